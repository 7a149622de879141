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
      %v79 = arith.constant 2 : i64
      %v84 = arith.constant 3 : i64
      %v90 = arith.constant 7 : i64
      %v145 = arith.constant 1024 : i64
      %v146 = arith.constant 256 : i64
      %v158 = arith.muli %v2, %v1 : i64
      %v159 = arith.muli %v158, %size_H : i64
      %v160 = arith.muli %v159, %size_L : i64
      %v170 = arith.constant 65 : i64
      %v221 = arith.muli %v2, %size_B : i64
      %v222 = arith.muli %v221, %size_H : i64
      %v223 = arith.muli %v222, %v1 : i64
      %v224 = arith.muli %v223, %size_DV : i64
      %v226 = arith.muli %v2, %size_DV : i64
      %v227 = arith.muli %v226, %v1 : i64
      %v228 = arith.muli %v227, %size_H : i64
      %v239 = arith.muli %v2, %size_B : i64
      %v240 = arith.muli %v239, %size_H : i64
      %v241 = arith.muli %v240, %v1 : i64
      %v242 = arith.muli %v241, %size_DV : i64
      %v292 = arith.constant 32 : i32
      %v302 = arith.constant 0x3FB8AA3B : f32
      %v307 = arith.constant 0x3D800000 : f32
      %v316 = arith.muli %v2, %size_DV : i64
      %v317 = arith.muli %v316, %size_H : i64
      %v318 = arith.muli %v317, %size_L : i64
      %v634 = arith.constant 4 : i64
      %v693 = arith.constant 5 : i64
      %v752 = arith.constant 6 : i64
      %v869 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v884 = arith.constant 2147483647 : i64
      %v888 = arith.constant 7 : i32
      %v949 = arith.constant 0xBF700000 : f32
      %v981 = arith.constant 8 : i32
      %v985 = arith.constant 16 : i32
      %v995 = arith.constant 17 : i64
      %v1102 = arith.constant 6 : i32
      %v1313 = arith.constant 1 : i32
      %v1318 = arith.constant 5 : i32
      %v1528 = arith.constant 4 : i32
      %v1744 = arith.constant 2 : i32
      %v1749 = arith.constant 3 : i32
      %v2382 = arith.constant 0 : i32
      %v3104 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v4845 = arith.muli %v2, %size_B : i64
      %v4846 = arith.muli %v4845, %slice_steps : i64
      %v4847 = arith.muli %v4846, %size_H : i64
      %v4848 = arith.muli %v4847, %v1 : i64
      %v4924 = arith.muli %v2, %v1 : i64
      %v4925 = arith.muli %v4924, %size_H : i64
      %v4926 = arith.muli %v4925, %slice_steps : i64
      %v4942 = arith.muli %v2, %size_B : i64
      %v4943 = arith.muli %v4942, %slice_steps : i64
      %v4944 = arith.muli %v4943, %size_H : i64
      %v4945 = arith.muli %v4944, %v1 : i64
      %v5036 = arith.muli %v2, %size_B : i64
      %v5037 = arith.muli %v5036, %slice_steps : i64
      %v5038 = arith.muli %v5037, %size_H : i64
      %v5039 = arith.muli %v5038, %v1 : i64
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
      %v94 = arith.trunci %v24 : i64 to i32
      %v95 = arith.constant 24 : i32
      %v96 = arith.andi %v94, %v95 : i32
      %v97 = arith.constant 0 : i32
      %v98 = arith.ori %v96, %v97 : i32
      %v99 = arith.constant 0 : i64
      %v100 = arith.cmpi eq, %v34, %v99 : i64
      %v101 = arith.constant 1 : i32
      %v102 = arith.ori %v96, %v101 : i32
      %v103 = arith.constant 1 : i64
      %v104 = arith.cmpi eq, %v34, %v103 : i64
      %v105 = arith.constant 2 : i32
      %v106 = arith.ori %v96, %v105 : i32
      %v107 = arith.constant 2 : i64
      %v108 = arith.cmpi eq, %v34, %v107 : i64
      %v109 = arith.constant 3 : i32
      %v110 = arith.ori %v96, %v109 : i32
      %v111 = arith.constant 3 : i64
      %v112 = arith.cmpi eq, %v34, %v111 : i64
      %v113 = arith.constant 4 : i32
      %v114 = arith.ori %v96, %v113 : i32
      %v115 = arith.constant 4 : i64
      %v116 = arith.cmpi eq, %v34, %v115 : i64
      %v117 = arith.constant 5 : i32
      %v118 = arith.ori %v96, %v117 : i32
      %v119 = arith.constant 5 : i64
      %v120 = arith.cmpi eq, %v34, %v119 : i64
      %v121 = arith.constant 6 : i32
      %v122 = arith.ori %v96, %v121 : i32
      %v123 = arith.constant 6 : i64
      %v124 = arith.cmpi eq, %v34, %v123 : i64
      %v125 = arith.constant 7 : i32
      %v126 = arith.ori %v96, %v125 : i32
      %v127 = arith.constant 7 : i64
      %v128 = arith.cmpi eq, %v34, %v127 : i64
      llvm.store %v66, %v50 : f32, !llvm.ptr
      llvm.store %v66, %v51 : f32, !llvm.ptr
      llvm.store %v67, %v52 : f32, !llvm.ptr
      llvm.store %v67, %v53 : f32, !llvm.ptr
      scf.if %v15 {
        scf.if %v38 {
          %v68 = arith.muli %v40, %v33 : i64
          %v69 = arith.addi %v68, %v34 : i64
          %v70 = arith.muli %v5, %v33 : i64
          %v71 = arith.muli %v12, %v70 : i64
          %v72 = arith.addi %v71, %v69 : i64
          %v73 = llvm.getelementptr %slice_carry[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v74 = llvm.load %v73 : !llvm.ptr -> f32
          llvm.store %v74, %v50 : f32, !llvm.ptr
          %v75 = arith.muli %v2, %v70 : i64
          %v76 = arith.addi %v75, %v69 : i64
          %v77 = llvm.getelementptr %slice_carry[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v78 = llvm.load %v77 : !llvm.ptr -> f32
          llvm.store %v78, %v51 : f32, !llvm.ptr
          %v80 = arith.muli %v79, %v70 : i64
          %v81 = arith.addi %v80, %v69 : i64
          %v82 = llvm.getelementptr %slice_carry[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v83 = llvm.load %v82 : !llvm.ptr -> f32
          llvm.store %v83, %v52 : f32, !llvm.ptr
          %v85 = arith.muli %v84, %v70 : i64
          %v86 = arith.addi %v85, %v69 : i64
          %v87 = llvm.getelementptr %slice_carry[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v88 = llvm.load %v87 : !llvm.ptr -> f32
          llvm.store %v88, %v53 : f32, !llvm.ptr
        }
      }
      scf.if %v14 {
      }
      %v89 = arith.cmpi eq, %size_L, %v12 : i64
      scf.if %v89 {
        llvm.store %v66, %v20 : f32, !llvm.ptr
        llvm.store %v66, %v21 : f32, !llvm.ptr
      }
      %v91 = arith.subi %v6, %v2 : i64
      %v92 = arith.addi %size_L, %v91 : i64
      %v93 = arith.divui %v92, %v6 : i64
      %v129 = arith.minsi %v11, %v93 : i64
      %v130 = arith.subi %v129, %v7 : i64
      %v131 = arith.maxsi %v130, %v12 : i64
      %v132 = arith.index_cast %v12 : i64 to index
      %v133 = arith.index_cast %v131 : i64 to index
      %v134 = arith.index_cast %v2 : i64 to index
      scf.for %v135 = %v132 to %v133 step %v134 {
        %v136 = arith.index_cast %v135 : index to i64
        %v137 = arith.subi %v129, %v2 : i64
        %v138 = arith.subi %v137, %v136 : i64
        %v139 = arith.muli %v138, %v6 : i64
        %v140 = arith.subi %size_L, %v139 : i64
        %v141 = arith.minsi %v140, %v6 : i64
        %v142 = arith.addi %v141, %v90 : i64
        %v143 = arith.divui %v142, %v33 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v144 = arith.subi %size_L, %v2 : i64
        %v147 = arith.index_cast %v24 : i64 to index
        %v148 = arith.index_cast %v145 : i64 to index
        %v149 = arith.index_cast %v146 : i64 to index
        scf.for %v150 = %v147 to %v148 step %v149 {
          %v151 = arith.index_cast %v150 : index to i64
          %v152 = arith.remui %v151, %v6 : i64
          %v153 = arith.divui %v151, %v6 : i64
          %v154 = arith.addi %v139, %v152 : i64
          %v155 = arith.minsi %v154, %v144 : i64
          %v156 = arith.remui %v153, %v1 : i64
          %v157 = arith.divui %v153, %v1 : i64
          %v161 = arith.muli %v48, %v160 : i64
          %v162 = arith.muli %v155, %v159 : i64
          %v163 = arith.addi %v161, %v162 : i64
          %v164 = arith.muli %v46, %v158 : i64
          %v165 = arith.addi %v163, %v164 : i64
          %v166 = arith.muli %v156, %v2 : i64
          %v167 = arith.addi %v165, %v166 : i64
          %v168 = llvm.getelementptr %in_q[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v169 = llvm.load %v168 : !llvm.ptr -> f32
          %v171 = arith.muli %v153, %v170 : i64
          %v172 = arith.addi %v171, %v152 : i64
          %v173 = llvm.getelementptr %v61[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v169, %v173 : f32, !llvm.ptr
        }
        %v174 = arith.index_cast %v24 : i64 to index
        %v175 = arith.index_cast %v145 : i64 to index
        %v176 = arith.index_cast %v146 : i64 to index
        scf.for %v177 = %v174 to %v175 step %v176 {
          %v178 = arith.index_cast %v177 : index to i64
          %v179 = arith.remui %v178, %v6 : i64
          %v180 = arith.divui %v178, %v6 : i64
          %v181 = arith.addi %v139, %v179 : i64
          %v182 = arith.minsi %v181, %v144 : i64
          %v183 = arith.remui %v180, %v1 : i64
          %v184 = arith.divui %v180, %v1 : i64
          %v185 = arith.muli %v48, %v160 : i64
          %v186 = arith.muli %v182, %v159 : i64
          %v187 = arith.addi %v185, %v186 : i64
          %v188 = arith.muli %v46, %v158 : i64
          %v189 = arith.addi %v187, %v188 : i64
          %v190 = arith.muli %v183, %v2 : i64
          %v191 = arith.addi %v189, %v190 : i64
          %v192 = llvm.getelementptr %in_k[%v191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v193 = llvm.load %v192 : !llvm.ptr -> f32
          %v194 = arith.muli %v180, %v170 : i64
          %v195 = arith.addi %v194, %v179 : i64
          %v196 = llvm.getelementptr %v63[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v193, %v196 : f32, !llvm.ptr
        }
        %v197 = arith.index_cast %v24 : i64 to index
        %v198 = arith.index_cast %v145 : i64 to index
        %v199 = arith.index_cast %v146 : i64 to index
        scf.for %v200 = %v197 to %v198 step %v199 {
          %v201 = arith.index_cast %v200 : index to i64
          %v202 = arith.remui %v201, %v6 : i64
          %v203 = arith.divui %v201, %v6 : i64
          %v204 = arith.addi %v139, %v202 : i64
          %v205 = arith.minsi %v204, %v144 : i64
          %v206 = arith.remui %v203, %v1 : i64
          %v207 = arith.divui %v203, %v1 : i64
          %v208 = arith.muli %v48, %v160 : i64
          %v209 = arith.muli %v205, %v159 : i64
          %v210 = arith.addi %v208, %v209 : i64
          %v211 = arith.muli %v46, %v158 : i64
          %v212 = arith.addi %v210, %v211 : i64
          %v213 = arith.muli %v206, %v2 : i64
          %v214 = arith.addi %v212, %v213 : i64
          %v215 = llvm.getelementptr %in_g[%v214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v216 = llvm.load %v215 : !llvm.ptr -> f32
          %v217 = arith.muli %v203, %v170 : i64
          %v218 = arith.addi %v217, %v202 : i64
          %v219 = llvm.getelementptr %v65[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v216, %v219 : f32, !llvm.ptr
        }
        gpu.barrier
        %v220 = arith.subi %v141, %v2 : i64
        %v225 = arith.muli %v138, %v224 : i64
        %v229 = arith.muli %v48, %v228 : i64
        %v230 = arith.muli %v46, %v227 : i64
        %v231 = arith.addi %v229, %v230 : i64
        %v232 = arith.muli %v34, %v226 : i64
        %v233 = arith.addi %v231, %v232 : i64
        %v234 = arith.muli %v44, %v2 : i64
        %v235 = arith.addi %v233, %v234 : i64
        %v236 = arith.addi %v225, %v235 : i64
        %v237 = llvm.getelementptr %ckpt_S[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v238 = llvm.load %v237 : !llvm.ptr -> f32
        llvm.store %v238, %v18 : f32, !llvm.ptr
        %v243 = arith.muli %v138, %v242 : i64
        %v244 = arith.muli %v48, %v228 : i64
        %v245 = arith.muli %v46, %v227 : i64
        %v246 = arith.addi %v244, %v245 : i64
        %v247 = arith.constant 8 : i64
        %v248 = arith.addi %v247, %v34 : i64
        %v249 = arith.muli %v248, %v226 : i64
        %v250 = arith.addi %v246, %v249 : i64
        %v251 = arith.muli %v44, %v2 : i64
        %v252 = arith.addi %v250, %v251 : i64
        %v253 = arith.addi %v243, %v252 : i64
        %v254 = llvm.getelementptr %ckpt_S[%v253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v255 = llvm.load %v254 : !llvm.ptr -> f32
        llvm.store %v255, %v19 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v256 = arith.index_cast %v12 : i64 to index
        %v257 = arith.index_cast %v143 : i64 to index
        %v258 = arith.index_cast %v2 : i64 to index
        scf.for %v259 = %v256 to %v257 step %v258 {
          %v260 = arith.index_cast %v259 : index to i64
          scf.if %v38 {
            %v261 = llvm.load %v18 : !llvm.ptr -> f32
            %v262 = arith.muli %v260, %v5 : i64
            %v263 = arith.subi %v5, %v2 : i64
            %v264 = arith.minsi %v40, %v263 : i64
            %v265 = arith.addi %v262, %v264 : i64
            %v266 = arith.muli %v265, %v1 : i64
            %v267 = arith.addi %v266, %v12 : i64
            %v268 = arith.addi %v267, %v34 : i64
            %v269 = llvm.getelementptr %scratch_S[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v261, %v269 : f32, !llvm.ptr
            %v270 = llvm.load %v19 : !llvm.ptr -> f32
            %v271 = arith.muli %v260, %v5 : i64
            %v272 = arith.subi %v5, %v2 : i64
            %v273 = arith.minsi %v40, %v272 : i64
            %v274 = arith.addi %v271, %v273 : i64
            %v275 = arith.muli %v274, %v1 : i64
            %v276 = arith.addi %v275, %v33 : i64
            %v277 = arith.addi %v276, %v34 : i64
            %v278 = llvm.getelementptr %scratch_S[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v270, %v278 : f32, !llvm.ptr
          }
          %v279 = arith.muli %v260, %v33 : i64
          %v280 = arith.addi %v279, %v34 : i64
          %v281 = arith.minsi %v280, %v220 : i64
          %v282 = arith.addi %v139, %v281 : i64
          %v283 = arith.subi %v141, %v279 : i64
          %v284 = arith.trunci %v283 : i64 to i32
          %v285 = arith.index_cast %v12 : i64 to index
          %v286 = arith.index_cast %v33 : i64 to index
          %v287 = arith.index_cast %v2 : i64 to index
          scf.for %v288 = %v285 to %v286 step %v287 {
            %v289 = arith.index_cast %v288 : index to i64
            %v290 = arith.trunci %v289 : i64 to i32
            %v291 = arith.ori %v98, %v290 : i32
            %v293 = arith.addi %v279, %v289 : i64
            %v294 = arith.cmpi slt, %v290, %v284 : i32
            scf.if %v294 {
              %v295 = arith.addi %v139, %v293 : i64
              %v296 = arith.muli %v34, %v170 : i64
              %v297 = arith.subi %v295, %v139 : i64
              %v298 = arith.addi %v296, %v297 : i64
              %v299 = llvm.getelementptr %v65[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v300 = llvm.load %v299 : !llvm.ptr -> f32
              %v301 = arith.negf %v300 : f32
              %v303 = arith.mulf %v301, %v302 fastmath<contract> : f32
              %v304 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v303) : (f32) -> f32
              %v305 = arith.addf %v67, %v304 fastmath<contract> : f32
              %v306 = arith.divf %v67, %v305 : f32
              %v308 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v306) : (f32) -> f32
              %v309 = arith.mulf %v307, %v308 fastmath<contract> : f32
              %v310 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v309) : (f32) -> f32
              %v311 = arith.muli %v34, %v170 : i64
              %v312 = arith.subi %v295, %v139 : i64
              %v313 = arith.addi %v311, %v312 : i64
              %v314 = llvm.getelementptr %v63[%v313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v315 = llvm.load %v314 : !llvm.ptr -> f32
              %v319 = arith.muli %v48, %v318 : i64
              %v320 = arith.muli %v295, %v317 : i64
              %v321 = arith.addi %v319, %v320 : i64
              %v322 = arith.muli %v46, %v316 : i64
              %v323 = arith.addi %v321, %v322 : i64
              %v324 = arith.muli %v44, %v2 : i64
              %v325 = arith.addi %v323, %v324 : i64
              %v326 = llvm.getelementptr %in_v[%v325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v327 = llvm.load %v326 : !llvm.ptr -> f32
              %v328 = arith.mulf %v315, %v327 fastmath<contract> : f32
              %v329 = llvm.load %v18 : !llvm.ptr -> f32
              %v330 = arith.mulf %v310, %v329 fastmath<contract> : f32
              %v331 = arith.addf %v330, %v328 fastmath<contract> : f32
              llvm.store %v331, %v18 : f32, !llvm.ptr
              %v332 = arith.constant 8 : i64
              %v333 = arith.addi %v332, %v34 : i64
              %v334 = arith.muli %v333, %v170 : i64
              %v335 = arith.subi %v295, %v139 : i64
              %v336 = arith.addi %v334, %v335 : i64
              %v337 = llvm.getelementptr %v65[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v338 = llvm.load %v337 : !llvm.ptr -> f32
              %v339 = arith.negf %v338 : f32
              %v340 = arith.mulf %v339, %v302 fastmath<contract> : f32
              %v341 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v340) : (f32) -> f32
              %v342 = arith.addf %v67, %v341 fastmath<contract> : f32
              %v343 = arith.divf %v67, %v342 : f32
              %v344 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v343) : (f32) -> f32
              %v345 = arith.mulf %v307, %v344 fastmath<contract> : f32
              %v346 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v345) : (f32) -> f32
              %v347 = arith.constant 8 : i64
              %v348 = arith.addi %v347, %v34 : i64
              %v349 = arith.muli %v348, %v170 : i64
              %v350 = arith.subi %v295, %v139 : i64
              %v351 = arith.addi %v349, %v350 : i64
              %v352 = llvm.getelementptr %v63[%v351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v353 = llvm.load %v352 : !llvm.ptr -> f32
              %v354 = arith.mulf %v353, %v327 fastmath<contract> : f32
              %v355 = llvm.load %v19 : !llvm.ptr -> f32
              %v356 = arith.mulf %v346, %v355 fastmath<contract> : f32
              %v357 = arith.addf %v356, %v354 fastmath<contract> : f32
              llvm.store %v357, %v19 : f32, !llvm.ptr
            }
          }
        }
        %v358 = arith.addi %v143, %v2 : i64
        %v359 = arith.divui %v358, %v79 : i64
        %v360 = arith.index_cast %v12 : i64 to index
        %v361 = arith.index_cast %v359 : i64 to index
        %v362 = arith.index_cast %v2 : i64 to index
        scf.for %v363 = %v360 to %v361 step %v362 {
          %v364 = arith.index_cast %v363 : index to i64
          %v365 = arith.muli %v364, %v79 : i64
          %v366 = arith.addi %v365, %v79 : i64
          %v367 = arith.index_cast %v365 : i64 to index
          %v368 = arith.index_cast %v366 : i64 to index
          %v369 = arith.index_cast %v2 : i64 to index
          scf.for %v370 = %v367 to %v368 step %v369 {
            %v371 = arith.index_cast %v370 : index to i64
            %v372 = arith.cmpi slt, %v371, %v143 : i64
            scf.if %v372 {
              %v373 = arith.subi %v143, %v2 : i64
              %v374 = arith.subi %v373, %v371 : i64
              %v375 = arith.muli %v374, %v33 : i64
              %v376 = arith.remui %v371, %v79 : i64
              %v377 = arith.muli %v376, %v33 : i64
              %v378 = arith.addi %v375, %v33 : i64
              %v379 = arith.cmpi sle, %v378, %v141 : i64
              scf.if %v379 {
                %v380 = arith.subi %v141, %v2 : i64
                %v381 = arith.muli %v374, %v5 : i64
                %v382 = arith.subi %v5, %v2 : i64
                %v383 = arith.minsi %v40, %v382 : i64
                %v384 = arith.addi %v381, %v383 : i64
                %v385 = arith.muli %v384, %v1 : i64
                %v386 = arith.addi %v385, %v12 : i64
                %v387 = arith.addi %v386, %v34 : i64
                %v388 = llvm.getelementptr %scratch_S[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v389 = llvm.load %v388 : !llvm.ptr -> f32
                %v390 = arith.muli %v374, %v5 : i64
                %v391 = arith.subi %v5, %v2 : i64
                %v392 = arith.minsi %v40, %v391 : i64
                %v393 = arith.addi %v390, %v392 : i64
                %v394 = arith.muli %v393, %v1 : i64
                %v395 = arith.addi %v394, %v33 : i64
                %v396 = arith.addi %v395, %v34 : i64
                %v397 = llvm.getelementptr %scratch_S[%v396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v398 = llvm.load %v397 : !llvm.ptr -> f32
                %v399 = arith.addi %v375, %v34 : i64
                %v400 = arith.minsi %v399, %v380 : i64
                %v401 = arith.addi %v139, %v400 : i64
                // the group's states, recomputed into registers
                %v402 = arith.addi %v375, %v12 : i64
                %v403 = arith.minsi %v402, %v380 : i64
                %v404 = arith.addi %v139, %v403 : i64
                %v405 = arith.muli %v34, %v170 : i64
                %v406 = arith.subi %v404, %v139 : i64
                %v407 = arith.addi %v405, %v406 : i64
                %v408 = llvm.getelementptr %v65[%v407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v409 = llvm.load %v408 : !llvm.ptr -> f32
                %v410 = arith.negf %v409 : f32
                %v411 = arith.mulf %v410, %v302 fastmath<contract> : f32
                %v412 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v411) : (f32) -> f32
                %v413 = arith.addf %v67, %v412 fastmath<contract> : f32
                %v414 = arith.divf %v67, %v413 : f32
                %v415 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v414) : (f32) -> f32
                %v416 = arith.mulf %v307, %v415 fastmath<contract> : f32
                %v417 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v416) : (f32) -> f32
                %v418 = arith.muli %v34, %v170 : i64
                %v419 = arith.subi %v404, %v139 : i64
                %v420 = arith.addi %v418, %v419 : i64
                %v421 = llvm.getelementptr %v63[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v422 = llvm.load %v421 : !llvm.ptr -> f32
                %v423 = arith.muli %v48, %v318 : i64
                %v424 = arith.muli %v404, %v317 : i64
                %v425 = arith.addi %v423, %v424 : i64
                %v426 = arith.muli %v46, %v316 : i64
                %v427 = arith.addi %v425, %v426 : i64
                %v428 = arith.muli %v44, %v2 : i64
                %v429 = arith.addi %v427, %v428 : i64
                %v430 = llvm.getelementptr %in_v[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v431 = llvm.load %v430 : !llvm.ptr -> f32
                %v432 = arith.mulf %v422, %v431 fastmath<contract> : f32
                %v433 = arith.mulf %v417, %v389 fastmath<contract> : f32
                %v434 = arith.addf %v433, %v432 fastmath<contract> : f32
                %v435 = arith.constant 8 : i64
                %v436 = arith.addi %v435, %v34 : i64
                %v437 = arith.muli %v436, %v170 : i64
                %v438 = arith.subi %v404, %v139 : i64
                %v439 = arith.addi %v437, %v438 : i64
                %v440 = llvm.getelementptr %v65[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v441 = llvm.load %v440 : !llvm.ptr -> f32
                %v442 = arith.negf %v441 : f32
                %v443 = arith.mulf %v442, %v302 fastmath<contract> : f32
                %v444 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v443) : (f32) -> f32
                %v445 = arith.addf %v67, %v444 fastmath<contract> : f32
                %v446 = arith.divf %v67, %v445 : f32
                %v447 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v446) : (f32) -> f32
                %v448 = arith.mulf %v307, %v447 fastmath<contract> : f32
                %v449 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v448) : (f32) -> f32
                %v450 = arith.constant 8 : i64
                %v451 = arith.addi %v450, %v34 : i64
                %v452 = arith.muli %v451, %v170 : i64
                %v453 = arith.subi %v404, %v139 : i64
                %v454 = arith.addi %v452, %v453 : i64
                %v455 = llvm.getelementptr %v63[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v456 = llvm.load %v455 : !llvm.ptr -> f32
                %v457 = arith.mulf %v456, %v431 fastmath<contract> : f32
                %v458 = arith.mulf %v449, %v398 fastmath<contract> : f32
                %v459 = arith.addf %v458, %v457 fastmath<contract> : f32
                %v460 = arith.addi %v375, %v2 : i64
                %v461 = arith.minsi %v460, %v380 : i64
                %v462 = arith.addi %v139, %v461 : i64
                %v463 = arith.muli %v34, %v170 : i64
                %v464 = arith.subi %v462, %v139 : i64
                %v465 = arith.addi %v463, %v464 : i64
                %v466 = llvm.getelementptr %v65[%v465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v467 = llvm.load %v466 : !llvm.ptr -> f32
                %v468 = arith.negf %v467 : f32
                %v469 = arith.mulf %v468, %v302 fastmath<contract> : f32
                %v470 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v469) : (f32) -> f32
                %v471 = arith.addf %v67, %v470 fastmath<contract> : f32
                %v472 = arith.divf %v67, %v471 : f32
                %v473 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v472) : (f32) -> f32
                %v474 = arith.mulf %v307, %v473 fastmath<contract> : f32
                %v475 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v474) : (f32) -> f32
                %v476 = arith.muli %v34, %v170 : i64
                %v477 = arith.subi %v462, %v139 : i64
                %v478 = arith.addi %v476, %v477 : i64
                %v479 = llvm.getelementptr %v63[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v480 = llvm.load %v479 : !llvm.ptr -> f32
                %v481 = arith.muli %v48, %v318 : i64
                %v482 = arith.muli %v462, %v317 : i64
                %v483 = arith.addi %v481, %v482 : i64
                %v484 = arith.muli %v46, %v316 : i64
                %v485 = arith.addi %v483, %v484 : i64
                %v486 = arith.muli %v44, %v2 : i64
                %v487 = arith.addi %v485, %v486 : i64
                %v488 = llvm.getelementptr %in_v[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v489 = llvm.load %v488 : !llvm.ptr -> f32
                %v490 = arith.mulf %v480, %v489 fastmath<contract> : f32
                %v491 = arith.mulf %v475, %v434 fastmath<contract> : f32
                %v492 = arith.addf %v491, %v490 fastmath<contract> : f32
                %v493 = arith.constant 8 : i64
                %v494 = arith.addi %v493, %v34 : i64
                %v495 = arith.muli %v494, %v170 : i64
                %v496 = arith.subi %v462, %v139 : i64
                %v497 = arith.addi %v495, %v496 : i64
                %v498 = llvm.getelementptr %v65[%v497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v499 = llvm.load %v498 : !llvm.ptr -> f32
                %v500 = arith.negf %v499 : f32
                %v501 = arith.mulf %v500, %v302 fastmath<contract> : f32
                %v502 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v501) : (f32) -> f32
                %v503 = arith.addf %v67, %v502 fastmath<contract> : f32
                %v504 = arith.divf %v67, %v503 : f32
                %v505 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v504) : (f32) -> f32
                %v506 = arith.mulf %v307, %v505 fastmath<contract> : f32
                %v507 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v506) : (f32) -> f32
                %v508 = arith.constant 8 : i64
                %v509 = arith.addi %v508, %v34 : i64
                %v510 = arith.muli %v509, %v170 : i64
                %v511 = arith.subi %v462, %v139 : i64
                %v512 = arith.addi %v510, %v511 : i64
                %v513 = llvm.getelementptr %v63[%v512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v514 = llvm.load %v513 : !llvm.ptr -> f32
                %v515 = arith.mulf %v514, %v489 fastmath<contract> : f32
                %v516 = arith.mulf %v507, %v459 fastmath<contract> : f32
                %v517 = arith.addf %v516, %v515 fastmath<contract> : f32
                %v518 = arith.addi %v375, %v79 : i64
                %v519 = arith.minsi %v518, %v380 : i64
                %v520 = arith.addi %v139, %v519 : i64
                %v521 = arith.muli %v34, %v170 : i64
                %v522 = arith.subi %v520, %v139 : i64
                %v523 = arith.addi %v521, %v522 : i64
                %v524 = llvm.getelementptr %v65[%v523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v525 = llvm.load %v524 : !llvm.ptr -> f32
                %v526 = arith.negf %v525 : f32
                %v527 = arith.mulf %v526, %v302 fastmath<contract> : f32
                %v528 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v527) : (f32) -> f32
                %v529 = arith.addf %v67, %v528 fastmath<contract> : f32
                %v530 = arith.divf %v67, %v529 : f32
                %v531 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v530) : (f32) -> f32
                %v532 = arith.mulf %v307, %v531 fastmath<contract> : f32
                %v533 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v532) : (f32) -> f32
                %v534 = arith.muli %v34, %v170 : i64
                %v535 = arith.subi %v520, %v139 : i64
                %v536 = arith.addi %v534, %v535 : i64
                %v537 = llvm.getelementptr %v63[%v536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v538 = llvm.load %v537 : !llvm.ptr -> f32
                %v539 = arith.muli %v48, %v318 : i64
                %v540 = arith.muli %v520, %v317 : i64
                %v541 = arith.addi %v539, %v540 : i64
                %v542 = arith.muli %v46, %v316 : i64
                %v543 = arith.addi %v541, %v542 : i64
                %v544 = arith.muli %v44, %v2 : i64
                %v545 = arith.addi %v543, %v544 : i64
                %v546 = llvm.getelementptr %in_v[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v547 = llvm.load %v546 : !llvm.ptr -> f32
                %v548 = arith.mulf %v538, %v547 fastmath<contract> : f32
                %v549 = arith.mulf %v533, %v492 fastmath<contract> : f32
                %v550 = arith.addf %v549, %v548 fastmath<contract> : f32
                %v551 = arith.constant 8 : i64
                %v552 = arith.addi %v551, %v34 : i64
                %v553 = arith.muli %v552, %v170 : i64
                %v554 = arith.subi %v520, %v139 : i64
                %v555 = arith.addi %v553, %v554 : i64
                %v556 = llvm.getelementptr %v65[%v555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v557 = llvm.load %v556 : !llvm.ptr -> f32
                %v558 = arith.negf %v557 : f32
                %v559 = arith.mulf %v558, %v302 fastmath<contract> : f32
                %v560 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v559) : (f32) -> f32
                %v561 = arith.addf %v67, %v560 fastmath<contract> : f32
                %v562 = arith.divf %v67, %v561 : f32
                %v563 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v562) : (f32) -> f32
                %v564 = arith.mulf %v307, %v563 fastmath<contract> : f32
                %v565 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v564) : (f32) -> f32
                %v566 = arith.constant 8 : i64
                %v567 = arith.addi %v566, %v34 : i64
                %v568 = arith.muli %v567, %v170 : i64
                %v569 = arith.subi %v520, %v139 : i64
                %v570 = arith.addi %v568, %v569 : i64
                %v571 = llvm.getelementptr %v63[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v572 = llvm.load %v571 : !llvm.ptr -> f32
                %v573 = arith.mulf %v572, %v547 fastmath<contract> : f32
                %v574 = arith.mulf %v565, %v517 fastmath<contract> : f32
                %v575 = arith.addf %v574, %v573 fastmath<contract> : f32
                %v576 = arith.addi %v375, %v84 : i64
                %v577 = arith.minsi %v576, %v380 : i64
                %v578 = arith.addi %v139, %v577 : i64
                %v579 = arith.muli %v34, %v170 : i64
                %v580 = arith.subi %v578, %v139 : i64
                %v581 = arith.addi %v579, %v580 : i64
                %v582 = llvm.getelementptr %v65[%v581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v583 = llvm.load %v582 : !llvm.ptr -> f32
                %v584 = arith.negf %v583 : f32
                %v585 = arith.mulf %v584, %v302 fastmath<contract> : f32
                %v586 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v585) : (f32) -> f32
                %v587 = arith.addf %v67, %v586 fastmath<contract> : f32
                %v588 = arith.divf %v67, %v587 : f32
                %v589 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v588) : (f32) -> f32
                %v590 = arith.mulf %v307, %v589 fastmath<contract> : f32
                %v591 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v590) : (f32) -> f32
                %v592 = arith.muli %v34, %v170 : i64
                %v593 = arith.subi %v578, %v139 : i64
                %v594 = arith.addi %v592, %v593 : i64
                %v595 = llvm.getelementptr %v63[%v594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v596 = llvm.load %v595 : !llvm.ptr -> f32
                %v597 = arith.muli %v48, %v318 : i64
                %v598 = arith.muli %v578, %v317 : i64
                %v599 = arith.addi %v597, %v598 : i64
                %v600 = arith.muli %v46, %v316 : i64
                %v601 = arith.addi %v599, %v600 : i64
                %v602 = arith.muli %v44, %v2 : i64
                %v603 = arith.addi %v601, %v602 : i64
                %v604 = llvm.getelementptr %in_v[%v603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v605 = llvm.load %v604 : !llvm.ptr -> f32
                %v606 = arith.mulf %v596, %v605 fastmath<contract> : f32
                %v607 = arith.mulf %v591, %v550 fastmath<contract> : f32
                %v608 = arith.addf %v607, %v606 fastmath<contract> : f32
                %v609 = arith.constant 8 : i64
                %v610 = arith.addi %v609, %v34 : i64
                %v611 = arith.muli %v610, %v170 : i64
                %v612 = arith.subi %v578, %v139 : i64
                %v613 = arith.addi %v611, %v612 : i64
                %v614 = llvm.getelementptr %v65[%v613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v615 = llvm.load %v614 : !llvm.ptr -> f32
                %v616 = arith.negf %v615 : f32
                %v617 = arith.mulf %v616, %v302 fastmath<contract> : f32
                %v618 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v617) : (f32) -> f32
                %v619 = arith.addf %v67, %v618 fastmath<contract> : f32
                %v620 = arith.divf %v67, %v619 : f32
                %v621 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v620) : (f32) -> f32
                %v622 = arith.mulf %v307, %v621 fastmath<contract> : f32
                %v623 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v622) : (f32) -> f32
                %v624 = arith.constant 8 : i64
                %v625 = arith.addi %v624, %v34 : i64
                %v626 = arith.muli %v625, %v170 : i64
                %v627 = arith.subi %v578, %v139 : i64
                %v628 = arith.addi %v626, %v627 : i64
                %v629 = llvm.getelementptr %v63[%v628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v630 = llvm.load %v629 : !llvm.ptr -> f32
                %v631 = arith.mulf %v630, %v605 fastmath<contract> : f32
                %v632 = arith.mulf %v623, %v575 fastmath<contract> : f32
                %v633 = arith.addf %v632, %v631 fastmath<contract> : f32
                %v635 = arith.addi %v375, %v634 : i64
                %v636 = arith.minsi %v635, %v380 : i64
                %v637 = arith.addi %v139, %v636 : i64
                %v638 = arith.muli %v34, %v170 : i64
                %v639 = arith.subi %v637, %v139 : i64
                %v640 = arith.addi %v638, %v639 : i64
                %v641 = llvm.getelementptr %v65[%v640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v642 = llvm.load %v641 : !llvm.ptr -> f32
                %v643 = arith.negf %v642 : f32
                %v644 = arith.mulf %v643, %v302 fastmath<contract> : f32
                %v645 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v644) : (f32) -> f32
                %v646 = arith.addf %v67, %v645 fastmath<contract> : f32
                %v647 = arith.divf %v67, %v646 : f32
                %v648 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v647) : (f32) -> f32
                %v649 = arith.mulf %v307, %v648 fastmath<contract> : f32
                %v650 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v649) : (f32) -> f32
                %v651 = arith.muli %v34, %v170 : i64
                %v652 = arith.subi %v637, %v139 : i64
                %v653 = arith.addi %v651, %v652 : i64
                %v654 = llvm.getelementptr %v63[%v653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v655 = llvm.load %v654 : !llvm.ptr -> f32
                %v656 = arith.muli %v48, %v318 : i64
                %v657 = arith.muli %v637, %v317 : i64
                %v658 = arith.addi %v656, %v657 : i64
                %v659 = arith.muli %v46, %v316 : i64
                %v660 = arith.addi %v658, %v659 : i64
                %v661 = arith.muli %v44, %v2 : i64
                %v662 = arith.addi %v660, %v661 : i64
                %v663 = llvm.getelementptr %in_v[%v662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v664 = llvm.load %v663 : !llvm.ptr -> f32
                %v665 = arith.mulf %v655, %v664 fastmath<contract> : f32
                %v666 = arith.mulf %v650, %v608 fastmath<contract> : f32
                %v667 = arith.addf %v666, %v665 fastmath<contract> : f32
                %v668 = arith.constant 8 : i64
                %v669 = arith.addi %v668, %v34 : i64
                %v670 = arith.muli %v669, %v170 : i64
                %v671 = arith.subi %v637, %v139 : i64
                %v672 = arith.addi %v670, %v671 : i64
                %v673 = llvm.getelementptr %v65[%v672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v674 = llvm.load %v673 : !llvm.ptr -> f32
                %v675 = arith.negf %v674 : f32
                %v676 = arith.mulf %v675, %v302 fastmath<contract> : f32
                %v677 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v676) : (f32) -> f32
                %v678 = arith.addf %v67, %v677 fastmath<contract> : f32
                %v679 = arith.divf %v67, %v678 : f32
                %v680 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v679) : (f32) -> f32
                %v681 = arith.mulf %v307, %v680 fastmath<contract> : f32
                %v682 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v681) : (f32) -> f32
                %v683 = arith.constant 8 : i64
                %v684 = arith.addi %v683, %v34 : i64
                %v685 = arith.muli %v684, %v170 : i64
                %v686 = arith.subi %v637, %v139 : i64
                %v687 = arith.addi %v685, %v686 : i64
                %v688 = llvm.getelementptr %v63[%v687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v689 = llvm.load %v688 : !llvm.ptr -> f32
                %v690 = arith.mulf %v689, %v664 fastmath<contract> : f32
                %v691 = arith.mulf %v682, %v633 fastmath<contract> : f32
                %v692 = arith.addf %v691, %v690 fastmath<contract> : f32
                %v694 = arith.addi %v375, %v693 : i64
                %v695 = arith.minsi %v694, %v380 : i64
                %v696 = arith.addi %v139, %v695 : i64
                %v697 = arith.muli %v34, %v170 : i64
                %v698 = arith.subi %v696, %v139 : i64
                %v699 = arith.addi %v697, %v698 : i64
                %v700 = llvm.getelementptr %v65[%v699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v701 = llvm.load %v700 : !llvm.ptr -> f32
                %v702 = arith.negf %v701 : f32
                %v703 = arith.mulf %v702, %v302 fastmath<contract> : f32
                %v704 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v703) : (f32) -> f32
                %v705 = arith.addf %v67, %v704 fastmath<contract> : f32
                %v706 = arith.divf %v67, %v705 : f32
                %v707 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v706) : (f32) -> f32
                %v708 = arith.mulf %v307, %v707 fastmath<contract> : f32
                %v709 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v708) : (f32) -> f32
                %v710 = arith.muli %v34, %v170 : i64
                %v711 = arith.subi %v696, %v139 : i64
                %v712 = arith.addi %v710, %v711 : i64
                %v713 = llvm.getelementptr %v63[%v712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v714 = llvm.load %v713 : !llvm.ptr -> f32
                %v715 = arith.muli %v48, %v318 : i64
                %v716 = arith.muli %v696, %v317 : i64
                %v717 = arith.addi %v715, %v716 : i64
                %v718 = arith.muli %v46, %v316 : i64
                %v719 = arith.addi %v717, %v718 : i64
                %v720 = arith.muli %v44, %v2 : i64
                %v721 = arith.addi %v719, %v720 : i64
                %v722 = llvm.getelementptr %in_v[%v721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v723 = llvm.load %v722 : !llvm.ptr -> f32
                %v724 = arith.mulf %v714, %v723 fastmath<contract> : f32
                %v725 = arith.mulf %v709, %v667 fastmath<contract> : f32
                %v726 = arith.addf %v725, %v724 fastmath<contract> : f32
                %v727 = arith.constant 8 : i64
                %v728 = arith.addi %v727, %v34 : i64
                %v729 = arith.muli %v728, %v170 : i64
                %v730 = arith.subi %v696, %v139 : i64
                %v731 = arith.addi %v729, %v730 : i64
                %v732 = llvm.getelementptr %v65[%v731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v733 = llvm.load %v732 : !llvm.ptr -> f32
                %v734 = arith.negf %v733 : f32
                %v735 = arith.mulf %v734, %v302 fastmath<contract> : f32
                %v736 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v735) : (f32) -> f32
                %v737 = arith.addf %v67, %v736 fastmath<contract> : f32
                %v738 = arith.divf %v67, %v737 : f32
                %v739 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v738) : (f32) -> f32
                %v740 = arith.mulf %v307, %v739 fastmath<contract> : f32
                %v741 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v740) : (f32) -> f32
                %v742 = arith.constant 8 : i64
                %v743 = arith.addi %v742, %v34 : i64
                %v744 = arith.muli %v743, %v170 : i64
                %v745 = arith.subi %v696, %v139 : i64
                %v746 = arith.addi %v744, %v745 : i64
                %v747 = llvm.getelementptr %v63[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v748 = llvm.load %v747 : !llvm.ptr -> f32
                %v749 = arith.mulf %v748, %v723 fastmath<contract> : f32
                %v750 = arith.mulf %v741, %v692 fastmath<contract> : f32
                %v751 = arith.addf %v750, %v749 fastmath<contract> : f32
                %v753 = arith.addi %v375, %v752 : i64
                %v754 = arith.minsi %v753, %v380 : i64
                %v755 = arith.addi %v139, %v754 : i64
                %v756 = arith.muli %v34, %v170 : i64
                %v757 = arith.subi %v755, %v139 : i64
                %v758 = arith.addi %v756, %v757 : i64
                %v759 = llvm.getelementptr %v65[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v760 = llvm.load %v759 : !llvm.ptr -> f32
                %v761 = arith.negf %v760 : f32
                %v762 = arith.mulf %v761, %v302 fastmath<contract> : f32
                %v763 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v762) : (f32) -> f32
                %v764 = arith.addf %v67, %v763 fastmath<contract> : f32
                %v765 = arith.divf %v67, %v764 : f32
                %v766 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v765) : (f32) -> f32
                %v767 = arith.mulf %v307, %v766 fastmath<contract> : f32
                %v768 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v767) : (f32) -> f32
                %v769 = arith.muli %v34, %v170 : i64
                %v770 = arith.subi %v755, %v139 : i64
                %v771 = arith.addi %v769, %v770 : i64
                %v772 = llvm.getelementptr %v63[%v771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v773 = llvm.load %v772 : !llvm.ptr -> f32
                %v774 = arith.muli %v48, %v318 : i64
                %v775 = arith.muli %v755, %v317 : i64
                %v776 = arith.addi %v774, %v775 : i64
                %v777 = arith.muli %v46, %v316 : i64
                %v778 = arith.addi %v776, %v777 : i64
                %v779 = arith.muli %v44, %v2 : i64
                %v780 = arith.addi %v778, %v779 : i64
                %v781 = llvm.getelementptr %in_v[%v780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v782 = llvm.load %v781 : !llvm.ptr -> f32
                %v783 = arith.mulf %v773, %v782 fastmath<contract> : f32
                %v784 = arith.mulf %v768, %v726 fastmath<contract> : f32
                %v785 = arith.addf %v784, %v783 fastmath<contract> : f32
                %v786 = arith.constant 8 : i64
                %v787 = arith.addi %v786, %v34 : i64
                %v788 = arith.muli %v787, %v170 : i64
                %v789 = arith.subi %v755, %v139 : i64
                %v790 = arith.addi %v788, %v789 : i64
                %v791 = llvm.getelementptr %v65[%v790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v792 = llvm.load %v791 : !llvm.ptr -> f32
                %v793 = arith.negf %v792 : f32
                %v794 = arith.mulf %v793, %v302 fastmath<contract> : f32
                %v795 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v794) : (f32) -> f32
                %v796 = arith.addf %v67, %v795 fastmath<contract> : f32
                %v797 = arith.divf %v67, %v796 : f32
                %v798 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v797) : (f32) -> f32
                %v799 = arith.mulf %v307, %v798 fastmath<contract> : f32
                %v800 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v799) : (f32) -> f32
                %v801 = arith.constant 8 : i64
                %v802 = arith.addi %v801, %v34 : i64
                %v803 = arith.muli %v802, %v170 : i64
                %v804 = arith.subi %v755, %v139 : i64
                %v805 = arith.addi %v803, %v804 : i64
                %v806 = llvm.getelementptr %v63[%v805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v807 = llvm.load %v806 : !llvm.ptr -> f32
                %v808 = arith.mulf %v807, %v782 fastmath<contract> : f32
                %v809 = arith.mulf %v800, %v751 fastmath<contract> : f32
                %v810 = arith.addf %v809, %v808 fastmath<contract> : f32
                %v811 = arith.addi %v375, %v90 : i64
                %v812 = arith.minsi %v811, %v380 : i64
                %v813 = arith.addi %v139, %v812 : i64
                %v814 = arith.muli %v34, %v170 : i64
                %v815 = arith.subi %v813, %v139 : i64
                %v816 = arith.addi %v814, %v815 : i64
                %v817 = llvm.getelementptr %v65[%v816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v818 = llvm.load %v817 : !llvm.ptr -> f32
                %v819 = arith.negf %v818 : f32
                %v820 = arith.mulf %v819, %v302 fastmath<contract> : f32
                %v821 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v820) : (f32) -> f32
                %v822 = arith.addf %v67, %v821 fastmath<contract> : f32
                %v823 = arith.divf %v67, %v822 : f32
                %v824 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v823) : (f32) -> f32
                %v825 = arith.mulf %v307, %v824 fastmath<contract> : f32
                %v826 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v825) : (f32) -> f32
                %v827 = arith.muli %v34, %v170 : i64
                %v828 = arith.subi %v813, %v139 : i64
                %v829 = arith.addi %v827, %v828 : i64
                %v830 = llvm.getelementptr %v63[%v829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v831 = llvm.load %v830 : !llvm.ptr -> f32
                %v832 = arith.muli %v48, %v318 : i64
                %v833 = arith.muli %v813, %v317 : i64
                %v834 = arith.addi %v832, %v833 : i64
                %v835 = arith.muli %v46, %v316 : i64
                %v836 = arith.addi %v834, %v835 : i64
                %v837 = arith.muli %v44, %v2 : i64
                %v838 = arith.addi %v836, %v837 : i64
                %v839 = llvm.getelementptr %in_v[%v838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v840 = llvm.load %v839 : !llvm.ptr -> f32
                %v841 = arith.mulf %v831, %v840 fastmath<contract> : f32
                %v842 = arith.mulf %v826, %v785 fastmath<contract> : f32
                %v843 = arith.addf %v842, %v841 fastmath<contract> : f32
                %v844 = arith.constant 8 : i64
                %v845 = arith.addi %v844, %v34 : i64
                %v846 = arith.muli %v845, %v170 : i64
                %v847 = arith.subi %v813, %v139 : i64
                %v848 = arith.addi %v846, %v847 : i64
                %v849 = llvm.getelementptr %v65[%v848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v850 = llvm.load %v849 : !llvm.ptr -> f32
                %v851 = arith.negf %v850 : f32
                %v852 = arith.mulf %v851, %v302 fastmath<contract> : f32
                %v853 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v852) : (f32) -> f32
                %v854 = arith.addf %v67, %v853 fastmath<contract> : f32
                %v855 = arith.divf %v67, %v854 : f32
                %v856 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v855) : (f32) -> f32
                %v857 = arith.mulf %v307, %v856 fastmath<contract> : f32
                %v858 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v857) : (f32) -> f32
                %v859 = arith.constant 8 : i64
                %v860 = arith.addi %v859, %v34 : i64
                %v861 = arith.muli %v860, %v170 : i64
                %v862 = arith.subi %v813, %v139 : i64
                %v863 = arith.addi %v861, %v862 : i64
                %v864 = llvm.getelementptr %v63[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v865 = llvm.load %v864 : !llvm.ptr -> f32
                %v866 = arith.mulf %v865, %v840 fastmath<contract> : f32
                %v867 = arith.mulf %v858, %v810 fastmath<contract> : f32
                %v868 = arith.addf %v867, %v866 fastmath<contract> : f32
                %v870 = arith.shrui %v34, %v12 : i64
                %v871 = arith.andi %v870, %v2 : i64
                %v872 = arith.cmpi ne, %v871, %v12 : i64
                %v873 = arith.shrui %v34, %v2 : i64
                %v874 = arith.andi %v873, %v2 : i64
                %v875 = arith.cmpi ne, %v874, %v12 : i64
                %v876 = arith.shrui %v34, %v79 : i64
                %v877 = arith.andi %v876, %v2 : i64
                %v878 = arith.cmpi ne, %v877, %v12 : i64
                %v879 = arith.subi %v141, %v375 : i64
                %v880 = arith.trunci %v879 : i64 to i32
                %v881 = arith.subi %size_L, %v2 : i64
                %v882 = arith.addi %v139, %v375 : i64
                %v883 = arith.subi %v881, %v882 : i64
                %v885 = arith.minsi %v883, %v884 : i64
                %v886 = arith.trunci %v885 : i64 to i32
                %v887 = arith.addi %v375, %v90 : i64
                %v889 = arith.cmpi slt, %v888, %v880 : i32
                %v890 = arith.cmpi eq, %v888, %v886 : i32
                %v891 = arith.addi %v377, %v12 : i64
                llvm.store %v66, %v869 : f32, !llvm.ptr
                %v892 = arith.addi %v139, %v887 : i64
                %v893 = arith.muli %v34, %v170 : i64
                %v894 = arith.subi %v892, %v139 : i64
                %v895 = arith.addi %v893, %v894 : i64
                %v896 = llvm.getelementptr %v61[%v895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v897 = llvm.load %v896 : !llvm.ptr -> f32
                %v898 = arith.muli %v48, %v318 : i64
                %v899 = arith.muli %v892, %v317 : i64
                %v900 = arith.addi %v898, %v899 : i64
                %v901 = arith.muli %v46, %v316 : i64
                %v902 = arith.addi %v900, %v901 : i64
                %v903 = arith.muli %v44, %v2 : i64
                %v904 = arith.addi %v902, %v903 : i64
                %v905 = llvm.getelementptr %dy_o[%v904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v906 = llvm.load %v905 : !llvm.ptr -> f32
                %v907 = arith.mulf %v897, %v906 fastmath<contract> : f32
                %v908 = llvm.load %v50 : !llvm.ptr -> f32
                %v909 = llvm.load %v52 : !llvm.ptr -> f32
                %v910 = arith.mulf %v909, %v908 fastmath<contract> : f32
                %v911 = arith.addf %v907, %v910 fastmath<contract> : f32
                llvm.store %v911, %v50 : f32, !llvm.ptr
                %v912 = arith.constant 8 : i64
                %v913 = arith.addi %v912, %v34 : i64
                %v914 = arith.muli %v913, %v170 : i64
                %v915 = arith.subi %v892, %v139 : i64
                %v916 = arith.addi %v914, %v915 : i64
                %v917 = llvm.getelementptr %v61[%v916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v918 = llvm.load %v917 : !llvm.ptr -> f32
                %v919 = arith.mulf %v918, %v906 fastmath<contract> : f32
                %v920 = llvm.load %v51 : !llvm.ptr -> f32
                %v921 = llvm.load %v53 : !llvm.ptr -> f32
                %v922 = arith.mulf %v921, %v920 fastmath<contract> : f32
                %v923 = arith.addf %v919, %v922 fastmath<contract> : f32
                llvm.store %v923, %v51 : f32, !llvm.ptr
                %v924 = arith.mulf %v843, %v906 fastmath<contract> : f32
                %v925 = arith.mulf %v868, %v906 fastmath<contract> : f32
                %v926 = arith.muli %v48, %v318 : i64
                %v927 = arith.muli %v892, %v317 : i64
                %v928 = arith.addi %v926, %v927 : i64
                %v929 = arith.muli %v46, %v316 : i64
                %v930 = arith.addi %v928, %v929 : i64
                %v931 = arith.muli %v44, %v2 : i64
                %v932 = arith.addi %v930, %v931 : i64
                %v933 = llvm.getelementptr %in_v[%v932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v934 = llvm.load %v933 : !llvm.ptr -> f32
                %v935 = llvm.load %v50 : !llvm.ptr -> f32
                %v936 = arith.mulf %v934, %v935 fastmath<contract> : f32
                %v937 = llvm.load %v51 : !llvm.ptr -> f32
                %v938 = arith.mulf %v934, %v937 fastmath<contract> : f32
                %v939 = arith.muli %v34, %v170 : i64
                %v940 = arith.subi %v892, %v139 : i64
                %v941 = arith.addi %v939, %v940 : i64
                %v942 = llvm.getelementptr %v65[%v941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v943 = llvm.load %v942 : !llvm.ptr -> f32
                %v944 = arith.negf %v943 : f32
                %v945 = arith.mulf %v944, %v302 fastmath<contract> : f32
                %v946 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v945) : (f32) -> f32
                %v947 = arith.addf %v67, %v946 fastmath<contract> : f32
                %v948 = arith.divf %v67, %v947 : f32
                %v950 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v948) : (f32) -> f32
                %v951 = arith.mulf %v949, %v950 fastmath<contract> : f32
                %v952 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v951) : (f32) -> f32
                %v953 = arith.mulf %v785, %v935 fastmath<contract> : f32
                %v954 = arith.mulf %v307, %v953 fastmath<contract> : f32
                %v955 = arith.mulf %v952, %v954 fastmath<contract> : f32
                %v956 = arith.subf %v67, %v948 fastmath<contract> : f32
                %v957 = arith.mulf %v948, %v956 fastmath<contract> : f32
                %v958 = arith.mulf %v955, %v957 fastmath<contract> : f32
                %v959 = arith.constant 8 : i64
                %v960 = arith.addi %v959, %v34 : i64
                %v961 = arith.muli %v960, %v170 : i64
                %v962 = arith.subi %v892, %v139 : i64
                %v963 = arith.addi %v961, %v962 : i64
                %v964 = llvm.getelementptr %v65[%v963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v965 = llvm.load %v964 : !llvm.ptr -> f32
                %v966 = arith.negf %v965 : f32
                %v967 = arith.mulf %v966, %v302 fastmath<contract> : f32
                %v968 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v967) : (f32) -> f32
                %v969 = arith.addf %v67, %v968 fastmath<contract> : f32
                %v970 = arith.divf %v67, %v969 : f32
                %v971 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v970) : (f32) -> f32
                %v972 = arith.mulf %v949, %v971 fastmath<contract> : f32
                %v973 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v972) : (f32) -> f32
                %v974 = arith.mulf %v810, %v937 fastmath<contract> : f32
                %v975 = arith.mulf %v307, %v974 fastmath<contract> : f32
                %v976 = arith.mulf %v973, %v975 fastmath<contract> : f32
                %v977 = arith.subf %v67, %v970 fastmath<contract> : f32
                %v978 = arith.mulf %v970, %v977 fastmath<contract> : f32
                %v979 = arith.mulf %v976, %v978 fastmath<contract> : f32
                %v980 = arith.select %v38, %v924, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v982, %v983 = gpu.shuffle xor %v980, %v981, %v292 : f32
                %v984 = arith.addf %v980, %v982 fastmath<contract> : f32
                %v986, %v987 = gpu.shuffle xor %v984, %v985, %v292 : f32
                %v988 = arith.addf %v984, %v986 fastmath<contract> : f32
                %v989 = arith.divui %v24, %v26 : i64
                %v990 = arith.remui %v24, %v26 : i64
                %v991 = arith.cmpi ult, %v990, %v33 : i64
                %v992 = arith.addi %v12, %v34 : i64
                %v993 = arith.muli %v989, %v1 : i64
                %v994 = arith.addi %v993, %v992 : i64
                %v996 = arith.muli %v994, %v995 : i64
                %v997 = arith.addi %v996, %v891 : i64
                scf.if %v991 {
                  %v998 = llvm.getelementptr %v55[%v997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v988, %v998 : f32, !llvm.ptr
                }
                %v999 = arith.select %v38, %v925, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1000, %v1001 = gpu.shuffle xor %v999, %v981, %v292 : f32
                %v1002 = arith.addf %v999, %v1000 fastmath<contract> : f32
                %v1003, %v1004 = gpu.shuffle xor %v1002, %v985, %v292 : f32
                %v1005 = arith.addf %v1002, %v1003 fastmath<contract> : f32
                %v1006 = arith.divui %v24, %v26 : i64
                %v1007 = arith.remui %v24, %v26 : i64
                %v1008 = arith.cmpi ult, %v1007, %v33 : i64
                %v1009 = arith.addi %v33, %v34 : i64
                %v1010 = arith.muli %v1006, %v1 : i64
                %v1011 = arith.addi %v1010, %v1009 : i64
                %v1012 = arith.muli %v1011, %v995 : i64
                %v1013 = arith.addi %v1012, %v891 : i64
                scf.if %v1008 {
                  %v1014 = llvm.getelementptr %v55[%v1013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1005, %v1014 : f32, !llvm.ptr
                }
                %v1015 = arith.select %v38, %v936, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1016, %v1017 = gpu.shuffle xor %v1015, %v981, %v292 : f32
                %v1018 = arith.addf %v1015, %v1016 fastmath<contract> : f32
                %v1019, %v1020 = gpu.shuffle xor %v1018, %v985, %v292 : f32
                %v1021 = arith.addf %v1018, %v1019 fastmath<contract> : f32
                %v1022 = arith.divui %v24, %v26 : i64
                %v1023 = arith.remui %v24, %v26 : i64
                %v1024 = arith.cmpi ult, %v1023, %v33 : i64
                %v1025 = arith.addi %v12, %v34 : i64
                %v1026 = arith.muli %v1022, %v1 : i64
                %v1027 = arith.addi %v1026, %v1025 : i64
                %v1028 = arith.muli %v1027, %v995 : i64
                %v1029 = arith.addi %v1028, %v891 : i64
                scf.if %v1024 {
                  %v1030 = llvm.getelementptr %v57[%v1029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1021, %v1030 : f32, !llvm.ptr
                }
                %v1031 = arith.select %v38, %v938, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1032, %v1033 = gpu.shuffle xor %v1031, %v981, %v292 : f32
                %v1034 = arith.addf %v1031, %v1032 fastmath<contract> : f32
                %v1035, %v1036 = gpu.shuffle xor %v1034, %v985, %v292 : f32
                %v1037 = arith.addf %v1034, %v1035 fastmath<contract> : f32
                %v1038 = arith.divui %v24, %v26 : i64
                %v1039 = arith.remui %v24, %v26 : i64
                %v1040 = arith.cmpi ult, %v1039, %v33 : i64
                %v1041 = arith.addi %v33, %v34 : i64
                %v1042 = arith.muli %v1038, %v1 : i64
                %v1043 = arith.addi %v1042, %v1041 : i64
                %v1044 = arith.muli %v1043, %v995 : i64
                %v1045 = arith.addi %v1044, %v891 : i64
                scf.if %v1040 {
                  %v1046 = llvm.getelementptr %v57[%v1045] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1037, %v1046 : f32, !llvm.ptr
                }
                %v1047 = arith.select %v38, %v958, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1048, %v1049 = gpu.shuffle xor %v1047, %v981, %v292 : f32
                %v1050 = arith.addf %v1047, %v1048 fastmath<contract> : f32
                %v1051, %v1052 = gpu.shuffle xor %v1050, %v985, %v292 : f32
                %v1053 = arith.addf %v1050, %v1051 fastmath<contract> : f32
                %v1054 = arith.divui %v24, %v26 : i64
                %v1055 = arith.remui %v24, %v26 : i64
                %v1056 = arith.cmpi ult, %v1055, %v33 : i64
                %v1057 = arith.addi %v12, %v34 : i64
                %v1058 = arith.muli %v1054, %v1 : i64
                %v1059 = arith.addi %v1058, %v1057 : i64
                %v1060 = arith.muli %v1059, %v995 : i64
                %v1061 = arith.addi %v1060, %v891 : i64
                scf.if %v1056 {
                  %v1062 = llvm.getelementptr %v59[%v1061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1053, %v1062 : f32, !llvm.ptr
                }
                %v1063 = arith.select %v38, %v979, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1064, %v1065 = gpu.shuffle xor %v1063, %v981, %v292 : f32
                %v1066 = arith.addf %v1063, %v1064 fastmath<contract> : f32
                %v1067, %v1068 = gpu.shuffle xor %v1066, %v985, %v292 : f32
                %v1069 = arith.addf %v1066, %v1067 fastmath<contract> : f32
                %v1070 = arith.divui %v24, %v26 : i64
                %v1071 = arith.remui %v24, %v26 : i64
                %v1072 = arith.cmpi ult, %v1071, %v33 : i64
                %v1073 = arith.addi %v33, %v34 : i64
                %v1074 = arith.muli %v1070, %v1 : i64
                %v1075 = arith.addi %v1074, %v1073 : i64
                %v1076 = arith.muli %v1075, %v995 : i64
                %v1077 = arith.addi %v1076, %v891 : i64
                scf.if %v1072 {
                  %v1078 = llvm.getelementptr %v59[%v1077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1069, %v1078 : f32, !llvm.ptr
                }
                %v1079 = arith.muli %v34, %v170 : i64
                %v1080 = arith.subi %v892, %v139 : i64
                %v1081 = arith.addi %v1079, %v1080 : i64
                %v1082 = llvm.getelementptr %v63[%v1081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1083 = llvm.load %v1082 : !llvm.ptr -> f32
                %v1084 = arith.mulf %v1083, %v935 fastmath<contract> : f32
                %v1085 = arith.constant 8 : i64
                %v1086 = arith.addi %v1085, %v34 : i64
                %v1087 = arith.muli %v1086, %v170 : i64
                %v1088 = arith.subi %v892, %v139 : i64
                %v1089 = arith.addi %v1087, %v1088 : i64
                %v1090 = llvm.getelementptr %v63[%v1089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1091 = llvm.load %v1090 : !llvm.ptr -> f32
                %v1092 = arith.mulf %v1091, %v937 fastmath<contract> : f32
                %v1093 = arith.addf %v1084, %v1092 fastmath<contract> : f32
                llvm.store %v1093, %v869 : f32, !llvm.ptr
                %v1094 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v948) : (f32) -> f32
                %v1095 = arith.mulf %v307, %v1094 fastmath<contract> : f32
                %v1096 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1095) : (f32) -> f32
                llvm.store %v1096, %v52 : f32, !llvm.ptr
                %v1097 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v970) : (f32) -> f32
                %v1098 = arith.mulf %v307, %v1097 fastmath<contract> : f32
                %v1099 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1098) : (f32) -> f32
                llvm.store %v1099, %v53 : f32, !llvm.ptr
                %v1100 = llvm.load %v869 : !llvm.ptr -> f32
                %v1101 = arith.addi %v375, %v752 : i64
                %v1103 = arith.cmpi slt, %v1102, %v880 : i32
                %v1104 = arith.cmpi eq, %v1102, %v886 : i32
                %v1105 = arith.addi %v377, %v2 : i64
                llvm.store %v66, %v869 : f32, !llvm.ptr
                %v1106 = arith.addi %v139, %v1101 : i64
                %v1107 = arith.muli %v34, %v170 : i64
                %v1108 = arith.subi %v1106, %v139 : i64
                %v1109 = arith.addi %v1107, %v1108 : i64
                %v1110 = llvm.getelementptr %v61[%v1109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1111 = llvm.load %v1110 : !llvm.ptr -> f32
                %v1112 = arith.muli %v48, %v318 : i64
                %v1113 = arith.muli %v1106, %v317 : i64
                %v1114 = arith.addi %v1112, %v1113 : i64
                %v1115 = arith.muli %v46, %v316 : i64
                %v1116 = arith.addi %v1114, %v1115 : i64
                %v1117 = arith.muli %v44, %v2 : i64
                %v1118 = arith.addi %v1116, %v1117 : i64
                %v1119 = llvm.getelementptr %dy_o[%v1118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1120 = llvm.load %v1119 : !llvm.ptr -> f32
                %v1121 = arith.mulf %v1111, %v1120 fastmath<contract> : f32
                %v1122 = llvm.load %v50 : !llvm.ptr -> f32
                %v1123 = llvm.load %v52 : !llvm.ptr -> f32
                %v1124 = arith.mulf %v1123, %v1122 fastmath<contract> : f32
                %v1125 = arith.addf %v1121, %v1124 fastmath<contract> : f32
                llvm.store %v1125, %v50 : f32, !llvm.ptr
                %v1126 = arith.constant 8 : i64
                %v1127 = arith.addi %v1126, %v34 : i64
                %v1128 = arith.muli %v1127, %v170 : i64
                %v1129 = arith.subi %v1106, %v139 : i64
                %v1130 = arith.addi %v1128, %v1129 : i64
                %v1131 = llvm.getelementptr %v61[%v1130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1132 = llvm.load %v1131 : !llvm.ptr -> f32
                %v1133 = arith.mulf %v1132, %v1120 fastmath<contract> : f32
                %v1134 = llvm.load %v51 : !llvm.ptr -> f32
                %v1135 = llvm.load %v53 : !llvm.ptr -> f32
                %v1136 = arith.mulf %v1135, %v1134 fastmath<contract> : f32
                %v1137 = arith.addf %v1133, %v1136 fastmath<contract> : f32
                llvm.store %v1137, %v51 : f32, !llvm.ptr
                %v1138 = arith.mulf %v785, %v1120 fastmath<contract> : f32
                %v1139 = arith.mulf %v810, %v1120 fastmath<contract> : f32
                %v1140 = arith.muli %v48, %v318 : i64
                %v1141 = arith.muli %v1106, %v317 : i64
                %v1142 = arith.addi %v1140, %v1141 : i64
                %v1143 = arith.muli %v46, %v316 : i64
                %v1144 = arith.addi %v1142, %v1143 : i64
                %v1145 = arith.muli %v44, %v2 : i64
                %v1146 = arith.addi %v1144, %v1145 : i64
                %v1147 = llvm.getelementptr %in_v[%v1146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1148 = llvm.load %v1147 : !llvm.ptr -> f32
                %v1149 = llvm.load %v50 : !llvm.ptr -> f32
                %v1150 = arith.mulf %v1148, %v1149 fastmath<contract> : f32
                %v1151 = llvm.load %v51 : !llvm.ptr -> f32
                %v1152 = arith.mulf %v1148, %v1151 fastmath<contract> : f32
                %v1153 = arith.muli %v34, %v170 : i64
                %v1154 = arith.subi %v1106, %v139 : i64
                %v1155 = arith.addi %v1153, %v1154 : i64
                %v1156 = llvm.getelementptr %v65[%v1155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1157 = llvm.load %v1156 : !llvm.ptr -> f32
                %v1158 = arith.negf %v1157 : f32
                %v1159 = arith.mulf %v1158, %v302 fastmath<contract> : f32
                %v1160 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1159) : (f32) -> f32
                %v1161 = arith.addf %v67, %v1160 fastmath<contract> : f32
                %v1162 = arith.divf %v67, %v1161 : f32
                %v1163 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1162) : (f32) -> f32
                %v1164 = arith.mulf %v949, %v1163 fastmath<contract> : f32
                %v1165 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1164) : (f32) -> f32
                %v1166 = arith.mulf %v726, %v1149 fastmath<contract> : f32
                %v1167 = arith.mulf %v307, %v1166 fastmath<contract> : f32
                %v1168 = arith.mulf %v1165, %v1167 fastmath<contract> : f32
                %v1169 = arith.subf %v67, %v1162 fastmath<contract> : f32
                %v1170 = arith.mulf %v1162, %v1169 fastmath<contract> : f32
                %v1171 = arith.mulf %v1168, %v1170 fastmath<contract> : f32
                %v1172 = arith.constant 8 : i64
                %v1173 = arith.addi %v1172, %v34 : i64
                %v1174 = arith.muli %v1173, %v170 : i64
                %v1175 = arith.subi %v1106, %v139 : i64
                %v1176 = arith.addi %v1174, %v1175 : i64
                %v1177 = llvm.getelementptr %v65[%v1176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1178 = llvm.load %v1177 : !llvm.ptr -> f32
                %v1179 = arith.negf %v1178 : f32
                %v1180 = arith.mulf %v1179, %v302 fastmath<contract> : f32
                %v1181 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1180) : (f32) -> f32
                %v1182 = arith.addf %v67, %v1181 fastmath<contract> : f32
                %v1183 = arith.divf %v67, %v1182 : f32
                %v1184 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1183) : (f32) -> f32
                %v1185 = arith.mulf %v949, %v1184 fastmath<contract> : f32
                %v1186 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1185) : (f32) -> f32
                %v1187 = arith.mulf %v751, %v1151 fastmath<contract> : f32
                %v1188 = arith.mulf %v307, %v1187 fastmath<contract> : f32
                %v1189 = arith.mulf %v1186, %v1188 fastmath<contract> : f32
                %v1190 = arith.subf %v67, %v1183 fastmath<contract> : f32
                %v1191 = arith.mulf %v1183, %v1190 fastmath<contract> : f32
                %v1192 = arith.mulf %v1189, %v1191 fastmath<contract> : f32
                %v1193 = arith.select %v38, %v1138, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1194, %v1195 = gpu.shuffle xor %v1193, %v981, %v292 : f32
                %v1196 = arith.addf %v1193, %v1194 fastmath<contract> : f32
                %v1197, %v1198 = gpu.shuffle xor %v1196, %v985, %v292 : f32
                %v1199 = arith.addf %v1196, %v1197 fastmath<contract> : f32
                %v1200 = arith.divui %v24, %v26 : i64
                %v1201 = arith.remui %v24, %v26 : i64
                %v1202 = arith.cmpi ult, %v1201, %v33 : i64
                %v1203 = arith.addi %v12, %v34 : i64
                %v1204 = arith.muli %v1200, %v1 : i64
                %v1205 = arith.addi %v1204, %v1203 : i64
                %v1206 = arith.muli %v1205, %v995 : i64
                %v1207 = arith.addi %v1206, %v1105 : i64
                scf.if %v1202 {
                  %v1208 = llvm.getelementptr %v55[%v1207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1199, %v1208 : f32, !llvm.ptr
                }
                %v1209 = arith.select %v38, %v1139, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1210, %v1211 = gpu.shuffle xor %v1209, %v981, %v292 : f32
                %v1212 = arith.addf %v1209, %v1210 fastmath<contract> : f32
                %v1213, %v1214 = gpu.shuffle xor %v1212, %v985, %v292 : f32
                %v1215 = arith.addf %v1212, %v1213 fastmath<contract> : f32
                %v1216 = arith.divui %v24, %v26 : i64
                %v1217 = arith.remui %v24, %v26 : i64
                %v1218 = arith.cmpi ult, %v1217, %v33 : i64
                %v1219 = arith.addi %v33, %v34 : i64
                %v1220 = arith.muli %v1216, %v1 : i64
                %v1221 = arith.addi %v1220, %v1219 : i64
                %v1222 = arith.muli %v1221, %v995 : i64
                %v1223 = arith.addi %v1222, %v1105 : i64
                scf.if %v1218 {
                  %v1224 = llvm.getelementptr %v55[%v1223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1215, %v1224 : f32, !llvm.ptr
                }
                %v1225 = arith.select %v38, %v1150, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1226, %v1227 = gpu.shuffle xor %v1225, %v981, %v292 : f32
                %v1228 = arith.addf %v1225, %v1226 fastmath<contract> : f32
                %v1229, %v1230 = gpu.shuffle xor %v1228, %v985, %v292 : f32
                %v1231 = arith.addf %v1228, %v1229 fastmath<contract> : f32
                %v1232 = arith.divui %v24, %v26 : i64
                %v1233 = arith.remui %v24, %v26 : i64
                %v1234 = arith.cmpi ult, %v1233, %v33 : i64
                %v1235 = arith.addi %v12, %v34 : i64
                %v1236 = arith.muli %v1232, %v1 : i64
                %v1237 = arith.addi %v1236, %v1235 : i64
                %v1238 = arith.muli %v1237, %v995 : i64
                %v1239 = arith.addi %v1238, %v1105 : i64
                scf.if %v1234 {
                  %v1240 = llvm.getelementptr %v57[%v1239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1231, %v1240 : f32, !llvm.ptr
                }
                %v1241 = arith.select %v38, %v1152, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1242, %v1243 = gpu.shuffle xor %v1241, %v981, %v292 : f32
                %v1244 = arith.addf %v1241, %v1242 fastmath<contract> : f32
                %v1245, %v1246 = gpu.shuffle xor %v1244, %v985, %v292 : f32
                %v1247 = arith.addf %v1244, %v1245 fastmath<contract> : f32
                %v1248 = arith.divui %v24, %v26 : i64
                %v1249 = arith.remui %v24, %v26 : i64
                %v1250 = arith.cmpi ult, %v1249, %v33 : i64
                %v1251 = arith.addi %v33, %v34 : i64
                %v1252 = arith.muli %v1248, %v1 : i64
                %v1253 = arith.addi %v1252, %v1251 : i64
                %v1254 = arith.muli %v1253, %v995 : i64
                %v1255 = arith.addi %v1254, %v1105 : i64
                scf.if %v1250 {
                  %v1256 = llvm.getelementptr %v57[%v1255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1247, %v1256 : f32, !llvm.ptr
                }
                %v1257 = arith.select %v38, %v1171, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1258, %v1259 = gpu.shuffle xor %v1257, %v981, %v292 : f32
                %v1260 = arith.addf %v1257, %v1258 fastmath<contract> : f32
                %v1261, %v1262 = gpu.shuffle xor %v1260, %v985, %v292 : f32
                %v1263 = arith.addf %v1260, %v1261 fastmath<contract> : f32
                %v1264 = arith.divui %v24, %v26 : i64
                %v1265 = arith.remui %v24, %v26 : i64
                %v1266 = arith.cmpi ult, %v1265, %v33 : i64
                %v1267 = arith.addi %v12, %v34 : i64
                %v1268 = arith.muli %v1264, %v1 : i64
                %v1269 = arith.addi %v1268, %v1267 : i64
                %v1270 = arith.muli %v1269, %v995 : i64
                %v1271 = arith.addi %v1270, %v1105 : i64
                scf.if %v1266 {
                  %v1272 = llvm.getelementptr %v59[%v1271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1263, %v1272 : f32, !llvm.ptr
                }
                %v1273 = arith.select %v38, %v1192, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1274, %v1275 = gpu.shuffle xor %v1273, %v981, %v292 : f32
                %v1276 = arith.addf %v1273, %v1274 fastmath<contract> : f32
                %v1277, %v1278 = gpu.shuffle xor %v1276, %v985, %v292 : f32
                %v1279 = arith.addf %v1276, %v1277 fastmath<contract> : f32
                %v1280 = arith.divui %v24, %v26 : i64
                %v1281 = arith.remui %v24, %v26 : i64
                %v1282 = arith.cmpi ult, %v1281, %v33 : i64
                %v1283 = arith.addi %v33, %v34 : i64
                %v1284 = arith.muli %v1280, %v1 : i64
                %v1285 = arith.addi %v1284, %v1283 : i64
                %v1286 = arith.muli %v1285, %v995 : i64
                %v1287 = arith.addi %v1286, %v1105 : i64
                scf.if %v1282 {
                  %v1288 = llvm.getelementptr %v59[%v1287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1279, %v1288 : f32, !llvm.ptr
                }
                %v1289 = arith.muli %v34, %v170 : i64
                %v1290 = arith.subi %v1106, %v139 : i64
                %v1291 = arith.addi %v1289, %v1290 : i64
                %v1292 = llvm.getelementptr %v63[%v1291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1293 = llvm.load %v1292 : !llvm.ptr -> f32
                %v1294 = arith.mulf %v1293, %v1149 fastmath<contract> : f32
                %v1295 = arith.constant 8 : i64
                %v1296 = arith.addi %v1295, %v34 : i64
                %v1297 = arith.muli %v1296, %v170 : i64
                %v1298 = arith.subi %v1106, %v139 : i64
                %v1299 = arith.addi %v1297, %v1298 : i64
                %v1300 = llvm.getelementptr %v63[%v1299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1301 = llvm.load %v1300 : !llvm.ptr -> f32
                %v1302 = arith.mulf %v1301, %v1151 fastmath<contract> : f32
                %v1303 = arith.addf %v1294, %v1302 fastmath<contract> : f32
                llvm.store %v1303, %v869 : f32, !llvm.ptr
                %v1304 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1162) : (f32) -> f32
                %v1305 = arith.mulf %v307, %v1304 fastmath<contract> : f32
                %v1306 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1305) : (f32) -> f32
                llvm.store %v1306, %v52 : f32, !llvm.ptr
                %v1307 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1183) : (f32) -> f32
                %v1308 = arith.mulf %v307, %v1307 fastmath<contract> : f32
                %v1309 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1308) : (f32) -> f32
                llvm.store %v1309, %v53 : f32, !llvm.ptr
                %v1310 = llvm.load %v869 : !llvm.ptr -> f32
                %v1311 = arith.select %v872, %v1310, %v1100 : f32
                %v1312 = arith.select %v872, %v1100, %v1310 : f32
                %v1314, %v1315 = gpu.shuffle xor %v1311, %v1313, %v292 : f32
                %v1316 = arith.addf %v1312, %v1314 fastmath<contract> : f32
                %v1317 = arith.addi %v375, %v693 : i64
                %v1319 = arith.cmpi slt, %v1318, %v880 : i32
                %v1320 = arith.cmpi eq, %v1318, %v886 : i32
                %v1321 = arith.addi %v377, %v79 : i64
                llvm.store %v66, %v869 : f32, !llvm.ptr
                %v1322 = arith.addi %v139, %v1317 : i64
                %v1323 = arith.muli %v34, %v170 : i64
                %v1324 = arith.subi %v1322, %v139 : i64
                %v1325 = arith.addi %v1323, %v1324 : i64
                %v1326 = llvm.getelementptr %v61[%v1325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1327 = llvm.load %v1326 : !llvm.ptr -> f32
                %v1328 = arith.muli %v48, %v318 : i64
                %v1329 = arith.muli %v1322, %v317 : i64
                %v1330 = arith.addi %v1328, %v1329 : i64
                %v1331 = arith.muli %v46, %v316 : i64
                %v1332 = arith.addi %v1330, %v1331 : i64
                %v1333 = arith.muli %v44, %v2 : i64
                %v1334 = arith.addi %v1332, %v1333 : i64
                %v1335 = llvm.getelementptr %dy_o[%v1334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1336 = llvm.load %v1335 : !llvm.ptr -> f32
                %v1337 = arith.mulf %v1327, %v1336 fastmath<contract> : f32
                %v1338 = llvm.load %v50 : !llvm.ptr -> f32
                %v1339 = llvm.load %v52 : !llvm.ptr -> f32
                %v1340 = arith.mulf %v1339, %v1338 fastmath<contract> : f32
                %v1341 = arith.addf %v1337, %v1340 fastmath<contract> : f32
                llvm.store %v1341, %v50 : f32, !llvm.ptr
                %v1342 = arith.constant 8 : i64
                %v1343 = arith.addi %v1342, %v34 : i64
                %v1344 = arith.muli %v1343, %v170 : i64
                %v1345 = arith.subi %v1322, %v139 : i64
                %v1346 = arith.addi %v1344, %v1345 : i64
                %v1347 = llvm.getelementptr %v61[%v1346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1348 = llvm.load %v1347 : !llvm.ptr -> f32
                %v1349 = arith.mulf %v1348, %v1336 fastmath<contract> : f32
                %v1350 = llvm.load %v51 : !llvm.ptr -> f32
                %v1351 = llvm.load %v53 : !llvm.ptr -> f32
                %v1352 = arith.mulf %v1351, %v1350 fastmath<contract> : f32
                %v1353 = arith.addf %v1349, %v1352 fastmath<contract> : f32
                llvm.store %v1353, %v51 : f32, !llvm.ptr
                %v1354 = arith.mulf %v726, %v1336 fastmath<contract> : f32
                %v1355 = arith.mulf %v751, %v1336 fastmath<contract> : f32
                %v1356 = arith.muli %v48, %v318 : i64
                %v1357 = arith.muli %v1322, %v317 : i64
                %v1358 = arith.addi %v1356, %v1357 : i64
                %v1359 = arith.muli %v46, %v316 : i64
                %v1360 = arith.addi %v1358, %v1359 : i64
                %v1361 = arith.muli %v44, %v2 : i64
                %v1362 = arith.addi %v1360, %v1361 : i64
                %v1363 = llvm.getelementptr %in_v[%v1362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1364 = llvm.load %v1363 : !llvm.ptr -> f32
                %v1365 = llvm.load %v50 : !llvm.ptr -> f32
                %v1366 = arith.mulf %v1364, %v1365 fastmath<contract> : f32
                %v1367 = llvm.load %v51 : !llvm.ptr -> f32
                %v1368 = arith.mulf %v1364, %v1367 fastmath<contract> : f32
                %v1369 = arith.muli %v34, %v170 : i64
                %v1370 = arith.subi %v1322, %v139 : i64
                %v1371 = arith.addi %v1369, %v1370 : i64
                %v1372 = llvm.getelementptr %v65[%v1371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1373 = llvm.load %v1372 : !llvm.ptr -> f32
                %v1374 = arith.negf %v1373 : f32
                %v1375 = arith.mulf %v1374, %v302 fastmath<contract> : f32
                %v1376 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1375) : (f32) -> f32
                %v1377 = arith.addf %v67, %v1376 fastmath<contract> : f32
                %v1378 = arith.divf %v67, %v1377 : f32
                %v1379 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1378) : (f32) -> f32
                %v1380 = arith.mulf %v949, %v1379 fastmath<contract> : f32
                %v1381 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1380) : (f32) -> f32
                %v1382 = arith.mulf %v667, %v1365 fastmath<contract> : f32
                %v1383 = arith.mulf %v307, %v1382 fastmath<contract> : f32
                %v1384 = arith.mulf %v1381, %v1383 fastmath<contract> : f32
                %v1385 = arith.subf %v67, %v1378 fastmath<contract> : f32
                %v1386 = arith.mulf %v1378, %v1385 fastmath<contract> : f32
                %v1387 = arith.mulf %v1384, %v1386 fastmath<contract> : f32
                %v1388 = arith.constant 8 : i64
                %v1389 = arith.addi %v1388, %v34 : i64
                %v1390 = arith.muli %v1389, %v170 : i64
                %v1391 = arith.subi %v1322, %v139 : i64
                %v1392 = arith.addi %v1390, %v1391 : i64
                %v1393 = llvm.getelementptr %v65[%v1392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1394 = llvm.load %v1393 : !llvm.ptr -> f32
                %v1395 = arith.negf %v1394 : f32
                %v1396 = arith.mulf %v1395, %v302 fastmath<contract> : f32
                %v1397 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1396) : (f32) -> f32
                %v1398 = arith.addf %v67, %v1397 fastmath<contract> : f32
                %v1399 = arith.divf %v67, %v1398 : f32
                %v1400 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1399) : (f32) -> f32
                %v1401 = arith.mulf %v949, %v1400 fastmath<contract> : f32
                %v1402 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1401) : (f32) -> f32
                %v1403 = arith.mulf %v692, %v1367 fastmath<contract> : f32
                %v1404 = arith.mulf %v307, %v1403 fastmath<contract> : f32
                %v1405 = arith.mulf %v1402, %v1404 fastmath<contract> : f32
                %v1406 = arith.subf %v67, %v1399 fastmath<contract> : f32
                %v1407 = arith.mulf %v1399, %v1406 fastmath<contract> : f32
                %v1408 = arith.mulf %v1405, %v1407 fastmath<contract> : f32
                %v1409 = arith.select %v38, %v1354, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1410, %v1411 = gpu.shuffle xor %v1409, %v981, %v292 : f32
                %v1412 = arith.addf %v1409, %v1410 fastmath<contract> : f32
                %v1413, %v1414 = gpu.shuffle xor %v1412, %v985, %v292 : f32
                %v1415 = arith.addf %v1412, %v1413 fastmath<contract> : f32
                %v1416 = arith.divui %v24, %v26 : i64
                %v1417 = arith.remui %v24, %v26 : i64
                %v1418 = arith.cmpi ult, %v1417, %v33 : i64
                %v1419 = arith.addi %v12, %v34 : i64
                %v1420 = arith.muli %v1416, %v1 : i64
                %v1421 = arith.addi %v1420, %v1419 : i64
                %v1422 = arith.muli %v1421, %v995 : i64
                %v1423 = arith.addi %v1422, %v1321 : i64
                scf.if %v1418 {
                  %v1424 = llvm.getelementptr %v55[%v1423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1415, %v1424 : f32, !llvm.ptr
                }
                %v1425 = arith.select %v38, %v1355, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1426, %v1427 = gpu.shuffle xor %v1425, %v981, %v292 : f32
                %v1428 = arith.addf %v1425, %v1426 fastmath<contract> : f32
                %v1429, %v1430 = gpu.shuffle xor %v1428, %v985, %v292 : f32
                %v1431 = arith.addf %v1428, %v1429 fastmath<contract> : f32
                %v1432 = arith.divui %v24, %v26 : i64
                %v1433 = arith.remui %v24, %v26 : i64
                %v1434 = arith.cmpi ult, %v1433, %v33 : i64
                %v1435 = arith.addi %v33, %v34 : i64
                %v1436 = arith.muli %v1432, %v1 : i64
                %v1437 = arith.addi %v1436, %v1435 : i64
                %v1438 = arith.muli %v1437, %v995 : i64
                %v1439 = arith.addi %v1438, %v1321 : i64
                scf.if %v1434 {
                  %v1440 = llvm.getelementptr %v55[%v1439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1431, %v1440 : f32, !llvm.ptr
                }
                %v1441 = arith.select %v38, %v1366, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1442, %v1443 = gpu.shuffle xor %v1441, %v981, %v292 : f32
                %v1444 = arith.addf %v1441, %v1442 fastmath<contract> : f32
                %v1445, %v1446 = gpu.shuffle xor %v1444, %v985, %v292 : f32
                %v1447 = arith.addf %v1444, %v1445 fastmath<contract> : f32
                %v1448 = arith.divui %v24, %v26 : i64
                %v1449 = arith.remui %v24, %v26 : i64
                %v1450 = arith.cmpi ult, %v1449, %v33 : i64
                %v1451 = arith.addi %v12, %v34 : i64
                %v1452 = arith.muli %v1448, %v1 : i64
                %v1453 = arith.addi %v1452, %v1451 : i64
                %v1454 = arith.muli %v1453, %v995 : i64
                %v1455 = arith.addi %v1454, %v1321 : i64
                scf.if %v1450 {
                  %v1456 = llvm.getelementptr %v57[%v1455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1447, %v1456 : f32, !llvm.ptr
                }
                %v1457 = arith.select %v38, %v1368, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1458, %v1459 = gpu.shuffle xor %v1457, %v981, %v292 : f32
                %v1460 = arith.addf %v1457, %v1458 fastmath<contract> : f32
                %v1461, %v1462 = gpu.shuffle xor %v1460, %v985, %v292 : f32
                %v1463 = arith.addf %v1460, %v1461 fastmath<contract> : f32
                %v1464 = arith.divui %v24, %v26 : i64
                %v1465 = arith.remui %v24, %v26 : i64
                %v1466 = arith.cmpi ult, %v1465, %v33 : i64
                %v1467 = arith.addi %v33, %v34 : i64
                %v1468 = arith.muli %v1464, %v1 : i64
                %v1469 = arith.addi %v1468, %v1467 : i64
                %v1470 = arith.muli %v1469, %v995 : i64
                %v1471 = arith.addi %v1470, %v1321 : i64
                scf.if %v1466 {
                  %v1472 = llvm.getelementptr %v57[%v1471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1463, %v1472 : f32, !llvm.ptr
                }
                %v1473 = arith.select %v38, %v1387, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1474, %v1475 = gpu.shuffle xor %v1473, %v981, %v292 : f32
                %v1476 = arith.addf %v1473, %v1474 fastmath<contract> : f32
                %v1477, %v1478 = gpu.shuffle xor %v1476, %v985, %v292 : f32
                %v1479 = arith.addf %v1476, %v1477 fastmath<contract> : f32
                %v1480 = arith.divui %v24, %v26 : i64
                %v1481 = arith.remui %v24, %v26 : i64
                %v1482 = arith.cmpi ult, %v1481, %v33 : i64
                %v1483 = arith.addi %v12, %v34 : i64
                %v1484 = arith.muli %v1480, %v1 : i64
                %v1485 = arith.addi %v1484, %v1483 : i64
                %v1486 = arith.muli %v1485, %v995 : i64
                %v1487 = arith.addi %v1486, %v1321 : i64
                scf.if %v1482 {
                  %v1488 = llvm.getelementptr %v59[%v1487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1479, %v1488 : f32, !llvm.ptr
                }
                %v1489 = arith.select %v38, %v1408, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1490, %v1491 = gpu.shuffle xor %v1489, %v981, %v292 : f32
                %v1492 = arith.addf %v1489, %v1490 fastmath<contract> : f32
                %v1493, %v1494 = gpu.shuffle xor %v1492, %v985, %v292 : f32
                %v1495 = arith.addf %v1492, %v1493 fastmath<contract> : f32
                %v1496 = arith.divui %v24, %v26 : i64
                %v1497 = arith.remui %v24, %v26 : i64
                %v1498 = arith.cmpi ult, %v1497, %v33 : i64
                %v1499 = arith.addi %v33, %v34 : i64
                %v1500 = arith.muli %v1496, %v1 : i64
                %v1501 = arith.addi %v1500, %v1499 : i64
                %v1502 = arith.muli %v1501, %v995 : i64
                %v1503 = arith.addi %v1502, %v1321 : i64
                scf.if %v1498 {
                  %v1504 = llvm.getelementptr %v59[%v1503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1495, %v1504 : f32, !llvm.ptr
                }
                %v1505 = arith.muli %v34, %v170 : i64
                %v1506 = arith.subi %v1322, %v139 : i64
                %v1507 = arith.addi %v1505, %v1506 : i64
                %v1508 = llvm.getelementptr %v63[%v1507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1509 = llvm.load %v1508 : !llvm.ptr -> f32
                %v1510 = arith.mulf %v1509, %v1365 fastmath<contract> : f32
                %v1511 = arith.constant 8 : i64
                %v1512 = arith.addi %v1511, %v34 : i64
                %v1513 = arith.muli %v1512, %v170 : i64
                %v1514 = arith.subi %v1322, %v139 : i64
                %v1515 = arith.addi %v1513, %v1514 : i64
                %v1516 = llvm.getelementptr %v63[%v1515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1517 = llvm.load %v1516 : !llvm.ptr -> f32
                %v1518 = arith.mulf %v1517, %v1367 fastmath<contract> : f32
                %v1519 = arith.addf %v1510, %v1518 fastmath<contract> : f32
                llvm.store %v1519, %v869 : f32, !llvm.ptr
                %v1520 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1378) : (f32) -> f32
                %v1521 = arith.mulf %v307, %v1520 fastmath<contract> : f32
                %v1522 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1521) : (f32) -> f32
                llvm.store %v1522, %v52 : f32, !llvm.ptr
                %v1523 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1399) : (f32) -> f32
                %v1524 = arith.mulf %v307, %v1523 fastmath<contract> : f32
                %v1525 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1524) : (f32) -> f32
                llvm.store %v1525, %v53 : f32, !llvm.ptr
                %v1526 = llvm.load %v869 : !llvm.ptr -> f32
                %v1527 = arith.addi %v375, %v634 : i64
                %v1529 = arith.cmpi slt, %v1528, %v880 : i32
                %v1530 = arith.cmpi eq, %v1528, %v886 : i32
                %v1531 = arith.addi %v377, %v84 : i64
                llvm.store %v66, %v869 : f32, !llvm.ptr
                %v1532 = arith.addi %v139, %v1527 : i64
                %v1533 = arith.muli %v34, %v170 : i64
                %v1534 = arith.subi %v1532, %v139 : i64
                %v1535 = arith.addi %v1533, %v1534 : i64
                %v1536 = llvm.getelementptr %v61[%v1535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1537 = llvm.load %v1536 : !llvm.ptr -> f32
                %v1538 = arith.muli %v48, %v318 : i64
                %v1539 = arith.muli %v1532, %v317 : i64
                %v1540 = arith.addi %v1538, %v1539 : i64
                %v1541 = arith.muli %v46, %v316 : i64
                %v1542 = arith.addi %v1540, %v1541 : i64
                %v1543 = arith.muli %v44, %v2 : i64
                %v1544 = arith.addi %v1542, %v1543 : i64
                %v1545 = llvm.getelementptr %dy_o[%v1544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1546 = llvm.load %v1545 : !llvm.ptr -> f32
                %v1547 = arith.mulf %v1537, %v1546 fastmath<contract> : f32
                %v1548 = llvm.load %v50 : !llvm.ptr -> f32
                %v1549 = llvm.load %v52 : !llvm.ptr -> f32
                %v1550 = arith.mulf %v1549, %v1548 fastmath<contract> : f32
                %v1551 = arith.addf %v1547, %v1550 fastmath<contract> : f32
                llvm.store %v1551, %v50 : f32, !llvm.ptr
                %v1552 = arith.constant 8 : i64
                %v1553 = arith.addi %v1552, %v34 : i64
                %v1554 = arith.muli %v1553, %v170 : i64
                %v1555 = arith.subi %v1532, %v139 : i64
                %v1556 = arith.addi %v1554, %v1555 : i64
                %v1557 = llvm.getelementptr %v61[%v1556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1558 = llvm.load %v1557 : !llvm.ptr -> f32
                %v1559 = arith.mulf %v1558, %v1546 fastmath<contract> : f32
                %v1560 = llvm.load %v51 : !llvm.ptr -> f32
                %v1561 = llvm.load %v53 : !llvm.ptr -> f32
                %v1562 = arith.mulf %v1561, %v1560 fastmath<contract> : f32
                %v1563 = arith.addf %v1559, %v1562 fastmath<contract> : f32
                llvm.store %v1563, %v51 : f32, !llvm.ptr
                %v1564 = arith.mulf %v667, %v1546 fastmath<contract> : f32
                %v1565 = arith.mulf %v692, %v1546 fastmath<contract> : f32
                %v1566 = arith.muli %v48, %v318 : i64
                %v1567 = arith.muli %v1532, %v317 : i64
                %v1568 = arith.addi %v1566, %v1567 : i64
                %v1569 = arith.muli %v46, %v316 : i64
                %v1570 = arith.addi %v1568, %v1569 : i64
                %v1571 = arith.muli %v44, %v2 : i64
                %v1572 = arith.addi %v1570, %v1571 : i64
                %v1573 = llvm.getelementptr %in_v[%v1572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1574 = llvm.load %v1573 : !llvm.ptr -> f32
                %v1575 = llvm.load %v50 : !llvm.ptr -> f32
                %v1576 = arith.mulf %v1574, %v1575 fastmath<contract> : f32
                %v1577 = llvm.load %v51 : !llvm.ptr -> f32
                %v1578 = arith.mulf %v1574, %v1577 fastmath<contract> : f32
                %v1579 = arith.muli %v34, %v170 : i64
                %v1580 = arith.subi %v1532, %v139 : i64
                %v1581 = arith.addi %v1579, %v1580 : i64
                %v1582 = llvm.getelementptr %v65[%v1581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1583 = llvm.load %v1582 : !llvm.ptr -> f32
                %v1584 = arith.negf %v1583 : f32
                %v1585 = arith.mulf %v1584, %v302 fastmath<contract> : f32
                %v1586 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1585) : (f32) -> f32
                %v1587 = arith.addf %v67, %v1586 fastmath<contract> : f32
                %v1588 = arith.divf %v67, %v1587 : f32
                %v1589 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1588) : (f32) -> f32
                %v1590 = arith.mulf %v949, %v1589 fastmath<contract> : f32
                %v1591 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1590) : (f32) -> f32
                %v1592 = arith.mulf %v608, %v1575 fastmath<contract> : f32
                %v1593 = arith.mulf %v307, %v1592 fastmath<contract> : f32
                %v1594 = arith.mulf %v1591, %v1593 fastmath<contract> : f32
                %v1595 = arith.subf %v67, %v1588 fastmath<contract> : f32
                %v1596 = arith.mulf %v1588, %v1595 fastmath<contract> : f32
                %v1597 = arith.mulf %v1594, %v1596 fastmath<contract> : f32
                %v1598 = arith.constant 8 : i64
                %v1599 = arith.addi %v1598, %v34 : i64
                %v1600 = arith.muli %v1599, %v170 : i64
                %v1601 = arith.subi %v1532, %v139 : i64
                %v1602 = arith.addi %v1600, %v1601 : i64
                %v1603 = llvm.getelementptr %v65[%v1602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1604 = llvm.load %v1603 : !llvm.ptr -> f32
                %v1605 = arith.negf %v1604 : f32
                %v1606 = arith.mulf %v1605, %v302 fastmath<contract> : f32
                %v1607 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1606) : (f32) -> f32
                %v1608 = arith.addf %v67, %v1607 fastmath<contract> : f32
                %v1609 = arith.divf %v67, %v1608 : f32
                %v1610 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1609) : (f32) -> f32
                %v1611 = arith.mulf %v949, %v1610 fastmath<contract> : f32
                %v1612 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1611) : (f32) -> f32
                %v1613 = arith.mulf %v633, %v1577 fastmath<contract> : f32
                %v1614 = arith.mulf %v307, %v1613 fastmath<contract> : f32
                %v1615 = arith.mulf %v1612, %v1614 fastmath<contract> : f32
                %v1616 = arith.subf %v67, %v1609 fastmath<contract> : f32
                %v1617 = arith.mulf %v1609, %v1616 fastmath<contract> : f32
                %v1618 = arith.mulf %v1615, %v1617 fastmath<contract> : f32
                %v1619 = arith.select %v38, %v1564, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1620, %v1621 = gpu.shuffle xor %v1619, %v981, %v292 : f32
                %v1622 = arith.addf %v1619, %v1620 fastmath<contract> : f32
                %v1623, %v1624 = gpu.shuffle xor %v1622, %v985, %v292 : f32
                %v1625 = arith.addf %v1622, %v1623 fastmath<contract> : f32
                %v1626 = arith.divui %v24, %v26 : i64
                %v1627 = arith.remui %v24, %v26 : i64
                %v1628 = arith.cmpi ult, %v1627, %v33 : i64
                %v1629 = arith.addi %v12, %v34 : i64
                %v1630 = arith.muli %v1626, %v1 : i64
                %v1631 = arith.addi %v1630, %v1629 : i64
                %v1632 = arith.muli %v1631, %v995 : i64
                %v1633 = arith.addi %v1632, %v1531 : i64
                scf.if %v1628 {
                  %v1634 = llvm.getelementptr %v55[%v1633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1625, %v1634 : f32, !llvm.ptr
                }
                %v1635 = arith.select %v38, %v1565, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1636, %v1637 = gpu.shuffle xor %v1635, %v981, %v292 : f32
                %v1638 = arith.addf %v1635, %v1636 fastmath<contract> : f32
                %v1639, %v1640 = gpu.shuffle xor %v1638, %v985, %v292 : f32
                %v1641 = arith.addf %v1638, %v1639 fastmath<contract> : f32
                %v1642 = arith.divui %v24, %v26 : i64
                %v1643 = arith.remui %v24, %v26 : i64
                %v1644 = arith.cmpi ult, %v1643, %v33 : i64
                %v1645 = arith.addi %v33, %v34 : i64
                %v1646 = arith.muli %v1642, %v1 : i64
                %v1647 = arith.addi %v1646, %v1645 : i64
                %v1648 = arith.muli %v1647, %v995 : i64
                %v1649 = arith.addi %v1648, %v1531 : i64
                scf.if %v1644 {
                  %v1650 = llvm.getelementptr %v55[%v1649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1641, %v1650 : f32, !llvm.ptr
                }
                %v1651 = arith.select %v38, %v1576, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1652, %v1653 = gpu.shuffle xor %v1651, %v981, %v292 : f32
                %v1654 = arith.addf %v1651, %v1652 fastmath<contract> : f32
                %v1655, %v1656 = gpu.shuffle xor %v1654, %v985, %v292 : f32
                %v1657 = arith.addf %v1654, %v1655 fastmath<contract> : f32
                %v1658 = arith.divui %v24, %v26 : i64
                %v1659 = arith.remui %v24, %v26 : i64
                %v1660 = arith.cmpi ult, %v1659, %v33 : i64
                %v1661 = arith.addi %v12, %v34 : i64
                %v1662 = arith.muli %v1658, %v1 : i64
                %v1663 = arith.addi %v1662, %v1661 : i64
                %v1664 = arith.muli %v1663, %v995 : i64
                %v1665 = arith.addi %v1664, %v1531 : i64
                scf.if %v1660 {
                  %v1666 = llvm.getelementptr %v57[%v1665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1657, %v1666 : f32, !llvm.ptr
                }
                %v1667 = arith.select %v38, %v1578, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1668, %v1669 = gpu.shuffle xor %v1667, %v981, %v292 : f32
                %v1670 = arith.addf %v1667, %v1668 fastmath<contract> : f32
                %v1671, %v1672 = gpu.shuffle xor %v1670, %v985, %v292 : f32
                %v1673 = arith.addf %v1670, %v1671 fastmath<contract> : f32
                %v1674 = arith.divui %v24, %v26 : i64
                %v1675 = arith.remui %v24, %v26 : i64
                %v1676 = arith.cmpi ult, %v1675, %v33 : i64
                %v1677 = arith.addi %v33, %v34 : i64
                %v1678 = arith.muli %v1674, %v1 : i64
                %v1679 = arith.addi %v1678, %v1677 : i64
                %v1680 = arith.muli %v1679, %v995 : i64
                %v1681 = arith.addi %v1680, %v1531 : i64
                scf.if %v1676 {
                  %v1682 = llvm.getelementptr %v57[%v1681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1673, %v1682 : f32, !llvm.ptr
                }
                %v1683 = arith.select %v38, %v1597, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1684, %v1685 = gpu.shuffle xor %v1683, %v981, %v292 : f32
                %v1686 = arith.addf %v1683, %v1684 fastmath<contract> : f32
                %v1687, %v1688 = gpu.shuffle xor %v1686, %v985, %v292 : f32
                %v1689 = arith.addf %v1686, %v1687 fastmath<contract> : f32
                %v1690 = arith.divui %v24, %v26 : i64
                %v1691 = arith.remui %v24, %v26 : i64
                %v1692 = arith.cmpi ult, %v1691, %v33 : i64
                %v1693 = arith.addi %v12, %v34 : i64
                %v1694 = arith.muli %v1690, %v1 : i64
                %v1695 = arith.addi %v1694, %v1693 : i64
                %v1696 = arith.muli %v1695, %v995 : i64
                %v1697 = arith.addi %v1696, %v1531 : i64
                scf.if %v1692 {
                  %v1698 = llvm.getelementptr %v59[%v1697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1689, %v1698 : f32, !llvm.ptr
                }
                %v1699 = arith.select %v38, %v1618, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1700, %v1701 = gpu.shuffle xor %v1699, %v981, %v292 : f32
                %v1702 = arith.addf %v1699, %v1700 fastmath<contract> : f32
                %v1703, %v1704 = gpu.shuffle xor %v1702, %v985, %v292 : f32
                %v1705 = arith.addf %v1702, %v1703 fastmath<contract> : f32
                %v1706 = arith.divui %v24, %v26 : i64
                %v1707 = arith.remui %v24, %v26 : i64
                %v1708 = arith.cmpi ult, %v1707, %v33 : i64
                %v1709 = arith.addi %v33, %v34 : i64
                %v1710 = arith.muli %v1706, %v1 : i64
                %v1711 = arith.addi %v1710, %v1709 : i64
                %v1712 = arith.muli %v1711, %v995 : i64
                %v1713 = arith.addi %v1712, %v1531 : i64
                scf.if %v1708 {
                  %v1714 = llvm.getelementptr %v59[%v1713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1705, %v1714 : f32, !llvm.ptr
                }
                %v1715 = arith.muli %v34, %v170 : i64
                %v1716 = arith.subi %v1532, %v139 : i64
                %v1717 = arith.addi %v1715, %v1716 : i64
                %v1718 = llvm.getelementptr %v63[%v1717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1719 = llvm.load %v1718 : !llvm.ptr -> f32
                %v1720 = arith.mulf %v1719, %v1575 fastmath<contract> : f32
                %v1721 = arith.constant 8 : i64
                %v1722 = arith.addi %v1721, %v34 : i64
                %v1723 = arith.muli %v1722, %v170 : i64
                %v1724 = arith.subi %v1532, %v139 : i64
                %v1725 = arith.addi %v1723, %v1724 : i64
                %v1726 = llvm.getelementptr %v63[%v1725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1727 = llvm.load %v1726 : !llvm.ptr -> f32
                %v1728 = arith.mulf %v1727, %v1577 fastmath<contract> : f32
                %v1729 = arith.addf %v1720, %v1728 fastmath<contract> : f32
                llvm.store %v1729, %v869 : f32, !llvm.ptr
                %v1730 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1588) : (f32) -> f32
                %v1731 = arith.mulf %v307, %v1730 fastmath<contract> : f32
                %v1732 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1731) : (f32) -> f32
                llvm.store %v1732, %v52 : f32, !llvm.ptr
                %v1733 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1609) : (f32) -> f32
                %v1734 = arith.mulf %v307, %v1733 fastmath<contract> : f32
                %v1735 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1734) : (f32) -> f32
                llvm.store %v1735, %v53 : f32, !llvm.ptr
                %v1736 = llvm.load %v869 : !llvm.ptr -> f32
                %v1737 = arith.select %v872, %v1736, %v1526 : f32
                %v1738 = arith.select %v872, %v1526, %v1736 : f32
                %v1739, %v1740 = gpu.shuffle xor %v1737, %v1313, %v292 : f32
                %v1741 = arith.addf %v1738, %v1739 fastmath<contract> : f32
                %v1742 = arith.select %v875, %v1741, %v1316 : f32
                %v1743 = arith.select %v875, %v1316, %v1741 : f32
                %v1745, %v1746 = gpu.shuffle xor %v1742, %v1744, %v292 : f32
                %v1747 = arith.addf %v1743, %v1745 fastmath<contract> : f32
                %v1748 = arith.addi %v375, %v84 : i64
                %v1750 = arith.cmpi slt, %v1749, %v880 : i32
                %v1751 = arith.cmpi eq, %v1749, %v886 : i32
                %v1752 = arith.addi %v377, %v634 : i64
                llvm.store %v66, %v869 : f32, !llvm.ptr
                %v1753 = arith.addi %v139, %v1748 : i64
                %v1754 = arith.muli %v34, %v170 : i64
                %v1755 = arith.subi %v1753, %v139 : i64
                %v1756 = arith.addi %v1754, %v1755 : i64
                %v1757 = llvm.getelementptr %v61[%v1756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1758 = llvm.load %v1757 : !llvm.ptr -> f32
                %v1759 = arith.muli %v48, %v318 : i64
                %v1760 = arith.muli %v1753, %v317 : i64
                %v1761 = arith.addi %v1759, %v1760 : i64
                %v1762 = arith.muli %v46, %v316 : i64
                %v1763 = arith.addi %v1761, %v1762 : i64
                %v1764 = arith.muli %v44, %v2 : i64
                %v1765 = arith.addi %v1763, %v1764 : i64
                %v1766 = llvm.getelementptr %dy_o[%v1765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1767 = llvm.load %v1766 : !llvm.ptr -> f32
                %v1768 = arith.mulf %v1758, %v1767 fastmath<contract> : f32
                %v1769 = llvm.load %v50 : !llvm.ptr -> f32
                %v1770 = llvm.load %v52 : !llvm.ptr -> f32
                %v1771 = arith.mulf %v1770, %v1769 fastmath<contract> : f32
                %v1772 = arith.addf %v1768, %v1771 fastmath<contract> : f32
                llvm.store %v1772, %v50 : f32, !llvm.ptr
                %v1773 = arith.constant 8 : i64
                %v1774 = arith.addi %v1773, %v34 : i64
                %v1775 = arith.muli %v1774, %v170 : i64
                %v1776 = arith.subi %v1753, %v139 : i64
                %v1777 = arith.addi %v1775, %v1776 : i64
                %v1778 = llvm.getelementptr %v61[%v1777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1779 = llvm.load %v1778 : !llvm.ptr -> f32
                %v1780 = arith.mulf %v1779, %v1767 fastmath<contract> : f32
                %v1781 = llvm.load %v51 : !llvm.ptr -> f32
                %v1782 = llvm.load %v53 : !llvm.ptr -> f32
                %v1783 = arith.mulf %v1782, %v1781 fastmath<contract> : f32
                %v1784 = arith.addf %v1780, %v1783 fastmath<contract> : f32
                llvm.store %v1784, %v51 : f32, !llvm.ptr
                %v1785 = arith.mulf %v608, %v1767 fastmath<contract> : f32
                %v1786 = arith.mulf %v633, %v1767 fastmath<contract> : f32
                %v1787 = arith.muli %v48, %v318 : i64
                %v1788 = arith.muli %v1753, %v317 : i64
                %v1789 = arith.addi %v1787, %v1788 : i64
                %v1790 = arith.muli %v46, %v316 : i64
                %v1791 = arith.addi %v1789, %v1790 : i64
                %v1792 = arith.muli %v44, %v2 : i64
                %v1793 = arith.addi %v1791, %v1792 : i64
                %v1794 = llvm.getelementptr %in_v[%v1793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1795 = llvm.load %v1794 : !llvm.ptr -> f32
                %v1796 = llvm.load %v50 : !llvm.ptr -> f32
                %v1797 = arith.mulf %v1795, %v1796 fastmath<contract> : f32
                %v1798 = llvm.load %v51 : !llvm.ptr -> f32
                %v1799 = arith.mulf %v1795, %v1798 fastmath<contract> : f32
                %v1800 = arith.muli %v34, %v170 : i64
                %v1801 = arith.subi %v1753, %v139 : i64
                %v1802 = arith.addi %v1800, %v1801 : i64
                %v1803 = llvm.getelementptr %v65[%v1802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1804 = llvm.load %v1803 : !llvm.ptr -> f32
                %v1805 = arith.negf %v1804 : f32
                %v1806 = arith.mulf %v1805, %v302 fastmath<contract> : f32
                %v1807 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1806) : (f32) -> f32
                %v1808 = arith.addf %v67, %v1807 fastmath<contract> : f32
                %v1809 = arith.divf %v67, %v1808 : f32
                %v1810 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1809) : (f32) -> f32
                %v1811 = arith.mulf %v949, %v1810 fastmath<contract> : f32
                %v1812 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1811) : (f32) -> f32
                %v1813 = arith.mulf %v550, %v1796 fastmath<contract> : f32
                %v1814 = arith.mulf %v307, %v1813 fastmath<contract> : f32
                %v1815 = arith.mulf %v1812, %v1814 fastmath<contract> : f32
                %v1816 = arith.subf %v67, %v1809 fastmath<contract> : f32
                %v1817 = arith.mulf %v1809, %v1816 fastmath<contract> : f32
                %v1818 = arith.mulf %v1815, %v1817 fastmath<contract> : f32
                %v1819 = arith.constant 8 : i64
                %v1820 = arith.addi %v1819, %v34 : i64
                %v1821 = arith.muli %v1820, %v170 : i64
                %v1822 = arith.subi %v1753, %v139 : i64
                %v1823 = arith.addi %v1821, %v1822 : i64
                %v1824 = llvm.getelementptr %v65[%v1823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1825 = llvm.load %v1824 : !llvm.ptr -> f32
                %v1826 = arith.negf %v1825 : f32
                %v1827 = arith.mulf %v1826, %v302 fastmath<contract> : f32
                %v1828 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1827) : (f32) -> f32
                %v1829 = arith.addf %v67, %v1828 fastmath<contract> : f32
                %v1830 = arith.divf %v67, %v1829 : f32
                %v1831 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1830) : (f32) -> f32
                %v1832 = arith.mulf %v949, %v1831 fastmath<contract> : f32
                %v1833 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1832) : (f32) -> f32
                %v1834 = arith.mulf %v575, %v1798 fastmath<contract> : f32
                %v1835 = arith.mulf %v307, %v1834 fastmath<contract> : f32
                %v1836 = arith.mulf %v1833, %v1835 fastmath<contract> : f32
                %v1837 = arith.subf %v67, %v1830 fastmath<contract> : f32
                %v1838 = arith.mulf %v1830, %v1837 fastmath<contract> : f32
                %v1839 = arith.mulf %v1836, %v1838 fastmath<contract> : f32
                %v1840 = arith.select %v38, %v1785, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1841, %v1842 = gpu.shuffle xor %v1840, %v981, %v292 : f32
                %v1843 = arith.addf %v1840, %v1841 fastmath<contract> : f32
                %v1844, %v1845 = gpu.shuffle xor %v1843, %v985, %v292 : f32
                %v1846 = arith.addf %v1843, %v1844 fastmath<contract> : f32
                %v1847 = arith.divui %v24, %v26 : i64
                %v1848 = arith.remui %v24, %v26 : i64
                %v1849 = arith.cmpi ult, %v1848, %v33 : i64
                %v1850 = arith.addi %v12, %v34 : i64
                %v1851 = arith.muli %v1847, %v1 : i64
                %v1852 = arith.addi %v1851, %v1850 : i64
                %v1853 = arith.muli %v1852, %v995 : i64
                %v1854 = arith.addi %v1853, %v1752 : i64
                scf.if %v1849 {
                  %v1855 = llvm.getelementptr %v55[%v1854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1846, %v1855 : f32, !llvm.ptr
                }
                %v1856 = arith.select %v38, %v1786, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1857, %v1858 = gpu.shuffle xor %v1856, %v981, %v292 : f32
                %v1859 = arith.addf %v1856, %v1857 fastmath<contract> : f32
                %v1860, %v1861 = gpu.shuffle xor %v1859, %v985, %v292 : f32
                %v1862 = arith.addf %v1859, %v1860 fastmath<contract> : f32
                %v1863 = arith.divui %v24, %v26 : i64
                %v1864 = arith.remui %v24, %v26 : i64
                %v1865 = arith.cmpi ult, %v1864, %v33 : i64
                %v1866 = arith.addi %v33, %v34 : i64
                %v1867 = arith.muli %v1863, %v1 : i64
                %v1868 = arith.addi %v1867, %v1866 : i64
                %v1869 = arith.muli %v1868, %v995 : i64
                %v1870 = arith.addi %v1869, %v1752 : i64
                scf.if %v1865 {
                  %v1871 = llvm.getelementptr %v55[%v1870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1862, %v1871 : f32, !llvm.ptr
                }
                %v1872 = arith.select %v38, %v1797, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1873, %v1874 = gpu.shuffle xor %v1872, %v981, %v292 : f32
                %v1875 = arith.addf %v1872, %v1873 fastmath<contract> : f32
                %v1876, %v1877 = gpu.shuffle xor %v1875, %v985, %v292 : f32
                %v1878 = arith.addf %v1875, %v1876 fastmath<contract> : f32
                %v1879 = arith.divui %v24, %v26 : i64
                %v1880 = arith.remui %v24, %v26 : i64
                %v1881 = arith.cmpi ult, %v1880, %v33 : i64
                %v1882 = arith.addi %v12, %v34 : i64
                %v1883 = arith.muli %v1879, %v1 : i64
                %v1884 = arith.addi %v1883, %v1882 : i64
                %v1885 = arith.muli %v1884, %v995 : i64
                %v1886 = arith.addi %v1885, %v1752 : i64
                scf.if %v1881 {
                  %v1887 = llvm.getelementptr %v57[%v1886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1878, %v1887 : f32, !llvm.ptr
                }
                %v1888 = arith.select %v38, %v1799, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1889, %v1890 = gpu.shuffle xor %v1888, %v981, %v292 : f32
                %v1891 = arith.addf %v1888, %v1889 fastmath<contract> : f32
                %v1892, %v1893 = gpu.shuffle xor %v1891, %v985, %v292 : f32
                %v1894 = arith.addf %v1891, %v1892 fastmath<contract> : f32
                %v1895 = arith.divui %v24, %v26 : i64
                %v1896 = arith.remui %v24, %v26 : i64
                %v1897 = arith.cmpi ult, %v1896, %v33 : i64
                %v1898 = arith.addi %v33, %v34 : i64
                %v1899 = arith.muli %v1895, %v1 : i64
                %v1900 = arith.addi %v1899, %v1898 : i64
                %v1901 = arith.muli %v1900, %v995 : i64
                %v1902 = arith.addi %v1901, %v1752 : i64
                scf.if %v1897 {
                  %v1903 = llvm.getelementptr %v57[%v1902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1894, %v1903 : f32, !llvm.ptr
                }
                %v1904 = arith.select %v38, %v1818, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1905, %v1906 = gpu.shuffle xor %v1904, %v981, %v292 : f32
                %v1907 = arith.addf %v1904, %v1905 fastmath<contract> : f32
                %v1908, %v1909 = gpu.shuffle xor %v1907, %v985, %v292 : f32
                %v1910 = arith.addf %v1907, %v1908 fastmath<contract> : f32
                %v1911 = arith.divui %v24, %v26 : i64
                %v1912 = arith.remui %v24, %v26 : i64
                %v1913 = arith.cmpi ult, %v1912, %v33 : i64
                %v1914 = arith.addi %v12, %v34 : i64
                %v1915 = arith.muli %v1911, %v1 : i64
                %v1916 = arith.addi %v1915, %v1914 : i64
                %v1917 = arith.muli %v1916, %v995 : i64
                %v1918 = arith.addi %v1917, %v1752 : i64
                scf.if %v1913 {
                  %v1919 = llvm.getelementptr %v59[%v1918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1910, %v1919 : f32, !llvm.ptr
                }
                %v1920 = arith.select %v38, %v1839, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v1921, %v1922 = gpu.shuffle xor %v1920, %v981, %v292 : f32
                %v1923 = arith.addf %v1920, %v1921 fastmath<contract> : f32
                %v1924, %v1925 = gpu.shuffle xor %v1923, %v985, %v292 : f32
                %v1926 = arith.addf %v1923, %v1924 fastmath<contract> : f32
                %v1927 = arith.divui %v24, %v26 : i64
                %v1928 = arith.remui %v24, %v26 : i64
                %v1929 = arith.cmpi ult, %v1928, %v33 : i64
                %v1930 = arith.addi %v33, %v34 : i64
                %v1931 = arith.muli %v1927, %v1 : i64
                %v1932 = arith.addi %v1931, %v1930 : i64
                %v1933 = arith.muli %v1932, %v995 : i64
                %v1934 = arith.addi %v1933, %v1752 : i64
                scf.if %v1929 {
                  %v1935 = llvm.getelementptr %v59[%v1934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1926, %v1935 : f32, !llvm.ptr
                }
                %v1936 = arith.muli %v34, %v170 : i64
                %v1937 = arith.subi %v1753, %v139 : i64
                %v1938 = arith.addi %v1936, %v1937 : i64
                %v1939 = llvm.getelementptr %v63[%v1938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1940 = llvm.load %v1939 : !llvm.ptr -> f32
                %v1941 = arith.mulf %v1940, %v1796 fastmath<contract> : f32
                %v1942 = arith.constant 8 : i64
                %v1943 = arith.addi %v1942, %v34 : i64
                %v1944 = arith.muli %v1943, %v170 : i64
                %v1945 = arith.subi %v1753, %v139 : i64
                %v1946 = arith.addi %v1944, %v1945 : i64
                %v1947 = llvm.getelementptr %v63[%v1946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1948 = llvm.load %v1947 : !llvm.ptr -> f32
                %v1949 = arith.mulf %v1948, %v1798 fastmath<contract> : f32
                %v1950 = arith.addf %v1941, %v1949 fastmath<contract> : f32
                llvm.store %v1950, %v869 : f32, !llvm.ptr
                %v1951 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1809) : (f32) -> f32
                %v1952 = arith.mulf %v307, %v1951 fastmath<contract> : f32
                %v1953 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1952) : (f32) -> f32
                llvm.store %v1953, %v52 : f32, !llvm.ptr
                %v1954 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1830) : (f32) -> f32
                %v1955 = arith.mulf %v307, %v1954 fastmath<contract> : f32
                %v1956 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1955) : (f32) -> f32
                llvm.store %v1956, %v53 : f32, !llvm.ptr
                %v1957 = llvm.load %v869 : !llvm.ptr -> f32
                %v1958 = arith.addi %v375, %v79 : i64
                %v1959 = arith.cmpi slt, %v1744, %v880 : i32
                %v1960 = arith.cmpi eq, %v1744, %v886 : i32
                %v1961 = arith.addi %v377, %v693 : i64
                llvm.store %v66, %v869 : f32, !llvm.ptr
                %v1962 = arith.addi %v139, %v1958 : i64
                %v1963 = arith.muli %v34, %v170 : i64
                %v1964 = arith.subi %v1962, %v139 : i64
                %v1965 = arith.addi %v1963, %v1964 : i64
                %v1966 = llvm.getelementptr %v61[%v1965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1967 = llvm.load %v1966 : !llvm.ptr -> f32
                %v1968 = arith.muli %v48, %v318 : i64
                %v1969 = arith.muli %v1962, %v317 : i64
                %v1970 = arith.addi %v1968, %v1969 : i64
                %v1971 = arith.muli %v46, %v316 : i64
                %v1972 = arith.addi %v1970, %v1971 : i64
                %v1973 = arith.muli %v44, %v2 : i64
                %v1974 = arith.addi %v1972, %v1973 : i64
                %v1975 = llvm.getelementptr %dy_o[%v1974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1976 = llvm.load %v1975 : !llvm.ptr -> f32
                %v1977 = arith.mulf %v1967, %v1976 fastmath<contract> : f32
                %v1978 = llvm.load %v50 : !llvm.ptr -> f32
                %v1979 = llvm.load %v52 : !llvm.ptr -> f32
                %v1980 = arith.mulf %v1979, %v1978 fastmath<contract> : f32
                %v1981 = arith.addf %v1977, %v1980 fastmath<contract> : f32
                llvm.store %v1981, %v50 : f32, !llvm.ptr
                %v1982 = arith.constant 8 : i64
                %v1983 = arith.addi %v1982, %v34 : i64
                %v1984 = arith.muli %v1983, %v170 : i64
                %v1985 = arith.subi %v1962, %v139 : i64
                %v1986 = arith.addi %v1984, %v1985 : i64
                %v1987 = llvm.getelementptr %v61[%v1986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1988 = llvm.load %v1987 : !llvm.ptr -> f32
                %v1989 = arith.mulf %v1988, %v1976 fastmath<contract> : f32
                %v1990 = llvm.load %v51 : !llvm.ptr -> f32
                %v1991 = llvm.load %v53 : !llvm.ptr -> f32
                %v1992 = arith.mulf %v1991, %v1990 fastmath<contract> : f32
                %v1993 = arith.addf %v1989, %v1992 fastmath<contract> : f32
                llvm.store %v1993, %v51 : f32, !llvm.ptr
                %v1994 = arith.mulf %v550, %v1976 fastmath<contract> : f32
                %v1995 = arith.mulf %v575, %v1976 fastmath<contract> : f32
                %v1996 = arith.muli %v48, %v318 : i64
                %v1997 = arith.muli %v1962, %v317 : i64
                %v1998 = arith.addi %v1996, %v1997 : i64
                %v1999 = arith.muli %v46, %v316 : i64
                %v2000 = arith.addi %v1998, %v1999 : i64
                %v2001 = arith.muli %v44, %v2 : i64
                %v2002 = arith.addi %v2000, %v2001 : i64
                %v2003 = llvm.getelementptr %in_v[%v2002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2004 = llvm.load %v2003 : !llvm.ptr -> f32
                %v2005 = llvm.load %v50 : !llvm.ptr -> f32
                %v2006 = arith.mulf %v2004, %v2005 fastmath<contract> : f32
                %v2007 = llvm.load %v51 : !llvm.ptr -> f32
                %v2008 = arith.mulf %v2004, %v2007 fastmath<contract> : f32
                %v2009 = arith.muli %v34, %v170 : i64
                %v2010 = arith.subi %v1962, %v139 : i64
                %v2011 = arith.addi %v2009, %v2010 : i64
                %v2012 = llvm.getelementptr %v65[%v2011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2013 = llvm.load %v2012 : !llvm.ptr -> f32
                %v2014 = arith.negf %v2013 : f32
                %v2015 = arith.mulf %v2014, %v302 fastmath<contract> : f32
                %v2016 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2015) : (f32) -> f32
                %v2017 = arith.addf %v67, %v2016 fastmath<contract> : f32
                %v2018 = arith.divf %v67, %v2017 : f32
                %v2019 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2018) : (f32) -> f32
                %v2020 = arith.mulf %v949, %v2019 fastmath<contract> : f32
                %v2021 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2020) : (f32) -> f32
                %v2022 = arith.mulf %v492, %v2005 fastmath<contract> : f32
                %v2023 = arith.mulf %v307, %v2022 fastmath<contract> : f32
                %v2024 = arith.mulf %v2021, %v2023 fastmath<contract> : f32
                %v2025 = arith.subf %v67, %v2018 fastmath<contract> : f32
                %v2026 = arith.mulf %v2018, %v2025 fastmath<contract> : f32
                %v2027 = arith.mulf %v2024, %v2026 fastmath<contract> : f32
                %v2028 = arith.constant 8 : i64
                %v2029 = arith.addi %v2028, %v34 : i64
                %v2030 = arith.muli %v2029, %v170 : i64
                %v2031 = arith.subi %v1962, %v139 : i64
                %v2032 = arith.addi %v2030, %v2031 : i64
                %v2033 = llvm.getelementptr %v65[%v2032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2034 = llvm.load %v2033 : !llvm.ptr -> f32
                %v2035 = arith.negf %v2034 : f32
                %v2036 = arith.mulf %v2035, %v302 fastmath<contract> : f32
                %v2037 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2036) : (f32) -> f32
                %v2038 = arith.addf %v67, %v2037 fastmath<contract> : f32
                %v2039 = arith.divf %v67, %v2038 : f32
                %v2040 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2039) : (f32) -> f32
                %v2041 = arith.mulf %v949, %v2040 fastmath<contract> : f32
                %v2042 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2041) : (f32) -> f32
                %v2043 = arith.mulf %v517, %v2007 fastmath<contract> : f32
                %v2044 = arith.mulf %v307, %v2043 fastmath<contract> : f32
                %v2045 = arith.mulf %v2042, %v2044 fastmath<contract> : f32
                %v2046 = arith.subf %v67, %v2039 fastmath<contract> : f32
                %v2047 = arith.mulf %v2039, %v2046 fastmath<contract> : f32
                %v2048 = arith.mulf %v2045, %v2047 fastmath<contract> : f32
                %v2049 = arith.select %v38, %v1994, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2050, %v2051 = gpu.shuffle xor %v2049, %v981, %v292 : f32
                %v2052 = arith.addf %v2049, %v2050 fastmath<contract> : f32
                %v2053, %v2054 = gpu.shuffle xor %v2052, %v985, %v292 : f32
                %v2055 = arith.addf %v2052, %v2053 fastmath<contract> : f32
                %v2056 = arith.divui %v24, %v26 : i64
                %v2057 = arith.remui %v24, %v26 : i64
                %v2058 = arith.cmpi ult, %v2057, %v33 : i64
                %v2059 = arith.addi %v12, %v34 : i64
                %v2060 = arith.muli %v2056, %v1 : i64
                %v2061 = arith.addi %v2060, %v2059 : i64
                %v2062 = arith.muli %v2061, %v995 : i64
                %v2063 = arith.addi %v2062, %v1961 : i64
                scf.if %v2058 {
                  %v2064 = llvm.getelementptr %v55[%v2063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2055, %v2064 : f32, !llvm.ptr
                }
                %v2065 = arith.select %v38, %v1995, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2066, %v2067 = gpu.shuffle xor %v2065, %v981, %v292 : f32
                %v2068 = arith.addf %v2065, %v2066 fastmath<contract> : f32
                %v2069, %v2070 = gpu.shuffle xor %v2068, %v985, %v292 : f32
                %v2071 = arith.addf %v2068, %v2069 fastmath<contract> : f32
                %v2072 = arith.divui %v24, %v26 : i64
                %v2073 = arith.remui %v24, %v26 : i64
                %v2074 = arith.cmpi ult, %v2073, %v33 : i64
                %v2075 = arith.addi %v33, %v34 : i64
                %v2076 = arith.muli %v2072, %v1 : i64
                %v2077 = arith.addi %v2076, %v2075 : i64
                %v2078 = arith.muli %v2077, %v995 : i64
                %v2079 = arith.addi %v2078, %v1961 : i64
                scf.if %v2074 {
                  %v2080 = llvm.getelementptr %v55[%v2079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2071, %v2080 : f32, !llvm.ptr
                }
                %v2081 = arith.select %v38, %v2006, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2082, %v2083 = gpu.shuffle xor %v2081, %v981, %v292 : f32
                %v2084 = arith.addf %v2081, %v2082 fastmath<contract> : f32
                %v2085, %v2086 = gpu.shuffle xor %v2084, %v985, %v292 : f32
                %v2087 = arith.addf %v2084, %v2085 fastmath<contract> : f32
                %v2088 = arith.divui %v24, %v26 : i64
                %v2089 = arith.remui %v24, %v26 : i64
                %v2090 = arith.cmpi ult, %v2089, %v33 : i64
                %v2091 = arith.addi %v12, %v34 : i64
                %v2092 = arith.muli %v2088, %v1 : i64
                %v2093 = arith.addi %v2092, %v2091 : i64
                %v2094 = arith.muli %v2093, %v995 : i64
                %v2095 = arith.addi %v2094, %v1961 : i64
                scf.if %v2090 {
                  %v2096 = llvm.getelementptr %v57[%v2095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2087, %v2096 : f32, !llvm.ptr
                }
                %v2097 = arith.select %v38, %v2008, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2098, %v2099 = gpu.shuffle xor %v2097, %v981, %v292 : f32
                %v2100 = arith.addf %v2097, %v2098 fastmath<contract> : f32
                %v2101, %v2102 = gpu.shuffle xor %v2100, %v985, %v292 : f32
                %v2103 = arith.addf %v2100, %v2101 fastmath<contract> : f32
                %v2104 = arith.divui %v24, %v26 : i64
                %v2105 = arith.remui %v24, %v26 : i64
                %v2106 = arith.cmpi ult, %v2105, %v33 : i64
                %v2107 = arith.addi %v33, %v34 : i64
                %v2108 = arith.muli %v2104, %v1 : i64
                %v2109 = arith.addi %v2108, %v2107 : i64
                %v2110 = arith.muli %v2109, %v995 : i64
                %v2111 = arith.addi %v2110, %v1961 : i64
                scf.if %v2106 {
                  %v2112 = llvm.getelementptr %v57[%v2111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2103, %v2112 : f32, !llvm.ptr
                }
                %v2113 = arith.select %v38, %v2027, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2114, %v2115 = gpu.shuffle xor %v2113, %v981, %v292 : f32
                %v2116 = arith.addf %v2113, %v2114 fastmath<contract> : f32
                %v2117, %v2118 = gpu.shuffle xor %v2116, %v985, %v292 : f32
                %v2119 = arith.addf %v2116, %v2117 fastmath<contract> : f32
                %v2120 = arith.divui %v24, %v26 : i64
                %v2121 = arith.remui %v24, %v26 : i64
                %v2122 = arith.cmpi ult, %v2121, %v33 : i64
                %v2123 = arith.addi %v12, %v34 : i64
                %v2124 = arith.muli %v2120, %v1 : i64
                %v2125 = arith.addi %v2124, %v2123 : i64
                %v2126 = arith.muli %v2125, %v995 : i64
                %v2127 = arith.addi %v2126, %v1961 : i64
                scf.if %v2122 {
                  %v2128 = llvm.getelementptr %v59[%v2127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2119, %v2128 : f32, !llvm.ptr
                }
                %v2129 = arith.select %v38, %v2048, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2130, %v2131 = gpu.shuffle xor %v2129, %v981, %v292 : f32
                %v2132 = arith.addf %v2129, %v2130 fastmath<contract> : f32
                %v2133, %v2134 = gpu.shuffle xor %v2132, %v985, %v292 : f32
                %v2135 = arith.addf %v2132, %v2133 fastmath<contract> : f32
                %v2136 = arith.divui %v24, %v26 : i64
                %v2137 = arith.remui %v24, %v26 : i64
                %v2138 = arith.cmpi ult, %v2137, %v33 : i64
                %v2139 = arith.addi %v33, %v34 : i64
                %v2140 = arith.muli %v2136, %v1 : i64
                %v2141 = arith.addi %v2140, %v2139 : i64
                %v2142 = arith.muli %v2141, %v995 : i64
                %v2143 = arith.addi %v2142, %v1961 : i64
                scf.if %v2138 {
                  %v2144 = llvm.getelementptr %v59[%v2143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2135, %v2144 : f32, !llvm.ptr
                }
                %v2145 = arith.muli %v34, %v170 : i64
                %v2146 = arith.subi %v1962, %v139 : i64
                %v2147 = arith.addi %v2145, %v2146 : i64
                %v2148 = llvm.getelementptr %v63[%v2147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2149 = llvm.load %v2148 : !llvm.ptr -> f32
                %v2150 = arith.mulf %v2149, %v2005 fastmath<contract> : f32
                %v2151 = arith.constant 8 : i64
                %v2152 = arith.addi %v2151, %v34 : i64
                %v2153 = arith.muli %v2152, %v170 : i64
                %v2154 = arith.subi %v1962, %v139 : i64
                %v2155 = arith.addi %v2153, %v2154 : i64
                %v2156 = llvm.getelementptr %v63[%v2155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2157 = llvm.load %v2156 : !llvm.ptr -> f32
                %v2158 = arith.mulf %v2157, %v2007 fastmath<contract> : f32
                %v2159 = arith.addf %v2150, %v2158 fastmath<contract> : f32
                llvm.store %v2159, %v869 : f32, !llvm.ptr
                %v2160 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2018) : (f32) -> f32
                %v2161 = arith.mulf %v307, %v2160 fastmath<contract> : f32
                %v2162 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2161) : (f32) -> f32
                llvm.store %v2162, %v52 : f32, !llvm.ptr
                %v2163 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2039) : (f32) -> f32
                %v2164 = arith.mulf %v307, %v2163 fastmath<contract> : f32
                %v2165 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2164) : (f32) -> f32
                llvm.store %v2165, %v53 : f32, !llvm.ptr
                %v2166 = llvm.load %v869 : !llvm.ptr -> f32
                %v2167 = arith.select %v872, %v2166, %v1957 : f32
                %v2168 = arith.select %v872, %v1957, %v2166 : f32
                %v2169, %v2170 = gpu.shuffle xor %v2167, %v1313, %v292 : f32
                %v2171 = arith.addf %v2168, %v2169 fastmath<contract> : f32
                %v2172 = arith.addi %v375, %v2 : i64
                %v2173 = arith.cmpi slt, %v1313, %v880 : i32
                %v2174 = arith.cmpi eq, %v1313, %v886 : i32
                %v2175 = arith.addi %v377, %v752 : i64
                llvm.store %v66, %v869 : f32, !llvm.ptr
                %v2176 = arith.addi %v139, %v2172 : i64
                %v2177 = arith.muli %v34, %v170 : i64
                %v2178 = arith.subi %v2176, %v139 : i64
                %v2179 = arith.addi %v2177, %v2178 : i64
                %v2180 = llvm.getelementptr %v61[%v2179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2181 = llvm.load %v2180 : !llvm.ptr -> f32
                %v2182 = arith.muli %v48, %v318 : i64
                %v2183 = arith.muli %v2176, %v317 : i64
                %v2184 = arith.addi %v2182, %v2183 : i64
                %v2185 = arith.muli %v46, %v316 : i64
                %v2186 = arith.addi %v2184, %v2185 : i64
                %v2187 = arith.muli %v44, %v2 : i64
                %v2188 = arith.addi %v2186, %v2187 : i64
                %v2189 = llvm.getelementptr %dy_o[%v2188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2190 = llvm.load %v2189 : !llvm.ptr -> f32
                %v2191 = arith.mulf %v2181, %v2190 fastmath<contract> : f32
                %v2192 = llvm.load %v50 : !llvm.ptr -> f32
                %v2193 = llvm.load %v52 : !llvm.ptr -> f32
                %v2194 = arith.mulf %v2193, %v2192 fastmath<contract> : f32
                %v2195 = arith.addf %v2191, %v2194 fastmath<contract> : f32
                llvm.store %v2195, %v50 : f32, !llvm.ptr
                %v2196 = arith.constant 8 : i64
                %v2197 = arith.addi %v2196, %v34 : i64
                %v2198 = arith.muli %v2197, %v170 : i64
                %v2199 = arith.subi %v2176, %v139 : i64
                %v2200 = arith.addi %v2198, %v2199 : i64
                %v2201 = llvm.getelementptr %v61[%v2200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2202 = llvm.load %v2201 : !llvm.ptr -> f32
                %v2203 = arith.mulf %v2202, %v2190 fastmath<contract> : f32
                %v2204 = llvm.load %v51 : !llvm.ptr -> f32
                %v2205 = llvm.load %v53 : !llvm.ptr -> f32
                %v2206 = arith.mulf %v2205, %v2204 fastmath<contract> : f32
                %v2207 = arith.addf %v2203, %v2206 fastmath<contract> : f32
                llvm.store %v2207, %v51 : f32, !llvm.ptr
                %v2208 = arith.mulf %v492, %v2190 fastmath<contract> : f32
                %v2209 = arith.mulf %v517, %v2190 fastmath<contract> : f32
                %v2210 = arith.muli %v48, %v318 : i64
                %v2211 = arith.muli %v2176, %v317 : i64
                %v2212 = arith.addi %v2210, %v2211 : i64
                %v2213 = arith.muli %v46, %v316 : i64
                %v2214 = arith.addi %v2212, %v2213 : i64
                %v2215 = arith.muli %v44, %v2 : i64
                %v2216 = arith.addi %v2214, %v2215 : i64
                %v2217 = llvm.getelementptr %in_v[%v2216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2218 = llvm.load %v2217 : !llvm.ptr -> f32
                %v2219 = llvm.load %v50 : !llvm.ptr -> f32
                %v2220 = arith.mulf %v2218, %v2219 fastmath<contract> : f32
                %v2221 = llvm.load %v51 : !llvm.ptr -> f32
                %v2222 = arith.mulf %v2218, %v2221 fastmath<contract> : f32
                %v2223 = arith.muli %v34, %v170 : i64
                %v2224 = arith.subi %v2176, %v139 : i64
                %v2225 = arith.addi %v2223, %v2224 : i64
                %v2226 = llvm.getelementptr %v65[%v2225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2227 = llvm.load %v2226 : !llvm.ptr -> f32
                %v2228 = arith.negf %v2227 : f32
                %v2229 = arith.mulf %v2228, %v302 fastmath<contract> : f32
                %v2230 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2229) : (f32) -> f32
                %v2231 = arith.addf %v67, %v2230 fastmath<contract> : f32
                %v2232 = arith.divf %v67, %v2231 : f32
                %v2233 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2232) : (f32) -> f32
                %v2234 = arith.mulf %v949, %v2233 fastmath<contract> : f32
                %v2235 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2234) : (f32) -> f32
                %v2236 = arith.mulf %v434, %v2219 fastmath<contract> : f32
                %v2237 = arith.mulf %v307, %v2236 fastmath<contract> : f32
                %v2238 = arith.mulf %v2235, %v2237 fastmath<contract> : f32
                %v2239 = arith.subf %v67, %v2232 fastmath<contract> : f32
                %v2240 = arith.mulf %v2232, %v2239 fastmath<contract> : f32
                %v2241 = arith.mulf %v2238, %v2240 fastmath<contract> : f32
                %v2242 = arith.constant 8 : i64
                %v2243 = arith.addi %v2242, %v34 : i64
                %v2244 = arith.muli %v2243, %v170 : i64
                %v2245 = arith.subi %v2176, %v139 : i64
                %v2246 = arith.addi %v2244, %v2245 : i64
                %v2247 = llvm.getelementptr %v65[%v2246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2248 = llvm.load %v2247 : !llvm.ptr -> f32
                %v2249 = arith.negf %v2248 : f32
                %v2250 = arith.mulf %v2249, %v302 fastmath<contract> : f32
                %v2251 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2250) : (f32) -> f32
                %v2252 = arith.addf %v67, %v2251 fastmath<contract> : f32
                %v2253 = arith.divf %v67, %v2252 : f32
                %v2254 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2253) : (f32) -> f32
                %v2255 = arith.mulf %v949, %v2254 fastmath<contract> : f32
                %v2256 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2255) : (f32) -> f32
                %v2257 = arith.mulf %v459, %v2221 fastmath<contract> : f32
                %v2258 = arith.mulf %v307, %v2257 fastmath<contract> : f32
                %v2259 = arith.mulf %v2256, %v2258 fastmath<contract> : f32
                %v2260 = arith.subf %v67, %v2253 fastmath<contract> : f32
                %v2261 = arith.mulf %v2253, %v2260 fastmath<contract> : f32
                %v2262 = arith.mulf %v2259, %v2261 fastmath<contract> : f32
                %v2263 = arith.select %v38, %v2208, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2264, %v2265 = gpu.shuffle xor %v2263, %v981, %v292 : f32
                %v2266 = arith.addf %v2263, %v2264 fastmath<contract> : f32
                %v2267, %v2268 = gpu.shuffle xor %v2266, %v985, %v292 : f32
                %v2269 = arith.addf %v2266, %v2267 fastmath<contract> : f32
                %v2270 = arith.divui %v24, %v26 : i64
                %v2271 = arith.remui %v24, %v26 : i64
                %v2272 = arith.cmpi ult, %v2271, %v33 : i64
                %v2273 = arith.addi %v12, %v34 : i64
                %v2274 = arith.muli %v2270, %v1 : i64
                %v2275 = arith.addi %v2274, %v2273 : i64
                %v2276 = arith.muli %v2275, %v995 : i64
                %v2277 = arith.addi %v2276, %v2175 : i64
                scf.if %v2272 {
                  %v2278 = llvm.getelementptr %v55[%v2277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2269, %v2278 : f32, !llvm.ptr
                }
                %v2279 = arith.select %v38, %v2209, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2280, %v2281 = gpu.shuffle xor %v2279, %v981, %v292 : f32
                %v2282 = arith.addf %v2279, %v2280 fastmath<contract> : f32
                %v2283, %v2284 = gpu.shuffle xor %v2282, %v985, %v292 : f32
                %v2285 = arith.addf %v2282, %v2283 fastmath<contract> : f32
                %v2286 = arith.divui %v24, %v26 : i64
                %v2287 = arith.remui %v24, %v26 : i64
                %v2288 = arith.cmpi ult, %v2287, %v33 : i64
                %v2289 = arith.addi %v33, %v34 : i64
                %v2290 = arith.muli %v2286, %v1 : i64
                %v2291 = arith.addi %v2290, %v2289 : i64
                %v2292 = arith.muli %v2291, %v995 : i64
                %v2293 = arith.addi %v2292, %v2175 : i64
                scf.if %v2288 {
                  %v2294 = llvm.getelementptr %v55[%v2293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2285, %v2294 : f32, !llvm.ptr
                }
                %v2295 = arith.select %v38, %v2220, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2296, %v2297 = gpu.shuffle xor %v2295, %v981, %v292 : f32
                %v2298 = arith.addf %v2295, %v2296 fastmath<contract> : f32
                %v2299, %v2300 = gpu.shuffle xor %v2298, %v985, %v292 : f32
                %v2301 = arith.addf %v2298, %v2299 fastmath<contract> : f32
                %v2302 = arith.divui %v24, %v26 : i64
                %v2303 = arith.remui %v24, %v26 : i64
                %v2304 = arith.cmpi ult, %v2303, %v33 : i64
                %v2305 = arith.addi %v12, %v34 : i64
                %v2306 = arith.muli %v2302, %v1 : i64
                %v2307 = arith.addi %v2306, %v2305 : i64
                %v2308 = arith.muli %v2307, %v995 : i64
                %v2309 = arith.addi %v2308, %v2175 : i64
                scf.if %v2304 {
                  %v2310 = llvm.getelementptr %v57[%v2309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2301, %v2310 : f32, !llvm.ptr
                }
                %v2311 = arith.select %v38, %v2222, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2312, %v2313 = gpu.shuffle xor %v2311, %v981, %v292 : f32
                %v2314 = arith.addf %v2311, %v2312 fastmath<contract> : f32
                %v2315, %v2316 = gpu.shuffle xor %v2314, %v985, %v292 : f32
                %v2317 = arith.addf %v2314, %v2315 fastmath<contract> : f32
                %v2318 = arith.divui %v24, %v26 : i64
                %v2319 = arith.remui %v24, %v26 : i64
                %v2320 = arith.cmpi ult, %v2319, %v33 : i64
                %v2321 = arith.addi %v33, %v34 : i64
                %v2322 = arith.muli %v2318, %v1 : i64
                %v2323 = arith.addi %v2322, %v2321 : i64
                %v2324 = arith.muli %v2323, %v995 : i64
                %v2325 = arith.addi %v2324, %v2175 : i64
                scf.if %v2320 {
                  %v2326 = llvm.getelementptr %v57[%v2325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2317, %v2326 : f32, !llvm.ptr
                }
                %v2327 = arith.select %v38, %v2241, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2328, %v2329 = gpu.shuffle xor %v2327, %v981, %v292 : f32
                %v2330 = arith.addf %v2327, %v2328 fastmath<contract> : f32
                %v2331, %v2332 = gpu.shuffle xor %v2330, %v985, %v292 : f32
                %v2333 = arith.addf %v2330, %v2331 fastmath<contract> : f32
                %v2334 = arith.divui %v24, %v26 : i64
                %v2335 = arith.remui %v24, %v26 : i64
                %v2336 = arith.cmpi ult, %v2335, %v33 : i64
                %v2337 = arith.addi %v12, %v34 : i64
                %v2338 = arith.muli %v2334, %v1 : i64
                %v2339 = arith.addi %v2338, %v2337 : i64
                %v2340 = arith.muli %v2339, %v995 : i64
                %v2341 = arith.addi %v2340, %v2175 : i64
                scf.if %v2336 {
                  %v2342 = llvm.getelementptr %v59[%v2341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2333, %v2342 : f32, !llvm.ptr
                }
                %v2343 = arith.select %v38, %v2262, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2344, %v2345 = gpu.shuffle xor %v2343, %v981, %v292 : f32
                %v2346 = arith.addf %v2343, %v2344 fastmath<contract> : f32
                %v2347, %v2348 = gpu.shuffle xor %v2346, %v985, %v292 : f32
                %v2349 = arith.addf %v2346, %v2347 fastmath<contract> : f32
                %v2350 = arith.divui %v24, %v26 : i64
                %v2351 = arith.remui %v24, %v26 : i64
                %v2352 = arith.cmpi ult, %v2351, %v33 : i64
                %v2353 = arith.addi %v33, %v34 : i64
                %v2354 = arith.muli %v2350, %v1 : i64
                %v2355 = arith.addi %v2354, %v2353 : i64
                %v2356 = arith.muli %v2355, %v995 : i64
                %v2357 = arith.addi %v2356, %v2175 : i64
                scf.if %v2352 {
                  %v2358 = llvm.getelementptr %v59[%v2357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2349, %v2358 : f32, !llvm.ptr
                }
                %v2359 = arith.muli %v34, %v170 : i64
                %v2360 = arith.subi %v2176, %v139 : i64
                %v2361 = arith.addi %v2359, %v2360 : i64
                %v2362 = llvm.getelementptr %v63[%v2361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2363 = llvm.load %v2362 : !llvm.ptr -> f32
                %v2364 = arith.mulf %v2363, %v2219 fastmath<contract> : f32
                %v2365 = arith.constant 8 : i64
                %v2366 = arith.addi %v2365, %v34 : i64
                %v2367 = arith.muli %v2366, %v170 : i64
                %v2368 = arith.subi %v2176, %v139 : i64
                %v2369 = arith.addi %v2367, %v2368 : i64
                %v2370 = llvm.getelementptr %v63[%v2369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2371 = llvm.load %v2370 : !llvm.ptr -> f32
                %v2372 = arith.mulf %v2371, %v2221 fastmath<contract> : f32
                %v2373 = arith.addf %v2364, %v2372 fastmath<contract> : f32
                llvm.store %v2373, %v869 : f32, !llvm.ptr
                %v2374 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2232) : (f32) -> f32
                %v2375 = arith.mulf %v307, %v2374 fastmath<contract> : f32
                %v2376 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2375) : (f32) -> f32
                llvm.store %v2376, %v52 : f32, !llvm.ptr
                %v2377 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2253) : (f32) -> f32
                %v2378 = arith.mulf %v307, %v2377 fastmath<contract> : f32
                %v2379 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2378) : (f32) -> f32
                llvm.store %v2379, %v53 : f32, !llvm.ptr
                %v2380 = llvm.load %v869 : !llvm.ptr -> f32
                %v2381 = arith.addi %v375, %v12 : i64
                %v2383 = arith.cmpi slt, %v2382, %v880 : i32
                %v2384 = arith.cmpi eq, %v2382, %v886 : i32
                %v2385 = arith.addi %v377, %v90 : i64
                llvm.store %v66, %v869 : f32, !llvm.ptr
                %v2386 = arith.addi %v139, %v2381 : i64
                %v2387 = arith.muli %v34, %v170 : i64
                %v2388 = arith.subi %v2386, %v139 : i64
                %v2389 = arith.addi %v2387, %v2388 : i64
                %v2390 = llvm.getelementptr %v61[%v2389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2391 = llvm.load %v2390 : !llvm.ptr -> f32
                %v2392 = arith.muli %v48, %v318 : i64
                %v2393 = arith.muli %v2386, %v317 : i64
                %v2394 = arith.addi %v2392, %v2393 : i64
                %v2395 = arith.muli %v46, %v316 : i64
                %v2396 = arith.addi %v2394, %v2395 : i64
                %v2397 = arith.muli %v44, %v2 : i64
                %v2398 = arith.addi %v2396, %v2397 : i64
                %v2399 = llvm.getelementptr %dy_o[%v2398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2400 = llvm.load %v2399 : !llvm.ptr -> f32
                %v2401 = arith.mulf %v2391, %v2400 fastmath<contract> : f32
                %v2402 = llvm.load %v50 : !llvm.ptr -> f32
                %v2403 = llvm.load %v52 : !llvm.ptr -> f32
                %v2404 = arith.mulf %v2403, %v2402 fastmath<contract> : f32
                %v2405 = arith.addf %v2401, %v2404 fastmath<contract> : f32
                llvm.store %v2405, %v50 : f32, !llvm.ptr
                %v2406 = arith.constant 8 : i64
                %v2407 = arith.addi %v2406, %v34 : i64
                %v2408 = arith.muli %v2407, %v170 : i64
                %v2409 = arith.subi %v2386, %v139 : i64
                %v2410 = arith.addi %v2408, %v2409 : i64
                %v2411 = llvm.getelementptr %v61[%v2410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2412 = llvm.load %v2411 : !llvm.ptr -> f32
                %v2413 = arith.mulf %v2412, %v2400 fastmath<contract> : f32
                %v2414 = llvm.load %v51 : !llvm.ptr -> f32
                %v2415 = llvm.load %v53 : !llvm.ptr -> f32
                %v2416 = arith.mulf %v2415, %v2414 fastmath<contract> : f32
                %v2417 = arith.addf %v2413, %v2416 fastmath<contract> : f32
                llvm.store %v2417, %v51 : f32, !llvm.ptr
                %v2418 = arith.mulf %v434, %v2400 fastmath<contract> : f32
                %v2419 = arith.mulf %v459, %v2400 fastmath<contract> : f32
                %v2420 = arith.muli %v48, %v318 : i64
                %v2421 = arith.muli %v2386, %v317 : i64
                %v2422 = arith.addi %v2420, %v2421 : i64
                %v2423 = arith.muli %v46, %v316 : i64
                %v2424 = arith.addi %v2422, %v2423 : i64
                %v2425 = arith.muli %v44, %v2 : i64
                %v2426 = arith.addi %v2424, %v2425 : i64
                %v2427 = llvm.getelementptr %in_v[%v2426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2428 = llvm.load %v2427 : !llvm.ptr -> f32
                %v2429 = llvm.load %v50 : !llvm.ptr -> f32
                %v2430 = arith.mulf %v2428, %v2429 fastmath<contract> : f32
                %v2431 = llvm.load %v51 : !llvm.ptr -> f32
                %v2432 = arith.mulf %v2428, %v2431 fastmath<contract> : f32
                %v2433 = arith.muli %v34, %v170 : i64
                %v2434 = arith.subi %v2386, %v139 : i64
                %v2435 = arith.addi %v2433, %v2434 : i64
                %v2436 = llvm.getelementptr %v65[%v2435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2437 = llvm.load %v2436 : !llvm.ptr -> f32
                %v2438 = arith.negf %v2437 : f32
                %v2439 = arith.mulf %v2438, %v302 fastmath<contract> : f32
                %v2440 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2439) : (f32) -> f32
                %v2441 = arith.addf %v67, %v2440 fastmath<contract> : f32
                %v2442 = arith.divf %v67, %v2441 : f32
                %v2443 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2442) : (f32) -> f32
                %v2444 = arith.mulf %v949, %v2443 fastmath<contract> : f32
                %v2445 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2444) : (f32) -> f32
                %v2446 = arith.mulf %v389, %v2429 fastmath<contract> : f32
                %v2447 = arith.mulf %v307, %v2446 fastmath<contract> : f32
                %v2448 = arith.mulf %v2445, %v2447 fastmath<contract> : f32
                %v2449 = arith.subf %v67, %v2442 fastmath<contract> : f32
                %v2450 = arith.mulf %v2442, %v2449 fastmath<contract> : f32
                %v2451 = arith.mulf %v2448, %v2450 fastmath<contract> : f32
                %v2452 = arith.constant 8 : i64
                %v2453 = arith.addi %v2452, %v34 : i64
                %v2454 = arith.muli %v2453, %v170 : i64
                %v2455 = arith.subi %v2386, %v139 : i64
                %v2456 = arith.addi %v2454, %v2455 : i64
                %v2457 = llvm.getelementptr %v65[%v2456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2458 = llvm.load %v2457 : !llvm.ptr -> f32
                %v2459 = arith.negf %v2458 : f32
                %v2460 = arith.mulf %v2459, %v302 fastmath<contract> : f32
                %v2461 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2460) : (f32) -> f32
                %v2462 = arith.addf %v67, %v2461 fastmath<contract> : f32
                %v2463 = arith.divf %v67, %v2462 : f32
                %v2464 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2463) : (f32) -> f32
                %v2465 = arith.mulf %v949, %v2464 fastmath<contract> : f32
                %v2466 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2465) : (f32) -> f32
                %v2467 = arith.mulf %v398, %v2431 fastmath<contract> : f32
                %v2468 = arith.mulf %v307, %v2467 fastmath<contract> : f32
                %v2469 = arith.mulf %v2466, %v2468 fastmath<contract> : f32
                %v2470 = arith.subf %v67, %v2463 fastmath<contract> : f32
                %v2471 = arith.mulf %v2463, %v2470 fastmath<contract> : f32
                %v2472 = arith.mulf %v2469, %v2471 fastmath<contract> : f32
                %v2473 = arith.select %v38, %v2418, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2474, %v2475 = gpu.shuffle xor %v2473, %v981, %v292 : f32
                %v2476 = arith.addf %v2473, %v2474 fastmath<contract> : f32
                %v2477, %v2478 = gpu.shuffle xor %v2476, %v985, %v292 : f32
                %v2479 = arith.addf %v2476, %v2477 fastmath<contract> : f32
                %v2480 = arith.divui %v24, %v26 : i64
                %v2481 = arith.remui %v24, %v26 : i64
                %v2482 = arith.cmpi ult, %v2481, %v33 : i64
                %v2483 = arith.addi %v12, %v34 : i64
                %v2484 = arith.muli %v2480, %v1 : i64
                %v2485 = arith.addi %v2484, %v2483 : i64
                %v2486 = arith.muli %v2485, %v995 : i64
                %v2487 = arith.addi %v2486, %v2385 : i64
                scf.if %v2482 {
                  %v2488 = llvm.getelementptr %v55[%v2487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2479, %v2488 : f32, !llvm.ptr
                }
                %v2489 = arith.select %v38, %v2419, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2490, %v2491 = gpu.shuffle xor %v2489, %v981, %v292 : f32
                %v2492 = arith.addf %v2489, %v2490 fastmath<contract> : f32
                %v2493, %v2494 = gpu.shuffle xor %v2492, %v985, %v292 : f32
                %v2495 = arith.addf %v2492, %v2493 fastmath<contract> : f32
                %v2496 = arith.divui %v24, %v26 : i64
                %v2497 = arith.remui %v24, %v26 : i64
                %v2498 = arith.cmpi ult, %v2497, %v33 : i64
                %v2499 = arith.addi %v33, %v34 : i64
                %v2500 = arith.muli %v2496, %v1 : i64
                %v2501 = arith.addi %v2500, %v2499 : i64
                %v2502 = arith.muli %v2501, %v995 : i64
                %v2503 = arith.addi %v2502, %v2385 : i64
                scf.if %v2498 {
                  %v2504 = llvm.getelementptr %v55[%v2503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2495, %v2504 : f32, !llvm.ptr
                }
                %v2505 = arith.select %v38, %v2430, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2506, %v2507 = gpu.shuffle xor %v2505, %v981, %v292 : f32
                %v2508 = arith.addf %v2505, %v2506 fastmath<contract> : f32
                %v2509, %v2510 = gpu.shuffle xor %v2508, %v985, %v292 : f32
                %v2511 = arith.addf %v2508, %v2509 fastmath<contract> : f32
                %v2512 = arith.divui %v24, %v26 : i64
                %v2513 = arith.remui %v24, %v26 : i64
                %v2514 = arith.cmpi ult, %v2513, %v33 : i64
                %v2515 = arith.addi %v12, %v34 : i64
                %v2516 = arith.muli %v2512, %v1 : i64
                %v2517 = arith.addi %v2516, %v2515 : i64
                %v2518 = arith.muli %v2517, %v995 : i64
                %v2519 = arith.addi %v2518, %v2385 : i64
                scf.if %v2514 {
                  %v2520 = llvm.getelementptr %v57[%v2519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2511, %v2520 : f32, !llvm.ptr
                }
                %v2521 = arith.select %v38, %v2432, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2522, %v2523 = gpu.shuffle xor %v2521, %v981, %v292 : f32
                %v2524 = arith.addf %v2521, %v2522 fastmath<contract> : f32
                %v2525, %v2526 = gpu.shuffle xor %v2524, %v985, %v292 : f32
                %v2527 = arith.addf %v2524, %v2525 fastmath<contract> : f32
                %v2528 = arith.divui %v24, %v26 : i64
                %v2529 = arith.remui %v24, %v26 : i64
                %v2530 = arith.cmpi ult, %v2529, %v33 : i64
                %v2531 = arith.addi %v33, %v34 : i64
                %v2532 = arith.muli %v2528, %v1 : i64
                %v2533 = arith.addi %v2532, %v2531 : i64
                %v2534 = arith.muli %v2533, %v995 : i64
                %v2535 = arith.addi %v2534, %v2385 : i64
                scf.if %v2530 {
                  %v2536 = llvm.getelementptr %v57[%v2535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2527, %v2536 : f32, !llvm.ptr
                }
                %v2537 = arith.select %v38, %v2451, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2538, %v2539 = gpu.shuffle xor %v2537, %v981, %v292 : f32
                %v2540 = arith.addf %v2537, %v2538 fastmath<contract> : f32
                %v2541, %v2542 = gpu.shuffle xor %v2540, %v985, %v292 : f32
                %v2543 = arith.addf %v2540, %v2541 fastmath<contract> : f32
                %v2544 = arith.divui %v24, %v26 : i64
                %v2545 = arith.remui %v24, %v26 : i64
                %v2546 = arith.cmpi ult, %v2545, %v33 : i64
                %v2547 = arith.addi %v12, %v34 : i64
                %v2548 = arith.muli %v2544, %v1 : i64
                %v2549 = arith.addi %v2548, %v2547 : i64
                %v2550 = arith.muli %v2549, %v995 : i64
                %v2551 = arith.addi %v2550, %v2385 : i64
                scf.if %v2546 {
                  %v2552 = llvm.getelementptr %v59[%v2551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2543, %v2552 : f32, !llvm.ptr
                }
                %v2553 = arith.select %v38, %v2472, %v66 : f32
                // sum over the warp's outer points: shuffles
                %v2554, %v2555 = gpu.shuffle xor %v2553, %v981, %v292 : f32
                %v2556 = arith.addf %v2553, %v2554 fastmath<contract> : f32
                %v2557, %v2558 = gpu.shuffle xor %v2556, %v985, %v292 : f32
                %v2559 = arith.addf %v2556, %v2557 fastmath<contract> : f32
                %v2560 = arith.divui %v24, %v26 : i64
                %v2561 = arith.remui %v24, %v26 : i64
                %v2562 = arith.cmpi ult, %v2561, %v33 : i64
                %v2563 = arith.addi %v33, %v34 : i64
                %v2564 = arith.muli %v2560, %v1 : i64
                %v2565 = arith.addi %v2564, %v2563 : i64
                %v2566 = arith.muli %v2565, %v995 : i64
                %v2567 = arith.addi %v2566, %v2385 : i64
                scf.if %v2562 {
                  %v2568 = llvm.getelementptr %v59[%v2567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2559, %v2568 : f32, !llvm.ptr
                }
                %v2569 = arith.muli %v34, %v170 : i64
                %v2570 = arith.subi %v2386, %v139 : i64
                %v2571 = arith.addi %v2569, %v2570 : i64
                %v2572 = llvm.getelementptr %v63[%v2571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2573 = llvm.load %v2572 : !llvm.ptr -> f32
                %v2574 = arith.mulf %v2573, %v2429 fastmath<contract> : f32
                %v2575 = arith.constant 8 : i64
                %v2576 = arith.addi %v2575, %v34 : i64
                %v2577 = arith.muli %v2576, %v170 : i64
                %v2578 = arith.subi %v2386, %v139 : i64
                %v2579 = arith.addi %v2577, %v2578 : i64
                %v2580 = llvm.getelementptr %v63[%v2579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2581 = llvm.load %v2580 : !llvm.ptr -> f32
                %v2582 = arith.mulf %v2581, %v2431 fastmath<contract> : f32
                %v2583 = arith.addf %v2574, %v2582 fastmath<contract> : f32
                llvm.store %v2583, %v869 : f32, !llvm.ptr
                %v2584 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2442) : (f32) -> f32
                %v2585 = arith.mulf %v307, %v2584 fastmath<contract> : f32
                %v2586 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2585) : (f32) -> f32
                llvm.store %v2586, %v52 : f32, !llvm.ptr
                %v2587 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2463) : (f32) -> f32
                %v2588 = arith.mulf %v307, %v2587 fastmath<contract> : f32
                %v2589 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2588) : (f32) -> f32
                llvm.store %v2589, %v53 : f32, !llvm.ptr
                %v2590 = llvm.load %v869 : !llvm.ptr -> f32
                %v2591 = arith.select %v872, %v2590, %v2380 : f32
                %v2592 = arith.select %v872, %v2380, %v2590 : f32
                %v2593, %v2594 = gpu.shuffle xor %v2591, %v1313, %v292 : f32
                %v2595 = arith.addf %v2592, %v2593 fastmath<contract> : f32
                %v2596 = arith.select %v875, %v2595, %v2171 : f32
                %v2597 = arith.select %v875, %v2171, %v2595 : f32
                %v2598, %v2599 = gpu.shuffle xor %v2596, %v1744, %v292 : f32
                %v2600 = arith.addf %v2597, %v2598 fastmath<contract> : f32
                %v2601 = arith.select %v878, %v2600, %v1747 : f32
                %v2602 = arith.select %v878, %v1747, %v2600 : f32
                %v2603, %v2604 = gpu.shuffle xor %v2601, %v1528, %v292 : f32
                %v2605 = arith.addf %v2602, %v2603 fastmath<contract> : f32
                %v2606 = arith.addi %v375, %v34 : i64
                %v2607 = arith.cmpi slt, %v2606, %v141 : i64
                %v2608 = arith.andi %v38, %v2607 : i1
                scf.if %v2608 {
                  %v2609 = arith.addi %v139, %v2606 : i64
                  // the gradients of this lane's own step
                  %v2610 = arith.muli %v48, %v318 : i64
                  %v2611 = arith.muli %v2609, %v317 : i64
                  %v2612 = arith.addi %v2610, %v2611 : i64
                  %v2613 = arith.muli %v46, %v316 : i64
                  %v2614 = arith.addi %v2612, %v2613 : i64
                  %v2615 = arith.muli %v44, %v2 : i64
                  %v2616 = arith.addi %v2614, %v2615 : i64
                  %v2617 = llvm.getelementptr %dx_v[%v2616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2605, %v2617 : f32, !llvm.ptr
                }
              } else {
                %v2618 = arith.subi %v141, %v2 : i64
                %v2619 = arith.muli %v374, %v5 : i64
                %v2620 = arith.subi %v5, %v2 : i64
                %v2621 = arith.minsi %v40, %v2620 : i64
                %v2622 = arith.addi %v2619, %v2621 : i64
                %v2623 = arith.muli %v2622, %v1 : i64
                %v2624 = arith.addi %v2623, %v12 : i64
                %v2625 = arith.addi %v2624, %v34 : i64
                %v2626 = llvm.getelementptr %scratch_S[%v2625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2627 = llvm.load %v2626 : !llvm.ptr -> f32
                %v2628 = arith.muli %v374, %v5 : i64
                %v2629 = arith.subi %v5, %v2 : i64
                %v2630 = arith.minsi %v40, %v2629 : i64
                %v2631 = arith.addi %v2628, %v2630 : i64
                %v2632 = arith.muli %v2631, %v1 : i64
                %v2633 = arith.addi %v2632, %v33 : i64
                %v2634 = arith.addi %v2633, %v34 : i64
                %v2635 = llvm.getelementptr %scratch_S[%v2634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2636 = llvm.load %v2635 : !llvm.ptr -> f32
                %v2637 = arith.addi %v375, %v34 : i64
                %v2638 = arith.minsi %v2637, %v2618 : i64
                %v2639 = arith.addi %v139, %v2638 : i64
                // the group's states, recomputed into registers
                %v2640 = arith.addi %v375, %v12 : i64
                %v2641 = arith.minsi %v2640, %v2618 : i64
                %v2642 = arith.addi %v139, %v2641 : i64
                %v2643 = arith.muli %v34, %v170 : i64
                %v2644 = arith.subi %v2642, %v139 : i64
                %v2645 = arith.addi %v2643, %v2644 : i64
                %v2646 = llvm.getelementptr %v65[%v2645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2647 = llvm.load %v2646 : !llvm.ptr -> f32
                %v2648 = arith.negf %v2647 : f32
                %v2649 = arith.mulf %v2648, %v302 fastmath<contract> : f32
                %v2650 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2649) : (f32) -> f32
                %v2651 = arith.addf %v67, %v2650 fastmath<contract> : f32
                %v2652 = arith.divf %v67, %v2651 : f32
                %v2653 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2652) : (f32) -> f32
                %v2654 = arith.mulf %v307, %v2653 fastmath<contract> : f32
                %v2655 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2654) : (f32) -> f32
                %v2656 = arith.muli %v34, %v170 : i64
                %v2657 = arith.subi %v2642, %v139 : i64
                %v2658 = arith.addi %v2656, %v2657 : i64
                %v2659 = llvm.getelementptr %v63[%v2658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2660 = llvm.load %v2659 : !llvm.ptr -> f32
                %v2661 = arith.muli %v48, %v318 : i64
                %v2662 = arith.muli %v2642, %v317 : i64
                %v2663 = arith.addi %v2661, %v2662 : i64
                %v2664 = arith.muli %v46, %v316 : i64
                %v2665 = arith.addi %v2663, %v2664 : i64
                %v2666 = arith.muli %v44, %v2 : i64
                %v2667 = arith.addi %v2665, %v2666 : i64
                %v2668 = llvm.getelementptr %in_v[%v2667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2669 = llvm.load %v2668 : !llvm.ptr -> f32
                %v2670 = arith.mulf %v2660, %v2669 fastmath<contract> : f32
                %v2671 = arith.mulf %v2655, %v2627 fastmath<contract> : f32
                %v2672 = arith.addf %v2671, %v2670 fastmath<contract> : f32
                %v2673 = arith.constant 8 : i64
                %v2674 = arith.addi %v2673, %v34 : i64
                %v2675 = arith.muli %v2674, %v170 : i64
                %v2676 = arith.subi %v2642, %v139 : i64
                %v2677 = arith.addi %v2675, %v2676 : i64
                %v2678 = llvm.getelementptr %v65[%v2677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2679 = llvm.load %v2678 : !llvm.ptr -> f32
                %v2680 = arith.negf %v2679 : f32
                %v2681 = arith.mulf %v2680, %v302 fastmath<contract> : f32
                %v2682 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2681) : (f32) -> f32
                %v2683 = arith.addf %v67, %v2682 fastmath<contract> : f32
                %v2684 = arith.divf %v67, %v2683 : f32
                %v2685 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2684) : (f32) -> f32
                %v2686 = arith.mulf %v307, %v2685 fastmath<contract> : f32
                %v2687 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2686) : (f32) -> f32
                %v2688 = arith.constant 8 : i64
                %v2689 = arith.addi %v2688, %v34 : i64
                %v2690 = arith.muli %v2689, %v170 : i64
                %v2691 = arith.subi %v2642, %v139 : i64
                %v2692 = arith.addi %v2690, %v2691 : i64
                %v2693 = llvm.getelementptr %v63[%v2692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2694 = llvm.load %v2693 : !llvm.ptr -> f32
                %v2695 = arith.mulf %v2694, %v2669 fastmath<contract> : f32
                %v2696 = arith.mulf %v2687, %v2636 fastmath<contract> : f32
                %v2697 = arith.addf %v2696, %v2695 fastmath<contract> : f32
                %v2698 = arith.addi %v375, %v2 : i64
                %v2699 = arith.minsi %v2698, %v2618 : i64
                %v2700 = arith.addi %v139, %v2699 : i64
                %v2701 = arith.muli %v34, %v170 : i64
                %v2702 = arith.subi %v2700, %v139 : i64
                %v2703 = arith.addi %v2701, %v2702 : i64
                %v2704 = llvm.getelementptr %v65[%v2703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2705 = llvm.load %v2704 : !llvm.ptr -> f32
                %v2706 = arith.negf %v2705 : f32
                %v2707 = arith.mulf %v2706, %v302 fastmath<contract> : f32
                %v2708 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2707) : (f32) -> f32
                %v2709 = arith.addf %v67, %v2708 fastmath<contract> : f32
                %v2710 = arith.divf %v67, %v2709 : f32
                %v2711 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2710) : (f32) -> f32
                %v2712 = arith.mulf %v307, %v2711 fastmath<contract> : f32
                %v2713 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2712) : (f32) -> f32
                %v2714 = arith.muli %v34, %v170 : i64
                %v2715 = arith.subi %v2700, %v139 : i64
                %v2716 = arith.addi %v2714, %v2715 : i64
                %v2717 = llvm.getelementptr %v63[%v2716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2718 = llvm.load %v2717 : !llvm.ptr -> f32
                %v2719 = arith.muli %v48, %v318 : i64
                %v2720 = arith.muli %v2700, %v317 : i64
                %v2721 = arith.addi %v2719, %v2720 : i64
                %v2722 = arith.muli %v46, %v316 : i64
                %v2723 = arith.addi %v2721, %v2722 : i64
                %v2724 = arith.muli %v44, %v2 : i64
                %v2725 = arith.addi %v2723, %v2724 : i64
                %v2726 = llvm.getelementptr %in_v[%v2725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2727 = llvm.load %v2726 : !llvm.ptr -> f32
                %v2728 = arith.mulf %v2718, %v2727 fastmath<contract> : f32
                %v2729 = arith.mulf %v2713, %v2672 fastmath<contract> : f32
                %v2730 = arith.addf %v2729, %v2728 fastmath<contract> : f32
                %v2731 = arith.constant 8 : i64
                %v2732 = arith.addi %v2731, %v34 : i64
                %v2733 = arith.muli %v2732, %v170 : i64
                %v2734 = arith.subi %v2700, %v139 : i64
                %v2735 = arith.addi %v2733, %v2734 : i64
                %v2736 = llvm.getelementptr %v65[%v2735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2737 = llvm.load %v2736 : !llvm.ptr -> f32
                %v2738 = arith.negf %v2737 : f32
                %v2739 = arith.mulf %v2738, %v302 fastmath<contract> : f32
                %v2740 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2739) : (f32) -> f32
                %v2741 = arith.addf %v67, %v2740 fastmath<contract> : f32
                %v2742 = arith.divf %v67, %v2741 : f32
                %v2743 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2742) : (f32) -> f32
                %v2744 = arith.mulf %v307, %v2743 fastmath<contract> : f32
                %v2745 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2744) : (f32) -> f32
                %v2746 = arith.constant 8 : i64
                %v2747 = arith.addi %v2746, %v34 : i64
                %v2748 = arith.muli %v2747, %v170 : i64
                %v2749 = arith.subi %v2700, %v139 : i64
                %v2750 = arith.addi %v2748, %v2749 : i64
                %v2751 = llvm.getelementptr %v63[%v2750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2752 = llvm.load %v2751 : !llvm.ptr -> f32
                %v2753 = arith.mulf %v2752, %v2727 fastmath<contract> : f32
                %v2754 = arith.mulf %v2745, %v2697 fastmath<contract> : f32
                %v2755 = arith.addf %v2754, %v2753 fastmath<contract> : f32
                %v2756 = arith.addi %v375, %v79 : i64
                %v2757 = arith.minsi %v2756, %v2618 : i64
                %v2758 = arith.addi %v139, %v2757 : i64
                %v2759 = arith.muli %v34, %v170 : i64
                %v2760 = arith.subi %v2758, %v139 : i64
                %v2761 = arith.addi %v2759, %v2760 : i64
                %v2762 = llvm.getelementptr %v65[%v2761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2763 = llvm.load %v2762 : !llvm.ptr -> f32
                %v2764 = arith.negf %v2763 : f32
                %v2765 = arith.mulf %v2764, %v302 fastmath<contract> : f32
                %v2766 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2765) : (f32) -> f32
                %v2767 = arith.addf %v67, %v2766 fastmath<contract> : f32
                %v2768 = arith.divf %v67, %v2767 : f32
                %v2769 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2768) : (f32) -> f32
                %v2770 = arith.mulf %v307, %v2769 fastmath<contract> : f32
                %v2771 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2770) : (f32) -> f32
                %v2772 = arith.muli %v34, %v170 : i64
                %v2773 = arith.subi %v2758, %v139 : i64
                %v2774 = arith.addi %v2772, %v2773 : i64
                %v2775 = llvm.getelementptr %v63[%v2774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2776 = llvm.load %v2775 : !llvm.ptr -> f32
                %v2777 = arith.muli %v48, %v318 : i64
                %v2778 = arith.muli %v2758, %v317 : i64
                %v2779 = arith.addi %v2777, %v2778 : i64
                %v2780 = arith.muli %v46, %v316 : i64
                %v2781 = arith.addi %v2779, %v2780 : i64
                %v2782 = arith.muli %v44, %v2 : i64
                %v2783 = arith.addi %v2781, %v2782 : i64
                %v2784 = llvm.getelementptr %in_v[%v2783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2785 = llvm.load %v2784 : !llvm.ptr -> f32
                %v2786 = arith.mulf %v2776, %v2785 fastmath<contract> : f32
                %v2787 = arith.mulf %v2771, %v2730 fastmath<contract> : f32
                %v2788 = arith.addf %v2787, %v2786 fastmath<contract> : f32
                %v2789 = arith.constant 8 : i64
                %v2790 = arith.addi %v2789, %v34 : i64
                %v2791 = arith.muli %v2790, %v170 : i64
                %v2792 = arith.subi %v2758, %v139 : i64
                %v2793 = arith.addi %v2791, %v2792 : i64
                %v2794 = llvm.getelementptr %v65[%v2793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2795 = llvm.load %v2794 : !llvm.ptr -> f32
                %v2796 = arith.negf %v2795 : f32
                %v2797 = arith.mulf %v2796, %v302 fastmath<contract> : f32
                %v2798 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2797) : (f32) -> f32
                %v2799 = arith.addf %v67, %v2798 fastmath<contract> : f32
                %v2800 = arith.divf %v67, %v2799 : f32
                %v2801 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2800) : (f32) -> f32
                %v2802 = arith.mulf %v307, %v2801 fastmath<contract> : f32
                %v2803 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2802) : (f32) -> f32
                %v2804 = arith.constant 8 : i64
                %v2805 = arith.addi %v2804, %v34 : i64
                %v2806 = arith.muli %v2805, %v170 : i64
                %v2807 = arith.subi %v2758, %v139 : i64
                %v2808 = arith.addi %v2806, %v2807 : i64
                %v2809 = llvm.getelementptr %v63[%v2808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2810 = llvm.load %v2809 : !llvm.ptr -> f32
                %v2811 = arith.mulf %v2810, %v2785 fastmath<contract> : f32
                %v2812 = arith.mulf %v2803, %v2755 fastmath<contract> : f32
                %v2813 = arith.addf %v2812, %v2811 fastmath<contract> : f32
                %v2814 = arith.addi %v375, %v84 : i64
                %v2815 = arith.minsi %v2814, %v2618 : i64
                %v2816 = arith.addi %v139, %v2815 : i64
                %v2817 = arith.muli %v34, %v170 : i64
                %v2818 = arith.subi %v2816, %v139 : i64
                %v2819 = arith.addi %v2817, %v2818 : i64
                %v2820 = llvm.getelementptr %v65[%v2819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2821 = llvm.load %v2820 : !llvm.ptr -> f32
                %v2822 = arith.negf %v2821 : f32
                %v2823 = arith.mulf %v2822, %v302 fastmath<contract> : f32
                %v2824 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2823) : (f32) -> f32
                %v2825 = arith.addf %v67, %v2824 fastmath<contract> : f32
                %v2826 = arith.divf %v67, %v2825 : f32
                %v2827 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2826) : (f32) -> f32
                %v2828 = arith.mulf %v307, %v2827 fastmath<contract> : f32
                %v2829 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2828) : (f32) -> f32
                %v2830 = arith.muli %v34, %v170 : i64
                %v2831 = arith.subi %v2816, %v139 : i64
                %v2832 = arith.addi %v2830, %v2831 : i64
                %v2833 = llvm.getelementptr %v63[%v2832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2834 = llvm.load %v2833 : !llvm.ptr -> f32
                %v2835 = arith.muli %v48, %v318 : i64
                %v2836 = arith.muli %v2816, %v317 : i64
                %v2837 = arith.addi %v2835, %v2836 : i64
                %v2838 = arith.muli %v46, %v316 : i64
                %v2839 = arith.addi %v2837, %v2838 : i64
                %v2840 = arith.muli %v44, %v2 : i64
                %v2841 = arith.addi %v2839, %v2840 : i64
                %v2842 = llvm.getelementptr %in_v[%v2841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2843 = llvm.load %v2842 : !llvm.ptr -> f32
                %v2844 = arith.mulf %v2834, %v2843 fastmath<contract> : f32
                %v2845 = arith.mulf %v2829, %v2788 fastmath<contract> : f32
                %v2846 = arith.addf %v2845, %v2844 fastmath<contract> : f32
                %v2847 = arith.constant 8 : i64
                %v2848 = arith.addi %v2847, %v34 : i64
                %v2849 = arith.muli %v2848, %v170 : i64
                %v2850 = arith.subi %v2816, %v139 : i64
                %v2851 = arith.addi %v2849, %v2850 : i64
                %v2852 = llvm.getelementptr %v65[%v2851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2853 = llvm.load %v2852 : !llvm.ptr -> f32
                %v2854 = arith.negf %v2853 : f32
                %v2855 = arith.mulf %v2854, %v302 fastmath<contract> : f32
                %v2856 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2855) : (f32) -> f32
                %v2857 = arith.addf %v67, %v2856 fastmath<contract> : f32
                %v2858 = arith.divf %v67, %v2857 : f32
                %v2859 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2858) : (f32) -> f32
                %v2860 = arith.mulf %v307, %v2859 fastmath<contract> : f32
                %v2861 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2860) : (f32) -> f32
                %v2862 = arith.constant 8 : i64
                %v2863 = arith.addi %v2862, %v34 : i64
                %v2864 = arith.muli %v2863, %v170 : i64
                %v2865 = arith.subi %v2816, %v139 : i64
                %v2866 = arith.addi %v2864, %v2865 : i64
                %v2867 = llvm.getelementptr %v63[%v2866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2868 = llvm.load %v2867 : !llvm.ptr -> f32
                %v2869 = arith.mulf %v2868, %v2843 fastmath<contract> : f32
                %v2870 = arith.mulf %v2861, %v2813 fastmath<contract> : f32
                %v2871 = arith.addf %v2870, %v2869 fastmath<contract> : f32
                %v2872 = arith.addi %v375, %v634 : i64
                %v2873 = arith.minsi %v2872, %v2618 : i64
                %v2874 = arith.addi %v139, %v2873 : i64
                %v2875 = arith.muli %v34, %v170 : i64
                %v2876 = arith.subi %v2874, %v139 : i64
                %v2877 = arith.addi %v2875, %v2876 : i64
                %v2878 = llvm.getelementptr %v65[%v2877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2879 = llvm.load %v2878 : !llvm.ptr -> f32
                %v2880 = arith.negf %v2879 : f32
                %v2881 = arith.mulf %v2880, %v302 fastmath<contract> : f32
                %v2882 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2881) : (f32) -> f32
                %v2883 = arith.addf %v67, %v2882 fastmath<contract> : f32
                %v2884 = arith.divf %v67, %v2883 : f32
                %v2885 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2884) : (f32) -> f32
                %v2886 = arith.mulf %v307, %v2885 fastmath<contract> : f32
                %v2887 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2886) : (f32) -> f32
                %v2888 = arith.muli %v34, %v170 : i64
                %v2889 = arith.subi %v2874, %v139 : i64
                %v2890 = arith.addi %v2888, %v2889 : i64
                %v2891 = llvm.getelementptr %v63[%v2890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2892 = llvm.load %v2891 : !llvm.ptr -> f32
                %v2893 = arith.muli %v48, %v318 : i64
                %v2894 = arith.muli %v2874, %v317 : i64
                %v2895 = arith.addi %v2893, %v2894 : i64
                %v2896 = arith.muli %v46, %v316 : i64
                %v2897 = arith.addi %v2895, %v2896 : i64
                %v2898 = arith.muli %v44, %v2 : i64
                %v2899 = arith.addi %v2897, %v2898 : i64
                %v2900 = llvm.getelementptr %in_v[%v2899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2901 = llvm.load %v2900 : !llvm.ptr -> f32
                %v2902 = arith.mulf %v2892, %v2901 fastmath<contract> : f32
                %v2903 = arith.mulf %v2887, %v2846 fastmath<contract> : f32
                %v2904 = arith.addf %v2903, %v2902 fastmath<contract> : f32
                %v2905 = arith.constant 8 : i64
                %v2906 = arith.addi %v2905, %v34 : i64
                %v2907 = arith.muli %v2906, %v170 : i64
                %v2908 = arith.subi %v2874, %v139 : i64
                %v2909 = arith.addi %v2907, %v2908 : i64
                %v2910 = llvm.getelementptr %v65[%v2909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2911 = llvm.load %v2910 : !llvm.ptr -> f32
                %v2912 = arith.negf %v2911 : f32
                %v2913 = arith.mulf %v2912, %v302 fastmath<contract> : f32
                %v2914 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2913) : (f32) -> f32
                %v2915 = arith.addf %v67, %v2914 fastmath<contract> : f32
                %v2916 = arith.divf %v67, %v2915 : f32
                %v2917 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2916) : (f32) -> f32
                %v2918 = arith.mulf %v307, %v2917 fastmath<contract> : f32
                %v2919 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2918) : (f32) -> f32
                %v2920 = arith.constant 8 : i64
                %v2921 = arith.addi %v2920, %v34 : i64
                %v2922 = arith.muli %v2921, %v170 : i64
                %v2923 = arith.subi %v2874, %v139 : i64
                %v2924 = arith.addi %v2922, %v2923 : i64
                %v2925 = llvm.getelementptr %v63[%v2924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2926 = llvm.load %v2925 : !llvm.ptr -> f32
                %v2927 = arith.mulf %v2926, %v2901 fastmath<contract> : f32
                %v2928 = arith.mulf %v2919, %v2871 fastmath<contract> : f32
                %v2929 = arith.addf %v2928, %v2927 fastmath<contract> : f32
                %v2930 = arith.addi %v375, %v693 : i64
                %v2931 = arith.minsi %v2930, %v2618 : i64
                %v2932 = arith.addi %v139, %v2931 : i64
                %v2933 = arith.muli %v34, %v170 : i64
                %v2934 = arith.subi %v2932, %v139 : i64
                %v2935 = arith.addi %v2933, %v2934 : i64
                %v2936 = llvm.getelementptr %v65[%v2935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2937 = llvm.load %v2936 : !llvm.ptr -> f32
                %v2938 = arith.negf %v2937 : f32
                %v2939 = arith.mulf %v2938, %v302 fastmath<contract> : f32
                %v2940 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2939) : (f32) -> f32
                %v2941 = arith.addf %v67, %v2940 fastmath<contract> : f32
                %v2942 = arith.divf %v67, %v2941 : f32
                %v2943 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2942) : (f32) -> f32
                %v2944 = arith.mulf %v307, %v2943 fastmath<contract> : f32
                %v2945 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2944) : (f32) -> f32
                %v2946 = arith.muli %v34, %v170 : i64
                %v2947 = arith.subi %v2932, %v139 : i64
                %v2948 = arith.addi %v2946, %v2947 : i64
                %v2949 = llvm.getelementptr %v63[%v2948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2950 = llvm.load %v2949 : !llvm.ptr -> f32
                %v2951 = arith.muli %v48, %v318 : i64
                %v2952 = arith.muli %v2932, %v317 : i64
                %v2953 = arith.addi %v2951, %v2952 : i64
                %v2954 = arith.muli %v46, %v316 : i64
                %v2955 = arith.addi %v2953, %v2954 : i64
                %v2956 = arith.muli %v44, %v2 : i64
                %v2957 = arith.addi %v2955, %v2956 : i64
                %v2958 = llvm.getelementptr %in_v[%v2957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2959 = llvm.load %v2958 : !llvm.ptr -> f32
                %v2960 = arith.mulf %v2950, %v2959 fastmath<contract> : f32
                %v2961 = arith.mulf %v2945, %v2904 fastmath<contract> : f32
                %v2962 = arith.addf %v2961, %v2960 fastmath<contract> : f32
                %v2963 = arith.constant 8 : i64
                %v2964 = arith.addi %v2963, %v34 : i64
                %v2965 = arith.muli %v2964, %v170 : i64
                %v2966 = arith.subi %v2932, %v139 : i64
                %v2967 = arith.addi %v2965, %v2966 : i64
                %v2968 = llvm.getelementptr %v65[%v2967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2969 = llvm.load %v2968 : !llvm.ptr -> f32
                %v2970 = arith.negf %v2969 : f32
                %v2971 = arith.mulf %v2970, %v302 fastmath<contract> : f32
                %v2972 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2971) : (f32) -> f32
                %v2973 = arith.addf %v67, %v2972 fastmath<contract> : f32
                %v2974 = arith.divf %v67, %v2973 : f32
                %v2975 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2974) : (f32) -> f32
                %v2976 = arith.mulf %v307, %v2975 fastmath<contract> : f32
                %v2977 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2976) : (f32) -> f32
                %v2978 = arith.constant 8 : i64
                %v2979 = arith.addi %v2978, %v34 : i64
                %v2980 = arith.muli %v2979, %v170 : i64
                %v2981 = arith.subi %v2932, %v139 : i64
                %v2982 = arith.addi %v2980, %v2981 : i64
                %v2983 = llvm.getelementptr %v63[%v2982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2984 = llvm.load %v2983 : !llvm.ptr -> f32
                %v2985 = arith.mulf %v2984, %v2959 fastmath<contract> : f32
                %v2986 = arith.mulf %v2977, %v2929 fastmath<contract> : f32
                %v2987 = arith.addf %v2986, %v2985 fastmath<contract> : f32
                %v2988 = arith.addi %v375, %v752 : i64
                %v2989 = arith.minsi %v2988, %v2618 : i64
                %v2990 = arith.addi %v139, %v2989 : i64
                %v2991 = arith.muli %v34, %v170 : i64
                %v2992 = arith.subi %v2990, %v139 : i64
                %v2993 = arith.addi %v2991, %v2992 : i64
                %v2994 = llvm.getelementptr %v65[%v2993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2995 = llvm.load %v2994 : !llvm.ptr -> f32
                %v2996 = arith.negf %v2995 : f32
                %v2997 = arith.mulf %v2996, %v302 fastmath<contract> : f32
                %v2998 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2997) : (f32) -> f32
                %v2999 = arith.addf %v67, %v2998 fastmath<contract> : f32
                %v3000 = arith.divf %v67, %v2999 : f32
                %v3001 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3000) : (f32) -> f32
                %v3002 = arith.mulf %v307, %v3001 fastmath<contract> : f32
                %v3003 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3002) : (f32) -> f32
                %v3004 = arith.muli %v34, %v170 : i64
                %v3005 = arith.subi %v2990, %v139 : i64
                %v3006 = arith.addi %v3004, %v3005 : i64
                %v3007 = llvm.getelementptr %v63[%v3006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3008 = llvm.load %v3007 : !llvm.ptr -> f32
                %v3009 = arith.muli %v48, %v318 : i64
                %v3010 = arith.muli %v2990, %v317 : i64
                %v3011 = arith.addi %v3009, %v3010 : i64
                %v3012 = arith.muli %v46, %v316 : i64
                %v3013 = arith.addi %v3011, %v3012 : i64
                %v3014 = arith.muli %v44, %v2 : i64
                %v3015 = arith.addi %v3013, %v3014 : i64
                %v3016 = llvm.getelementptr %in_v[%v3015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3017 = llvm.load %v3016 : !llvm.ptr -> f32
                %v3018 = arith.mulf %v3008, %v3017 fastmath<contract> : f32
                %v3019 = arith.mulf %v3003, %v2962 fastmath<contract> : f32
                %v3020 = arith.addf %v3019, %v3018 fastmath<contract> : f32
                %v3021 = arith.constant 8 : i64
                %v3022 = arith.addi %v3021, %v34 : i64
                %v3023 = arith.muli %v3022, %v170 : i64
                %v3024 = arith.subi %v2990, %v139 : i64
                %v3025 = arith.addi %v3023, %v3024 : i64
                %v3026 = llvm.getelementptr %v65[%v3025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3027 = llvm.load %v3026 : !llvm.ptr -> f32
                %v3028 = arith.negf %v3027 : f32
                %v3029 = arith.mulf %v3028, %v302 fastmath<contract> : f32
                %v3030 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3029) : (f32) -> f32
                %v3031 = arith.addf %v67, %v3030 fastmath<contract> : f32
                %v3032 = arith.divf %v67, %v3031 : f32
                %v3033 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3032) : (f32) -> f32
                %v3034 = arith.mulf %v307, %v3033 fastmath<contract> : f32
                %v3035 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3034) : (f32) -> f32
                %v3036 = arith.constant 8 : i64
                %v3037 = arith.addi %v3036, %v34 : i64
                %v3038 = arith.muli %v3037, %v170 : i64
                %v3039 = arith.subi %v2990, %v139 : i64
                %v3040 = arith.addi %v3038, %v3039 : i64
                %v3041 = llvm.getelementptr %v63[%v3040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3042 = llvm.load %v3041 : !llvm.ptr -> f32
                %v3043 = arith.mulf %v3042, %v3017 fastmath<contract> : f32
                %v3044 = arith.mulf %v3035, %v2987 fastmath<contract> : f32
                %v3045 = arith.addf %v3044, %v3043 fastmath<contract> : f32
                %v3046 = arith.addi %v375, %v90 : i64
                %v3047 = arith.minsi %v3046, %v2618 : i64
                %v3048 = arith.addi %v139, %v3047 : i64
                %v3049 = arith.muli %v34, %v170 : i64
                %v3050 = arith.subi %v3048, %v139 : i64
                %v3051 = arith.addi %v3049, %v3050 : i64
                %v3052 = llvm.getelementptr %v65[%v3051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3053 = llvm.load %v3052 : !llvm.ptr -> f32
                %v3054 = arith.negf %v3053 : f32
                %v3055 = arith.mulf %v3054, %v302 fastmath<contract> : f32
                %v3056 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3055) : (f32) -> f32
                %v3057 = arith.addf %v67, %v3056 fastmath<contract> : f32
                %v3058 = arith.divf %v67, %v3057 : f32
                %v3059 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3058) : (f32) -> f32
                %v3060 = arith.mulf %v307, %v3059 fastmath<contract> : f32
                %v3061 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3060) : (f32) -> f32
                %v3062 = arith.muli %v34, %v170 : i64
                %v3063 = arith.subi %v3048, %v139 : i64
                %v3064 = arith.addi %v3062, %v3063 : i64
                %v3065 = llvm.getelementptr %v63[%v3064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3066 = llvm.load %v3065 : !llvm.ptr -> f32
                %v3067 = arith.muli %v48, %v318 : i64
                %v3068 = arith.muli %v3048, %v317 : i64
                %v3069 = arith.addi %v3067, %v3068 : i64
                %v3070 = arith.muli %v46, %v316 : i64
                %v3071 = arith.addi %v3069, %v3070 : i64
                %v3072 = arith.muli %v44, %v2 : i64
                %v3073 = arith.addi %v3071, %v3072 : i64
                %v3074 = llvm.getelementptr %in_v[%v3073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3075 = llvm.load %v3074 : !llvm.ptr -> f32
                %v3076 = arith.mulf %v3066, %v3075 fastmath<contract> : f32
                %v3077 = arith.mulf %v3061, %v3020 fastmath<contract> : f32
                %v3078 = arith.addf %v3077, %v3076 fastmath<contract> : f32
                %v3079 = arith.constant 8 : i64
                %v3080 = arith.addi %v3079, %v34 : i64
                %v3081 = arith.muli %v3080, %v170 : i64
                %v3082 = arith.subi %v3048, %v139 : i64
                %v3083 = arith.addi %v3081, %v3082 : i64
                %v3084 = llvm.getelementptr %v65[%v3083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3085 = llvm.load %v3084 : !llvm.ptr -> f32
                %v3086 = arith.negf %v3085 : f32
                %v3087 = arith.mulf %v3086, %v302 fastmath<contract> : f32
                %v3088 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3087) : (f32) -> f32
                %v3089 = arith.addf %v67, %v3088 fastmath<contract> : f32
                %v3090 = arith.divf %v67, %v3089 : f32
                %v3091 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3090) : (f32) -> f32
                %v3092 = arith.mulf %v307, %v3091 fastmath<contract> : f32
                %v3093 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3092) : (f32) -> f32
                %v3094 = arith.constant 8 : i64
                %v3095 = arith.addi %v3094, %v34 : i64
                %v3096 = arith.muli %v3095, %v170 : i64
                %v3097 = arith.subi %v3048, %v139 : i64
                %v3098 = arith.addi %v3096, %v3097 : i64
                %v3099 = llvm.getelementptr %v63[%v3098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3100 = llvm.load %v3099 : !llvm.ptr -> f32
                %v3101 = arith.mulf %v3100, %v3075 fastmath<contract> : f32
                %v3102 = arith.mulf %v3093, %v3045 fastmath<contract> : f32
                %v3103 = arith.addf %v3102, %v3101 fastmath<contract> : f32
                %v3105 = arith.shrui %v34, %v12 : i64
                %v3106 = arith.andi %v3105, %v2 : i64
                %v3107 = arith.cmpi ne, %v3106, %v12 : i64
                %v3108 = arith.shrui %v34, %v2 : i64
                %v3109 = arith.andi %v3108, %v2 : i64
                %v3110 = arith.cmpi ne, %v3109, %v12 : i64
                %v3111 = arith.shrui %v34, %v79 : i64
                %v3112 = arith.andi %v3111, %v2 : i64
                %v3113 = arith.cmpi ne, %v3112, %v12 : i64
                %v3114 = arith.subi %v141, %v375 : i64
                %v3115 = arith.trunci %v3114 : i64 to i32
                %v3116 = arith.subi %size_L, %v2 : i64
                %v3117 = arith.addi %v139, %v375 : i64
                %v3118 = arith.subi %v3116, %v3117 : i64
                %v3119 = arith.minsi %v3118, %v884 : i64
                %v3120 = arith.trunci %v3119 : i64 to i32
                %v3121 = arith.addi %v375, %v90 : i64
                %v3122 = arith.cmpi slt, %v888, %v3115 : i32
                %v3123 = arith.cmpi eq, %v888, %v3120 : i32
                %v3124 = arith.addi %v377, %v12 : i64
                llvm.store %v66, %v3104 : f32, !llvm.ptr
                scf.if %v3122 {
                  %v3125 = arith.addi %v139, %v3121 : i64
                  %v3126 = arith.muli %v34, %v170 : i64
                  %v3127 = arith.subi %v3125, %v139 : i64
                  %v3128 = arith.addi %v3126, %v3127 : i64
                  %v3129 = llvm.getelementptr %v61[%v3128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3130 = llvm.load %v3129 : !llvm.ptr -> f32
                  %v3131 = arith.muli %v48, %v318 : i64
                  %v3132 = arith.muli %v3125, %v317 : i64
                  %v3133 = arith.addi %v3131, %v3132 : i64
                  %v3134 = arith.muli %v46, %v316 : i64
                  %v3135 = arith.addi %v3133, %v3134 : i64
                  %v3136 = arith.muli %v44, %v2 : i64
                  %v3137 = arith.addi %v3135, %v3136 : i64
                  %v3138 = llvm.getelementptr %dy_o[%v3137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3139 = llvm.load %v3138 : !llvm.ptr -> f32
                  %v3140 = arith.mulf %v3130, %v3139 fastmath<contract> : f32
                  %v3141 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3142 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3143 = arith.mulf %v3142, %v3141 fastmath<contract> : f32
                  %v3144 = arith.addf %v3140, %v3143 fastmath<contract> : f32
                  llvm.store %v3144, %v50 : f32, !llvm.ptr
                  %v3145 = arith.constant 8 : i64
                  %v3146 = arith.addi %v3145, %v34 : i64
                  %v3147 = arith.muli %v3146, %v170 : i64
                  %v3148 = arith.subi %v3125, %v139 : i64
                  %v3149 = arith.addi %v3147, %v3148 : i64
                  %v3150 = llvm.getelementptr %v61[%v3149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3151 = llvm.load %v3150 : !llvm.ptr -> f32
                  %v3152 = arith.mulf %v3151, %v3139 fastmath<contract> : f32
                  %v3153 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3154 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3155 = arith.mulf %v3154, %v3153 fastmath<contract> : f32
                  %v3156 = arith.addf %v3152, %v3155 fastmath<contract> : f32
                  llvm.store %v3156, %v51 : f32, !llvm.ptr
                  %v3157 = arith.mulf %v3078, %v3139 fastmath<contract> : f32
                  %v3158 = arith.mulf %v3103, %v3139 fastmath<contract> : f32
                  %v3159 = arith.muli %v48, %v318 : i64
                  %v3160 = arith.muli %v3125, %v317 : i64
                  %v3161 = arith.addi %v3159, %v3160 : i64
                  %v3162 = arith.muli %v46, %v316 : i64
                  %v3163 = arith.addi %v3161, %v3162 : i64
                  %v3164 = arith.muli %v44, %v2 : i64
                  %v3165 = arith.addi %v3163, %v3164 : i64
                  %v3166 = llvm.getelementptr %in_v[%v3165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3167 = llvm.load %v3166 : !llvm.ptr -> f32
                  %v3168 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3169 = arith.mulf %v3167, %v3168 fastmath<contract> : f32
                  %v3170 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3171 = arith.mulf %v3167, %v3170 fastmath<contract> : f32
                  %v3172 = arith.muli %v34, %v170 : i64
                  %v3173 = arith.subi %v3125, %v139 : i64
                  %v3174 = arith.addi %v3172, %v3173 : i64
                  %v3175 = llvm.getelementptr %v65[%v3174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3176 = llvm.load %v3175 : !llvm.ptr -> f32
                  %v3177 = arith.negf %v3176 : f32
                  %v3178 = arith.mulf %v3177, %v302 fastmath<contract> : f32
                  %v3179 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3178) : (f32) -> f32
                  %v3180 = arith.addf %v67, %v3179 fastmath<contract> : f32
                  %v3181 = arith.divf %v67, %v3180 : f32
                  %v3182 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3181) : (f32) -> f32
                  %v3183 = arith.mulf %v949, %v3182 fastmath<contract> : f32
                  %v3184 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3183) : (f32) -> f32
                  %v3185 = arith.mulf %v3020, %v3168 fastmath<contract> : f32
                  %v3186 = arith.mulf %v307, %v3185 fastmath<contract> : f32
                  %v3187 = arith.mulf %v3184, %v3186 fastmath<contract> : f32
                  %v3188 = arith.subf %v67, %v3181 fastmath<contract> : f32
                  %v3189 = arith.mulf %v3181, %v3188 fastmath<contract> : f32
                  %v3190 = arith.mulf %v3187, %v3189 fastmath<contract> : f32
                  %v3191 = arith.constant 8 : i64
                  %v3192 = arith.addi %v3191, %v34 : i64
                  %v3193 = arith.muli %v3192, %v170 : i64
                  %v3194 = arith.subi %v3125, %v139 : i64
                  %v3195 = arith.addi %v3193, %v3194 : i64
                  %v3196 = llvm.getelementptr %v65[%v3195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3197 = llvm.load %v3196 : !llvm.ptr -> f32
                  %v3198 = arith.negf %v3197 : f32
                  %v3199 = arith.mulf %v3198, %v302 fastmath<contract> : f32
                  %v3200 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3199) : (f32) -> f32
                  %v3201 = arith.addf %v67, %v3200 fastmath<contract> : f32
                  %v3202 = arith.divf %v67, %v3201 : f32
                  %v3203 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3202) : (f32) -> f32
                  %v3204 = arith.mulf %v949, %v3203 fastmath<contract> : f32
                  %v3205 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3204) : (f32) -> f32
                  %v3206 = arith.mulf %v3045, %v3170 fastmath<contract> : f32
                  %v3207 = arith.mulf %v307, %v3206 fastmath<contract> : f32
                  %v3208 = arith.mulf %v3205, %v3207 fastmath<contract> : f32
                  %v3209 = arith.subf %v67, %v3202 fastmath<contract> : f32
                  %v3210 = arith.mulf %v3202, %v3209 fastmath<contract> : f32
                  %v3211 = arith.mulf %v3208, %v3210 fastmath<contract> : f32
                  %v3212 = arith.select %v38, %v3157, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3213, %v3214 = gpu.shuffle xor %v3212, %v981, %v292 : f32
                  %v3215 = arith.addf %v3212, %v3213 fastmath<contract> : f32
                  %v3216, %v3217 = gpu.shuffle xor %v3215, %v985, %v292 : f32
                  %v3218 = arith.addf %v3215, %v3216 fastmath<contract> : f32
                  %v3219 = arith.divui %v24, %v26 : i64
                  %v3220 = arith.remui %v24, %v26 : i64
                  %v3221 = arith.cmpi ult, %v3220, %v33 : i64
                  %v3222 = arith.addi %v12, %v34 : i64
                  %v3223 = arith.muli %v3219, %v1 : i64
                  %v3224 = arith.addi %v3223, %v3222 : i64
                  %v3225 = arith.muli %v3224, %v995 : i64
                  %v3226 = arith.addi %v3225, %v3124 : i64
                  scf.if %v3221 {
                    %v3227 = llvm.getelementptr %v55[%v3226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3218, %v3227 : f32, !llvm.ptr
                  }
                  %v3228 = arith.select %v38, %v3158, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3229, %v3230 = gpu.shuffle xor %v3228, %v981, %v292 : f32
                  %v3231 = arith.addf %v3228, %v3229 fastmath<contract> : f32
                  %v3232, %v3233 = gpu.shuffle xor %v3231, %v985, %v292 : f32
                  %v3234 = arith.addf %v3231, %v3232 fastmath<contract> : f32
                  %v3235 = arith.divui %v24, %v26 : i64
                  %v3236 = arith.remui %v24, %v26 : i64
                  %v3237 = arith.cmpi ult, %v3236, %v33 : i64
                  %v3238 = arith.addi %v33, %v34 : i64
                  %v3239 = arith.muli %v3235, %v1 : i64
                  %v3240 = arith.addi %v3239, %v3238 : i64
                  %v3241 = arith.muli %v3240, %v995 : i64
                  %v3242 = arith.addi %v3241, %v3124 : i64
                  scf.if %v3237 {
                    %v3243 = llvm.getelementptr %v55[%v3242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3234, %v3243 : f32, !llvm.ptr
                  }
                  %v3244 = arith.select %v38, %v3169, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3245, %v3246 = gpu.shuffle xor %v3244, %v981, %v292 : f32
                  %v3247 = arith.addf %v3244, %v3245 fastmath<contract> : f32
                  %v3248, %v3249 = gpu.shuffle xor %v3247, %v985, %v292 : f32
                  %v3250 = arith.addf %v3247, %v3248 fastmath<contract> : f32
                  %v3251 = arith.divui %v24, %v26 : i64
                  %v3252 = arith.remui %v24, %v26 : i64
                  %v3253 = arith.cmpi ult, %v3252, %v33 : i64
                  %v3254 = arith.addi %v12, %v34 : i64
                  %v3255 = arith.muli %v3251, %v1 : i64
                  %v3256 = arith.addi %v3255, %v3254 : i64
                  %v3257 = arith.muli %v3256, %v995 : i64
                  %v3258 = arith.addi %v3257, %v3124 : i64
                  scf.if %v3253 {
                    %v3259 = llvm.getelementptr %v57[%v3258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3250, %v3259 : f32, !llvm.ptr
                  }
                  %v3260 = arith.select %v38, %v3171, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3261, %v3262 = gpu.shuffle xor %v3260, %v981, %v292 : f32
                  %v3263 = arith.addf %v3260, %v3261 fastmath<contract> : f32
                  %v3264, %v3265 = gpu.shuffle xor %v3263, %v985, %v292 : f32
                  %v3266 = arith.addf %v3263, %v3264 fastmath<contract> : f32
                  %v3267 = arith.divui %v24, %v26 : i64
                  %v3268 = arith.remui %v24, %v26 : i64
                  %v3269 = arith.cmpi ult, %v3268, %v33 : i64
                  %v3270 = arith.addi %v33, %v34 : i64
                  %v3271 = arith.muli %v3267, %v1 : i64
                  %v3272 = arith.addi %v3271, %v3270 : i64
                  %v3273 = arith.muli %v3272, %v995 : i64
                  %v3274 = arith.addi %v3273, %v3124 : i64
                  scf.if %v3269 {
                    %v3275 = llvm.getelementptr %v57[%v3274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3266, %v3275 : f32, !llvm.ptr
                  }
                  %v3276 = arith.select %v38, %v3190, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3277, %v3278 = gpu.shuffle xor %v3276, %v981, %v292 : f32
                  %v3279 = arith.addf %v3276, %v3277 fastmath<contract> : f32
                  %v3280, %v3281 = gpu.shuffle xor %v3279, %v985, %v292 : f32
                  %v3282 = arith.addf %v3279, %v3280 fastmath<contract> : f32
                  %v3283 = arith.divui %v24, %v26 : i64
                  %v3284 = arith.remui %v24, %v26 : i64
                  %v3285 = arith.cmpi ult, %v3284, %v33 : i64
                  %v3286 = arith.addi %v12, %v34 : i64
                  %v3287 = arith.muli %v3283, %v1 : i64
                  %v3288 = arith.addi %v3287, %v3286 : i64
                  %v3289 = arith.muli %v3288, %v995 : i64
                  %v3290 = arith.addi %v3289, %v3124 : i64
                  scf.if %v3285 {
                    %v3291 = llvm.getelementptr %v59[%v3290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3282, %v3291 : f32, !llvm.ptr
                  }
                  %v3292 = arith.select %v38, %v3211, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3293, %v3294 = gpu.shuffle xor %v3292, %v981, %v292 : f32
                  %v3295 = arith.addf %v3292, %v3293 fastmath<contract> : f32
                  %v3296, %v3297 = gpu.shuffle xor %v3295, %v985, %v292 : f32
                  %v3298 = arith.addf %v3295, %v3296 fastmath<contract> : f32
                  %v3299 = arith.divui %v24, %v26 : i64
                  %v3300 = arith.remui %v24, %v26 : i64
                  %v3301 = arith.cmpi ult, %v3300, %v33 : i64
                  %v3302 = arith.addi %v33, %v34 : i64
                  %v3303 = arith.muli %v3299, %v1 : i64
                  %v3304 = arith.addi %v3303, %v3302 : i64
                  %v3305 = arith.muli %v3304, %v995 : i64
                  %v3306 = arith.addi %v3305, %v3124 : i64
                  scf.if %v3301 {
                    %v3307 = llvm.getelementptr %v59[%v3306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3298, %v3307 : f32, !llvm.ptr
                  }
                  %v3308 = arith.muli %v34, %v170 : i64
                  %v3309 = arith.subi %v3125, %v139 : i64
                  %v3310 = arith.addi %v3308, %v3309 : i64
                  %v3311 = llvm.getelementptr %v63[%v3310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3312 = llvm.load %v3311 : !llvm.ptr -> f32
                  %v3313 = arith.mulf %v3312, %v3168 fastmath<contract> : f32
                  %v3314 = arith.constant 8 : i64
                  %v3315 = arith.addi %v3314, %v34 : i64
                  %v3316 = arith.muli %v3315, %v170 : i64
                  %v3317 = arith.subi %v3125, %v139 : i64
                  %v3318 = arith.addi %v3316, %v3317 : i64
                  %v3319 = llvm.getelementptr %v63[%v3318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3320 = llvm.load %v3319 : !llvm.ptr -> f32
                  %v3321 = arith.mulf %v3320, %v3170 fastmath<contract> : f32
                  %v3322 = arith.addf %v3313, %v3321 fastmath<contract> : f32
                  llvm.store %v3322, %v3104 : f32, !llvm.ptr
                  %v3323 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3181) : (f32) -> f32
                  %v3324 = arith.mulf %v307, %v3323 fastmath<contract> : f32
                  %v3325 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3324) : (f32) -> f32
                  llvm.store %v3325, %v52 : f32, !llvm.ptr
                  %v3326 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3202) : (f32) -> f32
                  %v3327 = arith.mulf %v307, %v3326 fastmath<contract> : f32
                  %v3328 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3327) : (f32) -> f32
                  llvm.store %v3328, %v53 : f32, !llvm.ptr
                }
                %v3329 = llvm.load %v3104 : !llvm.ptr -> f32
                %v3330 = arith.addi %v375, %v752 : i64
                %v3331 = arith.cmpi slt, %v1102, %v3115 : i32
                %v3332 = arith.cmpi eq, %v1102, %v3120 : i32
                %v3333 = arith.addi %v377, %v2 : i64
                llvm.store %v66, %v3104 : f32, !llvm.ptr
                scf.if %v3331 {
                  %v3334 = arith.addi %v139, %v3330 : i64
                  %v3335 = arith.muli %v34, %v170 : i64
                  %v3336 = arith.subi %v3334, %v139 : i64
                  %v3337 = arith.addi %v3335, %v3336 : i64
                  %v3338 = llvm.getelementptr %v61[%v3337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3339 = llvm.load %v3338 : !llvm.ptr -> f32
                  %v3340 = arith.muli %v48, %v318 : i64
                  %v3341 = arith.muli %v3334, %v317 : i64
                  %v3342 = arith.addi %v3340, %v3341 : i64
                  %v3343 = arith.muli %v46, %v316 : i64
                  %v3344 = arith.addi %v3342, %v3343 : i64
                  %v3345 = arith.muli %v44, %v2 : i64
                  %v3346 = arith.addi %v3344, %v3345 : i64
                  %v3347 = llvm.getelementptr %dy_o[%v3346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3348 = llvm.load %v3347 : !llvm.ptr -> f32
                  %v3349 = arith.mulf %v3339, %v3348 fastmath<contract> : f32
                  %v3350 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3351 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3352 = arith.mulf %v3351, %v3350 fastmath<contract> : f32
                  %v3353 = arith.addf %v3349, %v3352 fastmath<contract> : f32
                  llvm.store %v3353, %v50 : f32, !llvm.ptr
                  %v3354 = arith.constant 8 : i64
                  %v3355 = arith.addi %v3354, %v34 : i64
                  %v3356 = arith.muli %v3355, %v170 : i64
                  %v3357 = arith.subi %v3334, %v139 : i64
                  %v3358 = arith.addi %v3356, %v3357 : i64
                  %v3359 = llvm.getelementptr %v61[%v3358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3360 = llvm.load %v3359 : !llvm.ptr -> f32
                  %v3361 = arith.mulf %v3360, %v3348 fastmath<contract> : f32
                  %v3362 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3363 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3364 = arith.mulf %v3363, %v3362 fastmath<contract> : f32
                  %v3365 = arith.addf %v3361, %v3364 fastmath<contract> : f32
                  llvm.store %v3365, %v51 : f32, !llvm.ptr
                  %v3366 = arith.mulf %v3020, %v3348 fastmath<contract> : f32
                  %v3367 = arith.mulf %v3045, %v3348 fastmath<contract> : f32
                  %v3368 = arith.muli %v48, %v318 : i64
                  %v3369 = arith.muli %v3334, %v317 : i64
                  %v3370 = arith.addi %v3368, %v3369 : i64
                  %v3371 = arith.muli %v46, %v316 : i64
                  %v3372 = arith.addi %v3370, %v3371 : i64
                  %v3373 = arith.muli %v44, %v2 : i64
                  %v3374 = arith.addi %v3372, %v3373 : i64
                  %v3375 = llvm.getelementptr %in_v[%v3374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3376 = llvm.load %v3375 : !llvm.ptr -> f32
                  %v3377 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3378 = arith.mulf %v3376, %v3377 fastmath<contract> : f32
                  %v3379 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3380 = arith.mulf %v3376, %v3379 fastmath<contract> : f32
                  %v3381 = arith.muli %v34, %v170 : i64
                  %v3382 = arith.subi %v3334, %v139 : i64
                  %v3383 = arith.addi %v3381, %v3382 : i64
                  %v3384 = llvm.getelementptr %v65[%v3383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3385 = llvm.load %v3384 : !llvm.ptr -> f32
                  %v3386 = arith.negf %v3385 : f32
                  %v3387 = arith.mulf %v3386, %v302 fastmath<contract> : f32
                  %v3388 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3387) : (f32) -> f32
                  %v3389 = arith.addf %v67, %v3388 fastmath<contract> : f32
                  %v3390 = arith.divf %v67, %v3389 : f32
                  %v3391 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3390) : (f32) -> f32
                  %v3392 = arith.mulf %v949, %v3391 fastmath<contract> : f32
                  %v3393 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3392) : (f32) -> f32
                  %v3394 = arith.mulf %v2962, %v3377 fastmath<contract> : f32
                  %v3395 = arith.mulf %v307, %v3394 fastmath<contract> : f32
                  %v3396 = arith.mulf %v3393, %v3395 fastmath<contract> : f32
                  %v3397 = arith.subf %v67, %v3390 fastmath<contract> : f32
                  %v3398 = arith.mulf %v3390, %v3397 fastmath<contract> : f32
                  %v3399 = arith.mulf %v3396, %v3398 fastmath<contract> : f32
                  %v3400 = arith.constant 8 : i64
                  %v3401 = arith.addi %v3400, %v34 : i64
                  %v3402 = arith.muli %v3401, %v170 : i64
                  %v3403 = arith.subi %v3334, %v139 : i64
                  %v3404 = arith.addi %v3402, %v3403 : i64
                  %v3405 = llvm.getelementptr %v65[%v3404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3406 = llvm.load %v3405 : !llvm.ptr -> f32
                  %v3407 = arith.negf %v3406 : f32
                  %v3408 = arith.mulf %v3407, %v302 fastmath<contract> : f32
                  %v3409 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3408) : (f32) -> f32
                  %v3410 = arith.addf %v67, %v3409 fastmath<contract> : f32
                  %v3411 = arith.divf %v67, %v3410 : f32
                  %v3412 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3411) : (f32) -> f32
                  %v3413 = arith.mulf %v949, %v3412 fastmath<contract> : f32
                  %v3414 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3413) : (f32) -> f32
                  %v3415 = arith.mulf %v2987, %v3379 fastmath<contract> : f32
                  %v3416 = arith.mulf %v307, %v3415 fastmath<contract> : f32
                  %v3417 = arith.mulf %v3414, %v3416 fastmath<contract> : f32
                  %v3418 = arith.subf %v67, %v3411 fastmath<contract> : f32
                  %v3419 = arith.mulf %v3411, %v3418 fastmath<contract> : f32
                  %v3420 = arith.mulf %v3417, %v3419 fastmath<contract> : f32
                  %v3421 = arith.select %v38, %v3366, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3422, %v3423 = gpu.shuffle xor %v3421, %v981, %v292 : f32
                  %v3424 = arith.addf %v3421, %v3422 fastmath<contract> : f32
                  %v3425, %v3426 = gpu.shuffle xor %v3424, %v985, %v292 : f32
                  %v3427 = arith.addf %v3424, %v3425 fastmath<contract> : f32
                  %v3428 = arith.divui %v24, %v26 : i64
                  %v3429 = arith.remui %v24, %v26 : i64
                  %v3430 = arith.cmpi ult, %v3429, %v33 : i64
                  %v3431 = arith.addi %v12, %v34 : i64
                  %v3432 = arith.muli %v3428, %v1 : i64
                  %v3433 = arith.addi %v3432, %v3431 : i64
                  %v3434 = arith.muli %v3433, %v995 : i64
                  %v3435 = arith.addi %v3434, %v3333 : i64
                  scf.if %v3430 {
                    %v3436 = llvm.getelementptr %v55[%v3435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3427, %v3436 : f32, !llvm.ptr
                  }
                  %v3437 = arith.select %v38, %v3367, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3438, %v3439 = gpu.shuffle xor %v3437, %v981, %v292 : f32
                  %v3440 = arith.addf %v3437, %v3438 fastmath<contract> : f32
                  %v3441, %v3442 = gpu.shuffle xor %v3440, %v985, %v292 : f32
                  %v3443 = arith.addf %v3440, %v3441 fastmath<contract> : f32
                  %v3444 = arith.divui %v24, %v26 : i64
                  %v3445 = arith.remui %v24, %v26 : i64
                  %v3446 = arith.cmpi ult, %v3445, %v33 : i64
                  %v3447 = arith.addi %v33, %v34 : i64
                  %v3448 = arith.muli %v3444, %v1 : i64
                  %v3449 = arith.addi %v3448, %v3447 : i64
                  %v3450 = arith.muli %v3449, %v995 : i64
                  %v3451 = arith.addi %v3450, %v3333 : i64
                  scf.if %v3446 {
                    %v3452 = llvm.getelementptr %v55[%v3451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3443, %v3452 : f32, !llvm.ptr
                  }
                  %v3453 = arith.select %v38, %v3378, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3454, %v3455 = gpu.shuffle xor %v3453, %v981, %v292 : f32
                  %v3456 = arith.addf %v3453, %v3454 fastmath<contract> : f32
                  %v3457, %v3458 = gpu.shuffle xor %v3456, %v985, %v292 : f32
                  %v3459 = arith.addf %v3456, %v3457 fastmath<contract> : f32
                  %v3460 = arith.divui %v24, %v26 : i64
                  %v3461 = arith.remui %v24, %v26 : i64
                  %v3462 = arith.cmpi ult, %v3461, %v33 : i64
                  %v3463 = arith.addi %v12, %v34 : i64
                  %v3464 = arith.muli %v3460, %v1 : i64
                  %v3465 = arith.addi %v3464, %v3463 : i64
                  %v3466 = arith.muli %v3465, %v995 : i64
                  %v3467 = arith.addi %v3466, %v3333 : i64
                  scf.if %v3462 {
                    %v3468 = llvm.getelementptr %v57[%v3467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3459, %v3468 : f32, !llvm.ptr
                  }
                  %v3469 = arith.select %v38, %v3380, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3470, %v3471 = gpu.shuffle xor %v3469, %v981, %v292 : f32
                  %v3472 = arith.addf %v3469, %v3470 fastmath<contract> : f32
                  %v3473, %v3474 = gpu.shuffle xor %v3472, %v985, %v292 : f32
                  %v3475 = arith.addf %v3472, %v3473 fastmath<contract> : f32
                  %v3476 = arith.divui %v24, %v26 : i64
                  %v3477 = arith.remui %v24, %v26 : i64
                  %v3478 = arith.cmpi ult, %v3477, %v33 : i64
                  %v3479 = arith.addi %v33, %v34 : i64
                  %v3480 = arith.muli %v3476, %v1 : i64
                  %v3481 = arith.addi %v3480, %v3479 : i64
                  %v3482 = arith.muli %v3481, %v995 : i64
                  %v3483 = arith.addi %v3482, %v3333 : i64
                  scf.if %v3478 {
                    %v3484 = llvm.getelementptr %v57[%v3483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3475, %v3484 : f32, !llvm.ptr
                  }
                  %v3485 = arith.select %v38, %v3399, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3486, %v3487 = gpu.shuffle xor %v3485, %v981, %v292 : f32
                  %v3488 = arith.addf %v3485, %v3486 fastmath<contract> : f32
                  %v3489, %v3490 = gpu.shuffle xor %v3488, %v985, %v292 : f32
                  %v3491 = arith.addf %v3488, %v3489 fastmath<contract> : f32
                  %v3492 = arith.divui %v24, %v26 : i64
                  %v3493 = arith.remui %v24, %v26 : i64
                  %v3494 = arith.cmpi ult, %v3493, %v33 : i64
                  %v3495 = arith.addi %v12, %v34 : i64
                  %v3496 = arith.muli %v3492, %v1 : i64
                  %v3497 = arith.addi %v3496, %v3495 : i64
                  %v3498 = arith.muli %v3497, %v995 : i64
                  %v3499 = arith.addi %v3498, %v3333 : i64
                  scf.if %v3494 {
                    %v3500 = llvm.getelementptr %v59[%v3499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3491, %v3500 : f32, !llvm.ptr
                  }
                  %v3501 = arith.select %v38, %v3420, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3502, %v3503 = gpu.shuffle xor %v3501, %v981, %v292 : f32
                  %v3504 = arith.addf %v3501, %v3502 fastmath<contract> : f32
                  %v3505, %v3506 = gpu.shuffle xor %v3504, %v985, %v292 : f32
                  %v3507 = arith.addf %v3504, %v3505 fastmath<contract> : f32
                  %v3508 = arith.divui %v24, %v26 : i64
                  %v3509 = arith.remui %v24, %v26 : i64
                  %v3510 = arith.cmpi ult, %v3509, %v33 : i64
                  %v3511 = arith.addi %v33, %v34 : i64
                  %v3512 = arith.muli %v3508, %v1 : i64
                  %v3513 = arith.addi %v3512, %v3511 : i64
                  %v3514 = arith.muli %v3513, %v995 : i64
                  %v3515 = arith.addi %v3514, %v3333 : i64
                  scf.if %v3510 {
                    %v3516 = llvm.getelementptr %v59[%v3515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3507, %v3516 : f32, !llvm.ptr
                  }
                  %v3517 = arith.muli %v34, %v170 : i64
                  %v3518 = arith.subi %v3334, %v139 : i64
                  %v3519 = arith.addi %v3517, %v3518 : i64
                  %v3520 = llvm.getelementptr %v63[%v3519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3521 = llvm.load %v3520 : !llvm.ptr -> f32
                  %v3522 = arith.mulf %v3521, %v3377 fastmath<contract> : f32
                  %v3523 = arith.constant 8 : i64
                  %v3524 = arith.addi %v3523, %v34 : i64
                  %v3525 = arith.muli %v3524, %v170 : i64
                  %v3526 = arith.subi %v3334, %v139 : i64
                  %v3527 = arith.addi %v3525, %v3526 : i64
                  %v3528 = llvm.getelementptr %v63[%v3527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3529 = llvm.load %v3528 : !llvm.ptr -> f32
                  %v3530 = arith.mulf %v3529, %v3379 fastmath<contract> : f32
                  %v3531 = arith.addf %v3522, %v3530 fastmath<contract> : f32
                  llvm.store %v3531, %v3104 : f32, !llvm.ptr
                  %v3532 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3390) : (f32) -> f32
                  %v3533 = arith.mulf %v307, %v3532 fastmath<contract> : f32
                  %v3534 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3533) : (f32) -> f32
                  llvm.store %v3534, %v52 : f32, !llvm.ptr
                  %v3535 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3411) : (f32) -> f32
                  %v3536 = arith.mulf %v307, %v3535 fastmath<contract> : f32
                  %v3537 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3536) : (f32) -> f32
                  llvm.store %v3537, %v53 : f32, !llvm.ptr
                }
                %v3538 = llvm.load %v3104 : !llvm.ptr -> f32
                %v3539 = arith.select %v3107, %v3538, %v3329 : f32
                %v3540 = arith.select %v3107, %v3329, %v3538 : f32
                %v3541, %v3542 = gpu.shuffle xor %v3539, %v1313, %v292 : f32
                %v3543 = arith.addf %v3540, %v3541 fastmath<contract> : f32
                %v3544 = arith.addi %v375, %v693 : i64
                %v3545 = arith.cmpi slt, %v1318, %v3115 : i32
                %v3546 = arith.cmpi eq, %v1318, %v3120 : i32
                %v3547 = arith.addi %v377, %v79 : i64
                llvm.store %v66, %v3104 : f32, !llvm.ptr
                scf.if %v3545 {
                  %v3548 = arith.addi %v139, %v3544 : i64
                  %v3549 = arith.muli %v34, %v170 : i64
                  %v3550 = arith.subi %v3548, %v139 : i64
                  %v3551 = arith.addi %v3549, %v3550 : i64
                  %v3552 = llvm.getelementptr %v61[%v3551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3553 = llvm.load %v3552 : !llvm.ptr -> f32
                  %v3554 = arith.muli %v48, %v318 : i64
                  %v3555 = arith.muli %v3548, %v317 : i64
                  %v3556 = arith.addi %v3554, %v3555 : i64
                  %v3557 = arith.muli %v46, %v316 : i64
                  %v3558 = arith.addi %v3556, %v3557 : i64
                  %v3559 = arith.muli %v44, %v2 : i64
                  %v3560 = arith.addi %v3558, %v3559 : i64
                  %v3561 = llvm.getelementptr %dy_o[%v3560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3562 = llvm.load %v3561 : !llvm.ptr -> f32
                  %v3563 = arith.mulf %v3553, %v3562 fastmath<contract> : f32
                  %v3564 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3565 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3566 = arith.mulf %v3565, %v3564 fastmath<contract> : f32
                  %v3567 = arith.addf %v3563, %v3566 fastmath<contract> : f32
                  llvm.store %v3567, %v50 : f32, !llvm.ptr
                  %v3568 = arith.constant 8 : i64
                  %v3569 = arith.addi %v3568, %v34 : i64
                  %v3570 = arith.muli %v3569, %v170 : i64
                  %v3571 = arith.subi %v3548, %v139 : i64
                  %v3572 = arith.addi %v3570, %v3571 : i64
                  %v3573 = llvm.getelementptr %v61[%v3572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3574 = llvm.load %v3573 : !llvm.ptr -> f32
                  %v3575 = arith.mulf %v3574, %v3562 fastmath<contract> : f32
                  %v3576 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3577 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3578 = arith.mulf %v3577, %v3576 fastmath<contract> : f32
                  %v3579 = arith.addf %v3575, %v3578 fastmath<contract> : f32
                  llvm.store %v3579, %v51 : f32, !llvm.ptr
                  %v3580 = arith.mulf %v2962, %v3562 fastmath<contract> : f32
                  %v3581 = arith.mulf %v2987, %v3562 fastmath<contract> : f32
                  %v3582 = arith.muli %v48, %v318 : i64
                  %v3583 = arith.muli %v3548, %v317 : i64
                  %v3584 = arith.addi %v3582, %v3583 : i64
                  %v3585 = arith.muli %v46, %v316 : i64
                  %v3586 = arith.addi %v3584, %v3585 : i64
                  %v3587 = arith.muli %v44, %v2 : i64
                  %v3588 = arith.addi %v3586, %v3587 : i64
                  %v3589 = llvm.getelementptr %in_v[%v3588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3590 = llvm.load %v3589 : !llvm.ptr -> f32
                  %v3591 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3592 = arith.mulf %v3590, %v3591 fastmath<contract> : f32
                  %v3593 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3594 = arith.mulf %v3590, %v3593 fastmath<contract> : f32
                  %v3595 = arith.muli %v34, %v170 : i64
                  %v3596 = arith.subi %v3548, %v139 : i64
                  %v3597 = arith.addi %v3595, %v3596 : i64
                  %v3598 = llvm.getelementptr %v65[%v3597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3599 = llvm.load %v3598 : !llvm.ptr -> f32
                  %v3600 = arith.negf %v3599 : f32
                  %v3601 = arith.mulf %v3600, %v302 fastmath<contract> : f32
                  %v3602 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3601) : (f32) -> f32
                  %v3603 = arith.addf %v67, %v3602 fastmath<contract> : f32
                  %v3604 = arith.divf %v67, %v3603 : f32
                  %v3605 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3604) : (f32) -> f32
                  %v3606 = arith.mulf %v949, %v3605 fastmath<contract> : f32
                  %v3607 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3606) : (f32) -> f32
                  %v3608 = arith.mulf %v2904, %v3591 fastmath<contract> : f32
                  %v3609 = arith.mulf %v307, %v3608 fastmath<contract> : f32
                  %v3610 = arith.mulf %v3607, %v3609 fastmath<contract> : f32
                  %v3611 = arith.subf %v67, %v3604 fastmath<contract> : f32
                  %v3612 = arith.mulf %v3604, %v3611 fastmath<contract> : f32
                  %v3613 = arith.mulf %v3610, %v3612 fastmath<contract> : f32
                  %v3614 = arith.constant 8 : i64
                  %v3615 = arith.addi %v3614, %v34 : i64
                  %v3616 = arith.muli %v3615, %v170 : i64
                  %v3617 = arith.subi %v3548, %v139 : i64
                  %v3618 = arith.addi %v3616, %v3617 : i64
                  %v3619 = llvm.getelementptr %v65[%v3618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3620 = llvm.load %v3619 : !llvm.ptr -> f32
                  %v3621 = arith.negf %v3620 : f32
                  %v3622 = arith.mulf %v3621, %v302 fastmath<contract> : f32
                  %v3623 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3622) : (f32) -> f32
                  %v3624 = arith.addf %v67, %v3623 fastmath<contract> : f32
                  %v3625 = arith.divf %v67, %v3624 : f32
                  %v3626 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3625) : (f32) -> f32
                  %v3627 = arith.mulf %v949, %v3626 fastmath<contract> : f32
                  %v3628 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3627) : (f32) -> f32
                  %v3629 = arith.mulf %v2929, %v3593 fastmath<contract> : f32
                  %v3630 = arith.mulf %v307, %v3629 fastmath<contract> : f32
                  %v3631 = arith.mulf %v3628, %v3630 fastmath<contract> : f32
                  %v3632 = arith.subf %v67, %v3625 fastmath<contract> : f32
                  %v3633 = arith.mulf %v3625, %v3632 fastmath<contract> : f32
                  %v3634 = arith.mulf %v3631, %v3633 fastmath<contract> : f32
                  %v3635 = arith.select %v38, %v3580, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3636, %v3637 = gpu.shuffle xor %v3635, %v981, %v292 : f32
                  %v3638 = arith.addf %v3635, %v3636 fastmath<contract> : f32
                  %v3639, %v3640 = gpu.shuffle xor %v3638, %v985, %v292 : f32
                  %v3641 = arith.addf %v3638, %v3639 fastmath<contract> : f32
                  %v3642 = arith.divui %v24, %v26 : i64
                  %v3643 = arith.remui %v24, %v26 : i64
                  %v3644 = arith.cmpi ult, %v3643, %v33 : i64
                  %v3645 = arith.addi %v12, %v34 : i64
                  %v3646 = arith.muli %v3642, %v1 : i64
                  %v3647 = arith.addi %v3646, %v3645 : i64
                  %v3648 = arith.muli %v3647, %v995 : i64
                  %v3649 = arith.addi %v3648, %v3547 : i64
                  scf.if %v3644 {
                    %v3650 = llvm.getelementptr %v55[%v3649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3641, %v3650 : f32, !llvm.ptr
                  }
                  %v3651 = arith.select %v38, %v3581, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3652, %v3653 = gpu.shuffle xor %v3651, %v981, %v292 : f32
                  %v3654 = arith.addf %v3651, %v3652 fastmath<contract> : f32
                  %v3655, %v3656 = gpu.shuffle xor %v3654, %v985, %v292 : f32
                  %v3657 = arith.addf %v3654, %v3655 fastmath<contract> : f32
                  %v3658 = arith.divui %v24, %v26 : i64
                  %v3659 = arith.remui %v24, %v26 : i64
                  %v3660 = arith.cmpi ult, %v3659, %v33 : i64
                  %v3661 = arith.addi %v33, %v34 : i64
                  %v3662 = arith.muli %v3658, %v1 : i64
                  %v3663 = arith.addi %v3662, %v3661 : i64
                  %v3664 = arith.muli %v3663, %v995 : i64
                  %v3665 = arith.addi %v3664, %v3547 : i64
                  scf.if %v3660 {
                    %v3666 = llvm.getelementptr %v55[%v3665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3657, %v3666 : f32, !llvm.ptr
                  }
                  %v3667 = arith.select %v38, %v3592, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3668, %v3669 = gpu.shuffle xor %v3667, %v981, %v292 : f32
                  %v3670 = arith.addf %v3667, %v3668 fastmath<contract> : f32
                  %v3671, %v3672 = gpu.shuffle xor %v3670, %v985, %v292 : f32
                  %v3673 = arith.addf %v3670, %v3671 fastmath<contract> : f32
                  %v3674 = arith.divui %v24, %v26 : i64
                  %v3675 = arith.remui %v24, %v26 : i64
                  %v3676 = arith.cmpi ult, %v3675, %v33 : i64
                  %v3677 = arith.addi %v12, %v34 : i64
                  %v3678 = arith.muli %v3674, %v1 : i64
                  %v3679 = arith.addi %v3678, %v3677 : i64
                  %v3680 = arith.muli %v3679, %v995 : i64
                  %v3681 = arith.addi %v3680, %v3547 : i64
                  scf.if %v3676 {
                    %v3682 = llvm.getelementptr %v57[%v3681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3673, %v3682 : f32, !llvm.ptr
                  }
                  %v3683 = arith.select %v38, %v3594, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3684, %v3685 = gpu.shuffle xor %v3683, %v981, %v292 : f32
                  %v3686 = arith.addf %v3683, %v3684 fastmath<contract> : f32
                  %v3687, %v3688 = gpu.shuffle xor %v3686, %v985, %v292 : f32
                  %v3689 = arith.addf %v3686, %v3687 fastmath<contract> : f32
                  %v3690 = arith.divui %v24, %v26 : i64
                  %v3691 = arith.remui %v24, %v26 : i64
                  %v3692 = arith.cmpi ult, %v3691, %v33 : i64
                  %v3693 = arith.addi %v33, %v34 : i64
                  %v3694 = arith.muli %v3690, %v1 : i64
                  %v3695 = arith.addi %v3694, %v3693 : i64
                  %v3696 = arith.muli %v3695, %v995 : i64
                  %v3697 = arith.addi %v3696, %v3547 : i64
                  scf.if %v3692 {
                    %v3698 = llvm.getelementptr %v57[%v3697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3689, %v3698 : f32, !llvm.ptr
                  }
                  %v3699 = arith.select %v38, %v3613, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3700, %v3701 = gpu.shuffle xor %v3699, %v981, %v292 : f32
                  %v3702 = arith.addf %v3699, %v3700 fastmath<contract> : f32
                  %v3703, %v3704 = gpu.shuffle xor %v3702, %v985, %v292 : f32
                  %v3705 = arith.addf %v3702, %v3703 fastmath<contract> : f32
                  %v3706 = arith.divui %v24, %v26 : i64
                  %v3707 = arith.remui %v24, %v26 : i64
                  %v3708 = arith.cmpi ult, %v3707, %v33 : i64
                  %v3709 = arith.addi %v12, %v34 : i64
                  %v3710 = arith.muli %v3706, %v1 : i64
                  %v3711 = arith.addi %v3710, %v3709 : i64
                  %v3712 = arith.muli %v3711, %v995 : i64
                  %v3713 = arith.addi %v3712, %v3547 : i64
                  scf.if %v3708 {
                    %v3714 = llvm.getelementptr %v59[%v3713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3705, %v3714 : f32, !llvm.ptr
                  }
                  %v3715 = arith.select %v38, %v3634, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3716, %v3717 = gpu.shuffle xor %v3715, %v981, %v292 : f32
                  %v3718 = arith.addf %v3715, %v3716 fastmath<contract> : f32
                  %v3719, %v3720 = gpu.shuffle xor %v3718, %v985, %v292 : f32
                  %v3721 = arith.addf %v3718, %v3719 fastmath<contract> : f32
                  %v3722 = arith.divui %v24, %v26 : i64
                  %v3723 = arith.remui %v24, %v26 : i64
                  %v3724 = arith.cmpi ult, %v3723, %v33 : i64
                  %v3725 = arith.addi %v33, %v34 : i64
                  %v3726 = arith.muli %v3722, %v1 : i64
                  %v3727 = arith.addi %v3726, %v3725 : i64
                  %v3728 = arith.muli %v3727, %v995 : i64
                  %v3729 = arith.addi %v3728, %v3547 : i64
                  scf.if %v3724 {
                    %v3730 = llvm.getelementptr %v59[%v3729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3721, %v3730 : f32, !llvm.ptr
                  }
                  %v3731 = arith.muli %v34, %v170 : i64
                  %v3732 = arith.subi %v3548, %v139 : i64
                  %v3733 = arith.addi %v3731, %v3732 : i64
                  %v3734 = llvm.getelementptr %v63[%v3733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3735 = llvm.load %v3734 : !llvm.ptr -> f32
                  %v3736 = arith.mulf %v3735, %v3591 fastmath<contract> : f32
                  %v3737 = arith.constant 8 : i64
                  %v3738 = arith.addi %v3737, %v34 : i64
                  %v3739 = arith.muli %v3738, %v170 : i64
                  %v3740 = arith.subi %v3548, %v139 : i64
                  %v3741 = arith.addi %v3739, %v3740 : i64
                  %v3742 = llvm.getelementptr %v63[%v3741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3743 = llvm.load %v3742 : !llvm.ptr -> f32
                  %v3744 = arith.mulf %v3743, %v3593 fastmath<contract> : f32
                  %v3745 = arith.addf %v3736, %v3744 fastmath<contract> : f32
                  llvm.store %v3745, %v3104 : f32, !llvm.ptr
                  %v3746 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3604) : (f32) -> f32
                  %v3747 = arith.mulf %v307, %v3746 fastmath<contract> : f32
                  %v3748 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3747) : (f32) -> f32
                  llvm.store %v3748, %v52 : f32, !llvm.ptr
                  %v3749 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3625) : (f32) -> f32
                  %v3750 = arith.mulf %v307, %v3749 fastmath<contract> : f32
                  %v3751 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3750) : (f32) -> f32
                  llvm.store %v3751, %v53 : f32, !llvm.ptr
                }
                %v3752 = llvm.load %v3104 : !llvm.ptr -> f32
                %v3753 = arith.addi %v375, %v634 : i64
                %v3754 = arith.cmpi slt, %v1528, %v3115 : i32
                %v3755 = arith.cmpi eq, %v1528, %v3120 : i32
                %v3756 = arith.addi %v377, %v84 : i64
                llvm.store %v66, %v3104 : f32, !llvm.ptr
                scf.if %v3754 {
                  %v3757 = arith.addi %v139, %v3753 : i64
                  %v3758 = arith.muli %v34, %v170 : i64
                  %v3759 = arith.subi %v3757, %v139 : i64
                  %v3760 = arith.addi %v3758, %v3759 : i64
                  %v3761 = llvm.getelementptr %v61[%v3760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3762 = llvm.load %v3761 : !llvm.ptr -> f32
                  %v3763 = arith.muli %v48, %v318 : i64
                  %v3764 = arith.muli %v3757, %v317 : i64
                  %v3765 = arith.addi %v3763, %v3764 : i64
                  %v3766 = arith.muli %v46, %v316 : i64
                  %v3767 = arith.addi %v3765, %v3766 : i64
                  %v3768 = arith.muli %v44, %v2 : i64
                  %v3769 = arith.addi %v3767, %v3768 : i64
                  %v3770 = llvm.getelementptr %dy_o[%v3769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3771 = llvm.load %v3770 : !llvm.ptr -> f32
                  %v3772 = arith.mulf %v3762, %v3771 fastmath<contract> : f32
                  %v3773 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3774 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3775 = arith.mulf %v3774, %v3773 fastmath<contract> : f32
                  %v3776 = arith.addf %v3772, %v3775 fastmath<contract> : f32
                  llvm.store %v3776, %v50 : f32, !llvm.ptr
                  %v3777 = arith.constant 8 : i64
                  %v3778 = arith.addi %v3777, %v34 : i64
                  %v3779 = arith.muli %v3778, %v170 : i64
                  %v3780 = arith.subi %v3757, %v139 : i64
                  %v3781 = arith.addi %v3779, %v3780 : i64
                  %v3782 = llvm.getelementptr %v61[%v3781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3783 = llvm.load %v3782 : !llvm.ptr -> f32
                  %v3784 = arith.mulf %v3783, %v3771 fastmath<contract> : f32
                  %v3785 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3786 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3787 = arith.mulf %v3786, %v3785 fastmath<contract> : f32
                  %v3788 = arith.addf %v3784, %v3787 fastmath<contract> : f32
                  llvm.store %v3788, %v51 : f32, !llvm.ptr
                  %v3789 = arith.mulf %v2904, %v3771 fastmath<contract> : f32
                  %v3790 = arith.mulf %v2929, %v3771 fastmath<contract> : f32
                  %v3791 = arith.muli %v48, %v318 : i64
                  %v3792 = arith.muli %v3757, %v317 : i64
                  %v3793 = arith.addi %v3791, %v3792 : i64
                  %v3794 = arith.muli %v46, %v316 : i64
                  %v3795 = arith.addi %v3793, %v3794 : i64
                  %v3796 = arith.muli %v44, %v2 : i64
                  %v3797 = arith.addi %v3795, %v3796 : i64
                  %v3798 = llvm.getelementptr %in_v[%v3797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3799 = llvm.load %v3798 : !llvm.ptr -> f32
                  %v3800 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3801 = arith.mulf %v3799, %v3800 fastmath<contract> : f32
                  %v3802 = llvm.load %v51 : !llvm.ptr -> f32
                  %v3803 = arith.mulf %v3799, %v3802 fastmath<contract> : f32
                  %v3804 = arith.muli %v34, %v170 : i64
                  %v3805 = arith.subi %v3757, %v139 : i64
                  %v3806 = arith.addi %v3804, %v3805 : i64
                  %v3807 = llvm.getelementptr %v65[%v3806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3808 = llvm.load %v3807 : !llvm.ptr -> f32
                  %v3809 = arith.negf %v3808 : f32
                  %v3810 = arith.mulf %v3809, %v302 fastmath<contract> : f32
                  %v3811 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3810) : (f32) -> f32
                  %v3812 = arith.addf %v67, %v3811 fastmath<contract> : f32
                  %v3813 = arith.divf %v67, %v3812 : f32
                  %v3814 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3813) : (f32) -> f32
                  %v3815 = arith.mulf %v949, %v3814 fastmath<contract> : f32
                  %v3816 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3815) : (f32) -> f32
                  %v3817 = arith.mulf %v2846, %v3800 fastmath<contract> : f32
                  %v3818 = arith.mulf %v307, %v3817 fastmath<contract> : f32
                  %v3819 = arith.mulf %v3816, %v3818 fastmath<contract> : f32
                  %v3820 = arith.subf %v67, %v3813 fastmath<contract> : f32
                  %v3821 = arith.mulf %v3813, %v3820 fastmath<contract> : f32
                  %v3822 = arith.mulf %v3819, %v3821 fastmath<contract> : f32
                  %v3823 = arith.constant 8 : i64
                  %v3824 = arith.addi %v3823, %v34 : i64
                  %v3825 = arith.muli %v3824, %v170 : i64
                  %v3826 = arith.subi %v3757, %v139 : i64
                  %v3827 = arith.addi %v3825, %v3826 : i64
                  %v3828 = llvm.getelementptr %v65[%v3827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3829 = llvm.load %v3828 : !llvm.ptr -> f32
                  %v3830 = arith.negf %v3829 : f32
                  %v3831 = arith.mulf %v3830, %v302 fastmath<contract> : f32
                  %v3832 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3831) : (f32) -> f32
                  %v3833 = arith.addf %v67, %v3832 fastmath<contract> : f32
                  %v3834 = arith.divf %v67, %v3833 : f32
                  %v3835 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3834) : (f32) -> f32
                  %v3836 = arith.mulf %v949, %v3835 fastmath<contract> : f32
                  %v3837 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3836) : (f32) -> f32
                  %v3838 = arith.mulf %v2871, %v3802 fastmath<contract> : f32
                  %v3839 = arith.mulf %v307, %v3838 fastmath<contract> : f32
                  %v3840 = arith.mulf %v3837, %v3839 fastmath<contract> : f32
                  %v3841 = arith.subf %v67, %v3834 fastmath<contract> : f32
                  %v3842 = arith.mulf %v3834, %v3841 fastmath<contract> : f32
                  %v3843 = arith.mulf %v3840, %v3842 fastmath<contract> : f32
                  %v3844 = arith.select %v38, %v3789, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3845, %v3846 = gpu.shuffle xor %v3844, %v981, %v292 : f32
                  %v3847 = arith.addf %v3844, %v3845 fastmath<contract> : f32
                  %v3848, %v3849 = gpu.shuffle xor %v3847, %v985, %v292 : f32
                  %v3850 = arith.addf %v3847, %v3848 fastmath<contract> : f32
                  %v3851 = arith.divui %v24, %v26 : i64
                  %v3852 = arith.remui %v24, %v26 : i64
                  %v3853 = arith.cmpi ult, %v3852, %v33 : i64
                  %v3854 = arith.addi %v12, %v34 : i64
                  %v3855 = arith.muli %v3851, %v1 : i64
                  %v3856 = arith.addi %v3855, %v3854 : i64
                  %v3857 = arith.muli %v3856, %v995 : i64
                  %v3858 = arith.addi %v3857, %v3756 : i64
                  scf.if %v3853 {
                    %v3859 = llvm.getelementptr %v55[%v3858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3850, %v3859 : f32, !llvm.ptr
                  }
                  %v3860 = arith.select %v38, %v3790, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3861, %v3862 = gpu.shuffle xor %v3860, %v981, %v292 : f32
                  %v3863 = arith.addf %v3860, %v3861 fastmath<contract> : f32
                  %v3864, %v3865 = gpu.shuffle xor %v3863, %v985, %v292 : f32
                  %v3866 = arith.addf %v3863, %v3864 fastmath<contract> : f32
                  %v3867 = arith.divui %v24, %v26 : i64
                  %v3868 = arith.remui %v24, %v26 : i64
                  %v3869 = arith.cmpi ult, %v3868, %v33 : i64
                  %v3870 = arith.addi %v33, %v34 : i64
                  %v3871 = arith.muli %v3867, %v1 : i64
                  %v3872 = arith.addi %v3871, %v3870 : i64
                  %v3873 = arith.muli %v3872, %v995 : i64
                  %v3874 = arith.addi %v3873, %v3756 : i64
                  scf.if %v3869 {
                    %v3875 = llvm.getelementptr %v55[%v3874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3866, %v3875 : f32, !llvm.ptr
                  }
                  %v3876 = arith.select %v38, %v3801, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3877, %v3878 = gpu.shuffle xor %v3876, %v981, %v292 : f32
                  %v3879 = arith.addf %v3876, %v3877 fastmath<contract> : f32
                  %v3880, %v3881 = gpu.shuffle xor %v3879, %v985, %v292 : f32
                  %v3882 = arith.addf %v3879, %v3880 fastmath<contract> : f32
                  %v3883 = arith.divui %v24, %v26 : i64
                  %v3884 = arith.remui %v24, %v26 : i64
                  %v3885 = arith.cmpi ult, %v3884, %v33 : i64
                  %v3886 = arith.addi %v12, %v34 : i64
                  %v3887 = arith.muli %v3883, %v1 : i64
                  %v3888 = arith.addi %v3887, %v3886 : i64
                  %v3889 = arith.muli %v3888, %v995 : i64
                  %v3890 = arith.addi %v3889, %v3756 : i64
                  scf.if %v3885 {
                    %v3891 = llvm.getelementptr %v57[%v3890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3882, %v3891 : f32, !llvm.ptr
                  }
                  %v3892 = arith.select %v38, %v3803, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3893, %v3894 = gpu.shuffle xor %v3892, %v981, %v292 : f32
                  %v3895 = arith.addf %v3892, %v3893 fastmath<contract> : f32
                  %v3896, %v3897 = gpu.shuffle xor %v3895, %v985, %v292 : f32
                  %v3898 = arith.addf %v3895, %v3896 fastmath<contract> : f32
                  %v3899 = arith.divui %v24, %v26 : i64
                  %v3900 = arith.remui %v24, %v26 : i64
                  %v3901 = arith.cmpi ult, %v3900, %v33 : i64
                  %v3902 = arith.addi %v33, %v34 : i64
                  %v3903 = arith.muli %v3899, %v1 : i64
                  %v3904 = arith.addi %v3903, %v3902 : i64
                  %v3905 = arith.muli %v3904, %v995 : i64
                  %v3906 = arith.addi %v3905, %v3756 : i64
                  scf.if %v3901 {
                    %v3907 = llvm.getelementptr %v57[%v3906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3898, %v3907 : f32, !llvm.ptr
                  }
                  %v3908 = arith.select %v38, %v3822, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3909, %v3910 = gpu.shuffle xor %v3908, %v981, %v292 : f32
                  %v3911 = arith.addf %v3908, %v3909 fastmath<contract> : f32
                  %v3912, %v3913 = gpu.shuffle xor %v3911, %v985, %v292 : f32
                  %v3914 = arith.addf %v3911, %v3912 fastmath<contract> : f32
                  %v3915 = arith.divui %v24, %v26 : i64
                  %v3916 = arith.remui %v24, %v26 : i64
                  %v3917 = arith.cmpi ult, %v3916, %v33 : i64
                  %v3918 = arith.addi %v12, %v34 : i64
                  %v3919 = arith.muli %v3915, %v1 : i64
                  %v3920 = arith.addi %v3919, %v3918 : i64
                  %v3921 = arith.muli %v3920, %v995 : i64
                  %v3922 = arith.addi %v3921, %v3756 : i64
                  scf.if %v3917 {
                    %v3923 = llvm.getelementptr %v59[%v3922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3914, %v3923 : f32, !llvm.ptr
                  }
                  %v3924 = arith.select %v38, %v3843, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v3925, %v3926 = gpu.shuffle xor %v3924, %v981, %v292 : f32
                  %v3927 = arith.addf %v3924, %v3925 fastmath<contract> : f32
                  %v3928, %v3929 = gpu.shuffle xor %v3927, %v985, %v292 : f32
                  %v3930 = arith.addf %v3927, %v3928 fastmath<contract> : f32
                  %v3931 = arith.divui %v24, %v26 : i64
                  %v3932 = arith.remui %v24, %v26 : i64
                  %v3933 = arith.cmpi ult, %v3932, %v33 : i64
                  %v3934 = arith.addi %v33, %v34 : i64
                  %v3935 = arith.muli %v3931, %v1 : i64
                  %v3936 = arith.addi %v3935, %v3934 : i64
                  %v3937 = arith.muli %v3936, %v995 : i64
                  %v3938 = arith.addi %v3937, %v3756 : i64
                  scf.if %v3933 {
                    %v3939 = llvm.getelementptr %v59[%v3938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3930, %v3939 : f32, !llvm.ptr
                  }
                  %v3940 = arith.muli %v34, %v170 : i64
                  %v3941 = arith.subi %v3757, %v139 : i64
                  %v3942 = arith.addi %v3940, %v3941 : i64
                  %v3943 = llvm.getelementptr %v63[%v3942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3944 = llvm.load %v3943 : !llvm.ptr -> f32
                  %v3945 = arith.mulf %v3944, %v3800 fastmath<contract> : f32
                  %v3946 = arith.constant 8 : i64
                  %v3947 = arith.addi %v3946, %v34 : i64
                  %v3948 = arith.muli %v3947, %v170 : i64
                  %v3949 = arith.subi %v3757, %v139 : i64
                  %v3950 = arith.addi %v3948, %v3949 : i64
                  %v3951 = llvm.getelementptr %v63[%v3950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3952 = llvm.load %v3951 : !llvm.ptr -> f32
                  %v3953 = arith.mulf %v3952, %v3802 fastmath<contract> : f32
                  %v3954 = arith.addf %v3945, %v3953 fastmath<contract> : f32
                  llvm.store %v3954, %v3104 : f32, !llvm.ptr
                  %v3955 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3813) : (f32) -> f32
                  %v3956 = arith.mulf %v307, %v3955 fastmath<contract> : f32
                  %v3957 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3956) : (f32) -> f32
                  llvm.store %v3957, %v52 : f32, !llvm.ptr
                  %v3958 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3834) : (f32) -> f32
                  %v3959 = arith.mulf %v307, %v3958 fastmath<contract> : f32
                  %v3960 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3959) : (f32) -> f32
                  llvm.store %v3960, %v53 : f32, !llvm.ptr
                }
                %v3961 = llvm.load %v3104 : !llvm.ptr -> f32
                %v3962 = arith.select %v3107, %v3961, %v3752 : f32
                %v3963 = arith.select %v3107, %v3752, %v3961 : f32
                %v3964, %v3965 = gpu.shuffle xor %v3962, %v1313, %v292 : f32
                %v3966 = arith.addf %v3963, %v3964 fastmath<contract> : f32
                %v3967 = arith.select %v3110, %v3966, %v3543 : f32
                %v3968 = arith.select %v3110, %v3543, %v3966 : f32
                %v3969, %v3970 = gpu.shuffle xor %v3967, %v1744, %v292 : f32
                %v3971 = arith.addf %v3968, %v3969 fastmath<contract> : f32
                %v3972 = arith.addi %v375, %v84 : i64
                %v3973 = arith.cmpi slt, %v1749, %v3115 : i32
                %v3974 = arith.cmpi eq, %v1749, %v3120 : i32
                %v3975 = arith.addi %v377, %v634 : i64
                llvm.store %v66, %v3104 : f32, !llvm.ptr
                scf.if %v3973 {
                  %v3976 = arith.addi %v139, %v3972 : i64
                  %v3977 = arith.muli %v34, %v170 : i64
                  %v3978 = arith.subi %v3976, %v139 : i64
                  %v3979 = arith.addi %v3977, %v3978 : i64
                  %v3980 = llvm.getelementptr %v61[%v3979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3981 = llvm.load %v3980 : !llvm.ptr -> f32
                  %v3982 = arith.muli %v48, %v318 : i64
                  %v3983 = arith.muli %v3976, %v317 : i64
                  %v3984 = arith.addi %v3982, %v3983 : i64
                  %v3985 = arith.muli %v46, %v316 : i64
                  %v3986 = arith.addi %v3984, %v3985 : i64
                  %v3987 = arith.muli %v44, %v2 : i64
                  %v3988 = arith.addi %v3986, %v3987 : i64
                  %v3989 = llvm.getelementptr %dy_o[%v3988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3990 = llvm.load %v3989 : !llvm.ptr -> f32
                  %v3991 = arith.mulf %v3981, %v3990 fastmath<contract> : f32
                  %v3992 = llvm.load %v50 : !llvm.ptr -> f32
                  %v3993 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3994 = arith.mulf %v3993, %v3992 fastmath<contract> : f32
                  %v3995 = arith.addf %v3991, %v3994 fastmath<contract> : f32
                  llvm.store %v3995, %v50 : f32, !llvm.ptr
                  %v3996 = arith.constant 8 : i64
                  %v3997 = arith.addi %v3996, %v34 : i64
                  %v3998 = arith.muli %v3997, %v170 : i64
                  %v3999 = arith.subi %v3976, %v139 : i64
                  %v4000 = arith.addi %v3998, %v3999 : i64
                  %v4001 = llvm.getelementptr %v61[%v4000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4002 = llvm.load %v4001 : !llvm.ptr -> f32
                  %v4003 = arith.mulf %v4002, %v3990 fastmath<contract> : f32
                  %v4004 = llvm.load %v51 : !llvm.ptr -> f32
                  %v4005 = llvm.load %v53 : !llvm.ptr -> f32
                  %v4006 = arith.mulf %v4005, %v4004 fastmath<contract> : f32
                  %v4007 = arith.addf %v4003, %v4006 fastmath<contract> : f32
                  llvm.store %v4007, %v51 : f32, !llvm.ptr
                  %v4008 = arith.mulf %v2846, %v3990 fastmath<contract> : f32
                  %v4009 = arith.mulf %v2871, %v3990 fastmath<contract> : f32
                  %v4010 = arith.muli %v48, %v318 : i64
                  %v4011 = arith.muli %v3976, %v317 : i64
                  %v4012 = arith.addi %v4010, %v4011 : i64
                  %v4013 = arith.muli %v46, %v316 : i64
                  %v4014 = arith.addi %v4012, %v4013 : i64
                  %v4015 = arith.muli %v44, %v2 : i64
                  %v4016 = arith.addi %v4014, %v4015 : i64
                  %v4017 = llvm.getelementptr %in_v[%v4016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4018 = llvm.load %v4017 : !llvm.ptr -> f32
                  %v4019 = llvm.load %v50 : !llvm.ptr -> f32
                  %v4020 = arith.mulf %v4018, %v4019 fastmath<contract> : f32
                  %v4021 = llvm.load %v51 : !llvm.ptr -> f32
                  %v4022 = arith.mulf %v4018, %v4021 fastmath<contract> : f32
                  %v4023 = arith.muli %v34, %v170 : i64
                  %v4024 = arith.subi %v3976, %v139 : i64
                  %v4025 = arith.addi %v4023, %v4024 : i64
                  %v4026 = llvm.getelementptr %v65[%v4025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4027 = llvm.load %v4026 : !llvm.ptr -> f32
                  %v4028 = arith.negf %v4027 : f32
                  %v4029 = arith.mulf %v4028, %v302 fastmath<contract> : f32
                  %v4030 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4029) : (f32) -> f32
                  %v4031 = arith.addf %v67, %v4030 fastmath<contract> : f32
                  %v4032 = arith.divf %v67, %v4031 : f32
                  %v4033 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4032) : (f32) -> f32
                  %v4034 = arith.mulf %v949, %v4033 fastmath<contract> : f32
                  %v4035 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4034) : (f32) -> f32
                  %v4036 = arith.mulf %v2788, %v4019 fastmath<contract> : f32
                  %v4037 = arith.mulf %v307, %v4036 fastmath<contract> : f32
                  %v4038 = arith.mulf %v4035, %v4037 fastmath<contract> : f32
                  %v4039 = arith.subf %v67, %v4032 fastmath<contract> : f32
                  %v4040 = arith.mulf %v4032, %v4039 fastmath<contract> : f32
                  %v4041 = arith.mulf %v4038, %v4040 fastmath<contract> : f32
                  %v4042 = arith.constant 8 : i64
                  %v4043 = arith.addi %v4042, %v34 : i64
                  %v4044 = arith.muli %v4043, %v170 : i64
                  %v4045 = arith.subi %v3976, %v139 : i64
                  %v4046 = arith.addi %v4044, %v4045 : i64
                  %v4047 = llvm.getelementptr %v65[%v4046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4048 = llvm.load %v4047 : !llvm.ptr -> f32
                  %v4049 = arith.negf %v4048 : f32
                  %v4050 = arith.mulf %v4049, %v302 fastmath<contract> : f32
                  %v4051 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4050) : (f32) -> f32
                  %v4052 = arith.addf %v67, %v4051 fastmath<contract> : f32
                  %v4053 = arith.divf %v67, %v4052 : f32
                  %v4054 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4053) : (f32) -> f32
                  %v4055 = arith.mulf %v949, %v4054 fastmath<contract> : f32
                  %v4056 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4055) : (f32) -> f32
                  %v4057 = arith.mulf %v2813, %v4021 fastmath<contract> : f32
                  %v4058 = arith.mulf %v307, %v4057 fastmath<contract> : f32
                  %v4059 = arith.mulf %v4056, %v4058 fastmath<contract> : f32
                  %v4060 = arith.subf %v67, %v4053 fastmath<contract> : f32
                  %v4061 = arith.mulf %v4053, %v4060 fastmath<contract> : f32
                  %v4062 = arith.mulf %v4059, %v4061 fastmath<contract> : f32
                  %v4063 = arith.select %v38, %v4008, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4064, %v4065 = gpu.shuffle xor %v4063, %v981, %v292 : f32
                  %v4066 = arith.addf %v4063, %v4064 fastmath<contract> : f32
                  %v4067, %v4068 = gpu.shuffle xor %v4066, %v985, %v292 : f32
                  %v4069 = arith.addf %v4066, %v4067 fastmath<contract> : f32
                  %v4070 = arith.divui %v24, %v26 : i64
                  %v4071 = arith.remui %v24, %v26 : i64
                  %v4072 = arith.cmpi ult, %v4071, %v33 : i64
                  %v4073 = arith.addi %v12, %v34 : i64
                  %v4074 = arith.muli %v4070, %v1 : i64
                  %v4075 = arith.addi %v4074, %v4073 : i64
                  %v4076 = arith.muli %v4075, %v995 : i64
                  %v4077 = arith.addi %v4076, %v3975 : i64
                  scf.if %v4072 {
                    %v4078 = llvm.getelementptr %v55[%v4077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4069, %v4078 : f32, !llvm.ptr
                  }
                  %v4079 = arith.select %v38, %v4009, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4080, %v4081 = gpu.shuffle xor %v4079, %v981, %v292 : f32
                  %v4082 = arith.addf %v4079, %v4080 fastmath<contract> : f32
                  %v4083, %v4084 = gpu.shuffle xor %v4082, %v985, %v292 : f32
                  %v4085 = arith.addf %v4082, %v4083 fastmath<contract> : f32
                  %v4086 = arith.divui %v24, %v26 : i64
                  %v4087 = arith.remui %v24, %v26 : i64
                  %v4088 = arith.cmpi ult, %v4087, %v33 : i64
                  %v4089 = arith.addi %v33, %v34 : i64
                  %v4090 = arith.muli %v4086, %v1 : i64
                  %v4091 = arith.addi %v4090, %v4089 : i64
                  %v4092 = arith.muli %v4091, %v995 : i64
                  %v4093 = arith.addi %v4092, %v3975 : i64
                  scf.if %v4088 {
                    %v4094 = llvm.getelementptr %v55[%v4093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4085, %v4094 : f32, !llvm.ptr
                  }
                  %v4095 = arith.select %v38, %v4020, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4096, %v4097 = gpu.shuffle xor %v4095, %v981, %v292 : f32
                  %v4098 = arith.addf %v4095, %v4096 fastmath<contract> : f32
                  %v4099, %v4100 = gpu.shuffle xor %v4098, %v985, %v292 : f32
                  %v4101 = arith.addf %v4098, %v4099 fastmath<contract> : f32
                  %v4102 = arith.divui %v24, %v26 : i64
                  %v4103 = arith.remui %v24, %v26 : i64
                  %v4104 = arith.cmpi ult, %v4103, %v33 : i64
                  %v4105 = arith.addi %v12, %v34 : i64
                  %v4106 = arith.muli %v4102, %v1 : i64
                  %v4107 = arith.addi %v4106, %v4105 : i64
                  %v4108 = arith.muli %v4107, %v995 : i64
                  %v4109 = arith.addi %v4108, %v3975 : i64
                  scf.if %v4104 {
                    %v4110 = llvm.getelementptr %v57[%v4109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4101, %v4110 : f32, !llvm.ptr
                  }
                  %v4111 = arith.select %v38, %v4022, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4112, %v4113 = gpu.shuffle xor %v4111, %v981, %v292 : f32
                  %v4114 = arith.addf %v4111, %v4112 fastmath<contract> : f32
                  %v4115, %v4116 = gpu.shuffle xor %v4114, %v985, %v292 : f32
                  %v4117 = arith.addf %v4114, %v4115 fastmath<contract> : f32
                  %v4118 = arith.divui %v24, %v26 : i64
                  %v4119 = arith.remui %v24, %v26 : i64
                  %v4120 = arith.cmpi ult, %v4119, %v33 : i64
                  %v4121 = arith.addi %v33, %v34 : i64
                  %v4122 = arith.muli %v4118, %v1 : i64
                  %v4123 = arith.addi %v4122, %v4121 : i64
                  %v4124 = arith.muli %v4123, %v995 : i64
                  %v4125 = arith.addi %v4124, %v3975 : i64
                  scf.if %v4120 {
                    %v4126 = llvm.getelementptr %v57[%v4125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4117, %v4126 : f32, !llvm.ptr
                  }
                  %v4127 = arith.select %v38, %v4041, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4128, %v4129 = gpu.shuffle xor %v4127, %v981, %v292 : f32
                  %v4130 = arith.addf %v4127, %v4128 fastmath<contract> : f32
                  %v4131, %v4132 = gpu.shuffle xor %v4130, %v985, %v292 : f32
                  %v4133 = arith.addf %v4130, %v4131 fastmath<contract> : f32
                  %v4134 = arith.divui %v24, %v26 : i64
                  %v4135 = arith.remui %v24, %v26 : i64
                  %v4136 = arith.cmpi ult, %v4135, %v33 : i64
                  %v4137 = arith.addi %v12, %v34 : i64
                  %v4138 = arith.muli %v4134, %v1 : i64
                  %v4139 = arith.addi %v4138, %v4137 : i64
                  %v4140 = arith.muli %v4139, %v995 : i64
                  %v4141 = arith.addi %v4140, %v3975 : i64
                  scf.if %v4136 {
                    %v4142 = llvm.getelementptr %v59[%v4141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4133, %v4142 : f32, !llvm.ptr
                  }
                  %v4143 = arith.select %v38, %v4062, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4144, %v4145 = gpu.shuffle xor %v4143, %v981, %v292 : f32
                  %v4146 = arith.addf %v4143, %v4144 fastmath<contract> : f32
                  %v4147, %v4148 = gpu.shuffle xor %v4146, %v985, %v292 : f32
                  %v4149 = arith.addf %v4146, %v4147 fastmath<contract> : f32
                  %v4150 = arith.divui %v24, %v26 : i64
                  %v4151 = arith.remui %v24, %v26 : i64
                  %v4152 = arith.cmpi ult, %v4151, %v33 : i64
                  %v4153 = arith.addi %v33, %v34 : i64
                  %v4154 = arith.muli %v4150, %v1 : i64
                  %v4155 = arith.addi %v4154, %v4153 : i64
                  %v4156 = arith.muli %v4155, %v995 : i64
                  %v4157 = arith.addi %v4156, %v3975 : i64
                  scf.if %v4152 {
                    %v4158 = llvm.getelementptr %v59[%v4157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4149, %v4158 : f32, !llvm.ptr
                  }
                  %v4159 = arith.muli %v34, %v170 : i64
                  %v4160 = arith.subi %v3976, %v139 : i64
                  %v4161 = arith.addi %v4159, %v4160 : i64
                  %v4162 = llvm.getelementptr %v63[%v4161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4163 = llvm.load %v4162 : !llvm.ptr -> f32
                  %v4164 = arith.mulf %v4163, %v4019 fastmath<contract> : f32
                  %v4165 = arith.constant 8 : i64
                  %v4166 = arith.addi %v4165, %v34 : i64
                  %v4167 = arith.muli %v4166, %v170 : i64
                  %v4168 = arith.subi %v3976, %v139 : i64
                  %v4169 = arith.addi %v4167, %v4168 : i64
                  %v4170 = llvm.getelementptr %v63[%v4169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4171 = llvm.load %v4170 : !llvm.ptr -> f32
                  %v4172 = arith.mulf %v4171, %v4021 fastmath<contract> : f32
                  %v4173 = arith.addf %v4164, %v4172 fastmath<contract> : f32
                  llvm.store %v4173, %v3104 : f32, !llvm.ptr
                  %v4174 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4032) : (f32) -> f32
                  %v4175 = arith.mulf %v307, %v4174 fastmath<contract> : f32
                  %v4176 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4175) : (f32) -> f32
                  llvm.store %v4176, %v52 : f32, !llvm.ptr
                  %v4177 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4053) : (f32) -> f32
                  %v4178 = arith.mulf %v307, %v4177 fastmath<contract> : f32
                  %v4179 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4178) : (f32) -> f32
                  llvm.store %v4179, %v53 : f32, !llvm.ptr
                }
                %v4180 = llvm.load %v3104 : !llvm.ptr -> f32
                %v4181 = arith.addi %v375, %v79 : i64
                %v4182 = arith.cmpi slt, %v1744, %v3115 : i32
                %v4183 = arith.cmpi eq, %v1744, %v3120 : i32
                %v4184 = arith.addi %v377, %v693 : i64
                llvm.store %v66, %v3104 : f32, !llvm.ptr
                scf.if %v4182 {
                  %v4185 = arith.addi %v139, %v4181 : i64
                  %v4186 = arith.muli %v34, %v170 : i64
                  %v4187 = arith.subi %v4185, %v139 : i64
                  %v4188 = arith.addi %v4186, %v4187 : i64
                  %v4189 = llvm.getelementptr %v61[%v4188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4190 = llvm.load %v4189 : !llvm.ptr -> f32
                  %v4191 = arith.muli %v48, %v318 : i64
                  %v4192 = arith.muli %v4185, %v317 : i64
                  %v4193 = arith.addi %v4191, %v4192 : i64
                  %v4194 = arith.muli %v46, %v316 : i64
                  %v4195 = arith.addi %v4193, %v4194 : i64
                  %v4196 = arith.muli %v44, %v2 : i64
                  %v4197 = arith.addi %v4195, %v4196 : i64
                  %v4198 = llvm.getelementptr %dy_o[%v4197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4199 = llvm.load %v4198 : !llvm.ptr -> f32
                  %v4200 = arith.mulf %v4190, %v4199 fastmath<contract> : f32
                  %v4201 = llvm.load %v50 : !llvm.ptr -> f32
                  %v4202 = llvm.load %v52 : !llvm.ptr -> f32
                  %v4203 = arith.mulf %v4202, %v4201 fastmath<contract> : f32
                  %v4204 = arith.addf %v4200, %v4203 fastmath<contract> : f32
                  llvm.store %v4204, %v50 : f32, !llvm.ptr
                  %v4205 = arith.constant 8 : i64
                  %v4206 = arith.addi %v4205, %v34 : i64
                  %v4207 = arith.muli %v4206, %v170 : i64
                  %v4208 = arith.subi %v4185, %v139 : i64
                  %v4209 = arith.addi %v4207, %v4208 : i64
                  %v4210 = llvm.getelementptr %v61[%v4209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4211 = llvm.load %v4210 : !llvm.ptr -> f32
                  %v4212 = arith.mulf %v4211, %v4199 fastmath<contract> : f32
                  %v4213 = llvm.load %v51 : !llvm.ptr -> f32
                  %v4214 = llvm.load %v53 : !llvm.ptr -> f32
                  %v4215 = arith.mulf %v4214, %v4213 fastmath<contract> : f32
                  %v4216 = arith.addf %v4212, %v4215 fastmath<contract> : f32
                  llvm.store %v4216, %v51 : f32, !llvm.ptr
                  %v4217 = arith.mulf %v2788, %v4199 fastmath<contract> : f32
                  %v4218 = arith.mulf %v2813, %v4199 fastmath<contract> : f32
                  %v4219 = arith.muli %v48, %v318 : i64
                  %v4220 = arith.muli %v4185, %v317 : i64
                  %v4221 = arith.addi %v4219, %v4220 : i64
                  %v4222 = arith.muli %v46, %v316 : i64
                  %v4223 = arith.addi %v4221, %v4222 : i64
                  %v4224 = arith.muli %v44, %v2 : i64
                  %v4225 = arith.addi %v4223, %v4224 : i64
                  %v4226 = llvm.getelementptr %in_v[%v4225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4227 = llvm.load %v4226 : !llvm.ptr -> f32
                  %v4228 = llvm.load %v50 : !llvm.ptr -> f32
                  %v4229 = arith.mulf %v4227, %v4228 fastmath<contract> : f32
                  %v4230 = llvm.load %v51 : !llvm.ptr -> f32
                  %v4231 = arith.mulf %v4227, %v4230 fastmath<contract> : f32
                  %v4232 = arith.muli %v34, %v170 : i64
                  %v4233 = arith.subi %v4185, %v139 : i64
                  %v4234 = arith.addi %v4232, %v4233 : i64
                  %v4235 = llvm.getelementptr %v65[%v4234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4236 = llvm.load %v4235 : !llvm.ptr -> f32
                  %v4237 = arith.negf %v4236 : f32
                  %v4238 = arith.mulf %v4237, %v302 fastmath<contract> : f32
                  %v4239 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4238) : (f32) -> f32
                  %v4240 = arith.addf %v67, %v4239 fastmath<contract> : f32
                  %v4241 = arith.divf %v67, %v4240 : f32
                  %v4242 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4241) : (f32) -> f32
                  %v4243 = arith.mulf %v949, %v4242 fastmath<contract> : f32
                  %v4244 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4243) : (f32) -> f32
                  %v4245 = arith.mulf %v2730, %v4228 fastmath<contract> : f32
                  %v4246 = arith.mulf %v307, %v4245 fastmath<contract> : f32
                  %v4247 = arith.mulf %v4244, %v4246 fastmath<contract> : f32
                  %v4248 = arith.subf %v67, %v4241 fastmath<contract> : f32
                  %v4249 = arith.mulf %v4241, %v4248 fastmath<contract> : f32
                  %v4250 = arith.mulf %v4247, %v4249 fastmath<contract> : f32
                  %v4251 = arith.constant 8 : i64
                  %v4252 = arith.addi %v4251, %v34 : i64
                  %v4253 = arith.muli %v4252, %v170 : i64
                  %v4254 = arith.subi %v4185, %v139 : i64
                  %v4255 = arith.addi %v4253, %v4254 : i64
                  %v4256 = llvm.getelementptr %v65[%v4255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4257 = llvm.load %v4256 : !llvm.ptr -> f32
                  %v4258 = arith.negf %v4257 : f32
                  %v4259 = arith.mulf %v4258, %v302 fastmath<contract> : f32
                  %v4260 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4259) : (f32) -> f32
                  %v4261 = arith.addf %v67, %v4260 fastmath<contract> : f32
                  %v4262 = arith.divf %v67, %v4261 : f32
                  %v4263 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4262) : (f32) -> f32
                  %v4264 = arith.mulf %v949, %v4263 fastmath<contract> : f32
                  %v4265 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4264) : (f32) -> f32
                  %v4266 = arith.mulf %v2755, %v4230 fastmath<contract> : f32
                  %v4267 = arith.mulf %v307, %v4266 fastmath<contract> : f32
                  %v4268 = arith.mulf %v4265, %v4267 fastmath<contract> : f32
                  %v4269 = arith.subf %v67, %v4262 fastmath<contract> : f32
                  %v4270 = arith.mulf %v4262, %v4269 fastmath<contract> : f32
                  %v4271 = arith.mulf %v4268, %v4270 fastmath<contract> : f32
                  %v4272 = arith.select %v38, %v4217, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4273, %v4274 = gpu.shuffle xor %v4272, %v981, %v292 : f32
                  %v4275 = arith.addf %v4272, %v4273 fastmath<contract> : f32
                  %v4276, %v4277 = gpu.shuffle xor %v4275, %v985, %v292 : f32
                  %v4278 = arith.addf %v4275, %v4276 fastmath<contract> : f32
                  %v4279 = arith.divui %v24, %v26 : i64
                  %v4280 = arith.remui %v24, %v26 : i64
                  %v4281 = arith.cmpi ult, %v4280, %v33 : i64
                  %v4282 = arith.addi %v12, %v34 : i64
                  %v4283 = arith.muli %v4279, %v1 : i64
                  %v4284 = arith.addi %v4283, %v4282 : i64
                  %v4285 = arith.muli %v4284, %v995 : i64
                  %v4286 = arith.addi %v4285, %v4184 : i64
                  scf.if %v4281 {
                    %v4287 = llvm.getelementptr %v55[%v4286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4278, %v4287 : f32, !llvm.ptr
                  }
                  %v4288 = arith.select %v38, %v4218, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4289, %v4290 = gpu.shuffle xor %v4288, %v981, %v292 : f32
                  %v4291 = arith.addf %v4288, %v4289 fastmath<contract> : f32
                  %v4292, %v4293 = gpu.shuffle xor %v4291, %v985, %v292 : f32
                  %v4294 = arith.addf %v4291, %v4292 fastmath<contract> : f32
                  %v4295 = arith.divui %v24, %v26 : i64
                  %v4296 = arith.remui %v24, %v26 : i64
                  %v4297 = arith.cmpi ult, %v4296, %v33 : i64
                  %v4298 = arith.addi %v33, %v34 : i64
                  %v4299 = arith.muli %v4295, %v1 : i64
                  %v4300 = arith.addi %v4299, %v4298 : i64
                  %v4301 = arith.muli %v4300, %v995 : i64
                  %v4302 = arith.addi %v4301, %v4184 : i64
                  scf.if %v4297 {
                    %v4303 = llvm.getelementptr %v55[%v4302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4294, %v4303 : f32, !llvm.ptr
                  }
                  %v4304 = arith.select %v38, %v4229, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4305, %v4306 = gpu.shuffle xor %v4304, %v981, %v292 : f32
                  %v4307 = arith.addf %v4304, %v4305 fastmath<contract> : f32
                  %v4308, %v4309 = gpu.shuffle xor %v4307, %v985, %v292 : f32
                  %v4310 = arith.addf %v4307, %v4308 fastmath<contract> : f32
                  %v4311 = arith.divui %v24, %v26 : i64
                  %v4312 = arith.remui %v24, %v26 : i64
                  %v4313 = arith.cmpi ult, %v4312, %v33 : i64
                  %v4314 = arith.addi %v12, %v34 : i64
                  %v4315 = arith.muli %v4311, %v1 : i64
                  %v4316 = arith.addi %v4315, %v4314 : i64
                  %v4317 = arith.muli %v4316, %v995 : i64
                  %v4318 = arith.addi %v4317, %v4184 : i64
                  scf.if %v4313 {
                    %v4319 = llvm.getelementptr %v57[%v4318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4310, %v4319 : f32, !llvm.ptr
                  }
                  %v4320 = arith.select %v38, %v4231, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4321, %v4322 = gpu.shuffle xor %v4320, %v981, %v292 : f32
                  %v4323 = arith.addf %v4320, %v4321 fastmath<contract> : f32
                  %v4324, %v4325 = gpu.shuffle xor %v4323, %v985, %v292 : f32
                  %v4326 = arith.addf %v4323, %v4324 fastmath<contract> : f32
                  %v4327 = arith.divui %v24, %v26 : i64
                  %v4328 = arith.remui %v24, %v26 : i64
                  %v4329 = arith.cmpi ult, %v4328, %v33 : i64
                  %v4330 = arith.addi %v33, %v34 : i64
                  %v4331 = arith.muli %v4327, %v1 : i64
                  %v4332 = arith.addi %v4331, %v4330 : i64
                  %v4333 = arith.muli %v4332, %v995 : i64
                  %v4334 = arith.addi %v4333, %v4184 : i64
                  scf.if %v4329 {
                    %v4335 = llvm.getelementptr %v57[%v4334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4326, %v4335 : f32, !llvm.ptr
                  }
                  %v4336 = arith.select %v38, %v4250, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4337, %v4338 = gpu.shuffle xor %v4336, %v981, %v292 : f32
                  %v4339 = arith.addf %v4336, %v4337 fastmath<contract> : f32
                  %v4340, %v4341 = gpu.shuffle xor %v4339, %v985, %v292 : f32
                  %v4342 = arith.addf %v4339, %v4340 fastmath<contract> : f32
                  %v4343 = arith.divui %v24, %v26 : i64
                  %v4344 = arith.remui %v24, %v26 : i64
                  %v4345 = arith.cmpi ult, %v4344, %v33 : i64
                  %v4346 = arith.addi %v12, %v34 : i64
                  %v4347 = arith.muli %v4343, %v1 : i64
                  %v4348 = arith.addi %v4347, %v4346 : i64
                  %v4349 = arith.muli %v4348, %v995 : i64
                  %v4350 = arith.addi %v4349, %v4184 : i64
                  scf.if %v4345 {
                    %v4351 = llvm.getelementptr %v59[%v4350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4342, %v4351 : f32, !llvm.ptr
                  }
                  %v4352 = arith.select %v38, %v4271, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4353, %v4354 = gpu.shuffle xor %v4352, %v981, %v292 : f32
                  %v4355 = arith.addf %v4352, %v4353 fastmath<contract> : f32
                  %v4356, %v4357 = gpu.shuffle xor %v4355, %v985, %v292 : f32
                  %v4358 = arith.addf %v4355, %v4356 fastmath<contract> : f32
                  %v4359 = arith.divui %v24, %v26 : i64
                  %v4360 = arith.remui %v24, %v26 : i64
                  %v4361 = arith.cmpi ult, %v4360, %v33 : i64
                  %v4362 = arith.addi %v33, %v34 : i64
                  %v4363 = arith.muli %v4359, %v1 : i64
                  %v4364 = arith.addi %v4363, %v4362 : i64
                  %v4365 = arith.muli %v4364, %v995 : i64
                  %v4366 = arith.addi %v4365, %v4184 : i64
                  scf.if %v4361 {
                    %v4367 = llvm.getelementptr %v59[%v4366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4358, %v4367 : f32, !llvm.ptr
                  }
                  %v4368 = arith.muli %v34, %v170 : i64
                  %v4369 = arith.subi %v4185, %v139 : i64
                  %v4370 = arith.addi %v4368, %v4369 : i64
                  %v4371 = llvm.getelementptr %v63[%v4370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4372 = llvm.load %v4371 : !llvm.ptr -> f32
                  %v4373 = arith.mulf %v4372, %v4228 fastmath<contract> : f32
                  %v4374 = arith.constant 8 : i64
                  %v4375 = arith.addi %v4374, %v34 : i64
                  %v4376 = arith.muli %v4375, %v170 : i64
                  %v4377 = arith.subi %v4185, %v139 : i64
                  %v4378 = arith.addi %v4376, %v4377 : i64
                  %v4379 = llvm.getelementptr %v63[%v4378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4380 = llvm.load %v4379 : !llvm.ptr -> f32
                  %v4381 = arith.mulf %v4380, %v4230 fastmath<contract> : f32
                  %v4382 = arith.addf %v4373, %v4381 fastmath<contract> : f32
                  llvm.store %v4382, %v3104 : f32, !llvm.ptr
                  %v4383 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4241) : (f32) -> f32
                  %v4384 = arith.mulf %v307, %v4383 fastmath<contract> : f32
                  %v4385 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4384) : (f32) -> f32
                  llvm.store %v4385, %v52 : f32, !llvm.ptr
                  %v4386 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4262) : (f32) -> f32
                  %v4387 = arith.mulf %v307, %v4386 fastmath<contract> : f32
                  %v4388 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4387) : (f32) -> f32
                  llvm.store %v4388, %v53 : f32, !llvm.ptr
                }
                %v4389 = llvm.load %v3104 : !llvm.ptr -> f32
                %v4390 = arith.select %v3107, %v4389, %v4180 : f32
                %v4391 = arith.select %v3107, %v4180, %v4389 : f32
                %v4392, %v4393 = gpu.shuffle xor %v4390, %v1313, %v292 : f32
                %v4394 = arith.addf %v4391, %v4392 fastmath<contract> : f32
                %v4395 = arith.addi %v375, %v2 : i64
                %v4396 = arith.cmpi slt, %v1313, %v3115 : i32
                %v4397 = arith.cmpi eq, %v1313, %v3120 : i32
                %v4398 = arith.addi %v377, %v752 : i64
                llvm.store %v66, %v3104 : f32, !llvm.ptr
                scf.if %v4396 {
                  %v4399 = arith.addi %v139, %v4395 : i64
                  %v4400 = arith.muli %v34, %v170 : i64
                  %v4401 = arith.subi %v4399, %v139 : i64
                  %v4402 = arith.addi %v4400, %v4401 : i64
                  %v4403 = llvm.getelementptr %v61[%v4402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4404 = llvm.load %v4403 : !llvm.ptr -> f32
                  %v4405 = arith.muli %v48, %v318 : i64
                  %v4406 = arith.muli %v4399, %v317 : i64
                  %v4407 = arith.addi %v4405, %v4406 : i64
                  %v4408 = arith.muli %v46, %v316 : i64
                  %v4409 = arith.addi %v4407, %v4408 : i64
                  %v4410 = arith.muli %v44, %v2 : i64
                  %v4411 = arith.addi %v4409, %v4410 : i64
                  %v4412 = llvm.getelementptr %dy_o[%v4411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4413 = llvm.load %v4412 : !llvm.ptr -> f32
                  %v4414 = arith.mulf %v4404, %v4413 fastmath<contract> : f32
                  %v4415 = llvm.load %v50 : !llvm.ptr -> f32
                  %v4416 = llvm.load %v52 : !llvm.ptr -> f32
                  %v4417 = arith.mulf %v4416, %v4415 fastmath<contract> : f32
                  %v4418 = arith.addf %v4414, %v4417 fastmath<contract> : f32
                  llvm.store %v4418, %v50 : f32, !llvm.ptr
                  %v4419 = arith.constant 8 : i64
                  %v4420 = arith.addi %v4419, %v34 : i64
                  %v4421 = arith.muli %v4420, %v170 : i64
                  %v4422 = arith.subi %v4399, %v139 : i64
                  %v4423 = arith.addi %v4421, %v4422 : i64
                  %v4424 = llvm.getelementptr %v61[%v4423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4425 = llvm.load %v4424 : !llvm.ptr -> f32
                  %v4426 = arith.mulf %v4425, %v4413 fastmath<contract> : f32
                  %v4427 = llvm.load %v51 : !llvm.ptr -> f32
                  %v4428 = llvm.load %v53 : !llvm.ptr -> f32
                  %v4429 = arith.mulf %v4428, %v4427 fastmath<contract> : f32
                  %v4430 = arith.addf %v4426, %v4429 fastmath<contract> : f32
                  llvm.store %v4430, %v51 : f32, !llvm.ptr
                  %v4431 = arith.mulf %v2730, %v4413 fastmath<contract> : f32
                  %v4432 = arith.mulf %v2755, %v4413 fastmath<contract> : f32
                  %v4433 = arith.muli %v48, %v318 : i64
                  %v4434 = arith.muli %v4399, %v317 : i64
                  %v4435 = arith.addi %v4433, %v4434 : i64
                  %v4436 = arith.muli %v46, %v316 : i64
                  %v4437 = arith.addi %v4435, %v4436 : i64
                  %v4438 = arith.muli %v44, %v2 : i64
                  %v4439 = arith.addi %v4437, %v4438 : i64
                  %v4440 = llvm.getelementptr %in_v[%v4439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4441 = llvm.load %v4440 : !llvm.ptr -> f32
                  %v4442 = llvm.load %v50 : !llvm.ptr -> f32
                  %v4443 = arith.mulf %v4441, %v4442 fastmath<contract> : f32
                  %v4444 = llvm.load %v51 : !llvm.ptr -> f32
                  %v4445 = arith.mulf %v4441, %v4444 fastmath<contract> : f32
                  %v4446 = arith.muli %v34, %v170 : i64
                  %v4447 = arith.subi %v4399, %v139 : i64
                  %v4448 = arith.addi %v4446, %v4447 : i64
                  %v4449 = llvm.getelementptr %v65[%v4448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4450 = llvm.load %v4449 : !llvm.ptr -> f32
                  %v4451 = arith.negf %v4450 : f32
                  %v4452 = arith.mulf %v4451, %v302 fastmath<contract> : f32
                  %v4453 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4452) : (f32) -> f32
                  %v4454 = arith.addf %v67, %v4453 fastmath<contract> : f32
                  %v4455 = arith.divf %v67, %v4454 : f32
                  %v4456 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4455) : (f32) -> f32
                  %v4457 = arith.mulf %v949, %v4456 fastmath<contract> : f32
                  %v4458 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4457) : (f32) -> f32
                  %v4459 = arith.mulf %v2672, %v4442 fastmath<contract> : f32
                  %v4460 = arith.mulf %v307, %v4459 fastmath<contract> : f32
                  %v4461 = arith.mulf %v4458, %v4460 fastmath<contract> : f32
                  %v4462 = arith.subf %v67, %v4455 fastmath<contract> : f32
                  %v4463 = arith.mulf %v4455, %v4462 fastmath<contract> : f32
                  %v4464 = arith.mulf %v4461, %v4463 fastmath<contract> : f32
                  %v4465 = arith.constant 8 : i64
                  %v4466 = arith.addi %v4465, %v34 : i64
                  %v4467 = arith.muli %v4466, %v170 : i64
                  %v4468 = arith.subi %v4399, %v139 : i64
                  %v4469 = arith.addi %v4467, %v4468 : i64
                  %v4470 = llvm.getelementptr %v65[%v4469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4471 = llvm.load %v4470 : !llvm.ptr -> f32
                  %v4472 = arith.negf %v4471 : f32
                  %v4473 = arith.mulf %v4472, %v302 fastmath<contract> : f32
                  %v4474 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4473) : (f32) -> f32
                  %v4475 = arith.addf %v67, %v4474 fastmath<contract> : f32
                  %v4476 = arith.divf %v67, %v4475 : f32
                  %v4477 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4476) : (f32) -> f32
                  %v4478 = arith.mulf %v949, %v4477 fastmath<contract> : f32
                  %v4479 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4478) : (f32) -> f32
                  %v4480 = arith.mulf %v2697, %v4444 fastmath<contract> : f32
                  %v4481 = arith.mulf %v307, %v4480 fastmath<contract> : f32
                  %v4482 = arith.mulf %v4479, %v4481 fastmath<contract> : f32
                  %v4483 = arith.subf %v67, %v4476 fastmath<contract> : f32
                  %v4484 = arith.mulf %v4476, %v4483 fastmath<contract> : f32
                  %v4485 = arith.mulf %v4482, %v4484 fastmath<contract> : f32
                  %v4486 = arith.select %v38, %v4431, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4487, %v4488 = gpu.shuffle xor %v4486, %v981, %v292 : f32
                  %v4489 = arith.addf %v4486, %v4487 fastmath<contract> : f32
                  %v4490, %v4491 = gpu.shuffle xor %v4489, %v985, %v292 : f32
                  %v4492 = arith.addf %v4489, %v4490 fastmath<contract> : f32
                  %v4493 = arith.divui %v24, %v26 : i64
                  %v4494 = arith.remui %v24, %v26 : i64
                  %v4495 = arith.cmpi ult, %v4494, %v33 : i64
                  %v4496 = arith.addi %v12, %v34 : i64
                  %v4497 = arith.muli %v4493, %v1 : i64
                  %v4498 = arith.addi %v4497, %v4496 : i64
                  %v4499 = arith.muli %v4498, %v995 : i64
                  %v4500 = arith.addi %v4499, %v4398 : i64
                  scf.if %v4495 {
                    %v4501 = llvm.getelementptr %v55[%v4500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4492, %v4501 : f32, !llvm.ptr
                  }
                  %v4502 = arith.select %v38, %v4432, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4503, %v4504 = gpu.shuffle xor %v4502, %v981, %v292 : f32
                  %v4505 = arith.addf %v4502, %v4503 fastmath<contract> : f32
                  %v4506, %v4507 = gpu.shuffle xor %v4505, %v985, %v292 : f32
                  %v4508 = arith.addf %v4505, %v4506 fastmath<contract> : f32
                  %v4509 = arith.divui %v24, %v26 : i64
                  %v4510 = arith.remui %v24, %v26 : i64
                  %v4511 = arith.cmpi ult, %v4510, %v33 : i64
                  %v4512 = arith.addi %v33, %v34 : i64
                  %v4513 = arith.muli %v4509, %v1 : i64
                  %v4514 = arith.addi %v4513, %v4512 : i64
                  %v4515 = arith.muli %v4514, %v995 : i64
                  %v4516 = arith.addi %v4515, %v4398 : i64
                  scf.if %v4511 {
                    %v4517 = llvm.getelementptr %v55[%v4516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4508, %v4517 : f32, !llvm.ptr
                  }
                  %v4518 = arith.select %v38, %v4443, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4519, %v4520 = gpu.shuffle xor %v4518, %v981, %v292 : f32
                  %v4521 = arith.addf %v4518, %v4519 fastmath<contract> : f32
                  %v4522, %v4523 = gpu.shuffle xor %v4521, %v985, %v292 : f32
                  %v4524 = arith.addf %v4521, %v4522 fastmath<contract> : f32
                  %v4525 = arith.divui %v24, %v26 : i64
                  %v4526 = arith.remui %v24, %v26 : i64
                  %v4527 = arith.cmpi ult, %v4526, %v33 : i64
                  %v4528 = arith.addi %v12, %v34 : i64
                  %v4529 = arith.muli %v4525, %v1 : i64
                  %v4530 = arith.addi %v4529, %v4528 : i64
                  %v4531 = arith.muli %v4530, %v995 : i64
                  %v4532 = arith.addi %v4531, %v4398 : i64
                  scf.if %v4527 {
                    %v4533 = llvm.getelementptr %v57[%v4532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4524, %v4533 : f32, !llvm.ptr
                  }
                  %v4534 = arith.select %v38, %v4445, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4535, %v4536 = gpu.shuffle xor %v4534, %v981, %v292 : f32
                  %v4537 = arith.addf %v4534, %v4535 fastmath<contract> : f32
                  %v4538, %v4539 = gpu.shuffle xor %v4537, %v985, %v292 : f32
                  %v4540 = arith.addf %v4537, %v4538 fastmath<contract> : f32
                  %v4541 = arith.divui %v24, %v26 : i64
                  %v4542 = arith.remui %v24, %v26 : i64
                  %v4543 = arith.cmpi ult, %v4542, %v33 : i64
                  %v4544 = arith.addi %v33, %v34 : i64
                  %v4545 = arith.muli %v4541, %v1 : i64
                  %v4546 = arith.addi %v4545, %v4544 : i64
                  %v4547 = arith.muli %v4546, %v995 : i64
                  %v4548 = arith.addi %v4547, %v4398 : i64
                  scf.if %v4543 {
                    %v4549 = llvm.getelementptr %v57[%v4548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4540, %v4549 : f32, !llvm.ptr
                  }
                  %v4550 = arith.select %v38, %v4464, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4551, %v4552 = gpu.shuffle xor %v4550, %v981, %v292 : f32
                  %v4553 = arith.addf %v4550, %v4551 fastmath<contract> : f32
                  %v4554, %v4555 = gpu.shuffle xor %v4553, %v985, %v292 : f32
                  %v4556 = arith.addf %v4553, %v4554 fastmath<contract> : f32
                  %v4557 = arith.divui %v24, %v26 : i64
                  %v4558 = arith.remui %v24, %v26 : i64
                  %v4559 = arith.cmpi ult, %v4558, %v33 : i64
                  %v4560 = arith.addi %v12, %v34 : i64
                  %v4561 = arith.muli %v4557, %v1 : i64
                  %v4562 = arith.addi %v4561, %v4560 : i64
                  %v4563 = arith.muli %v4562, %v995 : i64
                  %v4564 = arith.addi %v4563, %v4398 : i64
                  scf.if %v4559 {
                    %v4565 = llvm.getelementptr %v59[%v4564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4556, %v4565 : f32, !llvm.ptr
                  }
                  %v4566 = arith.select %v38, %v4485, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4567, %v4568 = gpu.shuffle xor %v4566, %v981, %v292 : f32
                  %v4569 = arith.addf %v4566, %v4567 fastmath<contract> : f32
                  %v4570, %v4571 = gpu.shuffle xor %v4569, %v985, %v292 : f32
                  %v4572 = arith.addf %v4569, %v4570 fastmath<contract> : f32
                  %v4573 = arith.divui %v24, %v26 : i64
                  %v4574 = arith.remui %v24, %v26 : i64
                  %v4575 = arith.cmpi ult, %v4574, %v33 : i64
                  %v4576 = arith.addi %v33, %v34 : i64
                  %v4577 = arith.muli %v4573, %v1 : i64
                  %v4578 = arith.addi %v4577, %v4576 : i64
                  %v4579 = arith.muli %v4578, %v995 : i64
                  %v4580 = arith.addi %v4579, %v4398 : i64
                  scf.if %v4575 {
                    %v4581 = llvm.getelementptr %v59[%v4580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4572, %v4581 : f32, !llvm.ptr
                  }
                  %v4582 = arith.muli %v34, %v170 : i64
                  %v4583 = arith.subi %v4399, %v139 : i64
                  %v4584 = arith.addi %v4582, %v4583 : i64
                  %v4585 = llvm.getelementptr %v63[%v4584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4586 = llvm.load %v4585 : !llvm.ptr -> f32
                  %v4587 = arith.mulf %v4586, %v4442 fastmath<contract> : f32
                  %v4588 = arith.constant 8 : i64
                  %v4589 = arith.addi %v4588, %v34 : i64
                  %v4590 = arith.muli %v4589, %v170 : i64
                  %v4591 = arith.subi %v4399, %v139 : i64
                  %v4592 = arith.addi %v4590, %v4591 : i64
                  %v4593 = llvm.getelementptr %v63[%v4592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4594 = llvm.load %v4593 : !llvm.ptr -> f32
                  %v4595 = arith.mulf %v4594, %v4444 fastmath<contract> : f32
                  %v4596 = arith.addf %v4587, %v4595 fastmath<contract> : f32
                  llvm.store %v4596, %v3104 : f32, !llvm.ptr
                  %v4597 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4455) : (f32) -> f32
                  %v4598 = arith.mulf %v307, %v4597 fastmath<contract> : f32
                  %v4599 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4598) : (f32) -> f32
                  llvm.store %v4599, %v52 : f32, !llvm.ptr
                  %v4600 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4476) : (f32) -> f32
                  %v4601 = arith.mulf %v307, %v4600 fastmath<contract> : f32
                  %v4602 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4601) : (f32) -> f32
                  llvm.store %v4602, %v53 : f32, !llvm.ptr
                }
                %v4603 = llvm.load %v3104 : !llvm.ptr -> f32
                %v4604 = arith.addi %v375, %v12 : i64
                %v4605 = arith.cmpi slt, %v2382, %v3115 : i32
                %v4606 = arith.cmpi eq, %v2382, %v3120 : i32
                %v4607 = arith.addi %v377, %v90 : i64
                llvm.store %v66, %v3104 : f32, !llvm.ptr
                scf.if %v4605 {
                  %v4608 = arith.addi %v139, %v4604 : i64
                  %v4609 = arith.muli %v34, %v170 : i64
                  %v4610 = arith.subi %v4608, %v139 : i64
                  %v4611 = arith.addi %v4609, %v4610 : i64
                  %v4612 = llvm.getelementptr %v61[%v4611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4613 = llvm.load %v4612 : !llvm.ptr -> f32
                  %v4614 = arith.muli %v48, %v318 : i64
                  %v4615 = arith.muli %v4608, %v317 : i64
                  %v4616 = arith.addi %v4614, %v4615 : i64
                  %v4617 = arith.muli %v46, %v316 : i64
                  %v4618 = arith.addi %v4616, %v4617 : i64
                  %v4619 = arith.muli %v44, %v2 : i64
                  %v4620 = arith.addi %v4618, %v4619 : i64
                  %v4621 = llvm.getelementptr %dy_o[%v4620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4622 = llvm.load %v4621 : !llvm.ptr -> f32
                  %v4623 = arith.mulf %v4613, %v4622 fastmath<contract> : f32
                  %v4624 = llvm.load %v50 : !llvm.ptr -> f32
                  %v4625 = llvm.load %v52 : !llvm.ptr -> f32
                  %v4626 = arith.mulf %v4625, %v4624 fastmath<contract> : f32
                  %v4627 = arith.addf %v4623, %v4626 fastmath<contract> : f32
                  llvm.store %v4627, %v50 : f32, !llvm.ptr
                  %v4628 = arith.constant 8 : i64
                  %v4629 = arith.addi %v4628, %v34 : i64
                  %v4630 = arith.muli %v4629, %v170 : i64
                  %v4631 = arith.subi %v4608, %v139 : i64
                  %v4632 = arith.addi %v4630, %v4631 : i64
                  %v4633 = llvm.getelementptr %v61[%v4632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4634 = llvm.load %v4633 : !llvm.ptr -> f32
                  %v4635 = arith.mulf %v4634, %v4622 fastmath<contract> : f32
                  %v4636 = llvm.load %v51 : !llvm.ptr -> f32
                  %v4637 = llvm.load %v53 : !llvm.ptr -> f32
                  %v4638 = arith.mulf %v4637, %v4636 fastmath<contract> : f32
                  %v4639 = arith.addf %v4635, %v4638 fastmath<contract> : f32
                  llvm.store %v4639, %v51 : f32, !llvm.ptr
                  %v4640 = arith.mulf %v2672, %v4622 fastmath<contract> : f32
                  %v4641 = arith.mulf %v2697, %v4622 fastmath<contract> : f32
                  %v4642 = arith.muli %v48, %v318 : i64
                  %v4643 = arith.muli %v4608, %v317 : i64
                  %v4644 = arith.addi %v4642, %v4643 : i64
                  %v4645 = arith.muli %v46, %v316 : i64
                  %v4646 = arith.addi %v4644, %v4645 : i64
                  %v4647 = arith.muli %v44, %v2 : i64
                  %v4648 = arith.addi %v4646, %v4647 : i64
                  %v4649 = llvm.getelementptr %in_v[%v4648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4650 = llvm.load %v4649 : !llvm.ptr -> f32
                  %v4651 = llvm.load %v50 : !llvm.ptr -> f32
                  %v4652 = arith.mulf %v4650, %v4651 fastmath<contract> : f32
                  %v4653 = llvm.load %v51 : !llvm.ptr -> f32
                  %v4654 = arith.mulf %v4650, %v4653 fastmath<contract> : f32
                  %v4655 = arith.muli %v34, %v170 : i64
                  %v4656 = arith.subi %v4608, %v139 : i64
                  %v4657 = arith.addi %v4655, %v4656 : i64
                  %v4658 = llvm.getelementptr %v65[%v4657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4659 = llvm.load %v4658 : !llvm.ptr -> f32
                  %v4660 = arith.negf %v4659 : f32
                  %v4661 = arith.mulf %v4660, %v302 fastmath<contract> : f32
                  %v4662 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4661) : (f32) -> f32
                  %v4663 = arith.addf %v67, %v4662 fastmath<contract> : f32
                  %v4664 = arith.divf %v67, %v4663 : f32
                  %v4665 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4664) : (f32) -> f32
                  %v4666 = arith.mulf %v949, %v4665 fastmath<contract> : f32
                  %v4667 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4666) : (f32) -> f32
                  %v4668 = arith.mulf %v2627, %v4651 fastmath<contract> : f32
                  %v4669 = arith.mulf %v307, %v4668 fastmath<contract> : f32
                  %v4670 = arith.mulf %v4667, %v4669 fastmath<contract> : f32
                  %v4671 = arith.subf %v67, %v4664 fastmath<contract> : f32
                  %v4672 = arith.mulf %v4664, %v4671 fastmath<contract> : f32
                  %v4673 = arith.mulf %v4670, %v4672 fastmath<contract> : f32
                  %v4674 = arith.constant 8 : i64
                  %v4675 = arith.addi %v4674, %v34 : i64
                  %v4676 = arith.muli %v4675, %v170 : i64
                  %v4677 = arith.subi %v4608, %v139 : i64
                  %v4678 = arith.addi %v4676, %v4677 : i64
                  %v4679 = llvm.getelementptr %v65[%v4678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4680 = llvm.load %v4679 : !llvm.ptr -> f32
                  %v4681 = arith.negf %v4680 : f32
                  %v4682 = arith.mulf %v4681, %v302 fastmath<contract> : f32
                  %v4683 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4682) : (f32) -> f32
                  %v4684 = arith.addf %v67, %v4683 fastmath<contract> : f32
                  %v4685 = arith.divf %v67, %v4684 : f32
                  %v4686 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4685) : (f32) -> f32
                  %v4687 = arith.mulf %v949, %v4686 fastmath<contract> : f32
                  %v4688 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4687) : (f32) -> f32
                  %v4689 = arith.mulf %v2636, %v4653 fastmath<contract> : f32
                  %v4690 = arith.mulf %v307, %v4689 fastmath<contract> : f32
                  %v4691 = arith.mulf %v4688, %v4690 fastmath<contract> : f32
                  %v4692 = arith.subf %v67, %v4685 fastmath<contract> : f32
                  %v4693 = arith.mulf %v4685, %v4692 fastmath<contract> : f32
                  %v4694 = arith.mulf %v4691, %v4693 fastmath<contract> : f32
                  %v4695 = arith.select %v38, %v4640, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4696, %v4697 = gpu.shuffle xor %v4695, %v981, %v292 : f32
                  %v4698 = arith.addf %v4695, %v4696 fastmath<contract> : f32
                  %v4699, %v4700 = gpu.shuffle xor %v4698, %v985, %v292 : f32
                  %v4701 = arith.addf %v4698, %v4699 fastmath<contract> : f32
                  %v4702 = arith.divui %v24, %v26 : i64
                  %v4703 = arith.remui %v24, %v26 : i64
                  %v4704 = arith.cmpi ult, %v4703, %v33 : i64
                  %v4705 = arith.addi %v12, %v34 : i64
                  %v4706 = arith.muli %v4702, %v1 : i64
                  %v4707 = arith.addi %v4706, %v4705 : i64
                  %v4708 = arith.muli %v4707, %v995 : i64
                  %v4709 = arith.addi %v4708, %v4607 : i64
                  scf.if %v4704 {
                    %v4710 = llvm.getelementptr %v55[%v4709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4701, %v4710 : f32, !llvm.ptr
                  }
                  %v4711 = arith.select %v38, %v4641, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4712, %v4713 = gpu.shuffle xor %v4711, %v981, %v292 : f32
                  %v4714 = arith.addf %v4711, %v4712 fastmath<contract> : f32
                  %v4715, %v4716 = gpu.shuffle xor %v4714, %v985, %v292 : f32
                  %v4717 = arith.addf %v4714, %v4715 fastmath<contract> : f32
                  %v4718 = arith.divui %v24, %v26 : i64
                  %v4719 = arith.remui %v24, %v26 : i64
                  %v4720 = arith.cmpi ult, %v4719, %v33 : i64
                  %v4721 = arith.addi %v33, %v34 : i64
                  %v4722 = arith.muli %v4718, %v1 : i64
                  %v4723 = arith.addi %v4722, %v4721 : i64
                  %v4724 = arith.muli %v4723, %v995 : i64
                  %v4725 = arith.addi %v4724, %v4607 : i64
                  scf.if %v4720 {
                    %v4726 = llvm.getelementptr %v55[%v4725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4717, %v4726 : f32, !llvm.ptr
                  }
                  %v4727 = arith.select %v38, %v4652, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4728, %v4729 = gpu.shuffle xor %v4727, %v981, %v292 : f32
                  %v4730 = arith.addf %v4727, %v4728 fastmath<contract> : f32
                  %v4731, %v4732 = gpu.shuffle xor %v4730, %v985, %v292 : f32
                  %v4733 = arith.addf %v4730, %v4731 fastmath<contract> : f32
                  %v4734 = arith.divui %v24, %v26 : i64
                  %v4735 = arith.remui %v24, %v26 : i64
                  %v4736 = arith.cmpi ult, %v4735, %v33 : i64
                  %v4737 = arith.addi %v12, %v34 : i64
                  %v4738 = arith.muli %v4734, %v1 : i64
                  %v4739 = arith.addi %v4738, %v4737 : i64
                  %v4740 = arith.muli %v4739, %v995 : i64
                  %v4741 = arith.addi %v4740, %v4607 : i64
                  scf.if %v4736 {
                    %v4742 = llvm.getelementptr %v57[%v4741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4733, %v4742 : f32, !llvm.ptr
                  }
                  %v4743 = arith.select %v38, %v4654, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4744, %v4745 = gpu.shuffle xor %v4743, %v981, %v292 : f32
                  %v4746 = arith.addf %v4743, %v4744 fastmath<contract> : f32
                  %v4747, %v4748 = gpu.shuffle xor %v4746, %v985, %v292 : f32
                  %v4749 = arith.addf %v4746, %v4747 fastmath<contract> : f32
                  %v4750 = arith.divui %v24, %v26 : i64
                  %v4751 = arith.remui %v24, %v26 : i64
                  %v4752 = arith.cmpi ult, %v4751, %v33 : i64
                  %v4753 = arith.addi %v33, %v34 : i64
                  %v4754 = arith.muli %v4750, %v1 : i64
                  %v4755 = arith.addi %v4754, %v4753 : i64
                  %v4756 = arith.muli %v4755, %v995 : i64
                  %v4757 = arith.addi %v4756, %v4607 : i64
                  scf.if %v4752 {
                    %v4758 = llvm.getelementptr %v57[%v4757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4749, %v4758 : f32, !llvm.ptr
                  }
                  %v4759 = arith.select %v38, %v4673, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4760, %v4761 = gpu.shuffle xor %v4759, %v981, %v292 : f32
                  %v4762 = arith.addf %v4759, %v4760 fastmath<contract> : f32
                  %v4763, %v4764 = gpu.shuffle xor %v4762, %v985, %v292 : f32
                  %v4765 = arith.addf %v4762, %v4763 fastmath<contract> : f32
                  %v4766 = arith.divui %v24, %v26 : i64
                  %v4767 = arith.remui %v24, %v26 : i64
                  %v4768 = arith.cmpi ult, %v4767, %v33 : i64
                  %v4769 = arith.addi %v12, %v34 : i64
                  %v4770 = arith.muli %v4766, %v1 : i64
                  %v4771 = arith.addi %v4770, %v4769 : i64
                  %v4772 = arith.muli %v4771, %v995 : i64
                  %v4773 = arith.addi %v4772, %v4607 : i64
                  scf.if %v4768 {
                    %v4774 = llvm.getelementptr %v59[%v4773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4765, %v4774 : f32, !llvm.ptr
                  }
                  %v4775 = arith.select %v38, %v4694, %v66 : f32
                  // sum over the warp's outer points: shuffles
                  %v4776, %v4777 = gpu.shuffle xor %v4775, %v981, %v292 : f32
                  %v4778 = arith.addf %v4775, %v4776 fastmath<contract> : f32
                  %v4779, %v4780 = gpu.shuffle xor %v4778, %v985, %v292 : f32
                  %v4781 = arith.addf %v4778, %v4779 fastmath<contract> : f32
                  %v4782 = arith.divui %v24, %v26 : i64
                  %v4783 = arith.remui %v24, %v26 : i64
                  %v4784 = arith.cmpi ult, %v4783, %v33 : i64
                  %v4785 = arith.addi %v33, %v34 : i64
                  %v4786 = arith.muli %v4782, %v1 : i64
                  %v4787 = arith.addi %v4786, %v4785 : i64
                  %v4788 = arith.muli %v4787, %v995 : i64
                  %v4789 = arith.addi %v4788, %v4607 : i64
                  scf.if %v4784 {
                    %v4790 = llvm.getelementptr %v59[%v4789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4781, %v4790 : f32, !llvm.ptr
                  }
                  %v4791 = arith.muli %v34, %v170 : i64
                  %v4792 = arith.subi %v4608, %v139 : i64
                  %v4793 = arith.addi %v4791, %v4792 : i64
                  %v4794 = llvm.getelementptr %v63[%v4793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4795 = llvm.load %v4794 : !llvm.ptr -> f32
                  %v4796 = arith.mulf %v4795, %v4651 fastmath<contract> : f32
                  %v4797 = arith.constant 8 : i64
                  %v4798 = arith.addi %v4797, %v34 : i64
                  %v4799 = arith.muli %v4798, %v170 : i64
                  %v4800 = arith.subi %v4608, %v139 : i64
                  %v4801 = arith.addi %v4799, %v4800 : i64
                  %v4802 = llvm.getelementptr %v63[%v4801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4803 = llvm.load %v4802 : !llvm.ptr -> f32
                  %v4804 = arith.mulf %v4803, %v4653 fastmath<contract> : f32
                  %v4805 = arith.addf %v4796, %v4804 fastmath<contract> : f32
                  llvm.store %v4805, %v3104 : f32, !llvm.ptr
                  %v4806 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4664) : (f32) -> f32
                  %v4807 = arith.mulf %v307, %v4806 fastmath<contract> : f32
                  %v4808 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4807) : (f32) -> f32
                  llvm.store %v4808, %v52 : f32, !llvm.ptr
                  %v4809 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4685) : (f32) -> f32
                  %v4810 = arith.mulf %v307, %v4809 fastmath<contract> : f32
                  %v4811 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4810) : (f32) -> f32
                  llvm.store %v4811, %v53 : f32, !llvm.ptr
                }
                %v4812 = llvm.load %v3104 : !llvm.ptr -> f32
                %v4813 = arith.select %v3107, %v4812, %v4603 : f32
                %v4814 = arith.select %v3107, %v4603, %v4812 : f32
                %v4815, %v4816 = gpu.shuffle xor %v4813, %v1313, %v292 : f32
                %v4817 = arith.addf %v4814, %v4815 fastmath<contract> : f32
                %v4818 = arith.select %v3110, %v4817, %v4394 : f32
                %v4819 = arith.select %v3110, %v4394, %v4817 : f32
                %v4820, %v4821 = gpu.shuffle xor %v4818, %v1744, %v292 : f32
                %v4822 = arith.addf %v4819, %v4820 fastmath<contract> : f32
                %v4823 = arith.select %v3113, %v4822, %v3971 : f32
                %v4824 = arith.select %v3113, %v3971, %v4822 : f32
                %v4825, %v4826 = gpu.shuffle xor %v4823, %v1528, %v292 : f32
                %v4827 = arith.addf %v4824, %v4825 fastmath<contract> : f32
                %v4828 = arith.addi %v375, %v34 : i64
                %v4829 = arith.cmpi slt, %v4828, %v141 : i64
                %v4830 = arith.andi %v38, %v4829 : i1
                scf.if %v4830 {
                  %v4831 = arith.addi %v139, %v4828 : i64
                  // the gradients of this lane's own step
                  %v4832 = arith.muli %v48, %v318 : i64
                  %v4833 = arith.muli %v4831, %v317 : i64
                  %v4834 = arith.addi %v4832, %v4833 : i64
                  %v4835 = arith.muli %v46, %v316 : i64
                  %v4836 = arith.addi %v4834, %v4835 : i64
                  %v4837 = arith.muli %v44, %v2 : i64
                  %v4838 = arith.addi %v4836, %v4837 : i64
                  %v4839 = llvm.getelementptr %dx_v[%v4838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v4827, %v4839 : f32, !llvm.ptr
                }
              }
            }
          }
          gpu.barrier
          %v4840 = arith.index_cast %v24 : i64 to index
          %v4841 = arith.index_cast %v146 : i64 to index
          %v4842 = arith.index_cast %v146 : i64 to index
          scf.for %v4843 = %v4840 to %v4841 step %v4842 {
            %v4844 = arith.index_cast %v4843 : index to i64
            %v4849 = arith.remui %v4844, %v1 : i64
            %v4850 = arith.divui %v4844, %v1 : i64
            %v4851 = arith.muli %v364, %v79 : i64
            %v4852 = arith.divui %v4849, %v33 : i64
            %v4853 = arith.addi %v4851, %v4852 : i64
            %v4854 = arith.cmpi slt, %v4853, %v143 : i64
            %v4855 = arith.subi %v143, %v2 : i64
            %v4856 = arith.subi %v4855, %v4853 : i64
            %v4857 = arith.remui %v4849, %v33 : i64
            %v4858 = arith.subi %v90, %v4857 : i64
            %v4859 = arith.muli %v4856, %v33 : i64
            %v4860 = arith.addi %v4859, %v4858 : i64
            %v4861 = arith.cmpi slt, %v4860, %v141 : i64
            %v4862 = arith.andi %v4854, %v4861 : i1
            scf.if %v4862 {
              %v4863 = arith.addi %v139, %v4860 : i64
              %v4864 = arith.remui %v4844, %v1 : i64
              %v4865 = arith.divui %v4844, %v1 : i64
              %v4866 = arith.muli %v12, %v1 : i64
              %v4867 = arith.addi %v4866, %v4865 : i64
              %v4868 = arith.muli %v4867, %v995 : i64
              %v4869 = arith.addi %v4868, %v4864 : i64
              %v4870 = llvm.getelementptr %v55[%v4869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4871 = llvm.load %v4870 : !llvm.ptr -> f32
              %v4872 = arith.muli %v2, %v1 : i64
              %v4873 = arith.addi %v4872, %v4865 : i64
              %v4874 = arith.muli %v4873, %v995 : i64
              %v4875 = arith.addi %v4874, %v4864 : i64
              %v4876 = llvm.getelementptr %v55[%v4875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4877 = llvm.load %v4876 : !llvm.ptr -> f32
              %v4878 = arith.addf %v4871, %v4877 fastmath<contract> : f32
              %v4879 = arith.muli %v79, %v1 : i64
              %v4880 = arith.addi %v4879, %v4865 : i64
              %v4881 = arith.muli %v4880, %v995 : i64
              %v4882 = arith.addi %v4881, %v4864 : i64
              %v4883 = llvm.getelementptr %v55[%v4882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4884 = llvm.load %v4883 : !llvm.ptr -> f32
              %v4885 = arith.addf %v4878, %v4884 fastmath<contract> : f32
              %v4886 = arith.muli %v84, %v1 : i64
              %v4887 = arith.addi %v4886, %v4865 : i64
              %v4888 = arith.muli %v4887, %v995 : i64
              %v4889 = arith.addi %v4888, %v4864 : i64
              %v4890 = llvm.getelementptr %v55[%v4889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4891 = llvm.load %v4890 : !llvm.ptr -> f32
              %v4892 = arith.addf %v4885, %v4891 fastmath<contract> : f32
              %v4893 = arith.muli %v634, %v1 : i64
              %v4894 = arith.addi %v4893, %v4865 : i64
              %v4895 = arith.muli %v4894, %v995 : i64
              %v4896 = arith.addi %v4895, %v4864 : i64
              %v4897 = llvm.getelementptr %v55[%v4896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4898 = llvm.load %v4897 : !llvm.ptr -> f32
              %v4899 = arith.addf %v4892, %v4898 fastmath<contract> : f32
              %v4900 = arith.muli %v693, %v1 : i64
              %v4901 = arith.addi %v4900, %v4865 : i64
              %v4902 = arith.muli %v4901, %v995 : i64
              %v4903 = arith.addi %v4902, %v4864 : i64
              %v4904 = llvm.getelementptr %v55[%v4903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4905 = llvm.load %v4904 : !llvm.ptr -> f32
              %v4906 = arith.addf %v4899, %v4905 fastmath<contract> : f32
              %v4907 = arith.muli %v752, %v1 : i64
              %v4908 = arith.addi %v4907, %v4865 : i64
              %v4909 = arith.muli %v4908, %v995 : i64
              %v4910 = arith.addi %v4909, %v4864 : i64
              %v4911 = llvm.getelementptr %v55[%v4910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4912 = llvm.load %v4911 : !llvm.ptr -> f32
              %v4913 = arith.addf %v4906, %v4912 fastmath<contract> : f32
              %v4914 = arith.muli %v90, %v1 : i64
              %v4915 = arith.addi %v4914, %v4865 : i64
              %v4916 = arith.muli %v4915, %v995 : i64
              %v4917 = arith.addi %v4916, %v4864 : i64
              %v4918 = llvm.getelementptr %v55[%v4917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4919 = llvm.load %v4918 : !llvm.ptr -> f32
              %v4920 = arith.addf %v4913, %v4919 fastmath<contract> : f32
              %v4921 = arith.subi %v4863, %slice_first : i64
              %v4922 = arith.remui %v4850, %v1 : i64
              %v4923 = arith.divui %v4850, %v1 : i64
              %v4927 = arith.muli %v48, %v4926 : i64
              %v4928 = arith.muli %v4921, %v4925 : i64
              %v4929 = arith.addi %v4927, %v4928 : i64
              %v4930 = arith.muli %v46, %v4924 : i64
              %v4931 = arith.addi %v4929, %v4930 : i64
              %v4932 = arith.muli %v4922, %v2 : i64
              %v4933 = arith.addi %v4931, %v4932 : i64
              %v4934 = arith.muli %v32, %v4848 : i64
              %v4935 = arith.addi %v4934, %v4933 : i64
              %v4936 = llvm.getelementptr %part_q[%v4935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4920, %v4936 : f32, !llvm.ptr
            }
          }
          %v4937 = arith.index_cast %v24 : i64 to index
          %v4938 = arith.index_cast %v146 : i64 to index
          %v4939 = arith.index_cast %v146 : i64 to index
          scf.for %v4940 = %v4937 to %v4938 step %v4939 {
            %v4941 = arith.index_cast %v4940 : index to i64
            %v4946 = arith.remui %v4941, %v1 : i64
            %v4947 = arith.divui %v4941, %v1 : i64
            %v4948 = arith.muli %v364, %v79 : i64
            %v4949 = arith.divui %v4946, %v33 : i64
            %v4950 = arith.addi %v4948, %v4949 : i64
            %v4951 = arith.cmpi slt, %v4950, %v143 : i64
            %v4952 = arith.subi %v143, %v2 : i64
            %v4953 = arith.subi %v4952, %v4950 : i64
            %v4954 = arith.remui %v4946, %v33 : i64
            %v4955 = arith.subi %v90, %v4954 : i64
            %v4956 = arith.muli %v4953, %v33 : i64
            %v4957 = arith.addi %v4956, %v4955 : i64
            %v4958 = arith.cmpi slt, %v4957, %v141 : i64
            %v4959 = arith.andi %v4951, %v4958 : i1
            scf.if %v4959 {
              %v4960 = arith.addi %v139, %v4957 : i64
              %v4961 = arith.remui %v4941, %v1 : i64
              %v4962 = arith.divui %v4941, %v1 : i64
              %v4963 = arith.muli %v12, %v1 : i64
              %v4964 = arith.addi %v4963, %v4962 : i64
              %v4965 = arith.muli %v4964, %v995 : i64
              %v4966 = arith.addi %v4965, %v4961 : i64
              %v4967 = llvm.getelementptr %v57[%v4966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4968 = llvm.load %v4967 : !llvm.ptr -> f32
              %v4969 = arith.muli %v2, %v1 : i64
              %v4970 = arith.addi %v4969, %v4962 : i64
              %v4971 = arith.muli %v4970, %v995 : i64
              %v4972 = arith.addi %v4971, %v4961 : i64
              %v4973 = llvm.getelementptr %v57[%v4972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4974 = llvm.load %v4973 : !llvm.ptr -> f32
              %v4975 = arith.addf %v4968, %v4974 fastmath<contract> : f32
              %v4976 = arith.muli %v79, %v1 : i64
              %v4977 = arith.addi %v4976, %v4962 : i64
              %v4978 = arith.muli %v4977, %v995 : i64
              %v4979 = arith.addi %v4978, %v4961 : i64
              %v4980 = llvm.getelementptr %v57[%v4979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4981 = llvm.load %v4980 : !llvm.ptr -> f32
              %v4982 = arith.addf %v4975, %v4981 fastmath<contract> : f32
              %v4983 = arith.muli %v84, %v1 : i64
              %v4984 = arith.addi %v4983, %v4962 : i64
              %v4985 = arith.muli %v4984, %v995 : i64
              %v4986 = arith.addi %v4985, %v4961 : i64
              %v4987 = llvm.getelementptr %v57[%v4986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4988 = llvm.load %v4987 : !llvm.ptr -> f32
              %v4989 = arith.addf %v4982, %v4988 fastmath<contract> : f32
              %v4990 = arith.muli %v634, %v1 : i64
              %v4991 = arith.addi %v4990, %v4962 : i64
              %v4992 = arith.muli %v4991, %v995 : i64
              %v4993 = arith.addi %v4992, %v4961 : i64
              %v4994 = llvm.getelementptr %v57[%v4993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4995 = llvm.load %v4994 : !llvm.ptr -> f32
              %v4996 = arith.addf %v4989, %v4995 fastmath<contract> : f32
              %v4997 = arith.muli %v693, %v1 : i64
              %v4998 = arith.addi %v4997, %v4962 : i64
              %v4999 = arith.muli %v4998, %v995 : i64
              %v5000 = arith.addi %v4999, %v4961 : i64
              %v5001 = llvm.getelementptr %v57[%v5000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5002 = llvm.load %v5001 : !llvm.ptr -> f32
              %v5003 = arith.addf %v4996, %v5002 fastmath<contract> : f32
              %v5004 = arith.muli %v752, %v1 : i64
              %v5005 = arith.addi %v5004, %v4962 : i64
              %v5006 = arith.muli %v5005, %v995 : i64
              %v5007 = arith.addi %v5006, %v4961 : i64
              %v5008 = llvm.getelementptr %v57[%v5007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5009 = llvm.load %v5008 : !llvm.ptr -> f32
              %v5010 = arith.addf %v5003, %v5009 fastmath<contract> : f32
              %v5011 = arith.muli %v90, %v1 : i64
              %v5012 = arith.addi %v5011, %v4962 : i64
              %v5013 = arith.muli %v5012, %v995 : i64
              %v5014 = arith.addi %v5013, %v4961 : i64
              %v5015 = llvm.getelementptr %v57[%v5014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5016 = llvm.load %v5015 : !llvm.ptr -> f32
              %v5017 = arith.addf %v5010, %v5016 fastmath<contract> : f32
              %v5018 = arith.subi %v4960, %slice_first : i64
              %v5019 = arith.remui %v4947, %v1 : i64
              %v5020 = arith.divui %v4947, %v1 : i64
              %v5021 = arith.muli %v48, %v4926 : i64
              %v5022 = arith.muli %v5018, %v4925 : i64
              %v5023 = arith.addi %v5021, %v5022 : i64
              %v5024 = arith.muli %v46, %v4924 : i64
              %v5025 = arith.addi %v5023, %v5024 : i64
              %v5026 = arith.muli %v5019, %v2 : i64
              %v5027 = arith.addi %v5025, %v5026 : i64
              %v5028 = arith.muli %v32, %v4945 : i64
              %v5029 = arith.addi %v5028, %v5027 : i64
              %v5030 = llvm.getelementptr %part_k[%v5029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v5017, %v5030 : f32, !llvm.ptr
            }
          }
          %v5031 = arith.index_cast %v24 : i64 to index
          %v5032 = arith.index_cast %v146 : i64 to index
          %v5033 = arith.index_cast %v146 : i64 to index
          scf.for %v5034 = %v5031 to %v5032 step %v5033 {
            %v5035 = arith.index_cast %v5034 : index to i64
            %v5040 = arith.remui %v5035, %v1 : i64
            %v5041 = arith.divui %v5035, %v1 : i64
            %v5042 = arith.muli %v364, %v79 : i64
            %v5043 = arith.divui %v5040, %v33 : i64
            %v5044 = arith.addi %v5042, %v5043 : i64
            %v5045 = arith.cmpi slt, %v5044, %v143 : i64
            %v5046 = arith.subi %v143, %v2 : i64
            %v5047 = arith.subi %v5046, %v5044 : i64
            %v5048 = arith.remui %v5040, %v33 : i64
            %v5049 = arith.subi %v90, %v5048 : i64
            %v5050 = arith.muli %v5047, %v33 : i64
            %v5051 = arith.addi %v5050, %v5049 : i64
            %v5052 = arith.cmpi slt, %v5051, %v141 : i64
            %v5053 = arith.andi %v5045, %v5052 : i1
            scf.if %v5053 {
              %v5054 = arith.addi %v139, %v5051 : i64
              %v5055 = arith.remui %v5035, %v1 : i64
              %v5056 = arith.divui %v5035, %v1 : i64
              %v5057 = arith.muli %v12, %v1 : i64
              %v5058 = arith.addi %v5057, %v5056 : i64
              %v5059 = arith.muli %v5058, %v995 : i64
              %v5060 = arith.addi %v5059, %v5055 : i64
              %v5061 = llvm.getelementptr %v59[%v5060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5062 = llvm.load %v5061 : !llvm.ptr -> f32
              %v5063 = arith.muli %v2, %v1 : i64
              %v5064 = arith.addi %v5063, %v5056 : i64
              %v5065 = arith.muli %v5064, %v995 : i64
              %v5066 = arith.addi %v5065, %v5055 : i64
              %v5067 = llvm.getelementptr %v59[%v5066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5068 = llvm.load %v5067 : !llvm.ptr -> f32
              %v5069 = arith.addf %v5062, %v5068 fastmath<contract> : f32
              %v5070 = arith.muli %v79, %v1 : i64
              %v5071 = arith.addi %v5070, %v5056 : i64
              %v5072 = arith.muli %v5071, %v995 : i64
              %v5073 = arith.addi %v5072, %v5055 : i64
              %v5074 = llvm.getelementptr %v59[%v5073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5075 = llvm.load %v5074 : !llvm.ptr -> f32
              %v5076 = arith.addf %v5069, %v5075 fastmath<contract> : f32
              %v5077 = arith.muli %v84, %v1 : i64
              %v5078 = arith.addi %v5077, %v5056 : i64
              %v5079 = arith.muli %v5078, %v995 : i64
              %v5080 = arith.addi %v5079, %v5055 : i64
              %v5081 = llvm.getelementptr %v59[%v5080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5082 = llvm.load %v5081 : !llvm.ptr -> f32
              %v5083 = arith.addf %v5076, %v5082 fastmath<contract> : f32
              %v5084 = arith.muli %v634, %v1 : i64
              %v5085 = arith.addi %v5084, %v5056 : i64
              %v5086 = arith.muli %v5085, %v995 : i64
              %v5087 = arith.addi %v5086, %v5055 : i64
              %v5088 = llvm.getelementptr %v59[%v5087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5089 = llvm.load %v5088 : !llvm.ptr -> f32
              %v5090 = arith.addf %v5083, %v5089 fastmath<contract> : f32
              %v5091 = arith.muli %v693, %v1 : i64
              %v5092 = arith.addi %v5091, %v5056 : i64
              %v5093 = arith.muli %v5092, %v995 : i64
              %v5094 = arith.addi %v5093, %v5055 : i64
              %v5095 = llvm.getelementptr %v59[%v5094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5096 = llvm.load %v5095 : !llvm.ptr -> f32
              %v5097 = arith.addf %v5090, %v5096 fastmath<contract> : f32
              %v5098 = arith.muli %v752, %v1 : i64
              %v5099 = arith.addi %v5098, %v5056 : i64
              %v5100 = arith.muli %v5099, %v995 : i64
              %v5101 = arith.addi %v5100, %v5055 : i64
              %v5102 = llvm.getelementptr %v59[%v5101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5103 = llvm.load %v5102 : !llvm.ptr -> f32
              %v5104 = arith.addf %v5097, %v5103 fastmath<contract> : f32
              %v5105 = arith.muli %v90, %v1 : i64
              %v5106 = arith.addi %v5105, %v5056 : i64
              %v5107 = arith.muli %v5106, %v995 : i64
              %v5108 = arith.addi %v5107, %v5055 : i64
              %v5109 = llvm.getelementptr %v59[%v5108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5110 = llvm.load %v5109 : !llvm.ptr -> f32
              %v5111 = arith.addf %v5104, %v5110 fastmath<contract> : f32
              %v5112 = arith.subi %v5054, %slice_first : i64
              %v5113 = arith.remui %v5041, %v1 : i64
              %v5114 = arith.divui %v5041, %v1 : i64
              %v5115 = arith.muli %v48, %v4926 : i64
              %v5116 = arith.muli %v5112, %v4925 : i64
              %v5117 = arith.addi %v5115, %v5116 : i64
              %v5118 = arith.muli %v46, %v4924 : i64
              %v5119 = arith.addi %v5117, %v5118 : i64
              %v5120 = arith.muli %v5113, %v2 : i64
              %v5121 = arith.addi %v5119, %v5120 : i64
              %v5122 = arith.muli %v32, %v5039 : i64
              %v5123 = arith.addi %v5122, %v5121 : i64
              %v5124 = llvm.getelementptr %part_g[%v5123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v5111, %v5124 : f32, !llvm.ptr
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
          %v5125 = arith.muli %v40, %v33 : i64
          %v5126 = arith.addi %v5125, %v34 : i64
          %v5127 = arith.muli %v5, %v33 : i64
          %v5128 = arith.muli %v12, %v5127 : i64
          %v5129 = arith.addi %v5128, %v5126 : i64
          %v5130 = llvm.load %v50 : !llvm.ptr -> f32
          %v5131 = llvm.getelementptr %slice_carry[%v5129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5130, %v5131 : f32, !llvm.ptr
          %v5132 = arith.muli %v2, %v5127 : i64
          %v5133 = arith.addi %v5132, %v5126 : i64
          %v5134 = llvm.load %v51 : !llvm.ptr -> f32
          %v5135 = llvm.getelementptr %slice_carry[%v5133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5134, %v5135 : f32, !llvm.ptr
          %v5136 = arith.muli %v79, %v5127 : i64
          %v5137 = arith.addi %v5136, %v5126 : i64
          %v5138 = llvm.load %v52 : !llvm.ptr -> f32
          %v5139 = llvm.getelementptr %slice_carry[%v5137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5138, %v5139 : f32, !llvm.ptr
          %v5140 = arith.muli %v84, %v5127 : i64
          %v5141 = arith.addi %v5140, %v5126 : i64
          %v5142 = llvm.load %v53 : !llvm.ptr -> f32
          %v5143 = llvm.getelementptr %slice_carry[%v5141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5142, %v5143 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
