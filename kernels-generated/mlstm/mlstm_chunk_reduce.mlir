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
      %v545 = arith.sitofp %v1 : i64 to f32
      %v546 = llvm.call_intrinsic "llvm.sqrt.f32"(%v545) : (f32) -> f32
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
          %v547 = arith.divf %v103, %v546 : f32
          %v548 = arith.mulf %v541, %v547 fastmath<contract> : f32
          %v549 = arith.mulf %v548, %v543 fastmath<contract> : f32
          %v550 = llvm.load %v6 : !llvm.ptr -> f32
          %v551 = arith.mulf %v539, %v550 fastmath<contract> : f32
          %v552 = arith.addf %v551, %v549 fastmath<contract> : f32
          %v553 = llvm.load %v10 : !llvm.ptr -> f32
          %v554 = arith.mulf %v539, %v553 fastmath<contract> : f32
          %v555 = arith.divf %v114, %v546 : f32
          %v556 = arith.mulf %v541, %v555 fastmath<contract> : f32
          %v557 = arith.mulf %v556, %v543 fastmath<contract> : f32
          %v558 = llvm.load %v7 : !llvm.ptr -> f32
          %v559 = arith.mulf %v539, %v558 fastmath<contract> : f32
          %v560 = arith.addf %v559, %v557 fastmath<contract> : f32
          %v561 = llvm.load %v11 : !llvm.ptr -> f32
          %v562 = arith.mulf %v539, %v561 fastmath<contract> : f32
          %v563 = llvm.load %v8 : !llvm.ptr -> f32
          %v564 = arith.mulf %v539, %v563 fastmath<contract> : f32
          %v565 = arith.addf %v564, %v548 fastmath<contract> : f32
          %v566 = llvm.load %v12 : !llvm.ptr -> f32
          %v567 = arith.mulf %v539, %v566 fastmath<contract> : f32
          %v568 = llvm.load %v9 : !llvm.ptr -> f32
          %v569 = arith.mulf %v539, %v568 fastmath<contract> : f32
          %v570 = arith.addf %v569, %v556 fastmath<contract> : f32
          %v571 = llvm.load %v13 : !llvm.ptr -> f32
          %v572 = arith.mulf %v539, %v571 fastmath<contract> : f32
          llvm.store %v552, %v6 : f32, !llvm.ptr
          llvm.store %v554, %v10 : f32, !llvm.ptr
          llvm.store %v560, %v7 : f32, !llvm.ptr
          llvm.store %v562, %v11 : f32, !llvm.ptr
          llvm.store %v565, %v8 : f32, !llvm.ptr
          llvm.store %v567, %v12 : f32, !llvm.ptr
          llvm.store %v570, %v9 : f32, !llvm.ptr
          llvm.store %v572, %v13 : f32, !llvm.ptr
          %v573 = arith.addi %v51, %v63 : i64
          %v574, %v575 = gpu.shuffle idx %v447, %v510, %v537 : f32
          %v576, %v577 = gpu.shuffle idx %v456, %v510, %v537 : f32
          %v578, %v579 = gpu.shuffle idx %v468, %v510, %v537 : f32
          %v580 = arith.divf %v124, %v546 : f32
          %v581 = arith.mulf %v576, %v580 fastmath<contract> : f32
          %v582 = arith.mulf %v581, %v578 fastmath<contract> : f32
          %v583 = llvm.load %v6 : !llvm.ptr -> f32
          %v584 = arith.mulf %v574, %v583 fastmath<contract> : f32
          %v585 = arith.addf %v584, %v582 fastmath<contract> : f32
          %v586 = llvm.load %v10 : !llvm.ptr -> f32
          %v587 = arith.mulf %v574, %v586 fastmath<contract> : f32
          %v588 = arith.divf %v135, %v546 : f32
          %v589 = arith.mulf %v576, %v588 fastmath<contract> : f32
          %v590 = arith.mulf %v589, %v578 fastmath<contract> : f32
          %v591 = llvm.load %v7 : !llvm.ptr -> f32
          %v592 = arith.mulf %v574, %v591 fastmath<contract> : f32
          %v593 = arith.addf %v592, %v590 fastmath<contract> : f32
          %v594 = llvm.load %v11 : !llvm.ptr -> f32
          %v595 = arith.mulf %v574, %v594 fastmath<contract> : f32
          %v596 = llvm.load %v8 : !llvm.ptr -> f32
          %v597 = arith.mulf %v574, %v596 fastmath<contract> : f32
          %v598 = arith.addf %v597, %v581 fastmath<contract> : f32
          %v599 = llvm.load %v12 : !llvm.ptr -> f32
          %v600 = arith.mulf %v574, %v599 fastmath<contract> : f32
          %v601 = llvm.load %v9 : !llvm.ptr -> f32
          %v602 = arith.mulf %v574, %v601 fastmath<contract> : f32
          %v603 = arith.addf %v602, %v589 fastmath<contract> : f32
          %v604 = llvm.load %v13 : !llvm.ptr -> f32
          %v605 = arith.mulf %v574, %v604 fastmath<contract> : f32
          llvm.store %v585, %v6 : f32, !llvm.ptr
          llvm.store %v587, %v10 : f32, !llvm.ptr
          llvm.store %v593, %v7 : f32, !llvm.ptr
          llvm.store %v595, %v11 : f32, !llvm.ptr
          llvm.store %v598, %v8 : f32, !llvm.ptr
          llvm.store %v600, %v12 : f32, !llvm.ptr
          llvm.store %v603, %v9 : f32, !llvm.ptr
          llvm.store %v605, %v13 : f32, !llvm.ptr
          %v606 = arith.addi %v51, %v65 : i64
          %v607, %v608 = gpu.shuffle idx %v447, %v514, %v537 : f32
          %v609, %v610 = gpu.shuffle idx %v456, %v514, %v537 : f32
          %v611, %v612 = gpu.shuffle idx %v468, %v514, %v537 : f32
          %v613 = arith.divf %v145, %v546 : f32
          %v614 = arith.mulf %v609, %v613 fastmath<contract> : f32
          %v615 = arith.mulf %v614, %v611 fastmath<contract> : f32
          %v616 = llvm.load %v6 : !llvm.ptr -> f32
          %v617 = arith.mulf %v607, %v616 fastmath<contract> : f32
          %v618 = arith.addf %v617, %v615 fastmath<contract> : f32
          %v619 = llvm.load %v10 : !llvm.ptr -> f32
          %v620 = arith.mulf %v607, %v619 fastmath<contract> : f32
          %v621 = arith.divf %v156, %v546 : f32
          %v622 = arith.mulf %v609, %v621 fastmath<contract> : f32
          %v623 = arith.mulf %v622, %v611 fastmath<contract> : f32
          %v624 = llvm.load %v7 : !llvm.ptr -> f32
          %v625 = arith.mulf %v607, %v624 fastmath<contract> : f32
          %v626 = arith.addf %v625, %v623 fastmath<contract> : f32
          %v627 = llvm.load %v11 : !llvm.ptr -> f32
          %v628 = arith.mulf %v607, %v627 fastmath<contract> : f32
          %v629 = llvm.load %v8 : !llvm.ptr -> f32
          %v630 = arith.mulf %v607, %v629 fastmath<contract> : f32
          %v631 = arith.addf %v630, %v614 fastmath<contract> : f32
          %v632 = llvm.load %v12 : !llvm.ptr -> f32
          %v633 = arith.mulf %v607, %v632 fastmath<contract> : f32
          %v634 = llvm.load %v9 : !llvm.ptr -> f32
          %v635 = arith.mulf %v607, %v634 fastmath<contract> : f32
          %v636 = arith.addf %v635, %v622 fastmath<contract> : f32
          %v637 = llvm.load %v13 : !llvm.ptr -> f32
          %v638 = arith.mulf %v607, %v637 fastmath<contract> : f32
          llvm.store %v618, %v6 : f32, !llvm.ptr
          llvm.store %v620, %v10 : f32, !llvm.ptr
          llvm.store %v626, %v7 : f32, !llvm.ptr
          llvm.store %v628, %v11 : f32, !llvm.ptr
          llvm.store %v631, %v8 : f32, !llvm.ptr
          llvm.store %v633, %v12 : f32, !llvm.ptr
          llvm.store %v636, %v9 : f32, !llvm.ptr
          llvm.store %v638, %v13 : f32, !llvm.ptr
          %v639 = arith.addi %v51, %v67 : i64
          %v640, %v641 = gpu.shuffle idx %v447, %v518, %v537 : f32
          %v642, %v643 = gpu.shuffle idx %v456, %v518, %v537 : f32
          %v644, %v645 = gpu.shuffle idx %v468, %v518, %v537 : f32
          %v646 = arith.divf %v166, %v546 : f32
          %v647 = arith.mulf %v642, %v646 fastmath<contract> : f32
          %v648 = arith.mulf %v647, %v644 fastmath<contract> : f32
          %v649 = llvm.load %v6 : !llvm.ptr -> f32
          %v650 = arith.mulf %v640, %v649 fastmath<contract> : f32
          %v651 = arith.addf %v650, %v648 fastmath<contract> : f32
          %v652 = llvm.load %v10 : !llvm.ptr -> f32
          %v653 = arith.mulf %v640, %v652 fastmath<contract> : f32
          %v654 = arith.divf %v177, %v546 : f32
          %v655 = arith.mulf %v642, %v654 fastmath<contract> : f32
          %v656 = arith.mulf %v655, %v644 fastmath<contract> : f32
          %v657 = llvm.load %v7 : !llvm.ptr -> f32
          %v658 = arith.mulf %v640, %v657 fastmath<contract> : f32
          %v659 = arith.addf %v658, %v656 fastmath<contract> : f32
          %v660 = llvm.load %v11 : !llvm.ptr -> f32
          %v661 = arith.mulf %v640, %v660 fastmath<contract> : f32
          %v662 = llvm.load %v8 : !llvm.ptr -> f32
          %v663 = arith.mulf %v640, %v662 fastmath<contract> : f32
          %v664 = arith.addf %v663, %v647 fastmath<contract> : f32
          %v665 = llvm.load %v12 : !llvm.ptr -> f32
          %v666 = arith.mulf %v640, %v665 fastmath<contract> : f32
          %v667 = llvm.load %v9 : !llvm.ptr -> f32
          %v668 = arith.mulf %v640, %v667 fastmath<contract> : f32
          %v669 = arith.addf %v668, %v655 fastmath<contract> : f32
          %v670 = llvm.load %v13 : !llvm.ptr -> f32
          %v671 = arith.mulf %v640, %v670 fastmath<contract> : f32
          llvm.store %v651, %v6 : f32, !llvm.ptr
          llvm.store %v653, %v10 : f32, !llvm.ptr
          llvm.store %v659, %v7 : f32, !llvm.ptr
          llvm.store %v661, %v11 : f32, !llvm.ptr
          llvm.store %v664, %v8 : f32, !llvm.ptr
          llvm.store %v666, %v12 : f32, !llvm.ptr
          llvm.store %v669, %v9 : f32, !llvm.ptr
          llvm.store %v671, %v13 : f32, !llvm.ptr
          %v672 = arith.addi %v51, %v69 : i64
          %v673, %v674 = gpu.shuffle idx %v447, %v522, %v537 : f32
          %v675, %v676 = gpu.shuffle idx %v456, %v522, %v537 : f32
          %v677, %v678 = gpu.shuffle idx %v468, %v522, %v537 : f32
          %v679 = arith.divf %v187, %v546 : f32
          %v680 = arith.mulf %v675, %v679 fastmath<contract> : f32
          %v681 = arith.mulf %v680, %v677 fastmath<contract> : f32
          %v682 = llvm.load %v6 : !llvm.ptr -> f32
          %v683 = arith.mulf %v673, %v682 fastmath<contract> : f32
          %v684 = arith.addf %v683, %v681 fastmath<contract> : f32
          %v685 = llvm.load %v10 : !llvm.ptr -> f32
          %v686 = arith.mulf %v673, %v685 fastmath<contract> : f32
          %v687 = arith.divf %v198, %v546 : f32
          %v688 = arith.mulf %v675, %v687 fastmath<contract> : f32
          %v689 = arith.mulf %v688, %v677 fastmath<contract> : f32
          %v690 = llvm.load %v7 : !llvm.ptr -> f32
          %v691 = arith.mulf %v673, %v690 fastmath<contract> : f32
          %v692 = arith.addf %v691, %v689 fastmath<contract> : f32
          %v693 = llvm.load %v11 : !llvm.ptr -> f32
          %v694 = arith.mulf %v673, %v693 fastmath<contract> : f32
          %v695 = llvm.load %v8 : !llvm.ptr -> f32
          %v696 = arith.mulf %v673, %v695 fastmath<contract> : f32
          %v697 = arith.addf %v696, %v680 fastmath<contract> : f32
          %v698 = llvm.load %v12 : !llvm.ptr -> f32
          %v699 = arith.mulf %v673, %v698 fastmath<contract> : f32
          %v700 = llvm.load %v9 : !llvm.ptr -> f32
          %v701 = arith.mulf %v673, %v700 fastmath<contract> : f32
          %v702 = arith.addf %v701, %v688 fastmath<contract> : f32
          %v703 = llvm.load %v13 : !llvm.ptr -> f32
          %v704 = arith.mulf %v673, %v703 fastmath<contract> : f32
          llvm.store %v684, %v6 : f32, !llvm.ptr
          llvm.store %v686, %v10 : f32, !llvm.ptr
          llvm.store %v692, %v7 : f32, !llvm.ptr
          llvm.store %v694, %v11 : f32, !llvm.ptr
          llvm.store %v697, %v8 : f32, !llvm.ptr
          llvm.store %v699, %v12 : f32, !llvm.ptr
          llvm.store %v702, %v9 : f32, !llvm.ptr
          llvm.store %v704, %v13 : f32, !llvm.ptr
          %v705 = arith.addi %v51, %v71 : i64
          %v706, %v707 = gpu.shuffle idx %v447, %v526, %v537 : f32
          %v708, %v709 = gpu.shuffle idx %v456, %v526, %v537 : f32
          %v710, %v711 = gpu.shuffle idx %v468, %v526, %v537 : f32
          %v712 = arith.divf %v208, %v546 : f32
          %v713 = arith.mulf %v708, %v712 fastmath<contract> : f32
          %v714 = arith.mulf %v713, %v710 fastmath<contract> : f32
          %v715 = llvm.load %v6 : !llvm.ptr -> f32
          %v716 = arith.mulf %v706, %v715 fastmath<contract> : f32
          %v717 = arith.addf %v716, %v714 fastmath<contract> : f32
          %v718 = llvm.load %v10 : !llvm.ptr -> f32
          %v719 = arith.mulf %v706, %v718 fastmath<contract> : f32
          %v720 = arith.divf %v219, %v546 : f32
          %v721 = arith.mulf %v708, %v720 fastmath<contract> : f32
          %v722 = arith.mulf %v721, %v710 fastmath<contract> : f32
          %v723 = llvm.load %v7 : !llvm.ptr -> f32
          %v724 = arith.mulf %v706, %v723 fastmath<contract> : f32
          %v725 = arith.addf %v724, %v722 fastmath<contract> : f32
          %v726 = llvm.load %v11 : !llvm.ptr -> f32
          %v727 = arith.mulf %v706, %v726 fastmath<contract> : f32
          %v728 = llvm.load %v8 : !llvm.ptr -> f32
          %v729 = arith.mulf %v706, %v728 fastmath<contract> : f32
          %v730 = arith.addf %v729, %v713 fastmath<contract> : f32
          %v731 = llvm.load %v12 : !llvm.ptr -> f32
          %v732 = arith.mulf %v706, %v731 fastmath<contract> : f32
          %v733 = llvm.load %v9 : !llvm.ptr -> f32
          %v734 = arith.mulf %v706, %v733 fastmath<contract> : f32
          %v735 = arith.addf %v734, %v721 fastmath<contract> : f32
          %v736 = llvm.load %v13 : !llvm.ptr -> f32
          %v737 = arith.mulf %v706, %v736 fastmath<contract> : f32
          llvm.store %v717, %v6 : f32, !llvm.ptr
          llvm.store %v719, %v10 : f32, !llvm.ptr
          llvm.store %v725, %v7 : f32, !llvm.ptr
          llvm.store %v727, %v11 : f32, !llvm.ptr
          llvm.store %v730, %v8 : f32, !llvm.ptr
          llvm.store %v732, %v12 : f32, !llvm.ptr
          llvm.store %v735, %v9 : f32, !llvm.ptr
          llvm.store %v737, %v13 : f32, !llvm.ptr
          %v738 = arith.addi %v51, %v73 : i64
          %v739, %v740 = gpu.shuffle idx %v447, %v530, %v537 : f32
          %v741, %v742 = gpu.shuffle idx %v456, %v530, %v537 : f32
          %v743, %v744 = gpu.shuffle idx %v468, %v530, %v537 : f32
          %v745 = arith.divf %v229, %v546 : f32
          %v746 = arith.mulf %v741, %v745 fastmath<contract> : f32
          %v747 = arith.mulf %v746, %v743 fastmath<contract> : f32
          %v748 = llvm.load %v6 : !llvm.ptr -> f32
          %v749 = arith.mulf %v739, %v748 fastmath<contract> : f32
          %v750 = arith.addf %v749, %v747 fastmath<contract> : f32
          %v751 = llvm.load %v10 : !llvm.ptr -> f32
          %v752 = arith.mulf %v739, %v751 fastmath<contract> : f32
          %v753 = arith.divf %v240, %v546 : f32
          %v754 = arith.mulf %v741, %v753 fastmath<contract> : f32
          %v755 = arith.mulf %v754, %v743 fastmath<contract> : f32
          %v756 = llvm.load %v7 : !llvm.ptr -> f32
          %v757 = arith.mulf %v739, %v756 fastmath<contract> : f32
          %v758 = arith.addf %v757, %v755 fastmath<contract> : f32
          %v759 = llvm.load %v11 : !llvm.ptr -> f32
          %v760 = arith.mulf %v739, %v759 fastmath<contract> : f32
          %v761 = llvm.load %v8 : !llvm.ptr -> f32
          %v762 = arith.mulf %v739, %v761 fastmath<contract> : f32
          %v763 = arith.addf %v762, %v746 fastmath<contract> : f32
          %v764 = llvm.load %v12 : !llvm.ptr -> f32
          %v765 = arith.mulf %v739, %v764 fastmath<contract> : f32
          %v766 = llvm.load %v9 : !llvm.ptr -> f32
          %v767 = arith.mulf %v739, %v766 fastmath<contract> : f32
          %v768 = arith.addf %v767, %v754 fastmath<contract> : f32
          %v769 = llvm.load %v13 : !llvm.ptr -> f32
          %v770 = arith.mulf %v739, %v769 fastmath<contract> : f32
          llvm.store %v750, %v6 : f32, !llvm.ptr
          llvm.store %v752, %v10 : f32, !llvm.ptr
          llvm.store %v758, %v7 : f32, !llvm.ptr
          llvm.store %v760, %v11 : f32, !llvm.ptr
          llvm.store %v763, %v8 : f32, !llvm.ptr
          llvm.store %v765, %v12 : f32, !llvm.ptr
          llvm.store %v768, %v9 : f32, !llvm.ptr
          llvm.store %v770, %v13 : f32, !llvm.ptr
          %v771 = arith.addi %v51, %v75 : i64
          %v772, %v773 = gpu.shuffle idx %v447, %v534, %v537 : f32
          %v774, %v775 = gpu.shuffle idx %v456, %v534, %v537 : f32
          %v776, %v777 = gpu.shuffle idx %v468, %v534, %v537 : f32
          %v778 = arith.divf %v250, %v546 : f32
          %v779 = arith.mulf %v774, %v778 fastmath<contract> : f32
          %v780 = arith.mulf %v779, %v776 fastmath<contract> : f32
          %v781 = llvm.load %v6 : !llvm.ptr -> f32
          %v782 = arith.mulf %v772, %v781 fastmath<contract> : f32
          %v783 = arith.addf %v782, %v780 fastmath<contract> : f32
          %v784 = llvm.load %v10 : !llvm.ptr -> f32
          %v785 = arith.mulf %v772, %v784 fastmath<contract> : f32
          %v786 = arith.divf %v261, %v546 : f32
          %v787 = arith.mulf %v774, %v786 fastmath<contract> : f32
          %v788 = arith.mulf %v787, %v776 fastmath<contract> : f32
          %v789 = llvm.load %v7 : !llvm.ptr -> f32
          %v790 = arith.mulf %v772, %v789 fastmath<contract> : f32
          %v791 = arith.addf %v790, %v788 fastmath<contract> : f32
          %v792 = llvm.load %v11 : !llvm.ptr -> f32
          %v793 = arith.mulf %v772, %v792 fastmath<contract> : f32
          %v794 = llvm.load %v8 : !llvm.ptr -> f32
          %v795 = arith.mulf %v772, %v794 fastmath<contract> : f32
          %v796 = arith.addf %v795, %v779 fastmath<contract> : f32
          %v797 = llvm.load %v12 : !llvm.ptr -> f32
          %v798 = arith.mulf %v772, %v797 fastmath<contract> : f32
          %v799 = llvm.load %v9 : !llvm.ptr -> f32
          %v800 = arith.mulf %v772, %v799 fastmath<contract> : f32
          %v801 = arith.addf %v800, %v787 fastmath<contract> : f32
          %v802 = llvm.load %v13 : !llvm.ptr -> f32
          %v803 = arith.mulf %v772, %v802 fastmath<contract> : f32
          llvm.store %v783, %v6 : f32, !llvm.ptr
          llvm.store %v785, %v10 : f32, !llvm.ptr
          llvm.store %v791, %v7 : f32, !llvm.ptr
          llvm.store %v793, %v11 : f32, !llvm.ptr
          llvm.store %v796, %v8 : f32, !llvm.ptr
          llvm.store %v798, %v12 : f32, !llvm.ptr
          llvm.store %v801, %v9 : f32, !llvm.ptr
          llvm.store %v803, %v13 : f32, !llvm.ptr
          %v804 = arith.addi %v51, %v76 : i64
          %v805, %v806 = gpu.shuffle idx %v483, %v506, %v537 : f32
          %v807, %v808 = gpu.shuffle idx %v492, %v506, %v537 : f32
          %v809, %v810 = gpu.shuffle idx %v501, %v506, %v537 : f32
          %v811 = arith.divf %v271, %v546 : f32
          %v812 = arith.mulf %v807, %v811 fastmath<contract> : f32
          %v813 = arith.mulf %v812, %v809 fastmath<contract> : f32
          %v814 = llvm.load %v6 : !llvm.ptr -> f32
          %v815 = arith.mulf %v805, %v814 fastmath<contract> : f32
          %v816 = arith.addf %v815, %v813 fastmath<contract> : f32
          %v817 = llvm.load %v10 : !llvm.ptr -> f32
          %v818 = arith.mulf %v805, %v817 fastmath<contract> : f32
          %v819 = arith.divf %v282, %v546 : f32
          %v820 = arith.mulf %v807, %v819 fastmath<contract> : f32
          %v821 = arith.mulf %v820, %v809 fastmath<contract> : f32
          %v822 = llvm.load %v7 : !llvm.ptr -> f32
          %v823 = arith.mulf %v805, %v822 fastmath<contract> : f32
          %v824 = arith.addf %v823, %v821 fastmath<contract> : f32
          %v825 = llvm.load %v11 : !llvm.ptr -> f32
          %v826 = arith.mulf %v805, %v825 fastmath<contract> : f32
          %v827 = llvm.load %v8 : !llvm.ptr -> f32
          %v828 = arith.mulf %v805, %v827 fastmath<contract> : f32
          %v829 = arith.addf %v828, %v812 fastmath<contract> : f32
          %v830 = llvm.load %v12 : !llvm.ptr -> f32
          %v831 = arith.mulf %v805, %v830 fastmath<contract> : f32
          %v832 = llvm.load %v9 : !llvm.ptr -> f32
          %v833 = arith.mulf %v805, %v832 fastmath<contract> : f32
          %v834 = arith.addf %v833, %v820 fastmath<contract> : f32
          %v835 = llvm.load %v13 : !llvm.ptr -> f32
          %v836 = arith.mulf %v805, %v835 fastmath<contract> : f32
          llvm.store %v816, %v6 : f32, !llvm.ptr
          llvm.store %v818, %v10 : f32, !llvm.ptr
          llvm.store %v824, %v7 : f32, !llvm.ptr
          llvm.store %v826, %v11 : f32, !llvm.ptr
          llvm.store %v829, %v8 : f32, !llvm.ptr
          llvm.store %v831, %v12 : f32, !llvm.ptr
          llvm.store %v834, %v9 : f32, !llvm.ptr
          llvm.store %v836, %v13 : f32, !llvm.ptr
          %v837 = arith.addi %v51, %v78 : i64
          %v838, %v839 = gpu.shuffle idx %v483, %v510, %v537 : f32
          %v840, %v841 = gpu.shuffle idx %v492, %v510, %v537 : f32
          %v842, %v843 = gpu.shuffle idx %v501, %v510, %v537 : f32
          %v844 = arith.divf %v292, %v546 : f32
          %v845 = arith.mulf %v840, %v844 fastmath<contract> : f32
          %v846 = arith.mulf %v845, %v842 fastmath<contract> : f32
          %v847 = llvm.load %v6 : !llvm.ptr -> f32
          %v848 = arith.mulf %v838, %v847 fastmath<contract> : f32
          %v849 = arith.addf %v848, %v846 fastmath<contract> : f32
          %v850 = llvm.load %v10 : !llvm.ptr -> f32
          %v851 = arith.mulf %v838, %v850 fastmath<contract> : f32
          %v852 = arith.divf %v303, %v546 : f32
          %v853 = arith.mulf %v840, %v852 fastmath<contract> : f32
          %v854 = arith.mulf %v853, %v842 fastmath<contract> : f32
          %v855 = llvm.load %v7 : !llvm.ptr -> f32
          %v856 = arith.mulf %v838, %v855 fastmath<contract> : f32
          %v857 = arith.addf %v856, %v854 fastmath<contract> : f32
          %v858 = llvm.load %v11 : !llvm.ptr -> f32
          %v859 = arith.mulf %v838, %v858 fastmath<contract> : f32
          %v860 = llvm.load %v8 : !llvm.ptr -> f32
          %v861 = arith.mulf %v838, %v860 fastmath<contract> : f32
          %v862 = arith.addf %v861, %v845 fastmath<contract> : f32
          %v863 = llvm.load %v12 : !llvm.ptr -> f32
          %v864 = arith.mulf %v838, %v863 fastmath<contract> : f32
          %v865 = llvm.load %v9 : !llvm.ptr -> f32
          %v866 = arith.mulf %v838, %v865 fastmath<contract> : f32
          %v867 = arith.addf %v866, %v853 fastmath<contract> : f32
          %v868 = llvm.load %v13 : !llvm.ptr -> f32
          %v869 = arith.mulf %v838, %v868 fastmath<contract> : f32
          llvm.store %v849, %v6 : f32, !llvm.ptr
          llvm.store %v851, %v10 : f32, !llvm.ptr
          llvm.store %v857, %v7 : f32, !llvm.ptr
          llvm.store %v859, %v11 : f32, !llvm.ptr
          llvm.store %v862, %v8 : f32, !llvm.ptr
          llvm.store %v864, %v12 : f32, !llvm.ptr
          llvm.store %v867, %v9 : f32, !llvm.ptr
          llvm.store %v869, %v13 : f32, !llvm.ptr
          %v870 = arith.addi %v51, %v80 : i64
          %v871, %v872 = gpu.shuffle idx %v483, %v514, %v537 : f32
          %v873, %v874 = gpu.shuffle idx %v492, %v514, %v537 : f32
          %v875, %v876 = gpu.shuffle idx %v501, %v514, %v537 : f32
          %v877 = arith.divf %v313, %v546 : f32
          %v878 = arith.mulf %v873, %v877 fastmath<contract> : f32
          %v879 = arith.mulf %v878, %v875 fastmath<contract> : f32
          %v880 = llvm.load %v6 : !llvm.ptr -> f32
          %v881 = arith.mulf %v871, %v880 fastmath<contract> : f32
          %v882 = arith.addf %v881, %v879 fastmath<contract> : f32
          %v883 = llvm.load %v10 : !llvm.ptr -> f32
          %v884 = arith.mulf %v871, %v883 fastmath<contract> : f32
          %v885 = arith.divf %v324, %v546 : f32
          %v886 = arith.mulf %v873, %v885 fastmath<contract> : f32
          %v887 = arith.mulf %v886, %v875 fastmath<contract> : f32
          %v888 = llvm.load %v7 : !llvm.ptr -> f32
          %v889 = arith.mulf %v871, %v888 fastmath<contract> : f32
          %v890 = arith.addf %v889, %v887 fastmath<contract> : f32
          %v891 = llvm.load %v11 : !llvm.ptr -> f32
          %v892 = arith.mulf %v871, %v891 fastmath<contract> : f32
          %v893 = llvm.load %v8 : !llvm.ptr -> f32
          %v894 = arith.mulf %v871, %v893 fastmath<contract> : f32
          %v895 = arith.addf %v894, %v878 fastmath<contract> : f32
          %v896 = llvm.load %v12 : !llvm.ptr -> f32
          %v897 = arith.mulf %v871, %v896 fastmath<contract> : f32
          %v898 = llvm.load %v9 : !llvm.ptr -> f32
          %v899 = arith.mulf %v871, %v898 fastmath<contract> : f32
          %v900 = arith.addf %v899, %v886 fastmath<contract> : f32
          %v901 = llvm.load %v13 : !llvm.ptr -> f32
          %v902 = arith.mulf %v871, %v901 fastmath<contract> : f32
          llvm.store %v882, %v6 : f32, !llvm.ptr
          llvm.store %v884, %v10 : f32, !llvm.ptr
          llvm.store %v890, %v7 : f32, !llvm.ptr
          llvm.store %v892, %v11 : f32, !llvm.ptr
          llvm.store %v895, %v8 : f32, !llvm.ptr
          llvm.store %v897, %v12 : f32, !llvm.ptr
          llvm.store %v900, %v9 : f32, !llvm.ptr
          llvm.store %v902, %v13 : f32, !llvm.ptr
          %v903 = arith.addi %v51, %v82 : i64
          %v904, %v905 = gpu.shuffle idx %v483, %v518, %v537 : f32
          %v906, %v907 = gpu.shuffle idx %v492, %v518, %v537 : f32
          %v908, %v909 = gpu.shuffle idx %v501, %v518, %v537 : f32
          %v910 = arith.divf %v334, %v546 : f32
          %v911 = arith.mulf %v906, %v910 fastmath<contract> : f32
          %v912 = arith.mulf %v911, %v908 fastmath<contract> : f32
          %v913 = llvm.load %v6 : !llvm.ptr -> f32
          %v914 = arith.mulf %v904, %v913 fastmath<contract> : f32
          %v915 = arith.addf %v914, %v912 fastmath<contract> : f32
          %v916 = llvm.load %v10 : !llvm.ptr -> f32
          %v917 = arith.mulf %v904, %v916 fastmath<contract> : f32
          %v918 = arith.divf %v345, %v546 : f32
          %v919 = arith.mulf %v906, %v918 fastmath<contract> : f32
          %v920 = arith.mulf %v919, %v908 fastmath<contract> : f32
          %v921 = llvm.load %v7 : !llvm.ptr -> f32
          %v922 = arith.mulf %v904, %v921 fastmath<contract> : f32
          %v923 = arith.addf %v922, %v920 fastmath<contract> : f32
          %v924 = llvm.load %v11 : !llvm.ptr -> f32
          %v925 = arith.mulf %v904, %v924 fastmath<contract> : f32
          %v926 = llvm.load %v8 : !llvm.ptr -> f32
          %v927 = arith.mulf %v904, %v926 fastmath<contract> : f32
          %v928 = arith.addf %v927, %v911 fastmath<contract> : f32
          %v929 = llvm.load %v12 : !llvm.ptr -> f32
          %v930 = arith.mulf %v904, %v929 fastmath<contract> : f32
          %v931 = llvm.load %v9 : !llvm.ptr -> f32
          %v932 = arith.mulf %v904, %v931 fastmath<contract> : f32
          %v933 = arith.addf %v932, %v919 fastmath<contract> : f32
          %v934 = llvm.load %v13 : !llvm.ptr -> f32
          %v935 = arith.mulf %v904, %v934 fastmath<contract> : f32
          llvm.store %v915, %v6 : f32, !llvm.ptr
          llvm.store %v917, %v10 : f32, !llvm.ptr
          llvm.store %v923, %v7 : f32, !llvm.ptr
          llvm.store %v925, %v11 : f32, !llvm.ptr
          llvm.store %v928, %v8 : f32, !llvm.ptr
          llvm.store %v930, %v12 : f32, !llvm.ptr
          llvm.store %v933, %v9 : f32, !llvm.ptr
          llvm.store %v935, %v13 : f32, !llvm.ptr
          %v936 = arith.addi %v51, %v84 : i64
          %v937, %v938 = gpu.shuffle idx %v483, %v522, %v537 : f32
          %v939, %v940 = gpu.shuffle idx %v492, %v522, %v537 : f32
          %v941, %v942 = gpu.shuffle idx %v501, %v522, %v537 : f32
          %v943 = arith.divf %v355, %v546 : f32
          %v944 = arith.mulf %v939, %v943 fastmath<contract> : f32
          %v945 = arith.mulf %v944, %v941 fastmath<contract> : f32
          %v946 = llvm.load %v6 : !llvm.ptr -> f32
          %v947 = arith.mulf %v937, %v946 fastmath<contract> : f32
          %v948 = arith.addf %v947, %v945 fastmath<contract> : f32
          %v949 = llvm.load %v10 : !llvm.ptr -> f32
          %v950 = arith.mulf %v937, %v949 fastmath<contract> : f32
          %v951 = arith.divf %v366, %v546 : f32
          %v952 = arith.mulf %v939, %v951 fastmath<contract> : f32
          %v953 = arith.mulf %v952, %v941 fastmath<contract> : f32
          %v954 = llvm.load %v7 : !llvm.ptr -> f32
          %v955 = arith.mulf %v937, %v954 fastmath<contract> : f32
          %v956 = arith.addf %v955, %v953 fastmath<contract> : f32
          %v957 = llvm.load %v11 : !llvm.ptr -> f32
          %v958 = arith.mulf %v937, %v957 fastmath<contract> : f32
          %v959 = llvm.load %v8 : !llvm.ptr -> f32
          %v960 = arith.mulf %v937, %v959 fastmath<contract> : f32
          %v961 = arith.addf %v960, %v944 fastmath<contract> : f32
          %v962 = llvm.load %v12 : !llvm.ptr -> f32
          %v963 = arith.mulf %v937, %v962 fastmath<contract> : f32
          %v964 = llvm.load %v9 : !llvm.ptr -> f32
          %v965 = arith.mulf %v937, %v964 fastmath<contract> : f32
          %v966 = arith.addf %v965, %v952 fastmath<contract> : f32
          %v967 = llvm.load %v13 : !llvm.ptr -> f32
          %v968 = arith.mulf %v937, %v967 fastmath<contract> : f32
          llvm.store %v948, %v6 : f32, !llvm.ptr
          llvm.store %v950, %v10 : f32, !llvm.ptr
          llvm.store %v956, %v7 : f32, !llvm.ptr
          llvm.store %v958, %v11 : f32, !llvm.ptr
          llvm.store %v961, %v8 : f32, !llvm.ptr
          llvm.store %v963, %v12 : f32, !llvm.ptr
          llvm.store %v966, %v9 : f32, !llvm.ptr
          llvm.store %v968, %v13 : f32, !llvm.ptr
          %v969 = arith.addi %v51, %v86 : i64
          %v970, %v971 = gpu.shuffle idx %v483, %v526, %v537 : f32
          %v972, %v973 = gpu.shuffle idx %v492, %v526, %v537 : f32
          %v974, %v975 = gpu.shuffle idx %v501, %v526, %v537 : f32
          %v976 = arith.divf %v376, %v546 : f32
          %v977 = arith.mulf %v972, %v976 fastmath<contract> : f32
          %v978 = arith.mulf %v977, %v974 fastmath<contract> : f32
          %v979 = llvm.load %v6 : !llvm.ptr -> f32
          %v980 = arith.mulf %v970, %v979 fastmath<contract> : f32
          %v981 = arith.addf %v980, %v978 fastmath<contract> : f32
          %v982 = llvm.load %v10 : !llvm.ptr -> f32
          %v983 = arith.mulf %v970, %v982 fastmath<contract> : f32
          %v984 = arith.divf %v387, %v546 : f32
          %v985 = arith.mulf %v972, %v984 fastmath<contract> : f32
          %v986 = arith.mulf %v985, %v974 fastmath<contract> : f32
          %v987 = llvm.load %v7 : !llvm.ptr -> f32
          %v988 = arith.mulf %v970, %v987 fastmath<contract> : f32
          %v989 = arith.addf %v988, %v986 fastmath<contract> : f32
          %v990 = llvm.load %v11 : !llvm.ptr -> f32
          %v991 = arith.mulf %v970, %v990 fastmath<contract> : f32
          %v992 = llvm.load %v8 : !llvm.ptr -> f32
          %v993 = arith.mulf %v970, %v992 fastmath<contract> : f32
          %v994 = arith.addf %v993, %v977 fastmath<contract> : f32
          %v995 = llvm.load %v12 : !llvm.ptr -> f32
          %v996 = arith.mulf %v970, %v995 fastmath<contract> : f32
          %v997 = llvm.load %v9 : !llvm.ptr -> f32
          %v998 = arith.mulf %v970, %v997 fastmath<contract> : f32
          %v999 = arith.addf %v998, %v985 fastmath<contract> : f32
          %v1000 = llvm.load %v13 : !llvm.ptr -> f32
          %v1001 = arith.mulf %v970, %v1000 fastmath<contract> : f32
          llvm.store %v981, %v6 : f32, !llvm.ptr
          llvm.store %v983, %v10 : f32, !llvm.ptr
          llvm.store %v989, %v7 : f32, !llvm.ptr
          llvm.store %v991, %v11 : f32, !llvm.ptr
          llvm.store %v994, %v8 : f32, !llvm.ptr
          llvm.store %v996, %v12 : f32, !llvm.ptr
          llvm.store %v999, %v9 : f32, !llvm.ptr
          llvm.store %v1001, %v13 : f32, !llvm.ptr
          %v1002 = arith.addi %v51, %v88 : i64
          %v1003, %v1004 = gpu.shuffle idx %v483, %v530, %v537 : f32
          %v1005, %v1006 = gpu.shuffle idx %v492, %v530, %v537 : f32
          %v1007, %v1008 = gpu.shuffle idx %v501, %v530, %v537 : f32
          %v1009 = arith.divf %v397, %v546 : f32
          %v1010 = arith.mulf %v1005, %v1009 fastmath<contract> : f32
          %v1011 = arith.mulf %v1010, %v1007 fastmath<contract> : f32
          %v1012 = llvm.load %v6 : !llvm.ptr -> f32
          %v1013 = arith.mulf %v1003, %v1012 fastmath<contract> : f32
          %v1014 = arith.addf %v1013, %v1011 fastmath<contract> : f32
          %v1015 = llvm.load %v10 : !llvm.ptr -> f32
          %v1016 = arith.mulf %v1003, %v1015 fastmath<contract> : f32
          %v1017 = arith.divf %v408, %v546 : f32
          %v1018 = arith.mulf %v1005, %v1017 fastmath<contract> : f32
          %v1019 = arith.mulf %v1018, %v1007 fastmath<contract> : f32
          %v1020 = llvm.load %v7 : !llvm.ptr -> f32
          %v1021 = arith.mulf %v1003, %v1020 fastmath<contract> : f32
          %v1022 = arith.addf %v1021, %v1019 fastmath<contract> : f32
          %v1023 = llvm.load %v11 : !llvm.ptr -> f32
          %v1024 = arith.mulf %v1003, %v1023 fastmath<contract> : f32
          %v1025 = llvm.load %v8 : !llvm.ptr -> f32
          %v1026 = arith.mulf %v1003, %v1025 fastmath<contract> : f32
          %v1027 = arith.addf %v1026, %v1010 fastmath<contract> : f32
          %v1028 = llvm.load %v12 : !llvm.ptr -> f32
          %v1029 = arith.mulf %v1003, %v1028 fastmath<contract> : f32
          %v1030 = llvm.load %v9 : !llvm.ptr -> f32
          %v1031 = arith.mulf %v1003, %v1030 fastmath<contract> : f32
          %v1032 = arith.addf %v1031, %v1018 fastmath<contract> : f32
          %v1033 = llvm.load %v13 : !llvm.ptr -> f32
          %v1034 = arith.mulf %v1003, %v1033 fastmath<contract> : f32
          llvm.store %v1014, %v6 : f32, !llvm.ptr
          llvm.store %v1016, %v10 : f32, !llvm.ptr
          llvm.store %v1022, %v7 : f32, !llvm.ptr
          llvm.store %v1024, %v11 : f32, !llvm.ptr
          llvm.store %v1027, %v8 : f32, !llvm.ptr
          llvm.store %v1029, %v12 : f32, !llvm.ptr
          llvm.store %v1032, %v9 : f32, !llvm.ptr
          llvm.store %v1034, %v13 : f32, !llvm.ptr
          %v1035 = arith.addi %v51, %v90 : i64
          %v1036, %v1037 = gpu.shuffle idx %v483, %v534, %v537 : f32
          %v1038, %v1039 = gpu.shuffle idx %v492, %v534, %v537 : f32
          %v1040, %v1041 = gpu.shuffle idx %v501, %v534, %v537 : f32
          %v1042 = arith.divf %v418, %v546 : f32
          %v1043 = arith.mulf %v1038, %v1042 fastmath<contract> : f32
          %v1044 = arith.mulf %v1043, %v1040 fastmath<contract> : f32
          %v1045 = llvm.load %v6 : !llvm.ptr -> f32
          %v1046 = arith.mulf %v1036, %v1045 fastmath<contract> : f32
          %v1047 = arith.addf %v1046, %v1044 fastmath<contract> : f32
          %v1048 = llvm.load %v10 : !llvm.ptr -> f32
          %v1049 = arith.mulf %v1036, %v1048 fastmath<contract> : f32
          %v1050 = arith.divf %v429, %v546 : f32
          %v1051 = arith.mulf %v1038, %v1050 fastmath<contract> : f32
          %v1052 = arith.mulf %v1051, %v1040 fastmath<contract> : f32
          %v1053 = llvm.load %v7 : !llvm.ptr -> f32
          %v1054 = arith.mulf %v1036, %v1053 fastmath<contract> : f32
          %v1055 = arith.addf %v1054, %v1052 fastmath<contract> : f32
          %v1056 = llvm.load %v11 : !llvm.ptr -> f32
          %v1057 = arith.mulf %v1036, %v1056 fastmath<contract> : f32
          %v1058 = llvm.load %v8 : !llvm.ptr -> f32
          %v1059 = arith.mulf %v1036, %v1058 fastmath<contract> : f32
          %v1060 = arith.addf %v1059, %v1043 fastmath<contract> : f32
          %v1061 = llvm.load %v12 : !llvm.ptr -> f32
          %v1062 = arith.mulf %v1036, %v1061 fastmath<contract> : f32
          %v1063 = llvm.load %v9 : !llvm.ptr -> f32
          %v1064 = arith.mulf %v1036, %v1063 fastmath<contract> : f32
          %v1065 = arith.addf %v1064, %v1051 fastmath<contract> : f32
          %v1066 = llvm.load %v13 : !llvm.ptr -> f32
          %v1067 = arith.mulf %v1036, %v1066 fastmath<contract> : f32
          llvm.store %v1047, %v6 : f32, !llvm.ptr
          llvm.store %v1049, %v10 : f32, !llvm.ptr
          llvm.store %v1055, %v7 : f32, !llvm.ptr
          llvm.store %v1057, %v11 : f32, !llvm.ptr
          llvm.store %v1060, %v8 : f32, !llvm.ptr
          llvm.store %v1062, %v12 : f32, !llvm.ptr
          llvm.store %v1065, %v9 : f32, !llvm.ptr
          llvm.store %v1067, %v13 : f32, !llvm.ptr
          %v1068 = arith.addi %v51, %v431 : i64
          %v1069 = arith.addi %v51, %v470 : i64
        }
        %v1070 = arith.muli %v55, %v1 : i64
        %v1071 = arith.index_cast %v1070 : i64 to index
        %v1072 = arith.index_cast %v53 : i64 to index
        %v1073 = arith.index_cast %v2 : i64 to index
        scf.for %v1074 = %v1071 to %v1072 step %v1073 {
          %v1075 = arith.index_cast %v1074 : index to i64
          %v1076 = arith.addi %v51, %v1075 : i64
          %v1077 = arith.muli %v39, %v434 : i64
          %v1078 = arith.muli %v1076, %v433 : i64
          %v1079 = arith.addi %v1077, %v1078 : i64
          %v1080 = arith.muli %v37, %v2 : i64
          %v1081 = arith.addi %v1079, %v1080 : i64
          %v1082 = llvm.getelementptr %in_fg[%v1081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1083 = llvm.load %v1082 : !llvm.ptr -> f32
          %v1084 = arith.negf %v1083 : f32
          %v1085 = arith.mulf %v1084, %v443 fastmath<contract> : f32
          %v1086 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1085) : (f32) -> f32
          %v1087 = arith.addf %v42, %v1086 fastmath<contract> : f32
          %v1088 = arith.divf %v42, %v1087 : f32
          %v1089 = arith.muli %v39, %v434 : i64
          %v1090 = arith.muli %v1076, %v433 : i64
          %v1091 = arith.addi %v1089, %v1090 : i64
          %v1092 = arith.muli %v37, %v2 : i64
          %v1093 = arith.addi %v1091, %v1092 : i64
          %v1094 = llvm.getelementptr %in_ig[%v1093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1095 = llvm.load %v1094 : !llvm.ptr -> f32
          %v1096 = arith.mulf %v1095, %v443 fastmath<contract> : f32
          %v1097 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1096) : (f32) -> f32
          %v1098 = arith.muli %v39, %v94 : i64
          %v1099 = arith.muli %v1076, %v93 : i64
          %v1100 = arith.addi %v1098, %v1099 : i64
          %v1101 = arith.muli %v37, %v92 : i64
          %v1102 = arith.addi %v1100, %v1101 : i64
          %v1103 = arith.muli %v28, %v2 : i64
          %v1104 = arith.addi %v1102, %v1103 : i64
          %v1105 = llvm.getelementptr %in_k[%v1104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1106 = llvm.load %v1105 : !llvm.ptr -> f32
          %v1107 = arith.divf %v1106, %v546 : f32
          %v1108 = arith.mulf %v1097, %v1107 fastmath<contract> : f32
          %v1109 = arith.muli %v39, %v459 : i64
          %v1110 = arith.muli %v1076, %v458 : i64
          %v1111 = arith.addi %v1109, %v1110 : i64
          %v1112 = arith.muli %v37, %v457 : i64
          %v1113 = arith.addi %v1111, %v1112 : i64
          %v1114 = arith.muli %v35, %v2 : i64
          %v1115 = arith.addi %v1113, %v1114 : i64
          %v1116 = llvm.getelementptr %in_v[%v1115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1117 = llvm.load %v1116 : !llvm.ptr -> f32
          %v1118 = arith.mulf %v1108, %v1117 fastmath<contract> : f32
          %v1119 = llvm.load %v6 : !llvm.ptr -> f32
          %v1120 = arith.mulf %v1088, %v1119 fastmath<contract> : f32
          %v1121 = arith.addf %v1120, %v1118 fastmath<contract> : f32
          %v1122 = llvm.load %v10 : !llvm.ptr -> f32
          %v1123 = arith.mulf %v1088, %v1122 fastmath<contract> : f32
          %v1124 = arith.muli %v39, %v94 : i64
          %v1125 = arith.muli %v1076, %v93 : i64
          %v1126 = arith.addi %v1124, %v1125 : i64
          %v1127 = arith.muli %v37, %v92 : i64
          %v1128 = arith.addi %v1126, %v1127 : i64
          %v1129 = arith.constant 8 : i64
          %v1130 = arith.addi %v1129, %v28 : i64
          %v1131 = arith.muli %v1130, %v2 : i64
          %v1132 = arith.addi %v1128, %v1131 : i64
          %v1133 = llvm.getelementptr %in_k[%v1132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1134 = llvm.load %v1133 : !llvm.ptr -> f32
          %v1135 = arith.divf %v1134, %v546 : f32
          %v1136 = arith.mulf %v1097, %v1135 fastmath<contract> : f32
          %v1137 = arith.mulf %v1136, %v1117 fastmath<contract> : f32
          %v1138 = llvm.load %v7 : !llvm.ptr -> f32
          %v1139 = arith.mulf %v1088, %v1138 fastmath<contract> : f32
          %v1140 = arith.addf %v1139, %v1137 fastmath<contract> : f32
          %v1141 = llvm.load %v11 : !llvm.ptr -> f32
          %v1142 = arith.mulf %v1088, %v1141 fastmath<contract> : f32
          %v1143 = llvm.load %v8 : !llvm.ptr -> f32
          %v1144 = arith.mulf %v1088, %v1143 fastmath<contract> : f32
          %v1145 = arith.addf %v1144, %v1108 fastmath<contract> : f32
          %v1146 = llvm.load %v12 : !llvm.ptr -> f32
          %v1147 = arith.mulf %v1088, %v1146 fastmath<contract> : f32
          %v1148 = llvm.load %v9 : !llvm.ptr -> f32
          %v1149 = arith.mulf %v1088, %v1148 fastmath<contract> : f32
          %v1150 = arith.addf %v1149, %v1136 fastmath<contract> : f32
          %v1151 = llvm.load %v13 : !llvm.ptr -> f32
          %v1152 = arith.mulf %v1088, %v1151 fastmath<contract> : f32
          llvm.store %v1121, %v6 : f32, !llvm.ptr
          llvm.store %v1123, %v10 : f32, !llvm.ptr
          llvm.store %v1140, %v7 : f32, !llvm.ptr
          llvm.store %v1142, %v11 : f32, !llvm.ptr
          llvm.store %v1145, %v8 : f32, !llvm.ptr
          llvm.store %v1147, %v12 : f32, !llvm.ptr
          llvm.store %v1150, %v9 : f32, !llvm.ptr
          llvm.store %v1152, %v13 : f32, !llvm.ptr
        }
      }
      scf.if %v32 {
        %v1153 = arith.muli %v26, %v5 : i64
        %v1154 = arith.subi %v5, %v2 : i64
        %v1155 = arith.minsi %v31, %v1154 : i64
        %v1156 = arith.addi %v1153, %v1155 : i64
        %v1157 = arith.muli %v1156, %v1 : i64
        %v1158 = arith.addi %v1157, %v54 : i64
        %v1159 = arith.addi %v1158, %v28 : i64
        %v1160 = llvm.load %v10 : !llvm.ptr -> f32
        %v1161 = llvm.getelementptr %agga_C[%v1159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1160, %v1161 : f32, !llvm.ptr
        %v1162 = llvm.load %v6 : !llvm.ptr -> f32
        %v1163 = llvm.getelementptr %aggb_C[%v1159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1162, %v1163 : f32, !llvm.ptr
        %v1164 = arith.muli %v26, %v5 : i64
        %v1165 = arith.subi %v5, %v2 : i64
        %v1166 = arith.minsi %v31, %v1165 : i64
        %v1167 = arith.addi %v1164, %v1166 : i64
        %v1168 = arith.muli %v1167, %v1 : i64
        %v1169 = arith.addi %v1168, %v22 : i64
        %v1170 = arith.addi %v1169, %v28 : i64
        %v1171 = llvm.load %v11 : !llvm.ptr -> f32
        %v1172 = llvm.getelementptr %agga_C[%v1170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1171, %v1172 : f32, !llvm.ptr
        %v1173 = llvm.load %v7 : !llvm.ptr -> f32
        %v1174 = llvm.getelementptr %aggb_C[%v1170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1173, %v1174 : f32, !llvm.ptr
        %v1175 = arith.muli %v26, %v5 : i64
        %v1176 = arith.subi %v5, %v2 : i64
        %v1177 = arith.minsi %v31, %v1176 : i64
        %v1178 = arith.addi %v1175, %v1177 : i64
        %v1179 = arith.muli %v1178, %v1 : i64
        %v1180 = arith.addi %v1179, %v54 : i64
        %v1181 = arith.addi %v1180, %v28 : i64
        %v1182 = llvm.load %v12 : !llvm.ptr -> f32
        %v1183 = llvm.getelementptr %agga_n[%v1181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1182, %v1183 : f32, !llvm.ptr
        %v1184 = llvm.load %v8 : !llvm.ptr -> f32
        %v1185 = llvm.getelementptr %aggb_n[%v1181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1184, %v1185 : f32, !llvm.ptr
        %v1186 = arith.muli %v26, %v5 : i64
        %v1187 = arith.subi %v5, %v2 : i64
        %v1188 = arith.minsi %v31, %v1187 : i64
        %v1189 = arith.addi %v1186, %v1188 : i64
        %v1190 = arith.muli %v1189, %v1 : i64
        %v1191 = arith.addi %v1190, %v22 : i64
        %v1192 = arith.addi %v1191, %v28 : i64
        %v1193 = llvm.load %v13 : !llvm.ptr -> f32
        %v1194 = llvm.getelementptr %agga_n[%v1192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1193, %v1194 : f32, !llvm.ptr
        %v1195 = llvm.load %v9 : !llvm.ptr -> f32
        %v1196 = llvm.getelementptr %aggb_n[%v1192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1195, %v1196 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
