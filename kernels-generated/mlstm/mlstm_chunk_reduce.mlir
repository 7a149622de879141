module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_mlstm_chunk_reduce_k() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_mlstm_chunk_reduce_ig() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<65 x f32>
    llvm.mlir.global internal @rows_mlstm_chunk_reduce_fg() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<65 x f32>
    gpu.func @mlstm_chunk_reduce(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_ig: !llvm.ptr, %in_fg: !llvm.ptr, %agga_C: !llvm.ptr, %aggb_C: !llvm.ptr, %agga_n: !llvm.ptr, %aggb_n: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v14 = arith.constant 63 : i64
      %v15 = arith.addi %size_L, %v14 : i64
      %v16 = arith.constant 64 : i64
      %v17 = arith.divui %v15, %v16 : i64
      %v22 = arith.constant 8 : i64
      %v50 = llvm.mlir.addressof @rows_mlstm_chunk_reduce_k : !llvm.ptr<3>
      %v51 = llvm.addrspacecast %v50 : !llvm.ptr<3> to !llvm.ptr
      %v52 = llvm.mlir.addressof @rows_mlstm_chunk_reduce_ig : !llvm.ptr<3>
      %v53 = llvm.addrspacecast %v52 : !llvm.ptr<3> to !llvm.ptr
      %v54 = llvm.mlir.addressof @rows_mlstm_chunk_reduce_fg : !llvm.ptr<3>
      %v55 = llvm.addrspacecast %v54 : !llvm.ptr<3> to !llvm.ptr
      %v56 = arith.constant 0x00000000 : f32
      %v57 = arith.constant 0x3F800000 : f32
      %v61 = arith.constant 32 : i64
      %v68 = arith.constant 512 : i64
      %v80 = arith.muli %v2, %v1 : i64
      %v81 = arith.muli %v80, %size_H : i64
      %v82 = arith.muli %v81, %size_L : i64
      %v92 = arith.constant 65 : i64
      %v105 = arith.muli %v2, %size_H : i64
      %v106 = arith.muli %v105, %size_L : i64
      %v138 = arith.constant 0 : i64
      %v148 = arith.constant 2 : i64
      %v150 = arith.constant 3 : i64
      %v152 = arith.constant 4 : i64
      %v154 = arith.constant 5 : i64
      %v156 = arith.constant 6 : i64
      %v158 = arith.constant 7 : i64
      %v161 = arith.constant 9 : i64
      %v163 = arith.constant 10 : i64
      %v165 = arith.constant 11 : i64
      %v167 = arith.constant 12 : i64
      %v169 = arith.constant 13 : i64
      %v171 = arith.constant 14 : i64
      %v173 = arith.constant 15 : i64
      %v392 = arith.constant 0x3FB8AA3B : f32
      %v404 = arith.muli %v2, %size_DV : i64
      %v405 = arith.muli %v404, %size_H : i64
      %v406 = arith.muli %v405, %size_L : i64
      %v18 = gpu.block_id x
      %v19 = gpu.thread_id x
      %v20 = arith.index_cast %v19 : index to i64
      %v21 = arith.index_cast %v18 : index to i64
      %v23 = arith.subi %v22, %v2 : i64
      %v24 = arith.addi %size_DV, %v23 : i64
      %v25 = arith.divui %v24, %v22 : i64
      %v26 = arith.maxsi %v25, %v2 : i64
      %v27 = arith.maxsi %size_DV, %v2 : i64
      %v28 = arith.divui %v5, %v27 : i64
      %v29 = arith.muli %v28, %v26 : i64
      %v30 = arith.divui %v21, %v29 : i64
      %v31 = arith.remui %v21, %v29 : i64
      %v32 = arith.divui %v31, %v26 : i64
      %v33 = arith.remui %v31, %v26 : i64
      %v34 = arith.remui %v20, %v22 : i64
      %v35 = arith.divui %v20, %v22 : i64
      %v36 = arith.muli %v33, %v22 : i64
      %v37 = arith.addi %v36, %v35 : i64
      %v38 = arith.cmpi slt, %v37, %size_DV : i64
      %v39 = arith.muli %v32, %size_DV : i64
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
      %v445 = arith.trunci %v20 : i64 to i32
      %v446 = arith.constant 24 : i32
      %v447 = arith.andi %v445, %v446 : i32
      %v448 = arith.constant 0 : i32
      %v449 = arith.ori %v447, %v448 : i32
      %v450 = arith.constant 0 : i64
      %v451 = arith.cmpi eq, %v34, %v450 : i64
      %v452 = arith.constant 1 : i32
      %v453 = arith.ori %v447, %v452 : i32
      %v454 = arith.constant 1 : i64
      %v455 = arith.cmpi eq, %v34, %v454 : i64
      %v456 = arith.constant 2 : i32
      %v457 = arith.ori %v447, %v456 : i32
      %v458 = arith.constant 2 : i64
      %v459 = arith.cmpi eq, %v34, %v458 : i64
      %v460 = arith.constant 3 : i32
      %v461 = arith.ori %v447, %v460 : i32
      %v462 = arith.constant 3 : i64
      %v463 = arith.cmpi eq, %v34, %v462 : i64
      %v464 = arith.constant 4 : i32
      %v465 = arith.ori %v447, %v464 : i32
      %v466 = arith.constant 4 : i64
      %v467 = arith.cmpi eq, %v34, %v466 : i64
      %v468 = arith.constant 5 : i32
      %v469 = arith.ori %v447, %v468 : i32
      %v470 = arith.constant 5 : i64
      %v471 = arith.cmpi eq, %v34, %v470 : i64
      %v472 = arith.constant 6 : i32
      %v473 = arith.ori %v447, %v472 : i32
      %v474 = arith.constant 6 : i64
      %v475 = arith.cmpi eq, %v34, %v474 : i64
      %v476 = arith.constant 7 : i32
      %v477 = arith.ori %v447, %v476 : i32
      %v478 = arith.constant 7 : i64
      %v479 = arith.cmpi eq, %v34, %v478 : i64
      %v480 = arith.constant 32 : i32
      %v488 = arith.sitofp %v1 : i64 to f32
      %v489 = llvm.call_intrinsic "llvm.sqrt.f32"(%v488) : (f32) -> f32
      llvm.store %v56, %v6 : f32, !llvm.ptr
      llvm.store %v56, %v7 : f32, !llvm.ptr
      llvm.store %v56, %v8 : f32, !llvm.ptr
      llvm.store %v56, %v9 : f32, !llvm.ptr
      llvm.store %v57, %v10 : f32, !llvm.ptr
      llvm.store %v57, %v11 : f32, !llvm.ptr
      llvm.store %v57, %v12 : f32, !llvm.ptr
      llvm.store %v57, %v13 : f32, !llvm.ptr
      %v58 = arith.muli %v30, %v16 : i64
      %v59 = arith.addi %v58, %v16 : i64
      %v60 = arith.minsi %v59, %size_L : i64
      %v62 = arith.index_cast %v58 : i64 to index
      %v63 = arith.index_cast %v60 : i64 to index
      %v64 = arith.index_cast %v61 : i64 to index
      scf.for %v65 = %v62 to %v63 step %v64 {
        %v66 = arith.index_cast %v65 : index to i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v67 = arith.subi %size_L, %v2 : i64
        %v69 = arith.index_cast %v20 : i64 to index
        %v70 = arith.index_cast %v68 : i64 to index
        %v71 = arith.index_cast %v16 : i64 to index
        scf.for %v72 = %v69 to %v70 step %v71 {
          %v73 = arith.index_cast %v72 : index to i64
          %v74 = arith.remui %v73, %v61 : i64
          %v75 = arith.divui %v73, %v61 : i64
          %v76 = arith.addi %v66, %v74 : i64
          %v77 = arith.minsi %v76, %v67 : i64
          %v78 = arith.remui %v75, %v1 : i64
          %v79 = arith.divui %v75, %v1 : i64
          %v83 = arith.muli %v48, %v82 : i64
          %v84 = arith.muli %v77, %v81 : i64
          %v85 = arith.addi %v83, %v84 : i64
          %v86 = arith.muli %v46, %v80 : i64
          %v87 = arith.addi %v85, %v86 : i64
          %v88 = arith.muli %v78, %v2 : i64
          %v89 = arith.addi %v87, %v88 : i64
          %v90 = llvm.getelementptr %in_k[%v89] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v91 = llvm.load %v90 : !llvm.ptr -> f32
          %v93 = arith.muli %v75, %v92 : i64
          %v94 = arith.addi %v93, %v74 : i64
          %v95 = llvm.getelementptr %v51[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v91, %v95 : f32, !llvm.ptr
        }
        %v96 = arith.index_cast %v20 : i64 to index
        %v97 = arith.index_cast %v61 : i64 to index
        %v98 = arith.index_cast %v16 : i64 to index
        scf.for %v99 = %v96 to %v97 step %v98 {
          %v100 = arith.index_cast %v99 : index to i64
          %v101 = arith.remui %v100, %v61 : i64
          %v102 = arith.divui %v100, %v61 : i64
          %v103 = arith.addi %v66, %v101 : i64
          %v104 = arith.minsi %v103, %v67 : i64
          %v107 = arith.muli %v48, %v106 : i64
          %v108 = arith.muli %v104, %v105 : i64
          %v109 = arith.addi %v107, %v108 : i64
          %v110 = arith.muli %v46, %v2 : i64
          %v111 = arith.addi %v109, %v110 : i64
          %v112 = llvm.getelementptr %in_ig[%v111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v113 = llvm.load %v112 : !llvm.ptr -> f32
          %v114 = arith.muli %v102, %v92 : i64
          %v115 = arith.addi %v114, %v101 : i64
          %v116 = llvm.getelementptr %v53[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v113, %v116 : f32, !llvm.ptr
        }
        %v117 = arith.index_cast %v20 : i64 to index
        %v118 = arith.index_cast %v61 : i64 to index
        %v119 = arith.index_cast %v16 : i64 to index
        scf.for %v120 = %v117 to %v118 step %v119 {
          %v121 = arith.index_cast %v120 : index to i64
          %v122 = arith.remui %v121, %v61 : i64
          %v123 = arith.divui %v121, %v61 : i64
          %v124 = arith.addi %v66, %v122 : i64
          %v125 = arith.minsi %v124, %v67 : i64
          %v126 = arith.muli %v48, %v106 : i64
          %v127 = arith.muli %v125, %v105 : i64
          %v128 = arith.addi %v126, %v127 : i64
          %v129 = arith.muli %v46, %v2 : i64
          %v130 = arith.addi %v128, %v129 : i64
          %v131 = llvm.getelementptr %in_fg[%v130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v132 = llvm.load %v131 : !llvm.ptr -> f32
          %v133 = arith.muli %v123, %v92 : i64
          %v134 = arith.addi %v133, %v122 : i64
          %v135 = llvm.getelementptr %v55[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v132, %v135 : f32, !llvm.ptr
        }
        gpu.barrier
        %v136 = arith.subi %v60, %v66 : i64
        %v137 = arith.minsi %v136, %v61 : i64
        %v139 = arith.divui %v137, %v1 : i64
        %v140 = arith.index_cast %v138 : i64 to index
        %v141 = arith.index_cast %v139 : i64 to index
        %v142 = arith.index_cast %v2 : i64 to index
        scf.for %v143 = %v140 to %v141 step %v142 {
          %v144 = arith.index_cast %v143 : index to i64
          %v145 = arith.muli %v144, %v1 : i64
          %v146 = arith.addi %v145, %v138 : i64
          %v147 = arith.addi %v145, %v2 : i64
          %v149 = arith.addi %v145, %v148 : i64
          %v151 = arith.addi %v145, %v150 : i64
          %v153 = arith.addi %v145, %v152 : i64
          %v155 = arith.addi %v145, %v154 : i64
          %v157 = arith.addi %v145, %v156 : i64
          %v159 = arith.addi %v145, %v158 : i64
          %v160 = arith.addi %v145, %v22 : i64
          %v162 = arith.addi %v145, %v161 : i64
          %v164 = arith.addi %v145, %v163 : i64
          %v166 = arith.addi %v145, %v165 : i64
          %v168 = arith.addi %v145, %v167 : i64
          %v170 = arith.addi %v145, %v169 : i64
          %v172 = arith.addi %v145, %v171 : i64
          %v174 = arith.addi %v145, %v173 : i64
          %v175 = arith.addi %v66, %v146 : i64
          %v176 = arith.muli %v34, %v92 : i64
          %v177 = arith.subi %v175, %v66 : i64
          %v178 = arith.addi %v176, %v177 : i64
          %v179 = llvm.getelementptr %v51[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v180 = llvm.load %v179 : !llvm.ptr -> f32
          %v181 = arith.constant 8 : i64
          %v182 = arith.addi %v181, %v34 : i64
          %v183 = arith.muli %v182, %v92 : i64
          %v184 = arith.subi %v175, %v66 : i64
          %v185 = arith.addi %v183, %v184 : i64
          %v186 = llvm.getelementptr %v51[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v187 = llvm.load %v186 : !llvm.ptr -> f32
          %v188 = arith.addi %v66, %v147 : i64
          %v189 = arith.muli %v34, %v92 : i64
          %v190 = arith.subi %v188, %v66 : i64
          %v191 = arith.addi %v189, %v190 : i64
          %v192 = llvm.getelementptr %v51[%v191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v193 = llvm.load %v192 : !llvm.ptr -> f32
          %v194 = arith.constant 8 : i64
          %v195 = arith.addi %v194, %v34 : i64
          %v196 = arith.muli %v195, %v92 : i64
          %v197 = arith.subi %v188, %v66 : i64
          %v198 = arith.addi %v196, %v197 : i64
          %v199 = llvm.getelementptr %v51[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v200 = llvm.load %v199 : !llvm.ptr -> f32
          %v201 = arith.addi %v66, %v149 : i64
          %v202 = arith.muli %v34, %v92 : i64
          %v203 = arith.subi %v201, %v66 : i64
          %v204 = arith.addi %v202, %v203 : i64
          %v205 = llvm.getelementptr %v51[%v204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v206 = llvm.load %v205 : !llvm.ptr -> f32
          %v207 = arith.constant 8 : i64
          %v208 = arith.addi %v207, %v34 : i64
          %v209 = arith.muli %v208, %v92 : i64
          %v210 = arith.subi %v201, %v66 : i64
          %v211 = arith.addi %v209, %v210 : i64
          %v212 = llvm.getelementptr %v51[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v213 = llvm.load %v212 : !llvm.ptr -> f32
          %v214 = arith.addi %v66, %v151 : i64
          %v215 = arith.muli %v34, %v92 : i64
          %v216 = arith.subi %v214, %v66 : i64
          %v217 = arith.addi %v215, %v216 : i64
          %v218 = llvm.getelementptr %v51[%v217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v219 = llvm.load %v218 : !llvm.ptr -> f32
          %v220 = arith.constant 8 : i64
          %v221 = arith.addi %v220, %v34 : i64
          %v222 = arith.muli %v221, %v92 : i64
          %v223 = arith.subi %v214, %v66 : i64
          %v224 = arith.addi %v222, %v223 : i64
          %v225 = llvm.getelementptr %v51[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v226 = llvm.load %v225 : !llvm.ptr -> f32
          %v227 = arith.addi %v66, %v153 : i64
          %v228 = arith.muli %v34, %v92 : i64
          %v229 = arith.subi %v227, %v66 : i64
          %v230 = arith.addi %v228, %v229 : i64
          %v231 = llvm.getelementptr %v51[%v230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v232 = llvm.load %v231 : !llvm.ptr -> f32
          %v233 = arith.constant 8 : i64
          %v234 = arith.addi %v233, %v34 : i64
          %v235 = arith.muli %v234, %v92 : i64
          %v236 = arith.subi %v227, %v66 : i64
          %v237 = arith.addi %v235, %v236 : i64
          %v238 = llvm.getelementptr %v51[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v239 = llvm.load %v238 : !llvm.ptr -> f32
          %v240 = arith.addi %v66, %v155 : i64
          %v241 = arith.muli %v34, %v92 : i64
          %v242 = arith.subi %v240, %v66 : i64
          %v243 = arith.addi %v241, %v242 : i64
          %v244 = llvm.getelementptr %v51[%v243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v245 = llvm.load %v244 : !llvm.ptr -> f32
          %v246 = arith.constant 8 : i64
          %v247 = arith.addi %v246, %v34 : i64
          %v248 = arith.muli %v247, %v92 : i64
          %v249 = arith.subi %v240, %v66 : i64
          %v250 = arith.addi %v248, %v249 : i64
          %v251 = llvm.getelementptr %v51[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v252 = llvm.load %v251 : !llvm.ptr -> f32
          %v253 = arith.addi %v66, %v157 : i64
          %v254 = arith.muli %v34, %v92 : i64
          %v255 = arith.subi %v253, %v66 : i64
          %v256 = arith.addi %v254, %v255 : i64
          %v257 = llvm.getelementptr %v51[%v256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v258 = llvm.load %v257 : !llvm.ptr -> f32
          %v259 = arith.constant 8 : i64
          %v260 = arith.addi %v259, %v34 : i64
          %v261 = arith.muli %v260, %v92 : i64
          %v262 = arith.subi %v253, %v66 : i64
          %v263 = arith.addi %v261, %v262 : i64
          %v264 = llvm.getelementptr %v51[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v265 = llvm.load %v264 : !llvm.ptr -> f32
          %v266 = arith.addi %v66, %v159 : i64
          %v267 = arith.muli %v34, %v92 : i64
          %v268 = arith.subi %v266, %v66 : i64
          %v269 = arith.addi %v267, %v268 : i64
          %v270 = llvm.getelementptr %v51[%v269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v271 = llvm.load %v270 : !llvm.ptr -> f32
          %v272 = arith.constant 8 : i64
          %v273 = arith.addi %v272, %v34 : i64
          %v274 = arith.muli %v273, %v92 : i64
          %v275 = arith.subi %v266, %v66 : i64
          %v276 = arith.addi %v274, %v275 : i64
          %v277 = llvm.getelementptr %v51[%v276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v278 = llvm.load %v277 : !llvm.ptr -> f32
          %v279 = arith.addi %v66, %v160 : i64
          %v280 = arith.muli %v34, %v92 : i64
          %v281 = arith.subi %v279, %v66 : i64
          %v282 = arith.addi %v280, %v281 : i64
          %v283 = llvm.getelementptr %v51[%v282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v284 = llvm.load %v283 : !llvm.ptr -> f32
          %v285 = arith.constant 8 : i64
          %v286 = arith.addi %v285, %v34 : i64
          %v287 = arith.muli %v286, %v92 : i64
          %v288 = arith.subi %v279, %v66 : i64
          %v289 = arith.addi %v287, %v288 : i64
          %v290 = llvm.getelementptr %v51[%v289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v291 = llvm.load %v290 : !llvm.ptr -> f32
          %v292 = arith.addi %v66, %v162 : i64
          %v293 = arith.muli %v34, %v92 : i64
          %v294 = arith.subi %v292, %v66 : i64
          %v295 = arith.addi %v293, %v294 : i64
          %v296 = llvm.getelementptr %v51[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v297 = llvm.load %v296 : !llvm.ptr -> f32
          %v298 = arith.constant 8 : i64
          %v299 = arith.addi %v298, %v34 : i64
          %v300 = arith.muli %v299, %v92 : i64
          %v301 = arith.subi %v292, %v66 : i64
          %v302 = arith.addi %v300, %v301 : i64
          %v303 = llvm.getelementptr %v51[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v304 = llvm.load %v303 : !llvm.ptr -> f32
          %v305 = arith.addi %v66, %v164 : i64
          %v306 = arith.muli %v34, %v92 : i64
          %v307 = arith.subi %v305, %v66 : i64
          %v308 = arith.addi %v306, %v307 : i64
          %v309 = llvm.getelementptr %v51[%v308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v310 = llvm.load %v309 : !llvm.ptr -> f32
          %v311 = arith.constant 8 : i64
          %v312 = arith.addi %v311, %v34 : i64
          %v313 = arith.muli %v312, %v92 : i64
          %v314 = arith.subi %v305, %v66 : i64
          %v315 = arith.addi %v313, %v314 : i64
          %v316 = llvm.getelementptr %v51[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v317 = llvm.load %v316 : !llvm.ptr -> f32
          %v318 = arith.addi %v66, %v166 : i64
          %v319 = arith.muli %v34, %v92 : i64
          %v320 = arith.subi %v318, %v66 : i64
          %v321 = arith.addi %v319, %v320 : i64
          %v322 = llvm.getelementptr %v51[%v321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v323 = llvm.load %v322 : !llvm.ptr -> f32
          %v324 = arith.constant 8 : i64
          %v325 = arith.addi %v324, %v34 : i64
          %v326 = arith.muli %v325, %v92 : i64
          %v327 = arith.subi %v318, %v66 : i64
          %v328 = arith.addi %v326, %v327 : i64
          %v329 = llvm.getelementptr %v51[%v328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v330 = llvm.load %v329 : !llvm.ptr -> f32
          %v331 = arith.addi %v66, %v168 : i64
          %v332 = arith.muli %v34, %v92 : i64
          %v333 = arith.subi %v331, %v66 : i64
          %v334 = arith.addi %v332, %v333 : i64
          %v335 = llvm.getelementptr %v51[%v334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v336 = llvm.load %v335 : !llvm.ptr -> f32
          %v337 = arith.constant 8 : i64
          %v338 = arith.addi %v337, %v34 : i64
          %v339 = arith.muli %v338, %v92 : i64
          %v340 = arith.subi %v331, %v66 : i64
          %v341 = arith.addi %v339, %v340 : i64
          %v342 = llvm.getelementptr %v51[%v341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v343 = llvm.load %v342 : !llvm.ptr -> f32
          %v344 = arith.addi %v66, %v170 : i64
          %v345 = arith.muli %v34, %v92 : i64
          %v346 = arith.subi %v344, %v66 : i64
          %v347 = arith.addi %v345, %v346 : i64
          %v348 = llvm.getelementptr %v51[%v347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v349 = llvm.load %v348 : !llvm.ptr -> f32
          %v350 = arith.constant 8 : i64
          %v351 = arith.addi %v350, %v34 : i64
          %v352 = arith.muli %v351, %v92 : i64
          %v353 = arith.subi %v344, %v66 : i64
          %v354 = arith.addi %v352, %v353 : i64
          %v355 = llvm.getelementptr %v51[%v354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v356 = llvm.load %v355 : !llvm.ptr -> f32
          %v357 = arith.addi %v66, %v172 : i64
          %v358 = arith.muli %v34, %v92 : i64
          %v359 = arith.subi %v357, %v66 : i64
          %v360 = arith.addi %v358, %v359 : i64
          %v361 = llvm.getelementptr %v51[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v362 = llvm.load %v361 : !llvm.ptr -> f32
          %v363 = arith.constant 8 : i64
          %v364 = arith.addi %v363, %v34 : i64
          %v365 = arith.muli %v364, %v92 : i64
          %v366 = arith.subi %v357, %v66 : i64
          %v367 = arith.addi %v365, %v366 : i64
          %v368 = llvm.getelementptr %v51[%v367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v369 = llvm.load %v368 : !llvm.ptr -> f32
          %v370 = arith.addi %v66, %v174 : i64
          %v371 = arith.muli %v34, %v92 : i64
          %v372 = arith.subi %v370, %v66 : i64
          %v373 = arith.addi %v371, %v372 : i64
          %v374 = llvm.getelementptr %v51[%v373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v375 = llvm.load %v374 : !llvm.ptr -> f32
          %v376 = arith.constant 8 : i64
          %v377 = arith.addi %v376, %v34 : i64
          %v378 = arith.muli %v377, %v92 : i64
          %v379 = arith.subi %v370, %v66 : i64
          %v380 = arith.addi %v378, %v379 : i64
          %v381 = llvm.getelementptr %v51[%v380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v382 = llvm.load %v381 : !llvm.ptr -> f32
          %v383 = arith.addi %v145, %v138 : i64
          %v384 = arith.addi %v383, %v34 : i64
          %v385 = arith.addi %v66, %v384 : i64
          %v386 = arith.muli %v138, %v92 : i64
          %v387 = arith.subi %v385, %v66 : i64
          %v388 = arith.addi %v386, %v387 : i64
          %v389 = llvm.getelementptr %v55[%v388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v390 = llvm.load %v389 : !llvm.ptr -> f32
          %v391 = arith.negf %v390 : f32
          %v393 = arith.mulf %v391, %v392 fastmath<contract> : f32
          %v394 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v393) : (f32) -> f32
          %v395 = arith.addf %v57, %v394 fastmath<contract> : f32
          %v396 = arith.divf %v57, %v395 : f32
          %v397 = arith.muli %v138, %v92 : i64
          %v398 = arith.subi %v385, %v66 : i64
          %v399 = arith.addi %v397, %v398 : i64
          %v400 = llvm.getelementptr %v53[%v399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v401 = llvm.load %v400 : !llvm.ptr -> f32
          %v402 = arith.mulf %v401, %v392 fastmath<contract> : f32
          %v403 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v402) : (f32) -> f32
          %v407 = arith.muli %v48, %v406 : i64
          %v408 = arith.muli %v385, %v405 : i64
          %v409 = arith.addi %v407, %v408 : i64
          %v410 = arith.muli %v46, %v404 : i64
          %v411 = arith.addi %v409, %v410 : i64
          %v412 = arith.muli %v44, %v2 : i64
          %v413 = arith.addi %v411, %v412 : i64
          %v414 = llvm.getelementptr %in_v[%v413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v415 = llvm.load %v414 : !llvm.ptr -> f32
          %v416 = arith.addi %v145, %v22 : i64
          %v417 = arith.addi %v416, %v34 : i64
          %v418 = arith.addi %v66, %v417 : i64
          %v419 = arith.muli %v138, %v92 : i64
          %v420 = arith.subi %v418, %v66 : i64
          %v421 = arith.addi %v419, %v420 : i64
          %v422 = llvm.getelementptr %v55[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v423 = llvm.load %v422 : !llvm.ptr -> f32
          %v424 = arith.negf %v423 : f32
          %v425 = arith.mulf %v424, %v392 fastmath<contract> : f32
          %v426 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v425) : (f32) -> f32
          %v427 = arith.addf %v57, %v426 fastmath<contract> : f32
          %v428 = arith.divf %v57, %v427 : f32
          %v429 = arith.muli %v138, %v92 : i64
          %v430 = arith.subi %v418, %v66 : i64
          %v431 = arith.addi %v429, %v430 : i64
          %v432 = llvm.getelementptr %v53[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v433 = llvm.load %v432 : !llvm.ptr -> f32
          %v434 = arith.mulf %v433, %v392 fastmath<contract> : f32
          %v435 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v434) : (f32) -> f32
          %v436 = arith.muli %v48, %v406 : i64
          %v437 = arith.muli %v418, %v405 : i64
          %v438 = arith.addi %v436, %v437 : i64
          %v439 = arith.muli %v46, %v404 : i64
          %v440 = arith.addi %v438, %v439 : i64
          %v441 = arith.muli %v44, %v2 : i64
          %v442 = arith.addi %v440, %v441 : i64
          %v443 = llvm.getelementptr %in_v[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v444 = llvm.load %v443 : !llvm.ptr -> f32
          %v481 = arith.addi %v66, %v146 : i64
          %v482, %v483 = gpu.shuffle idx %v396, %v449, %v480 : f32
          %v484, %v485 = gpu.shuffle idx %v403, %v449, %v480 : f32
          %v486, %v487 = gpu.shuffle idx %v415, %v449, %v480 : f32
          %v490 = arith.divf %v180, %v489 : f32
          %v491 = arith.mulf %v484, %v490 fastmath<contract> : f32
          %v492 = arith.mulf %v491, %v486 fastmath<contract> : f32
          %v493 = llvm.load %v6 : !llvm.ptr -> f32
          %v494 = arith.mulf %v482, %v493 fastmath<contract> : f32
          %v495 = arith.addf %v494, %v492 fastmath<contract> : f32
          %v496 = llvm.load %v10 : !llvm.ptr -> f32
          %v497 = arith.mulf %v482, %v496 fastmath<contract> : f32
          %v498 = arith.divf %v187, %v489 : f32
          %v499 = arith.mulf %v484, %v498 fastmath<contract> : f32
          %v500 = arith.mulf %v499, %v486 fastmath<contract> : f32
          %v501 = llvm.load %v7 : !llvm.ptr -> f32
          %v502 = arith.mulf %v482, %v501 fastmath<contract> : f32
          %v503 = arith.addf %v502, %v500 fastmath<contract> : f32
          %v504 = llvm.load %v11 : !llvm.ptr -> f32
          %v505 = arith.mulf %v482, %v504 fastmath<contract> : f32
          %v506 = llvm.load %v8 : !llvm.ptr -> f32
          %v507 = arith.mulf %v482, %v506 fastmath<contract> : f32
          %v508 = arith.addf %v507, %v491 fastmath<contract> : f32
          %v509 = llvm.load %v12 : !llvm.ptr -> f32
          %v510 = arith.mulf %v482, %v509 fastmath<contract> : f32
          %v511 = llvm.load %v9 : !llvm.ptr -> f32
          %v512 = arith.mulf %v482, %v511 fastmath<contract> : f32
          %v513 = arith.addf %v512, %v499 fastmath<contract> : f32
          %v514 = llvm.load %v13 : !llvm.ptr -> f32
          %v515 = arith.mulf %v482, %v514 fastmath<contract> : f32
          llvm.store %v495, %v6 : f32, !llvm.ptr
          llvm.store %v497, %v10 : f32, !llvm.ptr
          llvm.store %v503, %v7 : f32, !llvm.ptr
          llvm.store %v505, %v11 : f32, !llvm.ptr
          llvm.store %v508, %v8 : f32, !llvm.ptr
          llvm.store %v510, %v12 : f32, !llvm.ptr
          llvm.store %v513, %v9 : f32, !llvm.ptr
          llvm.store %v515, %v13 : f32, !llvm.ptr
          %v516 = arith.addi %v66, %v147 : i64
          %v517, %v518 = gpu.shuffle idx %v396, %v453, %v480 : f32
          %v519, %v520 = gpu.shuffle idx %v403, %v453, %v480 : f32
          %v521, %v522 = gpu.shuffle idx %v415, %v453, %v480 : f32
          %v523 = arith.divf %v193, %v489 : f32
          %v524 = arith.mulf %v519, %v523 fastmath<contract> : f32
          %v525 = arith.mulf %v524, %v521 fastmath<contract> : f32
          %v526 = llvm.load %v6 : !llvm.ptr -> f32
          %v527 = arith.mulf %v517, %v526 fastmath<contract> : f32
          %v528 = arith.addf %v527, %v525 fastmath<contract> : f32
          %v529 = llvm.load %v10 : !llvm.ptr -> f32
          %v530 = arith.mulf %v517, %v529 fastmath<contract> : f32
          %v531 = arith.divf %v200, %v489 : f32
          %v532 = arith.mulf %v519, %v531 fastmath<contract> : f32
          %v533 = arith.mulf %v532, %v521 fastmath<contract> : f32
          %v534 = llvm.load %v7 : !llvm.ptr -> f32
          %v535 = arith.mulf %v517, %v534 fastmath<contract> : f32
          %v536 = arith.addf %v535, %v533 fastmath<contract> : f32
          %v537 = llvm.load %v11 : !llvm.ptr -> f32
          %v538 = arith.mulf %v517, %v537 fastmath<contract> : f32
          %v539 = llvm.load %v8 : !llvm.ptr -> f32
          %v540 = arith.mulf %v517, %v539 fastmath<contract> : f32
          %v541 = arith.addf %v540, %v524 fastmath<contract> : f32
          %v542 = llvm.load %v12 : !llvm.ptr -> f32
          %v543 = arith.mulf %v517, %v542 fastmath<contract> : f32
          %v544 = llvm.load %v9 : !llvm.ptr -> f32
          %v545 = arith.mulf %v517, %v544 fastmath<contract> : f32
          %v546 = arith.addf %v545, %v532 fastmath<contract> : f32
          %v547 = llvm.load %v13 : !llvm.ptr -> f32
          %v548 = arith.mulf %v517, %v547 fastmath<contract> : f32
          llvm.store %v528, %v6 : f32, !llvm.ptr
          llvm.store %v530, %v10 : f32, !llvm.ptr
          llvm.store %v536, %v7 : f32, !llvm.ptr
          llvm.store %v538, %v11 : f32, !llvm.ptr
          llvm.store %v541, %v8 : f32, !llvm.ptr
          llvm.store %v543, %v12 : f32, !llvm.ptr
          llvm.store %v546, %v9 : f32, !llvm.ptr
          llvm.store %v548, %v13 : f32, !llvm.ptr
          %v549 = arith.addi %v66, %v149 : i64
          %v550, %v551 = gpu.shuffle idx %v396, %v457, %v480 : f32
          %v552, %v553 = gpu.shuffle idx %v403, %v457, %v480 : f32
          %v554, %v555 = gpu.shuffle idx %v415, %v457, %v480 : f32
          %v556 = arith.divf %v206, %v489 : f32
          %v557 = arith.mulf %v552, %v556 fastmath<contract> : f32
          %v558 = arith.mulf %v557, %v554 fastmath<contract> : f32
          %v559 = llvm.load %v6 : !llvm.ptr -> f32
          %v560 = arith.mulf %v550, %v559 fastmath<contract> : f32
          %v561 = arith.addf %v560, %v558 fastmath<contract> : f32
          %v562 = llvm.load %v10 : !llvm.ptr -> f32
          %v563 = arith.mulf %v550, %v562 fastmath<contract> : f32
          %v564 = arith.divf %v213, %v489 : f32
          %v565 = arith.mulf %v552, %v564 fastmath<contract> : f32
          %v566 = arith.mulf %v565, %v554 fastmath<contract> : f32
          %v567 = llvm.load %v7 : !llvm.ptr -> f32
          %v568 = arith.mulf %v550, %v567 fastmath<contract> : f32
          %v569 = arith.addf %v568, %v566 fastmath<contract> : f32
          %v570 = llvm.load %v11 : !llvm.ptr -> f32
          %v571 = arith.mulf %v550, %v570 fastmath<contract> : f32
          %v572 = llvm.load %v8 : !llvm.ptr -> f32
          %v573 = arith.mulf %v550, %v572 fastmath<contract> : f32
          %v574 = arith.addf %v573, %v557 fastmath<contract> : f32
          %v575 = llvm.load %v12 : !llvm.ptr -> f32
          %v576 = arith.mulf %v550, %v575 fastmath<contract> : f32
          %v577 = llvm.load %v9 : !llvm.ptr -> f32
          %v578 = arith.mulf %v550, %v577 fastmath<contract> : f32
          %v579 = arith.addf %v578, %v565 fastmath<contract> : f32
          %v580 = llvm.load %v13 : !llvm.ptr -> f32
          %v581 = arith.mulf %v550, %v580 fastmath<contract> : f32
          llvm.store %v561, %v6 : f32, !llvm.ptr
          llvm.store %v563, %v10 : f32, !llvm.ptr
          llvm.store %v569, %v7 : f32, !llvm.ptr
          llvm.store %v571, %v11 : f32, !llvm.ptr
          llvm.store %v574, %v8 : f32, !llvm.ptr
          llvm.store %v576, %v12 : f32, !llvm.ptr
          llvm.store %v579, %v9 : f32, !llvm.ptr
          llvm.store %v581, %v13 : f32, !llvm.ptr
          %v582 = arith.addi %v66, %v151 : i64
          %v583, %v584 = gpu.shuffle idx %v396, %v461, %v480 : f32
          %v585, %v586 = gpu.shuffle idx %v403, %v461, %v480 : f32
          %v587, %v588 = gpu.shuffle idx %v415, %v461, %v480 : f32
          %v589 = arith.divf %v219, %v489 : f32
          %v590 = arith.mulf %v585, %v589 fastmath<contract> : f32
          %v591 = arith.mulf %v590, %v587 fastmath<contract> : f32
          %v592 = llvm.load %v6 : !llvm.ptr -> f32
          %v593 = arith.mulf %v583, %v592 fastmath<contract> : f32
          %v594 = arith.addf %v593, %v591 fastmath<contract> : f32
          %v595 = llvm.load %v10 : !llvm.ptr -> f32
          %v596 = arith.mulf %v583, %v595 fastmath<contract> : f32
          %v597 = arith.divf %v226, %v489 : f32
          %v598 = arith.mulf %v585, %v597 fastmath<contract> : f32
          %v599 = arith.mulf %v598, %v587 fastmath<contract> : f32
          %v600 = llvm.load %v7 : !llvm.ptr -> f32
          %v601 = arith.mulf %v583, %v600 fastmath<contract> : f32
          %v602 = arith.addf %v601, %v599 fastmath<contract> : f32
          %v603 = llvm.load %v11 : !llvm.ptr -> f32
          %v604 = arith.mulf %v583, %v603 fastmath<contract> : f32
          %v605 = llvm.load %v8 : !llvm.ptr -> f32
          %v606 = arith.mulf %v583, %v605 fastmath<contract> : f32
          %v607 = arith.addf %v606, %v590 fastmath<contract> : f32
          %v608 = llvm.load %v12 : !llvm.ptr -> f32
          %v609 = arith.mulf %v583, %v608 fastmath<contract> : f32
          %v610 = llvm.load %v9 : !llvm.ptr -> f32
          %v611 = arith.mulf %v583, %v610 fastmath<contract> : f32
          %v612 = arith.addf %v611, %v598 fastmath<contract> : f32
          %v613 = llvm.load %v13 : !llvm.ptr -> f32
          %v614 = arith.mulf %v583, %v613 fastmath<contract> : f32
          llvm.store %v594, %v6 : f32, !llvm.ptr
          llvm.store %v596, %v10 : f32, !llvm.ptr
          llvm.store %v602, %v7 : f32, !llvm.ptr
          llvm.store %v604, %v11 : f32, !llvm.ptr
          llvm.store %v607, %v8 : f32, !llvm.ptr
          llvm.store %v609, %v12 : f32, !llvm.ptr
          llvm.store %v612, %v9 : f32, !llvm.ptr
          llvm.store %v614, %v13 : f32, !llvm.ptr
          %v615 = arith.addi %v66, %v153 : i64
          %v616, %v617 = gpu.shuffle idx %v396, %v465, %v480 : f32
          %v618, %v619 = gpu.shuffle idx %v403, %v465, %v480 : f32
          %v620, %v621 = gpu.shuffle idx %v415, %v465, %v480 : f32
          %v622 = arith.divf %v232, %v489 : f32
          %v623 = arith.mulf %v618, %v622 fastmath<contract> : f32
          %v624 = arith.mulf %v623, %v620 fastmath<contract> : f32
          %v625 = llvm.load %v6 : !llvm.ptr -> f32
          %v626 = arith.mulf %v616, %v625 fastmath<contract> : f32
          %v627 = arith.addf %v626, %v624 fastmath<contract> : f32
          %v628 = llvm.load %v10 : !llvm.ptr -> f32
          %v629 = arith.mulf %v616, %v628 fastmath<contract> : f32
          %v630 = arith.divf %v239, %v489 : f32
          %v631 = arith.mulf %v618, %v630 fastmath<contract> : f32
          %v632 = arith.mulf %v631, %v620 fastmath<contract> : f32
          %v633 = llvm.load %v7 : !llvm.ptr -> f32
          %v634 = arith.mulf %v616, %v633 fastmath<contract> : f32
          %v635 = arith.addf %v634, %v632 fastmath<contract> : f32
          %v636 = llvm.load %v11 : !llvm.ptr -> f32
          %v637 = arith.mulf %v616, %v636 fastmath<contract> : f32
          %v638 = llvm.load %v8 : !llvm.ptr -> f32
          %v639 = arith.mulf %v616, %v638 fastmath<contract> : f32
          %v640 = arith.addf %v639, %v623 fastmath<contract> : f32
          %v641 = llvm.load %v12 : !llvm.ptr -> f32
          %v642 = arith.mulf %v616, %v641 fastmath<contract> : f32
          %v643 = llvm.load %v9 : !llvm.ptr -> f32
          %v644 = arith.mulf %v616, %v643 fastmath<contract> : f32
          %v645 = arith.addf %v644, %v631 fastmath<contract> : f32
          %v646 = llvm.load %v13 : !llvm.ptr -> f32
          %v647 = arith.mulf %v616, %v646 fastmath<contract> : f32
          llvm.store %v627, %v6 : f32, !llvm.ptr
          llvm.store %v629, %v10 : f32, !llvm.ptr
          llvm.store %v635, %v7 : f32, !llvm.ptr
          llvm.store %v637, %v11 : f32, !llvm.ptr
          llvm.store %v640, %v8 : f32, !llvm.ptr
          llvm.store %v642, %v12 : f32, !llvm.ptr
          llvm.store %v645, %v9 : f32, !llvm.ptr
          llvm.store %v647, %v13 : f32, !llvm.ptr
          %v648 = arith.addi %v66, %v155 : i64
          %v649, %v650 = gpu.shuffle idx %v396, %v469, %v480 : f32
          %v651, %v652 = gpu.shuffle idx %v403, %v469, %v480 : f32
          %v653, %v654 = gpu.shuffle idx %v415, %v469, %v480 : f32
          %v655 = arith.divf %v245, %v489 : f32
          %v656 = arith.mulf %v651, %v655 fastmath<contract> : f32
          %v657 = arith.mulf %v656, %v653 fastmath<contract> : f32
          %v658 = llvm.load %v6 : !llvm.ptr -> f32
          %v659 = arith.mulf %v649, %v658 fastmath<contract> : f32
          %v660 = arith.addf %v659, %v657 fastmath<contract> : f32
          %v661 = llvm.load %v10 : !llvm.ptr -> f32
          %v662 = arith.mulf %v649, %v661 fastmath<contract> : f32
          %v663 = arith.divf %v252, %v489 : f32
          %v664 = arith.mulf %v651, %v663 fastmath<contract> : f32
          %v665 = arith.mulf %v664, %v653 fastmath<contract> : f32
          %v666 = llvm.load %v7 : !llvm.ptr -> f32
          %v667 = arith.mulf %v649, %v666 fastmath<contract> : f32
          %v668 = arith.addf %v667, %v665 fastmath<contract> : f32
          %v669 = llvm.load %v11 : !llvm.ptr -> f32
          %v670 = arith.mulf %v649, %v669 fastmath<contract> : f32
          %v671 = llvm.load %v8 : !llvm.ptr -> f32
          %v672 = arith.mulf %v649, %v671 fastmath<contract> : f32
          %v673 = arith.addf %v672, %v656 fastmath<contract> : f32
          %v674 = llvm.load %v12 : !llvm.ptr -> f32
          %v675 = arith.mulf %v649, %v674 fastmath<contract> : f32
          %v676 = llvm.load %v9 : !llvm.ptr -> f32
          %v677 = arith.mulf %v649, %v676 fastmath<contract> : f32
          %v678 = arith.addf %v677, %v664 fastmath<contract> : f32
          %v679 = llvm.load %v13 : !llvm.ptr -> f32
          %v680 = arith.mulf %v649, %v679 fastmath<contract> : f32
          llvm.store %v660, %v6 : f32, !llvm.ptr
          llvm.store %v662, %v10 : f32, !llvm.ptr
          llvm.store %v668, %v7 : f32, !llvm.ptr
          llvm.store %v670, %v11 : f32, !llvm.ptr
          llvm.store %v673, %v8 : f32, !llvm.ptr
          llvm.store %v675, %v12 : f32, !llvm.ptr
          llvm.store %v678, %v9 : f32, !llvm.ptr
          llvm.store %v680, %v13 : f32, !llvm.ptr
          %v681 = arith.addi %v66, %v157 : i64
          %v682, %v683 = gpu.shuffle idx %v396, %v473, %v480 : f32
          %v684, %v685 = gpu.shuffle idx %v403, %v473, %v480 : f32
          %v686, %v687 = gpu.shuffle idx %v415, %v473, %v480 : f32
          %v688 = arith.divf %v258, %v489 : f32
          %v689 = arith.mulf %v684, %v688 fastmath<contract> : f32
          %v690 = arith.mulf %v689, %v686 fastmath<contract> : f32
          %v691 = llvm.load %v6 : !llvm.ptr -> f32
          %v692 = arith.mulf %v682, %v691 fastmath<contract> : f32
          %v693 = arith.addf %v692, %v690 fastmath<contract> : f32
          %v694 = llvm.load %v10 : !llvm.ptr -> f32
          %v695 = arith.mulf %v682, %v694 fastmath<contract> : f32
          %v696 = arith.divf %v265, %v489 : f32
          %v697 = arith.mulf %v684, %v696 fastmath<contract> : f32
          %v698 = arith.mulf %v697, %v686 fastmath<contract> : f32
          %v699 = llvm.load %v7 : !llvm.ptr -> f32
          %v700 = arith.mulf %v682, %v699 fastmath<contract> : f32
          %v701 = arith.addf %v700, %v698 fastmath<contract> : f32
          %v702 = llvm.load %v11 : !llvm.ptr -> f32
          %v703 = arith.mulf %v682, %v702 fastmath<contract> : f32
          %v704 = llvm.load %v8 : !llvm.ptr -> f32
          %v705 = arith.mulf %v682, %v704 fastmath<contract> : f32
          %v706 = arith.addf %v705, %v689 fastmath<contract> : f32
          %v707 = llvm.load %v12 : !llvm.ptr -> f32
          %v708 = arith.mulf %v682, %v707 fastmath<contract> : f32
          %v709 = llvm.load %v9 : !llvm.ptr -> f32
          %v710 = arith.mulf %v682, %v709 fastmath<contract> : f32
          %v711 = arith.addf %v710, %v697 fastmath<contract> : f32
          %v712 = llvm.load %v13 : !llvm.ptr -> f32
          %v713 = arith.mulf %v682, %v712 fastmath<contract> : f32
          llvm.store %v693, %v6 : f32, !llvm.ptr
          llvm.store %v695, %v10 : f32, !llvm.ptr
          llvm.store %v701, %v7 : f32, !llvm.ptr
          llvm.store %v703, %v11 : f32, !llvm.ptr
          llvm.store %v706, %v8 : f32, !llvm.ptr
          llvm.store %v708, %v12 : f32, !llvm.ptr
          llvm.store %v711, %v9 : f32, !llvm.ptr
          llvm.store %v713, %v13 : f32, !llvm.ptr
          %v714 = arith.addi %v66, %v159 : i64
          %v715, %v716 = gpu.shuffle idx %v396, %v477, %v480 : f32
          %v717, %v718 = gpu.shuffle idx %v403, %v477, %v480 : f32
          %v719, %v720 = gpu.shuffle idx %v415, %v477, %v480 : f32
          %v721 = arith.divf %v271, %v489 : f32
          %v722 = arith.mulf %v717, %v721 fastmath<contract> : f32
          %v723 = arith.mulf %v722, %v719 fastmath<contract> : f32
          %v724 = llvm.load %v6 : !llvm.ptr -> f32
          %v725 = arith.mulf %v715, %v724 fastmath<contract> : f32
          %v726 = arith.addf %v725, %v723 fastmath<contract> : f32
          %v727 = llvm.load %v10 : !llvm.ptr -> f32
          %v728 = arith.mulf %v715, %v727 fastmath<contract> : f32
          %v729 = arith.divf %v278, %v489 : f32
          %v730 = arith.mulf %v717, %v729 fastmath<contract> : f32
          %v731 = arith.mulf %v730, %v719 fastmath<contract> : f32
          %v732 = llvm.load %v7 : !llvm.ptr -> f32
          %v733 = arith.mulf %v715, %v732 fastmath<contract> : f32
          %v734 = arith.addf %v733, %v731 fastmath<contract> : f32
          %v735 = llvm.load %v11 : !llvm.ptr -> f32
          %v736 = arith.mulf %v715, %v735 fastmath<contract> : f32
          %v737 = llvm.load %v8 : !llvm.ptr -> f32
          %v738 = arith.mulf %v715, %v737 fastmath<contract> : f32
          %v739 = arith.addf %v738, %v722 fastmath<contract> : f32
          %v740 = llvm.load %v12 : !llvm.ptr -> f32
          %v741 = arith.mulf %v715, %v740 fastmath<contract> : f32
          %v742 = llvm.load %v9 : !llvm.ptr -> f32
          %v743 = arith.mulf %v715, %v742 fastmath<contract> : f32
          %v744 = arith.addf %v743, %v730 fastmath<contract> : f32
          %v745 = llvm.load %v13 : !llvm.ptr -> f32
          %v746 = arith.mulf %v715, %v745 fastmath<contract> : f32
          llvm.store %v726, %v6 : f32, !llvm.ptr
          llvm.store %v728, %v10 : f32, !llvm.ptr
          llvm.store %v734, %v7 : f32, !llvm.ptr
          llvm.store %v736, %v11 : f32, !llvm.ptr
          llvm.store %v739, %v8 : f32, !llvm.ptr
          llvm.store %v741, %v12 : f32, !llvm.ptr
          llvm.store %v744, %v9 : f32, !llvm.ptr
          llvm.store %v746, %v13 : f32, !llvm.ptr
          %v747 = arith.addi %v66, %v160 : i64
          %v748, %v749 = gpu.shuffle idx %v428, %v449, %v480 : f32
          %v750, %v751 = gpu.shuffle idx %v435, %v449, %v480 : f32
          %v752, %v753 = gpu.shuffle idx %v444, %v449, %v480 : f32
          %v754 = arith.divf %v284, %v489 : f32
          %v755 = arith.mulf %v750, %v754 fastmath<contract> : f32
          %v756 = arith.mulf %v755, %v752 fastmath<contract> : f32
          %v757 = llvm.load %v6 : !llvm.ptr -> f32
          %v758 = arith.mulf %v748, %v757 fastmath<contract> : f32
          %v759 = arith.addf %v758, %v756 fastmath<contract> : f32
          %v760 = llvm.load %v10 : !llvm.ptr -> f32
          %v761 = arith.mulf %v748, %v760 fastmath<contract> : f32
          %v762 = arith.divf %v291, %v489 : f32
          %v763 = arith.mulf %v750, %v762 fastmath<contract> : f32
          %v764 = arith.mulf %v763, %v752 fastmath<contract> : f32
          %v765 = llvm.load %v7 : !llvm.ptr -> f32
          %v766 = arith.mulf %v748, %v765 fastmath<contract> : f32
          %v767 = arith.addf %v766, %v764 fastmath<contract> : f32
          %v768 = llvm.load %v11 : !llvm.ptr -> f32
          %v769 = arith.mulf %v748, %v768 fastmath<contract> : f32
          %v770 = llvm.load %v8 : !llvm.ptr -> f32
          %v771 = arith.mulf %v748, %v770 fastmath<contract> : f32
          %v772 = arith.addf %v771, %v755 fastmath<contract> : f32
          %v773 = llvm.load %v12 : !llvm.ptr -> f32
          %v774 = arith.mulf %v748, %v773 fastmath<contract> : f32
          %v775 = llvm.load %v9 : !llvm.ptr -> f32
          %v776 = arith.mulf %v748, %v775 fastmath<contract> : f32
          %v777 = arith.addf %v776, %v763 fastmath<contract> : f32
          %v778 = llvm.load %v13 : !llvm.ptr -> f32
          %v779 = arith.mulf %v748, %v778 fastmath<contract> : f32
          llvm.store %v759, %v6 : f32, !llvm.ptr
          llvm.store %v761, %v10 : f32, !llvm.ptr
          llvm.store %v767, %v7 : f32, !llvm.ptr
          llvm.store %v769, %v11 : f32, !llvm.ptr
          llvm.store %v772, %v8 : f32, !llvm.ptr
          llvm.store %v774, %v12 : f32, !llvm.ptr
          llvm.store %v777, %v9 : f32, !llvm.ptr
          llvm.store %v779, %v13 : f32, !llvm.ptr
          %v780 = arith.addi %v66, %v162 : i64
          %v781, %v782 = gpu.shuffle idx %v428, %v453, %v480 : f32
          %v783, %v784 = gpu.shuffle idx %v435, %v453, %v480 : f32
          %v785, %v786 = gpu.shuffle idx %v444, %v453, %v480 : f32
          %v787 = arith.divf %v297, %v489 : f32
          %v788 = arith.mulf %v783, %v787 fastmath<contract> : f32
          %v789 = arith.mulf %v788, %v785 fastmath<contract> : f32
          %v790 = llvm.load %v6 : !llvm.ptr -> f32
          %v791 = arith.mulf %v781, %v790 fastmath<contract> : f32
          %v792 = arith.addf %v791, %v789 fastmath<contract> : f32
          %v793 = llvm.load %v10 : !llvm.ptr -> f32
          %v794 = arith.mulf %v781, %v793 fastmath<contract> : f32
          %v795 = arith.divf %v304, %v489 : f32
          %v796 = arith.mulf %v783, %v795 fastmath<contract> : f32
          %v797 = arith.mulf %v796, %v785 fastmath<contract> : f32
          %v798 = llvm.load %v7 : !llvm.ptr -> f32
          %v799 = arith.mulf %v781, %v798 fastmath<contract> : f32
          %v800 = arith.addf %v799, %v797 fastmath<contract> : f32
          %v801 = llvm.load %v11 : !llvm.ptr -> f32
          %v802 = arith.mulf %v781, %v801 fastmath<contract> : f32
          %v803 = llvm.load %v8 : !llvm.ptr -> f32
          %v804 = arith.mulf %v781, %v803 fastmath<contract> : f32
          %v805 = arith.addf %v804, %v788 fastmath<contract> : f32
          %v806 = llvm.load %v12 : !llvm.ptr -> f32
          %v807 = arith.mulf %v781, %v806 fastmath<contract> : f32
          %v808 = llvm.load %v9 : !llvm.ptr -> f32
          %v809 = arith.mulf %v781, %v808 fastmath<contract> : f32
          %v810 = arith.addf %v809, %v796 fastmath<contract> : f32
          %v811 = llvm.load %v13 : !llvm.ptr -> f32
          %v812 = arith.mulf %v781, %v811 fastmath<contract> : f32
          llvm.store %v792, %v6 : f32, !llvm.ptr
          llvm.store %v794, %v10 : f32, !llvm.ptr
          llvm.store %v800, %v7 : f32, !llvm.ptr
          llvm.store %v802, %v11 : f32, !llvm.ptr
          llvm.store %v805, %v8 : f32, !llvm.ptr
          llvm.store %v807, %v12 : f32, !llvm.ptr
          llvm.store %v810, %v9 : f32, !llvm.ptr
          llvm.store %v812, %v13 : f32, !llvm.ptr
          %v813 = arith.addi %v66, %v164 : i64
          %v814, %v815 = gpu.shuffle idx %v428, %v457, %v480 : f32
          %v816, %v817 = gpu.shuffle idx %v435, %v457, %v480 : f32
          %v818, %v819 = gpu.shuffle idx %v444, %v457, %v480 : f32
          %v820 = arith.divf %v310, %v489 : f32
          %v821 = arith.mulf %v816, %v820 fastmath<contract> : f32
          %v822 = arith.mulf %v821, %v818 fastmath<contract> : f32
          %v823 = llvm.load %v6 : !llvm.ptr -> f32
          %v824 = arith.mulf %v814, %v823 fastmath<contract> : f32
          %v825 = arith.addf %v824, %v822 fastmath<contract> : f32
          %v826 = llvm.load %v10 : !llvm.ptr -> f32
          %v827 = arith.mulf %v814, %v826 fastmath<contract> : f32
          %v828 = arith.divf %v317, %v489 : f32
          %v829 = arith.mulf %v816, %v828 fastmath<contract> : f32
          %v830 = arith.mulf %v829, %v818 fastmath<contract> : f32
          %v831 = llvm.load %v7 : !llvm.ptr -> f32
          %v832 = arith.mulf %v814, %v831 fastmath<contract> : f32
          %v833 = arith.addf %v832, %v830 fastmath<contract> : f32
          %v834 = llvm.load %v11 : !llvm.ptr -> f32
          %v835 = arith.mulf %v814, %v834 fastmath<contract> : f32
          %v836 = llvm.load %v8 : !llvm.ptr -> f32
          %v837 = arith.mulf %v814, %v836 fastmath<contract> : f32
          %v838 = arith.addf %v837, %v821 fastmath<contract> : f32
          %v839 = llvm.load %v12 : !llvm.ptr -> f32
          %v840 = arith.mulf %v814, %v839 fastmath<contract> : f32
          %v841 = llvm.load %v9 : !llvm.ptr -> f32
          %v842 = arith.mulf %v814, %v841 fastmath<contract> : f32
          %v843 = arith.addf %v842, %v829 fastmath<contract> : f32
          %v844 = llvm.load %v13 : !llvm.ptr -> f32
          %v845 = arith.mulf %v814, %v844 fastmath<contract> : f32
          llvm.store %v825, %v6 : f32, !llvm.ptr
          llvm.store %v827, %v10 : f32, !llvm.ptr
          llvm.store %v833, %v7 : f32, !llvm.ptr
          llvm.store %v835, %v11 : f32, !llvm.ptr
          llvm.store %v838, %v8 : f32, !llvm.ptr
          llvm.store %v840, %v12 : f32, !llvm.ptr
          llvm.store %v843, %v9 : f32, !llvm.ptr
          llvm.store %v845, %v13 : f32, !llvm.ptr
          %v846 = arith.addi %v66, %v166 : i64
          %v847, %v848 = gpu.shuffle idx %v428, %v461, %v480 : f32
          %v849, %v850 = gpu.shuffle idx %v435, %v461, %v480 : f32
          %v851, %v852 = gpu.shuffle idx %v444, %v461, %v480 : f32
          %v853 = arith.divf %v323, %v489 : f32
          %v854 = arith.mulf %v849, %v853 fastmath<contract> : f32
          %v855 = arith.mulf %v854, %v851 fastmath<contract> : f32
          %v856 = llvm.load %v6 : !llvm.ptr -> f32
          %v857 = arith.mulf %v847, %v856 fastmath<contract> : f32
          %v858 = arith.addf %v857, %v855 fastmath<contract> : f32
          %v859 = llvm.load %v10 : !llvm.ptr -> f32
          %v860 = arith.mulf %v847, %v859 fastmath<contract> : f32
          %v861 = arith.divf %v330, %v489 : f32
          %v862 = arith.mulf %v849, %v861 fastmath<contract> : f32
          %v863 = arith.mulf %v862, %v851 fastmath<contract> : f32
          %v864 = llvm.load %v7 : !llvm.ptr -> f32
          %v865 = arith.mulf %v847, %v864 fastmath<contract> : f32
          %v866 = arith.addf %v865, %v863 fastmath<contract> : f32
          %v867 = llvm.load %v11 : !llvm.ptr -> f32
          %v868 = arith.mulf %v847, %v867 fastmath<contract> : f32
          %v869 = llvm.load %v8 : !llvm.ptr -> f32
          %v870 = arith.mulf %v847, %v869 fastmath<contract> : f32
          %v871 = arith.addf %v870, %v854 fastmath<contract> : f32
          %v872 = llvm.load %v12 : !llvm.ptr -> f32
          %v873 = arith.mulf %v847, %v872 fastmath<contract> : f32
          %v874 = llvm.load %v9 : !llvm.ptr -> f32
          %v875 = arith.mulf %v847, %v874 fastmath<contract> : f32
          %v876 = arith.addf %v875, %v862 fastmath<contract> : f32
          %v877 = llvm.load %v13 : !llvm.ptr -> f32
          %v878 = arith.mulf %v847, %v877 fastmath<contract> : f32
          llvm.store %v858, %v6 : f32, !llvm.ptr
          llvm.store %v860, %v10 : f32, !llvm.ptr
          llvm.store %v866, %v7 : f32, !llvm.ptr
          llvm.store %v868, %v11 : f32, !llvm.ptr
          llvm.store %v871, %v8 : f32, !llvm.ptr
          llvm.store %v873, %v12 : f32, !llvm.ptr
          llvm.store %v876, %v9 : f32, !llvm.ptr
          llvm.store %v878, %v13 : f32, !llvm.ptr
          %v879 = arith.addi %v66, %v168 : i64
          %v880, %v881 = gpu.shuffle idx %v428, %v465, %v480 : f32
          %v882, %v883 = gpu.shuffle idx %v435, %v465, %v480 : f32
          %v884, %v885 = gpu.shuffle idx %v444, %v465, %v480 : f32
          %v886 = arith.divf %v336, %v489 : f32
          %v887 = arith.mulf %v882, %v886 fastmath<contract> : f32
          %v888 = arith.mulf %v887, %v884 fastmath<contract> : f32
          %v889 = llvm.load %v6 : !llvm.ptr -> f32
          %v890 = arith.mulf %v880, %v889 fastmath<contract> : f32
          %v891 = arith.addf %v890, %v888 fastmath<contract> : f32
          %v892 = llvm.load %v10 : !llvm.ptr -> f32
          %v893 = arith.mulf %v880, %v892 fastmath<contract> : f32
          %v894 = arith.divf %v343, %v489 : f32
          %v895 = arith.mulf %v882, %v894 fastmath<contract> : f32
          %v896 = arith.mulf %v895, %v884 fastmath<contract> : f32
          %v897 = llvm.load %v7 : !llvm.ptr -> f32
          %v898 = arith.mulf %v880, %v897 fastmath<contract> : f32
          %v899 = arith.addf %v898, %v896 fastmath<contract> : f32
          %v900 = llvm.load %v11 : !llvm.ptr -> f32
          %v901 = arith.mulf %v880, %v900 fastmath<contract> : f32
          %v902 = llvm.load %v8 : !llvm.ptr -> f32
          %v903 = arith.mulf %v880, %v902 fastmath<contract> : f32
          %v904 = arith.addf %v903, %v887 fastmath<contract> : f32
          %v905 = llvm.load %v12 : !llvm.ptr -> f32
          %v906 = arith.mulf %v880, %v905 fastmath<contract> : f32
          %v907 = llvm.load %v9 : !llvm.ptr -> f32
          %v908 = arith.mulf %v880, %v907 fastmath<contract> : f32
          %v909 = arith.addf %v908, %v895 fastmath<contract> : f32
          %v910 = llvm.load %v13 : !llvm.ptr -> f32
          %v911 = arith.mulf %v880, %v910 fastmath<contract> : f32
          llvm.store %v891, %v6 : f32, !llvm.ptr
          llvm.store %v893, %v10 : f32, !llvm.ptr
          llvm.store %v899, %v7 : f32, !llvm.ptr
          llvm.store %v901, %v11 : f32, !llvm.ptr
          llvm.store %v904, %v8 : f32, !llvm.ptr
          llvm.store %v906, %v12 : f32, !llvm.ptr
          llvm.store %v909, %v9 : f32, !llvm.ptr
          llvm.store %v911, %v13 : f32, !llvm.ptr
          %v912 = arith.addi %v66, %v170 : i64
          %v913, %v914 = gpu.shuffle idx %v428, %v469, %v480 : f32
          %v915, %v916 = gpu.shuffle idx %v435, %v469, %v480 : f32
          %v917, %v918 = gpu.shuffle idx %v444, %v469, %v480 : f32
          %v919 = arith.divf %v349, %v489 : f32
          %v920 = arith.mulf %v915, %v919 fastmath<contract> : f32
          %v921 = arith.mulf %v920, %v917 fastmath<contract> : f32
          %v922 = llvm.load %v6 : !llvm.ptr -> f32
          %v923 = arith.mulf %v913, %v922 fastmath<contract> : f32
          %v924 = arith.addf %v923, %v921 fastmath<contract> : f32
          %v925 = llvm.load %v10 : !llvm.ptr -> f32
          %v926 = arith.mulf %v913, %v925 fastmath<contract> : f32
          %v927 = arith.divf %v356, %v489 : f32
          %v928 = arith.mulf %v915, %v927 fastmath<contract> : f32
          %v929 = arith.mulf %v928, %v917 fastmath<contract> : f32
          %v930 = llvm.load %v7 : !llvm.ptr -> f32
          %v931 = arith.mulf %v913, %v930 fastmath<contract> : f32
          %v932 = arith.addf %v931, %v929 fastmath<contract> : f32
          %v933 = llvm.load %v11 : !llvm.ptr -> f32
          %v934 = arith.mulf %v913, %v933 fastmath<contract> : f32
          %v935 = llvm.load %v8 : !llvm.ptr -> f32
          %v936 = arith.mulf %v913, %v935 fastmath<contract> : f32
          %v937 = arith.addf %v936, %v920 fastmath<contract> : f32
          %v938 = llvm.load %v12 : !llvm.ptr -> f32
          %v939 = arith.mulf %v913, %v938 fastmath<contract> : f32
          %v940 = llvm.load %v9 : !llvm.ptr -> f32
          %v941 = arith.mulf %v913, %v940 fastmath<contract> : f32
          %v942 = arith.addf %v941, %v928 fastmath<contract> : f32
          %v943 = llvm.load %v13 : !llvm.ptr -> f32
          %v944 = arith.mulf %v913, %v943 fastmath<contract> : f32
          llvm.store %v924, %v6 : f32, !llvm.ptr
          llvm.store %v926, %v10 : f32, !llvm.ptr
          llvm.store %v932, %v7 : f32, !llvm.ptr
          llvm.store %v934, %v11 : f32, !llvm.ptr
          llvm.store %v937, %v8 : f32, !llvm.ptr
          llvm.store %v939, %v12 : f32, !llvm.ptr
          llvm.store %v942, %v9 : f32, !llvm.ptr
          llvm.store %v944, %v13 : f32, !llvm.ptr
          %v945 = arith.addi %v66, %v172 : i64
          %v946, %v947 = gpu.shuffle idx %v428, %v473, %v480 : f32
          %v948, %v949 = gpu.shuffle idx %v435, %v473, %v480 : f32
          %v950, %v951 = gpu.shuffle idx %v444, %v473, %v480 : f32
          %v952 = arith.divf %v362, %v489 : f32
          %v953 = arith.mulf %v948, %v952 fastmath<contract> : f32
          %v954 = arith.mulf %v953, %v950 fastmath<contract> : f32
          %v955 = llvm.load %v6 : !llvm.ptr -> f32
          %v956 = arith.mulf %v946, %v955 fastmath<contract> : f32
          %v957 = arith.addf %v956, %v954 fastmath<contract> : f32
          %v958 = llvm.load %v10 : !llvm.ptr -> f32
          %v959 = arith.mulf %v946, %v958 fastmath<contract> : f32
          %v960 = arith.divf %v369, %v489 : f32
          %v961 = arith.mulf %v948, %v960 fastmath<contract> : f32
          %v962 = arith.mulf %v961, %v950 fastmath<contract> : f32
          %v963 = llvm.load %v7 : !llvm.ptr -> f32
          %v964 = arith.mulf %v946, %v963 fastmath<contract> : f32
          %v965 = arith.addf %v964, %v962 fastmath<contract> : f32
          %v966 = llvm.load %v11 : !llvm.ptr -> f32
          %v967 = arith.mulf %v946, %v966 fastmath<contract> : f32
          %v968 = llvm.load %v8 : !llvm.ptr -> f32
          %v969 = arith.mulf %v946, %v968 fastmath<contract> : f32
          %v970 = arith.addf %v969, %v953 fastmath<contract> : f32
          %v971 = llvm.load %v12 : !llvm.ptr -> f32
          %v972 = arith.mulf %v946, %v971 fastmath<contract> : f32
          %v973 = llvm.load %v9 : !llvm.ptr -> f32
          %v974 = arith.mulf %v946, %v973 fastmath<contract> : f32
          %v975 = arith.addf %v974, %v961 fastmath<contract> : f32
          %v976 = llvm.load %v13 : !llvm.ptr -> f32
          %v977 = arith.mulf %v946, %v976 fastmath<contract> : f32
          llvm.store %v957, %v6 : f32, !llvm.ptr
          llvm.store %v959, %v10 : f32, !llvm.ptr
          llvm.store %v965, %v7 : f32, !llvm.ptr
          llvm.store %v967, %v11 : f32, !llvm.ptr
          llvm.store %v970, %v8 : f32, !llvm.ptr
          llvm.store %v972, %v12 : f32, !llvm.ptr
          llvm.store %v975, %v9 : f32, !llvm.ptr
          llvm.store %v977, %v13 : f32, !llvm.ptr
          %v978 = arith.addi %v66, %v174 : i64
          %v979, %v980 = gpu.shuffle idx %v428, %v477, %v480 : f32
          %v981, %v982 = gpu.shuffle idx %v435, %v477, %v480 : f32
          %v983, %v984 = gpu.shuffle idx %v444, %v477, %v480 : f32
          %v985 = arith.divf %v375, %v489 : f32
          %v986 = arith.mulf %v981, %v985 fastmath<contract> : f32
          %v987 = arith.mulf %v986, %v983 fastmath<contract> : f32
          %v988 = llvm.load %v6 : !llvm.ptr -> f32
          %v989 = arith.mulf %v979, %v988 fastmath<contract> : f32
          %v990 = arith.addf %v989, %v987 fastmath<contract> : f32
          %v991 = llvm.load %v10 : !llvm.ptr -> f32
          %v992 = arith.mulf %v979, %v991 fastmath<contract> : f32
          %v993 = arith.divf %v382, %v489 : f32
          %v994 = arith.mulf %v981, %v993 fastmath<contract> : f32
          %v995 = arith.mulf %v994, %v983 fastmath<contract> : f32
          %v996 = llvm.load %v7 : !llvm.ptr -> f32
          %v997 = arith.mulf %v979, %v996 fastmath<contract> : f32
          %v998 = arith.addf %v997, %v995 fastmath<contract> : f32
          %v999 = llvm.load %v11 : !llvm.ptr -> f32
          %v1000 = arith.mulf %v979, %v999 fastmath<contract> : f32
          %v1001 = llvm.load %v8 : !llvm.ptr -> f32
          %v1002 = arith.mulf %v979, %v1001 fastmath<contract> : f32
          %v1003 = arith.addf %v1002, %v986 fastmath<contract> : f32
          %v1004 = llvm.load %v12 : !llvm.ptr -> f32
          %v1005 = arith.mulf %v979, %v1004 fastmath<contract> : f32
          %v1006 = llvm.load %v9 : !llvm.ptr -> f32
          %v1007 = arith.mulf %v979, %v1006 fastmath<contract> : f32
          %v1008 = arith.addf %v1007, %v994 fastmath<contract> : f32
          %v1009 = llvm.load %v13 : !llvm.ptr -> f32
          %v1010 = arith.mulf %v979, %v1009 fastmath<contract> : f32
          llvm.store %v990, %v6 : f32, !llvm.ptr
          llvm.store %v992, %v10 : f32, !llvm.ptr
          llvm.store %v998, %v7 : f32, !llvm.ptr
          llvm.store %v1000, %v11 : f32, !llvm.ptr
          llvm.store %v1003, %v8 : f32, !llvm.ptr
          llvm.store %v1005, %v12 : f32, !llvm.ptr
          llvm.store %v1008, %v9 : f32, !llvm.ptr
          llvm.store %v1010, %v13 : f32, !llvm.ptr
          %v1011 = arith.addi %v66, %v384 : i64
          %v1012 = arith.addi %v66, %v417 : i64
        }
        %v1013 = arith.muli %v139, %v1 : i64
        %v1014 = arith.index_cast %v1013 : i64 to index
        %v1015 = arith.index_cast %v137 : i64 to index
        %v1016 = arith.index_cast %v2 : i64 to index
        scf.for %v1017 = %v1014 to %v1015 step %v1016 {
          %v1018 = arith.index_cast %v1017 : index to i64
          %v1019 = arith.addi %v66, %v1018 : i64
          %v1020 = arith.muli %v138, %v92 : i64
          %v1021 = arith.subi %v1019, %v66 : i64
          %v1022 = arith.addi %v1020, %v1021 : i64
          %v1023 = llvm.getelementptr %v55[%v1022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1024 = llvm.load %v1023 : !llvm.ptr -> f32
          %v1025 = arith.negf %v1024 : f32
          %v1026 = arith.mulf %v1025, %v392 fastmath<contract> : f32
          %v1027 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1026) : (f32) -> f32
          %v1028 = arith.addf %v57, %v1027 fastmath<contract> : f32
          %v1029 = arith.divf %v57, %v1028 : f32
          %v1030 = arith.muli %v138, %v92 : i64
          %v1031 = arith.subi %v1019, %v66 : i64
          %v1032 = arith.addi %v1030, %v1031 : i64
          %v1033 = llvm.getelementptr %v53[%v1032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1034 = llvm.load %v1033 : !llvm.ptr -> f32
          %v1035 = arith.mulf %v1034, %v392 fastmath<contract> : f32
          %v1036 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1035) : (f32) -> f32
          %v1037 = arith.muli %v34, %v92 : i64
          %v1038 = arith.subi %v1019, %v66 : i64
          %v1039 = arith.addi %v1037, %v1038 : i64
          %v1040 = llvm.getelementptr %v51[%v1039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1041 = llvm.load %v1040 : !llvm.ptr -> f32
          %v1042 = arith.divf %v1041, %v489 : f32
          %v1043 = arith.mulf %v1036, %v1042 fastmath<contract> : f32
          %v1044 = arith.muli %v48, %v406 : i64
          %v1045 = arith.muli %v1019, %v405 : i64
          %v1046 = arith.addi %v1044, %v1045 : i64
          %v1047 = arith.muli %v46, %v404 : i64
          %v1048 = arith.addi %v1046, %v1047 : i64
          %v1049 = arith.muli %v44, %v2 : i64
          %v1050 = arith.addi %v1048, %v1049 : i64
          %v1051 = llvm.getelementptr %in_v[%v1050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1052 = llvm.load %v1051 : !llvm.ptr -> f32
          %v1053 = arith.mulf %v1043, %v1052 fastmath<contract> : f32
          %v1054 = llvm.load %v6 : !llvm.ptr -> f32
          %v1055 = arith.mulf %v1029, %v1054 fastmath<contract> : f32
          %v1056 = arith.addf %v1055, %v1053 fastmath<contract> : f32
          %v1057 = llvm.load %v10 : !llvm.ptr -> f32
          %v1058 = arith.mulf %v1029, %v1057 fastmath<contract> : f32
          %v1059 = arith.constant 8 : i64
          %v1060 = arith.addi %v1059, %v34 : i64
          %v1061 = arith.muli %v1060, %v92 : i64
          %v1062 = arith.subi %v1019, %v66 : i64
          %v1063 = arith.addi %v1061, %v1062 : i64
          %v1064 = llvm.getelementptr %v51[%v1063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1065 = llvm.load %v1064 : !llvm.ptr -> f32
          %v1066 = arith.divf %v1065, %v489 : f32
          %v1067 = arith.mulf %v1036, %v1066 fastmath<contract> : f32
          %v1068 = arith.mulf %v1067, %v1052 fastmath<contract> : f32
          %v1069 = llvm.load %v7 : !llvm.ptr -> f32
          %v1070 = arith.mulf %v1029, %v1069 fastmath<contract> : f32
          %v1071 = arith.addf %v1070, %v1068 fastmath<contract> : f32
          %v1072 = llvm.load %v11 : !llvm.ptr -> f32
          %v1073 = arith.mulf %v1029, %v1072 fastmath<contract> : f32
          %v1074 = llvm.load %v8 : !llvm.ptr -> f32
          %v1075 = arith.mulf %v1029, %v1074 fastmath<contract> : f32
          %v1076 = arith.addf %v1075, %v1043 fastmath<contract> : f32
          %v1077 = llvm.load %v12 : !llvm.ptr -> f32
          %v1078 = arith.mulf %v1029, %v1077 fastmath<contract> : f32
          %v1079 = llvm.load %v9 : !llvm.ptr -> f32
          %v1080 = arith.mulf %v1029, %v1079 fastmath<contract> : f32
          %v1081 = arith.addf %v1080, %v1067 fastmath<contract> : f32
          %v1082 = llvm.load %v13 : !llvm.ptr -> f32
          %v1083 = arith.mulf %v1029, %v1082 fastmath<contract> : f32
          llvm.store %v1056, %v6 : f32, !llvm.ptr
          llvm.store %v1058, %v10 : f32, !llvm.ptr
          llvm.store %v1071, %v7 : f32, !llvm.ptr
          llvm.store %v1073, %v11 : f32, !llvm.ptr
          llvm.store %v1076, %v8 : f32, !llvm.ptr
          llvm.store %v1078, %v12 : f32, !llvm.ptr
          llvm.store %v1081, %v9 : f32, !llvm.ptr
          llvm.store %v1083, %v13 : f32, !llvm.ptr
        }
      }
      scf.if %v38 {
        %v1084 = arith.muli %v30, %v5 : i64
        %v1085 = arith.subi %v5, %v2 : i64
        %v1086 = arith.minsi %v40, %v1085 : i64
        %v1087 = arith.addi %v1084, %v1086 : i64
        %v1088 = arith.muli %v1087, %v1 : i64
        %v1089 = arith.addi %v1088, %v138 : i64
        %v1090 = arith.addi %v1089, %v34 : i64
        %v1091 = llvm.load %v10 : !llvm.ptr -> f32
        %v1092 = llvm.getelementptr %agga_C[%v1090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1091, %v1092 : f32, !llvm.ptr
        %v1093 = llvm.load %v6 : !llvm.ptr -> f32
        %v1094 = llvm.getelementptr %aggb_C[%v1090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1093, %v1094 : f32, !llvm.ptr
        %v1095 = arith.muli %v30, %v5 : i64
        %v1096 = arith.subi %v5, %v2 : i64
        %v1097 = arith.minsi %v40, %v1096 : i64
        %v1098 = arith.addi %v1095, %v1097 : i64
        %v1099 = arith.muli %v1098, %v1 : i64
        %v1100 = arith.addi %v1099, %v22 : i64
        %v1101 = arith.addi %v1100, %v34 : i64
        %v1102 = llvm.load %v11 : !llvm.ptr -> f32
        %v1103 = llvm.getelementptr %agga_C[%v1101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1102, %v1103 : f32, !llvm.ptr
        %v1104 = llvm.load %v7 : !llvm.ptr -> f32
        %v1105 = llvm.getelementptr %aggb_C[%v1101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1104, %v1105 : f32, !llvm.ptr
        %v1106 = arith.muli %v30, %v5 : i64
        %v1107 = arith.subi %v5, %v2 : i64
        %v1108 = arith.minsi %v40, %v1107 : i64
        %v1109 = arith.addi %v1106, %v1108 : i64
        %v1110 = arith.muli %v1109, %v1 : i64
        %v1111 = arith.addi %v1110, %v138 : i64
        %v1112 = arith.addi %v1111, %v34 : i64
        %v1113 = llvm.load %v12 : !llvm.ptr -> f32
        %v1114 = llvm.getelementptr %agga_n[%v1112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1113, %v1114 : f32, !llvm.ptr
        %v1115 = llvm.load %v8 : !llvm.ptr -> f32
        %v1116 = llvm.getelementptr %aggb_n[%v1112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1115, %v1116 : f32, !llvm.ptr
        %v1117 = arith.muli %v30, %v5 : i64
        %v1118 = arith.subi %v5, %v2 : i64
        %v1119 = arith.minsi %v40, %v1118 : i64
        %v1120 = arith.addi %v1117, %v1119 : i64
        %v1121 = arith.muli %v1120, %v1 : i64
        %v1122 = arith.addi %v1121, %v22 : i64
        %v1123 = arith.addi %v1122, %v34 : i64
        %v1124 = llvm.load %v13 : !llvm.ptr -> f32
        %v1125 = llvm.getelementptr %agga_n[%v1123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1124, %v1125 : f32, !llvm.ptr
        %v1126 = llvm.load %v9 : !llvm.ptr -> f32
        %v1127 = llvm.getelementptr %aggb_n[%v1123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1126, %v1127 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
