module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_first_order_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<192 x i64>
    llvm.mlir.global internal @smem_first_order_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<6336 x f32>
    gpu.func @first_order_fwd(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %out_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_C : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.mlir.addressof @rows_first_order_fwd : !llvm.ptr<3>
      %v6 = llvm.mlir.addressof @smem_first_order_fwd : !llvm.ptr<3>
      %v7 = arith.constant 255 : i64
      %v8 = arith.addi %size_T, %v7 : i64
      %v9 = arith.constant 256 : i64
      %v10 = arith.divui %v8, %v9 : i64
      %v15 = arith.constant 64 : i64
      %v25 = arith.constant 0 : i64
      %v26 = arith.muli %v1, %size_T : i64
      %v27 = arith.muli %v26, %size_C : i64
      %v49 = arith.constant -1 : i64
      %v51 = arith.constant 2 : i64
      %v55 = arith.constant 0x00000000 : f32
      %v56 = arith.constant 32 : i64
      %v69 = arith.constant 33 : i64
      %v88 = arith.constant 4 : i64
      %v103 = arith.constant 6 : i64
      %v118 = arith.constant 8 : i64
      %v133 = arith.constant 10 : i64
      %v148 = arith.constant 12 : i64
      %v163 = arith.constant 14 : i64
      %v178 = arith.constant 16 : i64
      %v193 = arith.constant 18 : i64
      %v208 = arith.constant 20 : i64
      %v223 = arith.constant 22 : i64
      %v238 = arith.constant 24 : i64
      %v253 = arith.constant 26 : i64
      %v268 = arith.constant 28 : i64
      %v283 = arith.constant 30 : i64
      %v312 = arith.constant 34 : i64
      %v327 = arith.constant 36 : i64
      %v342 = arith.constant 38 : i64
      %v357 = arith.constant 40 : i64
      %v372 = arith.constant 42 : i64
      %v387 = arith.constant 44 : i64
      %v402 = arith.constant 46 : i64
      %v417 = arith.constant 48 : i64
      %v432 = arith.constant 50 : i64
      %v447 = arith.constant 52 : i64
      %v462 = arith.constant 54 : i64
      %v477 = arith.constant 56 : i64
      %v492 = arith.constant 58 : i64
      %v507 = arith.constant 60 : i64
      %v522 = arith.constant 62 : i64
      %v1062 = arith.muli %v1, %size_B : i64
      %v1063 = arith.muli %v1062, %size_C : i64
      %v1066 = arith.muli %v1, %size_C : i64
      %v2016 = arith.constant 128 : i64
      %v2024 = arith.constant 192 : i64
      %v2039 = arith.constant 320 : i64
      %v2047 = arith.constant 384 : i64
      %v2055 = arith.constant 448 : i64
      %v2063 = arith.constant 512 : i64
      %v2071 = arith.constant 576 : i64
      %v2079 = arith.constant 640 : i64
      %v2087 = arith.constant 704 : i64
      %v2095 = arith.constant 768 : i64
      %v2103 = arith.constant 832 : i64
      %v2111 = arith.constant 896 : i64
      %v2119 = arith.constant 960 : i64
      %v2127 = arith.constant 1024 : i64
      %v2135 = arith.constant 1088 : i64
      %v2143 = arith.constant 1152 : i64
      %v2151 = arith.constant 1216 : i64
      %v2159 = arith.constant 1280 : i64
      %v2167 = arith.constant 1344 : i64
      %v2175 = arith.constant 1408 : i64
      %v2183 = arith.constant 1472 : i64
      %v2191 = arith.constant 1536 : i64
      %v2199 = arith.constant 1600 : i64
      %v2207 = arith.constant 1664 : i64
      %v2215 = arith.constant 1728 : i64
      %v2223 = arith.constant 1792 : i64
      %v2231 = arith.constant 1856 : i64
      %v2239 = arith.constant 1920 : i64
      %v2247 = arith.constant 1984 : i64
      %v11 = gpu.block_id x
      %v12 = gpu.thread_id x
      %v13 = arith.index_cast %v12 : index to i64
      %v14 = arith.index_cast %v11 : index to i64
      %v16 = arith.muli %v14, %v15 : i64
      %v17 = arith.addi %v16, %v13 : i64
      %v18 = arith.cmpi slt, %v17, %v3 : i64
      %v19 = arith.subi %v3, %v1 : i64
      %v20 = arith.minsi %v17, %v19 : i64
      %v21 = arith.remui %v20, %size_C : i64
      %v22 = arith.divui %v20, %size_C : i64
      %v23 = arith.remui %v22, %size_B : i64
      %v24 = arith.divui %v22, %size_B : i64
      %v28 = arith.muli %v23, %v27 : i64
      %v29 = arith.muli %v21, %v26 : i64
      %v30 = arith.addi %v28, %v29 : i64
      %v31 = arith.muli %v25, %v1 : i64
      %v32 = arith.addi %v30, %v31 : i64
      %v33 = arith.muli %v25, %v15 : i64
      %v34 = arith.addi %v33, %v13 : i64
      %v35 = llvm.getelementptr %v5[%v34] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v32, %v35 : i64, !llvm.ptr<3>
      %v36 = arith.muli %v23, %v27 : i64
      %v37 = arith.muli %v21, %v26 : i64
      %v38 = arith.addi %v36, %v37 : i64
      %v39 = arith.muli %v25, %v1 : i64
      %v40 = arith.addi %v38, %v39 : i64
      %v41 = arith.muli %v1, %v15 : i64
      %v42 = arith.addi %v41, %v13 : i64
      %v43 = llvm.getelementptr %v5[%v42] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v40, %v43 : i64, !llvm.ptr<3>
      %v44 = arith.muli %v23, %v27 : i64
      %v45 = arith.muli %v21, %v26 : i64
      %v46 = arith.addi %v44, %v45 : i64
      %v47 = arith.muli %v25, %v1 : i64
      %v48 = arith.addi %v46, %v47 : i64
      %v50 = arith.select %v18, %v48, %v49 : i64
      %v52 = arith.muli %v51, %v15 : i64
      %v53 = arith.addi %v52, %v13 : i64
      %v54 = llvm.getelementptr %v5[%v53] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v50, %v54 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v55, %v4 : f32, !llvm.ptr
      // staged load of `a`'s first tile: read, then shared memory
      %v57 = arith.divui %v13, %v56 : i64
      %v58 = arith.remui %v13, %v56 : i64
      %v59 = arith.addi %v57, %v25 : i64
      %v60 = arith.constant true
      %v61 = arith.addi %v25, %v59 : i64
      %v62 = llvm.getelementptr %v5[%v61] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v63 = llvm.load %v62 : !llvm.ptr<3> -> i64
      %v64 = arith.addi %v25, %v58 : i64
      %v65 = arith.cmpi slt, %v64, %size_T : i64
      %v66 = arith.subi %size_T, %v1 : i64
      %v67 = arith.minsi %v64, %v66 : i64
      %v68 = arith.addi %v63, %v67 : i64
      %v70 = arith.muli %v61, %v69 : i64
      %v71 = arith.addi %v70, %v58 : i64
      %v72 = llvm.getelementptr %in_a[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v73 = llvm.load %v72 : !llvm.ptr -> f32
      %v74 = arith.addi %v57, %v51 : i64
      %v75 = arith.constant true
      %v76 = arith.addi %v25, %v74 : i64
      %v77 = llvm.getelementptr %v5[%v76] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v78 = llvm.load %v77 : !llvm.ptr<3> -> i64
      %v79 = arith.addi %v25, %v58 : i64
      %v80 = arith.cmpi slt, %v79, %size_T : i64
      %v81 = arith.subi %size_T, %v1 : i64
      %v82 = arith.minsi %v79, %v81 : i64
      %v83 = arith.addi %v78, %v82 : i64
      %v84 = arith.muli %v76, %v69 : i64
      %v85 = arith.addi %v84, %v58 : i64
      %v86 = llvm.getelementptr %in_a[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v87 = llvm.load %v86 : !llvm.ptr -> f32
      %v89 = arith.addi %v57, %v88 : i64
      %v90 = arith.constant true
      %v91 = arith.addi %v25, %v89 : i64
      %v92 = llvm.getelementptr %v5[%v91] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v93 = llvm.load %v92 : !llvm.ptr<3> -> i64
      %v94 = arith.addi %v25, %v58 : i64
      %v95 = arith.cmpi slt, %v94, %size_T : i64
      %v96 = arith.subi %size_T, %v1 : i64
      %v97 = arith.minsi %v94, %v96 : i64
      %v98 = arith.addi %v93, %v97 : i64
      %v99 = arith.muli %v91, %v69 : i64
      %v100 = arith.addi %v99, %v58 : i64
      %v101 = llvm.getelementptr %in_a[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v102 = llvm.load %v101 : !llvm.ptr -> f32
      %v104 = arith.addi %v57, %v103 : i64
      %v105 = arith.constant true
      %v106 = arith.addi %v25, %v104 : i64
      %v107 = llvm.getelementptr %v5[%v106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v108 = llvm.load %v107 : !llvm.ptr<3> -> i64
      %v109 = arith.addi %v25, %v58 : i64
      %v110 = arith.cmpi slt, %v109, %size_T : i64
      %v111 = arith.subi %size_T, %v1 : i64
      %v112 = arith.minsi %v109, %v111 : i64
      %v113 = arith.addi %v108, %v112 : i64
      %v114 = arith.muli %v106, %v69 : i64
      %v115 = arith.addi %v114, %v58 : i64
      %v116 = llvm.getelementptr %in_a[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v117 = llvm.load %v116 : !llvm.ptr -> f32
      %v119 = arith.addi %v57, %v118 : i64
      %v120 = arith.constant true
      %v121 = arith.addi %v25, %v119 : i64
      %v122 = llvm.getelementptr %v5[%v121] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v123 = llvm.load %v122 : !llvm.ptr<3> -> i64
      %v124 = arith.addi %v25, %v58 : i64
      %v125 = arith.cmpi slt, %v124, %size_T : i64
      %v126 = arith.subi %size_T, %v1 : i64
      %v127 = arith.minsi %v124, %v126 : i64
      %v128 = arith.addi %v123, %v127 : i64
      %v129 = arith.muli %v121, %v69 : i64
      %v130 = arith.addi %v129, %v58 : i64
      %v131 = llvm.getelementptr %in_a[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v132 = llvm.load %v131 : !llvm.ptr -> f32
      %v134 = arith.addi %v57, %v133 : i64
      %v135 = arith.constant true
      %v136 = arith.addi %v25, %v134 : i64
      %v137 = llvm.getelementptr %v5[%v136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v138 = llvm.load %v137 : !llvm.ptr<3> -> i64
      %v139 = arith.addi %v25, %v58 : i64
      %v140 = arith.cmpi slt, %v139, %size_T : i64
      %v141 = arith.subi %size_T, %v1 : i64
      %v142 = arith.minsi %v139, %v141 : i64
      %v143 = arith.addi %v138, %v142 : i64
      %v144 = arith.muli %v136, %v69 : i64
      %v145 = arith.addi %v144, %v58 : i64
      %v146 = llvm.getelementptr %in_a[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v147 = llvm.load %v146 : !llvm.ptr -> f32
      %v149 = arith.addi %v57, %v148 : i64
      %v150 = arith.constant true
      %v151 = arith.addi %v25, %v149 : i64
      %v152 = llvm.getelementptr %v5[%v151] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v153 = llvm.load %v152 : !llvm.ptr<3> -> i64
      %v154 = arith.addi %v25, %v58 : i64
      %v155 = arith.cmpi slt, %v154, %size_T : i64
      %v156 = arith.subi %size_T, %v1 : i64
      %v157 = arith.minsi %v154, %v156 : i64
      %v158 = arith.addi %v153, %v157 : i64
      %v159 = arith.muli %v151, %v69 : i64
      %v160 = arith.addi %v159, %v58 : i64
      %v161 = llvm.getelementptr %in_a[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v162 = llvm.load %v161 : !llvm.ptr -> f32
      %v164 = arith.addi %v57, %v163 : i64
      %v165 = arith.constant true
      %v166 = arith.addi %v25, %v164 : i64
      %v167 = llvm.getelementptr %v5[%v166] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v168 = llvm.load %v167 : !llvm.ptr<3> -> i64
      %v169 = arith.addi %v25, %v58 : i64
      %v170 = arith.cmpi slt, %v169, %size_T : i64
      %v171 = arith.subi %size_T, %v1 : i64
      %v172 = arith.minsi %v169, %v171 : i64
      %v173 = arith.addi %v168, %v172 : i64
      %v174 = arith.muli %v166, %v69 : i64
      %v175 = arith.addi %v174, %v58 : i64
      %v176 = llvm.getelementptr %in_a[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v177 = llvm.load %v176 : !llvm.ptr -> f32
      %v179 = arith.addi %v57, %v178 : i64
      %v180 = arith.constant true
      %v181 = arith.addi %v25, %v179 : i64
      %v182 = llvm.getelementptr %v5[%v181] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v183 = llvm.load %v182 : !llvm.ptr<3> -> i64
      %v184 = arith.addi %v25, %v58 : i64
      %v185 = arith.cmpi slt, %v184, %size_T : i64
      %v186 = arith.subi %size_T, %v1 : i64
      %v187 = arith.minsi %v184, %v186 : i64
      %v188 = arith.addi %v183, %v187 : i64
      %v189 = arith.muli %v181, %v69 : i64
      %v190 = arith.addi %v189, %v58 : i64
      %v191 = llvm.getelementptr %in_a[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v192 = llvm.load %v191 : !llvm.ptr -> f32
      %v194 = arith.addi %v57, %v193 : i64
      %v195 = arith.constant true
      %v196 = arith.addi %v25, %v194 : i64
      %v197 = llvm.getelementptr %v5[%v196] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v198 = llvm.load %v197 : !llvm.ptr<3> -> i64
      %v199 = arith.addi %v25, %v58 : i64
      %v200 = arith.cmpi slt, %v199, %size_T : i64
      %v201 = arith.subi %size_T, %v1 : i64
      %v202 = arith.minsi %v199, %v201 : i64
      %v203 = arith.addi %v198, %v202 : i64
      %v204 = arith.muli %v196, %v69 : i64
      %v205 = arith.addi %v204, %v58 : i64
      %v206 = llvm.getelementptr %in_a[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v207 = llvm.load %v206 : !llvm.ptr -> f32
      %v209 = arith.addi %v57, %v208 : i64
      %v210 = arith.constant true
      %v211 = arith.addi %v25, %v209 : i64
      %v212 = llvm.getelementptr %v5[%v211] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v213 = llvm.load %v212 : !llvm.ptr<3> -> i64
      %v214 = arith.addi %v25, %v58 : i64
      %v215 = arith.cmpi slt, %v214, %size_T : i64
      %v216 = arith.subi %size_T, %v1 : i64
      %v217 = arith.minsi %v214, %v216 : i64
      %v218 = arith.addi %v213, %v217 : i64
      %v219 = arith.muli %v211, %v69 : i64
      %v220 = arith.addi %v219, %v58 : i64
      %v221 = llvm.getelementptr %in_a[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v222 = llvm.load %v221 : !llvm.ptr -> f32
      %v224 = arith.addi %v57, %v223 : i64
      %v225 = arith.constant true
      %v226 = arith.addi %v25, %v224 : i64
      %v227 = llvm.getelementptr %v5[%v226] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v228 = llvm.load %v227 : !llvm.ptr<3> -> i64
      %v229 = arith.addi %v25, %v58 : i64
      %v230 = arith.cmpi slt, %v229, %size_T : i64
      %v231 = arith.subi %size_T, %v1 : i64
      %v232 = arith.minsi %v229, %v231 : i64
      %v233 = arith.addi %v228, %v232 : i64
      %v234 = arith.muli %v226, %v69 : i64
      %v235 = arith.addi %v234, %v58 : i64
      %v236 = llvm.getelementptr %in_a[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v237 = llvm.load %v236 : !llvm.ptr -> f32
      %v239 = arith.addi %v57, %v238 : i64
      %v240 = arith.constant true
      %v241 = arith.addi %v25, %v239 : i64
      %v242 = llvm.getelementptr %v5[%v241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v243 = llvm.load %v242 : !llvm.ptr<3> -> i64
      %v244 = arith.addi %v25, %v58 : i64
      %v245 = arith.cmpi slt, %v244, %size_T : i64
      %v246 = arith.subi %size_T, %v1 : i64
      %v247 = arith.minsi %v244, %v246 : i64
      %v248 = arith.addi %v243, %v247 : i64
      %v249 = arith.muli %v241, %v69 : i64
      %v250 = arith.addi %v249, %v58 : i64
      %v251 = llvm.getelementptr %in_a[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v252 = llvm.load %v251 : !llvm.ptr -> f32
      %v254 = arith.addi %v57, %v253 : i64
      %v255 = arith.constant true
      %v256 = arith.addi %v25, %v254 : i64
      %v257 = llvm.getelementptr %v5[%v256] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v258 = llvm.load %v257 : !llvm.ptr<3> -> i64
      %v259 = arith.addi %v25, %v58 : i64
      %v260 = arith.cmpi slt, %v259, %size_T : i64
      %v261 = arith.subi %size_T, %v1 : i64
      %v262 = arith.minsi %v259, %v261 : i64
      %v263 = arith.addi %v258, %v262 : i64
      %v264 = arith.muli %v256, %v69 : i64
      %v265 = arith.addi %v264, %v58 : i64
      %v266 = llvm.getelementptr %in_a[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v267 = llvm.load %v266 : !llvm.ptr -> f32
      %v269 = arith.addi %v57, %v268 : i64
      %v270 = arith.constant true
      %v271 = arith.addi %v25, %v269 : i64
      %v272 = llvm.getelementptr %v5[%v271] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v273 = llvm.load %v272 : !llvm.ptr<3> -> i64
      %v274 = arith.addi %v25, %v58 : i64
      %v275 = arith.cmpi slt, %v274, %size_T : i64
      %v276 = arith.subi %size_T, %v1 : i64
      %v277 = arith.minsi %v274, %v276 : i64
      %v278 = arith.addi %v273, %v277 : i64
      %v279 = arith.muli %v271, %v69 : i64
      %v280 = arith.addi %v279, %v58 : i64
      %v281 = llvm.getelementptr %in_a[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v282 = llvm.load %v281 : !llvm.ptr -> f32
      %v284 = arith.addi %v57, %v283 : i64
      %v285 = arith.constant true
      %v286 = arith.addi %v25, %v284 : i64
      %v287 = llvm.getelementptr %v5[%v286] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v288 = llvm.load %v287 : !llvm.ptr<3> -> i64
      %v289 = arith.addi %v25, %v58 : i64
      %v290 = arith.cmpi slt, %v289, %size_T : i64
      %v291 = arith.subi %size_T, %v1 : i64
      %v292 = arith.minsi %v289, %v291 : i64
      %v293 = arith.addi %v288, %v292 : i64
      %v294 = arith.muli %v286, %v69 : i64
      %v295 = arith.addi %v294, %v58 : i64
      %v296 = llvm.getelementptr %in_a[%v293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v297 = llvm.load %v296 : !llvm.ptr -> f32
      %v298 = arith.addi %v57, %v56 : i64
      %v299 = arith.constant true
      %v300 = arith.addi %v25, %v298 : i64
      %v301 = llvm.getelementptr %v5[%v300] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v302 = llvm.load %v301 : !llvm.ptr<3> -> i64
      %v303 = arith.addi %v25, %v58 : i64
      %v304 = arith.cmpi slt, %v303, %size_T : i64
      %v305 = arith.subi %size_T, %v1 : i64
      %v306 = arith.minsi %v303, %v305 : i64
      %v307 = arith.addi %v302, %v306 : i64
      %v308 = arith.muli %v300, %v69 : i64
      %v309 = arith.addi %v308, %v58 : i64
      %v310 = llvm.getelementptr %in_a[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v311 = llvm.load %v310 : !llvm.ptr -> f32
      %v313 = arith.addi %v57, %v312 : i64
      %v314 = arith.constant true
      %v315 = arith.addi %v25, %v313 : i64
      %v316 = llvm.getelementptr %v5[%v315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v317 = llvm.load %v316 : !llvm.ptr<3> -> i64
      %v318 = arith.addi %v25, %v58 : i64
      %v319 = arith.cmpi slt, %v318, %size_T : i64
      %v320 = arith.subi %size_T, %v1 : i64
      %v321 = arith.minsi %v318, %v320 : i64
      %v322 = arith.addi %v317, %v321 : i64
      %v323 = arith.muli %v315, %v69 : i64
      %v324 = arith.addi %v323, %v58 : i64
      %v325 = llvm.getelementptr %in_a[%v322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v326 = llvm.load %v325 : !llvm.ptr -> f32
      %v328 = arith.addi %v57, %v327 : i64
      %v329 = arith.constant true
      %v330 = arith.addi %v25, %v328 : i64
      %v331 = llvm.getelementptr %v5[%v330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v332 = llvm.load %v331 : !llvm.ptr<3> -> i64
      %v333 = arith.addi %v25, %v58 : i64
      %v334 = arith.cmpi slt, %v333, %size_T : i64
      %v335 = arith.subi %size_T, %v1 : i64
      %v336 = arith.minsi %v333, %v335 : i64
      %v337 = arith.addi %v332, %v336 : i64
      %v338 = arith.muli %v330, %v69 : i64
      %v339 = arith.addi %v338, %v58 : i64
      %v340 = llvm.getelementptr %in_a[%v337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v341 = llvm.load %v340 : !llvm.ptr -> f32
      %v343 = arith.addi %v57, %v342 : i64
      %v344 = arith.constant true
      %v345 = arith.addi %v25, %v343 : i64
      %v346 = llvm.getelementptr %v5[%v345] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v347 = llvm.load %v346 : !llvm.ptr<3> -> i64
      %v348 = arith.addi %v25, %v58 : i64
      %v349 = arith.cmpi slt, %v348, %size_T : i64
      %v350 = arith.subi %size_T, %v1 : i64
      %v351 = arith.minsi %v348, %v350 : i64
      %v352 = arith.addi %v347, %v351 : i64
      %v353 = arith.muli %v345, %v69 : i64
      %v354 = arith.addi %v353, %v58 : i64
      %v355 = llvm.getelementptr %in_a[%v352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v356 = llvm.load %v355 : !llvm.ptr -> f32
      %v358 = arith.addi %v57, %v357 : i64
      %v359 = arith.constant true
      %v360 = arith.addi %v25, %v358 : i64
      %v361 = llvm.getelementptr %v5[%v360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v362 = llvm.load %v361 : !llvm.ptr<3> -> i64
      %v363 = arith.addi %v25, %v58 : i64
      %v364 = arith.cmpi slt, %v363, %size_T : i64
      %v365 = arith.subi %size_T, %v1 : i64
      %v366 = arith.minsi %v363, %v365 : i64
      %v367 = arith.addi %v362, %v366 : i64
      %v368 = arith.muli %v360, %v69 : i64
      %v369 = arith.addi %v368, %v58 : i64
      %v370 = llvm.getelementptr %in_a[%v367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v371 = llvm.load %v370 : !llvm.ptr -> f32
      %v373 = arith.addi %v57, %v372 : i64
      %v374 = arith.constant true
      %v375 = arith.addi %v25, %v373 : i64
      %v376 = llvm.getelementptr %v5[%v375] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v377 = llvm.load %v376 : !llvm.ptr<3> -> i64
      %v378 = arith.addi %v25, %v58 : i64
      %v379 = arith.cmpi slt, %v378, %size_T : i64
      %v380 = arith.subi %size_T, %v1 : i64
      %v381 = arith.minsi %v378, %v380 : i64
      %v382 = arith.addi %v377, %v381 : i64
      %v383 = arith.muli %v375, %v69 : i64
      %v384 = arith.addi %v383, %v58 : i64
      %v385 = llvm.getelementptr %in_a[%v382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v386 = llvm.load %v385 : !llvm.ptr -> f32
      %v388 = arith.addi %v57, %v387 : i64
      %v389 = arith.constant true
      %v390 = arith.addi %v25, %v388 : i64
      %v391 = llvm.getelementptr %v5[%v390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v392 = llvm.load %v391 : !llvm.ptr<3> -> i64
      %v393 = arith.addi %v25, %v58 : i64
      %v394 = arith.cmpi slt, %v393, %size_T : i64
      %v395 = arith.subi %size_T, %v1 : i64
      %v396 = arith.minsi %v393, %v395 : i64
      %v397 = arith.addi %v392, %v396 : i64
      %v398 = arith.muli %v390, %v69 : i64
      %v399 = arith.addi %v398, %v58 : i64
      %v400 = llvm.getelementptr %in_a[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v401 = llvm.load %v400 : !llvm.ptr -> f32
      %v403 = arith.addi %v57, %v402 : i64
      %v404 = arith.constant true
      %v405 = arith.addi %v25, %v403 : i64
      %v406 = llvm.getelementptr %v5[%v405] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v407 = llvm.load %v406 : !llvm.ptr<3> -> i64
      %v408 = arith.addi %v25, %v58 : i64
      %v409 = arith.cmpi slt, %v408, %size_T : i64
      %v410 = arith.subi %size_T, %v1 : i64
      %v411 = arith.minsi %v408, %v410 : i64
      %v412 = arith.addi %v407, %v411 : i64
      %v413 = arith.muli %v405, %v69 : i64
      %v414 = arith.addi %v413, %v58 : i64
      %v415 = llvm.getelementptr %in_a[%v412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v416 = llvm.load %v415 : !llvm.ptr -> f32
      %v418 = arith.addi %v57, %v417 : i64
      %v419 = arith.constant true
      %v420 = arith.addi %v25, %v418 : i64
      %v421 = llvm.getelementptr %v5[%v420] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v422 = llvm.load %v421 : !llvm.ptr<3> -> i64
      %v423 = arith.addi %v25, %v58 : i64
      %v424 = arith.cmpi slt, %v423, %size_T : i64
      %v425 = arith.subi %size_T, %v1 : i64
      %v426 = arith.minsi %v423, %v425 : i64
      %v427 = arith.addi %v422, %v426 : i64
      %v428 = arith.muli %v420, %v69 : i64
      %v429 = arith.addi %v428, %v58 : i64
      %v430 = llvm.getelementptr %in_a[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v431 = llvm.load %v430 : !llvm.ptr -> f32
      %v433 = arith.addi %v57, %v432 : i64
      %v434 = arith.constant true
      %v435 = arith.addi %v25, %v433 : i64
      %v436 = llvm.getelementptr %v5[%v435] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v437 = llvm.load %v436 : !llvm.ptr<3> -> i64
      %v438 = arith.addi %v25, %v58 : i64
      %v439 = arith.cmpi slt, %v438, %size_T : i64
      %v440 = arith.subi %size_T, %v1 : i64
      %v441 = arith.minsi %v438, %v440 : i64
      %v442 = arith.addi %v437, %v441 : i64
      %v443 = arith.muli %v435, %v69 : i64
      %v444 = arith.addi %v443, %v58 : i64
      %v445 = llvm.getelementptr %in_a[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v446 = llvm.load %v445 : !llvm.ptr -> f32
      %v448 = arith.addi %v57, %v447 : i64
      %v449 = arith.constant true
      %v450 = arith.addi %v25, %v448 : i64
      %v451 = llvm.getelementptr %v5[%v450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v452 = llvm.load %v451 : !llvm.ptr<3> -> i64
      %v453 = arith.addi %v25, %v58 : i64
      %v454 = arith.cmpi slt, %v453, %size_T : i64
      %v455 = arith.subi %size_T, %v1 : i64
      %v456 = arith.minsi %v453, %v455 : i64
      %v457 = arith.addi %v452, %v456 : i64
      %v458 = arith.muli %v450, %v69 : i64
      %v459 = arith.addi %v458, %v58 : i64
      %v460 = llvm.getelementptr %in_a[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v461 = llvm.load %v460 : !llvm.ptr -> f32
      %v463 = arith.addi %v57, %v462 : i64
      %v464 = arith.constant true
      %v465 = arith.addi %v25, %v463 : i64
      %v466 = llvm.getelementptr %v5[%v465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v467 = llvm.load %v466 : !llvm.ptr<3> -> i64
      %v468 = arith.addi %v25, %v58 : i64
      %v469 = arith.cmpi slt, %v468, %size_T : i64
      %v470 = arith.subi %size_T, %v1 : i64
      %v471 = arith.minsi %v468, %v470 : i64
      %v472 = arith.addi %v467, %v471 : i64
      %v473 = arith.muli %v465, %v69 : i64
      %v474 = arith.addi %v473, %v58 : i64
      %v475 = llvm.getelementptr %in_a[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v476 = llvm.load %v475 : !llvm.ptr -> f32
      %v478 = arith.addi %v57, %v477 : i64
      %v479 = arith.constant true
      %v480 = arith.addi %v25, %v478 : i64
      %v481 = llvm.getelementptr %v5[%v480] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v482 = llvm.load %v481 : !llvm.ptr<3> -> i64
      %v483 = arith.addi %v25, %v58 : i64
      %v484 = arith.cmpi slt, %v483, %size_T : i64
      %v485 = arith.subi %size_T, %v1 : i64
      %v486 = arith.minsi %v483, %v485 : i64
      %v487 = arith.addi %v482, %v486 : i64
      %v488 = arith.muli %v480, %v69 : i64
      %v489 = arith.addi %v488, %v58 : i64
      %v490 = llvm.getelementptr %in_a[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v491 = llvm.load %v490 : !llvm.ptr -> f32
      %v493 = arith.addi %v57, %v492 : i64
      %v494 = arith.constant true
      %v495 = arith.addi %v25, %v493 : i64
      %v496 = llvm.getelementptr %v5[%v495] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v497 = llvm.load %v496 : !llvm.ptr<3> -> i64
      %v498 = arith.addi %v25, %v58 : i64
      %v499 = arith.cmpi slt, %v498, %size_T : i64
      %v500 = arith.subi %size_T, %v1 : i64
      %v501 = arith.minsi %v498, %v500 : i64
      %v502 = arith.addi %v497, %v501 : i64
      %v503 = arith.muli %v495, %v69 : i64
      %v504 = arith.addi %v503, %v58 : i64
      %v505 = llvm.getelementptr %in_a[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v506 = llvm.load %v505 : !llvm.ptr -> f32
      %v508 = arith.addi %v57, %v507 : i64
      %v509 = arith.constant true
      %v510 = arith.addi %v25, %v508 : i64
      %v511 = llvm.getelementptr %v5[%v510] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v512 = llvm.load %v511 : !llvm.ptr<3> -> i64
      %v513 = arith.addi %v25, %v58 : i64
      %v514 = arith.cmpi slt, %v513, %size_T : i64
      %v515 = arith.subi %size_T, %v1 : i64
      %v516 = arith.minsi %v513, %v515 : i64
      %v517 = arith.addi %v512, %v516 : i64
      %v518 = arith.muli %v510, %v69 : i64
      %v519 = arith.addi %v518, %v58 : i64
      %v520 = llvm.getelementptr %in_a[%v517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v521 = llvm.load %v520 : !llvm.ptr -> f32
      %v523 = arith.addi %v57, %v522 : i64
      %v524 = arith.constant true
      %v525 = arith.addi %v25, %v523 : i64
      %v526 = llvm.getelementptr %v5[%v525] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v527 = llvm.load %v526 : !llvm.ptr<3> -> i64
      %v528 = arith.addi %v25, %v58 : i64
      %v529 = arith.cmpi slt, %v528, %size_T : i64
      %v530 = arith.subi %size_T, %v1 : i64
      %v531 = arith.minsi %v528, %v530 : i64
      %v532 = arith.addi %v527, %v531 : i64
      %v533 = arith.muli %v525, %v69 : i64
      %v534 = arith.addi %v533, %v58 : i64
      %v535 = llvm.getelementptr %in_a[%v532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v536 = llvm.load %v535 : !llvm.ptr -> f32
      scf.if %v60 {
        %v537 = llvm.getelementptr %v6[%v71] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v73, %v537 : f32, !llvm.ptr<3>
      }
      scf.if %v75 {
        %v538 = llvm.getelementptr %v6[%v85] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v87, %v538 : f32, !llvm.ptr<3>
      }
      scf.if %v90 {
        %v539 = llvm.getelementptr %v6[%v100] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v102, %v539 : f32, !llvm.ptr<3>
      }
      scf.if %v105 {
        %v540 = llvm.getelementptr %v6[%v115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v117, %v540 : f32, !llvm.ptr<3>
      }
      scf.if %v120 {
        %v541 = llvm.getelementptr %v6[%v130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v132, %v541 : f32, !llvm.ptr<3>
      }
      scf.if %v135 {
        %v542 = llvm.getelementptr %v6[%v145] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v147, %v542 : f32, !llvm.ptr<3>
      }
      scf.if %v150 {
        %v543 = llvm.getelementptr %v6[%v160] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v162, %v543 : f32, !llvm.ptr<3>
      }
      scf.if %v165 {
        %v544 = llvm.getelementptr %v6[%v175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v177, %v544 : f32, !llvm.ptr<3>
      }
      scf.if %v180 {
        %v545 = llvm.getelementptr %v6[%v190] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v192, %v545 : f32, !llvm.ptr<3>
      }
      scf.if %v195 {
        %v546 = llvm.getelementptr %v6[%v205] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v207, %v546 : f32, !llvm.ptr<3>
      }
      scf.if %v210 {
        %v547 = llvm.getelementptr %v6[%v220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v222, %v547 : f32, !llvm.ptr<3>
      }
      scf.if %v225 {
        %v548 = llvm.getelementptr %v6[%v235] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v237, %v548 : f32, !llvm.ptr<3>
      }
      scf.if %v240 {
        %v549 = llvm.getelementptr %v6[%v250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v252, %v549 : f32, !llvm.ptr<3>
      }
      scf.if %v255 {
        %v550 = llvm.getelementptr %v6[%v265] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v267, %v550 : f32, !llvm.ptr<3>
      }
      scf.if %v270 {
        %v551 = llvm.getelementptr %v6[%v280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v282, %v551 : f32, !llvm.ptr<3>
      }
      scf.if %v285 {
        %v552 = llvm.getelementptr %v6[%v295] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v297, %v552 : f32, !llvm.ptr<3>
      }
      scf.if %v299 {
        %v553 = llvm.getelementptr %v6[%v309] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v311, %v553 : f32, !llvm.ptr<3>
      }
      scf.if %v314 {
        %v554 = llvm.getelementptr %v6[%v324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v326, %v554 : f32, !llvm.ptr<3>
      }
      scf.if %v329 {
        %v555 = llvm.getelementptr %v6[%v339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v341, %v555 : f32, !llvm.ptr<3>
      }
      scf.if %v344 {
        %v556 = llvm.getelementptr %v6[%v354] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v356, %v556 : f32, !llvm.ptr<3>
      }
      scf.if %v359 {
        %v557 = llvm.getelementptr %v6[%v369] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v371, %v557 : f32, !llvm.ptr<3>
      }
      scf.if %v374 {
        %v558 = llvm.getelementptr %v6[%v384] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v386, %v558 : f32, !llvm.ptr<3>
      }
      scf.if %v389 {
        %v559 = llvm.getelementptr %v6[%v399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v401, %v559 : f32, !llvm.ptr<3>
      }
      scf.if %v404 {
        %v560 = llvm.getelementptr %v6[%v414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v416, %v560 : f32, !llvm.ptr<3>
      }
      scf.if %v419 {
        %v561 = llvm.getelementptr %v6[%v429] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v431, %v561 : f32, !llvm.ptr<3>
      }
      scf.if %v434 {
        %v562 = llvm.getelementptr %v6[%v444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v446, %v562 : f32, !llvm.ptr<3>
      }
      scf.if %v449 {
        %v563 = llvm.getelementptr %v6[%v459] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v461, %v563 : f32, !llvm.ptr<3>
      }
      scf.if %v464 {
        %v564 = llvm.getelementptr %v6[%v474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v476, %v564 : f32, !llvm.ptr<3>
      }
      scf.if %v479 {
        %v565 = llvm.getelementptr %v6[%v489] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v491, %v565 : f32, !llvm.ptr<3>
      }
      scf.if %v494 {
        %v566 = llvm.getelementptr %v6[%v504] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v506, %v566 : f32, !llvm.ptr<3>
      }
      scf.if %v509 {
        %v567 = llvm.getelementptr %v6[%v519] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v521, %v567 : f32, !llvm.ptr<3>
      }
      scf.if %v524 {
        %v568 = llvm.getelementptr %v6[%v534] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v536, %v568 : f32, !llvm.ptr<3>
      }
      // end staged load of `a`
      // staged load of `x`'s first tile: read, then shared memory
      %v569 = arith.divui %v13, %v56 : i64
      %v570 = arith.remui %v13, %v56 : i64
      %v571 = arith.addi %v569, %v25 : i64
      %v572 = arith.constant true
      %v573 = arith.addi %v15, %v571 : i64
      %v574 = llvm.getelementptr %v5[%v573] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v575 = llvm.load %v574 : !llvm.ptr<3> -> i64
      %v576 = arith.addi %v25, %v570 : i64
      %v577 = arith.cmpi slt, %v576, %size_T : i64
      %v578 = arith.subi %size_T, %v1 : i64
      %v579 = arith.minsi %v576, %v578 : i64
      %v580 = arith.addi %v575, %v579 : i64
      %v581 = arith.muli %v573, %v69 : i64
      %v582 = arith.addi %v581, %v570 : i64
      %v583 = llvm.getelementptr %in_x[%v580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v584 = llvm.load %v583 : !llvm.ptr -> f32
      %v585 = arith.addi %v569, %v51 : i64
      %v586 = arith.constant true
      %v587 = arith.addi %v15, %v585 : i64
      %v588 = llvm.getelementptr %v5[%v587] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v589 = llvm.load %v588 : !llvm.ptr<3> -> i64
      %v590 = arith.addi %v25, %v570 : i64
      %v591 = arith.cmpi slt, %v590, %size_T : i64
      %v592 = arith.subi %size_T, %v1 : i64
      %v593 = arith.minsi %v590, %v592 : i64
      %v594 = arith.addi %v589, %v593 : i64
      %v595 = arith.muli %v587, %v69 : i64
      %v596 = arith.addi %v595, %v570 : i64
      %v597 = llvm.getelementptr %in_x[%v594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v598 = llvm.load %v597 : !llvm.ptr -> f32
      %v599 = arith.addi %v569, %v88 : i64
      %v600 = arith.constant true
      %v601 = arith.addi %v15, %v599 : i64
      %v602 = llvm.getelementptr %v5[%v601] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v603 = llvm.load %v602 : !llvm.ptr<3> -> i64
      %v604 = arith.addi %v25, %v570 : i64
      %v605 = arith.cmpi slt, %v604, %size_T : i64
      %v606 = arith.subi %size_T, %v1 : i64
      %v607 = arith.minsi %v604, %v606 : i64
      %v608 = arith.addi %v603, %v607 : i64
      %v609 = arith.muli %v601, %v69 : i64
      %v610 = arith.addi %v609, %v570 : i64
      %v611 = llvm.getelementptr %in_x[%v608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v612 = llvm.load %v611 : !llvm.ptr -> f32
      %v613 = arith.addi %v569, %v103 : i64
      %v614 = arith.constant true
      %v615 = arith.addi %v15, %v613 : i64
      %v616 = llvm.getelementptr %v5[%v615] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v617 = llvm.load %v616 : !llvm.ptr<3> -> i64
      %v618 = arith.addi %v25, %v570 : i64
      %v619 = arith.cmpi slt, %v618, %size_T : i64
      %v620 = arith.subi %size_T, %v1 : i64
      %v621 = arith.minsi %v618, %v620 : i64
      %v622 = arith.addi %v617, %v621 : i64
      %v623 = arith.muli %v615, %v69 : i64
      %v624 = arith.addi %v623, %v570 : i64
      %v625 = llvm.getelementptr %in_x[%v622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v626 = llvm.load %v625 : !llvm.ptr -> f32
      %v627 = arith.addi %v569, %v118 : i64
      %v628 = arith.constant true
      %v629 = arith.addi %v15, %v627 : i64
      %v630 = llvm.getelementptr %v5[%v629] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v631 = llvm.load %v630 : !llvm.ptr<3> -> i64
      %v632 = arith.addi %v25, %v570 : i64
      %v633 = arith.cmpi slt, %v632, %size_T : i64
      %v634 = arith.subi %size_T, %v1 : i64
      %v635 = arith.minsi %v632, %v634 : i64
      %v636 = arith.addi %v631, %v635 : i64
      %v637 = arith.muli %v629, %v69 : i64
      %v638 = arith.addi %v637, %v570 : i64
      %v639 = llvm.getelementptr %in_x[%v636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v640 = llvm.load %v639 : !llvm.ptr -> f32
      %v641 = arith.addi %v569, %v133 : i64
      %v642 = arith.constant true
      %v643 = arith.addi %v15, %v641 : i64
      %v644 = llvm.getelementptr %v5[%v643] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v645 = llvm.load %v644 : !llvm.ptr<3> -> i64
      %v646 = arith.addi %v25, %v570 : i64
      %v647 = arith.cmpi slt, %v646, %size_T : i64
      %v648 = arith.subi %size_T, %v1 : i64
      %v649 = arith.minsi %v646, %v648 : i64
      %v650 = arith.addi %v645, %v649 : i64
      %v651 = arith.muli %v643, %v69 : i64
      %v652 = arith.addi %v651, %v570 : i64
      %v653 = llvm.getelementptr %in_x[%v650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v654 = llvm.load %v653 : !llvm.ptr -> f32
      %v655 = arith.addi %v569, %v148 : i64
      %v656 = arith.constant true
      %v657 = arith.addi %v15, %v655 : i64
      %v658 = llvm.getelementptr %v5[%v657] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v659 = llvm.load %v658 : !llvm.ptr<3> -> i64
      %v660 = arith.addi %v25, %v570 : i64
      %v661 = arith.cmpi slt, %v660, %size_T : i64
      %v662 = arith.subi %size_T, %v1 : i64
      %v663 = arith.minsi %v660, %v662 : i64
      %v664 = arith.addi %v659, %v663 : i64
      %v665 = arith.muli %v657, %v69 : i64
      %v666 = arith.addi %v665, %v570 : i64
      %v667 = llvm.getelementptr %in_x[%v664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v668 = llvm.load %v667 : !llvm.ptr -> f32
      %v669 = arith.addi %v569, %v163 : i64
      %v670 = arith.constant true
      %v671 = arith.addi %v15, %v669 : i64
      %v672 = llvm.getelementptr %v5[%v671] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v673 = llvm.load %v672 : !llvm.ptr<3> -> i64
      %v674 = arith.addi %v25, %v570 : i64
      %v675 = arith.cmpi slt, %v674, %size_T : i64
      %v676 = arith.subi %size_T, %v1 : i64
      %v677 = arith.minsi %v674, %v676 : i64
      %v678 = arith.addi %v673, %v677 : i64
      %v679 = arith.muli %v671, %v69 : i64
      %v680 = arith.addi %v679, %v570 : i64
      %v681 = llvm.getelementptr %in_x[%v678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v682 = llvm.load %v681 : !llvm.ptr -> f32
      %v683 = arith.addi %v569, %v178 : i64
      %v684 = arith.constant true
      %v685 = arith.addi %v15, %v683 : i64
      %v686 = llvm.getelementptr %v5[%v685] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v687 = llvm.load %v686 : !llvm.ptr<3> -> i64
      %v688 = arith.addi %v25, %v570 : i64
      %v689 = arith.cmpi slt, %v688, %size_T : i64
      %v690 = arith.subi %size_T, %v1 : i64
      %v691 = arith.minsi %v688, %v690 : i64
      %v692 = arith.addi %v687, %v691 : i64
      %v693 = arith.muli %v685, %v69 : i64
      %v694 = arith.addi %v693, %v570 : i64
      %v695 = llvm.getelementptr %in_x[%v692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v696 = llvm.load %v695 : !llvm.ptr -> f32
      %v697 = arith.addi %v569, %v193 : i64
      %v698 = arith.constant true
      %v699 = arith.addi %v15, %v697 : i64
      %v700 = llvm.getelementptr %v5[%v699] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v701 = llvm.load %v700 : !llvm.ptr<3> -> i64
      %v702 = arith.addi %v25, %v570 : i64
      %v703 = arith.cmpi slt, %v702, %size_T : i64
      %v704 = arith.subi %size_T, %v1 : i64
      %v705 = arith.minsi %v702, %v704 : i64
      %v706 = arith.addi %v701, %v705 : i64
      %v707 = arith.muli %v699, %v69 : i64
      %v708 = arith.addi %v707, %v570 : i64
      %v709 = llvm.getelementptr %in_x[%v706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v710 = llvm.load %v709 : !llvm.ptr -> f32
      %v711 = arith.addi %v569, %v208 : i64
      %v712 = arith.constant true
      %v713 = arith.addi %v15, %v711 : i64
      %v714 = llvm.getelementptr %v5[%v713] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v715 = llvm.load %v714 : !llvm.ptr<3> -> i64
      %v716 = arith.addi %v25, %v570 : i64
      %v717 = arith.cmpi slt, %v716, %size_T : i64
      %v718 = arith.subi %size_T, %v1 : i64
      %v719 = arith.minsi %v716, %v718 : i64
      %v720 = arith.addi %v715, %v719 : i64
      %v721 = arith.muli %v713, %v69 : i64
      %v722 = arith.addi %v721, %v570 : i64
      %v723 = llvm.getelementptr %in_x[%v720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v724 = llvm.load %v723 : !llvm.ptr -> f32
      %v725 = arith.addi %v569, %v223 : i64
      %v726 = arith.constant true
      %v727 = arith.addi %v15, %v725 : i64
      %v728 = llvm.getelementptr %v5[%v727] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v729 = llvm.load %v728 : !llvm.ptr<3> -> i64
      %v730 = arith.addi %v25, %v570 : i64
      %v731 = arith.cmpi slt, %v730, %size_T : i64
      %v732 = arith.subi %size_T, %v1 : i64
      %v733 = arith.minsi %v730, %v732 : i64
      %v734 = arith.addi %v729, %v733 : i64
      %v735 = arith.muli %v727, %v69 : i64
      %v736 = arith.addi %v735, %v570 : i64
      %v737 = llvm.getelementptr %in_x[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v738 = llvm.load %v737 : !llvm.ptr -> f32
      %v739 = arith.addi %v569, %v238 : i64
      %v740 = arith.constant true
      %v741 = arith.addi %v15, %v739 : i64
      %v742 = llvm.getelementptr %v5[%v741] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v743 = llvm.load %v742 : !llvm.ptr<3> -> i64
      %v744 = arith.addi %v25, %v570 : i64
      %v745 = arith.cmpi slt, %v744, %size_T : i64
      %v746 = arith.subi %size_T, %v1 : i64
      %v747 = arith.minsi %v744, %v746 : i64
      %v748 = arith.addi %v743, %v747 : i64
      %v749 = arith.muli %v741, %v69 : i64
      %v750 = arith.addi %v749, %v570 : i64
      %v751 = llvm.getelementptr %in_x[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v752 = llvm.load %v751 : !llvm.ptr -> f32
      %v753 = arith.addi %v569, %v253 : i64
      %v754 = arith.constant true
      %v755 = arith.addi %v15, %v753 : i64
      %v756 = llvm.getelementptr %v5[%v755] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v757 = llvm.load %v756 : !llvm.ptr<3> -> i64
      %v758 = arith.addi %v25, %v570 : i64
      %v759 = arith.cmpi slt, %v758, %size_T : i64
      %v760 = arith.subi %size_T, %v1 : i64
      %v761 = arith.minsi %v758, %v760 : i64
      %v762 = arith.addi %v757, %v761 : i64
      %v763 = arith.muli %v755, %v69 : i64
      %v764 = arith.addi %v763, %v570 : i64
      %v765 = llvm.getelementptr %in_x[%v762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v766 = llvm.load %v765 : !llvm.ptr -> f32
      %v767 = arith.addi %v569, %v268 : i64
      %v768 = arith.constant true
      %v769 = arith.addi %v15, %v767 : i64
      %v770 = llvm.getelementptr %v5[%v769] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v771 = llvm.load %v770 : !llvm.ptr<3> -> i64
      %v772 = arith.addi %v25, %v570 : i64
      %v773 = arith.cmpi slt, %v772, %size_T : i64
      %v774 = arith.subi %size_T, %v1 : i64
      %v775 = arith.minsi %v772, %v774 : i64
      %v776 = arith.addi %v771, %v775 : i64
      %v777 = arith.muli %v769, %v69 : i64
      %v778 = arith.addi %v777, %v570 : i64
      %v779 = llvm.getelementptr %in_x[%v776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v780 = llvm.load %v779 : !llvm.ptr -> f32
      %v781 = arith.addi %v569, %v283 : i64
      %v782 = arith.constant true
      %v783 = arith.addi %v15, %v781 : i64
      %v784 = llvm.getelementptr %v5[%v783] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v785 = llvm.load %v784 : !llvm.ptr<3> -> i64
      %v786 = arith.addi %v25, %v570 : i64
      %v787 = arith.cmpi slt, %v786, %size_T : i64
      %v788 = arith.subi %size_T, %v1 : i64
      %v789 = arith.minsi %v786, %v788 : i64
      %v790 = arith.addi %v785, %v789 : i64
      %v791 = arith.muli %v783, %v69 : i64
      %v792 = arith.addi %v791, %v570 : i64
      %v793 = llvm.getelementptr %in_x[%v790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v794 = llvm.load %v793 : !llvm.ptr -> f32
      %v795 = arith.addi %v569, %v56 : i64
      %v796 = arith.constant true
      %v797 = arith.addi %v15, %v795 : i64
      %v798 = llvm.getelementptr %v5[%v797] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v799 = llvm.load %v798 : !llvm.ptr<3> -> i64
      %v800 = arith.addi %v25, %v570 : i64
      %v801 = arith.cmpi slt, %v800, %size_T : i64
      %v802 = arith.subi %size_T, %v1 : i64
      %v803 = arith.minsi %v800, %v802 : i64
      %v804 = arith.addi %v799, %v803 : i64
      %v805 = arith.muli %v797, %v69 : i64
      %v806 = arith.addi %v805, %v570 : i64
      %v807 = llvm.getelementptr %in_x[%v804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v808 = llvm.load %v807 : !llvm.ptr -> f32
      %v809 = arith.addi %v569, %v312 : i64
      %v810 = arith.constant true
      %v811 = arith.addi %v15, %v809 : i64
      %v812 = llvm.getelementptr %v5[%v811] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v813 = llvm.load %v812 : !llvm.ptr<3> -> i64
      %v814 = arith.addi %v25, %v570 : i64
      %v815 = arith.cmpi slt, %v814, %size_T : i64
      %v816 = arith.subi %size_T, %v1 : i64
      %v817 = arith.minsi %v814, %v816 : i64
      %v818 = arith.addi %v813, %v817 : i64
      %v819 = arith.muli %v811, %v69 : i64
      %v820 = arith.addi %v819, %v570 : i64
      %v821 = llvm.getelementptr %in_x[%v818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v822 = llvm.load %v821 : !llvm.ptr -> f32
      %v823 = arith.addi %v569, %v327 : i64
      %v824 = arith.constant true
      %v825 = arith.addi %v15, %v823 : i64
      %v826 = llvm.getelementptr %v5[%v825] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v827 = llvm.load %v826 : !llvm.ptr<3> -> i64
      %v828 = arith.addi %v25, %v570 : i64
      %v829 = arith.cmpi slt, %v828, %size_T : i64
      %v830 = arith.subi %size_T, %v1 : i64
      %v831 = arith.minsi %v828, %v830 : i64
      %v832 = arith.addi %v827, %v831 : i64
      %v833 = arith.muli %v825, %v69 : i64
      %v834 = arith.addi %v833, %v570 : i64
      %v835 = llvm.getelementptr %in_x[%v832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v836 = llvm.load %v835 : !llvm.ptr -> f32
      %v837 = arith.addi %v569, %v342 : i64
      %v838 = arith.constant true
      %v839 = arith.addi %v15, %v837 : i64
      %v840 = llvm.getelementptr %v5[%v839] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v841 = llvm.load %v840 : !llvm.ptr<3> -> i64
      %v842 = arith.addi %v25, %v570 : i64
      %v843 = arith.cmpi slt, %v842, %size_T : i64
      %v844 = arith.subi %size_T, %v1 : i64
      %v845 = arith.minsi %v842, %v844 : i64
      %v846 = arith.addi %v841, %v845 : i64
      %v847 = arith.muli %v839, %v69 : i64
      %v848 = arith.addi %v847, %v570 : i64
      %v849 = llvm.getelementptr %in_x[%v846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v850 = llvm.load %v849 : !llvm.ptr -> f32
      %v851 = arith.addi %v569, %v357 : i64
      %v852 = arith.constant true
      %v853 = arith.addi %v15, %v851 : i64
      %v854 = llvm.getelementptr %v5[%v853] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v855 = llvm.load %v854 : !llvm.ptr<3> -> i64
      %v856 = arith.addi %v25, %v570 : i64
      %v857 = arith.cmpi slt, %v856, %size_T : i64
      %v858 = arith.subi %size_T, %v1 : i64
      %v859 = arith.minsi %v856, %v858 : i64
      %v860 = arith.addi %v855, %v859 : i64
      %v861 = arith.muli %v853, %v69 : i64
      %v862 = arith.addi %v861, %v570 : i64
      %v863 = llvm.getelementptr %in_x[%v860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v864 = llvm.load %v863 : !llvm.ptr -> f32
      %v865 = arith.addi %v569, %v372 : i64
      %v866 = arith.constant true
      %v867 = arith.addi %v15, %v865 : i64
      %v868 = llvm.getelementptr %v5[%v867] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v869 = llvm.load %v868 : !llvm.ptr<3> -> i64
      %v870 = arith.addi %v25, %v570 : i64
      %v871 = arith.cmpi slt, %v870, %size_T : i64
      %v872 = arith.subi %size_T, %v1 : i64
      %v873 = arith.minsi %v870, %v872 : i64
      %v874 = arith.addi %v869, %v873 : i64
      %v875 = arith.muli %v867, %v69 : i64
      %v876 = arith.addi %v875, %v570 : i64
      %v877 = llvm.getelementptr %in_x[%v874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v878 = llvm.load %v877 : !llvm.ptr -> f32
      %v879 = arith.addi %v569, %v387 : i64
      %v880 = arith.constant true
      %v881 = arith.addi %v15, %v879 : i64
      %v882 = llvm.getelementptr %v5[%v881] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v883 = llvm.load %v882 : !llvm.ptr<3> -> i64
      %v884 = arith.addi %v25, %v570 : i64
      %v885 = arith.cmpi slt, %v884, %size_T : i64
      %v886 = arith.subi %size_T, %v1 : i64
      %v887 = arith.minsi %v884, %v886 : i64
      %v888 = arith.addi %v883, %v887 : i64
      %v889 = arith.muli %v881, %v69 : i64
      %v890 = arith.addi %v889, %v570 : i64
      %v891 = llvm.getelementptr %in_x[%v888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v892 = llvm.load %v891 : !llvm.ptr -> f32
      %v893 = arith.addi %v569, %v402 : i64
      %v894 = arith.constant true
      %v895 = arith.addi %v15, %v893 : i64
      %v896 = llvm.getelementptr %v5[%v895] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v897 = llvm.load %v896 : !llvm.ptr<3> -> i64
      %v898 = arith.addi %v25, %v570 : i64
      %v899 = arith.cmpi slt, %v898, %size_T : i64
      %v900 = arith.subi %size_T, %v1 : i64
      %v901 = arith.minsi %v898, %v900 : i64
      %v902 = arith.addi %v897, %v901 : i64
      %v903 = arith.muli %v895, %v69 : i64
      %v904 = arith.addi %v903, %v570 : i64
      %v905 = llvm.getelementptr %in_x[%v902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v906 = llvm.load %v905 : !llvm.ptr -> f32
      %v907 = arith.addi %v569, %v417 : i64
      %v908 = arith.constant true
      %v909 = arith.addi %v15, %v907 : i64
      %v910 = llvm.getelementptr %v5[%v909] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v911 = llvm.load %v910 : !llvm.ptr<3> -> i64
      %v912 = arith.addi %v25, %v570 : i64
      %v913 = arith.cmpi slt, %v912, %size_T : i64
      %v914 = arith.subi %size_T, %v1 : i64
      %v915 = arith.minsi %v912, %v914 : i64
      %v916 = arith.addi %v911, %v915 : i64
      %v917 = arith.muli %v909, %v69 : i64
      %v918 = arith.addi %v917, %v570 : i64
      %v919 = llvm.getelementptr %in_x[%v916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v920 = llvm.load %v919 : !llvm.ptr -> f32
      %v921 = arith.addi %v569, %v432 : i64
      %v922 = arith.constant true
      %v923 = arith.addi %v15, %v921 : i64
      %v924 = llvm.getelementptr %v5[%v923] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v925 = llvm.load %v924 : !llvm.ptr<3> -> i64
      %v926 = arith.addi %v25, %v570 : i64
      %v927 = arith.cmpi slt, %v926, %size_T : i64
      %v928 = arith.subi %size_T, %v1 : i64
      %v929 = arith.minsi %v926, %v928 : i64
      %v930 = arith.addi %v925, %v929 : i64
      %v931 = arith.muli %v923, %v69 : i64
      %v932 = arith.addi %v931, %v570 : i64
      %v933 = llvm.getelementptr %in_x[%v930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v934 = llvm.load %v933 : !llvm.ptr -> f32
      %v935 = arith.addi %v569, %v447 : i64
      %v936 = arith.constant true
      %v937 = arith.addi %v15, %v935 : i64
      %v938 = llvm.getelementptr %v5[%v937] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v939 = llvm.load %v938 : !llvm.ptr<3> -> i64
      %v940 = arith.addi %v25, %v570 : i64
      %v941 = arith.cmpi slt, %v940, %size_T : i64
      %v942 = arith.subi %size_T, %v1 : i64
      %v943 = arith.minsi %v940, %v942 : i64
      %v944 = arith.addi %v939, %v943 : i64
      %v945 = arith.muli %v937, %v69 : i64
      %v946 = arith.addi %v945, %v570 : i64
      %v947 = llvm.getelementptr %in_x[%v944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v948 = llvm.load %v947 : !llvm.ptr -> f32
      %v949 = arith.addi %v569, %v462 : i64
      %v950 = arith.constant true
      %v951 = arith.addi %v15, %v949 : i64
      %v952 = llvm.getelementptr %v5[%v951] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v953 = llvm.load %v952 : !llvm.ptr<3> -> i64
      %v954 = arith.addi %v25, %v570 : i64
      %v955 = arith.cmpi slt, %v954, %size_T : i64
      %v956 = arith.subi %size_T, %v1 : i64
      %v957 = arith.minsi %v954, %v956 : i64
      %v958 = arith.addi %v953, %v957 : i64
      %v959 = arith.muli %v951, %v69 : i64
      %v960 = arith.addi %v959, %v570 : i64
      %v961 = llvm.getelementptr %in_x[%v958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v962 = llvm.load %v961 : !llvm.ptr -> f32
      %v963 = arith.addi %v569, %v477 : i64
      %v964 = arith.constant true
      %v965 = arith.addi %v15, %v963 : i64
      %v966 = llvm.getelementptr %v5[%v965] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v967 = llvm.load %v966 : !llvm.ptr<3> -> i64
      %v968 = arith.addi %v25, %v570 : i64
      %v969 = arith.cmpi slt, %v968, %size_T : i64
      %v970 = arith.subi %size_T, %v1 : i64
      %v971 = arith.minsi %v968, %v970 : i64
      %v972 = arith.addi %v967, %v971 : i64
      %v973 = arith.muli %v965, %v69 : i64
      %v974 = arith.addi %v973, %v570 : i64
      %v975 = llvm.getelementptr %in_x[%v972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v976 = llvm.load %v975 : !llvm.ptr -> f32
      %v977 = arith.addi %v569, %v492 : i64
      %v978 = arith.constant true
      %v979 = arith.addi %v15, %v977 : i64
      %v980 = llvm.getelementptr %v5[%v979] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v981 = llvm.load %v980 : !llvm.ptr<3> -> i64
      %v982 = arith.addi %v25, %v570 : i64
      %v983 = arith.cmpi slt, %v982, %size_T : i64
      %v984 = arith.subi %size_T, %v1 : i64
      %v985 = arith.minsi %v982, %v984 : i64
      %v986 = arith.addi %v981, %v985 : i64
      %v987 = arith.muli %v979, %v69 : i64
      %v988 = arith.addi %v987, %v570 : i64
      %v989 = llvm.getelementptr %in_x[%v986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v990 = llvm.load %v989 : !llvm.ptr -> f32
      %v991 = arith.addi %v569, %v507 : i64
      %v992 = arith.constant true
      %v993 = arith.addi %v15, %v991 : i64
      %v994 = llvm.getelementptr %v5[%v993] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v995 = llvm.load %v994 : !llvm.ptr<3> -> i64
      %v996 = arith.addi %v25, %v570 : i64
      %v997 = arith.cmpi slt, %v996, %size_T : i64
      %v998 = arith.subi %size_T, %v1 : i64
      %v999 = arith.minsi %v996, %v998 : i64
      %v1000 = arith.addi %v995, %v999 : i64
      %v1001 = arith.muli %v993, %v69 : i64
      %v1002 = arith.addi %v1001, %v570 : i64
      %v1003 = llvm.getelementptr %in_x[%v1000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1004 = llvm.load %v1003 : !llvm.ptr -> f32
      %v1005 = arith.addi %v569, %v522 : i64
      %v1006 = arith.constant true
      %v1007 = arith.addi %v15, %v1005 : i64
      %v1008 = llvm.getelementptr %v5[%v1007] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1009 = llvm.load %v1008 : !llvm.ptr<3> -> i64
      %v1010 = arith.addi %v25, %v570 : i64
      %v1011 = arith.cmpi slt, %v1010, %size_T : i64
      %v1012 = arith.subi %size_T, %v1 : i64
      %v1013 = arith.minsi %v1010, %v1012 : i64
      %v1014 = arith.addi %v1009, %v1013 : i64
      %v1015 = arith.muli %v1007, %v69 : i64
      %v1016 = arith.addi %v1015, %v570 : i64
      %v1017 = llvm.getelementptr %in_x[%v1014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1018 = llvm.load %v1017 : !llvm.ptr -> f32
      scf.if %v572 {
        %v1019 = llvm.getelementptr %v6[%v582] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v584, %v1019 : f32, !llvm.ptr<3>
      }
      scf.if %v586 {
        %v1020 = llvm.getelementptr %v6[%v596] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v598, %v1020 : f32, !llvm.ptr<3>
      }
      scf.if %v600 {
        %v1021 = llvm.getelementptr %v6[%v610] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v612, %v1021 : f32, !llvm.ptr<3>
      }
      scf.if %v614 {
        %v1022 = llvm.getelementptr %v6[%v624] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v626, %v1022 : f32, !llvm.ptr<3>
      }
      scf.if %v628 {
        %v1023 = llvm.getelementptr %v6[%v638] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v640, %v1023 : f32, !llvm.ptr<3>
      }
      scf.if %v642 {
        %v1024 = llvm.getelementptr %v6[%v652] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v654, %v1024 : f32, !llvm.ptr<3>
      }
      scf.if %v656 {
        %v1025 = llvm.getelementptr %v6[%v666] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v668, %v1025 : f32, !llvm.ptr<3>
      }
      scf.if %v670 {
        %v1026 = llvm.getelementptr %v6[%v680] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v682, %v1026 : f32, !llvm.ptr<3>
      }
      scf.if %v684 {
        %v1027 = llvm.getelementptr %v6[%v694] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v696, %v1027 : f32, !llvm.ptr<3>
      }
      scf.if %v698 {
        %v1028 = llvm.getelementptr %v6[%v708] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v710, %v1028 : f32, !llvm.ptr<3>
      }
      scf.if %v712 {
        %v1029 = llvm.getelementptr %v6[%v722] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v724, %v1029 : f32, !llvm.ptr<3>
      }
      scf.if %v726 {
        %v1030 = llvm.getelementptr %v6[%v736] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v738, %v1030 : f32, !llvm.ptr<3>
      }
      scf.if %v740 {
        %v1031 = llvm.getelementptr %v6[%v750] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v752, %v1031 : f32, !llvm.ptr<3>
      }
      scf.if %v754 {
        %v1032 = llvm.getelementptr %v6[%v764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v766, %v1032 : f32, !llvm.ptr<3>
      }
      scf.if %v768 {
        %v1033 = llvm.getelementptr %v6[%v778] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v780, %v1033 : f32, !llvm.ptr<3>
      }
      scf.if %v782 {
        %v1034 = llvm.getelementptr %v6[%v792] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v794, %v1034 : f32, !llvm.ptr<3>
      }
      scf.if %v796 {
        %v1035 = llvm.getelementptr %v6[%v806] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v808, %v1035 : f32, !llvm.ptr<3>
      }
      scf.if %v810 {
        %v1036 = llvm.getelementptr %v6[%v820] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v822, %v1036 : f32, !llvm.ptr<3>
      }
      scf.if %v824 {
        %v1037 = llvm.getelementptr %v6[%v834] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v836, %v1037 : f32, !llvm.ptr<3>
      }
      scf.if %v838 {
        %v1038 = llvm.getelementptr %v6[%v848] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v850, %v1038 : f32, !llvm.ptr<3>
      }
      scf.if %v852 {
        %v1039 = llvm.getelementptr %v6[%v862] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v864, %v1039 : f32, !llvm.ptr<3>
      }
      scf.if %v866 {
        %v1040 = llvm.getelementptr %v6[%v876] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v878, %v1040 : f32, !llvm.ptr<3>
      }
      scf.if %v880 {
        %v1041 = llvm.getelementptr %v6[%v890] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v892, %v1041 : f32, !llvm.ptr<3>
      }
      scf.if %v894 {
        %v1042 = llvm.getelementptr %v6[%v904] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v906, %v1042 : f32, !llvm.ptr<3>
      }
      scf.if %v908 {
        %v1043 = llvm.getelementptr %v6[%v918] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v920, %v1043 : f32, !llvm.ptr<3>
      }
      scf.if %v922 {
        %v1044 = llvm.getelementptr %v6[%v932] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v934, %v1044 : f32, !llvm.ptr<3>
      }
      scf.if %v936 {
        %v1045 = llvm.getelementptr %v6[%v946] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v948, %v1045 : f32, !llvm.ptr<3>
      }
      scf.if %v950 {
        %v1046 = llvm.getelementptr %v6[%v960] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v962, %v1046 : f32, !llvm.ptr<3>
      }
      scf.if %v964 {
        %v1047 = llvm.getelementptr %v6[%v974] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v976, %v1047 : f32, !llvm.ptr<3>
      }
      scf.if %v978 {
        %v1048 = llvm.getelementptr %v6[%v988] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v990, %v1048 : f32, !llvm.ptr<3>
      }
      scf.if %v992 {
        %v1049 = llvm.getelementptr %v6[%v1002] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1004, %v1049 : f32, !llvm.ptr<3>
      }
      scf.if %v1006 {
        %v1050 = llvm.getelementptr %v6[%v1016] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1018, %v1050 : f32, !llvm.ptr<3>
      }
      // end staged load of `x`
      gpu.barrier
      %v1051 = arith.index_cast %v25 : i64 to index
      %v1052 = arith.index_cast %size_T : i64 to index
      %v1053 = arith.index_cast %v56 : i64 to index
      scf.for %v1054 = %v1051 to %v1052 step %v1053 {
        %v1055 = arith.index_cast %v1054 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v1056 = arith.remui %v1055, %v15 : i64
        %v1057 = arith.cmpi eq, %v1056, %v25 : i64
        %v1058 = arith.andi %v1057, %v18 : i1
        scf.if %v1058 {
          %v1059 = arith.divui %v1055, %v15 : i64
          %v1060 = llvm.mlir.zero : !llvm.ptr
          %v1061 = llvm.icmp "ne" %ckpt_h, %v1060 : !llvm.ptr
          scf.if %v1061 {
            %v1064 = arith.muli %v1059, %v1063 : i64
            %v1065 = llvm.load %v4 : !llvm.ptr -> f32
            %v1067 = arith.muli %v23, %v1066 : i64
            %v1068 = arith.muli %v21, %v1 : i64
            %v1069 = arith.addi %v1067, %v1068 : i64
            %v1070 = arith.addi %v1064, %v1069 : i64
            %v1071 = llvm.getelementptr %ckpt_h[%v1070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1065, %v1071 : f32, !llvm.ptr
          }
        }
        // end save
        %v1072 = arith.subi %size_T, %v1055 : i64
        %v1073 = arith.minsi %v1072, %v56 : i64
        %v1074 = arith.addi %v1055, %v56 : i64
        %v1075 = arith.divui %v13, %v56 : i64
        %v1076 = arith.remui %v13, %v56 : i64
        %v1077 = arith.addi %v1075, %v25 : i64
        %v1078 = arith.constant true
        %v1079 = arith.addi %v25, %v1077 : i64
        %v1080 = llvm.getelementptr %v5[%v1079] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1081 = llvm.load %v1080 : !llvm.ptr<3> -> i64
        %v1082 = arith.addi %v1074, %v1076 : i64
        %v1083 = arith.cmpi slt, %v1082, %size_T : i64
        %v1084 = arith.subi %size_T, %v1 : i64
        %v1085 = arith.minsi %v1082, %v1084 : i64
        %v1086 = arith.addi %v1081, %v1085 : i64
        %v1087 = arith.muli %v1079, %v69 : i64
        %v1088 = arith.addi %v1087, %v1076 : i64
        %v1089 = llvm.getelementptr %in_a[%v1086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1090 = llvm.load %v1089 : !llvm.ptr -> f32
        %v1091 = arith.addi %v1075, %v51 : i64
        %v1092 = arith.constant true
        %v1093 = arith.addi %v25, %v1091 : i64
        %v1094 = llvm.getelementptr %v5[%v1093] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1095 = llvm.load %v1094 : !llvm.ptr<3> -> i64
        %v1096 = arith.addi %v1074, %v1076 : i64
        %v1097 = arith.cmpi slt, %v1096, %size_T : i64
        %v1098 = arith.subi %size_T, %v1 : i64
        %v1099 = arith.minsi %v1096, %v1098 : i64
        %v1100 = arith.addi %v1095, %v1099 : i64
        %v1101 = arith.muli %v1093, %v69 : i64
        %v1102 = arith.addi %v1101, %v1076 : i64
        %v1103 = llvm.getelementptr %in_a[%v1100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1104 = llvm.load %v1103 : !llvm.ptr -> f32
        %v1105 = arith.addi %v1075, %v88 : i64
        %v1106 = arith.constant true
        %v1107 = arith.addi %v25, %v1105 : i64
        %v1108 = llvm.getelementptr %v5[%v1107] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1109 = llvm.load %v1108 : !llvm.ptr<3> -> i64
        %v1110 = arith.addi %v1074, %v1076 : i64
        %v1111 = arith.cmpi slt, %v1110, %size_T : i64
        %v1112 = arith.subi %size_T, %v1 : i64
        %v1113 = arith.minsi %v1110, %v1112 : i64
        %v1114 = arith.addi %v1109, %v1113 : i64
        %v1115 = arith.muli %v1107, %v69 : i64
        %v1116 = arith.addi %v1115, %v1076 : i64
        %v1117 = llvm.getelementptr %in_a[%v1114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1118 = llvm.load %v1117 : !llvm.ptr -> f32
        %v1119 = arith.addi %v1075, %v103 : i64
        %v1120 = arith.constant true
        %v1121 = arith.addi %v25, %v1119 : i64
        %v1122 = llvm.getelementptr %v5[%v1121] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1123 = llvm.load %v1122 : !llvm.ptr<3> -> i64
        %v1124 = arith.addi %v1074, %v1076 : i64
        %v1125 = arith.cmpi slt, %v1124, %size_T : i64
        %v1126 = arith.subi %size_T, %v1 : i64
        %v1127 = arith.minsi %v1124, %v1126 : i64
        %v1128 = arith.addi %v1123, %v1127 : i64
        %v1129 = arith.muli %v1121, %v69 : i64
        %v1130 = arith.addi %v1129, %v1076 : i64
        %v1131 = llvm.getelementptr %in_a[%v1128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1132 = llvm.load %v1131 : !llvm.ptr -> f32
        %v1133 = arith.addi %v1075, %v118 : i64
        %v1134 = arith.constant true
        %v1135 = arith.addi %v25, %v1133 : i64
        %v1136 = llvm.getelementptr %v5[%v1135] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1137 = llvm.load %v1136 : !llvm.ptr<3> -> i64
        %v1138 = arith.addi %v1074, %v1076 : i64
        %v1139 = arith.cmpi slt, %v1138, %size_T : i64
        %v1140 = arith.subi %size_T, %v1 : i64
        %v1141 = arith.minsi %v1138, %v1140 : i64
        %v1142 = arith.addi %v1137, %v1141 : i64
        %v1143 = arith.muli %v1135, %v69 : i64
        %v1144 = arith.addi %v1143, %v1076 : i64
        %v1145 = llvm.getelementptr %in_a[%v1142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1146 = llvm.load %v1145 : !llvm.ptr -> f32
        %v1147 = arith.addi %v1075, %v133 : i64
        %v1148 = arith.constant true
        %v1149 = arith.addi %v25, %v1147 : i64
        %v1150 = llvm.getelementptr %v5[%v1149] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1151 = llvm.load %v1150 : !llvm.ptr<3> -> i64
        %v1152 = arith.addi %v1074, %v1076 : i64
        %v1153 = arith.cmpi slt, %v1152, %size_T : i64
        %v1154 = arith.subi %size_T, %v1 : i64
        %v1155 = arith.minsi %v1152, %v1154 : i64
        %v1156 = arith.addi %v1151, %v1155 : i64
        %v1157 = arith.muli %v1149, %v69 : i64
        %v1158 = arith.addi %v1157, %v1076 : i64
        %v1159 = llvm.getelementptr %in_a[%v1156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1160 = llvm.load %v1159 : !llvm.ptr -> f32
        %v1161 = arith.addi %v1075, %v148 : i64
        %v1162 = arith.constant true
        %v1163 = arith.addi %v25, %v1161 : i64
        %v1164 = llvm.getelementptr %v5[%v1163] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1165 = llvm.load %v1164 : !llvm.ptr<3> -> i64
        %v1166 = arith.addi %v1074, %v1076 : i64
        %v1167 = arith.cmpi slt, %v1166, %size_T : i64
        %v1168 = arith.subi %size_T, %v1 : i64
        %v1169 = arith.minsi %v1166, %v1168 : i64
        %v1170 = arith.addi %v1165, %v1169 : i64
        %v1171 = arith.muli %v1163, %v69 : i64
        %v1172 = arith.addi %v1171, %v1076 : i64
        %v1173 = llvm.getelementptr %in_a[%v1170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1174 = llvm.load %v1173 : !llvm.ptr -> f32
        %v1175 = arith.addi %v1075, %v163 : i64
        %v1176 = arith.constant true
        %v1177 = arith.addi %v25, %v1175 : i64
        %v1178 = llvm.getelementptr %v5[%v1177] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1179 = llvm.load %v1178 : !llvm.ptr<3> -> i64
        %v1180 = arith.addi %v1074, %v1076 : i64
        %v1181 = arith.cmpi slt, %v1180, %size_T : i64
        %v1182 = arith.subi %size_T, %v1 : i64
        %v1183 = arith.minsi %v1180, %v1182 : i64
        %v1184 = arith.addi %v1179, %v1183 : i64
        %v1185 = arith.muli %v1177, %v69 : i64
        %v1186 = arith.addi %v1185, %v1076 : i64
        %v1187 = llvm.getelementptr %in_a[%v1184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1188 = llvm.load %v1187 : !llvm.ptr -> f32
        %v1189 = arith.addi %v1075, %v178 : i64
        %v1190 = arith.constant true
        %v1191 = arith.addi %v25, %v1189 : i64
        %v1192 = llvm.getelementptr %v5[%v1191] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1193 = llvm.load %v1192 : !llvm.ptr<3> -> i64
        %v1194 = arith.addi %v1074, %v1076 : i64
        %v1195 = arith.cmpi slt, %v1194, %size_T : i64
        %v1196 = arith.subi %size_T, %v1 : i64
        %v1197 = arith.minsi %v1194, %v1196 : i64
        %v1198 = arith.addi %v1193, %v1197 : i64
        %v1199 = arith.muli %v1191, %v69 : i64
        %v1200 = arith.addi %v1199, %v1076 : i64
        %v1201 = llvm.getelementptr %in_a[%v1198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1202 = llvm.load %v1201 : !llvm.ptr -> f32
        %v1203 = arith.addi %v1075, %v193 : i64
        %v1204 = arith.constant true
        %v1205 = arith.addi %v25, %v1203 : i64
        %v1206 = llvm.getelementptr %v5[%v1205] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1207 = llvm.load %v1206 : !llvm.ptr<3> -> i64
        %v1208 = arith.addi %v1074, %v1076 : i64
        %v1209 = arith.cmpi slt, %v1208, %size_T : i64
        %v1210 = arith.subi %size_T, %v1 : i64
        %v1211 = arith.minsi %v1208, %v1210 : i64
        %v1212 = arith.addi %v1207, %v1211 : i64
        %v1213 = arith.muli %v1205, %v69 : i64
        %v1214 = arith.addi %v1213, %v1076 : i64
        %v1215 = llvm.getelementptr %in_a[%v1212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1216 = llvm.load %v1215 : !llvm.ptr -> f32
        %v1217 = arith.addi %v1075, %v208 : i64
        %v1218 = arith.constant true
        %v1219 = arith.addi %v25, %v1217 : i64
        %v1220 = llvm.getelementptr %v5[%v1219] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1221 = llvm.load %v1220 : !llvm.ptr<3> -> i64
        %v1222 = arith.addi %v1074, %v1076 : i64
        %v1223 = arith.cmpi slt, %v1222, %size_T : i64
        %v1224 = arith.subi %size_T, %v1 : i64
        %v1225 = arith.minsi %v1222, %v1224 : i64
        %v1226 = arith.addi %v1221, %v1225 : i64
        %v1227 = arith.muli %v1219, %v69 : i64
        %v1228 = arith.addi %v1227, %v1076 : i64
        %v1229 = llvm.getelementptr %in_a[%v1226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1230 = llvm.load %v1229 : !llvm.ptr -> f32
        %v1231 = arith.addi %v1075, %v223 : i64
        %v1232 = arith.constant true
        %v1233 = arith.addi %v25, %v1231 : i64
        %v1234 = llvm.getelementptr %v5[%v1233] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1235 = llvm.load %v1234 : !llvm.ptr<3> -> i64
        %v1236 = arith.addi %v1074, %v1076 : i64
        %v1237 = arith.cmpi slt, %v1236, %size_T : i64
        %v1238 = arith.subi %size_T, %v1 : i64
        %v1239 = arith.minsi %v1236, %v1238 : i64
        %v1240 = arith.addi %v1235, %v1239 : i64
        %v1241 = arith.muli %v1233, %v69 : i64
        %v1242 = arith.addi %v1241, %v1076 : i64
        %v1243 = llvm.getelementptr %in_a[%v1240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1244 = llvm.load %v1243 : !llvm.ptr -> f32
        %v1245 = arith.addi %v1075, %v238 : i64
        %v1246 = arith.constant true
        %v1247 = arith.addi %v25, %v1245 : i64
        %v1248 = llvm.getelementptr %v5[%v1247] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1249 = llvm.load %v1248 : !llvm.ptr<3> -> i64
        %v1250 = arith.addi %v1074, %v1076 : i64
        %v1251 = arith.cmpi slt, %v1250, %size_T : i64
        %v1252 = arith.subi %size_T, %v1 : i64
        %v1253 = arith.minsi %v1250, %v1252 : i64
        %v1254 = arith.addi %v1249, %v1253 : i64
        %v1255 = arith.muli %v1247, %v69 : i64
        %v1256 = arith.addi %v1255, %v1076 : i64
        %v1257 = llvm.getelementptr %in_a[%v1254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1258 = llvm.load %v1257 : !llvm.ptr -> f32
        %v1259 = arith.addi %v1075, %v253 : i64
        %v1260 = arith.constant true
        %v1261 = arith.addi %v25, %v1259 : i64
        %v1262 = llvm.getelementptr %v5[%v1261] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1263 = llvm.load %v1262 : !llvm.ptr<3> -> i64
        %v1264 = arith.addi %v1074, %v1076 : i64
        %v1265 = arith.cmpi slt, %v1264, %size_T : i64
        %v1266 = arith.subi %size_T, %v1 : i64
        %v1267 = arith.minsi %v1264, %v1266 : i64
        %v1268 = arith.addi %v1263, %v1267 : i64
        %v1269 = arith.muli %v1261, %v69 : i64
        %v1270 = arith.addi %v1269, %v1076 : i64
        %v1271 = llvm.getelementptr %in_a[%v1268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1272 = llvm.load %v1271 : !llvm.ptr -> f32
        %v1273 = arith.addi %v1075, %v268 : i64
        %v1274 = arith.constant true
        %v1275 = arith.addi %v25, %v1273 : i64
        %v1276 = llvm.getelementptr %v5[%v1275] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1277 = llvm.load %v1276 : !llvm.ptr<3> -> i64
        %v1278 = arith.addi %v1074, %v1076 : i64
        %v1279 = arith.cmpi slt, %v1278, %size_T : i64
        %v1280 = arith.subi %size_T, %v1 : i64
        %v1281 = arith.minsi %v1278, %v1280 : i64
        %v1282 = arith.addi %v1277, %v1281 : i64
        %v1283 = arith.muli %v1275, %v69 : i64
        %v1284 = arith.addi %v1283, %v1076 : i64
        %v1285 = llvm.getelementptr %in_a[%v1282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1286 = llvm.load %v1285 : !llvm.ptr -> f32
        %v1287 = arith.addi %v1075, %v283 : i64
        %v1288 = arith.constant true
        %v1289 = arith.addi %v25, %v1287 : i64
        %v1290 = llvm.getelementptr %v5[%v1289] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1291 = llvm.load %v1290 : !llvm.ptr<3> -> i64
        %v1292 = arith.addi %v1074, %v1076 : i64
        %v1293 = arith.cmpi slt, %v1292, %size_T : i64
        %v1294 = arith.subi %size_T, %v1 : i64
        %v1295 = arith.minsi %v1292, %v1294 : i64
        %v1296 = arith.addi %v1291, %v1295 : i64
        %v1297 = arith.muli %v1289, %v69 : i64
        %v1298 = arith.addi %v1297, %v1076 : i64
        %v1299 = llvm.getelementptr %in_a[%v1296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1300 = llvm.load %v1299 : !llvm.ptr -> f32
        %v1301 = arith.addi %v1075, %v56 : i64
        %v1302 = arith.constant true
        %v1303 = arith.addi %v25, %v1301 : i64
        %v1304 = llvm.getelementptr %v5[%v1303] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1305 = llvm.load %v1304 : !llvm.ptr<3> -> i64
        %v1306 = arith.addi %v1074, %v1076 : i64
        %v1307 = arith.cmpi slt, %v1306, %size_T : i64
        %v1308 = arith.subi %size_T, %v1 : i64
        %v1309 = arith.minsi %v1306, %v1308 : i64
        %v1310 = arith.addi %v1305, %v1309 : i64
        %v1311 = arith.muli %v1303, %v69 : i64
        %v1312 = arith.addi %v1311, %v1076 : i64
        %v1313 = llvm.getelementptr %in_a[%v1310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1314 = llvm.load %v1313 : !llvm.ptr -> f32
        %v1315 = arith.addi %v1075, %v312 : i64
        %v1316 = arith.constant true
        %v1317 = arith.addi %v25, %v1315 : i64
        %v1318 = llvm.getelementptr %v5[%v1317] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1319 = llvm.load %v1318 : !llvm.ptr<3> -> i64
        %v1320 = arith.addi %v1074, %v1076 : i64
        %v1321 = arith.cmpi slt, %v1320, %size_T : i64
        %v1322 = arith.subi %size_T, %v1 : i64
        %v1323 = arith.minsi %v1320, %v1322 : i64
        %v1324 = arith.addi %v1319, %v1323 : i64
        %v1325 = arith.muli %v1317, %v69 : i64
        %v1326 = arith.addi %v1325, %v1076 : i64
        %v1327 = llvm.getelementptr %in_a[%v1324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1328 = llvm.load %v1327 : !llvm.ptr -> f32
        %v1329 = arith.addi %v1075, %v327 : i64
        %v1330 = arith.constant true
        %v1331 = arith.addi %v25, %v1329 : i64
        %v1332 = llvm.getelementptr %v5[%v1331] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1333 = llvm.load %v1332 : !llvm.ptr<3> -> i64
        %v1334 = arith.addi %v1074, %v1076 : i64
        %v1335 = arith.cmpi slt, %v1334, %size_T : i64
        %v1336 = arith.subi %size_T, %v1 : i64
        %v1337 = arith.minsi %v1334, %v1336 : i64
        %v1338 = arith.addi %v1333, %v1337 : i64
        %v1339 = arith.muli %v1331, %v69 : i64
        %v1340 = arith.addi %v1339, %v1076 : i64
        %v1341 = llvm.getelementptr %in_a[%v1338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1342 = llvm.load %v1341 : !llvm.ptr -> f32
        %v1343 = arith.addi %v1075, %v342 : i64
        %v1344 = arith.constant true
        %v1345 = arith.addi %v25, %v1343 : i64
        %v1346 = llvm.getelementptr %v5[%v1345] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1347 = llvm.load %v1346 : !llvm.ptr<3> -> i64
        %v1348 = arith.addi %v1074, %v1076 : i64
        %v1349 = arith.cmpi slt, %v1348, %size_T : i64
        %v1350 = arith.subi %size_T, %v1 : i64
        %v1351 = arith.minsi %v1348, %v1350 : i64
        %v1352 = arith.addi %v1347, %v1351 : i64
        %v1353 = arith.muli %v1345, %v69 : i64
        %v1354 = arith.addi %v1353, %v1076 : i64
        %v1355 = llvm.getelementptr %in_a[%v1352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1356 = llvm.load %v1355 : !llvm.ptr -> f32
        %v1357 = arith.addi %v1075, %v357 : i64
        %v1358 = arith.constant true
        %v1359 = arith.addi %v25, %v1357 : i64
        %v1360 = llvm.getelementptr %v5[%v1359] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1361 = llvm.load %v1360 : !llvm.ptr<3> -> i64
        %v1362 = arith.addi %v1074, %v1076 : i64
        %v1363 = arith.cmpi slt, %v1362, %size_T : i64
        %v1364 = arith.subi %size_T, %v1 : i64
        %v1365 = arith.minsi %v1362, %v1364 : i64
        %v1366 = arith.addi %v1361, %v1365 : i64
        %v1367 = arith.muli %v1359, %v69 : i64
        %v1368 = arith.addi %v1367, %v1076 : i64
        %v1369 = llvm.getelementptr %in_a[%v1366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1370 = llvm.load %v1369 : !llvm.ptr -> f32
        %v1371 = arith.addi %v1075, %v372 : i64
        %v1372 = arith.constant true
        %v1373 = arith.addi %v25, %v1371 : i64
        %v1374 = llvm.getelementptr %v5[%v1373] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1375 = llvm.load %v1374 : !llvm.ptr<3> -> i64
        %v1376 = arith.addi %v1074, %v1076 : i64
        %v1377 = arith.cmpi slt, %v1376, %size_T : i64
        %v1378 = arith.subi %size_T, %v1 : i64
        %v1379 = arith.minsi %v1376, %v1378 : i64
        %v1380 = arith.addi %v1375, %v1379 : i64
        %v1381 = arith.muli %v1373, %v69 : i64
        %v1382 = arith.addi %v1381, %v1076 : i64
        %v1383 = llvm.getelementptr %in_a[%v1380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1384 = llvm.load %v1383 : !llvm.ptr -> f32
        %v1385 = arith.addi %v1075, %v387 : i64
        %v1386 = arith.constant true
        %v1387 = arith.addi %v25, %v1385 : i64
        %v1388 = llvm.getelementptr %v5[%v1387] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1389 = llvm.load %v1388 : !llvm.ptr<3> -> i64
        %v1390 = arith.addi %v1074, %v1076 : i64
        %v1391 = arith.cmpi slt, %v1390, %size_T : i64
        %v1392 = arith.subi %size_T, %v1 : i64
        %v1393 = arith.minsi %v1390, %v1392 : i64
        %v1394 = arith.addi %v1389, %v1393 : i64
        %v1395 = arith.muli %v1387, %v69 : i64
        %v1396 = arith.addi %v1395, %v1076 : i64
        %v1397 = llvm.getelementptr %in_a[%v1394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1398 = llvm.load %v1397 : !llvm.ptr -> f32
        %v1399 = arith.addi %v1075, %v402 : i64
        %v1400 = arith.constant true
        %v1401 = arith.addi %v25, %v1399 : i64
        %v1402 = llvm.getelementptr %v5[%v1401] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1403 = llvm.load %v1402 : !llvm.ptr<3> -> i64
        %v1404 = arith.addi %v1074, %v1076 : i64
        %v1405 = arith.cmpi slt, %v1404, %size_T : i64
        %v1406 = arith.subi %size_T, %v1 : i64
        %v1407 = arith.minsi %v1404, %v1406 : i64
        %v1408 = arith.addi %v1403, %v1407 : i64
        %v1409 = arith.muli %v1401, %v69 : i64
        %v1410 = arith.addi %v1409, %v1076 : i64
        %v1411 = llvm.getelementptr %in_a[%v1408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1412 = llvm.load %v1411 : !llvm.ptr -> f32
        %v1413 = arith.addi %v1075, %v417 : i64
        %v1414 = arith.constant true
        %v1415 = arith.addi %v25, %v1413 : i64
        %v1416 = llvm.getelementptr %v5[%v1415] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1417 = llvm.load %v1416 : !llvm.ptr<3> -> i64
        %v1418 = arith.addi %v1074, %v1076 : i64
        %v1419 = arith.cmpi slt, %v1418, %size_T : i64
        %v1420 = arith.subi %size_T, %v1 : i64
        %v1421 = arith.minsi %v1418, %v1420 : i64
        %v1422 = arith.addi %v1417, %v1421 : i64
        %v1423 = arith.muli %v1415, %v69 : i64
        %v1424 = arith.addi %v1423, %v1076 : i64
        %v1425 = llvm.getelementptr %in_a[%v1422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1426 = llvm.load %v1425 : !llvm.ptr -> f32
        %v1427 = arith.addi %v1075, %v432 : i64
        %v1428 = arith.constant true
        %v1429 = arith.addi %v25, %v1427 : i64
        %v1430 = llvm.getelementptr %v5[%v1429] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1431 = llvm.load %v1430 : !llvm.ptr<3> -> i64
        %v1432 = arith.addi %v1074, %v1076 : i64
        %v1433 = arith.cmpi slt, %v1432, %size_T : i64
        %v1434 = arith.subi %size_T, %v1 : i64
        %v1435 = arith.minsi %v1432, %v1434 : i64
        %v1436 = arith.addi %v1431, %v1435 : i64
        %v1437 = arith.muli %v1429, %v69 : i64
        %v1438 = arith.addi %v1437, %v1076 : i64
        %v1439 = llvm.getelementptr %in_a[%v1436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1440 = llvm.load %v1439 : !llvm.ptr -> f32
        %v1441 = arith.addi %v1075, %v447 : i64
        %v1442 = arith.constant true
        %v1443 = arith.addi %v25, %v1441 : i64
        %v1444 = llvm.getelementptr %v5[%v1443] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1445 = llvm.load %v1444 : !llvm.ptr<3> -> i64
        %v1446 = arith.addi %v1074, %v1076 : i64
        %v1447 = arith.cmpi slt, %v1446, %size_T : i64
        %v1448 = arith.subi %size_T, %v1 : i64
        %v1449 = arith.minsi %v1446, %v1448 : i64
        %v1450 = arith.addi %v1445, %v1449 : i64
        %v1451 = arith.muli %v1443, %v69 : i64
        %v1452 = arith.addi %v1451, %v1076 : i64
        %v1453 = llvm.getelementptr %in_a[%v1450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1454 = llvm.load %v1453 : !llvm.ptr -> f32
        %v1455 = arith.addi %v1075, %v462 : i64
        %v1456 = arith.constant true
        %v1457 = arith.addi %v25, %v1455 : i64
        %v1458 = llvm.getelementptr %v5[%v1457] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1459 = llvm.load %v1458 : !llvm.ptr<3> -> i64
        %v1460 = arith.addi %v1074, %v1076 : i64
        %v1461 = arith.cmpi slt, %v1460, %size_T : i64
        %v1462 = arith.subi %size_T, %v1 : i64
        %v1463 = arith.minsi %v1460, %v1462 : i64
        %v1464 = arith.addi %v1459, %v1463 : i64
        %v1465 = arith.muli %v1457, %v69 : i64
        %v1466 = arith.addi %v1465, %v1076 : i64
        %v1467 = llvm.getelementptr %in_a[%v1464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1468 = llvm.load %v1467 : !llvm.ptr -> f32
        %v1469 = arith.addi %v1075, %v477 : i64
        %v1470 = arith.constant true
        %v1471 = arith.addi %v25, %v1469 : i64
        %v1472 = llvm.getelementptr %v5[%v1471] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1473 = llvm.load %v1472 : !llvm.ptr<3> -> i64
        %v1474 = arith.addi %v1074, %v1076 : i64
        %v1475 = arith.cmpi slt, %v1474, %size_T : i64
        %v1476 = arith.subi %size_T, %v1 : i64
        %v1477 = arith.minsi %v1474, %v1476 : i64
        %v1478 = arith.addi %v1473, %v1477 : i64
        %v1479 = arith.muli %v1471, %v69 : i64
        %v1480 = arith.addi %v1479, %v1076 : i64
        %v1481 = llvm.getelementptr %in_a[%v1478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1482 = llvm.load %v1481 : !llvm.ptr -> f32
        %v1483 = arith.addi %v1075, %v492 : i64
        %v1484 = arith.constant true
        %v1485 = arith.addi %v25, %v1483 : i64
        %v1486 = llvm.getelementptr %v5[%v1485] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1487 = llvm.load %v1486 : !llvm.ptr<3> -> i64
        %v1488 = arith.addi %v1074, %v1076 : i64
        %v1489 = arith.cmpi slt, %v1488, %size_T : i64
        %v1490 = arith.subi %size_T, %v1 : i64
        %v1491 = arith.minsi %v1488, %v1490 : i64
        %v1492 = arith.addi %v1487, %v1491 : i64
        %v1493 = arith.muli %v1485, %v69 : i64
        %v1494 = arith.addi %v1493, %v1076 : i64
        %v1495 = llvm.getelementptr %in_a[%v1492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1496 = llvm.load %v1495 : !llvm.ptr -> f32
        %v1497 = arith.addi %v1075, %v507 : i64
        %v1498 = arith.constant true
        %v1499 = arith.addi %v25, %v1497 : i64
        %v1500 = llvm.getelementptr %v5[%v1499] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1501 = llvm.load %v1500 : !llvm.ptr<3> -> i64
        %v1502 = arith.addi %v1074, %v1076 : i64
        %v1503 = arith.cmpi slt, %v1502, %size_T : i64
        %v1504 = arith.subi %size_T, %v1 : i64
        %v1505 = arith.minsi %v1502, %v1504 : i64
        %v1506 = arith.addi %v1501, %v1505 : i64
        %v1507 = arith.muli %v1499, %v69 : i64
        %v1508 = arith.addi %v1507, %v1076 : i64
        %v1509 = llvm.getelementptr %in_a[%v1506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1510 = llvm.load %v1509 : !llvm.ptr -> f32
        %v1511 = arith.addi %v1075, %v522 : i64
        %v1512 = arith.constant true
        %v1513 = arith.addi %v25, %v1511 : i64
        %v1514 = llvm.getelementptr %v5[%v1513] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1515 = llvm.load %v1514 : !llvm.ptr<3> -> i64
        %v1516 = arith.addi %v1074, %v1076 : i64
        %v1517 = arith.cmpi slt, %v1516, %size_T : i64
        %v1518 = arith.subi %size_T, %v1 : i64
        %v1519 = arith.minsi %v1516, %v1518 : i64
        %v1520 = arith.addi %v1515, %v1519 : i64
        %v1521 = arith.muli %v1513, %v69 : i64
        %v1522 = arith.addi %v1521, %v1076 : i64
        %v1523 = llvm.getelementptr %in_a[%v1520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1524 = llvm.load %v1523 : !llvm.ptr -> f32
        %v1525 = arith.divui %v13, %v56 : i64
        %v1526 = arith.remui %v13, %v56 : i64
        %v1527 = arith.addi %v1525, %v25 : i64
        %v1528 = arith.constant true
        %v1529 = arith.addi %v15, %v1527 : i64
        %v1530 = llvm.getelementptr %v5[%v1529] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1531 = llvm.load %v1530 : !llvm.ptr<3> -> i64
        %v1532 = arith.addi %v1074, %v1526 : i64
        %v1533 = arith.cmpi slt, %v1532, %size_T : i64
        %v1534 = arith.subi %size_T, %v1 : i64
        %v1535 = arith.minsi %v1532, %v1534 : i64
        %v1536 = arith.addi %v1531, %v1535 : i64
        %v1537 = arith.muli %v1529, %v69 : i64
        %v1538 = arith.addi %v1537, %v1526 : i64
        %v1539 = llvm.getelementptr %in_x[%v1536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1540 = llvm.load %v1539 : !llvm.ptr -> f32
        %v1541 = arith.addi %v1525, %v51 : i64
        %v1542 = arith.constant true
        %v1543 = arith.addi %v15, %v1541 : i64
        %v1544 = llvm.getelementptr %v5[%v1543] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1545 = llvm.load %v1544 : !llvm.ptr<3> -> i64
        %v1546 = arith.addi %v1074, %v1526 : i64
        %v1547 = arith.cmpi slt, %v1546, %size_T : i64
        %v1548 = arith.subi %size_T, %v1 : i64
        %v1549 = arith.minsi %v1546, %v1548 : i64
        %v1550 = arith.addi %v1545, %v1549 : i64
        %v1551 = arith.muli %v1543, %v69 : i64
        %v1552 = arith.addi %v1551, %v1526 : i64
        %v1553 = llvm.getelementptr %in_x[%v1550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1554 = llvm.load %v1553 : !llvm.ptr -> f32
        %v1555 = arith.addi %v1525, %v88 : i64
        %v1556 = arith.constant true
        %v1557 = arith.addi %v15, %v1555 : i64
        %v1558 = llvm.getelementptr %v5[%v1557] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1559 = llvm.load %v1558 : !llvm.ptr<3> -> i64
        %v1560 = arith.addi %v1074, %v1526 : i64
        %v1561 = arith.cmpi slt, %v1560, %size_T : i64
        %v1562 = arith.subi %size_T, %v1 : i64
        %v1563 = arith.minsi %v1560, %v1562 : i64
        %v1564 = arith.addi %v1559, %v1563 : i64
        %v1565 = arith.muli %v1557, %v69 : i64
        %v1566 = arith.addi %v1565, %v1526 : i64
        %v1567 = llvm.getelementptr %in_x[%v1564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1568 = llvm.load %v1567 : !llvm.ptr -> f32
        %v1569 = arith.addi %v1525, %v103 : i64
        %v1570 = arith.constant true
        %v1571 = arith.addi %v15, %v1569 : i64
        %v1572 = llvm.getelementptr %v5[%v1571] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1573 = llvm.load %v1572 : !llvm.ptr<3> -> i64
        %v1574 = arith.addi %v1074, %v1526 : i64
        %v1575 = arith.cmpi slt, %v1574, %size_T : i64
        %v1576 = arith.subi %size_T, %v1 : i64
        %v1577 = arith.minsi %v1574, %v1576 : i64
        %v1578 = arith.addi %v1573, %v1577 : i64
        %v1579 = arith.muli %v1571, %v69 : i64
        %v1580 = arith.addi %v1579, %v1526 : i64
        %v1581 = llvm.getelementptr %in_x[%v1578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1582 = llvm.load %v1581 : !llvm.ptr -> f32
        %v1583 = arith.addi %v1525, %v118 : i64
        %v1584 = arith.constant true
        %v1585 = arith.addi %v15, %v1583 : i64
        %v1586 = llvm.getelementptr %v5[%v1585] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1587 = llvm.load %v1586 : !llvm.ptr<3> -> i64
        %v1588 = arith.addi %v1074, %v1526 : i64
        %v1589 = arith.cmpi slt, %v1588, %size_T : i64
        %v1590 = arith.subi %size_T, %v1 : i64
        %v1591 = arith.minsi %v1588, %v1590 : i64
        %v1592 = arith.addi %v1587, %v1591 : i64
        %v1593 = arith.muli %v1585, %v69 : i64
        %v1594 = arith.addi %v1593, %v1526 : i64
        %v1595 = llvm.getelementptr %in_x[%v1592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1596 = llvm.load %v1595 : !llvm.ptr -> f32
        %v1597 = arith.addi %v1525, %v133 : i64
        %v1598 = arith.constant true
        %v1599 = arith.addi %v15, %v1597 : i64
        %v1600 = llvm.getelementptr %v5[%v1599] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1601 = llvm.load %v1600 : !llvm.ptr<3> -> i64
        %v1602 = arith.addi %v1074, %v1526 : i64
        %v1603 = arith.cmpi slt, %v1602, %size_T : i64
        %v1604 = arith.subi %size_T, %v1 : i64
        %v1605 = arith.minsi %v1602, %v1604 : i64
        %v1606 = arith.addi %v1601, %v1605 : i64
        %v1607 = arith.muli %v1599, %v69 : i64
        %v1608 = arith.addi %v1607, %v1526 : i64
        %v1609 = llvm.getelementptr %in_x[%v1606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1610 = llvm.load %v1609 : !llvm.ptr -> f32
        %v1611 = arith.addi %v1525, %v148 : i64
        %v1612 = arith.constant true
        %v1613 = arith.addi %v15, %v1611 : i64
        %v1614 = llvm.getelementptr %v5[%v1613] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1615 = llvm.load %v1614 : !llvm.ptr<3> -> i64
        %v1616 = arith.addi %v1074, %v1526 : i64
        %v1617 = arith.cmpi slt, %v1616, %size_T : i64
        %v1618 = arith.subi %size_T, %v1 : i64
        %v1619 = arith.minsi %v1616, %v1618 : i64
        %v1620 = arith.addi %v1615, %v1619 : i64
        %v1621 = arith.muli %v1613, %v69 : i64
        %v1622 = arith.addi %v1621, %v1526 : i64
        %v1623 = llvm.getelementptr %in_x[%v1620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1624 = llvm.load %v1623 : !llvm.ptr -> f32
        %v1625 = arith.addi %v1525, %v163 : i64
        %v1626 = arith.constant true
        %v1627 = arith.addi %v15, %v1625 : i64
        %v1628 = llvm.getelementptr %v5[%v1627] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1629 = llvm.load %v1628 : !llvm.ptr<3> -> i64
        %v1630 = arith.addi %v1074, %v1526 : i64
        %v1631 = arith.cmpi slt, %v1630, %size_T : i64
        %v1632 = arith.subi %size_T, %v1 : i64
        %v1633 = arith.minsi %v1630, %v1632 : i64
        %v1634 = arith.addi %v1629, %v1633 : i64
        %v1635 = arith.muli %v1627, %v69 : i64
        %v1636 = arith.addi %v1635, %v1526 : i64
        %v1637 = llvm.getelementptr %in_x[%v1634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1638 = llvm.load %v1637 : !llvm.ptr -> f32
        %v1639 = arith.addi %v1525, %v178 : i64
        %v1640 = arith.constant true
        %v1641 = arith.addi %v15, %v1639 : i64
        %v1642 = llvm.getelementptr %v5[%v1641] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1643 = llvm.load %v1642 : !llvm.ptr<3> -> i64
        %v1644 = arith.addi %v1074, %v1526 : i64
        %v1645 = arith.cmpi slt, %v1644, %size_T : i64
        %v1646 = arith.subi %size_T, %v1 : i64
        %v1647 = arith.minsi %v1644, %v1646 : i64
        %v1648 = arith.addi %v1643, %v1647 : i64
        %v1649 = arith.muli %v1641, %v69 : i64
        %v1650 = arith.addi %v1649, %v1526 : i64
        %v1651 = llvm.getelementptr %in_x[%v1648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1652 = llvm.load %v1651 : !llvm.ptr -> f32
        %v1653 = arith.addi %v1525, %v193 : i64
        %v1654 = arith.constant true
        %v1655 = arith.addi %v15, %v1653 : i64
        %v1656 = llvm.getelementptr %v5[%v1655] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1657 = llvm.load %v1656 : !llvm.ptr<3> -> i64
        %v1658 = arith.addi %v1074, %v1526 : i64
        %v1659 = arith.cmpi slt, %v1658, %size_T : i64
        %v1660 = arith.subi %size_T, %v1 : i64
        %v1661 = arith.minsi %v1658, %v1660 : i64
        %v1662 = arith.addi %v1657, %v1661 : i64
        %v1663 = arith.muli %v1655, %v69 : i64
        %v1664 = arith.addi %v1663, %v1526 : i64
        %v1665 = llvm.getelementptr %in_x[%v1662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1666 = llvm.load %v1665 : !llvm.ptr -> f32
        %v1667 = arith.addi %v1525, %v208 : i64
        %v1668 = arith.constant true
        %v1669 = arith.addi %v15, %v1667 : i64
        %v1670 = llvm.getelementptr %v5[%v1669] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1671 = llvm.load %v1670 : !llvm.ptr<3> -> i64
        %v1672 = arith.addi %v1074, %v1526 : i64
        %v1673 = arith.cmpi slt, %v1672, %size_T : i64
        %v1674 = arith.subi %size_T, %v1 : i64
        %v1675 = arith.minsi %v1672, %v1674 : i64
        %v1676 = arith.addi %v1671, %v1675 : i64
        %v1677 = arith.muli %v1669, %v69 : i64
        %v1678 = arith.addi %v1677, %v1526 : i64
        %v1679 = llvm.getelementptr %in_x[%v1676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1680 = llvm.load %v1679 : !llvm.ptr -> f32
        %v1681 = arith.addi %v1525, %v223 : i64
        %v1682 = arith.constant true
        %v1683 = arith.addi %v15, %v1681 : i64
        %v1684 = llvm.getelementptr %v5[%v1683] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1685 = llvm.load %v1684 : !llvm.ptr<3> -> i64
        %v1686 = arith.addi %v1074, %v1526 : i64
        %v1687 = arith.cmpi slt, %v1686, %size_T : i64
        %v1688 = arith.subi %size_T, %v1 : i64
        %v1689 = arith.minsi %v1686, %v1688 : i64
        %v1690 = arith.addi %v1685, %v1689 : i64
        %v1691 = arith.muli %v1683, %v69 : i64
        %v1692 = arith.addi %v1691, %v1526 : i64
        %v1693 = llvm.getelementptr %in_x[%v1690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1694 = llvm.load %v1693 : !llvm.ptr -> f32
        %v1695 = arith.addi %v1525, %v238 : i64
        %v1696 = arith.constant true
        %v1697 = arith.addi %v15, %v1695 : i64
        %v1698 = llvm.getelementptr %v5[%v1697] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1699 = llvm.load %v1698 : !llvm.ptr<3> -> i64
        %v1700 = arith.addi %v1074, %v1526 : i64
        %v1701 = arith.cmpi slt, %v1700, %size_T : i64
        %v1702 = arith.subi %size_T, %v1 : i64
        %v1703 = arith.minsi %v1700, %v1702 : i64
        %v1704 = arith.addi %v1699, %v1703 : i64
        %v1705 = arith.muli %v1697, %v69 : i64
        %v1706 = arith.addi %v1705, %v1526 : i64
        %v1707 = llvm.getelementptr %in_x[%v1704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1708 = llvm.load %v1707 : !llvm.ptr -> f32
        %v1709 = arith.addi %v1525, %v253 : i64
        %v1710 = arith.constant true
        %v1711 = arith.addi %v15, %v1709 : i64
        %v1712 = llvm.getelementptr %v5[%v1711] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1713 = llvm.load %v1712 : !llvm.ptr<3> -> i64
        %v1714 = arith.addi %v1074, %v1526 : i64
        %v1715 = arith.cmpi slt, %v1714, %size_T : i64
        %v1716 = arith.subi %size_T, %v1 : i64
        %v1717 = arith.minsi %v1714, %v1716 : i64
        %v1718 = arith.addi %v1713, %v1717 : i64
        %v1719 = arith.muli %v1711, %v69 : i64
        %v1720 = arith.addi %v1719, %v1526 : i64
        %v1721 = llvm.getelementptr %in_x[%v1718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1722 = llvm.load %v1721 : !llvm.ptr -> f32
        %v1723 = arith.addi %v1525, %v268 : i64
        %v1724 = arith.constant true
        %v1725 = arith.addi %v15, %v1723 : i64
        %v1726 = llvm.getelementptr %v5[%v1725] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1727 = llvm.load %v1726 : !llvm.ptr<3> -> i64
        %v1728 = arith.addi %v1074, %v1526 : i64
        %v1729 = arith.cmpi slt, %v1728, %size_T : i64
        %v1730 = arith.subi %size_T, %v1 : i64
        %v1731 = arith.minsi %v1728, %v1730 : i64
        %v1732 = arith.addi %v1727, %v1731 : i64
        %v1733 = arith.muli %v1725, %v69 : i64
        %v1734 = arith.addi %v1733, %v1526 : i64
        %v1735 = llvm.getelementptr %in_x[%v1732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1736 = llvm.load %v1735 : !llvm.ptr -> f32
        %v1737 = arith.addi %v1525, %v283 : i64
        %v1738 = arith.constant true
        %v1739 = arith.addi %v15, %v1737 : i64
        %v1740 = llvm.getelementptr %v5[%v1739] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1741 = llvm.load %v1740 : !llvm.ptr<3> -> i64
        %v1742 = arith.addi %v1074, %v1526 : i64
        %v1743 = arith.cmpi slt, %v1742, %size_T : i64
        %v1744 = arith.subi %size_T, %v1 : i64
        %v1745 = arith.minsi %v1742, %v1744 : i64
        %v1746 = arith.addi %v1741, %v1745 : i64
        %v1747 = arith.muli %v1739, %v69 : i64
        %v1748 = arith.addi %v1747, %v1526 : i64
        %v1749 = llvm.getelementptr %in_x[%v1746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1750 = llvm.load %v1749 : !llvm.ptr -> f32
        %v1751 = arith.addi %v1525, %v56 : i64
        %v1752 = arith.constant true
        %v1753 = arith.addi %v15, %v1751 : i64
        %v1754 = llvm.getelementptr %v5[%v1753] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1755 = llvm.load %v1754 : !llvm.ptr<3> -> i64
        %v1756 = arith.addi %v1074, %v1526 : i64
        %v1757 = arith.cmpi slt, %v1756, %size_T : i64
        %v1758 = arith.subi %size_T, %v1 : i64
        %v1759 = arith.minsi %v1756, %v1758 : i64
        %v1760 = arith.addi %v1755, %v1759 : i64
        %v1761 = arith.muli %v1753, %v69 : i64
        %v1762 = arith.addi %v1761, %v1526 : i64
        %v1763 = llvm.getelementptr %in_x[%v1760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1764 = llvm.load %v1763 : !llvm.ptr -> f32
        %v1765 = arith.addi %v1525, %v312 : i64
        %v1766 = arith.constant true
        %v1767 = arith.addi %v15, %v1765 : i64
        %v1768 = llvm.getelementptr %v5[%v1767] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1769 = llvm.load %v1768 : !llvm.ptr<3> -> i64
        %v1770 = arith.addi %v1074, %v1526 : i64
        %v1771 = arith.cmpi slt, %v1770, %size_T : i64
        %v1772 = arith.subi %size_T, %v1 : i64
        %v1773 = arith.minsi %v1770, %v1772 : i64
        %v1774 = arith.addi %v1769, %v1773 : i64
        %v1775 = arith.muli %v1767, %v69 : i64
        %v1776 = arith.addi %v1775, %v1526 : i64
        %v1777 = llvm.getelementptr %in_x[%v1774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1778 = llvm.load %v1777 : !llvm.ptr -> f32
        %v1779 = arith.addi %v1525, %v327 : i64
        %v1780 = arith.constant true
        %v1781 = arith.addi %v15, %v1779 : i64
        %v1782 = llvm.getelementptr %v5[%v1781] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1783 = llvm.load %v1782 : !llvm.ptr<3> -> i64
        %v1784 = arith.addi %v1074, %v1526 : i64
        %v1785 = arith.cmpi slt, %v1784, %size_T : i64
        %v1786 = arith.subi %size_T, %v1 : i64
        %v1787 = arith.minsi %v1784, %v1786 : i64
        %v1788 = arith.addi %v1783, %v1787 : i64
        %v1789 = arith.muli %v1781, %v69 : i64
        %v1790 = arith.addi %v1789, %v1526 : i64
        %v1791 = llvm.getelementptr %in_x[%v1788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1792 = llvm.load %v1791 : !llvm.ptr -> f32
        %v1793 = arith.addi %v1525, %v342 : i64
        %v1794 = arith.constant true
        %v1795 = arith.addi %v15, %v1793 : i64
        %v1796 = llvm.getelementptr %v5[%v1795] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1797 = llvm.load %v1796 : !llvm.ptr<3> -> i64
        %v1798 = arith.addi %v1074, %v1526 : i64
        %v1799 = arith.cmpi slt, %v1798, %size_T : i64
        %v1800 = arith.subi %size_T, %v1 : i64
        %v1801 = arith.minsi %v1798, %v1800 : i64
        %v1802 = arith.addi %v1797, %v1801 : i64
        %v1803 = arith.muli %v1795, %v69 : i64
        %v1804 = arith.addi %v1803, %v1526 : i64
        %v1805 = llvm.getelementptr %in_x[%v1802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1806 = llvm.load %v1805 : !llvm.ptr -> f32
        %v1807 = arith.addi %v1525, %v357 : i64
        %v1808 = arith.constant true
        %v1809 = arith.addi %v15, %v1807 : i64
        %v1810 = llvm.getelementptr %v5[%v1809] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1811 = llvm.load %v1810 : !llvm.ptr<3> -> i64
        %v1812 = arith.addi %v1074, %v1526 : i64
        %v1813 = arith.cmpi slt, %v1812, %size_T : i64
        %v1814 = arith.subi %size_T, %v1 : i64
        %v1815 = arith.minsi %v1812, %v1814 : i64
        %v1816 = arith.addi %v1811, %v1815 : i64
        %v1817 = arith.muli %v1809, %v69 : i64
        %v1818 = arith.addi %v1817, %v1526 : i64
        %v1819 = llvm.getelementptr %in_x[%v1816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1820 = llvm.load %v1819 : !llvm.ptr -> f32
        %v1821 = arith.addi %v1525, %v372 : i64
        %v1822 = arith.constant true
        %v1823 = arith.addi %v15, %v1821 : i64
        %v1824 = llvm.getelementptr %v5[%v1823] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1825 = llvm.load %v1824 : !llvm.ptr<3> -> i64
        %v1826 = arith.addi %v1074, %v1526 : i64
        %v1827 = arith.cmpi slt, %v1826, %size_T : i64
        %v1828 = arith.subi %size_T, %v1 : i64
        %v1829 = arith.minsi %v1826, %v1828 : i64
        %v1830 = arith.addi %v1825, %v1829 : i64
        %v1831 = arith.muli %v1823, %v69 : i64
        %v1832 = arith.addi %v1831, %v1526 : i64
        %v1833 = llvm.getelementptr %in_x[%v1830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1834 = llvm.load %v1833 : !llvm.ptr -> f32
        %v1835 = arith.addi %v1525, %v387 : i64
        %v1836 = arith.constant true
        %v1837 = arith.addi %v15, %v1835 : i64
        %v1838 = llvm.getelementptr %v5[%v1837] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1839 = llvm.load %v1838 : !llvm.ptr<3> -> i64
        %v1840 = arith.addi %v1074, %v1526 : i64
        %v1841 = arith.cmpi slt, %v1840, %size_T : i64
        %v1842 = arith.subi %size_T, %v1 : i64
        %v1843 = arith.minsi %v1840, %v1842 : i64
        %v1844 = arith.addi %v1839, %v1843 : i64
        %v1845 = arith.muli %v1837, %v69 : i64
        %v1846 = arith.addi %v1845, %v1526 : i64
        %v1847 = llvm.getelementptr %in_x[%v1844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1848 = llvm.load %v1847 : !llvm.ptr -> f32
        %v1849 = arith.addi %v1525, %v402 : i64
        %v1850 = arith.constant true
        %v1851 = arith.addi %v15, %v1849 : i64
        %v1852 = llvm.getelementptr %v5[%v1851] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1853 = llvm.load %v1852 : !llvm.ptr<3> -> i64
        %v1854 = arith.addi %v1074, %v1526 : i64
        %v1855 = arith.cmpi slt, %v1854, %size_T : i64
        %v1856 = arith.subi %size_T, %v1 : i64
        %v1857 = arith.minsi %v1854, %v1856 : i64
        %v1858 = arith.addi %v1853, %v1857 : i64
        %v1859 = arith.muli %v1851, %v69 : i64
        %v1860 = arith.addi %v1859, %v1526 : i64
        %v1861 = llvm.getelementptr %in_x[%v1858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1862 = llvm.load %v1861 : !llvm.ptr -> f32
        %v1863 = arith.addi %v1525, %v417 : i64
        %v1864 = arith.constant true
        %v1865 = arith.addi %v15, %v1863 : i64
        %v1866 = llvm.getelementptr %v5[%v1865] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1867 = llvm.load %v1866 : !llvm.ptr<3> -> i64
        %v1868 = arith.addi %v1074, %v1526 : i64
        %v1869 = arith.cmpi slt, %v1868, %size_T : i64
        %v1870 = arith.subi %size_T, %v1 : i64
        %v1871 = arith.minsi %v1868, %v1870 : i64
        %v1872 = arith.addi %v1867, %v1871 : i64
        %v1873 = arith.muli %v1865, %v69 : i64
        %v1874 = arith.addi %v1873, %v1526 : i64
        %v1875 = llvm.getelementptr %in_x[%v1872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1876 = llvm.load %v1875 : !llvm.ptr -> f32
        %v1877 = arith.addi %v1525, %v432 : i64
        %v1878 = arith.constant true
        %v1879 = arith.addi %v15, %v1877 : i64
        %v1880 = llvm.getelementptr %v5[%v1879] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1881 = llvm.load %v1880 : !llvm.ptr<3> -> i64
        %v1882 = arith.addi %v1074, %v1526 : i64
        %v1883 = arith.cmpi slt, %v1882, %size_T : i64
        %v1884 = arith.subi %size_T, %v1 : i64
        %v1885 = arith.minsi %v1882, %v1884 : i64
        %v1886 = arith.addi %v1881, %v1885 : i64
        %v1887 = arith.muli %v1879, %v69 : i64
        %v1888 = arith.addi %v1887, %v1526 : i64
        %v1889 = llvm.getelementptr %in_x[%v1886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1890 = llvm.load %v1889 : !llvm.ptr -> f32
        %v1891 = arith.addi %v1525, %v447 : i64
        %v1892 = arith.constant true
        %v1893 = arith.addi %v15, %v1891 : i64
        %v1894 = llvm.getelementptr %v5[%v1893] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1895 = llvm.load %v1894 : !llvm.ptr<3> -> i64
        %v1896 = arith.addi %v1074, %v1526 : i64
        %v1897 = arith.cmpi slt, %v1896, %size_T : i64
        %v1898 = arith.subi %size_T, %v1 : i64
        %v1899 = arith.minsi %v1896, %v1898 : i64
        %v1900 = arith.addi %v1895, %v1899 : i64
        %v1901 = arith.muli %v1893, %v69 : i64
        %v1902 = arith.addi %v1901, %v1526 : i64
        %v1903 = llvm.getelementptr %in_x[%v1900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1904 = llvm.load %v1903 : !llvm.ptr -> f32
        %v1905 = arith.addi %v1525, %v462 : i64
        %v1906 = arith.constant true
        %v1907 = arith.addi %v15, %v1905 : i64
        %v1908 = llvm.getelementptr %v5[%v1907] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1909 = llvm.load %v1908 : !llvm.ptr<3> -> i64
        %v1910 = arith.addi %v1074, %v1526 : i64
        %v1911 = arith.cmpi slt, %v1910, %size_T : i64
        %v1912 = arith.subi %size_T, %v1 : i64
        %v1913 = arith.minsi %v1910, %v1912 : i64
        %v1914 = arith.addi %v1909, %v1913 : i64
        %v1915 = arith.muli %v1907, %v69 : i64
        %v1916 = arith.addi %v1915, %v1526 : i64
        %v1917 = llvm.getelementptr %in_x[%v1914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1918 = llvm.load %v1917 : !llvm.ptr -> f32
        %v1919 = arith.addi %v1525, %v477 : i64
        %v1920 = arith.constant true
        %v1921 = arith.addi %v15, %v1919 : i64
        %v1922 = llvm.getelementptr %v5[%v1921] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1923 = llvm.load %v1922 : !llvm.ptr<3> -> i64
        %v1924 = arith.addi %v1074, %v1526 : i64
        %v1925 = arith.cmpi slt, %v1924, %size_T : i64
        %v1926 = arith.subi %size_T, %v1 : i64
        %v1927 = arith.minsi %v1924, %v1926 : i64
        %v1928 = arith.addi %v1923, %v1927 : i64
        %v1929 = arith.muli %v1921, %v69 : i64
        %v1930 = arith.addi %v1929, %v1526 : i64
        %v1931 = llvm.getelementptr %in_x[%v1928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1932 = llvm.load %v1931 : !llvm.ptr -> f32
        %v1933 = arith.addi %v1525, %v492 : i64
        %v1934 = arith.constant true
        %v1935 = arith.addi %v15, %v1933 : i64
        %v1936 = llvm.getelementptr %v5[%v1935] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1937 = llvm.load %v1936 : !llvm.ptr<3> -> i64
        %v1938 = arith.addi %v1074, %v1526 : i64
        %v1939 = arith.cmpi slt, %v1938, %size_T : i64
        %v1940 = arith.subi %size_T, %v1 : i64
        %v1941 = arith.minsi %v1938, %v1940 : i64
        %v1942 = arith.addi %v1937, %v1941 : i64
        %v1943 = arith.muli %v1935, %v69 : i64
        %v1944 = arith.addi %v1943, %v1526 : i64
        %v1945 = llvm.getelementptr %in_x[%v1942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1946 = llvm.load %v1945 : !llvm.ptr -> f32
        %v1947 = arith.addi %v1525, %v507 : i64
        %v1948 = arith.constant true
        %v1949 = arith.addi %v15, %v1947 : i64
        %v1950 = llvm.getelementptr %v5[%v1949] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1951 = llvm.load %v1950 : !llvm.ptr<3> -> i64
        %v1952 = arith.addi %v1074, %v1526 : i64
        %v1953 = arith.cmpi slt, %v1952, %size_T : i64
        %v1954 = arith.subi %size_T, %v1 : i64
        %v1955 = arith.minsi %v1952, %v1954 : i64
        %v1956 = arith.addi %v1951, %v1955 : i64
        %v1957 = arith.muli %v1949, %v69 : i64
        %v1958 = arith.addi %v1957, %v1526 : i64
        %v1959 = llvm.getelementptr %in_x[%v1956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1960 = llvm.load %v1959 : !llvm.ptr -> f32
        %v1961 = arith.addi %v1525, %v522 : i64
        %v1962 = arith.constant true
        %v1963 = arith.addi %v15, %v1961 : i64
        %v1964 = llvm.getelementptr %v5[%v1963] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1965 = llvm.load %v1964 : !llvm.ptr<3> -> i64
        %v1966 = arith.addi %v1074, %v1526 : i64
        %v1967 = arith.cmpi slt, %v1966, %size_T : i64
        %v1968 = arith.subi %size_T, %v1 : i64
        %v1969 = arith.minsi %v1966, %v1968 : i64
        %v1970 = arith.addi %v1965, %v1969 : i64
        %v1971 = arith.muli %v1963, %v69 : i64
        %v1972 = arith.addi %v1971, %v1526 : i64
        %v1973 = llvm.getelementptr %in_x[%v1970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1974 = llvm.load %v1973 : !llvm.ptr -> f32
        %v1975 = arith.index_cast %v25 : i64 to index
        %v1976 = arith.index_cast %v1073 : i64 to index
        %v1977 = arith.index_cast %v1 : i64 to index
        scf.for %v1978 = %v1975 to %v1976 step %v1977 {
          %v1979 = arith.index_cast %v1978 : index to i64
          %v1980 = arith.addi %v1055, %v1979 : i64
          %v1981 = arith.muli %v25, %v15 : i64
          %v1982 = arith.addi %v1981, %v13 : i64
          %v1983 = arith.muli %v1982, %v69 : i64
          %v1984 = arith.addi %v1983, %v1979 : i64
          %v1985 = llvm.getelementptr %v6[%v1984] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v1986 = llvm.load %v1985 : !llvm.ptr<3> -> f32
          %v1987 = arith.muli %v1, %v15 : i64
          %v1988 = arith.addi %v1987, %v13 : i64
          %v1989 = arith.muli %v1988, %v69 : i64
          %v1990 = arith.addi %v1989, %v1979 : i64
          %v1991 = llvm.getelementptr %v6[%v1990] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v1992 = llvm.load %v1991 : !llvm.ptr<3> -> f32
          %v1993 = llvm.load %v4 : !llvm.ptr -> f32
          %v1994 = arith.mulf %v1986, %v1993 fastmath<contract> : f32
          %v1995 = arith.addf %v1994, %v1992 fastmath<contract> : f32
          llvm.store %v1995, %v4 : f32, !llvm.ptr
          %v1996 = llvm.load %v4 : !llvm.ptr -> f32
          %v1997 = arith.muli %v51, %v15 : i64
          %v1998 = arith.addi %v1997, %v13 : i64
          %v1999 = arith.muli %v1998, %v69 : i64
          %v2000 = arith.addi %v1999, %v1979 : i64
          %v2001 = llvm.getelementptr %v6[%v2000] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1996, %v2001 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v2002 = arith.addi %v25, %v13 : i64
        %v2003 = arith.divui %v2002, %v56 : i64
        %v2004 = arith.remui %v2002, %v56 : i64
        %v2005 = arith.addi %v25, %v2003 : i64
        %v2006 = arith.muli %v2005, %v69 : i64
        %v2007 = arith.addi %v2006, %v2004 : i64
        %v2008 = llvm.getelementptr %v6[%v2007] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1090, %v2008 : f32, !llvm.ptr<3>
        %v2009 = arith.addi %v15, %v13 : i64
        %v2010 = arith.divui %v2009, %v56 : i64
        %v2011 = arith.remui %v2009, %v56 : i64
        %v2012 = arith.addi %v25, %v2010 : i64
        %v2013 = arith.muli %v2012, %v69 : i64
        %v2014 = arith.addi %v2013, %v2011 : i64
        %v2015 = llvm.getelementptr %v6[%v2014] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1104, %v2015 : f32, !llvm.ptr<3>
        %v2017 = arith.addi %v2016, %v13 : i64
        %v2018 = arith.divui %v2017, %v56 : i64
        %v2019 = arith.remui %v2017, %v56 : i64
        %v2020 = arith.addi %v25, %v2018 : i64
        %v2021 = arith.muli %v2020, %v69 : i64
        %v2022 = arith.addi %v2021, %v2019 : i64
        %v2023 = llvm.getelementptr %v6[%v2022] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1118, %v2023 : f32, !llvm.ptr<3>
        %v2025 = arith.addi %v2024, %v13 : i64
        %v2026 = arith.divui %v2025, %v56 : i64
        %v2027 = arith.remui %v2025, %v56 : i64
        %v2028 = arith.addi %v25, %v2026 : i64
        %v2029 = arith.muli %v2028, %v69 : i64
        %v2030 = arith.addi %v2029, %v2027 : i64
        %v2031 = llvm.getelementptr %v6[%v2030] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1132, %v2031 : f32, !llvm.ptr<3>
        %v2032 = arith.addi %v9, %v13 : i64
        %v2033 = arith.divui %v2032, %v56 : i64
        %v2034 = arith.remui %v2032, %v56 : i64
        %v2035 = arith.addi %v25, %v2033 : i64
        %v2036 = arith.muli %v2035, %v69 : i64
        %v2037 = arith.addi %v2036, %v2034 : i64
        %v2038 = llvm.getelementptr %v6[%v2037] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1146, %v2038 : f32, !llvm.ptr<3>
        %v2040 = arith.addi %v2039, %v13 : i64
        %v2041 = arith.divui %v2040, %v56 : i64
        %v2042 = arith.remui %v2040, %v56 : i64
        %v2043 = arith.addi %v25, %v2041 : i64
        %v2044 = arith.muli %v2043, %v69 : i64
        %v2045 = arith.addi %v2044, %v2042 : i64
        %v2046 = llvm.getelementptr %v6[%v2045] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1160, %v2046 : f32, !llvm.ptr<3>
        %v2048 = arith.addi %v2047, %v13 : i64
        %v2049 = arith.divui %v2048, %v56 : i64
        %v2050 = arith.remui %v2048, %v56 : i64
        %v2051 = arith.addi %v25, %v2049 : i64
        %v2052 = arith.muli %v2051, %v69 : i64
        %v2053 = arith.addi %v2052, %v2050 : i64
        %v2054 = llvm.getelementptr %v6[%v2053] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1174, %v2054 : f32, !llvm.ptr<3>
        %v2056 = arith.addi %v2055, %v13 : i64
        %v2057 = arith.divui %v2056, %v56 : i64
        %v2058 = arith.remui %v2056, %v56 : i64
        %v2059 = arith.addi %v25, %v2057 : i64
        %v2060 = arith.muli %v2059, %v69 : i64
        %v2061 = arith.addi %v2060, %v2058 : i64
        %v2062 = llvm.getelementptr %v6[%v2061] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1188, %v2062 : f32, !llvm.ptr<3>
        %v2064 = arith.addi %v2063, %v13 : i64
        %v2065 = arith.divui %v2064, %v56 : i64
        %v2066 = arith.remui %v2064, %v56 : i64
        %v2067 = arith.addi %v25, %v2065 : i64
        %v2068 = arith.muli %v2067, %v69 : i64
        %v2069 = arith.addi %v2068, %v2066 : i64
        %v2070 = llvm.getelementptr %v6[%v2069] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1202, %v2070 : f32, !llvm.ptr<3>
        %v2072 = arith.addi %v2071, %v13 : i64
        %v2073 = arith.divui %v2072, %v56 : i64
        %v2074 = arith.remui %v2072, %v56 : i64
        %v2075 = arith.addi %v25, %v2073 : i64
        %v2076 = arith.muli %v2075, %v69 : i64
        %v2077 = arith.addi %v2076, %v2074 : i64
        %v2078 = llvm.getelementptr %v6[%v2077] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1216, %v2078 : f32, !llvm.ptr<3>
        %v2080 = arith.addi %v2079, %v13 : i64
        %v2081 = arith.divui %v2080, %v56 : i64
        %v2082 = arith.remui %v2080, %v56 : i64
        %v2083 = arith.addi %v25, %v2081 : i64
        %v2084 = arith.muli %v2083, %v69 : i64
        %v2085 = arith.addi %v2084, %v2082 : i64
        %v2086 = llvm.getelementptr %v6[%v2085] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1230, %v2086 : f32, !llvm.ptr<3>
        %v2088 = arith.addi %v2087, %v13 : i64
        %v2089 = arith.divui %v2088, %v56 : i64
        %v2090 = arith.remui %v2088, %v56 : i64
        %v2091 = arith.addi %v25, %v2089 : i64
        %v2092 = arith.muli %v2091, %v69 : i64
        %v2093 = arith.addi %v2092, %v2090 : i64
        %v2094 = llvm.getelementptr %v6[%v2093] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1244, %v2094 : f32, !llvm.ptr<3>
        %v2096 = arith.addi %v2095, %v13 : i64
        %v2097 = arith.divui %v2096, %v56 : i64
        %v2098 = arith.remui %v2096, %v56 : i64
        %v2099 = arith.addi %v25, %v2097 : i64
        %v2100 = arith.muli %v2099, %v69 : i64
        %v2101 = arith.addi %v2100, %v2098 : i64
        %v2102 = llvm.getelementptr %v6[%v2101] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1258, %v2102 : f32, !llvm.ptr<3>
        %v2104 = arith.addi %v2103, %v13 : i64
        %v2105 = arith.divui %v2104, %v56 : i64
        %v2106 = arith.remui %v2104, %v56 : i64
        %v2107 = arith.addi %v25, %v2105 : i64
        %v2108 = arith.muli %v2107, %v69 : i64
        %v2109 = arith.addi %v2108, %v2106 : i64
        %v2110 = llvm.getelementptr %v6[%v2109] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1272, %v2110 : f32, !llvm.ptr<3>
        %v2112 = arith.addi %v2111, %v13 : i64
        %v2113 = arith.divui %v2112, %v56 : i64
        %v2114 = arith.remui %v2112, %v56 : i64
        %v2115 = arith.addi %v25, %v2113 : i64
        %v2116 = arith.muli %v2115, %v69 : i64
        %v2117 = arith.addi %v2116, %v2114 : i64
        %v2118 = llvm.getelementptr %v6[%v2117] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1286, %v2118 : f32, !llvm.ptr<3>
        %v2120 = arith.addi %v2119, %v13 : i64
        %v2121 = arith.divui %v2120, %v56 : i64
        %v2122 = arith.remui %v2120, %v56 : i64
        %v2123 = arith.addi %v25, %v2121 : i64
        %v2124 = arith.muli %v2123, %v69 : i64
        %v2125 = arith.addi %v2124, %v2122 : i64
        %v2126 = llvm.getelementptr %v6[%v2125] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1300, %v2126 : f32, !llvm.ptr<3>
        %v2128 = arith.addi %v2127, %v13 : i64
        %v2129 = arith.divui %v2128, %v56 : i64
        %v2130 = arith.remui %v2128, %v56 : i64
        %v2131 = arith.addi %v25, %v2129 : i64
        %v2132 = arith.muli %v2131, %v69 : i64
        %v2133 = arith.addi %v2132, %v2130 : i64
        %v2134 = llvm.getelementptr %v6[%v2133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1314, %v2134 : f32, !llvm.ptr<3>
        %v2136 = arith.addi %v2135, %v13 : i64
        %v2137 = arith.divui %v2136, %v56 : i64
        %v2138 = arith.remui %v2136, %v56 : i64
        %v2139 = arith.addi %v25, %v2137 : i64
        %v2140 = arith.muli %v2139, %v69 : i64
        %v2141 = arith.addi %v2140, %v2138 : i64
        %v2142 = llvm.getelementptr %v6[%v2141] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1328, %v2142 : f32, !llvm.ptr<3>
        %v2144 = arith.addi %v2143, %v13 : i64
        %v2145 = arith.divui %v2144, %v56 : i64
        %v2146 = arith.remui %v2144, %v56 : i64
        %v2147 = arith.addi %v25, %v2145 : i64
        %v2148 = arith.muli %v2147, %v69 : i64
        %v2149 = arith.addi %v2148, %v2146 : i64
        %v2150 = llvm.getelementptr %v6[%v2149] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1342, %v2150 : f32, !llvm.ptr<3>
        %v2152 = arith.addi %v2151, %v13 : i64
        %v2153 = arith.divui %v2152, %v56 : i64
        %v2154 = arith.remui %v2152, %v56 : i64
        %v2155 = arith.addi %v25, %v2153 : i64
        %v2156 = arith.muli %v2155, %v69 : i64
        %v2157 = arith.addi %v2156, %v2154 : i64
        %v2158 = llvm.getelementptr %v6[%v2157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1356, %v2158 : f32, !llvm.ptr<3>
        %v2160 = arith.addi %v2159, %v13 : i64
        %v2161 = arith.divui %v2160, %v56 : i64
        %v2162 = arith.remui %v2160, %v56 : i64
        %v2163 = arith.addi %v25, %v2161 : i64
        %v2164 = arith.muli %v2163, %v69 : i64
        %v2165 = arith.addi %v2164, %v2162 : i64
        %v2166 = llvm.getelementptr %v6[%v2165] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1370, %v2166 : f32, !llvm.ptr<3>
        %v2168 = arith.addi %v2167, %v13 : i64
        %v2169 = arith.divui %v2168, %v56 : i64
        %v2170 = arith.remui %v2168, %v56 : i64
        %v2171 = arith.addi %v25, %v2169 : i64
        %v2172 = arith.muli %v2171, %v69 : i64
        %v2173 = arith.addi %v2172, %v2170 : i64
        %v2174 = llvm.getelementptr %v6[%v2173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1384, %v2174 : f32, !llvm.ptr<3>
        %v2176 = arith.addi %v2175, %v13 : i64
        %v2177 = arith.divui %v2176, %v56 : i64
        %v2178 = arith.remui %v2176, %v56 : i64
        %v2179 = arith.addi %v25, %v2177 : i64
        %v2180 = arith.muli %v2179, %v69 : i64
        %v2181 = arith.addi %v2180, %v2178 : i64
        %v2182 = llvm.getelementptr %v6[%v2181] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1398, %v2182 : f32, !llvm.ptr<3>
        %v2184 = arith.addi %v2183, %v13 : i64
        %v2185 = arith.divui %v2184, %v56 : i64
        %v2186 = arith.remui %v2184, %v56 : i64
        %v2187 = arith.addi %v25, %v2185 : i64
        %v2188 = arith.muli %v2187, %v69 : i64
        %v2189 = arith.addi %v2188, %v2186 : i64
        %v2190 = llvm.getelementptr %v6[%v2189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1412, %v2190 : f32, !llvm.ptr<3>
        %v2192 = arith.addi %v2191, %v13 : i64
        %v2193 = arith.divui %v2192, %v56 : i64
        %v2194 = arith.remui %v2192, %v56 : i64
        %v2195 = arith.addi %v25, %v2193 : i64
        %v2196 = arith.muli %v2195, %v69 : i64
        %v2197 = arith.addi %v2196, %v2194 : i64
        %v2198 = llvm.getelementptr %v6[%v2197] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1426, %v2198 : f32, !llvm.ptr<3>
        %v2200 = arith.addi %v2199, %v13 : i64
        %v2201 = arith.divui %v2200, %v56 : i64
        %v2202 = arith.remui %v2200, %v56 : i64
        %v2203 = arith.addi %v25, %v2201 : i64
        %v2204 = arith.muli %v2203, %v69 : i64
        %v2205 = arith.addi %v2204, %v2202 : i64
        %v2206 = llvm.getelementptr %v6[%v2205] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1440, %v2206 : f32, !llvm.ptr<3>
        %v2208 = arith.addi %v2207, %v13 : i64
        %v2209 = arith.divui %v2208, %v56 : i64
        %v2210 = arith.remui %v2208, %v56 : i64
        %v2211 = arith.addi %v25, %v2209 : i64
        %v2212 = arith.muli %v2211, %v69 : i64
        %v2213 = arith.addi %v2212, %v2210 : i64
        %v2214 = llvm.getelementptr %v6[%v2213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1454, %v2214 : f32, !llvm.ptr<3>
        %v2216 = arith.addi %v2215, %v13 : i64
        %v2217 = arith.divui %v2216, %v56 : i64
        %v2218 = arith.remui %v2216, %v56 : i64
        %v2219 = arith.addi %v25, %v2217 : i64
        %v2220 = arith.muli %v2219, %v69 : i64
        %v2221 = arith.addi %v2220, %v2218 : i64
        %v2222 = llvm.getelementptr %v6[%v2221] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1468, %v2222 : f32, !llvm.ptr<3>
        %v2224 = arith.addi %v2223, %v13 : i64
        %v2225 = arith.divui %v2224, %v56 : i64
        %v2226 = arith.remui %v2224, %v56 : i64
        %v2227 = arith.addi %v25, %v2225 : i64
        %v2228 = arith.muli %v2227, %v69 : i64
        %v2229 = arith.addi %v2228, %v2226 : i64
        %v2230 = llvm.getelementptr %v6[%v2229] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1482, %v2230 : f32, !llvm.ptr<3>
        %v2232 = arith.addi %v2231, %v13 : i64
        %v2233 = arith.divui %v2232, %v56 : i64
        %v2234 = arith.remui %v2232, %v56 : i64
        %v2235 = arith.addi %v25, %v2233 : i64
        %v2236 = arith.muli %v2235, %v69 : i64
        %v2237 = arith.addi %v2236, %v2234 : i64
        %v2238 = llvm.getelementptr %v6[%v2237] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1496, %v2238 : f32, !llvm.ptr<3>
        %v2240 = arith.addi %v2239, %v13 : i64
        %v2241 = arith.divui %v2240, %v56 : i64
        %v2242 = arith.remui %v2240, %v56 : i64
        %v2243 = arith.addi %v25, %v2241 : i64
        %v2244 = arith.muli %v2243, %v69 : i64
        %v2245 = arith.addi %v2244, %v2242 : i64
        %v2246 = llvm.getelementptr %v6[%v2245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1510, %v2246 : f32, !llvm.ptr<3>
        %v2248 = arith.addi %v2247, %v13 : i64
        %v2249 = arith.divui %v2248, %v56 : i64
        %v2250 = arith.remui %v2248, %v56 : i64
        %v2251 = arith.addi %v25, %v2249 : i64
        %v2252 = arith.muli %v2251, %v69 : i64
        %v2253 = arith.addi %v2252, %v2250 : i64
        %v2254 = llvm.getelementptr %v6[%v2253] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1524, %v2254 : f32, !llvm.ptr<3>
        %v2255 = arith.addi %v25, %v13 : i64
        %v2256 = arith.divui %v2255, %v56 : i64
        %v2257 = arith.remui %v2255, %v56 : i64
        %v2258 = arith.addi %v15, %v2256 : i64
        %v2259 = arith.muli %v2258, %v69 : i64
        %v2260 = arith.addi %v2259, %v2257 : i64
        %v2261 = llvm.getelementptr %v6[%v2260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1540, %v2261 : f32, !llvm.ptr<3>
        %v2262 = arith.addi %v15, %v13 : i64
        %v2263 = arith.divui %v2262, %v56 : i64
        %v2264 = arith.remui %v2262, %v56 : i64
        %v2265 = arith.addi %v15, %v2263 : i64
        %v2266 = arith.muli %v2265, %v69 : i64
        %v2267 = arith.addi %v2266, %v2264 : i64
        %v2268 = llvm.getelementptr %v6[%v2267] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1554, %v2268 : f32, !llvm.ptr<3>
        %v2269 = arith.addi %v2016, %v13 : i64
        %v2270 = arith.divui %v2269, %v56 : i64
        %v2271 = arith.remui %v2269, %v56 : i64
        %v2272 = arith.addi %v15, %v2270 : i64
        %v2273 = arith.muli %v2272, %v69 : i64
        %v2274 = arith.addi %v2273, %v2271 : i64
        %v2275 = llvm.getelementptr %v6[%v2274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1568, %v2275 : f32, !llvm.ptr<3>
        %v2276 = arith.addi %v2024, %v13 : i64
        %v2277 = arith.divui %v2276, %v56 : i64
        %v2278 = arith.remui %v2276, %v56 : i64
        %v2279 = arith.addi %v15, %v2277 : i64
        %v2280 = arith.muli %v2279, %v69 : i64
        %v2281 = arith.addi %v2280, %v2278 : i64
        %v2282 = llvm.getelementptr %v6[%v2281] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1582, %v2282 : f32, !llvm.ptr<3>
        %v2283 = arith.addi %v9, %v13 : i64
        %v2284 = arith.divui %v2283, %v56 : i64
        %v2285 = arith.remui %v2283, %v56 : i64
        %v2286 = arith.addi %v15, %v2284 : i64
        %v2287 = arith.muli %v2286, %v69 : i64
        %v2288 = arith.addi %v2287, %v2285 : i64
        %v2289 = llvm.getelementptr %v6[%v2288] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1596, %v2289 : f32, !llvm.ptr<3>
        %v2290 = arith.addi %v2039, %v13 : i64
        %v2291 = arith.divui %v2290, %v56 : i64
        %v2292 = arith.remui %v2290, %v56 : i64
        %v2293 = arith.addi %v15, %v2291 : i64
        %v2294 = arith.muli %v2293, %v69 : i64
        %v2295 = arith.addi %v2294, %v2292 : i64
        %v2296 = llvm.getelementptr %v6[%v2295] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1610, %v2296 : f32, !llvm.ptr<3>
        %v2297 = arith.addi %v2047, %v13 : i64
        %v2298 = arith.divui %v2297, %v56 : i64
        %v2299 = arith.remui %v2297, %v56 : i64
        %v2300 = arith.addi %v15, %v2298 : i64
        %v2301 = arith.muli %v2300, %v69 : i64
        %v2302 = arith.addi %v2301, %v2299 : i64
        %v2303 = llvm.getelementptr %v6[%v2302] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1624, %v2303 : f32, !llvm.ptr<3>
        %v2304 = arith.addi %v2055, %v13 : i64
        %v2305 = arith.divui %v2304, %v56 : i64
        %v2306 = arith.remui %v2304, %v56 : i64
        %v2307 = arith.addi %v15, %v2305 : i64
        %v2308 = arith.muli %v2307, %v69 : i64
        %v2309 = arith.addi %v2308, %v2306 : i64
        %v2310 = llvm.getelementptr %v6[%v2309] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1638, %v2310 : f32, !llvm.ptr<3>
        %v2311 = arith.addi %v2063, %v13 : i64
        %v2312 = arith.divui %v2311, %v56 : i64
        %v2313 = arith.remui %v2311, %v56 : i64
        %v2314 = arith.addi %v15, %v2312 : i64
        %v2315 = arith.muli %v2314, %v69 : i64
        %v2316 = arith.addi %v2315, %v2313 : i64
        %v2317 = llvm.getelementptr %v6[%v2316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1652, %v2317 : f32, !llvm.ptr<3>
        %v2318 = arith.addi %v2071, %v13 : i64
        %v2319 = arith.divui %v2318, %v56 : i64
        %v2320 = arith.remui %v2318, %v56 : i64
        %v2321 = arith.addi %v15, %v2319 : i64
        %v2322 = arith.muli %v2321, %v69 : i64
        %v2323 = arith.addi %v2322, %v2320 : i64
        %v2324 = llvm.getelementptr %v6[%v2323] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1666, %v2324 : f32, !llvm.ptr<3>
        %v2325 = arith.addi %v2079, %v13 : i64
        %v2326 = arith.divui %v2325, %v56 : i64
        %v2327 = arith.remui %v2325, %v56 : i64
        %v2328 = arith.addi %v15, %v2326 : i64
        %v2329 = arith.muli %v2328, %v69 : i64
        %v2330 = arith.addi %v2329, %v2327 : i64
        %v2331 = llvm.getelementptr %v6[%v2330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1680, %v2331 : f32, !llvm.ptr<3>
        %v2332 = arith.addi %v2087, %v13 : i64
        %v2333 = arith.divui %v2332, %v56 : i64
        %v2334 = arith.remui %v2332, %v56 : i64
        %v2335 = arith.addi %v15, %v2333 : i64
        %v2336 = arith.muli %v2335, %v69 : i64
        %v2337 = arith.addi %v2336, %v2334 : i64
        %v2338 = llvm.getelementptr %v6[%v2337] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1694, %v2338 : f32, !llvm.ptr<3>
        %v2339 = arith.addi %v2095, %v13 : i64
        %v2340 = arith.divui %v2339, %v56 : i64
        %v2341 = arith.remui %v2339, %v56 : i64
        %v2342 = arith.addi %v15, %v2340 : i64
        %v2343 = arith.muli %v2342, %v69 : i64
        %v2344 = arith.addi %v2343, %v2341 : i64
        %v2345 = llvm.getelementptr %v6[%v2344] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1708, %v2345 : f32, !llvm.ptr<3>
        %v2346 = arith.addi %v2103, %v13 : i64
        %v2347 = arith.divui %v2346, %v56 : i64
        %v2348 = arith.remui %v2346, %v56 : i64
        %v2349 = arith.addi %v15, %v2347 : i64
        %v2350 = arith.muli %v2349, %v69 : i64
        %v2351 = arith.addi %v2350, %v2348 : i64
        %v2352 = llvm.getelementptr %v6[%v2351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1722, %v2352 : f32, !llvm.ptr<3>
        %v2353 = arith.addi %v2111, %v13 : i64
        %v2354 = arith.divui %v2353, %v56 : i64
        %v2355 = arith.remui %v2353, %v56 : i64
        %v2356 = arith.addi %v15, %v2354 : i64
        %v2357 = arith.muli %v2356, %v69 : i64
        %v2358 = arith.addi %v2357, %v2355 : i64
        %v2359 = llvm.getelementptr %v6[%v2358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1736, %v2359 : f32, !llvm.ptr<3>
        %v2360 = arith.addi %v2119, %v13 : i64
        %v2361 = arith.divui %v2360, %v56 : i64
        %v2362 = arith.remui %v2360, %v56 : i64
        %v2363 = arith.addi %v15, %v2361 : i64
        %v2364 = arith.muli %v2363, %v69 : i64
        %v2365 = arith.addi %v2364, %v2362 : i64
        %v2366 = llvm.getelementptr %v6[%v2365] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1750, %v2366 : f32, !llvm.ptr<3>
        %v2367 = arith.addi %v2127, %v13 : i64
        %v2368 = arith.divui %v2367, %v56 : i64
        %v2369 = arith.remui %v2367, %v56 : i64
        %v2370 = arith.addi %v15, %v2368 : i64
        %v2371 = arith.muli %v2370, %v69 : i64
        %v2372 = arith.addi %v2371, %v2369 : i64
        %v2373 = llvm.getelementptr %v6[%v2372] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1764, %v2373 : f32, !llvm.ptr<3>
        %v2374 = arith.addi %v2135, %v13 : i64
        %v2375 = arith.divui %v2374, %v56 : i64
        %v2376 = arith.remui %v2374, %v56 : i64
        %v2377 = arith.addi %v15, %v2375 : i64
        %v2378 = arith.muli %v2377, %v69 : i64
        %v2379 = arith.addi %v2378, %v2376 : i64
        %v2380 = llvm.getelementptr %v6[%v2379] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1778, %v2380 : f32, !llvm.ptr<3>
        %v2381 = arith.addi %v2143, %v13 : i64
        %v2382 = arith.divui %v2381, %v56 : i64
        %v2383 = arith.remui %v2381, %v56 : i64
        %v2384 = arith.addi %v15, %v2382 : i64
        %v2385 = arith.muli %v2384, %v69 : i64
        %v2386 = arith.addi %v2385, %v2383 : i64
        %v2387 = llvm.getelementptr %v6[%v2386] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1792, %v2387 : f32, !llvm.ptr<3>
        %v2388 = arith.addi %v2151, %v13 : i64
        %v2389 = arith.divui %v2388, %v56 : i64
        %v2390 = arith.remui %v2388, %v56 : i64
        %v2391 = arith.addi %v15, %v2389 : i64
        %v2392 = arith.muli %v2391, %v69 : i64
        %v2393 = arith.addi %v2392, %v2390 : i64
        %v2394 = llvm.getelementptr %v6[%v2393] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1806, %v2394 : f32, !llvm.ptr<3>
        %v2395 = arith.addi %v2159, %v13 : i64
        %v2396 = arith.divui %v2395, %v56 : i64
        %v2397 = arith.remui %v2395, %v56 : i64
        %v2398 = arith.addi %v15, %v2396 : i64
        %v2399 = arith.muli %v2398, %v69 : i64
        %v2400 = arith.addi %v2399, %v2397 : i64
        %v2401 = llvm.getelementptr %v6[%v2400] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1820, %v2401 : f32, !llvm.ptr<3>
        %v2402 = arith.addi %v2167, %v13 : i64
        %v2403 = arith.divui %v2402, %v56 : i64
        %v2404 = arith.remui %v2402, %v56 : i64
        %v2405 = arith.addi %v15, %v2403 : i64
        %v2406 = arith.muli %v2405, %v69 : i64
        %v2407 = arith.addi %v2406, %v2404 : i64
        %v2408 = llvm.getelementptr %v6[%v2407] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1834, %v2408 : f32, !llvm.ptr<3>
        %v2409 = arith.addi %v2175, %v13 : i64
        %v2410 = arith.divui %v2409, %v56 : i64
        %v2411 = arith.remui %v2409, %v56 : i64
        %v2412 = arith.addi %v15, %v2410 : i64
        %v2413 = arith.muli %v2412, %v69 : i64
        %v2414 = arith.addi %v2413, %v2411 : i64
        %v2415 = llvm.getelementptr %v6[%v2414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1848, %v2415 : f32, !llvm.ptr<3>
        %v2416 = arith.addi %v2183, %v13 : i64
        %v2417 = arith.divui %v2416, %v56 : i64
        %v2418 = arith.remui %v2416, %v56 : i64
        %v2419 = arith.addi %v15, %v2417 : i64
        %v2420 = arith.muli %v2419, %v69 : i64
        %v2421 = arith.addi %v2420, %v2418 : i64
        %v2422 = llvm.getelementptr %v6[%v2421] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1862, %v2422 : f32, !llvm.ptr<3>
        %v2423 = arith.addi %v2191, %v13 : i64
        %v2424 = arith.divui %v2423, %v56 : i64
        %v2425 = arith.remui %v2423, %v56 : i64
        %v2426 = arith.addi %v15, %v2424 : i64
        %v2427 = arith.muli %v2426, %v69 : i64
        %v2428 = arith.addi %v2427, %v2425 : i64
        %v2429 = llvm.getelementptr %v6[%v2428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1876, %v2429 : f32, !llvm.ptr<3>
        %v2430 = arith.addi %v2199, %v13 : i64
        %v2431 = arith.divui %v2430, %v56 : i64
        %v2432 = arith.remui %v2430, %v56 : i64
        %v2433 = arith.addi %v15, %v2431 : i64
        %v2434 = arith.muli %v2433, %v69 : i64
        %v2435 = arith.addi %v2434, %v2432 : i64
        %v2436 = llvm.getelementptr %v6[%v2435] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1890, %v2436 : f32, !llvm.ptr<3>
        %v2437 = arith.addi %v2207, %v13 : i64
        %v2438 = arith.divui %v2437, %v56 : i64
        %v2439 = arith.remui %v2437, %v56 : i64
        %v2440 = arith.addi %v15, %v2438 : i64
        %v2441 = arith.muli %v2440, %v69 : i64
        %v2442 = arith.addi %v2441, %v2439 : i64
        %v2443 = llvm.getelementptr %v6[%v2442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1904, %v2443 : f32, !llvm.ptr<3>
        %v2444 = arith.addi %v2215, %v13 : i64
        %v2445 = arith.divui %v2444, %v56 : i64
        %v2446 = arith.remui %v2444, %v56 : i64
        %v2447 = arith.addi %v15, %v2445 : i64
        %v2448 = arith.muli %v2447, %v69 : i64
        %v2449 = arith.addi %v2448, %v2446 : i64
        %v2450 = llvm.getelementptr %v6[%v2449] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1918, %v2450 : f32, !llvm.ptr<3>
        %v2451 = arith.addi %v2223, %v13 : i64
        %v2452 = arith.divui %v2451, %v56 : i64
        %v2453 = arith.remui %v2451, %v56 : i64
        %v2454 = arith.addi %v15, %v2452 : i64
        %v2455 = arith.muli %v2454, %v69 : i64
        %v2456 = arith.addi %v2455, %v2453 : i64
        %v2457 = llvm.getelementptr %v6[%v2456] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1932, %v2457 : f32, !llvm.ptr<3>
        %v2458 = arith.addi %v2231, %v13 : i64
        %v2459 = arith.divui %v2458, %v56 : i64
        %v2460 = arith.remui %v2458, %v56 : i64
        %v2461 = arith.addi %v15, %v2459 : i64
        %v2462 = arith.muli %v2461, %v69 : i64
        %v2463 = arith.addi %v2462, %v2460 : i64
        %v2464 = llvm.getelementptr %v6[%v2463] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1946, %v2464 : f32, !llvm.ptr<3>
        %v2465 = arith.addi %v2239, %v13 : i64
        %v2466 = arith.divui %v2465, %v56 : i64
        %v2467 = arith.remui %v2465, %v56 : i64
        %v2468 = arith.addi %v15, %v2466 : i64
        %v2469 = arith.muli %v2468, %v69 : i64
        %v2470 = arith.addi %v2469, %v2467 : i64
        %v2471 = llvm.getelementptr %v6[%v2470] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1960, %v2471 : f32, !llvm.ptr<3>
        %v2472 = arith.addi %v2247, %v13 : i64
        %v2473 = arith.divui %v2472, %v56 : i64
        %v2474 = arith.remui %v2472, %v56 : i64
        %v2475 = arith.addi %v15, %v2473 : i64
        %v2476 = arith.muli %v2475, %v69 : i64
        %v2477 = arith.addi %v2476, %v2474 : i64
        %v2478 = llvm.getelementptr %v6[%v2477] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1974, %v2478 : f32, !llvm.ptr<3>
        %v2479 = arith.divui %v13, %v56 : i64
        %v2480 = arith.remui %v13, %v56 : i64
        %v2481 = arith.addi %v2479, %v25 : i64
        %v2482 = arith.constant true
        %v2483 = arith.addi %v2016, %v2481 : i64
        %v2484 = llvm.getelementptr %v5[%v2483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2485 = llvm.load %v2484 : !llvm.ptr<3> -> i64
        %v2486 = arith.addi %v1055, %v2480 : i64
        %v2487 = arith.cmpi slt, %v2486, %size_T : i64
        %v2488 = arith.subi %size_T, %v1 : i64
        %v2489 = arith.minsi %v2486, %v2488 : i64
        %v2490 = arith.addi %v2485, %v2489 : i64
        %v2491 = arith.muli %v2483, %v69 : i64
        %v2492 = arith.addi %v2491, %v2480 : i64
        %v2493 = arith.cmpi sge, %v2485, %v25 : i64
        %v2494 = arith.andi %v2487, %v2493 : i1
        %v2495 = arith.andi %v2494, %v2482 : i1
        %v2496 = llvm.getelementptr %v6[%v2492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2497 = llvm.load %v2496 : !llvm.ptr<3> -> f32
        %v2498 = arith.addi %v2479, %v51 : i64
        %v2499 = arith.constant true
        %v2500 = arith.addi %v2016, %v2498 : i64
        %v2501 = llvm.getelementptr %v5[%v2500] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2502 = llvm.load %v2501 : !llvm.ptr<3> -> i64
        %v2503 = arith.addi %v1055, %v2480 : i64
        %v2504 = arith.cmpi slt, %v2503, %size_T : i64
        %v2505 = arith.subi %size_T, %v1 : i64
        %v2506 = arith.minsi %v2503, %v2505 : i64
        %v2507 = arith.addi %v2502, %v2506 : i64
        %v2508 = arith.muli %v2500, %v69 : i64
        %v2509 = arith.addi %v2508, %v2480 : i64
        %v2510 = arith.cmpi sge, %v2502, %v25 : i64
        %v2511 = arith.andi %v2504, %v2510 : i1
        %v2512 = arith.andi %v2511, %v2499 : i1
        %v2513 = llvm.getelementptr %v6[%v2509] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2514 = llvm.load %v2513 : !llvm.ptr<3> -> f32
        %v2515 = arith.addi %v2479, %v88 : i64
        %v2516 = arith.constant true
        %v2517 = arith.addi %v2016, %v2515 : i64
        %v2518 = llvm.getelementptr %v5[%v2517] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2519 = llvm.load %v2518 : !llvm.ptr<3> -> i64
        %v2520 = arith.addi %v1055, %v2480 : i64
        %v2521 = arith.cmpi slt, %v2520, %size_T : i64
        %v2522 = arith.subi %size_T, %v1 : i64
        %v2523 = arith.minsi %v2520, %v2522 : i64
        %v2524 = arith.addi %v2519, %v2523 : i64
        %v2525 = arith.muli %v2517, %v69 : i64
        %v2526 = arith.addi %v2525, %v2480 : i64
        %v2527 = arith.cmpi sge, %v2519, %v25 : i64
        %v2528 = arith.andi %v2521, %v2527 : i1
        %v2529 = arith.andi %v2528, %v2516 : i1
        %v2530 = llvm.getelementptr %v6[%v2526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2531 = llvm.load %v2530 : !llvm.ptr<3> -> f32
        %v2532 = arith.addi %v2479, %v103 : i64
        %v2533 = arith.constant true
        %v2534 = arith.addi %v2016, %v2532 : i64
        %v2535 = llvm.getelementptr %v5[%v2534] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2536 = llvm.load %v2535 : !llvm.ptr<3> -> i64
        %v2537 = arith.addi %v1055, %v2480 : i64
        %v2538 = arith.cmpi slt, %v2537, %size_T : i64
        %v2539 = arith.subi %size_T, %v1 : i64
        %v2540 = arith.minsi %v2537, %v2539 : i64
        %v2541 = arith.addi %v2536, %v2540 : i64
        %v2542 = arith.muli %v2534, %v69 : i64
        %v2543 = arith.addi %v2542, %v2480 : i64
        %v2544 = arith.cmpi sge, %v2536, %v25 : i64
        %v2545 = arith.andi %v2538, %v2544 : i1
        %v2546 = arith.andi %v2545, %v2533 : i1
        %v2547 = llvm.getelementptr %v6[%v2543] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2548 = llvm.load %v2547 : !llvm.ptr<3> -> f32
        %v2549 = arith.addi %v2479, %v118 : i64
        %v2550 = arith.constant true
        %v2551 = arith.addi %v2016, %v2549 : i64
        %v2552 = llvm.getelementptr %v5[%v2551] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2553 = llvm.load %v2552 : !llvm.ptr<3> -> i64
        %v2554 = arith.addi %v1055, %v2480 : i64
        %v2555 = arith.cmpi slt, %v2554, %size_T : i64
        %v2556 = arith.subi %size_T, %v1 : i64
        %v2557 = arith.minsi %v2554, %v2556 : i64
        %v2558 = arith.addi %v2553, %v2557 : i64
        %v2559 = arith.muli %v2551, %v69 : i64
        %v2560 = arith.addi %v2559, %v2480 : i64
        %v2561 = arith.cmpi sge, %v2553, %v25 : i64
        %v2562 = arith.andi %v2555, %v2561 : i1
        %v2563 = arith.andi %v2562, %v2550 : i1
        %v2564 = llvm.getelementptr %v6[%v2560] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2565 = llvm.load %v2564 : !llvm.ptr<3> -> f32
        %v2566 = arith.addi %v2479, %v133 : i64
        %v2567 = arith.constant true
        %v2568 = arith.addi %v2016, %v2566 : i64
        %v2569 = llvm.getelementptr %v5[%v2568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2570 = llvm.load %v2569 : !llvm.ptr<3> -> i64
        %v2571 = arith.addi %v1055, %v2480 : i64
        %v2572 = arith.cmpi slt, %v2571, %size_T : i64
        %v2573 = arith.subi %size_T, %v1 : i64
        %v2574 = arith.minsi %v2571, %v2573 : i64
        %v2575 = arith.addi %v2570, %v2574 : i64
        %v2576 = arith.muli %v2568, %v69 : i64
        %v2577 = arith.addi %v2576, %v2480 : i64
        %v2578 = arith.cmpi sge, %v2570, %v25 : i64
        %v2579 = arith.andi %v2572, %v2578 : i1
        %v2580 = arith.andi %v2579, %v2567 : i1
        %v2581 = llvm.getelementptr %v6[%v2577] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2582 = llvm.load %v2581 : !llvm.ptr<3> -> f32
        %v2583 = arith.addi %v2479, %v148 : i64
        %v2584 = arith.constant true
        %v2585 = arith.addi %v2016, %v2583 : i64
        %v2586 = llvm.getelementptr %v5[%v2585] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2587 = llvm.load %v2586 : !llvm.ptr<3> -> i64
        %v2588 = arith.addi %v1055, %v2480 : i64
        %v2589 = arith.cmpi slt, %v2588, %size_T : i64
        %v2590 = arith.subi %size_T, %v1 : i64
        %v2591 = arith.minsi %v2588, %v2590 : i64
        %v2592 = arith.addi %v2587, %v2591 : i64
        %v2593 = arith.muli %v2585, %v69 : i64
        %v2594 = arith.addi %v2593, %v2480 : i64
        %v2595 = arith.cmpi sge, %v2587, %v25 : i64
        %v2596 = arith.andi %v2589, %v2595 : i1
        %v2597 = arith.andi %v2596, %v2584 : i1
        %v2598 = llvm.getelementptr %v6[%v2594] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2599 = llvm.load %v2598 : !llvm.ptr<3> -> f32
        %v2600 = arith.addi %v2479, %v163 : i64
        %v2601 = arith.constant true
        %v2602 = arith.addi %v2016, %v2600 : i64
        %v2603 = llvm.getelementptr %v5[%v2602] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2604 = llvm.load %v2603 : !llvm.ptr<3> -> i64
        %v2605 = arith.addi %v1055, %v2480 : i64
        %v2606 = arith.cmpi slt, %v2605, %size_T : i64
        %v2607 = arith.subi %size_T, %v1 : i64
        %v2608 = arith.minsi %v2605, %v2607 : i64
        %v2609 = arith.addi %v2604, %v2608 : i64
        %v2610 = arith.muli %v2602, %v69 : i64
        %v2611 = arith.addi %v2610, %v2480 : i64
        %v2612 = arith.cmpi sge, %v2604, %v25 : i64
        %v2613 = arith.andi %v2606, %v2612 : i1
        %v2614 = arith.andi %v2613, %v2601 : i1
        %v2615 = llvm.getelementptr %v6[%v2611] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2616 = llvm.load %v2615 : !llvm.ptr<3> -> f32
        %v2617 = arith.addi %v2479, %v178 : i64
        %v2618 = arith.constant true
        %v2619 = arith.addi %v2016, %v2617 : i64
        %v2620 = llvm.getelementptr %v5[%v2619] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2621 = llvm.load %v2620 : !llvm.ptr<3> -> i64
        %v2622 = arith.addi %v1055, %v2480 : i64
        %v2623 = arith.cmpi slt, %v2622, %size_T : i64
        %v2624 = arith.subi %size_T, %v1 : i64
        %v2625 = arith.minsi %v2622, %v2624 : i64
        %v2626 = arith.addi %v2621, %v2625 : i64
        %v2627 = arith.muli %v2619, %v69 : i64
        %v2628 = arith.addi %v2627, %v2480 : i64
        %v2629 = arith.cmpi sge, %v2621, %v25 : i64
        %v2630 = arith.andi %v2623, %v2629 : i1
        %v2631 = arith.andi %v2630, %v2618 : i1
        %v2632 = llvm.getelementptr %v6[%v2628] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2633 = llvm.load %v2632 : !llvm.ptr<3> -> f32
        %v2634 = arith.addi %v2479, %v193 : i64
        %v2635 = arith.constant true
        %v2636 = arith.addi %v2016, %v2634 : i64
        %v2637 = llvm.getelementptr %v5[%v2636] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2638 = llvm.load %v2637 : !llvm.ptr<3> -> i64
        %v2639 = arith.addi %v1055, %v2480 : i64
        %v2640 = arith.cmpi slt, %v2639, %size_T : i64
        %v2641 = arith.subi %size_T, %v1 : i64
        %v2642 = arith.minsi %v2639, %v2641 : i64
        %v2643 = arith.addi %v2638, %v2642 : i64
        %v2644 = arith.muli %v2636, %v69 : i64
        %v2645 = arith.addi %v2644, %v2480 : i64
        %v2646 = arith.cmpi sge, %v2638, %v25 : i64
        %v2647 = arith.andi %v2640, %v2646 : i1
        %v2648 = arith.andi %v2647, %v2635 : i1
        %v2649 = llvm.getelementptr %v6[%v2645] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2650 = llvm.load %v2649 : !llvm.ptr<3> -> f32
        %v2651 = arith.addi %v2479, %v208 : i64
        %v2652 = arith.constant true
        %v2653 = arith.addi %v2016, %v2651 : i64
        %v2654 = llvm.getelementptr %v5[%v2653] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2655 = llvm.load %v2654 : !llvm.ptr<3> -> i64
        %v2656 = arith.addi %v1055, %v2480 : i64
        %v2657 = arith.cmpi slt, %v2656, %size_T : i64
        %v2658 = arith.subi %size_T, %v1 : i64
        %v2659 = arith.minsi %v2656, %v2658 : i64
        %v2660 = arith.addi %v2655, %v2659 : i64
        %v2661 = arith.muli %v2653, %v69 : i64
        %v2662 = arith.addi %v2661, %v2480 : i64
        %v2663 = arith.cmpi sge, %v2655, %v25 : i64
        %v2664 = arith.andi %v2657, %v2663 : i1
        %v2665 = arith.andi %v2664, %v2652 : i1
        %v2666 = llvm.getelementptr %v6[%v2662] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2667 = llvm.load %v2666 : !llvm.ptr<3> -> f32
        %v2668 = arith.addi %v2479, %v223 : i64
        %v2669 = arith.constant true
        %v2670 = arith.addi %v2016, %v2668 : i64
        %v2671 = llvm.getelementptr %v5[%v2670] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2672 = llvm.load %v2671 : !llvm.ptr<3> -> i64
        %v2673 = arith.addi %v1055, %v2480 : i64
        %v2674 = arith.cmpi slt, %v2673, %size_T : i64
        %v2675 = arith.subi %size_T, %v1 : i64
        %v2676 = arith.minsi %v2673, %v2675 : i64
        %v2677 = arith.addi %v2672, %v2676 : i64
        %v2678 = arith.muli %v2670, %v69 : i64
        %v2679 = arith.addi %v2678, %v2480 : i64
        %v2680 = arith.cmpi sge, %v2672, %v25 : i64
        %v2681 = arith.andi %v2674, %v2680 : i1
        %v2682 = arith.andi %v2681, %v2669 : i1
        %v2683 = llvm.getelementptr %v6[%v2679] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2684 = llvm.load %v2683 : !llvm.ptr<3> -> f32
        %v2685 = arith.addi %v2479, %v238 : i64
        %v2686 = arith.constant true
        %v2687 = arith.addi %v2016, %v2685 : i64
        %v2688 = llvm.getelementptr %v5[%v2687] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2689 = llvm.load %v2688 : !llvm.ptr<3> -> i64
        %v2690 = arith.addi %v1055, %v2480 : i64
        %v2691 = arith.cmpi slt, %v2690, %size_T : i64
        %v2692 = arith.subi %size_T, %v1 : i64
        %v2693 = arith.minsi %v2690, %v2692 : i64
        %v2694 = arith.addi %v2689, %v2693 : i64
        %v2695 = arith.muli %v2687, %v69 : i64
        %v2696 = arith.addi %v2695, %v2480 : i64
        %v2697 = arith.cmpi sge, %v2689, %v25 : i64
        %v2698 = arith.andi %v2691, %v2697 : i1
        %v2699 = arith.andi %v2698, %v2686 : i1
        %v2700 = llvm.getelementptr %v6[%v2696] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2701 = llvm.load %v2700 : !llvm.ptr<3> -> f32
        %v2702 = arith.addi %v2479, %v253 : i64
        %v2703 = arith.constant true
        %v2704 = arith.addi %v2016, %v2702 : i64
        %v2705 = llvm.getelementptr %v5[%v2704] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2706 = llvm.load %v2705 : !llvm.ptr<3> -> i64
        %v2707 = arith.addi %v1055, %v2480 : i64
        %v2708 = arith.cmpi slt, %v2707, %size_T : i64
        %v2709 = arith.subi %size_T, %v1 : i64
        %v2710 = arith.minsi %v2707, %v2709 : i64
        %v2711 = arith.addi %v2706, %v2710 : i64
        %v2712 = arith.muli %v2704, %v69 : i64
        %v2713 = arith.addi %v2712, %v2480 : i64
        %v2714 = arith.cmpi sge, %v2706, %v25 : i64
        %v2715 = arith.andi %v2708, %v2714 : i1
        %v2716 = arith.andi %v2715, %v2703 : i1
        %v2717 = llvm.getelementptr %v6[%v2713] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2718 = llvm.load %v2717 : !llvm.ptr<3> -> f32
        %v2719 = arith.addi %v2479, %v268 : i64
        %v2720 = arith.constant true
        %v2721 = arith.addi %v2016, %v2719 : i64
        %v2722 = llvm.getelementptr %v5[%v2721] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2723 = llvm.load %v2722 : !llvm.ptr<3> -> i64
        %v2724 = arith.addi %v1055, %v2480 : i64
        %v2725 = arith.cmpi slt, %v2724, %size_T : i64
        %v2726 = arith.subi %size_T, %v1 : i64
        %v2727 = arith.minsi %v2724, %v2726 : i64
        %v2728 = arith.addi %v2723, %v2727 : i64
        %v2729 = arith.muli %v2721, %v69 : i64
        %v2730 = arith.addi %v2729, %v2480 : i64
        %v2731 = arith.cmpi sge, %v2723, %v25 : i64
        %v2732 = arith.andi %v2725, %v2731 : i1
        %v2733 = arith.andi %v2732, %v2720 : i1
        %v2734 = llvm.getelementptr %v6[%v2730] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2735 = llvm.load %v2734 : !llvm.ptr<3> -> f32
        %v2736 = arith.addi %v2479, %v283 : i64
        %v2737 = arith.constant true
        %v2738 = arith.addi %v2016, %v2736 : i64
        %v2739 = llvm.getelementptr %v5[%v2738] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2740 = llvm.load %v2739 : !llvm.ptr<3> -> i64
        %v2741 = arith.addi %v1055, %v2480 : i64
        %v2742 = arith.cmpi slt, %v2741, %size_T : i64
        %v2743 = arith.subi %size_T, %v1 : i64
        %v2744 = arith.minsi %v2741, %v2743 : i64
        %v2745 = arith.addi %v2740, %v2744 : i64
        %v2746 = arith.muli %v2738, %v69 : i64
        %v2747 = arith.addi %v2746, %v2480 : i64
        %v2748 = arith.cmpi sge, %v2740, %v25 : i64
        %v2749 = arith.andi %v2742, %v2748 : i1
        %v2750 = arith.andi %v2749, %v2737 : i1
        %v2751 = llvm.getelementptr %v6[%v2747] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2752 = llvm.load %v2751 : !llvm.ptr<3> -> f32
        %v2753 = arith.addi %v2479, %v56 : i64
        %v2754 = arith.constant true
        %v2755 = arith.addi %v2016, %v2753 : i64
        %v2756 = llvm.getelementptr %v5[%v2755] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2757 = llvm.load %v2756 : !llvm.ptr<3> -> i64
        %v2758 = arith.addi %v1055, %v2480 : i64
        %v2759 = arith.cmpi slt, %v2758, %size_T : i64
        %v2760 = arith.subi %size_T, %v1 : i64
        %v2761 = arith.minsi %v2758, %v2760 : i64
        %v2762 = arith.addi %v2757, %v2761 : i64
        %v2763 = arith.muli %v2755, %v69 : i64
        %v2764 = arith.addi %v2763, %v2480 : i64
        %v2765 = arith.cmpi sge, %v2757, %v25 : i64
        %v2766 = arith.andi %v2759, %v2765 : i1
        %v2767 = arith.andi %v2766, %v2754 : i1
        %v2768 = llvm.getelementptr %v6[%v2764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2769 = llvm.load %v2768 : !llvm.ptr<3> -> f32
        %v2770 = arith.addi %v2479, %v312 : i64
        %v2771 = arith.constant true
        %v2772 = arith.addi %v2016, %v2770 : i64
        %v2773 = llvm.getelementptr %v5[%v2772] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2774 = llvm.load %v2773 : !llvm.ptr<3> -> i64
        %v2775 = arith.addi %v1055, %v2480 : i64
        %v2776 = arith.cmpi slt, %v2775, %size_T : i64
        %v2777 = arith.subi %size_T, %v1 : i64
        %v2778 = arith.minsi %v2775, %v2777 : i64
        %v2779 = arith.addi %v2774, %v2778 : i64
        %v2780 = arith.muli %v2772, %v69 : i64
        %v2781 = arith.addi %v2780, %v2480 : i64
        %v2782 = arith.cmpi sge, %v2774, %v25 : i64
        %v2783 = arith.andi %v2776, %v2782 : i1
        %v2784 = arith.andi %v2783, %v2771 : i1
        %v2785 = llvm.getelementptr %v6[%v2781] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2786 = llvm.load %v2785 : !llvm.ptr<3> -> f32
        %v2787 = arith.addi %v2479, %v327 : i64
        %v2788 = arith.constant true
        %v2789 = arith.addi %v2016, %v2787 : i64
        %v2790 = llvm.getelementptr %v5[%v2789] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2791 = llvm.load %v2790 : !llvm.ptr<3> -> i64
        %v2792 = arith.addi %v1055, %v2480 : i64
        %v2793 = arith.cmpi slt, %v2792, %size_T : i64
        %v2794 = arith.subi %size_T, %v1 : i64
        %v2795 = arith.minsi %v2792, %v2794 : i64
        %v2796 = arith.addi %v2791, %v2795 : i64
        %v2797 = arith.muli %v2789, %v69 : i64
        %v2798 = arith.addi %v2797, %v2480 : i64
        %v2799 = arith.cmpi sge, %v2791, %v25 : i64
        %v2800 = arith.andi %v2793, %v2799 : i1
        %v2801 = arith.andi %v2800, %v2788 : i1
        %v2802 = llvm.getelementptr %v6[%v2798] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2803 = llvm.load %v2802 : !llvm.ptr<3> -> f32
        %v2804 = arith.addi %v2479, %v342 : i64
        %v2805 = arith.constant true
        %v2806 = arith.addi %v2016, %v2804 : i64
        %v2807 = llvm.getelementptr %v5[%v2806] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2808 = llvm.load %v2807 : !llvm.ptr<3> -> i64
        %v2809 = arith.addi %v1055, %v2480 : i64
        %v2810 = arith.cmpi slt, %v2809, %size_T : i64
        %v2811 = arith.subi %size_T, %v1 : i64
        %v2812 = arith.minsi %v2809, %v2811 : i64
        %v2813 = arith.addi %v2808, %v2812 : i64
        %v2814 = arith.muli %v2806, %v69 : i64
        %v2815 = arith.addi %v2814, %v2480 : i64
        %v2816 = arith.cmpi sge, %v2808, %v25 : i64
        %v2817 = arith.andi %v2810, %v2816 : i1
        %v2818 = arith.andi %v2817, %v2805 : i1
        %v2819 = llvm.getelementptr %v6[%v2815] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2820 = llvm.load %v2819 : !llvm.ptr<3> -> f32
        %v2821 = arith.addi %v2479, %v357 : i64
        %v2822 = arith.constant true
        %v2823 = arith.addi %v2016, %v2821 : i64
        %v2824 = llvm.getelementptr %v5[%v2823] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2825 = llvm.load %v2824 : !llvm.ptr<3> -> i64
        %v2826 = arith.addi %v1055, %v2480 : i64
        %v2827 = arith.cmpi slt, %v2826, %size_T : i64
        %v2828 = arith.subi %size_T, %v1 : i64
        %v2829 = arith.minsi %v2826, %v2828 : i64
        %v2830 = arith.addi %v2825, %v2829 : i64
        %v2831 = arith.muli %v2823, %v69 : i64
        %v2832 = arith.addi %v2831, %v2480 : i64
        %v2833 = arith.cmpi sge, %v2825, %v25 : i64
        %v2834 = arith.andi %v2827, %v2833 : i1
        %v2835 = arith.andi %v2834, %v2822 : i1
        %v2836 = llvm.getelementptr %v6[%v2832] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2837 = llvm.load %v2836 : !llvm.ptr<3> -> f32
        %v2838 = arith.addi %v2479, %v372 : i64
        %v2839 = arith.constant true
        %v2840 = arith.addi %v2016, %v2838 : i64
        %v2841 = llvm.getelementptr %v5[%v2840] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2842 = llvm.load %v2841 : !llvm.ptr<3> -> i64
        %v2843 = arith.addi %v1055, %v2480 : i64
        %v2844 = arith.cmpi slt, %v2843, %size_T : i64
        %v2845 = arith.subi %size_T, %v1 : i64
        %v2846 = arith.minsi %v2843, %v2845 : i64
        %v2847 = arith.addi %v2842, %v2846 : i64
        %v2848 = arith.muli %v2840, %v69 : i64
        %v2849 = arith.addi %v2848, %v2480 : i64
        %v2850 = arith.cmpi sge, %v2842, %v25 : i64
        %v2851 = arith.andi %v2844, %v2850 : i1
        %v2852 = arith.andi %v2851, %v2839 : i1
        %v2853 = llvm.getelementptr %v6[%v2849] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2854 = llvm.load %v2853 : !llvm.ptr<3> -> f32
        %v2855 = arith.addi %v2479, %v387 : i64
        %v2856 = arith.constant true
        %v2857 = arith.addi %v2016, %v2855 : i64
        %v2858 = llvm.getelementptr %v5[%v2857] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2859 = llvm.load %v2858 : !llvm.ptr<3> -> i64
        %v2860 = arith.addi %v1055, %v2480 : i64
        %v2861 = arith.cmpi slt, %v2860, %size_T : i64
        %v2862 = arith.subi %size_T, %v1 : i64
        %v2863 = arith.minsi %v2860, %v2862 : i64
        %v2864 = arith.addi %v2859, %v2863 : i64
        %v2865 = arith.muli %v2857, %v69 : i64
        %v2866 = arith.addi %v2865, %v2480 : i64
        %v2867 = arith.cmpi sge, %v2859, %v25 : i64
        %v2868 = arith.andi %v2861, %v2867 : i1
        %v2869 = arith.andi %v2868, %v2856 : i1
        %v2870 = llvm.getelementptr %v6[%v2866] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2871 = llvm.load %v2870 : !llvm.ptr<3> -> f32
        %v2872 = arith.addi %v2479, %v402 : i64
        %v2873 = arith.constant true
        %v2874 = arith.addi %v2016, %v2872 : i64
        %v2875 = llvm.getelementptr %v5[%v2874] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2876 = llvm.load %v2875 : !llvm.ptr<3> -> i64
        %v2877 = arith.addi %v1055, %v2480 : i64
        %v2878 = arith.cmpi slt, %v2877, %size_T : i64
        %v2879 = arith.subi %size_T, %v1 : i64
        %v2880 = arith.minsi %v2877, %v2879 : i64
        %v2881 = arith.addi %v2876, %v2880 : i64
        %v2882 = arith.muli %v2874, %v69 : i64
        %v2883 = arith.addi %v2882, %v2480 : i64
        %v2884 = arith.cmpi sge, %v2876, %v25 : i64
        %v2885 = arith.andi %v2878, %v2884 : i1
        %v2886 = arith.andi %v2885, %v2873 : i1
        %v2887 = llvm.getelementptr %v6[%v2883] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2888 = llvm.load %v2887 : !llvm.ptr<3> -> f32
        %v2889 = arith.addi %v2479, %v417 : i64
        %v2890 = arith.constant true
        %v2891 = arith.addi %v2016, %v2889 : i64
        %v2892 = llvm.getelementptr %v5[%v2891] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2893 = llvm.load %v2892 : !llvm.ptr<3> -> i64
        %v2894 = arith.addi %v1055, %v2480 : i64
        %v2895 = arith.cmpi slt, %v2894, %size_T : i64
        %v2896 = arith.subi %size_T, %v1 : i64
        %v2897 = arith.minsi %v2894, %v2896 : i64
        %v2898 = arith.addi %v2893, %v2897 : i64
        %v2899 = arith.muli %v2891, %v69 : i64
        %v2900 = arith.addi %v2899, %v2480 : i64
        %v2901 = arith.cmpi sge, %v2893, %v25 : i64
        %v2902 = arith.andi %v2895, %v2901 : i1
        %v2903 = arith.andi %v2902, %v2890 : i1
        %v2904 = llvm.getelementptr %v6[%v2900] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2905 = llvm.load %v2904 : !llvm.ptr<3> -> f32
        %v2906 = arith.addi %v2479, %v432 : i64
        %v2907 = arith.constant true
        %v2908 = arith.addi %v2016, %v2906 : i64
        %v2909 = llvm.getelementptr %v5[%v2908] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2910 = llvm.load %v2909 : !llvm.ptr<3> -> i64
        %v2911 = arith.addi %v1055, %v2480 : i64
        %v2912 = arith.cmpi slt, %v2911, %size_T : i64
        %v2913 = arith.subi %size_T, %v1 : i64
        %v2914 = arith.minsi %v2911, %v2913 : i64
        %v2915 = arith.addi %v2910, %v2914 : i64
        %v2916 = arith.muli %v2908, %v69 : i64
        %v2917 = arith.addi %v2916, %v2480 : i64
        %v2918 = arith.cmpi sge, %v2910, %v25 : i64
        %v2919 = arith.andi %v2912, %v2918 : i1
        %v2920 = arith.andi %v2919, %v2907 : i1
        %v2921 = llvm.getelementptr %v6[%v2917] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2922 = llvm.load %v2921 : !llvm.ptr<3> -> f32
        %v2923 = arith.addi %v2479, %v447 : i64
        %v2924 = arith.constant true
        %v2925 = arith.addi %v2016, %v2923 : i64
        %v2926 = llvm.getelementptr %v5[%v2925] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2927 = llvm.load %v2926 : !llvm.ptr<3> -> i64
        %v2928 = arith.addi %v1055, %v2480 : i64
        %v2929 = arith.cmpi slt, %v2928, %size_T : i64
        %v2930 = arith.subi %size_T, %v1 : i64
        %v2931 = arith.minsi %v2928, %v2930 : i64
        %v2932 = arith.addi %v2927, %v2931 : i64
        %v2933 = arith.muli %v2925, %v69 : i64
        %v2934 = arith.addi %v2933, %v2480 : i64
        %v2935 = arith.cmpi sge, %v2927, %v25 : i64
        %v2936 = arith.andi %v2929, %v2935 : i1
        %v2937 = arith.andi %v2936, %v2924 : i1
        %v2938 = llvm.getelementptr %v6[%v2934] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2939 = llvm.load %v2938 : !llvm.ptr<3> -> f32
        %v2940 = arith.addi %v2479, %v462 : i64
        %v2941 = arith.constant true
        %v2942 = arith.addi %v2016, %v2940 : i64
        %v2943 = llvm.getelementptr %v5[%v2942] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2944 = llvm.load %v2943 : !llvm.ptr<3> -> i64
        %v2945 = arith.addi %v1055, %v2480 : i64
        %v2946 = arith.cmpi slt, %v2945, %size_T : i64
        %v2947 = arith.subi %size_T, %v1 : i64
        %v2948 = arith.minsi %v2945, %v2947 : i64
        %v2949 = arith.addi %v2944, %v2948 : i64
        %v2950 = arith.muli %v2942, %v69 : i64
        %v2951 = arith.addi %v2950, %v2480 : i64
        %v2952 = arith.cmpi sge, %v2944, %v25 : i64
        %v2953 = arith.andi %v2946, %v2952 : i1
        %v2954 = arith.andi %v2953, %v2941 : i1
        %v2955 = llvm.getelementptr %v6[%v2951] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2956 = llvm.load %v2955 : !llvm.ptr<3> -> f32
        %v2957 = arith.addi %v2479, %v477 : i64
        %v2958 = arith.constant true
        %v2959 = arith.addi %v2016, %v2957 : i64
        %v2960 = llvm.getelementptr %v5[%v2959] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2961 = llvm.load %v2960 : !llvm.ptr<3> -> i64
        %v2962 = arith.addi %v1055, %v2480 : i64
        %v2963 = arith.cmpi slt, %v2962, %size_T : i64
        %v2964 = arith.subi %size_T, %v1 : i64
        %v2965 = arith.minsi %v2962, %v2964 : i64
        %v2966 = arith.addi %v2961, %v2965 : i64
        %v2967 = arith.muli %v2959, %v69 : i64
        %v2968 = arith.addi %v2967, %v2480 : i64
        %v2969 = arith.cmpi sge, %v2961, %v25 : i64
        %v2970 = arith.andi %v2963, %v2969 : i1
        %v2971 = arith.andi %v2970, %v2958 : i1
        %v2972 = llvm.getelementptr %v6[%v2968] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2973 = llvm.load %v2972 : !llvm.ptr<3> -> f32
        %v2974 = arith.addi %v2479, %v492 : i64
        %v2975 = arith.constant true
        %v2976 = arith.addi %v2016, %v2974 : i64
        %v2977 = llvm.getelementptr %v5[%v2976] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2978 = llvm.load %v2977 : !llvm.ptr<3> -> i64
        %v2979 = arith.addi %v1055, %v2480 : i64
        %v2980 = arith.cmpi slt, %v2979, %size_T : i64
        %v2981 = arith.subi %size_T, %v1 : i64
        %v2982 = arith.minsi %v2979, %v2981 : i64
        %v2983 = arith.addi %v2978, %v2982 : i64
        %v2984 = arith.muli %v2976, %v69 : i64
        %v2985 = arith.addi %v2984, %v2480 : i64
        %v2986 = arith.cmpi sge, %v2978, %v25 : i64
        %v2987 = arith.andi %v2980, %v2986 : i1
        %v2988 = arith.andi %v2987, %v2975 : i1
        %v2989 = llvm.getelementptr %v6[%v2985] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2990 = llvm.load %v2989 : !llvm.ptr<3> -> f32
        %v2991 = arith.addi %v2479, %v507 : i64
        %v2992 = arith.constant true
        %v2993 = arith.addi %v2016, %v2991 : i64
        %v2994 = llvm.getelementptr %v5[%v2993] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2995 = llvm.load %v2994 : !llvm.ptr<3> -> i64
        %v2996 = arith.addi %v1055, %v2480 : i64
        %v2997 = arith.cmpi slt, %v2996, %size_T : i64
        %v2998 = arith.subi %size_T, %v1 : i64
        %v2999 = arith.minsi %v2996, %v2998 : i64
        %v3000 = arith.addi %v2995, %v2999 : i64
        %v3001 = arith.muli %v2993, %v69 : i64
        %v3002 = arith.addi %v3001, %v2480 : i64
        %v3003 = arith.cmpi sge, %v2995, %v25 : i64
        %v3004 = arith.andi %v2997, %v3003 : i1
        %v3005 = arith.andi %v3004, %v2992 : i1
        %v3006 = llvm.getelementptr %v6[%v3002] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3007 = llvm.load %v3006 : !llvm.ptr<3> -> f32
        %v3008 = arith.addi %v2479, %v522 : i64
        %v3009 = arith.constant true
        %v3010 = arith.addi %v2016, %v3008 : i64
        %v3011 = llvm.getelementptr %v5[%v3010] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3012 = llvm.load %v3011 : !llvm.ptr<3> -> i64
        %v3013 = arith.addi %v1055, %v2480 : i64
        %v3014 = arith.cmpi slt, %v3013, %size_T : i64
        %v3015 = arith.subi %size_T, %v1 : i64
        %v3016 = arith.minsi %v3013, %v3015 : i64
        %v3017 = arith.addi %v3012, %v3016 : i64
        %v3018 = arith.muli %v3010, %v69 : i64
        %v3019 = arith.addi %v3018, %v2480 : i64
        %v3020 = arith.cmpi sge, %v3012, %v25 : i64
        %v3021 = arith.andi %v3014, %v3020 : i1
        %v3022 = arith.andi %v3021, %v3009 : i1
        %v3023 = llvm.getelementptr %v6[%v3019] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3024 = llvm.load %v3023 : !llvm.ptr<3> -> f32
        scf.if %v2495 {
          %v3025 = llvm.getelementptr %out_y[%v2490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2497, %v3025 : f32, !llvm.ptr
        }
        scf.if %v2512 {
          %v3026 = llvm.getelementptr %out_y[%v2507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2514, %v3026 : f32, !llvm.ptr
        }
        scf.if %v2529 {
          %v3027 = llvm.getelementptr %out_y[%v2524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2531, %v3027 : f32, !llvm.ptr
        }
        scf.if %v2546 {
          %v3028 = llvm.getelementptr %out_y[%v2541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2548, %v3028 : f32, !llvm.ptr
        }
        scf.if %v2563 {
          %v3029 = llvm.getelementptr %out_y[%v2558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2565, %v3029 : f32, !llvm.ptr
        }
        scf.if %v2580 {
          %v3030 = llvm.getelementptr %out_y[%v2575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2582, %v3030 : f32, !llvm.ptr
        }
        scf.if %v2597 {
          %v3031 = llvm.getelementptr %out_y[%v2592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2599, %v3031 : f32, !llvm.ptr
        }
        scf.if %v2614 {
          %v3032 = llvm.getelementptr %out_y[%v2609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2616, %v3032 : f32, !llvm.ptr
        }
        scf.if %v2631 {
          %v3033 = llvm.getelementptr %out_y[%v2626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2633, %v3033 : f32, !llvm.ptr
        }
        scf.if %v2648 {
          %v3034 = llvm.getelementptr %out_y[%v2643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2650, %v3034 : f32, !llvm.ptr
        }
        scf.if %v2665 {
          %v3035 = llvm.getelementptr %out_y[%v2660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2667, %v3035 : f32, !llvm.ptr
        }
        scf.if %v2682 {
          %v3036 = llvm.getelementptr %out_y[%v2677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2684, %v3036 : f32, !llvm.ptr
        }
        scf.if %v2699 {
          %v3037 = llvm.getelementptr %out_y[%v2694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2701, %v3037 : f32, !llvm.ptr
        }
        scf.if %v2716 {
          %v3038 = llvm.getelementptr %out_y[%v2711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2718, %v3038 : f32, !llvm.ptr
        }
        scf.if %v2733 {
          %v3039 = llvm.getelementptr %out_y[%v2728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2735, %v3039 : f32, !llvm.ptr
        }
        scf.if %v2750 {
          %v3040 = llvm.getelementptr %out_y[%v2745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2752, %v3040 : f32, !llvm.ptr
        }
        scf.if %v2767 {
          %v3041 = llvm.getelementptr %out_y[%v2762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2769, %v3041 : f32, !llvm.ptr
        }
        scf.if %v2784 {
          %v3042 = llvm.getelementptr %out_y[%v2779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2786, %v3042 : f32, !llvm.ptr
        }
        scf.if %v2801 {
          %v3043 = llvm.getelementptr %out_y[%v2796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2803, %v3043 : f32, !llvm.ptr
        }
        scf.if %v2818 {
          %v3044 = llvm.getelementptr %out_y[%v2813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2820, %v3044 : f32, !llvm.ptr
        }
        scf.if %v2835 {
          %v3045 = llvm.getelementptr %out_y[%v2830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2837, %v3045 : f32, !llvm.ptr
        }
        scf.if %v2852 {
          %v3046 = llvm.getelementptr %out_y[%v2847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2854, %v3046 : f32, !llvm.ptr
        }
        scf.if %v2869 {
          %v3047 = llvm.getelementptr %out_y[%v2864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2871, %v3047 : f32, !llvm.ptr
        }
        scf.if %v2886 {
          %v3048 = llvm.getelementptr %out_y[%v2881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2888, %v3048 : f32, !llvm.ptr
        }
        scf.if %v2903 {
          %v3049 = llvm.getelementptr %out_y[%v2898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2905, %v3049 : f32, !llvm.ptr
        }
        scf.if %v2920 {
          %v3050 = llvm.getelementptr %out_y[%v2915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2922, %v3050 : f32, !llvm.ptr
        }
        scf.if %v2937 {
          %v3051 = llvm.getelementptr %out_y[%v2932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2939, %v3051 : f32, !llvm.ptr
        }
        scf.if %v2954 {
          %v3052 = llvm.getelementptr %out_y[%v2949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2956, %v3052 : f32, !llvm.ptr
        }
        scf.if %v2971 {
          %v3053 = llvm.getelementptr %out_y[%v2966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2973, %v3053 : f32, !llvm.ptr
        }
        scf.if %v2988 {
          %v3054 = llvm.getelementptr %out_y[%v2983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2990, %v3054 : f32, !llvm.ptr
        }
        scf.if %v3005 {
          %v3055 = llvm.getelementptr %out_y[%v3000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3007, %v3055 : f32, !llvm.ptr
        }
        scf.if %v3022 {
          %v3056 = llvm.getelementptr %out_y[%v3017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3024, %v3056 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      gpu.return
    }
  }
}
