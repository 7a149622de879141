module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_first_order_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<192 x i64>
    llvm.mlir.global internal @smem_first_order_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<6336 x f32>
    gpu.func @first_order_chunk_apply(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %out_y: !llvm.ptr, %carry_h: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_C : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.mlir.addressof @rows_first_order_chunk_apply : !llvm.ptr<3>
      %v6 = llvm.mlir.addressof @smem_first_order_chunk_apply : !llvm.ptr<3>
      %v7 = arith.constant 255 : i64
      %v8 = arith.addi %size_T, %v7 : i64
      %v9 = arith.constant 256 : i64
      %v10 = arith.divui %v8, %v9 : i64
      %v15 = arith.constant 64 : i64
      %v30 = arith.constant 0 : i64
      %v31 = arith.muli %v1, %size_T : i64
      %v32 = arith.muli %v31, %size_C : i64
      %v54 = arith.constant -1 : i64
      %v56 = arith.constant 2 : i64
      %v71 = arith.constant 32 : i64
      %v84 = arith.constant 33 : i64
      %v103 = arith.constant 4 : i64
      %v118 = arith.constant 6 : i64
      %v133 = arith.constant 8 : i64
      %v148 = arith.constant 10 : i64
      %v163 = arith.constant 12 : i64
      %v178 = arith.constant 14 : i64
      %v193 = arith.constant 16 : i64
      %v208 = arith.constant 18 : i64
      %v223 = arith.constant 20 : i64
      %v238 = arith.constant 22 : i64
      %v253 = arith.constant 24 : i64
      %v268 = arith.constant 26 : i64
      %v283 = arith.constant 28 : i64
      %v298 = arith.constant 30 : i64
      %v327 = arith.constant 34 : i64
      %v342 = arith.constant 36 : i64
      %v357 = arith.constant 38 : i64
      %v372 = arith.constant 40 : i64
      %v387 = arith.constant 42 : i64
      %v402 = arith.constant 44 : i64
      %v417 = arith.constant 46 : i64
      %v432 = arith.constant 48 : i64
      %v447 = arith.constant 50 : i64
      %v462 = arith.constant 52 : i64
      %v477 = arith.constant 54 : i64
      %v492 = arith.constant 56 : i64
      %v507 = arith.constant 58 : i64
      %v522 = arith.constant 60 : i64
      %v537 = arith.constant 62 : i64
      %v1077 = arith.muli %v1, %size_B : i64
      %v1078 = arith.muli %v1077, %size_C : i64
      %v1081 = arith.muli %v1, %size_C : i64
      %v2031 = arith.constant 128 : i64
      %v2039 = arith.constant 192 : i64
      %v2054 = arith.constant 320 : i64
      %v2062 = arith.constant 384 : i64
      %v2070 = arith.constant 448 : i64
      %v2078 = arith.constant 512 : i64
      %v2086 = arith.constant 576 : i64
      %v2094 = arith.constant 640 : i64
      %v2102 = arith.constant 704 : i64
      %v2110 = arith.constant 768 : i64
      %v2118 = arith.constant 832 : i64
      %v2126 = arith.constant 896 : i64
      %v2134 = arith.constant 960 : i64
      %v2142 = arith.constant 1024 : i64
      %v2150 = arith.constant 1088 : i64
      %v2158 = arith.constant 1152 : i64
      %v2166 = arith.constant 1216 : i64
      %v2174 = arith.constant 1280 : i64
      %v2182 = arith.constant 1344 : i64
      %v2190 = arith.constant 1408 : i64
      %v2198 = arith.constant 1472 : i64
      %v2206 = arith.constant 1536 : i64
      %v2214 = arith.constant 1600 : i64
      %v2222 = arith.constant 1664 : i64
      %v2230 = arith.constant 1728 : i64
      %v2238 = arith.constant 1792 : i64
      %v2246 = arith.constant 1856 : i64
      %v2254 = arith.constant 1920 : i64
      %v2262 = arith.constant 1984 : i64
      %v11 = gpu.block_id x
      %v12 = gpu.thread_id x
      %v13 = arith.index_cast %v12 : index to i64
      %v14 = arith.index_cast %v11 : index to i64
      %v16 = arith.subi %v15, %v1 : i64
      %v17 = arith.addi %v3, %v16 : i64
      %v18 = arith.divui %v17, %v15 : i64
      %v19 = arith.divui %v14, %v18 : i64
      %v20 = arith.remui %v14, %v18 : i64
      %v21 = arith.muli %v20, %v15 : i64
      %v22 = arith.addi %v21, %v13 : i64
      %v23 = arith.cmpi slt, %v22, %v3 : i64
      %v24 = arith.subi %v3, %v1 : i64
      %v25 = arith.minsi %v22, %v24 : i64
      %v26 = arith.remui %v25, %size_C : i64
      %v27 = arith.divui %v25, %size_C : i64
      %v28 = arith.remui %v27, %size_B : i64
      %v29 = arith.divui %v27, %size_B : i64
      %v33 = arith.muli %v28, %v32 : i64
      %v34 = arith.muli %v26, %v31 : i64
      %v35 = arith.addi %v33, %v34 : i64
      %v36 = arith.muli %v30, %v1 : i64
      %v37 = arith.addi %v35, %v36 : i64
      %v38 = arith.muli %v30, %v15 : i64
      %v39 = arith.addi %v38, %v13 : i64
      %v40 = llvm.getelementptr %v5[%v39] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v37, %v40 : i64, !llvm.ptr<3>
      %v41 = arith.muli %v28, %v32 : i64
      %v42 = arith.muli %v26, %v31 : i64
      %v43 = arith.addi %v41, %v42 : i64
      %v44 = arith.muli %v30, %v1 : i64
      %v45 = arith.addi %v43, %v44 : i64
      %v46 = arith.muli %v1, %v15 : i64
      %v47 = arith.addi %v46, %v13 : i64
      %v48 = llvm.getelementptr %v5[%v47] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v45, %v48 : i64, !llvm.ptr<3>
      %v49 = arith.muli %v28, %v32 : i64
      %v50 = arith.muli %v26, %v31 : i64
      %v51 = arith.addi %v49, %v50 : i64
      %v52 = arith.muli %v30, %v1 : i64
      %v53 = arith.addi %v51, %v52 : i64
      %v55 = arith.select %v23, %v53, %v54 : i64
      %v57 = arith.muli %v56, %v15 : i64
      %v58 = arith.addi %v57, %v13 : i64
      %v59 = llvm.getelementptr %v5[%v58] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v55, %v59 : i64, !llvm.ptr<3>
      gpu.barrier
      %v60 = arith.muli %v19, %v3 : i64
      %v61 = arith.subi %v3, %v1 : i64
      %v62 = arith.minsi %v22, %v61 : i64
      %v63 = arith.addi %v60, %v62 : i64
      %v64 = arith.muli %v63, %v1 : i64
      %v65 = arith.addi %v64, %v30 : i64
      %v66 = llvm.getelementptr %carry_h[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v67 = llvm.load %v66 : !llvm.ptr -> f32
      llvm.store %v67, %v4 : f32, !llvm.ptr
      %v68 = arith.muli %v19, %v9 : i64
      %v69 = arith.addi %v68, %v9 : i64
      %v70 = arith.minsi %v69, %size_T : i64
      // staged load of `a`'s first tile: read, then shared memory
      %v72 = arith.divui %v13, %v71 : i64
      %v73 = arith.remui %v13, %v71 : i64
      %v74 = arith.addi %v72, %v30 : i64
      %v75 = arith.constant true
      %v76 = arith.addi %v30, %v74 : i64
      %v77 = llvm.getelementptr %v5[%v76] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v78 = llvm.load %v77 : !llvm.ptr<3> -> i64
      %v79 = arith.addi %v68, %v73 : i64
      %v80 = arith.cmpi slt, %v79, %v70 : i64
      %v81 = arith.subi %size_T, %v1 : i64
      %v82 = arith.minsi %v79, %v81 : i64
      %v83 = arith.addi %v78, %v82 : i64
      %v85 = arith.muli %v76, %v84 : i64
      %v86 = arith.addi %v85, %v73 : i64
      %v87 = llvm.getelementptr %in_a[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v88 = llvm.load %v87 : !llvm.ptr -> f32
      %v89 = arith.addi %v72, %v56 : i64
      %v90 = arith.constant true
      %v91 = arith.addi %v30, %v89 : i64
      %v92 = llvm.getelementptr %v5[%v91] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v93 = llvm.load %v92 : !llvm.ptr<3> -> i64
      %v94 = arith.addi %v68, %v73 : i64
      %v95 = arith.cmpi slt, %v94, %v70 : i64
      %v96 = arith.subi %size_T, %v1 : i64
      %v97 = arith.minsi %v94, %v96 : i64
      %v98 = arith.addi %v93, %v97 : i64
      %v99 = arith.muli %v91, %v84 : i64
      %v100 = arith.addi %v99, %v73 : i64
      %v101 = llvm.getelementptr %in_a[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v102 = llvm.load %v101 : !llvm.ptr -> f32
      %v104 = arith.addi %v72, %v103 : i64
      %v105 = arith.constant true
      %v106 = arith.addi %v30, %v104 : i64
      %v107 = llvm.getelementptr %v5[%v106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v108 = llvm.load %v107 : !llvm.ptr<3> -> i64
      %v109 = arith.addi %v68, %v73 : i64
      %v110 = arith.cmpi slt, %v109, %v70 : i64
      %v111 = arith.subi %size_T, %v1 : i64
      %v112 = arith.minsi %v109, %v111 : i64
      %v113 = arith.addi %v108, %v112 : i64
      %v114 = arith.muli %v106, %v84 : i64
      %v115 = arith.addi %v114, %v73 : i64
      %v116 = llvm.getelementptr %in_a[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v117 = llvm.load %v116 : !llvm.ptr -> f32
      %v119 = arith.addi %v72, %v118 : i64
      %v120 = arith.constant true
      %v121 = arith.addi %v30, %v119 : i64
      %v122 = llvm.getelementptr %v5[%v121] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v123 = llvm.load %v122 : !llvm.ptr<3> -> i64
      %v124 = arith.addi %v68, %v73 : i64
      %v125 = arith.cmpi slt, %v124, %v70 : i64
      %v126 = arith.subi %size_T, %v1 : i64
      %v127 = arith.minsi %v124, %v126 : i64
      %v128 = arith.addi %v123, %v127 : i64
      %v129 = arith.muli %v121, %v84 : i64
      %v130 = arith.addi %v129, %v73 : i64
      %v131 = llvm.getelementptr %in_a[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v132 = llvm.load %v131 : !llvm.ptr -> f32
      %v134 = arith.addi %v72, %v133 : i64
      %v135 = arith.constant true
      %v136 = arith.addi %v30, %v134 : i64
      %v137 = llvm.getelementptr %v5[%v136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v138 = llvm.load %v137 : !llvm.ptr<3> -> i64
      %v139 = arith.addi %v68, %v73 : i64
      %v140 = arith.cmpi slt, %v139, %v70 : i64
      %v141 = arith.subi %size_T, %v1 : i64
      %v142 = arith.minsi %v139, %v141 : i64
      %v143 = arith.addi %v138, %v142 : i64
      %v144 = arith.muli %v136, %v84 : i64
      %v145 = arith.addi %v144, %v73 : i64
      %v146 = llvm.getelementptr %in_a[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v147 = llvm.load %v146 : !llvm.ptr -> f32
      %v149 = arith.addi %v72, %v148 : i64
      %v150 = arith.constant true
      %v151 = arith.addi %v30, %v149 : i64
      %v152 = llvm.getelementptr %v5[%v151] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v153 = llvm.load %v152 : !llvm.ptr<3> -> i64
      %v154 = arith.addi %v68, %v73 : i64
      %v155 = arith.cmpi slt, %v154, %v70 : i64
      %v156 = arith.subi %size_T, %v1 : i64
      %v157 = arith.minsi %v154, %v156 : i64
      %v158 = arith.addi %v153, %v157 : i64
      %v159 = arith.muli %v151, %v84 : i64
      %v160 = arith.addi %v159, %v73 : i64
      %v161 = llvm.getelementptr %in_a[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v162 = llvm.load %v161 : !llvm.ptr -> f32
      %v164 = arith.addi %v72, %v163 : i64
      %v165 = arith.constant true
      %v166 = arith.addi %v30, %v164 : i64
      %v167 = llvm.getelementptr %v5[%v166] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v168 = llvm.load %v167 : !llvm.ptr<3> -> i64
      %v169 = arith.addi %v68, %v73 : i64
      %v170 = arith.cmpi slt, %v169, %v70 : i64
      %v171 = arith.subi %size_T, %v1 : i64
      %v172 = arith.minsi %v169, %v171 : i64
      %v173 = arith.addi %v168, %v172 : i64
      %v174 = arith.muli %v166, %v84 : i64
      %v175 = arith.addi %v174, %v73 : i64
      %v176 = llvm.getelementptr %in_a[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v177 = llvm.load %v176 : !llvm.ptr -> f32
      %v179 = arith.addi %v72, %v178 : i64
      %v180 = arith.constant true
      %v181 = arith.addi %v30, %v179 : i64
      %v182 = llvm.getelementptr %v5[%v181] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v183 = llvm.load %v182 : !llvm.ptr<3> -> i64
      %v184 = arith.addi %v68, %v73 : i64
      %v185 = arith.cmpi slt, %v184, %v70 : i64
      %v186 = arith.subi %size_T, %v1 : i64
      %v187 = arith.minsi %v184, %v186 : i64
      %v188 = arith.addi %v183, %v187 : i64
      %v189 = arith.muli %v181, %v84 : i64
      %v190 = arith.addi %v189, %v73 : i64
      %v191 = llvm.getelementptr %in_a[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v192 = llvm.load %v191 : !llvm.ptr -> f32
      %v194 = arith.addi %v72, %v193 : i64
      %v195 = arith.constant true
      %v196 = arith.addi %v30, %v194 : i64
      %v197 = llvm.getelementptr %v5[%v196] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v198 = llvm.load %v197 : !llvm.ptr<3> -> i64
      %v199 = arith.addi %v68, %v73 : i64
      %v200 = arith.cmpi slt, %v199, %v70 : i64
      %v201 = arith.subi %size_T, %v1 : i64
      %v202 = arith.minsi %v199, %v201 : i64
      %v203 = arith.addi %v198, %v202 : i64
      %v204 = arith.muli %v196, %v84 : i64
      %v205 = arith.addi %v204, %v73 : i64
      %v206 = llvm.getelementptr %in_a[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v207 = llvm.load %v206 : !llvm.ptr -> f32
      %v209 = arith.addi %v72, %v208 : i64
      %v210 = arith.constant true
      %v211 = arith.addi %v30, %v209 : i64
      %v212 = llvm.getelementptr %v5[%v211] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v213 = llvm.load %v212 : !llvm.ptr<3> -> i64
      %v214 = arith.addi %v68, %v73 : i64
      %v215 = arith.cmpi slt, %v214, %v70 : i64
      %v216 = arith.subi %size_T, %v1 : i64
      %v217 = arith.minsi %v214, %v216 : i64
      %v218 = arith.addi %v213, %v217 : i64
      %v219 = arith.muli %v211, %v84 : i64
      %v220 = arith.addi %v219, %v73 : i64
      %v221 = llvm.getelementptr %in_a[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v222 = llvm.load %v221 : !llvm.ptr -> f32
      %v224 = arith.addi %v72, %v223 : i64
      %v225 = arith.constant true
      %v226 = arith.addi %v30, %v224 : i64
      %v227 = llvm.getelementptr %v5[%v226] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v228 = llvm.load %v227 : !llvm.ptr<3> -> i64
      %v229 = arith.addi %v68, %v73 : i64
      %v230 = arith.cmpi slt, %v229, %v70 : i64
      %v231 = arith.subi %size_T, %v1 : i64
      %v232 = arith.minsi %v229, %v231 : i64
      %v233 = arith.addi %v228, %v232 : i64
      %v234 = arith.muli %v226, %v84 : i64
      %v235 = arith.addi %v234, %v73 : i64
      %v236 = llvm.getelementptr %in_a[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v237 = llvm.load %v236 : !llvm.ptr -> f32
      %v239 = arith.addi %v72, %v238 : i64
      %v240 = arith.constant true
      %v241 = arith.addi %v30, %v239 : i64
      %v242 = llvm.getelementptr %v5[%v241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v243 = llvm.load %v242 : !llvm.ptr<3> -> i64
      %v244 = arith.addi %v68, %v73 : i64
      %v245 = arith.cmpi slt, %v244, %v70 : i64
      %v246 = arith.subi %size_T, %v1 : i64
      %v247 = arith.minsi %v244, %v246 : i64
      %v248 = arith.addi %v243, %v247 : i64
      %v249 = arith.muli %v241, %v84 : i64
      %v250 = arith.addi %v249, %v73 : i64
      %v251 = llvm.getelementptr %in_a[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v252 = llvm.load %v251 : !llvm.ptr -> f32
      %v254 = arith.addi %v72, %v253 : i64
      %v255 = arith.constant true
      %v256 = arith.addi %v30, %v254 : i64
      %v257 = llvm.getelementptr %v5[%v256] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v258 = llvm.load %v257 : !llvm.ptr<3> -> i64
      %v259 = arith.addi %v68, %v73 : i64
      %v260 = arith.cmpi slt, %v259, %v70 : i64
      %v261 = arith.subi %size_T, %v1 : i64
      %v262 = arith.minsi %v259, %v261 : i64
      %v263 = arith.addi %v258, %v262 : i64
      %v264 = arith.muli %v256, %v84 : i64
      %v265 = arith.addi %v264, %v73 : i64
      %v266 = llvm.getelementptr %in_a[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v267 = llvm.load %v266 : !llvm.ptr -> f32
      %v269 = arith.addi %v72, %v268 : i64
      %v270 = arith.constant true
      %v271 = arith.addi %v30, %v269 : i64
      %v272 = llvm.getelementptr %v5[%v271] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v273 = llvm.load %v272 : !llvm.ptr<3> -> i64
      %v274 = arith.addi %v68, %v73 : i64
      %v275 = arith.cmpi slt, %v274, %v70 : i64
      %v276 = arith.subi %size_T, %v1 : i64
      %v277 = arith.minsi %v274, %v276 : i64
      %v278 = arith.addi %v273, %v277 : i64
      %v279 = arith.muli %v271, %v84 : i64
      %v280 = arith.addi %v279, %v73 : i64
      %v281 = llvm.getelementptr %in_a[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v282 = llvm.load %v281 : !llvm.ptr -> f32
      %v284 = arith.addi %v72, %v283 : i64
      %v285 = arith.constant true
      %v286 = arith.addi %v30, %v284 : i64
      %v287 = llvm.getelementptr %v5[%v286] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v288 = llvm.load %v287 : !llvm.ptr<3> -> i64
      %v289 = arith.addi %v68, %v73 : i64
      %v290 = arith.cmpi slt, %v289, %v70 : i64
      %v291 = arith.subi %size_T, %v1 : i64
      %v292 = arith.minsi %v289, %v291 : i64
      %v293 = arith.addi %v288, %v292 : i64
      %v294 = arith.muli %v286, %v84 : i64
      %v295 = arith.addi %v294, %v73 : i64
      %v296 = llvm.getelementptr %in_a[%v293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v297 = llvm.load %v296 : !llvm.ptr -> f32
      %v299 = arith.addi %v72, %v298 : i64
      %v300 = arith.constant true
      %v301 = arith.addi %v30, %v299 : i64
      %v302 = llvm.getelementptr %v5[%v301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v303 = llvm.load %v302 : !llvm.ptr<3> -> i64
      %v304 = arith.addi %v68, %v73 : i64
      %v305 = arith.cmpi slt, %v304, %v70 : i64
      %v306 = arith.subi %size_T, %v1 : i64
      %v307 = arith.minsi %v304, %v306 : i64
      %v308 = arith.addi %v303, %v307 : i64
      %v309 = arith.muli %v301, %v84 : i64
      %v310 = arith.addi %v309, %v73 : i64
      %v311 = llvm.getelementptr %in_a[%v308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v312 = llvm.load %v311 : !llvm.ptr -> f32
      %v313 = arith.addi %v72, %v71 : i64
      %v314 = arith.constant true
      %v315 = arith.addi %v30, %v313 : i64
      %v316 = llvm.getelementptr %v5[%v315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v317 = llvm.load %v316 : !llvm.ptr<3> -> i64
      %v318 = arith.addi %v68, %v73 : i64
      %v319 = arith.cmpi slt, %v318, %v70 : i64
      %v320 = arith.subi %size_T, %v1 : i64
      %v321 = arith.minsi %v318, %v320 : i64
      %v322 = arith.addi %v317, %v321 : i64
      %v323 = arith.muli %v315, %v84 : i64
      %v324 = arith.addi %v323, %v73 : i64
      %v325 = llvm.getelementptr %in_a[%v322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v326 = llvm.load %v325 : !llvm.ptr -> f32
      %v328 = arith.addi %v72, %v327 : i64
      %v329 = arith.constant true
      %v330 = arith.addi %v30, %v328 : i64
      %v331 = llvm.getelementptr %v5[%v330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v332 = llvm.load %v331 : !llvm.ptr<3> -> i64
      %v333 = arith.addi %v68, %v73 : i64
      %v334 = arith.cmpi slt, %v333, %v70 : i64
      %v335 = arith.subi %size_T, %v1 : i64
      %v336 = arith.minsi %v333, %v335 : i64
      %v337 = arith.addi %v332, %v336 : i64
      %v338 = arith.muli %v330, %v84 : i64
      %v339 = arith.addi %v338, %v73 : i64
      %v340 = llvm.getelementptr %in_a[%v337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v341 = llvm.load %v340 : !llvm.ptr -> f32
      %v343 = arith.addi %v72, %v342 : i64
      %v344 = arith.constant true
      %v345 = arith.addi %v30, %v343 : i64
      %v346 = llvm.getelementptr %v5[%v345] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v347 = llvm.load %v346 : !llvm.ptr<3> -> i64
      %v348 = arith.addi %v68, %v73 : i64
      %v349 = arith.cmpi slt, %v348, %v70 : i64
      %v350 = arith.subi %size_T, %v1 : i64
      %v351 = arith.minsi %v348, %v350 : i64
      %v352 = arith.addi %v347, %v351 : i64
      %v353 = arith.muli %v345, %v84 : i64
      %v354 = arith.addi %v353, %v73 : i64
      %v355 = llvm.getelementptr %in_a[%v352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v356 = llvm.load %v355 : !llvm.ptr -> f32
      %v358 = arith.addi %v72, %v357 : i64
      %v359 = arith.constant true
      %v360 = arith.addi %v30, %v358 : i64
      %v361 = llvm.getelementptr %v5[%v360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v362 = llvm.load %v361 : !llvm.ptr<3> -> i64
      %v363 = arith.addi %v68, %v73 : i64
      %v364 = arith.cmpi slt, %v363, %v70 : i64
      %v365 = arith.subi %size_T, %v1 : i64
      %v366 = arith.minsi %v363, %v365 : i64
      %v367 = arith.addi %v362, %v366 : i64
      %v368 = arith.muli %v360, %v84 : i64
      %v369 = arith.addi %v368, %v73 : i64
      %v370 = llvm.getelementptr %in_a[%v367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v371 = llvm.load %v370 : !llvm.ptr -> f32
      %v373 = arith.addi %v72, %v372 : i64
      %v374 = arith.constant true
      %v375 = arith.addi %v30, %v373 : i64
      %v376 = llvm.getelementptr %v5[%v375] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v377 = llvm.load %v376 : !llvm.ptr<3> -> i64
      %v378 = arith.addi %v68, %v73 : i64
      %v379 = arith.cmpi slt, %v378, %v70 : i64
      %v380 = arith.subi %size_T, %v1 : i64
      %v381 = arith.minsi %v378, %v380 : i64
      %v382 = arith.addi %v377, %v381 : i64
      %v383 = arith.muli %v375, %v84 : i64
      %v384 = arith.addi %v383, %v73 : i64
      %v385 = llvm.getelementptr %in_a[%v382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v386 = llvm.load %v385 : !llvm.ptr -> f32
      %v388 = arith.addi %v72, %v387 : i64
      %v389 = arith.constant true
      %v390 = arith.addi %v30, %v388 : i64
      %v391 = llvm.getelementptr %v5[%v390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v392 = llvm.load %v391 : !llvm.ptr<3> -> i64
      %v393 = arith.addi %v68, %v73 : i64
      %v394 = arith.cmpi slt, %v393, %v70 : i64
      %v395 = arith.subi %size_T, %v1 : i64
      %v396 = arith.minsi %v393, %v395 : i64
      %v397 = arith.addi %v392, %v396 : i64
      %v398 = arith.muli %v390, %v84 : i64
      %v399 = arith.addi %v398, %v73 : i64
      %v400 = llvm.getelementptr %in_a[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v401 = llvm.load %v400 : !llvm.ptr -> f32
      %v403 = arith.addi %v72, %v402 : i64
      %v404 = arith.constant true
      %v405 = arith.addi %v30, %v403 : i64
      %v406 = llvm.getelementptr %v5[%v405] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v407 = llvm.load %v406 : !llvm.ptr<3> -> i64
      %v408 = arith.addi %v68, %v73 : i64
      %v409 = arith.cmpi slt, %v408, %v70 : i64
      %v410 = arith.subi %size_T, %v1 : i64
      %v411 = arith.minsi %v408, %v410 : i64
      %v412 = arith.addi %v407, %v411 : i64
      %v413 = arith.muli %v405, %v84 : i64
      %v414 = arith.addi %v413, %v73 : i64
      %v415 = llvm.getelementptr %in_a[%v412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v416 = llvm.load %v415 : !llvm.ptr -> f32
      %v418 = arith.addi %v72, %v417 : i64
      %v419 = arith.constant true
      %v420 = arith.addi %v30, %v418 : i64
      %v421 = llvm.getelementptr %v5[%v420] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v422 = llvm.load %v421 : !llvm.ptr<3> -> i64
      %v423 = arith.addi %v68, %v73 : i64
      %v424 = arith.cmpi slt, %v423, %v70 : i64
      %v425 = arith.subi %size_T, %v1 : i64
      %v426 = arith.minsi %v423, %v425 : i64
      %v427 = arith.addi %v422, %v426 : i64
      %v428 = arith.muli %v420, %v84 : i64
      %v429 = arith.addi %v428, %v73 : i64
      %v430 = llvm.getelementptr %in_a[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v431 = llvm.load %v430 : !llvm.ptr -> f32
      %v433 = arith.addi %v72, %v432 : i64
      %v434 = arith.constant true
      %v435 = arith.addi %v30, %v433 : i64
      %v436 = llvm.getelementptr %v5[%v435] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v437 = llvm.load %v436 : !llvm.ptr<3> -> i64
      %v438 = arith.addi %v68, %v73 : i64
      %v439 = arith.cmpi slt, %v438, %v70 : i64
      %v440 = arith.subi %size_T, %v1 : i64
      %v441 = arith.minsi %v438, %v440 : i64
      %v442 = arith.addi %v437, %v441 : i64
      %v443 = arith.muli %v435, %v84 : i64
      %v444 = arith.addi %v443, %v73 : i64
      %v445 = llvm.getelementptr %in_a[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v446 = llvm.load %v445 : !llvm.ptr -> f32
      %v448 = arith.addi %v72, %v447 : i64
      %v449 = arith.constant true
      %v450 = arith.addi %v30, %v448 : i64
      %v451 = llvm.getelementptr %v5[%v450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v452 = llvm.load %v451 : !llvm.ptr<3> -> i64
      %v453 = arith.addi %v68, %v73 : i64
      %v454 = arith.cmpi slt, %v453, %v70 : i64
      %v455 = arith.subi %size_T, %v1 : i64
      %v456 = arith.minsi %v453, %v455 : i64
      %v457 = arith.addi %v452, %v456 : i64
      %v458 = arith.muli %v450, %v84 : i64
      %v459 = arith.addi %v458, %v73 : i64
      %v460 = llvm.getelementptr %in_a[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v461 = llvm.load %v460 : !llvm.ptr -> f32
      %v463 = arith.addi %v72, %v462 : i64
      %v464 = arith.constant true
      %v465 = arith.addi %v30, %v463 : i64
      %v466 = llvm.getelementptr %v5[%v465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v467 = llvm.load %v466 : !llvm.ptr<3> -> i64
      %v468 = arith.addi %v68, %v73 : i64
      %v469 = arith.cmpi slt, %v468, %v70 : i64
      %v470 = arith.subi %size_T, %v1 : i64
      %v471 = arith.minsi %v468, %v470 : i64
      %v472 = arith.addi %v467, %v471 : i64
      %v473 = arith.muli %v465, %v84 : i64
      %v474 = arith.addi %v473, %v73 : i64
      %v475 = llvm.getelementptr %in_a[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v476 = llvm.load %v475 : !llvm.ptr -> f32
      %v478 = arith.addi %v72, %v477 : i64
      %v479 = arith.constant true
      %v480 = arith.addi %v30, %v478 : i64
      %v481 = llvm.getelementptr %v5[%v480] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v482 = llvm.load %v481 : !llvm.ptr<3> -> i64
      %v483 = arith.addi %v68, %v73 : i64
      %v484 = arith.cmpi slt, %v483, %v70 : i64
      %v485 = arith.subi %size_T, %v1 : i64
      %v486 = arith.minsi %v483, %v485 : i64
      %v487 = arith.addi %v482, %v486 : i64
      %v488 = arith.muli %v480, %v84 : i64
      %v489 = arith.addi %v488, %v73 : i64
      %v490 = llvm.getelementptr %in_a[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v491 = llvm.load %v490 : !llvm.ptr -> f32
      %v493 = arith.addi %v72, %v492 : i64
      %v494 = arith.constant true
      %v495 = arith.addi %v30, %v493 : i64
      %v496 = llvm.getelementptr %v5[%v495] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v497 = llvm.load %v496 : !llvm.ptr<3> -> i64
      %v498 = arith.addi %v68, %v73 : i64
      %v499 = arith.cmpi slt, %v498, %v70 : i64
      %v500 = arith.subi %size_T, %v1 : i64
      %v501 = arith.minsi %v498, %v500 : i64
      %v502 = arith.addi %v497, %v501 : i64
      %v503 = arith.muli %v495, %v84 : i64
      %v504 = arith.addi %v503, %v73 : i64
      %v505 = llvm.getelementptr %in_a[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v506 = llvm.load %v505 : !llvm.ptr -> f32
      %v508 = arith.addi %v72, %v507 : i64
      %v509 = arith.constant true
      %v510 = arith.addi %v30, %v508 : i64
      %v511 = llvm.getelementptr %v5[%v510] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v512 = llvm.load %v511 : !llvm.ptr<3> -> i64
      %v513 = arith.addi %v68, %v73 : i64
      %v514 = arith.cmpi slt, %v513, %v70 : i64
      %v515 = arith.subi %size_T, %v1 : i64
      %v516 = arith.minsi %v513, %v515 : i64
      %v517 = arith.addi %v512, %v516 : i64
      %v518 = arith.muli %v510, %v84 : i64
      %v519 = arith.addi %v518, %v73 : i64
      %v520 = llvm.getelementptr %in_a[%v517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v521 = llvm.load %v520 : !llvm.ptr -> f32
      %v523 = arith.addi %v72, %v522 : i64
      %v524 = arith.constant true
      %v525 = arith.addi %v30, %v523 : i64
      %v526 = llvm.getelementptr %v5[%v525] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v527 = llvm.load %v526 : !llvm.ptr<3> -> i64
      %v528 = arith.addi %v68, %v73 : i64
      %v529 = arith.cmpi slt, %v528, %v70 : i64
      %v530 = arith.subi %size_T, %v1 : i64
      %v531 = arith.minsi %v528, %v530 : i64
      %v532 = arith.addi %v527, %v531 : i64
      %v533 = arith.muli %v525, %v84 : i64
      %v534 = arith.addi %v533, %v73 : i64
      %v535 = llvm.getelementptr %in_a[%v532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v536 = llvm.load %v535 : !llvm.ptr -> f32
      %v538 = arith.addi %v72, %v537 : i64
      %v539 = arith.constant true
      %v540 = arith.addi %v30, %v538 : i64
      %v541 = llvm.getelementptr %v5[%v540] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v542 = llvm.load %v541 : !llvm.ptr<3> -> i64
      %v543 = arith.addi %v68, %v73 : i64
      %v544 = arith.cmpi slt, %v543, %v70 : i64
      %v545 = arith.subi %size_T, %v1 : i64
      %v546 = arith.minsi %v543, %v545 : i64
      %v547 = arith.addi %v542, %v546 : i64
      %v548 = arith.muli %v540, %v84 : i64
      %v549 = arith.addi %v548, %v73 : i64
      %v550 = llvm.getelementptr %in_a[%v547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v551 = llvm.load %v550 : !llvm.ptr -> f32
      scf.if %v75 {
        %v552 = llvm.getelementptr %v6[%v86] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v88, %v552 : f32, !llvm.ptr<3>
      }
      scf.if %v90 {
        %v553 = llvm.getelementptr %v6[%v100] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v102, %v553 : f32, !llvm.ptr<3>
      }
      scf.if %v105 {
        %v554 = llvm.getelementptr %v6[%v115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v117, %v554 : f32, !llvm.ptr<3>
      }
      scf.if %v120 {
        %v555 = llvm.getelementptr %v6[%v130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v132, %v555 : f32, !llvm.ptr<3>
      }
      scf.if %v135 {
        %v556 = llvm.getelementptr %v6[%v145] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v147, %v556 : f32, !llvm.ptr<3>
      }
      scf.if %v150 {
        %v557 = llvm.getelementptr %v6[%v160] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v162, %v557 : f32, !llvm.ptr<3>
      }
      scf.if %v165 {
        %v558 = llvm.getelementptr %v6[%v175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v177, %v558 : f32, !llvm.ptr<3>
      }
      scf.if %v180 {
        %v559 = llvm.getelementptr %v6[%v190] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v192, %v559 : f32, !llvm.ptr<3>
      }
      scf.if %v195 {
        %v560 = llvm.getelementptr %v6[%v205] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v207, %v560 : f32, !llvm.ptr<3>
      }
      scf.if %v210 {
        %v561 = llvm.getelementptr %v6[%v220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v222, %v561 : f32, !llvm.ptr<3>
      }
      scf.if %v225 {
        %v562 = llvm.getelementptr %v6[%v235] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v237, %v562 : f32, !llvm.ptr<3>
      }
      scf.if %v240 {
        %v563 = llvm.getelementptr %v6[%v250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v252, %v563 : f32, !llvm.ptr<3>
      }
      scf.if %v255 {
        %v564 = llvm.getelementptr %v6[%v265] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v267, %v564 : f32, !llvm.ptr<3>
      }
      scf.if %v270 {
        %v565 = llvm.getelementptr %v6[%v280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v282, %v565 : f32, !llvm.ptr<3>
      }
      scf.if %v285 {
        %v566 = llvm.getelementptr %v6[%v295] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v297, %v566 : f32, !llvm.ptr<3>
      }
      scf.if %v300 {
        %v567 = llvm.getelementptr %v6[%v310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v312, %v567 : f32, !llvm.ptr<3>
      }
      scf.if %v314 {
        %v568 = llvm.getelementptr %v6[%v324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v326, %v568 : f32, !llvm.ptr<3>
      }
      scf.if %v329 {
        %v569 = llvm.getelementptr %v6[%v339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v341, %v569 : f32, !llvm.ptr<3>
      }
      scf.if %v344 {
        %v570 = llvm.getelementptr %v6[%v354] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v356, %v570 : f32, !llvm.ptr<3>
      }
      scf.if %v359 {
        %v571 = llvm.getelementptr %v6[%v369] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v371, %v571 : f32, !llvm.ptr<3>
      }
      scf.if %v374 {
        %v572 = llvm.getelementptr %v6[%v384] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v386, %v572 : f32, !llvm.ptr<3>
      }
      scf.if %v389 {
        %v573 = llvm.getelementptr %v6[%v399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v401, %v573 : f32, !llvm.ptr<3>
      }
      scf.if %v404 {
        %v574 = llvm.getelementptr %v6[%v414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v416, %v574 : f32, !llvm.ptr<3>
      }
      scf.if %v419 {
        %v575 = llvm.getelementptr %v6[%v429] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v431, %v575 : f32, !llvm.ptr<3>
      }
      scf.if %v434 {
        %v576 = llvm.getelementptr %v6[%v444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v446, %v576 : f32, !llvm.ptr<3>
      }
      scf.if %v449 {
        %v577 = llvm.getelementptr %v6[%v459] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v461, %v577 : f32, !llvm.ptr<3>
      }
      scf.if %v464 {
        %v578 = llvm.getelementptr %v6[%v474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v476, %v578 : f32, !llvm.ptr<3>
      }
      scf.if %v479 {
        %v579 = llvm.getelementptr %v6[%v489] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v491, %v579 : f32, !llvm.ptr<3>
      }
      scf.if %v494 {
        %v580 = llvm.getelementptr %v6[%v504] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v506, %v580 : f32, !llvm.ptr<3>
      }
      scf.if %v509 {
        %v581 = llvm.getelementptr %v6[%v519] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v521, %v581 : f32, !llvm.ptr<3>
      }
      scf.if %v524 {
        %v582 = llvm.getelementptr %v6[%v534] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v536, %v582 : f32, !llvm.ptr<3>
      }
      scf.if %v539 {
        %v583 = llvm.getelementptr %v6[%v549] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v551, %v583 : f32, !llvm.ptr<3>
      }
      // end staged load of `a`
      // staged load of `x`'s first tile: read, then shared memory
      %v584 = arith.divui %v13, %v71 : i64
      %v585 = arith.remui %v13, %v71 : i64
      %v586 = arith.addi %v584, %v30 : i64
      %v587 = arith.constant true
      %v588 = arith.addi %v15, %v586 : i64
      %v589 = llvm.getelementptr %v5[%v588] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v590 = llvm.load %v589 : !llvm.ptr<3> -> i64
      %v591 = arith.addi %v68, %v585 : i64
      %v592 = arith.cmpi slt, %v591, %v70 : i64
      %v593 = arith.subi %size_T, %v1 : i64
      %v594 = arith.minsi %v591, %v593 : i64
      %v595 = arith.addi %v590, %v594 : i64
      %v596 = arith.muli %v588, %v84 : i64
      %v597 = arith.addi %v596, %v585 : i64
      %v598 = llvm.getelementptr %in_x[%v595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v599 = llvm.load %v598 : !llvm.ptr -> f32
      %v600 = arith.addi %v584, %v56 : i64
      %v601 = arith.constant true
      %v602 = arith.addi %v15, %v600 : i64
      %v603 = llvm.getelementptr %v5[%v602] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v604 = llvm.load %v603 : !llvm.ptr<3> -> i64
      %v605 = arith.addi %v68, %v585 : i64
      %v606 = arith.cmpi slt, %v605, %v70 : i64
      %v607 = arith.subi %size_T, %v1 : i64
      %v608 = arith.minsi %v605, %v607 : i64
      %v609 = arith.addi %v604, %v608 : i64
      %v610 = arith.muli %v602, %v84 : i64
      %v611 = arith.addi %v610, %v585 : i64
      %v612 = llvm.getelementptr %in_x[%v609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v613 = llvm.load %v612 : !llvm.ptr -> f32
      %v614 = arith.addi %v584, %v103 : i64
      %v615 = arith.constant true
      %v616 = arith.addi %v15, %v614 : i64
      %v617 = llvm.getelementptr %v5[%v616] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v618 = llvm.load %v617 : !llvm.ptr<3> -> i64
      %v619 = arith.addi %v68, %v585 : i64
      %v620 = arith.cmpi slt, %v619, %v70 : i64
      %v621 = arith.subi %size_T, %v1 : i64
      %v622 = arith.minsi %v619, %v621 : i64
      %v623 = arith.addi %v618, %v622 : i64
      %v624 = arith.muli %v616, %v84 : i64
      %v625 = arith.addi %v624, %v585 : i64
      %v626 = llvm.getelementptr %in_x[%v623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v627 = llvm.load %v626 : !llvm.ptr -> f32
      %v628 = arith.addi %v584, %v118 : i64
      %v629 = arith.constant true
      %v630 = arith.addi %v15, %v628 : i64
      %v631 = llvm.getelementptr %v5[%v630] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v632 = llvm.load %v631 : !llvm.ptr<3> -> i64
      %v633 = arith.addi %v68, %v585 : i64
      %v634 = arith.cmpi slt, %v633, %v70 : i64
      %v635 = arith.subi %size_T, %v1 : i64
      %v636 = arith.minsi %v633, %v635 : i64
      %v637 = arith.addi %v632, %v636 : i64
      %v638 = arith.muli %v630, %v84 : i64
      %v639 = arith.addi %v638, %v585 : i64
      %v640 = llvm.getelementptr %in_x[%v637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v641 = llvm.load %v640 : !llvm.ptr -> f32
      %v642 = arith.addi %v584, %v133 : i64
      %v643 = arith.constant true
      %v644 = arith.addi %v15, %v642 : i64
      %v645 = llvm.getelementptr %v5[%v644] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v646 = llvm.load %v645 : !llvm.ptr<3> -> i64
      %v647 = arith.addi %v68, %v585 : i64
      %v648 = arith.cmpi slt, %v647, %v70 : i64
      %v649 = arith.subi %size_T, %v1 : i64
      %v650 = arith.minsi %v647, %v649 : i64
      %v651 = arith.addi %v646, %v650 : i64
      %v652 = arith.muli %v644, %v84 : i64
      %v653 = arith.addi %v652, %v585 : i64
      %v654 = llvm.getelementptr %in_x[%v651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v655 = llvm.load %v654 : !llvm.ptr -> f32
      %v656 = arith.addi %v584, %v148 : i64
      %v657 = arith.constant true
      %v658 = arith.addi %v15, %v656 : i64
      %v659 = llvm.getelementptr %v5[%v658] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v660 = llvm.load %v659 : !llvm.ptr<3> -> i64
      %v661 = arith.addi %v68, %v585 : i64
      %v662 = arith.cmpi slt, %v661, %v70 : i64
      %v663 = arith.subi %size_T, %v1 : i64
      %v664 = arith.minsi %v661, %v663 : i64
      %v665 = arith.addi %v660, %v664 : i64
      %v666 = arith.muli %v658, %v84 : i64
      %v667 = arith.addi %v666, %v585 : i64
      %v668 = llvm.getelementptr %in_x[%v665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v669 = llvm.load %v668 : !llvm.ptr -> f32
      %v670 = arith.addi %v584, %v163 : i64
      %v671 = arith.constant true
      %v672 = arith.addi %v15, %v670 : i64
      %v673 = llvm.getelementptr %v5[%v672] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v674 = llvm.load %v673 : !llvm.ptr<3> -> i64
      %v675 = arith.addi %v68, %v585 : i64
      %v676 = arith.cmpi slt, %v675, %v70 : i64
      %v677 = arith.subi %size_T, %v1 : i64
      %v678 = arith.minsi %v675, %v677 : i64
      %v679 = arith.addi %v674, %v678 : i64
      %v680 = arith.muli %v672, %v84 : i64
      %v681 = arith.addi %v680, %v585 : i64
      %v682 = llvm.getelementptr %in_x[%v679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v683 = llvm.load %v682 : !llvm.ptr -> f32
      %v684 = arith.addi %v584, %v178 : i64
      %v685 = arith.constant true
      %v686 = arith.addi %v15, %v684 : i64
      %v687 = llvm.getelementptr %v5[%v686] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v688 = llvm.load %v687 : !llvm.ptr<3> -> i64
      %v689 = arith.addi %v68, %v585 : i64
      %v690 = arith.cmpi slt, %v689, %v70 : i64
      %v691 = arith.subi %size_T, %v1 : i64
      %v692 = arith.minsi %v689, %v691 : i64
      %v693 = arith.addi %v688, %v692 : i64
      %v694 = arith.muli %v686, %v84 : i64
      %v695 = arith.addi %v694, %v585 : i64
      %v696 = llvm.getelementptr %in_x[%v693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v697 = llvm.load %v696 : !llvm.ptr -> f32
      %v698 = arith.addi %v584, %v193 : i64
      %v699 = arith.constant true
      %v700 = arith.addi %v15, %v698 : i64
      %v701 = llvm.getelementptr %v5[%v700] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v702 = llvm.load %v701 : !llvm.ptr<3> -> i64
      %v703 = arith.addi %v68, %v585 : i64
      %v704 = arith.cmpi slt, %v703, %v70 : i64
      %v705 = arith.subi %size_T, %v1 : i64
      %v706 = arith.minsi %v703, %v705 : i64
      %v707 = arith.addi %v702, %v706 : i64
      %v708 = arith.muli %v700, %v84 : i64
      %v709 = arith.addi %v708, %v585 : i64
      %v710 = llvm.getelementptr %in_x[%v707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v711 = llvm.load %v710 : !llvm.ptr -> f32
      %v712 = arith.addi %v584, %v208 : i64
      %v713 = arith.constant true
      %v714 = arith.addi %v15, %v712 : i64
      %v715 = llvm.getelementptr %v5[%v714] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v716 = llvm.load %v715 : !llvm.ptr<3> -> i64
      %v717 = arith.addi %v68, %v585 : i64
      %v718 = arith.cmpi slt, %v717, %v70 : i64
      %v719 = arith.subi %size_T, %v1 : i64
      %v720 = arith.minsi %v717, %v719 : i64
      %v721 = arith.addi %v716, %v720 : i64
      %v722 = arith.muli %v714, %v84 : i64
      %v723 = arith.addi %v722, %v585 : i64
      %v724 = llvm.getelementptr %in_x[%v721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v725 = llvm.load %v724 : !llvm.ptr -> f32
      %v726 = arith.addi %v584, %v223 : i64
      %v727 = arith.constant true
      %v728 = arith.addi %v15, %v726 : i64
      %v729 = llvm.getelementptr %v5[%v728] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v730 = llvm.load %v729 : !llvm.ptr<3> -> i64
      %v731 = arith.addi %v68, %v585 : i64
      %v732 = arith.cmpi slt, %v731, %v70 : i64
      %v733 = arith.subi %size_T, %v1 : i64
      %v734 = arith.minsi %v731, %v733 : i64
      %v735 = arith.addi %v730, %v734 : i64
      %v736 = arith.muli %v728, %v84 : i64
      %v737 = arith.addi %v736, %v585 : i64
      %v738 = llvm.getelementptr %in_x[%v735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v739 = llvm.load %v738 : !llvm.ptr -> f32
      %v740 = arith.addi %v584, %v238 : i64
      %v741 = arith.constant true
      %v742 = arith.addi %v15, %v740 : i64
      %v743 = llvm.getelementptr %v5[%v742] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v744 = llvm.load %v743 : !llvm.ptr<3> -> i64
      %v745 = arith.addi %v68, %v585 : i64
      %v746 = arith.cmpi slt, %v745, %v70 : i64
      %v747 = arith.subi %size_T, %v1 : i64
      %v748 = arith.minsi %v745, %v747 : i64
      %v749 = arith.addi %v744, %v748 : i64
      %v750 = arith.muli %v742, %v84 : i64
      %v751 = arith.addi %v750, %v585 : i64
      %v752 = llvm.getelementptr %in_x[%v749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v753 = llvm.load %v752 : !llvm.ptr -> f32
      %v754 = arith.addi %v584, %v253 : i64
      %v755 = arith.constant true
      %v756 = arith.addi %v15, %v754 : i64
      %v757 = llvm.getelementptr %v5[%v756] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v758 = llvm.load %v757 : !llvm.ptr<3> -> i64
      %v759 = arith.addi %v68, %v585 : i64
      %v760 = arith.cmpi slt, %v759, %v70 : i64
      %v761 = arith.subi %size_T, %v1 : i64
      %v762 = arith.minsi %v759, %v761 : i64
      %v763 = arith.addi %v758, %v762 : i64
      %v764 = arith.muli %v756, %v84 : i64
      %v765 = arith.addi %v764, %v585 : i64
      %v766 = llvm.getelementptr %in_x[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v767 = llvm.load %v766 : !llvm.ptr -> f32
      %v768 = arith.addi %v584, %v268 : i64
      %v769 = arith.constant true
      %v770 = arith.addi %v15, %v768 : i64
      %v771 = llvm.getelementptr %v5[%v770] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v772 = llvm.load %v771 : !llvm.ptr<3> -> i64
      %v773 = arith.addi %v68, %v585 : i64
      %v774 = arith.cmpi slt, %v773, %v70 : i64
      %v775 = arith.subi %size_T, %v1 : i64
      %v776 = arith.minsi %v773, %v775 : i64
      %v777 = arith.addi %v772, %v776 : i64
      %v778 = arith.muli %v770, %v84 : i64
      %v779 = arith.addi %v778, %v585 : i64
      %v780 = llvm.getelementptr %in_x[%v777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v781 = llvm.load %v780 : !llvm.ptr -> f32
      %v782 = arith.addi %v584, %v283 : i64
      %v783 = arith.constant true
      %v784 = arith.addi %v15, %v782 : i64
      %v785 = llvm.getelementptr %v5[%v784] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v786 = llvm.load %v785 : !llvm.ptr<3> -> i64
      %v787 = arith.addi %v68, %v585 : i64
      %v788 = arith.cmpi slt, %v787, %v70 : i64
      %v789 = arith.subi %size_T, %v1 : i64
      %v790 = arith.minsi %v787, %v789 : i64
      %v791 = arith.addi %v786, %v790 : i64
      %v792 = arith.muli %v784, %v84 : i64
      %v793 = arith.addi %v792, %v585 : i64
      %v794 = llvm.getelementptr %in_x[%v791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v795 = llvm.load %v794 : !llvm.ptr -> f32
      %v796 = arith.addi %v584, %v298 : i64
      %v797 = arith.constant true
      %v798 = arith.addi %v15, %v796 : i64
      %v799 = llvm.getelementptr %v5[%v798] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v800 = llvm.load %v799 : !llvm.ptr<3> -> i64
      %v801 = arith.addi %v68, %v585 : i64
      %v802 = arith.cmpi slt, %v801, %v70 : i64
      %v803 = arith.subi %size_T, %v1 : i64
      %v804 = arith.minsi %v801, %v803 : i64
      %v805 = arith.addi %v800, %v804 : i64
      %v806 = arith.muli %v798, %v84 : i64
      %v807 = arith.addi %v806, %v585 : i64
      %v808 = llvm.getelementptr %in_x[%v805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v809 = llvm.load %v808 : !llvm.ptr -> f32
      %v810 = arith.addi %v584, %v71 : i64
      %v811 = arith.constant true
      %v812 = arith.addi %v15, %v810 : i64
      %v813 = llvm.getelementptr %v5[%v812] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v814 = llvm.load %v813 : !llvm.ptr<3> -> i64
      %v815 = arith.addi %v68, %v585 : i64
      %v816 = arith.cmpi slt, %v815, %v70 : i64
      %v817 = arith.subi %size_T, %v1 : i64
      %v818 = arith.minsi %v815, %v817 : i64
      %v819 = arith.addi %v814, %v818 : i64
      %v820 = arith.muli %v812, %v84 : i64
      %v821 = arith.addi %v820, %v585 : i64
      %v822 = llvm.getelementptr %in_x[%v819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v823 = llvm.load %v822 : !llvm.ptr -> f32
      %v824 = arith.addi %v584, %v327 : i64
      %v825 = arith.constant true
      %v826 = arith.addi %v15, %v824 : i64
      %v827 = llvm.getelementptr %v5[%v826] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v828 = llvm.load %v827 : !llvm.ptr<3> -> i64
      %v829 = arith.addi %v68, %v585 : i64
      %v830 = arith.cmpi slt, %v829, %v70 : i64
      %v831 = arith.subi %size_T, %v1 : i64
      %v832 = arith.minsi %v829, %v831 : i64
      %v833 = arith.addi %v828, %v832 : i64
      %v834 = arith.muli %v826, %v84 : i64
      %v835 = arith.addi %v834, %v585 : i64
      %v836 = llvm.getelementptr %in_x[%v833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v837 = llvm.load %v836 : !llvm.ptr -> f32
      %v838 = arith.addi %v584, %v342 : i64
      %v839 = arith.constant true
      %v840 = arith.addi %v15, %v838 : i64
      %v841 = llvm.getelementptr %v5[%v840] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v842 = llvm.load %v841 : !llvm.ptr<3> -> i64
      %v843 = arith.addi %v68, %v585 : i64
      %v844 = arith.cmpi slt, %v843, %v70 : i64
      %v845 = arith.subi %size_T, %v1 : i64
      %v846 = arith.minsi %v843, %v845 : i64
      %v847 = arith.addi %v842, %v846 : i64
      %v848 = arith.muli %v840, %v84 : i64
      %v849 = arith.addi %v848, %v585 : i64
      %v850 = llvm.getelementptr %in_x[%v847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v851 = llvm.load %v850 : !llvm.ptr -> f32
      %v852 = arith.addi %v584, %v357 : i64
      %v853 = arith.constant true
      %v854 = arith.addi %v15, %v852 : i64
      %v855 = llvm.getelementptr %v5[%v854] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v856 = llvm.load %v855 : !llvm.ptr<3> -> i64
      %v857 = arith.addi %v68, %v585 : i64
      %v858 = arith.cmpi slt, %v857, %v70 : i64
      %v859 = arith.subi %size_T, %v1 : i64
      %v860 = arith.minsi %v857, %v859 : i64
      %v861 = arith.addi %v856, %v860 : i64
      %v862 = arith.muli %v854, %v84 : i64
      %v863 = arith.addi %v862, %v585 : i64
      %v864 = llvm.getelementptr %in_x[%v861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v865 = llvm.load %v864 : !llvm.ptr -> f32
      %v866 = arith.addi %v584, %v372 : i64
      %v867 = arith.constant true
      %v868 = arith.addi %v15, %v866 : i64
      %v869 = llvm.getelementptr %v5[%v868] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v870 = llvm.load %v869 : !llvm.ptr<3> -> i64
      %v871 = arith.addi %v68, %v585 : i64
      %v872 = arith.cmpi slt, %v871, %v70 : i64
      %v873 = arith.subi %size_T, %v1 : i64
      %v874 = arith.minsi %v871, %v873 : i64
      %v875 = arith.addi %v870, %v874 : i64
      %v876 = arith.muli %v868, %v84 : i64
      %v877 = arith.addi %v876, %v585 : i64
      %v878 = llvm.getelementptr %in_x[%v875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v879 = llvm.load %v878 : !llvm.ptr -> f32
      %v880 = arith.addi %v584, %v387 : i64
      %v881 = arith.constant true
      %v882 = arith.addi %v15, %v880 : i64
      %v883 = llvm.getelementptr %v5[%v882] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v884 = llvm.load %v883 : !llvm.ptr<3> -> i64
      %v885 = arith.addi %v68, %v585 : i64
      %v886 = arith.cmpi slt, %v885, %v70 : i64
      %v887 = arith.subi %size_T, %v1 : i64
      %v888 = arith.minsi %v885, %v887 : i64
      %v889 = arith.addi %v884, %v888 : i64
      %v890 = arith.muli %v882, %v84 : i64
      %v891 = arith.addi %v890, %v585 : i64
      %v892 = llvm.getelementptr %in_x[%v889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v893 = llvm.load %v892 : !llvm.ptr -> f32
      %v894 = arith.addi %v584, %v402 : i64
      %v895 = arith.constant true
      %v896 = arith.addi %v15, %v894 : i64
      %v897 = llvm.getelementptr %v5[%v896] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v898 = llvm.load %v897 : !llvm.ptr<3> -> i64
      %v899 = arith.addi %v68, %v585 : i64
      %v900 = arith.cmpi slt, %v899, %v70 : i64
      %v901 = arith.subi %size_T, %v1 : i64
      %v902 = arith.minsi %v899, %v901 : i64
      %v903 = arith.addi %v898, %v902 : i64
      %v904 = arith.muli %v896, %v84 : i64
      %v905 = arith.addi %v904, %v585 : i64
      %v906 = llvm.getelementptr %in_x[%v903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v907 = llvm.load %v906 : !llvm.ptr -> f32
      %v908 = arith.addi %v584, %v417 : i64
      %v909 = arith.constant true
      %v910 = arith.addi %v15, %v908 : i64
      %v911 = llvm.getelementptr %v5[%v910] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v912 = llvm.load %v911 : !llvm.ptr<3> -> i64
      %v913 = arith.addi %v68, %v585 : i64
      %v914 = arith.cmpi slt, %v913, %v70 : i64
      %v915 = arith.subi %size_T, %v1 : i64
      %v916 = arith.minsi %v913, %v915 : i64
      %v917 = arith.addi %v912, %v916 : i64
      %v918 = arith.muli %v910, %v84 : i64
      %v919 = arith.addi %v918, %v585 : i64
      %v920 = llvm.getelementptr %in_x[%v917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v921 = llvm.load %v920 : !llvm.ptr -> f32
      %v922 = arith.addi %v584, %v432 : i64
      %v923 = arith.constant true
      %v924 = arith.addi %v15, %v922 : i64
      %v925 = llvm.getelementptr %v5[%v924] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v926 = llvm.load %v925 : !llvm.ptr<3> -> i64
      %v927 = arith.addi %v68, %v585 : i64
      %v928 = arith.cmpi slt, %v927, %v70 : i64
      %v929 = arith.subi %size_T, %v1 : i64
      %v930 = arith.minsi %v927, %v929 : i64
      %v931 = arith.addi %v926, %v930 : i64
      %v932 = arith.muli %v924, %v84 : i64
      %v933 = arith.addi %v932, %v585 : i64
      %v934 = llvm.getelementptr %in_x[%v931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v935 = llvm.load %v934 : !llvm.ptr -> f32
      %v936 = arith.addi %v584, %v447 : i64
      %v937 = arith.constant true
      %v938 = arith.addi %v15, %v936 : i64
      %v939 = llvm.getelementptr %v5[%v938] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v940 = llvm.load %v939 : !llvm.ptr<3> -> i64
      %v941 = arith.addi %v68, %v585 : i64
      %v942 = arith.cmpi slt, %v941, %v70 : i64
      %v943 = arith.subi %size_T, %v1 : i64
      %v944 = arith.minsi %v941, %v943 : i64
      %v945 = arith.addi %v940, %v944 : i64
      %v946 = arith.muli %v938, %v84 : i64
      %v947 = arith.addi %v946, %v585 : i64
      %v948 = llvm.getelementptr %in_x[%v945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v949 = llvm.load %v948 : !llvm.ptr -> f32
      %v950 = arith.addi %v584, %v462 : i64
      %v951 = arith.constant true
      %v952 = arith.addi %v15, %v950 : i64
      %v953 = llvm.getelementptr %v5[%v952] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v954 = llvm.load %v953 : !llvm.ptr<3> -> i64
      %v955 = arith.addi %v68, %v585 : i64
      %v956 = arith.cmpi slt, %v955, %v70 : i64
      %v957 = arith.subi %size_T, %v1 : i64
      %v958 = arith.minsi %v955, %v957 : i64
      %v959 = arith.addi %v954, %v958 : i64
      %v960 = arith.muli %v952, %v84 : i64
      %v961 = arith.addi %v960, %v585 : i64
      %v962 = llvm.getelementptr %in_x[%v959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v963 = llvm.load %v962 : !llvm.ptr -> f32
      %v964 = arith.addi %v584, %v477 : i64
      %v965 = arith.constant true
      %v966 = arith.addi %v15, %v964 : i64
      %v967 = llvm.getelementptr %v5[%v966] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v968 = llvm.load %v967 : !llvm.ptr<3> -> i64
      %v969 = arith.addi %v68, %v585 : i64
      %v970 = arith.cmpi slt, %v969, %v70 : i64
      %v971 = arith.subi %size_T, %v1 : i64
      %v972 = arith.minsi %v969, %v971 : i64
      %v973 = arith.addi %v968, %v972 : i64
      %v974 = arith.muli %v966, %v84 : i64
      %v975 = arith.addi %v974, %v585 : i64
      %v976 = llvm.getelementptr %in_x[%v973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v977 = llvm.load %v976 : !llvm.ptr -> f32
      %v978 = arith.addi %v584, %v492 : i64
      %v979 = arith.constant true
      %v980 = arith.addi %v15, %v978 : i64
      %v981 = llvm.getelementptr %v5[%v980] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v982 = llvm.load %v981 : !llvm.ptr<3> -> i64
      %v983 = arith.addi %v68, %v585 : i64
      %v984 = arith.cmpi slt, %v983, %v70 : i64
      %v985 = arith.subi %size_T, %v1 : i64
      %v986 = arith.minsi %v983, %v985 : i64
      %v987 = arith.addi %v982, %v986 : i64
      %v988 = arith.muli %v980, %v84 : i64
      %v989 = arith.addi %v988, %v585 : i64
      %v990 = llvm.getelementptr %in_x[%v987] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v991 = llvm.load %v990 : !llvm.ptr -> f32
      %v992 = arith.addi %v584, %v507 : i64
      %v993 = arith.constant true
      %v994 = arith.addi %v15, %v992 : i64
      %v995 = llvm.getelementptr %v5[%v994] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v996 = llvm.load %v995 : !llvm.ptr<3> -> i64
      %v997 = arith.addi %v68, %v585 : i64
      %v998 = arith.cmpi slt, %v997, %v70 : i64
      %v999 = arith.subi %size_T, %v1 : i64
      %v1000 = arith.minsi %v997, %v999 : i64
      %v1001 = arith.addi %v996, %v1000 : i64
      %v1002 = arith.muli %v994, %v84 : i64
      %v1003 = arith.addi %v1002, %v585 : i64
      %v1004 = llvm.getelementptr %in_x[%v1001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1005 = llvm.load %v1004 : !llvm.ptr -> f32
      %v1006 = arith.addi %v584, %v522 : i64
      %v1007 = arith.constant true
      %v1008 = arith.addi %v15, %v1006 : i64
      %v1009 = llvm.getelementptr %v5[%v1008] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1010 = llvm.load %v1009 : !llvm.ptr<3> -> i64
      %v1011 = arith.addi %v68, %v585 : i64
      %v1012 = arith.cmpi slt, %v1011, %v70 : i64
      %v1013 = arith.subi %size_T, %v1 : i64
      %v1014 = arith.minsi %v1011, %v1013 : i64
      %v1015 = arith.addi %v1010, %v1014 : i64
      %v1016 = arith.muli %v1008, %v84 : i64
      %v1017 = arith.addi %v1016, %v585 : i64
      %v1018 = llvm.getelementptr %in_x[%v1015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1019 = llvm.load %v1018 : !llvm.ptr -> f32
      %v1020 = arith.addi %v584, %v537 : i64
      %v1021 = arith.constant true
      %v1022 = arith.addi %v15, %v1020 : i64
      %v1023 = llvm.getelementptr %v5[%v1022] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1024 = llvm.load %v1023 : !llvm.ptr<3> -> i64
      %v1025 = arith.addi %v68, %v585 : i64
      %v1026 = arith.cmpi slt, %v1025, %v70 : i64
      %v1027 = arith.subi %size_T, %v1 : i64
      %v1028 = arith.minsi %v1025, %v1027 : i64
      %v1029 = arith.addi %v1024, %v1028 : i64
      %v1030 = arith.muli %v1022, %v84 : i64
      %v1031 = arith.addi %v1030, %v585 : i64
      %v1032 = llvm.getelementptr %in_x[%v1029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1033 = llvm.load %v1032 : !llvm.ptr -> f32
      scf.if %v587 {
        %v1034 = llvm.getelementptr %v6[%v597] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v599, %v1034 : f32, !llvm.ptr<3>
      }
      scf.if %v601 {
        %v1035 = llvm.getelementptr %v6[%v611] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v613, %v1035 : f32, !llvm.ptr<3>
      }
      scf.if %v615 {
        %v1036 = llvm.getelementptr %v6[%v625] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v627, %v1036 : f32, !llvm.ptr<3>
      }
      scf.if %v629 {
        %v1037 = llvm.getelementptr %v6[%v639] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v641, %v1037 : f32, !llvm.ptr<3>
      }
      scf.if %v643 {
        %v1038 = llvm.getelementptr %v6[%v653] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v655, %v1038 : f32, !llvm.ptr<3>
      }
      scf.if %v657 {
        %v1039 = llvm.getelementptr %v6[%v667] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v669, %v1039 : f32, !llvm.ptr<3>
      }
      scf.if %v671 {
        %v1040 = llvm.getelementptr %v6[%v681] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v683, %v1040 : f32, !llvm.ptr<3>
      }
      scf.if %v685 {
        %v1041 = llvm.getelementptr %v6[%v695] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v697, %v1041 : f32, !llvm.ptr<3>
      }
      scf.if %v699 {
        %v1042 = llvm.getelementptr %v6[%v709] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v711, %v1042 : f32, !llvm.ptr<3>
      }
      scf.if %v713 {
        %v1043 = llvm.getelementptr %v6[%v723] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v725, %v1043 : f32, !llvm.ptr<3>
      }
      scf.if %v727 {
        %v1044 = llvm.getelementptr %v6[%v737] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v739, %v1044 : f32, !llvm.ptr<3>
      }
      scf.if %v741 {
        %v1045 = llvm.getelementptr %v6[%v751] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v753, %v1045 : f32, !llvm.ptr<3>
      }
      scf.if %v755 {
        %v1046 = llvm.getelementptr %v6[%v765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v767, %v1046 : f32, !llvm.ptr<3>
      }
      scf.if %v769 {
        %v1047 = llvm.getelementptr %v6[%v779] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v781, %v1047 : f32, !llvm.ptr<3>
      }
      scf.if %v783 {
        %v1048 = llvm.getelementptr %v6[%v793] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v795, %v1048 : f32, !llvm.ptr<3>
      }
      scf.if %v797 {
        %v1049 = llvm.getelementptr %v6[%v807] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v809, %v1049 : f32, !llvm.ptr<3>
      }
      scf.if %v811 {
        %v1050 = llvm.getelementptr %v6[%v821] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v823, %v1050 : f32, !llvm.ptr<3>
      }
      scf.if %v825 {
        %v1051 = llvm.getelementptr %v6[%v835] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v837, %v1051 : f32, !llvm.ptr<3>
      }
      scf.if %v839 {
        %v1052 = llvm.getelementptr %v6[%v849] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v851, %v1052 : f32, !llvm.ptr<3>
      }
      scf.if %v853 {
        %v1053 = llvm.getelementptr %v6[%v863] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v865, %v1053 : f32, !llvm.ptr<3>
      }
      scf.if %v867 {
        %v1054 = llvm.getelementptr %v6[%v877] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v879, %v1054 : f32, !llvm.ptr<3>
      }
      scf.if %v881 {
        %v1055 = llvm.getelementptr %v6[%v891] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v893, %v1055 : f32, !llvm.ptr<3>
      }
      scf.if %v895 {
        %v1056 = llvm.getelementptr %v6[%v905] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v907, %v1056 : f32, !llvm.ptr<3>
      }
      scf.if %v909 {
        %v1057 = llvm.getelementptr %v6[%v919] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v921, %v1057 : f32, !llvm.ptr<3>
      }
      scf.if %v923 {
        %v1058 = llvm.getelementptr %v6[%v933] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v935, %v1058 : f32, !llvm.ptr<3>
      }
      scf.if %v937 {
        %v1059 = llvm.getelementptr %v6[%v947] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v949, %v1059 : f32, !llvm.ptr<3>
      }
      scf.if %v951 {
        %v1060 = llvm.getelementptr %v6[%v961] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v963, %v1060 : f32, !llvm.ptr<3>
      }
      scf.if %v965 {
        %v1061 = llvm.getelementptr %v6[%v975] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v977, %v1061 : f32, !llvm.ptr<3>
      }
      scf.if %v979 {
        %v1062 = llvm.getelementptr %v6[%v989] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v991, %v1062 : f32, !llvm.ptr<3>
      }
      scf.if %v993 {
        %v1063 = llvm.getelementptr %v6[%v1003] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1005, %v1063 : f32, !llvm.ptr<3>
      }
      scf.if %v1007 {
        %v1064 = llvm.getelementptr %v6[%v1017] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1019, %v1064 : f32, !llvm.ptr<3>
      }
      scf.if %v1021 {
        %v1065 = llvm.getelementptr %v6[%v1031] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1033, %v1065 : f32, !llvm.ptr<3>
      }
      // end staged load of `x`
      gpu.barrier
      %v1066 = arith.index_cast %v68 : i64 to index
      %v1067 = arith.index_cast %v70 : i64 to index
      %v1068 = arith.index_cast %v71 : i64 to index
      scf.for %v1069 = %v1066 to %v1067 step %v1068 {
        %v1070 = arith.index_cast %v1069 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v1071 = arith.remui %v1070, %v15 : i64
        %v1072 = arith.cmpi eq, %v1071, %v30 : i64
        %v1073 = arith.andi %v1072, %v23 : i1
        scf.if %v1073 {
          %v1074 = arith.divui %v1070, %v15 : i64
          %v1075 = llvm.mlir.zero : !llvm.ptr
          %v1076 = llvm.icmp "ne" %ckpt_h, %v1075 : !llvm.ptr
          scf.if %v1076 {
            %v1079 = arith.muli %v1074, %v1078 : i64
            %v1080 = llvm.load %v4 : !llvm.ptr -> f32
            %v1082 = arith.muli %v28, %v1081 : i64
            %v1083 = arith.muli %v26, %v1 : i64
            %v1084 = arith.addi %v1082, %v1083 : i64
            %v1085 = arith.addi %v1079, %v1084 : i64
            %v1086 = llvm.getelementptr %ckpt_h[%v1085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1080, %v1086 : f32, !llvm.ptr
          }
        }
        // end save
        %v1087 = arith.subi %v70, %v1070 : i64
        %v1088 = arith.minsi %v1087, %v71 : i64
        %v1089 = arith.addi %v1070, %v71 : i64
        %v1090 = arith.divui %v13, %v71 : i64
        %v1091 = arith.remui %v13, %v71 : i64
        %v1092 = arith.addi %v1090, %v30 : i64
        %v1093 = arith.constant true
        %v1094 = arith.addi %v30, %v1092 : i64
        %v1095 = llvm.getelementptr %v5[%v1094] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1096 = llvm.load %v1095 : !llvm.ptr<3> -> i64
        %v1097 = arith.addi %v1089, %v1091 : i64
        %v1098 = arith.cmpi slt, %v1097, %v70 : i64
        %v1099 = arith.subi %size_T, %v1 : i64
        %v1100 = arith.minsi %v1097, %v1099 : i64
        %v1101 = arith.addi %v1096, %v1100 : i64
        %v1102 = arith.muli %v1094, %v84 : i64
        %v1103 = arith.addi %v1102, %v1091 : i64
        %v1104 = llvm.getelementptr %in_a[%v1101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1105 = llvm.load %v1104 : !llvm.ptr -> f32
        %v1106 = arith.addi %v1090, %v56 : i64
        %v1107 = arith.constant true
        %v1108 = arith.addi %v30, %v1106 : i64
        %v1109 = llvm.getelementptr %v5[%v1108] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1110 = llvm.load %v1109 : !llvm.ptr<3> -> i64
        %v1111 = arith.addi %v1089, %v1091 : i64
        %v1112 = arith.cmpi slt, %v1111, %v70 : i64
        %v1113 = arith.subi %size_T, %v1 : i64
        %v1114 = arith.minsi %v1111, %v1113 : i64
        %v1115 = arith.addi %v1110, %v1114 : i64
        %v1116 = arith.muli %v1108, %v84 : i64
        %v1117 = arith.addi %v1116, %v1091 : i64
        %v1118 = llvm.getelementptr %in_a[%v1115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1119 = llvm.load %v1118 : !llvm.ptr -> f32
        %v1120 = arith.addi %v1090, %v103 : i64
        %v1121 = arith.constant true
        %v1122 = arith.addi %v30, %v1120 : i64
        %v1123 = llvm.getelementptr %v5[%v1122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1124 = llvm.load %v1123 : !llvm.ptr<3> -> i64
        %v1125 = arith.addi %v1089, %v1091 : i64
        %v1126 = arith.cmpi slt, %v1125, %v70 : i64
        %v1127 = arith.subi %size_T, %v1 : i64
        %v1128 = arith.minsi %v1125, %v1127 : i64
        %v1129 = arith.addi %v1124, %v1128 : i64
        %v1130 = arith.muli %v1122, %v84 : i64
        %v1131 = arith.addi %v1130, %v1091 : i64
        %v1132 = llvm.getelementptr %in_a[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1133 = llvm.load %v1132 : !llvm.ptr -> f32
        %v1134 = arith.addi %v1090, %v118 : i64
        %v1135 = arith.constant true
        %v1136 = arith.addi %v30, %v1134 : i64
        %v1137 = llvm.getelementptr %v5[%v1136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1138 = llvm.load %v1137 : !llvm.ptr<3> -> i64
        %v1139 = arith.addi %v1089, %v1091 : i64
        %v1140 = arith.cmpi slt, %v1139, %v70 : i64
        %v1141 = arith.subi %size_T, %v1 : i64
        %v1142 = arith.minsi %v1139, %v1141 : i64
        %v1143 = arith.addi %v1138, %v1142 : i64
        %v1144 = arith.muli %v1136, %v84 : i64
        %v1145 = arith.addi %v1144, %v1091 : i64
        %v1146 = llvm.getelementptr %in_a[%v1143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1147 = llvm.load %v1146 : !llvm.ptr -> f32
        %v1148 = arith.addi %v1090, %v133 : i64
        %v1149 = arith.constant true
        %v1150 = arith.addi %v30, %v1148 : i64
        %v1151 = llvm.getelementptr %v5[%v1150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1152 = llvm.load %v1151 : !llvm.ptr<3> -> i64
        %v1153 = arith.addi %v1089, %v1091 : i64
        %v1154 = arith.cmpi slt, %v1153, %v70 : i64
        %v1155 = arith.subi %size_T, %v1 : i64
        %v1156 = arith.minsi %v1153, %v1155 : i64
        %v1157 = arith.addi %v1152, %v1156 : i64
        %v1158 = arith.muli %v1150, %v84 : i64
        %v1159 = arith.addi %v1158, %v1091 : i64
        %v1160 = llvm.getelementptr %in_a[%v1157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1161 = llvm.load %v1160 : !llvm.ptr -> f32
        %v1162 = arith.addi %v1090, %v148 : i64
        %v1163 = arith.constant true
        %v1164 = arith.addi %v30, %v1162 : i64
        %v1165 = llvm.getelementptr %v5[%v1164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1166 = llvm.load %v1165 : !llvm.ptr<3> -> i64
        %v1167 = arith.addi %v1089, %v1091 : i64
        %v1168 = arith.cmpi slt, %v1167, %v70 : i64
        %v1169 = arith.subi %size_T, %v1 : i64
        %v1170 = arith.minsi %v1167, %v1169 : i64
        %v1171 = arith.addi %v1166, %v1170 : i64
        %v1172 = arith.muli %v1164, %v84 : i64
        %v1173 = arith.addi %v1172, %v1091 : i64
        %v1174 = llvm.getelementptr %in_a[%v1171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1175 = llvm.load %v1174 : !llvm.ptr -> f32
        %v1176 = arith.addi %v1090, %v163 : i64
        %v1177 = arith.constant true
        %v1178 = arith.addi %v30, %v1176 : i64
        %v1179 = llvm.getelementptr %v5[%v1178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1180 = llvm.load %v1179 : !llvm.ptr<3> -> i64
        %v1181 = arith.addi %v1089, %v1091 : i64
        %v1182 = arith.cmpi slt, %v1181, %v70 : i64
        %v1183 = arith.subi %size_T, %v1 : i64
        %v1184 = arith.minsi %v1181, %v1183 : i64
        %v1185 = arith.addi %v1180, %v1184 : i64
        %v1186 = arith.muli %v1178, %v84 : i64
        %v1187 = arith.addi %v1186, %v1091 : i64
        %v1188 = llvm.getelementptr %in_a[%v1185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1189 = llvm.load %v1188 : !llvm.ptr -> f32
        %v1190 = arith.addi %v1090, %v178 : i64
        %v1191 = arith.constant true
        %v1192 = arith.addi %v30, %v1190 : i64
        %v1193 = llvm.getelementptr %v5[%v1192] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1194 = llvm.load %v1193 : !llvm.ptr<3> -> i64
        %v1195 = arith.addi %v1089, %v1091 : i64
        %v1196 = arith.cmpi slt, %v1195, %v70 : i64
        %v1197 = arith.subi %size_T, %v1 : i64
        %v1198 = arith.minsi %v1195, %v1197 : i64
        %v1199 = arith.addi %v1194, %v1198 : i64
        %v1200 = arith.muli %v1192, %v84 : i64
        %v1201 = arith.addi %v1200, %v1091 : i64
        %v1202 = llvm.getelementptr %in_a[%v1199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1203 = llvm.load %v1202 : !llvm.ptr -> f32
        %v1204 = arith.addi %v1090, %v193 : i64
        %v1205 = arith.constant true
        %v1206 = arith.addi %v30, %v1204 : i64
        %v1207 = llvm.getelementptr %v5[%v1206] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1208 = llvm.load %v1207 : !llvm.ptr<3> -> i64
        %v1209 = arith.addi %v1089, %v1091 : i64
        %v1210 = arith.cmpi slt, %v1209, %v70 : i64
        %v1211 = arith.subi %size_T, %v1 : i64
        %v1212 = arith.minsi %v1209, %v1211 : i64
        %v1213 = arith.addi %v1208, %v1212 : i64
        %v1214 = arith.muli %v1206, %v84 : i64
        %v1215 = arith.addi %v1214, %v1091 : i64
        %v1216 = llvm.getelementptr %in_a[%v1213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1217 = llvm.load %v1216 : !llvm.ptr -> f32
        %v1218 = arith.addi %v1090, %v208 : i64
        %v1219 = arith.constant true
        %v1220 = arith.addi %v30, %v1218 : i64
        %v1221 = llvm.getelementptr %v5[%v1220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1222 = llvm.load %v1221 : !llvm.ptr<3> -> i64
        %v1223 = arith.addi %v1089, %v1091 : i64
        %v1224 = arith.cmpi slt, %v1223, %v70 : i64
        %v1225 = arith.subi %size_T, %v1 : i64
        %v1226 = arith.minsi %v1223, %v1225 : i64
        %v1227 = arith.addi %v1222, %v1226 : i64
        %v1228 = arith.muli %v1220, %v84 : i64
        %v1229 = arith.addi %v1228, %v1091 : i64
        %v1230 = llvm.getelementptr %in_a[%v1227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1231 = llvm.load %v1230 : !llvm.ptr -> f32
        %v1232 = arith.addi %v1090, %v223 : i64
        %v1233 = arith.constant true
        %v1234 = arith.addi %v30, %v1232 : i64
        %v1235 = llvm.getelementptr %v5[%v1234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1236 = llvm.load %v1235 : !llvm.ptr<3> -> i64
        %v1237 = arith.addi %v1089, %v1091 : i64
        %v1238 = arith.cmpi slt, %v1237, %v70 : i64
        %v1239 = arith.subi %size_T, %v1 : i64
        %v1240 = arith.minsi %v1237, %v1239 : i64
        %v1241 = arith.addi %v1236, %v1240 : i64
        %v1242 = arith.muli %v1234, %v84 : i64
        %v1243 = arith.addi %v1242, %v1091 : i64
        %v1244 = llvm.getelementptr %in_a[%v1241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1245 = llvm.load %v1244 : !llvm.ptr -> f32
        %v1246 = arith.addi %v1090, %v238 : i64
        %v1247 = arith.constant true
        %v1248 = arith.addi %v30, %v1246 : i64
        %v1249 = llvm.getelementptr %v5[%v1248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1250 = llvm.load %v1249 : !llvm.ptr<3> -> i64
        %v1251 = arith.addi %v1089, %v1091 : i64
        %v1252 = arith.cmpi slt, %v1251, %v70 : i64
        %v1253 = arith.subi %size_T, %v1 : i64
        %v1254 = arith.minsi %v1251, %v1253 : i64
        %v1255 = arith.addi %v1250, %v1254 : i64
        %v1256 = arith.muli %v1248, %v84 : i64
        %v1257 = arith.addi %v1256, %v1091 : i64
        %v1258 = llvm.getelementptr %in_a[%v1255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1259 = llvm.load %v1258 : !llvm.ptr -> f32
        %v1260 = arith.addi %v1090, %v253 : i64
        %v1261 = arith.constant true
        %v1262 = arith.addi %v30, %v1260 : i64
        %v1263 = llvm.getelementptr %v5[%v1262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1264 = llvm.load %v1263 : !llvm.ptr<3> -> i64
        %v1265 = arith.addi %v1089, %v1091 : i64
        %v1266 = arith.cmpi slt, %v1265, %v70 : i64
        %v1267 = arith.subi %size_T, %v1 : i64
        %v1268 = arith.minsi %v1265, %v1267 : i64
        %v1269 = arith.addi %v1264, %v1268 : i64
        %v1270 = arith.muli %v1262, %v84 : i64
        %v1271 = arith.addi %v1270, %v1091 : i64
        %v1272 = llvm.getelementptr %in_a[%v1269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1273 = llvm.load %v1272 : !llvm.ptr -> f32
        %v1274 = arith.addi %v1090, %v268 : i64
        %v1275 = arith.constant true
        %v1276 = arith.addi %v30, %v1274 : i64
        %v1277 = llvm.getelementptr %v5[%v1276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1278 = llvm.load %v1277 : !llvm.ptr<3> -> i64
        %v1279 = arith.addi %v1089, %v1091 : i64
        %v1280 = arith.cmpi slt, %v1279, %v70 : i64
        %v1281 = arith.subi %size_T, %v1 : i64
        %v1282 = arith.minsi %v1279, %v1281 : i64
        %v1283 = arith.addi %v1278, %v1282 : i64
        %v1284 = arith.muli %v1276, %v84 : i64
        %v1285 = arith.addi %v1284, %v1091 : i64
        %v1286 = llvm.getelementptr %in_a[%v1283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1287 = llvm.load %v1286 : !llvm.ptr -> f32
        %v1288 = arith.addi %v1090, %v283 : i64
        %v1289 = arith.constant true
        %v1290 = arith.addi %v30, %v1288 : i64
        %v1291 = llvm.getelementptr %v5[%v1290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1292 = llvm.load %v1291 : !llvm.ptr<3> -> i64
        %v1293 = arith.addi %v1089, %v1091 : i64
        %v1294 = arith.cmpi slt, %v1293, %v70 : i64
        %v1295 = arith.subi %size_T, %v1 : i64
        %v1296 = arith.minsi %v1293, %v1295 : i64
        %v1297 = arith.addi %v1292, %v1296 : i64
        %v1298 = arith.muli %v1290, %v84 : i64
        %v1299 = arith.addi %v1298, %v1091 : i64
        %v1300 = llvm.getelementptr %in_a[%v1297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1301 = llvm.load %v1300 : !llvm.ptr -> f32
        %v1302 = arith.addi %v1090, %v298 : i64
        %v1303 = arith.constant true
        %v1304 = arith.addi %v30, %v1302 : i64
        %v1305 = llvm.getelementptr %v5[%v1304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1306 = llvm.load %v1305 : !llvm.ptr<3> -> i64
        %v1307 = arith.addi %v1089, %v1091 : i64
        %v1308 = arith.cmpi slt, %v1307, %v70 : i64
        %v1309 = arith.subi %size_T, %v1 : i64
        %v1310 = arith.minsi %v1307, %v1309 : i64
        %v1311 = arith.addi %v1306, %v1310 : i64
        %v1312 = arith.muli %v1304, %v84 : i64
        %v1313 = arith.addi %v1312, %v1091 : i64
        %v1314 = llvm.getelementptr %in_a[%v1311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1315 = llvm.load %v1314 : !llvm.ptr -> f32
        %v1316 = arith.addi %v1090, %v71 : i64
        %v1317 = arith.constant true
        %v1318 = arith.addi %v30, %v1316 : i64
        %v1319 = llvm.getelementptr %v5[%v1318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1320 = llvm.load %v1319 : !llvm.ptr<3> -> i64
        %v1321 = arith.addi %v1089, %v1091 : i64
        %v1322 = arith.cmpi slt, %v1321, %v70 : i64
        %v1323 = arith.subi %size_T, %v1 : i64
        %v1324 = arith.minsi %v1321, %v1323 : i64
        %v1325 = arith.addi %v1320, %v1324 : i64
        %v1326 = arith.muli %v1318, %v84 : i64
        %v1327 = arith.addi %v1326, %v1091 : i64
        %v1328 = llvm.getelementptr %in_a[%v1325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1329 = llvm.load %v1328 : !llvm.ptr -> f32
        %v1330 = arith.addi %v1090, %v327 : i64
        %v1331 = arith.constant true
        %v1332 = arith.addi %v30, %v1330 : i64
        %v1333 = llvm.getelementptr %v5[%v1332] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1334 = llvm.load %v1333 : !llvm.ptr<3> -> i64
        %v1335 = arith.addi %v1089, %v1091 : i64
        %v1336 = arith.cmpi slt, %v1335, %v70 : i64
        %v1337 = arith.subi %size_T, %v1 : i64
        %v1338 = arith.minsi %v1335, %v1337 : i64
        %v1339 = arith.addi %v1334, %v1338 : i64
        %v1340 = arith.muli %v1332, %v84 : i64
        %v1341 = arith.addi %v1340, %v1091 : i64
        %v1342 = llvm.getelementptr %in_a[%v1339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1343 = llvm.load %v1342 : !llvm.ptr -> f32
        %v1344 = arith.addi %v1090, %v342 : i64
        %v1345 = arith.constant true
        %v1346 = arith.addi %v30, %v1344 : i64
        %v1347 = llvm.getelementptr %v5[%v1346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1348 = llvm.load %v1347 : !llvm.ptr<3> -> i64
        %v1349 = arith.addi %v1089, %v1091 : i64
        %v1350 = arith.cmpi slt, %v1349, %v70 : i64
        %v1351 = arith.subi %size_T, %v1 : i64
        %v1352 = arith.minsi %v1349, %v1351 : i64
        %v1353 = arith.addi %v1348, %v1352 : i64
        %v1354 = arith.muli %v1346, %v84 : i64
        %v1355 = arith.addi %v1354, %v1091 : i64
        %v1356 = llvm.getelementptr %in_a[%v1353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1357 = llvm.load %v1356 : !llvm.ptr -> f32
        %v1358 = arith.addi %v1090, %v357 : i64
        %v1359 = arith.constant true
        %v1360 = arith.addi %v30, %v1358 : i64
        %v1361 = llvm.getelementptr %v5[%v1360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1362 = llvm.load %v1361 : !llvm.ptr<3> -> i64
        %v1363 = arith.addi %v1089, %v1091 : i64
        %v1364 = arith.cmpi slt, %v1363, %v70 : i64
        %v1365 = arith.subi %size_T, %v1 : i64
        %v1366 = arith.minsi %v1363, %v1365 : i64
        %v1367 = arith.addi %v1362, %v1366 : i64
        %v1368 = arith.muli %v1360, %v84 : i64
        %v1369 = arith.addi %v1368, %v1091 : i64
        %v1370 = llvm.getelementptr %in_a[%v1367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1371 = llvm.load %v1370 : !llvm.ptr -> f32
        %v1372 = arith.addi %v1090, %v372 : i64
        %v1373 = arith.constant true
        %v1374 = arith.addi %v30, %v1372 : i64
        %v1375 = llvm.getelementptr %v5[%v1374] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1376 = llvm.load %v1375 : !llvm.ptr<3> -> i64
        %v1377 = arith.addi %v1089, %v1091 : i64
        %v1378 = arith.cmpi slt, %v1377, %v70 : i64
        %v1379 = arith.subi %size_T, %v1 : i64
        %v1380 = arith.minsi %v1377, %v1379 : i64
        %v1381 = arith.addi %v1376, %v1380 : i64
        %v1382 = arith.muli %v1374, %v84 : i64
        %v1383 = arith.addi %v1382, %v1091 : i64
        %v1384 = llvm.getelementptr %in_a[%v1381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1385 = llvm.load %v1384 : !llvm.ptr -> f32
        %v1386 = arith.addi %v1090, %v387 : i64
        %v1387 = arith.constant true
        %v1388 = arith.addi %v30, %v1386 : i64
        %v1389 = llvm.getelementptr %v5[%v1388] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1390 = llvm.load %v1389 : !llvm.ptr<3> -> i64
        %v1391 = arith.addi %v1089, %v1091 : i64
        %v1392 = arith.cmpi slt, %v1391, %v70 : i64
        %v1393 = arith.subi %size_T, %v1 : i64
        %v1394 = arith.minsi %v1391, %v1393 : i64
        %v1395 = arith.addi %v1390, %v1394 : i64
        %v1396 = arith.muli %v1388, %v84 : i64
        %v1397 = arith.addi %v1396, %v1091 : i64
        %v1398 = llvm.getelementptr %in_a[%v1395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1399 = llvm.load %v1398 : !llvm.ptr -> f32
        %v1400 = arith.addi %v1090, %v402 : i64
        %v1401 = arith.constant true
        %v1402 = arith.addi %v30, %v1400 : i64
        %v1403 = llvm.getelementptr %v5[%v1402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1404 = llvm.load %v1403 : !llvm.ptr<3> -> i64
        %v1405 = arith.addi %v1089, %v1091 : i64
        %v1406 = arith.cmpi slt, %v1405, %v70 : i64
        %v1407 = arith.subi %size_T, %v1 : i64
        %v1408 = arith.minsi %v1405, %v1407 : i64
        %v1409 = arith.addi %v1404, %v1408 : i64
        %v1410 = arith.muli %v1402, %v84 : i64
        %v1411 = arith.addi %v1410, %v1091 : i64
        %v1412 = llvm.getelementptr %in_a[%v1409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1413 = llvm.load %v1412 : !llvm.ptr -> f32
        %v1414 = arith.addi %v1090, %v417 : i64
        %v1415 = arith.constant true
        %v1416 = arith.addi %v30, %v1414 : i64
        %v1417 = llvm.getelementptr %v5[%v1416] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1418 = llvm.load %v1417 : !llvm.ptr<3> -> i64
        %v1419 = arith.addi %v1089, %v1091 : i64
        %v1420 = arith.cmpi slt, %v1419, %v70 : i64
        %v1421 = arith.subi %size_T, %v1 : i64
        %v1422 = arith.minsi %v1419, %v1421 : i64
        %v1423 = arith.addi %v1418, %v1422 : i64
        %v1424 = arith.muli %v1416, %v84 : i64
        %v1425 = arith.addi %v1424, %v1091 : i64
        %v1426 = llvm.getelementptr %in_a[%v1423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1427 = llvm.load %v1426 : !llvm.ptr -> f32
        %v1428 = arith.addi %v1090, %v432 : i64
        %v1429 = arith.constant true
        %v1430 = arith.addi %v30, %v1428 : i64
        %v1431 = llvm.getelementptr %v5[%v1430] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1432 = llvm.load %v1431 : !llvm.ptr<3> -> i64
        %v1433 = arith.addi %v1089, %v1091 : i64
        %v1434 = arith.cmpi slt, %v1433, %v70 : i64
        %v1435 = arith.subi %size_T, %v1 : i64
        %v1436 = arith.minsi %v1433, %v1435 : i64
        %v1437 = arith.addi %v1432, %v1436 : i64
        %v1438 = arith.muli %v1430, %v84 : i64
        %v1439 = arith.addi %v1438, %v1091 : i64
        %v1440 = llvm.getelementptr %in_a[%v1437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1441 = llvm.load %v1440 : !llvm.ptr -> f32
        %v1442 = arith.addi %v1090, %v447 : i64
        %v1443 = arith.constant true
        %v1444 = arith.addi %v30, %v1442 : i64
        %v1445 = llvm.getelementptr %v5[%v1444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1446 = llvm.load %v1445 : !llvm.ptr<3> -> i64
        %v1447 = arith.addi %v1089, %v1091 : i64
        %v1448 = arith.cmpi slt, %v1447, %v70 : i64
        %v1449 = arith.subi %size_T, %v1 : i64
        %v1450 = arith.minsi %v1447, %v1449 : i64
        %v1451 = arith.addi %v1446, %v1450 : i64
        %v1452 = arith.muli %v1444, %v84 : i64
        %v1453 = arith.addi %v1452, %v1091 : i64
        %v1454 = llvm.getelementptr %in_a[%v1451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1455 = llvm.load %v1454 : !llvm.ptr -> f32
        %v1456 = arith.addi %v1090, %v462 : i64
        %v1457 = arith.constant true
        %v1458 = arith.addi %v30, %v1456 : i64
        %v1459 = llvm.getelementptr %v5[%v1458] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1460 = llvm.load %v1459 : !llvm.ptr<3> -> i64
        %v1461 = arith.addi %v1089, %v1091 : i64
        %v1462 = arith.cmpi slt, %v1461, %v70 : i64
        %v1463 = arith.subi %size_T, %v1 : i64
        %v1464 = arith.minsi %v1461, %v1463 : i64
        %v1465 = arith.addi %v1460, %v1464 : i64
        %v1466 = arith.muli %v1458, %v84 : i64
        %v1467 = arith.addi %v1466, %v1091 : i64
        %v1468 = llvm.getelementptr %in_a[%v1465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1469 = llvm.load %v1468 : !llvm.ptr -> f32
        %v1470 = arith.addi %v1090, %v477 : i64
        %v1471 = arith.constant true
        %v1472 = arith.addi %v30, %v1470 : i64
        %v1473 = llvm.getelementptr %v5[%v1472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1474 = llvm.load %v1473 : !llvm.ptr<3> -> i64
        %v1475 = arith.addi %v1089, %v1091 : i64
        %v1476 = arith.cmpi slt, %v1475, %v70 : i64
        %v1477 = arith.subi %size_T, %v1 : i64
        %v1478 = arith.minsi %v1475, %v1477 : i64
        %v1479 = arith.addi %v1474, %v1478 : i64
        %v1480 = arith.muli %v1472, %v84 : i64
        %v1481 = arith.addi %v1480, %v1091 : i64
        %v1482 = llvm.getelementptr %in_a[%v1479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1483 = llvm.load %v1482 : !llvm.ptr -> f32
        %v1484 = arith.addi %v1090, %v492 : i64
        %v1485 = arith.constant true
        %v1486 = arith.addi %v30, %v1484 : i64
        %v1487 = llvm.getelementptr %v5[%v1486] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1488 = llvm.load %v1487 : !llvm.ptr<3> -> i64
        %v1489 = arith.addi %v1089, %v1091 : i64
        %v1490 = arith.cmpi slt, %v1489, %v70 : i64
        %v1491 = arith.subi %size_T, %v1 : i64
        %v1492 = arith.minsi %v1489, %v1491 : i64
        %v1493 = arith.addi %v1488, %v1492 : i64
        %v1494 = arith.muli %v1486, %v84 : i64
        %v1495 = arith.addi %v1494, %v1091 : i64
        %v1496 = llvm.getelementptr %in_a[%v1493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1497 = llvm.load %v1496 : !llvm.ptr -> f32
        %v1498 = arith.addi %v1090, %v507 : i64
        %v1499 = arith.constant true
        %v1500 = arith.addi %v30, %v1498 : i64
        %v1501 = llvm.getelementptr %v5[%v1500] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1502 = llvm.load %v1501 : !llvm.ptr<3> -> i64
        %v1503 = arith.addi %v1089, %v1091 : i64
        %v1504 = arith.cmpi slt, %v1503, %v70 : i64
        %v1505 = arith.subi %size_T, %v1 : i64
        %v1506 = arith.minsi %v1503, %v1505 : i64
        %v1507 = arith.addi %v1502, %v1506 : i64
        %v1508 = arith.muli %v1500, %v84 : i64
        %v1509 = arith.addi %v1508, %v1091 : i64
        %v1510 = llvm.getelementptr %in_a[%v1507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1511 = llvm.load %v1510 : !llvm.ptr -> f32
        %v1512 = arith.addi %v1090, %v522 : i64
        %v1513 = arith.constant true
        %v1514 = arith.addi %v30, %v1512 : i64
        %v1515 = llvm.getelementptr %v5[%v1514] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1516 = llvm.load %v1515 : !llvm.ptr<3> -> i64
        %v1517 = arith.addi %v1089, %v1091 : i64
        %v1518 = arith.cmpi slt, %v1517, %v70 : i64
        %v1519 = arith.subi %size_T, %v1 : i64
        %v1520 = arith.minsi %v1517, %v1519 : i64
        %v1521 = arith.addi %v1516, %v1520 : i64
        %v1522 = arith.muli %v1514, %v84 : i64
        %v1523 = arith.addi %v1522, %v1091 : i64
        %v1524 = llvm.getelementptr %in_a[%v1521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1525 = llvm.load %v1524 : !llvm.ptr -> f32
        %v1526 = arith.addi %v1090, %v537 : i64
        %v1527 = arith.constant true
        %v1528 = arith.addi %v30, %v1526 : i64
        %v1529 = llvm.getelementptr %v5[%v1528] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1530 = llvm.load %v1529 : !llvm.ptr<3> -> i64
        %v1531 = arith.addi %v1089, %v1091 : i64
        %v1532 = arith.cmpi slt, %v1531, %v70 : i64
        %v1533 = arith.subi %size_T, %v1 : i64
        %v1534 = arith.minsi %v1531, %v1533 : i64
        %v1535 = arith.addi %v1530, %v1534 : i64
        %v1536 = arith.muli %v1528, %v84 : i64
        %v1537 = arith.addi %v1536, %v1091 : i64
        %v1538 = llvm.getelementptr %in_a[%v1535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1539 = llvm.load %v1538 : !llvm.ptr -> f32
        %v1540 = arith.divui %v13, %v71 : i64
        %v1541 = arith.remui %v13, %v71 : i64
        %v1542 = arith.addi %v1540, %v30 : i64
        %v1543 = arith.constant true
        %v1544 = arith.addi %v15, %v1542 : i64
        %v1545 = llvm.getelementptr %v5[%v1544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1546 = llvm.load %v1545 : !llvm.ptr<3> -> i64
        %v1547 = arith.addi %v1089, %v1541 : i64
        %v1548 = arith.cmpi slt, %v1547, %v70 : i64
        %v1549 = arith.subi %size_T, %v1 : i64
        %v1550 = arith.minsi %v1547, %v1549 : i64
        %v1551 = arith.addi %v1546, %v1550 : i64
        %v1552 = arith.muli %v1544, %v84 : i64
        %v1553 = arith.addi %v1552, %v1541 : i64
        %v1554 = llvm.getelementptr %in_x[%v1551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1555 = llvm.load %v1554 : !llvm.ptr -> f32
        %v1556 = arith.addi %v1540, %v56 : i64
        %v1557 = arith.constant true
        %v1558 = arith.addi %v15, %v1556 : i64
        %v1559 = llvm.getelementptr %v5[%v1558] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1560 = llvm.load %v1559 : !llvm.ptr<3> -> i64
        %v1561 = arith.addi %v1089, %v1541 : i64
        %v1562 = arith.cmpi slt, %v1561, %v70 : i64
        %v1563 = arith.subi %size_T, %v1 : i64
        %v1564 = arith.minsi %v1561, %v1563 : i64
        %v1565 = arith.addi %v1560, %v1564 : i64
        %v1566 = arith.muli %v1558, %v84 : i64
        %v1567 = arith.addi %v1566, %v1541 : i64
        %v1568 = llvm.getelementptr %in_x[%v1565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1569 = llvm.load %v1568 : !llvm.ptr -> f32
        %v1570 = arith.addi %v1540, %v103 : i64
        %v1571 = arith.constant true
        %v1572 = arith.addi %v15, %v1570 : i64
        %v1573 = llvm.getelementptr %v5[%v1572] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1574 = llvm.load %v1573 : !llvm.ptr<3> -> i64
        %v1575 = arith.addi %v1089, %v1541 : i64
        %v1576 = arith.cmpi slt, %v1575, %v70 : i64
        %v1577 = arith.subi %size_T, %v1 : i64
        %v1578 = arith.minsi %v1575, %v1577 : i64
        %v1579 = arith.addi %v1574, %v1578 : i64
        %v1580 = arith.muli %v1572, %v84 : i64
        %v1581 = arith.addi %v1580, %v1541 : i64
        %v1582 = llvm.getelementptr %in_x[%v1579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1583 = llvm.load %v1582 : !llvm.ptr -> f32
        %v1584 = arith.addi %v1540, %v118 : i64
        %v1585 = arith.constant true
        %v1586 = arith.addi %v15, %v1584 : i64
        %v1587 = llvm.getelementptr %v5[%v1586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1588 = llvm.load %v1587 : !llvm.ptr<3> -> i64
        %v1589 = arith.addi %v1089, %v1541 : i64
        %v1590 = arith.cmpi slt, %v1589, %v70 : i64
        %v1591 = arith.subi %size_T, %v1 : i64
        %v1592 = arith.minsi %v1589, %v1591 : i64
        %v1593 = arith.addi %v1588, %v1592 : i64
        %v1594 = arith.muli %v1586, %v84 : i64
        %v1595 = arith.addi %v1594, %v1541 : i64
        %v1596 = llvm.getelementptr %in_x[%v1593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1597 = llvm.load %v1596 : !llvm.ptr -> f32
        %v1598 = arith.addi %v1540, %v133 : i64
        %v1599 = arith.constant true
        %v1600 = arith.addi %v15, %v1598 : i64
        %v1601 = llvm.getelementptr %v5[%v1600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1602 = llvm.load %v1601 : !llvm.ptr<3> -> i64
        %v1603 = arith.addi %v1089, %v1541 : i64
        %v1604 = arith.cmpi slt, %v1603, %v70 : i64
        %v1605 = arith.subi %size_T, %v1 : i64
        %v1606 = arith.minsi %v1603, %v1605 : i64
        %v1607 = arith.addi %v1602, %v1606 : i64
        %v1608 = arith.muli %v1600, %v84 : i64
        %v1609 = arith.addi %v1608, %v1541 : i64
        %v1610 = llvm.getelementptr %in_x[%v1607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1611 = llvm.load %v1610 : !llvm.ptr -> f32
        %v1612 = arith.addi %v1540, %v148 : i64
        %v1613 = arith.constant true
        %v1614 = arith.addi %v15, %v1612 : i64
        %v1615 = llvm.getelementptr %v5[%v1614] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1616 = llvm.load %v1615 : !llvm.ptr<3> -> i64
        %v1617 = arith.addi %v1089, %v1541 : i64
        %v1618 = arith.cmpi slt, %v1617, %v70 : i64
        %v1619 = arith.subi %size_T, %v1 : i64
        %v1620 = arith.minsi %v1617, %v1619 : i64
        %v1621 = arith.addi %v1616, %v1620 : i64
        %v1622 = arith.muli %v1614, %v84 : i64
        %v1623 = arith.addi %v1622, %v1541 : i64
        %v1624 = llvm.getelementptr %in_x[%v1621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1625 = llvm.load %v1624 : !llvm.ptr -> f32
        %v1626 = arith.addi %v1540, %v163 : i64
        %v1627 = arith.constant true
        %v1628 = arith.addi %v15, %v1626 : i64
        %v1629 = llvm.getelementptr %v5[%v1628] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1630 = llvm.load %v1629 : !llvm.ptr<3> -> i64
        %v1631 = arith.addi %v1089, %v1541 : i64
        %v1632 = arith.cmpi slt, %v1631, %v70 : i64
        %v1633 = arith.subi %size_T, %v1 : i64
        %v1634 = arith.minsi %v1631, %v1633 : i64
        %v1635 = arith.addi %v1630, %v1634 : i64
        %v1636 = arith.muli %v1628, %v84 : i64
        %v1637 = arith.addi %v1636, %v1541 : i64
        %v1638 = llvm.getelementptr %in_x[%v1635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1639 = llvm.load %v1638 : !llvm.ptr -> f32
        %v1640 = arith.addi %v1540, %v178 : i64
        %v1641 = arith.constant true
        %v1642 = arith.addi %v15, %v1640 : i64
        %v1643 = llvm.getelementptr %v5[%v1642] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1644 = llvm.load %v1643 : !llvm.ptr<3> -> i64
        %v1645 = arith.addi %v1089, %v1541 : i64
        %v1646 = arith.cmpi slt, %v1645, %v70 : i64
        %v1647 = arith.subi %size_T, %v1 : i64
        %v1648 = arith.minsi %v1645, %v1647 : i64
        %v1649 = arith.addi %v1644, %v1648 : i64
        %v1650 = arith.muli %v1642, %v84 : i64
        %v1651 = arith.addi %v1650, %v1541 : i64
        %v1652 = llvm.getelementptr %in_x[%v1649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1653 = llvm.load %v1652 : !llvm.ptr -> f32
        %v1654 = arith.addi %v1540, %v193 : i64
        %v1655 = arith.constant true
        %v1656 = arith.addi %v15, %v1654 : i64
        %v1657 = llvm.getelementptr %v5[%v1656] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1658 = llvm.load %v1657 : !llvm.ptr<3> -> i64
        %v1659 = arith.addi %v1089, %v1541 : i64
        %v1660 = arith.cmpi slt, %v1659, %v70 : i64
        %v1661 = arith.subi %size_T, %v1 : i64
        %v1662 = arith.minsi %v1659, %v1661 : i64
        %v1663 = arith.addi %v1658, %v1662 : i64
        %v1664 = arith.muli %v1656, %v84 : i64
        %v1665 = arith.addi %v1664, %v1541 : i64
        %v1666 = llvm.getelementptr %in_x[%v1663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1667 = llvm.load %v1666 : !llvm.ptr -> f32
        %v1668 = arith.addi %v1540, %v208 : i64
        %v1669 = arith.constant true
        %v1670 = arith.addi %v15, %v1668 : i64
        %v1671 = llvm.getelementptr %v5[%v1670] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1672 = llvm.load %v1671 : !llvm.ptr<3> -> i64
        %v1673 = arith.addi %v1089, %v1541 : i64
        %v1674 = arith.cmpi slt, %v1673, %v70 : i64
        %v1675 = arith.subi %size_T, %v1 : i64
        %v1676 = arith.minsi %v1673, %v1675 : i64
        %v1677 = arith.addi %v1672, %v1676 : i64
        %v1678 = arith.muli %v1670, %v84 : i64
        %v1679 = arith.addi %v1678, %v1541 : i64
        %v1680 = llvm.getelementptr %in_x[%v1677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1681 = llvm.load %v1680 : !llvm.ptr -> f32
        %v1682 = arith.addi %v1540, %v223 : i64
        %v1683 = arith.constant true
        %v1684 = arith.addi %v15, %v1682 : i64
        %v1685 = llvm.getelementptr %v5[%v1684] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1686 = llvm.load %v1685 : !llvm.ptr<3> -> i64
        %v1687 = arith.addi %v1089, %v1541 : i64
        %v1688 = arith.cmpi slt, %v1687, %v70 : i64
        %v1689 = arith.subi %size_T, %v1 : i64
        %v1690 = arith.minsi %v1687, %v1689 : i64
        %v1691 = arith.addi %v1686, %v1690 : i64
        %v1692 = arith.muli %v1684, %v84 : i64
        %v1693 = arith.addi %v1692, %v1541 : i64
        %v1694 = llvm.getelementptr %in_x[%v1691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1695 = llvm.load %v1694 : !llvm.ptr -> f32
        %v1696 = arith.addi %v1540, %v238 : i64
        %v1697 = arith.constant true
        %v1698 = arith.addi %v15, %v1696 : i64
        %v1699 = llvm.getelementptr %v5[%v1698] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1700 = llvm.load %v1699 : !llvm.ptr<3> -> i64
        %v1701 = arith.addi %v1089, %v1541 : i64
        %v1702 = arith.cmpi slt, %v1701, %v70 : i64
        %v1703 = arith.subi %size_T, %v1 : i64
        %v1704 = arith.minsi %v1701, %v1703 : i64
        %v1705 = arith.addi %v1700, %v1704 : i64
        %v1706 = arith.muli %v1698, %v84 : i64
        %v1707 = arith.addi %v1706, %v1541 : i64
        %v1708 = llvm.getelementptr %in_x[%v1705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1709 = llvm.load %v1708 : !llvm.ptr -> f32
        %v1710 = arith.addi %v1540, %v253 : i64
        %v1711 = arith.constant true
        %v1712 = arith.addi %v15, %v1710 : i64
        %v1713 = llvm.getelementptr %v5[%v1712] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1714 = llvm.load %v1713 : !llvm.ptr<3> -> i64
        %v1715 = arith.addi %v1089, %v1541 : i64
        %v1716 = arith.cmpi slt, %v1715, %v70 : i64
        %v1717 = arith.subi %size_T, %v1 : i64
        %v1718 = arith.minsi %v1715, %v1717 : i64
        %v1719 = arith.addi %v1714, %v1718 : i64
        %v1720 = arith.muli %v1712, %v84 : i64
        %v1721 = arith.addi %v1720, %v1541 : i64
        %v1722 = llvm.getelementptr %in_x[%v1719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1723 = llvm.load %v1722 : !llvm.ptr -> f32
        %v1724 = arith.addi %v1540, %v268 : i64
        %v1725 = arith.constant true
        %v1726 = arith.addi %v15, %v1724 : i64
        %v1727 = llvm.getelementptr %v5[%v1726] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1728 = llvm.load %v1727 : !llvm.ptr<3> -> i64
        %v1729 = arith.addi %v1089, %v1541 : i64
        %v1730 = arith.cmpi slt, %v1729, %v70 : i64
        %v1731 = arith.subi %size_T, %v1 : i64
        %v1732 = arith.minsi %v1729, %v1731 : i64
        %v1733 = arith.addi %v1728, %v1732 : i64
        %v1734 = arith.muli %v1726, %v84 : i64
        %v1735 = arith.addi %v1734, %v1541 : i64
        %v1736 = llvm.getelementptr %in_x[%v1733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1737 = llvm.load %v1736 : !llvm.ptr -> f32
        %v1738 = arith.addi %v1540, %v283 : i64
        %v1739 = arith.constant true
        %v1740 = arith.addi %v15, %v1738 : i64
        %v1741 = llvm.getelementptr %v5[%v1740] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1742 = llvm.load %v1741 : !llvm.ptr<3> -> i64
        %v1743 = arith.addi %v1089, %v1541 : i64
        %v1744 = arith.cmpi slt, %v1743, %v70 : i64
        %v1745 = arith.subi %size_T, %v1 : i64
        %v1746 = arith.minsi %v1743, %v1745 : i64
        %v1747 = arith.addi %v1742, %v1746 : i64
        %v1748 = arith.muli %v1740, %v84 : i64
        %v1749 = arith.addi %v1748, %v1541 : i64
        %v1750 = llvm.getelementptr %in_x[%v1747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1751 = llvm.load %v1750 : !llvm.ptr -> f32
        %v1752 = arith.addi %v1540, %v298 : i64
        %v1753 = arith.constant true
        %v1754 = arith.addi %v15, %v1752 : i64
        %v1755 = llvm.getelementptr %v5[%v1754] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1756 = llvm.load %v1755 : !llvm.ptr<3> -> i64
        %v1757 = arith.addi %v1089, %v1541 : i64
        %v1758 = arith.cmpi slt, %v1757, %v70 : i64
        %v1759 = arith.subi %size_T, %v1 : i64
        %v1760 = arith.minsi %v1757, %v1759 : i64
        %v1761 = arith.addi %v1756, %v1760 : i64
        %v1762 = arith.muli %v1754, %v84 : i64
        %v1763 = arith.addi %v1762, %v1541 : i64
        %v1764 = llvm.getelementptr %in_x[%v1761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1765 = llvm.load %v1764 : !llvm.ptr -> f32
        %v1766 = arith.addi %v1540, %v71 : i64
        %v1767 = arith.constant true
        %v1768 = arith.addi %v15, %v1766 : i64
        %v1769 = llvm.getelementptr %v5[%v1768] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1770 = llvm.load %v1769 : !llvm.ptr<3> -> i64
        %v1771 = arith.addi %v1089, %v1541 : i64
        %v1772 = arith.cmpi slt, %v1771, %v70 : i64
        %v1773 = arith.subi %size_T, %v1 : i64
        %v1774 = arith.minsi %v1771, %v1773 : i64
        %v1775 = arith.addi %v1770, %v1774 : i64
        %v1776 = arith.muli %v1768, %v84 : i64
        %v1777 = arith.addi %v1776, %v1541 : i64
        %v1778 = llvm.getelementptr %in_x[%v1775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1779 = llvm.load %v1778 : !llvm.ptr -> f32
        %v1780 = arith.addi %v1540, %v327 : i64
        %v1781 = arith.constant true
        %v1782 = arith.addi %v15, %v1780 : i64
        %v1783 = llvm.getelementptr %v5[%v1782] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1784 = llvm.load %v1783 : !llvm.ptr<3> -> i64
        %v1785 = arith.addi %v1089, %v1541 : i64
        %v1786 = arith.cmpi slt, %v1785, %v70 : i64
        %v1787 = arith.subi %size_T, %v1 : i64
        %v1788 = arith.minsi %v1785, %v1787 : i64
        %v1789 = arith.addi %v1784, %v1788 : i64
        %v1790 = arith.muli %v1782, %v84 : i64
        %v1791 = arith.addi %v1790, %v1541 : i64
        %v1792 = llvm.getelementptr %in_x[%v1789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1793 = llvm.load %v1792 : !llvm.ptr -> f32
        %v1794 = arith.addi %v1540, %v342 : i64
        %v1795 = arith.constant true
        %v1796 = arith.addi %v15, %v1794 : i64
        %v1797 = llvm.getelementptr %v5[%v1796] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1798 = llvm.load %v1797 : !llvm.ptr<3> -> i64
        %v1799 = arith.addi %v1089, %v1541 : i64
        %v1800 = arith.cmpi slt, %v1799, %v70 : i64
        %v1801 = arith.subi %size_T, %v1 : i64
        %v1802 = arith.minsi %v1799, %v1801 : i64
        %v1803 = arith.addi %v1798, %v1802 : i64
        %v1804 = arith.muli %v1796, %v84 : i64
        %v1805 = arith.addi %v1804, %v1541 : i64
        %v1806 = llvm.getelementptr %in_x[%v1803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1807 = llvm.load %v1806 : !llvm.ptr -> f32
        %v1808 = arith.addi %v1540, %v357 : i64
        %v1809 = arith.constant true
        %v1810 = arith.addi %v15, %v1808 : i64
        %v1811 = llvm.getelementptr %v5[%v1810] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1812 = llvm.load %v1811 : !llvm.ptr<3> -> i64
        %v1813 = arith.addi %v1089, %v1541 : i64
        %v1814 = arith.cmpi slt, %v1813, %v70 : i64
        %v1815 = arith.subi %size_T, %v1 : i64
        %v1816 = arith.minsi %v1813, %v1815 : i64
        %v1817 = arith.addi %v1812, %v1816 : i64
        %v1818 = arith.muli %v1810, %v84 : i64
        %v1819 = arith.addi %v1818, %v1541 : i64
        %v1820 = llvm.getelementptr %in_x[%v1817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1821 = llvm.load %v1820 : !llvm.ptr -> f32
        %v1822 = arith.addi %v1540, %v372 : i64
        %v1823 = arith.constant true
        %v1824 = arith.addi %v15, %v1822 : i64
        %v1825 = llvm.getelementptr %v5[%v1824] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1826 = llvm.load %v1825 : !llvm.ptr<3> -> i64
        %v1827 = arith.addi %v1089, %v1541 : i64
        %v1828 = arith.cmpi slt, %v1827, %v70 : i64
        %v1829 = arith.subi %size_T, %v1 : i64
        %v1830 = arith.minsi %v1827, %v1829 : i64
        %v1831 = arith.addi %v1826, %v1830 : i64
        %v1832 = arith.muli %v1824, %v84 : i64
        %v1833 = arith.addi %v1832, %v1541 : i64
        %v1834 = llvm.getelementptr %in_x[%v1831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1835 = llvm.load %v1834 : !llvm.ptr -> f32
        %v1836 = arith.addi %v1540, %v387 : i64
        %v1837 = arith.constant true
        %v1838 = arith.addi %v15, %v1836 : i64
        %v1839 = llvm.getelementptr %v5[%v1838] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1840 = llvm.load %v1839 : !llvm.ptr<3> -> i64
        %v1841 = arith.addi %v1089, %v1541 : i64
        %v1842 = arith.cmpi slt, %v1841, %v70 : i64
        %v1843 = arith.subi %size_T, %v1 : i64
        %v1844 = arith.minsi %v1841, %v1843 : i64
        %v1845 = arith.addi %v1840, %v1844 : i64
        %v1846 = arith.muli %v1838, %v84 : i64
        %v1847 = arith.addi %v1846, %v1541 : i64
        %v1848 = llvm.getelementptr %in_x[%v1845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1849 = llvm.load %v1848 : !llvm.ptr -> f32
        %v1850 = arith.addi %v1540, %v402 : i64
        %v1851 = arith.constant true
        %v1852 = arith.addi %v15, %v1850 : i64
        %v1853 = llvm.getelementptr %v5[%v1852] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1854 = llvm.load %v1853 : !llvm.ptr<3> -> i64
        %v1855 = arith.addi %v1089, %v1541 : i64
        %v1856 = arith.cmpi slt, %v1855, %v70 : i64
        %v1857 = arith.subi %size_T, %v1 : i64
        %v1858 = arith.minsi %v1855, %v1857 : i64
        %v1859 = arith.addi %v1854, %v1858 : i64
        %v1860 = arith.muli %v1852, %v84 : i64
        %v1861 = arith.addi %v1860, %v1541 : i64
        %v1862 = llvm.getelementptr %in_x[%v1859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1863 = llvm.load %v1862 : !llvm.ptr -> f32
        %v1864 = arith.addi %v1540, %v417 : i64
        %v1865 = arith.constant true
        %v1866 = arith.addi %v15, %v1864 : i64
        %v1867 = llvm.getelementptr %v5[%v1866] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1868 = llvm.load %v1867 : !llvm.ptr<3> -> i64
        %v1869 = arith.addi %v1089, %v1541 : i64
        %v1870 = arith.cmpi slt, %v1869, %v70 : i64
        %v1871 = arith.subi %size_T, %v1 : i64
        %v1872 = arith.minsi %v1869, %v1871 : i64
        %v1873 = arith.addi %v1868, %v1872 : i64
        %v1874 = arith.muli %v1866, %v84 : i64
        %v1875 = arith.addi %v1874, %v1541 : i64
        %v1876 = llvm.getelementptr %in_x[%v1873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1877 = llvm.load %v1876 : !llvm.ptr -> f32
        %v1878 = arith.addi %v1540, %v432 : i64
        %v1879 = arith.constant true
        %v1880 = arith.addi %v15, %v1878 : i64
        %v1881 = llvm.getelementptr %v5[%v1880] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1882 = llvm.load %v1881 : !llvm.ptr<3> -> i64
        %v1883 = arith.addi %v1089, %v1541 : i64
        %v1884 = arith.cmpi slt, %v1883, %v70 : i64
        %v1885 = arith.subi %size_T, %v1 : i64
        %v1886 = arith.minsi %v1883, %v1885 : i64
        %v1887 = arith.addi %v1882, %v1886 : i64
        %v1888 = arith.muli %v1880, %v84 : i64
        %v1889 = arith.addi %v1888, %v1541 : i64
        %v1890 = llvm.getelementptr %in_x[%v1887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1891 = llvm.load %v1890 : !llvm.ptr -> f32
        %v1892 = arith.addi %v1540, %v447 : i64
        %v1893 = arith.constant true
        %v1894 = arith.addi %v15, %v1892 : i64
        %v1895 = llvm.getelementptr %v5[%v1894] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1896 = llvm.load %v1895 : !llvm.ptr<3> -> i64
        %v1897 = arith.addi %v1089, %v1541 : i64
        %v1898 = arith.cmpi slt, %v1897, %v70 : i64
        %v1899 = arith.subi %size_T, %v1 : i64
        %v1900 = arith.minsi %v1897, %v1899 : i64
        %v1901 = arith.addi %v1896, %v1900 : i64
        %v1902 = arith.muli %v1894, %v84 : i64
        %v1903 = arith.addi %v1902, %v1541 : i64
        %v1904 = llvm.getelementptr %in_x[%v1901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1905 = llvm.load %v1904 : !llvm.ptr -> f32
        %v1906 = arith.addi %v1540, %v462 : i64
        %v1907 = arith.constant true
        %v1908 = arith.addi %v15, %v1906 : i64
        %v1909 = llvm.getelementptr %v5[%v1908] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1910 = llvm.load %v1909 : !llvm.ptr<3> -> i64
        %v1911 = arith.addi %v1089, %v1541 : i64
        %v1912 = arith.cmpi slt, %v1911, %v70 : i64
        %v1913 = arith.subi %size_T, %v1 : i64
        %v1914 = arith.minsi %v1911, %v1913 : i64
        %v1915 = arith.addi %v1910, %v1914 : i64
        %v1916 = arith.muli %v1908, %v84 : i64
        %v1917 = arith.addi %v1916, %v1541 : i64
        %v1918 = llvm.getelementptr %in_x[%v1915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1919 = llvm.load %v1918 : !llvm.ptr -> f32
        %v1920 = arith.addi %v1540, %v477 : i64
        %v1921 = arith.constant true
        %v1922 = arith.addi %v15, %v1920 : i64
        %v1923 = llvm.getelementptr %v5[%v1922] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1924 = llvm.load %v1923 : !llvm.ptr<3> -> i64
        %v1925 = arith.addi %v1089, %v1541 : i64
        %v1926 = arith.cmpi slt, %v1925, %v70 : i64
        %v1927 = arith.subi %size_T, %v1 : i64
        %v1928 = arith.minsi %v1925, %v1927 : i64
        %v1929 = arith.addi %v1924, %v1928 : i64
        %v1930 = arith.muli %v1922, %v84 : i64
        %v1931 = arith.addi %v1930, %v1541 : i64
        %v1932 = llvm.getelementptr %in_x[%v1929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1933 = llvm.load %v1932 : !llvm.ptr -> f32
        %v1934 = arith.addi %v1540, %v492 : i64
        %v1935 = arith.constant true
        %v1936 = arith.addi %v15, %v1934 : i64
        %v1937 = llvm.getelementptr %v5[%v1936] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1938 = llvm.load %v1937 : !llvm.ptr<3> -> i64
        %v1939 = arith.addi %v1089, %v1541 : i64
        %v1940 = arith.cmpi slt, %v1939, %v70 : i64
        %v1941 = arith.subi %size_T, %v1 : i64
        %v1942 = arith.minsi %v1939, %v1941 : i64
        %v1943 = arith.addi %v1938, %v1942 : i64
        %v1944 = arith.muli %v1936, %v84 : i64
        %v1945 = arith.addi %v1944, %v1541 : i64
        %v1946 = llvm.getelementptr %in_x[%v1943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1947 = llvm.load %v1946 : !llvm.ptr -> f32
        %v1948 = arith.addi %v1540, %v507 : i64
        %v1949 = arith.constant true
        %v1950 = arith.addi %v15, %v1948 : i64
        %v1951 = llvm.getelementptr %v5[%v1950] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1952 = llvm.load %v1951 : !llvm.ptr<3> -> i64
        %v1953 = arith.addi %v1089, %v1541 : i64
        %v1954 = arith.cmpi slt, %v1953, %v70 : i64
        %v1955 = arith.subi %size_T, %v1 : i64
        %v1956 = arith.minsi %v1953, %v1955 : i64
        %v1957 = arith.addi %v1952, %v1956 : i64
        %v1958 = arith.muli %v1950, %v84 : i64
        %v1959 = arith.addi %v1958, %v1541 : i64
        %v1960 = llvm.getelementptr %in_x[%v1957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1961 = llvm.load %v1960 : !llvm.ptr -> f32
        %v1962 = arith.addi %v1540, %v522 : i64
        %v1963 = arith.constant true
        %v1964 = arith.addi %v15, %v1962 : i64
        %v1965 = llvm.getelementptr %v5[%v1964] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1966 = llvm.load %v1965 : !llvm.ptr<3> -> i64
        %v1967 = arith.addi %v1089, %v1541 : i64
        %v1968 = arith.cmpi slt, %v1967, %v70 : i64
        %v1969 = arith.subi %size_T, %v1 : i64
        %v1970 = arith.minsi %v1967, %v1969 : i64
        %v1971 = arith.addi %v1966, %v1970 : i64
        %v1972 = arith.muli %v1964, %v84 : i64
        %v1973 = arith.addi %v1972, %v1541 : i64
        %v1974 = llvm.getelementptr %in_x[%v1971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1975 = llvm.load %v1974 : !llvm.ptr -> f32
        %v1976 = arith.addi %v1540, %v537 : i64
        %v1977 = arith.constant true
        %v1978 = arith.addi %v15, %v1976 : i64
        %v1979 = llvm.getelementptr %v5[%v1978] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1980 = llvm.load %v1979 : !llvm.ptr<3> -> i64
        %v1981 = arith.addi %v1089, %v1541 : i64
        %v1982 = arith.cmpi slt, %v1981, %v70 : i64
        %v1983 = arith.subi %size_T, %v1 : i64
        %v1984 = arith.minsi %v1981, %v1983 : i64
        %v1985 = arith.addi %v1980, %v1984 : i64
        %v1986 = arith.muli %v1978, %v84 : i64
        %v1987 = arith.addi %v1986, %v1541 : i64
        %v1988 = llvm.getelementptr %in_x[%v1985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1989 = llvm.load %v1988 : !llvm.ptr -> f32
        %v1990 = arith.index_cast %v30 : i64 to index
        %v1991 = arith.index_cast %v1088 : i64 to index
        %v1992 = arith.index_cast %v1 : i64 to index
        scf.for %v1993 = %v1990 to %v1991 step %v1992 {
          %v1994 = arith.index_cast %v1993 : index to i64
          %v1995 = arith.addi %v1070, %v1994 : i64
          %v1996 = arith.muli %v30, %v15 : i64
          %v1997 = arith.addi %v1996, %v13 : i64
          %v1998 = arith.muli %v1997, %v84 : i64
          %v1999 = arith.addi %v1998, %v1994 : i64
          %v2000 = llvm.getelementptr %v6[%v1999] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2001 = llvm.load %v2000 : !llvm.ptr<3> -> f32
          %v2002 = arith.muli %v1, %v15 : i64
          %v2003 = arith.addi %v2002, %v13 : i64
          %v2004 = arith.muli %v2003, %v84 : i64
          %v2005 = arith.addi %v2004, %v1994 : i64
          %v2006 = llvm.getelementptr %v6[%v2005] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2007 = llvm.load %v2006 : !llvm.ptr<3> -> f32
          %v2008 = llvm.load %v4 : !llvm.ptr -> f32
          %v2009 = arith.mulf %v2001, %v2008 fastmath<contract> : f32
          %v2010 = arith.addf %v2009, %v2007 fastmath<contract> : f32
          llvm.store %v2010, %v4 : f32, !llvm.ptr
          %v2011 = llvm.load %v4 : !llvm.ptr -> f32
          %v2012 = arith.muli %v56, %v15 : i64
          %v2013 = arith.addi %v2012, %v13 : i64
          %v2014 = arith.muli %v2013, %v84 : i64
          %v2015 = arith.addi %v2014, %v1994 : i64
          %v2016 = llvm.getelementptr %v6[%v2015] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2011, %v2016 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v2017 = arith.addi %v30, %v13 : i64
        %v2018 = arith.divui %v2017, %v71 : i64
        %v2019 = arith.remui %v2017, %v71 : i64
        %v2020 = arith.addi %v30, %v2018 : i64
        %v2021 = arith.muli %v2020, %v84 : i64
        %v2022 = arith.addi %v2021, %v2019 : i64
        %v2023 = llvm.getelementptr %v6[%v2022] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1105, %v2023 : f32, !llvm.ptr<3>
        %v2024 = arith.addi %v15, %v13 : i64
        %v2025 = arith.divui %v2024, %v71 : i64
        %v2026 = arith.remui %v2024, %v71 : i64
        %v2027 = arith.addi %v30, %v2025 : i64
        %v2028 = arith.muli %v2027, %v84 : i64
        %v2029 = arith.addi %v2028, %v2026 : i64
        %v2030 = llvm.getelementptr %v6[%v2029] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1119, %v2030 : f32, !llvm.ptr<3>
        %v2032 = arith.addi %v2031, %v13 : i64
        %v2033 = arith.divui %v2032, %v71 : i64
        %v2034 = arith.remui %v2032, %v71 : i64
        %v2035 = arith.addi %v30, %v2033 : i64
        %v2036 = arith.muli %v2035, %v84 : i64
        %v2037 = arith.addi %v2036, %v2034 : i64
        %v2038 = llvm.getelementptr %v6[%v2037] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1133, %v2038 : f32, !llvm.ptr<3>
        %v2040 = arith.addi %v2039, %v13 : i64
        %v2041 = arith.divui %v2040, %v71 : i64
        %v2042 = arith.remui %v2040, %v71 : i64
        %v2043 = arith.addi %v30, %v2041 : i64
        %v2044 = arith.muli %v2043, %v84 : i64
        %v2045 = arith.addi %v2044, %v2042 : i64
        %v2046 = llvm.getelementptr %v6[%v2045] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1147, %v2046 : f32, !llvm.ptr<3>
        %v2047 = arith.addi %v9, %v13 : i64
        %v2048 = arith.divui %v2047, %v71 : i64
        %v2049 = arith.remui %v2047, %v71 : i64
        %v2050 = arith.addi %v30, %v2048 : i64
        %v2051 = arith.muli %v2050, %v84 : i64
        %v2052 = arith.addi %v2051, %v2049 : i64
        %v2053 = llvm.getelementptr %v6[%v2052] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1161, %v2053 : f32, !llvm.ptr<3>
        %v2055 = arith.addi %v2054, %v13 : i64
        %v2056 = arith.divui %v2055, %v71 : i64
        %v2057 = arith.remui %v2055, %v71 : i64
        %v2058 = arith.addi %v30, %v2056 : i64
        %v2059 = arith.muli %v2058, %v84 : i64
        %v2060 = arith.addi %v2059, %v2057 : i64
        %v2061 = llvm.getelementptr %v6[%v2060] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1175, %v2061 : f32, !llvm.ptr<3>
        %v2063 = arith.addi %v2062, %v13 : i64
        %v2064 = arith.divui %v2063, %v71 : i64
        %v2065 = arith.remui %v2063, %v71 : i64
        %v2066 = arith.addi %v30, %v2064 : i64
        %v2067 = arith.muli %v2066, %v84 : i64
        %v2068 = arith.addi %v2067, %v2065 : i64
        %v2069 = llvm.getelementptr %v6[%v2068] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1189, %v2069 : f32, !llvm.ptr<3>
        %v2071 = arith.addi %v2070, %v13 : i64
        %v2072 = arith.divui %v2071, %v71 : i64
        %v2073 = arith.remui %v2071, %v71 : i64
        %v2074 = arith.addi %v30, %v2072 : i64
        %v2075 = arith.muli %v2074, %v84 : i64
        %v2076 = arith.addi %v2075, %v2073 : i64
        %v2077 = llvm.getelementptr %v6[%v2076] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1203, %v2077 : f32, !llvm.ptr<3>
        %v2079 = arith.addi %v2078, %v13 : i64
        %v2080 = arith.divui %v2079, %v71 : i64
        %v2081 = arith.remui %v2079, %v71 : i64
        %v2082 = arith.addi %v30, %v2080 : i64
        %v2083 = arith.muli %v2082, %v84 : i64
        %v2084 = arith.addi %v2083, %v2081 : i64
        %v2085 = llvm.getelementptr %v6[%v2084] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1217, %v2085 : f32, !llvm.ptr<3>
        %v2087 = arith.addi %v2086, %v13 : i64
        %v2088 = arith.divui %v2087, %v71 : i64
        %v2089 = arith.remui %v2087, %v71 : i64
        %v2090 = arith.addi %v30, %v2088 : i64
        %v2091 = arith.muli %v2090, %v84 : i64
        %v2092 = arith.addi %v2091, %v2089 : i64
        %v2093 = llvm.getelementptr %v6[%v2092] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1231, %v2093 : f32, !llvm.ptr<3>
        %v2095 = arith.addi %v2094, %v13 : i64
        %v2096 = arith.divui %v2095, %v71 : i64
        %v2097 = arith.remui %v2095, %v71 : i64
        %v2098 = arith.addi %v30, %v2096 : i64
        %v2099 = arith.muli %v2098, %v84 : i64
        %v2100 = arith.addi %v2099, %v2097 : i64
        %v2101 = llvm.getelementptr %v6[%v2100] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1245, %v2101 : f32, !llvm.ptr<3>
        %v2103 = arith.addi %v2102, %v13 : i64
        %v2104 = arith.divui %v2103, %v71 : i64
        %v2105 = arith.remui %v2103, %v71 : i64
        %v2106 = arith.addi %v30, %v2104 : i64
        %v2107 = arith.muli %v2106, %v84 : i64
        %v2108 = arith.addi %v2107, %v2105 : i64
        %v2109 = llvm.getelementptr %v6[%v2108] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1259, %v2109 : f32, !llvm.ptr<3>
        %v2111 = arith.addi %v2110, %v13 : i64
        %v2112 = arith.divui %v2111, %v71 : i64
        %v2113 = arith.remui %v2111, %v71 : i64
        %v2114 = arith.addi %v30, %v2112 : i64
        %v2115 = arith.muli %v2114, %v84 : i64
        %v2116 = arith.addi %v2115, %v2113 : i64
        %v2117 = llvm.getelementptr %v6[%v2116] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1273, %v2117 : f32, !llvm.ptr<3>
        %v2119 = arith.addi %v2118, %v13 : i64
        %v2120 = arith.divui %v2119, %v71 : i64
        %v2121 = arith.remui %v2119, %v71 : i64
        %v2122 = arith.addi %v30, %v2120 : i64
        %v2123 = arith.muli %v2122, %v84 : i64
        %v2124 = arith.addi %v2123, %v2121 : i64
        %v2125 = llvm.getelementptr %v6[%v2124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1287, %v2125 : f32, !llvm.ptr<3>
        %v2127 = arith.addi %v2126, %v13 : i64
        %v2128 = arith.divui %v2127, %v71 : i64
        %v2129 = arith.remui %v2127, %v71 : i64
        %v2130 = arith.addi %v30, %v2128 : i64
        %v2131 = arith.muli %v2130, %v84 : i64
        %v2132 = arith.addi %v2131, %v2129 : i64
        %v2133 = llvm.getelementptr %v6[%v2132] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1301, %v2133 : f32, !llvm.ptr<3>
        %v2135 = arith.addi %v2134, %v13 : i64
        %v2136 = arith.divui %v2135, %v71 : i64
        %v2137 = arith.remui %v2135, %v71 : i64
        %v2138 = arith.addi %v30, %v2136 : i64
        %v2139 = arith.muli %v2138, %v84 : i64
        %v2140 = arith.addi %v2139, %v2137 : i64
        %v2141 = llvm.getelementptr %v6[%v2140] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1315, %v2141 : f32, !llvm.ptr<3>
        %v2143 = arith.addi %v2142, %v13 : i64
        %v2144 = arith.divui %v2143, %v71 : i64
        %v2145 = arith.remui %v2143, %v71 : i64
        %v2146 = arith.addi %v30, %v2144 : i64
        %v2147 = arith.muli %v2146, %v84 : i64
        %v2148 = arith.addi %v2147, %v2145 : i64
        %v2149 = llvm.getelementptr %v6[%v2148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1329, %v2149 : f32, !llvm.ptr<3>
        %v2151 = arith.addi %v2150, %v13 : i64
        %v2152 = arith.divui %v2151, %v71 : i64
        %v2153 = arith.remui %v2151, %v71 : i64
        %v2154 = arith.addi %v30, %v2152 : i64
        %v2155 = arith.muli %v2154, %v84 : i64
        %v2156 = arith.addi %v2155, %v2153 : i64
        %v2157 = llvm.getelementptr %v6[%v2156] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1343, %v2157 : f32, !llvm.ptr<3>
        %v2159 = arith.addi %v2158, %v13 : i64
        %v2160 = arith.divui %v2159, %v71 : i64
        %v2161 = arith.remui %v2159, %v71 : i64
        %v2162 = arith.addi %v30, %v2160 : i64
        %v2163 = arith.muli %v2162, %v84 : i64
        %v2164 = arith.addi %v2163, %v2161 : i64
        %v2165 = llvm.getelementptr %v6[%v2164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1357, %v2165 : f32, !llvm.ptr<3>
        %v2167 = arith.addi %v2166, %v13 : i64
        %v2168 = arith.divui %v2167, %v71 : i64
        %v2169 = arith.remui %v2167, %v71 : i64
        %v2170 = arith.addi %v30, %v2168 : i64
        %v2171 = arith.muli %v2170, %v84 : i64
        %v2172 = arith.addi %v2171, %v2169 : i64
        %v2173 = llvm.getelementptr %v6[%v2172] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1371, %v2173 : f32, !llvm.ptr<3>
        %v2175 = arith.addi %v2174, %v13 : i64
        %v2176 = arith.divui %v2175, %v71 : i64
        %v2177 = arith.remui %v2175, %v71 : i64
        %v2178 = arith.addi %v30, %v2176 : i64
        %v2179 = arith.muli %v2178, %v84 : i64
        %v2180 = arith.addi %v2179, %v2177 : i64
        %v2181 = llvm.getelementptr %v6[%v2180] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1385, %v2181 : f32, !llvm.ptr<3>
        %v2183 = arith.addi %v2182, %v13 : i64
        %v2184 = arith.divui %v2183, %v71 : i64
        %v2185 = arith.remui %v2183, %v71 : i64
        %v2186 = arith.addi %v30, %v2184 : i64
        %v2187 = arith.muli %v2186, %v84 : i64
        %v2188 = arith.addi %v2187, %v2185 : i64
        %v2189 = llvm.getelementptr %v6[%v2188] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1399, %v2189 : f32, !llvm.ptr<3>
        %v2191 = arith.addi %v2190, %v13 : i64
        %v2192 = arith.divui %v2191, %v71 : i64
        %v2193 = arith.remui %v2191, %v71 : i64
        %v2194 = arith.addi %v30, %v2192 : i64
        %v2195 = arith.muli %v2194, %v84 : i64
        %v2196 = arith.addi %v2195, %v2193 : i64
        %v2197 = llvm.getelementptr %v6[%v2196] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1413, %v2197 : f32, !llvm.ptr<3>
        %v2199 = arith.addi %v2198, %v13 : i64
        %v2200 = arith.divui %v2199, %v71 : i64
        %v2201 = arith.remui %v2199, %v71 : i64
        %v2202 = arith.addi %v30, %v2200 : i64
        %v2203 = arith.muli %v2202, %v84 : i64
        %v2204 = arith.addi %v2203, %v2201 : i64
        %v2205 = llvm.getelementptr %v6[%v2204] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1427, %v2205 : f32, !llvm.ptr<3>
        %v2207 = arith.addi %v2206, %v13 : i64
        %v2208 = arith.divui %v2207, %v71 : i64
        %v2209 = arith.remui %v2207, %v71 : i64
        %v2210 = arith.addi %v30, %v2208 : i64
        %v2211 = arith.muli %v2210, %v84 : i64
        %v2212 = arith.addi %v2211, %v2209 : i64
        %v2213 = llvm.getelementptr %v6[%v2212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1441, %v2213 : f32, !llvm.ptr<3>
        %v2215 = arith.addi %v2214, %v13 : i64
        %v2216 = arith.divui %v2215, %v71 : i64
        %v2217 = arith.remui %v2215, %v71 : i64
        %v2218 = arith.addi %v30, %v2216 : i64
        %v2219 = arith.muli %v2218, %v84 : i64
        %v2220 = arith.addi %v2219, %v2217 : i64
        %v2221 = llvm.getelementptr %v6[%v2220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1455, %v2221 : f32, !llvm.ptr<3>
        %v2223 = arith.addi %v2222, %v13 : i64
        %v2224 = arith.divui %v2223, %v71 : i64
        %v2225 = arith.remui %v2223, %v71 : i64
        %v2226 = arith.addi %v30, %v2224 : i64
        %v2227 = arith.muli %v2226, %v84 : i64
        %v2228 = arith.addi %v2227, %v2225 : i64
        %v2229 = llvm.getelementptr %v6[%v2228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1469, %v2229 : f32, !llvm.ptr<3>
        %v2231 = arith.addi %v2230, %v13 : i64
        %v2232 = arith.divui %v2231, %v71 : i64
        %v2233 = arith.remui %v2231, %v71 : i64
        %v2234 = arith.addi %v30, %v2232 : i64
        %v2235 = arith.muli %v2234, %v84 : i64
        %v2236 = arith.addi %v2235, %v2233 : i64
        %v2237 = llvm.getelementptr %v6[%v2236] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1483, %v2237 : f32, !llvm.ptr<3>
        %v2239 = arith.addi %v2238, %v13 : i64
        %v2240 = arith.divui %v2239, %v71 : i64
        %v2241 = arith.remui %v2239, %v71 : i64
        %v2242 = arith.addi %v30, %v2240 : i64
        %v2243 = arith.muli %v2242, %v84 : i64
        %v2244 = arith.addi %v2243, %v2241 : i64
        %v2245 = llvm.getelementptr %v6[%v2244] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1497, %v2245 : f32, !llvm.ptr<3>
        %v2247 = arith.addi %v2246, %v13 : i64
        %v2248 = arith.divui %v2247, %v71 : i64
        %v2249 = arith.remui %v2247, %v71 : i64
        %v2250 = arith.addi %v30, %v2248 : i64
        %v2251 = arith.muli %v2250, %v84 : i64
        %v2252 = arith.addi %v2251, %v2249 : i64
        %v2253 = llvm.getelementptr %v6[%v2252] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1511, %v2253 : f32, !llvm.ptr<3>
        %v2255 = arith.addi %v2254, %v13 : i64
        %v2256 = arith.divui %v2255, %v71 : i64
        %v2257 = arith.remui %v2255, %v71 : i64
        %v2258 = arith.addi %v30, %v2256 : i64
        %v2259 = arith.muli %v2258, %v84 : i64
        %v2260 = arith.addi %v2259, %v2257 : i64
        %v2261 = llvm.getelementptr %v6[%v2260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1525, %v2261 : f32, !llvm.ptr<3>
        %v2263 = arith.addi %v2262, %v13 : i64
        %v2264 = arith.divui %v2263, %v71 : i64
        %v2265 = arith.remui %v2263, %v71 : i64
        %v2266 = arith.addi %v30, %v2264 : i64
        %v2267 = arith.muli %v2266, %v84 : i64
        %v2268 = arith.addi %v2267, %v2265 : i64
        %v2269 = llvm.getelementptr %v6[%v2268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1539, %v2269 : f32, !llvm.ptr<3>
        %v2270 = arith.addi %v30, %v13 : i64
        %v2271 = arith.divui %v2270, %v71 : i64
        %v2272 = arith.remui %v2270, %v71 : i64
        %v2273 = arith.addi %v15, %v2271 : i64
        %v2274 = arith.muli %v2273, %v84 : i64
        %v2275 = arith.addi %v2274, %v2272 : i64
        %v2276 = llvm.getelementptr %v6[%v2275] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1555, %v2276 : f32, !llvm.ptr<3>
        %v2277 = arith.addi %v15, %v13 : i64
        %v2278 = arith.divui %v2277, %v71 : i64
        %v2279 = arith.remui %v2277, %v71 : i64
        %v2280 = arith.addi %v15, %v2278 : i64
        %v2281 = arith.muli %v2280, %v84 : i64
        %v2282 = arith.addi %v2281, %v2279 : i64
        %v2283 = llvm.getelementptr %v6[%v2282] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1569, %v2283 : f32, !llvm.ptr<3>
        %v2284 = arith.addi %v2031, %v13 : i64
        %v2285 = arith.divui %v2284, %v71 : i64
        %v2286 = arith.remui %v2284, %v71 : i64
        %v2287 = arith.addi %v15, %v2285 : i64
        %v2288 = arith.muli %v2287, %v84 : i64
        %v2289 = arith.addi %v2288, %v2286 : i64
        %v2290 = llvm.getelementptr %v6[%v2289] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1583, %v2290 : f32, !llvm.ptr<3>
        %v2291 = arith.addi %v2039, %v13 : i64
        %v2292 = arith.divui %v2291, %v71 : i64
        %v2293 = arith.remui %v2291, %v71 : i64
        %v2294 = arith.addi %v15, %v2292 : i64
        %v2295 = arith.muli %v2294, %v84 : i64
        %v2296 = arith.addi %v2295, %v2293 : i64
        %v2297 = llvm.getelementptr %v6[%v2296] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1597, %v2297 : f32, !llvm.ptr<3>
        %v2298 = arith.addi %v9, %v13 : i64
        %v2299 = arith.divui %v2298, %v71 : i64
        %v2300 = arith.remui %v2298, %v71 : i64
        %v2301 = arith.addi %v15, %v2299 : i64
        %v2302 = arith.muli %v2301, %v84 : i64
        %v2303 = arith.addi %v2302, %v2300 : i64
        %v2304 = llvm.getelementptr %v6[%v2303] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1611, %v2304 : f32, !llvm.ptr<3>
        %v2305 = arith.addi %v2054, %v13 : i64
        %v2306 = arith.divui %v2305, %v71 : i64
        %v2307 = arith.remui %v2305, %v71 : i64
        %v2308 = arith.addi %v15, %v2306 : i64
        %v2309 = arith.muli %v2308, %v84 : i64
        %v2310 = arith.addi %v2309, %v2307 : i64
        %v2311 = llvm.getelementptr %v6[%v2310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1625, %v2311 : f32, !llvm.ptr<3>
        %v2312 = arith.addi %v2062, %v13 : i64
        %v2313 = arith.divui %v2312, %v71 : i64
        %v2314 = arith.remui %v2312, %v71 : i64
        %v2315 = arith.addi %v15, %v2313 : i64
        %v2316 = arith.muli %v2315, %v84 : i64
        %v2317 = arith.addi %v2316, %v2314 : i64
        %v2318 = llvm.getelementptr %v6[%v2317] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1639, %v2318 : f32, !llvm.ptr<3>
        %v2319 = arith.addi %v2070, %v13 : i64
        %v2320 = arith.divui %v2319, %v71 : i64
        %v2321 = arith.remui %v2319, %v71 : i64
        %v2322 = arith.addi %v15, %v2320 : i64
        %v2323 = arith.muli %v2322, %v84 : i64
        %v2324 = arith.addi %v2323, %v2321 : i64
        %v2325 = llvm.getelementptr %v6[%v2324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1653, %v2325 : f32, !llvm.ptr<3>
        %v2326 = arith.addi %v2078, %v13 : i64
        %v2327 = arith.divui %v2326, %v71 : i64
        %v2328 = arith.remui %v2326, %v71 : i64
        %v2329 = arith.addi %v15, %v2327 : i64
        %v2330 = arith.muli %v2329, %v84 : i64
        %v2331 = arith.addi %v2330, %v2328 : i64
        %v2332 = llvm.getelementptr %v6[%v2331] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1667, %v2332 : f32, !llvm.ptr<3>
        %v2333 = arith.addi %v2086, %v13 : i64
        %v2334 = arith.divui %v2333, %v71 : i64
        %v2335 = arith.remui %v2333, %v71 : i64
        %v2336 = arith.addi %v15, %v2334 : i64
        %v2337 = arith.muli %v2336, %v84 : i64
        %v2338 = arith.addi %v2337, %v2335 : i64
        %v2339 = llvm.getelementptr %v6[%v2338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1681, %v2339 : f32, !llvm.ptr<3>
        %v2340 = arith.addi %v2094, %v13 : i64
        %v2341 = arith.divui %v2340, %v71 : i64
        %v2342 = arith.remui %v2340, %v71 : i64
        %v2343 = arith.addi %v15, %v2341 : i64
        %v2344 = arith.muli %v2343, %v84 : i64
        %v2345 = arith.addi %v2344, %v2342 : i64
        %v2346 = llvm.getelementptr %v6[%v2345] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1695, %v2346 : f32, !llvm.ptr<3>
        %v2347 = arith.addi %v2102, %v13 : i64
        %v2348 = arith.divui %v2347, %v71 : i64
        %v2349 = arith.remui %v2347, %v71 : i64
        %v2350 = arith.addi %v15, %v2348 : i64
        %v2351 = arith.muli %v2350, %v84 : i64
        %v2352 = arith.addi %v2351, %v2349 : i64
        %v2353 = llvm.getelementptr %v6[%v2352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1709, %v2353 : f32, !llvm.ptr<3>
        %v2354 = arith.addi %v2110, %v13 : i64
        %v2355 = arith.divui %v2354, %v71 : i64
        %v2356 = arith.remui %v2354, %v71 : i64
        %v2357 = arith.addi %v15, %v2355 : i64
        %v2358 = arith.muli %v2357, %v84 : i64
        %v2359 = arith.addi %v2358, %v2356 : i64
        %v2360 = llvm.getelementptr %v6[%v2359] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1723, %v2360 : f32, !llvm.ptr<3>
        %v2361 = arith.addi %v2118, %v13 : i64
        %v2362 = arith.divui %v2361, %v71 : i64
        %v2363 = arith.remui %v2361, %v71 : i64
        %v2364 = arith.addi %v15, %v2362 : i64
        %v2365 = arith.muli %v2364, %v84 : i64
        %v2366 = arith.addi %v2365, %v2363 : i64
        %v2367 = llvm.getelementptr %v6[%v2366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1737, %v2367 : f32, !llvm.ptr<3>
        %v2368 = arith.addi %v2126, %v13 : i64
        %v2369 = arith.divui %v2368, %v71 : i64
        %v2370 = arith.remui %v2368, %v71 : i64
        %v2371 = arith.addi %v15, %v2369 : i64
        %v2372 = arith.muli %v2371, %v84 : i64
        %v2373 = arith.addi %v2372, %v2370 : i64
        %v2374 = llvm.getelementptr %v6[%v2373] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1751, %v2374 : f32, !llvm.ptr<3>
        %v2375 = arith.addi %v2134, %v13 : i64
        %v2376 = arith.divui %v2375, %v71 : i64
        %v2377 = arith.remui %v2375, %v71 : i64
        %v2378 = arith.addi %v15, %v2376 : i64
        %v2379 = arith.muli %v2378, %v84 : i64
        %v2380 = arith.addi %v2379, %v2377 : i64
        %v2381 = llvm.getelementptr %v6[%v2380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1765, %v2381 : f32, !llvm.ptr<3>
        %v2382 = arith.addi %v2142, %v13 : i64
        %v2383 = arith.divui %v2382, %v71 : i64
        %v2384 = arith.remui %v2382, %v71 : i64
        %v2385 = arith.addi %v15, %v2383 : i64
        %v2386 = arith.muli %v2385, %v84 : i64
        %v2387 = arith.addi %v2386, %v2384 : i64
        %v2388 = llvm.getelementptr %v6[%v2387] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1779, %v2388 : f32, !llvm.ptr<3>
        %v2389 = arith.addi %v2150, %v13 : i64
        %v2390 = arith.divui %v2389, %v71 : i64
        %v2391 = arith.remui %v2389, %v71 : i64
        %v2392 = arith.addi %v15, %v2390 : i64
        %v2393 = arith.muli %v2392, %v84 : i64
        %v2394 = arith.addi %v2393, %v2391 : i64
        %v2395 = llvm.getelementptr %v6[%v2394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1793, %v2395 : f32, !llvm.ptr<3>
        %v2396 = arith.addi %v2158, %v13 : i64
        %v2397 = arith.divui %v2396, %v71 : i64
        %v2398 = arith.remui %v2396, %v71 : i64
        %v2399 = arith.addi %v15, %v2397 : i64
        %v2400 = arith.muli %v2399, %v84 : i64
        %v2401 = arith.addi %v2400, %v2398 : i64
        %v2402 = llvm.getelementptr %v6[%v2401] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1807, %v2402 : f32, !llvm.ptr<3>
        %v2403 = arith.addi %v2166, %v13 : i64
        %v2404 = arith.divui %v2403, %v71 : i64
        %v2405 = arith.remui %v2403, %v71 : i64
        %v2406 = arith.addi %v15, %v2404 : i64
        %v2407 = arith.muli %v2406, %v84 : i64
        %v2408 = arith.addi %v2407, %v2405 : i64
        %v2409 = llvm.getelementptr %v6[%v2408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1821, %v2409 : f32, !llvm.ptr<3>
        %v2410 = arith.addi %v2174, %v13 : i64
        %v2411 = arith.divui %v2410, %v71 : i64
        %v2412 = arith.remui %v2410, %v71 : i64
        %v2413 = arith.addi %v15, %v2411 : i64
        %v2414 = arith.muli %v2413, %v84 : i64
        %v2415 = arith.addi %v2414, %v2412 : i64
        %v2416 = llvm.getelementptr %v6[%v2415] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1835, %v2416 : f32, !llvm.ptr<3>
        %v2417 = arith.addi %v2182, %v13 : i64
        %v2418 = arith.divui %v2417, %v71 : i64
        %v2419 = arith.remui %v2417, %v71 : i64
        %v2420 = arith.addi %v15, %v2418 : i64
        %v2421 = arith.muli %v2420, %v84 : i64
        %v2422 = arith.addi %v2421, %v2419 : i64
        %v2423 = llvm.getelementptr %v6[%v2422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1849, %v2423 : f32, !llvm.ptr<3>
        %v2424 = arith.addi %v2190, %v13 : i64
        %v2425 = arith.divui %v2424, %v71 : i64
        %v2426 = arith.remui %v2424, %v71 : i64
        %v2427 = arith.addi %v15, %v2425 : i64
        %v2428 = arith.muli %v2427, %v84 : i64
        %v2429 = arith.addi %v2428, %v2426 : i64
        %v2430 = llvm.getelementptr %v6[%v2429] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1863, %v2430 : f32, !llvm.ptr<3>
        %v2431 = arith.addi %v2198, %v13 : i64
        %v2432 = arith.divui %v2431, %v71 : i64
        %v2433 = arith.remui %v2431, %v71 : i64
        %v2434 = arith.addi %v15, %v2432 : i64
        %v2435 = arith.muli %v2434, %v84 : i64
        %v2436 = arith.addi %v2435, %v2433 : i64
        %v2437 = llvm.getelementptr %v6[%v2436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1877, %v2437 : f32, !llvm.ptr<3>
        %v2438 = arith.addi %v2206, %v13 : i64
        %v2439 = arith.divui %v2438, %v71 : i64
        %v2440 = arith.remui %v2438, %v71 : i64
        %v2441 = arith.addi %v15, %v2439 : i64
        %v2442 = arith.muli %v2441, %v84 : i64
        %v2443 = arith.addi %v2442, %v2440 : i64
        %v2444 = llvm.getelementptr %v6[%v2443] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1891, %v2444 : f32, !llvm.ptr<3>
        %v2445 = arith.addi %v2214, %v13 : i64
        %v2446 = arith.divui %v2445, %v71 : i64
        %v2447 = arith.remui %v2445, %v71 : i64
        %v2448 = arith.addi %v15, %v2446 : i64
        %v2449 = arith.muli %v2448, %v84 : i64
        %v2450 = arith.addi %v2449, %v2447 : i64
        %v2451 = llvm.getelementptr %v6[%v2450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1905, %v2451 : f32, !llvm.ptr<3>
        %v2452 = arith.addi %v2222, %v13 : i64
        %v2453 = arith.divui %v2452, %v71 : i64
        %v2454 = arith.remui %v2452, %v71 : i64
        %v2455 = arith.addi %v15, %v2453 : i64
        %v2456 = arith.muli %v2455, %v84 : i64
        %v2457 = arith.addi %v2456, %v2454 : i64
        %v2458 = llvm.getelementptr %v6[%v2457] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1919, %v2458 : f32, !llvm.ptr<3>
        %v2459 = arith.addi %v2230, %v13 : i64
        %v2460 = arith.divui %v2459, %v71 : i64
        %v2461 = arith.remui %v2459, %v71 : i64
        %v2462 = arith.addi %v15, %v2460 : i64
        %v2463 = arith.muli %v2462, %v84 : i64
        %v2464 = arith.addi %v2463, %v2461 : i64
        %v2465 = llvm.getelementptr %v6[%v2464] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1933, %v2465 : f32, !llvm.ptr<3>
        %v2466 = arith.addi %v2238, %v13 : i64
        %v2467 = arith.divui %v2466, %v71 : i64
        %v2468 = arith.remui %v2466, %v71 : i64
        %v2469 = arith.addi %v15, %v2467 : i64
        %v2470 = arith.muli %v2469, %v84 : i64
        %v2471 = arith.addi %v2470, %v2468 : i64
        %v2472 = llvm.getelementptr %v6[%v2471] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1947, %v2472 : f32, !llvm.ptr<3>
        %v2473 = arith.addi %v2246, %v13 : i64
        %v2474 = arith.divui %v2473, %v71 : i64
        %v2475 = arith.remui %v2473, %v71 : i64
        %v2476 = arith.addi %v15, %v2474 : i64
        %v2477 = arith.muli %v2476, %v84 : i64
        %v2478 = arith.addi %v2477, %v2475 : i64
        %v2479 = llvm.getelementptr %v6[%v2478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1961, %v2479 : f32, !llvm.ptr<3>
        %v2480 = arith.addi %v2254, %v13 : i64
        %v2481 = arith.divui %v2480, %v71 : i64
        %v2482 = arith.remui %v2480, %v71 : i64
        %v2483 = arith.addi %v15, %v2481 : i64
        %v2484 = arith.muli %v2483, %v84 : i64
        %v2485 = arith.addi %v2484, %v2482 : i64
        %v2486 = llvm.getelementptr %v6[%v2485] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1975, %v2486 : f32, !llvm.ptr<3>
        %v2487 = arith.addi %v2262, %v13 : i64
        %v2488 = arith.divui %v2487, %v71 : i64
        %v2489 = arith.remui %v2487, %v71 : i64
        %v2490 = arith.addi %v15, %v2488 : i64
        %v2491 = arith.muli %v2490, %v84 : i64
        %v2492 = arith.addi %v2491, %v2489 : i64
        %v2493 = llvm.getelementptr %v6[%v2492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1989, %v2493 : f32, !llvm.ptr<3>
        %v2494 = arith.divui %v13, %v71 : i64
        %v2495 = arith.remui %v13, %v71 : i64
        %v2496 = arith.addi %v2494, %v30 : i64
        %v2497 = arith.constant true
        %v2498 = arith.addi %v2031, %v2496 : i64
        %v2499 = llvm.getelementptr %v5[%v2498] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2500 = llvm.load %v2499 : !llvm.ptr<3> -> i64
        %v2501 = arith.addi %v1070, %v2495 : i64
        %v2502 = arith.cmpi slt, %v2501, %v70 : i64
        %v2503 = arith.subi %size_T, %v1 : i64
        %v2504 = arith.minsi %v2501, %v2503 : i64
        %v2505 = arith.addi %v2500, %v2504 : i64
        %v2506 = arith.muli %v2498, %v84 : i64
        %v2507 = arith.addi %v2506, %v2495 : i64
        %v2508 = arith.cmpi sge, %v2500, %v30 : i64
        %v2509 = arith.andi %v2502, %v2508 : i1
        %v2510 = arith.andi %v2509, %v2497 : i1
        %v2511 = llvm.getelementptr %v6[%v2507] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2512 = llvm.load %v2511 : !llvm.ptr<3> -> f32
        %v2513 = arith.addi %v2494, %v56 : i64
        %v2514 = arith.constant true
        %v2515 = arith.addi %v2031, %v2513 : i64
        %v2516 = llvm.getelementptr %v5[%v2515] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2517 = llvm.load %v2516 : !llvm.ptr<3> -> i64
        %v2518 = arith.addi %v1070, %v2495 : i64
        %v2519 = arith.cmpi slt, %v2518, %v70 : i64
        %v2520 = arith.subi %size_T, %v1 : i64
        %v2521 = arith.minsi %v2518, %v2520 : i64
        %v2522 = arith.addi %v2517, %v2521 : i64
        %v2523 = arith.muli %v2515, %v84 : i64
        %v2524 = arith.addi %v2523, %v2495 : i64
        %v2525 = arith.cmpi sge, %v2517, %v30 : i64
        %v2526 = arith.andi %v2519, %v2525 : i1
        %v2527 = arith.andi %v2526, %v2514 : i1
        %v2528 = llvm.getelementptr %v6[%v2524] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2529 = llvm.load %v2528 : !llvm.ptr<3> -> f32
        %v2530 = arith.addi %v2494, %v103 : i64
        %v2531 = arith.constant true
        %v2532 = arith.addi %v2031, %v2530 : i64
        %v2533 = llvm.getelementptr %v5[%v2532] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2534 = llvm.load %v2533 : !llvm.ptr<3> -> i64
        %v2535 = arith.addi %v1070, %v2495 : i64
        %v2536 = arith.cmpi slt, %v2535, %v70 : i64
        %v2537 = arith.subi %size_T, %v1 : i64
        %v2538 = arith.minsi %v2535, %v2537 : i64
        %v2539 = arith.addi %v2534, %v2538 : i64
        %v2540 = arith.muli %v2532, %v84 : i64
        %v2541 = arith.addi %v2540, %v2495 : i64
        %v2542 = arith.cmpi sge, %v2534, %v30 : i64
        %v2543 = arith.andi %v2536, %v2542 : i1
        %v2544 = arith.andi %v2543, %v2531 : i1
        %v2545 = llvm.getelementptr %v6[%v2541] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2546 = llvm.load %v2545 : !llvm.ptr<3> -> f32
        %v2547 = arith.addi %v2494, %v118 : i64
        %v2548 = arith.constant true
        %v2549 = arith.addi %v2031, %v2547 : i64
        %v2550 = llvm.getelementptr %v5[%v2549] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2551 = llvm.load %v2550 : !llvm.ptr<3> -> i64
        %v2552 = arith.addi %v1070, %v2495 : i64
        %v2553 = arith.cmpi slt, %v2552, %v70 : i64
        %v2554 = arith.subi %size_T, %v1 : i64
        %v2555 = arith.minsi %v2552, %v2554 : i64
        %v2556 = arith.addi %v2551, %v2555 : i64
        %v2557 = arith.muli %v2549, %v84 : i64
        %v2558 = arith.addi %v2557, %v2495 : i64
        %v2559 = arith.cmpi sge, %v2551, %v30 : i64
        %v2560 = arith.andi %v2553, %v2559 : i1
        %v2561 = arith.andi %v2560, %v2548 : i1
        %v2562 = llvm.getelementptr %v6[%v2558] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2563 = llvm.load %v2562 : !llvm.ptr<3> -> f32
        %v2564 = arith.addi %v2494, %v133 : i64
        %v2565 = arith.constant true
        %v2566 = arith.addi %v2031, %v2564 : i64
        %v2567 = llvm.getelementptr %v5[%v2566] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2568 = llvm.load %v2567 : !llvm.ptr<3> -> i64
        %v2569 = arith.addi %v1070, %v2495 : i64
        %v2570 = arith.cmpi slt, %v2569, %v70 : i64
        %v2571 = arith.subi %size_T, %v1 : i64
        %v2572 = arith.minsi %v2569, %v2571 : i64
        %v2573 = arith.addi %v2568, %v2572 : i64
        %v2574 = arith.muli %v2566, %v84 : i64
        %v2575 = arith.addi %v2574, %v2495 : i64
        %v2576 = arith.cmpi sge, %v2568, %v30 : i64
        %v2577 = arith.andi %v2570, %v2576 : i1
        %v2578 = arith.andi %v2577, %v2565 : i1
        %v2579 = llvm.getelementptr %v6[%v2575] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2580 = llvm.load %v2579 : !llvm.ptr<3> -> f32
        %v2581 = arith.addi %v2494, %v148 : i64
        %v2582 = arith.constant true
        %v2583 = arith.addi %v2031, %v2581 : i64
        %v2584 = llvm.getelementptr %v5[%v2583] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2585 = llvm.load %v2584 : !llvm.ptr<3> -> i64
        %v2586 = arith.addi %v1070, %v2495 : i64
        %v2587 = arith.cmpi slt, %v2586, %v70 : i64
        %v2588 = arith.subi %size_T, %v1 : i64
        %v2589 = arith.minsi %v2586, %v2588 : i64
        %v2590 = arith.addi %v2585, %v2589 : i64
        %v2591 = arith.muli %v2583, %v84 : i64
        %v2592 = arith.addi %v2591, %v2495 : i64
        %v2593 = arith.cmpi sge, %v2585, %v30 : i64
        %v2594 = arith.andi %v2587, %v2593 : i1
        %v2595 = arith.andi %v2594, %v2582 : i1
        %v2596 = llvm.getelementptr %v6[%v2592] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2597 = llvm.load %v2596 : !llvm.ptr<3> -> f32
        %v2598 = arith.addi %v2494, %v163 : i64
        %v2599 = arith.constant true
        %v2600 = arith.addi %v2031, %v2598 : i64
        %v2601 = llvm.getelementptr %v5[%v2600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2602 = llvm.load %v2601 : !llvm.ptr<3> -> i64
        %v2603 = arith.addi %v1070, %v2495 : i64
        %v2604 = arith.cmpi slt, %v2603, %v70 : i64
        %v2605 = arith.subi %size_T, %v1 : i64
        %v2606 = arith.minsi %v2603, %v2605 : i64
        %v2607 = arith.addi %v2602, %v2606 : i64
        %v2608 = arith.muli %v2600, %v84 : i64
        %v2609 = arith.addi %v2608, %v2495 : i64
        %v2610 = arith.cmpi sge, %v2602, %v30 : i64
        %v2611 = arith.andi %v2604, %v2610 : i1
        %v2612 = arith.andi %v2611, %v2599 : i1
        %v2613 = llvm.getelementptr %v6[%v2609] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2614 = llvm.load %v2613 : !llvm.ptr<3> -> f32
        %v2615 = arith.addi %v2494, %v178 : i64
        %v2616 = arith.constant true
        %v2617 = arith.addi %v2031, %v2615 : i64
        %v2618 = llvm.getelementptr %v5[%v2617] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2619 = llvm.load %v2618 : !llvm.ptr<3> -> i64
        %v2620 = arith.addi %v1070, %v2495 : i64
        %v2621 = arith.cmpi slt, %v2620, %v70 : i64
        %v2622 = arith.subi %size_T, %v1 : i64
        %v2623 = arith.minsi %v2620, %v2622 : i64
        %v2624 = arith.addi %v2619, %v2623 : i64
        %v2625 = arith.muli %v2617, %v84 : i64
        %v2626 = arith.addi %v2625, %v2495 : i64
        %v2627 = arith.cmpi sge, %v2619, %v30 : i64
        %v2628 = arith.andi %v2621, %v2627 : i1
        %v2629 = arith.andi %v2628, %v2616 : i1
        %v2630 = llvm.getelementptr %v6[%v2626] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2631 = llvm.load %v2630 : !llvm.ptr<3> -> f32
        %v2632 = arith.addi %v2494, %v193 : i64
        %v2633 = arith.constant true
        %v2634 = arith.addi %v2031, %v2632 : i64
        %v2635 = llvm.getelementptr %v5[%v2634] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2636 = llvm.load %v2635 : !llvm.ptr<3> -> i64
        %v2637 = arith.addi %v1070, %v2495 : i64
        %v2638 = arith.cmpi slt, %v2637, %v70 : i64
        %v2639 = arith.subi %size_T, %v1 : i64
        %v2640 = arith.minsi %v2637, %v2639 : i64
        %v2641 = arith.addi %v2636, %v2640 : i64
        %v2642 = arith.muli %v2634, %v84 : i64
        %v2643 = arith.addi %v2642, %v2495 : i64
        %v2644 = arith.cmpi sge, %v2636, %v30 : i64
        %v2645 = arith.andi %v2638, %v2644 : i1
        %v2646 = arith.andi %v2645, %v2633 : i1
        %v2647 = llvm.getelementptr %v6[%v2643] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2648 = llvm.load %v2647 : !llvm.ptr<3> -> f32
        %v2649 = arith.addi %v2494, %v208 : i64
        %v2650 = arith.constant true
        %v2651 = arith.addi %v2031, %v2649 : i64
        %v2652 = llvm.getelementptr %v5[%v2651] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2653 = llvm.load %v2652 : !llvm.ptr<3> -> i64
        %v2654 = arith.addi %v1070, %v2495 : i64
        %v2655 = arith.cmpi slt, %v2654, %v70 : i64
        %v2656 = arith.subi %size_T, %v1 : i64
        %v2657 = arith.minsi %v2654, %v2656 : i64
        %v2658 = arith.addi %v2653, %v2657 : i64
        %v2659 = arith.muli %v2651, %v84 : i64
        %v2660 = arith.addi %v2659, %v2495 : i64
        %v2661 = arith.cmpi sge, %v2653, %v30 : i64
        %v2662 = arith.andi %v2655, %v2661 : i1
        %v2663 = arith.andi %v2662, %v2650 : i1
        %v2664 = llvm.getelementptr %v6[%v2660] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2665 = llvm.load %v2664 : !llvm.ptr<3> -> f32
        %v2666 = arith.addi %v2494, %v223 : i64
        %v2667 = arith.constant true
        %v2668 = arith.addi %v2031, %v2666 : i64
        %v2669 = llvm.getelementptr %v5[%v2668] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2670 = llvm.load %v2669 : !llvm.ptr<3> -> i64
        %v2671 = arith.addi %v1070, %v2495 : i64
        %v2672 = arith.cmpi slt, %v2671, %v70 : i64
        %v2673 = arith.subi %size_T, %v1 : i64
        %v2674 = arith.minsi %v2671, %v2673 : i64
        %v2675 = arith.addi %v2670, %v2674 : i64
        %v2676 = arith.muli %v2668, %v84 : i64
        %v2677 = arith.addi %v2676, %v2495 : i64
        %v2678 = arith.cmpi sge, %v2670, %v30 : i64
        %v2679 = arith.andi %v2672, %v2678 : i1
        %v2680 = arith.andi %v2679, %v2667 : i1
        %v2681 = llvm.getelementptr %v6[%v2677] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2682 = llvm.load %v2681 : !llvm.ptr<3> -> f32
        %v2683 = arith.addi %v2494, %v238 : i64
        %v2684 = arith.constant true
        %v2685 = arith.addi %v2031, %v2683 : i64
        %v2686 = llvm.getelementptr %v5[%v2685] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2687 = llvm.load %v2686 : !llvm.ptr<3> -> i64
        %v2688 = arith.addi %v1070, %v2495 : i64
        %v2689 = arith.cmpi slt, %v2688, %v70 : i64
        %v2690 = arith.subi %size_T, %v1 : i64
        %v2691 = arith.minsi %v2688, %v2690 : i64
        %v2692 = arith.addi %v2687, %v2691 : i64
        %v2693 = arith.muli %v2685, %v84 : i64
        %v2694 = arith.addi %v2693, %v2495 : i64
        %v2695 = arith.cmpi sge, %v2687, %v30 : i64
        %v2696 = arith.andi %v2689, %v2695 : i1
        %v2697 = arith.andi %v2696, %v2684 : i1
        %v2698 = llvm.getelementptr %v6[%v2694] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2699 = llvm.load %v2698 : !llvm.ptr<3> -> f32
        %v2700 = arith.addi %v2494, %v253 : i64
        %v2701 = arith.constant true
        %v2702 = arith.addi %v2031, %v2700 : i64
        %v2703 = llvm.getelementptr %v5[%v2702] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2704 = llvm.load %v2703 : !llvm.ptr<3> -> i64
        %v2705 = arith.addi %v1070, %v2495 : i64
        %v2706 = arith.cmpi slt, %v2705, %v70 : i64
        %v2707 = arith.subi %size_T, %v1 : i64
        %v2708 = arith.minsi %v2705, %v2707 : i64
        %v2709 = arith.addi %v2704, %v2708 : i64
        %v2710 = arith.muli %v2702, %v84 : i64
        %v2711 = arith.addi %v2710, %v2495 : i64
        %v2712 = arith.cmpi sge, %v2704, %v30 : i64
        %v2713 = arith.andi %v2706, %v2712 : i1
        %v2714 = arith.andi %v2713, %v2701 : i1
        %v2715 = llvm.getelementptr %v6[%v2711] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2716 = llvm.load %v2715 : !llvm.ptr<3> -> f32
        %v2717 = arith.addi %v2494, %v268 : i64
        %v2718 = arith.constant true
        %v2719 = arith.addi %v2031, %v2717 : i64
        %v2720 = llvm.getelementptr %v5[%v2719] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2721 = llvm.load %v2720 : !llvm.ptr<3> -> i64
        %v2722 = arith.addi %v1070, %v2495 : i64
        %v2723 = arith.cmpi slt, %v2722, %v70 : i64
        %v2724 = arith.subi %size_T, %v1 : i64
        %v2725 = arith.minsi %v2722, %v2724 : i64
        %v2726 = arith.addi %v2721, %v2725 : i64
        %v2727 = arith.muli %v2719, %v84 : i64
        %v2728 = arith.addi %v2727, %v2495 : i64
        %v2729 = arith.cmpi sge, %v2721, %v30 : i64
        %v2730 = arith.andi %v2723, %v2729 : i1
        %v2731 = arith.andi %v2730, %v2718 : i1
        %v2732 = llvm.getelementptr %v6[%v2728] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2733 = llvm.load %v2732 : !llvm.ptr<3> -> f32
        %v2734 = arith.addi %v2494, %v283 : i64
        %v2735 = arith.constant true
        %v2736 = arith.addi %v2031, %v2734 : i64
        %v2737 = llvm.getelementptr %v5[%v2736] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2738 = llvm.load %v2737 : !llvm.ptr<3> -> i64
        %v2739 = arith.addi %v1070, %v2495 : i64
        %v2740 = arith.cmpi slt, %v2739, %v70 : i64
        %v2741 = arith.subi %size_T, %v1 : i64
        %v2742 = arith.minsi %v2739, %v2741 : i64
        %v2743 = arith.addi %v2738, %v2742 : i64
        %v2744 = arith.muli %v2736, %v84 : i64
        %v2745 = arith.addi %v2744, %v2495 : i64
        %v2746 = arith.cmpi sge, %v2738, %v30 : i64
        %v2747 = arith.andi %v2740, %v2746 : i1
        %v2748 = arith.andi %v2747, %v2735 : i1
        %v2749 = llvm.getelementptr %v6[%v2745] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2750 = llvm.load %v2749 : !llvm.ptr<3> -> f32
        %v2751 = arith.addi %v2494, %v298 : i64
        %v2752 = arith.constant true
        %v2753 = arith.addi %v2031, %v2751 : i64
        %v2754 = llvm.getelementptr %v5[%v2753] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2755 = llvm.load %v2754 : !llvm.ptr<3> -> i64
        %v2756 = arith.addi %v1070, %v2495 : i64
        %v2757 = arith.cmpi slt, %v2756, %v70 : i64
        %v2758 = arith.subi %size_T, %v1 : i64
        %v2759 = arith.minsi %v2756, %v2758 : i64
        %v2760 = arith.addi %v2755, %v2759 : i64
        %v2761 = arith.muli %v2753, %v84 : i64
        %v2762 = arith.addi %v2761, %v2495 : i64
        %v2763 = arith.cmpi sge, %v2755, %v30 : i64
        %v2764 = arith.andi %v2757, %v2763 : i1
        %v2765 = arith.andi %v2764, %v2752 : i1
        %v2766 = llvm.getelementptr %v6[%v2762] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2767 = llvm.load %v2766 : !llvm.ptr<3> -> f32
        %v2768 = arith.addi %v2494, %v71 : i64
        %v2769 = arith.constant true
        %v2770 = arith.addi %v2031, %v2768 : i64
        %v2771 = llvm.getelementptr %v5[%v2770] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2772 = llvm.load %v2771 : !llvm.ptr<3> -> i64
        %v2773 = arith.addi %v1070, %v2495 : i64
        %v2774 = arith.cmpi slt, %v2773, %v70 : i64
        %v2775 = arith.subi %size_T, %v1 : i64
        %v2776 = arith.minsi %v2773, %v2775 : i64
        %v2777 = arith.addi %v2772, %v2776 : i64
        %v2778 = arith.muli %v2770, %v84 : i64
        %v2779 = arith.addi %v2778, %v2495 : i64
        %v2780 = arith.cmpi sge, %v2772, %v30 : i64
        %v2781 = arith.andi %v2774, %v2780 : i1
        %v2782 = arith.andi %v2781, %v2769 : i1
        %v2783 = llvm.getelementptr %v6[%v2779] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2784 = llvm.load %v2783 : !llvm.ptr<3> -> f32
        %v2785 = arith.addi %v2494, %v327 : i64
        %v2786 = arith.constant true
        %v2787 = arith.addi %v2031, %v2785 : i64
        %v2788 = llvm.getelementptr %v5[%v2787] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2789 = llvm.load %v2788 : !llvm.ptr<3> -> i64
        %v2790 = arith.addi %v1070, %v2495 : i64
        %v2791 = arith.cmpi slt, %v2790, %v70 : i64
        %v2792 = arith.subi %size_T, %v1 : i64
        %v2793 = arith.minsi %v2790, %v2792 : i64
        %v2794 = arith.addi %v2789, %v2793 : i64
        %v2795 = arith.muli %v2787, %v84 : i64
        %v2796 = arith.addi %v2795, %v2495 : i64
        %v2797 = arith.cmpi sge, %v2789, %v30 : i64
        %v2798 = arith.andi %v2791, %v2797 : i1
        %v2799 = arith.andi %v2798, %v2786 : i1
        %v2800 = llvm.getelementptr %v6[%v2796] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2801 = llvm.load %v2800 : !llvm.ptr<3> -> f32
        %v2802 = arith.addi %v2494, %v342 : i64
        %v2803 = arith.constant true
        %v2804 = arith.addi %v2031, %v2802 : i64
        %v2805 = llvm.getelementptr %v5[%v2804] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2806 = llvm.load %v2805 : !llvm.ptr<3> -> i64
        %v2807 = arith.addi %v1070, %v2495 : i64
        %v2808 = arith.cmpi slt, %v2807, %v70 : i64
        %v2809 = arith.subi %size_T, %v1 : i64
        %v2810 = arith.minsi %v2807, %v2809 : i64
        %v2811 = arith.addi %v2806, %v2810 : i64
        %v2812 = arith.muli %v2804, %v84 : i64
        %v2813 = arith.addi %v2812, %v2495 : i64
        %v2814 = arith.cmpi sge, %v2806, %v30 : i64
        %v2815 = arith.andi %v2808, %v2814 : i1
        %v2816 = arith.andi %v2815, %v2803 : i1
        %v2817 = llvm.getelementptr %v6[%v2813] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2818 = llvm.load %v2817 : !llvm.ptr<3> -> f32
        %v2819 = arith.addi %v2494, %v357 : i64
        %v2820 = arith.constant true
        %v2821 = arith.addi %v2031, %v2819 : i64
        %v2822 = llvm.getelementptr %v5[%v2821] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2823 = llvm.load %v2822 : !llvm.ptr<3> -> i64
        %v2824 = arith.addi %v1070, %v2495 : i64
        %v2825 = arith.cmpi slt, %v2824, %v70 : i64
        %v2826 = arith.subi %size_T, %v1 : i64
        %v2827 = arith.minsi %v2824, %v2826 : i64
        %v2828 = arith.addi %v2823, %v2827 : i64
        %v2829 = arith.muli %v2821, %v84 : i64
        %v2830 = arith.addi %v2829, %v2495 : i64
        %v2831 = arith.cmpi sge, %v2823, %v30 : i64
        %v2832 = arith.andi %v2825, %v2831 : i1
        %v2833 = arith.andi %v2832, %v2820 : i1
        %v2834 = llvm.getelementptr %v6[%v2830] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2835 = llvm.load %v2834 : !llvm.ptr<3> -> f32
        %v2836 = arith.addi %v2494, %v372 : i64
        %v2837 = arith.constant true
        %v2838 = arith.addi %v2031, %v2836 : i64
        %v2839 = llvm.getelementptr %v5[%v2838] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2840 = llvm.load %v2839 : !llvm.ptr<3> -> i64
        %v2841 = arith.addi %v1070, %v2495 : i64
        %v2842 = arith.cmpi slt, %v2841, %v70 : i64
        %v2843 = arith.subi %size_T, %v1 : i64
        %v2844 = arith.minsi %v2841, %v2843 : i64
        %v2845 = arith.addi %v2840, %v2844 : i64
        %v2846 = arith.muli %v2838, %v84 : i64
        %v2847 = arith.addi %v2846, %v2495 : i64
        %v2848 = arith.cmpi sge, %v2840, %v30 : i64
        %v2849 = arith.andi %v2842, %v2848 : i1
        %v2850 = arith.andi %v2849, %v2837 : i1
        %v2851 = llvm.getelementptr %v6[%v2847] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2852 = llvm.load %v2851 : !llvm.ptr<3> -> f32
        %v2853 = arith.addi %v2494, %v387 : i64
        %v2854 = arith.constant true
        %v2855 = arith.addi %v2031, %v2853 : i64
        %v2856 = llvm.getelementptr %v5[%v2855] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2857 = llvm.load %v2856 : !llvm.ptr<3> -> i64
        %v2858 = arith.addi %v1070, %v2495 : i64
        %v2859 = arith.cmpi slt, %v2858, %v70 : i64
        %v2860 = arith.subi %size_T, %v1 : i64
        %v2861 = arith.minsi %v2858, %v2860 : i64
        %v2862 = arith.addi %v2857, %v2861 : i64
        %v2863 = arith.muli %v2855, %v84 : i64
        %v2864 = arith.addi %v2863, %v2495 : i64
        %v2865 = arith.cmpi sge, %v2857, %v30 : i64
        %v2866 = arith.andi %v2859, %v2865 : i1
        %v2867 = arith.andi %v2866, %v2854 : i1
        %v2868 = llvm.getelementptr %v6[%v2864] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2869 = llvm.load %v2868 : !llvm.ptr<3> -> f32
        %v2870 = arith.addi %v2494, %v402 : i64
        %v2871 = arith.constant true
        %v2872 = arith.addi %v2031, %v2870 : i64
        %v2873 = llvm.getelementptr %v5[%v2872] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2874 = llvm.load %v2873 : !llvm.ptr<3> -> i64
        %v2875 = arith.addi %v1070, %v2495 : i64
        %v2876 = arith.cmpi slt, %v2875, %v70 : i64
        %v2877 = arith.subi %size_T, %v1 : i64
        %v2878 = arith.minsi %v2875, %v2877 : i64
        %v2879 = arith.addi %v2874, %v2878 : i64
        %v2880 = arith.muli %v2872, %v84 : i64
        %v2881 = arith.addi %v2880, %v2495 : i64
        %v2882 = arith.cmpi sge, %v2874, %v30 : i64
        %v2883 = arith.andi %v2876, %v2882 : i1
        %v2884 = arith.andi %v2883, %v2871 : i1
        %v2885 = llvm.getelementptr %v6[%v2881] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2886 = llvm.load %v2885 : !llvm.ptr<3> -> f32
        %v2887 = arith.addi %v2494, %v417 : i64
        %v2888 = arith.constant true
        %v2889 = arith.addi %v2031, %v2887 : i64
        %v2890 = llvm.getelementptr %v5[%v2889] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2891 = llvm.load %v2890 : !llvm.ptr<3> -> i64
        %v2892 = arith.addi %v1070, %v2495 : i64
        %v2893 = arith.cmpi slt, %v2892, %v70 : i64
        %v2894 = arith.subi %size_T, %v1 : i64
        %v2895 = arith.minsi %v2892, %v2894 : i64
        %v2896 = arith.addi %v2891, %v2895 : i64
        %v2897 = arith.muli %v2889, %v84 : i64
        %v2898 = arith.addi %v2897, %v2495 : i64
        %v2899 = arith.cmpi sge, %v2891, %v30 : i64
        %v2900 = arith.andi %v2893, %v2899 : i1
        %v2901 = arith.andi %v2900, %v2888 : i1
        %v2902 = llvm.getelementptr %v6[%v2898] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2903 = llvm.load %v2902 : !llvm.ptr<3> -> f32
        %v2904 = arith.addi %v2494, %v432 : i64
        %v2905 = arith.constant true
        %v2906 = arith.addi %v2031, %v2904 : i64
        %v2907 = llvm.getelementptr %v5[%v2906] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2908 = llvm.load %v2907 : !llvm.ptr<3> -> i64
        %v2909 = arith.addi %v1070, %v2495 : i64
        %v2910 = arith.cmpi slt, %v2909, %v70 : i64
        %v2911 = arith.subi %size_T, %v1 : i64
        %v2912 = arith.minsi %v2909, %v2911 : i64
        %v2913 = arith.addi %v2908, %v2912 : i64
        %v2914 = arith.muli %v2906, %v84 : i64
        %v2915 = arith.addi %v2914, %v2495 : i64
        %v2916 = arith.cmpi sge, %v2908, %v30 : i64
        %v2917 = arith.andi %v2910, %v2916 : i1
        %v2918 = arith.andi %v2917, %v2905 : i1
        %v2919 = llvm.getelementptr %v6[%v2915] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2920 = llvm.load %v2919 : !llvm.ptr<3> -> f32
        %v2921 = arith.addi %v2494, %v447 : i64
        %v2922 = arith.constant true
        %v2923 = arith.addi %v2031, %v2921 : i64
        %v2924 = llvm.getelementptr %v5[%v2923] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2925 = llvm.load %v2924 : !llvm.ptr<3> -> i64
        %v2926 = arith.addi %v1070, %v2495 : i64
        %v2927 = arith.cmpi slt, %v2926, %v70 : i64
        %v2928 = arith.subi %size_T, %v1 : i64
        %v2929 = arith.minsi %v2926, %v2928 : i64
        %v2930 = arith.addi %v2925, %v2929 : i64
        %v2931 = arith.muli %v2923, %v84 : i64
        %v2932 = arith.addi %v2931, %v2495 : i64
        %v2933 = arith.cmpi sge, %v2925, %v30 : i64
        %v2934 = arith.andi %v2927, %v2933 : i1
        %v2935 = arith.andi %v2934, %v2922 : i1
        %v2936 = llvm.getelementptr %v6[%v2932] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2937 = llvm.load %v2936 : !llvm.ptr<3> -> f32
        %v2938 = arith.addi %v2494, %v462 : i64
        %v2939 = arith.constant true
        %v2940 = arith.addi %v2031, %v2938 : i64
        %v2941 = llvm.getelementptr %v5[%v2940] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2942 = llvm.load %v2941 : !llvm.ptr<3> -> i64
        %v2943 = arith.addi %v1070, %v2495 : i64
        %v2944 = arith.cmpi slt, %v2943, %v70 : i64
        %v2945 = arith.subi %size_T, %v1 : i64
        %v2946 = arith.minsi %v2943, %v2945 : i64
        %v2947 = arith.addi %v2942, %v2946 : i64
        %v2948 = arith.muli %v2940, %v84 : i64
        %v2949 = arith.addi %v2948, %v2495 : i64
        %v2950 = arith.cmpi sge, %v2942, %v30 : i64
        %v2951 = arith.andi %v2944, %v2950 : i1
        %v2952 = arith.andi %v2951, %v2939 : i1
        %v2953 = llvm.getelementptr %v6[%v2949] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2954 = llvm.load %v2953 : !llvm.ptr<3> -> f32
        %v2955 = arith.addi %v2494, %v477 : i64
        %v2956 = arith.constant true
        %v2957 = arith.addi %v2031, %v2955 : i64
        %v2958 = llvm.getelementptr %v5[%v2957] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2959 = llvm.load %v2958 : !llvm.ptr<3> -> i64
        %v2960 = arith.addi %v1070, %v2495 : i64
        %v2961 = arith.cmpi slt, %v2960, %v70 : i64
        %v2962 = arith.subi %size_T, %v1 : i64
        %v2963 = arith.minsi %v2960, %v2962 : i64
        %v2964 = arith.addi %v2959, %v2963 : i64
        %v2965 = arith.muli %v2957, %v84 : i64
        %v2966 = arith.addi %v2965, %v2495 : i64
        %v2967 = arith.cmpi sge, %v2959, %v30 : i64
        %v2968 = arith.andi %v2961, %v2967 : i1
        %v2969 = arith.andi %v2968, %v2956 : i1
        %v2970 = llvm.getelementptr %v6[%v2966] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2971 = llvm.load %v2970 : !llvm.ptr<3> -> f32
        %v2972 = arith.addi %v2494, %v492 : i64
        %v2973 = arith.constant true
        %v2974 = arith.addi %v2031, %v2972 : i64
        %v2975 = llvm.getelementptr %v5[%v2974] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2976 = llvm.load %v2975 : !llvm.ptr<3> -> i64
        %v2977 = arith.addi %v1070, %v2495 : i64
        %v2978 = arith.cmpi slt, %v2977, %v70 : i64
        %v2979 = arith.subi %size_T, %v1 : i64
        %v2980 = arith.minsi %v2977, %v2979 : i64
        %v2981 = arith.addi %v2976, %v2980 : i64
        %v2982 = arith.muli %v2974, %v84 : i64
        %v2983 = arith.addi %v2982, %v2495 : i64
        %v2984 = arith.cmpi sge, %v2976, %v30 : i64
        %v2985 = arith.andi %v2978, %v2984 : i1
        %v2986 = arith.andi %v2985, %v2973 : i1
        %v2987 = llvm.getelementptr %v6[%v2983] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2988 = llvm.load %v2987 : !llvm.ptr<3> -> f32
        %v2989 = arith.addi %v2494, %v507 : i64
        %v2990 = arith.constant true
        %v2991 = arith.addi %v2031, %v2989 : i64
        %v2992 = llvm.getelementptr %v5[%v2991] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2993 = llvm.load %v2992 : !llvm.ptr<3> -> i64
        %v2994 = arith.addi %v1070, %v2495 : i64
        %v2995 = arith.cmpi slt, %v2994, %v70 : i64
        %v2996 = arith.subi %size_T, %v1 : i64
        %v2997 = arith.minsi %v2994, %v2996 : i64
        %v2998 = arith.addi %v2993, %v2997 : i64
        %v2999 = arith.muli %v2991, %v84 : i64
        %v3000 = arith.addi %v2999, %v2495 : i64
        %v3001 = arith.cmpi sge, %v2993, %v30 : i64
        %v3002 = arith.andi %v2995, %v3001 : i1
        %v3003 = arith.andi %v3002, %v2990 : i1
        %v3004 = llvm.getelementptr %v6[%v3000] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3005 = llvm.load %v3004 : !llvm.ptr<3> -> f32
        %v3006 = arith.addi %v2494, %v522 : i64
        %v3007 = arith.constant true
        %v3008 = arith.addi %v2031, %v3006 : i64
        %v3009 = llvm.getelementptr %v5[%v3008] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3010 = llvm.load %v3009 : !llvm.ptr<3> -> i64
        %v3011 = arith.addi %v1070, %v2495 : i64
        %v3012 = arith.cmpi slt, %v3011, %v70 : i64
        %v3013 = arith.subi %size_T, %v1 : i64
        %v3014 = arith.minsi %v3011, %v3013 : i64
        %v3015 = arith.addi %v3010, %v3014 : i64
        %v3016 = arith.muli %v3008, %v84 : i64
        %v3017 = arith.addi %v3016, %v2495 : i64
        %v3018 = arith.cmpi sge, %v3010, %v30 : i64
        %v3019 = arith.andi %v3012, %v3018 : i1
        %v3020 = arith.andi %v3019, %v3007 : i1
        %v3021 = llvm.getelementptr %v6[%v3017] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3022 = llvm.load %v3021 : !llvm.ptr<3> -> f32
        %v3023 = arith.addi %v2494, %v537 : i64
        %v3024 = arith.constant true
        %v3025 = arith.addi %v2031, %v3023 : i64
        %v3026 = llvm.getelementptr %v5[%v3025] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3027 = llvm.load %v3026 : !llvm.ptr<3> -> i64
        %v3028 = arith.addi %v1070, %v2495 : i64
        %v3029 = arith.cmpi slt, %v3028, %v70 : i64
        %v3030 = arith.subi %size_T, %v1 : i64
        %v3031 = arith.minsi %v3028, %v3030 : i64
        %v3032 = arith.addi %v3027, %v3031 : i64
        %v3033 = arith.muli %v3025, %v84 : i64
        %v3034 = arith.addi %v3033, %v2495 : i64
        %v3035 = arith.cmpi sge, %v3027, %v30 : i64
        %v3036 = arith.andi %v3029, %v3035 : i1
        %v3037 = arith.andi %v3036, %v3024 : i1
        %v3038 = llvm.getelementptr %v6[%v3034] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3039 = llvm.load %v3038 : !llvm.ptr<3> -> f32
        scf.if %v2510 {
          %v3040 = llvm.getelementptr %out_y[%v2505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2512, %v3040 : f32, !llvm.ptr
        }
        scf.if %v2527 {
          %v3041 = llvm.getelementptr %out_y[%v2522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2529, %v3041 : f32, !llvm.ptr
        }
        scf.if %v2544 {
          %v3042 = llvm.getelementptr %out_y[%v2539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2546, %v3042 : f32, !llvm.ptr
        }
        scf.if %v2561 {
          %v3043 = llvm.getelementptr %out_y[%v2556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2563, %v3043 : f32, !llvm.ptr
        }
        scf.if %v2578 {
          %v3044 = llvm.getelementptr %out_y[%v2573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2580, %v3044 : f32, !llvm.ptr
        }
        scf.if %v2595 {
          %v3045 = llvm.getelementptr %out_y[%v2590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2597, %v3045 : f32, !llvm.ptr
        }
        scf.if %v2612 {
          %v3046 = llvm.getelementptr %out_y[%v2607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2614, %v3046 : f32, !llvm.ptr
        }
        scf.if %v2629 {
          %v3047 = llvm.getelementptr %out_y[%v2624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2631, %v3047 : f32, !llvm.ptr
        }
        scf.if %v2646 {
          %v3048 = llvm.getelementptr %out_y[%v2641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2648, %v3048 : f32, !llvm.ptr
        }
        scf.if %v2663 {
          %v3049 = llvm.getelementptr %out_y[%v2658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2665, %v3049 : f32, !llvm.ptr
        }
        scf.if %v2680 {
          %v3050 = llvm.getelementptr %out_y[%v2675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2682, %v3050 : f32, !llvm.ptr
        }
        scf.if %v2697 {
          %v3051 = llvm.getelementptr %out_y[%v2692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2699, %v3051 : f32, !llvm.ptr
        }
        scf.if %v2714 {
          %v3052 = llvm.getelementptr %out_y[%v2709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2716, %v3052 : f32, !llvm.ptr
        }
        scf.if %v2731 {
          %v3053 = llvm.getelementptr %out_y[%v2726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2733, %v3053 : f32, !llvm.ptr
        }
        scf.if %v2748 {
          %v3054 = llvm.getelementptr %out_y[%v2743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2750, %v3054 : f32, !llvm.ptr
        }
        scf.if %v2765 {
          %v3055 = llvm.getelementptr %out_y[%v2760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2767, %v3055 : f32, !llvm.ptr
        }
        scf.if %v2782 {
          %v3056 = llvm.getelementptr %out_y[%v2777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2784, %v3056 : f32, !llvm.ptr
        }
        scf.if %v2799 {
          %v3057 = llvm.getelementptr %out_y[%v2794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2801, %v3057 : f32, !llvm.ptr
        }
        scf.if %v2816 {
          %v3058 = llvm.getelementptr %out_y[%v2811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2818, %v3058 : f32, !llvm.ptr
        }
        scf.if %v2833 {
          %v3059 = llvm.getelementptr %out_y[%v2828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2835, %v3059 : f32, !llvm.ptr
        }
        scf.if %v2850 {
          %v3060 = llvm.getelementptr %out_y[%v2845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2852, %v3060 : f32, !llvm.ptr
        }
        scf.if %v2867 {
          %v3061 = llvm.getelementptr %out_y[%v2862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2869, %v3061 : f32, !llvm.ptr
        }
        scf.if %v2884 {
          %v3062 = llvm.getelementptr %out_y[%v2879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2886, %v3062 : f32, !llvm.ptr
        }
        scf.if %v2901 {
          %v3063 = llvm.getelementptr %out_y[%v2896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2903, %v3063 : f32, !llvm.ptr
        }
        scf.if %v2918 {
          %v3064 = llvm.getelementptr %out_y[%v2913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2920, %v3064 : f32, !llvm.ptr
        }
        scf.if %v2935 {
          %v3065 = llvm.getelementptr %out_y[%v2930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2937, %v3065 : f32, !llvm.ptr
        }
        scf.if %v2952 {
          %v3066 = llvm.getelementptr %out_y[%v2947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2954, %v3066 : f32, !llvm.ptr
        }
        scf.if %v2969 {
          %v3067 = llvm.getelementptr %out_y[%v2964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2971, %v3067 : f32, !llvm.ptr
        }
        scf.if %v2986 {
          %v3068 = llvm.getelementptr %out_y[%v2981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2988, %v3068 : f32, !llvm.ptr
        }
        scf.if %v3003 {
          %v3069 = llvm.getelementptr %out_y[%v2998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3005, %v3069 : f32, !llvm.ptr
        }
        scf.if %v3020 {
          %v3070 = llvm.getelementptr %out_y[%v3015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3022, %v3070 : f32, !llvm.ptr
        }
        scf.if %v3037 {
          %v3071 = llvm.getelementptr %out_y[%v3032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3039, %v3071 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      %v3072 = arith.subi %v10, %v1 : i64
      %v3073 = arith.cmpi eq, %v19, %v3072 : i64
      %v3074 = arith.andi %v23, %v3073 : i1
      gpu.return
    }
  }
}
