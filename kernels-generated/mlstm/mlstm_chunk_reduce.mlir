module attributes {gpu.container_module} {
  gpu.module @linrec {
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
      %v41 = arith.constant 0x00000000 : f32
      %v42 = arith.constant 0x3F800000 : f32
      %v46 = arith.constant 32 : i64
      %v54 = arith.constant 0 : i64
      %v64 = arith.constant 2 : i64
      %v66 = arith.constant 3 : i64
      %v68 = arith.constant 4 : i64
      %v70 = arith.constant 5 : i64
      %v72 = arith.constant 6 : i64
      %v74 = arith.constant 7 : i64
      %v77 = arith.constant 9 : i64
      %v79 = arith.constant 10 : i64
      %v81 = arith.constant 11 : i64
      %v83 = arith.constant 12 : i64
      %v85 = arith.constant 13 : i64
      %v87 = arith.constant 14 : i64
      %v89 = arith.constant 15 : i64
      %v92 = arith.muli %v2, %v1 : i64
      %v93 = arith.muli %v92, %size_H : i64
      %v94 = arith.muli %v93, %size_L : i64
      %v433 = arith.muli %v2, %size_H : i64
      %v434 = arith.muli %v433, %size_L : i64
      %v443 = arith.constant 0x3FB8AA3B : f32
      %v457 = arith.muli %v2, %size_DV : i64
      %v458 = arith.muli %v457, %size_H : i64
      %v459 = arith.muli %v458, %size_L : i64
      %v18 = gpu.block_id x
      %v19 = gpu.thread_id x
      %v20 = arith.index_cast %v19 : index to i64
      %v21 = arith.index_cast %v18 : index to i64
      %v23 = arith.subi %v22, %v2 : i64
      %v24 = arith.addi %v5, %v23 : i64
      %v25 = arith.divui %v24, %v22 : i64
      %v26 = arith.divui %v21, %v25 : i64
      %v27 = arith.remui %v21, %v25 : i64
      %v28 = arith.remui %v20, %v22 : i64
      %v29 = arith.divui %v20, %v22 : i64
      %v30 = arith.muli %v27, %v22 : i64
      %v31 = arith.addi %v30, %v29 : i64
      %v32 = arith.cmpi slt, %v31, %v5 : i64
      %v33 = arith.subi %v5, %v2 : i64
      %v34 = arith.minsi %v31, %v33 : i64
      %v35 = arith.remui %v34, %size_DV : i64
      %v36 = arith.divui %v34, %size_DV : i64
      %v37 = arith.remui %v36, %size_H : i64
      %v38 = arith.divui %v36, %size_H : i64
      %v39 = arith.remui %v38, %size_B : i64
      %v40 = arith.divui %v38, %size_B : i64
      %v502 = arith.trunci %v20 : i64 to i32
      %v503 = arith.constant 24 : i32
      %v504 = arith.andi %v502, %v503 : i32
      %v505 = arith.constant 0 : i32
      %v506 = arith.ori %v504, %v505 : i32
      %v507 = arith.constant 0 : i64
      %v508 = arith.cmpi eq, %v28, %v507 : i64
      %v509 = arith.constant 1 : i32
      %v510 = arith.ori %v504, %v509 : i32
      %v511 = arith.constant 1 : i64
      %v512 = arith.cmpi eq, %v28, %v511 : i64
      %v513 = arith.constant 2 : i32
      %v514 = arith.ori %v504, %v513 : i32
      %v515 = arith.constant 2 : i64
      %v516 = arith.cmpi eq, %v28, %v515 : i64
      %v517 = arith.constant 3 : i32
      %v518 = arith.ori %v504, %v517 : i32
      %v519 = arith.constant 3 : i64
      %v520 = arith.cmpi eq, %v28, %v519 : i64
      %v521 = arith.constant 4 : i32
      %v522 = arith.ori %v504, %v521 : i32
      %v523 = arith.constant 4 : i64
      %v524 = arith.cmpi eq, %v28, %v523 : i64
      %v525 = arith.constant 5 : i32
      %v526 = arith.ori %v504, %v525 : i32
      %v527 = arith.constant 5 : i64
      %v528 = arith.cmpi eq, %v28, %v527 : i64
      %v529 = arith.constant 6 : i32
      %v530 = arith.ori %v504, %v529 : i32
      %v531 = arith.constant 6 : i64
      %v532 = arith.cmpi eq, %v28, %v531 : i64
      %v533 = arith.constant 7 : i32
      %v534 = arith.ori %v504, %v533 : i32
      %v535 = arith.constant 7 : i64
      %v536 = arith.cmpi eq, %v28, %v535 : i64
      %v537 = arith.constant 32 : i32
      llvm.store %v41, %v6 : f32, !llvm.ptr
      llvm.store %v41, %v7 : f32, !llvm.ptr
      llvm.store %v41, %v8 : f32, !llvm.ptr
      llvm.store %v41, %v9 : f32, !llvm.ptr
      llvm.store %v42, %v10 : f32, !llvm.ptr
      llvm.store %v42, %v11 : f32, !llvm.ptr
      llvm.store %v42, %v12 : f32, !llvm.ptr
      llvm.store %v42, %v13 : f32, !llvm.ptr
      %v43 = arith.muli %v26, %v16 : i64
      %v44 = arith.addi %v43, %v16 : i64
      %v45 = arith.minsi %v44, %size_L : i64
      %v47 = arith.index_cast %v43 : i64 to index
      %v48 = arith.index_cast %v45 : i64 to index
      %v49 = arith.index_cast %v46 : i64 to index
      scf.for %v50 = %v47 to %v48 step %v49 {
        %v51 = arith.index_cast %v50 : index to i64
        %v52 = arith.subi %v45, %v51 : i64
        %v53 = arith.minsi %v52, %v46 : i64
        %v55 = arith.divui %v53, %v1 : i64
        %v56 = arith.index_cast %v54 : i64 to index
        %v57 = arith.index_cast %v55 : i64 to index
        %v58 = arith.index_cast %v2 : i64 to index
        scf.for %v59 = %v56 to %v57 step %v58 {
          %v60 = arith.index_cast %v59 : index to i64
          %v61 = arith.muli %v60, %v1 : i64
          %v62 = arith.addi %v61, %v54 : i64
          %v63 = arith.addi %v61, %v2 : i64
          %v65 = arith.addi %v61, %v64 : i64
          %v67 = arith.addi %v61, %v66 : i64
          %v69 = arith.addi %v61, %v68 : i64
          %v71 = arith.addi %v61, %v70 : i64
          %v73 = arith.addi %v61, %v72 : i64
          %v75 = arith.addi %v61, %v74 : i64
          %v76 = arith.addi %v61, %v22 : i64
          %v78 = arith.addi %v61, %v77 : i64
          %v80 = arith.addi %v61, %v79 : i64
          %v82 = arith.addi %v61, %v81 : i64
          %v84 = arith.addi %v61, %v83 : i64
          %v86 = arith.addi %v61, %v85 : i64
          %v88 = arith.addi %v61, %v87 : i64
          %v90 = arith.addi %v61, %v89 : i64
          %v91 = arith.addi %v51, %v62 : i64
          %v95 = arith.muli %v39, %v94 : i64
          %v96 = arith.muli %v91, %v93 : i64
          %v97 = arith.addi %v95, %v96 : i64
          %v98 = arith.muli %v37, %v92 : i64
          %v99 = arith.addi %v97, %v98 : i64
          %v100 = arith.muli %v28, %v2 : i64
          %v101 = arith.addi %v99, %v100 : i64
          %v102 = llvm.getelementptr %in_k[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v103 = llvm.load %v102 : !llvm.ptr -> f32
          %v104 = arith.muli %v39, %v94 : i64
          %v105 = arith.muli %v91, %v93 : i64
          %v106 = arith.addi %v104, %v105 : i64
          %v107 = arith.muli %v37, %v92 : i64
          %v108 = arith.addi %v106, %v107 : i64
          %v109 = arith.constant 8 : i64
          %v110 = arith.addi %v109, %v28 : i64
          %v111 = arith.muli %v110, %v2 : i64
          %v112 = arith.addi %v108, %v111 : i64
          %v113 = llvm.getelementptr %in_k[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v114 = llvm.load %v113 : !llvm.ptr -> f32
          %v115 = arith.addi %v51, %v63 : i64
          %v116 = arith.muli %v39, %v94 : i64
          %v117 = arith.muli %v115, %v93 : i64
          %v118 = arith.addi %v116, %v117 : i64
          %v119 = arith.muli %v37, %v92 : i64
          %v120 = arith.addi %v118, %v119 : i64
          %v121 = arith.muli %v28, %v2 : i64
          %v122 = arith.addi %v120, %v121 : i64
          %v123 = llvm.getelementptr %in_k[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v124 = llvm.load %v123 : !llvm.ptr -> f32
          %v125 = arith.muli %v39, %v94 : i64
          %v126 = arith.muli %v115, %v93 : i64
          %v127 = arith.addi %v125, %v126 : i64
          %v128 = arith.muli %v37, %v92 : i64
          %v129 = arith.addi %v127, %v128 : i64
          %v130 = arith.constant 8 : i64
          %v131 = arith.addi %v130, %v28 : i64
          %v132 = arith.muli %v131, %v2 : i64
          %v133 = arith.addi %v129, %v132 : i64
          %v134 = llvm.getelementptr %in_k[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v135 = llvm.load %v134 : !llvm.ptr -> f32
          %v136 = arith.addi %v51, %v65 : i64
          %v137 = arith.muli %v39, %v94 : i64
          %v138 = arith.muli %v136, %v93 : i64
          %v139 = arith.addi %v137, %v138 : i64
          %v140 = arith.muli %v37, %v92 : i64
          %v141 = arith.addi %v139, %v140 : i64
          %v142 = arith.muli %v28, %v2 : i64
          %v143 = arith.addi %v141, %v142 : i64
          %v144 = llvm.getelementptr %in_k[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v145 = llvm.load %v144 : !llvm.ptr -> f32
          %v146 = arith.muli %v39, %v94 : i64
          %v147 = arith.muli %v136, %v93 : i64
          %v148 = arith.addi %v146, %v147 : i64
          %v149 = arith.muli %v37, %v92 : i64
          %v150 = arith.addi %v148, %v149 : i64
          %v151 = arith.constant 8 : i64
          %v152 = arith.addi %v151, %v28 : i64
          %v153 = arith.muli %v152, %v2 : i64
          %v154 = arith.addi %v150, %v153 : i64
          %v155 = llvm.getelementptr %in_k[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v156 = llvm.load %v155 : !llvm.ptr -> f32
          %v157 = arith.addi %v51, %v67 : i64
          %v158 = arith.muli %v39, %v94 : i64
          %v159 = arith.muli %v157, %v93 : i64
          %v160 = arith.addi %v158, %v159 : i64
          %v161 = arith.muli %v37, %v92 : i64
          %v162 = arith.addi %v160, %v161 : i64
          %v163 = arith.muli %v28, %v2 : i64
          %v164 = arith.addi %v162, %v163 : i64
          %v165 = llvm.getelementptr %in_k[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v166 = llvm.load %v165 : !llvm.ptr -> f32
          %v167 = arith.muli %v39, %v94 : i64
          %v168 = arith.muli %v157, %v93 : i64
          %v169 = arith.addi %v167, %v168 : i64
          %v170 = arith.muli %v37, %v92 : i64
          %v171 = arith.addi %v169, %v170 : i64
          %v172 = arith.constant 8 : i64
          %v173 = arith.addi %v172, %v28 : i64
          %v174 = arith.muli %v173, %v2 : i64
          %v175 = arith.addi %v171, %v174 : i64
          %v176 = llvm.getelementptr %in_k[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v177 = llvm.load %v176 : !llvm.ptr -> f32
          %v178 = arith.addi %v51, %v69 : i64
          %v179 = arith.muli %v39, %v94 : i64
          %v180 = arith.muli %v178, %v93 : i64
          %v181 = arith.addi %v179, %v180 : i64
          %v182 = arith.muli %v37, %v92 : i64
          %v183 = arith.addi %v181, %v182 : i64
          %v184 = arith.muli %v28, %v2 : i64
          %v185 = arith.addi %v183, %v184 : i64
          %v186 = llvm.getelementptr %in_k[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v187 = llvm.load %v186 : !llvm.ptr -> f32
          %v188 = arith.muli %v39, %v94 : i64
          %v189 = arith.muli %v178, %v93 : i64
          %v190 = arith.addi %v188, %v189 : i64
          %v191 = arith.muli %v37, %v92 : i64
          %v192 = arith.addi %v190, %v191 : i64
          %v193 = arith.constant 8 : i64
          %v194 = arith.addi %v193, %v28 : i64
          %v195 = arith.muli %v194, %v2 : i64
          %v196 = arith.addi %v192, %v195 : i64
          %v197 = llvm.getelementptr %in_k[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v198 = llvm.load %v197 : !llvm.ptr -> f32
          %v199 = arith.addi %v51, %v71 : i64
          %v200 = arith.muli %v39, %v94 : i64
          %v201 = arith.muli %v199, %v93 : i64
          %v202 = arith.addi %v200, %v201 : i64
          %v203 = arith.muli %v37, %v92 : i64
          %v204 = arith.addi %v202, %v203 : i64
          %v205 = arith.muli %v28, %v2 : i64
          %v206 = arith.addi %v204, %v205 : i64
          %v207 = llvm.getelementptr %in_k[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v208 = llvm.load %v207 : !llvm.ptr -> f32
          %v209 = arith.muli %v39, %v94 : i64
          %v210 = arith.muli %v199, %v93 : i64
          %v211 = arith.addi %v209, %v210 : i64
          %v212 = arith.muli %v37, %v92 : i64
          %v213 = arith.addi %v211, %v212 : i64
          %v214 = arith.constant 8 : i64
          %v215 = arith.addi %v214, %v28 : i64
          %v216 = arith.muli %v215, %v2 : i64
          %v217 = arith.addi %v213, %v216 : i64
          %v218 = llvm.getelementptr %in_k[%v217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v219 = llvm.load %v218 : !llvm.ptr -> f32
          %v220 = arith.addi %v51, %v73 : i64
          %v221 = arith.muli %v39, %v94 : i64
          %v222 = arith.muli %v220, %v93 : i64
          %v223 = arith.addi %v221, %v222 : i64
          %v224 = arith.muli %v37, %v92 : i64
          %v225 = arith.addi %v223, %v224 : i64
          %v226 = arith.muli %v28, %v2 : i64
          %v227 = arith.addi %v225, %v226 : i64
          %v228 = llvm.getelementptr %in_k[%v227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v229 = llvm.load %v228 : !llvm.ptr -> f32
          %v230 = arith.muli %v39, %v94 : i64
          %v231 = arith.muli %v220, %v93 : i64
          %v232 = arith.addi %v230, %v231 : i64
          %v233 = arith.muli %v37, %v92 : i64
          %v234 = arith.addi %v232, %v233 : i64
          %v235 = arith.constant 8 : i64
          %v236 = arith.addi %v235, %v28 : i64
          %v237 = arith.muli %v236, %v2 : i64
          %v238 = arith.addi %v234, %v237 : i64
          %v239 = llvm.getelementptr %in_k[%v238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v240 = llvm.load %v239 : !llvm.ptr -> f32
          %v241 = arith.addi %v51, %v75 : i64
          %v242 = arith.muli %v39, %v94 : i64
          %v243 = arith.muli %v241, %v93 : i64
          %v244 = arith.addi %v242, %v243 : i64
          %v245 = arith.muli %v37, %v92 : i64
          %v246 = arith.addi %v244, %v245 : i64
          %v247 = arith.muli %v28, %v2 : i64
          %v248 = arith.addi %v246, %v247 : i64
          %v249 = llvm.getelementptr %in_k[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v250 = llvm.load %v249 : !llvm.ptr -> f32
          %v251 = arith.muli %v39, %v94 : i64
          %v252 = arith.muli %v241, %v93 : i64
          %v253 = arith.addi %v251, %v252 : i64
          %v254 = arith.muli %v37, %v92 : i64
          %v255 = arith.addi %v253, %v254 : i64
          %v256 = arith.constant 8 : i64
          %v257 = arith.addi %v256, %v28 : i64
          %v258 = arith.muli %v257, %v2 : i64
          %v259 = arith.addi %v255, %v258 : i64
          %v260 = llvm.getelementptr %in_k[%v259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v261 = llvm.load %v260 : !llvm.ptr -> f32
          %v262 = arith.addi %v51, %v76 : i64
          %v263 = arith.muli %v39, %v94 : i64
          %v264 = arith.muli %v262, %v93 : i64
          %v265 = arith.addi %v263, %v264 : i64
          %v266 = arith.muli %v37, %v92 : i64
          %v267 = arith.addi %v265, %v266 : i64
          %v268 = arith.muli %v28, %v2 : i64
          %v269 = arith.addi %v267, %v268 : i64
          %v270 = llvm.getelementptr %in_k[%v269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v271 = llvm.load %v270 : !llvm.ptr -> f32
          %v272 = arith.muli %v39, %v94 : i64
          %v273 = arith.muli %v262, %v93 : i64
          %v274 = arith.addi %v272, %v273 : i64
          %v275 = arith.muli %v37, %v92 : i64
          %v276 = arith.addi %v274, %v275 : i64
          %v277 = arith.constant 8 : i64
          %v278 = arith.addi %v277, %v28 : i64
          %v279 = arith.muli %v278, %v2 : i64
          %v280 = arith.addi %v276, %v279 : i64
          %v281 = llvm.getelementptr %in_k[%v280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v282 = llvm.load %v281 : !llvm.ptr -> f32
          %v283 = arith.addi %v51, %v78 : i64
          %v284 = arith.muli %v39, %v94 : i64
          %v285 = arith.muli %v283, %v93 : i64
          %v286 = arith.addi %v284, %v285 : i64
          %v287 = arith.muli %v37, %v92 : i64
          %v288 = arith.addi %v286, %v287 : i64
          %v289 = arith.muli %v28, %v2 : i64
          %v290 = arith.addi %v288, %v289 : i64
          %v291 = llvm.getelementptr %in_k[%v290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v292 = llvm.load %v291 : !llvm.ptr -> f32
          %v293 = arith.muli %v39, %v94 : i64
          %v294 = arith.muli %v283, %v93 : i64
          %v295 = arith.addi %v293, %v294 : i64
          %v296 = arith.muli %v37, %v92 : i64
          %v297 = arith.addi %v295, %v296 : i64
          %v298 = arith.constant 8 : i64
          %v299 = arith.addi %v298, %v28 : i64
          %v300 = arith.muli %v299, %v2 : i64
          %v301 = arith.addi %v297, %v300 : i64
          %v302 = llvm.getelementptr %in_k[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v303 = llvm.load %v302 : !llvm.ptr -> f32
          %v304 = arith.addi %v51, %v80 : i64
          %v305 = arith.muli %v39, %v94 : i64
          %v306 = arith.muli %v304, %v93 : i64
          %v307 = arith.addi %v305, %v306 : i64
          %v308 = arith.muli %v37, %v92 : i64
          %v309 = arith.addi %v307, %v308 : i64
          %v310 = arith.muli %v28, %v2 : i64
          %v311 = arith.addi %v309, %v310 : i64
          %v312 = llvm.getelementptr %in_k[%v311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v313 = llvm.load %v312 : !llvm.ptr -> f32
          %v314 = arith.muli %v39, %v94 : i64
          %v315 = arith.muli %v304, %v93 : i64
          %v316 = arith.addi %v314, %v315 : i64
          %v317 = arith.muli %v37, %v92 : i64
          %v318 = arith.addi %v316, %v317 : i64
          %v319 = arith.constant 8 : i64
          %v320 = arith.addi %v319, %v28 : i64
          %v321 = arith.muli %v320, %v2 : i64
          %v322 = arith.addi %v318, %v321 : i64
          %v323 = llvm.getelementptr %in_k[%v322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v324 = llvm.load %v323 : !llvm.ptr -> f32
          %v325 = arith.addi %v51, %v82 : i64
          %v326 = arith.muli %v39, %v94 : i64
          %v327 = arith.muli %v325, %v93 : i64
          %v328 = arith.addi %v326, %v327 : i64
          %v329 = arith.muli %v37, %v92 : i64
          %v330 = arith.addi %v328, %v329 : i64
          %v331 = arith.muli %v28, %v2 : i64
          %v332 = arith.addi %v330, %v331 : i64
          %v333 = llvm.getelementptr %in_k[%v332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v334 = llvm.load %v333 : !llvm.ptr -> f32
          %v335 = arith.muli %v39, %v94 : i64
          %v336 = arith.muli %v325, %v93 : i64
          %v337 = arith.addi %v335, %v336 : i64
          %v338 = arith.muli %v37, %v92 : i64
          %v339 = arith.addi %v337, %v338 : i64
          %v340 = arith.constant 8 : i64
          %v341 = arith.addi %v340, %v28 : i64
          %v342 = arith.muli %v341, %v2 : i64
          %v343 = arith.addi %v339, %v342 : i64
          %v344 = llvm.getelementptr %in_k[%v343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v345 = llvm.load %v344 : !llvm.ptr -> f32
          %v346 = arith.addi %v51, %v84 : i64
          %v347 = arith.muli %v39, %v94 : i64
          %v348 = arith.muli %v346, %v93 : i64
          %v349 = arith.addi %v347, %v348 : i64
          %v350 = arith.muli %v37, %v92 : i64
          %v351 = arith.addi %v349, %v350 : i64
          %v352 = arith.muli %v28, %v2 : i64
          %v353 = arith.addi %v351, %v352 : i64
          %v354 = llvm.getelementptr %in_k[%v353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v355 = llvm.load %v354 : !llvm.ptr -> f32
          %v356 = arith.muli %v39, %v94 : i64
          %v357 = arith.muli %v346, %v93 : i64
          %v358 = arith.addi %v356, %v357 : i64
          %v359 = arith.muli %v37, %v92 : i64
          %v360 = arith.addi %v358, %v359 : i64
          %v361 = arith.constant 8 : i64
          %v362 = arith.addi %v361, %v28 : i64
          %v363 = arith.muli %v362, %v2 : i64
          %v364 = arith.addi %v360, %v363 : i64
          %v365 = llvm.getelementptr %in_k[%v364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v366 = llvm.load %v365 : !llvm.ptr -> f32
          %v367 = arith.addi %v51, %v86 : i64
          %v368 = arith.muli %v39, %v94 : i64
          %v369 = arith.muli %v367, %v93 : i64
          %v370 = arith.addi %v368, %v369 : i64
          %v371 = arith.muli %v37, %v92 : i64
          %v372 = arith.addi %v370, %v371 : i64
          %v373 = arith.muli %v28, %v2 : i64
          %v374 = arith.addi %v372, %v373 : i64
          %v375 = llvm.getelementptr %in_k[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v376 = llvm.load %v375 : !llvm.ptr -> f32
          %v377 = arith.muli %v39, %v94 : i64
          %v378 = arith.muli %v367, %v93 : i64
          %v379 = arith.addi %v377, %v378 : i64
          %v380 = arith.muli %v37, %v92 : i64
          %v381 = arith.addi %v379, %v380 : i64
          %v382 = arith.constant 8 : i64
          %v383 = arith.addi %v382, %v28 : i64
          %v384 = arith.muli %v383, %v2 : i64
          %v385 = arith.addi %v381, %v384 : i64
          %v386 = llvm.getelementptr %in_k[%v385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v387 = llvm.load %v386 : !llvm.ptr -> f32
          %v388 = arith.addi %v51, %v88 : i64
          %v389 = arith.muli %v39, %v94 : i64
          %v390 = arith.muli %v388, %v93 : i64
          %v391 = arith.addi %v389, %v390 : i64
          %v392 = arith.muli %v37, %v92 : i64
          %v393 = arith.addi %v391, %v392 : i64
          %v394 = arith.muli %v28, %v2 : i64
          %v395 = arith.addi %v393, %v394 : i64
          %v396 = llvm.getelementptr %in_k[%v395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v397 = llvm.load %v396 : !llvm.ptr -> f32
          %v398 = arith.muli %v39, %v94 : i64
          %v399 = arith.muli %v388, %v93 : i64
          %v400 = arith.addi %v398, %v399 : i64
          %v401 = arith.muli %v37, %v92 : i64
          %v402 = arith.addi %v400, %v401 : i64
          %v403 = arith.constant 8 : i64
          %v404 = arith.addi %v403, %v28 : i64
          %v405 = arith.muli %v404, %v2 : i64
          %v406 = arith.addi %v402, %v405 : i64
          %v407 = llvm.getelementptr %in_k[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v408 = llvm.load %v407 : !llvm.ptr -> f32
          %v409 = arith.addi %v51, %v90 : i64
          %v410 = arith.muli %v39, %v94 : i64
          %v411 = arith.muli %v409, %v93 : i64
          %v412 = arith.addi %v410, %v411 : i64
          %v413 = arith.muli %v37, %v92 : i64
          %v414 = arith.addi %v412, %v413 : i64
          %v415 = arith.muli %v28, %v2 : i64
          %v416 = arith.addi %v414, %v415 : i64
          %v417 = llvm.getelementptr %in_k[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v418 = llvm.load %v417 : !llvm.ptr -> f32
          %v419 = arith.muli %v39, %v94 : i64
          %v420 = arith.muli %v409, %v93 : i64
          %v421 = arith.addi %v419, %v420 : i64
          %v422 = arith.muli %v37, %v92 : i64
          %v423 = arith.addi %v421, %v422 : i64
          %v424 = arith.constant 8 : i64
          %v425 = arith.addi %v424, %v28 : i64
          %v426 = arith.muli %v425, %v2 : i64
          %v427 = arith.addi %v423, %v426 : i64
          %v428 = llvm.getelementptr %in_k[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v429 = llvm.load %v428 : !llvm.ptr -> f32
          %v430 = arith.addi %v61, %v54 : i64
          %v431 = arith.addi %v430, %v28 : i64
          %v432 = arith.addi %v51, %v431 : i64
          %v435 = arith.muli %v39, %v434 : i64
          %v436 = arith.muli %v432, %v433 : i64
          %v437 = arith.addi %v435, %v436 : i64
          %v438 = arith.muli %v37, %v2 : i64
          %v439 = arith.addi %v437, %v438 : i64
          %v440 = llvm.getelementptr %in_fg[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v441 = llvm.load %v440 : !llvm.ptr -> f32
          %v442 = arith.negf %v441 : f32
          %v444 = arith.mulf %v442, %v443 fastmath<contract> : f32
          %v445 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v444) : (f32) -> f32
          %v446 = arith.addf %v42, %v445 fastmath<contract> : f32
          %v447 = arith.divf %v42, %v446 : f32
          %v448 = arith.muli %v39, %v434 : i64
          %v449 = arith.muli %v432, %v433 : i64
          %v450 = arith.addi %v448, %v449 : i64
          %v451 = arith.muli %v37, %v2 : i64
          %v452 = arith.addi %v450, %v451 : i64
          %v453 = llvm.getelementptr %in_ig[%v452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v454 = llvm.load %v453 : !llvm.ptr -> f32
          %v455 = arith.mulf %v454, %v443 fastmath<contract> : f32
          %v456 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v455) : (f32) -> f32
          %v460 = arith.muli %v39, %v459 : i64
          %v461 = arith.muli %v432, %v458 : i64
          %v462 = arith.addi %v460, %v461 : i64
          %v463 = arith.muli %v37, %v457 : i64
          %v464 = arith.addi %v462, %v463 : i64
          %v465 = arith.muli %v35, %v2 : i64
          %v466 = arith.addi %v464, %v465 : i64
          %v467 = llvm.getelementptr %in_v[%v466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v468 = llvm.load %v467 : !llvm.ptr -> f32
          %v469 = arith.addi %v61, %v22 : i64
          %v470 = arith.addi %v469, %v28 : i64
          %v471 = arith.addi %v51, %v470 : i64
          %v472 = arith.muli %v39, %v434 : i64
          %v473 = arith.muli %v471, %v433 : i64
          %v474 = arith.addi %v472, %v473 : i64
          %v475 = arith.muli %v37, %v2 : i64
          %v476 = arith.addi %v474, %v475 : i64
          %v477 = llvm.getelementptr %in_fg[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v478 = llvm.load %v477 : !llvm.ptr -> f32
          %v479 = arith.negf %v478 : f32
          %v480 = arith.mulf %v479, %v443 fastmath<contract> : f32
          %v481 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v480) : (f32) -> f32
          %v482 = arith.addf %v42, %v481 fastmath<contract> : f32
          %v483 = arith.divf %v42, %v482 : f32
          %v484 = arith.muli %v39, %v434 : i64
          %v485 = arith.muli %v471, %v433 : i64
          %v486 = arith.addi %v484, %v485 : i64
          %v487 = arith.muli %v37, %v2 : i64
          %v488 = arith.addi %v486, %v487 : i64
          %v489 = llvm.getelementptr %in_ig[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v490 = llvm.load %v489 : !llvm.ptr -> f32
          %v491 = arith.mulf %v490, %v443 fastmath<contract> : f32
          %v492 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v491) : (f32) -> f32
          %v493 = arith.muli %v39, %v459 : i64
          %v494 = arith.muli %v471, %v458 : i64
          %v495 = arith.addi %v493, %v494 : i64
          %v496 = arith.muli %v37, %v457 : i64
          %v497 = arith.addi %v495, %v496 : i64
          %v498 = arith.muli %v35, %v2 : i64
          %v499 = arith.addi %v497, %v498 : i64
          %v500 = llvm.getelementptr %in_v[%v499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v501 = llvm.load %v500 : !llvm.ptr -> f32
          %v538 = arith.addi %v51, %v62 : i64
          %v539, %v540 = gpu.shuffle idx %v447, %v506, %v537 : f32
          %v541, %v542 = gpu.shuffle idx %v456, %v506, %v537 : f32
          %v543, %v544 = gpu.shuffle idx %v468, %v506, %v537 : f32
          %v545 = arith.mulf %v541, %v103 fastmath<contract> : f32
          %v546 = arith.mulf %v545, %v543 fastmath<contract> : f32
          %v547 = llvm.load %v6 : !llvm.ptr -> f32
          %v548 = arith.mulf %v539, %v547 fastmath<contract> : f32
          %v549 = arith.addf %v548, %v546 fastmath<contract> : f32
          %v550 = llvm.load %v10 : !llvm.ptr -> f32
          %v551 = arith.mulf %v539, %v550 fastmath<contract> : f32
          %v552 = arith.mulf %v541, %v114 fastmath<contract> : f32
          %v553 = arith.mulf %v552, %v543 fastmath<contract> : f32
          %v554 = llvm.load %v7 : !llvm.ptr -> f32
          %v555 = arith.mulf %v539, %v554 fastmath<contract> : f32
          %v556 = arith.addf %v555, %v553 fastmath<contract> : f32
          %v557 = llvm.load %v11 : !llvm.ptr -> f32
          %v558 = arith.mulf %v539, %v557 fastmath<contract> : f32
          %v559 = llvm.load %v8 : !llvm.ptr -> f32
          %v560 = arith.mulf %v539, %v559 fastmath<contract> : f32
          %v561 = arith.addf %v560, %v545 fastmath<contract> : f32
          %v562 = llvm.load %v12 : !llvm.ptr -> f32
          %v563 = arith.mulf %v539, %v562 fastmath<contract> : f32
          %v564 = llvm.load %v9 : !llvm.ptr -> f32
          %v565 = arith.mulf %v539, %v564 fastmath<contract> : f32
          %v566 = arith.addf %v565, %v552 fastmath<contract> : f32
          %v567 = llvm.load %v13 : !llvm.ptr -> f32
          %v568 = arith.mulf %v539, %v567 fastmath<contract> : f32
          llvm.store %v549, %v6 : f32, !llvm.ptr
          llvm.store %v551, %v10 : f32, !llvm.ptr
          llvm.store %v556, %v7 : f32, !llvm.ptr
          llvm.store %v558, %v11 : f32, !llvm.ptr
          llvm.store %v561, %v8 : f32, !llvm.ptr
          llvm.store %v563, %v12 : f32, !llvm.ptr
          llvm.store %v566, %v9 : f32, !llvm.ptr
          llvm.store %v568, %v13 : f32, !llvm.ptr
          %v569 = arith.addi %v51, %v63 : i64
          %v570, %v571 = gpu.shuffle idx %v447, %v510, %v537 : f32
          %v572, %v573 = gpu.shuffle idx %v456, %v510, %v537 : f32
          %v574, %v575 = gpu.shuffle idx %v468, %v510, %v537 : f32
          %v576 = arith.mulf %v572, %v124 fastmath<contract> : f32
          %v577 = arith.mulf %v576, %v574 fastmath<contract> : f32
          %v578 = llvm.load %v6 : !llvm.ptr -> f32
          %v579 = arith.mulf %v570, %v578 fastmath<contract> : f32
          %v580 = arith.addf %v579, %v577 fastmath<contract> : f32
          %v581 = llvm.load %v10 : !llvm.ptr -> f32
          %v582 = arith.mulf %v570, %v581 fastmath<contract> : f32
          %v583 = arith.mulf %v572, %v135 fastmath<contract> : f32
          %v584 = arith.mulf %v583, %v574 fastmath<contract> : f32
          %v585 = llvm.load %v7 : !llvm.ptr -> f32
          %v586 = arith.mulf %v570, %v585 fastmath<contract> : f32
          %v587 = arith.addf %v586, %v584 fastmath<contract> : f32
          %v588 = llvm.load %v11 : !llvm.ptr -> f32
          %v589 = arith.mulf %v570, %v588 fastmath<contract> : f32
          %v590 = llvm.load %v8 : !llvm.ptr -> f32
          %v591 = arith.mulf %v570, %v590 fastmath<contract> : f32
          %v592 = arith.addf %v591, %v576 fastmath<contract> : f32
          %v593 = llvm.load %v12 : !llvm.ptr -> f32
          %v594 = arith.mulf %v570, %v593 fastmath<contract> : f32
          %v595 = llvm.load %v9 : !llvm.ptr -> f32
          %v596 = arith.mulf %v570, %v595 fastmath<contract> : f32
          %v597 = arith.addf %v596, %v583 fastmath<contract> : f32
          %v598 = llvm.load %v13 : !llvm.ptr -> f32
          %v599 = arith.mulf %v570, %v598 fastmath<contract> : f32
          llvm.store %v580, %v6 : f32, !llvm.ptr
          llvm.store %v582, %v10 : f32, !llvm.ptr
          llvm.store %v587, %v7 : f32, !llvm.ptr
          llvm.store %v589, %v11 : f32, !llvm.ptr
          llvm.store %v592, %v8 : f32, !llvm.ptr
          llvm.store %v594, %v12 : f32, !llvm.ptr
          llvm.store %v597, %v9 : f32, !llvm.ptr
          llvm.store %v599, %v13 : f32, !llvm.ptr
          %v600 = arith.addi %v51, %v65 : i64
          %v601, %v602 = gpu.shuffle idx %v447, %v514, %v537 : f32
          %v603, %v604 = gpu.shuffle idx %v456, %v514, %v537 : f32
          %v605, %v606 = gpu.shuffle idx %v468, %v514, %v537 : f32
          %v607 = arith.mulf %v603, %v145 fastmath<contract> : f32
          %v608 = arith.mulf %v607, %v605 fastmath<contract> : f32
          %v609 = llvm.load %v6 : !llvm.ptr -> f32
          %v610 = arith.mulf %v601, %v609 fastmath<contract> : f32
          %v611 = arith.addf %v610, %v608 fastmath<contract> : f32
          %v612 = llvm.load %v10 : !llvm.ptr -> f32
          %v613 = arith.mulf %v601, %v612 fastmath<contract> : f32
          %v614 = arith.mulf %v603, %v156 fastmath<contract> : f32
          %v615 = arith.mulf %v614, %v605 fastmath<contract> : f32
          %v616 = llvm.load %v7 : !llvm.ptr -> f32
          %v617 = arith.mulf %v601, %v616 fastmath<contract> : f32
          %v618 = arith.addf %v617, %v615 fastmath<contract> : f32
          %v619 = llvm.load %v11 : !llvm.ptr -> f32
          %v620 = arith.mulf %v601, %v619 fastmath<contract> : f32
          %v621 = llvm.load %v8 : !llvm.ptr -> f32
          %v622 = arith.mulf %v601, %v621 fastmath<contract> : f32
          %v623 = arith.addf %v622, %v607 fastmath<contract> : f32
          %v624 = llvm.load %v12 : !llvm.ptr -> f32
          %v625 = arith.mulf %v601, %v624 fastmath<contract> : f32
          %v626 = llvm.load %v9 : !llvm.ptr -> f32
          %v627 = arith.mulf %v601, %v626 fastmath<contract> : f32
          %v628 = arith.addf %v627, %v614 fastmath<contract> : f32
          %v629 = llvm.load %v13 : !llvm.ptr -> f32
          %v630 = arith.mulf %v601, %v629 fastmath<contract> : f32
          llvm.store %v611, %v6 : f32, !llvm.ptr
          llvm.store %v613, %v10 : f32, !llvm.ptr
          llvm.store %v618, %v7 : f32, !llvm.ptr
          llvm.store %v620, %v11 : f32, !llvm.ptr
          llvm.store %v623, %v8 : f32, !llvm.ptr
          llvm.store %v625, %v12 : f32, !llvm.ptr
          llvm.store %v628, %v9 : f32, !llvm.ptr
          llvm.store %v630, %v13 : f32, !llvm.ptr
          %v631 = arith.addi %v51, %v67 : i64
          %v632, %v633 = gpu.shuffle idx %v447, %v518, %v537 : f32
          %v634, %v635 = gpu.shuffle idx %v456, %v518, %v537 : f32
          %v636, %v637 = gpu.shuffle idx %v468, %v518, %v537 : f32
          %v638 = arith.mulf %v634, %v166 fastmath<contract> : f32
          %v639 = arith.mulf %v638, %v636 fastmath<contract> : f32
          %v640 = llvm.load %v6 : !llvm.ptr -> f32
          %v641 = arith.mulf %v632, %v640 fastmath<contract> : f32
          %v642 = arith.addf %v641, %v639 fastmath<contract> : f32
          %v643 = llvm.load %v10 : !llvm.ptr -> f32
          %v644 = arith.mulf %v632, %v643 fastmath<contract> : f32
          %v645 = arith.mulf %v634, %v177 fastmath<contract> : f32
          %v646 = arith.mulf %v645, %v636 fastmath<contract> : f32
          %v647 = llvm.load %v7 : !llvm.ptr -> f32
          %v648 = arith.mulf %v632, %v647 fastmath<contract> : f32
          %v649 = arith.addf %v648, %v646 fastmath<contract> : f32
          %v650 = llvm.load %v11 : !llvm.ptr -> f32
          %v651 = arith.mulf %v632, %v650 fastmath<contract> : f32
          %v652 = llvm.load %v8 : !llvm.ptr -> f32
          %v653 = arith.mulf %v632, %v652 fastmath<contract> : f32
          %v654 = arith.addf %v653, %v638 fastmath<contract> : f32
          %v655 = llvm.load %v12 : !llvm.ptr -> f32
          %v656 = arith.mulf %v632, %v655 fastmath<contract> : f32
          %v657 = llvm.load %v9 : !llvm.ptr -> f32
          %v658 = arith.mulf %v632, %v657 fastmath<contract> : f32
          %v659 = arith.addf %v658, %v645 fastmath<contract> : f32
          %v660 = llvm.load %v13 : !llvm.ptr -> f32
          %v661 = arith.mulf %v632, %v660 fastmath<contract> : f32
          llvm.store %v642, %v6 : f32, !llvm.ptr
          llvm.store %v644, %v10 : f32, !llvm.ptr
          llvm.store %v649, %v7 : f32, !llvm.ptr
          llvm.store %v651, %v11 : f32, !llvm.ptr
          llvm.store %v654, %v8 : f32, !llvm.ptr
          llvm.store %v656, %v12 : f32, !llvm.ptr
          llvm.store %v659, %v9 : f32, !llvm.ptr
          llvm.store %v661, %v13 : f32, !llvm.ptr
          %v662 = arith.addi %v51, %v69 : i64
          %v663, %v664 = gpu.shuffle idx %v447, %v522, %v537 : f32
          %v665, %v666 = gpu.shuffle idx %v456, %v522, %v537 : f32
          %v667, %v668 = gpu.shuffle idx %v468, %v522, %v537 : f32
          %v669 = arith.mulf %v665, %v187 fastmath<contract> : f32
          %v670 = arith.mulf %v669, %v667 fastmath<contract> : f32
          %v671 = llvm.load %v6 : !llvm.ptr -> f32
          %v672 = arith.mulf %v663, %v671 fastmath<contract> : f32
          %v673 = arith.addf %v672, %v670 fastmath<contract> : f32
          %v674 = llvm.load %v10 : !llvm.ptr -> f32
          %v675 = arith.mulf %v663, %v674 fastmath<contract> : f32
          %v676 = arith.mulf %v665, %v198 fastmath<contract> : f32
          %v677 = arith.mulf %v676, %v667 fastmath<contract> : f32
          %v678 = llvm.load %v7 : !llvm.ptr -> f32
          %v679 = arith.mulf %v663, %v678 fastmath<contract> : f32
          %v680 = arith.addf %v679, %v677 fastmath<contract> : f32
          %v681 = llvm.load %v11 : !llvm.ptr -> f32
          %v682 = arith.mulf %v663, %v681 fastmath<contract> : f32
          %v683 = llvm.load %v8 : !llvm.ptr -> f32
          %v684 = arith.mulf %v663, %v683 fastmath<contract> : f32
          %v685 = arith.addf %v684, %v669 fastmath<contract> : f32
          %v686 = llvm.load %v12 : !llvm.ptr -> f32
          %v687 = arith.mulf %v663, %v686 fastmath<contract> : f32
          %v688 = llvm.load %v9 : !llvm.ptr -> f32
          %v689 = arith.mulf %v663, %v688 fastmath<contract> : f32
          %v690 = arith.addf %v689, %v676 fastmath<contract> : f32
          %v691 = llvm.load %v13 : !llvm.ptr -> f32
          %v692 = arith.mulf %v663, %v691 fastmath<contract> : f32
          llvm.store %v673, %v6 : f32, !llvm.ptr
          llvm.store %v675, %v10 : f32, !llvm.ptr
          llvm.store %v680, %v7 : f32, !llvm.ptr
          llvm.store %v682, %v11 : f32, !llvm.ptr
          llvm.store %v685, %v8 : f32, !llvm.ptr
          llvm.store %v687, %v12 : f32, !llvm.ptr
          llvm.store %v690, %v9 : f32, !llvm.ptr
          llvm.store %v692, %v13 : f32, !llvm.ptr
          %v693 = arith.addi %v51, %v71 : i64
          %v694, %v695 = gpu.shuffle idx %v447, %v526, %v537 : f32
          %v696, %v697 = gpu.shuffle idx %v456, %v526, %v537 : f32
          %v698, %v699 = gpu.shuffle idx %v468, %v526, %v537 : f32
          %v700 = arith.mulf %v696, %v208 fastmath<contract> : f32
          %v701 = arith.mulf %v700, %v698 fastmath<contract> : f32
          %v702 = llvm.load %v6 : !llvm.ptr -> f32
          %v703 = arith.mulf %v694, %v702 fastmath<contract> : f32
          %v704 = arith.addf %v703, %v701 fastmath<contract> : f32
          %v705 = llvm.load %v10 : !llvm.ptr -> f32
          %v706 = arith.mulf %v694, %v705 fastmath<contract> : f32
          %v707 = arith.mulf %v696, %v219 fastmath<contract> : f32
          %v708 = arith.mulf %v707, %v698 fastmath<contract> : f32
          %v709 = llvm.load %v7 : !llvm.ptr -> f32
          %v710 = arith.mulf %v694, %v709 fastmath<contract> : f32
          %v711 = arith.addf %v710, %v708 fastmath<contract> : f32
          %v712 = llvm.load %v11 : !llvm.ptr -> f32
          %v713 = arith.mulf %v694, %v712 fastmath<contract> : f32
          %v714 = llvm.load %v8 : !llvm.ptr -> f32
          %v715 = arith.mulf %v694, %v714 fastmath<contract> : f32
          %v716 = arith.addf %v715, %v700 fastmath<contract> : f32
          %v717 = llvm.load %v12 : !llvm.ptr -> f32
          %v718 = arith.mulf %v694, %v717 fastmath<contract> : f32
          %v719 = llvm.load %v9 : !llvm.ptr -> f32
          %v720 = arith.mulf %v694, %v719 fastmath<contract> : f32
          %v721 = arith.addf %v720, %v707 fastmath<contract> : f32
          %v722 = llvm.load %v13 : !llvm.ptr -> f32
          %v723 = arith.mulf %v694, %v722 fastmath<contract> : f32
          llvm.store %v704, %v6 : f32, !llvm.ptr
          llvm.store %v706, %v10 : f32, !llvm.ptr
          llvm.store %v711, %v7 : f32, !llvm.ptr
          llvm.store %v713, %v11 : f32, !llvm.ptr
          llvm.store %v716, %v8 : f32, !llvm.ptr
          llvm.store %v718, %v12 : f32, !llvm.ptr
          llvm.store %v721, %v9 : f32, !llvm.ptr
          llvm.store %v723, %v13 : f32, !llvm.ptr
          %v724 = arith.addi %v51, %v73 : i64
          %v725, %v726 = gpu.shuffle idx %v447, %v530, %v537 : f32
          %v727, %v728 = gpu.shuffle idx %v456, %v530, %v537 : f32
          %v729, %v730 = gpu.shuffle idx %v468, %v530, %v537 : f32
          %v731 = arith.mulf %v727, %v229 fastmath<contract> : f32
          %v732 = arith.mulf %v731, %v729 fastmath<contract> : f32
          %v733 = llvm.load %v6 : !llvm.ptr -> f32
          %v734 = arith.mulf %v725, %v733 fastmath<contract> : f32
          %v735 = arith.addf %v734, %v732 fastmath<contract> : f32
          %v736 = llvm.load %v10 : !llvm.ptr -> f32
          %v737 = arith.mulf %v725, %v736 fastmath<contract> : f32
          %v738 = arith.mulf %v727, %v240 fastmath<contract> : f32
          %v739 = arith.mulf %v738, %v729 fastmath<contract> : f32
          %v740 = llvm.load %v7 : !llvm.ptr -> f32
          %v741 = arith.mulf %v725, %v740 fastmath<contract> : f32
          %v742 = arith.addf %v741, %v739 fastmath<contract> : f32
          %v743 = llvm.load %v11 : !llvm.ptr -> f32
          %v744 = arith.mulf %v725, %v743 fastmath<contract> : f32
          %v745 = llvm.load %v8 : !llvm.ptr -> f32
          %v746 = arith.mulf %v725, %v745 fastmath<contract> : f32
          %v747 = arith.addf %v746, %v731 fastmath<contract> : f32
          %v748 = llvm.load %v12 : !llvm.ptr -> f32
          %v749 = arith.mulf %v725, %v748 fastmath<contract> : f32
          %v750 = llvm.load %v9 : !llvm.ptr -> f32
          %v751 = arith.mulf %v725, %v750 fastmath<contract> : f32
          %v752 = arith.addf %v751, %v738 fastmath<contract> : f32
          %v753 = llvm.load %v13 : !llvm.ptr -> f32
          %v754 = arith.mulf %v725, %v753 fastmath<contract> : f32
          llvm.store %v735, %v6 : f32, !llvm.ptr
          llvm.store %v737, %v10 : f32, !llvm.ptr
          llvm.store %v742, %v7 : f32, !llvm.ptr
          llvm.store %v744, %v11 : f32, !llvm.ptr
          llvm.store %v747, %v8 : f32, !llvm.ptr
          llvm.store %v749, %v12 : f32, !llvm.ptr
          llvm.store %v752, %v9 : f32, !llvm.ptr
          llvm.store %v754, %v13 : f32, !llvm.ptr
          %v755 = arith.addi %v51, %v75 : i64
          %v756, %v757 = gpu.shuffle idx %v447, %v534, %v537 : f32
          %v758, %v759 = gpu.shuffle idx %v456, %v534, %v537 : f32
          %v760, %v761 = gpu.shuffle idx %v468, %v534, %v537 : f32
          %v762 = arith.mulf %v758, %v250 fastmath<contract> : f32
          %v763 = arith.mulf %v762, %v760 fastmath<contract> : f32
          %v764 = llvm.load %v6 : !llvm.ptr -> f32
          %v765 = arith.mulf %v756, %v764 fastmath<contract> : f32
          %v766 = arith.addf %v765, %v763 fastmath<contract> : f32
          %v767 = llvm.load %v10 : !llvm.ptr -> f32
          %v768 = arith.mulf %v756, %v767 fastmath<contract> : f32
          %v769 = arith.mulf %v758, %v261 fastmath<contract> : f32
          %v770 = arith.mulf %v769, %v760 fastmath<contract> : f32
          %v771 = llvm.load %v7 : !llvm.ptr -> f32
          %v772 = arith.mulf %v756, %v771 fastmath<contract> : f32
          %v773 = arith.addf %v772, %v770 fastmath<contract> : f32
          %v774 = llvm.load %v11 : !llvm.ptr -> f32
          %v775 = arith.mulf %v756, %v774 fastmath<contract> : f32
          %v776 = llvm.load %v8 : !llvm.ptr -> f32
          %v777 = arith.mulf %v756, %v776 fastmath<contract> : f32
          %v778 = arith.addf %v777, %v762 fastmath<contract> : f32
          %v779 = llvm.load %v12 : !llvm.ptr -> f32
          %v780 = arith.mulf %v756, %v779 fastmath<contract> : f32
          %v781 = llvm.load %v9 : !llvm.ptr -> f32
          %v782 = arith.mulf %v756, %v781 fastmath<contract> : f32
          %v783 = arith.addf %v782, %v769 fastmath<contract> : f32
          %v784 = llvm.load %v13 : !llvm.ptr -> f32
          %v785 = arith.mulf %v756, %v784 fastmath<contract> : f32
          llvm.store %v766, %v6 : f32, !llvm.ptr
          llvm.store %v768, %v10 : f32, !llvm.ptr
          llvm.store %v773, %v7 : f32, !llvm.ptr
          llvm.store %v775, %v11 : f32, !llvm.ptr
          llvm.store %v778, %v8 : f32, !llvm.ptr
          llvm.store %v780, %v12 : f32, !llvm.ptr
          llvm.store %v783, %v9 : f32, !llvm.ptr
          llvm.store %v785, %v13 : f32, !llvm.ptr
          %v786 = arith.addi %v51, %v76 : i64
          %v787, %v788 = gpu.shuffle idx %v483, %v506, %v537 : f32
          %v789, %v790 = gpu.shuffle idx %v492, %v506, %v537 : f32
          %v791, %v792 = gpu.shuffle idx %v501, %v506, %v537 : f32
          %v793 = arith.mulf %v789, %v271 fastmath<contract> : f32
          %v794 = arith.mulf %v793, %v791 fastmath<contract> : f32
          %v795 = llvm.load %v6 : !llvm.ptr -> f32
          %v796 = arith.mulf %v787, %v795 fastmath<contract> : f32
          %v797 = arith.addf %v796, %v794 fastmath<contract> : f32
          %v798 = llvm.load %v10 : !llvm.ptr -> f32
          %v799 = arith.mulf %v787, %v798 fastmath<contract> : f32
          %v800 = arith.mulf %v789, %v282 fastmath<contract> : f32
          %v801 = arith.mulf %v800, %v791 fastmath<contract> : f32
          %v802 = llvm.load %v7 : !llvm.ptr -> f32
          %v803 = arith.mulf %v787, %v802 fastmath<contract> : f32
          %v804 = arith.addf %v803, %v801 fastmath<contract> : f32
          %v805 = llvm.load %v11 : !llvm.ptr -> f32
          %v806 = arith.mulf %v787, %v805 fastmath<contract> : f32
          %v807 = llvm.load %v8 : !llvm.ptr -> f32
          %v808 = arith.mulf %v787, %v807 fastmath<contract> : f32
          %v809 = arith.addf %v808, %v793 fastmath<contract> : f32
          %v810 = llvm.load %v12 : !llvm.ptr -> f32
          %v811 = arith.mulf %v787, %v810 fastmath<contract> : f32
          %v812 = llvm.load %v9 : !llvm.ptr -> f32
          %v813 = arith.mulf %v787, %v812 fastmath<contract> : f32
          %v814 = arith.addf %v813, %v800 fastmath<contract> : f32
          %v815 = llvm.load %v13 : !llvm.ptr -> f32
          %v816 = arith.mulf %v787, %v815 fastmath<contract> : f32
          llvm.store %v797, %v6 : f32, !llvm.ptr
          llvm.store %v799, %v10 : f32, !llvm.ptr
          llvm.store %v804, %v7 : f32, !llvm.ptr
          llvm.store %v806, %v11 : f32, !llvm.ptr
          llvm.store %v809, %v8 : f32, !llvm.ptr
          llvm.store %v811, %v12 : f32, !llvm.ptr
          llvm.store %v814, %v9 : f32, !llvm.ptr
          llvm.store %v816, %v13 : f32, !llvm.ptr
          %v817 = arith.addi %v51, %v78 : i64
          %v818, %v819 = gpu.shuffle idx %v483, %v510, %v537 : f32
          %v820, %v821 = gpu.shuffle idx %v492, %v510, %v537 : f32
          %v822, %v823 = gpu.shuffle idx %v501, %v510, %v537 : f32
          %v824 = arith.mulf %v820, %v292 fastmath<contract> : f32
          %v825 = arith.mulf %v824, %v822 fastmath<contract> : f32
          %v826 = llvm.load %v6 : !llvm.ptr -> f32
          %v827 = arith.mulf %v818, %v826 fastmath<contract> : f32
          %v828 = arith.addf %v827, %v825 fastmath<contract> : f32
          %v829 = llvm.load %v10 : !llvm.ptr -> f32
          %v830 = arith.mulf %v818, %v829 fastmath<contract> : f32
          %v831 = arith.mulf %v820, %v303 fastmath<contract> : f32
          %v832 = arith.mulf %v831, %v822 fastmath<contract> : f32
          %v833 = llvm.load %v7 : !llvm.ptr -> f32
          %v834 = arith.mulf %v818, %v833 fastmath<contract> : f32
          %v835 = arith.addf %v834, %v832 fastmath<contract> : f32
          %v836 = llvm.load %v11 : !llvm.ptr -> f32
          %v837 = arith.mulf %v818, %v836 fastmath<contract> : f32
          %v838 = llvm.load %v8 : !llvm.ptr -> f32
          %v839 = arith.mulf %v818, %v838 fastmath<contract> : f32
          %v840 = arith.addf %v839, %v824 fastmath<contract> : f32
          %v841 = llvm.load %v12 : !llvm.ptr -> f32
          %v842 = arith.mulf %v818, %v841 fastmath<contract> : f32
          %v843 = llvm.load %v9 : !llvm.ptr -> f32
          %v844 = arith.mulf %v818, %v843 fastmath<contract> : f32
          %v845 = arith.addf %v844, %v831 fastmath<contract> : f32
          %v846 = llvm.load %v13 : !llvm.ptr -> f32
          %v847 = arith.mulf %v818, %v846 fastmath<contract> : f32
          llvm.store %v828, %v6 : f32, !llvm.ptr
          llvm.store %v830, %v10 : f32, !llvm.ptr
          llvm.store %v835, %v7 : f32, !llvm.ptr
          llvm.store %v837, %v11 : f32, !llvm.ptr
          llvm.store %v840, %v8 : f32, !llvm.ptr
          llvm.store %v842, %v12 : f32, !llvm.ptr
          llvm.store %v845, %v9 : f32, !llvm.ptr
          llvm.store %v847, %v13 : f32, !llvm.ptr
          %v848 = arith.addi %v51, %v80 : i64
          %v849, %v850 = gpu.shuffle idx %v483, %v514, %v537 : f32
          %v851, %v852 = gpu.shuffle idx %v492, %v514, %v537 : f32
          %v853, %v854 = gpu.shuffle idx %v501, %v514, %v537 : f32
          %v855 = arith.mulf %v851, %v313 fastmath<contract> : f32
          %v856 = arith.mulf %v855, %v853 fastmath<contract> : f32
          %v857 = llvm.load %v6 : !llvm.ptr -> f32
          %v858 = arith.mulf %v849, %v857 fastmath<contract> : f32
          %v859 = arith.addf %v858, %v856 fastmath<contract> : f32
          %v860 = llvm.load %v10 : !llvm.ptr -> f32
          %v861 = arith.mulf %v849, %v860 fastmath<contract> : f32
          %v862 = arith.mulf %v851, %v324 fastmath<contract> : f32
          %v863 = arith.mulf %v862, %v853 fastmath<contract> : f32
          %v864 = llvm.load %v7 : !llvm.ptr -> f32
          %v865 = arith.mulf %v849, %v864 fastmath<contract> : f32
          %v866 = arith.addf %v865, %v863 fastmath<contract> : f32
          %v867 = llvm.load %v11 : !llvm.ptr -> f32
          %v868 = arith.mulf %v849, %v867 fastmath<contract> : f32
          %v869 = llvm.load %v8 : !llvm.ptr -> f32
          %v870 = arith.mulf %v849, %v869 fastmath<contract> : f32
          %v871 = arith.addf %v870, %v855 fastmath<contract> : f32
          %v872 = llvm.load %v12 : !llvm.ptr -> f32
          %v873 = arith.mulf %v849, %v872 fastmath<contract> : f32
          %v874 = llvm.load %v9 : !llvm.ptr -> f32
          %v875 = arith.mulf %v849, %v874 fastmath<contract> : f32
          %v876 = arith.addf %v875, %v862 fastmath<contract> : f32
          %v877 = llvm.load %v13 : !llvm.ptr -> f32
          %v878 = arith.mulf %v849, %v877 fastmath<contract> : f32
          llvm.store %v859, %v6 : f32, !llvm.ptr
          llvm.store %v861, %v10 : f32, !llvm.ptr
          llvm.store %v866, %v7 : f32, !llvm.ptr
          llvm.store %v868, %v11 : f32, !llvm.ptr
          llvm.store %v871, %v8 : f32, !llvm.ptr
          llvm.store %v873, %v12 : f32, !llvm.ptr
          llvm.store %v876, %v9 : f32, !llvm.ptr
          llvm.store %v878, %v13 : f32, !llvm.ptr
          %v879 = arith.addi %v51, %v82 : i64
          %v880, %v881 = gpu.shuffle idx %v483, %v518, %v537 : f32
          %v882, %v883 = gpu.shuffle idx %v492, %v518, %v537 : f32
          %v884, %v885 = gpu.shuffle idx %v501, %v518, %v537 : f32
          %v886 = arith.mulf %v882, %v334 fastmath<contract> : f32
          %v887 = arith.mulf %v886, %v884 fastmath<contract> : f32
          %v888 = llvm.load %v6 : !llvm.ptr -> f32
          %v889 = arith.mulf %v880, %v888 fastmath<contract> : f32
          %v890 = arith.addf %v889, %v887 fastmath<contract> : f32
          %v891 = llvm.load %v10 : !llvm.ptr -> f32
          %v892 = arith.mulf %v880, %v891 fastmath<contract> : f32
          %v893 = arith.mulf %v882, %v345 fastmath<contract> : f32
          %v894 = arith.mulf %v893, %v884 fastmath<contract> : f32
          %v895 = llvm.load %v7 : !llvm.ptr -> f32
          %v896 = arith.mulf %v880, %v895 fastmath<contract> : f32
          %v897 = arith.addf %v896, %v894 fastmath<contract> : f32
          %v898 = llvm.load %v11 : !llvm.ptr -> f32
          %v899 = arith.mulf %v880, %v898 fastmath<contract> : f32
          %v900 = llvm.load %v8 : !llvm.ptr -> f32
          %v901 = arith.mulf %v880, %v900 fastmath<contract> : f32
          %v902 = arith.addf %v901, %v886 fastmath<contract> : f32
          %v903 = llvm.load %v12 : !llvm.ptr -> f32
          %v904 = arith.mulf %v880, %v903 fastmath<contract> : f32
          %v905 = llvm.load %v9 : !llvm.ptr -> f32
          %v906 = arith.mulf %v880, %v905 fastmath<contract> : f32
          %v907 = arith.addf %v906, %v893 fastmath<contract> : f32
          %v908 = llvm.load %v13 : !llvm.ptr -> f32
          %v909 = arith.mulf %v880, %v908 fastmath<contract> : f32
          llvm.store %v890, %v6 : f32, !llvm.ptr
          llvm.store %v892, %v10 : f32, !llvm.ptr
          llvm.store %v897, %v7 : f32, !llvm.ptr
          llvm.store %v899, %v11 : f32, !llvm.ptr
          llvm.store %v902, %v8 : f32, !llvm.ptr
          llvm.store %v904, %v12 : f32, !llvm.ptr
          llvm.store %v907, %v9 : f32, !llvm.ptr
          llvm.store %v909, %v13 : f32, !llvm.ptr
          %v910 = arith.addi %v51, %v84 : i64
          %v911, %v912 = gpu.shuffle idx %v483, %v522, %v537 : f32
          %v913, %v914 = gpu.shuffle idx %v492, %v522, %v537 : f32
          %v915, %v916 = gpu.shuffle idx %v501, %v522, %v537 : f32
          %v917 = arith.mulf %v913, %v355 fastmath<contract> : f32
          %v918 = arith.mulf %v917, %v915 fastmath<contract> : f32
          %v919 = llvm.load %v6 : !llvm.ptr -> f32
          %v920 = arith.mulf %v911, %v919 fastmath<contract> : f32
          %v921 = arith.addf %v920, %v918 fastmath<contract> : f32
          %v922 = llvm.load %v10 : !llvm.ptr -> f32
          %v923 = arith.mulf %v911, %v922 fastmath<contract> : f32
          %v924 = arith.mulf %v913, %v366 fastmath<contract> : f32
          %v925 = arith.mulf %v924, %v915 fastmath<contract> : f32
          %v926 = llvm.load %v7 : !llvm.ptr -> f32
          %v927 = arith.mulf %v911, %v926 fastmath<contract> : f32
          %v928 = arith.addf %v927, %v925 fastmath<contract> : f32
          %v929 = llvm.load %v11 : !llvm.ptr -> f32
          %v930 = arith.mulf %v911, %v929 fastmath<contract> : f32
          %v931 = llvm.load %v8 : !llvm.ptr -> f32
          %v932 = arith.mulf %v911, %v931 fastmath<contract> : f32
          %v933 = arith.addf %v932, %v917 fastmath<contract> : f32
          %v934 = llvm.load %v12 : !llvm.ptr -> f32
          %v935 = arith.mulf %v911, %v934 fastmath<contract> : f32
          %v936 = llvm.load %v9 : !llvm.ptr -> f32
          %v937 = arith.mulf %v911, %v936 fastmath<contract> : f32
          %v938 = arith.addf %v937, %v924 fastmath<contract> : f32
          %v939 = llvm.load %v13 : !llvm.ptr -> f32
          %v940 = arith.mulf %v911, %v939 fastmath<contract> : f32
          llvm.store %v921, %v6 : f32, !llvm.ptr
          llvm.store %v923, %v10 : f32, !llvm.ptr
          llvm.store %v928, %v7 : f32, !llvm.ptr
          llvm.store %v930, %v11 : f32, !llvm.ptr
          llvm.store %v933, %v8 : f32, !llvm.ptr
          llvm.store %v935, %v12 : f32, !llvm.ptr
          llvm.store %v938, %v9 : f32, !llvm.ptr
          llvm.store %v940, %v13 : f32, !llvm.ptr
          %v941 = arith.addi %v51, %v86 : i64
          %v942, %v943 = gpu.shuffle idx %v483, %v526, %v537 : f32
          %v944, %v945 = gpu.shuffle idx %v492, %v526, %v537 : f32
          %v946, %v947 = gpu.shuffle idx %v501, %v526, %v537 : f32
          %v948 = arith.mulf %v944, %v376 fastmath<contract> : f32
          %v949 = arith.mulf %v948, %v946 fastmath<contract> : f32
          %v950 = llvm.load %v6 : !llvm.ptr -> f32
          %v951 = arith.mulf %v942, %v950 fastmath<contract> : f32
          %v952 = arith.addf %v951, %v949 fastmath<contract> : f32
          %v953 = llvm.load %v10 : !llvm.ptr -> f32
          %v954 = arith.mulf %v942, %v953 fastmath<contract> : f32
          %v955 = arith.mulf %v944, %v387 fastmath<contract> : f32
          %v956 = arith.mulf %v955, %v946 fastmath<contract> : f32
          %v957 = llvm.load %v7 : !llvm.ptr -> f32
          %v958 = arith.mulf %v942, %v957 fastmath<contract> : f32
          %v959 = arith.addf %v958, %v956 fastmath<contract> : f32
          %v960 = llvm.load %v11 : !llvm.ptr -> f32
          %v961 = arith.mulf %v942, %v960 fastmath<contract> : f32
          %v962 = llvm.load %v8 : !llvm.ptr -> f32
          %v963 = arith.mulf %v942, %v962 fastmath<contract> : f32
          %v964 = arith.addf %v963, %v948 fastmath<contract> : f32
          %v965 = llvm.load %v12 : !llvm.ptr -> f32
          %v966 = arith.mulf %v942, %v965 fastmath<contract> : f32
          %v967 = llvm.load %v9 : !llvm.ptr -> f32
          %v968 = arith.mulf %v942, %v967 fastmath<contract> : f32
          %v969 = arith.addf %v968, %v955 fastmath<contract> : f32
          %v970 = llvm.load %v13 : !llvm.ptr -> f32
          %v971 = arith.mulf %v942, %v970 fastmath<contract> : f32
          llvm.store %v952, %v6 : f32, !llvm.ptr
          llvm.store %v954, %v10 : f32, !llvm.ptr
          llvm.store %v959, %v7 : f32, !llvm.ptr
          llvm.store %v961, %v11 : f32, !llvm.ptr
          llvm.store %v964, %v8 : f32, !llvm.ptr
          llvm.store %v966, %v12 : f32, !llvm.ptr
          llvm.store %v969, %v9 : f32, !llvm.ptr
          llvm.store %v971, %v13 : f32, !llvm.ptr
          %v972 = arith.addi %v51, %v88 : i64
          %v973, %v974 = gpu.shuffle idx %v483, %v530, %v537 : f32
          %v975, %v976 = gpu.shuffle idx %v492, %v530, %v537 : f32
          %v977, %v978 = gpu.shuffle idx %v501, %v530, %v537 : f32
          %v979 = arith.mulf %v975, %v397 fastmath<contract> : f32
          %v980 = arith.mulf %v979, %v977 fastmath<contract> : f32
          %v981 = llvm.load %v6 : !llvm.ptr -> f32
          %v982 = arith.mulf %v973, %v981 fastmath<contract> : f32
          %v983 = arith.addf %v982, %v980 fastmath<contract> : f32
          %v984 = llvm.load %v10 : !llvm.ptr -> f32
          %v985 = arith.mulf %v973, %v984 fastmath<contract> : f32
          %v986 = arith.mulf %v975, %v408 fastmath<contract> : f32
          %v987 = arith.mulf %v986, %v977 fastmath<contract> : f32
          %v988 = llvm.load %v7 : !llvm.ptr -> f32
          %v989 = arith.mulf %v973, %v988 fastmath<contract> : f32
          %v990 = arith.addf %v989, %v987 fastmath<contract> : f32
          %v991 = llvm.load %v11 : !llvm.ptr -> f32
          %v992 = arith.mulf %v973, %v991 fastmath<contract> : f32
          %v993 = llvm.load %v8 : !llvm.ptr -> f32
          %v994 = arith.mulf %v973, %v993 fastmath<contract> : f32
          %v995 = arith.addf %v994, %v979 fastmath<contract> : f32
          %v996 = llvm.load %v12 : !llvm.ptr -> f32
          %v997 = arith.mulf %v973, %v996 fastmath<contract> : f32
          %v998 = llvm.load %v9 : !llvm.ptr -> f32
          %v999 = arith.mulf %v973, %v998 fastmath<contract> : f32
          %v1000 = arith.addf %v999, %v986 fastmath<contract> : f32
          %v1001 = llvm.load %v13 : !llvm.ptr -> f32
          %v1002 = arith.mulf %v973, %v1001 fastmath<contract> : f32
          llvm.store %v983, %v6 : f32, !llvm.ptr
          llvm.store %v985, %v10 : f32, !llvm.ptr
          llvm.store %v990, %v7 : f32, !llvm.ptr
          llvm.store %v992, %v11 : f32, !llvm.ptr
          llvm.store %v995, %v8 : f32, !llvm.ptr
          llvm.store %v997, %v12 : f32, !llvm.ptr
          llvm.store %v1000, %v9 : f32, !llvm.ptr
          llvm.store %v1002, %v13 : f32, !llvm.ptr
          %v1003 = arith.addi %v51, %v90 : i64
          %v1004, %v1005 = gpu.shuffle idx %v483, %v534, %v537 : f32
          %v1006, %v1007 = gpu.shuffle idx %v492, %v534, %v537 : f32
          %v1008, %v1009 = gpu.shuffle idx %v501, %v534, %v537 : f32
          %v1010 = arith.mulf %v1006, %v418 fastmath<contract> : f32
          %v1011 = arith.mulf %v1010, %v1008 fastmath<contract> : f32
          %v1012 = llvm.load %v6 : !llvm.ptr -> f32
          %v1013 = arith.mulf %v1004, %v1012 fastmath<contract> : f32
          %v1014 = arith.addf %v1013, %v1011 fastmath<contract> : f32
          %v1015 = llvm.load %v10 : !llvm.ptr -> f32
          %v1016 = arith.mulf %v1004, %v1015 fastmath<contract> : f32
          %v1017 = arith.mulf %v1006, %v429 fastmath<contract> : f32
          %v1018 = arith.mulf %v1017, %v1008 fastmath<contract> : f32
          %v1019 = llvm.load %v7 : !llvm.ptr -> f32
          %v1020 = arith.mulf %v1004, %v1019 fastmath<contract> : f32
          %v1021 = arith.addf %v1020, %v1018 fastmath<contract> : f32
          %v1022 = llvm.load %v11 : !llvm.ptr -> f32
          %v1023 = arith.mulf %v1004, %v1022 fastmath<contract> : f32
          %v1024 = llvm.load %v8 : !llvm.ptr -> f32
          %v1025 = arith.mulf %v1004, %v1024 fastmath<contract> : f32
          %v1026 = arith.addf %v1025, %v1010 fastmath<contract> : f32
          %v1027 = llvm.load %v12 : !llvm.ptr -> f32
          %v1028 = arith.mulf %v1004, %v1027 fastmath<contract> : f32
          %v1029 = llvm.load %v9 : !llvm.ptr -> f32
          %v1030 = arith.mulf %v1004, %v1029 fastmath<contract> : f32
          %v1031 = arith.addf %v1030, %v1017 fastmath<contract> : f32
          %v1032 = llvm.load %v13 : !llvm.ptr -> f32
          %v1033 = arith.mulf %v1004, %v1032 fastmath<contract> : f32
          llvm.store %v1014, %v6 : f32, !llvm.ptr
          llvm.store %v1016, %v10 : f32, !llvm.ptr
          llvm.store %v1021, %v7 : f32, !llvm.ptr
          llvm.store %v1023, %v11 : f32, !llvm.ptr
          llvm.store %v1026, %v8 : f32, !llvm.ptr
          llvm.store %v1028, %v12 : f32, !llvm.ptr
          llvm.store %v1031, %v9 : f32, !llvm.ptr
          llvm.store %v1033, %v13 : f32, !llvm.ptr
          %v1034 = arith.addi %v51, %v431 : i64
          %v1035 = arith.addi %v51, %v470 : i64
        }
        %v1036 = arith.muli %v55, %v1 : i64
        %v1037 = arith.index_cast %v1036 : i64 to index
        %v1038 = arith.index_cast %v53 : i64 to index
        %v1039 = arith.index_cast %v2 : i64 to index
        scf.for %v1040 = %v1037 to %v1038 step %v1039 {
          %v1041 = arith.index_cast %v1040 : index to i64
          %v1042 = arith.addi %v51, %v1041 : i64
          %v1043 = arith.muli %v39, %v434 : i64
          %v1044 = arith.muli %v1042, %v433 : i64
          %v1045 = arith.addi %v1043, %v1044 : i64
          %v1046 = arith.muli %v37, %v2 : i64
          %v1047 = arith.addi %v1045, %v1046 : i64
          %v1048 = llvm.getelementptr %in_fg[%v1047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1049 = llvm.load %v1048 : !llvm.ptr -> f32
          %v1050 = arith.negf %v1049 : f32
          %v1051 = arith.mulf %v1050, %v443 fastmath<contract> : f32
          %v1052 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1051) : (f32) -> f32
          %v1053 = arith.addf %v42, %v1052 fastmath<contract> : f32
          %v1054 = arith.divf %v42, %v1053 : f32
          %v1055 = arith.muli %v39, %v434 : i64
          %v1056 = arith.muli %v1042, %v433 : i64
          %v1057 = arith.addi %v1055, %v1056 : i64
          %v1058 = arith.muli %v37, %v2 : i64
          %v1059 = arith.addi %v1057, %v1058 : i64
          %v1060 = llvm.getelementptr %in_ig[%v1059] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1061 = llvm.load %v1060 : !llvm.ptr -> f32
          %v1062 = arith.mulf %v1061, %v443 fastmath<contract> : f32
          %v1063 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1062) : (f32) -> f32
          %v1064 = arith.muli %v39, %v94 : i64
          %v1065 = arith.muli %v1042, %v93 : i64
          %v1066 = arith.addi %v1064, %v1065 : i64
          %v1067 = arith.muli %v37, %v92 : i64
          %v1068 = arith.addi %v1066, %v1067 : i64
          %v1069 = arith.muli %v28, %v2 : i64
          %v1070 = arith.addi %v1068, %v1069 : i64
          %v1071 = llvm.getelementptr %in_k[%v1070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1072 = llvm.load %v1071 : !llvm.ptr -> f32
          %v1073 = arith.mulf %v1063, %v1072 fastmath<contract> : f32
          %v1074 = arith.muli %v39, %v459 : i64
          %v1075 = arith.muli %v1042, %v458 : i64
          %v1076 = arith.addi %v1074, %v1075 : i64
          %v1077 = arith.muli %v37, %v457 : i64
          %v1078 = arith.addi %v1076, %v1077 : i64
          %v1079 = arith.muli %v35, %v2 : i64
          %v1080 = arith.addi %v1078, %v1079 : i64
          %v1081 = llvm.getelementptr %in_v[%v1080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1082 = llvm.load %v1081 : !llvm.ptr -> f32
          %v1083 = arith.mulf %v1073, %v1082 fastmath<contract> : f32
          %v1084 = llvm.load %v6 : !llvm.ptr -> f32
          %v1085 = arith.mulf %v1054, %v1084 fastmath<contract> : f32
          %v1086 = arith.addf %v1085, %v1083 fastmath<contract> : f32
          %v1087 = llvm.load %v10 : !llvm.ptr -> f32
          %v1088 = arith.mulf %v1054, %v1087 fastmath<contract> : f32
          %v1089 = arith.muli %v39, %v94 : i64
          %v1090 = arith.muli %v1042, %v93 : i64
          %v1091 = arith.addi %v1089, %v1090 : i64
          %v1092 = arith.muli %v37, %v92 : i64
          %v1093 = arith.addi %v1091, %v1092 : i64
          %v1094 = arith.constant 8 : i64
          %v1095 = arith.addi %v1094, %v28 : i64
          %v1096 = arith.muli %v1095, %v2 : i64
          %v1097 = arith.addi %v1093, %v1096 : i64
          %v1098 = llvm.getelementptr %in_k[%v1097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1099 = llvm.load %v1098 : !llvm.ptr -> f32
          %v1100 = arith.mulf %v1063, %v1099 fastmath<contract> : f32
          %v1101 = arith.mulf %v1100, %v1082 fastmath<contract> : f32
          %v1102 = llvm.load %v7 : !llvm.ptr -> f32
          %v1103 = arith.mulf %v1054, %v1102 fastmath<contract> : f32
          %v1104 = arith.addf %v1103, %v1101 fastmath<contract> : f32
          %v1105 = llvm.load %v11 : !llvm.ptr -> f32
          %v1106 = arith.mulf %v1054, %v1105 fastmath<contract> : f32
          %v1107 = llvm.load %v8 : !llvm.ptr -> f32
          %v1108 = arith.mulf %v1054, %v1107 fastmath<contract> : f32
          %v1109 = arith.addf %v1108, %v1073 fastmath<contract> : f32
          %v1110 = llvm.load %v12 : !llvm.ptr -> f32
          %v1111 = arith.mulf %v1054, %v1110 fastmath<contract> : f32
          %v1112 = llvm.load %v9 : !llvm.ptr -> f32
          %v1113 = arith.mulf %v1054, %v1112 fastmath<contract> : f32
          %v1114 = arith.addf %v1113, %v1100 fastmath<contract> : f32
          %v1115 = llvm.load %v13 : !llvm.ptr -> f32
          %v1116 = arith.mulf %v1054, %v1115 fastmath<contract> : f32
          llvm.store %v1086, %v6 : f32, !llvm.ptr
          llvm.store %v1088, %v10 : f32, !llvm.ptr
          llvm.store %v1104, %v7 : f32, !llvm.ptr
          llvm.store %v1106, %v11 : f32, !llvm.ptr
          llvm.store %v1109, %v8 : f32, !llvm.ptr
          llvm.store %v1111, %v12 : f32, !llvm.ptr
          llvm.store %v1114, %v9 : f32, !llvm.ptr
          llvm.store %v1116, %v13 : f32, !llvm.ptr
        }
      }
      scf.if %v32 {
        %v1117 = arith.muli %v26, %v5 : i64
        %v1118 = arith.subi %v5, %v2 : i64
        %v1119 = arith.minsi %v31, %v1118 : i64
        %v1120 = arith.addi %v1117, %v1119 : i64
        %v1121 = arith.muli %v1120, %v1 : i64
        %v1122 = arith.addi %v1121, %v54 : i64
        %v1123 = arith.addi %v1122, %v28 : i64
        %v1124 = llvm.load %v10 : !llvm.ptr -> f32
        %v1125 = llvm.getelementptr %agga_C[%v1123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1124, %v1125 : f32, !llvm.ptr
        %v1126 = llvm.load %v6 : !llvm.ptr -> f32
        %v1127 = llvm.getelementptr %aggb_C[%v1123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1126, %v1127 : f32, !llvm.ptr
        %v1128 = arith.muli %v26, %v5 : i64
        %v1129 = arith.subi %v5, %v2 : i64
        %v1130 = arith.minsi %v31, %v1129 : i64
        %v1131 = arith.addi %v1128, %v1130 : i64
        %v1132 = arith.muli %v1131, %v1 : i64
        %v1133 = arith.addi %v1132, %v22 : i64
        %v1134 = arith.addi %v1133, %v28 : i64
        %v1135 = llvm.load %v11 : !llvm.ptr -> f32
        %v1136 = llvm.getelementptr %agga_C[%v1134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1135, %v1136 : f32, !llvm.ptr
        %v1137 = llvm.load %v7 : !llvm.ptr -> f32
        %v1138 = llvm.getelementptr %aggb_C[%v1134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1137, %v1138 : f32, !llvm.ptr
        %v1139 = arith.muli %v26, %v5 : i64
        %v1140 = arith.subi %v5, %v2 : i64
        %v1141 = arith.minsi %v31, %v1140 : i64
        %v1142 = arith.addi %v1139, %v1141 : i64
        %v1143 = arith.muli %v1142, %v1 : i64
        %v1144 = arith.addi %v1143, %v54 : i64
        %v1145 = arith.addi %v1144, %v28 : i64
        %v1146 = llvm.load %v12 : !llvm.ptr -> f32
        %v1147 = llvm.getelementptr %agga_n[%v1145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1146, %v1147 : f32, !llvm.ptr
        %v1148 = llvm.load %v8 : !llvm.ptr -> f32
        %v1149 = llvm.getelementptr %aggb_n[%v1145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1148, %v1149 : f32, !llvm.ptr
        %v1150 = arith.muli %v26, %v5 : i64
        %v1151 = arith.subi %v5, %v2 : i64
        %v1152 = arith.minsi %v31, %v1151 : i64
        %v1153 = arith.addi %v1150, %v1152 : i64
        %v1154 = arith.muli %v1153, %v1 : i64
        %v1155 = arith.addi %v1154, %v22 : i64
        %v1156 = arith.addi %v1155, %v28 : i64
        %v1157 = llvm.load %v13 : !llvm.ptr -> f32
        %v1158 = llvm.getelementptr %agga_n[%v1156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1157, %v1158 : f32, !llvm.ptr
        %v1159 = llvm.load %v9 : !llvm.ptr -> f32
        %v1160 = llvm.getelementptr %aggb_n[%v1156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1159, %v1160 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
