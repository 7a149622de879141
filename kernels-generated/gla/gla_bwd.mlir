module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @tile_gla_bwd_q() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<2176 x f32>
    llvm.mlir.global internal @tile_gla_bwd_k() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<2176 x f32>
    llvm.mlir.global internal @tile_gla_bwd_g() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<2176 x f32>
    llvm.mlir.global internal @rows_gla_bwd_q() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_gla_bwd_k() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_gla_bwd_g() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @gla_bwd(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_g: !llvm.ptr, %dy_o: !llvm.ptr, %ckpt_S: !llvm.ptr, %scratch_S: !llvm.ptr, %part_q: !llvm.ptr, %part_k: !llvm.ptr, %dx_v: !llvm.ptr, %part_g: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64, %slice_first: i64, %slice_steps: i64, %slice_carry: !llvm.ptr) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_DV : i64
      %v5 = arith.constant 64 : i64
      %v6 = arith.divui %slice_first, %v5 : i64
      %v7 = arith.addi %slice_first, %slice_steps : i64
      %v8 = arith.constant 63 : i64
      %v9 = arith.addi %v7, %v8 : i64
      %v10 = arith.divui %v9, %v5 : i64
      %v11 = arith.constant 0 : i64
      %v12 = arith.cmpi eq, %slice_first, %v11 : i64
      %v13 = arith.cmpi sge, %v7, %size_L : i64
      %v14 = arith.cmpi slt, %v7, %size_L : i64
      %v15 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = arith.constant 32 : i64
      %v26 = arith.constant 31 : i64
      %v32 = arith.constant 8 : i64
      %v49 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v50 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v51 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v52 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v53 = llvm.mlir.addressof @tile_gla_bwd_q : !llvm.ptr<3>
      %v54 = llvm.addrspacecast %v53 : !llvm.ptr<3> to !llvm.ptr
      %v55 = llvm.mlir.addressof @tile_gla_bwd_k : !llvm.ptr<3>
      %v56 = llvm.addrspacecast %v55 : !llvm.ptr<3> to !llvm.ptr
      %v57 = llvm.mlir.addressof @tile_gla_bwd_g : !llvm.ptr<3>
      %v58 = llvm.addrspacecast %v57 : !llvm.ptr<3> to !llvm.ptr
      %v59 = llvm.mlir.addressof @rows_gla_bwd_q : !llvm.ptr<3>
      %v60 = llvm.addrspacecast %v59 : !llvm.ptr<3> to !llvm.ptr
      %v61 = llvm.mlir.addressof @rows_gla_bwd_k : !llvm.ptr<3>
      %v62 = llvm.addrspacecast %v61 : !llvm.ptr<3> to !llvm.ptr
      %v63 = llvm.mlir.addressof @rows_gla_bwd_g : !llvm.ptr<3>
      %v64 = llvm.addrspacecast %v63 : !llvm.ptr<3> to !llvm.ptr
      %v65 = arith.constant 0x00000000 : f32
      %v66 = arith.constant 0x3F800000 : f32
      %v75 = arith.constant 2 : i64
      %v80 = arith.constant 3 : i64
      %v86 = arith.constant 7 : i64
      %v140 = arith.constant 1024 : i64
      %v141 = arith.constant 256 : i64
      %v153 = arith.muli %v1, %size_H : i64
      %v154 = arith.muli %v153, %size_L : i64
      %v163 = arith.constant 65 : i64
      %v212 = arith.muli %size_B, %size_H : i64
      %v213 = arith.muli %v212, %v1 : i64
      %v214 = arith.muli %v213, %size_DV : i64
      %v216 = arith.muli %size_DV, %v1 : i64
      %v217 = arith.muli %v216, %size_H : i64
      %v227 = arith.muli %size_B, %size_H : i64
      %v228 = arith.muli %v227, %v1 : i64
      %v229 = arith.muli %v228, %size_DV : i64
      %v277 = arith.constant 32 : i32
      %v287 = arith.constant 0x3FB8AA3B : f32
      %v292 = arith.constant 0x3D800000 : f32
      %v301 = arith.muli %size_DV, %size_H : i64
      %v302 = arith.muli %v301, %size_L : i64
      %v611 = arith.constant 4 : i64
      %v669 = arith.constant 5 : i64
      %v727 = arith.constant 6 : i64
      %v842 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v857 = arith.constant 2147483647 : i64
      %v861 = arith.constant 7 : i32
      %v919 = arith.constant 0xBF700000 : f32
      %v951 = arith.constant 8 : i32
      %v955 = arith.constant 16 : i32
      %v964 = arith.constant 17 : i64
      %v1069 = arith.constant 6 : i32
      %v1275 = arith.constant 1 : i32
      %v1280 = arith.constant 5 : i32
      %v1485 = arith.constant 4 : i32
      %v1696 = arith.constant 2 : i32
      %v1701 = arith.constant 3 : i32
      %v2318 = arith.constant 0 : i32
      %v3024 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v4722 = arith.muli %size_B, %slice_steps : i64
      %v4723 = arith.muli %v4722, %size_H : i64
      %v4724 = arith.muli %v4723, %v1 : i64
      %v4758 = arith.constant 48 : i64
      %v4771 = arith.constant 80 : i64
      %v4778 = arith.constant 96 : i64
      %v4785 = arith.constant 112 : i64
      %v4795 = arith.muli %v1, %size_H : i64
      %v4796 = arith.muli %v4795, %slice_steps : i64
      %v4811 = arith.muli %size_B, %slice_steps : i64
      %v4812 = arith.muli %v4811, %size_H : i64
      %v4813 = arith.muli %v4812, %v1 : i64
      %v4894 = arith.muli %size_B, %slice_steps : i64
      %v4895 = arith.muli %v4894, %size_H : i64
      %v4896 = arith.muli %v4895, %v1 : i64
      %v21 = gpu.block_id x
      %v22 = gpu.thread_id x
      %v23 = arith.index_cast %v22 : index to i64
      %v24 = arith.index_cast %v21 : index to i64
      %v27 = arith.addi %size_DV, %v26 : i64
      %v28 = arith.divui %v27, %v25 : i64
      %v29 = arith.maxsi %v28, %v2 : i64
      %v30 = arith.divui %v24, %v29 : i64
      %v31 = arith.remui %v24, %v29 : i64
      %v33 = arith.remui %v23, %v32 : i64
      %v34 = arith.divui %v23, %v32 : i64
      %v35 = arith.muli %v31, %v25 : i64
      %v36 = arith.addi %v35, %v34 : i64
      %v37 = arith.cmpi slt, %v36, %size_DV : i64
      %v38 = arith.muli %v30, %size_DV : i64
      %v39 = arith.addi %v38, %v36 : i64
      %v40 = arith.subi %size_DV, %v2 : i64
      %v41 = arith.minsi %v36, %v40 : i64
      %v42 = arith.addi %v38, %v41 : i64
      %v43 = arith.remui %v42, %size_DV : i64
      %v44 = arith.divui %v42, %size_DV : i64
      %v45 = arith.remui %v44, %size_H : i64
      %v46 = arith.divui %v44, %size_H : i64
      %v47 = arith.remui %v46, %size_B : i64
      %v48 = arith.divui %v46, %size_B : i64
      %v89 = arith.trunci %v23 : i64 to i32
      %v90 = arith.constant 24 : i32
      %v91 = arith.andi %v89, %v90 : i32
      %v92 = arith.constant 0 : i32
      %v93 = arith.ori %v91, %v92 : i32
      %v94 = arith.constant 0 : i64
      %v95 = arith.cmpi eq, %v33, %v94 : i64
      %v96 = arith.constant 1 : i32
      %v97 = arith.ori %v91, %v96 : i32
      %v98 = arith.constant 1 : i64
      %v99 = arith.cmpi eq, %v33, %v98 : i64
      %v100 = arith.constant 2 : i32
      %v101 = arith.ori %v91, %v100 : i32
      %v102 = arith.constant 2 : i64
      %v103 = arith.cmpi eq, %v33, %v102 : i64
      %v104 = arith.constant 3 : i32
      %v105 = arith.ori %v91, %v104 : i32
      %v106 = arith.constant 3 : i64
      %v107 = arith.cmpi eq, %v33, %v106 : i64
      %v108 = arith.constant 4 : i32
      %v109 = arith.ori %v91, %v108 : i32
      %v110 = arith.constant 4 : i64
      %v111 = arith.cmpi eq, %v33, %v110 : i64
      %v112 = arith.constant 5 : i32
      %v113 = arith.ori %v91, %v112 : i32
      %v114 = arith.constant 5 : i64
      %v115 = arith.cmpi eq, %v33, %v114 : i64
      %v116 = arith.constant 6 : i32
      %v117 = arith.ori %v91, %v116 : i32
      %v118 = arith.constant 6 : i64
      %v119 = arith.cmpi eq, %v33, %v118 : i64
      %v120 = arith.constant 7 : i32
      %v121 = arith.ori %v91, %v120 : i32
      %v122 = arith.constant 7 : i64
      %v123 = arith.cmpi eq, %v33, %v122 : i64
      llvm.store %v65, %v49 : f32, !llvm.ptr
      llvm.store %v65, %v50 : f32, !llvm.ptr
      llvm.store %v66, %v51 : f32, !llvm.ptr
      llvm.store %v66, %v52 : f32, !llvm.ptr
      scf.if %v14 {
        scf.if %v37 {
          %v67 = arith.muli %v39, %v32 : i64
          %v68 = arith.addi %v67, %v33 : i64
          %v69 = arith.muli %v4, %v32 : i64
          %v70 = llvm.getelementptr %slice_carry[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v71 = llvm.load %v70 : !llvm.ptr -> f32
          llvm.store %v71, %v49 : f32, !llvm.ptr
          %v72 = arith.addi %v69, %v68 : i64
          %v73 = llvm.getelementptr %slice_carry[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v74 = llvm.load %v73 : !llvm.ptr -> f32
          llvm.store %v74, %v50 : f32, !llvm.ptr
          %v76 = arith.muli %v75, %v69 : i64
          %v77 = arith.addi %v76, %v68 : i64
          %v78 = llvm.getelementptr %slice_carry[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v79 = llvm.load %v78 : !llvm.ptr -> f32
          llvm.store %v79, %v51 : f32, !llvm.ptr
          %v81 = arith.muli %v80, %v69 : i64
          %v82 = arith.addi %v81, %v68 : i64
          %v83 = llvm.getelementptr %slice_carry[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v84 = llvm.load %v83 : !llvm.ptr -> f32
          llvm.store %v84, %v52 : f32, !llvm.ptr
        }
      }
      scf.if %v13 {
      }
      %v85 = arith.cmpi eq, %size_L, %v11 : i64
      scf.if %v85 {
        llvm.store %v65, %v19 : f32, !llvm.ptr
        llvm.store %v65, %v20 : f32, !llvm.ptr
      }
      %v87 = arith.addi %size_L, %v8 : i64
      %v88 = arith.divui %v87, %v5 : i64
      %v124 = arith.minsi %v10, %v88 : i64
      %v125 = arith.subi %v124, %v6 : i64
      %v126 = arith.maxsi %v125, %v11 : i64
      %v127 = arith.index_cast %v11 : i64 to index
      %v128 = arith.index_cast %v126 : i64 to index
      %v129 = arith.index_cast %v2 : i64 to index
      scf.for %v130 = %v127 to %v128 step %v129 {
        %v131 = arith.index_cast %v130 : index to i64
        %v132 = arith.subi %v124, %v2 : i64
        %v133 = arith.subi %v132, %v131 : i64
        %v134 = arith.muli %v133, %v5 : i64
        %v135 = arith.subi %size_L, %v134 : i64
        %v136 = arith.minsi %v135, %v5 : i64
        %v137 = arith.addi %v136, %v86 : i64
        %v138 = arith.divui %v137, %v32 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v139 = arith.subi %size_L, %v2 : i64
        %v142 = arith.index_cast %v23 : i64 to index
        %v143 = arith.index_cast %v140 : i64 to index
        %v144 = arith.index_cast %v141 : i64 to index
        scf.for %v145 = %v142 to %v143 step %v144 {
          %v146 = arith.index_cast %v145 : index to i64
          %v147 = arith.remui %v146, %v5 : i64
          %v148 = arith.divui %v146, %v5 : i64
          %v149 = arith.addi %v134, %v147 : i64
          %v150 = arith.minsi %v149, %v139 : i64
          %v151 = arith.remui %v148, %v1 : i64
          %v152 = arith.divui %v148, %v1 : i64
          %v155 = arith.muli %v47, %v154 : i64
          %v156 = arith.muli %v150, %v153 : i64
          %v157 = arith.addi %v155, %v156 : i64
          %v158 = arith.muli %v45, %v1 : i64
          %v159 = arith.addi %v157, %v158 : i64
          %v160 = arith.addi %v159, %v151 : i64
          %v161 = llvm.getelementptr %in_q[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v162 = llvm.load %v161 : !llvm.ptr -> f32
          %v164 = arith.muli %v148, %v163 : i64
          %v165 = arith.addi %v164, %v147 : i64
          %v166 = llvm.getelementptr %v60[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v162, %v166 : f32, !llvm.ptr
        }
        %v167 = arith.index_cast %v23 : i64 to index
        %v168 = arith.index_cast %v140 : i64 to index
        %v169 = arith.index_cast %v141 : i64 to index
        scf.for %v170 = %v167 to %v168 step %v169 {
          %v171 = arith.index_cast %v170 : index to i64
          %v172 = arith.remui %v171, %v5 : i64
          %v173 = arith.divui %v171, %v5 : i64
          %v174 = arith.addi %v134, %v172 : i64
          %v175 = arith.minsi %v174, %v139 : i64
          %v176 = arith.remui %v173, %v1 : i64
          %v177 = arith.divui %v173, %v1 : i64
          %v178 = arith.muli %v47, %v154 : i64
          %v179 = arith.muli %v175, %v153 : i64
          %v180 = arith.addi %v178, %v179 : i64
          %v181 = arith.muli %v45, %v1 : i64
          %v182 = arith.addi %v180, %v181 : i64
          %v183 = arith.addi %v182, %v176 : i64
          %v184 = llvm.getelementptr %in_k[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v185 = llvm.load %v184 : !llvm.ptr -> f32
          %v186 = arith.muli %v173, %v163 : i64
          %v187 = arith.addi %v186, %v172 : i64
          %v188 = llvm.getelementptr %v62[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v185, %v188 : f32, !llvm.ptr
        }
        %v189 = arith.index_cast %v23 : i64 to index
        %v190 = arith.index_cast %v140 : i64 to index
        %v191 = arith.index_cast %v141 : i64 to index
        scf.for %v192 = %v189 to %v190 step %v191 {
          %v193 = arith.index_cast %v192 : index to i64
          %v194 = arith.remui %v193, %v5 : i64
          %v195 = arith.divui %v193, %v5 : i64
          %v196 = arith.addi %v134, %v194 : i64
          %v197 = arith.minsi %v196, %v139 : i64
          %v198 = arith.remui %v195, %v1 : i64
          %v199 = arith.divui %v195, %v1 : i64
          %v200 = arith.muli %v47, %v154 : i64
          %v201 = arith.muli %v197, %v153 : i64
          %v202 = arith.addi %v200, %v201 : i64
          %v203 = arith.muli %v45, %v1 : i64
          %v204 = arith.addi %v202, %v203 : i64
          %v205 = arith.addi %v204, %v198 : i64
          %v206 = llvm.getelementptr %in_g[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v207 = llvm.load %v206 : !llvm.ptr -> f32
          %v208 = arith.muli %v195, %v163 : i64
          %v209 = arith.addi %v208, %v194 : i64
          %v210 = llvm.getelementptr %v64[%v209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v207, %v210 : f32, !llvm.ptr
        }
        gpu.barrier
        %v211 = arith.subi %v136, %v2 : i64
        %v215 = arith.muli %v133, %v214 : i64
        %v218 = arith.muli %v47, %v217 : i64
        %v219 = arith.muli %v45, %v216 : i64
        %v220 = arith.addi %v218, %v219 : i64
        %v221 = arith.muli %v33, %size_DV : i64
        %v222 = arith.addi %v220, %v221 : i64
        %v223 = arith.addi %v222, %v43 : i64
        %v224 = arith.addi %v215, %v223 : i64
        %v225 = llvm.getelementptr %ckpt_S[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v226 = llvm.load %v225 : !llvm.ptr -> f32
        llvm.store %v226, %v17 : f32, !llvm.ptr
        %v230 = arith.muli %v133, %v229 : i64
        %v231 = arith.muli %v47, %v217 : i64
        %v232 = arith.muli %v45, %v216 : i64
        %v233 = arith.addi %v231, %v232 : i64
        %v234 = arith.constant 8 : i64
        %v235 = arith.addi %v234, %v33 : i64
        %v236 = arith.muli %v235, %size_DV : i64
        %v237 = arith.addi %v233, %v236 : i64
        %v238 = arith.addi %v237, %v43 : i64
        %v239 = arith.addi %v230, %v238 : i64
        %v240 = llvm.getelementptr %ckpt_S[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v241 = llvm.load %v240 : !llvm.ptr -> f32
        llvm.store %v241, %v18 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v242 = arith.index_cast %v11 : i64 to index
        %v243 = arith.index_cast %v138 : i64 to index
        %v244 = arith.index_cast %v2 : i64 to index
        scf.for %v245 = %v242 to %v243 step %v244 {
          %v246 = arith.index_cast %v245 : index to i64
          scf.if %v37 {
            %v247 = llvm.load %v17 : !llvm.ptr -> f32
            %v248 = arith.muli %v246, %v4 : i64
            %v249 = arith.subi %v4, %v2 : i64
            %v250 = arith.minsi %v39, %v249 : i64
            %v251 = arith.addi %v248, %v250 : i64
            %v252 = arith.muli %v251, %v1 : i64
            %v253 = arith.addi %v252, %v33 : i64
            %v254 = llvm.getelementptr %scratch_S[%v253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v247, %v254 : f32, !llvm.ptr
            %v255 = llvm.load %v18 : !llvm.ptr -> f32
            %v256 = arith.muli %v246, %v4 : i64
            %v257 = arith.subi %v4, %v2 : i64
            %v258 = arith.minsi %v39, %v257 : i64
            %v259 = arith.addi %v256, %v258 : i64
            %v260 = arith.muli %v259, %v1 : i64
            %v261 = arith.addi %v260, %v32 : i64
            %v262 = arith.addi %v261, %v33 : i64
            %v263 = llvm.getelementptr %scratch_S[%v262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v255, %v263 : f32, !llvm.ptr
          }
          %v264 = arith.muli %v246, %v32 : i64
          %v265 = arith.addi %v264, %v33 : i64
          %v266 = arith.minsi %v265, %v211 : i64
          %v267 = arith.addi %v134, %v266 : i64
          %v268 = arith.subi %v136, %v264 : i64
          %v269 = arith.trunci %v268 : i64 to i32
          %v270 = arith.index_cast %v11 : i64 to index
          %v271 = arith.index_cast %v32 : i64 to index
          %v272 = arith.index_cast %v2 : i64 to index
          scf.for %v273 = %v270 to %v271 step %v272 {
            %v274 = arith.index_cast %v273 : index to i64
            %v275 = arith.trunci %v274 : i64 to i32
            %v276 = arith.ori %v93, %v275 : i32
            %v278 = arith.addi %v264, %v274 : i64
            %v279 = arith.cmpi slt, %v275, %v269 : i32
            scf.if %v279 {
              %v280 = arith.addi %v134, %v278 : i64
              %v281 = arith.muli %v33, %v163 : i64
              %v282 = arith.subi %v280, %v134 : i64
              %v283 = arith.addi %v281, %v282 : i64
              %v284 = llvm.getelementptr %v64[%v283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v285 = llvm.load %v284 : !llvm.ptr -> f32
              %v286 = arith.negf %v285 : f32
              %v288 = arith.mulf %v286, %v287 fastmath<contract> : f32
              %v289 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v288) : (f32) -> f32
              %v290 = arith.addf %v66, %v289 fastmath<contract> : f32
              %v291 = arith.divf %v66, %v290 : f32
              %v293 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v291) : (f32) -> f32
              %v294 = arith.mulf %v292, %v293 fastmath<contract> : f32
              %v295 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v294) : (f32) -> f32
              %v296 = arith.muli %v33, %v163 : i64
              %v297 = arith.subi %v280, %v134 : i64
              %v298 = arith.addi %v296, %v297 : i64
              %v299 = llvm.getelementptr %v62[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v300 = llvm.load %v299 : !llvm.ptr -> f32
              %v303 = arith.muli %v47, %v302 : i64
              %v304 = arith.muli %v280, %v301 : i64
              %v305 = arith.addi %v303, %v304 : i64
              %v306 = arith.muli %v45, %size_DV : i64
              %v307 = arith.addi %v305, %v306 : i64
              %v308 = arith.addi %v307, %v43 : i64
              %v309 = llvm.getelementptr %in_v[%v308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v310 = llvm.load %v309 : !llvm.ptr -> f32
              %v311 = arith.mulf %v300, %v310 fastmath<contract> : f32
              %v312 = llvm.load %v17 : !llvm.ptr -> f32
              %v313 = arith.mulf %v295, %v312 fastmath<contract> : f32
              %v314 = arith.addf %v313, %v311 fastmath<contract> : f32
              llvm.store %v314, %v17 : f32, !llvm.ptr
              %v315 = arith.constant 8 : i64
              %v316 = arith.addi %v315, %v33 : i64
              %v317 = arith.muli %v316, %v163 : i64
              %v318 = arith.subi %v280, %v134 : i64
              %v319 = arith.addi %v317, %v318 : i64
              %v320 = llvm.getelementptr %v64[%v319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v321 = llvm.load %v320 : !llvm.ptr -> f32
              %v322 = arith.negf %v321 : f32
              %v323 = arith.mulf %v322, %v287 fastmath<contract> : f32
              %v324 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v323) : (f32) -> f32
              %v325 = arith.addf %v66, %v324 fastmath<contract> : f32
              %v326 = arith.divf %v66, %v325 : f32
              %v327 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v326) : (f32) -> f32
              %v328 = arith.mulf %v292, %v327 fastmath<contract> : f32
              %v329 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v328) : (f32) -> f32
              %v330 = arith.constant 8 : i64
              %v331 = arith.addi %v330, %v33 : i64
              %v332 = arith.muli %v331, %v163 : i64
              %v333 = arith.subi %v280, %v134 : i64
              %v334 = arith.addi %v332, %v333 : i64
              %v335 = llvm.getelementptr %v62[%v334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v336 = llvm.load %v335 : !llvm.ptr -> f32
              %v337 = arith.mulf %v336, %v310 fastmath<contract> : f32
              %v338 = llvm.load %v18 : !llvm.ptr -> f32
              %v339 = arith.mulf %v329, %v338 fastmath<contract> : f32
              %v340 = arith.addf %v339, %v337 fastmath<contract> : f32
              llvm.store %v340, %v18 : f32, !llvm.ptr
            }
          }
        }
        %v341 = arith.addi %v138, %v2 : i64
        %v342 = arith.divui %v341, %v75 : i64
        %v343 = arith.index_cast %v11 : i64 to index
        %v344 = arith.index_cast %v342 : i64 to index
        %v345 = arith.index_cast %v2 : i64 to index
        scf.for %v346 = %v343 to %v344 step %v345 {
          %v347 = arith.index_cast %v346 : index to i64
          %v348 = arith.muli %v347, %v75 : i64
          %v349 = arith.addi %v348, %v75 : i64
          %v350 = arith.index_cast %v348 : i64 to index
          %v351 = arith.index_cast %v349 : i64 to index
          %v352 = arith.index_cast %v2 : i64 to index
          scf.for %v353 = %v350 to %v351 step %v352 {
            %v354 = arith.index_cast %v353 : index to i64
            %v355 = arith.cmpi slt, %v354, %v138 : i64
            scf.if %v355 {
              %v356 = arith.subi %v138, %v2 : i64
              %v357 = arith.subi %v356, %v354 : i64
              %v358 = arith.muli %v357, %v32 : i64
              %v359 = arith.remui %v354, %v75 : i64
              %v360 = arith.muli %v359, %v32 : i64
              %v361 = arith.addi %v358, %v32 : i64
              %v362 = arith.cmpi sle, %v361, %v136 : i64
              scf.if %v362 {
                %v363 = arith.subi %v136, %v2 : i64
                %v364 = arith.muli %v357, %v4 : i64
                %v365 = arith.subi %v4, %v2 : i64
                %v366 = arith.minsi %v39, %v365 : i64
                %v367 = arith.addi %v364, %v366 : i64
                %v368 = arith.muli %v367, %v1 : i64
                %v369 = arith.addi %v368, %v33 : i64
                %v370 = llvm.getelementptr %scratch_S[%v369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v371 = llvm.load %v370 : !llvm.ptr -> f32
                %v372 = arith.muli %v357, %v4 : i64
                %v373 = arith.subi %v4, %v2 : i64
                %v374 = arith.minsi %v39, %v373 : i64
                %v375 = arith.addi %v372, %v374 : i64
                %v376 = arith.muli %v375, %v1 : i64
                %v377 = arith.addi %v376, %v32 : i64
                %v378 = arith.addi %v377, %v33 : i64
                %v379 = llvm.getelementptr %scratch_S[%v378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v380 = llvm.load %v379 : !llvm.ptr -> f32
                %v381 = arith.addi %v358, %v33 : i64
                %v382 = arith.minsi %v381, %v363 : i64
                %v383 = arith.addi %v134, %v382 : i64
                // the group's states, recomputed into registers
                %v384 = arith.minsi %v358, %v363 : i64
                %v385 = arith.addi %v134, %v384 : i64
                %v386 = arith.muli %v33, %v163 : i64
                %v387 = arith.subi %v385, %v134 : i64
                %v388 = arith.addi %v386, %v387 : i64
                %v389 = llvm.getelementptr %v64[%v388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v390 = llvm.load %v389 : !llvm.ptr -> f32
                %v391 = arith.negf %v390 : f32
                %v392 = arith.mulf %v391, %v287 fastmath<contract> : f32
                %v393 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v392) : (f32) -> f32
                %v394 = arith.addf %v66, %v393 fastmath<contract> : f32
                %v395 = arith.divf %v66, %v394 : f32
                %v396 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v395) : (f32) -> f32
                %v397 = arith.mulf %v292, %v396 fastmath<contract> : f32
                %v398 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v397) : (f32) -> f32
                %v399 = arith.muli %v33, %v163 : i64
                %v400 = arith.subi %v385, %v134 : i64
                %v401 = arith.addi %v399, %v400 : i64
                %v402 = llvm.getelementptr %v62[%v401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v403 = llvm.load %v402 : !llvm.ptr -> f32
                %v404 = arith.muli %v47, %v302 : i64
                %v405 = arith.muli %v385, %v301 : i64
                %v406 = arith.addi %v404, %v405 : i64
                %v407 = arith.muli %v45, %size_DV : i64
                %v408 = arith.addi %v406, %v407 : i64
                %v409 = arith.addi %v408, %v43 : i64
                %v410 = llvm.getelementptr %in_v[%v409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v411 = llvm.load %v410 : !llvm.ptr -> f32
                %v412 = arith.mulf %v403, %v411 fastmath<contract> : f32
                %v413 = arith.mulf %v398, %v371 fastmath<contract> : f32
                %v414 = arith.addf %v413, %v412 fastmath<contract> : f32
                %v415 = arith.constant 8 : i64
                %v416 = arith.addi %v415, %v33 : i64
                %v417 = arith.muli %v416, %v163 : i64
                %v418 = arith.subi %v385, %v134 : i64
                %v419 = arith.addi %v417, %v418 : i64
                %v420 = llvm.getelementptr %v64[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v421 = llvm.load %v420 : !llvm.ptr -> f32
                %v422 = arith.negf %v421 : f32
                %v423 = arith.mulf %v422, %v287 fastmath<contract> : f32
                %v424 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v423) : (f32) -> f32
                %v425 = arith.addf %v66, %v424 fastmath<contract> : f32
                %v426 = arith.divf %v66, %v425 : f32
                %v427 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v426) : (f32) -> f32
                %v428 = arith.mulf %v292, %v427 fastmath<contract> : f32
                %v429 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v428) : (f32) -> f32
                %v430 = arith.constant 8 : i64
                %v431 = arith.addi %v430, %v33 : i64
                %v432 = arith.muli %v431, %v163 : i64
                %v433 = arith.subi %v385, %v134 : i64
                %v434 = arith.addi %v432, %v433 : i64
                %v435 = llvm.getelementptr %v62[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v436 = llvm.load %v435 : !llvm.ptr -> f32
                %v437 = arith.mulf %v436, %v411 fastmath<contract> : f32
                %v438 = arith.mulf %v429, %v380 fastmath<contract> : f32
                %v439 = arith.addf %v438, %v437 fastmath<contract> : f32
                %v440 = arith.addi %v358, %v2 : i64
                %v441 = arith.minsi %v440, %v363 : i64
                %v442 = arith.addi %v134, %v441 : i64
                %v443 = arith.muli %v33, %v163 : i64
                %v444 = arith.subi %v442, %v134 : i64
                %v445 = arith.addi %v443, %v444 : i64
                %v446 = llvm.getelementptr %v64[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v447 = llvm.load %v446 : !llvm.ptr -> f32
                %v448 = arith.negf %v447 : f32
                %v449 = arith.mulf %v448, %v287 fastmath<contract> : f32
                %v450 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v449) : (f32) -> f32
                %v451 = arith.addf %v66, %v450 fastmath<contract> : f32
                %v452 = arith.divf %v66, %v451 : f32
                %v453 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v452) : (f32) -> f32
                %v454 = arith.mulf %v292, %v453 fastmath<contract> : f32
                %v455 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v454) : (f32) -> f32
                %v456 = arith.muli %v33, %v163 : i64
                %v457 = arith.subi %v442, %v134 : i64
                %v458 = arith.addi %v456, %v457 : i64
                %v459 = llvm.getelementptr %v62[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v460 = llvm.load %v459 : !llvm.ptr -> f32
                %v461 = arith.muli %v47, %v302 : i64
                %v462 = arith.muli %v442, %v301 : i64
                %v463 = arith.addi %v461, %v462 : i64
                %v464 = arith.muli %v45, %size_DV : i64
                %v465 = arith.addi %v463, %v464 : i64
                %v466 = arith.addi %v465, %v43 : i64
                %v467 = llvm.getelementptr %in_v[%v466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v468 = llvm.load %v467 : !llvm.ptr -> f32
                %v469 = arith.mulf %v460, %v468 fastmath<contract> : f32
                %v470 = arith.mulf %v455, %v414 fastmath<contract> : f32
                %v471 = arith.addf %v470, %v469 fastmath<contract> : f32
                %v472 = arith.constant 8 : i64
                %v473 = arith.addi %v472, %v33 : i64
                %v474 = arith.muli %v473, %v163 : i64
                %v475 = arith.subi %v442, %v134 : i64
                %v476 = arith.addi %v474, %v475 : i64
                %v477 = llvm.getelementptr %v64[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v478 = llvm.load %v477 : !llvm.ptr -> f32
                %v479 = arith.negf %v478 : f32
                %v480 = arith.mulf %v479, %v287 fastmath<contract> : f32
                %v481 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v480) : (f32) -> f32
                %v482 = arith.addf %v66, %v481 fastmath<contract> : f32
                %v483 = arith.divf %v66, %v482 : f32
                %v484 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v483) : (f32) -> f32
                %v485 = arith.mulf %v292, %v484 fastmath<contract> : f32
                %v486 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v485) : (f32) -> f32
                %v487 = arith.constant 8 : i64
                %v488 = arith.addi %v487, %v33 : i64
                %v489 = arith.muli %v488, %v163 : i64
                %v490 = arith.subi %v442, %v134 : i64
                %v491 = arith.addi %v489, %v490 : i64
                %v492 = llvm.getelementptr %v62[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v493 = llvm.load %v492 : !llvm.ptr -> f32
                %v494 = arith.mulf %v493, %v468 fastmath<contract> : f32
                %v495 = arith.mulf %v486, %v439 fastmath<contract> : f32
                %v496 = arith.addf %v495, %v494 fastmath<contract> : f32
                %v497 = arith.addi %v358, %v75 : i64
                %v498 = arith.minsi %v497, %v363 : i64
                %v499 = arith.addi %v134, %v498 : i64
                %v500 = arith.muli %v33, %v163 : i64
                %v501 = arith.subi %v499, %v134 : i64
                %v502 = arith.addi %v500, %v501 : i64
                %v503 = llvm.getelementptr %v64[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v504 = llvm.load %v503 : !llvm.ptr -> f32
                %v505 = arith.negf %v504 : f32
                %v506 = arith.mulf %v505, %v287 fastmath<contract> : f32
                %v507 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v506) : (f32) -> f32
                %v508 = arith.addf %v66, %v507 fastmath<contract> : f32
                %v509 = arith.divf %v66, %v508 : f32
                %v510 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v509) : (f32) -> f32
                %v511 = arith.mulf %v292, %v510 fastmath<contract> : f32
                %v512 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v511) : (f32) -> f32
                %v513 = arith.muli %v33, %v163 : i64
                %v514 = arith.subi %v499, %v134 : i64
                %v515 = arith.addi %v513, %v514 : i64
                %v516 = llvm.getelementptr %v62[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v517 = llvm.load %v516 : !llvm.ptr -> f32
                %v518 = arith.muli %v47, %v302 : i64
                %v519 = arith.muli %v499, %v301 : i64
                %v520 = arith.addi %v518, %v519 : i64
                %v521 = arith.muli %v45, %size_DV : i64
                %v522 = arith.addi %v520, %v521 : i64
                %v523 = arith.addi %v522, %v43 : i64
                %v524 = llvm.getelementptr %in_v[%v523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v525 = llvm.load %v524 : !llvm.ptr -> f32
                %v526 = arith.mulf %v517, %v525 fastmath<contract> : f32
                %v527 = arith.mulf %v512, %v471 fastmath<contract> : f32
                %v528 = arith.addf %v527, %v526 fastmath<contract> : f32
                %v529 = arith.constant 8 : i64
                %v530 = arith.addi %v529, %v33 : i64
                %v531 = arith.muli %v530, %v163 : i64
                %v532 = arith.subi %v499, %v134 : i64
                %v533 = arith.addi %v531, %v532 : i64
                %v534 = llvm.getelementptr %v64[%v533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v535 = llvm.load %v534 : !llvm.ptr -> f32
                %v536 = arith.negf %v535 : f32
                %v537 = arith.mulf %v536, %v287 fastmath<contract> : f32
                %v538 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v537) : (f32) -> f32
                %v539 = arith.addf %v66, %v538 fastmath<contract> : f32
                %v540 = arith.divf %v66, %v539 : f32
                %v541 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v540) : (f32) -> f32
                %v542 = arith.mulf %v292, %v541 fastmath<contract> : f32
                %v543 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v542) : (f32) -> f32
                %v544 = arith.constant 8 : i64
                %v545 = arith.addi %v544, %v33 : i64
                %v546 = arith.muli %v545, %v163 : i64
                %v547 = arith.subi %v499, %v134 : i64
                %v548 = arith.addi %v546, %v547 : i64
                %v549 = llvm.getelementptr %v62[%v548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v550 = llvm.load %v549 : !llvm.ptr -> f32
                %v551 = arith.mulf %v550, %v525 fastmath<contract> : f32
                %v552 = arith.mulf %v543, %v496 fastmath<contract> : f32
                %v553 = arith.addf %v552, %v551 fastmath<contract> : f32
                %v554 = arith.addi %v358, %v80 : i64
                %v555 = arith.minsi %v554, %v363 : i64
                %v556 = arith.addi %v134, %v555 : i64
                %v557 = arith.muli %v33, %v163 : i64
                %v558 = arith.subi %v556, %v134 : i64
                %v559 = arith.addi %v557, %v558 : i64
                %v560 = llvm.getelementptr %v64[%v559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v561 = llvm.load %v560 : !llvm.ptr -> f32
                %v562 = arith.negf %v561 : f32
                %v563 = arith.mulf %v562, %v287 fastmath<contract> : f32
                %v564 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v563) : (f32) -> f32
                %v565 = arith.addf %v66, %v564 fastmath<contract> : f32
                %v566 = arith.divf %v66, %v565 : f32
                %v567 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v566) : (f32) -> f32
                %v568 = arith.mulf %v292, %v567 fastmath<contract> : f32
                %v569 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v568) : (f32) -> f32
                %v570 = arith.muli %v33, %v163 : i64
                %v571 = arith.subi %v556, %v134 : i64
                %v572 = arith.addi %v570, %v571 : i64
                %v573 = llvm.getelementptr %v62[%v572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v574 = llvm.load %v573 : !llvm.ptr -> f32
                %v575 = arith.muli %v47, %v302 : i64
                %v576 = arith.muli %v556, %v301 : i64
                %v577 = arith.addi %v575, %v576 : i64
                %v578 = arith.muli %v45, %size_DV : i64
                %v579 = arith.addi %v577, %v578 : i64
                %v580 = arith.addi %v579, %v43 : i64
                %v581 = llvm.getelementptr %in_v[%v580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v582 = llvm.load %v581 : !llvm.ptr -> f32
                %v583 = arith.mulf %v574, %v582 fastmath<contract> : f32
                %v584 = arith.mulf %v569, %v528 fastmath<contract> : f32
                %v585 = arith.addf %v584, %v583 fastmath<contract> : f32
                %v586 = arith.constant 8 : i64
                %v587 = arith.addi %v586, %v33 : i64
                %v588 = arith.muli %v587, %v163 : i64
                %v589 = arith.subi %v556, %v134 : i64
                %v590 = arith.addi %v588, %v589 : i64
                %v591 = llvm.getelementptr %v64[%v590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v592 = llvm.load %v591 : !llvm.ptr -> f32
                %v593 = arith.negf %v592 : f32
                %v594 = arith.mulf %v593, %v287 fastmath<contract> : f32
                %v595 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v594) : (f32) -> f32
                %v596 = arith.addf %v66, %v595 fastmath<contract> : f32
                %v597 = arith.divf %v66, %v596 : f32
                %v598 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v597) : (f32) -> f32
                %v599 = arith.mulf %v292, %v598 fastmath<contract> : f32
                %v600 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v599) : (f32) -> f32
                %v601 = arith.constant 8 : i64
                %v602 = arith.addi %v601, %v33 : i64
                %v603 = arith.muli %v602, %v163 : i64
                %v604 = arith.subi %v556, %v134 : i64
                %v605 = arith.addi %v603, %v604 : i64
                %v606 = llvm.getelementptr %v62[%v605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v607 = llvm.load %v606 : !llvm.ptr -> f32
                %v608 = arith.mulf %v607, %v582 fastmath<contract> : f32
                %v609 = arith.mulf %v600, %v553 fastmath<contract> : f32
                %v610 = arith.addf %v609, %v608 fastmath<contract> : f32
                %v612 = arith.addi %v358, %v611 : i64
                %v613 = arith.minsi %v612, %v363 : i64
                %v614 = arith.addi %v134, %v613 : i64
                %v615 = arith.muli %v33, %v163 : i64
                %v616 = arith.subi %v614, %v134 : i64
                %v617 = arith.addi %v615, %v616 : i64
                %v618 = llvm.getelementptr %v64[%v617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v619 = llvm.load %v618 : !llvm.ptr -> f32
                %v620 = arith.negf %v619 : f32
                %v621 = arith.mulf %v620, %v287 fastmath<contract> : f32
                %v622 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v621) : (f32) -> f32
                %v623 = arith.addf %v66, %v622 fastmath<contract> : f32
                %v624 = arith.divf %v66, %v623 : f32
                %v625 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v624) : (f32) -> f32
                %v626 = arith.mulf %v292, %v625 fastmath<contract> : f32
                %v627 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v626) : (f32) -> f32
                %v628 = arith.muli %v33, %v163 : i64
                %v629 = arith.subi %v614, %v134 : i64
                %v630 = arith.addi %v628, %v629 : i64
                %v631 = llvm.getelementptr %v62[%v630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v632 = llvm.load %v631 : !llvm.ptr -> f32
                %v633 = arith.muli %v47, %v302 : i64
                %v634 = arith.muli %v614, %v301 : i64
                %v635 = arith.addi %v633, %v634 : i64
                %v636 = arith.muli %v45, %size_DV : i64
                %v637 = arith.addi %v635, %v636 : i64
                %v638 = arith.addi %v637, %v43 : i64
                %v639 = llvm.getelementptr %in_v[%v638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v640 = llvm.load %v639 : !llvm.ptr -> f32
                %v641 = arith.mulf %v632, %v640 fastmath<contract> : f32
                %v642 = arith.mulf %v627, %v585 fastmath<contract> : f32
                %v643 = arith.addf %v642, %v641 fastmath<contract> : f32
                %v644 = arith.constant 8 : i64
                %v645 = arith.addi %v644, %v33 : i64
                %v646 = arith.muli %v645, %v163 : i64
                %v647 = arith.subi %v614, %v134 : i64
                %v648 = arith.addi %v646, %v647 : i64
                %v649 = llvm.getelementptr %v64[%v648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v650 = llvm.load %v649 : !llvm.ptr -> f32
                %v651 = arith.negf %v650 : f32
                %v652 = arith.mulf %v651, %v287 fastmath<contract> : f32
                %v653 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v652) : (f32) -> f32
                %v654 = arith.addf %v66, %v653 fastmath<contract> : f32
                %v655 = arith.divf %v66, %v654 : f32
                %v656 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v655) : (f32) -> f32
                %v657 = arith.mulf %v292, %v656 fastmath<contract> : f32
                %v658 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v657) : (f32) -> f32
                %v659 = arith.constant 8 : i64
                %v660 = arith.addi %v659, %v33 : i64
                %v661 = arith.muli %v660, %v163 : i64
                %v662 = arith.subi %v614, %v134 : i64
                %v663 = arith.addi %v661, %v662 : i64
                %v664 = llvm.getelementptr %v62[%v663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v665 = llvm.load %v664 : !llvm.ptr -> f32
                %v666 = arith.mulf %v665, %v640 fastmath<contract> : f32
                %v667 = arith.mulf %v658, %v610 fastmath<contract> : f32
                %v668 = arith.addf %v667, %v666 fastmath<contract> : f32
                %v670 = arith.addi %v358, %v669 : i64
                %v671 = arith.minsi %v670, %v363 : i64
                %v672 = arith.addi %v134, %v671 : i64
                %v673 = arith.muli %v33, %v163 : i64
                %v674 = arith.subi %v672, %v134 : i64
                %v675 = arith.addi %v673, %v674 : i64
                %v676 = llvm.getelementptr %v64[%v675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v677 = llvm.load %v676 : !llvm.ptr -> f32
                %v678 = arith.negf %v677 : f32
                %v679 = arith.mulf %v678, %v287 fastmath<contract> : f32
                %v680 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v679) : (f32) -> f32
                %v681 = arith.addf %v66, %v680 fastmath<contract> : f32
                %v682 = arith.divf %v66, %v681 : f32
                %v683 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v682) : (f32) -> f32
                %v684 = arith.mulf %v292, %v683 fastmath<contract> : f32
                %v685 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v684) : (f32) -> f32
                %v686 = arith.muli %v33, %v163 : i64
                %v687 = arith.subi %v672, %v134 : i64
                %v688 = arith.addi %v686, %v687 : i64
                %v689 = llvm.getelementptr %v62[%v688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v690 = llvm.load %v689 : !llvm.ptr -> f32
                %v691 = arith.muli %v47, %v302 : i64
                %v692 = arith.muli %v672, %v301 : i64
                %v693 = arith.addi %v691, %v692 : i64
                %v694 = arith.muli %v45, %size_DV : i64
                %v695 = arith.addi %v693, %v694 : i64
                %v696 = arith.addi %v695, %v43 : i64
                %v697 = llvm.getelementptr %in_v[%v696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v698 = llvm.load %v697 : !llvm.ptr -> f32
                %v699 = arith.mulf %v690, %v698 fastmath<contract> : f32
                %v700 = arith.mulf %v685, %v643 fastmath<contract> : f32
                %v701 = arith.addf %v700, %v699 fastmath<contract> : f32
                %v702 = arith.constant 8 : i64
                %v703 = arith.addi %v702, %v33 : i64
                %v704 = arith.muli %v703, %v163 : i64
                %v705 = arith.subi %v672, %v134 : i64
                %v706 = arith.addi %v704, %v705 : i64
                %v707 = llvm.getelementptr %v64[%v706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v708 = llvm.load %v707 : !llvm.ptr -> f32
                %v709 = arith.negf %v708 : f32
                %v710 = arith.mulf %v709, %v287 fastmath<contract> : f32
                %v711 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v710) : (f32) -> f32
                %v712 = arith.addf %v66, %v711 fastmath<contract> : f32
                %v713 = arith.divf %v66, %v712 : f32
                %v714 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v713) : (f32) -> f32
                %v715 = arith.mulf %v292, %v714 fastmath<contract> : f32
                %v716 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v715) : (f32) -> f32
                %v717 = arith.constant 8 : i64
                %v718 = arith.addi %v717, %v33 : i64
                %v719 = arith.muli %v718, %v163 : i64
                %v720 = arith.subi %v672, %v134 : i64
                %v721 = arith.addi %v719, %v720 : i64
                %v722 = llvm.getelementptr %v62[%v721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v723 = llvm.load %v722 : !llvm.ptr -> f32
                %v724 = arith.mulf %v723, %v698 fastmath<contract> : f32
                %v725 = arith.mulf %v716, %v668 fastmath<contract> : f32
                %v726 = arith.addf %v725, %v724 fastmath<contract> : f32
                %v728 = arith.addi %v358, %v727 : i64
                %v729 = arith.minsi %v728, %v363 : i64
                %v730 = arith.addi %v134, %v729 : i64
                %v731 = arith.muli %v33, %v163 : i64
                %v732 = arith.subi %v730, %v134 : i64
                %v733 = arith.addi %v731, %v732 : i64
                %v734 = llvm.getelementptr %v64[%v733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v735 = llvm.load %v734 : !llvm.ptr -> f32
                %v736 = arith.negf %v735 : f32
                %v737 = arith.mulf %v736, %v287 fastmath<contract> : f32
                %v738 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v737) : (f32) -> f32
                %v739 = arith.addf %v66, %v738 fastmath<contract> : f32
                %v740 = arith.divf %v66, %v739 : f32
                %v741 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v740) : (f32) -> f32
                %v742 = arith.mulf %v292, %v741 fastmath<contract> : f32
                %v743 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v742) : (f32) -> f32
                %v744 = arith.muli %v33, %v163 : i64
                %v745 = arith.subi %v730, %v134 : i64
                %v746 = arith.addi %v744, %v745 : i64
                %v747 = llvm.getelementptr %v62[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v748 = llvm.load %v747 : !llvm.ptr -> f32
                %v749 = arith.muli %v47, %v302 : i64
                %v750 = arith.muli %v730, %v301 : i64
                %v751 = arith.addi %v749, %v750 : i64
                %v752 = arith.muli %v45, %size_DV : i64
                %v753 = arith.addi %v751, %v752 : i64
                %v754 = arith.addi %v753, %v43 : i64
                %v755 = llvm.getelementptr %in_v[%v754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v756 = llvm.load %v755 : !llvm.ptr -> f32
                %v757 = arith.mulf %v748, %v756 fastmath<contract> : f32
                %v758 = arith.mulf %v743, %v701 fastmath<contract> : f32
                %v759 = arith.addf %v758, %v757 fastmath<contract> : f32
                %v760 = arith.constant 8 : i64
                %v761 = arith.addi %v760, %v33 : i64
                %v762 = arith.muli %v761, %v163 : i64
                %v763 = arith.subi %v730, %v134 : i64
                %v764 = arith.addi %v762, %v763 : i64
                %v765 = llvm.getelementptr %v64[%v764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v766 = llvm.load %v765 : !llvm.ptr -> f32
                %v767 = arith.negf %v766 : f32
                %v768 = arith.mulf %v767, %v287 fastmath<contract> : f32
                %v769 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v768) : (f32) -> f32
                %v770 = arith.addf %v66, %v769 fastmath<contract> : f32
                %v771 = arith.divf %v66, %v770 : f32
                %v772 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v771) : (f32) -> f32
                %v773 = arith.mulf %v292, %v772 fastmath<contract> : f32
                %v774 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v773) : (f32) -> f32
                %v775 = arith.constant 8 : i64
                %v776 = arith.addi %v775, %v33 : i64
                %v777 = arith.muli %v776, %v163 : i64
                %v778 = arith.subi %v730, %v134 : i64
                %v779 = arith.addi %v777, %v778 : i64
                %v780 = llvm.getelementptr %v62[%v779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v781 = llvm.load %v780 : !llvm.ptr -> f32
                %v782 = arith.mulf %v781, %v756 fastmath<contract> : f32
                %v783 = arith.mulf %v774, %v726 fastmath<contract> : f32
                %v784 = arith.addf %v783, %v782 fastmath<contract> : f32
                %v785 = arith.addi %v358, %v86 : i64
                %v786 = arith.minsi %v785, %v363 : i64
                %v787 = arith.addi %v134, %v786 : i64
                %v788 = arith.muli %v33, %v163 : i64
                %v789 = arith.subi %v787, %v134 : i64
                %v790 = arith.addi %v788, %v789 : i64
                %v791 = llvm.getelementptr %v64[%v790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v792 = llvm.load %v791 : !llvm.ptr -> f32
                %v793 = arith.negf %v792 : f32
                %v794 = arith.mulf %v793, %v287 fastmath<contract> : f32
                %v795 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v794) : (f32) -> f32
                %v796 = arith.addf %v66, %v795 fastmath<contract> : f32
                %v797 = arith.divf %v66, %v796 : f32
                %v798 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v797) : (f32) -> f32
                %v799 = arith.mulf %v292, %v798 fastmath<contract> : f32
                %v800 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v799) : (f32) -> f32
                %v801 = arith.muli %v33, %v163 : i64
                %v802 = arith.subi %v787, %v134 : i64
                %v803 = arith.addi %v801, %v802 : i64
                %v804 = llvm.getelementptr %v62[%v803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v805 = llvm.load %v804 : !llvm.ptr -> f32
                %v806 = arith.muli %v47, %v302 : i64
                %v807 = arith.muli %v787, %v301 : i64
                %v808 = arith.addi %v806, %v807 : i64
                %v809 = arith.muli %v45, %size_DV : i64
                %v810 = arith.addi %v808, %v809 : i64
                %v811 = arith.addi %v810, %v43 : i64
                %v812 = llvm.getelementptr %in_v[%v811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v813 = llvm.load %v812 : !llvm.ptr -> f32
                %v814 = arith.mulf %v805, %v813 fastmath<contract> : f32
                %v815 = arith.mulf %v800, %v759 fastmath<contract> : f32
                %v816 = arith.addf %v815, %v814 fastmath<contract> : f32
                %v817 = arith.constant 8 : i64
                %v818 = arith.addi %v817, %v33 : i64
                %v819 = arith.muli %v818, %v163 : i64
                %v820 = arith.subi %v787, %v134 : i64
                %v821 = arith.addi %v819, %v820 : i64
                %v822 = llvm.getelementptr %v64[%v821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v823 = llvm.load %v822 : !llvm.ptr -> f32
                %v824 = arith.negf %v823 : f32
                %v825 = arith.mulf %v824, %v287 fastmath<contract> : f32
                %v826 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v825) : (f32) -> f32
                %v827 = arith.addf %v66, %v826 fastmath<contract> : f32
                %v828 = arith.divf %v66, %v827 : f32
                %v829 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v828) : (f32) -> f32
                %v830 = arith.mulf %v292, %v829 fastmath<contract> : f32
                %v831 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v830) : (f32) -> f32
                %v832 = arith.constant 8 : i64
                %v833 = arith.addi %v832, %v33 : i64
                %v834 = arith.muli %v833, %v163 : i64
                %v835 = arith.subi %v787, %v134 : i64
                %v836 = arith.addi %v834, %v835 : i64
                %v837 = llvm.getelementptr %v62[%v836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v838 = llvm.load %v837 : !llvm.ptr -> f32
                %v839 = arith.mulf %v838, %v813 fastmath<contract> : f32
                %v840 = arith.mulf %v831, %v784 fastmath<contract> : f32
                %v841 = arith.addf %v840, %v839 fastmath<contract> : f32
                %v843 = arith.shrui %v33, %v11 : i64
                %v844 = arith.andi %v843, %v2 : i64
                %v845 = arith.cmpi ne, %v844, %v11 : i64
                %v846 = arith.shrui %v33, %v2 : i64
                %v847 = arith.andi %v846, %v2 : i64
                %v848 = arith.cmpi ne, %v847, %v11 : i64
                %v849 = arith.shrui %v33, %v75 : i64
                %v850 = arith.andi %v849, %v2 : i64
                %v851 = arith.cmpi ne, %v850, %v11 : i64
                %v852 = arith.subi %v136, %v358 : i64
                %v853 = arith.trunci %v852 : i64 to i32
                %v854 = arith.subi %size_L, %v2 : i64
                %v855 = arith.addi %v134, %v358 : i64
                %v856 = arith.subi %v854, %v855 : i64
                %v858 = arith.minsi %v856, %v857 : i64
                %v859 = arith.trunci %v858 : i64 to i32
                %v860 = arith.addi %v358, %v86 : i64
                %v862 = arith.cmpi slt, %v861, %v853 : i32
                %v863 = arith.cmpi eq, %v861, %v859 : i32
                llvm.store %v65, %v842 : f32, !llvm.ptr
                %v864 = arith.addi %v134, %v860 : i64
                %v865 = arith.muli %v33, %v163 : i64
                %v866 = arith.subi %v864, %v134 : i64
                %v867 = arith.addi %v865, %v866 : i64
                %v868 = llvm.getelementptr %v60[%v867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v869 = llvm.load %v868 : !llvm.ptr -> f32
                %v870 = arith.muli %v47, %v302 : i64
                %v871 = arith.muli %v864, %v301 : i64
                %v872 = arith.addi %v870, %v871 : i64
                %v873 = arith.muli %v45, %size_DV : i64
                %v874 = arith.addi %v872, %v873 : i64
                %v875 = arith.addi %v874, %v43 : i64
                %v876 = llvm.getelementptr %dy_o[%v875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v877 = llvm.load %v876 : !llvm.ptr -> f32
                %v878 = arith.mulf %v869, %v877 fastmath<contract> : f32
                %v879 = llvm.load %v49 : !llvm.ptr -> f32
                %v880 = llvm.load %v51 : !llvm.ptr -> f32
                %v881 = arith.mulf %v880, %v879 fastmath<contract> : f32
                %v882 = arith.addf %v878, %v881 fastmath<contract> : f32
                llvm.store %v882, %v49 : f32, !llvm.ptr
                %v883 = arith.constant 8 : i64
                %v884 = arith.addi %v883, %v33 : i64
                %v885 = arith.muli %v884, %v163 : i64
                %v886 = arith.subi %v864, %v134 : i64
                %v887 = arith.addi %v885, %v886 : i64
                %v888 = llvm.getelementptr %v60[%v887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v889 = llvm.load %v888 : !llvm.ptr -> f32
                %v890 = arith.mulf %v889, %v877 fastmath<contract> : f32
                %v891 = llvm.load %v50 : !llvm.ptr -> f32
                %v892 = llvm.load %v52 : !llvm.ptr -> f32
                %v893 = arith.mulf %v892, %v891 fastmath<contract> : f32
                %v894 = arith.addf %v890, %v893 fastmath<contract> : f32
                llvm.store %v894, %v50 : f32, !llvm.ptr
                %v895 = arith.mulf %v816, %v877 fastmath<contract> : f32
                %v896 = arith.mulf %v841, %v877 fastmath<contract> : f32
                %v897 = arith.muli %v47, %v302 : i64
                %v898 = arith.muli %v864, %v301 : i64
                %v899 = arith.addi %v897, %v898 : i64
                %v900 = arith.muli %v45, %size_DV : i64
                %v901 = arith.addi %v899, %v900 : i64
                %v902 = arith.addi %v901, %v43 : i64
                %v903 = llvm.getelementptr %in_v[%v902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v904 = llvm.load %v903 : !llvm.ptr -> f32
                %v905 = llvm.load %v49 : !llvm.ptr -> f32
                %v906 = arith.mulf %v904, %v905 fastmath<contract> : f32
                %v907 = llvm.load %v50 : !llvm.ptr -> f32
                %v908 = arith.mulf %v904, %v907 fastmath<contract> : f32
                %v909 = arith.muli %v33, %v163 : i64
                %v910 = arith.subi %v864, %v134 : i64
                %v911 = arith.addi %v909, %v910 : i64
                %v912 = llvm.getelementptr %v64[%v911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v913 = llvm.load %v912 : !llvm.ptr -> f32
                %v914 = arith.negf %v913 : f32
                %v915 = arith.mulf %v914, %v287 fastmath<contract> : f32
                %v916 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v915) : (f32) -> f32
                %v917 = arith.addf %v66, %v916 fastmath<contract> : f32
                %v918 = arith.divf %v66, %v917 : f32
                %v920 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v918) : (f32) -> f32
                %v921 = arith.mulf %v919, %v920 fastmath<contract> : f32
                %v922 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v921) : (f32) -> f32
                %v923 = arith.mulf %v759, %v905 fastmath<contract> : f32
                %v924 = arith.mulf %v292, %v923 fastmath<contract> : f32
                %v925 = arith.mulf %v922, %v924 fastmath<contract> : f32
                %v926 = arith.subf %v66, %v918 fastmath<contract> : f32
                %v927 = arith.mulf %v918, %v926 fastmath<contract> : f32
                %v928 = arith.mulf %v925, %v927 fastmath<contract> : f32
                %v929 = arith.constant 8 : i64
                %v930 = arith.addi %v929, %v33 : i64
                %v931 = arith.muli %v930, %v163 : i64
                %v932 = arith.subi %v864, %v134 : i64
                %v933 = arith.addi %v931, %v932 : i64
                %v934 = llvm.getelementptr %v64[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v935 = llvm.load %v934 : !llvm.ptr -> f32
                %v936 = arith.negf %v935 : f32
                %v937 = arith.mulf %v936, %v287 fastmath<contract> : f32
                %v938 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v937) : (f32) -> f32
                %v939 = arith.addf %v66, %v938 fastmath<contract> : f32
                %v940 = arith.divf %v66, %v939 : f32
                %v941 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v940) : (f32) -> f32
                %v942 = arith.mulf %v919, %v941 fastmath<contract> : f32
                %v943 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v942) : (f32) -> f32
                %v944 = arith.mulf %v784, %v907 fastmath<contract> : f32
                %v945 = arith.mulf %v292, %v944 fastmath<contract> : f32
                %v946 = arith.mulf %v943, %v945 fastmath<contract> : f32
                %v947 = arith.subf %v66, %v940 fastmath<contract> : f32
                %v948 = arith.mulf %v940, %v947 fastmath<contract> : f32
                %v949 = arith.mulf %v946, %v948 fastmath<contract> : f32
                %v950 = arith.select %v37, %v895, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v952, %v953 = gpu.shuffle xor %v950, %v951, %v277 : f32
                %v954 = arith.addf %v950, %v952 fastmath<contract> : f32
                %v956, %v957 = gpu.shuffle xor %v954, %v955, %v277 : f32
                %v958 = arith.addf %v954, %v956 fastmath<contract> : f32
                %v959 = arith.divui %v23, %v25 : i64
                %v960 = arith.remui %v23, %v25 : i64
                %v961 = arith.cmpi ult, %v960, %v32 : i64
                %v962 = arith.muli %v959, %v1 : i64
                %v963 = arith.addi %v962, %v33 : i64
                %v965 = arith.muli %v963, %v964 : i64
                %v966 = arith.addi %v965, %v360 : i64
                scf.if %v961 {
                  %v967 = llvm.getelementptr %v54[%v966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v958, %v967 : f32, !llvm.ptr
                }
                %v968 = arith.select %v37, %v896, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v969, %v970 = gpu.shuffle xor %v968, %v951, %v277 : f32
                %v971 = arith.addf %v968, %v969 fastmath<contract> : f32
                %v972, %v973 = gpu.shuffle xor %v971, %v955, %v277 : f32
                %v974 = arith.addf %v971, %v972 fastmath<contract> : f32
                %v975 = arith.divui %v23, %v25 : i64
                %v976 = arith.remui %v23, %v25 : i64
                %v977 = arith.cmpi ult, %v976, %v32 : i64
                %v978 = arith.addi %v32, %v33 : i64
                %v979 = arith.muli %v975, %v1 : i64
                %v980 = arith.addi %v979, %v978 : i64
                %v981 = arith.muli %v980, %v964 : i64
                %v982 = arith.addi %v981, %v360 : i64
                scf.if %v977 {
                  %v983 = llvm.getelementptr %v54[%v982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v974, %v983 : f32, !llvm.ptr
                }
                %v984 = arith.select %v37, %v906, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v985, %v986 = gpu.shuffle xor %v984, %v951, %v277 : f32
                %v987 = arith.addf %v984, %v985 fastmath<contract> : f32
                %v988, %v989 = gpu.shuffle xor %v987, %v955, %v277 : f32
                %v990 = arith.addf %v987, %v988 fastmath<contract> : f32
                %v991 = arith.divui %v23, %v25 : i64
                %v992 = arith.remui %v23, %v25 : i64
                %v993 = arith.cmpi ult, %v992, %v32 : i64
                %v994 = arith.muli %v991, %v1 : i64
                %v995 = arith.addi %v994, %v33 : i64
                %v996 = arith.muli %v995, %v964 : i64
                %v997 = arith.addi %v996, %v360 : i64
                scf.if %v993 {
                  %v998 = llvm.getelementptr %v56[%v997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v990, %v998 : f32, !llvm.ptr
                }
                %v999 = arith.select %v37, %v908, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1000, %v1001 = gpu.shuffle xor %v999, %v951, %v277 : f32
                %v1002 = arith.addf %v999, %v1000 fastmath<contract> : f32
                %v1003, %v1004 = gpu.shuffle xor %v1002, %v955, %v277 : f32
                %v1005 = arith.addf %v1002, %v1003 fastmath<contract> : f32
                %v1006 = arith.divui %v23, %v25 : i64
                %v1007 = arith.remui %v23, %v25 : i64
                %v1008 = arith.cmpi ult, %v1007, %v32 : i64
                %v1009 = arith.addi %v32, %v33 : i64
                %v1010 = arith.muli %v1006, %v1 : i64
                %v1011 = arith.addi %v1010, %v1009 : i64
                %v1012 = arith.muli %v1011, %v964 : i64
                %v1013 = arith.addi %v1012, %v360 : i64
                scf.if %v1008 {
                  %v1014 = llvm.getelementptr %v56[%v1013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1005, %v1014 : f32, !llvm.ptr
                }
                %v1015 = arith.select %v37, %v928, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1016, %v1017 = gpu.shuffle xor %v1015, %v951, %v277 : f32
                %v1018 = arith.addf %v1015, %v1016 fastmath<contract> : f32
                %v1019, %v1020 = gpu.shuffle xor %v1018, %v955, %v277 : f32
                %v1021 = arith.addf %v1018, %v1019 fastmath<contract> : f32
                %v1022 = arith.divui %v23, %v25 : i64
                %v1023 = arith.remui %v23, %v25 : i64
                %v1024 = arith.cmpi ult, %v1023, %v32 : i64
                %v1025 = arith.muli %v1022, %v1 : i64
                %v1026 = arith.addi %v1025, %v33 : i64
                %v1027 = arith.muli %v1026, %v964 : i64
                %v1028 = arith.addi %v1027, %v360 : i64
                scf.if %v1024 {
                  %v1029 = llvm.getelementptr %v58[%v1028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1021, %v1029 : f32, !llvm.ptr
                }
                %v1030 = arith.select %v37, %v949, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1031, %v1032 = gpu.shuffle xor %v1030, %v951, %v277 : f32
                %v1033 = arith.addf %v1030, %v1031 fastmath<contract> : f32
                %v1034, %v1035 = gpu.shuffle xor %v1033, %v955, %v277 : f32
                %v1036 = arith.addf %v1033, %v1034 fastmath<contract> : f32
                %v1037 = arith.divui %v23, %v25 : i64
                %v1038 = arith.remui %v23, %v25 : i64
                %v1039 = arith.cmpi ult, %v1038, %v32 : i64
                %v1040 = arith.addi %v32, %v33 : i64
                %v1041 = arith.muli %v1037, %v1 : i64
                %v1042 = arith.addi %v1041, %v1040 : i64
                %v1043 = arith.muli %v1042, %v964 : i64
                %v1044 = arith.addi %v1043, %v360 : i64
                scf.if %v1039 {
                  %v1045 = llvm.getelementptr %v58[%v1044] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1036, %v1045 : f32, !llvm.ptr
                }
                %v1046 = arith.muli %v33, %v163 : i64
                %v1047 = arith.subi %v864, %v134 : i64
                %v1048 = arith.addi %v1046, %v1047 : i64
                %v1049 = llvm.getelementptr %v62[%v1048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1050 = llvm.load %v1049 : !llvm.ptr -> f32
                %v1051 = arith.mulf %v1050, %v905 fastmath<contract> : f32
                %v1052 = arith.constant 8 : i64
                %v1053 = arith.addi %v1052, %v33 : i64
                %v1054 = arith.muli %v1053, %v163 : i64
                %v1055 = arith.subi %v864, %v134 : i64
                %v1056 = arith.addi %v1054, %v1055 : i64
                %v1057 = llvm.getelementptr %v62[%v1056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1058 = llvm.load %v1057 : !llvm.ptr -> f32
                %v1059 = arith.mulf %v1058, %v907 fastmath<contract> : f32
                %v1060 = arith.addf %v1051, %v1059 fastmath<contract> : f32
                llvm.store %v1060, %v842 : f32, !llvm.ptr
                %v1061 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v918) : (f32) -> f32
                %v1062 = arith.mulf %v292, %v1061 fastmath<contract> : f32
                %v1063 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1062) : (f32) -> f32
                llvm.store %v1063, %v51 : f32, !llvm.ptr
                %v1064 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v940) : (f32) -> f32
                %v1065 = arith.mulf %v292, %v1064 fastmath<contract> : f32
                %v1066 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1065) : (f32) -> f32
                llvm.store %v1066, %v52 : f32, !llvm.ptr
                %v1067 = llvm.load %v842 : !llvm.ptr -> f32
                %v1068 = arith.addi %v358, %v727 : i64
                %v1070 = arith.cmpi slt, %v1069, %v853 : i32
                %v1071 = arith.cmpi eq, %v1069, %v859 : i32
                %v1072 = arith.addi %v360, %v2 : i64
                llvm.store %v65, %v842 : f32, !llvm.ptr
                %v1073 = arith.addi %v134, %v1068 : i64
                %v1074 = arith.muli %v33, %v163 : i64
                %v1075 = arith.subi %v1073, %v134 : i64
                %v1076 = arith.addi %v1074, %v1075 : i64
                %v1077 = llvm.getelementptr %v60[%v1076] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1078 = llvm.load %v1077 : !llvm.ptr -> f32
                %v1079 = arith.muli %v47, %v302 : i64
                %v1080 = arith.muli %v1073, %v301 : i64
                %v1081 = arith.addi %v1079, %v1080 : i64
                %v1082 = arith.muli %v45, %size_DV : i64
                %v1083 = arith.addi %v1081, %v1082 : i64
                %v1084 = arith.addi %v1083, %v43 : i64
                %v1085 = llvm.getelementptr %dy_o[%v1084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1086 = llvm.load %v1085 : !llvm.ptr -> f32
                %v1087 = arith.mulf %v1078, %v1086 fastmath<contract> : f32
                %v1088 = llvm.load %v49 : !llvm.ptr -> f32
                %v1089 = llvm.load %v51 : !llvm.ptr -> f32
                %v1090 = arith.mulf %v1089, %v1088 fastmath<contract> : f32
                %v1091 = arith.addf %v1087, %v1090 fastmath<contract> : f32
                llvm.store %v1091, %v49 : f32, !llvm.ptr
                %v1092 = arith.constant 8 : i64
                %v1093 = arith.addi %v1092, %v33 : i64
                %v1094 = arith.muli %v1093, %v163 : i64
                %v1095 = arith.subi %v1073, %v134 : i64
                %v1096 = arith.addi %v1094, %v1095 : i64
                %v1097 = llvm.getelementptr %v60[%v1096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1098 = llvm.load %v1097 : !llvm.ptr -> f32
                %v1099 = arith.mulf %v1098, %v1086 fastmath<contract> : f32
                %v1100 = llvm.load %v50 : !llvm.ptr -> f32
                %v1101 = llvm.load %v52 : !llvm.ptr -> f32
                %v1102 = arith.mulf %v1101, %v1100 fastmath<contract> : f32
                %v1103 = arith.addf %v1099, %v1102 fastmath<contract> : f32
                llvm.store %v1103, %v50 : f32, !llvm.ptr
                %v1104 = arith.mulf %v759, %v1086 fastmath<contract> : f32
                %v1105 = arith.mulf %v784, %v1086 fastmath<contract> : f32
                %v1106 = arith.muli %v47, %v302 : i64
                %v1107 = arith.muli %v1073, %v301 : i64
                %v1108 = arith.addi %v1106, %v1107 : i64
                %v1109 = arith.muli %v45, %size_DV : i64
                %v1110 = arith.addi %v1108, %v1109 : i64
                %v1111 = arith.addi %v1110, %v43 : i64
                %v1112 = llvm.getelementptr %in_v[%v1111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1113 = llvm.load %v1112 : !llvm.ptr -> f32
                %v1114 = llvm.load %v49 : !llvm.ptr -> f32
                %v1115 = arith.mulf %v1113, %v1114 fastmath<contract> : f32
                %v1116 = llvm.load %v50 : !llvm.ptr -> f32
                %v1117 = arith.mulf %v1113, %v1116 fastmath<contract> : f32
                %v1118 = arith.muli %v33, %v163 : i64
                %v1119 = arith.subi %v1073, %v134 : i64
                %v1120 = arith.addi %v1118, %v1119 : i64
                %v1121 = llvm.getelementptr %v64[%v1120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1122 = llvm.load %v1121 : !llvm.ptr -> f32
                %v1123 = arith.negf %v1122 : f32
                %v1124 = arith.mulf %v1123, %v287 fastmath<contract> : f32
                %v1125 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1124) : (f32) -> f32
                %v1126 = arith.addf %v66, %v1125 fastmath<contract> : f32
                %v1127 = arith.divf %v66, %v1126 : f32
                %v1128 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1127) : (f32) -> f32
                %v1129 = arith.mulf %v919, %v1128 fastmath<contract> : f32
                %v1130 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1129) : (f32) -> f32
                %v1131 = arith.mulf %v701, %v1114 fastmath<contract> : f32
                %v1132 = arith.mulf %v292, %v1131 fastmath<contract> : f32
                %v1133 = arith.mulf %v1130, %v1132 fastmath<contract> : f32
                %v1134 = arith.subf %v66, %v1127 fastmath<contract> : f32
                %v1135 = arith.mulf %v1127, %v1134 fastmath<contract> : f32
                %v1136 = arith.mulf %v1133, %v1135 fastmath<contract> : f32
                %v1137 = arith.constant 8 : i64
                %v1138 = arith.addi %v1137, %v33 : i64
                %v1139 = arith.muli %v1138, %v163 : i64
                %v1140 = arith.subi %v1073, %v134 : i64
                %v1141 = arith.addi %v1139, %v1140 : i64
                %v1142 = llvm.getelementptr %v64[%v1141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1143 = llvm.load %v1142 : !llvm.ptr -> f32
                %v1144 = arith.negf %v1143 : f32
                %v1145 = arith.mulf %v1144, %v287 fastmath<contract> : f32
                %v1146 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1145) : (f32) -> f32
                %v1147 = arith.addf %v66, %v1146 fastmath<contract> : f32
                %v1148 = arith.divf %v66, %v1147 : f32
                %v1149 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1148) : (f32) -> f32
                %v1150 = arith.mulf %v919, %v1149 fastmath<contract> : f32
                %v1151 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1150) : (f32) -> f32
                %v1152 = arith.mulf %v726, %v1116 fastmath<contract> : f32
                %v1153 = arith.mulf %v292, %v1152 fastmath<contract> : f32
                %v1154 = arith.mulf %v1151, %v1153 fastmath<contract> : f32
                %v1155 = arith.subf %v66, %v1148 fastmath<contract> : f32
                %v1156 = arith.mulf %v1148, %v1155 fastmath<contract> : f32
                %v1157 = arith.mulf %v1154, %v1156 fastmath<contract> : f32
                %v1158 = arith.select %v37, %v1104, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1159, %v1160 = gpu.shuffle xor %v1158, %v951, %v277 : f32
                %v1161 = arith.addf %v1158, %v1159 fastmath<contract> : f32
                %v1162, %v1163 = gpu.shuffle xor %v1161, %v955, %v277 : f32
                %v1164 = arith.addf %v1161, %v1162 fastmath<contract> : f32
                %v1165 = arith.divui %v23, %v25 : i64
                %v1166 = arith.remui %v23, %v25 : i64
                %v1167 = arith.cmpi ult, %v1166, %v32 : i64
                %v1168 = arith.muli %v1165, %v1 : i64
                %v1169 = arith.addi %v1168, %v33 : i64
                %v1170 = arith.muli %v1169, %v964 : i64
                %v1171 = arith.addi %v1170, %v1072 : i64
                scf.if %v1167 {
                  %v1172 = llvm.getelementptr %v54[%v1171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1164, %v1172 : f32, !llvm.ptr
                }
                %v1173 = arith.select %v37, %v1105, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1174, %v1175 = gpu.shuffle xor %v1173, %v951, %v277 : f32
                %v1176 = arith.addf %v1173, %v1174 fastmath<contract> : f32
                %v1177, %v1178 = gpu.shuffle xor %v1176, %v955, %v277 : f32
                %v1179 = arith.addf %v1176, %v1177 fastmath<contract> : f32
                %v1180 = arith.divui %v23, %v25 : i64
                %v1181 = arith.remui %v23, %v25 : i64
                %v1182 = arith.cmpi ult, %v1181, %v32 : i64
                %v1183 = arith.addi %v32, %v33 : i64
                %v1184 = arith.muli %v1180, %v1 : i64
                %v1185 = arith.addi %v1184, %v1183 : i64
                %v1186 = arith.muli %v1185, %v964 : i64
                %v1187 = arith.addi %v1186, %v1072 : i64
                scf.if %v1182 {
                  %v1188 = llvm.getelementptr %v54[%v1187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1179, %v1188 : f32, !llvm.ptr
                }
                %v1189 = arith.select %v37, %v1115, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1190, %v1191 = gpu.shuffle xor %v1189, %v951, %v277 : f32
                %v1192 = arith.addf %v1189, %v1190 fastmath<contract> : f32
                %v1193, %v1194 = gpu.shuffle xor %v1192, %v955, %v277 : f32
                %v1195 = arith.addf %v1192, %v1193 fastmath<contract> : f32
                %v1196 = arith.divui %v23, %v25 : i64
                %v1197 = arith.remui %v23, %v25 : i64
                %v1198 = arith.cmpi ult, %v1197, %v32 : i64
                %v1199 = arith.muli %v1196, %v1 : i64
                %v1200 = arith.addi %v1199, %v33 : i64
                %v1201 = arith.muli %v1200, %v964 : i64
                %v1202 = arith.addi %v1201, %v1072 : i64
                scf.if %v1198 {
                  %v1203 = llvm.getelementptr %v56[%v1202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1195, %v1203 : f32, !llvm.ptr
                }
                %v1204 = arith.select %v37, %v1117, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1205, %v1206 = gpu.shuffle xor %v1204, %v951, %v277 : f32
                %v1207 = arith.addf %v1204, %v1205 fastmath<contract> : f32
                %v1208, %v1209 = gpu.shuffle xor %v1207, %v955, %v277 : f32
                %v1210 = arith.addf %v1207, %v1208 fastmath<contract> : f32
                %v1211 = arith.divui %v23, %v25 : i64
                %v1212 = arith.remui %v23, %v25 : i64
                %v1213 = arith.cmpi ult, %v1212, %v32 : i64
                %v1214 = arith.addi %v32, %v33 : i64
                %v1215 = arith.muli %v1211, %v1 : i64
                %v1216 = arith.addi %v1215, %v1214 : i64
                %v1217 = arith.muli %v1216, %v964 : i64
                %v1218 = arith.addi %v1217, %v1072 : i64
                scf.if %v1213 {
                  %v1219 = llvm.getelementptr %v56[%v1218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1210, %v1219 : f32, !llvm.ptr
                }
                %v1220 = arith.select %v37, %v1136, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1221, %v1222 = gpu.shuffle xor %v1220, %v951, %v277 : f32
                %v1223 = arith.addf %v1220, %v1221 fastmath<contract> : f32
                %v1224, %v1225 = gpu.shuffle xor %v1223, %v955, %v277 : f32
                %v1226 = arith.addf %v1223, %v1224 fastmath<contract> : f32
                %v1227 = arith.divui %v23, %v25 : i64
                %v1228 = arith.remui %v23, %v25 : i64
                %v1229 = arith.cmpi ult, %v1228, %v32 : i64
                %v1230 = arith.muli %v1227, %v1 : i64
                %v1231 = arith.addi %v1230, %v33 : i64
                %v1232 = arith.muli %v1231, %v964 : i64
                %v1233 = arith.addi %v1232, %v1072 : i64
                scf.if %v1229 {
                  %v1234 = llvm.getelementptr %v58[%v1233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1226, %v1234 : f32, !llvm.ptr
                }
                %v1235 = arith.select %v37, %v1157, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1236, %v1237 = gpu.shuffle xor %v1235, %v951, %v277 : f32
                %v1238 = arith.addf %v1235, %v1236 fastmath<contract> : f32
                %v1239, %v1240 = gpu.shuffle xor %v1238, %v955, %v277 : f32
                %v1241 = arith.addf %v1238, %v1239 fastmath<contract> : f32
                %v1242 = arith.divui %v23, %v25 : i64
                %v1243 = arith.remui %v23, %v25 : i64
                %v1244 = arith.cmpi ult, %v1243, %v32 : i64
                %v1245 = arith.addi %v32, %v33 : i64
                %v1246 = arith.muli %v1242, %v1 : i64
                %v1247 = arith.addi %v1246, %v1245 : i64
                %v1248 = arith.muli %v1247, %v964 : i64
                %v1249 = arith.addi %v1248, %v1072 : i64
                scf.if %v1244 {
                  %v1250 = llvm.getelementptr %v58[%v1249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1241, %v1250 : f32, !llvm.ptr
                }
                %v1251 = arith.muli %v33, %v163 : i64
                %v1252 = arith.subi %v1073, %v134 : i64
                %v1253 = arith.addi %v1251, %v1252 : i64
                %v1254 = llvm.getelementptr %v62[%v1253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1255 = llvm.load %v1254 : !llvm.ptr -> f32
                %v1256 = arith.mulf %v1255, %v1114 fastmath<contract> : f32
                %v1257 = arith.constant 8 : i64
                %v1258 = arith.addi %v1257, %v33 : i64
                %v1259 = arith.muli %v1258, %v163 : i64
                %v1260 = arith.subi %v1073, %v134 : i64
                %v1261 = arith.addi %v1259, %v1260 : i64
                %v1262 = llvm.getelementptr %v62[%v1261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1263 = llvm.load %v1262 : !llvm.ptr -> f32
                %v1264 = arith.mulf %v1263, %v1116 fastmath<contract> : f32
                %v1265 = arith.addf %v1256, %v1264 fastmath<contract> : f32
                llvm.store %v1265, %v842 : f32, !llvm.ptr
                %v1266 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1127) : (f32) -> f32
                %v1267 = arith.mulf %v292, %v1266 fastmath<contract> : f32
                %v1268 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1267) : (f32) -> f32
                llvm.store %v1268, %v51 : f32, !llvm.ptr
                %v1269 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1148) : (f32) -> f32
                %v1270 = arith.mulf %v292, %v1269 fastmath<contract> : f32
                %v1271 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1270) : (f32) -> f32
                llvm.store %v1271, %v52 : f32, !llvm.ptr
                %v1272 = llvm.load %v842 : !llvm.ptr -> f32
                %v1273 = arith.select %v845, %v1272, %v1067 : f32
                %v1274 = arith.select %v845, %v1067, %v1272 : f32
                %v1276, %v1277 = gpu.shuffle xor %v1273, %v1275, %v277 : f32
                %v1278 = arith.addf %v1274, %v1276 fastmath<contract> : f32
                %v1279 = arith.addi %v358, %v669 : i64
                %v1281 = arith.cmpi slt, %v1280, %v853 : i32
                %v1282 = arith.cmpi eq, %v1280, %v859 : i32
                %v1283 = arith.addi %v360, %v75 : i64
                llvm.store %v65, %v842 : f32, !llvm.ptr
                %v1284 = arith.addi %v134, %v1279 : i64
                %v1285 = arith.muli %v33, %v163 : i64
                %v1286 = arith.subi %v1284, %v134 : i64
                %v1287 = arith.addi %v1285, %v1286 : i64
                %v1288 = llvm.getelementptr %v60[%v1287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1289 = llvm.load %v1288 : !llvm.ptr -> f32
                %v1290 = arith.muli %v47, %v302 : i64
                %v1291 = arith.muli %v1284, %v301 : i64
                %v1292 = arith.addi %v1290, %v1291 : i64
                %v1293 = arith.muli %v45, %size_DV : i64
                %v1294 = arith.addi %v1292, %v1293 : i64
                %v1295 = arith.addi %v1294, %v43 : i64
                %v1296 = llvm.getelementptr %dy_o[%v1295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1297 = llvm.load %v1296 : !llvm.ptr -> f32
                %v1298 = arith.mulf %v1289, %v1297 fastmath<contract> : f32
                %v1299 = llvm.load %v49 : !llvm.ptr -> f32
                %v1300 = llvm.load %v51 : !llvm.ptr -> f32
                %v1301 = arith.mulf %v1300, %v1299 fastmath<contract> : f32
                %v1302 = arith.addf %v1298, %v1301 fastmath<contract> : f32
                llvm.store %v1302, %v49 : f32, !llvm.ptr
                %v1303 = arith.constant 8 : i64
                %v1304 = arith.addi %v1303, %v33 : i64
                %v1305 = arith.muli %v1304, %v163 : i64
                %v1306 = arith.subi %v1284, %v134 : i64
                %v1307 = arith.addi %v1305, %v1306 : i64
                %v1308 = llvm.getelementptr %v60[%v1307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1309 = llvm.load %v1308 : !llvm.ptr -> f32
                %v1310 = arith.mulf %v1309, %v1297 fastmath<contract> : f32
                %v1311 = llvm.load %v50 : !llvm.ptr -> f32
                %v1312 = llvm.load %v52 : !llvm.ptr -> f32
                %v1313 = arith.mulf %v1312, %v1311 fastmath<contract> : f32
                %v1314 = arith.addf %v1310, %v1313 fastmath<contract> : f32
                llvm.store %v1314, %v50 : f32, !llvm.ptr
                %v1315 = arith.mulf %v701, %v1297 fastmath<contract> : f32
                %v1316 = arith.mulf %v726, %v1297 fastmath<contract> : f32
                %v1317 = arith.muli %v47, %v302 : i64
                %v1318 = arith.muli %v1284, %v301 : i64
                %v1319 = arith.addi %v1317, %v1318 : i64
                %v1320 = arith.muli %v45, %size_DV : i64
                %v1321 = arith.addi %v1319, %v1320 : i64
                %v1322 = arith.addi %v1321, %v43 : i64
                %v1323 = llvm.getelementptr %in_v[%v1322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1324 = llvm.load %v1323 : !llvm.ptr -> f32
                %v1325 = llvm.load %v49 : !llvm.ptr -> f32
                %v1326 = arith.mulf %v1324, %v1325 fastmath<contract> : f32
                %v1327 = llvm.load %v50 : !llvm.ptr -> f32
                %v1328 = arith.mulf %v1324, %v1327 fastmath<contract> : f32
                %v1329 = arith.muli %v33, %v163 : i64
                %v1330 = arith.subi %v1284, %v134 : i64
                %v1331 = arith.addi %v1329, %v1330 : i64
                %v1332 = llvm.getelementptr %v64[%v1331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1333 = llvm.load %v1332 : !llvm.ptr -> f32
                %v1334 = arith.negf %v1333 : f32
                %v1335 = arith.mulf %v1334, %v287 fastmath<contract> : f32
                %v1336 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1335) : (f32) -> f32
                %v1337 = arith.addf %v66, %v1336 fastmath<contract> : f32
                %v1338 = arith.divf %v66, %v1337 : f32
                %v1339 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1338) : (f32) -> f32
                %v1340 = arith.mulf %v919, %v1339 fastmath<contract> : f32
                %v1341 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1340) : (f32) -> f32
                %v1342 = arith.mulf %v643, %v1325 fastmath<contract> : f32
                %v1343 = arith.mulf %v292, %v1342 fastmath<contract> : f32
                %v1344 = arith.mulf %v1341, %v1343 fastmath<contract> : f32
                %v1345 = arith.subf %v66, %v1338 fastmath<contract> : f32
                %v1346 = arith.mulf %v1338, %v1345 fastmath<contract> : f32
                %v1347 = arith.mulf %v1344, %v1346 fastmath<contract> : f32
                %v1348 = arith.constant 8 : i64
                %v1349 = arith.addi %v1348, %v33 : i64
                %v1350 = arith.muli %v1349, %v163 : i64
                %v1351 = arith.subi %v1284, %v134 : i64
                %v1352 = arith.addi %v1350, %v1351 : i64
                %v1353 = llvm.getelementptr %v64[%v1352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1354 = llvm.load %v1353 : !llvm.ptr -> f32
                %v1355 = arith.negf %v1354 : f32
                %v1356 = arith.mulf %v1355, %v287 fastmath<contract> : f32
                %v1357 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1356) : (f32) -> f32
                %v1358 = arith.addf %v66, %v1357 fastmath<contract> : f32
                %v1359 = arith.divf %v66, %v1358 : f32
                %v1360 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1359) : (f32) -> f32
                %v1361 = arith.mulf %v919, %v1360 fastmath<contract> : f32
                %v1362 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1361) : (f32) -> f32
                %v1363 = arith.mulf %v668, %v1327 fastmath<contract> : f32
                %v1364 = arith.mulf %v292, %v1363 fastmath<contract> : f32
                %v1365 = arith.mulf %v1362, %v1364 fastmath<contract> : f32
                %v1366 = arith.subf %v66, %v1359 fastmath<contract> : f32
                %v1367 = arith.mulf %v1359, %v1366 fastmath<contract> : f32
                %v1368 = arith.mulf %v1365, %v1367 fastmath<contract> : f32
                %v1369 = arith.select %v37, %v1315, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1370, %v1371 = gpu.shuffle xor %v1369, %v951, %v277 : f32
                %v1372 = arith.addf %v1369, %v1370 fastmath<contract> : f32
                %v1373, %v1374 = gpu.shuffle xor %v1372, %v955, %v277 : f32
                %v1375 = arith.addf %v1372, %v1373 fastmath<contract> : f32
                %v1376 = arith.divui %v23, %v25 : i64
                %v1377 = arith.remui %v23, %v25 : i64
                %v1378 = arith.cmpi ult, %v1377, %v32 : i64
                %v1379 = arith.muli %v1376, %v1 : i64
                %v1380 = arith.addi %v1379, %v33 : i64
                %v1381 = arith.muli %v1380, %v964 : i64
                %v1382 = arith.addi %v1381, %v1283 : i64
                scf.if %v1378 {
                  %v1383 = llvm.getelementptr %v54[%v1382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1375, %v1383 : f32, !llvm.ptr
                }
                %v1384 = arith.select %v37, %v1316, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1385, %v1386 = gpu.shuffle xor %v1384, %v951, %v277 : f32
                %v1387 = arith.addf %v1384, %v1385 fastmath<contract> : f32
                %v1388, %v1389 = gpu.shuffle xor %v1387, %v955, %v277 : f32
                %v1390 = arith.addf %v1387, %v1388 fastmath<contract> : f32
                %v1391 = arith.divui %v23, %v25 : i64
                %v1392 = arith.remui %v23, %v25 : i64
                %v1393 = arith.cmpi ult, %v1392, %v32 : i64
                %v1394 = arith.addi %v32, %v33 : i64
                %v1395 = arith.muli %v1391, %v1 : i64
                %v1396 = arith.addi %v1395, %v1394 : i64
                %v1397 = arith.muli %v1396, %v964 : i64
                %v1398 = arith.addi %v1397, %v1283 : i64
                scf.if %v1393 {
                  %v1399 = llvm.getelementptr %v54[%v1398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1390, %v1399 : f32, !llvm.ptr
                }
                %v1400 = arith.select %v37, %v1326, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1401, %v1402 = gpu.shuffle xor %v1400, %v951, %v277 : f32
                %v1403 = arith.addf %v1400, %v1401 fastmath<contract> : f32
                %v1404, %v1405 = gpu.shuffle xor %v1403, %v955, %v277 : f32
                %v1406 = arith.addf %v1403, %v1404 fastmath<contract> : f32
                %v1407 = arith.divui %v23, %v25 : i64
                %v1408 = arith.remui %v23, %v25 : i64
                %v1409 = arith.cmpi ult, %v1408, %v32 : i64
                %v1410 = arith.muli %v1407, %v1 : i64
                %v1411 = arith.addi %v1410, %v33 : i64
                %v1412 = arith.muli %v1411, %v964 : i64
                %v1413 = arith.addi %v1412, %v1283 : i64
                scf.if %v1409 {
                  %v1414 = llvm.getelementptr %v56[%v1413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1406, %v1414 : f32, !llvm.ptr
                }
                %v1415 = arith.select %v37, %v1328, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1416, %v1417 = gpu.shuffle xor %v1415, %v951, %v277 : f32
                %v1418 = arith.addf %v1415, %v1416 fastmath<contract> : f32
                %v1419, %v1420 = gpu.shuffle xor %v1418, %v955, %v277 : f32
                %v1421 = arith.addf %v1418, %v1419 fastmath<contract> : f32
                %v1422 = arith.divui %v23, %v25 : i64
                %v1423 = arith.remui %v23, %v25 : i64
                %v1424 = arith.cmpi ult, %v1423, %v32 : i64
                %v1425 = arith.addi %v32, %v33 : i64
                %v1426 = arith.muli %v1422, %v1 : i64
                %v1427 = arith.addi %v1426, %v1425 : i64
                %v1428 = arith.muli %v1427, %v964 : i64
                %v1429 = arith.addi %v1428, %v1283 : i64
                scf.if %v1424 {
                  %v1430 = llvm.getelementptr %v56[%v1429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1421, %v1430 : f32, !llvm.ptr
                }
                %v1431 = arith.select %v37, %v1347, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1432, %v1433 = gpu.shuffle xor %v1431, %v951, %v277 : f32
                %v1434 = arith.addf %v1431, %v1432 fastmath<contract> : f32
                %v1435, %v1436 = gpu.shuffle xor %v1434, %v955, %v277 : f32
                %v1437 = arith.addf %v1434, %v1435 fastmath<contract> : f32
                %v1438 = arith.divui %v23, %v25 : i64
                %v1439 = arith.remui %v23, %v25 : i64
                %v1440 = arith.cmpi ult, %v1439, %v32 : i64
                %v1441 = arith.muli %v1438, %v1 : i64
                %v1442 = arith.addi %v1441, %v33 : i64
                %v1443 = arith.muli %v1442, %v964 : i64
                %v1444 = arith.addi %v1443, %v1283 : i64
                scf.if %v1440 {
                  %v1445 = llvm.getelementptr %v58[%v1444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1437, %v1445 : f32, !llvm.ptr
                }
                %v1446 = arith.select %v37, %v1368, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1447, %v1448 = gpu.shuffle xor %v1446, %v951, %v277 : f32
                %v1449 = arith.addf %v1446, %v1447 fastmath<contract> : f32
                %v1450, %v1451 = gpu.shuffle xor %v1449, %v955, %v277 : f32
                %v1452 = arith.addf %v1449, %v1450 fastmath<contract> : f32
                %v1453 = arith.divui %v23, %v25 : i64
                %v1454 = arith.remui %v23, %v25 : i64
                %v1455 = arith.cmpi ult, %v1454, %v32 : i64
                %v1456 = arith.addi %v32, %v33 : i64
                %v1457 = arith.muli %v1453, %v1 : i64
                %v1458 = arith.addi %v1457, %v1456 : i64
                %v1459 = arith.muli %v1458, %v964 : i64
                %v1460 = arith.addi %v1459, %v1283 : i64
                scf.if %v1455 {
                  %v1461 = llvm.getelementptr %v58[%v1460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1452, %v1461 : f32, !llvm.ptr
                }
                %v1462 = arith.muli %v33, %v163 : i64
                %v1463 = arith.subi %v1284, %v134 : i64
                %v1464 = arith.addi %v1462, %v1463 : i64
                %v1465 = llvm.getelementptr %v62[%v1464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1466 = llvm.load %v1465 : !llvm.ptr -> f32
                %v1467 = arith.mulf %v1466, %v1325 fastmath<contract> : f32
                %v1468 = arith.constant 8 : i64
                %v1469 = arith.addi %v1468, %v33 : i64
                %v1470 = arith.muli %v1469, %v163 : i64
                %v1471 = arith.subi %v1284, %v134 : i64
                %v1472 = arith.addi %v1470, %v1471 : i64
                %v1473 = llvm.getelementptr %v62[%v1472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1474 = llvm.load %v1473 : !llvm.ptr -> f32
                %v1475 = arith.mulf %v1474, %v1327 fastmath<contract> : f32
                %v1476 = arith.addf %v1467, %v1475 fastmath<contract> : f32
                llvm.store %v1476, %v842 : f32, !llvm.ptr
                %v1477 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1338) : (f32) -> f32
                %v1478 = arith.mulf %v292, %v1477 fastmath<contract> : f32
                %v1479 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1478) : (f32) -> f32
                llvm.store %v1479, %v51 : f32, !llvm.ptr
                %v1480 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1359) : (f32) -> f32
                %v1481 = arith.mulf %v292, %v1480 fastmath<contract> : f32
                %v1482 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1481) : (f32) -> f32
                llvm.store %v1482, %v52 : f32, !llvm.ptr
                %v1483 = llvm.load %v842 : !llvm.ptr -> f32
                %v1484 = arith.addi %v358, %v611 : i64
                %v1486 = arith.cmpi slt, %v1485, %v853 : i32
                %v1487 = arith.cmpi eq, %v1485, %v859 : i32
                %v1488 = arith.addi %v360, %v80 : i64
                llvm.store %v65, %v842 : f32, !llvm.ptr
                %v1489 = arith.addi %v134, %v1484 : i64
                %v1490 = arith.muli %v33, %v163 : i64
                %v1491 = arith.subi %v1489, %v134 : i64
                %v1492 = arith.addi %v1490, %v1491 : i64
                %v1493 = llvm.getelementptr %v60[%v1492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1494 = llvm.load %v1493 : !llvm.ptr -> f32
                %v1495 = arith.muli %v47, %v302 : i64
                %v1496 = arith.muli %v1489, %v301 : i64
                %v1497 = arith.addi %v1495, %v1496 : i64
                %v1498 = arith.muli %v45, %size_DV : i64
                %v1499 = arith.addi %v1497, %v1498 : i64
                %v1500 = arith.addi %v1499, %v43 : i64
                %v1501 = llvm.getelementptr %dy_o[%v1500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1502 = llvm.load %v1501 : !llvm.ptr -> f32
                %v1503 = arith.mulf %v1494, %v1502 fastmath<contract> : f32
                %v1504 = llvm.load %v49 : !llvm.ptr -> f32
                %v1505 = llvm.load %v51 : !llvm.ptr -> f32
                %v1506 = arith.mulf %v1505, %v1504 fastmath<contract> : f32
                %v1507 = arith.addf %v1503, %v1506 fastmath<contract> : f32
                llvm.store %v1507, %v49 : f32, !llvm.ptr
                %v1508 = arith.constant 8 : i64
                %v1509 = arith.addi %v1508, %v33 : i64
                %v1510 = arith.muli %v1509, %v163 : i64
                %v1511 = arith.subi %v1489, %v134 : i64
                %v1512 = arith.addi %v1510, %v1511 : i64
                %v1513 = llvm.getelementptr %v60[%v1512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1514 = llvm.load %v1513 : !llvm.ptr -> f32
                %v1515 = arith.mulf %v1514, %v1502 fastmath<contract> : f32
                %v1516 = llvm.load %v50 : !llvm.ptr -> f32
                %v1517 = llvm.load %v52 : !llvm.ptr -> f32
                %v1518 = arith.mulf %v1517, %v1516 fastmath<contract> : f32
                %v1519 = arith.addf %v1515, %v1518 fastmath<contract> : f32
                llvm.store %v1519, %v50 : f32, !llvm.ptr
                %v1520 = arith.mulf %v643, %v1502 fastmath<contract> : f32
                %v1521 = arith.mulf %v668, %v1502 fastmath<contract> : f32
                %v1522 = arith.muli %v47, %v302 : i64
                %v1523 = arith.muli %v1489, %v301 : i64
                %v1524 = arith.addi %v1522, %v1523 : i64
                %v1525 = arith.muli %v45, %size_DV : i64
                %v1526 = arith.addi %v1524, %v1525 : i64
                %v1527 = arith.addi %v1526, %v43 : i64
                %v1528 = llvm.getelementptr %in_v[%v1527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1529 = llvm.load %v1528 : !llvm.ptr -> f32
                %v1530 = llvm.load %v49 : !llvm.ptr -> f32
                %v1531 = arith.mulf %v1529, %v1530 fastmath<contract> : f32
                %v1532 = llvm.load %v50 : !llvm.ptr -> f32
                %v1533 = arith.mulf %v1529, %v1532 fastmath<contract> : f32
                %v1534 = arith.muli %v33, %v163 : i64
                %v1535 = arith.subi %v1489, %v134 : i64
                %v1536 = arith.addi %v1534, %v1535 : i64
                %v1537 = llvm.getelementptr %v64[%v1536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1538 = llvm.load %v1537 : !llvm.ptr -> f32
                %v1539 = arith.negf %v1538 : f32
                %v1540 = arith.mulf %v1539, %v287 fastmath<contract> : f32
                %v1541 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1540) : (f32) -> f32
                %v1542 = arith.addf %v66, %v1541 fastmath<contract> : f32
                %v1543 = arith.divf %v66, %v1542 : f32
                %v1544 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1543) : (f32) -> f32
                %v1545 = arith.mulf %v919, %v1544 fastmath<contract> : f32
                %v1546 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1545) : (f32) -> f32
                %v1547 = arith.mulf %v585, %v1530 fastmath<contract> : f32
                %v1548 = arith.mulf %v292, %v1547 fastmath<contract> : f32
                %v1549 = arith.mulf %v1546, %v1548 fastmath<contract> : f32
                %v1550 = arith.subf %v66, %v1543 fastmath<contract> : f32
                %v1551 = arith.mulf %v1543, %v1550 fastmath<contract> : f32
                %v1552 = arith.mulf %v1549, %v1551 fastmath<contract> : f32
                %v1553 = arith.constant 8 : i64
                %v1554 = arith.addi %v1553, %v33 : i64
                %v1555 = arith.muli %v1554, %v163 : i64
                %v1556 = arith.subi %v1489, %v134 : i64
                %v1557 = arith.addi %v1555, %v1556 : i64
                %v1558 = llvm.getelementptr %v64[%v1557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1559 = llvm.load %v1558 : !llvm.ptr -> f32
                %v1560 = arith.negf %v1559 : f32
                %v1561 = arith.mulf %v1560, %v287 fastmath<contract> : f32
                %v1562 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1561) : (f32) -> f32
                %v1563 = arith.addf %v66, %v1562 fastmath<contract> : f32
                %v1564 = arith.divf %v66, %v1563 : f32
                %v1565 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1564) : (f32) -> f32
                %v1566 = arith.mulf %v919, %v1565 fastmath<contract> : f32
                %v1567 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1566) : (f32) -> f32
                %v1568 = arith.mulf %v610, %v1532 fastmath<contract> : f32
                %v1569 = arith.mulf %v292, %v1568 fastmath<contract> : f32
                %v1570 = arith.mulf %v1567, %v1569 fastmath<contract> : f32
                %v1571 = arith.subf %v66, %v1564 fastmath<contract> : f32
                %v1572 = arith.mulf %v1564, %v1571 fastmath<contract> : f32
                %v1573 = arith.mulf %v1570, %v1572 fastmath<contract> : f32
                %v1574 = arith.select %v37, %v1520, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1575, %v1576 = gpu.shuffle xor %v1574, %v951, %v277 : f32
                %v1577 = arith.addf %v1574, %v1575 fastmath<contract> : f32
                %v1578, %v1579 = gpu.shuffle xor %v1577, %v955, %v277 : f32
                %v1580 = arith.addf %v1577, %v1578 fastmath<contract> : f32
                %v1581 = arith.divui %v23, %v25 : i64
                %v1582 = arith.remui %v23, %v25 : i64
                %v1583 = arith.cmpi ult, %v1582, %v32 : i64
                %v1584 = arith.muli %v1581, %v1 : i64
                %v1585 = arith.addi %v1584, %v33 : i64
                %v1586 = arith.muli %v1585, %v964 : i64
                %v1587 = arith.addi %v1586, %v1488 : i64
                scf.if %v1583 {
                  %v1588 = llvm.getelementptr %v54[%v1587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1580, %v1588 : f32, !llvm.ptr
                }
                %v1589 = arith.select %v37, %v1521, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1590, %v1591 = gpu.shuffle xor %v1589, %v951, %v277 : f32
                %v1592 = arith.addf %v1589, %v1590 fastmath<contract> : f32
                %v1593, %v1594 = gpu.shuffle xor %v1592, %v955, %v277 : f32
                %v1595 = arith.addf %v1592, %v1593 fastmath<contract> : f32
                %v1596 = arith.divui %v23, %v25 : i64
                %v1597 = arith.remui %v23, %v25 : i64
                %v1598 = arith.cmpi ult, %v1597, %v32 : i64
                %v1599 = arith.addi %v32, %v33 : i64
                %v1600 = arith.muli %v1596, %v1 : i64
                %v1601 = arith.addi %v1600, %v1599 : i64
                %v1602 = arith.muli %v1601, %v964 : i64
                %v1603 = arith.addi %v1602, %v1488 : i64
                scf.if %v1598 {
                  %v1604 = llvm.getelementptr %v54[%v1603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1595, %v1604 : f32, !llvm.ptr
                }
                %v1605 = arith.select %v37, %v1531, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1606, %v1607 = gpu.shuffle xor %v1605, %v951, %v277 : f32
                %v1608 = arith.addf %v1605, %v1606 fastmath<contract> : f32
                %v1609, %v1610 = gpu.shuffle xor %v1608, %v955, %v277 : f32
                %v1611 = arith.addf %v1608, %v1609 fastmath<contract> : f32
                %v1612 = arith.divui %v23, %v25 : i64
                %v1613 = arith.remui %v23, %v25 : i64
                %v1614 = arith.cmpi ult, %v1613, %v32 : i64
                %v1615 = arith.muli %v1612, %v1 : i64
                %v1616 = arith.addi %v1615, %v33 : i64
                %v1617 = arith.muli %v1616, %v964 : i64
                %v1618 = arith.addi %v1617, %v1488 : i64
                scf.if %v1614 {
                  %v1619 = llvm.getelementptr %v56[%v1618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1611, %v1619 : f32, !llvm.ptr
                }
                %v1620 = arith.select %v37, %v1533, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1621, %v1622 = gpu.shuffle xor %v1620, %v951, %v277 : f32
                %v1623 = arith.addf %v1620, %v1621 fastmath<contract> : f32
                %v1624, %v1625 = gpu.shuffle xor %v1623, %v955, %v277 : f32
                %v1626 = arith.addf %v1623, %v1624 fastmath<contract> : f32
                %v1627 = arith.divui %v23, %v25 : i64
                %v1628 = arith.remui %v23, %v25 : i64
                %v1629 = arith.cmpi ult, %v1628, %v32 : i64
                %v1630 = arith.addi %v32, %v33 : i64
                %v1631 = arith.muli %v1627, %v1 : i64
                %v1632 = arith.addi %v1631, %v1630 : i64
                %v1633 = arith.muli %v1632, %v964 : i64
                %v1634 = arith.addi %v1633, %v1488 : i64
                scf.if %v1629 {
                  %v1635 = llvm.getelementptr %v56[%v1634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1626, %v1635 : f32, !llvm.ptr
                }
                %v1636 = arith.select %v37, %v1552, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1637, %v1638 = gpu.shuffle xor %v1636, %v951, %v277 : f32
                %v1639 = arith.addf %v1636, %v1637 fastmath<contract> : f32
                %v1640, %v1641 = gpu.shuffle xor %v1639, %v955, %v277 : f32
                %v1642 = arith.addf %v1639, %v1640 fastmath<contract> : f32
                %v1643 = arith.divui %v23, %v25 : i64
                %v1644 = arith.remui %v23, %v25 : i64
                %v1645 = arith.cmpi ult, %v1644, %v32 : i64
                %v1646 = arith.muli %v1643, %v1 : i64
                %v1647 = arith.addi %v1646, %v33 : i64
                %v1648 = arith.muli %v1647, %v964 : i64
                %v1649 = arith.addi %v1648, %v1488 : i64
                scf.if %v1645 {
                  %v1650 = llvm.getelementptr %v58[%v1649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1642, %v1650 : f32, !llvm.ptr
                }
                %v1651 = arith.select %v37, %v1573, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1652, %v1653 = gpu.shuffle xor %v1651, %v951, %v277 : f32
                %v1654 = arith.addf %v1651, %v1652 fastmath<contract> : f32
                %v1655, %v1656 = gpu.shuffle xor %v1654, %v955, %v277 : f32
                %v1657 = arith.addf %v1654, %v1655 fastmath<contract> : f32
                %v1658 = arith.divui %v23, %v25 : i64
                %v1659 = arith.remui %v23, %v25 : i64
                %v1660 = arith.cmpi ult, %v1659, %v32 : i64
                %v1661 = arith.addi %v32, %v33 : i64
                %v1662 = arith.muli %v1658, %v1 : i64
                %v1663 = arith.addi %v1662, %v1661 : i64
                %v1664 = arith.muli %v1663, %v964 : i64
                %v1665 = arith.addi %v1664, %v1488 : i64
                scf.if %v1660 {
                  %v1666 = llvm.getelementptr %v58[%v1665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1657, %v1666 : f32, !llvm.ptr
                }
                %v1667 = arith.muli %v33, %v163 : i64
                %v1668 = arith.subi %v1489, %v134 : i64
                %v1669 = arith.addi %v1667, %v1668 : i64
                %v1670 = llvm.getelementptr %v62[%v1669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1671 = llvm.load %v1670 : !llvm.ptr -> f32
                %v1672 = arith.mulf %v1671, %v1530 fastmath<contract> : f32
                %v1673 = arith.constant 8 : i64
                %v1674 = arith.addi %v1673, %v33 : i64
                %v1675 = arith.muli %v1674, %v163 : i64
                %v1676 = arith.subi %v1489, %v134 : i64
                %v1677 = arith.addi %v1675, %v1676 : i64
                %v1678 = llvm.getelementptr %v62[%v1677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1679 = llvm.load %v1678 : !llvm.ptr -> f32
                %v1680 = arith.mulf %v1679, %v1532 fastmath<contract> : f32
                %v1681 = arith.addf %v1672, %v1680 fastmath<contract> : f32
                llvm.store %v1681, %v842 : f32, !llvm.ptr
                %v1682 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1543) : (f32) -> f32
                %v1683 = arith.mulf %v292, %v1682 fastmath<contract> : f32
                %v1684 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1683) : (f32) -> f32
                llvm.store %v1684, %v51 : f32, !llvm.ptr
                %v1685 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1564) : (f32) -> f32
                %v1686 = arith.mulf %v292, %v1685 fastmath<contract> : f32
                %v1687 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1686) : (f32) -> f32
                llvm.store %v1687, %v52 : f32, !llvm.ptr
                %v1688 = llvm.load %v842 : !llvm.ptr -> f32
                %v1689 = arith.select %v845, %v1688, %v1483 : f32
                %v1690 = arith.select %v845, %v1483, %v1688 : f32
                %v1691, %v1692 = gpu.shuffle xor %v1689, %v1275, %v277 : f32
                %v1693 = arith.addf %v1690, %v1691 fastmath<contract> : f32
                %v1694 = arith.select %v848, %v1693, %v1278 : f32
                %v1695 = arith.select %v848, %v1278, %v1693 : f32
                %v1697, %v1698 = gpu.shuffle xor %v1694, %v1696, %v277 : f32
                %v1699 = arith.addf %v1695, %v1697 fastmath<contract> : f32
                %v1700 = arith.addi %v358, %v80 : i64
                %v1702 = arith.cmpi slt, %v1701, %v853 : i32
                %v1703 = arith.cmpi eq, %v1701, %v859 : i32
                %v1704 = arith.addi %v360, %v611 : i64
                llvm.store %v65, %v842 : f32, !llvm.ptr
                %v1705 = arith.addi %v134, %v1700 : i64
                %v1706 = arith.muli %v33, %v163 : i64
                %v1707 = arith.subi %v1705, %v134 : i64
                %v1708 = arith.addi %v1706, %v1707 : i64
                %v1709 = llvm.getelementptr %v60[%v1708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1710 = llvm.load %v1709 : !llvm.ptr -> f32
                %v1711 = arith.muli %v47, %v302 : i64
                %v1712 = arith.muli %v1705, %v301 : i64
                %v1713 = arith.addi %v1711, %v1712 : i64
                %v1714 = arith.muli %v45, %size_DV : i64
                %v1715 = arith.addi %v1713, %v1714 : i64
                %v1716 = arith.addi %v1715, %v43 : i64
                %v1717 = llvm.getelementptr %dy_o[%v1716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1718 = llvm.load %v1717 : !llvm.ptr -> f32
                %v1719 = arith.mulf %v1710, %v1718 fastmath<contract> : f32
                %v1720 = llvm.load %v49 : !llvm.ptr -> f32
                %v1721 = llvm.load %v51 : !llvm.ptr -> f32
                %v1722 = arith.mulf %v1721, %v1720 fastmath<contract> : f32
                %v1723 = arith.addf %v1719, %v1722 fastmath<contract> : f32
                llvm.store %v1723, %v49 : f32, !llvm.ptr
                %v1724 = arith.constant 8 : i64
                %v1725 = arith.addi %v1724, %v33 : i64
                %v1726 = arith.muli %v1725, %v163 : i64
                %v1727 = arith.subi %v1705, %v134 : i64
                %v1728 = arith.addi %v1726, %v1727 : i64
                %v1729 = llvm.getelementptr %v60[%v1728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1730 = llvm.load %v1729 : !llvm.ptr -> f32
                %v1731 = arith.mulf %v1730, %v1718 fastmath<contract> : f32
                %v1732 = llvm.load %v50 : !llvm.ptr -> f32
                %v1733 = llvm.load %v52 : !llvm.ptr -> f32
                %v1734 = arith.mulf %v1733, %v1732 fastmath<contract> : f32
                %v1735 = arith.addf %v1731, %v1734 fastmath<contract> : f32
                llvm.store %v1735, %v50 : f32, !llvm.ptr
                %v1736 = arith.mulf %v585, %v1718 fastmath<contract> : f32
                %v1737 = arith.mulf %v610, %v1718 fastmath<contract> : f32
                %v1738 = arith.muli %v47, %v302 : i64
                %v1739 = arith.muli %v1705, %v301 : i64
                %v1740 = arith.addi %v1738, %v1739 : i64
                %v1741 = arith.muli %v45, %size_DV : i64
                %v1742 = arith.addi %v1740, %v1741 : i64
                %v1743 = arith.addi %v1742, %v43 : i64
                %v1744 = llvm.getelementptr %in_v[%v1743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1745 = llvm.load %v1744 : !llvm.ptr -> f32
                %v1746 = llvm.load %v49 : !llvm.ptr -> f32
                %v1747 = arith.mulf %v1745, %v1746 fastmath<contract> : f32
                %v1748 = llvm.load %v50 : !llvm.ptr -> f32
                %v1749 = arith.mulf %v1745, %v1748 fastmath<contract> : f32
                %v1750 = arith.muli %v33, %v163 : i64
                %v1751 = arith.subi %v1705, %v134 : i64
                %v1752 = arith.addi %v1750, %v1751 : i64
                %v1753 = llvm.getelementptr %v64[%v1752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1754 = llvm.load %v1753 : !llvm.ptr -> f32
                %v1755 = arith.negf %v1754 : f32
                %v1756 = arith.mulf %v1755, %v287 fastmath<contract> : f32
                %v1757 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1756) : (f32) -> f32
                %v1758 = arith.addf %v66, %v1757 fastmath<contract> : f32
                %v1759 = arith.divf %v66, %v1758 : f32
                %v1760 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1759) : (f32) -> f32
                %v1761 = arith.mulf %v919, %v1760 fastmath<contract> : f32
                %v1762 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1761) : (f32) -> f32
                %v1763 = arith.mulf %v528, %v1746 fastmath<contract> : f32
                %v1764 = arith.mulf %v292, %v1763 fastmath<contract> : f32
                %v1765 = arith.mulf %v1762, %v1764 fastmath<contract> : f32
                %v1766 = arith.subf %v66, %v1759 fastmath<contract> : f32
                %v1767 = arith.mulf %v1759, %v1766 fastmath<contract> : f32
                %v1768 = arith.mulf %v1765, %v1767 fastmath<contract> : f32
                %v1769 = arith.constant 8 : i64
                %v1770 = arith.addi %v1769, %v33 : i64
                %v1771 = arith.muli %v1770, %v163 : i64
                %v1772 = arith.subi %v1705, %v134 : i64
                %v1773 = arith.addi %v1771, %v1772 : i64
                %v1774 = llvm.getelementptr %v64[%v1773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1775 = llvm.load %v1774 : !llvm.ptr -> f32
                %v1776 = arith.negf %v1775 : f32
                %v1777 = arith.mulf %v1776, %v287 fastmath<contract> : f32
                %v1778 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1777) : (f32) -> f32
                %v1779 = arith.addf %v66, %v1778 fastmath<contract> : f32
                %v1780 = arith.divf %v66, %v1779 : f32
                %v1781 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1780) : (f32) -> f32
                %v1782 = arith.mulf %v919, %v1781 fastmath<contract> : f32
                %v1783 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1782) : (f32) -> f32
                %v1784 = arith.mulf %v553, %v1748 fastmath<contract> : f32
                %v1785 = arith.mulf %v292, %v1784 fastmath<contract> : f32
                %v1786 = arith.mulf %v1783, %v1785 fastmath<contract> : f32
                %v1787 = arith.subf %v66, %v1780 fastmath<contract> : f32
                %v1788 = arith.mulf %v1780, %v1787 fastmath<contract> : f32
                %v1789 = arith.mulf %v1786, %v1788 fastmath<contract> : f32
                %v1790 = arith.select %v37, %v1736, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1791, %v1792 = gpu.shuffle xor %v1790, %v951, %v277 : f32
                %v1793 = arith.addf %v1790, %v1791 fastmath<contract> : f32
                %v1794, %v1795 = gpu.shuffle xor %v1793, %v955, %v277 : f32
                %v1796 = arith.addf %v1793, %v1794 fastmath<contract> : f32
                %v1797 = arith.divui %v23, %v25 : i64
                %v1798 = arith.remui %v23, %v25 : i64
                %v1799 = arith.cmpi ult, %v1798, %v32 : i64
                %v1800 = arith.muli %v1797, %v1 : i64
                %v1801 = arith.addi %v1800, %v33 : i64
                %v1802 = arith.muli %v1801, %v964 : i64
                %v1803 = arith.addi %v1802, %v1704 : i64
                scf.if %v1799 {
                  %v1804 = llvm.getelementptr %v54[%v1803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1796, %v1804 : f32, !llvm.ptr
                }
                %v1805 = arith.select %v37, %v1737, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1806, %v1807 = gpu.shuffle xor %v1805, %v951, %v277 : f32
                %v1808 = arith.addf %v1805, %v1806 fastmath<contract> : f32
                %v1809, %v1810 = gpu.shuffle xor %v1808, %v955, %v277 : f32
                %v1811 = arith.addf %v1808, %v1809 fastmath<contract> : f32
                %v1812 = arith.divui %v23, %v25 : i64
                %v1813 = arith.remui %v23, %v25 : i64
                %v1814 = arith.cmpi ult, %v1813, %v32 : i64
                %v1815 = arith.addi %v32, %v33 : i64
                %v1816 = arith.muli %v1812, %v1 : i64
                %v1817 = arith.addi %v1816, %v1815 : i64
                %v1818 = arith.muli %v1817, %v964 : i64
                %v1819 = arith.addi %v1818, %v1704 : i64
                scf.if %v1814 {
                  %v1820 = llvm.getelementptr %v54[%v1819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1811, %v1820 : f32, !llvm.ptr
                }
                %v1821 = arith.select %v37, %v1747, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1822, %v1823 = gpu.shuffle xor %v1821, %v951, %v277 : f32
                %v1824 = arith.addf %v1821, %v1822 fastmath<contract> : f32
                %v1825, %v1826 = gpu.shuffle xor %v1824, %v955, %v277 : f32
                %v1827 = arith.addf %v1824, %v1825 fastmath<contract> : f32
                %v1828 = arith.divui %v23, %v25 : i64
                %v1829 = arith.remui %v23, %v25 : i64
                %v1830 = arith.cmpi ult, %v1829, %v32 : i64
                %v1831 = arith.muli %v1828, %v1 : i64
                %v1832 = arith.addi %v1831, %v33 : i64
                %v1833 = arith.muli %v1832, %v964 : i64
                %v1834 = arith.addi %v1833, %v1704 : i64
                scf.if %v1830 {
                  %v1835 = llvm.getelementptr %v56[%v1834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1827, %v1835 : f32, !llvm.ptr
                }
                %v1836 = arith.select %v37, %v1749, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1837, %v1838 = gpu.shuffle xor %v1836, %v951, %v277 : f32
                %v1839 = arith.addf %v1836, %v1837 fastmath<contract> : f32
                %v1840, %v1841 = gpu.shuffle xor %v1839, %v955, %v277 : f32
                %v1842 = arith.addf %v1839, %v1840 fastmath<contract> : f32
                %v1843 = arith.divui %v23, %v25 : i64
                %v1844 = arith.remui %v23, %v25 : i64
                %v1845 = arith.cmpi ult, %v1844, %v32 : i64
                %v1846 = arith.addi %v32, %v33 : i64
                %v1847 = arith.muli %v1843, %v1 : i64
                %v1848 = arith.addi %v1847, %v1846 : i64
                %v1849 = arith.muli %v1848, %v964 : i64
                %v1850 = arith.addi %v1849, %v1704 : i64
                scf.if %v1845 {
                  %v1851 = llvm.getelementptr %v56[%v1850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1842, %v1851 : f32, !llvm.ptr
                }
                %v1852 = arith.select %v37, %v1768, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1853, %v1854 = gpu.shuffle xor %v1852, %v951, %v277 : f32
                %v1855 = arith.addf %v1852, %v1853 fastmath<contract> : f32
                %v1856, %v1857 = gpu.shuffle xor %v1855, %v955, %v277 : f32
                %v1858 = arith.addf %v1855, %v1856 fastmath<contract> : f32
                %v1859 = arith.divui %v23, %v25 : i64
                %v1860 = arith.remui %v23, %v25 : i64
                %v1861 = arith.cmpi ult, %v1860, %v32 : i64
                %v1862 = arith.muli %v1859, %v1 : i64
                %v1863 = arith.addi %v1862, %v33 : i64
                %v1864 = arith.muli %v1863, %v964 : i64
                %v1865 = arith.addi %v1864, %v1704 : i64
                scf.if %v1861 {
                  %v1866 = llvm.getelementptr %v58[%v1865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1858, %v1866 : f32, !llvm.ptr
                }
                %v1867 = arith.select %v37, %v1789, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1868, %v1869 = gpu.shuffle xor %v1867, %v951, %v277 : f32
                %v1870 = arith.addf %v1867, %v1868 fastmath<contract> : f32
                %v1871, %v1872 = gpu.shuffle xor %v1870, %v955, %v277 : f32
                %v1873 = arith.addf %v1870, %v1871 fastmath<contract> : f32
                %v1874 = arith.divui %v23, %v25 : i64
                %v1875 = arith.remui %v23, %v25 : i64
                %v1876 = arith.cmpi ult, %v1875, %v32 : i64
                %v1877 = arith.addi %v32, %v33 : i64
                %v1878 = arith.muli %v1874, %v1 : i64
                %v1879 = arith.addi %v1878, %v1877 : i64
                %v1880 = arith.muli %v1879, %v964 : i64
                %v1881 = arith.addi %v1880, %v1704 : i64
                scf.if %v1876 {
                  %v1882 = llvm.getelementptr %v58[%v1881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1873, %v1882 : f32, !llvm.ptr
                }
                %v1883 = arith.muli %v33, %v163 : i64
                %v1884 = arith.subi %v1705, %v134 : i64
                %v1885 = arith.addi %v1883, %v1884 : i64
                %v1886 = llvm.getelementptr %v62[%v1885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1887 = llvm.load %v1886 : !llvm.ptr -> f32
                %v1888 = arith.mulf %v1887, %v1746 fastmath<contract> : f32
                %v1889 = arith.constant 8 : i64
                %v1890 = arith.addi %v1889, %v33 : i64
                %v1891 = arith.muli %v1890, %v163 : i64
                %v1892 = arith.subi %v1705, %v134 : i64
                %v1893 = arith.addi %v1891, %v1892 : i64
                %v1894 = llvm.getelementptr %v62[%v1893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1895 = llvm.load %v1894 : !llvm.ptr -> f32
                %v1896 = arith.mulf %v1895, %v1748 fastmath<contract> : f32
                %v1897 = arith.addf %v1888, %v1896 fastmath<contract> : f32
                llvm.store %v1897, %v842 : f32, !llvm.ptr
                %v1898 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1759) : (f32) -> f32
                %v1899 = arith.mulf %v292, %v1898 fastmath<contract> : f32
                %v1900 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1899) : (f32) -> f32
                llvm.store %v1900, %v51 : f32, !llvm.ptr
                %v1901 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1780) : (f32) -> f32
                %v1902 = arith.mulf %v292, %v1901 fastmath<contract> : f32
                %v1903 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1902) : (f32) -> f32
                llvm.store %v1903, %v52 : f32, !llvm.ptr
                %v1904 = llvm.load %v842 : !llvm.ptr -> f32
                %v1905 = arith.addi %v358, %v75 : i64
                %v1906 = arith.cmpi slt, %v1696, %v853 : i32
                %v1907 = arith.cmpi eq, %v1696, %v859 : i32
                %v1908 = arith.addi %v360, %v669 : i64
                llvm.store %v65, %v842 : f32, !llvm.ptr
                %v1909 = arith.addi %v134, %v1905 : i64
                %v1910 = arith.muli %v33, %v163 : i64
                %v1911 = arith.subi %v1909, %v134 : i64
                %v1912 = arith.addi %v1910, %v1911 : i64
                %v1913 = llvm.getelementptr %v60[%v1912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1914 = llvm.load %v1913 : !llvm.ptr -> f32
                %v1915 = arith.muli %v47, %v302 : i64
                %v1916 = arith.muli %v1909, %v301 : i64
                %v1917 = arith.addi %v1915, %v1916 : i64
                %v1918 = arith.muli %v45, %size_DV : i64
                %v1919 = arith.addi %v1917, %v1918 : i64
                %v1920 = arith.addi %v1919, %v43 : i64
                %v1921 = llvm.getelementptr %dy_o[%v1920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1922 = llvm.load %v1921 : !llvm.ptr -> f32
                %v1923 = arith.mulf %v1914, %v1922 fastmath<contract> : f32
                %v1924 = llvm.load %v49 : !llvm.ptr -> f32
                %v1925 = llvm.load %v51 : !llvm.ptr -> f32
                %v1926 = arith.mulf %v1925, %v1924 fastmath<contract> : f32
                %v1927 = arith.addf %v1923, %v1926 fastmath<contract> : f32
                llvm.store %v1927, %v49 : f32, !llvm.ptr
                %v1928 = arith.constant 8 : i64
                %v1929 = arith.addi %v1928, %v33 : i64
                %v1930 = arith.muli %v1929, %v163 : i64
                %v1931 = arith.subi %v1909, %v134 : i64
                %v1932 = arith.addi %v1930, %v1931 : i64
                %v1933 = llvm.getelementptr %v60[%v1932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1934 = llvm.load %v1933 : !llvm.ptr -> f32
                %v1935 = arith.mulf %v1934, %v1922 fastmath<contract> : f32
                %v1936 = llvm.load %v50 : !llvm.ptr -> f32
                %v1937 = llvm.load %v52 : !llvm.ptr -> f32
                %v1938 = arith.mulf %v1937, %v1936 fastmath<contract> : f32
                %v1939 = arith.addf %v1935, %v1938 fastmath<contract> : f32
                llvm.store %v1939, %v50 : f32, !llvm.ptr
                %v1940 = arith.mulf %v528, %v1922 fastmath<contract> : f32
                %v1941 = arith.mulf %v553, %v1922 fastmath<contract> : f32
                %v1942 = arith.muli %v47, %v302 : i64
                %v1943 = arith.muli %v1909, %v301 : i64
                %v1944 = arith.addi %v1942, %v1943 : i64
                %v1945 = arith.muli %v45, %size_DV : i64
                %v1946 = arith.addi %v1944, %v1945 : i64
                %v1947 = arith.addi %v1946, %v43 : i64
                %v1948 = llvm.getelementptr %in_v[%v1947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1949 = llvm.load %v1948 : !llvm.ptr -> f32
                %v1950 = llvm.load %v49 : !llvm.ptr -> f32
                %v1951 = arith.mulf %v1949, %v1950 fastmath<contract> : f32
                %v1952 = llvm.load %v50 : !llvm.ptr -> f32
                %v1953 = arith.mulf %v1949, %v1952 fastmath<contract> : f32
                %v1954 = arith.muli %v33, %v163 : i64
                %v1955 = arith.subi %v1909, %v134 : i64
                %v1956 = arith.addi %v1954, %v1955 : i64
                %v1957 = llvm.getelementptr %v64[%v1956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1958 = llvm.load %v1957 : !llvm.ptr -> f32
                %v1959 = arith.negf %v1958 : f32
                %v1960 = arith.mulf %v1959, %v287 fastmath<contract> : f32
                %v1961 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1960) : (f32) -> f32
                %v1962 = arith.addf %v66, %v1961 fastmath<contract> : f32
                %v1963 = arith.divf %v66, %v1962 : f32
                %v1964 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1963) : (f32) -> f32
                %v1965 = arith.mulf %v919, %v1964 fastmath<contract> : f32
                %v1966 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1965) : (f32) -> f32
                %v1967 = arith.mulf %v471, %v1950 fastmath<contract> : f32
                %v1968 = arith.mulf %v292, %v1967 fastmath<contract> : f32
                %v1969 = arith.mulf %v1966, %v1968 fastmath<contract> : f32
                %v1970 = arith.subf %v66, %v1963 fastmath<contract> : f32
                %v1971 = arith.mulf %v1963, %v1970 fastmath<contract> : f32
                %v1972 = arith.mulf %v1969, %v1971 fastmath<contract> : f32
                %v1973 = arith.constant 8 : i64
                %v1974 = arith.addi %v1973, %v33 : i64
                %v1975 = arith.muli %v1974, %v163 : i64
                %v1976 = arith.subi %v1909, %v134 : i64
                %v1977 = arith.addi %v1975, %v1976 : i64
                %v1978 = llvm.getelementptr %v64[%v1977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1979 = llvm.load %v1978 : !llvm.ptr -> f32
                %v1980 = arith.negf %v1979 : f32
                %v1981 = arith.mulf %v1980, %v287 fastmath<contract> : f32
                %v1982 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1981) : (f32) -> f32
                %v1983 = arith.addf %v66, %v1982 fastmath<contract> : f32
                %v1984 = arith.divf %v66, %v1983 : f32
                %v1985 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1984) : (f32) -> f32
                %v1986 = arith.mulf %v919, %v1985 fastmath<contract> : f32
                %v1987 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1986) : (f32) -> f32
                %v1988 = arith.mulf %v496, %v1952 fastmath<contract> : f32
                %v1989 = arith.mulf %v292, %v1988 fastmath<contract> : f32
                %v1990 = arith.mulf %v1987, %v1989 fastmath<contract> : f32
                %v1991 = arith.subf %v66, %v1984 fastmath<contract> : f32
                %v1992 = arith.mulf %v1984, %v1991 fastmath<contract> : f32
                %v1993 = arith.mulf %v1990, %v1992 fastmath<contract> : f32
                %v1994 = arith.select %v37, %v1940, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v1995, %v1996 = gpu.shuffle xor %v1994, %v951, %v277 : f32
                %v1997 = arith.addf %v1994, %v1995 fastmath<contract> : f32
                %v1998, %v1999 = gpu.shuffle xor %v1997, %v955, %v277 : f32
                %v2000 = arith.addf %v1997, %v1998 fastmath<contract> : f32
                %v2001 = arith.divui %v23, %v25 : i64
                %v2002 = arith.remui %v23, %v25 : i64
                %v2003 = arith.cmpi ult, %v2002, %v32 : i64
                %v2004 = arith.muli %v2001, %v1 : i64
                %v2005 = arith.addi %v2004, %v33 : i64
                %v2006 = arith.muli %v2005, %v964 : i64
                %v2007 = arith.addi %v2006, %v1908 : i64
                scf.if %v2003 {
                  %v2008 = llvm.getelementptr %v54[%v2007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2000, %v2008 : f32, !llvm.ptr
                }
                %v2009 = arith.select %v37, %v1941, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v2010, %v2011 = gpu.shuffle xor %v2009, %v951, %v277 : f32
                %v2012 = arith.addf %v2009, %v2010 fastmath<contract> : f32
                %v2013, %v2014 = gpu.shuffle xor %v2012, %v955, %v277 : f32
                %v2015 = arith.addf %v2012, %v2013 fastmath<contract> : f32
                %v2016 = arith.divui %v23, %v25 : i64
                %v2017 = arith.remui %v23, %v25 : i64
                %v2018 = arith.cmpi ult, %v2017, %v32 : i64
                %v2019 = arith.addi %v32, %v33 : i64
                %v2020 = arith.muli %v2016, %v1 : i64
                %v2021 = arith.addi %v2020, %v2019 : i64
                %v2022 = arith.muli %v2021, %v964 : i64
                %v2023 = arith.addi %v2022, %v1908 : i64
                scf.if %v2018 {
                  %v2024 = llvm.getelementptr %v54[%v2023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2015, %v2024 : f32, !llvm.ptr
                }
                %v2025 = arith.select %v37, %v1951, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v2026, %v2027 = gpu.shuffle xor %v2025, %v951, %v277 : f32
                %v2028 = arith.addf %v2025, %v2026 fastmath<contract> : f32
                %v2029, %v2030 = gpu.shuffle xor %v2028, %v955, %v277 : f32
                %v2031 = arith.addf %v2028, %v2029 fastmath<contract> : f32
                %v2032 = arith.divui %v23, %v25 : i64
                %v2033 = arith.remui %v23, %v25 : i64
                %v2034 = arith.cmpi ult, %v2033, %v32 : i64
                %v2035 = arith.muli %v2032, %v1 : i64
                %v2036 = arith.addi %v2035, %v33 : i64
                %v2037 = arith.muli %v2036, %v964 : i64
                %v2038 = arith.addi %v2037, %v1908 : i64
                scf.if %v2034 {
                  %v2039 = llvm.getelementptr %v56[%v2038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2031, %v2039 : f32, !llvm.ptr
                }
                %v2040 = arith.select %v37, %v1953, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v2041, %v2042 = gpu.shuffle xor %v2040, %v951, %v277 : f32
                %v2043 = arith.addf %v2040, %v2041 fastmath<contract> : f32
                %v2044, %v2045 = gpu.shuffle xor %v2043, %v955, %v277 : f32
                %v2046 = arith.addf %v2043, %v2044 fastmath<contract> : f32
                %v2047 = arith.divui %v23, %v25 : i64
                %v2048 = arith.remui %v23, %v25 : i64
                %v2049 = arith.cmpi ult, %v2048, %v32 : i64
                %v2050 = arith.addi %v32, %v33 : i64
                %v2051 = arith.muli %v2047, %v1 : i64
                %v2052 = arith.addi %v2051, %v2050 : i64
                %v2053 = arith.muli %v2052, %v964 : i64
                %v2054 = arith.addi %v2053, %v1908 : i64
                scf.if %v2049 {
                  %v2055 = llvm.getelementptr %v56[%v2054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2046, %v2055 : f32, !llvm.ptr
                }
                %v2056 = arith.select %v37, %v1972, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v2057, %v2058 = gpu.shuffle xor %v2056, %v951, %v277 : f32
                %v2059 = arith.addf %v2056, %v2057 fastmath<contract> : f32
                %v2060, %v2061 = gpu.shuffle xor %v2059, %v955, %v277 : f32
                %v2062 = arith.addf %v2059, %v2060 fastmath<contract> : f32
                %v2063 = arith.divui %v23, %v25 : i64
                %v2064 = arith.remui %v23, %v25 : i64
                %v2065 = arith.cmpi ult, %v2064, %v32 : i64
                %v2066 = arith.muli %v2063, %v1 : i64
                %v2067 = arith.addi %v2066, %v33 : i64
                %v2068 = arith.muli %v2067, %v964 : i64
                %v2069 = arith.addi %v2068, %v1908 : i64
                scf.if %v2065 {
                  %v2070 = llvm.getelementptr %v58[%v2069] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2062, %v2070 : f32, !llvm.ptr
                }
                %v2071 = arith.select %v37, %v1993, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v2072, %v2073 = gpu.shuffle xor %v2071, %v951, %v277 : f32
                %v2074 = arith.addf %v2071, %v2072 fastmath<contract> : f32
                %v2075, %v2076 = gpu.shuffle xor %v2074, %v955, %v277 : f32
                %v2077 = arith.addf %v2074, %v2075 fastmath<contract> : f32
                %v2078 = arith.divui %v23, %v25 : i64
                %v2079 = arith.remui %v23, %v25 : i64
                %v2080 = arith.cmpi ult, %v2079, %v32 : i64
                %v2081 = arith.addi %v32, %v33 : i64
                %v2082 = arith.muli %v2078, %v1 : i64
                %v2083 = arith.addi %v2082, %v2081 : i64
                %v2084 = arith.muli %v2083, %v964 : i64
                %v2085 = arith.addi %v2084, %v1908 : i64
                scf.if %v2080 {
                  %v2086 = llvm.getelementptr %v58[%v2085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2077, %v2086 : f32, !llvm.ptr
                }
                %v2087 = arith.muli %v33, %v163 : i64
                %v2088 = arith.subi %v1909, %v134 : i64
                %v2089 = arith.addi %v2087, %v2088 : i64
                %v2090 = llvm.getelementptr %v62[%v2089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2091 = llvm.load %v2090 : !llvm.ptr -> f32
                %v2092 = arith.mulf %v2091, %v1950 fastmath<contract> : f32
                %v2093 = arith.constant 8 : i64
                %v2094 = arith.addi %v2093, %v33 : i64
                %v2095 = arith.muli %v2094, %v163 : i64
                %v2096 = arith.subi %v1909, %v134 : i64
                %v2097 = arith.addi %v2095, %v2096 : i64
                %v2098 = llvm.getelementptr %v62[%v2097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2099 = llvm.load %v2098 : !llvm.ptr -> f32
                %v2100 = arith.mulf %v2099, %v1952 fastmath<contract> : f32
                %v2101 = arith.addf %v2092, %v2100 fastmath<contract> : f32
                llvm.store %v2101, %v842 : f32, !llvm.ptr
                %v2102 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1963) : (f32) -> f32
                %v2103 = arith.mulf %v292, %v2102 fastmath<contract> : f32
                %v2104 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2103) : (f32) -> f32
                llvm.store %v2104, %v51 : f32, !llvm.ptr
                %v2105 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1984) : (f32) -> f32
                %v2106 = arith.mulf %v292, %v2105 fastmath<contract> : f32
                %v2107 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2106) : (f32) -> f32
                llvm.store %v2107, %v52 : f32, !llvm.ptr
                %v2108 = llvm.load %v842 : !llvm.ptr -> f32
                %v2109 = arith.select %v845, %v2108, %v1904 : f32
                %v2110 = arith.select %v845, %v1904, %v2108 : f32
                %v2111, %v2112 = gpu.shuffle xor %v2109, %v1275, %v277 : f32
                %v2113 = arith.addf %v2110, %v2111 fastmath<contract> : f32
                %v2114 = arith.addi %v358, %v2 : i64
                %v2115 = arith.cmpi slt, %v1275, %v853 : i32
                %v2116 = arith.cmpi eq, %v1275, %v859 : i32
                %v2117 = arith.addi %v360, %v727 : i64
                llvm.store %v65, %v842 : f32, !llvm.ptr
                %v2118 = arith.addi %v134, %v2114 : i64
                %v2119 = arith.muli %v33, %v163 : i64
                %v2120 = arith.subi %v2118, %v134 : i64
                %v2121 = arith.addi %v2119, %v2120 : i64
                %v2122 = llvm.getelementptr %v60[%v2121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2123 = llvm.load %v2122 : !llvm.ptr -> f32
                %v2124 = arith.muli %v47, %v302 : i64
                %v2125 = arith.muli %v2118, %v301 : i64
                %v2126 = arith.addi %v2124, %v2125 : i64
                %v2127 = arith.muli %v45, %size_DV : i64
                %v2128 = arith.addi %v2126, %v2127 : i64
                %v2129 = arith.addi %v2128, %v43 : i64
                %v2130 = llvm.getelementptr %dy_o[%v2129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2131 = llvm.load %v2130 : !llvm.ptr -> f32
                %v2132 = arith.mulf %v2123, %v2131 fastmath<contract> : f32
                %v2133 = llvm.load %v49 : !llvm.ptr -> f32
                %v2134 = llvm.load %v51 : !llvm.ptr -> f32
                %v2135 = arith.mulf %v2134, %v2133 fastmath<contract> : f32
                %v2136 = arith.addf %v2132, %v2135 fastmath<contract> : f32
                llvm.store %v2136, %v49 : f32, !llvm.ptr
                %v2137 = arith.constant 8 : i64
                %v2138 = arith.addi %v2137, %v33 : i64
                %v2139 = arith.muli %v2138, %v163 : i64
                %v2140 = arith.subi %v2118, %v134 : i64
                %v2141 = arith.addi %v2139, %v2140 : i64
                %v2142 = llvm.getelementptr %v60[%v2141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2143 = llvm.load %v2142 : !llvm.ptr -> f32
                %v2144 = arith.mulf %v2143, %v2131 fastmath<contract> : f32
                %v2145 = llvm.load %v50 : !llvm.ptr -> f32
                %v2146 = llvm.load %v52 : !llvm.ptr -> f32
                %v2147 = arith.mulf %v2146, %v2145 fastmath<contract> : f32
                %v2148 = arith.addf %v2144, %v2147 fastmath<contract> : f32
                llvm.store %v2148, %v50 : f32, !llvm.ptr
                %v2149 = arith.mulf %v471, %v2131 fastmath<contract> : f32
                %v2150 = arith.mulf %v496, %v2131 fastmath<contract> : f32
                %v2151 = arith.muli %v47, %v302 : i64
                %v2152 = arith.muli %v2118, %v301 : i64
                %v2153 = arith.addi %v2151, %v2152 : i64
                %v2154 = arith.muli %v45, %size_DV : i64
                %v2155 = arith.addi %v2153, %v2154 : i64
                %v2156 = arith.addi %v2155, %v43 : i64
                %v2157 = llvm.getelementptr %in_v[%v2156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2158 = llvm.load %v2157 : !llvm.ptr -> f32
                %v2159 = llvm.load %v49 : !llvm.ptr -> f32
                %v2160 = arith.mulf %v2158, %v2159 fastmath<contract> : f32
                %v2161 = llvm.load %v50 : !llvm.ptr -> f32
                %v2162 = arith.mulf %v2158, %v2161 fastmath<contract> : f32
                %v2163 = arith.muli %v33, %v163 : i64
                %v2164 = arith.subi %v2118, %v134 : i64
                %v2165 = arith.addi %v2163, %v2164 : i64
                %v2166 = llvm.getelementptr %v64[%v2165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2167 = llvm.load %v2166 : !llvm.ptr -> f32
                %v2168 = arith.negf %v2167 : f32
                %v2169 = arith.mulf %v2168, %v287 fastmath<contract> : f32
                %v2170 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2169) : (f32) -> f32
                %v2171 = arith.addf %v66, %v2170 fastmath<contract> : f32
                %v2172 = arith.divf %v66, %v2171 : f32
                %v2173 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2172) : (f32) -> f32
                %v2174 = arith.mulf %v919, %v2173 fastmath<contract> : f32
                %v2175 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2174) : (f32) -> f32
                %v2176 = arith.mulf %v414, %v2159 fastmath<contract> : f32
                %v2177 = arith.mulf %v292, %v2176 fastmath<contract> : f32
                %v2178 = arith.mulf %v2175, %v2177 fastmath<contract> : f32
                %v2179 = arith.subf %v66, %v2172 fastmath<contract> : f32
                %v2180 = arith.mulf %v2172, %v2179 fastmath<contract> : f32
                %v2181 = arith.mulf %v2178, %v2180 fastmath<contract> : f32
                %v2182 = arith.constant 8 : i64
                %v2183 = arith.addi %v2182, %v33 : i64
                %v2184 = arith.muli %v2183, %v163 : i64
                %v2185 = arith.subi %v2118, %v134 : i64
                %v2186 = arith.addi %v2184, %v2185 : i64
                %v2187 = llvm.getelementptr %v64[%v2186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2188 = llvm.load %v2187 : !llvm.ptr -> f32
                %v2189 = arith.negf %v2188 : f32
                %v2190 = arith.mulf %v2189, %v287 fastmath<contract> : f32
                %v2191 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2190) : (f32) -> f32
                %v2192 = arith.addf %v66, %v2191 fastmath<contract> : f32
                %v2193 = arith.divf %v66, %v2192 : f32
                %v2194 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2193) : (f32) -> f32
                %v2195 = arith.mulf %v919, %v2194 fastmath<contract> : f32
                %v2196 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2195) : (f32) -> f32
                %v2197 = arith.mulf %v439, %v2161 fastmath<contract> : f32
                %v2198 = arith.mulf %v292, %v2197 fastmath<contract> : f32
                %v2199 = arith.mulf %v2196, %v2198 fastmath<contract> : f32
                %v2200 = arith.subf %v66, %v2193 fastmath<contract> : f32
                %v2201 = arith.mulf %v2193, %v2200 fastmath<contract> : f32
                %v2202 = arith.mulf %v2199, %v2201 fastmath<contract> : f32
                %v2203 = arith.select %v37, %v2149, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v2204, %v2205 = gpu.shuffle xor %v2203, %v951, %v277 : f32
                %v2206 = arith.addf %v2203, %v2204 fastmath<contract> : f32
                %v2207, %v2208 = gpu.shuffle xor %v2206, %v955, %v277 : f32
                %v2209 = arith.addf %v2206, %v2207 fastmath<contract> : f32
                %v2210 = arith.divui %v23, %v25 : i64
                %v2211 = arith.remui %v23, %v25 : i64
                %v2212 = arith.cmpi ult, %v2211, %v32 : i64
                %v2213 = arith.muli %v2210, %v1 : i64
                %v2214 = arith.addi %v2213, %v33 : i64
                %v2215 = arith.muli %v2214, %v964 : i64
                %v2216 = arith.addi %v2215, %v2117 : i64
                scf.if %v2212 {
                  %v2217 = llvm.getelementptr %v54[%v2216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2209, %v2217 : f32, !llvm.ptr
                }
                %v2218 = arith.select %v37, %v2150, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v2219, %v2220 = gpu.shuffle xor %v2218, %v951, %v277 : f32
                %v2221 = arith.addf %v2218, %v2219 fastmath<contract> : f32
                %v2222, %v2223 = gpu.shuffle xor %v2221, %v955, %v277 : f32
                %v2224 = arith.addf %v2221, %v2222 fastmath<contract> : f32
                %v2225 = arith.divui %v23, %v25 : i64
                %v2226 = arith.remui %v23, %v25 : i64
                %v2227 = arith.cmpi ult, %v2226, %v32 : i64
                %v2228 = arith.addi %v32, %v33 : i64
                %v2229 = arith.muli %v2225, %v1 : i64
                %v2230 = arith.addi %v2229, %v2228 : i64
                %v2231 = arith.muli %v2230, %v964 : i64
                %v2232 = arith.addi %v2231, %v2117 : i64
                scf.if %v2227 {
                  %v2233 = llvm.getelementptr %v54[%v2232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2224, %v2233 : f32, !llvm.ptr
                }
                %v2234 = arith.select %v37, %v2160, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v2235, %v2236 = gpu.shuffle xor %v2234, %v951, %v277 : f32
                %v2237 = arith.addf %v2234, %v2235 fastmath<contract> : f32
                %v2238, %v2239 = gpu.shuffle xor %v2237, %v955, %v277 : f32
                %v2240 = arith.addf %v2237, %v2238 fastmath<contract> : f32
                %v2241 = arith.divui %v23, %v25 : i64
                %v2242 = arith.remui %v23, %v25 : i64
                %v2243 = arith.cmpi ult, %v2242, %v32 : i64
                %v2244 = arith.muli %v2241, %v1 : i64
                %v2245 = arith.addi %v2244, %v33 : i64
                %v2246 = arith.muli %v2245, %v964 : i64
                %v2247 = arith.addi %v2246, %v2117 : i64
                scf.if %v2243 {
                  %v2248 = llvm.getelementptr %v56[%v2247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2240, %v2248 : f32, !llvm.ptr
                }
                %v2249 = arith.select %v37, %v2162, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v2250, %v2251 = gpu.shuffle xor %v2249, %v951, %v277 : f32
                %v2252 = arith.addf %v2249, %v2250 fastmath<contract> : f32
                %v2253, %v2254 = gpu.shuffle xor %v2252, %v955, %v277 : f32
                %v2255 = arith.addf %v2252, %v2253 fastmath<contract> : f32
                %v2256 = arith.divui %v23, %v25 : i64
                %v2257 = arith.remui %v23, %v25 : i64
                %v2258 = arith.cmpi ult, %v2257, %v32 : i64
                %v2259 = arith.addi %v32, %v33 : i64
                %v2260 = arith.muli %v2256, %v1 : i64
                %v2261 = arith.addi %v2260, %v2259 : i64
                %v2262 = arith.muli %v2261, %v964 : i64
                %v2263 = arith.addi %v2262, %v2117 : i64
                scf.if %v2258 {
                  %v2264 = llvm.getelementptr %v56[%v2263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2255, %v2264 : f32, !llvm.ptr
                }
                %v2265 = arith.select %v37, %v2181, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v2266, %v2267 = gpu.shuffle xor %v2265, %v951, %v277 : f32
                %v2268 = arith.addf %v2265, %v2266 fastmath<contract> : f32
                %v2269, %v2270 = gpu.shuffle xor %v2268, %v955, %v277 : f32
                %v2271 = arith.addf %v2268, %v2269 fastmath<contract> : f32
                %v2272 = arith.divui %v23, %v25 : i64
                %v2273 = arith.remui %v23, %v25 : i64
                %v2274 = arith.cmpi ult, %v2273, %v32 : i64
                %v2275 = arith.muli %v2272, %v1 : i64
                %v2276 = arith.addi %v2275, %v33 : i64
                %v2277 = arith.muli %v2276, %v964 : i64
                %v2278 = arith.addi %v2277, %v2117 : i64
                scf.if %v2274 {
                  %v2279 = llvm.getelementptr %v58[%v2278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2271, %v2279 : f32, !llvm.ptr
                }
                %v2280 = arith.select %v37, %v2202, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v2281, %v2282 = gpu.shuffle xor %v2280, %v951, %v277 : f32
                %v2283 = arith.addf %v2280, %v2281 fastmath<contract> : f32
                %v2284, %v2285 = gpu.shuffle xor %v2283, %v955, %v277 : f32
                %v2286 = arith.addf %v2283, %v2284 fastmath<contract> : f32
                %v2287 = arith.divui %v23, %v25 : i64
                %v2288 = arith.remui %v23, %v25 : i64
                %v2289 = arith.cmpi ult, %v2288, %v32 : i64
                %v2290 = arith.addi %v32, %v33 : i64
                %v2291 = arith.muli %v2287, %v1 : i64
                %v2292 = arith.addi %v2291, %v2290 : i64
                %v2293 = arith.muli %v2292, %v964 : i64
                %v2294 = arith.addi %v2293, %v2117 : i64
                scf.if %v2289 {
                  %v2295 = llvm.getelementptr %v58[%v2294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2286, %v2295 : f32, !llvm.ptr
                }
                %v2296 = arith.muli %v33, %v163 : i64
                %v2297 = arith.subi %v2118, %v134 : i64
                %v2298 = arith.addi %v2296, %v2297 : i64
                %v2299 = llvm.getelementptr %v62[%v2298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2300 = llvm.load %v2299 : !llvm.ptr -> f32
                %v2301 = arith.mulf %v2300, %v2159 fastmath<contract> : f32
                %v2302 = arith.constant 8 : i64
                %v2303 = arith.addi %v2302, %v33 : i64
                %v2304 = arith.muli %v2303, %v163 : i64
                %v2305 = arith.subi %v2118, %v134 : i64
                %v2306 = arith.addi %v2304, %v2305 : i64
                %v2307 = llvm.getelementptr %v62[%v2306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2308 = llvm.load %v2307 : !llvm.ptr -> f32
                %v2309 = arith.mulf %v2308, %v2161 fastmath<contract> : f32
                %v2310 = arith.addf %v2301, %v2309 fastmath<contract> : f32
                llvm.store %v2310, %v842 : f32, !llvm.ptr
                %v2311 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2172) : (f32) -> f32
                %v2312 = arith.mulf %v292, %v2311 fastmath<contract> : f32
                %v2313 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2312) : (f32) -> f32
                llvm.store %v2313, %v51 : f32, !llvm.ptr
                %v2314 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2193) : (f32) -> f32
                %v2315 = arith.mulf %v292, %v2314 fastmath<contract> : f32
                %v2316 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2315) : (f32) -> f32
                llvm.store %v2316, %v52 : f32, !llvm.ptr
                %v2317 = llvm.load %v842 : !llvm.ptr -> f32
                %v2319 = arith.cmpi slt, %v2318, %v853 : i32
                %v2320 = arith.cmpi eq, %v2318, %v859 : i32
                %v2321 = arith.addi %v360, %v86 : i64
                llvm.store %v65, %v842 : f32, !llvm.ptr
                %v2322 = arith.addi %v134, %v358 : i64
                %v2323 = arith.muli %v33, %v163 : i64
                %v2324 = arith.subi %v2322, %v134 : i64
                %v2325 = arith.addi %v2323, %v2324 : i64
                %v2326 = llvm.getelementptr %v60[%v2325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2327 = llvm.load %v2326 : !llvm.ptr -> f32
                %v2328 = arith.muli %v47, %v302 : i64
                %v2329 = arith.muli %v2322, %v301 : i64
                %v2330 = arith.addi %v2328, %v2329 : i64
                %v2331 = arith.muli %v45, %size_DV : i64
                %v2332 = arith.addi %v2330, %v2331 : i64
                %v2333 = arith.addi %v2332, %v43 : i64
                %v2334 = llvm.getelementptr %dy_o[%v2333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2335 = llvm.load %v2334 : !llvm.ptr -> f32
                %v2336 = arith.mulf %v2327, %v2335 fastmath<contract> : f32
                %v2337 = llvm.load %v49 : !llvm.ptr -> f32
                %v2338 = llvm.load %v51 : !llvm.ptr -> f32
                %v2339 = arith.mulf %v2338, %v2337 fastmath<contract> : f32
                %v2340 = arith.addf %v2336, %v2339 fastmath<contract> : f32
                llvm.store %v2340, %v49 : f32, !llvm.ptr
                %v2341 = arith.constant 8 : i64
                %v2342 = arith.addi %v2341, %v33 : i64
                %v2343 = arith.muli %v2342, %v163 : i64
                %v2344 = arith.subi %v2322, %v134 : i64
                %v2345 = arith.addi %v2343, %v2344 : i64
                %v2346 = llvm.getelementptr %v60[%v2345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2347 = llvm.load %v2346 : !llvm.ptr -> f32
                %v2348 = arith.mulf %v2347, %v2335 fastmath<contract> : f32
                %v2349 = llvm.load %v50 : !llvm.ptr -> f32
                %v2350 = llvm.load %v52 : !llvm.ptr -> f32
                %v2351 = arith.mulf %v2350, %v2349 fastmath<contract> : f32
                %v2352 = arith.addf %v2348, %v2351 fastmath<contract> : f32
                llvm.store %v2352, %v50 : f32, !llvm.ptr
                %v2353 = arith.mulf %v414, %v2335 fastmath<contract> : f32
                %v2354 = arith.mulf %v439, %v2335 fastmath<contract> : f32
                %v2355 = arith.muli %v47, %v302 : i64
                %v2356 = arith.muli %v2322, %v301 : i64
                %v2357 = arith.addi %v2355, %v2356 : i64
                %v2358 = arith.muli %v45, %size_DV : i64
                %v2359 = arith.addi %v2357, %v2358 : i64
                %v2360 = arith.addi %v2359, %v43 : i64
                %v2361 = llvm.getelementptr %in_v[%v2360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2362 = llvm.load %v2361 : !llvm.ptr -> f32
                %v2363 = llvm.load %v49 : !llvm.ptr -> f32
                %v2364 = arith.mulf %v2362, %v2363 fastmath<contract> : f32
                %v2365 = llvm.load %v50 : !llvm.ptr -> f32
                %v2366 = arith.mulf %v2362, %v2365 fastmath<contract> : f32
                %v2367 = arith.muli %v33, %v163 : i64
                %v2368 = arith.subi %v2322, %v134 : i64
                %v2369 = arith.addi %v2367, %v2368 : i64
                %v2370 = llvm.getelementptr %v64[%v2369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2371 = llvm.load %v2370 : !llvm.ptr -> f32
                %v2372 = arith.negf %v2371 : f32
                %v2373 = arith.mulf %v2372, %v287 fastmath<contract> : f32
                %v2374 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2373) : (f32) -> f32
                %v2375 = arith.addf %v66, %v2374 fastmath<contract> : f32
                %v2376 = arith.divf %v66, %v2375 : f32
                %v2377 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2376) : (f32) -> f32
                %v2378 = arith.mulf %v919, %v2377 fastmath<contract> : f32
                %v2379 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2378) : (f32) -> f32
                %v2380 = arith.mulf %v371, %v2363 fastmath<contract> : f32
                %v2381 = arith.mulf %v292, %v2380 fastmath<contract> : f32
                %v2382 = arith.mulf %v2379, %v2381 fastmath<contract> : f32
                %v2383 = arith.subf %v66, %v2376 fastmath<contract> : f32
                %v2384 = arith.mulf %v2376, %v2383 fastmath<contract> : f32
                %v2385 = arith.mulf %v2382, %v2384 fastmath<contract> : f32
                %v2386 = arith.constant 8 : i64
                %v2387 = arith.addi %v2386, %v33 : i64
                %v2388 = arith.muli %v2387, %v163 : i64
                %v2389 = arith.subi %v2322, %v134 : i64
                %v2390 = arith.addi %v2388, %v2389 : i64
                %v2391 = llvm.getelementptr %v64[%v2390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2392 = llvm.load %v2391 : !llvm.ptr -> f32
                %v2393 = arith.negf %v2392 : f32
                %v2394 = arith.mulf %v2393, %v287 fastmath<contract> : f32
                %v2395 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2394) : (f32) -> f32
                %v2396 = arith.addf %v66, %v2395 fastmath<contract> : f32
                %v2397 = arith.divf %v66, %v2396 : f32
                %v2398 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2397) : (f32) -> f32
                %v2399 = arith.mulf %v919, %v2398 fastmath<contract> : f32
                %v2400 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2399) : (f32) -> f32
                %v2401 = arith.mulf %v380, %v2365 fastmath<contract> : f32
                %v2402 = arith.mulf %v292, %v2401 fastmath<contract> : f32
                %v2403 = arith.mulf %v2400, %v2402 fastmath<contract> : f32
                %v2404 = arith.subf %v66, %v2397 fastmath<contract> : f32
                %v2405 = arith.mulf %v2397, %v2404 fastmath<contract> : f32
                %v2406 = arith.mulf %v2403, %v2405 fastmath<contract> : f32
                %v2407 = arith.select %v37, %v2353, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v2408, %v2409 = gpu.shuffle xor %v2407, %v951, %v277 : f32
                %v2410 = arith.addf %v2407, %v2408 fastmath<contract> : f32
                %v2411, %v2412 = gpu.shuffle xor %v2410, %v955, %v277 : f32
                %v2413 = arith.addf %v2410, %v2411 fastmath<contract> : f32
                %v2414 = arith.divui %v23, %v25 : i64
                %v2415 = arith.remui %v23, %v25 : i64
                %v2416 = arith.cmpi ult, %v2415, %v32 : i64
                %v2417 = arith.muli %v2414, %v1 : i64
                %v2418 = arith.addi %v2417, %v33 : i64
                %v2419 = arith.muli %v2418, %v964 : i64
                %v2420 = arith.addi %v2419, %v2321 : i64
                scf.if %v2416 {
                  %v2421 = llvm.getelementptr %v54[%v2420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2413, %v2421 : f32, !llvm.ptr
                }
                %v2422 = arith.select %v37, %v2354, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v2423, %v2424 = gpu.shuffle xor %v2422, %v951, %v277 : f32
                %v2425 = arith.addf %v2422, %v2423 fastmath<contract> : f32
                %v2426, %v2427 = gpu.shuffle xor %v2425, %v955, %v277 : f32
                %v2428 = arith.addf %v2425, %v2426 fastmath<contract> : f32
                %v2429 = arith.divui %v23, %v25 : i64
                %v2430 = arith.remui %v23, %v25 : i64
                %v2431 = arith.cmpi ult, %v2430, %v32 : i64
                %v2432 = arith.addi %v32, %v33 : i64
                %v2433 = arith.muli %v2429, %v1 : i64
                %v2434 = arith.addi %v2433, %v2432 : i64
                %v2435 = arith.muli %v2434, %v964 : i64
                %v2436 = arith.addi %v2435, %v2321 : i64
                scf.if %v2431 {
                  %v2437 = llvm.getelementptr %v54[%v2436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2428, %v2437 : f32, !llvm.ptr
                }
                %v2438 = arith.select %v37, %v2364, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v2439, %v2440 = gpu.shuffle xor %v2438, %v951, %v277 : f32
                %v2441 = arith.addf %v2438, %v2439 fastmath<contract> : f32
                %v2442, %v2443 = gpu.shuffle xor %v2441, %v955, %v277 : f32
                %v2444 = arith.addf %v2441, %v2442 fastmath<contract> : f32
                %v2445 = arith.divui %v23, %v25 : i64
                %v2446 = arith.remui %v23, %v25 : i64
                %v2447 = arith.cmpi ult, %v2446, %v32 : i64
                %v2448 = arith.muli %v2445, %v1 : i64
                %v2449 = arith.addi %v2448, %v33 : i64
                %v2450 = arith.muli %v2449, %v964 : i64
                %v2451 = arith.addi %v2450, %v2321 : i64
                scf.if %v2447 {
                  %v2452 = llvm.getelementptr %v56[%v2451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2444, %v2452 : f32, !llvm.ptr
                }
                %v2453 = arith.select %v37, %v2366, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v2454, %v2455 = gpu.shuffle xor %v2453, %v951, %v277 : f32
                %v2456 = arith.addf %v2453, %v2454 fastmath<contract> : f32
                %v2457, %v2458 = gpu.shuffle xor %v2456, %v955, %v277 : f32
                %v2459 = arith.addf %v2456, %v2457 fastmath<contract> : f32
                %v2460 = arith.divui %v23, %v25 : i64
                %v2461 = arith.remui %v23, %v25 : i64
                %v2462 = arith.cmpi ult, %v2461, %v32 : i64
                %v2463 = arith.addi %v32, %v33 : i64
                %v2464 = arith.muli %v2460, %v1 : i64
                %v2465 = arith.addi %v2464, %v2463 : i64
                %v2466 = arith.muli %v2465, %v964 : i64
                %v2467 = arith.addi %v2466, %v2321 : i64
                scf.if %v2462 {
                  %v2468 = llvm.getelementptr %v56[%v2467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2459, %v2468 : f32, !llvm.ptr
                }
                %v2469 = arith.select %v37, %v2385, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v2470, %v2471 = gpu.shuffle xor %v2469, %v951, %v277 : f32
                %v2472 = arith.addf %v2469, %v2470 fastmath<contract> : f32
                %v2473, %v2474 = gpu.shuffle xor %v2472, %v955, %v277 : f32
                %v2475 = arith.addf %v2472, %v2473 fastmath<contract> : f32
                %v2476 = arith.divui %v23, %v25 : i64
                %v2477 = arith.remui %v23, %v25 : i64
                %v2478 = arith.cmpi ult, %v2477, %v32 : i64
                %v2479 = arith.muli %v2476, %v1 : i64
                %v2480 = arith.addi %v2479, %v33 : i64
                %v2481 = arith.muli %v2480, %v964 : i64
                %v2482 = arith.addi %v2481, %v2321 : i64
                scf.if %v2478 {
                  %v2483 = llvm.getelementptr %v58[%v2482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2475, %v2483 : f32, !llvm.ptr
                }
                %v2484 = arith.select %v37, %v2406, %v65 : f32
                // sum over the warp's outer points: shuffles
                %v2485, %v2486 = gpu.shuffle xor %v2484, %v951, %v277 : f32
                %v2487 = arith.addf %v2484, %v2485 fastmath<contract> : f32
                %v2488, %v2489 = gpu.shuffle xor %v2487, %v955, %v277 : f32
                %v2490 = arith.addf %v2487, %v2488 fastmath<contract> : f32
                %v2491 = arith.divui %v23, %v25 : i64
                %v2492 = arith.remui %v23, %v25 : i64
                %v2493 = arith.cmpi ult, %v2492, %v32 : i64
                %v2494 = arith.addi %v32, %v33 : i64
                %v2495 = arith.muli %v2491, %v1 : i64
                %v2496 = arith.addi %v2495, %v2494 : i64
                %v2497 = arith.muli %v2496, %v964 : i64
                %v2498 = arith.addi %v2497, %v2321 : i64
                scf.if %v2493 {
                  %v2499 = llvm.getelementptr %v58[%v2498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2490, %v2499 : f32, !llvm.ptr
                }
                %v2500 = arith.muli %v33, %v163 : i64
                %v2501 = arith.subi %v2322, %v134 : i64
                %v2502 = arith.addi %v2500, %v2501 : i64
                %v2503 = llvm.getelementptr %v62[%v2502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2504 = llvm.load %v2503 : !llvm.ptr -> f32
                %v2505 = arith.mulf %v2504, %v2363 fastmath<contract> : f32
                %v2506 = arith.constant 8 : i64
                %v2507 = arith.addi %v2506, %v33 : i64
                %v2508 = arith.muli %v2507, %v163 : i64
                %v2509 = arith.subi %v2322, %v134 : i64
                %v2510 = arith.addi %v2508, %v2509 : i64
                %v2511 = llvm.getelementptr %v62[%v2510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2512 = llvm.load %v2511 : !llvm.ptr -> f32
                %v2513 = arith.mulf %v2512, %v2365 fastmath<contract> : f32
                %v2514 = arith.addf %v2505, %v2513 fastmath<contract> : f32
                llvm.store %v2514, %v842 : f32, !llvm.ptr
                %v2515 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2376) : (f32) -> f32
                %v2516 = arith.mulf %v292, %v2515 fastmath<contract> : f32
                %v2517 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2516) : (f32) -> f32
                llvm.store %v2517, %v51 : f32, !llvm.ptr
                %v2518 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2397) : (f32) -> f32
                %v2519 = arith.mulf %v292, %v2518 fastmath<contract> : f32
                %v2520 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2519) : (f32) -> f32
                llvm.store %v2520, %v52 : f32, !llvm.ptr
                %v2521 = llvm.load %v842 : !llvm.ptr -> f32
                %v2522 = arith.select %v845, %v2521, %v2317 : f32
                %v2523 = arith.select %v845, %v2317, %v2521 : f32
                %v2524, %v2525 = gpu.shuffle xor %v2522, %v1275, %v277 : f32
                %v2526 = arith.addf %v2523, %v2524 fastmath<contract> : f32
                %v2527 = arith.select %v848, %v2526, %v2113 : f32
                %v2528 = arith.select %v848, %v2113, %v2526 : f32
                %v2529, %v2530 = gpu.shuffle xor %v2527, %v1696, %v277 : f32
                %v2531 = arith.addf %v2528, %v2529 fastmath<contract> : f32
                %v2532 = arith.select %v851, %v2531, %v1699 : f32
                %v2533 = arith.select %v851, %v1699, %v2531 : f32
                %v2534, %v2535 = gpu.shuffle xor %v2532, %v1485, %v277 : f32
                %v2536 = arith.addf %v2533, %v2534 fastmath<contract> : f32
                %v2537 = arith.addi %v358, %v33 : i64
                %v2538 = arith.cmpi slt, %v2537, %v136 : i64
                %v2539 = arith.andi %v37, %v2538 : i1
                scf.if %v2539 {
                  %v2540 = arith.addi %v134, %v2537 : i64
                  // the gradients of this lane's own step
                  %v2541 = arith.muli %v47, %v302 : i64
                  %v2542 = arith.muli %v2540, %v301 : i64
                  %v2543 = arith.addi %v2541, %v2542 : i64
                  %v2544 = arith.muli %v45, %size_DV : i64
                  %v2545 = arith.addi %v2543, %v2544 : i64
                  %v2546 = arith.addi %v2545, %v43 : i64
                  %v2547 = llvm.getelementptr %dx_v[%v2546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2536, %v2547 : f32, !llvm.ptr
                }
              } else {
                %v2548 = arith.subi %v136, %v2 : i64
                %v2549 = arith.muli %v357, %v4 : i64
                %v2550 = arith.subi %v4, %v2 : i64
                %v2551 = arith.minsi %v39, %v2550 : i64
                %v2552 = arith.addi %v2549, %v2551 : i64
                %v2553 = arith.muli %v2552, %v1 : i64
                %v2554 = arith.addi %v2553, %v33 : i64
                %v2555 = llvm.getelementptr %scratch_S[%v2554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2556 = llvm.load %v2555 : !llvm.ptr -> f32
                %v2557 = arith.muli %v357, %v4 : i64
                %v2558 = arith.subi %v4, %v2 : i64
                %v2559 = arith.minsi %v39, %v2558 : i64
                %v2560 = arith.addi %v2557, %v2559 : i64
                %v2561 = arith.muli %v2560, %v1 : i64
                %v2562 = arith.addi %v2561, %v32 : i64
                %v2563 = arith.addi %v2562, %v33 : i64
                %v2564 = llvm.getelementptr %scratch_S[%v2563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2565 = llvm.load %v2564 : !llvm.ptr -> f32
                %v2566 = arith.addi %v358, %v33 : i64
                %v2567 = arith.minsi %v2566, %v2548 : i64
                %v2568 = arith.addi %v134, %v2567 : i64
                // the group's states, recomputed into registers
                %v2569 = arith.minsi %v358, %v2548 : i64
                %v2570 = arith.addi %v134, %v2569 : i64
                %v2571 = arith.muli %v33, %v163 : i64
                %v2572 = arith.subi %v2570, %v134 : i64
                %v2573 = arith.addi %v2571, %v2572 : i64
                %v2574 = llvm.getelementptr %v64[%v2573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2575 = llvm.load %v2574 : !llvm.ptr -> f32
                %v2576 = arith.negf %v2575 : f32
                %v2577 = arith.mulf %v2576, %v287 fastmath<contract> : f32
                %v2578 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2577) : (f32) -> f32
                %v2579 = arith.addf %v66, %v2578 fastmath<contract> : f32
                %v2580 = arith.divf %v66, %v2579 : f32
                %v2581 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2580) : (f32) -> f32
                %v2582 = arith.mulf %v292, %v2581 fastmath<contract> : f32
                %v2583 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2582) : (f32) -> f32
                %v2584 = arith.muli %v33, %v163 : i64
                %v2585 = arith.subi %v2570, %v134 : i64
                %v2586 = arith.addi %v2584, %v2585 : i64
                %v2587 = llvm.getelementptr %v62[%v2586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2588 = llvm.load %v2587 : !llvm.ptr -> f32
                %v2589 = arith.muli %v47, %v302 : i64
                %v2590 = arith.muli %v2570, %v301 : i64
                %v2591 = arith.addi %v2589, %v2590 : i64
                %v2592 = arith.muli %v45, %size_DV : i64
                %v2593 = arith.addi %v2591, %v2592 : i64
                %v2594 = arith.addi %v2593, %v43 : i64
                %v2595 = llvm.getelementptr %in_v[%v2594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2596 = llvm.load %v2595 : !llvm.ptr -> f32
                %v2597 = arith.mulf %v2588, %v2596 fastmath<contract> : f32
                %v2598 = arith.mulf %v2583, %v2556 fastmath<contract> : f32
                %v2599 = arith.addf %v2598, %v2597 fastmath<contract> : f32
                %v2600 = arith.constant 8 : i64
                %v2601 = arith.addi %v2600, %v33 : i64
                %v2602 = arith.muli %v2601, %v163 : i64
                %v2603 = arith.subi %v2570, %v134 : i64
                %v2604 = arith.addi %v2602, %v2603 : i64
                %v2605 = llvm.getelementptr %v64[%v2604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2606 = llvm.load %v2605 : !llvm.ptr -> f32
                %v2607 = arith.negf %v2606 : f32
                %v2608 = arith.mulf %v2607, %v287 fastmath<contract> : f32
                %v2609 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2608) : (f32) -> f32
                %v2610 = arith.addf %v66, %v2609 fastmath<contract> : f32
                %v2611 = arith.divf %v66, %v2610 : f32
                %v2612 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2611) : (f32) -> f32
                %v2613 = arith.mulf %v292, %v2612 fastmath<contract> : f32
                %v2614 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2613) : (f32) -> f32
                %v2615 = arith.constant 8 : i64
                %v2616 = arith.addi %v2615, %v33 : i64
                %v2617 = arith.muli %v2616, %v163 : i64
                %v2618 = arith.subi %v2570, %v134 : i64
                %v2619 = arith.addi %v2617, %v2618 : i64
                %v2620 = llvm.getelementptr %v62[%v2619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2621 = llvm.load %v2620 : !llvm.ptr -> f32
                %v2622 = arith.mulf %v2621, %v2596 fastmath<contract> : f32
                %v2623 = arith.mulf %v2614, %v2565 fastmath<contract> : f32
                %v2624 = arith.addf %v2623, %v2622 fastmath<contract> : f32
                %v2625 = arith.addi %v358, %v2 : i64
                %v2626 = arith.minsi %v2625, %v2548 : i64
                %v2627 = arith.addi %v134, %v2626 : i64
                %v2628 = arith.muli %v33, %v163 : i64
                %v2629 = arith.subi %v2627, %v134 : i64
                %v2630 = arith.addi %v2628, %v2629 : i64
                %v2631 = llvm.getelementptr %v64[%v2630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2632 = llvm.load %v2631 : !llvm.ptr -> f32
                %v2633 = arith.negf %v2632 : f32
                %v2634 = arith.mulf %v2633, %v287 fastmath<contract> : f32
                %v2635 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2634) : (f32) -> f32
                %v2636 = arith.addf %v66, %v2635 fastmath<contract> : f32
                %v2637 = arith.divf %v66, %v2636 : f32
                %v2638 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2637) : (f32) -> f32
                %v2639 = arith.mulf %v292, %v2638 fastmath<contract> : f32
                %v2640 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2639) : (f32) -> f32
                %v2641 = arith.muli %v33, %v163 : i64
                %v2642 = arith.subi %v2627, %v134 : i64
                %v2643 = arith.addi %v2641, %v2642 : i64
                %v2644 = llvm.getelementptr %v62[%v2643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2645 = llvm.load %v2644 : !llvm.ptr -> f32
                %v2646 = arith.muli %v47, %v302 : i64
                %v2647 = arith.muli %v2627, %v301 : i64
                %v2648 = arith.addi %v2646, %v2647 : i64
                %v2649 = arith.muli %v45, %size_DV : i64
                %v2650 = arith.addi %v2648, %v2649 : i64
                %v2651 = arith.addi %v2650, %v43 : i64
                %v2652 = llvm.getelementptr %in_v[%v2651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2653 = llvm.load %v2652 : !llvm.ptr -> f32
                %v2654 = arith.mulf %v2645, %v2653 fastmath<contract> : f32
                %v2655 = arith.mulf %v2640, %v2599 fastmath<contract> : f32
                %v2656 = arith.addf %v2655, %v2654 fastmath<contract> : f32
                %v2657 = arith.constant 8 : i64
                %v2658 = arith.addi %v2657, %v33 : i64
                %v2659 = arith.muli %v2658, %v163 : i64
                %v2660 = arith.subi %v2627, %v134 : i64
                %v2661 = arith.addi %v2659, %v2660 : i64
                %v2662 = llvm.getelementptr %v64[%v2661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2663 = llvm.load %v2662 : !llvm.ptr -> f32
                %v2664 = arith.negf %v2663 : f32
                %v2665 = arith.mulf %v2664, %v287 fastmath<contract> : f32
                %v2666 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2665) : (f32) -> f32
                %v2667 = arith.addf %v66, %v2666 fastmath<contract> : f32
                %v2668 = arith.divf %v66, %v2667 : f32
                %v2669 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2668) : (f32) -> f32
                %v2670 = arith.mulf %v292, %v2669 fastmath<contract> : f32
                %v2671 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2670) : (f32) -> f32
                %v2672 = arith.constant 8 : i64
                %v2673 = arith.addi %v2672, %v33 : i64
                %v2674 = arith.muli %v2673, %v163 : i64
                %v2675 = arith.subi %v2627, %v134 : i64
                %v2676 = arith.addi %v2674, %v2675 : i64
                %v2677 = llvm.getelementptr %v62[%v2676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2678 = llvm.load %v2677 : !llvm.ptr -> f32
                %v2679 = arith.mulf %v2678, %v2653 fastmath<contract> : f32
                %v2680 = arith.mulf %v2671, %v2624 fastmath<contract> : f32
                %v2681 = arith.addf %v2680, %v2679 fastmath<contract> : f32
                %v2682 = arith.addi %v358, %v75 : i64
                %v2683 = arith.minsi %v2682, %v2548 : i64
                %v2684 = arith.addi %v134, %v2683 : i64
                %v2685 = arith.muli %v33, %v163 : i64
                %v2686 = arith.subi %v2684, %v134 : i64
                %v2687 = arith.addi %v2685, %v2686 : i64
                %v2688 = llvm.getelementptr %v64[%v2687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2689 = llvm.load %v2688 : !llvm.ptr -> f32
                %v2690 = arith.negf %v2689 : f32
                %v2691 = arith.mulf %v2690, %v287 fastmath<contract> : f32
                %v2692 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2691) : (f32) -> f32
                %v2693 = arith.addf %v66, %v2692 fastmath<contract> : f32
                %v2694 = arith.divf %v66, %v2693 : f32
                %v2695 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2694) : (f32) -> f32
                %v2696 = arith.mulf %v292, %v2695 fastmath<contract> : f32
                %v2697 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2696) : (f32) -> f32
                %v2698 = arith.muli %v33, %v163 : i64
                %v2699 = arith.subi %v2684, %v134 : i64
                %v2700 = arith.addi %v2698, %v2699 : i64
                %v2701 = llvm.getelementptr %v62[%v2700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2702 = llvm.load %v2701 : !llvm.ptr -> f32
                %v2703 = arith.muli %v47, %v302 : i64
                %v2704 = arith.muli %v2684, %v301 : i64
                %v2705 = arith.addi %v2703, %v2704 : i64
                %v2706 = arith.muli %v45, %size_DV : i64
                %v2707 = arith.addi %v2705, %v2706 : i64
                %v2708 = arith.addi %v2707, %v43 : i64
                %v2709 = llvm.getelementptr %in_v[%v2708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2710 = llvm.load %v2709 : !llvm.ptr -> f32
                %v2711 = arith.mulf %v2702, %v2710 fastmath<contract> : f32
                %v2712 = arith.mulf %v2697, %v2656 fastmath<contract> : f32
                %v2713 = arith.addf %v2712, %v2711 fastmath<contract> : f32
                %v2714 = arith.constant 8 : i64
                %v2715 = arith.addi %v2714, %v33 : i64
                %v2716 = arith.muli %v2715, %v163 : i64
                %v2717 = arith.subi %v2684, %v134 : i64
                %v2718 = arith.addi %v2716, %v2717 : i64
                %v2719 = llvm.getelementptr %v64[%v2718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2720 = llvm.load %v2719 : !llvm.ptr -> f32
                %v2721 = arith.negf %v2720 : f32
                %v2722 = arith.mulf %v2721, %v287 fastmath<contract> : f32
                %v2723 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2722) : (f32) -> f32
                %v2724 = arith.addf %v66, %v2723 fastmath<contract> : f32
                %v2725 = arith.divf %v66, %v2724 : f32
                %v2726 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2725) : (f32) -> f32
                %v2727 = arith.mulf %v292, %v2726 fastmath<contract> : f32
                %v2728 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2727) : (f32) -> f32
                %v2729 = arith.constant 8 : i64
                %v2730 = arith.addi %v2729, %v33 : i64
                %v2731 = arith.muli %v2730, %v163 : i64
                %v2732 = arith.subi %v2684, %v134 : i64
                %v2733 = arith.addi %v2731, %v2732 : i64
                %v2734 = llvm.getelementptr %v62[%v2733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2735 = llvm.load %v2734 : !llvm.ptr -> f32
                %v2736 = arith.mulf %v2735, %v2710 fastmath<contract> : f32
                %v2737 = arith.mulf %v2728, %v2681 fastmath<contract> : f32
                %v2738 = arith.addf %v2737, %v2736 fastmath<contract> : f32
                %v2739 = arith.addi %v358, %v80 : i64
                %v2740 = arith.minsi %v2739, %v2548 : i64
                %v2741 = arith.addi %v134, %v2740 : i64
                %v2742 = arith.muli %v33, %v163 : i64
                %v2743 = arith.subi %v2741, %v134 : i64
                %v2744 = arith.addi %v2742, %v2743 : i64
                %v2745 = llvm.getelementptr %v64[%v2744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2746 = llvm.load %v2745 : !llvm.ptr -> f32
                %v2747 = arith.negf %v2746 : f32
                %v2748 = arith.mulf %v2747, %v287 fastmath<contract> : f32
                %v2749 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2748) : (f32) -> f32
                %v2750 = arith.addf %v66, %v2749 fastmath<contract> : f32
                %v2751 = arith.divf %v66, %v2750 : f32
                %v2752 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2751) : (f32) -> f32
                %v2753 = arith.mulf %v292, %v2752 fastmath<contract> : f32
                %v2754 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2753) : (f32) -> f32
                %v2755 = arith.muli %v33, %v163 : i64
                %v2756 = arith.subi %v2741, %v134 : i64
                %v2757 = arith.addi %v2755, %v2756 : i64
                %v2758 = llvm.getelementptr %v62[%v2757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2759 = llvm.load %v2758 : !llvm.ptr -> f32
                %v2760 = arith.muli %v47, %v302 : i64
                %v2761 = arith.muli %v2741, %v301 : i64
                %v2762 = arith.addi %v2760, %v2761 : i64
                %v2763 = arith.muli %v45, %size_DV : i64
                %v2764 = arith.addi %v2762, %v2763 : i64
                %v2765 = arith.addi %v2764, %v43 : i64
                %v2766 = llvm.getelementptr %in_v[%v2765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2767 = llvm.load %v2766 : !llvm.ptr -> f32
                %v2768 = arith.mulf %v2759, %v2767 fastmath<contract> : f32
                %v2769 = arith.mulf %v2754, %v2713 fastmath<contract> : f32
                %v2770 = arith.addf %v2769, %v2768 fastmath<contract> : f32
                %v2771 = arith.constant 8 : i64
                %v2772 = arith.addi %v2771, %v33 : i64
                %v2773 = arith.muli %v2772, %v163 : i64
                %v2774 = arith.subi %v2741, %v134 : i64
                %v2775 = arith.addi %v2773, %v2774 : i64
                %v2776 = llvm.getelementptr %v64[%v2775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2777 = llvm.load %v2776 : !llvm.ptr -> f32
                %v2778 = arith.negf %v2777 : f32
                %v2779 = arith.mulf %v2778, %v287 fastmath<contract> : f32
                %v2780 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2779) : (f32) -> f32
                %v2781 = arith.addf %v66, %v2780 fastmath<contract> : f32
                %v2782 = arith.divf %v66, %v2781 : f32
                %v2783 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2782) : (f32) -> f32
                %v2784 = arith.mulf %v292, %v2783 fastmath<contract> : f32
                %v2785 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2784) : (f32) -> f32
                %v2786 = arith.constant 8 : i64
                %v2787 = arith.addi %v2786, %v33 : i64
                %v2788 = arith.muli %v2787, %v163 : i64
                %v2789 = arith.subi %v2741, %v134 : i64
                %v2790 = arith.addi %v2788, %v2789 : i64
                %v2791 = llvm.getelementptr %v62[%v2790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2792 = llvm.load %v2791 : !llvm.ptr -> f32
                %v2793 = arith.mulf %v2792, %v2767 fastmath<contract> : f32
                %v2794 = arith.mulf %v2785, %v2738 fastmath<contract> : f32
                %v2795 = arith.addf %v2794, %v2793 fastmath<contract> : f32
                %v2796 = arith.addi %v358, %v611 : i64
                %v2797 = arith.minsi %v2796, %v2548 : i64
                %v2798 = arith.addi %v134, %v2797 : i64
                %v2799 = arith.muli %v33, %v163 : i64
                %v2800 = arith.subi %v2798, %v134 : i64
                %v2801 = arith.addi %v2799, %v2800 : i64
                %v2802 = llvm.getelementptr %v64[%v2801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2803 = llvm.load %v2802 : !llvm.ptr -> f32
                %v2804 = arith.negf %v2803 : f32
                %v2805 = arith.mulf %v2804, %v287 fastmath<contract> : f32
                %v2806 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2805) : (f32) -> f32
                %v2807 = arith.addf %v66, %v2806 fastmath<contract> : f32
                %v2808 = arith.divf %v66, %v2807 : f32
                %v2809 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2808) : (f32) -> f32
                %v2810 = arith.mulf %v292, %v2809 fastmath<contract> : f32
                %v2811 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2810) : (f32) -> f32
                %v2812 = arith.muli %v33, %v163 : i64
                %v2813 = arith.subi %v2798, %v134 : i64
                %v2814 = arith.addi %v2812, %v2813 : i64
                %v2815 = llvm.getelementptr %v62[%v2814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2816 = llvm.load %v2815 : !llvm.ptr -> f32
                %v2817 = arith.muli %v47, %v302 : i64
                %v2818 = arith.muli %v2798, %v301 : i64
                %v2819 = arith.addi %v2817, %v2818 : i64
                %v2820 = arith.muli %v45, %size_DV : i64
                %v2821 = arith.addi %v2819, %v2820 : i64
                %v2822 = arith.addi %v2821, %v43 : i64
                %v2823 = llvm.getelementptr %in_v[%v2822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2824 = llvm.load %v2823 : !llvm.ptr -> f32
                %v2825 = arith.mulf %v2816, %v2824 fastmath<contract> : f32
                %v2826 = arith.mulf %v2811, %v2770 fastmath<contract> : f32
                %v2827 = arith.addf %v2826, %v2825 fastmath<contract> : f32
                %v2828 = arith.constant 8 : i64
                %v2829 = arith.addi %v2828, %v33 : i64
                %v2830 = arith.muli %v2829, %v163 : i64
                %v2831 = arith.subi %v2798, %v134 : i64
                %v2832 = arith.addi %v2830, %v2831 : i64
                %v2833 = llvm.getelementptr %v64[%v2832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2834 = llvm.load %v2833 : !llvm.ptr -> f32
                %v2835 = arith.negf %v2834 : f32
                %v2836 = arith.mulf %v2835, %v287 fastmath<contract> : f32
                %v2837 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2836) : (f32) -> f32
                %v2838 = arith.addf %v66, %v2837 fastmath<contract> : f32
                %v2839 = arith.divf %v66, %v2838 : f32
                %v2840 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2839) : (f32) -> f32
                %v2841 = arith.mulf %v292, %v2840 fastmath<contract> : f32
                %v2842 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2841) : (f32) -> f32
                %v2843 = arith.constant 8 : i64
                %v2844 = arith.addi %v2843, %v33 : i64
                %v2845 = arith.muli %v2844, %v163 : i64
                %v2846 = arith.subi %v2798, %v134 : i64
                %v2847 = arith.addi %v2845, %v2846 : i64
                %v2848 = llvm.getelementptr %v62[%v2847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2849 = llvm.load %v2848 : !llvm.ptr -> f32
                %v2850 = arith.mulf %v2849, %v2824 fastmath<contract> : f32
                %v2851 = arith.mulf %v2842, %v2795 fastmath<contract> : f32
                %v2852 = arith.addf %v2851, %v2850 fastmath<contract> : f32
                %v2853 = arith.addi %v358, %v669 : i64
                %v2854 = arith.minsi %v2853, %v2548 : i64
                %v2855 = arith.addi %v134, %v2854 : i64
                %v2856 = arith.muli %v33, %v163 : i64
                %v2857 = arith.subi %v2855, %v134 : i64
                %v2858 = arith.addi %v2856, %v2857 : i64
                %v2859 = llvm.getelementptr %v64[%v2858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2860 = llvm.load %v2859 : !llvm.ptr -> f32
                %v2861 = arith.negf %v2860 : f32
                %v2862 = arith.mulf %v2861, %v287 fastmath<contract> : f32
                %v2863 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2862) : (f32) -> f32
                %v2864 = arith.addf %v66, %v2863 fastmath<contract> : f32
                %v2865 = arith.divf %v66, %v2864 : f32
                %v2866 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2865) : (f32) -> f32
                %v2867 = arith.mulf %v292, %v2866 fastmath<contract> : f32
                %v2868 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2867) : (f32) -> f32
                %v2869 = arith.muli %v33, %v163 : i64
                %v2870 = arith.subi %v2855, %v134 : i64
                %v2871 = arith.addi %v2869, %v2870 : i64
                %v2872 = llvm.getelementptr %v62[%v2871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2873 = llvm.load %v2872 : !llvm.ptr -> f32
                %v2874 = arith.muli %v47, %v302 : i64
                %v2875 = arith.muli %v2855, %v301 : i64
                %v2876 = arith.addi %v2874, %v2875 : i64
                %v2877 = arith.muli %v45, %size_DV : i64
                %v2878 = arith.addi %v2876, %v2877 : i64
                %v2879 = arith.addi %v2878, %v43 : i64
                %v2880 = llvm.getelementptr %in_v[%v2879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2881 = llvm.load %v2880 : !llvm.ptr -> f32
                %v2882 = arith.mulf %v2873, %v2881 fastmath<contract> : f32
                %v2883 = arith.mulf %v2868, %v2827 fastmath<contract> : f32
                %v2884 = arith.addf %v2883, %v2882 fastmath<contract> : f32
                %v2885 = arith.constant 8 : i64
                %v2886 = arith.addi %v2885, %v33 : i64
                %v2887 = arith.muli %v2886, %v163 : i64
                %v2888 = arith.subi %v2855, %v134 : i64
                %v2889 = arith.addi %v2887, %v2888 : i64
                %v2890 = llvm.getelementptr %v64[%v2889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2891 = llvm.load %v2890 : !llvm.ptr -> f32
                %v2892 = arith.negf %v2891 : f32
                %v2893 = arith.mulf %v2892, %v287 fastmath<contract> : f32
                %v2894 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2893) : (f32) -> f32
                %v2895 = arith.addf %v66, %v2894 fastmath<contract> : f32
                %v2896 = arith.divf %v66, %v2895 : f32
                %v2897 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2896) : (f32) -> f32
                %v2898 = arith.mulf %v292, %v2897 fastmath<contract> : f32
                %v2899 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2898) : (f32) -> f32
                %v2900 = arith.constant 8 : i64
                %v2901 = arith.addi %v2900, %v33 : i64
                %v2902 = arith.muli %v2901, %v163 : i64
                %v2903 = arith.subi %v2855, %v134 : i64
                %v2904 = arith.addi %v2902, %v2903 : i64
                %v2905 = llvm.getelementptr %v62[%v2904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2906 = llvm.load %v2905 : !llvm.ptr -> f32
                %v2907 = arith.mulf %v2906, %v2881 fastmath<contract> : f32
                %v2908 = arith.mulf %v2899, %v2852 fastmath<contract> : f32
                %v2909 = arith.addf %v2908, %v2907 fastmath<contract> : f32
                %v2910 = arith.addi %v358, %v727 : i64
                %v2911 = arith.minsi %v2910, %v2548 : i64
                %v2912 = arith.addi %v134, %v2911 : i64
                %v2913 = arith.muli %v33, %v163 : i64
                %v2914 = arith.subi %v2912, %v134 : i64
                %v2915 = arith.addi %v2913, %v2914 : i64
                %v2916 = llvm.getelementptr %v64[%v2915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2917 = llvm.load %v2916 : !llvm.ptr -> f32
                %v2918 = arith.negf %v2917 : f32
                %v2919 = arith.mulf %v2918, %v287 fastmath<contract> : f32
                %v2920 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2919) : (f32) -> f32
                %v2921 = arith.addf %v66, %v2920 fastmath<contract> : f32
                %v2922 = arith.divf %v66, %v2921 : f32
                %v2923 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2922) : (f32) -> f32
                %v2924 = arith.mulf %v292, %v2923 fastmath<contract> : f32
                %v2925 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2924) : (f32) -> f32
                %v2926 = arith.muli %v33, %v163 : i64
                %v2927 = arith.subi %v2912, %v134 : i64
                %v2928 = arith.addi %v2926, %v2927 : i64
                %v2929 = llvm.getelementptr %v62[%v2928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2930 = llvm.load %v2929 : !llvm.ptr -> f32
                %v2931 = arith.muli %v47, %v302 : i64
                %v2932 = arith.muli %v2912, %v301 : i64
                %v2933 = arith.addi %v2931, %v2932 : i64
                %v2934 = arith.muli %v45, %size_DV : i64
                %v2935 = arith.addi %v2933, %v2934 : i64
                %v2936 = arith.addi %v2935, %v43 : i64
                %v2937 = llvm.getelementptr %in_v[%v2936] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2938 = llvm.load %v2937 : !llvm.ptr -> f32
                %v2939 = arith.mulf %v2930, %v2938 fastmath<contract> : f32
                %v2940 = arith.mulf %v2925, %v2884 fastmath<contract> : f32
                %v2941 = arith.addf %v2940, %v2939 fastmath<contract> : f32
                %v2942 = arith.constant 8 : i64
                %v2943 = arith.addi %v2942, %v33 : i64
                %v2944 = arith.muli %v2943, %v163 : i64
                %v2945 = arith.subi %v2912, %v134 : i64
                %v2946 = arith.addi %v2944, %v2945 : i64
                %v2947 = llvm.getelementptr %v64[%v2946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2948 = llvm.load %v2947 : !llvm.ptr -> f32
                %v2949 = arith.negf %v2948 : f32
                %v2950 = arith.mulf %v2949, %v287 fastmath<contract> : f32
                %v2951 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2950) : (f32) -> f32
                %v2952 = arith.addf %v66, %v2951 fastmath<contract> : f32
                %v2953 = arith.divf %v66, %v2952 : f32
                %v2954 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2953) : (f32) -> f32
                %v2955 = arith.mulf %v292, %v2954 fastmath<contract> : f32
                %v2956 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2955) : (f32) -> f32
                %v2957 = arith.constant 8 : i64
                %v2958 = arith.addi %v2957, %v33 : i64
                %v2959 = arith.muli %v2958, %v163 : i64
                %v2960 = arith.subi %v2912, %v134 : i64
                %v2961 = arith.addi %v2959, %v2960 : i64
                %v2962 = llvm.getelementptr %v62[%v2961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2963 = llvm.load %v2962 : !llvm.ptr -> f32
                %v2964 = arith.mulf %v2963, %v2938 fastmath<contract> : f32
                %v2965 = arith.mulf %v2956, %v2909 fastmath<contract> : f32
                %v2966 = arith.addf %v2965, %v2964 fastmath<contract> : f32
                %v2967 = arith.addi %v358, %v86 : i64
                %v2968 = arith.minsi %v2967, %v2548 : i64
                %v2969 = arith.addi %v134, %v2968 : i64
                %v2970 = arith.muli %v33, %v163 : i64
                %v2971 = arith.subi %v2969, %v134 : i64
                %v2972 = arith.addi %v2970, %v2971 : i64
                %v2973 = llvm.getelementptr %v64[%v2972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2974 = llvm.load %v2973 : !llvm.ptr -> f32
                %v2975 = arith.negf %v2974 : f32
                %v2976 = arith.mulf %v2975, %v287 fastmath<contract> : f32
                %v2977 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2976) : (f32) -> f32
                %v2978 = arith.addf %v66, %v2977 fastmath<contract> : f32
                %v2979 = arith.divf %v66, %v2978 : f32
                %v2980 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2979) : (f32) -> f32
                %v2981 = arith.mulf %v292, %v2980 fastmath<contract> : f32
                %v2982 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2981) : (f32) -> f32
                %v2983 = arith.muli %v33, %v163 : i64
                %v2984 = arith.subi %v2969, %v134 : i64
                %v2985 = arith.addi %v2983, %v2984 : i64
                %v2986 = llvm.getelementptr %v62[%v2985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2987 = llvm.load %v2986 : !llvm.ptr -> f32
                %v2988 = arith.muli %v47, %v302 : i64
                %v2989 = arith.muli %v2969, %v301 : i64
                %v2990 = arith.addi %v2988, %v2989 : i64
                %v2991 = arith.muli %v45, %size_DV : i64
                %v2992 = arith.addi %v2990, %v2991 : i64
                %v2993 = arith.addi %v2992, %v43 : i64
                %v2994 = llvm.getelementptr %in_v[%v2993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2995 = llvm.load %v2994 : !llvm.ptr -> f32
                %v2996 = arith.mulf %v2987, %v2995 fastmath<contract> : f32
                %v2997 = arith.mulf %v2982, %v2941 fastmath<contract> : f32
                %v2998 = arith.addf %v2997, %v2996 fastmath<contract> : f32
                %v2999 = arith.constant 8 : i64
                %v3000 = arith.addi %v2999, %v33 : i64
                %v3001 = arith.muli %v3000, %v163 : i64
                %v3002 = arith.subi %v2969, %v134 : i64
                %v3003 = arith.addi %v3001, %v3002 : i64
                %v3004 = llvm.getelementptr %v64[%v3003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3005 = llvm.load %v3004 : !llvm.ptr -> f32
                %v3006 = arith.negf %v3005 : f32
                %v3007 = arith.mulf %v3006, %v287 fastmath<contract> : f32
                %v3008 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3007) : (f32) -> f32
                %v3009 = arith.addf %v66, %v3008 fastmath<contract> : f32
                %v3010 = arith.divf %v66, %v3009 : f32
                %v3011 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3010) : (f32) -> f32
                %v3012 = arith.mulf %v292, %v3011 fastmath<contract> : f32
                %v3013 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3012) : (f32) -> f32
                %v3014 = arith.constant 8 : i64
                %v3015 = arith.addi %v3014, %v33 : i64
                %v3016 = arith.muli %v3015, %v163 : i64
                %v3017 = arith.subi %v2969, %v134 : i64
                %v3018 = arith.addi %v3016, %v3017 : i64
                %v3019 = llvm.getelementptr %v62[%v3018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3020 = llvm.load %v3019 : !llvm.ptr -> f32
                %v3021 = arith.mulf %v3020, %v2995 fastmath<contract> : f32
                %v3022 = arith.mulf %v3013, %v2966 fastmath<contract> : f32
                %v3023 = arith.addf %v3022, %v3021 fastmath<contract> : f32
                %v3025 = arith.shrui %v33, %v11 : i64
                %v3026 = arith.andi %v3025, %v2 : i64
                %v3027 = arith.cmpi ne, %v3026, %v11 : i64
                %v3028 = arith.shrui %v33, %v2 : i64
                %v3029 = arith.andi %v3028, %v2 : i64
                %v3030 = arith.cmpi ne, %v3029, %v11 : i64
                %v3031 = arith.shrui %v33, %v75 : i64
                %v3032 = arith.andi %v3031, %v2 : i64
                %v3033 = arith.cmpi ne, %v3032, %v11 : i64
                %v3034 = arith.subi %v136, %v358 : i64
                %v3035 = arith.trunci %v3034 : i64 to i32
                %v3036 = arith.subi %size_L, %v2 : i64
                %v3037 = arith.addi %v134, %v358 : i64
                %v3038 = arith.subi %v3036, %v3037 : i64
                %v3039 = arith.minsi %v3038, %v857 : i64
                %v3040 = arith.trunci %v3039 : i64 to i32
                %v3041 = arith.addi %v358, %v86 : i64
                %v3042 = arith.cmpi slt, %v861, %v3035 : i32
                %v3043 = arith.cmpi eq, %v861, %v3040 : i32
                llvm.store %v65, %v3024 : f32, !llvm.ptr
                scf.if %v3042 {
                  %v3044 = arith.addi %v134, %v3041 : i64
                  %v3045 = arith.muli %v33, %v163 : i64
                  %v3046 = arith.subi %v3044, %v134 : i64
                  %v3047 = arith.addi %v3045, %v3046 : i64
                  %v3048 = llvm.getelementptr %v60[%v3047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3049 = llvm.load %v3048 : !llvm.ptr -> f32
                  %v3050 = arith.muli %v47, %v302 : i64
                  %v3051 = arith.muli %v3044, %v301 : i64
                  %v3052 = arith.addi %v3050, %v3051 : i64
                  %v3053 = arith.muli %v45, %size_DV : i64
                  %v3054 = arith.addi %v3052, %v3053 : i64
                  %v3055 = arith.addi %v3054, %v43 : i64
                  %v3056 = llvm.getelementptr %dy_o[%v3055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3057 = llvm.load %v3056 : !llvm.ptr -> f32
                  %v3058 = arith.mulf %v3049, %v3057 fastmath<contract> : f32
                  %v3059 = llvm.load %v49 : !llvm.ptr -> f32
                  %v3060 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3061 = arith.mulf %v3060, %v3059 fastmath<contract> : f32
                  %v3062 = arith.addf %v3058, %v3061 fastmath<contract> : f32
                  llvm.store %v3062, %v49 : f32, !llvm.ptr
                  %v3063 = arith.constant 8 : i64
                  %v3064 = arith.addi %v3063, %v33 : i64
                  %v3065 = arith.muli %v3064, %v163 : i64
                  %v3066 = arith.subi %v3044, %v134 : i64
                  %v3067 = arith.addi %v3065, %v3066 : i64
                  %v3068 = llvm.getelementptr %v60[%v3067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3069 = llvm.load %v3068 : !llvm.ptr -> f32
                  %v3070 = arith.mulf %v3069, %v3057 fastmath<contract> : f32
                  %v3071 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3072 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3073 = arith.mulf %v3072, %v3071 fastmath<contract> : f32
                  %v3074 = arith.addf %v3070, %v3073 fastmath<contract> : f32
                  llvm.store %v3074, %v50 : f32, !llvm.ptr
                  %v3075 = arith.mulf %v2998, %v3057 fastmath<contract> : f32
                  %v3076 = arith.mulf %v3023, %v3057 fastmath<contract> : f32
                  %v3077 = arith.muli %v47, %v302 : i64
                  %v3078 = arith.muli %v3044, %v301 : i64
                  %v3079 = arith.addi %v3077, %v3078 : i64
                  %v3080 = arith.muli %v45, %size_DV : i64
                  %v3081 = arith.addi %v3079, %v3080 : i64
                  %v3082 = arith.addi %v3081, %v43 : i64
                  %v3083 = llvm.getelementptr %in_v[%v3082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3084 = llvm.load %v3083 : !llvm.ptr -> f32
                  %v3085 = llvm.load %v49 : !llvm.ptr -> f32
                  %v3086 = arith.mulf %v3084, %v3085 fastmath<contract> : f32
                  %v3087 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3088 = arith.mulf %v3084, %v3087 fastmath<contract> : f32
                  %v3089 = arith.muli %v33, %v163 : i64
                  %v3090 = arith.subi %v3044, %v134 : i64
                  %v3091 = arith.addi %v3089, %v3090 : i64
                  %v3092 = llvm.getelementptr %v64[%v3091] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3093 = llvm.load %v3092 : !llvm.ptr -> f32
                  %v3094 = arith.negf %v3093 : f32
                  %v3095 = arith.mulf %v3094, %v287 fastmath<contract> : f32
                  %v3096 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3095) : (f32) -> f32
                  %v3097 = arith.addf %v66, %v3096 fastmath<contract> : f32
                  %v3098 = arith.divf %v66, %v3097 : f32
                  %v3099 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3098) : (f32) -> f32
                  %v3100 = arith.mulf %v919, %v3099 fastmath<contract> : f32
                  %v3101 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3100) : (f32) -> f32
                  %v3102 = arith.mulf %v2941, %v3085 fastmath<contract> : f32
                  %v3103 = arith.mulf %v292, %v3102 fastmath<contract> : f32
                  %v3104 = arith.mulf %v3101, %v3103 fastmath<contract> : f32
                  %v3105 = arith.subf %v66, %v3098 fastmath<contract> : f32
                  %v3106 = arith.mulf %v3098, %v3105 fastmath<contract> : f32
                  %v3107 = arith.mulf %v3104, %v3106 fastmath<contract> : f32
                  %v3108 = arith.constant 8 : i64
                  %v3109 = arith.addi %v3108, %v33 : i64
                  %v3110 = arith.muli %v3109, %v163 : i64
                  %v3111 = arith.subi %v3044, %v134 : i64
                  %v3112 = arith.addi %v3110, %v3111 : i64
                  %v3113 = llvm.getelementptr %v64[%v3112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3114 = llvm.load %v3113 : !llvm.ptr -> f32
                  %v3115 = arith.negf %v3114 : f32
                  %v3116 = arith.mulf %v3115, %v287 fastmath<contract> : f32
                  %v3117 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3116) : (f32) -> f32
                  %v3118 = arith.addf %v66, %v3117 fastmath<contract> : f32
                  %v3119 = arith.divf %v66, %v3118 : f32
                  %v3120 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3119) : (f32) -> f32
                  %v3121 = arith.mulf %v919, %v3120 fastmath<contract> : f32
                  %v3122 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3121) : (f32) -> f32
                  %v3123 = arith.mulf %v2966, %v3087 fastmath<contract> : f32
                  %v3124 = arith.mulf %v292, %v3123 fastmath<contract> : f32
                  %v3125 = arith.mulf %v3122, %v3124 fastmath<contract> : f32
                  %v3126 = arith.subf %v66, %v3119 fastmath<contract> : f32
                  %v3127 = arith.mulf %v3119, %v3126 fastmath<contract> : f32
                  %v3128 = arith.mulf %v3125, %v3127 fastmath<contract> : f32
                  %v3129 = arith.select %v37, %v3075, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3130, %v3131 = gpu.shuffle xor %v3129, %v951, %v277 : f32
                  %v3132 = arith.addf %v3129, %v3130 fastmath<contract> : f32
                  %v3133, %v3134 = gpu.shuffle xor %v3132, %v955, %v277 : f32
                  %v3135 = arith.addf %v3132, %v3133 fastmath<contract> : f32
                  %v3136 = arith.divui %v23, %v25 : i64
                  %v3137 = arith.remui %v23, %v25 : i64
                  %v3138 = arith.cmpi ult, %v3137, %v32 : i64
                  %v3139 = arith.muli %v3136, %v1 : i64
                  %v3140 = arith.addi %v3139, %v33 : i64
                  %v3141 = arith.muli %v3140, %v964 : i64
                  %v3142 = arith.addi %v3141, %v360 : i64
                  scf.if %v3138 {
                    %v3143 = llvm.getelementptr %v54[%v3142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3135, %v3143 : f32, !llvm.ptr
                  }
                  %v3144 = arith.select %v37, %v3076, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3145, %v3146 = gpu.shuffle xor %v3144, %v951, %v277 : f32
                  %v3147 = arith.addf %v3144, %v3145 fastmath<contract> : f32
                  %v3148, %v3149 = gpu.shuffle xor %v3147, %v955, %v277 : f32
                  %v3150 = arith.addf %v3147, %v3148 fastmath<contract> : f32
                  %v3151 = arith.divui %v23, %v25 : i64
                  %v3152 = arith.remui %v23, %v25 : i64
                  %v3153 = arith.cmpi ult, %v3152, %v32 : i64
                  %v3154 = arith.addi %v32, %v33 : i64
                  %v3155 = arith.muli %v3151, %v1 : i64
                  %v3156 = arith.addi %v3155, %v3154 : i64
                  %v3157 = arith.muli %v3156, %v964 : i64
                  %v3158 = arith.addi %v3157, %v360 : i64
                  scf.if %v3153 {
                    %v3159 = llvm.getelementptr %v54[%v3158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3150, %v3159 : f32, !llvm.ptr
                  }
                  %v3160 = arith.select %v37, %v3086, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3161, %v3162 = gpu.shuffle xor %v3160, %v951, %v277 : f32
                  %v3163 = arith.addf %v3160, %v3161 fastmath<contract> : f32
                  %v3164, %v3165 = gpu.shuffle xor %v3163, %v955, %v277 : f32
                  %v3166 = arith.addf %v3163, %v3164 fastmath<contract> : f32
                  %v3167 = arith.divui %v23, %v25 : i64
                  %v3168 = arith.remui %v23, %v25 : i64
                  %v3169 = arith.cmpi ult, %v3168, %v32 : i64
                  %v3170 = arith.muli %v3167, %v1 : i64
                  %v3171 = arith.addi %v3170, %v33 : i64
                  %v3172 = arith.muli %v3171, %v964 : i64
                  %v3173 = arith.addi %v3172, %v360 : i64
                  scf.if %v3169 {
                    %v3174 = llvm.getelementptr %v56[%v3173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3166, %v3174 : f32, !llvm.ptr
                  }
                  %v3175 = arith.select %v37, %v3088, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3176, %v3177 = gpu.shuffle xor %v3175, %v951, %v277 : f32
                  %v3178 = arith.addf %v3175, %v3176 fastmath<contract> : f32
                  %v3179, %v3180 = gpu.shuffle xor %v3178, %v955, %v277 : f32
                  %v3181 = arith.addf %v3178, %v3179 fastmath<contract> : f32
                  %v3182 = arith.divui %v23, %v25 : i64
                  %v3183 = arith.remui %v23, %v25 : i64
                  %v3184 = arith.cmpi ult, %v3183, %v32 : i64
                  %v3185 = arith.addi %v32, %v33 : i64
                  %v3186 = arith.muli %v3182, %v1 : i64
                  %v3187 = arith.addi %v3186, %v3185 : i64
                  %v3188 = arith.muli %v3187, %v964 : i64
                  %v3189 = arith.addi %v3188, %v360 : i64
                  scf.if %v3184 {
                    %v3190 = llvm.getelementptr %v56[%v3189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3181, %v3190 : f32, !llvm.ptr
                  }
                  %v3191 = arith.select %v37, %v3107, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3192, %v3193 = gpu.shuffle xor %v3191, %v951, %v277 : f32
                  %v3194 = arith.addf %v3191, %v3192 fastmath<contract> : f32
                  %v3195, %v3196 = gpu.shuffle xor %v3194, %v955, %v277 : f32
                  %v3197 = arith.addf %v3194, %v3195 fastmath<contract> : f32
                  %v3198 = arith.divui %v23, %v25 : i64
                  %v3199 = arith.remui %v23, %v25 : i64
                  %v3200 = arith.cmpi ult, %v3199, %v32 : i64
                  %v3201 = arith.muli %v3198, %v1 : i64
                  %v3202 = arith.addi %v3201, %v33 : i64
                  %v3203 = arith.muli %v3202, %v964 : i64
                  %v3204 = arith.addi %v3203, %v360 : i64
                  scf.if %v3200 {
                    %v3205 = llvm.getelementptr %v58[%v3204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3197, %v3205 : f32, !llvm.ptr
                  }
                  %v3206 = arith.select %v37, %v3128, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3207, %v3208 = gpu.shuffle xor %v3206, %v951, %v277 : f32
                  %v3209 = arith.addf %v3206, %v3207 fastmath<contract> : f32
                  %v3210, %v3211 = gpu.shuffle xor %v3209, %v955, %v277 : f32
                  %v3212 = arith.addf %v3209, %v3210 fastmath<contract> : f32
                  %v3213 = arith.divui %v23, %v25 : i64
                  %v3214 = arith.remui %v23, %v25 : i64
                  %v3215 = arith.cmpi ult, %v3214, %v32 : i64
                  %v3216 = arith.addi %v32, %v33 : i64
                  %v3217 = arith.muli %v3213, %v1 : i64
                  %v3218 = arith.addi %v3217, %v3216 : i64
                  %v3219 = arith.muli %v3218, %v964 : i64
                  %v3220 = arith.addi %v3219, %v360 : i64
                  scf.if %v3215 {
                    %v3221 = llvm.getelementptr %v58[%v3220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3212, %v3221 : f32, !llvm.ptr
                  }
                  %v3222 = arith.muli %v33, %v163 : i64
                  %v3223 = arith.subi %v3044, %v134 : i64
                  %v3224 = arith.addi %v3222, %v3223 : i64
                  %v3225 = llvm.getelementptr %v62[%v3224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3226 = llvm.load %v3225 : !llvm.ptr -> f32
                  %v3227 = arith.mulf %v3226, %v3085 fastmath<contract> : f32
                  %v3228 = arith.constant 8 : i64
                  %v3229 = arith.addi %v3228, %v33 : i64
                  %v3230 = arith.muli %v3229, %v163 : i64
                  %v3231 = arith.subi %v3044, %v134 : i64
                  %v3232 = arith.addi %v3230, %v3231 : i64
                  %v3233 = llvm.getelementptr %v62[%v3232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3234 = llvm.load %v3233 : !llvm.ptr -> f32
                  %v3235 = arith.mulf %v3234, %v3087 fastmath<contract> : f32
                  %v3236 = arith.addf %v3227, %v3235 fastmath<contract> : f32
                  llvm.store %v3236, %v3024 : f32, !llvm.ptr
                  %v3237 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3098) : (f32) -> f32
                  %v3238 = arith.mulf %v292, %v3237 fastmath<contract> : f32
                  %v3239 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3238) : (f32) -> f32
                  llvm.store %v3239, %v51 : f32, !llvm.ptr
                  %v3240 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3119) : (f32) -> f32
                  %v3241 = arith.mulf %v292, %v3240 fastmath<contract> : f32
                  %v3242 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3241) : (f32) -> f32
                  llvm.store %v3242, %v52 : f32, !llvm.ptr
                }
                %v3243 = llvm.load %v3024 : !llvm.ptr -> f32
                %v3244 = arith.addi %v358, %v727 : i64
                %v3245 = arith.cmpi slt, %v1069, %v3035 : i32
                %v3246 = arith.cmpi eq, %v1069, %v3040 : i32
                %v3247 = arith.addi %v360, %v2 : i64
                llvm.store %v65, %v3024 : f32, !llvm.ptr
                scf.if %v3245 {
                  %v3248 = arith.addi %v134, %v3244 : i64
                  %v3249 = arith.muli %v33, %v163 : i64
                  %v3250 = arith.subi %v3248, %v134 : i64
                  %v3251 = arith.addi %v3249, %v3250 : i64
                  %v3252 = llvm.getelementptr %v60[%v3251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3253 = llvm.load %v3252 : !llvm.ptr -> f32
                  %v3254 = arith.muli %v47, %v302 : i64
                  %v3255 = arith.muli %v3248, %v301 : i64
                  %v3256 = arith.addi %v3254, %v3255 : i64
                  %v3257 = arith.muli %v45, %size_DV : i64
                  %v3258 = arith.addi %v3256, %v3257 : i64
                  %v3259 = arith.addi %v3258, %v43 : i64
                  %v3260 = llvm.getelementptr %dy_o[%v3259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3261 = llvm.load %v3260 : !llvm.ptr -> f32
                  %v3262 = arith.mulf %v3253, %v3261 fastmath<contract> : f32
                  %v3263 = llvm.load %v49 : !llvm.ptr -> f32
                  %v3264 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3265 = arith.mulf %v3264, %v3263 fastmath<contract> : f32
                  %v3266 = arith.addf %v3262, %v3265 fastmath<contract> : f32
                  llvm.store %v3266, %v49 : f32, !llvm.ptr
                  %v3267 = arith.constant 8 : i64
                  %v3268 = arith.addi %v3267, %v33 : i64
                  %v3269 = arith.muli %v3268, %v163 : i64
                  %v3270 = arith.subi %v3248, %v134 : i64
                  %v3271 = arith.addi %v3269, %v3270 : i64
                  %v3272 = llvm.getelementptr %v60[%v3271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3273 = llvm.load %v3272 : !llvm.ptr -> f32
                  %v3274 = arith.mulf %v3273, %v3261 fastmath<contract> : f32
                  %v3275 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3276 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3277 = arith.mulf %v3276, %v3275 fastmath<contract> : f32
                  %v3278 = arith.addf %v3274, %v3277 fastmath<contract> : f32
                  llvm.store %v3278, %v50 : f32, !llvm.ptr
                  %v3279 = arith.mulf %v2941, %v3261 fastmath<contract> : f32
                  %v3280 = arith.mulf %v2966, %v3261 fastmath<contract> : f32
                  %v3281 = arith.muli %v47, %v302 : i64
                  %v3282 = arith.muli %v3248, %v301 : i64
                  %v3283 = arith.addi %v3281, %v3282 : i64
                  %v3284 = arith.muli %v45, %size_DV : i64
                  %v3285 = arith.addi %v3283, %v3284 : i64
                  %v3286 = arith.addi %v3285, %v43 : i64
                  %v3287 = llvm.getelementptr %in_v[%v3286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3288 = llvm.load %v3287 : !llvm.ptr -> f32
                  %v3289 = llvm.load %v49 : !llvm.ptr -> f32
                  %v3290 = arith.mulf %v3288, %v3289 fastmath<contract> : f32
                  %v3291 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3292 = arith.mulf %v3288, %v3291 fastmath<contract> : f32
                  %v3293 = arith.muli %v33, %v163 : i64
                  %v3294 = arith.subi %v3248, %v134 : i64
                  %v3295 = arith.addi %v3293, %v3294 : i64
                  %v3296 = llvm.getelementptr %v64[%v3295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3297 = llvm.load %v3296 : !llvm.ptr -> f32
                  %v3298 = arith.negf %v3297 : f32
                  %v3299 = arith.mulf %v3298, %v287 fastmath<contract> : f32
                  %v3300 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3299) : (f32) -> f32
                  %v3301 = arith.addf %v66, %v3300 fastmath<contract> : f32
                  %v3302 = arith.divf %v66, %v3301 : f32
                  %v3303 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3302) : (f32) -> f32
                  %v3304 = arith.mulf %v919, %v3303 fastmath<contract> : f32
                  %v3305 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3304) : (f32) -> f32
                  %v3306 = arith.mulf %v2884, %v3289 fastmath<contract> : f32
                  %v3307 = arith.mulf %v292, %v3306 fastmath<contract> : f32
                  %v3308 = arith.mulf %v3305, %v3307 fastmath<contract> : f32
                  %v3309 = arith.subf %v66, %v3302 fastmath<contract> : f32
                  %v3310 = arith.mulf %v3302, %v3309 fastmath<contract> : f32
                  %v3311 = arith.mulf %v3308, %v3310 fastmath<contract> : f32
                  %v3312 = arith.constant 8 : i64
                  %v3313 = arith.addi %v3312, %v33 : i64
                  %v3314 = arith.muli %v3313, %v163 : i64
                  %v3315 = arith.subi %v3248, %v134 : i64
                  %v3316 = arith.addi %v3314, %v3315 : i64
                  %v3317 = llvm.getelementptr %v64[%v3316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3318 = llvm.load %v3317 : !llvm.ptr -> f32
                  %v3319 = arith.negf %v3318 : f32
                  %v3320 = arith.mulf %v3319, %v287 fastmath<contract> : f32
                  %v3321 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3320) : (f32) -> f32
                  %v3322 = arith.addf %v66, %v3321 fastmath<contract> : f32
                  %v3323 = arith.divf %v66, %v3322 : f32
                  %v3324 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3323) : (f32) -> f32
                  %v3325 = arith.mulf %v919, %v3324 fastmath<contract> : f32
                  %v3326 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3325) : (f32) -> f32
                  %v3327 = arith.mulf %v2909, %v3291 fastmath<contract> : f32
                  %v3328 = arith.mulf %v292, %v3327 fastmath<contract> : f32
                  %v3329 = arith.mulf %v3326, %v3328 fastmath<contract> : f32
                  %v3330 = arith.subf %v66, %v3323 fastmath<contract> : f32
                  %v3331 = arith.mulf %v3323, %v3330 fastmath<contract> : f32
                  %v3332 = arith.mulf %v3329, %v3331 fastmath<contract> : f32
                  %v3333 = arith.select %v37, %v3279, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3334, %v3335 = gpu.shuffle xor %v3333, %v951, %v277 : f32
                  %v3336 = arith.addf %v3333, %v3334 fastmath<contract> : f32
                  %v3337, %v3338 = gpu.shuffle xor %v3336, %v955, %v277 : f32
                  %v3339 = arith.addf %v3336, %v3337 fastmath<contract> : f32
                  %v3340 = arith.divui %v23, %v25 : i64
                  %v3341 = arith.remui %v23, %v25 : i64
                  %v3342 = arith.cmpi ult, %v3341, %v32 : i64
                  %v3343 = arith.muli %v3340, %v1 : i64
                  %v3344 = arith.addi %v3343, %v33 : i64
                  %v3345 = arith.muli %v3344, %v964 : i64
                  %v3346 = arith.addi %v3345, %v3247 : i64
                  scf.if %v3342 {
                    %v3347 = llvm.getelementptr %v54[%v3346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3339, %v3347 : f32, !llvm.ptr
                  }
                  %v3348 = arith.select %v37, %v3280, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3349, %v3350 = gpu.shuffle xor %v3348, %v951, %v277 : f32
                  %v3351 = arith.addf %v3348, %v3349 fastmath<contract> : f32
                  %v3352, %v3353 = gpu.shuffle xor %v3351, %v955, %v277 : f32
                  %v3354 = arith.addf %v3351, %v3352 fastmath<contract> : f32
                  %v3355 = arith.divui %v23, %v25 : i64
                  %v3356 = arith.remui %v23, %v25 : i64
                  %v3357 = arith.cmpi ult, %v3356, %v32 : i64
                  %v3358 = arith.addi %v32, %v33 : i64
                  %v3359 = arith.muli %v3355, %v1 : i64
                  %v3360 = arith.addi %v3359, %v3358 : i64
                  %v3361 = arith.muli %v3360, %v964 : i64
                  %v3362 = arith.addi %v3361, %v3247 : i64
                  scf.if %v3357 {
                    %v3363 = llvm.getelementptr %v54[%v3362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3354, %v3363 : f32, !llvm.ptr
                  }
                  %v3364 = arith.select %v37, %v3290, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3365, %v3366 = gpu.shuffle xor %v3364, %v951, %v277 : f32
                  %v3367 = arith.addf %v3364, %v3365 fastmath<contract> : f32
                  %v3368, %v3369 = gpu.shuffle xor %v3367, %v955, %v277 : f32
                  %v3370 = arith.addf %v3367, %v3368 fastmath<contract> : f32
                  %v3371 = arith.divui %v23, %v25 : i64
                  %v3372 = arith.remui %v23, %v25 : i64
                  %v3373 = arith.cmpi ult, %v3372, %v32 : i64
                  %v3374 = arith.muli %v3371, %v1 : i64
                  %v3375 = arith.addi %v3374, %v33 : i64
                  %v3376 = arith.muli %v3375, %v964 : i64
                  %v3377 = arith.addi %v3376, %v3247 : i64
                  scf.if %v3373 {
                    %v3378 = llvm.getelementptr %v56[%v3377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3370, %v3378 : f32, !llvm.ptr
                  }
                  %v3379 = arith.select %v37, %v3292, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3380, %v3381 = gpu.shuffle xor %v3379, %v951, %v277 : f32
                  %v3382 = arith.addf %v3379, %v3380 fastmath<contract> : f32
                  %v3383, %v3384 = gpu.shuffle xor %v3382, %v955, %v277 : f32
                  %v3385 = arith.addf %v3382, %v3383 fastmath<contract> : f32
                  %v3386 = arith.divui %v23, %v25 : i64
                  %v3387 = arith.remui %v23, %v25 : i64
                  %v3388 = arith.cmpi ult, %v3387, %v32 : i64
                  %v3389 = arith.addi %v32, %v33 : i64
                  %v3390 = arith.muli %v3386, %v1 : i64
                  %v3391 = arith.addi %v3390, %v3389 : i64
                  %v3392 = arith.muli %v3391, %v964 : i64
                  %v3393 = arith.addi %v3392, %v3247 : i64
                  scf.if %v3388 {
                    %v3394 = llvm.getelementptr %v56[%v3393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3385, %v3394 : f32, !llvm.ptr
                  }
                  %v3395 = arith.select %v37, %v3311, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3396, %v3397 = gpu.shuffle xor %v3395, %v951, %v277 : f32
                  %v3398 = arith.addf %v3395, %v3396 fastmath<contract> : f32
                  %v3399, %v3400 = gpu.shuffle xor %v3398, %v955, %v277 : f32
                  %v3401 = arith.addf %v3398, %v3399 fastmath<contract> : f32
                  %v3402 = arith.divui %v23, %v25 : i64
                  %v3403 = arith.remui %v23, %v25 : i64
                  %v3404 = arith.cmpi ult, %v3403, %v32 : i64
                  %v3405 = arith.muli %v3402, %v1 : i64
                  %v3406 = arith.addi %v3405, %v33 : i64
                  %v3407 = arith.muli %v3406, %v964 : i64
                  %v3408 = arith.addi %v3407, %v3247 : i64
                  scf.if %v3404 {
                    %v3409 = llvm.getelementptr %v58[%v3408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3401, %v3409 : f32, !llvm.ptr
                  }
                  %v3410 = arith.select %v37, %v3332, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3411, %v3412 = gpu.shuffle xor %v3410, %v951, %v277 : f32
                  %v3413 = arith.addf %v3410, %v3411 fastmath<contract> : f32
                  %v3414, %v3415 = gpu.shuffle xor %v3413, %v955, %v277 : f32
                  %v3416 = arith.addf %v3413, %v3414 fastmath<contract> : f32
                  %v3417 = arith.divui %v23, %v25 : i64
                  %v3418 = arith.remui %v23, %v25 : i64
                  %v3419 = arith.cmpi ult, %v3418, %v32 : i64
                  %v3420 = arith.addi %v32, %v33 : i64
                  %v3421 = arith.muli %v3417, %v1 : i64
                  %v3422 = arith.addi %v3421, %v3420 : i64
                  %v3423 = arith.muli %v3422, %v964 : i64
                  %v3424 = arith.addi %v3423, %v3247 : i64
                  scf.if %v3419 {
                    %v3425 = llvm.getelementptr %v58[%v3424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3416, %v3425 : f32, !llvm.ptr
                  }
                  %v3426 = arith.muli %v33, %v163 : i64
                  %v3427 = arith.subi %v3248, %v134 : i64
                  %v3428 = arith.addi %v3426, %v3427 : i64
                  %v3429 = llvm.getelementptr %v62[%v3428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3430 = llvm.load %v3429 : !llvm.ptr -> f32
                  %v3431 = arith.mulf %v3430, %v3289 fastmath<contract> : f32
                  %v3432 = arith.constant 8 : i64
                  %v3433 = arith.addi %v3432, %v33 : i64
                  %v3434 = arith.muli %v3433, %v163 : i64
                  %v3435 = arith.subi %v3248, %v134 : i64
                  %v3436 = arith.addi %v3434, %v3435 : i64
                  %v3437 = llvm.getelementptr %v62[%v3436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3438 = llvm.load %v3437 : !llvm.ptr -> f32
                  %v3439 = arith.mulf %v3438, %v3291 fastmath<contract> : f32
                  %v3440 = arith.addf %v3431, %v3439 fastmath<contract> : f32
                  llvm.store %v3440, %v3024 : f32, !llvm.ptr
                  %v3441 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3302) : (f32) -> f32
                  %v3442 = arith.mulf %v292, %v3441 fastmath<contract> : f32
                  %v3443 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3442) : (f32) -> f32
                  llvm.store %v3443, %v51 : f32, !llvm.ptr
                  %v3444 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3323) : (f32) -> f32
                  %v3445 = arith.mulf %v292, %v3444 fastmath<contract> : f32
                  %v3446 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3445) : (f32) -> f32
                  llvm.store %v3446, %v52 : f32, !llvm.ptr
                }
                %v3447 = llvm.load %v3024 : !llvm.ptr -> f32
                %v3448 = arith.select %v3027, %v3447, %v3243 : f32
                %v3449 = arith.select %v3027, %v3243, %v3447 : f32
                %v3450, %v3451 = gpu.shuffle xor %v3448, %v1275, %v277 : f32
                %v3452 = arith.addf %v3449, %v3450 fastmath<contract> : f32
                %v3453 = arith.addi %v358, %v669 : i64
                %v3454 = arith.cmpi slt, %v1280, %v3035 : i32
                %v3455 = arith.cmpi eq, %v1280, %v3040 : i32
                %v3456 = arith.addi %v360, %v75 : i64
                llvm.store %v65, %v3024 : f32, !llvm.ptr
                scf.if %v3454 {
                  %v3457 = arith.addi %v134, %v3453 : i64
                  %v3458 = arith.muli %v33, %v163 : i64
                  %v3459 = arith.subi %v3457, %v134 : i64
                  %v3460 = arith.addi %v3458, %v3459 : i64
                  %v3461 = llvm.getelementptr %v60[%v3460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3462 = llvm.load %v3461 : !llvm.ptr -> f32
                  %v3463 = arith.muli %v47, %v302 : i64
                  %v3464 = arith.muli %v3457, %v301 : i64
                  %v3465 = arith.addi %v3463, %v3464 : i64
                  %v3466 = arith.muli %v45, %size_DV : i64
                  %v3467 = arith.addi %v3465, %v3466 : i64
                  %v3468 = arith.addi %v3467, %v43 : i64
                  %v3469 = llvm.getelementptr %dy_o[%v3468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3470 = llvm.load %v3469 : !llvm.ptr -> f32
                  %v3471 = arith.mulf %v3462, %v3470 fastmath<contract> : f32
                  %v3472 = llvm.load %v49 : !llvm.ptr -> f32
                  %v3473 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3474 = arith.mulf %v3473, %v3472 fastmath<contract> : f32
                  %v3475 = arith.addf %v3471, %v3474 fastmath<contract> : f32
                  llvm.store %v3475, %v49 : f32, !llvm.ptr
                  %v3476 = arith.constant 8 : i64
                  %v3477 = arith.addi %v3476, %v33 : i64
                  %v3478 = arith.muli %v3477, %v163 : i64
                  %v3479 = arith.subi %v3457, %v134 : i64
                  %v3480 = arith.addi %v3478, %v3479 : i64
                  %v3481 = llvm.getelementptr %v60[%v3480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3482 = llvm.load %v3481 : !llvm.ptr -> f32
                  %v3483 = arith.mulf %v3482, %v3470 fastmath<contract> : f32
                  %v3484 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3485 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3486 = arith.mulf %v3485, %v3484 fastmath<contract> : f32
                  %v3487 = arith.addf %v3483, %v3486 fastmath<contract> : f32
                  llvm.store %v3487, %v50 : f32, !llvm.ptr
                  %v3488 = arith.mulf %v2884, %v3470 fastmath<contract> : f32
                  %v3489 = arith.mulf %v2909, %v3470 fastmath<contract> : f32
                  %v3490 = arith.muli %v47, %v302 : i64
                  %v3491 = arith.muli %v3457, %v301 : i64
                  %v3492 = arith.addi %v3490, %v3491 : i64
                  %v3493 = arith.muli %v45, %size_DV : i64
                  %v3494 = arith.addi %v3492, %v3493 : i64
                  %v3495 = arith.addi %v3494, %v43 : i64
                  %v3496 = llvm.getelementptr %in_v[%v3495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3497 = llvm.load %v3496 : !llvm.ptr -> f32
                  %v3498 = llvm.load %v49 : !llvm.ptr -> f32
                  %v3499 = arith.mulf %v3497, %v3498 fastmath<contract> : f32
                  %v3500 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3501 = arith.mulf %v3497, %v3500 fastmath<contract> : f32
                  %v3502 = arith.muli %v33, %v163 : i64
                  %v3503 = arith.subi %v3457, %v134 : i64
                  %v3504 = arith.addi %v3502, %v3503 : i64
                  %v3505 = llvm.getelementptr %v64[%v3504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3506 = llvm.load %v3505 : !llvm.ptr -> f32
                  %v3507 = arith.negf %v3506 : f32
                  %v3508 = arith.mulf %v3507, %v287 fastmath<contract> : f32
                  %v3509 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3508) : (f32) -> f32
                  %v3510 = arith.addf %v66, %v3509 fastmath<contract> : f32
                  %v3511 = arith.divf %v66, %v3510 : f32
                  %v3512 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3511) : (f32) -> f32
                  %v3513 = arith.mulf %v919, %v3512 fastmath<contract> : f32
                  %v3514 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3513) : (f32) -> f32
                  %v3515 = arith.mulf %v2827, %v3498 fastmath<contract> : f32
                  %v3516 = arith.mulf %v292, %v3515 fastmath<contract> : f32
                  %v3517 = arith.mulf %v3514, %v3516 fastmath<contract> : f32
                  %v3518 = arith.subf %v66, %v3511 fastmath<contract> : f32
                  %v3519 = arith.mulf %v3511, %v3518 fastmath<contract> : f32
                  %v3520 = arith.mulf %v3517, %v3519 fastmath<contract> : f32
                  %v3521 = arith.constant 8 : i64
                  %v3522 = arith.addi %v3521, %v33 : i64
                  %v3523 = arith.muli %v3522, %v163 : i64
                  %v3524 = arith.subi %v3457, %v134 : i64
                  %v3525 = arith.addi %v3523, %v3524 : i64
                  %v3526 = llvm.getelementptr %v64[%v3525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3527 = llvm.load %v3526 : !llvm.ptr -> f32
                  %v3528 = arith.negf %v3527 : f32
                  %v3529 = arith.mulf %v3528, %v287 fastmath<contract> : f32
                  %v3530 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3529) : (f32) -> f32
                  %v3531 = arith.addf %v66, %v3530 fastmath<contract> : f32
                  %v3532 = arith.divf %v66, %v3531 : f32
                  %v3533 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3532) : (f32) -> f32
                  %v3534 = arith.mulf %v919, %v3533 fastmath<contract> : f32
                  %v3535 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3534) : (f32) -> f32
                  %v3536 = arith.mulf %v2852, %v3500 fastmath<contract> : f32
                  %v3537 = arith.mulf %v292, %v3536 fastmath<contract> : f32
                  %v3538 = arith.mulf %v3535, %v3537 fastmath<contract> : f32
                  %v3539 = arith.subf %v66, %v3532 fastmath<contract> : f32
                  %v3540 = arith.mulf %v3532, %v3539 fastmath<contract> : f32
                  %v3541 = arith.mulf %v3538, %v3540 fastmath<contract> : f32
                  %v3542 = arith.select %v37, %v3488, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3543, %v3544 = gpu.shuffle xor %v3542, %v951, %v277 : f32
                  %v3545 = arith.addf %v3542, %v3543 fastmath<contract> : f32
                  %v3546, %v3547 = gpu.shuffle xor %v3545, %v955, %v277 : f32
                  %v3548 = arith.addf %v3545, %v3546 fastmath<contract> : f32
                  %v3549 = arith.divui %v23, %v25 : i64
                  %v3550 = arith.remui %v23, %v25 : i64
                  %v3551 = arith.cmpi ult, %v3550, %v32 : i64
                  %v3552 = arith.muli %v3549, %v1 : i64
                  %v3553 = arith.addi %v3552, %v33 : i64
                  %v3554 = arith.muli %v3553, %v964 : i64
                  %v3555 = arith.addi %v3554, %v3456 : i64
                  scf.if %v3551 {
                    %v3556 = llvm.getelementptr %v54[%v3555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3548, %v3556 : f32, !llvm.ptr
                  }
                  %v3557 = arith.select %v37, %v3489, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3558, %v3559 = gpu.shuffle xor %v3557, %v951, %v277 : f32
                  %v3560 = arith.addf %v3557, %v3558 fastmath<contract> : f32
                  %v3561, %v3562 = gpu.shuffle xor %v3560, %v955, %v277 : f32
                  %v3563 = arith.addf %v3560, %v3561 fastmath<contract> : f32
                  %v3564 = arith.divui %v23, %v25 : i64
                  %v3565 = arith.remui %v23, %v25 : i64
                  %v3566 = arith.cmpi ult, %v3565, %v32 : i64
                  %v3567 = arith.addi %v32, %v33 : i64
                  %v3568 = arith.muli %v3564, %v1 : i64
                  %v3569 = arith.addi %v3568, %v3567 : i64
                  %v3570 = arith.muli %v3569, %v964 : i64
                  %v3571 = arith.addi %v3570, %v3456 : i64
                  scf.if %v3566 {
                    %v3572 = llvm.getelementptr %v54[%v3571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3563, %v3572 : f32, !llvm.ptr
                  }
                  %v3573 = arith.select %v37, %v3499, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3574, %v3575 = gpu.shuffle xor %v3573, %v951, %v277 : f32
                  %v3576 = arith.addf %v3573, %v3574 fastmath<contract> : f32
                  %v3577, %v3578 = gpu.shuffle xor %v3576, %v955, %v277 : f32
                  %v3579 = arith.addf %v3576, %v3577 fastmath<contract> : f32
                  %v3580 = arith.divui %v23, %v25 : i64
                  %v3581 = arith.remui %v23, %v25 : i64
                  %v3582 = arith.cmpi ult, %v3581, %v32 : i64
                  %v3583 = arith.muli %v3580, %v1 : i64
                  %v3584 = arith.addi %v3583, %v33 : i64
                  %v3585 = arith.muli %v3584, %v964 : i64
                  %v3586 = arith.addi %v3585, %v3456 : i64
                  scf.if %v3582 {
                    %v3587 = llvm.getelementptr %v56[%v3586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3579, %v3587 : f32, !llvm.ptr
                  }
                  %v3588 = arith.select %v37, %v3501, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3589, %v3590 = gpu.shuffle xor %v3588, %v951, %v277 : f32
                  %v3591 = arith.addf %v3588, %v3589 fastmath<contract> : f32
                  %v3592, %v3593 = gpu.shuffle xor %v3591, %v955, %v277 : f32
                  %v3594 = arith.addf %v3591, %v3592 fastmath<contract> : f32
                  %v3595 = arith.divui %v23, %v25 : i64
                  %v3596 = arith.remui %v23, %v25 : i64
                  %v3597 = arith.cmpi ult, %v3596, %v32 : i64
                  %v3598 = arith.addi %v32, %v33 : i64
                  %v3599 = arith.muli %v3595, %v1 : i64
                  %v3600 = arith.addi %v3599, %v3598 : i64
                  %v3601 = arith.muli %v3600, %v964 : i64
                  %v3602 = arith.addi %v3601, %v3456 : i64
                  scf.if %v3597 {
                    %v3603 = llvm.getelementptr %v56[%v3602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3594, %v3603 : f32, !llvm.ptr
                  }
                  %v3604 = arith.select %v37, %v3520, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3605, %v3606 = gpu.shuffle xor %v3604, %v951, %v277 : f32
                  %v3607 = arith.addf %v3604, %v3605 fastmath<contract> : f32
                  %v3608, %v3609 = gpu.shuffle xor %v3607, %v955, %v277 : f32
                  %v3610 = arith.addf %v3607, %v3608 fastmath<contract> : f32
                  %v3611 = arith.divui %v23, %v25 : i64
                  %v3612 = arith.remui %v23, %v25 : i64
                  %v3613 = arith.cmpi ult, %v3612, %v32 : i64
                  %v3614 = arith.muli %v3611, %v1 : i64
                  %v3615 = arith.addi %v3614, %v33 : i64
                  %v3616 = arith.muli %v3615, %v964 : i64
                  %v3617 = arith.addi %v3616, %v3456 : i64
                  scf.if %v3613 {
                    %v3618 = llvm.getelementptr %v58[%v3617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3610, %v3618 : f32, !llvm.ptr
                  }
                  %v3619 = arith.select %v37, %v3541, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3620, %v3621 = gpu.shuffle xor %v3619, %v951, %v277 : f32
                  %v3622 = arith.addf %v3619, %v3620 fastmath<contract> : f32
                  %v3623, %v3624 = gpu.shuffle xor %v3622, %v955, %v277 : f32
                  %v3625 = arith.addf %v3622, %v3623 fastmath<contract> : f32
                  %v3626 = arith.divui %v23, %v25 : i64
                  %v3627 = arith.remui %v23, %v25 : i64
                  %v3628 = arith.cmpi ult, %v3627, %v32 : i64
                  %v3629 = arith.addi %v32, %v33 : i64
                  %v3630 = arith.muli %v3626, %v1 : i64
                  %v3631 = arith.addi %v3630, %v3629 : i64
                  %v3632 = arith.muli %v3631, %v964 : i64
                  %v3633 = arith.addi %v3632, %v3456 : i64
                  scf.if %v3628 {
                    %v3634 = llvm.getelementptr %v58[%v3633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3625, %v3634 : f32, !llvm.ptr
                  }
                  %v3635 = arith.muli %v33, %v163 : i64
                  %v3636 = arith.subi %v3457, %v134 : i64
                  %v3637 = arith.addi %v3635, %v3636 : i64
                  %v3638 = llvm.getelementptr %v62[%v3637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3639 = llvm.load %v3638 : !llvm.ptr -> f32
                  %v3640 = arith.mulf %v3639, %v3498 fastmath<contract> : f32
                  %v3641 = arith.constant 8 : i64
                  %v3642 = arith.addi %v3641, %v33 : i64
                  %v3643 = arith.muli %v3642, %v163 : i64
                  %v3644 = arith.subi %v3457, %v134 : i64
                  %v3645 = arith.addi %v3643, %v3644 : i64
                  %v3646 = llvm.getelementptr %v62[%v3645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3647 = llvm.load %v3646 : !llvm.ptr -> f32
                  %v3648 = arith.mulf %v3647, %v3500 fastmath<contract> : f32
                  %v3649 = arith.addf %v3640, %v3648 fastmath<contract> : f32
                  llvm.store %v3649, %v3024 : f32, !llvm.ptr
                  %v3650 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3511) : (f32) -> f32
                  %v3651 = arith.mulf %v292, %v3650 fastmath<contract> : f32
                  %v3652 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3651) : (f32) -> f32
                  llvm.store %v3652, %v51 : f32, !llvm.ptr
                  %v3653 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3532) : (f32) -> f32
                  %v3654 = arith.mulf %v292, %v3653 fastmath<contract> : f32
                  %v3655 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3654) : (f32) -> f32
                  llvm.store %v3655, %v52 : f32, !llvm.ptr
                }
                %v3656 = llvm.load %v3024 : !llvm.ptr -> f32
                %v3657 = arith.addi %v358, %v611 : i64
                %v3658 = arith.cmpi slt, %v1485, %v3035 : i32
                %v3659 = arith.cmpi eq, %v1485, %v3040 : i32
                %v3660 = arith.addi %v360, %v80 : i64
                llvm.store %v65, %v3024 : f32, !llvm.ptr
                scf.if %v3658 {
                  %v3661 = arith.addi %v134, %v3657 : i64
                  %v3662 = arith.muli %v33, %v163 : i64
                  %v3663 = arith.subi %v3661, %v134 : i64
                  %v3664 = arith.addi %v3662, %v3663 : i64
                  %v3665 = llvm.getelementptr %v60[%v3664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3666 = llvm.load %v3665 : !llvm.ptr -> f32
                  %v3667 = arith.muli %v47, %v302 : i64
                  %v3668 = arith.muli %v3661, %v301 : i64
                  %v3669 = arith.addi %v3667, %v3668 : i64
                  %v3670 = arith.muli %v45, %size_DV : i64
                  %v3671 = arith.addi %v3669, %v3670 : i64
                  %v3672 = arith.addi %v3671, %v43 : i64
                  %v3673 = llvm.getelementptr %dy_o[%v3672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3674 = llvm.load %v3673 : !llvm.ptr -> f32
                  %v3675 = arith.mulf %v3666, %v3674 fastmath<contract> : f32
                  %v3676 = llvm.load %v49 : !llvm.ptr -> f32
                  %v3677 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3678 = arith.mulf %v3677, %v3676 fastmath<contract> : f32
                  %v3679 = arith.addf %v3675, %v3678 fastmath<contract> : f32
                  llvm.store %v3679, %v49 : f32, !llvm.ptr
                  %v3680 = arith.constant 8 : i64
                  %v3681 = arith.addi %v3680, %v33 : i64
                  %v3682 = arith.muli %v3681, %v163 : i64
                  %v3683 = arith.subi %v3661, %v134 : i64
                  %v3684 = arith.addi %v3682, %v3683 : i64
                  %v3685 = llvm.getelementptr %v60[%v3684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3686 = llvm.load %v3685 : !llvm.ptr -> f32
                  %v3687 = arith.mulf %v3686, %v3674 fastmath<contract> : f32
                  %v3688 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3689 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3690 = arith.mulf %v3689, %v3688 fastmath<contract> : f32
                  %v3691 = arith.addf %v3687, %v3690 fastmath<contract> : f32
                  llvm.store %v3691, %v50 : f32, !llvm.ptr
                  %v3692 = arith.mulf %v2827, %v3674 fastmath<contract> : f32
                  %v3693 = arith.mulf %v2852, %v3674 fastmath<contract> : f32
                  %v3694 = arith.muli %v47, %v302 : i64
                  %v3695 = arith.muli %v3661, %v301 : i64
                  %v3696 = arith.addi %v3694, %v3695 : i64
                  %v3697 = arith.muli %v45, %size_DV : i64
                  %v3698 = arith.addi %v3696, %v3697 : i64
                  %v3699 = arith.addi %v3698, %v43 : i64
                  %v3700 = llvm.getelementptr %in_v[%v3699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3701 = llvm.load %v3700 : !llvm.ptr -> f32
                  %v3702 = llvm.load %v49 : !llvm.ptr -> f32
                  %v3703 = arith.mulf %v3701, %v3702 fastmath<contract> : f32
                  %v3704 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3705 = arith.mulf %v3701, %v3704 fastmath<contract> : f32
                  %v3706 = arith.muli %v33, %v163 : i64
                  %v3707 = arith.subi %v3661, %v134 : i64
                  %v3708 = arith.addi %v3706, %v3707 : i64
                  %v3709 = llvm.getelementptr %v64[%v3708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3710 = llvm.load %v3709 : !llvm.ptr -> f32
                  %v3711 = arith.negf %v3710 : f32
                  %v3712 = arith.mulf %v3711, %v287 fastmath<contract> : f32
                  %v3713 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3712) : (f32) -> f32
                  %v3714 = arith.addf %v66, %v3713 fastmath<contract> : f32
                  %v3715 = arith.divf %v66, %v3714 : f32
                  %v3716 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3715) : (f32) -> f32
                  %v3717 = arith.mulf %v919, %v3716 fastmath<contract> : f32
                  %v3718 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3717) : (f32) -> f32
                  %v3719 = arith.mulf %v2770, %v3702 fastmath<contract> : f32
                  %v3720 = arith.mulf %v292, %v3719 fastmath<contract> : f32
                  %v3721 = arith.mulf %v3718, %v3720 fastmath<contract> : f32
                  %v3722 = arith.subf %v66, %v3715 fastmath<contract> : f32
                  %v3723 = arith.mulf %v3715, %v3722 fastmath<contract> : f32
                  %v3724 = arith.mulf %v3721, %v3723 fastmath<contract> : f32
                  %v3725 = arith.constant 8 : i64
                  %v3726 = arith.addi %v3725, %v33 : i64
                  %v3727 = arith.muli %v3726, %v163 : i64
                  %v3728 = arith.subi %v3661, %v134 : i64
                  %v3729 = arith.addi %v3727, %v3728 : i64
                  %v3730 = llvm.getelementptr %v64[%v3729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3731 = llvm.load %v3730 : !llvm.ptr -> f32
                  %v3732 = arith.negf %v3731 : f32
                  %v3733 = arith.mulf %v3732, %v287 fastmath<contract> : f32
                  %v3734 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3733) : (f32) -> f32
                  %v3735 = arith.addf %v66, %v3734 fastmath<contract> : f32
                  %v3736 = arith.divf %v66, %v3735 : f32
                  %v3737 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3736) : (f32) -> f32
                  %v3738 = arith.mulf %v919, %v3737 fastmath<contract> : f32
                  %v3739 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3738) : (f32) -> f32
                  %v3740 = arith.mulf %v2795, %v3704 fastmath<contract> : f32
                  %v3741 = arith.mulf %v292, %v3740 fastmath<contract> : f32
                  %v3742 = arith.mulf %v3739, %v3741 fastmath<contract> : f32
                  %v3743 = arith.subf %v66, %v3736 fastmath<contract> : f32
                  %v3744 = arith.mulf %v3736, %v3743 fastmath<contract> : f32
                  %v3745 = arith.mulf %v3742, %v3744 fastmath<contract> : f32
                  %v3746 = arith.select %v37, %v3692, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3747, %v3748 = gpu.shuffle xor %v3746, %v951, %v277 : f32
                  %v3749 = arith.addf %v3746, %v3747 fastmath<contract> : f32
                  %v3750, %v3751 = gpu.shuffle xor %v3749, %v955, %v277 : f32
                  %v3752 = arith.addf %v3749, %v3750 fastmath<contract> : f32
                  %v3753 = arith.divui %v23, %v25 : i64
                  %v3754 = arith.remui %v23, %v25 : i64
                  %v3755 = arith.cmpi ult, %v3754, %v32 : i64
                  %v3756 = arith.muli %v3753, %v1 : i64
                  %v3757 = arith.addi %v3756, %v33 : i64
                  %v3758 = arith.muli %v3757, %v964 : i64
                  %v3759 = arith.addi %v3758, %v3660 : i64
                  scf.if %v3755 {
                    %v3760 = llvm.getelementptr %v54[%v3759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3752, %v3760 : f32, !llvm.ptr
                  }
                  %v3761 = arith.select %v37, %v3693, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3762, %v3763 = gpu.shuffle xor %v3761, %v951, %v277 : f32
                  %v3764 = arith.addf %v3761, %v3762 fastmath<contract> : f32
                  %v3765, %v3766 = gpu.shuffle xor %v3764, %v955, %v277 : f32
                  %v3767 = arith.addf %v3764, %v3765 fastmath<contract> : f32
                  %v3768 = arith.divui %v23, %v25 : i64
                  %v3769 = arith.remui %v23, %v25 : i64
                  %v3770 = arith.cmpi ult, %v3769, %v32 : i64
                  %v3771 = arith.addi %v32, %v33 : i64
                  %v3772 = arith.muli %v3768, %v1 : i64
                  %v3773 = arith.addi %v3772, %v3771 : i64
                  %v3774 = arith.muli %v3773, %v964 : i64
                  %v3775 = arith.addi %v3774, %v3660 : i64
                  scf.if %v3770 {
                    %v3776 = llvm.getelementptr %v54[%v3775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3767, %v3776 : f32, !llvm.ptr
                  }
                  %v3777 = arith.select %v37, %v3703, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3778, %v3779 = gpu.shuffle xor %v3777, %v951, %v277 : f32
                  %v3780 = arith.addf %v3777, %v3778 fastmath<contract> : f32
                  %v3781, %v3782 = gpu.shuffle xor %v3780, %v955, %v277 : f32
                  %v3783 = arith.addf %v3780, %v3781 fastmath<contract> : f32
                  %v3784 = arith.divui %v23, %v25 : i64
                  %v3785 = arith.remui %v23, %v25 : i64
                  %v3786 = arith.cmpi ult, %v3785, %v32 : i64
                  %v3787 = arith.muli %v3784, %v1 : i64
                  %v3788 = arith.addi %v3787, %v33 : i64
                  %v3789 = arith.muli %v3788, %v964 : i64
                  %v3790 = arith.addi %v3789, %v3660 : i64
                  scf.if %v3786 {
                    %v3791 = llvm.getelementptr %v56[%v3790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3783, %v3791 : f32, !llvm.ptr
                  }
                  %v3792 = arith.select %v37, %v3705, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3793, %v3794 = gpu.shuffle xor %v3792, %v951, %v277 : f32
                  %v3795 = arith.addf %v3792, %v3793 fastmath<contract> : f32
                  %v3796, %v3797 = gpu.shuffle xor %v3795, %v955, %v277 : f32
                  %v3798 = arith.addf %v3795, %v3796 fastmath<contract> : f32
                  %v3799 = arith.divui %v23, %v25 : i64
                  %v3800 = arith.remui %v23, %v25 : i64
                  %v3801 = arith.cmpi ult, %v3800, %v32 : i64
                  %v3802 = arith.addi %v32, %v33 : i64
                  %v3803 = arith.muli %v3799, %v1 : i64
                  %v3804 = arith.addi %v3803, %v3802 : i64
                  %v3805 = arith.muli %v3804, %v964 : i64
                  %v3806 = arith.addi %v3805, %v3660 : i64
                  scf.if %v3801 {
                    %v3807 = llvm.getelementptr %v56[%v3806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3798, %v3807 : f32, !llvm.ptr
                  }
                  %v3808 = arith.select %v37, %v3724, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3809, %v3810 = gpu.shuffle xor %v3808, %v951, %v277 : f32
                  %v3811 = arith.addf %v3808, %v3809 fastmath<contract> : f32
                  %v3812, %v3813 = gpu.shuffle xor %v3811, %v955, %v277 : f32
                  %v3814 = arith.addf %v3811, %v3812 fastmath<contract> : f32
                  %v3815 = arith.divui %v23, %v25 : i64
                  %v3816 = arith.remui %v23, %v25 : i64
                  %v3817 = arith.cmpi ult, %v3816, %v32 : i64
                  %v3818 = arith.muli %v3815, %v1 : i64
                  %v3819 = arith.addi %v3818, %v33 : i64
                  %v3820 = arith.muli %v3819, %v964 : i64
                  %v3821 = arith.addi %v3820, %v3660 : i64
                  scf.if %v3817 {
                    %v3822 = llvm.getelementptr %v58[%v3821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3814, %v3822 : f32, !llvm.ptr
                  }
                  %v3823 = arith.select %v37, %v3745, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3824, %v3825 = gpu.shuffle xor %v3823, %v951, %v277 : f32
                  %v3826 = arith.addf %v3823, %v3824 fastmath<contract> : f32
                  %v3827, %v3828 = gpu.shuffle xor %v3826, %v955, %v277 : f32
                  %v3829 = arith.addf %v3826, %v3827 fastmath<contract> : f32
                  %v3830 = arith.divui %v23, %v25 : i64
                  %v3831 = arith.remui %v23, %v25 : i64
                  %v3832 = arith.cmpi ult, %v3831, %v32 : i64
                  %v3833 = arith.addi %v32, %v33 : i64
                  %v3834 = arith.muli %v3830, %v1 : i64
                  %v3835 = arith.addi %v3834, %v3833 : i64
                  %v3836 = arith.muli %v3835, %v964 : i64
                  %v3837 = arith.addi %v3836, %v3660 : i64
                  scf.if %v3832 {
                    %v3838 = llvm.getelementptr %v58[%v3837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3829, %v3838 : f32, !llvm.ptr
                  }
                  %v3839 = arith.muli %v33, %v163 : i64
                  %v3840 = arith.subi %v3661, %v134 : i64
                  %v3841 = arith.addi %v3839, %v3840 : i64
                  %v3842 = llvm.getelementptr %v62[%v3841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3843 = llvm.load %v3842 : !llvm.ptr -> f32
                  %v3844 = arith.mulf %v3843, %v3702 fastmath<contract> : f32
                  %v3845 = arith.constant 8 : i64
                  %v3846 = arith.addi %v3845, %v33 : i64
                  %v3847 = arith.muli %v3846, %v163 : i64
                  %v3848 = arith.subi %v3661, %v134 : i64
                  %v3849 = arith.addi %v3847, %v3848 : i64
                  %v3850 = llvm.getelementptr %v62[%v3849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3851 = llvm.load %v3850 : !llvm.ptr -> f32
                  %v3852 = arith.mulf %v3851, %v3704 fastmath<contract> : f32
                  %v3853 = arith.addf %v3844, %v3852 fastmath<contract> : f32
                  llvm.store %v3853, %v3024 : f32, !llvm.ptr
                  %v3854 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3715) : (f32) -> f32
                  %v3855 = arith.mulf %v292, %v3854 fastmath<contract> : f32
                  %v3856 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3855) : (f32) -> f32
                  llvm.store %v3856, %v51 : f32, !llvm.ptr
                  %v3857 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3736) : (f32) -> f32
                  %v3858 = arith.mulf %v292, %v3857 fastmath<contract> : f32
                  %v3859 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3858) : (f32) -> f32
                  llvm.store %v3859, %v52 : f32, !llvm.ptr
                }
                %v3860 = llvm.load %v3024 : !llvm.ptr -> f32
                %v3861 = arith.select %v3027, %v3860, %v3656 : f32
                %v3862 = arith.select %v3027, %v3656, %v3860 : f32
                %v3863, %v3864 = gpu.shuffle xor %v3861, %v1275, %v277 : f32
                %v3865 = arith.addf %v3862, %v3863 fastmath<contract> : f32
                %v3866 = arith.select %v3030, %v3865, %v3452 : f32
                %v3867 = arith.select %v3030, %v3452, %v3865 : f32
                %v3868, %v3869 = gpu.shuffle xor %v3866, %v1696, %v277 : f32
                %v3870 = arith.addf %v3867, %v3868 fastmath<contract> : f32
                %v3871 = arith.addi %v358, %v80 : i64
                %v3872 = arith.cmpi slt, %v1701, %v3035 : i32
                %v3873 = arith.cmpi eq, %v1701, %v3040 : i32
                %v3874 = arith.addi %v360, %v611 : i64
                llvm.store %v65, %v3024 : f32, !llvm.ptr
                scf.if %v3872 {
                  %v3875 = arith.addi %v134, %v3871 : i64
                  %v3876 = arith.muli %v33, %v163 : i64
                  %v3877 = arith.subi %v3875, %v134 : i64
                  %v3878 = arith.addi %v3876, %v3877 : i64
                  %v3879 = llvm.getelementptr %v60[%v3878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3880 = llvm.load %v3879 : !llvm.ptr -> f32
                  %v3881 = arith.muli %v47, %v302 : i64
                  %v3882 = arith.muli %v3875, %v301 : i64
                  %v3883 = arith.addi %v3881, %v3882 : i64
                  %v3884 = arith.muli %v45, %size_DV : i64
                  %v3885 = arith.addi %v3883, %v3884 : i64
                  %v3886 = arith.addi %v3885, %v43 : i64
                  %v3887 = llvm.getelementptr %dy_o[%v3886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3888 = llvm.load %v3887 : !llvm.ptr -> f32
                  %v3889 = arith.mulf %v3880, %v3888 fastmath<contract> : f32
                  %v3890 = llvm.load %v49 : !llvm.ptr -> f32
                  %v3891 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3892 = arith.mulf %v3891, %v3890 fastmath<contract> : f32
                  %v3893 = arith.addf %v3889, %v3892 fastmath<contract> : f32
                  llvm.store %v3893, %v49 : f32, !llvm.ptr
                  %v3894 = arith.constant 8 : i64
                  %v3895 = arith.addi %v3894, %v33 : i64
                  %v3896 = arith.muli %v3895, %v163 : i64
                  %v3897 = arith.subi %v3875, %v134 : i64
                  %v3898 = arith.addi %v3896, %v3897 : i64
                  %v3899 = llvm.getelementptr %v60[%v3898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3900 = llvm.load %v3899 : !llvm.ptr -> f32
                  %v3901 = arith.mulf %v3900, %v3888 fastmath<contract> : f32
                  %v3902 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3903 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3904 = arith.mulf %v3903, %v3902 fastmath<contract> : f32
                  %v3905 = arith.addf %v3901, %v3904 fastmath<contract> : f32
                  llvm.store %v3905, %v50 : f32, !llvm.ptr
                  %v3906 = arith.mulf %v2770, %v3888 fastmath<contract> : f32
                  %v3907 = arith.mulf %v2795, %v3888 fastmath<contract> : f32
                  %v3908 = arith.muli %v47, %v302 : i64
                  %v3909 = arith.muli %v3875, %v301 : i64
                  %v3910 = arith.addi %v3908, %v3909 : i64
                  %v3911 = arith.muli %v45, %size_DV : i64
                  %v3912 = arith.addi %v3910, %v3911 : i64
                  %v3913 = arith.addi %v3912, %v43 : i64
                  %v3914 = llvm.getelementptr %in_v[%v3913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3915 = llvm.load %v3914 : !llvm.ptr -> f32
                  %v3916 = llvm.load %v49 : !llvm.ptr -> f32
                  %v3917 = arith.mulf %v3915, %v3916 fastmath<contract> : f32
                  %v3918 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3919 = arith.mulf %v3915, %v3918 fastmath<contract> : f32
                  %v3920 = arith.muli %v33, %v163 : i64
                  %v3921 = arith.subi %v3875, %v134 : i64
                  %v3922 = arith.addi %v3920, %v3921 : i64
                  %v3923 = llvm.getelementptr %v64[%v3922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3924 = llvm.load %v3923 : !llvm.ptr -> f32
                  %v3925 = arith.negf %v3924 : f32
                  %v3926 = arith.mulf %v3925, %v287 fastmath<contract> : f32
                  %v3927 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3926) : (f32) -> f32
                  %v3928 = arith.addf %v66, %v3927 fastmath<contract> : f32
                  %v3929 = arith.divf %v66, %v3928 : f32
                  %v3930 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3929) : (f32) -> f32
                  %v3931 = arith.mulf %v919, %v3930 fastmath<contract> : f32
                  %v3932 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3931) : (f32) -> f32
                  %v3933 = arith.mulf %v2713, %v3916 fastmath<contract> : f32
                  %v3934 = arith.mulf %v292, %v3933 fastmath<contract> : f32
                  %v3935 = arith.mulf %v3932, %v3934 fastmath<contract> : f32
                  %v3936 = arith.subf %v66, %v3929 fastmath<contract> : f32
                  %v3937 = arith.mulf %v3929, %v3936 fastmath<contract> : f32
                  %v3938 = arith.mulf %v3935, %v3937 fastmath<contract> : f32
                  %v3939 = arith.constant 8 : i64
                  %v3940 = arith.addi %v3939, %v33 : i64
                  %v3941 = arith.muli %v3940, %v163 : i64
                  %v3942 = arith.subi %v3875, %v134 : i64
                  %v3943 = arith.addi %v3941, %v3942 : i64
                  %v3944 = llvm.getelementptr %v64[%v3943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3945 = llvm.load %v3944 : !llvm.ptr -> f32
                  %v3946 = arith.negf %v3945 : f32
                  %v3947 = arith.mulf %v3946, %v287 fastmath<contract> : f32
                  %v3948 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3947) : (f32) -> f32
                  %v3949 = arith.addf %v66, %v3948 fastmath<contract> : f32
                  %v3950 = arith.divf %v66, %v3949 : f32
                  %v3951 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3950) : (f32) -> f32
                  %v3952 = arith.mulf %v919, %v3951 fastmath<contract> : f32
                  %v3953 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3952) : (f32) -> f32
                  %v3954 = arith.mulf %v2738, %v3918 fastmath<contract> : f32
                  %v3955 = arith.mulf %v292, %v3954 fastmath<contract> : f32
                  %v3956 = arith.mulf %v3953, %v3955 fastmath<contract> : f32
                  %v3957 = arith.subf %v66, %v3950 fastmath<contract> : f32
                  %v3958 = arith.mulf %v3950, %v3957 fastmath<contract> : f32
                  %v3959 = arith.mulf %v3956, %v3958 fastmath<contract> : f32
                  %v3960 = arith.select %v37, %v3906, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3961, %v3962 = gpu.shuffle xor %v3960, %v951, %v277 : f32
                  %v3963 = arith.addf %v3960, %v3961 fastmath<contract> : f32
                  %v3964, %v3965 = gpu.shuffle xor %v3963, %v955, %v277 : f32
                  %v3966 = arith.addf %v3963, %v3964 fastmath<contract> : f32
                  %v3967 = arith.divui %v23, %v25 : i64
                  %v3968 = arith.remui %v23, %v25 : i64
                  %v3969 = arith.cmpi ult, %v3968, %v32 : i64
                  %v3970 = arith.muli %v3967, %v1 : i64
                  %v3971 = arith.addi %v3970, %v33 : i64
                  %v3972 = arith.muli %v3971, %v964 : i64
                  %v3973 = arith.addi %v3972, %v3874 : i64
                  scf.if %v3969 {
                    %v3974 = llvm.getelementptr %v54[%v3973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3966, %v3974 : f32, !llvm.ptr
                  }
                  %v3975 = arith.select %v37, %v3907, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3976, %v3977 = gpu.shuffle xor %v3975, %v951, %v277 : f32
                  %v3978 = arith.addf %v3975, %v3976 fastmath<contract> : f32
                  %v3979, %v3980 = gpu.shuffle xor %v3978, %v955, %v277 : f32
                  %v3981 = arith.addf %v3978, %v3979 fastmath<contract> : f32
                  %v3982 = arith.divui %v23, %v25 : i64
                  %v3983 = arith.remui %v23, %v25 : i64
                  %v3984 = arith.cmpi ult, %v3983, %v32 : i64
                  %v3985 = arith.addi %v32, %v33 : i64
                  %v3986 = arith.muli %v3982, %v1 : i64
                  %v3987 = arith.addi %v3986, %v3985 : i64
                  %v3988 = arith.muli %v3987, %v964 : i64
                  %v3989 = arith.addi %v3988, %v3874 : i64
                  scf.if %v3984 {
                    %v3990 = llvm.getelementptr %v54[%v3989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3981, %v3990 : f32, !llvm.ptr
                  }
                  %v3991 = arith.select %v37, %v3917, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v3992, %v3993 = gpu.shuffle xor %v3991, %v951, %v277 : f32
                  %v3994 = arith.addf %v3991, %v3992 fastmath<contract> : f32
                  %v3995, %v3996 = gpu.shuffle xor %v3994, %v955, %v277 : f32
                  %v3997 = arith.addf %v3994, %v3995 fastmath<contract> : f32
                  %v3998 = arith.divui %v23, %v25 : i64
                  %v3999 = arith.remui %v23, %v25 : i64
                  %v4000 = arith.cmpi ult, %v3999, %v32 : i64
                  %v4001 = arith.muli %v3998, %v1 : i64
                  %v4002 = arith.addi %v4001, %v33 : i64
                  %v4003 = arith.muli %v4002, %v964 : i64
                  %v4004 = arith.addi %v4003, %v3874 : i64
                  scf.if %v4000 {
                    %v4005 = llvm.getelementptr %v56[%v4004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3997, %v4005 : f32, !llvm.ptr
                  }
                  %v4006 = arith.select %v37, %v3919, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v4007, %v4008 = gpu.shuffle xor %v4006, %v951, %v277 : f32
                  %v4009 = arith.addf %v4006, %v4007 fastmath<contract> : f32
                  %v4010, %v4011 = gpu.shuffle xor %v4009, %v955, %v277 : f32
                  %v4012 = arith.addf %v4009, %v4010 fastmath<contract> : f32
                  %v4013 = arith.divui %v23, %v25 : i64
                  %v4014 = arith.remui %v23, %v25 : i64
                  %v4015 = arith.cmpi ult, %v4014, %v32 : i64
                  %v4016 = arith.addi %v32, %v33 : i64
                  %v4017 = arith.muli %v4013, %v1 : i64
                  %v4018 = arith.addi %v4017, %v4016 : i64
                  %v4019 = arith.muli %v4018, %v964 : i64
                  %v4020 = arith.addi %v4019, %v3874 : i64
                  scf.if %v4015 {
                    %v4021 = llvm.getelementptr %v56[%v4020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4012, %v4021 : f32, !llvm.ptr
                  }
                  %v4022 = arith.select %v37, %v3938, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v4023, %v4024 = gpu.shuffle xor %v4022, %v951, %v277 : f32
                  %v4025 = arith.addf %v4022, %v4023 fastmath<contract> : f32
                  %v4026, %v4027 = gpu.shuffle xor %v4025, %v955, %v277 : f32
                  %v4028 = arith.addf %v4025, %v4026 fastmath<contract> : f32
                  %v4029 = arith.divui %v23, %v25 : i64
                  %v4030 = arith.remui %v23, %v25 : i64
                  %v4031 = arith.cmpi ult, %v4030, %v32 : i64
                  %v4032 = arith.muli %v4029, %v1 : i64
                  %v4033 = arith.addi %v4032, %v33 : i64
                  %v4034 = arith.muli %v4033, %v964 : i64
                  %v4035 = arith.addi %v4034, %v3874 : i64
                  scf.if %v4031 {
                    %v4036 = llvm.getelementptr %v58[%v4035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4028, %v4036 : f32, !llvm.ptr
                  }
                  %v4037 = arith.select %v37, %v3959, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v4038, %v4039 = gpu.shuffle xor %v4037, %v951, %v277 : f32
                  %v4040 = arith.addf %v4037, %v4038 fastmath<contract> : f32
                  %v4041, %v4042 = gpu.shuffle xor %v4040, %v955, %v277 : f32
                  %v4043 = arith.addf %v4040, %v4041 fastmath<contract> : f32
                  %v4044 = arith.divui %v23, %v25 : i64
                  %v4045 = arith.remui %v23, %v25 : i64
                  %v4046 = arith.cmpi ult, %v4045, %v32 : i64
                  %v4047 = arith.addi %v32, %v33 : i64
                  %v4048 = arith.muli %v4044, %v1 : i64
                  %v4049 = arith.addi %v4048, %v4047 : i64
                  %v4050 = arith.muli %v4049, %v964 : i64
                  %v4051 = arith.addi %v4050, %v3874 : i64
                  scf.if %v4046 {
                    %v4052 = llvm.getelementptr %v58[%v4051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4043, %v4052 : f32, !llvm.ptr
                  }
                  %v4053 = arith.muli %v33, %v163 : i64
                  %v4054 = arith.subi %v3875, %v134 : i64
                  %v4055 = arith.addi %v4053, %v4054 : i64
                  %v4056 = llvm.getelementptr %v62[%v4055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4057 = llvm.load %v4056 : !llvm.ptr -> f32
                  %v4058 = arith.mulf %v4057, %v3916 fastmath<contract> : f32
                  %v4059 = arith.constant 8 : i64
                  %v4060 = arith.addi %v4059, %v33 : i64
                  %v4061 = arith.muli %v4060, %v163 : i64
                  %v4062 = arith.subi %v3875, %v134 : i64
                  %v4063 = arith.addi %v4061, %v4062 : i64
                  %v4064 = llvm.getelementptr %v62[%v4063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4065 = llvm.load %v4064 : !llvm.ptr -> f32
                  %v4066 = arith.mulf %v4065, %v3918 fastmath<contract> : f32
                  %v4067 = arith.addf %v4058, %v4066 fastmath<contract> : f32
                  llvm.store %v4067, %v3024 : f32, !llvm.ptr
                  %v4068 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3929) : (f32) -> f32
                  %v4069 = arith.mulf %v292, %v4068 fastmath<contract> : f32
                  %v4070 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4069) : (f32) -> f32
                  llvm.store %v4070, %v51 : f32, !llvm.ptr
                  %v4071 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3950) : (f32) -> f32
                  %v4072 = arith.mulf %v292, %v4071 fastmath<contract> : f32
                  %v4073 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4072) : (f32) -> f32
                  llvm.store %v4073, %v52 : f32, !llvm.ptr
                }
                %v4074 = llvm.load %v3024 : !llvm.ptr -> f32
                %v4075 = arith.addi %v358, %v75 : i64
                %v4076 = arith.cmpi slt, %v1696, %v3035 : i32
                %v4077 = arith.cmpi eq, %v1696, %v3040 : i32
                %v4078 = arith.addi %v360, %v669 : i64
                llvm.store %v65, %v3024 : f32, !llvm.ptr
                scf.if %v4076 {
                  %v4079 = arith.addi %v134, %v4075 : i64
                  %v4080 = arith.muli %v33, %v163 : i64
                  %v4081 = arith.subi %v4079, %v134 : i64
                  %v4082 = arith.addi %v4080, %v4081 : i64
                  %v4083 = llvm.getelementptr %v60[%v4082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4084 = llvm.load %v4083 : !llvm.ptr -> f32
                  %v4085 = arith.muli %v47, %v302 : i64
                  %v4086 = arith.muli %v4079, %v301 : i64
                  %v4087 = arith.addi %v4085, %v4086 : i64
                  %v4088 = arith.muli %v45, %size_DV : i64
                  %v4089 = arith.addi %v4087, %v4088 : i64
                  %v4090 = arith.addi %v4089, %v43 : i64
                  %v4091 = llvm.getelementptr %dy_o[%v4090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4092 = llvm.load %v4091 : !llvm.ptr -> f32
                  %v4093 = arith.mulf %v4084, %v4092 fastmath<contract> : f32
                  %v4094 = llvm.load %v49 : !llvm.ptr -> f32
                  %v4095 = llvm.load %v51 : !llvm.ptr -> f32
                  %v4096 = arith.mulf %v4095, %v4094 fastmath<contract> : f32
                  %v4097 = arith.addf %v4093, %v4096 fastmath<contract> : f32
                  llvm.store %v4097, %v49 : f32, !llvm.ptr
                  %v4098 = arith.constant 8 : i64
                  %v4099 = arith.addi %v4098, %v33 : i64
                  %v4100 = arith.muli %v4099, %v163 : i64
                  %v4101 = arith.subi %v4079, %v134 : i64
                  %v4102 = arith.addi %v4100, %v4101 : i64
                  %v4103 = llvm.getelementptr %v60[%v4102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4104 = llvm.load %v4103 : !llvm.ptr -> f32
                  %v4105 = arith.mulf %v4104, %v4092 fastmath<contract> : f32
                  %v4106 = llvm.load %v50 : !llvm.ptr -> f32
                  %v4107 = llvm.load %v52 : !llvm.ptr -> f32
                  %v4108 = arith.mulf %v4107, %v4106 fastmath<contract> : f32
                  %v4109 = arith.addf %v4105, %v4108 fastmath<contract> : f32
                  llvm.store %v4109, %v50 : f32, !llvm.ptr
                  %v4110 = arith.mulf %v2713, %v4092 fastmath<contract> : f32
                  %v4111 = arith.mulf %v2738, %v4092 fastmath<contract> : f32
                  %v4112 = arith.muli %v47, %v302 : i64
                  %v4113 = arith.muli %v4079, %v301 : i64
                  %v4114 = arith.addi %v4112, %v4113 : i64
                  %v4115 = arith.muli %v45, %size_DV : i64
                  %v4116 = arith.addi %v4114, %v4115 : i64
                  %v4117 = arith.addi %v4116, %v43 : i64
                  %v4118 = llvm.getelementptr %in_v[%v4117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4119 = llvm.load %v4118 : !llvm.ptr -> f32
                  %v4120 = llvm.load %v49 : !llvm.ptr -> f32
                  %v4121 = arith.mulf %v4119, %v4120 fastmath<contract> : f32
                  %v4122 = llvm.load %v50 : !llvm.ptr -> f32
                  %v4123 = arith.mulf %v4119, %v4122 fastmath<contract> : f32
                  %v4124 = arith.muli %v33, %v163 : i64
                  %v4125 = arith.subi %v4079, %v134 : i64
                  %v4126 = arith.addi %v4124, %v4125 : i64
                  %v4127 = llvm.getelementptr %v64[%v4126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4128 = llvm.load %v4127 : !llvm.ptr -> f32
                  %v4129 = arith.negf %v4128 : f32
                  %v4130 = arith.mulf %v4129, %v287 fastmath<contract> : f32
                  %v4131 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4130) : (f32) -> f32
                  %v4132 = arith.addf %v66, %v4131 fastmath<contract> : f32
                  %v4133 = arith.divf %v66, %v4132 : f32
                  %v4134 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4133) : (f32) -> f32
                  %v4135 = arith.mulf %v919, %v4134 fastmath<contract> : f32
                  %v4136 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4135) : (f32) -> f32
                  %v4137 = arith.mulf %v2656, %v4120 fastmath<contract> : f32
                  %v4138 = arith.mulf %v292, %v4137 fastmath<contract> : f32
                  %v4139 = arith.mulf %v4136, %v4138 fastmath<contract> : f32
                  %v4140 = arith.subf %v66, %v4133 fastmath<contract> : f32
                  %v4141 = arith.mulf %v4133, %v4140 fastmath<contract> : f32
                  %v4142 = arith.mulf %v4139, %v4141 fastmath<contract> : f32
                  %v4143 = arith.constant 8 : i64
                  %v4144 = arith.addi %v4143, %v33 : i64
                  %v4145 = arith.muli %v4144, %v163 : i64
                  %v4146 = arith.subi %v4079, %v134 : i64
                  %v4147 = arith.addi %v4145, %v4146 : i64
                  %v4148 = llvm.getelementptr %v64[%v4147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4149 = llvm.load %v4148 : !llvm.ptr -> f32
                  %v4150 = arith.negf %v4149 : f32
                  %v4151 = arith.mulf %v4150, %v287 fastmath<contract> : f32
                  %v4152 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4151) : (f32) -> f32
                  %v4153 = arith.addf %v66, %v4152 fastmath<contract> : f32
                  %v4154 = arith.divf %v66, %v4153 : f32
                  %v4155 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4154) : (f32) -> f32
                  %v4156 = arith.mulf %v919, %v4155 fastmath<contract> : f32
                  %v4157 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4156) : (f32) -> f32
                  %v4158 = arith.mulf %v2681, %v4122 fastmath<contract> : f32
                  %v4159 = arith.mulf %v292, %v4158 fastmath<contract> : f32
                  %v4160 = arith.mulf %v4157, %v4159 fastmath<contract> : f32
                  %v4161 = arith.subf %v66, %v4154 fastmath<contract> : f32
                  %v4162 = arith.mulf %v4154, %v4161 fastmath<contract> : f32
                  %v4163 = arith.mulf %v4160, %v4162 fastmath<contract> : f32
                  %v4164 = arith.select %v37, %v4110, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v4165, %v4166 = gpu.shuffle xor %v4164, %v951, %v277 : f32
                  %v4167 = arith.addf %v4164, %v4165 fastmath<contract> : f32
                  %v4168, %v4169 = gpu.shuffle xor %v4167, %v955, %v277 : f32
                  %v4170 = arith.addf %v4167, %v4168 fastmath<contract> : f32
                  %v4171 = arith.divui %v23, %v25 : i64
                  %v4172 = arith.remui %v23, %v25 : i64
                  %v4173 = arith.cmpi ult, %v4172, %v32 : i64
                  %v4174 = arith.muli %v4171, %v1 : i64
                  %v4175 = arith.addi %v4174, %v33 : i64
                  %v4176 = arith.muli %v4175, %v964 : i64
                  %v4177 = arith.addi %v4176, %v4078 : i64
                  scf.if %v4173 {
                    %v4178 = llvm.getelementptr %v54[%v4177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4170, %v4178 : f32, !llvm.ptr
                  }
                  %v4179 = arith.select %v37, %v4111, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v4180, %v4181 = gpu.shuffle xor %v4179, %v951, %v277 : f32
                  %v4182 = arith.addf %v4179, %v4180 fastmath<contract> : f32
                  %v4183, %v4184 = gpu.shuffle xor %v4182, %v955, %v277 : f32
                  %v4185 = arith.addf %v4182, %v4183 fastmath<contract> : f32
                  %v4186 = arith.divui %v23, %v25 : i64
                  %v4187 = arith.remui %v23, %v25 : i64
                  %v4188 = arith.cmpi ult, %v4187, %v32 : i64
                  %v4189 = arith.addi %v32, %v33 : i64
                  %v4190 = arith.muli %v4186, %v1 : i64
                  %v4191 = arith.addi %v4190, %v4189 : i64
                  %v4192 = arith.muli %v4191, %v964 : i64
                  %v4193 = arith.addi %v4192, %v4078 : i64
                  scf.if %v4188 {
                    %v4194 = llvm.getelementptr %v54[%v4193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4185, %v4194 : f32, !llvm.ptr
                  }
                  %v4195 = arith.select %v37, %v4121, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v4196, %v4197 = gpu.shuffle xor %v4195, %v951, %v277 : f32
                  %v4198 = arith.addf %v4195, %v4196 fastmath<contract> : f32
                  %v4199, %v4200 = gpu.shuffle xor %v4198, %v955, %v277 : f32
                  %v4201 = arith.addf %v4198, %v4199 fastmath<contract> : f32
                  %v4202 = arith.divui %v23, %v25 : i64
                  %v4203 = arith.remui %v23, %v25 : i64
                  %v4204 = arith.cmpi ult, %v4203, %v32 : i64
                  %v4205 = arith.muli %v4202, %v1 : i64
                  %v4206 = arith.addi %v4205, %v33 : i64
                  %v4207 = arith.muli %v4206, %v964 : i64
                  %v4208 = arith.addi %v4207, %v4078 : i64
                  scf.if %v4204 {
                    %v4209 = llvm.getelementptr %v56[%v4208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4201, %v4209 : f32, !llvm.ptr
                  }
                  %v4210 = arith.select %v37, %v4123, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v4211, %v4212 = gpu.shuffle xor %v4210, %v951, %v277 : f32
                  %v4213 = arith.addf %v4210, %v4211 fastmath<contract> : f32
                  %v4214, %v4215 = gpu.shuffle xor %v4213, %v955, %v277 : f32
                  %v4216 = arith.addf %v4213, %v4214 fastmath<contract> : f32
                  %v4217 = arith.divui %v23, %v25 : i64
                  %v4218 = arith.remui %v23, %v25 : i64
                  %v4219 = arith.cmpi ult, %v4218, %v32 : i64
                  %v4220 = arith.addi %v32, %v33 : i64
                  %v4221 = arith.muli %v4217, %v1 : i64
                  %v4222 = arith.addi %v4221, %v4220 : i64
                  %v4223 = arith.muli %v4222, %v964 : i64
                  %v4224 = arith.addi %v4223, %v4078 : i64
                  scf.if %v4219 {
                    %v4225 = llvm.getelementptr %v56[%v4224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4216, %v4225 : f32, !llvm.ptr
                  }
                  %v4226 = arith.select %v37, %v4142, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v4227, %v4228 = gpu.shuffle xor %v4226, %v951, %v277 : f32
                  %v4229 = arith.addf %v4226, %v4227 fastmath<contract> : f32
                  %v4230, %v4231 = gpu.shuffle xor %v4229, %v955, %v277 : f32
                  %v4232 = arith.addf %v4229, %v4230 fastmath<contract> : f32
                  %v4233 = arith.divui %v23, %v25 : i64
                  %v4234 = arith.remui %v23, %v25 : i64
                  %v4235 = arith.cmpi ult, %v4234, %v32 : i64
                  %v4236 = arith.muli %v4233, %v1 : i64
                  %v4237 = arith.addi %v4236, %v33 : i64
                  %v4238 = arith.muli %v4237, %v964 : i64
                  %v4239 = arith.addi %v4238, %v4078 : i64
                  scf.if %v4235 {
                    %v4240 = llvm.getelementptr %v58[%v4239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4232, %v4240 : f32, !llvm.ptr
                  }
                  %v4241 = arith.select %v37, %v4163, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v4242, %v4243 = gpu.shuffle xor %v4241, %v951, %v277 : f32
                  %v4244 = arith.addf %v4241, %v4242 fastmath<contract> : f32
                  %v4245, %v4246 = gpu.shuffle xor %v4244, %v955, %v277 : f32
                  %v4247 = arith.addf %v4244, %v4245 fastmath<contract> : f32
                  %v4248 = arith.divui %v23, %v25 : i64
                  %v4249 = arith.remui %v23, %v25 : i64
                  %v4250 = arith.cmpi ult, %v4249, %v32 : i64
                  %v4251 = arith.addi %v32, %v33 : i64
                  %v4252 = arith.muli %v4248, %v1 : i64
                  %v4253 = arith.addi %v4252, %v4251 : i64
                  %v4254 = arith.muli %v4253, %v964 : i64
                  %v4255 = arith.addi %v4254, %v4078 : i64
                  scf.if %v4250 {
                    %v4256 = llvm.getelementptr %v58[%v4255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4247, %v4256 : f32, !llvm.ptr
                  }
                  %v4257 = arith.muli %v33, %v163 : i64
                  %v4258 = arith.subi %v4079, %v134 : i64
                  %v4259 = arith.addi %v4257, %v4258 : i64
                  %v4260 = llvm.getelementptr %v62[%v4259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4261 = llvm.load %v4260 : !llvm.ptr -> f32
                  %v4262 = arith.mulf %v4261, %v4120 fastmath<contract> : f32
                  %v4263 = arith.constant 8 : i64
                  %v4264 = arith.addi %v4263, %v33 : i64
                  %v4265 = arith.muli %v4264, %v163 : i64
                  %v4266 = arith.subi %v4079, %v134 : i64
                  %v4267 = arith.addi %v4265, %v4266 : i64
                  %v4268 = llvm.getelementptr %v62[%v4267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4269 = llvm.load %v4268 : !llvm.ptr -> f32
                  %v4270 = arith.mulf %v4269, %v4122 fastmath<contract> : f32
                  %v4271 = arith.addf %v4262, %v4270 fastmath<contract> : f32
                  llvm.store %v4271, %v3024 : f32, !llvm.ptr
                  %v4272 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4133) : (f32) -> f32
                  %v4273 = arith.mulf %v292, %v4272 fastmath<contract> : f32
                  %v4274 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4273) : (f32) -> f32
                  llvm.store %v4274, %v51 : f32, !llvm.ptr
                  %v4275 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4154) : (f32) -> f32
                  %v4276 = arith.mulf %v292, %v4275 fastmath<contract> : f32
                  %v4277 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4276) : (f32) -> f32
                  llvm.store %v4277, %v52 : f32, !llvm.ptr
                }
                %v4278 = llvm.load %v3024 : !llvm.ptr -> f32
                %v4279 = arith.select %v3027, %v4278, %v4074 : f32
                %v4280 = arith.select %v3027, %v4074, %v4278 : f32
                %v4281, %v4282 = gpu.shuffle xor %v4279, %v1275, %v277 : f32
                %v4283 = arith.addf %v4280, %v4281 fastmath<contract> : f32
                %v4284 = arith.addi %v358, %v2 : i64
                %v4285 = arith.cmpi slt, %v1275, %v3035 : i32
                %v4286 = arith.cmpi eq, %v1275, %v3040 : i32
                %v4287 = arith.addi %v360, %v727 : i64
                llvm.store %v65, %v3024 : f32, !llvm.ptr
                scf.if %v4285 {
                  %v4288 = arith.addi %v134, %v4284 : i64
                  %v4289 = arith.muli %v33, %v163 : i64
                  %v4290 = arith.subi %v4288, %v134 : i64
                  %v4291 = arith.addi %v4289, %v4290 : i64
                  %v4292 = llvm.getelementptr %v60[%v4291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4293 = llvm.load %v4292 : !llvm.ptr -> f32
                  %v4294 = arith.muli %v47, %v302 : i64
                  %v4295 = arith.muli %v4288, %v301 : i64
                  %v4296 = arith.addi %v4294, %v4295 : i64
                  %v4297 = arith.muli %v45, %size_DV : i64
                  %v4298 = arith.addi %v4296, %v4297 : i64
                  %v4299 = arith.addi %v4298, %v43 : i64
                  %v4300 = llvm.getelementptr %dy_o[%v4299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4301 = llvm.load %v4300 : !llvm.ptr -> f32
                  %v4302 = arith.mulf %v4293, %v4301 fastmath<contract> : f32
                  %v4303 = llvm.load %v49 : !llvm.ptr -> f32
                  %v4304 = llvm.load %v51 : !llvm.ptr -> f32
                  %v4305 = arith.mulf %v4304, %v4303 fastmath<contract> : f32
                  %v4306 = arith.addf %v4302, %v4305 fastmath<contract> : f32
                  llvm.store %v4306, %v49 : f32, !llvm.ptr
                  %v4307 = arith.constant 8 : i64
                  %v4308 = arith.addi %v4307, %v33 : i64
                  %v4309 = arith.muli %v4308, %v163 : i64
                  %v4310 = arith.subi %v4288, %v134 : i64
                  %v4311 = arith.addi %v4309, %v4310 : i64
                  %v4312 = llvm.getelementptr %v60[%v4311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4313 = llvm.load %v4312 : !llvm.ptr -> f32
                  %v4314 = arith.mulf %v4313, %v4301 fastmath<contract> : f32
                  %v4315 = llvm.load %v50 : !llvm.ptr -> f32
                  %v4316 = llvm.load %v52 : !llvm.ptr -> f32
                  %v4317 = arith.mulf %v4316, %v4315 fastmath<contract> : f32
                  %v4318 = arith.addf %v4314, %v4317 fastmath<contract> : f32
                  llvm.store %v4318, %v50 : f32, !llvm.ptr
                  %v4319 = arith.mulf %v2656, %v4301 fastmath<contract> : f32
                  %v4320 = arith.mulf %v2681, %v4301 fastmath<contract> : f32
                  %v4321 = arith.muli %v47, %v302 : i64
                  %v4322 = arith.muli %v4288, %v301 : i64
                  %v4323 = arith.addi %v4321, %v4322 : i64
                  %v4324 = arith.muli %v45, %size_DV : i64
                  %v4325 = arith.addi %v4323, %v4324 : i64
                  %v4326 = arith.addi %v4325, %v43 : i64
                  %v4327 = llvm.getelementptr %in_v[%v4326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4328 = llvm.load %v4327 : !llvm.ptr -> f32
                  %v4329 = llvm.load %v49 : !llvm.ptr -> f32
                  %v4330 = arith.mulf %v4328, %v4329 fastmath<contract> : f32
                  %v4331 = llvm.load %v50 : !llvm.ptr -> f32
                  %v4332 = arith.mulf %v4328, %v4331 fastmath<contract> : f32
                  %v4333 = arith.muli %v33, %v163 : i64
                  %v4334 = arith.subi %v4288, %v134 : i64
                  %v4335 = arith.addi %v4333, %v4334 : i64
                  %v4336 = llvm.getelementptr %v64[%v4335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4337 = llvm.load %v4336 : !llvm.ptr -> f32
                  %v4338 = arith.negf %v4337 : f32
                  %v4339 = arith.mulf %v4338, %v287 fastmath<contract> : f32
                  %v4340 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4339) : (f32) -> f32
                  %v4341 = arith.addf %v66, %v4340 fastmath<contract> : f32
                  %v4342 = arith.divf %v66, %v4341 : f32
                  %v4343 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4342) : (f32) -> f32
                  %v4344 = arith.mulf %v919, %v4343 fastmath<contract> : f32
                  %v4345 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4344) : (f32) -> f32
                  %v4346 = arith.mulf %v2599, %v4329 fastmath<contract> : f32
                  %v4347 = arith.mulf %v292, %v4346 fastmath<contract> : f32
                  %v4348 = arith.mulf %v4345, %v4347 fastmath<contract> : f32
                  %v4349 = arith.subf %v66, %v4342 fastmath<contract> : f32
                  %v4350 = arith.mulf %v4342, %v4349 fastmath<contract> : f32
                  %v4351 = arith.mulf %v4348, %v4350 fastmath<contract> : f32
                  %v4352 = arith.constant 8 : i64
                  %v4353 = arith.addi %v4352, %v33 : i64
                  %v4354 = arith.muli %v4353, %v163 : i64
                  %v4355 = arith.subi %v4288, %v134 : i64
                  %v4356 = arith.addi %v4354, %v4355 : i64
                  %v4357 = llvm.getelementptr %v64[%v4356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4358 = llvm.load %v4357 : !llvm.ptr -> f32
                  %v4359 = arith.negf %v4358 : f32
                  %v4360 = arith.mulf %v4359, %v287 fastmath<contract> : f32
                  %v4361 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4360) : (f32) -> f32
                  %v4362 = arith.addf %v66, %v4361 fastmath<contract> : f32
                  %v4363 = arith.divf %v66, %v4362 : f32
                  %v4364 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4363) : (f32) -> f32
                  %v4365 = arith.mulf %v919, %v4364 fastmath<contract> : f32
                  %v4366 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4365) : (f32) -> f32
                  %v4367 = arith.mulf %v2624, %v4331 fastmath<contract> : f32
                  %v4368 = arith.mulf %v292, %v4367 fastmath<contract> : f32
                  %v4369 = arith.mulf %v4366, %v4368 fastmath<contract> : f32
                  %v4370 = arith.subf %v66, %v4363 fastmath<contract> : f32
                  %v4371 = arith.mulf %v4363, %v4370 fastmath<contract> : f32
                  %v4372 = arith.mulf %v4369, %v4371 fastmath<contract> : f32
                  %v4373 = arith.select %v37, %v4319, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v4374, %v4375 = gpu.shuffle xor %v4373, %v951, %v277 : f32
                  %v4376 = arith.addf %v4373, %v4374 fastmath<contract> : f32
                  %v4377, %v4378 = gpu.shuffle xor %v4376, %v955, %v277 : f32
                  %v4379 = arith.addf %v4376, %v4377 fastmath<contract> : f32
                  %v4380 = arith.divui %v23, %v25 : i64
                  %v4381 = arith.remui %v23, %v25 : i64
                  %v4382 = arith.cmpi ult, %v4381, %v32 : i64
                  %v4383 = arith.muli %v4380, %v1 : i64
                  %v4384 = arith.addi %v4383, %v33 : i64
                  %v4385 = arith.muli %v4384, %v964 : i64
                  %v4386 = arith.addi %v4385, %v4287 : i64
                  scf.if %v4382 {
                    %v4387 = llvm.getelementptr %v54[%v4386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4379, %v4387 : f32, !llvm.ptr
                  }
                  %v4388 = arith.select %v37, %v4320, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v4389, %v4390 = gpu.shuffle xor %v4388, %v951, %v277 : f32
                  %v4391 = arith.addf %v4388, %v4389 fastmath<contract> : f32
                  %v4392, %v4393 = gpu.shuffle xor %v4391, %v955, %v277 : f32
                  %v4394 = arith.addf %v4391, %v4392 fastmath<contract> : f32
                  %v4395 = arith.divui %v23, %v25 : i64
                  %v4396 = arith.remui %v23, %v25 : i64
                  %v4397 = arith.cmpi ult, %v4396, %v32 : i64
                  %v4398 = arith.addi %v32, %v33 : i64
                  %v4399 = arith.muli %v4395, %v1 : i64
                  %v4400 = arith.addi %v4399, %v4398 : i64
                  %v4401 = arith.muli %v4400, %v964 : i64
                  %v4402 = arith.addi %v4401, %v4287 : i64
                  scf.if %v4397 {
                    %v4403 = llvm.getelementptr %v54[%v4402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4394, %v4403 : f32, !llvm.ptr
                  }
                  %v4404 = arith.select %v37, %v4330, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v4405, %v4406 = gpu.shuffle xor %v4404, %v951, %v277 : f32
                  %v4407 = arith.addf %v4404, %v4405 fastmath<contract> : f32
                  %v4408, %v4409 = gpu.shuffle xor %v4407, %v955, %v277 : f32
                  %v4410 = arith.addf %v4407, %v4408 fastmath<contract> : f32
                  %v4411 = arith.divui %v23, %v25 : i64
                  %v4412 = arith.remui %v23, %v25 : i64
                  %v4413 = arith.cmpi ult, %v4412, %v32 : i64
                  %v4414 = arith.muli %v4411, %v1 : i64
                  %v4415 = arith.addi %v4414, %v33 : i64
                  %v4416 = arith.muli %v4415, %v964 : i64
                  %v4417 = arith.addi %v4416, %v4287 : i64
                  scf.if %v4413 {
                    %v4418 = llvm.getelementptr %v56[%v4417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4410, %v4418 : f32, !llvm.ptr
                  }
                  %v4419 = arith.select %v37, %v4332, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v4420, %v4421 = gpu.shuffle xor %v4419, %v951, %v277 : f32
                  %v4422 = arith.addf %v4419, %v4420 fastmath<contract> : f32
                  %v4423, %v4424 = gpu.shuffle xor %v4422, %v955, %v277 : f32
                  %v4425 = arith.addf %v4422, %v4423 fastmath<contract> : f32
                  %v4426 = arith.divui %v23, %v25 : i64
                  %v4427 = arith.remui %v23, %v25 : i64
                  %v4428 = arith.cmpi ult, %v4427, %v32 : i64
                  %v4429 = arith.addi %v32, %v33 : i64
                  %v4430 = arith.muli %v4426, %v1 : i64
                  %v4431 = arith.addi %v4430, %v4429 : i64
                  %v4432 = arith.muli %v4431, %v964 : i64
                  %v4433 = arith.addi %v4432, %v4287 : i64
                  scf.if %v4428 {
                    %v4434 = llvm.getelementptr %v56[%v4433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4425, %v4434 : f32, !llvm.ptr
                  }
                  %v4435 = arith.select %v37, %v4351, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v4436, %v4437 = gpu.shuffle xor %v4435, %v951, %v277 : f32
                  %v4438 = arith.addf %v4435, %v4436 fastmath<contract> : f32
                  %v4439, %v4440 = gpu.shuffle xor %v4438, %v955, %v277 : f32
                  %v4441 = arith.addf %v4438, %v4439 fastmath<contract> : f32
                  %v4442 = arith.divui %v23, %v25 : i64
                  %v4443 = arith.remui %v23, %v25 : i64
                  %v4444 = arith.cmpi ult, %v4443, %v32 : i64
                  %v4445 = arith.muli %v4442, %v1 : i64
                  %v4446 = arith.addi %v4445, %v33 : i64
                  %v4447 = arith.muli %v4446, %v964 : i64
                  %v4448 = arith.addi %v4447, %v4287 : i64
                  scf.if %v4444 {
                    %v4449 = llvm.getelementptr %v58[%v4448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4441, %v4449 : f32, !llvm.ptr
                  }
                  %v4450 = arith.select %v37, %v4372, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v4451, %v4452 = gpu.shuffle xor %v4450, %v951, %v277 : f32
                  %v4453 = arith.addf %v4450, %v4451 fastmath<contract> : f32
                  %v4454, %v4455 = gpu.shuffle xor %v4453, %v955, %v277 : f32
                  %v4456 = arith.addf %v4453, %v4454 fastmath<contract> : f32
                  %v4457 = arith.divui %v23, %v25 : i64
                  %v4458 = arith.remui %v23, %v25 : i64
                  %v4459 = arith.cmpi ult, %v4458, %v32 : i64
                  %v4460 = arith.addi %v32, %v33 : i64
                  %v4461 = arith.muli %v4457, %v1 : i64
                  %v4462 = arith.addi %v4461, %v4460 : i64
                  %v4463 = arith.muli %v4462, %v964 : i64
                  %v4464 = arith.addi %v4463, %v4287 : i64
                  scf.if %v4459 {
                    %v4465 = llvm.getelementptr %v58[%v4464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4456, %v4465 : f32, !llvm.ptr
                  }
                  %v4466 = arith.muli %v33, %v163 : i64
                  %v4467 = arith.subi %v4288, %v134 : i64
                  %v4468 = arith.addi %v4466, %v4467 : i64
                  %v4469 = llvm.getelementptr %v62[%v4468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4470 = llvm.load %v4469 : !llvm.ptr -> f32
                  %v4471 = arith.mulf %v4470, %v4329 fastmath<contract> : f32
                  %v4472 = arith.constant 8 : i64
                  %v4473 = arith.addi %v4472, %v33 : i64
                  %v4474 = arith.muli %v4473, %v163 : i64
                  %v4475 = arith.subi %v4288, %v134 : i64
                  %v4476 = arith.addi %v4474, %v4475 : i64
                  %v4477 = llvm.getelementptr %v62[%v4476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4478 = llvm.load %v4477 : !llvm.ptr -> f32
                  %v4479 = arith.mulf %v4478, %v4331 fastmath<contract> : f32
                  %v4480 = arith.addf %v4471, %v4479 fastmath<contract> : f32
                  llvm.store %v4480, %v3024 : f32, !llvm.ptr
                  %v4481 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4342) : (f32) -> f32
                  %v4482 = arith.mulf %v292, %v4481 fastmath<contract> : f32
                  %v4483 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4482) : (f32) -> f32
                  llvm.store %v4483, %v51 : f32, !llvm.ptr
                  %v4484 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4363) : (f32) -> f32
                  %v4485 = arith.mulf %v292, %v4484 fastmath<contract> : f32
                  %v4486 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4485) : (f32) -> f32
                  llvm.store %v4486, %v52 : f32, !llvm.ptr
                }
                %v4487 = llvm.load %v3024 : !llvm.ptr -> f32
                %v4488 = arith.cmpi slt, %v2318, %v3035 : i32
                %v4489 = arith.cmpi eq, %v2318, %v3040 : i32
                %v4490 = arith.addi %v360, %v86 : i64
                llvm.store %v65, %v3024 : f32, !llvm.ptr
                scf.if %v4488 {
                  %v4491 = arith.addi %v134, %v358 : i64
                  %v4492 = arith.muli %v33, %v163 : i64
                  %v4493 = arith.subi %v4491, %v134 : i64
                  %v4494 = arith.addi %v4492, %v4493 : i64
                  %v4495 = llvm.getelementptr %v60[%v4494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4496 = llvm.load %v4495 : !llvm.ptr -> f32
                  %v4497 = arith.muli %v47, %v302 : i64
                  %v4498 = arith.muli %v4491, %v301 : i64
                  %v4499 = arith.addi %v4497, %v4498 : i64
                  %v4500 = arith.muli %v45, %size_DV : i64
                  %v4501 = arith.addi %v4499, %v4500 : i64
                  %v4502 = arith.addi %v4501, %v43 : i64
                  %v4503 = llvm.getelementptr %dy_o[%v4502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4504 = llvm.load %v4503 : !llvm.ptr -> f32
                  %v4505 = arith.mulf %v4496, %v4504 fastmath<contract> : f32
                  %v4506 = llvm.load %v49 : !llvm.ptr -> f32
                  %v4507 = llvm.load %v51 : !llvm.ptr -> f32
                  %v4508 = arith.mulf %v4507, %v4506 fastmath<contract> : f32
                  %v4509 = arith.addf %v4505, %v4508 fastmath<contract> : f32
                  llvm.store %v4509, %v49 : f32, !llvm.ptr
                  %v4510 = arith.constant 8 : i64
                  %v4511 = arith.addi %v4510, %v33 : i64
                  %v4512 = arith.muli %v4511, %v163 : i64
                  %v4513 = arith.subi %v4491, %v134 : i64
                  %v4514 = arith.addi %v4512, %v4513 : i64
                  %v4515 = llvm.getelementptr %v60[%v4514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4516 = llvm.load %v4515 : !llvm.ptr -> f32
                  %v4517 = arith.mulf %v4516, %v4504 fastmath<contract> : f32
                  %v4518 = llvm.load %v50 : !llvm.ptr -> f32
                  %v4519 = llvm.load %v52 : !llvm.ptr -> f32
                  %v4520 = arith.mulf %v4519, %v4518 fastmath<contract> : f32
                  %v4521 = arith.addf %v4517, %v4520 fastmath<contract> : f32
                  llvm.store %v4521, %v50 : f32, !llvm.ptr
                  %v4522 = arith.mulf %v2599, %v4504 fastmath<contract> : f32
                  %v4523 = arith.mulf %v2624, %v4504 fastmath<contract> : f32
                  %v4524 = arith.muli %v47, %v302 : i64
                  %v4525 = arith.muli %v4491, %v301 : i64
                  %v4526 = arith.addi %v4524, %v4525 : i64
                  %v4527 = arith.muli %v45, %size_DV : i64
                  %v4528 = arith.addi %v4526, %v4527 : i64
                  %v4529 = arith.addi %v4528, %v43 : i64
                  %v4530 = llvm.getelementptr %in_v[%v4529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4531 = llvm.load %v4530 : !llvm.ptr -> f32
                  %v4532 = llvm.load %v49 : !llvm.ptr -> f32
                  %v4533 = arith.mulf %v4531, %v4532 fastmath<contract> : f32
                  %v4534 = llvm.load %v50 : !llvm.ptr -> f32
                  %v4535 = arith.mulf %v4531, %v4534 fastmath<contract> : f32
                  %v4536 = arith.muli %v33, %v163 : i64
                  %v4537 = arith.subi %v4491, %v134 : i64
                  %v4538 = arith.addi %v4536, %v4537 : i64
                  %v4539 = llvm.getelementptr %v64[%v4538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4540 = llvm.load %v4539 : !llvm.ptr -> f32
                  %v4541 = arith.negf %v4540 : f32
                  %v4542 = arith.mulf %v4541, %v287 fastmath<contract> : f32
                  %v4543 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4542) : (f32) -> f32
                  %v4544 = arith.addf %v66, %v4543 fastmath<contract> : f32
                  %v4545 = arith.divf %v66, %v4544 : f32
                  %v4546 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4545) : (f32) -> f32
                  %v4547 = arith.mulf %v919, %v4546 fastmath<contract> : f32
                  %v4548 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4547) : (f32) -> f32
                  %v4549 = arith.mulf %v2556, %v4532 fastmath<contract> : f32
                  %v4550 = arith.mulf %v292, %v4549 fastmath<contract> : f32
                  %v4551 = arith.mulf %v4548, %v4550 fastmath<contract> : f32
                  %v4552 = arith.subf %v66, %v4545 fastmath<contract> : f32
                  %v4553 = arith.mulf %v4545, %v4552 fastmath<contract> : f32
                  %v4554 = arith.mulf %v4551, %v4553 fastmath<contract> : f32
                  %v4555 = arith.constant 8 : i64
                  %v4556 = arith.addi %v4555, %v33 : i64
                  %v4557 = arith.muli %v4556, %v163 : i64
                  %v4558 = arith.subi %v4491, %v134 : i64
                  %v4559 = arith.addi %v4557, %v4558 : i64
                  %v4560 = llvm.getelementptr %v64[%v4559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4561 = llvm.load %v4560 : !llvm.ptr -> f32
                  %v4562 = arith.negf %v4561 : f32
                  %v4563 = arith.mulf %v4562, %v287 fastmath<contract> : f32
                  %v4564 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4563) : (f32) -> f32
                  %v4565 = arith.addf %v66, %v4564 fastmath<contract> : f32
                  %v4566 = arith.divf %v66, %v4565 : f32
                  %v4567 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4566) : (f32) -> f32
                  %v4568 = arith.mulf %v919, %v4567 fastmath<contract> : f32
                  %v4569 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4568) : (f32) -> f32
                  %v4570 = arith.mulf %v2565, %v4534 fastmath<contract> : f32
                  %v4571 = arith.mulf %v292, %v4570 fastmath<contract> : f32
                  %v4572 = arith.mulf %v4569, %v4571 fastmath<contract> : f32
                  %v4573 = arith.subf %v66, %v4566 fastmath<contract> : f32
                  %v4574 = arith.mulf %v4566, %v4573 fastmath<contract> : f32
                  %v4575 = arith.mulf %v4572, %v4574 fastmath<contract> : f32
                  %v4576 = arith.select %v37, %v4522, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v4577, %v4578 = gpu.shuffle xor %v4576, %v951, %v277 : f32
                  %v4579 = arith.addf %v4576, %v4577 fastmath<contract> : f32
                  %v4580, %v4581 = gpu.shuffle xor %v4579, %v955, %v277 : f32
                  %v4582 = arith.addf %v4579, %v4580 fastmath<contract> : f32
                  %v4583 = arith.divui %v23, %v25 : i64
                  %v4584 = arith.remui %v23, %v25 : i64
                  %v4585 = arith.cmpi ult, %v4584, %v32 : i64
                  %v4586 = arith.muli %v4583, %v1 : i64
                  %v4587 = arith.addi %v4586, %v33 : i64
                  %v4588 = arith.muli %v4587, %v964 : i64
                  %v4589 = arith.addi %v4588, %v4490 : i64
                  scf.if %v4585 {
                    %v4590 = llvm.getelementptr %v54[%v4589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4582, %v4590 : f32, !llvm.ptr
                  }
                  %v4591 = arith.select %v37, %v4523, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v4592, %v4593 = gpu.shuffle xor %v4591, %v951, %v277 : f32
                  %v4594 = arith.addf %v4591, %v4592 fastmath<contract> : f32
                  %v4595, %v4596 = gpu.shuffle xor %v4594, %v955, %v277 : f32
                  %v4597 = arith.addf %v4594, %v4595 fastmath<contract> : f32
                  %v4598 = arith.divui %v23, %v25 : i64
                  %v4599 = arith.remui %v23, %v25 : i64
                  %v4600 = arith.cmpi ult, %v4599, %v32 : i64
                  %v4601 = arith.addi %v32, %v33 : i64
                  %v4602 = arith.muli %v4598, %v1 : i64
                  %v4603 = arith.addi %v4602, %v4601 : i64
                  %v4604 = arith.muli %v4603, %v964 : i64
                  %v4605 = arith.addi %v4604, %v4490 : i64
                  scf.if %v4600 {
                    %v4606 = llvm.getelementptr %v54[%v4605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4597, %v4606 : f32, !llvm.ptr
                  }
                  %v4607 = arith.select %v37, %v4533, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v4608, %v4609 = gpu.shuffle xor %v4607, %v951, %v277 : f32
                  %v4610 = arith.addf %v4607, %v4608 fastmath<contract> : f32
                  %v4611, %v4612 = gpu.shuffle xor %v4610, %v955, %v277 : f32
                  %v4613 = arith.addf %v4610, %v4611 fastmath<contract> : f32
                  %v4614 = arith.divui %v23, %v25 : i64
                  %v4615 = arith.remui %v23, %v25 : i64
                  %v4616 = arith.cmpi ult, %v4615, %v32 : i64
                  %v4617 = arith.muli %v4614, %v1 : i64
                  %v4618 = arith.addi %v4617, %v33 : i64
                  %v4619 = arith.muli %v4618, %v964 : i64
                  %v4620 = arith.addi %v4619, %v4490 : i64
                  scf.if %v4616 {
                    %v4621 = llvm.getelementptr %v56[%v4620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4613, %v4621 : f32, !llvm.ptr
                  }
                  %v4622 = arith.select %v37, %v4535, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v4623, %v4624 = gpu.shuffle xor %v4622, %v951, %v277 : f32
                  %v4625 = arith.addf %v4622, %v4623 fastmath<contract> : f32
                  %v4626, %v4627 = gpu.shuffle xor %v4625, %v955, %v277 : f32
                  %v4628 = arith.addf %v4625, %v4626 fastmath<contract> : f32
                  %v4629 = arith.divui %v23, %v25 : i64
                  %v4630 = arith.remui %v23, %v25 : i64
                  %v4631 = arith.cmpi ult, %v4630, %v32 : i64
                  %v4632 = arith.addi %v32, %v33 : i64
                  %v4633 = arith.muli %v4629, %v1 : i64
                  %v4634 = arith.addi %v4633, %v4632 : i64
                  %v4635 = arith.muli %v4634, %v964 : i64
                  %v4636 = arith.addi %v4635, %v4490 : i64
                  scf.if %v4631 {
                    %v4637 = llvm.getelementptr %v56[%v4636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4628, %v4637 : f32, !llvm.ptr
                  }
                  %v4638 = arith.select %v37, %v4554, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v4639, %v4640 = gpu.shuffle xor %v4638, %v951, %v277 : f32
                  %v4641 = arith.addf %v4638, %v4639 fastmath<contract> : f32
                  %v4642, %v4643 = gpu.shuffle xor %v4641, %v955, %v277 : f32
                  %v4644 = arith.addf %v4641, %v4642 fastmath<contract> : f32
                  %v4645 = arith.divui %v23, %v25 : i64
                  %v4646 = arith.remui %v23, %v25 : i64
                  %v4647 = arith.cmpi ult, %v4646, %v32 : i64
                  %v4648 = arith.muli %v4645, %v1 : i64
                  %v4649 = arith.addi %v4648, %v33 : i64
                  %v4650 = arith.muli %v4649, %v964 : i64
                  %v4651 = arith.addi %v4650, %v4490 : i64
                  scf.if %v4647 {
                    %v4652 = llvm.getelementptr %v58[%v4651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4644, %v4652 : f32, !llvm.ptr
                  }
                  %v4653 = arith.select %v37, %v4575, %v65 : f32
                  // sum over the warp's outer points: shuffles
                  %v4654, %v4655 = gpu.shuffle xor %v4653, %v951, %v277 : f32
                  %v4656 = arith.addf %v4653, %v4654 fastmath<contract> : f32
                  %v4657, %v4658 = gpu.shuffle xor %v4656, %v955, %v277 : f32
                  %v4659 = arith.addf %v4656, %v4657 fastmath<contract> : f32
                  %v4660 = arith.divui %v23, %v25 : i64
                  %v4661 = arith.remui %v23, %v25 : i64
                  %v4662 = arith.cmpi ult, %v4661, %v32 : i64
                  %v4663 = arith.addi %v32, %v33 : i64
                  %v4664 = arith.muli %v4660, %v1 : i64
                  %v4665 = arith.addi %v4664, %v4663 : i64
                  %v4666 = arith.muli %v4665, %v964 : i64
                  %v4667 = arith.addi %v4666, %v4490 : i64
                  scf.if %v4662 {
                    %v4668 = llvm.getelementptr %v58[%v4667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4659, %v4668 : f32, !llvm.ptr
                  }
                  %v4669 = arith.muli %v33, %v163 : i64
                  %v4670 = arith.subi %v4491, %v134 : i64
                  %v4671 = arith.addi %v4669, %v4670 : i64
                  %v4672 = llvm.getelementptr %v62[%v4671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4673 = llvm.load %v4672 : !llvm.ptr -> f32
                  %v4674 = arith.mulf %v4673, %v4532 fastmath<contract> : f32
                  %v4675 = arith.constant 8 : i64
                  %v4676 = arith.addi %v4675, %v33 : i64
                  %v4677 = arith.muli %v4676, %v163 : i64
                  %v4678 = arith.subi %v4491, %v134 : i64
                  %v4679 = arith.addi %v4677, %v4678 : i64
                  %v4680 = llvm.getelementptr %v62[%v4679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4681 = llvm.load %v4680 : !llvm.ptr -> f32
                  %v4682 = arith.mulf %v4681, %v4534 fastmath<contract> : f32
                  %v4683 = arith.addf %v4674, %v4682 fastmath<contract> : f32
                  llvm.store %v4683, %v3024 : f32, !llvm.ptr
                  %v4684 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4545) : (f32) -> f32
                  %v4685 = arith.mulf %v292, %v4684 fastmath<contract> : f32
                  %v4686 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4685) : (f32) -> f32
                  llvm.store %v4686, %v51 : f32, !llvm.ptr
                  %v4687 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4566) : (f32) -> f32
                  %v4688 = arith.mulf %v292, %v4687 fastmath<contract> : f32
                  %v4689 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4688) : (f32) -> f32
                  llvm.store %v4689, %v52 : f32, !llvm.ptr
                }
                %v4690 = llvm.load %v3024 : !llvm.ptr -> f32
                %v4691 = arith.select %v3027, %v4690, %v4487 : f32
                %v4692 = arith.select %v3027, %v4487, %v4690 : f32
                %v4693, %v4694 = gpu.shuffle xor %v4691, %v1275, %v277 : f32
                %v4695 = arith.addf %v4692, %v4693 fastmath<contract> : f32
                %v4696 = arith.select %v3030, %v4695, %v4283 : f32
                %v4697 = arith.select %v3030, %v4283, %v4695 : f32
                %v4698, %v4699 = gpu.shuffle xor %v4696, %v1696, %v277 : f32
                %v4700 = arith.addf %v4697, %v4698 fastmath<contract> : f32
                %v4701 = arith.select %v3033, %v4700, %v3870 : f32
                %v4702 = arith.select %v3033, %v3870, %v4700 : f32
                %v4703, %v4704 = gpu.shuffle xor %v4701, %v1485, %v277 : f32
                %v4705 = arith.addf %v4702, %v4703 fastmath<contract> : f32
                %v4706 = arith.addi %v358, %v33 : i64
                %v4707 = arith.cmpi slt, %v4706, %v136 : i64
                %v4708 = arith.andi %v37, %v4707 : i1
                scf.if %v4708 {
                  %v4709 = arith.addi %v134, %v4706 : i64
                  // the gradients of this lane's own step
                  %v4710 = arith.muli %v47, %v302 : i64
                  %v4711 = arith.muli %v4709, %v301 : i64
                  %v4712 = arith.addi %v4710, %v4711 : i64
                  %v4713 = arith.muli %v45, %size_DV : i64
                  %v4714 = arith.addi %v4712, %v4713 : i64
                  %v4715 = arith.addi %v4714, %v43 : i64
                  %v4716 = llvm.getelementptr %dx_v[%v4715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v4705, %v4716 : f32, !llvm.ptr
                }
              }
            }
          }
          gpu.barrier
          %v4717 = arith.index_cast %v23 : i64 to index
          %v4718 = arith.index_cast %v141 : i64 to index
          %v4719 = arith.index_cast %v141 : i64 to index
          scf.for %v4720 = %v4717 to %v4718 step %v4719 {
            %v4721 = arith.index_cast %v4720 : index to i64
            %v4725 = arith.remui %v4721, %v1 : i64
            %v4726 = arith.divui %v4721, %v1 : i64
            %v4727 = arith.muli %v347, %v75 : i64
            %v4728 = arith.divui %v4725, %v32 : i64
            %v4729 = arith.addi %v4727, %v4728 : i64
            %v4730 = arith.cmpi slt, %v4729, %v138 : i64
            %v4731 = arith.subi %v138, %v2 : i64
            %v4732 = arith.subi %v4731, %v4729 : i64
            %v4733 = arith.remui %v4725, %v32 : i64
            %v4734 = arith.subi %v86, %v4733 : i64
            %v4735 = arith.muli %v4732, %v32 : i64
            %v4736 = arith.addi %v4735, %v4734 : i64
            %v4737 = arith.cmpi slt, %v4736, %v136 : i64
            %v4738 = arith.andi %v4730, %v4737 : i1
            scf.if %v4738 {
              %v4739 = arith.addi %v134, %v4736 : i64
              %v4740 = arith.remui %v4721, %v1 : i64
              %v4741 = arith.divui %v4721, %v1 : i64
              %v4742 = arith.muli %v4741, %v964 : i64
              %v4743 = arith.addi %v4742, %v4740 : i64
              %v4744 = llvm.getelementptr %v54[%v4743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4745 = llvm.load %v4744 : !llvm.ptr -> f32
              %v4746 = arith.addi %v1, %v4741 : i64
              %v4747 = arith.muli %v4746, %v964 : i64
              %v4748 = arith.addi %v4747, %v4740 : i64
              %v4749 = llvm.getelementptr %v54[%v4748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4750 = llvm.load %v4749 : !llvm.ptr -> f32
              %v4751 = arith.addf %v4745, %v4750 fastmath<contract> : f32
              %v4752 = arith.addi %v25, %v4741 : i64
              %v4753 = arith.muli %v4752, %v964 : i64
              %v4754 = arith.addi %v4753, %v4740 : i64
              %v4755 = llvm.getelementptr %v54[%v4754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4756 = llvm.load %v4755 : !llvm.ptr -> f32
              %v4757 = arith.addf %v4751, %v4756 fastmath<contract> : f32
              %v4759 = arith.addi %v4758, %v4741 : i64
              %v4760 = arith.muli %v4759, %v964 : i64
              %v4761 = arith.addi %v4760, %v4740 : i64
              %v4762 = llvm.getelementptr %v54[%v4761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4763 = llvm.load %v4762 : !llvm.ptr -> f32
              %v4764 = arith.addf %v4757, %v4763 fastmath<contract> : f32
              %v4765 = arith.addi %v5, %v4741 : i64
              %v4766 = arith.muli %v4765, %v964 : i64
              %v4767 = arith.addi %v4766, %v4740 : i64
              %v4768 = llvm.getelementptr %v54[%v4767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4769 = llvm.load %v4768 : !llvm.ptr -> f32
              %v4770 = arith.addf %v4764, %v4769 fastmath<contract> : f32
              %v4772 = arith.addi %v4771, %v4741 : i64
              %v4773 = arith.muli %v4772, %v964 : i64
              %v4774 = arith.addi %v4773, %v4740 : i64
              %v4775 = llvm.getelementptr %v54[%v4774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4776 = llvm.load %v4775 : !llvm.ptr -> f32
              %v4777 = arith.addf %v4770, %v4776 fastmath<contract> : f32
              %v4779 = arith.addi %v4778, %v4741 : i64
              %v4780 = arith.muli %v4779, %v964 : i64
              %v4781 = arith.addi %v4780, %v4740 : i64
              %v4782 = llvm.getelementptr %v54[%v4781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4783 = llvm.load %v4782 : !llvm.ptr -> f32
              %v4784 = arith.addf %v4777, %v4783 fastmath<contract> : f32
              %v4786 = arith.addi %v4785, %v4741 : i64
              %v4787 = arith.muli %v4786, %v964 : i64
              %v4788 = arith.addi %v4787, %v4740 : i64
              %v4789 = llvm.getelementptr %v54[%v4788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4790 = llvm.load %v4789 : !llvm.ptr -> f32
              %v4791 = arith.addf %v4784, %v4790 fastmath<contract> : f32
              %v4792 = arith.subi %v4739, %slice_first : i64
              %v4793 = arith.remui %v4726, %v1 : i64
              %v4794 = arith.divui %v4726, %v1 : i64
              %v4797 = arith.muli %v47, %v4796 : i64
              %v4798 = arith.muli %v4792, %v4795 : i64
              %v4799 = arith.addi %v4797, %v4798 : i64
              %v4800 = arith.muli %v45, %v1 : i64
              %v4801 = arith.addi %v4799, %v4800 : i64
              %v4802 = arith.addi %v4801, %v4793 : i64
              %v4803 = arith.muli %v31, %v4724 : i64
              %v4804 = arith.addi %v4803, %v4802 : i64
              %v4805 = llvm.getelementptr %part_q[%v4804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4791, %v4805 : f32, !llvm.ptr
            }
          }
          %v4806 = arith.index_cast %v23 : i64 to index
          %v4807 = arith.index_cast %v141 : i64 to index
          %v4808 = arith.index_cast %v141 : i64 to index
          scf.for %v4809 = %v4806 to %v4807 step %v4808 {
            %v4810 = arith.index_cast %v4809 : index to i64
            %v4814 = arith.remui %v4810, %v1 : i64
            %v4815 = arith.divui %v4810, %v1 : i64
            %v4816 = arith.muli %v347, %v75 : i64
            %v4817 = arith.divui %v4814, %v32 : i64
            %v4818 = arith.addi %v4816, %v4817 : i64
            %v4819 = arith.cmpi slt, %v4818, %v138 : i64
            %v4820 = arith.subi %v138, %v2 : i64
            %v4821 = arith.subi %v4820, %v4818 : i64
            %v4822 = arith.remui %v4814, %v32 : i64
            %v4823 = arith.subi %v86, %v4822 : i64
            %v4824 = arith.muli %v4821, %v32 : i64
            %v4825 = arith.addi %v4824, %v4823 : i64
            %v4826 = arith.cmpi slt, %v4825, %v136 : i64
            %v4827 = arith.andi %v4819, %v4826 : i1
            scf.if %v4827 {
              %v4828 = arith.addi %v134, %v4825 : i64
              %v4829 = arith.remui %v4810, %v1 : i64
              %v4830 = arith.divui %v4810, %v1 : i64
              %v4831 = arith.muli %v4830, %v964 : i64
              %v4832 = arith.addi %v4831, %v4829 : i64
              %v4833 = llvm.getelementptr %v56[%v4832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4834 = llvm.load %v4833 : !llvm.ptr -> f32
              %v4835 = arith.addi %v1, %v4830 : i64
              %v4836 = arith.muli %v4835, %v964 : i64
              %v4837 = arith.addi %v4836, %v4829 : i64
              %v4838 = llvm.getelementptr %v56[%v4837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4839 = llvm.load %v4838 : !llvm.ptr -> f32
              %v4840 = arith.addf %v4834, %v4839 fastmath<contract> : f32
              %v4841 = arith.addi %v25, %v4830 : i64
              %v4842 = arith.muli %v4841, %v964 : i64
              %v4843 = arith.addi %v4842, %v4829 : i64
              %v4844 = llvm.getelementptr %v56[%v4843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4845 = llvm.load %v4844 : !llvm.ptr -> f32
              %v4846 = arith.addf %v4840, %v4845 fastmath<contract> : f32
              %v4847 = arith.addi %v4758, %v4830 : i64
              %v4848 = arith.muli %v4847, %v964 : i64
              %v4849 = arith.addi %v4848, %v4829 : i64
              %v4850 = llvm.getelementptr %v56[%v4849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4851 = llvm.load %v4850 : !llvm.ptr -> f32
              %v4852 = arith.addf %v4846, %v4851 fastmath<contract> : f32
              %v4853 = arith.addi %v5, %v4830 : i64
              %v4854 = arith.muli %v4853, %v964 : i64
              %v4855 = arith.addi %v4854, %v4829 : i64
              %v4856 = llvm.getelementptr %v56[%v4855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4857 = llvm.load %v4856 : !llvm.ptr -> f32
              %v4858 = arith.addf %v4852, %v4857 fastmath<contract> : f32
              %v4859 = arith.addi %v4771, %v4830 : i64
              %v4860 = arith.muli %v4859, %v964 : i64
              %v4861 = arith.addi %v4860, %v4829 : i64
              %v4862 = llvm.getelementptr %v56[%v4861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4863 = llvm.load %v4862 : !llvm.ptr -> f32
              %v4864 = arith.addf %v4858, %v4863 fastmath<contract> : f32
              %v4865 = arith.addi %v4778, %v4830 : i64
              %v4866 = arith.muli %v4865, %v964 : i64
              %v4867 = arith.addi %v4866, %v4829 : i64
              %v4868 = llvm.getelementptr %v56[%v4867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4869 = llvm.load %v4868 : !llvm.ptr -> f32
              %v4870 = arith.addf %v4864, %v4869 fastmath<contract> : f32
              %v4871 = arith.addi %v4785, %v4830 : i64
              %v4872 = arith.muli %v4871, %v964 : i64
              %v4873 = arith.addi %v4872, %v4829 : i64
              %v4874 = llvm.getelementptr %v56[%v4873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4875 = llvm.load %v4874 : !llvm.ptr -> f32
              %v4876 = arith.addf %v4870, %v4875 fastmath<contract> : f32
              %v4877 = arith.subi %v4828, %slice_first : i64
              %v4878 = arith.remui %v4815, %v1 : i64
              %v4879 = arith.divui %v4815, %v1 : i64
              %v4880 = arith.muli %v47, %v4796 : i64
              %v4881 = arith.muli %v4877, %v4795 : i64
              %v4882 = arith.addi %v4880, %v4881 : i64
              %v4883 = arith.muli %v45, %v1 : i64
              %v4884 = arith.addi %v4882, %v4883 : i64
              %v4885 = arith.addi %v4884, %v4878 : i64
              %v4886 = arith.muli %v31, %v4813 : i64
              %v4887 = arith.addi %v4886, %v4885 : i64
              %v4888 = llvm.getelementptr %part_k[%v4887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4876, %v4888 : f32, !llvm.ptr
            }
          }
          %v4889 = arith.index_cast %v23 : i64 to index
          %v4890 = arith.index_cast %v141 : i64 to index
          %v4891 = arith.index_cast %v141 : i64 to index
          scf.for %v4892 = %v4889 to %v4890 step %v4891 {
            %v4893 = arith.index_cast %v4892 : index to i64
            %v4897 = arith.remui %v4893, %v1 : i64
            %v4898 = arith.divui %v4893, %v1 : i64
            %v4899 = arith.muli %v347, %v75 : i64
            %v4900 = arith.divui %v4897, %v32 : i64
            %v4901 = arith.addi %v4899, %v4900 : i64
            %v4902 = arith.cmpi slt, %v4901, %v138 : i64
            %v4903 = arith.subi %v138, %v2 : i64
            %v4904 = arith.subi %v4903, %v4901 : i64
            %v4905 = arith.remui %v4897, %v32 : i64
            %v4906 = arith.subi %v86, %v4905 : i64
            %v4907 = arith.muli %v4904, %v32 : i64
            %v4908 = arith.addi %v4907, %v4906 : i64
            %v4909 = arith.cmpi slt, %v4908, %v136 : i64
            %v4910 = arith.andi %v4902, %v4909 : i1
            scf.if %v4910 {
              %v4911 = arith.addi %v134, %v4908 : i64
              %v4912 = arith.remui %v4893, %v1 : i64
              %v4913 = arith.divui %v4893, %v1 : i64
              %v4914 = arith.muli %v4913, %v964 : i64
              %v4915 = arith.addi %v4914, %v4912 : i64
              %v4916 = llvm.getelementptr %v58[%v4915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4917 = llvm.load %v4916 : !llvm.ptr -> f32
              %v4918 = arith.addi %v1, %v4913 : i64
              %v4919 = arith.muli %v4918, %v964 : i64
              %v4920 = arith.addi %v4919, %v4912 : i64
              %v4921 = llvm.getelementptr %v58[%v4920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4922 = llvm.load %v4921 : !llvm.ptr -> f32
              %v4923 = arith.addf %v4917, %v4922 fastmath<contract> : f32
              %v4924 = arith.addi %v25, %v4913 : i64
              %v4925 = arith.muli %v4924, %v964 : i64
              %v4926 = arith.addi %v4925, %v4912 : i64
              %v4927 = llvm.getelementptr %v58[%v4926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4928 = llvm.load %v4927 : !llvm.ptr -> f32
              %v4929 = arith.addf %v4923, %v4928 fastmath<contract> : f32
              %v4930 = arith.addi %v4758, %v4913 : i64
              %v4931 = arith.muli %v4930, %v964 : i64
              %v4932 = arith.addi %v4931, %v4912 : i64
              %v4933 = llvm.getelementptr %v58[%v4932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4934 = llvm.load %v4933 : !llvm.ptr -> f32
              %v4935 = arith.addf %v4929, %v4934 fastmath<contract> : f32
              %v4936 = arith.addi %v5, %v4913 : i64
              %v4937 = arith.muli %v4936, %v964 : i64
              %v4938 = arith.addi %v4937, %v4912 : i64
              %v4939 = llvm.getelementptr %v58[%v4938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4940 = llvm.load %v4939 : !llvm.ptr -> f32
              %v4941 = arith.addf %v4935, %v4940 fastmath<contract> : f32
              %v4942 = arith.addi %v4771, %v4913 : i64
              %v4943 = arith.muli %v4942, %v964 : i64
              %v4944 = arith.addi %v4943, %v4912 : i64
              %v4945 = llvm.getelementptr %v58[%v4944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4946 = llvm.load %v4945 : !llvm.ptr -> f32
              %v4947 = arith.addf %v4941, %v4946 fastmath<contract> : f32
              %v4948 = arith.addi %v4778, %v4913 : i64
              %v4949 = arith.muli %v4948, %v964 : i64
              %v4950 = arith.addi %v4949, %v4912 : i64
              %v4951 = llvm.getelementptr %v58[%v4950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4952 = llvm.load %v4951 : !llvm.ptr -> f32
              %v4953 = arith.addf %v4947, %v4952 fastmath<contract> : f32
              %v4954 = arith.addi %v4785, %v4913 : i64
              %v4955 = arith.muli %v4954, %v964 : i64
              %v4956 = arith.addi %v4955, %v4912 : i64
              %v4957 = llvm.getelementptr %v58[%v4956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4958 = llvm.load %v4957 : !llvm.ptr -> f32
              %v4959 = arith.addf %v4953, %v4958 fastmath<contract> : f32
              %v4960 = arith.subi %v4911, %slice_first : i64
              %v4961 = arith.remui %v4898, %v1 : i64
              %v4962 = arith.divui %v4898, %v1 : i64
              %v4963 = arith.muli %v47, %v4796 : i64
              %v4964 = arith.muli %v4960, %v4795 : i64
              %v4965 = arith.addi %v4963, %v4964 : i64
              %v4966 = arith.muli %v45, %v1 : i64
              %v4967 = arith.addi %v4965, %v4966 : i64
              %v4968 = arith.addi %v4967, %v4961 : i64
              %v4969 = arith.muli %v31, %v4896 : i64
              %v4970 = arith.addi %v4969, %v4968 : i64
              %v4971 = llvm.getelementptr %part_g[%v4970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4959, %v4971 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      scf.if %v12 {
      }
      scf.if %v12 {
      } else {
        scf.if %v37 {
          %v4972 = arith.muli %v39, %v32 : i64
          %v4973 = arith.addi %v4972, %v33 : i64
          %v4974 = arith.muli %v4, %v32 : i64
          %v4975 = llvm.load %v49 : !llvm.ptr -> f32
          %v4976 = llvm.getelementptr %slice_carry[%v4973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4975, %v4976 : f32, !llvm.ptr
          %v4977 = arith.addi %v4974, %v4973 : i64
          %v4978 = llvm.load %v50 : !llvm.ptr -> f32
          %v4979 = llvm.getelementptr %slice_carry[%v4977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4978, %v4979 : f32, !llvm.ptr
          %v4980 = arith.muli %v75, %v4974 : i64
          %v4981 = arith.addi %v4980, %v4973 : i64
          %v4982 = llvm.load %v51 : !llvm.ptr -> f32
          %v4983 = llvm.getelementptr %slice_carry[%v4981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4982, %v4983 : f32, !llvm.ptr
          %v4984 = arith.muli %v80, %v4974 : i64
          %v4985 = arith.addi %v4984, %v4973 : i64
          %v4986 = llvm.load %v52 : !llvm.ptr -> f32
          %v4987 = llvm.getelementptr %slice_carry[%v4985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4986, %v4987 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
