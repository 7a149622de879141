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
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v6 = arith.constant 64 : i64
      %v7 = arith.divui %slice_first, %v6 : i64
      %v8 = arith.addi %slice_first, %slice_steps : i64
      %v9 = arith.constant 63 : i64
      %v10 = arith.addi %v8, %v9 : i64
      %v11 = arith.divui %v10, %v6 : i64
      %v12 = arith.constant 0 : i64
      %v13 = arith.cmpi eq, %slice_first, %v12 : i64
      %v14 = arith.cmpi sge, %v8, %size_L : i64
      %v15 = arith.cmpi slt, %v8, %size_L : i64
      %v16 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v26 = arith.constant 32 : i64
      %v27 = arith.constant 31 : i64
      %v33 = arith.constant 8 : i64
      %v50 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v51 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v52 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v53 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.mlir.addressof @tile_gla_bwd_q : !llvm.ptr<3>
      %v55 = llvm.addrspacecast %v54 : !llvm.ptr<3> to !llvm.ptr
      %v56 = llvm.mlir.addressof @tile_gla_bwd_k : !llvm.ptr<3>
      %v57 = llvm.addrspacecast %v56 : !llvm.ptr<3> to !llvm.ptr
      %v58 = llvm.mlir.addressof @tile_gla_bwd_g : !llvm.ptr<3>
      %v59 = llvm.addrspacecast %v58 : !llvm.ptr<3> to !llvm.ptr
      %v60 = llvm.mlir.addressof @rows_gla_bwd_q : !llvm.ptr<3>
      %v61 = llvm.addrspacecast %v60 : !llvm.ptr<3> to !llvm.ptr
      %v62 = llvm.mlir.addressof @rows_gla_bwd_k : !llvm.ptr<3>
      %v63 = llvm.addrspacecast %v62 : !llvm.ptr<3> to !llvm.ptr
      %v64 = llvm.mlir.addressof @rows_gla_bwd_g : !llvm.ptr<3>
      %v65 = llvm.addrspacecast %v64 : !llvm.ptr<3> to !llvm.ptr
      %v66 = arith.constant 0x00000000 : f32
      %v67 = arith.constant 0x3F800000 : f32
      %v70 = arith.constant 4 : i64
      %v78 = arith.constant 2 : i64
      %v82 = arith.constant 3 : i64
      %v87 = arith.constant 7 : i64
      %v142 = arith.constant 1024 : i64
      %v143 = arith.constant 256 : i64
      %v155 = arith.muli %v2, %v1 : i64
      %v156 = arith.muli %v155, %size_H : i64
      %v157 = arith.muli %v156, %size_L : i64
      %v167 = arith.constant 65 : i64
      %v218 = arith.muli %v2, %size_B : i64
      %v219 = arith.muli %v218, %size_H : i64
      %v220 = arith.muli %v219, %v1 : i64
      %v221 = arith.muli %v220, %size_DV : i64
      %v223 = arith.muli %v2, %size_DV : i64
      %v224 = arith.muli %v223, %v1 : i64
      %v225 = arith.muli %v224, %size_H : i64
      %v236 = arith.muli %v2, %size_B : i64
      %v237 = arith.muli %v236, %size_H : i64
      %v238 = arith.muli %v237, %v1 : i64
      %v239 = arith.muli %v238, %size_DV : i64
      %v289 = arith.constant 32 : i32
      %v299 = arith.constant 0x3FB8AA3B : f32
      %v304 = arith.constant 0x3D800000 : f32
      %v313 = arith.muli %v2, %size_DV : i64
      %v314 = arith.muli %v313, %size_H : i64
      %v315 = arith.muli %v314, %size_L : i64
      %v689 = arith.constant 5 : i64
      %v748 = arith.constant 6 : i64
      %v865 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v880 = arith.constant 2147483647 : i64
      %v884 = arith.constant 7 : i32
      %v945 = arith.constant 0xBF700000 : f32
      %v977 = arith.constant 8 : i32
      %v981 = arith.constant 16 : i32
      %v991 = arith.constant 17 : i64
      %v1098 = arith.constant 6 : i32
      %v1309 = arith.constant 1 : i32
      %v1314 = arith.constant 5 : i32
      %v1524 = arith.constant 4 : i32
      %v1740 = arith.constant 2 : i32
      %v1745 = arith.constant 3 : i32
      %v2378 = arith.constant 0 : i32
      %v3100 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v4841 = arith.muli %v2, %size_B : i64
      %v4842 = arith.muli %v4841, %slice_steps : i64
      %v4843 = arith.muli %v4842, %size_H : i64
      %v4844 = arith.muli %v4843, %v1 : i64
      %v4920 = arith.muli %v2, %v1 : i64
      %v4921 = arith.muli %v4920, %size_H : i64
      %v4922 = arith.muli %v4921, %slice_steps : i64
      %v4938 = arith.muli %v2, %size_B : i64
      %v4939 = arith.muli %v4938, %slice_steps : i64
      %v4940 = arith.muli %v4939, %size_H : i64
      %v4941 = arith.muli %v4940, %v1 : i64
      %v5032 = arith.muli %v2, %size_B : i64
      %v5033 = arith.muli %v5032, %slice_steps : i64
      %v5034 = arith.muli %v5033, %size_H : i64
      %v5035 = arith.muli %v5034, %v1 : i64
      %v22 = gpu.block_id x
      %v23 = gpu.thread_id x
      %v24 = arith.index_cast %v23 : index to i64
      %v25 = arith.index_cast %v22 : index to i64
      %v28 = arith.addi %size_DV, %v27 : i64
      %v29 = arith.divui %v28, %v26 : i64
      %v30 = arith.maxsi %v29, %v2 : i64
      %v31 = arith.divui %v25, %v30 : i64
      %v32 = arith.remui %v25, %v30 : i64
      %v34 = arith.remui %v24, %v33 : i64
      %v35 = arith.divui %v24, %v33 : i64
      %v36 = arith.muli %v32, %v26 : i64
      %v37 = arith.addi %v36, %v35 : i64
      %v38 = arith.cmpi slt, %v37, %size_DV : i64
      %v39 = arith.muli %v31, %size_DV : i64
      %v40 = arith.addi %v39, %v37 : i64
      %v41 = arith.subi %size_DV, %v2 : i64
      %v42 = arith.minsi %v37, %v41 : i64
      %v43 = arith.addi %v39, %v42 : i64
      %v44 = arith.remui %v43, %size_DV : i64
      %v45 = arith.divui %v43, %size_DV : i64
      %v46 = arith.remui %v45, %size_H : i64
      %v47 = arith.divui %v45, %size_H : i64
      %v48 = arith.remui %v47, %size_B : i64
      %v49 = arith.divui %v47, %size_B : i64
      %v91 = arith.trunci %v24 : i64 to i32
      %v92 = arith.constant 24 : i32
      %v93 = arith.andi %v91, %v92 : i32
      %v94 = arith.constant 0 : i32
      %v95 = arith.ori %v93, %v94 : i32
      %v96 = arith.constant 0 : i64
      %v97 = arith.cmpi eq, %v34, %v96 : i64
      %v98 = arith.constant 1 : i32
      %v99 = arith.ori %v93, %v98 : i32
      %v100 = arith.constant 1 : i64
      %v101 = arith.cmpi eq, %v34, %v100 : i64
      %v102 = arith.constant 2 : i32
      %v103 = arith.ori %v93, %v102 : i32
      %v104 = arith.constant 2 : i64
      %v105 = arith.cmpi eq, %v34, %v104 : i64
      %v106 = arith.constant 3 : i32
      %v107 = arith.ori %v93, %v106 : i32
      %v108 = arith.constant 3 : i64
      %v109 = arith.cmpi eq, %v34, %v108 : i64
      %v110 = arith.constant 4 : i32
      %v111 = arith.ori %v93, %v110 : i32
      %v112 = arith.constant 4 : i64
      %v113 = arith.cmpi eq, %v34, %v112 : i64
      %v114 = arith.constant 5 : i32
      %v115 = arith.ori %v93, %v114 : i32
      %v116 = arith.constant 5 : i64
      %v117 = arith.cmpi eq, %v34, %v116 : i64
      %v118 = arith.constant 6 : i32
      %v119 = arith.ori %v93, %v118 : i32
      %v120 = arith.constant 6 : i64
      %v121 = arith.cmpi eq, %v34, %v120 : i64
      %v122 = arith.constant 7 : i32
      %v123 = arith.ori %v93, %v122 : i32
      %v124 = arith.constant 7 : i64
      %v125 = arith.cmpi eq, %v34, %v124 : i64
      llvm.store %v66, %v50 : f32, !llvm.ptr
      llvm.store %v66, %v51 : f32, !llvm.ptr
      llvm.store %v67, %v52 : f32, !llvm.ptr
      llvm.store %v67, %v53 : f32, !llvm.ptr
      scf.if %v15 {
        scf.if %v38 {
          %v68 = arith.muli %v40, %v33 : i64
          %v69 = arith.addi %v68, %v34 : i64
          %v71 = arith.muli %v69, %v70 : i64
          %v72 = arith.addi %v71, %v12 : i64
          %v73 = llvm.getelementptr %slice_carry[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v74 = llvm.load %v73 : !llvm.ptr -> f32
          llvm.store %v74, %v50 : f32, !llvm.ptr
          %v75 = arith.addi %v71, %v2 : i64
          %v76 = llvm.getelementptr %slice_carry[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v77 = llvm.load %v76 : !llvm.ptr -> f32
          llvm.store %v77, %v51 : f32, !llvm.ptr
          %v79 = arith.addi %v71, %v78 : i64
          %v80 = llvm.getelementptr %slice_carry[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v81 = llvm.load %v80 : !llvm.ptr -> f32
          llvm.store %v81, %v52 : f32, !llvm.ptr
          %v83 = arith.addi %v71, %v82 : i64
          %v84 = llvm.getelementptr %slice_carry[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v85 = llvm.load %v84 : !llvm.ptr -> f32
          llvm.store %v85, %v53 : f32, !llvm.ptr
        }
      }
      scf.if %v14 {
      }
      %v86 = arith.cmpi eq, %size_L, %v12 : i64
      scf.if %v86 {
        llvm.store %v66, %v20 : f32, !llvm.ptr
        llvm.store %v66, %v21 : f32, !llvm.ptr
      }
      %v88 = arith.subi %v6, %v2 : i64
      %v89 = arith.addi %size_L, %v88 : i64
      %v90 = arith.divui %v89, %v6 : i64
      %v126 = arith.minsi %v11, %v90 : i64
      %v127 = arith.subi %v126, %v7 : i64
      %v128 = arith.maxsi %v127, %v12 : i64
      %v129 = arith.index_cast %v12 : i64 to index
      %v130 = arith.index_cast %v128 : i64 to index
      %v131 = arith.index_cast %v2 : i64 to index
      scf.for %v132 = %v129 to %v130 step %v131 {
        %v133 = arith.index_cast %v132 : index to i64
        %v134 = arith.subi %v126, %v2 : i64
        %v135 = arith.subi %v134, %v133 : i64
        %v136 = arith.muli %v135, %v6 : i64
        %v137 = arith.subi %size_L, %v136 : i64
        %v138 = arith.minsi %v137, %v6 : i64
        %v139 = arith.addi %v138, %v87 : i64
        %v140 = arith.divui %v139, %v33 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v141 = arith.subi %size_L, %v2 : i64
        %v144 = arith.index_cast %v24 : i64 to index
        %v145 = arith.index_cast %v142 : i64 to index
        %v146 = arith.index_cast %v143 : i64 to index
        scf.for %v147 = %v144 to %v145 step %v146 {
          %v148 = arith.index_cast %v147 : index to i64
          %v149 = arith.remui %v148, %v6 : i64
          %v150 = arith.divui %v148, %v6 : i64
          %v151 = arith.addi %v136, %v149 : i64
          %v152 = arith.minsi %v151, %v141 : i64
          %v153 = arith.remui %v150, %v1 : i64
          %v154 = arith.divui %v150, %v1 : i64
          %v158 = arith.muli %v48, %v157 : i64
          %v159 = arith.muli %v152, %v156 : i64
          %v160 = arith.addi %v158, %v159 : i64
          %v161 = arith.muli %v46, %v155 : i64
          %v162 = arith.addi %v160, %v161 : i64
          %v163 = arith.muli %v153, %v2 : i64
          %v164 = arith.addi %v162, %v163 : i64
          %v165 = llvm.getelementptr %in_q[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v166 = llvm.load %v165 : !llvm.ptr -> f32
          %v168 = arith.muli %v150, %v167 : i64
          %v169 = arith.addi %v168, %v149 : i64
          %v170 = llvm.getelementptr %v61[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v166, %v170 : f32, !llvm.ptr
        }
        %v171 = arith.index_cast %v24 : i64 to index
        %v172 = arith.index_cast %v142 : i64 to index
        %v173 = arith.index_cast %v143 : i64 to index
        scf.for %v174 = %v171 to %v172 step %v173 {
          %v175 = arith.index_cast %v174 : index to i64
          %v176 = arith.remui %v175, %v6 : i64
          %v177 = arith.divui %v175, %v6 : i64
          %v178 = arith.addi %v136, %v176 : i64
          %v179 = arith.minsi %v178, %v141 : i64
          %v180 = arith.remui %v177, %v1 : i64
          %v181 = arith.divui %v177, %v1 : i64
          %v182 = arith.muli %v48, %v157 : i64
          %v183 = arith.muli %v179, %v156 : i64
          %v184 = arith.addi %v182, %v183 : i64
          %v185 = arith.muli %v46, %v155 : i64
          %v186 = arith.addi %v184, %v185 : i64
          %v187 = arith.muli %v180, %v2 : i64
          %v188 = arith.addi %v186, %v187 : i64
          %v189 = llvm.getelementptr %in_k[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v190 = llvm.load %v189 : !llvm.ptr -> f32
          %v191 = arith.muli %v177, %v167 : i64
          %v192 = arith.addi %v191, %v176 : i64
          %v193 = llvm.getelementptr %v63[%v192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v190, %v193 : f32, !llvm.ptr
        }
        %v194 = arith.index_cast %v24 : i64 to index
        %v195 = arith.index_cast %v142 : i64 to index
        %v196 = arith.index_cast %v143 : i64 to index
        scf.for %v197 = %v194 to %v195 step %v196 {
          %v198 = arith.index_cast %v197 : index to i64
          %v199 = arith.remui %v198, %v6 : i64
          %v200 = arith.divui %v198, %v6 : i64
          %v201 = arith.addi %v136, %v199 : i64
          %v202 = arith.minsi %v201, %v141 : i64
          %v203 = arith.remui %v200, %v1 : i64
          %v204 = arith.divui %v200, %v1 : i64
          %v205 = arith.muli %v48, %v157 : i64
          %v206 = arith.muli %v202, %v156 : i64
          %v207 = arith.addi %v205, %v206 : i64
          %v208 = arith.muli %v46, %v155 : i64
          %v209 = arith.addi %v207, %v208 : i64
          %v210 = arith.muli %v203, %v2 : i64
          %v211 = arith.addi %v209, %v210 : i64
          %v212 = llvm.getelementptr %in_g[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v213 = llvm.load %v212 : !llvm.ptr -> f32
          %v214 = arith.muli %v200, %v167 : i64
          %v215 = arith.addi %v214, %v199 : i64
          %v216 = llvm.getelementptr %v65[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v213, %v216 : f32, !llvm.ptr
        }
        gpu.barrier
        %v217 = arith.subi %v138, %v2 : i64
        %v222 = arith.muli %v135, %v221 : i64
        %v226 = arith.muli %v48, %v225 : i64
        %v227 = arith.muli %v46, %v224 : i64
        %v228 = arith.addi %v226, %v227 : i64
        %v229 = arith.muli %v34, %v223 : i64
        %v230 = arith.addi %v228, %v229 : i64
        %v231 = arith.muli %v44, %v2 : i64
        %v232 = arith.addi %v230, %v231 : i64
        %v233 = arith.addi %v222, %v232 : i64
        %v234 = llvm.getelementptr %ckpt_S[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v235 = llvm.load %v234 : !llvm.ptr -> f32
        llvm.store %v235, %v18 : f32, !llvm.ptr
        %v240 = arith.muli %v135, %v239 : i64
        %v241 = arith.muli %v48, %v225 : i64
        %v242 = arith.muli %v46, %v224 : i64
        %v243 = arith.addi %v241, %v242 : i64
        %v244 = arith.constant 8 : i64
        %v245 = arith.addi %v244, %v34 : i64
        %v246 = arith.muli %v245, %v223 : i64
        %v247 = arith.addi %v243, %v246 : i64
        %v248 = arith.muli %v44, %v2 : i64
        %v249 = arith.addi %v247, %v248 : i64
        %v250 = arith.addi %v240, %v249 : i64
        %v251 = llvm.getelementptr %ckpt_S[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v252 = llvm.load %v251 : !llvm.ptr -> f32
        llvm.store %v252, %v19 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v253 = arith.index_cast %v12 : i64 to index
        %v254 = arith.index_cast %v140 : i64 to index
        %v255 = arith.index_cast %v2 : i64 to index
        scf.for %v256 = %v253 to %v254 step %v255 {
          %v257 = arith.index_cast %v256 : index to i64
          scf.if %v38 {
            %v258 = llvm.load %v18 : !llvm.ptr -> f32
            %v259 = arith.muli %v257, %v5 : i64
            %v260 = arith.subi %v5, %v2 : i64
            %v261 = arith.minsi %v40, %v260 : i64
            %v262 = arith.addi %v259, %v261 : i64
            %v263 = arith.muli %v262, %v1 : i64
            %v264 = arith.addi %v263, %v12 : i64
            %v265 = arith.addi %v264, %v34 : i64
            %v266 = llvm.getelementptr %scratch_S[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v258, %v266 : f32, !llvm.ptr
            %v267 = llvm.load %v19 : !llvm.ptr -> f32
            %v268 = arith.muli %v257, %v5 : i64
            %v269 = arith.subi %v5, %v2 : i64
            %v270 = arith.minsi %v40, %v269 : i64
            %v271 = arith.addi %v268, %v270 : i64
            %v272 = arith.muli %v271, %v1 : i64
            %v273 = arith.addi %v272, %v33 : i64
            %v274 = arith.addi %v273, %v34 : i64
            %v275 = llvm.getelementptr %scratch_S[%v274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v267, %v275 : f32, !llvm.ptr
          }
          %v276 = arith.muli %v257, %v33 : i64
          %v277 = arith.addi %v276, %v34 : i64
          %v278 = arith.minsi %v277, %v217 : i64
          %v279 = arith.addi %v136, %v278 : i64
          %v280 = arith.subi %v138, %v276 : i64
          %v281 = arith.trunci %v280 : i64 to i32
          %v282 = arith.index_cast %v12 : i64 to index
          %v283 = arith.index_cast %v33 : i64 to index
          %v284 = arith.index_cast %v2 : i64 to index
          scf.for %v285 = %v282 to %v283 step %v284 {
            %v286 = arith.index_cast %v285 : index to i64
            %v287 = arith.trunci %v286 : i64 to i32
            %v288 = arith.ori %v95, %v287 : i32
            %v290 = arith.addi %v276, %v286 : i64
            %v291 = arith.cmpi slt, %v287, %v281 : i32
            scf.if %v291 {
              %v292 = arith.addi %v136, %v290 : i64
              %v293 = arith.muli %v34, %v167 : i64
              %v294 = arith.subi %v292, %v136 : i64
              %v295 = arith.addi %v293, %v294 : i64
              %v296 = llvm.getelementptr %v65[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v297 = llvm.load %v296 : !llvm.ptr -> f32
              %v298 = arith.negf %v297 : f32
              %v300 = arith.mulf %v298, %v299 fastmath<contract> : f32
              %v301 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v300) : (f32) -> f32
              %v302 = arith.addf %v67, %v301 fastmath<contract> : f32
              %v303 = arith.divf %v67, %v302 : f32
              %v305 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v303) : (f32) -> f32
              %v306 = arith.mulf %v304, %v305 fastmath<contract> : f32
              %v307 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v306) : (f32) -> f32
              %v308 = arith.muli %v34, %v167 : i64
              %v309 = arith.subi %v292, %v136 : i64
              %v310 = arith.addi %v308, %v309 : i64
              %v311 = llvm.getelementptr %v63[%v310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v312 = llvm.load %v311 : !llvm.ptr -> f32
              %v316 = arith.muli %v48, %v315 : i64
              %v317 = arith.muli %v292, %v314 : i64
              %v318 = arith.addi %v316, %v317 : i64
              %v319 = arith.muli %v46, %v313 : i64
              %v320 = arith.addi %v318, %v319 : i64
              %v321 = arith.muli %v44, %v2 : i64
              %v322 = arith.addi %v320, %v321 : i64
              %v323 = llvm.getelementptr %in_v[%v322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v324 = llvm.load %v323 : !llvm.ptr -> f32
              %v325 = arith.mulf %v312, %v324 fastmath<contract> : f32
              %v326 = llvm.load %v18 : !llvm.ptr -> f32
              %v327 = arith.mulf %v307, %v326 fastmath<contract> : f32
              %v328 = arith.addf %v327, %v325 fastmath<contract> : f32
              llvm.store %v328, %v18 : f32, !llvm.ptr
              %v329 = arith.constant 8 : i64
              %v330 = arith.addi %v329, %v34 : i64
              %v331 = arith.muli %v330, %v167 : i64
              %v332 = arith.subi %v292, %v136 : i64
              %v333 = arith.addi %v331, %v332 : i64
              %v334 = llvm.getelementptr %v65[%v333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v335 = llvm.load %v334 : !llvm.ptr -> f32
              %v336 = arith.negf %v335 : f32
              %v337 = arith.mulf %v336, %v299 fastmath<contract> : f32
              %v338 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v337) : (f32) -> f32
              %v339 = arith.addf %v67, %v338 fastmath<contract> : f32
              %v340 = arith.divf %v67, %v339 : f32
              %v341 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v340) : (f32) -> f32
              %v342 = arith.mulf %v304, %v341 fastmath<contract> : f32
              %v343 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v342) : (f32) -> f32
              %v344 = arith.constant 8 : i64
              %v345 = arith.addi %v344, %v34 : i64
              %v346 = arith.muli %v345, %v167 : i64
              %v347 = arith.subi %v292, %v136 : i64
              %v348 = arith.addi %v346, %v347 : i64
              %v349 = llvm.getelementptr %v63[%v348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v350 = llvm.load %v349 : !llvm.ptr -> f32
              %v351 = arith.mulf %v350, %v324 fastmath<contract> : f32
              %v352 = llvm.load %v19 : !llvm.ptr -> f32
              %v353 = arith.mulf %v343, %v352 fastmath<contract> : f32
              %v354 = arith.addf %v353, %v351 fastmath<contract> : f32
              llvm.store %v354, %v19 : f32, !llvm.ptr
            }
          }
        }
        %v355 = arith.addi %v140, %v2 : i64
        %v356 = arith.divui %v355, %v78 : i64
        %v357 = arith.index_cast %v12 : i64 to index
        %v358 = arith.index_cast %v356 : i64 to index
        %v359 = arith.index_cast %v2 : i64 to index
        scf.for %v360 = %v357 to %v358 step %v359 {
          %v361 = arith.index_cast %v360 : index to i64
          %v362 = arith.muli %v361, %v78 : i64
          %v363 = arith.addi %v362, %v78 : i64
          %v364 = arith.index_cast %v362 : i64 to index
          %v365 = arith.index_cast %v363 : i64 to index
          %v366 = arith.index_cast %v2 : i64 to index
          scf.for %v367 = %v364 to %v365 step %v366 {
            %v368 = arith.index_cast %v367 : index to i64
            %v369 = arith.cmpi slt, %v368, %v140 : i64
            scf.if %v369 {
              %v370 = arith.subi %v140, %v2 : i64
              %v371 = arith.subi %v370, %v368 : i64
              %v372 = arith.muli %v371, %v33 : i64
              %v373 = arith.remui %v368, %v78 : i64
              %v374 = arith.muli %v373, %v33 : i64
              %v375 = arith.addi %v372, %v33 : i64
              %v376 = arith.cmpi sle, %v375, %v138 : i64
              scf.if %v376 {
                %v377 = arith.subi %v138, %v2 : i64
                %v378 = arith.muli %v371, %v5 : i64
                %v379 = arith.subi %v5, %v2 : i64
                %v380 = arith.minsi %v40, %v379 : i64
                %v381 = arith.addi %v378, %v380 : i64
                %v382 = arith.muli %v381, %v1 : i64
                %v383 = arith.addi %v382, %v12 : i64
                %v384 = arith.addi %v383, %v34 : i64
                %v385 = llvm.getelementptr %scratch_S[%v384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v386 = llvm.load %v385 : !llvm.ptr -> f32
                %v387 = arith.muli %v371, %v5 : i64
                %v388 = arith.subi %v5, %v2 : i64
                %v389 = arith.minsi %v40, %v388 : i64
                %v390 = arith.addi %v387, %v389 : i64
                %v391 = arith.muli %v390, %v1 : i64
                %v392 = arith.addi %v391, %v33 : i64
                %v393 = arith.addi %v392, %v34 : i64
                %v394 = llvm.getelementptr %scratch_S[%v393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v395 = llvm.load %v394 : !llvm.ptr -> f32
                %v396 = arith.addi %v372, %v34 : i64
                %v397 = arith.minsi %v396, %v377 : i64
                %v398 = arith.addi %v136, %v397 : i64
                // the group's states, recomputed into registers
                %v399 = arith.addi %v372, %v12 : i64
                %v400 = arith.minsi %v399, %v377 : i64
                %v401 = arith.addi %v136, %v400 : i64
                %v402 = arith.muli %v34, %v167 : i64
                %v403 = arith.subi %v401, %v136 : i64
                %v404 = arith.addi %v402, %v403 : i64
                %v405 = llvm.getelementptr %v65[%v404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v406 = llvm.load %v405 : !llvm.ptr -> f32
                %v407 = arith.negf %v406 : f32
                %v408 = arith.mulf %v407, %v299 fastmath<contract> : f32
                %v409 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v408) : (f32) -> f32
                %v410 = arith.addf %v67, %v409 fastmath<contract> : f32
                %v411 = arith.divf %v67, %v410 : f32
                %v412 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v411) : (f32) -> f32
                %v413 = arith.mulf %v304, %v412 fastmath<contract> : f32
                %v414 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v413) : (f32) -> f32
                %v415 = arith.muli %v34, %v167 : i64
                %v416 = arith.subi %v401, %v136 : i64
                %v417 = arith.addi %v415, %v416 : i64
                %v418 = llvm.getelementptr %v63[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v419 = llvm.load %v418 : !llvm.ptr -> f32
                %v420 = arith.muli %v48, %v315 : i64
                %v421 = arith.muli %v401, %v314 : i64
                %v422 = arith.addi %v420, %v421 : i64
                %v423 = arith.muli %v46, %v313 : i64
                %v424 = arith.addi %v422, %v423 : i64
                %v425 = arith.muli %v44, %v2 : i64
                %v426 = arith.addi %v424, %v425 : i64
                %v427 = llvm.getelementptr %in_v[%v426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v428 = llvm.load %v427 : !llvm.ptr -> f32
                %v429 = arith.mulf %v419, %v428 fastmath<contract> : f32
                %v430 = arith.mulf %v414, %v386 fastmath<contract> : f32
                %v431 = arith.addf %v430, %v429 fastmath<contract> : f32
                %v432 = arith.constant 8 : i64
                %v433 = arith.addi %v432, %v34 : i64
                %v434 = arith.muli %v433, %v167 : i64
                %v435 = arith.subi %v401, %v136 : i64
                %v436 = arith.addi %v434, %v435 : i64
                %v437 = llvm.getelementptr %v65[%v436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v438 = llvm.load %v437 : !llvm.ptr -> f32
                %v439 = arith.negf %v438 : f32
                %v440 = arith.mulf %v439, %v299 fastmath<contract> : f32
                %v441 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v440) : (f32) -> f32
                %v442 = arith.addf %v67, %v441 fastmath<contract> : f32
                %v443 = arith.divf %v67, %v442 : f32
                %v444 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v443) : (f32) -> f32
                %v445 = arith.mulf %v304, %v444 fastmath<contract> : f32
                %v446 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v445) : (f32) -> f32
                %v447 = arith.constant 8 : i64
                %v448 = arith.addi %v447, %v34 : i64
                %v449 = arith.muli %v448, %v167 : i64
                %v450 = arith.subi %v401, %v136 : i64
                %v451 = arith.addi %v449, %v450 : i64
                %v452 = llvm.getelementptr %v63[%v451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v453 = llvm.load %v452 : !llvm.ptr -> f32
                %v454 = arith.mulf %v453, %v428 fastmath<contract> : f32
                %v455 = arith.mulf %v446, %v395 fastmath<contract> : f32
                %v456 = arith.addf %v455, %v454 fastmath<contract> : f32
                %v457 = arith.addi %v372, %v2 : i64
                %v458 = arith.minsi %v457, %v377 : i64
                %v459 = arith.addi %v136, %v458 : i64
                %v460 = arith.muli %v34, %v167 : i64
                %v461 = arith.subi %v459, %v136 : i64
                %v462 = arith.addi %v460, %v461 : i64
                %v463 = llvm.getelementptr %v65[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v464 = llvm.load %v463 : !llvm.ptr -> f32
                %v465 = arith.negf %v464 : f32
                %v466 = arith.mulf %v465, %v299 fastmath<contract> : f32
                %v467 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v466) : (f32) -> f32
                %v468 = arith.addf %v67, %v467 fastmath<contract> : f32
                %v469 = arith.divf %v67, %v468 : f32
                %v470 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v469) : (f32) -> f32
                %v471 = arith.mulf %v304, %v470 fastmath<contract> : f32
                %v472 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v471) : (f32) -> f32
                %v473 = arith.muli %v34, %v167 : i64
                %v474 = arith.subi %v459, %v136 : i64
                %v475 = arith.addi %v473, %v474 : i64
                %v476 = llvm.getelementptr %v63[%v475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v477 = llvm.load %v476 : !llvm.ptr -> f32
                %v478 = arith.muli %v48, %v315 : i64
                %v479 = arith.muli %v459, %v314 : i64
                %v480 = arith.addi %v478, %v479 : i64
                %v481 = arith.muli %v46, %v313 : i64
                %v482 = arith.addi %v480, %v481 : i64
                %v483 = arith.muli %v44, %v2 : i64
                %v484 = arith.addi %v482, %v483 : i64
                %v485 = llvm.getelementptr %in_v[%v484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v486 = llvm.load %v485 : !llvm.ptr -> f32
                %v487 = arith.mulf %v477, %v486 fastmath<contract> : f32
                %v488 = arith.mulf %v472, %v431 fastmath<contract> : f32
                %v489 = arith.addf %v488, %v487 fastmath<contract> : f32
                %v490 = arith.constant 8 : i64
                %v491 = arith.addi %v490, %v34 : i64
                %v492 = arith.muli %v491, %v167 : i64
                %v493 = arith.subi %v459, %v136 : i64
                %v494 = arith.addi %v492, %v493 : i64
                %v495 = llvm.getelementptr %v65[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v496 = llvm.load %v495 : !llvm.ptr -> f32
                %v497 = arith.negf %v496 : f32
                %v498 = arith.mulf %v497, %v299 fastmath<contract> : f32
                %v499 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v498) : (f32) -> f32
                %v500 = arith.addf %v67, %v499 fastmath<contract> : f32
                %v501 = arith.divf %v67, %v500 : f32
                %v502 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v501) : (f32) -> f32
                %v503 = arith.mulf %v304, %v502 fastmath<contract> : f32
                %v504 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v503) : (f32) -> f32
                %v505 = arith.constant 8 : i64
                %v506 = arith.addi %v505, %v34 : i64
                %v507 = arith.muli %v506, %v167 : i64
                %v508 = arith.subi %v459, %v136 : i64
                %v509 = arith.addi %v507, %v508 : i64
                %v510 = llvm.getelementptr %v63[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v511 = llvm.load %v510 : !llvm.ptr -> f32
                %v512 = arith.mulf %v511, %v486 fastmath<contract> : f32
                %v513 = arith.mulf %v504, %v456 fastmath<contract> : f32
                %v514 = arith.addf %v513, %v512 fastmath<contract> : f32
                %v515 = arith.addi %v372, %v78 : i64
                %v516 = arith.minsi %v515, %v377 : i64
                %v517 = arith.addi %v136, %v516 : i64
                %v518 = arith.muli %v34, %v167 : i64
                %v519 = arith.subi %v517, %v136 : i64
                %v520 = arith.addi %v518, %v519 : i64
                %v521 = llvm.getelementptr %v65[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v522 = llvm.load %v521 : !llvm.ptr -> f32
                %v523 = arith.negf %v522 : f32
                %v524 = arith.mulf %v523, %v299 fastmath<contract> : f32
                %v525 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v524) : (f32) -> f32
                %v526 = arith.addf %v67, %v525 fastmath<contract> : f32
                %v527 = arith.divf %v67, %v526 : f32
                %v528 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v527) : (f32) -> f32
                %v529 = arith.mulf %v304, %v528 fastmath<contract> : f32
                %v530 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v529) : (f32) -> f32
                %v531 = arith.muli %v34, %v167 : i64
                %v532 = arith.subi %v517, %v136 : i64
                %v533 = arith.addi %v531, %v532 : i64
                %v534 = llvm.getelementptr %v63[%v533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v535 = llvm.load %v534 : !llvm.ptr -> f32
                %v536 = arith.muli %v48, %v315 : i64
                %v537 = arith.muli %v517, %v314 : i64
                %v538 = arith.addi %v536, %v537 : i64
                %v539 = arith.muli %v46, %v313 : i64
                %v540 = arith.addi %v538, %v539 : i64
                %v541 = arith.muli %v44, %v2 : i64
                %v542 = arith.addi %v540, %v541 : i64
                %v543 = llvm.getelementptr %in_v[%v542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v544 = llvm.load %v543 : !llvm.ptr -> f32
                %v545 = arith.mulf %v535, %v544 fastmath<contract> : f32
                %v546 = arith.mulf %v530, %v489 fastmath<contract> : f32
                %v547 = arith.addf %v546, %v545 fastmath<contract> : f32
                %v548 = arith.constant 8 : i64
                %v549 = arith.addi %v548, %v34 : i64
                %v550 = arith.muli %v549, %v167 : i64
                %v551 = arith.subi %v517, %v136 : i64
                %v552 = arith.addi %v550, %v551 : i64
                %v553 = llvm.getelementptr %v65[%v552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v554 = llvm.load %v553 : !llvm.ptr -> f32
                %v555 = arith.negf %v554 : f32
                %v556 = arith.mulf %v555, %v299 fastmath<contract> : f32
                %v557 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v556) : (f32) -> f32
                %v558 = arith.addf %v67, %v557 fastmath<contract> : f32
                %v559 = arith.divf %v67, %v558 : f32
                %v560 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v559) : (f32) -> f32
                %v561 = arith.mulf %v304, %v560 fastmath<contract> : f32
                %v562 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v561) : (f32) -> f32
                %v563 = arith.constant 8 : i64
                %v564 = arith.addi %v563, %v34 : i64
                %v565 = arith.muli %v564, %v167 : i64
                %v566 = arith.subi %v517, %v136 : i64
                %v567 = arith.addi %v565, %v566 : i64
                %v568 = llvm.getelementptr %v63[%v567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v569 = llvm.load %v568 : !llvm.ptr -> f32
                %v570 = arith.mulf %v569, %v544 fastmath<contract> : f32
                %v571 = arith.mulf %v562, %v514 fastmath<contract> : f32
                %v572 = arith.addf %v571, %v570 fastmath<contract> : f32
                %v573 = arith.addi %v372, %v82 : i64
                %v574 = arith.minsi %v573, %v377 : i64
                %v575 = arith.addi %v136, %v574 : i64
                %v576 = arith.muli %v34, %v167 : i64
                %v577 = arith.subi %v575, %v136 : i64
                %v578 = arith.addi %v576, %v577 : i64
                %v579 = llvm.getelementptr %v65[%v578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v580 = llvm.load %v579 : !llvm.ptr -> f32
                %v581 = arith.negf %v580 : f32
                %v582 = arith.mulf %v581, %v299 fastmath<contract> : f32
                %v583 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v582) : (f32) -> f32
                %v584 = arith.addf %v67, %v583 fastmath<contract> : f32
                %v585 = arith.divf %v67, %v584 : f32
                %v586 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v585) : (f32) -> f32
                %v587 = arith.mulf %v304, %v586 fastmath<contract> : f32
                %v588 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v587) : (f32) -> f32
                %v589 = arith.muli %v34, %v167 : i64
                %v590 = arith.subi %v575, %v136 : i64
                %v591 = arith.addi %v589, %v590 : i64
                %v592 = llvm.getelementptr %v63[%v591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v593 = llvm.load %v592 : !llvm.ptr -> f32
                %v594 = arith.muli %v48, %v315 : i64
                %v595 = arith.muli %v575, %v314 : i64
                %v596 = arith.addi %v594, %v595 : i64
                %v597 = arith.muli %v46, %v313 : i64
                %v598 = arith.addi %v596, %v597 : i64
                %v599 = arith.muli %v44, %v2 : i64
                %v600 = arith.addi %v598, %v599 : i64
                %v601 = llvm.getelementptr %in_v[%v600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v602 = llvm.load %v601 : !llvm.ptr -> f32
                %v603 = arith.mulf %v593, %v602 fastmath<contract> : f32
                %v604 = arith.mulf %v588, %v547 fastmath<contract> : f32
                %v605 = arith.addf %v604, %v603 fastmath<contract> : f32
                %v606 = arith.constant 8 : i64
                %v607 = arith.addi %v606, %v34 : i64
                %v608 = arith.muli %v607, %v167 : i64
                %v609 = arith.subi %v575, %v136 : i64
                %v610 = arith.addi %v608, %v609 : i64
                %v611 = llvm.getelementptr %v65[%v610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v612 = llvm.load %v611 : !llvm.ptr -> f32
                %v613 = arith.negf %v612 : f32
                %v614 = arith.mulf %v613, %v299 fastmath<contract> : f32
                %v615 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v614) : (f32) -> f32
                %v616 = arith.addf %v67, %v615 fastmath<contract> : f32
                %v617 = arith.divf %v67, %v616 : f32
                %v618 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v617) : (f32) -> f32
                %v619 = arith.mulf %v304, %v618 fastmath<contract> : f32
                %v620 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v619) : (f32) -> f32
                %v621 = arith.constant 8 : i64
                %v622 = arith.addi %v621, %v34 : i64
                %v623 = arith.muli %v622, %v167 : i64
                %v624 = arith.subi %v575, %v136 : i64
                %v625 = arith.addi %v623, %v624 : i64
                %v626 = llvm.getelementptr %v63[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v627 = llvm.load %v626 : !llvm.ptr -> f32
                %v628 = arith.mulf %v627, %v602 fastmath<contract> : f32
                %v629 = arith.mulf %v620, %v572 fastmath<contract> : f32
                %v630 = arith.addf %v629, %v628 fastmath<contract> : f32
                %v631 = arith.addi %v372, %v70 : i64
                %v632 = arith.minsi %v631, %v377 : i64
                %v633 = arith.addi %v136, %v632 : i64
                %v634 = arith.muli %v34, %v167 : i64
                %v635 = arith.subi %v633, %v136 : i64
                %v636 = arith.addi %v634, %v635 : i64
                %v637 = llvm.getelementptr %v65[%v636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v638 = llvm.load %v637 : !llvm.ptr -> f32
                %v639 = arith.negf %v638 : f32
                %v640 = arith.mulf %v639, %v299 fastmath<contract> : f32
                %v641 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v640) : (f32) -> f32
                %v642 = arith.addf %v67, %v641 fastmath<contract> : f32
                %v643 = arith.divf %v67, %v642 : f32
                %v644 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v643) : (f32) -> f32
                %v645 = arith.mulf %v304, %v644 fastmath<contract> : f32
                %v646 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v645) : (f32) -> f32
                %v647 = arith.muli %v34, %v167 : i64
                %v648 = arith.subi %v633, %v136 : i64
                %v649 = arith.addi %v647, %v648 : i64
                %v650 = llvm.getelementptr %v63[%v649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v651 = llvm.load %v650 : !llvm.ptr -> f32
                %v652 = arith.muli %v48, %v315 : i64
                %v653 = arith.muli %v633, %v314 : i64
                %v654 = arith.addi %v652, %v653 : i64
                %v655 = arith.muli %v46, %v313 : i64
                %v656 = arith.addi %v654, %v655 : i64
                %v657 = arith.muli %v44, %v2 : i64
                %v658 = arith.addi %v656, %v657 : i64
                %v659 = llvm.getelementptr %in_v[%v658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v660 = llvm.load %v659 : !llvm.ptr -> f32
                %v661 = arith.mulf %v651, %v660 fastmath<contract> : f32
                %v662 = arith.mulf %v646, %v605 fastmath<contract> : f32
                %v663 = arith.addf %v662, %v661 fastmath<contract> : f32
                %v664 = arith.constant 8 : i64
                %v665 = arith.addi %v664, %v34 : i64
                %v666 = arith.muli %v665, %v167 : i64
                %v667 = arith.subi %v633, %v136 : i64
                %v668 = arith.addi %v666, %v667 : i64
                %v669 = llvm.getelementptr %v65[%v668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v670 = llvm.load %v669 : !llvm.ptr -> f32
                %v671 = arith.negf %v670 : f32
                %v672 = arith.mulf %v671, %v299 fastmath<contract> : f32
                %v673 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v672) : (f32) -> f32
                %v674 = arith.addf %v67, %v673 fastmath<contract> : f32
                %v675 = arith.divf %v67, %v674 : f32
                %v676 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v675) : (f32) -> f32
                %v677 = arith.mulf %v304, %v676 fastmath<contract> : f32
                %v678 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v677) : (f32) -> f32
                %v679 = arith.constant 8 : i64
                %v680 = arith.addi %v679, %v34 : i64
                %v681 = arith.muli %v680, %v167 : i64
                %v682 = arith.subi %v633, %v136 : i64
                %v683 = arith.addi %v681, %v682 : i64
                %v684 = llvm.getelementptr %v63[%v683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v685 = llvm.load %v684 : !llvm.ptr -> f32
                %v686 = arith.mulf %v685, %v660 fastmath<contract> : f32
                %v687 = arith.mulf %v678, %v630 fastmath<contract> : f32
                %v688 = arith.addf %v687, %v686 fastmath<contract> : f32
                %v690 = arith.addi %v372, %v689 : i64
                %v691 = arith.minsi %v690, %v377 : i64
                %v692 = arith.addi %v136, %v691 : i64
                %v693 = arith.muli %v34, %v167 : i64
                %v694 = arith.subi %v692, %v136 : i64
                %v695 = arith.addi %v693, %v694 : i64
                %v696 = llvm.getelementptr %v65[%v695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v697 = llvm.load %v696 : !llvm.ptr -> f32
                %v698 = arith.negf %v697 : f32
                %v699 = arith.mulf %v698, %v299 fastmath<contract> : f32
                %v700 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v699) : (f32) -> f32
                %v701 = arith.addf %v67, %v700 fastmath<contract> : f32
                %v702 = arith.divf %v67, %v701 : f32
                %v703 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v702) : (f32) -> f32
                %v704 = arith.mulf %v304, %v703 fastmath<contract> : f32
                %v705 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v704) : (f32) -> f32
                %v706 = arith.muli %v34, %v167 : i64
                %v707 = arith.subi %v692, %v136 : i64
                %v708 = arith.addi %v706, %v707 : i64
                %v709 = llvm.getelementptr %v63[%v708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v710 = llvm.load %v709 : !llvm.ptr -> f32
                %v711 = arith.muli %v48, %v315 : i64
                %v712 = arith.muli %v692, %v314 : i64
                %v713 = arith.addi %v711, %v712 : i64
                %v714 = arith.muli %v46, %v313 : i64
                %v715 = arith.addi %v713, %v714 : i64
                %v716 = arith.muli %v44, %v2 : i64
                %v717 = arith.addi %v715, %v716 : i64
                %v718 = llvm.getelementptr %in_v[%v717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v719 = llvm.load %v718 : !llvm.ptr -> f32
                %v720 = arith.mulf %v710, %v719 fastmath<contract> : f32
                %v721 = arith.mulf %v705, %v663 fastmath<contract> : f32
                %v722 = arith.addf %v721, %v720 fastmath<contract> : f32
                %v723 = arith.constant 8 : i64
                %v724 = arith.addi %v723, %v34 : i64
                %v725 = arith.muli %v724, %v167 : i64
                %v726 = arith.subi %v692, %v136 : i64
                %v727 = arith.addi %v725, %v726 : i64
                %v728 = llvm.getelementptr %v65[%v727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v729 = llvm.load %v728 : !llvm.ptr -> f32
                %v730 = arith.negf %v729 : f32
                %v731 = arith.mulf %v730, %v299 fastmath<contract> : f32
                %v732 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v731) : (f32) -> f32
                %v733 = arith.addf %v67, %v732 fastmath<contract> : f32
                %v734 = arith.divf %v67, %v733 : f32
                %v735 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v734) : (f32) -> f32
                %v736 = arith.mulf %v304, %v735 fastmath<contract> : f32
                %v737 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v736) : (f32) -> f32
                %v738 = arith.constant 8 : i64
                %v739 = arith.addi %v738, %v34 : i64
                %v740 = arith.muli %v739, %v167 : i64
                %v741 = arith.subi %v692, %v136 : i64
                %v742 = arith.addi %v740, %v741 : i64
                %v743 = llvm.getelementptr %v63[%v742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v744 = llvm.load %v743 : !llvm.ptr -> f32
                %v745 = arith.mulf %v744, %v719 fastmath<contract> : f32
                %v746 = arith.mulf %v737, %v688 fastmath<contract> : f32
                %v747 = arith.addf %v746, %v745 fastmath<contract> : f32
                %v749 = arith.addi %v372, %v748 : i64
                %v750 = arith.minsi %v749, %v377 : i64
                %v751 = arith.addi %v136, %v750 : i64
                %v752 = arith.muli %v34, %v167 : i64
                %v753 = arith.subi %v751, %v136 : i64
                %v754 = arith.addi %v752, %v753 : i64
                %v755 = llvm.getelementptr %v65[%v754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v756 = llvm.load %v755 : !llvm.ptr -> f32
                %v757 = arith.negf %v756 : f32
                %v758 = arith.mulf %v757, %v299 fastmath<contract> : f32
                %v759 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v758) : (f32) -> f32
                %v760 = arith.addf %v67, %v759 fastmath<contract> : f32
                %v761 = arith.divf %v67, %v760 : f32
                %v762 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v761) : (f32) -> f32
                %v763 = arith.mulf %v304, %v762 fastmath<contract> : f32
                %v764 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v763) : (f32) -> f32
                %v765 = arith.muli %v34, %v167 : i64
                %v766 = arith.subi %v751, %v136 : i64
                %v767 = arith.addi %v765, %v766 : i64
                %v768 = llvm.getelementptr %v63[%v767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v769 = llvm.load %v768 : !llvm.ptr -> f32
                %v770 = arith.muli %v48, %v315 : i64
                %v771 = arith.muli %v751, %v314 : i64
                %v772 = arith.addi %v770, %v771 : i64
                %v773 = arith.muli %v46, %v313 : i64
                %v774 = arith.addi %v772, %v773 : i64
                %v775 = arith.muli %v44, %v2 : i64
                %v776 = arith.addi %v774, %v775 : i64
                %v777 = llvm.getelementptr %in_v[%v776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v778 = llvm.load %v777 : !llvm.ptr -> f32
                %v779 = arith.mulf %v769, %v778 fastmath<contract> : f32
                %v780 = arith.mulf %v764, %v722 fastmath<contract> : f32
                %v781 = arith.addf %v780, %v779 fastmath<contract> : f32
                %v782 = arith.constant 8 : i64
                %v783 = arith.addi %v782, %v34 : i64
                %v784 = arith.muli %v783, %v167 : i64
                %v785 = arith.subi %v751, %v136 : i64
                %v786 = arith.addi %v784, %v785 : i64
                %v787 = llvm.getelementptr %v65[%v786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v788 = llvm.load %v787 : !llvm.ptr -> f32
                %v789 = arith.negf %v788 : f32
                %v790 = arith.mulf %v789, %v299 fastmath<contract> : f32
                %v791 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v790) : (f32) -> f32
                %v792 = arith.addf %v67, %v791 fastmath<contract> : f32
                %v793 = arith.divf %v67, %v792 : f32
                %v794 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v793) : (f32) -> f32
                %v795 = arith.mulf %v304, %v794 fastmath<contract> : f32
                %v796 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v795) : (f32) -> f32
                %v797 = arith.constant 8 : i64
                %v798 = arith.addi %v797, %v34 : i64
                %v799 = arith.muli %v798, %v167 : i64
                %v800 = arith.subi %v751, %v136 : i64
                %v801 = arith.addi %v799, %v800 : i64
                %v802 = llvm.getelementptr %v63[%v801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v803 = llvm.load %v802 : !llvm.ptr -> f32
                %v804 = arith.mulf %v803, %v778 fastmath<contract> : f32
                %v805 = arith.mulf %v796, %v747 fastmath<contract> : f32
                %v806 = arith.addf %v805, %v804 fastmath<contract> : f32
                %v807 = arith.addi %v372, %v87 : i64
                %v808 = arith.minsi %v807, %v377 : i64
                %v809 = arith.addi %v136, %v808 : i64
                %v810 = arith.muli %v34, %v167 : i64
                %v811 = arith.subi %v809, %v136 : i64
                %v812 = arith.addi %v810, %v811 : i64
                %v813 = llvm.getelementptr %v65[%v812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v814 = llvm.load %v813 : !llvm.ptr -> f32
                %v815 = arith.negf %v814 : f32
                %v816 = arith.mulf %v815, %v299 fastmath<contract> : f32
                %v817 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v816) : (f32) -> f32
                %v818 = arith.addf %v67, %v817 fastmath<contract> : f32
                %v819 = arith.divf %v67, %v818 : f32
                %v820 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v819) : (f32) -> f32
                %v821 = arith.mulf %v304, %v820 fastmath<contract> : f32
                %v822 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v821) : (f32) -> f32
                %v823 = arith.muli %v34, %v167 : i64
                %v824 = arith.subi %v809, %v136 : i64
                %v825 = arith.addi %v823, %v824 : i64
                %v826 = llvm.getelementptr %v63[%v825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v827 = llvm.load %v826 : !llvm.ptr -> f32
                %v828 = arith.muli %v48, %v315 : i64
                %v829 = arith.muli %v809, %v314 : i64
                %v830 = arith.addi %v828, %v829 : i64
                %v831 = arith.muli %v46, %v313 : i64
                %v832 = arith.addi %v830, %v831 : i64
                %v833 = arith.muli %v44, %v2 : i64
                %v834 = arith.addi %v832, %v833 : i64
                %v835 = llvm.getelementptr %in_v[%v834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v836 = llvm.load %v835 : !llvm.ptr -> f32
                %v837 = arith.mulf %v827, %v836 fastmath<contract> : f32
                %v838 = arith.mulf %v822, %v781 fastmath<contract> : f32
                %v839 = arith.addf %v838, %v837 fastmath<contract> : f32
                %v840 = arith.constant 8 : i64
                %v841 = arith.addi %v840, %v34 : i64
                %v842 = arith.muli %v841, %v167 : i64
                %v843 = arith.subi %v809, %v136 : i64
                %v844 = arith.addi %v842, %v843 : i64
                %v845 = llvm.getelementptr %v65[%v844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v846 = llvm.load %v845 : !llvm.ptr -> f32
                %v847 = arith.negf %v846 : f32
                %v848 = arith.mulf %v847, %v299 fastmath<contract> : f32
                %v849 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v848) : (f32) -> f32
                %v850 = arith.addf %v67, %v849 fastmath<contract> : f32
                %v851 = arith.divf %v67, %v850 : f32
                %v852 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v851) : (f32) -> f32
                %v853 = arith.mulf %v304, %v852 fastmath<contract> : f32
                %v854 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v853) : (f32) -> f32
                %v855 = arith.constant 8 : i64
                %v856 = arith.addi %v855, %v34 : i64
                %v857 = arith.muli %v856, %v167 : i64
                %v858 = arith.subi %v809, %v136 : i64
                %v859 = arith.addi %v857, %v858 : i64
                %v860 = llvm.getelementptr %v63[%v859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v861 = llvm.load %v860 : !llvm.ptr -> f32
                %v862 = arith.mulf %v861, %v836 fastmath<contract> : f32
                %v863 = arith.mulf %v854, %v806 fastmath<contract> : f32
                %v864 = arith.addf %v863, %v862 fastmath<contract> : f32
                %v866 = arith.shrui %v34, %v12 : i64
                %v867 = arith.andi %v866, %v2 : i64
                %v868 = arith.cmpi ne, %v867, %v12 : i64
                %v869 = arith.shrui %v34, %v2 : i64
                %v870 = arith.andi %v869, %v2 : i64
                %v871 = arith.cmpi ne, %v870, %v12 : i64
                %v872 = arith.shrui %v34, %v78 : i64
                %v873 = arith.andi %v872, %v2 : i64
                %v874 = arith.cmpi ne, %v873, %v12 : i64
                %v875 = arith.subi %v138, %v372 : i64
                %v876 = arith.trunci %v875 : i64 to i32
                %v877 = arith.subi %size_L, %v2 : i64
                %v878 = arith.addi %v136, %v372 : i64
                %v879 = arith.subi %v877, %v878 : i64
                %v881 = arith.minsi %v879, %v880 : i64
                %v882 = arith.trunci %v881 : i64 to i32
                %v883 = arith.addi %v372, %v87 : i64
                %v885 = arith.cmpi slt, %v884, %v876 : i32
                %v886 = arith.cmpi eq, %v884, %v882 : i32
                %v887 = arith.addi %v374, %v12 : i64
                llvm.store %v66, %v865 : f32, !llvm.ptr
                %v888 = arith.addi %v136, %v883 : i64
                %v889 = arith.muli %v34, %v167 : i64
                %v890 = arith.subi %v888, %v136 : i64
                %v891 = arith.addi %v889, %v890 : i64
                %v892 = llvm.getelementptr %v61[%v891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v893 = llvm.load %v892 : !llvm.ptr -> f32
                %v894 = arith.muli %v48, %v315 : i64
                %v895 = arith.muli %v888, %v314 : i64
                %v896 = arith.addi %v894, %v895 : i64
                %v897 = arith.muli %v46, %v313 : i64
                %v898 = arith.addi %v896, %v897 : i64
                %v899 = arith.muli %v44, %v2 : i64
                %v900 = arith.addi %v898, %v899 : i64
                %v901 = llvm.getelementptr %dy_o[%v900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v902 = llvm.load %v901 : !llvm.ptr -> f32
                %v903 = arith.mulf %v893, %v902 fastmath<contract> : f32
                %v904 = llvm.load %v50 : !llvm.ptr -> f32
                %v905 = llvm.load %v52 : !llvm.ptr -> f32
                %v906 = arith.mulf %v905, %v904 fastmath<contract> : f32
                %v907 = arith.addf %v903, %v906 fastmath<contract> : f32
                llvm.store %v907, %v50 : f32, !llvm.ptr
                %v908 = arith.constant 8 : i64
                %v909 = arith.addi %v908, %v34 : i64
                %v910 = arith.muli %v909, %v167 : i64
                %v911 = arith.subi %v888, %v136 : i64
                %v912 = arith.addi %v910, %v911 : i64
                %v913 = llvm.getelementptr %v61[%v912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v914 = llvm.load %v913 : !llvm.ptr -> f32
                %v915 = arith.mulf %v914, %v902 fastmath<contract> : f32
                %v916 = llvm.load %v51 : !llvm.ptr -> f32
                %v917 = llvm.load %v53 : !llvm.ptr -> f32
                %v918 = arith.mulf %v917, %v916 fastmath<contract> : f32
                %v919 = arith.addf %v915, %v918 fastmath<contract> : f32
                llvm.store %v919, %v51 : f32, !llvm.ptr
                %v920 = arith.mulf %v839, %v902 fastmath<contract> : f32
                %v921 = arith.mulf %v864, %v902 fastmath<contract> : f32
                %v922 = arith.muli %v48, %v315 : i64
                %v923 = arith.muli %v888, %v314 : i64
                %v924 = arith.addi %v922, %v923 : i64
                %v925 = arith.muli %v46, %v313 : i64
                %v926 = arith.addi %v924, %v925 : i64
                %v927 = arith.muli %v44, %v2 : i64
                %v928 = arith.addi %v926, %v927 : i64
                %v929 = llvm.getelementptr %in_v[%v928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v930 = llvm.load %v929 : !llvm.ptr -> f32
                %v931 = llvm.load %v50 : !llvm.ptr -> f32
                %v932 = arith.mulf %v930, %v931 fastmath<contract> : f32
                %v933 = llvm.load %v51 : !llvm.ptr -> f32
                %v934 = arith.mulf %v930, %v933 fastmath<contract> : f32
                %v935 = arith.muli %v34, %v167 : i64
                %v936 = arith.subi %v888, %v136 : i64
                %v937 = arith.addi %v935, %v936 : i64
                %v938 = llvm.getelementptr %v65[%v937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v939 = llvm.load %v938 : !llvm.ptr -> f32
                %v940 = arith.negf %v939 : f32
                %v941 = arith.mulf %v940, %v299 fastmath<contract> : f32
                %v942 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v941) : (f32) -> f32
                %v943 = arith.addf %v67, %v942 fastmath<contract> : f32
                %v944 = arith.divf %v67, %v943 : f32
                %v946 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v944) : (f32) -> f32
                %v947 = arith.mulf %v945, %v946 fastmath<contract> : f32
                %v948 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v947) : (f32) -> f32
                %v949 = arith.mulf %v781, %v931 fastmath<contract> : f32
                %v950 = arith.mulf %v304, %v949 fastmath<contract> : f32
                %v951 = arith.mulf %v948, %v950 fastmath<contract> : f32
                %v952 = arith.subf %v67, %v944 fastmath<contract> : f32
                %v953 = arith.mulf %v944, %v952 fastmath<contract> : f32
                %v954 = arith.mulf %v951, %v953 fastmath<contract> : f32
                %v955 = arith.constant 8 : i64
                %v956 = arith.addi %v955, %v34 : i64
                %v957 = arith.muli %v956, %v167 : i64
                %v958 = arith.subi %v888, %v136 : i64
                %v959 = arith.addi %v957, %v958 : i64
                %v960 = llvm.getelementptr %v65[%v959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v961 = llvm.load %v960 : !llvm.ptr -> f32
                %v962 = arith.negf %v961 : f32
                %v963 = arith.mulf %v962, %v299 fastmath<contract> : f32
                %v964 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v963) : (f32) -> f32
                %v965 = arith.addf %v67, %v964 fastmath<contract> : f32
                %v966 = arith.divf %v67, %v965 : f32
                %v967 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v966) : (f32) -> f32
                %v968 = arith.mulf %v945, %v967 fastmath<contract> : f32
                %v969 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v968) : (f32) -> f32
                %v970 = arith.mulf %v806, %v933 fastmath<contract> : f32
                %v971 = arith.mulf %v304, %v970 fastmath<contract> : f32
                %v972 = arith.mulf %v969, %v971 fastmath<contract> : f32
                %v973 = arith.subf %v67, %v966 fastmath<contract> : f32
                %v974 = arith.mulf %v966, %v973 fastmath<contract> : f32
                %v975 = arith.mulf %v972, %v974 fastmath<contract> : f32
                %v976 = arith.select %v38, %v920, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v978, %v979 = gpu.shuffle xor %v976, %v977, %v289 : f32
                %v980 = arith.addf %v976, %v978 fastmath<contract> : f32
                %v982, %v983 = gpu.shuffle xor %v980, %v981, %v289 : f32
                %v984 = arith.addf %v980, %v982 fastmath<contract> : f32
                %v985 = arith.divui %v24, %v26 : i64
                %v986 = arith.remui %v24, %v26 : i64
                %v987 = arith.cmpi ult, %v986, %v33 : i64
                %v988 = arith.addi %v12, %v34 : i64
                %v989 = arith.muli %v985, %v1 : i64
                %v990 = arith.addi %v989, %v988 : i64
                %v992 = arith.muli %v990, %v991 : i64
                %v993 = arith.addi %v992, %v887 : i64
                scf.if %v987 {
                  %v994 = llvm.getelementptr %v55[%v993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v984, %v994 : f32, !llvm.ptr
                }
                %v995 = arith.select %v38, %v921, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v996, %v997 = gpu.shuffle xor %v995, %v977, %v289 : f32
                %v998 = arith.addf %v995, %v996 fastmath<contract> : f32
                %v999, %v1000 = gpu.shuffle xor %v998, %v981, %v289 : f32
                %v1001 = arith.addf %v998, %v999 fastmath<contract> : f32
                %v1002 = arith.divui %v24, %v26 : i64
                %v1003 = arith.remui %v24, %v26 : i64
                %v1004 = arith.cmpi ult, %v1003, %v33 : i64
                %v1005 = arith.addi %v33, %v34 : i64
                %v1006 = arith.muli %v1002, %v1 : i64
                %v1007 = arith.addi %v1006, %v1005 : i64
                %v1008 = arith.muli %v1007, %v991 : i64
                %v1009 = arith.addi %v1008, %v887 : i64
                scf.if %v1004 {
                  %v1010 = llvm.getelementptr %v55[%v1009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1001, %v1010 : f32, !llvm.ptr
                }
                %v1011 = arith.select %v38, %v932, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1012, %v1013 = gpu.shuffle xor %v1011, %v977, %v289 : f32
                %v1014 = arith.addf %v1011, %v1012 fastmath<contract> : f32
                %v1015, %v1016 = gpu.shuffle xor %v1014, %v981, %v289 : f32
                %v1017 = arith.addf %v1014, %v1015 fastmath<contract> : f32
                %v1018 = arith.divui %v24, %v26 : i64
                %v1019 = arith.remui %v24, %v26 : i64
                %v1020 = arith.cmpi ult, %v1019, %v33 : i64
                %v1021 = arith.addi %v12, %v34 : i64
                %v1022 = arith.muli %v1018, %v1 : i64
                %v1023 = arith.addi %v1022, %v1021 : i64
                %v1024 = arith.muli %v1023, %v991 : i64
                %v1025 = arith.addi %v1024, %v887 : i64
                scf.if %v1020 {
                  %v1026 = llvm.getelementptr %v57[%v1025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1017, %v1026 : f32, !llvm.ptr
                }
                %v1027 = arith.select %v38, %v934, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1028, %v1029 = gpu.shuffle xor %v1027, %v977, %v289 : f32
                %v1030 = arith.addf %v1027, %v1028 fastmath<contract> : f32
                %v1031, %v1032 = gpu.shuffle xor %v1030, %v981, %v289 : f32
                %v1033 = arith.addf %v1030, %v1031 fastmath<contract> : f32
                %v1034 = arith.divui %v24, %v26 : i64
                %v1035 = arith.remui %v24, %v26 : i64
                %v1036 = arith.cmpi ult, %v1035, %v33 : i64
                %v1037 = arith.addi %v33, %v34 : i64
                %v1038 = arith.muli %v1034, %v1 : i64
                %v1039 = arith.addi %v1038, %v1037 : i64
                %v1040 = arith.muli %v1039, %v991 : i64
                %v1041 = arith.addi %v1040, %v887 : i64
                scf.if %v1036 {
                  %v1042 = llvm.getelementptr %v57[%v1041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1033, %v1042 : f32, !llvm.ptr
                }
                %v1043 = arith.select %v38, %v954, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1044, %v1045 = gpu.shuffle xor %v1043, %v977, %v289 : f32
                %v1046 = arith.addf %v1043, %v1044 fastmath<contract> : f32
                %v1047, %v1048 = gpu.shuffle xor %v1046, %v981, %v289 : f32
                %v1049 = arith.addf %v1046, %v1047 fastmath<contract> : f32
                %v1050 = arith.divui %v24, %v26 : i64
                %v1051 = arith.remui %v24, %v26 : i64
                %v1052 = arith.cmpi ult, %v1051, %v33 : i64
                %v1053 = arith.addi %v12, %v34 : i64
                %v1054 = arith.muli %v1050, %v1 : i64
                %v1055 = arith.addi %v1054, %v1053 : i64
                %v1056 = arith.muli %v1055, %v991 : i64
                %v1057 = arith.addi %v1056, %v887 : i64
                scf.if %v1052 {
                  %v1058 = llvm.getelementptr %v59[%v1057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1049, %v1058 : f32, !llvm.ptr
                }
                %v1059 = arith.select %v38, %v975, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1060, %v1061 = gpu.shuffle xor %v1059, %v977, %v289 : f32
                %v1062 = arith.addf %v1059, %v1060 fastmath<contract> : f32
                %v1063, %v1064 = gpu.shuffle xor %v1062, %v981, %v289 : f32
                %v1065 = arith.addf %v1062, %v1063 fastmath<contract> : f32
                %v1066 = arith.divui %v24, %v26 : i64
                %v1067 = arith.remui %v24, %v26 : i64
                %v1068 = arith.cmpi ult, %v1067, %v33 : i64
                %v1069 = arith.addi %v33, %v34 : i64
                %v1070 = arith.muli %v1066, %v1 : i64
                %v1071 = arith.addi %v1070, %v1069 : i64
                %v1072 = arith.muli %v1071, %v991 : i64
                %v1073 = arith.addi %v1072, %v887 : i64
                scf.if %v1068 {
                  %v1074 = llvm.getelementptr %v59[%v1073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1065, %v1074 : f32, !llvm.ptr
                }
                %v1075 = arith.muli %v34, %v167 : i64
                %v1076 = arith.subi %v888, %v136 : i64
                %v1077 = arith.addi %v1075, %v1076 : i64
                %v1078 = llvm.getelementptr %v63[%v1077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1079 = llvm.load %v1078 : !llvm.ptr -> f32
                %v1080 = arith.mulf %v1079, %v931 fastmath<contract> : f32
                %v1081 = arith.constant 8 : i64
                %v1082 = arith.addi %v1081, %v34 : i64
                %v1083 = arith.muli %v1082, %v167 : i64
                %v1084 = arith.subi %v888, %v136 : i64
                %v1085 = arith.addi %v1083, %v1084 : i64
                %v1086 = llvm.getelementptr %v63[%v1085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1087 = llvm.load %v1086 : !llvm.ptr -> f32
                %v1088 = arith.mulf %v1087, %v933 fastmath<contract> : f32
                %v1089 = arith.addf %v1080, %v1088 fastmath<contract> : f32
                llvm.store %v1089, %v865 : f32, !llvm.ptr
                %v1090 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v944) : (f32) -> f32
                %v1091 = arith.mulf %v304, %v1090 fastmath<contract> : f32
                %v1092 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1091) : (f32) -> f32
                llvm.store %v1092, %v52 : f32, !llvm.ptr
                %v1093 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v966) : (f32) -> f32
                %v1094 = arith.mulf %v304, %v1093 fastmath<contract> : f32
                %v1095 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1094) : (f32) -> f32
                llvm.store %v1095, %v53 : f32, !llvm.ptr
                %v1096 = llvm.load %v865 : !llvm.ptr -> f32
                %v1097 = arith.addi %v372, %v748 : i64
                %v1099 = arith.cmpi slt, %v1098, %v876 : i32
                %v1100 = arith.cmpi eq, %v1098, %v882 : i32
                %v1101 = arith.addi %v374, %v2 : i64
                llvm.store %v66, %v865 : f32, !llvm.ptr
                %v1102 = arith.addi %v136, %v1097 : i64
                %v1103 = arith.muli %v34, %v167 : i64
                %v1104 = arith.subi %v1102, %v136 : i64
                %v1105 = arith.addi %v1103, %v1104 : i64
                %v1106 = llvm.getelementptr %v61[%v1105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1107 = llvm.load %v1106 : !llvm.ptr -> f32
                %v1108 = arith.muli %v48, %v315 : i64
                %v1109 = arith.muli %v1102, %v314 : i64
                %v1110 = arith.addi %v1108, %v1109 : i64
                %v1111 = arith.muli %v46, %v313 : i64
                %v1112 = arith.addi %v1110, %v1111 : i64
                %v1113 = arith.muli %v44, %v2 : i64
                %v1114 = arith.addi %v1112, %v1113 : i64
                %v1115 = llvm.getelementptr %dy_o[%v1114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1116 = llvm.load %v1115 : !llvm.ptr -> f32
                %v1117 = arith.mulf %v1107, %v1116 fastmath<contract> : f32
                %v1118 = llvm.load %v50 : !llvm.ptr -> f32
                %v1119 = llvm.load %v52 : !llvm.ptr -> f32
                %v1120 = arith.mulf %v1119, %v1118 fastmath<contract> : f32
                %v1121 = arith.addf %v1117, %v1120 fastmath<contract> : f32
                llvm.store %v1121, %v50 : f32, !llvm.ptr
                %v1122 = arith.constant 8 : i64
                %v1123 = arith.addi %v1122, %v34 : i64
                %v1124 = arith.muli %v1123, %v167 : i64
                %v1125 = arith.subi %v1102, %v136 : i64
                %v1126 = arith.addi %v1124, %v1125 : i64
                %v1127 = llvm.getelementptr %v61[%v1126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1128 = llvm.load %v1127 : !llvm.ptr -> f32
                %v1129 = arith.mulf %v1128, %v1116 fastmath<contract> : f32
                %v1130 = llvm.load %v51 : !llvm.ptr -> f32
                %v1131 = llvm.load %v53 : !llvm.ptr -> f32
                %v1132 = arith.mulf %v1131, %v1130 fastmath<contract> : f32
                %v1133 = arith.addf %v1129, %v1132 fastmath<contract> : f32
                llvm.store %v1133, %v51 : f32, !llvm.ptr
                %v1134 = arith.mulf %v781, %v1116 fastmath<contract> : f32
                %v1135 = arith.mulf %v806, %v1116 fastmath<contract> : f32
                %v1136 = arith.muli %v48, %v315 : i64
                %v1137 = arith.muli %v1102, %v314 : i64
                %v1138 = arith.addi %v1136, %v1137 : i64
                %v1139 = arith.muli %v46, %v313 : i64
                %v1140 = arith.addi %v1138, %v1139 : i64
                %v1141 = arith.muli %v44, %v2 : i64
                %v1142 = arith.addi %v1140, %v1141 : i64
                %v1143 = llvm.getelementptr %in_v[%v1142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1144 = llvm.load %v1143 : !llvm.ptr -> f32
                %v1145 = llvm.load %v50 : !llvm.ptr -> f32
                %v1146 = arith.mulf %v1144, %v1145 fastmath<contract> : f32
                %v1147 = llvm.load %v51 : !llvm.ptr -> f32
                %v1148 = arith.mulf %v1144, %v1147 fastmath<contract> : f32
                %v1149 = arith.muli %v34, %v167 : i64
                %v1150 = arith.subi %v1102, %v136 : i64
                %v1151 = arith.addi %v1149, %v1150 : i64
                %v1152 = llvm.getelementptr %v65[%v1151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1153 = llvm.load %v1152 : !llvm.ptr -> f32
                %v1154 = arith.negf %v1153 : f32
                %v1155 = arith.mulf %v1154, %v299 fastmath<contract> : f32
                %v1156 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1155) : (f32) -> f32
                %v1157 = arith.addf %v67, %v1156 fastmath<contract> : f32
                %v1158 = arith.divf %v67, %v1157 : f32
                %v1159 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1158) : (f32) -> f32
                %v1160 = arith.mulf %v945, %v1159 fastmath<contract> : f32
                %v1161 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1160) : (f32) -> f32
                %v1162 = arith.mulf %v722, %v1145 fastmath<contract> : f32
                %v1163 = arith.mulf %v304, %v1162 fastmath<contract> : f32
                %v1164 = arith.mulf %v1161, %v1163 fastmath<contract> : f32
                %v1165 = arith.subf %v67, %v1158 fastmath<contract> : f32
                %v1166 = arith.mulf %v1158, %v1165 fastmath<contract> : f32
                %v1167 = arith.mulf %v1164, %v1166 fastmath<contract> : f32
                %v1168 = arith.constant 8 : i64
                %v1169 = arith.addi %v1168, %v34 : i64
                %v1170 = arith.muli %v1169, %v167 : i64
                %v1171 = arith.subi %v1102, %v136 : i64
                %v1172 = arith.addi %v1170, %v1171 : i64
                %v1173 = llvm.getelementptr %v65[%v1172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1174 = llvm.load %v1173 : !llvm.ptr -> f32
                %v1175 = arith.negf %v1174 : f32
                %v1176 = arith.mulf %v1175, %v299 fastmath<contract> : f32
                %v1177 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1176) : (f32) -> f32
                %v1178 = arith.addf %v67, %v1177 fastmath<contract> : f32
                %v1179 = arith.divf %v67, %v1178 : f32
                %v1180 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1179) : (f32) -> f32
                %v1181 = arith.mulf %v945, %v1180 fastmath<contract> : f32
                %v1182 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1181) : (f32) -> f32
                %v1183 = arith.mulf %v747, %v1147 fastmath<contract> : f32
                %v1184 = arith.mulf %v304, %v1183 fastmath<contract> : f32
                %v1185 = arith.mulf %v1182, %v1184 fastmath<contract> : f32
                %v1186 = arith.subf %v67, %v1179 fastmath<contract> : f32
                %v1187 = arith.mulf %v1179, %v1186 fastmath<contract> : f32
                %v1188 = arith.mulf %v1185, %v1187 fastmath<contract> : f32
                %v1189 = arith.select %v38, %v1134, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1190, %v1191 = gpu.shuffle xor %v1189, %v977, %v289 : f32
                %v1192 = arith.addf %v1189, %v1190 fastmath<contract> : f32
                %v1193, %v1194 = gpu.shuffle xor %v1192, %v981, %v289 : f32
                %v1195 = arith.addf %v1192, %v1193 fastmath<contract> : f32
                %v1196 = arith.divui %v24, %v26 : i64
                %v1197 = arith.remui %v24, %v26 : i64
                %v1198 = arith.cmpi ult, %v1197, %v33 : i64
                %v1199 = arith.addi %v12, %v34 : i64
                %v1200 = arith.muli %v1196, %v1 : i64
                %v1201 = arith.addi %v1200, %v1199 : i64
                %v1202 = arith.muli %v1201, %v991 : i64
                %v1203 = arith.addi %v1202, %v1101 : i64
                scf.if %v1198 {
                  %v1204 = llvm.getelementptr %v55[%v1203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1195, %v1204 : f32, !llvm.ptr
                }
                %v1205 = arith.select %v38, %v1135, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1206, %v1207 = gpu.shuffle xor %v1205, %v977, %v289 : f32
                %v1208 = arith.addf %v1205, %v1206 fastmath<contract> : f32
                %v1209, %v1210 = gpu.shuffle xor %v1208, %v981, %v289 : f32
                %v1211 = arith.addf %v1208, %v1209 fastmath<contract> : f32
                %v1212 = arith.divui %v24, %v26 : i64
                %v1213 = arith.remui %v24, %v26 : i64
                %v1214 = arith.cmpi ult, %v1213, %v33 : i64
                %v1215 = arith.addi %v33, %v34 : i64
                %v1216 = arith.muli %v1212, %v1 : i64
                %v1217 = arith.addi %v1216, %v1215 : i64
                %v1218 = arith.muli %v1217, %v991 : i64
                %v1219 = arith.addi %v1218, %v1101 : i64
                scf.if %v1214 {
                  %v1220 = llvm.getelementptr %v55[%v1219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1211, %v1220 : f32, !llvm.ptr
                }
                %v1221 = arith.select %v38, %v1146, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1222, %v1223 = gpu.shuffle xor %v1221, %v977, %v289 : f32
                %v1224 = arith.addf %v1221, %v1222 fastmath<contract> : f32
                %v1225, %v1226 = gpu.shuffle xor %v1224, %v981, %v289 : f32
                %v1227 = arith.addf %v1224, %v1225 fastmath<contract> : f32
                %v1228 = arith.divui %v24, %v26 : i64
                %v1229 = arith.remui %v24, %v26 : i64
                %v1230 = arith.cmpi ult, %v1229, %v33 : i64
                %v1231 = arith.addi %v12, %v34 : i64
                %v1232 = arith.muli %v1228, %v1 : i64
                %v1233 = arith.addi %v1232, %v1231 : i64
                %v1234 = arith.muli %v1233, %v991 : i64
                %v1235 = arith.addi %v1234, %v1101 : i64
                scf.if %v1230 {
                  %v1236 = llvm.getelementptr %v57[%v1235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1227, %v1236 : f32, !llvm.ptr
                }
                %v1237 = arith.select %v38, %v1148, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1238, %v1239 = gpu.shuffle xor %v1237, %v977, %v289 : f32
                %v1240 = arith.addf %v1237, %v1238 fastmath<contract> : f32
                %v1241, %v1242 = gpu.shuffle xor %v1240, %v981, %v289 : f32
                %v1243 = arith.addf %v1240, %v1241 fastmath<contract> : f32
                %v1244 = arith.divui %v24, %v26 : i64
                %v1245 = arith.remui %v24, %v26 : i64
                %v1246 = arith.cmpi ult, %v1245, %v33 : i64
                %v1247 = arith.addi %v33, %v34 : i64
                %v1248 = arith.muli %v1244, %v1 : i64
                %v1249 = arith.addi %v1248, %v1247 : i64
                %v1250 = arith.muli %v1249, %v991 : i64
                %v1251 = arith.addi %v1250, %v1101 : i64
                scf.if %v1246 {
                  %v1252 = llvm.getelementptr %v57[%v1251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1243, %v1252 : f32, !llvm.ptr
                }
                %v1253 = arith.select %v38, %v1167, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1254, %v1255 = gpu.shuffle xor %v1253, %v977, %v289 : f32
                %v1256 = arith.addf %v1253, %v1254 fastmath<contract> : f32
                %v1257, %v1258 = gpu.shuffle xor %v1256, %v981, %v289 : f32
                %v1259 = arith.addf %v1256, %v1257 fastmath<contract> : f32
                %v1260 = arith.divui %v24, %v26 : i64
                %v1261 = arith.remui %v24, %v26 : i64
                %v1262 = arith.cmpi ult, %v1261, %v33 : i64
                %v1263 = arith.addi %v12, %v34 : i64
                %v1264 = arith.muli %v1260, %v1 : i64
                %v1265 = arith.addi %v1264, %v1263 : i64
                %v1266 = arith.muli %v1265, %v991 : i64
                %v1267 = arith.addi %v1266, %v1101 : i64
                scf.if %v1262 {
                  %v1268 = llvm.getelementptr %v59[%v1267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1259, %v1268 : f32, !llvm.ptr
                }
                %v1269 = arith.select %v38, %v1188, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1270, %v1271 = gpu.shuffle xor %v1269, %v977, %v289 : f32
                %v1272 = arith.addf %v1269, %v1270 fastmath<contract> : f32
                %v1273, %v1274 = gpu.shuffle xor %v1272, %v981, %v289 : f32
                %v1275 = arith.addf %v1272, %v1273 fastmath<contract> : f32
                %v1276 = arith.divui %v24, %v26 : i64
                %v1277 = arith.remui %v24, %v26 : i64
                %v1278 = arith.cmpi ult, %v1277, %v33 : i64
                %v1279 = arith.addi %v33, %v34 : i64
                %v1280 = arith.muli %v1276, %v1 : i64
                %v1281 = arith.addi %v1280, %v1279 : i64
                %v1282 = arith.muli %v1281, %v991 : i64
                %v1283 = arith.addi %v1282, %v1101 : i64
                scf.if %v1278 {
                  %v1284 = llvm.getelementptr %v59[%v1283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1275, %v1284 : f32, !llvm.ptr
                }
                %v1285 = arith.muli %v34, %v167 : i64
                %v1286 = arith.subi %v1102, %v136 : i64
                %v1287 = arith.addi %v1285, %v1286 : i64
                %v1288 = llvm.getelementptr %v63[%v1287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1289 = llvm.load %v1288 : !llvm.ptr -> f32
                %v1290 = arith.mulf %v1289, %v1145 fastmath<contract> : f32
                %v1291 = arith.constant 8 : i64
                %v1292 = arith.addi %v1291, %v34 : i64
                %v1293 = arith.muli %v1292, %v167 : i64
                %v1294 = arith.subi %v1102, %v136 : i64
                %v1295 = arith.addi %v1293, %v1294 : i64
                %v1296 = llvm.getelementptr %v63[%v1295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1297 = llvm.load %v1296 : !llvm.ptr -> f32
                %v1298 = arith.mulf %v1297, %v1147 fastmath<contract> : f32
                %v1299 = arith.addf %v1290, %v1298 fastmath<contract> : f32
                llvm.store %v1299, %v865 : f32, !llvm.ptr
                %v1300 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1158) : (f32) -> f32
                %v1301 = arith.mulf %v304, %v1300 fastmath<contract> : f32
                %v1302 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1301) : (f32) -> f32
                llvm.store %v1302, %v52 : f32, !llvm.ptr
                %v1303 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1179) : (f32) -> f32
                %v1304 = arith.mulf %v304, %v1303 fastmath<contract> : f32
                %v1305 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1304) : (f32) -> f32
                llvm.store %v1305, %v53 : f32, !llvm.ptr
                %v1306 = llvm.load %v865 : !llvm.ptr -> f32
                %v1307 = arith.select %v868, %v1306, %v1096 : f32
                %v1308 = arith.select %v868, %v1096, %v1306 : f32
                %v1310, %v1311 = gpu.shuffle xor %v1307, %v1309, %v289 : f32
                %v1312 = arith.addf %v1308, %v1310 fastmath<contract> : f32
                %v1313 = arith.addi %v372, %v689 : i64
                %v1315 = arith.cmpi slt, %v1314, %v876 : i32
                %v1316 = arith.cmpi eq, %v1314, %v882 : i32
                %v1317 = arith.addi %v374, %v78 : i64
                llvm.store %v66, %v865 : f32, !llvm.ptr
                %v1318 = arith.addi %v136, %v1313 : i64
                %v1319 = arith.muli %v34, %v167 : i64
                %v1320 = arith.subi %v1318, %v136 : i64
                %v1321 = arith.addi %v1319, %v1320 : i64
                %v1322 = llvm.getelementptr %v61[%v1321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1323 = llvm.load %v1322 : !llvm.ptr -> f32
                %v1324 = arith.muli %v48, %v315 : i64
                %v1325 = arith.muli %v1318, %v314 : i64
                %v1326 = arith.addi %v1324, %v1325 : i64
                %v1327 = arith.muli %v46, %v313 : i64
                %v1328 = arith.addi %v1326, %v1327 : i64
                %v1329 = arith.muli %v44, %v2 : i64
                %v1330 = arith.addi %v1328, %v1329 : i64
                %v1331 = llvm.getelementptr %dy_o[%v1330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1332 = llvm.load %v1331 : !llvm.ptr -> f32
                %v1333 = arith.mulf %v1323, %v1332 fastmath<contract> : f32
                %v1334 = llvm.load %v50 : !llvm.ptr -> f32
                %v1335 = llvm.load %v52 : !llvm.ptr -> f32
                %v1336 = arith.mulf %v1335, %v1334 fastmath<contract> : f32
                %v1337 = arith.addf %v1333, %v1336 fastmath<contract> : f32
                llvm.store %v1337, %v50 : f32, !llvm.ptr
                %v1338 = arith.constant 8 : i64
                %v1339 = arith.addi %v1338, %v34 : i64
                %v1340 = arith.muli %v1339, %v167 : i64
                %v1341 = arith.subi %v1318, %v136 : i64
                %v1342 = arith.addi %v1340, %v1341 : i64
                %v1343 = llvm.getelementptr %v61[%v1342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1344 = llvm.load %v1343 : !llvm.ptr -> f32
                %v1345 = arith.mulf %v1344, %v1332 fastmath<contract> : f32
                %v1346 = llvm.load %v51 : !llvm.ptr -> f32
                %v1347 = llvm.load %v53 : !llvm.ptr -> f32
                %v1348 = arith.mulf %v1347, %v1346 fastmath<contract> : f32
                %v1349 = arith.addf %v1345, %v1348 fastmath<contract> : f32
                llvm.store %v1349, %v51 : f32, !llvm.ptr
                %v1350 = arith.mulf %v722, %v1332 fastmath<contract> : f32
                %v1351 = arith.mulf %v747, %v1332 fastmath<contract> : f32
                %v1352 = arith.muli %v48, %v315 : i64
                %v1353 = arith.muli %v1318, %v314 : i64
                %v1354 = arith.addi %v1352, %v1353 : i64
                %v1355 = arith.muli %v46, %v313 : i64
                %v1356 = arith.addi %v1354, %v1355 : i64
                %v1357 = arith.muli %v44, %v2 : i64
                %v1358 = arith.addi %v1356, %v1357 : i64
                %v1359 = llvm.getelementptr %in_v[%v1358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1360 = llvm.load %v1359 : !llvm.ptr -> f32
                %v1361 = llvm.load %v50 : !llvm.ptr -> f32
                %v1362 = arith.mulf %v1360, %v1361 fastmath<contract> : f32
                %v1363 = llvm.load %v51 : !llvm.ptr -> f32
                %v1364 = arith.mulf %v1360, %v1363 fastmath<contract> : f32
                %v1365 = arith.muli %v34, %v167 : i64
                %v1366 = arith.subi %v1318, %v136 : i64
                %v1367 = arith.addi %v1365, %v1366 : i64
                %v1368 = llvm.getelementptr %v65[%v1367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1369 = llvm.load %v1368 : !llvm.ptr -> f32
                %v1370 = arith.negf %v1369 : f32
                %v1371 = arith.mulf %v1370, %v299 fastmath<contract> : f32
                %v1372 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1371) : (f32) -> f32
                %v1373 = arith.addf %v67, %v1372 fastmath<contract> : f32
                %v1374 = arith.divf %v67, %v1373 : f32
                %v1375 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1374) : (f32) -> f32
                %v1376 = arith.mulf %v945, %v1375 fastmath<contract> : f32
                %v1377 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1376) : (f32) -> f32
                %v1378 = arith.mulf %v663, %v1361 fastmath<contract> : f32
                %v1379 = arith.mulf %v304, %v1378 fastmath<contract> : f32
                %v1380 = arith.mulf %v1377, %v1379 fastmath<contract> : f32
                %v1381 = arith.subf %v67, %v1374 fastmath<contract> : f32
                %v1382 = arith.mulf %v1374, %v1381 fastmath<contract> : f32
                %v1383 = arith.mulf %v1380, %v1382 fastmath<contract> : f32
                %v1384 = arith.constant 8 : i64
                %v1385 = arith.addi %v1384, %v34 : i64
                %v1386 = arith.muli %v1385, %v167 : i64
                %v1387 = arith.subi %v1318, %v136 : i64
                %v1388 = arith.addi %v1386, %v1387 : i64
                %v1389 = llvm.getelementptr %v65[%v1388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1390 = llvm.load %v1389 : !llvm.ptr -> f32
                %v1391 = arith.negf %v1390 : f32
                %v1392 = arith.mulf %v1391, %v299 fastmath<contract> : f32
                %v1393 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1392) : (f32) -> f32
                %v1394 = arith.addf %v67, %v1393 fastmath<contract> : f32
                %v1395 = arith.divf %v67, %v1394 : f32
                %v1396 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1395) : (f32) -> f32
                %v1397 = arith.mulf %v945, %v1396 fastmath<contract> : f32
                %v1398 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1397) : (f32) -> f32
                %v1399 = arith.mulf %v688, %v1363 fastmath<contract> : f32
                %v1400 = arith.mulf %v304, %v1399 fastmath<contract> : f32
                %v1401 = arith.mulf %v1398, %v1400 fastmath<contract> : f32
                %v1402 = arith.subf %v67, %v1395 fastmath<contract> : f32
                %v1403 = arith.mulf %v1395, %v1402 fastmath<contract> : f32
                %v1404 = arith.mulf %v1401, %v1403 fastmath<contract> : f32
                %v1405 = arith.select %v38, %v1350, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1406, %v1407 = gpu.shuffle xor %v1405, %v977, %v289 : f32
                %v1408 = arith.addf %v1405, %v1406 fastmath<contract> : f32
                %v1409, %v1410 = gpu.shuffle xor %v1408, %v981, %v289 : f32
                %v1411 = arith.addf %v1408, %v1409 fastmath<contract> : f32
                %v1412 = arith.divui %v24, %v26 : i64
                %v1413 = arith.remui %v24, %v26 : i64
                %v1414 = arith.cmpi ult, %v1413, %v33 : i64
                %v1415 = arith.addi %v12, %v34 : i64
                %v1416 = arith.muli %v1412, %v1 : i64
                %v1417 = arith.addi %v1416, %v1415 : i64
                %v1418 = arith.muli %v1417, %v991 : i64
                %v1419 = arith.addi %v1418, %v1317 : i64
                scf.if %v1414 {
                  %v1420 = llvm.getelementptr %v55[%v1419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1411, %v1420 : f32, !llvm.ptr
                }
                %v1421 = arith.select %v38, %v1351, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1422, %v1423 = gpu.shuffle xor %v1421, %v977, %v289 : f32
                %v1424 = arith.addf %v1421, %v1422 fastmath<contract> : f32
                %v1425, %v1426 = gpu.shuffle xor %v1424, %v981, %v289 : f32
                %v1427 = arith.addf %v1424, %v1425 fastmath<contract> : f32
                %v1428 = arith.divui %v24, %v26 : i64
                %v1429 = arith.remui %v24, %v26 : i64
                %v1430 = arith.cmpi ult, %v1429, %v33 : i64
                %v1431 = arith.addi %v33, %v34 : i64
                %v1432 = arith.muli %v1428, %v1 : i64
                %v1433 = arith.addi %v1432, %v1431 : i64
                %v1434 = arith.muli %v1433, %v991 : i64
                %v1435 = arith.addi %v1434, %v1317 : i64
                scf.if %v1430 {
                  %v1436 = llvm.getelementptr %v55[%v1435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1427, %v1436 : f32, !llvm.ptr
                }
                %v1437 = arith.select %v38, %v1362, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1438, %v1439 = gpu.shuffle xor %v1437, %v977, %v289 : f32
                %v1440 = arith.addf %v1437, %v1438 fastmath<contract> : f32
                %v1441, %v1442 = gpu.shuffle xor %v1440, %v981, %v289 : f32
                %v1443 = arith.addf %v1440, %v1441 fastmath<contract> : f32
                %v1444 = arith.divui %v24, %v26 : i64
                %v1445 = arith.remui %v24, %v26 : i64
                %v1446 = arith.cmpi ult, %v1445, %v33 : i64
                %v1447 = arith.addi %v12, %v34 : i64
                %v1448 = arith.muli %v1444, %v1 : i64
                %v1449 = arith.addi %v1448, %v1447 : i64
                %v1450 = arith.muli %v1449, %v991 : i64
                %v1451 = arith.addi %v1450, %v1317 : i64
                scf.if %v1446 {
                  %v1452 = llvm.getelementptr %v57[%v1451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1443, %v1452 : f32, !llvm.ptr
                }
                %v1453 = arith.select %v38, %v1364, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1454, %v1455 = gpu.shuffle xor %v1453, %v977, %v289 : f32
                %v1456 = arith.addf %v1453, %v1454 fastmath<contract> : f32
                %v1457, %v1458 = gpu.shuffle xor %v1456, %v981, %v289 : f32
                %v1459 = arith.addf %v1456, %v1457 fastmath<contract> : f32
                %v1460 = arith.divui %v24, %v26 : i64
                %v1461 = arith.remui %v24, %v26 : i64
                %v1462 = arith.cmpi ult, %v1461, %v33 : i64
                %v1463 = arith.addi %v33, %v34 : i64
                %v1464 = arith.muli %v1460, %v1 : i64
                %v1465 = arith.addi %v1464, %v1463 : i64
                %v1466 = arith.muli %v1465, %v991 : i64
                %v1467 = arith.addi %v1466, %v1317 : i64
                scf.if %v1462 {
                  %v1468 = llvm.getelementptr %v57[%v1467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1459, %v1468 : f32, !llvm.ptr
                }
                %v1469 = arith.select %v38, %v1383, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1470, %v1471 = gpu.shuffle xor %v1469, %v977, %v289 : f32
                %v1472 = arith.addf %v1469, %v1470 fastmath<contract> : f32
                %v1473, %v1474 = gpu.shuffle xor %v1472, %v981, %v289 : f32
                %v1475 = arith.addf %v1472, %v1473 fastmath<contract> : f32
                %v1476 = arith.divui %v24, %v26 : i64
                %v1477 = arith.remui %v24, %v26 : i64
                %v1478 = arith.cmpi ult, %v1477, %v33 : i64
                %v1479 = arith.addi %v12, %v34 : i64
                %v1480 = arith.muli %v1476, %v1 : i64
                %v1481 = arith.addi %v1480, %v1479 : i64
                %v1482 = arith.muli %v1481, %v991 : i64
                %v1483 = arith.addi %v1482, %v1317 : i64
                scf.if %v1478 {
                  %v1484 = llvm.getelementptr %v59[%v1483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1475, %v1484 : f32, !llvm.ptr
                }
                %v1485 = arith.select %v38, %v1404, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1486, %v1487 = gpu.shuffle xor %v1485, %v977, %v289 : f32
                %v1488 = arith.addf %v1485, %v1486 fastmath<contract> : f32
                %v1489, %v1490 = gpu.shuffle xor %v1488, %v981, %v289 : f32
                %v1491 = arith.addf %v1488, %v1489 fastmath<contract> : f32
                %v1492 = arith.divui %v24, %v26 : i64
                %v1493 = arith.remui %v24, %v26 : i64
                %v1494 = arith.cmpi ult, %v1493, %v33 : i64
                %v1495 = arith.addi %v33, %v34 : i64
                %v1496 = arith.muli %v1492, %v1 : i64
                %v1497 = arith.addi %v1496, %v1495 : i64
                %v1498 = arith.muli %v1497, %v991 : i64
                %v1499 = arith.addi %v1498, %v1317 : i64
                scf.if %v1494 {
                  %v1500 = llvm.getelementptr %v59[%v1499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1491, %v1500 : f32, !llvm.ptr
                }
                %v1501 = arith.muli %v34, %v167 : i64
                %v1502 = arith.subi %v1318, %v136 : i64
                %v1503 = arith.addi %v1501, %v1502 : i64
                %v1504 = llvm.getelementptr %v63[%v1503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1505 = llvm.load %v1504 : !llvm.ptr -> f32
                %v1506 = arith.mulf %v1505, %v1361 fastmath<contract> : f32
                %v1507 = arith.constant 8 : i64
                %v1508 = arith.addi %v1507, %v34 : i64
                %v1509 = arith.muli %v1508, %v167 : i64
                %v1510 = arith.subi %v1318, %v136 : i64
                %v1511 = arith.addi %v1509, %v1510 : i64
                %v1512 = llvm.getelementptr %v63[%v1511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1513 = llvm.load %v1512 : !llvm.ptr -> f32
                %v1514 = arith.mulf %v1513, %v1363 fastmath<contract> : f32
                %v1515 = arith.addf %v1506, %v1514 fastmath<contract> : f32
                llvm.store %v1515, %v865 : f32, !llvm.ptr
                %v1516 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1374) : (f32) -> f32
                %v1517 = arith.mulf %v304, %v1516 fastmath<contract> : f32
                %v1518 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1517) : (f32) -> f32
                llvm.store %v1518, %v52 : f32, !llvm.ptr
                %v1519 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1395) : (f32) -> f32
                %v1520 = arith.mulf %v304, %v1519 fastmath<contract> : f32
                %v1521 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1520) : (f32) -> f32
                llvm.store %v1521, %v53 : f32, !llvm.ptr
                %v1522 = llvm.load %v865 : !llvm.ptr -> f32
                %v1523 = arith.addi %v372, %v70 : i64
                %v1525 = arith.cmpi slt, %v1524, %v876 : i32
                %v1526 = arith.cmpi eq, %v1524, %v882 : i32
                %v1527 = arith.addi %v374, %v82 : i64
                llvm.store %v66, %v865 : f32, !llvm.ptr
                %v1528 = arith.addi %v136, %v1523 : i64
                %v1529 = arith.muli %v34, %v167 : i64
                %v1530 = arith.subi %v1528, %v136 : i64
                %v1531 = arith.addi %v1529, %v1530 : i64
                %v1532 = llvm.getelementptr %v61[%v1531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1533 = llvm.load %v1532 : !llvm.ptr -> f32
                %v1534 = arith.muli %v48, %v315 : i64
                %v1535 = arith.muli %v1528, %v314 : i64
                %v1536 = arith.addi %v1534, %v1535 : i64
                %v1537 = arith.muli %v46, %v313 : i64
                %v1538 = arith.addi %v1536, %v1537 : i64
                %v1539 = arith.muli %v44, %v2 : i64
                %v1540 = arith.addi %v1538, %v1539 : i64
                %v1541 = llvm.getelementptr %dy_o[%v1540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1542 = llvm.load %v1541 : !llvm.ptr -> f32
                %v1543 = arith.mulf %v1533, %v1542 fastmath<contract> : f32
                %v1544 = llvm.load %v50 : !llvm.ptr -> f32
                %v1545 = llvm.load %v52 : !llvm.ptr -> f32
                %v1546 = arith.mulf %v1545, %v1544 fastmath<contract> : f32
                %v1547 = arith.addf %v1543, %v1546 fastmath<contract> : f32
                llvm.store %v1547, %v50 : f32, !llvm.ptr
                %v1548 = arith.constant 8 : i64
                %v1549 = arith.addi %v1548, %v34 : i64
                %v1550 = arith.muli %v1549, %v167 : i64
                %v1551 = arith.subi %v1528, %v136 : i64
                %v1552 = arith.addi %v1550, %v1551 : i64
                %v1553 = llvm.getelementptr %v61[%v1552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1554 = llvm.load %v1553 : !llvm.ptr -> f32
                %v1555 = arith.mulf %v1554, %v1542 fastmath<contract> : f32
                %v1556 = llvm.load %v51 : !llvm.ptr -> f32
                %v1557 = llvm.load %v53 : !llvm.ptr -> f32
                %v1558 = arith.mulf %v1557, %v1556 fastmath<contract> : f32
                %v1559 = arith.addf %v1555, %v1558 fastmath<contract> : f32
                llvm.store %v1559, %v51 : f32, !llvm.ptr
                %v1560 = arith.mulf %v663, %v1542 fastmath<contract> : f32
                %v1561 = arith.mulf %v688, %v1542 fastmath<contract> : f32
                %v1562 = arith.muli %v48, %v315 : i64
                %v1563 = arith.muli %v1528, %v314 : i64
                %v1564 = arith.addi %v1562, %v1563 : i64
                %v1565 = arith.muli %v46, %v313 : i64
                %v1566 = arith.addi %v1564, %v1565 : i64
                %v1567 = arith.muli %v44, %v2 : i64
                %v1568 = arith.addi %v1566, %v1567 : i64
                %v1569 = llvm.getelementptr %in_v[%v1568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1570 = llvm.load %v1569 : !llvm.ptr -> f32
                %v1571 = llvm.load %v50 : !llvm.ptr -> f32
                %v1572 = arith.mulf %v1570, %v1571 fastmath<contract> : f32
                %v1573 = llvm.load %v51 : !llvm.ptr -> f32
                %v1574 = arith.mulf %v1570, %v1573 fastmath<contract> : f32
                %v1575 = arith.muli %v34, %v167 : i64
                %v1576 = arith.subi %v1528, %v136 : i64
                %v1577 = arith.addi %v1575, %v1576 : i64
                %v1578 = llvm.getelementptr %v65[%v1577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1579 = llvm.load %v1578 : !llvm.ptr -> f32
                %v1580 = arith.negf %v1579 : f32
                %v1581 = arith.mulf %v1580, %v299 fastmath<contract> : f32
                %v1582 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1581) : (f32) -> f32
                %v1583 = arith.addf %v67, %v1582 fastmath<contract> : f32
                %v1584 = arith.divf %v67, %v1583 : f32
                %v1585 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1584) : (f32) -> f32
                %v1586 = arith.mulf %v945, %v1585 fastmath<contract> : f32
                %v1587 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1586) : (f32) -> f32
                %v1588 = arith.mulf %v605, %v1571 fastmath<contract> : f32
                %v1589 = arith.mulf %v304, %v1588 fastmath<contract> : f32
                %v1590 = arith.mulf %v1587, %v1589 fastmath<contract> : f32
                %v1591 = arith.subf %v67, %v1584 fastmath<contract> : f32
                %v1592 = arith.mulf %v1584, %v1591 fastmath<contract> : f32
                %v1593 = arith.mulf %v1590, %v1592 fastmath<contract> : f32
                %v1594 = arith.constant 8 : i64
                %v1595 = arith.addi %v1594, %v34 : i64
                %v1596 = arith.muli %v1595, %v167 : i64
                %v1597 = arith.subi %v1528, %v136 : i64
                %v1598 = arith.addi %v1596, %v1597 : i64
                %v1599 = llvm.getelementptr %v65[%v1598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1600 = llvm.load %v1599 : !llvm.ptr -> f32
                %v1601 = arith.negf %v1600 : f32
                %v1602 = arith.mulf %v1601, %v299 fastmath<contract> : f32
                %v1603 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1602) : (f32) -> f32
                %v1604 = arith.addf %v67, %v1603 fastmath<contract> : f32
                %v1605 = arith.divf %v67, %v1604 : f32
                %v1606 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1605) : (f32) -> f32
                %v1607 = arith.mulf %v945, %v1606 fastmath<contract> : f32
                %v1608 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1607) : (f32) -> f32
                %v1609 = arith.mulf %v630, %v1573 fastmath<contract> : f32
                %v1610 = arith.mulf %v304, %v1609 fastmath<contract> : f32
                %v1611 = arith.mulf %v1608, %v1610 fastmath<contract> : f32
                %v1612 = arith.subf %v67, %v1605 fastmath<contract> : f32
                %v1613 = arith.mulf %v1605, %v1612 fastmath<contract> : f32
                %v1614 = arith.mulf %v1611, %v1613 fastmath<contract> : f32
                %v1615 = arith.select %v38, %v1560, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1616, %v1617 = gpu.shuffle xor %v1615, %v977, %v289 : f32
                %v1618 = arith.addf %v1615, %v1616 fastmath<contract> : f32
                %v1619, %v1620 = gpu.shuffle xor %v1618, %v981, %v289 : f32
                %v1621 = arith.addf %v1618, %v1619 fastmath<contract> : f32
                %v1622 = arith.divui %v24, %v26 : i64
                %v1623 = arith.remui %v24, %v26 : i64
                %v1624 = arith.cmpi ult, %v1623, %v33 : i64
                %v1625 = arith.addi %v12, %v34 : i64
                %v1626 = arith.muli %v1622, %v1 : i64
                %v1627 = arith.addi %v1626, %v1625 : i64
                %v1628 = arith.muli %v1627, %v991 : i64
                %v1629 = arith.addi %v1628, %v1527 : i64
                scf.if %v1624 {
                  %v1630 = llvm.getelementptr %v55[%v1629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1621, %v1630 : f32, !llvm.ptr
                }
                %v1631 = arith.select %v38, %v1561, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1632, %v1633 = gpu.shuffle xor %v1631, %v977, %v289 : f32
                %v1634 = arith.addf %v1631, %v1632 fastmath<contract> : f32
                %v1635, %v1636 = gpu.shuffle xor %v1634, %v981, %v289 : f32
                %v1637 = arith.addf %v1634, %v1635 fastmath<contract> : f32
                %v1638 = arith.divui %v24, %v26 : i64
                %v1639 = arith.remui %v24, %v26 : i64
                %v1640 = arith.cmpi ult, %v1639, %v33 : i64
                %v1641 = arith.addi %v33, %v34 : i64
                %v1642 = arith.muli %v1638, %v1 : i64
                %v1643 = arith.addi %v1642, %v1641 : i64
                %v1644 = arith.muli %v1643, %v991 : i64
                %v1645 = arith.addi %v1644, %v1527 : i64
                scf.if %v1640 {
                  %v1646 = llvm.getelementptr %v55[%v1645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1637, %v1646 : f32, !llvm.ptr
                }
                %v1647 = arith.select %v38, %v1572, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1648, %v1649 = gpu.shuffle xor %v1647, %v977, %v289 : f32
                %v1650 = arith.addf %v1647, %v1648 fastmath<contract> : f32
                %v1651, %v1652 = gpu.shuffle xor %v1650, %v981, %v289 : f32
                %v1653 = arith.addf %v1650, %v1651 fastmath<contract> : f32
                %v1654 = arith.divui %v24, %v26 : i64
                %v1655 = arith.remui %v24, %v26 : i64
                %v1656 = arith.cmpi ult, %v1655, %v33 : i64
                %v1657 = arith.addi %v12, %v34 : i64
                %v1658 = arith.muli %v1654, %v1 : i64
                %v1659 = arith.addi %v1658, %v1657 : i64
                %v1660 = arith.muli %v1659, %v991 : i64
                %v1661 = arith.addi %v1660, %v1527 : i64
                scf.if %v1656 {
                  %v1662 = llvm.getelementptr %v57[%v1661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1653, %v1662 : f32, !llvm.ptr
                }
                %v1663 = arith.select %v38, %v1574, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1664, %v1665 = gpu.shuffle xor %v1663, %v977, %v289 : f32
                %v1666 = arith.addf %v1663, %v1664 fastmath<contract> : f32
                %v1667, %v1668 = gpu.shuffle xor %v1666, %v981, %v289 : f32
                %v1669 = arith.addf %v1666, %v1667 fastmath<contract> : f32
                %v1670 = arith.divui %v24, %v26 : i64
                %v1671 = arith.remui %v24, %v26 : i64
                %v1672 = arith.cmpi ult, %v1671, %v33 : i64
                %v1673 = arith.addi %v33, %v34 : i64
                %v1674 = arith.muli %v1670, %v1 : i64
                %v1675 = arith.addi %v1674, %v1673 : i64
                %v1676 = arith.muli %v1675, %v991 : i64
                %v1677 = arith.addi %v1676, %v1527 : i64
                scf.if %v1672 {
                  %v1678 = llvm.getelementptr %v57[%v1677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1669, %v1678 : f32, !llvm.ptr
                }
                %v1679 = arith.select %v38, %v1593, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1680, %v1681 = gpu.shuffle xor %v1679, %v977, %v289 : f32
                %v1682 = arith.addf %v1679, %v1680 fastmath<contract> : f32
                %v1683, %v1684 = gpu.shuffle xor %v1682, %v981, %v289 : f32
                %v1685 = arith.addf %v1682, %v1683 fastmath<contract> : f32
                %v1686 = arith.divui %v24, %v26 : i64
                %v1687 = arith.remui %v24, %v26 : i64
                %v1688 = arith.cmpi ult, %v1687, %v33 : i64
                %v1689 = arith.addi %v12, %v34 : i64
                %v1690 = arith.muli %v1686, %v1 : i64
                %v1691 = arith.addi %v1690, %v1689 : i64
                %v1692 = arith.muli %v1691, %v991 : i64
                %v1693 = arith.addi %v1692, %v1527 : i64
                scf.if %v1688 {
                  %v1694 = llvm.getelementptr %v59[%v1693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1685, %v1694 : f32, !llvm.ptr
                }
                %v1695 = arith.select %v38, %v1614, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1696, %v1697 = gpu.shuffle xor %v1695, %v977, %v289 : f32
                %v1698 = arith.addf %v1695, %v1696 fastmath<contract> : f32
                %v1699, %v1700 = gpu.shuffle xor %v1698, %v981, %v289 : f32
                %v1701 = arith.addf %v1698, %v1699 fastmath<contract> : f32
                %v1702 = arith.divui %v24, %v26 : i64
                %v1703 = arith.remui %v24, %v26 : i64
                %v1704 = arith.cmpi ult, %v1703, %v33 : i64
                %v1705 = arith.addi %v33, %v34 : i64
                %v1706 = arith.muli %v1702, %v1 : i64
                %v1707 = arith.addi %v1706, %v1705 : i64
                %v1708 = arith.muli %v1707, %v991 : i64
                %v1709 = arith.addi %v1708, %v1527 : i64
                scf.if %v1704 {
                  %v1710 = llvm.getelementptr %v59[%v1709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1701, %v1710 : f32, !llvm.ptr
                }
                %v1711 = arith.muli %v34, %v167 : i64
                %v1712 = arith.subi %v1528, %v136 : i64
                %v1713 = arith.addi %v1711, %v1712 : i64
                %v1714 = llvm.getelementptr %v63[%v1713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1715 = llvm.load %v1714 : !llvm.ptr -> f32
                %v1716 = arith.mulf %v1715, %v1571 fastmath<contract> : f32
                %v1717 = arith.constant 8 : i64
                %v1718 = arith.addi %v1717, %v34 : i64
                %v1719 = arith.muli %v1718, %v167 : i64
                %v1720 = arith.subi %v1528, %v136 : i64
                %v1721 = arith.addi %v1719, %v1720 : i64
                %v1722 = llvm.getelementptr %v63[%v1721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1723 = llvm.load %v1722 : !llvm.ptr -> f32
                %v1724 = arith.mulf %v1723, %v1573 fastmath<contract> : f32
                %v1725 = arith.addf %v1716, %v1724 fastmath<contract> : f32
                llvm.store %v1725, %v865 : f32, !llvm.ptr
                %v1726 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1584) : (f32) -> f32
                %v1727 = arith.mulf %v304, %v1726 fastmath<contract> : f32
                %v1728 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1727) : (f32) -> f32
                llvm.store %v1728, %v52 : f32, !llvm.ptr
                %v1729 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1605) : (f32) -> f32
                %v1730 = arith.mulf %v304, %v1729 fastmath<contract> : f32
                %v1731 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1730) : (f32) -> f32
                llvm.store %v1731, %v53 : f32, !llvm.ptr
                %v1732 = llvm.load %v865 : !llvm.ptr -> f32
                %v1733 = arith.select %v868, %v1732, %v1522 : f32
                %v1734 = arith.select %v868, %v1522, %v1732 : f32
                %v1735, %v1736 = gpu.shuffle xor %v1733, %v1309, %v289 : f32
                %v1737 = arith.addf %v1734, %v1735 fastmath<contract> : f32
                %v1738 = arith.select %v871, %v1737, %v1312 : f32
                %v1739 = arith.select %v871, %v1312, %v1737 : f32
                %v1741, %v1742 = gpu.shuffle xor %v1738, %v1740, %v289 : f32
                %v1743 = arith.addf %v1739, %v1741 fastmath<contract> : f32
                %v1744 = arith.addi %v372, %v82 : i64
                %v1746 = arith.cmpi slt, %v1745, %v876 : i32
                %v1747 = arith.cmpi eq, %v1745, %v882 : i32
                %v1748 = arith.addi %v374, %v70 : i64
                llvm.store %v66, %v865 : f32, !llvm.ptr
                %v1749 = arith.addi %v136, %v1744 : i64
                %v1750 = arith.muli %v34, %v167 : i64
                %v1751 = arith.subi %v1749, %v136 : i64
                %v1752 = arith.addi %v1750, %v1751 : i64
                %v1753 = llvm.getelementptr %v61[%v1752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1754 = llvm.load %v1753 : !llvm.ptr -> f32
                %v1755 = arith.muli %v48, %v315 : i64
                %v1756 = arith.muli %v1749, %v314 : i64
                %v1757 = arith.addi %v1755, %v1756 : i64
                %v1758 = arith.muli %v46, %v313 : i64
                %v1759 = arith.addi %v1757, %v1758 : i64
                %v1760 = arith.muli %v44, %v2 : i64
                %v1761 = arith.addi %v1759, %v1760 : i64
                %v1762 = llvm.getelementptr %dy_o[%v1761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1763 = llvm.load %v1762 : !llvm.ptr -> f32
                %v1764 = arith.mulf %v1754, %v1763 fastmath<contract> : f32
                %v1765 = llvm.load %v50 : !llvm.ptr -> f32
                %v1766 = llvm.load %v52 : !llvm.ptr -> f32
                %v1767 = arith.mulf %v1766, %v1765 fastmath<contract> : f32
                %v1768 = arith.addf %v1764, %v1767 fastmath<contract> : f32
                llvm.store %v1768, %v50 : f32, !llvm.ptr
                %v1769 = arith.constant 8 : i64
                %v1770 = arith.addi %v1769, %v34 : i64
                %v1771 = arith.muli %v1770, %v167 : i64
                %v1772 = arith.subi %v1749, %v136 : i64
                %v1773 = arith.addi %v1771, %v1772 : i64
                %v1774 = llvm.getelementptr %v61[%v1773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1775 = llvm.load %v1774 : !llvm.ptr -> f32
                %v1776 = arith.mulf %v1775, %v1763 fastmath<contract> : f32
                %v1777 = llvm.load %v51 : !llvm.ptr -> f32
                %v1778 = llvm.load %v53 : !llvm.ptr -> f32
                %v1779 = arith.mulf %v1778, %v1777 fastmath<contract> : f32
                %v1780 = arith.addf %v1776, %v1779 fastmath<contract> : f32
                llvm.store %v1780, %v51 : f32, !llvm.ptr
                %v1781 = arith.mulf %v605, %v1763 fastmath<contract> : f32
                %v1782 = arith.mulf %v630, %v1763 fastmath<contract> : f32
                %v1783 = arith.muli %v48, %v315 : i64
                %v1784 = arith.muli %v1749, %v314 : i64
                %v1785 = arith.addi %v1783, %v1784 : i64
                %v1786 = arith.muli %v46, %v313 : i64
                %v1787 = arith.addi %v1785, %v1786 : i64
                %v1788 = arith.muli %v44, %v2 : i64
                %v1789 = arith.addi %v1787, %v1788 : i64
                %v1790 = llvm.getelementptr %in_v[%v1789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1791 = llvm.load %v1790 : !llvm.ptr -> f32
                %v1792 = llvm.load %v50 : !llvm.ptr -> f32
                %v1793 = arith.mulf %v1791, %v1792 fastmath<contract> : f32
                %v1794 = llvm.load %v51 : !llvm.ptr -> f32
                %v1795 = arith.mulf %v1791, %v1794 fastmath<contract> : f32
                %v1796 = arith.muli %v34, %v167 : i64
                %v1797 = arith.subi %v1749, %v136 : i64
                %v1798 = arith.addi %v1796, %v1797 : i64
                %v1799 = llvm.getelementptr %v65[%v1798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1800 = llvm.load %v1799 : !llvm.ptr -> f32
                %v1801 = arith.negf %v1800 : f32
                %v1802 = arith.mulf %v1801, %v299 fastmath<contract> : f32
                %v1803 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1802) : (f32) -> f32
                %v1804 = arith.addf %v67, %v1803 fastmath<contract> : f32
                %v1805 = arith.divf %v67, %v1804 : f32
                %v1806 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1805) : (f32) -> f32
                %v1807 = arith.mulf %v945, %v1806 fastmath<contract> : f32
                %v1808 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1807) : (f32) -> f32
                %v1809 = arith.mulf %v547, %v1792 fastmath<contract> : f32
                %v1810 = arith.mulf %v304, %v1809 fastmath<contract> : f32
                %v1811 = arith.mulf %v1808, %v1810 fastmath<contract> : f32
                %v1812 = arith.subf %v67, %v1805 fastmath<contract> : f32
                %v1813 = arith.mulf %v1805, %v1812 fastmath<contract> : f32
                %v1814 = arith.mulf %v1811, %v1813 fastmath<contract> : f32
                %v1815 = arith.constant 8 : i64
                %v1816 = arith.addi %v1815, %v34 : i64
                %v1817 = arith.muli %v1816, %v167 : i64
                %v1818 = arith.subi %v1749, %v136 : i64
                %v1819 = arith.addi %v1817, %v1818 : i64
                %v1820 = llvm.getelementptr %v65[%v1819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1821 = llvm.load %v1820 : !llvm.ptr -> f32
                %v1822 = arith.negf %v1821 : f32
                %v1823 = arith.mulf %v1822, %v299 fastmath<contract> : f32
                %v1824 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1823) : (f32) -> f32
                %v1825 = arith.addf %v67, %v1824 fastmath<contract> : f32
                %v1826 = arith.divf %v67, %v1825 : f32
                %v1827 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1826) : (f32) -> f32
                %v1828 = arith.mulf %v945, %v1827 fastmath<contract> : f32
                %v1829 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1828) : (f32) -> f32
                %v1830 = arith.mulf %v572, %v1794 fastmath<contract> : f32
                %v1831 = arith.mulf %v304, %v1830 fastmath<contract> : f32
                %v1832 = arith.mulf %v1829, %v1831 fastmath<contract> : f32
                %v1833 = arith.subf %v67, %v1826 fastmath<contract> : f32
                %v1834 = arith.mulf %v1826, %v1833 fastmath<contract> : f32
                %v1835 = arith.mulf %v1832, %v1834 fastmath<contract> : f32
                %v1836 = arith.select %v38, %v1781, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1837, %v1838 = gpu.shuffle xor %v1836, %v977, %v289 : f32
                %v1839 = arith.addf %v1836, %v1837 fastmath<contract> : f32
                %v1840, %v1841 = gpu.shuffle xor %v1839, %v981, %v289 : f32
                %v1842 = arith.addf %v1839, %v1840 fastmath<contract> : f32
                %v1843 = arith.divui %v24, %v26 : i64
                %v1844 = arith.remui %v24, %v26 : i64
                %v1845 = arith.cmpi ult, %v1844, %v33 : i64
                %v1846 = arith.addi %v12, %v34 : i64
                %v1847 = arith.muli %v1843, %v1 : i64
                %v1848 = arith.addi %v1847, %v1846 : i64
                %v1849 = arith.muli %v1848, %v991 : i64
                %v1850 = arith.addi %v1849, %v1748 : i64
                scf.if %v1845 {
                  %v1851 = llvm.getelementptr %v55[%v1850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1842, %v1851 : f32, !llvm.ptr
                }
                %v1852 = arith.select %v38, %v1782, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1853, %v1854 = gpu.shuffle xor %v1852, %v977, %v289 : f32
                %v1855 = arith.addf %v1852, %v1853 fastmath<contract> : f32
                %v1856, %v1857 = gpu.shuffle xor %v1855, %v981, %v289 : f32
                %v1858 = arith.addf %v1855, %v1856 fastmath<contract> : f32
                %v1859 = arith.divui %v24, %v26 : i64
                %v1860 = arith.remui %v24, %v26 : i64
                %v1861 = arith.cmpi ult, %v1860, %v33 : i64
                %v1862 = arith.addi %v33, %v34 : i64
                %v1863 = arith.muli %v1859, %v1 : i64
                %v1864 = arith.addi %v1863, %v1862 : i64
                %v1865 = arith.muli %v1864, %v991 : i64
                %v1866 = arith.addi %v1865, %v1748 : i64
                scf.if %v1861 {
                  %v1867 = llvm.getelementptr %v55[%v1866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1858, %v1867 : f32, !llvm.ptr
                }
                %v1868 = arith.select %v38, %v1793, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1869, %v1870 = gpu.shuffle xor %v1868, %v977, %v289 : f32
                %v1871 = arith.addf %v1868, %v1869 fastmath<contract> : f32
                %v1872, %v1873 = gpu.shuffle xor %v1871, %v981, %v289 : f32
                %v1874 = arith.addf %v1871, %v1872 fastmath<contract> : f32
                %v1875 = arith.divui %v24, %v26 : i64
                %v1876 = arith.remui %v24, %v26 : i64
                %v1877 = arith.cmpi ult, %v1876, %v33 : i64
                %v1878 = arith.addi %v12, %v34 : i64
                %v1879 = arith.muli %v1875, %v1 : i64
                %v1880 = arith.addi %v1879, %v1878 : i64
                %v1881 = arith.muli %v1880, %v991 : i64
                %v1882 = arith.addi %v1881, %v1748 : i64
                scf.if %v1877 {
                  %v1883 = llvm.getelementptr %v57[%v1882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1874, %v1883 : f32, !llvm.ptr
                }
                %v1884 = arith.select %v38, %v1795, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1885, %v1886 = gpu.shuffle xor %v1884, %v977, %v289 : f32
                %v1887 = arith.addf %v1884, %v1885 fastmath<contract> : f32
                %v1888, %v1889 = gpu.shuffle xor %v1887, %v981, %v289 : f32
                %v1890 = arith.addf %v1887, %v1888 fastmath<contract> : f32
                %v1891 = arith.divui %v24, %v26 : i64
                %v1892 = arith.remui %v24, %v26 : i64
                %v1893 = arith.cmpi ult, %v1892, %v33 : i64
                %v1894 = arith.addi %v33, %v34 : i64
                %v1895 = arith.muli %v1891, %v1 : i64
                %v1896 = arith.addi %v1895, %v1894 : i64
                %v1897 = arith.muli %v1896, %v991 : i64
                %v1898 = arith.addi %v1897, %v1748 : i64
                scf.if %v1893 {
                  %v1899 = llvm.getelementptr %v57[%v1898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1890, %v1899 : f32, !llvm.ptr
                }
                %v1900 = arith.select %v38, %v1814, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1901, %v1902 = gpu.shuffle xor %v1900, %v977, %v289 : f32
                %v1903 = arith.addf %v1900, %v1901 fastmath<contract> : f32
                %v1904, %v1905 = gpu.shuffle xor %v1903, %v981, %v289 : f32
                %v1906 = arith.addf %v1903, %v1904 fastmath<contract> : f32
                %v1907 = arith.divui %v24, %v26 : i64
                %v1908 = arith.remui %v24, %v26 : i64
                %v1909 = arith.cmpi ult, %v1908, %v33 : i64
                %v1910 = arith.addi %v12, %v34 : i64
                %v1911 = arith.muli %v1907, %v1 : i64
                %v1912 = arith.addi %v1911, %v1910 : i64
                %v1913 = arith.muli %v1912, %v991 : i64
                %v1914 = arith.addi %v1913, %v1748 : i64
                scf.if %v1909 {
                  %v1915 = llvm.getelementptr %v59[%v1914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1906, %v1915 : f32, !llvm.ptr
                }
                %v1916 = arith.select %v38, %v1835, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1917, %v1918 = gpu.shuffle xor %v1916, %v977, %v289 : f32
                %v1919 = arith.addf %v1916, %v1917 fastmath<contract> : f32
                %v1920, %v1921 = gpu.shuffle xor %v1919, %v981, %v289 : f32
                %v1922 = arith.addf %v1919, %v1920 fastmath<contract> : f32
                %v1923 = arith.divui %v24, %v26 : i64
                %v1924 = arith.remui %v24, %v26 : i64
                %v1925 = arith.cmpi ult, %v1924, %v33 : i64
                %v1926 = arith.addi %v33, %v34 : i64
                %v1927 = arith.muli %v1923, %v1 : i64
                %v1928 = arith.addi %v1927, %v1926 : i64
                %v1929 = arith.muli %v1928, %v991 : i64
                %v1930 = arith.addi %v1929, %v1748 : i64
                scf.if %v1925 {
                  %v1931 = llvm.getelementptr %v59[%v1930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1922, %v1931 : f32, !llvm.ptr
                }
                %v1932 = arith.muli %v34, %v167 : i64
                %v1933 = arith.subi %v1749, %v136 : i64
                %v1934 = arith.addi %v1932, %v1933 : i64
                %v1935 = llvm.getelementptr %v63[%v1934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1936 = llvm.load %v1935 : !llvm.ptr -> f32
                %v1937 = arith.mulf %v1936, %v1792 fastmath<contract> : f32
                %v1938 = arith.constant 8 : i64
                %v1939 = arith.addi %v1938, %v34 : i64
                %v1940 = arith.muli %v1939, %v167 : i64
                %v1941 = arith.subi %v1749, %v136 : i64
                %v1942 = arith.addi %v1940, %v1941 : i64
                %v1943 = llvm.getelementptr %v63[%v1942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1944 = llvm.load %v1943 : !llvm.ptr -> f32
                %v1945 = arith.mulf %v1944, %v1794 fastmath<contract> : f32
                %v1946 = arith.addf %v1937, %v1945 fastmath<contract> : f32
                llvm.store %v1946, %v865 : f32, !llvm.ptr
                %v1947 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1805) : (f32) -> f32
                %v1948 = arith.mulf %v304, %v1947 fastmath<contract> : f32
                %v1949 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1948) : (f32) -> f32
                llvm.store %v1949, %v52 : f32, !llvm.ptr
                %v1950 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1826) : (f32) -> f32
                %v1951 = arith.mulf %v304, %v1950 fastmath<contract> : f32
                %v1952 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1951) : (f32) -> f32
                llvm.store %v1952, %v53 : f32, !llvm.ptr
                %v1953 = llvm.load %v865 : !llvm.ptr -> f32
                %v1954 = arith.addi %v372, %v78 : i64
                %v1955 = arith.cmpi slt, %v1740, %v876 : i32
                %v1956 = arith.cmpi eq, %v1740, %v882 : i32
                %v1957 = arith.addi %v374, %v689 : i64
                llvm.store %v66, %v865 : f32, !llvm.ptr
                %v1958 = arith.addi %v136, %v1954 : i64
                %v1959 = arith.muli %v34, %v167 : i64
                %v1960 = arith.subi %v1958, %v136 : i64
                %v1961 = arith.addi %v1959, %v1960 : i64
                %v1962 = llvm.getelementptr %v61[%v1961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1963 = llvm.load %v1962 : !llvm.ptr -> f32
                %v1964 = arith.muli %v48, %v315 : i64
                %v1965 = arith.muli %v1958, %v314 : i64
                %v1966 = arith.addi %v1964, %v1965 : i64
                %v1967 = arith.muli %v46, %v313 : i64
                %v1968 = arith.addi %v1966, %v1967 : i64
                %v1969 = arith.muli %v44, %v2 : i64
                %v1970 = arith.addi %v1968, %v1969 : i64
                %v1971 = llvm.getelementptr %dy_o[%v1970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1972 = llvm.load %v1971 : !llvm.ptr -> f32
                %v1973 = arith.mulf %v1963, %v1972 fastmath<contract> : f32
                %v1974 = llvm.load %v50 : !llvm.ptr -> f32
                %v1975 = llvm.load %v52 : !llvm.ptr -> f32
                %v1976 = arith.mulf %v1975, %v1974 fastmath<contract> : f32
                %v1977 = arith.addf %v1973, %v1976 fastmath<contract> : f32
                llvm.store %v1977, %v50 : f32, !llvm.ptr
                %v1978 = arith.constant 8 : i64
                %v1979 = arith.addi %v1978, %v34 : i64
                %v1980 = arith.muli %v1979, %v167 : i64
                %v1981 = arith.subi %v1958, %v136 : i64
                %v1982 = arith.addi %v1980, %v1981 : i64
                %v1983 = llvm.getelementptr %v61[%v1982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1984 = llvm.load %v1983 : !llvm.ptr -> f32
                %v1985 = arith.mulf %v1984, %v1972 fastmath<contract> : f32
                %v1986 = llvm.load %v51 : !llvm.ptr -> f32
                %v1987 = llvm.load %v53 : !llvm.ptr -> f32
                %v1988 = arith.mulf %v1987, %v1986 fastmath<contract> : f32
                %v1989 = arith.addf %v1985, %v1988 fastmath<contract> : f32
                llvm.store %v1989, %v51 : f32, !llvm.ptr
                %v1990 = arith.mulf %v547, %v1972 fastmath<contract> : f32
                %v1991 = arith.mulf %v572, %v1972 fastmath<contract> : f32
                %v1992 = arith.muli %v48, %v315 : i64
                %v1993 = arith.muli %v1958, %v314 : i64
                %v1994 = arith.addi %v1992, %v1993 : i64
                %v1995 = arith.muli %v46, %v313 : i64
                %v1996 = arith.addi %v1994, %v1995 : i64
                %v1997 = arith.muli %v44, %v2 : i64
                %v1998 = arith.addi %v1996, %v1997 : i64
                %v1999 = llvm.getelementptr %in_v[%v1998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2000 = llvm.load %v1999 : !llvm.ptr -> f32
                %v2001 = llvm.load %v50 : !llvm.ptr -> f32
                %v2002 = arith.mulf %v2000, %v2001 fastmath<contract> : f32
                %v2003 = llvm.load %v51 : !llvm.ptr -> f32
                %v2004 = arith.mulf %v2000, %v2003 fastmath<contract> : f32
                %v2005 = arith.muli %v34, %v167 : i64
                %v2006 = arith.subi %v1958, %v136 : i64
                %v2007 = arith.addi %v2005, %v2006 : i64
                %v2008 = llvm.getelementptr %v65[%v2007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2009 = llvm.load %v2008 : !llvm.ptr -> f32
                %v2010 = arith.negf %v2009 : f32
                %v2011 = arith.mulf %v2010, %v299 fastmath<contract> : f32
                %v2012 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2011) : (f32) -> f32
                %v2013 = arith.addf %v67, %v2012 fastmath<contract> : f32
                %v2014 = arith.divf %v67, %v2013 : f32
                %v2015 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2014) : (f32) -> f32
                %v2016 = arith.mulf %v945, %v2015 fastmath<contract> : f32
                %v2017 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2016) : (f32) -> f32
                %v2018 = arith.mulf %v489, %v2001 fastmath<contract> : f32
                %v2019 = arith.mulf %v304, %v2018 fastmath<contract> : f32
                %v2020 = arith.mulf %v2017, %v2019 fastmath<contract> : f32
                %v2021 = arith.subf %v67, %v2014 fastmath<contract> : f32
                %v2022 = arith.mulf %v2014, %v2021 fastmath<contract> : f32
                %v2023 = arith.mulf %v2020, %v2022 fastmath<contract> : f32
                %v2024 = arith.constant 8 : i64
                %v2025 = arith.addi %v2024, %v34 : i64
                %v2026 = arith.muli %v2025, %v167 : i64
                %v2027 = arith.subi %v1958, %v136 : i64
                %v2028 = arith.addi %v2026, %v2027 : i64
                %v2029 = llvm.getelementptr %v65[%v2028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2030 = llvm.load %v2029 : !llvm.ptr -> f32
                %v2031 = arith.negf %v2030 : f32
                %v2032 = arith.mulf %v2031, %v299 fastmath<contract> : f32
                %v2033 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2032) : (f32) -> f32
                %v2034 = arith.addf %v67, %v2033 fastmath<contract> : f32
                %v2035 = arith.divf %v67, %v2034 : f32
                %v2036 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2035) : (f32) -> f32
                %v2037 = arith.mulf %v945, %v2036 fastmath<contract> : f32
                %v2038 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2037) : (f32) -> f32
                %v2039 = arith.mulf %v514, %v2003 fastmath<contract> : f32
                %v2040 = arith.mulf %v304, %v2039 fastmath<contract> : f32
                %v2041 = arith.mulf %v2038, %v2040 fastmath<contract> : f32
                %v2042 = arith.subf %v67, %v2035 fastmath<contract> : f32
                %v2043 = arith.mulf %v2035, %v2042 fastmath<contract> : f32
                %v2044 = arith.mulf %v2041, %v2043 fastmath<contract> : f32
                %v2045 = arith.select %v38, %v1990, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2046, %v2047 = gpu.shuffle xor %v2045, %v977, %v289 : f32
                %v2048 = arith.addf %v2045, %v2046 fastmath<contract> : f32
                %v2049, %v2050 = gpu.shuffle xor %v2048, %v981, %v289 : f32
                %v2051 = arith.addf %v2048, %v2049 fastmath<contract> : f32
                %v2052 = arith.divui %v24, %v26 : i64
                %v2053 = arith.remui %v24, %v26 : i64
                %v2054 = arith.cmpi ult, %v2053, %v33 : i64
                %v2055 = arith.addi %v12, %v34 : i64
                %v2056 = arith.muli %v2052, %v1 : i64
                %v2057 = arith.addi %v2056, %v2055 : i64
                %v2058 = arith.muli %v2057, %v991 : i64
                %v2059 = arith.addi %v2058, %v1957 : i64
                scf.if %v2054 {
                  %v2060 = llvm.getelementptr %v55[%v2059] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2051, %v2060 : f32, !llvm.ptr
                }
                %v2061 = arith.select %v38, %v1991, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2062, %v2063 = gpu.shuffle xor %v2061, %v977, %v289 : f32
                %v2064 = arith.addf %v2061, %v2062 fastmath<contract> : f32
                %v2065, %v2066 = gpu.shuffle xor %v2064, %v981, %v289 : f32
                %v2067 = arith.addf %v2064, %v2065 fastmath<contract> : f32
                %v2068 = arith.divui %v24, %v26 : i64
                %v2069 = arith.remui %v24, %v26 : i64
                %v2070 = arith.cmpi ult, %v2069, %v33 : i64
                %v2071 = arith.addi %v33, %v34 : i64
                %v2072 = arith.muli %v2068, %v1 : i64
                %v2073 = arith.addi %v2072, %v2071 : i64
                %v2074 = arith.muli %v2073, %v991 : i64
                %v2075 = arith.addi %v2074, %v1957 : i64
                scf.if %v2070 {
                  %v2076 = llvm.getelementptr %v55[%v2075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2067, %v2076 : f32, !llvm.ptr
                }
                %v2077 = arith.select %v38, %v2002, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2078, %v2079 = gpu.shuffle xor %v2077, %v977, %v289 : f32
                %v2080 = arith.addf %v2077, %v2078 fastmath<contract> : f32
                %v2081, %v2082 = gpu.shuffle xor %v2080, %v981, %v289 : f32
                %v2083 = arith.addf %v2080, %v2081 fastmath<contract> : f32
                %v2084 = arith.divui %v24, %v26 : i64
                %v2085 = arith.remui %v24, %v26 : i64
                %v2086 = arith.cmpi ult, %v2085, %v33 : i64
                %v2087 = arith.addi %v12, %v34 : i64
                %v2088 = arith.muli %v2084, %v1 : i64
                %v2089 = arith.addi %v2088, %v2087 : i64
                %v2090 = arith.muli %v2089, %v991 : i64
                %v2091 = arith.addi %v2090, %v1957 : i64
                scf.if %v2086 {
                  %v2092 = llvm.getelementptr %v57[%v2091] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2083, %v2092 : f32, !llvm.ptr
                }
                %v2093 = arith.select %v38, %v2004, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2094, %v2095 = gpu.shuffle xor %v2093, %v977, %v289 : f32
                %v2096 = arith.addf %v2093, %v2094 fastmath<contract> : f32
                %v2097, %v2098 = gpu.shuffle xor %v2096, %v981, %v289 : f32
                %v2099 = arith.addf %v2096, %v2097 fastmath<contract> : f32
                %v2100 = arith.divui %v24, %v26 : i64
                %v2101 = arith.remui %v24, %v26 : i64
                %v2102 = arith.cmpi ult, %v2101, %v33 : i64
                %v2103 = arith.addi %v33, %v34 : i64
                %v2104 = arith.muli %v2100, %v1 : i64
                %v2105 = arith.addi %v2104, %v2103 : i64
                %v2106 = arith.muli %v2105, %v991 : i64
                %v2107 = arith.addi %v2106, %v1957 : i64
                scf.if %v2102 {
                  %v2108 = llvm.getelementptr %v57[%v2107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2099, %v2108 : f32, !llvm.ptr
                }
                %v2109 = arith.select %v38, %v2023, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2110, %v2111 = gpu.shuffle xor %v2109, %v977, %v289 : f32
                %v2112 = arith.addf %v2109, %v2110 fastmath<contract> : f32
                %v2113, %v2114 = gpu.shuffle xor %v2112, %v981, %v289 : f32
                %v2115 = arith.addf %v2112, %v2113 fastmath<contract> : f32
                %v2116 = arith.divui %v24, %v26 : i64
                %v2117 = arith.remui %v24, %v26 : i64
                %v2118 = arith.cmpi ult, %v2117, %v33 : i64
                %v2119 = arith.addi %v12, %v34 : i64
                %v2120 = arith.muli %v2116, %v1 : i64
                %v2121 = arith.addi %v2120, %v2119 : i64
                %v2122 = arith.muli %v2121, %v991 : i64
                %v2123 = arith.addi %v2122, %v1957 : i64
                scf.if %v2118 {
                  %v2124 = llvm.getelementptr %v59[%v2123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2115, %v2124 : f32, !llvm.ptr
                }
                %v2125 = arith.select %v38, %v2044, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2126, %v2127 = gpu.shuffle xor %v2125, %v977, %v289 : f32
                %v2128 = arith.addf %v2125, %v2126 fastmath<contract> : f32
                %v2129, %v2130 = gpu.shuffle xor %v2128, %v981, %v289 : f32
                %v2131 = arith.addf %v2128, %v2129 fastmath<contract> : f32
                %v2132 = arith.divui %v24, %v26 : i64
                %v2133 = arith.remui %v24, %v26 : i64
                %v2134 = arith.cmpi ult, %v2133, %v33 : i64
                %v2135 = arith.addi %v33, %v34 : i64
                %v2136 = arith.muli %v2132, %v1 : i64
                %v2137 = arith.addi %v2136, %v2135 : i64
                %v2138 = arith.muli %v2137, %v991 : i64
                %v2139 = arith.addi %v2138, %v1957 : i64
                scf.if %v2134 {
                  %v2140 = llvm.getelementptr %v59[%v2139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2131, %v2140 : f32, !llvm.ptr
                }
                %v2141 = arith.muli %v34, %v167 : i64
                %v2142 = arith.subi %v1958, %v136 : i64
                %v2143 = arith.addi %v2141, %v2142 : i64
                %v2144 = llvm.getelementptr %v63[%v2143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2145 = llvm.load %v2144 : !llvm.ptr -> f32
                %v2146 = arith.mulf %v2145, %v2001 fastmath<contract> : f32
                %v2147 = arith.constant 8 : i64
                %v2148 = arith.addi %v2147, %v34 : i64
                %v2149 = arith.muli %v2148, %v167 : i64
                %v2150 = arith.subi %v1958, %v136 : i64
                %v2151 = arith.addi %v2149, %v2150 : i64
                %v2152 = llvm.getelementptr %v63[%v2151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2153 = llvm.load %v2152 : !llvm.ptr -> f32
                %v2154 = arith.mulf %v2153, %v2003 fastmath<contract> : f32
                %v2155 = arith.addf %v2146, %v2154 fastmath<contract> : f32
                llvm.store %v2155, %v865 : f32, !llvm.ptr
                %v2156 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2014) : (f32) -> f32
                %v2157 = arith.mulf %v304, %v2156 fastmath<contract> : f32
                %v2158 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2157) : (f32) -> f32
                llvm.store %v2158, %v52 : f32, !llvm.ptr
                %v2159 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2035) : (f32) -> f32
                %v2160 = arith.mulf %v304, %v2159 fastmath<contract> : f32
                %v2161 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2160) : (f32) -> f32
                llvm.store %v2161, %v53 : f32, !llvm.ptr
                %v2162 = llvm.load %v865 : !llvm.ptr -> f32
                %v2163 = arith.select %v868, %v2162, %v1953 : f32
                %v2164 = arith.select %v868, %v1953, %v2162 : f32
                %v2165, %v2166 = gpu.shuffle xor %v2163, %v1309, %v289 : f32
                %v2167 = arith.addf %v2164, %v2165 fastmath<contract> : f32
                %v2168 = arith.addi %v372, %v2 : i64
                %v2169 = arith.cmpi slt, %v1309, %v876 : i32
                %v2170 = arith.cmpi eq, %v1309, %v882 : i32
                %v2171 = arith.addi %v374, %v748 : i64
                llvm.store %v66, %v865 : f32, !llvm.ptr
                %v2172 = arith.addi %v136, %v2168 : i64
                %v2173 = arith.muli %v34, %v167 : i64
                %v2174 = arith.subi %v2172, %v136 : i64
                %v2175 = arith.addi %v2173, %v2174 : i64
                %v2176 = llvm.getelementptr %v61[%v2175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2177 = llvm.load %v2176 : !llvm.ptr -> f32
                %v2178 = arith.muli %v48, %v315 : i64
                %v2179 = arith.muli %v2172, %v314 : i64
                %v2180 = arith.addi %v2178, %v2179 : i64
                %v2181 = arith.muli %v46, %v313 : i64
                %v2182 = arith.addi %v2180, %v2181 : i64
                %v2183 = arith.muli %v44, %v2 : i64
                %v2184 = arith.addi %v2182, %v2183 : i64
                %v2185 = llvm.getelementptr %dy_o[%v2184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2186 = llvm.load %v2185 : !llvm.ptr -> f32
                %v2187 = arith.mulf %v2177, %v2186 fastmath<contract> : f32
                %v2188 = llvm.load %v50 : !llvm.ptr -> f32
                %v2189 = llvm.load %v52 : !llvm.ptr -> f32
                %v2190 = arith.mulf %v2189, %v2188 fastmath<contract> : f32
                %v2191 = arith.addf %v2187, %v2190 fastmath<contract> : f32
                llvm.store %v2191, %v50 : f32, !llvm.ptr
                %v2192 = arith.constant 8 : i64
                %v2193 = arith.addi %v2192, %v34 : i64
                %v2194 = arith.muli %v2193, %v167 : i64
                %v2195 = arith.subi %v2172, %v136 : i64
                %v2196 = arith.addi %v2194, %v2195 : i64
                %v2197 = llvm.getelementptr %v61[%v2196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2198 = llvm.load %v2197 : !llvm.ptr -> f32
                %v2199 = arith.mulf %v2198, %v2186 fastmath<contract> : f32
                %v2200 = llvm.load %v51 : !llvm.ptr -> f32
                %v2201 = llvm.load %v53 : !llvm.ptr -> f32
                %v2202 = arith.mulf %v2201, %v2200 fastmath<contract> : f32
                %v2203 = arith.addf %v2199, %v2202 fastmath<contract> : f32
                llvm.store %v2203, %v51 : f32, !llvm.ptr
                %v2204 = arith.mulf %v489, %v2186 fastmath<contract> : f32
                %v2205 = arith.mulf %v514, %v2186 fastmath<contract> : f32
                %v2206 = arith.muli %v48, %v315 : i64
                %v2207 = arith.muli %v2172, %v314 : i64
                %v2208 = arith.addi %v2206, %v2207 : i64
                %v2209 = arith.muli %v46, %v313 : i64
                %v2210 = arith.addi %v2208, %v2209 : i64
                %v2211 = arith.muli %v44, %v2 : i64
                %v2212 = arith.addi %v2210, %v2211 : i64
                %v2213 = llvm.getelementptr %in_v[%v2212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2214 = llvm.load %v2213 : !llvm.ptr -> f32
                %v2215 = llvm.load %v50 : !llvm.ptr -> f32
                %v2216 = arith.mulf %v2214, %v2215 fastmath<contract> : f32
                %v2217 = llvm.load %v51 : !llvm.ptr -> f32
                %v2218 = arith.mulf %v2214, %v2217 fastmath<contract> : f32
                %v2219 = arith.muli %v34, %v167 : i64
                %v2220 = arith.subi %v2172, %v136 : i64
                %v2221 = arith.addi %v2219, %v2220 : i64
                %v2222 = llvm.getelementptr %v65[%v2221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2223 = llvm.load %v2222 : !llvm.ptr -> f32
                %v2224 = arith.negf %v2223 : f32
                %v2225 = arith.mulf %v2224, %v299 fastmath<contract> : f32
                %v2226 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2225) : (f32) -> f32
                %v2227 = arith.addf %v67, %v2226 fastmath<contract> : f32
                %v2228 = arith.divf %v67, %v2227 : f32
                %v2229 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2228) : (f32) -> f32
                %v2230 = arith.mulf %v945, %v2229 fastmath<contract> : f32
                %v2231 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2230) : (f32) -> f32
                %v2232 = arith.mulf %v431, %v2215 fastmath<contract> : f32
                %v2233 = arith.mulf %v304, %v2232 fastmath<contract> : f32
                %v2234 = arith.mulf %v2231, %v2233 fastmath<contract> : f32
                %v2235 = arith.subf %v67, %v2228 fastmath<contract> : f32
                %v2236 = arith.mulf %v2228, %v2235 fastmath<contract> : f32
                %v2237 = arith.mulf %v2234, %v2236 fastmath<contract> : f32
                %v2238 = arith.constant 8 : i64
                %v2239 = arith.addi %v2238, %v34 : i64
                %v2240 = arith.muli %v2239, %v167 : i64
                %v2241 = arith.subi %v2172, %v136 : i64
                %v2242 = arith.addi %v2240, %v2241 : i64
                %v2243 = llvm.getelementptr %v65[%v2242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2244 = llvm.load %v2243 : !llvm.ptr -> f32
                %v2245 = arith.negf %v2244 : f32
                %v2246 = arith.mulf %v2245, %v299 fastmath<contract> : f32
                %v2247 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2246) : (f32) -> f32
                %v2248 = arith.addf %v67, %v2247 fastmath<contract> : f32
                %v2249 = arith.divf %v67, %v2248 : f32
                %v2250 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2249) : (f32) -> f32
                %v2251 = arith.mulf %v945, %v2250 fastmath<contract> : f32
                %v2252 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2251) : (f32) -> f32
                %v2253 = arith.mulf %v456, %v2217 fastmath<contract> : f32
                %v2254 = arith.mulf %v304, %v2253 fastmath<contract> : f32
                %v2255 = arith.mulf %v2252, %v2254 fastmath<contract> : f32
                %v2256 = arith.subf %v67, %v2249 fastmath<contract> : f32
                %v2257 = arith.mulf %v2249, %v2256 fastmath<contract> : f32
                %v2258 = arith.mulf %v2255, %v2257 fastmath<contract> : f32
                %v2259 = arith.select %v38, %v2204, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2260, %v2261 = gpu.shuffle xor %v2259, %v977, %v289 : f32
                %v2262 = arith.addf %v2259, %v2260 fastmath<contract> : f32
                %v2263, %v2264 = gpu.shuffle xor %v2262, %v981, %v289 : f32
                %v2265 = arith.addf %v2262, %v2263 fastmath<contract> : f32
                %v2266 = arith.divui %v24, %v26 : i64
                %v2267 = arith.remui %v24, %v26 : i64
                %v2268 = arith.cmpi ult, %v2267, %v33 : i64
                %v2269 = arith.addi %v12, %v34 : i64
                %v2270 = arith.muli %v2266, %v1 : i64
                %v2271 = arith.addi %v2270, %v2269 : i64
                %v2272 = arith.muli %v2271, %v991 : i64
                %v2273 = arith.addi %v2272, %v2171 : i64
                scf.if %v2268 {
                  %v2274 = llvm.getelementptr %v55[%v2273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2265, %v2274 : f32, !llvm.ptr
                }
                %v2275 = arith.select %v38, %v2205, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2276, %v2277 = gpu.shuffle xor %v2275, %v977, %v289 : f32
                %v2278 = arith.addf %v2275, %v2276 fastmath<contract> : f32
                %v2279, %v2280 = gpu.shuffle xor %v2278, %v981, %v289 : f32
                %v2281 = arith.addf %v2278, %v2279 fastmath<contract> : f32
                %v2282 = arith.divui %v24, %v26 : i64
                %v2283 = arith.remui %v24, %v26 : i64
                %v2284 = arith.cmpi ult, %v2283, %v33 : i64
                %v2285 = arith.addi %v33, %v34 : i64
                %v2286 = arith.muli %v2282, %v1 : i64
                %v2287 = arith.addi %v2286, %v2285 : i64
                %v2288 = arith.muli %v2287, %v991 : i64
                %v2289 = arith.addi %v2288, %v2171 : i64
                scf.if %v2284 {
                  %v2290 = llvm.getelementptr %v55[%v2289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2281, %v2290 : f32, !llvm.ptr
                }
                %v2291 = arith.select %v38, %v2216, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2292, %v2293 = gpu.shuffle xor %v2291, %v977, %v289 : f32
                %v2294 = arith.addf %v2291, %v2292 fastmath<contract> : f32
                %v2295, %v2296 = gpu.shuffle xor %v2294, %v981, %v289 : f32
                %v2297 = arith.addf %v2294, %v2295 fastmath<contract> : f32
                %v2298 = arith.divui %v24, %v26 : i64
                %v2299 = arith.remui %v24, %v26 : i64
                %v2300 = arith.cmpi ult, %v2299, %v33 : i64
                %v2301 = arith.addi %v12, %v34 : i64
                %v2302 = arith.muli %v2298, %v1 : i64
                %v2303 = arith.addi %v2302, %v2301 : i64
                %v2304 = arith.muli %v2303, %v991 : i64
                %v2305 = arith.addi %v2304, %v2171 : i64
                scf.if %v2300 {
                  %v2306 = llvm.getelementptr %v57[%v2305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2297, %v2306 : f32, !llvm.ptr
                }
                %v2307 = arith.select %v38, %v2218, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2308, %v2309 = gpu.shuffle xor %v2307, %v977, %v289 : f32
                %v2310 = arith.addf %v2307, %v2308 fastmath<contract> : f32
                %v2311, %v2312 = gpu.shuffle xor %v2310, %v981, %v289 : f32
                %v2313 = arith.addf %v2310, %v2311 fastmath<contract> : f32
                %v2314 = arith.divui %v24, %v26 : i64
                %v2315 = arith.remui %v24, %v26 : i64
                %v2316 = arith.cmpi ult, %v2315, %v33 : i64
                %v2317 = arith.addi %v33, %v34 : i64
                %v2318 = arith.muli %v2314, %v1 : i64
                %v2319 = arith.addi %v2318, %v2317 : i64
                %v2320 = arith.muli %v2319, %v991 : i64
                %v2321 = arith.addi %v2320, %v2171 : i64
                scf.if %v2316 {
                  %v2322 = llvm.getelementptr %v57[%v2321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2313, %v2322 : f32, !llvm.ptr
                }
                %v2323 = arith.select %v38, %v2237, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2324, %v2325 = gpu.shuffle xor %v2323, %v977, %v289 : f32
                %v2326 = arith.addf %v2323, %v2324 fastmath<contract> : f32
                %v2327, %v2328 = gpu.shuffle xor %v2326, %v981, %v289 : f32
                %v2329 = arith.addf %v2326, %v2327 fastmath<contract> : f32
                %v2330 = arith.divui %v24, %v26 : i64
                %v2331 = arith.remui %v24, %v26 : i64
                %v2332 = arith.cmpi ult, %v2331, %v33 : i64
                %v2333 = arith.addi %v12, %v34 : i64
                %v2334 = arith.muli %v2330, %v1 : i64
                %v2335 = arith.addi %v2334, %v2333 : i64
                %v2336 = arith.muli %v2335, %v991 : i64
                %v2337 = arith.addi %v2336, %v2171 : i64
                scf.if %v2332 {
                  %v2338 = llvm.getelementptr %v59[%v2337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2329, %v2338 : f32, !llvm.ptr
                }
                %v2339 = arith.select %v38, %v2258, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2340, %v2341 = gpu.shuffle xor %v2339, %v977, %v289 : f32
                %v2342 = arith.addf %v2339, %v2340 fastmath<contract> : f32
                %v2343, %v2344 = gpu.shuffle xor %v2342, %v981, %v289 : f32
                %v2345 = arith.addf %v2342, %v2343 fastmath<contract> : f32
                %v2346 = arith.divui %v24, %v26 : i64
                %v2347 = arith.remui %v24, %v26 : i64
                %v2348 = arith.cmpi ult, %v2347, %v33 : i64
                %v2349 = arith.addi %v33, %v34 : i64
                %v2350 = arith.muli %v2346, %v1 : i64
                %v2351 = arith.addi %v2350, %v2349 : i64
                %v2352 = arith.muli %v2351, %v991 : i64
                %v2353 = arith.addi %v2352, %v2171 : i64
                scf.if %v2348 {
                  %v2354 = llvm.getelementptr %v59[%v2353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2345, %v2354 : f32, !llvm.ptr
                }
                %v2355 = arith.muli %v34, %v167 : i64
                %v2356 = arith.subi %v2172, %v136 : i64
                %v2357 = arith.addi %v2355, %v2356 : i64
                %v2358 = llvm.getelementptr %v63[%v2357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2359 = llvm.load %v2358 : !llvm.ptr -> f32
                %v2360 = arith.mulf %v2359, %v2215 fastmath<contract> : f32
                %v2361 = arith.constant 8 : i64
                %v2362 = arith.addi %v2361, %v34 : i64
                %v2363 = arith.muli %v2362, %v167 : i64
                %v2364 = arith.subi %v2172, %v136 : i64
                %v2365 = arith.addi %v2363, %v2364 : i64
                %v2366 = llvm.getelementptr %v63[%v2365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2367 = llvm.load %v2366 : !llvm.ptr -> f32
                %v2368 = arith.mulf %v2367, %v2217 fastmath<contract> : f32
                %v2369 = arith.addf %v2360, %v2368 fastmath<contract> : f32
                llvm.store %v2369, %v865 : f32, !llvm.ptr
                %v2370 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2228) : (f32) -> f32
                %v2371 = arith.mulf %v304, %v2370 fastmath<contract> : f32
                %v2372 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2371) : (f32) -> f32
                llvm.store %v2372, %v52 : f32, !llvm.ptr
                %v2373 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2249) : (f32) -> f32
                %v2374 = arith.mulf %v304, %v2373 fastmath<contract> : f32
                %v2375 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2374) : (f32) -> f32
                llvm.store %v2375, %v53 : f32, !llvm.ptr
                %v2376 = llvm.load %v865 : !llvm.ptr -> f32
                %v2377 = arith.addi %v372, %v12 : i64
                %v2379 = arith.cmpi slt, %v2378, %v876 : i32
                %v2380 = arith.cmpi eq, %v2378, %v882 : i32
                %v2381 = arith.addi %v374, %v87 : i64
                llvm.store %v66, %v865 : f32, !llvm.ptr
                %v2382 = arith.addi %v136, %v2377 : i64
                %v2383 = arith.muli %v34, %v167 : i64
                %v2384 = arith.subi %v2382, %v136 : i64
                %v2385 = arith.addi %v2383, %v2384 : i64
                %v2386 = llvm.getelementptr %v61[%v2385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2387 = llvm.load %v2386 : !llvm.ptr -> f32
                %v2388 = arith.muli %v48, %v315 : i64
                %v2389 = arith.muli %v2382, %v314 : i64
                %v2390 = arith.addi %v2388, %v2389 : i64
                %v2391 = arith.muli %v46, %v313 : i64
                %v2392 = arith.addi %v2390, %v2391 : i64
                %v2393 = arith.muli %v44, %v2 : i64
                %v2394 = arith.addi %v2392, %v2393 : i64
                %v2395 = llvm.getelementptr %dy_o[%v2394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2396 = llvm.load %v2395 : !llvm.ptr -> f32
                %v2397 = arith.mulf %v2387, %v2396 fastmath<contract> : f32
                %v2398 = llvm.load %v50 : !llvm.ptr -> f32
                %v2399 = llvm.load %v52 : !llvm.ptr -> f32
                %v2400 = arith.mulf %v2399, %v2398 fastmath<contract> : f32
                %v2401 = arith.addf %v2397, %v2400 fastmath<contract> : f32
                llvm.store %v2401, %v50 : f32, !llvm.ptr
                %v2402 = arith.constant 8 : i64
                %v2403 = arith.addi %v2402, %v34 : i64
                %v2404 = arith.muli %v2403, %v167 : i64
                %v2405 = arith.subi %v2382, %v136 : i64
                %v2406 = arith.addi %v2404, %v2405 : i64
                %v2407 = llvm.getelementptr %v61[%v2406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2408 = llvm.load %v2407 : !llvm.ptr -> f32
                %v2409 = arith.mulf %v2408, %v2396 fastmath<contract> : f32
                %v2410 = llvm.load %v51 : !llvm.ptr -> f32
                %v2411 = llvm.load %v53 : !llvm.ptr -> f32
                %v2412 = arith.mulf %v2411, %v2410 fastmath<contract> : f32
                %v2413 = arith.addf %v2409, %v2412 fastmath<contract> : f32
                llvm.store %v2413, %v51 : f32, !llvm.ptr
                %v2414 = arith.mulf %v431, %v2396 fastmath<contract> : f32
                %v2415 = arith.mulf %v456, %v2396 fastmath<contract> : f32
                %v2416 = arith.muli %v48, %v315 : i64
                %v2417 = arith.muli %v2382, %v314 : i64
                %v2418 = arith.addi %v2416, %v2417 : i64
                %v2419 = arith.muli %v46, %v313 : i64
                %v2420 = arith.addi %v2418, %v2419 : i64
                %v2421 = arith.muli %v44, %v2 : i64
                %v2422 = arith.addi %v2420, %v2421 : i64
                %v2423 = llvm.getelementptr %in_v[%v2422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2424 = llvm.load %v2423 : !llvm.ptr -> f32
                %v2425 = llvm.load %v50 : !llvm.ptr -> f32
                %v2426 = arith.mulf %v2424, %v2425 fastmath<contract> : f32
                %v2427 = llvm.load %v51 : !llvm.ptr -> f32
                %v2428 = arith.mulf %v2424, %v2427 fastmath<contract> : f32
                %v2429 = arith.muli %v34, %v167 : i64
                %v2430 = arith.subi %v2382, %v136 : i64
                %v2431 = arith.addi %v2429, %v2430 : i64
                %v2432 = llvm.getelementptr %v65[%v2431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2433 = llvm.load %v2432 : !llvm.ptr -> f32
                %v2434 = arith.negf %v2433 : f32
                %v2435 = arith.mulf %v2434, %v299 fastmath<contract> : f32
                %v2436 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2435) : (f32) -> f32
                %v2437 = arith.addf %v67, %v2436 fastmath<contract> : f32
                %v2438 = arith.divf %v67, %v2437 : f32
                %v2439 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2438) : (f32) -> f32
                %v2440 = arith.mulf %v945, %v2439 fastmath<contract> : f32
                %v2441 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2440) : (f32) -> f32
                %v2442 = arith.mulf %v386, %v2425 fastmath<contract> : f32
                %v2443 = arith.mulf %v304, %v2442 fastmath<contract> : f32
                %v2444 = arith.mulf %v2441, %v2443 fastmath<contract> : f32
                %v2445 = arith.subf %v67, %v2438 fastmath<contract> : f32
                %v2446 = arith.mulf %v2438, %v2445 fastmath<contract> : f32
                %v2447 = arith.mulf %v2444, %v2446 fastmath<contract> : f32
                %v2448 = arith.constant 8 : i64
                %v2449 = arith.addi %v2448, %v34 : i64
                %v2450 = arith.muli %v2449, %v167 : i64
                %v2451 = arith.subi %v2382, %v136 : i64
                %v2452 = arith.addi %v2450, %v2451 : i64
                %v2453 = llvm.getelementptr %v65[%v2452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2454 = llvm.load %v2453 : !llvm.ptr -> f32
                %v2455 = arith.negf %v2454 : f32
                %v2456 = arith.mulf %v2455, %v299 fastmath<contract> : f32
                %v2457 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2456) : (f32) -> f32
                %v2458 = arith.addf %v67, %v2457 fastmath<contract> : f32
                %v2459 = arith.divf %v67, %v2458 : f32
                %v2460 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2459) : (f32) -> f32
                %v2461 = arith.mulf %v945, %v2460 fastmath<contract> : f32
                %v2462 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2461) : (f32) -> f32
                %v2463 = arith.mulf %v395, %v2427 fastmath<contract> : f32
                %v2464 = arith.mulf %v304, %v2463 fastmath<contract> : f32
                %v2465 = arith.mulf %v2462, %v2464 fastmath<contract> : f32
                %v2466 = arith.subf %v67, %v2459 fastmath<contract> : f32
                %v2467 = arith.mulf %v2459, %v2466 fastmath<contract> : f32
                %v2468 = arith.mulf %v2465, %v2467 fastmath<contract> : f32
                %v2469 = arith.select %v38, %v2414, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2470, %v2471 = gpu.shuffle xor %v2469, %v977, %v289 : f32
                %v2472 = arith.addf %v2469, %v2470 fastmath<contract> : f32
                %v2473, %v2474 = gpu.shuffle xor %v2472, %v981, %v289 : f32
                %v2475 = arith.addf %v2472, %v2473 fastmath<contract> : f32
                %v2476 = arith.divui %v24, %v26 : i64
                %v2477 = arith.remui %v24, %v26 : i64
                %v2478 = arith.cmpi ult, %v2477, %v33 : i64
                %v2479 = arith.addi %v12, %v34 : i64
                %v2480 = arith.muli %v2476, %v1 : i64
                %v2481 = arith.addi %v2480, %v2479 : i64
                %v2482 = arith.muli %v2481, %v991 : i64
                %v2483 = arith.addi %v2482, %v2381 : i64
                scf.if %v2478 {
                  %v2484 = llvm.getelementptr %v55[%v2483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2475, %v2484 : f32, !llvm.ptr
                }
                %v2485 = arith.select %v38, %v2415, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2486, %v2487 = gpu.shuffle xor %v2485, %v977, %v289 : f32
                %v2488 = arith.addf %v2485, %v2486 fastmath<contract> : f32
                %v2489, %v2490 = gpu.shuffle xor %v2488, %v981, %v289 : f32
                %v2491 = arith.addf %v2488, %v2489 fastmath<contract> : f32
                %v2492 = arith.divui %v24, %v26 : i64
                %v2493 = arith.remui %v24, %v26 : i64
                %v2494 = arith.cmpi ult, %v2493, %v33 : i64
                %v2495 = arith.addi %v33, %v34 : i64
                %v2496 = arith.muli %v2492, %v1 : i64
                %v2497 = arith.addi %v2496, %v2495 : i64
                %v2498 = arith.muli %v2497, %v991 : i64
                %v2499 = arith.addi %v2498, %v2381 : i64
                scf.if %v2494 {
                  %v2500 = llvm.getelementptr %v55[%v2499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2491, %v2500 : f32, !llvm.ptr
                }
                %v2501 = arith.select %v38, %v2426, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2502, %v2503 = gpu.shuffle xor %v2501, %v977, %v289 : f32
                %v2504 = arith.addf %v2501, %v2502 fastmath<contract> : f32
                %v2505, %v2506 = gpu.shuffle xor %v2504, %v981, %v289 : f32
                %v2507 = arith.addf %v2504, %v2505 fastmath<contract> : f32
                %v2508 = arith.divui %v24, %v26 : i64
                %v2509 = arith.remui %v24, %v26 : i64
                %v2510 = arith.cmpi ult, %v2509, %v33 : i64
                %v2511 = arith.addi %v12, %v34 : i64
                %v2512 = arith.muli %v2508, %v1 : i64
                %v2513 = arith.addi %v2512, %v2511 : i64
                %v2514 = arith.muli %v2513, %v991 : i64
                %v2515 = arith.addi %v2514, %v2381 : i64
                scf.if %v2510 {
                  %v2516 = llvm.getelementptr %v57[%v2515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2507, %v2516 : f32, !llvm.ptr
                }
                %v2517 = arith.select %v38, %v2428, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2518, %v2519 = gpu.shuffle xor %v2517, %v977, %v289 : f32
                %v2520 = arith.addf %v2517, %v2518 fastmath<contract> : f32
                %v2521, %v2522 = gpu.shuffle xor %v2520, %v981, %v289 : f32
                %v2523 = arith.addf %v2520, %v2521 fastmath<contract> : f32
                %v2524 = arith.divui %v24, %v26 : i64
                %v2525 = arith.remui %v24, %v26 : i64
                %v2526 = arith.cmpi ult, %v2525, %v33 : i64
                %v2527 = arith.addi %v33, %v34 : i64
                %v2528 = arith.muli %v2524, %v1 : i64
                %v2529 = arith.addi %v2528, %v2527 : i64
                %v2530 = arith.muli %v2529, %v991 : i64
                %v2531 = arith.addi %v2530, %v2381 : i64
                scf.if %v2526 {
                  %v2532 = llvm.getelementptr %v57[%v2531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2523, %v2532 : f32, !llvm.ptr
                }
                %v2533 = arith.select %v38, %v2447, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2534, %v2535 = gpu.shuffle xor %v2533, %v977, %v289 : f32
                %v2536 = arith.addf %v2533, %v2534 fastmath<contract> : f32
                %v2537, %v2538 = gpu.shuffle xor %v2536, %v981, %v289 : f32
                %v2539 = arith.addf %v2536, %v2537 fastmath<contract> : f32
                %v2540 = arith.divui %v24, %v26 : i64
                %v2541 = arith.remui %v24, %v26 : i64
                %v2542 = arith.cmpi ult, %v2541, %v33 : i64
                %v2543 = arith.addi %v12, %v34 : i64
                %v2544 = arith.muli %v2540, %v1 : i64
                %v2545 = arith.addi %v2544, %v2543 : i64
                %v2546 = arith.muli %v2545, %v991 : i64
                %v2547 = arith.addi %v2546, %v2381 : i64
                scf.if %v2542 {
                  %v2548 = llvm.getelementptr %v59[%v2547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2539, %v2548 : f32, !llvm.ptr
                }
                %v2549 = arith.select %v38, %v2468, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2550, %v2551 = gpu.shuffle xor %v2549, %v977, %v289 : f32
                %v2552 = arith.addf %v2549, %v2550 fastmath<contract> : f32
                %v2553, %v2554 = gpu.shuffle xor %v2552, %v981, %v289 : f32
                %v2555 = arith.addf %v2552, %v2553 fastmath<contract> : f32
                %v2556 = arith.divui %v24, %v26 : i64
                %v2557 = arith.remui %v24, %v26 : i64
                %v2558 = arith.cmpi ult, %v2557, %v33 : i64
                %v2559 = arith.addi %v33, %v34 : i64
                %v2560 = arith.muli %v2556, %v1 : i64
                %v2561 = arith.addi %v2560, %v2559 : i64
                %v2562 = arith.muli %v2561, %v991 : i64
                %v2563 = arith.addi %v2562, %v2381 : i64
                scf.if %v2558 {
                  %v2564 = llvm.getelementptr %v59[%v2563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2555, %v2564 : f32, !llvm.ptr
                }
                %v2565 = arith.muli %v34, %v167 : i64
                %v2566 = arith.subi %v2382, %v136 : i64
                %v2567 = arith.addi %v2565, %v2566 : i64
                %v2568 = llvm.getelementptr %v63[%v2567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2569 = llvm.load %v2568 : !llvm.ptr -> f32
                %v2570 = arith.mulf %v2569, %v2425 fastmath<contract> : f32
                %v2571 = arith.constant 8 : i64
                %v2572 = arith.addi %v2571, %v34 : i64
                %v2573 = arith.muli %v2572, %v167 : i64
                %v2574 = arith.subi %v2382, %v136 : i64
                %v2575 = arith.addi %v2573, %v2574 : i64
                %v2576 = llvm.getelementptr %v63[%v2575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2577 = llvm.load %v2576 : !llvm.ptr -> f32
                %v2578 = arith.mulf %v2577, %v2427 fastmath<contract> : f32
                %v2579 = arith.addf %v2570, %v2578 fastmath<contract> : f32
                llvm.store %v2579, %v865 : f32, !llvm.ptr
                %v2580 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2438) : (f32) -> f32
                %v2581 = arith.mulf %v304, %v2580 fastmath<contract> : f32
                %v2582 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2581) : (f32) -> f32
                llvm.store %v2582, %v52 : f32, !llvm.ptr
                %v2583 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2459) : (f32) -> f32
                %v2584 = arith.mulf %v304, %v2583 fastmath<contract> : f32
                %v2585 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2584) : (f32) -> f32
                llvm.store %v2585, %v53 : f32, !llvm.ptr
                %v2586 = llvm.load %v865 : !llvm.ptr -> f32
                %v2587 = arith.select %v868, %v2586, %v2376 : f32
                %v2588 = arith.select %v868, %v2376, %v2586 : f32
                %v2589, %v2590 = gpu.shuffle xor %v2587, %v1309, %v289 : f32
                %v2591 = arith.addf %v2588, %v2589 fastmath<contract> : f32
                %v2592 = arith.select %v871, %v2591, %v2167 : f32
                %v2593 = arith.select %v871, %v2167, %v2591 : f32
                %v2594, %v2595 = gpu.shuffle xor %v2592, %v1740, %v289 : f32
                %v2596 = arith.addf %v2593, %v2594 fastmath<contract> : f32
                %v2597 = arith.select %v874, %v2596, %v1743 : f32
                %v2598 = arith.select %v874, %v1743, %v2596 : f32
                %v2599, %v2600 = gpu.shuffle xor %v2597, %v1524, %v289 : f32
                %v2601 = arith.addf %v2598, %v2599 fastmath<contract> : f32
                %v2602 = arith.addi %v372, %v34 : i64
                %v2603 = arith.cmpi slt, %v2602, %v138 : i64
                %v2604 = arith.andi %v38, %v2603 : i1
                scf.if %v2604 {
                  %v2605 = arith.addi %v136, %v2602 : i64
                  // the gradients of this lane's own step
                  %v2606 = arith.muli %v48, %v315 : i64
                  %v2607 = arith.muli %v2605, %v314 : i64
                  %v2608 = arith.addi %v2606, %v2607 : i64
                  %v2609 = arith.muli %v46, %v313 : i64
                  %v2610 = arith.addi %v2608, %v2609 : i64
                  %v2611 = arith.muli %v44, %v2 : i64
                  %v2612 = arith.addi %v2610, %v2611 : i64
                  %v2613 = llvm.getelementptr %dx_v[%v2612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2601, %v2613 : f32, !llvm.ptr
                }
              } else {
                %v2614 = arith.subi %v138, %v2 : i64
                %v2615 = arith.muli %v371, %v5 : i64
                %v2616 = arith.subi %v5, %v2 : i64
                %v2617 = arith.minsi %v40, %v2616 : i64
                %v2618 = arith.addi %v2615, %v2617 : i64
                %v2619 = arith.muli %v2618, %v1 : i64
                %v2620 = arith.addi %v2619, %v12 : i64
                %v2621 = arith.addi %v2620, %v34 : i64
                %v2622 = llvm.getelementptr %scratch_S[%v2621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2623 = llvm.load %v2622 : !llvm.ptr -> f32
                %v2624 = arith.muli %v371, %v5 : i64
                %v2625 = arith.subi %v5, %v2 : i64
                %v2626 = arith.minsi %v40, %v2625 : i64
                %v2627 = arith.addi %v2624, %v2626 : i64
                %v2628 = arith.muli %v2627, %v1 : i64
                %v2629 = arith.addi %v2628, %v33 : i64
                %v2630 = arith.addi %v2629, %v34 : i64
                %v2631 = llvm.getelementptr %scratch_S[%v2630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2632 = llvm.load %v2631 : !llvm.ptr -> f32
                %v2633 = arith.addi %v372, %v34 : i64
                %v2634 = arith.minsi %v2633, %v2614 : i64
                %v2635 = arith.addi %v136, %v2634 : i64
                // the group's states, recomputed into registers
                %v2636 = arith.addi %v372, %v12 : i64
                %v2637 = arith.minsi %v2636, %v2614 : i64
                %v2638 = arith.addi %v136, %v2637 : i64
                %v2639 = arith.muli %v34, %v167 : i64
                %v2640 = arith.subi %v2638, %v136 : i64
                %v2641 = arith.addi %v2639, %v2640 : i64
                %v2642 = llvm.getelementptr %v65[%v2641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2643 = llvm.load %v2642 : !llvm.ptr -> f32
                %v2644 = arith.negf %v2643 : f32
                %v2645 = arith.mulf %v2644, %v299 fastmath<contract> : f32
                %v2646 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2645) : (f32) -> f32
                %v2647 = arith.addf %v67, %v2646 fastmath<contract> : f32
                %v2648 = arith.divf %v67, %v2647 : f32
                %v2649 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2648) : (f32) -> f32
                %v2650 = arith.mulf %v304, %v2649 fastmath<contract> : f32
                %v2651 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2650) : (f32) -> f32
                %v2652 = arith.muli %v34, %v167 : i64
                %v2653 = arith.subi %v2638, %v136 : i64
                %v2654 = arith.addi %v2652, %v2653 : i64
                %v2655 = llvm.getelementptr %v63[%v2654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2656 = llvm.load %v2655 : !llvm.ptr -> f32
                %v2657 = arith.muli %v48, %v315 : i64
                %v2658 = arith.muli %v2638, %v314 : i64
                %v2659 = arith.addi %v2657, %v2658 : i64
                %v2660 = arith.muli %v46, %v313 : i64
                %v2661 = arith.addi %v2659, %v2660 : i64
                %v2662 = arith.muli %v44, %v2 : i64
                %v2663 = arith.addi %v2661, %v2662 : i64
                %v2664 = llvm.getelementptr %in_v[%v2663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2665 = llvm.load %v2664 : !llvm.ptr -> f32
                %v2666 = arith.mulf %v2656, %v2665 fastmath<contract> : f32
                %v2667 = arith.mulf %v2651, %v2623 fastmath<contract> : f32
                %v2668 = arith.addf %v2667, %v2666 fastmath<contract> : f32
                %v2669 = arith.constant 8 : i64
                %v2670 = arith.addi %v2669, %v34 : i64
                %v2671 = arith.muli %v2670, %v167 : i64
                %v2672 = arith.subi %v2638, %v136 : i64
                %v2673 = arith.addi %v2671, %v2672 : i64
                %v2674 = llvm.getelementptr %v65[%v2673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2675 = llvm.load %v2674 : !llvm.ptr -> f32
                %v2676 = arith.negf %v2675 : f32
                %v2677 = arith.mulf %v2676, %v299 fastmath<contract> : f32
                %v2678 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2677) : (f32) -> f32
                %v2679 = arith.addf %v67, %v2678 fastmath<contract> : f32
                %v2680 = arith.divf %v67, %v2679 : f32
                %v2681 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2680) : (f32) -> f32
                %v2682 = arith.mulf %v304, %v2681 fastmath<contract> : f32
                %v2683 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2682) : (f32) -> f32
                %v2684 = arith.constant 8 : i64
                %v2685 = arith.addi %v2684, %v34 : i64
                %v2686 = arith.muli %v2685, %v167 : i64
                %v2687 = arith.subi %v2638, %v136 : i64
                %v2688 = arith.addi %v2686, %v2687 : i64
                %v2689 = llvm.getelementptr %v63[%v2688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2690 = llvm.load %v2689 : !llvm.ptr -> f32
                %v2691 = arith.mulf %v2690, %v2665 fastmath<contract> : f32
                %v2692 = arith.mulf %v2683, %v2632 fastmath<contract> : f32
                %v2693 = arith.addf %v2692, %v2691 fastmath<contract> : f32
                %v2694 = arith.addi %v372, %v2 : i64
                %v2695 = arith.minsi %v2694, %v2614 : i64
                %v2696 = arith.addi %v136, %v2695 : i64
                %v2697 = arith.muli %v34, %v167 : i64
                %v2698 = arith.subi %v2696, %v136 : i64
                %v2699 = arith.addi %v2697, %v2698 : i64
                %v2700 = llvm.getelementptr %v65[%v2699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2701 = llvm.load %v2700 : !llvm.ptr -> f32
                %v2702 = arith.negf %v2701 : f32
                %v2703 = arith.mulf %v2702, %v299 fastmath<contract> : f32
                %v2704 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2703) : (f32) -> f32
                %v2705 = arith.addf %v67, %v2704 fastmath<contract> : f32
                %v2706 = arith.divf %v67, %v2705 : f32
                %v2707 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2706) : (f32) -> f32
                %v2708 = arith.mulf %v304, %v2707 fastmath<contract> : f32
                %v2709 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2708) : (f32) -> f32
                %v2710 = arith.muli %v34, %v167 : i64
                %v2711 = arith.subi %v2696, %v136 : i64
                %v2712 = arith.addi %v2710, %v2711 : i64
                %v2713 = llvm.getelementptr %v63[%v2712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2714 = llvm.load %v2713 : !llvm.ptr -> f32
                %v2715 = arith.muli %v48, %v315 : i64
                %v2716 = arith.muli %v2696, %v314 : i64
                %v2717 = arith.addi %v2715, %v2716 : i64
                %v2718 = arith.muli %v46, %v313 : i64
                %v2719 = arith.addi %v2717, %v2718 : i64
                %v2720 = arith.muli %v44, %v2 : i64
                %v2721 = arith.addi %v2719, %v2720 : i64
                %v2722 = llvm.getelementptr %in_v[%v2721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2723 = llvm.load %v2722 : !llvm.ptr -> f32
                %v2724 = arith.mulf %v2714, %v2723 fastmath<contract> : f32
                %v2725 = arith.mulf %v2709, %v2668 fastmath<contract> : f32
                %v2726 = arith.addf %v2725, %v2724 fastmath<contract> : f32
                %v2727 = arith.constant 8 : i64
                %v2728 = arith.addi %v2727, %v34 : i64
                %v2729 = arith.muli %v2728, %v167 : i64
                %v2730 = arith.subi %v2696, %v136 : i64
                %v2731 = arith.addi %v2729, %v2730 : i64
                %v2732 = llvm.getelementptr %v65[%v2731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2733 = llvm.load %v2732 : !llvm.ptr -> f32
                %v2734 = arith.negf %v2733 : f32
                %v2735 = arith.mulf %v2734, %v299 fastmath<contract> : f32
                %v2736 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2735) : (f32) -> f32
                %v2737 = arith.addf %v67, %v2736 fastmath<contract> : f32
                %v2738 = arith.divf %v67, %v2737 : f32
                %v2739 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2738) : (f32) -> f32
                %v2740 = arith.mulf %v304, %v2739 fastmath<contract> : f32
                %v2741 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2740) : (f32) -> f32
                %v2742 = arith.constant 8 : i64
                %v2743 = arith.addi %v2742, %v34 : i64
                %v2744 = arith.muli %v2743, %v167 : i64
                %v2745 = arith.subi %v2696, %v136 : i64
                %v2746 = arith.addi %v2744, %v2745 : i64
                %v2747 = llvm.getelementptr %v63[%v2746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2748 = llvm.load %v2747 : !llvm.ptr -> f32
                %v2749 = arith.mulf %v2748, %v2723 fastmath<contract> : f32
                %v2750 = arith.mulf %v2741, %v2693 fastmath<contract> : f32
                %v2751 = arith.addf %v2750, %v2749 fastmath<contract> : f32
                %v2752 = arith.addi %v372, %v78 : i64
                %v2753 = arith.minsi %v2752, %v2614 : i64
                %v2754 = arith.addi %v136, %v2753 : i64
                %v2755 = arith.muli %v34, %v167 : i64
                %v2756 = arith.subi %v2754, %v136 : i64
                %v2757 = arith.addi %v2755, %v2756 : i64
                %v2758 = llvm.getelementptr %v65[%v2757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2759 = llvm.load %v2758 : !llvm.ptr -> f32
                %v2760 = arith.negf %v2759 : f32
                %v2761 = arith.mulf %v2760, %v299 fastmath<contract> : f32
                %v2762 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2761) : (f32) -> f32
                %v2763 = arith.addf %v67, %v2762 fastmath<contract> : f32
                %v2764 = arith.divf %v67, %v2763 : f32
                %v2765 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2764) : (f32) -> f32
                %v2766 = arith.mulf %v304, %v2765 fastmath<contract> : f32
                %v2767 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2766) : (f32) -> f32
                %v2768 = arith.muli %v34, %v167 : i64
                %v2769 = arith.subi %v2754, %v136 : i64
                %v2770 = arith.addi %v2768, %v2769 : i64
                %v2771 = llvm.getelementptr %v63[%v2770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2772 = llvm.load %v2771 : !llvm.ptr -> f32
                %v2773 = arith.muli %v48, %v315 : i64
                %v2774 = arith.muli %v2754, %v314 : i64
                %v2775 = arith.addi %v2773, %v2774 : i64
                %v2776 = arith.muli %v46, %v313 : i64
                %v2777 = arith.addi %v2775, %v2776 : i64
                %v2778 = arith.muli %v44, %v2 : i64
                %v2779 = arith.addi %v2777, %v2778 : i64
                %v2780 = llvm.getelementptr %in_v[%v2779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2781 = llvm.load %v2780 : !llvm.ptr -> f32
                %v2782 = arith.mulf %v2772, %v2781 fastmath<contract> : f32
                %v2783 = arith.mulf %v2767, %v2726 fastmath<contract> : f32
                %v2784 = arith.addf %v2783, %v2782 fastmath<contract> : f32
                %v2785 = arith.constant 8 : i64
                %v2786 = arith.addi %v2785, %v34 : i64
                %v2787 = arith.muli %v2786, %v167 : i64
                %v2788 = arith.subi %v2754, %v136 : i64
                %v2789 = arith.addi %v2787, %v2788 : i64
                %v2790 = llvm.getelementptr %v65[%v2789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2791 = llvm.load %v2790 : !llvm.ptr -> f32
                %v2792 = arith.negf %v2791 : f32
                %v2793 = arith.mulf %v2792, %v299 fastmath<contract> : f32
                %v2794 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2793) : (f32) -> f32
                %v2795 = arith.addf %v67, %v2794 fastmath<contract> : f32
                %v2796 = arith.divf %v67, %v2795 : f32
                %v2797 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2796) : (f32) -> f32
                %v2798 = arith.mulf %v304, %v2797 fastmath<contract> : f32
                %v2799 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2798) : (f32) -> f32
                %v2800 = arith.constant 8 : i64
                %v2801 = arith.addi %v2800, %v34 : i64
                %v2802 = arith.muli %v2801, %v167 : i64
                %v2803 = arith.subi %v2754, %v136 : i64
                %v2804 = arith.addi %v2802, %v2803 : i64
                %v2805 = llvm.getelementptr %v63[%v2804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2806 = llvm.load %v2805 : !llvm.ptr -> f32
                %v2807 = arith.mulf %v2806, %v2781 fastmath<contract> : f32
                %v2808 = arith.mulf %v2799, %v2751 fastmath<contract> : f32
                %v2809 = arith.addf %v2808, %v2807 fastmath<contract> : f32
                %v2810 = arith.addi %v372, %v82 : i64
                %v2811 = arith.minsi %v2810, %v2614 : i64
                %v2812 = arith.addi %v136, %v2811 : i64
                %v2813 = arith.muli %v34, %v167 : i64
                %v2814 = arith.subi %v2812, %v136 : i64
                %v2815 = arith.addi %v2813, %v2814 : i64
                %v2816 = llvm.getelementptr %v65[%v2815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2817 = llvm.load %v2816 : !llvm.ptr -> f32
                %v2818 = arith.negf %v2817 : f32
                %v2819 = arith.mulf %v2818, %v299 fastmath<contract> : f32
                %v2820 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2819) : (f32) -> f32
                %v2821 = arith.addf %v67, %v2820 fastmath<contract> : f32
                %v2822 = arith.divf %v67, %v2821 : f32
                %v2823 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2822) : (f32) -> f32
                %v2824 = arith.mulf %v304, %v2823 fastmath<contract> : f32
                %v2825 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2824) : (f32) -> f32
                %v2826 = arith.muli %v34, %v167 : i64
                %v2827 = arith.subi %v2812, %v136 : i64
                %v2828 = arith.addi %v2826, %v2827 : i64
                %v2829 = llvm.getelementptr %v63[%v2828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2830 = llvm.load %v2829 : !llvm.ptr -> f32
                %v2831 = arith.muli %v48, %v315 : i64
                %v2832 = arith.muli %v2812, %v314 : i64
                %v2833 = arith.addi %v2831, %v2832 : i64
                %v2834 = arith.muli %v46, %v313 : i64
                %v2835 = arith.addi %v2833, %v2834 : i64
                %v2836 = arith.muli %v44, %v2 : i64
                %v2837 = arith.addi %v2835, %v2836 : i64
                %v2838 = llvm.getelementptr %in_v[%v2837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2839 = llvm.load %v2838 : !llvm.ptr -> f32
                %v2840 = arith.mulf %v2830, %v2839 fastmath<contract> : f32
                %v2841 = arith.mulf %v2825, %v2784 fastmath<contract> : f32
                %v2842 = arith.addf %v2841, %v2840 fastmath<contract> : f32
                %v2843 = arith.constant 8 : i64
                %v2844 = arith.addi %v2843, %v34 : i64
                %v2845 = arith.muli %v2844, %v167 : i64
                %v2846 = arith.subi %v2812, %v136 : i64
                %v2847 = arith.addi %v2845, %v2846 : i64
                %v2848 = llvm.getelementptr %v65[%v2847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2849 = llvm.load %v2848 : !llvm.ptr -> f32
                %v2850 = arith.negf %v2849 : f32
                %v2851 = arith.mulf %v2850, %v299 fastmath<contract> : f32
                %v2852 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2851) : (f32) -> f32
                %v2853 = arith.addf %v67, %v2852 fastmath<contract> : f32
                %v2854 = arith.divf %v67, %v2853 : f32
                %v2855 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2854) : (f32) -> f32
                %v2856 = arith.mulf %v304, %v2855 fastmath<contract> : f32
                %v2857 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2856) : (f32) -> f32
                %v2858 = arith.constant 8 : i64
                %v2859 = arith.addi %v2858, %v34 : i64
                %v2860 = arith.muli %v2859, %v167 : i64
                %v2861 = arith.subi %v2812, %v136 : i64
                %v2862 = arith.addi %v2860, %v2861 : i64
                %v2863 = llvm.getelementptr %v63[%v2862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2864 = llvm.load %v2863 : !llvm.ptr -> f32
                %v2865 = arith.mulf %v2864, %v2839 fastmath<contract> : f32
                %v2866 = arith.mulf %v2857, %v2809 fastmath<contract> : f32
                %v2867 = arith.addf %v2866, %v2865 fastmath<contract> : f32
                %v2868 = arith.addi %v372, %v70 : i64
                %v2869 = arith.minsi %v2868, %v2614 : i64
                %v2870 = arith.addi %v136, %v2869 : i64
                %v2871 = arith.muli %v34, %v167 : i64
                %v2872 = arith.subi %v2870, %v136 : i64
                %v2873 = arith.addi %v2871, %v2872 : i64
                %v2874 = llvm.getelementptr %v65[%v2873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2875 = llvm.load %v2874 : !llvm.ptr -> f32
                %v2876 = arith.negf %v2875 : f32
                %v2877 = arith.mulf %v2876, %v299 fastmath<contract> : f32
                %v2878 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2877) : (f32) -> f32
                %v2879 = arith.addf %v67, %v2878 fastmath<contract> : f32
                %v2880 = arith.divf %v67, %v2879 : f32
                %v2881 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2880) : (f32) -> f32
                %v2882 = arith.mulf %v304, %v2881 fastmath<contract> : f32
                %v2883 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2882) : (f32) -> f32
                %v2884 = arith.muli %v34, %v167 : i64
                %v2885 = arith.subi %v2870, %v136 : i64
                %v2886 = arith.addi %v2884, %v2885 : i64
                %v2887 = llvm.getelementptr %v63[%v2886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2888 = llvm.load %v2887 : !llvm.ptr -> f32
                %v2889 = arith.muli %v48, %v315 : i64
                %v2890 = arith.muli %v2870, %v314 : i64
                %v2891 = arith.addi %v2889, %v2890 : i64
                %v2892 = arith.muli %v46, %v313 : i64
                %v2893 = arith.addi %v2891, %v2892 : i64
                %v2894 = arith.muli %v44, %v2 : i64
                %v2895 = arith.addi %v2893, %v2894 : i64
                %v2896 = llvm.getelementptr %in_v[%v2895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2897 = llvm.load %v2896 : !llvm.ptr -> f32
                %v2898 = arith.mulf %v2888, %v2897 fastmath<contract> : f32
                %v2899 = arith.mulf %v2883, %v2842 fastmath<contract> : f32
                %v2900 = arith.addf %v2899, %v2898 fastmath<contract> : f32
                %v2901 = arith.constant 8 : i64
                %v2902 = arith.addi %v2901, %v34 : i64
                %v2903 = arith.muli %v2902, %v167 : i64
                %v2904 = arith.subi %v2870, %v136 : i64
                %v2905 = arith.addi %v2903, %v2904 : i64
                %v2906 = llvm.getelementptr %v65[%v2905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2907 = llvm.load %v2906 : !llvm.ptr -> f32
                %v2908 = arith.negf %v2907 : f32
                %v2909 = arith.mulf %v2908, %v299 fastmath<contract> : f32
                %v2910 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2909) : (f32) -> f32
                %v2911 = arith.addf %v67, %v2910 fastmath<contract> : f32
                %v2912 = arith.divf %v67, %v2911 : f32
                %v2913 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2912) : (f32) -> f32
                %v2914 = arith.mulf %v304, %v2913 fastmath<contract> : f32
                %v2915 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2914) : (f32) -> f32
                %v2916 = arith.constant 8 : i64
                %v2917 = arith.addi %v2916, %v34 : i64
                %v2918 = arith.muli %v2917, %v167 : i64
                %v2919 = arith.subi %v2870, %v136 : i64
                %v2920 = arith.addi %v2918, %v2919 : i64
                %v2921 = llvm.getelementptr %v63[%v2920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2922 = llvm.load %v2921 : !llvm.ptr -> f32
                %v2923 = arith.mulf %v2922, %v2897 fastmath<contract> : f32
                %v2924 = arith.mulf %v2915, %v2867 fastmath<contract> : f32
                %v2925 = arith.addf %v2924, %v2923 fastmath<contract> : f32
                %v2926 = arith.addi %v372, %v689 : i64
                %v2927 = arith.minsi %v2926, %v2614 : i64
                %v2928 = arith.addi %v136, %v2927 : i64
                %v2929 = arith.muli %v34, %v167 : i64
                %v2930 = arith.subi %v2928, %v136 : i64
                %v2931 = arith.addi %v2929, %v2930 : i64
                %v2932 = llvm.getelementptr %v65[%v2931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2933 = llvm.load %v2932 : !llvm.ptr -> f32
                %v2934 = arith.negf %v2933 : f32
                %v2935 = arith.mulf %v2934, %v299 fastmath<contract> : f32
                %v2936 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2935) : (f32) -> f32
                %v2937 = arith.addf %v67, %v2936 fastmath<contract> : f32
                %v2938 = arith.divf %v67, %v2937 : f32
                %v2939 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2938) : (f32) -> f32
                %v2940 = arith.mulf %v304, %v2939 fastmath<contract> : f32
                %v2941 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2940) : (f32) -> f32
                %v2942 = arith.muli %v34, %v167 : i64
                %v2943 = arith.subi %v2928, %v136 : i64
                %v2944 = arith.addi %v2942, %v2943 : i64
                %v2945 = llvm.getelementptr %v63[%v2944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2946 = llvm.load %v2945 : !llvm.ptr -> f32
                %v2947 = arith.muli %v48, %v315 : i64
                %v2948 = arith.muli %v2928, %v314 : i64
                %v2949 = arith.addi %v2947, %v2948 : i64
                %v2950 = arith.muli %v46, %v313 : i64
                %v2951 = arith.addi %v2949, %v2950 : i64
                %v2952 = arith.muli %v44, %v2 : i64
                %v2953 = arith.addi %v2951, %v2952 : i64
                %v2954 = llvm.getelementptr %in_v[%v2953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2955 = llvm.load %v2954 : !llvm.ptr -> f32
                %v2956 = arith.mulf %v2946, %v2955 fastmath<contract> : f32
                %v2957 = arith.mulf %v2941, %v2900 fastmath<contract> : f32
                %v2958 = arith.addf %v2957, %v2956 fastmath<contract> : f32
                %v2959 = arith.constant 8 : i64
                %v2960 = arith.addi %v2959, %v34 : i64
                %v2961 = arith.muli %v2960, %v167 : i64
                %v2962 = arith.subi %v2928, %v136 : i64
                %v2963 = arith.addi %v2961, %v2962 : i64
                %v2964 = llvm.getelementptr %v65[%v2963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2965 = llvm.load %v2964 : !llvm.ptr -> f32
                %v2966 = arith.negf %v2965 : f32
                %v2967 = arith.mulf %v2966, %v299 fastmath<contract> : f32
                %v2968 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2967) : (f32) -> f32
                %v2969 = arith.addf %v67, %v2968 fastmath<contract> : f32
                %v2970 = arith.divf %v67, %v2969 : f32
                %v2971 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2970) : (f32) -> f32
                %v2972 = arith.mulf %v304, %v2971 fastmath<contract> : f32
                %v2973 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2972) : (f32) -> f32
                %v2974 = arith.constant 8 : i64
                %v2975 = arith.addi %v2974, %v34 : i64
                %v2976 = arith.muli %v2975, %v167 : i64
                %v2977 = arith.subi %v2928, %v136 : i64
                %v2978 = arith.addi %v2976, %v2977 : i64
                %v2979 = llvm.getelementptr %v63[%v2978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2980 = llvm.load %v2979 : !llvm.ptr -> f32
                %v2981 = arith.mulf %v2980, %v2955 fastmath<contract> : f32
                %v2982 = arith.mulf %v2973, %v2925 fastmath<contract> : f32
                %v2983 = arith.addf %v2982, %v2981 fastmath<contract> : f32
                %v2984 = arith.addi %v372, %v748 : i64
                %v2985 = arith.minsi %v2984, %v2614 : i64
                %v2986 = arith.addi %v136, %v2985 : i64
                %v2987 = arith.muli %v34, %v167 : i64
                %v2988 = arith.subi %v2986, %v136 : i64
                %v2989 = arith.addi %v2987, %v2988 : i64
                %v2990 = llvm.getelementptr %v65[%v2989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2991 = llvm.load %v2990 : !llvm.ptr -> f32
                %v2992 = arith.negf %v2991 : f32
                %v2993 = arith.mulf %v2992, %v299 fastmath<contract> : f32
                %v2994 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2993) : (f32) -> f32
                %v2995 = arith.addf %v67, %v2994 fastmath<contract> : f32
                %v2996 = arith.divf %v67, %v2995 : f32
                %v2997 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2996) : (f32) -> f32
                %v2998 = arith.mulf %v304, %v2997 fastmath<contract> : f32
                %v2999 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2998) : (f32) -> f32
                %v3000 = arith.muli %v34, %v167 : i64
                %v3001 = arith.subi %v2986, %v136 : i64
                %v3002 = arith.addi %v3000, %v3001 : i64
                %v3003 = llvm.getelementptr %v63[%v3002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3004 = llvm.load %v3003 : !llvm.ptr -> f32
                %v3005 = arith.muli %v48, %v315 : i64
                %v3006 = arith.muli %v2986, %v314 : i64
                %v3007 = arith.addi %v3005, %v3006 : i64
                %v3008 = arith.muli %v46, %v313 : i64
                %v3009 = arith.addi %v3007, %v3008 : i64
                %v3010 = arith.muli %v44, %v2 : i64
                %v3011 = arith.addi %v3009, %v3010 : i64
                %v3012 = llvm.getelementptr %in_v[%v3011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3013 = llvm.load %v3012 : !llvm.ptr -> f32
                %v3014 = arith.mulf %v3004, %v3013 fastmath<contract> : f32
                %v3015 = arith.mulf %v2999, %v2958 fastmath<contract> : f32
                %v3016 = arith.addf %v3015, %v3014 fastmath<contract> : f32
                %v3017 = arith.constant 8 : i64
                %v3018 = arith.addi %v3017, %v34 : i64
                %v3019 = arith.muli %v3018, %v167 : i64
                %v3020 = arith.subi %v2986, %v136 : i64
                %v3021 = arith.addi %v3019, %v3020 : i64
                %v3022 = llvm.getelementptr %v65[%v3021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3023 = llvm.load %v3022 : !llvm.ptr -> f32
                %v3024 = arith.negf %v3023 : f32
                %v3025 = arith.mulf %v3024, %v299 fastmath<contract> : f32
                %v3026 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3025) : (f32) -> f32
                %v3027 = arith.addf %v67, %v3026 fastmath<contract> : f32
                %v3028 = arith.divf %v67, %v3027 : f32
                %v3029 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3028) : (f32) -> f32
                %v3030 = arith.mulf %v304, %v3029 fastmath<contract> : f32
                %v3031 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3030) : (f32) -> f32
                %v3032 = arith.constant 8 : i64
                %v3033 = arith.addi %v3032, %v34 : i64
                %v3034 = arith.muli %v3033, %v167 : i64
                %v3035 = arith.subi %v2986, %v136 : i64
                %v3036 = arith.addi %v3034, %v3035 : i64
                %v3037 = llvm.getelementptr %v63[%v3036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3038 = llvm.load %v3037 : !llvm.ptr -> f32
                %v3039 = arith.mulf %v3038, %v3013 fastmath<contract> : f32
                %v3040 = arith.mulf %v3031, %v2983 fastmath<contract> : f32
                %v3041 = arith.addf %v3040, %v3039 fastmath<contract> : f32
                %v3042 = arith.addi %v372, %v87 : i64
                %v3043 = arith.minsi %v3042, %v2614 : i64
                %v3044 = arith.addi %v136, %v3043 : i64
                %v3045 = arith.muli %v34, %v167 : i64
                %v3046 = arith.subi %v3044, %v136 : i64
                %v3047 = arith.addi %v3045, %v3046 : i64
                %v3048 = llvm.getelementptr %v65[%v3047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3049 = llvm.load %v3048 : !llvm.ptr -> f32
                %v3050 = arith.negf %v3049 : f32
                %v3051 = arith.mulf %v3050, %v299 fastmath<contract> : f32
                %v3052 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3051) : (f32) -> f32
                %v3053 = arith.addf %v67, %v3052 fastmath<contract> : f32
                %v3054 = arith.divf %v67, %v3053 : f32
                %v3055 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3054) : (f32) -> f32
                %v3056 = arith.mulf %v304, %v3055 fastmath<contract> : f32
                %v3057 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3056) : (f32) -> f32
                %v3058 = arith.muli %v34, %v167 : i64
                %v3059 = arith.subi %v3044, %v136 : i64
                %v3060 = arith.addi %v3058, %v3059 : i64
                %v3061 = llvm.getelementptr %v63[%v3060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3062 = llvm.load %v3061 : !llvm.ptr -> f32
                %v3063 = arith.muli %v48, %v315 : i64
                %v3064 = arith.muli %v3044, %v314 : i64
                %v3065 = arith.addi %v3063, %v3064 : i64
                %v3066 = arith.muli %v46, %v313 : i64
                %v3067 = arith.addi %v3065, %v3066 : i64
                %v3068 = arith.muli %v44, %v2 : i64
                %v3069 = arith.addi %v3067, %v3068 : i64
                %v3070 = llvm.getelementptr %in_v[%v3069] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3071 = llvm.load %v3070 : !llvm.ptr -> f32
                %v3072 = arith.mulf %v3062, %v3071 fastmath<contract> : f32
                %v3073 = arith.mulf %v3057, %v3016 fastmath<contract> : f32
                %v3074 = arith.addf %v3073, %v3072 fastmath<contract> : f32
                %v3075 = arith.constant 8 : i64
                %v3076 = arith.addi %v3075, %v34 : i64
                %v3077 = arith.muli %v3076, %v167 : i64
                %v3078 = arith.subi %v3044, %v136 : i64
                %v3079 = arith.addi %v3077, %v3078 : i64
                %v3080 = llvm.getelementptr %v65[%v3079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3081 = llvm.load %v3080 : !llvm.ptr -> f32
                %v3082 = arith.negf %v3081 : f32
                %v3083 = arith.mulf %v3082, %v299 fastmath<contract> : f32
                %v3084 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3083) : (f32) -> f32
                %v3085 = arith.addf %v67, %v3084 fastmath<contract> : f32
                %v3086 = arith.divf %v67, %v3085 : f32
                %v3087 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3086) : (f32) -> f32
                %v3088 = arith.mulf %v304, %v3087 fastmath<contract> : f32
                %v3089 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3088) : (f32) -> f32
                %v3090 = arith.constant 8 : i64
                %v3091 = arith.addi %v3090, %v34 : i64
                %v3092 = arith.muli %v3091, %v167 : i64
                %v3093 = arith.subi %v3044, %v136 : i64
                %v3094 = arith.addi %v3092, %v3093 : i64
                %v3095 = llvm.getelementptr %v63[%v3094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3096 = llvm.load %v3095 : !llvm.ptr -> f32
                %v3097 = arith.mulf %v3096, %v3071 fastmath<contract> : f32
                %v3098 = arith.mulf %v3089, %v3041 fastmath<contract> : f32
                %v3099 = arith.addf %v3098, %v3097 fastmath<contract> : f32
                %v3101 = arith.shrui %v34, %v12 : i64
                %v3102 = arith.andi %v3101, %v2 : i64
                %v3103 = arith.cmpi ne, %v3102, %v12 : i64
                %v3104 = arith.shrui %v34, %v2 : i64
                %v3105 = arith.andi %v3104, %v2 : i64
                %v3106 = arith.cmpi ne, %v3105, %v12 : i64
                %v3107 = arith.shrui %v34, %v78 : i64
                %v3108 = arith.andi %v3107, %v2 : i64
                %v3109 = arith.cmpi ne, %v3108, %v12 : i64
                %v3110 = arith.subi %v138, %v372 : i64
                %v3111 = arith.trunci %v3110 : i64 to i32
                %v3112 = arith.subi %size_L, %v2 : i64
                %v3113 = arith.addi %v136, %v372 : i64
                %v3114 = arith.subi %v3112, %v3113 : i64
                %v3115 = arith.minsi %v3114, %v880 : i64
                %v3116 = arith.trunci %v3115 : i64 to i32
                %v3117 = arith.addi %v372, %v87 : i64
                %v3118 = arith.cmpi slt, %v884, %v3111 : i32
                %v3119 = arith.cmpi eq, %v884, %v3116 : i32
                %v3120 = arith.addi %v374, %v12 : i64
                llvm.store %v66, %v3100 : f32, !llvm.ptr
                scf.if %v3118 {
                  %v3121 = arith.addi %v136, %v3117 : i64
                  %v3122 = arith.muli %v34, %v167 : i64
                  %v3123 = arith.subi %v3121, %v136 : i64
                  %v3124 = arith.addi %v3122, %v3123 : i64
                  %v3125 = llvm.getelementptr %v61[%v3124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3126 = llvm.load %v3125 : !llvm.ptr -> f32
                  %v3127 = arith.muli %v48, %v315 : i64
                  %v3128 = arith.muli %v3121, %v314 : i64
                  %v3129 = arith.addi %v3127, %v3128 : i64
                  %v3130 = arith.muli %v46, %v313 : i64
                  %v3131 = arith.addi %v3129, %v3130 : i64
                  %v3132 = arith.muli %v44, %v2 : i64
                  %v3133 = arith.addi %v3131, %v3132 : i64
                  %v3134 = llvm.getelementptr %dy_o[%v3133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3135 = llvm.load %v3134 : !llvm.ptr -> f32
                  %v3136 = arith.mulf %v3126, %v3135 fastmath<contract> : f32
                  %v3137 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3138 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3139 = arith.mulf %v3138, %v3137 fastmath<contract> : f32
                  %v3140 = arith.addf %v3136, %v3139 fastmath<contract> : f32
                  llvm.store %v3140, %v50 : f32, !llvm.ptr
                  %v3141 = arith.constant 8 : i64
                  %v3142 = arith.addi %v3141, %v34 : i64
                  %v3143 = arith.muli %v3142, %v167 : i64
                  %v3144 = arith.subi %v3121, %v136 : i64
                  %v3145 = arith.addi %v3143, %v3144 : i64
                  %v3146 = llvm.getelementptr %v61[%v3145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3147 = llvm.load %v3146 : !llvm.ptr -> f32
                  %v3148 = arith.mulf %v3147, %v3135 fastmath<contract> : f32
                  %v3149 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3150 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3151 = arith.mulf %v3150, %v3149 fastmath<contract> : f32
                  %v3152 = arith.addf %v3148, %v3151 fastmath<contract> : f32
                  llvm.store %v3152, %v51 : f32, !llvm.ptr
                  %v3153 = arith.mulf %v3074, %v3135 fastmath<contract> : f32
                  %v3154 = arith.mulf %v3099, %v3135 fastmath<contract> : f32
                  %v3155 = arith.muli %v48, %v315 : i64
                  %v3156 = arith.muli %v3121, %v314 : i64
                  %v3157 = arith.addi %v3155, %v3156 : i64
                  %v3158 = arith.muli %v46, %v313 : i64
                  %v3159 = arith.addi %v3157, %v3158 : i64
                  %v3160 = arith.muli %v44, %v2 : i64
                  %v3161 = arith.addi %v3159, %v3160 : i64
                  %v3162 = llvm.getelementptr %in_v[%v3161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3163 = llvm.load %v3162 : !llvm.ptr -> f32
                  %v3164 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3165 = arith.mulf %v3163, %v3164 fastmath<contract> : f32
                  %v3166 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3167 = arith.mulf %v3163, %v3166 fastmath<contract> : f32
                  %v3168 = arith.muli %v34, %v167 : i64
                  %v3169 = arith.subi %v3121, %v136 : i64
                  %v3170 = arith.addi %v3168, %v3169 : i64
                  %v3171 = llvm.getelementptr %v65[%v3170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3172 = llvm.load %v3171 : !llvm.ptr -> f32
                  %v3173 = arith.negf %v3172 : f32
                  %v3174 = arith.mulf %v3173, %v299 fastmath<contract> : f32
                  %v3175 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3174) : (f32) -> f32
                  %v3176 = arith.addf %v67, %v3175 fastmath<contract> : f32
                  %v3177 = arith.divf %v67, %v3176 : f32
                  %v3178 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3177) : (f32) -> f32
                  %v3179 = arith.mulf %v945, %v3178 fastmath<contract> : f32
                  %v3180 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3179) : (f32) -> f32
                  %v3181 = arith.mulf %v3016, %v3164 fastmath<contract> : f32
                  %v3182 = arith.mulf %v304, %v3181 fastmath<contract> : f32
                  %v3183 = arith.mulf %v3180, %v3182 fastmath<contract> : f32
                  %v3184 = arith.subf %v67, %v3177 fastmath<contract> : f32
                  %v3185 = arith.mulf %v3177, %v3184 fastmath<contract> : f32
                  %v3186 = arith.mulf %v3183, %v3185 fastmath<contract> : f32
                  %v3187 = arith.constant 8 : i64
                  %v3188 = arith.addi %v3187, %v34 : i64
                  %v3189 = arith.muli %v3188, %v167 : i64
                  %v3190 = arith.subi %v3121, %v136 : i64
                  %v3191 = arith.addi %v3189, %v3190 : i64
                  %v3192 = llvm.getelementptr %v65[%v3191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3193 = llvm.load %v3192 : !llvm.ptr -> f32
                  %v3194 = arith.negf %v3193 : f32
                  %v3195 = arith.mulf %v3194, %v299 fastmath<contract> : f32
                  %v3196 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3195) : (f32) -> f32
                  %v3197 = arith.addf %v67, %v3196 fastmath<contract> : f32
                  %v3198 = arith.divf %v67, %v3197 : f32
                  %v3199 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3198) : (f32) -> f32
                  %v3200 = arith.mulf %v945, %v3199 fastmath<contract> : f32
                  %v3201 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3200) : (f32) -> f32
                  %v3202 = arith.mulf %v3041, %v3166 fastmath<contract> : f32
                  %v3203 = arith.mulf %v304, %v3202 fastmath<contract> : f32
                  %v3204 = arith.mulf %v3201, %v3203 fastmath<contract> : f32
                  %v3205 = arith.subf %v67, %v3198 fastmath<contract> : f32
                  %v3206 = arith.mulf %v3198, %v3205 fastmath<contract> : f32
                  %v3207 = arith.mulf %v3204, %v3206 fastmath<contract> : f32
                  %v3208 = arith.select %v38, %v3153, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3209, %v3210 = gpu.shuffle xor %v3208, %v977, %v289 : f32
                  %v3211 = arith.addf %v3208, %v3209 fastmath<contract> : f32
                  %v3212, %v3213 = gpu.shuffle xor %v3211, %v981, %v289 : f32
                  %v3214 = arith.addf %v3211, %v3212 fastmath<contract> : f32
                  %v3215 = arith.divui %v24, %v26 : i64
                  %v3216 = arith.remui %v24, %v26 : i64
                  %v3217 = arith.cmpi ult, %v3216, %v33 : i64
                  %v3218 = arith.addi %v12, %v34 : i64
                  %v3219 = arith.muli %v3215, %v1 : i64
                  %v3220 = arith.addi %v3219, %v3218 : i64
                  %v3221 = arith.muli %v3220, %v991 : i64
                  %v3222 = arith.addi %v3221, %v3120 : i64
                  scf.if %v3217 {
                    %v3223 = llvm.getelementptr %v55[%v3222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3214, %v3223 : f32, !llvm.ptr
                  }
                  %v3224 = arith.select %v38, %v3154, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3225, %v3226 = gpu.shuffle xor %v3224, %v977, %v289 : f32
                  %v3227 = arith.addf %v3224, %v3225 fastmath<contract> : f32
                  %v3228, %v3229 = gpu.shuffle xor %v3227, %v981, %v289 : f32
                  %v3230 = arith.addf %v3227, %v3228 fastmath<contract> : f32
                  %v3231 = arith.divui %v24, %v26 : i64
                  %v3232 = arith.remui %v24, %v26 : i64
                  %v3233 = arith.cmpi ult, %v3232, %v33 : i64
                  %v3234 = arith.addi %v33, %v34 : i64
                  %v3235 = arith.muli %v3231, %v1 : i64
                  %v3236 = arith.addi %v3235, %v3234 : i64
                  %v3237 = arith.muli %v3236, %v991 : i64
                  %v3238 = arith.addi %v3237, %v3120 : i64
                  scf.if %v3233 {
                    %v3239 = llvm.getelementptr %v55[%v3238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3230, %v3239 : f32, !llvm.ptr
                  }
                  %v3240 = arith.select %v38, %v3165, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3241, %v3242 = gpu.shuffle xor %v3240, %v977, %v289 : f32
                  %v3243 = arith.addf %v3240, %v3241 fastmath<contract> : f32
                  %v3244, %v3245 = gpu.shuffle xor %v3243, %v981, %v289 : f32
                  %v3246 = arith.addf %v3243, %v3244 fastmath<contract> : f32
                  %v3247 = arith.divui %v24, %v26 : i64
                  %v3248 = arith.remui %v24, %v26 : i64
                  %v3249 = arith.cmpi ult, %v3248, %v33 : i64
                  %v3250 = arith.addi %v12, %v34 : i64
                  %v3251 = arith.muli %v3247, %v1 : i64
                  %v3252 = arith.addi %v3251, %v3250 : i64
                  %v3253 = arith.muli %v3252, %v991 : i64
                  %v3254 = arith.addi %v3253, %v3120 : i64
                  scf.if %v3249 {
                    %v3255 = llvm.getelementptr %v57[%v3254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3246, %v3255 : f32, !llvm.ptr
                  }
                  %v3256 = arith.select %v38, %v3167, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3257, %v3258 = gpu.shuffle xor %v3256, %v977, %v289 : f32
                  %v3259 = arith.addf %v3256, %v3257 fastmath<contract> : f32
                  %v3260, %v3261 = gpu.shuffle xor %v3259, %v981, %v289 : f32
                  %v3262 = arith.addf %v3259, %v3260 fastmath<contract> : f32
                  %v3263 = arith.divui %v24, %v26 : i64
                  %v3264 = arith.remui %v24, %v26 : i64
                  %v3265 = arith.cmpi ult, %v3264, %v33 : i64
                  %v3266 = arith.addi %v33, %v34 : i64
                  %v3267 = arith.muli %v3263, %v1 : i64
                  %v3268 = arith.addi %v3267, %v3266 : i64
                  %v3269 = arith.muli %v3268, %v991 : i64
                  %v3270 = arith.addi %v3269, %v3120 : i64
                  scf.if %v3265 {
                    %v3271 = llvm.getelementptr %v57[%v3270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3262, %v3271 : f32, !llvm.ptr
                  }
                  %v3272 = arith.select %v38, %v3186, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3273, %v3274 = gpu.shuffle xor %v3272, %v977, %v289 : f32
                  %v3275 = arith.addf %v3272, %v3273 fastmath<contract> : f32
                  %v3276, %v3277 = gpu.shuffle xor %v3275, %v981, %v289 : f32
                  %v3278 = arith.addf %v3275, %v3276 fastmath<contract> : f32
                  %v3279 = arith.divui %v24, %v26 : i64
                  %v3280 = arith.remui %v24, %v26 : i64
                  %v3281 = arith.cmpi ult, %v3280, %v33 : i64
                  %v3282 = arith.addi %v12, %v34 : i64
                  %v3283 = arith.muli %v3279, %v1 : i64
                  %v3284 = arith.addi %v3283, %v3282 : i64
                  %v3285 = arith.muli %v3284, %v991 : i64
                  %v3286 = arith.addi %v3285, %v3120 : i64
                  scf.if %v3281 {
                    %v3287 = llvm.getelementptr %v59[%v3286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3278, %v3287 : f32, !llvm.ptr
                  }
                  %v3288 = arith.select %v38, %v3207, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3289, %v3290 = gpu.shuffle xor %v3288, %v977, %v289 : f32
                  %v3291 = arith.addf %v3288, %v3289 fastmath<contract> : f32
                  %v3292, %v3293 = gpu.shuffle xor %v3291, %v981, %v289 : f32
                  %v3294 = arith.addf %v3291, %v3292 fastmath<contract> : f32
                  %v3295 = arith.divui %v24, %v26 : i64
                  %v3296 = arith.remui %v24, %v26 : i64
                  %v3297 = arith.cmpi ult, %v3296, %v33 : i64
                  %v3298 = arith.addi %v33, %v34 : i64
                  %v3299 = arith.muli %v3295, %v1 : i64
                  %v3300 = arith.addi %v3299, %v3298 : i64
                  %v3301 = arith.muli %v3300, %v991 : i64
                  %v3302 = arith.addi %v3301, %v3120 : i64
                  scf.if %v3297 {
                    %v3303 = llvm.getelementptr %v59[%v3302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3294, %v3303 : f32, !llvm.ptr
                  }
                  %v3304 = arith.muli %v34, %v167 : i64
                  %v3305 = arith.subi %v3121, %v136 : i64
                  %v3306 = arith.addi %v3304, %v3305 : i64
                  %v3307 = llvm.getelementptr %v63[%v3306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3308 = llvm.load %v3307 : !llvm.ptr -> f32
                  %v3309 = arith.mulf %v3308, %v3164 fastmath<contract> : f32
                  %v3310 = arith.constant 8 : i64
                  %v3311 = arith.addi %v3310, %v34 : i64
                  %v3312 = arith.muli %v3311, %v167 : i64
                  %v3313 = arith.subi %v3121, %v136 : i64
                  %v3314 = arith.addi %v3312, %v3313 : i64
                  %v3315 = llvm.getelementptr %v63[%v3314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3316 = llvm.load %v3315 : !llvm.ptr -> f32
                  %v3317 = arith.mulf %v3316, %v3166 fastmath<contract> : f32
                  %v3318 = arith.addf %v3309, %v3317 fastmath<contract> : f32
                  llvm.store %v3318, %v3100 : f32, !llvm.ptr
                  %v3319 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3177) : (f32) -> f32
                  %v3320 = arith.mulf %v304, %v3319 fastmath<contract> : f32
                  %v3321 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3320) : (f32) -> f32
                  llvm.store %v3321, %v52 : f32, !llvm.ptr
                  %v3322 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3198) : (f32) -> f32
                  %v3323 = arith.mulf %v304, %v3322 fastmath<contract> : f32
                  %v3324 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3323) : (f32) -> f32
                  llvm.store %v3324, %v53 : f32, !llvm.ptr
                }
                %v3325 = llvm.load %v3100 : !llvm.ptr -> f32
                %v3326 = arith.addi %v372, %v748 : i64
                %v3327 = arith.cmpi slt, %v1098, %v3111 : i32
                %v3328 = arith.cmpi eq, %v1098, %v3116 : i32
                %v3329 = arith.addi %v374, %v2 : i64
                llvm.store %v66, %v3100 : f32, !llvm.ptr
                scf.if %v3327 {
                  %v3330 = arith.addi %v136, %v3326 : i64
                  %v3331 = arith.muli %v34, %v167 : i64
                  %v3332 = arith.subi %v3330, %v136 : i64
                  %v3333 = arith.addi %v3331, %v3332 : i64
                  %v3334 = llvm.getelementptr %v61[%v3333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3335 = llvm.load %v3334 : !llvm.ptr -> f32
                  %v3336 = arith.muli %v48, %v315 : i64
                  %v3337 = arith.muli %v3330, %v314 : i64
                  %v3338 = arith.addi %v3336, %v3337 : i64
                  %v3339 = arith.muli %v46, %v313 : i64
                  %v3340 = arith.addi %v3338, %v3339 : i64
                  %v3341 = arith.muli %v44, %v2 : i64
                  %v3342 = arith.addi %v3340, %v3341 : i64
                  %v3343 = llvm.getelementptr %dy_o[%v3342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3344 = llvm.load %v3343 : !llvm.ptr -> f32
                  %v3345 = arith.mulf %v3335, %v3344 fastmath<contract> : f32
                  %v3346 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3347 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3348 = arith.mulf %v3347, %v3346 fastmath<contract> : f32
                  %v3349 = arith.addf %v3345, %v3348 fastmath<contract> : f32
                  llvm.store %v3349, %v50 : f32, !llvm.ptr
                  %v3350 = arith.constant 8 : i64
                  %v3351 = arith.addi %v3350, %v34 : i64
                  %v3352 = arith.muli %v3351, %v167 : i64
                  %v3353 = arith.subi %v3330, %v136 : i64
                  %v3354 = arith.addi %v3352, %v3353 : i64
                  %v3355 = llvm.getelementptr %v61[%v3354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3356 = llvm.load %v3355 : !llvm.ptr -> f32
                  %v3357 = arith.mulf %v3356, %v3344 fastmath<contract> : f32
                  %v3358 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3359 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3360 = arith.mulf %v3359, %v3358 fastmath<contract> : f32
                  %v3361 = arith.addf %v3357, %v3360 fastmath<contract> : f32
                  llvm.store %v3361, %v51 : f32, !llvm.ptr
                  %v3362 = arith.mulf %v3016, %v3344 fastmath<contract> : f32
                  %v3363 = arith.mulf %v3041, %v3344 fastmath<contract> : f32
                  %v3364 = arith.muli %v48, %v315 : i64
                  %v3365 = arith.muli %v3330, %v314 : i64
                  %v3366 = arith.addi %v3364, %v3365 : i64
                  %v3367 = arith.muli %v46, %v313 : i64
                  %v3368 = arith.addi %v3366, %v3367 : i64
                  %v3369 = arith.muli %v44, %v2 : i64
                  %v3370 = arith.addi %v3368, %v3369 : i64
                  %v3371 = llvm.getelementptr %in_v[%v3370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3372 = llvm.load %v3371 : !llvm.ptr -> f32
                  %v3373 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3374 = arith.mulf %v3372, %v3373 fastmath<contract> : f32
                  %v3375 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3376 = arith.mulf %v3372, %v3375 fastmath<contract> : f32
                  %v3377 = arith.muli %v34, %v167 : i64
                  %v3378 = arith.subi %v3330, %v136 : i64
                  %v3379 = arith.addi %v3377, %v3378 : i64
                  %v3380 = llvm.getelementptr %v65[%v3379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3381 = llvm.load %v3380 : !llvm.ptr -> f32
                  %v3382 = arith.negf %v3381 : f32
                  %v3383 = arith.mulf %v3382, %v299 fastmath<contract> : f32
                  %v3384 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3383) : (f32) -> f32
                  %v3385 = arith.addf %v67, %v3384 fastmath<contract> : f32
                  %v3386 = arith.divf %v67, %v3385 : f32
                  %v3387 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3386) : (f32) -> f32
                  %v3388 = arith.mulf %v945, %v3387 fastmath<contract> : f32
                  %v3389 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3388) : (f32) -> f32
                  %v3390 = arith.mulf %v2958, %v3373 fastmath<contract> : f32
                  %v3391 = arith.mulf %v304, %v3390 fastmath<contract> : f32
                  %v3392 = arith.mulf %v3389, %v3391 fastmath<contract> : f32
                  %v3393 = arith.subf %v67, %v3386 fastmath<contract> : f32
                  %v3394 = arith.mulf %v3386, %v3393 fastmath<contract> : f32
                  %v3395 = arith.mulf %v3392, %v3394 fastmath<contract> : f32
                  %v3396 = arith.constant 8 : i64
                  %v3397 = arith.addi %v3396, %v34 : i64
                  %v3398 = arith.muli %v3397, %v167 : i64
                  %v3399 = arith.subi %v3330, %v136 : i64
                  %v3400 = arith.addi %v3398, %v3399 : i64
                  %v3401 = llvm.getelementptr %v65[%v3400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3402 = llvm.load %v3401 : !llvm.ptr -> f32
                  %v3403 = arith.negf %v3402 : f32
                  %v3404 = arith.mulf %v3403, %v299 fastmath<contract> : f32
                  %v3405 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3404) : (f32) -> f32
                  %v3406 = arith.addf %v67, %v3405 fastmath<contract> : f32
                  %v3407 = arith.divf %v67, %v3406 : f32
                  %v3408 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3407) : (f32) -> f32
                  %v3409 = arith.mulf %v945, %v3408 fastmath<contract> : f32
                  %v3410 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3409) : (f32) -> f32
                  %v3411 = arith.mulf %v2983, %v3375 fastmath<contract> : f32
                  %v3412 = arith.mulf %v304, %v3411 fastmath<contract> : f32
                  %v3413 = arith.mulf %v3410, %v3412 fastmath<contract> : f32
                  %v3414 = arith.subf %v67, %v3407 fastmath<contract> : f32
                  %v3415 = arith.mulf %v3407, %v3414 fastmath<contract> : f32
                  %v3416 = arith.mulf %v3413, %v3415 fastmath<contract> : f32
                  %v3417 = arith.select %v38, %v3362, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3418, %v3419 = gpu.shuffle xor %v3417, %v977, %v289 : f32
                  %v3420 = arith.addf %v3417, %v3418 fastmath<contract> : f32
                  %v3421, %v3422 = gpu.shuffle xor %v3420, %v981, %v289 : f32
                  %v3423 = arith.addf %v3420, %v3421 fastmath<contract> : f32
                  %v3424 = arith.divui %v24, %v26 : i64
                  %v3425 = arith.remui %v24, %v26 : i64
                  %v3426 = arith.cmpi ult, %v3425, %v33 : i64
                  %v3427 = arith.addi %v12, %v34 : i64
                  %v3428 = arith.muli %v3424, %v1 : i64
                  %v3429 = arith.addi %v3428, %v3427 : i64
                  %v3430 = arith.muli %v3429, %v991 : i64
                  %v3431 = arith.addi %v3430, %v3329 : i64
                  scf.if %v3426 {
                    %v3432 = llvm.getelementptr %v55[%v3431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3423, %v3432 : f32, !llvm.ptr
                  }
                  %v3433 = arith.select %v38, %v3363, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3434, %v3435 = gpu.shuffle xor %v3433, %v977, %v289 : f32
                  %v3436 = arith.addf %v3433, %v3434 fastmath<contract> : f32
                  %v3437, %v3438 = gpu.shuffle xor %v3436, %v981, %v289 : f32
                  %v3439 = arith.addf %v3436, %v3437 fastmath<contract> : f32
                  %v3440 = arith.divui %v24, %v26 : i64
                  %v3441 = arith.remui %v24, %v26 : i64
                  %v3442 = arith.cmpi ult, %v3441, %v33 : i64
                  %v3443 = arith.addi %v33, %v34 : i64
                  %v3444 = arith.muli %v3440, %v1 : i64
                  %v3445 = arith.addi %v3444, %v3443 : i64
                  %v3446 = arith.muli %v3445, %v991 : i64
                  %v3447 = arith.addi %v3446, %v3329 : i64
                  scf.if %v3442 {
                    %v3448 = llvm.getelementptr %v55[%v3447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3439, %v3448 : f32, !llvm.ptr
                  }
                  %v3449 = arith.select %v38, %v3374, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3450, %v3451 = gpu.shuffle xor %v3449, %v977, %v289 : f32
                  %v3452 = arith.addf %v3449, %v3450 fastmath<contract> : f32
                  %v3453, %v3454 = gpu.shuffle xor %v3452, %v981, %v289 : f32
                  %v3455 = arith.addf %v3452, %v3453 fastmath<contract> : f32
                  %v3456 = arith.divui %v24, %v26 : i64
                  %v3457 = arith.remui %v24, %v26 : i64
                  %v3458 = arith.cmpi ult, %v3457, %v33 : i64
                  %v3459 = arith.addi %v12, %v34 : i64
                  %v3460 = arith.muli %v3456, %v1 : i64
                  %v3461 = arith.addi %v3460, %v3459 : i64
                  %v3462 = arith.muli %v3461, %v991 : i64
                  %v3463 = arith.addi %v3462, %v3329 : i64
                  scf.if %v3458 {
                    %v3464 = llvm.getelementptr %v57[%v3463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3455, %v3464 : f32, !llvm.ptr
                  }
                  %v3465 = arith.select %v38, %v3376, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3466, %v3467 = gpu.shuffle xor %v3465, %v977, %v289 : f32
                  %v3468 = arith.addf %v3465, %v3466 fastmath<contract> : f32
                  %v3469, %v3470 = gpu.shuffle xor %v3468, %v981, %v289 : f32
                  %v3471 = arith.addf %v3468, %v3469 fastmath<contract> : f32
                  %v3472 = arith.divui %v24, %v26 : i64
                  %v3473 = arith.remui %v24, %v26 : i64
                  %v3474 = arith.cmpi ult, %v3473, %v33 : i64
                  %v3475 = arith.addi %v33, %v34 : i64
                  %v3476 = arith.muli %v3472, %v1 : i64
                  %v3477 = arith.addi %v3476, %v3475 : i64
                  %v3478 = arith.muli %v3477, %v991 : i64
                  %v3479 = arith.addi %v3478, %v3329 : i64
                  scf.if %v3474 {
                    %v3480 = llvm.getelementptr %v57[%v3479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3471, %v3480 : f32, !llvm.ptr
                  }
                  %v3481 = arith.select %v38, %v3395, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3482, %v3483 = gpu.shuffle xor %v3481, %v977, %v289 : f32
                  %v3484 = arith.addf %v3481, %v3482 fastmath<contract> : f32
                  %v3485, %v3486 = gpu.shuffle xor %v3484, %v981, %v289 : f32
                  %v3487 = arith.addf %v3484, %v3485 fastmath<contract> : f32
                  %v3488 = arith.divui %v24, %v26 : i64
                  %v3489 = arith.remui %v24, %v26 : i64
                  %v3490 = arith.cmpi ult, %v3489, %v33 : i64
                  %v3491 = arith.addi %v12, %v34 : i64
                  %v3492 = arith.muli %v3488, %v1 : i64
                  %v3493 = arith.addi %v3492, %v3491 : i64
                  %v3494 = arith.muli %v3493, %v991 : i64
                  %v3495 = arith.addi %v3494, %v3329 : i64
                  scf.if %v3490 {
                    %v3496 = llvm.getelementptr %v59[%v3495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3487, %v3496 : f32, !llvm.ptr
                  }
                  %v3497 = arith.select %v38, %v3416, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3498, %v3499 = gpu.shuffle xor %v3497, %v977, %v289 : f32
                  %v3500 = arith.addf %v3497, %v3498 fastmath<contract> : f32
                  %v3501, %v3502 = gpu.shuffle xor %v3500, %v981, %v289 : f32
                  %v3503 = arith.addf %v3500, %v3501 fastmath<contract> : f32
                  %v3504 = arith.divui %v24, %v26 : i64
                  %v3505 = arith.remui %v24, %v26 : i64
                  %v3506 = arith.cmpi ult, %v3505, %v33 : i64
                  %v3507 = arith.addi %v33, %v34 : i64
                  %v3508 = arith.muli %v3504, %v1 : i64
                  %v3509 = arith.addi %v3508, %v3507 : i64
                  %v3510 = arith.muli %v3509, %v991 : i64
                  %v3511 = arith.addi %v3510, %v3329 : i64
                  scf.if %v3506 {
                    %v3512 = llvm.getelementptr %v59[%v3511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3503, %v3512 : f32, !llvm.ptr
                  }
                  %v3513 = arith.muli %v34, %v167 : i64
                  %v3514 = arith.subi %v3330, %v136 : i64
                  %v3515 = arith.addi %v3513, %v3514 : i64
                  %v3516 = llvm.getelementptr %v63[%v3515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3517 = llvm.load %v3516 : !llvm.ptr -> f32
                  %v3518 = arith.mulf %v3517, %v3373 fastmath<contract> : f32
                  %v3519 = arith.constant 8 : i64
                  %v3520 = arith.addi %v3519, %v34 : i64
                  %v3521 = arith.muli %v3520, %v167 : i64
                  %v3522 = arith.subi %v3330, %v136 : i64
                  %v3523 = arith.addi %v3521, %v3522 : i64
                  %v3524 = llvm.getelementptr %v63[%v3523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3525 = llvm.load %v3524 : !llvm.ptr -> f32
                  %v3526 = arith.mulf %v3525, %v3375 fastmath<contract> : f32
                  %v3527 = arith.addf %v3518, %v3526 fastmath<contract> : f32
                  llvm.store %v3527, %v3100 : f32, !llvm.ptr
                  %v3528 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3386) : (f32) -> f32
                  %v3529 = arith.mulf %v304, %v3528 fastmath<contract> : f32
                  %v3530 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3529) : (f32) -> f32
                  llvm.store %v3530, %v52 : f32, !llvm.ptr
                  %v3531 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3407) : (f32) -> f32
                  %v3532 = arith.mulf %v304, %v3531 fastmath<contract> : f32
                  %v3533 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3532) : (f32) -> f32
                  llvm.store %v3533, %v53 : f32, !llvm.ptr
                }
                %v3534 = llvm.load %v3100 : !llvm.ptr -> f32
                %v3535 = arith.select %v3103, %v3534, %v3325 : f32
                %v3536 = arith.select %v3103, %v3325, %v3534 : f32
                %v3537, %v3538 = gpu.shuffle xor %v3535, %v1309, %v289 : f32
                %v3539 = arith.addf %v3536, %v3537 fastmath<contract> : f32
                %v3540 = arith.addi %v372, %v689 : i64
                %v3541 = arith.cmpi slt, %v1314, %v3111 : i32
                %v3542 = arith.cmpi eq, %v1314, %v3116 : i32
                %v3543 = arith.addi %v374, %v78 : i64
                llvm.store %v66, %v3100 : f32, !llvm.ptr
                scf.if %v3541 {
                  %v3544 = arith.addi %v136, %v3540 : i64
                  %v3545 = arith.muli %v34, %v167 : i64
                  %v3546 = arith.subi %v3544, %v136 : i64
                  %v3547 = arith.addi %v3545, %v3546 : i64
                  %v3548 = llvm.getelementptr %v61[%v3547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3549 = llvm.load %v3548 : !llvm.ptr -> f32
                  %v3550 = arith.muli %v48, %v315 : i64
                  %v3551 = arith.muli %v3544, %v314 : i64
                  %v3552 = arith.addi %v3550, %v3551 : i64
                  %v3553 = arith.muli %v46, %v313 : i64
                  %v3554 = arith.addi %v3552, %v3553 : i64
                  %v3555 = arith.muli %v44, %v2 : i64
                  %v3556 = arith.addi %v3554, %v3555 : i64
                  %v3557 = llvm.getelementptr %dy_o[%v3556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3558 = llvm.load %v3557 : !llvm.ptr -> f32
                  %v3559 = arith.mulf %v3549, %v3558 fastmath<contract> : f32
                  %v3560 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3561 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3562 = arith.mulf %v3561, %v3560 fastmath<contract> : f32
                  %v3563 = arith.addf %v3559, %v3562 fastmath<contract> : f32
                  llvm.store %v3563, %v50 : f32, !llvm.ptr
                  %v3564 = arith.constant 8 : i64
                  %v3565 = arith.addi %v3564, %v34 : i64
                  %v3566 = arith.muli %v3565, %v167 : i64
                  %v3567 = arith.subi %v3544, %v136 : i64
                  %v3568 = arith.addi %v3566, %v3567 : i64
                  %v3569 = llvm.getelementptr %v61[%v3568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3570 = llvm.load %v3569 : !llvm.ptr -> f32
                  %v3571 = arith.mulf %v3570, %v3558 fastmath<contract> : f32
                  %v3572 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3573 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3574 = arith.mulf %v3573, %v3572 fastmath<contract> : f32
                  %v3575 = arith.addf %v3571, %v3574 fastmath<contract> : f32
                  llvm.store %v3575, %v51 : f32, !llvm.ptr
                  %v3576 = arith.mulf %v2958, %v3558 fastmath<contract> : f32
                  %v3577 = arith.mulf %v2983, %v3558 fastmath<contract> : f32
                  %v3578 = arith.muli %v48, %v315 : i64
                  %v3579 = arith.muli %v3544, %v314 : i64
                  %v3580 = arith.addi %v3578, %v3579 : i64
                  %v3581 = arith.muli %v46, %v313 : i64
                  %v3582 = arith.addi %v3580, %v3581 : i64
                  %v3583 = arith.muli %v44, %v2 : i64
                  %v3584 = arith.addi %v3582, %v3583 : i64
                  %v3585 = llvm.getelementptr %in_v[%v3584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3586 = llvm.load %v3585 : !llvm.ptr -> f32
                  %v3587 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3588 = arith.mulf %v3586, %v3587 fastmath<contract> : f32
                  %v3589 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3590 = arith.mulf %v3586, %v3589 fastmath<contract> : f32
                  %v3591 = arith.muli %v34, %v167 : i64
                  %v3592 = arith.subi %v3544, %v136 : i64
                  %v3593 = arith.addi %v3591, %v3592 : i64
                  %v3594 = llvm.getelementptr %v65[%v3593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3595 = llvm.load %v3594 : !llvm.ptr -> f32
                  %v3596 = arith.negf %v3595 : f32
                  %v3597 = arith.mulf %v3596, %v299 fastmath<contract> : f32
                  %v3598 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3597) : (f32) -> f32
                  %v3599 = arith.addf %v67, %v3598 fastmath<contract> : f32
                  %v3600 = arith.divf %v67, %v3599 : f32
                  %v3601 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3600) : (f32) -> f32
                  %v3602 = arith.mulf %v945, %v3601 fastmath<contract> : f32
                  %v3603 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3602) : (f32) -> f32
                  %v3604 = arith.mulf %v2900, %v3587 fastmath<contract> : f32
                  %v3605 = arith.mulf %v304, %v3604 fastmath<contract> : f32
                  %v3606 = arith.mulf %v3603, %v3605 fastmath<contract> : f32
                  %v3607 = arith.subf %v67, %v3600 fastmath<contract> : f32
                  %v3608 = arith.mulf %v3600, %v3607 fastmath<contract> : f32
                  %v3609 = arith.mulf %v3606, %v3608 fastmath<contract> : f32
                  %v3610 = arith.constant 8 : i64
                  %v3611 = arith.addi %v3610, %v34 : i64
                  %v3612 = arith.muli %v3611, %v167 : i64
                  %v3613 = arith.subi %v3544, %v136 : i64
                  %v3614 = arith.addi %v3612, %v3613 : i64
                  %v3615 = llvm.getelementptr %v65[%v3614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3616 = llvm.load %v3615 : !llvm.ptr -> f32
                  %v3617 = arith.negf %v3616 : f32
                  %v3618 = arith.mulf %v3617, %v299 fastmath<contract> : f32
                  %v3619 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3618) : (f32) -> f32
                  %v3620 = arith.addf %v67, %v3619 fastmath<contract> : f32
                  %v3621 = arith.divf %v67, %v3620 : f32
                  %v3622 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3621) : (f32) -> f32
                  %v3623 = arith.mulf %v945, %v3622 fastmath<contract> : f32
                  %v3624 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3623) : (f32) -> f32
                  %v3625 = arith.mulf %v2925, %v3589 fastmath<contract> : f32
                  %v3626 = arith.mulf %v304, %v3625 fastmath<contract> : f32
                  %v3627 = arith.mulf %v3624, %v3626 fastmath<contract> : f32
                  %v3628 = arith.subf %v67, %v3621 fastmath<contract> : f32
                  %v3629 = arith.mulf %v3621, %v3628 fastmath<contract> : f32
                  %v3630 = arith.mulf %v3627, %v3629 fastmath<contract> : f32
                  %v3631 = arith.select %v38, %v3576, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3632, %v3633 = gpu.shuffle xor %v3631, %v977, %v289 : f32
                  %v3634 = arith.addf %v3631, %v3632 fastmath<contract> : f32
                  %v3635, %v3636 = gpu.shuffle xor %v3634, %v981, %v289 : f32
                  %v3637 = arith.addf %v3634, %v3635 fastmath<contract> : f32
                  %v3638 = arith.divui %v24, %v26 : i64
                  %v3639 = arith.remui %v24, %v26 : i64
                  %v3640 = arith.cmpi ult, %v3639, %v33 : i64
                  %v3641 = arith.addi %v12, %v34 : i64
                  %v3642 = arith.muli %v3638, %v1 : i64
                  %v3643 = arith.addi %v3642, %v3641 : i64
                  %v3644 = arith.muli %v3643, %v991 : i64
                  %v3645 = arith.addi %v3644, %v3543 : i64
                  scf.if %v3640 {
                    %v3646 = llvm.getelementptr %v55[%v3645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3637, %v3646 : f32, !llvm.ptr
                  }
                  %v3647 = arith.select %v38, %v3577, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3648, %v3649 = gpu.shuffle xor %v3647, %v977, %v289 : f32
                  %v3650 = arith.addf %v3647, %v3648 fastmath<contract> : f32
                  %v3651, %v3652 = gpu.shuffle xor %v3650, %v981, %v289 : f32
                  %v3653 = arith.addf %v3650, %v3651 fastmath<contract> : f32
                  %v3654 = arith.divui %v24, %v26 : i64
                  %v3655 = arith.remui %v24, %v26 : i64
                  %v3656 = arith.cmpi ult, %v3655, %v33 : i64
                  %v3657 = arith.addi %v33, %v34 : i64
                  %v3658 = arith.muli %v3654, %v1 : i64
                  %v3659 = arith.addi %v3658, %v3657 : i64
                  %v3660 = arith.muli %v3659, %v991 : i64
                  %v3661 = arith.addi %v3660, %v3543 : i64
                  scf.if %v3656 {
                    %v3662 = llvm.getelementptr %v55[%v3661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3653, %v3662 : f32, !llvm.ptr
                  }
                  %v3663 = arith.select %v38, %v3588, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3664, %v3665 = gpu.shuffle xor %v3663, %v977, %v289 : f32
                  %v3666 = arith.addf %v3663, %v3664 fastmath<contract> : f32
                  %v3667, %v3668 = gpu.shuffle xor %v3666, %v981, %v289 : f32
                  %v3669 = arith.addf %v3666, %v3667 fastmath<contract> : f32
                  %v3670 = arith.divui %v24, %v26 : i64
                  %v3671 = arith.remui %v24, %v26 : i64
                  %v3672 = arith.cmpi ult, %v3671, %v33 : i64
                  %v3673 = arith.addi %v12, %v34 : i64
                  %v3674 = arith.muli %v3670, %v1 : i64
                  %v3675 = arith.addi %v3674, %v3673 : i64
                  %v3676 = arith.muli %v3675, %v991 : i64
                  %v3677 = arith.addi %v3676, %v3543 : i64
                  scf.if %v3672 {
                    %v3678 = llvm.getelementptr %v57[%v3677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3669, %v3678 : f32, !llvm.ptr
                  }
                  %v3679 = arith.select %v38, %v3590, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3680, %v3681 = gpu.shuffle xor %v3679, %v977, %v289 : f32
                  %v3682 = arith.addf %v3679, %v3680 fastmath<contract> : f32
                  %v3683, %v3684 = gpu.shuffle xor %v3682, %v981, %v289 : f32
                  %v3685 = arith.addf %v3682, %v3683 fastmath<contract> : f32
                  %v3686 = arith.divui %v24, %v26 : i64
                  %v3687 = arith.remui %v24, %v26 : i64
                  %v3688 = arith.cmpi ult, %v3687, %v33 : i64
                  %v3689 = arith.addi %v33, %v34 : i64
                  %v3690 = arith.muli %v3686, %v1 : i64
                  %v3691 = arith.addi %v3690, %v3689 : i64
                  %v3692 = arith.muli %v3691, %v991 : i64
                  %v3693 = arith.addi %v3692, %v3543 : i64
                  scf.if %v3688 {
                    %v3694 = llvm.getelementptr %v57[%v3693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3685, %v3694 : f32, !llvm.ptr
                  }
                  %v3695 = arith.select %v38, %v3609, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3696, %v3697 = gpu.shuffle xor %v3695, %v977, %v289 : f32
                  %v3698 = arith.addf %v3695, %v3696 fastmath<contract> : f32
                  %v3699, %v3700 = gpu.shuffle xor %v3698, %v981, %v289 : f32
                  %v3701 = arith.addf %v3698, %v3699 fastmath<contract> : f32
                  %v3702 = arith.divui %v24, %v26 : i64
                  %v3703 = arith.remui %v24, %v26 : i64
                  %v3704 = arith.cmpi ult, %v3703, %v33 : i64
                  %v3705 = arith.addi %v12, %v34 : i64
                  %v3706 = arith.muli %v3702, %v1 : i64
                  %v3707 = arith.addi %v3706, %v3705 : i64
                  %v3708 = arith.muli %v3707, %v991 : i64
                  %v3709 = arith.addi %v3708, %v3543 : i64
                  scf.if %v3704 {
                    %v3710 = llvm.getelementptr %v59[%v3709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3701, %v3710 : f32, !llvm.ptr
                  }
                  %v3711 = arith.select %v38, %v3630, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3712, %v3713 = gpu.shuffle xor %v3711, %v977, %v289 : f32
                  %v3714 = arith.addf %v3711, %v3712 fastmath<contract> : f32
                  %v3715, %v3716 = gpu.shuffle xor %v3714, %v981, %v289 : f32
                  %v3717 = arith.addf %v3714, %v3715 fastmath<contract> : f32
                  %v3718 = arith.divui %v24, %v26 : i64
                  %v3719 = arith.remui %v24, %v26 : i64
                  %v3720 = arith.cmpi ult, %v3719, %v33 : i64
                  %v3721 = arith.addi %v33, %v34 : i64
                  %v3722 = arith.muli %v3718, %v1 : i64
                  %v3723 = arith.addi %v3722, %v3721 : i64
                  %v3724 = arith.muli %v3723, %v991 : i64
                  %v3725 = arith.addi %v3724, %v3543 : i64
                  scf.if %v3720 {
                    %v3726 = llvm.getelementptr %v59[%v3725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3717, %v3726 : f32, !llvm.ptr
                  }
                  %v3727 = arith.muli %v34, %v167 : i64
                  %v3728 = arith.subi %v3544, %v136 : i64
                  %v3729 = arith.addi %v3727, %v3728 : i64
                  %v3730 = llvm.getelementptr %v63[%v3729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3731 = llvm.load %v3730 : !llvm.ptr -> f32
                  %v3732 = arith.mulf %v3731, %v3587 fastmath<contract> : f32
                  %v3733 = arith.constant 8 : i64
                  %v3734 = arith.addi %v3733, %v34 : i64
                  %v3735 = arith.muli %v3734, %v167 : i64
                  %v3736 = arith.subi %v3544, %v136 : i64
                  %v3737 = arith.addi %v3735, %v3736 : i64
                  %v3738 = llvm.getelementptr %v63[%v3737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3739 = llvm.load %v3738 : !llvm.ptr -> f32
                  %v3740 = arith.mulf %v3739, %v3589 fastmath<contract> : f32
                  %v3741 = arith.addf %v3732, %v3740 fastmath<contract> : f32
                  llvm.store %v3741, %v3100 : f32, !llvm.ptr
                  %v3742 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3600) : (f32) -> f32
                  %v3743 = arith.mulf %v304, %v3742 fastmath<contract> : f32
                  %v3744 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3743) : (f32) -> f32
                  llvm.store %v3744, %v52 : f32, !llvm.ptr
                  %v3745 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3621) : (f32) -> f32
                  %v3746 = arith.mulf %v304, %v3745 fastmath<contract> : f32
                  %v3747 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3746) : (f32) -> f32
                  llvm.store %v3747, %v53 : f32, !llvm.ptr
                }
                %v3748 = llvm.load %v3100 : !llvm.ptr -> f32
                %v3749 = arith.addi %v372, %v70 : i64
                %v3750 = arith.cmpi slt, %v1524, %v3111 : i32
                %v3751 = arith.cmpi eq, %v1524, %v3116 : i32
                %v3752 = arith.addi %v374, %v82 : i64
                llvm.store %v66, %v3100 : f32, !llvm.ptr
                scf.if %v3750 {
                  %v3753 = arith.addi %v136, %v3749 : i64
                  %v3754 = arith.muli %v34, %v167 : i64
                  %v3755 = arith.subi %v3753, %v136 : i64
                  %v3756 = arith.addi %v3754, %v3755 : i64
                  %v3757 = llvm.getelementptr %v61[%v3756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3758 = llvm.load %v3757 : !llvm.ptr -> f32
                  %v3759 = arith.muli %v48, %v315 : i64
                  %v3760 = arith.muli %v3753, %v314 : i64
                  %v3761 = arith.addi %v3759, %v3760 : i64
                  %v3762 = arith.muli %v46, %v313 : i64
                  %v3763 = arith.addi %v3761, %v3762 : i64
                  %v3764 = arith.muli %v44, %v2 : i64
                  %v3765 = arith.addi %v3763, %v3764 : i64
                  %v3766 = llvm.getelementptr %dy_o[%v3765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3767 = llvm.load %v3766 : !llvm.ptr -> f32
                  %v3768 = arith.mulf %v3758, %v3767 fastmath<contract> : f32
                  %v3769 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3770 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3771 = arith.mulf %v3770, %v3769 fastmath<contract> : f32
                  %v3772 = arith.addf %v3768, %v3771 fastmath<contract> : f32
                  llvm.store %v3772, %v50 : f32, !llvm.ptr
                  %v3773 = arith.constant 8 : i64
                  %v3774 = arith.addi %v3773, %v34 : i64
                  %v3775 = arith.muli %v3774, %v167 : i64
                  %v3776 = arith.subi %v3753, %v136 : i64
                  %v3777 = arith.addi %v3775, %v3776 : i64
                  %v3778 = llvm.getelementptr %v61[%v3777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3779 = llvm.load %v3778 : !llvm.ptr -> f32
                  %v3780 = arith.mulf %v3779, %v3767 fastmath<contract> : f32
                  %v3781 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3782 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3783 = arith.mulf %v3782, %v3781 fastmath<contract> : f32
                  %v3784 = arith.addf %v3780, %v3783 fastmath<contract> : f32
                  llvm.store %v3784, %v51 : f32, !llvm.ptr
                  %v3785 = arith.mulf %v2900, %v3767 fastmath<contract> : f32
                  %v3786 = arith.mulf %v2925, %v3767 fastmath<contract> : f32
                  %v3787 = arith.muli %v48, %v315 : i64
                  %v3788 = arith.muli %v3753, %v314 : i64
                  %v3789 = arith.addi %v3787, %v3788 : i64
                  %v3790 = arith.muli %v46, %v313 : i64
                  %v3791 = arith.addi %v3789, %v3790 : i64
                  %v3792 = arith.muli %v44, %v2 : i64
                  %v3793 = arith.addi %v3791, %v3792 : i64
                  %v3794 = llvm.getelementptr %in_v[%v3793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3795 = llvm.load %v3794 : !llvm.ptr -> f32
                  %v3796 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3797 = arith.mulf %v3795, %v3796 fastmath<contract> : f32
                  %v3798 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3799 = arith.mulf %v3795, %v3798 fastmath<contract> : f32
                  %v3800 = arith.muli %v34, %v167 : i64
                  %v3801 = arith.subi %v3753, %v136 : i64
                  %v3802 = arith.addi %v3800, %v3801 : i64
                  %v3803 = llvm.getelementptr %v65[%v3802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3804 = llvm.load %v3803 : !llvm.ptr -> f32
                  %v3805 = arith.negf %v3804 : f32
                  %v3806 = arith.mulf %v3805, %v299 fastmath<contract> : f32
                  %v3807 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3806) : (f32) -> f32
                  %v3808 = arith.addf %v67, %v3807 fastmath<contract> : f32
                  %v3809 = arith.divf %v67, %v3808 : f32
                  %v3810 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3809) : (f32) -> f32
                  %v3811 = arith.mulf %v945, %v3810 fastmath<contract> : f32
                  %v3812 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3811) : (f32) -> f32
                  %v3813 = arith.mulf %v2842, %v3796 fastmath<contract> : f32
                  %v3814 = arith.mulf %v304, %v3813 fastmath<contract> : f32
                  %v3815 = arith.mulf %v3812, %v3814 fastmath<contract> : f32
                  %v3816 = arith.subf %v67, %v3809 fastmath<contract> : f32
                  %v3817 = arith.mulf %v3809, %v3816 fastmath<contract> : f32
                  %v3818 = arith.mulf %v3815, %v3817 fastmath<contract> : f32
                  %v3819 = arith.constant 8 : i64
                  %v3820 = arith.addi %v3819, %v34 : i64
                  %v3821 = arith.muli %v3820, %v167 : i64
                  %v3822 = arith.subi %v3753, %v136 : i64
                  %v3823 = arith.addi %v3821, %v3822 : i64
                  %v3824 = llvm.getelementptr %v65[%v3823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3825 = llvm.load %v3824 : !llvm.ptr -> f32
                  %v3826 = arith.negf %v3825 : f32
                  %v3827 = arith.mulf %v3826, %v299 fastmath<contract> : f32
                  %v3828 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3827) : (f32) -> f32
                  %v3829 = arith.addf %v67, %v3828 fastmath<contract> : f32
                  %v3830 = arith.divf %v67, %v3829 : f32
                  %v3831 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3830) : (f32) -> f32
                  %v3832 = arith.mulf %v945, %v3831 fastmath<contract> : f32
                  %v3833 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3832) : (f32) -> f32
                  %v3834 = arith.mulf %v2867, %v3798 fastmath<contract> : f32
                  %v3835 = arith.mulf %v304, %v3834 fastmath<contract> : f32
                  %v3836 = arith.mulf %v3833, %v3835 fastmath<contract> : f32
                  %v3837 = arith.subf %v67, %v3830 fastmath<contract> : f32
                  %v3838 = arith.mulf %v3830, %v3837 fastmath<contract> : f32
                  %v3839 = arith.mulf %v3836, %v3838 fastmath<contract> : f32
                  %v3840 = arith.select %v38, %v3785, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3841, %v3842 = gpu.shuffle xor %v3840, %v977, %v289 : f32
                  %v3843 = arith.addf %v3840, %v3841 fastmath<contract> : f32
                  %v3844, %v3845 = gpu.shuffle xor %v3843, %v981, %v289 : f32
                  %v3846 = arith.addf %v3843, %v3844 fastmath<contract> : f32
                  %v3847 = arith.divui %v24, %v26 : i64
                  %v3848 = arith.remui %v24, %v26 : i64
                  %v3849 = arith.cmpi ult, %v3848, %v33 : i64
                  %v3850 = arith.addi %v12, %v34 : i64
                  %v3851 = arith.muli %v3847, %v1 : i64
                  %v3852 = arith.addi %v3851, %v3850 : i64
                  %v3853 = arith.muli %v3852, %v991 : i64
                  %v3854 = arith.addi %v3853, %v3752 : i64
                  scf.if %v3849 {
                    %v3855 = llvm.getelementptr %v55[%v3854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3846, %v3855 : f32, !llvm.ptr
                  }
                  %v3856 = arith.select %v38, %v3786, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3857, %v3858 = gpu.shuffle xor %v3856, %v977, %v289 : f32
                  %v3859 = arith.addf %v3856, %v3857 fastmath<contract> : f32
                  %v3860, %v3861 = gpu.shuffle xor %v3859, %v981, %v289 : f32
                  %v3862 = arith.addf %v3859, %v3860 fastmath<contract> : f32
                  %v3863 = arith.divui %v24, %v26 : i64
                  %v3864 = arith.remui %v24, %v26 : i64
                  %v3865 = arith.cmpi ult, %v3864, %v33 : i64
                  %v3866 = arith.addi %v33, %v34 : i64
                  %v3867 = arith.muli %v3863, %v1 : i64
                  %v3868 = arith.addi %v3867, %v3866 : i64
                  %v3869 = arith.muli %v3868, %v991 : i64
                  %v3870 = arith.addi %v3869, %v3752 : i64
                  scf.if %v3865 {
                    %v3871 = llvm.getelementptr %v55[%v3870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3862, %v3871 : f32, !llvm.ptr
                  }
                  %v3872 = arith.select %v38, %v3797, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3873, %v3874 = gpu.shuffle xor %v3872, %v977, %v289 : f32
                  %v3875 = arith.addf %v3872, %v3873 fastmath<contract> : f32
                  %v3876, %v3877 = gpu.shuffle xor %v3875, %v981, %v289 : f32
                  %v3878 = arith.addf %v3875, %v3876 fastmath<contract> : f32
                  %v3879 = arith.divui %v24, %v26 : i64
                  %v3880 = arith.remui %v24, %v26 : i64
                  %v3881 = arith.cmpi ult, %v3880, %v33 : i64
                  %v3882 = arith.addi %v12, %v34 : i64
                  %v3883 = arith.muli %v3879, %v1 : i64
                  %v3884 = arith.addi %v3883, %v3882 : i64
                  %v3885 = arith.muli %v3884, %v991 : i64
                  %v3886 = arith.addi %v3885, %v3752 : i64
                  scf.if %v3881 {
                    %v3887 = llvm.getelementptr %v57[%v3886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3878, %v3887 : f32, !llvm.ptr
                  }
                  %v3888 = arith.select %v38, %v3799, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3889, %v3890 = gpu.shuffle xor %v3888, %v977, %v289 : f32
                  %v3891 = arith.addf %v3888, %v3889 fastmath<contract> : f32
                  %v3892, %v3893 = gpu.shuffle xor %v3891, %v981, %v289 : f32
                  %v3894 = arith.addf %v3891, %v3892 fastmath<contract> : f32
                  %v3895 = arith.divui %v24, %v26 : i64
                  %v3896 = arith.remui %v24, %v26 : i64
                  %v3897 = arith.cmpi ult, %v3896, %v33 : i64
                  %v3898 = arith.addi %v33, %v34 : i64
                  %v3899 = arith.muli %v3895, %v1 : i64
                  %v3900 = arith.addi %v3899, %v3898 : i64
                  %v3901 = arith.muli %v3900, %v991 : i64
                  %v3902 = arith.addi %v3901, %v3752 : i64
                  scf.if %v3897 {
                    %v3903 = llvm.getelementptr %v57[%v3902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3894, %v3903 : f32, !llvm.ptr
                  }
                  %v3904 = arith.select %v38, %v3818, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3905, %v3906 = gpu.shuffle xor %v3904, %v977, %v289 : f32
                  %v3907 = arith.addf %v3904, %v3905 fastmath<contract> : f32
                  %v3908, %v3909 = gpu.shuffle xor %v3907, %v981, %v289 : f32
                  %v3910 = arith.addf %v3907, %v3908 fastmath<contract> : f32
                  %v3911 = arith.divui %v24, %v26 : i64
                  %v3912 = arith.remui %v24, %v26 : i64
                  %v3913 = arith.cmpi ult, %v3912, %v33 : i64
                  %v3914 = arith.addi %v12, %v34 : i64
                  %v3915 = arith.muli %v3911, %v1 : i64
                  %v3916 = arith.addi %v3915, %v3914 : i64
                  %v3917 = arith.muli %v3916, %v991 : i64
                  %v3918 = arith.addi %v3917, %v3752 : i64
                  scf.if %v3913 {
                    %v3919 = llvm.getelementptr %v59[%v3918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3910, %v3919 : f32, !llvm.ptr
                  }
                  %v3920 = arith.select %v38, %v3839, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3921, %v3922 = gpu.shuffle xor %v3920, %v977, %v289 : f32
                  %v3923 = arith.addf %v3920, %v3921 fastmath<contract> : f32
                  %v3924, %v3925 = gpu.shuffle xor %v3923, %v981, %v289 : f32
                  %v3926 = arith.addf %v3923, %v3924 fastmath<contract> : f32
                  %v3927 = arith.divui %v24, %v26 : i64
                  %v3928 = arith.remui %v24, %v26 : i64
                  %v3929 = arith.cmpi ult, %v3928, %v33 : i64
                  %v3930 = arith.addi %v33, %v34 : i64
                  %v3931 = arith.muli %v3927, %v1 : i64
                  %v3932 = arith.addi %v3931, %v3930 : i64
                  %v3933 = arith.muli %v3932, %v991 : i64
                  %v3934 = arith.addi %v3933, %v3752 : i64
                  scf.if %v3929 {
                    %v3935 = llvm.getelementptr %v59[%v3934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3926, %v3935 : f32, !llvm.ptr
                  }
                  %v3936 = arith.muli %v34, %v167 : i64
                  %v3937 = arith.subi %v3753, %v136 : i64
                  %v3938 = arith.addi %v3936, %v3937 : i64
                  %v3939 = llvm.getelementptr %v63[%v3938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3940 = llvm.load %v3939 : !llvm.ptr -> f32
                  %v3941 = arith.mulf %v3940, %v3796 fastmath<contract> : f32
                  %v3942 = arith.constant 8 : i64
                  %v3943 = arith.addi %v3942, %v34 : i64
                  %v3944 = arith.muli %v3943, %v167 : i64
                  %v3945 = arith.subi %v3753, %v136 : i64
                  %v3946 = arith.addi %v3944, %v3945 : i64
                  %v3947 = llvm.getelementptr %v63[%v3946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3948 = llvm.load %v3947 : !llvm.ptr -> f32
                  %v3949 = arith.mulf %v3948, %v3798 fastmath<contract> : f32
                  %v3950 = arith.addf %v3941, %v3949 fastmath<contract> : f32
                  llvm.store %v3950, %v3100 : f32, !llvm.ptr
                  %v3951 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3809) : (f32) -> f32
                  %v3952 = arith.mulf %v304, %v3951 fastmath<contract> : f32
                  %v3953 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3952) : (f32) -> f32
                  llvm.store %v3953, %v52 : f32, !llvm.ptr
                  %v3954 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3830) : (f32) -> f32
                  %v3955 = arith.mulf %v304, %v3954 fastmath<contract> : f32
                  %v3956 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3955) : (f32) -> f32
                  llvm.store %v3956, %v53 : f32, !llvm.ptr
                }
                %v3957 = llvm.load %v3100 : !llvm.ptr -> f32
                %v3958 = arith.select %v3103, %v3957, %v3748 : f32
                %v3959 = arith.select %v3103, %v3748, %v3957 : f32
                %v3960, %v3961 = gpu.shuffle xor %v3958, %v1309, %v289 : f32
                %v3962 = arith.addf %v3959, %v3960 fastmath<contract> : f32
                %v3963 = arith.select %v3106, %v3962, %v3539 : f32
                %v3964 = arith.select %v3106, %v3539, %v3962 : f32
                %v3965, %v3966 = gpu.shuffle xor %v3963, %v1740, %v289 : f32
                %v3967 = arith.addf %v3964, %v3965 fastmath<contract> : f32
                %v3968 = arith.addi %v372, %v82 : i64
                %v3969 = arith.cmpi slt, %v1745, %v3111 : i32
                %v3970 = arith.cmpi eq, %v1745, %v3116 : i32
                %v3971 = arith.addi %v374, %v70 : i64
                llvm.store %v66, %v3100 : f32, !llvm.ptr
                scf.if %v3969 {
                  %v3972 = arith.addi %v136, %v3968 : i64
                  %v3973 = arith.muli %v34, %v167 : i64
                  %v3974 = arith.subi %v3972, %v136 : i64
                  %v3975 = arith.addi %v3973, %v3974 : i64
                  %v3976 = llvm.getelementptr %v61[%v3975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3977 = llvm.load %v3976 : !llvm.ptr -> f32
                  %v3978 = arith.muli %v48, %v315 : i64
                  %v3979 = arith.muli %v3972, %v314 : i64
                  %v3980 = arith.addi %v3978, %v3979 : i64
                  %v3981 = arith.muli %v46, %v313 : i64
                  %v3982 = arith.addi %v3980, %v3981 : i64
                  %v3983 = arith.muli %v44, %v2 : i64
                  %v3984 = arith.addi %v3982, %v3983 : i64
                  %v3985 = llvm.getelementptr %dy_o[%v3984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3986 = llvm.load %v3985 : !llvm.ptr -> f32
                  %v3987 = arith.mulf %v3977, %v3986 fastmath<contract> : f32
                  %v3988 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3989 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3990 = arith.mulf %v3989, %v3988 fastmath<contract> : f32
                  %v3991 = arith.addf %v3987, %v3990 fastmath<contract> : f32
                  llvm.store %v3991, %v50 : f32, !llvm.ptr
                  %v3992 = arith.constant 8 : i64
                  %v3993 = arith.addi %v3992, %v34 : i64
                  %v3994 = arith.muli %v3993, %v167 : i64
                  %v3995 = arith.subi %v3972, %v136 : i64
                  %v3996 = arith.addi %v3994, %v3995 : i64
                  %v3997 = llvm.getelementptr %v61[%v3996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3998 = llvm.load %v3997 : !llvm.ptr -> f32
                  %v3999 = arith.mulf %v3998, %v3986 fastmath<contract> : f32
                  %v4000 = llvm.load %v51 : !llvm.ptr -> f32
                  %v4001 = llvm.load %v53 : !llvm.ptr -> f32
                  %v4002 = arith.mulf %v4001, %v4000 fastmath<contract> : f32
                  %v4003 = arith.addf %v3999, %v4002 fastmath<contract> : f32
                  llvm.store %v4003, %v51 : f32, !llvm.ptr
                  %v4004 = arith.mulf %v2842, %v3986 fastmath<contract> : f32
                  %v4005 = arith.mulf %v2867, %v3986 fastmath<contract> : f32
                  %v4006 = arith.muli %v48, %v315 : i64
                  %v4007 = arith.muli %v3972, %v314 : i64
                  %v4008 = arith.addi %v4006, %v4007 : i64
                  %v4009 = arith.muli %v46, %v313 : i64
                  %v4010 = arith.addi %v4008, %v4009 : i64
                  %v4011 = arith.muli %v44, %v2 : i64
                  %v4012 = arith.addi %v4010, %v4011 : i64
                  %v4013 = llvm.getelementptr %in_v[%v4012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4014 = llvm.load %v4013 : !llvm.ptr -> f32
                  %v4015 = llvm.load %v50 : !llvm.ptr -> f32
                  %v4016 = arith.mulf %v4014, %v4015 fastmath<contract> : f32
                  %v4017 = llvm.load %v51 : !llvm.ptr -> f32
                  %v4018 = arith.mulf %v4014, %v4017 fastmath<contract> : f32
                  %v4019 = arith.muli %v34, %v167 : i64
                  %v4020 = arith.subi %v3972, %v136 : i64
                  %v4021 = arith.addi %v4019, %v4020 : i64
                  %v4022 = llvm.getelementptr %v65[%v4021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4023 = llvm.load %v4022 : !llvm.ptr -> f32
                  %v4024 = arith.negf %v4023 : f32
                  %v4025 = arith.mulf %v4024, %v299 fastmath<contract> : f32
                  %v4026 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4025) : (f32) -> f32
                  %v4027 = arith.addf %v67, %v4026 fastmath<contract> : f32
                  %v4028 = arith.divf %v67, %v4027 : f32
                  %v4029 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4028) : (f32) -> f32
                  %v4030 = arith.mulf %v945, %v4029 fastmath<contract> : f32
                  %v4031 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4030) : (f32) -> f32
                  %v4032 = arith.mulf %v2784, %v4015 fastmath<contract> : f32
                  %v4033 = arith.mulf %v304, %v4032 fastmath<contract> : f32
                  %v4034 = arith.mulf %v4031, %v4033 fastmath<contract> : f32
                  %v4035 = arith.subf %v67, %v4028 fastmath<contract> : f32
                  %v4036 = arith.mulf %v4028, %v4035 fastmath<contract> : f32
                  %v4037 = arith.mulf %v4034, %v4036 fastmath<contract> : f32
                  %v4038 = arith.constant 8 : i64
                  %v4039 = arith.addi %v4038, %v34 : i64
                  %v4040 = arith.muli %v4039, %v167 : i64
                  %v4041 = arith.subi %v3972, %v136 : i64
                  %v4042 = arith.addi %v4040, %v4041 : i64
                  %v4043 = llvm.getelementptr %v65[%v4042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4044 = llvm.load %v4043 : !llvm.ptr -> f32
                  %v4045 = arith.negf %v4044 : f32
                  %v4046 = arith.mulf %v4045, %v299 fastmath<contract> : f32
                  %v4047 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4046) : (f32) -> f32
                  %v4048 = arith.addf %v67, %v4047 fastmath<contract> : f32
                  %v4049 = arith.divf %v67, %v4048 : f32
                  %v4050 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4049) : (f32) -> f32
                  %v4051 = arith.mulf %v945, %v4050 fastmath<contract> : f32
                  %v4052 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4051) : (f32) -> f32
                  %v4053 = arith.mulf %v2809, %v4017 fastmath<contract> : f32
                  %v4054 = arith.mulf %v304, %v4053 fastmath<contract> : f32
                  %v4055 = arith.mulf %v4052, %v4054 fastmath<contract> : f32
                  %v4056 = arith.subf %v67, %v4049 fastmath<contract> : f32
                  %v4057 = arith.mulf %v4049, %v4056 fastmath<contract> : f32
                  %v4058 = arith.mulf %v4055, %v4057 fastmath<contract> : f32
                  %v4059 = arith.select %v38, %v4004, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4060, %v4061 = gpu.shuffle xor %v4059, %v977, %v289 : f32
                  %v4062 = arith.addf %v4059, %v4060 fastmath<contract> : f32
                  %v4063, %v4064 = gpu.shuffle xor %v4062, %v981, %v289 : f32
                  %v4065 = arith.addf %v4062, %v4063 fastmath<contract> : f32
                  %v4066 = arith.divui %v24, %v26 : i64
                  %v4067 = arith.remui %v24, %v26 : i64
                  %v4068 = arith.cmpi ult, %v4067, %v33 : i64
                  %v4069 = arith.addi %v12, %v34 : i64
                  %v4070 = arith.muli %v4066, %v1 : i64
                  %v4071 = arith.addi %v4070, %v4069 : i64
                  %v4072 = arith.muli %v4071, %v991 : i64
                  %v4073 = arith.addi %v4072, %v3971 : i64
                  scf.if %v4068 {
                    %v4074 = llvm.getelementptr %v55[%v4073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4065, %v4074 : f32, !llvm.ptr
                  }
                  %v4075 = arith.select %v38, %v4005, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4076, %v4077 = gpu.shuffle xor %v4075, %v977, %v289 : f32
                  %v4078 = arith.addf %v4075, %v4076 fastmath<contract> : f32
                  %v4079, %v4080 = gpu.shuffle xor %v4078, %v981, %v289 : f32
                  %v4081 = arith.addf %v4078, %v4079 fastmath<contract> : f32
                  %v4082 = arith.divui %v24, %v26 : i64
                  %v4083 = arith.remui %v24, %v26 : i64
                  %v4084 = arith.cmpi ult, %v4083, %v33 : i64
                  %v4085 = arith.addi %v33, %v34 : i64
                  %v4086 = arith.muli %v4082, %v1 : i64
                  %v4087 = arith.addi %v4086, %v4085 : i64
                  %v4088 = arith.muli %v4087, %v991 : i64
                  %v4089 = arith.addi %v4088, %v3971 : i64
                  scf.if %v4084 {
                    %v4090 = llvm.getelementptr %v55[%v4089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4081, %v4090 : f32, !llvm.ptr
                  }
                  %v4091 = arith.select %v38, %v4016, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4092, %v4093 = gpu.shuffle xor %v4091, %v977, %v289 : f32
                  %v4094 = arith.addf %v4091, %v4092 fastmath<contract> : f32
                  %v4095, %v4096 = gpu.shuffle xor %v4094, %v981, %v289 : f32
                  %v4097 = arith.addf %v4094, %v4095 fastmath<contract> : f32
                  %v4098 = arith.divui %v24, %v26 : i64
                  %v4099 = arith.remui %v24, %v26 : i64
                  %v4100 = arith.cmpi ult, %v4099, %v33 : i64
                  %v4101 = arith.addi %v12, %v34 : i64
                  %v4102 = arith.muli %v4098, %v1 : i64
                  %v4103 = arith.addi %v4102, %v4101 : i64
                  %v4104 = arith.muli %v4103, %v991 : i64
                  %v4105 = arith.addi %v4104, %v3971 : i64
                  scf.if %v4100 {
                    %v4106 = llvm.getelementptr %v57[%v4105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4097, %v4106 : f32, !llvm.ptr
                  }
                  %v4107 = arith.select %v38, %v4018, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4108, %v4109 = gpu.shuffle xor %v4107, %v977, %v289 : f32
                  %v4110 = arith.addf %v4107, %v4108 fastmath<contract> : f32
                  %v4111, %v4112 = gpu.shuffle xor %v4110, %v981, %v289 : f32
                  %v4113 = arith.addf %v4110, %v4111 fastmath<contract> : f32
                  %v4114 = arith.divui %v24, %v26 : i64
                  %v4115 = arith.remui %v24, %v26 : i64
                  %v4116 = arith.cmpi ult, %v4115, %v33 : i64
                  %v4117 = arith.addi %v33, %v34 : i64
                  %v4118 = arith.muli %v4114, %v1 : i64
                  %v4119 = arith.addi %v4118, %v4117 : i64
                  %v4120 = arith.muli %v4119, %v991 : i64
                  %v4121 = arith.addi %v4120, %v3971 : i64
                  scf.if %v4116 {
                    %v4122 = llvm.getelementptr %v57[%v4121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4113, %v4122 : f32, !llvm.ptr
                  }
                  %v4123 = arith.select %v38, %v4037, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4124, %v4125 = gpu.shuffle xor %v4123, %v977, %v289 : f32
                  %v4126 = arith.addf %v4123, %v4124 fastmath<contract> : f32
                  %v4127, %v4128 = gpu.shuffle xor %v4126, %v981, %v289 : f32
                  %v4129 = arith.addf %v4126, %v4127 fastmath<contract> : f32
                  %v4130 = arith.divui %v24, %v26 : i64
                  %v4131 = arith.remui %v24, %v26 : i64
                  %v4132 = arith.cmpi ult, %v4131, %v33 : i64
                  %v4133 = arith.addi %v12, %v34 : i64
                  %v4134 = arith.muli %v4130, %v1 : i64
                  %v4135 = arith.addi %v4134, %v4133 : i64
                  %v4136 = arith.muli %v4135, %v991 : i64
                  %v4137 = arith.addi %v4136, %v3971 : i64
                  scf.if %v4132 {
                    %v4138 = llvm.getelementptr %v59[%v4137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4129, %v4138 : f32, !llvm.ptr
                  }
                  %v4139 = arith.select %v38, %v4058, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4140, %v4141 = gpu.shuffle xor %v4139, %v977, %v289 : f32
                  %v4142 = arith.addf %v4139, %v4140 fastmath<contract> : f32
                  %v4143, %v4144 = gpu.shuffle xor %v4142, %v981, %v289 : f32
                  %v4145 = arith.addf %v4142, %v4143 fastmath<contract> : f32
                  %v4146 = arith.divui %v24, %v26 : i64
                  %v4147 = arith.remui %v24, %v26 : i64
                  %v4148 = arith.cmpi ult, %v4147, %v33 : i64
                  %v4149 = arith.addi %v33, %v34 : i64
                  %v4150 = arith.muli %v4146, %v1 : i64
                  %v4151 = arith.addi %v4150, %v4149 : i64
                  %v4152 = arith.muli %v4151, %v991 : i64
                  %v4153 = arith.addi %v4152, %v3971 : i64
                  scf.if %v4148 {
                    %v4154 = llvm.getelementptr %v59[%v4153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4145, %v4154 : f32, !llvm.ptr
                  }
                  %v4155 = arith.muli %v34, %v167 : i64
                  %v4156 = arith.subi %v3972, %v136 : i64
                  %v4157 = arith.addi %v4155, %v4156 : i64
                  %v4158 = llvm.getelementptr %v63[%v4157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4159 = llvm.load %v4158 : !llvm.ptr -> f32
                  %v4160 = arith.mulf %v4159, %v4015 fastmath<contract> : f32
                  %v4161 = arith.constant 8 : i64
                  %v4162 = arith.addi %v4161, %v34 : i64
                  %v4163 = arith.muli %v4162, %v167 : i64
                  %v4164 = arith.subi %v3972, %v136 : i64
                  %v4165 = arith.addi %v4163, %v4164 : i64
                  %v4166 = llvm.getelementptr %v63[%v4165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4167 = llvm.load %v4166 : !llvm.ptr -> f32
                  %v4168 = arith.mulf %v4167, %v4017 fastmath<contract> : f32
                  %v4169 = arith.addf %v4160, %v4168 fastmath<contract> : f32
                  llvm.store %v4169, %v3100 : f32, !llvm.ptr
                  %v4170 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4028) : (f32) -> f32
                  %v4171 = arith.mulf %v304, %v4170 fastmath<contract> : f32
                  %v4172 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4171) : (f32) -> f32
                  llvm.store %v4172, %v52 : f32, !llvm.ptr
                  %v4173 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4049) : (f32) -> f32
                  %v4174 = arith.mulf %v304, %v4173 fastmath<contract> : f32
                  %v4175 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4174) : (f32) -> f32
                  llvm.store %v4175, %v53 : f32, !llvm.ptr
                }
                %v4176 = llvm.load %v3100 : !llvm.ptr -> f32
                %v4177 = arith.addi %v372, %v78 : i64
                %v4178 = arith.cmpi slt, %v1740, %v3111 : i32
                %v4179 = arith.cmpi eq, %v1740, %v3116 : i32
                %v4180 = arith.addi %v374, %v689 : i64
                llvm.store %v66, %v3100 : f32, !llvm.ptr
                scf.if %v4178 {
                  %v4181 = arith.addi %v136, %v4177 : i64
                  %v4182 = arith.muli %v34, %v167 : i64
                  %v4183 = arith.subi %v4181, %v136 : i64
                  %v4184 = arith.addi %v4182, %v4183 : i64
                  %v4185 = llvm.getelementptr %v61[%v4184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4186 = llvm.load %v4185 : !llvm.ptr -> f32
                  %v4187 = arith.muli %v48, %v315 : i64
                  %v4188 = arith.muli %v4181, %v314 : i64
                  %v4189 = arith.addi %v4187, %v4188 : i64
                  %v4190 = arith.muli %v46, %v313 : i64
                  %v4191 = arith.addi %v4189, %v4190 : i64
                  %v4192 = arith.muli %v44, %v2 : i64
                  %v4193 = arith.addi %v4191, %v4192 : i64
                  %v4194 = llvm.getelementptr %dy_o[%v4193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4195 = llvm.load %v4194 : !llvm.ptr -> f32
                  %v4196 = arith.mulf %v4186, %v4195 fastmath<contract> : f32
                  %v4197 = llvm.load %v50 : !llvm.ptr -> f32
                  %v4198 = llvm.load %v52 : !llvm.ptr -> f32
                  %v4199 = arith.mulf %v4198, %v4197 fastmath<contract> : f32
                  %v4200 = arith.addf %v4196, %v4199 fastmath<contract> : f32
                  llvm.store %v4200, %v50 : f32, !llvm.ptr
                  %v4201 = arith.constant 8 : i64
                  %v4202 = arith.addi %v4201, %v34 : i64
                  %v4203 = arith.muli %v4202, %v167 : i64
                  %v4204 = arith.subi %v4181, %v136 : i64
                  %v4205 = arith.addi %v4203, %v4204 : i64
                  %v4206 = llvm.getelementptr %v61[%v4205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4207 = llvm.load %v4206 : !llvm.ptr -> f32
                  %v4208 = arith.mulf %v4207, %v4195 fastmath<contract> : f32
                  %v4209 = llvm.load %v51 : !llvm.ptr -> f32
                  %v4210 = llvm.load %v53 : !llvm.ptr -> f32
                  %v4211 = arith.mulf %v4210, %v4209 fastmath<contract> : f32
                  %v4212 = arith.addf %v4208, %v4211 fastmath<contract> : f32
                  llvm.store %v4212, %v51 : f32, !llvm.ptr
                  %v4213 = arith.mulf %v2784, %v4195 fastmath<contract> : f32
                  %v4214 = arith.mulf %v2809, %v4195 fastmath<contract> : f32
                  %v4215 = arith.muli %v48, %v315 : i64
                  %v4216 = arith.muli %v4181, %v314 : i64
                  %v4217 = arith.addi %v4215, %v4216 : i64
                  %v4218 = arith.muli %v46, %v313 : i64
                  %v4219 = arith.addi %v4217, %v4218 : i64
                  %v4220 = arith.muli %v44, %v2 : i64
                  %v4221 = arith.addi %v4219, %v4220 : i64
                  %v4222 = llvm.getelementptr %in_v[%v4221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4223 = llvm.load %v4222 : !llvm.ptr -> f32
                  %v4224 = llvm.load %v50 : !llvm.ptr -> f32
                  %v4225 = arith.mulf %v4223, %v4224 fastmath<contract> : f32
                  %v4226 = llvm.load %v51 : !llvm.ptr -> f32
                  %v4227 = arith.mulf %v4223, %v4226 fastmath<contract> : f32
                  %v4228 = arith.muli %v34, %v167 : i64
                  %v4229 = arith.subi %v4181, %v136 : i64
                  %v4230 = arith.addi %v4228, %v4229 : i64
                  %v4231 = llvm.getelementptr %v65[%v4230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4232 = llvm.load %v4231 : !llvm.ptr -> f32
                  %v4233 = arith.negf %v4232 : f32
                  %v4234 = arith.mulf %v4233, %v299 fastmath<contract> : f32
                  %v4235 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4234) : (f32) -> f32
                  %v4236 = arith.addf %v67, %v4235 fastmath<contract> : f32
                  %v4237 = arith.divf %v67, %v4236 : f32
                  %v4238 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4237) : (f32) -> f32
                  %v4239 = arith.mulf %v945, %v4238 fastmath<contract> : f32
                  %v4240 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4239) : (f32) -> f32
                  %v4241 = arith.mulf %v2726, %v4224 fastmath<contract> : f32
                  %v4242 = arith.mulf %v304, %v4241 fastmath<contract> : f32
                  %v4243 = arith.mulf %v4240, %v4242 fastmath<contract> : f32
                  %v4244 = arith.subf %v67, %v4237 fastmath<contract> : f32
                  %v4245 = arith.mulf %v4237, %v4244 fastmath<contract> : f32
                  %v4246 = arith.mulf %v4243, %v4245 fastmath<contract> : f32
                  %v4247 = arith.constant 8 : i64
                  %v4248 = arith.addi %v4247, %v34 : i64
                  %v4249 = arith.muli %v4248, %v167 : i64
                  %v4250 = arith.subi %v4181, %v136 : i64
                  %v4251 = arith.addi %v4249, %v4250 : i64
                  %v4252 = llvm.getelementptr %v65[%v4251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4253 = llvm.load %v4252 : !llvm.ptr -> f32
                  %v4254 = arith.negf %v4253 : f32
                  %v4255 = arith.mulf %v4254, %v299 fastmath<contract> : f32
                  %v4256 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4255) : (f32) -> f32
                  %v4257 = arith.addf %v67, %v4256 fastmath<contract> : f32
                  %v4258 = arith.divf %v67, %v4257 : f32
                  %v4259 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4258) : (f32) -> f32
                  %v4260 = arith.mulf %v945, %v4259 fastmath<contract> : f32
                  %v4261 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4260) : (f32) -> f32
                  %v4262 = arith.mulf %v2751, %v4226 fastmath<contract> : f32
                  %v4263 = arith.mulf %v304, %v4262 fastmath<contract> : f32
                  %v4264 = arith.mulf %v4261, %v4263 fastmath<contract> : f32
                  %v4265 = arith.subf %v67, %v4258 fastmath<contract> : f32
                  %v4266 = arith.mulf %v4258, %v4265 fastmath<contract> : f32
                  %v4267 = arith.mulf %v4264, %v4266 fastmath<contract> : f32
                  %v4268 = arith.select %v38, %v4213, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4269, %v4270 = gpu.shuffle xor %v4268, %v977, %v289 : f32
                  %v4271 = arith.addf %v4268, %v4269 fastmath<contract> : f32
                  %v4272, %v4273 = gpu.shuffle xor %v4271, %v981, %v289 : f32
                  %v4274 = arith.addf %v4271, %v4272 fastmath<contract> : f32
                  %v4275 = arith.divui %v24, %v26 : i64
                  %v4276 = arith.remui %v24, %v26 : i64
                  %v4277 = arith.cmpi ult, %v4276, %v33 : i64
                  %v4278 = arith.addi %v12, %v34 : i64
                  %v4279 = arith.muli %v4275, %v1 : i64
                  %v4280 = arith.addi %v4279, %v4278 : i64
                  %v4281 = arith.muli %v4280, %v991 : i64
                  %v4282 = arith.addi %v4281, %v4180 : i64
                  scf.if %v4277 {
                    %v4283 = llvm.getelementptr %v55[%v4282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4274, %v4283 : f32, !llvm.ptr
                  }
                  %v4284 = arith.select %v38, %v4214, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4285, %v4286 = gpu.shuffle xor %v4284, %v977, %v289 : f32
                  %v4287 = arith.addf %v4284, %v4285 fastmath<contract> : f32
                  %v4288, %v4289 = gpu.shuffle xor %v4287, %v981, %v289 : f32
                  %v4290 = arith.addf %v4287, %v4288 fastmath<contract> : f32
                  %v4291 = arith.divui %v24, %v26 : i64
                  %v4292 = arith.remui %v24, %v26 : i64
                  %v4293 = arith.cmpi ult, %v4292, %v33 : i64
                  %v4294 = arith.addi %v33, %v34 : i64
                  %v4295 = arith.muli %v4291, %v1 : i64
                  %v4296 = arith.addi %v4295, %v4294 : i64
                  %v4297 = arith.muli %v4296, %v991 : i64
                  %v4298 = arith.addi %v4297, %v4180 : i64
                  scf.if %v4293 {
                    %v4299 = llvm.getelementptr %v55[%v4298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4290, %v4299 : f32, !llvm.ptr
                  }
                  %v4300 = arith.select %v38, %v4225, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4301, %v4302 = gpu.shuffle xor %v4300, %v977, %v289 : f32
                  %v4303 = arith.addf %v4300, %v4301 fastmath<contract> : f32
                  %v4304, %v4305 = gpu.shuffle xor %v4303, %v981, %v289 : f32
                  %v4306 = arith.addf %v4303, %v4304 fastmath<contract> : f32
                  %v4307 = arith.divui %v24, %v26 : i64
                  %v4308 = arith.remui %v24, %v26 : i64
                  %v4309 = arith.cmpi ult, %v4308, %v33 : i64
                  %v4310 = arith.addi %v12, %v34 : i64
                  %v4311 = arith.muli %v4307, %v1 : i64
                  %v4312 = arith.addi %v4311, %v4310 : i64
                  %v4313 = arith.muli %v4312, %v991 : i64
                  %v4314 = arith.addi %v4313, %v4180 : i64
                  scf.if %v4309 {
                    %v4315 = llvm.getelementptr %v57[%v4314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4306, %v4315 : f32, !llvm.ptr
                  }
                  %v4316 = arith.select %v38, %v4227, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4317, %v4318 = gpu.shuffle xor %v4316, %v977, %v289 : f32
                  %v4319 = arith.addf %v4316, %v4317 fastmath<contract> : f32
                  %v4320, %v4321 = gpu.shuffle xor %v4319, %v981, %v289 : f32
                  %v4322 = arith.addf %v4319, %v4320 fastmath<contract> : f32
                  %v4323 = arith.divui %v24, %v26 : i64
                  %v4324 = arith.remui %v24, %v26 : i64
                  %v4325 = arith.cmpi ult, %v4324, %v33 : i64
                  %v4326 = arith.addi %v33, %v34 : i64
                  %v4327 = arith.muli %v4323, %v1 : i64
                  %v4328 = arith.addi %v4327, %v4326 : i64
                  %v4329 = arith.muli %v4328, %v991 : i64
                  %v4330 = arith.addi %v4329, %v4180 : i64
                  scf.if %v4325 {
                    %v4331 = llvm.getelementptr %v57[%v4330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4322, %v4331 : f32, !llvm.ptr
                  }
                  %v4332 = arith.select %v38, %v4246, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4333, %v4334 = gpu.shuffle xor %v4332, %v977, %v289 : f32
                  %v4335 = arith.addf %v4332, %v4333 fastmath<contract> : f32
                  %v4336, %v4337 = gpu.shuffle xor %v4335, %v981, %v289 : f32
                  %v4338 = arith.addf %v4335, %v4336 fastmath<contract> : f32
                  %v4339 = arith.divui %v24, %v26 : i64
                  %v4340 = arith.remui %v24, %v26 : i64
                  %v4341 = arith.cmpi ult, %v4340, %v33 : i64
                  %v4342 = arith.addi %v12, %v34 : i64
                  %v4343 = arith.muli %v4339, %v1 : i64
                  %v4344 = arith.addi %v4343, %v4342 : i64
                  %v4345 = arith.muli %v4344, %v991 : i64
                  %v4346 = arith.addi %v4345, %v4180 : i64
                  scf.if %v4341 {
                    %v4347 = llvm.getelementptr %v59[%v4346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4338, %v4347 : f32, !llvm.ptr
                  }
                  %v4348 = arith.select %v38, %v4267, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4349, %v4350 = gpu.shuffle xor %v4348, %v977, %v289 : f32
                  %v4351 = arith.addf %v4348, %v4349 fastmath<contract> : f32
                  %v4352, %v4353 = gpu.shuffle xor %v4351, %v981, %v289 : f32
                  %v4354 = arith.addf %v4351, %v4352 fastmath<contract> : f32
                  %v4355 = arith.divui %v24, %v26 : i64
                  %v4356 = arith.remui %v24, %v26 : i64
                  %v4357 = arith.cmpi ult, %v4356, %v33 : i64
                  %v4358 = arith.addi %v33, %v34 : i64
                  %v4359 = arith.muli %v4355, %v1 : i64
                  %v4360 = arith.addi %v4359, %v4358 : i64
                  %v4361 = arith.muli %v4360, %v991 : i64
                  %v4362 = arith.addi %v4361, %v4180 : i64
                  scf.if %v4357 {
                    %v4363 = llvm.getelementptr %v59[%v4362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4354, %v4363 : f32, !llvm.ptr
                  }
                  %v4364 = arith.muli %v34, %v167 : i64
                  %v4365 = arith.subi %v4181, %v136 : i64
                  %v4366 = arith.addi %v4364, %v4365 : i64
                  %v4367 = llvm.getelementptr %v63[%v4366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4368 = llvm.load %v4367 : !llvm.ptr -> f32
                  %v4369 = arith.mulf %v4368, %v4224 fastmath<contract> : f32
                  %v4370 = arith.constant 8 : i64
                  %v4371 = arith.addi %v4370, %v34 : i64
                  %v4372 = arith.muli %v4371, %v167 : i64
                  %v4373 = arith.subi %v4181, %v136 : i64
                  %v4374 = arith.addi %v4372, %v4373 : i64
                  %v4375 = llvm.getelementptr %v63[%v4374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4376 = llvm.load %v4375 : !llvm.ptr -> f32
                  %v4377 = arith.mulf %v4376, %v4226 fastmath<contract> : f32
                  %v4378 = arith.addf %v4369, %v4377 fastmath<contract> : f32
                  llvm.store %v4378, %v3100 : f32, !llvm.ptr
                  %v4379 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4237) : (f32) -> f32
                  %v4380 = arith.mulf %v304, %v4379 fastmath<contract> : f32
                  %v4381 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4380) : (f32) -> f32
                  llvm.store %v4381, %v52 : f32, !llvm.ptr
                  %v4382 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4258) : (f32) -> f32
                  %v4383 = arith.mulf %v304, %v4382 fastmath<contract> : f32
                  %v4384 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4383) : (f32) -> f32
                  llvm.store %v4384, %v53 : f32, !llvm.ptr
                }
                %v4385 = llvm.load %v3100 : !llvm.ptr -> f32
                %v4386 = arith.select %v3103, %v4385, %v4176 : f32
                %v4387 = arith.select %v3103, %v4176, %v4385 : f32
                %v4388, %v4389 = gpu.shuffle xor %v4386, %v1309, %v289 : f32
                %v4390 = arith.addf %v4387, %v4388 fastmath<contract> : f32
                %v4391 = arith.addi %v372, %v2 : i64
                %v4392 = arith.cmpi slt, %v1309, %v3111 : i32
                %v4393 = arith.cmpi eq, %v1309, %v3116 : i32
                %v4394 = arith.addi %v374, %v748 : i64
                llvm.store %v66, %v3100 : f32, !llvm.ptr
                scf.if %v4392 {
                  %v4395 = arith.addi %v136, %v4391 : i64
                  %v4396 = arith.muli %v34, %v167 : i64
                  %v4397 = arith.subi %v4395, %v136 : i64
                  %v4398 = arith.addi %v4396, %v4397 : i64
                  %v4399 = llvm.getelementptr %v61[%v4398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4400 = llvm.load %v4399 : !llvm.ptr -> f32
                  %v4401 = arith.muli %v48, %v315 : i64
                  %v4402 = arith.muli %v4395, %v314 : i64
                  %v4403 = arith.addi %v4401, %v4402 : i64
                  %v4404 = arith.muli %v46, %v313 : i64
                  %v4405 = arith.addi %v4403, %v4404 : i64
                  %v4406 = arith.muli %v44, %v2 : i64
                  %v4407 = arith.addi %v4405, %v4406 : i64
                  %v4408 = llvm.getelementptr %dy_o[%v4407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4409 = llvm.load %v4408 : !llvm.ptr -> f32
                  %v4410 = arith.mulf %v4400, %v4409 fastmath<contract> : f32
                  %v4411 = llvm.load %v50 : !llvm.ptr -> f32
                  %v4412 = llvm.load %v52 : !llvm.ptr -> f32
                  %v4413 = arith.mulf %v4412, %v4411 fastmath<contract> : f32
                  %v4414 = arith.addf %v4410, %v4413 fastmath<contract> : f32
                  llvm.store %v4414, %v50 : f32, !llvm.ptr
                  %v4415 = arith.constant 8 : i64
                  %v4416 = arith.addi %v4415, %v34 : i64
                  %v4417 = arith.muli %v4416, %v167 : i64
                  %v4418 = arith.subi %v4395, %v136 : i64
                  %v4419 = arith.addi %v4417, %v4418 : i64
                  %v4420 = llvm.getelementptr %v61[%v4419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4421 = llvm.load %v4420 : !llvm.ptr -> f32
                  %v4422 = arith.mulf %v4421, %v4409 fastmath<contract> : f32
                  %v4423 = llvm.load %v51 : !llvm.ptr -> f32
                  %v4424 = llvm.load %v53 : !llvm.ptr -> f32
                  %v4425 = arith.mulf %v4424, %v4423 fastmath<contract> : f32
                  %v4426 = arith.addf %v4422, %v4425 fastmath<contract> : f32
                  llvm.store %v4426, %v51 : f32, !llvm.ptr
                  %v4427 = arith.mulf %v2726, %v4409 fastmath<contract> : f32
                  %v4428 = arith.mulf %v2751, %v4409 fastmath<contract> : f32
                  %v4429 = arith.muli %v48, %v315 : i64
                  %v4430 = arith.muli %v4395, %v314 : i64
                  %v4431 = arith.addi %v4429, %v4430 : i64
                  %v4432 = arith.muli %v46, %v313 : i64
                  %v4433 = arith.addi %v4431, %v4432 : i64
                  %v4434 = arith.muli %v44, %v2 : i64
                  %v4435 = arith.addi %v4433, %v4434 : i64
                  %v4436 = llvm.getelementptr %in_v[%v4435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4437 = llvm.load %v4436 : !llvm.ptr -> f32
                  %v4438 = llvm.load %v50 : !llvm.ptr -> f32
                  %v4439 = arith.mulf %v4437, %v4438 fastmath<contract> : f32
                  %v4440 = llvm.load %v51 : !llvm.ptr -> f32
                  %v4441 = arith.mulf %v4437, %v4440 fastmath<contract> : f32
                  %v4442 = arith.muli %v34, %v167 : i64
                  %v4443 = arith.subi %v4395, %v136 : i64
                  %v4444 = arith.addi %v4442, %v4443 : i64
                  %v4445 = llvm.getelementptr %v65[%v4444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4446 = llvm.load %v4445 : !llvm.ptr -> f32
                  %v4447 = arith.negf %v4446 : f32
                  %v4448 = arith.mulf %v4447, %v299 fastmath<contract> : f32
                  %v4449 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4448) : (f32) -> f32
                  %v4450 = arith.addf %v67, %v4449 fastmath<contract> : f32
                  %v4451 = arith.divf %v67, %v4450 : f32
                  %v4452 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4451) : (f32) -> f32
                  %v4453 = arith.mulf %v945, %v4452 fastmath<contract> : f32
                  %v4454 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4453) : (f32) -> f32
                  %v4455 = arith.mulf %v2668, %v4438 fastmath<contract> : f32
                  %v4456 = arith.mulf %v304, %v4455 fastmath<contract> : f32
                  %v4457 = arith.mulf %v4454, %v4456 fastmath<contract> : f32
                  %v4458 = arith.subf %v67, %v4451 fastmath<contract> : f32
                  %v4459 = arith.mulf %v4451, %v4458 fastmath<contract> : f32
                  %v4460 = arith.mulf %v4457, %v4459 fastmath<contract> : f32
                  %v4461 = arith.constant 8 : i64
                  %v4462 = arith.addi %v4461, %v34 : i64
                  %v4463 = arith.muli %v4462, %v167 : i64
                  %v4464 = arith.subi %v4395, %v136 : i64
                  %v4465 = arith.addi %v4463, %v4464 : i64
                  %v4466 = llvm.getelementptr %v65[%v4465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4467 = llvm.load %v4466 : !llvm.ptr -> f32
                  %v4468 = arith.negf %v4467 : f32
                  %v4469 = arith.mulf %v4468, %v299 fastmath<contract> : f32
                  %v4470 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4469) : (f32) -> f32
                  %v4471 = arith.addf %v67, %v4470 fastmath<contract> : f32
                  %v4472 = arith.divf %v67, %v4471 : f32
                  %v4473 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4472) : (f32) -> f32
                  %v4474 = arith.mulf %v945, %v4473 fastmath<contract> : f32
                  %v4475 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4474) : (f32) -> f32
                  %v4476 = arith.mulf %v2693, %v4440 fastmath<contract> : f32
                  %v4477 = arith.mulf %v304, %v4476 fastmath<contract> : f32
                  %v4478 = arith.mulf %v4475, %v4477 fastmath<contract> : f32
                  %v4479 = arith.subf %v67, %v4472 fastmath<contract> : f32
                  %v4480 = arith.mulf %v4472, %v4479 fastmath<contract> : f32
                  %v4481 = arith.mulf %v4478, %v4480 fastmath<contract> : f32
                  %v4482 = arith.select %v38, %v4427, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4483, %v4484 = gpu.shuffle xor %v4482, %v977, %v289 : f32
                  %v4485 = arith.addf %v4482, %v4483 fastmath<contract> : f32
                  %v4486, %v4487 = gpu.shuffle xor %v4485, %v981, %v289 : f32
                  %v4488 = arith.addf %v4485, %v4486 fastmath<contract> : f32
                  %v4489 = arith.divui %v24, %v26 : i64
                  %v4490 = arith.remui %v24, %v26 : i64
                  %v4491 = arith.cmpi ult, %v4490, %v33 : i64
                  %v4492 = arith.addi %v12, %v34 : i64
                  %v4493 = arith.muli %v4489, %v1 : i64
                  %v4494 = arith.addi %v4493, %v4492 : i64
                  %v4495 = arith.muli %v4494, %v991 : i64
                  %v4496 = arith.addi %v4495, %v4394 : i64
                  scf.if %v4491 {
                    %v4497 = llvm.getelementptr %v55[%v4496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4488, %v4497 : f32, !llvm.ptr
                  }
                  %v4498 = arith.select %v38, %v4428, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4499, %v4500 = gpu.shuffle xor %v4498, %v977, %v289 : f32
                  %v4501 = arith.addf %v4498, %v4499 fastmath<contract> : f32
                  %v4502, %v4503 = gpu.shuffle xor %v4501, %v981, %v289 : f32
                  %v4504 = arith.addf %v4501, %v4502 fastmath<contract> : f32
                  %v4505 = arith.divui %v24, %v26 : i64
                  %v4506 = arith.remui %v24, %v26 : i64
                  %v4507 = arith.cmpi ult, %v4506, %v33 : i64
                  %v4508 = arith.addi %v33, %v34 : i64
                  %v4509 = arith.muli %v4505, %v1 : i64
                  %v4510 = arith.addi %v4509, %v4508 : i64
                  %v4511 = arith.muli %v4510, %v991 : i64
                  %v4512 = arith.addi %v4511, %v4394 : i64
                  scf.if %v4507 {
                    %v4513 = llvm.getelementptr %v55[%v4512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4504, %v4513 : f32, !llvm.ptr
                  }
                  %v4514 = arith.select %v38, %v4439, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4515, %v4516 = gpu.shuffle xor %v4514, %v977, %v289 : f32
                  %v4517 = arith.addf %v4514, %v4515 fastmath<contract> : f32
                  %v4518, %v4519 = gpu.shuffle xor %v4517, %v981, %v289 : f32
                  %v4520 = arith.addf %v4517, %v4518 fastmath<contract> : f32
                  %v4521 = arith.divui %v24, %v26 : i64
                  %v4522 = arith.remui %v24, %v26 : i64
                  %v4523 = arith.cmpi ult, %v4522, %v33 : i64
                  %v4524 = arith.addi %v12, %v34 : i64
                  %v4525 = arith.muli %v4521, %v1 : i64
                  %v4526 = arith.addi %v4525, %v4524 : i64
                  %v4527 = arith.muli %v4526, %v991 : i64
                  %v4528 = arith.addi %v4527, %v4394 : i64
                  scf.if %v4523 {
                    %v4529 = llvm.getelementptr %v57[%v4528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4520, %v4529 : f32, !llvm.ptr
                  }
                  %v4530 = arith.select %v38, %v4441, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4531, %v4532 = gpu.shuffle xor %v4530, %v977, %v289 : f32
                  %v4533 = arith.addf %v4530, %v4531 fastmath<contract> : f32
                  %v4534, %v4535 = gpu.shuffle xor %v4533, %v981, %v289 : f32
                  %v4536 = arith.addf %v4533, %v4534 fastmath<contract> : f32
                  %v4537 = arith.divui %v24, %v26 : i64
                  %v4538 = arith.remui %v24, %v26 : i64
                  %v4539 = arith.cmpi ult, %v4538, %v33 : i64
                  %v4540 = arith.addi %v33, %v34 : i64
                  %v4541 = arith.muli %v4537, %v1 : i64
                  %v4542 = arith.addi %v4541, %v4540 : i64
                  %v4543 = arith.muli %v4542, %v991 : i64
                  %v4544 = arith.addi %v4543, %v4394 : i64
                  scf.if %v4539 {
                    %v4545 = llvm.getelementptr %v57[%v4544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4536, %v4545 : f32, !llvm.ptr
                  }
                  %v4546 = arith.select %v38, %v4460, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4547, %v4548 = gpu.shuffle xor %v4546, %v977, %v289 : f32
                  %v4549 = arith.addf %v4546, %v4547 fastmath<contract> : f32
                  %v4550, %v4551 = gpu.shuffle xor %v4549, %v981, %v289 : f32
                  %v4552 = arith.addf %v4549, %v4550 fastmath<contract> : f32
                  %v4553 = arith.divui %v24, %v26 : i64
                  %v4554 = arith.remui %v24, %v26 : i64
                  %v4555 = arith.cmpi ult, %v4554, %v33 : i64
                  %v4556 = arith.addi %v12, %v34 : i64
                  %v4557 = arith.muli %v4553, %v1 : i64
                  %v4558 = arith.addi %v4557, %v4556 : i64
                  %v4559 = arith.muli %v4558, %v991 : i64
                  %v4560 = arith.addi %v4559, %v4394 : i64
                  scf.if %v4555 {
                    %v4561 = llvm.getelementptr %v59[%v4560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4552, %v4561 : f32, !llvm.ptr
                  }
                  %v4562 = arith.select %v38, %v4481, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4563, %v4564 = gpu.shuffle xor %v4562, %v977, %v289 : f32
                  %v4565 = arith.addf %v4562, %v4563 fastmath<contract> : f32
                  %v4566, %v4567 = gpu.shuffle xor %v4565, %v981, %v289 : f32
                  %v4568 = arith.addf %v4565, %v4566 fastmath<contract> : f32
                  %v4569 = arith.divui %v24, %v26 : i64
                  %v4570 = arith.remui %v24, %v26 : i64
                  %v4571 = arith.cmpi ult, %v4570, %v33 : i64
                  %v4572 = arith.addi %v33, %v34 : i64
                  %v4573 = arith.muli %v4569, %v1 : i64
                  %v4574 = arith.addi %v4573, %v4572 : i64
                  %v4575 = arith.muli %v4574, %v991 : i64
                  %v4576 = arith.addi %v4575, %v4394 : i64
                  scf.if %v4571 {
                    %v4577 = llvm.getelementptr %v59[%v4576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4568, %v4577 : f32, !llvm.ptr
                  }
                  %v4578 = arith.muli %v34, %v167 : i64
                  %v4579 = arith.subi %v4395, %v136 : i64
                  %v4580 = arith.addi %v4578, %v4579 : i64
                  %v4581 = llvm.getelementptr %v63[%v4580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4582 = llvm.load %v4581 : !llvm.ptr -> f32
                  %v4583 = arith.mulf %v4582, %v4438 fastmath<contract> : f32
                  %v4584 = arith.constant 8 : i64
                  %v4585 = arith.addi %v4584, %v34 : i64
                  %v4586 = arith.muli %v4585, %v167 : i64
                  %v4587 = arith.subi %v4395, %v136 : i64
                  %v4588 = arith.addi %v4586, %v4587 : i64
                  %v4589 = llvm.getelementptr %v63[%v4588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4590 = llvm.load %v4589 : !llvm.ptr -> f32
                  %v4591 = arith.mulf %v4590, %v4440 fastmath<contract> : f32
                  %v4592 = arith.addf %v4583, %v4591 fastmath<contract> : f32
                  llvm.store %v4592, %v3100 : f32, !llvm.ptr
                  %v4593 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4451) : (f32) -> f32
                  %v4594 = arith.mulf %v304, %v4593 fastmath<contract> : f32
                  %v4595 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4594) : (f32) -> f32
                  llvm.store %v4595, %v52 : f32, !llvm.ptr
                  %v4596 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4472) : (f32) -> f32
                  %v4597 = arith.mulf %v304, %v4596 fastmath<contract> : f32
                  %v4598 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4597) : (f32) -> f32
                  llvm.store %v4598, %v53 : f32, !llvm.ptr
                }
                %v4599 = llvm.load %v3100 : !llvm.ptr -> f32
                %v4600 = arith.addi %v372, %v12 : i64
                %v4601 = arith.cmpi slt, %v2378, %v3111 : i32
                %v4602 = arith.cmpi eq, %v2378, %v3116 : i32
                %v4603 = arith.addi %v374, %v87 : i64
                llvm.store %v66, %v3100 : f32, !llvm.ptr
                scf.if %v4601 {
                  %v4604 = arith.addi %v136, %v4600 : i64
                  %v4605 = arith.muli %v34, %v167 : i64
                  %v4606 = arith.subi %v4604, %v136 : i64
                  %v4607 = arith.addi %v4605, %v4606 : i64
                  %v4608 = llvm.getelementptr %v61[%v4607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4609 = llvm.load %v4608 : !llvm.ptr -> f32
                  %v4610 = arith.muli %v48, %v315 : i64
                  %v4611 = arith.muli %v4604, %v314 : i64
                  %v4612 = arith.addi %v4610, %v4611 : i64
                  %v4613 = arith.muli %v46, %v313 : i64
                  %v4614 = arith.addi %v4612, %v4613 : i64
                  %v4615 = arith.muli %v44, %v2 : i64
                  %v4616 = arith.addi %v4614, %v4615 : i64
                  %v4617 = llvm.getelementptr %dy_o[%v4616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4618 = llvm.load %v4617 : !llvm.ptr -> f32
                  %v4619 = arith.mulf %v4609, %v4618 fastmath<contract> : f32
                  %v4620 = llvm.load %v50 : !llvm.ptr -> f32
                  %v4621 = llvm.load %v52 : !llvm.ptr -> f32
                  %v4622 = arith.mulf %v4621, %v4620 fastmath<contract> : f32
                  %v4623 = arith.addf %v4619, %v4622 fastmath<contract> : f32
                  llvm.store %v4623, %v50 : f32, !llvm.ptr
                  %v4624 = arith.constant 8 : i64
                  %v4625 = arith.addi %v4624, %v34 : i64
                  %v4626 = arith.muli %v4625, %v167 : i64
                  %v4627 = arith.subi %v4604, %v136 : i64
                  %v4628 = arith.addi %v4626, %v4627 : i64
                  %v4629 = llvm.getelementptr %v61[%v4628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4630 = llvm.load %v4629 : !llvm.ptr -> f32
                  %v4631 = arith.mulf %v4630, %v4618 fastmath<contract> : f32
                  %v4632 = llvm.load %v51 : !llvm.ptr -> f32
                  %v4633 = llvm.load %v53 : !llvm.ptr -> f32
                  %v4634 = arith.mulf %v4633, %v4632 fastmath<contract> : f32
                  %v4635 = arith.addf %v4631, %v4634 fastmath<contract> : f32
                  llvm.store %v4635, %v51 : f32, !llvm.ptr
                  %v4636 = arith.mulf %v2668, %v4618 fastmath<contract> : f32
                  %v4637 = arith.mulf %v2693, %v4618 fastmath<contract> : f32
                  %v4638 = arith.muli %v48, %v315 : i64
                  %v4639 = arith.muli %v4604, %v314 : i64
                  %v4640 = arith.addi %v4638, %v4639 : i64
                  %v4641 = arith.muli %v46, %v313 : i64
                  %v4642 = arith.addi %v4640, %v4641 : i64
                  %v4643 = arith.muli %v44, %v2 : i64
                  %v4644 = arith.addi %v4642, %v4643 : i64
                  %v4645 = llvm.getelementptr %in_v[%v4644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4646 = llvm.load %v4645 : !llvm.ptr -> f32
                  %v4647 = llvm.load %v50 : !llvm.ptr -> f32
                  %v4648 = arith.mulf %v4646, %v4647 fastmath<contract> : f32
                  %v4649 = llvm.load %v51 : !llvm.ptr -> f32
                  %v4650 = arith.mulf %v4646, %v4649 fastmath<contract> : f32
                  %v4651 = arith.muli %v34, %v167 : i64
                  %v4652 = arith.subi %v4604, %v136 : i64
                  %v4653 = arith.addi %v4651, %v4652 : i64
                  %v4654 = llvm.getelementptr %v65[%v4653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4655 = llvm.load %v4654 : !llvm.ptr -> f32
                  %v4656 = arith.negf %v4655 : f32
                  %v4657 = arith.mulf %v4656, %v299 fastmath<contract> : f32
                  %v4658 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4657) : (f32) -> f32
                  %v4659 = arith.addf %v67, %v4658 fastmath<contract> : f32
                  %v4660 = arith.divf %v67, %v4659 : f32
                  %v4661 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4660) : (f32) -> f32
                  %v4662 = arith.mulf %v945, %v4661 fastmath<contract> : f32
                  %v4663 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4662) : (f32) -> f32
                  %v4664 = arith.mulf %v2623, %v4647 fastmath<contract> : f32
                  %v4665 = arith.mulf %v304, %v4664 fastmath<contract> : f32
                  %v4666 = arith.mulf %v4663, %v4665 fastmath<contract> : f32
                  %v4667 = arith.subf %v67, %v4660 fastmath<contract> : f32
                  %v4668 = arith.mulf %v4660, %v4667 fastmath<contract> : f32
                  %v4669 = arith.mulf %v4666, %v4668 fastmath<contract> : f32
                  %v4670 = arith.constant 8 : i64
                  %v4671 = arith.addi %v4670, %v34 : i64
                  %v4672 = arith.muli %v4671, %v167 : i64
                  %v4673 = arith.subi %v4604, %v136 : i64
                  %v4674 = arith.addi %v4672, %v4673 : i64
                  %v4675 = llvm.getelementptr %v65[%v4674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4676 = llvm.load %v4675 : !llvm.ptr -> f32
                  %v4677 = arith.negf %v4676 : f32
                  %v4678 = arith.mulf %v4677, %v299 fastmath<contract> : f32
                  %v4679 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4678) : (f32) -> f32
                  %v4680 = arith.addf %v67, %v4679 fastmath<contract> : f32
                  %v4681 = arith.divf %v67, %v4680 : f32
                  %v4682 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4681) : (f32) -> f32
                  %v4683 = arith.mulf %v945, %v4682 fastmath<contract> : f32
                  %v4684 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4683) : (f32) -> f32
                  %v4685 = arith.mulf %v2632, %v4649 fastmath<contract> : f32
                  %v4686 = arith.mulf %v304, %v4685 fastmath<contract> : f32
                  %v4687 = arith.mulf %v4684, %v4686 fastmath<contract> : f32
                  %v4688 = arith.subf %v67, %v4681 fastmath<contract> : f32
                  %v4689 = arith.mulf %v4681, %v4688 fastmath<contract> : f32
                  %v4690 = arith.mulf %v4687, %v4689 fastmath<contract> : f32
                  %v4691 = arith.select %v38, %v4636, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4692, %v4693 = gpu.shuffle xor %v4691, %v977, %v289 : f32
                  %v4694 = arith.addf %v4691, %v4692 fastmath<contract> : f32
                  %v4695, %v4696 = gpu.shuffle xor %v4694, %v981, %v289 : f32
                  %v4697 = arith.addf %v4694, %v4695 fastmath<contract> : f32
                  %v4698 = arith.divui %v24, %v26 : i64
                  %v4699 = arith.remui %v24, %v26 : i64
                  %v4700 = arith.cmpi ult, %v4699, %v33 : i64
                  %v4701 = arith.addi %v12, %v34 : i64
                  %v4702 = arith.muli %v4698, %v1 : i64
                  %v4703 = arith.addi %v4702, %v4701 : i64
                  %v4704 = arith.muli %v4703, %v991 : i64
                  %v4705 = arith.addi %v4704, %v4603 : i64
                  scf.if %v4700 {
                    %v4706 = llvm.getelementptr %v55[%v4705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4697, %v4706 : f32, !llvm.ptr
                  }
                  %v4707 = arith.select %v38, %v4637, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4708, %v4709 = gpu.shuffle xor %v4707, %v977, %v289 : f32
                  %v4710 = arith.addf %v4707, %v4708 fastmath<contract> : f32
                  %v4711, %v4712 = gpu.shuffle xor %v4710, %v981, %v289 : f32
                  %v4713 = arith.addf %v4710, %v4711 fastmath<contract> : f32
                  %v4714 = arith.divui %v24, %v26 : i64
                  %v4715 = arith.remui %v24, %v26 : i64
                  %v4716 = arith.cmpi ult, %v4715, %v33 : i64
                  %v4717 = arith.addi %v33, %v34 : i64
                  %v4718 = arith.muli %v4714, %v1 : i64
                  %v4719 = arith.addi %v4718, %v4717 : i64
                  %v4720 = arith.muli %v4719, %v991 : i64
                  %v4721 = arith.addi %v4720, %v4603 : i64
                  scf.if %v4716 {
                    %v4722 = llvm.getelementptr %v55[%v4721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4713, %v4722 : f32, !llvm.ptr
                  }
                  %v4723 = arith.select %v38, %v4648, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4724, %v4725 = gpu.shuffle xor %v4723, %v977, %v289 : f32
                  %v4726 = arith.addf %v4723, %v4724 fastmath<contract> : f32
                  %v4727, %v4728 = gpu.shuffle xor %v4726, %v981, %v289 : f32
                  %v4729 = arith.addf %v4726, %v4727 fastmath<contract> : f32
                  %v4730 = arith.divui %v24, %v26 : i64
                  %v4731 = arith.remui %v24, %v26 : i64
                  %v4732 = arith.cmpi ult, %v4731, %v33 : i64
                  %v4733 = arith.addi %v12, %v34 : i64
                  %v4734 = arith.muli %v4730, %v1 : i64
                  %v4735 = arith.addi %v4734, %v4733 : i64
                  %v4736 = arith.muli %v4735, %v991 : i64
                  %v4737 = arith.addi %v4736, %v4603 : i64
                  scf.if %v4732 {
                    %v4738 = llvm.getelementptr %v57[%v4737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4729, %v4738 : f32, !llvm.ptr
                  }
                  %v4739 = arith.select %v38, %v4650, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4740, %v4741 = gpu.shuffle xor %v4739, %v977, %v289 : f32
                  %v4742 = arith.addf %v4739, %v4740 fastmath<contract> : f32
                  %v4743, %v4744 = gpu.shuffle xor %v4742, %v981, %v289 : f32
                  %v4745 = arith.addf %v4742, %v4743 fastmath<contract> : f32
                  %v4746 = arith.divui %v24, %v26 : i64
                  %v4747 = arith.remui %v24, %v26 : i64
                  %v4748 = arith.cmpi ult, %v4747, %v33 : i64
                  %v4749 = arith.addi %v33, %v34 : i64
                  %v4750 = arith.muli %v4746, %v1 : i64
                  %v4751 = arith.addi %v4750, %v4749 : i64
                  %v4752 = arith.muli %v4751, %v991 : i64
                  %v4753 = arith.addi %v4752, %v4603 : i64
                  scf.if %v4748 {
                    %v4754 = llvm.getelementptr %v57[%v4753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4745, %v4754 : f32, !llvm.ptr
                  }
                  %v4755 = arith.select %v38, %v4669, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4756, %v4757 = gpu.shuffle xor %v4755, %v977, %v289 : f32
                  %v4758 = arith.addf %v4755, %v4756 fastmath<contract> : f32
                  %v4759, %v4760 = gpu.shuffle xor %v4758, %v981, %v289 : f32
                  %v4761 = arith.addf %v4758, %v4759 fastmath<contract> : f32
                  %v4762 = arith.divui %v24, %v26 : i64
                  %v4763 = arith.remui %v24, %v26 : i64
                  %v4764 = arith.cmpi ult, %v4763, %v33 : i64
                  %v4765 = arith.addi %v12, %v34 : i64
                  %v4766 = arith.muli %v4762, %v1 : i64
                  %v4767 = arith.addi %v4766, %v4765 : i64
                  %v4768 = arith.muli %v4767, %v991 : i64
                  %v4769 = arith.addi %v4768, %v4603 : i64
                  scf.if %v4764 {
                    %v4770 = llvm.getelementptr %v59[%v4769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4761, %v4770 : f32, !llvm.ptr
                  }
                  %v4771 = arith.select %v38, %v4690, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4772, %v4773 = gpu.shuffle xor %v4771, %v977, %v289 : f32
                  %v4774 = arith.addf %v4771, %v4772 fastmath<contract> : f32
                  %v4775, %v4776 = gpu.shuffle xor %v4774, %v981, %v289 : f32
                  %v4777 = arith.addf %v4774, %v4775 fastmath<contract> : f32
                  %v4778 = arith.divui %v24, %v26 : i64
                  %v4779 = arith.remui %v24, %v26 : i64
                  %v4780 = arith.cmpi ult, %v4779, %v33 : i64
                  %v4781 = arith.addi %v33, %v34 : i64
                  %v4782 = arith.muli %v4778, %v1 : i64
                  %v4783 = arith.addi %v4782, %v4781 : i64
                  %v4784 = arith.muli %v4783, %v991 : i64
                  %v4785 = arith.addi %v4784, %v4603 : i64
                  scf.if %v4780 {
                    %v4786 = llvm.getelementptr %v59[%v4785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4777, %v4786 : f32, !llvm.ptr
                  }
                  %v4787 = arith.muli %v34, %v167 : i64
                  %v4788 = arith.subi %v4604, %v136 : i64
                  %v4789 = arith.addi %v4787, %v4788 : i64
                  %v4790 = llvm.getelementptr %v63[%v4789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4791 = llvm.load %v4790 : !llvm.ptr -> f32
                  %v4792 = arith.mulf %v4791, %v4647 fastmath<contract> : f32
                  %v4793 = arith.constant 8 : i64
                  %v4794 = arith.addi %v4793, %v34 : i64
                  %v4795 = arith.muli %v4794, %v167 : i64
                  %v4796 = arith.subi %v4604, %v136 : i64
                  %v4797 = arith.addi %v4795, %v4796 : i64
                  %v4798 = llvm.getelementptr %v63[%v4797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4799 = llvm.load %v4798 : !llvm.ptr -> f32
                  %v4800 = arith.mulf %v4799, %v4649 fastmath<contract> : f32
                  %v4801 = arith.addf %v4792, %v4800 fastmath<contract> : f32
                  llvm.store %v4801, %v3100 : f32, !llvm.ptr
                  %v4802 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4660) : (f32) -> f32
                  %v4803 = arith.mulf %v304, %v4802 fastmath<contract> : f32
                  %v4804 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4803) : (f32) -> f32
                  llvm.store %v4804, %v52 : f32, !llvm.ptr
                  %v4805 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4681) : (f32) -> f32
                  %v4806 = arith.mulf %v304, %v4805 fastmath<contract> : f32
                  %v4807 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4806) : (f32) -> f32
                  llvm.store %v4807, %v53 : f32, !llvm.ptr
                }
                %v4808 = llvm.load %v3100 : !llvm.ptr -> f32
                %v4809 = arith.select %v3103, %v4808, %v4599 : f32
                %v4810 = arith.select %v3103, %v4599, %v4808 : f32
                %v4811, %v4812 = gpu.shuffle xor %v4809, %v1309, %v289 : f32
                %v4813 = arith.addf %v4810, %v4811 fastmath<contract> : f32
                %v4814 = arith.select %v3106, %v4813, %v4390 : f32
                %v4815 = arith.select %v3106, %v4390, %v4813 : f32
                %v4816, %v4817 = gpu.shuffle xor %v4814, %v1740, %v289 : f32
                %v4818 = arith.addf %v4815, %v4816 fastmath<contract> : f32
                %v4819 = arith.select %v3109, %v4818, %v3967 : f32
                %v4820 = arith.select %v3109, %v3967, %v4818 : f32
                %v4821, %v4822 = gpu.shuffle xor %v4819, %v1524, %v289 : f32
                %v4823 = arith.addf %v4820, %v4821 fastmath<contract> : f32
                %v4824 = arith.addi %v372, %v34 : i64
                %v4825 = arith.cmpi slt, %v4824, %v138 : i64
                %v4826 = arith.andi %v38, %v4825 : i1
                scf.if %v4826 {
                  %v4827 = arith.addi %v136, %v4824 : i64
                  // the gradients of this lane's own step
                  %v4828 = arith.muli %v48, %v315 : i64
                  %v4829 = arith.muli %v4827, %v314 : i64
                  %v4830 = arith.addi %v4828, %v4829 : i64
                  %v4831 = arith.muli %v46, %v313 : i64
                  %v4832 = arith.addi %v4830, %v4831 : i64
                  %v4833 = arith.muli %v44, %v2 : i64
                  %v4834 = arith.addi %v4832, %v4833 : i64
                  %v4835 = llvm.getelementptr %dx_v[%v4834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v4823, %v4835 : f32, !llvm.ptr
                }
              }
            }
          }
          gpu.barrier
          %v4836 = arith.index_cast %v24 : i64 to index
          %v4837 = arith.index_cast %v143 : i64 to index
          %v4838 = arith.index_cast %v143 : i64 to index
          scf.for %v4839 = %v4836 to %v4837 step %v4838 {
            %v4840 = arith.index_cast %v4839 : index to i64
            %v4845 = arith.remui %v4840, %v1 : i64
            %v4846 = arith.divui %v4840, %v1 : i64
            %v4847 = arith.muli %v361, %v78 : i64
            %v4848 = arith.divui %v4845, %v33 : i64
            %v4849 = arith.addi %v4847, %v4848 : i64
            %v4850 = arith.cmpi slt, %v4849, %v140 : i64
            %v4851 = arith.subi %v140, %v2 : i64
            %v4852 = arith.subi %v4851, %v4849 : i64
            %v4853 = arith.remui %v4845, %v33 : i64
            %v4854 = arith.subi %v87, %v4853 : i64
            %v4855 = arith.muli %v4852, %v33 : i64
            %v4856 = arith.addi %v4855, %v4854 : i64
            %v4857 = arith.cmpi slt, %v4856, %v138 : i64
            %v4858 = arith.andi %v4850, %v4857 : i1
            scf.if %v4858 {
              %v4859 = arith.addi %v136, %v4856 : i64
              %v4860 = arith.remui %v4840, %v1 : i64
              %v4861 = arith.divui %v4840, %v1 : i64
              %v4862 = arith.muli %v12, %v1 : i64
              %v4863 = arith.addi %v4862, %v4861 : i64
              %v4864 = arith.muli %v4863, %v991 : i64
              %v4865 = arith.addi %v4864, %v4860 : i64
              %v4866 = llvm.getelementptr %v55[%v4865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4867 = llvm.load %v4866 : !llvm.ptr -> f32
              %v4868 = arith.muli %v2, %v1 : i64
              %v4869 = arith.addi %v4868, %v4861 : i64
              %v4870 = arith.muli %v4869, %v991 : i64
              %v4871 = arith.addi %v4870, %v4860 : i64
              %v4872 = llvm.getelementptr %v55[%v4871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4873 = llvm.load %v4872 : !llvm.ptr -> f32
              %v4874 = arith.addf %v4867, %v4873 fastmath<contract> : f32
              %v4875 = arith.muli %v78, %v1 : i64
              %v4876 = arith.addi %v4875, %v4861 : i64
              %v4877 = arith.muli %v4876, %v991 : i64
              %v4878 = arith.addi %v4877, %v4860 : i64
              %v4879 = llvm.getelementptr %v55[%v4878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4880 = llvm.load %v4879 : !llvm.ptr -> f32
              %v4881 = arith.addf %v4874, %v4880 fastmath<contract> : f32
              %v4882 = arith.muli %v82, %v1 : i64
              %v4883 = arith.addi %v4882, %v4861 : i64
              %v4884 = arith.muli %v4883, %v991 : i64
              %v4885 = arith.addi %v4884, %v4860 : i64
              %v4886 = llvm.getelementptr %v55[%v4885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4887 = llvm.load %v4886 : !llvm.ptr -> f32
              %v4888 = arith.addf %v4881, %v4887 fastmath<contract> : f32
              %v4889 = arith.muli %v70, %v1 : i64
              %v4890 = arith.addi %v4889, %v4861 : i64
              %v4891 = arith.muli %v4890, %v991 : i64
              %v4892 = arith.addi %v4891, %v4860 : i64
              %v4893 = llvm.getelementptr %v55[%v4892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4894 = llvm.load %v4893 : !llvm.ptr -> f32
              %v4895 = arith.addf %v4888, %v4894 fastmath<contract> : f32
              %v4896 = arith.muli %v689, %v1 : i64
              %v4897 = arith.addi %v4896, %v4861 : i64
              %v4898 = arith.muli %v4897, %v991 : i64
              %v4899 = arith.addi %v4898, %v4860 : i64
              %v4900 = llvm.getelementptr %v55[%v4899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4901 = llvm.load %v4900 : !llvm.ptr -> f32
              %v4902 = arith.addf %v4895, %v4901 fastmath<contract> : f32
              %v4903 = arith.muli %v748, %v1 : i64
              %v4904 = arith.addi %v4903, %v4861 : i64
              %v4905 = arith.muli %v4904, %v991 : i64
              %v4906 = arith.addi %v4905, %v4860 : i64
              %v4907 = llvm.getelementptr %v55[%v4906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4908 = llvm.load %v4907 : !llvm.ptr -> f32
              %v4909 = arith.addf %v4902, %v4908 fastmath<contract> : f32
              %v4910 = arith.muli %v87, %v1 : i64
              %v4911 = arith.addi %v4910, %v4861 : i64
              %v4912 = arith.muli %v4911, %v991 : i64
              %v4913 = arith.addi %v4912, %v4860 : i64
              %v4914 = llvm.getelementptr %v55[%v4913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4915 = llvm.load %v4914 : !llvm.ptr -> f32
              %v4916 = arith.addf %v4909, %v4915 fastmath<contract> : f32
              %v4917 = arith.subi %v4859, %slice_first : i64
              %v4918 = arith.remui %v4846, %v1 : i64
              %v4919 = arith.divui %v4846, %v1 : i64
              %v4923 = arith.muli %v48, %v4922 : i64
              %v4924 = arith.muli %v4917, %v4921 : i64
              %v4925 = arith.addi %v4923, %v4924 : i64
              %v4926 = arith.muli %v46, %v4920 : i64
              %v4927 = arith.addi %v4925, %v4926 : i64
              %v4928 = arith.muli %v4918, %v2 : i64
              %v4929 = arith.addi %v4927, %v4928 : i64
              %v4930 = arith.muli %v32, %v4844 : i64
              %v4931 = arith.addi %v4930, %v4929 : i64
              %v4932 = llvm.getelementptr %part_q[%v4931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4916, %v4932 : f32, !llvm.ptr
            }
          }
          %v4933 = arith.index_cast %v24 : i64 to index
          %v4934 = arith.index_cast %v143 : i64 to index
          %v4935 = arith.index_cast %v143 : i64 to index
          scf.for %v4936 = %v4933 to %v4934 step %v4935 {
            %v4937 = arith.index_cast %v4936 : index to i64
            %v4942 = arith.remui %v4937, %v1 : i64
            %v4943 = arith.divui %v4937, %v1 : i64
            %v4944 = arith.muli %v361, %v78 : i64
            %v4945 = arith.divui %v4942, %v33 : i64
            %v4946 = arith.addi %v4944, %v4945 : i64
            %v4947 = arith.cmpi slt, %v4946, %v140 : i64
            %v4948 = arith.subi %v140, %v2 : i64
            %v4949 = arith.subi %v4948, %v4946 : i64
            %v4950 = arith.remui %v4942, %v33 : i64
            %v4951 = arith.subi %v87, %v4950 : i64
            %v4952 = arith.muli %v4949, %v33 : i64
            %v4953 = arith.addi %v4952, %v4951 : i64
            %v4954 = arith.cmpi slt, %v4953, %v138 : i64
            %v4955 = arith.andi %v4947, %v4954 : i1
            scf.if %v4955 {
              %v4956 = arith.addi %v136, %v4953 : i64
              %v4957 = arith.remui %v4937, %v1 : i64
              %v4958 = arith.divui %v4937, %v1 : i64
              %v4959 = arith.muli %v12, %v1 : i64
              %v4960 = arith.addi %v4959, %v4958 : i64
              %v4961 = arith.muli %v4960, %v991 : i64
              %v4962 = arith.addi %v4961, %v4957 : i64
              %v4963 = llvm.getelementptr %v57[%v4962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4964 = llvm.load %v4963 : !llvm.ptr -> f32
              %v4965 = arith.muli %v2, %v1 : i64
              %v4966 = arith.addi %v4965, %v4958 : i64
              %v4967 = arith.muli %v4966, %v991 : i64
              %v4968 = arith.addi %v4967, %v4957 : i64
              %v4969 = llvm.getelementptr %v57[%v4968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4970 = llvm.load %v4969 : !llvm.ptr -> f32
              %v4971 = arith.addf %v4964, %v4970 fastmath<contract> : f32
              %v4972 = arith.muli %v78, %v1 : i64
              %v4973 = arith.addi %v4972, %v4958 : i64
              %v4974 = arith.muli %v4973, %v991 : i64
              %v4975 = arith.addi %v4974, %v4957 : i64
              %v4976 = llvm.getelementptr %v57[%v4975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4977 = llvm.load %v4976 : !llvm.ptr -> f32
              %v4978 = arith.addf %v4971, %v4977 fastmath<contract> : f32
              %v4979 = arith.muli %v82, %v1 : i64
              %v4980 = arith.addi %v4979, %v4958 : i64
              %v4981 = arith.muli %v4980, %v991 : i64
              %v4982 = arith.addi %v4981, %v4957 : i64
              %v4983 = llvm.getelementptr %v57[%v4982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4984 = llvm.load %v4983 : !llvm.ptr -> f32
              %v4985 = arith.addf %v4978, %v4984 fastmath<contract> : f32
              %v4986 = arith.muli %v70, %v1 : i64
              %v4987 = arith.addi %v4986, %v4958 : i64
              %v4988 = arith.muli %v4987, %v991 : i64
              %v4989 = arith.addi %v4988, %v4957 : i64
              %v4990 = llvm.getelementptr %v57[%v4989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4991 = llvm.load %v4990 : !llvm.ptr -> f32
              %v4992 = arith.addf %v4985, %v4991 fastmath<contract> : f32
              %v4993 = arith.muli %v689, %v1 : i64
              %v4994 = arith.addi %v4993, %v4958 : i64
              %v4995 = arith.muli %v4994, %v991 : i64
              %v4996 = arith.addi %v4995, %v4957 : i64
              %v4997 = llvm.getelementptr %v57[%v4996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4998 = llvm.load %v4997 : !llvm.ptr -> f32
              %v4999 = arith.addf %v4992, %v4998 fastmath<contract> : f32
              %v5000 = arith.muli %v748, %v1 : i64
              %v5001 = arith.addi %v5000, %v4958 : i64
              %v5002 = arith.muli %v5001, %v991 : i64
              %v5003 = arith.addi %v5002, %v4957 : i64
              %v5004 = llvm.getelementptr %v57[%v5003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5005 = llvm.load %v5004 : !llvm.ptr -> f32
              %v5006 = arith.addf %v4999, %v5005 fastmath<contract> : f32
              %v5007 = arith.muli %v87, %v1 : i64
              %v5008 = arith.addi %v5007, %v4958 : i64
              %v5009 = arith.muli %v5008, %v991 : i64
              %v5010 = arith.addi %v5009, %v4957 : i64
              %v5011 = llvm.getelementptr %v57[%v5010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5012 = llvm.load %v5011 : !llvm.ptr -> f32
              %v5013 = arith.addf %v5006, %v5012 fastmath<contract> : f32
              %v5014 = arith.subi %v4956, %slice_first : i64
              %v5015 = arith.remui %v4943, %v1 : i64
              %v5016 = arith.divui %v4943, %v1 : i64
              %v5017 = arith.muli %v48, %v4922 : i64
              %v5018 = arith.muli %v5014, %v4921 : i64
              %v5019 = arith.addi %v5017, %v5018 : i64
              %v5020 = arith.muli %v46, %v4920 : i64
              %v5021 = arith.addi %v5019, %v5020 : i64
              %v5022 = arith.muli %v5015, %v2 : i64
              %v5023 = arith.addi %v5021, %v5022 : i64
              %v5024 = arith.muli %v32, %v4941 : i64
              %v5025 = arith.addi %v5024, %v5023 : i64
              %v5026 = llvm.getelementptr %part_k[%v5025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v5013, %v5026 : f32, !llvm.ptr
            }
          }
          %v5027 = arith.index_cast %v24 : i64 to index
          %v5028 = arith.index_cast %v143 : i64 to index
          %v5029 = arith.index_cast %v143 : i64 to index
          scf.for %v5030 = %v5027 to %v5028 step %v5029 {
            %v5031 = arith.index_cast %v5030 : index to i64
            %v5036 = arith.remui %v5031, %v1 : i64
            %v5037 = arith.divui %v5031, %v1 : i64
            %v5038 = arith.muli %v361, %v78 : i64
            %v5039 = arith.divui %v5036, %v33 : i64
            %v5040 = arith.addi %v5038, %v5039 : i64
            %v5041 = arith.cmpi slt, %v5040, %v140 : i64
            %v5042 = arith.subi %v140, %v2 : i64
            %v5043 = arith.subi %v5042, %v5040 : i64
            %v5044 = arith.remui %v5036, %v33 : i64
            %v5045 = arith.subi %v87, %v5044 : i64
            %v5046 = arith.muli %v5043, %v33 : i64
            %v5047 = arith.addi %v5046, %v5045 : i64
            %v5048 = arith.cmpi slt, %v5047, %v138 : i64
            %v5049 = arith.andi %v5041, %v5048 : i1
            scf.if %v5049 {
              %v5050 = arith.addi %v136, %v5047 : i64
              %v5051 = arith.remui %v5031, %v1 : i64
              %v5052 = arith.divui %v5031, %v1 : i64
              %v5053 = arith.muli %v12, %v1 : i64
              %v5054 = arith.addi %v5053, %v5052 : i64
              %v5055 = arith.muli %v5054, %v991 : i64
              %v5056 = arith.addi %v5055, %v5051 : i64
              %v5057 = llvm.getelementptr %v59[%v5056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5058 = llvm.load %v5057 : !llvm.ptr -> f32
              %v5059 = arith.muli %v2, %v1 : i64
              %v5060 = arith.addi %v5059, %v5052 : i64
              %v5061 = arith.muli %v5060, %v991 : i64
              %v5062 = arith.addi %v5061, %v5051 : i64
              %v5063 = llvm.getelementptr %v59[%v5062] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5064 = llvm.load %v5063 : !llvm.ptr -> f32
              %v5065 = arith.addf %v5058, %v5064 fastmath<contract> : f32
              %v5066 = arith.muli %v78, %v1 : i64
              %v5067 = arith.addi %v5066, %v5052 : i64
              %v5068 = arith.muli %v5067, %v991 : i64
              %v5069 = arith.addi %v5068, %v5051 : i64
              %v5070 = llvm.getelementptr %v59[%v5069] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5071 = llvm.load %v5070 : !llvm.ptr -> f32
              %v5072 = arith.addf %v5065, %v5071 fastmath<contract> : f32
              %v5073 = arith.muli %v82, %v1 : i64
              %v5074 = arith.addi %v5073, %v5052 : i64
              %v5075 = arith.muli %v5074, %v991 : i64
              %v5076 = arith.addi %v5075, %v5051 : i64
              %v5077 = llvm.getelementptr %v59[%v5076] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5078 = llvm.load %v5077 : !llvm.ptr -> f32
              %v5079 = arith.addf %v5072, %v5078 fastmath<contract> : f32
              %v5080 = arith.muli %v70, %v1 : i64
              %v5081 = arith.addi %v5080, %v5052 : i64
              %v5082 = arith.muli %v5081, %v991 : i64
              %v5083 = arith.addi %v5082, %v5051 : i64
              %v5084 = llvm.getelementptr %v59[%v5083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5085 = llvm.load %v5084 : !llvm.ptr -> f32
              %v5086 = arith.addf %v5079, %v5085 fastmath<contract> : f32
              %v5087 = arith.muli %v689, %v1 : i64
              %v5088 = arith.addi %v5087, %v5052 : i64
              %v5089 = arith.muli %v5088, %v991 : i64
              %v5090 = arith.addi %v5089, %v5051 : i64
              %v5091 = llvm.getelementptr %v59[%v5090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5092 = llvm.load %v5091 : !llvm.ptr -> f32
              %v5093 = arith.addf %v5086, %v5092 fastmath<contract> : f32
              %v5094 = arith.muli %v748, %v1 : i64
              %v5095 = arith.addi %v5094, %v5052 : i64
              %v5096 = arith.muli %v5095, %v991 : i64
              %v5097 = arith.addi %v5096, %v5051 : i64
              %v5098 = llvm.getelementptr %v59[%v5097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5099 = llvm.load %v5098 : !llvm.ptr -> f32
              %v5100 = arith.addf %v5093, %v5099 fastmath<contract> : f32
              %v5101 = arith.muli %v87, %v1 : i64
              %v5102 = arith.addi %v5101, %v5052 : i64
              %v5103 = arith.muli %v5102, %v991 : i64
              %v5104 = arith.addi %v5103, %v5051 : i64
              %v5105 = llvm.getelementptr %v59[%v5104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5106 = llvm.load %v5105 : !llvm.ptr -> f32
              %v5107 = arith.addf %v5100, %v5106 fastmath<contract> : f32
              %v5108 = arith.subi %v5050, %slice_first : i64
              %v5109 = arith.remui %v5037, %v1 : i64
              %v5110 = arith.divui %v5037, %v1 : i64
              %v5111 = arith.muli %v48, %v4922 : i64
              %v5112 = arith.muli %v5108, %v4921 : i64
              %v5113 = arith.addi %v5111, %v5112 : i64
              %v5114 = arith.muli %v46, %v4920 : i64
              %v5115 = arith.addi %v5113, %v5114 : i64
              %v5116 = arith.muli %v5109, %v2 : i64
              %v5117 = arith.addi %v5115, %v5116 : i64
              %v5118 = arith.muli %v32, %v5035 : i64
              %v5119 = arith.addi %v5118, %v5117 : i64
              %v5120 = llvm.getelementptr %part_g[%v5119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v5107, %v5120 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      scf.if %v13 {
      }
      scf.if %v13 {
      } else {
        scf.if %v38 {
          %v5121 = arith.muli %v40, %v33 : i64
          %v5122 = arith.addi %v5121, %v34 : i64
          %v5123 = arith.muli %v5122, %v70 : i64
          %v5124 = arith.addi %v5123, %v12 : i64
          %v5125 = llvm.load %v50 : !llvm.ptr -> f32
          %v5126 = llvm.getelementptr %slice_carry[%v5124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5125, %v5126 : f32, !llvm.ptr
          %v5127 = arith.addi %v5123, %v2 : i64
          %v5128 = llvm.load %v51 : !llvm.ptr -> f32
          %v5129 = llvm.getelementptr %slice_carry[%v5127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5128, %v5129 : f32, !llvm.ptr
          %v5130 = arith.addi %v5123, %v78 : i64
          %v5131 = llvm.load %v52 : !llvm.ptr -> f32
          %v5132 = llvm.getelementptr %slice_carry[%v5130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5131, %v5132 : f32, !llvm.ptr
          %v5133 = arith.addi %v5123, %v82 : i64
          %v5134 = llvm.load %v53 : !llvm.ptr -> f32
          %v5135 = llvm.getelementptr %slice_carry[%v5133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5134, %v5135 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
