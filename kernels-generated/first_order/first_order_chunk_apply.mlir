module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_first_order_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<192 x i64>
    llvm.mlir.global internal @smem_first_order_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<6336 x f32>
    gpu.func @first_order_chunk_apply(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %out_y: !llvm.ptr, %carry_h: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_C : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.mlir.addressof @rows_first_order_chunk_apply : !llvm.ptr<3>
      %v5 = llvm.mlir.addressof @smem_first_order_chunk_apply : !llvm.ptr<3>
      %v6 = arith.constant 255 : i64
      %v7 = arith.addi %size_T, %v6 : i64
      %v8 = arith.constant 256 : i64
      %v9 = arith.divui %v7, %v8 : i64
      %v14 = arith.constant 64 : i64
      %v15 = arith.constant 63 : i64
      %v29 = arith.constant 0 : i64
      %v30 = arith.muli %size_T, %size_C : i64
      %v43 = arith.constant -1 : i64
      %v45 = arith.constant 2 : i64
      %v46 = arith.constant 128 : i64
      %v58 = arith.constant 32 : i64
      %v69 = arith.constant 33 : i64
      %v87 = arith.constant 4 : i64
      %v101 = arith.constant 6 : i64
      %v115 = arith.constant 8 : i64
      %v129 = arith.constant 10 : i64
      %v143 = arith.constant 12 : i64
      %v157 = arith.constant 14 : i64
      %v171 = arith.constant 16 : i64
      %v185 = arith.constant 18 : i64
      %v199 = arith.constant 20 : i64
      %v213 = arith.constant 22 : i64
      %v227 = arith.constant 24 : i64
      %v241 = arith.constant 26 : i64
      %v255 = arith.constant 28 : i64
      %v269 = arith.constant 30 : i64
      %v296 = arith.constant 34 : i64
      %v310 = arith.constant 36 : i64
      %v324 = arith.constant 38 : i64
      %v338 = arith.constant 40 : i64
      %v352 = arith.constant 42 : i64
      %v366 = arith.constant 44 : i64
      %v380 = arith.constant 46 : i64
      %v394 = arith.constant 48 : i64
      %v408 = arith.constant 50 : i64
      %v422 = arith.constant 52 : i64
      %v436 = arith.constant 54 : i64
      %v450 = arith.constant 56 : i64
      %v464 = arith.constant 58 : i64
      %v478 = arith.constant 60 : i64
      %v492 = arith.constant 62 : i64
      %v1030 = arith.muli %size_B, %size_C : i64
      %v1946 = arith.constant 192 : i64
      %v1959 = arith.constant 320 : i64
      %v1966 = arith.constant 384 : i64
      %v1973 = arith.constant 448 : i64
      %v1980 = arith.constant 512 : i64
      %v1987 = arith.constant 576 : i64
      %v1994 = arith.constant 640 : i64
      %v2001 = arith.constant 704 : i64
      %v2008 = arith.constant 768 : i64
      %v2015 = arith.constant 832 : i64
      %v2022 = arith.constant 896 : i64
      %v2029 = arith.constant 960 : i64
      %v2036 = arith.constant 1024 : i64
      %v2043 = arith.constant 1088 : i64
      %v2050 = arith.constant 1152 : i64
      %v2057 = arith.constant 1216 : i64
      %v2064 = arith.constant 1280 : i64
      %v2071 = arith.constant 1344 : i64
      %v2078 = arith.constant 1408 : i64
      %v2085 = arith.constant 1472 : i64
      %v2092 = arith.constant 1536 : i64
      %v2099 = arith.constant 1600 : i64
      %v2106 = arith.constant 1664 : i64
      %v2113 = arith.constant 1728 : i64
      %v2120 = arith.constant 1792 : i64
      %v2127 = arith.constant 1856 : i64
      %v2134 = arith.constant 1920 : i64
      %v2141 = arith.constant 1984 : i64
      %v10 = gpu.block_id x
      %v11 = gpu.thread_id x
      %v12 = arith.index_cast %v11 : index to i64
      %v13 = arith.index_cast %v10 : index to i64
      %v16 = arith.addi %v2, %v15 : i64
      %v17 = arith.divui %v16, %v14 : i64
      %v18 = arith.divui %v13, %v17 : i64
      %v19 = arith.remui %v13, %v17 : i64
      %v20 = arith.muli %v19, %v14 : i64
      %v21 = arith.addi %v20, %v12 : i64
      %v22 = arith.cmpi slt, %v21, %v2 : i64
      %v23 = arith.subi %v2, %v1 : i64
      %v24 = arith.minsi %v21, %v23 : i64
      %v25 = arith.remui %v24, %size_C : i64
      %v26 = arith.divui %v24, %size_C : i64
      %v27 = arith.remui %v26, %size_B : i64
      %v28 = arith.divui %v26, %size_B : i64
      %v31 = arith.muli %v27, %v30 : i64
      %v32 = arith.muli %v25, %size_T : i64
      %v33 = arith.addi %v31, %v32 : i64
      %v34 = llvm.getelementptr %v4[%v12] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v33, %v34 : i64, !llvm.ptr<3>
      %v35 = arith.muli %v27, %v30 : i64
      %v36 = arith.muli %v25, %size_T : i64
      %v37 = arith.addi %v35, %v36 : i64
      %v38 = arith.addi %v14, %v12 : i64
      %v39 = llvm.getelementptr %v4[%v38] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v37, %v39 : i64, !llvm.ptr<3>
      %v40 = arith.muli %v27, %v30 : i64
      %v41 = arith.muli %v25, %size_T : i64
      %v42 = arith.addi %v40, %v41 : i64
      %v44 = arith.select %v22, %v42, %v43 : i64
      %v47 = arith.addi %v46, %v12 : i64
      %v48 = llvm.getelementptr %v4[%v47] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v44, %v48 : i64, !llvm.ptr<3>
      gpu.barrier
      %v49 = arith.muli %v18, %v2 : i64
      %v50 = arith.subi %v2, %v1 : i64
      %v51 = arith.minsi %v21, %v50 : i64
      %v52 = arith.addi %v49, %v51 : i64
      %v53 = llvm.getelementptr %carry_h[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v54 = llvm.load %v53 : !llvm.ptr -> f32
      llvm.store %v54, %v3 : f32, !llvm.ptr
      %v55 = arith.muli %v18, %v8 : i64
      %v56 = arith.addi %v55, %v8 : i64
      %v57 = arith.minsi %v56, %size_T : i64
      // staged load of `a`'s first tile: read, then shared memory
      %v59 = arith.divui %v12, %v58 : i64
      %v60 = arith.remui %v12, %v58 : i64
      %v61 = arith.constant true
      %v62 = llvm.getelementptr %v4[%v59] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v63 = llvm.load %v62 : !llvm.ptr<3> -> i64
      %v64 = arith.addi %v55, %v60 : i64
      %v65 = arith.cmpi slt, %v64, %v57 : i64
      %v66 = arith.subi %size_T, %v1 : i64
      %v67 = arith.minsi %v64, %v66 : i64
      %v68 = arith.addi %v63, %v67 : i64
      %v70 = arith.muli %v59, %v69 : i64
      %v71 = arith.addi %v70, %v60 : i64
      %v72 = llvm.getelementptr %in_a[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v73 = llvm.load %v72 : !llvm.ptr -> f32
      %v74 = arith.addi %v59, %v45 : i64
      %v75 = arith.constant true
      %v76 = llvm.getelementptr %v4[%v74] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v77 = llvm.load %v76 : !llvm.ptr<3> -> i64
      %v78 = arith.addi %v55, %v60 : i64
      %v79 = arith.cmpi slt, %v78, %v57 : i64
      %v80 = arith.subi %size_T, %v1 : i64
      %v81 = arith.minsi %v78, %v80 : i64
      %v82 = arith.addi %v77, %v81 : i64
      %v83 = arith.muli %v74, %v69 : i64
      %v84 = arith.addi %v83, %v60 : i64
      %v85 = llvm.getelementptr %in_a[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v86 = llvm.load %v85 : !llvm.ptr -> f32
      %v88 = arith.addi %v59, %v87 : i64
      %v89 = arith.constant true
      %v90 = llvm.getelementptr %v4[%v88] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v91 = llvm.load %v90 : !llvm.ptr<3> -> i64
      %v92 = arith.addi %v55, %v60 : i64
      %v93 = arith.cmpi slt, %v92, %v57 : i64
      %v94 = arith.subi %size_T, %v1 : i64
      %v95 = arith.minsi %v92, %v94 : i64
      %v96 = arith.addi %v91, %v95 : i64
      %v97 = arith.muli %v88, %v69 : i64
      %v98 = arith.addi %v97, %v60 : i64
      %v99 = llvm.getelementptr %in_a[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v100 = llvm.load %v99 : !llvm.ptr -> f32
      %v102 = arith.addi %v59, %v101 : i64
      %v103 = arith.constant true
      %v104 = llvm.getelementptr %v4[%v102] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v105 = llvm.load %v104 : !llvm.ptr<3> -> i64
      %v106 = arith.addi %v55, %v60 : i64
      %v107 = arith.cmpi slt, %v106, %v57 : i64
      %v108 = arith.subi %size_T, %v1 : i64
      %v109 = arith.minsi %v106, %v108 : i64
      %v110 = arith.addi %v105, %v109 : i64
      %v111 = arith.muli %v102, %v69 : i64
      %v112 = arith.addi %v111, %v60 : i64
      %v113 = llvm.getelementptr %in_a[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v114 = llvm.load %v113 : !llvm.ptr -> f32
      %v116 = arith.addi %v59, %v115 : i64
      %v117 = arith.constant true
      %v118 = llvm.getelementptr %v4[%v116] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v119 = llvm.load %v118 : !llvm.ptr<3> -> i64
      %v120 = arith.addi %v55, %v60 : i64
      %v121 = arith.cmpi slt, %v120, %v57 : i64
      %v122 = arith.subi %size_T, %v1 : i64
      %v123 = arith.minsi %v120, %v122 : i64
      %v124 = arith.addi %v119, %v123 : i64
      %v125 = arith.muli %v116, %v69 : i64
      %v126 = arith.addi %v125, %v60 : i64
      %v127 = llvm.getelementptr %in_a[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v128 = llvm.load %v127 : !llvm.ptr -> f32
      %v130 = arith.addi %v59, %v129 : i64
      %v131 = arith.constant true
      %v132 = llvm.getelementptr %v4[%v130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v133 = llvm.load %v132 : !llvm.ptr<3> -> i64
      %v134 = arith.addi %v55, %v60 : i64
      %v135 = arith.cmpi slt, %v134, %v57 : i64
      %v136 = arith.subi %size_T, %v1 : i64
      %v137 = arith.minsi %v134, %v136 : i64
      %v138 = arith.addi %v133, %v137 : i64
      %v139 = arith.muli %v130, %v69 : i64
      %v140 = arith.addi %v139, %v60 : i64
      %v141 = llvm.getelementptr %in_a[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v142 = llvm.load %v141 : !llvm.ptr -> f32
      %v144 = arith.addi %v59, %v143 : i64
      %v145 = arith.constant true
      %v146 = llvm.getelementptr %v4[%v144] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v147 = llvm.load %v146 : !llvm.ptr<3> -> i64
      %v148 = arith.addi %v55, %v60 : i64
      %v149 = arith.cmpi slt, %v148, %v57 : i64
      %v150 = arith.subi %size_T, %v1 : i64
      %v151 = arith.minsi %v148, %v150 : i64
      %v152 = arith.addi %v147, %v151 : i64
      %v153 = arith.muli %v144, %v69 : i64
      %v154 = arith.addi %v153, %v60 : i64
      %v155 = llvm.getelementptr %in_a[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v156 = llvm.load %v155 : !llvm.ptr -> f32
      %v158 = arith.addi %v59, %v157 : i64
      %v159 = arith.constant true
      %v160 = llvm.getelementptr %v4[%v158] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v161 = llvm.load %v160 : !llvm.ptr<3> -> i64
      %v162 = arith.addi %v55, %v60 : i64
      %v163 = arith.cmpi slt, %v162, %v57 : i64
      %v164 = arith.subi %size_T, %v1 : i64
      %v165 = arith.minsi %v162, %v164 : i64
      %v166 = arith.addi %v161, %v165 : i64
      %v167 = arith.muli %v158, %v69 : i64
      %v168 = arith.addi %v167, %v60 : i64
      %v169 = llvm.getelementptr %in_a[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v170 = llvm.load %v169 : !llvm.ptr -> f32
      %v172 = arith.addi %v59, %v171 : i64
      %v173 = arith.constant true
      %v174 = llvm.getelementptr %v4[%v172] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v175 = llvm.load %v174 : !llvm.ptr<3> -> i64
      %v176 = arith.addi %v55, %v60 : i64
      %v177 = arith.cmpi slt, %v176, %v57 : i64
      %v178 = arith.subi %size_T, %v1 : i64
      %v179 = arith.minsi %v176, %v178 : i64
      %v180 = arith.addi %v175, %v179 : i64
      %v181 = arith.muli %v172, %v69 : i64
      %v182 = arith.addi %v181, %v60 : i64
      %v183 = llvm.getelementptr %in_a[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v184 = llvm.load %v183 : !llvm.ptr -> f32
      %v186 = arith.addi %v59, %v185 : i64
      %v187 = arith.constant true
      %v188 = llvm.getelementptr %v4[%v186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v189 = llvm.load %v188 : !llvm.ptr<3> -> i64
      %v190 = arith.addi %v55, %v60 : i64
      %v191 = arith.cmpi slt, %v190, %v57 : i64
      %v192 = arith.subi %size_T, %v1 : i64
      %v193 = arith.minsi %v190, %v192 : i64
      %v194 = arith.addi %v189, %v193 : i64
      %v195 = arith.muli %v186, %v69 : i64
      %v196 = arith.addi %v195, %v60 : i64
      %v197 = llvm.getelementptr %in_a[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v198 = llvm.load %v197 : !llvm.ptr -> f32
      %v200 = arith.addi %v59, %v199 : i64
      %v201 = arith.constant true
      %v202 = llvm.getelementptr %v4[%v200] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v203 = llvm.load %v202 : !llvm.ptr<3> -> i64
      %v204 = arith.addi %v55, %v60 : i64
      %v205 = arith.cmpi slt, %v204, %v57 : i64
      %v206 = arith.subi %size_T, %v1 : i64
      %v207 = arith.minsi %v204, %v206 : i64
      %v208 = arith.addi %v203, %v207 : i64
      %v209 = arith.muli %v200, %v69 : i64
      %v210 = arith.addi %v209, %v60 : i64
      %v211 = llvm.getelementptr %in_a[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v212 = llvm.load %v211 : !llvm.ptr -> f32
      %v214 = arith.addi %v59, %v213 : i64
      %v215 = arith.constant true
      %v216 = llvm.getelementptr %v4[%v214] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v217 = llvm.load %v216 : !llvm.ptr<3> -> i64
      %v218 = arith.addi %v55, %v60 : i64
      %v219 = arith.cmpi slt, %v218, %v57 : i64
      %v220 = arith.subi %size_T, %v1 : i64
      %v221 = arith.minsi %v218, %v220 : i64
      %v222 = arith.addi %v217, %v221 : i64
      %v223 = arith.muli %v214, %v69 : i64
      %v224 = arith.addi %v223, %v60 : i64
      %v225 = llvm.getelementptr %in_a[%v222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v226 = llvm.load %v225 : !llvm.ptr -> f32
      %v228 = arith.addi %v59, %v227 : i64
      %v229 = arith.constant true
      %v230 = llvm.getelementptr %v4[%v228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v231 = llvm.load %v230 : !llvm.ptr<3> -> i64
      %v232 = arith.addi %v55, %v60 : i64
      %v233 = arith.cmpi slt, %v232, %v57 : i64
      %v234 = arith.subi %size_T, %v1 : i64
      %v235 = arith.minsi %v232, %v234 : i64
      %v236 = arith.addi %v231, %v235 : i64
      %v237 = arith.muli %v228, %v69 : i64
      %v238 = arith.addi %v237, %v60 : i64
      %v239 = llvm.getelementptr %in_a[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v240 = llvm.load %v239 : !llvm.ptr -> f32
      %v242 = arith.addi %v59, %v241 : i64
      %v243 = arith.constant true
      %v244 = llvm.getelementptr %v4[%v242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v245 = llvm.load %v244 : !llvm.ptr<3> -> i64
      %v246 = arith.addi %v55, %v60 : i64
      %v247 = arith.cmpi slt, %v246, %v57 : i64
      %v248 = arith.subi %size_T, %v1 : i64
      %v249 = arith.minsi %v246, %v248 : i64
      %v250 = arith.addi %v245, %v249 : i64
      %v251 = arith.muli %v242, %v69 : i64
      %v252 = arith.addi %v251, %v60 : i64
      %v253 = llvm.getelementptr %in_a[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v254 = llvm.load %v253 : !llvm.ptr -> f32
      %v256 = arith.addi %v59, %v255 : i64
      %v257 = arith.constant true
      %v258 = llvm.getelementptr %v4[%v256] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v259 = llvm.load %v258 : !llvm.ptr<3> -> i64
      %v260 = arith.addi %v55, %v60 : i64
      %v261 = arith.cmpi slt, %v260, %v57 : i64
      %v262 = arith.subi %size_T, %v1 : i64
      %v263 = arith.minsi %v260, %v262 : i64
      %v264 = arith.addi %v259, %v263 : i64
      %v265 = arith.muli %v256, %v69 : i64
      %v266 = arith.addi %v265, %v60 : i64
      %v267 = llvm.getelementptr %in_a[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v268 = llvm.load %v267 : !llvm.ptr -> f32
      %v270 = arith.addi %v59, %v269 : i64
      %v271 = arith.constant true
      %v272 = llvm.getelementptr %v4[%v270] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v273 = llvm.load %v272 : !llvm.ptr<3> -> i64
      %v274 = arith.addi %v55, %v60 : i64
      %v275 = arith.cmpi slt, %v274, %v57 : i64
      %v276 = arith.subi %size_T, %v1 : i64
      %v277 = arith.minsi %v274, %v276 : i64
      %v278 = arith.addi %v273, %v277 : i64
      %v279 = arith.muli %v270, %v69 : i64
      %v280 = arith.addi %v279, %v60 : i64
      %v281 = llvm.getelementptr %in_a[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v282 = llvm.load %v281 : !llvm.ptr -> f32
      %v283 = arith.addi %v59, %v58 : i64
      %v284 = arith.constant true
      %v285 = llvm.getelementptr %v4[%v283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v286 = llvm.load %v285 : !llvm.ptr<3> -> i64
      %v287 = arith.addi %v55, %v60 : i64
      %v288 = arith.cmpi slt, %v287, %v57 : i64
      %v289 = arith.subi %size_T, %v1 : i64
      %v290 = arith.minsi %v287, %v289 : i64
      %v291 = arith.addi %v286, %v290 : i64
      %v292 = arith.muli %v283, %v69 : i64
      %v293 = arith.addi %v292, %v60 : i64
      %v294 = llvm.getelementptr %in_a[%v291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v295 = llvm.load %v294 : !llvm.ptr -> f32
      %v297 = arith.addi %v59, %v296 : i64
      %v298 = arith.constant true
      %v299 = llvm.getelementptr %v4[%v297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v300 = llvm.load %v299 : !llvm.ptr<3> -> i64
      %v301 = arith.addi %v55, %v60 : i64
      %v302 = arith.cmpi slt, %v301, %v57 : i64
      %v303 = arith.subi %size_T, %v1 : i64
      %v304 = arith.minsi %v301, %v303 : i64
      %v305 = arith.addi %v300, %v304 : i64
      %v306 = arith.muli %v297, %v69 : i64
      %v307 = arith.addi %v306, %v60 : i64
      %v308 = llvm.getelementptr %in_a[%v305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v309 = llvm.load %v308 : !llvm.ptr -> f32
      %v311 = arith.addi %v59, %v310 : i64
      %v312 = arith.constant true
      %v313 = llvm.getelementptr %v4[%v311] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v314 = llvm.load %v313 : !llvm.ptr<3> -> i64
      %v315 = arith.addi %v55, %v60 : i64
      %v316 = arith.cmpi slt, %v315, %v57 : i64
      %v317 = arith.subi %size_T, %v1 : i64
      %v318 = arith.minsi %v315, %v317 : i64
      %v319 = arith.addi %v314, %v318 : i64
      %v320 = arith.muli %v311, %v69 : i64
      %v321 = arith.addi %v320, %v60 : i64
      %v322 = llvm.getelementptr %in_a[%v319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v323 = llvm.load %v322 : !llvm.ptr -> f32
      %v325 = arith.addi %v59, %v324 : i64
      %v326 = arith.constant true
      %v327 = llvm.getelementptr %v4[%v325] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v328 = llvm.load %v327 : !llvm.ptr<3> -> i64
      %v329 = arith.addi %v55, %v60 : i64
      %v330 = arith.cmpi slt, %v329, %v57 : i64
      %v331 = arith.subi %size_T, %v1 : i64
      %v332 = arith.minsi %v329, %v331 : i64
      %v333 = arith.addi %v328, %v332 : i64
      %v334 = arith.muli %v325, %v69 : i64
      %v335 = arith.addi %v334, %v60 : i64
      %v336 = llvm.getelementptr %in_a[%v333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v337 = llvm.load %v336 : !llvm.ptr -> f32
      %v339 = arith.addi %v59, %v338 : i64
      %v340 = arith.constant true
      %v341 = llvm.getelementptr %v4[%v339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v342 = llvm.load %v341 : !llvm.ptr<3> -> i64
      %v343 = arith.addi %v55, %v60 : i64
      %v344 = arith.cmpi slt, %v343, %v57 : i64
      %v345 = arith.subi %size_T, %v1 : i64
      %v346 = arith.minsi %v343, %v345 : i64
      %v347 = arith.addi %v342, %v346 : i64
      %v348 = arith.muli %v339, %v69 : i64
      %v349 = arith.addi %v348, %v60 : i64
      %v350 = llvm.getelementptr %in_a[%v347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v351 = llvm.load %v350 : !llvm.ptr -> f32
      %v353 = arith.addi %v59, %v352 : i64
      %v354 = arith.constant true
      %v355 = llvm.getelementptr %v4[%v353] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v356 = llvm.load %v355 : !llvm.ptr<3> -> i64
      %v357 = arith.addi %v55, %v60 : i64
      %v358 = arith.cmpi slt, %v357, %v57 : i64
      %v359 = arith.subi %size_T, %v1 : i64
      %v360 = arith.minsi %v357, %v359 : i64
      %v361 = arith.addi %v356, %v360 : i64
      %v362 = arith.muli %v353, %v69 : i64
      %v363 = arith.addi %v362, %v60 : i64
      %v364 = llvm.getelementptr %in_a[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v365 = llvm.load %v364 : !llvm.ptr -> f32
      %v367 = arith.addi %v59, %v366 : i64
      %v368 = arith.constant true
      %v369 = llvm.getelementptr %v4[%v367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v370 = llvm.load %v369 : !llvm.ptr<3> -> i64
      %v371 = arith.addi %v55, %v60 : i64
      %v372 = arith.cmpi slt, %v371, %v57 : i64
      %v373 = arith.subi %size_T, %v1 : i64
      %v374 = arith.minsi %v371, %v373 : i64
      %v375 = arith.addi %v370, %v374 : i64
      %v376 = arith.muli %v367, %v69 : i64
      %v377 = arith.addi %v376, %v60 : i64
      %v378 = llvm.getelementptr %in_a[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v379 = llvm.load %v378 : !llvm.ptr -> f32
      %v381 = arith.addi %v59, %v380 : i64
      %v382 = arith.constant true
      %v383 = llvm.getelementptr %v4[%v381] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v384 = llvm.load %v383 : !llvm.ptr<3> -> i64
      %v385 = arith.addi %v55, %v60 : i64
      %v386 = arith.cmpi slt, %v385, %v57 : i64
      %v387 = arith.subi %size_T, %v1 : i64
      %v388 = arith.minsi %v385, %v387 : i64
      %v389 = arith.addi %v384, %v388 : i64
      %v390 = arith.muli %v381, %v69 : i64
      %v391 = arith.addi %v390, %v60 : i64
      %v392 = llvm.getelementptr %in_a[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v393 = llvm.load %v392 : !llvm.ptr -> f32
      %v395 = arith.addi %v59, %v394 : i64
      %v396 = arith.constant true
      %v397 = llvm.getelementptr %v4[%v395] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v398 = llvm.load %v397 : !llvm.ptr<3> -> i64
      %v399 = arith.addi %v55, %v60 : i64
      %v400 = arith.cmpi slt, %v399, %v57 : i64
      %v401 = arith.subi %size_T, %v1 : i64
      %v402 = arith.minsi %v399, %v401 : i64
      %v403 = arith.addi %v398, %v402 : i64
      %v404 = arith.muli %v395, %v69 : i64
      %v405 = arith.addi %v404, %v60 : i64
      %v406 = llvm.getelementptr %in_a[%v403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v407 = llvm.load %v406 : !llvm.ptr -> f32
      %v409 = arith.addi %v59, %v408 : i64
      %v410 = arith.constant true
      %v411 = llvm.getelementptr %v4[%v409] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v412 = llvm.load %v411 : !llvm.ptr<3> -> i64
      %v413 = arith.addi %v55, %v60 : i64
      %v414 = arith.cmpi slt, %v413, %v57 : i64
      %v415 = arith.subi %size_T, %v1 : i64
      %v416 = arith.minsi %v413, %v415 : i64
      %v417 = arith.addi %v412, %v416 : i64
      %v418 = arith.muli %v409, %v69 : i64
      %v419 = arith.addi %v418, %v60 : i64
      %v420 = llvm.getelementptr %in_a[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v421 = llvm.load %v420 : !llvm.ptr -> f32
      %v423 = arith.addi %v59, %v422 : i64
      %v424 = arith.constant true
      %v425 = llvm.getelementptr %v4[%v423] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v426 = llvm.load %v425 : !llvm.ptr<3> -> i64
      %v427 = arith.addi %v55, %v60 : i64
      %v428 = arith.cmpi slt, %v427, %v57 : i64
      %v429 = arith.subi %size_T, %v1 : i64
      %v430 = arith.minsi %v427, %v429 : i64
      %v431 = arith.addi %v426, %v430 : i64
      %v432 = arith.muli %v423, %v69 : i64
      %v433 = arith.addi %v432, %v60 : i64
      %v434 = llvm.getelementptr %in_a[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v435 = llvm.load %v434 : !llvm.ptr -> f32
      %v437 = arith.addi %v59, %v436 : i64
      %v438 = arith.constant true
      %v439 = llvm.getelementptr %v4[%v437] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v440 = llvm.load %v439 : !llvm.ptr<3> -> i64
      %v441 = arith.addi %v55, %v60 : i64
      %v442 = arith.cmpi slt, %v441, %v57 : i64
      %v443 = arith.subi %size_T, %v1 : i64
      %v444 = arith.minsi %v441, %v443 : i64
      %v445 = arith.addi %v440, %v444 : i64
      %v446 = arith.muli %v437, %v69 : i64
      %v447 = arith.addi %v446, %v60 : i64
      %v448 = llvm.getelementptr %in_a[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v449 = llvm.load %v448 : !llvm.ptr -> f32
      %v451 = arith.addi %v59, %v450 : i64
      %v452 = arith.constant true
      %v453 = llvm.getelementptr %v4[%v451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v454 = llvm.load %v453 : !llvm.ptr<3> -> i64
      %v455 = arith.addi %v55, %v60 : i64
      %v456 = arith.cmpi slt, %v455, %v57 : i64
      %v457 = arith.subi %size_T, %v1 : i64
      %v458 = arith.minsi %v455, %v457 : i64
      %v459 = arith.addi %v454, %v458 : i64
      %v460 = arith.muli %v451, %v69 : i64
      %v461 = arith.addi %v460, %v60 : i64
      %v462 = llvm.getelementptr %in_a[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v463 = llvm.load %v462 : !llvm.ptr -> f32
      %v465 = arith.addi %v59, %v464 : i64
      %v466 = arith.constant true
      %v467 = llvm.getelementptr %v4[%v465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v468 = llvm.load %v467 : !llvm.ptr<3> -> i64
      %v469 = arith.addi %v55, %v60 : i64
      %v470 = arith.cmpi slt, %v469, %v57 : i64
      %v471 = arith.subi %size_T, %v1 : i64
      %v472 = arith.minsi %v469, %v471 : i64
      %v473 = arith.addi %v468, %v472 : i64
      %v474 = arith.muli %v465, %v69 : i64
      %v475 = arith.addi %v474, %v60 : i64
      %v476 = llvm.getelementptr %in_a[%v473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v477 = llvm.load %v476 : !llvm.ptr -> f32
      %v479 = arith.addi %v59, %v478 : i64
      %v480 = arith.constant true
      %v481 = llvm.getelementptr %v4[%v479] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v482 = llvm.load %v481 : !llvm.ptr<3> -> i64
      %v483 = arith.addi %v55, %v60 : i64
      %v484 = arith.cmpi slt, %v483, %v57 : i64
      %v485 = arith.subi %size_T, %v1 : i64
      %v486 = arith.minsi %v483, %v485 : i64
      %v487 = arith.addi %v482, %v486 : i64
      %v488 = arith.muli %v479, %v69 : i64
      %v489 = arith.addi %v488, %v60 : i64
      %v490 = llvm.getelementptr %in_a[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v491 = llvm.load %v490 : !llvm.ptr -> f32
      %v493 = arith.addi %v59, %v492 : i64
      %v494 = arith.constant true
      %v495 = llvm.getelementptr %v4[%v493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v496 = llvm.load %v495 : !llvm.ptr<3> -> i64
      %v497 = arith.addi %v55, %v60 : i64
      %v498 = arith.cmpi slt, %v497, %v57 : i64
      %v499 = arith.subi %size_T, %v1 : i64
      %v500 = arith.minsi %v497, %v499 : i64
      %v501 = arith.addi %v496, %v500 : i64
      %v502 = arith.muli %v493, %v69 : i64
      %v503 = arith.addi %v502, %v60 : i64
      %v504 = llvm.getelementptr %in_a[%v501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v505 = llvm.load %v504 : !llvm.ptr -> f32
      scf.if %v61 {
        %v506 = llvm.getelementptr %v5[%v71] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v73, %v506 : f32, !llvm.ptr<3>
      }
      scf.if %v75 {
        %v507 = llvm.getelementptr %v5[%v84] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v86, %v507 : f32, !llvm.ptr<3>
      }
      scf.if %v89 {
        %v508 = llvm.getelementptr %v5[%v98] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v100, %v508 : f32, !llvm.ptr<3>
      }
      scf.if %v103 {
        %v509 = llvm.getelementptr %v5[%v112] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v114, %v509 : f32, !llvm.ptr<3>
      }
      scf.if %v117 {
        %v510 = llvm.getelementptr %v5[%v126] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v128, %v510 : f32, !llvm.ptr<3>
      }
      scf.if %v131 {
        %v511 = llvm.getelementptr %v5[%v140] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v142, %v511 : f32, !llvm.ptr<3>
      }
      scf.if %v145 {
        %v512 = llvm.getelementptr %v5[%v154] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v156, %v512 : f32, !llvm.ptr<3>
      }
      scf.if %v159 {
        %v513 = llvm.getelementptr %v5[%v168] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v170, %v513 : f32, !llvm.ptr<3>
      }
      scf.if %v173 {
        %v514 = llvm.getelementptr %v5[%v182] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v184, %v514 : f32, !llvm.ptr<3>
      }
      scf.if %v187 {
        %v515 = llvm.getelementptr %v5[%v196] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v198, %v515 : f32, !llvm.ptr<3>
      }
      scf.if %v201 {
        %v516 = llvm.getelementptr %v5[%v210] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v212, %v516 : f32, !llvm.ptr<3>
      }
      scf.if %v215 {
        %v517 = llvm.getelementptr %v5[%v224] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v226, %v517 : f32, !llvm.ptr<3>
      }
      scf.if %v229 {
        %v518 = llvm.getelementptr %v5[%v238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v240, %v518 : f32, !llvm.ptr<3>
      }
      scf.if %v243 {
        %v519 = llvm.getelementptr %v5[%v252] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v254, %v519 : f32, !llvm.ptr<3>
      }
      scf.if %v257 {
        %v520 = llvm.getelementptr %v5[%v266] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v268, %v520 : f32, !llvm.ptr<3>
      }
      scf.if %v271 {
        %v521 = llvm.getelementptr %v5[%v280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v282, %v521 : f32, !llvm.ptr<3>
      }
      scf.if %v284 {
        %v522 = llvm.getelementptr %v5[%v293] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v295, %v522 : f32, !llvm.ptr<3>
      }
      scf.if %v298 {
        %v523 = llvm.getelementptr %v5[%v307] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v309, %v523 : f32, !llvm.ptr<3>
      }
      scf.if %v312 {
        %v524 = llvm.getelementptr %v5[%v321] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v323, %v524 : f32, !llvm.ptr<3>
      }
      scf.if %v326 {
        %v525 = llvm.getelementptr %v5[%v335] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v337, %v525 : f32, !llvm.ptr<3>
      }
      scf.if %v340 {
        %v526 = llvm.getelementptr %v5[%v349] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v351, %v526 : f32, !llvm.ptr<3>
      }
      scf.if %v354 {
        %v527 = llvm.getelementptr %v5[%v363] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v365, %v527 : f32, !llvm.ptr<3>
      }
      scf.if %v368 {
        %v528 = llvm.getelementptr %v5[%v377] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v379, %v528 : f32, !llvm.ptr<3>
      }
      scf.if %v382 {
        %v529 = llvm.getelementptr %v5[%v391] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v393, %v529 : f32, !llvm.ptr<3>
      }
      scf.if %v396 {
        %v530 = llvm.getelementptr %v5[%v405] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v407, %v530 : f32, !llvm.ptr<3>
      }
      scf.if %v410 {
        %v531 = llvm.getelementptr %v5[%v419] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v421, %v531 : f32, !llvm.ptr<3>
      }
      scf.if %v424 {
        %v532 = llvm.getelementptr %v5[%v433] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v435, %v532 : f32, !llvm.ptr<3>
      }
      scf.if %v438 {
        %v533 = llvm.getelementptr %v5[%v447] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v449, %v533 : f32, !llvm.ptr<3>
      }
      scf.if %v452 {
        %v534 = llvm.getelementptr %v5[%v461] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v463, %v534 : f32, !llvm.ptr<3>
      }
      scf.if %v466 {
        %v535 = llvm.getelementptr %v5[%v475] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v477, %v535 : f32, !llvm.ptr<3>
      }
      scf.if %v480 {
        %v536 = llvm.getelementptr %v5[%v489] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v491, %v536 : f32, !llvm.ptr<3>
      }
      scf.if %v494 {
        %v537 = llvm.getelementptr %v5[%v503] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v505, %v537 : f32, !llvm.ptr<3>
      }
      // end staged load of `a`
      // staged load of `x`'s first tile: read, then shared memory
      %v538 = arith.divui %v12, %v58 : i64
      %v539 = arith.remui %v12, %v58 : i64
      %v540 = arith.constant true
      %v541 = arith.addi %v14, %v538 : i64
      %v542 = llvm.getelementptr %v4[%v541] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v543 = llvm.load %v542 : !llvm.ptr<3> -> i64
      %v544 = arith.addi %v55, %v539 : i64
      %v545 = arith.cmpi slt, %v544, %v57 : i64
      %v546 = arith.subi %size_T, %v1 : i64
      %v547 = arith.minsi %v544, %v546 : i64
      %v548 = arith.addi %v543, %v547 : i64
      %v549 = arith.muli %v541, %v69 : i64
      %v550 = arith.addi %v549, %v539 : i64
      %v551 = llvm.getelementptr %in_x[%v548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v552 = llvm.load %v551 : !llvm.ptr -> f32
      %v553 = arith.addi %v538, %v45 : i64
      %v554 = arith.constant true
      %v555 = arith.addi %v14, %v553 : i64
      %v556 = llvm.getelementptr %v4[%v555] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v557 = llvm.load %v556 : !llvm.ptr<3> -> i64
      %v558 = arith.addi %v55, %v539 : i64
      %v559 = arith.cmpi slt, %v558, %v57 : i64
      %v560 = arith.subi %size_T, %v1 : i64
      %v561 = arith.minsi %v558, %v560 : i64
      %v562 = arith.addi %v557, %v561 : i64
      %v563 = arith.muli %v555, %v69 : i64
      %v564 = arith.addi %v563, %v539 : i64
      %v565 = llvm.getelementptr %in_x[%v562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v566 = llvm.load %v565 : !llvm.ptr -> f32
      %v567 = arith.addi %v538, %v87 : i64
      %v568 = arith.constant true
      %v569 = arith.addi %v14, %v567 : i64
      %v570 = llvm.getelementptr %v4[%v569] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v571 = llvm.load %v570 : !llvm.ptr<3> -> i64
      %v572 = arith.addi %v55, %v539 : i64
      %v573 = arith.cmpi slt, %v572, %v57 : i64
      %v574 = arith.subi %size_T, %v1 : i64
      %v575 = arith.minsi %v572, %v574 : i64
      %v576 = arith.addi %v571, %v575 : i64
      %v577 = arith.muli %v569, %v69 : i64
      %v578 = arith.addi %v577, %v539 : i64
      %v579 = llvm.getelementptr %in_x[%v576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v580 = llvm.load %v579 : !llvm.ptr -> f32
      %v581 = arith.addi %v538, %v101 : i64
      %v582 = arith.constant true
      %v583 = arith.addi %v14, %v581 : i64
      %v584 = llvm.getelementptr %v4[%v583] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v585 = llvm.load %v584 : !llvm.ptr<3> -> i64
      %v586 = arith.addi %v55, %v539 : i64
      %v587 = arith.cmpi slt, %v586, %v57 : i64
      %v588 = arith.subi %size_T, %v1 : i64
      %v589 = arith.minsi %v586, %v588 : i64
      %v590 = arith.addi %v585, %v589 : i64
      %v591 = arith.muli %v583, %v69 : i64
      %v592 = arith.addi %v591, %v539 : i64
      %v593 = llvm.getelementptr %in_x[%v590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v594 = llvm.load %v593 : !llvm.ptr -> f32
      %v595 = arith.addi %v538, %v115 : i64
      %v596 = arith.constant true
      %v597 = arith.addi %v14, %v595 : i64
      %v598 = llvm.getelementptr %v4[%v597] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v599 = llvm.load %v598 : !llvm.ptr<3> -> i64
      %v600 = arith.addi %v55, %v539 : i64
      %v601 = arith.cmpi slt, %v600, %v57 : i64
      %v602 = arith.subi %size_T, %v1 : i64
      %v603 = arith.minsi %v600, %v602 : i64
      %v604 = arith.addi %v599, %v603 : i64
      %v605 = arith.muli %v597, %v69 : i64
      %v606 = arith.addi %v605, %v539 : i64
      %v607 = llvm.getelementptr %in_x[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v608 = llvm.load %v607 : !llvm.ptr -> f32
      %v609 = arith.addi %v538, %v129 : i64
      %v610 = arith.constant true
      %v611 = arith.addi %v14, %v609 : i64
      %v612 = llvm.getelementptr %v4[%v611] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v613 = llvm.load %v612 : !llvm.ptr<3> -> i64
      %v614 = arith.addi %v55, %v539 : i64
      %v615 = arith.cmpi slt, %v614, %v57 : i64
      %v616 = arith.subi %size_T, %v1 : i64
      %v617 = arith.minsi %v614, %v616 : i64
      %v618 = arith.addi %v613, %v617 : i64
      %v619 = arith.muli %v611, %v69 : i64
      %v620 = arith.addi %v619, %v539 : i64
      %v621 = llvm.getelementptr %in_x[%v618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v622 = llvm.load %v621 : !llvm.ptr -> f32
      %v623 = arith.addi %v538, %v143 : i64
      %v624 = arith.constant true
      %v625 = arith.addi %v14, %v623 : i64
      %v626 = llvm.getelementptr %v4[%v625] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v627 = llvm.load %v626 : !llvm.ptr<3> -> i64
      %v628 = arith.addi %v55, %v539 : i64
      %v629 = arith.cmpi slt, %v628, %v57 : i64
      %v630 = arith.subi %size_T, %v1 : i64
      %v631 = arith.minsi %v628, %v630 : i64
      %v632 = arith.addi %v627, %v631 : i64
      %v633 = arith.muli %v625, %v69 : i64
      %v634 = arith.addi %v633, %v539 : i64
      %v635 = llvm.getelementptr %in_x[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v636 = llvm.load %v635 : !llvm.ptr -> f32
      %v637 = arith.addi %v538, %v157 : i64
      %v638 = arith.constant true
      %v639 = arith.addi %v14, %v637 : i64
      %v640 = llvm.getelementptr %v4[%v639] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v641 = llvm.load %v640 : !llvm.ptr<3> -> i64
      %v642 = arith.addi %v55, %v539 : i64
      %v643 = arith.cmpi slt, %v642, %v57 : i64
      %v644 = arith.subi %size_T, %v1 : i64
      %v645 = arith.minsi %v642, %v644 : i64
      %v646 = arith.addi %v641, %v645 : i64
      %v647 = arith.muli %v639, %v69 : i64
      %v648 = arith.addi %v647, %v539 : i64
      %v649 = llvm.getelementptr %in_x[%v646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v650 = llvm.load %v649 : !llvm.ptr -> f32
      %v651 = arith.addi %v538, %v171 : i64
      %v652 = arith.constant true
      %v653 = arith.addi %v14, %v651 : i64
      %v654 = llvm.getelementptr %v4[%v653] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v655 = llvm.load %v654 : !llvm.ptr<3> -> i64
      %v656 = arith.addi %v55, %v539 : i64
      %v657 = arith.cmpi slt, %v656, %v57 : i64
      %v658 = arith.subi %size_T, %v1 : i64
      %v659 = arith.minsi %v656, %v658 : i64
      %v660 = arith.addi %v655, %v659 : i64
      %v661 = arith.muli %v653, %v69 : i64
      %v662 = arith.addi %v661, %v539 : i64
      %v663 = llvm.getelementptr %in_x[%v660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v664 = llvm.load %v663 : !llvm.ptr -> f32
      %v665 = arith.addi %v538, %v185 : i64
      %v666 = arith.constant true
      %v667 = arith.addi %v14, %v665 : i64
      %v668 = llvm.getelementptr %v4[%v667] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v669 = llvm.load %v668 : !llvm.ptr<3> -> i64
      %v670 = arith.addi %v55, %v539 : i64
      %v671 = arith.cmpi slt, %v670, %v57 : i64
      %v672 = arith.subi %size_T, %v1 : i64
      %v673 = arith.minsi %v670, %v672 : i64
      %v674 = arith.addi %v669, %v673 : i64
      %v675 = arith.muli %v667, %v69 : i64
      %v676 = arith.addi %v675, %v539 : i64
      %v677 = llvm.getelementptr %in_x[%v674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v678 = llvm.load %v677 : !llvm.ptr -> f32
      %v679 = arith.addi %v538, %v199 : i64
      %v680 = arith.constant true
      %v681 = arith.addi %v14, %v679 : i64
      %v682 = llvm.getelementptr %v4[%v681] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v683 = llvm.load %v682 : !llvm.ptr<3> -> i64
      %v684 = arith.addi %v55, %v539 : i64
      %v685 = arith.cmpi slt, %v684, %v57 : i64
      %v686 = arith.subi %size_T, %v1 : i64
      %v687 = arith.minsi %v684, %v686 : i64
      %v688 = arith.addi %v683, %v687 : i64
      %v689 = arith.muli %v681, %v69 : i64
      %v690 = arith.addi %v689, %v539 : i64
      %v691 = llvm.getelementptr %in_x[%v688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v692 = llvm.load %v691 : !llvm.ptr -> f32
      %v693 = arith.addi %v538, %v213 : i64
      %v694 = arith.constant true
      %v695 = arith.addi %v14, %v693 : i64
      %v696 = llvm.getelementptr %v4[%v695] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v697 = llvm.load %v696 : !llvm.ptr<3> -> i64
      %v698 = arith.addi %v55, %v539 : i64
      %v699 = arith.cmpi slt, %v698, %v57 : i64
      %v700 = arith.subi %size_T, %v1 : i64
      %v701 = arith.minsi %v698, %v700 : i64
      %v702 = arith.addi %v697, %v701 : i64
      %v703 = arith.muli %v695, %v69 : i64
      %v704 = arith.addi %v703, %v539 : i64
      %v705 = llvm.getelementptr %in_x[%v702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v706 = llvm.load %v705 : !llvm.ptr -> f32
      %v707 = arith.addi %v538, %v227 : i64
      %v708 = arith.constant true
      %v709 = arith.addi %v14, %v707 : i64
      %v710 = llvm.getelementptr %v4[%v709] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v711 = llvm.load %v710 : !llvm.ptr<3> -> i64
      %v712 = arith.addi %v55, %v539 : i64
      %v713 = arith.cmpi slt, %v712, %v57 : i64
      %v714 = arith.subi %size_T, %v1 : i64
      %v715 = arith.minsi %v712, %v714 : i64
      %v716 = arith.addi %v711, %v715 : i64
      %v717 = arith.muli %v709, %v69 : i64
      %v718 = arith.addi %v717, %v539 : i64
      %v719 = llvm.getelementptr %in_x[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v720 = llvm.load %v719 : !llvm.ptr -> f32
      %v721 = arith.addi %v538, %v241 : i64
      %v722 = arith.constant true
      %v723 = arith.addi %v14, %v721 : i64
      %v724 = llvm.getelementptr %v4[%v723] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v725 = llvm.load %v724 : !llvm.ptr<3> -> i64
      %v726 = arith.addi %v55, %v539 : i64
      %v727 = arith.cmpi slt, %v726, %v57 : i64
      %v728 = arith.subi %size_T, %v1 : i64
      %v729 = arith.minsi %v726, %v728 : i64
      %v730 = arith.addi %v725, %v729 : i64
      %v731 = arith.muli %v723, %v69 : i64
      %v732 = arith.addi %v731, %v539 : i64
      %v733 = llvm.getelementptr %in_x[%v730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v734 = llvm.load %v733 : !llvm.ptr -> f32
      %v735 = arith.addi %v538, %v255 : i64
      %v736 = arith.constant true
      %v737 = arith.addi %v14, %v735 : i64
      %v738 = llvm.getelementptr %v4[%v737] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v739 = llvm.load %v738 : !llvm.ptr<3> -> i64
      %v740 = arith.addi %v55, %v539 : i64
      %v741 = arith.cmpi slt, %v740, %v57 : i64
      %v742 = arith.subi %size_T, %v1 : i64
      %v743 = arith.minsi %v740, %v742 : i64
      %v744 = arith.addi %v739, %v743 : i64
      %v745 = arith.muli %v737, %v69 : i64
      %v746 = arith.addi %v745, %v539 : i64
      %v747 = llvm.getelementptr %in_x[%v744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v748 = llvm.load %v747 : !llvm.ptr -> f32
      %v749 = arith.addi %v538, %v269 : i64
      %v750 = arith.constant true
      %v751 = arith.addi %v14, %v749 : i64
      %v752 = llvm.getelementptr %v4[%v751] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v753 = llvm.load %v752 : !llvm.ptr<3> -> i64
      %v754 = arith.addi %v55, %v539 : i64
      %v755 = arith.cmpi slt, %v754, %v57 : i64
      %v756 = arith.subi %size_T, %v1 : i64
      %v757 = arith.minsi %v754, %v756 : i64
      %v758 = arith.addi %v753, %v757 : i64
      %v759 = arith.muli %v751, %v69 : i64
      %v760 = arith.addi %v759, %v539 : i64
      %v761 = llvm.getelementptr %in_x[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v762 = llvm.load %v761 : !llvm.ptr -> f32
      %v763 = arith.addi %v538, %v58 : i64
      %v764 = arith.constant true
      %v765 = arith.addi %v14, %v763 : i64
      %v766 = llvm.getelementptr %v4[%v765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v767 = llvm.load %v766 : !llvm.ptr<3> -> i64
      %v768 = arith.addi %v55, %v539 : i64
      %v769 = arith.cmpi slt, %v768, %v57 : i64
      %v770 = arith.subi %size_T, %v1 : i64
      %v771 = arith.minsi %v768, %v770 : i64
      %v772 = arith.addi %v767, %v771 : i64
      %v773 = arith.muli %v765, %v69 : i64
      %v774 = arith.addi %v773, %v539 : i64
      %v775 = llvm.getelementptr %in_x[%v772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v776 = llvm.load %v775 : !llvm.ptr -> f32
      %v777 = arith.addi %v538, %v296 : i64
      %v778 = arith.constant true
      %v779 = arith.addi %v14, %v777 : i64
      %v780 = llvm.getelementptr %v4[%v779] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v781 = llvm.load %v780 : !llvm.ptr<3> -> i64
      %v782 = arith.addi %v55, %v539 : i64
      %v783 = arith.cmpi slt, %v782, %v57 : i64
      %v784 = arith.subi %size_T, %v1 : i64
      %v785 = arith.minsi %v782, %v784 : i64
      %v786 = arith.addi %v781, %v785 : i64
      %v787 = arith.muli %v779, %v69 : i64
      %v788 = arith.addi %v787, %v539 : i64
      %v789 = llvm.getelementptr %in_x[%v786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v790 = llvm.load %v789 : !llvm.ptr -> f32
      %v791 = arith.addi %v538, %v310 : i64
      %v792 = arith.constant true
      %v793 = arith.addi %v14, %v791 : i64
      %v794 = llvm.getelementptr %v4[%v793] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v795 = llvm.load %v794 : !llvm.ptr<3> -> i64
      %v796 = arith.addi %v55, %v539 : i64
      %v797 = arith.cmpi slt, %v796, %v57 : i64
      %v798 = arith.subi %size_T, %v1 : i64
      %v799 = arith.minsi %v796, %v798 : i64
      %v800 = arith.addi %v795, %v799 : i64
      %v801 = arith.muli %v793, %v69 : i64
      %v802 = arith.addi %v801, %v539 : i64
      %v803 = llvm.getelementptr %in_x[%v800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v804 = llvm.load %v803 : !llvm.ptr -> f32
      %v805 = arith.addi %v538, %v324 : i64
      %v806 = arith.constant true
      %v807 = arith.addi %v14, %v805 : i64
      %v808 = llvm.getelementptr %v4[%v807] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v809 = llvm.load %v808 : !llvm.ptr<3> -> i64
      %v810 = arith.addi %v55, %v539 : i64
      %v811 = arith.cmpi slt, %v810, %v57 : i64
      %v812 = arith.subi %size_T, %v1 : i64
      %v813 = arith.minsi %v810, %v812 : i64
      %v814 = arith.addi %v809, %v813 : i64
      %v815 = arith.muli %v807, %v69 : i64
      %v816 = arith.addi %v815, %v539 : i64
      %v817 = llvm.getelementptr %in_x[%v814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v818 = llvm.load %v817 : !llvm.ptr -> f32
      %v819 = arith.addi %v538, %v338 : i64
      %v820 = arith.constant true
      %v821 = arith.addi %v14, %v819 : i64
      %v822 = llvm.getelementptr %v4[%v821] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v823 = llvm.load %v822 : !llvm.ptr<3> -> i64
      %v824 = arith.addi %v55, %v539 : i64
      %v825 = arith.cmpi slt, %v824, %v57 : i64
      %v826 = arith.subi %size_T, %v1 : i64
      %v827 = arith.minsi %v824, %v826 : i64
      %v828 = arith.addi %v823, %v827 : i64
      %v829 = arith.muli %v821, %v69 : i64
      %v830 = arith.addi %v829, %v539 : i64
      %v831 = llvm.getelementptr %in_x[%v828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v832 = llvm.load %v831 : !llvm.ptr -> f32
      %v833 = arith.addi %v538, %v352 : i64
      %v834 = arith.constant true
      %v835 = arith.addi %v14, %v833 : i64
      %v836 = llvm.getelementptr %v4[%v835] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v837 = llvm.load %v836 : !llvm.ptr<3> -> i64
      %v838 = arith.addi %v55, %v539 : i64
      %v839 = arith.cmpi slt, %v838, %v57 : i64
      %v840 = arith.subi %size_T, %v1 : i64
      %v841 = arith.minsi %v838, %v840 : i64
      %v842 = arith.addi %v837, %v841 : i64
      %v843 = arith.muli %v835, %v69 : i64
      %v844 = arith.addi %v843, %v539 : i64
      %v845 = llvm.getelementptr %in_x[%v842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v846 = llvm.load %v845 : !llvm.ptr -> f32
      %v847 = arith.addi %v538, %v366 : i64
      %v848 = arith.constant true
      %v849 = arith.addi %v14, %v847 : i64
      %v850 = llvm.getelementptr %v4[%v849] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v851 = llvm.load %v850 : !llvm.ptr<3> -> i64
      %v852 = arith.addi %v55, %v539 : i64
      %v853 = arith.cmpi slt, %v852, %v57 : i64
      %v854 = arith.subi %size_T, %v1 : i64
      %v855 = arith.minsi %v852, %v854 : i64
      %v856 = arith.addi %v851, %v855 : i64
      %v857 = arith.muli %v849, %v69 : i64
      %v858 = arith.addi %v857, %v539 : i64
      %v859 = llvm.getelementptr %in_x[%v856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v860 = llvm.load %v859 : !llvm.ptr -> f32
      %v861 = arith.addi %v538, %v380 : i64
      %v862 = arith.constant true
      %v863 = arith.addi %v14, %v861 : i64
      %v864 = llvm.getelementptr %v4[%v863] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v865 = llvm.load %v864 : !llvm.ptr<3> -> i64
      %v866 = arith.addi %v55, %v539 : i64
      %v867 = arith.cmpi slt, %v866, %v57 : i64
      %v868 = arith.subi %size_T, %v1 : i64
      %v869 = arith.minsi %v866, %v868 : i64
      %v870 = arith.addi %v865, %v869 : i64
      %v871 = arith.muli %v863, %v69 : i64
      %v872 = arith.addi %v871, %v539 : i64
      %v873 = llvm.getelementptr %in_x[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v874 = llvm.load %v873 : !llvm.ptr -> f32
      %v875 = arith.addi %v538, %v394 : i64
      %v876 = arith.constant true
      %v877 = arith.addi %v14, %v875 : i64
      %v878 = llvm.getelementptr %v4[%v877] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v879 = llvm.load %v878 : !llvm.ptr<3> -> i64
      %v880 = arith.addi %v55, %v539 : i64
      %v881 = arith.cmpi slt, %v880, %v57 : i64
      %v882 = arith.subi %size_T, %v1 : i64
      %v883 = arith.minsi %v880, %v882 : i64
      %v884 = arith.addi %v879, %v883 : i64
      %v885 = arith.muli %v877, %v69 : i64
      %v886 = arith.addi %v885, %v539 : i64
      %v887 = llvm.getelementptr %in_x[%v884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v888 = llvm.load %v887 : !llvm.ptr -> f32
      %v889 = arith.addi %v538, %v408 : i64
      %v890 = arith.constant true
      %v891 = arith.addi %v14, %v889 : i64
      %v892 = llvm.getelementptr %v4[%v891] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v893 = llvm.load %v892 : !llvm.ptr<3> -> i64
      %v894 = arith.addi %v55, %v539 : i64
      %v895 = arith.cmpi slt, %v894, %v57 : i64
      %v896 = arith.subi %size_T, %v1 : i64
      %v897 = arith.minsi %v894, %v896 : i64
      %v898 = arith.addi %v893, %v897 : i64
      %v899 = arith.muli %v891, %v69 : i64
      %v900 = arith.addi %v899, %v539 : i64
      %v901 = llvm.getelementptr %in_x[%v898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v902 = llvm.load %v901 : !llvm.ptr -> f32
      %v903 = arith.addi %v538, %v422 : i64
      %v904 = arith.constant true
      %v905 = arith.addi %v14, %v903 : i64
      %v906 = llvm.getelementptr %v4[%v905] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v907 = llvm.load %v906 : !llvm.ptr<3> -> i64
      %v908 = arith.addi %v55, %v539 : i64
      %v909 = arith.cmpi slt, %v908, %v57 : i64
      %v910 = arith.subi %size_T, %v1 : i64
      %v911 = arith.minsi %v908, %v910 : i64
      %v912 = arith.addi %v907, %v911 : i64
      %v913 = arith.muli %v905, %v69 : i64
      %v914 = arith.addi %v913, %v539 : i64
      %v915 = llvm.getelementptr %in_x[%v912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v916 = llvm.load %v915 : !llvm.ptr -> f32
      %v917 = arith.addi %v538, %v436 : i64
      %v918 = arith.constant true
      %v919 = arith.addi %v14, %v917 : i64
      %v920 = llvm.getelementptr %v4[%v919] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v921 = llvm.load %v920 : !llvm.ptr<3> -> i64
      %v922 = arith.addi %v55, %v539 : i64
      %v923 = arith.cmpi slt, %v922, %v57 : i64
      %v924 = arith.subi %size_T, %v1 : i64
      %v925 = arith.minsi %v922, %v924 : i64
      %v926 = arith.addi %v921, %v925 : i64
      %v927 = arith.muli %v919, %v69 : i64
      %v928 = arith.addi %v927, %v539 : i64
      %v929 = llvm.getelementptr %in_x[%v926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v930 = llvm.load %v929 : !llvm.ptr -> f32
      %v931 = arith.addi %v538, %v450 : i64
      %v932 = arith.constant true
      %v933 = arith.addi %v14, %v931 : i64
      %v934 = llvm.getelementptr %v4[%v933] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v935 = llvm.load %v934 : !llvm.ptr<3> -> i64
      %v936 = arith.addi %v55, %v539 : i64
      %v937 = arith.cmpi slt, %v936, %v57 : i64
      %v938 = arith.subi %size_T, %v1 : i64
      %v939 = arith.minsi %v936, %v938 : i64
      %v940 = arith.addi %v935, %v939 : i64
      %v941 = arith.muli %v933, %v69 : i64
      %v942 = arith.addi %v941, %v539 : i64
      %v943 = llvm.getelementptr %in_x[%v940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v944 = llvm.load %v943 : !llvm.ptr -> f32
      %v945 = arith.addi %v538, %v464 : i64
      %v946 = arith.constant true
      %v947 = arith.addi %v14, %v945 : i64
      %v948 = llvm.getelementptr %v4[%v947] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v949 = llvm.load %v948 : !llvm.ptr<3> -> i64
      %v950 = arith.addi %v55, %v539 : i64
      %v951 = arith.cmpi slt, %v950, %v57 : i64
      %v952 = arith.subi %size_T, %v1 : i64
      %v953 = arith.minsi %v950, %v952 : i64
      %v954 = arith.addi %v949, %v953 : i64
      %v955 = arith.muli %v947, %v69 : i64
      %v956 = arith.addi %v955, %v539 : i64
      %v957 = llvm.getelementptr %in_x[%v954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v958 = llvm.load %v957 : !llvm.ptr -> f32
      %v959 = arith.addi %v538, %v478 : i64
      %v960 = arith.constant true
      %v961 = arith.addi %v14, %v959 : i64
      %v962 = llvm.getelementptr %v4[%v961] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v963 = llvm.load %v962 : !llvm.ptr<3> -> i64
      %v964 = arith.addi %v55, %v539 : i64
      %v965 = arith.cmpi slt, %v964, %v57 : i64
      %v966 = arith.subi %size_T, %v1 : i64
      %v967 = arith.minsi %v964, %v966 : i64
      %v968 = arith.addi %v963, %v967 : i64
      %v969 = arith.muli %v961, %v69 : i64
      %v970 = arith.addi %v969, %v539 : i64
      %v971 = llvm.getelementptr %in_x[%v968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v972 = llvm.load %v971 : !llvm.ptr -> f32
      %v973 = arith.addi %v538, %v492 : i64
      %v974 = arith.constant true
      %v975 = arith.addi %v14, %v973 : i64
      %v976 = llvm.getelementptr %v4[%v975] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v977 = llvm.load %v976 : !llvm.ptr<3> -> i64
      %v978 = arith.addi %v55, %v539 : i64
      %v979 = arith.cmpi slt, %v978, %v57 : i64
      %v980 = arith.subi %size_T, %v1 : i64
      %v981 = arith.minsi %v978, %v980 : i64
      %v982 = arith.addi %v977, %v981 : i64
      %v983 = arith.muli %v975, %v69 : i64
      %v984 = arith.addi %v983, %v539 : i64
      %v985 = llvm.getelementptr %in_x[%v982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v986 = llvm.load %v985 : !llvm.ptr -> f32
      scf.if %v540 {
        %v987 = llvm.getelementptr %v5[%v550] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v552, %v987 : f32, !llvm.ptr<3>
      }
      scf.if %v554 {
        %v988 = llvm.getelementptr %v5[%v564] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v566, %v988 : f32, !llvm.ptr<3>
      }
      scf.if %v568 {
        %v989 = llvm.getelementptr %v5[%v578] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v580, %v989 : f32, !llvm.ptr<3>
      }
      scf.if %v582 {
        %v990 = llvm.getelementptr %v5[%v592] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v594, %v990 : f32, !llvm.ptr<3>
      }
      scf.if %v596 {
        %v991 = llvm.getelementptr %v5[%v606] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v608, %v991 : f32, !llvm.ptr<3>
      }
      scf.if %v610 {
        %v992 = llvm.getelementptr %v5[%v620] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v622, %v992 : f32, !llvm.ptr<3>
      }
      scf.if %v624 {
        %v993 = llvm.getelementptr %v5[%v634] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v636, %v993 : f32, !llvm.ptr<3>
      }
      scf.if %v638 {
        %v994 = llvm.getelementptr %v5[%v648] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v650, %v994 : f32, !llvm.ptr<3>
      }
      scf.if %v652 {
        %v995 = llvm.getelementptr %v5[%v662] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v664, %v995 : f32, !llvm.ptr<3>
      }
      scf.if %v666 {
        %v996 = llvm.getelementptr %v5[%v676] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v678, %v996 : f32, !llvm.ptr<3>
      }
      scf.if %v680 {
        %v997 = llvm.getelementptr %v5[%v690] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v692, %v997 : f32, !llvm.ptr<3>
      }
      scf.if %v694 {
        %v998 = llvm.getelementptr %v5[%v704] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v706, %v998 : f32, !llvm.ptr<3>
      }
      scf.if %v708 {
        %v999 = llvm.getelementptr %v5[%v718] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v720, %v999 : f32, !llvm.ptr<3>
      }
      scf.if %v722 {
        %v1000 = llvm.getelementptr %v5[%v732] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v734, %v1000 : f32, !llvm.ptr<3>
      }
      scf.if %v736 {
        %v1001 = llvm.getelementptr %v5[%v746] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v748, %v1001 : f32, !llvm.ptr<3>
      }
      scf.if %v750 {
        %v1002 = llvm.getelementptr %v5[%v760] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v762, %v1002 : f32, !llvm.ptr<3>
      }
      scf.if %v764 {
        %v1003 = llvm.getelementptr %v5[%v774] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v776, %v1003 : f32, !llvm.ptr<3>
      }
      scf.if %v778 {
        %v1004 = llvm.getelementptr %v5[%v788] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v790, %v1004 : f32, !llvm.ptr<3>
      }
      scf.if %v792 {
        %v1005 = llvm.getelementptr %v5[%v802] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v804, %v1005 : f32, !llvm.ptr<3>
      }
      scf.if %v806 {
        %v1006 = llvm.getelementptr %v5[%v816] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v818, %v1006 : f32, !llvm.ptr<3>
      }
      scf.if %v820 {
        %v1007 = llvm.getelementptr %v5[%v830] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v832, %v1007 : f32, !llvm.ptr<3>
      }
      scf.if %v834 {
        %v1008 = llvm.getelementptr %v5[%v844] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v846, %v1008 : f32, !llvm.ptr<3>
      }
      scf.if %v848 {
        %v1009 = llvm.getelementptr %v5[%v858] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v860, %v1009 : f32, !llvm.ptr<3>
      }
      scf.if %v862 {
        %v1010 = llvm.getelementptr %v5[%v872] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v874, %v1010 : f32, !llvm.ptr<3>
      }
      scf.if %v876 {
        %v1011 = llvm.getelementptr %v5[%v886] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v888, %v1011 : f32, !llvm.ptr<3>
      }
      scf.if %v890 {
        %v1012 = llvm.getelementptr %v5[%v900] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v902, %v1012 : f32, !llvm.ptr<3>
      }
      scf.if %v904 {
        %v1013 = llvm.getelementptr %v5[%v914] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v916, %v1013 : f32, !llvm.ptr<3>
      }
      scf.if %v918 {
        %v1014 = llvm.getelementptr %v5[%v928] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v930, %v1014 : f32, !llvm.ptr<3>
      }
      scf.if %v932 {
        %v1015 = llvm.getelementptr %v5[%v942] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v944, %v1015 : f32, !llvm.ptr<3>
      }
      scf.if %v946 {
        %v1016 = llvm.getelementptr %v5[%v956] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v958, %v1016 : f32, !llvm.ptr<3>
      }
      scf.if %v960 {
        %v1017 = llvm.getelementptr %v5[%v970] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v972, %v1017 : f32, !llvm.ptr<3>
      }
      scf.if %v974 {
        %v1018 = llvm.getelementptr %v5[%v984] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v986, %v1018 : f32, !llvm.ptr<3>
      }
      // end staged load of `x`
      gpu.barrier
      %v1019 = arith.index_cast %v55 : i64 to index
      %v1020 = arith.index_cast %v57 : i64 to index
      %v1021 = arith.index_cast %v58 : i64 to index
      scf.for %v1022 = %v1019 to %v1020 step %v1021 {
        %v1023 = arith.index_cast %v1022 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v1024 = arith.remui %v1023, %v14 : i64
        %v1025 = arith.cmpi eq, %v1024, %v29 : i64
        %v1026 = arith.andi %v1025, %v22 : i1
        scf.if %v1026 {
          %v1027 = arith.divui %v1023, %v14 : i64
          %v1028 = llvm.mlir.zero : !llvm.ptr
          %v1029 = llvm.icmp "ne" %ckpt_h, %v1028 : !llvm.ptr
          scf.if %v1029 {
            %v1031 = arith.muli %v1027, %v1030 : i64
            %v1032 = llvm.load %v3 : !llvm.ptr -> f32
            %v1033 = arith.muli %v27, %size_C : i64
            %v1034 = arith.addi %v1033, %v25 : i64
            %v1035 = arith.addi %v1031, %v1034 : i64
            %v1036 = llvm.getelementptr %ckpt_h[%v1035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1032, %v1036 : f32, !llvm.ptr
          }
        }
        // end save
        %v1037 = arith.subi %v57, %v1023 : i64
        %v1038 = arith.minsi %v1037, %v58 : i64
        %v1039 = arith.addi %v1023, %v58 : i64
        %v1040 = arith.divui %v12, %v58 : i64
        %v1041 = arith.remui %v12, %v58 : i64
        %v1042 = arith.constant true
        %v1043 = llvm.getelementptr %v4[%v1040] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1044 = llvm.load %v1043 : !llvm.ptr<3> -> i64
        %v1045 = arith.addi %v1039, %v1041 : i64
        %v1046 = arith.cmpi slt, %v1045, %v57 : i64
        %v1047 = arith.subi %size_T, %v1 : i64
        %v1048 = arith.minsi %v1045, %v1047 : i64
        %v1049 = arith.addi %v1044, %v1048 : i64
        %v1050 = arith.muli %v1040, %v69 : i64
        %v1051 = arith.addi %v1050, %v1041 : i64
        %v1052 = llvm.getelementptr %in_a[%v1049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1053 = llvm.load %v1052 : !llvm.ptr -> f32
        %v1054 = arith.addi %v1040, %v45 : i64
        %v1055 = arith.constant true
        %v1056 = llvm.getelementptr %v4[%v1054] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1057 = llvm.load %v1056 : !llvm.ptr<3> -> i64
        %v1058 = arith.addi %v1039, %v1041 : i64
        %v1059 = arith.cmpi slt, %v1058, %v57 : i64
        %v1060 = arith.subi %size_T, %v1 : i64
        %v1061 = arith.minsi %v1058, %v1060 : i64
        %v1062 = arith.addi %v1057, %v1061 : i64
        %v1063 = arith.muli %v1054, %v69 : i64
        %v1064 = arith.addi %v1063, %v1041 : i64
        %v1065 = llvm.getelementptr %in_a[%v1062] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1066 = llvm.load %v1065 : !llvm.ptr -> f32
        %v1067 = arith.addi %v1040, %v87 : i64
        %v1068 = arith.constant true
        %v1069 = llvm.getelementptr %v4[%v1067] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1070 = llvm.load %v1069 : !llvm.ptr<3> -> i64
        %v1071 = arith.addi %v1039, %v1041 : i64
        %v1072 = arith.cmpi slt, %v1071, %v57 : i64
        %v1073 = arith.subi %size_T, %v1 : i64
        %v1074 = arith.minsi %v1071, %v1073 : i64
        %v1075 = arith.addi %v1070, %v1074 : i64
        %v1076 = arith.muli %v1067, %v69 : i64
        %v1077 = arith.addi %v1076, %v1041 : i64
        %v1078 = llvm.getelementptr %in_a[%v1075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1079 = llvm.load %v1078 : !llvm.ptr -> f32
        %v1080 = arith.addi %v1040, %v101 : i64
        %v1081 = arith.constant true
        %v1082 = llvm.getelementptr %v4[%v1080] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1083 = llvm.load %v1082 : !llvm.ptr<3> -> i64
        %v1084 = arith.addi %v1039, %v1041 : i64
        %v1085 = arith.cmpi slt, %v1084, %v57 : i64
        %v1086 = arith.subi %size_T, %v1 : i64
        %v1087 = arith.minsi %v1084, %v1086 : i64
        %v1088 = arith.addi %v1083, %v1087 : i64
        %v1089 = arith.muli %v1080, %v69 : i64
        %v1090 = arith.addi %v1089, %v1041 : i64
        %v1091 = llvm.getelementptr %in_a[%v1088] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1092 = llvm.load %v1091 : !llvm.ptr -> f32
        %v1093 = arith.addi %v1040, %v115 : i64
        %v1094 = arith.constant true
        %v1095 = llvm.getelementptr %v4[%v1093] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1096 = llvm.load %v1095 : !llvm.ptr<3> -> i64
        %v1097 = arith.addi %v1039, %v1041 : i64
        %v1098 = arith.cmpi slt, %v1097, %v57 : i64
        %v1099 = arith.subi %size_T, %v1 : i64
        %v1100 = arith.minsi %v1097, %v1099 : i64
        %v1101 = arith.addi %v1096, %v1100 : i64
        %v1102 = arith.muli %v1093, %v69 : i64
        %v1103 = arith.addi %v1102, %v1041 : i64
        %v1104 = llvm.getelementptr %in_a[%v1101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1105 = llvm.load %v1104 : !llvm.ptr -> f32
        %v1106 = arith.addi %v1040, %v129 : i64
        %v1107 = arith.constant true
        %v1108 = llvm.getelementptr %v4[%v1106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1109 = llvm.load %v1108 : !llvm.ptr<3> -> i64
        %v1110 = arith.addi %v1039, %v1041 : i64
        %v1111 = arith.cmpi slt, %v1110, %v57 : i64
        %v1112 = arith.subi %size_T, %v1 : i64
        %v1113 = arith.minsi %v1110, %v1112 : i64
        %v1114 = arith.addi %v1109, %v1113 : i64
        %v1115 = arith.muli %v1106, %v69 : i64
        %v1116 = arith.addi %v1115, %v1041 : i64
        %v1117 = llvm.getelementptr %in_a[%v1114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1118 = llvm.load %v1117 : !llvm.ptr -> f32
        %v1119 = arith.addi %v1040, %v143 : i64
        %v1120 = arith.constant true
        %v1121 = llvm.getelementptr %v4[%v1119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1122 = llvm.load %v1121 : !llvm.ptr<3> -> i64
        %v1123 = arith.addi %v1039, %v1041 : i64
        %v1124 = arith.cmpi slt, %v1123, %v57 : i64
        %v1125 = arith.subi %size_T, %v1 : i64
        %v1126 = arith.minsi %v1123, %v1125 : i64
        %v1127 = arith.addi %v1122, %v1126 : i64
        %v1128 = arith.muli %v1119, %v69 : i64
        %v1129 = arith.addi %v1128, %v1041 : i64
        %v1130 = llvm.getelementptr %in_a[%v1127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1131 = llvm.load %v1130 : !llvm.ptr -> f32
        %v1132 = arith.addi %v1040, %v157 : i64
        %v1133 = arith.constant true
        %v1134 = llvm.getelementptr %v4[%v1132] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1135 = llvm.load %v1134 : !llvm.ptr<3> -> i64
        %v1136 = arith.addi %v1039, %v1041 : i64
        %v1137 = arith.cmpi slt, %v1136, %v57 : i64
        %v1138 = arith.subi %size_T, %v1 : i64
        %v1139 = arith.minsi %v1136, %v1138 : i64
        %v1140 = arith.addi %v1135, %v1139 : i64
        %v1141 = arith.muli %v1132, %v69 : i64
        %v1142 = arith.addi %v1141, %v1041 : i64
        %v1143 = llvm.getelementptr %in_a[%v1140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1144 = llvm.load %v1143 : !llvm.ptr -> f32
        %v1145 = arith.addi %v1040, %v171 : i64
        %v1146 = arith.constant true
        %v1147 = llvm.getelementptr %v4[%v1145] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1148 = llvm.load %v1147 : !llvm.ptr<3> -> i64
        %v1149 = arith.addi %v1039, %v1041 : i64
        %v1150 = arith.cmpi slt, %v1149, %v57 : i64
        %v1151 = arith.subi %size_T, %v1 : i64
        %v1152 = arith.minsi %v1149, %v1151 : i64
        %v1153 = arith.addi %v1148, %v1152 : i64
        %v1154 = arith.muli %v1145, %v69 : i64
        %v1155 = arith.addi %v1154, %v1041 : i64
        %v1156 = llvm.getelementptr %in_a[%v1153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1157 = llvm.load %v1156 : !llvm.ptr -> f32
        %v1158 = arith.addi %v1040, %v185 : i64
        %v1159 = arith.constant true
        %v1160 = llvm.getelementptr %v4[%v1158] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1161 = llvm.load %v1160 : !llvm.ptr<3> -> i64
        %v1162 = arith.addi %v1039, %v1041 : i64
        %v1163 = arith.cmpi slt, %v1162, %v57 : i64
        %v1164 = arith.subi %size_T, %v1 : i64
        %v1165 = arith.minsi %v1162, %v1164 : i64
        %v1166 = arith.addi %v1161, %v1165 : i64
        %v1167 = arith.muli %v1158, %v69 : i64
        %v1168 = arith.addi %v1167, %v1041 : i64
        %v1169 = llvm.getelementptr %in_a[%v1166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1170 = llvm.load %v1169 : !llvm.ptr -> f32
        %v1171 = arith.addi %v1040, %v199 : i64
        %v1172 = arith.constant true
        %v1173 = llvm.getelementptr %v4[%v1171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1174 = llvm.load %v1173 : !llvm.ptr<3> -> i64
        %v1175 = arith.addi %v1039, %v1041 : i64
        %v1176 = arith.cmpi slt, %v1175, %v57 : i64
        %v1177 = arith.subi %size_T, %v1 : i64
        %v1178 = arith.minsi %v1175, %v1177 : i64
        %v1179 = arith.addi %v1174, %v1178 : i64
        %v1180 = arith.muli %v1171, %v69 : i64
        %v1181 = arith.addi %v1180, %v1041 : i64
        %v1182 = llvm.getelementptr %in_a[%v1179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1183 = llvm.load %v1182 : !llvm.ptr -> f32
        %v1184 = arith.addi %v1040, %v213 : i64
        %v1185 = arith.constant true
        %v1186 = llvm.getelementptr %v4[%v1184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1187 = llvm.load %v1186 : !llvm.ptr<3> -> i64
        %v1188 = arith.addi %v1039, %v1041 : i64
        %v1189 = arith.cmpi slt, %v1188, %v57 : i64
        %v1190 = arith.subi %size_T, %v1 : i64
        %v1191 = arith.minsi %v1188, %v1190 : i64
        %v1192 = arith.addi %v1187, %v1191 : i64
        %v1193 = arith.muli %v1184, %v69 : i64
        %v1194 = arith.addi %v1193, %v1041 : i64
        %v1195 = llvm.getelementptr %in_a[%v1192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1196 = llvm.load %v1195 : !llvm.ptr -> f32
        %v1197 = arith.addi %v1040, %v227 : i64
        %v1198 = arith.constant true
        %v1199 = llvm.getelementptr %v4[%v1197] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1200 = llvm.load %v1199 : !llvm.ptr<3> -> i64
        %v1201 = arith.addi %v1039, %v1041 : i64
        %v1202 = arith.cmpi slt, %v1201, %v57 : i64
        %v1203 = arith.subi %size_T, %v1 : i64
        %v1204 = arith.minsi %v1201, %v1203 : i64
        %v1205 = arith.addi %v1200, %v1204 : i64
        %v1206 = arith.muli %v1197, %v69 : i64
        %v1207 = arith.addi %v1206, %v1041 : i64
        %v1208 = llvm.getelementptr %in_a[%v1205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1209 = llvm.load %v1208 : !llvm.ptr -> f32
        %v1210 = arith.addi %v1040, %v241 : i64
        %v1211 = arith.constant true
        %v1212 = llvm.getelementptr %v4[%v1210] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1213 = llvm.load %v1212 : !llvm.ptr<3> -> i64
        %v1214 = arith.addi %v1039, %v1041 : i64
        %v1215 = arith.cmpi slt, %v1214, %v57 : i64
        %v1216 = arith.subi %size_T, %v1 : i64
        %v1217 = arith.minsi %v1214, %v1216 : i64
        %v1218 = arith.addi %v1213, %v1217 : i64
        %v1219 = arith.muli %v1210, %v69 : i64
        %v1220 = arith.addi %v1219, %v1041 : i64
        %v1221 = llvm.getelementptr %in_a[%v1218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1222 = llvm.load %v1221 : !llvm.ptr -> f32
        %v1223 = arith.addi %v1040, %v255 : i64
        %v1224 = arith.constant true
        %v1225 = llvm.getelementptr %v4[%v1223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1226 = llvm.load %v1225 : !llvm.ptr<3> -> i64
        %v1227 = arith.addi %v1039, %v1041 : i64
        %v1228 = arith.cmpi slt, %v1227, %v57 : i64
        %v1229 = arith.subi %size_T, %v1 : i64
        %v1230 = arith.minsi %v1227, %v1229 : i64
        %v1231 = arith.addi %v1226, %v1230 : i64
        %v1232 = arith.muli %v1223, %v69 : i64
        %v1233 = arith.addi %v1232, %v1041 : i64
        %v1234 = llvm.getelementptr %in_a[%v1231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1235 = llvm.load %v1234 : !llvm.ptr -> f32
        %v1236 = arith.addi %v1040, %v269 : i64
        %v1237 = arith.constant true
        %v1238 = llvm.getelementptr %v4[%v1236] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1239 = llvm.load %v1238 : !llvm.ptr<3> -> i64
        %v1240 = arith.addi %v1039, %v1041 : i64
        %v1241 = arith.cmpi slt, %v1240, %v57 : i64
        %v1242 = arith.subi %size_T, %v1 : i64
        %v1243 = arith.minsi %v1240, %v1242 : i64
        %v1244 = arith.addi %v1239, %v1243 : i64
        %v1245 = arith.muli %v1236, %v69 : i64
        %v1246 = arith.addi %v1245, %v1041 : i64
        %v1247 = llvm.getelementptr %in_a[%v1244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1248 = llvm.load %v1247 : !llvm.ptr -> f32
        %v1249 = arith.addi %v1040, %v58 : i64
        %v1250 = arith.constant true
        %v1251 = llvm.getelementptr %v4[%v1249] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1252 = llvm.load %v1251 : !llvm.ptr<3> -> i64
        %v1253 = arith.addi %v1039, %v1041 : i64
        %v1254 = arith.cmpi slt, %v1253, %v57 : i64
        %v1255 = arith.subi %size_T, %v1 : i64
        %v1256 = arith.minsi %v1253, %v1255 : i64
        %v1257 = arith.addi %v1252, %v1256 : i64
        %v1258 = arith.muli %v1249, %v69 : i64
        %v1259 = arith.addi %v1258, %v1041 : i64
        %v1260 = llvm.getelementptr %in_a[%v1257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1261 = llvm.load %v1260 : !llvm.ptr -> f32
        %v1262 = arith.addi %v1040, %v296 : i64
        %v1263 = arith.constant true
        %v1264 = llvm.getelementptr %v4[%v1262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1265 = llvm.load %v1264 : !llvm.ptr<3> -> i64
        %v1266 = arith.addi %v1039, %v1041 : i64
        %v1267 = arith.cmpi slt, %v1266, %v57 : i64
        %v1268 = arith.subi %size_T, %v1 : i64
        %v1269 = arith.minsi %v1266, %v1268 : i64
        %v1270 = arith.addi %v1265, %v1269 : i64
        %v1271 = arith.muli %v1262, %v69 : i64
        %v1272 = arith.addi %v1271, %v1041 : i64
        %v1273 = llvm.getelementptr %in_a[%v1270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1274 = llvm.load %v1273 : !llvm.ptr -> f32
        %v1275 = arith.addi %v1040, %v310 : i64
        %v1276 = arith.constant true
        %v1277 = llvm.getelementptr %v4[%v1275] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1278 = llvm.load %v1277 : !llvm.ptr<3> -> i64
        %v1279 = arith.addi %v1039, %v1041 : i64
        %v1280 = arith.cmpi slt, %v1279, %v57 : i64
        %v1281 = arith.subi %size_T, %v1 : i64
        %v1282 = arith.minsi %v1279, %v1281 : i64
        %v1283 = arith.addi %v1278, %v1282 : i64
        %v1284 = arith.muli %v1275, %v69 : i64
        %v1285 = arith.addi %v1284, %v1041 : i64
        %v1286 = llvm.getelementptr %in_a[%v1283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1287 = llvm.load %v1286 : !llvm.ptr -> f32
        %v1288 = arith.addi %v1040, %v324 : i64
        %v1289 = arith.constant true
        %v1290 = llvm.getelementptr %v4[%v1288] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1291 = llvm.load %v1290 : !llvm.ptr<3> -> i64
        %v1292 = arith.addi %v1039, %v1041 : i64
        %v1293 = arith.cmpi slt, %v1292, %v57 : i64
        %v1294 = arith.subi %size_T, %v1 : i64
        %v1295 = arith.minsi %v1292, %v1294 : i64
        %v1296 = arith.addi %v1291, %v1295 : i64
        %v1297 = arith.muli %v1288, %v69 : i64
        %v1298 = arith.addi %v1297, %v1041 : i64
        %v1299 = llvm.getelementptr %in_a[%v1296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1300 = llvm.load %v1299 : !llvm.ptr -> f32
        %v1301 = arith.addi %v1040, %v338 : i64
        %v1302 = arith.constant true
        %v1303 = llvm.getelementptr %v4[%v1301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1304 = llvm.load %v1303 : !llvm.ptr<3> -> i64
        %v1305 = arith.addi %v1039, %v1041 : i64
        %v1306 = arith.cmpi slt, %v1305, %v57 : i64
        %v1307 = arith.subi %size_T, %v1 : i64
        %v1308 = arith.minsi %v1305, %v1307 : i64
        %v1309 = arith.addi %v1304, %v1308 : i64
        %v1310 = arith.muli %v1301, %v69 : i64
        %v1311 = arith.addi %v1310, %v1041 : i64
        %v1312 = llvm.getelementptr %in_a[%v1309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1313 = llvm.load %v1312 : !llvm.ptr -> f32
        %v1314 = arith.addi %v1040, %v352 : i64
        %v1315 = arith.constant true
        %v1316 = llvm.getelementptr %v4[%v1314] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1317 = llvm.load %v1316 : !llvm.ptr<3> -> i64
        %v1318 = arith.addi %v1039, %v1041 : i64
        %v1319 = arith.cmpi slt, %v1318, %v57 : i64
        %v1320 = arith.subi %size_T, %v1 : i64
        %v1321 = arith.minsi %v1318, %v1320 : i64
        %v1322 = arith.addi %v1317, %v1321 : i64
        %v1323 = arith.muli %v1314, %v69 : i64
        %v1324 = arith.addi %v1323, %v1041 : i64
        %v1325 = llvm.getelementptr %in_a[%v1322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1326 = llvm.load %v1325 : !llvm.ptr -> f32
        %v1327 = arith.addi %v1040, %v366 : i64
        %v1328 = arith.constant true
        %v1329 = llvm.getelementptr %v4[%v1327] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1330 = llvm.load %v1329 : !llvm.ptr<3> -> i64
        %v1331 = arith.addi %v1039, %v1041 : i64
        %v1332 = arith.cmpi slt, %v1331, %v57 : i64
        %v1333 = arith.subi %size_T, %v1 : i64
        %v1334 = arith.minsi %v1331, %v1333 : i64
        %v1335 = arith.addi %v1330, %v1334 : i64
        %v1336 = arith.muli %v1327, %v69 : i64
        %v1337 = arith.addi %v1336, %v1041 : i64
        %v1338 = llvm.getelementptr %in_a[%v1335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1339 = llvm.load %v1338 : !llvm.ptr -> f32
        %v1340 = arith.addi %v1040, %v380 : i64
        %v1341 = arith.constant true
        %v1342 = llvm.getelementptr %v4[%v1340] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1343 = llvm.load %v1342 : !llvm.ptr<3> -> i64
        %v1344 = arith.addi %v1039, %v1041 : i64
        %v1345 = arith.cmpi slt, %v1344, %v57 : i64
        %v1346 = arith.subi %size_T, %v1 : i64
        %v1347 = arith.minsi %v1344, %v1346 : i64
        %v1348 = arith.addi %v1343, %v1347 : i64
        %v1349 = arith.muli %v1340, %v69 : i64
        %v1350 = arith.addi %v1349, %v1041 : i64
        %v1351 = llvm.getelementptr %in_a[%v1348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1352 = llvm.load %v1351 : !llvm.ptr -> f32
        %v1353 = arith.addi %v1040, %v394 : i64
        %v1354 = arith.constant true
        %v1355 = llvm.getelementptr %v4[%v1353] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1356 = llvm.load %v1355 : !llvm.ptr<3> -> i64
        %v1357 = arith.addi %v1039, %v1041 : i64
        %v1358 = arith.cmpi slt, %v1357, %v57 : i64
        %v1359 = arith.subi %size_T, %v1 : i64
        %v1360 = arith.minsi %v1357, %v1359 : i64
        %v1361 = arith.addi %v1356, %v1360 : i64
        %v1362 = arith.muli %v1353, %v69 : i64
        %v1363 = arith.addi %v1362, %v1041 : i64
        %v1364 = llvm.getelementptr %in_a[%v1361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1365 = llvm.load %v1364 : !llvm.ptr -> f32
        %v1366 = arith.addi %v1040, %v408 : i64
        %v1367 = arith.constant true
        %v1368 = llvm.getelementptr %v4[%v1366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1369 = llvm.load %v1368 : !llvm.ptr<3> -> i64
        %v1370 = arith.addi %v1039, %v1041 : i64
        %v1371 = arith.cmpi slt, %v1370, %v57 : i64
        %v1372 = arith.subi %size_T, %v1 : i64
        %v1373 = arith.minsi %v1370, %v1372 : i64
        %v1374 = arith.addi %v1369, %v1373 : i64
        %v1375 = arith.muli %v1366, %v69 : i64
        %v1376 = arith.addi %v1375, %v1041 : i64
        %v1377 = llvm.getelementptr %in_a[%v1374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1378 = llvm.load %v1377 : !llvm.ptr -> f32
        %v1379 = arith.addi %v1040, %v422 : i64
        %v1380 = arith.constant true
        %v1381 = llvm.getelementptr %v4[%v1379] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1382 = llvm.load %v1381 : !llvm.ptr<3> -> i64
        %v1383 = arith.addi %v1039, %v1041 : i64
        %v1384 = arith.cmpi slt, %v1383, %v57 : i64
        %v1385 = arith.subi %size_T, %v1 : i64
        %v1386 = arith.minsi %v1383, %v1385 : i64
        %v1387 = arith.addi %v1382, %v1386 : i64
        %v1388 = arith.muli %v1379, %v69 : i64
        %v1389 = arith.addi %v1388, %v1041 : i64
        %v1390 = llvm.getelementptr %in_a[%v1387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1391 = llvm.load %v1390 : !llvm.ptr -> f32
        %v1392 = arith.addi %v1040, %v436 : i64
        %v1393 = arith.constant true
        %v1394 = llvm.getelementptr %v4[%v1392] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1395 = llvm.load %v1394 : !llvm.ptr<3> -> i64
        %v1396 = arith.addi %v1039, %v1041 : i64
        %v1397 = arith.cmpi slt, %v1396, %v57 : i64
        %v1398 = arith.subi %size_T, %v1 : i64
        %v1399 = arith.minsi %v1396, %v1398 : i64
        %v1400 = arith.addi %v1395, %v1399 : i64
        %v1401 = arith.muli %v1392, %v69 : i64
        %v1402 = arith.addi %v1401, %v1041 : i64
        %v1403 = llvm.getelementptr %in_a[%v1400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1404 = llvm.load %v1403 : !llvm.ptr -> f32
        %v1405 = arith.addi %v1040, %v450 : i64
        %v1406 = arith.constant true
        %v1407 = llvm.getelementptr %v4[%v1405] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1408 = llvm.load %v1407 : !llvm.ptr<3> -> i64
        %v1409 = arith.addi %v1039, %v1041 : i64
        %v1410 = arith.cmpi slt, %v1409, %v57 : i64
        %v1411 = arith.subi %size_T, %v1 : i64
        %v1412 = arith.minsi %v1409, %v1411 : i64
        %v1413 = arith.addi %v1408, %v1412 : i64
        %v1414 = arith.muli %v1405, %v69 : i64
        %v1415 = arith.addi %v1414, %v1041 : i64
        %v1416 = llvm.getelementptr %in_a[%v1413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1417 = llvm.load %v1416 : !llvm.ptr -> f32
        %v1418 = arith.addi %v1040, %v464 : i64
        %v1419 = arith.constant true
        %v1420 = llvm.getelementptr %v4[%v1418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1421 = llvm.load %v1420 : !llvm.ptr<3> -> i64
        %v1422 = arith.addi %v1039, %v1041 : i64
        %v1423 = arith.cmpi slt, %v1422, %v57 : i64
        %v1424 = arith.subi %size_T, %v1 : i64
        %v1425 = arith.minsi %v1422, %v1424 : i64
        %v1426 = arith.addi %v1421, %v1425 : i64
        %v1427 = arith.muli %v1418, %v69 : i64
        %v1428 = arith.addi %v1427, %v1041 : i64
        %v1429 = llvm.getelementptr %in_a[%v1426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1430 = llvm.load %v1429 : !llvm.ptr -> f32
        %v1431 = arith.addi %v1040, %v478 : i64
        %v1432 = arith.constant true
        %v1433 = llvm.getelementptr %v4[%v1431] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1434 = llvm.load %v1433 : !llvm.ptr<3> -> i64
        %v1435 = arith.addi %v1039, %v1041 : i64
        %v1436 = arith.cmpi slt, %v1435, %v57 : i64
        %v1437 = arith.subi %size_T, %v1 : i64
        %v1438 = arith.minsi %v1435, %v1437 : i64
        %v1439 = arith.addi %v1434, %v1438 : i64
        %v1440 = arith.muli %v1431, %v69 : i64
        %v1441 = arith.addi %v1440, %v1041 : i64
        %v1442 = llvm.getelementptr %in_a[%v1439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1443 = llvm.load %v1442 : !llvm.ptr -> f32
        %v1444 = arith.addi %v1040, %v492 : i64
        %v1445 = arith.constant true
        %v1446 = llvm.getelementptr %v4[%v1444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1447 = llvm.load %v1446 : !llvm.ptr<3> -> i64
        %v1448 = arith.addi %v1039, %v1041 : i64
        %v1449 = arith.cmpi slt, %v1448, %v57 : i64
        %v1450 = arith.subi %size_T, %v1 : i64
        %v1451 = arith.minsi %v1448, %v1450 : i64
        %v1452 = arith.addi %v1447, %v1451 : i64
        %v1453 = arith.muli %v1444, %v69 : i64
        %v1454 = arith.addi %v1453, %v1041 : i64
        %v1455 = llvm.getelementptr %in_a[%v1452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1456 = llvm.load %v1455 : !llvm.ptr -> f32
        %v1457 = arith.divui %v12, %v58 : i64
        %v1458 = arith.remui %v12, %v58 : i64
        %v1459 = arith.constant true
        %v1460 = arith.addi %v14, %v1457 : i64
        %v1461 = llvm.getelementptr %v4[%v1460] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1462 = llvm.load %v1461 : !llvm.ptr<3> -> i64
        %v1463 = arith.addi %v1039, %v1458 : i64
        %v1464 = arith.cmpi slt, %v1463, %v57 : i64
        %v1465 = arith.subi %size_T, %v1 : i64
        %v1466 = arith.minsi %v1463, %v1465 : i64
        %v1467 = arith.addi %v1462, %v1466 : i64
        %v1468 = arith.muli %v1460, %v69 : i64
        %v1469 = arith.addi %v1468, %v1458 : i64
        %v1470 = llvm.getelementptr %in_x[%v1467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1471 = llvm.load %v1470 : !llvm.ptr -> f32
        %v1472 = arith.addi %v1457, %v45 : i64
        %v1473 = arith.constant true
        %v1474 = arith.addi %v14, %v1472 : i64
        %v1475 = llvm.getelementptr %v4[%v1474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1476 = llvm.load %v1475 : !llvm.ptr<3> -> i64
        %v1477 = arith.addi %v1039, %v1458 : i64
        %v1478 = arith.cmpi slt, %v1477, %v57 : i64
        %v1479 = arith.subi %size_T, %v1 : i64
        %v1480 = arith.minsi %v1477, %v1479 : i64
        %v1481 = arith.addi %v1476, %v1480 : i64
        %v1482 = arith.muli %v1474, %v69 : i64
        %v1483 = arith.addi %v1482, %v1458 : i64
        %v1484 = llvm.getelementptr %in_x[%v1481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1485 = llvm.load %v1484 : !llvm.ptr -> f32
        %v1486 = arith.addi %v1457, %v87 : i64
        %v1487 = arith.constant true
        %v1488 = arith.addi %v14, %v1486 : i64
        %v1489 = llvm.getelementptr %v4[%v1488] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1490 = llvm.load %v1489 : !llvm.ptr<3> -> i64
        %v1491 = arith.addi %v1039, %v1458 : i64
        %v1492 = arith.cmpi slt, %v1491, %v57 : i64
        %v1493 = arith.subi %size_T, %v1 : i64
        %v1494 = arith.minsi %v1491, %v1493 : i64
        %v1495 = arith.addi %v1490, %v1494 : i64
        %v1496 = arith.muli %v1488, %v69 : i64
        %v1497 = arith.addi %v1496, %v1458 : i64
        %v1498 = llvm.getelementptr %in_x[%v1495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1499 = llvm.load %v1498 : !llvm.ptr -> f32
        %v1500 = arith.addi %v1457, %v101 : i64
        %v1501 = arith.constant true
        %v1502 = arith.addi %v14, %v1500 : i64
        %v1503 = llvm.getelementptr %v4[%v1502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1504 = llvm.load %v1503 : !llvm.ptr<3> -> i64
        %v1505 = arith.addi %v1039, %v1458 : i64
        %v1506 = arith.cmpi slt, %v1505, %v57 : i64
        %v1507 = arith.subi %size_T, %v1 : i64
        %v1508 = arith.minsi %v1505, %v1507 : i64
        %v1509 = arith.addi %v1504, %v1508 : i64
        %v1510 = arith.muli %v1502, %v69 : i64
        %v1511 = arith.addi %v1510, %v1458 : i64
        %v1512 = llvm.getelementptr %in_x[%v1509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1513 = llvm.load %v1512 : !llvm.ptr -> f32
        %v1514 = arith.addi %v1457, %v115 : i64
        %v1515 = arith.constant true
        %v1516 = arith.addi %v14, %v1514 : i64
        %v1517 = llvm.getelementptr %v4[%v1516] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1518 = llvm.load %v1517 : !llvm.ptr<3> -> i64
        %v1519 = arith.addi %v1039, %v1458 : i64
        %v1520 = arith.cmpi slt, %v1519, %v57 : i64
        %v1521 = arith.subi %size_T, %v1 : i64
        %v1522 = arith.minsi %v1519, %v1521 : i64
        %v1523 = arith.addi %v1518, %v1522 : i64
        %v1524 = arith.muli %v1516, %v69 : i64
        %v1525 = arith.addi %v1524, %v1458 : i64
        %v1526 = llvm.getelementptr %in_x[%v1523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1527 = llvm.load %v1526 : !llvm.ptr -> f32
        %v1528 = arith.addi %v1457, %v129 : i64
        %v1529 = arith.constant true
        %v1530 = arith.addi %v14, %v1528 : i64
        %v1531 = llvm.getelementptr %v4[%v1530] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1532 = llvm.load %v1531 : !llvm.ptr<3> -> i64
        %v1533 = arith.addi %v1039, %v1458 : i64
        %v1534 = arith.cmpi slt, %v1533, %v57 : i64
        %v1535 = arith.subi %size_T, %v1 : i64
        %v1536 = arith.minsi %v1533, %v1535 : i64
        %v1537 = arith.addi %v1532, %v1536 : i64
        %v1538 = arith.muli %v1530, %v69 : i64
        %v1539 = arith.addi %v1538, %v1458 : i64
        %v1540 = llvm.getelementptr %in_x[%v1537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1541 = llvm.load %v1540 : !llvm.ptr -> f32
        %v1542 = arith.addi %v1457, %v143 : i64
        %v1543 = arith.constant true
        %v1544 = arith.addi %v14, %v1542 : i64
        %v1545 = llvm.getelementptr %v4[%v1544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1546 = llvm.load %v1545 : !llvm.ptr<3> -> i64
        %v1547 = arith.addi %v1039, %v1458 : i64
        %v1548 = arith.cmpi slt, %v1547, %v57 : i64
        %v1549 = arith.subi %size_T, %v1 : i64
        %v1550 = arith.minsi %v1547, %v1549 : i64
        %v1551 = arith.addi %v1546, %v1550 : i64
        %v1552 = arith.muli %v1544, %v69 : i64
        %v1553 = arith.addi %v1552, %v1458 : i64
        %v1554 = llvm.getelementptr %in_x[%v1551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1555 = llvm.load %v1554 : !llvm.ptr -> f32
        %v1556 = arith.addi %v1457, %v157 : i64
        %v1557 = arith.constant true
        %v1558 = arith.addi %v14, %v1556 : i64
        %v1559 = llvm.getelementptr %v4[%v1558] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1560 = llvm.load %v1559 : !llvm.ptr<3> -> i64
        %v1561 = arith.addi %v1039, %v1458 : i64
        %v1562 = arith.cmpi slt, %v1561, %v57 : i64
        %v1563 = arith.subi %size_T, %v1 : i64
        %v1564 = arith.minsi %v1561, %v1563 : i64
        %v1565 = arith.addi %v1560, %v1564 : i64
        %v1566 = arith.muli %v1558, %v69 : i64
        %v1567 = arith.addi %v1566, %v1458 : i64
        %v1568 = llvm.getelementptr %in_x[%v1565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1569 = llvm.load %v1568 : !llvm.ptr -> f32
        %v1570 = arith.addi %v1457, %v171 : i64
        %v1571 = arith.constant true
        %v1572 = arith.addi %v14, %v1570 : i64
        %v1573 = llvm.getelementptr %v4[%v1572] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1574 = llvm.load %v1573 : !llvm.ptr<3> -> i64
        %v1575 = arith.addi %v1039, %v1458 : i64
        %v1576 = arith.cmpi slt, %v1575, %v57 : i64
        %v1577 = arith.subi %size_T, %v1 : i64
        %v1578 = arith.minsi %v1575, %v1577 : i64
        %v1579 = arith.addi %v1574, %v1578 : i64
        %v1580 = arith.muli %v1572, %v69 : i64
        %v1581 = arith.addi %v1580, %v1458 : i64
        %v1582 = llvm.getelementptr %in_x[%v1579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1583 = llvm.load %v1582 : !llvm.ptr -> f32
        %v1584 = arith.addi %v1457, %v185 : i64
        %v1585 = arith.constant true
        %v1586 = arith.addi %v14, %v1584 : i64
        %v1587 = llvm.getelementptr %v4[%v1586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1588 = llvm.load %v1587 : !llvm.ptr<3> -> i64
        %v1589 = arith.addi %v1039, %v1458 : i64
        %v1590 = arith.cmpi slt, %v1589, %v57 : i64
        %v1591 = arith.subi %size_T, %v1 : i64
        %v1592 = arith.minsi %v1589, %v1591 : i64
        %v1593 = arith.addi %v1588, %v1592 : i64
        %v1594 = arith.muli %v1586, %v69 : i64
        %v1595 = arith.addi %v1594, %v1458 : i64
        %v1596 = llvm.getelementptr %in_x[%v1593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1597 = llvm.load %v1596 : !llvm.ptr -> f32
        %v1598 = arith.addi %v1457, %v199 : i64
        %v1599 = arith.constant true
        %v1600 = arith.addi %v14, %v1598 : i64
        %v1601 = llvm.getelementptr %v4[%v1600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1602 = llvm.load %v1601 : !llvm.ptr<3> -> i64
        %v1603 = arith.addi %v1039, %v1458 : i64
        %v1604 = arith.cmpi slt, %v1603, %v57 : i64
        %v1605 = arith.subi %size_T, %v1 : i64
        %v1606 = arith.minsi %v1603, %v1605 : i64
        %v1607 = arith.addi %v1602, %v1606 : i64
        %v1608 = arith.muli %v1600, %v69 : i64
        %v1609 = arith.addi %v1608, %v1458 : i64
        %v1610 = llvm.getelementptr %in_x[%v1607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1611 = llvm.load %v1610 : !llvm.ptr -> f32
        %v1612 = arith.addi %v1457, %v213 : i64
        %v1613 = arith.constant true
        %v1614 = arith.addi %v14, %v1612 : i64
        %v1615 = llvm.getelementptr %v4[%v1614] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1616 = llvm.load %v1615 : !llvm.ptr<3> -> i64
        %v1617 = arith.addi %v1039, %v1458 : i64
        %v1618 = arith.cmpi slt, %v1617, %v57 : i64
        %v1619 = arith.subi %size_T, %v1 : i64
        %v1620 = arith.minsi %v1617, %v1619 : i64
        %v1621 = arith.addi %v1616, %v1620 : i64
        %v1622 = arith.muli %v1614, %v69 : i64
        %v1623 = arith.addi %v1622, %v1458 : i64
        %v1624 = llvm.getelementptr %in_x[%v1621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1625 = llvm.load %v1624 : !llvm.ptr -> f32
        %v1626 = arith.addi %v1457, %v227 : i64
        %v1627 = arith.constant true
        %v1628 = arith.addi %v14, %v1626 : i64
        %v1629 = llvm.getelementptr %v4[%v1628] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1630 = llvm.load %v1629 : !llvm.ptr<3> -> i64
        %v1631 = arith.addi %v1039, %v1458 : i64
        %v1632 = arith.cmpi slt, %v1631, %v57 : i64
        %v1633 = arith.subi %size_T, %v1 : i64
        %v1634 = arith.minsi %v1631, %v1633 : i64
        %v1635 = arith.addi %v1630, %v1634 : i64
        %v1636 = arith.muli %v1628, %v69 : i64
        %v1637 = arith.addi %v1636, %v1458 : i64
        %v1638 = llvm.getelementptr %in_x[%v1635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1639 = llvm.load %v1638 : !llvm.ptr -> f32
        %v1640 = arith.addi %v1457, %v241 : i64
        %v1641 = arith.constant true
        %v1642 = arith.addi %v14, %v1640 : i64
        %v1643 = llvm.getelementptr %v4[%v1642] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1644 = llvm.load %v1643 : !llvm.ptr<3> -> i64
        %v1645 = arith.addi %v1039, %v1458 : i64
        %v1646 = arith.cmpi slt, %v1645, %v57 : i64
        %v1647 = arith.subi %size_T, %v1 : i64
        %v1648 = arith.minsi %v1645, %v1647 : i64
        %v1649 = arith.addi %v1644, %v1648 : i64
        %v1650 = arith.muli %v1642, %v69 : i64
        %v1651 = arith.addi %v1650, %v1458 : i64
        %v1652 = llvm.getelementptr %in_x[%v1649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1653 = llvm.load %v1652 : !llvm.ptr -> f32
        %v1654 = arith.addi %v1457, %v255 : i64
        %v1655 = arith.constant true
        %v1656 = arith.addi %v14, %v1654 : i64
        %v1657 = llvm.getelementptr %v4[%v1656] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1658 = llvm.load %v1657 : !llvm.ptr<3> -> i64
        %v1659 = arith.addi %v1039, %v1458 : i64
        %v1660 = arith.cmpi slt, %v1659, %v57 : i64
        %v1661 = arith.subi %size_T, %v1 : i64
        %v1662 = arith.minsi %v1659, %v1661 : i64
        %v1663 = arith.addi %v1658, %v1662 : i64
        %v1664 = arith.muli %v1656, %v69 : i64
        %v1665 = arith.addi %v1664, %v1458 : i64
        %v1666 = llvm.getelementptr %in_x[%v1663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1667 = llvm.load %v1666 : !llvm.ptr -> f32
        %v1668 = arith.addi %v1457, %v269 : i64
        %v1669 = arith.constant true
        %v1670 = arith.addi %v14, %v1668 : i64
        %v1671 = llvm.getelementptr %v4[%v1670] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1672 = llvm.load %v1671 : !llvm.ptr<3> -> i64
        %v1673 = arith.addi %v1039, %v1458 : i64
        %v1674 = arith.cmpi slt, %v1673, %v57 : i64
        %v1675 = arith.subi %size_T, %v1 : i64
        %v1676 = arith.minsi %v1673, %v1675 : i64
        %v1677 = arith.addi %v1672, %v1676 : i64
        %v1678 = arith.muli %v1670, %v69 : i64
        %v1679 = arith.addi %v1678, %v1458 : i64
        %v1680 = llvm.getelementptr %in_x[%v1677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1681 = llvm.load %v1680 : !llvm.ptr -> f32
        %v1682 = arith.addi %v1457, %v58 : i64
        %v1683 = arith.constant true
        %v1684 = arith.addi %v14, %v1682 : i64
        %v1685 = llvm.getelementptr %v4[%v1684] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1686 = llvm.load %v1685 : !llvm.ptr<3> -> i64
        %v1687 = arith.addi %v1039, %v1458 : i64
        %v1688 = arith.cmpi slt, %v1687, %v57 : i64
        %v1689 = arith.subi %size_T, %v1 : i64
        %v1690 = arith.minsi %v1687, %v1689 : i64
        %v1691 = arith.addi %v1686, %v1690 : i64
        %v1692 = arith.muli %v1684, %v69 : i64
        %v1693 = arith.addi %v1692, %v1458 : i64
        %v1694 = llvm.getelementptr %in_x[%v1691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1695 = llvm.load %v1694 : !llvm.ptr -> f32
        %v1696 = arith.addi %v1457, %v296 : i64
        %v1697 = arith.constant true
        %v1698 = arith.addi %v14, %v1696 : i64
        %v1699 = llvm.getelementptr %v4[%v1698] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1700 = llvm.load %v1699 : !llvm.ptr<3> -> i64
        %v1701 = arith.addi %v1039, %v1458 : i64
        %v1702 = arith.cmpi slt, %v1701, %v57 : i64
        %v1703 = arith.subi %size_T, %v1 : i64
        %v1704 = arith.minsi %v1701, %v1703 : i64
        %v1705 = arith.addi %v1700, %v1704 : i64
        %v1706 = arith.muli %v1698, %v69 : i64
        %v1707 = arith.addi %v1706, %v1458 : i64
        %v1708 = llvm.getelementptr %in_x[%v1705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1709 = llvm.load %v1708 : !llvm.ptr -> f32
        %v1710 = arith.addi %v1457, %v310 : i64
        %v1711 = arith.constant true
        %v1712 = arith.addi %v14, %v1710 : i64
        %v1713 = llvm.getelementptr %v4[%v1712] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1714 = llvm.load %v1713 : !llvm.ptr<3> -> i64
        %v1715 = arith.addi %v1039, %v1458 : i64
        %v1716 = arith.cmpi slt, %v1715, %v57 : i64
        %v1717 = arith.subi %size_T, %v1 : i64
        %v1718 = arith.minsi %v1715, %v1717 : i64
        %v1719 = arith.addi %v1714, %v1718 : i64
        %v1720 = arith.muli %v1712, %v69 : i64
        %v1721 = arith.addi %v1720, %v1458 : i64
        %v1722 = llvm.getelementptr %in_x[%v1719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1723 = llvm.load %v1722 : !llvm.ptr -> f32
        %v1724 = arith.addi %v1457, %v324 : i64
        %v1725 = arith.constant true
        %v1726 = arith.addi %v14, %v1724 : i64
        %v1727 = llvm.getelementptr %v4[%v1726] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1728 = llvm.load %v1727 : !llvm.ptr<3> -> i64
        %v1729 = arith.addi %v1039, %v1458 : i64
        %v1730 = arith.cmpi slt, %v1729, %v57 : i64
        %v1731 = arith.subi %size_T, %v1 : i64
        %v1732 = arith.minsi %v1729, %v1731 : i64
        %v1733 = arith.addi %v1728, %v1732 : i64
        %v1734 = arith.muli %v1726, %v69 : i64
        %v1735 = arith.addi %v1734, %v1458 : i64
        %v1736 = llvm.getelementptr %in_x[%v1733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1737 = llvm.load %v1736 : !llvm.ptr -> f32
        %v1738 = arith.addi %v1457, %v338 : i64
        %v1739 = arith.constant true
        %v1740 = arith.addi %v14, %v1738 : i64
        %v1741 = llvm.getelementptr %v4[%v1740] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1742 = llvm.load %v1741 : !llvm.ptr<3> -> i64
        %v1743 = arith.addi %v1039, %v1458 : i64
        %v1744 = arith.cmpi slt, %v1743, %v57 : i64
        %v1745 = arith.subi %size_T, %v1 : i64
        %v1746 = arith.minsi %v1743, %v1745 : i64
        %v1747 = arith.addi %v1742, %v1746 : i64
        %v1748 = arith.muli %v1740, %v69 : i64
        %v1749 = arith.addi %v1748, %v1458 : i64
        %v1750 = llvm.getelementptr %in_x[%v1747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1751 = llvm.load %v1750 : !llvm.ptr -> f32
        %v1752 = arith.addi %v1457, %v352 : i64
        %v1753 = arith.constant true
        %v1754 = arith.addi %v14, %v1752 : i64
        %v1755 = llvm.getelementptr %v4[%v1754] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1756 = llvm.load %v1755 : !llvm.ptr<3> -> i64
        %v1757 = arith.addi %v1039, %v1458 : i64
        %v1758 = arith.cmpi slt, %v1757, %v57 : i64
        %v1759 = arith.subi %size_T, %v1 : i64
        %v1760 = arith.minsi %v1757, %v1759 : i64
        %v1761 = arith.addi %v1756, %v1760 : i64
        %v1762 = arith.muli %v1754, %v69 : i64
        %v1763 = arith.addi %v1762, %v1458 : i64
        %v1764 = llvm.getelementptr %in_x[%v1761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1765 = llvm.load %v1764 : !llvm.ptr -> f32
        %v1766 = arith.addi %v1457, %v366 : i64
        %v1767 = arith.constant true
        %v1768 = arith.addi %v14, %v1766 : i64
        %v1769 = llvm.getelementptr %v4[%v1768] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1770 = llvm.load %v1769 : !llvm.ptr<3> -> i64
        %v1771 = arith.addi %v1039, %v1458 : i64
        %v1772 = arith.cmpi slt, %v1771, %v57 : i64
        %v1773 = arith.subi %size_T, %v1 : i64
        %v1774 = arith.minsi %v1771, %v1773 : i64
        %v1775 = arith.addi %v1770, %v1774 : i64
        %v1776 = arith.muli %v1768, %v69 : i64
        %v1777 = arith.addi %v1776, %v1458 : i64
        %v1778 = llvm.getelementptr %in_x[%v1775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1779 = llvm.load %v1778 : !llvm.ptr -> f32
        %v1780 = arith.addi %v1457, %v380 : i64
        %v1781 = arith.constant true
        %v1782 = arith.addi %v14, %v1780 : i64
        %v1783 = llvm.getelementptr %v4[%v1782] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1784 = llvm.load %v1783 : !llvm.ptr<3> -> i64
        %v1785 = arith.addi %v1039, %v1458 : i64
        %v1786 = arith.cmpi slt, %v1785, %v57 : i64
        %v1787 = arith.subi %size_T, %v1 : i64
        %v1788 = arith.minsi %v1785, %v1787 : i64
        %v1789 = arith.addi %v1784, %v1788 : i64
        %v1790 = arith.muli %v1782, %v69 : i64
        %v1791 = arith.addi %v1790, %v1458 : i64
        %v1792 = llvm.getelementptr %in_x[%v1789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1793 = llvm.load %v1792 : !llvm.ptr -> f32
        %v1794 = arith.addi %v1457, %v394 : i64
        %v1795 = arith.constant true
        %v1796 = arith.addi %v14, %v1794 : i64
        %v1797 = llvm.getelementptr %v4[%v1796] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1798 = llvm.load %v1797 : !llvm.ptr<3> -> i64
        %v1799 = arith.addi %v1039, %v1458 : i64
        %v1800 = arith.cmpi slt, %v1799, %v57 : i64
        %v1801 = arith.subi %size_T, %v1 : i64
        %v1802 = arith.minsi %v1799, %v1801 : i64
        %v1803 = arith.addi %v1798, %v1802 : i64
        %v1804 = arith.muli %v1796, %v69 : i64
        %v1805 = arith.addi %v1804, %v1458 : i64
        %v1806 = llvm.getelementptr %in_x[%v1803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1807 = llvm.load %v1806 : !llvm.ptr -> f32
        %v1808 = arith.addi %v1457, %v408 : i64
        %v1809 = arith.constant true
        %v1810 = arith.addi %v14, %v1808 : i64
        %v1811 = llvm.getelementptr %v4[%v1810] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1812 = llvm.load %v1811 : !llvm.ptr<3> -> i64
        %v1813 = arith.addi %v1039, %v1458 : i64
        %v1814 = arith.cmpi slt, %v1813, %v57 : i64
        %v1815 = arith.subi %size_T, %v1 : i64
        %v1816 = arith.minsi %v1813, %v1815 : i64
        %v1817 = arith.addi %v1812, %v1816 : i64
        %v1818 = arith.muli %v1810, %v69 : i64
        %v1819 = arith.addi %v1818, %v1458 : i64
        %v1820 = llvm.getelementptr %in_x[%v1817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1821 = llvm.load %v1820 : !llvm.ptr -> f32
        %v1822 = arith.addi %v1457, %v422 : i64
        %v1823 = arith.constant true
        %v1824 = arith.addi %v14, %v1822 : i64
        %v1825 = llvm.getelementptr %v4[%v1824] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1826 = llvm.load %v1825 : !llvm.ptr<3> -> i64
        %v1827 = arith.addi %v1039, %v1458 : i64
        %v1828 = arith.cmpi slt, %v1827, %v57 : i64
        %v1829 = arith.subi %size_T, %v1 : i64
        %v1830 = arith.minsi %v1827, %v1829 : i64
        %v1831 = arith.addi %v1826, %v1830 : i64
        %v1832 = arith.muli %v1824, %v69 : i64
        %v1833 = arith.addi %v1832, %v1458 : i64
        %v1834 = llvm.getelementptr %in_x[%v1831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1835 = llvm.load %v1834 : !llvm.ptr -> f32
        %v1836 = arith.addi %v1457, %v436 : i64
        %v1837 = arith.constant true
        %v1838 = arith.addi %v14, %v1836 : i64
        %v1839 = llvm.getelementptr %v4[%v1838] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1840 = llvm.load %v1839 : !llvm.ptr<3> -> i64
        %v1841 = arith.addi %v1039, %v1458 : i64
        %v1842 = arith.cmpi slt, %v1841, %v57 : i64
        %v1843 = arith.subi %size_T, %v1 : i64
        %v1844 = arith.minsi %v1841, %v1843 : i64
        %v1845 = arith.addi %v1840, %v1844 : i64
        %v1846 = arith.muli %v1838, %v69 : i64
        %v1847 = arith.addi %v1846, %v1458 : i64
        %v1848 = llvm.getelementptr %in_x[%v1845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1849 = llvm.load %v1848 : !llvm.ptr -> f32
        %v1850 = arith.addi %v1457, %v450 : i64
        %v1851 = arith.constant true
        %v1852 = arith.addi %v14, %v1850 : i64
        %v1853 = llvm.getelementptr %v4[%v1852] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1854 = llvm.load %v1853 : !llvm.ptr<3> -> i64
        %v1855 = arith.addi %v1039, %v1458 : i64
        %v1856 = arith.cmpi slt, %v1855, %v57 : i64
        %v1857 = arith.subi %size_T, %v1 : i64
        %v1858 = arith.minsi %v1855, %v1857 : i64
        %v1859 = arith.addi %v1854, %v1858 : i64
        %v1860 = arith.muli %v1852, %v69 : i64
        %v1861 = arith.addi %v1860, %v1458 : i64
        %v1862 = llvm.getelementptr %in_x[%v1859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1863 = llvm.load %v1862 : !llvm.ptr -> f32
        %v1864 = arith.addi %v1457, %v464 : i64
        %v1865 = arith.constant true
        %v1866 = arith.addi %v14, %v1864 : i64
        %v1867 = llvm.getelementptr %v4[%v1866] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1868 = llvm.load %v1867 : !llvm.ptr<3> -> i64
        %v1869 = arith.addi %v1039, %v1458 : i64
        %v1870 = arith.cmpi slt, %v1869, %v57 : i64
        %v1871 = arith.subi %size_T, %v1 : i64
        %v1872 = arith.minsi %v1869, %v1871 : i64
        %v1873 = arith.addi %v1868, %v1872 : i64
        %v1874 = arith.muli %v1866, %v69 : i64
        %v1875 = arith.addi %v1874, %v1458 : i64
        %v1876 = llvm.getelementptr %in_x[%v1873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1877 = llvm.load %v1876 : !llvm.ptr -> f32
        %v1878 = arith.addi %v1457, %v478 : i64
        %v1879 = arith.constant true
        %v1880 = arith.addi %v14, %v1878 : i64
        %v1881 = llvm.getelementptr %v4[%v1880] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1882 = llvm.load %v1881 : !llvm.ptr<3> -> i64
        %v1883 = arith.addi %v1039, %v1458 : i64
        %v1884 = arith.cmpi slt, %v1883, %v57 : i64
        %v1885 = arith.subi %size_T, %v1 : i64
        %v1886 = arith.minsi %v1883, %v1885 : i64
        %v1887 = arith.addi %v1882, %v1886 : i64
        %v1888 = arith.muli %v1880, %v69 : i64
        %v1889 = arith.addi %v1888, %v1458 : i64
        %v1890 = llvm.getelementptr %in_x[%v1887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1891 = llvm.load %v1890 : !llvm.ptr -> f32
        %v1892 = arith.addi %v1457, %v492 : i64
        %v1893 = arith.constant true
        %v1894 = arith.addi %v14, %v1892 : i64
        %v1895 = llvm.getelementptr %v4[%v1894] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1896 = llvm.load %v1895 : !llvm.ptr<3> -> i64
        %v1897 = arith.addi %v1039, %v1458 : i64
        %v1898 = arith.cmpi slt, %v1897, %v57 : i64
        %v1899 = arith.subi %size_T, %v1 : i64
        %v1900 = arith.minsi %v1897, %v1899 : i64
        %v1901 = arith.addi %v1896, %v1900 : i64
        %v1902 = arith.muli %v1894, %v69 : i64
        %v1903 = arith.addi %v1902, %v1458 : i64
        %v1904 = llvm.getelementptr %in_x[%v1901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1905 = llvm.load %v1904 : !llvm.ptr -> f32
        %v1906 = arith.index_cast %v29 : i64 to index
        %v1907 = arith.index_cast %v1038 : i64 to index
        %v1908 = arith.index_cast %v1 : i64 to index
        scf.for %v1909 = %v1906 to %v1907 step %v1908 {
          %v1910 = arith.index_cast %v1909 : index to i64
          %v1911 = arith.addi %v1023, %v1910 : i64
          %v1912 = arith.muli %v12, %v69 : i64
          %v1913 = arith.addi %v1912, %v1910 : i64
          %v1914 = llvm.getelementptr %v5[%v1913] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v1915 = llvm.load %v1914 : !llvm.ptr<3> -> f32
          %v1916 = arith.addi %v14, %v12 : i64
          %v1917 = arith.muli %v1916, %v69 : i64
          %v1918 = arith.addi %v1917, %v1910 : i64
          %v1919 = llvm.getelementptr %v5[%v1918] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v1920 = llvm.load %v1919 : !llvm.ptr<3> -> f32
          %v1921 = llvm.load %v3 : !llvm.ptr -> f32
          %v1922 = arith.mulf %v1915, %v1921 fastmath<contract> : f32
          %v1923 = arith.addf %v1922, %v1920 fastmath<contract> : f32
          llvm.store %v1923, %v3 : f32, !llvm.ptr
          %v1924 = llvm.load %v3 : !llvm.ptr -> f32
          %v1925 = arith.addi %v46, %v12 : i64
          %v1926 = arith.muli %v1925, %v69 : i64
          %v1927 = arith.addi %v1926, %v1910 : i64
          %v1928 = llvm.getelementptr %v5[%v1927] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1924, %v1928 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v1929 = arith.divui %v12, %v58 : i64
        %v1930 = arith.remui %v12, %v58 : i64
        %v1931 = arith.muli %v1929, %v69 : i64
        %v1932 = arith.addi %v1931, %v1930 : i64
        %v1933 = llvm.getelementptr %v5[%v1932] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1053, %v1933 : f32, !llvm.ptr<3>
        %v1934 = arith.addi %v14, %v12 : i64
        %v1935 = arith.divui %v1934, %v58 : i64
        %v1936 = arith.remui %v1934, %v58 : i64
        %v1937 = arith.muli %v1935, %v69 : i64
        %v1938 = arith.addi %v1937, %v1936 : i64
        %v1939 = llvm.getelementptr %v5[%v1938] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1066, %v1939 : f32, !llvm.ptr<3>
        %v1940 = arith.addi %v46, %v12 : i64
        %v1941 = arith.divui %v1940, %v58 : i64
        %v1942 = arith.remui %v1940, %v58 : i64
        %v1943 = arith.muli %v1941, %v69 : i64
        %v1944 = arith.addi %v1943, %v1942 : i64
        %v1945 = llvm.getelementptr %v5[%v1944] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1079, %v1945 : f32, !llvm.ptr<3>
        %v1947 = arith.addi %v1946, %v12 : i64
        %v1948 = arith.divui %v1947, %v58 : i64
        %v1949 = arith.remui %v1947, %v58 : i64
        %v1950 = arith.muli %v1948, %v69 : i64
        %v1951 = arith.addi %v1950, %v1949 : i64
        %v1952 = llvm.getelementptr %v5[%v1951] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1092, %v1952 : f32, !llvm.ptr<3>
        %v1953 = arith.addi %v8, %v12 : i64
        %v1954 = arith.divui %v1953, %v58 : i64
        %v1955 = arith.remui %v1953, %v58 : i64
        %v1956 = arith.muli %v1954, %v69 : i64
        %v1957 = arith.addi %v1956, %v1955 : i64
        %v1958 = llvm.getelementptr %v5[%v1957] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1105, %v1958 : f32, !llvm.ptr<3>
        %v1960 = arith.addi %v1959, %v12 : i64
        %v1961 = arith.divui %v1960, %v58 : i64
        %v1962 = arith.remui %v1960, %v58 : i64
        %v1963 = arith.muli %v1961, %v69 : i64
        %v1964 = arith.addi %v1963, %v1962 : i64
        %v1965 = llvm.getelementptr %v5[%v1964] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1118, %v1965 : f32, !llvm.ptr<3>
        %v1967 = arith.addi %v1966, %v12 : i64
        %v1968 = arith.divui %v1967, %v58 : i64
        %v1969 = arith.remui %v1967, %v58 : i64
        %v1970 = arith.muli %v1968, %v69 : i64
        %v1971 = arith.addi %v1970, %v1969 : i64
        %v1972 = llvm.getelementptr %v5[%v1971] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1131, %v1972 : f32, !llvm.ptr<3>
        %v1974 = arith.addi %v1973, %v12 : i64
        %v1975 = arith.divui %v1974, %v58 : i64
        %v1976 = arith.remui %v1974, %v58 : i64
        %v1977 = arith.muli %v1975, %v69 : i64
        %v1978 = arith.addi %v1977, %v1976 : i64
        %v1979 = llvm.getelementptr %v5[%v1978] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1144, %v1979 : f32, !llvm.ptr<3>
        %v1981 = arith.addi %v1980, %v12 : i64
        %v1982 = arith.divui %v1981, %v58 : i64
        %v1983 = arith.remui %v1981, %v58 : i64
        %v1984 = arith.muli %v1982, %v69 : i64
        %v1985 = arith.addi %v1984, %v1983 : i64
        %v1986 = llvm.getelementptr %v5[%v1985] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1157, %v1986 : f32, !llvm.ptr<3>
        %v1988 = arith.addi %v1987, %v12 : i64
        %v1989 = arith.divui %v1988, %v58 : i64
        %v1990 = arith.remui %v1988, %v58 : i64
        %v1991 = arith.muli %v1989, %v69 : i64
        %v1992 = arith.addi %v1991, %v1990 : i64
        %v1993 = llvm.getelementptr %v5[%v1992] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1170, %v1993 : f32, !llvm.ptr<3>
        %v1995 = arith.addi %v1994, %v12 : i64
        %v1996 = arith.divui %v1995, %v58 : i64
        %v1997 = arith.remui %v1995, %v58 : i64
        %v1998 = arith.muli %v1996, %v69 : i64
        %v1999 = arith.addi %v1998, %v1997 : i64
        %v2000 = llvm.getelementptr %v5[%v1999] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1183, %v2000 : f32, !llvm.ptr<3>
        %v2002 = arith.addi %v2001, %v12 : i64
        %v2003 = arith.divui %v2002, %v58 : i64
        %v2004 = arith.remui %v2002, %v58 : i64
        %v2005 = arith.muli %v2003, %v69 : i64
        %v2006 = arith.addi %v2005, %v2004 : i64
        %v2007 = llvm.getelementptr %v5[%v2006] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1196, %v2007 : f32, !llvm.ptr<3>
        %v2009 = arith.addi %v2008, %v12 : i64
        %v2010 = arith.divui %v2009, %v58 : i64
        %v2011 = arith.remui %v2009, %v58 : i64
        %v2012 = arith.muli %v2010, %v69 : i64
        %v2013 = arith.addi %v2012, %v2011 : i64
        %v2014 = llvm.getelementptr %v5[%v2013] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1209, %v2014 : f32, !llvm.ptr<3>
        %v2016 = arith.addi %v2015, %v12 : i64
        %v2017 = arith.divui %v2016, %v58 : i64
        %v2018 = arith.remui %v2016, %v58 : i64
        %v2019 = arith.muli %v2017, %v69 : i64
        %v2020 = arith.addi %v2019, %v2018 : i64
        %v2021 = llvm.getelementptr %v5[%v2020] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1222, %v2021 : f32, !llvm.ptr<3>
        %v2023 = arith.addi %v2022, %v12 : i64
        %v2024 = arith.divui %v2023, %v58 : i64
        %v2025 = arith.remui %v2023, %v58 : i64
        %v2026 = arith.muli %v2024, %v69 : i64
        %v2027 = arith.addi %v2026, %v2025 : i64
        %v2028 = llvm.getelementptr %v5[%v2027] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1235, %v2028 : f32, !llvm.ptr<3>
        %v2030 = arith.addi %v2029, %v12 : i64
        %v2031 = arith.divui %v2030, %v58 : i64
        %v2032 = arith.remui %v2030, %v58 : i64
        %v2033 = arith.muli %v2031, %v69 : i64
        %v2034 = arith.addi %v2033, %v2032 : i64
        %v2035 = llvm.getelementptr %v5[%v2034] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1248, %v2035 : f32, !llvm.ptr<3>
        %v2037 = arith.addi %v2036, %v12 : i64
        %v2038 = arith.divui %v2037, %v58 : i64
        %v2039 = arith.remui %v2037, %v58 : i64
        %v2040 = arith.muli %v2038, %v69 : i64
        %v2041 = arith.addi %v2040, %v2039 : i64
        %v2042 = llvm.getelementptr %v5[%v2041] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1261, %v2042 : f32, !llvm.ptr<3>
        %v2044 = arith.addi %v2043, %v12 : i64
        %v2045 = arith.divui %v2044, %v58 : i64
        %v2046 = arith.remui %v2044, %v58 : i64
        %v2047 = arith.muli %v2045, %v69 : i64
        %v2048 = arith.addi %v2047, %v2046 : i64
        %v2049 = llvm.getelementptr %v5[%v2048] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1274, %v2049 : f32, !llvm.ptr<3>
        %v2051 = arith.addi %v2050, %v12 : i64
        %v2052 = arith.divui %v2051, %v58 : i64
        %v2053 = arith.remui %v2051, %v58 : i64
        %v2054 = arith.muli %v2052, %v69 : i64
        %v2055 = arith.addi %v2054, %v2053 : i64
        %v2056 = llvm.getelementptr %v5[%v2055] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1287, %v2056 : f32, !llvm.ptr<3>
        %v2058 = arith.addi %v2057, %v12 : i64
        %v2059 = arith.divui %v2058, %v58 : i64
        %v2060 = arith.remui %v2058, %v58 : i64
        %v2061 = arith.muli %v2059, %v69 : i64
        %v2062 = arith.addi %v2061, %v2060 : i64
        %v2063 = llvm.getelementptr %v5[%v2062] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1300, %v2063 : f32, !llvm.ptr<3>
        %v2065 = arith.addi %v2064, %v12 : i64
        %v2066 = arith.divui %v2065, %v58 : i64
        %v2067 = arith.remui %v2065, %v58 : i64
        %v2068 = arith.muli %v2066, %v69 : i64
        %v2069 = arith.addi %v2068, %v2067 : i64
        %v2070 = llvm.getelementptr %v5[%v2069] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1313, %v2070 : f32, !llvm.ptr<3>
        %v2072 = arith.addi %v2071, %v12 : i64
        %v2073 = arith.divui %v2072, %v58 : i64
        %v2074 = arith.remui %v2072, %v58 : i64
        %v2075 = arith.muli %v2073, %v69 : i64
        %v2076 = arith.addi %v2075, %v2074 : i64
        %v2077 = llvm.getelementptr %v5[%v2076] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1326, %v2077 : f32, !llvm.ptr<3>
        %v2079 = arith.addi %v2078, %v12 : i64
        %v2080 = arith.divui %v2079, %v58 : i64
        %v2081 = arith.remui %v2079, %v58 : i64
        %v2082 = arith.muli %v2080, %v69 : i64
        %v2083 = arith.addi %v2082, %v2081 : i64
        %v2084 = llvm.getelementptr %v5[%v2083] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1339, %v2084 : f32, !llvm.ptr<3>
        %v2086 = arith.addi %v2085, %v12 : i64
        %v2087 = arith.divui %v2086, %v58 : i64
        %v2088 = arith.remui %v2086, %v58 : i64
        %v2089 = arith.muli %v2087, %v69 : i64
        %v2090 = arith.addi %v2089, %v2088 : i64
        %v2091 = llvm.getelementptr %v5[%v2090] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1352, %v2091 : f32, !llvm.ptr<3>
        %v2093 = arith.addi %v2092, %v12 : i64
        %v2094 = arith.divui %v2093, %v58 : i64
        %v2095 = arith.remui %v2093, %v58 : i64
        %v2096 = arith.muli %v2094, %v69 : i64
        %v2097 = arith.addi %v2096, %v2095 : i64
        %v2098 = llvm.getelementptr %v5[%v2097] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1365, %v2098 : f32, !llvm.ptr<3>
        %v2100 = arith.addi %v2099, %v12 : i64
        %v2101 = arith.divui %v2100, %v58 : i64
        %v2102 = arith.remui %v2100, %v58 : i64
        %v2103 = arith.muli %v2101, %v69 : i64
        %v2104 = arith.addi %v2103, %v2102 : i64
        %v2105 = llvm.getelementptr %v5[%v2104] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1378, %v2105 : f32, !llvm.ptr<3>
        %v2107 = arith.addi %v2106, %v12 : i64
        %v2108 = arith.divui %v2107, %v58 : i64
        %v2109 = arith.remui %v2107, %v58 : i64
        %v2110 = arith.muli %v2108, %v69 : i64
        %v2111 = arith.addi %v2110, %v2109 : i64
        %v2112 = llvm.getelementptr %v5[%v2111] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1391, %v2112 : f32, !llvm.ptr<3>
        %v2114 = arith.addi %v2113, %v12 : i64
        %v2115 = arith.divui %v2114, %v58 : i64
        %v2116 = arith.remui %v2114, %v58 : i64
        %v2117 = arith.muli %v2115, %v69 : i64
        %v2118 = arith.addi %v2117, %v2116 : i64
        %v2119 = llvm.getelementptr %v5[%v2118] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1404, %v2119 : f32, !llvm.ptr<3>
        %v2121 = arith.addi %v2120, %v12 : i64
        %v2122 = arith.divui %v2121, %v58 : i64
        %v2123 = arith.remui %v2121, %v58 : i64
        %v2124 = arith.muli %v2122, %v69 : i64
        %v2125 = arith.addi %v2124, %v2123 : i64
        %v2126 = llvm.getelementptr %v5[%v2125] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1417, %v2126 : f32, !llvm.ptr<3>
        %v2128 = arith.addi %v2127, %v12 : i64
        %v2129 = arith.divui %v2128, %v58 : i64
        %v2130 = arith.remui %v2128, %v58 : i64
        %v2131 = arith.muli %v2129, %v69 : i64
        %v2132 = arith.addi %v2131, %v2130 : i64
        %v2133 = llvm.getelementptr %v5[%v2132] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1430, %v2133 : f32, !llvm.ptr<3>
        %v2135 = arith.addi %v2134, %v12 : i64
        %v2136 = arith.divui %v2135, %v58 : i64
        %v2137 = arith.remui %v2135, %v58 : i64
        %v2138 = arith.muli %v2136, %v69 : i64
        %v2139 = arith.addi %v2138, %v2137 : i64
        %v2140 = llvm.getelementptr %v5[%v2139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1443, %v2140 : f32, !llvm.ptr<3>
        %v2142 = arith.addi %v2141, %v12 : i64
        %v2143 = arith.divui %v2142, %v58 : i64
        %v2144 = arith.remui %v2142, %v58 : i64
        %v2145 = arith.muli %v2143, %v69 : i64
        %v2146 = arith.addi %v2145, %v2144 : i64
        %v2147 = llvm.getelementptr %v5[%v2146] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1456, %v2147 : f32, !llvm.ptr<3>
        %v2148 = arith.divui %v12, %v58 : i64
        %v2149 = arith.remui %v12, %v58 : i64
        %v2150 = arith.addi %v14, %v2148 : i64
        %v2151 = arith.muli %v2150, %v69 : i64
        %v2152 = arith.addi %v2151, %v2149 : i64
        %v2153 = llvm.getelementptr %v5[%v2152] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1471, %v2153 : f32, !llvm.ptr<3>
        %v2154 = arith.addi %v14, %v12 : i64
        %v2155 = arith.divui %v2154, %v58 : i64
        %v2156 = arith.remui %v2154, %v58 : i64
        %v2157 = arith.addi %v14, %v2155 : i64
        %v2158 = arith.muli %v2157, %v69 : i64
        %v2159 = arith.addi %v2158, %v2156 : i64
        %v2160 = llvm.getelementptr %v5[%v2159] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1485, %v2160 : f32, !llvm.ptr<3>
        %v2161 = arith.addi %v46, %v12 : i64
        %v2162 = arith.divui %v2161, %v58 : i64
        %v2163 = arith.remui %v2161, %v58 : i64
        %v2164 = arith.addi %v14, %v2162 : i64
        %v2165 = arith.muli %v2164, %v69 : i64
        %v2166 = arith.addi %v2165, %v2163 : i64
        %v2167 = llvm.getelementptr %v5[%v2166] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1499, %v2167 : f32, !llvm.ptr<3>
        %v2168 = arith.addi %v1946, %v12 : i64
        %v2169 = arith.divui %v2168, %v58 : i64
        %v2170 = arith.remui %v2168, %v58 : i64
        %v2171 = arith.addi %v14, %v2169 : i64
        %v2172 = arith.muli %v2171, %v69 : i64
        %v2173 = arith.addi %v2172, %v2170 : i64
        %v2174 = llvm.getelementptr %v5[%v2173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1513, %v2174 : f32, !llvm.ptr<3>
        %v2175 = arith.addi %v8, %v12 : i64
        %v2176 = arith.divui %v2175, %v58 : i64
        %v2177 = arith.remui %v2175, %v58 : i64
        %v2178 = arith.addi %v14, %v2176 : i64
        %v2179 = arith.muli %v2178, %v69 : i64
        %v2180 = arith.addi %v2179, %v2177 : i64
        %v2181 = llvm.getelementptr %v5[%v2180] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1527, %v2181 : f32, !llvm.ptr<3>
        %v2182 = arith.addi %v1959, %v12 : i64
        %v2183 = arith.divui %v2182, %v58 : i64
        %v2184 = arith.remui %v2182, %v58 : i64
        %v2185 = arith.addi %v14, %v2183 : i64
        %v2186 = arith.muli %v2185, %v69 : i64
        %v2187 = arith.addi %v2186, %v2184 : i64
        %v2188 = llvm.getelementptr %v5[%v2187] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1541, %v2188 : f32, !llvm.ptr<3>
        %v2189 = arith.addi %v1966, %v12 : i64
        %v2190 = arith.divui %v2189, %v58 : i64
        %v2191 = arith.remui %v2189, %v58 : i64
        %v2192 = arith.addi %v14, %v2190 : i64
        %v2193 = arith.muli %v2192, %v69 : i64
        %v2194 = arith.addi %v2193, %v2191 : i64
        %v2195 = llvm.getelementptr %v5[%v2194] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1555, %v2195 : f32, !llvm.ptr<3>
        %v2196 = arith.addi %v1973, %v12 : i64
        %v2197 = arith.divui %v2196, %v58 : i64
        %v2198 = arith.remui %v2196, %v58 : i64
        %v2199 = arith.addi %v14, %v2197 : i64
        %v2200 = arith.muli %v2199, %v69 : i64
        %v2201 = arith.addi %v2200, %v2198 : i64
        %v2202 = llvm.getelementptr %v5[%v2201] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1569, %v2202 : f32, !llvm.ptr<3>
        %v2203 = arith.addi %v1980, %v12 : i64
        %v2204 = arith.divui %v2203, %v58 : i64
        %v2205 = arith.remui %v2203, %v58 : i64
        %v2206 = arith.addi %v14, %v2204 : i64
        %v2207 = arith.muli %v2206, %v69 : i64
        %v2208 = arith.addi %v2207, %v2205 : i64
        %v2209 = llvm.getelementptr %v5[%v2208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1583, %v2209 : f32, !llvm.ptr<3>
        %v2210 = arith.addi %v1987, %v12 : i64
        %v2211 = arith.divui %v2210, %v58 : i64
        %v2212 = arith.remui %v2210, %v58 : i64
        %v2213 = arith.addi %v14, %v2211 : i64
        %v2214 = arith.muli %v2213, %v69 : i64
        %v2215 = arith.addi %v2214, %v2212 : i64
        %v2216 = llvm.getelementptr %v5[%v2215] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1597, %v2216 : f32, !llvm.ptr<3>
        %v2217 = arith.addi %v1994, %v12 : i64
        %v2218 = arith.divui %v2217, %v58 : i64
        %v2219 = arith.remui %v2217, %v58 : i64
        %v2220 = arith.addi %v14, %v2218 : i64
        %v2221 = arith.muli %v2220, %v69 : i64
        %v2222 = arith.addi %v2221, %v2219 : i64
        %v2223 = llvm.getelementptr %v5[%v2222] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1611, %v2223 : f32, !llvm.ptr<3>
        %v2224 = arith.addi %v2001, %v12 : i64
        %v2225 = arith.divui %v2224, %v58 : i64
        %v2226 = arith.remui %v2224, %v58 : i64
        %v2227 = arith.addi %v14, %v2225 : i64
        %v2228 = arith.muli %v2227, %v69 : i64
        %v2229 = arith.addi %v2228, %v2226 : i64
        %v2230 = llvm.getelementptr %v5[%v2229] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1625, %v2230 : f32, !llvm.ptr<3>
        %v2231 = arith.addi %v2008, %v12 : i64
        %v2232 = arith.divui %v2231, %v58 : i64
        %v2233 = arith.remui %v2231, %v58 : i64
        %v2234 = arith.addi %v14, %v2232 : i64
        %v2235 = arith.muli %v2234, %v69 : i64
        %v2236 = arith.addi %v2235, %v2233 : i64
        %v2237 = llvm.getelementptr %v5[%v2236] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1639, %v2237 : f32, !llvm.ptr<3>
        %v2238 = arith.addi %v2015, %v12 : i64
        %v2239 = arith.divui %v2238, %v58 : i64
        %v2240 = arith.remui %v2238, %v58 : i64
        %v2241 = arith.addi %v14, %v2239 : i64
        %v2242 = arith.muli %v2241, %v69 : i64
        %v2243 = arith.addi %v2242, %v2240 : i64
        %v2244 = llvm.getelementptr %v5[%v2243] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1653, %v2244 : f32, !llvm.ptr<3>
        %v2245 = arith.addi %v2022, %v12 : i64
        %v2246 = arith.divui %v2245, %v58 : i64
        %v2247 = arith.remui %v2245, %v58 : i64
        %v2248 = arith.addi %v14, %v2246 : i64
        %v2249 = arith.muli %v2248, %v69 : i64
        %v2250 = arith.addi %v2249, %v2247 : i64
        %v2251 = llvm.getelementptr %v5[%v2250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1667, %v2251 : f32, !llvm.ptr<3>
        %v2252 = arith.addi %v2029, %v12 : i64
        %v2253 = arith.divui %v2252, %v58 : i64
        %v2254 = arith.remui %v2252, %v58 : i64
        %v2255 = arith.addi %v14, %v2253 : i64
        %v2256 = arith.muli %v2255, %v69 : i64
        %v2257 = arith.addi %v2256, %v2254 : i64
        %v2258 = llvm.getelementptr %v5[%v2257] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1681, %v2258 : f32, !llvm.ptr<3>
        %v2259 = arith.addi %v2036, %v12 : i64
        %v2260 = arith.divui %v2259, %v58 : i64
        %v2261 = arith.remui %v2259, %v58 : i64
        %v2262 = arith.addi %v14, %v2260 : i64
        %v2263 = arith.muli %v2262, %v69 : i64
        %v2264 = arith.addi %v2263, %v2261 : i64
        %v2265 = llvm.getelementptr %v5[%v2264] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1695, %v2265 : f32, !llvm.ptr<3>
        %v2266 = arith.addi %v2043, %v12 : i64
        %v2267 = arith.divui %v2266, %v58 : i64
        %v2268 = arith.remui %v2266, %v58 : i64
        %v2269 = arith.addi %v14, %v2267 : i64
        %v2270 = arith.muli %v2269, %v69 : i64
        %v2271 = arith.addi %v2270, %v2268 : i64
        %v2272 = llvm.getelementptr %v5[%v2271] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1709, %v2272 : f32, !llvm.ptr<3>
        %v2273 = arith.addi %v2050, %v12 : i64
        %v2274 = arith.divui %v2273, %v58 : i64
        %v2275 = arith.remui %v2273, %v58 : i64
        %v2276 = arith.addi %v14, %v2274 : i64
        %v2277 = arith.muli %v2276, %v69 : i64
        %v2278 = arith.addi %v2277, %v2275 : i64
        %v2279 = llvm.getelementptr %v5[%v2278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1723, %v2279 : f32, !llvm.ptr<3>
        %v2280 = arith.addi %v2057, %v12 : i64
        %v2281 = arith.divui %v2280, %v58 : i64
        %v2282 = arith.remui %v2280, %v58 : i64
        %v2283 = arith.addi %v14, %v2281 : i64
        %v2284 = arith.muli %v2283, %v69 : i64
        %v2285 = arith.addi %v2284, %v2282 : i64
        %v2286 = llvm.getelementptr %v5[%v2285] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1737, %v2286 : f32, !llvm.ptr<3>
        %v2287 = arith.addi %v2064, %v12 : i64
        %v2288 = arith.divui %v2287, %v58 : i64
        %v2289 = arith.remui %v2287, %v58 : i64
        %v2290 = arith.addi %v14, %v2288 : i64
        %v2291 = arith.muli %v2290, %v69 : i64
        %v2292 = arith.addi %v2291, %v2289 : i64
        %v2293 = llvm.getelementptr %v5[%v2292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1751, %v2293 : f32, !llvm.ptr<3>
        %v2294 = arith.addi %v2071, %v12 : i64
        %v2295 = arith.divui %v2294, %v58 : i64
        %v2296 = arith.remui %v2294, %v58 : i64
        %v2297 = arith.addi %v14, %v2295 : i64
        %v2298 = arith.muli %v2297, %v69 : i64
        %v2299 = arith.addi %v2298, %v2296 : i64
        %v2300 = llvm.getelementptr %v5[%v2299] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1765, %v2300 : f32, !llvm.ptr<3>
        %v2301 = arith.addi %v2078, %v12 : i64
        %v2302 = arith.divui %v2301, %v58 : i64
        %v2303 = arith.remui %v2301, %v58 : i64
        %v2304 = arith.addi %v14, %v2302 : i64
        %v2305 = arith.muli %v2304, %v69 : i64
        %v2306 = arith.addi %v2305, %v2303 : i64
        %v2307 = llvm.getelementptr %v5[%v2306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1779, %v2307 : f32, !llvm.ptr<3>
        %v2308 = arith.addi %v2085, %v12 : i64
        %v2309 = arith.divui %v2308, %v58 : i64
        %v2310 = arith.remui %v2308, %v58 : i64
        %v2311 = arith.addi %v14, %v2309 : i64
        %v2312 = arith.muli %v2311, %v69 : i64
        %v2313 = arith.addi %v2312, %v2310 : i64
        %v2314 = llvm.getelementptr %v5[%v2313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1793, %v2314 : f32, !llvm.ptr<3>
        %v2315 = arith.addi %v2092, %v12 : i64
        %v2316 = arith.divui %v2315, %v58 : i64
        %v2317 = arith.remui %v2315, %v58 : i64
        %v2318 = arith.addi %v14, %v2316 : i64
        %v2319 = arith.muli %v2318, %v69 : i64
        %v2320 = arith.addi %v2319, %v2317 : i64
        %v2321 = llvm.getelementptr %v5[%v2320] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1807, %v2321 : f32, !llvm.ptr<3>
        %v2322 = arith.addi %v2099, %v12 : i64
        %v2323 = arith.divui %v2322, %v58 : i64
        %v2324 = arith.remui %v2322, %v58 : i64
        %v2325 = arith.addi %v14, %v2323 : i64
        %v2326 = arith.muli %v2325, %v69 : i64
        %v2327 = arith.addi %v2326, %v2324 : i64
        %v2328 = llvm.getelementptr %v5[%v2327] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1821, %v2328 : f32, !llvm.ptr<3>
        %v2329 = arith.addi %v2106, %v12 : i64
        %v2330 = arith.divui %v2329, %v58 : i64
        %v2331 = arith.remui %v2329, %v58 : i64
        %v2332 = arith.addi %v14, %v2330 : i64
        %v2333 = arith.muli %v2332, %v69 : i64
        %v2334 = arith.addi %v2333, %v2331 : i64
        %v2335 = llvm.getelementptr %v5[%v2334] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1835, %v2335 : f32, !llvm.ptr<3>
        %v2336 = arith.addi %v2113, %v12 : i64
        %v2337 = arith.divui %v2336, %v58 : i64
        %v2338 = arith.remui %v2336, %v58 : i64
        %v2339 = arith.addi %v14, %v2337 : i64
        %v2340 = arith.muli %v2339, %v69 : i64
        %v2341 = arith.addi %v2340, %v2338 : i64
        %v2342 = llvm.getelementptr %v5[%v2341] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1849, %v2342 : f32, !llvm.ptr<3>
        %v2343 = arith.addi %v2120, %v12 : i64
        %v2344 = arith.divui %v2343, %v58 : i64
        %v2345 = arith.remui %v2343, %v58 : i64
        %v2346 = arith.addi %v14, %v2344 : i64
        %v2347 = arith.muli %v2346, %v69 : i64
        %v2348 = arith.addi %v2347, %v2345 : i64
        %v2349 = llvm.getelementptr %v5[%v2348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1863, %v2349 : f32, !llvm.ptr<3>
        %v2350 = arith.addi %v2127, %v12 : i64
        %v2351 = arith.divui %v2350, %v58 : i64
        %v2352 = arith.remui %v2350, %v58 : i64
        %v2353 = arith.addi %v14, %v2351 : i64
        %v2354 = arith.muli %v2353, %v69 : i64
        %v2355 = arith.addi %v2354, %v2352 : i64
        %v2356 = llvm.getelementptr %v5[%v2355] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1877, %v2356 : f32, !llvm.ptr<3>
        %v2357 = arith.addi %v2134, %v12 : i64
        %v2358 = arith.divui %v2357, %v58 : i64
        %v2359 = arith.remui %v2357, %v58 : i64
        %v2360 = arith.addi %v14, %v2358 : i64
        %v2361 = arith.muli %v2360, %v69 : i64
        %v2362 = arith.addi %v2361, %v2359 : i64
        %v2363 = llvm.getelementptr %v5[%v2362] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1891, %v2363 : f32, !llvm.ptr<3>
        %v2364 = arith.addi %v2141, %v12 : i64
        %v2365 = arith.divui %v2364, %v58 : i64
        %v2366 = arith.remui %v2364, %v58 : i64
        %v2367 = arith.addi %v14, %v2365 : i64
        %v2368 = arith.muli %v2367, %v69 : i64
        %v2369 = arith.addi %v2368, %v2366 : i64
        %v2370 = llvm.getelementptr %v5[%v2369] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1905, %v2370 : f32, !llvm.ptr<3>
        %v2371 = arith.divui %v12, %v58 : i64
        %v2372 = arith.remui %v12, %v58 : i64
        %v2373 = arith.constant true
        %v2374 = arith.addi %v46, %v2371 : i64
        %v2375 = llvm.getelementptr %v4[%v2374] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2376 = llvm.load %v2375 : !llvm.ptr<3> -> i64
        %v2377 = arith.addi %v1023, %v2372 : i64
        %v2378 = arith.cmpi slt, %v2377, %v57 : i64
        %v2379 = arith.subi %size_T, %v1 : i64
        %v2380 = arith.minsi %v2377, %v2379 : i64
        %v2381 = arith.addi %v2376, %v2380 : i64
        %v2382 = arith.muli %v2374, %v69 : i64
        %v2383 = arith.addi %v2382, %v2372 : i64
        %v2384 = arith.cmpi sge, %v2376, %v29 : i64
        %v2385 = arith.andi %v2378, %v2384 : i1
        %v2386 = arith.andi %v2385, %v2373 : i1
        %v2387 = llvm.getelementptr %v5[%v2383] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2388 = llvm.load %v2387 : !llvm.ptr<3> -> f32
        %v2389 = arith.addi %v2371, %v45 : i64
        %v2390 = arith.constant true
        %v2391 = arith.addi %v46, %v2389 : i64
        %v2392 = llvm.getelementptr %v4[%v2391] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2393 = llvm.load %v2392 : !llvm.ptr<3> -> i64
        %v2394 = arith.addi %v1023, %v2372 : i64
        %v2395 = arith.cmpi slt, %v2394, %v57 : i64
        %v2396 = arith.subi %size_T, %v1 : i64
        %v2397 = arith.minsi %v2394, %v2396 : i64
        %v2398 = arith.addi %v2393, %v2397 : i64
        %v2399 = arith.muli %v2391, %v69 : i64
        %v2400 = arith.addi %v2399, %v2372 : i64
        %v2401 = arith.cmpi sge, %v2393, %v29 : i64
        %v2402 = arith.andi %v2395, %v2401 : i1
        %v2403 = arith.andi %v2402, %v2390 : i1
        %v2404 = llvm.getelementptr %v5[%v2400] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2405 = llvm.load %v2404 : !llvm.ptr<3> -> f32
        %v2406 = arith.addi %v2371, %v87 : i64
        %v2407 = arith.constant true
        %v2408 = arith.addi %v46, %v2406 : i64
        %v2409 = llvm.getelementptr %v4[%v2408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2410 = llvm.load %v2409 : !llvm.ptr<3> -> i64
        %v2411 = arith.addi %v1023, %v2372 : i64
        %v2412 = arith.cmpi slt, %v2411, %v57 : i64
        %v2413 = arith.subi %size_T, %v1 : i64
        %v2414 = arith.minsi %v2411, %v2413 : i64
        %v2415 = arith.addi %v2410, %v2414 : i64
        %v2416 = arith.muli %v2408, %v69 : i64
        %v2417 = arith.addi %v2416, %v2372 : i64
        %v2418 = arith.cmpi sge, %v2410, %v29 : i64
        %v2419 = arith.andi %v2412, %v2418 : i1
        %v2420 = arith.andi %v2419, %v2407 : i1
        %v2421 = llvm.getelementptr %v5[%v2417] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2422 = llvm.load %v2421 : !llvm.ptr<3> -> f32
        %v2423 = arith.addi %v2371, %v101 : i64
        %v2424 = arith.constant true
        %v2425 = arith.addi %v46, %v2423 : i64
        %v2426 = llvm.getelementptr %v4[%v2425] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2427 = llvm.load %v2426 : !llvm.ptr<3> -> i64
        %v2428 = arith.addi %v1023, %v2372 : i64
        %v2429 = arith.cmpi slt, %v2428, %v57 : i64
        %v2430 = arith.subi %size_T, %v1 : i64
        %v2431 = arith.minsi %v2428, %v2430 : i64
        %v2432 = arith.addi %v2427, %v2431 : i64
        %v2433 = arith.muli %v2425, %v69 : i64
        %v2434 = arith.addi %v2433, %v2372 : i64
        %v2435 = arith.cmpi sge, %v2427, %v29 : i64
        %v2436 = arith.andi %v2429, %v2435 : i1
        %v2437 = arith.andi %v2436, %v2424 : i1
        %v2438 = llvm.getelementptr %v5[%v2434] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2439 = llvm.load %v2438 : !llvm.ptr<3> -> f32
        %v2440 = arith.addi %v2371, %v115 : i64
        %v2441 = arith.constant true
        %v2442 = arith.addi %v46, %v2440 : i64
        %v2443 = llvm.getelementptr %v4[%v2442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2444 = llvm.load %v2443 : !llvm.ptr<3> -> i64
        %v2445 = arith.addi %v1023, %v2372 : i64
        %v2446 = arith.cmpi slt, %v2445, %v57 : i64
        %v2447 = arith.subi %size_T, %v1 : i64
        %v2448 = arith.minsi %v2445, %v2447 : i64
        %v2449 = arith.addi %v2444, %v2448 : i64
        %v2450 = arith.muli %v2442, %v69 : i64
        %v2451 = arith.addi %v2450, %v2372 : i64
        %v2452 = arith.cmpi sge, %v2444, %v29 : i64
        %v2453 = arith.andi %v2446, %v2452 : i1
        %v2454 = arith.andi %v2453, %v2441 : i1
        %v2455 = llvm.getelementptr %v5[%v2451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2456 = llvm.load %v2455 : !llvm.ptr<3> -> f32
        %v2457 = arith.addi %v2371, %v129 : i64
        %v2458 = arith.constant true
        %v2459 = arith.addi %v46, %v2457 : i64
        %v2460 = llvm.getelementptr %v4[%v2459] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2461 = llvm.load %v2460 : !llvm.ptr<3> -> i64
        %v2462 = arith.addi %v1023, %v2372 : i64
        %v2463 = arith.cmpi slt, %v2462, %v57 : i64
        %v2464 = arith.subi %size_T, %v1 : i64
        %v2465 = arith.minsi %v2462, %v2464 : i64
        %v2466 = arith.addi %v2461, %v2465 : i64
        %v2467 = arith.muli %v2459, %v69 : i64
        %v2468 = arith.addi %v2467, %v2372 : i64
        %v2469 = arith.cmpi sge, %v2461, %v29 : i64
        %v2470 = arith.andi %v2463, %v2469 : i1
        %v2471 = arith.andi %v2470, %v2458 : i1
        %v2472 = llvm.getelementptr %v5[%v2468] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2473 = llvm.load %v2472 : !llvm.ptr<3> -> f32
        %v2474 = arith.addi %v2371, %v143 : i64
        %v2475 = arith.constant true
        %v2476 = arith.addi %v46, %v2474 : i64
        %v2477 = llvm.getelementptr %v4[%v2476] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2478 = llvm.load %v2477 : !llvm.ptr<3> -> i64
        %v2479 = arith.addi %v1023, %v2372 : i64
        %v2480 = arith.cmpi slt, %v2479, %v57 : i64
        %v2481 = arith.subi %size_T, %v1 : i64
        %v2482 = arith.minsi %v2479, %v2481 : i64
        %v2483 = arith.addi %v2478, %v2482 : i64
        %v2484 = arith.muli %v2476, %v69 : i64
        %v2485 = arith.addi %v2484, %v2372 : i64
        %v2486 = arith.cmpi sge, %v2478, %v29 : i64
        %v2487 = arith.andi %v2480, %v2486 : i1
        %v2488 = arith.andi %v2487, %v2475 : i1
        %v2489 = llvm.getelementptr %v5[%v2485] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2490 = llvm.load %v2489 : !llvm.ptr<3> -> f32
        %v2491 = arith.addi %v2371, %v157 : i64
        %v2492 = arith.constant true
        %v2493 = arith.addi %v46, %v2491 : i64
        %v2494 = llvm.getelementptr %v4[%v2493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2495 = llvm.load %v2494 : !llvm.ptr<3> -> i64
        %v2496 = arith.addi %v1023, %v2372 : i64
        %v2497 = arith.cmpi slt, %v2496, %v57 : i64
        %v2498 = arith.subi %size_T, %v1 : i64
        %v2499 = arith.minsi %v2496, %v2498 : i64
        %v2500 = arith.addi %v2495, %v2499 : i64
        %v2501 = arith.muli %v2493, %v69 : i64
        %v2502 = arith.addi %v2501, %v2372 : i64
        %v2503 = arith.cmpi sge, %v2495, %v29 : i64
        %v2504 = arith.andi %v2497, %v2503 : i1
        %v2505 = arith.andi %v2504, %v2492 : i1
        %v2506 = llvm.getelementptr %v5[%v2502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2507 = llvm.load %v2506 : !llvm.ptr<3> -> f32
        %v2508 = arith.addi %v2371, %v171 : i64
        %v2509 = arith.constant true
        %v2510 = arith.addi %v46, %v2508 : i64
        %v2511 = llvm.getelementptr %v4[%v2510] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2512 = llvm.load %v2511 : !llvm.ptr<3> -> i64
        %v2513 = arith.addi %v1023, %v2372 : i64
        %v2514 = arith.cmpi slt, %v2513, %v57 : i64
        %v2515 = arith.subi %size_T, %v1 : i64
        %v2516 = arith.minsi %v2513, %v2515 : i64
        %v2517 = arith.addi %v2512, %v2516 : i64
        %v2518 = arith.muli %v2510, %v69 : i64
        %v2519 = arith.addi %v2518, %v2372 : i64
        %v2520 = arith.cmpi sge, %v2512, %v29 : i64
        %v2521 = arith.andi %v2514, %v2520 : i1
        %v2522 = arith.andi %v2521, %v2509 : i1
        %v2523 = llvm.getelementptr %v5[%v2519] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2524 = llvm.load %v2523 : !llvm.ptr<3> -> f32
        %v2525 = arith.addi %v2371, %v185 : i64
        %v2526 = arith.constant true
        %v2527 = arith.addi %v46, %v2525 : i64
        %v2528 = llvm.getelementptr %v4[%v2527] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2529 = llvm.load %v2528 : !llvm.ptr<3> -> i64
        %v2530 = arith.addi %v1023, %v2372 : i64
        %v2531 = arith.cmpi slt, %v2530, %v57 : i64
        %v2532 = arith.subi %size_T, %v1 : i64
        %v2533 = arith.minsi %v2530, %v2532 : i64
        %v2534 = arith.addi %v2529, %v2533 : i64
        %v2535 = arith.muli %v2527, %v69 : i64
        %v2536 = arith.addi %v2535, %v2372 : i64
        %v2537 = arith.cmpi sge, %v2529, %v29 : i64
        %v2538 = arith.andi %v2531, %v2537 : i1
        %v2539 = arith.andi %v2538, %v2526 : i1
        %v2540 = llvm.getelementptr %v5[%v2536] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2541 = llvm.load %v2540 : !llvm.ptr<3> -> f32
        %v2542 = arith.addi %v2371, %v199 : i64
        %v2543 = arith.constant true
        %v2544 = arith.addi %v46, %v2542 : i64
        %v2545 = llvm.getelementptr %v4[%v2544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2546 = llvm.load %v2545 : !llvm.ptr<3> -> i64
        %v2547 = arith.addi %v1023, %v2372 : i64
        %v2548 = arith.cmpi slt, %v2547, %v57 : i64
        %v2549 = arith.subi %size_T, %v1 : i64
        %v2550 = arith.minsi %v2547, %v2549 : i64
        %v2551 = arith.addi %v2546, %v2550 : i64
        %v2552 = arith.muli %v2544, %v69 : i64
        %v2553 = arith.addi %v2552, %v2372 : i64
        %v2554 = arith.cmpi sge, %v2546, %v29 : i64
        %v2555 = arith.andi %v2548, %v2554 : i1
        %v2556 = arith.andi %v2555, %v2543 : i1
        %v2557 = llvm.getelementptr %v5[%v2553] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2558 = llvm.load %v2557 : !llvm.ptr<3> -> f32
        %v2559 = arith.addi %v2371, %v213 : i64
        %v2560 = arith.constant true
        %v2561 = arith.addi %v46, %v2559 : i64
        %v2562 = llvm.getelementptr %v4[%v2561] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2563 = llvm.load %v2562 : !llvm.ptr<3> -> i64
        %v2564 = arith.addi %v1023, %v2372 : i64
        %v2565 = arith.cmpi slt, %v2564, %v57 : i64
        %v2566 = arith.subi %size_T, %v1 : i64
        %v2567 = arith.minsi %v2564, %v2566 : i64
        %v2568 = arith.addi %v2563, %v2567 : i64
        %v2569 = arith.muli %v2561, %v69 : i64
        %v2570 = arith.addi %v2569, %v2372 : i64
        %v2571 = arith.cmpi sge, %v2563, %v29 : i64
        %v2572 = arith.andi %v2565, %v2571 : i1
        %v2573 = arith.andi %v2572, %v2560 : i1
        %v2574 = llvm.getelementptr %v5[%v2570] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2575 = llvm.load %v2574 : !llvm.ptr<3> -> f32
        %v2576 = arith.addi %v2371, %v227 : i64
        %v2577 = arith.constant true
        %v2578 = arith.addi %v46, %v2576 : i64
        %v2579 = llvm.getelementptr %v4[%v2578] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2580 = llvm.load %v2579 : !llvm.ptr<3> -> i64
        %v2581 = arith.addi %v1023, %v2372 : i64
        %v2582 = arith.cmpi slt, %v2581, %v57 : i64
        %v2583 = arith.subi %size_T, %v1 : i64
        %v2584 = arith.minsi %v2581, %v2583 : i64
        %v2585 = arith.addi %v2580, %v2584 : i64
        %v2586 = arith.muli %v2578, %v69 : i64
        %v2587 = arith.addi %v2586, %v2372 : i64
        %v2588 = arith.cmpi sge, %v2580, %v29 : i64
        %v2589 = arith.andi %v2582, %v2588 : i1
        %v2590 = arith.andi %v2589, %v2577 : i1
        %v2591 = llvm.getelementptr %v5[%v2587] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2592 = llvm.load %v2591 : !llvm.ptr<3> -> f32
        %v2593 = arith.addi %v2371, %v241 : i64
        %v2594 = arith.constant true
        %v2595 = arith.addi %v46, %v2593 : i64
        %v2596 = llvm.getelementptr %v4[%v2595] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2597 = llvm.load %v2596 : !llvm.ptr<3> -> i64
        %v2598 = arith.addi %v1023, %v2372 : i64
        %v2599 = arith.cmpi slt, %v2598, %v57 : i64
        %v2600 = arith.subi %size_T, %v1 : i64
        %v2601 = arith.minsi %v2598, %v2600 : i64
        %v2602 = arith.addi %v2597, %v2601 : i64
        %v2603 = arith.muli %v2595, %v69 : i64
        %v2604 = arith.addi %v2603, %v2372 : i64
        %v2605 = arith.cmpi sge, %v2597, %v29 : i64
        %v2606 = arith.andi %v2599, %v2605 : i1
        %v2607 = arith.andi %v2606, %v2594 : i1
        %v2608 = llvm.getelementptr %v5[%v2604] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2609 = llvm.load %v2608 : !llvm.ptr<3> -> f32
        %v2610 = arith.addi %v2371, %v255 : i64
        %v2611 = arith.constant true
        %v2612 = arith.addi %v46, %v2610 : i64
        %v2613 = llvm.getelementptr %v4[%v2612] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2614 = llvm.load %v2613 : !llvm.ptr<3> -> i64
        %v2615 = arith.addi %v1023, %v2372 : i64
        %v2616 = arith.cmpi slt, %v2615, %v57 : i64
        %v2617 = arith.subi %size_T, %v1 : i64
        %v2618 = arith.minsi %v2615, %v2617 : i64
        %v2619 = arith.addi %v2614, %v2618 : i64
        %v2620 = arith.muli %v2612, %v69 : i64
        %v2621 = arith.addi %v2620, %v2372 : i64
        %v2622 = arith.cmpi sge, %v2614, %v29 : i64
        %v2623 = arith.andi %v2616, %v2622 : i1
        %v2624 = arith.andi %v2623, %v2611 : i1
        %v2625 = llvm.getelementptr %v5[%v2621] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2626 = llvm.load %v2625 : !llvm.ptr<3> -> f32
        %v2627 = arith.addi %v2371, %v269 : i64
        %v2628 = arith.constant true
        %v2629 = arith.addi %v46, %v2627 : i64
        %v2630 = llvm.getelementptr %v4[%v2629] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2631 = llvm.load %v2630 : !llvm.ptr<3> -> i64
        %v2632 = arith.addi %v1023, %v2372 : i64
        %v2633 = arith.cmpi slt, %v2632, %v57 : i64
        %v2634 = arith.subi %size_T, %v1 : i64
        %v2635 = arith.minsi %v2632, %v2634 : i64
        %v2636 = arith.addi %v2631, %v2635 : i64
        %v2637 = arith.muli %v2629, %v69 : i64
        %v2638 = arith.addi %v2637, %v2372 : i64
        %v2639 = arith.cmpi sge, %v2631, %v29 : i64
        %v2640 = arith.andi %v2633, %v2639 : i1
        %v2641 = arith.andi %v2640, %v2628 : i1
        %v2642 = llvm.getelementptr %v5[%v2638] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2643 = llvm.load %v2642 : !llvm.ptr<3> -> f32
        %v2644 = arith.addi %v2371, %v58 : i64
        %v2645 = arith.constant true
        %v2646 = arith.addi %v46, %v2644 : i64
        %v2647 = llvm.getelementptr %v4[%v2646] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2648 = llvm.load %v2647 : !llvm.ptr<3> -> i64
        %v2649 = arith.addi %v1023, %v2372 : i64
        %v2650 = arith.cmpi slt, %v2649, %v57 : i64
        %v2651 = arith.subi %size_T, %v1 : i64
        %v2652 = arith.minsi %v2649, %v2651 : i64
        %v2653 = arith.addi %v2648, %v2652 : i64
        %v2654 = arith.muli %v2646, %v69 : i64
        %v2655 = arith.addi %v2654, %v2372 : i64
        %v2656 = arith.cmpi sge, %v2648, %v29 : i64
        %v2657 = arith.andi %v2650, %v2656 : i1
        %v2658 = arith.andi %v2657, %v2645 : i1
        %v2659 = llvm.getelementptr %v5[%v2655] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2660 = llvm.load %v2659 : !llvm.ptr<3> -> f32
        %v2661 = arith.addi %v2371, %v296 : i64
        %v2662 = arith.constant true
        %v2663 = arith.addi %v46, %v2661 : i64
        %v2664 = llvm.getelementptr %v4[%v2663] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2665 = llvm.load %v2664 : !llvm.ptr<3> -> i64
        %v2666 = arith.addi %v1023, %v2372 : i64
        %v2667 = arith.cmpi slt, %v2666, %v57 : i64
        %v2668 = arith.subi %size_T, %v1 : i64
        %v2669 = arith.minsi %v2666, %v2668 : i64
        %v2670 = arith.addi %v2665, %v2669 : i64
        %v2671 = arith.muli %v2663, %v69 : i64
        %v2672 = arith.addi %v2671, %v2372 : i64
        %v2673 = arith.cmpi sge, %v2665, %v29 : i64
        %v2674 = arith.andi %v2667, %v2673 : i1
        %v2675 = arith.andi %v2674, %v2662 : i1
        %v2676 = llvm.getelementptr %v5[%v2672] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2677 = llvm.load %v2676 : !llvm.ptr<3> -> f32
        %v2678 = arith.addi %v2371, %v310 : i64
        %v2679 = arith.constant true
        %v2680 = arith.addi %v46, %v2678 : i64
        %v2681 = llvm.getelementptr %v4[%v2680] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2682 = llvm.load %v2681 : !llvm.ptr<3> -> i64
        %v2683 = arith.addi %v1023, %v2372 : i64
        %v2684 = arith.cmpi slt, %v2683, %v57 : i64
        %v2685 = arith.subi %size_T, %v1 : i64
        %v2686 = arith.minsi %v2683, %v2685 : i64
        %v2687 = arith.addi %v2682, %v2686 : i64
        %v2688 = arith.muli %v2680, %v69 : i64
        %v2689 = arith.addi %v2688, %v2372 : i64
        %v2690 = arith.cmpi sge, %v2682, %v29 : i64
        %v2691 = arith.andi %v2684, %v2690 : i1
        %v2692 = arith.andi %v2691, %v2679 : i1
        %v2693 = llvm.getelementptr %v5[%v2689] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2694 = llvm.load %v2693 : !llvm.ptr<3> -> f32
        %v2695 = arith.addi %v2371, %v324 : i64
        %v2696 = arith.constant true
        %v2697 = arith.addi %v46, %v2695 : i64
        %v2698 = llvm.getelementptr %v4[%v2697] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2699 = llvm.load %v2698 : !llvm.ptr<3> -> i64
        %v2700 = arith.addi %v1023, %v2372 : i64
        %v2701 = arith.cmpi slt, %v2700, %v57 : i64
        %v2702 = arith.subi %size_T, %v1 : i64
        %v2703 = arith.minsi %v2700, %v2702 : i64
        %v2704 = arith.addi %v2699, %v2703 : i64
        %v2705 = arith.muli %v2697, %v69 : i64
        %v2706 = arith.addi %v2705, %v2372 : i64
        %v2707 = arith.cmpi sge, %v2699, %v29 : i64
        %v2708 = arith.andi %v2701, %v2707 : i1
        %v2709 = arith.andi %v2708, %v2696 : i1
        %v2710 = llvm.getelementptr %v5[%v2706] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2711 = llvm.load %v2710 : !llvm.ptr<3> -> f32
        %v2712 = arith.addi %v2371, %v338 : i64
        %v2713 = arith.constant true
        %v2714 = arith.addi %v46, %v2712 : i64
        %v2715 = llvm.getelementptr %v4[%v2714] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2716 = llvm.load %v2715 : !llvm.ptr<3> -> i64
        %v2717 = arith.addi %v1023, %v2372 : i64
        %v2718 = arith.cmpi slt, %v2717, %v57 : i64
        %v2719 = arith.subi %size_T, %v1 : i64
        %v2720 = arith.minsi %v2717, %v2719 : i64
        %v2721 = arith.addi %v2716, %v2720 : i64
        %v2722 = arith.muli %v2714, %v69 : i64
        %v2723 = arith.addi %v2722, %v2372 : i64
        %v2724 = arith.cmpi sge, %v2716, %v29 : i64
        %v2725 = arith.andi %v2718, %v2724 : i1
        %v2726 = arith.andi %v2725, %v2713 : i1
        %v2727 = llvm.getelementptr %v5[%v2723] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2728 = llvm.load %v2727 : !llvm.ptr<3> -> f32
        %v2729 = arith.addi %v2371, %v352 : i64
        %v2730 = arith.constant true
        %v2731 = arith.addi %v46, %v2729 : i64
        %v2732 = llvm.getelementptr %v4[%v2731] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2733 = llvm.load %v2732 : !llvm.ptr<3> -> i64
        %v2734 = arith.addi %v1023, %v2372 : i64
        %v2735 = arith.cmpi slt, %v2734, %v57 : i64
        %v2736 = arith.subi %size_T, %v1 : i64
        %v2737 = arith.minsi %v2734, %v2736 : i64
        %v2738 = arith.addi %v2733, %v2737 : i64
        %v2739 = arith.muli %v2731, %v69 : i64
        %v2740 = arith.addi %v2739, %v2372 : i64
        %v2741 = arith.cmpi sge, %v2733, %v29 : i64
        %v2742 = arith.andi %v2735, %v2741 : i1
        %v2743 = arith.andi %v2742, %v2730 : i1
        %v2744 = llvm.getelementptr %v5[%v2740] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2745 = llvm.load %v2744 : !llvm.ptr<3> -> f32
        %v2746 = arith.addi %v2371, %v366 : i64
        %v2747 = arith.constant true
        %v2748 = arith.addi %v46, %v2746 : i64
        %v2749 = llvm.getelementptr %v4[%v2748] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2750 = llvm.load %v2749 : !llvm.ptr<3> -> i64
        %v2751 = arith.addi %v1023, %v2372 : i64
        %v2752 = arith.cmpi slt, %v2751, %v57 : i64
        %v2753 = arith.subi %size_T, %v1 : i64
        %v2754 = arith.minsi %v2751, %v2753 : i64
        %v2755 = arith.addi %v2750, %v2754 : i64
        %v2756 = arith.muli %v2748, %v69 : i64
        %v2757 = arith.addi %v2756, %v2372 : i64
        %v2758 = arith.cmpi sge, %v2750, %v29 : i64
        %v2759 = arith.andi %v2752, %v2758 : i1
        %v2760 = arith.andi %v2759, %v2747 : i1
        %v2761 = llvm.getelementptr %v5[%v2757] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2762 = llvm.load %v2761 : !llvm.ptr<3> -> f32
        %v2763 = arith.addi %v2371, %v380 : i64
        %v2764 = arith.constant true
        %v2765 = arith.addi %v46, %v2763 : i64
        %v2766 = llvm.getelementptr %v4[%v2765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2767 = llvm.load %v2766 : !llvm.ptr<3> -> i64
        %v2768 = arith.addi %v1023, %v2372 : i64
        %v2769 = arith.cmpi slt, %v2768, %v57 : i64
        %v2770 = arith.subi %size_T, %v1 : i64
        %v2771 = arith.minsi %v2768, %v2770 : i64
        %v2772 = arith.addi %v2767, %v2771 : i64
        %v2773 = arith.muli %v2765, %v69 : i64
        %v2774 = arith.addi %v2773, %v2372 : i64
        %v2775 = arith.cmpi sge, %v2767, %v29 : i64
        %v2776 = arith.andi %v2769, %v2775 : i1
        %v2777 = arith.andi %v2776, %v2764 : i1
        %v2778 = llvm.getelementptr %v5[%v2774] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2779 = llvm.load %v2778 : !llvm.ptr<3> -> f32
        %v2780 = arith.addi %v2371, %v394 : i64
        %v2781 = arith.constant true
        %v2782 = arith.addi %v46, %v2780 : i64
        %v2783 = llvm.getelementptr %v4[%v2782] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2784 = llvm.load %v2783 : !llvm.ptr<3> -> i64
        %v2785 = arith.addi %v1023, %v2372 : i64
        %v2786 = arith.cmpi slt, %v2785, %v57 : i64
        %v2787 = arith.subi %size_T, %v1 : i64
        %v2788 = arith.minsi %v2785, %v2787 : i64
        %v2789 = arith.addi %v2784, %v2788 : i64
        %v2790 = arith.muli %v2782, %v69 : i64
        %v2791 = arith.addi %v2790, %v2372 : i64
        %v2792 = arith.cmpi sge, %v2784, %v29 : i64
        %v2793 = arith.andi %v2786, %v2792 : i1
        %v2794 = arith.andi %v2793, %v2781 : i1
        %v2795 = llvm.getelementptr %v5[%v2791] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2796 = llvm.load %v2795 : !llvm.ptr<3> -> f32
        %v2797 = arith.addi %v2371, %v408 : i64
        %v2798 = arith.constant true
        %v2799 = arith.addi %v46, %v2797 : i64
        %v2800 = llvm.getelementptr %v4[%v2799] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2801 = llvm.load %v2800 : !llvm.ptr<3> -> i64
        %v2802 = arith.addi %v1023, %v2372 : i64
        %v2803 = arith.cmpi slt, %v2802, %v57 : i64
        %v2804 = arith.subi %size_T, %v1 : i64
        %v2805 = arith.minsi %v2802, %v2804 : i64
        %v2806 = arith.addi %v2801, %v2805 : i64
        %v2807 = arith.muli %v2799, %v69 : i64
        %v2808 = arith.addi %v2807, %v2372 : i64
        %v2809 = arith.cmpi sge, %v2801, %v29 : i64
        %v2810 = arith.andi %v2803, %v2809 : i1
        %v2811 = arith.andi %v2810, %v2798 : i1
        %v2812 = llvm.getelementptr %v5[%v2808] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2813 = llvm.load %v2812 : !llvm.ptr<3> -> f32
        %v2814 = arith.addi %v2371, %v422 : i64
        %v2815 = arith.constant true
        %v2816 = arith.addi %v46, %v2814 : i64
        %v2817 = llvm.getelementptr %v4[%v2816] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2818 = llvm.load %v2817 : !llvm.ptr<3> -> i64
        %v2819 = arith.addi %v1023, %v2372 : i64
        %v2820 = arith.cmpi slt, %v2819, %v57 : i64
        %v2821 = arith.subi %size_T, %v1 : i64
        %v2822 = arith.minsi %v2819, %v2821 : i64
        %v2823 = arith.addi %v2818, %v2822 : i64
        %v2824 = arith.muli %v2816, %v69 : i64
        %v2825 = arith.addi %v2824, %v2372 : i64
        %v2826 = arith.cmpi sge, %v2818, %v29 : i64
        %v2827 = arith.andi %v2820, %v2826 : i1
        %v2828 = arith.andi %v2827, %v2815 : i1
        %v2829 = llvm.getelementptr %v5[%v2825] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2830 = llvm.load %v2829 : !llvm.ptr<3> -> f32
        %v2831 = arith.addi %v2371, %v436 : i64
        %v2832 = arith.constant true
        %v2833 = arith.addi %v46, %v2831 : i64
        %v2834 = llvm.getelementptr %v4[%v2833] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2835 = llvm.load %v2834 : !llvm.ptr<3> -> i64
        %v2836 = arith.addi %v1023, %v2372 : i64
        %v2837 = arith.cmpi slt, %v2836, %v57 : i64
        %v2838 = arith.subi %size_T, %v1 : i64
        %v2839 = arith.minsi %v2836, %v2838 : i64
        %v2840 = arith.addi %v2835, %v2839 : i64
        %v2841 = arith.muli %v2833, %v69 : i64
        %v2842 = arith.addi %v2841, %v2372 : i64
        %v2843 = arith.cmpi sge, %v2835, %v29 : i64
        %v2844 = arith.andi %v2837, %v2843 : i1
        %v2845 = arith.andi %v2844, %v2832 : i1
        %v2846 = llvm.getelementptr %v5[%v2842] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2847 = llvm.load %v2846 : !llvm.ptr<3> -> f32
        %v2848 = arith.addi %v2371, %v450 : i64
        %v2849 = arith.constant true
        %v2850 = arith.addi %v46, %v2848 : i64
        %v2851 = llvm.getelementptr %v4[%v2850] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2852 = llvm.load %v2851 : !llvm.ptr<3> -> i64
        %v2853 = arith.addi %v1023, %v2372 : i64
        %v2854 = arith.cmpi slt, %v2853, %v57 : i64
        %v2855 = arith.subi %size_T, %v1 : i64
        %v2856 = arith.minsi %v2853, %v2855 : i64
        %v2857 = arith.addi %v2852, %v2856 : i64
        %v2858 = arith.muli %v2850, %v69 : i64
        %v2859 = arith.addi %v2858, %v2372 : i64
        %v2860 = arith.cmpi sge, %v2852, %v29 : i64
        %v2861 = arith.andi %v2854, %v2860 : i1
        %v2862 = arith.andi %v2861, %v2849 : i1
        %v2863 = llvm.getelementptr %v5[%v2859] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2864 = llvm.load %v2863 : !llvm.ptr<3> -> f32
        %v2865 = arith.addi %v2371, %v464 : i64
        %v2866 = arith.constant true
        %v2867 = arith.addi %v46, %v2865 : i64
        %v2868 = llvm.getelementptr %v4[%v2867] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2869 = llvm.load %v2868 : !llvm.ptr<3> -> i64
        %v2870 = arith.addi %v1023, %v2372 : i64
        %v2871 = arith.cmpi slt, %v2870, %v57 : i64
        %v2872 = arith.subi %size_T, %v1 : i64
        %v2873 = arith.minsi %v2870, %v2872 : i64
        %v2874 = arith.addi %v2869, %v2873 : i64
        %v2875 = arith.muli %v2867, %v69 : i64
        %v2876 = arith.addi %v2875, %v2372 : i64
        %v2877 = arith.cmpi sge, %v2869, %v29 : i64
        %v2878 = arith.andi %v2871, %v2877 : i1
        %v2879 = arith.andi %v2878, %v2866 : i1
        %v2880 = llvm.getelementptr %v5[%v2876] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2881 = llvm.load %v2880 : !llvm.ptr<3> -> f32
        %v2882 = arith.addi %v2371, %v478 : i64
        %v2883 = arith.constant true
        %v2884 = arith.addi %v46, %v2882 : i64
        %v2885 = llvm.getelementptr %v4[%v2884] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2886 = llvm.load %v2885 : !llvm.ptr<3> -> i64
        %v2887 = arith.addi %v1023, %v2372 : i64
        %v2888 = arith.cmpi slt, %v2887, %v57 : i64
        %v2889 = arith.subi %size_T, %v1 : i64
        %v2890 = arith.minsi %v2887, %v2889 : i64
        %v2891 = arith.addi %v2886, %v2890 : i64
        %v2892 = arith.muli %v2884, %v69 : i64
        %v2893 = arith.addi %v2892, %v2372 : i64
        %v2894 = arith.cmpi sge, %v2886, %v29 : i64
        %v2895 = arith.andi %v2888, %v2894 : i1
        %v2896 = arith.andi %v2895, %v2883 : i1
        %v2897 = llvm.getelementptr %v5[%v2893] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2898 = llvm.load %v2897 : !llvm.ptr<3> -> f32
        %v2899 = arith.addi %v2371, %v492 : i64
        %v2900 = arith.constant true
        %v2901 = arith.addi %v46, %v2899 : i64
        %v2902 = llvm.getelementptr %v4[%v2901] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2903 = llvm.load %v2902 : !llvm.ptr<3> -> i64
        %v2904 = arith.addi %v1023, %v2372 : i64
        %v2905 = arith.cmpi slt, %v2904, %v57 : i64
        %v2906 = arith.subi %size_T, %v1 : i64
        %v2907 = arith.minsi %v2904, %v2906 : i64
        %v2908 = arith.addi %v2903, %v2907 : i64
        %v2909 = arith.muli %v2901, %v69 : i64
        %v2910 = arith.addi %v2909, %v2372 : i64
        %v2911 = arith.cmpi sge, %v2903, %v29 : i64
        %v2912 = arith.andi %v2905, %v2911 : i1
        %v2913 = arith.andi %v2912, %v2900 : i1
        %v2914 = llvm.getelementptr %v5[%v2910] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2915 = llvm.load %v2914 : !llvm.ptr<3> -> f32
        scf.if %v2386 {
          %v2916 = llvm.getelementptr %out_y[%v2381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2388, %v2916 : f32, !llvm.ptr
        }
        scf.if %v2403 {
          %v2917 = llvm.getelementptr %out_y[%v2398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2405, %v2917 : f32, !llvm.ptr
        }
        scf.if %v2420 {
          %v2918 = llvm.getelementptr %out_y[%v2415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2422, %v2918 : f32, !llvm.ptr
        }
        scf.if %v2437 {
          %v2919 = llvm.getelementptr %out_y[%v2432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2439, %v2919 : f32, !llvm.ptr
        }
        scf.if %v2454 {
          %v2920 = llvm.getelementptr %out_y[%v2449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2456, %v2920 : f32, !llvm.ptr
        }
        scf.if %v2471 {
          %v2921 = llvm.getelementptr %out_y[%v2466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2473, %v2921 : f32, !llvm.ptr
        }
        scf.if %v2488 {
          %v2922 = llvm.getelementptr %out_y[%v2483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2490, %v2922 : f32, !llvm.ptr
        }
        scf.if %v2505 {
          %v2923 = llvm.getelementptr %out_y[%v2500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2507, %v2923 : f32, !llvm.ptr
        }
        scf.if %v2522 {
          %v2924 = llvm.getelementptr %out_y[%v2517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2524, %v2924 : f32, !llvm.ptr
        }
        scf.if %v2539 {
          %v2925 = llvm.getelementptr %out_y[%v2534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2541, %v2925 : f32, !llvm.ptr
        }
        scf.if %v2556 {
          %v2926 = llvm.getelementptr %out_y[%v2551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2558, %v2926 : f32, !llvm.ptr
        }
        scf.if %v2573 {
          %v2927 = llvm.getelementptr %out_y[%v2568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2575, %v2927 : f32, !llvm.ptr
        }
        scf.if %v2590 {
          %v2928 = llvm.getelementptr %out_y[%v2585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2592, %v2928 : f32, !llvm.ptr
        }
        scf.if %v2607 {
          %v2929 = llvm.getelementptr %out_y[%v2602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2609, %v2929 : f32, !llvm.ptr
        }
        scf.if %v2624 {
          %v2930 = llvm.getelementptr %out_y[%v2619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2626, %v2930 : f32, !llvm.ptr
        }
        scf.if %v2641 {
          %v2931 = llvm.getelementptr %out_y[%v2636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2643, %v2931 : f32, !llvm.ptr
        }
        scf.if %v2658 {
          %v2932 = llvm.getelementptr %out_y[%v2653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2660, %v2932 : f32, !llvm.ptr
        }
        scf.if %v2675 {
          %v2933 = llvm.getelementptr %out_y[%v2670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2677, %v2933 : f32, !llvm.ptr
        }
        scf.if %v2692 {
          %v2934 = llvm.getelementptr %out_y[%v2687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2694, %v2934 : f32, !llvm.ptr
        }
        scf.if %v2709 {
          %v2935 = llvm.getelementptr %out_y[%v2704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2711, %v2935 : f32, !llvm.ptr
        }
        scf.if %v2726 {
          %v2936 = llvm.getelementptr %out_y[%v2721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2728, %v2936 : f32, !llvm.ptr
        }
        scf.if %v2743 {
          %v2937 = llvm.getelementptr %out_y[%v2738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2745, %v2937 : f32, !llvm.ptr
        }
        scf.if %v2760 {
          %v2938 = llvm.getelementptr %out_y[%v2755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2762, %v2938 : f32, !llvm.ptr
        }
        scf.if %v2777 {
          %v2939 = llvm.getelementptr %out_y[%v2772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2779, %v2939 : f32, !llvm.ptr
        }
        scf.if %v2794 {
          %v2940 = llvm.getelementptr %out_y[%v2789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2796, %v2940 : f32, !llvm.ptr
        }
        scf.if %v2811 {
          %v2941 = llvm.getelementptr %out_y[%v2806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2813, %v2941 : f32, !llvm.ptr
        }
        scf.if %v2828 {
          %v2942 = llvm.getelementptr %out_y[%v2823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2830, %v2942 : f32, !llvm.ptr
        }
        scf.if %v2845 {
          %v2943 = llvm.getelementptr %out_y[%v2840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2847, %v2943 : f32, !llvm.ptr
        }
        scf.if %v2862 {
          %v2944 = llvm.getelementptr %out_y[%v2857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2864, %v2944 : f32, !llvm.ptr
        }
        scf.if %v2879 {
          %v2945 = llvm.getelementptr %out_y[%v2874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2881, %v2945 : f32, !llvm.ptr
        }
        scf.if %v2896 {
          %v2946 = llvm.getelementptr %out_y[%v2891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2898, %v2946 : f32, !llvm.ptr
        }
        scf.if %v2913 {
          %v2947 = llvm.getelementptr %out_y[%v2908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2915, %v2947 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      %v2948 = arith.subi %v9, %v1 : i64
      %v2949 = arith.cmpi eq, %v18, %v2948 : i64
      %v2950 = arith.andi %v22, %v2949 : i1
      gpu.return
    }
  }
}
