module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mlstm_chunk_reduce(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_ig: !llvm.ptr, %in_fg: !llvm.ptr, %agga_C: !llvm.ptr, %aggb_C: !llvm.ptr, %agga_n: !llvm.ptr, %aggb_n: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_DV : i64
      %v5 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v13 = arith.constant 63 : i64
      %v14 = arith.addi %size_L, %v13 : i64
      %v15 = arith.constant 64 : i64
      %v16 = arith.divui %v14, %v15 : i64
      %v21 = arith.constant 8 : i64
      %v22 = arith.constant 7 : i64
      %v40 = arith.constant 0x00000000 : f32
      %v41 = arith.constant 0x3F800000 : f32
      %v45 = arith.constant 32 : i64
      %v53 = arith.constant 0 : i64
      %v62 = arith.constant 2 : i64
      %v64 = arith.constant 3 : i64
      %v66 = arith.constant 4 : i64
      %v68 = arith.constant 5 : i64
      %v70 = arith.constant 6 : i64
      %v74 = arith.constant 9 : i64
      %v76 = arith.constant 10 : i64
      %v78 = arith.constant 11 : i64
      %v80 = arith.constant 12 : i64
      %v82 = arith.constant 13 : i64
      %v84 = arith.constant 14 : i64
      %v86 = arith.constant 15 : i64
      %v89 = arith.muli %v1, %size_H : i64
      %v90 = arith.muli %v89, %size_L : i64
      %v396 = arith.muli %size_H, %size_L : i64
      %v404 = arith.constant 0x3FB8AA3B : f32
      %v417 = arith.muli %size_DV, %size_H : i64
      %v418 = arith.muli %v417, %size_L : i64
      %v17 = gpu.block_id x
      %v18 = gpu.thread_id x
      %v19 = arith.index_cast %v18 : index to i64
      %v20 = arith.index_cast %v17 : index to i64
      %v23 = arith.addi %v4, %v22 : i64
      %v24 = arith.divui %v23, %v21 : i64
      %v25 = arith.divui %v20, %v24 : i64
      %v26 = arith.remui %v20, %v24 : i64
      %v27 = arith.remui %v19, %v21 : i64
      %v28 = arith.divui %v19, %v21 : i64
      %v29 = arith.muli %v26, %v21 : i64
      %v30 = arith.addi %v29, %v28 : i64
      %v31 = arith.cmpi slt, %v30, %v4 : i64
      %v32 = arith.subi %v4, %v2 : i64
      %v33 = arith.minsi %v30, %v32 : i64
      %v34 = arith.remui %v33, %size_DV : i64
      %v35 = arith.divui %v33, %size_DV : i64
      %v36 = arith.remui %v35, %size_H : i64
      %v37 = arith.divui %v35, %size_H : i64
      %v38 = arith.remui %v37, %size_B : i64
      %v39 = arith.divui %v37, %size_B : i64
      %v457 = arith.trunci %v19 : i64 to i32
      %v458 = arith.constant 24 : i32
      %v459 = arith.andi %v457, %v458 : i32
      %v460 = arith.constant 0 : i32
      %v461 = arith.ori %v459, %v460 : i32
      %v462 = arith.constant 0 : i64
      %v463 = arith.cmpi eq, %v27, %v462 : i64
      %v464 = arith.constant 1 : i32
      %v465 = arith.ori %v459, %v464 : i32
      %v466 = arith.constant 1 : i64
      %v467 = arith.cmpi eq, %v27, %v466 : i64
      %v468 = arith.constant 2 : i32
      %v469 = arith.ori %v459, %v468 : i32
      %v470 = arith.constant 2 : i64
      %v471 = arith.cmpi eq, %v27, %v470 : i64
      %v472 = arith.constant 3 : i32
      %v473 = arith.ori %v459, %v472 : i32
      %v474 = arith.constant 3 : i64
      %v475 = arith.cmpi eq, %v27, %v474 : i64
      %v476 = arith.constant 4 : i32
      %v477 = arith.ori %v459, %v476 : i32
      %v478 = arith.constant 4 : i64
      %v479 = arith.cmpi eq, %v27, %v478 : i64
      %v480 = arith.constant 5 : i32
      %v481 = arith.ori %v459, %v480 : i32
      %v482 = arith.constant 5 : i64
      %v483 = arith.cmpi eq, %v27, %v482 : i64
      %v484 = arith.constant 6 : i32
      %v485 = arith.ori %v459, %v484 : i32
      %v486 = arith.constant 6 : i64
      %v487 = arith.cmpi eq, %v27, %v486 : i64
      %v488 = arith.constant 7 : i32
      %v489 = arith.ori %v459, %v488 : i32
      %v490 = arith.constant 7 : i64
      %v491 = arith.cmpi eq, %v27, %v490 : i64
      %v492 = arith.constant 32 : i32
      %v500 = arith.sitofp %v1 : i64 to f32
      %v501 = llvm.call_intrinsic "llvm.sqrt.f32"(%v500) : (f32) -> f32
      llvm.store %v40, %v5 : f32, !llvm.ptr
      llvm.store %v40, %v6 : f32, !llvm.ptr
      llvm.store %v40, %v7 : f32, !llvm.ptr
      llvm.store %v40, %v8 : f32, !llvm.ptr
      llvm.store %v41, %v9 : f32, !llvm.ptr
      llvm.store %v41, %v10 : f32, !llvm.ptr
      llvm.store %v41, %v11 : f32, !llvm.ptr
      llvm.store %v41, %v12 : f32, !llvm.ptr
      %v42 = arith.muli %v25, %v15 : i64
      %v43 = arith.addi %v42, %v15 : i64
      %v44 = arith.minsi %v43, %size_L : i64
      %v46 = arith.index_cast %v42 : i64 to index
      %v47 = arith.index_cast %v44 : i64 to index
      %v48 = arith.index_cast %v45 : i64 to index
      scf.for %v49 = %v46 to %v47 step %v48 {
        %v50 = arith.index_cast %v49 : index to i64
        %v51 = arith.subi %v44, %v50 : i64
        %v52 = arith.minsi %v51, %v45 : i64
        %v54 = arith.divui %v52, %v1 : i64
        %v55 = arith.index_cast %v53 : i64 to index
        %v56 = arith.index_cast %v54 : i64 to index
        %v57 = arith.index_cast %v2 : i64 to index
        scf.for %v58 = %v55 to %v56 step %v57 {
          %v59 = arith.index_cast %v58 : index to i64
          %v60 = arith.muli %v59, %v1 : i64
          %v61 = arith.addi %v60, %v2 : i64
          %v63 = arith.addi %v60, %v62 : i64
          %v65 = arith.addi %v60, %v64 : i64
          %v67 = arith.addi %v60, %v66 : i64
          %v69 = arith.addi %v60, %v68 : i64
          %v71 = arith.addi %v60, %v70 : i64
          %v72 = arith.addi %v60, %v22 : i64
          %v73 = arith.addi %v60, %v21 : i64
          %v75 = arith.addi %v60, %v74 : i64
          %v77 = arith.addi %v60, %v76 : i64
          %v79 = arith.addi %v60, %v78 : i64
          %v81 = arith.addi %v60, %v80 : i64
          %v83 = arith.addi %v60, %v82 : i64
          %v85 = arith.addi %v60, %v84 : i64
          %v87 = arith.addi %v60, %v86 : i64
          %v88 = arith.addi %v50, %v60 : i64
          %v91 = arith.muli %v38, %v90 : i64
          %v92 = arith.muli %v88, %v89 : i64
          %v93 = arith.addi %v91, %v92 : i64
          %v94 = arith.muli %v36, %v1 : i64
          %v95 = arith.addi %v93, %v94 : i64
          %v96 = arith.addi %v95, %v27 : i64
          %v97 = llvm.getelementptr %in_k[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v98 = llvm.load %v97 : !llvm.ptr -> f32
          %v99 = arith.muli %v38, %v90 : i64
          %v100 = arith.muli %v88, %v89 : i64
          %v101 = arith.addi %v99, %v100 : i64
          %v102 = arith.muli %v36, %v1 : i64
          %v103 = arith.addi %v101, %v102 : i64
          %v104 = arith.constant 8 : i64
          %v105 = arith.addi %v104, %v27 : i64
          %v106 = arith.addi %v103, %v105 : i64
          %v107 = llvm.getelementptr %in_k[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v108 = llvm.load %v107 : !llvm.ptr -> f32
          %v109 = arith.addi %v50, %v61 : i64
          %v110 = arith.muli %v38, %v90 : i64
          %v111 = arith.muli %v109, %v89 : i64
          %v112 = arith.addi %v110, %v111 : i64
          %v113 = arith.muli %v36, %v1 : i64
          %v114 = arith.addi %v112, %v113 : i64
          %v115 = arith.addi %v114, %v27 : i64
          %v116 = llvm.getelementptr %in_k[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v117 = llvm.load %v116 : !llvm.ptr -> f32
          %v118 = arith.muli %v38, %v90 : i64
          %v119 = arith.muli %v109, %v89 : i64
          %v120 = arith.addi %v118, %v119 : i64
          %v121 = arith.muli %v36, %v1 : i64
          %v122 = arith.addi %v120, %v121 : i64
          %v123 = arith.constant 8 : i64
          %v124 = arith.addi %v123, %v27 : i64
          %v125 = arith.addi %v122, %v124 : i64
          %v126 = llvm.getelementptr %in_k[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v127 = llvm.load %v126 : !llvm.ptr -> f32
          %v128 = arith.addi %v50, %v63 : i64
          %v129 = arith.muli %v38, %v90 : i64
          %v130 = arith.muli %v128, %v89 : i64
          %v131 = arith.addi %v129, %v130 : i64
          %v132 = arith.muli %v36, %v1 : i64
          %v133 = arith.addi %v131, %v132 : i64
          %v134 = arith.addi %v133, %v27 : i64
          %v135 = llvm.getelementptr %in_k[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v136 = llvm.load %v135 : !llvm.ptr -> f32
          %v137 = arith.muli %v38, %v90 : i64
          %v138 = arith.muli %v128, %v89 : i64
          %v139 = arith.addi %v137, %v138 : i64
          %v140 = arith.muli %v36, %v1 : i64
          %v141 = arith.addi %v139, %v140 : i64
          %v142 = arith.constant 8 : i64
          %v143 = arith.addi %v142, %v27 : i64
          %v144 = arith.addi %v141, %v143 : i64
          %v145 = llvm.getelementptr %in_k[%v144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v146 = llvm.load %v145 : !llvm.ptr -> f32
          %v147 = arith.addi %v50, %v65 : i64
          %v148 = arith.muli %v38, %v90 : i64
          %v149 = arith.muli %v147, %v89 : i64
          %v150 = arith.addi %v148, %v149 : i64
          %v151 = arith.muli %v36, %v1 : i64
          %v152 = arith.addi %v150, %v151 : i64
          %v153 = arith.addi %v152, %v27 : i64
          %v154 = llvm.getelementptr %in_k[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v155 = llvm.load %v154 : !llvm.ptr -> f32
          %v156 = arith.muli %v38, %v90 : i64
          %v157 = arith.muli %v147, %v89 : i64
          %v158 = arith.addi %v156, %v157 : i64
          %v159 = arith.muli %v36, %v1 : i64
          %v160 = arith.addi %v158, %v159 : i64
          %v161 = arith.constant 8 : i64
          %v162 = arith.addi %v161, %v27 : i64
          %v163 = arith.addi %v160, %v162 : i64
          %v164 = llvm.getelementptr %in_k[%v163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v165 = llvm.load %v164 : !llvm.ptr -> f32
          %v166 = arith.addi %v50, %v67 : i64
          %v167 = arith.muli %v38, %v90 : i64
          %v168 = arith.muli %v166, %v89 : i64
          %v169 = arith.addi %v167, %v168 : i64
          %v170 = arith.muli %v36, %v1 : i64
          %v171 = arith.addi %v169, %v170 : i64
          %v172 = arith.addi %v171, %v27 : i64
          %v173 = llvm.getelementptr %in_k[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v174 = llvm.load %v173 : !llvm.ptr -> f32
          %v175 = arith.muli %v38, %v90 : i64
          %v176 = arith.muli %v166, %v89 : i64
          %v177 = arith.addi %v175, %v176 : i64
          %v178 = arith.muli %v36, %v1 : i64
          %v179 = arith.addi %v177, %v178 : i64
          %v180 = arith.constant 8 : i64
          %v181 = arith.addi %v180, %v27 : i64
          %v182 = arith.addi %v179, %v181 : i64
          %v183 = llvm.getelementptr %in_k[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v184 = llvm.load %v183 : !llvm.ptr -> f32
          %v185 = arith.addi %v50, %v69 : i64
          %v186 = arith.muli %v38, %v90 : i64
          %v187 = arith.muli %v185, %v89 : i64
          %v188 = arith.addi %v186, %v187 : i64
          %v189 = arith.muli %v36, %v1 : i64
          %v190 = arith.addi %v188, %v189 : i64
          %v191 = arith.addi %v190, %v27 : i64
          %v192 = llvm.getelementptr %in_k[%v191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v193 = llvm.load %v192 : !llvm.ptr -> f32
          %v194 = arith.muli %v38, %v90 : i64
          %v195 = arith.muli %v185, %v89 : i64
          %v196 = arith.addi %v194, %v195 : i64
          %v197 = arith.muli %v36, %v1 : i64
          %v198 = arith.addi %v196, %v197 : i64
          %v199 = arith.constant 8 : i64
          %v200 = arith.addi %v199, %v27 : i64
          %v201 = arith.addi %v198, %v200 : i64
          %v202 = llvm.getelementptr %in_k[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v203 = llvm.load %v202 : !llvm.ptr -> f32
          %v204 = arith.addi %v50, %v71 : i64
          %v205 = arith.muli %v38, %v90 : i64
          %v206 = arith.muli %v204, %v89 : i64
          %v207 = arith.addi %v205, %v206 : i64
          %v208 = arith.muli %v36, %v1 : i64
          %v209 = arith.addi %v207, %v208 : i64
          %v210 = arith.addi %v209, %v27 : i64
          %v211 = llvm.getelementptr %in_k[%v210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v212 = llvm.load %v211 : !llvm.ptr -> f32
          %v213 = arith.muli %v38, %v90 : i64
          %v214 = arith.muli %v204, %v89 : i64
          %v215 = arith.addi %v213, %v214 : i64
          %v216 = arith.muli %v36, %v1 : i64
          %v217 = arith.addi %v215, %v216 : i64
          %v218 = arith.constant 8 : i64
          %v219 = arith.addi %v218, %v27 : i64
          %v220 = arith.addi %v217, %v219 : i64
          %v221 = llvm.getelementptr %in_k[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v222 = llvm.load %v221 : !llvm.ptr -> f32
          %v223 = arith.addi %v50, %v72 : i64
          %v224 = arith.muli %v38, %v90 : i64
          %v225 = arith.muli %v223, %v89 : i64
          %v226 = arith.addi %v224, %v225 : i64
          %v227 = arith.muli %v36, %v1 : i64
          %v228 = arith.addi %v226, %v227 : i64
          %v229 = arith.addi %v228, %v27 : i64
          %v230 = llvm.getelementptr %in_k[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v231 = llvm.load %v230 : !llvm.ptr -> f32
          %v232 = arith.muli %v38, %v90 : i64
          %v233 = arith.muli %v223, %v89 : i64
          %v234 = arith.addi %v232, %v233 : i64
          %v235 = arith.muli %v36, %v1 : i64
          %v236 = arith.addi %v234, %v235 : i64
          %v237 = arith.constant 8 : i64
          %v238 = arith.addi %v237, %v27 : i64
          %v239 = arith.addi %v236, %v238 : i64
          %v240 = llvm.getelementptr %in_k[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v241 = llvm.load %v240 : !llvm.ptr -> f32
          %v242 = arith.addi %v50, %v73 : i64
          %v243 = arith.muli %v38, %v90 : i64
          %v244 = arith.muli %v242, %v89 : i64
          %v245 = arith.addi %v243, %v244 : i64
          %v246 = arith.muli %v36, %v1 : i64
          %v247 = arith.addi %v245, %v246 : i64
          %v248 = arith.addi %v247, %v27 : i64
          %v249 = llvm.getelementptr %in_k[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v250 = llvm.load %v249 : !llvm.ptr -> f32
          %v251 = arith.muli %v38, %v90 : i64
          %v252 = arith.muli %v242, %v89 : i64
          %v253 = arith.addi %v251, %v252 : i64
          %v254 = arith.muli %v36, %v1 : i64
          %v255 = arith.addi %v253, %v254 : i64
          %v256 = arith.constant 8 : i64
          %v257 = arith.addi %v256, %v27 : i64
          %v258 = arith.addi %v255, %v257 : i64
          %v259 = llvm.getelementptr %in_k[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v260 = llvm.load %v259 : !llvm.ptr -> f32
          %v261 = arith.addi %v50, %v75 : i64
          %v262 = arith.muli %v38, %v90 : i64
          %v263 = arith.muli %v261, %v89 : i64
          %v264 = arith.addi %v262, %v263 : i64
          %v265 = arith.muli %v36, %v1 : i64
          %v266 = arith.addi %v264, %v265 : i64
          %v267 = arith.addi %v266, %v27 : i64
          %v268 = llvm.getelementptr %in_k[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v269 = llvm.load %v268 : !llvm.ptr -> f32
          %v270 = arith.muli %v38, %v90 : i64
          %v271 = arith.muli %v261, %v89 : i64
          %v272 = arith.addi %v270, %v271 : i64
          %v273 = arith.muli %v36, %v1 : i64
          %v274 = arith.addi %v272, %v273 : i64
          %v275 = arith.constant 8 : i64
          %v276 = arith.addi %v275, %v27 : i64
          %v277 = arith.addi %v274, %v276 : i64
          %v278 = llvm.getelementptr %in_k[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v279 = llvm.load %v278 : !llvm.ptr -> f32
          %v280 = arith.addi %v50, %v77 : i64
          %v281 = arith.muli %v38, %v90 : i64
          %v282 = arith.muli %v280, %v89 : i64
          %v283 = arith.addi %v281, %v282 : i64
          %v284 = arith.muli %v36, %v1 : i64
          %v285 = arith.addi %v283, %v284 : i64
          %v286 = arith.addi %v285, %v27 : i64
          %v287 = llvm.getelementptr %in_k[%v286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v288 = llvm.load %v287 : !llvm.ptr -> f32
          %v289 = arith.muli %v38, %v90 : i64
          %v290 = arith.muli %v280, %v89 : i64
          %v291 = arith.addi %v289, %v290 : i64
          %v292 = arith.muli %v36, %v1 : i64
          %v293 = arith.addi %v291, %v292 : i64
          %v294 = arith.constant 8 : i64
          %v295 = arith.addi %v294, %v27 : i64
          %v296 = arith.addi %v293, %v295 : i64
          %v297 = llvm.getelementptr %in_k[%v296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v298 = llvm.load %v297 : !llvm.ptr -> f32
          %v299 = arith.addi %v50, %v79 : i64
          %v300 = arith.muli %v38, %v90 : i64
          %v301 = arith.muli %v299, %v89 : i64
          %v302 = arith.addi %v300, %v301 : i64
          %v303 = arith.muli %v36, %v1 : i64
          %v304 = arith.addi %v302, %v303 : i64
          %v305 = arith.addi %v304, %v27 : i64
          %v306 = llvm.getelementptr %in_k[%v305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v307 = llvm.load %v306 : !llvm.ptr -> f32
          %v308 = arith.muli %v38, %v90 : i64
          %v309 = arith.muli %v299, %v89 : i64
          %v310 = arith.addi %v308, %v309 : i64
          %v311 = arith.muli %v36, %v1 : i64
          %v312 = arith.addi %v310, %v311 : i64
          %v313 = arith.constant 8 : i64
          %v314 = arith.addi %v313, %v27 : i64
          %v315 = arith.addi %v312, %v314 : i64
          %v316 = llvm.getelementptr %in_k[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v317 = llvm.load %v316 : !llvm.ptr -> f32
          %v318 = arith.addi %v50, %v81 : i64
          %v319 = arith.muli %v38, %v90 : i64
          %v320 = arith.muli %v318, %v89 : i64
          %v321 = arith.addi %v319, %v320 : i64
          %v322 = arith.muli %v36, %v1 : i64
          %v323 = arith.addi %v321, %v322 : i64
          %v324 = arith.addi %v323, %v27 : i64
          %v325 = llvm.getelementptr %in_k[%v324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v326 = llvm.load %v325 : !llvm.ptr -> f32
          %v327 = arith.muli %v38, %v90 : i64
          %v328 = arith.muli %v318, %v89 : i64
          %v329 = arith.addi %v327, %v328 : i64
          %v330 = arith.muli %v36, %v1 : i64
          %v331 = arith.addi %v329, %v330 : i64
          %v332 = arith.constant 8 : i64
          %v333 = arith.addi %v332, %v27 : i64
          %v334 = arith.addi %v331, %v333 : i64
          %v335 = llvm.getelementptr %in_k[%v334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v336 = llvm.load %v335 : !llvm.ptr -> f32
          %v337 = arith.addi %v50, %v83 : i64
          %v338 = arith.muli %v38, %v90 : i64
          %v339 = arith.muli %v337, %v89 : i64
          %v340 = arith.addi %v338, %v339 : i64
          %v341 = arith.muli %v36, %v1 : i64
          %v342 = arith.addi %v340, %v341 : i64
          %v343 = arith.addi %v342, %v27 : i64
          %v344 = llvm.getelementptr %in_k[%v343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v345 = llvm.load %v344 : !llvm.ptr -> f32
          %v346 = arith.muli %v38, %v90 : i64
          %v347 = arith.muli %v337, %v89 : i64
          %v348 = arith.addi %v346, %v347 : i64
          %v349 = arith.muli %v36, %v1 : i64
          %v350 = arith.addi %v348, %v349 : i64
          %v351 = arith.constant 8 : i64
          %v352 = arith.addi %v351, %v27 : i64
          %v353 = arith.addi %v350, %v352 : i64
          %v354 = llvm.getelementptr %in_k[%v353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v355 = llvm.load %v354 : !llvm.ptr -> f32
          %v356 = arith.addi %v50, %v85 : i64
          %v357 = arith.muli %v38, %v90 : i64
          %v358 = arith.muli %v356, %v89 : i64
          %v359 = arith.addi %v357, %v358 : i64
          %v360 = arith.muli %v36, %v1 : i64
          %v361 = arith.addi %v359, %v360 : i64
          %v362 = arith.addi %v361, %v27 : i64
          %v363 = llvm.getelementptr %in_k[%v362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v364 = llvm.load %v363 : !llvm.ptr -> f32
          %v365 = arith.muli %v38, %v90 : i64
          %v366 = arith.muli %v356, %v89 : i64
          %v367 = arith.addi %v365, %v366 : i64
          %v368 = arith.muli %v36, %v1 : i64
          %v369 = arith.addi %v367, %v368 : i64
          %v370 = arith.constant 8 : i64
          %v371 = arith.addi %v370, %v27 : i64
          %v372 = arith.addi %v369, %v371 : i64
          %v373 = llvm.getelementptr %in_k[%v372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v374 = llvm.load %v373 : !llvm.ptr -> f32
          %v375 = arith.addi %v50, %v87 : i64
          %v376 = arith.muli %v38, %v90 : i64
          %v377 = arith.muli %v375, %v89 : i64
          %v378 = arith.addi %v376, %v377 : i64
          %v379 = arith.muli %v36, %v1 : i64
          %v380 = arith.addi %v378, %v379 : i64
          %v381 = arith.addi %v380, %v27 : i64
          %v382 = llvm.getelementptr %in_k[%v381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v383 = llvm.load %v382 : !llvm.ptr -> f32
          %v384 = arith.muli %v38, %v90 : i64
          %v385 = arith.muli %v375, %v89 : i64
          %v386 = arith.addi %v384, %v385 : i64
          %v387 = arith.muli %v36, %v1 : i64
          %v388 = arith.addi %v386, %v387 : i64
          %v389 = arith.constant 8 : i64
          %v390 = arith.addi %v389, %v27 : i64
          %v391 = arith.addi %v388, %v390 : i64
          %v392 = llvm.getelementptr %in_k[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v393 = llvm.load %v392 : !llvm.ptr -> f32
          %v394 = arith.addi %v60, %v27 : i64
          %v395 = arith.addi %v50, %v394 : i64
          %v397 = arith.muli %v38, %v396 : i64
          %v398 = arith.muli %v395, %size_H : i64
          %v399 = arith.addi %v397, %v398 : i64
          %v400 = arith.addi %v399, %v36 : i64
          %v401 = llvm.getelementptr %in_fg[%v400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v402 = llvm.load %v401 : !llvm.ptr -> f32
          %v403 = arith.negf %v402 : f32
          %v405 = arith.mulf %v403, %v404 fastmath<contract> : f32
          %v406 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v405) : (f32) -> f32
          %v407 = arith.addf %v41, %v406 fastmath<contract> : f32
          %v408 = arith.divf %v41, %v407 : f32
          %v409 = arith.muli %v38, %v396 : i64
          %v410 = arith.muli %v395, %size_H : i64
          %v411 = arith.addi %v409, %v410 : i64
          %v412 = arith.addi %v411, %v36 : i64
          %v413 = llvm.getelementptr %in_ig[%v412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v414 = llvm.load %v413 : !llvm.ptr -> f32
          %v415 = arith.mulf %v414, %v404 fastmath<contract> : f32
          %v416 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v415) : (f32) -> f32
          %v419 = arith.muli %v38, %v418 : i64
          %v420 = arith.muli %v395, %v417 : i64
          %v421 = arith.addi %v419, %v420 : i64
          %v422 = arith.muli %v36, %size_DV : i64
          %v423 = arith.addi %v421, %v422 : i64
          %v424 = arith.addi %v423, %v34 : i64
          %v425 = llvm.getelementptr %in_v[%v424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v426 = llvm.load %v425 : !llvm.ptr -> f32
          %v427 = arith.addi %v60, %v21 : i64
          %v428 = arith.addi %v427, %v27 : i64
          %v429 = arith.addi %v50, %v428 : i64
          %v430 = arith.muli %v38, %v396 : i64
          %v431 = arith.muli %v429, %size_H : i64
          %v432 = arith.addi %v430, %v431 : i64
          %v433 = arith.addi %v432, %v36 : i64
          %v434 = llvm.getelementptr %in_fg[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v435 = llvm.load %v434 : !llvm.ptr -> f32
          %v436 = arith.negf %v435 : f32
          %v437 = arith.mulf %v436, %v404 fastmath<contract> : f32
          %v438 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v437) : (f32) -> f32
          %v439 = arith.addf %v41, %v438 fastmath<contract> : f32
          %v440 = arith.divf %v41, %v439 : f32
          %v441 = arith.muli %v38, %v396 : i64
          %v442 = arith.muli %v429, %size_H : i64
          %v443 = arith.addi %v441, %v442 : i64
          %v444 = arith.addi %v443, %v36 : i64
          %v445 = llvm.getelementptr %in_ig[%v444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v446 = llvm.load %v445 : !llvm.ptr -> f32
          %v447 = arith.mulf %v446, %v404 fastmath<contract> : f32
          %v448 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v447) : (f32) -> f32
          %v449 = arith.muli %v38, %v418 : i64
          %v450 = arith.muli %v429, %v417 : i64
          %v451 = arith.addi %v449, %v450 : i64
          %v452 = arith.muli %v36, %size_DV : i64
          %v453 = arith.addi %v451, %v452 : i64
          %v454 = arith.addi %v453, %v34 : i64
          %v455 = llvm.getelementptr %in_v[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v456 = llvm.load %v455 : !llvm.ptr -> f32
          %v493 = arith.addi %v50, %v60 : i64
          %v494, %v495 = gpu.shuffle idx %v408, %v461, %v492 : f32
          %v496, %v497 = gpu.shuffle idx %v416, %v461, %v492 : f32
          %v498, %v499 = gpu.shuffle idx %v426, %v461, %v492 : f32
          %v502 = arith.divf %v98, %v501 : f32
          %v503 = arith.mulf %v496, %v502 fastmath<contract> : f32
          %v504 = arith.mulf %v503, %v498 fastmath<contract> : f32
          %v505 = llvm.load %v5 : !llvm.ptr -> f32
          %v506 = arith.mulf %v494, %v505 fastmath<contract> : f32
          %v507 = arith.addf %v506, %v504 fastmath<contract> : f32
          %v508 = llvm.load %v9 : !llvm.ptr -> f32
          %v509 = arith.mulf %v494, %v508 fastmath<contract> : f32
          %v510 = arith.divf %v108, %v501 : f32
          %v511 = arith.mulf %v496, %v510 fastmath<contract> : f32
          %v512 = arith.mulf %v511, %v498 fastmath<contract> : f32
          %v513 = llvm.load %v6 : !llvm.ptr -> f32
          %v514 = arith.mulf %v494, %v513 fastmath<contract> : f32
          %v515 = arith.addf %v514, %v512 fastmath<contract> : f32
          %v516 = llvm.load %v10 : !llvm.ptr -> f32
          %v517 = arith.mulf %v494, %v516 fastmath<contract> : f32
          %v518 = llvm.load %v7 : !llvm.ptr -> f32
          %v519 = arith.mulf %v494, %v518 fastmath<contract> : f32
          %v520 = arith.addf %v519, %v503 fastmath<contract> : f32
          %v521 = llvm.load %v11 : !llvm.ptr -> f32
          %v522 = arith.mulf %v494, %v521 fastmath<contract> : f32
          %v523 = llvm.load %v8 : !llvm.ptr -> f32
          %v524 = arith.mulf %v494, %v523 fastmath<contract> : f32
          %v525 = arith.addf %v524, %v511 fastmath<contract> : f32
          %v526 = llvm.load %v12 : !llvm.ptr -> f32
          %v527 = arith.mulf %v494, %v526 fastmath<contract> : f32
          llvm.store %v507, %v5 : f32, !llvm.ptr
          llvm.store %v509, %v9 : f32, !llvm.ptr
          llvm.store %v515, %v6 : f32, !llvm.ptr
          llvm.store %v517, %v10 : f32, !llvm.ptr
          llvm.store %v520, %v7 : f32, !llvm.ptr
          llvm.store %v522, %v11 : f32, !llvm.ptr
          llvm.store %v525, %v8 : f32, !llvm.ptr
          llvm.store %v527, %v12 : f32, !llvm.ptr
          %v528 = arith.addi %v50, %v61 : i64
          %v529, %v530 = gpu.shuffle idx %v408, %v465, %v492 : f32
          %v531, %v532 = gpu.shuffle idx %v416, %v465, %v492 : f32
          %v533, %v534 = gpu.shuffle idx %v426, %v465, %v492 : f32
          %v535 = arith.divf %v117, %v501 : f32
          %v536 = arith.mulf %v531, %v535 fastmath<contract> : f32
          %v537 = arith.mulf %v536, %v533 fastmath<contract> : f32
          %v538 = llvm.load %v5 : !llvm.ptr -> f32
          %v539 = arith.mulf %v529, %v538 fastmath<contract> : f32
          %v540 = arith.addf %v539, %v537 fastmath<contract> : f32
          %v541 = llvm.load %v9 : !llvm.ptr -> f32
          %v542 = arith.mulf %v529, %v541 fastmath<contract> : f32
          %v543 = arith.divf %v127, %v501 : f32
          %v544 = arith.mulf %v531, %v543 fastmath<contract> : f32
          %v545 = arith.mulf %v544, %v533 fastmath<contract> : f32
          %v546 = llvm.load %v6 : !llvm.ptr -> f32
          %v547 = arith.mulf %v529, %v546 fastmath<contract> : f32
          %v548 = arith.addf %v547, %v545 fastmath<contract> : f32
          %v549 = llvm.load %v10 : !llvm.ptr -> f32
          %v550 = arith.mulf %v529, %v549 fastmath<contract> : f32
          %v551 = llvm.load %v7 : !llvm.ptr -> f32
          %v552 = arith.mulf %v529, %v551 fastmath<contract> : f32
          %v553 = arith.addf %v552, %v536 fastmath<contract> : f32
          %v554 = llvm.load %v11 : !llvm.ptr -> f32
          %v555 = arith.mulf %v529, %v554 fastmath<contract> : f32
          %v556 = llvm.load %v8 : !llvm.ptr -> f32
          %v557 = arith.mulf %v529, %v556 fastmath<contract> : f32
          %v558 = arith.addf %v557, %v544 fastmath<contract> : f32
          %v559 = llvm.load %v12 : !llvm.ptr -> f32
          %v560 = arith.mulf %v529, %v559 fastmath<contract> : f32
          llvm.store %v540, %v5 : f32, !llvm.ptr
          llvm.store %v542, %v9 : f32, !llvm.ptr
          llvm.store %v548, %v6 : f32, !llvm.ptr
          llvm.store %v550, %v10 : f32, !llvm.ptr
          llvm.store %v553, %v7 : f32, !llvm.ptr
          llvm.store %v555, %v11 : f32, !llvm.ptr
          llvm.store %v558, %v8 : f32, !llvm.ptr
          llvm.store %v560, %v12 : f32, !llvm.ptr
          %v561 = arith.addi %v50, %v63 : i64
          %v562, %v563 = gpu.shuffle idx %v408, %v469, %v492 : f32
          %v564, %v565 = gpu.shuffle idx %v416, %v469, %v492 : f32
          %v566, %v567 = gpu.shuffle idx %v426, %v469, %v492 : f32
          %v568 = arith.divf %v136, %v501 : f32
          %v569 = arith.mulf %v564, %v568 fastmath<contract> : f32
          %v570 = arith.mulf %v569, %v566 fastmath<contract> : f32
          %v571 = llvm.load %v5 : !llvm.ptr -> f32
          %v572 = arith.mulf %v562, %v571 fastmath<contract> : f32
          %v573 = arith.addf %v572, %v570 fastmath<contract> : f32
          %v574 = llvm.load %v9 : !llvm.ptr -> f32
          %v575 = arith.mulf %v562, %v574 fastmath<contract> : f32
          %v576 = arith.divf %v146, %v501 : f32
          %v577 = arith.mulf %v564, %v576 fastmath<contract> : f32
          %v578 = arith.mulf %v577, %v566 fastmath<contract> : f32
          %v579 = llvm.load %v6 : !llvm.ptr -> f32
          %v580 = arith.mulf %v562, %v579 fastmath<contract> : f32
          %v581 = arith.addf %v580, %v578 fastmath<contract> : f32
          %v582 = llvm.load %v10 : !llvm.ptr -> f32
          %v583 = arith.mulf %v562, %v582 fastmath<contract> : f32
          %v584 = llvm.load %v7 : !llvm.ptr -> f32
          %v585 = arith.mulf %v562, %v584 fastmath<contract> : f32
          %v586 = arith.addf %v585, %v569 fastmath<contract> : f32
          %v587 = llvm.load %v11 : !llvm.ptr -> f32
          %v588 = arith.mulf %v562, %v587 fastmath<contract> : f32
          %v589 = llvm.load %v8 : !llvm.ptr -> f32
          %v590 = arith.mulf %v562, %v589 fastmath<contract> : f32
          %v591 = arith.addf %v590, %v577 fastmath<contract> : f32
          %v592 = llvm.load %v12 : !llvm.ptr -> f32
          %v593 = arith.mulf %v562, %v592 fastmath<contract> : f32
          llvm.store %v573, %v5 : f32, !llvm.ptr
          llvm.store %v575, %v9 : f32, !llvm.ptr
          llvm.store %v581, %v6 : f32, !llvm.ptr
          llvm.store %v583, %v10 : f32, !llvm.ptr
          llvm.store %v586, %v7 : f32, !llvm.ptr
          llvm.store %v588, %v11 : f32, !llvm.ptr
          llvm.store %v591, %v8 : f32, !llvm.ptr
          llvm.store %v593, %v12 : f32, !llvm.ptr
          %v594 = arith.addi %v50, %v65 : i64
          %v595, %v596 = gpu.shuffle idx %v408, %v473, %v492 : f32
          %v597, %v598 = gpu.shuffle idx %v416, %v473, %v492 : f32
          %v599, %v600 = gpu.shuffle idx %v426, %v473, %v492 : f32
          %v601 = arith.divf %v155, %v501 : f32
          %v602 = arith.mulf %v597, %v601 fastmath<contract> : f32
          %v603 = arith.mulf %v602, %v599 fastmath<contract> : f32
          %v604 = llvm.load %v5 : !llvm.ptr -> f32
          %v605 = arith.mulf %v595, %v604 fastmath<contract> : f32
          %v606 = arith.addf %v605, %v603 fastmath<contract> : f32
          %v607 = llvm.load %v9 : !llvm.ptr -> f32
          %v608 = arith.mulf %v595, %v607 fastmath<contract> : f32
          %v609 = arith.divf %v165, %v501 : f32
          %v610 = arith.mulf %v597, %v609 fastmath<contract> : f32
          %v611 = arith.mulf %v610, %v599 fastmath<contract> : f32
          %v612 = llvm.load %v6 : !llvm.ptr -> f32
          %v613 = arith.mulf %v595, %v612 fastmath<contract> : f32
          %v614 = arith.addf %v613, %v611 fastmath<contract> : f32
          %v615 = llvm.load %v10 : !llvm.ptr -> f32
          %v616 = arith.mulf %v595, %v615 fastmath<contract> : f32
          %v617 = llvm.load %v7 : !llvm.ptr -> f32
          %v618 = arith.mulf %v595, %v617 fastmath<contract> : f32
          %v619 = arith.addf %v618, %v602 fastmath<contract> : f32
          %v620 = llvm.load %v11 : !llvm.ptr -> f32
          %v621 = arith.mulf %v595, %v620 fastmath<contract> : f32
          %v622 = llvm.load %v8 : !llvm.ptr -> f32
          %v623 = arith.mulf %v595, %v622 fastmath<contract> : f32
          %v624 = arith.addf %v623, %v610 fastmath<contract> : f32
          %v625 = llvm.load %v12 : !llvm.ptr -> f32
          %v626 = arith.mulf %v595, %v625 fastmath<contract> : f32
          llvm.store %v606, %v5 : f32, !llvm.ptr
          llvm.store %v608, %v9 : f32, !llvm.ptr
          llvm.store %v614, %v6 : f32, !llvm.ptr
          llvm.store %v616, %v10 : f32, !llvm.ptr
          llvm.store %v619, %v7 : f32, !llvm.ptr
          llvm.store %v621, %v11 : f32, !llvm.ptr
          llvm.store %v624, %v8 : f32, !llvm.ptr
          llvm.store %v626, %v12 : f32, !llvm.ptr
          %v627 = arith.addi %v50, %v67 : i64
          %v628, %v629 = gpu.shuffle idx %v408, %v477, %v492 : f32
          %v630, %v631 = gpu.shuffle idx %v416, %v477, %v492 : f32
          %v632, %v633 = gpu.shuffle idx %v426, %v477, %v492 : f32
          %v634 = arith.divf %v174, %v501 : f32
          %v635 = arith.mulf %v630, %v634 fastmath<contract> : f32
          %v636 = arith.mulf %v635, %v632 fastmath<contract> : f32
          %v637 = llvm.load %v5 : !llvm.ptr -> f32
          %v638 = arith.mulf %v628, %v637 fastmath<contract> : f32
          %v639 = arith.addf %v638, %v636 fastmath<contract> : f32
          %v640 = llvm.load %v9 : !llvm.ptr -> f32
          %v641 = arith.mulf %v628, %v640 fastmath<contract> : f32
          %v642 = arith.divf %v184, %v501 : f32
          %v643 = arith.mulf %v630, %v642 fastmath<contract> : f32
          %v644 = arith.mulf %v643, %v632 fastmath<contract> : f32
          %v645 = llvm.load %v6 : !llvm.ptr -> f32
          %v646 = arith.mulf %v628, %v645 fastmath<contract> : f32
          %v647 = arith.addf %v646, %v644 fastmath<contract> : f32
          %v648 = llvm.load %v10 : !llvm.ptr -> f32
          %v649 = arith.mulf %v628, %v648 fastmath<contract> : f32
          %v650 = llvm.load %v7 : !llvm.ptr -> f32
          %v651 = arith.mulf %v628, %v650 fastmath<contract> : f32
          %v652 = arith.addf %v651, %v635 fastmath<contract> : f32
          %v653 = llvm.load %v11 : !llvm.ptr -> f32
          %v654 = arith.mulf %v628, %v653 fastmath<contract> : f32
          %v655 = llvm.load %v8 : !llvm.ptr -> f32
          %v656 = arith.mulf %v628, %v655 fastmath<contract> : f32
          %v657 = arith.addf %v656, %v643 fastmath<contract> : f32
          %v658 = llvm.load %v12 : !llvm.ptr -> f32
          %v659 = arith.mulf %v628, %v658 fastmath<contract> : f32
          llvm.store %v639, %v5 : f32, !llvm.ptr
          llvm.store %v641, %v9 : f32, !llvm.ptr
          llvm.store %v647, %v6 : f32, !llvm.ptr
          llvm.store %v649, %v10 : f32, !llvm.ptr
          llvm.store %v652, %v7 : f32, !llvm.ptr
          llvm.store %v654, %v11 : f32, !llvm.ptr
          llvm.store %v657, %v8 : f32, !llvm.ptr
          llvm.store %v659, %v12 : f32, !llvm.ptr
          %v660 = arith.addi %v50, %v69 : i64
          %v661, %v662 = gpu.shuffle idx %v408, %v481, %v492 : f32
          %v663, %v664 = gpu.shuffle idx %v416, %v481, %v492 : f32
          %v665, %v666 = gpu.shuffle idx %v426, %v481, %v492 : f32
          %v667 = arith.divf %v193, %v501 : f32
          %v668 = arith.mulf %v663, %v667 fastmath<contract> : f32
          %v669 = arith.mulf %v668, %v665 fastmath<contract> : f32
          %v670 = llvm.load %v5 : !llvm.ptr -> f32
          %v671 = arith.mulf %v661, %v670 fastmath<contract> : f32
          %v672 = arith.addf %v671, %v669 fastmath<contract> : f32
          %v673 = llvm.load %v9 : !llvm.ptr -> f32
          %v674 = arith.mulf %v661, %v673 fastmath<contract> : f32
          %v675 = arith.divf %v203, %v501 : f32
          %v676 = arith.mulf %v663, %v675 fastmath<contract> : f32
          %v677 = arith.mulf %v676, %v665 fastmath<contract> : f32
          %v678 = llvm.load %v6 : !llvm.ptr -> f32
          %v679 = arith.mulf %v661, %v678 fastmath<contract> : f32
          %v680 = arith.addf %v679, %v677 fastmath<contract> : f32
          %v681 = llvm.load %v10 : !llvm.ptr -> f32
          %v682 = arith.mulf %v661, %v681 fastmath<contract> : f32
          %v683 = llvm.load %v7 : !llvm.ptr -> f32
          %v684 = arith.mulf %v661, %v683 fastmath<contract> : f32
          %v685 = arith.addf %v684, %v668 fastmath<contract> : f32
          %v686 = llvm.load %v11 : !llvm.ptr -> f32
          %v687 = arith.mulf %v661, %v686 fastmath<contract> : f32
          %v688 = llvm.load %v8 : !llvm.ptr -> f32
          %v689 = arith.mulf %v661, %v688 fastmath<contract> : f32
          %v690 = arith.addf %v689, %v676 fastmath<contract> : f32
          %v691 = llvm.load %v12 : !llvm.ptr -> f32
          %v692 = arith.mulf %v661, %v691 fastmath<contract> : f32
          llvm.store %v672, %v5 : f32, !llvm.ptr
          llvm.store %v674, %v9 : f32, !llvm.ptr
          llvm.store %v680, %v6 : f32, !llvm.ptr
          llvm.store %v682, %v10 : f32, !llvm.ptr
          llvm.store %v685, %v7 : f32, !llvm.ptr
          llvm.store %v687, %v11 : f32, !llvm.ptr
          llvm.store %v690, %v8 : f32, !llvm.ptr
          llvm.store %v692, %v12 : f32, !llvm.ptr
          %v693 = arith.addi %v50, %v71 : i64
          %v694, %v695 = gpu.shuffle idx %v408, %v485, %v492 : f32
          %v696, %v697 = gpu.shuffle idx %v416, %v485, %v492 : f32
          %v698, %v699 = gpu.shuffle idx %v426, %v485, %v492 : f32
          %v700 = arith.divf %v212, %v501 : f32
          %v701 = arith.mulf %v696, %v700 fastmath<contract> : f32
          %v702 = arith.mulf %v701, %v698 fastmath<contract> : f32
          %v703 = llvm.load %v5 : !llvm.ptr -> f32
          %v704 = arith.mulf %v694, %v703 fastmath<contract> : f32
          %v705 = arith.addf %v704, %v702 fastmath<contract> : f32
          %v706 = llvm.load %v9 : !llvm.ptr -> f32
          %v707 = arith.mulf %v694, %v706 fastmath<contract> : f32
          %v708 = arith.divf %v222, %v501 : f32
          %v709 = arith.mulf %v696, %v708 fastmath<contract> : f32
          %v710 = arith.mulf %v709, %v698 fastmath<contract> : f32
          %v711 = llvm.load %v6 : !llvm.ptr -> f32
          %v712 = arith.mulf %v694, %v711 fastmath<contract> : f32
          %v713 = arith.addf %v712, %v710 fastmath<contract> : f32
          %v714 = llvm.load %v10 : !llvm.ptr -> f32
          %v715 = arith.mulf %v694, %v714 fastmath<contract> : f32
          %v716 = llvm.load %v7 : !llvm.ptr -> f32
          %v717 = arith.mulf %v694, %v716 fastmath<contract> : f32
          %v718 = arith.addf %v717, %v701 fastmath<contract> : f32
          %v719 = llvm.load %v11 : !llvm.ptr -> f32
          %v720 = arith.mulf %v694, %v719 fastmath<contract> : f32
          %v721 = llvm.load %v8 : !llvm.ptr -> f32
          %v722 = arith.mulf %v694, %v721 fastmath<contract> : f32
          %v723 = arith.addf %v722, %v709 fastmath<contract> : f32
          %v724 = llvm.load %v12 : !llvm.ptr -> f32
          %v725 = arith.mulf %v694, %v724 fastmath<contract> : f32
          llvm.store %v705, %v5 : f32, !llvm.ptr
          llvm.store %v707, %v9 : f32, !llvm.ptr
          llvm.store %v713, %v6 : f32, !llvm.ptr
          llvm.store %v715, %v10 : f32, !llvm.ptr
          llvm.store %v718, %v7 : f32, !llvm.ptr
          llvm.store %v720, %v11 : f32, !llvm.ptr
          llvm.store %v723, %v8 : f32, !llvm.ptr
          llvm.store %v725, %v12 : f32, !llvm.ptr
          %v726 = arith.addi %v50, %v72 : i64
          %v727, %v728 = gpu.shuffle idx %v408, %v489, %v492 : f32
          %v729, %v730 = gpu.shuffle idx %v416, %v489, %v492 : f32
          %v731, %v732 = gpu.shuffle idx %v426, %v489, %v492 : f32
          %v733 = arith.divf %v231, %v501 : f32
          %v734 = arith.mulf %v729, %v733 fastmath<contract> : f32
          %v735 = arith.mulf %v734, %v731 fastmath<contract> : f32
          %v736 = llvm.load %v5 : !llvm.ptr -> f32
          %v737 = arith.mulf %v727, %v736 fastmath<contract> : f32
          %v738 = arith.addf %v737, %v735 fastmath<contract> : f32
          %v739 = llvm.load %v9 : !llvm.ptr -> f32
          %v740 = arith.mulf %v727, %v739 fastmath<contract> : f32
          %v741 = arith.divf %v241, %v501 : f32
          %v742 = arith.mulf %v729, %v741 fastmath<contract> : f32
          %v743 = arith.mulf %v742, %v731 fastmath<contract> : f32
          %v744 = llvm.load %v6 : !llvm.ptr -> f32
          %v745 = arith.mulf %v727, %v744 fastmath<contract> : f32
          %v746 = arith.addf %v745, %v743 fastmath<contract> : f32
          %v747 = llvm.load %v10 : !llvm.ptr -> f32
          %v748 = arith.mulf %v727, %v747 fastmath<contract> : f32
          %v749 = llvm.load %v7 : !llvm.ptr -> f32
          %v750 = arith.mulf %v727, %v749 fastmath<contract> : f32
          %v751 = arith.addf %v750, %v734 fastmath<contract> : f32
          %v752 = llvm.load %v11 : !llvm.ptr -> f32
          %v753 = arith.mulf %v727, %v752 fastmath<contract> : f32
          %v754 = llvm.load %v8 : !llvm.ptr -> f32
          %v755 = arith.mulf %v727, %v754 fastmath<contract> : f32
          %v756 = arith.addf %v755, %v742 fastmath<contract> : f32
          %v757 = llvm.load %v12 : !llvm.ptr -> f32
          %v758 = arith.mulf %v727, %v757 fastmath<contract> : f32
          llvm.store %v738, %v5 : f32, !llvm.ptr
          llvm.store %v740, %v9 : f32, !llvm.ptr
          llvm.store %v746, %v6 : f32, !llvm.ptr
          llvm.store %v748, %v10 : f32, !llvm.ptr
          llvm.store %v751, %v7 : f32, !llvm.ptr
          llvm.store %v753, %v11 : f32, !llvm.ptr
          llvm.store %v756, %v8 : f32, !llvm.ptr
          llvm.store %v758, %v12 : f32, !llvm.ptr
          %v759 = arith.addi %v50, %v73 : i64
          %v760, %v761 = gpu.shuffle idx %v440, %v461, %v492 : f32
          %v762, %v763 = gpu.shuffle idx %v448, %v461, %v492 : f32
          %v764, %v765 = gpu.shuffle idx %v456, %v461, %v492 : f32
          %v766 = arith.divf %v250, %v501 : f32
          %v767 = arith.mulf %v762, %v766 fastmath<contract> : f32
          %v768 = arith.mulf %v767, %v764 fastmath<contract> : f32
          %v769 = llvm.load %v5 : !llvm.ptr -> f32
          %v770 = arith.mulf %v760, %v769 fastmath<contract> : f32
          %v771 = arith.addf %v770, %v768 fastmath<contract> : f32
          %v772 = llvm.load %v9 : !llvm.ptr -> f32
          %v773 = arith.mulf %v760, %v772 fastmath<contract> : f32
          %v774 = arith.divf %v260, %v501 : f32
          %v775 = arith.mulf %v762, %v774 fastmath<contract> : f32
          %v776 = arith.mulf %v775, %v764 fastmath<contract> : f32
          %v777 = llvm.load %v6 : !llvm.ptr -> f32
          %v778 = arith.mulf %v760, %v777 fastmath<contract> : f32
          %v779 = arith.addf %v778, %v776 fastmath<contract> : f32
          %v780 = llvm.load %v10 : !llvm.ptr -> f32
          %v781 = arith.mulf %v760, %v780 fastmath<contract> : f32
          %v782 = llvm.load %v7 : !llvm.ptr -> f32
          %v783 = arith.mulf %v760, %v782 fastmath<contract> : f32
          %v784 = arith.addf %v783, %v767 fastmath<contract> : f32
          %v785 = llvm.load %v11 : !llvm.ptr -> f32
          %v786 = arith.mulf %v760, %v785 fastmath<contract> : f32
          %v787 = llvm.load %v8 : !llvm.ptr -> f32
          %v788 = arith.mulf %v760, %v787 fastmath<contract> : f32
          %v789 = arith.addf %v788, %v775 fastmath<contract> : f32
          %v790 = llvm.load %v12 : !llvm.ptr -> f32
          %v791 = arith.mulf %v760, %v790 fastmath<contract> : f32
          llvm.store %v771, %v5 : f32, !llvm.ptr
          llvm.store %v773, %v9 : f32, !llvm.ptr
          llvm.store %v779, %v6 : f32, !llvm.ptr
          llvm.store %v781, %v10 : f32, !llvm.ptr
          llvm.store %v784, %v7 : f32, !llvm.ptr
          llvm.store %v786, %v11 : f32, !llvm.ptr
          llvm.store %v789, %v8 : f32, !llvm.ptr
          llvm.store %v791, %v12 : f32, !llvm.ptr
          %v792 = arith.addi %v50, %v75 : i64
          %v793, %v794 = gpu.shuffle idx %v440, %v465, %v492 : f32
          %v795, %v796 = gpu.shuffle idx %v448, %v465, %v492 : f32
          %v797, %v798 = gpu.shuffle idx %v456, %v465, %v492 : f32
          %v799 = arith.divf %v269, %v501 : f32
          %v800 = arith.mulf %v795, %v799 fastmath<contract> : f32
          %v801 = arith.mulf %v800, %v797 fastmath<contract> : f32
          %v802 = llvm.load %v5 : !llvm.ptr -> f32
          %v803 = arith.mulf %v793, %v802 fastmath<contract> : f32
          %v804 = arith.addf %v803, %v801 fastmath<contract> : f32
          %v805 = llvm.load %v9 : !llvm.ptr -> f32
          %v806 = arith.mulf %v793, %v805 fastmath<contract> : f32
          %v807 = arith.divf %v279, %v501 : f32
          %v808 = arith.mulf %v795, %v807 fastmath<contract> : f32
          %v809 = arith.mulf %v808, %v797 fastmath<contract> : f32
          %v810 = llvm.load %v6 : !llvm.ptr -> f32
          %v811 = arith.mulf %v793, %v810 fastmath<contract> : f32
          %v812 = arith.addf %v811, %v809 fastmath<contract> : f32
          %v813 = llvm.load %v10 : !llvm.ptr -> f32
          %v814 = arith.mulf %v793, %v813 fastmath<contract> : f32
          %v815 = llvm.load %v7 : !llvm.ptr -> f32
          %v816 = arith.mulf %v793, %v815 fastmath<contract> : f32
          %v817 = arith.addf %v816, %v800 fastmath<contract> : f32
          %v818 = llvm.load %v11 : !llvm.ptr -> f32
          %v819 = arith.mulf %v793, %v818 fastmath<contract> : f32
          %v820 = llvm.load %v8 : !llvm.ptr -> f32
          %v821 = arith.mulf %v793, %v820 fastmath<contract> : f32
          %v822 = arith.addf %v821, %v808 fastmath<contract> : f32
          %v823 = llvm.load %v12 : !llvm.ptr -> f32
          %v824 = arith.mulf %v793, %v823 fastmath<contract> : f32
          llvm.store %v804, %v5 : f32, !llvm.ptr
          llvm.store %v806, %v9 : f32, !llvm.ptr
          llvm.store %v812, %v6 : f32, !llvm.ptr
          llvm.store %v814, %v10 : f32, !llvm.ptr
          llvm.store %v817, %v7 : f32, !llvm.ptr
          llvm.store %v819, %v11 : f32, !llvm.ptr
          llvm.store %v822, %v8 : f32, !llvm.ptr
          llvm.store %v824, %v12 : f32, !llvm.ptr
          %v825 = arith.addi %v50, %v77 : i64
          %v826, %v827 = gpu.shuffle idx %v440, %v469, %v492 : f32
          %v828, %v829 = gpu.shuffle idx %v448, %v469, %v492 : f32
          %v830, %v831 = gpu.shuffle idx %v456, %v469, %v492 : f32
          %v832 = arith.divf %v288, %v501 : f32
          %v833 = arith.mulf %v828, %v832 fastmath<contract> : f32
          %v834 = arith.mulf %v833, %v830 fastmath<contract> : f32
          %v835 = llvm.load %v5 : !llvm.ptr -> f32
          %v836 = arith.mulf %v826, %v835 fastmath<contract> : f32
          %v837 = arith.addf %v836, %v834 fastmath<contract> : f32
          %v838 = llvm.load %v9 : !llvm.ptr -> f32
          %v839 = arith.mulf %v826, %v838 fastmath<contract> : f32
          %v840 = arith.divf %v298, %v501 : f32
          %v841 = arith.mulf %v828, %v840 fastmath<contract> : f32
          %v842 = arith.mulf %v841, %v830 fastmath<contract> : f32
          %v843 = llvm.load %v6 : !llvm.ptr -> f32
          %v844 = arith.mulf %v826, %v843 fastmath<contract> : f32
          %v845 = arith.addf %v844, %v842 fastmath<contract> : f32
          %v846 = llvm.load %v10 : !llvm.ptr -> f32
          %v847 = arith.mulf %v826, %v846 fastmath<contract> : f32
          %v848 = llvm.load %v7 : !llvm.ptr -> f32
          %v849 = arith.mulf %v826, %v848 fastmath<contract> : f32
          %v850 = arith.addf %v849, %v833 fastmath<contract> : f32
          %v851 = llvm.load %v11 : !llvm.ptr -> f32
          %v852 = arith.mulf %v826, %v851 fastmath<contract> : f32
          %v853 = llvm.load %v8 : !llvm.ptr -> f32
          %v854 = arith.mulf %v826, %v853 fastmath<contract> : f32
          %v855 = arith.addf %v854, %v841 fastmath<contract> : f32
          %v856 = llvm.load %v12 : !llvm.ptr -> f32
          %v857 = arith.mulf %v826, %v856 fastmath<contract> : f32
          llvm.store %v837, %v5 : f32, !llvm.ptr
          llvm.store %v839, %v9 : f32, !llvm.ptr
          llvm.store %v845, %v6 : f32, !llvm.ptr
          llvm.store %v847, %v10 : f32, !llvm.ptr
          llvm.store %v850, %v7 : f32, !llvm.ptr
          llvm.store %v852, %v11 : f32, !llvm.ptr
          llvm.store %v855, %v8 : f32, !llvm.ptr
          llvm.store %v857, %v12 : f32, !llvm.ptr
          %v858 = arith.addi %v50, %v79 : i64
          %v859, %v860 = gpu.shuffle idx %v440, %v473, %v492 : f32
          %v861, %v862 = gpu.shuffle idx %v448, %v473, %v492 : f32
          %v863, %v864 = gpu.shuffle idx %v456, %v473, %v492 : f32
          %v865 = arith.divf %v307, %v501 : f32
          %v866 = arith.mulf %v861, %v865 fastmath<contract> : f32
          %v867 = arith.mulf %v866, %v863 fastmath<contract> : f32
          %v868 = llvm.load %v5 : !llvm.ptr -> f32
          %v869 = arith.mulf %v859, %v868 fastmath<contract> : f32
          %v870 = arith.addf %v869, %v867 fastmath<contract> : f32
          %v871 = llvm.load %v9 : !llvm.ptr -> f32
          %v872 = arith.mulf %v859, %v871 fastmath<contract> : f32
          %v873 = arith.divf %v317, %v501 : f32
          %v874 = arith.mulf %v861, %v873 fastmath<contract> : f32
          %v875 = arith.mulf %v874, %v863 fastmath<contract> : f32
          %v876 = llvm.load %v6 : !llvm.ptr -> f32
          %v877 = arith.mulf %v859, %v876 fastmath<contract> : f32
          %v878 = arith.addf %v877, %v875 fastmath<contract> : f32
          %v879 = llvm.load %v10 : !llvm.ptr -> f32
          %v880 = arith.mulf %v859, %v879 fastmath<contract> : f32
          %v881 = llvm.load %v7 : !llvm.ptr -> f32
          %v882 = arith.mulf %v859, %v881 fastmath<contract> : f32
          %v883 = arith.addf %v882, %v866 fastmath<contract> : f32
          %v884 = llvm.load %v11 : !llvm.ptr -> f32
          %v885 = arith.mulf %v859, %v884 fastmath<contract> : f32
          %v886 = llvm.load %v8 : !llvm.ptr -> f32
          %v887 = arith.mulf %v859, %v886 fastmath<contract> : f32
          %v888 = arith.addf %v887, %v874 fastmath<contract> : f32
          %v889 = llvm.load %v12 : !llvm.ptr -> f32
          %v890 = arith.mulf %v859, %v889 fastmath<contract> : f32
          llvm.store %v870, %v5 : f32, !llvm.ptr
          llvm.store %v872, %v9 : f32, !llvm.ptr
          llvm.store %v878, %v6 : f32, !llvm.ptr
          llvm.store %v880, %v10 : f32, !llvm.ptr
          llvm.store %v883, %v7 : f32, !llvm.ptr
          llvm.store %v885, %v11 : f32, !llvm.ptr
          llvm.store %v888, %v8 : f32, !llvm.ptr
          llvm.store %v890, %v12 : f32, !llvm.ptr
          %v891 = arith.addi %v50, %v81 : i64
          %v892, %v893 = gpu.shuffle idx %v440, %v477, %v492 : f32
          %v894, %v895 = gpu.shuffle idx %v448, %v477, %v492 : f32
          %v896, %v897 = gpu.shuffle idx %v456, %v477, %v492 : f32
          %v898 = arith.divf %v326, %v501 : f32
          %v899 = arith.mulf %v894, %v898 fastmath<contract> : f32
          %v900 = arith.mulf %v899, %v896 fastmath<contract> : f32
          %v901 = llvm.load %v5 : !llvm.ptr -> f32
          %v902 = arith.mulf %v892, %v901 fastmath<contract> : f32
          %v903 = arith.addf %v902, %v900 fastmath<contract> : f32
          %v904 = llvm.load %v9 : !llvm.ptr -> f32
          %v905 = arith.mulf %v892, %v904 fastmath<contract> : f32
          %v906 = arith.divf %v336, %v501 : f32
          %v907 = arith.mulf %v894, %v906 fastmath<contract> : f32
          %v908 = arith.mulf %v907, %v896 fastmath<contract> : f32
          %v909 = llvm.load %v6 : !llvm.ptr -> f32
          %v910 = arith.mulf %v892, %v909 fastmath<contract> : f32
          %v911 = arith.addf %v910, %v908 fastmath<contract> : f32
          %v912 = llvm.load %v10 : !llvm.ptr -> f32
          %v913 = arith.mulf %v892, %v912 fastmath<contract> : f32
          %v914 = llvm.load %v7 : !llvm.ptr -> f32
          %v915 = arith.mulf %v892, %v914 fastmath<contract> : f32
          %v916 = arith.addf %v915, %v899 fastmath<contract> : f32
          %v917 = llvm.load %v11 : !llvm.ptr -> f32
          %v918 = arith.mulf %v892, %v917 fastmath<contract> : f32
          %v919 = llvm.load %v8 : !llvm.ptr -> f32
          %v920 = arith.mulf %v892, %v919 fastmath<contract> : f32
          %v921 = arith.addf %v920, %v907 fastmath<contract> : f32
          %v922 = llvm.load %v12 : !llvm.ptr -> f32
          %v923 = arith.mulf %v892, %v922 fastmath<contract> : f32
          llvm.store %v903, %v5 : f32, !llvm.ptr
          llvm.store %v905, %v9 : f32, !llvm.ptr
          llvm.store %v911, %v6 : f32, !llvm.ptr
          llvm.store %v913, %v10 : f32, !llvm.ptr
          llvm.store %v916, %v7 : f32, !llvm.ptr
          llvm.store %v918, %v11 : f32, !llvm.ptr
          llvm.store %v921, %v8 : f32, !llvm.ptr
          llvm.store %v923, %v12 : f32, !llvm.ptr
          %v924 = arith.addi %v50, %v83 : i64
          %v925, %v926 = gpu.shuffle idx %v440, %v481, %v492 : f32
          %v927, %v928 = gpu.shuffle idx %v448, %v481, %v492 : f32
          %v929, %v930 = gpu.shuffle idx %v456, %v481, %v492 : f32
          %v931 = arith.divf %v345, %v501 : f32
          %v932 = arith.mulf %v927, %v931 fastmath<contract> : f32
          %v933 = arith.mulf %v932, %v929 fastmath<contract> : f32
          %v934 = llvm.load %v5 : !llvm.ptr -> f32
          %v935 = arith.mulf %v925, %v934 fastmath<contract> : f32
          %v936 = arith.addf %v935, %v933 fastmath<contract> : f32
          %v937 = llvm.load %v9 : !llvm.ptr -> f32
          %v938 = arith.mulf %v925, %v937 fastmath<contract> : f32
          %v939 = arith.divf %v355, %v501 : f32
          %v940 = arith.mulf %v927, %v939 fastmath<contract> : f32
          %v941 = arith.mulf %v940, %v929 fastmath<contract> : f32
          %v942 = llvm.load %v6 : !llvm.ptr -> f32
          %v943 = arith.mulf %v925, %v942 fastmath<contract> : f32
          %v944 = arith.addf %v943, %v941 fastmath<contract> : f32
          %v945 = llvm.load %v10 : !llvm.ptr -> f32
          %v946 = arith.mulf %v925, %v945 fastmath<contract> : f32
          %v947 = llvm.load %v7 : !llvm.ptr -> f32
          %v948 = arith.mulf %v925, %v947 fastmath<contract> : f32
          %v949 = arith.addf %v948, %v932 fastmath<contract> : f32
          %v950 = llvm.load %v11 : !llvm.ptr -> f32
          %v951 = arith.mulf %v925, %v950 fastmath<contract> : f32
          %v952 = llvm.load %v8 : !llvm.ptr -> f32
          %v953 = arith.mulf %v925, %v952 fastmath<contract> : f32
          %v954 = arith.addf %v953, %v940 fastmath<contract> : f32
          %v955 = llvm.load %v12 : !llvm.ptr -> f32
          %v956 = arith.mulf %v925, %v955 fastmath<contract> : f32
          llvm.store %v936, %v5 : f32, !llvm.ptr
          llvm.store %v938, %v9 : f32, !llvm.ptr
          llvm.store %v944, %v6 : f32, !llvm.ptr
          llvm.store %v946, %v10 : f32, !llvm.ptr
          llvm.store %v949, %v7 : f32, !llvm.ptr
          llvm.store %v951, %v11 : f32, !llvm.ptr
          llvm.store %v954, %v8 : f32, !llvm.ptr
          llvm.store %v956, %v12 : f32, !llvm.ptr
          %v957 = arith.addi %v50, %v85 : i64
          %v958, %v959 = gpu.shuffle idx %v440, %v485, %v492 : f32
          %v960, %v961 = gpu.shuffle idx %v448, %v485, %v492 : f32
          %v962, %v963 = gpu.shuffle idx %v456, %v485, %v492 : f32
          %v964 = arith.divf %v364, %v501 : f32
          %v965 = arith.mulf %v960, %v964 fastmath<contract> : f32
          %v966 = arith.mulf %v965, %v962 fastmath<contract> : f32
          %v967 = llvm.load %v5 : !llvm.ptr -> f32
          %v968 = arith.mulf %v958, %v967 fastmath<contract> : f32
          %v969 = arith.addf %v968, %v966 fastmath<contract> : f32
          %v970 = llvm.load %v9 : !llvm.ptr -> f32
          %v971 = arith.mulf %v958, %v970 fastmath<contract> : f32
          %v972 = arith.divf %v374, %v501 : f32
          %v973 = arith.mulf %v960, %v972 fastmath<contract> : f32
          %v974 = arith.mulf %v973, %v962 fastmath<contract> : f32
          %v975 = llvm.load %v6 : !llvm.ptr -> f32
          %v976 = arith.mulf %v958, %v975 fastmath<contract> : f32
          %v977 = arith.addf %v976, %v974 fastmath<contract> : f32
          %v978 = llvm.load %v10 : !llvm.ptr -> f32
          %v979 = arith.mulf %v958, %v978 fastmath<contract> : f32
          %v980 = llvm.load %v7 : !llvm.ptr -> f32
          %v981 = arith.mulf %v958, %v980 fastmath<contract> : f32
          %v982 = arith.addf %v981, %v965 fastmath<contract> : f32
          %v983 = llvm.load %v11 : !llvm.ptr -> f32
          %v984 = arith.mulf %v958, %v983 fastmath<contract> : f32
          %v985 = llvm.load %v8 : !llvm.ptr -> f32
          %v986 = arith.mulf %v958, %v985 fastmath<contract> : f32
          %v987 = arith.addf %v986, %v973 fastmath<contract> : f32
          %v988 = llvm.load %v12 : !llvm.ptr -> f32
          %v989 = arith.mulf %v958, %v988 fastmath<contract> : f32
          llvm.store %v969, %v5 : f32, !llvm.ptr
          llvm.store %v971, %v9 : f32, !llvm.ptr
          llvm.store %v977, %v6 : f32, !llvm.ptr
          llvm.store %v979, %v10 : f32, !llvm.ptr
          llvm.store %v982, %v7 : f32, !llvm.ptr
          llvm.store %v984, %v11 : f32, !llvm.ptr
          llvm.store %v987, %v8 : f32, !llvm.ptr
          llvm.store %v989, %v12 : f32, !llvm.ptr
          %v990 = arith.addi %v50, %v87 : i64
          %v991, %v992 = gpu.shuffle idx %v440, %v489, %v492 : f32
          %v993, %v994 = gpu.shuffle idx %v448, %v489, %v492 : f32
          %v995, %v996 = gpu.shuffle idx %v456, %v489, %v492 : f32
          %v997 = arith.divf %v383, %v501 : f32
          %v998 = arith.mulf %v993, %v997 fastmath<contract> : f32
          %v999 = arith.mulf %v998, %v995 fastmath<contract> : f32
          %v1000 = llvm.load %v5 : !llvm.ptr -> f32
          %v1001 = arith.mulf %v991, %v1000 fastmath<contract> : f32
          %v1002 = arith.addf %v1001, %v999 fastmath<contract> : f32
          %v1003 = llvm.load %v9 : !llvm.ptr -> f32
          %v1004 = arith.mulf %v991, %v1003 fastmath<contract> : f32
          %v1005 = arith.divf %v393, %v501 : f32
          %v1006 = arith.mulf %v993, %v1005 fastmath<contract> : f32
          %v1007 = arith.mulf %v1006, %v995 fastmath<contract> : f32
          %v1008 = llvm.load %v6 : !llvm.ptr -> f32
          %v1009 = arith.mulf %v991, %v1008 fastmath<contract> : f32
          %v1010 = arith.addf %v1009, %v1007 fastmath<contract> : f32
          %v1011 = llvm.load %v10 : !llvm.ptr -> f32
          %v1012 = arith.mulf %v991, %v1011 fastmath<contract> : f32
          %v1013 = llvm.load %v7 : !llvm.ptr -> f32
          %v1014 = arith.mulf %v991, %v1013 fastmath<contract> : f32
          %v1015 = arith.addf %v1014, %v998 fastmath<contract> : f32
          %v1016 = llvm.load %v11 : !llvm.ptr -> f32
          %v1017 = arith.mulf %v991, %v1016 fastmath<contract> : f32
          %v1018 = llvm.load %v8 : !llvm.ptr -> f32
          %v1019 = arith.mulf %v991, %v1018 fastmath<contract> : f32
          %v1020 = arith.addf %v1019, %v1006 fastmath<contract> : f32
          %v1021 = llvm.load %v12 : !llvm.ptr -> f32
          %v1022 = arith.mulf %v991, %v1021 fastmath<contract> : f32
          llvm.store %v1002, %v5 : f32, !llvm.ptr
          llvm.store %v1004, %v9 : f32, !llvm.ptr
          llvm.store %v1010, %v6 : f32, !llvm.ptr
          llvm.store %v1012, %v10 : f32, !llvm.ptr
          llvm.store %v1015, %v7 : f32, !llvm.ptr
          llvm.store %v1017, %v11 : f32, !llvm.ptr
          llvm.store %v1020, %v8 : f32, !llvm.ptr
          llvm.store %v1022, %v12 : f32, !llvm.ptr
          %v1023 = arith.addi %v50, %v394 : i64
          %v1024 = arith.addi %v50, %v428 : i64
        }
        %v1025 = arith.muli %v54, %v1 : i64
        %v1026 = arith.index_cast %v1025 : i64 to index
        %v1027 = arith.index_cast %v52 : i64 to index
        %v1028 = arith.index_cast %v2 : i64 to index
        scf.for %v1029 = %v1026 to %v1027 step %v1028 {
          %v1030 = arith.index_cast %v1029 : index to i64
          %v1031 = arith.addi %v50, %v1030 : i64
          %v1032 = arith.muli %v38, %v396 : i64
          %v1033 = arith.muli %v1031, %size_H : i64
          %v1034 = arith.addi %v1032, %v1033 : i64
          %v1035 = arith.addi %v1034, %v36 : i64
          %v1036 = llvm.getelementptr %in_fg[%v1035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1037 = llvm.load %v1036 : !llvm.ptr -> f32
          %v1038 = arith.negf %v1037 : f32
          %v1039 = arith.mulf %v1038, %v404 fastmath<contract> : f32
          %v1040 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1039) : (f32) -> f32
          %v1041 = arith.addf %v41, %v1040 fastmath<contract> : f32
          %v1042 = arith.divf %v41, %v1041 : f32
          %v1043 = arith.muli %v38, %v396 : i64
          %v1044 = arith.muli %v1031, %size_H : i64
          %v1045 = arith.addi %v1043, %v1044 : i64
          %v1046 = arith.addi %v1045, %v36 : i64
          %v1047 = llvm.getelementptr %in_ig[%v1046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1048 = llvm.load %v1047 : !llvm.ptr -> f32
          %v1049 = arith.mulf %v1048, %v404 fastmath<contract> : f32
          %v1050 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1049) : (f32) -> f32
          %v1051 = arith.muli %v38, %v90 : i64
          %v1052 = arith.muli %v1031, %v89 : i64
          %v1053 = arith.addi %v1051, %v1052 : i64
          %v1054 = arith.muli %v36, %v1 : i64
          %v1055 = arith.addi %v1053, %v1054 : i64
          %v1056 = arith.addi %v1055, %v27 : i64
          %v1057 = llvm.getelementptr %in_k[%v1056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1058 = llvm.load %v1057 : !llvm.ptr -> f32
          %v1059 = arith.divf %v1058, %v501 : f32
          %v1060 = arith.mulf %v1050, %v1059 fastmath<contract> : f32
          %v1061 = arith.muli %v38, %v418 : i64
          %v1062 = arith.muli %v1031, %v417 : i64
          %v1063 = arith.addi %v1061, %v1062 : i64
          %v1064 = arith.muli %v36, %size_DV : i64
          %v1065 = arith.addi %v1063, %v1064 : i64
          %v1066 = arith.addi %v1065, %v34 : i64
          %v1067 = llvm.getelementptr %in_v[%v1066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1068 = llvm.load %v1067 : !llvm.ptr -> f32
          %v1069 = arith.mulf %v1060, %v1068 fastmath<contract> : f32
          %v1070 = llvm.load %v5 : !llvm.ptr -> f32
          %v1071 = arith.mulf %v1042, %v1070 fastmath<contract> : f32
          %v1072 = arith.addf %v1071, %v1069 fastmath<contract> : f32
          %v1073 = llvm.load %v9 : !llvm.ptr -> f32
          %v1074 = arith.mulf %v1042, %v1073 fastmath<contract> : f32
          %v1075 = arith.muli %v38, %v90 : i64
          %v1076 = arith.muli %v1031, %v89 : i64
          %v1077 = arith.addi %v1075, %v1076 : i64
          %v1078 = arith.muli %v36, %v1 : i64
          %v1079 = arith.addi %v1077, %v1078 : i64
          %v1080 = arith.constant 8 : i64
          %v1081 = arith.addi %v1080, %v27 : i64
          %v1082 = arith.addi %v1079, %v1081 : i64
          %v1083 = llvm.getelementptr %in_k[%v1082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1084 = llvm.load %v1083 : !llvm.ptr -> f32
          %v1085 = arith.divf %v1084, %v501 : f32
          %v1086 = arith.mulf %v1050, %v1085 fastmath<contract> : f32
          %v1087 = arith.mulf %v1086, %v1068 fastmath<contract> : f32
          %v1088 = llvm.load %v6 : !llvm.ptr -> f32
          %v1089 = arith.mulf %v1042, %v1088 fastmath<contract> : f32
          %v1090 = arith.addf %v1089, %v1087 fastmath<contract> : f32
          %v1091 = llvm.load %v10 : !llvm.ptr -> f32
          %v1092 = arith.mulf %v1042, %v1091 fastmath<contract> : f32
          %v1093 = llvm.load %v7 : !llvm.ptr -> f32
          %v1094 = arith.mulf %v1042, %v1093 fastmath<contract> : f32
          %v1095 = arith.addf %v1094, %v1060 fastmath<contract> : f32
          %v1096 = llvm.load %v11 : !llvm.ptr -> f32
          %v1097 = arith.mulf %v1042, %v1096 fastmath<contract> : f32
          %v1098 = llvm.load %v8 : !llvm.ptr -> f32
          %v1099 = arith.mulf %v1042, %v1098 fastmath<contract> : f32
          %v1100 = arith.addf %v1099, %v1086 fastmath<contract> : f32
          %v1101 = llvm.load %v12 : !llvm.ptr -> f32
          %v1102 = arith.mulf %v1042, %v1101 fastmath<contract> : f32
          llvm.store %v1072, %v5 : f32, !llvm.ptr
          llvm.store %v1074, %v9 : f32, !llvm.ptr
          llvm.store %v1090, %v6 : f32, !llvm.ptr
          llvm.store %v1092, %v10 : f32, !llvm.ptr
          llvm.store %v1095, %v7 : f32, !llvm.ptr
          llvm.store %v1097, %v11 : f32, !llvm.ptr
          llvm.store %v1100, %v8 : f32, !llvm.ptr
          llvm.store %v1102, %v12 : f32, !llvm.ptr
        }
      }
      scf.if %v31 {
        %v1103 = arith.muli %v25, %v4 : i64
        %v1104 = arith.subi %v4, %v2 : i64
        %v1105 = arith.minsi %v30, %v1104 : i64
        %v1106 = arith.addi %v1103, %v1105 : i64
        %v1107 = arith.muli %v1106, %v1 : i64
        %v1108 = arith.addi %v1107, %v27 : i64
        %v1109 = llvm.load %v9 : !llvm.ptr -> f32
        %v1110 = llvm.getelementptr %agga_C[%v1108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1109, %v1110 : f32, !llvm.ptr
        %v1111 = llvm.load %v5 : !llvm.ptr -> f32
        %v1112 = llvm.getelementptr %aggb_C[%v1108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1111, %v1112 : f32, !llvm.ptr
        %v1113 = arith.muli %v25, %v4 : i64
        %v1114 = arith.subi %v4, %v2 : i64
        %v1115 = arith.minsi %v30, %v1114 : i64
        %v1116 = arith.addi %v1113, %v1115 : i64
        %v1117 = arith.muli %v1116, %v1 : i64
        %v1118 = arith.addi %v1117, %v21 : i64
        %v1119 = arith.addi %v1118, %v27 : i64
        %v1120 = llvm.load %v10 : !llvm.ptr -> f32
        %v1121 = llvm.getelementptr %agga_C[%v1119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1120, %v1121 : f32, !llvm.ptr
        %v1122 = llvm.load %v6 : !llvm.ptr -> f32
        %v1123 = llvm.getelementptr %aggb_C[%v1119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1122, %v1123 : f32, !llvm.ptr
        %v1124 = arith.muli %v25, %v4 : i64
        %v1125 = arith.subi %v4, %v2 : i64
        %v1126 = arith.minsi %v30, %v1125 : i64
        %v1127 = arith.addi %v1124, %v1126 : i64
        %v1128 = arith.muli %v1127, %v1 : i64
        %v1129 = arith.addi %v1128, %v27 : i64
        %v1130 = llvm.load %v11 : !llvm.ptr -> f32
        %v1131 = llvm.getelementptr %agga_n[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1130, %v1131 : f32, !llvm.ptr
        %v1132 = llvm.load %v7 : !llvm.ptr -> f32
        %v1133 = llvm.getelementptr %aggb_n[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1132, %v1133 : f32, !llvm.ptr
        %v1134 = arith.muli %v25, %v4 : i64
        %v1135 = arith.subi %v4, %v2 : i64
        %v1136 = arith.minsi %v30, %v1135 : i64
        %v1137 = arith.addi %v1134, %v1136 : i64
        %v1138 = arith.muli %v1137, %v1 : i64
        %v1139 = arith.addi %v1138, %v21 : i64
        %v1140 = arith.addi %v1139, %v27 : i64
        %v1141 = llvm.load %v12 : !llvm.ptr -> f32
        %v1142 = llvm.getelementptr %agga_n[%v1140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1141, %v1142 : f32, !llvm.ptr
        %v1143 = llvm.load %v8 : !llvm.ptr -> f32
        %v1144 = llvm.getelementptr %aggb_n[%v1140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1143, %v1144 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
