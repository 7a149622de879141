module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_first_order_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<128 x i64>
    llvm.mlir.global internal @smem_first_order_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    gpu.func @first_order_chunk_reduce(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_C : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.mlir.addressof @rows_first_order_chunk_reduce : !llvm.ptr<3>
      %v7 = llvm.mlir.addressof @smem_first_order_chunk_reduce : !llvm.ptr<3>
      %v8 = arith.constant 255 : i64
      %v9 = arith.addi %size_T, %v8 : i64
      %v10 = arith.constant 256 : i64
      %v11 = arith.divui %v9, %v10 : i64
      %v16 = arith.constant 64 : i64
      %v31 = arith.constant 0 : i64
      %v32 = arith.muli %v1, %size_T : i64
      %v33 = arith.muli %v32, %size_C : i64
      %v50 = arith.constant 0x00000000 : f32
      %v51 = arith.constant 0x3F800000 : f32
      %v55 = arith.constant 32 : i64
      %v68 = arith.constant 33 : i64
      %v73 = arith.constant 2 : i64
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
      %v1996 = arith.constant 128 : i64
      %v2004 = arith.constant 192 : i64
      %v2019 = arith.constant 320 : i64
      %v2027 = arith.constant 384 : i64
      %v2035 = arith.constant 448 : i64
      %v2043 = arith.constant 512 : i64
      %v2051 = arith.constant 576 : i64
      %v2059 = arith.constant 640 : i64
      %v2067 = arith.constant 704 : i64
      %v2075 = arith.constant 768 : i64
      %v2083 = arith.constant 832 : i64
      %v2091 = arith.constant 896 : i64
      %v2099 = arith.constant 960 : i64
      %v2107 = arith.constant 1024 : i64
      %v2115 = arith.constant 1088 : i64
      %v2123 = arith.constant 1152 : i64
      %v2131 = arith.constant 1216 : i64
      %v2139 = arith.constant 1280 : i64
      %v2147 = arith.constant 1344 : i64
      %v2155 = arith.constant 1408 : i64
      %v2163 = arith.constant 1472 : i64
      %v2171 = arith.constant 1536 : i64
      %v2179 = arith.constant 1600 : i64
      %v2187 = arith.constant 1664 : i64
      %v2195 = arith.constant 1728 : i64
      %v2203 = arith.constant 1792 : i64
      %v2211 = arith.constant 1856 : i64
      %v2219 = arith.constant 1920 : i64
      %v2227 = arith.constant 1984 : i64
      %v12 = gpu.block_id x
      %v13 = gpu.thread_id x
      %v14 = arith.index_cast %v13 : index to i64
      %v15 = arith.index_cast %v12 : index to i64
      %v17 = arith.subi %v16, %v1 : i64
      %v18 = arith.addi %v3, %v17 : i64
      %v19 = arith.divui %v18, %v16 : i64
      %v20 = arith.divui %v15, %v19 : i64
      %v21 = arith.remui %v15, %v19 : i64
      %v22 = arith.muli %v21, %v16 : i64
      %v23 = arith.addi %v22, %v14 : i64
      %v24 = arith.cmpi slt, %v23, %v3 : i64
      %v25 = arith.subi %v3, %v1 : i64
      %v26 = arith.minsi %v23, %v25 : i64
      %v27 = arith.remui %v26, %size_C : i64
      %v28 = arith.divui %v26, %size_C : i64
      %v29 = arith.remui %v28, %size_B : i64
      %v30 = arith.divui %v28, %size_B : i64
      %v34 = arith.muli %v29, %v33 : i64
      %v35 = arith.muli %v27, %v32 : i64
      %v36 = arith.addi %v34, %v35 : i64
      %v37 = arith.muli %v31, %v1 : i64
      %v38 = arith.addi %v36, %v37 : i64
      %v39 = arith.muli %v31, %v16 : i64
      %v40 = arith.addi %v39, %v14 : i64
      %v41 = llvm.getelementptr %v6[%v40] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v38, %v41 : i64, !llvm.ptr<3>
      %v42 = arith.muli %v29, %v33 : i64
      %v43 = arith.muli %v27, %v32 : i64
      %v44 = arith.addi %v42, %v43 : i64
      %v45 = arith.muli %v31, %v1 : i64
      %v46 = arith.addi %v44, %v45 : i64
      %v47 = arith.muli %v1, %v16 : i64
      %v48 = arith.addi %v47, %v14 : i64
      %v49 = llvm.getelementptr %v6[%v48] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v46, %v49 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v50, %v4 : f32, !llvm.ptr
      llvm.store %v51, %v5 : f32, !llvm.ptr
      %v52 = arith.muli %v20, %v10 : i64
      %v53 = arith.addi %v52, %v10 : i64
      %v54 = arith.minsi %v53, %size_T : i64
      // staged load of `a`'s first tile: read, then shared memory
      %v56 = arith.divui %v14, %v55 : i64
      %v57 = arith.remui %v14, %v55 : i64
      %v58 = arith.addi %v56, %v31 : i64
      %v59 = arith.constant true
      %v60 = arith.addi %v31, %v58 : i64
      %v61 = llvm.getelementptr %v6[%v60] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v62 = llvm.load %v61 : !llvm.ptr<3> -> i64
      %v63 = arith.addi %v52, %v57 : i64
      %v64 = arith.cmpi slt, %v63, %v54 : i64
      %v65 = arith.subi %size_T, %v1 : i64
      %v66 = arith.minsi %v63, %v65 : i64
      %v67 = arith.addi %v62, %v66 : i64
      %v69 = arith.muli %v60, %v68 : i64
      %v70 = arith.addi %v69, %v57 : i64
      %v71 = llvm.getelementptr %in_a[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v72 = llvm.load %v71 : !llvm.ptr -> f32
      %v74 = arith.addi %v56, %v73 : i64
      %v75 = arith.constant true
      %v76 = arith.addi %v31, %v74 : i64
      %v77 = llvm.getelementptr %v6[%v76] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v78 = llvm.load %v77 : !llvm.ptr<3> -> i64
      %v79 = arith.addi %v52, %v57 : i64
      %v80 = arith.cmpi slt, %v79, %v54 : i64
      %v81 = arith.subi %size_T, %v1 : i64
      %v82 = arith.minsi %v79, %v81 : i64
      %v83 = arith.addi %v78, %v82 : i64
      %v84 = arith.muli %v76, %v68 : i64
      %v85 = arith.addi %v84, %v57 : i64
      %v86 = llvm.getelementptr %in_a[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v87 = llvm.load %v86 : !llvm.ptr -> f32
      %v89 = arith.addi %v56, %v88 : i64
      %v90 = arith.constant true
      %v91 = arith.addi %v31, %v89 : i64
      %v92 = llvm.getelementptr %v6[%v91] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v93 = llvm.load %v92 : !llvm.ptr<3> -> i64
      %v94 = arith.addi %v52, %v57 : i64
      %v95 = arith.cmpi slt, %v94, %v54 : i64
      %v96 = arith.subi %size_T, %v1 : i64
      %v97 = arith.minsi %v94, %v96 : i64
      %v98 = arith.addi %v93, %v97 : i64
      %v99 = arith.muli %v91, %v68 : i64
      %v100 = arith.addi %v99, %v57 : i64
      %v101 = llvm.getelementptr %in_a[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v102 = llvm.load %v101 : !llvm.ptr -> f32
      %v104 = arith.addi %v56, %v103 : i64
      %v105 = arith.constant true
      %v106 = arith.addi %v31, %v104 : i64
      %v107 = llvm.getelementptr %v6[%v106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v108 = llvm.load %v107 : !llvm.ptr<3> -> i64
      %v109 = arith.addi %v52, %v57 : i64
      %v110 = arith.cmpi slt, %v109, %v54 : i64
      %v111 = arith.subi %size_T, %v1 : i64
      %v112 = arith.minsi %v109, %v111 : i64
      %v113 = arith.addi %v108, %v112 : i64
      %v114 = arith.muli %v106, %v68 : i64
      %v115 = arith.addi %v114, %v57 : i64
      %v116 = llvm.getelementptr %in_a[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v117 = llvm.load %v116 : !llvm.ptr -> f32
      %v119 = arith.addi %v56, %v118 : i64
      %v120 = arith.constant true
      %v121 = arith.addi %v31, %v119 : i64
      %v122 = llvm.getelementptr %v6[%v121] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v123 = llvm.load %v122 : !llvm.ptr<3> -> i64
      %v124 = arith.addi %v52, %v57 : i64
      %v125 = arith.cmpi slt, %v124, %v54 : i64
      %v126 = arith.subi %size_T, %v1 : i64
      %v127 = arith.minsi %v124, %v126 : i64
      %v128 = arith.addi %v123, %v127 : i64
      %v129 = arith.muli %v121, %v68 : i64
      %v130 = arith.addi %v129, %v57 : i64
      %v131 = llvm.getelementptr %in_a[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v132 = llvm.load %v131 : !llvm.ptr -> f32
      %v134 = arith.addi %v56, %v133 : i64
      %v135 = arith.constant true
      %v136 = arith.addi %v31, %v134 : i64
      %v137 = llvm.getelementptr %v6[%v136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v138 = llvm.load %v137 : !llvm.ptr<3> -> i64
      %v139 = arith.addi %v52, %v57 : i64
      %v140 = arith.cmpi slt, %v139, %v54 : i64
      %v141 = arith.subi %size_T, %v1 : i64
      %v142 = arith.minsi %v139, %v141 : i64
      %v143 = arith.addi %v138, %v142 : i64
      %v144 = arith.muli %v136, %v68 : i64
      %v145 = arith.addi %v144, %v57 : i64
      %v146 = llvm.getelementptr %in_a[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v147 = llvm.load %v146 : !llvm.ptr -> f32
      %v149 = arith.addi %v56, %v148 : i64
      %v150 = arith.constant true
      %v151 = arith.addi %v31, %v149 : i64
      %v152 = llvm.getelementptr %v6[%v151] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v153 = llvm.load %v152 : !llvm.ptr<3> -> i64
      %v154 = arith.addi %v52, %v57 : i64
      %v155 = arith.cmpi slt, %v154, %v54 : i64
      %v156 = arith.subi %size_T, %v1 : i64
      %v157 = arith.minsi %v154, %v156 : i64
      %v158 = arith.addi %v153, %v157 : i64
      %v159 = arith.muli %v151, %v68 : i64
      %v160 = arith.addi %v159, %v57 : i64
      %v161 = llvm.getelementptr %in_a[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v162 = llvm.load %v161 : !llvm.ptr -> f32
      %v164 = arith.addi %v56, %v163 : i64
      %v165 = arith.constant true
      %v166 = arith.addi %v31, %v164 : i64
      %v167 = llvm.getelementptr %v6[%v166] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v168 = llvm.load %v167 : !llvm.ptr<3> -> i64
      %v169 = arith.addi %v52, %v57 : i64
      %v170 = arith.cmpi slt, %v169, %v54 : i64
      %v171 = arith.subi %size_T, %v1 : i64
      %v172 = arith.minsi %v169, %v171 : i64
      %v173 = arith.addi %v168, %v172 : i64
      %v174 = arith.muli %v166, %v68 : i64
      %v175 = arith.addi %v174, %v57 : i64
      %v176 = llvm.getelementptr %in_a[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v177 = llvm.load %v176 : !llvm.ptr -> f32
      %v179 = arith.addi %v56, %v178 : i64
      %v180 = arith.constant true
      %v181 = arith.addi %v31, %v179 : i64
      %v182 = llvm.getelementptr %v6[%v181] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v183 = llvm.load %v182 : !llvm.ptr<3> -> i64
      %v184 = arith.addi %v52, %v57 : i64
      %v185 = arith.cmpi slt, %v184, %v54 : i64
      %v186 = arith.subi %size_T, %v1 : i64
      %v187 = arith.minsi %v184, %v186 : i64
      %v188 = arith.addi %v183, %v187 : i64
      %v189 = arith.muli %v181, %v68 : i64
      %v190 = arith.addi %v189, %v57 : i64
      %v191 = llvm.getelementptr %in_a[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v192 = llvm.load %v191 : !llvm.ptr -> f32
      %v194 = arith.addi %v56, %v193 : i64
      %v195 = arith.constant true
      %v196 = arith.addi %v31, %v194 : i64
      %v197 = llvm.getelementptr %v6[%v196] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v198 = llvm.load %v197 : !llvm.ptr<3> -> i64
      %v199 = arith.addi %v52, %v57 : i64
      %v200 = arith.cmpi slt, %v199, %v54 : i64
      %v201 = arith.subi %size_T, %v1 : i64
      %v202 = arith.minsi %v199, %v201 : i64
      %v203 = arith.addi %v198, %v202 : i64
      %v204 = arith.muli %v196, %v68 : i64
      %v205 = arith.addi %v204, %v57 : i64
      %v206 = llvm.getelementptr %in_a[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v207 = llvm.load %v206 : !llvm.ptr -> f32
      %v209 = arith.addi %v56, %v208 : i64
      %v210 = arith.constant true
      %v211 = arith.addi %v31, %v209 : i64
      %v212 = llvm.getelementptr %v6[%v211] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v213 = llvm.load %v212 : !llvm.ptr<3> -> i64
      %v214 = arith.addi %v52, %v57 : i64
      %v215 = arith.cmpi slt, %v214, %v54 : i64
      %v216 = arith.subi %size_T, %v1 : i64
      %v217 = arith.minsi %v214, %v216 : i64
      %v218 = arith.addi %v213, %v217 : i64
      %v219 = arith.muli %v211, %v68 : i64
      %v220 = arith.addi %v219, %v57 : i64
      %v221 = llvm.getelementptr %in_a[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v222 = llvm.load %v221 : !llvm.ptr -> f32
      %v224 = arith.addi %v56, %v223 : i64
      %v225 = arith.constant true
      %v226 = arith.addi %v31, %v224 : i64
      %v227 = llvm.getelementptr %v6[%v226] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v228 = llvm.load %v227 : !llvm.ptr<3> -> i64
      %v229 = arith.addi %v52, %v57 : i64
      %v230 = arith.cmpi slt, %v229, %v54 : i64
      %v231 = arith.subi %size_T, %v1 : i64
      %v232 = arith.minsi %v229, %v231 : i64
      %v233 = arith.addi %v228, %v232 : i64
      %v234 = arith.muli %v226, %v68 : i64
      %v235 = arith.addi %v234, %v57 : i64
      %v236 = llvm.getelementptr %in_a[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v237 = llvm.load %v236 : !llvm.ptr -> f32
      %v239 = arith.addi %v56, %v238 : i64
      %v240 = arith.constant true
      %v241 = arith.addi %v31, %v239 : i64
      %v242 = llvm.getelementptr %v6[%v241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v243 = llvm.load %v242 : !llvm.ptr<3> -> i64
      %v244 = arith.addi %v52, %v57 : i64
      %v245 = arith.cmpi slt, %v244, %v54 : i64
      %v246 = arith.subi %size_T, %v1 : i64
      %v247 = arith.minsi %v244, %v246 : i64
      %v248 = arith.addi %v243, %v247 : i64
      %v249 = arith.muli %v241, %v68 : i64
      %v250 = arith.addi %v249, %v57 : i64
      %v251 = llvm.getelementptr %in_a[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v252 = llvm.load %v251 : !llvm.ptr -> f32
      %v254 = arith.addi %v56, %v253 : i64
      %v255 = arith.constant true
      %v256 = arith.addi %v31, %v254 : i64
      %v257 = llvm.getelementptr %v6[%v256] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v258 = llvm.load %v257 : !llvm.ptr<3> -> i64
      %v259 = arith.addi %v52, %v57 : i64
      %v260 = arith.cmpi slt, %v259, %v54 : i64
      %v261 = arith.subi %size_T, %v1 : i64
      %v262 = arith.minsi %v259, %v261 : i64
      %v263 = arith.addi %v258, %v262 : i64
      %v264 = arith.muli %v256, %v68 : i64
      %v265 = arith.addi %v264, %v57 : i64
      %v266 = llvm.getelementptr %in_a[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v267 = llvm.load %v266 : !llvm.ptr -> f32
      %v269 = arith.addi %v56, %v268 : i64
      %v270 = arith.constant true
      %v271 = arith.addi %v31, %v269 : i64
      %v272 = llvm.getelementptr %v6[%v271] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v273 = llvm.load %v272 : !llvm.ptr<3> -> i64
      %v274 = arith.addi %v52, %v57 : i64
      %v275 = arith.cmpi slt, %v274, %v54 : i64
      %v276 = arith.subi %size_T, %v1 : i64
      %v277 = arith.minsi %v274, %v276 : i64
      %v278 = arith.addi %v273, %v277 : i64
      %v279 = arith.muli %v271, %v68 : i64
      %v280 = arith.addi %v279, %v57 : i64
      %v281 = llvm.getelementptr %in_a[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v282 = llvm.load %v281 : !llvm.ptr -> f32
      %v284 = arith.addi %v56, %v283 : i64
      %v285 = arith.constant true
      %v286 = arith.addi %v31, %v284 : i64
      %v287 = llvm.getelementptr %v6[%v286] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v288 = llvm.load %v287 : !llvm.ptr<3> -> i64
      %v289 = arith.addi %v52, %v57 : i64
      %v290 = arith.cmpi slt, %v289, %v54 : i64
      %v291 = arith.subi %size_T, %v1 : i64
      %v292 = arith.minsi %v289, %v291 : i64
      %v293 = arith.addi %v288, %v292 : i64
      %v294 = arith.muli %v286, %v68 : i64
      %v295 = arith.addi %v294, %v57 : i64
      %v296 = llvm.getelementptr %in_a[%v293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v297 = llvm.load %v296 : !llvm.ptr -> f32
      %v298 = arith.addi %v56, %v55 : i64
      %v299 = arith.constant true
      %v300 = arith.addi %v31, %v298 : i64
      %v301 = llvm.getelementptr %v6[%v300] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v302 = llvm.load %v301 : !llvm.ptr<3> -> i64
      %v303 = arith.addi %v52, %v57 : i64
      %v304 = arith.cmpi slt, %v303, %v54 : i64
      %v305 = arith.subi %size_T, %v1 : i64
      %v306 = arith.minsi %v303, %v305 : i64
      %v307 = arith.addi %v302, %v306 : i64
      %v308 = arith.muli %v300, %v68 : i64
      %v309 = arith.addi %v308, %v57 : i64
      %v310 = llvm.getelementptr %in_a[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v311 = llvm.load %v310 : !llvm.ptr -> f32
      %v313 = arith.addi %v56, %v312 : i64
      %v314 = arith.constant true
      %v315 = arith.addi %v31, %v313 : i64
      %v316 = llvm.getelementptr %v6[%v315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v317 = llvm.load %v316 : !llvm.ptr<3> -> i64
      %v318 = arith.addi %v52, %v57 : i64
      %v319 = arith.cmpi slt, %v318, %v54 : i64
      %v320 = arith.subi %size_T, %v1 : i64
      %v321 = arith.minsi %v318, %v320 : i64
      %v322 = arith.addi %v317, %v321 : i64
      %v323 = arith.muli %v315, %v68 : i64
      %v324 = arith.addi %v323, %v57 : i64
      %v325 = llvm.getelementptr %in_a[%v322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v326 = llvm.load %v325 : !llvm.ptr -> f32
      %v328 = arith.addi %v56, %v327 : i64
      %v329 = arith.constant true
      %v330 = arith.addi %v31, %v328 : i64
      %v331 = llvm.getelementptr %v6[%v330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v332 = llvm.load %v331 : !llvm.ptr<3> -> i64
      %v333 = arith.addi %v52, %v57 : i64
      %v334 = arith.cmpi slt, %v333, %v54 : i64
      %v335 = arith.subi %size_T, %v1 : i64
      %v336 = arith.minsi %v333, %v335 : i64
      %v337 = arith.addi %v332, %v336 : i64
      %v338 = arith.muli %v330, %v68 : i64
      %v339 = arith.addi %v338, %v57 : i64
      %v340 = llvm.getelementptr %in_a[%v337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v341 = llvm.load %v340 : !llvm.ptr -> f32
      %v343 = arith.addi %v56, %v342 : i64
      %v344 = arith.constant true
      %v345 = arith.addi %v31, %v343 : i64
      %v346 = llvm.getelementptr %v6[%v345] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v347 = llvm.load %v346 : !llvm.ptr<3> -> i64
      %v348 = arith.addi %v52, %v57 : i64
      %v349 = arith.cmpi slt, %v348, %v54 : i64
      %v350 = arith.subi %size_T, %v1 : i64
      %v351 = arith.minsi %v348, %v350 : i64
      %v352 = arith.addi %v347, %v351 : i64
      %v353 = arith.muli %v345, %v68 : i64
      %v354 = arith.addi %v353, %v57 : i64
      %v355 = llvm.getelementptr %in_a[%v352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v356 = llvm.load %v355 : !llvm.ptr -> f32
      %v358 = arith.addi %v56, %v357 : i64
      %v359 = arith.constant true
      %v360 = arith.addi %v31, %v358 : i64
      %v361 = llvm.getelementptr %v6[%v360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v362 = llvm.load %v361 : !llvm.ptr<3> -> i64
      %v363 = arith.addi %v52, %v57 : i64
      %v364 = arith.cmpi slt, %v363, %v54 : i64
      %v365 = arith.subi %size_T, %v1 : i64
      %v366 = arith.minsi %v363, %v365 : i64
      %v367 = arith.addi %v362, %v366 : i64
      %v368 = arith.muli %v360, %v68 : i64
      %v369 = arith.addi %v368, %v57 : i64
      %v370 = llvm.getelementptr %in_a[%v367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v371 = llvm.load %v370 : !llvm.ptr -> f32
      %v373 = arith.addi %v56, %v372 : i64
      %v374 = arith.constant true
      %v375 = arith.addi %v31, %v373 : i64
      %v376 = llvm.getelementptr %v6[%v375] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v377 = llvm.load %v376 : !llvm.ptr<3> -> i64
      %v378 = arith.addi %v52, %v57 : i64
      %v379 = arith.cmpi slt, %v378, %v54 : i64
      %v380 = arith.subi %size_T, %v1 : i64
      %v381 = arith.minsi %v378, %v380 : i64
      %v382 = arith.addi %v377, %v381 : i64
      %v383 = arith.muli %v375, %v68 : i64
      %v384 = arith.addi %v383, %v57 : i64
      %v385 = llvm.getelementptr %in_a[%v382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v386 = llvm.load %v385 : !llvm.ptr -> f32
      %v388 = arith.addi %v56, %v387 : i64
      %v389 = arith.constant true
      %v390 = arith.addi %v31, %v388 : i64
      %v391 = llvm.getelementptr %v6[%v390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v392 = llvm.load %v391 : !llvm.ptr<3> -> i64
      %v393 = arith.addi %v52, %v57 : i64
      %v394 = arith.cmpi slt, %v393, %v54 : i64
      %v395 = arith.subi %size_T, %v1 : i64
      %v396 = arith.minsi %v393, %v395 : i64
      %v397 = arith.addi %v392, %v396 : i64
      %v398 = arith.muli %v390, %v68 : i64
      %v399 = arith.addi %v398, %v57 : i64
      %v400 = llvm.getelementptr %in_a[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v401 = llvm.load %v400 : !llvm.ptr -> f32
      %v403 = arith.addi %v56, %v402 : i64
      %v404 = arith.constant true
      %v405 = arith.addi %v31, %v403 : i64
      %v406 = llvm.getelementptr %v6[%v405] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v407 = llvm.load %v406 : !llvm.ptr<3> -> i64
      %v408 = arith.addi %v52, %v57 : i64
      %v409 = arith.cmpi slt, %v408, %v54 : i64
      %v410 = arith.subi %size_T, %v1 : i64
      %v411 = arith.minsi %v408, %v410 : i64
      %v412 = arith.addi %v407, %v411 : i64
      %v413 = arith.muli %v405, %v68 : i64
      %v414 = arith.addi %v413, %v57 : i64
      %v415 = llvm.getelementptr %in_a[%v412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v416 = llvm.load %v415 : !llvm.ptr -> f32
      %v418 = arith.addi %v56, %v417 : i64
      %v419 = arith.constant true
      %v420 = arith.addi %v31, %v418 : i64
      %v421 = llvm.getelementptr %v6[%v420] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v422 = llvm.load %v421 : !llvm.ptr<3> -> i64
      %v423 = arith.addi %v52, %v57 : i64
      %v424 = arith.cmpi slt, %v423, %v54 : i64
      %v425 = arith.subi %size_T, %v1 : i64
      %v426 = arith.minsi %v423, %v425 : i64
      %v427 = arith.addi %v422, %v426 : i64
      %v428 = arith.muli %v420, %v68 : i64
      %v429 = arith.addi %v428, %v57 : i64
      %v430 = llvm.getelementptr %in_a[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v431 = llvm.load %v430 : !llvm.ptr -> f32
      %v433 = arith.addi %v56, %v432 : i64
      %v434 = arith.constant true
      %v435 = arith.addi %v31, %v433 : i64
      %v436 = llvm.getelementptr %v6[%v435] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v437 = llvm.load %v436 : !llvm.ptr<3> -> i64
      %v438 = arith.addi %v52, %v57 : i64
      %v439 = arith.cmpi slt, %v438, %v54 : i64
      %v440 = arith.subi %size_T, %v1 : i64
      %v441 = arith.minsi %v438, %v440 : i64
      %v442 = arith.addi %v437, %v441 : i64
      %v443 = arith.muli %v435, %v68 : i64
      %v444 = arith.addi %v443, %v57 : i64
      %v445 = llvm.getelementptr %in_a[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v446 = llvm.load %v445 : !llvm.ptr -> f32
      %v448 = arith.addi %v56, %v447 : i64
      %v449 = arith.constant true
      %v450 = arith.addi %v31, %v448 : i64
      %v451 = llvm.getelementptr %v6[%v450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v452 = llvm.load %v451 : !llvm.ptr<3> -> i64
      %v453 = arith.addi %v52, %v57 : i64
      %v454 = arith.cmpi slt, %v453, %v54 : i64
      %v455 = arith.subi %size_T, %v1 : i64
      %v456 = arith.minsi %v453, %v455 : i64
      %v457 = arith.addi %v452, %v456 : i64
      %v458 = arith.muli %v450, %v68 : i64
      %v459 = arith.addi %v458, %v57 : i64
      %v460 = llvm.getelementptr %in_a[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v461 = llvm.load %v460 : !llvm.ptr -> f32
      %v463 = arith.addi %v56, %v462 : i64
      %v464 = arith.constant true
      %v465 = arith.addi %v31, %v463 : i64
      %v466 = llvm.getelementptr %v6[%v465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v467 = llvm.load %v466 : !llvm.ptr<3> -> i64
      %v468 = arith.addi %v52, %v57 : i64
      %v469 = arith.cmpi slt, %v468, %v54 : i64
      %v470 = arith.subi %size_T, %v1 : i64
      %v471 = arith.minsi %v468, %v470 : i64
      %v472 = arith.addi %v467, %v471 : i64
      %v473 = arith.muli %v465, %v68 : i64
      %v474 = arith.addi %v473, %v57 : i64
      %v475 = llvm.getelementptr %in_a[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v476 = llvm.load %v475 : !llvm.ptr -> f32
      %v478 = arith.addi %v56, %v477 : i64
      %v479 = arith.constant true
      %v480 = arith.addi %v31, %v478 : i64
      %v481 = llvm.getelementptr %v6[%v480] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v482 = llvm.load %v481 : !llvm.ptr<3> -> i64
      %v483 = arith.addi %v52, %v57 : i64
      %v484 = arith.cmpi slt, %v483, %v54 : i64
      %v485 = arith.subi %size_T, %v1 : i64
      %v486 = arith.minsi %v483, %v485 : i64
      %v487 = arith.addi %v482, %v486 : i64
      %v488 = arith.muli %v480, %v68 : i64
      %v489 = arith.addi %v488, %v57 : i64
      %v490 = llvm.getelementptr %in_a[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v491 = llvm.load %v490 : !llvm.ptr -> f32
      %v493 = arith.addi %v56, %v492 : i64
      %v494 = arith.constant true
      %v495 = arith.addi %v31, %v493 : i64
      %v496 = llvm.getelementptr %v6[%v495] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v497 = llvm.load %v496 : !llvm.ptr<3> -> i64
      %v498 = arith.addi %v52, %v57 : i64
      %v499 = arith.cmpi slt, %v498, %v54 : i64
      %v500 = arith.subi %size_T, %v1 : i64
      %v501 = arith.minsi %v498, %v500 : i64
      %v502 = arith.addi %v497, %v501 : i64
      %v503 = arith.muli %v495, %v68 : i64
      %v504 = arith.addi %v503, %v57 : i64
      %v505 = llvm.getelementptr %in_a[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v506 = llvm.load %v505 : !llvm.ptr -> f32
      %v508 = arith.addi %v56, %v507 : i64
      %v509 = arith.constant true
      %v510 = arith.addi %v31, %v508 : i64
      %v511 = llvm.getelementptr %v6[%v510] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v512 = llvm.load %v511 : !llvm.ptr<3> -> i64
      %v513 = arith.addi %v52, %v57 : i64
      %v514 = arith.cmpi slt, %v513, %v54 : i64
      %v515 = arith.subi %size_T, %v1 : i64
      %v516 = arith.minsi %v513, %v515 : i64
      %v517 = arith.addi %v512, %v516 : i64
      %v518 = arith.muli %v510, %v68 : i64
      %v519 = arith.addi %v518, %v57 : i64
      %v520 = llvm.getelementptr %in_a[%v517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v521 = llvm.load %v520 : !llvm.ptr -> f32
      %v523 = arith.addi %v56, %v522 : i64
      %v524 = arith.constant true
      %v525 = arith.addi %v31, %v523 : i64
      %v526 = llvm.getelementptr %v6[%v525] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v527 = llvm.load %v526 : !llvm.ptr<3> -> i64
      %v528 = arith.addi %v52, %v57 : i64
      %v529 = arith.cmpi slt, %v528, %v54 : i64
      %v530 = arith.subi %size_T, %v1 : i64
      %v531 = arith.minsi %v528, %v530 : i64
      %v532 = arith.addi %v527, %v531 : i64
      %v533 = arith.muli %v525, %v68 : i64
      %v534 = arith.addi %v533, %v57 : i64
      %v535 = llvm.getelementptr %in_a[%v532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v536 = llvm.load %v535 : !llvm.ptr -> f32
      scf.if %v59 {
        %v537 = llvm.getelementptr %v7[%v70] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v72, %v537 : f32, !llvm.ptr<3>
      }
      scf.if %v75 {
        %v538 = llvm.getelementptr %v7[%v85] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v87, %v538 : f32, !llvm.ptr<3>
      }
      scf.if %v90 {
        %v539 = llvm.getelementptr %v7[%v100] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v102, %v539 : f32, !llvm.ptr<3>
      }
      scf.if %v105 {
        %v540 = llvm.getelementptr %v7[%v115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v117, %v540 : f32, !llvm.ptr<3>
      }
      scf.if %v120 {
        %v541 = llvm.getelementptr %v7[%v130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v132, %v541 : f32, !llvm.ptr<3>
      }
      scf.if %v135 {
        %v542 = llvm.getelementptr %v7[%v145] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v147, %v542 : f32, !llvm.ptr<3>
      }
      scf.if %v150 {
        %v543 = llvm.getelementptr %v7[%v160] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v162, %v543 : f32, !llvm.ptr<3>
      }
      scf.if %v165 {
        %v544 = llvm.getelementptr %v7[%v175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v177, %v544 : f32, !llvm.ptr<3>
      }
      scf.if %v180 {
        %v545 = llvm.getelementptr %v7[%v190] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v192, %v545 : f32, !llvm.ptr<3>
      }
      scf.if %v195 {
        %v546 = llvm.getelementptr %v7[%v205] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v207, %v546 : f32, !llvm.ptr<3>
      }
      scf.if %v210 {
        %v547 = llvm.getelementptr %v7[%v220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v222, %v547 : f32, !llvm.ptr<3>
      }
      scf.if %v225 {
        %v548 = llvm.getelementptr %v7[%v235] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v237, %v548 : f32, !llvm.ptr<3>
      }
      scf.if %v240 {
        %v549 = llvm.getelementptr %v7[%v250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v252, %v549 : f32, !llvm.ptr<3>
      }
      scf.if %v255 {
        %v550 = llvm.getelementptr %v7[%v265] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v267, %v550 : f32, !llvm.ptr<3>
      }
      scf.if %v270 {
        %v551 = llvm.getelementptr %v7[%v280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v282, %v551 : f32, !llvm.ptr<3>
      }
      scf.if %v285 {
        %v552 = llvm.getelementptr %v7[%v295] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v297, %v552 : f32, !llvm.ptr<3>
      }
      scf.if %v299 {
        %v553 = llvm.getelementptr %v7[%v309] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v311, %v553 : f32, !llvm.ptr<3>
      }
      scf.if %v314 {
        %v554 = llvm.getelementptr %v7[%v324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v326, %v554 : f32, !llvm.ptr<3>
      }
      scf.if %v329 {
        %v555 = llvm.getelementptr %v7[%v339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v341, %v555 : f32, !llvm.ptr<3>
      }
      scf.if %v344 {
        %v556 = llvm.getelementptr %v7[%v354] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v356, %v556 : f32, !llvm.ptr<3>
      }
      scf.if %v359 {
        %v557 = llvm.getelementptr %v7[%v369] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v371, %v557 : f32, !llvm.ptr<3>
      }
      scf.if %v374 {
        %v558 = llvm.getelementptr %v7[%v384] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v386, %v558 : f32, !llvm.ptr<3>
      }
      scf.if %v389 {
        %v559 = llvm.getelementptr %v7[%v399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v401, %v559 : f32, !llvm.ptr<3>
      }
      scf.if %v404 {
        %v560 = llvm.getelementptr %v7[%v414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v416, %v560 : f32, !llvm.ptr<3>
      }
      scf.if %v419 {
        %v561 = llvm.getelementptr %v7[%v429] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v431, %v561 : f32, !llvm.ptr<3>
      }
      scf.if %v434 {
        %v562 = llvm.getelementptr %v7[%v444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v446, %v562 : f32, !llvm.ptr<3>
      }
      scf.if %v449 {
        %v563 = llvm.getelementptr %v7[%v459] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v461, %v563 : f32, !llvm.ptr<3>
      }
      scf.if %v464 {
        %v564 = llvm.getelementptr %v7[%v474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v476, %v564 : f32, !llvm.ptr<3>
      }
      scf.if %v479 {
        %v565 = llvm.getelementptr %v7[%v489] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v491, %v565 : f32, !llvm.ptr<3>
      }
      scf.if %v494 {
        %v566 = llvm.getelementptr %v7[%v504] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v506, %v566 : f32, !llvm.ptr<3>
      }
      scf.if %v509 {
        %v567 = llvm.getelementptr %v7[%v519] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v521, %v567 : f32, !llvm.ptr<3>
      }
      scf.if %v524 {
        %v568 = llvm.getelementptr %v7[%v534] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v536, %v568 : f32, !llvm.ptr<3>
      }
      // end staged load of `a`
      // staged load of `x`'s first tile: read, then shared memory
      %v569 = arith.divui %v14, %v55 : i64
      %v570 = arith.remui %v14, %v55 : i64
      %v571 = arith.addi %v569, %v31 : i64
      %v572 = arith.constant true
      %v573 = arith.addi %v16, %v571 : i64
      %v574 = llvm.getelementptr %v6[%v573] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v575 = llvm.load %v574 : !llvm.ptr<3> -> i64
      %v576 = arith.addi %v52, %v570 : i64
      %v577 = arith.cmpi slt, %v576, %v54 : i64
      %v578 = arith.subi %size_T, %v1 : i64
      %v579 = arith.minsi %v576, %v578 : i64
      %v580 = arith.addi %v575, %v579 : i64
      %v581 = arith.muli %v573, %v68 : i64
      %v582 = arith.addi %v581, %v570 : i64
      %v583 = llvm.getelementptr %in_x[%v580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v584 = llvm.load %v583 : !llvm.ptr -> f32
      %v585 = arith.addi %v569, %v73 : i64
      %v586 = arith.constant true
      %v587 = arith.addi %v16, %v585 : i64
      %v588 = llvm.getelementptr %v6[%v587] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v589 = llvm.load %v588 : !llvm.ptr<3> -> i64
      %v590 = arith.addi %v52, %v570 : i64
      %v591 = arith.cmpi slt, %v590, %v54 : i64
      %v592 = arith.subi %size_T, %v1 : i64
      %v593 = arith.minsi %v590, %v592 : i64
      %v594 = arith.addi %v589, %v593 : i64
      %v595 = arith.muli %v587, %v68 : i64
      %v596 = arith.addi %v595, %v570 : i64
      %v597 = llvm.getelementptr %in_x[%v594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v598 = llvm.load %v597 : !llvm.ptr -> f32
      %v599 = arith.addi %v569, %v88 : i64
      %v600 = arith.constant true
      %v601 = arith.addi %v16, %v599 : i64
      %v602 = llvm.getelementptr %v6[%v601] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v603 = llvm.load %v602 : !llvm.ptr<3> -> i64
      %v604 = arith.addi %v52, %v570 : i64
      %v605 = arith.cmpi slt, %v604, %v54 : i64
      %v606 = arith.subi %size_T, %v1 : i64
      %v607 = arith.minsi %v604, %v606 : i64
      %v608 = arith.addi %v603, %v607 : i64
      %v609 = arith.muli %v601, %v68 : i64
      %v610 = arith.addi %v609, %v570 : i64
      %v611 = llvm.getelementptr %in_x[%v608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v612 = llvm.load %v611 : !llvm.ptr -> f32
      %v613 = arith.addi %v569, %v103 : i64
      %v614 = arith.constant true
      %v615 = arith.addi %v16, %v613 : i64
      %v616 = llvm.getelementptr %v6[%v615] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v617 = llvm.load %v616 : !llvm.ptr<3> -> i64
      %v618 = arith.addi %v52, %v570 : i64
      %v619 = arith.cmpi slt, %v618, %v54 : i64
      %v620 = arith.subi %size_T, %v1 : i64
      %v621 = arith.minsi %v618, %v620 : i64
      %v622 = arith.addi %v617, %v621 : i64
      %v623 = arith.muli %v615, %v68 : i64
      %v624 = arith.addi %v623, %v570 : i64
      %v625 = llvm.getelementptr %in_x[%v622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v626 = llvm.load %v625 : !llvm.ptr -> f32
      %v627 = arith.addi %v569, %v118 : i64
      %v628 = arith.constant true
      %v629 = arith.addi %v16, %v627 : i64
      %v630 = llvm.getelementptr %v6[%v629] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v631 = llvm.load %v630 : !llvm.ptr<3> -> i64
      %v632 = arith.addi %v52, %v570 : i64
      %v633 = arith.cmpi slt, %v632, %v54 : i64
      %v634 = arith.subi %size_T, %v1 : i64
      %v635 = arith.minsi %v632, %v634 : i64
      %v636 = arith.addi %v631, %v635 : i64
      %v637 = arith.muli %v629, %v68 : i64
      %v638 = arith.addi %v637, %v570 : i64
      %v639 = llvm.getelementptr %in_x[%v636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v640 = llvm.load %v639 : !llvm.ptr -> f32
      %v641 = arith.addi %v569, %v133 : i64
      %v642 = arith.constant true
      %v643 = arith.addi %v16, %v641 : i64
      %v644 = llvm.getelementptr %v6[%v643] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v645 = llvm.load %v644 : !llvm.ptr<3> -> i64
      %v646 = arith.addi %v52, %v570 : i64
      %v647 = arith.cmpi slt, %v646, %v54 : i64
      %v648 = arith.subi %size_T, %v1 : i64
      %v649 = arith.minsi %v646, %v648 : i64
      %v650 = arith.addi %v645, %v649 : i64
      %v651 = arith.muli %v643, %v68 : i64
      %v652 = arith.addi %v651, %v570 : i64
      %v653 = llvm.getelementptr %in_x[%v650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v654 = llvm.load %v653 : !llvm.ptr -> f32
      %v655 = arith.addi %v569, %v148 : i64
      %v656 = arith.constant true
      %v657 = arith.addi %v16, %v655 : i64
      %v658 = llvm.getelementptr %v6[%v657] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v659 = llvm.load %v658 : !llvm.ptr<3> -> i64
      %v660 = arith.addi %v52, %v570 : i64
      %v661 = arith.cmpi slt, %v660, %v54 : i64
      %v662 = arith.subi %size_T, %v1 : i64
      %v663 = arith.minsi %v660, %v662 : i64
      %v664 = arith.addi %v659, %v663 : i64
      %v665 = arith.muli %v657, %v68 : i64
      %v666 = arith.addi %v665, %v570 : i64
      %v667 = llvm.getelementptr %in_x[%v664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v668 = llvm.load %v667 : !llvm.ptr -> f32
      %v669 = arith.addi %v569, %v163 : i64
      %v670 = arith.constant true
      %v671 = arith.addi %v16, %v669 : i64
      %v672 = llvm.getelementptr %v6[%v671] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v673 = llvm.load %v672 : !llvm.ptr<3> -> i64
      %v674 = arith.addi %v52, %v570 : i64
      %v675 = arith.cmpi slt, %v674, %v54 : i64
      %v676 = arith.subi %size_T, %v1 : i64
      %v677 = arith.minsi %v674, %v676 : i64
      %v678 = arith.addi %v673, %v677 : i64
      %v679 = arith.muli %v671, %v68 : i64
      %v680 = arith.addi %v679, %v570 : i64
      %v681 = llvm.getelementptr %in_x[%v678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v682 = llvm.load %v681 : !llvm.ptr -> f32
      %v683 = arith.addi %v569, %v178 : i64
      %v684 = arith.constant true
      %v685 = arith.addi %v16, %v683 : i64
      %v686 = llvm.getelementptr %v6[%v685] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v687 = llvm.load %v686 : !llvm.ptr<3> -> i64
      %v688 = arith.addi %v52, %v570 : i64
      %v689 = arith.cmpi slt, %v688, %v54 : i64
      %v690 = arith.subi %size_T, %v1 : i64
      %v691 = arith.minsi %v688, %v690 : i64
      %v692 = arith.addi %v687, %v691 : i64
      %v693 = arith.muli %v685, %v68 : i64
      %v694 = arith.addi %v693, %v570 : i64
      %v695 = llvm.getelementptr %in_x[%v692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v696 = llvm.load %v695 : !llvm.ptr -> f32
      %v697 = arith.addi %v569, %v193 : i64
      %v698 = arith.constant true
      %v699 = arith.addi %v16, %v697 : i64
      %v700 = llvm.getelementptr %v6[%v699] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v701 = llvm.load %v700 : !llvm.ptr<3> -> i64
      %v702 = arith.addi %v52, %v570 : i64
      %v703 = arith.cmpi slt, %v702, %v54 : i64
      %v704 = arith.subi %size_T, %v1 : i64
      %v705 = arith.minsi %v702, %v704 : i64
      %v706 = arith.addi %v701, %v705 : i64
      %v707 = arith.muli %v699, %v68 : i64
      %v708 = arith.addi %v707, %v570 : i64
      %v709 = llvm.getelementptr %in_x[%v706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v710 = llvm.load %v709 : !llvm.ptr -> f32
      %v711 = arith.addi %v569, %v208 : i64
      %v712 = arith.constant true
      %v713 = arith.addi %v16, %v711 : i64
      %v714 = llvm.getelementptr %v6[%v713] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v715 = llvm.load %v714 : !llvm.ptr<3> -> i64
      %v716 = arith.addi %v52, %v570 : i64
      %v717 = arith.cmpi slt, %v716, %v54 : i64
      %v718 = arith.subi %size_T, %v1 : i64
      %v719 = arith.minsi %v716, %v718 : i64
      %v720 = arith.addi %v715, %v719 : i64
      %v721 = arith.muli %v713, %v68 : i64
      %v722 = arith.addi %v721, %v570 : i64
      %v723 = llvm.getelementptr %in_x[%v720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v724 = llvm.load %v723 : !llvm.ptr -> f32
      %v725 = arith.addi %v569, %v223 : i64
      %v726 = arith.constant true
      %v727 = arith.addi %v16, %v725 : i64
      %v728 = llvm.getelementptr %v6[%v727] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v729 = llvm.load %v728 : !llvm.ptr<3> -> i64
      %v730 = arith.addi %v52, %v570 : i64
      %v731 = arith.cmpi slt, %v730, %v54 : i64
      %v732 = arith.subi %size_T, %v1 : i64
      %v733 = arith.minsi %v730, %v732 : i64
      %v734 = arith.addi %v729, %v733 : i64
      %v735 = arith.muli %v727, %v68 : i64
      %v736 = arith.addi %v735, %v570 : i64
      %v737 = llvm.getelementptr %in_x[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v738 = llvm.load %v737 : !llvm.ptr -> f32
      %v739 = arith.addi %v569, %v238 : i64
      %v740 = arith.constant true
      %v741 = arith.addi %v16, %v739 : i64
      %v742 = llvm.getelementptr %v6[%v741] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v743 = llvm.load %v742 : !llvm.ptr<3> -> i64
      %v744 = arith.addi %v52, %v570 : i64
      %v745 = arith.cmpi slt, %v744, %v54 : i64
      %v746 = arith.subi %size_T, %v1 : i64
      %v747 = arith.minsi %v744, %v746 : i64
      %v748 = arith.addi %v743, %v747 : i64
      %v749 = arith.muli %v741, %v68 : i64
      %v750 = arith.addi %v749, %v570 : i64
      %v751 = llvm.getelementptr %in_x[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v752 = llvm.load %v751 : !llvm.ptr -> f32
      %v753 = arith.addi %v569, %v253 : i64
      %v754 = arith.constant true
      %v755 = arith.addi %v16, %v753 : i64
      %v756 = llvm.getelementptr %v6[%v755] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v757 = llvm.load %v756 : !llvm.ptr<3> -> i64
      %v758 = arith.addi %v52, %v570 : i64
      %v759 = arith.cmpi slt, %v758, %v54 : i64
      %v760 = arith.subi %size_T, %v1 : i64
      %v761 = arith.minsi %v758, %v760 : i64
      %v762 = arith.addi %v757, %v761 : i64
      %v763 = arith.muli %v755, %v68 : i64
      %v764 = arith.addi %v763, %v570 : i64
      %v765 = llvm.getelementptr %in_x[%v762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v766 = llvm.load %v765 : !llvm.ptr -> f32
      %v767 = arith.addi %v569, %v268 : i64
      %v768 = arith.constant true
      %v769 = arith.addi %v16, %v767 : i64
      %v770 = llvm.getelementptr %v6[%v769] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v771 = llvm.load %v770 : !llvm.ptr<3> -> i64
      %v772 = arith.addi %v52, %v570 : i64
      %v773 = arith.cmpi slt, %v772, %v54 : i64
      %v774 = arith.subi %size_T, %v1 : i64
      %v775 = arith.minsi %v772, %v774 : i64
      %v776 = arith.addi %v771, %v775 : i64
      %v777 = arith.muli %v769, %v68 : i64
      %v778 = arith.addi %v777, %v570 : i64
      %v779 = llvm.getelementptr %in_x[%v776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v780 = llvm.load %v779 : !llvm.ptr -> f32
      %v781 = arith.addi %v569, %v283 : i64
      %v782 = arith.constant true
      %v783 = arith.addi %v16, %v781 : i64
      %v784 = llvm.getelementptr %v6[%v783] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v785 = llvm.load %v784 : !llvm.ptr<3> -> i64
      %v786 = arith.addi %v52, %v570 : i64
      %v787 = arith.cmpi slt, %v786, %v54 : i64
      %v788 = arith.subi %size_T, %v1 : i64
      %v789 = arith.minsi %v786, %v788 : i64
      %v790 = arith.addi %v785, %v789 : i64
      %v791 = arith.muli %v783, %v68 : i64
      %v792 = arith.addi %v791, %v570 : i64
      %v793 = llvm.getelementptr %in_x[%v790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v794 = llvm.load %v793 : !llvm.ptr -> f32
      %v795 = arith.addi %v569, %v55 : i64
      %v796 = arith.constant true
      %v797 = arith.addi %v16, %v795 : i64
      %v798 = llvm.getelementptr %v6[%v797] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v799 = llvm.load %v798 : !llvm.ptr<3> -> i64
      %v800 = arith.addi %v52, %v570 : i64
      %v801 = arith.cmpi slt, %v800, %v54 : i64
      %v802 = arith.subi %size_T, %v1 : i64
      %v803 = arith.minsi %v800, %v802 : i64
      %v804 = arith.addi %v799, %v803 : i64
      %v805 = arith.muli %v797, %v68 : i64
      %v806 = arith.addi %v805, %v570 : i64
      %v807 = llvm.getelementptr %in_x[%v804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v808 = llvm.load %v807 : !llvm.ptr -> f32
      %v809 = arith.addi %v569, %v312 : i64
      %v810 = arith.constant true
      %v811 = arith.addi %v16, %v809 : i64
      %v812 = llvm.getelementptr %v6[%v811] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v813 = llvm.load %v812 : !llvm.ptr<3> -> i64
      %v814 = arith.addi %v52, %v570 : i64
      %v815 = arith.cmpi slt, %v814, %v54 : i64
      %v816 = arith.subi %size_T, %v1 : i64
      %v817 = arith.minsi %v814, %v816 : i64
      %v818 = arith.addi %v813, %v817 : i64
      %v819 = arith.muli %v811, %v68 : i64
      %v820 = arith.addi %v819, %v570 : i64
      %v821 = llvm.getelementptr %in_x[%v818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v822 = llvm.load %v821 : !llvm.ptr -> f32
      %v823 = arith.addi %v569, %v327 : i64
      %v824 = arith.constant true
      %v825 = arith.addi %v16, %v823 : i64
      %v826 = llvm.getelementptr %v6[%v825] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v827 = llvm.load %v826 : !llvm.ptr<3> -> i64
      %v828 = arith.addi %v52, %v570 : i64
      %v829 = arith.cmpi slt, %v828, %v54 : i64
      %v830 = arith.subi %size_T, %v1 : i64
      %v831 = arith.minsi %v828, %v830 : i64
      %v832 = arith.addi %v827, %v831 : i64
      %v833 = arith.muli %v825, %v68 : i64
      %v834 = arith.addi %v833, %v570 : i64
      %v835 = llvm.getelementptr %in_x[%v832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v836 = llvm.load %v835 : !llvm.ptr -> f32
      %v837 = arith.addi %v569, %v342 : i64
      %v838 = arith.constant true
      %v839 = arith.addi %v16, %v837 : i64
      %v840 = llvm.getelementptr %v6[%v839] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v841 = llvm.load %v840 : !llvm.ptr<3> -> i64
      %v842 = arith.addi %v52, %v570 : i64
      %v843 = arith.cmpi slt, %v842, %v54 : i64
      %v844 = arith.subi %size_T, %v1 : i64
      %v845 = arith.minsi %v842, %v844 : i64
      %v846 = arith.addi %v841, %v845 : i64
      %v847 = arith.muli %v839, %v68 : i64
      %v848 = arith.addi %v847, %v570 : i64
      %v849 = llvm.getelementptr %in_x[%v846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v850 = llvm.load %v849 : !llvm.ptr -> f32
      %v851 = arith.addi %v569, %v357 : i64
      %v852 = arith.constant true
      %v853 = arith.addi %v16, %v851 : i64
      %v854 = llvm.getelementptr %v6[%v853] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v855 = llvm.load %v854 : !llvm.ptr<3> -> i64
      %v856 = arith.addi %v52, %v570 : i64
      %v857 = arith.cmpi slt, %v856, %v54 : i64
      %v858 = arith.subi %size_T, %v1 : i64
      %v859 = arith.minsi %v856, %v858 : i64
      %v860 = arith.addi %v855, %v859 : i64
      %v861 = arith.muli %v853, %v68 : i64
      %v862 = arith.addi %v861, %v570 : i64
      %v863 = llvm.getelementptr %in_x[%v860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v864 = llvm.load %v863 : !llvm.ptr -> f32
      %v865 = arith.addi %v569, %v372 : i64
      %v866 = arith.constant true
      %v867 = arith.addi %v16, %v865 : i64
      %v868 = llvm.getelementptr %v6[%v867] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v869 = llvm.load %v868 : !llvm.ptr<3> -> i64
      %v870 = arith.addi %v52, %v570 : i64
      %v871 = arith.cmpi slt, %v870, %v54 : i64
      %v872 = arith.subi %size_T, %v1 : i64
      %v873 = arith.minsi %v870, %v872 : i64
      %v874 = arith.addi %v869, %v873 : i64
      %v875 = arith.muli %v867, %v68 : i64
      %v876 = arith.addi %v875, %v570 : i64
      %v877 = llvm.getelementptr %in_x[%v874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v878 = llvm.load %v877 : !llvm.ptr -> f32
      %v879 = arith.addi %v569, %v387 : i64
      %v880 = arith.constant true
      %v881 = arith.addi %v16, %v879 : i64
      %v882 = llvm.getelementptr %v6[%v881] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v883 = llvm.load %v882 : !llvm.ptr<3> -> i64
      %v884 = arith.addi %v52, %v570 : i64
      %v885 = arith.cmpi slt, %v884, %v54 : i64
      %v886 = arith.subi %size_T, %v1 : i64
      %v887 = arith.minsi %v884, %v886 : i64
      %v888 = arith.addi %v883, %v887 : i64
      %v889 = arith.muli %v881, %v68 : i64
      %v890 = arith.addi %v889, %v570 : i64
      %v891 = llvm.getelementptr %in_x[%v888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v892 = llvm.load %v891 : !llvm.ptr -> f32
      %v893 = arith.addi %v569, %v402 : i64
      %v894 = arith.constant true
      %v895 = arith.addi %v16, %v893 : i64
      %v896 = llvm.getelementptr %v6[%v895] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v897 = llvm.load %v896 : !llvm.ptr<3> -> i64
      %v898 = arith.addi %v52, %v570 : i64
      %v899 = arith.cmpi slt, %v898, %v54 : i64
      %v900 = arith.subi %size_T, %v1 : i64
      %v901 = arith.minsi %v898, %v900 : i64
      %v902 = arith.addi %v897, %v901 : i64
      %v903 = arith.muli %v895, %v68 : i64
      %v904 = arith.addi %v903, %v570 : i64
      %v905 = llvm.getelementptr %in_x[%v902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v906 = llvm.load %v905 : !llvm.ptr -> f32
      %v907 = arith.addi %v569, %v417 : i64
      %v908 = arith.constant true
      %v909 = arith.addi %v16, %v907 : i64
      %v910 = llvm.getelementptr %v6[%v909] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v911 = llvm.load %v910 : !llvm.ptr<3> -> i64
      %v912 = arith.addi %v52, %v570 : i64
      %v913 = arith.cmpi slt, %v912, %v54 : i64
      %v914 = arith.subi %size_T, %v1 : i64
      %v915 = arith.minsi %v912, %v914 : i64
      %v916 = arith.addi %v911, %v915 : i64
      %v917 = arith.muli %v909, %v68 : i64
      %v918 = arith.addi %v917, %v570 : i64
      %v919 = llvm.getelementptr %in_x[%v916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v920 = llvm.load %v919 : !llvm.ptr -> f32
      %v921 = arith.addi %v569, %v432 : i64
      %v922 = arith.constant true
      %v923 = arith.addi %v16, %v921 : i64
      %v924 = llvm.getelementptr %v6[%v923] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v925 = llvm.load %v924 : !llvm.ptr<3> -> i64
      %v926 = arith.addi %v52, %v570 : i64
      %v927 = arith.cmpi slt, %v926, %v54 : i64
      %v928 = arith.subi %size_T, %v1 : i64
      %v929 = arith.minsi %v926, %v928 : i64
      %v930 = arith.addi %v925, %v929 : i64
      %v931 = arith.muli %v923, %v68 : i64
      %v932 = arith.addi %v931, %v570 : i64
      %v933 = llvm.getelementptr %in_x[%v930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v934 = llvm.load %v933 : !llvm.ptr -> f32
      %v935 = arith.addi %v569, %v447 : i64
      %v936 = arith.constant true
      %v937 = arith.addi %v16, %v935 : i64
      %v938 = llvm.getelementptr %v6[%v937] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v939 = llvm.load %v938 : !llvm.ptr<3> -> i64
      %v940 = arith.addi %v52, %v570 : i64
      %v941 = arith.cmpi slt, %v940, %v54 : i64
      %v942 = arith.subi %size_T, %v1 : i64
      %v943 = arith.minsi %v940, %v942 : i64
      %v944 = arith.addi %v939, %v943 : i64
      %v945 = arith.muli %v937, %v68 : i64
      %v946 = arith.addi %v945, %v570 : i64
      %v947 = llvm.getelementptr %in_x[%v944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v948 = llvm.load %v947 : !llvm.ptr -> f32
      %v949 = arith.addi %v569, %v462 : i64
      %v950 = arith.constant true
      %v951 = arith.addi %v16, %v949 : i64
      %v952 = llvm.getelementptr %v6[%v951] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v953 = llvm.load %v952 : !llvm.ptr<3> -> i64
      %v954 = arith.addi %v52, %v570 : i64
      %v955 = arith.cmpi slt, %v954, %v54 : i64
      %v956 = arith.subi %size_T, %v1 : i64
      %v957 = arith.minsi %v954, %v956 : i64
      %v958 = arith.addi %v953, %v957 : i64
      %v959 = arith.muli %v951, %v68 : i64
      %v960 = arith.addi %v959, %v570 : i64
      %v961 = llvm.getelementptr %in_x[%v958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v962 = llvm.load %v961 : !llvm.ptr -> f32
      %v963 = arith.addi %v569, %v477 : i64
      %v964 = arith.constant true
      %v965 = arith.addi %v16, %v963 : i64
      %v966 = llvm.getelementptr %v6[%v965] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v967 = llvm.load %v966 : !llvm.ptr<3> -> i64
      %v968 = arith.addi %v52, %v570 : i64
      %v969 = arith.cmpi slt, %v968, %v54 : i64
      %v970 = arith.subi %size_T, %v1 : i64
      %v971 = arith.minsi %v968, %v970 : i64
      %v972 = arith.addi %v967, %v971 : i64
      %v973 = arith.muli %v965, %v68 : i64
      %v974 = arith.addi %v973, %v570 : i64
      %v975 = llvm.getelementptr %in_x[%v972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v976 = llvm.load %v975 : !llvm.ptr -> f32
      %v977 = arith.addi %v569, %v492 : i64
      %v978 = arith.constant true
      %v979 = arith.addi %v16, %v977 : i64
      %v980 = llvm.getelementptr %v6[%v979] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v981 = llvm.load %v980 : !llvm.ptr<3> -> i64
      %v982 = arith.addi %v52, %v570 : i64
      %v983 = arith.cmpi slt, %v982, %v54 : i64
      %v984 = arith.subi %size_T, %v1 : i64
      %v985 = arith.minsi %v982, %v984 : i64
      %v986 = arith.addi %v981, %v985 : i64
      %v987 = arith.muli %v979, %v68 : i64
      %v988 = arith.addi %v987, %v570 : i64
      %v989 = llvm.getelementptr %in_x[%v986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v990 = llvm.load %v989 : !llvm.ptr -> f32
      %v991 = arith.addi %v569, %v507 : i64
      %v992 = arith.constant true
      %v993 = arith.addi %v16, %v991 : i64
      %v994 = llvm.getelementptr %v6[%v993] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v995 = llvm.load %v994 : !llvm.ptr<3> -> i64
      %v996 = arith.addi %v52, %v570 : i64
      %v997 = arith.cmpi slt, %v996, %v54 : i64
      %v998 = arith.subi %size_T, %v1 : i64
      %v999 = arith.minsi %v996, %v998 : i64
      %v1000 = arith.addi %v995, %v999 : i64
      %v1001 = arith.muli %v993, %v68 : i64
      %v1002 = arith.addi %v1001, %v570 : i64
      %v1003 = llvm.getelementptr %in_x[%v1000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1004 = llvm.load %v1003 : !llvm.ptr -> f32
      %v1005 = arith.addi %v569, %v522 : i64
      %v1006 = arith.constant true
      %v1007 = arith.addi %v16, %v1005 : i64
      %v1008 = llvm.getelementptr %v6[%v1007] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1009 = llvm.load %v1008 : !llvm.ptr<3> -> i64
      %v1010 = arith.addi %v52, %v570 : i64
      %v1011 = arith.cmpi slt, %v1010, %v54 : i64
      %v1012 = arith.subi %size_T, %v1 : i64
      %v1013 = arith.minsi %v1010, %v1012 : i64
      %v1014 = arith.addi %v1009, %v1013 : i64
      %v1015 = arith.muli %v1007, %v68 : i64
      %v1016 = arith.addi %v1015, %v570 : i64
      %v1017 = llvm.getelementptr %in_x[%v1014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1018 = llvm.load %v1017 : !llvm.ptr -> f32
      scf.if %v572 {
        %v1019 = llvm.getelementptr %v7[%v582] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v584, %v1019 : f32, !llvm.ptr<3>
      }
      scf.if %v586 {
        %v1020 = llvm.getelementptr %v7[%v596] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v598, %v1020 : f32, !llvm.ptr<3>
      }
      scf.if %v600 {
        %v1021 = llvm.getelementptr %v7[%v610] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v612, %v1021 : f32, !llvm.ptr<3>
      }
      scf.if %v614 {
        %v1022 = llvm.getelementptr %v7[%v624] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v626, %v1022 : f32, !llvm.ptr<3>
      }
      scf.if %v628 {
        %v1023 = llvm.getelementptr %v7[%v638] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v640, %v1023 : f32, !llvm.ptr<3>
      }
      scf.if %v642 {
        %v1024 = llvm.getelementptr %v7[%v652] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v654, %v1024 : f32, !llvm.ptr<3>
      }
      scf.if %v656 {
        %v1025 = llvm.getelementptr %v7[%v666] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v668, %v1025 : f32, !llvm.ptr<3>
      }
      scf.if %v670 {
        %v1026 = llvm.getelementptr %v7[%v680] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v682, %v1026 : f32, !llvm.ptr<3>
      }
      scf.if %v684 {
        %v1027 = llvm.getelementptr %v7[%v694] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v696, %v1027 : f32, !llvm.ptr<3>
      }
      scf.if %v698 {
        %v1028 = llvm.getelementptr %v7[%v708] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v710, %v1028 : f32, !llvm.ptr<3>
      }
      scf.if %v712 {
        %v1029 = llvm.getelementptr %v7[%v722] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v724, %v1029 : f32, !llvm.ptr<3>
      }
      scf.if %v726 {
        %v1030 = llvm.getelementptr %v7[%v736] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v738, %v1030 : f32, !llvm.ptr<3>
      }
      scf.if %v740 {
        %v1031 = llvm.getelementptr %v7[%v750] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v752, %v1031 : f32, !llvm.ptr<3>
      }
      scf.if %v754 {
        %v1032 = llvm.getelementptr %v7[%v764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v766, %v1032 : f32, !llvm.ptr<3>
      }
      scf.if %v768 {
        %v1033 = llvm.getelementptr %v7[%v778] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v780, %v1033 : f32, !llvm.ptr<3>
      }
      scf.if %v782 {
        %v1034 = llvm.getelementptr %v7[%v792] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v794, %v1034 : f32, !llvm.ptr<3>
      }
      scf.if %v796 {
        %v1035 = llvm.getelementptr %v7[%v806] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v808, %v1035 : f32, !llvm.ptr<3>
      }
      scf.if %v810 {
        %v1036 = llvm.getelementptr %v7[%v820] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v822, %v1036 : f32, !llvm.ptr<3>
      }
      scf.if %v824 {
        %v1037 = llvm.getelementptr %v7[%v834] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v836, %v1037 : f32, !llvm.ptr<3>
      }
      scf.if %v838 {
        %v1038 = llvm.getelementptr %v7[%v848] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v850, %v1038 : f32, !llvm.ptr<3>
      }
      scf.if %v852 {
        %v1039 = llvm.getelementptr %v7[%v862] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v864, %v1039 : f32, !llvm.ptr<3>
      }
      scf.if %v866 {
        %v1040 = llvm.getelementptr %v7[%v876] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v878, %v1040 : f32, !llvm.ptr<3>
      }
      scf.if %v880 {
        %v1041 = llvm.getelementptr %v7[%v890] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v892, %v1041 : f32, !llvm.ptr<3>
      }
      scf.if %v894 {
        %v1042 = llvm.getelementptr %v7[%v904] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v906, %v1042 : f32, !llvm.ptr<3>
      }
      scf.if %v908 {
        %v1043 = llvm.getelementptr %v7[%v918] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v920, %v1043 : f32, !llvm.ptr<3>
      }
      scf.if %v922 {
        %v1044 = llvm.getelementptr %v7[%v932] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v934, %v1044 : f32, !llvm.ptr<3>
      }
      scf.if %v936 {
        %v1045 = llvm.getelementptr %v7[%v946] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v948, %v1045 : f32, !llvm.ptr<3>
      }
      scf.if %v950 {
        %v1046 = llvm.getelementptr %v7[%v960] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v962, %v1046 : f32, !llvm.ptr<3>
      }
      scf.if %v964 {
        %v1047 = llvm.getelementptr %v7[%v974] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v976, %v1047 : f32, !llvm.ptr<3>
      }
      scf.if %v978 {
        %v1048 = llvm.getelementptr %v7[%v988] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v990, %v1048 : f32, !llvm.ptr<3>
      }
      scf.if %v992 {
        %v1049 = llvm.getelementptr %v7[%v1002] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1004, %v1049 : f32, !llvm.ptr<3>
      }
      scf.if %v1006 {
        %v1050 = llvm.getelementptr %v7[%v1016] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1018, %v1050 : f32, !llvm.ptr<3>
      }
      // end staged load of `x`
      gpu.barrier
      %v1051 = arith.index_cast %v52 : i64 to index
      %v1052 = arith.index_cast %v54 : i64 to index
      %v1053 = arith.index_cast %v55 : i64 to index
      scf.for %v1054 = %v1051 to %v1052 step %v1053 {
        %v1055 = arith.index_cast %v1054 : index to i64
        %v1056 = arith.subi %v54, %v1055 : i64
        %v1057 = arith.minsi %v1056, %v55 : i64
        %v1058 = arith.addi %v1055, %v55 : i64
        %v1059 = arith.divui %v14, %v55 : i64
        %v1060 = arith.remui %v14, %v55 : i64
        %v1061 = arith.addi %v1059, %v31 : i64
        %v1062 = arith.constant true
        %v1063 = arith.addi %v31, %v1061 : i64
        %v1064 = llvm.getelementptr %v6[%v1063] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1065 = llvm.load %v1064 : !llvm.ptr<3> -> i64
        %v1066 = arith.addi %v1058, %v1060 : i64
        %v1067 = arith.cmpi slt, %v1066, %v54 : i64
        %v1068 = arith.subi %size_T, %v1 : i64
        %v1069 = arith.minsi %v1066, %v1068 : i64
        %v1070 = arith.addi %v1065, %v1069 : i64
        %v1071 = arith.muli %v1063, %v68 : i64
        %v1072 = arith.addi %v1071, %v1060 : i64
        %v1073 = llvm.getelementptr %in_a[%v1070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1074 = llvm.load %v1073 : !llvm.ptr -> f32
        %v1075 = arith.addi %v1059, %v73 : i64
        %v1076 = arith.constant true
        %v1077 = arith.addi %v31, %v1075 : i64
        %v1078 = llvm.getelementptr %v6[%v1077] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1079 = llvm.load %v1078 : !llvm.ptr<3> -> i64
        %v1080 = arith.addi %v1058, %v1060 : i64
        %v1081 = arith.cmpi slt, %v1080, %v54 : i64
        %v1082 = arith.subi %size_T, %v1 : i64
        %v1083 = arith.minsi %v1080, %v1082 : i64
        %v1084 = arith.addi %v1079, %v1083 : i64
        %v1085 = arith.muli %v1077, %v68 : i64
        %v1086 = arith.addi %v1085, %v1060 : i64
        %v1087 = llvm.getelementptr %in_a[%v1084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1088 = llvm.load %v1087 : !llvm.ptr -> f32
        %v1089 = arith.addi %v1059, %v88 : i64
        %v1090 = arith.constant true
        %v1091 = arith.addi %v31, %v1089 : i64
        %v1092 = llvm.getelementptr %v6[%v1091] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1093 = llvm.load %v1092 : !llvm.ptr<3> -> i64
        %v1094 = arith.addi %v1058, %v1060 : i64
        %v1095 = arith.cmpi slt, %v1094, %v54 : i64
        %v1096 = arith.subi %size_T, %v1 : i64
        %v1097 = arith.minsi %v1094, %v1096 : i64
        %v1098 = arith.addi %v1093, %v1097 : i64
        %v1099 = arith.muli %v1091, %v68 : i64
        %v1100 = arith.addi %v1099, %v1060 : i64
        %v1101 = llvm.getelementptr %in_a[%v1098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1102 = llvm.load %v1101 : !llvm.ptr -> f32
        %v1103 = arith.addi %v1059, %v103 : i64
        %v1104 = arith.constant true
        %v1105 = arith.addi %v31, %v1103 : i64
        %v1106 = llvm.getelementptr %v6[%v1105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1107 = llvm.load %v1106 : !llvm.ptr<3> -> i64
        %v1108 = arith.addi %v1058, %v1060 : i64
        %v1109 = arith.cmpi slt, %v1108, %v54 : i64
        %v1110 = arith.subi %size_T, %v1 : i64
        %v1111 = arith.minsi %v1108, %v1110 : i64
        %v1112 = arith.addi %v1107, %v1111 : i64
        %v1113 = arith.muli %v1105, %v68 : i64
        %v1114 = arith.addi %v1113, %v1060 : i64
        %v1115 = llvm.getelementptr %in_a[%v1112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1116 = llvm.load %v1115 : !llvm.ptr -> f32
        %v1117 = arith.addi %v1059, %v118 : i64
        %v1118 = arith.constant true
        %v1119 = arith.addi %v31, %v1117 : i64
        %v1120 = llvm.getelementptr %v6[%v1119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1121 = llvm.load %v1120 : !llvm.ptr<3> -> i64
        %v1122 = arith.addi %v1058, %v1060 : i64
        %v1123 = arith.cmpi slt, %v1122, %v54 : i64
        %v1124 = arith.subi %size_T, %v1 : i64
        %v1125 = arith.minsi %v1122, %v1124 : i64
        %v1126 = arith.addi %v1121, %v1125 : i64
        %v1127 = arith.muli %v1119, %v68 : i64
        %v1128 = arith.addi %v1127, %v1060 : i64
        %v1129 = llvm.getelementptr %in_a[%v1126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1130 = llvm.load %v1129 : !llvm.ptr -> f32
        %v1131 = arith.addi %v1059, %v133 : i64
        %v1132 = arith.constant true
        %v1133 = arith.addi %v31, %v1131 : i64
        %v1134 = llvm.getelementptr %v6[%v1133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1135 = llvm.load %v1134 : !llvm.ptr<3> -> i64
        %v1136 = arith.addi %v1058, %v1060 : i64
        %v1137 = arith.cmpi slt, %v1136, %v54 : i64
        %v1138 = arith.subi %size_T, %v1 : i64
        %v1139 = arith.minsi %v1136, %v1138 : i64
        %v1140 = arith.addi %v1135, %v1139 : i64
        %v1141 = arith.muli %v1133, %v68 : i64
        %v1142 = arith.addi %v1141, %v1060 : i64
        %v1143 = llvm.getelementptr %in_a[%v1140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1144 = llvm.load %v1143 : !llvm.ptr -> f32
        %v1145 = arith.addi %v1059, %v148 : i64
        %v1146 = arith.constant true
        %v1147 = arith.addi %v31, %v1145 : i64
        %v1148 = llvm.getelementptr %v6[%v1147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1149 = llvm.load %v1148 : !llvm.ptr<3> -> i64
        %v1150 = arith.addi %v1058, %v1060 : i64
        %v1151 = arith.cmpi slt, %v1150, %v54 : i64
        %v1152 = arith.subi %size_T, %v1 : i64
        %v1153 = arith.minsi %v1150, %v1152 : i64
        %v1154 = arith.addi %v1149, %v1153 : i64
        %v1155 = arith.muli %v1147, %v68 : i64
        %v1156 = arith.addi %v1155, %v1060 : i64
        %v1157 = llvm.getelementptr %in_a[%v1154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1158 = llvm.load %v1157 : !llvm.ptr -> f32
        %v1159 = arith.addi %v1059, %v163 : i64
        %v1160 = arith.constant true
        %v1161 = arith.addi %v31, %v1159 : i64
        %v1162 = llvm.getelementptr %v6[%v1161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1163 = llvm.load %v1162 : !llvm.ptr<3> -> i64
        %v1164 = arith.addi %v1058, %v1060 : i64
        %v1165 = arith.cmpi slt, %v1164, %v54 : i64
        %v1166 = arith.subi %size_T, %v1 : i64
        %v1167 = arith.minsi %v1164, %v1166 : i64
        %v1168 = arith.addi %v1163, %v1167 : i64
        %v1169 = arith.muli %v1161, %v68 : i64
        %v1170 = arith.addi %v1169, %v1060 : i64
        %v1171 = llvm.getelementptr %in_a[%v1168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1172 = llvm.load %v1171 : !llvm.ptr -> f32
        %v1173 = arith.addi %v1059, %v178 : i64
        %v1174 = arith.constant true
        %v1175 = arith.addi %v31, %v1173 : i64
        %v1176 = llvm.getelementptr %v6[%v1175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1177 = llvm.load %v1176 : !llvm.ptr<3> -> i64
        %v1178 = arith.addi %v1058, %v1060 : i64
        %v1179 = arith.cmpi slt, %v1178, %v54 : i64
        %v1180 = arith.subi %size_T, %v1 : i64
        %v1181 = arith.minsi %v1178, %v1180 : i64
        %v1182 = arith.addi %v1177, %v1181 : i64
        %v1183 = arith.muli %v1175, %v68 : i64
        %v1184 = arith.addi %v1183, %v1060 : i64
        %v1185 = llvm.getelementptr %in_a[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1186 = llvm.load %v1185 : !llvm.ptr -> f32
        %v1187 = arith.addi %v1059, %v193 : i64
        %v1188 = arith.constant true
        %v1189 = arith.addi %v31, %v1187 : i64
        %v1190 = llvm.getelementptr %v6[%v1189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1191 = llvm.load %v1190 : !llvm.ptr<3> -> i64
        %v1192 = arith.addi %v1058, %v1060 : i64
        %v1193 = arith.cmpi slt, %v1192, %v54 : i64
        %v1194 = arith.subi %size_T, %v1 : i64
        %v1195 = arith.minsi %v1192, %v1194 : i64
        %v1196 = arith.addi %v1191, %v1195 : i64
        %v1197 = arith.muli %v1189, %v68 : i64
        %v1198 = arith.addi %v1197, %v1060 : i64
        %v1199 = llvm.getelementptr %in_a[%v1196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1200 = llvm.load %v1199 : !llvm.ptr -> f32
        %v1201 = arith.addi %v1059, %v208 : i64
        %v1202 = arith.constant true
        %v1203 = arith.addi %v31, %v1201 : i64
        %v1204 = llvm.getelementptr %v6[%v1203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1205 = llvm.load %v1204 : !llvm.ptr<3> -> i64
        %v1206 = arith.addi %v1058, %v1060 : i64
        %v1207 = arith.cmpi slt, %v1206, %v54 : i64
        %v1208 = arith.subi %size_T, %v1 : i64
        %v1209 = arith.minsi %v1206, %v1208 : i64
        %v1210 = arith.addi %v1205, %v1209 : i64
        %v1211 = arith.muli %v1203, %v68 : i64
        %v1212 = arith.addi %v1211, %v1060 : i64
        %v1213 = llvm.getelementptr %in_a[%v1210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1214 = llvm.load %v1213 : !llvm.ptr -> f32
        %v1215 = arith.addi %v1059, %v223 : i64
        %v1216 = arith.constant true
        %v1217 = arith.addi %v31, %v1215 : i64
        %v1218 = llvm.getelementptr %v6[%v1217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1219 = llvm.load %v1218 : !llvm.ptr<3> -> i64
        %v1220 = arith.addi %v1058, %v1060 : i64
        %v1221 = arith.cmpi slt, %v1220, %v54 : i64
        %v1222 = arith.subi %size_T, %v1 : i64
        %v1223 = arith.minsi %v1220, %v1222 : i64
        %v1224 = arith.addi %v1219, %v1223 : i64
        %v1225 = arith.muli %v1217, %v68 : i64
        %v1226 = arith.addi %v1225, %v1060 : i64
        %v1227 = llvm.getelementptr %in_a[%v1224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1228 = llvm.load %v1227 : !llvm.ptr -> f32
        %v1229 = arith.addi %v1059, %v238 : i64
        %v1230 = arith.constant true
        %v1231 = arith.addi %v31, %v1229 : i64
        %v1232 = llvm.getelementptr %v6[%v1231] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1233 = llvm.load %v1232 : !llvm.ptr<3> -> i64
        %v1234 = arith.addi %v1058, %v1060 : i64
        %v1235 = arith.cmpi slt, %v1234, %v54 : i64
        %v1236 = arith.subi %size_T, %v1 : i64
        %v1237 = arith.minsi %v1234, %v1236 : i64
        %v1238 = arith.addi %v1233, %v1237 : i64
        %v1239 = arith.muli %v1231, %v68 : i64
        %v1240 = arith.addi %v1239, %v1060 : i64
        %v1241 = llvm.getelementptr %in_a[%v1238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1242 = llvm.load %v1241 : !llvm.ptr -> f32
        %v1243 = arith.addi %v1059, %v253 : i64
        %v1244 = arith.constant true
        %v1245 = arith.addi %v31, %v1243 : i64
        %v1246 = llvm.getelementptr %v6[%v1245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1247 = llvm.load %v1246 : !llvm.ptr<3> -> i64
        %v1248 = arith.addi %v1058, %v1060 : i64
        %v1249 = arith.cmpi slt, %v1248, %v54 : i64
        %v1250 = arith.subi %size_T, %v1 : i64
        %v1251 = arith.minsi %v1248, %v1250 : i64
        %v1252 = arith.addi %v1247, %v1251 : i64
        %v1253 = arith.muli %v1245, %v68 : i64
        %v1254 = arith.addi %v1253, %v1060 : i64
        %v1255 = llvm.getelementptr %in_a[%v1252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1256 = llvm.load %v1255 : !llvm.ptr -> f32
        %v1257 = arith.addi %v1059, %v268 : i64
        %v1258 = arith.constant true
        %v1259 = arith.addi %v31, %v1257 : i64
        %v1260 = llvm.getelementptr %v6[%v1259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1261 = llvm.load %v1260 : !llvm.ptr<3> -> i64
        %v1262 = arith.addi %v1058, %v1060 : i64
        %v1263 = arith.cmpi slt, %v1262, %v54 : i64
        %v1264 = arith.subi %size_T, %v1 : i64
        %v1265 = arith.minsi %v1262, %v1264 : i64
        %v1266 = arith.addi %v1261, %v1265 : i64
        %v1267 = arith.muli %v1259, %v68 : i64
        %v1268 = arith.addi %v1267, %v1060 : i64
        %v1269 = llvm.getelementptr %in_a[%v1266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1270 = llvm.load %v1269 : !llvm.ptr -> f32
        %v1271 = arith.addi %v1059, %v283 : i64
        %v1272 = arith.constant true
        %v1273 = arith.addi %v31, %v1271 : i64
        %v1274 = llvm.getelementptr %v6[%v1273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1275 = llvm.load %v1274 : !llvm.ptr<3> -> i64
        %v1276 = arith.addi %v1058, %v1060 : i64
        %v1277 = arith.cmpi slt, %v1276, %v54 : i64
        %v1278 = arith.subi %size_T, %v1 : i64
        %v1279 = arith.minsi %v1276, %v1278 : i64
        %v1280 = arith.addi %v1275, %v1279 : i64
        %v1281 = arith.muli %v1273, %v68 : i64
        %v1282 = arith.addi %v1281, %v1060 : i64
        %v1283 = llvm.getelementptr %in_a[%v1280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1284 = llvm.load %v1283 : !llvm.ptr -> f32
        %v1285 = arith.addi %v1059, %v55 : i64
        %v1286 = arith.constant true
        %v1287 = arith.addi %v31, %v1285 : i64
        %v1288 = llvm.getelementptr %v6[%v1287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1289 = llvm.load %v1288 : !llvm.ptr<3> -> i64
        %v1290 = arith.addi %v1058, %v1060 : i64
        %v1291 = arith.cmpi slt, %v1290, %v54 : i64
        %v1292 = arith.subi %size_T, %v1 : i64
        %v1293 = arith.minsi %v1290, %v1292 : i64
        %v1294 = arith.addi %v1289, %v1293 : i64
        %v1295 = arith.muli %v1287, %v68 : i64
        %v1296 = arith.addi %v1295, %v1060 : i64
        %v1297 = llvm.getelementptr %in_a[%v1294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1298 = llvm.load %v1297 : !llvm.ptr -> f32
        %v1299 = arith.addi %v1059, %v312 : i64
        %v1300 = arith.constant true
        %v1301 = arith.addi %v31, %v1299 : i64
        %v1302 = llvm.getelementptr %v6[%v1301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1303 = llvm.load %v1302 : !llvm.ptr<3> -> i64
        %v1304 = arith.addi %v1058, %v1060 : i64
        %v1305 = arith.cmpi slt, %v1304, %v54 : i64
        %v1306 = arith.subi %size_T, %v1 : i64
        %v1307 = arith.minsi %v1304, %v1306 : i64
        %v1308 = arith.addi %v1303, %v1307 : i64
        %v1309 = arith.muli %v1301, %v68 : i64
        %v1310 = arith.addi %v1309, %v1060 : i64
        %v1311 = llvm.getelementptr %in_a[%v1308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1312 = llvm.load %v1311 : !llvm.ptr -> f32
        %v1313 = arith.addi %v1059, %v327 : i64
        %v1314 = arith.constant true
        %v1315 = arith.addi %v31, %v1313 : i64
        %v1316 = llvm.getelementptr %v6[%v1315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1317 = llvm.load %v1316 : !llvm.ptr<3> -> i64
        %v1318 = arith.addi %v1058, %v1060 : i64
        %v1319 = arith.cmpi slt, %v1318, %v54 : i64
        %v1320 = arith.subi %size_T, %v1 : i64
        %v1321 = arith.minsi %v1318, %v1320 : i64
        %v1322 = arith.addi %v1317, %v1321 : i64
        %v1323 = arith.muli %v1315, %v68 : i64
        %v1324 = arith.addi %v1323, %v1060 : i64
        %v1325 = llvm.getelementptr %in_a[%v1322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1326 = llvm.load %v1325 : !llvm.ptr -> f32
        %v1327 = arith.addi %v1059, %v342 : i64
        %v1328 = arith.constant true
        %v1329 = arith.addi %v31, %v1327 : i64
        %v1330 = llvm.getelementptr %v6[%v1329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1331 = llvm.load %v1330 : !llvm.ptr<3> -> i64
        %v1332 = arith.addi %v1058, %v1060 : i64
        %v1333 = arith.cmpi slt, %v1332, %v54 : i64
        %v1334 = arith.subi %size_T, %v1 : i64
        %v1335 = arith.minsi %v1332, %v1334 : i64
        %v1336 = arith.addi %v1331, %v1335 : i64
        %v1337 = arith.muli %v1329, %v68 : i64
        %v1338 = arith.addi %v1337, %v1060 : i64
        %v1339 = llvm.getelementptr %in_a[%v1336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1340 = llvm.load %v1339 : !llvm.ptr -> f32
        %v1341 = arith.addi %v1059, %v357 : i64
        %v1342 = arith.constant true
        %v1343 = arith.addi %v31, %v1341 : i64
        %v1344 = llvm.getelementptr %v6[%v1343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1345 = llvm.load %v1344 : !llvm.ptr<3> -> i64
        %v1346 = arith.addi %v1058, %v1060 : i64
        %v1347 = arith.cmpi slt, %v1346, %v54 : i64
        %v1348 = arith.subi %size_T, %v1 : i64
        %v1349 = arith.minsi %v1346, %v1348 : i64
        %v1350 = arith.addi %v1345, %v1349 : i64
        %v1351 = arith.muli %v1343, %v68 : i64
        %v1352 = arith.addi %v1351, %v1060 : i64
        %v1353 = llvm.getelementptr %in_a[%v1350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1354 = llvm.load %v1353 : !llvm.ptr -> f32
        %v1355 = arith.addi %v1059, %v372 : i64
        %v1356 = arith.constant true
        %v1357 = arith.addi %v31, %v1355 : i64
        %v1358 = llvm.getelementptr %v6[%v1357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1359 = llvm.load %v1358 : !llvm.ptr<3> -> i64
        %v1360 = arith.addi %v1058, %v1060 : i64
        %v1361 = arith.cmpi slt, %v1360, %v54 : i64
        %v1362 = arith.subi %size_T, %v1 : i64
        %v1363 = arith.minsi %v1360, %v1362 : i64
        %v1364 = arith.addi %v1359, %v1363 : i64
        %v1365 = arith.muli %v1357, %v68 : i64
        %v1366 = arith.addi %v1365, %v1060 : i64
        %v1367 = llvm.getelementptr %in_a[%v1364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1368 = llvm.load %v1367 : !llvm.ptr -> f32
        %v1369 = arith.addi %v1059, %v387 : i64
        %v1370 = arith.constant true
        %v1371 = arith.addi %v31, %v1369 : i64
        %v1372 = llvm.getelementptr %v6[%v1371] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1373 = llvm.load %v1372 : !llvm.ptr<3> -> i64
        %v1374 = arith.addi %v1058, %v1060 : i64
        %v1375 = arith.cmpi slt, %v1374, %v54 : i64
        %v1376 = arith.subi %size_T, %v1 : i64
        %v1377 = arith.minsi %v1374, %v1376 : i64
        %v1378 = arith.addi %v1373, %v1377 : i64
        %v1379 = arith.muli %v1371, %v68 : i64
        %v1380 = arith.addi %v1379, %v1060 : i64
        %v1381 = llvm.getelementptr %in_a[%v1378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1382 = llvm.load %v1381 : !llvm.ptr -> f32
        %v1383 = arith.addi %v1059, %v402 : i64
        %v1384 = arith.constant true
        %v1385 = arith.addi %v31, %v1383 : i64
        %v1386 = llvm.getelementptr %v6[%v1385] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1387 = llvm.load %v1386 : !llvm.ptr<3> -> i64
        %v1388 = arith.addi %v1058, %v1060 : i64
        %v1389 = arith.cmpi slt, %v1388, %v54 : i64
        %v1390 = arith.subi %size_T, %v1 : i64
        %v1391 = arith.minsi %v1388, %v1390 : i64
        %v1392 = arith.addi %v1387, %v1391 : i64
        %v1393 = arith.muli %v1385, %v68 : i64
        %v1394 = arith.addi %v1393, %v1060 : i64
        %v1395 = llvm.getelementptr %in_a[%v1392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1396 = llvm.load %v1395 : !llvm.ptr -> f32
        %v1397 = arith.addi %v1059, %v417 : i64
        %v1398 = arith.constant true
        %v1399 = arith.addi %v31, %v1397 : i64
        %v1400 = llvm.getelementptr %v6[%v1399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1401 = llvm.load %v1400 : !llvm.ptr<3> -> i64
        %v1402 = arith.addi %v1058, %v1060 : i64
        %v1403 = arith.cmpi slt, %v1402, %v54 : i64
        %v1404 = arith.subi %size_T, %v1 : i64
        %v1405 = arith.minsi %v1402, %v1404 : i64
        %v1406 = arith.addi %v1401, %v1405 : i64
        %v1407 = arith.muli %v1399, %v68 : i64
        %v1408 = arith.addi %v1407, %v1060 : i64
        %v1409 = llvm.getelementptr %in_a[%v1406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1410 = llvm.load %v1409 : !llvm.ptr -> f32
        %v1411 = arith.addi %v1059, %v432 : i64
        %v1412 = arith.constant true
        %v1413 = arith.addi %v31, %v1411 : i64
        %v1414 = llvm.getelementptr %v6[%v1413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1415 = llvm.load %v1414 : !llvm.ptr<3> -> i64
        %v1416 = arith.addi %v1058, %v1060 : i64
        %v1417 = arith.cmpi slt, %v1416, %v54 : i64
        %v1418 = arith.subi %size_T, %v1 : i64
        %v1419 = arith.minsi %v1416, %v1418 : i64
        %v1420 = arith.addi %v1415, %v1419 : i64
        %v1421 = arith.muli %v1413, %v68 : i64
        %v1422 = arith.addi %v1421, %v1060 : i64
        %v1423 = llvm.getelementptr %in_a[%v1420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1424 = llvm.load %v1423 : !llvm.ptr -> f32
        %v1425 = arith.addi %v1059, %v447 : i64
        %v1426 = arith.constant true
        %v1427 = arith.addi %v31, %v1425 : i64
        %v1428 = llvm.getelementptr %v6[%v1427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1429 = llvm.load %v1428 : !llvm.ptr<3> -> i64
        %v1430 = arith.addi %v1058, %v1060 : i64
        %v1431 = arith.cmpi slt, %v1430, %v54 : i64
        %v1432 = arith.subi %size_T, %v1 : i64
        %v1433 = arith.minsi %v1430, %v1432 : i64
        %v1434 = arith.addi %v1429, %v1433 : i64
        %v1435 = arith.muli %v1427, %v68 : i64
        %v1436 = arith.addi %v1435, %v1060 : i64
        %v1437 = llvm.getelementptr %in_a[%v1434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1438 = llvm.load %v1437 : !llvm.ptr -> f32
        %v1439 = arith.addi %v1059, %v462 : i64
        %v1440 = arith.constant true
        %v1441 = arith.addi %v31, %v1439 : i64
        %v1442 = llvm.getelementptr %v6[%v1441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1443 = llvm.load %v1442 : !llvm.ptr<3> -> i64
        %v1444 = arith.addi %v1058, %v1060 : i64
        %v1445 = arith.cmpi slt, %v1444, %v54 : i64
        %v1446 = arith.subi %size_T, %v1 : i64
        %v1447 = arith.minsi %v1444, %v1446 : i64
        %v1448 = arith.addi %v1443, %v1447 : i64
        %v1449 = arith.muli %v1441, %v68 : i64
        %v1450 = arith.addi %v1449, %v1060 : i64
        %v1451 = llvm.getelementptr %in_a[%v1448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1452 = llvm.load %v1451 : !llvm.ptr -> f32
        %v1453 = arith.addi %v1059, %v477 : i64
        %v1454 = arith.constant true
        %v1455 = arith.addi %v31, %v1453 : i64
        %v1456 = llvm.getelementptr %v6[%v1455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1457 = llvm.load %v1456 : !llvm.ptr<3> -> i64
        %v1458 = arith.addi %v1058, %v1060 : i64
        %v1459 = arith.cmpi slt, %v1458, %v54 : i64
        %v1460 = arith.subi %size_T, %v1 : i64
        %v1461 = arith.minsi %v1458, %v1460 : i64
        %v1462 = arith.addi %v1457, %v1461 : i64
        %v1463 = arith.muli %v1455, %v68 : i64
        %v1464 = arith.addi %v1463, %v1060 : i64
        %v1465 = llvm.getelementptr %in_a[%v1462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1466 = llvm.load %v1465 : !llvm.ptr -> f32
        %v1467 = arith.addi %v1059, %v492 : i64
        %v1468 = arith.constant true
        %v1469 = arith.addi %v31, %v1467 : i64
        %v1470 = llvm.getelementptr %v6[%v1469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1471 = llvm.load %v1470 : !llvm.ptr<3> -> i64
        %v1472 = arith.addi %v1058, %v1060 : i64
        %v1473 = arith.cmpi slt, %v1472, %v54 : i64
        %v1474 = arith.subi %size_T, %v1 : i64
        %v1475 = arith.minsi %v1472, %v1474 : i64
        %v1476 = arith.addi %v1471, %v1475 : i64
        %v1477 = arith.muli %v1469, %v68 : i64
        %v1478 = arith.addi %v1477, %v1060 : i64
        %v1479 = llvm.getelementptr %in_a[%v1476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1480 = llvm.load %v1479 : !llvm.ptr -> f32
        %v1481 = arith.addi %v1059, %v507 : i64
        %v1482 = arith.constant true
        %v1483 = arith.addi %v31, %v1481 : i64
        %v1484 = llvm.getelementptr %v6[%v1483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1485 = llvm.load %v1484 : !llvm.ptr<3> -> i64
        %v1486 = arith.addi %v1058, %v1060 : i64
        %v1487 = arith.cmpi slt, %v1486, %v54 : i64
        %v1488 = arith.subi %size_T, %v1 : i64
        %v1489 = arith.minsi %v1486, %v1488 : i64
        %v1490 = arith.addi %v1485, %v1489 : i64
        %v1491 = arith.muli %v1483, %v68 : i64
        %v1492 = arith.addi %v1491, %v1060 : i64
        %v1493 = llvm.getelementptr %in_a[%v1490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1494 = llvm.load %v1493 : !llvm.ptr -> f32
        %v1495 = arith.addi %v1059, %v522 : i64
        %v1496 = arith.constant true
        %v1497 = arith.addi %v31, %v1495 : i64
        %v1498 = llvm.getelementptr %v6[%v1497] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1499 = llvm.load %v1498 : !llvm.ptr<3> -> i64
        %v1500 = arith.addi %v1058, %v1060 : i64
        %v1501 = arith.cmpi slt, %v1500, %v54 : i64
        %v1502 = arith.subi %size_T, %v1 : i64
        %v1503 = arith.minsi %v1500, %v1502 : i64
        %v1504 = arith.addi %v1499, %v1503 : i64
        %v1505 = arith.muli %v1497, %v68 : i64
        %v1506 = arith.addi %v1505, %v1060 : i64
        %v1507 = llvm.getelementptr %in_a[%v1504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1508 = llvm.load %v1507 : !llvm.ptr -> f32
        %v1509 = arith.divui %v14, %v55 : i64
        %v1510 = arith.remui %v14, %v55 : i64
        %v1511 = arith.addi %v1509, %v31 : i64
        %v1512 = arith.constant true
        %v1513 = arith.addi %v16, %v1511 : i64
        %v1514 = llvm.getelementptr %v6[%v1513] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1515 = llvm.load %v1514 : !llvm.ptr<3> -> i64
        %v1516 = arith.addi %v1058, %v1510 : i64
        %v1517 = arith.cmpi slt, %v1516, %v54 : i64
        %v1518 = arith.subi %size_T, %v1 : i64
        %v1519 = arith.minsi %v1516, %v1518 : i64
        %v1520 = arith.addi %v1515, %v1519 : i64
        %v1521 = arith.muli %v1513, %v68 : i64
        %v1522 = arith.addi %v1521, %v1510 : i64
        %v1523 = llvm.getelementptr %in_x[%v1520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1524 = llvm.load %v1523 : !llvm.ptr -> f32
        %v1525 = arith.addi %v1509, %v73 : i64
        %v1526 = arith.constant true
        %v1527 = arith.addi %v16, %v1525 : i64
        %v1528 = llvm.getelementptr %v6[%v1527] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1529 = llvm.load %v1528 : !llvm.ptr<3> -> i64
        %v1530 = arith.addi %v1058, %v1510 : i64
        %v1531 = arith.cmpi slt, %v1530, %v54 : i64
        %v1532 = arith.subi %size_T, %v1 : i64
        %v1533 = arith.minsi %v1530, %v1532 : i64
        %v1534 = arith.addi %v1529, %v1533 : i64
        %v1535 = arith.muli %v1527, %v68 : i64
        %v1536 = arith.addi %v1535, %v1510 : i64
        %v1537 = llvm.getelementptr %in_x[%v1534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1538 = llvm.load %v1537 : !llvm.ptr -> f32
        %v1539 = arith.addi %v1509, %v88 : i64
        %v1540 = arith.constant true
        %v1541 = arith.addi %v16, %v1539 : i64
        %v1542 = llvm.getelementptr %v6[%v1541] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1543 = llvm.load %v1542 : !llvm.ptr<3> -> i64
        %v1544 = arith.addi %v1058, %v1510 : i64
        %v1545 = arith.cmpi slt, %v1544, %v54 : i64
        %v1546 = arith.subi %size_T, %v1 : i64
        %v1547 = arith.minsi %v1544, %v1546 : i64
        %v1548 = arith.addi %v1543, %v1547 : i64
        %v1549 = arith.muli %v1541, %v68 : i64
        %v1550 = arith.addi %v1549, %v1510 : i64
        %v1551 = llvm.getelementptr %in_x[%v1548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1552 = llvm.load %v1551 : !llvm.ptr -> f32
        %v1553 = arith.addi %v1509, %v103 : i64
        %v1554 = arith.constant true
        %v1555 = arith.addi %v16, %v1553 : i64
        %v1556 = llvm.getelementptr %v6[%v1555] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1557 = llvm.load %v1556 : !llvm.ptr<3> -> i64
        %v1558 = arith.addi %v1058, %v1510 : i64
        %v1559 = arith.cmpi slt, %v1558, %v54 : i64
        %v1560 = arith.subi %size_T, %v1 : i64
        %v1561 = arith.minsi %v1558, %v1560 : i64
        %v1562 = arith.addi %v1557, %v1561 : i64
        %v1563 = arith.muli %v1555, %v68 : i64
        %v1564 = arith.addi %v1563, %v1510 : i64
        %v1565 = llvm.getelementptr %in_x[%v1562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1566 = llvm.load %v1565 : !llvm.ptr -> f32
        %v1567 = arith.addi %v1509, %v118 : i64
        %v1568 = arith.constant true
        %v1569 = arith.addi %v16, %v1567 : i64
        %v1570 = llvm.getelementptr %v6[%v1569] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1571 = llvm.load %v1570 : !llvm.ptr<3> -> i64
        %v1572 = arith.addi %v1058, %v1510 : i64
        %v1573 = arith.cmpi slt, %v1572, %v54 : i64
        %v1574 = arith.subi %size_T, %v1 : i64
        %v1575 = arith.minsi %v1572, %v1574 : i64
        %v1576 = arith.addi %v1571, %v1575 : i64
        %v1577 = arith.muli %v1569, %v68 : i64
        %v1578 = arith.addi %v1577, %v1510 : i64
        %v1579 = llvm.getelementptr %in_x[%v1576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1580 = llvm.load %v1579 : !llvm.ptr -> f32
        %v1581 = arith.addi %v1509, %v133 : i64
        %v1582 = arith.constant true
        %v1583 = arith.addi %v16, %v1581 : i64
        %v1584 = llvm.getelementptr %v6[%v1583] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1585 = llvm.load %v1584 : !llvm.ptr<3> -> i64
        %v1586 = arith.addi %v1058, %v1510 : i64
        %v1587 = arith.cmpi slt, %v1586, %v54 : i64
        %v1588 = arith.subi %size_T, %v1 : i64
        %v1589 = arith.minsi %v1586, %v1588 : i64
        %v1590 = arith.addi %v1585, %v1589 : i64
        %v1591 = arith.muli %v1583, %v68 : i64
        %v1592 = arith.addi %v1591, %v1510 : i64
        %v1593 = llvm.getelementptr %in_x[%v1590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1594 = llvm.load %v1593 : !llvm.ptr -> f32
        %v1595 = arith.addi %v1509, %v148 : i64
        %v1596 = arith.constant true
        %v1597 = arith.addi %v16, %v1595 : i64
        %v1598 = llvm.getelementptr %v6[%v1597] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1599 = llvm.load %v1598 : !llvm.ptr<3> -> i64
        %v1600 = arith.addi %v1058, %v1510 : i64
        %v1601 = arith.cmpi slt, %v1600, %v54 : i64
        %v1602 = arith.subi %size_T, %v1 : i64
        %v1603 = arith.minsi %v1600, %v1602 : i64
        %v1604 = arith.addi %v1599, %v1603 : i64
        %v1605 = arith.muli %v1597, %v68 : i64
        %v1606 = arith.addi %v1605, %v1510 : i64
        %v1607 = llvm.getelementptr %in_x[%v1604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1608 = llvm.load %v1607 : !llvm.ptr -> f32
        %v1609 = arith.addi %v1509, %v163 : i64
        %v1610 = arith.constant true
        %v1611 = arith.addi %v16, %v1609 : i64
        %v1612 = llvm.getelementptr %v6[%v1611] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1613 = llvm.load %v1612 : !llvm.ptr<3> -> i64
        %v1614 = arith.addi %v1058, %v1510 : i64
        %v1615 = arith.cmpi slt, %v1614, %v54 : i64
        %v1616 = arith.subi %size_T, %v1 : i64
        %v1617 = arith.minsi %v1614, %v1616 : i64
        %v1618 = arith.addi %v1613, %v1617 : i64
        %v1619 = arith.muli %v1611, %v68 : i64
        %v1620 = arith.addi %v1619, %v1510 : i64
        %v1621 = llvm.getelementptr %in_x[%v1618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1622 = llvm.load %v1621 : !llvm.ptr -> f32
        %v1623 = arith.addi %v1509, %v178 : i64
        %v1624 = arith.constant true
        %v1625 = arith.addi %v16, %v1623 : i64
        %v1626 = llvm.getelementptr %v6[%v1625] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1627 = llvm.load %v1626 : !llvm.ptr<3> -> i64
        %v1628 = arith.addi %v1058, %v1510 : i64
        %v1629 = arith.cmpi slt, %v1628, %v54 : i64
        %v1630 = arith.subi %size_T, %v1 : i64
        %v1631 = arith.minsi %v1628, %v1630 : i64
        %v1632 = arith.addi %v1627, %v1631 : i64
        %v1633 = arith.muli %v1625, %v68 : i64
        %v1634 = arith.addi %v1633, %v1510 : i64
        %v1635 = llvm.getelementptr %in_x[%v1632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1636 = llvm.load %v1635 : !llvm.ptr -> f32
        %v1637 = arith.addi %v1509, %v193 : i64
        %v1638 = arith.constant true
        %v1639 = arith.addi %v16, %v1637 : i64
        %v1640 = llvm.getelementptr %v6[%v1639] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1641 = llvm.load %v1640 : !llvm.ptr<3> -> i64
        %v1642 = arith.addi %v1058, %v1510 : i64
        %v1643 = arith.cmpi slt, %v1642, %v54 : i64
        %v1644 = arith.subi %size_T, %v1 : i64
        %v1645 = arith.minsi %v1642, %v1644 : i64
        %v1646 = arith.addi %v1641, %v1645 : i64
        %v1647 = arith.muli %v1639, %v68 : i64
        %v1648 = arith.addi %v1647, %v1510 : i64
        %v1649 = llvm.getelementptr %in_x[%v1646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1650 = llvm.load %v1649 : !llvm.ptr -> f32
        %v1651 = arith.addi %v1509, %v208 : i64
        %v1652 = arith.constant true
        %v1653 = arith.addi %v16, %v1651 : i64
        %v1654 = llvm.getelementptr %v6[%v1653] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1655 = llvm.load %v1654 : !llvm.ptr<3> -> i64
        %v1656 = arith.addi %v1058, %v1510 : i64
        %v1657 = arith.cmpi slt, %v1656, %v54 : i64
        %v1658 = arith.subi %size_T, %v1 : i64
        %v1659 = arith.minsi %v1656, %v1658 : i64
        %v1660 = arith.addi %v1655, %v1659 : i64
        %v1661 = arith.muli %v1653, %v68 : i64
        %v1662 = arith.addi %v1661, %v1510 : i64
        %v1663 = llvm.getelementptr %in_x[%v1660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1664 = llvm.load %v1663 : !llvm.ptr -> f32
        %v1665 = arith.addi %v1509, %v223 : i64
        %v1666 = arith.constant true
        %v1667 = arith.addi %v16, %v1665 : i64
        %v1668 = llvm.getelementptr %v6[%v1667] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1669 = llvm.load %v1668 : !llvm.ptr<3> -> i64
        %v1670 = arith.addi %v1058, %v1510 : i64
        %v1671 = arith.cmpi slt, %v1670, %v54 : i64
        %v1672 = arith.subi %size_T, %v1 : i64
        %v1673 = arith.minsi %v1670, %v1672 : i64
        %v1674 = arith.addi %v1669, %v1673 : i64
        %v1675 = arith.muli %v1667, %v68 : i64
        %v1676 = arith.addi %v1675, %v1510 : i64
        %v1677 = llvm.getelementptr %in_x[%v1674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1678 = llvm.load %v1677 : !llvm.ptr -> f32
        %v1679 = arith.addi %v1509, %v238 : i64
        %v1680 = arith.constant true
        %v1681 = arith.addi %v16, %v1679 : i64
        %v1682 = llvm.getelementptr %v6[%v1681] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1683 = llvm.load %v1682 : !llvm.ptr<3> -> i64
        %v1684 = arith.addi %v1058, %v1510 : i64
        %v1685 = arith.cmpi slt, %v1684, %v54 : i64
        %v1686 = arith.subi %size_T, %v1 : i64
        %v1687 = arith.minsi %v1684, %v1686 : i64
        %v1688 = arith.addi %v1683, %v1687 : i64
        %v1689 = arith.muli %v1681, %v68 : i64
        %v1690 = arith.addi %v1689, %v1510 : i64
        %v1691 = llvm.getelementptr %in_x[%v1688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1692 = llvm.load %v1691 : !llvm.ptr -> f32
        %v1693 = arith.addi %v1509, %v253 : i64
        %v1694 = arith.constant true
        %v1695 = arith.addi %v16, %v1693 : i64
        %v1696 = llvm.getelementptr %v6[%v1695] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1697 = llvm.load %v1696 : !llvm.ptr<3> -> i64
        %v1698 = arith.addi %v1058, %v1510 : i64
        %v1699 = arith.cmpi slt, %v1698, %v54 : i64
        %v1700 = arith.subi %size_T, %v1 : i64
        %v1701 = arith.minsi %v1698, %v1700 : i64
        %v1702 = arith.addi %v1697, %v1701 : i64
        %v1703 = arith.muli %v1695, %v68 : i64
        %v1704 = arith.addi %v1703, %v1510 : i64
        %v1705 = llvm.getelementptr %in_x[%v1702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1706 = llvm.load %v1705 : !llvm.ptr -> f32
        %v1707 = arith.addi %v1509, %v268 : i64
        %v1708 = arith.constant true
        %v1709 = arith.addi %v16, %v1707 : i64
        %v1710 = llvm.getelementptr %v6[%v1709] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1711 = llvm.load %v1710 : !llvm.ptr<3> -> i64
        %v1712 = arith.addi %v1058, %v1510 : i64
        %v1713 = arith.cmpi slt, %v1712, %v54 : i64
        %v1714 = arith.subi %size_T, %v1 : i64
        %v1715 = arith.minsi %v1712, %v1714 : i64
        %v1716 = arith.addi %v1711, %v1715 : i64
        %v1717 = arith.muli %v1709, %v68 : i64
        %v1718 = arith.addi %v1717, %v1510 : i64
        %v1719 = llvm.getelementptr %in_x[%v1716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1720 = llvm.load %v1719 : !llvm.ptr -> f32
        %v1721 = arith.addi %v1509, %v283 : i64
        %v1722 = arith.constant true
        %v1723 = arith.addi %v16, %v1721 : i64
        %v1724 = llvm.getelementptr %v6[%v1723] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1725 = llvm.load %v1724 : !llvm.ptr<3> -> i64
        %v1726 = arith.addi %v1058, %v1510 : i64
        %v1727 = arith.cmpi slt, %v1726, %v54 : i64
        %v1728 = arith.subi %size_T, %v1 : i64
        %v1729 = arith.minsi %v1726, %v1728 : i64
        %v1730 = arith.addi %v1725, %v1729 : i64
        %v1731 = arith.muli %v1723, %v68 : i64
        %v1732 = arith.addi %v1731, %v1510 : i64
        %v1733 = llvm.getelementptr %in_x[%v1730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1734 = llvm.load %v1733 : !llvm.ptr -> f32
        %v1735 = arith.addi %v1509, %v55 : i64
        %v1736 = arith.constant true
        %v1737 = arith.addi %v16, %v1735 : i64
        %v1738 = llvm.getelementptr %v6[%v1737] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1739 = llvm.load %v1738 : !llvm.ptr<3> -> i64
        %v1740 = arith.addi %v1058, %v1510 : i64
        %v1741 = arith.cmpi slt, %v1740, %v54 : i64
        %v1742 = arith.subi %size_T, %v1 : i64
        %v1743 = arith.minsi %v1740, %v1742 : i64
        %v1744 = arith.addi %v1739, %v1743 : i64
        %v1745 = arith.muli %v1737, %v68 : i64
        %v1746 = arith.addi %v1745, %v1510 : i64
        %v1747 = llvm.getelementptr %in_x[%v1744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1748 = llvm.load %v1747 : !llvm.ptr -> f32
        %v1749 = arith.addi %v1509, %v312 : i64
        %v1750 = arith.constant true
        %v1751 = arith.addi %v16, %v1749 : i64
        %v1752 = llvm.getelementptr %v6[%v1751] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1753 = llvm.load %v1752 : !llvm.ptr<3> -> i64
        %v1754 = arith.addi %v1058, %v1510 : i64
        %v1755 = arith.cmpi slt, %v1754, %v54 : i64
        %v1756 = arith.subi %size_T, %v1 : i64
        %v1757 = arith.minsi %v1754, %v1756 : i64
        %v1758 = arith.addi %v1753, %v1757 : i64
        %v1759 = arith.muli %v1751, %v68 : i64
        %v1760 = arith.addi %v1759, %v1510 : i64
        %v1761 = llvm.getelementptr %in_x[%v1758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1762 = llvm.load %v1761 : !llvm.ptr -> f32
        %v1763 = arith.addi %v1509, %v327 : i64
        %v1764 = arith.constant true
        %v1765 = arith.addi %v16, %v1763 : i64
        %v1766 = llvm.getelementptr %v6[%v1765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1767 = llvm.load %v1766 : !llvm.ptr<3> -> i64
        %v1768 = arith.addi %v1058, %v1510 : i64
        %v1769 = arith.cmpi slt, %v1768, %v54 : i64
        %v1770 = arith.subi %size_T, %v1 : i64
        %v1771 = arith.minsi %v1768, %v1770 : i64
        %v1772 = arith.addi %v1767, %v1771 : i64
        %v1773 = arith.muli %v1765, %v68 : i64
        %v1774 = arith.addi %v1773, %v1510 : i64
        %v1775 = llvm.getelementptr %in_x[%v1772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1776 = llvm.load %v1775 : !llvm.ptr -> f32
        %v1777 = arith.addi %v1509, %v342 : i64
        %v1778 = arith.constant true
        %v1779 = arith.addi %v16, %v1777 : i64
        %v1780 = llvm.getelementptr %v6[%v1779] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1781 = llvm.load %v1780 : !llvm.ptr<3> -> i64
        %v1782 = arith.addi %v1058, %v1510 : i64
        %v1783 = arith.cmpi slt, %v1782, %v54 : i64
        %v1784 = arith.subi %size_T, %v1 : i64
        %v1785 = arith.minsi %v1782, %v1784 : i64
        %v1786 = arith.addi %v1781, %v1785 : i64
        %v1787 = arith.muli %v1779, %v68 : i64
        %v1788 = arith.addi %v1787, %v1510 : i64
        %v1789 = llvm.getelementptr %in_x[%v1786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1790 = llvm.load %v1789 : !llvm.ptr -> f32
        %v1791 = arith.addi %v1509, %v357 : i64
        %v1792 = arith.constant true
        %v1793 = arith.addi %v16, %v1791 : i64
        %v1794 = llvm.getelementptr %v6[%v1793] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1795 = llvm.load %v1794 : !llvm.ptr<3> -> i64
        %v1796 = arith.addi %v1058, %v1510 : i64
        %v1797 = arith.cmpi slt, %v1796, %v54 : i64
        %v1798 = arith.subi %size_T, %v1 : i64
        %v1799 = arith.minsi %v1796, %v1798 : i64
        %v1800 = arith.addi %v1795, %v1799 : i64
        %v1801 = arith.muli %v1793, %v68 : i64
        %v1802 = arith.addi %v1801, %v1510 : i64
        %v1803 = llvm.getelementptr %in_x[%v1800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1804 = llvm.load %v1803 : !llvm.ptr -> f32
        %v1805 = arith.addi %v1509, %v372 : i64
        %v1806 = arith.constant true
        %v1807 = arith.addi %v16, %v1805 : i64
        %v1808 = llvm.getelementptr %v6[%v1807] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1809 = llvm.load %v1808 : !llvm.ptr<3> -> i64
        %v1810 = arith.addi %v1058, %v1510 : i64
        %v1811 = arith.cmpi slt, %v1810, %v54 : i64
        %v1812 = arith.subi %size_T, %v1 : i64
        %v1813 = arith.minsi %v1810, %v1812 : i64
        %v1814 = arith.addi %v1809, %v1813 : i64
        %v1815 = arith.muli %v1807, %v68 : i64
        %v1816 = arith.addi %v1815, %v1510 : i64
        %v1817 = llvm.getelementptr %in_x[%v1814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1818 = llvm.load %v1817 : !llvm.ptr -> f32
        %v1819 = arith.addi %v1509, %v387 : i64
        %v1820 = arith.constant true
        %v1821 = arith.addi %v16, %v1819 : i64
        %v1822 = llvm.getelementptr %v6[%v1821] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1823 = llvm.load %v1822 : !llvm.ptr<3> -> i64
        %v1824 = arith.addi %v1058, %v1510 : i64
        %v1825 = arith.cmpi slt, %v1824, %v54 : i64
        %v1826 = arith.subi %size_T, %v1 : i64
        %v1827 = arith.minsi %v1824, %v1826 : i64
        %v1828 = arith.addi %v1823, %v1827 : i64
        %v1829 = arith.muli %v1821, %v68 : i64
        %v1830 = arith.addi %v1829, %v1510 : i64
        %v1831 = llvm.getelementptr %in_x[%v1828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1832 = llvm.load %v1831 : !llvm.ptr -> f32
        %v1833 = arith.addi %v1509, %v402 : i64
        %v1834 = arith.constant true
        %v1835 = arith.addi %v16, %v1833 : i64
        %v1836 = llvm.getelementptr %v6[%v1835] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1837 = llvm.load %v1836 : !llvm.ptr<3> -> i64
        %v1838 = arith.addi %v1058, %v1510 : i64
        %v1839 = arith.cmpi slt, %v1838, %v54 : i64
        %v1840 = arith.subi %size_T, %v1 : i64
        %v1841 = arith.minsi %v1838, %v1840 : i64
        %v1842 = arith.addi %v1837, %v1841 : i64
        %v1843 = arith.muli %v1835, %v68 : i64
        %v1844 = arith.addi %v1843, %v1510 : i64
        %v1845 = llvm.getelementptr %in_x[%v1842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1846 = llvm.load %v1845 : !llvm.ptr -> f32
        %v1847 = arith.addi %v1509, %v417 : i64
        %v1848 = arith.constant true
        %v1849 = arith.addi %v16, %v1847 : i64
        %v1850 = llvm.getelementptr %v6[%v1849] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1851 = llvm.load %v1850 : !llvm.ptr<3> -> i64
        %v1852 = arith.addi %v1058, %v1510 : i64
        %v1853 = arith.cmpi slt, %v1852, %v54 : i64
        %v1854 = arith.subi %size_T, %v1 : i64
        %v1855 = arith.minsi %v1852, %v1854 : i64
        %v1856 = arith.addi %v1851, %v1855 : i64
        %v1857 = arith.muli %v1849, %v68 : i64
        %v1858 = arith.addi %v1857, %v1510 : i64
        %v1859 = llvm.getelementptr %in_x[%v1856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1860 = llvm.load %v1859 : !llvm.ptr -> f32
        %v1861 = arith.addi %v1509, %v432 : i64
        %v1862 = arith.constant true
        %v1863 = arith.addi %v16, %v1861 : i64
        %v1864 = llvm.getelementptr %v6[%v1863] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1865 = llvm.load %v1864 : !llvm.ptr<3> -> i64
        %v1866 = arith.addi %v1058, %v1510 : i64
        %v1867 = arith.cmpi slt, %v1866, %v54 : i64
        %v1868 = arith.subi %size_T, %v1 : i64
        %v1869 = arith.minsi %v1866, %v1868 : i64
        %v1870 = arith.addi %v1865, %v1869 : i64
        %v1871 = arith.muli %v1863, %v68 : i64
        %v1872 = arith.addi %v1871, %v1510 : i64
        %v1873 = llvm.getelementptr %in_x[%v1870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1874 = llvm.load %v1873 : !llvm.ptr -> f32
        %v1875 = arith.addi %v1509, %v447 : i64
        %v1876 = arith.constant true
        %v1877 = arith.addi %v16, %v1875 : i64
        %v1878 = llvm.getelementptr %v6[%v1877] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1879 = llvm.load %v1878 : !llvm.ptr<3> -> i64
        %v1880 = arith.addi %v1058, %v1510 : i64
        %v1881 = arith.cmpi slt, %v1880, %v54 : i64
        %v1882 = arith.subi %size_T, %v1 : i64
        %v1883 = arith.minsi %v1880, %v1882 : i64
        %v1884 = arith.addi %v1879, %v1883 : i64
        %v1885 = arith.muli %v1877, %v68 : i64
        %v1886 = arith.addi %v1885, %v1510 : i64
        %v1887 = llvm.getelementptr %in_x[%v1884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1888 = llvm.load %v1887 : !llvm.ptr -> f32
        %v1889 = arith.addi %v1509, %v462 : i64
        %v1890 = arith.constant true
        %v1891 = arith.addi %v16, %v1889 : i64
        %v1892 = llvm.getelementptr %v6[%v1891] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1893 = llvm.load %v1892 : !llvm.ptr<3> -> i64
        %v1894 = arith.addi %v1058, %v1510 : i64
        %v1895 = arith.cmpi slt, %v1894, %v54 : i64
        %v1896 = arith.subi %size_T, %v1 : i64
        %v1897 = arith.minsi %v1894, %v1896 : i64
        %v1898 = arith.addi %v1893, %v1897 : i64
        %v1899 = arith.muli %v1891, %v68 : i64
        %v1900 = arith.addi %v1899, %v1510 : i64
        %v1901 = llvm.getelementptr %in_x[%v1898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1902 = llvm.load %v1901 : !llvm.ptr -> f32
        %v1903 = arith.addi %v1509, %v477 : i64
        %v1904 = arith.constant true
        %v1905 = arith.addi %v16, %v1903 : i64
        %v1906 = llvm.getelementptr %v6[%v1905] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1907 = llvm.load %v1906 : !llvm.ptr<3> -> i64
        %v1908 = arith.addi %v1058, %v1510 : i64
        %v1909 = arith.cmpi slt, %v1908, %v54 : i64
        %v1910 = arith.subi %size_T, %v1 : i64
        %v1911 = arith.minsi %v1908, %v1910 : i64
        %v1912 = arith.addi %v1907, %v1911 : i64
        %v1913 = arith.muli %v1905, %v68 : i64
        %v1914 = arith.addi %v1913, %v1510 : i64
        %v1915 = llvm.getelementptr %in_x[%v1912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1916 = llvm.load %v1915 : !llvm.ptr -> f32
        %v1917 = arith.addi %v1509, %v492 : i64
        %v1918 = arith.constant true
        %v1919 = arith.addi %v16, %v1917 : i64
        %v1920 = llvm.getelementptr %v6[%v1919] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1921 = llvm.load %v1920 : !llvm.ptr<3> -> i64
        %v1922 = arith.addi %v1058, %v1510 : i64
        %v1923 = arith.cmpi slt, %v1922, %v54 : i64
        %v1924 = arith.subi %size_T, %v1 : i64
        %v1925 = arith.minsi %v1922, %v1924 : i64
        %v1926 = arith.addi %v1921, %v1925 : i64
        %v1927 = arith.muli %v1919, %v68 : i64
        %v1928 = arith.addi %v1927, %v1510 : i64
        %v1929 = llvm.getelementptr %in_x[%v1926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1930 = llvm.load %v1929 : !llvm.ptr -> f32
        %v1931 = arith.addi %v1509, %v507 : i64
        %v1932 = arith.constant true
        %v1933 = arith.addi %v16, %v1931 : i64
        %v1934 = llvm.getelementptr %v6[%v1933] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1935 = llvm.load %v1934 : !llvm.ptr<3> -> i64
        %v1936 = arith.addi %v1058, %v1510 : i64
        %v1937 = arith.cmpi slt, %v1936, %v54 : i64
        %v1938 = arith.subi %size_T, %v1 : i64
        %v1939 = arith.minsi %v1936, %v1938 : i64
        %v1940 = arith.addi %v1935, %v1939 : i64
        %v1941 = arith.muli %v1933, %v68 : i64
        %v1942 = arith.addi %v1941, %v1510 : i64
        %v1943 = llvm.getelementptr %in_x[%v1940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1944 = llvm.load %v1943 : !llvm.ptr -> f32
        %v1945 = arith.addi %v1509, %v522 : i64
        %v1946 = arith.constant true
        %v1947 = arith.addi %v16, %v1945 : i64
        %v1948 = llvm.getelementptr %v6[%v1947] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1949 = llvm.load %v1948 : !llvm.ptr<3> -> i64
        %v1950 = arith.addi %v1058, %v1510 : i64
        %v1951 = arith.cmpi slt, %v1950, %v54 : i64
        %v1952 = arith.subi %size_T, %v1 : i64
        %v1953 = arith.minsi %v1950, %v1952 : i64
        %v1954 = arith.addi %v1949, %v1953 : i64
        %v1955 = arith.muli %v1947, %v68 : i64
        %v1956 = arith.addi %v1955, %v1510 : i64
        %v1957 = llvm.getelementptr %in_x[%v1954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1958 = llvm.load %v1957 : !llvm.ptr -> f32
        %v1959 = arith.index_cast %v31 : i64 to index
        %v1960 = arith.index_cast %v1057 : i64 to index
        %v1961 = arith.index_cast %v1 : i64 to index
        scf.for %v1962 = %v1959 to %v1960 step %v1961 {
          %v1963 = arith.index_cast %v1962 : index to i64
          %v1964 = arith.addi %v1055, %v1963 : i64
          %v1965 = arith.muli %v31, %v16 : i64
          %v1966 = arith.addi %v1965, %v14 : i64
          %v1967 = arith.muli %v1966, %v68 : i64
          %v1968 = arith.addi %v1967, %v1963 : i64
          %v1969 = llvm.getelementptr %v7[%v1968] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v1970 = llvm.load %v1969 : !llvm.ptr<3> -> f32
          %v1971 = arith.muli %v1, %v16 : i64
          %v1972 = arith.addi %v1971, %v14 : i64
          %v1973 = arith.muli %v1972, %v68 : i64
          %v1974 = arith.addi %v1973, %v1963 : i64
          %v1975 = llvm.getelementptr %v7[%v1974] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v1976 = llvm.load %v1975 : !llvm.ptr<3> -> f32
          %v1977 = llvm.load %v4 : !llvm.ptr -> f32
          %v1978 = arith.mulf %v1970, %v1977 fastmath<contract> : f32
          %v1979 = arith.addf %v1978, %v1976 fastmath<contract> : f32
          %v1980 = llvm.load %v5 : !llvm.ptr -> f32
          %v1981 = arith.mulf %v1970, %v1980 fastmath<contract> : f32
          llvm.store %v1979, %v4 : f32, !llvm.ptr
          llvm.store %v1981, %v5 : f32, !llvm.ptr
        }
        gpu.barrier
        %v1982 = arith.addi %v31, %v14 : i64
        %v1983 = arith.divui %v1982, %v55 : i64
        %v1984 = arith.remui %v1982, %v55 : i64
        %v1985 = arith.addi %v31, %v1983 : i64
        %v1986 = arith.muli %v1985, %v68 : i64
        %v1987 = arith.addi %v1986, %v1984 : i64
        %v1988 = llvm.getelementptr %v7[%v1987] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1074, %v1988 : f32, !llvm.ptr<3>
        %v1989 = arith.addi %v16, %v14 : i64
        %v1990 = arith.divui %v1989, %v55 : i64
        %v1991 = arith.remui %v1989, %v55 : i64
        %v1992 = arith.addi %v31, %v1990 : i64
        %v1993 = arith.muli %v1992, %v68 : i64
        %v1994 = arith.addi %v1993, %v1991 : i64
        %v1995 = llvm.getelementptr %v7[%v1994] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1088, %v1995 : f32, !llvm.ptr<3>
        %v1997 = arith.addi %v1996, %v14 : i64
        %v1998 = arith.divui %v1997, %v55 : i64
        %v1999 = arith.remui %v1997, %v55 : i64
        %v2000 = arith.addi %v31, %v1998 : i64
        %v2001 = arith.muli %v2000, %v68 : i64
        %v2002 = arith.addi %v2001, %v1999 : i64
        %v2003 = llvm.getelementptr %v7[%v2002] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1102, %v2003 : f32, !llvm.ptr<3>
        %v2005 = arith.addi %v2004, %v14 : i64
        %v2006 = arith.divui %v2005, %v55 : i64
        %v2007 = arith.remui %v2005, %v55 : i64
        %v2008 = arith.addi %v31, %v2006 : i64
        %v2009 = arith.muli %v2008, %v68 : i64
        %v2010 = arith.addi %v2009, %v2007 : i64
        %v2011 = llvm.getelementptr %v7[%v2010] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1116, %v2011 : f32, !llvm.ptr<3>
        %v2012 = arith.addi %v10, %v14 : i64
        %v2013 = arith.divui %v2012, %v55 : i64
        %v2014 = arith.remui %v2012, %v55 : i64
        %v2015 = arith.addi %v31, %v2013 : i64
        %v2016 = arith.muli %v2015, %v68 : i64
        %v2017 = arith.addi %v2016, %v2014 : i64
        %v2018 = llvm.getelementptr %v7[%v2017] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1130, %v2018 : f32, !llvm.ptr<3>
        %v2020 = arith.addi %v2019, %v14 : i64
        %v2021 = arith.divui %v2020, %v55 : i64
        %v2022 = arith.remui %v2020, %v55 : i64
        %v2023 = arith.addi %v31, %v2021 : i64
        %v2024 = arith.muli %v2023, %v68 : i64
        %v2025 = arith.addi %v2024, %v2022 : i64
        %v2026 = llvm.getelementptr %v7[%v2025] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1144, %v2026 : f32, !llvm.ptr<3>
        %v2028 = arith.addi %v2027, %v14 : i64
        %v2029 = arith.divui %v2028, %v55 : i64
        %v2030 = arith.remui %v2028, %v55 : i64
        %v2031 = arith.addi %v31, %v2029 : i64
        %v2032 = arith.muli %v2031, %v68 : i64
        %v2033 = arith.addi %v2032, %v2030 : i64
        %v2034 = llvm.getelementptr %v7[%v2033] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1158, %v2034 : f32, !llvm.ptr<3>
        %v2036 = arith.addi %v2035, %v14 : i64
        %v2037 = arith.divui %v2036, %v55 : i64
        %v2038 = arith.remui %v2036, %v55 : i64
        %v2039 = arith.addi %v31, %v2037 : i64
        %v2040 = arith.muli %v2039, %v68 : i64
        %v2041 = arith.addi %v2040, %v2038 : i64
        %v2042 = llvm.getelementptr %v7[%v2041] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1172, %v2042 : f32, !llvm.ptr<3>
        %v2044 = arith.addi %v2043, %v14 : i64
        %v2045 = arith.divui %v2044, %v55 : i64
        %v2046 = arith.remui %v2044, %v55 : i64
        %v2047 = arith.addi %v31, %v2045 : i64
        %v2048 = arith.muli %v2047, %v68 : i64
        %v2049 = arith.addi %v2048, %v2046 : i64
        %v2050 = llvm.getelementptr %v7[%v2049] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1186, %v2050 : f32, !llvm.ptr<3>
        %v2052 = arith.addi %v2051, %v14 : i64
        %v2053 = arith.divui %v2052, %v55 : i64
        %v2054 = arith.remui %v2052, %v55 : i64
        %v2055 = arith.addi %v31, %v2053 : i64
        %v2056 = arith.muli %v2055, %v68 : i64
        %v2057 = arith.addi %v2056, %v2054 : i64
        %v2058 = llvm.getelementptr %v7[%v2057] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1200, %v2058 : f32, !llvm.ptr<3>
        %v2060 = arith.addi %v2059, %v14 : i64
        %v2061 = arith.divui %v2060, %v55 : i64
        %v2062 = arith.remui %v2060, %v55 : i64
        %v2063 = arith.addi %v31, %v2061 : i64
        %v2064 = arith.muli %v2063, %v68 : i64
        %v2065 = arith.addi %v2064, %v2062 : i64
        %v2066 = llvm.getelementptr %v7[%v2065] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1214, %v2066 : f32, !llvm.ptr<3>
        %v2068 = arith.addi %v2067, %v14 : i64
        %v2069 = arith.divui %v2068, %v55 : i64
        %v2070 = arith.remui %v2068, %v55 : i64
        %v2071 = arith.addi %v31, %v2069 : i64
        %v2072 = arith.muli %v2071, %v68 : i64
        %v2073 = arith.addi %v2072, %v2070 : i64
        %v2074 = llvm.getelementptr %v7[%v2073] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1228, %v2074 : f32, !llvm.ptr<3>
        %v2076 = arith.addi %v2075, %v14 : i64
        %v2077 = arith.divui %v2076, %v55 : i64
        %v2078 = arith.remui %v2076, %v55 : i64
        %v2079 = arith.addi %v31, %v2077 : i64
        %v2080 = arith.muli %v2079, %v68 : i64
        %v2081 = arith.addi %v2080, %v2078 : i64
        %v2082 = llvm.getelementptr %v7[%v2081] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1242, %v2082 : f32, !llvm.ptr<3>
        %v2084 = arith.addi %v2083, %v14 : i64
        %v2085 = arith.divui %v2084, %v55 : i64
        %v2086 = arith.remui %v2084, %v55 : i64
        %v2087 = arith.addi %v31, %v2085 : i64
        %v2088 = arith.muli %v2087, %v68 : i64
        %v2089 = arith.addi %v2088, %v2086 : i64
        %v2090 = llvm.getelementptr %v7[%v2089] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1256, %v2090 : f32, !llvm.ptr<3>
        %v2092 = arith.addi %v2091, %v14 : i64
        %v2093 = arith.divui %v2092, %v55 : i64
        %v2094 = arith.remui %v2092, %v55 : i64
        %v2095 = arith.addi %v31, %v2093 : i64
        %v2096 = arith.muli %v2095, %v68 : i64
        %v2097 = arith.addi %v2096, %v2094 : i64
        %v2098 = llvm.getelementptr %v7[%v2097] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1270, %v2098 : f32, !llvm.ptr<3>
        %v2100 = arith.addi %v2099, %v14 : i64
        %v2101 = arith.divui %v2100, %v55 : i64
        %v2102 = arith.remui %v2100, %v55 : i64
        %v2103 = arith.addi %v31, %v2101 : i64
        %v2104 = arith.muli %v2103, %v68 : i64
        %v2105 = arith.addi %v2104, %v2102 : i64
        %v2106 = llvm.getelementptr %v7[%v2105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1284, %v2106 : f32, !llvm.ptr<3>
        %v2108 = arith.addi %v2107, %v14 : i64
        %v2109 = arith.divui %v2108, %v55 : i64
        %v2110 = arith.remui %v2108, %v55 : i64
        %v2111 = arith.addi %v31, %v2109 : i64
        %v2112 = arith.muli %v2111, %v68 : i64
        %v2113 = arith.addi %v2112, %v2110 : i64
        %v2114 = llvm.getelementptr %v7[%v2113] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1298, %v2114 : f32, !llvm.ptr<3>
        %v2116 = arith.addi %v2115, %v14 : i64
        %v2117 = arith.divui %v2116, %v55 : i64
        %v2118 = arith.remui %v2116, %v55 : i64
        %v2119 = arith.addi %v31, %v2117 : i64
        %v2120 = arith.muli %v2119, %v68 : i64
        %v2121 = arith.addi %v2120, %v2118 : i64
        %v2122 = llvm.getelementptr %v7[%v2121] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1312, %v2122 : f32, !llvm.ptr<3>
        %v2124 = arith.addi %v2123, %v14 : i64
        %v2125 = arith.divui %v2124, %v55 : i64
        %v2126 = arith.remui %v2124, %v55 : i64
        %v2127 = arith.addi %v31, %v2125 : i64
        %v2128 = arith.muli %v2127, %v68 : i64
        %v2129 = arith.addi %v2128, %v2126 : i64
        %v2130 = llvm.getelementptr %v7[%v2129] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1326, %v2130 : f32, !llvm.ptr<3>
        %v2132 = arith.addi %v2131, %v14 : i64
        %v2133 = arith.divui %v2132, %v55 : i64
        %v2134 = arith.remui %v2132, %v55 : i64
        %v2135 = arith.addi %v31, %v2133 : i64
        %v2136 = arith.muli %v2135, %v68 : i64
        %v2137 = arith.addi %v2136, %v2134 : i64
        %v2138 = llvm.getelementptr %v7[%v2137] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1340, %v2138 : f32, !llvm.ptr<3>
        %v2140 = arith.addi %v2139, %v14 : i64
        %v2141 = arith.divui %v2140, %v55 : i64
        %v2142 = arith.remui %v2140, %v55 : i64
        %v2143 = arith.addi %v31, %v2141 : i64
        %v2144 = arith.muli %v2143, %v68 : i64
        %v2145 = arith.addi %v2144, %v2142 : i64
        %v2146 = llvm.getelementptr %v7[%v2145] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1354, %v2146 : f32, !llvm.ptr<3>
        %v2148 = arith.addi %v2147, %v14 : i64
        %v2149 = arith.divui %v2148, %v55 : i64
        %v2150 = arith.remui %v2148, %v55 : i64
        %v2151 = arith.addi %v31, %v2149 : i64
        %v2152 = arith.muli %v2151, %v68 : i64
        %v2153 = arith.addi %v2152, %v2150 : i64
        %v2154 = llvm.getelementptr %v7[%v2153] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1368, %v2154 : f32, !llvm.ptr<3>
        %v2156 = arith.addi %v2155, %v14 : i64
        %v2157 = arith.divui %v2156, %v55 : i64
        %v2158 = arith.remui %v2156, %v55 : i64
        %v2159 = arith.addi %v31, %v2157 : i64
        %v2160 = arith.muli %v2159, %v68 : i64
        %v2161 = arith.addi %v2160, %v2158 : i64
        %v2162 = llvm.getelementptr %v7[%v2161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1382, %v2162 : f32, !llvm.ptr<3>
        %v2164 = arith.addi %v2163, %v14 : i64
        %v2165 = arith.divui %v2164, %v55 : i64
        %v2166 = arith.remui %v2164, %v55 : i64
        %v2167 = arith.addi %v31, %v2165 : i64
        %v2168 = arith.muli %v2167, %v68 : i64
        %v2169 = arith.addi %v2168, %v2166 : i64
        %v2170 = llvm.getelementptr %v7[%v2169] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1396, %v2170 : f32, !llvm.ptr<3>
        %v2172 = arith.addi %v2171, %v14 : i64
        %v2173 = arith.divui %v2172, %v55 : i64
        %v2174 = arith.remui %v2172, %v55 : i64
        %v2175 = arith.addi %v31, %v2173 : i64
        %v2176 = arith.muli %v2175, %v68 : i64
        %v2177 = arith.addi %v2176, %v2174 : i64
        %v2178 = llvm.getelementptr %v7[%v2177] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1410, %v2178 : f32, !llvm.ptr<3>
        %v2180 = arith.addi %v2179, %v14 : i64
        %v2181 = arith.divui %v2180, %v55 : i64
        %v2182 = arith.remui %v2180, %v55 : i64
        %v2183 = arith.addi %v31, %v2181 : i64
        %v2184 = arith.muli %v2183, %v68 : i64
        %v2185 = arith.addi %v2184, %v2182 : i64
        %v2186 = llvm.getelementptr %v7[%v2185] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1424, %v2186 : f32, !llvm.ptr<3>
        %v2188 = arith.addi %v2187, %v14 : i64
        %v2189 = arith.divui %v2188, %v55 : i64
        %v2190 = arith.remui %v2188, %v55 : i64
        %v2191 = arith.addi %v31, %v2189 : i64
        %v2192 = arith.muli %v2191, %v68 : i64
        %v2193 = arith.addi %v2192, %v2190 : i64
        %v2194 = llvm.getelementptr %v7[%v2193] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1438, %v2194 : f32, !llvm.ptr<3>
        %v2196 = arith.addi %v2195, %v14 : i64
        %v2197 = arith.divui %v2196, %v55 : i64
        %v2198 = arith.remui %v2196, %v55 : i64
        %v2199 = arith.addi %v31, %v2197 : i64
        %v2200 = arith.muli %v2199, %v68 : i64
        %v2201 = arith.addi %v2200, %v2198 : i64
        %v2202 = llvm.getelementptr %v7[%v2201] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1452, %v2202 : f32, !llvm.ptr<3>
        %v2204 = arith.addi %v2203, %v14 : i64
        %v2205 = arith.divui %v2204, %v55 : i64
        %v2206 = arith.remui %v2204, %v55 : i64
        %v2207 = arith.addi %v31, %v2205 : i64
        %v2208 = arith.muli %v2207, %v68 : i64
        %v2209 = arith.addi %v2208, %v2206 : i64
        %v2210 = llvm.getelementptr %v7[%v2209] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1466, %v2210 : f32, !llvm.ptr<3>
        %v2212 = arith.addi %v2211, %v14 : i64
        %v2213 = arith.divui %v2212, %v55 : i64
        %v2214 = arith.remui %v2212, %v55 : i64
        %v2215 = arith.addi %v31, %v2213 : i64
        %v2216 = arith.muli %v2215, %v68 : i64
        %v2217 = arith.addi %v2216, %v2214 : i64
        %v2218 = llvm.getelementptr %v7[%v2217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1480, %v2218 : f32, !llvm.ptr<3>
        %v2220 = arith.addi %v2219, %v14 : i64
        %v2221 = arith.divui %v2220, %v55 : i64
        %v2222 = arith.remui %v2220, %v55 : i64
        %v2223 = arith.addi %v31, %v2221 : i64
        %v2224 = arith.muli %v2223, %v68 : i64
        %v2225 = arith.addi %v2224, %v2222 : i64
        %v2226 = llvm.getelementptr %v7[%v2225] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1494, %v2226 : f32, !llvm.ptr<3>
        %v2228 = arith.addi %v2227, %v14 : i64
        %v2229 = arith.divui %v2228, %v55 : i64
        %v2230 = arith.remui %v2228, %v55 : i64
        %v2231 = arith.addi %v31, %v2229 : i64
        %v2232 = arith.muli %v2231, %v68 : i64
        %v2233 = arith.addi %v2232, %v2230 : i64
        %v2234 = llvm.getelementptr %v7[%v2233] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1508, %v2234 : f32, !llvm.ptr<3>
        %v2235 = arith.addi %v31, %v14 : i64
        %v2236 = arith.divui %v2235, %v55 : i64
        %v2237 = arith.remui %v2235, %v55 : i64
        %v2238 = arith.addi %v16, %v2236 : i64
        %v2239 = arith.muli %v2238, %v68 : i64
        %v2240 = arith.addi %v2239, %v2237 : i64
        %v2241 = llvm.getelementptr %v7[%v2240] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1524, %v2241 : f32, !llvm.ptr<3>
        %v2242 = arith.addi %v16, %v14 : i64
        %v2243 = arith.divui %v2242, %v55 : i64
        %v2244 = arith.remui %v2242, %v55 : i64
        %v2245 = arith.addi %v16, %v2243 : i64
        %v2246 = arith.muli %v2245, %v68 : i64
        %v2247 = arith.addi %v2246, %v2244 : i64
        %v2248 = llvm.getelementptr %v7[%v2247] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1538, %v2248 : f32, !llvm.ptr<3>
        %v2249 = arith.addi %v1996, %v14 : i64
        %v2250 = arith.divui %v2249, %v55 : i64
        %v2251 = arith.remui %v2249, %v55 : i64
        %v2252 = arith.addi %v16, %v2250 : i64
        %v2253 = arith.muli %v2252, %v68 : i64
        %v2254 = arith.addi %v2253, %v2251 : i64
        %v2255 = llvm.getelementptr %v7[%v2254] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1552, %v2255 : f32, !llvm.ptr<3>
        %v2256 = arith.addi %v2004, %v14 : i64
        %v2257 = arith.divui %v2256, %v55 : i64
        %v2258 = arith.remui %v2256, %v55 : i64
        %v2259 = arith.addi %v16, %v2257 : i64
        %v2260 = arith.muli %v2259, %v68 : i64
        %v2261 = arith.addi %v2260, %v2258 : i64
        %v2262 = llvm.getelementptr %v7[%v2261] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1566, %v2262 : f32, !llvm.ptr<3>
        %v2263 = arith.addi %v10, %v14 : i64
        %v2264 = arith.divui %v2263, %v55 : i64
        %v2265 = arith.remui %v2263, %v55 : i64
        %v2266 = arith.addi %v16, %v2264 : i64
        %v2267 = arith.muli %v2266, %v68 : i64
        %v2268 = arith.addi %v2267, %v2265 : i64
        %v2269 = llvm.getelementptr %v7[%v2268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1580, %v2269 : f32, !llvm.ptr<3>
        %v2270 = arith.addi %v2019, %v14 : i64
        %v2271 = arith.divui %v2270, %v55 : i64
        %v2272 = arith.remui %v2270, %v55 : i64
        %v2273 = arith.addi %v16, %v2271 : i64
        %v2274 = arith.muli %v2273, %v68 : i64
        %v2275 = arith.addi %v2274, %v2272 : i64
        %v2276 = llvm.getelementptr %v7[%v2275] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1594, %v2276 : f32, !llvm.ptr<3>
        %v2277 = arith.addi %v2027, %v14 : i64
        %v2278 = arith.divui %v2277, %v55 : i64
        %v2279 = arith.remui %v2277, %v55 : i64
        %v2280 = arith.addi %v16, %v2278 : i64
        %v2281 = arith.muli %v2280, %v68 : i64
        %v2282 = arith.addi %v2281, %v2279 : i64
        %v2283 = llvm.getelementptr %v7[%v2282] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1608, %v2283 : f32, !llvm.ptr<3>
        %v2284 = arith.addi %v2035, %v14 : i64
        %v2285 = arith.divui %v2284, %v55 : i64
        %v2286 = arith.remui %v2284, %v55 : i64
        %v2287 = arith.addi %v16, %v2285 : i64
        %v2288 = arith.muli %v2287, %v68 : i64
        %v2289 = arith.addi %v2288, %v2286 : i64
        %v2290 = llvm.getelementptr %v7[%v2289] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1622, %v2290 : f32, !llvm.ptr<3>
        %v2291 = arith.addi %v2043, %v14 : i64
        %v2292 = arith.divui %v2291, %v55 : i64
        %v2293 = arith.remui %v2291, %v55 : i64
        %v2294 = arith.addi %v16, %v2292 : i64
        %v2295 = arith.muli %v2294, %v68 : i64
        %v2296 = arith.addi %v2295, %v2293 : i64
        %v2297 = llvm.getelementptr %v7[%v2296] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1636, %v2297 : f32, !llvm.ptr<3>
        %v2298 = arith.addi %v2051, %v14 : i64
        %v2299 = arith.divui %v2298, %v55 : i64
        %v2300 = arith.remui %v2298, %v55 : i64
        %v2301 = arith.addi %v16, %v2299 : i64
        %v2302 = arith.muli %v2301, %v68 : i64
        %v2303 = arith.addi %v2302, %v2300 : i64
        %v2304 = llvm.getelementptr %v7[%v2303] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1650, %v2304 : f32, !llvm.ptr<3>
        %v2305 = arith.addi %v2059, %v14 : i64
        %v2306 = arith.divui %v2305, %v55 : i64
        %v2307 = arith.remui %v2305, %v55 : i64
        %v2308 = arith.addi %v16, %v2306 : i64
        %v2309 = arith.muli %v2308, %v68 : i64
        %v2310 = arith.addi %v2309, %v2307 : i64
        %v2311 = llvm.getelementptr %v7[%v2310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1664, %v2311 : f32, !llvm.ptr<3>
        %v2312 = arith.addi %v2067, %v14 : i64
        %v2313 = arith.divui %v2312, %v55 : i64
        %v2314 = arith.remui %v2312, %v55 : i64
        %v2315 = arith.addi %v16, %v2313 : i64
        %v2316 = arith.muli %v2315, %v68 : i64
        %v2317 = arith.addi %v2316, %v2314 : i64
        %v2318 = llvm.getelementptr %v7[%v2317] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1678, %v2318 : f32, !llvm.ptr<3>
        %v2319 = arith.addi %v2075, %v14 : i64
        %v2320 = arith.divui %v2319, %v55 : i64
        %v2321 = arith.remui %v2319, %v55 : i64
        %v2322 = arith.addi %v16, %v2320 : i64
        %v2323 = arith.muli %v2322, %v68 : i64
        %v2324 = arith.addi %v2323, %v2321 : i64
        %v2325 = llvm.getelementptr %v7[%v2324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1692, %v2325 : f32, !llvm.ptr<3>
        %v2326 = arith.addi %v2083, %v14 : i64
        %v2327 = arith.divui %v2326, %v55 : i64
        %v2328 = arith.remui %v2326, %v55 : i64
        %v2329 = arith.addi %v16, %v2327 : i64
        %v2330 = arith.muli %v2329, %v68 : i64
        %v2331 = arith.addi %v2330, %v2328 : i64
        %v2332 = llvm.getelementptr %v7[%v2331] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1706, %v2332 : f32, !llvm.ptr<3>
        %v2333 = arith.addi %v2091, %v14 : i64
        %v2334 = arith.divui %v2333, %v55 : i64
        %v2335 = arith.remui %v2333, %v55 : i64
        %v2336 = arith.addi %v16, %v2334 : i64
        %v2337 = arith.muli %v2336, %v68 : i64
        %v2338 = arith.addi %v2337, %v2335 : i64
        %v2339 = llvm.getelementptr %v7[%v2338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1720, %v2339 : f32, !llvm.ptr<3>
        %v2340 = arith.addi %v2099, %v14 : i64
        %v2341 = arith.divui %v2340, %v55 : i64
        %v2342 = arith.remui %v2340, %v55 : i64
        %v2343 = arith.addi %v16, %v2341 : i64
        %v2344 = arith.muli %v2343, %v68 : i64
        %v2345 = arith.addi %v2344, %v2342 : i64
        %v2346 = llvm.getelementptr %v7[%v2345] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1734, %v2346 : f32, !llvm.ptr<3>
        %v2347 = arith.addi %v2107, %v14 : i64
        %v2348 = arith.divui %v2347, %v55 : i64
        %v2349 = arith.remui %v2347, %v55 : i64
        %v2350 = arith.addi %v16, %v2348 : i64
        %v2351 = arith.muli %v2350, %v68 : i64
        %v2352 = arith.addi %v2351, %v2349 : i64
        %v2353 = llvm.getelementptr %v7[%v2352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1748, %v2353 : f32, !llvm.ptr<3>
        %v2354 = arith.addi %v2115, %v14 : i64
        %v2355 = arith.divui %v2354, %v55 : i64
        %v2356 = arith.remui %v2354, %v55 : i64
        %v2357 = arith.addi %v16, %v2355 : i64
        %v2358 = arith.muli %v2357, %v68 : i64
        %v2359 = arith.addi %v2358, %v2356 : i64
        %v2360 = llvm.getelementptr %v7[%v2359] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1762, %v2360 : f32, !llvm.ptr<3>
        %v2361 = arith.addi %v2123, %v14 : i64
        %v2362 = arith.divui %v2361, %v55 : i64
        %v2363 = arith.remui %v2361, %v55 : i64
        %v2364 = arith.addi %v16, %v2362 : i64
        %v2365 = arith.muli %v2364, %v68 : i64
        %v2366 = arith.addi %v2365, %v2363 : i64
        %v2367 = llvm.getelementptr %v7[%v2366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1776, %v2367 : f32, !llvm.ptr<3>
        %v2368 = arith.addi %v2131, %v14 : i64
        %v2369 = arith.divui %v2368, %v55 : i64
        %v2370 = arith.remui %v2368, %v55 : i64
        %v2371 = arith.addi %v16, %v2369 : i64
        %v2372 = arith.muli %v2371, %v68 : i64
        %v2373 = arith.addi %v2372, %v2370 : i64
        %v2374 = llvm.getelementptr %v7[%v2373] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1790, %v2374 : f32, !llvm.ptr<3>
        %v2375 = arith.addi %v2139, %v14 : i64
        %v2376 = arith.divui %v2375, %v55 : i64
        %v2377 = arith.remui %v2375, %v55 : i64
        %v2378 = arith.addi %v16, %v2376 : i64
        %v2379 = arith.muli %v2378, %v68 : i64
        %v2380 = arith.addi %v2379, %v2377 : i64
        %v2381 = llvm.getelementptr %v7[%v2380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1804, %v2381 : f32, !llvm.ptr<3>
        %v2382 = arith.addi %v2147, %v14 : i64
        %v2383 = arith.divui %v2382, %v55 : i64
        %v2384 = arith.remui %v2382, %v55 : i64
        %v2385 = arith.addi %v16, %v2383 : i64
        %v2386 = arith.muli %v2385, %v68 : i64
        %v2387 = arith.addi %v2386, %v2384 : i64
        %v2388 = llvm.getelementptr %v7[%v2387] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1818, %v2388 : f32, !llvm.ptr<3>
        %v2389 = arith.addi %v2155, %v14 : i64
        %v2390 = arith.divui %v2389, %v55 : i64
        %v2391 = arith.remui %v2389, %v55 : i64
        %v2392 = arith.addi %v16, %v2390 : i64
        %v2393 = arith.muli %v2392, %v68 : i64
        %v2394 = arith.addi %v2393, %v2391 : i64
        %v2395 = llvm.getelementptr %v7[%v2394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1832, %v2395 : f32, !llvm.ptr<3>
        %v2396 = arith.addi %v2163, %v14 : i64
        %v2397 = arith.divui %v2396, %v55 : i64
        %v2398 = arith.remui %v2396, %v55 : i64
        %v2399 = arith.addi %v16, %v2397 : i64
        %v2400 = arith.muli %v2399, %v68 : i64
        %v2401 = arith.addi %v2400, %v2398 : i64
        %v2402 = llvm.getelementptr %v7[%v2401] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1846, %v2402 : f32, !llvm.ptr<3>
        %v2403 = arith.addi %v2171, %v14 : i64
        %v2404 = arith.divui %v2403, %v55 : i64
        %v2405 = arith.remui %v2403, %v55 : i64
        %v2406 = arith.addi %v16, %v2404 : i64
        %v2407 = arith.muli %v2406, %v68 : i64
        %v2408 = arith.addi %v2407, %v2405 : i64
        %v2409 = llvm.getelementptr %v7[%v2408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1860, %v2409 : f32, !llvm.ptr<3>
        %v2410 = arith.addi %v2179, %v14 : i64
        %v2411 = arith.divui %v2410, %v55 : i64
        %v2412 = arith.remui %v2410, %v55 : i64
        %v2413 = arith.addi %v16, %v2411 : i64
        %v2414 = arith.muli %v2413, %v68 : i64
        %v2415 = arith.addi %v2414, %v2412 : i64
        %v2416 = llvm.getelementptr %v7[%v2415] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1874, %v2416 : f32, !llvm.ptr<3>
        %v2417 = arith.addi %v2187, %v14 : i64
        %v2418 = arith.divui %v2417, %v55 : i64
        %v2419 = arith.remui %v2417, %v55 : i64
        %v2420 = arith.addi %v16, %v2418 : i64
        %v2421 = arith.muli %v2420, %v68 : i64
        %v2422 = arith.addi %v2421, %v2419 : i64
        %v2423 = llvm.getelementptr %v7[%v2422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1888, %v2423 : f32, !llvm.ptr<3>
        %v2424 = arith.addi %v2195, %v14 : i64
        %v2425 = arith.divui %v2424, %v55 : i64
        %v2426 = arith.remui %v2424, %v55 : i64
        %v2427 = arith.addi %v16, %v2425 : i64
        %v2428 = arith.muli %v2427, %v68 : i64
        %v2429 = arith.addi %v2428, %v2426 : i64
        %v2430 = llvm.getelementptr %v7[%v2429] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1902, %v2430 : f32, !llvm.ptr<3>
        %v2431 = arith.addi %v2203, %v14 : i64
        %v2432 = arith.divui %v2431, %v55 : i64
        %v2433 = arith.remui %v2431, %v55 : i64
        %v2434 = arith.addi %v16, %v2432 : i64
        %v2435 = arith.muli %v2434, %v68 : i64
        %v2436 = arith.addi %v2435, %v2433 : i64
        %v2437 = llvm.getelementptr %v7[%v2436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1916, %v2437 : f32, !llvm.ptr<3>
        %v2438 = arith.addi %v2211, %v14 : i64
        %v2439 = arith.divui %v2438, %v55 : i64
        %v2440 = arith.remui %v2438, %v55 : i64
        %v2441 = arith.addi %v16, %v2439 : i64
        %v2442 = arith.muli %v2441, %v68 : i64
        %v2443 = arith.addi %v2442, %v2440 : i64
        %v2444 = llvm.getelementptr %v7[%v2443] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1930, %v2444 : f32, !llvm.ptr<3>
        %v2445 = arith.addi %v2219, %v14 : i64
        %v2446 = arith.divui %v2445, %v55 : i64
        %v2447 = arith.remui %v2445, %v55 : i64
        %v2448 = arith.addi %v16, %v2446 : i64
        %v2449 = arith.muli %v2448, %v68 : i64
        %v2450 = arith.addi %v2449, %v2447 : i64
        %v2451 = llvm.getelementptr %v7[%v2450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1944, %v2451 : f32, !llvm.ptr<3>
        %v2452 = arith.addi %v2227, %v14 : i64
        %v2453 = arith.divui %v2452, %v55 : i64
        %v2454 = arith.remui %v2452, %v55 : i64
        %v2455 = arith.addi %v16, %v2453 : i64
        %v2456 = arith.muli %v2455, %v68 : i64
        %v2457 = arith.addi %v2456, %v2454 : i64
        %v2458 = llvm.getelementptr %v7[%v2457] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1958, %v2458 : f32, !llvm.ptr<3>
        gpu.barrier
      }
      scf.if %v24 {
        %v2459 = arith.muli %v20, %v3 : i64
        %v2460 = arith.subi %v3, %v1 : i64
        %v2461 = arith.minsi %v23, %v2460 : i64
        %v2462 = arith.addi %v2459, %v2461 : i64
        %v2463 = arith.muli %v2462, %v1 : i64
        %v2464 = arith.addi %v2463, %v31 : i64
        %v2465 = llvm.load %v5 : !llvm.ptr -> f32
        %v2466 = llvm.getelementptr %agga_h[%v2464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2465, %v2466 : f32, !llvm.ptr
        %v2467 = llvm.load %v4 : !llvm.ptr -> f32
        %v2468 = llvm.getelementptr %aggb_h[%v2464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2467, %v2468 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
