module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @retention_chunk_reduce(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_theta: !llvm.ptr, %in_gamma: !llvm.ptr, %agga_S_re: !llvm.ptr, %aggb_S_re: !llvm.ptr, %agga_S_im: !llvm.ptr, %aggb_S_im: !llvm.ptr, %agga_t_pos: !llvm.ptr, %aggb_t_pos: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
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
      %v13 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v15 = arith.constant 63 : i64
      %v16 = arith.addi %size_L, %v15 : i64
      %v17 = arith.constant 64 : i64
      %v18 = arith.divui %v16, %v17 : i64
      %v23 = arith.constant 8 : i64
      %v24 = arith.constant 7 : i64
      %v42 = arith.constant 0x00000000 : f32
      %v43 = arith.constant 0x3F800000 : f32
      %v47 = arith.constant 32 : i64
      %v55 = arith.constant 0 : i64
      %v64 = arith.constant 2 : i64
      %v66 = arith.constant 3 : i64
      %v68 = arith.constant 4 : i64
      %v70 = arith.constant 5 : i64
      %v72 = arith.constant 6 : i64
      %v76 = arith.constant 9 : i64
      %v78 = arith.constant 10 : i64
      %v80 = arith.constant 11 : i64
      %v82 = arith.constant 12 : i64
      %v84 = arith.constant 13 : i64
      %v86 = arith.constant 14 : i64
      %v88 = arith.constant 15 : i64
      %v91 = arith.muli %v1, %size_H : i64
      %v92 = arith.muli %v91, %size_L : i64
      %v399 = arith.muli %size_DV, %size_H : i64
      %v400 = arith.muli %v399, %size_L : i64
      %v467 = arith.constant 0x3E22F983 : f32
      %v470 = arith.constant 0x40C90000 : f32
      %v471 = arith.constant 0x3AFDAA22 : f32
      %v19 = gpu.block_id x
      %v20 = gpu.thread_id x
      %v21 = arith.index_cast %v20 : index to i64
      %v22 = arith.index_cast %v19 : index to i64
      %v25 = arith.addi %v4, %v24 : i64
      %v26 = arith.divui %v25, %v23 : i64
      %v27 = arith.divui %v22, %v26 : i64
      %v28 = arith.remui %v22, %v26 : i64
      %v29 = arith.remui %v21, %v23 : i64
      %v30 = arith.divui %v21, %v23 : i64
      %v31 = arith.muli %v28, %v23 : i64
      %v32 = arith.addi %v31, %v30 : i64
      %v33 = arith.cmpi slt, %v32, %v4 : i64
      %v34 = arith.subi %v4, %v2 : i64
      %v35 = arith.minsi %v32, %v34 : i64
      %v36 = arith.remui %v35, %size_DV : i64
      %v37 = arith.divui %v35, %size_DV : i64
      %v38 = arith.remui %v37, %size_H : i64
      %v39 = arith.divui %v37, %size_H : i64
      %v40 = arith.remui %v39, %size_B : i64
      %v41 = arith.divui %v39, %size_B : i64
      %v421 = arith.trunci %v21 : i64 to i32
      %v422 = arith.constant 24 : i32
      %v423 = arith.andi %v421, %v422 : i32
      %v424 = arith.constant 0 : i32
      %v425 = arith.ori %v423, %v424 : i32
      %v426 = arith.constant 0 : i64
      %v427 = arith.cmpi eq, %v29, %v426 : i64
      %v428 = arith.constant 1 : i32
      %v429 = arith.ori %v423, %v428 : i32
      %v430 = arith.constant 1 : i64
      %v431 = arith.cmpi eq, %v29, %v430 : i64
      %v432 = arith.constant 2 : i32
      %v433 = arith.ori %v423, %v432 : i32
      %v434 = arith.constant 2 : i64
      %v435 = arith.cmpi eq, %v29, %v434 : i64
      %v436 = arith.constant 3 : i32
      %v437 = arith.ori %v423, %v436 : i32
      %v438 = arith.constant 3 : i64
      %v439 = arith.cmpi eq, %v29, %v438 : i64
      %v440 = arith.constant 4 : i32
      %v441 = arith.ori %v423, %v440 : i32
      %v442 = arith.constant 4 : i64
      %v443 = arith.cmpi eq, %v29, %v442 : i64
      %v444 = arith.constant 5 : i32
      %v445 = arith.ori %v423, %v444 : i32
      %v446 = arith.constant 5 : i64
      %v447 = arith.cmpi eq, %v29, %v446 : i64
      %v448 = arith.constant 6 : i32
      %v449 = arith.ori %v423, %v448 : i32
      %v450 = arith.constant 6 : i64
      %v451 = arith.cmpi eq, %v29, %v450 : i64
      %v452 = arith.constant 7 : i32
      %v453 = arith.ori %v423, %v452 : i32
      %v454 = arith.constant 7 : i64
      %v455 = arith.cmpi eq, %v29, %v454 : i64
      %v456 = arith.constant 32 : i32
      %v462 = llvm.getelementptr %in_gamma[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v463 = llvm.load %v462 : !llvm.ptr -> f32
      %v464 = llvm.getelementptr %in_theta[%v29] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v465 = llvm.load %v464 : !llvm.ptr -> f32
      %v484 = arith.constant 8 : i64
      %v485 = arith.addi %v484, %v29 : i64
      %v486 = llvm.getelementptr %in_theta[%v485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v487 = llvm.load %v486 : !llvm.ptr -> f32
      llvm.store %v42, %v5 : f32, !llvm.ptr
      llvm.store %v42, %v6 : f32, !llvm.ptr
      llvm.store %v42, %v7 : f32, !llvm.ptr
      llvm.store %v42, %v8 : f32, !llvm.ptr
      llvm.store %v42, %v9 : f32, !llvm.ptr
      llvm.store %v43, %v10 : f32, !llvm.ptr
      llvm.store %v43, %v11 : f32, !llvm.ptr
      llvm.store %v43, %v12 : f32, !llvm.ptr
      llvm.store %v43, %v13 : f32, !llvm.ptr
      llvm.store %v43, %v14 : f32, !llvm.ptr
      %v44 = arith.muli %v27, %v17 : i64
      %v45 = arith.addi %v44, %v17 : i64
      %v46 = arith.minsi %v45, %size_L : i64
      %v48 = arith.index_cast %v44 : i64 to index
      %v49 = arith.index_cast %v46 : i64 to index
      %v50 = arith.index_cast %v47 : i64 to index
      scf.for %v51 = %v48 to %v49 step %v50 {
        %v52 = arith.index_cast %v51 : index to i64
        %v53 = arith.subi %v46, %v52 : i64
        %v54 = arith.minsi %v53, %v47 : i64
        %v56 = arith.divui %v54, %v1 : i64
        %v57 = arith.index_cast %v55 : i64 to index
        %v58 = arith.index_cast %v56 : i64 to index
        %v59 = arith.index_cast %v2 : i64 to index
        scf.for %v60 = %v57 to %v58 step %v59 {
          %v61 = arith.index_cast %v60 : index to i64
          %v62 = arith.muli %v61, %v1 : i64
          %v63 = arith.addi %v62, %v2 : i64
          %v65 = arith.addi %v62, %v64 : i64
          %v67 = arith.addi %v62, %v66 : i64
          %v69 = arith.addi %v62, %v68 : i64
          %v71 = arith.addi %v62, %v70 : i64
          %v73 = arith.addi %v62, %v72 : i64
          %v74 = arith.addi %v62, %v24 : i64
          %v75 = arith.addi %v62, %v23 : i64
          %v77 = arith.addi %v62, %v76 : i64
          %v79 = arith.addi %v62, %v78 : i64
          %v81 = arith.addi %v62, %v80 : i64
          %v83 = arith.addi %v62, %v82 : i64
          %v85 = arith.addi %v62, %v84 : i64
          %v87 = arith.addi %v62, %v86 : i64
          %v89 = arith.addi %v62, %v88 : i64
          %v90 = arith.addi %v52, %v62 : i64
          %v93 = arith.muli %v40, %v92 : i64
          %v94 = arith.muli %v90, %v91 : i64
          %v95 = arith.addi %v93, %v94 : i64
          %v96 = arith.muli %v38, %v1 : i64
          %v97 = arith.addi %v95, %v96 : i64
          %v98 = arith.addi %v97, %v29 : i64
          %v99 = llvm.getelementptr %in_k[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v100 = llvm.load %v99 : !llvm.ptr -> f32
          %v101 = arith.muli %v40, %v92 : i64
          %v102 = arith.muli %v90, %v91 : i64
          %v103 = arith.addi %v101, %v102 : i64
          %v104 = arith.muli %v38, %v1 : i64
          %v105 = arith.addi %v103, %v104 : i64
          %v106 = arith.constant 8 : i64
          %v107 = arith.addi %v106, %v29 : i64
          %v108 = arith.addi %v105, %v107 : i64
          %v109 = llvm.getelementptr %in_k[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v110 = llvm.load %v109 : !llvm.ptr -> f32
          %v111 = arith.addi %v52, %v63 : i64
          %v112 = arith.muli %v40, %v92 : i64
          %v113 = arith.muli %v111, %v91 : i64
          %v114 = arith.addi %v112, %v113 : i64
          %v115 = arith.muli %v38, %v1 : i64
          %v116 = arith.addi %v114, %v115 : i64
          %v117 = arith.addi %v116, %v29 : i64
          %v118 = llvm.getelementptr %in_k[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v119 = llvm.load %v118 : !llvm.ptr -> f32
          %v120 = arith.muli %v40, %v92 : i64
          %v121 = arith.muli %v111, %v91 : i64
          %v122 = arith.addi %v120, %v121 : i64
          %v123 = arith.muli %v38, %v1 : i64
          %v124 = arith.addi %v122, %v123 : i64
          %v125 = arith.constant 8 : i64
          %v126 = arith.addi %v125, %v29 : i64
          %v127 = arith.addi %v124, %v126 : i64
          %v128 = llvm.getelementptr %in_k[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v129 = llvm.load %v128 : !llvm.ptr -> f32
          %v130 = arith.addi %v52, %v65 : i64
          %v131 = arith.muli %v40, %v92 : i64
          %v132 = arith.muli %v130, %v91 : i64
          %v133 = arith.addi %v131, %v132 : i64
          %v134 = arith.muli %v38, %v1 : i64
          %v135 = arith.addi %v133, %v134 : i64
          %v136 = arith.addi %v135, %v29 : i64
          %v137 = llvm.getelementptr %in_k[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v138 = llvm.load %v137 : !llvm.ptr -> f32
          %v139 = arith.muli %v40, %v92 : i64
          %v140 = arith.muli %v130, %v91 : i64
          %v141 = arith.addi %v139, %v140 : i64
          %v142 = arith.muli %v38, %v1 : i64
          %v143 = arith.addi %v141, %v142 : i64
          %v144 = arith.constant 8 : i64
          %v145 = arith.addi %v144, %v29 : i64
          %v146 = arith.addi %v143, %v145 : i64
          %v147 = llvm.getelementptr %in_k[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v148 = llvm.load %v147 : !llvm.ptr -> f32
          %v149 = arith.addi %v52, %v67 : i64
          %v150 = arith.muli %v40, %v92 : i64
          %v151 = arith.muli %v149, %v91 : i64
          %v152 = arith.addi %v150, %v151 : i64
          %v153 = arith.muli %v38, %v1 : i64
          %v154 = arith.addi %v152, %v153 : i64
          %v155 = arith.addi %v154, %v29 : i64
          %v156 = llvm.getelementptr %in_k[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v157 = llvm.load %v156 : !llvm.ptr -> f32
          %v158 = arith.muli %v40, %v92 : i64
          %v159 = arith.muli %v149, %v91 : i64
          %v160 = arith.addi %v158, %v159 : i64
          %v161 = arith.muli %v38, %v1 : i64
          %v162 = arith.addi %v160, %v161 : i64
          %v163 = arith.constant 8 : i64
          %v164 = arith.addi %v163, %v29 : i64
          %v165 = arith.addi %v162, %v164 : i64
          %v166 = llvm.getelementptr %in_k[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v167 = llvm.load %v166 : !llvm.ptr -> f32
          %v168 = arith.addi %v52, %v69 : i64
          %v169 = arith.muli %v40, %v92 : i64
          %v170 = arith.muli %v168, %v91 : i64
          %v171 = arith.addi %v169, %v170 : i64
          %v172 = arith.muli %v38, %v1 : i64
          %v173 = arith.addi %v171, %v172 : i64
          %v174 = arith.addi %v173, %v29 : i64
          %v175 = llvm.getelementptr %in_k[%v174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v176 = llvm.load %v175 : !llvm.ptr -> f32
          %v177 = arith.muli %v40, %v92 : i64
          %v178 = arith.muli %v168, %v91 : i64
          %v179 = arith.addi %v177, %v178 : i64
          %v180 = arith.muli %v38, %v1 : i64
          %v181 = arith.addi %v179, %v180 : i64
          %v182 = arith.constant 8 : i64
          %v183 = arith.addi %v182, %v29 : i64
          %v184 = arith.addi %v181, %v183 : i64
          %v185 = llvm.getelementptr %in_k[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v186 = llvm.load %v185 : !llvm.ptr -> f32
          %v187 = arith.addi %v52, %v71 : i64
          %v188 = arith.muli %v40, %v92 : i64
          %v189 = arith.muli %v187, %v91 : i64
          %v190 = arith.addi %v188, %v189 : i64
          %v191 = arith.muli %v38, %v1 : i64
          %v192 = arith.addi %v190, %v191 : i64
          %v193 = arith.addi %v192, %v29 : i64
          %v194 = llvm.getelementptr %in_k[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v195 = llvm.load %v194 : !llvm.ptr -> f32
          %v196 = arith.muli %v40, %v92 : i64
          %v197 = arith.muli %v187, %v91 : i64
          %v198 = arith.addi %v196, %v197 : i64
          %v199 = arith.muli %v38, %v1 : i64
          %v200 = arith.addi %v198, %v199 : i64
          %v201 = arith.constant 8 : i64
          %v202 = arith.addi %v201, %v29 : i64
          %v203 = arith.addi %v200, %v202 : i64
          %v204 = llvm.getelementptr %in_k[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v205 = llvm.load %v204 : !llvm.ptr -> f32
          %v206 = arith.addi %v52, %v73 : i64
          %v207 = arith.muli %v40, %v92 : i64
          %v208 = arith.muli %v206, %v91 : i64
          %v209 = arith.addi %v207, %v208 : i64
          %v210 = arith.muli %v38, %v1 : i64
          %v211 = arith.addi %v209, %v210 : i64
          %v212 = arith.addi %v211, %v29 : i64
          %v213 = llvm.getelementptr %in_k[%v212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v214 = llvm.load %v213 : !llvm.ptr -> f32
          %v215 = arith.muli %v40, %v92 : i64
          %v216 = arith.muli %v206, %v91 : i64
          %v217 = arith.addi %v215, %v216 : i64
          %v218 = arith.muli %v38, %v1 : i64
          %v219 = arith.addi %v217, %v218 : i64
          %v220 = arith.constant 8 : i64
          %v221 = arith.addi %v220, %v29 : i64
          %v222 = arith.addi %v219, %v221 : i64
          %v223 = llvm.getelementptr %in_k[%v222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v224 = llvm.load %v223 : !llvm.ptr -> f32
          %v225 = arith.addi %v52, %v74 : i64
          %v226 = arith.muli %v40, %v92 : i64
          %v227 = arith.muli %v225, %v91 : i64
          %v228 = arith.addi %v226, %v227 : i64
          %v229 = arith.muli %v38, %v1 : i64
          %v230 = arith.addi %v228, %v229 : i64
          %v231 = arith.addi %v230, %v29 : i64
          %v232 = llvm.getelementptr %in_k[%v231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v233 = llvm.load %v232 : !llvm.ptr -> f32
          %v234 = arith.muli %v40, %v92 : i64
          %v235 = arith.muli %v225, %v91 : i64
          %v236 = arith.addi %v234, %v235 : i64
          %v237 = arith.muli %v38, %v1 : i64
          %v238 = arith.addi %v236, %v237 : i64
          %v239 = arith.constant 8 : i64
          %v240 = arith.addi %v239, %v29 : i64
          %v241 = arith.addi %v238, %v240 : i64
          %v242 = llvm.getelementptr %in_k[%v241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v243 = llvm.load %v242 : !llvm.ptr -> f32
          %v244 = arith.addi %v52, %v75 : i64
          %v245 = arith.muli %v40, %v92 : i64
          %v246 = arith.muli %v244, %v91 : i64
          %v247 = arith.addi %v245, %v246 : i64
          %v248 = arith.muli %v38, %v1 : i64
          %v249 = arith.addi %v247, %v248 : i64
          %v250 = arith.addi %v249, %v29 : i64
          %v251 = llvm.getelementptr %in_k[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v252 = llvm.load %v251 : !llvm.ptr -> f32
          %v253 = arith.muli %v40, %v92 : i64
          %v254 = arith.muli %v244, %v91 : i64
          %v255 = arith.addi %v253, %v254 : i64
          %v256 = arith.muli %v38, %v1 : i64
          %v257 = arith.addi %v255, %v256 : i64
          %v258 = arith.constant 8 : i64
          %v259 = arith.addi %v258, %v29 : i64
          %v260 = arith.addi %v257, %v259 : i64
          %v261 = llvm.getelementptr %in_k[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v262 = llvm.load %v261 : !llvm.ptr -> f32
          %v263 = arith.addi %v52, %v77 : i64
          %v264 = arith.muli %v40, %v92 : i64
          %v265 = arith.muli %v263, %v91 : i64
          %v266 = arith.addi %v264, %v265 : i64
          %v267 = arith.muli %v38, %v1 : i64
          %v268 = arith.addi %v266, %v267 : i64
          %v269 = arith.addi %v268, %v29 : i64
          %v270 = llvm.getelementptr %in_k[%v269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v271 = llvm.load %v270 : !llvm.ptr -> f32
          %v272 = arith.muli %v40, %v92 : i64
          %v273 = arith.muli %v263, %v91 : i64
          %v274 = arith.addi %v272, %v273 : i64
          %v275 = arith.muli %v38, %v1 : i64
          %v276 = arith.addi %v274, %v275 : i64
          %v277 = arith.constant 8 : i64
          %v278 = arith.addi %v277, %v29 : i64
          %v279 = arith.addi %v276, %v278 : i64
          %v280 = llvm.getelementptr %in_k[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v281 = llvm.load %v280 : !llvm.ptr -> f32
          %v282 = arith.addi %v52, %v79 : i64
          %v283 = arith.muli %v40, %v92 : i64
          %v284 = arith.muli %v282, %v91 : i64
          %v285 = arith.addi %v283, %v284 : i64
          %v286 = arith.muli %v38, %v1 : i64
          %v287 = arith.addi %v285, %v286 : i64
          %v288 = arith.addi %v287, %v29 : i64
          %v289 = llvm.getelementptr %in_k[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v290 = llvm.load %v289 : !llvm.ptr -> f32
          %v291 = arith.muli %v40, %v92 : i64
          %v292 = arith.muli %v282, %v91 : i64
          %v293 = arith.addi %v291, %v292 : i64
          %v294 = arith.muli %v38, %v1 : i64
          %v295 = arith.addi %v293, %v294 : i64
          %v296 = arith.constant 8 : i64
          %v297 = arith.addi %v296, %v29 : i64
          %v298 = arith.addi %v295, %v297 : i64
          %v299 = llvm.getelementptr %in_k[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v300 = llvm.load %v299 : !llvm.ptr -> f32
          %v301 = arith.addi %v52, %v81 : i64
          %v302 = arith.muli %v40, %v92 : i64
          %v303 = arith.muli %v301, %v91 : i64
          %v304 = arith.addi %v302, %v303 : i64
          %v305 = arith.muli %v38, %v1 : i64
          %v306 = arith.addi %v304, %v305 : i64
          %v307 = arith.addi %v306, %v29 : i64
          %v308 = llvm.getelementptr %in_k[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v309 = llvm.load %v308 : !llvm.ptr -> f32
          %v310 = arith.muli %v40, %v92 : i64
          %v311 = arith.muli %v301, %v91 : i64
          %v312 = arith.addi %v310, %v311 : i64
          %v313 = arith.muli %v38, %v1 : i64
          %v314 = arith.addi %v312, %v313 : i64
          %v315 = arith.constant 8 : i64
          %v316 = arith.addi %v315, %v29 : i64
          %v317 = arith.addi %v314, %v316 : i64
          %v318 = llvm.getelementptr %in_k[%v317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v319 = llvm.load %v318 : !llvm.ptr -> f32
          %v320 = arith.addi %v52, %v83 : i64
          %v321 = arith.muli %v40, %v92 : i64
          %v322 = arith.muli %v320, %v91 : i64
          %v323 = arith.addi %v321, %v322 : i64
          %v324 = arith.muli %v38, %v1 : i64
          %v325 = arith.addi %v323, %v324 : i64
          %v326 = arith.addi %v325, %v29 : i64
          %v327 = llvm.getelementptr %in_k[%v326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v328 = llvm.load %v327 : !llvm.ptr -> f32
          %v329 = arith.muli %v40, %v92 : i64
          %v330 = arith.muli %v320, %v91 : i64
          %v331 = arith.addi %v329, %v330 : i64
          %v332 = arith.muli %v38, %v1 : i64
          %v333 = arith.addi %v331, %v332 : i64
          %v334 = arith.constant 8 : i64
          %v335 = arith.addi %v334, %v29 : i64
          %v336 = arith.addi %v333, %v335 : i64
          %v337 = llvm.getelementptr %in_k[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v338 = llvm.load %v337 : !llvm.ptr -> f32
          %v339 = arith.addi %v52, %v85 : i64
          %v340 = arith.muli %v40, %v92 : i64
          %v341 = arith.muli %v339, %v91 : i64
          %v342 = arith.addi %v340, %v341 : i64
          %v343 = arith.muli %v38, %v1 : i64
          %v344 = arith.addi %v342, %v343 : i64
          %v345 = arith.addi %v344, %v29 : i64
          %v346 = llvm.getelementptr %in_k[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v347 = llvm.load %v346 : !llvm.ptr -> f32
          %v348 = arith.muli %v40, %v92 : i64
          %v349 = arith.muli %v339, %v91 : i64
          %v350 = arith.addi %v348, %v349 : i64
          %v351 = arith.muli %v38, %v1 : i64
          %v352 = arith.addi %v350, %v351 : i64
          %v353 = arith.constant 8 : i64
          %v354 = arith.addi %v353, %v29 : i64
          %v355 = arith.addi %v352, %v354 : i64
          %v356 = llvm.getelementptr %in_k[%v355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v357 = llvm.load %v356 : !llvm.ptr -> f32
          %v358 = arith.addi %v52, %v87 : i64
          %v359 = arith.muli %v40, %v92 : i64
          %v360 = arith.muli %v358, %v91 : i64
          %v361 = arith.addi %v359, %v360 : i64
          %v362 = arith.muli %v38, %v1 : i64
          %v363 = arith.addi %v361, %v362 : i64
          %v364 = arith.addi %v363, %v29 : i64
          %v365 = llvm.getelementptr %in_k[%v364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v366 = llvm.load %v365 : !llvm.ptr -> f32
          %v367 = arith.muli %v40, %v92 : i64
          %v368 = arith.muli %v358, %v91 : i64
          %v369 = arith.addi %v367, %v368 : i64
          %v370 = arith.muli %v38, %v1 : i64
          %v371 = arith.addi %v369, %v370 : i64
          %v372 = arith.constant 8 : i64
          %v373 = arith.addi %v372, %v29 : i64
          %v374 = arith.addi %v371, %v373 : i64
          %v375 = llvm.getelementptr %in_k[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v376 = llvm.load %v375 : !llvm.ptr -> f32
          %v377 = arith.addi %v52, %v89 : i64
          %v378 = arith.muli %v40, %v92 : i64
          %v379 = arith.muli %v377, %v91 : i64
          %v380 = arith.addi %v378, %v379 : i64
          %v381 = arith.muli %v38, %v1 : i64
          %v382 = arith.addi %v380, %v381 : i64
          %v383 = arith.addi %v382, %v29 : i64
          %v384 = llvm.getelementptr %in_k[%v383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v385 = llvm.load %v384 : !llvm.ptr -> f32
          %v386 = arith.muli %v40, %v92 : i64
          %v387 = arith.muli %v377, %v91 : i64
          %v388 = arith.addi %v386, %v387 : i64
          %v389 = arith.muli %v38, %v1 : i64
          %v390 = arith.addi %v388, %v389 : i64
          %v391 = arith.constant 8 : i64
          %v392 = arith.addi %v391, %v29 : i64
          %v393 = arith.addi %v390, %v392 : i64
          %v394 = llvm.getelementptr %in_k[%v393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v395 = llvm.load %v394 : !llvm.ptr -> f32
          %v396 = arith.addi %v62, %v29 : i64
          %v397 = arith.addi %v52, %v396 : i64
          %v398 = arith.sitofp %v397 : i64 to f32
          %v401 = arith.muli %v40, %v400 : i64
          %v402 = arith.muli %v397, %v399 : i64
          %v403 = arith.addi %v401, %v402 : i64
          %v404 = arith.muli %v38, %size_DV : i64
          %v405 = arith.addi %v403, %v404 : i64
          %v406 = arith.addi %v405, %v36 : i64
          %v407 = llvm.getelementptr %in_v[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v408 = llvm.load %v407 : !llvm.ptr -> f32
          %v409 = arith.addi %v62, %v23 : i64
          %v410 = arith.addi %v409, %v29 : i64
          %v411 = arith.addi %v52, %v410 : i64
          %v412 = arith.sitofp %v411 : i64 to f32
          %v413 = arith.muli %v40, %v400 : i64
          %v414 = arith.muli %v411, %v399 : i64
          %v415 = arith.addi %v413, %v414 : i64
          %v416 = arith.muli %v38, %size_DV : i64
          %v417 = arith.addi %v415, %v416 : i64
          %v418 = arith.addi %v417, %v36 : i64
          %v419 = llvm.getelementptr %in_v[%v418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v420 = llvm.load %v419 : !llvm.ptr -> f32
          %v457 = arith.addi %v52, %v62 : i64
          %v458, %v459 = gpu.shuffle idx %v398, %v425, %v456 : f32
          %v460, %v461 = gpu.shuffle idx %v408, %v425, %v456 : f32
          %v466 = arith.mulf %v458, %v465 fastmath<contract> : f32
          %v468 = arith.mulf %v466, %v467 fastmath<contract> : f32
          %v469 = llvm.call_intrinsic "llvm.roundeven.f32"(%v468) : (f32) -> f32
          %v472 = arith.mulf %v469, %v470 fastmath<contract> : f32
          %v473 = arith.subf %v466, %v472 fastmath<contract> : f32
          %v474 = arith.mulf %v469, %v471 fastmath<contract> : f32
          %v475 = arith.subf %v473, %v474 fastmath<contract> : f32
          %v476 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v475) : (f32) -> f32
          %v477 = arith.mulf %v100, %v476 fastmath<contract> : f32
          %v478 = arith.mulf %v477, %v460 fastmath<contract> : f32
          %v479 = llvm.load %v5 : !llvm.ptr -> f32
          %v480 = arith.mulf %v463, %v479 fastmath<contract> : f32
          %v481 = arith.addf %v480, %v478 fastmath<contract> : f32
          %v482 = llvm.load %v10 : !llvm.ptr -> f32
          %v483 = arith.mulf %v463, %v482 fastmath<contract> : f32
          %v488 = arith.mulf %v458, %v487 fastmath<contract> : f32
          %v489 = arith.mulf %v488, %v467 fastmath<contract> : f32
          %v490 = llvm.call_intrinsic "llvm.roundeven.f32"(%v489) : (f32) -> f32
          %v491 = arith.mulf %v490, %v470 fastmath<contract> : f32
          %v492 = arith.subf %v488, %v491 fastmath<contract> : f32
          %v493 = arith.mulf %v490, %v471 fastmath<contract> : f32
          %v494 = arith.subf %v492, %v493 fastmath<contract> : f32
          %v495 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v494) : (f32) -> f32
          %v496 = arith.mulf %v110, %v495 fastmath<contract> : f32
          %v497 = arith.mulf %v496, %v460 fastmath<contract> : f32
          %v498 = llvm.load %v6 : !llvm.ptr -> f32
          %v499 = arith.mulf %v463, %v498 fastmath<contract> : f32
          %v500 = arith.addf %v499, %v497 fastmath<contract> : f32
          %v501 = llvm.load %v11 : !llvm.ptr -> f32
          %v502 = arith.mulf %v463, %v501 fastmath<contract> : f32
          %v503 = arith.mulf %v466, %v467 fastmath<contract> : f32
          %v504 = llvm.call_intrinsic "llvm.roundeven.f32"(%v503) : (f32) -> f32
          %v505 = arith.mulf %v504, %v470 fastmath<contract> : f32
          %v506 = arith.subf %v466, %v505 fastmath<contract> : f32
          %v507 = arith.mulf %v504, %v471 fastmath<contract> : f32
          %v508 = arith.subf %v506, %v507 fastmath<contract> : f32
          %v509 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v508) : (f32) -> f32
          %v510 = arith.negf %v509 : f32
          %v511 = arith.mulf %v100, %v510 fastmath<contract> : f32
          %v512 = arith.mulf %v511, %v460 fastmath<contract> : f32
          %v513 = llvm.load %v7 : !llvm.ptr -> f32
          %v514 = arith.mulf %v463, %v513 fastmath<contract> : f32
          %v515 = arith.addf %v514, %v512 fastmath<contract> : f32
          %v516 = llvm.load %v12 : !llvm.ptr -> f32
          %v517 = arith.mulf %v463, %v516 fastmath<contract> : f32
          %v518 = arith.mulf %v488, %v467 fastmath<contract> : f32
          %v519 = llvm.call_intrinsic "llvm.roundeven.f32"(%v518) : (f32) -> f32
          %v520 = arith.mulf %v519, %v470 fastmath<contract> : f32
          %v521 = arith.subf %v488, %v520 fastmath<contract> : f32
          %v522 = arith.mulf %v519, %v471 fastmath<contract> : f32
          %v523 = arith.subf %v521, %v522 fastmath<contract> : f32
          %v524 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v523) : (f32) -> f32
          %v525 = arith.negf %v524 : f32
          %v526 = arith.mulf %v110, %v525 fastmath<contract> : f32
          %v527 = arith.mulf %v526, %v460 fastmath<contract> : f32
          %v528 = llvm.load %v8 : !llvm.ptr -> f32
          %v529 = arith.mulf %v463, %v528 fastmath<contract> : f32
          %v530 = arith.addf %v529, %v527 fastmath<contract> : f32
          %v531 = llvm.load %v13 : !llvm.ptr -> f32
          %v532 = arith.mulf %v463, %v531 fastmath<contract> : f32
          %v533 = llvm.load %v9 : !llvm.ptr -> f32
          %v534 = arith.mulf %v43, %v533 fastmath<contract> : f32
          %v535 = arith.addf %v534, %v43 fastmath<contract> : f32
          %v536 = llvm.load %v14 : !llvm.ptr -> f32
          %v537 = arith.mulf %v43, %v536 fastmath<contract> : f32
          llvm.store %v481, %v5 : f32, !llvm.ptr
          llvm.store %v483, %v10 : f32, !llvm.ptr
          llvm.store %v500, %v6 : f32, !llvm.ptr
          llvm.store %v502, %v11 : f32, !llvm.ptr
          llvm.store %v515, %v7 : f32, !llvm.ptr
          llvm.store %v517, %v12 : f32, !llvm.ptr
          llvm.store %v530, %v8 : f32, !llvm.ptr
          llvm.store %v532, %v13 : f32, !llvm.ptr
          llvm.store %v535, %v9 : f32, !llvm.ptr
          llvm.store %v537, %v14 : f32, !llvm.ptr
          %v538 = arith.addi %v52, %v63 : i64
          %v539, %v540 = gpu.shuffle idx %v398, %v429, %v456 : f32
          %v541, %v542 = gpu.shuffle idx %v408, %v429, %v456 : f32
          %v543 = arith.mulf %v539, %v465 fastmath<contract> : f32
          %v544 = arith.mulf %v543, %v467 fastmath<contract> : f32
          %v545 = llvm.call_intrinsic "llvm.roundeven.f32"(%v544) : (f32) -> f32
          %v546 = arith.mulf %v545, %v470 fastmath<contract> : f32
          %v547 = arith.subf %v543, %v546 fastmath<contract> : f32
          %v548 = arith.mulf %v545, %v471 fastmath<contract> : f32
          %v549 = arith.subf %v547, %v548 fastmath<contract> : f32
          %v550 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v549) : (f32) -> f32
          %v551 = arith.mulf %v119, %v550 fastmath<contract> : f32
          %v552 = arith.mulf %v551, %v541 fastmath<contract> : f32
          %v553 = llvm.load %v5 : !llvm.ptr -> f32
          %v554 = arith.mulf %v463, %v553 fastmath<contract> : f32
          %v555 = arith.addf %v554, %v552 fastmath<contract> : f32
          %v556 = llvm.load %v10 : !llvm.ptr -> f32
          %v557 = arith.mulf %v463, %v556 fastmath<contract> : f32
          %v558 = arith.mulf %v539, %v487 fastmath<contract> : f32
          %v559 = arith.mulf %v558, %v467 fastmath<contract> : f32
          %v560 = llvm.call_intrinsic "llvm.roundeven.f32"(%v559) : (f32) -> f32
          %v561 = arith.mulf %v560, %v470 fastmath<contract> : f32
          %v562 = arith.subf %v558, %v561 fastmath<contract> : f32
          %v563 = arith.mulf %v560, %v471 fastmath<contract> : f32
          %v564 = arith.subf %v562, %v563 fastmath<contract> : f32
          %v565 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v564) : (f32) -> f32
          %v566 = arith.mulf %v129, %v565 fastmath<contract> : f32
          %v567 = arith.mulf %v566, %v541 fastmath<contract> : f32
          %v568 = llvm.load %v6 : !llvm.ptr -> f32
          %v569 = arith.mulf %v463, %v568 fastmath<contract> : f32
          %v570 = arith.addf %v569, %v567 fastmath<contract> : f32
          %v571 = llvm.load %v11 : !llvm.ptr -> f32
          %v572 = arith.mulf %v463, %v571 fastmath<contract> : f32
          %v573 = arith.mulf %v543, %v467 fastmath<contract> : f32
          %v574 = llvm.call_intrinsic "llvm.roundeven.f32"(%v573) : (f32) -> f32
          %v575 = arith.mulf %v574, %v470 fastmath<contract> : f32
          %v576 = arith.subf %v543, %v575 fastmath<contract> : f32
          %v577 = arith.mulf %v574, %v471 fastmath<contract> : f32
          %v578 = arith.subf %v576, %v577 fastmath<contract> : f32
          %v579 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v578) : (f32) -> f32
          %v580 = arith.negf %v579 : f32
          %v581 = arith.mulf %v119, %v580 fastmath<contract> : f32
          %v582 = arith.mulf %v581, %v541 fastmath<contract> : f32
          %v583 = llvm.load %v7 : !llvm.ptr -> f32
          %v584 = arith.mulf %v463, %v583 fastmath<contract> : f32
          %v585 = arith.addf %v584, %v582 fastmath<contract> : f32
          %v586 = llvm.load %v12 : !llvm.ptr -> f32
          %v587 = arith.mulf %v463, %v586 fastmath<contract> : f32
          %v588 = arith.mulf %v558, %v467 fastmath<contract> : f32
          %v589 = llvm.call_intrinsic "llvm.roundeven.f32"(%v588) : (f32) -> f32
          %v590 = arith.mulf %v589, %v470 fastmath<contract> : f32
          %v591 = arith.subf %v558, %v590 fastmath<contract> : f32
          %v592 = arith.mulf %v589, %v471 fastmath<contract> : f32
          %v593 = arith.subf %v591, %v592 fastmath<contract> : f32
          %v594 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v593) : (f32) -> f32
          %v595 = arith.negf %v594 : f32
          %v596 = arith.mulf %v129, %v595 fastmath<contract> : f32
          %v597 = arith.mulf %v596, %v541 fastmath<contract> : f32
          %v598 = llvm.load %v8 : !llvm.ptr -> f32
          %v599 = arith.mulf %v463, %v598 fastmath<contract> : f32
          %v600 = arith.addf %v599, %v597 fastmath<contract> : f32
          %v601 = llvm.load %v13 : !llvm.ptr -> f32
          %v602 = arith.mulf %v463, %v601 fastmath<contract> : f32
          %v603 = llvm.load %v9 : !llvm.ptr -> f32
          %v604 = arith.mulf %v43, %v603 fastmath<contract> : f32
          %v605 = arith.addf %v604, %v43 fastmath<contract> : f32
          %v606 = llvm.load %v14 : !llvm.ptr -> f32
          %v607 = arith.mulf %v43, %v606 fastmath<contract> : f32
          llvm.store %v555, %v5 : f32, !llvm.ptr
          llvm.store %v557, %v10 : f32, !llvm.ptr
          llvm.store %v570, %v6 : f32, !llvm.ptr
          llvm.store %v572, %v11 : f32, !llvm.ptr
          llvm.store %v585, %v7 : f32, !llvm.ptr
          llvm.store %v587, %v12 : f32, !llvm.ptr
          llvm.store %v600, %v8 : f32, !llvm.ptr
          llvm.store %v602, %v13 : f32, !llvm.ptr
          llvm.store %v605, %v9 : f32, !llvm.ptr
          llvm.store %v607, %v14 : f32, !llvm.ptr
          %v608 = arith.addi %v52, %v65 : i64
          %v609, %v610 = gpu.shuffle idx %v398, %v433, %v456 : f32
          %v611, %v612 = gpu.shuffle idx %v408, %v433, %v456 : f32
          %v613 = arith.mulf %v609, %v465 fastmath<contract> : f32
          %v614 = arith.mulf %v613, %v467 fastmath<contract> : f32
          %v615 = llvm.call_intrinsic "llvm.roundeven.f32"(%v614) : (f32) -> f32
          %v616 = arith.mulf %v615, %v470 fastmath<contract> : f32
          %v617 = arith.subf %v613, %v616 fastmath<contract> : f32
          %v618 = arith.mulf %v615, %v471 fastmath<contract> : f32
          %v619 = arith.subf %v617, %v618 fastmath<contract> : f32
          %v620 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v619) : (f32) -> f32
          %v621 = arith.mulf %v138, %v620 fastmath<contract> : f32
          %v622 = arith.mulf %v621, %v611 fastmath<contract> : f32
          %v623 = llvm.load %v5 : !llvm.ptr -> f32
          %v624 = arith.mulf %v463, %v623 fastmath<contract> : f32
          %v625 = arith.addf %v624, %v622 fastmath<contract> : f32
          %v626 = llvm.load %v10 : !llvm.ptr -> f32
          %v627 = arith.mulf %v463, %v626 fastmath<contract> : f32
          %v628 = arith.mulf %v609, %v487 fastmath<contract> : f32
          %v629 = arith.mulf %v628, %v467 fastmath<contract> : f32
          %v630 = llvm.call_intrinsic "llvm.roundeven.f32"(%v629) : (f32) -> f32
          %v631 = arith.mulf %v630, %v470 fastmath<contract> : f32
          %v632 = arith.subf %v628, %v631 fastmath<contract> : f32
          %v633 = arith.mulf %v630, %v471 fastmath<contract> : f32
          %v634 = arith.subf %v632, %v633 fastmath<contract> : f32
          %v635 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v634) : (f32) -> f32
          %v636 = arith.mulf %v148, %v635 fastmath<contract> : f32
          %v637 = arith.mulf %v636, %v611 fastmath<contract> : f32
          %v638 = llvm.load %v6 : !llvm.ptr -> f32
          %v639 = arith.mulf %v463, %v638 fastmath<contract> : f32
          %v640 = arith.addf %v639, %v637 fastmath<contract> : f32
          %v641 = llvm.load %v11 : !llvm.ptr -> f32
          %v642 = arith.mulf %v463, %v641 fastmath<contract> : f32
          %v643 = arith.mulf %v613, %v467 fastmath<contract> : f32
          %v644 = llvm.call_intrinsic "llvm.roundeven.f32"(%v643) : (f32) -> f32
          %v645 = arith.mulf %v644, %v470 fastmath<contract> : f32
          %v646 = arith.subf %v613, %v645 fastmath<contract> : f32
          %v647 = arith.mulf %v644, %v471 fastmath<contract> : f32
          %v648 = arith.subf %v646, %v647 fastmath<contract> : f32
          %v649 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v648) : (f32) -> f32
          %v650 = arith.negf %v649 : f32
          %v651 = arith.mulf %v138, %v650 fastmath<contract> : f32
          %v652 = arith.mulf %v651, %v611 fastmath<contract> : f32
          %v653 = llvm.load %v7 : !llvm.ptr -> f32
          %v654 = arith.mulf %v463, %v653 fastmath<contract> : f32
          %v655 = arith.addf %v654, %v652 fastmath<contract> : f32
          %v656 = llvm.load %v12 : !llvm.ptr -> f32
          %v657 = arith.mulf %v463, %v656 fastmath<contract> : f32
          %v658 = arith.mulf %v628, %v467 fastmath<contract> : f32
          %v659 = llvm.call_intrinsic "llvm.roundeven.f32"(%v658) : (f32) -> f32
          %v660 = arith.mulf %v659, %v470 fastmath<contract> : f32
          %v661 = arith.subf %v628, %v660 fastmath<contract> : f32
          %v662 = arith.mulf %v659, %v471 fastmath<contract> : f32
          %v663 = arith.subf %v661, %v662 fastmath<contract> : f32
          %v664 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v663) : (f32) -> f32
          %v665 = arith.negf %v664 : f32
          %v666 = arith.mulf %v148, %v665 fastmath<contract> : f32
          %v667 = arith.mulf %v666, %v611 fastmath<contract> : f32
          %v668 = llvm.load %v8 : !llvm.ptr -> f32
          %v669 = arith.mulf %v463, %v668 fastmath<contract> : f32
          %v670 = arith.addf %v669, %v667 fastmath<contract> : f32
          %v671 = llvm.load %v13 : !llvm.ptr -> f32
          %v672 = arith.mulf %v463, %v671 fastmath<contract> : f32
          %v673 = llvm.load %v9 : !llvm.ptr -> f32
          %v674 = arith.mulf %v43, %v673 fastmath<contract> : f32
          %v675 = arith.addf %v674, %v43 fastmath<contract> : f32
          %v676 = llvm.load %v14 : !llvm.ptr -> f32
          %v677 = arith.mulf %v43, %v676 fastmath<contract> : f32
          llvm.store %v625, %v5 : f32, !llvm.ptr
          llvm.store %v627, %v10 : f32, !llvm.ptr
          llvm.store %v640, %v6 : f32, !llvm.ptr
          llvm.store %v642, %v11 : f32, !llvm.ptr
          llvm.store %v655, %v7 : f32, !llvm.ptr
          llvm.store %v657, %v12 : f32, !llvm.ptr
          llvm.store %v670, %v8 : f32, !llvm.ptr
          llvm.store %v672, %v13 : f32, !llvm.ptr
          llvm.store %v675, %v9 : f32, !llvm.ptr
          llvm.store %v677, %v14 : f32, !llvm.ptr
          %v678 = arith.addi %v52, %v67 : i64
          %v679, %v680 = gpu.shuffle idx %v398, %v437, %v456 : f32
          %v681, %v682 = gpu.shuffle idx %v408, %v437, %v456 : f32
          %v683 = arith.mulf %v679, %v465 fastmath<contract> : f32
          %v684 = arith.mulf %v683, %v467 fastmath<contract> : f32
          %v685 = llvm.call_intrinsic "llvm.roundeven.f32"(%v684) : (f32) -> f32
          %v686 = arith.mulf %v685, %v470 fastmath<contract> : f32
          %v687 = arith.subf %v683, %v686 fastmath<contract> : f32
          %v688 = arith.mulf %v685, %v471 fastmath<contract> : f32
          %v689 = arith.subf %v687, %v688 fastmath<contract> : f32
          %v690 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v689) : (f32) -> f32
          %v691 = arith.mulf %v157, %v690 fastmath<contract> : f32
          %v692 = arith.mulf %v691, %v681 fastmath<contract> : f32
          %v693 = llvm.load %v5 : !llvm.ptr -> f32
          %v694 = arith.mulf %v463, %v693 fastmath<contract> : f32
          %v695 = arith.addf %v694, %v692 fastmath<contract> : f32
          %v696 = llvm.load %v10 : !llvm.ptr -> f32
          %v697 = arith.mulf %v463, %v696 fastmath<contract> : f32
          %v698 = arith.mulf %v679, %v487 fastmath<contract> : f32
          %v699 = arith.mulf %v698, %v467 fastmath<contract> : f32
          %v700 = llvm.call_intrinsic "llvm.roundeven.f32"(%v699) : (f32) -> f32
          %v701 = arith.mulf %v700, %v470 fastmath<contract> : f32
          %v702 = arith.subf %v698, %v701 fastmath<contract> : f32
          %v703 = arith.mulf %v700, %v471 fastmath<contract> : f32
          %v704 = arith.subf %v702, %v703 fastmath<contract> : f32
          %v705 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v704) : (f32) -> f32
          %v706 = arith.mulf %v167, %v705 fastmath<contract> : f32
          %v707 = arith.mulf %v706, %v681 fastmath<contract> : f32
          %v708 = llvm.load %v6 : !llvm.ptr -> f32
          %v709 = arith.mulf %v463, %v708 fastmath<contract> : f32
          %v710 = arith.addf %v709, %v707 fastmath<contract> : f32
          %v711 = llvm.load %v11 : !llvm.ptr -> f32
          %v712 = arith.mulf %v463, %v711 fastmath<contract> : f32
          %v713 = arith.mulf %v683, %v467 fastmath<contract> : f32
          %v714 = llvm.call_intrinsic "llvm.roundeven.f32"(%v713) : (f32) -> f32
          %v715 = arith.mulf %v714, %v470 fastmath<contract> : f32
          %v716 = arith.subf %v683, %v715 fastmath<contract> : f32
          %v717 = arith.mulf %v714, %v471 fastmath<contract> : f32
          %v718 = arith.subf %v716, %v717 fastmath<contract> : f32
          %v719 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v718) : (f32) -> f32
          %v720 = arith.negf %v719 : f32
          %v721 = arith.mulf %v157, %v720 fastmath<contract> : f32
          %v722 = arith.mulf %v721, %v681 fastmath<contract> : f32
          %v723 = llvm.load %v7 : !llvm.ptr -> f32
          %v724 = arith.mulf %v463, %v723 fastmath<contract> : f32
          %v725 = arith.addf %v724, %v722 fastmath<contract> : f32
          %v726 = llvm.load %v12 : !llvm.ptr -> f32
          %v727 = arith.mulf %v463, %v726 fastmath<contract> : f32
          %v728 = arith.mulf %v698, %v467 fastmath<contract> : f32
          %v729 = llvm.call_intrinsic "llvm.roundeven.f32"(%v728) : (f32) -> f32
          %v730 = arith.mulf %v729, %v470 fastmath<contract> : f32
          %v731 = arith.subf %v698, %v730 fastmath<contract> : f32
          %v732 = arith.mulf %v729, %v471 fastmath<contract> : f32
          %v733 = arith.subf %v731, %v732 fastmath<contract> : f32
          %v734 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v733) : (f32) -> f32
          %v735 = arith.negf %v734 : f32
          %v736 = arith.mulf %v167, %v735 fastmath<contract> : f32
          %v737 = arith.mulf %v736, %v681 fastmath<contract> : f32
          %v738 = llvm.load %v8 : !llvm.ptr -> f32
          %v739 = arith.mulf %v463, %v738 fastmath<contract> : f32
          %v740 = arith.addf %v739, %v737 fastmath<contract> : f32
          %v741 = llvm.load %v13 : !llvm.ptr -> f32
          %v742 = arith.mulf %v463, %v741 fastmath<contract> : f32
          %v743 = llvm.load %v9 : !llvm.ptr -> f32
          %v744 = arith.mulf %v43, %v743 fastmath<contract> : f32
          %v745 = arith.addf %v744, %v43 fastmath<contract> : f32
          %v746 = llvm.load %v14 : !llvm.ptr -> f32
          %v747 = arith.mulf %v43, %v746 fastmath<contract> : f32
          llvm.store %v695, %v5 : f32, !llvm.ptr
          llvm.store %v697, %v10 : f32, !llvm.ptr
          llvm.store %v710, %v6 : f32, !llvm.ptr
          llvm.store %v712, %v11 : f32, !llvm.ptr
          llvm.store %v725, %v7 : f32, !llvm.ptr
          llvm.store %v727, %v12 : f32, !llvm.ptr
          llvm.store %v740, %v8 : f32, !llvm.ptr
          llvm.store %v742, %v13 : f32, !llvm.ptr
          llvm.store %v745, %v9 : f32, !llvm.ptr
          llvm.store %v747, %v14 : f32, !llvm.ptr
          %v748 = arith.addi %v52, %v69 : i64
          %v749, %v750 = gpu.shuffle idx %v398, %v441, %v456 : f32
          %v751, %v752 = gpu.shuffle idx %v408, %v441, %v456 : f32
          %v753 = arith.mulf %v749, %v465 fastmath<contract> : f32
          %v754 = arith.mulf %v753, %v467 fastmath<contract> : f32
          %v755 = llvm.call_intrinsic "llvm.roundeven.f32"(%v754) : (f32) -> f32
          %v756 = arith.mulf %v755, %v470 fastmath<contract> : f32
          %v757 = arith.subf %v753, %v756 fastmath<contract> : f32
          %v758 = arith.mulf %v755, %v471 fastmath<contract> : f32
          %v759 = arith.subf %v757, %v758 fastmath<contract> : f32
          %v760 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v759) : (f32) -> f32
          %v761 = arith.mulf %v176, %v760 fastmath<contract> : f32
          %v762 = arith.mulf %v761, %v751 fastmath<contract> : f32
          %v763 = llvm.load %v5 : !llvm.ptr -> f32
          %v764 = arith.mulf %v463, %v763 fastmath<contract> : f32
          %v765 = arith.addf %v764, %v762 fastmath<contract> : f32
          %v766 = llvm.load %v10 : !llvm.ptr -> f32
          %v767 = arith.mulf %v463, %v766 fastmath<contract> : f32
          %v768 = arith.mulf %v749, %v487 fastmath<contract> : f32
          %v769 = arith.mulf %v768, %v467 fastmath<contract> : f32
          %v770 = llvm.call_intrinsic "llvm.roundeven.f32"(%v769) : (f32) -> f32
          %v771 = arith.mulf %v770, %v470 fastmath<contract> : f32
          %v772 = arith.subf %v768, %v771 fastmath<contract> : f32
          %v773 = arith.mulf %v770, %v471 fastmath<contract> : f32
          %v774 = arith.subf %v772, %v773 fastmath<contract> : f32
          %v775 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v774) : (f32) -> f32
          %v776 = arith.mulf %v186, %v775 fastmath<contract> : f32
          %v777 = arith.mulf %v776, %v751 fastmath<contract> : f32
          %v778 = llvm.load %v6 : !llvm.ptr -> f32
          %v779 = arith.mulf %v463, %v778 fastmath<contract> : f32
          %v780 = arith.addf %v779, %v777 fastmath<contract> : f32
          %v781 = llvm.load %v11 : !llvm.ptr -> f32
          %v782 = arith.mulf %v463, %v781 fastmath<contract> : f32
          %v783 = arith.mulf %v753, %v467 fastmath<contract> : f32
          %v784 = llvm.call_intrinsic "llvm.roundeven.f32"(%v783) : (f32) -> f32
          %v785 = arith.mulf %v784, %v470 fastmath<contract> : f32
          %v786 = arith.subf %v753, %v785 fastmath<contract> : f32
          %v787 = arith.mulf %v784, %v471 fastmath<contract> : f32
          %v788 = arith.subf %v786, %v787 fastmath<contract> : f32
          %v789 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v788) : (f32) -> f32
          %v790 = arith.negf %v789 : f32
          %v791 = arith.mulf %v176, %v790 fastmath<contract> : f32
          %v792 = arith.mulf %v791, %v751 fastmath<contract> : f32
          %v793 = llvm.load %v7 : !llvm.ptr -> f32
          %v794 = arith.mulf %v463, %v793 fastmath<contract> : f32
          %v795 = arith.addf %v794, %v792 fastmath<contract> : f32
          %v796 = llvm.load %v12 : !llvm.ptr -> f32
          %v797 = arith.mulf %v463, %v796 fastmath<contract> : f32
          %v798 = arith.mulf %v768, %v467 fastmath<contract> : f32
          %v799 = llvm.call_intrinsic "llvm.roundeven.f32"(%v798) : (f32) -> f32
          %v800 = arith.mulf %v799, %v470 fastmath<contract> : f32
          %v801 = arith.subf %v768, %v800 fastmath<contract> : f32
          %v802 = arith.mulf %v799, %v471 fastmath<contract> : f32
          %v803 = arith.subf %v801, %v802 fastmath<contract> : f32
          %v804 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v803) : (f32) -> f32
          %v805 = arith.negf %v804 : f32
          %v806 = arith.mulf %v186, %v805 fastmath<contract> : f32
          %v807 = arith.mulf %v806, %v751 fastmath<contract> : f32
          %v808 = llvm.load %v8 : !llvm.ptr -> f32
          %v809 = arith.mulf %v463, %v808 fastmath<contract> : f32
          %v810 = arith.addf %v809, %v807 fastmath<contract> : f32
          %v811 = llvm.load %v13 : !llvm.ptr -> f32
          %v812 = arith.mulf %v463, %v811 fastmath<contract> : f32
          %v813 = llvm.load %v9 : !llvm.ptr -> f32
          %v814 = arith.mulf %v43, %v813 fastmath<contract> : f32
          %v815 = arith.addf %v814, %v43 fastmath<contract> : f32
          %v816 = llvm.load %v14 : !llvm.ptr -> f32
          %v817 = arith.mulf %v43, %v816 fastmath<contract> : f32
          llvm.store %v765, %v5 : f32, !llvm.ptr
          llvm.store %v767, %v10 : f32, !llvm.ptr
          llvm.store %v780, %v6 : f32, !llvm.ptr
          llvm.store %v782, %v11 : f32, !llvm.ptr
          llvm.store %v795, %v7 : f32, !llvm.ptr
          llvm.store %v797, %v12 : f32, !llvm.ptr
          llvm.store %v810, %v8 : f32, !llvm.ptr
          llvm.store %v812, %v13 : f32, !llvm.ptr
          llvm.store %v815, %v9 : f32, !llvm.ptr
          llvm.store %v817, %v14 : f32, !llvm.ptr
          %v818 = arith.addi %v52, %v71 : i64
          %v819, %v820 = gpu.shuffle idx %v398, %v445, %v456 : f32
          %v821, %v822 = gpu.shuffle idx %v408, %v445, %v456 : f32
          %v823 = arith.mulf %v819, %v465 fastmath<contract> : f32
          %v824 = arith.mulf %v823, %v467 fastmath<contract> : f32
          %v825 = llvm.call_intrinsic "llvm.roundeven.f32"(%v824) : (f32) -> f32
          %v826 = arith.mulf %v825, %v470 fastmath<contract> : f32
          %v827 = arith.subf %v823, %v826 fastmath<contract> : f32
          %v828 = arith.mulf %v825, %v471 fastmath<contract> : f32
          %v829 = arith.subf %v827, %v828 fastmath<contract> : f32
          %v830 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v829) : (f32) -> f32
          %v831 = arith.mulf %v195, %v830 fastmath<contract> : f32
          %v832 = arith.mulf %v831, %v821 fastmath<contract> : f32
          %v833 = llvm.load %v5 : !llvm.ptr -> f32
          %v834 = arith.mulf %v463, %v833 fastmath<contract> : f32
          %v835 = arith.addf %v834, %v832 fastmath<contract> : f32
          %v836 = llvm.load %v10 : !llvm.ptr -> f32
          %v837 = arith.mulf %v463, %v836 fastmath<contract> : f32
          %v838 = arith.mulf %v819, %v487 fastmath<contract> : f32
          %v839 = arith.mulf %v838, %v467 fastmath<contract> : f32
          %v840 = llvm.call_intrinsic "llvm.roundeven.f32"(%v839) : (f32) -> f32
          %v841 = arith.mulf %v840, %v470 fastmath<contract> : f32
          %v842 = arith.subf %v838, %v841 fastmath<contract> : f32
          %v843 = arith.mulf %v840, %v471 fastmath<contract> : f32
          %v844 = arith.subf %v842, %v843 fastmath<contract> : f32
          %v845 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v844) : (f32) -> f32
          %v846 = arith.mulf %v205, %v845 fastmath<contract> : f32
          %v847 = arith.mulf %v846, %v821 fastmath<contract> : f32
          %v848 = llvm.load %v6 : !llvm.ptr -> f32
          %v849 = arith.mulf %v463, %v848 fastmath<contract> : f32
          %v850 = arith.addf %v849, %v847 fastmath<contract> : f32
          %v851 = llvm.load %v11 : !llvm.ptr -> f32
          %v852 = arith.mulf %v463, %v851 fastmath<contract> : f32
          %v853 = arith.mulf %v823, %v467 fastmath<contract> : f32
          %v854 = llvm.call_intrinsic "llvm.roundeven.f32"(%v853) : (f32) -> f32
          %v855 = arith.mulf %v854, %v470 fastmath<contract> : f32
          %v856 = arith.subf %v823, %v855 fastmath<contract> : f32
          %v857 = arith.mulf %v854, %v471 fastmath<contract> : f32
          %v858 = arith.subf %v856, %v857 fastmath<contract> : f32
          %v859 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v858) : (f32) -> f32
          %v860 = arith.negf %v859 : f32
          %v861 = arith.mulf %v195, %v860 fastmath<contract> : f32
          %v862 = arith.mulf %v861, %v821 fastmath<contract> : f32
          %v863 = llvm.load %v7 : !llvm.ptr -> f32
          %v864 = arith.mulf %v463, %v863 fastmath<contract> : f32
          %v865 = arith.addf %v864, %v862 fastmath<contract> : f32
          %v866 = llvm.load %v12 : !llvm.ptr -> f32
          %v867 = arith.mulf %v463, %v866 fastmath<contract> : f32
          %v868 = arith.mulf %v838, %v467 fastmath<contract> : f32
          %v869 = llvm.call_intrinsic "llvm.roundeven.f32"(%v868) : (f32) -> f32
          %v870 = arith.mulf %v869, %v470 fastmath<contract> : f32
          %v871 = arith.subf %v838, %v870 fastmath<contract> : f32
          %v872 = arith.mulf %v869, %v471 fastmath<contract> : f32
          %v873 = arith.subf %v871, %v872 fastmath<contract> : f32
          %v874 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v873) : (f32) -> f32
          %v875 = arith.negf %v874 : f32
          %v876 = arith.mulf %v205, %v875 fastmath<contract> : f32
          %v877 = arith.mulf %v876, %v821 fastmath<contract> : f32
          %v878 = llvm.load %v8 : !llvm.ptr -> f32
          %v879 = arith.mulf %v463, %v878 fastmath<contract> : f32
          %v880 = arith.addf %v879, %v877 fastmath<contract> : f32
          %v881 = llvm.load %v13 : !llvm.ptr -> f32
          %v882 = arith.mulf %v463, %v881 fastmath<contract> : f32
          %v883 = llvm.load %v9 : !llvm.ptr -> f32
          %v884 = arith.mulf %v43, %v883 fastmath<contract> : f32
          %v885 = arith.addf %v884, %v43 fastmath<contract> : f32
          %v886 = llvm.load %v14 : !llvm.ptr -> f32
          %v887 = arith.mulf %v43, %v886 fastmath<contract> : f32
          llvm.store %v835, %v5 : f32, !llvm.ptr
          llvm.store %v837, %v10 : f32, !llvm.ptr
          llvm.store %v850, %v6 : f32, !llvm.ptr
          llvm.store %v852, %v11 : f32, !llvm.ptr
          llvm.store %v865, %v7 : f32, !llvm.ptr
          llvm.store %v867, %v12 : f32, !llvm.ptr
          llvm.store %v880, %v8 : f32, !llvm.ptr
          llvm.store %v882, %v13 : f32, !llvm.ptr
          llvm.store %v885, %v9 : f32, !llvm.ptr
          llvm.store %v887, %v14 : f32, !llvm.ptr
          %v888 = arith.addi %v52, %v73 : i64
          %v889, %v890 = gpu.shuffle idx %v398, %v449, %v456 : f32
          %v891, %v892 = gpu.shuffle idx %v408, %v449, %v456 : f32
          %v893 = arith.mulf %v889, %v465 fastmath<contract> : f32
          %v894 = arith.mulf %v893, %v467 fastmath<contract> : f32
          %v895 = llvm.call_intrinsic "llvm.roundeven.f32"(%v894) : (f32) -> f32
          %v896 = arith.mulf %v895, %v470 fastmath<contract> : f32
          %v897 = arith.subf %v893, %v896 fastmath<contract> : f32
          %v898 = arith.mulf %v895, %v471 fastmath<contract> : f32
          %v899 = arith.subf %v897, %v898 fastmath<contract> : f32
          %v900 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v899) : (f32) -> f32
          %v901 = arith.mulf %v214, %v900 fastmath<contract> : f32
          %v902 = arith.mulf %v901, %v891 fastmath<contract> : f32
          %v903 = llvm.load %v5 : !llvm.ptr -> f32
          %v904 = arith.mulf %v463, %v903 fastmath<contract> : f32
          %v905 = arith.addf %v904, %v902 fastmath<contract> : f32
          %v906 = llvm.load %v10 : !llvm.ptr -> f32
          %v907 = arith.mulf %v463, %v906 fastmath<contract> : f32
          %v908 = arith.mulf %v889, %v487 fastmath<contract> : f32
          %v909 = arith.mulf %v908, %v467 fastmath<contract> : f32
          %v910 = llvm.call_intrinsic "llvm.roundeven.f32"(%v909) : (f32) -> f32
          %v911 = arith.mulf %v910, %v470 fastmath<contract> : f32
          %v912 = arith.subf %v908, %v911 fastmath<contract> : f32
          %v913 = arith.mulf %v910, %v471 fastmath<contract> : f32
          %v914 = arith.subf %v912, %v913 fastmath<contract> : f32
          %v915 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v914) : (f32) -> f32
          %v916 = arith.mulf %v224, %v915 fastmath<contract> : f32
          %v917 = arith.mulf %v916, %v891 fastmath<contract> : f32
          %v918 = llvm.load %v6 : !llvm.ptr -> f32
          %v919 = arith.mulf %v463, %v918 fastmath<contract> : f32
          %v920 = arith.addf %v919, %v917 fastmath<contract> : f32
          %v921 = llvm.load %v11 : !llvm.ptr -> f32
          %v922 = arith.mulf %v463, %v921 fastmath<contract> : f32
          %v923 = arith.mulf %v893, %v467 fastmath<contract> : f32
          %v924 = llvm.call_intrinsic "llvm.roundeven.f32"(%v923) : (f32) -> f32
          %v925 = arith.mulf %v924, %v470 fastmath<contract> : f32
          %v926 = arith.subf %v893, %v925 fastmath<contract> : f32
          %v927 = arith.mulf %v924, %v471 fastmath<contract> : f32
          %v928 = arith.subf %v926, %v927 fastmath<contract> : f32
          %v929 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v928) : (f32) -> f32
          %v930 = arith.negf %v929 : f32
          %v931 = arith.mulf %v214, %v930 fastmath<contract> : f32
          %v932 = arith.mulf %v931, %v891 fastmath<contract> : f32
          %v933 = llvm.load %v7 : !llvm.ptr -> f32
          %v934 = arith.mulf %v463, %v933 fastmath<contract> : f32
          %v935 = arith.addf %v934, %v932 fastmath<contract> : f32
          %v936 = llvm.load %v12 : !llvm.ptr -> f32
          %v937 = arith.mulf %v463, %v936 fastmath<contract> : f32
          %v938 = arith.mulf %v908, %v467 fastmath<contract> : f32
          %v939 = llvm.call_intrinsic "llvm.roundeven.f32"(%v938) : (f32) -> f32
          %v940 = arith.mulf %v939, %v470 fastmath<contract> : f32
          %v941 = arith.subf %v908, %v940 fastmath<contract> : f32
          %v942 = arith.mulf %v939, %v471 fastmath<contract> : f32
          %v943 = arith.subf %v941, %v942 fastmath<contract> : f32
          %v944 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v943) : (f32) -> f32
          %v945 = arith.negf %v944 : f32
          %v946 = arith.mulf %v224, %v945 fastmath<contract> : f32
          %v947 = arith.mulf %v946, %v891 fastmath<contract> : f32
          %v948 = llvm.load %v8 : !llvm.ptr -> f32
          %v949 = arith.mulf %v463, %v948 fastmath<contract> : f32
          %v950 = arith.addf %v949, %v947 fastmath<contract> : f32
          %v951 = llvm.load %v13 : !llvm.ptr -> f32
          %v952 = arith.mulf %v463, %v951 fastmath<contract> : f32
          %v953 = llvm.load %v9 : !llvm.ptr -> f32
          %v954 = arith.mulf %v43, %v953 fastmath<contract> : f32
          %v955 = arith.addf %v954, %v43 fastmath<contract> : f32
          %v956 = llvm.load %v14 : !llvm.ptr -> f32
          %v957 = arith.mulf %v43, %v956 fastmath<contract> : f32
          llvm.store %v905, %v5 : f32, !llvm.ptr
          llvm.store %v907, %v10 : f32, !llvm.ptr
          llvm.store %v920, %v6 : f32, !llvm.ptr
          llvm.store %v922, %v11 : f32, !llvm.ptr
          llvm.store %v935, %v7 : f32, !llvm.ptr
          llvm.store %v937, %v12 : f32, !llvm.ptr
          llvm.store %v950, %v8 : f32, !llvm.ptr
          llvm.store %v952, %v13 : f32, !llvm.ptr
          llvm.store %v955, %v9 : f32, !llvm.ptr
          llvm.store %v957, %v14 : f32, !llvm.ptr
          %v958 = arith.addi %v52, %v74 : i64
          %v959, %v960 = gpu.shuffle idx %v398, %v453, %v456 : f32
          %v961, %v962 = gpu.shuffle idx %v408, %v453, %v456 : f32
          %v963 = arith.mulf %v959, %v465 fastmath<contract> : f32
          %v964 = arith.mulf %v963, %v467 fastmath<contract> : f32
          %v965 = llvm.call_intrinsic "llvm.roundeven.f32"(%v964) : (f32) -> f32
          %v966 = arith.mulf %v965, %v470 fastmath<contract> : f32
          %v967 = arith.subf %v963, %v966 fastmath<contract> : f32
          %v968 = arith.mulf %v965, %v471 fastmath<contract> : f32
          %v969 = arith.subf %v967, %v968 fastmath<contract> : f32
          %v970 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v969) : (f32) -> f32
          %v971 = arith.mulf %v233, %v970 fastmath<contract> : f32
          %v972 = arith.mulf %v971, %v961 fastmath<contract> : f32
          %v973 = llvm.load %v5 : !llvm.ptr -> f32
          %v974 = arith.mulf %v463, %v973 fastmath<contract> : f32
          %v975 = arith.addf %v974, %v972 fastmath<contract> : f32
          %v976 = llvm.load %v10 : !llvm.ptr -> f32
          %v977 = arith.mulf %v463, %v976 fastmath<contract> : f32
          %v978 = arith.mulf %v959, %v487 fastmath<contract> : f32
          %v979 = arith.mulf %v978, %v467 fastmath<contract> : f32
          %v980 = llvm.call_intrinsic "llvm.roundeven.f32"(%v979) : (f32) -> f32
          %v981 = arith.mulf %v980, %v470 fastmath<contract> : f32
          %v982 = arith.subf %v978, %v981 fastmath<contract> : f32
          %v983 = arith.mulf %v980, %v471 fastmath<contract> : f32
          %v984 = arith.subf %v982, %v983 fastmath<contract> : f32
          %v985 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v984) : (f32) -> f32
          %v986 = arith.mulf %v243, %v985 fastmath<contract> : f32
          %v987 = arith.mulf %v986, %v961 fastmath<contract> : f32
          %v988 = llvm.load %v6 : !llvm.ptr -> f32
          %v989 = arith.mulf %v463, %v988 fastmath<contract> : f32
          %v990 = arith.addf %v989, %v987 fastmath<contract> : f32
          %v991 = llvm.load %v11 : !llvm.ptr -> f32
          %v992 = arith.mulf %v463, %v991 fastmath<contract> : f32
          %v993 = arith.mulf %v963, %v467 fastmath<contract> : f32
          %v994 = llvm.call_intrinsic "llvm.roundeven.f32"(%v993) : (f32) -> f32
          %v995 = arith.mulf %v994, %v470 fastmath<contract> : f32
          %v996 = arith.subf %v963, %v995 fastmath<contract> : f32
          %v997 = arith.mulf %v994, %v471 fastmath<contract> : f32
          %v998 = arith.subf %v996, %v997 fastmath<contract> : f32
          %v999 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v998) : (f32) -> f32
          %v1000 = arith.negf %v999 : f32
          %v1001 = arith.mulf %v233, %v1000 fastmath<contract> : f32
          %v1002 = arith.mulf %v1001, %v961 fastmath<contract> : f32
          %v1003 = llvm.load %v7 : !llvm.ptr -> f32
          %v1004 = arith.mulf %v463, %v1003 fastmath<contract> : f32
          %v1005 = arith.addf %v1004, %v1002 fastmath<contract> : f32
          %v1006 = llvm.load %v12 : !llvm.ptr -> f32
          %v1007 = arith.mulf %v463, %v1006 fastmath<contract> : f32
          %v1008 = arith.mulf %v978, %v467 fastmath<contract> : f32
          %v1009 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1008) : (f32) -> f32
          %v1010 = arith.mulf %v1009, %v470 fastmath<contract> : f32
          %v1011 = arith.subf %v978, %v1010 fastmath<contract> : f32
          %v1012 = arith.mulf %v1009, %v471 fastmath<contract> : f32
          %v1013 = arith.subf %v1011, %v1012 fastmath<contract> : f32
          %v1014 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1013) : (f32) -> f32
          %v1015 = arith.negf %v1014 : f32
          %v1016 = arith.mulf %v243, %v1015 fastmath<contract> : f32
          %v1017 = arith.mulf %v1016, %v961 fastmath<contract> : f32
          %v1018 = llvm.load %v8 : !llvm.ptr -> f32
          %v1019 = arith.mulf %v463, %v1018 fastmath<contract> : f32
          %v1020 = arith.addf %v1019, %v1017 fastmath<contract> : f32
          %v1021 = llvm.load %v13 : !llvm.ptr -> f32
          %v1022 = arith.mulf %v463, %v1021 fastmath<contract> : f32
          %v1023 = llvm.load %v9 : !llvm.ptr -> f32
          %v1024 = arith.mulf %v43, %v1023 fastmath<contract> : f32
          %v1025 = arith.addf %v1024, %v43 fastmath<contract> : f32
          %v1026 = llvm.load %v14 : !llvm.ptr -> f32
          %v1027 = arith.mulf %v43, %v1026 fastmath<contract> : f32
          llvm.store %v975, %v5 : f32, !llvm.ptr
          llvm.store %v977, %v10 : f32, !llvm.ptr
          llvm.store %v990, %v6 : f32, !llvm.ptr
          llvm.store %v992, %v11 : f32, !llvm.ptr
          llvm.store %v1005, %v7 : f32, !llvm.ptr
          llvm.store %v1007, %v12 : f32, !llvm.ptr
          llvm.store %v1020, %v8 : f32, !llvm.ptr
          llvm.store %v1022, %v13 : f32, !llvm.ptr
          llvm.store %v1025, %v9 : f32, !llvm.ptr
          llvm.store %v1027, %v14 : f32, !llvm.ptr
          %v1028 = arith.addi %v52, %v75 : i64
          %v1029, %v1030 = gpu.shuffle idx %v412, %v425, %v456 : f32
          %v1031, %v1032 = gpu.shuffle idx %v420, %v425, %v456 : f32
          %v1033 = arith.mulf %v1029, %v465 fastmath<contract> : f32
          %v1034 = arith.mulf %v1033, %v467 fastmath<contract> : f32
          %v1035 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1034) : (f32) -> f32
          %v1036 = arith.mulf %v1035, %v470 fastmath<contract> : f32
          %v1037 = arith.subf %v1033, %v1036 fastmath<contract> : f32
          %v1038 = arith.mulf %v1035, %v471 fastmath<contract> : f32
          %v1039 = arith.subf %v1037, %v1038 fastmath<contract> : f32
          %v1040 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1039) : (f32) -> f32
          %v1041 = arith.mulf %v252, %v1040 fastmath<contract> : f32
          %v1042 = arith.mulf %v1041, %v1031 fastmath<contract> : f32
          %v1043 = llvm.load %v5 : !llvm.ptr -> f32
          %v1044 = arith.mulf %v463, %v1043 fastmath<contract> : f32
          %v1045 = arith.addf %v1044, %v1042 fastmath<contract> : f32
          %v1046 = llvm.load %v10 : !llvm.ptr -> f32
          %v1047 = arith.mulf %v463, %v1046 fastmath<contract> : f32
          %v1048 = arith.mulf %v1029, %v487 fastmath<contract> : f32
          %v1049 = arith.mulf %v1048, %v467 fastmath<contract> : f32
          %v1050 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1049) : (f32) -> f32
          %v1051 = arith.mulf %v1050, %v470 fastmath<contract> : f32
          %v1052 = arith.subf %v1048, %v1051 fastmath<contract> : f32
          %v1053 = arith.mulf %v1050, %v471 fastmath<contract> : f32
          %v1054 = arith.subf %v1052, %v1053 fastmath<contract> : f32
          %v1055 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1054) : (f32) -> f32
          %v1056 = arith.mulf %v262, %v1055 fastmath<contract> : f32
          %v1057 = arith.mulf %v1056, %v1031 fastmath<contract> : f32
          %v1058 = llvm.load %v6 : !llvm.ptr -> f32
          %v1059 = arith.mulf %v463, %v1058 fastmath<contract> : f32
          %v1060 = arith.addf %v1059, %v1057 fastmath<contract> : f32
          %v1061 = llvm.load %v11 : !llvm.ptr -> f32
          %v1062 = arith.mulf %v463, %v1061 fastmath<contract> : f32
          %v1063 = arith.mulf %v1033, %v467 fastmath<contract> : f32
          %v1064 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1063) : (f32) -> f32
          %v1065 = arith.mulf %v1064, %v470 fastmath<contract> : f32
          %v1066 = arith.subf %v1033, %v1065 fastmath<contract> : f32
          %v1067 = arith.mulf %v1064, %v471 fastmath<contract> : f32
          %v1068 = arith.subf %v1066, %v1067 fastmath<contract> : f32
          %v1069 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1068) : (f32) -> f32
          %v1070 = arith.negf %v1069 : f32
          %v1071 = arith.mulf %v252, %v1070 fastmath<contract> : f32
          %v1072 = arith.mulf %v1071, %v1031 fastmath<contract> : f32
          %v1073 = llvm.load %v7 : !llvm.ptr -> f32
          %v1074 = arith.mulf %v463, %v1073 fastmath<contract> : f32
          %v1075 = arith.addf %v1074, %v1072 fastmath<contract> : f32
          %v1076 = llvm.load %v12 : !llvm.ptr -> f32
          %v1077 = arith.mulf %v463, %v1076 fastmath<contract> : f32
          %v1078 = arith.mulf %v1048, %v467 fastmath<contract> : f32
          %v1079 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1078) : (f32) -> f32
          %v1080 = arith.mulf %v1079, %v470 fastmath<contract> : f32
          %v1081 = arith.subf %v1048, %v1080 fastmath<contract> : f32
          %v1082 = arith.mulf %v1079, %v471 fastmath<contract> : f32
          %v1083 = arith.subf %v1081, %v1082 fastmath<contract> : f32
          %v1084 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1083) : (f32) -> f32
          %v1085 = arith.negf %v1084 : f32
          %v1086 = arith.mulf %v262, %v1085 fastmath<contract> : f32
          %v1087 = arith.mulf %v1086, %v1031 fastmath<contract> : f32
          %v1088 = llvm.load %v8 : !llvm.ptr -> f32
          %v1089 = arith.mulf %v463, %v1088 fastmath<contract> : f32
          %v1090 = arith.addf %v1089, %v1087 fastmath<contract> : f32
          %v1091 = llvm.load %v13 : !llvm.ptr -> f32
          %v1092 = arith.mulf %v463, %v1091 fastmath<contract> : f32
          %v1093 = llvm.load %v9 : !llvm.ptr -> f32
          %v1094 = arith.mulf %v43, %v1093 fastmath<contract> : f32
          %v1095 = arith.addf %v1094, %v43 fastmath<contract> : f32
          %v1096 = llvm.load %v14 : !llvm.ptr -> f32
          %v1097 = arith.mulf %v43, %v1096 fastmath<contract> : f32
          llvm.store %v1045, %v5 : f32, !llvm.ptr
          llvm.store %v1047, %v10 : f32, !llvm.ptr
          llvm.store %v1060, %v6 : f32, !llvm.ptr
          llvm.store %v1062, %v11 : f32, !llvm.ptr
          llvm.store %v1075, %v7 : f32, !llvm.ptr
          llvm.store %v1077, %v12 : f32, !llvm.ptr
          llvm.store %v1090, %v8 : f32, !llvm.ptr
          llvm.store %v1092, %v13 : f32, !llvm.ptr
          llvm.store %v1095, %v9 : f32, !llvm.ptr
          llvm.store %v1097, %v14 : f32, !llvm.ptr
          %v1098 = arith.addi %v52, %v77 : i64
          %v1099, %v1100 = gpu.shuffle idx %v412, %v429, %v456 : f32
          %v1101, %v1102 = gpu.shuffle idx %v420, %v429, %v456 : f32
          %v1103 = arith.mulf %v1099, %v465 fastmath<contract> : f32
          %v1104 = arith.mulf %v1103, %v467 fastmath<contract> : f32
          %v1105 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1104) : (f32) -> f32
          %v1106 = arith.mulf %v1105, %v470 fastmath<contract> : f32
          %v1107 = arith.subf %v1103, %v1106 fastmath<contract> : f32
          %v1108 = arith.mulf %v1105, %v471 fastmath<contract> : f32
          %v1109 = arith.subf %v1107, %v1108 fastmath<contract> : f32
          %v1110 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1109) : (f32) -> f32
          %v1111 = arith.mulf %v271, %v1110 fastmath<contract> : f32
          %v1112 = arith.mulf %v1111, %v1101 fastmath<contract> : f32
          %v1113 = llvm.load %v5 : !llvm.ptr -> f32
          %v1114 = arith.mulf %v463, %v1113 fastmath<contract> : f32
          %v1115 = arith.addf %v1114, %v1112 fastmath<contract> : f32
          %v1116 = llvm.load %v10 : !llvm.ptr -> f32
          %v1117 = arith.mulf %v463, %v1116 fastmath<contract> : f32
          %v1118 = arith.mulf %v1099, %v487 fastmath<contract> : f32
          %v1119 = arith.mulf %v1118, %v467 fastmath<contract> : f32
          %v1120 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1119) : (f32) -> f32
          %v1121 = arith.mulf %v1120, %v470 fastmath<contract> : f32
          %v1122 = arith.subf %v1118, %v1121 fastmath<contract> : f32
          %v1123 = arith.mulf %v1120, %v471 fastmath<contract> : f32
          %v1124 = arith.subf %v1122, %v1123 fastmath<contract> : f32
          %v1125 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1124) : (f32) -> f32
          %v1126 = arith.mulf %v281, %v1125 fastmath<contract> : f32
          %v1127 = arith.mulf %v1126, %v1101 fastmath<contract> : f32
          %v1128 = llvm.load %v6 : !llvm.ptr -> f32
          %v1129 = arith.mulf %v463, %v1128 fastmath<contract> : f32
          %v1130 = arith.addf %v1129, %v1127 fastmath<contract> : f32
          %v1131 = llvm.load %v11 : !llvm.ptr -> f32
          %v1132 = arith.mulf %v463, %v1131 fastmath<contract> : f32
          %v1133 = arith.mulf %v1103, %v467 fastmath<contract> : f32
          %v1134 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1133) : (f32) -> f32
          %v1135 = arith.mulf %v1134, %v470 fastmath<contract> : f32
          %v1136 = arith.subf %v1103, %v1135 fastmath<contract> : f32
          %v1137 = arith.mulf %v1134, %v471 fastmath<contract> : f32
          %v1138 = arith.subf %v1136, %v1137 fastmath<contract> : f32
          %v1139 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1138) : (f32) -> f32
          %v1140 = arith.negf %v1139 : f32
          %v1141 = arith.mulf %v271, %v1140 fastmath<contract> : f32
          %v1142 = arith.mulf %v1141, %v1101 fastmath<contract> : f32
          %v1143 = llvm.load %v7 : !llvm.ptr -> f32
          %v1144 = arith.mulf %v463, %v1143 fastmath<contract> : f32
          %v1145 = arith.addf %v1144, %v1142 fastmath<contract> : f32
          %v1146 = llvm.load %v12 : !llvm.ptr -> f32
          %v1147 = arith.mulf %v463, %v1146 fastmath<contract> : f32
          %v1148 = arith.mulf %v1118, %v467 fastmath<contract> : f32
          %v1149 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1148) : (f32) -> f32
          %v1150 = arith.mulf %v1149, %v470 fastmath<contract> : f32
          %v1151 = arith.subf %v1118, %v1150 fastmath<contract> : f32
          %v1152 = arith.mulf %v1149, %v471 fastmath<contract> : f32
          %v1153 = arith.subf %v1151, %v1152 fastmath<contract> : f32
          %v1154 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1153) : (f32) -> f32
          %v1155 = arith.negf %v1154 : f32
          %v1156 = arith.mulf %v281, %v1155 fastmath<contract> : f32
          %v1157 = arith.mulf %v1156, %v1101 fastmath<contract> : f32
          %v1158 = llvm.load %v8 : !llvm.ptr -> f32
          %v1159 = arith.mulf %v463, %v1158 fastmath<contract> : f32
          %v1160 = arith.addf %v1159, %v1157 fastmath<contract> : f32
          %v1161 = llvm.load %v13 : !llvm.ptr -> f32
          %v1162 = arith.mulf %v463, %v1161 fastmath<contract> : f32
          %v1163 = llvm.load %v9 : !llvm.ptr -> f32
          %v1164 = arith.mulf %v43, %v1163 fastmath<contract> : f32
          %v1165 = arith.addf %v1164, %v43 fastmath<contract> : f32
          %v1166 = llvm.load %v14 : !llvm.ptr -> f32
          %v1167 = arith.mulf %v43, %v1166 fastmath<contract> : f32
          llvm.store %v1115, %v5 : f32, !llvm.ptr
          llvm.store %v1117, %v10 : f32, !llvm.ptr
          llvm.store %v1130, %v6 : f32, !llvm.ptr
          llvm.store %v1132, %v11 : f32, !llvm.ptr
          llvm.store %v1145, %v7 : f32, !llvm.ptr
          llvm.store %v1147, %v12 : f32, !llvm.ptr
          llvm.store %v1160, %v8 : f32, !llvm.ptr
          llvm.store %v1162, %v13 : f32, !llvm.ptr
          llvm.store %v1165, %v9 : f32, !llvm.ptr
          llvm.store %v1167, %v14 : f32, !llvm.ptr
          %v1168 = arith.addi %v52, %v79 : i64
          %v1169, %v1170 = gpu.shuffle idx %v412, %v433, %v456 : f32
          %v1171, %v1172 = gpu.shuffle idx %v420, %v433, %v456 : f32
          %v1173 = arith.mulf %v1169, %v465 fastmath<contract> : f32
          %v1174 = arith.mulf %v1173, %v467 fastmath<contract> : f32
          %v1175 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1174) : (f32) -> f32
          %v1176 = arith.mulf %v1175, %v470 fastmath<contract> : f32
          %v1177 = arith.subf %v1173, %v1176 fastmath<contract> : f32
          %v1178 = arith.mulf %v1175, %v471 fastmath<contract> : f32
          %v1179 = arith.subf %v1177, %v1178 fastmath<contract> : f32
          %v1180 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1179) : (f32) -> f32
          %v1181 = arith.mulf %v290, %v1180 fastmath<contract> : f32
          %v1182 = arith.mulf %v1181, %v1171 fastmath<contract> : f32
          %v1183 = llvm.load %v5 : !llvm.ptr -> f32
          %v1184 = arith.mulf %v463, %v1183 fastmath<contract> : f32
          %v1185 = arith.addf %v1184, %v1182 fastmath<contract> : f32
          %v1186 = llvm.load %v10 : !llvm.ptr -> f32
          %v1187 = arith.mulf %v463, %v1186 fastmath<contract> : f32
          %v1188 = arith.mulf %v1169, %v487 fastmath<contract> : f32
          %v1189 = arith.mulf %v1188, %v467 fastmath<contract> : f32
          %v1190 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1189) : (f32) -> f32
          %v1191 = arith.mulf %v1190, %v470 fastmath<contract> : f32
          %v1192 = arith.subf %v1188, %v1191 fastmath<contract> : f32
          %v1193 = arith.mulf %v1190, %v471 fastmath<contract> : f32
          %v1194 = arith.subf %v1192, %v1193 fastmath<contract> : f32
          %v1195 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1194) : (f32) -> f32
          %v1196 = arith.mulf %v300, %v1195 fastmath<contract> : f32
          %v1197 = arith.mulf %v1196, %v1171 fastmath<contract> : f32
          %v1198 = llvm.load %v6 : !llvm.ptr -> f32
          %v1199 = arith.mulf %v463, %v1198 fastmath<contract> : f32
          %v1200 = arith.addf %v1199, %v1197 fastmath<contract> : f32
          %v1201 = llvm.load %v11 : !llvm.ptr -> f32
          %v1202 = arith.mulf %v463, %v1201 fastmath<contract> : f32
          %v1203 = arith.mulf %v1173, %v467 fastmath<contract> : f32
          %v1204 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1203) : (f32) -> f32
          %v1205 = arith.mulf %v1204, %v470 fastmath<contract> : f32
          %v1206 = arith.subf %v1173, %v1205 fastmath<contract> : f32
          %v1207 = arith.mulf %v1204, %v471 fastmath<contract> : f32
          %v1208 = arith.subf %v1206, %v1207 fastmath<contract> : f32
          %v1209 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1208) : (f32) -> f32
          %v1210 = arith.negf %v1209 : f32
          %v1211 = arith.mulf %v290, %v1210 fastmath<contract> : f32
          %v1212 = arith.mulf %v1211, %v1171 fastmath<contract> : f32
          %v1213 = llvm.load %v7 : !llvm.ptr -> f32
          %v1214 = arith.mulf %v463, %v1213 fastmath<contract> : f32
          %v1215 = arith.addf %v1214, %v1212 fastmath<contract> : f32
          %v1216 = llvm.load %v12 : !llvm.ptr -> f32
          %v1217 = arith.mulf %v463, %v1216 fastmath<contract> : f32
          %v1218 = arith.mulf %v1188, %v467 fastmath<contract> : f32
          %v1219 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1218) : (f32) -> f32
          %v1220 = arith.mulf %v1219, %v470 fastmath<contract> : f32
          %v1221 = arith.subf %v1188, %v1220 fastmath<contract> : f32
          %v1222 = arith.mulf %v1219, %v471 fastmath<contract> : f32
          %v1223 = arith.subf %v1221, %v1222 fastmath<contract> : f32
          %v1224 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1223) : (f32) -> f32
          %v1225 = arith.negf %v1224 : f32
          %v1226 = arith.mulf %v300, %v1225 fastmath<contract> : f32
          %v1227 = arith.mulf %v1226, %v1171 fastmath<contract> : f32
          %v1228 = llvm.load %v8 : !llvm.ptr -> f32
          %v1229 = arith.mulf %v463, %v1228 fastmath<contract> : f32
          %v1230 = arith.addf %v1229, %v1227 fastmath<contract> : f32
          %v1231 = llvm.load %v13 : !llvm.ptr -> f32
          %v1232 = arith.mulf %v463, %v1231 fastmath<contract> : f32
          %v1233 = llvm.load %v9 : !llvm.ptr -> f32
          %v1234 = arith.mulf %v43, %v1233 fastmath<contract> : f32
          %v1235 = arith.addf %v1234, %v43 fastmath<contract> : f32
          %v1236 = llvm.load %v14 : !llvm.ptr -> f32
          %v1237 = arith.mulf %v43, %v1236 fastmath<contract> : f32
          llvm.store %v1185, %v5 : f32, !llvm.ptr
          llvm.store %v1187, %v10 : f32, !llvm.ptr
          llvm.store %v1200, %v6 : f32, !llvm.ptr
          llvm.store %v1202, %v11 : f32, !llvm.ptr
          llvm.store %v1215, %v7 : f32, !llvm.ptr
          llvm.store %v1217, %v12 : f32, !llvm.ptr
          llvm.store %v1230, %v8 : f32, !llvm.ptr
          llvm.store %v1232, %v13 : f32, !llvm.ptr
          llvm.store %v1235, %v9 : f32, !llvm.ptr
          llvm.store %v1237, %v14 : f32, !llvm.ptr
          %v1238 = arith.addi %v52, %v81 : i64
          %v1239, %v1240 = gpu.shuffle idx %v412, %v437, %v456 : f32
          %v1241, %v1242 = gpu.shuffle idx %v420, %v437, %v456 : f32
          %v1243 = arith.mulf %v1239, %v465 fastmath<contract> : f32
          %v1244 = arith.mulf %v1243, %v467 fastmath<contract> : f32
          %v1245 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1244) : (f32) -> f32
          %v1246 = arith.mulf %v1245, %v470 fastmath<contract> : f32
          %v1247 = arith.subf %v1243, %v1246 fastmath<contract> : f32
          %v1248 = arith.mulf %v1245, %v471 fastmath<contract> : f32
          %v1249 = arith.subf %v1247, %v1248 fastmath<contract> : f32
          %v1250 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1249) : (f32) -> f32
          %v1251 = arith.mulf %v309, %v1250 fastmath<contract> : f32
          %v1252 = arith.mulf %v1251, %v1241 fastmath<contract> : f32
          %v1253 = llvm.load %v5 : !llvm.ptr -> f32
          %v1254 = arith.mulf %v463, %v1253 fastmath<contract> : f32
          %v1255 = arith.addf %v1254, %v1252 fastmath<contract> : f32
          %v1256 = llvm.load %v10 : !llvm.ptr -> f32
          %v1257 = arith.mulf %v463, %v1256 fastmath<contract> : f32
          %v1258 = arith.mulf %v1239, %v487 fastmath<contract> : f32
          %v1259 = arith.mulf %v1258, %v467 fastmath<contract> : f32
          %v1260 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1259) : (f32) -> f32
          %v1261 = arith.mulf %v1260, %v470 fastmath<contract> : f32
          %v1262 = arith.subf %v1258, %v1261 fastmath<contract> : f32
          %v1263 = arith.mulf %v1260, %v471 fastmath<contract> : f32
          %v1264 = arith.subf %v1262, %v1263 fastmath<contract> : f32
          %v1265 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1264) : (f32) -> f32
          %v1266 = arith.mulf %v319, %v1265 fastmath<contract> : f32
          %v1267 = arith.mulf %v1266, %v1241 fastmath<contract> : f32
          %v1268 = llvm.load %v6 : !llvm.ptr -> f32
          %v1269 = arith.mulf %v463, %v1268 fastmath<contract> : f32
          %v1270 = arith.addf %v1269, %v1267 fastmath<contract> : f32
          %v1271 = llvm.load %v11 : !llvm.ptr -> f32
          %v1272 = arith.mulf %v463, %v1271 fastmath<contract> : f32
          %v1273 = arith.mulf %v1243, %v467 fastmath<contract> : f32
          %v1274 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1273) : (f32) -> f32
          %v1275 = arith.mulf %v1274, %v470 fastmath<contract> : f32
          %v1276 = arith.subf %v1243, %v1275 fastmath<contract> : f32
          %v1277 = arith.mulf %v1274, %v471 fastmath<contract> : f32
          %v1278 = arith.subf %v1276, %v1277 fastmath<contract> : f32
          %v1279 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1278) : (f32) -> f32
          %v1280 = arith.negf %v1279 : f32
          %v1281 = arith.mulf %v309, %v1280 fastmath<contract> : f32
          %v1282 = arith.mulf %v1281, %v1241 fastmath<contract> : f32
          %v1283 = llvm.load %v7 : !llvm.ptr -> f32
          %v1284 = arith.mulf %v463, %v1283 fastmath<contract> : f32
          %v1285 = arith.addf %v1284, %v1282 fastmath<contract> : f32
          %v1286 = llvm.load %v12 : !llvm.ptr -> f32
          %v1287 = arith.mulf %v463, %v1286 fastmath<contract> : f32
          %v1288 = arith.mulf %v1258, %v467 fastmath<contract> : f32
          %v1289 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1288) : (f32) -> f32
          %v1290 = arith.mulf %v1289, %v470 fastmath<contract> : f32
          %v1291 = arith.subf %v1258, %v1290 fastmath<contract> : f32
          %v1292 = arith.mulf %v1289, %v471 fastmath<contract> : f32
          %v1293 = arith.subf %v1291, %v1292 fastmath<contract> : f32
          %v1294 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1293) : (f32) -> f32
          %v1295 = arith.negf %v1294 : f32
          %v1296 = arith.mulf %v319, %v1295 fastmath<contract> : f32
          %v1297 = arith.mulf %v1296, %v1241 fastmath<contract> : f32
          %v1298 = llvm.load %v8 : !llvm.ptr -> f32
          %v1299 = arith.mulf %v463, %v1298 fastmath<contract> : f32
          %v1300 = arith.addf %v1299, %v1297 fastmath<contract> : f32
          %v1301 = llvm.load %v13 : !llvm.ptr -> f32
          %v1302 = arith.mulf %v463, %v1301 fastmath<contract> : f32
          %v1303 = llvm.load %v9 : !llvm.ptr -> f32
          %v1304 = arith.mulf %v43, %v1303 fastmath<contract> : f32
          %v1305 = arith.addf %v1304, %v43 fastmath<contract> : f32
          %v1306 = llvm.load %v14 : !llvm.ptr -> f32
          %v1307 = arith.mulf %v43, %v1306 fastmath<contract> : f32
          llvm.store %v1255, %v5 : f32, !llvm.ptr
          llvm.store %v1257, %v10 : f32, !llvm.ptr
          llvm.store %v1270, %v6 : f32, !llvm.ptr
          llvm.store %v1272, %v11 : f32, !llvm.ptr
          llvm.store %v1285, %v7 : f32, !llvm.ptr
          llvm.store %v1287, %v12 : f32, !llvm.ptr
          llvm.store %v1300, %v8 : f32, !llvm.ptr
          llvm.store %v1302, %v13 : f32, !llvm.ptr
          llvm.store %v1305, %v9 : f32, !llvm.ptr
          llvm.store %v1307, %v14 : f32, !llvm.ptr
          %v1308 = arith.addi %v52, %v83 : i64
          %v1309, %v1310 = gpu.shuffle idx %v412, %v441, %v456 : f32
          %v1311, %v1312 = gpu.shuffle idx %v420, %v441, %v456 : f32
          %v1313 = arith.mulf %v1309, %v465 fastmath<contract> : f32
          %v1314 = arith.mulf %v1313, %v467 fastmath<contract> : f32
          %v1315 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1314) : (f32) -> f32
          %v1316 = arith.mulf %v1315, %v470 fastmath<contract> : f32
          %v1317 = arith.subf %v1313, %v1316 fastmath<contract> : f32
          %v1318 = arith.mulf %v1315, %v471 fastmath<contract> : f32
          %v1319 = arith.subf %v1317, %v1318 fastmath<contract> : f32
          %v1320 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1319) : (f32) -> f32
          %v1321 = arith.mulf %v328, %v1320 fastmath<contract> : f32
          %v1322 = arith.mulf %v1321, %v1311 fastmath<contract> : f32
          %v1323 = llvm.load %v5 : !llvm.ptr -> f32
          %v1324 = arith.mulf %v463, %v1323 fastmath<contract> : f32
          %v1325 = arith.addf %v1324, %v1322 fastmath<contract> : f32
          %v1326 = llvm.load %v10 : !llvm.ptr -> f32
          %v1327 = arith.mulf %v463, %v1326 fastmath<contract> : f32
          %v1328 = arith.mulf %v1309, %v487 fastmath<contract> : f32
          %v1329 = arith.mulf %v1328, %v467 fastmath<contract> : f32
          %v1330 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1329) : (f32) -> f32
          %v1331 = arith.mulf %v1330, %v470 fastmath<contract> : f32
          %v1332 = arith.subf %v1328, %v1331 fastmath<contract> : f32
          %v1333 = arith.mulf %v1330, %v471 fastmath<contract> : f32
          %v1334 = arith.subf %v1332, %v1333 fastmath<contract> : f32
          %v1335 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1334) : (f32) -> f32
          %v1336 = arith.mulf %v338, %v1335 fastmath<contract> : f32
          %v1337 = arith.mulf %v1336, %v1311 fastmath<contract> : f32
          %v1338 = llvm.load %v6 : !llvm.ptr -> f32
          %v1339 = arith.mulf %v463, %v1338 fastmath<contract> : f32
          %v1340 = arith.addf %v1339, %v1337 fastmath<contract> : f32
          %v1341 = llvm.load %v11 : !llvm.ptr -> f32
          %v1342 = arith.mulf %v463, %v1341 fastmath<contract> : f32
          %v1343 = arith.mulf %v1313, %v467 fastmath<contract> : f32
          %v1344 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1343) : (f32) -> f32
          %v1345 = arith.mulf %v1344, %v470 fastmath<contract> : f32
          %v1346 = arith.subf %v1313, %v1345 fastmath<contract> : f32
          %v1347 = arith.mulf %v1344, %v471 fastmath<contract> : f32
          %v1348 = arith.subf %v1346, %v1347 fastmath<contract> : f32
          %v1349 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1348) : (f32) -> f32
          %v1350 = arith.negf %v1349 : f32
          %v1351 = arith.mulf %v328, %v1350 fastmath<contract> : f32
          %v1352 = arith.mulf %v1351, %v1311 fastmath<contract> : f32
          %v1353 = llvm.load %v7 : !llvm.ptr -> f32
          %v1354 = arith.mulf %v463, %v1353 fastmath<contract> : f32
          %v1355 = arith.addf %v1354, %v1352 fastmath<contract> : f32
          %v1356 = llvm.load %v12 : !llvm.ptr -> f32
          %v1357 = arith.mulf %v463, %v1356 fastmath<contract> : f32
          %v1358 = arith.mulf %v1328, %v467 fastmath<contract> : f32
          %v1359 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1358) : (f32) -> f32
          %v1360 = arith.mulf %v1359, %v470 fastmath<contract> : f32
          %v1361 = arith.subf %v1328, %v1360 fastmath<contract> : f32
          %v1362 = arith.mulf %v1359, %v471 fastmath<contract> : f32
          %v1363 = arith.subf %v1361, %v1362 fastmath<contract> : f32
          %v1364 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1363) : (f32) -> f32
          %v1365 = arith.negf %v1364 : f32
          %v1366 = arith.mulf %v338, %v1365 fastmath<contract> : f32
          %v1367 = arith.mulf %v1366, %v1311 fastmath<contract> : f32
          %v1368 = llvm.load %v8 : !llvm.ptr -> f32
          %v1369 = arith.mulf %v463, %v1368 fastmath<contract> : f32
          %v1370 = arith.addf %v1369, %v1367 fastmath<contract> : f32
          %v1371 = llvm.load %v13 : !llvm.ptr -> f32
          %v1372 = arith.mulf %v463, %v1371 fastmath<contract> : f32
          %v1373 = llvm.load %v9 : !llvm.ptr -> f32
          %v1374 = arith.mulf %v43, %v1373 fastmath<contract> : f32
          %v1375 = arith.addf %v1374, %v43 fastmath<contract> : f32
          %v1376 = llvm.load %v14 : !llvm.ptr -> f32
          %v1377 = arith.mulf %v43, %v1376 fastmath<contract> : f32
          llvm.store %v1325, %v5 : f32, !llvm.ptr
          llvm.store %v1327, %v10 : f32, !llvm.ptr
          llvm.store %v1340, %v6 : f32, !llvm.ptr
          llvm.store %v1342, %v11 : f32, !llvm.ptr
          llvm.store %v1355, %v7 : f32, !llvm.ptr
          llvm.store %v1357, %v12 : f32, !llvm.ptr
          llvm.store %v1370, %v8 : f32, !llvm.ptr
          llvm.store %v1372, %v13 : f32, !llvm.ptr
          llvm.store %v1375, %v9 : f32, !llvm.ptr
          llvm.store %v1377, %v14 : f32, !llvm.ptr
          %v1378 = arith.addi %v52, %v85 : i64
          %v1379, %v1380 = gpu.shuffle idx %v412, %v445, %v456 : f32
          %v1381, %v1382 = gpu.shuffle idx %v420, %v445, %v456 : f32
          %v1383 = arith.mulf %v1379, %v465 fastmath<contract> : f32
          %v1384 = arith.mulf %v1383, %v467 fastmath<contract> : f32
          %v1385 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1384) : (f32) -> f32
          %v1386 = arith.mulf %v1385, %v470 fastmath<contract> : f32
          %v1387 = arith.subf %v1383, %v1386 fastmath<contract> : f32
          %v1388 = arith.mulf %v1385, %v471 fastmath<contract> : f32
          %v1389 = arith.subf %v1387, %v1388 fastmath<contract> : f32
          %v1390 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1389) : (f32) -> f32
          %v1391 = arith.mulf %v347, %v1390 fastmath<contract> : f32
          %v1392 = arith.mulf %v1391, %v1381 fastmath<contract> : f32
          %v1393 = llvm.load %v5 : !llvm.ptr -> f32
          %v1394 = arith.mulf %v463, %v1393 fastmath<contract> : f32
          %v1395 = arith.addf %v1394, %v1392 fastmath<contract> : f32
          %v1396 = llvm.load %v10 : !llvm.ptr -> f32
          %v1397 = arith.mulf %v463, %v1396 fastmath<contract> : f32
          %v1398 = arith.mulf %v1379, %v487 fastmath<contract> : f32
          %v1399 = arith.mulf %v1398, %v467 fastmath<contract> : f32
          %v1400 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1399) : (f32) -> f32
          %v1401 = arith.mulf %v1400, %v470 fastmath<contract> : f32
          %v1402 = arith.subf %v1398, %v1401 fastmath<contract> : f32
          %v1403 = arith.mulf %v1400, %v471 fastmath<contract> : f32
          %v1404 = arith.subf %v1402, %v1403 fastmath<contract> : f32
          %v1405 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1404) : (f32) -> f32
          %v1406 = arith.mulf %v357, %v1405 fastmath<contract> : f32
          %v1407 = arith.mulf %v1406, %v1381 fastmath<contract> : f32
          %v1408 = llvm.load %v6 : !llvm.ptr -> f32
          %v1409 = arith.mulf %v463, %v1408 fastmath<contract> : f32
          %v1410 = arith.addf %v1409, %v1407 fastmath<contract> : f32
          %v1411 = llvm.load %v11 : !llvm.ptr -> f32
          %v1412 = arith.mulf %v463, %v1411 fastmath<contract> : f32
          %v1413 = arith.mulf %v1383, %v467 fastmath<contract> : f32
          %v1414 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1413) : (f32) -> f32
          %v1415 = arith.mulf %v1414, %v470 fastmath<contract> : f32
          %v1416 = arith.subf %v1383, %v1415 fastmath<contract> : f32
          %v1417 = arith.mulf %v1414, %v471 fastmath<contract> : f32
          %v1418 = arith.subf %v1416, %v1417 fastmath<contract> : f32
          %v1419 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1418) : (f32) -> f32
          %v1420 = arith.negf %v1419 : f32
          %v1421 = arith.mulf %v347, %v1420 fastmath<contract> : f32
          %v1422 = arith.mulf %v1421, %v1381 fastmath<contract> : f32
          %v1423 = llvm.load %v7 : !llvm.ptr -> f32
          %v1424 = arith.mulf %v463, %v1423 fastmath<contract> : f32
          %v1425 = arith.addf %v1424, %v1422 fastmath<contract> : f32
          %v1426 = llvm.load %v12 : !llvm.ptr -> f32
          %v1427 = arith.mulf %v463, %v1426 fastmath<contract> : f32
          %v1428 = arith.mulf %v1398, %v467 fastmath<contract> : f32
          %v1429 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1428) : (f32) -> f32
          %v1430 = arith.mulf %v1429, %v470 fastmath<contract> : f32
          %v1431 = arith.subf %v1398, %v1430 fastmath<contract> : f32
          %v1432 = arith.mulf %v1429, %v471 fastmath<contract> : f32
          %v1433 = arith.subf %v1431, %v1432 fastmath<contract> : f32
          %v1434 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1433) : (f32) -> f32
          %v1435 = arith.negf %v1434 : f32
          %v1436 = arith.mulf %v357, %v1435 fastmath<contract> : f32
          %v1437 = arith.mulf %v1436, %v1381 fastmath<contract> : f32
          %v1438 = llvm.load %v8 : !llvm.ptr -> f32
          %v1439 = arith.mulf %v463, %v1438 fastmath<contract> : f32
          %v1440 = arith.addf %v1439, %v1437 fastmath<contract> : f32
          %v1441 = llvm.load %v13 : !llvm.ptr -> f32
          %v1442 = arith.mulf %v463, %v1441 fastmath<contract> : f32
          %v1443 = llvm.load %v9 : !llvm.ptr -> f32
          %v1444 = arith.mulf %v43, %v1443 fastmath<contract> : f32
          %v1445 = arith.addf %v1444, %v43 fastmath<contract> : f32
          %v1446 = llvm.load %v14 : !llvm.ptr -> f32
          %v1447 = arith.mulf %v43, %v1446 fastmath<contract> : f32
          llvm.store %v1395, %v5 : f32, !llvm.ptr
          llvm.store %v1397, %v10 : f32, !llvm.ptr
          llvm.store %v1410, %v6 : f32, !llvm.ptr
          llvm.store %v1412, %v11 : f32, !llvm.ptr
          llvm.store %v1425, %v7 : f32, !llvm.ptr
          llvm.store %v1427, %v12 : f32, !llvm.ptr
          llvm.store %v1440, %v8 : f32, !llvm.ptr
          llvm.store %v1442, %v13 : f32, !llvm.ptr
          llvm.store %v1445, %v9 : f32, !llvm.ptr
          llvm.store %v1447, %v14 : f32, !llvm.ptr
          %v1448 = arith.addi %v52, %v87 : i64
          %v1449, %v1450 = gpu.shuffle idx %v412, %v449, %v456 : f32
          %v1451, %v1452 = gpu.shuffle idx %v420, %v449, %v456 : f32
          %v1453 = arith.mulf %v1449, %v465 fastmath<contract> : f32
          %v1454 = arith.mulf %v1453, %v467 fastmath<contract> : f32
          %v1455 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1454) : (f32) -> f32
          %v1456 = arith.mulf %v1455, %v470 fastmath<contract> : f32
          %v1457 = arith.subf %v1453, %v1456 fastmath<contract> : f32
          %v1458 = arith.mulf %v1455, %v471 fastmath<contract> : f32
          %v1459 = arith.subf %v1457, %v1458 fastmath<contract> : f32
          %v1460 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1459) : (f32) -> f32
          %v1461 = arith.mulf %v366, %v1460 fastmath<contract> : f32
          %v1462 = arith.mulf %v1461, %v1451 fastmath<contract> : f32
          %v1463 = llvm.load %v5 : !llvm.ptr -> f32
          %v1464 = arith.mulf %v463, %v1463 fastmath<contract> : f32
          %v1465 = arith.addf %v1464, %v1462 fastmath<contract> : f32
          %v1466 = llvm.load %v10 : !llvm.ptr -> f32
          %v1467 = arith.mulf %v463, %v1466 fastmath<contract> : f32
          %v1468 = arith.mulf %v1449, %v487 fastmath<contract> : f32
          %v1469 = arith.mulf %v1468, %v467 fastmath<contract> : f32
          %v1470 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1469) : (f32) -> f32
          %v1471 = arith.mulf %v1470, %v470 fastmath<contract> : f32
          %v1472 = arith.subf %v1468, %v1471 fastmath<contract> : f32
          %v1473 = arith.mulf %v1470, %v471 fastmath<contract> : f32
          %v1474 = arith.subf %v1472, %v1473 fastmath<contract> : f32
          %v1475 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1474) : (f32) -> f32
          %v1476 = arith.mulf %v376, %v1475 fastmath<contract> : f32
          %v1477 = arith.mulf %v1476, %v1451 fastmath<contract> : f32
          %v1478 = llvm.load %v6 : !llvm.ptr -> f32
          %v1479 = arith.mulf %v463, %v1478 fastmath<contract> : f32
          %v1480 = arith.addf %v1479, %v1477 fastmath<contract> : f32
          %v1481 = llvm.load %v11 : !llvm.ptr -> f32
          %v1482 = arith.mulf %v463, %v1481 fastmath<contract> : f32
          %v1483 = arith.mulf %v1453, %v467 fastmath<contract> : f32
          %v1484 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1483) : (f32) -> f32
          %v1485 = arith.mulf %v1484, %v470 fastmath<contract> : f32
          %v1486 = arith.subf %v1453, %v1485 fastmath<contract> : f32
          %v1487 = arith.mulf %v1484, %v471 fastmath<contract> : f32
          %v1488 = arith.subf %v1486, %v1487 fastmath<contract> : f32
          %v1489 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1488) : (f32) -> f32
          %v1490 = arith.negf %v1489 : f32
          %v1491 = arith.mulf %v366, %v1490 fastmath<contract> : f32
          %v1492 = arith.mulf %v1491, %v1451 fastmath<contract> : f32
          %v1493 = llvm.load %v7 : !llvm.ptr -> f32
          %v1494 = arith.mulf %v463, %v1493 fastmath<contract> : f32
          %v1495 = arith.addf %v1494, %v1492 fastmath<contract> : f32
          %v1496 = llvm.load %v12 : !llvm.ptr -> f32
          %v1497 = arith.mulf %v463, %v1496 fastmath<contract> : f32
          %v1498 = arith.mulf %v1468, %v467 fastmath<contract> : f32
          %v1499 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1498) : (f32) -> f32
          %v1500 = arith.mulf %v1499, %v470 fastmath<contract> : f32
          %v1501 = arith.subf %v1468, %v1500 fastmath<contract> : f32
          %v1502 = arith.mulf %v1499, %v471 fastmath<contract> : f32
          %v1503 = arith.subf %v1501, %v1502 fastmath<contract> : f32
          %v1504 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1503) : (f32) -> f32
          %v1505 = arith.negf %v1504 : f32
          %v1506 = arith.mulf %v376, %v1505 fastmath<contract> : f32
          %v1507 = arith.mulf %v1506, %v1451 fastmath<contract> : f32
          %v1508 = llvm.load %v8 : !llvm.ptr -> f32
          %v1509 = arith.mulf %v463, %v1508 fastmath<contract> : f32
          %v1510 = arith.addf %v1509, %v1507 fastmath<contract> : f32
          %v1511 = llvm.load %v13 : !llvm.ptr -> f32
          %v1512 = arith.mulf %v463, %v1511 fastmath<contract> : f32
          %v1513 = llvm.load %v9 : !llvm.ptr -> f32
          %v1514 = arith.mulf %v43, %v1513 fastmath<contract> : f32
          %v1515 = arith.addf %v1514, %v43 fastmath<contract> : f32
          %v1516 = llvm.load %v14 : !llvm.ptr -> f32
          %v1517 = arith.mulf %v43, %v1516 fastmath<contract> : f32
          llvm.store %v1465, %v5 : f32, !llvm.ptr
          llvm.store %v1467, %v10 : f32, !llvm.ptr
          llvm.store %v1480, %v6 : f32, !llvm.ptr
          llvm.store %v1482, %v11 : f32, !llvm.ptr
          llvm.store %v1495, %v7 : f32, !llvm.ptr
          llvm.store %v1497, %v12 : f32, !llvm.ptr
          llvm.store %v1510, %v8 : f32, !llvm.ptr
          llvm.store %v1512, %v13 : f32, !llvm.ptr
          llvm.store %v1515, %v9 : f32, !llvm.ptr
          llvm.store %v1517, %v14 : f32, !llvm.ptr
          %v1518 = arith.addi %v52, %v89 : i64
          %v1519, %v1520 = gpu.shuffle idx %v412, %v453, %v456 : f32
          %v1521, %v1522 = gpu.shuffle idx %v420, %v453, %v456 : f32
          %v1523 = arith.mulf %v1519, %v465 fastmath<contract> : f32
          %v1524 = arith.mulf %v1523, %v467 fastmath<contract> : f32
          %v1525 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1524) : (f32) -> f32
          %v1526 = arith.mulf %v1525, %v470 fastmath<contract> : f32
          %v1527 = arith.subf %v1523, %v1526 fastmath<contract> : f32
          %v1528 = arith.mulf %v1525, %v471 fastmath<contract> : f32
          %v1529 = arith.subf %v1527, %v1528 fastmath<contract> : f32
          %v1530 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1529) : (f32) -> f32
          %v1531 = arith.mulf %v385, %v1530 fastmath<contract> : f32
          %v1532 = arith.mulf %v1531, %v1521 fastmath<contract> : f32
          %v1533 = llvm.load %v5 : !llvm.ptr -> f32
          %v1534 = arith.mulf %v463, %v1533 fastmath<contract> : f32
          %v1535 = arith.addf %v1534, %v1532 fastmath<contract> : f32
          %v1536 = llvm.load %v10 : !llvm.ptr -> f32
          %v1537 = arith.mulf %v463, %v1536 fastmath<contract> : f32
          %v1538 = arith.mulf %v1519, %v487 fastmath<contract> : f32
          %v1539 = arith.mulf %v1538, %v467 fastmath<contract> : f32
          %v1540 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1539) : (f32) -> f32
          %v1541 = arith.mulf %v1540, %v470 fastmath<contract> : f32
          %v1542 = arith.subf %v1538, %v1541 fastmath<contract> : f32
          %v1543 = arith.mulf %v1540, %v471 fastmath<contract> : f32
          %v1544 = arith.subf %v1542, %v1543 fastmath<contract> : f32
          %v1545 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1544) : (f32) -> f32
          %v1546 = arith.mulf %v395, %v1545 fastmath<contract> : f32
          %v1547 = arith.mulf %v1546, %v1521 fastmath<contract> : f32
          %v1548 = llvm.load %v6 : !llvm.ptr -> f32
          %v1549 = arith.mulf %v463, %v1548 fastmath<contract> : f32
          %v1550 = arith.addf %v1549, %v1547 fastmath<contract> : f32
          %v1551 = llvm.load %v11 : !llvm.ptr -> f32
          %v1552 = arith.mulf %v463, %v1551 fastmath<contract> : f32
          %v1553 = arith.mulf %v1523, %v467 fastmath<contract> : f32
          %v1554 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1553) : (f32) -> f32
          %v1555 = arith.mulf %v1554, %v470 fastmath<contract> : f32
          %v1556 = arith.subf %v1523, %v1555 fastmath<contract> : f32
          %v1557 = arith.mulf %v1554, %v471 fastmath<contract> : f32
          %v1558 = arith.subf %v1556, %v1557 fastmath<contract> : f32
          %v1559 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1558) : (f32) -> f32
          %v1560 = arith.negf %v1559 : f32
          %v1561 = arith.mulf %v385, %v1560 fastmath<contract> : f32
          %v1562 = arith.mulf %v1561, %v1521 fastmath<contract> : f32
          %v1563 = llvm.load %v7 : !llvm.ptr -> f32
          %v1564 = arith.mulf %v463, %v1563 fastmath<contract> : f32
          %v1565 = arith.addf %v1564, %v1562 fastmath<contract> : f32
          %v1566 = llvm.load %v12 : !llvm.ptr -> f32
          %v1567 = arith.mulf %v463, %v1566 fastmath<contract> : f32
          %v1568 = arith.mulf %v1538, %v467 fastmath<contract> : f32
          %v1569 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1568) : (f32) -> f32
          %v1570 = arith.mulf %v1569, %v470 fastmath<contract> : f32
          %v1571 = arith.subf %v1538, %v1570 fastmath<contract> : f32
          %v1572 = arith.mulf %v1569, %v471 fastmath<contract> : f32
          %v1573 = arith.subf %v1571, %v1572 fastmath<contract> : f32
          %v1574 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1573) : (f32) -> f32
          %v1575 = arith.negf %v1574 : f32
          %v1576 = arith.mulf %v395, %v1575 fastmath<contract> : f32
          %v1577 = arith.mulf %v1576, %v1521 fastmath<contract> : f32
          %v1578 = llvm.load %v8 : !llvm.ptr -> f32
          %v1579 = arith.mulf %v463, %v1578 fastmath<contract> : f32
          %v1580 = arith.addf %v1579, %v1577 fastmath<contract> : f32
          %v1581 = llvm.load %v13 : !llvm.ptr -> f32
          %v1582 = arith.mulf %v463, %v1581 fastmath<contract> : f32
          %v1583 = llvm.load %v9 : !llvm.ptr -> f32
          %v1584 = arith.mulf %v43, %v1583 fastmath<contract> : f32
          %v1585 = arith.addf %v1584, %v43 fastmath<contract> : f32
          %v1586 = llvm.load %v14 : !llvm.ptr -> f32
          %v1587 = arith.mulf %v43, %v1586 fastmath<contract> : f32
          llvm.store %v1535, %v5 : f32, !llvm.ptr
          llvm.store %v1537, %v10 : f32, !llvm.ptr
          llvm.store %v1550, %v6 : f32, !llvm.ptr
          llvm.store %v1552, %v11 : f32, !llvm.ptr
          llvm.store %v1565, %v7 : f32, !llvm.ptr
          llvm.store %v1567, %v12 : f32, !llvm.ptr
          llvm.store %v1580, %v8 : f32, !llvm.ptr
          llvm.store %v1582, %v13 : f32, !llvm.ptr
          llvm.store %v1585, %v9 : f32, !llvm.ptr
          llvm.store %v1587, %v14 : f32, !llvm.ptr
          %v1588 = arith.addi %v52, %v396 : i64
          %v1589 = arith.addi %v52, %v410 : i64
        }
        %v1590 = arith.muli %v56, %v1 : i64
        %v1591 = arith.index_cast %v1590 : i64 to index
        %v1592 = arith.index_cast %v54 : i64 to index
        %v1593 = arith.index_cast %v2 : i64 to index
        scf.for %v1594 = %v1591 to %v1592 step %v1593 {
          %v1595 = arith.index_cast %v1594 : index to i64
          %v1596 = arith.addi %v52, %v1595 : i64
          %v1597 = arith.muli %v40, %v92 : i64
          %v1598 = arith.muli %v1596, %v91 : i64
          %v1599 = arith.addi %v1597, %v1598 : i64
          %v1600 = arith.muli %v38, %v1 : i64
          %v1601 = arith.addi %v1599, %v1600 : i64
          %v1602 = arith.addi %v1601, %v29 : i64
          %v1603 = llvm.getelementptr %in_k[%v1602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1604 = llvm.load %v1603 : !llvm.ptr -> f32
          %v1605 = arith.sitofp %v1596 : i64 to f32
          %v1606 = arith.mulf %v1605, %v465 fastmath<contract> : f32
          %v1607 = arith.mulf %v1606, %v467 fastmath<contract> : f32
          %v1608 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1607) : (f32) -> f32
          %v1609 = arith.mulf %v1608, %v470 fastmath<contract> : f32
          %v1610 = arith.subf %v1606, %v1609 fastmath<contract> : f32
          %v1611 = arith.mulf %v1608, %v471 fastmath<contract> : f32
          %v1612 = arith.subf %v1610, %v1611 fastmath<contract> : f32
          %v1613 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1612) : (f32) -> f32
          %v1614 = arith.mulf %v1604, %v1613 fastmath<contract> : f32
          %v1615 = arith.muli %v40, %v400 : i64
          %v1616 = arith.muli %v1596, %v399 : i64
          %v1617 = arith.addi %v1615, %v1616 : i64
          %v1618 = arith.muli %v38, %size_DV : i64
          %v1619 = arith.addi %v1617, %v1618 : i64
          %v1620 = arith.addi %v1619, %v36 : i64
          %v1621 = llvm.getelementptr %in_v[%v1620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1622 = llvm.load %v1621 : !llvm.ptr -> f32
          %v1623 = arith.mulf %v1614, %v1622 fastmath<contract> : f32
          %v1624 = llvm.load %v5 : !llvm.ptr -> f32
          %v1625 = arith.mulf %v463, %v1624 fastmath<contract> : f32
          %v1626 = arith.addf %v1625, %v1623 fastmath<contract> : f32
          %v1627 = llvm.load %v10 : !llvm.ptr -> f32
          %v1628 = arith.mulf %v463, %v1627 fastmath<contract> : f32
          %v1629 = arith.muli %v40, %v92 : i64
          %v1630 = arith.muli %v1596, %v91 : i64
          %v1631 = arith.addi %v1629, %v1630 : i64
          %v1632 = arith.muli %v38, %v1 : i64
          %v1633 = arith.addi %v1631, %v1632 : i64
          %v1634 = arith.constant 8 : i64
          %v1635 = arith.addi %v1634, %v29 : i64
          %v1636 = arith.addi %v1633, %v1635 : i64
          %v1637 = llvm.getelementptr %in_k[%v1636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1638 = llvm.load %v1637 : !llvm.ptr -> f32
          %v1639 = arith.mulf %v1605, %v487 fastmath<contract> : f32
          %v1640 = arith.mulf %v1639, %v467 fastmath<contract> : f32
          %v1641 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1640) : (f32) -> f32
          %v1642 = arith.mulf %v1641, %v470 fastmath<contract> : f32
          %v1643 = arith.subf %v1639, %v1642 fastmath<contract> : f32
          %v1644 = arith.mulf %v1641, %v471 fastmath<contract> : f32
          %v1645 = arith.subf %v1643, %v1644 fastmath<contract> : f32
          %v1646 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1645) : (f32) -> f32
          %v1647 = arith.mulf %v1638, %v1646 fastmath<contract> : f32
          %v1648 = arith.mulf %v1647, %v1622 fastmath<contract> : f32
          %v1649 = llvm.load %v6 : !llvm.ptr -> f32
          %v1650 = arith.mulf %v463, %v1649 fastmath<contract> : f32
          %v1651 = arith.addf %v1650, %v1648 fastmath<contract> : f32
          %v1652 = llvm.load %v11 : !llvm.ptr -> f32
          %v1653 = arith.mulf %v463, %v1652 fastmath<contract> : f32
          %v1654 = arith.mulf %v1606, %v467 fastmath<contract> : f32
          %v1655 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1654) : (f32) -> f32
          %v1656 = arith.mulf %v1655, %v470 fastmath<contract> : f32
          %v1657 = arith.subf %v1606, %v1656 fastmath<contract> : f32
          %v1658 = arith.mulf %v1655, %v471 fastmath<contract> : f32
          %v1659 = arith.subf %v1657, %v1658 fastmath<contract> : f32
          %v1660 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1659) : (f32) -> f32
          %v1661 = arith.negf %v1660 : f32
          %v1662 = arith.mulf %v1604, %v1661 fastmath<contract> : f32
          %v1663 = arith.mulf %v1662, %v1622 fastmath<contract> : f32
          %v1664 = llvm.load %v7 : !llvm.ptr -> f32
          %v1665 = arith.mulf %v463, %v1664 fastmath<contract> : f32
          %v1666 = arith.addf %v1665, %v1663 fastmath<contract> : f32
          %v1667 = llvm.load %v12 : !llvm.ptr -> f32
          %v1668 = arith.mulf %v463, %v1667 fastmath<contract> : f32
          %v1669 = arith.mulf %v1639, %v467 fastmath<contract> : f32
          %v1670 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1669) : (f32) -> f32
          %v1671 = arith.mulf %v1670, %v470 fastmath<contract> : f32
          %v1672 = arith.subf %v1639, %v1671 fastmath<contract> : f32
          %v1673 = arith.mulf %v1670, %v471 fastmath<contract> : f32
          %v1674 = arith.subf %v1672, %v1673 fastmath<contract> : f32
          %v1675 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1674) : (f32) -> f32
          %v1676 = arith.negf %v1675 : f32
          %v1677 = arith.mulf %v1638, %v1676 fastmath<contract> : f32
          %v1678 = arith.mulf %v1677, %v1622 fastmath<contract> : f32
          %v1679 = llvm.load %v8 : !llvm.ptr -> f32
          %v1680 = arith.mulf %v463, %v1679 fastmath<contract> : f32
          %v1681 = arith.addf %v1680, %v1678 fastmath<contract> : f32
          %v1682 = llvm.load %v13 : !llvm.ptr -> f32
          %v1683 = arith.mulf %v463, %v1682 fastmath<contract> : f32
          %v1684 = llvm.load %v9 : !llvm.ptr -> f32
          %v1685 = arith.mulf %v43, %v1684 fastmath<contract> : f32
          %v1686 = arith.addf %v1685, %v43 fastmath<contract> : f32
          %v1687 = llvm.load %v14 : !llvm.ptr -> f32
          %v1688 = arith.mulf %v43, %v1687 fastmath<contract> : f32
          llvm.store %v1626, %v5 : f32, !llvm.ptr
          llvm.store %v1628, %v10 : f32, !llvm.ptr
          llvm.store %v1651, %v6 : f32, !llvm.ptr
          llvm.store %v1653, %v11 : f32, !llvm.ptr
          llvm.store %v1666, %v7 : f32, !llvm.ptr
          llvm.store %v1668, %v12 : f32, !llvm.ptr
          llvm.store %v1681, %v8 : f32, !llvm.ptr
          llvm.store %v1683, %v13 : f32, !llvm.ptr
          llvm.store %v1686, %v9 : f32, !llvm.ptr
          llvm.store %v1688, %v14 : f32, !llvm.ptr
        }
      }
      scf.if %v33 {
        %v1689 = arith.muli %v27, %v4 : i64
        %v1690 = arith.subi %v4, %v2 : i64
        %v1691 = arith.minsi %v32, %v1690 : i64
        %v1692 = arith.addi %v1689, %v1691 : i64
        %v1693 = arith.muli %v1692, %v1 : i64
        %v1694 = arith.addi %v1693, %v29 : i64
        %v1695 = llvm.load %v10 : !llvm.ptr -> f32
        %v1696 = llvm.getelementptr %agga_S_re[%v1694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1695, %v1696 : f32, !llvm.ptr
        %v1697 = llvm.load %v5 : !llvm.ptr -> f32
        %v1698 = llvm.getelementptr %aggb_S_re[%v1694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1697, %v1698 : f32, !llvm.ptr
        %v1699 = arith.muli %v27, %v4 : i64
        %v1700 = arith.subi %v4, %v2 : i64
        %v1701 = arith.minsi %v32, %v1700 : i64
        %v1702 = arith.addi %v1699, %v1701 : i64
        %v1703 = arith.muli %v1702, %v1 : i64
        %v1704 = arith.addi %v1703, %v23 : i64
        %v1705 = arith.addi %v1704, %v29 : i64
        %v1706 = llvm.load %v11 : !llvm.ptr -> f32
        %v1707 = llvm.getelementptr %agga_S_re[%v1705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1706, %v1707 : f32, !llvm.ptr
        %v1708 = llvm.load %v6 : !llvm.ptr -> f32
        %v1709 = llvm.getelementptr %aggb_S_re[%v1705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1708, %v1709 : f32, !llvm.ptr
        %v1710 = arith.muli %v27, %v4 : i64
        %v1711 = arith.subi %v4, %v2 : i64
        %v1712 = arith.minsi %v32, %v1711 : i64
        %v1713 = arith.addi %v1710, %v1712 : i64
        %v1714 = arith.muli %v1713, %v1 : i64
        %v1715 = arith.addi %v1714, %v29 : i64
        %v1716 = llvm.load %v12 : !llvm.ptr -> f32
        %v1717 = llvm.getelementptr %agga_S_im[%v1715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1716, %v1717 : f32, !llvm.ptr
        %v1718 = llvm.load %v7 : !llvm.ptr -> f32
        %v1719 = llvm.getelementptr %aggb_S_im[%v1715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1718, %v1719 : f32, !llvm.ptr
        %v1720 = arith.muli %v27, %v4 : i64
        %v1721 = arith.subi %v4, %v2 : i64
        %v1722 = arith.minsi %v32, %v1721 : i64
        %v1723 = arith.addi %v1720, %v1722 : i64
        %v1724 = arith.muli %v1723, %v1 : i64
        %v1725 = arith.addi %v1724, %v23 : i64
        %v1726 = arith.addi %v1725, %v29 : i64
        %v1727 = llvm.load %v13 : !llvm.ptr -> f32
        %v1728 = llvm.getelementptr %agga_S_im[%v1726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1727, %v1728 : f32, !llvm.ptr
        %v1729 = llvm.load %v8 : !llvm.ptr -> f32
        %v1730 = llvm.getelementptr %aggb_S_im[%v1726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1729, %v1730 : f32, !llvm.ptr
        %v1731 = arith.muli %v27, %v4 : i64
        %v1732 = arith.subi %v4, %v2 : i64
        %v1733 = arith.minsi %v32, %v1732 : i64
        %v1734 = arith.addi %v1731, %v1733 : i64
        %v1735 = llvm.load %v14 : !llvm.ptr -> f32
        %v1736 = llvm.getelementptr %agga_t_pos[%v1734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1735, %v1736 : f32, !llvm.ptr
        %v1737 = llvm.load %v9 : !llvm.ptr -> f32
        %v1738 = llvm.getelementptr %aggb_t_pos[%v1734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1737, %v1738 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
