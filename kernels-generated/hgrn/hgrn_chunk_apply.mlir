module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_hgrn_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<256 x i64>
    llvm.mlir.global internal @smem_hgrn_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<8448 x f32>
    gpu.func @hgrn_chunk_apply(%in_g_f: !llvm.ptr, %in_g_c: !llvm.ptr, %in_g_o: !llvm.ptr, %in_gamma: !llvm.ptr, %out_y: !llvm.ptr, %carry_h: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.mlir.addressof @rows_hgrn_chunk_apply : !llvm.ptr<3>
      %v6 = llvm.mlir.addressof @smem_hgrn_chunk_apply : !llvm.ptr<3>
      %v7 = arith.constant 255 : i64
      %v8 = arith.addi %size_L, %v7 : i64
      %v9 = arith.constant 256 : i64
      %v10 = arith.divui %v8, %v9 : i64
      %v15 = arith.constant 64 : i64
      %v30 = arith.constant 0 : i64
      %v31 = arith.muli %v1, %size_L : i64
      %v32 = arith.muli %v31, %size_D : i64
      %v54 = arith.constant 2 : i64
      %v63 = arith.constant -1 : i64
      %v65 = arith.constant 3 : i64
      %v80 = arith.constant 32 : i64
      %v93 = arith.constant 33 : i64
      %v112 = arith.constant 4 : i64
      %v127 = arith.constant 6 : i64
      %v142 = arith.constant 8 : i64
      %v157 = arith.constant 10 : i64
      %v172 = arith.constant 12 : i64
      %v187 = arith.constant 14 : i64
      %v202 = arith.constant 16 : i64
      %v217 = arith.constant 18 : i64
      %v232 = arith.constant 20 : i64
      %v247 = arith.constant 22 : i64
      %v262 = arith.constant 24 : i64
      %v277 = arith.constant 26 : i64
      %v292 = arith.constant 28 : i64
      %v307 = arith.constant 30 : i64
      %v336 = arith.constant 34 : i64
      %v351 = arith.constant 36 : i64
      %v366 = arith.constant 38 : i64
      %v381 = arith.constant 40 : i64
      %v396 = arith.constant 42 : i64
      %v411 = arith.constant 44 : i64
      %v426 = arith.constant 46 : i64
      %v441 = arith.constant 48 : i64
      %v456 = arith.constant 50 : i64
      %v471 = arith.constant 52 : i64
      %v486 = arith.constant 54 : i64
      %v501 = arith.constant 56 : i64
      %v516 = arith.constant 58 : i64
      %v531 = arith.constant 60 : i64
      %v546 = arith.constant 62 : i64
      %v1079 = arith.constant 128 : i64
      %v1569 = arith.muli %v1, %size_B : i64
      %v1570 = arith.muli %v1569, %size_D : i64
      %v1573 = arith.muli %v1, %size_D : i64
      %v2941 = arith.constant 0x3F800000 : f32
      %v2950 = arith.constant 0x3FB8AA3B : f32
      %v3013 = arith.constant 192 : i64
      %v3028 = arith.constant 320 : i64
      %v3036 = arith.constant 384 : i64
      %v3044 = arith.constant 448 : i64
      %v3052 = arith.constant 512 : i64
      %v3060 = arith.constant 576 : i64
      %v3068 = arith.constant 640 : i64
      %v3076 = arith.constant 704 : i64
      %v3084 = arith.constant 768 : i64
      %v3092 = arith.constant 832 : i64
      %v3100 = arith.constant 896 : i64
      %v3108 = arith.constant 960 : i64
      %v3116 = arith.constant 1024 : i64
      %v3124 = arith.constant 1088 : i64
      %v3132 = arith.constant 1152 : i64
      %v3140 = arith.constant 1216 : i64
      %v3148 = arith.constant 1280 : i64
      %v3156 = arith.constant 1344 : i64
      %v3164 = arith.constant 1408 : i64
      %v3172 = arith.constant 1472 : i64
      %v3180 = arith.constant 1536 : i64
      %v3188 = arith.constant 1600 : i64
      %v3196 = arith.constant 1664 : i64
      %v3204 = arith.constant 1728 : i64
      %v3212 = arith.constant 1792 : i64
      %v3220 = arith.constant 1856 : i64
      %v3228 = arith.constant 1920 : i64
      %v3236 = arith.constant 1984 : i64
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
      %v26 = arith.remui %v25, %size_D : i64
      %v27 = arith.divui %v25, %size_D : i64
      %v28 = arith.remui %v27, %size_B : i64
      %v29 = arith.divui %v27, %size_B : i64
      %v2938 = arith.muli %v26, %v1 : i64
      %v2939 = llvm.getelementptr %in_gamma[%v2938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2940 = llvm.load %v2939 : !llvm.ptr -> f32
      %v2942 = arith.subf %v2941, %v2940 fastmath<contract> : f32
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
      %v55 = arith.muli %v54, %v15 : i64
      %v56 = arith.addi %v55, %v13 : i64
      %v57 = llvm.getelementptr %v5[%v56] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v53, %v57 : i64, !llvm.ptr<3>
      %v58 = arith.muli %v28, %v32 : i64
      %v59 = arith.muli %v26, %v31 : i64
      %v60 = arith.addi %v58, %v59 : i64
      %v61 = arith.muli %v30, %v1 : i64
      %v62 = arith.addi %v60, %v61 : i64
      %v64 = arith.select %v23, %v62, %v63 : i64
      %v66 = arith.muli %v65, %v15 : i64
      %v67 = arith.addi %v66, %v13 : i64
      %v68 = llvm.getelementptr %v5[%v67] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v64, %v68 : i64, !llvm.ptr<3>
      gpu.barrier
      %v69 = arith.muli %v19, %v3 : i64
      %v70 = arith.subi %v3, %v1 : i64
      %v71 = arith.minsi %v22, %v70 : i64
      %v72 = arith.addi %v69, %v71 : i64
      %v73 = arith.muli %v72, %v1 : i64
      %v74 = arith.addi %v73, %v30 : i64
      %v75 = llvm.getelementptr %carry_h[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v76 = llvm.load %v75 : !llvm.ptr -> f32
      llvm.store %v76, %v4 : f32, !llvm.ptr
      %v77 = arith.muli %v19, %v9 : i64
      %v78 = arith.addi %v77, %v9 : i64
      %v79 = arith.minsi %v78, %size_L : i64
      // staged load of `g_f`'s first tile: read, then shared memory
      %v81 = arith.divui %v13, %v80 : i64
      %v82 = arith.remui %v13, %v80 : i64
      %v83 = arith.addi %v81, %v30 : i64
      %v84 = arith.constant true
      %v85 = arith.addi %v30, %v83 : i64
      %v86 = llvm.getelementptr %v5[%v85] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v87 = llvm.load %v86 : !llvm.ptr<3> -> i64
      %v88 = arith.addi %v77, %v82 : i64
      %v89 = arith.cmpi slt, %v88, %v79 : i64
      %v90 = arith.subi %size_L, %v1 : i64
      %v91 = arith.minsi %v88, %v90 : i64
      %v92 = arith.addi %v87, %v91 : i64
      %v94 = arith.muli %v85, %v93 : i64
      %v95 = arith.addi %v94, %v82 : i64
      %v96 = llvm.getelementptr %in_g_f[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v97 = llvm.load %v96 : !llvm.ptr -> f32
      %v98 = arith.addi %v81, %v54 : i64
      %v99 = arith.constant true
      %v100 = arith.addi %v30, %v98 : i64
      %v101 = llvm.getelementptr %v5[%v100] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v102 = llvm.load %v101 : !llvm.ptr<3> -> i64
      %v103 = arith.addi %v77, %v82 : i64
      %v104 = arith.cmpi slt, %v103, %v79 : i64
      %v105 = arith.subi %size_L, %v1 : i64
      %v106 = arith.minsi %v103, %v105 : i64
      %v107 = arith.addi %v102, %v106 : i64
      %v108 = arith.muli %v100, %v93 : i64
      %v109 = arith.addi %v108, %v82 : i64
      %v110 = llvm.getelementptr %in_g_f[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v111 = llvm.load %v110 : !llvm.ptr -> f32
      %v113 = arith.addi %v81, %v112 : i64
      %v114 = arith.constant true
      %v115 = arith.addi %v30, %v113 : i64
      %v116 = llvm.getelementptr %v5[%v115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v117 = llvm.load %v116 : !llvm.ptr<3> -> i64
      %v118 = arith.addi %v77, %v82 : i64
      %v119 = arith.cmpi slt, %v118, %v79 : i64
      %v120 = arith.subi %size_L, %v1 : i64
      %v121 = arith.minsi %v118, %v120 : i64
      %v122 = arith.addi %v117, %v121 : i64
      %v123 = arith.muli %v115, %v93 : i64
      %v124 = arith.addi %v123, %v82 : i64
      %v125 = llvm.getelementptr %in_g_f[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v126 = llvm.load %v125 : !llvm.ptr -> f32
      %v128 = arith.addi %v81, %v127 : i64
      %v129 = arith.constant true
      %v130 = arith.addi %v30, %v128 : i64
      %v131 = llvm.getelementptr %v5[%v130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v132 = llvm.load %v131 : !llvm.ptr<3> -> i64
      %v133 = arith.addi %v77, %v82 : i64
      %v134 = arith.cmpi slt, %v133, %v79 : i64
      %v135 = arith.subi %size_L, %v1 : i64
      %v136 = arith.minsi %v133, %v135 : i64
      %v137 = arith.addi %v132, %v136 : i64
      %v138 = arith.muli %v130, %v93 : i64
      %v139 = arith.addi %v138, %v82 : i64
      %v140 = llvm.getelementptr %in_g_f[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v141 = llvm.load %v140 : !llvm.ptr -> f32
      %v143 = arith.addi %v81, %v142 : i64
      %v144 = arith.constant true
      %v145 = arith.addi %v30, %v143 : i64
      %v146 = llvm.getelementptr %v5[%v145] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v147 = llvm.load %v146 : !llvm.ptr<3> -> i64
      %v148 = arith.addi %v77, %v82 : i64
      %v149 = arith.cmpi slt, %v148, %v79 : i64
      %v150 = arith.subi %size_L, %v1 : i64
      %v151 = arith.minsi %v148, %v150 : i64
      %v152 = arith.addi %v147, %v151 : i64
      %v153 = arith.muli %v145, %v93 : i64
      %v154 = arith.addi %v153, %v82 : i64
      %v155 = llvm.getelementptr %in_g_f[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v156 = llvm.load %v155 : !llvm.ptr -> f32
      %v158 = arith.addi %v81, %v157 : i64
      %v159 = arith.constant true
      %v160 = arith.addi %v30, %v158 : i64
      %v161 = llvm.getelementptr %v5[%v160] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v162 = llvm.load %v161 : !llvm.ptr<3> -> i64
      %v163 = arith.addi %v77, %v82 : i64
      %v164 = arith.cmpi slt, %v163, %v79 : i64
      %v165 = arith.subi %size_L, %v1 : i64
      %v166 = arith.minsi %v163, %v165 : i64
      %v167 = arith.addi %v162, %v166 : i64
      %v168 = arith.muli %v160, %v93 : i64
      %v169 = arith.addi %v168, %v82 : i64
      %v170 = llvm.getelementptr %in_g_f[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v171 = llvm.load %v170 : !llvm.ptr -> f32
      %v173 = arith.addi %v81, %v172 : i64
      %v174 = arith.constant true
      %v175 = arith.addi %v30, %v173 : i64
      %v176 = llvm.getelementptr %v5[%v175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v177 = llvm.load %v176 : !llvm.ptr<3> -> i64
      %v178 = arith.addi %v77, %v82 : i64
      %v179 = arith.cmpi slt, %v178, %v79 : i64
      %v180 = arith.subi %size_L, %v1 : i64
      %v181 = arith.minsi %v178, %v180 : i64
      %v182 = arith.addi %v177, %v181 : i64
      %v183 = arith.muli %v175, %v93 : i64
      %v184 = arith.addi %v183, %v82 : i64
      %v185 = llvm.getelementptr %in_g_f[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v186 = llvm.load %v185 : !llvm.ptr -> f32
      %v188 = arith.addi %v81, %v187 : i64
      %v189 = arith.constant true
      %v190 = arith.addi %v30, %v188 : i64
      %v191 = llvm.getelementptr %v5[%v190] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v192 = llvm.load %v191 : !llvm.ptr<3> -> i64
      %v193 = arith.addi %v77, %v82 : i64
      %v194 = arith.cmpi slt, %v193, %v79 : i64
      %v195 = arith.subi %size_L, %v1 : i64
      %v196 = arith.minsi %v193, %v195 : i64
      %v197 = arith.addi %v192, %v196 : i64
      %v198 = arith.muli %v190, %v93 : i64
      %v199 = arith.addi %v198, %v82 : i64
      %v200 = llvm.getelementptr %in_g_f[%v197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v201 = llvm.load %v200 : !llvm.ptr -> f32
      %v203 = arith.addi %v81, %v202 : i64
      %v204 = arith.constant true
      %v205 = arith.addi %v30, %v203 : i64
      %v206 = llvm.getelementptr %v5[%v205] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v207 = llvm.load %v206 : !llvm.ptr<3> -> i64
      %v208 = arith.addi %v77, %v82 : i64
      %v209 = arith.cmpi slt, %v208, %v79 : i64
      %v210 = arith.subi %size_L, %v1 : i64
      %v211 = arith.minsi %v208, %v210 : i64
      %v212 = arith.addi %v207, %v211 : i64
      %v213 = arith.muli %v205, %v93 : i64
      %v214 = arith.addi %v213, %v82 : i64
      %v215 = llvm.getelementptr %in_g_f[%v212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v216 = llvm.load %v215 : !llvm.ptr -> f32
      %v218 = arith.addi %v81, %v217 : i64
      %v219 = arith.constant true
      %v220 = arith.addi %v30, %v218 : i64
      %v221 = llvm.getelementptr %v5[%v220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v222 = llvm.load %v221 : !llvm.ptr<3> -> i64
      %v223 = arith.addi %v77, %v82 : i64
      %v224 = arith.cmpi slt, %v223, %v79 : i64
      %v225 = arith.subi %size_L, %v1 : i64
      %v226 = arith.minsi %v223, %v225 : i64
      %v227 = arith.addi %v222, %v226 : i64
      %v228 = arith.muli %v220, %v93 : i64
      %v229 = arith.addi %v228, %v82 : i64
      %v230 = llvm.getelementptr %in_g_f[%v227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v231 = llvm.load %v230 : !llvm.ptr -> f32
      %v233 = arith.addi %v81, %v232 : i64
      %v234 = arith.constant true
      %v235 = arith.addi %v30, %v233 : i64
      %v236 = llvm.getelementptr %v5[%v235] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v237 = llvm.load %v236 : !llvm.ptr<3> -> i64
      %v238 = arith.addi %v77, %v82 : i64
      %v239 = arith.cmpi slt, %v238, %v79 : i64
      %v240 = arith.subi %size_L, %v1 : i64
      %v241 = arith.minsi %v238, %v240 : i64
      %v242 = arith.addi %v237, %v241 : i64
      %v243 = arith.muli %v235, %v93 : i64
      %v244 = arith.addi %v243, %v82 : i64
      %v245 = llvm.getelementptr %in_g_f[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v246 = llvm.load %v245 : !llvm.ptr -> f32
      %v248 = arith.addi %v81, %v247 : i64
      %v249 = arith.constant true
      %v250 = arith.addi %v30, %v248 : i64
      %v251 = llvm.getelementptr %v5[%v250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v252 = llvm.load %v251 : !llvm.ptr<3> -> i64
      %v253 = arith.addi %v77, %v82 : i64
      %v254 = arith.cmpi slt, %v253, %v79 : i64
      %v255 = arith.subi %size_L, %v1 : i64
      %v256 = arith.minsi %v253, %v255 : i64
      %v257 = arith.addi %v252, %v256 : i64
      %v258 = arith.muli %v250, %v93 : i64
      %v259 = arith.addi %v258, %v82 : i64
      %v260 = llvm.getelementptr %in_g_f[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v261 = llvm.load %v260 : !llvm.ptr -> f32
      %v263 = arith.addi %v81, %v262 : i64
      %v264 = arith.constant true
      %v265 = arith.addi %v30, %v263 : i64
      %v266 = llvm.getelementptr %v5[%v265] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v267 = llvm.load %v266 : !llvm.ptr<3> -> i64
      %v268 = arith.addi %v77, %v82 : i64
      %v269 = arith.cmpi slt, %v268, %v79 : i64
      %v270 = arith.subi %size_L, %v1 : i64
      %v271 = arith.minsi %v268, %v270 : i64
      %v272 = arith.addi %v267, %v271 : i64
      %v273 = arith.muli %v265, %v93 : i64
      %v274 = arith.addi %v273, %v82 : i64
      %v275 = llvm.getelementptr %in_g_f[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v276 = llvm.load %v275 : !llvm.ptr -> f32
      %v278 = arith.addi %v81, %v277 : i64
      %v279 = arith.constant true
      %v280 = arith.addi %v30, %v278 : i64
      %v281 = llvm.getelementptr %v5[%v280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v282 = llvm.load %v281 : !llvm.ptr<3> -> i64
      %v283 = arith.addi %v77, %v82 : i64
      %v284 = arith.cmpi slt, %v283, %v79 : i64
      %v285 = arith.subi %size_L, %v1 : i64
      %v286 = arith.minsi %v283, %v285 : i64
      %v287 = arith.addi %v282, %v286 : i64
      %v288 = arith.muli %v280, %v93 : i64
      %v289 = arith.addi %v288, %v82 : i64
      %v290 = llvm.getelementptr %in_g_f[%v287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v291 = llvm.load %v290 : !llvm.ptr -> f32
      %v293 = arith.addi %v81, %v292 : i64
      %v294 = arith.constant true
      %v295 = arith.addi %v30, %v293 : i64
      %v296 = llvm.getelementptr %v5[%v295] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v297 = llvm.load %v296 : !llvm.ptr<3> -> i64
      %v298 = arith.addi %v77, %v82 : i64
      %v299 = arith.cmpi slt, %v298, %v79 : i64
      %v300 = arith.subi %size_L, %v1 : i64
      %v301 = arith.minsi %v298, %v300 : i64
      %v302 = arith.addi %v297, %v301 : i64
      %v303 = arith.muli %v295, %v93 : i64
      %v304 = arith.addi %v303, %v82 : i64
      %v305 = llvm.getelementptr %in_g_f[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v306 = llvm.load %v305 : !llvm.ptr -> f32
      %v308 = arith.addi %v81, %v307 : i64
      %v309 = arith.constant true
      %v310 = arith.addi %v30, %v308 : i64
      %v311 = llvm.getelementptr %v5[%v310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v312 = llvm.load %v311 : !llvm.ptr<3> -> i64
      %v313 = arith.addi %v77, %v82 : i64
      %v314 = arith.cmpi slt, %v313, %v79 : i64
      %v315 = arith.subi %size_L, %v1 : i64
      %v316 = arith.minsi %v313, %v315 : i64
      %v317 = arith.addi %v312, %v316 : i64
      %v318 = arith.muli %v310, %v93 : i64
      %v319 = arith.addi %v318, %v82 : i64
      %v320 = llvm.getelementptr %in_g_f[%v317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v321 = llvm.load %v320 : !llvm.ptr -> f32
      %v322 = arith.addi %v81, %v80 : i64
      %v323 = arith.constant true
      %v324 = arith.addi %v30, %v322 : i64
      %v325 = llvm.getelementptr %v5[%v324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v326 = llvm.load %v325 : !llvm.ptr<3> -> i64
      %v327 = arith.addi %v77, %v82 : i64
      %v328 = arith.cmpi slt, %v327, %v79 : i64
      %v329 = arith.subi %size_L, %v1 : i64
      %v330 = arith.minsi %v327, %v329 : i64
      %v331 = arith.addi %v326, %v330 : i64
      %v332 = arith.muli %v324, %v93 : i64
      %v333 = arith.addi %v332, %v82 : i64
      %v334 = llvm.getelementptr %in_g_f[%v331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v335 = llvm.load %v334 : !llvm.ptr -> f32
      %v337 = arith.addi %v81, %v336 : i64
      %v338 = arith.constant true
      %v339 = arith.addi %v30, %v337 : i64
      %v340 = llvm.getelementptr %v5[%v339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v341 = llvm.load %v340 : !llvm.ptr<3> -> i64
      %v342 = arith.addi %v77, %v82 : i64
      %v343 = arith.cmpi slt, %v342, %v79 : i64
      %v344 = arith.subi %size_L, %v1 : i64
      %v345 = arith.minsi %v342, %v344 : i64
      %v346 = arith.addi %v341, %v345 : i64
      %v347 = arith.muli %v339, %v93 : i64
      %v348 = arith.addi %v347, %v82 : i64
      %v349 = llvm.getelementptr %in_g_f[%v346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v350 = llvm.load %v349 : !llvm.ptr -> f32
      %v352 = arith.addi %v81, %v351 : i64
      %v353 = arith.constant true
      %v354 = arith.addi %v30, %v352 : i64
      %v355 = llvm.getelementptr %v5[%v354] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v356 = llvm.load %v355 : !llvm.ptr<3> -> i64
      %v357 = arith.addi %v77, %v82 : i64
      %v358 = arith.cmpi slt, %v357, %v79 : i64
      %v359 = arith.subi %size_L, %v1 : i64
      %v360 = arith.minsi %v357, %v359 : i64
      %v361 = arith.addi %v356, %v360 : i64
      %v362 = arith.muli %v354, %v93 : i64
      %v363 = arith.addi %v362, %v82 : i64
      %v364 = llvm.getelementptr %in_g_f[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v365 = llvm.load %v364 : !llvm.ptr -> f32
      %v367 = arith.addi %v81, %v366 : i64
      %v368 = arith.constant true
      %v369 = arith.addi %v30, %v367 : i64
      %v370 = llvm.getelementptr %v5[%v369] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v371 = llvm.load %v370 : !llvm.ptr<3> -> i64
      %v372 = arith.addi %v77, %v82 : i64
      %v373 = arith.cmpi slt, %v372, %v79 : i64
      %v374 = arith.subi %size_L, %v1 : i64
      %v375 = arith.minsi %v372, %v374 : i64
      %v376 = arith.addi %v371, %v375 : i64
      %v377 = arith.muli %v369, %v93 : i64
      %v378 = arith.addi %v377, %v82 : i64
      %v379 = llvm.getelementptr %in_g_f[%v376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v380 = llvm.load %v379 : !llvm.ptr -> f32
      %v382 = arith.addi %v81, %v381 : i64
      %v383 = arith.constant true
      %v384 = arith.addi %v30, %v382 : i64
      %v385 = llvm.getelementptr %v5[%v384] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v386 = llvm.load %v385 : !llvm.ptr<3> -> i64
      %v387 = arith.addi %v77, %v82 : i64
      %v388 = arith.cmpi slt, %v387, %v79 : i64
      %v389 = arith.subi %size_L, %v1 : i64
      %v390 = arith.minsi %v387, %v389 : i64
      %v391 = arith.addi %v386, %v390 : i64
      %v392 = arith.muli %v384, %v93 : i64
      %v393 = arith.addi %v392, %v82 : i64
      %v394 = llvm.getelementptr %in_g_f[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v395 = llvm.load %v394 : !llvm.ptr -> f32
      %v397 = arith.addi %v81, %v396 : i64
      %v398 = arith.constant true
      %v399 = arith.addi %v30, %v397 : i64
      %v400 = llvm.getelementptr %v5[%v399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v401 = llvm.load %v400 : !llvm.ptr<3> -> i64
      %v402 = arith.addi %v77, %v82 : i64
      %v403 = arith.cmpi slt, %v402, %v79 : i64
      %v404 = arith.subi %size_L, %v1 : i64
      %v405 = arith.minsi %v402, %v404 : i64
      %v406 = arith.addi %v401, %v405 : i64
      %v407 = arith.muli %v399, %v93 : i64
      %v408 = arith.addi %v407, %v82 : i64
      %v409 = llvm.getelementptr %in_g_f[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v410 = llvm.load %v409 : !llvm.ptr -> f32
      %v412 = arith.addi %v81, %v411 : i64
      %v413 = arith.constant true
      %v414 = arith.addi %v30, %v412 : i64
      %v415 = llvm.getelementptr %v5[%v414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v416 = llvm.load %v415 : !llvm.ptr<3> -> i64
      %v417 = arith.addi %v77, %v82 : i64
      %v418 = arith.cmpi slt, %v417, %v79 : i64
      %v419 = arith.subi %size_L, %v1 : i64
      %v420 = arith.minsi %v417, %v419 : i64
      %v421 = arith.addi %v416, %v420 : i64
      %v422 = arith.muli %v414, %v93 : i64
      %v423 = arith.addi %v422, %v82 : i64
      %v424 = llvm.getelementptr %in_g_f[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v425 = llvm.load %v424 : !llvm.ptr -> f32
      %v427 = arith.addi %v81, %v426 : i64
      %v428 = arith.constant true
      %v429 = arith.addi %v30, %v427 : i64
      %v430 = llvm.getelementptr %v5[%v429] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v431 = llvm.load %v430 : !llvm.ptr<3> -> i64
      %v432 = arith.addi %v77, %v82 : i64
      %v433 = arith.cmpi slt, %v432, %v79 : i64
      %v434 = arith.subi %size_L, %v1 : i64
      %v435 = arith.minsi %v432, %v434 : i64
      %v436 = arith.addi %v431, %v435 : i64
      %v437 = arith.muli %v429, %v93 : i64
      %v438 = arith.addi %v437, %v82 : i64
      %v439 = llvm.getelementptr %in_g_f[%v436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v440 = llvm.load %v439 : !llvm.ptr -> f32
      %v442 = arith.addi %v81, %v441 : i64
      %v443 = arith.constant true
      %v444 = arith.addi %v30, %v442 : i64
      %v445 = llvm.getelementptr %v5[%v444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v446 = llvm.load %v445 : !llvm.ptr<3> -> i64
      %v447 = arith.addi %v77, %v82 : i64
      %v448 = arith.cmpi slt, %v447, %v79 : i64
      %v449 = arith.subi %size_L, %v1 : i64
      %v450 = arith.minsi %v447, %v449 : i64
      %v451 = arith.addi %v446, %v450 : i64
      %v452 = arith.muli %v444, %v93 : i64
      %v453 = arith.addi %v452, %v82 : i64
      %v454 = llvm.getelementptr %in_g_f[%v451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v455 = llvm.load %v454 : !llvm.ptr -> f32
      %v457 = arith.addi %v81, %v456 : i64
      %v458 = arith.constant true
      %v459 = arith.addi %v30, %v457 : i64
      %v460 = llvm.getelementptr %v5[%v459] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v461 = llvm.load %v460 : !llvm.ptr<3> -> i64
      %v462 = arith.addi %v77, %v82 : i64
      %v463 = arith.cmpi slt, %v462, %v79 : i64
      %v464 = arith.subi %size_L, %v1 : i64
      %v465 = arith.minsi %v462, %v464 : i64
      %v466 = arith.addi %v461, %v465 : i64
      %v467 = arith.muli %v459, %v93 : i64
      %v468 = arith.addi %v467, %v82 : i64
      %v469 = llvm.getelementptr %in_g_f[%v466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v470 = llvm.load %v469 : !llvm.ptr -> f32
      %v472 = arith.addi %v81, %v471 : i64
      %v473 = arith.constant true
      %v474 = arith.addi %v30, %v472 : i64
      %v475 = llvm.getelementptr %v5[%v474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v476 = llvm.load %v475 : !llvm.ptr<3> -> i64
      %v477 = arith.addi %v77, %v82 : i64
      %v478 = arith.cmpi slt, %v477, %v79 : i64
      %v479 = arith.subi %size_L, %v1 : i64
      %v480 = arith.minsi %v477, %v479 : i64
      %v481 = arith.addi %v476, %v480 : i64
      %v482 = arith.muli %v474, %v93 : i64
      %v483 = arith.addi %v482, %v82 : i64
      %v484 = llvm.getelementptr %in_g_f[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v485 = llvm.load %v484 : !llvm.ptr -> f32
      %v487 = arith.addi %v81, %v486 : i64
      %v488 = arith.constant true
      %v489 = arith.addi %v30, %v487 : i64
      %v490 = llvm.getelementptr %v5[%v489] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v491 = llvm.load %v490 : !llvm.ptr<3> -> i64
      %v492 = arith.addi %v77, %v82 : i64
      %v493 = arith.cmpi slt, %v492, %v79 : i64
      %v494 = arith.subi %size_L, %v1 : i64
      %v495 = arith.minsi %v492, %v494 : i64
      %v496 = arith.addi %v491, %v495 : i64
      %v497 = arith.muli %v489, %v93 : i64
      %v498 = arith.addi %v497, %v82 : i64
      %v499 = llvm.getelementptr %in_g_f[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v500 = llvm.load %v499 : !llvm.ptr -> f32
      %v502 = arith.addi %v81, %v501 : i64
      %v503 = arith.constant true
      %v504 = arith.addi %v30, %v502 : i64
      %v505 = llvm.getelementptr %v5[%v504] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v506 = llvm.load %v505 : !llvm.ptr<3> -> i64
      %v507 = arith.addi %v77, %v82 : i64
      %v508 = arith.cmpi slt, %v507, %v79 : i64
      %v509 = arith.subi %size_L, %v1 : i64
      %v510 = arith.minsi %v507, %v509 : i64
      %v511 = arith.addi %v506, %v510 : i64
      %v512 = arith.muli %v504, %v93 : i64
      %v513 = arith.addi %v512, %v82 : i64
      %v514 = llvm.getelementptr %in_g_f[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v515 = llvm.load %v514 : !llvm.ptr -> f32
      %v517 = arith.addi %v81, %v516 : i64
      %v518 = arith.constant true
      %v519 = arith.addi %v30, %v517 : i64
      %v520 = llvm.getelementptr %v5[%v519] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v521 = llvm.load %v520 : !llvm.ptr<3> -> i64
      %v522 = arith.addi %v77, %v82 : i64
      %v523 = arith.cmpi slt, %v522, %v79 : i64
      %v524 = arith.subi %size_L, %v1 : i64
      %v525 = arith.minsi %v522, %v524 : i64
      %v526 = arith.addi %v521, %v525 : i64
      %v527 = arith.muli %v519, %v93 : i64
      %v528 = arith.addi %v527, %v82 : i64
      %v529 = llvm.getelementptr %in_g_f[%v526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v530 = llvm.load %v529 : !llvm.ptr -> f32
      %v532 = arith.addi %v81, %v531 : i64
      %v533 = arith.constant true
      %v534 = arith.addi %v30, %v532 : i64
      %v535 = llvm.getelementptr %v5[%v534] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v536 = llvm.load %v535 : !llvm.ptr<3> -> i64
      %v537 = arith.addi %v77, %v82 : i64
      %v538 = arith.cmpi slt, %v537, %v79 : i64
      %v539 = arith.subi %size_L, %v1 : i64
      %v540 = arith.minsi %v537, %v539 : i64
      %v541 = arith.addi %v536, %v540 : i64
      %v542 = arith.muli %v534, %v93 : i64
      %v543 = arith.addi %v542, %v82 : i64
      %v544 = llvm.getelementptr %in_g_f[%v541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v545 = llvm.load %v544 : !llvm.ptr -> f32
      %v547 = arith.addi %v81, %v546 : i64
      %v548 = arith.constant true
      %v549 = arith.addi %v30, %v547 : i64
      %v550 = llvm.getelementptr %v5[%v549] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v551 = llvm.load %v550 : !llvm.ptr<3> -> i64
      %v552 = arith.addi %v77, %v82 : i64
      %v553 = arith.cmpi slt, %v552, %v79 : i64
      %v554 = arith.subi %size_L, %v1 : i64
      %v555 = arith.minsi %v552, %v554 : i64
      %v556 = arith.addi %v551, %v555 : i64
      %v557 = arith.muli %v549, %v93 : i64
      %v558 = arith.addi %v557, %v82 : i64
      %v559 = llvm.getelementptr %in_g_f[%v556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v560 = llvm.load %v559 : !llvm.ptr -> f32
      scf.if %v84 {
        %v561 = llvm.getelementptr %v6[%v95] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v97, %v561 : f32, !llvm.ptr<3>
      }
      scf.if %v99 {
        %v562 = llvm.getelementptr %v6[%v109] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v111, %v562 : f32, !llvm.ptr<3>
      }
      scf.if %v114 {
        %v563 = llvm.getelementptr %v6[%v124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v126, %v563 : f32, !llvm.ptr<3>
      }
      scf.if %v129 {
        %v564 = llvm.getelementptr %v6[%v139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v141, %v564 : f32, !llvm.ptr<3>
      }
      scf.if %v144 {
        %v565 = llvm.getelementptr %v6[%v154] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v156, %v565 : f32, !llvm.ptr<3>
      }
      scf.if %v159 {
        %v566 = llvm.getelementptr %v6[%v169] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v171, %v566 : f32, !llvm.ptr<3>
      }
      scf.if %v174 {
        %v567 = llvm.getelementptr %v6[%v184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v186, %v567 : f32, !llvm.ptr<3>
      }
      scf.if %v189 {
        %v568 = llvm.getelementptr %v6[%v199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v201, %v568 : f32, !llvm.ptr<3>
      }
      scf.if %v204 {
        %v569 = llvm.getelementptr %v6[%v214] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v216, %v569 : f32, !llvm.ptr<3>
      }
      scf.if %v219 {
        %v570 = llvm.getelementptr %v6[%v229] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v231, %v570 : f32, !llvm.ptr<3>
      }
      scf.if %v234 {
        %v571 = llvm.getelementptr %v6[%v244] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v246, %v571 : f32, !llvm.ptr<3>
      }
      scf.if %v249 {
        %v572 = llvm.getelementptr %v6[%v259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v261, %v572 : f32, !llvm.ptr<3>
      }
      scf.if %v264 {
        %v573 = llvm.getelementptr %v6[%v274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v276, %v573 : f32, !llvm.ptr<3>
      }
      scf.if %v279 {
        %v574 = llvm.getelementptr %v6[%v289] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v291, %v574 : f32, !llvm.ptr<3>
      }
      scf.if %v294 {
        %v575 = llvm.getelementptr %v6[%v304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v306, %v575 : f32, !llvm.ptr<3>
      }
      scf.if %v309 {
        %v576 = llvm.getelementptr %v6[%v319] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v321, %v576 : f32, !llvm.ptr<3>
      }
      scf.if %v323 {
        %v577 = llvm.getelementptr %v6[%v333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v335, %v577 : f32, !llvm.ptr<3>
      }
      scf.if %v338 {
        %v578 = llvm.getelementptr %v6[%v348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v350, %v578 : f32, !llvm.ptr<3>
      }
      scf.if %v353 {
        %v579 = llvm.getelementptr %v6[%v363] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v365, %v579 : f32, !llvm.ptr<3>
      }
      scf.if %v368 {
        %v580 = llvm.getelementptr %v6[%v378] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v380, %v580 : f32, !llvm.ptr<3>
      }
      scf.if %v383 {
        %v581 = llvm.getelementptr %v6[%v393] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v395, %v581 : f32, !llvm.ptr<3>
      }
      scf.if %v398 {
        %v582 = llvm.getelementptr %v6[%v408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v410, %v582 : f32, !llvm.ptr<3>
      }
      scf.if %v413 {
        %v583 = llvm.getelementptr %v6[%v423] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v425, %v583 : f32, !llvm.ptr<3>
      }
      scf.if %v428 {
        %v584 = llvm.getelementptr %v6[%v438] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v440, %v584 : f32, !llvm.ptr<3>
      }
      scf.if %v443 {
        %v585 = llvm.getelementptr %v6[%v453] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v455, %v585 : f32, !llvm.ptr<3>
      }
      scf.if %v458 {
        %v586 = llvm.getelementptr %v6[%v468] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v470, %v586 : f32, !llvm.ptr<3>
      }
      scf.if %v473 {
        %v587 = llvm.getelementptr %v6[%v483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v485, %v587 : f32, !llvm.ptr<3>
      }
      scf.if %v488 {
        %v588 = llvm.getelementptr %v6[%v498] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v500, %v588 : f32, !llvm.ptr<3>
      }
      scf.if %v503 {
        %v589 = llvm.getelementptr %v6[%v513] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v515, %v589 : f32, !llvm.ptr<3>
      }
      scf.if %v518 {
        %v590 = llvm.getelementptr %v6[%v528] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v530, %v590 : f32, !llvm.ptr<3>
      }
      scf.if %v533 {
        %v591 = llvm.getelementptr %v6[%v543] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v545, %v591 : f32, !llvm.ptr<3>
      }
      scf.if %v548 {
        %v592 = llvm.getelementptr %v6[%v558] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v560, %v592 : f32, !llvm.ptr<3>
      }
      // end staged load of `g_f`
      // staged load of `g_c`'s first tile: read, then shared memory
      %v593 = arith.divui %v13, %v80 : i64
      %v594 = arith.remui %v13, %v80 : i64
      %v595 = arith.addi %v593, %v30 : i64
      %v596 = arith.constant true
      %v597 = arith.addi %v15, %v595 : i64
      %v598 = llvm.getelementptr %v5[%v597] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v599 = llvm.load %v598 : !llvm.ptr<3> -> i64
      %v600 = arith.addi %v77, %v594 : i64
      %v601 = arith.cmpi slt, %v600, %v79 : i64
      %v602 = arith.subi %size_L, %v1 : i64
      %v603 = arith.minsi %v600, %v602 : i64
      %v604 = arith.addi %v599, %v603 : i64
      %v605 = arith.muli %v597, %v93 : i64
      %v606 = arith.addi %v605, %v594 : i64
      %v607 = llvm.getelementptr %in_g_c[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v608 = llvm.load %v607 : !llvm.ptr -> f32
      %v609 = arith.addi %v593, %v54 : i64
      %v610 = arith.constant true
      %v611 = arith.addi %v15, %v609 : i64
      %v612 = llvm.getelementptr %v5[%v611] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v613 = llvm.load %v612 : !llvm.ptr<3> -> i64
      %v614 = arith.addi %v77, %v594 : i64
      %v615 = arith.cmpi slt, %v614, %v79 : i64
      %v616 = arith.subi %size_L, %v1 : i64
      %v617 = arith.minsi %v614, %v616 : i64
      %v618 = arith.addi %v613, %v617 : i64
      %v619 = arith.muli %v611, %v93 : i64
      %v620 = arith.addi %v619, %v594 : i64
      %v621 = llvm.getelementptr %in_g_c[%v618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v622 = llvm.load %v621 : !llvm.ptr -> f32
      %v623 = arith.addi %v593, %v112 : i64
      %v624 = arith.constant true
      %v625 = arith.addi %v15, %v623 : i64
      %v626 = llvm.getelementptr %v5[%v625] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v627 = llvm.load %v626 : !llvm.ptr<3> -> i64
      %v628 = arith.addi %v77, %v594 : i64
      %v629 = arith.cmpi slt, %v628, %v79 : i64
      %v630 = arith.subi %size_L, %v1 : i64
      %v631 = arith.minsi %v628, %v630 : i64
      %v632 = arith.addi %v627, %v631 : i64
      %v633 = arith.muli %v625, %v93 : i64
      %v634 = arith.addi %v633, %v594 : i64
      %v635 = llvm.getelementptr %in_g_c[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v636 = llvm.load %v635 : !llvm.ptr -> f32
      %v637 = arith.addi %v593, %v127 : i64
      %v638 = arith.constant true
      %v639 = arith.addi %v15, %v637 : i64
      %v640 = llvm.getelementptr %v5[%v639] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v641 = llvm.load %v640 : !llvm.ptr<3> -> i64
      %v642 = arith.addi %v77, %v594 : i64
      %v643 = arith.cmpi slt, %v642, %v79 : i64
      %v644 = arith.subi %size_L, %v1 : i64
      %v645 = arith.minsi %v642, %v644 : i64
      %v646 = arith.addi %v641, %v645 : i64
      %v647 = arith.muli %v639, %v93 : i64
      %v648 = arith.addi %v647, %v594 : i64
      %v649 = llvm.getelementptr %in_g_c[%v646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v650 = llvm.load %v649 : !llvm.ptr -> f32
      %v651 = arith.addi %v593, %v142 : i64
      %v652 = arith.constant true
      %v653 = arith.addi %v15, %v651 : i64
      %v654 = llvm.getelementptr %v5[%v653] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v655 = llvm.load %v654 : !llvm.ptr<3> -> i64
      %v656 = arith.addi %v77, %v594 : i64
      %v657 = arith.cmpi slt, %v656, %v79 : i64
      %v658 = arith.subi %size_L, %v1 : i64
      %v659 = arith.minsi %v656, %v658 : i64
      %v660 = arith.addi %v655, %v659 : i64
      %v661 = arith.muli %v653, %v93 : i64
      %v662 = arith.addi %v661, %v594 : i64
      %v663 = llvm.getelementptr %in_g_c[%v660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v664 = llvm.load %v663 : !llvm.ptr -> f32
      %v665 = arith.addi %v593, %v157 : i64
      %v666 = arith.constant true
      %v667 = arith.addi %v15, %v665 : i64
      %v668 = llvm.getelementptr %v5[%v667] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v669 = llvm.load %v668 : !llvm.ptr<3> -> i64
      %v670 = arith.addi %v77, %v594 : i64
      %v671 = arith.cmpi slt, %v670, %v79 : i64
      %v672 = arith.subi %size_L, %v1 : i64
      %v673 = arith.minsi %v670, %v672 : i64
      %v674 = arith.addi %v669, %v673 : i64
      %v675 = arith.muli %v667, %v93 : i64
      %v676 = arith.addi %v675, %v594 : i64
      %v677 = llvm.getelementptr %in_g_c[%v674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v678 = llvm.load %v677 : !llvm.ptr -> f32
      %v679 = arith.addi %v593, %v172 : i64
      %v680 = arith.constant true
      %v681 = arith.addi %v15, %v679 : i64
      %v682 = llvm.getelementptr %v5[%v681] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v683 = llvm.load %v682 : !llvm.ptr<3> -> i64
      %v684 = arith.addi %v77, %v594 : i64
      %v685 = arith.cmpi slt, %v684, %v79 : i64
      %v686 = arith.subi %size_L, %v1 : i64
      %v687 = arith.minsi %v684, %v686 : i64
      %v688 = arith.addi %v683, %v687 : i64
      %v689 = arith.muli %v681, %v93 : i64
      %v690 = arith.addi %v689, %v594 : i64
      %v691 = llvm.getelementptr %in_g_c[%v688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v692 = llvm.load %v691 : !llvm.ptr -> f32
      %v693 = arith.addi %v593, %v187 : i64
      %v694 = arith.constant true
      %v695 = arith.addi %v15, %v693 : i64
      %v696 = llvm.getelementptr %v5[%v695] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v697 = llvm.load %v696 : !llvm.ptr<3> -> i64
      %v698 = arith.addi %v77, %v594 : i64
      %v699 = arith.cmpi slt, %v698, %v79 : i64
      %v700 = arith.subi %size_L, %v1 : i64
      %v701 = arith.minsi %v698, %v700 : i64
      %v702 = arith.addi %v697, %v701 : i64
      %v703 = arith.muli %v695, %v93 : i64
      %v704 = arith.addi %v703, %v594 : i64
      %v705 = llvm.getelementptr %in_g_c[%v702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v706 = llvm.load %v705 : !llvm.ptr -> f32
      %v707 = arith.addi %v593, %v202 : i64
      %v708 = arith.constant true
      %v709 = arith.addi %v15, %v707 : i64
      %v710 = llvm.getelementptr %v5[%v709] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v711 = llvm.load %v710 : !llvm.ptr<3> -> i64
      %v712 = arith.addi %v77, %v594 : i64
      %v713 = arith.cmpi slt, %v712, %v79 : i64
      %v714 = arith.subi %size_L, %v1 : i64
      %v715 = arith.minsi %v712, %v714 : i64
      %v716 = arith.addi %v711, %v715 : i64
      %v717 = arith.muli %v709, %v93 : i64
      %v718 = arith.addi %v717, %v594 : i64
      %v719 = llvm.getelementptr %in_g_c[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v720 = llvm.load %v719 : !llvm.ptr -> f32
      %v721 = arith.addi %v593, %v217 : i64
      %v722 = arith.constant true
      %v723 = arith.addi %v15, %v721 : i64
      %v724 = llvm.getelementptr %v5[%v723] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v725 = llvm.load %v724 : !llvm.ptr<3> -> i64
      %v726 = arith.addi %v77, %v594 : i64
      %v727 = arith.cmpi slt, %v726, %v79 : i64
      %v728 = arith.subi %size_L, %v1 : i64
      %v729 = arith.minsi %v726, %v728 : i64
      %v730 = arith.addi %v725, %v729 : i64
      %v731 = arith.muli %v723, %v93 : i64
      %v732 = arith.addi %v731, %v594 : i64
      %v733 = llvm.getelementptr %in_g_c[%v730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v734 = llvm.load %v733 : !llvm.ptr -> f32
      %v735 = arith.addi %v593, %v232 : i64
      %v736 = arith.constant true
      %v737 = arith.addi %v15, %v735 : i64
      %v738 = llvm.getelementptr %v5[%v737] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v739 = llvm.load %v738 : !llvm.ptr<3> -> i64
      %v740 = arith.addi %v77, %v594 : i64
      %v741 = arith.cmpi slt, %v740, %v79 : i64
      %v742 = arith.subi %size_L, %v1 : i64
      %v743 = arith.minsi %v740, %v742 : i64
      %v744 = arith.addi %v739, %v743 : i64
      %v745 = arith.muli %v737, %v93 : i64
      %v746 = arith.addi %v745, %v594 : i64
      %v747 = llvm.getelementptr %in_g_c[%v744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v748 = llvm.load %v747 : !llvm.ptr -> f32
      %v749 = arith.addi %v593, %v247 : i64
      %v750 = arith.constant true
      %v751 = arith.addi %v15, %v749 : i64
      %v752 = llvm.getelementptr %v5[%v751] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v753 = llvm.load %v752 : !llvm.ptr<3> -> i64
      %v754 = arith.addi %v77, %v594 : i64
      %v755 = arith.cmpi slt, %v754, %v79 : i64
      %v756 = arith.subi %size_L, %v1 : i64
      %v757 = arith.minsi %v754, %v756 : i64
      %v758 = arith.addi %v753, %v757 : i64
      %v759 = arith.muli %v751, %v93 : i64
      %v760 = arith.addi %v759, %v594 : i64
      %v761 = llvm.getelementptr %in_g_c[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v762 = llvm.load %v761 : !llvm.ptr -> f32
      %v763 = arith.addi %v593, %v262 : i64
      %v764 = arith.constant true
      %v765 = arith.addi %v15, %v763 : i64
      %v766 = llvm.getelementptr %v5[%v765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v767 = llvm.load %v766 : !llvm.ptr<3> -> i64
      %v768 = arith.addi %v77, %v594 : i64
      %v769 = arith.cmpi slt, %v768, %v79 : i64
      %v770 = arith.subi %size_L, %v1 : i64
      %v771 = arith.minsi %v768, %v770 : i64
      %v772 = arith.addi %v767, %v771 : i64
      %v773 = arith.muli %v765, %v93 : i64
      %v774 = arith.addi %v773, %v594 : i64
      %v775 = llvm.getelementptr %in_g_c[%v772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v776 = llvm.load %v775 : !llvm.ptr -> f32
      %v777 = arith.addi %v593, %v277 : i64
      %v778 = arith.constant true
      %v779 = arith.addi %v15, %v777 : i64
      %v780 = llvm.getelementptr %v5[%v779] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v781 = llvm.load %v780 : !llvm.ptr<3> -> i64
      %v782 = arith.addi %v77, %v594 : i64
      %v783 = arith.cmpi slt, %v782, %v79 : i64
      %v784 = arith.subi %size_L, %v1 : i64
      %v785 = arith.minsi %v782, %v784 : i64
      %v786 = arith.addi %v781, %v785 : i64
      %v787 = arith.muli %v779, %v93 : i64
      %v788 = arith.addi %v787, %v594 : i64
      %v789 = llvm.getelementptr %in_g_c[%v786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v790 = llvm.load %v789 : !llvm.ptr -> f32
      %v791 = arith.addi %v593, %v292 : i64
      %v792 = arith.constant true
      %v793 = arith.addi %v15, %v791 : i64
      %v794 = llvm.getelementptr %v5[%v793] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v795 = llvm.load %v794 : !llvm.ptr<3> -> i64
      %v796 = arith.addi %v77, %v594 : i64
      %v797 = arith.cmpi slt, %v796, %v79 : i64
      %v798 = arith.subi %size_L, %v1 : i64
      %v799 = arith.minsi %v796, %v798 : i64
      %v800 = arith.addi %v795, %v799 : i64
      %v801 = arith.muli %v793, %v93 : i64
      %v802 = arith.addi %v801, %v594 : i64
      %v803 = llvm.getelementptr %in_g_c[%v800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v804 = llvm.load %v803 : !llvm.ptr -> f32
      %v805 = arith.addi %v593, %v307 : i64
      %v806 = arith.constant true
      %v807 = arith.addi %v15, %v805 : i64
      %v808 = llvm.getelementptr %v5[%v807] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v809 = llvm.load %v808 : !llvm.ptr<3> -> i64
      %v810 = arith.addi %v77, %v594 : i64
      %v811 = arith.cmpi slt, %v810, %v79 : i64
      %v812 = arith.subi %size_L, %v1 : i64
      %v813 = arith.minsi %v810, %v812 : i64
      %v814 = arith.addi %v809, %v813 : i64
      %v815 = arith.muli %v807, %v93 : i64
      %v816 = arith.addi %v815, %v594 : i64
      %v817 = llvm.getelementptr %in_g_c[%v814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v818 = llvm.load %v817 : !llvm.ptr -> f32
      %v819 = arith.addi %v593, %v80 : i64
      %v820 = arith.constant true
      %v821 = arith.addi %v15, %v819 : i64
      %v822 = llvm.getelementptr %v5[%v821] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v823 = llvm.load %v822 : !llvm.ptr<3> -> i64
      %v824 = arith.addi %v77, %v594 : i64
      %v825 = arith.cmpi slt, %v824, %v79 : i64
      %v826 = arith.subi %size_L, %v1 : i64
      %v827 = arith.minsi %v824, %v826 : i64
      %v828 = arith.addi %v823, %v827 : i64
      %v829 = arith.muli %v821, %v93 : i64
      %v830 = arith.addi %v829, %v594 : i64
      %v831 = llvm.getelementptr %in_g_c[%v828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v832 = llvm.load %v831 : !llvm.ptr -> f32
      %v833 = arith.addi %v593, %v336 : i64
      %v834 = arith.constant true
      %v835 = arith.addi %v15, %v833 : i64
      %v836 = llvm.getelementptr %v5[%v835] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v837 = llvm.load %v836 : !llvm.ptr<3> -> i64
      %v838 = arith.addi %v77, %v594 : i64
      %v839 = arith.cmpi slt, %v838, %v79 : i64
      %v840 = arith.subi %size_L, %v1 : i64
      %v841 = arith.minsi %v838, %v840 : i64
      %v842 = arith.addi %v837, %v841 : i64
      %v843 = arith.muli %v835, %v93 : i64
      %v844 = arith.addi %v843, %v594 : i64
      %v845 = llvm.getelementptr %in_g_c[%v842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v846 = llvm.load %v845 : !llvm.ptr -> f32
      %v847 = arith.addi %v593, %v351 : i64
      %v848 = arith.constant true
      %v849 = arith.addi %v15, %v847 : i64
      %v850 = llvm.getelementptr %v5[%v849] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v851 = llvm.load %v850 : !llvm.ptr<3> -> i64
      %v852 = arith.addi %v77, %v594 : i64
      %v853 = arith.cmpi slt, %v852, %v79 : i64
      %v854 = arith.subi %size_L, %v1 : i64
      %v855 = arith.minsi %v852, %v854 : i64
      %v856 = arith.addi %v851, %v855 : i64
      %v857 = arith.muli %v849, %v93 : i64
      %v858 = arith.addi %v857, %v594 : i64
      %v859 = llvm.getelementptr %in_g_c[%v856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v860 = llvm.load %v859 : !llvm.ptr -> f32
      %v861 = arith.addi %v593, %v366 : i64
      %v862 = arith.constant true
      %v863 = arith.addi %v15, %v861 : i64
      %v864 = llvm.getelementptr %v5[%v863] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v865 = llvm.load %v864 : !llvm.ptr<3> -> i64
      %v866 = arith.addi %v77, %v594 : i64
      %v867 = arith.cmpi slt, %v866, %v79 : i64
      %v868 = arith.subi %size_L, %v1 : i64
      %v869 = arith.minsi %v866, %v868 : i64
      %v870 = arith.addi %v865, %v869 : i64
      %v871 = arith.muli %v863, %v93 : i64
      %v872 = arith.addi %v871, %v594 : i64
      %v873 = llvm.getelementptr %in_g_c[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v874 = llvm.load %v873 : !llvm.ptr -> f32
      %v875 = arith.addi %v593, %v381 : i64
      %v876 = arith.constant true
      %v877 = arith.addi %v15, %v875 : i64
      %v878 = llvm.getelementptr %v5[%v877] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v879 = llvm.load %v878 : !llvm.ptr<3> -> i64
      %v880 = arith.addi %v77, %v594 : i64
      %v881 = arith.cmpi slt, %v880, %v79 : i64
      %v882 = arith.subi %size_L, %v1 : i64
      %v883 = arith.minsi %v880, %v882 : i64
      %v884 = arith.addi %v879, %v883 : i64
      %v885 = arith.muli %v877, %v93 : i64
      %v886 = arith.addi %v885, %v594 : i64
      %v887 = llvm.getelementptr %in_g_c[%v884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v888 = llvm.load %v887 : !llvm.ptr -> f32
      %v889 = arith.addi %v593, %v396 : i64
      %v890 = arith.constant true
      %v891 = arith.addi %v15, %v889 : i64
      %v892 = llvm.getelementptr %v5[%v891] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v893 = llvm.load %v892 : !llvm.ptr<3> -> i64
      %v894 = arith.addi %v77, %v594 : i64
      %v895 = arith.cmpi slt, %v894, %v79 : i64
      %v896 = arith.subi %size_L, %v1 : i64
      %v897 = arith.minsi %v894, %v896 : i64
      %v898 = arith.addi %v893, %v897 : i64
      %v899 = arith.muli %v891, %v93 : i64
      %v900 = arith.addi %v899, %v594 : i64
      %v901 = llvm.getelementptr %in_g_c[%v898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v902 = llvm.load %v901 : !llvm.ptr -> f32
      %v903 = arith.addi %v593, %v411 : i64
      %v904 = arith.constant true
      %v905 = arith.addi %v15, %v903 : i64
      %v906 = llvm.getelementptr %v5[%v905] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v907 = llvm.load %v906 : !llvm.ptr<3> -> i64
      %v908 = arith.addi %v77, %v594 : i64
      %v909 = arith.cmpi slt, %v908, %v79 : i64
      %v910 = arith.subi %size_L, %v1 : i64
      %v911 = arith.minsi %v908, %v910 : i64
      %v912 = arith.addi %v907, %v911 : i64
      %v913 = arith.muli %v905, %v93 : i64
      %v914 = arith.addi %v913, %v594 : i64
      %v915 = llvm.getelementptr %in_g_c[%v912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v916 = llvm.load %v915 : !llvm.ptr -> f32
      %v917 = arith.addi %v593, %v426 : i64
      %v918 = arith.constant true
      %v919 = arith.addi %v15, %v917 : i64
      %v920 = llvm.getelementptr %v5[%v919] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v921 = llvm.load %v920 : !llvm.ptr<3> -> i64
      %v922 = arith.addi %v77, %v594 : i64
      %v923 = arith.cmpi slt, %v922, %v79 : i64
      %v924 = arith.subi %size_L, %v1 : i64
      %v925 = arith.minsi %v922, %v924 : i64
      %v926 = arith.addi %v921, %v925 : i64
      %v927 = arith.muli %v919, %v93 : i64
      %v928 = arith.addi %v927, %v594 : i64
      %v929 = llvm.getelementptr %in_g_c[%v926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v930 = llvm.load %v929 : !llvm.ptr -> f32
      %v931 = arith.addi %v593, %v441 : i64
      %v932 = arith.constant true
      %v933 = arith.addi %v15, %v931 : i64
      %v934 = llvm.getelementptr %v5[%v933] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v935 = llvm.load %v934 : !llvm.ptr<3> -> i64
      %v936 = arith.addi %v77, %v594 : i64
      %v937 = arith.cmpi slt, %v936, %v79 : i64
      %v938 = arith.subi %size_L, %v1 : i64
      %v939 = arith.minsi %v936, %v938 : i64
      %v940 = arith.addi %v935, %v939 : i64
      %v941 = arith.muli %v933, %v93 : i64
      %v942 = arith.addi %v941, %v594 : i64
      %v943 = llvm.getelementptr %in_g_c[%v940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v944 = llvm.load %v943 : !llvm.ptr -> f32
      %v945 = arith.addi %v593, %v456 : i64
      %v946 = arith.constant true
      %v947 = arith.addi %v15, %v945 : i64
      %v948 = llvm.getelementptr %v5[%v947] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v949 = llvm.load %v948 : !llvm.ptr<3> -> i64
      %v950 = arith.addi %v77, %v594 : i64
      %v951 = arith.cmpi slt, %v950, %v79 : i64
      %v952 = arith.subi %size_L, %v1 : i64
      %v953 = arith.minsi %v950, %v952 : i64
      %v954 = arith.addi %v949, %v953 : i64
      %v955 = arith.muli %v947, %v93 : i64
      %v956 = arith.addi %v955, %v594 : i64
      %v957 = llvm.getelementptr %in_g_c[%v954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v958 = llvm.load %v957 : !llvm.ptr -> f32
      %v959 = arith.addi %v593, %v471 : i64
      %v960 = arith.constant true
      %v961 = arith.addi %v15, %v959 : i64
      %v962 = llvm.getelementptr %v5[%v961] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v963 = llvm.load %v962 : !llvm.ptr<3> -> i64
      %v964 = arith.addi %v77, %v594 : i64
      %v965 = arith.cmpi slt, %v964, %v79 : i64
      %v966 = arith.subi %size_L, %v1 : i64
      %v967 = arith.minsi %v964, %v966 : i64
      %v968 = arith.addi %v963, %v967 : i64
      %v969 = arith.muli %v961, %v93 : i64
      %v970 = arith.addi %v969, %v594 : i64
      %v971 = llvm.getelementptr %in_g_c[%v968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v972 = llvm.load %v971 : !llvm.ptr -> f32
      %v973 = arith.addi %v593, %v486 : i64
      %v974 = arith.constant true
      %v975 = arith.addi %v15, %v973 : i64
      %v976 = llvm.getelementptr %v5[%v975] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v977 = llvm.load %v976 : !llvm.ptr<3> -> i64
      %v978 = arith.addi %v77, %v594 : i64
      %v979 = arith.cmpi slt, %v978, %v79 : i64
      %v980 = arith.subi %size_L, %v1 : i64
      %v981 = arith.minsi %v978, %v980 : i64
      %v982 = arith.addi %v977, %v981 : i64
      %v983 = arith.muli %v975, %v93 : i64
      %v984 = arith.addi %v983, %v594 : i64
      %v985 = llvm.getelementptr %in_g_c[%v982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v986 = llvm.load %v985 : !llvm.ptr -> f32
      %v987 = arith.addi %v593, %v501 : i64
      %v988 = arith.constant true
      %v989 = arith.addi %v15, %v987 : i64
      %v990 = llvm.getelementptr %v5[%v989] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v991 = llvm.load %v990 : !llvm.ptr<3> -> i64
      %v992 = arith.addi %v77, %v594 : i64
      %v993 = arith.cmpi slt, %v992, %v79 : i64
      %v994 = arith.subi %size_L, %v1 : i64
      %v995 = arith.minsi %v992, %v994 : i64
      %v996 = arith.addi %v991, %v995 : i64
      %v997 = arith.muli %v989, %v93 : i64
      %v998 = arith.addi %v997, %v594 : i64
      %v999 = llvm.getelementptr %in_g_c[%v996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1000 = llvm.load %v999 : !llvm.ptr -> f32
      %v1001 = arith.addi %v593, %v516 : i64
      %v1002 = arith.constant true
      %v1003 = arith.addi %v15, %v1001 : i64
      %v1004 = llvm.getelementptr %v5[%v1003] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1005 = llvm.load %v1004 : !llvm.ptr<3> -> i64
      %v1006 = arith.addi %v77, %v594 : i64
      %v1007 = arith.cmpi slt, %v1006, %v79 : i64
      %v1008 = arith.subi %size_L, %v1 : i64
      %v1009 = arith.minsi %v1006, %v1008 : i64
      %v1010 = arith.addi %v1005, %v1009 : i64
      %v1011 = arith.muli %v1003, %v93 : i64
      %v1012 = arith.addi %v1011, %v594 : i64
      %v1013 = llvm.getelementptr %in_g_c[%v1010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1014 = llvm.load %v1013 : !llvm.ptr -> f32
      %v1015 = arith.addi %v593, %v531 : i64
      %v1016 = arith.constant true
      %v1017 = arith.addi %v15, %v1015 : i64
      %v1018 = llvm.getelementptr %v5[%v1017] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1019 = llvm.load %v1018 : !llvm.ptr<3> -> i64
      %v1020 = arith.addi %v77, %v594 : i64
      %v1021 = arith.cmpi slt, %v1020, %v79 : i64
      %v1022 = arith.subi %size_L, %v1 : i64
      %v1023 = arith.minsi %v1020, %v1022 : i64
      %v1024 = arith.addi %v1019, %v1023 : i64
      %v1025 = arith.muli %v1017, %v93 : i64
      %v1026 = arith.addi %v1025, %v594 : i64
      %v1027 = llvm.getelementptr %in_g_c[%v1024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1028 = llvm.load %v1027 : !llvm.ptr -> f32
      %v1029 = arith.addi %v593, %v546 : i64
      %v1030 = arith.constant true
      %v1031 = arith.addi %v15, %v1029 : i64
      %v1032 = llvm.getelementptr %v5[%v1031] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1033 = llvm.load %v1032 : !llvm.ptr<3> -> i64
      %v1034 = arith.addi %v77, %v594 : i64
      %v1035 = arith.cmpi slt, %v1034, %v79 : i64
      %v1036 = arith.subi %size_L, %v1 : i64
      %v1037 = arith.minsi %v1034, %v1036 : i64
      %v1038 = arith.addi %v1033, %v1037 : i64
      %v1039 = arith.muli %v1031, %v93 : i64
      %v1040 = arith.addi %v1039, %v594 : i64
      %v1041 = llvm.getelementptr %in_g_c[%v1038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1042 = llvm.load %v1041 : !llvm.ptr -> f32
      scf.if %v596 {
        %v1043 = llvm.getelementptr %v6[%v606] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v608, %v1043 : f32, !llvm.ptr<3>
      }
      scf.if %v610 {
        %v1044 = llvm.getelementptr %v6[%v620] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v622, %v1044 : f32, !llvm.ptr<3>
      }
      scf.if %v624 {
        %v1045 = llvm.getelementptr %v6[%v634] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v636, %v1045 : f32, !llvm.ptr<3>
      }
      scf.if %v638 {
        %v1046 = llvm.getelementptr %v6[%v648] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v650, %v1046 : f32, !llvm.ptr<3>
      }
      scf.if %v652 {
        %v1047 = llvm.getelementptr %v6[%v662] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v664, %v1047 : f32, !llvm.ptr<3>
      }
      scf.if %v666 {
        %v1048 = llvm.getelementptr %v6[%v676] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v678, %v1048 : f32, !llvm.ptr<3>
      }
      scf.if %v680 {
        %v1049 = llvm.getelementptr %v6[%v690] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v692, %v1049 : f32, !llvm.ptr<3>
      }
      scf.if %v694 {
        %v1050 = llvm.getelementptr %v6[%v704] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v706, %v1050 : f32, !llvm.ptr<3>
      }
      scf.if %v708 {
        %v1051 = llvm.getelementptr %v6[%v718] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v720, %v1051 : f32, !llvm.ptr<3>
      }
      scf.if %v722 {
        %v1052 = llvm.getelementptr %v6[%v732] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v734, %v1052 : f32, !llvm.ptr<3>
      }
      scf.if %v736 {
        %v1053 = llvm.getelementptr %v6[%v746] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v748, %v1053 : f32, !llvm.ptr<3>
      }
      scf.if %v750 {
        %v1054 = llvm.getelementptr %v6[%v760] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v762, %v1054 : f32, !llvm.ptr<3>
      }
      scf.if %v764 {
        %v1055 = llvm.getelementptr %v6[%v774] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v776, %v1055 : f32, !llvm.ptr<3>
      }
      scf.if %v778 {
        %v1056 = llvm.getelementptr %v6[%v788] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v790, %v1056 : f32, !llvm.ptr<3>
      }
      scf.if %v792 {
        %v1057 = llvm.getelementptr %v6[%v802] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v804, %v1057 : f32, !llvm.ptr<3>
      }
      scf.if %v806 {
        %v1058 = llvm.getelementptr %v6[%v816] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v818, %v1058 : f32, !llvm.ptr<3>
      }
      scf.if %v820 {
        %v1059 = llvm.getelementptr %v6[%v830] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v832, %v1059 : f32, !llvm.ptr<3>
      }
      scf.if %v834 {
        %v1060 = llvm.getelementptr %v6[%v844] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v846, %v1060 : f32, !llvm.ptr<3>
      }
      scf.if %v848 {
        %v1061 = llvm.getelementptr %v6[%v858] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v860, %v1061 : f32, !llvm.ptr<3>
      }
      scf.if %v862 {
        %v1062 = llvm.getelementptr %v6[%v872] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v874, %v1062 : f32, !llvm.ptr<3>
      }
      scf.if %v876 {
        %v1063 = llvm.getelementptr %v6[%v886] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v888, %v1063 : f32, !llvm.ptr<3>
      }
      scf.if %v890 {
        %v1064 = llvm.getelementptr %v6[%v900] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v902, %v1064 : f32, !llvm.ptr<3>
      }
      scf.if %v904 {
        %v1065 = llvm.getelementptr %v6[%v914] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v916, %v1065 : f32, !llvm.ptr<3>
      }
      scf.if %v918 {
        %v1066 = llvm.getelementptr %v6[%v928] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v930, %v1066 : f32, !llvm.ptr<3>
      }
      scf.if %v932 {
        %v1067 = llvm.getelementptr %v6[%v942] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v944, %v1067 : f32, !llvm.ptr<3>
      }
      scf.if %v946 {
        %v1068 = llvm.getelementptr %v6[%v956] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v958, %v1068 : f32, !llvm.ptr<3>
      }
      scf.if %v960 {
        %v1069 = llvm.getelementptr %v6[%v970] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v972, %v1069 : f32, !llvm.ptr<3>
      }
      scf.if %v974 {
        %v1070 = llvm.getelementptr %v6[%v984] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v986, %v1070 : f32, !llvm.ptr<3>
      }
      scf.if %v988 {
        %v1071 = llvm.getelementptr %v6[%v998] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1000, %v1071 : f32, !llvm.ptr<3>
      }
      scf.if %v1002 {
        %v1072 = llvm.getelementptr %v6[%v1012] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1014, %v1072 : f32, !llvm.ptr<3>
      }
      scf.if %v1016 {
        %v1073 = llvm.getelementptr %v6[%v1026] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1028, %v1073 : f32, !llvm.ptr<3>
      }
      scf.if %v1030 {
        %v1074 = llvm.getelementptr %v6[%v1040] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1042, %v1074 : f32, !llvm.ptr<3>
      }
      // end staged load of `g_c`
      // staged load of `g_o`'s first tile: read, then shared memory
      %v1075 = arith.divui %v13, %v80 : i64
      %v1076 = arith.remui %v13, %v80 : i64
      %v1077 = arith.addi %v1075, %v30 : i64
      %v1078 = arith.constant true
      %v1080 = arith.addi %v1079, %v1077 : i64
      %v1081 = llvm.getelementptr %v5[%v1080] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1082 = llvm.load %v1081 : !llvm.ptr<3> -> i64
      %v1083 = arith.addi %v77, %v1076 : i64
      %v1084 = arith.cmpi slt, %v1083, %v79 : i64
      %v1085 = arith.subi %size_L, %v1 : i64
      %v1086 = arith.minsi %v1083, %v1085 : i64
      %v1087 = arith.addi %v1082, %v1086 : i64
      %v1088 = arith.muli %v1080, %v93 : i64
      %v1089 = arith.addi %v1088, %v1076 : i64
      %v1090 = llvm.getelementptr %in_g_o[%v1087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1091 = llvm.load %v1090 : !llvm.ptr -> f32
      %v1092 = arith.addi %v1075, %v54 : i64
      %v1093 = arith.constant true
      %v1094 = arith.addi %v1079, %v1092 : i64
      %v1095 = llvm.getelementptr %v5[%v1094] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1096 = llvm.load %v1095 : !llvm.ptr<3> -> i64
      %v1097 = arith.addi %v77, %v1076 : i64
      %v1098 = arith.cmpi slt, %v1097, %v79 : i64
      %v1099 = arith.subi %size_L, %v1 : i64
      %v1100 = arith.minsi %v1097, %v1099 : i64
      %v1101 = arith.addi %v1096, %v1100 : i64
      %v1102 = arith.muli %v1094, %v93 : i64
      %v1103 = arith.addi %v1102, %v1076 : i64
      %v1104 = llvm.getelementptr %in_g_o[%v1101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1105 = llvm.load %v1104 : !llvm.ptr -> f32
      %v1106 = arith.addi %v1075, %v112 : i64
      %v1107 = arith.constant true
      %v1108 = arith.addi %v1079, %v1106 : i64
      %v1109 = llvm.getelementptr %v5[%v1108] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1110 = llvm.load %v1109 : !llvm.ptr<3> -> i64
      %v1111 = arith.addi %v77, %v1076 : i64
      %v1112 = arith.cmpi slt, %v1111, %v79 : i64
      %v1113 = arith.subi %size_L, %v1 : i64
      %v1114 = arith.minsi %v1111, %v1113 : i64
      %v1115 = arith.addi %v1110, %v1114 : i64
      %v1116 = arith.muli %v1108, %v93 : i64
      %v1117 = arith.addi %v1116, %v1076 : i64
      %v1118 = llvm.getelementptr %in_g_o[%v1115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1119 = llvm.load %v1118 : !llvm.ptr -> f32
      %v1120 = arith.addi %v1075, %v127 : i64
      %v1121 = arith.constant true
      %v1122 = arith.addi %v1079, %v1120 : i64
      %v1123 = llvm.getelementptr %v5[%v1122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1124 = llvm.load %v1123 : !llvm.ptr<3> -> i64
      %v1125 = arith.addi %v77, %v1076 : i64
      %v1126 = arith.cmpi slt, %v1125, %v79 : i64
      %v1127 = arith.subi %size_L, %v1 : i64
      %v1128 = arith.minsi %v1125, %v1127 : i64
      %v1129 = arith.addi %v1124, %v1128 : i64
      %v1130 = arith.muli %v1122, %v93 : i64
      %v1131 = arith.addi %v1130, %v1076 : i64
      %v1132 = llvm.getelementptr %in_g_o[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1133 = llvm.load %v1132 : !llvm.ptr -> f32
      %v1134 = arith.addi %v1075, %v142 : i64
      %v1135 = arith.constant true
      %v1136 = arith.addi %v1079, %v1134 : i64
      %v1137 = llvm.getelementptr %v5[%v1136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1138 = llvm.load %v1137 : !llvm.ptr<3> -> i64
      %v1139 = arith.addi %v77, %v1076 : i64
      %v1140 = arith.cmpi slt, %v1139, %v79 : i64
      %v1141 = arith.subi %size_L, %v1 : i64
      %v1142 = arith.minsi %v1139, %v1141 : i64
      %v1143 = arith.addi %v1138, %v1142 : i64
      %v1144 = arith.muli %v1136, %v93 : i64
      %v1145 = arith.addi %v1144, %v1076 : i64
      %v1146 = llvm.getelementptr %in_g_o[%v1143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1147 = llvm.load %v1146 : !llvm.ptr -> f32
      %v1148 = arith.addi %v1075, %v157 : i64
      %v1149 = arith.constant true
      %v1150 = arith.addi %v1079, %v1148 : i64
      %v1151 = llvm.getelementptr %v5[%v1150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1152 = llvm.load %v1151 : !llvm.ptr<3> -> i64
      %v1153 = arith.addi %v77, %v1076 : i64
      %v1154 = arith.cmpi slt, %v1153, %v79 : i64
      %v1155 = arith.subi %size_L, %v1 : i64
      %v1156 = arith.minsi %v1153, %v1155 : i64
      %v1157 = arith.addi %v1152, %v1156 : i64
      %v1158 = arith.muli %v1150, %v93 : i64
      %v1159 = arith.addi %v1158, %v1076 : i64
      %v1160 = llvm.getelementptr %in_g_o[%v1157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1161 = llvm.load %v1160 : !llvm.ptr -> f32
      %v1162 = arith.addi %v1075, %v172 : i64
      %v1163 = arith.constant true
      %v1164 = arith.addi %v1079, %v1162 : i64
      %v1165 = llvm.getelementptr %v5[%v1164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1166 = llvm.load %v1165 : !llvm.ptr<3> -> i64
      %v1167 = arith.addi %v77, %v1076 : i64
      %v1168 = arith.cmpi slt, %v1167, %v79 : i64
      %v1169 = arith.subi %size_L, %v1 : i64
      %v1170 = arith.minsi %v1167, %v1169 : i64
      %v1171 = arith.addi %v1166, %v1170 : i64
      %v1172 = arith.muli %v1164, %v93 : i64
      %v1173 = arith.addi %v1172, %v1076 : i64
      %v1174 = llvm.getelementptr %in_g_o[%v1171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1175 = llvm.load %v1174 : !llvm.ptr -> f32
      %v1176 = arith.addi %v1075, %v187 : i64
      %v1177 = arith.constant true
      %v1178 = arith.addi %v1079, %v1176 : i64
      %v1179 = llvm.getelementptr %v5[%v1178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1180 = llvm.load %v1179 : !llvm.ptr<3> -> i64
      %v1181 = arith.addi %v77, %v1076 : i64
      %v1182 = arith.cmpi slt, %v1181, %v79 : i64
      %v1183 = arith.subi %size_L, %v1 : i64
      %v1184 = arith.minsi %v1181, %v1183 : i64
      %v1185 = arith.addi %v1180, %v1184 : i64
      %v1186 = arith.muli %v1178, %v93 : i64
      %v1187 = arith.addi %v1186, %v1076 : i64
      %v1188 = llvm.getelementptr %in_g_o[%v1185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1189 = llvm.load %v1188 : !llvm.ptr -> f32
      %v1190 = arith.addi %v1075, %v202 : i64
      %v1191 = arith.constant true
      %v1192 = arith.addi %v1079, %v1190 : i64
      %v1193 = llvm.getelementptr %v5[%v1192] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1194 = llvm.load %v1193 : !llvm.ptr<3> -> i64
      %v1195 = arith.addi %v77, %v1076 : i64
      %v1196 = arith.cmpi slt, %v1195, %v79 : i64
      %v1197 = arith.subi %size_L, %v1 : i64
      %v1198 = arith.minsi %v1195, %v1197 : i64
      %v1199 = arith.addi %v1194, %v1198 : i64
      %v1200 = arith.muli %v1192, %v93 : i64
      %v1201 = arith.addi %v1200, %v1076 : i64
      %v1202 = llvm.getelementptr %in_g_o[%v1199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1203 = llvm.load %v1202 : !llvm.ptr -> f32
      %v1204 = arith.addi %v1075, %v217 : i64
      %v1205 = arith.constant true
      %v1206 = arith.addi %v1079, %v1204 : i64
      %v1207 = llvm.getelementptr %v5[%v1206] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1208 = llvm.load %v1207 : !llvm.ptr<3> -> i64
      %v1209 = arith.addi %v77, %v1076 : i64
      %v1210 = arith.cmpi slt, %v1209, %v79 : i64
      %v1211 = arith.subi %size_L, %v1 : i64
      %v1212 = arith.minsi %v1209, %v1211 : i64
      %v1213 = arith.addi %v1208, %v1212 : i64
      %v1214 = arith.muli %v1206, %v93 : i64
      %v1215 = arith.addi %v1214, %v1076 : i64
      %v1216 = llvm.getelementptr %in_g_o[%v1213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1217 = llvm.load %v1216 : !llvm.ptr -> f32
      %v1218 = arith.addi %v1075, %v232 : i64
      %v1219 = arith.constant true
      %v1220 = arith.addi %v1079, %v1218 : i64
      %v1221 = llvm.getelementptr %v5[%v1220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1222 = llvm.load %v1221 : !llvm.ptr<3> -> i64
      %v1223 = arith.addi %v77, %v1076 : i64
      %v1224 = arith.cmpi slt, %v1223, %v79 : i64
      %v1225 = arith.subi %size_L, %v1 : i64
      %v1226 = arith.minsi %v1223, %v1225 : i64
      %v1227 = arith.addi %v1222, %v1226 : i64
      %v1228 = arith.muli %v1220, %v93 : i64
      %v1229 = arith.addi %v1228, %v1076 : i64
      %v1230 = llvm.getelementptr %in_g_o[%v1227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1231 = llvm.load %v1230 : !llvm.ptr -> f32
      %v1232 = arith.addi %v1075, %v247 : i64
      %v1233 = arith.constant true
      %v1234 = arith.addi %v1079, %v1232 : i64
      %v1235 = llvm.getelementptr %v5[%v1234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1236 = llvm.load %v1235 : !llvm.ptr<3> -> i64
      %v1237 = arith.addi %v77, %v1076 : i64
      %v1238 = arith.cmpi slt, %v1237, %v79 : i64
      %v1239 = arith.subi %size_L, %v1 : i64
      %v1240 = arith.minsi %v1237, %v1239 : i64
      %v1241 = arith.addi %v1236, %v1240 : i64
      %v1242 = arith.muli %v1234, %v93 : i64
      %v1243 = arith.addi %v1242, %v1076 : i64
      %v1244 = llvm.getelementptr %in_g_o[%v1241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1245 = llvm.load %v1244 : !llvm.ptr -> f32
      %v1246 = arith.addi %v1075, %v262 : i64
      %v1247 = arith.constant true
      %v1248 = arith.addi %v1079, %v1246 : i64
      %v1249 = llvm.getelementptr %v5[%v1248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1250 = llvm.load %v1249 : !llvm.ptr<3> -> i64
      %v1251 = arith.addi %v77, %v1076 : i64
      %v1252 = arith.cmpi slt, %v1251, %v79 : i64
      %v1253 = arith.subi %size_L, %v1 : i64
      %v1254 = arith.minsi %v1251, %v1253 : i64
      %v1255 = arith.addi %v1250, %v1254 : i64
      %v1256 = arith.muli %v1248, %v93 : i64
      %v1257 = arith.addi %v1256, %v1076 : i64
      %v1258 = llvm.getelementptr %in_g_o[%v1255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1259 = llvm.load %v1258 : !llvm.ptr -> f32
      %v1260 = arith.addi %v1075, %v277 : i64
      %v1261 = arith.constant true
      %v1262 = arith.addi %v1079, %v1260 : i64
      %v1263 = llvm.getelementptr %v5[%v1262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1264 = llvm.load %v1263 : !llvm.ptr<3> -> i64
      %v1265 = arith.addi %v77, %v1076 : i64
      %v1266 = arith.cmpi slt, %v1265, %v79 : i64
      %v1267 = arith.subi %size_L, %v1 : i64
      %v1268 = arith.minsi %v1265, %v1267 : i64
      %v1269 = arith.addi %v1264, %v1268 : i64
      %v1270 = arith.muli %v1262, %v93 : i64
      %v1271 = arith.addi %v1270, %v1076 : i64
      %v1272 = llvm.getelementptr %in_g_o[%v1269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1273 = llvm.load %v1272 : !llvm.ptr -> f32
      %v1274 = arith.addi %v1075, %v292 : i64
      %v1275 = arith.constant true
      %v1276 = arith.addi %v1079, %v1274 : i64
      %v1277 = llvm.getelementptr %v5[%v1276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1278 = llvm.load %v1277 : !llvm.ptr<3> -> i64
      %v1279 = arith.addi %v77, %v1076 : i64
      %v1280 = arith.cmpi slt, %v1279, %v79 : i64
      %v1281 = arith.subi %size_L, %v1 : i64
      %v1282 = arith.minsi %v1279, %v1281 : i64
      %v1283 = arith.addi %v1278, %v1282 : i64
      %v1284 = arith.muli %v1276, %v93 : i64
      %v1285 = arith.addi %v1284, %v1076 : i64
      %v1286 = llvm.getelementptr %in_g_o[%v1283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1287 = llvm.load %v1286 : !llvm.ptr -> f32
      %v1288 = arith.addi %v1075, %v307 : i64
      %v1289 = arith.constant true
      %v1290 = arith.addi %v1079, %v1288 : i64
      %v1291 = llvm.getelementptr %v5[%v1290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1292 = llvm.load %v1291 : !llvm.ptr<3> -> i64
      %v1293 = arith.addi %v77, %v1076 : i64
      %v1294 = arith.cmpi slt, %v1293, %v79 : i64
      %v1295 = arith.subi %size_L, %v1 : i64
      %v1296 = arith.minsi %v1293, %v1295 : i64
      %v1297 = arith.addi %v1292, %v1296 : i64
      %v1298 = arith.muli %v1290, %v93 : i64
      %v1299 = arith.addi %v1298, %v1076 : i64
      %v1300 = llvm.getelementptr %in_g_o[%v1297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1301 = llvm.load %v1300 : !llvm.ptr -> f32
      %v1302 = arith.addi %v1075, %v80 : i64
      %v1303 = arith.constant true
      %v1304 = arith.addi %v1079, %v1302 : i64
      %v1305 = llvm.getelementptr %v5[%v1304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1306 = llvm.load %v1305 : !llvm.ptr<3> -> i64
      %v1307 = arith.addi %v77, %v1076 : i64
      %v1308 = arith.cmpi slt, %v1307, %v79 : i64
      %v1309 = arith.subi %size_L, %v1 : i64
      %v1310 = arith.minsi %v1307, %v1309 : i64
      %v1311 = arith.addi %v1306, %v1310 : i64
      %v1312 = arith.muli %v1304, %v93 : i64
      %v1313 = arith.addi %v1312, %v1076 : i64
      %v1314 = llvm.getelementptr %in_g_o[%v1311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1315 = llvm.load %v1314 : !llvm.ptr -> f32
      %v1316 = arith.addi %v1075, %v336 : i64
      %v1317 = arith.constant true
      %v1318 = arith.addi %v1079, %v1316 : i64
      %v1319 = llvm.getelementptr %v5[%v1318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1320 = llvm.load %v1319 : !llvm.ptr<3> -> i64
      %v1321 = arith.addi %v77, %v1076 : i64
      %v1322 = arith.cmpi slt, %v1321, %v79 : i64
      %v1323 = arith.subi %size_L, %v1 : i64
      %v1324 = arith.minsi %v1321, %v1323 : i64
      %v1325 = arith.addi %v1320, %v1324 : i64
      %v1326 = arith.muli %v1318, %v93 : i64
      %v1327 = arith.addi %v1326, %v1076 : i64
      %v1328 = llvm.getelementptr %in_g_o[%v1325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1329 = llvm.load %v1328 : !llvm.ptr -> f32
      %v1330 = arith.addi %v1075, %v351 : i64
      %v1331 = arith.constant true
      %v1332 = arith.addi %v1079, %v1330 : i64
      %v1333 = llvm.getelementptr %v5[%v1332] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1334 = llvm.load %v1333 : !llvm.ptr<3> -> i64
      %v1335 = arith.addi %v77, %v1076 : i64
      %v1336 = arith.cmpi slt, %v1335, %v79 : i64
      %v1337 = arith.subi %size_L, %v1 : i64
      %v1338 = arith.minsi %v1335, %v1337 : i64
      %v1339 = arith.addi %v1334, %v1338 : i64
      %v1340 = arith.muli %v1332, %v93 : i64
      %v1341 = arith.addi %v1340, %v1076 : i64
      %v1342 = llvm.getelementptr %in_g_o[%v1339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1343 = llvm.load %v1342 : !llvm.ptr -> f32
      %v1344 = arith.addi %v1075, %v366 : i64
      %v1345 = arith.constant true
      %v1346 = arith.addi %v1079, %v1344 : i64
      %v1347 = llvm.getelementptr %v5[%v1346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1348 = llvm.load %v1347 : !llvm.ptr<3> -> i64
      %v1349 = arith.addi %v77, %v1076 : i64
      %v1350 = arith.cmpi slt, %v1349, %v79 : i64
      %v1351 = arith.subi %size_L, %v1 : i64
      %v1352 = arith.minsi %v1349, %v1351 : i64
      %v1353 = arith.addi %v1348, %v1352 : i64
      %v1354 = arith.muli %v1346, %v93 : i64
      %v1355 = arith.addi %v1354, %v1076 : i64
      %v1356 = llvm.getelementptr %in_g_o[%v1353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1357 = llvm.load %v1356 : !llvm.ptr -> f32
      %v1358 = arith.addi %v1075, %v381 : i64
      %v1359 = arith.constant true
      %v1360 = arith.addi %v1079, %v1358 : i64
      %v1361 = llvm.getelementptr %v5[%v1360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1362 = llvm.load %v1361 : !llvm.ptr<3> -> i64
      %v1363 = arith.addi %v77, %v1076 : i64
      %v1364 = arith.cmpi slt, %v1363, %v79 : i64
      %v1365 = arith.subi %size_L, %v1 : i64
      %v1366 = arith.minsi %v1363, %v1365 : i64
      %v1367 = arith.addi %v1362, %v1366 : i64
      %v1368 = arith.muli %v1360, %v93 : i64
      %v1369 = arith.addi %v1368, %v1076 : i64
      %v1370 = llvm.getelementptr %in_g_o[%v1367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1371 = llvm.load %v1370 : !llvm.ptr -> f32
      %v1372 = arith.addi %v1075, %v396 : i64
      %v1373 = arith.constant true
      %v1374 = arith.addi %v1079, %v1372 : i64
      %v1375 = llvm.getelementptr %v5[%v1374] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1376 = llvm.load %v1375 : !llvm.ptr<3> -> i64
      %v1377 = arith.addi %v77, %v1076 : i64
      %v1378 = arith.cmpi slt, %v1377, %v79 : i64
      %v1379 = arith.subi %size_L, %v1 : i64
      %v1380 = arith.minsi %v1377, %v1379 : i64
      %v1381 = arith.addi %v1376, %v1380 : i64
      %v1382 = arith.muli %v1374, %v93 : i64
      %v1383 = arith.addi %v1382, %v1076 : i64
      %v1384 = llvm.getelementptr %in_g_o[%v1381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1385 = llvm.load %v1384 : !llvm.ptr -> f32
      %v1386 = arith.addi %v1075, %v411 : i64
      %v1387 = arith.constant true
      %v1388 = arith.addi %v1079, %v1386 : i64
      %v1389 = llvm.getelementptr %v5[%v1388] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1390 = llvm.load %v1389 : !llvm.ptr<3> -> i64
      %v1391 = arith.addi %v77, %v1076 : i64
      %v1392 = arith.cmpi slt, %v1391, %v79 : i64
      %v1393 = arith.subi %size_L, %v1 : i64
      %v1394 = arith.minsi %v1391, %v1393 : i64
      %v1395 = arith.addi %v1390, %v1394 : i64
      %v1396 = arith.muli %v1388, %v93 : i64
      %v1397 = arith.addi %v1396, %v1076 : i64
      %v1398 = llvm.getelementptr %in_g_o[%v1395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1399 = llvm.load %v1398 : !llvm.ptr -> f32
      %v1400 = arith.addi %v1075, %v426 : i64
      %v1401 = arith.constant true
      %v1402 = arith.addi %v1079, %v1400 : i64
      %v1403 = llvm.getelementptr %v5[%v1402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1404 = llvm.load %v1403 : !llvm.ptr<3> -> i64
      %v1405 = arith.addi %v77, %v1076 : i64
      %v1406 = arith.cmpi slt, %v1405, %v79 : i64
      %v1407 = arith.subi %size_L, %v1 : i64
      %v1408 = arith.minsi %v1405, %v1407 : i64
      %v1409 = arith.addi %v1404, %v1408 : i64
      %v1410 = arith.muli %v1402, %v93 : i64
      %v1411 = arith.addi %v1410, %v1076 : i64
      %v1412 = llvm.getelementptr %in_g_o[%v1409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1413 = llvm.load %v1412 : !llvm.ptr -> f32
      %v1414 = arith.addi %v1075, %v441 : i64
      %v1415 = arith.constant true
      %v1416 = arith.addi %v1079, %v1414 : i64
      %v1417 = llvm.getelementptr %v5[%v1416] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1418 = llvm.load %v1417 : !llvm.ptr<3> -> i64
      %v1419 = arith.addi %v77, %v1076 : i64
      %v1420 = arith.cmpi slt, %v1419, %v79 : i64
      %v1421 = arith.subi %size_L, %v1 : i64
      %v1422 = arith.minsi %v1419, %v1421 : i64
      %v1423 = arith.addi %v1418, %v1422 : i64
      %v1424 = arith.muli %v1416, %v93 : i64
      %v1425 = arith.addi %v1424, %v1076 : i64
      %v1426 = llvm.getelementptr %in_g_o[%v1423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1427 = llvm.load %v1426 : !llvm.ptr -> f32
      %v1428 = arith.addi %v1075, %v456 : i64
      %v1429 = arith.constant true
      %v1430 = arith.addi %v1079, %v1428 : i64
      %v1431 = llvm.getelementptr %v5[%v1430] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1432 = llvm.load %v1431 : !llvm.ptr<3> -> i64
      %v1433 = arith.addi %v77, %v1076 : i64
      %v1434 = arith.cmpi slt, %v1433, %v79 : i64
      %v1435 = arith.subi %size_L, %v1 : i64
      %v1436 = arith.minsi %v1433, %v1435 : i64
      %v1437 = arith.addi %v1432, %v1436 : i64
      %v1438 = arith.muli %v1430, %v93 : i64
      %v1439 = arith.addi %v1438, %v1076 : i64
      %v1440 = llvm.getelementptr %in_g_o[%v1437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1441 = llvm.load %v1440 : !llvm.ptr -> f32
      %v1442 = arith.addi %v1075, %v471 : i64
      %v1443 = arith.constant true
      %v1444 = arith.addi %v1079, %v1442 : i64
      %v1445 = llvm.getelementptr %v5[%v1444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1446 = llvm.load %v1445 : !llvm.ptr<3> -> i64
      %v1447 = arith.addi %v77, %v1076 : i64
      %v1448 = arith.cmpi slt, %v1447, %v79 : i64
      %v1449 = arith.subi %size_L, %v1 : i64
      %v1450 = arith.minsi %v1447, %v1449 : i64
      %v1451 = arith.addi %v1446, %v1450 : i64
      %v1452 = arith.muli %v1444, %v93 : i64
      %v1453 = arith.addi %v1452, %v1076 : i64
      %v1454 = llvm.getelementptr %in_g_o[%v1451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1455 = llvm.load %v1454 : !llvm.ptr -> f32
      %v1456 = arith.addi %v1075, %v486 : i64
      %v1457 = arith.constant true
      %v1458 = arith.addi %v1079, %v1456 : i64
      %v1459 = llvm.getelementptr %v5[%v1458] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1460 = llvm.load %v1459 : !llvm.ptr<3> -> i64
      %v1461 = arith.addi %v77, %v1076 : i64
      %v1462 = arith.cmpi slt, %v1461, %v79 : i64
      %v1463 = arith.subi %size_L, %v1 : i64
      %v1464 = arith.minsi %v1461, %v1463 : i64
      %v1465 = arith.addi %v1460, %v1464 : i64
      %v1466 = arith.muli %v1458, %v93 : i64
      %v1467 = arith.addi %v1466, %v1076 : i64
      %v1468 = llvm.getelementptr %in_g_o[%v1465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1469 = llvm.load %v1468 : !llvm.ptr -> f32
      %v1470 = arith.addi %v1075, %v501 : i64
      %v1471 = arith.constant true
      %v1472 = arith.addi %v1079, %v1470 : i64
      %v1473 = llvm.getelementptr %v5[%v1472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1474 = llvm.load %v1473 : !llvm.ptr<3> -> i64
      %v1475 = arith.addi %v77, %v1076 : i64
      %v1476 = arith.cmpi slt, %v1475, %v79 : i64
      %v1477 = arith.subi %size_L, %v1 : i64
      %v1478 = arith.minsi %v1475, %v1477 : i64
      %v1479 = arith.addi %v1474, %v1478 : i64
      %v1480 = arith.muli %v1472, %v93 : i64
      %v1481 = arith.addi %v1480, %v1076 : i64
      %v1482 = llvm.getelementptr %in_g_o[%v1479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1483 = llvm.load %v1482 : !llvm.ptr -> f32
      %v1484 = arith.addi %v1075, %v516 : i64
      %v1485 = arith.constant true
      %v1486 = arith.addi %v1079, %v1484 : i64
      %v1487 = llvm.getelementptr %v5[%v1486] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1488 = llvm.load %v1487 : !llvm.ptr<3> -> i64
      %v1489 = arith.addi %v77, %v1076 : i64
      %v1490 = arith.cmpi slt, %v1489, %v79 : i64
      %v1491 = arith.subi %size_L, %v1 : i64
      %v1492 = arith.minsi %v1489, %v1491 : i64
      %v1493 = arith.addi %v1488, %v1492 : i64
      %v1494 = arith.muli %v1486, %v93 : i64
      %v1495 = arith.addi %v1494, %v1076 : i64
      %v1496 = llvm.getelementptr %in_g_o[%v1493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1497 = llvm.load %v1496 : !llvm.ptr -> f32
      %v1498 = arith.addi %v1075, %v531 : i64
      %v1499 = arith.constant true
      %v1500 = arith.addi %v1079, %v1498 : i64
      %v1501 = llvm.getelementptr %v5[%v1500] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1502 = llvm.load %v1501 : !llvm.ptr<3> -> i64
      %v1503 = arith.addi %v77, %v1076 : i64
      %v1504 = arith.cmpi slt, %v1503, %v79 : i64
      %v1505 = arith.subi %size_L, %v1 : i64
      %v1506 = arith.minsi %v1503, %v1505 : i64
      %v1507 = arith.addi %v1502, %v1506 : i64
      %v1508 = arith.muli %v1500, %v93 : i64
      %v1509 = arith.addi %v1508, %v1076 : i64
      %v1510 = llvm.getelementptr %in_g_o[%v1507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1511 = llvm.load %v1510 : !llvm.ptr -> f32
      %v1512 = arith.addi %v1075, %v546 : i64
      %v1513 = arith.constant true
      %v1514 = arith.addi %v1079, %v1512 : i64
      %v1515 = llvm.getelementptr %v5[%v1514] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1516 = llvm.load %v1515 : !llvm.ptr<3> -> i64
      %v1517 = arith.addi %v77, %v1076 : i64
      %v1518 = arith.cmpi slt, %v1517, %v79 : i64
      %v1519 = arith.subi %size_L, %v1 : i64
      %v1520 = arith.minsi %v1517, %v1519 : i64
      %v1521 = arith.addi %v1516, %v1520 : i64
      %v1522 = arith.muli %v1514, %v93 : i64
      %v1523 = arith.addi %v1522, %v1076 : i64
      %v1524 = llvm.getelementptr %in_g_o[%v1521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1525 = llvm.load %v1524 : !llvm.ptr -> f32
      scf.if %v1078 {
        %v1526 = llvm.getelementptr %v6[%v1089] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1091, %v1526 : f32, !llvm.ptr<3>
      }
      scf.if %v1093 {
        %v1527 = llvm.getelementptr %v6[%v1103] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1105, %v1527 : f32, !llvm.ptr<3>
      }
      scf.if %v1107 {
        %v1528 = llvm.getelementptr %v6[%v1117] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1119, %v1528 : f32, !llvm.ptr<3>
      }
      scf.if %v1121 {
        %v1529 = llvm.getelementptr %v6[%v1131] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1133, %v1529 : f32, !llvm.ptr<3>
      }
      scf.if %v1135 {
        %v1530 = llvm.getelementptr %v6[%v1145] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1147, %v1530 : f32, !llvm.ptr<3>
      }
      scf.if %v1149 {
        %v1531 = llvm.getelementptr %v6[%v1159] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1161, %v1531 : f32, !llvm.ptr<3>
      }
      scf.if %v1163 {
        %v1532 = llvm.getelementptr %v6[%v1173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1175, %v1532 : f32, !llvm.ptr<3>
      }
      scf.if %v1177 {
        %v1533 = llvm.getelementptr %v6[%v1187] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1189, %v1533 : f32, !llvm.ptr<3>
      }
      scf.if %v1191 {
        %v1534 = llvm.getelementptr %v6[%v1201] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1203, %v1534 : f32, !llvm.ptr<3>
      }
      scf.if %v1205 {
        %v1535 = llvm.getelementptr %v6[%v1215] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1217, %v1535 : f32, !llvm.ptr<3>
      }
      scf.if %v1219 {
        %v1536 = llvm.getelementptr %v6[%v1229] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1231, %v1536 : f32, !llvm.ptr<3>
      }
      scf.if %v1233 {
        %v1537 = llvm.getelementptr %v6[%v1243] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1245, %v1537 : f32, !llvm.ptr<3>
      }
      scf.if %v1247 {
        %v1538 = llvm.getelementptr %v6[%v1257] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1259, %v1538 : f32, !llvm.ptr<3>
      }
      scf.if %v1261 {
        %v1539 = llvm.getelementptr %v6[%v1271] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1273, %v1539 : f32, !llvm.ptr<3>
      }
      scf.if %v1275 {
        %v1540 = llvm.getelementptr %v6[%v1285] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1287, %v1540 : f32, !llvm.ptr<3>
      }
      scf.if %v1289 {
        %v1541 = llvm.getelementptr %v6[%v1299] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1301, %v1541 : f32, !llvm.ptr<3>
      }
      scf.if %v1303 {
        %v1542 = llvm.getelementptr %v6[%v1313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1315, %v1542 : f32, !llvm.ptr<3>
      }
      scf.if %v1317 {
        %v1543 = llvm.getelementptr %v6[%v1327] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1329, %v1543 : f32, !llvm.ptr<3>
      }
      scf.if %v1331 {
        %v1544 = llvm.getelementptr %v6[%v1341] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1343, %v1544 : f32, !llvm.ptr<3>
      }
      scf.if %v1345 {
        %v1545 = llvm.getelementptr %v6[%v1355] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1357, %v1545 : f32, !llvm.ptr<3>
      }
      scf.if %v1359 {
        %v1546 = llvm.getelementptr %v6[%v1369] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1371, %v1546 : f32, !llvm.ptr<3>
      }
      scf.if %v1373 {
        %v1547 = llvm.getelementptr %v6[%v1383] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1385, %v1547 : f32, !llvm.ptr<3>
      }
      scf.if %v1387 {
        %v1548 = llvm.getelementptr %v6[%v1397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1399, %v1548 : f32, !llvm.ptr<3>
      }
      scf.if %v1401 {
        %v1549 = llvm.getelementptr %v6[%v1411] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1413, %v1549 : f32, !llvm.ptr<3>
      }
      scf.if %v1415 {
        %v1550 = llvm.getelementptr %v6[%v1425] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1427, %v1550 : f32, !llvm.ptr<3>
      }
      scf.if %v1429 {
        %v1551 = llvm.getelementptr %v6[%v1439] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1441, %v1551 : f32, !llvm.ptr<3>
      }
      scf.if %v1443 {
        %v1552 = llvm.getelementptr %v6[%v1453] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1455, %v1552 : f32, !llvm.ptr<3>
      }
      scf.if %v1457 {
        %v1553 = llvm.getelementptr %v6[%v1467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1469, %v1553 : f32, !llvm.ptr<3>
      }
      scf.if %v1471 {
        %v1554 = llvm.getelementptr %v6[%v1481] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1483, %v1554 : f32, !llvm.ptr<3>
      }
      scf.if %v1485 {
        %v1555 = llvm.getelementptr %v6[%v1495] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1497, %v1555 : f32, !llvm.ptr<3>
      }
      scf.if %v1499 {
        %v1556 = llvm.getelementptr %v6[%v1509] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1511, %v1556 : f32, !llvm.ptr<3>
      }
      scf.if %v1513 {
        %v1557 = llvm.getelementptr %v6[%v1523] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1525, %v1557 : f32, !llvm.ptr<3>
      }
      // end staged load of `g_o`
      gpu.barrier
      %v1558 = arith.index_cast %v77 : i64 to index
      %v1559 = arith.index_cast %v79 : i64 to index
      %v1560 = arith.index_cast %v80 : i64 to index
      scf.for %v1561 = %v1558 to %v1559 step %v1560 {
        %v1562 = arith.index_cast %v1561 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v1563 = arith.remui %v1562, %v15 : i64
        %v1564 = arith.cmpi eq, %v1563, %v30 : i64
        %v1565 = arith.andi %v1564, %v23 : i1
        scf.if %v1565 {
          %v1566 = arith.divui %v1562, %v15 : i64
          %v1567 = llvm.mlir.zero : !llvm.ptr
          %v1568 = llvm.icmp "ne" %ckpt_h, %v1567 : !llvm.ptr
          scf.if %v1568 {
            %v1571 = arith.muli %v1566, %v1570 : i64
            %v1572 = llvm.load %v4 : !llvm.ptr -> f32
            %v1574 = arith.muli %v28, %v1573 : i64
            %v1575 = arith.muli %v26, %v1 : i64
            %v1576 = arith.addi %v1574, %v1575 : i64
            %v1577 = arith.addi %v1571, %v1576 : i64
            %v1578 = llvm.getelementptr %ckpt_h[%v1577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1572, %v1578 : f32, !llvm.ptr
          }
        }
        // end save
        %v1579 = arith.subi %v79, %v1562 : i64
        %v1580 = arith.minsi %v1579, %v80 : i64
        %v1581 = arith.addi %v1562, %v80 : i64
        %v1582 = arith.divui %v13, %v80 : i64
        %v1583 = arith.remui %v13, %v80 : i64
        %v1584 = arith.addi %v1582, %v30 : i64
        %v1585 = arith.constant true
        %v1586 = arith.addi %v30, %v1584 : i64
        %v1587 = llvm.getelementptr %v5[%v1586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1588 = llvm.load %v1587 : !llvm.ptr<3> -> i64
        %v1589 = arith.addi %v1581, %v1583 : i64
        %v1590 = arith.cmpi slt, %v1589, %v79 : i64
        %v1591 = arith.subi %size_L, %v1 : i64
        %v1592 = arith.minsi %v1589, %v1591 : i64
        %v1593 = arith.addi %v1588, %v1592 : i64
        %v1594 = arith.muli %v1586, %v93 : i64
        %v1595 = arith.addi %v1594, %v1583 : i64
        %v1596 = llvm.getelementptr %in_g_f[%v1593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1597 = llvm.load %v1596 : !llvm.ptr -> f32
        %v1598 = arith.addi %v1582, %v54 : i64
        %v1599 = arith.constant true
        %v1600 = arith.addi %v30, %v1598 : i64
        %v1601 = llvm.getelementptr %v5[%v1600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1602 = llvm.load %v1601 : !llvm.ptr<3> -> i64
        %v1603 = arith.addi %v1581, %v1583 : i64
        %v1604 = arith.cmpi slt, %v1603, %v79 : i64
        %v1605 = arith.subi %size_L, %v1 : i64
        %v1606 = arith.minsi %v1603, %v1605 : i64
        %v1607 = arith.addi %v1602, %v1606 : i64
        %v1608 = arith.muli %v1600, %v93 : i64
        %v1609 = arith.addi %v1608, %v1583 : i64
        %v1610 = llvm.getelementptr %in_g_f[%v1607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1611 = llvm.load %v1610 : !llvm.ptr -> f32
        %v1612 = arith.addi %v1582, %v112 : i64
        %v1613 = arith.constant true
        %v1614 = arith.addi %v30, %v1612 : i64
        %v1615 = llvm.getelementptr %v5[%v1614] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1616 = llvm.load %v1615 : !llvm.ptr<3> -> i64
        %v1617 = arith.addi %v1581, %v1583 : i64
        %v1618 = arith.cmpi slt, %v1617, %v79 : i64
        %v1619 = arith.subi %size_L, %v1 : i64
        %v1620 = arith.minsi %v1617, %v1619 : i64
        %v1621 = arith.addi %v1616, %v1620 : i64
        %v1622 = arith.muli %v1614, %v93 : i64
        %v1623 = arith.addi %v1622, %v1583 : i64
        %v1624 = llvm.getelementptr %in_g_f[%v1621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1625 = llvm.load %v1624 : !llvm.ptr -> f32
        %v1626 = arith.addi %v1582, %v127 : i64
        %v1627 = arith.constant true
        %v1628 = arith.addi %v30, %v1626 : i64
        %v1629 = llvm.getelementptr %v5[%v1628] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1630 = llvm.load %v1629 : !llvm.ptr<3> -> i64
        %v1631 = arith.addi %v1581, %v1583 : i64
        %v1632 = arith.cmpi slt, %v1631, %v79 : i64
        %v1633 = arith.subi %size_L, %v1 : i64
        %v1634 = arith.minsi %v1631, %v1633 : i64
        %v1635 = arith.addi %v1630, %v1634 : i64
        %v1636 = arith.muli %v1628, %v93 : i64
        %v1637 = arith.addi %v1636, %v1583 : i64
        %v1638 = llvm.getelementptr %in_g_f[%v1635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1639 = llvm.load %v1638 : !llvm.ptr -> f32
        %v1640 = arith.addi %v1582, %v142 : i64
        %v1641 = arith.constant true
        %v1642 = arith.addi %v30, %v1640 : i64
        %v1643 = llvm.getelementptr %v5[%v1642] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1644 = llvm.load %v1643 : !llvm.ptr<3> -> i64
        %v1645 = arith.addi %v1581, %v1583 : i64
        %v1646 = arith.cmpi slt, %v1645, %v79 : i64
        %v1647 = arith.subi %size_L, %v1 : i64
        %v1648 = arith.minsi %v1645, %v1647 : i64
        %v1649 = arith.addi %v1644, %v1648 : i64
        %v1650 = arith.muli %v1642, %v93 : i64
        %v1651 = arith.addi %v1650, %v1583 : i64
        %v1652 = llvm.getelementptr %in_g_f[%v1649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1653 = llvm.load %v1652 : !llvm.ptr -> f32
        %v1654 = arith.addi %v1582, %v157 : i64
        %v1655 = arith.constant true
        %v1656 = arith.addi %v30, %v1654 : i64
        %v1657 = llvm.getelementptr %v5[%v1656] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1658 = llvm.load %v1657 : !llvm.ptr<3> -> i64
        %v1659 = arith.addi %v1581, %v1583 : i64
        %v1660 = arith.cmpi slt, %v1659, %v79 : i64
        %v1661 = arith.subi %size_L, %v1 : i64
        %v1662 = arith.minsi %v1659, %v1661 : i64
        %v1663 = arith.addi %v1658, %v1662 : i64
        %v1664 = arith.muli %v1656, %v93 : i64
        %v1665 = arith.addi %v1664, %v1583 : i64
        %v1666 = llvm.getelementptr %in_g_f[%v1663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1667 = llvm.load %v1666 : !llvm.ptr -> f32
        %v1668 = arith.addi %v1582, %v172 : i64
        %v1669 = arith.constant true
        %v1670 = arith.addi %v30, %v1668 : i64
        %v1671 = llvm.getelementptr %v5[%v1670] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1672 = llvm.load %v1671 : !llvm.ptr<3> -> i64
        %v1673 = arith.addi %v1581, %v1583 : i64
        %v1674 = arith.cmpi slt, %v1673, %v79 : i64
        %v1675 = arith.subi %size_L, %v1 : i64
        %v1676 = arith.minsi %v1673, %v1675 : i64
        %v1677 = arith.addi %v1672, %v1676 : i64
        %v1678 = arith.muli %v1670, %v93 : i64
        %v1679 = arith.addi %v1678, %v1583 : i64
        %v1680 = llvm.getelementptr %in_g_f[%v1677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1681 = llvm.load %v1680 : !llvm.ptr -> f32
        %v1682 = arith.addi %v1582, %v187 : i64
        %v1683 = arith.constant true
        %v1684 = arith.addi %v30, %v1682 : i64
        %v1685 = llvm.getelementptr %v5[%v1684] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1686 = llvm.load %v1685 : !llvm.ptr<3> -> i64
        %v1687 = arith.addi %v1581, %v1583 : i64
        %v1688 = arith.cmpi slt, %v1687, %v79 : i64
        %v1689 = arith.subi %size_L, %v1 : i64
        %v1690 = arith.minsi %v1687, %v1689 : i64
        %v1691 = arith.addi %v1686, %v1690 : i64
        %v1692 = arith.muli %v1684, %v93 : i64
        %v1693 = arith.addi %v1692, %v1583 : i64
        %v1694 = llvm.getelementptr %in_g_f[%v1691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1695 = llvm.load %v1694 : !llvm.ptr -> f32
        %v1696 = arith.addi %v1582, %v202 : i64
        %v1697 = arith.constant true
        %v1698 = arith.addi %v30, %v1696 : i64
        %v1699 = llvm.getelementptr %v5[%v1698] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1700 = llvm.load %v1699 : !llvm.ptr<3> -> i64
        %v1701 = arith.addi %v1581, %v1583 : i64
        %v1702 = arith.cmpi slt, %v1701, %v79 : i64
        %v1703 = arith.subi %size_L, %v1 : i64
        %v1704 = arith.minsi %v1701, %v1703 : i64
        %v1705 = arith.addi %v1700, %v1704 : i64
        %v1706 = arith.muli %v1698, %v93 : i64
        %v1707 = arith.addi %v1706, %v1583 : i64
        %v1708 = llvm.getelementptr %in_g_f[%v1705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1709 = llvm.load %v1708 : !llvm.ptr -> f32
        %v1710 = arith.addi %v1582, %v217 : i64
        %v1711 = arith.constant true
        %v1712 = arith.addi %v30, %v1710 : i64
        %v1713 = llvm.getelementptr %v5[%v1712] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1714 = llvm.load %v1713 : !llvm.ptr<3> -> i64
        %v1715 = arith.addi %v1581, %v1583 : i64
        %v1716 = arith.cmpi slt, %v1715, %v79 : i64
        %v1717 = arith.subi %size_L, %v1 : i64
        %v1718 = arith.minsi %v1715, %v1717 : i64
        %v1719 = arith.addi %v1714, %v1718 : i64
        %v1720 = arith.muli %v1712, %v93 : i64
        %v1721 = arith.addi %v1720, %v1583 : i64
        %v1722 = llvm.getelementptr %in_g_f[%v1719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1723 = llvm.load %v1722 : !llvm.ptr -> f32
        %v1724 = arith.addi %v1582, %v232 : i64
        %v1725 = arith.constant true
        %v1726 = arith.addi %v30, %v1724 : i64
        %v1727 = llvm.getelementptr %v5[%v1726] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1728 = llvm.load %v1727 : !llvm.ptr<3> -> i64
        %v1729 = arith.addi %v1581, %v1583 : i64
        %v1730 = arith.cmpi slt, %v1729, %v79 : i64
        %v1731 = arith.subi %size_L, %v1 : i64
        %v1732 = arith.minsi %v1729, %v1731 : i64
        %v1733 = arith.addi %v1728, %v1732 : i64
        %v1734 = arith.muli %v1726, %v93 : i64
        %v1735 = arith.addi %v1734, %v1583 : i64
        %v1736 = llvm.getelementptr %in_g_f[%v1733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1737 = llvm.load %v1736 : !llvm.ptr -> f32
        %v1738 = arith.addi %v1582, %v247 : i64
        %v1739 = arith.constant true
        %v1740 = arith.addi %v30, %v1738 : i64
        %v1741 = llvm.getelementptr %v5[%v1740] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1742 = llvm.load %v1741 : !llvm.ptr<3> -> i64
        %v1743 = arith.addi %v1581, %v1583 : i64
        %v1744 = arith.cmpi slt, %v1743, %v79 : i64
        %v1745 = arith.subi %size_L, %v1 : i64
        %v1746 = arith.minsi %v1743, %v1745 : i64
        %v1747 = arith.addi %v1742, %v1746 : i64
        %v1748 = arith.muli %v1740, %v93 : i64
        %v1749 = arith.addi %v1748, %v1583 : i64
        %v1750 = llvm.getelementptr %in_g_f[%v1747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1751 = llvm.load %v1750 : !llvm.ptr -> f32
        %v1752 = arith.addi %v1582, %v262 : i64
        %v1753 = arith.constant true
        %v1754 = arith.addi %v30, %v1752 : i64
        %v1755 = llvm.getelementptr %v5[%v1754] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1756 = llvm.load %v1755 : !llvm.ptr<3> -> i64
        %v1757 = arith.addi %v1581, %v1583 : i64
        %v1758 = arith.cmpi slt, %v1757, %v79 : i64
        %v1759 = arith.subi %size_L, %v1 : i64
        %v1760 = arith.minsi %v1757, %v1759 : i64
        %v1761 = arith.addi %v1756, %v1760 : i64
        %v1762 = arith.muli %v1754, %v93 : i64
        %v1763 = arith.addi %v1762, %v1583 : i64
        %v1764 = llvm.getelementptr %in_g_f[%v1761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1765 = llvm.load %v1764 : !llvm.ptr -> f32
        %v1766 = arith.addi %v1582, %v277 : i64
        %v1767 = arith.constant true
        %v1768 = arith.addi %v30, %v1766 : i64
        %v1769 = llvm.getelementptr %v5[%v1768] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1770 = llvm.load %v1769 : !llvm.ptr<3> -> i64
        %v1771 = arith.addi %v1581, %v1583 : i64
        %v1772 = arith.cmpi slt, %v1771, %v79 : i64
        %v1773 = arith.subi %size_L, %v1 : i64
        %v1774 = arith.minsi %v1771, %v1773 : i64
        %v1775 = arith.addi %v1770, %v1774 : i64
        %v1776 = arith.muli %v1768, %v93 : i64
        %v1777 = arith.addi %v1776, %v1583 : i64
        %v1778 = llvm.getelementptr %in_g_f[%v1775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1779 = llvm.load %v1778 : !llvm.ptr -> f32
        %v1780 = arith.addi %v1582, %v292 : i64
        %v1781 = arith.constant true
        %v1782 = arith.addi %v30, %v1780 : i64
        %v1783 = llvm.getelementptr %v5[%v1782] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1784 = llvm.load %v1783 : !llvm.ptr<3> -> i64
        %v1785 = arith.addi %v1581, %v1583 : i64
        %v1786 = arith.cmpi slt, %v1785, %v79 : i64
        %v1787 = arith.subi %size_L, %v1 : i64
        %v1788 = arith.minsi %v1785, %v1787 : i64
        %v1789 = arith.addi %v1784, %v1788 : i64
        %v1790 = arith.muli %v1782, %v93 : i64
        %v1791 = arith.addi %v1790, %v1583 : i64
        %v1792 = llvm.getelementptr %in_g_f[%v1789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1793 = llvm.load %v1792 : !llvm.ptr -> f32
        %v1794 = arith.addi %v1582, %v307 : i64
        %v1795 = arith.constant true
        %v1796 = arith.addi %v30, %v1794 : i64
        %v1797 = llvm.getelementptr %v5[%v1796] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1798 = llvm.load %v1797 : !llvm.ptr<3> -> i64
        %v1799 = arith.addi %v1581, %v1583 : i64
        %v1800 = arith.cmpi slt, %v1799, %v79 : i64
        %v1801 = arith.subi %size_L, %v1 : i64
        %v1802 = arith.minsi %v1799, %v1801 : i64
        %v1803 = arith.addi %v1798, %v1802 : i64
        %v1804 = arith.muli %v1796, %v93 : i64
        %v1805 = arith.addi %v1804, %v1583 : i64
        %v1806 = llvm.getelementptr %in_g_f[%v1803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1807 = llvm.load %v1806 : !llvm.ptr -> f32
        %v1808 = arith.addi %v1582, %v80 : i64
        %v1809 = arith.constant true
        %v1810 = arith.addi %v30, %v1808 : i64
        %v1811 = llvm.getelementptr %v5[%v1810] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1812 = llvm.load %v1811 : !llvm.ptr<3> -> i64
        %v1813 = arith.addi %v1581, %v1583 : i64
        %v1814 = arith.cmpi slt, %v1813, %v79 : i64
        %v1815 = arith.subi %size_L, %v1 : i64
        %v1816 = arith.minsi %v1813, %v1815 : i64
        %v1817 = arith.addi %v1812, %v1816 : i64
        %v1818 = arith.muli %v1810, %v93 : i64
        %v1819 = arith.addi %v1818, %v1583 : i64
        %v1820 = llvm.getelementptr %in_g_f[%v1817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1821 = llvm.load %v1820 : !llvm.ptr -> f32
        %v1822 = arith.addi %v1582, %v336 : i64
        %v1823 = arith.constant true
        %v1824 = arith.addi %v30, %v1822 : i64
        %v1825 = llvm.getelementptr %v5[%v1824] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1826 = llvm.load %v1825 : !llvm.ptr<3> -> i64
        %v1827 = arith.addi %v1581, %v1583 : i64
        %v1828 = arith.cmpi slt, %v1827, %v79 : i64
        %v1829 = arith.subi %size_L, %v1 : i64
        %v1830 = arith.minsi %v1827, %v1829 : i64
        %v1831 = arith.addi %v1826, %v1830 : i64
        %v1832 = arith.muli %v1824, %v93 : i64
        %v1833 = arith.addi %v1832, %v1583 : i64
        %v1834 = llvm.getelementptr %in_g_f[%v1831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1835 = llvm.load %v1834 : !llvm.ptr -> f32
        %v1836 = arith.addi %v1582, %v351 : i64
        %v1837 = arith.constant true
        %v1838 = arith.addi %v30, %v1836 : i64
        %v1839 = llvm.getelementptr %v5[%v1838] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1840 = llvm.load %v1839 : !llvm.ptr<3> -> i64
        %v1841 = arith.addi %v1581, %v1583 : i64
        %v1842 = arith.cmpi slt, %v1841, %v79 : i64
        %v1843 = arith.subi %size_L, %v1 : i64
        %v1844 = arith.minsi %v1841, %v1843 : i64
        %v1845 = arith.addi %v1840, %v1844 : i64
        %v1846 = arith.muli %v1838, %v93 : i64
        %v1847 = arith.addi %v1846, %v1583 : i64
        %v1848 = llvm.getelementptr %in_g_f[%v1845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1849 = llvm.load %v1848 : !llvm.ptr -> f32
        %v1850 = arith.addi %v1582, %v366 : i64
        %v1851 = arith.constant true
        %v1852 = arith.addi %v30, %v1850 : i64
        %v1853 = llvm.getelementptr %v5[%v1852] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1854 = llvm.load %v1853 : !llvm.ptr<3> -> i64
        %v1855 = arith.addi %v1581, %v1583 : i64
        %v1856 = arith.cmpi slt, %v1855, %v79 : i64
        %v1857 = arith.subi %size_L, %v1 : i64
        %v1858 = arith.minsi %v1855, %v1857 : i64
        %v1859 = arith.addi %v1854, %v1858 : i64
        %v1860 = arith.muli %v1852, %v93 : i64
        %v1861 = arith.addi %v1860, %v1583 : i64
        %v1862 = llvm.getelementptr %in_g_f[%v1859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1863 = llvm.load %v1862 : !llvm.ptr -> f32
        %v1864 = arith.addi %v1582, %v381 : i64
        %v1865 = arith.constant true
        %v1866 = arith.addi %v30, %v1864 : i64
        %v1867 = llvm.getelementptr %v5[%v1866] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1868 = llvm.load %v1867 : !llvm.ptr<3> -> i64
        %v1869 = arith.addi %v1581, %v1583 : i64
        %v1870 = arith.cmpi slt, %v1869, %v79 : i64
        %v1871 = arith.subi %size_L, %v1 : i64
        %v1872 = arith.minsi %v1869, %v1871 : i64
        %v1873 = arith.addi %v1868, %v1872 : i64
        %v1874 = arith.muli %v1866, %v93 : i64
        %v1875 = arith.addi %v1874, %v1583 : i64
        %v1876 = llvm.getelementptr %in_g_f[%v1873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1877 = llvm.load %v1876 : !llvm.ptr -> f32
        %v1878 = arith.addi %v1582, %v396 : i64
        %v1879 = arith.constant true
        %v1880 = arith.addi %v30, %v1878 : i64
        %v1881 = llvm.getelementptr %v5[%v1880] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1882 = llvm.load %v1881 : !llvm.ptr<3> -> i64
        %v1883 = arith.addi %v1581, %v1583 : i64
        %v1884 = arith.cmpi slt, %v1883, %v79 : i64
        %v1885 = arith.subi %size_L, %v1 : i64
        %v1886 = arith.minsi %v1883, %v1885 : i64
        %v1887 = arith.addi %v1882, %v1886 : i64
        %v1888 = arith.muli %v1880, %v93 : i64
        %v1889 = arith.addi %v1888, %v1583 : i64
        %v1890 = llvm.getelementptr %in_g_f[%v1887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1891 = llvm.load %v1890 : !llvm.ptr -> f32
        %v1892 = arith.addi %v1582, %v411 : i64
        %v1893 = arith.constant true
        %v1894 = arith.addi %v30, %v1892 : i64
        %v1895 = llvm.getelementptr %v5[%v1894] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1896 = llvm.load %v1895 : !llvm.ptr<3> -> i64
        %v1897 = arith.addi %v1581, %v1583 : i64
        %v1898 = arith.cmpi slt, %v1897, %v79 : i64
        %v1899 = arith.subi %size_L, %v1 : i64
        %v1900 = arith.minsi %v1897, %v1899 : i64
        %v1901 = arith.addi %v1896, %v1900 : i64
        %v1902 = arith.muli %v1894, %v93 : i64
        %v1903 = arith.addi %v1902, %v1583 : i64
        %v1904 = llvm.getelementptr %in_g_f[%v1901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1905 = llvm.load %v1904 : !llvm.ptr -> f32
        %v1906 = arith.addi %v1582, %v426 : i64
        %v1907 = arith.constant true
        %v1908 = arith.addi %v30, %v1906 : i64
        %v1909 = llvm.getelementptr %v5[%v1908] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1910 = llvm.load %v1909 : !llvm.ptr<3> -> i64
        %v1911 = arith.addi %v1581, %v1583 : i64
        %v1912 = arith.cmpi slt, %v1911, %v79 : i64
        %v1913 = arith.subi %size_L, %v1 : i64
        %v1914 = arith.minsi %v1911, %v1913 : i64
        %v1915 = arith.addi %v1910, %v1914 : i64
        %v1916 = arith.muli %v1908, %v93 : i64
        %v1917 = arith.addi %v1916, %v1583 : i64
        %v1918 = llvm.getelementptr %in_g_f[%v1915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1919 = llvm.load %v1918 : !llvm.ptr -> f32
        %v1920 = arith.addi %v1582, %v441 : i64
        %v1921 = arith.constant true
        %v1922 = arith.addi %v30, %v1920 : i64
        %v1923 = llvm.getelementptr %v5[%v1922] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1924 = llvm.load %v1923 : !llvm.ptr<3> -> i64
        %v1925 = arith.addi %v1581, %v1583 : i64
        %v1926 = arith.cmpi slt, %v1925, %v79 : i64
        %v1927 = arith.subi %size_L, %v1 : i64
        %v1928 = arith.minsi %v1925, %v1927 : i64
        %v1929 = arith.addi %v1924, %v1928 : i64
        %v1930 = arith.muli %v1922, %v93 : i64
        %v1931 = arith.addi %v1930, %v1583 : i64
        %v1932 = llvm.getelementptr %in_g_f[%v1929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1933 = llvm.load %v1932 : !llvm.ptr -> f32
        %v1934 = arith.addi %v1582, %v456 : i64
        %v1935 = arith.constant true
        %v1936 = arith.addi %v30, %v1934 : i64
        %v1937 = llvm.getelementptr %v5[%v1936] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1938 = llvm.load %v1937 : !llvm.ptr<3> -> i64
        %v1939 = arith.addi %v1581, %v1583 : i64
        %v1940 = arith.cmpi slt, %v1939, %v79 : i64
        %v1941 = arith.subi %size_L, %v1 : i64
        %v1942 = arith.minsi %v1939, %v1941 : i64
        %v1943 = arith.addi %v1938, %v1942 : i64
        %v1944 = arith.muli %v1936, %v93 : i64
        %v1945 = arith.addi %v1944, %v1583 : i64
        %v1946 = llvm.getelementptr %in_g_f[%v1943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1947 = llvm.load %v1946 : !llvm.ptr -> f32
        %v1948 = arith.addi %v1582, %v471 : i64
        %v1949 = arith.constant true
        %v1950 = arith.addi %v30, %v1948 : i64
        %v1951 = llvm.getelementptr %v5[%v1950] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1952 = llvm.load %v1951 : !llvm.ptr<3> -> i64
        %v1953 = arith.addi %v1581, %v1583 : i64
        %v1954 = arith.cmpi slt, %v1953, %v79 : i64
        %v1955 = arith.subi %size_L, %v1 : i64
        %v1956 = arith.minsi %v1953, %v1955 : i64
        %v1957 = arith.addi %v1952, %v1956 : i64
        %v1958 = arith.muli %v1950, %v93 : i64
        %v1959 = arith.addi %v1958, %v1583 : i64
        %v1960 = llvm.getelementptr %in_g_f[%v1957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1961 = llvm.load %v1960 : !llvm.ptr -> f32
        %v1962 = arith.addi %v1582, %v486 : i64
        %v1963 = arith.constant true
        %v1964 = arith.addi %v30, %v1962 : i64
        %v1965 = llvm.getelementptr %v5[%v1964] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1966 = llvm.load %v1965 : !llvm.ptr<3> -> i64
        %v1967 = arith.addi %v1581, %v1583 : i64
        %v1968 = arith.cmpi slt, %v1967, %v79 : i64
        %v1969 = arith.subi %size_L, %v1 : i64
        %v1970 = arith.minsi %v1967, %v1969 : i64
        %v1971 = arith.addi %v1966, %v1970 : i64
        %v1972 = arith.muli %v1964, %v93 : i64
        %v1973 = arith.addi %v1972, %v1583 : i64
        %v1974 = llvm.getelementptr %in_g_f[%v1971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1975 = llvm.load %v1974 : !llvm.ptr -> f32
        %v1976 = arith.addi %v1582, %v501 : i64
        %v1977 = arith.constant true
        %v1978 = arith.addi %v30, %v1976 : i64
        %v1979 = llvm.getelementptr %v5[%v1978] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1980 = llvm.load %v1979 : !llvm.ptr<3> -> i64
        %v1981 = arith.addi %v1581, %v1583 : i64
        %v1982 = arith.cmpi slt, %v1981, %v79 : i64
        %v1983 = arith.subi %size_L, %v1 : i64
        %v1984 = arith.minsi %v1981, %v1983 : i64
        %v1985 = arith.addi %v1980, %v1984 : i64
        %v1986 = arith.muli %v1978, %v93 : i64
        %v1987 = arith.addi %v1986, %v1583 : i64
        %v1988 = llvm.getelementptr %in_g_f[%v1985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1989 = llvm.load %v1988 : !llvm.ptr -> f32
        %v1990 = arith.addi %v1582, %v516 : i64
        %v1991 = arith.constant true
        %v1992 = arith.addi %v30, %v1990 : i64
        %v1993 = llvm.getelementptr %v5[%v1992] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1994 = llvm.load %v1993 : !llvm.ptr<3> -> i64
        %v1995 = arith.addi %v1581, %v1583 : i64
        %v1996 = arith.cmpi slt, %v1995, %v79 : i64
        %v1997 = arith.subi %size_L, %v1 : i64
        %v1998 = arith.minsi %v1995, %v1997 : i64
        %v1999 = arith.addi %v1994, %v1998 : i64
        %v2000 = arith.muli %v1992, %v93 : i64
        %v2001 = arith.addi %v2000, %v1583 : i64
        %v2002 = llvm.getelementptr %in_g_f[%v1999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2003 = llvm.load %v2002 : !llvm.ptr -> f32
        %v2004 = arith.addi %v1582, %v531 : i64
        %v2005 = arith.constant true
        %v2006 = arith.addi %v30, %v2004 : i64
        %v2007 = llvm.getelementptr %v5[%v2006] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2008 = llvm.load %v2007 : !llvm.ptr<3> -> i64
        %v2009 = arith.addi %v1581, %v1583 : i64
        %v2010 = arith.cmpi slt, %v2009, %v79 : i64
        %v2011 = arith.subi %size_L, %v1 : i64
        %v2012 = arith.minsi %v2009, %v2011 : i64
        %v2013 = arith.addi %v2008, %v2012 : i64
        %v2014 = arith.muli %v2006, %v93 : i64
        %v2015 = arith.addi %v2014, %v1583 : i64
        %v2016 = llvm.getelementptr %in_g_f[%v2013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2017 = llvm.load %v2016 : !llvm.ptr -> f32
        %v2018 = arith.addi %v1582, %v546 : i64
        %v2019 = arith.constant true
        %v2020 = arith.addi %v30, %v2018 : i64
        %v2021 = llvm.getelementptr %v5[%v2020] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2022 = llvm.load %v2021 : !llvm.ptr<3> -> i64
        %v2023 = arith.addi %v1581, %v1583 : i64
        %v2024 = arith.cmpi slt, %v2023, %v79 : i64
        %v2025 = arith.subi %size_L, %v1 : i64
        %v2026 = arith.minsi %v2023, %v2025 : i64
        %v2027 = arith.addi %v2022, %v2026 : i64
        %v2028 = arith.muli %v2020, %v93 : i64
        %v2029 = arith.addi %v2028, %v1583 : i64
        %v2030 = llvm.getelementptr %in_g_f[%v2027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2031 = llvm.load %v2030 : !llvm.ptr -> f32
        %v2032 = arith.divui %v13, %v80 : i64
        %v2033 = arith.remui %v13, %v80 : i64
        %v2034 = arith.addi %v2032, %v30 : i64
        %v2035 = arith.constant true
        %v2036 = arith.addi %v15, %v2034 : i64
        %v2037 = llvm.getelementptr %v5[%v2036] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2038 = llvm.load %v2037 : !llvm.ptr<3> -> i64
        %v2039 = arith.addi %v1581, %v2033 : i64
        %v2040 = arith.cmpi slt, %v2039, %v79 : i64
        %v2041 = arith.subi %size_L, %v1 : i64
        %v2042 = arith.minsi %v2039, %v2041 : i64
        %v2043 = arith.addi %v2038, %v2042 : i64
        %v2044 = arith.muli %v2036, %v93 : i64
        %v2045 = arith.addi %v2044, %v2033 : i64
        %v2046 = llvm.getelementptr %in_g_c[%v2043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2047 = llvm.load %v2046 : !llvm.ptr -> f32
        %v2048 = arith.addi %v2032, %v54 : i64
        %v2049 = arith.constant true
        %v2050 = arith.addi %v15, %v2048 : i64
        %v2051 = llvm.getelementptr %v5[%v2050] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2052 = llvm.load %v2051 : !llvm.ptr<3> -> i64
        %v2053 = arith.addi %v1581, %v2033 : i64
        %v2054 = arith.cmpi slt, %v2053, %v79 : i64
        %v2055 = arith.subi %size_L, %v1 : i64
        %v2056 = arith.minsi %v2053, %v2055 : i64
        %v2057 = arith.addi %v2052, %v2056 : i64
        %v2058 = arith.muli %v2050, %v93 : i64
        %v2059 = arith.addi %v2058, %v2033 : i64
        %v2060 = llvm.getelementptr %in_g_c[%v2057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2061 = llvm.load %v2060 : !llvm.ptr -> f32
        %v2062 = arith.addi %v2032, %v112 : i64
        %v2063 = arith.constant true
        %v2064 = arith.addi %v15, %v2062 : i64
        %v2065 = llvm.getelementptr %v5[%v2064] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2066 = llvm.load %v2065 : !llvm.ptr<3> -> i64
        %v2067 = arith.addi %v1581, %v2033 : i64
        %v2068 = arith.cmpi slt, %v2067, %v79 : i64
        %v2069 = arith.subi %size_L, %v1 : i64
        %v2070 = arith.minsi %v2067, %v2069 : i64
        %v2071 = arith.addi %v2066, %v2070 : i64
        %v2072 = arith.muli %v2064, %v93 : i64
        %v2073 = arith.addi %v2072, %v2033 : i64
        %v2074 = llvm.getelementptr %in_g_c[%v2071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2075 = llvm.load %v2074 : !llvm.ptr -> f32
        %v2076 = arith.addi %v2032, %v127 : i64
        %v2077 = arith.constant true
        %v2078 = arith.addi %v15, %v2076 : i64
        %v2079 = llvm.getelementptr %v5[%v2078] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2080 = llvm.load %v2079 : !llvm.ptr<3> -> i64
        %v2081 = arith.addi %v1581, %v2033 : i64
        %v2082 = arith.cmpi slt, %v2081, %v79 : i64
        %v2083 = arith.subi %size_L, %v1 : i64
        %v2084 = arith.minsi %v2081, %v2083 : i64
        %v2085 = arith.addi %v2080, %v2084 : i64
        %v2086 = arith.muli %v2078, %v93 : i64
        %v2087 = arith.addi %v2086, %v2033 : i64
        %v2088 = llvm.getelementptr %in_g_c[%v2085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2089 = llvm.load %v2088 : !llvm.ptr -> f32
        %v2090 = arith.addi %v2032, %v142 : i64
        %v2091 = arith.constant true
        %v2092 = arith.addi %v15, %v2090 : i64
        %v2093 = llvm.getelementptr %v5[%v2092] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2094 = llvm.load %v2093 : !llvm.ptr<3> -> i64
        %v2095 = arith.addi %v1581, %v2033 : i64
        %v2096 = arith.cmpi slt, %v2095, %v79 : i64
        %v2097 = arith.subi %size_L, %v1 : i64
        %v2098 = arith.minsi %v2095, %v2097 : i64
        %v2099 = arith.addi %v2094, %v2098 : i64
        %v2100 = arith.muli %v2092, %v93 : i64
        %v2101 = arith.addi %v2100, %v2033 : i64
        %v2102 = llvm.getelementptr %in_g_c[%v2099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2103 = llvm.load %v2102 : !llvm.ptr -> f32
        %v2104 = arith.addi %v2032, %v157 : i64
        %v2105 = arith.constant true
        %v2106 = arith.addi %v15, %v2104 : i64
        %v2107 = llvm.getelementptr %v5[%v2106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2108 = llvm.load %v2107 : !llvm.ptr<3> -> i64
        %v2109 = arith.addi %v1581, %v2033 : i64
        %v2110 = arith.cmpi slt, %v2109, %v79 : i64
        %v2111 = arith.subi %size_L, %v1 : i64
        %v2112 = arith.minsi %v2109, %v2111 : i64
        %v2113 = arith.addi %v2108, %v2112 : i64
        %v2114 = arith.muli %v2106, %v93 : i64
        %v2115 = arith.addi %v2114, %v2033 : i64
        %v2116 = llvm.getelementptr %in_g_c[%v2113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2117 = llvm.load %v2116 : !llvm.ptr -> f32
        %v2118 = arith.addi %v2032, %v172 : i64
        %v2119 = arith.constant true
        %v2120 = arith.addi %v15, %v2118 : i64
        %v2121 = llvm.getelementptr %v5[%v2120] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2122 = llvm.load %v2121 : !llvm.ptr<3> -> i64
        %v2123 = arith.addi %v1581, %v2033 : i64
        %v2124 = arith.cmpi slt, %v2123, %v79 : i64
        %v2125 = arith.subi %size_L, %v1 : i64
        %v2126 = arith.minsi %v2123, %v2125 : i64
        %v2127 = arith.addi %v2122, %v2126 : i64
        %v2128 = arith.muli %v2120, %v93 : i64
        %v2129 = arith.addi %v2128, %v2033 : i64
        %v2130 = llvm.getelementptr %in_g_c[%v2127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2131 = llvm.load %v2130 : !llvm.ptr -> f32
        %v2132 = arith.addi %v2032, %v187 : i64
        %v2133 = arith.constant true
        %v2134 = arith.addi %v15, %v2132 : i64
        %v2135 = llvm.getelementptr %v5[%v2134] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2136 = llvm.load %v2135 : !llvm.ptr<3> -> i64
        %v2137 = arith.addi %v1581, %v2033 : i64
        %v2138 = arith.cmpi slt, %v2137, %v79 : i64
        %v2139 = arith.subi %size_L, %v1 : i64
        %v2140 = arith.minsi %v2137, %v2139 : i64
        %v2141 = arith.addi %v2136, %v2140 : i64
        %v2142 = arith.muli %v2134, %v93 : i64
        %v2143 = arith.addi %v2142, %v2033 : i64
        %v2144 = llvm.getelementptr %in_g_c[%v2141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2145 = llvm.load %v2144 : !llvm.ptr -> f32
        %v2146 = arith.addi %v2032, %v202 : i64
        %v2147 = arith.constant true
        %v2148 = arith.addi %v15, %v2146 : i64
        %v2149 = llvm.getelementptr %v5[%v2148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2150 = llvm.load %v2149 : !llvm.ptr<3> -> i64
        %v2151 = arith.addi %v1581, %v2033 : i64
        %v2152 = arith.cmpi slt, %v2151, %v79 : i64
        %v2153 = arith.subi %size_L, %v1 : i64
        %v2154 = arith.minsi %v2151, %v2153 : i64
        %v2155 = arith.addi %v2150, %v2154 : i64
        %v2156 = arith.muli %v2148, %v93 : i64
        %v2157 = arith.addi %v2156, %v2033 : i64
        %v2158 = llvm.getelementptr %in_g_c[%v2155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2159 = llvm.load %v2158 : !llvm.ptr -> f32
        %v2160 = arith.addi %v2032, %v217 : i64
        %v2161 = arith.constant true
        %v2162 = arith.addi %v15, %v2160 : i64
        %v2163 = llvm.getelementptr %v5[%v2162] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2164 = llvm.load %v2163 : !llvm.ptr<3> -> i64
        %v2165 = arith.addi %v1581, %v2033 : i64
        %v2166 = arith.cmpi slt, %v2165, %v79 : i64
        %v2167 = arith.subi %size_L, %v1 : i64
        %v2168 = arith.minsi %v2165, %v2167 : i64
        %v2169 = arith.addi %v2164, %v2168 : i64
        %v2170 = arith.muli %v2162, %v93 : i64
        %v2171 = arith.addi %v2170, %v2033 : i64
        %v2172 = llvm.getelementptr %in_g_c[%v2169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2173 = llvm.load %v2172 : !llvm.ptr -> f32
        %v2174 = arith.addi %v2032, %v232 : i64
        %v2175 = arith.constant true
        %v2176 = arith.addi %v15, %v2174 : i64
        %v2177 = llvm.getelementptr %v5[%v2176] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2178 = llvm.load %v2177 : !llvm.ptr<3> -> i64
        %v2179 = arith.addi %v1581, %v2033 : i64
        %v2180 = arith.cmpi slt, %v2179, %v79 : i64
        %v2181 = arith.subi %size_L, %v1 : i64
        %v2182 = arith.minsi %v2179, %v2181 : i64
        %v2183 = arith.addi %v2178, %v2182 : i64
        %v2184 = arith.muli %v2176, %v93 : i64
        %v2185 = arith.addi %v2184, %v2033 : i64
        %v2186 = llvm.getelementptr %in_g_c[%v2183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2187 = llvm.load %v2186 : !llvm.ptr -> f32
        %v2188 = arith.addi %v2032, %v247 : i64
        %v2189 = arith.constant true
        %v2190 = arith.addi %v15, %v2188 : i64
        %v2191 = llvm.getelementptr %v5[%v2190] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2192 = llvm.load %v2191 : !llvm.ptr<3> -> i64
        %v2193 = arith.addi %v1581, %v2033 : i64
        %v2194 = arith.cmpi slt, %v2193, %v79 : i64
        %v2195 = arith.subi %size_L, %v1 : i64
        %v2196 = arith.minsi %v2193, %v2195 : i64
        %v2197 = arith.addi %v2192, %v2196 : i64
        %v2198 = arith.muli %v2190, %v93 : i64
        %v2199 = arith.addi %v2198, %v2033 : i64
        %v2200 = llvm.getelementptr %in_g_c[%v2197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2201 = llvm.load %v2200 : !llvm.ptr -> f32
        %v2202 = arith.addi %v2032, %v262 : i64
        %v2203 = arith.constant true
        %v2204 = arith.addi %v15, %v2202 : i64
        %v2205 = llvm.getelementptr %v5[%v2204] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2206 = llvm.load %v2205 : !llvm.ptr<3> -> i64
        %v2207 = arith.addi %v1581, %v2033 : i64
        %v2208 = arith.cmpi slt, %v2207, %v79 : i64
        %v2209 = arith.subi %size_L, %v1 : i64
        %v2210 = arith.minsi %v2207, %v2209 : i64
        %v2211 = arith.addi %v2206, %v2210 : i64
        %v2212 = arith.muli %v2204, %v93 : i64
        %v2213 = arith.addi %v2212, %v2033 : i64
        %v2214 = llvm.getelementptr %in_g_c[%v2211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2215 = llvm.load %v2214 : !llvm.ptr -> f32
        %v2216 = arith.addi %v2032, %v277 : i64
        %v2217 = arith.constant true
        %v2218 = arith.addi %v15, %v2216 : i64
        %v2219 = llvm.getelementptr %v5[%v2218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2220 = llvm.load %v2219 : !llvm.ptr<3> -> i64
        %v2221 = arith.addi %v1581, %v2033 : i64
        %v2222 = arith.cmpi slt, %v2221, %v79 : i64
        %v2223 = arith.subi %size_L, %v1 : i64
        %v2224 = arith.minsi %v2221, %v2223 : i64
        %v2225 = arith.addi %v2220, %v2224 : i64
        %v2226 = arith.muli %v2218, %v93 : i64
        %v2227 = arith.addi %v2226, %v2033 : i64
        %v2228 = llvm.getelementptr %in_g_c[%v2225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2229 = llvm.load %v2228 : !llvm.ptr -> f32
        %v2230 = arith.addi %v2032, %v292 : i64
        %v2231 = arith.constant true
        %v2232 = arith.addi %v15, %v2230 : i64
        %v2233 = llvm.getelementptr %v5[%v2232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2234 = llvm.load %v2233 : !llvm.ptr<3> -> i64
        %v2235 = arith.addi %v1581, %v2033 : i64
        %v2236 = arith.cmpi slt, %v2235, %v79 : i64
        %v2237 = arith.subi %size_L, %v1 : i64
        %v2238 = arith.minsi %v2235, %v2237 : i64
        %v2239 = arith.addi %v2234, %v2238 : i64
        %v2240 = arith.muli %v2232, %v93 : i64
        %v2241 = arith.addi %v2240, %v2033 : i64
        %v2242 = llvm.getelementptr %in_g_c[%v2239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2243 = llvm.load %v2242 : !llvm.ptr -> f32
        %v2244 = arith.addi %v2032, %v307 : i64
        %v2245 = arith.constant true
        %v2246 = arith.addi %v15, %v2244 : i64
        %v2247 = llvm.getelementptr %v5[%v2246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2248 = llvm.load %v2247 : !llvm.ptr<3> -> i64
        %v2249 = arith.addi %v1581, %v2033 : i64
        %v2250 = arith.cmpi slt, %v2249, %v79 : i64
        %v2251 = arith.subi %size_L, %v1 : i64
        %v2252 = arith.minsi %v2249, %v2251 : i64
        %v2253 = arith.addi %v2248, %v2252 : i64
        %v2254 = arith.muli %v2246, %v93 : i64
        %v2255 = arith.addi %v2254, %v2033 : i64
        %v2256 = llvm.getelementptr %in_g_c[%v2253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2257 = llvm.load %v2256 : !llvm.ptr -> f32
        %v2258 = arith.addi %v2032, %v80 : i64
        %v2259 = arith.constant true
        %v2260 = arith.addi %v15, %v2258 : i64
        %v2261 = llvm.getelementptr %v5[%v2260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2262 = llvm.load %v2261 : !llvm.ptr<3> -> i64
        %v2263 = arith.addi %v1581, %v2033 : i64
        %v2264 = arith.cmpi slt, %v2263, %v79 : i64
        %v2265 = arith.subi %size_L, %v1 : i64
        %v2266 = arith.minsi %v2263, %v2265 : i64
        %v2267 = arith.addi %v2262, %v2266 : i64
        %v2268 = arith.muli %v2260, %v93 : i64
        %v2269 = arith.addi %v2268, %v2033 : i64
        %v2270 = llvm.getelementptr %in_g_c[%v2267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2271 = llvm.load %v2270 : !llvm.ptr -> f32
        %v2272 = arith.addi %v2032, %v336 : i64
        %v2273 = arith.constant true
        %v2274 = arith.addi %v15, %v2272 : i64
        %v2275 = llvm.getelementptr %v5[%v2274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2276 = llvm.load %v2275 : !llvm.ptr<3> -> i64
        %v2277 = arith.addi %v1581, %v2033 : i64
        %v2278 = arith.cmpi slt, %v2277, %v79 : i64
        %v2279 = arith.subi %size_L, %v1 : i64
        %v2280 = arith.minsi %v2277, %v2279 : i64
        %v2281 = arith.addi %v2276, %v2280 : i64
        %v2282 = arith.muli %v2274, %v93 : i64
        %v2283 = arith.addi %v2282, %v2033 : i64
        %v2284 = llvm.getelementptr %in_g_c[%v2281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2285 = llvm.load %v2284 : !llvm.ptr -> f32
        %v2286 = arith.addi %v2032, %v351 : i64
        %v2287 = arith.constant true
        %v2288 = arith.addi %v15, %v2286 : i64
        %v2289 = llvm.getelementptr %v5[%v2288] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2290 = llvm.load %v2289 : !llvm.ptr<3> -> i64
        %v2291 = arith.addi %v1581, %v2033 : i64
        %v2292 = arith.cmpi slt, %v2291, %v79 : i64
        %v2293 = arith.subi %size_L, %v1 : i64
        %v2294 = arith.minsi %v2291, %v2293 : i64
        %v2295 = arith.addi %v2290, %v2294 : i64
        %v2296 = arith.muli %v2288, %v93 : i64
        %v2297 = arith.addi %v2296, %v2033 : i64
        %v2298 = llvm.getelementptr %in_g_c[%v2295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2299 = llvm.load %v2298 : !llvm.ptr -> f32
        %v2300 = arith.addi %v2032, %v366 : i64
        %v2301 = arith.constant true
        %v2302 = arith.addi %v15, %v2300 : i64
        %v2303 = llvm.getelementptr %v5[%v2302] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2304 = llvm.load %v2303 : !llvm.ptr<3> -> i64
        %v2305 = arith.addi %v1581, %v2033 : i64
        %v2306 = arith.cmpi slt, %v2305, %v79 : i64
        %v2307 = arith.subi %size_L, %v1 : i64
        %v2308 = arith.minsi %v2305, %v2307 : i64
        %v2309 = arith.addi %v2304, %v2308 : i64
        %v2310 = arith.muli %v2302, %v93 : i64
        %v2311 = arith.addi %v2310, %v2033 : i64
        %v2312 = llvm.getelementptr %in_g_c[%v2309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2313 = llvm.load %v2312 : !llvm.ptr -> f32
        %v2314 = arith.addi %v2032, %v381 : i64
        %v2315 = arith.constant true
        %v2316 = arith.addi %v15, %v2314 : i64
        %v2317 = llvm.getelementptr %v5[%v2316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2318 = llvm.load %v2317 : !llvm.ptr<3> -> i64
        %v2319 = arith.addi %v1581, %v2033 : i64
        %v2320 = arith.cmpi slt, %v2319, %v79 : i64
        %v2321 = arith.subi %size_L, %v1 : i64
        %v2322 = arith.minsi %v2319, %v2321 : i64
        %v2323 = arith.addi %v2318, %v2322 : i64
        %v2324 = arith.muli %v2316, %v93 : i64
        %v2325 = arith.addi %v2324, %v2033 : i64
        %v2326 = llvm.getelementptr %in_g_c[%v2323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2327 = llvm.load %v2326 : !llvm.ptr -> f32
        %v2328 = arith.addi %v2032, %v396 : i64
        %v2329 = arith.constant true
        %v2330 = arith.addi %v15, %v2328 : i64
        %v2331 = llvm.getelementptr %v5[%v2330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2332 = llvm.load %v2331 : !llvm.ptr<3> -> i64
        %v2333 = arith.addi %v1581, %v2033 : i64
        %v2334 = arith.cmpi slt, %v2333, %v79 : i64
        %v2335 = arith.subi %size_L, %v1 : i64
        %v2336 = arith.minsi %v2333, %v2335 : i64
        %v2337 = arith.addi %v2332, %v2336 : i64
        %v2338 = arith.muli %v2330, %v93 : i64
        %v2339 = arith.addi %v2338, %v2033 : i64
        %v2340 = llvm.getelementptr %in_g_c[%v2337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2341 = llvm.load %v2340 : !llvm.ptr -> f32
        %v2342 = arith.addi %v2032, %v411 : i64
        %v2343 = arith.constant true
        %v2344 = arith.addi %v15, %v2342 : i64
        %v2345 = llvm.getelementptr %v5[%v2344] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2346 = llvm.load %v2345 : !llvm.ptr<3> -> i64
        %v2347 = arith.addi %v1581, %v2033 : i64
        %v2348 = arith.cmpi slt, %v2347, %v79 : i64
        %v2349 = arith.subi %size_L, %v1 : i64
        %v2350 = arith.minsi %v2347, %v2349 : i64
        %v2351 = arith.addi %v2346, %v2350 : i64
        %v2352 = arith.muli %v2344, %v93 : i64
        %v2353 = arith.addi %v2352, %v2033 : i64
        %v2354 = llvm.getelementptr %in_g_c[%v2351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2355 = llvm.load %v2354 : !llvm.ptr -> f32
        %v2356 = arith.addi %v2032, %v426 : i64
        %v2357 = arith.constant true
        %v2358 = arith.addi %v15, %v2356 : i64
        %v2359 = llvm.getelementptr %v5[%v2358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2360 = llvm.load %v2359 : !llvm.ptr<3> -> i64
        %v2361 = arith.addi %v1581, %v2033 : i64
        %v2362 = arith.cmpi slt, %v2361, %v79 : i64
        %v2363 = arith.subi %size_L, %v1 : i64
        %v2364 = arith.minsi %v2361, %v2363 : i64
        %v2365 = arith.addi %v2360, %v2364 : i64
        %v2366 = arith.muli %v2358, %v93 : i64
        %v2367 = arith.addi %v2366, %v2033 : i64
        %v2368 = llvm.getelementptr %in_g_c[%v2365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2369 = llvm.load %v2368 : !llvm.ptr -> f32
        %v2370 = arith.addi %v2032, %v441 : i64
        %v2371 = arith.constant true
        %v2372 = arith.addi %v15, %v2370 : i64
        %v2373 = llvm.getelementptr %v5[%v2372] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2374 = llvm.load %v2373 : !llvm.ptr<3> -> i64
        %v2375 = arith.addi %v1581, %v2033 : i64
        %v2376 = arith.cmpi slt, %v2375, %v79 : i64
        %v2377 = arith.subi %size_L, %v1 : i64
        %v2378 = arith.minsi %v2375, %v2377 : i64
        %v2379 = arith.addi %v2374, %v2378 : i64
        %v2380 = arith.muli %v2372, %v93 : i64
        %v2381 = arith.addi %v2380, %v2033 : i64
        %v2382 = llvm.getelementptr %in_g_c[%v2379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2383 = llvm.load %v2382 : !llvm.ptr -> f32
        %v2384 = arith.addi %v2032, %v456 : i64
        %v2385 = arith.constant true
        %v2386 = arith.addi %v15, %v2384 : i64
        %v2387 = llvm.getelementptr %v5[%v2386] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2388 = llvm.load %v2387 : !llvm.ptr<3> -> i64
        %v2389 = arith.addi %v1581, %v2033 : i64
        %v2390 = arith.cmpi slt, %v2389, %v79 : i64
        %v2391 = arith.subi %size_L, %v1 : i64
        %v2392 = arith.minsi %v2389, %v2391 : i64
        %v2393 = arith.addi %v2388, %v2392 : i64
        %v2394 = arith.muli %v2386, %v93 : i64
        %v2395 = arith.addi %v2394, %v2033 : i64
        %v2396 = llvm.getelementptr %in_g_c[%v2393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2397 = llvm.load %v2396 : !llvm.ptr -> f32
        %v2398 = arith.addi %v2032, %v471 : i64
        %v2399 = arith.constant true
        %v2400 = arith.addi %v15, %v2398 : i64
        %v2401 = llvm.getelementptr %v5[%v2400] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2402 = llvm.load %v2401 : !llvm.ptr<3> -> i64
        %v2403 = arith.addi %v1581, %v2033 : i64
        %v2404 = arith.cmpi slt, %v2403, %v79 : i64
        %v2405 = arith.subi %size_L, %v1 : i64
        %v2406 = arith.minsi %v2403, %v2405 : i64
        %v2407 = arith.addi %v2402, %v2406 : i64
        %v2408 = arith.muli %v2400, %v93 : i64
        %v2409 = arith.addi %v2408, %v2033 : i64
        %v2410 = llvm.getelementptr %in_g_c[%v2407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2411 = llvm.load %v2410 : !llvm.ptr -> f32
        %v2412 = arith.addi %v2032, %v486 : i64
        %v2413 = arith.constant true
        %v2414 = arith.addi %v15, %v2412 : i64
        %v2415 = llvm.getelementptr %v5[%v2414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2416 = llvm.load %v2415 : !llvm.ptr<3> -> i64
        %v2417 = arith.addi %v1581, %v2033 : i64
        %v2418 = arith.cmpi slt, %v2417, %v79 : i64
        %v2419 = arith.subi %size_L, %v1 : i64
        %v2420 = arith.minsi %v2417, %v2419 : i64
        %v2421 = arith.addi %v2416, %v2420 : i64
        %v2422 = arith.muli %v2414, %v93 : i64
        %v2423 = arith.addi %v2422, %v2033 : i64
        %v2424 = llvm.getelementptr %in_g_c[%v2421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2425 = llvm.load %v2424 : !llvm.ptr -> f32
        %v2426 = arith.addi %v2032, %v501 : i64
        %v2427 = arith.constant true
        %v2428 = arith.addi %v15, %v2426 : i64
        %v2429 = llvm.getelementptr %v5[%v2428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2430 = llvm.load %v2429 : !llvm.ptr<3> -> i64
        %v2431 = arith.addi %v1581, %v2033 : i64
        %v2432 = arith.cmpi slt, %v2431, %v79 : i64
        %v2433 = arith.subi %size_L, %v1 : i64
        %v2434 = arith.minsi %v2431, %v2433 : i64
        %v2435 = arith.addi %v2430, %v2434 : i64
        %v2436 = arith.muli %v2428, %v93 : i64
        %v2437 = arith.addi %v2436, %v2033 : i64
        %v2438 = llvm.getelementptr %in_g_c[%v2435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2439 = llvm.load %v2438 : !llvm.ptr -> f32
        %v2440 = arith.addi %v2032, %v516 : i64
        %v2441 = arith.constant true
        %v2442 = arith.addi %v15, %v2440 : i64
        %v2443 = llvm.getelementptr %v5[%v2442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2444 = llvm.load %v2443 : !llvm.ptr<3> -> i64
        %v2445 = arith.addi %v1581, %v2033 : i64
        %v2446 = arith.cmpi slt, %v2445, %v79 : i64
        %v2447 = arith.subi %size_L, %v1 : i64
        %v2448 = arith.minsi %v2445, %v2447 : i64
        %v2449 = arith.addi %v2444, %v2448 : i64
        %v2450 = arith.muli %v2442, %v93 : i64
        %v2451 = arith.addi %v2450, %v2033 : i64
        %v2452 = llvm.getelementptr %in_g_c[%v2449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2453 = llvm.load %v2452 : !llvm.ptr -> f32
        %v2454 = arith.addi %v2032, %v531 : i64
        %v2455 = arith.constant true
        %v2456 = arith.addi %v15, %v2454 : i64
        %v2457 = llvm.getelementptr %v5[%v2456] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2458 = llvm.load %v2457 : !llvm.ptr<3> -> i64
        %v2459 = arith.addi %v1581, %v2033 : i64
        %v2460 = arith.cmpi slt, %v2459, %v79 : i64
        %v2461 = arith.subi %size_L, %v1 : i64
        %v2462 = arith.minsi %v2459, %v2461 : i64
        %v2463 = arith.addi %v2458, %v2462 : i64
        %v2464 = arith.muli %v2456, %v93 : i64
        %v2465 = arith.addi %v2464, %v2033 : i64
        %v2466 = llvm.getelementptr %in_g_c[%v2463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2467 = llvm.load %v2466 : !llvm.ptr -> f32
        %v2468 = arith.addi %v2032, %v546 : i64
        %v2469 = arith.constant true
        %v2470 = arith.addi %v15, %v2468 : i64
        %v2471 = llvm.getelementptr %v5[%v2470] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2472 = llvm.load %v2471 : !llvm.ptr<3> -> i64
        %v2473 = arith.addi %v1581, %v2033 : i64
        %v2474 = arith.cmpi slt, %v2473, %v79 : i64
        %v2475 = arith.subi %size_L, %v1 : i64
        %v2476 = arith.minsi %v2473, %v2475 : i64
        %v2477 = arith.addi %v2472, %v2476 : i64
        %v2478 = arith.muli %v2470, %v93 : i64
        %v2479 = arith.addi %v2478, %v2033 : i64
        %v2480 = llvm.getelementptr %in_g_c[%v2477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2481 = llvm.load %v2480 : !llvm.ptr -> f32
        %v2482 = arith.divui %v13, %v80 : i64
        %v2483 = arith.remui %v13, %v80 : i64
        %v2484 = arith.addi %v2482, %v30 : i64
        %v2485 = arith.constant true
        %v2486 = arith.addi %v1079, %v2484 : i64
        %v2487 = llvm.getelementptr %v5[%v2486] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2488 = llvm.load %v2487 : !llvm.ptr<3> -> i64
        %v2489 = arith.addi %v1581, %v2483 : i64
        %v2490 = arith.cmpi slt, %v2489, %v79 : i64
        %v2491 = arith.subi %size_L, %v1 : i64
        %v2492 = arith.minsi %v2489, %v2491 : i64
        %v2493 = arith.addi %v2488, %v2492 : i64
        %v2494 = arith.muli %v2486, %v93 : i64
        %v2495 = arith.addi %v2494, %v2483 : i64
        %v2496 = llvm.getelementptr %in_g_o[%v2493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2497 = llvm.load %v2496 : !llvm.ptr -> f32
        %v2498 = arith.addi %v2482, %v54 : i64
        %v2499 = arith.constant true
        %v2500 = arith.addi %v1079, %v2498 : i64
        %v2501 = llvm.getelementptr %v5[%v2500] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2502 = llvm.load %v2501 : !llvm.ptr<3> -> i64
        %v2503 = arith.addi %v1581, %v2483 : i64
        %v2504 = arith.cmpi slt, %v2503, %v79 : i64
        %v2505 = arith.subi %size_L, %v1 : i64
        %v2506 = arith.minsi %v2503, %v2505 : i64
        %v2507 = arith.addi %v2502, %v2506 : i64
        %v2508 = arith.muli %v2500, %v93 : i64
        %v2509 = arith.addi %v2508, %v2483 : i64
        %v2510 = llvm.getelementptr %in_g_o[%v2507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2511 = llvm.load %v2510 : !llvm.ptr -> f32
        %v2512 = arith.addi %v2482, %v112 : i64
        %v2513 = arith.constant true
        %v2514 = arith.addi %v1079, %v2512 : i64
        %v2515 = llvm.getelementptr %v5[%v2514] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2516 = llvm.load %v2515 : !llvm.ptr<3> -> i64
        %v2517 = arith.addi %v1581, %v2483 : i64
        %v2518 = arith.cmpi slt, %v2517, %v79 : i64
        %v2519 = arith.subi %size_L, %v1 : i64
        %v2520 = arith.minsi %v2517, %v2519 : i64
        %v2521 = arith.addi %v2516, %v2520 : i64
        %v2522 = arith.muli %v2514, %v93 : i64
        %v2523 = arith.addi %v2522, %v2483 : i64
        %v2524 = llvm.getelementptr %in_g_o[%v2521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2525 = llvm.load %v2524 : !llvm.ptr -> f32
        %v2526 = arith.addi %v2482, %v127 : i64
        %v2527 = arith.constant true
        %v2528 = arith.addi %v1079, %v2526 : i64
        %v2529 = llvm.getelementptr %v5[%v2528] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2530 = llvm.load %v2529 : !llvm.ptr<3> -> i64
        %v2531 = arith.addi %v1581, %v2483 : i64
        %v2532 = arith.cmpi slt, %v2531, %v79 : i64
        %v2533 = arith.subi %size_L, %v1 : i64
        %v2534 = arith.minsi %v2531, %v2533 : i64
        %v2535 = arith.addi %v2530, %v2534 : i64
        %v2536 = arith.muli %v2528, %v93 : i64
        %v2537 = arith.addi %v2536, %v2483 : i64
        %v2538 = llvm.getelementptr %in_g_o[%v2535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2539 = llvm.load %v2538 : !llvm.ptr -> f32
        %v2540 = arith.addi %v2482, %v142 : i64
        %v2541 = arith.constant true
        %v2542 = arith.addi %v1079, %v2540 : i64
        %v2543 = llvm.getelementptr %v5[%v2542] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2544 = llvm.load %v2543 : !llvm.ptr<3> -> i64
        %v2545 = arith.addi %v1581, %v2483 : i64
        %v2546 = arith.cmpi slt, %v2545, %v79 : i64
        %v2547 = arith.subi %size_L, %v1 : i64
        %v2548 = arith.minsi %v2545, %v2547 : i64
        %v2549 = arith.addi %v2544, %v2548 : i64
        %v2550 = arith.muli %v2542, %v93 : i64
        %v2551 = arith.addi %v2550, %v2483 : i64
        %v2552 = llvm.getelementptr %in_g_o[%v2549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2553 = llvm.load %v2552 : !llvm.ptr -> f32
        %v2554 = arith.addi %v2482, %v157 : i64
        %v2555 = arith.constant true
        %v2556 = arith.addi %v1079, %v2554 : i64
        %v2557 = llvm.getelementptr %v5[%v2556] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2558 = llvm.load %v2557 : !llvm.ptr<3> -> i64
        %v2559 = arith.addi %v1581, %v2483 : i64
        %v2560 = arith.cmpi slt, %v2559, %v79 : i64
        %v2561 = arith.subi %size_L, %v1 : i64
        %v2562 = arith.minsi %v2559, %v2561 : i64
        %v2563 = arith.addi %v2558, %v2562 : i64
        %v2564 = arith.muli %v2556, %v93 : i64
        %v2565 = arith.addi %v2564, %v2483 : i64
        %v2566 = llvm.getelementptr %in_g_o[%v2563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2567 = llvm.load %v2566 : !llvm.ptr -> f32
        %v2568 = arith.addi %v2482, %v172 : i64
        %v2569 = arith.constant true
        %v2570 = arith.addi %v1079, %v2568 : i64
        %v2571 = llvm.getelementptr %v5[%v2570] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2572 = llvm.load %v2571 : !llvm.ptr<3> -> i64
        %v2573 = arith.addi %v1581, %v2483 : i64
        %v2574 = arith.cmpi slt, %v2573, %v79 : i64
        %v2575 = arith.subi %size_L, %v1 : i64
        %v2576 = arith.minsi %v2573, %v2575 : i64
        %v2577 = arith.addi %v2572, %v2576 : i64
        %v2578 = arith.muli %v2570, %v93 : i64
        %v2579 = arith.addi %v2578, %v2483 : i64
        %v2580 = llvm.getelementptr %in_g_o[%v2577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2581 = llvm.load %v2580 : !llvm.ptr -> f32
        %v2582 = arith.addi %v2482, %v187 : i64
        %v2583 = arith.constant true
        %v2584 = arith.addi %v1079, %v2582 : i64
        %v2585 = llvm.getelementptr %v5[%v2584] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2586 = llvm.load %v2585 : !llvm.ptr<3> -> i64
        %v2587 = arith.addi %v1581, %v2483 : i64
        %v2588 = arith.cmpi slt, %v2587, %v79 : i64
        %v2589 = arith.subi %size_L, %v1 : i64
        %v2590 = arith.minsi %v2587, %v2589 : i64
        %v2591 = arith.addi %v2586, %v2590 : i64
        %v2592 = arith.muli %v2584, %v93 : i64
        %v2593 = arith.addi %v2592, %v2483 : i64
        %v2594 = llvm.getelementptr %in_g_o[%v2591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2595 = llvm.load %v2594 : !llvm.ptr -> f32
        %v2596 = arith.addi %v2482, %v202 : i64
        %v2597 = arith.constant true
        %v2598 = arith.addi %v1079, %v2596 : i64
        %v2599 = llvm.getelementptr %v5[%v2598] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2600 = llvm.load %v2599 : !llvm.ptr<3> -> i64
        %v2601 = arith.addi %v1581, %v2483 : i64
        %v2602 = arith.cmpi slt, %v2601, %v79 : i64
        %v2603 = arith.subi %size_L, %v1 : i64
        %v2604 = arith.minsi %v2601, %v2603 : i64
        %v2605 = arith.addi %v2600, %v2604 : i64
        %v2606 = arith.muli %v2598, %v93 : i64
        %v2607 = arith.addi %v2606, %v2483 : i64
        %v2608 = llvm.getelementptr %in_g_o[%v2605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2609 = llvm.load %v2608 : !llvm.ptr -> f32
        %v2610 = arith.addi %v2482, %v217 : i64
        %v2611 = arith.constant true
        %v2612 = arith.addi %v1079, %v2610 : i64
        %v2613 = llvm.getelementptr %v5[%v2612] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2614 = llvm.load %v2613 : !llvm.ptr<3> -> i64
        %v2615 = arith.addi %v1581, %v2483 : i64
        %v2616 = arith.cmpi slt, %v2615, %v79 : i64
        %v2617 = arith.subi %size_L, %v1 : i64
        %v2618 = arith.minsi %v2615, %v2617 : i64
        %v2619 = arith.addi %v2614, %v2618 : i64
        %v2620 = arith.muli %v2612, %v93 : i64
        %v2621 = arith.addi %v2620, %v2483 : i64
        %v2622 = llvm.getelementptr %in_g_o[%v2619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2623 = llvm.load %v2622 : !llvm.ptr -> f32
        %v2624 = arith.addi %v2482, %v232 : i64
        %v2625 = arith.constant true
        %v2626 = arith.addi %v1079, %v2624 : i64
        %v2627 = llvm.getelementptr %v5[%v2626] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2628 = llvm.load %v2627 : !llvm.ptr<3> -> i64
        %v2629 = arith.addi %v1581, %v2483 : i64
        %v2630 = arith.cmpi slt, %v2629, %v79 : i64
        %v2631 = arith.subi %size_L, %v1 : i64
        %v2632 = arith.minsi %v2629, %v2631 : i64
        %v2633 = arith.addi %v2628, %v2632 : i64
        %v2634 = arith.muli %v2626, %v93 : i64
        %v2635 = arith.addi %v2634, %v2483 : i64
        %v2636 = llvm.getelementptr %in_g_o[%v2633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2637 = llvm.load %v2636 : !llvm.ptr -> f32
        %v2638 = arith.addi %v2482, %v247 : i64
        %v2639 = arith.constant true
        %v2640 = arith.addi %v1079, %v2638 : i64
        %v2641 = llvm.getelementptr %v5[%v2640] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2642 = llvm.load %v2641 : !llvm.ptr<3> -> i64
        %v2643 = arith.addi %v1581, %v2483 : i64
        %v2644 = arith.cmpi slt, %v2643, %v79 : i64
        %v2645 = arith.subi %size_L, %v1 : i64
        %v2646 = arith.minsi %v2643, %v2645 : i64
        %v2647 = arith.addi %v2642, %v2646 : i64
        %v2648 = arith.muli %v2640, %v93 : i64
        %v2649 = arith.addi %v2648, %v2483 : i64
        %v2650 = llvm.getelementptr %in_g_o[%v2647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2651 = llvm.load %v2650 : !llvm.ptr -> f32
        %v2652 = arith.addi %v2482, %v262 : i64
        %v2653 = arith.constant true
        %v2654 = arith.addi %v1079, %v2652 : i64
        %v2655 = llvm.getelementptr %v5[%v2654] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2656 = llvm.load %v2655 : !llvm.ptr<3> -> i64
        %v2657 = arith.addi %v1581, %v2483 : i64
        %v2658 = arith.cmpi slt, %v2657, %v79 : i64
        %v2659 = arith.subi %size_L, %v1 : i64
        %v2660 = arith.minsi %v2657, %v2659 : i64
        %v2661 = arith.addi %v2656, %v2660 : i64
        %v2662 = arith.muli %v2654, %v93 : i64
        %v2663 = arith.addi %v2662, %v2483 : i64
        %v2664 = llvm.getelementptr %in_g_o[%v2661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2665 = llvm.load %v2664 : !llvm.ptr -> f32
        %v2666 = arith.addi %v2482, %v277 : i64
        %v2667 = arith.constant true
        %v2668 = arith.addi %v1079, %v2666 : i64
        %v2669 = llvm.getelementptr %v5[%v2668] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2670 = llvm.load %v2669 : !llvm.ptr<3> -> i64
        %v2671 = arith.addi %v1581, %v2483 : i64
        %v2672 = arith.cmpi slt, %v2671, %v79 : i64
        %v2673 = arith.subi %size_L, %v1 : i64
        %v2674 = arith.minsi %v2671, %v2673 : i64
        %v2675 = arith.addi %v2670, %v2674 : i64
        %v2676 = arith.muli %v2668, %v93 : i64
        %v2677 = arith.addi %v2676, %v2483 : i64
        %v2678 = llvm.getelementptr %in_g_o[%v2675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2679 = llvm.load %v2678 : !llvm.ptr -> f32
        %v2680 = arith.addi %v2482, %v292 : i64
        %v2681 = arith.constant true
        %v2682 = arith.addi %v1079, %v2680 : i64
        %v2683 = llvm.getelementptr %v5[%v2682] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2684 = llvm.load %v2683 : !llvm.ptr<3> -> i64
        %v2685 = arith.addi %v1581, %v2483 : i64
        %v2686 = arith.cmpi slt, %v2685, %v79 : i64
        %v2687 = arith.subi %size_L, %v1 : i64
        %v2688 = arith.minsi %v2685, %v2687 : i64
        %v2689 = arith.addi %v2684, %v2688 : i64
        %v2690 = arith.muli %v2682, %v93 : i64
        %v2691 = arith.addi %v2690, %v2483 : i64
        %v2692 = llvm.getelementptr %in_g_o[%v2689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2693 = llvm.load %v2692 : !llvm.ptr -> f32
        %v2694 = arith.addi %v2482, %v307 : i64
        %v2695 = arith.constant true
        %v2696 = arith.addi %v1079, %v2694 : i64
        %v2697 = llvm.getelementptr %v5[%v2696] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2698 = llvm.load %v2697 : !llvm.ptr<3> -> i64
        %v2699 = arith.addi %v1581, %v2483 : i64
        %v2700 = arith.cmpi slt, %v2699, %v79 : i64
        %v2701 = arith.subi %size_L, %v1 : i64
        %v2702 = arith.minsi %v2699, %v2701 : i64
        %v2703 = arith.addi %v2698, %v2702 : i64
        %v2704 = arith.muli %v2696, %v93 : i64
        %v2705 = arith.addi %v2704, %v2483 : i64
        %v2706 = llvm.getelementptr %in_g_o[%v2703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2707 = llvm.load %v2706 : !llvm.ptr -> f32
        %v2708 = arith.addi %v2482, %v80 : i64
        %v2709 = arith.constant true
        %v2710 = arith.addi %v1079, %v2708 : i64
        %v2711 = llvm.getelementptr %v5[%v2710] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2712 = llvm.load %v2711 : !llvm.ptr<3> -> i64
        %v2713 = arith.addi %v1581, %v2483 : i64
        %v2714 = arith.cmpi slt, %v2713, %v79 : i64
        %v2715 = arith.subi %size_L, %v1 : i64
        %v2716 = arith.minsi %v2713, %v2715 : i64
        %v2717 = arith.addi %v2712, %v2716 : i64
        %v2718 = arith.muli %v2710, %v93 : i64
        %v2719 = arith.addi %v2718, %v2483 : i64
        %v2720 = llvm.getelementptr %in_g_o[%v2717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2721 = llvm.load %v2720 : !llvm.ptr -> f32
        %v2722 = arith.addi %v2482, %v336 : i64
        %v2723 = arith.constant true
        %v2724 = arith.addi %v1079, %v2722 : i64
        %v2725 = llvm.getelementptr %v5[%v2724] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2726 = llvm.load %v2725 : !llvm.ptr<3> -> i64
        %v2727 = arith.addi %v1581, %v2483 : i64
        %v2728 = arith.cmpi slt, %v2727, %v79 : i64
        %v2729 = arith.subi %size_L, %v1 : i64
        %v2730 = arith.minsi %v2727, %v2729 : i64
        %v2731 = arith.addi %v2726, %v2730 : i64
        %v2732 = arith.muli %v2724, %v93 : i64
        %v2733 = arith.addi %v2732, %v2483 : i64
        %v2734 = llvm.getelementptr %in_g_o[%v2731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2735 = llvm.load %v2734 : !llvm.ptr -> f32
        %v2736 = arith.addi %v2482, %v351 : i64
        %v2737 = arith.constant true
        %v2738 = arith.addi %v1079, %v2736 : i64
        %v2739 = llvm.getelementptr %v5[%v2738] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2740 = llvm.load %v2739 : !llvm.ptr<3> -> i64
        %v2741 = arith.addi %v1581, %v2483 : i64
        %v2742 = arith.cmpi slt, %v2741, %v79 : i64
        %v2743 = arith.subi %size_L, %v1 : i64
        %v2744 = arith.minsi %v2741, %v2743 : i64
        %v2745 = arith.addi %v2740, %v2744 : i64
        %v2746 = arith.muli %v2738, %v93 : i64
        %v2747 = arith.addi %v2746, %v2483 : i64
        %v2748 = llvm.getelementptr %in_g_o[%v2745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2749 = llvm.load %v2748 : !llvm.ptr -> f32
        %v2750 = arith.addi %v2482, %v366 : i64
        %v2751 = arith.constant true
        %v2752 = arith.addi %v1079, %v2750 : i64
        %v2753 = llvm.getelementptr %v5[%v2752] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2754 = llvm.load %v2753 : !llvm.ptr<3> -> i64
        %v2755 = arith.addi %v1581, %v2483 : i64
        %v2756 = arith.cmpi slt, %v2755, %v79 : i64
        %v2757 = arith.subi %size_L, %v1 : i64
        %v2758 = arith.minsi %v2755, %v2757 : i64
        %v2759 = arith.addi %v2754, %v2758 : i64
        %v2760 = arith.muli %v2752, %v93 : i64
        %v2761 = arith.addi %v2760, %v2483 : i64
        %v2762 = llvm.getelementptr %in_g_o[%v2759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2763 = llvm.load %v2762 : !llvm.ptr -> f32
        %v2764 = arith.addi %v2482, %v381 : i64
        %v2765 = arith.constant true
        %v2766 = arith.addi %v1079, %v2764 : i64
        %v2767 = llvm.getelementptr %v5[%v2766] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2768 = llvm.load %v2767 : !llvm.ptr<3> -> i64
        %v2769 = arith.addi %v1581, %v2483 : i64
        %v2770 = arith.cmpi slt, %v2769, %v79 : i64
        %v2771 = arith.subi %size_L, %v1 : i64
        %v2772 = arith.minsi %v2769, %v2771 : i64
        %v2773 = arith.addi %v2768, %v2772 : i64
        %v2774 = arith.muli %v2766, %v93 : i64
        %v2775 = arith.addi %v2774, %v2483 : i64
        %v2776 = llvm.getelementptr %in_g_o[%v2773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2777 = llvm.load %v2776 : !llvm.ptr -> f32
        %v2778 = arith.addi %v2482, %v396 : i64
        %v2779 = arith.constant true
        %v2780 = arith.addi %v1079, %v2778 : i64
        %v2781 = llvm.getelementptr %v5[%v2780] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2782 = llvm.load %v2781 : !llvm.ptr<3> -> i64
        %v2783 = arith.addi %v1581, %v2483 : i64
        %v2784 = arith.cmpi slt, %v2783, %v79 : i64
        %v2785 = arith.subi %size_L, %v1 : i64
        %v2786 = arith.minsi %v2783, %v2785 : i64
        %v2787 = arith.addi %v2782, %v2786 : i64
        %v2788 = arith.muli %v2780, %v93 : i64
        %v2789 = arith.addi %v2788, %v2483 : i64
        %v2790 = llvm.getelementptr %in_g_o[%v2787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2791 = llvm.load %v2790 : !llvm.ptr -> f32
        %v2792 = arith.addi %v2482, %v411 : i64
        %v2793 = arith.constant true
        %v2794 = arith.addi %v1079, %v2792 : i64
        %v2795 = llvm.getelementptr %v5[%v2794] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2796 = llvm.load %v2795 : !llvm.ptr<3> -> i64
        %v2797 = arith.addi %v1581, %v2483 : i64
        %v2798 = arith.cmpi slt, %v2797, %v79 : i64
        %v2799 = arith.subi %size_L, %v1 : i64
        %v2800 = arith.minsi %v2797, %v2799 : i64
        %v2801 = arith.addi %v2796, %v2800 : i64
        %v2802 = arith.muli %v2794, %v93 : i64
        %v2803 = arith.addi %v2802, %v2483 : i64
        %v2804 = llvm.getelementptr %in_g_o[%v2801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2805 = llvm.load %v2804 : !llvm.ptr -> f32
        %v2806 = arith.addi %v2482, %v426 : i64
        %v2807 = arith.constant true
        %v2808 = arith.addi %v1079, %v2806 : i64
        %v2809 = llvm.getelementptr %v5[%v2808] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2810 = llvm.load %v2809 : !llvm.ptr<3> -> i64
        %v2811 = arith.addi %v1581, %v2483 : i64
        %v2812 = arith.cmpi slt, %v2811, %v79 : i64
        %v2813 = arith.subi %size_L, %v1 : i64
        %v2814 = arith.minsi %v2811, %v2813 : i64
        %v2815 = arith.addi %v2810, %v2814 : i64
        %v2816 = arith.muli %v2808, %v93 : i64
        %v2817 = arith.addi %v2816, %v2483 : i64
        %v2818 = llvm.getelementptr %in_g_o[%v2815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2819 = llvm.load %v2818 : !llvm.ptr -> f32
        %v2820 = arith.addi %v2482, %v441 : i64
        %v2821 = arith.constant true
        %v2822 = arith.addi %v1079, %v2820 : i64
        %v2823 = llvm.getelementptr %v5[%v2822] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2824 = llvm.load %v2823 : !llvm.ptr<3> -> i64
        %v2825 = arith.addi %v1581, %v2483 : i64
        %v2826 = arith.cmpi slt, %v2825, %v79 : i64
        %v2827 = arith.subi %size_L, %v1 : i64
        %v2828 = arith.minsi %v2825, %v2827 : i64
        %v2829 = arith.addi %v2824, %v2828 : i64
        %v2830 = arith.muli %v2822, %v93 : i64
        %v2831 = arith.addi %v2830, %v2483 : i64
        %v2832 = llvm.getelementptr %in_g_o[%v2829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2833 = llvm.load %v2832 : !llvm.ptr -> f32
        %v2834 = arith.addi %v2482, %v456 : i64
        %v2835 = arith.constant true
        %v2836 = arith.addi %v1079, %v2834 : i64
        %v2837 = llvm.getelementptr %v5[%v2836] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2838 = llvm.load %v2837 : !llvm.ptr<3> -> i64
        %v2839 = arith.addi %v1581, %v2483 : i64
        %v2840 = arith.cmpi slt, %v2839, %v79 : i64
        %v2841 = arith.subi %size_L, %v1 : i64
        %v2842 = arith.minsi %v2839, %v2841 : i64
        %v2843 = arith.addi %v2838, %v2842 : i64
        %v2844 = arith.muli %v2836, %v93 : i64
        %v2845 = arith.addi %v2844, %v2483 : i64
        %v2846 = llvm.getelementptr %in_g_o[%v2843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2847 = llvm.load %v2846 : !llvm.ptr -> f32
        %v2848 = arith.addi %v2482, %v471 : i64
        %v2849 = arith.constant true
        %v2850 = arith.addi %v1079, %v2848 : i64
        %v2851 = llvm.getelementptr %v5[%v2850] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2852 = llvm.load %v2851 : !llvm.ptr<3> -> i64
        %v2853 = arith.addi %v1581, %v2483 : i64
        %v2854 = arith.cmpi slt, %v2853, %v79 : i64
        %v2855 = arith.subi %size_L, %v1 : i64
        %v2856 = arith.minsi %v2853, %v2855 : i64
        %v2857 = arith.addi %v2852, %v2856 : i64
        %v2858 = arith.muli %v2850, %v93 : i64
        %v2859 = arith.addi %v2858, %v2483 : i64
        %v2860 = llvm.getelementptr %in_g_o[%v2857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2861 = llvm.load %v2860 : !llvm.ptr -> f32
        %v2862 = arith.addi %v2482, %v486 : i64
        %v2863 = arith.constant true
        %v2864 = arith.addi %v1079, %v2862 : i64
        %v2865 = llvm.getelementptr %v5[%v2864] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2866 = llvm.load %v2865 : !llvm.ptr<3> -> i64
        %v2867 = arith.addi %v1581, %v2483 : i64
        %v2868 = arith.cmpi slt, %v2867, %v79 : i64
        %v2869 = arith.subi %size_L, %v1 : i64
        %v2870 = arith.minsi %v2867, %v2869 : i64
        %v2871 = arith.addi %v2866, %v2870 : i64
        %v2872 = arith.muli %v2864, %v93 : i64
        %v2873 = arith.addi %v2872, %v2483 : i64
        %v2874 = llvm.getelementptr %in_g_o[%v2871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2875 = llvm.load %v2874 : !llvm.ptr -> f32
        %v2876 = arith.addi %v2482, %v501 : i64
        %v2877 = arith.constant true
        %v2878 = arith.addi %v1079, %v2876 : i64
        %v2879 = llvm.getelementptr %v5[%v2878] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2880 = llvm.load %v2879 : !llvm.ptr<3> -> i64
        %v2881 = arith.addi %v1581, %v2483 : i64
        %v2882 = arith.cmpi slt, %v2881, %v79 : i64
        %v2883 = arith.subi %size_L, %v1 : i64
        %v2884 = arith.minsi %v2881, %v2883 : i64
        %v2885 = arith.addi %v2880, %v2884 : i64
        %v2886 = arith.muli %v2878, %v93 : i64
        %v2887 = arith.addi %v2886, %v2483 : i64
        %v2888 = llvm.getelementptr %in_g_o[%v2885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2889 = llvm.load %v2888 : !llvm.ptr -> f32
        %v2890 = arith.addi %v2482, %v516 : i64
        %v2891 = arith.constant true
        %v2892 = arith.addi %v1079, %v2890 : i64
        %v2893 = llvm.getelementptr %v5[%v2892] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2894 = llvm.load %v2893 : !llvm.ptr<3> -> i64
        %v2895 = arith.addi %v1581, %v2483 : i64
        %v2896 = arith.cmpi slt, %v2895, %v79 : i64
        %v2897 = arith.subi %size_L, %v1 : i64
        %v2898 = arith.minsi %v2895, %v2897 : i64
        %v2899 = arith.addi %v2894, %v2898 : i64
        %v2900 = arith.muli %v2892, %v93 : i64
        %v2901 = arith.addi %v2900, %v2483 : i64
        %v2902 = llvm.getelementptr %in_g_o[%v2899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2903 = llvm.load %v2902 : !llvm.ptr -> f32
        %v2904 = arith.addi %v2482, %v531 : i64
        %v2905 = arith.constant true
        %v2906 = arith.addi %v1079, %v2904 : i64
        %v2907 = llvm.getelementptr %v5[%v2906] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2908 = llvm.load %v2907 : !llvm.ptr<3> -> i64
        %v2909 = arith.addi %v1581, %v2483 : i64
        %v2910 = arith.cmpi slt, %v2909, %v79 : i64
        %v2911 = arith.subi %size_L, %v1 : i64
        %v2912 = arith.minsi %v2909, %v2911 : i64
        %v2913 = arith.addi %v2908, %v2912 : i64
        %v2914 = arith.muli %v2906, %v93 : i64
        %v2915 = arith.addi %v2914, %v2483 : i64
        %v2916 = llvm.getelementptr %in_g_o[%v2913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2917 = llvm.load %v2916 : !llvm.ptr -> f32
        %v2918 = arith.addi %v2482, %v546 : i64
        %v2919 = arith.constant true
        %v2920 = arith.addi %v1079, %v2918 : i64
        %v2921 = llvm.getelementptr %v5[%v2920] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2922 = llvm.load %v2921 : !llvm.ptr<3> -> i64
        %v2923 = arith.addi %v1581, %v2483 : i64
        %v2924 = arith.cmpi slt, %v2923, %v79 : i64
        %v2925 = arith.subi %size_L, %v1 : i64
        %v2926 = arith.minsi %v2923, %v2925 : i64
        %v2927 = arith.addi %v2922, %v2926 : i64
        %v2928 = arith.muli %v2920, %v93 : i64
        %v2929 = arith.addi %v2928, %v2483 : i64
        %v2930 = llvm.getelementptr %in_g_o[%v2927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2931 = llvm.load %v2930 : !llvm.ptr -> f32
        %v2932 = arith.index_cast %v30 : i64 to index
        %v2933 = arith.index_cast %v1580 : i64 to index
        %v2934 = arith.index_cast %v1 : i64 to index
        scf.for %v2935 = %v2932 to %v2933 step %v2934 {
          %v2936 = arith.index_cast %v2935 : index to i64
          %v2937 = arith.addi %v1562, %v2936 : i64
          %v2943 = arith.muli %v30, %v15 : i64
          %v2944 = arith.addi %v2943, %v13 : i64
          %v2945 = arith.muli %v2944, %v93 : i64
          %v2946 = arith.addi %v2945, %v2936 : i64
          %v2947 = llvm.getelementptr %v6[%v2946] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2948 = llvm.load %v2947 : !llvm.ptr<3> -> f32
          %v2949 = arith.negf %v2948 : f32
          %v2951 = arith.mulf %v2949, %v2950 fastmath<contract> : f32
          %v2952 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2951) : (f32) -> f32
          %v2953 = arith.addf %v2941, %v2952 fastmath<contract> : f32
          %v2954 = arith.divf %v2941, %v2953 : f32
          %v2955 = arith.mulf %v2942, %v2954 fastmath<contract> : f32
          %v2956 = arith.addf %v2940, %v2955 fastmath<contract> : f32
          %v2957 = arith.subf %v2941, %v2956 fastmath<contract> : f32
          %v2958 = arith.muli %v1, %v15 : i64
          %v2959 = arith.addi %v2958, %v13 : i64
          %v2960 = arith.muli %v2959, %v93 : i64
          %v2961 = arith.addi %v2960, %v2936 : i64
          %v2962 = llvm.getelementptr %v6[%v2961] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2963 = llvm.load %v2962 : !llvm.ptr<3> -> f32
          %v2964 = arith.negf %v2963 : f32
          %v2965 = arith.mulf %v2964, %v2950 fastmath<contract> : f32
          %v2966 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2965) : (f32) -> f32
          %v2967 = arith.addf %v2941, %v2966 fastmath<contract> : f32
          %v2968 = arith.divf %v2941, %v2967 : f32
          %v2969 = arith.mulf %v2963, %v2968 fastmath<contract> : f32
          %v2970 = arith.mulf %v2957, %v2969 fastmath<contract> : f32
          %v2971 = llvm.load %v4 : !llvm.ptr -> f32
          %v2972 = arith.mulf %v2956, %v2971 fastmath<contract> : f32
          %v2973 = arith.addf %v2972, %v2970 fastmath<contract> : f32
          llvm.store %v2973, %v4 : f32, !llvm.ptr
          %v2974 = llvm.load %v4 : !llvm.ptr -> f32
          %v2975 = arith.muli %v54, %v15 : i64
          %v2976 = arith.addi %v2975, %v13 : i64
          %v2977 = arith.muli %v2976, %v93 : i64
          %v2978 = arith.addi %v2977, %v2936 : i64
          %v2979 = llvm.getelementptr %v6[%v2978] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2980 = llvm.load %v2979 : !llvm.ptr<3> -> f32
          %v2981 = arith.negf %v2980 : f32
          %v2982 = arith.mulf %v2981, %v2950 fastmath<contract> : f32
          %v2983 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2982) : (f32) -> f32
          %v2984 = arith.addf %v2941, %v2983 fastmath<contract> : f32
          %v2985 = arith.divf %v2941, %v2984 : f32
          %v2986 = arith.mulf %v2974, %v2985 fastmath<contract> : f32
          %v2987 = arith.muli %v65, %v15 : i64
          %v2988 = arith.addi %v2987, %v13 : i64
          %v2989 = arith.muli %v2988, %v93 : i64
          %v2990 = arith.addi %v2989, %v2936 : i64
          %v2991 = llvm.getelementptr %v6[%v2990] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2986, %v2991 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v2992 = arith.addi %v30, %v13 : i64
        %v2993 = arith.divui %v2992, %v80 : i64
        %v2994 = arith.remui %v2992, %v80 : i64
        %v2995 = arith.addi %v30, %v2993 : i64
        %v2996 = arith.muli %v2995, %v93 : i64
        %v2997 = arith.addi %v2996, %v2994 : i64
        %v2998 = llvm.getelementptr %v6[%v2997] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1597, %v2998 : f32, !llvm.ptr<3>
        %v2999 = arith.addi %v15, %v13 : i64
        %v3000 = arith.divui %v2999, %v80 : i64
        %v3001 = arith.remui %v2999, %v80 : i64
        %v3002 = arith.addi %v30, %v3000 : i64
        %v3003 = arith.muli %v3002, %v93 : i64
        %v3004 = arith.addi %v3003, %v3001 : i64
        %v3005 = llvm.getelementptr %v6[%v3004] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1611, %v3005 : f32, !llvm.ptr<3>
        %v3006 = arith.addi %v1079, %v13 : i64
        %v3007 = arith.divui %v3006, %v80 : i64
        %v3008 = arith.remui %v3006, %v80 : i64
        %v3009 = arith.addi %v30, %v3007 : i64
        %v3010 = arith.muli %v3009, %v93 : i64
        %v3011 = arith.addi %v3010, %v3008 : i64
        %v3012 = llvm.getelementptr %v6[%v3011] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1625, %v3012 : f32, !llvm.ptr<3>
        %v3014 = arith.addi %v3013, %v13 : i64
        %v3015 = arith.divui %v3014, %v80 : i64
        %v3016 = arith.remui %v3014, %v80 : i64
        %v3017 = arith.addi %v30, %v3015 : i64
        %v3018 = arith.muli %v3017, %v93 : i64
        %v3019 = arith.addi %v3018, %v3016 : i64
        %v3020 = llvm.getelementptr %v6[%v3019] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1639, %v3020 : f32, !llvm.ptr<3>
        %v3021 = arith.addi %v9, %v13 : i64
        %v3022 = arith.divui %v3021, %v80 : i64
        %v3023 = arith.remui %v3021, %v80 : i64
        %v3024 = arith.addi %v30, %v3022 : i64
        %v3025 = arith.muli %v3024, %v93 : i64
        %v3026 = arith.addi %v3025, %v3023 : i64
        %v3027 = llvm.getelementptr %v6[%v3026] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1653, %v3027 : f32, !llvm.ptr<3>
        %v3029 = arith.addi %v3028, %v13 : i64
        %v3030 = arith.divui %v3029, %v80 : i64
        %v3031 = arith.remui %v3029, %v80 : i64
        %v3032 = arith.addi %v30, %v3030 : i64
        %v3033 = arith.muli %v3032, %v93 : i64
        %v3034 = arith.addi %v3033, %v3031 : i64
        %v3035 = llvm.getelementptr %v6[%v3034] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1667, %v3035 : f32, !llvm.ptr<3>
        %v3037 = arith.addi %v3036, %v13 : i64
        %v3038 = arith.divui %v3037, %v80 : i64
        %v3039 = arith.remui %v3037, %v80 : i64
        %v3040 = arith.addi %v30, %v3038 : i64
        %v3041 = arith.muli %v3040, %v93 : i64
        %v3042 = arith.addi %v3041, %v3039 : i64
        %v3043 = llvm.getelementptr %v6[%v3042] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1681, %v3043 : f32, !llvm.ptr<3>
        %v3045 = arith.addi %v3044, %v13 : i64
        %v3046 = arith.divui %v3045, %v80 : i64
        %v3047 = arith.remui %v3045, %v80 : i64
        %v3048 = arith.addi %v30, %v3046 : i64
        %v3049 = arith.muli %v3048, %v93 : i64
        %v3050 = arith.addi %v3049, %v3047 : i64
        %v3051 = llvm.getelementptr %v6[%v3050] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1695, %v3051 : f32, !llvm.ptr<3>
        %v3053 = arith.addi %v3052, %v13 : i64
        %v3054 = arith.divui %v3053, %v80 : i64
        %v3055 = arith.remui %v3053, %v80 : i64
        %v3056 = arith.addi %v30, %v3054 : i64
        %v3057 = arith.muli %v3056, %v93 : i64
        %v3058 = arith.addi %v3057, %v3055 : i64
        %v3059 = llvm.getelementptr %v6[%v3058] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1709, %v3059 : f32, !llvm.ptr<3>
        %v3061 = arith.addi %v3060, %v13 : i64
        %v3062 = arith.divui %v3061, %v80 : i64
        %v3063 = arith.remui %v3061, %v80 : i64
        %v3064 = arith.addi %v30, %v3062 : i64
        %v3065 = arith.muli %v3064, %v93 : i64
        %v3066 = arith.addi %v3065, %v3063 : i64
        %v3067 = llvm.getelementptr %v6[%v3066] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1723, %v3067 : f32, !llvm.ptr<3>
        %v3069 = arith.addi %v3068, %v13 : i64
        %v3070 = arith.divui %v3069, %v80 : i64
        %v3071 = arith.remui %v3069, %v80 : i64
        %v3072 = arith.addi %v30, %v3070 : i64
        %v3073 = arith.muli %v3072, %v93 : i64
        %v3074 = arith.addi %v3073, %v3071 : i64
        %v3075 = llvm.getelementptr %v6[%v3074] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1737, %v3075 : f32, !llvm.ptr<3>
        %v3077 = arith.addi %v3076, %v13 : i64
        %v3078 = arith.divui %v3077, %v80 : i64
        %v3079 = arith.remui %v3077, %v80 : i64
        %v3080 = arith.addi %v30, %v3078 : i64
        %v3081 = arith.muli %v3080, %v93 : i64
        %v3082 = arith.addi %v3081, %v3079 : i64
        %v3083 = llvm.getelementptr %v6[%v3082] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1751, %v3083 : f32, !llvm.ptr<3>
        %v3085 = arith.addi %v3084, %v13 : i64
        %v3086 = arith.divui %v3085, %v80 : i64
        %v3087 = arith.remui %v3085, %v80 : i64
        %v3088 = arith.addi %v30, %v3086 : i64
        %v3089 = arith.muli %v3088, %v93 : i64
        %v3090 = arith.addi %v3089, %v3087 : i64
        %v3091 = llvm.getelementptr %v6[%v3090] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1765, %v3091 : f32, !llvm.ptr<3>
        %v3093 = arith.addi %v3092, %v13 : i64
        %v3094 = arith.divui %v3093, %v80 : i64
        %v3095 = arith.remui %v3093, %v80 : i64
        %v3096 = arith.addi %v30, %v3094 : i64
        %v3097 = arith.muli %v3096, %v93 : i64
        %v3098 = arith.addi %v3097, %v3095 : i64
        %v3099 = llvm.getelementptr %v6[%v3098] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1779, %v3099 : f32, !llvm.ptr<3>
        %v3101 = arith.addi %v3100, %v13 : i64
        %v3102 = arith.divui %v3101, %v80 : i64
        %v3103 = arith.remui %v3101, %v80 : i64
        %v3104 = arith.addi %v30, %v3102 : i64
        %v3105 = arith.muli %v3104, %v93 : i64
        %v3106 = arith.addi %v3105, %v3103 : i64
        %v3107 = llvm.getelementptr %v6[%v3106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1793, %v3107 : f32, !llvm.ptr<3>
        %v3109 = arith.addi %v3108, %v13 : i64
        %v3110 = arith.divui %v3109, %v80 : i64
        %v3111 = arith.remui %v3109, %v80 : i64
        %v3112 = arith.addi %v30, %v3110 : i64
        %v3113 = arith.muli %v3112, %v93 : i64
        %v3114 = arith.addi %v3113, %v3111 : i64
        %v3115 = llvm.getelementptr %v6[%v3114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1807, %v3115 : f32, !llvm.ptr<3>
        %v3117 = arith.addi %v3116, %v13 : i64
        %v3118 = arith.divui %v3117, %v80 : i64
        %v3119 = arith.remui %v3117, %v80 : i64
        %v3120 = arith.addi %v30, %v3118 : i64
        %v3121 = arith.muli %v3120, %v93 : i64
        %v3122 = arith.addi %v3121, %v3119 : i64
        %v3123 = llvm.getelementptr %v6[%v3122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1821, %v3123 : f32, !llvm.ptr<3>
        %v3125 = arith.addi %v3124, %v13 : i64
        %v3126 = arith.divui %v3125, %v80 : i64
        %v3127 = arith.remui %v3125, %v80 : i64
        %v3128 = arith.addi %v30, %v3126 : i64
        %v3129 = arith.muli %v3128, %v93 : i64
        %v3130 = arith.addi %v3129, %v3127 : i64
        %v3131 = llvm.getelementptr %v6[%v3130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1835, %v3131 : f32, !llvm.ptr<3>
        %v3133 = arith.addi %v3132, %v13 : i64
        %v3134 = arith.divui %v3133, %v80 : i64
        %v3135 = arith.remui %v3133, %v80 : i64
        %v3136 = arith.addi %v30, %v3134 : i64
        %v3137 = arith.muli %v3136, %v93 : i64
        %v3138 = arith.addi %v3137, %v3135 : i64
        %v3139 = llvm.getelementptr %v6[%v3138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1849, %v3139 : f32, !llvm.ptr<3>
        %v3141 = arith.addi %v3140, %v13 : i64
        %v3142 = arith.divui %v3141, %v80 : i64
        %v3143 = arith.remui %v3141, %v80 : i64
        %v3144 = arith.addi %v30, %v3142 : i64
        %v3145 = arith.muli %v3144, %v93 : i64
        %v3146 = arith.addi %v3145, %v3143 : i64
        %v3147 = llvm.getelementptr %v6[%v3146] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1863, %v3147 : f32, !llvm.ptr<3>
        %v3149 = arith.addi %v3148, %v13 : i64
        %v3150 = arith.divui %v3149, %v80 : i64
        %v3151 = arith.remui %v3149, %v80 : i64
        %v3152 = arith.addi %v30, %v3150 : i64
        %v3153 = arith.muli %v3152, %v93 : i64
        %v3154 = arith.addi %v3153, %v3151 : i64
        %v3155 = llvm.getelementptr %v6[%v3154] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1877, %v3155 : f32, !llvm.ptr<3>
        %v3157 = arith.addi %v3156, %v13 : i64
        %v3158 = arith.divui %v3157, %v80 : i64
        %v3159 = arith.remui %v3157, %v80 : i64
        %v3160 = arith.addi %v30, %v3158 : i64
        %v3161 = arith.muli %v3160, %v93 : i64
        %v3162 = arith.addi %v3161, %v3159 : i64
        %v3163 = llvm.getelementptr %v6[%v3162] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1891, %v3163 : f32, !llvm.ptr<3>
        %v3165 = arith.addi %v3164, %v13 : i64
        %v3166 = arith.divui %v3165, %v80 : i64
        %v3167 = arith.remui %v3165, %v80 : i64
        %v3168 = arith.addi %v30, %v3166 : i64
        %v3169 = arith.muli %v3168, %v93 : i64
        %v3170 = arith.addi %v3169, %v3167 : i64
        %v3171 = llvm.getelementptr %v6[%v3170] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1905, %v3171 : f32, !llvm.ptr<3>
        %v3173 = arith.addi %v3172, %v13 : i64
        %v3174 = arith.divui %v3173, %v80 : i64
        %v3175 = arith.remui %v3173, %v80 : i64
        %v3176 = arith.addi %v30, %v3174 : i64
        %v3177 = arith.muli %v3176, %v93 : i64
        %v3178 = arith.addi %v3177, %v3175 : i64
        %v3179 = llvm.getelementptr %v6[%v3178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1919, %v3179 : f32, !llvm.ptr<3>
        %v3181 = arith.addi %v3180, %v13 : i64
        %v3182 = arith.divui %v3181, %v80 : i64
        %v3183 = arith.remui %v3181, %v80 : i64
        %v3184 = arith.addi %v30, %v3182 : i64
        %v3185 = arith.muli %v3184, %v93 : i64
        %v3186 = arith.addi %v3185, %v3183 : i64
        %v3187 = llvm.getelementptr %v6[%v3186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1933, %v3187 : f32, !llvm.ptr<3>
        %v3189 = arith.addi %v3188, %v13 : i64
        %v3190 = arith.divui %v3189, %v80 : i64
        %v3191 = arith.remui %v3189, %v80 : i64
        %v3192 = arith.addi %v30, %v3190 : i64
        %v3193 = arith.muli %v3192, %v93 : i64
        %v3194 = arith.addi %v3193, %v3191 : i64
        %v3195 = llvm.getelementptr %v6[%v3194] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1947, %v3195 : f32, !llvm.ptr<3>
        %v3197 = arith.addi %v3196, %v13 : i64
        %v3198 = arith.divui %v3197, %v80 : i64
        %v3199 = arith.remui %v3197, %v80 : i64
        %v3200 = arith.addi %v30, %v3198 : i64
        %v3201 = arith.muli %v3200, %v93 : i64
        %v3202 = arith.addi %v3201, %v3199 : i64
        %v3203 = llvm.getelementptr %v6[%v3202] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1961, %v3203 : f32, !llvm.ptr<3>
        %v3205 = arith.addi %v3204, %v13 : i64
        %v3206 = arith.divui %v3205, %v80 : i64
        %v3207 = arith.remui %v3205, %v80 : i64
        %v3208 = arith.addi %v30, %v3206 : i64
        %v3209 = arith.muli %v3208, %v93 : i64
        %v3210 = arith.addi %v3209, %v3207 : i64
        %v3211 = llvm.getelementptr %v6[%v3210] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1975, %v3211 : f32, !llvm.ptr<3>
        %v3213 = arith.addi %v3212, %v13 : i64
        %v3214 = arith.divui %v3213, %v80 : i64
        %v3215 = arith.remui %v3213, %v80 : i64
        %v3216 = arith.addi %v30, %v3214 : i64
        %v3217 = arith.muli %v3216, %v93 : i64
        %v3218 = arith.addi %v3217, %v3215 : i64
        %v3219 = llvm.getelementptr %v6[%v3218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1989, %v3219 : f32, !llvm.ptr<3>
        %v3221 = arith.addi %v3220, %v13 : i64
        %v3222 = arith.divui %v3221, %v80 : i64
        %v3223 = arith.remui %v3221, %v80 : i64
        %v3224 = arith.addi %v30, %v3222 : i64
        %v3225 = arith.muli %v3224, %v93 : i64
        %v3226 = arith.addi %v3225, %v3223 : i64
        %v3227 = llvm.getelementptr %v6[%v3226] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2003, %v3227 : f32, !llvm.ptr<3>
        %v3229 = arith.addi %v3228, %v13 : i64
        %v3230 = arith.divui %v3229, %v80 : i64
        %v3231 = arith.remui %v3229, %v80 : i64
        %v3232 = arith.addi %v30, %v3230 : i64
        %v3233 = arith.muli %v3232, %v93 : i64
        %v3234 = arith.addi %v3233, %v3231 : i64
        %v3235 = llvm.getelementptr %v6[%v3234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2017, %v3235 : f32, !llvm.ptr<3>
        %v3237 = arith.addi %v3236, %v13 : i64
        %v3238 = arith.divui %v3237, %v80 : i64
        %v3239 = arith.remui %v3237, %v80 : i64
        %v3240 = arith.addi %v30, %v3238 : i64
        %v3241 = arith.muli %v3240, %v93 : i64
        %v3242 = arith.addi %v3241, %v3239 : i64
        %v3243 = llvm.getelementptr %v6[%v3242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2031, %v3243 : f32, !llvm.ptr<3>
        %v3244 = arith.addi %v30, %v13 : i64
        %v3245 = arith.divui %v3244, %v80 : i64
        %v3246 = arith.remui %v3244, %v80 : i64
        %v3247 = arith.addi %v15, %v3245 : i64
        %v3248 = arith.muli %v3247, %v93 : i64
        %v3249 = arith.addi %v3248, %v3246 : i64
        %v3250 = llvm.getelementptr %v6[%v3249] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2047, %v3250 : f32, !llvm.ptr<3>
        %v3251 = arith.addi %v15, %v13 : i64
        %v3252 = arith.divui %v3251, %v80 : i64
        %v3253 = arith.remui %v3251, %v80 : i64
        %v3254 = arith.addi %v15, %v3252 : i64
        %v3255 = arith.muli %v3254, %v93 : i64
        %v3256 = arith.addi %v3255, %v3253 : i64
        %v3257 = llvm.getelementptr %v6[%v3256] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2061, %v3257 : f32, !llvm.ptr<3>
        %v3258 = arith.addi %v1079, %v13 : i64
        %v3259 = arith.divui %v3258, %v80 : i64
        %v3260 = arith.remui %v3258, %v80 : i64
        %v3261 = arith.addi %v15, %v3259 : i64
        %v3262 = arith.muli %v3261, %v93 : i64
        %v3263 = arith.addi %v3262, %v3260 : i64
        %v3264 = llvm.getelementptr %v6[%v3263] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2075, %v3264 : f32, !llvm.ptr<3>
        %v3265 = arith.addi %v3013, %v13 : i64
        %v3266 = arith.divui %v3265, %v80 : i64
        %v3267 = arith.remui %v3265, %v80 : i64
        %v3268 = arith.addi %v15, %v3266 : i64
        %v3269 = arith.muli %v3268, %v93 : i64
        %v3270 = arith.addi %v3269, %v3267 : i64
        %v3271 = llvm.getelementptr %v6[%v3270] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2089, %v3271 : f32, !llvm.ptr<3>
        %v3272 = arith.addi %v9, %v13 : i64
        %v3273 = arith.divui %v3272, %v80 : i64
        %v3274 = arith.remui %v3272, %v80 : i64
        %v3275 = arith.addi %v15, %v3273 : i64
        %v3276 = arith.muli %v3275, %v93 : i64
        %v3277 = arith.addi %v3276, %v3274 : i64
        %v3278 = llvm.getelementptr %v6[%v3277] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2103, %v3278 : f32, !llvm.ptr<3>
        %v3279 = arith.addi %v3028, %v13 : i64
        %v3280 = arith.divui %v3279, %v80 : i64
        %v3281 = arith.remui %v3279, %v80 : i64
        %v3282 = arith.addi %v15, %v3280 : i64
        %v3283 = arith.muli %v3282, %v93 : i64
        %v3284 = arith.addi %v3283, %v3281 : i64
        %v3285 = llvm.getelementptr %v6[%v3284] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2117, %v3285 : f32, !llvm.ptr<3>
        %v3286 = arith.addi %v3036, %v13 : i64
        %v3287 = arith.divui %v3286, %v80 : i64
        %v3288 = arith.remui %v3286, %v80 : i64
        %v3289 = arith.addi %v15, %v3287 : i64
        %v3290 = arith.muli %v3289, %v93 : i64
        %v3291 = arith.addi %v3290, %v3288 : i64
        %v3292 = llvm.getelementptr %v6[%v3291] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2131, %v3292 : f32, !llvm.ptr<3>
        %v3293 = arith.addi %v3044, %v13 : i64
        %v3294 = arith.divui %v3293, %v80 : i64
        %v3295 = arith.remui %v3293, %v80 : i64
        %v3296 = arith.addi %v15, %v3294 : i64
        %v3297 = arith.muli %v3296, %v93 : i64
        %v3298 = arith.addi %v3297, %v3295 : i64
        %v3299 = llvm.getelementptr %v6[%v3298] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2145, %v3299 : f32, !llvm.ptr<3>
        %v3300 = arith.addi %v3052, %v13 : i64
        %v3301 = arith.divui %v3300, %v80 : i64
        %v3302 = arith.remui %v3300, %v80 : i64
        %v3303 = arith.addi %v15, %v3301 : i64
        %v3304 = arith.muli %v3303, %v93 : i64
        %v3305 = arith.addi %v3304, %v3302 : i64
        %v3306 = llvm.getelementptr %v6[%v3305] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2159, %v3306 : f32, !llvm.ptr<3>
        %v3307 = arith.addi %v3060, %v13 : i64
        %v3308 = arith.divui %v3307, %v80 : i64
        %v3309 = arith.remui %v3307, %v80 : i64
        %v3310 = arith.addi %v15, %v3308 : i64
        %v3311 = arith.muli %v3310, %v93 : i64
        %v3312 = arith.addi %v3311, %v3309 : i64
        %v3313 = llvm.getelementptr %v6[%v3312] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2173, %v3313 : f32, !llvm.ptr<3>
        %v3314 = arith.addi %v3068, %v13 : i64
        %v3315 = arith.divui %v3314, %v80 : i64
        %v3316 = arith.remui %v3314, %v80 : i64
        %v3317 = arith.addi %v15, %v3315 : i64
        %v3318 = arith.muli %v3317, %v93 : i64
        %v3319 = arith.addi %v3318, %v3316 : i64
        %v3320 = llvm.getelementptr %v6[%v3319] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2187, %v3320 : f32, !llvm.ptr<3>
        %v3321 = arith.addi %v3076, %v13 : i64
        %v3322 = arith.divui %v3321, %v80 : i64
        %v3323 = arith.remui %v3321, %v80 : i64
        %v3324 = arith.addi %v15, %v3322 : i64
        %v3325 = arith.muli %v3324, %v93 : i64
        %v3326 = arith.addi %v3325, %v3323 : i64
        %v3327 = llvm.getelementptr %v6[%v3326] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2201, %v3327 : f32, !llvm.ptr<3>
        %v3328 = arith.addi %v3084, %v13 : i64
        %v3329 = arith.divui %v3328, %v80 : i64
        %v3330 = arith.remui %v3328, %v80 : i64
        %v3331 = arith.addi %v15, %v3329 : i64
        %v3332 = arith.muli %v3331, %v93 : i64
        %v3333 = arith.addi %v3332, %v3330 : i64
        %v3334 = llvm.getelementptr %v6[%v3333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2215, %v3334 : f32, !llvm.ptr<3>
        %v3335 = arith.addi %v3092, %v13 : i64
        %v3336 = arith.divui %v3335, %v80 : i64
        %v3337 = arith.remui %v3335, %v80 : i64
        %v3338 = arith.addi %v15, %v3336 : i64
        %v3339 = arith.muli %v3338, %v93 : i64
        %v3340 = arith.addi %v3339, %v3337 : i64
        %v3341 = llvm.getelementptr %v6[%v3340] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2229, %v3341 : f32, !llvm.ptr<3>
        %v3342 = arith.addi %v3100, %v13 : i64
        %v3343 = arith.divui %v3342, %v80 : i64
        %v3344 = arith.remui %v3342, %v80 : i64
        %v3345 = arith.addi %v15, %v3343 : i64
        %v3346 = arith.muli %v3345, %v93 : i64
        %v3347 = arith.addi %v3346, %v3344 : i64
        %v3348 = llvm.getelementptr %v6[%v3347] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2243, %v3348 : f32, !llvm.ptr<3>
        %v3349 = arith.addi %v3108, %v13 : i64
        %v3350 = arith.divui %v3349, %v80 : i64
        %v3351 = arith.remui %v3349, %v80 : i64
        %v3352 = arith.addi %v15, %v3350 : i64
        %v3353 = arith.muli %v3352, %v93 : i64
        %v3354 = arith.addi %v3353, %v3351 : i64
        %v3355 = llvm.getelementptr %v6[%v3354] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2257, %v3355 : f32, !llvm.ptr<3>
        %v3356 = arith.addi %v3116, %v13 : i64
        %v3357 = arith.divui %v3356, %v80 : i64
        %v3358 = arith.remui %v3356, %v80 : i64
        %v3359 = arith.addi %v15, %v3357 : i64
        %v3360 = arith.muli %v3359, %v93 : i64
        %v3361 = arith.addi %v3360, %v3358 : i64
        %v3362 = llvm.getelementptr %v6[%v3361] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2271, %v3362 : f32, !llvm.ptr<3>
        %v3363 = arith.addi %v3124, %v13 : i64
        %v3364 = arith.divui %v3363, %v80 : i64
        %v3365 = arith.remui %v3363, %v80 : i64
        %v3366 = arith.addi %v15, %v3364 : i64
        %v3367 = arith.muli %v3366, %v93 : i64
        %v3368 = arith.addi %v3367, %v3365 : i64
        %v3369 = llvm.getelementptr %v6[%v3368] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2285, %v3369 : f32, !llvm.ptr<3>
        %v3370 = arith.addi %v3132, %v13 : i64
        %v3371 = arith.divui %v3370, %v80 : i64
        %v3372 = arith.remui %v3370, %v80 : i64
        %v3373 = arith.addi %v15, %v3371 : i64
        %v3374 = arith.muli %v3373, %v93 : i64
        %v3375 = arith.addi %v3374, %v3372 : i64
        %v3376 = llvm.getelementptr %v6[%v3375] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2299, %v3376 : f32, !llvm.ptr<3>
        %v3377 = arith.addi %v3140, %v13 : i64
        %v3378 = arith.divui %v3377, %v80 : i64
        %v3379 = arith.remui %v3377, %v80 : i64
        %v3380 = arith.addi %v15, %v3378 : i64
        %v3381 = arith.muli %v3380, %v93 : i64
        %v3382 = arith.addi %v3381, %v3379 : i64
        %v3383 = llvm.getelementptr %v6[%v3382] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2313, %v3383 : f32, !llvm.ptr<3>
        %v3384 = arith.addi %v3148, %v13 : i64
        %v3385 = arith.divui %v3384, %v80 : i64
        %v3386 = arith.remui %v3384, %v80 : i64
        %v3387 = arith.addi %v15, %v3385 : i64
        %v3388 = arith.muli %v3387, %v93 : i64
        %v3389 = arith.addi %v3388, %v3386 : i64
        %v3390 = llvm.getelementptr %v6[%v3389] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2327, %v3390 : f32, !llvm.ptr<3>
        %v3391 = arith.addi %v3156, %v13 : i64
        %v3392 = arith.divui %v3391, %v80 : i64
        %v3393 = arith.remui %v3391, %v80 : i64
        %v3394 = arith.addi %v15, %v3392 : i64
        %v3395 = arith.muli %v3394, %v93 : i64
        %v3396 = arith.addi %v3395, %v3393 : i64
        %v3397 = llvm.getelementptr %v6[%v3396] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2341, %v3397 : f32, !llvm.ptr<3>
        %v3398 = arith.addi %v3164, %v13 : i64
        %v3399 = arith.divui %v3398, %v80 : i64
        %v3400 = arith.remui %v3398, %v80 : i64
        %v3401 = arith.addi %v15, %v3399 : i64
        %v3402 = arith.muli %v3401, %v93 : i64
        %v3403 = arith.addi %v3402, %v3400 : i64
        %v3404 = llvm.getelementptr %v6[%v3403] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2355, %v3404 : f32, !llvm.ptr<3>
        %v3405 = arith.addi %v3172, %v13 : i64
        %v3406 = arith.divui %v3405, %v80 : i64
        %v3407 = arith.remui %v3405, %v80 : i64
        %v3408 = arith.addi %v15, %v3406 : i64
        %v3409 = arith.muli %v3408, %v93 : i64
        %v3410 = arith.addi %v3409, %v3407 : i64
        %v3411 = llvm.getelementptr %v6[%v3410] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2369, %v3411 : f32, !llvm.ptr<3>
        %v3412 = arith.addi %v3180, %v13 : i64
        %v3413 = arith.divui %v3412, %v80 : i64
        %v3414 = arith.remui %v3412, %v80 : i64
        %v3415 = arith.addi %v15, %v3413 : i64
        %v3416 = arith.muli %v3415, %v93 : i64
        %v3417 = arith.addi %v3416, %v3414 : i64
        %v3418 = llvm.getelementptr %v6[%v3417] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2383, %v3418 : f32, !llvm.ptr<3>
        %v3419 = arith.addi %v3188, %v13 : i64
        %v3420 = arith.divui %v3419, %v80 : i64
        %v3421 = arith.remui %v3419, %v80 : i64
        %v3422 = arith.addi %v15, %v3420 : i64
        %v3423 = arith.muli %v3422, %v93 : i64
        %v3424 = arith.addi %v3423, %v3421 : i64
        %v3425 = llvm.getelementptr %v6[%v3424] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2397, %v3425 : f32, !llvm.ptr<3>
        %v3426 = arith.addi %v3196, %v13 : i64
        %v3427 = arith.divui %v3426, %v80 : i64
        %v3428 = arith.remui %v3426, %v80 : i64
        %v3429 = arith.addi %v15, %v3427 : i64
        %v3430 = arith.muli %v3429, %v93 : i64
        %v3431 = arith.addi %v3430, %v3428 : i64
        %v3432 = llvm.getelementptr %v6[%v3431] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2411, %v3432 : f32, !llvm.ptr<3>
        %v3433 = arith.addi %v3204, %v13 : i64
        %v3434 = arith.divui %v3433, %v80 : i64
        %v3435 = arith.remui %v3433, %v80 : i64
        %v3436 = arith.addi %v15, %v3434 : i64
        %v3437 = arith.muli %v3436, %v93 : i64
        %v3438 = arith.addi %v3437, %v3435 : i64
        %v3439 = llvm.getelementptr %v6[%v3438] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2425, %v3439 : f32, !llvm.ptr<3>
        %v3440 = arith.addi %v3212, %v13 : i64
        %v3441 = arith.divui %v3440, %v80 : i64
        %v3442 = arith.remui %v3440, %v80 : i64
        %v3443 = arith.addi %v15, %v3441 : i64
        %v3444 = arith.muli %v3443, %v93 : i64
        %v3445 = arith.addi %v3444, %v3442 : i64
        %v3446 = llvm.getelementptr %v6[%v3445] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2439, %v3446 : f32, !llvm.ptr<3>
        %v3447 = arith.addi %v3220, %v13 : i64
        %v3448 = arith.divui %v3447, %v80 : i64
        %v3449 = arith.remui %v3447, %v80 : i64
        %v3450 = arith.addi %v15, %v3448 : i64
        %v3451 = arith.muli %v3450, %v93 : i64
        %v3452 = arith.addi %v3451, %v3449 : i64
        %v3453 = llvm.getelementptr %v6[%v3452] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2453, %v3453 : f32, !llvm.ptr<3>
        %v3454 = arith.addi %v3228, %v13 : i64
        %v3455 = arith.divui %v3454, %v80 : i64
        %v3456 = arith.remui %v3454, %v80 : i64
        %v3457 = arith.addi %v15, %v3455 : i64
        %v3458 = arith.muli %v3457, %v93 : i64
        %v3459 = arith.addi %v3458, %v3456 : i64
        %v3460 = llvm.getelementptr %v6[%v3459] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2467, %v3460 : f32, !llvm.ptr<3>
        %v3461 = arith.addi %v3236, %v13 : i64
        %v3462 = arith.divui %v3461, %v80 : i64
        %v3463 = arith.remui %v3461, %v80 : i64
        %v3464 = arith.addi %v15, %v3462 : i64
        %v3465 = arith.muli %v3464, %v93 : i64
        %v3466 = arith.addi %v3465, %v3463 : i64
        %v3467 = llvm.getelementptr %v6[%v3466] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2481, %v3467 : f32, !llvm.ptr<3>
        %v3468 = arith.addi %v30, %v13 : i64
        %v3469 = arith.divui %v3468, %v80 : i64
        %v3470 = arith.remui %v3468, %v80 : i64
        %v3471 = arith.addi %v1079, %v3469 : i64
        %v3472 = arith.muli %v3471, %v93 : i64
        %v3473 = arith.addi %v3472, %v3470 : i64
        %v3474 = llvm.getelementptr %v6[%v3473] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2497, %v3474 : f32, !llvm.ptr<3>
        %v3475 = arith.addi %v15, %v13 : i64
        %v3476 = arith.divui %v3475, %v80 : i64
        %v3477 = arith.remui %v3475, %v80 : i64
        %v3478 = arith.addi %v1079, %v3476 : i64
        %v3479 = arith.muli %v3478, %v93 : i64
        %v3480 = arith.addi %v3479, %v3477 : i64
        %v3481 = llvm.getelementptr %v6[%v3480] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2511, %v3481 : f32, !llvm.ptr<3>
        %v3482 = arith.addi %v1079, %v13 : i64
        %v3483 = arith.divui %v3482, %v80 : i64
        %v3484 = arith.remui %v3482, %v80 : i64
        %v3485 = arith.addi %v1079, %v3483 : i64
        %v3486 = arith.muli %v3485, %v93 : i64
        %v3487 = arith.addi %v3486, %v3484 : i64
        %v3488 = llvm.getelementptr %v6[%v3487] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2525, %v3488 : f32, !llvm.ptr<3>
        %v3489 = arith.addi %v3013, %v13 : i64
        %v3490 = arith.divui %v3489, %v80 : i64
        %v3491 = arith.remui %v3489, %v80 : i64
        %v3492 = arith.addi %v1079, %v3490 : i64
        %v3493 = arith.muli %v3492, %v93 : i64
        %v3494 = arith.addi %v3493, %v3491 : i64
        %v3495 = llvm.getelementptr %v6[%v3494] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2539, %v3495 : f32, !llvm.ptr<3>
        %v3496 = arith.addi %v9, %v13 : i64
        %v3497 = arith.divui %v3496, %v80 : i64
        %v3498 = arith.remui %v3496, %v80 : i64
        %v3499 = arith.addi %v1079, %v3497 : i64
        %v3500 = arith.muli %v3499, %v93 : i64
        %v3501 = arith.addi %v3500, %v3498 : i64
        %v3502 = llvm.getelementptr %v6[%v3501] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2553, %v3502 : f32, !llvm.ptr<3>
        %v3503 = arith.addi %v3028, %v13 : i64
        %v3504 = arith.divui %v3503, %v80 : i64
        %v3505 = arith.remui %v3503, %v80 : i64
        %v3506 = arith.addi %v1079, %v3504 : i64
        %v3507 = arith.muli %v3506, %v93 : i64
        %v3508 = arith.addi %v3507, %v3505 : i64
        %v3509 = llvm.getelementptr %v6[%v3508] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2567, %v3509 : f32, !llvm.ptr<3>
        %v3510 = arith.addi %v3036, %v13 : i64
        %v3511 = arith.divui %v3510, %v80 : i64
        %v3512 = arith.remui %v3510, %v80 : i64
        %v3513 = arith.addi %v1079, %v3511 : i64
        %v3514 = arith.muli %v3513, %v93 : i64
        %v3515 = arith.addi %v3514, %v3512 : i64
        %v3516 = llvm.getelementptr %v6[%v3515] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2581, %v3516 : f32, !llvm.ptr<3>
        %v3517 = arith.addi %v3044, %v13 : i64
        %v3518 = arith.divui %v3517, %v80 : i64
        %v3519 = arith.remui %v3517, %v80 : i64
        %v3520 = arith.addi %v1079, %v3518 : i64
        %v3521 = arith.muli %v3520, %v93 : i64
        %v3522 = arith.addi %v3521, %v3519 : i64
        %v3523 = llvm.getelementptr %v6[%v3522] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2595, %v3523 : f32, !llvm.ptr<3>
        %v3524 = arith.addi %v3052, %v13 : i64
        %v3525 = arith.divui %v3524, %v80 : i64
        %v3526 = arith.remui %v3524, %v80 : i64
        %v3527 = arith.addi %v1079, %v3525 : i64
        %v3528 = arith.muli %v3527, %v93 : i64
        %v3529 = arith.addi %v3528, %v3526 : i64
        %v3530 = llvm.getelementptr %v6[%v3529] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2609, %v3530 : f32, !llvm.ptr<3>
        %v3531 = arith.addi %v3060, %v13 : i64
        %v3532 = arith.divui %v3531, %v80 : i64
        %v3533 = arith.remui %v3531, %v80 : i64
        %v3534 = arith.addi %v1079, %v3532 : i64
        %v3535 = arith.muli %v3534, %v93 : i64
        %v3536 = arith.addi %v3535, %v3533 : i64
        %v3537 = llvm.getelementptr %v6[%v3536] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2623, %v3537 : f32, !llvm.ptr<3>
        %v3538 = arith.addi %v3068, %v13 : i64
        %v3539 = arith.divui %v3538, %v80 : i64
        %v3540 = arith.remui %v3538, %v80 : i64
        %v3541 = arith.addi %v1079, %v3539 : i64
        %v3542 = arith.muli %v3541, %v93 : i64
        %v3543 = arith.addi %v3542, %v3540 : i64
        %v3544 = llvm.getelementptr %v6[%v3543] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2637, %v3544 : f32, !llvm.ptr<3>
        %v3545 = arith.addi %v3076, %v13 : i64
        %v3546 = arith.divui %v3545, %v80 : i64
        %v3547 = arith.remui %v3545, %v80 : i64
        %v3548 = arith.addi %v1079, %v3546 : i64
        %v3549 = arith.muli %v3548, %v93 : i64
        %v3550 = arith.addi %v3549, %v3547 : i64
        %v3551 = llvm.getelementptr %v6[%v3550] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2651, %v3551 : f32, !llvm.ptr<3>
        %v3552 = arith.addi %v3084, %v13 : i64
        %v3553 = arith.divui %v3552, %v80 : i64
        %v3554 = arith.remui %v3552, %v80 : i64
        %v3555 = arith.addi %v1079, %v3553 : i64
        %v3556 = arith.muli %v3555, %v93 : i64
        %v3557 = arith.addi %v3556, %v3554 : i64
        %v3558 = llvm.getelementptr %v6[%v3557] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2665, %v3558 : f32, !llvm.ptr<3>
        %v3559 = arith.addi %v3092, %v13 : i64
        %v3560 = arith.divui %v3559, %v80 : i64
        %v3561 = arith.remui %v3559, %v80 : i64
        %v3562 = arith.addi %v1079, %v3560 : i64
        %v3563 = arith.muli %v3562, %v93 : i64
        %v3564 = arith.addi %v3563, %v3561 : i64
        %v3565 = llvm.getelementptr %v6[%v3564] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2679, %v3565 : f32, !llvm.ptr<3>
        %v3566 = arith.addi %v3100, %v13 : i64
        %v3567 = arith.divui %v3566, %v80 : i64
        %v3568 = arith.remui %v3566, %v80 : i64
        %v3569 = arith.addi %v1079, %v3567 : i64
        %v3570 = arith.muli %v3569, %v93 : i64
        %v3571 = arith.addi %v3570, %v3568 : i64
        %v3572 = llvm.getelementptr %v6[%v3571] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2693, %v3572 : f32, !llvm.ptr<3>
        %v3573 = arith.addi %v3108, %v13 : i64
        %v3574 = arith.divui %v3573, %v80 : i64
        %v3575 = arith.remui %v3573, %v80 : i64
        %v3576 = arith.addi %v1079, %v3574 : i64
        %v3577 = arith.muli %v3576, %v93 : i64
        %v3578 = arith.addi %v3577, %v3575 : i64
        %v3579 = llvm.getelementptr %v6[%v3578] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2707, %v3579 : f32, !llvm.ptr<3>
        %v3580 = arith.addi %v3116, %v13 : i64
        %v3581 = arith.divui %v3580, %v80 : i64
        %v3582 = arith.remui %v3580, %v80 : i64
        %v3583 = arith.addi %v1079, %v3581 : i64
        %v3584 = arith.muli %v3583, %v93 : i64
        %v3585 = arith.addi %v3584, %v3582 : i64
        %v3586 = llvm.getelementptr %v6[%v3585] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2721, %v3586 : f32, !llvm.ptr<3>
        %v3587 = arith.addi %v3124, %v13 : i64
        %v3588 = arith.divui %v3587, %v80 : i64
        %v3589 = arith.remui %v3587, %v80 : i64
        %v3590 = arith.addi %v1079, %v3588 : i64
        %v3591 = arith.muli %v3590, %v93 : i64
        %v3592 = arith.addi %v3591, %v3589 : i64
        %v3593 = llvm.getelementptr %v6[%v3592] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2735, %v3593 : f32, !llvm.ptr<3>
        %v3594 = arith.addi %v3132, %v13 : i64
        %v3595 = arith.divui %v3594, %v80 : i64
        %v3596 = arith.remui %v3594, %v80 : i64
        %v3597 = arith.addi %v1079, %v3595 : i64
        %v3598 = arith.muli %v3597, %v93 : i64
        %v3599 = arith.addi %v3598, %v3596 : i64
        %v3600 = llvm.getelementptr %v6[%v3599] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2749, %v3600 : f32, !llvm.ptr<3>
        %v3601 = arith.addi %v3140, %v13 : i64
        %v3602 = arith.divui %v3601, %v80 : i64
        %v3603 = arith.remui %v3601, %v80 : i64
        %v3604 = arith.addi %v1079, %v3602 : i64
        %v3605 = arith.muli %v3604, %v93 : i64
        %v3606 = arith.addi %v3605, %v3603 : i64
        %v3607 = llvm.getelementptr %v6[%v3606] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2763, %v3607 : f32, !llvm.ptr<3>
        %v3608 = arith.addi %v3148, %v13 : i64
        %v3609 = arith.divui %v3608, %v80 : i64
        %v3610 = arith.remui %v3608, %v80 : i64
        %v3611 = arith.addi %v1079, %v3609 : i64
        %v3612 = arith.muli %v3611, %v93 : i64
        %v3613 = arith.addi %v3612, %v3610 : i64
        %v3614 = llvm.getelementptr %v6[%v3613] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2777, %v3614 : f32, !llvm.ptr<3>
        %v3615 = arith.addi %v3156, %v13 : i64
        %v3616 = arith.divui %v3615, %v80 : i64
        %v3617 = arith.remui %v3615, %v80 : i64
        %v3618 = arith.addi %v1079, %v3616 : i64
        %v3619 = arith.muli %v3618, %v93 : i64
        %v3620 = arith.addi %v3619, %v3617 : i64
        %v3621 = llvm.getelementptr %v6[%v3620] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2791, %v3621 : f32, !llvm.ptr<3>
        %v3622 = arith.addi %v3164, %v13 : i64
        %v3623 = arith.divui %v3622, %v80 : i64
        %v3624 = arith.remui %v3622, %v80 : i64
        %v3625 = arith.addi %v1079, %v3623 : i64
        %v3626 = arith.muli %v3625, %v93 : i64
        %v3627 = arith.addi %v3626, %v3624 : i64
        %v3628 = llvm.getelementptr %v6[%v3627] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2805, %v3628 : f32, !llvm.ptr<3>
        %v3629 = arith.addi %v3172, %v13 : i64
        %v3630 = arith.divui %v3629, %v80 : i64
        %v3631 = arith.remui %v3629, %v80 : i64
        %v3632 = arith.addi %v1079, %v3630 : i64
        %v3633 = arith.muli %v3632, %v93 : i64
        %v3634 = arith.addi %v3633, %v3631 : i64
        %v3635 = llvm.getelementptr %v6[%v3634] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2819, %v3635 : f32, !llvm.ptr<3>
        %v3636 = arith.addi %v3180, %v13 : i64
        %v3637 = arith.divui %v3636, %v80 : i64
        %v3638 = arith.remui %v3636, %v80 : i64
        %v3639 = arith.addi %v1079, %v3637 : i64
        %v3640 = arith.muli %v3639, %v93 : i64
        %v3641 = arith.addi %v3640, %v3638 : i64
        %v3642 = llvm.getelementptr %v6[%v3641] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2833, %v3642 : f32, !llvm.ptr<3>
        %v3643 = arith.addi %v3188, %v13 : i64
        %v3644 = arith.divui %v3643, %v80 : i64
        %v3645 = arith.remui %v3643, %v80 : i64
        %v3646 = arith.addi %v1079, %v3644 : i64
        %v3647 = arith.muli %v3646, %v93 : i64
        %v3648 = arith.addi %v3647, %v3645 : i64
        %v3649 = llvm.getelementptr %v6[%v3648] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2847, %v3649 : f32, !llvm.ptr<3>
        %v3650 = arith.addi %v3196, %v13 : i64
        %v3651 = arith.divui %v3650, %v80 : i64
        %v3652 = arith.remui %v3650, %v80 : i64
        %v3653 = arith.addi %v1079, %v3651 : i64
        %v3654 = arith.muli %v3653, %v93 : i64
        %v3655 = arith.addi %v3654, %v3652 : i64
        %v3656 = llvm.getelementptr %v6[%v3655] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2861, %v3656 : f32, !llvm.ptr<3>
        %v3657 = arith.addi %v3204, %v13 : i64
        %v3658 = arith.divui %v3657, %v80 : i64
        %v3659 = arith.remui %v3657, %v80 : i64
        %v3660 = arith.addi %v1079, %v3658 : i64
        %v3661 = arith.muli %v3660, %v93 : i64
        %v3662 = arith.addi %v3661, %v3659 : i64
        %v3663 = llvm.getelementptr %v6[%v3662] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2875, %v3663 : f32, !llvm.ptr<3>
        %v3664 = arith.addi %v3212, %v13 : i64
        %v3665 = arith.divui %v3664, %v80 : i64
        %v3666 = arith.remui %v3664, %v80 : i64
        %v3667 = arith.addi %v1079, %v3665 : i64
        %v3668 = arith.muli %v3667, %v93 : i64
        %v3669 = arith.addi %v3668, %v3666 : i64
        %v3670 = llvm.getelementptr %v6[%v3669] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2889, %v3670 : f32, !llvm.ptr<3>
        %v3671 = arith.addi %v3220, %v13 : i64
        %v3672 = arith.divui %v3671, %v80 : i64
        %v3673 = arith.remui %v3671, %v80 : i64
        %v3674 = arith.addi %v1079, %v3672 : i64
        %v3675 = arith.muli %v3674, %v93 : i64
        %v3676 = arith.addi %v3675, %v3673 : i64
        %v3677 = llvm.getelementptr %v6[%v3676] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2903, %v3677 : f32, !llvm.ptr<3>
        %v3678 = arith.addi %v3228, %v13 : i64
        %v3679 = arith.divui %v3678, %v80 : i64
        %v3680 = arith.remui %v3678, %v80 : i64
        %v3681 = arith.addi %v1079, %v3679 : i64
        %v3682 = arith.muli %v3681, %v93 : i64
        %v3683 = arith.addi %v3682, %v3680 : i64
        %v3684 = llvm.getelementptr %v6[%v3683] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2917, %v3684 : f32, !llvm.ptr<3>
        %v3685 = arith.addi %v3236, %v13 : i64
        %v3686 = arith.divui %v3685, %v80 : i64
        %v3687 = arith.remui %v3685, %v80 : i64
        %v3688 = arith.addi %v1079, %v3686 : i64
        %v3689 = arith.muli %v3688, %v93 : i64
        %v3690 = arith.addi %v3689, %v3687 : i64
        %v3691 = llvm.getelementptr %v6[%v3690] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2931, %v3691 : f32, !llvm.ptr<3>
        %v3692 = arith.divui %v13, %v80 : i64
        %v3693 = arith.remui %v13, %v80 : i64
        %v3694 = arith.addi %v3692, %v30 : i64
        %v3695 = arith.constant true
        %v3696 = arith.addi %v3013, %v3694 : i64
        %v3697 = llvm.getelementptr %v5[%v3696] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3698 = llvm.load %v3697 : !llvm.ptr<3> -> i64
        %v3699 = arith.addi %v1562, %v3693 : i64
        %v3700 = arith.cmpi slt, %v3699, %v79 : i64
        %v3701 = arith.subi %size_L, %v1 : i64
        %v3702 = arith.minsi %v3699, %v3701 : i64
        %v3703 = arith.addi %v3698, %v3702 : i64
        %v3704 = arith.muli %v3696, %v93 : i64
        %v3705 = arith.addi %v3704, %v3693 : i64
        %v3706 = arith.cmpi sge, %v3698, %v30 : i64
        %v3707 = arith.andi %v3700, %v3706 : i1
        %v3708 = arith.andi %v3707, %v3695 : i1
        %v3709 = llvm.getelementptr %v6[%v3705] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3710 = llvm.load %v3709 : !llvm.ptr<3> -> f32
        %v3711 = arith.addi %v3692, %v54 : i64
        %v3712 = arith.constant true
        %v3713 = arith.addi %v3013, %v3711 : i64
        %v3714 = llvm.getelementptr %v5[%v3713] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3715 = llvm.load %v3714 : !llvm.ptr<3> -> i64
        %v3716 = arith.addi %v1562, %v3693 : i64
        %v3717 = arith.cmpi slt, %v3716, %v79 : i64
        %v3718 = arith.subi %size_L, %v1 : i64
        %v3719 = arith.minsi %v3716, %v3718 : i64
        %v3720 = arith.addi %v3715, %v3719 : i64
        %v3721 = arith.muli %v3713, %v93 : i64
        %v3722 = arith.addi %v3721, %v3693 : i64
        %v3723 = arith.cmpi sge, %v3715, %v30 : i64
        %v3724 = arith.andi %v3717, %v3723 : i1
        %v3725 = arith.andi %v3724, %v3712 : i1
        %v3726 = llvm.getelementptr %v6[%v3722] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3727 = llvm.load %v3726 : !llvm.ptr<3> -> f32
        %v3728 = arith.addi %v3692, %v112 : i64
        %v3729 = arith.constant true
        %v3730 = arith.addi %v3013, %v3728 : i64
        %v3731 = llvm.getelementptr %v5[%v3730] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3732 = llvm.load %v3731 : !llvm.ptr<3> -> i64
        %v3733 = arith.addi %v1562, %v3693 : i64
        %v3734 = arith.cmpi slt, %v3733, %v79 : i64
        %v3735 = arith.subi %size_L, %v1 : i64
        %v3736 = arith.minsi %v3733, %v3735 : i64
        %v3737 = arith.addi %v3732, %v3736 : i64
        %v3738 = arith.muli %v3730, %v93 : i64
        %v3739 = arith.addi %v3738, %v3693 : i64
        %v3740 = arith.cmpi sge, %v3732, %v30 : i64
        %v3741 = arith.andi %v3734, %v3740 : i1
        %v3742 = arith.andi %v3741, %v3729 : i1
        %v3743 = llvm.getelementptr %v6[%v3739] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3744 = llvm.load %v3743 : !llvm.ptr<3> -> f32
        %v3745 = arith.addi %v3692, %v127 : i64
        %v3746 = arith.constant true
        %v3747 = arith.addi %v3013, %v3745 : i64
        %v3748 = llvm.getelementptr %v5[%v3747] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3749 = llvm.load %v3748 : !llvm.ptr<3> -> i64
        %v3750 = arith.addi %v1562, %v3693 : i64
        %v3751 = arith.cmpi slt, %v3750, %v79 : i64
        %v3752 = arith.subi %size_L, %v1 : i64
        %v3753 = arith.minsi %v3750, %v3752 : i64
        %v3754 = arith.addi %v3749, %v3753 : i64
        %v3755 = arith.muli %v3747, %v93 : i64
        %v3756 = arith.addi %v3755, %v3693 : i64
        %v3757 = arith.cmpi sge, %v3749, %v30 : i64
        %v3758 = arith.andi %v3751, %v3757 : i1
        %v3759 = arith.andi %v3758, %v3746 : i1
        %v3760 = llvm.getelementptr %v6[%v3756] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3761 = llvm.load %v3760 : !llvm.ptr<3> -> f32
        %v3762 = arith.addi %v3692, %v142 : i64
        %v3763 = arith.constant true
        %v3764 = arith.addi %v3013, %v3762 : i64
        %v3765 = llvm.getelementptr %v5[%v3764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3766 = llvm.load %v3765 : !llvm.ptr<3> -> i64
        %v3767 = arith.addi %v1562, %v3693 : i64
        %v3768 = arith.cmpi slt, %v3767, %v79 : i64
        %v3769 = arith.subi %size_L, %v1 : i64
        %v3770 = arith.minsi %v3767, %v3769 : i64
        %v3771 = arith.addi %v3766, %v3770 : i64
        %v3772 = arith.muli %v3764, %v93 : i64
        %v3773 = arith.addi %v3772, %v3693 : i64
        %v3774 = arith.cmpi sge, %v3766, %v30 : i64
        %v3775 = arith.andi %v3768, %v3774 : i1
        %v3776 = arith.andi %v3775, %v3763 : i1
        %v3777 = llvm.getelementptr %v6[%v3773] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3778 = llvm.load %v3777 : !llvm.ptr<3> -> f32
        %v3779 = arith.addi %v3692, %v157 : i64
        %v3780 = arith.constant true
        %v3781 = arith.addi %v3013, %v3779 : i64
        %v3782 = llvm.getelementptr %v5[%v3781] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3783 = llvm.load %v3782 : !llvm.ptr<3> -> i64
        %v3784 = arith.addi %v1562, %v3693 : i64
        %v3785 = arith.cmpi slt, %v3784, %v79 : i64
        %v3786 = arith.subi %size_L, %v1 : i64
        %v3787 = arith.minsi %v3784, %v3786 : i64
        %v3788 = arith.addi %v3783, %v3787 : i64
        %v3789 = arith.muli %v3781, %v93 : i64
        %v3790 = arith.addi %v3789, %v3693 : i64
        %v3791 = arith.cmpi sge, %v3783, %v30 : i64
        %v3792 = arith.andi %v3785, %v3791 : i1
        %v3793 = arith.andi %v3792, %v3780 : i1
        %v3794 = llvm.getelementptr %v6[%v3790] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3795 = llvm.load %v3794 : !llvm.ptr<3> -> f32
        %v3796 = arith.addi %v3692, %v172 : i64
        %v3797 = arith.constant true
        %v3798 = arith.addi %v3013, %v3796 : i64
        %v3799 = llvm.getelementptr %v5[%v3798] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3800 = llvm.load %v3799 : !llvm.ptr<3> -> i64
        %v3801 = arith.addi %v1562, %v3693 : i64
        %v3802 = arith.cmpi slt, %v3801, %v79 : i64
        %v3803 = arith.subi %size_L, %v1 : i64
        %v3804 = arith.minsi %v3801, %v3803 : i64
        %v3805 = arith.addi %v3800, %v3804 : i64
        %v3806 = arith.muli %v3798, %v93 : i64
        %v3807 = arith.addi %v3806, %v3693 : i64
        %v3808 = arith.cmpi sge, %v3800, %v30 : i64
        %v3809 = arith.andi %v3802, %v3808 : i1
        %v3810 = arith.andi %v3809, %v3797 : i1
        %v3811 = llvm.getelementptr %v6[%v3807] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3812 = llvm.load %v3811 : !llvm.ptr<3> -> f32
        %v3813 = arith.addi %v3692, %v187 : i64
        %v3814 = arith.constant true
        %v3815 = arith.addi %v3013, %v3813 : i64
        %v3816 = llvm.getelementptr %v5[%v3815] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3817 = llvm.load %v3816 : !llvm.ptr<3> -> i64
        %v3818 = arith.addi %v1562, %v3693 : i64
        %v3819 = arith.cmpi slt, %v3818, %v79 : i64
        %v3820 = arith.subi %size_L, %v1 : i64
        %v3821 = arith.minsi %v3818, %v3820 : i64
        %v3822 = arith.addi %v3817, %v3821 : i64
        %v3823 = arith.muli %v3815, %v93 : i64
        %v3824 = arith.addi %v3823, %v3693 : i64
        %v3825 = arith.cmpi sge, %v3817, %v30 : i64
        %v3826 = arith.andi %v3819, %v3825 : i1
        %v3827 = arith.andi %v3826, %v3814 : i1
        %v3828 = llvm.getelementptr %v6[%v3824] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3829 = llvm.load %v3828 : !llvm.ptr<3> -> f32
        %v3830 = arith.addi %v3692, %v202 : i64
        %v3831 = arith.constant true
        %v3832 = arith.addi %v3013, %v3830 : i64
        %v3833 = llvm.getelementptr %v5[%v3832] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3834 = llvm.load %v3833 : !llvm.ptr<3> -> i64
        %v3835 = arith.addi %v1562, %v3693 : i64
        %v3836 = arith.cmpi slt, %v3835, %v79 : i64
        %v3837 = arith.subi %size_L, %v1 : i64
        %v3838 = arith.minsi %v3835, %v3837 : i64
        %v3839 = arith.addi %v3834, %v3838 : i64
        %v3840 = arith.muli %v3832, %v93 : i64
        %v3841 = arith.addi %v3840, %v3693 : i64
        %v3842 = arith.cmpi sge, %v3834, %v30 : i64
        %v3843 = arith.andi %v3836, %v3842 : i1
        %v3844 = arith.andi %v3843, %v3831 : i1
        %v3845 = llvm.getelementptr %v6[%v3841] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3846 = llvm.load %v3845 : !llvm.ptr<3> -> f32
        %v3847 = arith.addi %v3692, %v217 : i64
        %v3848 = arith.constant true
        %v3849 = arith.addi %v3013, %v3847 : i64
        %v3850 = llvm.getelementptr %v5[%v3849] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3851 = llvm.load %v3850 : !llvm.ptr<3> -> i64
        %v3852 = arith.addi %v1562, %v3693 : i64
        %v3853 = arith.cmpi slt, %v3852, %v79 : i64
        %v3854 = arith.subi %size_L, %v1 : i64
        %v3855 = arith.minsi %v3852, %v3854 : i64
        %v3856 = arith.addi %v3851, %v3855 : i64
        %v3857 = arith.muli %v3849, %v93 : i64
        %v3858 = arith.addi %v3857, %v3693 : i64
        %v3859 = arith.cmpi sge, %v3851, %v30 : i64
        %v3860 = arith.andi %v3853, %v3859 : i1
        %v3861 = arith.andi %v3860, %v3848 : i1
        %v3862 = llvm.getelementptr %v6[%v3858] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3863 = llvm.load %v3862 : !llvm.ptr<3> -> f32
        %v3864 = arith.addi %v3692, %v232 : i64
        %v3865 = arith.constant true
        %v3866 = arith.addi %v3013, %v3864 : i64
        %v3867 = llvm.getelementptr %v5[%v3866] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3868 = llvm.load %v3867 : !llvm.ptr<3> -> i64
        %v3869 = arith.addi %v1562, %v3693 : i64
        %v3870 = arith.cmpi slt, %v3869, %v79 : i64
        %v3871 = arith.subi %size_L, %v1 : i64
        %v3872 = arith.minsi %v3869, %v3871 : i64
        %v3873 = arith.addi %v3868, %v3872 : i64
        %v3874 = arith.muli %v3866, %v93 : i64
        %v3875 = arith.addi %v3874, %v3693 : i64
        %v3876 = arith.cmpi sge, %v3868, %v30 : i64
        %v3877 = arith.andi %v3870, %v3876 : i1
        %v3878 = arith.andi %v3877, %v3865 : i1
        %v3879 = llvm.getelementptr %v6[%v3875] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3880 = llvm.load %v3879 : !llvm.ptr<3> -> f32
        %v3881 = arith.addi %v3692, %v247 : i64
        %v3882 = arith.constant true
        %v3883 = arith.addi %v3013, %v3881 : i64
        %v3884 = llvm.getelementptr %v5[%v3883] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3885 = llvm.load %v3884 : !llvm.ptr<3> -> i64
        %v3886 = arith.addi %v1562, %v3693 : i64
        %v3887 = arith.cmpi slt, %v3886, %v79 : i64
        %v3888 = arith.subi %size_L, %v1 : i64
        %v3889 = arith.minsi %v3886, %v3888 : i64
        %v3890 = arith.addi %v3885, %v3889 : i64
        %v3891 = arith.muli %v3883, %v93 : i64
        %v3892 = arith.addi %v3891, %v3693 : i64
        %v3893 = arith.cmpi sge, %v3885, %v30 : i64
        %v3894 = arith.andi %v3887, %v3893 : i1
        %v3895 = arith.andi %v3894, %v3882 : i1
        %v3896 = llvm.getelementptr %v6[%v3892] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3897 = llvm.load %v3896 : !llvm.ptr<3> -> f32
        %v3898 = arith.addi %v3692, %v262 : i64
        %v3899 = arith.constant true
        %v3900 = arith.addi %v3013, %v3898 : i64
        %v3901 = llvm.getelementptr %v5[%v3900] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3902 = llvm.load %v3901 : !llvm.ptr<3> -> i64
        %v3903 = arith.addi %v1562, %v3693 : i64
        %v3904 = arith.cmpi slt, %v3903, %v79 : i64
        %v3905 = arith.subi %size_L, %v1 : i64
        %v3906 = arith.minsi %v3903, %v3905 : i64
        %v3907 = arith.addi %v3902, %v3906 : i64
        %v3908 = arith.muli %v3900, %v93 : i64
        %v3909 = arith.addi %v3908, %v3693 : i64
        %v3910 = arith.cmpi sge, %v3902, %v30 : i64
        %v3911 = arith.andi %v3904, %v3910 : i1
        %v3912 = arith.andi %v3911, %v3899 : i1
        %v3913 = llvm.getelementptr %v6[%v3909] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3914 = llvm.load %v3913 : !llvm.ptr<3> -> f32
        %v3915 = arith.addi %v3692, %v277 : i64
        %v3916 = arith.constant true
        %v3917 = arith.addi %v3013, %v3915 : i64
        %v3918 = llvm.getelementptr %v5[%v3917] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3919 = llvm.load %v3918 : !llvm.ptr<3> -> i64
        %v3920 = arith.addi %v1562, %v3693 : i64
        %v3921 = arith.cmpi slt, %v3920, %v79 : i64
        %v3922 = arith.subi %size_L, %v1 : i64
        %v3923 = arith.minsi %v3920, %v3922 : i64
        %v3924 = arith.addi %v3919, %v3923 : i64
        %v3925 = arith.muli %v3917, %v93 : i64
        %v3926 = arith.addi %v3925, %v3693 : i64
        %v3927 = arith.cmpi sge, %v3919, %v30 : i64
        %v3928 = arith.andi %v3921, %v3927 : i1
        %v3929 = arith.andi %v3928, %v3916 : i1
        %v3930 = llvm.getelementptr %v6[%v3926] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3931 = llvm.load %v3930 : !llvm.ptr<3> -> f32
        %v3932 = arith.addi %v3692, %v292 : i64
        %v3933 = arith.constant true
        %v3934 = arith.addi %v3013, %v3932 : i64
        %v3935 = llvm.getelementptr %v5[%v3934] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3936 = llvm.load %v3935 : !llvm.ptr<3> -> i64
        %v3937 = arith.addi %v1562, %v3693 : i64
        %v3938 = arith.cmpi slt, %v3937, %v79 : i64
        %v3939 = arith.subi %size_L, %v1 : i64
        %v3940 = arith.minsi %v3937, %v3939 : i64
        %v3941 = arith.addi %v3936, %v3940 : i64
        %v3942 = arith.muli %v3934, %v93 : i64
        %v3943 = arith.addi %v3942, %v3693 : i64
        %v3944 = arith.cmpi sge, %v3936, %v30 : i64
        %v3945 = arith.andi %v3938, %v3944 : i1
        %v3946 = arith.andi %v3945, %v3933 : i1
        %v3947 = llvm.getelementptr %v6[%v3943] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3948 = llvm.load %v3947 : !llvm.ptr<3> -> f32
        %v3949 = arith.addi %v3692, %v307 : i64
        %v3950 = arith.constant true
        %v3951 = arith.addi %v3013, %v3949 : i64
        %v3952 = llvm.getelementptr %v5[%v3951] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3953 = llvm.load %v3952 : !llvm.ptr<3> -> i64
        %v3954 = arith.addi %v1562, %v3693 : i64
        %v3955 = arith.cmpi slt, %v3954, %v79 : i64
        %v3956 = arith.subi %size_L, %v1 : i64
        %v3957 = arith.minsi %v3954, %v3956 : i64
        %v3958 = arith.addi %v3953, %v3957 : i64
        %v3959 = arith.muli %v3951, %v93 : i64
        %v3960 = arith.addi %v3959, %v3693 : i64
        %v3961 = arith.cmpi sge, %v3953, %v30 : i64
        %v3962 = arith.andi %v3955, %v3961 : i1
        %v3963 = arith.andi %v3962, %v3950 : i1
        %v3964 = llvm.getelementptr %v6[%v3960] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3965 = llvm.load %v3964 : !llvm.ptr<3> -> f32
        %v3966 = arith.addi %v3692, %v80 : i64
        %v3967 = arith.constant true
        %v3968 = arith.addi %v3013, %v3966 : i64
        %v3969 = llvm.getelementptr %v5[%v3968] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3970 = llvm.load %v3969 : !llvm.ptr<3> -> i64
        %v3971 = arith.addi %v1562, %v3693 : i64
        %v3972 = arith.cmpi slt, %v3971, %v79 : i64
        %v3973 = arith.subi %size_L, %v1 : i64
        %v3974 = arith.minsi %v3971, %v3973 : i64
        %v3975 = arith.addi %v3970, %v3974 : i64
        %v3976 = arith.muli %v3968, %v93 : i64
        %v3977 = arith.addi %v3976, %v3693 : i64
        %v3978 = arith.cmpi sge, %v3970, %v30 : i64
        %v3979 = arith.andi %v3972, %v3978 : i1
        %v3980 = arith.andi %v3979, %v3967 : i1
        %v3981 = llvm.getelementptr %v6[%v3977] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3982 = llvm.load %v3981 : !llvm.ptr<3> -> f32
        %v3983 = arith.addi %v3692, %v336 : i64
        %v3984 = arith.constant true
        %v3985 = arith.addi %v3013, %v3983 : i64
        %v3986 = llvm.getelementptr %v5[%v3985] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3987 = llvm.load %v3986 : !llvm.ptr<3> -> i64
        %v3988 = arith.addi %v1562, %v3693 : i64
        %v3989 = arith.cmpi slt, %v3988, %v79 : i64
        %v3990 = arith.subi %size_L, %v1 : i64
        %v3991 = arith.minsi %v3988, %v3990 : i64
        %v3992 = arith.addi %v3987, %v3991 : i64
        %v3993 = arith.muli %v3985, %v93 : i64
        %v3994 = arith.addi %v3993, %v3693 : i64
        %v3995 = arith.cmpi sge, %v3987, %v30 : i64
        %v3996 = arith.andi %v3989, %v3995 : i1
        %v3997 = arith.andi %v3996, %v3984 : i1
        %v3998 = llvm.getelementptr %v6[%v3994] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3999 = llvm.load %v3998 : !llvm.ptr<3> -> f32
        %v4000 = arith.addi %v3692, %v351 : i64
        %v4001 = arith.constant true
        %v4002 = arith.addi %v3013, %v4000 : i64
        %v4003 = llvm.getelementptr %v5[%v4002] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4004 = llvm.load %v4003 : !llvm.ptr<3> -> i64
        %v4005 = arith.addi %v1562, %v3693 : i64
        %v4006 = arith.cmpi slt, %v4005, %v79 : i64
        %v4007 = arith.subi %size_L, %v1 : i64
        %v4008 = arith.minsi %v4005, %v4007 : i64
        %v4009 = arith.addi %v4004, %v4008 : i64
        %v4010 = arith.muli %v4002, %v93 : i64
        %v4011 = arith.addi %v4010, %v3693 : i64
        %v4012 = arith.cmpi sge, %v4004, %v30 : i64
        %v4013 = arith.andi %v4006, %v4012 : i1
        %v4014 = arith.andi %v4013, %v4001 : i1
        %v4015 = llvm.getelementptr %v6[%v4011] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4016 = llvm.load %v4015 : !llvm.ptr<3> -> f32
        %v4017 = arith.addi %v3692, %v366 : i64
        %v4018 = arith.constant true
        %v4019 = arith.addi %v3013, %v4017 : i64
        %v4020 = llvm.getelementptr %v5[%v4019] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4021 = llvm.load %v4020 : !llvm.ptr<3> -> i64
        %v4022 = arith.addi %v1562, %v3693 : i64
        %v4023 = arith.cmpi slt, %v4022, %v79 : i64
        %v4024 = arith.subi %size_L, %v1 : i64
        %v4025 = arith.minsi %v4022, %v4024 : i64
        %v4026 = arith.addi %v4021, %v4025 : i64
        %v4027 = arith.muli %v4019, %v93 : i64
        %v4028 = arith.addi %v4027, %v3693 : i64
        %v4029 = arith.cmpi sge, %v4021, %v30 : i64
        %v4030 = arith.andi %v4023, %v4029 : i1
        %v4031 = arith.andi %v4030, %v4018 : i1
        %v4032 = llvm.getelementptr %v6[%v4028] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4033 = llvm.load %v4032 : !llvm.ptr<3> -> f32
        %v4034 = arith.addi %v3692, %v381 : i64
        %v4035 = arith.constant true
        %v4036 = arith.addi %v3013, %v4034 : i64
        %v4037 = llvm.getelementptr %v5[%v4036] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4038 = llvm.load %v4037 : !llvm.ptr<3> -> i64
        %v4039 = arith.addi %v1562, %v3693 : i64
        %v4040 = arith.cmpi slt, %v4039, %v79 : i64
        %v4041 = arith.subi %size_L, %v1 : i64
        %v4042 = arith.minsi %v4039, %v4041 : i64
        %v4043 = arith.addi %v4038, %v4042 : i64
        %v4044 = arith.muli %v4036, %v93 : i64
        %v4045 = arith.addi %v4044, %v3693 : i64
        %v4046 = arith.cmpi sge, %v4038, %v30 : i64
        %v4047 = arith.andi %v4040, %v4046 : i1
        %v4048 = arith.andi %v4047, %v4035 : i1
        %v4049 = llvm.getelementptr %v6[%v4045] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4050 = llvm.load %v4049 : !llvm.ptr<3> -> f32
        %v4051 = arith.addi %v3692, %v396 : i64
        %v4052 = arith.constant true
        %v4053 = arith.addi %v3013, %v4051 : i64
        %v4054 = llvm.getelementptr %v5[%v4053] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4055 = llvm.load %v4054 : !llvm.ptr<3> -> i64
        %v4056 = arith.addi %v1562, %v3693 : i64
        %v4057 = arith.cmpi slt, %v4056, %v79 : i64
        %v4058 = arith.subi %size_L, %v1 : i64
        %v4059 = arith.minsi %v4056, %v4058 : i64
        %v4060 = arith.addi %v4055, %v4059 : i64
        %v4061 = arith.muli %v4053, %v93 : i64
        %v4062 = arith.addi %v4061, %v3693 : i64
        %v4063 = arith.cmpi sge, %v4055, %v30 : i64
        %v4064 = arith.andi %v4057, %v4063 : i1
        %v4065 = arith.andi %v4064, %v4052 : i1
        %v4066 = llvm.getelementptr %v6[%v4062] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4067 = llvm.load %v4066 : !llvm.ptr<3> -> f32
        %v4068 = arith.addi %v3692, %v411 : i64
        %v4069 = arith.constant true
        %v4070 = arith.addi %v3013, %v4068 : i64
        %v4071 = llvm.getelementptr %v5[%v4070] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4072 = llvm.load %v4071 : !llvm.ptr<3> -> i64
        %v4073 = arith.addi %v1562, %v3693 : i64
        %v4074 = arith.cmpi slt, %v4073, %v79 : i64
        %v4075 = arith.subi %size_L, %v1 : i64
        %v4076 = arith.minsi %v4073, %v4075 : i64
        %v4077 = arith.addi %v4072, %v4076 : i64
        %v4078 = arith.muli %v4070, %v93 : i64
        %v4079 = arith.addi %v4078, %v3693 : i64
        %v4080 = arith.cmpi sge, %v4072, %v30 : i64
        %v4081 = arith.andi %v4074, %v4080 : i1
        %v4082 = arith.andi %v4081, %v4069 : i1
        %v4083 = llvm.getelementptr %v6[%v4079] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4084 = llvm.load %v4083 : !llvm.ptr<3> -> f32
        %v4085 = arith.addi %v3692, %v426 : i64
        %v4086 = arith.constant true
        %v4087 = arith.addi %v3013, %v4085 : i64
        %v4088 = llvm.getelementptr %v5[%v4087] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4089 = llvm.load %v4088 : !llvm.ptr<3> -> i64
        %v4090 = arith.addi %v1562, %v3693 : i64
        %v4091 = arith.cmpi slt, %v4090, %v79 : i64
        %v4092 = arith.subi %size_L, %v1 : i64
        %v4093 = arith.minsi %v4090, %v4092 : i64
        %v4094 = arith.addi %v4089, %v4093 : i64
        %v4095 = arith.muli %v4087, %v93 : i64
        %v4096 = arith.addi %v4095, %v3693 : i64
        %v4097 = arith.cmpi sge, %v4089, %v30 : i64
        %v4098 = arith.andi %v4091, %v4097 : i1
        %v4099 = arith.andi %v4098, %v4086 : i1
        %v4100 = llvm.getelementptr %v6[%v4096] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4101 = llvm.load %v4100 : !llvm.ptr<3> -> f32
        %v4102 = arith.addi %v3692, %v441 : i64
        %v4103 = arith.constant true
        %v4104 = arith.addi %v3013, %v4102 : i64
        %v4105 = llvm.getelementptr %v5[%v4104] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4106 = llvm.load %v4105 : !llvm.ptr<3> -> i64
        %v4107 = arith.addi %v1562, %v3693 : i64
        %v4108 = arith.cmpi slt, %v4107, %v79 : i64
        %v4109 = arith.subi %size_L, %v1 : i64
        %v4110 = arith.minsi %v4107, %v4109 : i64
        %v4111 = arith.addi %v4106, %v4110 : i64
        %v4112 = arith.muli %v4104, %v93 : i64
        %v4113 = arith.addi %v4112, %v3693 : i64
        %v4114 = arith.cmpi sge, %v4106, %v30 : i64
        %v4115 = arith.andi %v4108, %v4114 : i1
        %v4116 = arith.andi %v4115, %v4103 : i1
        %v4117 = llvm.getelementptr %v6[%v4113] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4118 = llvm.load %v4117 : !llvm.ptr<3> -> f32
        %v4119 = arith.addi %v3692, %v456 : i64
        %v4120 = arith.constant true
        %v4121 = arith.addi %v3013, %v4119 : i64
        %v4122 = llvm.getelementptr %v5[%v4121] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4123 = llvm.load %v4122 : !llvm.ptr<3> -> i64
        %v4124 = arith.addi %v1562, %v3693 : i64
        %v4125 = arith.cmpi slt, %v4124, %v79 : i64
        %v4126 = arith.subi %size_L, %v1 : i64
        %v4127 = arith.minsi %v4124, %v4126 : i64
        %v4128 = arith.addi %v4123, %v4127 : i64
        %v4129 = arith.muli %v4121, %v93 : i64
        %v4130 = arith.addi %v4129, %v3693 : i64
        %v4131 = arith.cmpi sge, %v4123, %v30 : i64
        %v4132 = arith.andi %v4125, %v4131 : i1
        %v4133 = arith.andi %v4132, %v4120 : i1
        %v4134 = llvm.getelementptr %v6[%v4130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4135 = llvm.load %v4134 : !llvm.ptr<3> -> f32
        %v4136 = arith.addi %v3692, %v471 : i64
        %v4137 = arith.constant true
        %v4138 = arith.addi %v3013, %v4136 : i64
        %v4139 = llvm.getelementptr %v5[%v4138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4140 = llvm.load %v4139 : !llvm.ptr<3> -> i64
        %v4141 = arith.addi %v1562, %v3693 : i64
        %v4142 = arith.cmpi slt, %v4141, %v79 : i64
        %v4143 = arith.subi %size_L, %v1 : i64
        %v4144 = arith.minsi %v4141, %v4143 : i64
        %v4145 = arith.addi %v4140, %v4144 : i64
        %v4146 = arith.muli %v4138, %v93 : i64
        %v4147 = arith.addi %v4146, %v3693 : i64
        %v4148 = arith.cmpi sge, %v4140, %v30 : i64
        %v4149 = arith.andi %v4142, %v4148 : i1
        %v4150 = arith.andi %v4149, %v4137 : i1
        %v4151 = llvm.getelementptr %v6[%v4147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4152 = llvm.load %v4151 : !llvm.ptr<3> -> f32
        %v4153 = arith.addi %v3692, %v486 : i64
        %v4154 = arith.constant true
        %v4155 = arith.addi %v3013, %v4153 : i64
        %v4156 = llvm.getelementptr %v5[%v4155] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4157 = llvm.load %v4156 : !llvm.ptr<3> -> i64
        %v4158 = arith.addi %v1562, %v3693 : i64
        %v4159 = arith.cmpi slt, %v4158, %v79 : i64
        %v4160 = arith.subi %size_L, %v1 : i64
        %v4161 = arith.minsi %v4158, %v4160 : i64
        %v4162 = arith.addi %v4157, %v4161 : i64
        %v4163 = arith.muli %v4155, %v93 : i64
        %v4164 = arith.addi %v4163, %v3693 : i64
        %v4165 = arith.cmpi sge, %v4157, %v30 : i64
        %v4166 = arith.andi %v4159, %v4165 : i1
        %v4167 = arith.andi %v4166, %v4154 : i1
        %v4168 = llvm.getelementptr %v6[%v4164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4169 = llvm.load %v4168 : !llvm.ptr<3> -> f32
        %v4170 = arith.addi %v3692, %v501 : i64
        %v4171 = arith.constant true
        %v4172 = arith.addi %v3013, %v4170 : i64
        %v4173 = llvm.getelementptr %v5[%v4172] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4174 = llvm.load %v4173 : !llvm.ptr<3> -> i64
        %v4175 = arith.addi %v1562, %v3693 : i64
        %v4176 = arith.cmpi slt, %v4175, %v79 : i64
        %v4177 = arith.subi %size_L, %v1 : i64
        %v4178 = arith.minsi %v4175, %v4177 : i64
        %v4179 = arith.addi %v4174, %v4178 : i64
        %v4180 = arith.muli %v4172, %v93 : i64
        %v4181 = arith.addi %v4180, %v3693 : i64
        %v4182 = arith.cmpi sge, %v4174, %v30 : i64
        %v4183 = arith.andi %v4176, %v4182 : i1
        %v4184 = arith.andi %v4183, %v4171 : i1
        %v4185 = llvm.getelementptr %v6[%v4181] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4186 = llvm.load %v4185 : !llvm.ptr<3> -> f32
        %v4187 = arith.addi %v3692, %v516 : i64
        %v4188 = arith.constant true
        %v4189 = arith.addi %v3013, %v4187 : i64
        %v4190 = llvm.getelementptr %v5[%v4189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4191 = llvm.load %v4190 : !llvm.ptr<3> -> i64
        %v4192 = arith.addi %v1562, %v3693 : i64
        %v4193 = arith.cmpi slt, %v4192, %v79 : i64
        %v4194 = arith.subi %size_L, %v1 : i64
        %v4195 = arith.minsi %v4192, %v4194 : i64
        %v4196 = arith.addi %v4191, %v4195 : i64
        %v4197 = arith.muli %v4189, %v93 : i64
        %v4198 = arith.addi %v4197, %v3693 : i64
        %v4199 = arith.cmpi sge, %v4191, %v30 : i64
        %v4200 = arith.andi %v4193, %v4199 : i1
        %v4201 = arith.andi %v4200, %v4188 : i1
        %v4202 = llvm.getelementptr %v6[%v4198] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4203 = llvm.load %v4202 : !llvm.ptr<3> -> f32
        %v4204 = arith.addi %v3692, %v531 : i64
        %v4205 = arith.constant true
        %v4206 = arith.addi %v3013, %v4204 : i64
        %v4207 = llvm.getelementptr %v5[%v4206] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4208 = llvm.load %v4207 : !llvm.ptr<3> -> i64
        %v4209 = arith.addi %v1562, %v3693 : i64
        %v4210 = arith.cmpi slt, %v4209, %v79 : i64
        %v4211 = arith.subi %size_L, %v1 : i64
        %v4212 = arith.minsi %v4209, %v4211 : i64
        %v4213 = arith.addi %v4208, %v4212 : i64
        %v4214 = arith.muli %v4206, %v93 : i64
        %v4215 = arith.addi %v4214, %v3693 : i64
        %v4216 = arith.cmpi sge, %v4208, %v30 : i64
        %v4217 = arith.andi %v4210, %v4216 : i1
        %v4218 = arith.andi %v4217, %v4205 : i1
        %v4219 = llvm.getelementptr %v6[%v4215] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4220 = llvm.load %v4219 : !llvm.ptr<3> -> f32
        %v4221 = arith.addi %v3692, %v546 : i64
        %v4222 = arith.constant true
        %v4223 = arith.addi %v3013, %v4221 : i64
        %v4224 = llvm.getelementptr %v5[%v4223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4225 = llvm.load %v4224 : !llvm.ptr<3> -> i64
        %v4226 = arith.addi %v1562, %v3693 : i64
        %v4227 = arith.cmpi slt, %v4226, %v79 : i64
        %v4228 = arith.subi %size_L, %v1 : i64
        %v4229 = arith.minsi %v4226, %v4228 : i64
        %v4230 = arith.addi %v4225, %v4229 : i64
        %v4231 = arith.muli %v4223, %v93 : i64
        %v4232 = arith.addi %v4231, %v3693 : i64
        %v4233 = arith.cmpi sge, %v4225, %v30 : i64
        %v4234 = arith.andi %v4227, %v4233 : i1
        %v4235 = arith.andi %v4234, %v4222 : i1
        %v4236 = llvm.getelementptr %v6[%v4232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4237 = llvm.load %v4236 : !llvm.ptr<3> -> f32
        scf.if %v3708 {
          %v4238 = llvm.getelementptr %out_y[%v3703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3710, %v4238 : f32, !llvm.ptr
        }
        scf.if %v3725 {
          %v4239 = llvm.getelementptr %out_y[%v3720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3727, %v4239 : f32, !llvm.ptr
        }
        scf.if %v3742 {
          %v4240 = llvm.getelementptr %out_y[%v3737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3744, %v4240 : f32, !llvm.ptr
        }
        scf.if %v3759 {
          %v4241 = llvm.getelementptr %out_y[%v3754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3761, %v4241 : f32, !llvm.ptr
        }
        scf.if %v3776 {
          %v4242 = llvm.getelementptr %out_y[%v3771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3778, %v4242 : f32, !llvm.ptr
        }
        scf.if %v3793 {
          %v4243 = llvm.getelementptr %out_y[%v3788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3795, %v4243 : f32, !llvm.ptr
        }
        scf.if %v3810 {
          %v4244 = llvm.getelementptr %out_y[%v3805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3812, %v4244 : f32, !llvm.ptr
        }
        scf.if %v3827 {
          %v4245 = llvm.getelementptr %out_y[%v3822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3829, %v4245 : f32, !llvm.ptr
        }
        scf.if %v3844 {
          %v4246 = llvm.getelementptr %out_y[%v3839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3846, %v4246 : f32, !llvm.ptr
        }
        scf.if %v3861 {
          %v4247 = llvm.getelementptr %out_y[%v3856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3863, %v4247 : f32, !llvm.ptr
        }
        scf.if %v3878 {
          %v4248 = llvm.getelementptr %out_y[%v3873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3880, %v4248 : f32, !llvm.ptr
        }
        scf.if %v3895 {
          %v4249 = llvm.getelementptr %out_y[%v3890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3897, %v4249 : f32, !llvm.ptr
        }
        scf.if %v3912 {
          %v4250 = llvm.getelementptr %out_y[%v3907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3914, %v4250 : f32, !llvm.ptr
        }
        scf.if %v3929 {
          %v4251 = llvm.getelementptr %out_y[%v3924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3931, %v4251 : f32, !llvm.ptr
        }
        scf.if %v3946 {
          %v4252 = llvm.getelementptr %out_y[%v3941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3948, %v4252 : f32, !llvm.ptr
        }
        scf.if %v3963 {
          %v4253 = llvm.getelementptr %out_y[%v3958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3965, %v4253 : f32, !llvm.ptr
        }
        scf.if %v3980 {
          %v4254 = llvm.getelementptr %out_y[%v3975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3982, %v4254 : f32, !llvm.ptr
        }
        scf.if %v3997 {
          %v4255 = llvm.getelementptr %out_y[%v3992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3999, %v4255 : f32, !llvm.ptr
        }
        scf.if %v4014 {
          %v4256 = llvm.getelementptr %out_y[%v4009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4016, %v4256 : f32, !llvm.ptr
        }
        scf.if %v4031 {
          %v4257 = llvm.getelementptr %out_y[%v4026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4033, %v4257 : f32, !llvm.ptr
        }
        scf.if %v4048 {
          %v4258 = llvm.getelementptr %out_y[%v4043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4050, %v4258 : f32, !llvm.ptr
        }
        scf.if %v4065 {
          %v4259 = llvm.getelementptr %out_y[%v4060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4067, %v4259 : f32, !llvm.ptr
        }
        scf.if %v4082 {
          %v4260 = llvm.getelementptr %out_y[%v4077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4084, %v4260 : f32, !llvm.ptr
        }
        scf.if %v4099 {
          %v4261 = llvm.getelementptr %out_y[%v4094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4101, %v4261 : f32, !llvm.ptr
        }
        scf.if %v4116 {
          %v4262 = llvm.getelementptr %out_y[%v4111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4118, %v4262 : f32, !llvm.ptr
        }
        scf.if %v4133 {
          %v4263 = llvm.getelementptr %out_y[%v4128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4135, %v4263 : f32, !llvm.ptr
        }
        scf.if %v4150 {
          %v4264 = llvm.getelementptr %out_y[%v4145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4152, %v4264 : f32, !llvm.ptr
        }
        scf.if %v4167 {
          %v4265 = llvm.getelementptr %out_y[%v4162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4169, %v4265 : f32, !llvm.ptr
        }
        scf.if %v4184 {
          %v4266 = llvm.getelementptr %out_y[%v4179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4186, %v4266 : f32, !llvm.ptr
        }
        scf.if %v4201 {
          %v4267 = llvm.getelementptr %out_y[%v4196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4203, %v4267 : f32, !llvm.ptr
        }
        scf.if %v4218 {
          %v4268 = llvm.getelementptr %out_y[%v4213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4220, %v4268 : f32, !llvm.ptr
        }
        scf.if %v4235 {
          %v4269 = llvm.getelementptr %out_y[%v4230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4237, %v4269 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      %v4270 = arith.subi %v10, %v1 : i64
      %v4271 = arith.cmpi eq, %v19, %v4270 : i64
      %v4272 = arith.andi %v23, %v4271 : i1
      gpu.return
    }
  }
}
