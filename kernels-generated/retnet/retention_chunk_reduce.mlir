module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @retention_chunk_reduce(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_theta: !llvm.ptr, %in_gamma: !llvm.ptr, %agga_S_re: !llvm.ptr, %aggb_S_re: !llvm.ptr, %agga_S_im: !llvm.ptr, %aggb_S_im: !llvm.ptr, %agga_t_pos: !llvm.ptr, %aggb_t_pos: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
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
      %v14 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v16 = arith.constant 63 : i64
      %v17 = arith.addi %size_L, %v16 : i64
      %v18 = arith.constant 64 : i64
      %v19 = arith.divui %v17, %v18 : i64
      %v24 = arith.constant 8 : i64
      %v43 = arith.constant 0x00000000 : f32
      %v44 = arith.constant 0x3F800000 : f32
      %v48 = arith.constant 32 : i64
      %v56 = arith.constant 0 : i64
      %v66 = arith.constant 2 : i64
      %v68 = arith.constant 3 : i64
      %v70 = arith.constant 4 : i64
      %v72 = arith.constant 5 : i64
      %v74 = arith.constant 6 : i64
      %v76 = arith.constant 7 : i64
      %v79 = arith.constant 9 : i64
      %v81 = arith.constant 10 : i64
      %v83 = arith.constant 11 : i64
      %v85 = arith.constant 12 : i64
      %v87 = arith.constant 13 : i64
      %v89 = arith.constant 14 : i64
      %v91 = arith.constant 15 : i64
      %v94 = arith.muli %v2, %v1 : i64
      %v95 = arith.muli %v94, %size_H : i64
      %v96 = arith.muli %v95, %size_L : i64
      %v436 = arith.muli %v2, %size_DV : i64
      %v437 = arith.muli %v436, %size_H : i64
      %v438 = arith.muli %v437, %size_L : i64
      %v509 = arith.constant 0x3E22F983 : f32
      %v512 = arith.constant 0x40C90000 : f32
      %v513 = arith.constant 0x3AFDAA22 : f32
      %v20 = gpu.block_id x
      %v21 = gpu.thread_id x
      %v22 = arith.index_cast %v21 : index to i64
      %v23 = arith.index_cast %v20 : index to i64
      %v25 = arith.subi %v24, %v2 : i64
      %v26 = arith.addi %v5, %v25 : i64
      %v27 = arith.divui %v26, %v24 : i64
      %v28 = arith.divui %v23, %v27 : i64
      %v29 = arith.remui %v23, %v27 : i64
      %v30 = arith.remui %v22, %v24 : i64
      %v31 = arith.divui %v22, %v24 : i64
      %v32 = arith.muli %v29, %v24 : i64
      %v33 = arith.addi %v32, %v31 : i64
      %v34 = arith.cmpi slt, %v33, %v5 : i64
      %v35 = arith.subi %v5, %v2 : i64
      %v36 = arith.minsi %v33, %v35 : i64
      %v37 = arith.remui %v36, %size_DV : i64
      %v38 = arith.divui %v36, %size_DV : i64
      %v39 = arith.remui %v38, %size_H : i64
      %v40 = arith.divui %v38, %size_H : i64
      %v41 = arith.remui %v40, %size_B : i64
      %v42 = arith.divui %v40, %size_B : i64
      %v461 = arith.trunci %v22 : i64 to i32
      %v462 = arith.constant 24 : i32
      %v463 = arith.andi %v461, %v462 : i32
      %v464 = arith.constant 0 : i32
      %v465 = arith.ori %v463, %v464 : i32
      %v466 = arith.constant 0 : i64
      %v467 = arith.cmpi eq, %v30, %v466 : i64
      %v468 = arith.constant 1 : i32
      %v469 = arith.ori %v463, %v468 : i32
      %v470 = arith.constant 1 : i64
      %v471 = arith.cmpi eq, %v30, %v470 : i64
      %v472 = arith.constant 2 : i32
      %v473 = arith.ori %v463, %v472 : i32
      %v474 = arith.constant 2 : i64
      %v475 = arith.cmpi eq, %v30, %v474 : i64
      %v476 = arith.constant 3 : i32
      %v477 = arith.ori %v463, %v476 : i32
      %v478 = arith.constant 3 : i64
      %v479 = arith.cmpi eq, %v30, %v478 : i64
      %v480 = arith.constant 4 : i32
      %v481 = arith.ori %v463, %v480 : i32
      %v482 = arith.constant 4 : i64
      %v483 = arith.cmpi eq, %v30, %v482 : i64
      %v484 = arith.constant 5 : i32
      %v485 = arith.ori %v463, %v484 : i32
      %v486 = arith.constant 5 : i64
      %v487 = arith.cmpi eq, %v30, %v486 : i64
      %v488 = arith.constant 6 : i32
      %v489 = arith.ori %v463, %v488 : i32
      %v490 = arith.constant 6 : i64
      %v491 = arith.cmpi eq, %v30, %v490 : i64
      %v492 = arith.constant 7 : i32
      %v493 = arith.ori %v463, %v492 : i32
      %v494 = arith.constant 7 : i64
      %v495 = arith.cmpi eq, %v30, %v494 : i64
      %v496 = arith.constant 32 : i32
      %v502 = arith.muli %v39, %v2 : i64
      %v503 = llvm.getelementptr %in_gamma[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v504 = llvm.load %v503 : !llvm.ptr -> f32
      %v505 = arith.muli %v30, %v2 : i64
      %v506 = llvm.getelementptr %in_theta[%v505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v507 = llvm.load %v506 : !llvm.ptr -> f32
      %v526 = arith.constant 8 : i64
      %v527 = arith.addi %v526, %v30 : i64
      %v528 = arith.muli %v527, %v2 : i64
      %v529 = llvm.getelementptr %in_theta[%v528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v530 = llvm.load %v529 : !llvm.ptr -> f32
      llvm.store %v43, %v6 : f32, !llvm.ptr
      llvm.store %v43, %v7 : f32, !llvm.ptr
      llvm.store %v43, %v8 : f32, !llvm.ptr
      llvm.store %v43, %v9 : f32, !llvm.ptr
      llvm.store %v43, %v10 : f32, !llvm.ptr
      llvm.store %v44, %v11 : f32, !llvm.ptr
      llvm.store %v44, %v12 : f32, !llvm.ptr
      llvm.store %v44, %v13 : f32, !llvm.ptr
      llvm.store %v44, %v14 : f32, !llvm.ptr
      llvm.store %v44, %v15 : f32, !llvm.ptr
      %v45 = arith.muli %v28, %v18 : i64
      %v46 = arith.addi %v45, %v18 : i64
      %v47 = arith.minsi %v46, %size_L : i64
      %v49 = arith.index_cast %v45 : i64 to index
      %v50 = arith.index_cast %v47 : i64 to index
      %v51 = arith.index_cast %v48 : i64 to index
      scf.for %v52 = %v49 to %v50 step %v51 {
        %v53 = arith.index_cast %v52 : index to i64
        %v54 = arith.subi %v47, %v53 : i64
        %v55 = arith.minsi %v54, %v48 : i64
        %v57 = arith.divui %v55, %v1 : i64
        %v58 = arith.index_cast %v56 : i64 to index
        %v59 = arith.index_cast %v57 : i64 to index
        %v60 = arith.index_cast %v2 : i64 to index
        scf.for %v61 = %v58 to %v59 step %v60 {
          %v62 = arith.index_cast %v61 : index to i64
          %v63 = arith.muli %v62, %v1 : i64
          %v64 = arith.addi %v63, %v56 : i64
          %v65 = arith.addi %v63, %v2 : i64
          %v67 = arith.addi %v63, %v66 : i64
          %v69 = arith.addi %v63, %v68 : i64
          %v71 = arith.addi %v63, %v70 : i64
          %v73 = arith.addi %v63, %v72 : i64
          %v75 = arith.addi %v63, %v74 : i64
          %v77 = arith.addi %v63, %v76 : i64
          %v78 = arith.addi %v63, %v24 : i64
          %v80 = arith.addi %v63, %v79 : i64
          %v82 = arith.addi %v63, %v81 : i64
          %v84 = arith.addi %v63, %v83 : i64
          %v86 = arith.addi %v63, %v85 : i64
          %v88 = arith.addi %v63, %v87 : i64
          %v90 = arith.addi %v63, %v89 : i64
          %v92 = arith.addi %v63, %v91 : i64
          %v93 = arith.addi %v53, %v64 : i64
          %v97 = arith.muli %v41, %v96 : i64
          %v98 = arith.muli %v93, %v95 : i64
          %v99 = arith.addi %v97, %v98 : i64
          %v100 = arith.muli %v39, %v94 : i64
          %v101 = arith.addi %v99, %v100 : i64
          %v102 = arith.muli %v30, %v2 : i64
          %v103 = arith.addi %v101, %v102 : i64
          %v104 = llvm.getelementptr %in_k[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v105 = llvm.load %v104 : !llvm.ptr -> f32
          %v106 = arith.muli %v41, %v96 : i64
          %v107 = arith.muli %v93, %v95 : i64
          %v108 = arith.addi %v106, %v107 : i64
          %v109 = arith.muli %v39, %v94 : i64
          %v110 = arith.addi %v108, %v109 : i64
          %v111 = arith.constant 8 : i64
          %v112 = arith.addi %v111, %v30 : i64
          %v113 = arith.muli %v112, %v2 : i64
          %v114 = arith.addi %v110, %v113 : i64
          %v115 = llvm.getelementptr %in_k[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v116 = llvm.load %v115 : !llvm.ptr -> f32
          %v117 = arith.addi %v53, %v65 : i64
          %v118 = arith.muli %v41, %v96 : i64
          %v119 = arith.muli %v117, %v95 : i64
          %v120 = arith.addi %v118, %v119 : i64
          %v121 = arith.muli %v39, %v94 : i64
          %v122 = arith.addi %v120, %v121 : i64
          %v123 = arith.muli %v30, %v2 : i64
          %v124 = arith.addi %v122, %v123 : i64
          %v125 = llvm.getelementptr %in_k[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v126 = llvm.load %v125 : !llvm.ptr -> f32
          %v127 = arith.muli %v41, %v96 : i64
          %v128 = arith.muli %v117, %v95 : i64
          %v129 = arith.addi %v127, %v128 : i64
          %v130 = arith.muli %v39, %v94 : i64
          %v131 = arith.addi %v129, %v130 : i64
          %v132 = arith.constant 8 : i64
          %v133 = arith.addi %v132, %v30 : i64
          %v134 = arith.muli %v133, %v2 : i64
          %v135 = arith.addi %v131, %v134 : i64
          %v136 = llvm.getelementptr %in_k[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v137 = llvm.load %v136 : !llvm.ptr -> f32
          %v138 = arith.addi %v53, %v67 : i64
          %v139 = arith.muli %v41, %v96 : i64
          %v140 = arith.muli %v138, %v95 : i64
          %v141 = arith.addi %v139, %v140 : i64
          %v142 = arith.muli %v39, %v94 : i64
          %v143 = arith.addi %v141, %v142 : i64
          %v144 = arith.muli %v30, %v2 : i64
          %v145 = arith.addi %v143, %v144 : i64
          %v146 = llvm.getelementptr %in_k[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v147 = llvm.load %v146 : !llvm.ptr -> f32
          %v148 = arith.muli %v41, %v96 : i64
          %v149 = arith.muli %v138, %v95 : i64
          %v150 = arith.addi %v148, %v149 : i64
          %v151 = arith.muli %v39, %v94 : i64
          %v152 = arith.addi %v150, %v151 : i64
          %v153 = arith.constant 8 : i64
          %v154 = arith.addi %v153, %v30 : i64
          %v155 = arith.muli %v154, %v2 : i64
          %v156 = arith.addi %v152, %v155 : i64
          %v157 = llvm.getelementptr %in_k[%v156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v158 = llvm.load %v157 : !llvm.ptr -> f32
          %v159 = arith.addi %v53, %v69 : i64
          %v160 = arith.muli %v41, %v96 : i64
          %v161 = arith.muli %v159, %v95 : i64
          %v162 = arith.addi %v160, %v161 : i64
          %v163 = arith.muli %v39, %v94 : i64
          %v164 = arith.addi %v162, %v163 : i64
          %v165 = arith.muli %v30, %v2 : i64
          %v166 = arith.addi %v164, %v165 : i64
          %v167 = llvm.getelementptr %in_k[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v168 = llvm.load %v167 : !llvm.ptr -> f32
          %v169 = arith.muli %v41, %v96 : i64
          %v170 = arith.muli %v159, %v95 : i64
          %v171 = arith.addi %v169, %v170 : i64
          %v172 = arith.muli %v39, %v94 : i64
          %v173 = arith.addi %v171, %v172 : i64
          %v174 = arith.constant 8 : i64
          %v175 = arith.addi %v174, %v30 : i64
          %v176 = arith.muli %v175, %v2 : i64
          %v177 = arith.addi %v173, %v176 : i64
          %v178 = llvm.getelementptr %in_k[%v177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v179 = llvm.load %v178 : !llvm.ptr -> f32
          %v180 = arith.addi %v53, %v71 : i64
          %v181 = arith.muli %v41, %v96 : i64
          %v182 = arith.muli %v180, %v95 : i64
          %v183 = arith.addi %v181, %v182 : i64
          %v184 = arith.muli %v39, %v94 : i64
          %v185 = arith.addi %v183, %v184 : i64
          %v186 = arith.muli %v30, %v2 : i64
          %v187 = arith.addi %v185, %v186 : i64
          %v188 = llvm.getelementptr %in_k[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v189 = llvm.load %v188 : !llvm.ptr -> f32
          %v190 = arith.muli %v41, %v96 : i64
          %v191 = arith.muli %v180, %v95 : i64
          %v192 = arith.addi %v190, %v191 : i64
          %v193 = arith.muli %v39, %v94 : i64
          %v194 = arith.addi %v192, %v193 : i64
          %v195 = arith.constant 8 : i64
          %v196 = arith.addi %v195, %v30 : i64
          %v197 = arith.muli %v196, %v2 : i64
          %v198 = arith.addi %v194, %v197 : i64
          %v199 = llvm.getelementptr %in_k[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v200 = llvm.load %v199 : !llvm.ptr -> f32
          %v201 = arith.addi %v53, %v73 : i64
          %v202 = arith.muli %v41, %v96 : i64
          %v203 = arith.muli %v201, %v95 : i64
          %v204 = arith.addi %v202, %v203 : i64
          %v205 = arith.muli %v39, %v94 : i64
          %v206 = arith.addi %v204, %v205 : i64
          %v207 = arith.muli %v30, %v2 : i64
          %v208 = arith.addi %v206, %v207 : i64
          %v209 = llvm.getelementptr %in_k[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v210 = llvm.load %v209 : !llvm.ptr -> f32
          %v211 = arith.muli %v41, %v96 : i64
          %v212 = arith.muli %v201, %v95 : i64
          %v213 = arith.addi %v211, %v212 : i64
          %v214 = arith.muli %v39, %v94 : i64
          %v215 = arith.addi %v213, %v214 : i64
          %v216 = arith.constant 8 : i64
          %v217 = arith.addi %v216, %v30 : i64
          %v218 = arith.muli %v217, %v2 : i64
          %v219 = arith.addi %v215, %v218 : i64
          %v220 = llvm.getelementptr %in_k[%v219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v221 = llvm.load %v220 : !llvm.ptr -> f32
          %v222 = arith.addi %v53, %v75 : i64
          %v223 = arith.muli %v41, %v96 : i64
          %v224 = arith.muli %v222, %v95 : i64
          %v225 = arith.addi %v223, %v224 : i64
          %v226 = arith.muli %v39, %v94 : i64
          %v227 = arith.addi %v225, %v226 : i64
          %v228 = arith.muli %v30, %v2 : i64
          %v229 = arith.addi %v227, %v228 : i64
          %v230 = llvm.getelementptr %in_k[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v231 = llvm.load %v230 : !llvm.ptr -> f32
          %v232 = arith.muli %v41, %v96 : i64
          %v233 = arith.muli %v222, %v95 : i64
          %v234 = arith.addi %v232, %v233 : i64
          %v235 = arith.muli %v39, %v94 : i64
          %v236 = arith.addi %v234, %v235 : i64
          %v237 = arith.constant 8 : i64
          %v238 = arith.addi %v237, %v30 : i64
          %v239 = arith.muli %v238, %v2 : i64
          %v240 = arith.addi %v236, %v239 : i64
          %v241 = llvm.getelementptr %in_k[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v242 = llvm.load %v241 : !llvm.ptr -> f32
          %v243 = arith.addi %v53, %v77 : i64
          %v244 = arith.muli %v41, %v96 : i64
          %v245 = arith.muli %v243, %v95 : i64
          %v246 = arith.addi %v244, %v245 : i64
          %v247 = arith.muli %v39, %v94 : i64
          %v248 = arith.addi %v246, %v247 : i64
          %v249 = arith.muli %v30, %v2 : i64
          %v250 = arith.addi %v248, %v249 : i64
          %v251 = llvm.getelementptr %in_k[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v252 = llvm.load %v251 : !llvm.ptr -> f32
          %v253 = arith.muli %v41, %v96 : i64
          %v254 = arith.muli %v243, %v95 : i64
          %v255 = arith.addi %v253, %v254 : i64
          %v256 = arith.muli %v39, %v94 : i64
          %v257 = arith.addi %v255, %v256 : i64
          %v258 = arith.constant 8 : i64
          %v259 = arith.addi %v258, %v30 : i64
          %v260 = arith.muli %v259, %v2 : i64
          %v261 = arith.addi %v257, %v260 : i64
          %v262 = llvm.getelementptr %in_k[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v263 = llvm.load %v262 : !llvm.ptr -> f32
          %v264 = arith.addi %v53, %v78 : i64
          %v265 = arith.muli %v41, %v96 : i64
          %v266 = arith.muli %v264, %v95 : i64
          %v267 = arith.addi %v265, %v266 : i64
          %v268 = arith.muli %v39, %v94 : i64
          %v269 = arith.addi %v267, %v268 : i64
          %v270 = arith.muli %v30, %v2 : i64
          %v271 = arith.addi %v269, %v270 : i64
          %v272 = llvm.getelementptr %in_k[%v271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v273 = llvm.load %v272 : !llvm.ptr -> f32
          %v274 = arith.muli %v41, %v96 : i64
          %v275 = arith.muli %v264, %v95 : i64
          %v276 = arith.addi %v274, %v275 : i64
          %v277 = arith.muli %v39, %v94 : i64
          %v278 = arith.addi %v276, %v277 : i64
          %v279 = arith.constant 8 : i64
          %v280 = arith.addi %v279, %v30 : i64
          %v281 = arith.muli %v280, %v2 : i64
          %v282 = arith.addi %v278, %v281 : i64
          %v283 = llvm.getelementptr %in_k[%v282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v284 = llvm.load %v283 : !llvm.ptr -> f32
          %v285 = arith.addi %v53, %v80 : i64
          %v286 = arith.muli %v41, %v96 : i64
          %v287 = arith.muli %v285, %v95 : i64
          %v288 = arith.addi %v286, %v287 : i64
          %v289 = arith.muli %v39, %v94 : i64
          %v290 = arith.addi %v288, %v289 : i64
          %v291 = arith.muli %v30, %v2 : i64
          %v292 = arith.addi %v290, %v291 : i64
          %v293 = llvm.getelementptr %in_k[%v292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v294 = llvm.load %v293 : !llvm.ptr -> f32
          %v295 = arith.muli %v41, %v96 : i64
          %v296 = arith.muli %v285, %v95 : i64
          %v297 = arith.addi %v295, %v296 : i64
          %v298 = arith.muli %v39, %v94 : i64
          %v299 = arith.addi %v297, %v298 : i64
          %v300 = arith.constant 8 : i64
          %v301 = arith.addi %v300, %v30 : i64
          %v302 = arith.muli %v301, %v2 : i64
          %v303 = arith.addi %v299, %v302 : i64
          %v304 = llvm.getelementptr %in_k[%v303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v305 = llvm.load %v304 : !llvm.ptr -> f32
          %v306 = arith.addi %v53, %v82 : i64
          %v307 = arith.muli %v41, %v96 : i64
          %v308 = arith.muli %v306, %v95 : i64
          %v309 = arith.addi %v307, %v308 : i64
          %v310 = arith.muli %v39, %v94 : i64
          %v311 = arith.addi %v309, %v310 : i64
          %v312 = arith.muli %v30, %v2 : i64
          %v313 = arith.addi %v311, %v312 : i64
          %v314 = llvm.getelementptr %in_k[%v313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v315 = llvm.load %v314 : !llvm.ptr -> f32
          %v316 = arith.muli %v41, %v96 : i64
          %v317 = arith.muli %v306, %v95 : i64
          %v318 = arith.addi %v316, %v317 : i64
          %v319 = arith.muli %v39, %v94 : i64
          %v320 = arith.addi %v318, %v319 : i64
          %v321 = arith.constant 8 : i64
          %v322 = arith.addi %v321, %v30 : i64
          %v323 = arith.muli %v322, %v2 : i64
          %v324 = arith.addi %v320, %v323 : i64
          %v325 = llvm.getelementptr %in_k[%v324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v326 = llvm.load %v325 : !llvm.ptr -> f32
          %v327 = arith.addi %v53, %v84 : i64
          %v328 = arith.muli %v41, %v96 : i64
          %v329 = arith.muli %v327, %v95 : i64
          %v330 = arith.addi %v328, %v329 : i64
          %v331 = arith.muli %v39, %v94 : i64
          %v332 = arith.addi %v330, %v331 : i64
          %v333 = arith.muli %v30, %v2 : i64
          %v334 = arith.addi %v332, %v333 : i64
          %v335 = llvm.getelementptr %in_k[%v334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v336 = llvm.load %v335 : !llvm.ptr -> f32
          %v337 = arith.muli %v41, %v96 : i64
          %v338 = arith.muli %v327, %v95 : i64
          %v339 = arith.addi %v337, %v338 : i64
          %v340 = arith.muli %v39, %v94 : i64
          %v341 = arith.addi %v339, %v340 : i64
          %v342 = arith.constant 8 : i64
          %v343 = arith.addi %v342, %v30 : i64
          %v344 = arith.muli %v343, %v2 : i64
          %v345 = arith.addi %v341, %v344 : i64
          %v346 = llvm.getelementptr %in_k[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v347 = llvm.load %v346 : !llvm.ptr -> f32
          %v348 = arith.addi %v53, %v86 : i64
          %v349 = arith.muli %v41, %v96 : i64
          %v350 = arith.muli %v348, %v95 : i64
          %v351 = arith.addi %v349, %v350 : i64
          %v352 = arith.muli %v39, %v94 : i64
          %v353 = arith.addi %v351, %v352 : i64
          %v354 = arith.muli %v30, %v2 : i64
          %v355 = arith.addi %v353, %v354 : i64
          %v356 = llvm.getelementptr %in_k[%v355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v357 = llvm.load %v356 : !llvm.ptr -> f32
          %v358 = arith.muli %v41, %v96 : i64
          %v359 = arith.muli %v348, %v95 : i64
          %v360 = arith.addi %v358, %v359 : i64
          %v361 = arith.muli %v39, %v94 : i64
          %v362 = arith.addi %v360, %v361 : i64
          %v363 = arith.constant 8 : i64
          %v364 = arith.addi %v363, %v30 : i64
          %v365 = arith.muli %v364, %v2 : i64
          %v366 = arith.addi %v362, %v365 : i64
          %v367 = llvm.getelementptr %in_k[%v366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v368 = llvm.load %v367 : !llvm.ptr -> f32
          %v369 = arith.addi %v53, %v88 : i64
          %v370 = arith.muli %v41, %v96 : i64
          %v371 = arith.muli %v369, %v95 : i64
          %v372 = arith.addi %v370, %v371 : i64
          %v373 = arith.muli %v39, %v94 : i64
          %v374 = arith.addi %v372, %v373 : i64
          %v375 = arith.muli %v30, %v2 : i64
          %v376 = arith.addi %v374, %v375 : i64
          %v377 = llvm.getelementptr %in_k[%v376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v378 = llvm.load %v377 : !llvm.ptr -> f32
          %v379 = arith.muli %v41, %v96 : i64
          %v380 = arith.muli %v369, %v95 : i64
          %v381 = arith.addi %v379, %v380 : i64
          %v382 = arith.muli %v39, %v94 : i64
          %v383 = arith.addi %v381, %v382 : i64
          %v384 = arith.constant 8 : i64
          %v385 = arith.addi %v384, %v30 : i64
          %v386 = arith.muli %v385, %v2 : i64
          %v387 = arith.addi %v383, %v386 : i64
          %v388 = llvm.getelementptr %in_k[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v389 = llvm.load %v388 : !llvm.ptr -> f32
          %v390 = arith.addi %v53, %v90 : i64
          %v391 = arith.muli %v41, %v96 : i64
          %v392 = arith.muli %v390, %v95 : i64
          %v393 = arith.addi %v391, %v392 : i64
          %v394 = arith.muli %v39, %v94 : i64
          %v395 = arith.addi %v393, %v394 : i64
          %v396 = arith.muli %v30, %v2 : i64
          %v397 = arith.addi %v395, %v396 : i64
          %v398 = llvm.getelementptr %in_k[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v399 = llvm.load %v398 : !llvm.ptr -> f32
          %v400 = arith.muli %v41, %v96 : i64
          %v401 = arith.muli %v390, %v95 : i64
          %v402 = arith.addi %v400, %v401 : i64
          %v403 = arith.muli %v39, %v94 : i64
          %v404 = arith.addi %v402, %v403 : i64
          %v405 = arith.constant 8 : i64
          %v406 = arith.addi %v405, %v30 : i64
          %v407 = arith.muli %v406, %v2 : i64
          %v408 = arith.addi %v404, %v407 : i64
          %v409 = llvm.getelementptr %in_k[%v408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v410 = llvm.load %v409 : !llvm.ptr -> f32
          %v411 = arith.addi %v53, %v92 : i64
          %v412 = arith.muli %v41, %v96 : i64
          %v413 = arith.muli %v411, %v95 : i64
          %v414 = arith.addi %v412, %v413 : i64
          %v415 = arith.muli %v39, %v94 : i64
          %v416 = arith.addi %v414, %v415 : i64
          %v417 = arith.muli %v30, %v2 : i64
          %v418 = arith.addi %v416, %v417 : i64
          %v419 = llvm.getelementptr %in_k[%v418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v420 = llvm.load %v419 : !llvm.ptr -> f32
          %v421 = arith.muli %v41, %v96 : i64
          %v422 = arith.muli %v411, %v95 : i64
          %v423 = arith.addi %v421, %v422 : i64
          %v424 = arith.muli %v39, %v94 : i64
          %v425 = arith.addi %v423, %v424 : i64
          %v426 = arith.constant 8 : i64
          %v427 = arith.addi %v426, %v30 : i64
          %v428 = arith.muli %v427, %v2 : i64
          %v429 = arith.addi %v425, %v428 : i64
          %v430 = llvm.getelementptr %in_k[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v431 = llvm.load %v430 : !llvm.ptr -> f32
          %v432 = arith.addi %v63, %v56 : i64
          %v433 = arith.addi %v432, %v30 : i64
          %v434 = arith.addi %v53, %v433 : i64
          %v435 = arith.sitofp %v434 : i64 to f32
          %v439 = arith.muli %v41, %v438 : i64
          %v440 = arith.muli %v434, %v437 : i64
          %v441 = arith.addi %v439, %v440 : i64
          %v442 = arith.muli %v39, %v436 : i64
          %v443 = arith.addi %v441, %v442 : i64
          %v444 = arith.muli %v37, %v2 : i64
          %v445 = arith.addi %v443, %v444 : i64
          %v446 = llvm.getelementptr %in_v[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v447 = llvm.load %v446 : !llvm.ptr -> f32
          %v448 = arith.addi %v63, %v24 : i64
          %v449 = arith.addi %v448, %v30 : i64
          %v450 = arith.addi %v53, %v449 : i64
          %v451 = arith.sitofp %v450 : i64 to f32
          %v452 = arith.muli %v41, %v438 : i64
          %v453 = arith.muli %v450, %v437 : i64
          %v454 = arith.addi %v452, %v453 : i64
          %v455 = arith.muli %v39, %v436 : i64
          %v456 = arith.addi %v454, %v455 : i64
          %v457 = arith.muli %v37, %v2 : i64
          %v458 = arith.addi %v456, %v457 : i64
          %v459 = llvm.getelementptr %in_v[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v460 = llvm.load %v459 : !llvm.ptr -> f32
          %v497 = arith.addi %v53, %v64 : i64
          %v498, %v499 = gpu.shuffle idx %v435, %v465, %v496 : f32
          %v500, %v501 = gpu.shuffle idx %v447, %v465, %v496 : f32
          %v508 = arith.mulf %v498, %v507 fastmath<contract> : f32
          %v510 = arith.mulf %v508, %v509 fastmath<contract> : f32
          %v511 = llvm.call_intrinsic "llvm.roundeven.f32"(%v510) : (f32) -> f32
          %v514 = arith.mulf %v511, %v512 fastmath<contract> : f32
          %v515 = arith.subf %v508, %v514 fastmath<contract> : f32
          %v516 = arith.mulf %v511, %v513 fastmath<contract> : f32
          %v517 = arith.subf %v515, %v516 fastmath<contract> : f32
          %v518 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v517) : (f32) -> f32
          %v519 = arith.mulf %v105, %v518 fastmath<contract> : f32
          %v520 = arith.mulf %v519, %v500 fastmath<contract> : f32
          %v521 = llvm.load %v6 : !llvm.ptr -> f32
          %v522 = arith.mulf %v504, %v521 fastmath<contract> : f32
          %v523 = arith.addf %v522, %v520 fastmath<contract> : f32
          %v524 = llvm.load %v11 : !llvm.ptr -> f32
          %v525 = arith.mulf %v504, %v524 fastmath<contract> : f32
          %v531 = arith.mulf %v498, %v530 fastmath<contract> : f32
          %v532 = arith.mulf %v531, %v509 fastmath<contract> : f32
          %v533 = llvm.call_intrinsic "llvm.roundeven.f32"(%v532) : (f32) -> f32
          %v534 = arith.mulf %v533, %v512 fastmath<contract> : f32
          %v535 = arith.subf %v531, %v534 fastmath<contract> : f32
          %v536 = arith.mulf %v533, %v513 fastmath<contract> : f32
          %v537 = arith.subf %v535, %v536 fastmath<contract> : f32
          %v538 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v537) : (f32) -> f32
          %v539 = arith.mulf %v116, %v538 fastmath<contract> : f32
          %v540 = arith.mulf %v539, %v500 fastmath<contract> : f32
          %v541 = llvm.load %v7 : !llvm.ptr -> f32
          %v542 = arith.mulf %v504, %v541 fastmath<contract> : f32
          %v543 = arith.addf %v542, %v540 fastmath<contract> : f32
          %v544 = llvm.load %v12 : !llvm.ptr -> f32
          %v545 = arith.mulf %v504, %v544 fastmath<contract> : f32
          %v546 = arith.mulf %v508, %v509 fastmath<contract> : f32
          %v547 = llvm.call_intrinsic "llvm.roundeven.f32"(%v546) : (f32) -> f32
          %v548 = arith.mulf %v547, %v512 fastmath<contract> : f32
          %v549 = arith.subf %v508, %v548 fastmath<contract> : f32
          %v550 = arith.mulf %v547, %v513 fastmath<contract> : f32
          %v551 = arith.subf %v549, %v550 fastmath<contract> : f32
          %v552 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v551) : (f32) -> f32
          %v553 = arith.negf %v552 : f32
          %v554 = arith.mulf %v105, %v553 fastmath<contract> : f32
          %v555 = arith.mulf %v554, %v500 fastmath<contract> : f32
          %v556 = llvm.load %v8 : !llvm.ptr -> f32
          %v557 = arith.mulf %v504, %v556 fastmath<contract> : f32
          %v558 = arith.addf %v557, %v555 fastmath<contract> : f32
          %v559 = llvm.load %v13 : !llvm.ptr -> f32
          %v560 = arith.mulf %v504, %v559 fastmath<contract> : f32
          %v561 = arith.mulf %v531, %v509 fastmath<contract> : f32
          %v562 = llvm.call_intrinsic "llvm.roundeven.f32"(%v561) : (f32) -> f32
          %v563 = arith.mulf %v562, %v512 fastmath<contract> : f32
          %v564 = arith.subf %v531, %v563 fastmath<contract> : f32
          %v565 = arith.mulf %v562, %v513 fastmath<contract> : f32
          %v566 = arith.subf %v564, %v565 fastmath<contract> : f32
          %v567 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v566) : (f32) -> f32
          %v568 = arith.negf %v567 : f32
          %v569 = arith.mulf %v116, %v568 fastmath<contract> : f32
          %v570 = arith.mulf %v569, %v500 fastmath<contract> : f32
          %v571 = llvm.load %v9 : !llvm.ptr -> f32
          %v572 = arith.mulf %v504, %v571 fastmath<contract> : f32
          %v573 = arith.addf %v572, %v570 fastmath<contract> : f32
          %v574 = llvm.load %v14 : !llvm.ptr -> f32
          %v575 = arith.mulf %v504, %v574 fastmath<contract> : f32
          %v576 = llvm.load %v10 : !llvm.ptr -> f32
          %v577 = arith.mulf %v44, %v576 fastmath<contract> : f32
          %v578 = arith.addf %v577, %v44 fastmath<contract> : f32
          %v579 = llvm.load %v15 : !llvm.ptr -> f32
          %v580 = arith.mulf %v44, %v579 fastmath<contract> : f32
          llvm.store %v523, %v6 : f32, !llvm.ptr
          llvm.store %v525, %v11 : f32, !llvm.ptr
          llvm.store %v543, %v7 : f32, !llvm.ptr
          llvm.store %v545, %v12 : f32, !llvm.ptr
          llvm.store %v558, %v8 : f32, !llvm.ptr
          llvm.store %v560, %v13 : f32, !llvm.ptr
          llvm.store %v573, %v9 : f32, !llvm.ptr
          llvm.store %v575, %v14 : f32, !llvm.ptr
          llvm.store %v578, %v10 : f32, !llvm.ptr
          llvm.store %v580, %v15 : f32, !llvm.ptr
          %v581 = arith.addi %v53, %v65 : i64
          %v582, %v583 = gpu.shuffle idx %v435, %v469, %v496 : f32
          %v584, %v585 = gpu.shuffle idx %v447, %v469, %v496 : f32
          %v586 = arith.mulf %v582, %v507 fastmath<contract> : f32
          %v587 = arith.mulf %v586, %v509 fastmath<contract> : f32
          %v588 = llvm.call_intrinsic "llvm.roundeven.f32"(%v587) : (f32) -> f32
          %v589 = arith.mulf %v588, %v512 fastmath<contract> : f32
          %v590 = arith.subf %v586, %v589 fastmath<contract> : f32
          %v591 = arith.mulf %v588, %v513 fastmath<contract> : f32
          %v592 = arith.subf %v590, %v591 fastmath<contract> : f32
          %v593 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v592) : (f32) -> f32
          %v594 = arith.mulf %v126, %v593 fastmath<contract> : f32
          %v595 = arith.mulf %v594, %v584 fastmath<contract> : f32
          %v596 = llvm.load %v6 : !llvm.ptr -> f32
          %v597 = arith.mulf %v504, %v596 fastmath<contract> : f32
          %v598 = arith.addf %v597, %v595 fastmath<contract> : f32
          %v599 = llvm.load %v11 : !llvm.ptr -> f32
          %v600 = arith.mulf %v504, %v599 fastmath<contract> : f32
          %v601 = arith.mulf %v582, %v530 fastmath<contract> : f32
          %v602 = arith.mulf %v601, %v509 fastmath<contract> : f32
          %v603 = llvm.call_intrinsic "llvm.roundeven.f32"(%v602) : (f32) -> f32
          %v604 = arith.mulf %v603, %v512 fastmath<contract> : f32
          %v605 = arith.subf %v601, %v604 fastmath<contract> : f32
          %v606 = arith.mulf %v603, %v513 fastmath<contract> : f32
          %v607 = arith.subf %v605, %v606 fastmath<contract> : f32
          %v608 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v607) : (f32) -> f32
          %v609 = arith.mulf %v137, %v608 fastmath<contract> : f32
          %v610 = arith.mulf %v609, %v584 fastmath<contract> : f32
          %v611 = llvm.load %v7 : !llvm.ptr -> f32
          %v612 = arith.mulf %v504, %v611 fastmath<contract> : f32
          %v613 = arith.addf %v612, %v610 fastmath<contract> : f32
          %v614 = llvm.load %v12 : !llvm.ptr -> f32
          %v615 = arith.mulf %v504, %v614 fastmath<contract> : f32
          %v616 = arith.mulf %v586, %v509 fastmath<contract> : f32
          %v617 = llvm.call_intrinsic "llvm.roundeven.f32"(%v616) : (f32) -> f32
          %v618 = arith.mulf %v617, %v512 fastmath<contract> : f32
          %v619 = arith.subf %v586, %v618 fastmath<contract> : f32
          %v620 = arith.mulf %v617, %v513 fastmath<contract> : f32
          %v621 = arith.subf %v619, %v620 fastmath<contract> : f32
          %v622 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v621) : (f32) -> f32
          %v623 = arith.negf %v622 : f32
          %v624 = arith.mulf %v126, %v623 fastmath<contract> : f32
          %v625 = arith.mulf %v624, %v584 fastmath<contract> : f32
          %v626 = llvm.load %v8 : !llvm.ptr -> f32
          %v627 = arith.mulf %v504, %v626 fastmath<contract> : f32
          %v628 = arith.addf %v627, %v625 fastmath<contract> : f32
          %v629 = llvm.load %v13 : !llvm.ptr -> f32
          %v630 = arith.mulf %v504, %v629 fastmath<contract> : f32
          %v631 = arith.mulf %v601, %v509 fastmath<contract> : f32
          %v632 = llvm.call_intrinsic "llvm.roundeven.f32"(%v631) : (f32) -> f32
          %v633 = arith.mulf %v632, %v512 fastmath<contract> : f32
          %v634 = arith.subf %v601, %v633 fastmath<contract> : f32
          %v635 = arith.mulf %v632, %v513 fastmath<contract> : f32
          %v636 = arith.subf %v634, %v635 fastmath<contract> : f32
          %v637 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v636) : (f32) -> f32
          %v638 = arith.negf %v637 : f32
          %v639 = arith.mulf %v137, %v638 fastmath<contract> : f32
          %v640 = arith.mulf %v639, %v584 fastmath<contract> : f32
          %v641 = llvm.load %v9 : !llvm.ptr -> f32
          %v642 = arith.mulf %v504, %v641 fastmath<contract> : f32
          %v643 = arith.addf %v642, %v640 fastmath<contract> : f32
          %v644 = llvm.load %v14 : !llvm.ptr -> f32
          %v645 = arith.mulf %v504, %v644 fastmath<contract> : f32
          %v646 = llvm.load %v10 : !llvm.ptr -> f32
          %v647 = arith.mulf %v44, %v646 fastmath<contract> : f32
          %v648 = arith.addf %v647, %v44 fastmath<contract> : f32
          %v649 = llvm.load %v15 : !llvm.ptr -> f32
          %v650 = arith.mulf %v44, %v649 fastmath<contract> : f32
          llvm.store %v598, %v6 : f32, !llvm.ptr
          llvm.store %v600, %v11 : f32, !llvm.ptr
          llvm.store %v613, %v7 : f32, !llvm.ptr
          llvm.store %v615, %v12 : f32, !llvm.ptr
          llvm.store %v628, %v8 : f32, !llvm.ptr
          llvm.store %v630, %v13 : f32, !llvm.ptr
          llvm.store %v643, %v9 : f32, !llvm.ptr
          llvm.store %v645, %v14 : f32, !llvm.ptr
          llvm.store %v648, %v10 : f32, !llvm.ptr
          llvm.store %v650, %v15 : f32, !llvm.ptr
          %v651 = arith.addi %v53, %v67 : i64
          %v652, %v653 = gpu.shuffle idx %v435, %v473, %v496 : f32
          %v654, %v655 = gpu.shuffle idx %v447, %v473, %v496 : f32
          %v656 = arith.mulf %v652, %v507 fastmath<contract> : f32
          %v657 = arith.mulf %v656, %v509 fastmath<contract> : f32
          %v658 = llvm.call_intrinsic "llvm.roundeven.f32"(%v657) : (f32) -> f32
          %v659 = arith.mulf %v658, %v512 fastmath<contract> : f32
          %v660 = arith.subf %v656, %v659 fastmath<contract> : f32
          %v661 = arith.mulf %v658, %v513 fastmath<contract> : f32
          %v662 = arith.subf %v660, %v661 fastmath<contract> : f32
          %v663 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v662) : (f32) -> f32
          %v664 = arith.mulf %v147, %v663 fastmath<contract> : f32
          %v665 = arith.mulf %v664, %v654 fastmath<contract> : f32
          %v666 = llvm.load %v6 : !llvm.ptr -> f32
          %v667 = arith.mulf %v504, %v666 fastmath<contract> : f32
          %v668 = arith.addf %v667, %v665 fastmath<contract> : f32
          %v669 = llvm.load %v11 : !llvm.ptr -> f32
          %v670 = arith.mulf %v504, %v669 fastmath<contract> : f32
          %v671 = arith.mulf %v652, %v530 fastmath<contract> : f32
          %v672 = arith.mulf %v671, %v509 fastmath<contract> : f32
          %v673 = llvm.call_intrinsic "llvm.roundeven.f32"(%v672) : (f32) -> f32
          %v674 = arith.mulf %v673, %v512 fastmath<contract> : f32
          %v675 = arith.subf %v671, %v674 fastmath<contract> : f32
          %v676 = arith.mulf %v673, %v513 fastmath<contract> : f32
          %v677 = arith.subf %v675, %v676 fastmath<contract> : f32
          %v678 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v677) : (f32) -> f32
          %v679 = arith.mulf %v158, %v678 fastmath<contract> : f32
          %v680 = arith.mulf %v679, %v654 fastmath<contract> : f32
          %v681 = llvm.load %v7 : !llvm.ptr -> f32
          %v682 = arith.mulf %v504, %v681 fastmath<contract> : f32
          %v683 = arith.addf %v682, %v680 fastmath<contract> : f32
          %v684 = llvm.load %v12 : !llvm.ptr -> f32
          %v685 = arith.mulf %v504, %v684 fastmath<contract> : f32
          %v686 = arith.mulf %v656, %v509 fastmath<contract> : f32
          %v687 = llvm.call_intrinsic "llvm.roundeven.f32"(%v686) : (f32) -> f32
          %v688 = arith.mulf %v687, %v512 fastmath<contract> : f32
          %v689 = arith.subf %v656, %v688 fastmath<contract> : f32
          %v690 = arith.mulf %v687, %v513 fastmath<contract> : f32
          %v691 = arith.subf %v689, %v690 fastmath<contract> : f32
          %v692 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v691) : (f32) -> f32
          %v693 = arith.negf %v692 : f32
          %v694 = arith.mulf %v147, %v693 fastmath<contract> : f32
          %v695 = arith.mulf %v694, %v654 fastmath<contract> : f32
          %v696 = llvm.load %v8 : !llvm.ptr -> f32
          %v697 = arith.mulf %v504, %v696 fastmath<contract> : f32
          %v698 = arith.addf %v697, %v695 fastmath<contract> : f32
          %v699 = llvm.load %v13 : !llvm.ptr -> f32
          %v700 = arith.mulf %v504, %v699 fastmath<contract> : f32
          %v701 = arith.mulf %v671, %v509 fastmath<contract> : f32
          %v702 = llvm.call_intrinsic "llvm.roundeven.f32"(%v701) : (f32) -> f32
          %v703 = arith.mulf %v702, %v512 fastmath<contract> : f32
          %v704 = arith.subf %v671, %v703 fastmath<contract> : f32
          %v705 = arith.mulf %v702, %v513 fastmath<contract> : f32
          %v706 = arith.subf %v704, %v705 fastmath<contract> : f32
          %v707 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v706) : (f32) -> f32
          %v708 = arith.negf %v707 : f32
          %v709 = arith.mulf %v158, %v708 fastmath<contract> : f32
          %v710 = arith.mulf %v709, %v654 fastmath<contract> : f32
          %v711 = llvm.load %v9 : !llvm.ptr -> f32
          %v712 = arith.mulf %v504, %v711 fastmath<contract> : f32
          %v713 = arith.addf %v712, %v710 fastmath<contract> : f32
          %v714 = llvm.load %v14 : !llvm.ptr -> f32
          %v715 = arith.mulf %v504, %v714 fastmath<contract> : f32
          %v716 = llvm.load %v10 : !llvm.ptr -> f32
          %v717 = arith.mulf %v44, %v716 fastmath<contract> : f32
          %v718 = arith.addf %v717, %v44 fastmath<contract> : f32
          %v719 = llvm.load %v15 : !llvm.ptr -> f32
          %v720 = arith.mulf %v44, %v719 fastmath<contract> : f32
          llvm.store %v668, %v6 : f32, !llvm.ptr
          llvm.store %v670, %v11 : f32, !llvm.ptr
          llvm.store %v683, %v7 : f32, !llvm.ptr
          llvm.store %v685, %v12 : f32, !llvm.ptr
          llvm.store %v698, %v8 : f32, !llvm.ptr
          llvm.store %v700, %v13 : f32, !llvm.ptr
          llvm.store %v713, %v9 : f32, !llvm.ptr
          llvm.store %v715, %v14 : f32, !llvm.ptr
          llvm.store %v718, %v10 : f32, !llvm.ptr
          llvm.store %v720, %v15 : f32, !llvm.ptr
          %v721 = arith.addi %v53, %v69 : i64
          %v722, %v723 = gpu.shuffle idx %v435, %v477, %v496 : f32
          %v724, %v725 = gpu.shuffle idx %v447, %v477, %v496 : f32
          %v726 = arith.mulf %v722, %v507 fastmath<contract> : f32
          %v727 = arith.mulf %v726, %v509 fastmath<contract> : f32
          %v728 = llvm.call_intrinsic "llvm.roundeven.f32"(%v727) : (f32) -> f32
          %v729 = arith.mulf %v728, %v512 fastmath<contract> : f32
          %v730 = arith.subf %v726, %v729 fastmath<contract> : f32
          %v731 = arith.mulf %v728, %v513 fastmath<contract> : f32
          %v732 = arith.subf %v730, %v731 fastmath<contract> : f32
          %v733 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v732) : (f32) -> f32
          %v734 = arith.mulf %v168, %v733 fastmath<contract> : f32
          %v735 = arith.mulf %v734, %v724 fastmath<contract> : f32
          %v736 = llvm.load %v6 : !llvm.ptr -> f32
          %v737 = arith.mulf %v504, %v736 fastmath<contract> : f32
          %v738 = arith.addf %v737, %v735 fastmath<contract> : f32
          %v739 = llvm.load %v11 : !llvm.ptr -> f32
          %v740 = arith.mulf %v504, %v739 fastmath<contract> : f32
          %v741 = arith.mulf %v722, %v530 fastmath<contract> : f32
          %v742 = arith.mulf %v741, %v509 fastmath<contract> : f32
          %v743 = llvm.call_intrinsic "llvm.roundeven.f32"(%v742) : (f32) -> f32
          %v744 = arith.mulf %v743, %v512 fastmath<contract> : f32
          %v745 = arith.subf %v741, %v744 fastmath<contract> : f32
          %v746 = arith.mulf %v743, %v513 fastmath<contract> : f32
          %v747 = arith.subf %v745, %v746 fastmath<contract> : f32
          %v748 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v747) : (f32) -> f32
          %v749 = arith.mulf %v179, %v748 fastmath<contract> : f32
          %v750 = arith.mulf %v749, %v724 fastmath<contract> : f32
          %v751 = llvm.load %v7 : !llvm.ptr -> f32
          %v752 = arith.mulf %v504, %v751 fastmath<contract> : f32
          %v753 = arith.addf %v752, %v750 fastmath<contract> : f32
          %v754 = llvm.load %v12 : !llvm.ptr -> f32
          %v755 = arith.mulf %v504, %v754 fastmath<contract> : f32
          %v756 = arith.mulf %v726, %v509 fastmath<contract> : f32
          %v757 = llvm.call_intrinsic "llvm.roundeven.f32"(%v756) : (f32) -> f32
          %v758 = arith.mulf %v757, %v512 fastmath<contract> : f32
          %v759 = arith.subf %v726, %v758 fastmath<contract> : f32
          %v760 = arith.mulf %v757, %v513 fastmath<contract> : f32
          %v761 = arith.subf %v759, %v760 fastmath<contract> : f32
          %v762 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v761) : (f32) -> f32
          %v763 = arith.negf %v762 : f32
          %v764 = arith.mulf %v168, %v763 fastmath<contract> : f32
          %v765 = arith.mulf %v764, %v724 fastmath<contract> : f32
          %v766 = llvm.load %v8 : !llvm.ptr -> f32
          %v767 = arith.mulf %v504, %v766 fastmath<contract> : f32
          %v768 = arith.addf %v767, %v765 fastmath<contract> : f32
          %v769 = llvm.load %v13 : !llvm.ptr -> f32
          %v770 = arith.mulf %v504, %v769 fastmath<contract> : f32
          %v771 = arith.mulf %v741, %v509 fastmath<contract> : f32
          %v772 = llvm.call_intrinsic "llvm.roundeven.f32"(%v771) : (f32) -> f32
          %v773 = arith.mulf %v772, %v512 fastmath<contract> : f32
          %v774 = arith.subf %v741, %v773 fastmath<contract> : f32
          %v775 = arith.mulf %v772, %v513 fastmath<contract> : f32
          %v776 = arith.subf %v774, %v775 fastmath<contract> : f32
          %v777 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v776) : (f32) -> f32
          %v778 = arith.negf %v777 : f32
          %v779 = arith.mulf %v179, %v778 fastmath<contract> : f32
          %v780 = arith.mulf %v779, %v724 fastmath<contract> : f32
          %v781 = llvm.load %v9 : !llvm.ptr -> f32
          %v782 = arith.mulf %v504, %v781 fastmath<contract> : f32
          %v783 = arith.addf %v782, %v780 fastmath<contract> : f32
          %v784 = llvm.load %v14 : !llvm.ptr -> f32
          %v785 = arith.mulf %v504, %v784 fastmath<contract> : f32
          %v786 = llvm.load %v10 : !llvm.ptr -> f32
          %v787 = arith.mulf %v44, %v786 fastmath<contract> : f32
          %v788 = arith.addf %v787, %v44 fastmath<contract> : f32
          %v789 = llvm.load %v15 : !llvm.ptr -> f32
          %v790 = arith.mulf %v44, %v789 fastmath<contract> : f32
          llvm.store %v738, %v6 : f32, !llvm.ptr
          llvm.store %v740, %v11 : f32, !llvm.ptr
          llvm.store %v753, %v7 : f32, !llvm.ptr
          llvm.store %v755, %v12 : f32, !llvm.ptr
          llvm.store %v768, %v8 : f32, !llvm.ptr
          llvm.store %v770, %v13 : f32, !llvm.ptr
          llvm.store %v783, %v9 : f32, !llvm.ptr
          llvm.store %v785, %v14 : f32, !llvm.ptr
          llvm.store %v788, %v10 : f32, !llvm.ptr
          llvm.store %v790, %v15 : f32, !llvm.ptr
          %v791 = arith.addi %v53, %v71 : i64
          %v792, %v793 = gpu.shuffle idx %v435, %v481, %v496 : f32
          %v794, %v795 = gpu.shuffle idx %v447, %v481, %v496 : f32
          %v796 = arith.mulf %v792, %v507 fastmath<contract> : f32
          %v797 = arith.mulf %v796, %v509 fastmath<contract> : f32
          %v798 = llvm.call_intrinsic "llvm.roundeven.f32"(%v797) : (f32) -> f32
          %v799 = arith.mulf %v798, %v512 fastmath<contract> : f32
          %v800 = arith.subf %v796, %v799 fastmath<contract> : f32
          %v801 = arith.mulf %v798, %v513 fastmath<contract> : f32
          %v802 = arith.subf %v800, %v801 fastmath<contract> : f32
          %v803 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v802) : (f32) -> f32
          %v804 = arith.mulf %v189, %v803 fastmath<contract> : f32
          %v805 = arith.mulf %v804, %v794 fastmath<contract> : f32
          %v806 = llvm.load %v6 : !llvm.ptr -> f32
          %v807 = arith.mulf %v504, %v806 fastmath<contract> : f32
          %v808 = arith.addf %v807, %v805 fastmath<contract> : f32
          %v809 = llvm.load %v11 : !llvm.ptr -> f32
          %v810 = arith.mulf %v504, %v809 fastmath<contract> : f32
          %v811 = arith.mulf %v792, %v530 fastmath<contract> : f32
          %v812 = arith.mulf %v811, %v509 fastmath<contract> : f32
          %v813 = llvm.call_intrinsic "llvm.roundeven.f32"(%v812) : (f32) -> f32
          %v814 = arith.mulf %v813, %v512 fastmath<contract> : f32
          %v815 = arith.subf %v811, %v814 fastmath<contract> : f32
          %v816 = arith.mulf %v813, %v513 fastmath<contract> : f32
          %v817 = arith.subf %v815, %v816 fastmath<contract> : f32
          %v818 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v817) : (f32) -> f32
          %v819 = arith.mulf %v200, %v818 fastmath<contract> : f32
          %v820 = arith.mulf %v819, %v794 fastmath<contract> : f32
          %v821 = llvm.load %v7 : !llvm.ptr -> f32
          %v822 = arith.mulf %v504, %v821 fastmath<contract> : f32
          %v823 = arith.addf %v822, %v820 fastmath<contract> : f32
          %v824 = llvm.load %v12 : !llvm.ptr -> f32
          %v825 = arith.mulf %v504, %v824 fastmath<contract> : f32
          %v826 = arith.mulf %v796, %v509 fastmath<contract> : f32
          %v827 = llvm.call_intrinsic "llvm.roundeven.f32"(%v826) : (f32) -> f32
          %v828 = arith.mulf %v827, %v512 fastmath<contract> : f32
          %v829 = arith.subf %v796, %v828 fastmath<contract> : f32
          %v830 = arith.mulf %v827, %v513 fastmath<contract> : f32
          %v831 = arith.subf %v829, %v830 fastmath<contract> : f32
          %v832 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v831) : (f32) -> f32
          %v833 = arith.negf %v832 : f32
          %v834 = arith.mulf %v189, %v833 fastmath<contract> : f32
          %v835 = arith.mulf %v834, %v794 fastmath<contract> : f32
          %v836 = llvm.load %v8 : !llvm.ptr -> f32
          %v837 = arith.mulf %v504, %v836 fastmath<contract> : f32
          %v838 = arith.addf %v837, %v835 fastmath<contract> : f32
          %v839 = llvm.load %v13 : !llvm.ptr -> f32
          %v840 = arith.mulf %v504, %v839 fastmath<contract> : f32
          %v841 = arith.mulf %v811, %v509 fastmath<contract> : f32
          %v842 = llvm.call_intrinsic "llvm.roundeven.f32"(%v841) : (f32) -> f32
          %v843 = arith.mulf %v842, %v512 fastmath<contract> : f32
          %v844 = arith.subf %v811, %v843 fastmath<contract> : f32
          %v845 = arith.mulf %v842, %v513 fastmath<contract> : f32
          %v846 = arith.subf %v844, %v845 fastmath<contract> : f32
          %v847 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v846) : (f32) -> f32
          %v848 = arith.negf %v847 : f32
          %v849 = arith.mulf %v200, %v848 fastmath<contract> : f32
          %v850 = arith.mulf %v849, %v794 fastmath<contract> : f32
          %v851 = llvm.load %v9 : !llvm.ptr -> f32
          %v852 = arith.mulf %v504, %v851 fastmath<contract> : f32
          %v853 = arith.addf %v852, %v850 fastmath<contract> : f32
          %v854 = llvm.load %v14 : !llvm.ptr -> f32
          %v855 = arith.mulf %v504, %v854 fastmath<contract> : f32
          %v856 = llvm.load %v10 : !llvm.ptr -> f32
          %v857 = arith.mulf %v44, %v856 fastmath<contract> : f32
          %v858 = arith.addf %v857, %v44 fastmath<contract> : f32
          %v859 = llvm.load %v15 : !llvm.ptr -> f32
          %v860 = arith.mulf %v44, %v859 fastmath<contract> : f32
          llvm.store %v808, %v6 : f32, !llvm.ptr
          llvm.store %v810, %v11 : f32, !llvm.ptr
          llvm.store %v823, %v7 : f32, !llvm.ptr
          llvm.store %v825, %v12 : f32, !llvm.ptr
          llvm.store %v838, %v8 : f32, !llvm.ptr
          llvm.store %v840, %v13 : f32, !llvm.ptr
          llvm.store %v853, %v9 : f32, !llvm.ptr
          llvm.store %v855, %v14 : f32, !llvm.ptr
          llvm.store %v858, %v10 : f32, !llvm.ptr
          llvm.store %v860, %v15 : f32, !llvm.ptr
          %v861 = arith.addi %v53, %v73 : i64
          %v862, %v863 = gpu.shuffle idx %v435, %v485, %v496 : f32
          %v864, %v865 = gpu.shuffle idx %v447, %v485, %v496 : f32
          %v866 = arith.mulf %v862, %v507 fastmath<contract> : f32
          %v867 = arith.mulf %v866, %v509 fastmath<contract> : f32
          %v868 = llvm.call_intrinsic "llvm.roundeven.f32"(%v867) : (f32) -> f32
          %v869 = arith.mulf %v868, %v512 fastmath<contract> : f32
          %v870 = arith.subf %v866, %v869 fastmath<contract> : f32
          %v871 = arith.mulf %v868, %v513 fastmath<contract> : f32
          %v872 = arith.subf %v870, %v871 fastmath<contract> : f32
          %v873 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v872) : (f32) -> f32
          %v874 = arith.mulf %v210, %v873 fastmath<contract> : f32
          %v875 = arith.mulf %v874, %v864 fastmath<contract> : f32
          %v876 = llvm.load %v6 : !llvm.ptr -> f32
          %v877 = arith.mulf %v504, %v876 fastmath<contract> : f32
          %v878 = arith.addf %v877, %v875 fastmath<contract> : f32
          %v879 = llvm.load %v11 : !llvm.ptr -> f32
          %v880 = arith.mulf %v504, %v879 fastmath<contract> : f32
          %v881 = arith.mulf %v862, %v530 fastmath<contract> : f32
          %v882 = arith.mulf %v881, %v509 fastmath<contract> : f32
          %v883 = llvm.call_intrinsic "llvm.roundeven.f32"(%v882) : (f32) -> f32
          %v884 = arith.mulf %v883, %v512 fastmath<contract> : f32
          %v885 = arith.subf %v881, %v884 fastmath<contract> : f32
          %v886 = arith.mulf %v883, %v513 fastmath<contract> : f32
          %v887 = arith.subf %v885, %v886 fastmath<contract> : f32
          %v888 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v887) : (f32) -> f32
          %v889 = arith.mulf %v221, %v888 fastmath<contract> : f32
          %v890 = arith.mulf %v889, %v864 fastmath<contract> : f32
          %v891 = llvm.load %v7 : !llvm.ptr -> f32
          %v892 = arith.mulf %v504, %v891 fastmath<contract> : f32
          %v893 = arith.addf %v892, %v890 fastmath<contract> : f32
          %v894 = llvm.load %v12 : !llvm.ptr -> f32
          %v895 = arith.mulf %v504, %v894 fastmath<contract> : f32
          %v896 = arith.mulf %v866, %v509 fastmath<contract> : f32
          %v897 = llvm.call_intrinsic "llvm.roundeven.f32"(%v896) : (f32) -> f32
          %v898 = arith.mulf %v897, %v512 fastmath<contract> : f32
          %v899 = arith.subf %v866, %v898 fastmath<contract> : f32
          %v900 = arith.mulf %v897, %v513 fastmath<contract> : f32
          %v901 = arith.subf %v899, %v900 fastmath<contract> : f32
          %v902 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v901) : (f32) -> f32
          %v903 = arith.negf %v902 : f32
          %v904 = arith.mulf %v210, %v903 fastmath<contract> : f32
          %v905 = arith.mulf %v904, %v864 fastmath<contract> : f32
          %v906 = llvm.load %v8 : !llvm.ptr -> f32
          %v907 = arith.mulf %v504, %v906 fastmath<contract> : f32
          %v908 = arith.addf %v907, %v905 fastmath<contract> : f32
          %v909 = llvm.load %v13 : !llvm.ptr -> f32
          %v910 = arith.mulf %v504, %v909 fastmath<contract> : f32
          %v911 = arith.mulf %v881, %v509 fastmath<contract> : f32
          %v912 = llvm.call_intrinsic "llvm.roundeven.f32"(%v911) : (f32) -> f32
          %v913 = arith.mulf %v912, %v512 fastmath<contract> : f32
          %v914 = arith.subf %v881, %v913 fastmath<contract> : f32
          %v915 = arith.mulf %v912, %v513 fastmath<contract> : f32
          %v916 = arith.subf %v914, %v915 fastmath<contract> : f32
          %v917 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v916) : (f32) -> f32
          %v918 = arith.negf %v917 : f32
          %v919 = arith.mulf %v221, %v918 fastmath<contract> : f32
          %v920 = arith.mulf %v919, %v864 fastmath<contract> : f32
          %v921 = llvm.load %v9 : !llvm.ptr -> f32
          %v922 = arith.mulf %v504, %v921 fastmath<contract> : f32
          %v923 = arith.addf %v922, %v920 fastmath<contract> : f32
          %v924 = llvm.load %v14 : !llvm.ptr -> f32
          %v925 = arith.mulf %v504, %v924 fastmath<contract> : f32
          %v926 = llvm.load %v10 : !llvm.ptr -> f32
          %v927 = arith.mulf %v44, %v926 fastmath<contract> : f32
          %v928 = arith.addf %v927, %v44 fastmath<contract> : f32
          %v929 = llvm.load %v15 : !llvm.ptr -> f32
          %v930 = arith.mulf %v44, %v929 fastmath<contract> : f32
          llvm.store %v878, %v6 : f32, !llvm.ptr
          llvm.store %v880, %v11 : f32, !llvm.ptr
          llvm.store %v893, %v7 : f32, !llvm.ptr
          llvm.store %v895, %v12 : f32, !llvm.ptr
          llvm.store %v908, %v8 : f32, !llvm.ptr
          llvm.store %v910, %v13 : f32, !llvm.ptr
          llvm.store %v923, %v9 : f32, !llvm.ptr
          llvm.store %v925, %v14 : f32, !llvm.ptr
          llvm.store %v928, %v10 : f32, !llvm.ptr
          llvm.store %v930, %v15 : f32, !llvm.ptr
          %v931 = arith.addi %v53, %v75 : i64
          %v932, %v933 = gpu.shuffle idx %v435, %v489, %v496 : f32
          %v934, %v935 = gpu.shuffle idx %v447, %v489, %v496 : f32
          %v936 = arith.mulf %v932, %v507 fastmath<contract> : f32
          %v937 = arith.mulf %v936, %v509 fastmath<contract> : f32
          %v938 = llvm.call_intrinsic "llvm.roundeven.f32"(%v937) : (f32) -> f32
          %v939 = arith.mulf %v938, %v512 fastmath<contract> : f32
          %v940 = arith.subf %v936, %v939 fastmath<contract> : f32
          %v941 = arith.mulf %v938, %v513 fastmath<contract> : f32
          %v942 = arith.subf %v940, %v941 fastmath<contract> : f32
          %v943 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v942) : (f32) -> f32
          %v944 = arith.mulf %v231, %v943 fastmath<contract> : f32
          %v945 = arith.mulf %v944, %v934 fastmath<contract> : f32
          %v946 = llvm.load %v6 : !llvm.ptr -> f32
          %v947 = arith.mulf %v504, %v946 fastmath<contract> : f32
          %v948 = arith.addf %v947, %v945 fastmath<contract> : f32
          %v949 = llvm.load %v11 : !llvm.ptr -> f32
          %v950 = arith.mulf %v504, %v949 fastmath<contract> : f32
          %v951 = arith.mulf %v932, %v530 fastmath<contract> : f32
          %v952 = arith.mulf %v951, %v509 fastmath<contract> : f32
          %v953 = llvm.call_intrinsic "llvm.roundeven.f32"(%v952) : (f32) -> f32
          %v954 = arith.mulf %v953, %v512 fastmath<contract> : f32
          %v955 = arith.subf %v951, %v954 fastmath<contract> : f32
          %v956 = arith.mulf %v953, %v513 fastmath<contract> : f32
          %v957 = arith.subf %v955, %v956 fastmath<contract> : f32
          %v958 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v957) : (f32) -> f32
          %v959 = arith.mulf %v242, %v958 fastmath<contract> : f32
          %v960 = arith.mulf %v959, %v934 fastmath<contract> : f32
          %v961 = llvm.load %v7 : !llvm.ptr -> f32
          %v962 = arith.mulf %v504, %v961 fastmath<contract> : f32
          %v963 = arith.addf %v962, %v960 fastmath<contract> : f32
          %v964 = llvm.load %v12 : !llvm.ptr -> f32
          %v965 = arith.mulf %v504, %v964 fastmath<contract> : f32
          %v966 = arith.mulf %v936, %v509 fastmath<contract> : f32
          %v967 = llvm.call_intrinsic "llvm.roundeven.f32"(%v966) : (f32) -> f32
          %v968 = arith.mulf %v967, %v512 fastmath<contract> : f32
          %v969 = arith.subf %v936, %v968 fastmath<contract> : f32
          %v970 = arith.mulf %v967, %v513 fastmath<contract> : f32
          %v971 = arith.subf %v969, %v970 fastmath<contract> : f32
          %v972 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v971) : (f32) -> f32
          %v973 = arith.negf %v972 : f32
          %v974 = arith.mulf %v231, %v973 fastmath<contract> : f32
          %v975 = arith.mulf %v974, %v934 fastmath<contract> : f32
          %v976 = llvm.load %v8 : !llvm.ptr -> f32
          %v977 = arith.mulf %v504, %v976 fastmath<contract> : f32
          %v978 = arith.addf %v977, %v975 fastmath<contract> : f32
          %v979 = llvm.load %v13 : !llvm.ptr -> f32
          %v980 = arith.mulf %v504, %v979 fastmath<contract> : f32
          %v981 = arith.mulf %v951, %v509 fastmath<contract> : f32
          %v982 = llvm.call_intrinsic "llvm.roundeven.f32"(%v981) : (f32) -> f32
          %v983 = arith.mulf %v982, %v512 fastmath<contract> : f32
          %v984 = arith.subf %v951, %v983 fastmath<contract> : f32
          %v985 = arith.mulf %v982, %v513 fastmath<contract> : f32
          %v986 = arith.subf %v984, %v985 fastmath<contract> : f32
          %v987 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v986) : (f32) -> f32
          %v988 = arith.negf %v987 : f32
          %v989 = arith.mulf %v242, %v988 fastmath<contract> : f32
          %v990 = arith.mulf %v989, %v934 fastmath<contract> : f32
          %v991 = llvm.load %v9 : !llvm.ptr -> f32
          %v992 = arith.mulf %v504, %v991 fastmath<contract> : f32
          %v993 = arith.addf %v992, %v990 fastmath<contract> : f32
          %v994 = llvm.load %v14 : !llvm.ptr -> f32
          %v995 = arith.mulf %v504, %v994 fastmath<contract> : f32
          %v996 = llvm.load %v10 : !llvm.ptr -> f32
          %v997 = arith.mulf %v44, %v996 fastmath<contract> : f32
          %v998 = arith.addf %v997, %v44 fastmath<contract> : f32
          %v999 = llvm.load %v15 : !llvm.ptr -> f32
          %v1000 = arith.mulf %v44, %v999 fastmath<contract> : f32
          llvm.store %v948, %v6 : f32, !llvm.ptr
          llvm.store %v950, %v11 : f32, !llvm.ptr
          llvm.store %v963, %v7 : f32, !llvm.ptr
          llvm.store %v965, %v12 : f32, !llvm.ptr
          llvm.store %v978, %v8 : f32, !llvm.ptr
          llvm.store %v980, %v13 : f32, !llvm.ptr
          llvm.store %v993, %v9 : f32, !llvm.ptr
          llvm.store %v995, %v14 : f32, !llvm.ptr
          llvm.store %v998, %v10 : f32, !llvm.ptr
          llvm.store %v1000, %v15 : f32, !llvm.ptr
          %v1001 = arith.addi %v53, %v77 : i64
          %v1002, %v1003 = gpu.shuffle idx %v435, %v493, %v496 : f32
          %v1004, %v1005 = gpu.shuffle idx %v447, %v493, %v496 : f32
          %v1006 = arith.mulf %v1002, %v507 fastmath<contract> : f32
          %v1007 = arith.mulf %v1006, %v509 fastmath<contract> : f32
          %v1008 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1007) : (f32) -> f32
          %v1009 = arith.mulf %v1008, %v512 fastmath<contract> : f32
          %v1010 = arith.subf %v1006, %v1009 fastmath<contract> : f32
          %v1011 = arith.mulf %v1008, %v513 fastmath<contract> : f32
          %v1012 = arith.subf %v1010, %v1011 fastmath<contract> : f32
          %v1013 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1012) : (f32) -> f32
          %v1014 = arith.mulf %v252, %v1013 fastmath<contract> : f32
          %v1015 = arith.mulf %v1014, %v1004 fastmath<contract> : f32
          %v1016 = llvm.load %v6 : !llvm.ptr -> f32
          %v1017 = arith.mulf %v504, %v1016 fastmath<contract> : f32
          %v1018 = arith.addf %v1017, %v1015 fastmath<contract> : f32
          %v1019 = llvm.load %v11 : !llvm.ptr -> f32
          %v1020 = arith.mulf %v504, %v1019 fastmath<contract> : f32
          %v1021 = arith.mulf %v1002, %v530 fastmath<contract> : f32
          %v1022 = arith.mulf %v1021, %v509 fastmath<contract> : f32
          %v1023 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1022) : (f32) -> f32
          %v1024 = arith.mulf %v1023, %v512 fastmath<contract> : f32
          %v1025 = arith.subf %v1021, %v1024 fastmath<contract> : f32
          %v1026 = arith.mulf %v1023, %v513 fastmath<contract> : f32
          %v1027 = arith.subf %v1025, %v1026 fastmath<contract> : f32
          %v1028 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1027) : (f32) -> f32
          %v1029 = arith.mulf %v263, %v1028 fastmath<contract> : f32
          %v1030 = arith.mulf %v1029, %v1004 fastmath<contract> : f32
          %v1031 = llvm.load %v7 : !llvm.ptr -> f32
          %v1032 = arith.mulf %v504, %v1031 fastmath<contract> : f32
          %v1033 = arith.addf %v1032, %v1030 fastmath<contract> : f32
          %v1034 = llvm.load %v12 : !llvm.ptr -> f32
          %v1035 = arith.mulf %v504, %v1034 fastmath<contract> : f32
          %v1036 = arith.mulf %v1006, %v509 fastmath<contract> : f32
          %v1037 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1036) : (f32) -> f32
          %v1038 = arith.mulf %v1037, %v512 fastmath<contract> : f32
          %v1039 = arith.subf %v1006, %v1038 fastmath<contract> : f32
          %v1040 = arith.mulf %v1037, %v513 fastmath<contract> : f32
          %v1041 = arith.subf %v1039, %v1040 fastmath<contract> : f32
          %v1042 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1041) : (f32) -> f32
          %v1043 = arith.negf %v1042 : f32
          %v1044 = arith.mulf %v252, %v1043 fastmath<contract> : f32
          %v1045 = arith.mulf %v1044, %v1004 fastmath<contract> : f32
          %v1046 = llvm.load %v8 : !llvm.ptr -> f32
          %v1047 = arith.mulf %v504, %v1046 fastmath<contract> : f32
          %v1048 = arith.addf %v1047, %v1045 fastmath<contract> : f32
          %v1049 = llvm.load %v13 : !llvm.ptr -> f32
          %v1050 = arith.mulf %v504, %v1049 fastmath<contract> : f32
          %v1051 = arith.mulf %v1021, %v509 fastmath<contract> : f32
          %v1052 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1051) : (f32) -> f32
          %v1053 = arith.mulf %v1052, %v512 fastmath<contract> : f32
          %v1054 = arith.subf %v1021, %v1053 fastmath<contract> : f32
          %v1055 = arith.mulf %v1052, %v513 fastmath<contract> : f32
          %v1056 = arith.subf %v1054, %v1055 fastmath<contract> : f32
          %v1057 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1056) : (f32) -> f32
          %v1058 = arith.negf %v1057 : f32
          %v1059 = arith.mulf %v263, %v1058 fastmath<contract> : f32
          %v1060 = arith.mulf %v1059, %v1004 fastmath<contract> : f32
          %v1061 = llvm.load %v9 : !llvm.ptr -> f32
          %v1062 = arith.mulf %v504, %v1061 fastmath<contract> : f32
          %v1063 = arith.addf %v1062, %v1060 fastmath<contract> : f32
          %v1064 = llvm.load %v14 : !llvm.ptr -> f32
          %v1065 = arith.mulf %v504, %v1064 fastmath<contract> : f32
          %v1066 = llvm.load %v10 : !llvm.ptr -> f32
          %v1067 = arith.mulf %v44, %v1066 fastmath<contract> : f32
          %v1068 = arith.addf %v1067, %v44 fastmath<contract> : f32
          %v1069 = llvm.load %v15 : !llvm.ptr -> f32
          %v1070 = arith.mulf %v44, %v1069 fastmath<contract> : f32
          llvm.store %v1018, %v6 : f32, !llvm.ptr
          llvm.store %v1020, %v11 : f32, !llvm.ptr
          llvm.store %v1033, %v7 : f32, !llvm.ptr
          llvm.store %v1035, %v12 : f32, !llvm.ptr
          llvm.store %v1048, %v8 : f32, !llvm.ptr
          llvm.store %v1050, %v13 : f32, !llvm.ptr
          llvm.store %v1063, %v9 : f32, !llvm.ptr
          llvm.store %v1065, %v14 : f32, !llvm.ptr
          llvm.store %v1068, %v10 : f32, !llvm.ptr
          llvm.store %v1070, %v15 : f32, !llvm.ptr
          %v1071 = arith.addi %v53, %v78 : i64
          %v1072, %v1073 = gpu.shuffle idx %v451, %v465, %v496 : f32
          %v1074, %v1075 = gpu.shuffle idx %v460, %v465, %v496 : f32
          %v1076 = arith.mulf %v1072, %v507 fastmath<contract> : f32
          %v1077 = arith.mulf %v1076, %v509 fastmath<contract> : f32
          %v1078 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1077) : (f32) -> f32
          %v1079 = arith.mulf %v1078, %v512 fastmath<contract> : f32
          %v1080 = arith.subf %v1076, %v1079 fastmath<contract> : f32
          %v1081 = arith.mulf %v1078, %v513 fastmath<contract> : f32
          %v1082 = arith.subf %v1080, %v1081 fastmath<contract> : f32
          %v1083 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1082) : (f32) -> f32
          %v1084 = arith.mulf %v273, %v1083 fastmath<contract> : f32
          %v1085 = arith.mulf %v1084, %v1074 fastmath<contract> : f32
          %v1086 = llvm.load %v6 : !llvm.ptr -> f32
          %v1087 = arith.mulf %v504, %v1086 fastmath<contract> : f32
          %v1088 = arith.addf %v1087, %v1085 fastmath<contract> : f32
          %v1089 = llvm.load %v11 : !llvm.ptr -> f32
          %v1090 = arith.mulf %v504, %v1089 fastmath<contract> : f32
          %v1091 = arith.mulf %v1072, %v530 fastmath<contract> : f32
          %v1092 = arith.mulf %v1091, %v509 fastmath<contract> : f32
          %v1093 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1092) : (f32) -> f32
          %v1094 = arith.mulf %v1093, %v512 fastmath<contract> : f32
          %v1095 = arith.subf %v1091, %v1094 fastmath<contract> : f32
          %v1096 = arith.mulf %v1093, %v513 fastmath<contract> : f32
          %v1097 = arith.subf %v1095, %v1096 fastmath<contract> : f32
          %v1098 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1097) : (f32) -> f32
          %v1099 = arith.mulf %v284, %v1098 fastmath<contract> : f32
          %v1100 = arith.mulf %v1099, %v1074 fastmath<contract> : f32
          %v1101 = llvm.load %v7 : !llvm.ptr -> f32
          %v1102 = arith.mulf %v504, %v1101 fastmath<contract> : f32
          %v1103 = arith.addf %v1102, %v1100 fastmath<contract> : f32
          %v1104 = llvm.load %v12 : !llvm.ptr -> f32
          %v1105 = arith.mulf %v504, %v1104 fastmath<contract> : f32
          %v1106 = arith.mulf %v1076, %v509 fastmath<contract> : f32
          %v1107 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1106) : (f32) -> f32
          %v1108 = arith.mulf %v1107, %v512 fastmath<contract> : f32
          %v1109 = arith.subf %v1076, %v1108 fastmath<contract> : f32
          %v1110 = arith.mulf %v1107, %v513 fastmath<contract> : f32
          %v1111 = arith.subf %v1109, %v1110 fastmath<contract> : f32
          %v1112 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1111) : (f32) -> f32
          %v1113 = arith.negf %v1112 : f32
          %v1114 = arith.mulf %v273, %v1113 fastmath<contract> : f32
          %v1115 = arith.mulf %v1114, %v1074 fastmath<contract> : f32
          %v1116 = llvm.load %v8 : !llvm.ptr -> f32
          %v1117 = arith.mulf %v504, %v1116 fastmath<contract> : f32
          %v1118 = arith.addf %v1117, %v1115 fastmath<contract> : f32
          %v1119 = llvm.load %v13 : !llvm.ptr -> f32
          %v1120 = arith.mulf %v504, %v1119 fastmath<contract> : f32
          %v1121 = arith.mulf %v1091, %v509 fastmath<contract> : f32
          %v1122 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1121) : (f32) -> f32
          %v1123 = arith.mulf %v1122, %v512 fastmath<contract> : f32
          %v1124 = arith.subf %v1091, %v1123 fastmath<contract> : f32
          %v1125 = arith.mulf %v1122, %v513 fastmath<contract> : f32
          %v1126 = arith.subf %v1124, %v1125 fastmath<contract> : f32
          %v1127 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1126) : (f32) -> f32
          %v1128 = arith.negf %v1127 : f32
          %v1129 = arith.mulf %v284, %v1128 fastmath<contract> : f32
          %v1130 = arith.mulf %v1129, %v1074 fastmath<contract> : f32
          %v1131 = llvm.load %v9 : !llvm.ptr -> f32
          %v1132 = arith.mulf %v504, %v1131 fastmath<contract> : f32
          %v1133 = arith.addf %v1132, %v1130 fastmath<contract> : f32
          %v1134 = llvm.load %v14 : !llvm.ptr -> f32
          %v1135 = arith.mulf %v504, %v1134 fastmath<contract> : f32
          %v1136 = llvm.load %v10 : !llvm.ptr -> f32
          %v1137 = arith.mulf %v44, %v1136 fastmath<contract> : f32
          %v1138 = arith.addf %v1137, %v44 fastmath<contract> : f32
          %v1139 = llvm.load %v15 : !llvm.ptr -> f32
          %v1140 = arith.mulf %v44, %v1139 fastmath<contract> : f32
          llvm.store %v1088, %v6 : f32, !llvm.ptr
          llvm.store %v1090, %v11 : f32, !llvm.ptr
          llvm.store %v1103, %v7 : f32, !llvm.ptr
          llvm.store %v1105, %v12 : f32, !llvm.ptr
          llvm.store %v1118, %v8 : f32, !llvm.ptr
          llvm.store %v1120, %v13 : f32, !llvm.ptr
          llvm.store %v1133, %v9 : f32, !llvm.ptr
          llvm.store %v1135, %v14 : f32, !llvm.ptr
          llvm.store %v1138, %v10 : f32, !llvm.ptr
          llvm.store %v1140, %v15 : f32, !llvm.ptr
          %v1141 = arith.addi %v53, %v80 : i64
          %v1142, %v1143 = gpu.shuffle idx %v451, %v469, %v496 : f32
          %v1144, %v1145 = gpu.shuffle idx %v460, %v469, %v496 : f32
          %v1146 = arith.mulf %v1142, %v507 fastmath<contract> : f32
          %v1147 = arith.mulf %v1146, %v509 fastmath<contract> : f32
          %v1148 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1147) : (f32) -> f32
          %v1149 = arith.mulf %v1148, %v512 fastmath<contract> : f32
          %v1150 = arith.subf %v1146, %v1149 fastmath<contract> : f32
          %v1151 = arith.mulf %v1148, %v513 fastmath<contract> : f32
          %v1152 = arith.subf %v1150, %v1151 fastmath<contract> : f32
          %v1153 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1152) : (f32) -> f32
          %v1154 = arith.mulf %v294, %v1153 fastmath<contract> : f32
          %v1155 = arith.mulf %v1154, %v1144 fastmath<contract> : f32
          %v1156 = llvm.load %v6 : !llvm.ptr -> f32
          %v1157 = arith.mulf %v504, %v1156 fastmath<contract> : f32
          %v1158 = arith.addf %v1157, %v1155 fastmath<contract> : f32
          %v1159 = llvm.load %v11 : !llvm.ptr -> f32
          %v1160 = arith.mulf %v504, %v1159 fastmath<contract> : f32
          %v1161 = arith.mulf %v1142, %v530 fastmath<contract> : f32
          %v1162 = arith.mulf %v1161, %v509 fastmath<contract> : f32
          %v1163 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1162) : (f32) -> f32
          %v1164 = arith.mulf %v1163, %v512 fastmath<contract> : f32
          %v1165 = arith.subf %v1161, %v1164 fastmath<contract> : f32
          %v1166 = arith.mulf %v1163, %v513 fastmath<contract> : f32
          %v1167 = arith.subf %v1165, %v1166 fastmath<contract> : f32
          %v1168 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1167) : (f32) -> f32
          %v1169 = arith.mulf %v305, %v1168 fastmath<contract> : f32
          %v1170 = arith.mulf %v1169, %v1144 fastmath<contract> : f32
          %v1171 = llvm.load %v7 : !llvm.ptr -> f32
          %v1172 = arith.mulf %v504, %v1171 fastmath<contract> : f32
          %v1173 = arith.addf %v1172, %v1170 fastmath<contract> : f32
          %v1174 = llvm.load %v12 : !llvm.ptr -> f32
          %v1175 = arith.mulf %v504, %v1174 fastmath<contract> : f32
          %v1176 = arith.mulf %v1146, %v509 fastmath<contract> : f32
          %v1177 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1176) : (f32) -> f32
          %v1178 = arith.mulf %v1177, %v512 fastmath<contract> : f32
          %v1179 = arith.subf %v1146, %v1178 fastmath<contract> : f32
          %v1180 = arith.mulf %v1177, %v513 fastmath<contract> : f32
          %v1181 = arith.subf %v1179, %v1180 fastmath<contract> : f32
          %v1182 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1181) : (f32) -> f32
          %v1183 = arith.negf %v1182 : f32
          %v1184 = arith.mulf %v294, %v1183 fastmath<contract> : f32
          %v1185 = arith.mulf %v1184, %v1144 fastmath<contract> : f32
          %v1186 = llvm.load %v8 : !llvm.ptr -> f32
          %v1187 = arith.mulf %v504, %v1186 fastmath<contract> : f32
          %v1188 = arith.addf %v1187, %v1185 fastmath<contract> : f32
          %v1189 = llvm.load %v13 : !llvm.ptr -> f32
          %v1190 = arith.mulf %v504, %v1189 fastmath<contract> : f32
          %v1191 = arith.mulf %v1161, %v509 fastmath<contract> : f32
          %v1192 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1191) : (f32) -> f32
          %v1193 = arith.mulf %v1192, %v512 fastmath<contract> : f32
          %v1194 = arith.subf %v1161, %v1193 fastmath<contract> : f32
          %v1195 = arith.mulf %v1192, %v513 fastmath<contract> : f32
          %v1196 = arith.subf %v1194, %v1195 fastmath<contract> : f32
          %v1197 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1196) : (f32) -> f32
          %v1198 = arith.negf %v1197 : f32
          %v1199 = arith.mulf %v305, %v1198 fastmath<contract> : f32
          %v1200 = arith.mulf %v1199, %v1144 fastmath<contract> : f32
          %v1201 = llvm.load %v9 : !llvm.ptr -> f32
          %v1202 = arith.mulf %v504, %v1201 fastmath<contract> : f32
          %v1203 = arith.addf %v1202, %v1200 fastmath<contract> : f32
          %v1204 = llvm.load %v14 : !llvm.ptr -> f32
          %v1205 = arith.mulf %v504, %v1204 fastmath<contract> : f32
          %v1206 = llvm.load %v10 : !llvm.ptr -> f32
          %v1207 = arith.mulf %v44, %v1206 fastmath<contract> : f32
          %v1208 = arith.addf %v1207, %v44 fastmath<contract> : f32
          %v1209 = llvm.load %v15 : !llvm.ptr -> f32
          %v1210 = arith.mulf %v44, %v1209 fastmath<contract> : f32
          llvm.store %v1158, %v6 : f32, !llvm.ptr
          llvm.store %v1160, %v11 : f32, !llvm.ptr
          llvm.store %v1173, %v7 : f32, !llvm.ptr
          llvm.store %v1175, %v12 : f32, !llvm.ptr
          llvm.store %v1188, %v8 : f32, !llvm.ptr
          llvm.store %v1190, %v13 : f32, !llvm.ptr
          llvm.store %v1203, %v9 : f32, !llvm.ptr
          llvm.store %v1205, %v14 : f32, !llvm.ptr
          llvm.store %v1208, %v10 : f32, !llvm.ptr
          llvm.store %v1210, %v15 : f32, !llvm.ptr
          %v1211 = arith.addi %v53, %v82 : i64
          %v1212, %v1213 = gpu.shuffle idx %v451, %v473, %v496 : f32
          %v1214, %v1215 = gpu.shuffle idx %v460, %v473, %v496 : f32
          %v1216 = arith.mulf %v1212, %v507 fastmath<contract> : f32
          %v1217 = arith.mulf %v1216, %v509 fastmath<contract> : f32
          %v1218 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1217) : (f32) -> f32
          %v1219 = arith.mulf %v1218, %v512 fastmath<contract> : f32
          %v1220 = arith.subf %v1216, %v1219 fastmath<contract> : f32
          %v1221 = arith.mulf %v1218, %v513 fastmath<contract> : f32
          %v1222 = arith.subf %v1220, %v1221 fastmath<contract> : f32
          %v1223 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1222) : (f32) -> f32
          %v1224 = arith.mulf %v315, %v1223 fastmath<contract> : f32
          %v1225 = arith.mulf %v1224, %v1214 fastmath<contract> : f32
          %v1226 = llvm.load %v6 : !llvm.ptr -> f32
          %v1227 = arith.mulf %v504, %v1226 fastmath<contract> : f32
          %v1228 = arith.addf %v1227, %v1225 fastmath<contract> : f32
          %v1229 = llvm.load %v11 : !llvm.ptr -> f32
          %v1230 = arith.mulf %v504, %v1229 fastmath<contract> : f32
          %v1231 = arith.mulf %v1212, %v530 fastmath<contract> : f32
          %v1232 = arith.mulf %v1231, %v509 fastmath<contract> : f32
          %v1233 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1232) : (f32) -> f32
          %v1234 = arith.mulf %v1233, %v512 fastmath<contract> : f32
          %v1235 = arith.subf %v1231, %v1234 fastmath<contract> : f32
          %v1236 = arith.mulf %v1233, %v513 fastmath<contract> : f32
          %v1237 = arith.subf %v1235, %v1236 fastmath<contract> : f32
          %v1238 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1237) : (f32) -> f32
          %v1239 = arith.mulf %v326, %v1238 fastmath<contract> : f32
          %v1240 = arith.mulf %v1239, %v1214 fastmath<contract> : f32
          %v1241 = llvm.load %v7 : !llvm.ptr -> f32
          %v1242 = arith.mulf %v504, %v1241 fastmath<contract> : f32
          %v1243 = arith.addf %v1242, %v1240 fastmath<contract> : f32
          %v1244 = llvm.load %v12 : !llvm.ptr -> f32
          %v1245 = arith.mulf %v504, %v1244 fastmath<contract> : f32
          %v1246 = arith.mulf %v1216, %v509 fastmath<contract> : f32
          %v1247 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1246) : (f32) -> f32
          %v1248 = arith.mulf %v1247, %v512 fastmath<contract> : f32
          %v1249 = arith.subf %v1216, %v1248 fastmath<contract> : f32
          %v1250 = arith.mulf %v1247, %v513 fastmath<contract> : f32
          %v1251 = arith.subf %v1249, %v1250 fastmath<contract> : f32
          %v1252 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1251) : (f32) -> f32
          %v1253 = arith.negf %v1252 : f32
          %v1254 = arith.mulf %v315, %v1253 fastmath<contract> : f32
          %v1255 = arith.mulf %v1254, %v1214 fastmath<contract> : f32
          %v1256 = llvm.load %v8 : !llvm.ptr -> f32
          %v1257 = arith.mulf %v504, %v1256 fastmath<contract> : f32
          %v1258 = arith.addf %v1257, %v1255 fastmath<contract> : f32
          %v1259 = llvm.load %v13 : !llvm.ptr -> f32
          %v1260 = arith.mulf %v504, %v1259 fastmath<contract> : f32
          %v1261 = arith.mulf %v1231, %v509 fastmath<contract> : f32
          %v1262 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1261) : (f32) -> f32
          %v1263 = arith.mulf %v1262, %v512 fastmath<contract> : f32
          %v1264 = arith.subf %v1231, %v1263 fastmath<contract> : f32
          %v1265 = arith.mulf %v1262, %v513 fastmath<contract> : f32
          %v1266 = arith.subf %v1264, %v1265 fastmath<contract> : f32
          %v1267 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1266) : (f32) -> f32
          %v1268 = arith.negf %v1267 : f32
          %v1269 = arith.mulf %v326, %v1268 fastmath<contract> : f32
          %v1270 = arith.mulf %v1269, %v1214 fastmath<contract> : f32
          %v1271 = llvm.load %v9 : !llvm.ptr -> f32
          %v1272 = arith.mulf %v504, %v1271 fastmath<contract> : f32
          %v1273 = arith.addf %v1272, %v1270 fastmath<contract> : f32
          %v1274 = llvm.load %v14 : !llvm.ptr -> f32
          %v1275 = arith.mulf %v504, %v1274 fastmath<contract> : f32
          %v1276 = llvm.load %v10 : !llvm.ptr -> f32
          %v1277 = arith.mulf %v44, %v1276 fastmath<contract> : f32
          %v1278 = arith.addf %v1277, %v44 fastmath<contract> : f32
          %v1279 = llvm.load %v15 : !llvm.ptr -> f32
          %v1280 = arith.mulf %v44, %v1279 fastmath<contract> : f32
          llvm.store %v1228, %v6 : f32, !llvm.ptr
          llvm.store %v1230, %v11 : f32, !llvm.ptr
          llvm.store %v1243, %v7 : f32, !llvm.ptr
          llvm.store %v1245, %v12 : f32, !llvm.ptr
          llvm.store %v1258, %v8 : f32, !llvm.ptr
          llvm.store %v1260, %v13 : f32, !llvm.ptr
          llvm.store %v1273, %v9 : f32, !llvm.ptr
          llvm.store %v1275, %v14 : f32, !llvm.ptr
          llvm.store %v1278, %v10 : f32, !llvm.ptr
          llvm.store %v1280, %v15 : f32, !llvm.ptr
          %v1281 = arith.addi %v53, %v84 : i64
          %v1282, %v1283 = gpu.shuffle idx %v451, %v477, %v496 : f32
          %v1284, %v1285 = gpu.shuffle idx %v460, %v477, %v496 : f32
          %v1286 = arith.mulf %v1282, %v507 fastmath<contract> : f32
          %v1287 = arith.mulf %v1286, %v509 fastmath<contract> : f32
          %v1288 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1287) : (f32) -> f32
          %v1289 = arith.mulf %v1288, %v512 fastmath<contract> : f32
          %v1290 = arith.subf %v1286, %v1289 fastmath<contract> : f32
          %v1291 = arith.mulf %v1288, %v513 fastmath<contract> : f32
          %v1292 = arith.subf %v1290, %v1291 fastmath<contract> : f32
          %v1293 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1292) : (f32) -> f32
          %v1294 = arith.mulf %v336, %v1293 fastmath<contract> : f32
          %v1295 = arith.mulf %v1294, %v1284 fastmath<contract> : f32
          %v1296 = llvm.load %v6 : !llvm.ptr -> f32
          %v1297 = arith.mulf %v504, %v1296 fastmath<contract> : f32
          %v1298 = arith.addf %v1297, %v1295 fastmath<contract> : f32
          %v1299 = llvm.load %v11 : !llvm.ptr -> f32
          %v1300 = arith.mulf %v504, %v1299 fastmath<contract> : f32
          %v1301 = arith.mulf %v1282, %v530 fastmath<contract> : f32
          %v1302 = arith.mulf %v1301, %v509 fastmath<contract> : f32
          %v1303 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1302) : (f32) -> f32
          %v1304 = arith.mulf %v1303, %v512 fastmath<contract> : f32
          %v1305 = arith.subf %v1301, %v1304 fastmath<contract> : f32
          %v1306 = arith.mulf %v1303, %v513 fastmath<contract> : f32
          %v1307 = arith.subf %v1305, %v1306 fastmath<contract> : f32
          %v1308 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1307) : (f32) -> f32
          %v1309 = arith.mulf %v347, %v1308 fastmath<contract> : f32
          %v1310 = arith.mulf %v1309, %v1284 fastmath<contract> : f32
          %v1311 = llvm.load %v7 : !llvm.ptr -> f32
          %v1312 = arith.mulf %v504, %v1311 fastmath<contract> : f32
          %v1313 = arith.addf %v1312, %v1310 fastmath<contract> : f32
          %v1314 = llvm.load %v12 : !llvm.ptr -> f32
          %v1315 = arith.mulf %v504, %v1314 fastmath<contract> : f32
          %v1316 = arith.mulf %v1286, %v509 fastmath<contract> : f32
          %v1317 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1316) : (f32) -> f32
          %v1318 = arith.mulf %v1317, %v512 fastmath<contract> : f32
          %v1319 = arith.subf %v1286, %v1318 fastmath<contract> : f32
          %v1320 = arith.mulf %v1317, %v513 fastmath<contract> : f32
          %v1321 = arith.subf %v1319, %v1320 fastmath<contract> : f32
          %v1322 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1321) : (f32) -> f32
          %v1323 = arith.negf %v1322 : f32
          %v1324 = arith.mulf %v336, %v1323 fastmath<contract> : f32
          %v1325 = arith.mulf %v1324, %v1284 fastmath<contract> : f32
          %v1326 = llvm.load %v8 : !llvm.ptr -> f32
          %v1327 = arith.mulf %v504, %v1326 fastmath<contract> : f32
          %v1328 = arith.addf %v1327, %v1325 fastmath<contract> : f32
          %v1329 = llvm.load %v13 : !llvm.ptr -> f32
          %v1330 = arith.mulf %v504, %v1329 fastmath<contract> : f32
          %v1331 = arith.mulf %v1301, %v509 fastmath<contract> : f32
          %v1332 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1331) : (f32) -> f32
          %v1333 = arith.mulf %v1332, %v512 fastmath<contract> : f32
          %v1334 = arith.subf %v1301, %v1333 fastmath<contract> : f32
          %v1335 = arith.mulf %v1332, %v513 fastmath<contract> : f32
          %v1336 = arith.subf %v1334, %v1335 fastmath<contract> : f32
          %v1337 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1336) : (f32) -> f32
          %v1338 = arith.negf %v1337 : f32
          %v1339 = arith.mulf %v347, %v1338 fastmath<contract> : f32
          %v1340 = arith.mulf %v1339, %v1284 fastmath<contract> : f32
          %v1341 = llvm.load %v9 : !llvm.ptr -> f32
          %v1342 = arith.mulf %v504, %v1341 fastmath<contract> : f32
          %v1343 = arith.addf %v1342, %v1340 fastmath<contract> : f32
          %v1344 = llvm.load %v14 : !llvm.ptr -> f32
          %v1345 = arith.mulf %v504, %v1344 fastmath<contract> : f32
          %v1346 = llvm.load %v10 : !llvm.ptr -> f32
          %v1347 = arith.mulf %v44, %v1346 fastmath<contract> : f32
          %v1348 = arith.addf %v1347, %v44 fastmath<contract> : f32
          %v1349 = llvm.load %v15 : !llvm.ptr -> f32
          %v1350 = arith.mulf %v44, %v1349 fastmath<contract> : f32
          llvm.store %v1298, %v6 : f32, !llvm.ptr
          llvm.store %v1300, %v11 : f32, !llvm.ptr
          llvm.store %v1313, %v7 : f32, !llvm.ptr
          llvm.store %v1315, %v12 : f32, !llvm.ptr
          llvm.store %v1328, %v8 : f32, !llvm.ptr
          llvm.store %v1330, %v13 : f32, !llvm.ptr
          llvm.store %v1343, %v9 : f32, !llvm.ptr
          llvm.store %v1345, %v14 : f32, !llvm.ptr
          llvm.store %v1348, %v10 : f32, !llvm.ptr
          llvm.store %v1350, %v15 : f32, !llvm.ptr
          %v1351 = arith.addi %v53, %v86 : i64
          %v1352, %v1353 = gpu.shuffle idx %v451, %v481, %v496 : f32
          %v1354, %v1355 = gpu.shuffle idx %v460, %v481, %v496 : f32
          %v1356 = arith.mulf %v1352, %v507 fastmath<contract> : f32
          %v1357 = arith.mulf %v1356, %v509 fastmath<contract> : f32
          %v1358 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1357) : (f32) -> f32
          %v1359 = arith.mulf %v1358, %v512 fastmath<contract> : f32
          %v1360 = arith.subf %v1356, %v1359 fastmath<contract> : f32
          %v1361 = arith.mulf %v1358, %v513 fastmath<contract> : f32
          %v1362 = arith.subf %v1360, %v1361 fastmath<contract> : f32
          %v1363 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1362) : (f32) -> f32
          %v1364 = arith.mulf %v357, %v1363 fastmath<contract> : f32
          %v1365 = arith.mulf %v1364, %v1354 fastmath<contract> : f32
          %v1366 = llvm.load %v6 : !llvm.ptr -> f32
          %v1367 = arith.mulf %v504, %v1366 fastmath<contract> : f32
          %v1368 = arith.addf %v1367, %v1365 fastmath<contract> : f32
          %v1369 = llvm.load %v11 : !llvm.ptr -> f32
          %v1370 = arith.mulf %v504, %v1369 fastmath<contract> : f32
          %v1371 = arith.mulf %v1352, %v530 fastmath<contract> : f32
          %v1372 = arith.mulf %v1371, %v509 fastmath<contract> : f32
          %v1373 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1372) : (f32) -> f32
          %v1374 = arith.mulf %v1373, %v512 fastmath<contract> : f32
          %v1375 = arith.subf %v1371, %v1374 fastmath<contract> : f32
          %v1376 = arith.mulf %v1373, %v513 fastmath<contract> : f32
          %v1377 = arith.subf %v1375, %v1376 fastmath<contract> : f32
          %v1378 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1377) : (f32) -> f32
          %v1379 = arith.mulf %v368, %v1378 fastmath<contract> : f32
          %v1380 = arith.mulf %v1379, %v1354 fastmath<contract> : f32
          %v1381 = llvm.load %v7 : !llvm.ptr -> f32
          %v1382 = arith.mulf %v504, %v1381 fastmath<contract> : f32
          %v1383 = arith.addf %v1382, %v1380 fastmath<contract> : f32
          %v1384 = llvm.load %v12 : !llvm.ptr -> f32
          %v1385 = arith.mulf %v504, %v1384 fastmath<contract> : f32
          %v1386 = arith.mulf %v1356, %v509 fastmath<contract> : f32
          %v1387 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1386) : (f32) -> f32
          %v1388 = arith.mulf %v1387, %v512 fastmath<contract> : f32
          %v1389 = arith.subf %v1356, %v1388 fastmath<contract> : f32
          %v1390 = arith.mulf %v1387, %v513 fastmath<contract> : f32
          %v1391 = arith.subf %v1389, %v1390 fastmath<contract> : f32
          %v1392 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1391) : (f32) -> f32
          %v1393 = arith.negf %v1392 : f32
          %v1394 = arith.mulf %v357, %v1393 fastmath<contract> : f32
          %v1395 = arith.mulf %v1394, %v1354 fastmath<contract> : f32
          %v1396 = llvm.load %v8 : !llvm.ptr -> f32
          %v1397 = arith.mulf %v504, %v1396 fastmath<contract> : f32
          %v1398 = arith.addf %v1397, %v1395 fastmath<contract> : f32
          %v1399 = llvm.load %v13 : !llvm.ptr -> f32
          %v1400 = arith.mulf %v504, %v1399 fastmath<contract> : f32
          %v1401 = arith.mulf %v1371, %v509 fastmath<contract> : f32
          %v1402 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1401) : (f32) -> f32
          %v1403 = arith.mulf %v1402, %v512 fastmath<contract> : f32
          %v1404 = arith.subf %v1371, %v1403 fastmath<contract> : f32
          %v1405 = arith.mulf %v1402, %v513 fastmath<contract> : f32
          %v1406 = arith.subf %v1404, %v1405 fastmath<contract> : f32
          %v1407 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1406) : (f32) -> f32
          %v1408 = arith.negf %v1407 : f32
          %v1409 = arith.mulf %v368, %v1408 fastmath<contract> : f32
          %v1410 = arith.mulf %v1409, %v1354 fastmath<contract> : f32
          %v1411 = llvm.load %v9 : !llvm.ptr -> f32
          %v1412 = arith.mulf %v504, %v1411 fastmath<contract> : f32
          %v1413 = arith.addf %v1412, %v1410 fastmath<contract> : f32
          %v1414 = llvm.load %v14 : !llvm.ptr -> f32
          %v1415 = arith.mulf %v504, %v1414 fastmath<contract> : f32
          %v1416 = llvm.load %v10 : !llvm.ptr -> f32
          %v1417 = arith.mulf %v44, %v1416 fastmath<contract> : f32
          %v1418 = arith.addf %v1417, %v44 fastmath<contract> : f32
          %v1419 = llvm.load %v15 : !llvm.ptr -> f32
          %v1420 = arith.mulf %v44, %v1419 fastmath<contract> : f32
          llvm.store %v1368, %v6 : f32, !llvm.ptr
          llvm.store %v1370, %v11 : f32, !llvm.ptr
          llvm.store %v1383, %v7 : f32, !llvm.ptr
          llvm.store %v1385, %v12 : f32, !llvm.ptr
          llvm.store %v1398, %v8 : f32, !llvm.ptr
          llvm.store %v1400, %v13 : f32, !llvm.ptr
          llvm.store %v1413, %v9 : f32, !llvm.ptr
          llvm.store %v1415, %v14 : f32, !llvm.ptr
          llvm.store %v1418, %v10 : f32, !llvm.ptr
          llvm.store %v1420, %v15 : f32, !llvm.ptr
          %v1421 = arith.addi %v53, %v88 : i64
          %v1422, %v1423 = gpu.shuffle idx %v451, %v485, %v496 : f32
          %v1424, %v1425 = gpu.shuffle idx %v460, %v485, %v496 : f32
          %v1426 = arith.mulf %v1422, %v507 fastmath<contract> : f32
          %v1427 = arith.mulf %v1426, %v509 fastmath<contract> : f32
          %v1428 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1427) : (f32) -> f32
          %v1429 = arith.mulf %v1428, %v512 fastmath<contract> : f32
          %v1430 = arith.subf %v1426, %v1429 fastmath<contract> : f32
          %v1431 = arith.mulf %v1428, %v513 fastmath<contract> : f32
          %v1432 = arith.subf %v1430, %v1431 fastmath<contract> : f32
          %v1433 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1432) : (f32) -> f32
          %v1434 = arith.mulf %v378, %v1433 fastmath<contract> : f32
          %v1435 = arith.mulf %v1434, %v1424 fastmath<contract> : f32
          %v1436 = llvm.load %v6 : !llvm.ptr -> f32
          %v1437 = arith.mulf %v504, %v1436 fastmath<contract> : f32
          %v1438 = arith.addf %v1437, %v1435 fastmath<contract> : f32
          %v1439 = llvm.load %v11 : !llvm.ptr -> f32
          %v1440 = arith.mulf %v504, %v1439 fastmath<contract> : f32
          %v1441 = arith.mulf %v1422, %v530 fastmath<contract> : f32
          %v1442 = arith.mulf %v1441, %v509 fastmath<contract> : f32
          %v1443 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1442) : (f32) -> f32
          %v1444 = arith.mulf %v1443, %v512 fastmath<contract> : f32
          %v1445 = arith.subf %v1441, %v1444 fastmath<contract> : f32
          %v1446 = arith.mulf %v1443, %v513 fastmath<contract> : f32
          %v1447 = arith.subf %v1445, %v1446 fastmath<contract> : f32
          %v1448 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1447) : (f32) -> f32
          %v1449 = arith.mulf %v389, %v1448 fastmath<contract> : f32
          %v1450 = arith.mulf %v1449, %v1424 fastmath<contract> : f32
          %v1451 = llvm.load %v7 : !llvm.ptr -> f32
          %v1452 = arith.mulf %v504, %v1451 fastmath<contract> : f32
          %v1453 = arith.addf %v1452, %v1450 fastmath<contract> : f32
          %v1454 = llvm.load %v12 : !llvm.ptr -> f32
          %v1455 = arith.mulf %v504, %v1454 fastmath<contract> : f32
          %v1456 = arith.mulf %v1426, %v509 fastmath<contract> : f32
          %v1457 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1456) : (f32) -> f32
          %v1458 = arith.mulf %v1457, %v512 fastmath<contract> : f32
          %v1459 = arith.subf %v1426, %v1458 fastmath<contract> : f32
          %v1460 = arith.mulf %v1457, %v513 fastmath<contract> : f32
          %v1461 = arith.subf %v1459, %v1460 fastmath<contract> : f32
          %v1462 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1461) : (f32) -> f32
          %v1463 = arith.negf %v1462 : f32
          %v1464 = arith.mulf %v378, %v1463 fastmath<contract> : f32
          %v1465 = arith.mulf %v1464, %v1424 fastmath<contract> : f32
          %v1466 = llvm.load %v8 : !llvm.ptr -> f32
          %v1467 = arith.mulf %v504, %v1466 fastmath<contract> : f32
          %v1468 = arith.addf %v1467, %v1465 fastmath<contract> : f32
          %v1469 = llvm.load %v13 : !llvm.ptr -> f32
          %v1470 = arith.mulf %v504, %v1469 fastmath<contract> : f32
          %v1471 = arith.mulf %v1441, %v509 fastmath<contract> : f32
          %v1472 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1471) : (f32) -> f32
          %v1473 = arith.mulf %v1472, %v512 fastmath<contract> : f32
          %v1474 = arith.subf %v1441, %v1473 fastmath<contract> : f32
          %v1475 = arith.mulf %v1472, %v513 fastmath<contract> : f32
          %v1476 = arith.subf %v1474, %v1475 fastmath<contract> : f32
          %v1477 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1476) : (f32) -> f32
          %v1478 = arith.negf %v1477 : f32
          %v1479 = arith.mulf %v389, %v1478 fastmath<contract> : f32
          %v1480 = arith.mulf %v1479, %v1424 fastmath<contract> : f32
          %v1481 = llvm.load %v9 : !llvm.ptr -> f32
          %v1482 = arith.mulf %v504, %v1481 fastmath<contract> : f32
          %v1483 = arith.addf %v1482, %v1480 fastmath<contract> : f32
          %v1484 = llvm.load %v14 : !llvm.ptr -> f32
          %v1485 = arith.mulf %v504, %v1484 fastmath<contract> : f32
          %v1486 = llvm.load %v10 : !llvm.ptr -> f32
          %v1487 = arith.mulf %v44, %v1486 fastmath<contract> : f32
          %v1488 = arith.addf %v1487, %v44 fastmath<contract> : f32
          %v1489 = llvm.load %v15 : !llvm.ptr -> f32
          %v1490 = arith.mulf %v44, %v1489 fastmath<contract> : f32
          llvm.store %v1438, %v6 : f32, !llvm.ptr
          llvm.store %v1440, %v11 : f32, !llvm.ptr
          llvm.store %v1453, %v7 : f32, !llvm.ptr
          llvm.store %v1455, %v12 : f32, !llvm.ptr
          llvm.store %v1468, %v8 : f32, !llvm.ptr
          llvm.store %v1470, %v13 : f32, !llvm.ptr
          llvm.store %v1483, %v9 : f32, !llvm.ptr
          llvm.store %v1485, %v14 : f32, !llvm.ptr
          llvm.store %v1488, %v10 : f32, !llvm.ptr
          llvm.store %v1490, %v15 : f32, !llvm.ptr
          %v1491 = arith.addi %v53, %v90 : i64
          %v1492, %v1493 = gpu.shuffle idx %v451, %v489, %v496 : f32
          %v1494, %v1495 = gpu.shuffle idx %v460, %v489, %v496 : f32
          %v1496 = arith.mulf %v1492, %v507 fastmath<contract> : f32
          %v1497 = arith.mulf %v1496, %v509 fastmath<contract> : f32
          %v1498 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1497) : (f32) -> f32
          %v1499 = arith.mulf %v1498, %v512 fastmath<contract> : f32
          %v1500 = arith.subf %v1496, %v1499 fastmath<contract> : f32
          %v1501 = arith.mulf %v1498, %v513 fastmath<contract> : f32
          %v1502 = arith.subf %v1500, %v1501 fastmath<contract> : f32
          %v1503 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1502) : (f32) -> f32
          %v1504 = arith.mulf %v399, %v1503 fastmath<contract> : f32
          %v1505 = arith.mulf %v1504, %v1494 fastmath<contract> : f32
          %v1506 = llvm.load %v6 : !llvm.ptr -> f32
          %v1507 = arith.mulf %v504, %v1506 fastmath<contract> : f32
          %v1508 = arith.addf %v1507, %v1505 fastmath<contract> : f32
          %v1509 = llvm.load %v11 : !llvm.ptr -> f32
          %v1510 = arith.mulf %v504, %v1509 fastmath<contract> : f32
          %v1511 = arith.mulf %v1492, %v530 fastmath<contract> : f32
          %v1512 = arith.mulf %v1511, %v509 fastmath<contract> : f32
          %v1513 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1512) : (f32) -> f32
          %v1514 = arith.mulf %v1513, %v512 fastmath<contract> : f32
          %v1515 = arith.subf %v1511, %v1514 fastmath<contract> : f32
          %v1516 = arith.mulf %v1513, %v513 fastmath<contract> : f32
          %v1517 = arith.subf %v1515, %v1516 fastmath<contract> : f32
          %v1518 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1517) : (f32) -> f32
          %v1519 = arith.mulf %v410, %v1518 fastmath<contract> : f32
          %v1520 = arith.mulf %v1519, %v1494 fastmath<contract> : f32
          %v1521 = llvm.load %v7 : !llvm.ptr -> f32
          %v1522 = arith.mulf %v504, %v1521 fastmath<contract> : f32
          %v1523 = arith.addf %v1522, %v1520 fastmath<contract> : f32
          %v1524 = llvm.load %v12 : !llvm.ptr -> f32
          %v1525 = arith.mulf %v504, %v1524 fastmath<contract> : f32
          %v1526 = arith.mulf %v1496, %v509 fastmath<contract> : f32
          %v1527 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1526) : (f32) -> f32
          %v1528 = arith.mulf %v1527, %v512 fastmath<contract> : f32
          %v1529 = arith.subf %v1496, %v1528 fastmath<contract> : f32
          %v1530 = arith.mulf %v1527, %v513 fastmath<contract> : f32
          %v1531 = arith.subf %v1529, %v1530 fastmath<contract> : f32
          %v1532 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1531) : (f32) -> f32
          %v1533 = arith.negf %v1532 : f32
          %v1534 = arith.mulf %v399, %v1533 fastmath<contract> : f32
          %v1535 = arith.mulf %v1534, %v1494 fastmath<contract> : f32
          %v1536 = llvm.load %v8 : !llvm.ptr -> f32
          %v1537 = arith.mulf %v504, %v1536 fastmath<contract> : f32
          %v1538 = arith.addf %v1537, %v1535 fastmath<contract> : f32
          %v1539 = llvm.load %v13 : !llvm.ptr -> f32
          %v1540 = arith.mulf %v504, %v1539 fastmath<contract> : f32
          %v1541 = arith.mulf %v1511, %v509 fastmath<contract> : f32
          %v1542 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1541) : (f32) -> f32
          %v1543 = arith.mulf %v1542, %v512 fastmath<contract> : f32
          %v1544 = arith.subf %v1511, %v1543 fastmath<contract> : f32
          %v1545 = arith.mulf %v1542, %v513 fastmath<contract> : f32
          %v1546 = arith.subf %v1544, %v1545 fastmath<contract> : f32
          %v1547 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1546) : (f32) -> f32
          %v1548 = arith.negf %v1547 : f32
          %v1549 = arith.mulf %v410, %v1548 fastmath<contract> : f32
          %v1550 = arith.mulf %v1549, %v1494 fastmath<contract> : f32
          %v1551 = llvm.load %v9 : !llvm.ptr -> f32
          %v1552 = arith.mulf %v504, %v1551 fastmath<contract> : f32
          %v1553 = arith.addf %v1552, %v1550 fastmath<contract> : f32
          %v1554 = llvm.load %v14 : !llvm.ptr -> f32
          %v1555 = arith.mulf %v504, %v1554 fastmath<contract> : f32
          %v1556 = llvm.load %v10 : !llvm.ptr -> f32
          %v1557 = arith.mulf %v44, %v1556 fastmath<contract> : f32
          %v1558 = arith.addf %v1557, %v44 fastmath<contract> : f32
          %v1559 = llvm.load %v15 : !llvm.ptr -> f32
          %v1560 = arith.mulf %v44, %v1559 fastmath<contract> : f32
          llvm.store %v1508, %v6 : f32, !llvm.ptr
          llvm.store %v1510, %v11 : f32, !llvm.ptr
          llvm.store %v1523, %v7 : f32, !llvm.ptr
          llvm.store %v1525, %v12 : f32, !llvm.ptr
          llvm.store %v1538, %v8 : f32, !llvm.ptr
          llvm.store %v1540, %v13 : f32, !llvm.ptr
          llvm.store %v1553, %v9 : f32, !llvm.ptr
          llvm.store %v1555, %v14 : f32, !llvm.ptr
          llvm.store %v1558, %v10 : f32, !llvm.ptr
          llvm.store %v1560, %v15 : f32, !llvm.ptr
          %v1561 = arith.addi %v53, %v92 : i64
          %v1562, %v1563 = gpu.shuffle idx %v451, %v493, %v496 : f32
          %v1564, %v1565 = gpu.shuffle idx %v460, %v493, %v496 : f32
          %v1566 = arith.mulf %v1562, %v507 fastmath<contract> : f32
          %v1567 = arith.mulf %v1566, %v509 fastmath<contract> : f32
          %v1568 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1567) : (f32) -> f32
          %v1569 = arith.mulf %v1568, %v512 fastmath<contract> : f32
          %v1570 = arith.subf %v1566, %v1569 fastmath<contract> : f32
          %v1571 = arith.mulf %v1568, %v513 fastmath<contract> : f32
          %v1572 = arith.subf %v1570, %v1571 fastmath<contract> : f32
          %v1573 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1572) : (f32) -> f32
          %v1574 = arith.mulf %v420, %v1573 fastmath<contract> : f32
          %v1575 = arith.mulf %v1574, %v1564 fastmath<contract> : f32
          %v1576 = llvm.load %v6 : !llvm.ptr -> f32
          %v1577 = arith.mulf %v504, %v1576 fastmath<contract> : f32
          %v1578 = arith.addf %v1577, %v1575 fastmath<contract> : f32
          %v1579 = llvm.load %v11 : !llvm.ptr -> f32
          %v1580 = arith.mulf %v504, %v1579 fastmath<contract> : f32
          %v1581 = arith.mulf %v1562, %v530 fastmath<contract> : f32
          %v1582 = arith.mulf %v1581, %v509 fastmath<contract> : f32
          %v1583 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1582) : (f32) -> f32
          %v1584 = arith.mulf %v1583, %v512 fastmath<contract> : f32
          %v1585 = arith.subf %v1581, %v1584 fastmath<contract> : f32
          %v1586 = arith.mulf %v1583, %v513 fastmath<contract> : f32
          %v1587 = arith.subf %v1585, %v1586 fastmath<contract> : f32
          %v1588 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1587) : (f32) -> f32
          %v1589 = arith.mulf %v431, %v1588 fastmath<contract> : f32
          %v1590 = arith.mulf %v1589, %v1564 fastmath<contract> : f32
          %v1591 = llvm.load %v7 : !llvm.ptr -> f32
          %v1592 = arith.mulf %v504, %v1591 fastmath<contract> : f32
          %v1593 = arith.addf %v1592, %v1590 fastmath<contract> : f32
          %v1594 = llvm.load %v12 : !llvm.ptr -> f32
          %v1595 = arith.mulf %v504, %v1594 fastmath<contract> : f32
          %v1596 = arith.mulf %v1566, %v509 fastmath<contract> : f32
          %v1597 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1596) : (f32) -> f32
          %v1598 = arith.mulf %v1597, %v512 fastmath<contract> : f32
          %v1599 = arith.subf %v1566, %v1598 fastmath<contract> : f32
          %v1600 = arith.mulf %v1597, %v513 fastmath<contract> : f32
          %v1601 = arith.subf %v1599, %v1600 fastmath<contract> : f32
          %v1602 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1601) : (f32) -> f32
          %v1603 = arith.negf %v1602 : f32
          %v1604 = arith.mulf %v420, %v1603 fastmath<contract> : f32
          %v1605 = arith.mulf %v1604, %v1564 fastmath<contract> : f32
          %v1606 = llvm.load %v8 : !llvm.ptr -> f32
          %v1607 = arith.mulf %v504, %v1606 fastmath<contract> : f32
          %v1608 = arith.addf %v1607, %v1605 fastmath<contract> : f32
          %v1609 = llvm.load %v13 : !llvm.ptr -> f32
          %v1610 = arith.mulf %v504, %v1609 fastmath<contract> : f32
          %v1611 = arith.mulf %v1581, %v509 fastmath<contract> : f32
          %v1612 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1611) : (f32) -> f32
          %v1613 = arith.mulf %v1612, %v512 fastmath<contract> : f32
          %v1614 = arith.subf %v1581, %v1613 fastmath<contract> : f32
          %v1615 = arith.mulf %v1612, %v513 fastmath<contract> : f32
          %v1616 = arith.subf %v1614, %v1615 fastmath<contract> : f32
          %v1617 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1616) : (f32) -> f32
          %v1618 = arith.negf %v1617 : f32
          %v1619 = arith.mulf %v431, %v1618 fastmath<contract> : f32
          %v1620 = arith.mulf %v1619, %v1564 fastmath<contract> : f32
          %v1621 = llvm.load %v9 : !llvm.ptr -> f32
          %v1622 = arith.mulf %v504, %v1621 fastmath<contract> : f32
          %v1623 = arith.addf %v1622, %v1620 fastmath<contract> : f32
          %v1624 = llvm.load %v14 : !llvm.ptr -> f32
          %v1625 = arith.mulf %v504, %v1624 fastmath<contract> : f32
          %v1626 = llvm.load %v10 : !llvm.ptr -> f32
          %v1627 = arith.mulf %v44, %v1626 fastmath<contract> : f32
          %v1628 = arith.addf %v1627, %v44 fastmath<contract> : f32
          %v1629 = llvm.load %v15 : !llvm.ptr -> f32
          %v1630 = arith.mulf %v44, %v1629 fastmath<contract> : f32
          llvm.store %v1578, %v6 : f32, !llvm.ptr
          llvm.store %v1580, %v11 : f32, !llvm.ptr
          llvm.store %v1593, %v7 : f32, !llvm.ptr
          llvm.store %v1595, %v12 : f32, !llvm.ptr
          llvm.store %v1608, %v8 : f32, !llvm.ptr
          llvm.store %v1610, %v13 : f32, !llvm.ptr
          llvm.store %v1623, %v9 : f32, !llvm.ptr
          llvm.store %v1625, %v14 : f32, !llvm.ptr
          llvm.store %v1628, %v10 : f32, !llvm.ptr
          llvm.store %v1630, %v15 : f32, !llvm.ptr
          %v1631 = arith.addi %v53, %v433 : i64
          %v1632 = arith.addi %v53, %v449 : i64
        }
        %v1633 = arith.muli %v57, %v1 : i64
        %v1634 = arith.index_cast %v1633 : i64 to index
        %v1635 = arith.index_cast %v55 : i64 to index
        %v1636 = arith.index_cast %v2 : i64 to index
        scf.for %v1637 = %v1634 to %v1635 step %v1636 {
          %v1638 = arith.index_cast %v1637 : index to i64
          %v1639 = arith.addi %v53, %v1638 : i64
          %v1640 = arith.muli %v41, %v96 : i64
          %v1641 = arith.muli %v1639, %v95 : i64
          %v1642 = arith.addi %v1640, %v1641 : i64
          %v1643 = arith.muli %v39, %v94 : i64
          %v1644 = arith.addi %v1642, %v1643 : i64
          %v1645 = arith.muli %v30, %v2 : i64
          %v1646 = arith.addi %v1644, %v1645 : i64
          %v1647 = llvm.getelementptr %in_k[%v1646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1648 = llvm.load %v1647 : !llvm.ptr -> f32
          %v1649 = arith.sitofp %v1639 : i64 to f32
          %v1650 = arith.mulf %v1649, %v507 fastmath<contract> : f32
          %v1651 = arith.mulf %v1650, %v509 fastmath<contract> : f32
          %v1652 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1651) : (f32) -> f32
          %v1653 = arith.mulf %v1652, %v512 fastmath<contract> : f32
          %v1654 = arith.subf %v1650, %v1653 fastmath<contract> : f32
          %v1655 = arith.mulf %v1652, %v513 fastmath<contract> : f32
          %v1656 = arith.subf %v1654, %v1655 fastmath<contract> : f32
          %v1657 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1656) : (f32) -> f32
          %v1658 = arith.mulf %v1648, %v1657 fastmath<contract> : f32
          %v1659 = arith.muli %v41, %v438 : i64
          %v1660 = arith.muli %v1639, %v437 : i64
          %v1661 = arith.addi %v1659, %v1660 : i64
          %v1662 = arith.muli %v39, %v436 : i64
          %v1663 = arith.addi %v1661, %v1662 : i64
          %v1664 = arith.muli %v37, %v2 : i64
          %v1665 = arith.addi %v1663, %v1664 : i64
          %v1666 = llvm.getelementptr %in_v[%v1665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1667 = llvm.load %v1666 : !llvm.ptr -> f32
          %v1668 = arith.mulf %v1658, %v1667 fastmath<contract> : f32
          %v1669 = llvm.load %v6 : !llvm.ptr -> f32
          %v1670 = arith.mulf %v504, %v1669 fastmath<contract> : f32
          %v1671 = arith.addf %v1670, %v1668 fastmath<contract> : f32
          %v1672 = llvm.load %v11 : !llvm.ptr -> f32
          %v1673 = arith.mulf %v504, %v1672 fastmath<contract> : f32
          %v1674 = arith.muli %v41, %v96 : i64
          %v1675 = arith.muli %v1639, %v95 : i64
          %v1676 = arith.addi %v1674, %v1675 : i64
          %v1677 = arith.muli %v39, %v94 : i64
          %v1678 = arith.addi %v1676, %v1677 : i64
          %v1679 = arith.constant 8 : i64
          %v1680 = arith.addi %v1679, %v30 : i64
          %v1681 = arith.muli %v1680, %v2 : i64
          %v1682 = arith.addi %v1678, %v1681 : i64
          %v1683 = llvm.getelementptr %in_k[%v1682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1684 = llvm.load %v1683 : !llvm.ptr -> f32
          %v1685 = arith.mulf %v1649, %v530 fastmath<contract> : f32
          %v1686 = arith.mulf %v1685, %v509 fastmath<contract> : f32
          %v1687 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1686) : (f32) -> f32
          %v1688 = arith.mulf %v1687, %v512 fastmath<contract> : f32
          %v1689 = arith.subf %v1685, %v1688 fastmath<contract> : f32
          %v1690 = arith.mulf %v1687, %v513 fastmath<contract> : f32
          %v1691 = arith.subf %v1689, %v1690 fastmath<contract> : f32
          %v1692 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1691) : (f32) -> f32
          %v1693 = arith.mulf %v1684, %v1692 fastmath<contract> : f32
          %v1694 = arith.mulf %v1693, %v1667 fastmath<contract> : f32
          %v1695 = llvm.load %v7 : !llvm.ptr -> f32
          %v1696 = arith.mulf %v504, %v1695 fastmath<contract> : f32
          %v1697 = arith.addf %v1696, %v1694 fastmath<contract> : f32
          %v1698 = llvm.load %v12 : !llvm.ptr -> f32
          %v1699 = arith.mulf %v504, %v1698 fastmath<contract> : f32
          %v1700 = arith.mulf %v1650, %v509 fastmath<contract> : f32
          %v1701 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1700) : (f32) -> f32
          %v1702 = arith.mulf %v1701, %v512 fastmath<contract> : f32
          %v1703 = arith.subf %v1650, %v1702 fastmath<contract> : f32
          %v1704 = arith.mulf %v1701, %v513 fastmath<contract> : f32
          %v1705 = arith.subf %v1703, %v1704 fastmath<contract> : f32
          %v1706 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1705) : (f32) -> f32
          %v1707 = arith.negf %v1706 : f32
          %v1708 = arith.mulf %v1648, %v1707 fastmath<contract> : f32
          %v1709 = arith.mulf %v1708, %v1667 fastmath<contract> : f32
          %v1710 = llvm.load %v8 : !llvm.ptr -> f32
          %v1711 = arith.mulf %v504, %v1710 fastmath<contract> : f32
          %v1712 = arith.addf %v1711, %v1709 fastmath<contract> : f32
          %v1713 = llvm.load %v13 : !llvm.ptr -> f32
          %v1714 = arith.mulf %v504, %v1713 fastmath<contract> : f32
          %v1715 = arith.mulf %v1685, %v509 fastmath<contract> : f32
          %v1716 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1715) : (f32) -> f32
          %v1717 = arith.mulf %v1716, %v512 fastmath<contract> : f32
          %v1718 = arith.subf %v1685, %v1717 fastmath<contract> : f32
          %v1719 = arith.mulf %v1716, %v513 fastmath<contract> : f32
          %v1720 = arith.subf %v1718, %v1719 fastmath<contract> : f32
          %v1721 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1720) : (f32) -> f32
          %v1722 = arith.negf %v1721 : f32
          %v1723 = arith.mulf %v1684, %v1722 fastmath<contract> : f32
          %v1724 = arith.mulf %v1723, %v1667 fastmath<contract> : f32
          %v1725 = llvm.load %v9 : !llvm.ptr -> f32
          %v1726 = arith.mulf %v504, %v1725 fastmath<contract> : f32
          %v1727 = arith.addf %v1726, %v1724 fastmath<contract> : f32
          %v1728 = llvm.load %v14 : !llvm.ptr -> f32
          %v1729 = arith.mulf %v504, %v1728 fastmath<contract> : f32
          %v1730 = llvm.load %v10 : !llvm.ptr -> f32
          %v1731 = arith.mulf %v44, %v1730 fastmath<contract> : f32
          %v1732 = arith.addf %v1731, %v44 fastmath<contract> : f32
          %v1733 = llvm.load %v15 : !llvm.ptr -> f32
          %v1734 = arith.mulf %v44, %v1733 fastmath<contract> : f32
          llvm.store %v1671, %v6 : f32, !llvm.ptr
          llvm.store %v1673, %v11 : f32, !llvm.ptr
          llvm.store %v1697, %v7 : f32, !llvm.ptr
          llvm.store %v1699, %v12 : f32, !llvm.ptr
          llvm.store %v1712, %v8 : f32, !llvm.ptr
          llvm.store %v1714, %v13 : f32, !llvm.ptr
          llvm.store %v1727, %v9 : f32, !llvm.ptr
          llvm.store %v1729, %v14 : f32, !llvm.ptr
          llvm.store %v1732, %v10 : f32, !llvm.ptr
          llvm.store %v1734, %v15 : f32, !llvm.ptr
        }
      }
      scf.if %v34 {
        %v1735 = arith.muli %v28, %v5 : i64
        %v1736 = arith.subi %v5, %v2 : i64
        %v1737 = arith.minsi %v33, %v1736 : i64
        %v1738 = arith.addi %v1735, %v1737 : i64
        %v1739 = arith.muli %v1738, %v1 : i64
        %v1740 = arith.addi %v1739, %v56 : i64
        %v1741 = arith.addi %v1740, %v30 : i64
        %v1742 = llvm.load %v11 : !llvm.ptr -> f32
        %v1743 = llvm.getelementptr %agga_S_re[%v1741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1742, %v1743 : f32, !llvm.ptr
        %v1744 = llvm.load %v6 : !llvm.ptr -> f32
        %v1745 = llvm.getelementptr %aggb_S_re[%v1741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1744, %v1745 : f32, !llvm.ptr
        %v1746 = arith.muli %v28, %v5 : i64
        %v1747 = arith.subi %v5, %v2 : i64
        %v1748 = arith.minsi %v33, %v1747 : i64
        %v1749 = arith.addi %v1746, %v1748 : i64
        %v1750 = arith.muli %v1749, %v1 : i64
        %v1751 = arith.addi %v1750, %v24 : i64
        %v1752 = arith.addi %v1751, %v30 : i64
        %v1753 = llvm.load %v12 : !llvm.ptr -> f32
        %v1754 = llvm.getelementptr %agga_S_re[%v1752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1753, %v1754 : f32, !llvm.ptr
        %v1755 = llvm.load %v7 : !llvm.ptr -> f32
        %v1756 = llvm.getelementptr %aggb_S_re[%v1752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1755, %v1756 : f32, !llvm.ptr
        %v1757 = arith.muli %v28, %v5 : i64
        %v1758 = arith.subi %v5, %v2 : i64
        %v1759 = arith.minsi %v33, %v1758 : i64
        %v1760 = arith.addi %v1757, %v1759 : i64
        %v1761 = arith.muli %v1760, %v1 : i64
        %v1762 = arith.addi %v1761, %v56 : i64
        %v1763 = arith.addi %v1762, %v30 : i64
        %v1764 = llvm.load %v13 : !llvm.ptr -> f32
        %v1765 = llvm.getelementptr %agga_S_im[%v1763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1764, %v1765 : f32, !llvm.ptr
        %v1766 = llvm.load %v8 : !llvm.ptr -> f32
        %v1767 = llvm.getelementptr %aggb_S_im[%v1763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1766, %v1767 : f32, !llvm.ptr
        %v1768 = arith.muli %v28, %v5 : i64
        %v1769 = arith.subi %v5, %v2 : i64
        %v1770 = arith.minsi %v33, %v1769 : i64
        %v1771 = arith.addi %v1768, %v1770 : i64
        %v1772 = arith.muli %v1771, %v1 : i64
        %v1773 = arith.addi %v1772, %v24 : i64
        %v1774 = arith.addi %v1773, %v30 : i64
        %v1775 = llvm.load %v14 : !llvm.ptr -> f32
        %v1776 = llvm.getelementptr %agga_S_im[%v1774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1775, %v1776 : f32, !llvm.ptr
        %v1777 = llvm.load %v9 : !llvm.ptr -> f32
        %v1778 = llvm.getelementptr %aggb_S_im[%v1774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1777, %v1778 : f32, !llvm.ptr
        %v1779 = arith.muli %v28, %v5 : i64
        %v1780 = arith.subi %v5, %v2 : i64
        %v1781 = arith.minsi %v33, %v1780 : i64
        %v1782 = arith.addi %v1779, %v1781 : i64
        %v1783 = arith.muli %v1782, %v2 : i64
        %v1784 = arith.addi %v1783, %v56 : i64
        %v1785 = llvm.load %v15 : !llvm.ptr -> f32
        %v1786 = llvm.getelementptr %agga_t_pos[%v1784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1785, %v1786 : f32, !llvm.ptr
        %v1787 = llvm.load %v10 : !llvm.ptr -> f32
        %v1788 = llvm.getelementptr %aggb_t_pos[%v1784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1787, %v1788 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
