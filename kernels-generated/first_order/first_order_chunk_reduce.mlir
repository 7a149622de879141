module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_first_order_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<128 x i64>
    llvm.mlir.global internal @smem_first_order_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    gpu.func @first_order_chunk_reduce(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_C : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.mlir.addressof @rows_first_order_chunk_reduce : !llvm.ptr<3>
      %v6 = llvm.mlir.addressof @smem_first_order_chunk_reduce : !llvm.ptr<3>
      %v7 = arith.constant 255 : i64
      %v8 = arith.addi %size_T, %v7 : i64
      %v9 = arith.constant 256 : i64
      %v10 = arith.divui %v8, %v9 : i64
      %v15 = arith.constant 64 : i64
      %v16 = arith.constant 63 : i64
      %v30 = arith.constant 0 : i64
      %v31 = arith.muli %size_T, %size_C : i64
      %v41 = arith.constant 0x00000000 : f32
      %v42 = arith.constant 0x3F800000 : f32
      %v46 = arith.constant 32 : i64
      %v57 = arith.constant 33 : i64
      %v62 = arith.constant 2 : i64
      %v76 = arith.constant 4 : i64
      %v90 = arith.constant 6 : i64
      %v104 = arith.constant 8 : i64
      %v118 = arith.constant 10 : i64
      %v132 = arith.constant 12 : i64
      %v146 = arith.constant 14 : i64
      %v160 = arith.constant 16 : i64
      %v174 = arith.constant 18 : i64
      %v188 = arith.constant 20 : i64
      %v202 = arith.constant 22 : i64
      %v216 = arith.constant 24 : i64
      %v230 = arith.constant 26 : i64
      %v244 = arith.constant 28 : i64
      %v258 = arith.constant 30 : i64
      %v285 = arith.constant 34 : i64
      %v299 = arith.constant 36 : i64
      %v313 = arith.constant 38 : i64
      %v327 = arith.constant 40 : i64
      %v341 = arith.constant 42 : i64
      %v355 = arith.constant 44 : i64
      %v369 = arith.constant 46 : i64
      %v383 = arith.constant 48 : i64
      %v397 = arith.constant 50 : i64
      %v411 = arith.constant 52 : i64
      %v425 = arith.constant 54 : i64
      %v439 = arith.constant 56 : i64
      %v453 = arith.constant 58 : i64
      %v467 = arith.constant 60 : i64
      %v481 = arith.constant 62 : i64
      %v1913 = arith.constant 128 : i64
      %v1920 = arith.constant 192 : i64
      %v1933 = arith.constant 320 : i64
      %v1940 = arith.constant 384 : i64
      %v1947 = arith.constant 448 : i64
      %v1954 = arith.constant 512 : i64
      %v1961 = arith.constant 576 : i64
      %v1968 = arith.constant 640 : i64
      %v1975 = arith.constant 704 : i64
      %v1982 = arith.constant 768 : i64
      %v1989 = arith.constant 832 : i64
      %v1996 = arith.constant 896 : i64
      %v2003 = arith.constant 960 : i64
      %v2010 = arith.constant 1024 : i64
      %v2017 = arith.constant 1088 : i64
      %v2024 = arith.constant 1152 : i64
      %v2031 = arith.constant 1216 : i64
      %v2038 = arith.constant 1280 : i64
      %v2045 = arith.constant 1344 : i64
      %v2052 = arith.constant 1408 : i64
      %v2059 = arith.constant 1472 : i64
      %v2066 = arith.constant 1536 : i64
      %v2073 = arith.constant 1600 : i64
      %v2080 = arith.constant 1664 : i64
      %v2087 = arith.constant 1728 : i64
      %v2094 = arith.constant 1792 : i64
      %v2101 = arith.constant 1856 : i64
      %v2108 = arith.constant 1920 : i64
      %v2115 = arith.constant 1984 : i64
      %v11 = gpu.block_id x
      %v12 = gpu.thread_id x
      %v13 = arith.index_cast %v12 : index to i64
      %v14 = arith.index_cast %v11 : index to i64
      %v17 = arith.addi %v2, %v16 : i64
      %v18 = arith.divui %v17, %v15 : i64
      %v19 = arith.divui %v14, %v18 : i64
      %v20 = arith.remui %v14, %v18 : i64
      %v21 = arith.muli %v20, %v15 : i64
      %v22 = arith.addi %v21, %v13 : i64
      %v23 = arith.cmpi slt, %v22, %v2 : i64
      %v24 = arith.subi %v2, %v1 : i64
      %v25 = arith.minsi %v22, %v24 : i64
      %v26 = arith.remui %v25, %size_C : i64
      %v27 = arith.divui %v25, %size_C : i64
      %v28 = arith.remui %v27, %size_B : i64
      %v29 = arith.divui %v27, %size_B : i64
      %v32 = arith.muli %v28, %v31 : i64
      %v33 = arith.muli %v26, %size_T : i64
      %v34 = arith.addi %v32, %v33 : i64
      %v35 = llvm.getelementptr %v5[%v13] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v34, %v35 : i64, !llvm.ptr<3>
      %v36 = arith.muli %v28, %v31 : i64
      %v37 = arith.muli %v26, %size_T : i64
      %v38 = arith.addi %v36, %v37 : i64
      %v39 = arith.addi %v15, %v13 : i64
      %v40 = llvm.getelementptr %v5[%v39] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v38, %v40 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v41, %v3 : f32, !llvm.ptr
      llvm.store %v42, %v4 : f32, !llvm.ptr
      %v43 = arith.muli %v19, %v9 : i64
      %v44 = arith.addi %v43, %v9 : i64
      %v45 = arith.minsi %v44, %size_T : i64
      // staged load of `a`'s first tile: read, then shared memory
      %v47 = arith.divui %v13, %v46 : i64
      %v48 = arith.remui %v13, %v46 : i64
      %v49 = arith.constant true
      %v50 = llvm.getelementptr %v5[%v47] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v51 = llvm.load %v50 : !llvm.ptr<3> -> i64
      %v52 = arith.addi %v43, %v48 : i64
      %v53 = arith.cmpi slt, %v52, %v45 : i64
      %v54 = arith.subi %size_T, %v1 : i64
      %v55 = arith.minsi %v52, %v54 : i64
      %v56 = arith.addi %v51, %v55 : i64
      %v58 = arith.muli %v47, %v57 : i64
      %v59 = arith.addi %v58, %v48 : i64
      %v60 = llvm.getelementptr %in_a[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v61 = llvm.load %v60 : !llvm.ptr -> f32
      %v63 = arith.addi %v47, %v62 : i64
      %v64 = arith.constant true
      %v65 = llvm.getelementptr %v5[%v63] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v66 = llvm.load %v65 : !llvm.ptr<3> -> i64
      %v67 = arith.addi %v43, %v48 : i64
      %v68 = arith.cmpi slt, %v67, %v45 : i64
      %v69 = arith.subi %size_T, %v1 : i64
      %v70 = arith.minsi %v67, %v69 : i64
      %v71 = arith.addi %v66, %v70 : i64
      %v72 = arith.muli %v63, %v57 : i64
      %v73 = arith.addi %v72, %v48 : i64
      %v74 = llvm.getelementptr %in_a[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v75 = llvm.load %v74 : !llvm.ptr -> f32
      %v77 = arith.addi %v47, %v76 : i64
      %v78 = arith.constant true
      %v79 = llvm.getelementptr %v5[%v77] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v80 = llvm.load %v79 : !llvm.ptr<3> -> i64
      %v81 = arith.addi %v43, %v48 : i64
      %v82 = arith.cmpi slt, %v81, %v45 : i64
      %v83 = arith.subi %size_T, %v1 : i64
      %v84 = arith.minsi %v81, %v83 : i64
      %v85 = arith.addi %v80, %v84 : i64
      %v86 = arith.muli %v77, %v57 : i64
      %v87 = arith.addi %v86, %v48 : i64
      %v88 = llvm.getelementptr %in_a[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v89 = llvm.load %v88 : !llvm.ptr -> f32
      %v91 = arith.addi %v47, %v90 : i64
      %v92 = arith.constant true
      %v93 = llvm.getelementptr %v5[%v91] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v94 = llvm.load %v93 : !llvm.ptr<3> -> i64
      %v95 = arith.addi %v43, %v48 : i64
      %v96 = arith.cmpi slt, %v95, %v45 : i64
      %v97 = arith.subi %size_T, %v1 : i64
      %v98 = arith.minsi %v95, %v97 : i64
      %v99 = arith.addi %v94, %v98 : i64
      %v100 = arith.muli %v91, %v57 : i64
      %v101 = arith.addi %v100, %v48 : i64
      %v102 = llvm.getelementptr %in_a[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v103 = llvm.load %v102 : !llvm.ptr -> f32
      %v105 = arith.addi %v47, %v104 : i64
      %v106 = arith.constant true
      %v107 = llvm.getelementptr %v5[%v105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v108 = llvm.load %v107 : !llvm.ptr<3> -> i64
      %v109 = arith.addi %v43, %v48 : i64
      %v110 = arith.cmpi slt, %v109, %v45 : i64
      %v111 = arith.subi %size_T, %v1 : i64
      %v112 = arith.minsi %v109, %v111 : i64
      %v113 = arith.addi %v108, %v112 : i64
      %v114 = arith.muli %v105, %v57 : i64
      %v115 = arith.addi %v114, %v48 : i64
      %v116 = llvm.getelementptr %in_a[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v117 = llvm.load %v116 : !llvm.ptr -> f32
      %v119 = arith.addi %v47, %v118 : i64
      %v120 = arith.constant true
      %v121 = llvm.getelementptr %v5[%v119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v122 = llvm.load %v121 : !llvm.ptr<3> -> i64
      %v123 = arith.addi %v43, %v48 : i64
      %v124 = arith.cmpi slt, %v123, %v45 : i64
      %v125 = arith.subi %size_T, %v1 : i64
      %v126 = arith.minsi %v123, %v125 : i64
      %v127 = arith.addi %v122, %v126 : i64
      %v128 = arith.muli %v119, %v57 : i64
      %v129 = arith.addi %v128, %v48 : i64
      %v130 = llvm.getelementptr %in_a[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v131 = llvm.load %v130 : !llvm.ptr -> f32
      %v133 = arith.addi %v47, %v132 : i64
      %v134 = arith.constant true
      %v135 = llvm.getelementptr %v5[%v133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v136 = llvm.load %v135 : !llvm.ptr<3> -> i64
      %v137 = arith.addi %v43, %v48 : i64
      %v138 = arith.cmpi slt, %v137, %v45 : i64
      %v139 = arith.subi %size_T, %v1 : i64
      %v140 = arith.minsi %v137, %v139 : i64
      %v141 = arith.addi %v136, %v140 : i64
      %v142 = arith.muli %v133, %v57 : i64
      %v143 = arith.addi %v142, %v48 : i64
      %v144 = llvm.getelementptr %in_a[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v145 = llvm.load %v144 : !llvm.ptr -> f32
      %v147 = arith.addi %v47, %v146 : i64
      %v148 = arith.constant true
      %v149 = llvm.getelementptr %v5[%v147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v150 = llvm.load %v149 : !llvm.ptr<3> -> i64
      %v151 = arith.addi %v43, %v48 : i64
      %v152 = arith.cmpi slt, %v151, %v45 : i64
      %v153 = arith.subi %size_T, %v1 : i64
      %v154 = arith.minsi %v151, %v153 : i64
      %v155 = arith.addi %v150, %v154 : i64
      %v156 = arith.muli %v147, %v57 : i64
      %v157 = arith.addi %v156, %v48 : i64
      %v158 = llvm.getelementptr %in_a[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v159 = llvm.load %v158 : !llvm.ptr -> f32
      %v161 = arith.addi %v47, %v160 : i64
      %v162 = arith.constant true
      %v163 = llvm.getelementptr %v5[%v161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v164 = llvm.load %v163 : !llvm.ptr<3> -> i64
      %v165 = arith.addi %v43, %v48 : i64
      %v166 = arith.cmpi slt, %v165, %v45 : i64
      %v167 = arith.subi %size_T, %v1 : i64
      %v168 = arith.minsi %v165, %v167 : i64
      %v169 = arith.addi %v164, %v168 : i64
      %v170 = arith.muli %v161, %v57 : i64
      %v171 = arith.addi %v170, %v48 : i64
      %v172 = llvm.getelementptr %in_a[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v173 = llvm.load %v172 : !llvm.ptr -> f32
      %v175 = arith.addi %v47, %v174 : i64
      %v176 = arith.constant true
      %v177 = llvm.getelementptr %v5[%v175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v178 = llvm.load %v177 : !llvm.ptr<3> -> i64
      %v179 = arith.addi %v43, %v48 : i64
      %v180 = arith.cmpi slt, %v179, %v45 : i64
      %v181 = arith.subi %size_T, %v1 : i64
      %v182 = arith.minsi %v179, %v181 : i64
      %v183 = arith.addi %v178, %v182 : i64
      %v184 = arith.muli %v175, %v57 : i64
      %v185 = arith.addi %v184, %v48 : i64
      %v186 = llvm.getelementptr %in_a[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v187 = llvm.load %v186 : !llvm.ptr -> f32
      %v189 = arith.addi %v47, %v188 : i64
      %v190 = arith.constant true
      %v191 = llvm.getelementptr %v5[%v189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v192 = llvm.load %v191 : !llvm.ptr<3> -> i64
      %v193 = arith.addi %v43, %v48 : i64
      %v194 = arith.cmpi slt, %v193, %v45 : i64
      %v195 = arith.subi %size_T, %v1 : i64
      %v196 = arith.minsi %v193, %v195 : i64
      %v197 = arith.addi %v192, %v196 : i64
      %v198 = arith.muli %v189, %v57 : i64
      %v199 = arith.addi %v198, %v48 : i64
      %v200 = llvm.getelementptr %in_a[%v197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v201 = llvm.load %v200 : !llvm.ptr -> f32
      %v203 = arith.addi %v47, %v202 : i64
      %v204 = arith.constant true
      %v205 = llvm.getelementptr %v5[%v203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v206 = llvm.load %v205 : !llvm.ptr<3> -> i64
      %v207 = arith.addi %v43, %v48 : i64
      %v208 = arith.cmpi slt, %v207, %v45 : i64
      %v209 = arith.subi %size_T, %v1 : i64
      %v210 = arith.minsi %v207, %v209 : i64
      %v211 = arith.addi %v206, %v210 : i64
      %v212 = arith.muli %v203, %v57 : i64
      %v213 = arith.addi %v212, %v48 : i64
      %v214 = llvm.getelementptr %in_a[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v215 = llvm.load %v214 : !llvm.ptr -> f32
      %v217 = arith.addi %v47, %v216 : i64
      %v218 = arith.constant true
      %v219 = llvm.getelementptr %v5[%v217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v220 = llvm.load %v219 : !llvm.ptr<3> -> i64
      %v221 = arith.addi %v43, %v48 : i64
      %v222 = arith.cmpi slt, %v221, %v45 : i64
      %v223 = arith.subi %size_T, %v1 : i64
      %v224 = arith.minsi %v221, %v223 : i64
      %v225 = arith.addi %v220, %v224 : i64
      %v226 = arith.muli %v217, %v57 : i64
      %v227 = arith.addi %v226, %v48 : i64
      %v228 = llvm.getelementptr %in_a[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v229 = llvm.load %v228 : !llvm.ptr -> f32
      %v231 = arith.addi %v47, %v230 : i64
      %v232 = arith.constant true
      %v233 = llvm.getelementptr %v5[%v231] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v234 = llvm.load %v233 : !llvm.ptr<3> -> i64
      %v235 = arith.addi %v43, %v48 : i64
      %v236 = arith.cmpi slt, %v235, %v45 : i64
      %v237 = arith.subi %size_T, %v1 : i64
      %v238 = arith.minsi %v235, %v237 : i64
      %v239 = arith.addi %v234, %v238 : i64
      %v240 = arith.muli %v231, %v57 : i64
      %v241 = arith.addi %v240, %v48 : i64
      %v242 = llvm.getelementptr %in_a[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v243 = llvm.load %v242 : !llvm.ptr -> f32
      %v245 = arith.addi %v47, %v244 : i64
      %v246 = arith.constant true
      %v247 = llvm.getelementptr %v5[%v245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v248 = llvm.load %v247 : !llvm.ptr<3> -> i64
      %v249 = arith.addi %v43, %v48 : i64
      %v250 = arith.cmpi slt, %v249, %v45 : i64
      %v251 = arith.subi %size_T, %v1 : i64
      %v252 = arith.minsi %v249, %v251 : i64
      %v253 = arith.addi %v248, %v252 : i64
      %v254 = arith.muli %v245, %v57 : i64
      %v255 = arith.addi %v254, %v48 : i64
      %v256 = llvm.getelementptr %in_a[%v253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v257 = llvm.load %v256 : !llvm.ptr -> f32
      %v259 = arith.addi %v47, %v258 : i64
      %v260 = arith.constant true
      %v261 = llvm.getelementptr %v5[%v259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v262 = llvm.load %v261 : !llvm.ptr<3> -> i64
      %v263 = arith.addi %v43, %v48 : i64
      %v264 = arith.cmpi slt, %v263, %v45 : i64
      %v265 = arith.subi %size_T, %v1 : i64
      %v266 = arith.minsi %v263, %v265 : i64
      %v267 = arith.addi %v262, %v266 : i64
      %v268 = arith.muli %v259, %v57 : i64
      %v269 = arith.addi %v268, %v48 : i64
      %v270 = llvm.getelementptr %in_a[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v271 = llvm.load %v270 : !llvm.ptr -> f32
      %v272 = arith.addi %v47, %v46 : i64
      %v273 = arith.constant true
      %v274 = llvm.getelementptr %v5[%v272] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v275 = llvm.load %v274 : !llvm.ptr<3> -> i64
      %v276 = arith.addi %v43, %v48 : i64
      %v277 = arith.cmpi slt, %v276, %v45 : i64
      %v278 = arith.subi %size_T, %v1 : i64
      %v279 = arith.minsi %v276, %v278 : i64
      %v280 = arith.addi %v275, %v279 : i64
      %v281 = arith.muli %v272, %v57 : i64
      %v282 = arith.addi %v281, %v48 : i64
      %v283 = llvm.getelementptr %in_a[%v280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v284 = llvm.load %v283 : !llvm.ptr -> f32
      %v286 = arith.addi %v47, %v285 : i64
      %v287 = arith.constant true
      %v288 = llvm.getelementptr %v5[%v286] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v289 = llvm.load %v288 : !llvm.ptr<3> -> i64
      %v290 = arith.addi %v43, %v48 : i64
      %v291 = arith.cmpi slt, %v290, %v45 : i64
      %v292 = arith.subi %size_T, %v1 : i64
      %v293 = arith.minsi %v290, %v292 : i64
      %v294 = arith.addi %v289, %v293 : i64
      %v295 = arith.muli %v286, %v57 : i64
      %v296 = arith.addi %v295, %v48 : i64
      %v297 = llvm.getelementptr %in_a[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v298 = llvm.load %v297 : !llvm.ptr -> f32
      %v300 = arith.addi %v47, %v299 : i64
      %v301 = arith.constant true
      %v302 = llvm.getelementptr %v5[%v300] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v303 = llvm.load %v302 : !llvm.ptr<3> -> i64
      %v304 = arith.addi %v43, %v48 : i64
      %v305 = arith.cmpi slt, %v304, %v45 : i64
      %v306 = arith.subi %size_T, %v1 : i64
      %v307 = arith.minsi %v304, %v306 : i64
      %v308 = arith.addi %v303, %v307 : i64
      %v309 = arith.muli %v300, %v57 : i64
      %v310 = arith.addi %v309, %v48 : i64
      %v311 = llvm.getelementptr %in_a[%v308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v312 = llvm.load %v311 : !llvm.ptr -> f32
      %v314 = arith.addi %v47, %v313 : i64
      %v315 = arith.constant true
      %v316 = llvm.getelementptr %v5[%v314] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v317 = llvm.load %v316 : !llvm.ptr<3> -> i64
      %v318 = arith.addi %v43, %v48 : i64
      %v319 = arith.cmpi slt, %v318, %v45 : i64
      %v320 = arith.subi %size_T, %v1 : i64
      %v321 = arith.minsi %v318, %v320 : i64
      %v322 = arith.addi %v317, %v321 : i64
      %v323 = arith.muli %v314, %v57 : i64
      %v324 = arith.addi %v323, %v48 : i64
      %v325 = llvm.getelementptr %in_a[%v322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v326 = llvm.load %v325 : !llvm.ptr -> f32
      %v328 = arith.addi %v47, %v327 : i64
      %v329 = arith.constant true
      %v330 = llvm.getelementptr %v5[%v328] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v331 = llvm.load %v330 : !llvm.ptr<3> -> i64
      %v332 = arith.addi %v43, %v48 : i64
      %v333 = arith.cmpi slt, %v332, %v45 : i64
      %v334 = arith.subi %size_T, %v1 : i64
      %v335 = arith.minsi %v332, %v334 : i64
      %v336 = arith.addi %v331, %v335 : i64
      %v337 = arith.muli %v328, %v57 : i64
      %v338 = arith.addi %v337, %v48 : i64
      %v339 = llvm.getelementptr %in_a[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v340 = llvm.load %v339 : !llvm.ptr -> f32
      %v342 = arith.addi %v47, %v341 : i64
      %v343 = arith.constant true
      %v344 = llvm.getelementptr %v5[%v342] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v345 = llvm.load %v344 : !llvm.ptr<3> -> i64
      %v346 = arith.addi %v43, %v48 : i64
      %v347 = arith.cmpi slt, %v346, %v45 : i64
      %v348 = arith.subi %size_T, %v1 : i64
      %v349 = arith.minsi %v346, %v348 : i64
      %v350 = arith.addi %v345, %v349 : i64
      %v351 = arith.muli %v342, %v57 : i64
      %v352 = arith.addi %v351, %v48 : i64
      %v353 = llvm.getelementptr %in_a[%v350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v354 = llvm.load %v353 : !llvm.ptr -> f32
      %v356 = arith.addi %v47, %v355 : i64
      %v357 = arith.constant true
      %v358 = llvm.getelementptr %v5[%v356] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v359 = llvm.load %v358 : !llvm.ptr<3> -> i64
      %v360 = arith.addi %v43, %v48 : i64
      %v361 = arith.cmpi slt, %v360, %v45 : i64
      %v362 = arith.subi %size_T, %v1 : i64
      %v363 = arith.minsi %v360, %v362 : i64
      %v364 = arith.addi %v359, %v363 : i64
      %v365 = arith.muli %v356, %v57 : i64
      %v366 = arith.addi %v365, %v48 : i64
      %v367 = llvm.getelementptr %in_a[%v364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v368 = llvm.load %v367 : !llvm.ptr -> f32
      %v370 = arith.addi %v47, %v369 : i64
      %v371 = arith.constant true
      %v372 = llvm.getelementptr %v5[%v370] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v373 = llvm.load %v372 : !llvm.ptr<3> -> i64
      %v374 = arith.addi %v43, %v48 : i64
      %v375 = arith.cmpi slt, %v374, %v45 : i64
      %v376 = arith.subi %size_T, %v1 : i64
      %v377 = arith.minsi %v374, %v376 : i64
      %v378 = arith.addi %v373, %v377 : i64
      %v379 = arith.muli %v370, %v57 : i64
      %v380 = arith.addi %v379, %v48 : i64
      %v381 = llvm.getelementptr %in_a[%v378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v382 = llvm.load %v381 : !llvm.ptr -> f32
      %v384 = arith.addi %v47, %v383 : i64
      %v385 = arith.constant true
      %v386 = llvm.getelementptr %v5[%v384] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v387 = llvm.load %v386 : !llvm.ptr<3> -> i64
      %v388 = arith.addi %v43, %v48 : i64
      %v389 = arith.cmpi slt, %v388, %v45 : i64
      %v390 = arith.subi %size_T, %v1 : i64
      %v391 = arith.minsi %v388, %v390 : i64
      %v392 = arith.addi %v387, %v391 : i64
      %v393 = arith.muli %v384, %v57 : i64
      %v394 = arith.addi %v393, %v48 : i64
      %v395 = llvm.getelementptr %in_a[%v392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v396 = llvm.load %v395 : !llvm.ptr -> f32
      %v398 = arith.addi %v47, %v397 : i64
      %v399 = arith.constant true
      %v400 = llvm.getelementptr %v5[%v398] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v401 = llvm.load %v400 : !llvm.ptr<3> -> i64
      %v402 = arith.addi %v43, %v48 : i64
      %v403 = arith.cmpi slt, %v402, %v45 : i64
      %v404 = arith.subi %size_T, %v1 : i64
      %v405 = arith.minsi %v402, %v404 : i64
      %v406 = arith.addi %v401, %v405 : i64
      %v407 = arith.muli %v398, %v57 : i64
      %v408 = arith.addi %v407, %v48 : i64
      %v409 = llvm.getelementptr %in_a[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v410 = llvm.load %v409 : !llvm.ptr -> f32
      %v412 = arith.addi %v47, %v411 : i64
      %v413 = arith.constant true
      %v414 = llvm.getelementptr %v5[%v412] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v415 = llvm.load %v414 : !llvm.ptr<3> -> i64
      %v416 = arith.addi %v43, %v48 : i64
      %v417 = arith.cmpi slt, %v416, %v45 : i64
      %v418 = arith.subi %size_T, %v1 : i64
      %v419 = arith.minsi %v416, %v418 : i64
      %v420 = arith.addi %v415, %v419 : i64
      %v421 = arith.muli %v412, %v57 : i64
      %v422 = arith.addi %v421, %v48 : i64
      %v423 = llvm.getelementptr %in_a[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v424 = llvm.load %v423 : !llvm.ptr -> f32
      %v426 = arith.addi %v47, %v425 : i64
      %v427 = arith.constant true
      %v428 = llvm.getelementptr %v5[%v426] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v429 = llvm.load %v428 : !llvm.ptr<3> -> i64
      %v430 = arith.addi %v43, %v48 : i64
      %v431 = arith.cmpi slt, %v430, %v45 : i64
      %v432 = arith.subi %size_T, %v1 : i64
      %v433 = arith.minsi %v430, %v432 : i64
      %v434 = arith.addi %v429, %v433 : i64
      %v435 = arith.muli %v426, %v57 : i64
      %v436 = arith.addi %v435, %v48 : i64
      %v437 = llvm.getelementptr %in_a[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v438 = llvm.load %v437 : !llvm.ptr -> f32
      %v440 = arith.addi %v47, %v439 : i64
      %v441 = arith.constant true
      %v442 = llvm.getelementptr %v5[%v440] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v443 = llvm.load %v442 : !llvm.ptr<3> -> i64
      %v444 = arith.addi %v43, %v48 : i64
      %v445 = arith.cmpi slt, %v444, %v45 : i64
      %v446 = arith.subi %size_T, %v1 : i64
      %v447 = arith.minsi %v444, %v446 : i64
      %v448 = arith.addi %v443, %v447 : i64
      %v449 = arith.muli %v440, %v57 : i64
      %v450 = arith.addi %v449, %v48 : i64
      %v451 = llvm.getelementptr %in_a[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v452 = llvm.load %v451 : !llvm.ptr -> f32
      %v454 = arith.addi %v47, %v453 : i64
      %v455 = arith.constant true
      %v456 = llvm.getelementptr %v5[%v454] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v457 = llvm.load %v456 : !llvm.ptr<3> -> i64
      %v458 = arith.addi %v43, %v48 : i64
      %v459 = arith.cmpi slt, %v458, %v45 : i64
      %v460 = arith.subi %size_T, %v1 : i64
      %v461 = arith.minsi %v458, %v460 : i64
      %v462 = arith.addi %v457, %v461 : i64
      %v463 = arith.muli %v454, %v57 : i64
      %v464 = arith.addi %v463, %v48 : i64
      %v465 = llvm.getelementptr %in_a[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v466 = llvm.load %v465 : !llvm.ptr -> f32
      %v468 = arith.addi %v47, %v467 : i64
      %v469 = arith.constant true
      %v470 = llvm.getelementptr %v5[%v468] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v471 = llvm.load %v470 : !llvm.ptr<3> -> i64
      %v472 = arith.addi %v43, %v48 : i64
      %v473 = arith.cmpi slt, %v472, %v45 : i64
      %v474 = arith.subi %size_T, %v1 : i64
      %v475 = arith.minsi %v472, %v474 : i64
      %v476 = arith.addi %v471, %v475 : i64
      %v477 = arith.muli %v468, %v57 : i64
      %v478 = arith.addi %v477, %v48 : i64
      %v479 = llvm.getelementptr %in_a[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v480 = llvm.load %v479 : !llvm.ptr -> f32
      %v482 = arith.addi %v47, %v481 : i64
      %v483 = arith.constant true
      %v484 = llvm.getelementptr %v5[%v482] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v485 = llvm.load %v484 : !llvm.ptr<3> -> i64
      %v486 = arith.addi %v43, %v48 : i64
      %v487 = arith.cmpi slt, %v486, %v45 : i64
      %v488 = arith.subi %size_T, %v1 : i64
      %v489 = arith.minsi %v486, %v488 : i64
      %v490 = arith.addi %v485, %v489 : i64
      %v491 = arith.muli %v482, %v57 : i64
      %v492 = arith.addi %v491, %v48 : i64
      %v493 = llvm.getelementptr %in_a[%v490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v494 = llvm.load %v493 : !llvm.ptr -> f32
      scf.if %v49 {
        %v495 = llvm.getelementptr %v6[%v59] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v61, %v495 : f32, !llvm.ptr<3>
      }
      scf.if %v64 {
        %v496 = llvm.getelementptr %v6[%v73] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v75, %v496 : f32, !llvm.ptr<3>
      }
      scf.if %v78 {
        %v497 = llvm.getelementptr %v6[%v87] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v89, %v497 : f32, !llvm.ptr<3>
      }
      scf.if %v92 {
        %v498 = llvm.getelementptr %v6[%v101] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v103, %v498 : f32, !llvm.ptr<3>
      }
      scf.if %v106 {
        %v499 = llvm.getelementptr %v6[%v115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v117, %v499 : f32, !llvm.ptr<3>
      }
      scf.if %v120 {
        %v500 = llvm.getelementptr %v6[%v129] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v131, %v500 : f32, !llvm.ptr<3>
      }
      scf.if %v134 {
        %v501 = llvm.getelementptr %v6[%v143] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v145, %v501 : f32, !llvm.ptr<3>
      }
      scf.if %v148 {
        %v502 = llvm.getelementptr %v6[%v157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v159, %v502 : f32, !llvm.ptr<3>
      }
      scf.if %v162 {
        %v503 = llvm.getelementptr %v6[%v171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v173, %v503 : f32, !llvm.ptr<3>
      }
      scf.if %v176 {
        %v504 = llvm.getelementptr %v6[%v185] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v187, %v504 : f32, !llvm.ptr<3>
      }
      scf.if %v190 {
        %v505 = llvm.getelementptr %v6[%v199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v201, %v505 : f32, !llvm.ptr<3>
      }
      scf.if %v204 {
        %v506 = llvm.getelementptr %v6[%v213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v215, %v506 : f32, !llvm.ptr<3>
      }
      scf.if %v218 {
        %v507 = llvm.getelementptr %v6[%v227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v229, %v507 : f32, !llvm.ptr<3>
      }
      scf.if %v232 {
        %v508 = llvm.getelementptr %v6[%v241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v243, %v508 : f32, !llvm.ptr<3>
      }
      scf.if %v246 {
        %v509 = llvm.getelementptr %v6[%v255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v257, %v509 : f32, !llvm.ptr<3>
      }
      scf.if %v260 {
        %v510 = llvm.getelementptr %v6[%v269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v271, %v510 : f32, !llvm.ptr<3>
      }
      scf.if %v273 {
        %v511 = llvm.getelementptr %v6[%v282] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v284, %v511 : f32, !llvm.ptr<3>
      }
      scf.if %v287 {
        %v512 = llvm.getelementptr %v6[%v296] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v298, %v512 : f32, !llvm.ptr<3>
      }
      scf.if %v301 {
        %v513 = llvm.getelementptr %v6[%v310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v312, %v513 : f32, !llvm.ptr<3>
      }
      scf.if %v315 {
        %v514 = llvm.getelementptr %v6[%v324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v326, %v514 : f32, !llvm.ptr<3>
      }
      scf.if %v329 {
        %v515 = llvm.getelementptr %v6[%v338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v340, %v515 : f32, !llvm.ptr<3>
      }
      scf.if %v343 {
        %v516 = llvm.getelementptr %v6[%v352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v354, %v516 : f32, !llvm.ptr<3>
      }
      scf.if %v357 {
        %v517 = llvm.getelementptr %v6[%v366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v368, %v517 : f32, !llvm.ptr<3>
      }
      scf.if %v371 {
        %v518 = llvm.getelementptr %v6[%v380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v382, %v518 : f32, !llvm.ptr<3>
      }
      scf.if %v385 {
        %v519 = llvm.getelementptr %v6[%v394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v396, %v519 : f32, !llvm.ptr<3>
      }
      scf.if %v399 {
        %v520 = llvm.getelementptr %v6[%v408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v410, %v520 : f32, !llvm.ptr<3>
      }
      scf.if %v413 {
        %v521 = llvm.getelementptr %v6[%v422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v424, %v521 : f32, !llvm.ptr<3>
      }
      scf.if %v427 {
        %v522 = llvm.getelementptr %v6[%v436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v438, %v522 : f32, !llvm.ptr<3>
      }
      scf.if %v441 {
        %v523 = llvm.getelementptr %v6[%v450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v452, %v523 : f32, !llvm.ptr<3>
      }
      scf.if %v455 {
        %v524 = llvm.getelementptr %v6[%v464] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v466, %v524 : f32, !llvm.ptr<3>
      }
      scf.if %v469 {
        %v525 = llvm.getelementptr %v6[%v478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v480, %v525 : f32, !llvm.ptr<3>
      }
      scf.if %v483 {
        %v526 = llvm.getelementptr %v6[%v492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v494, %v526 : f32, !llvm.ptr<3>
      }
      // end staged load of `a`
      // staged load of `x`'s first tile: read, then shared memory
      %v527 = arith.divui %v13, %v46 : i64
      %v528 = arith.remui %v13, %v46 : i64
      %v529 = arith.constant true
      %v530 = arith.addi %v15, %v527 : i64
      %v531 = llvm.getelementptr %v5[%v530] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v532 = llvm.load %v531 : !llvm.ptr<3> -> i64
      %v533 = arith.addi %v43, %v528 : i64
      %v534 = arith.cmpi slt, %v533, %v45 : i64
      %v535 = arith.subi %size_T, %v1 : i64
      %v536 = arith.minsi %v533, %v535 : i64
      %v537 = arith.addi %v532, %v536 : i64
      %v538 = arith.muli %v530, %v57 : i64
      %v539 = arith.addi %v538, %v528 : i64
      %v540 = llvm.getelementptr %in_x[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v541 = llvm.load %v540 : !llvm.ptr -> f32
      %v542 = arith.addi %v527, %v62 : i64
      %v543 = arith.constant true
      %v544 = arith.addi %v15, %v542 : i64
      %v545 = llvm.getelementptr %v5[%v544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v546 = llvm.load %v545 : !llvm.ptr<3> -> i64
      %v547 = arith.addi %v43, %v528 : i64
      %v548 = arith.cmpi slt, %v547, %v45 : i64
      %v549 = arith.subi %size_T, %v1 : i64
      %v550 = arith.minsi %v547, %v549 : i64
      %v551 = arith.addi %v546, %v550 : i64
      %v552 = arith.muli %v544, %v57 : i64
      %v553 = arith.addi %v552, %v528 : i64
      %v554 = llvm.getelementptr %in_x[%v551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v555 = llvm.load %v554 : !llvm.ptr -> f32
      %v556 = arith.addi %v527, %v76 : i64
      %v557 = arith.constant true
      %v558 = arith.addi %v15, %v556 : i64
      %v559 = llvm.getelementptr %v5[%v558] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v560 = llvm.load %v559 : !llvm.ptr<3> -> i64
      %v561 = arith.addi %v43, %v528 : i64
      %v562 = arith.cmpi slt, %v561, %v45 : i64
      %v563 = arith.subi %size_T, %v1 : i64
      %v564 = arith.minsi %v561, %v563 : i64
      %v565 = arith.addi %v560, %v564 : i64
      %v566 = arith.muli %v558, %v57 : i64
      %v567 = arith.addi %v566, %v528 : i64
      %v568 = llvm.getelementptr %in_x[%v565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v569 = llvm.load %v568 : !llvm.ptr -> f32
      %v570 = arith.addi %v527, %v90 : i64
      %v571 = arith.constant true
      %v572 = arith.addi %v15, %v570 : i64
      %v573 = llvm.getelementptr %v5[%v572] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v574 = llvm.load %v573 : !llvm.ptr<3> -> i64
      %v575 = arith.addi %v43, %v528 : i64
      %v576 = arith.cmpi slt, %v575, %v45 : i64
      %v577 = arith.subi %size_T, %v1 : i64
      %v578 = arith.minsi %v575, %v577 : i64
      %v579 = arith.addi %v574, %v578 : i64
      %v580 = arith.muli %v572, %v57 : i64
      %v581 = arith.addi %v580, %v528 : i64
      %v582 = llvm.getelementptr %in_x[%v579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v583 = llvm.load %v582 : !llvm.ptr -> f32
      %v584 = arith.addi %v527, %v104 : i64
      %v585 = arith.constant true
      %v586 = arith.addi %v15, %v584 : i64
      %v587 = llvm.getelementptr %v5[%v586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v588 = llvm.load %v587 : !llvm.ptr<3> -> i64
      %v589 = arith.addi %v43, %v528 : i64
      %v590 = arith.cmpi slt, %v589, %v45 : i64
      %v591 = arith.subi %size_T, %v1 : i64
      %v592 = arith.minsi %v589, %v591 : i64
      %v593 = arith.addi %v588, %v592 : i64
      %v594 = arith.muli %v586, %v57 : i64
      %v595 = arith.addi %v594, %v528 : i64
      %v596 = llvm.getelementptr %in_x[%v593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v597 = llvm.load %v596 : !llvm.ptr -> f32
      %v598 = arith.addi %v527, %v118 : i64
      %v599 = arith.constant true
      %v600 = arith.addi %v15, %v598 : i64
      %v601 = llvm.getelementptr %v5[%v600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v602 = llvm.load %v601 : !llvm.ptr<3> -> i64
      %v603 = arith.addi %v43, %v528 : i64
      %v604 = arith.cmpi slt, %v603, %v45 : i64
      %v605 = arith.subi %size_T, %v1 : i64
      %v606 = arith.minsi %v603, %v605 : i64
      %v607 = arith.addi %v602, %v606 : i64
      %v608 = arith.muli %v600, %v57 : i64
      %v609 = arith.addi %v608, %v528 : i64
      %v610 = llvm.getelementptr %in_x[%v607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v611 = llvm.load %v610 : !llvm.ptr -> f32
      %v612 = arith.addi %v527, %v132 : i64
      %v613 = arith.constant true
      %v614 = arith.addi %v15, %v612 : i64
      %v615 = llvm.getelementptr %v5[%v614] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v616 = llvm.load %v615 : !llvm.ptr<3> -> i64
      %v617 = arith.addi %v43, %v528 : i64
      %v618 = arith.cmpi slt, %v617, %v45 : i64
      %v619 = arith.subi %size_T, %v1 : i64
      %v620 = arith.minsi %v617, %v619 : i64
      %v621 = arith.addi %v616, %v620 : i64
      %v622 = arith.muli %v614, %v57 : i64
      %v623 = arith.addi %v622, %v528 : i64
      %v624 = llvm.getelementptr %in_x[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v625 = llvm.load %v624 : !llvm.ptr -> f32
      %v626 = arith.addi %v527, %v146 : i64
      %v627 = arith.constant true
      %v628 = arith.addi %v15, %v626 : i64
      %v629 = llvm.getelementptr %v5[%v628] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v630 = llvm.load %v629 : !llvm.ptr<3> -> i64
      %v631 = arith.addi %v43, %v528 : i64
      %v632 = arith.cmpi slt, %v631, %v45 : i64
      %v633 = arith.subi %size_T, %v1 : i64
      %v634 = arith.minsi %v631, %v633 : i64
      %v635 = arith.addi %v630, %v634 : i64
      %v636 = arith.muli %v628, %v57 : i64
      %v637 = arith.addi %v636, %v528 : i64
      %v638 = llvm.getelementptr %in_x[%v635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v639 = llvm.load %v638 : !llvm.ptr -> f32
      %v640 = arith.addi %v527, %v160 : i64
      %v641 = arith.constant true
      %v642 = arith.addi %v15, %v640 : i64
      %v643 = llvm.getelementptr %v5[%v642] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v644 = llvm.load %v643 : !llvm.ptr<3> -> i64
      %v645 = arith.addi %v43, %v528 : i64
      %v646 = arith.cmpi slt, %v645, %v45 : i64
      %v647 = arith.subi %size_T, %v1 : i64
      %v648 = arith.minsi %v645, %v647 : i64
      %v649 = arith.addi %v644, %v648 : i64
      %v650 = arith.muli %v642, %v57 : i64
      %v651 = arith.addi %v650, %v528 : i64
      %v652 = llvm.getelementptr %in_x[%v649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v653 = llvm.load %v652 : !llvm.ptr -> f32
      %v654 = arith.addi %v527, %v174 : i64
      %v655 = arith.constant true
      %v656 = arith.addi %v15, %v654 : i64
      %v657 = llvm.getelementptr %v5[%v656] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v658 = llvm.load %v657 : !llvm.ptr<3> -> i64
      %v659 = arith.addi %v43, %v528 : i64
      %v660 = arith.cmpi slt, %v659, %v45 : i64
      %v661 = arith.subi %size_T, %v1 : i64
      %v662 = arith.minsi %v659, %v661 : i64
      %v663 = arith.addi %v658, %v662 : i64
      %v664 = arith.muli %v656, %v57 : i64
      %v665 = arith.addi %v664, %v528 : i64
      %v666 = llvm.getelementptr %in_x[%v663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v667 = llvm.load %v666 : !llvm.ptr -> f32
      %v668 = arith.addi %v527, %v188 : i64
      %v669 = arith.constant true
      %v670 = arith.addi %v15, %v668 : i64
      %v671 = llvm.getelementptr %v5[%v670] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v672 = llvm.load %v671 : !llvm.ptr<3> -> i64
      %v673 = arith.addi %v43, %v528 : i64
      %v674 = arith.cmpi slt, %v673, %v45 : i64
      %v675 = arith.subi %size_T, %v1 : i64
      %v676 = arith.minsi %v673, %v675 : i64
      %v677 = arith.addi %v672, %v676 : i64
      %v678 = arith.muli %v670, %v57 : i64
      %v679 = arith.addi %v678, %v528 : i64
      %v680 = llvm.getelementptr %in_x[%v677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v681 = llvm.load %v680 : !llvm.ptr -> f32
      %v682 = arith.addi %v527, %v202 : i64
      %v683 = arith.constant true
      %v684 = arith.addi %v15, %v682 : i64
      %v685 = llvm.getelementptr %v5[%v684] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v686 = llvm.load %v685 : !llvm.ptr<3> -> i64
      %v687 = arith.addi %v43, %v528 : i64
      %v688 = arith.cmpi slt, %v687, %v45 : i64
      %v689 = arith.subi %size_T, %v1 : i64
      %v690 = arith.minsi %v687, %v689 : i64
      %v691 = arith.addi %v686, %v690 : i64
      %v692 = arith.muli %v684, %v57 : i64
      %v693 = arith.addi %v692, %v528 : i64
      %v694 = llvm.getelementptr %in_x[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v695 = llvm.load %v694 : !llvm.ptr -> f32
      %v696 = arith.addi %v527, %v216 : i64
      %v697 = arith.constant true
      %v698 = arith.addi %v15, %v696 : i64
      %v699 = llvm.getelementptr %v5[%v698] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v700 = llvm.load %v699 : !llvm.ptr<3> -> i64
      %v701 = arith.addi %v43, %v528 : i64
      %v702 = arith.cmpi slt, %v701, %v45 : i64
      %v703 = arith.subi %size_T, %v1 : i64
      %v704 = arith.minsi %v701, %v703 : i64
      %v705 = arith.addi %v700, %v704 : i64
      %v706 = arith.muli %v698, %v57 : i64
      %v707 = arith.addi %v706, %v528 : i64
      %v708 = llvm.getelementptr %in_x[%v705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v709 = llvm.load %v708 : !llvm.ptr -> f32
      %v710 = arith.addi %v527, %v230 : i64
      %v711 = arith.constant true
      %v712 = arith.addi %v15, %v710 : i64
      %v713 = llvm.getelementptr %v5[%v712] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v714 = llvm.load %v713 : !llvm.ptr<3> -> i64
      %v715 = arith.addi %v43, %v528 : i64
      %v716 = arith.cmpi slt, %v715, %v45 : i64
      %v717 = arith.subi %size_T, %v1 : i64
      %v718 = arith.minsi %v715, %v717 : i64
      %v719 = arith.addi %v714, %v718 : i64
      %v720 = arith.muli %v712, %v57 : i64
      %v721 = arith.addi %v720, %v528 : i64
      %v722 = llvm.getelementptr %in_x[%v719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v723 = llvm.load %v722 : !llvm.ptr -> f32
      %v724 = arith.addi %v527, %v244 : i64
      %v725 = arith.constant true
      %v726 = arith.addi %v15, %v724 : i64
      %v727 = llvm.getelementptr %v5[%v726] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v728 = llvm.load %v727 : !llvm.ptr<3> -> i64
      %v729 = arith.addi %v43, %v528 : i64
      %v730 = arith.cmpi slt, %v729, %v45 : i64
      %v731 = arith.subi %size_T, %v1 : i64
      %v732 = arith.minsi %v729, %v731 : i64
      %v733 = arith.addi %v728, %v732 : i64
      %v734 = arith.muli %v726, %v57 : i64
      %v735 = arith.addi %v734, %v528 : i64
      %v736 = llvm.getelementptr %in_x[%v733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v737 = llvm.load %v736 : !llvm.ptr -> f32
      %v738 = arith.addi %v527, %v258 : i64
      %v739 = arith.constant true
      %v740 = arith.addi %v15, %v738 : i64
      %v741 = llvm.getelementptr %v5[%v740] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v742 = llvm.load %v741 : !llvm.ptr<3> -> i64
      %v743 = arith.addi %v43, %v528 : i64
      %v744 = arith.cmpi slt, %v743, %v45 : i64
      %v745 = arith.subi %size_T, %v1 : i64
      %v746 = arith.minsi %v743, %v745 : i64
      %v747 = arith.addi %v742, %v746 : i64
      %v748 = arith.muli %v740, %v57 : i64
      %v749 = arith.addi %v748, %v528 : i64
      %v750 = llvm.getelementptr %in_x[%v747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v751 = llvm.load %v750 : !llvm.ptr -> f32
      %v752 = arith.addi %v527, %v46 : i64
      %v753 = arith.constant true
      %v754 = arith.addi %v15, %v752 : i64
      %v755 = llvm.getelementptr %v5[%v754] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v756 = llvm.load %v755 : !llvm.ptr<3> -> i64
      %v757 = arith.addi %v43, %v528 : i64
      %v758 = arith.cmpi slt, %v757, %v45 : i64
      %v759 = arith.subi %size_T, %v1 : i64
      %v760 = arith.minsi %v757, %v759 : i64
      %v761 = arith.addi %v756, %v760 : i64
      %v762 = arith.muli %v754, %v57 : i64
      %v763 = arith.addi %v762, %v528 : i64
      %v764 = llvm.getelementptr %in_x[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v765 = llvm.load %v764 : !llvm.ptr -> f32
      %v766 = arith.addi %v527, %v285 : i64
      %v767 = arith.constant true
      %v768 = arith.addi %v15, %v766 : i64
      %v769 = llvm.getelementptr %v5[%v768] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v770 = llvm.load %v769 : !llvm.ptr<3> -> i64
      %v771 = arith.addi %v43, %v528 : i64
      %v772 = arith.cmpi slt, %v771, %v45 : i64
      %v773 = arith.subi %size_T, %v1 : i64
      %v774 = arith.minsi %v771, %v773 : i64
      %v775 = arith.addi %v770, %v774 : i64
      %v776 = arith.muli %v768, %v57 : i64
      %v777 = arith.addi %v776, %v528 : i64
      %v778 = llvm.getelementptr %in_x[%v775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v779 = llvm.load %v778 : !llvm.ptr -> f32
      %v780 = arith.addi %v527, %v299 : i64
      %v781 = arith.constant true
      %v782 = arith.addi %v15, %v780 : i64
      %v783 = llvm.getelementptr %v5[%v782] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v784 = llvm.load %v783 : !llvm.ptr<3> -> i64
      %v785 = arith.addi %v43, %v528 : i64
      %v786 = arith.cmpi slt, %v785, %v45 : i64
      %v787 = arith.subi %size_T, %v1 : i64
      %v788 = arith.minsi %v785, %v787 : i64
      %v789 = arith.addi %v784, %v788 : i64
      %v790 = arith.muli %v782, %v57 : i64
      %v791 = arith.addi %v790, %v528 : i64
      %v792 = llvm.getelementptr %in_x[%v789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v793 = llvm.load %v792 : !llvm.ptr -> f32
      %v794 = arith.addi %v527, %v313 : i64
      %v795 = arith.constant true
      %v796 = arith.addi %v15, %v794 : i64
      %v797 = llvm.getelementptr %v5[%v796] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v798 = llvm.load %v797 : !llvm.ptr<3> -> i64
      %v799 = arith.addi %v43, %v528 : i64
      %v800 = arith.cmpi slt, %v799, %v45 : i64
      %v801 = arith.subi %size_T, %v1 : i64
      %v802 = arith.minsi %v799, %v801 : i64
      %v803 = arith.addi %v798, %v802 : i64
      %v804 = arith.muli %v796, %v57 : i64
      %v805 = arith.addi %v804, %v528 : i64
      %v806 = llvm.getelementptr %in_x[%v803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v807 = llvm.load %v806 : !llvm.ptr -> f32
      %v808 = arith.addi %v527, %v327 : i64
      %v809 = arith.constant true
      %v810 = arith.addi %v15, %v808 : i64
      %v811 = llvm.getelementptr %v5[%v810] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v812 = llvm.load %v811 : !llvm.ptr<3> -> i64
      %v813 = arith.addi %v43, %v528 : i64
      %v814 = arith.cmpi slt, %v813, %v45 : i64
      %v815 = arith.subi %size_T, %v1 : i64
      %v816 = arith.minsi %v813, %v815 : i64
      %v817 = arith.addi %v812, %v816 : i64
      %v818 = arith.muli %v810, %v57 : i64
      %v819 = arith.addi %v818, %v528 : i64
      %v820 = llvm.getelementptr %in_x[%v817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v821 = llvm.load %v820 : !llvm.ptr -> f32
      %v822 = arith.addi %v527, %v341 : i64
      %v823 = arith.constant true
      %v824 = arith.addi %v15, %v822 : i64
      %v825 = llvm.getelementptr %v5[%v824] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v826 = llvm.load %v825 : !llvm.ptr<3> -> i64
      %v827 = arith.addi %v43, %v528 : i64
      %v828 = arith.cmpi slt, %v827, %v45 : i64
      %v829 = arith.subi %size_T, %v1 : i64
      %v830 = arith.minsi %v827, %v829 : i64
      %v831 = arith.addi %v826, %v830 : i64
      %v832 = arith.muli %v824, %v57 : i64
      %v833 = arith.addi %v832, %v528 : i64
      %v834 = llvm.getelementptr %in_x[%v831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v835 = llvm.load %v834 : !llvm.ptr -> f32
      %v836 = arith.addi %v527, %v355 : i64
      %v837 = arith.constant true
      %v838 = arith.addi %v15, %v836 : i64
      %v839 = llvm.getelementptr %v5[%v838] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v840 = llvm.load %v839 : !llvm.ptr<3> -> i64
      %v841 = arith.addi %v43, %v528 : i64
      %v842 = arith.cmpi slt, %v841, %v45 : i64
      %v843 = arith.subi %size_T, %v1 : i64
      %v844 = arith.minsi %v841, %v843 : i64
      %v845 = arith.addi %v840, %v844 : i64
      %v846 = arith.muli %v838, %v57 : i64
      %v847 = arith.addi %v846, %v528 : i64
      %v848 = llvm.getelementptr %in_x[%v845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v849 = llvm.load %v848 : !llvm.ptr -> f32
      %v850 = arith.addi %v527, %v369 : i64
      %v851 = arith.constant true
      %v852 = arith.addi %v15, %v850 : i64
      %v853 = llvm.getelementptr %v5[%v852] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v854 = llvm.load %v853 : !llvm.ptr<3> -> i64
      %v855 = arith.addi %v43, %v528 : i64
      %v856 = arith.cmpi slt, %v855, %v45 : i64
      %v857 = arith.subi %size_T, %v1 : i64
      %v858 = arith.minsi %v855, %v857 : i64
      %v859 = arith.addi %v854, %v858 : i64
      %v860 = arith.muli %v852, %v57 : i64
      %v861 = arith.addi %v860, %v528 : i64
      %v862 = llvm.getelementptr %in_x[%v859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v863 = llvm.load %v862 : !llvm.ptr -> f32
      %v864 = arith.addi %v527, %v383 : i64
      %v865 = arith.constant true
      %v866 = arith.addi %v15, %v864 : i64
      %v867 = llvm.getelementptr %v5[%v866] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v868 = llvm.load %v867 : !llvm.ptr<3> -> i64
      %v869 = arith.addi %v43, %v528 : i64
      %v870 = arith.cmpi slt, %v869, %v45 : i64
      %v871 = arith.subi %size_T, %v1 : i64
      %v872 = arith.minsi %v869, %v871 : i64
      %v873 = arith.addi %v868, %v872 : i64
      %v874 = arith.muli %v866, %v57 : i64
      %v875 = arith.addi %v874, %v528 : i64
      %v876 = llvm.getelementptr %in_x[%v873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v877 = llvm.load %v876 : !llvm.ptr -> f32
      %v878 = arith.addi %v527, %v397 : i64
      %v879 = arith.constant true
      %v880 = arith.addi %v15, %v878 : i64
      %v881 = llvm.getelementptr %v5[%v880] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v882 = llvm.load %v881 : !llvm.ptr<3> -> i64
      %v883 = arith.addi %v43, %v528 : i64
      %v884 = arith.cmpi slt, %v883, %v45 : i64
      %v885 = arith.subi %size_T, %v1 : i64
      %v886 = arith.minsi %v883, %v885 : i64
      %v887 = arith.addi %v882, %v886 : i64
      %v888 = arith.muli %v880, %v57 : i64
      %v889 = arith.addi %v888, %v528 : i64
      %v890 = llvm.getelementptr %in_x[%v887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v891 = llvm.load %v890 : !llvm.ptr -> f32
      %v892 = arith.addi %v527, %v411 : i64
      %v893 = arith.constant true
      %v894 = arith.addi %v15, %v892 : i64
      %v895 = llvm.getelementptr %v5[%v894] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v896 = llvm.load %v895 : !llvm.ptr<3> -> i64
      %v897 = arith.addi %v43, %v528 : i64
      %v898 = arith.cmpi slt, %v897, %v45 : i64
      %v899 = arith.subi %size_T, %v1 : i64
      %v900 = arith.minsi %v897, %v899 : i64
      %v901 = arith.addi %v896, %v900 : i64
      %v902 = arith.muli %v894, %v57 : i64
      %v903 = arith.addi %v902, %v528 : i64
      %v904 = llvm.getelementptr %in_x[%v901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v905 = llvm.load %v904 : !llvm.ptr -> f32
      %v906 = arith.addi %v527, %v425 : i64
      %v907 = arith.constant true
      %v908 = arith.addi %v15, %v906 : i64
      %v909 = llvm.getelementptr %v5[%v908] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v910 = llvm.load %v909 : !llvm.ptr<3> -> i64
      %v911 = arith.addi %v43, %v528 : i64
      %v912 = arith.cmpi slt, %v911, %v45 : i64
      %v913 = arith.subi %size_T, %v1 : i64
      %v914 = arith.minsi %v911, %v913 : i64
      %v915 = arith.addi %v910, %v914 : i64
      %v916 = arith.muli %v908, %v57 : i64
      %v917 = arith.addi %v916, %v528 : i64
      %v918 = llvm.getelementptr %in_x[%v915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v919 = llvm.load %v918 : !llvm.ptr -> f32
      %v920 = arith.addi %v527, %v439 : i64
      %v921 = arith.constant true
      %v922 = arith.addi %v15, %v920 : i64
      %v923 = llvm.getelementptr %v5[%v922] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v924 = llvm.load %v923 : !llvm.ptr<3> -> i64
      %v925 = arith.addi %v43, %v528 : i64
      %v926 = arith.cmpi slt, %v925, %v45 : i64
      %v927 = arith.subi %size_T, %v1 : i64
      %v928 = arith.minsi %v925, %v927 : i64
      %v929 = arith.addi %v924, %v928 : i64
      %v930 = arith.muli %v922, %v57 : i64
      %v931 = arith.addi %v930, %v528 : i64
      %v932 = llvm.getelementptr %in_x[%v929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v933 = llvm.load %v932 : !llvm.ptr -> f32
      %v934 = arith.addi %v527, %v453 : i64
      %v935 = arith.constant true
      %v936 = arith.addi %v15, %v934 : i64
      %v937 = llvm.getelementptr %v5[%v936] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v938 = llvm.load %v937 : !llvm.ptr<3> -> i64
      %v939 = arith.addi %v43, %v528 : i64
      %v940 = arith.cmpi slt, %v939, %v45 : i64
      %v941 = arith.subi %size_T, %v1 : i64
      %v942 = arith.minsi %v939, %v941 : i64
      %v943 = arith.addi %v938, %v942 : i64
      %v944 = arith.muli %v936, %v57 : i64
      %v945 = arith.addi %v944, %v528 : i64
      %v946 = llvm.getelementptr %in_x[%v943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v947 = llvm.load %v946 : !llvm.ptr -> f32
      %v948 = arith.addi %v527, %v467 : i64
      %v949 = arith.constant true
      %v950 = arith.addi %v15, %v948 : i64
      %v951 = llvm.getelementptr %v5[%v950] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v952 = llvm.load %v951 : !llvm.ptr<3> -> i64
      %v953 = arith.addi %v43, %v528 : i64
      %v954 = arith.cmpi slt, %v953, %v45 : i64
      %v955 = arith.subi %size_T, %v1 : i64
      %v956 = arith.minsi %v953, %v955 : i64
      %v957 = arith.addi %v952, %v956 : i64
      %v958 = arith.muli %v950, %v57 : i64
      %v959 = arith.addi %v958, %v528 : i64
      %v960 = llvm.getelementptr %in_x[%v957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v961 = llvm.load %v960 : !llvm.ptr -> f32
      %v962 = arith.addi %v527, %v481 : i64
      %v963 = arith.constant true
      %v964 = arith.addi %v15, %v962 : i64
      %v965 = llvm.getelementptr %v5[%v964] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v966 = llvm.load %v965 : !llvm.ptr<3> -> i64
      %v967 = arith.addi %v43, %v528 : i64
      %v968 = arith.cmpi slt, %v967, %v45 : i64
      %v969 = arith.subi %size_T, %v1 : i64
      %v970 = arith.minsi %v967, %v969 : i64
      %v971 = arith.addi %v966, %v970 : i64
      %v972 = arith.muli %v964, %v57 : i64
      %v973 = arith.addi %v972, %v528 : i64
      %v974 = llvm.getelementptr %in_x[%v971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v975 = llvm.load %v974 : !llvm.ptr -> f32
      scf.if %v529 {
        %v976 = llvm.getelementptr %v6[%v539] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v541, %v976 : f32, !llvm.ptr<3>
      }
      scf.if %v543 {
        %v977 = llvm.getelementptr %v6[%v553] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v555, %v977 : f32, !llvm.ptr<3>
      }
      scf.if %v557 {
        %v978 = llvm.getelementptr %v6[%v567] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v569, %v978 : f32, !llvm.ptr<3>
      }
      scf.if %v571 {
        %v979 = llvm.getelementptr %v6[%v581] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v583, %v979 : f32, !llvm.ptr<3>
      }
      scf.if %v585 {
        %v980 = llvm.getelementptr %v6[%v595] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v597, %v980 : f32, !llvm.ptr<3>
      }
      scf.if %v599 {
        %v981 = llvm.getelementptr %v6[%v609] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v611, %v981 : f32, !llvm.ptr<3>
      }
      scf.if %v613 {
        %v982 = llvm.getelementptr %v6[%v623] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v625, %v982 : f32, !llvm.ptr<3>
      }
      scf.if %v627 {
        %v983 = llvm.getelementptr %v6[%v637] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v639, %v983 : f32, !llvm.ptr<3>
      }
      scf.if %v641 {
        %v984 = llvm.getelementptr %v6[%v651] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v653, %v984 : f32, !llvm.ptr<3>
      }
      scf.if %v655 {
        %v985 = llvm.getelementptr %v6[%v665] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v667, %v985 : f32, !llvm.ptr<3>
      }
      scf.if %v669 {
        %v986 = llvm.getelementptr %v6[%v679] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v681, %v986 : f32, !llvm.ptr<3>
      }
      scf.if %v683 {
        %v987 = llvm.getelementptr %v6[%v693] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v695, %v987 : f32, !llvm.ptr<3>
      }
      scf.if %v697 {
        %v988 = llvm.getelementptr %v6[%v707] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v709, %v988 : f32, !llvm.ptr<3>
      }
      scf.if %v711 {
        %v989 = llvm.getelementptr %v6[%v721] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v723, %v989 : f32, !llvm.ptr<3>
      }
      scf.if %v725 {
        %v990 = llvm.getelementptr %v6[%v735] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v737, %v990 : f32, !llvm.ptr<3>
      }
      scf.if %v739 {
        %v991 = llvm.getelementptr %v6[%v749] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v751, %v991 : f32, !llvm.ptr<3>
      }
      scf.if %v753 {
        %v992 = llvm.getelementptr %v6[%v763] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v765, %v992 : f32, !llvm.ptr<3>
      }
      scf.if %v767 {
        %v993 = llvm.getelementptr %v6[%v777] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v779, %v993 : f32, !llvm.ptr<3>
      }
      scf.if %v781 {
        %v994 = llvm.getelementptr %v6[%v791] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v793, %v994 : f32, !llvm.ptr<3>
      }
      scf.if %v795 {
        %v995 = llvm.getelementptr %v6[%v805] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v807, %v995 : f32, !llvm.ptr<3>
      }
      scf.if %v809 {
        %v996 = llvm.getelementptr %v6[%v819] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v821, %v996 : f32, !llvm.ptr<3>
      }
      scf.if %v823 {
        %v997 = llvm.getelementptr %v6[%v833] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v835, %v997 : f32, !llvm.ptr<3>
      }
      scf.if %v837 {
        %v998 = llvm.getelementptr %v6[%v847] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v849, %v998 : f32, !llvm.ptr<3>
      }
      scf.if %v851 {
        %v999 = llvm.getelementptr %v6[%v861] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v863, %v999 : f32, !llvm.ptr<3>
      }
      scf.if %v865 {
        %v1000 = llvm.getelementptr %v6[%v875] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v877, %v1000 : f32, !llvm.ptr<3>
      }
      scf.if %v879 {
        %v1001 = llvm.getelementptr %v6[%v889] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v891, %v1001 : f32, !llvm.ptr<3>
      }
      scf.if %v893 {
        %v1002 = llvm.getelementptr %v6[%v903] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v905, %v1002 : f32, !llvm.ptr<3>
      }
      scf.if %v907 {
        %v1003 = llvm.getelementptr %v6[%v917] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v919, %v1003 : f32, !llvm.ptr<3>
      }
      scf.if %v921 {
        %v1004 = llvm.getelementptr %v6[%v931] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v933, %v1004 : f32, !llvm.ptr<3>
      }
      scf.if %v935 {
        %v1005 = llvm.getelementptr %v6[%v945] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v947, %v1005 : f32, !llvm.ptr<3>
      }
      scf.if %v949 {
        %v1006 = llvm.getelementptr %v6[%v959] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v961, %v1006 : f32, !llvm.ptr<3>
      }
      scf.if %v963 {
        %v1007 = llvm.getelementptr %v6[%v973] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v975, %v1007 : f32, !llvm.ptr<3>
      }
      // end staged load of `x`
      gpu.barrier
      %v1008 = arith.index_cast %v43 : i64 to index
      %v1009 = arith.index_cast %v45 : i64 to index
      %v1010 = arith.index_cast %v46 : i64 to index
      scf.for %v1011 = %v1008 to %v1009 step %v1010 {
        %v1012 = arith.index_cast %v1011 : index to i64
        %v1013 = arith.subi %v45, %v1012 : i64
        %v1014 = arith.minsi %v1013, %v46 : i64
        %v1015 = arith.addi %v1012, %v46 : i64
        %v1016 = arith.divui %v13, %v46 : i64
        %v1017 = arith.remui %v13, %v46 : i64
        %v1018 = arith.constant true
        %v1019 = llvm.getelementptr %v5[%v1016] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1020 = llvm.load %v1019 : !llvm.ptr<3> -> i64
        %v1021 = arith.addi %v1015, %v1017 : i64
        %v1022 = arith.cmpi slt, %v1021, %v45 : i64
        %v1023 = arith.subi %size_T, %v1 : i64
        %v1024 = arith.minsi %v1021, %v1023 : i64
        %v1025 = arith.addi %v1020, %v1024 : i64
        %v1026 = arith.muli %v1016, %v57 : i64
        %v1027 = arith.addi %v1026, %v1017 : i64
        %v1028 = llvm.getelementptr %in_a[%v1025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1029 = llvm.load %v1028 : !llvm.ptr -> f32
        %v1030 = arith.addi %v1016, %v62 : i64
        %v1031 = arith.constant true
        %v1032 = llvm.getelementptr %v5[%v1030] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1033 = llvm.load %v1032 : !llvm.ptr<3> -> i64
        %v1034 = arith.addi %v1015, %v1017 : i64
        %v1035 = arith.cmpi slt, %v1034, %v45 : i64
        %v1036 = arith.subi %size_T, %v1 : i64
        %v1037 = arith.minsi %v1034, %v1036 : i64
        %v1038 = arith.addi %v1033, %v1037 : i64
        %v1039 = arith.muli %v1030, %v57 : i64
        %v1040 = arith.addi %v1039, %v1017 : i64
        %v1041 = llvm.getelementptr %in_a[%v1038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1042 = llvm.load %v1041 : !llvm.ptr -> f32
        %v1043 = arith.addi %v1016, %v76 : i64
        %v1044 = arith.constant true
        %v1045 = llvm.getelementptr %v5[%v1043] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1046 = llvm.load %v1045 : !llvm.ptr<3> -> i64
        %v1047 = arith.addi %v1015, %v1017 : i64
        %v1048 = arith.cmpi slt, %v1047, %v45 : i64
        %v1049 = arith.subi %size_T, %v1 : i64
        %v1050 = arith.minsi %v1047, %v1049 : i64
        %v1051 = arith.addi %v1046, %v1050 : i64
        %v1052 = arith.muli %v1043, %v57 : i64
        %v1053 = arith.addi %v1052, %v1017 : i64
        %v1054 = llvm.getelementptr %in_a[%v1051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1055 = llvm.load %v1054 : !llvm.ptr -> f32
        %v1056 = arith.addi %v1016, %v90 : i64
        %v1057 = arith.constant true
        %v1058 = llvm.getelementptr %v5[%v1056] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1059 = llvm.load %v1058 : !llvm.ptr<3> -> i64
        %v1060 = arith.addi %v1015, %v1017 : i64
        %v1061 = arith.cmpi slt, %v1060, %v45 : i64
        %v1062 = arith.subi %size_T, %v1 : i64
        %v1063 = arith.minsi %v1060, %v1062 : i64
        %v1064 = arith.addi %v1059, %v1063 : i64
        %v1065 = arith.muli %v1056, %v57 : i64
        %v1066 = arith.addi %v1065, %v1017 : i64
        %v1067 = llvm.getelementptr %in_a[%v1064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1068 = llvm.load %v1067 : !llvm.ptr -> f32
        %v1069 = arith.addi %v1016, %v104 : i64
        %v1070 = arith.constant true
        %v1071 = llvm.getelementptr %v5[%v1069] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1072 = llvm.load %v1071 : !llvm.ptr<3> -> i64
        %v1073 = arith.addi %v1015, %v1017 : i64
        %v1074 = arith.cmpi slt, %v1073, %v45 : i64
        %v1075 = arith.subi %size_T, %v1 : i64
        %v1076 = arith.minsi %v1073, %v1075 : i64
        %v1077 = arith.addi %v1072, %v1076 : i64
        %v1078 = arith.muli %v1069, %v57 : i64
        %v1079 = arith.addi %v1078, %v1017 : i64
        %v1080 = llvm.getelementptr %in_a[%v1077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1081 = llvm.load %v1080 : !llvm.ptr -> f32
        %v1082 = arith.addi %v1016, %v118 : i64
        %v1083 = arith.constant true
        %v1084 = llvm.getelementptr %v5[%v1082] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1085 = llvm.load %v1084 : !llvm.ptr<3> -> i64
        %v1086 = arith.addi %v1015, %v1017 : i64
        %v1087 = arith.cmpi slt, %v1086, %v45 : i64
        %v1088 = arith.subi %size_T, %v1 : i64
        %v1089 = arith.minsi %v1086, %v1088 : i64
        %v1090 = arith.addi %v1085, %v1089 : i64
        %v1091 = arith.muli %v1082, %v57 : i64
        %v1092 = arith.addi %v1091, %v1017 : i64
        %v1093 = llvm.getelementptr %in_a[%v1090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1094 = llvm.load %v1093 : !llvm.ptr -> f32
        %v1095 = arith.addi %v1016, %v132 : i64
        %v1096 = arith.constant true
        %v1097 = llvm.getelementptr %v5[%v1095] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1098 = llvm.load %v1097 : !llvm.ptr<3> -> i64
        %v1099 = arith.addi %v1015, %v1017 : i64
        %v1100 = arith.cmpi slt, %v1099, %v45 : i64
        %v1101 = arith.subi %size_T, %v1 : i64
        %v1102 = arith.minsi %v1099, %v1101 : i64
        %v1103 = arith.addi %v1098, %v1102 : i64
        %v1104 = arith.muli %v1095, %v57 : i64
        %v1105 = arith.addi %v1104, %v1017 : i64
        %v1106 = llvm.getelementptr %in_a[%v1103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1107 = llvm.load %v1106 : !llvm.ptr -> f32
        %v1108 = arith.addi %v1016, %v146 : i64
        %v1109 = arith.constant true
        %v1110 = llvm.getelementptr %v5[%v1108] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1111 = llvm.load %v1110 : !llvm.ptr<3> -> i64
        %v1112 = arith.addi %v1015, %v1017 : i64
        %v1113 = arith.cmpi slt, %v1112, %v45 : i64
        %v1114 = arith.subi %size_T, %v1 : i64
        %v1115 = arith.minsi %v1112, %v1114 : i64
        %v1116 = arith.addi %v1111, %v1115 : i64
        %v1117 = arith.muli %v1108, %v57 : i64
        %v1118 = arith.addi %v1117, %v1017 : i64
        %v1119 = llvm.getelementptr %in_a[%v1116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1120 = llvm.load %v1119 : !llvm.ptr -> f32
        %v1121 = arith.addi %v1016, %v160 : i64
        %v1122 = arith.constant true
        %v1123 = llvm.getelementptr %v5[%v1121] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1124 = llvm.load %v1123 : !llvm.ptr<3> -> i64
        %v1125 = arith.addi %v1015, %v1017 : i64
        %v1126 = arith.cmpi slt, %v1125, %v45 : i64
        %v1127 = arith.subi %size_T, %v1 : i64
        %v1128 = arith.minsi %v1125, %v1127 : i64
        %v1129 = arith.addi %v1124, %v1128 : i64
        %v1130 = arith.muli %v1121, %v57 : i64
        %v1131 = arith.addi %v1130, %v1017 : i64
        %v1132 = llvm.getelementptr %in_a[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1133 = llvm.load %v1132 : !llvm.ptr -> f32
        %v1134 = arith.addi %v1016, %v174 : i64
        %v1135 = arith.constant true
        %v1136 = llvm.getelementptr %v5[%v1134] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1137 = llvm.load %v1136 : !llvm.ptr<3> -> i64
        %v1138 = arith.addi %v1015, %v1017 : i64
        %v1139 = arith.cmpi slt, %v1138, %v45 : i64
        %v1140 = arith.subi %size_T, %v1 : i64
        %v1141 = arith.minsi %v1138, %v1140 : i64
        %v1142 = arith.addi %v1137, %v1141 : i64
        %v1143 = arith.muli %v1134, %v57 : i64
        %v1144 = arith.addi %v1143, %v1017 : i64
        %v1145 = llvm.getelementptr %in_a[%v1142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1146 = llvm.load %v1145 : !llvm.ptr -> f32
        %v1147 = arith.addi %v1016, %v188 : i64
        %v1148 = arith.constant true
        %v1149 = llvm.getelementptr %v5[%v1147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1150 = llvm.load %v1149 : !llvm.ptr<3> -> i64
        %v1151 = arith.addi %v1015, %v1017 : i64
        %v1152 = arith.cmpi slt, %v1151, %v45 : i64
        %v1153 = arith.subi %size_T, %v1 : i64
        %v1154 = arith.minsi %v1151, %v1153 : i64
        %v1155 = arith.addi %v1150, %v1154 : i64
        %v1156 = arith.muli %v1147, %v57 : i64
        %v1157 = arith.addi %v1156, %v1017 : i64
        %v1158 = llvm.getelementptr %in_a[%v1155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1159 = llvm.load %v1158 : !llvm.ptr -> f32
        %v1160 = arith.addi %v1016, %v202 : i64
        %v1161 = arith.constant true
        %v1162 = llvm.getelementptr %v5[%v1160] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1163 = llvm.load %v1162 : !llvm.ptr<3> -> i64
        %v1164 = arith.addi %v1015, %v1017 : i64
        %v1165 = arith.cmpi slt, %v1164, %v45 : i64
        %v1166 = arith.subi %size_T, %v1 : i64
        %v1167 = arith.minsi %v1164, %v1166 : i64
        %v1168 = arith.addi %v1163, %v1167 : i64
        %v1169 = arith.muli %v1160, %v57 : i64
        %v1170 = arith.addi %v1169, %v1017 : i64
        %v1171 = llvm.getelementptr %in_a[%v1168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1172 = llvm.load %v1171 : !llvm.ptr -> f32
        %v1173 = arith.addi %v1016, %v216 : i64
        %v1174 = arith.constant true
        %v1175 = llvm.getelementptr %v5[%v1173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1176 = llvm.load %v1175 : !llvm.ptr<3> -> i64
        %v1177 = arith.addi %v1015, %v1017 : i64
        %v1178 = arith.cmpi slt, %v1177, %v45 : i64
        %v1179 = arith.subi %size_T, %v1 : i64
        %v1180 = arith.minsi %v1177, %v1179 : i64
        %v1181 = arith.addi %v1176, %v1180 : i64
        %v1182 = arith.muli %v1173, %v57 : i64
        %v1183 = arith.addi %v1182, %v1017 : i64
        %v1184 = llvm.getelementptr %in_a[%v1181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1185 = llvm.load %v1184 : !llvm.ptr -> f32
        %v1186 = arith.addi %v1016, %v230 : i64
        %v1187 = arith.constant true
        %v1188 = llvm.getelementptr %v5[%v1186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1189 = llvm.load %v1188 : !llvm.ptr<3> -> i64
        %v1190 = arith.addi %v1015, %v1017 : i64
        %v1191 = arith.cmpi slt, %v1190, %v45 : i64
        %v1192 = arith.subi %size_T, %v1 : i64
        %v1193 = arith.minsi %v1190, %v1192 : i64
        %v1194 = arith.addi %v1189, %v1193 : i64
        %v1195 = arith.muli %v1186, %v57 : i64
        %v1196 = arith.addi %v1195, %v1017 : i64
        %v1197 = llvm.getelementptr %in_a[%v1194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1198 = llvm.load %v1197 : !llvm.ptr -> f32
        %v1199 = arith.addi %v1016, %v244 : i64
        %v1200 = arith.constant true
        %v1201 = llvm.getelementptr %v5[%v1199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1202 = llvm.load %v1201 : !llvm.ptr<3> -> i64
        %v1203 = arith.addi %v1015, %v1017 : i64
        %v1204 = arith.cmpi slt, %v1203, %v45 : i64
        %v1205 = arith.subi %size_T, %v1 : i64
        %v1206 = arith.minsi %v1203, %v1205 : i64
        %v1207 = arith.addi %v1202, %v1206 : i64
        %v1208 = arith.muli %v1199, %v57 : i64
        %v1209 = arith.addi %v1208, %v1017 : i64
        %v1210 = llvm.getelementptr %in_a[%v1207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1211 = llvm.load %v1210 : !llvm.ptr -> f32
        %v1212 = arith.addi %v1016, %v258 : i64
        %v1213 = arith.constant true
        %v1214 = llvm.getelementptr %v5[%v1212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1215 = llvm.load %v1214 : !llvm.ptr<3> -> i64
        %v1216 = arith.addi %v1015, %v1017 : i64
        %v1217 = arith.cmpi slt, %v1216, %v45 : i64
        %v1218 = arith.subi %size_T, %v1 : i64
        %v1219 = arith.minsi %v1216, %v1218 : i64
        %v1220 = arith.addi %v1215, %v1219 : i64
        %v1221 = arith.muli %v1212, %v57 : i64
        %v1222 = arith.addi %v1221, %v1017 : i64
        %v1223 = llvm.getelementptr %in_a[%v1220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1224 = llvm.load %v1223 : !llvm.ptr -> f32
        %v1225 = arith.addi %v1016, %v46 : i64
        %v1226 = arith.constant true
        %v1227 = llvm.getelementptr %v5[%v1225] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1228 = llvm.load %v1227 : !llvm.ptr<3> -> i64
        %v1229 = arith.addi %v1015, %v1017 : i64
        %v1230 = arith.cmpi slt, %v1229, %v45 : i64
        %v1231 = arith.subi %size_T, %v1 : i64
        %v1232 = arith.minsi %v1229, %v1231 : i64
        %v1233 = arith.addi %v1228, %v1232 : i64
        %v1234 = arith.muli %v1225, %v57 : i64
        %v1235 = arith.addi %v1234, %v1017 : i64
        %v1236 = llvm.getelementptr %in_a[%v1233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1237 = llvm.load %v1236 : !llvm.ptr -> f32
        %v1238 = arith.addi %v1016, %v285 : i64
        %v1239 = arith.constant true
        %v1240 = llvm.getelementptr %v5[%v1238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1241 = llvm.load %v1240 : !llvm.ptr<3> -> i64
        %v1242 = arith.addi %v1015, %v1017 : i64
        %v1243 = arith.cmpi slt, %v1242, %v45 : i64
        %v1244 = arith.subi %size_T, %v1 : i64
        %v1245 = arith.minsi %v1242, %v1244 : i64
        %v1246 = arith.addi %v1241, %v1245 : i64
        %v1247 = arith.muli %v1238, %v57 : i64
        %v1248 = arith.addi %v1247, %v1017 : i64
        %v1249 = llvm.getelementptr %in_a[%v1246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1250 = llvm.load %v1249 : !llvm.ptr -> f32
        %v1251 = arith.addi %v1016, %v299 : i64
        %v1252 = arith.constant true
        %v1253 = llvm.getelementptr %v5[%v1251] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1254 = llvm.load %v1253 : !llvm.ptr<3> -> i64
        %v1255 = arith.addi %v1015, %v1017 : i64
        %v1256 = arith.cmpi slt, %v1255, %v45 : i64
        %v1257 = arith.subi %size_T, %v1 : i64
        %v1258 = arith.minsi %v1255, %v1257 : i64
        %v1259 = arith.addi %v1254, %v1258 : i64
        %v1260 = arith.muli %v1251, %v57 : i64
        %v1261 = arith.addi %v1260, %v1017 : i64
        %v1262 = llvm.getelementptr %in_a[%v1259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1263 = llvm.load %v1262 : !llvm.ptr -> f32
        %v1264 = arith.addi %v1016, %v313 : i64
        %v1265 = arith.constant true
        %v1266 = llvm.getelementptr %v5[%v1264] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1267 = llvm.load %v1266 : !llvm.ptr<3> -> i64
        %v1268 = arith.addi %v1015, %v1017 : i64
        %v1269 = arith.cmpi slt, %v1268, %v45 : i64
        %v1270 = arith.subi %size_T, %v1 : i64
        %v1271 = arith.minsi %v1268, %v1270 : i64
        %v1272 = arith.addi %v1267, %v1271 : i64
        %v1273 = arith.muli %v1264, %v57 : i64
        %v1274 = arith.addi %v1273, %v1017 : i64
        %v1275 = llvm.getelementptr %in_a[%v1272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1276 = llvm.load %v1275 : !llvm.ptr -> f32
        %v1277 = arith.addi %v1016, %v327 : i64
        %v1278 = arith.constant true
        %v1279 = llvm.getelementptr %v5[%v1277] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1280 = llvm.load %v1279 : !llvm.ptr<3> -> i64
        %v1281 = arith.addi %v1015, %v1017 : i64
        %v1282 = arith.cmpi slt, %v1281, %v45 : i64
        %v1283 = arith.subi %size_T, %v1 : i64
        %v1284 = arith.minsi %v1281, %v1283 : i64
        %v1285 = arith.addi %v1280, %v1284 : i64
        %v1286 = arith.muli %v1277, %v57 : i64
        %v1287 = arith.addi %v1286, %v1017 : i64
        %v1288 = llvm.getelementptr %in_a[%v1285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1289 = llvm.load %v1288 : !llvm.ptr -> f32
        %v1290 = arith.addi %v1016, %v341 : i64
        %v1291 = arith.constant true
        %v1292 = llvm.getelementptr %v5[%v1290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1293 = llvm.load %v1292 : !llvm.ptr<3> -> i64
        %v1294 = arith.addi %v1015, %v1017 : i64
        %v1295 = arith.cmpi slt, %v1294, %v45 : i64
        %v1296 = arith.subi %size_T, %v1 : i64
        %v1297 = arith.minsi %v1294, %v1296 : i64
        %v1298 = arith.addi %v1293, %v1297 : i64
        %v1299 = arith.muli %v1290, %v57 : i64
        %v1300 = arith.addi %v1299, %v1017 : i64
        %v1301 = llvm.getelementptr %in_a[%v1298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1302 = llvm.load %v1301 : !llvm.ptr -> f32
        %v1303 = arith.addi %v1016, %v355 : i64
        %v1304 = arith.constant true
        %v1305 = llvm.getelementptr %v5[%v1303] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1306 = llvm.load %v1305 : !llvm.ptr<3> -> i64
        %v1307 = arith.addi %v1015, %v1017 : i64
        %v1308 = arith.cmpi slt, %v1307, %v45 : i64
        %v1309 = arith.subi %size_T, %v1 : i64
        %v1310 = arith.minsi %v1307, %v1309 : i64
        %v1311 = arith.addi %v1306, %v1310 : i64
        %v1312 = arith.muli %v1303, %v57 : i64
        %v1313 = arith.addi %v1312, %v1017 : i64
        %v1314 = llvm.getelementptr %in_a[%v1311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1315 = llvm.load %v1314 : !llvm.ptr -> f32
        %v1316 = arith.addi %v1016, %v369 : i64
        %v1317 = arith.constant true
        %v1318 = llvm.getelementptr %v5[%v1316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1319 = llvm.load %v1318 : !llvm.ptr<3> -> i64
        %v1320 = arith.addi %v1015, %v1017 : i64
        %v1321 = arith.cmpi slt, %v1320, %v45 : i64
        %v1322 = arith.subi %size_T, %v1 : i64
        %v1323 = arith.minsi %v1320, %v1322 : i64
        %v1324 = arith.addi %v1319, %v1323 : i64
        %v1325 = arith.muli %v1316, %v57 : i64
        %v1326 = arith.addi %v1325, %v1017 : i64
        %v1327 = llvm.getelementptr %in_a[%v1324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1328 = llvm.load %v1327 : !llvm.ptr -> f32
        %v1329 = arith.addi %v1016, %v383 : i64
        %v1330 = arith.constant true
        %v1331 = llvm.getelementptr %v5[%v1329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1332 = llvm.load %v1331 : !llvm.ptr<3> -> i64
        %v1333 = arith.addi %v1015, %v1017 : i64
        %v1334 = arith.cmpi slt, %v1333, %v45 : i64
        %v1335 = arith.subi %size_T, %v1 : i64
        %v1336 = arith.minsi %v1333, %v1335 : i64
        %v1337 = arith.addi %v1332, %v1336 : i64
        %v1338 = arith.muli %v1329, %v57 : i64
        %v1339 = arith.addi %v1338, %v1017 : i64
        %v1340 = llvm.getelementptr %in_a[%v1337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1341 = llvm.load %v1340 : !llvm.ptr -> f32
        %v1342 = arith.addi %v1016, %v397 : i64
        %v1343 = arith.constant true
        %v1344 = llvm.getelementptr %v5[%v1342] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1345 = llvm.load %v1344 : !llvm.ptr<3> -> i64
        %v1346 = arith.addi %v1015, %v1017 : i64
        %v1347 = arith.cmpi slt, %v1346, %v45 : i64
        %v1348 = arith.subi %size_T, %v1 : i64
        %v1349 = arith.minsi %v1346, %v1348 : i64
        %v1350 = arith.addi %v1345, %v1349 : i64
        %v1351 = arith.muli %v1342, %v57 : i64
        %v1352 = arith.addi %v1351, %v1017 : i64
        %v1353 = llvm.getelementptr %in_a[%v1350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1354 = llvm.load %v1353 : !llvm.ptr -> f32
        %v1355 = arith.addi %v1016, %v411 : i64
        %v1356 = arith.constant true
        %v1357 = llvm.getelementptr %v5[%v1355] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1358 = llvm.load %v1357 : !llvm.ptr<3> -> i64
        %v1359 = arith.addi %v1015, %v1017 : i64
        %v1360 = arith.cmpi slt, %v1359, %v45 : i64
        %v1361 = arith.subi %size_T, %v1 : i64
        %v1362 = arith.minsi %v1359, %v1361 : i64
        %v1363 = arith.addi %v1358, %v1362 : i64
        %v1364 = arith.muli %v1355, %v57 : i64
        %v1365 = arith.addi %v1364, %v1017 : i64
        %v1366 = llvm.getelementptr %in_a[%v1363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1367 = llvm.load %v1366 : !llvm.ptr -> f32
        %v1368 = arith.addi %v1016, %v425 : i64
        %v1369 = arith.constant true
        %v1370 = llvm.getelementptr %v5[%v1368] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1371 = llvm.load %v1370 : !llvm.ptr<3> -> i64
        %v1372 = arith.addi %v1015, %v1017 : i64
        %v1373 = arith.cmpi slt, %v1372, %v45 : i64
        %v1374 = arith.subi %size_T, %v1 : i64
        %v1375 = arith.minsi %v1372, %v1374 : i64
        %v1376 = arith.addi %v1371, %v1375 : i64
        %v1377 = arith.muli %v1368, %v57 : i64
        %v1378 = arith.addi %v1377, %v1017 : i64
        %v1379 = llvm.getelementptr %in_a[%v1376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1380 = llvm.load %v1379 : !llvm.ptr -> f32
        %v1381 = arith.addi %v1016, %v439 : i64
        %v1382 = arith.constant true
        %v1383 = llvm.getelementptr %v5[%v1381] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1384 = llvm.load %v1383 : !llvm.ptr<3> -> i64
        %v1385 = arith.addi %v1015, %v1017 : i64
        %v1386 = arith.cmpi slt, %v1385, %v45 : i64
        %v1387 = arith.subi %size_T, %v1 : i64
        %v1388 = arith.minsi %v1385, %v1387 : i64
        %v1389 = arith.addi %v1384, %v1388 : i64
        %v1390 = arith.muli %v1381, %v57 : i64
        %v1391 = arith.addi %v1390, %v1017 : i64
        %v1392 = llvm.getelementptr %in_a[%v1389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1393 = llvm.load %v1392 : !llvm.ptr -> f32
        %v1394 = arith.addi %v1016, %v453 : i64
        %v1395 = arith.constant true
        %v1396 = llvm.getelementptr %v5[%v1394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1397 = llvm.load %v1396 : !llvm.ptr<3> -> i64
        %v1398 = arith.addi %v1015, %v1017 : i64
        %v1399 = arith.cmpi slt, %v1398, %v45 : i64
        %v1400 = arith.subi %size_T, %v1 : i64
        %v1401 = arith.minsi %v1398, %v1400 : i64
        %v1402 = arith.addi %v1397, %v1401 : i64
        %v1403 = arith.muli %v1394, %v57 : i64
        %v1404 = arith.addi %v1403, %v1017 : i64
        %v1405 = llvm.getelementptr %in_a[%v1402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1406 = llvm.load %v1405 : !llvm.ptr -> f32
        %v1407 = arith.addi %v1016, %v467 : i64
        %v1408 = arith.constant true
        %v1409 = llvm.getelementptr %v5[%v1407] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1410 = llvm.load %v1409 : !llvm.ptr<3> -> i64
        %v1411 = arith.addi %v1015, %v1017 : i64
        %v1412 = arith.cmpi slt, %v1411, %v45 : i64
        %v1413 = arith.subi %size_T, %v1 : i64
        %v1414 = arith.minsi %v1411, %v1413 : i64
        %v1415 = arith.addi %v1410, %v1414 : i64
        %v1416 = arith.muli %v1407, %v57 : i64
        %v1417 = arith.addi %v1416, %v1017 : i64
        %v1418 = llvm.getelementptr %in_a[%v1415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1419 = llvm.load %v1418 : !llvm.ptr -> f32
        %v1420 = arith.addi %v1016, %v481 : i64
        %v1421 = arith.constant true
        %v1422 = llvm.getelementptr %v5[%v1420] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1423 = llvm.load %v1422 : !llvm.ptr<3> -> i64
        %v1424 = arith.addi %v1015, %v1017 : i64
        %v1425 = arith.cmpi slt, %v1424, %v45 : i64
        %v1426 = arith.subi %size_T, %v1 : i64
        %v1427 = arith.minsi %v1424, %v1426 : i64
        %v1428 = arith.addi %v1423, %v1427 : i64
        %v1429 = arith.muli %v1420, %v57 : i64
        %v1430 = arith.addi %v1429, %v1017 : i64
        %v1431 = llvm.getelementptr %in_a[%v1428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1432 = llvm.load %v1431 : !llvm.ptr -> f32
        %v1433 = arith.divui %v13, %v46 : i64
        %v1434 = arith.remui %v13, %v46 : i64
        %v1435 = arith.constant true
        %v1436 = arith.addi %v15, %v1433 : i64
        %v1437 = llvm.getelementptr %v5[%v1436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1438 = llvm.load %v1437 : !llvm.ptr<3> -> i64
        %v1439 = arith.addi %v1015, %v1434 : i64
        %v1440 = arith.cmpi slt, %v1439, %v45 : i64
        %v1441 = arith.subi %size_T, %v1 : i64
        %v1442 = arith.minsi %v1439, %v1441 : i64
        %v1443 = arith.addi %v1438, %v1442 : i64
        %v1444 = arith.muli %v1436, %v57 : i64
        %v1445 = arith.addi %v1444, %v1434 : i64
        %v1446 = llvm.getelementptr %in_x[%v1443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1447 = llvm.load %v1446 : !llvm.ptr -> f32
        %v1448 = arith.addi %v1433, %v62 : i64
        %v1449 = arith.constant true
        %v1450 = arith.addi %v15, %v1448 : i64
        %v1451 = llvm.getelementptr %v5[%v1450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1452 = llvm.load %v1451 : !llvm.ptr<3> -> i64
        %v1453 = arith.addi %v1015, %v1434 : i64
        %v1454 = arith.cmpi slt, %v1453, %v45 : i64
        %v1455 = arith.subi %size_T, %v1 : i64
        %v1456 = arith.minsi %v1453, %v1455 : i64
        %v1457 = arith.addi %v1452, %v1456 : i64
        %v1458 = arith.muli %v1450, %v57 : i64
        %v1459 = arith.addi %v1458, %v1434 : i64
        %v1460 = llvm.getelementptr %in_x[%v1457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1461 = llvm.load %v1460 : !llvm.ptr -> f32
        %v1462 = arith.addi %v1433, %v76 : i64
        %v1463 = arith.constant true
        %v1464 = arith.addi %v15, %v1462 : i64
        %v1465 = llvm.getelementptr %v5[%v1464] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1466 = llvm.load %v1465 : !llvm.ptr<3> -> i64
        %v1467 = arith.addi %v1015, %v1434 : i64
        %v1468 = arith.cmpi slt, %v1467, %v45 : i64
        %v1469 = arith.subi %size_T, %v1 : i64
        %v1470 = arith.minsi %v1467, %v1469 : i64
        %v1471 = arith.addi %v1466, %v1470 : i64
        %v1472 = arith.muli %v1464, %v57 : i64
        %v1473 = arith.addi %v1472, %v1434 : i64
        %v1474 = llvm.getelementptr %in_x[%v1471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1475 = llvm.load %v1474 : !llvm.ptr -> f32
        %v1476 = arith.addi %v1433, %v90 : i64
        %v1477 = arith.constant true
        %v1478 = arith.addi %v15, %v1476 : i64
        %v1479 = llvm.getelementptr %v5[%v1478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1480 = llvm.load %v1479 : !llvm.ptr<3> -> i64
        %v1481 = arith.addi %v1015, %v1434 : i64
        %v1482 = arith.cmpi slt, %v1481, %v45 : i64
        %v1483 = arith.subi %size_T, %v1 : i64
        %v1484 = arith.minsi %v1481, %v1483 : i64
        %v1485 = arith.addi %v1480, %v1484 : i64
        %v1486 = arith.muli %v1478, %v57 : i64
        %v1487 = arith.addi %v1486, %v1434 : i64
        %v1488 = llvm.getelementptr %in_x[%v1485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1489 = llvm.load %v1488 : !llvm.ptr -> f32
        %v1490 = arith.addi %v1433, %v104 : i64
        %v1491 = arith.constant true
        %v1492 = arith.addi %v15, %v1490 : i64
        %v1493 = llvm.getelementptr %v5[%v1492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1494 = llvm.load %v1493 : !llvm.ptr<3> -> i64
        %v1495 = arith.addi %v1015, %v1434 : i64
        %v1496 = arith.cmpi slt, %v1495, %v45 : i64
        %v1497 = arith.subi %size_T, %v1 : i64
        %v1498 = arith.minsi %v1495, %v1497 : i64
        %v1499 = arith.addi %v1494, %v1498 : i64
        %v1500 = arith.muli %v1492, %v57 : i64
        %v1501 = arith.addi %v1500, %v1434 : i64
        %v1502 = llvm.getelementptr %in_x[%v1499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1503 = llvm.load %v1502 : !llvm.ptr -> f32
        %v1504 = arith.addi %v1433, %v118 : i64
        %v1505 = arith.constant true
        %v1506 = arith.addi %v15, %v1504 : i64
        %v1507 = llvm.getelementptr %v5[%v1506] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1508 = llvm.load %v1507 : !llvm.ptr<3> -> i64
        %v1509 = arith.addi %v1015, %v1434 : i64
        %v1510 = arith.cmpi slt, %v1509, %v45 : i64
        %v1511 = arith.subi %size_T, %v1 : i64
        %v1512 = arith.minsi %v1509, %v1511 : i64
        %v1513 = arith.addi %v1508, %v1512 : i64
        %v1514 = arith.muli %v1506, %v57 : i64
        %v1515 = arith.addi %v1514, %v1434 : i64
        %v1516 = llvm.getelementptr %in_x[%v1513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1517 = llvm.load %v1516 : !llvm.ptr -> f32
        %v1518 = arith.addi %v1433, %v132 : i64
        %v1519 = arith.constant true
        %v1520 = arith.addi %v15, %v1518 : i64
        %v1521 = llvm.getelementptr %v5[%v1520] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1522 = llvm.load %v1521 : !llvm.ptr<3> -> i64
        %v1523 = arith.addi %v1015, %v1434 : i64
        %v1524 = arith.cmpi slt, %v1523, %v45 : i64
        %v1525 = arith.subi %size_T, %v1 : i64
        %v1526 = arith.minsi %v1523, %v1525 : i64
        %v1527 = arith.addi %v1522, %v1526 : i64
        %v1528 = arith.muli %v1520, %v57 : i64
        %v1529 = arith.addi %v1528, %v1434 : i64
        %v1530 = llvm.getelementptr %in_x[%v1527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1531 = llvm.load %v1530 : !llvm.ptr -> f32
        %v1532 = arith.addi %v1433, %v146 : i64
        %v1533 = arith.constant true
        %v1534 = arith.addi %v15, %v1532 : i64
        %v1535 = llvm.getelementptr %v5[%v1534] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1536 = llvm.load %v1535 : !llvm.ptr<3> -> i64
        %v1537 = arith.addi %v1015, %v1434 : i64
        %v1538 = arith.cmpi slt, %v1537, %v45 : i64
        %v1539 = arith.subi %size_T, %v1 : i64
        %v1540 = arith.minsi %v1537, %v1539 : i64
        %v1541 = arith.addi %v1536, %v1540 : i64
        %v1542 = arith.muli %v1534, %v57 : i64
        %v1543 = arith.addi %v1542, %v1434 : i64
        %v1544 = llvm.getelementptr %in_x[%v1541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1545 = llvm.load %v1544 : !llvm.ptr -> f32
        %v1546 = arith.addi %v1433, %v160 : i64
        %v1547 = arith.constant true
        %v1548 = arith.addi %v15, %v1546 : i64
        %v1549 = llvm.getelementptr %v5[%v1548] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1550 = llvm.load %v1549 : !llvm.ptr<3> -> i64
        %v1551 = arith.addi %v1015, %v1434 : i64
        %v1552 = arith.cmpi slt, %v1551, %v45 : i64
        %v1553 = arith.subi %size_T, %v1 : i64
        %v1554 = arith.minsi %v1551, %v1553 : i64
        %v1555 = arith.addi %v1550, %v1554 : i64
        %v1556 = arith.muli %v1548, %v57 : i64
        %v1557 = arith.addi %v1556, %v1434 : i64
        %v1558 = llvm.getelementptr %in_x[%v1555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1559 = llvm.load %v1558 : !llvm.ptr -> f32
        %v1560 = arith.addi %v1433, %v174 : i64
        %v1561 = arith.constant true
        %v1562 = arith.addi %v15, %v1560 : i64
        %v1563 = llvm.getelementptr %v5[%v1562] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1564 = llvm.load %v1563 : !llvm.ptr<3> -> i64
        %v1565 = arith.addi %v1015, %v1434 : i64
        %v1566 = arith.cmpi slt, %v1565, %v45 : i64
        %v1567 = arith.subi %size_T, %v1 : i64
        %v1568 = arith.minsi %v1565, %v1567 : i64
        %v1569 = arith.addi %v1564, %v1568 : i64
        %v1570 = arith.muli %v1562, %v57 : i64
        %v1571 = arith.addi %v1570, %v1434 : i64
        %v1572 = llvm.getelementptr %in_x[%v1569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1573 = llvm.load %v1572 : !llvm.ptr -> f32
        %v1574 = arith.addi %v1433, %v188 : i64
        %v1575 = arith.constant true
        %v1576 = arith.addi %v15, %v1574 : i64
        %v1577 = llvm.getelementptr %v5[%v1576] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1578 = llvm.load %v1577 : !llvm.ptr<3> -> i64
        %v1579 = arith.addi %v1015, %v1434 : i64
        %v1580 = arith.cmpi slt, %v1579, %v45 : i64
        %v1581 = arith.subi %size_T, %v1 : i64
        %v1582 = arith.minsi %v1579, %v1581 : i64
        %v1583 = arith.addi %v1578, %v1582 : i64
        %v1584 = arith.muli %v1576, %v57 : i64
        %v1585 = arith.addi %v1584, %v1434 : i64
        %v1586 = llvm.getelementptr %in_x[%v1583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1587 = llvm.load %v1586 : !llvm.ptr -> f32
        %v1588 = arith.addi %v1433, %v202 : i64
        %v1589 = arith.constant true
        %v1590 = arith.addi %v15, %v1588 : i64
        %v1591 = llvm.getelementptr %v5[%v1590] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1592 = llvm.load %v1591 : !llvm.ptr<3> -> i64
        %v1593 = arith.addi %v1015, %v1434 : i64
        %v1594 = arith.cmpi slt, %v1593, %v45 : i64
        %v1595 = arith.subi %size_T, %v1 : i64
        %v1596 = arith.minsi %v1593, %v1595 : i64
        %v1597 = arith.addi %v1592, %v1596 : i64
        %v1598 = arith.muli %v1590, %v57 : i64
        %v1599 = arith.addi %v1598, %v1434 : i64
        %v1600 = llvm.getelementptr %in_x[%v1597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1601 = llvm.load %v1600 : !llvm.ptr -> f32
        %v1602 = arith.addi %v1433, %v216 : i64
        %v1603 = arith.constant true
        %v1604 = arith.addi %v15, %v1602 : i64
        %v1605 = llvm.getelementptr %v5[%v1604] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1606 = llvm.load %v1605 : !llvm.ptr<3> -> i64
        %v1607 = arith.addi %v1015, %v1434 : i64
        %v1608 = arith.cmpi slt, %v1607, %v45 : i64
        %v1609 = arith.subi %size_T, %v1 : i64
        %v1610 = arith.minsi %v1607, %v1609 : i64
        %v1611 = arith.addi %v1606, %v1610 : i64
        %v1612 = arith.muli %v1604, %v57 : i64
        %v1613 = arith.addi %v1612, %v1434 : i64
        %v1614 = llvm.getelementptr %in_x[%v1611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1615 = llvm.load %v1614 : !llvm.ptr -> f32
        %v1616 = arith.addi %v1433, %v230 : i64
        %v1617 = arith.constant true
        %v1618 = arith.addi %v15, %v1616 : i64
        %v1619 = llvm.getelementptr %v5[%v1618] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1620 = llvm.load %v1619 : !llvm.ptr<3> -> i64
        %v1621 = arith.addi %v1015, %v1434 : i64
        %v1622 = arith.cmpi slt, %v1621, %v45 : i64
        %v1623 = arith.subi %size_T, %v1 : i64
        %v1624 = arith.minsi %v1621, %v1623 : i64
        %v1625 = arith.addi %v1620, %v1624 : i64
        %v1626 = arith.muli %v1618, %v57 : i64
        %v1627 = arith.addi %v1626, %v1434 : i64
        %v1628 = llvm.getelementptr %in_x[%v1625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1629 = llvm.load %v1628 : !llvm.ptr -> f32
        %v1630 = arith.addi %v1433, %v244 : i64
        %v1631 = arith.constant true
        %v1632 = arith.addi %v15, %v1630 : i64
        %v1633 = llvm.getelementptr %v5[%v1632] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1634 = llvm.load %v1633 : !llvm.ptr<3> -> i64
        %v1635 = arith.addi %v1015, %v1434 : i64
        %v1636 = arith.cmpi slt, %v1635, %v45 : i64
        %v1637 = arith.subi %size_T, %v1 : i64
        %v1638 = arith.minsi %v1635, %v1637 : i64
        %v1639 = arith.addi %v1634, %v1638 : i64
        %v1640 = arith.muli %v1632, %v57 : i64
        %v1641 = arith.addi %v1640, %v1434 : i64
        %v1642 = llvm.getelementptr %in_x[%v1639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1643 = llvm.load %v1642 : !llvm.ptr -> f32
        %v1644 = arith.addi %v1433, %v258 : i64
        %v1645 = arith.constant true
        %v1646 = arith.addi %v15, %v1644 : i64
        %v1647 = llvm.getelementptr %v5[%v1646] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1648 = llvm.load %v1647 : !llvm.ptr<3> -> i64
        %v1649 = arith.addi %v1015, %v1434 : i64
        %v1650 = arith.cmpi slt, %v1649, %v45 : i64
        %v1651 = arith.subi %size_T, %v1 : i64
        %v1652 = arith.minsi %v1649, %v1651 : i64
        %v1653 = arith.addi %v1648, %v1652 : i64
        %v1654 = arith.muli %v1646, %v57 : i64
        %v1655 = arith.addi %v1654, %v1434 : i64
        %v1656 = llvm.getelementptr %in_x[%v1653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1657 = llvm.load %v1656 : !llvm.ptr -> f32
        %v1658 = arith.addi %v1433, %v46 : i64
        %v1659 = arith.constant true
        %v1660 = arith.addi %v15, %v1658 : i64
        %v1661 = llvm.getelementptr %v5[%v1660] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1662 = llvm.load %v1661 : !llvm.ptr<3> -> i64
        %v1663 = arith.addi %v1015, %v1434 : i64
        %v1664 = arith.cmpi slt, %v1663, %v45 : i64
        %v1665 = arith.subi %size_T, %v1 : i64
        %v1666 = arith.minsi %v1663, %v1665 : i64
        %v1667 = arith.addi %v1662, %v1666 : i64
        %v1668 = arith.muli %v1660, %v57 : i64
        %v1669 = arith.addi %v1668, %v1434 : i64
        %v1670 = llvm.getelementptr %in_x[%v1667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1671 = llvm.load %v1670 : !llvm.ptr -> f32
        %v1672 = arith.addi %v1433, %v285 : i64
        %v1673 = arith.constant true
        %v1674 = arith.addi %v15, %v1672 : i64
        %v1675 = llvm.getelementptr %v5[%v1674] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1676 = llvm.load %v1675 : !llvm.ptr<3> -> i64
        %v1677 = arith.addi %v1015, %v1434 : i64
        %v1678 = arith.cmpi slt, %v1677, %v45 : i64
        %v1679 = arith.subi %size_T, %v1 : i64
        %v1680 = arith.minsi %v1677, %v1679 : i64
        %v1681 = arith.addi %v1676, %v1680 : i64
        %v1682 = arith.muli %v1674, %v57 : i64
        %v1683 = arith.addi %v1682, %v1434 : i64
        %v1684 = llvm.getelementptr %in_x[%v1681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1685 = llvm.load %v1684 : !llvm.ptr -> f32
        %v1686 = arith.addi %v1433, %v299 : i64
        %v1687 = arith.constant true
        %v1688 = arith.addi %v15, %v1686 : i64
        %v1689 = llvm.getelementptr %v5[%v1688] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1690 = llvm.load %v1689 : !llvm.ptr<3> -> i64
        %v1691 = arith.addi %v1015, %v1434 : i64
        %v1692 = arith.cmpi slt, %v1691, %v45 : i64
        %v1693 = arith.subi %size_T, %v1 : i64
        %v1694 = arith.minsi %v1691, %v1693 : i64
        %v1695 = arith.addi %v1690, %v1694 : i64
        %v1696 = arith.muli %v1688, %v57 : i64
        %v1697 = arith.addi %v1696, %v1434 : i64
        %v1698 = llvm.getelementptr %in_x[%v1695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1699 = llvm.load %v1698 : !llvm.ptr -> f32
        %v1700 = arith.addi %v1433, %v313 : i64
        %v1701 = arith.constant true
        %v1702 = arith.addi %v15, %v1700 : i64
        %v1703 = llvm.getelementptr %v5[%v1702] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1704 = llvm.load %v1703 : !llvm.ptr<3> -> i64
        %v1705 = arith.addi %v1015, %v1434 : i64
        %v1706 = arith.cmpi slt, %v1705, %v45 : i64
        %v1707 = arith.subi %size_T, %v1 : i64
        %v1708 = arith.minsi %v1705, %v1707 : i64
        %v1709 = arith.addi %v1704, %v1708 : i64
        %v1710 = arith.muli %v1702, %v57 : i64
        %v1711 = arith.addi %v1710, %v1434 : i64
        %v1712 = llvm.getelementptr %in_x[%v1709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1713 = llvm.load %v1712 : !llvm.ptr -> f32
        %v1714 = arith.addi %v1433, %v327 : i64
        %v1715 = arith.constant true
        %v1716 = arith.addi %v15, %v1714 : i64
        %v1717 = llvm.getelementptr %v5[%v1716] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1718 = llvm.load %v1717 : !llvm.ptr<3> -> i64
        %v1719 = arith.addi %v1015, %v1434 : i64
        %v1720 = arith.cmpi slt, %v1719, %v45 : i64
        %v1721 = arith.subi %size_T, %v1 : i64
        %v1722 = arith.minsi %v1719, %v1721 : i64
        %v1723 = arith.addi %v1718, %v1722 : i64
        %v1724 = arith.muli %v1716, %v57 : i64
        %v1725 = arith.addi %v1724, %v1434 : i64
        %v1726 = llvm.getelementptr %in_x[%v1723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1727 = llvm.load %v1726 : !llvm.ptr -> f32
        %v1728 = arith.addi %v1433, %v341 : i64
        %v1729 = arith.constant true
        %v1730 = arith.addi %v15, %v1728 : i64
        %v1731 = llvm.getelementptr %v5[%v1730] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1732 = llvm.load %v1731 : !llvm.ptr<3> -> i64
        %v1733 = arith.addi %v1015, %v1434 : i64
        %v1734 = arith.cmpi slt, %v1733, %v45 : i64
        %v1735 = arith.subi %size_T, %v1 : i64
        %v1736 = arith.minsi %v1733, %v1735 : i64
        %v1737 = arith.addi %v1732, %v1736 : i64
        %v1738 = arith.muli %v1730, %v57 : i64
        %v1739 = arith.addi %v1738, %v1434 : i64
        %v1740 = llvm.getelementptr %in_x[%v1737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1741 = llvm.load %v1740 : !llvm.ptr -> f32
        %v1742 = arith.addi %v1433, %v355 : i64
        %v1743 = arith.constant true
        %v1744 = arith.addi %v15, %v1742 : i64
        %v1745 = llvm.getelementptr %v5[%v1744] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1746 = llvm.load %v1745 : !llvm.ptr<3> -> i64
        %v1747 = arith.addi %v1015, %v1434 : i64
        %v1748 = arith.cmpi slt, %v1747, %v45 : i64
        %v1749 = arith.subi %size_T, %v1 : i64
        %v1750 = arith.minsi %v1747, %v1749 : i64
        %v1751 = arith.addi %v1746, %v1750 : i64
        %v1752 = arith.muli %v1744, %v57 : i64
        %v1753 = arith.addi %v1752, %v1434 : i64
        %v1754 = llvm.getelementptr %in_x[%v1751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1755 = llvm.load %v1754 : !llvm.ptr -> f32
        %v1756 = arith.addi %v1433, %v369 : i64
        %v1757 = arith.constant true
        %v1758 = arith.addi %v15, %v1756 : i64
        %v1759 = llvm.getelementptr %v5[%v1758] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1760 = llvm.load %v1759 : !llvm.ptr<3> -> i64
        %v1761 = arith.addi %v1015, %v1434 : i64
        %v1762 = arith.cmpi slt, %v1761, %v45 : i64
        %v1763 = arith.subi %size_T, %v1 : i64
        %v1764 = arith.minsi %v1761, %v1763 : i64
        %v1765 = arith.addi %v1760, %v1764 : i64
        %v1766 = arith.muli %v1758, %v57 : i64
        %v1767 = arith.addi %v1766, %v1434 : i64
        %v1768 = llvm.getelementptr %in_x[%v1765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1769 = llvm.load %v1768 : !llvm.ptr -> f32
        %v1770 = arith.addi %v1433, %v383 : i64
        %v1771 = arith.constant true
        %v1772 = arith.addi %v15, %v1770 : i64
        %v1773 = llvm.getelementptr %v5[%v1772] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1774 = llvm.load %v1773 : !llvm.ptr<3> -> i64
        %v1775 = arith.addi %v1015, %v1434 : i64
        %v1776 = arith.cmpi slt, %v1775, %v45 : i64
        %v1777 = arith.subi %size_T, %v1 : i64
        %v1778 = arith.minsi %v1775, %v1777 : i64
        %v1779 = arith.addi %v1774, %v1778 : i64
        %v1780 = arith.muli %v1772, %v57 : i64
        %v1781 = arith.addi %v1780, %v1434 : i64
        %v1782 = llvm.getelementptr %in_x[%v1779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1783 = llvm.load %v1782 : !llvm.ptr -> f32
        %v1784 = arith.addi %v1433, %v397 : i64
        %v1785 = arith.constant true
        %v1786 = arith.addi %v15, %v1784 : i64
        %v1787 = llvm.getelementptr %v5[%v1786] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1788 = llvm.load %v1787 : !llvm.ptr<3> -> i64
        %v1789 = arith.addi %v1015, %v1434 : i64
        %v1790 = arith.cmpi slt, %v1789, %v45 : i64
        %v1791 = arith.subi %size_T, %v1 : i64
        %v1792 = arith.minsi %v1789, %v1791 : i64
        %v1793 = arith.addi %v1788, %v1792 : i64
        %v1794 = arith.muli %v1786, %v57 : i64
        %v1795 = arith.addi %v1794, %v1434 : i64
        %v1796 = llvm.getelementptr %in_x[%v1793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1797 = llvm.load %v1796 : !llvm.ptr -> f32
        %v1798 = arith.addi %v1433, %v411 : i64
        %v1799 = arith.constant true
        %v1800 = arith.addi %v15, %v1798 : i64
        %v1801 = llvm.getelementptr %v5[%v1800] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1802 = llvm.load %v1801 : !llvm.ptr<3> -> i64
        %v1803 = arith.addi %v1015, %v1434 : i64
        %v1804 = arith.cmpi slt, %v1803, %v45 : i64
        %v1805 = arith.subi %size_T, %v1 : i64
        %v1806 = arith.minsi %v1803, %v1805 : i64
        %v1807 = arith.addi %v1802, %v1806 : i64
        %v1808 = arith.muli %v1800, %v57 : i64
        %v1809 = arith.addi %v1808, %v1434 : i64
        %v1810 = llvm.getelementptr %in_x[%v1807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1811 = llvm.load %v1810 : !llvm.ptr -> f32
        %v1812 = arith.addi %v1433, %v425 : i64
        %v1813 = arith.constant true
        %v1814 = arith.addi %v15, %v1812 : i64
        %v1815 = llvm.getelementptr %v5[%v1814] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1816 = llvm.load %v1815 : !llvm.ptr<3> -> i64
        %v1817 = arith.addi %v1015, %v1434 : i64
        %v1818 = arith.cmpi slt, %v1817, %v45 : i64
        %v1819 = arith.subi %size_T, %v1 : i64
        %v1820 = arith.minsi %v1817, %v1819 : i64
        %v1821 = arith.addi %v1816, %v1820 : i64
        %v1822 = arith.muli %v1814, %v57 : i64
        %v1823 = arith.addi %v1822, %v1434 : i64
        %v1824 = llvm.getelementptr %in_x[%v1821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1825 = llvm.load %v1824 : !llvm.ptr -> f32
        %v1826 = arith.addi %v1433, %v439 : i64
        %v1827 = arith.constant true
        %v1828 = arith.addi %v15, %v1826 : i64
        %v1829 = llvm.getelementptr %v5[%v1828] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1830 = llvm.load %v1829 : !llvm.ptr<3> -> i64
        %v1831 = arith.addi %v1015, %v1434 : i64
        %v1832 = arith.cmpi slt, %v1831, %v45 : i64
        %v1833 = arith.subi %size_T, %v1 : i64
        %v1834 = arith.minsi %v1831, %v1833 : i64
        %v1835 = arith.addi %v1830, %v1834 : i64
        %v1836 = arith.muli %v1828, %v57 : i64
        %v1837 = arith.addi %v1836, %v1434 : i64
        %v1838 = llvm.getelementptr %in_x[%v1835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1839 = llvm.load %v1838 : !llvm.ptr -> f32
        %v1840 = arith.addi %v1433, %v453 : i64
        %v1841 = arith.constant true
        %v1842 = arith.addi %v15, %v1840 : i64
        %v1843 = llvm.getelementptr %v5[%v1842] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1844 = llvm.load %v1843 : !llvm.ptr<3> -> i64
        %v1845 = arith.addi %v1015, %v1434 : i64
        %v1846 = arith.cmpi slt, %v1845, %v45 : i64
        %v1847 = arith.subi %size_T, %v1 : i64
        %v1848 = arith.minsi %v1845, %v1847 : i64
        %v1849 = arith.addi %v1844, %v1848 : i64
        %v1850 = arith.muli %v1842, %v57 : i64
        %v1851 = arith.addi %v1850, %v1434 : i64
        %v1852 = llvm.getelementptr %in_x[%v1849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1853 = llvm.load %v1852 : !llvm.ptr -> f32
        %v1854 = arith.addi %v1433, %v467 : i64
        %v1855 = arith.constant true
        %v1856 = arith.addi %v15, %v1854 : i64
        %v1857 = llvm.getelementptr %v5[%v1856] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1858 = llvm.load %v1857 : !llvm.ptr<3> -> i64
        %v1859 = arith.addi %v1015, %v1434 : i64
        %v1860 = arith.cmpi slt, %v1859, %v45 : i64
        %v1861 = arith.subi %size_T, %v1 : i64
        %v1862 = arith.minsi %v1859, %v1861 : i64
        %v1863 = arith.addi %v1858, %v1862 : i64
        %v1864 = arith.muli %v1856, %v57 : i64
        %v1865 = arith.addi %v1864, %v1434 : i64
        %v1866 = llvm.getelementptr %in_x[%v1863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1867 = llvm.load %v1866 : !llvm.ptr -> f32
        %v1868 = arith.addi %v1433, %v481 : i64
        %v1869 = arith.constant true
        %v1870 = arith.addi %v15, %v1868 : i64
        %v1871 = llvm.getelementptr %v5[%v1870] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1872 = llvm.load %v1871 : !llvm.ptr<3> -> i64
        %v1873 = arith.addi %v1015, %v1434 : i64
        %v1874 = arith.cmpi slt, %v1873, %v45 : i64
        %v1875 = arith.subi %size_T, %v1 : i64
        %v1876 = arith.minsi %v1873, %v1875 : i64
        %v1877 = arith.addi %v1872, %v1876 : i64
        %v1878 = arith.muli %v1870, %v57 : i64
        %v1879 = arith.addi %v1878, %v1434 : i64
        %v1880 = llvm.getelementptr %in_x[%v1877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1881 = llvm.load %v1880 : !llvm.ptr -> f32
        %v1882 = arith.index_cast %v30 : i64 to index
        %v1883 = arith.index_cast %v1014 : i64 to index
        %v1884 = arith.index_cast %v1 : i64 to index
        scf.for %v1885 = %v1882 to %v1883 step %v1884 {
          %v1886 = arith.index_cast %v1885 : index to i64
          %v1887 = arith.addi %v1012, %v1886 : i64
          %v1888 = arith.muli %v13, %v57 : i64
          %v1889 = arith.addi %v1888, %v1886 : i64
          %v1890 = llvm.getelementptr %v6[%v1889] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v1891 = llvm.load %v1890 : !llvm.ptr<3> -> f32
          %v1892 = arith.addi %v15, %v13 : i64
          %v1893 = arith.muli %v1892, %v57 : i64
          %v1894 = arith.addi %v1893, %v1886 : i64
          %v1895 = llvm.getelementptr %v6[%v1894] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v1896 = llvm.load %v1895 : !llvm.ptr<3> -> f32
          %v1897 = llvm.load %v3 : !llvm.ptr -> f32
          %v1898 = arith.mulf %v1891, %v1897 fastmath<contract> : f32
          %v1899 = arith.addf %v1898, %v1896 fastmath<contract> : f32
          %v1900 = llvm.load %v4 : !llvm.ptr -> f32
          %v1901 = arith.mulf %v1891, %v1900 fastmath<contract> : f32
          llvm.store %v1899, %v3 : f32, !llvm.ptr
          llvm.store %v1901, %v4 : f32, !llvm.ptr
        }
        gpu.barrier
        %v1902 = arith.divui %v13, %v46 : i64
        %v1903 = arith.remui %v13, %v46 : i64
        %v1904 = arith.muli %v1902, %v57 : i64
        %v1905 = arith.addi %v1904, %v1903 : i64
        %v1906 = llvm.getelementptr %v6[%v1905] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1029, %v1906 : f32, !llvm.ptr<3>
        %v1907 = arith.addi %v15, %v13 : i64
        %v1908 = arith.divui %v1907, %v46 : i64
        %v1909 = arith.remui %v1907, %v46 : i64
        %v1910 = arith.muli %v1908, %v57 : i64
        %v1911 = arith.addi %v1910, %v1909 : i64
        %v1912 = llvm.getelementptr %v6[%v1911] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1042, %v1912 : f32, !llvm.ptr<3>
        %v1914 = arith.addi %v1913, %v13 : i64
        %v1915 = arith.divui %v1914, %v46 : i64
        %v1916 = arith.remui %v1914, %v46 : i64
        %v1917 = arith.muli %v1915, %v57 : i64
        %v1918 = arith.addi %v1917, %v1916 : i64
        %v1919 = llvm.getelementptr %v6[%v1918] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1055, %v1919 : f32, !llvm.ptr<3>
        %v1921 = arith.addi %v1920, %v13 : i64
        %v1922 = arith.divui %v1921, %v46 : i64
        %v1923 = arith.remui %v1921, %v46 : i64
        %v1924 = arith.muli %v1922, %v57 : i64
        %v1925 = arith.addi %v1924, %v1923 : i64
        %v1926 = llvm.getelementptr %v6[%v1925] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1068, %v1926 : f32, !llvm.ptr<3>
        %v1927 = arith.addi %v9, %v13 : i64
        %v1928 = arith.divui %v1927, %v46 : i64
        %v1929 = arith.remui %v1927, %v46 : i64
        %v1930 = arith.muli %v1928, %v57 : i64
        %v1931 = arith.addi %v1930, %v1929 : i64
        %v1932 = llvm.getelementptr %v6[%v1931] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1081, %v1932 : f32, !llvm.ptr<3>
        %v1934 = arith.addi %v1933, %v13 : i64
        %v1935 = arith.divui %v1934, %v46 : i64
        %v1936 = arith.remui %v1934, %v46 : i64
        %v1937 = arith.muli %v1935, %v57 : i64
        %v1938 = arith.addi %v1937, %v1936 : i64
        %v1939 = llvm.getelementptr %v6[%v1938] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1094, %v1939 : f32, !llvm.ptr<3>
        %v1941 = arith.addi %v1940, %v13 : i64
        %v1942 = arith.divui %v1941, %v46 : i64
        %v1943 = arith.remui %v1941, %v46 : i64
        %v1944 = arith.muli %v1942, %v57 : i64
        %v1945 = arith.addi %v1944, %v1943 : i64
        %v1946 = llvm.getelementptr %v6[%v1945] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1107, %v1946 : f32, !llvm.ptr<3>
        %v1948 = arith.addi %v1947, %v13 : i64
        %v1949 = arith.divui %v1948, %v46 : i64
        %v1950 = arith.remui %v1948, %v46 : i64
        %v1951 = arith.muli %v1949, %v57 : i64
        %v1952 = arith.addi %v1951, %v1950 : i64
        %v1953 = llvm.getelementptr %v6[%v1952] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1120, %v1953 : f32, !llvm.ptr<3>
        %v1955 = arith.addi %v1954, %v13 : i64
        %v1956 = arith.divui %v1955, %v46 : i64
        %v1957 = arith.remui %v1955, %v46 : i64
        %v1958 = arith.muli %v1956, %v57 : i64
        %v1959 = arith.addi %v1958, %v1957 : i64
        %v1960 = llvm.getelementptr %v6[%v1959] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1133, %v1960 : f32, !llvm.ptr<3>
        %v1962 = arith.addi %v1961, %v13 : i64
        %v1963 = arith.divui %v1962, %v46 : i64
        %v1964 = arith.remui %v1962, %v46 : i64
        %v1965 = arith.muli %v1963, %v57 : i64
        %v1966 = arith.addi %v1965, %v1964 : i64
        %v1967 = llvm.getelementptr %v6[%v1966] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1146, %v1967 : f32, !llvm.ptr<3>
        %v1969 = arith.addi %v1968, %v13 : i64
        %v1970 = arith.divui %v1969, %v46 : i64
        %v1971 = arith.remui %v1969, %v46 : i64
        %v1972 = arith.muli %v1970, %v57 : i64
        %v1973 = arith.addi %v1972, %v1971 : i64
        %v1974 = llvm.getelementptr %v6[%v1973] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1159, %v1974 : f32, !llvm.ptr<3>
        %v1976 = arith.addi %v1975, %v13 : i64
        %v1977 = arith.divui %v1976, %v46 : i64
        %v1978 = arith.remui %v1976, %v46 : i64
        %v1979 = arith.muli %v1977, %v57 : i64
        %v1980 = arith.addi %v1979, %v1978 : i64
        %v1981 = llvm.getelementptr %v6[%v1980] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1172, %v1981 : f32, !llvm.ptr<3>
        %v1983 = arith.addi %v1982, %v13 : i64
        %v1984 = arith.divui %v1983, %v46 : i64
        %v1985 = arith.remui %v1983, %v46 : i64
        %v1986 = arith.muli %v1984, %v57 : i64
        %v1987 = arith.addi %v1986, %v1985 : i64
        %v1988 = llvm.getelementptr %v6[%v1987] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1185, %v1988 : f32, !llvm.ptr<3>
        %v1990 = arith.addi %v1989, %v13 : i64
        %v1991 = arith.divui %v1990, %v46 : i64
        %v1992 = arith.remui %v1990, %v46 : i64
        %v1993 = arith.muli %v1991, %v57 : i64
        %v1994 = arith.addi %v1993, %v1992 : i64
        %v1995 = llvm.getelementptr %v6[%v1994] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1198, %v1995 : f32, !llvm.ptr<3>
        %v1997 = arith.addi %v1996, %v13 : i64
        %v1998 = arith.divui %v1997, %v46 : i64
        %v1999 = arith.remui %v1997, %v46 : i64
        %v2000 = arith.muli %v1998, %v57 : i64
        %v2001 = arith.addi %v2000, %v1999 : i64
        %v2002 = llvm.getelementptr %v6[%v2001] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1211, %v2002 : f32, !llvm.ptr<3>
        %v2004 = arith.addi %v2003, %v13 : i64
        %v2005 = arith.divui %v2004, %v46 : i64
        %v2006 = arith.remui %v2004, %v46 : i64
        %v2007 = arith.muli %v2005, %v57 : i64
        %v2008 = arith.addi %v2007, %v2006 : i64
        %v2009 = llvm.getelementptr %v6[%v2008] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1224, %v2009 : f32, !llvm.ptr<3>
        %v2011 = arith.addi %v2010, %v13 : i64
        %v2012 = arith.divui %v2011, %v46 : i64
        %v2013 = arith.remui %v2011, %v46 : i64
        %v2014 = arith.muli %v2012, %v57 : i64
        %v2015 = arith.addi %v2014, %v2013 : i64
        %v2016 = llvm.getelementptr %v6[%v2015] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1237, %v2016 : f32, !llvm.ptr<3>
        %v2018 = arith.addi %v2017, %v13 : i64
        %v2019 = arith.divui %v2018, %v46 : i64
        %v2020 = arith.remui %v2018, %v46 : i64
        %v2021 = arith.muli %v2019, %v57 : i64
        %v2022 = arith.addi %v2021, %v2020 : i64
        %v2023 = llvm.getelementptr %v6[%v2022] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1250, %v2023 : f32, !llvm.ptr<3>
        %v2025 = arith.addi %v2024, %v13 : i64
        %v2026 = arith.divui %v2025, %v46 : i64
        %v2027 = arith.remui %v2025, %v46 : i64
        %v2028 = arith.muli %v2026, %v57 : i64
        %v2029 = arith.addi %v2028, %v2027 : i64
        %v2030 = llvm.getelementptr %v6[%v2029] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1263, %v2030 : f32, !llvm.ptr<3>
        %v2032 = arith.addi %v2031, %v13 : i64
        %v2033 = arith.divui %v2032, %v46 : i64
        %v2034 = arith.remui %v2032, %v46 : i64
        %v2035 = arith.muli %v2033, %v57 : i64
        %v2036 = arith.addi %v2035, %v2034 : i64
        %v2037 = llvm.getelementptr %v6[%v2036] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1276, %v2037 : f32, !llvm.ptr<3>
        %v2039 = arith.addi %v2038, %v13 : i64
        %v2040 = arith.divui %v2039, %v46 : i64
        %v2041 = arith.remui %v2039, %v46 : i64
        %v2042 = arith.muli %v2040, %v57 : i64
        %v2043 = arith.addi %v2042, %v2041 : i64
        %v2044 = llvm.getelementptr %v6[%v2043] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1289, %v2044 : f32, !llvm.ptr<3>
        %v2046 = arith.addi %v2045, %v13 : i64
        %v2047 = arith.divui %v2046, %v46 : i64
        %v2048 = arith.remui %v2046, %v46 : i64
        %v2049 = arith.muli %v2047, %v57 : i64
        %v2050 = arith.addi %v2049, %v2048 : i64
        %v2051 = llvm.getelementptr %v6[%v2050] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1302, %v2051 : f32, !llvm.ptr<3>
        %v2053 = arith.addi %v2052, %v13 : i64
        %v2054 = arith.divui %v2053, %v46 : i64
        %v2055 = arith.remui %v2053, %v46 : i64
        %v2056 = arith.muli %v2054, %v57 : i64
        %v2057 = arith.addi %v2056, %v2055 : i64
        %v2058 = llvm.getelementptr %v6[%v2057] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1315, %v2058 : f32, !llvm.ptr<3>
        %v2060 = arith.addi %v2059, %v13 : i64
        %v2061 = arith.divui %v2060, %v46 : i64
        %v2062 = arith.remui %v2060, %v46 : i64
        %v2063 = arith.muli %v2061, %v57 : i64
        %v2064 = arith.addi %v2063, %v2062 : i64
        %v2065 = llvm.getelementptr %v6[%v2064] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1328, %v2065 : f32, !llvm.ptr<3>
        %v2067 = arith.addi %v2066, %v13 : i64
        %v2068 = arith.divui %v2067, %v46 : i64
        %v2069 = arith.remui %v2067, %v46 : i64
        %v2070 = arith.muli %v2068, %v57 : i64
        %v2071 = arith.addi %v2070, %v2069 : i64
        %v2072 = llvm.getelementptr %v6[%v2071] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1341, %v2072 : f32, !llvm.ptr<3>
        %v2074 = arith.addi %v2073, %v13 : i64
        %v2075 = arith.divui %v2074, %v46 : i64
        %v2076 = arith.remui %v2074, %v46 : i64
        %v2077 = arith.muli %v2075, %v57 : i64
        %v2078 = arith.addi %v2077, %v2076 : i64
        %v2079 = llvm.getelementptr %v6[%v2078] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1354, %v2079 : f32, !llvm.ptr<3>
        %v2081 = arith.addi %v2080, %v13 : i64
        %v2082 = arith.divui %v2081, %v46 : i64
        %v2083 = arith.remui %v2081, %v46 : i64
        %v2084 = arith.muli %v2082, %v57 : i64
        %v2085 = arith.addi %v2084, %v2083 : i64
        %v2086 = llvm.getelementptr %v6[%v2085] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1367, %v2086 : f32, !llvm.ptr<3>
        %v2088 = arith.addi %v2087, %v13 : i64
        %v2089 = arith.divui %v2088, %v46 : i64
        %v2090 = arith.remui %v2088, %v46 : i64
        %v2091 = arith.muli %v2089, %v57 : i64
        %v2092 = arith.addi %v2091, %v2090 : i64
        %v2093 = llvm.getelementptr %v6[%v2092] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1380, %v2093 : f32, !llvm.ptr<3>
        %v2095 = arith.addi %v2094, %v13 : i64
        %v2096 = arith.divui %v2095, %v46 : i64
        %v2097 = arith.remui %v2095, %v46 : i64
        %v2098 = arith.muli %v2096, %v57 : i64
        %v2099 = arith.addi %v2098, %v2097 : i64
        %v2100 = llvm.getelementptr %v6[%v2099] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1393, %v2100 : f32, !llvm.ptr<3>
        %v2102 = arith.addi %v2101, %v13 : i64
        %v2103 = arith.divui %v2102, %v46 : i64
        %v2104 = arith.remui %v2102, %v46 : i64
        %v2105 = arith.muli %v2103, %v57 : i64
        %v2106 = arith.addi %v2105, %v2104 : i64
        %v2107 = llvm.getelementptr %v6[%v2106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1406, %v2107 : f32, !llvm.ptr<3>
        %v2109 = arith.addi %v2108, %v13 : i64
        %v2110 = arith.divui %v2109, %v46 : i64
        %v2111 = arith.remui %v2109, %v46 : i64
        %v2112 = arith.muli %v2110, %v57 : i64
        %v2113 = arith.addi %v2112, %v2111 : i64
        %v2114 = llvm.getelementptr %v6[%v2113] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1419, %v2114 : f32, !llvm.ptr<3>
        %v2116 = arith.addi %v2115, %v13 : i64
        %v2117 = arith.divui %v2116, %v46 : i64
        %v2118 = arith.remui %v2116, %v46 : i64
        %v2119 = arith.muli %v2117, %v57 : i64
        %v2120 = arith.addi %v2119, %v2118 : i64
        %v2121 = llvm.getelementptr %v6[%v2120] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1432, %v2121 : f32, !llvm.ptr<3>
        %v2122 = arith.divui %v13, %v46 : i64
        %v2123 = arith.remui %v13, %v46 : i64
        %v2124 = arith.addi %v15, %v2122 : i64
        %v2125 = arith.muli %v2124, %v57 : i64
        %v2126 = arith.addi %v2125, %v2123 : i64
        %v2127 = llvm.getelementptr %v6[%v2126] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1447, %v2127 : f32, !llvm.ptr<3>
        %v2128 = arith.addi %v15, %v13 : i64
        %v2129 = arith.divui %v2128, %v46 : i64
        %v2130 = arith.remui %v2128, %v46 : i64
        %v2131 = arith.addi %v15, %v2129 : i64
        %v2132 = arith.muli %v2131, %v57 : i64
        %v2133 = arith.addi %v2132, %v2130 : i64
        %v2134 = llvm.getelementptr %v6[%v2133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1461, %v2134 : f32, !llvm.ptr<3>
        %v2135 = arith.addi %v1913, %v13 : i64
        %v2136 = arith.divui %v2135, %v46 : i64
        %v2137 = arith.remui %v2135, %v46 : i64
        %v2138 = arith.addi %v15, %v2136 : i64
        %v2139 = arith.muli %v2138, %v57 : i64
        %v2140 = arith.addi %v2139, %v2137 : i64
        %v2141 = llvm.getelementptr %v6[%v2140] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1475, %v2141 : f32, !llvm.ptr<3>
        %v2142 = arith.addi %v1920, %v13 : i64
        %v2143 = arith.divui %v2142, %v46 : i64
        %v2144 = arith.remui %v2142, %v46 : i64
        %v2145 = arith.addi %v15, %v2143 : i64
        %v2146 = arith.muli %v2145, %v57 : i64
        %v2147 = arith.addi %v2146, %v2144 : i64
        %v2148 = llvm.getelementptr %v6[%v2147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1489, %v2148 : f32, !llvm.ptr<3>
        %v2149 = arith.addi %v9, %v13 : i64
        %v2150 = arith.divui %v2149, %v46 : i64
        %v2151 = arith.remui %v2149, %v46 : i64
        %v2152 = arith.addi %v15, %v2150 : i64
        %v2153 = arith.muli %v2152, %v57 : i64
        %v2154 = arith.addi %v2153, %v2151 : i64
        %v2155 = llvm.getelementptr %v6[%v2154] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1503, %v2155 : f32, !llvm.ptr<3>
        %v2156 = arith.addi %v1933, %v13 : i64
        %v2157 = arith.divui %v2156, %v46 : i64
        %v2158 = arith.remui %v2156, %v46 : i64
        %v2159 = arith.addi %v15, %v2157 : i64
        %v2160 = arith.muli %v2159, %v57 : i64
        %v2161 = arith.addi %v2160, %v2158 : i64
        %v2162 = llvm.getelementptr %v6[%v2161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1517, %v2162 : f32, !llvm.ptr<3>
        %v2163 = arith.addi %v1940, %v13 : i64
        %v2164 = arith.divui %v2163, %v46 : i64
        %v2165 = arith.remui %v2163, %v46 : i64
        %v2166 = arith.addi %v15, %v2164 : i64
        %v2167 = arith.muli %v2166, %v57 : i64
        %v2168 = arith.addi %v2167, %v2165 : i64
        %v2169 = llvm.getelementptr %v6[%v2168] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1531, %v2169 : f32, !llvm.ptr<3>
        %v2170 = arith.addi %v1947, %v13 : i64
        %v2171 = arith.divui %v2170, %v46 : i64
        %v2172 = arith.remui %v2170, %v46 : i64
        %v2173 = arith.addi %v15, %v2171 : i64
        %v2174 = arith.muli %v2173, %v57 : i64
        %v2175 = arith.addi %v2174, %v2172 : i64
        %v2176 = llvm.getelementptr %v6[%v2175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1545, %v2176 : f32, !llvm.ptr<3>
        %v2177 = arith.addi %v1954, %v13 : i64
        %v2178 = arith.divui %v2177, %v46 : i64
        %v2179 = arith.remui %v2177, %v46 : i64
        %v2180 = arith.addi %v15, %v2178 : i64
        %v2181 = arith.muli %v2180, %v57 : i64
        %v2182 = arith.addi %v2181, %v2179 : i64
        %v2183 = llvm.getelementptr %v6[%v2182] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1559, %v2183 : f32, !llvm.ptr<3>
        %v2184 = arith.addi %v1961, %v13 : i64
        %v2185 = arith.divui %v2184, %v46 : i64
        %v2186 = arith.remui %v2184, %v46 : i64
        %v2187 = arith.addi %v15, %v2185 : i64
        %v2188 = arith.muli %v2187, %v57 : i64
        %v2189 = arith.addi %v2188, %v2186 : i64
        %v2190 = llvm.getelementptr %v6[%v2189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1573, %v2190 : f32, !llvm.ptr<3>
        %v2191 = arith.addi %v1968, %v13 : i64
        %v2192 = arith.divui %v2191, %v46 : i64
        %v2193 = arith.remui %v2191, %v46 : i64
        %v2194 = arith.addi %v15, %v2192 : i64
        %v2195 = arith.muli %v2194, %v57 : i64
        %v2196 = arith.addi %v2195, %v2193 : i64
        %v2197 = llvm.getelementptr %v6[%v2196] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1587, %v2197 : f32, !llvm.ptr<3>
        %v2198 = arith.addi %v1975, %v13 : i64
        %v2199 = arith.divui %v2198, %v46 : i64
        %v2200 = arith.remui %v2198, %v46 : i64
        %v2201 = arith.addi %v15, %v2199 : i64
        %v2202 = arith.muli %v2201, %v57 : i64
        %v2203 = arith.addi %v2202, %v2200 : i64
        %v2204 = llvm.getelementptr %v6[%v2203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1601, %v2204 : f32, !llvm.ptr<3>
        %v2205 = arith.addi %v1982, %v13 : i64
        %v2206 = arith.divui %v2205, %v46 : i64
        %v2207 = arith.remui %v2205, %v46 : i64
        %v2208 = arith.addi %v15, %v2206 : i64
        %v2209 = arith.muli %v2208, %v57 : i64
        %v2210 = arith.addi %v2209, %v2207 : i64
        %v2211 = llvm.getelementptr %v6[%v2210] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1615, %v2211 : f32, !llvm.ptr<3>
        %v2212 = arith.addi %v1989, %v13 : i64
        %v2213 = arith.divui %v2212, %v46 : i64
        %v2214 = arith.remui %v2212, %v46 : i64
        %v2215 = arith.addi %v15, %v2213 : i64
        %v2216 = arith.muli %v2215, %v57 : i64
        %v2217 = arith.addi %v2216, %v2214 : i64
        %v2218 = llvm.getelementptr %v6[%v2217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1629, %v2218 : f32, !llvm.ptr<3>
        %v2219 = arith.addi %v1996, %v13 : i64
        %v2220 = arith.divui %v2219, %v46 : i64
        %v2221 = arith.remui %v2219, %v46 : i64
        %v2222 = arith.addi %v15, %v2220 : i64
        %v2223 = arith.muli %v2222, %v57 : i64
        %v2224 = arith.addi %v2223, %v2221 : i64
        %v2225 = llvm.getelementptr %v6[%v2224] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1643, %v2225 : f32, !llvm.ptr<3>
        %v2226 = arith.addi %v2003, %v13 : i64
        %v2227 = arith.divui %v2226, %v46 : i64
        %v2228 = arith.remui %v2226, %v46 : i64
        %v2229 = arith.addi %v15, %v2227 : i64
        %v2230 = arith.muli %v2229, %v57 : i64
        %v2231 = arith.addi %v2230, %v2228 : i64
        %v2232 = llvm.getelementptr %v6[%v2231] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1657, %v2232 : f32, !llvm.ptr<3>
        %v2233 = arith.addi %v2010, %v13 : i64
        %v2234 = arith.divui %v2233, %v46 : i64
        %v2235 = arith.remui %v2233, %v46 : i64
        %v2236 = arith.addi %v15, %v2234 : i64
        %v2237 = arith.muli %v2236, %v57 : i64
        %v2238 = arith.addi %v2237, %v2235 : i64
        %v2239 = llvm.getelementptr %v6[%v2238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1671, %v2239 : f32, !llvm.ptr<3>
        %v2240 = arith.addi %v2017, %v13 : i64
        %v2241 = arith.divui %v2240, %v46 : i64
        %v2242 = arith.remui %v2240, %v46 : i64
        %v2243 = arith.addi %v15, %v2241 : i64
        %v2244 = arith.muli %v2243, %v57 : i64
        %v2245 = arith.addi %v2244, %v2242 : i64
        %v2246 = llvm.getelementptr %v6[%v2245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1685, %v2246 : f32, !llvm.ptr<3>
        %v2247 = arith.addi %v2024, %v13 : i64
        %v2248 = arith.divui %v2247, %v46 : i64
        %v2249 = arith.remui %v2247, %v46 : i64
        %v2250 = arith.addi %v15, %v2248 : i64
        %v2251 = arith.muli %v2250, %v57 : i64
        %v2252 = arith.addi %v2251, %v2249 : i64
        %v2253 = llvm.getelementptr %v6[%v2252] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1699, %v2253 : f32, !llvm.ptr<3>
        %v2254 = arith.addi %v2031, %v13 : i64
        %v2255 = arith.divui %v2254, %v46 : i64
        %v2256 = arith.remui %v2254, %v46 : i64
        %v2257 = arith.addi %v15, %v2255 : i64
        %v2258 = arith.muli %v2257, %v57 : i64
        %v2259 = arith.addi %v2258, %v2256 : i64
        %v2260 = llvm.getelementptr %v6[%v2259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1713, %v2260 : f32, !llvm.ptr<3>
        %v2261 = arith.addi %v2038, %v13 : i64
        %v2262 = arith.divui %v2261, %v46 : i64
        %v2263 = arith.remui %v2261, %v46 : i64
        %v2264 = arith.addi %v15, %v2262 : i64
        %v2265 = arith.muli %v2264, %v57 : i64
        %v2266 = arith.addi %v2265, %v2263 : i64
        %v2267 = llvm.getelementptr %v6[%v2266] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1727, %v2267 : f32, !llvm.ptr<3>
        %v2268 = arith.addi %v2045, %v13 : i64
        %v2269 = arith.divui %v2268, %v46 : i64
        %v2270 = arith.remui %v2268, %v46 : i64
        %v2271 = arith.addi %v15, %v2269 : i64
        %v2272 = arith.muli %v2271, %v57 : i64
        %v2273 = arith.addi %v2272, %v2270 : i64
        %v2274 = llvm.getelementptr %v6[%v2273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1741, %v2274 : f32, !llvm.ptr<3>
        %v2275 = arith.addi %v2052, %v13 : i64
        %v2276 = arith.divui %v2275, %v46 : i64
        %v2277 = arith.remui %v2275, %v46 : i64
        %v2278 = arith.addi %v15, %v2276 : i64
        %v2279 = arith.muli %v2278, %v57 : i64
        %v2280 = arith.addi %v2279, %v2277 : i64
        %v2281 = llvm.getelementptr %v6[%v2280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1755, %v2281 : f32, !llvm.ptr<3>
        %v2282 = arith.addi %v2059, %v13 : i64
        %v2283 = arith.divui %v2282, %v46 : i64
        %v2284 = arith.remui %v2282, %v46 : i64
        %v2285 = arith.addi %v15, %v2283 : i64
        %v2286 = arith.muli %v2285, %v57 : i64
        %v2287 = arith.addi %v2286, %v2284 : i64
        %v2288 = llvm.getelementptr %v6[%v2287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1769, %v2288 : f32, !llvm.ptr<3>
        %v2289 = arith.addi %v2066, %v13 : i64
        %v2290 = arith.divui %v2289, %v46 : i64
        %v2291 = arith.remui %v2289, %v46 : i64
        %v2292 = arith.addi %v15, %v2290 : i64
        %v2293 = arith.muli %v2292, %v57 : i64
        %v2294 = arith.addi %v2293, %v2291 : i64
        %v2295 = llvm.getelementptr %v6[%v2294] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1783, %v2295 : f32, !llvm.ptr<3>
        %v2296 = arith.addi %v2073, %v13 : i64
        %v2297 = arith.divui %v2296, %v46 : i64
        %v2298 = arith.remui %v2296, %v46 : i64
        %v2299 = arith.addi %v15, %v2297 : i64
        %v2300 = arith.muli %v2299, %v57 : i64
        %v2301 = arith.addi %v2300, %v2298 : i64
        %v2302 = llvm.getelementptr %v6[%v2301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1797, %v2302 : f32, !llvm.ptr<3>
        %v2303 = arith.addi %v2080, %v13 : i64
        %v2304 = arith.divui %v2303, %v46 : i64
        %v2305 = arith.remui %v2303, %v46 : i64
        %v2306 = arith.addi %v15, %v2304 : i64
        %v2307 = arith.muli %v2306, %v57 : i64
        %v2308 = arith.addi %v2307, %v2305 : i64
        %v2309 = llvm.getelementptr %v6[%v2308] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1811, %v2309 : f32, !llvm.ptr<3>
        %v2310 = arith.addi %v2087, %v13 : i64
        %v2311 = arith.divui %v2310, %v46 : i64
        %v2312 = arith.remui %v2310, %v46 : i64
        %v2313 = arith.addi %v15, %v2311 : i64
        %v2314 = arith.muli %v2313, %v57 : i64
        %v2315 = arith.addi %v2314, %v2312 : i64
        %v2316 = llvm.getelementptr %v6[%v2315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1825, %v2316 : f32, !llvm.ptr<3>
        %v2317 = arith.addi %v2094, %v13 : i64
        %v2318 = arith.divui %v2317, %v46 : i64
        %v2319 = arith.remui %v2317, %v46 : i64
        %v2320 = arith.addi %v15, %v2318 : i64
        %v2321 = arith.muli %v2320, %v57 : i64
        %v2322 = arith.addi %v2321, %v2319 : i64
        %v2323 = llvm.getelementptr %v6[%v2322] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1839, %v2323 : f32, !llvm.ptr<3>
        %v2324 = arith.addi %v2101, %v13 : i64
        %v2325 = arith.divui %v2324, %v46 : i64
        %v2326 = arith.remui %v2324, %v46 : i64
        %v2327 = arith.addi %v15, %v2325 : i64
        %v2328 = arith.muli %v2327, %v57 : i64
        %v2329 = arith.addi %v2328, %v2326 : i64
        %v2330 = llvm.getelementptr %v6[%v2329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1853, %v2330 : f32, !llvm.ptr<3>
        %v2331 = arith.addi %v2108, %v13 : i64
        %v2332 = arith.divui %v2331, %v46 : i64
        %v2333 = arith.remui %v2331, %v46 : i64
        %v2334 = arith.addi %v15, %v2332 : i64
        %v2335 = arith.muli %v2334, %v57 : i64
        %v2336 = arith.addi %v2335, %v2333 : i64
        %v2337 = llvm.getelementptr %v6[%v2336] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1867, %v2337 : f32, !llvm.ptr<3>
        %v2338 = arith.addi %v2115, %v13 : i64
        %v2339 = arith.divui %v2338, %v46 : i64
        %v2340 = arith.remui %v2338, %v46 : i64
        %v2341 = arith.addi %v15, %v2339 : i64
        %v2342 = arith.muli %v2341, %v57 : i64
        %v2343 = arith.addi %v2342, %v2340 : i64
        %v2344 = llvm.getelementptr %v6[%v2343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1881, %v2344 : f32, !llvm.ptr<3>
        gpu.barrier
      }
      scf.if %v23 {
        %v2345 = arith.muli %v19, %v2 : i64
        %v2346 = arith.subi %v2, %v1 : i64
        %v2347 = arith.minsi %v22, %v2346 : i64
        %v2348 = arith.addi %v2345, %v2347 : i64
        %v2349 = llvm.load %v4 : !llvm.ptr -> f32
        %v2350 = llvm.getelementptr %agga_h[%v2348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2349, %v2350 : f32, !llvm.ptr
        %v2351 = llvm.load %v3 : !llvm.ptr -> f32
        %v2352 = llvm.getelementptr %aggb_h[%v2348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2351, %v2352 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
