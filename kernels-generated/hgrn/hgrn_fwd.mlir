module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_hgrn_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<256 x i64>
    llvm.mlir.global internal @smem_hgrn_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<8448 x f32>
    gpu.func @hgrn_fwd(%in_g_f: !llvm.ptr, %in_g_c: !llvm.ptr, %in_g_o: !llvm.ptr, %in_gamma: !llvm.ptr, %out_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.mlir.addressof @rows_hgrn_fwd : !llvm.ptr<3>
      %v6 = llvm.mlir.addressof @smem_hgrn_fwd : !llvm.ptr<3>
      %v7 = arith.constant 255 : i64
      %v8 = arith.addi %size_L, %v7 : i64
      %v9 = arith.constant 256 : i64
      %v10 = arith.divui %v8, %v9 : i64
      %v15 = arith.constant 64 : i64
      %v25 = arith.constant 0 : i64
      %v26 = arith.muli %v1, %size_L : i64
      %v27 = arith.muli %v26, %size_D : i64
      %v49 = arith.constant 2 : i64
      %v58 = arith.constant -1 : i64
      %v60 = arith.constant 3 : i64
      %v64 = arith.constant 0x00000000 : f32
      %v65 = arith.constant 32 : i64
      %v78 = arith.constant 33 : i64
      %v97 = arith.constant 4 : i64
      %v112 = arith.constant 6 : i64
      %v127 = arith.constant 8 : i64
      %v142 = arith.constant 10 : i64
      %v157 = arith.constant 12 : i64
      %v172 = arith.constant 14 : i64
      %v187 = arith.constant 16 : i64
      %v202 = arith.constant 18 : i64
      %v217 = arith.constant 20 : i64
      %v232 = arith.constant 22 : i64
      %v247 = arith.constant 24 : i64
      %v262 = arith.constant 26 : i64
      %v277 = arith.constant 28 : i64
      %v292 = arith.constant 30 : i64
      %v321 = arith.constant 34 : i64
      %v336 = arith.constant 36 : i64
      %v351 = arith.constant 38 : i64
      %v366 = arith.constant 40 : i64
      %v381 = arith.constant 42 : i64
      %v396 = arith.constant 44 : i64
      %v411 = arith.constant 46 : i64
      %v426 = arith.constant 48 : i64
      %v441 = arith.constant 50 : i64
      %v456 = arith.constant 52 : i64
      %v471 = arith.constant 54 : i64
      %v486 = arith.constant 56 : i64
      %v501 = arith.constant 58 : i64
      %v516 = arith.constant 60 : i64
      %v531 = arith.constant 62 : i64
      %v1064 = arith.constant 128 : i64
      %v1554 = arith.muli %v1, %size_B : i64
      %v1555 = arith.muli %v1554, %size_D : i64
      %v1558 = arith.muli %v1, %size_D : i64
      %v2926 = arith.constant 0x3F800000 : f32
      %v2935 = arith.constant 0x3FB8AA3B : f32
      %v2998 = arith.constant 192 : i64
      %v3013 = arith.constant 320 : i64
      %v3021 = arith.constant 384 : i64
      %v3029 = arith.constant 448 : i64
      %v3037 = arith.constant 512 : i64
      %v3045 = arith.constant 576 : i64
      %v3053 = arith.constant 640 : i64
      %v3061 = arith.constant 704 : i64
      %v3069 = arith.constant 768 : i64
      %v3077 = arith.constant 832 : i64
      %v3085 = arith.constant 896 : i64
      %v3093 = arith.constant 960 : i64
      %v3101 = arith.constant 1024 : i64
      %v3109 = arith.constant 1088 : i64
      %v3117 = arith.constant 1152 : i64
      %v3125 = arith.constant 1216 : i64
      %v3133 = arith.constant 1280 : i64
      %v3141 = arith.constant 1344 : i64
      %v3149 = arith.constant 1408 : i64
      %v3157 = arith.constant 1472 : i64
      %v3165 = arith.constant 1536 : i64
      %v3173 = arith.constant 1600 : i64
      %v3181 = arith.constant 1664 : i64
      %v3189 = arith.constant 1728 : i64
      %v3197 = arith.constant 1792 : i64
      %v3205 = arith.constant 1856 : i64
      %v3213 = arith.constant 1920 : i64
      %v3221 = arith.constant 1984 : i64
      %v11 = gpu.block_id x
      %v12 = gpu.thread_id x
      %v13 = arith.index_cast %v12 : index to i64
      %v14 = arith.index_cast %v11 : index to i64
      %v16 = arith.muli %v14, %v15 : i64
      %v17 = arith.addi %v16, %v13 : i64
      %v18 = arith.cmpi slt, %v17, %v3 : i64
      %v19 = arith.subi %v3, %v1 : i64
      %v20 = arith.minsi %v17, %v19 : i64
      %v21 = arith.remui %v20, %size_D : i64
      %v22 = arith.divui %v20, %size_D : i64
      %v23 = arith.remui %v22, %size_B : i64
      %v24 = arith.divui %v22, %size_B : i64
      %v2923 = arith.muli %v21, %v1 : i64
      %v2924 = llvm.getelementptr %in_gamma[%v2923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2925 = llvm.load %v2924 : !llvm.ptr -> f32
      %v2927 = arith.subf %v2926, %v2925 fastmath<contract> : f32
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
      %v50 = arith.muli %v49, %v15 : i64
      %v51 = arith.addi %v50, %v13 : i64
      %v52 = llvm.getelementptr %v5[%v51] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v48, %v52 : i64, !llvm.ptr<3>
      %v53 = arith.muli %v23, %v27 : i64
      %v54 = arith.muli %v21, %v26 : i64
      %v55 = arith.addi %v53, %v54 : i64
      %v56 = arith.muli %v25, %v1 : i64
      %v57 = arith.addi %v55, %v56 : i64
      %v59 = arith.select %v18, %v57, %v58 : i64
      %v61 = arith.muli %v60, %v15 : i64
      %v62 = arith.addi %v61, %v13 : i64
      %v63 = llvm.getelementptr %v5[%v62] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v59, %v63 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v64, %v4 : f32, !llvm.ptr
      // staged load of `g_f`'s first tile: read, then shared memory
      %v66 = arith.divui %v13, %v65 : i64
      %v67 = arith.remui %v13, %v65 : i64
      %v68 = arith.addi %v66, %v25 : i64
      %v69 = arith.constant true
      %v70 = arith.addi %v25, %v68 : i64
      %v71 = llvm.getelementptr %v5[%v70] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v72 = llvm.load %v71 : !llvm.ptr<3> -> i64
      %v73 = arith.addi %v25, %v67 : i64
      %v74 = arith.cmpi slt, %v73, %size_L : i64
      %v75 = arith.subi %size_L, %v1 : i64
      %v76 = arith.minsi %v73, %v75 : i64
      %v77 = arith.addi %v72, %v76 : i64
      %v79 = arith.muli %v70, %v78 : i64
      %v80 = arith.addi %v79, %v67 : i64
      %v81 = llvm.getelementptr %in_g_f[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v82 = llvm.load %v81 : !llvm.ptr -> f32
      %v83 = arith.addi %v66, %v49 : i64
      %v84 = arith.constant true
      %v85 = arith.addi %v25, %v83 : i64
      %v86 = llvm.getelementptr %v5[%v85] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v87 = llvm.load %v86 : !llvm.ptr<3> -> i64
      %v88 = arith.addi %v25, %v67 : i64
      %v89 = arith.cmpi slt, %v88, %size_L : i64
      %v90 = arith.subi %size_L, %v1 : i64
      %v91 = arith.minsi %v88, %v90 : i64
      %v92 = arith.addi %v87, %v91 : i64
      %v93 = arith.muli %v85, %v78 : i64
      %v94 = arith.addi %v93, %v67 : i64
      %v95 = llvm.getelementptr %in_g_f[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v96 = llvm.load %v95 : !llvm.ptr -> f32
      %v98 = arith.addi %v66, %v97 : i64
      %v99 = arith.constant true
      %v100 = arith.addi %v25, %v98 : i64
      %v101 = llvm.getelementptr %v5[%v100] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v102 = llvm.load %v101 : !llvm.ptr<3> -> i64
      %v103 = arith.addi %v25, %v67 : i64
      %v104 = arith.cmpi slt, %v103, %size_L : i64
      %v105 = arith.subi %size_L, %v1 : i64
      %v106 = arith.minsi %v103, %v105 : i64
      %v107 = arith.addi %v102, %v106 : i64
      %v108 = arith.muli %v100, %v78 : i64
      %v109 = arith.addi %v108, %v67 : i64
      %v110 = llvm.getelementptr %in_g_f[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v111 = llvm.load %v110 : !llvm.ptr -> f32
      %v113 = arith.addi %v66, %v112 : i64
      %v114 = arith.constant true
      %v115 = arith.addi %v25, %v113 : i64
      %v116 = llvm.getelementptr %v5[%v115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v117 = llvm.load %v116 : !llvm.ptr<3> -> i64
      %v118 = arith.addi %v25, %v67 : i64
      %v119 = arith.cmpi slt, %v118, %size_L : i64
      %v120 = arith.subi %size_L, %v1 : i64
      %v121 = arith.minsi %v118, %v120 : i64
      %v122 = arith.addi %v117, %v121 : i64
      %v123 = arith.muli %v115, %v78 : i64
      %v124 = arith.addi %v123, %v67 : i64
      %v125 = llvm.getelementptr %in_g_f[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v126 = llvm.load %v125 : !llvm.ptr -> f32
      %v128 = arith.addi %v66, %v127 : i64
      %v129 = arith.constant true
      %v130 = arith.addi %v25, %v128 : i64
      %v131 = llvm.getelementptr %v5[%v130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v132 = llvm.load %v131 : !llvm.ptr<3> -> i64
      %v133 = arith.addi %v25, %v67 : i64
      %v134 = arith.cmpi slt, %v133, %size_L : i64
      %v135 = arith.subi %size_L, %v1 : i64
      %v136 = arith.minsi %v133, %v135 : i64
      %v137 = arith.addi %v132, %v136 : i64
      %v138 = arith.muli %v130, %v78 : i64
      %v139 = arith.addi %v138, %v67 : i64
      %v140 = llvm.getelementptr %in_g_f[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v141 = llvm.load %v140 : !llvm.ptr -> f32
      %v143 = arith.addi %v66, %v142 : i64
      %v144 = arith.constant true
      %v145 = arith.addi %v25, %v143 : i64
      %v146 = llvm.getelementptr %v5[%v145] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v147 = llvm.load %v146 : !llvm.ptr<3> -> i64
      %v148 = arith.addi %v25, %v67 : i64
      %v149 = arith.cmpi slt, %v148, %size_L : i64
      %v150 = arith.subi %size_L, %v1 : i64
      %v151 = arith.minsi %v148, %v150 : i64
      %v152 = arith.addi %v147, %v151 : i64
      %v153 = arith.muli %v145, %v78 : i64
      %v154 = arith.addi %v153, %v67 : i64
      %v155 = llvm.getelementptr %in_g_f[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v156 = llvm.load %v155 : !llvm.ptr -> f32
      %v158 = arith.addi %v66, %v157 : i64
      %v159 = arith.constant true
      %v160 = arith.addi %v25, %v158 : i64
      %v161 = llvm.getelementptr %v5[%v160] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v162 = llvm.load %v161 : !llvm.ptr<3> -> i64
      %v163 = arith.addi %v25, %v67 : i64
      %v164 = arith.cmpi slt, %v163, %size_L : i64
      %v165 = arith.subi %size_L, %v1 : i64
      %v166 = arith.minsi %v163, %v165 : i64
      %v167 = arith.addi %v162, %v166 : i64
      %v168 = arith.muli %v160, %v78 : i64
      %v169 = arith.addi %v168, %v67 : i64
      %v170 = llvm.getelementptr %in_g_f[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v171 = llvm.load %v170 : !llvm.ptr -> f32
      %v173 = arith.addi %v66, %v172 : i64
      %v174 = arith.constant true
      %v175 = arith.addi %v25, %v173 : i64
      %v176 = llvm.getelementptr %v5[%v175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v177 = llvm.load %v176 : !llvm.ptr<3> -> i64
      %v178 = arith.addi %v25, %v67 : i64
      %v179 = arith.cmpi slt, %v178, %size_L : i64
      %v180 = arith.subi %size_L, %v1 : i64
      %v181 = arith.minsi %v178, %v180 : i64
      %v182 = arith.addi %v177, %v181 : i64
      %v183 = arith.muli %v175, %v78 : i64
      %v184 = arith.addi %v183, %v67 : i64
      %v185 = llvm.getelementptr %in_g_f[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v186 = llvm.load %v185 : !llvm.ptr -> f32
      %v188 = arith.addi %v66, %v187 : i64
      %v189 = arith.constant true
      %v190 = arith.addi %v25, %v188 : i64
      %v191 = llvm.getelementptr %v5[%v190] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v192 = llvm.load %v191 : !llvm.ptr<3> -> i64
      %v193 = arith.addi %v25, %v67 : i64
      %v194 = arith.cmpi slt, %v193, %size_L : i64
      %v195 = arith.subi %size_L, %v1 : i64
      %v196 = arith.minsi %v193, %v195 : i64
      %v197 = arith.addi %v192, %v196 : i64
      %v198 = arith.muli %v190, %v78 : i64
      %v199 = arith.addi %v198, %v67 : i64
      %v200 = llvm.getelementptr %in_g_f[%v197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v201 = llvm.load %v200 : !llvm.ptr -> f32
      %v203 = arith.addi %v66, %v202 : i64
      %v204 = arith.constant true
      %v205 = arith.addi %v25, %v203 : i64
      %v206 = llvm.getelementptr %v5[%v205] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v207 = llvm.load %v206 : !llvm.ptr<3> -> i64
      %v208 = arith.addi %v25, %v67 : i64
      %v209 = arith.cmpi slt, %v208, %size_L : i64
      %v210 = arith.subi %size_L, %v1 : i64
      %v211 = arith.minsi %v208, %v210 : i64
      %v212 = arith.addi %v207, %v211 : i64
      %v213 = arith.muli %v205, %v78 : i64
      %v214 = arith.addi %v213, %v67 : i64
      %v215 = llvm.getelementptr %in_g_f[%v212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v216 = llvm.load %v215 : !llvm.ptr -> f32
      %v218 = arith.addi %v66, %v217 : i64
      %v219 = arith.constant true
      %v220 = arith.addi %v25, %v218 : i64
      %v221 = llvm.getelementptr %v5[%v220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v222 = llvm.load %v221 : !llvm.ptr<3> -> i64
      %v223 = arith.addi %v25, %v67 : i64
      %v224 = arith.cmpi slt, %v223, %size_L : i64
      %v225 = arith.subi %size_L, %v1 : i64
      %v226 = arith.minsi %v223, %v225 : i64
      %v227 = arith.addi %v222, %v226 : i64
      %v228 = arith.muli %v220, %v78 : i64
      %v229 = arith.addi %v228, %v67 : i64
      %v230 = llvm.getelementptr %in_g_f[%v227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v231 = llvm.load %v230 : !llvm.ptr -> f32
      %v233 = arith.addi %v66, %v232 : i64
      %v234 = arith.constant true
      %v235 = arith.addi %v25, %v233 : i64
      %v236 = llvm.getelementptr %v5[%v235] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v237 = llvm.load %v236 : !llvm.ptr<3> -> i64
      %v238 = arith.addi %v25, %v67 : i64
      %v239 = arith.cmpi slt, %v238, %size_L : i64
      %v240 = arith.subi %size_L, %v1 : i64
      %v241 = arith.minsi %v238, %v240 : i64
      %v242 = arith.addi %v237, %v241 : i64
      %v243 = arith.muli %v235, %v78 : i64
      %v244 = arith.addi %v243, %v67 : i64
      %v245 = llvm.getelementptr %in_g_f[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v246 = llvm.load %v245 : !llvm.ptr -> f32
      %v248 = arith.addi %v66, %v247 : i64
      %v249 = arith.constant true
      %v250 = arith.addi %v25, %v248 : i64
      %v251 = llvm.getelementptr %v5[%v250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v252 = llvm.load %v251 : !llvm.ptr<3> -> i64
      %v253 = arith.addi %v25, %v67 : i64
      %v254 = arith.cmpi slt, %v253, %size_L : i64
      %v255 = arith.subi %size_L, %v1 : i64
      %v256 = arith.minsi %v253, %v255 : i64
      %v257 = arith.addi %v252, %v256 : i64
      %v258 = arith.muli %v250, %v78 : i64
      %v259 = arith.addi %v258, %v67 : i64
      %v260 = llvm.getelementptr %in_g_f[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v261 = llvm.load %v260 : !llvm.ptr -> f32
      %v263 = arith.addi %v66, %v262 : i64
      %v264 = arith.constant true
      %v265 = arith.addi %v25, %v263 : i64
      %v266 = llvm.getelementptr %v5[%v265] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v267 = llvm.load %v266 : !llvm.ptr<3> -> i64
      %v268 = arith.addi %v25, %v67 : i64
      %v269 = arith.cmpi slt, %v268, %size_L : i64
      %v270 = arith.subi %size_L, %v1 : i64
      %v271 = arith.minsi %v268, %v270 : i64
      %v272 = arith.addi %v267, %v271 : i64
      %v273 = arith.muli %v265, %v78 : i64
      %v274 = arith.addi %v273, %v67 : i64
      %v275 = llvm.getelementptr %in_g_f[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v276 = llvm.load %v275 : !llvm.ptr -> f32
      %v278 = arith.addi %v66, %v277 : i64
      %v279 = arith.constant true
      %v280 = arith.addi %v25, %v278 : i64
      %v281 = llvm.getelementptr %v5[%v280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v282 = llvm.load %v281 : !llvm.ptr<3> -> i64
      %v283 = arith.addi %v25, %v67 : i64
      %v284 = arith.cmpi slt, %v283, %size_L : i64
      %v285 = arith.subi %size_L, %v1 : i64
      %v286 = arith.minsi %v283, %v285 : i64
      %v287 = arith.addi %v282, %v286 : i64
      %v288 = arith.muli %v280, %v78 : i64
      %v289 = arith.addi %v288, %v67 : i64
      %v290 = llvm.getelementptr %in_g_f[%v287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v291 = llvm.load %v290 : !llvm.ptr -> f32
      %v293 = arith.addi %v66, %v292 : i64
      %v294 = arith.constant true
      %v295 = arith.addi %v25, %v293 : i64
      %v296 = llvm.getelementptr %v5[%v295] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v297 = llvm.load %v296 : !llvm.ptr<3> -> i64
      %v298 = arith.addi %v25, %v67 : i64
      %v299 = arith.cmpi slt, %v298, %size_L : i64
      %v300 = arith.subi %size_L, %v1 : i64
      %v301 = arith.minsi %v298, %v300 : i64
      %v302 = arith.addi %v297, %v301 : i64
      %v303 = arith.muli %v295, %v78 : i64
      %v304 = arith.addi %v303, %v67 : i64
      %v305 = llvm.getelementptr %in_g_f[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v306 = llvm.load %v305 : !llvm.ptr -> f32
      %v307 = arith.addi %v66, %v65 : i64
      %v308 = arith.constant true
      %v309 = arith.addi %v25, %v307 : i64
      %v310 = llvm.getelementptr %v5[%v309] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v311 = llvm.load %v310 : !llvm.ptr<3> -> i64
      %v312 = arith.addi %v25, %v67 : i64
      %v313 = arith.cmpi slt, %v312, %size_L : i64
      %v314 = arith.subi %size_L, %v1 : i64
      %v315 = arith.minsi %v312, %v314 : i64
      %v316 = arith.addi %v311, %v315 : i64
      %v317 = arith.muli %v309, %v78 : i64
      %v318 = arith.addi %v317, %v67 : i64
      %v319 = llvm.getelementptr %in_g_f[%v316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v320 = llvm.load %v319 : !llvm.ptr -> f32
      %v322 = arith.addi %v66, %v321 : i64
      %v323 = arith.constant true
      %v324 = arith.addi %v25, %v322 : i64
      %v325 = llvm.getelementptr %v5[%v324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v326 = llvm.load %v325 : !llvm.ptr<3> -> i64
      %v327 = arith.addi %v25, %v67 : i64
      %v328 = arith.cmpi slt, %v327, %size_L : i64
      %v329 = arith.subi %size_L, %v1 : i64
      %v330 = arith.minsi %v327, %v329 : i64
      %v331 = arith.addi %v326, %v330 : i64
      %v332 = arith.muli %v324, %v78 : i64
      %v333 = arith.addi %v332, %v67 : i64
      %v334 = llvm.getelementptr %in_g_f[%v331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v335 = llvm.load %v334 : !llvm.ptr -> f32
      %v337 = arith.addi %v66, %v336 : i64
      %v338 = arith.constant true
      %v339 = arith.addi %v25, %v337 : i64
      %v340 = llvm.getelementptr %v5[%v339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v341 = llvm.load %v340 : !llvm.ptr<3> -> i64
      %v342 = arith.addi %v25, %v67 : i64
      %v343 = arith.cmpi slt, %v342, %size_L : i64
      %v344 = arith.subi %size_L, %v1 : i64
      %v345 = arith.minsi %v342, %v344 : i64
      %v346 = arith.addi %v341, %v345 : i64
      %v347 = arith.muli %v339, %v78 : i64
      %v348 = arith.addi %v347, %v67 : i64
      %v349 = llvm.getelementptr %in_g_f[%v346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v350 = llvm.load %v349 : !llvm.ptr -> f32
      %v352 = arith.addi %v66, %v351 : i64
      %v353 = arith.constant true
      %v354 = arith.addi %v25, %v352 : i64
      %v355 = llvm.getelementptr %v5[%v354] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v356 = llvm.load %v355 : !llvm.ptr<3> -> i64
      %v357 = arith.addi %v25, %v67 : i64
      %v358 = arith.cmpi slt, %v357, %size_L : i64
      %v359 = arith.subi %size_L, %v1 : i64
      %v360 = arith.minsi %v357, %v359 : i64
      %v361 = arith.addi %v356, %v360 : i64
      %v362 = arith.muli %v354, %v78 : i64
      %v363 = arith.addi %v362, %v67 : i64
      %v364 = llvm.getelementptr %in_g_f[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v365 = llvm.load %v364 : !llvm.ptr -> f32
      %v367 = arith.addi %v66, %v366 : i64
      %v368 = arith.constant true
      %v369 = arith.addi %v25, %v367 : i64
      %v370 = llvm.getelementptr %v5[%v369] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v371 = llvm.load %v370 : !llvm.ptr<3> -> i64
      %v372 = arith.addi %v25, %v67 : i64
      %v373 = arith.cmpi slt, %v372, %size_L : i64
      %v374 = arith.subi %size_L, %v1 : i64
      %v375 = arith.minsi %v372, %v374 : i64
      %v376 = arith.addi %v371, %v375 : i64
      %v377 = arith.muli %v369, %v78 : i64
      %v378 = arith.addi %v377, %v67 : i64
      %v379 = llvm.getelementptr %in_g_f[%v376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v380 = llvm.load %v379 : !llvm.ptr -> f32
      %v382 = arith.addi %v66, %v381 : i64
      %v383 = arith.constant true
      %v384 = arith.addi %v25, %v382 : i64
      %v385 = llvm.getelementptr %v5[%v384] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v386 = llvm.load %v385 : !llvm.ptr<3> -> i64
      %v387 = arith.addi %v25, %v67 : i64
      %v388 = arith.cmpi slt, %v387, %size_L : i64
      %v389 = arith.subi %size_L, %v1 : i64
      %v390 = arith.minsi %v387, %v389 : i64
      %v391 = arith.addi %v386, %v390 : i64
      %v392 = arith.muli %v384, %v78 : i64
      %v393 = arith.addi %v392, %v67 : i64
      %v394 = llvm.getelementptr %in_g_f[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v395 = llvm.load %v394 : !llvm.ptr -> f32
      %v397 = arith.addi %v66, %v396 : i64
      %v398 = arith.constant true
      %v399 = arith.addi %v25, %v397 : i64
      %v400 = llvm.getelementptr %v5[%v399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v401 = llvm.load %v400 : !llvm.ptr<3> -> i64
      %v402 = arith.addi %v25, %v67 : i64
      %v403 = arith.cmpi slt, %v402, %size_L : i64
      %v404 = arith.subi %size_L, %v1 : i64
      %v405 = arith.minsi %v402, %v404 : i64
      %v406 = arith.addi %v401, %v405 : i64
      %v407 = arith.muli %v399, %v78 : i64
      %v408 = arith.addi %v407, %v67 : i64
      %v409 = llvm.getelementptr %in_g_f[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v410 = llvm.load %v409 : !llvm.ptr -> f32
      %v412 = arith.addi %v66, %v411 : i64
      %v413 = arith.constant true
      %v414 = arith.addi %v25, %v412 : i64
      %v415 = llvm.getelementptr %v5[%v414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v416 = llvm.load %v415 : !llvm.ptr<3> -> i64
      %v417 = arith.addi %v25, %v67 : i64
      %v418 = arith.cmpi slt, %v417, %size_L : i64
      %v419 = arith.subi %size_L, %v1 : i64
      %v420 = arith.minsi %v417, %v419 : i64
      %v421 = arith.addi %v416, %v420 : i64
      %v422 = arith.muli %v414, %v78 : i64
      %v423 = arith.addi %v422, %v67 : i64
      %v424 = llvm.getelementptr %in_g_f[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v425 = llvm.load %v424 : !llvm.ptr -> f32
      %v427 = arith.addi %v66, %v426 : i64
      %v428 = arith.constant true
      %v429 = arith.addi %v25, %v427 : i64
      %v430 = llvm.getelementptr %v5[%v429] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v431 = llvm.load %v430 : !llvm.ptr<3> -> i64
      %v432 = arith.addi %v25, %v67 : i64
      %v433 = arith.cmpi slt, %v432, %size_L : i64
      %v434 = arith.subi %size_L, %v1 : i64
      %v435 = arith.minsi %v432, %v434 : i64
      %v436 = arith.addi %v431, %v435 : i64
      %v437 = arith.muli %v429, %v78 : i64
      %v438 = arith.addi %v437, %v67 : i64
      %v439 = llvm.getelementptr %in_g_f[%v436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v440 = llvm.load %v439 : !llvm.ptr -> f32
      %v442 = arith.addi %v66, %v441 : i64
      %v443 = arith.constant true
      %v444 = arith.addi %v25, %v442 : i64
      %v445 = llvm.getelementptr %v5[%v444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v446 = llvm.load %v445 : !llvm.ptr<3> -> i64
      %v447 = arith.addi %v25, %v67 : i64
      %v448 = arith.cmpi slt, %v447, %size_L : i64
      %v449 = arith.subi %size_L, %v1 : i64
      %v450 = arith.minsi %v447, %v449 : i64
      %v451 = arith.addi %v446, %v450 : i64
      %v452 = arith.muli %v444, %v78 : i64
      %v453 = arith.addi %v452, %v67 : i64
      %v454 = llvm.getelementptr %in_g_f[%v451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v455 = llvm.load %v454 : !llvm.ptr -> f32
      %v457 = arith.addi %v66, %v456 : i64
      %v458 = arith.constant true
      %v459 = arith.addi %v25, %v457 : i64
      %v460 = llvm.getelementptr %v5[%v459] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v461 = llvm.load %v460 : !llvm.ptr<3> -> i64
      %v462 = arith.addi %v25, %v67 : i64
      %v463 = arith.cmpi slt, %v462, %size_L : i64
      %v464 = arith.subi %size_L, %v1 : i64
      %v465 = arith.minsi %v462, %v464 : i64
      %v466 = arith.addi %v461, %v465 : i64
      %v467 = arith.muli %v459, %v78 : i64
      %v468 = arith.addi %v467, %v67 : i64
      %v469 = llvm.getelementptr %in_g_f[%v466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v470 = llvm.load %v469 : !llvm.ptr -> f32
      %v472 = arith.addi %v66, %v471 : i64
      %v473 = arith.constant true
      %v474 = arith.addi %v25, %v472 : i64
      %v475 = llvm.getelementptr %v5[%v474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v476 = llvm.load %v475 : !llvm.ptr<3> -> i64
      %v477 = arith.addi %v25, %v67 : i64
      %v478 = arith.cmpi slt, %v477, %size_L : i64
      %v479 = arith.subi %size_L, %v1 : i64
      %v480 = arith.minsi %v477, %v479 : i64
      %v481 = arith.addi %v476, %v480 : i64
      %v482 = arith.muli %v474, %v78 : i64
      %v483 = arith.addi %v482, %v67 : i64
      %v484 = llvm.getelementptr %in_g_f[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v485 = llvm.load %v484 : !llvm.ptr -> f32
      %v487 = arith.addi %v66, %v486 : i64
      %v488 = arith.constant true
      %v489 = arith.addi %v25, %v487 : i64
      %v490 = llvm.getelementptr %v5[%v489] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v491 = llvm.load %v490 : !llvm.ptr<3> -> i64
      %v492 = arith.addi %v25, %v67 : i64
      %v493 = arith.cmpi slt, %v492, %size_L : i64
      %v494 = arith.subi %size_L, %v1 : i64
      %v495 = arith.minsi %v492, %v494 : i64
      %v496 = arith.addi %v491, %v495 : i64
      %v497 = arith.muli %v489, %v78 : i64
      %v498 = arith.addi %v497, %v67 : i64
      %v499 = llvm.getelementptr %in_g_f[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v500 = llvm.load %v499 : !llvm.ptr -> f32
      %v502 = arith.addi %v66, %v501 : i64
      %v503 = arith.constant true
      %v504 = arith.addi %v25, %v502 : i64
      %v505 = llvm.getelementptr %v5[%v504] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v506 = llvm.load %v505 : !llvm.ptr<3> -> i64
      %v507 = arith.addi %v25, %v67 : i64
      %v508 = arith.cmpi slt, %v507, %size_L : i64
      %v509 = arith.subi %size_L, %v1 : i64
      %v510 = arith.minsi %v507, %v509 : i64
      %v511 = arith.addi %v506, %v510 : i64
      %v512 = arith.muli %v504, %v78 : i64
      %v513 = arith.addi %v512, %v67 : i64
      %v514 = llvm.getelementptr %in_g_f[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v515 = llvm.load %v514 : !llvm.ptr -> f32
      %v517 = arith.addi %v66, %v516 : i64
      %v518 = arith.constant true
      %v519 = arith.addi %v25, %v517 : i64
      %v520 = llvm.getelementptr %v5[%v519] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v521 = llvm.load %v520 : !llvm.ptr<3> -> i64
      %v522 = arith.addi %v25, %v67 : i64
      %v523 = arith.cmpi slt, %v522, %size_L : i64
      %v524 = arith.subi %size_L, %v1 : i64
      %v525 = arith.minsi %v522, %v524 : i64
      %v526 = arith.addi %v521, %v525 : i64
      %v527 = arith.muli %v519, %v78 : i64
      %v528 = arith.addi %v527, %v67 : i64
      %v529 = llvm.getelementptr %in_g_f[%v526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v530 = llvm.load %v529 : !llvm.ptr -> f32
      %v532 = arith.addi %v66, %v531 : i64
      %v533 = arith.constant true
      %v534 = arith.addi %v25, %v532 : i64
      %v535 = llvm.getelementptr %v5[%v534] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v536 = llvm.load %v535 : !llvm.ptr<3> -> i64
      %v537 = arith.addi %v25, %v67 : i64
      %v538 = arith.cmpi slt, %v537, %size_L : i64
      %v539 = arith.subi %size_L, %v1 : i64
      %v540 = arith.minsi %v537, %v539 : i64
      %v541 = arith.addi %v536, %v540 : i64
      %v542 = arith.muli %v534, %v78 : i64
      %v543 = arith.addi %v542, %v67 : i64
      %v544 = llvm.getelementptr %in_g_f[%v541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v545 = llvm.load %v544 : !llvm.ptr -> f32
      scf.if %v69 {
        %v546 = llvm.getelementptr %v6[%v80] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v82, %v546 : f32, !llvm.ptr<3>
      }
      scf.if %v84 {
        %v547 = llvm.getelementptr %v6[%v94] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v96, %v547 : f32, !llvm.ptr<3>
      }
      scf.if %v99 {
        %v548 = llvm.getelementptr %v6[%v109] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v111, %v548 : f32, !llvm.ptr<3>
      }
      scf.if %v114 {
        %v549 = llvm.getelementptr %v6[%v124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v126, %v549 : f32, !llvm.ptr<3>
      }
      scf.if %v129 {
        %v550 = llvm.getelementptr %v6[%v139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v141, %v550 : f32, !llvm.ptr<3>
      }
      scf.if %v144 {
        %v551 = llvm.getelementptr %v6[%v154] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v156, %v551 : f32, !llvm.ptr<3>
      }
      scf.if %v159 {
        %v552 = llvm.getelementptr %v6[%v169] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v171, %v552 : f32, !llvm.ptr<3>
      }
      scf.if %v174 {
        %v553 = llvm.getelementptr %v6[%v184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v186, %v553 : f32, !llvm.ptr<3>
      }
      scf.if %v189 {
        %v554 = llvm.getelementptr %v6[%v199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v201, %v554 : f32, !llvm.ptr<3>
      }
      scf.if %v204 {
        %v555 = llvm.getelementptr %v6[%v214] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v216, %v555 : f32, !llvm.ptr<3>
      }
      scf.if %v219 {
        %v556 = llvm.getelementptr %v6[%v229] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v231, %v556 : f32, !llvm.ptr<3>
      }
      scf.if %v234 {
        %v557 = llvm.getelementptr %v6[%v244] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v246, %v557 : f32, !llvm.ptr<3>
      }
      scf.if %v249 {
        %v558 = llvm.getelementptr %v6[%v259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v261, %v558 : f32, !llvm.ptr<3>
      }
      scf.if %v264 {
        %v559 = llvm.getelementptr %v6[%v274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v276, %v559 : f32, !llvm.ptr<3>
      }
      scf.if %v279 {
        %v560 = llvm.getelementptr %v6[%v289] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v291, %v560 : f32, !llvm.ptr<3>
      }
      scf.if %v294 {
        %v561 = llvm.getelementptr %v6[%v304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v306, %v561 : f32, !llvm.ptr<3>
      }
      scf.if %v308 {
        %v562 = llvm.getelementptr %v6[%v318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v320, %v562 : f32, !llvm.ptr<3>
      }
      scf.if %v323 {
        %v563 = llvm.getelementptr %v6[%v333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v335, %v563 : f32, !llvm.ptr<3>
      }
      scf.if %v338 {
        %v564 = llvm.getelementptr %v6[%v348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v350, %v564 : f32, !llvm.ptr<3>
      }
      scf.if %v353 {
        %v565 = llvm.getelementptr %v6[%v363] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v365, %v565 : f32, !llvm.ptr<3>
      }
      scf.if %v368 {
        %v566 = llvm.getelementptr %v6[%v378] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v380, %v566 : f32, !llvm.ptr<3>
      }
      scf.if %v383 {
        %v567 = llvm.getelementptr %v6[%v393] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v395, %v567 : f32, !llvm.ptr<3>
      }
      scf.if %v398 {
        %v568 = llvm.getelementptr %v6[%v408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v410, %v568 : f32, !llvm.ptr<3>
      }
      scf.if %v413 {
        %v569 = llvm.getelementptr %v6[%v423] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v425, %v569 : f32, !llvm.ptr<3>
      }
      scf.if %v428 {
        %v570 = llvm.getelementptr %v6[%v438] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v440, %v570 : f32, !llvm.ptr<3>
      }
      scf.if %v443 {
        %v571 = llvm.getelementptr %v6[%v453] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v455, %v571 : f32, !llvm.ptr<3>
      }
      scf.if %v458 {
        %v572 = llvm.getelementptr %v6[%v468] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v470, %v572 : f32, !llvm.ptr<3>
      }
      scf.if %v473 {
        %v573 = llvm.getelementptr %v6[%v483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v485, %v573 : f32, !llvm.ptr<3>
      }
      scf.if %v488 {
        %v574 = llvm.getelementptr %v6[%v498] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v500, %v574 : f32, !llvm.ptr<3>
      }
      scf.if %v503 {
        %v575 = llvm.getelementptr %v6[%v513] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v515, %v575 : f32, !llvm.ptr<3>
      }
      scf.if %v518 {
        %v576 = llvm.getelementptr %v6[%v528] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v530, %v576 : f32, !llvm.ptr<3>
      }
      scf.if %v533 {
        %v577 = llvm.getelementptr %v6[%v543] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v545, %v577 : f32, !llvm.ptr<3>
      }
      // end staged load of `g_f`
      // staged load of `g_c`'s first tile: read, then shared memory
      %v578 = arith.divui %v13, %v65 : i64
      %v579 = arith.remui %v13, %v65 : i64
      %v580 = arith.addi %v578, %v25 : i64
      %v581 = arith.constant true
      %v582 = arith.addi %v15, %v580 : i64
      %v583 = llvm.getelementptr %v5[%v582] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v584 = llvm.load %v583 : !llvm.ptr<3> -> i64
      %v585 = arith.addi %v25, %v579 : i64
      %v586 = arith.cmpi slt, %v585, %size_L : i64
      %v587 = arith.subi %size_L, %v1 : i64
      %v588 = arith.minsi %v585, %v587 : i64
      %v589 = arith.addi %v584, %v588 : i64
      %v590 = arith.muli %v582, %v78 : i64
      %v591 = arith.addi %v590, %v579 : i64
      %v592 = llvm.getelementptr %in_g_c[%v589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v593 = llvm.load %v592 : !llvm.ptr -> f32
      %v594 = arith.addi %v578, %v49 : i64
      %v595 = arith.constant true
      %v596 = arith.addi %v15, %v594 : i64
      %v597 = llvm.getelementptr %v5[%v596] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v598 = llvm.load %v597 : !llvm.ptr<3> -> i64
      %v599 = arith.addi %v25, %v579 : i64
      %v600 = arith.cmpi slt, %v599, %size_L : i64
      %v601 = arith.subi %size_L, %v1 : i64
      %v602 = arith.minsi %v599, %v601 : i64
      %v603 = arith.addi %v598, %v602 : i64
      %v604 = arith.muli %v596, %v78 : i64
      %v605 = arith.addi %v604, %v579 : i64
      %v606 = llvm.getelementptr %in_g_c[%v603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v607 = llvm.load %v606 : !llvm.ptr -> f32
      %v608 = arith.addi %v578, %v97 : i64
      %v609 = arith.constant true
      %v610 = arith.addi %v15, %v608 : i64
      %v611 = llvm.getelementptr %v5[%v610] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v612 = llvm.load %v611 : !llvm.ptr<3> -> i64
      %v613 = arith.addi %v25, %v579 : i64
      %v614 = arith.cmpi slt, %v613, %size_L : i64
      %v615 = arith.subi %size_L, %v1 : i64
      %v616 = arith.minsi %v613, %v615 : i64
      %v617 = arith.addi %v612, %v616 : i64
      %v618 = arith.muli %v610, %v78 : i64
      %v619 = arith.addi %v618, %v579 : i64
      %v620 = llvm.getelementptr %in_g_c[%v617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v621 = llvm.load %v620 : !llvm.ptr -> f32
      %v622 = arith.addi %v578, %v112 : i64
      %v623 = arith.constant true
      %v624 = arith.addi %v15, %v622 : i64
      %v625 = llvm.getelementptr %v5[%v624] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v626 = llvm.load %v625 : !llvm.ptr<3> -> i64
      %v627 = arith.addi %v25, %v579 : i64
      %v628 = arith.cmpi slt, %v627, %size_L : i64
      %v629 = arith.subi %size_L, %v1 : i64
      %v630 = arith.minsi %v627, %v629 : i64
      %v631 = arith.addi %v626, %v630 : i64
      %v632 = arith.muli %v624, %v78 : i64
      %v633 = arith.addi %v632, %v579 : i64
      %v634 = llvm.getelementptr %in_g_c[%v631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v635 = llvm.load %v634 : !llvm.ptr -> f32
      %v636 = arith.addi %v578, %v127 : i64
      %v637 = arith.constant true
      %v638 = arith.addi %v15, %v636 : i64
      %v639 = llvm.getelementptr %v5[%v638] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v640 = llvm.load %v639 : !llvm.ptr<3> -> i64
      %v641 = arith.addi %v25, %v579 : i64
      %v642 = arith.cmpi slt, %v641, %size_L : i64
      %v643 = arith.subi %size_L, %v1 : i64
      %v644 = arith.minsi %v641, %v643 : i64
      %v645 = arith.addi %v640, %v644 : i64
      %v646 = arith.muli %v638, %v78 : i64
      %v647 = arith.addi %v646, %v579 : i64
      %v648 = llvm.getelementptr %in_g_c[%v645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v649 = llvm.load %v648 : !llvm.ptr -> f32
      %v650 = arith.addi %v578, %v142 : i64
      %v651 = arith.constant true
      %v652 = arith.addi %v15, %v650 : i64
      %v653 = llvm.getelementptr %v5[%v652] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v654 = llvm.load %v653 : !llvm.ptr<3> -> i64
      %v655 = arith.addi %v25, %v579 : i64
      %v656 = arith.cmpi slt, %v655, %size_L : i64
      %v657 = arith.subi %size_L, %v1 : i64
      %v658 = arith.minsi %v655, %v657 : i64
      %v659 = arith.addi %v654, %v658 : i64
      %v660 = arith.muli %v652, %v78 : i64
      %v661 = arith.addi %v660, %v579 : i64
      %v662 = llvm.getelementptr %in_g_c[%v659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v663 = llvm.load %v662 : !llvm.ptr -> f32
      %v664 = arith.addi %v578, %v157 : i64
      %v665 = arith.constant true
      %v666 = arith.addi %v15, %v664 : i64
      %v667 = llvm.getelementptr %v5[%v666] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v668 = llvm.load %v667 : !llvm.ptr<3> -> i64
      %v669 = arith.addi %v25, %v579 : i64
      %v670 = arith.cmpi slt, %v669, %size_L : i64
      %v671 = arith.subi %size_L, %v1 : i64
      %v672 = arith.minsi %v669, %v671 : i64
      %v673 = arith.addi %v668, %v672 : i64
      %v674 = arith.muli %v666, %v78 : i64
      %v675 = arith.addi %v674, %v579 : i64
      %v676 = llvm.getelementptr %in_g_c[%v673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v677 = llvm.load %v676 : !llvm.ptr -> f32
      %v678 = arith.addi %v578, %v172 : i64
      %v679 = arith.constant true
      %v680 = arith.addi %v15, %v678 : i64
      %v681 = llvm.getelementptr %v5[%v680] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v682 = llvm.load %v681 : !llvm.ptr<3> -> i64
      %v683 = arith.addi %v25, %v579 : i64
      %v684 = arith.cmpi slt, %v683, %size_L : i64
      %v685 = arith.subi %size_L, %v1 : i64
      %v686 = arith.minsi %v683, %v685 : i64
      %v687 = arith.addi %v682, %v686 : i64
      %v688 = arith.muli %v680, %v78 : i64
      %v689 = arith.addi %v688, %v579 : i64
      %v690 = llvm.getelementptr %in_g_c[%v687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v691 = llvm.load %v690 : !llvm.ptr -> f32
      %v692 = arith.addi %v578, %v187 : i64
      %v693 = arith.constant true
      %v694 = arith.addi %v15, %v692 : i64
      %v695 = llvm.getelementptr %v5[%v694] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v696 = llvm.load %v695 : !llvm.ptr<3> -> i64
      %v697 = arith.addi %v25, %v579 : i64
      %v698 = arith.cmpi slt, %v697, %size_L : i64
      %v699 = arith.subi %size_L, %v1 : i64
      %v700 = arith.minsi %v697, %v699 : i64
      %v701 = arith.addi %v696, %v700 : i64
      %v702 = arith.muli %v694, %v78 : i64
      %v703 = arith.addi %v702, %v579 : i64
      %v704 = llvm.getelementptr %in_g_c[%v701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v705 = llvm.load %v704 : !llvm.ptr -> f32
      %v706 = arith.addi %v578, %v202 : i64
      %v707 = arith.constant true
      %v708 = arith.addi %v15, %v706 : i64
      %v709 = llvm.getelementptr %v5[%v708] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v710 = llvm.load %v709 : !llvm.ptr<3> -> i64
      %v711 = arith.addi %v25, %v579 : i64
      %v712 = arith.cmpi slt, %v711, %size_L : i64
      %v713 = arith.subi %size_L, %v1 : i64
      %v714 = arith.minsi %v711, %v713 : i64
      %v715 = arith.addi %v710, %v714 : i64
      %v716 = arith.muli %v708, %v78 : i64
      %v717 = arith.addi %v716, %v579 : i64
      %v718 = llvm.getelementptr %in_g_c[%v715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v719 = llvm.load %v718 : !llvm.ptr -> f32
      %v720 = arith.addi %v578, %v217 : i64
      %v721 = arith.constant true
      %v722 = arith.addi %v15, %v720 : i64
      %v723 = llvm.getelementptr %v5[%v722] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v724 = llvm.load %v723 : !llvm.ptr<3> -> i64
      %v725 = arith.addi %v25, %v579 : i64
      %v726 = arith.cmpi slt, %v725, %size_L : i64
      %v727 = arith.subi %size_L, %v1 : i64
      %v728 = arith.minsi %v725, %v727 : i64
      %v729 = arith.addi %v724, %v728 : i64
      %v730 = arith.muli %v722, %v78 : i64
      %v731 = arith.addi %v730, %v579 : i64
      %v732 = llvm.getelementptr %in_g_c[%v729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v733 = llvm.load %v732 : !llvm.ptr -> f32
      %v734 = arith.addi %v578, %v232 : i64
      %v735 = arith.constant true
      %v736 = arith.addi %v15, %v734 : i64
      %v737 = llvm.getelementptr %v5[%v736] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v738 = llvm.load %v737 : !llvm.ptr<3> -> i64
      %v739 = arith.addi %v25, %v579 : i64
      %v740 = arith.cmpi slt, %v739, %size_L : i64
      %v741 = arith.subi %size_L, %v1 : i64
      %v742 = arith.minsi %v739, %v741 : i64
      %v743 = arith.addi %v738, %v742 : i64
      %v744 = arith.muli %v736, %v78 : i64
      %v745 = arith.addi %v744, %v579 : i64
      %v746 = llvm.getelementptr %in_g_c[%v743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v747 = llvm.load %v746 : !llvm.ptr -> f32
      %v748 = arith.addi %v578, %v247 : i64
      %v749 = arith.constant true
      %v750 = arith.addi %v15, %v748 : i64
      %v751 = llvm.getelementptr %v5[%v750] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v752 = llvm.load %v751 : !llvm.ptr<3> -> i64
      %v753 = arith.addi %v25, %v579 : i64
      %v754 = arith.cmpi slt, %v753, %size_L : i64
      %v755 = arith.subi %size_L, %v1 : i64
      %v756 = arith.minsi %v753, %v755 : i64
      %v757 = arith.addi %v752, %v756 : i64
      %v758 = arith.muli %v750, %v78 : i64
      %v759 = arith.addi %v758, %v579 : i64
      %v760 = llvm.getelementptr %in_g_c[%v757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v761 = llvm.load %v760 : !llvm.ptr -> f32
      %v762 = arith.addi %v578, %v262 : i64
      %v763 = arith.constant true
      %v764 = arith.addi %v15, %v762 : i64
      %v765 = llvm.getelementptr %v5[%v764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v766 = llvm.load %v765 : !llvm.ptr<3> -> i64
      %v767 = arith.addi %v25, %v579 : i64
      %v768 = arith.cmpi slt, %v767, %size_L : i64
      %v769 = arith.subi %size_L, %v1 : i64
      %v770 = arith.minsi %v767, %v769 : i64
      %v771 = arith.addi %v766, %v770 : i64
      %v772 = arith.muli %v764, %v78 : i64
      %v773 = arith.addi %v772, %v579 : i64
      %v774 = llvm.getelementptr %in_g_c[%v771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v775 = llvm.load %v774 : !llvm.ptr -> f32
      %v776 = arith.addi %v578, %v277 : i64
      %v777 = arith.constant true
      %v778 = arith.addi %v15, %v776 : i64
      %v779 = llvm.getelementptr %v5[%v778] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v780 = llvm.load %v779 : !llvm.ptr<3> -> i64
      %v781 = arith.addi %v25, %v579 : i64
      %v782 = arith.cmpi slt, %v781, %size_L : i64
      %v783 = arith.subi %size_L, %v1 : i64
      %v784 = arith.minsi %v781, %v783 : i64
      %v785 = arith.addi %v780, %v784 : i64
      %v786 = arith.muli %v778, %v78 : i64
      %v787 = arith.addi %v786, %v579 : i64
      %v788 = llvm.getelementptr %in_g_c[%v785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v789 = llvm.load %v788 : !llvm.ptr -> f32
      %v790 = arith.addi %v578, %v292 : i64
      %v791 = arith.constant true
      %v792 = arith.addi %v15, %v790 : i64
      %v793 = llvm.getelementptr %v5[%v792] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v794 = llvm.load %v793 : !llvm.ptr<3> -> i64
      %v795 = arith.addi %v25, %v579 : i64
      %v796 = arith.cmpi slt, %v795, %size_L : i64
      %v797 = arith.subi %size_L, %v1 : i64
      %v798 = arith.minsi %v795, %v797 : i64
      %v799 = arith.addi %v794, %v798 : i64
      %v800 = arith.muli %v792, %v78 : i64
      %v801 = arith.addi %v800, %v579 : i64
      %v802 = llvm.getelementptr %in_g_c[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v803 = llvm.load %v802 : !llvm.ptr -> f32
      %v804 = arith.addi %v578, %v65 : i64
      %v805 = arith.constant true
      %v806 = arith.addi %v15, %v804 : i64
      %v807 = llvm.getelementptr %v5[%v806] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v808 = llvm.load %v807 : !llvm.ptr<3> -> i64
      %v809 = arith.addi %v25, %v579 : i64
      %v810 = arith.cmpi slt, %v809, %size_L : i64
      %v811 = arith.subi %size_L, %v1 : i64
      %v812 = arith.minsi %v809, %v811 : i64
      %v813 = arith.addi %v808, %v812 : i64
      %v814 = arith.muli %v806, %v78 : i64
      %v815 = arith.addi %v814, %v579 : i64
      %v816 = llvm.getelementptr %in_g_c[%v813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v817 = llvm.load %v816 : !llvm.ptr -> f32
      %v818 = arith.addi %v578, %v321 : i64
      %v819 = arith.constant true
      %v820 = arith.addi %v15, %v818 : i64
      %v821 = llvm.getelementptr %v5[%v820] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v822 = llvm.load %v821 : !llvm.ptr<3> -> i64
      %v823 = arith.addi %v25, %v579 : i64
      %v824 = arith.cmpi slt, %v823, %size_L : i64
      %v825 = arith.subi %size_L, %v1 : i64
      %v826 = arith.minsi %v823, %v825 : i64
      %v827 = arith.addi %v822, %v826 : i64
      %v828 = arith.muli %v820, %v78 : i64
      %v829 = arith.addi %v828, %v579 : i64
      %v830 = llvm.getelementptr %in_g_c[%v827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v831 = llvm.load %v830 : !llvm.ptr -> f32
      %v832 = arith.addi %v578, %v336 : i64
      %v833 = arith.constant true
      %v834 = arith.addi %v15, %v832 : i64
      %v835 = llvm.getelementptr %v5[%v834] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v836 = llvm.load %v835 : !llvm.ptr<3> -> i64
      %v837 = arith.addi %v25, %v579 : i64
      %v838 = arith.cmpi slt, %v837, %size_L : i64
      %v839 = arith.subi %size_L, %v1 : i64
      %v840 = arith.minsi %v837, %v839 : i64
      %v841 = arith.addi %v836, %v840 : i64
      %v842 = arith.muli %v834, %v78 : i64
      %v843 = arith.addi %v842, %v579 : i64
      %v844 = llvm.getelementptr %in_g_c[%v841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v845 = llvm.load %v844 : !llvm.ptr -> f32
      %v846 = arith.addi %v578, %v351 : i64
      %v847 = arith.constant true
      %v848 = arith.addi %v15, %v846 : i64
      %v849 = llvm.getelementptr %v5[%v848] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v850 = llvm.load %v849 : !llvm.ptr<3> -> i64
      %v851 = arith.addi %v25, %v579 : i64
      %v852 = arith.cmpi slt, %v851, %size_L : i64
      %v853 = arith.subi %size_L, %v1 : i64
      %v854 = arith.minsi %v851, %v853 : i64
      %v855 = arith.addi %v850, %v854 : i64
      %v856 = arith.muli %v848, %v78 : i64
      %v857 = arith.addi %v856, %v579 : i64
      %v858 = llvm.getelementptr %in_g_c[%v855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v859 = llvm.load %v858 : !llvm.ptr -> f32
      %v860 = arith.addi %v578, %v366 : i64
      %v861 = arith.constant true
      %v862 = arith.addi %v15, %v860 : i64
      %v863 = llvm.getelementptr %v5[%v862] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v864 = llvm.load %v863 : !llvm.ptr<3> -> i64
      %v865 = arith.addi %v25, %v579 : i64
      %v866 = arith.cmpi slt, %v865, %size_L : i64
      %v867 = arith.subi %size_L, %v1 : i64
      %v868 = arith.minsi %v865, %v867 : i64
      %v869 = arith.addi %v864, %v868 : i64
      %v870 = arith.muli %v862, %v78 : i64
      %v871 = arith.addi %v870, %v579 : i64
      %v872 = llvm.getelementptr %in_g_c[%v869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v873 = llvm.load %v872 : !llvm.ptr -> f32
      %v874 = arith.addi %v578, %v381 : i64
      %v875 = arith.constant true
      %v876 = arith.addi %v15, %v874 : i64
      %v877 = llvm.getelementptr %v5[%v876] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v878 = llvm.load %v877 : !llvm.ptr<3> -> i64
      %v879 = arith.addi %v25, %v579 : i64
      %v880 = arith.cmpi slt, %v879, %size_L : i64
      %v881 = arith.subi %size_L, %v1 : i64
      %v882 = arith.minsi %v879, %v881 : i64
      %v883 = arith.addi %v878, %v882 : i64
      %v884 = arith.muli %v876, %v78 : i64
      %v885 = arith.addi %v884, %v579 : i64
      %v886 = llvm.getelementptr %in_g_c[%v883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v887 = llvm.load %v886 : !llvm.ptr -> f32
      %v888 = arith.addi %v578, %v396 : i64
      %v889 = arith.constant true
      %v890 = arith.addi %v15, %v888 : i64
      %v891 = llvm.getelementptr %v5[%v890] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v892 = llvm.load %v891 : !llvm.ptr<3> -> i64
      %v893 = arith.addi %v25, %v579 : i64
      %v894 = arith.cmpi slt, %v893, %size_L : i64
      %v895 = arith.subi %size_L, %v1 : i64
      %v896 = arith.minsi %v893, %v895 : i64
      %v897 = arith.addi %v892, %v896 : i64
      %v898 = arith.muli %v890, %v78 : i64
      %v899 = arith.addi %v898, %v579 : i64
      %v900 = llvm.getelementptr %in_g_c[%v897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v901 = llvm.load %v900 : !llvm.ptr -> f32
      %v902 = arith.addi %v578, %v411 : i64
      %v903 = arith.constant true
      %v904 = arith.addi %v15, %v902 : i64
      %v905 = llvm.getelementptr %v5[%v904] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v906 = llvm.load %v905 : !llvm.ptr<3> -> i64
      %v907 = arith.addi %v25, %v579 : i64
      %v908 = arith.cmpi slt, %v907, %size_L : i64
      %v909 = arith.subi %size_L, %v1 : i64
      %v910 = arith.minsi %v907, %v909 : i64
      %v911 = arith.addi %v906, %v910 : i64
      %v912 = arith.muli %v904, %v78 : i64
      %v913 = arith.addi %v912, %v579 : i64
      %v914 = llvm.getelementptr %in_g_c[%v911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v915 = llvm.load %v914 : !llvm.ptr -> f32
      %v916 = arith.addi %v578, %v426 : i64
      %v917 = arith.constant true
      %v918 = arith.addi %v15, %v916 : i64
      %v919 = llvm.getelementptr %v5[%v918] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v920 = llvm.load %v919 : !llvm.ptr<3> -> i64
      %v921 = arith.addi %v25, %v579 : i64
      %v922 = arith.cmpi slt, %v921, %size_L : i64
      %v923 = arith.subi %size_L, %v1 : i64
      %v924 = arith.minsi %v921, %v923 : i64
      %v925 = arith.addi %v920, %v924 : i64
      %v926 = arith.muli %v918, %v78 : i64
      %v927 = arith.addi %v926, %v579 : i64
      %v928 = llvm.getelementptr %in_g_c[%v925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v929 = llvm.load %v928 : !llvm.ptr -> f32
      %v930 = arith.addi %v578, %v441 : i64
      %v931 = arith.constant true
      %v932 = arith.addi %v15, %v930 : i64
      %v933 = llvm.getelementptr %v5[%v932] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v934 = llvm.load %v933 : !llvm.ptr<3> -> i64
      %v935 = arith.addi %v25, %v579 : i64
      %v936 = arith.cmpi slt, %v935, %size_L : i64
      %v937 = arith.subi %size_L, %v1 : i64
      %v938 = arith.minsi %v935, %v937 : i64
      %v939 = arith.addi %v934, %v938 : i64
      %v940 = arith.muli %v932, %v78 : i64
      %v941 = arith.addi %v940, %v579 : i64
      %v942 = llvm.getelementptr %in_g_c[%v939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v943 = llvm.load %v942 : !llvm.ptr -> f32
      %v944 = arith.addi %v578, %v456 : i64
      %v945 = arith.constant true
      %v946 = arith.addi %v15, %v944 : i64
      %v947 = llvm.getelementptr %v5[%v946] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v948 = llvm.load %v947 : !llvm.ptr<3> -> i64
      %v949 = arith.addi %v25, %v579 : i64
      %v950 = arith.cmpi slt, %v949, %size_L : i64
      %v951 = arith.subi %size_L, %v1 : i64
      %v952 = arith.minsi %v949, %v951 : i64
      %v953 = arith.addi %v948, %v952 : i64
      %v954 = arith.muli %v946, %v78 : i64
      %v955 = arith.addi %v954, %v579 : i64
      %v956 = llvm.getelementptr %in_g_c[%v953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v957 = llvm.load %v956 : !llvm.ptr -> f32
      %v958 = arith.addi %v578, %v471 : i64
      %v959 = arith.constant true
      %v960 = arith.addi %v15, %v958 : i64
      %v961 = llvm.getelementptr %v5[%v960] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v962 = llvm.load %v961 : !llvm.ptr<3> -> i64
      %v963 = arith.addi %v25, %v579 : i64
      %v964 = arith.cmpi slt, %v963, %size_L : i64
      %v965 = arith.subi %size_L, %v1 : i64
      %v966 = arith.minsi %v963, %v965 : i64
      %v967 = arith.addi %v962, %v966 : i64
      %v968 = arith.muli %v960, %v78 : i64
      %v969 = arith.addi %v968, %v579 : i64
      %v970 = llvm.getelementptr %in_g_c[%v967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v971 = llvm.load %v970 : !llvm.ptr -> f32
      %v972 = arith.addi %v578, %v486 : i64
      %v973 = arith.constant true
      %v974 = arith.addi %v15, %v972 : i64
      %v975 = llvm.getelementptr %v5[%v974] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v976 = llvm.load %v975 : !llvm.ptr<3> -> i64
      %v977 = arith.addi %v25, %v579 : i64
      %v978 = arith.cmpi slt, %v977, %size_L : i64
      %v979 = arith.subi %size_L, %v1 : i64
      %v980 = arith.minsi %v977, %v979 : i64
      %v981 = arith.addi %v976, %v980 : i64
      %v982 = arith.muli %v974, %v78 : i64
      %v983 = arith.addi %v982, %v579 : i64
      %v984 = llvm.getelementptr %in_g_c[%v981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v985 = llvm.load %v984 : !llvm.ptr -> f32
      %v986 = arith.addi %v578, %v501 : i64
      %v987 = arith.constant true
      %v988 = arith.addi %v15, %v986 : i64
      %v989 = llvm.getelementptr %v5[%v988] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v990 = llvm.load %v989 : !llvm.ptr<3> -> i64
      %v991 = arith.addi %v25, %v579 : i64
      %v992 = arith.cmpi slt, %v991, %size_L : i64
      %v993 = arith.subi %size_L, %v1 : i64
      %v994 = arith.minsi %v991, %v993 : i64
      %v995 = arith.addi %v990, %v994 : i64
      %v996 = arith.muli %v988, %v78 : i64
      %v997 = arith.addi %v996, %v579 : i64
      %v998 = llvm.getelementptr %in_g_c[%v995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v999 = llvm.load %v998 : !llvm.ptr -> f32
      %v1000 = arith.addi %v578, %v516 : i64
      %v1001 = arith.constant true
      %v1002 = arith.addi %v15, %v1000 : i64
      %v1003 = llvm.getelementptr %v5[%v1002] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1004 = llvm.load %v1003 : !llvm.ptr<3> -> i64
      %v1005 = arith.addi %v25, %v579 : i64
      %v1006 = arith.cmpi slt, %v1005, %size_L : i64
      %v1007 = arith.subi %size_L, %v1 : i64
      %v1008 = arith.minsi %v1005, %v1007 : i64
      %v1009 = arith.addi %v1004, %v1008 : i64
      %v1010 = arith.muli %v1002, %v78 : i64
      %v1011 = arith.addi %v1010, %v579 : i64
      %v1012 = llvm.getelementptr %in_g_c[%v1009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1013 = llvm.load %v1012 : !llvm.ptr -> f32
      %v1014 = arith.addi %v578, %v531 : i64
      %v1015 = arith.constant true
      %v1016 = arith.addi %v15, %v1014 : i64
      %v1017 = llvm.getelementptr %v5[%v1016] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1018 = llvm.load %v1017 : !llvm.ptr<3> -> i64
      %v1019 = arith.addi %v25, %v579 : i64
      %v1020 = arith.cmpi slt, %v1019, %size_L : i64
      %v1021 = arith.subi %size_L, %v1 : i64
      %v1022 = arith.minsi %v1019, %v1021 : i64
      %v1023 = arith.addi %v1018, %v1022 : i64
      %v1024 = arith.muli %v1016, %v78 : i64
      %v1025 = arith.addi %v1024, %v579 : i64
      %v1026 = llvm.getelementptr %in_g_c[%v1023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1027 = llvm.load %v1026 : !llvm.ptr -> f32
      scf.if %v581 {
        %v1028 = llvm.getelementptr %v6[%v591] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v593, %v1028 : f32, !llvm.ptr<3>
      }
      scf.if %v595 {
        %v1029 = llvm.getelementptr %v6[%v605] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v607, %v1029 : f32, !llvm.ptr<3>
      }
      scf.if %v609 {
        %v1030 = llvm.getelementptr %v6[%v619] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v621, %v1030 : f32, !llvm.ptr<3>
      }
      scf.if %v623 {
        %v1031 = llvm.getelementptr %v6[%v633] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v635, %v1031 : f32, !llvm.ptr<3>
      }
      scf.if %v637 {
        %v1032 = llvm.getelementptr %v6[%v647] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v649, %v1032 : f32, !llvm.ptr<3>
      }
      scf.if %v651 {
        %v1033 = llvm.getelementptr %v6[%v661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v663, %v1033 : f32, !llvm.ptr<3>
      }
      scf.if %v665 {
        %v1034 = llvm.getelementptr %v6[%v675] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v677, %v1034 : f32, !llvm.ptr<3>
      }
      scf.if %v679 {
        %v1035 = llvm.getelementptr %v6[%v689] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v691, %v1035 : f32, !llvm.ptr<3>
      }
      scf.if %v693 {
        %v1036 = llvm.getelementptr %v6[%v703] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v705, %v1036 : f32, !llvm.ptr<3>
      }
      scf.if %v707 {
        %v1037 = llvm.getelementptr %v6[%v717] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v719, %v1037 : f32, !llvm.ptr<3>
      }
      scf.if %v721 {
        %v1038 = llvm.getelementptr %v6[%v731] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v733, %v1038 : f32, !llvm.ptr<3>
      }
      scf.if %v735 {
        %v1039 = llvm.getelementptr %v6[%v745] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v747, %v1039 : f32, !llvm.ptr<3>
      }
      scf.if %v749 {
        %v1040 = llvm.getelementptr %v6[%v759] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v761, %v1040 : f32, !llvm.ptr<3>
      }
      scf.if %v763 {
        %v1041 = llvm.getelementptr %v6[%v773] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v775, %v1041 : f32, !llvm.ptr<3>
      }
      scf.if %v777 {
        %v1042 = llvm.getelementptr %v6[%v787] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v789, %v1042 : f32, !llvm.ptr<3>
      }
      scf.if %v791 {
        %v1043 = llvm.getelementptr %v6[%v801] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v803, %v1043 : f32, !llvm.ptr<3>
      }
      scf.if %v805 {
        %v1044 = llvm.getelementptr %v6[%v815] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v817, %v1044 : f32, !llvm.ptr<3>
      }
      scf.if %v819 {
        %v1045 = llvm.getelementptr %v6[%v829] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v831, %v1045 : f32, !llvm.ptr<3>
      }
      scf.if %v833 {
        %v1046 = llvm.getelementptr %v6[%v843] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v845, %v1046 : f32, !llvm.ptr<3>
      }
      scf.if %v847 {
        %v1047 = llvm.getelementptr %v6[%v857] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v859, %v1047 : f32, !llvm.ptr<3>
      }
      scf.if %v861 {
        %v1048 = llvm.getelementptr %v6[%v871] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v873, %v1048 : f32, !llvm.ptr<3>
      }
      scf.if %v875 {
        %v1049 = llvm.getelementptr %v6[%v885] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v887, %v1049 : f32, !llvm.ptr<3>
      }
      scf.if %v889 {
        %v1050 = llvm.getelementptr %v6[%v899] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v901, %v1050 : f32, !llvm.ptr<3>
      }
      scf.if %v903 {
        %v1051 = llvm.getelementptr %v6[%v913] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v915, %v1051 : f32, !llvm.ptr<3>
      }
      scf.if %v917 {
        %v1052 = llvm.getelementptr %v6[%v927] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v929, %v1052 : f32, !llvm.ptr<3>
      }
      scf.if %v931 {
        %v1053 = llvm.getelementptr %v6[%v941] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v943, %v1053 : f32, !llvm.ptr<3>
      }
      scf.if %v945 {
        %v1054 = llvm.getelementptr %v6[%v955] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v957, %v1054 : f32, !llvm.ptr<3>
      }
      scf.if %v959 {
        %v1055 = llvm.getelementptr %v6[%v969] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v971, %v1055 : f32, !llvm.ptr<3>
      }
      scf.if %v973 {
        %v1056 = llvm.getelementptr %v6[%v983] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v985, %v1056 : f32, !llvm.ptr<3>
      }
      scf.if %v987 {
        %v1057 = llvm.getelementptr %v6[%v997] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v999, %v1057 : f32, !llvm.ptr<3>
      }
      scf.if %v1001 {
        %v1058 = llvm.getelementptr %v6[%v1011] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1013, %v1058 : f32, !llvm.ptr<3>
      }
      scf.if %v1015 {
        %v1059 = llvm.getelementptr %v6[%v1025] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1027, %v1059 : f32, !llvm.ptr<3>
      }
      // end staged load of `g_c`
      // staged load of `g_o`'s first tile: read, then shared memory
      %v1060 = arith.divui %v13, %v65 : i64
      %v1061 = arith.remui %v13, %v65 : i64
      %v1062 = arith.addi %v1060, %v25 : i64
      %v1063 = arith.constant true
      %v1065 = arith.addi %v1064, %v1062 : i64
      %v1066 = llvm.getelementptr %v5[%v1065] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1067 = llvm.load %v1066 : !llvm.ptr<3> -> i64
      %v1068 = arith.addi %v25, %v1061 : i64
      %v1069 = arith.cmpi slt, %v1068, %size_L : i64
      %v1070 = arith.subi %size_L, %v1 : i64
      %v1071 = arith.minsi %v1068, %v1070 : i64
      %v1072 = arith.addi %v1067, %v1071 : i64
      %v1073 = arith.muli %v1065, %v78 : i64
      %v1074 = arith.addi %v1073, %v1061 : i64
      %v1075 = llvm.getelementptr %in_g_o[%v1072] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1076 = llvm.load %v1075 : !llvm.ptr -> f32
      %v1077 = arith.addi %v1060, %v49 : i64
      %v1078 = arith.constant true
      %v1079 = arith.addi %v1064, %v1077 : i64
      %v1080 = llvm.getelementptr %v5[%v1079] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1081 = llvm.load %v1080 : !llvm.ptr<3> -> i64
      %v1082 = arith.addi %v25, %v1061 : i64
      %v1083 = arith.cmpi slt, %v1082, %size_L : i64
      %v1084 = arith.subi %size_L, %v1 : i64
      %v1085 = arith.minsi %v1082, %v1084 : i64
      %v1086 = arith.addi %v1081, %v1085 : i64
      %v1087 = arith.muli %v1079, %v78 : i64
      %v1088 = arith.addi %v1087, %v1061 : i64
      %v1089 = llvm.getelementptr %in_g_o[%v1086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1090 = llvm.load %v1089 : !llvm.ptr -> f32
      %v1091 = arith.addi %v1060, %v97 : i64
      %v1092 = arith.constant true
      %v1093 = arith.addi %v1064, %v1091 : i64
      %v1094 = llvm.getelementptr %v5[%v1093] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1095 = llvm.load %v1094 : !llvm.ptr<3> -> i64
      %v1096 = arith.addi %v25, %v1061 : i64
      %v1097 = arith.cmpi slt, %v1096, %size_L : i64
      %v1098 = arith.subi %size_L, %v1 : i64
      %v1099 = arith.minsi %v1096, %v1098 : i64
      %v1100 = arith.addi %v1095, %v1099 : i64
      %v1101 = arith.muli %v1093, %v78 : i64
      %v1102 = arith.addi %v1101, %v1061 : i64
      %v1103 = llvm.getelementptr %in_g_o[%v1100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1104 = llvm.load %v1103 : !llvm.ptr -> f32
      %v1105 = arith.addi %v1060, %v112 : i64
      %v1106 = arith.constant true
      %v1107 = arith.addi %v1064, %v1105 : i64
      %v1108 = llvm.getelementptr %v5[%v1107] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1109 = llvm.load %v1108 : !llvm.ptr<3> -> i64
      %v1110 = arith.addi %v25, %v1061 : i64
      %v1111 = arith.cmpi slt, %v1110, %size_L : i64
      %v1112 = arith.subi %size_L, %v1 : i64
      %v1113 = arith.minsi %v1110, %v1112 : i64
      %v1114 = arith.addi %v1109, %v1113 : i64
      %v1115 = arith.muli %v1107, %v78 : i64
      %v1116 = arith.addi %v1115, %v1061 : i64
      %v1117 = llvm.getelementptr %in_g_o[%v1114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1118 = llvm.load %v1117 : !llvm.ptr -> f32
      %v1119 = arith.addi %v1060, %v127 : i64
      %v1120 = arith.constant true
      %v1121 = arith.addi %v1064, %v1119 : i64
      %v1122 = llvm.getelementptr %v5[%v1121] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1123 = llvm.load %v1122 : !llvm.ptr<3> -> i64
      %v1124 = arith.addi %v25, %v1061 : i64
      %v1125 = arith.cmpi slt, %v1124, %size_L : i64
      %v1126 = arith.subi %size_L, %v1 : i64
      %v1127 = arith.minsi %v1124, %v1126 : i64
      %v1128 = arith.addi %v1123, %v1127 : i64
      %v1129 = arith.muli %v1121, %v78 : i64
      %v1130 = arith.addi %v1129, %v1061 : i64
      %v1131 = llvm.getelementptr %in_g_o[%v1128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1132 = llvm.load %v1131 : !llvm.ptr -> f32
      %v1133 = arith.addi %v1060, %v142 : i64
      %v1134 = arith.constant true
      %v1135 = arith.addi %v1064, %v1133 : i64
      %v1136 = llvm.getelementptr %v5[%v1135] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1137 = llvm.load %v1136 : !llvm.ptr<3> -> i64
      %v1138 = arith.addi %v25, %v1061 : i64
      %v1139 = arith.cmpi slt, %v1138, %size_L : i64
      %v1140 = arith.subi %size_L, %v1 : i64
      %v1141 = arith.minsi %v1138, %v1140 : i64
      %v1142 = arith.addi %v1137, %v1141 : i64
      %v1143 = arith.muli %v1135, %v78 : i64
      %v1144 = arith.addi %v1143, %v1061 : i64
      %v1145 = llvm.getelementptr %in_g_o[%v1142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1146 = llvm.load %v1145 : !llvm.ptr -> f32
      %v1147 = arith.addi %v1060, %v157 : i64
      %v1148 = arith.constant true
      %v1149 = arith.addi %v1064, %v1147 : i64
      %v1150 = llvm.getelementptr %v5[%v1149] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1151 = llvm.load %v1150 : !llvm.ptr<3> -> i64
      %v1152 = arith.addi %v25, %v1061 : i64
      %v1153 = arith.cmpi slt, %v1152, %size_L : i64
      %v1154 = arith.subi %size_L, %v1 : i64
      %v1155 = arith.minsi %v1152, %v1154 : i64
      %v1156 = arith.addi %v1151, %v1155 : i64
      %v1157 = arith.muli %v1149, %v78 : i64
      %v1158 = arith.addi %v1157, %v1061 : i64
      %v1159 = llvm.getelementptr %in_g_o[%v1156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1160 = llvm.load %v1159 : !llvm.ptr -> f32
      %v1161 = arith.addi %v1060, %v172 : i64
      %v1162 = arith.constant true
      %v1163 = arith.addi %v1064, %v1161 : i64
      %v1164 = llvm.getelementptr %v5[%v1163] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1165 = llvm.load %v1164 : !llvm.ptr<3> -> i64
      %v1166 = arith.addi %v25, %v1061 : i64
      %v1167 = arith.cmpi slt, %v1166, %size_L : i64
      %v1168 = arith.subi %size_L, %v1 : i64
      %v1169 = arith.minsi %v1166, %v1168 : i64
      %v1170 = arith.addi %v1165, %v1169 : i64
      %v1171 = arith.muli %v1163, %v78 : i64
      %v1172 = arith.addi %v1171, %v1061 : i64
      %v1173 = llvm.getelementptr %in_g_o[%v1170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1174 = llvm.load %v1173 : !llvm.ptr -> f32
      %v1175 = arith.addi %v1060, %v187 : i64
      %v1176 = arith.constant true
      %v1177 = arith.addi %v1064, %v1175 : i64
      %v1178 = llvm.getelementptr %v5[%v1177] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1179 = llvm.load %v1178 : !llvm.ptr<3> -> i64
      %v1180 = arith.addi %v25, %v1061 : i64
      %v1181 = arith.cmpi slt, %v1180, %size_L : i64
      %v1182 = arith.subi %size_L, %v1 : i64
      %v1183 = arith.minsi %v1180, %v1182 : i64
      %v1184 = arith.addi %v1179, %v1183 : i64
      %v1185 = arith.muli %v1177, %v78 : i64
      %v1186 = arith.addi %v1185, %v1061 : i64
      %v1187 = llvm.getelementptr %in_g_o[%v1184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1188 = llvm.load %v1187 : !llvm.ptr -> f32
      %v1189 = arith.addi %v1060, %v202 : i64
      %v1190 = arith.constant true
      %v1191 = arith.addi %v1064, %v1189 : i64
      %v1192 = llvm.getelementptr %v5[%v1191] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1193 = llvm.load %v1192 : !llvm.ptr<3> -> i64
      %v1194 = arith.addi %v25, %v1061 : i64
      %v1195 = arith.cmpi slt, %v1194, %size_L : i64
      %v1196 = arith.subi %size_L, %v1 : i64
      %v1197 = arith.minsi %v1194, %v1196 : i64
      %v1198 = arith.addi %v1193, %v1197 : i64
      %v1199 = arith.muli %v1191, %v78 : i64
      %v1200 = arith.addi %v1199, %v1061 : i64
      %v1201 = llvm.getelementptr %in_g_o[%v1198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1202 = llvm.load %v1201 : !llvm.ptr -> f32
      %v1203 = arith.addi %v1060, %v217 : i64
      %v1204 = arith.constant true
      %v1205 = arith.addi %v1064, %v1203 : i64
      %v1206 = llvm.getelementptr %v5[%v1205] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1207 = llvm.load %v1206 : !llvm.ptr<3> -> i64
      %v1208 = arith.addi %v25, %v1061 : i64
      %v1209 = arith.cmpi slt, %v1208, %size_L : i64
      %v1210 = arith.subi %size_L, %v1 : i64
      %v1211 = arith.minsi %v1208, %v1210 : i64
      %v1212 = arith.addi %v1207, %v1211 : i64
      %v1213 = arith.muli %v1205, %v78 : i64
      %v1214 = arith.addi %v1213, %v1061 : i64
      %v1215 = llvm.getelementptr %in_g_o[%v1212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1216 = llvm.load %v1215 : !llvm.ptr -> f32
      %v1217 = arith.addi %v1060, %v232 : i64
      %v1218 = arith.constant true
      %v1219 = arith.addi %v1064, %v1217 : i64
      %v1220 = llvm.getelementptr %v5[%v1219] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1221 = llvm.load %v1220 : !llvm.ptr<3> -> i64
      %v1222 = arith.addi %v25, %v1061 : i64
      %v1223 = arith.cmpi slt, %v1222, %size_L : i64
      %v1224 = arith.subi %size_L, %v1 : i64
      %v1225 = arith.minsi %v1222, %v1224 : i64
      %v1226 = arith.addi %v1221, %v1225 : i64
      %v1227 = arith.muli %v1219, %v78 : i64
      %v1228 = arith.addi %v1227, %v1061 : i64
      %v1229 = llvm.getelementptr %in_g_o[%v1226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1230 = llvm.load %v1229 : !llvm.ptr -> f32
      %v1231 = arith.addi %v1060, %v247 : i64
      %v1232 = arith.constant true
      %v1233 = arith.addi %v1064, %v1231 : i64
      %v1234 = llvm.getelementptr %v5[%v1233] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1235 = llvm.load %v1234 : !llvm.ptr<3> -> i64
      %v1236 = arith.addi %v25, %v1061 : i64
      %v1237 = arith.cmpi slt, %v1236, %size_L : i64
      %v1238 = arith.subi %size_L, %v1 : i64
      %v1239 = arith.minsi %v1236, %v1238 : i64
      %v1240 = arith.addi %v1235, %v1239 : i64
      %v1241 = arith.muli %v1233, %v78 : i64
      %v1242 = arith.addi %v1241, %v1061 : i64
      %v1243 = llvm.getelementptr %in_g_o[%v1240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1244 = llvm.load %v1243 : !llvm.ptr -> f32
      %v1245 = arith.addi %v1060, %v262 : i64
      %v1246 = arith.constant true
      %v1247 = arith.addi %v1064, %v1245 : i64
      %v1248 = llvm.getelementptr %v5[%v1247] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1249 = llvm.load %v1248 : !llvm.ptr<3> -> i64
      %v1250 = arith.addi %v25, %v1061 : i64
      %v1251 = arith.cmpi slt, %v1250, %size_L : i64
      %v1252 = arith.subi %size_L, %v1 : i64
      %v1253 = arith.minsi %v1250, %v1252 : i64
      %v1254 = arith.addi %v1249, %v1253 : i64
      %v1255 = arith.muli %v1247, %v78 : i64
      %v1256 = arith.addi %v1255, %v1061 : i64
      %v1257 = llvm.getelementptr %in_g_o[%v1254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1258 = llvm.load %v1257 : !llvm.ptr -> f32
      %v1259 = arith.addi %v1060, %v277 : i64
      %v1260 = arith.constant true
      %v1261 = arith.addi %v1064, %v1259 : i64
      %v1262 = llvm.getelementptr %v5[%v1261] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1263 = llvm.load %v1262 : !llvm.ptr<3> -> i64
      %v1264 = arith.addi %v25, %v1061 : i64
      %v1265 = arith.cmpi slt, %v1264, %size_L : i64
      %v1266 = arith.subi %size_L, %v1 : i64
      %v1267 = arith.minsi %v1264, %v1266 : i64
      %v1268 = arith.addi %v1263, %v1267 : i64
      %v1269 = arith.muli %v1261, %v78 : i64
      %v1270 = arith.addi %v1269, %v1061 : i64
      %v1271 = llvm.getelementptr %in_g_o[%v1268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1272 = llvm.load %v1271 : !llvm.ptr -> f32
      %v1273 = arith.addi %v1060, %v292 : i64
      %v1274 = arith.constant true
      %v1275 = arith.addi %v1064, %v1273 : i64
      %v1276 = llvm.getelementptr %v5[%v1275] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1277 = llvm.load %v1276 : !llvm.ptr<3> -> i64
      %v1278 = arith.addi %v25, %v1061 : i64
      %v1279 = arith.cmpi slt, %v1278, %size_L : i64
      %v1280 = arith.subi %size_L, %v1 : i64
      %v1281 = arith.minsi %v1278, %v1280 : i64
      %v1282 = arith.addi %v1277, %v1281 : i64
      %v1283 = arith.muli %v1275, %v78 : i64
      %v1284 = arith.addi %v1283, %v1061 : i64
      %v1285 = llvm.getelementptr %in_g_o[%v1282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1286 = llvm.load %v1285 : !llvm.ptr -> f32
      %v1287 = arith.addi %v1060, %v65 : i64
      %v1288 = arith.constant true
      %v1289 = arith.addi %v1064, %v1287 : i64
      %v1290 = llvm.getelementptr %v5[%v1289] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1291 = llvm.load %v1290 : !llvm.ptr<3> -> i64
      %v1292 = arith.addi %v25, %v1061 : i64
      %v1293 = arith.cmpi slt, %v1292, %size_L : i64
      %v1294 = arith.subi %size_L, %v1 : i64
      %v1295 = arith.minsi %v1292, %v1294 : i64
      %v1296 = arith.addi %v1291, %v1295 : i64
      %v1297 = arith.muli %v1289, %v78 : i64
      %v1298 = arith.addi %v1297, %v1061 : i64
      %v1299 = llvm.getelementptr %in_g_o[%v1296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1300 = llvm.load %v1299 : !llvm.ptr -> f32
      %v1301 = arith.addi %v1060, %v321 : i64
      %v1302 = arith.constant true
      %v1303 = arith.addi %v1064, %v1301 : i64
      %v1304 = llvm.getelementptr %v5[%v1303] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1305 = llvm.load %v1304 : !llvm.ptr<3> -> i64
      %v1306 = arith.addi %v25, %v1061 : i64
      %v1307 = arith.cmpi slt, %v1306, %size_L : i64
      %v1308 = arith.subi %size_L, %v1 : i64
      %v1309 = arith.minsi %v1306, %v1308 : i64
      %v1310 = arith.addi %v1305, %v1309 : i64
      %v1311 = arith.muli %v1303, %v78 : i64
      %v1312 = arith.addi %v1311, %v1061 : i64
      %v1313 = llvm.getelementptr %in_g_o[%v1310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1314 = llvm.load %v1313 : !llvm.ptr -> f32
      %v1315 = arith.addi %v1060, %v336 : i64
      %v1316 = arith.constant true
      %v1317 = arith.addi %v1064, %v1315 : i64
      %v1318 = llvm.getelementptr %v5[%v1317] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1319 = llvm.load %v1318 : !llvm.ptr<3> -> i64
      %v1320 = arith.addi %v25, %v1061 : i64
      %v1321 = arith.cmpi slt, %v1320, %size_L : i64
      %v1322 = arith.subi %size_L, %v1 : i64
      %v1323 = arith.minsi %v1320, %v1322 : i64
      %v1324 = arith.addi %v1319, %v1323 : i64
      %v1325 = arith.muli %v1317, %v78 : i64
      %v1326 = arith.addi %v1325, %v1061 : i64
      %v1327 = llvm.getelementptr %in_g_o[%v1324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1328 = llvm.load %v1327 : !llvm.ptr -> f32
      %v1329 = arith.addi %v1060, %v351 : i64
      %v1330 = arith.constant true
      %v1331 = arith.addi %v1064, %v1329 : i64
      %v1332 = llvm.getelementptr %v5[%v1331] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1333 = llvm.load %v1332 : !llvm.ptr<3> -> i64
      %v1334 = arith.addi %v25, %v1061 : i64
      %v1335 = arith.cmpi slt, %v1334, %size_L : i64
      %v1336 = arith.subi %size_L, %v1 : i64
      %v1337 = arith.minsi %v1334, %v1336 : i64
      %v1338 = arith.addi %v1333, %v1337 : i64
      %v1339 = arith.muli %v1331, %v78 : i64
      %v1340 = arith.addi %v1339, %v1061 : i64
      %v1341 = llvm.getelementptr %in_g_o[%v1338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1342 = llvm.load %v1341 : !llvm.ptr -> f32
      %v1343 = arith.addi %v1060, %v366 : i64
      %v1344 = arith.constant true
      %v1345 = arith.addi %v1064, %v1343 : i64
      %v1346 = llvm.getelementptr %v5[%v1345] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1347 = llvm.load %v1346 : !llvm.ptr<3> -> i64
      %v1348 = arith.addi %v25, %v1061 : i64
      %v1349 = arith.cmpi slt, %v1348, %size_L : i64
      %v1350 = arith.subi %size_L, %v1 : i64
      %v1351 = arith.minsi %v1348, %v1350 : i64
      %v1352 = arith.addi %v1347, %v1351 : i64
      %v1353 = arith.muli %v1345, %v78 : i64
      %v1354 = arith.addi %v1353, %v1061 : i64
      %v1355 = llvm.getelementptr %in_g_o[%v1352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1356 = llvm.load %v1355 : !llvm.ptr -> f32
      %v1357 = arith.addi %v1060, %v381 : i64
      %v1358 = arith.constant true
      %v1359 = arith.addi %v1064, %v1357 : i64
      %v1360 = llvm.getelementptr %v5[%v1359] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1361 = llvm.load %v1360 : !llvm.ptr<3> -> i64
      %v1362 = arith.addi %v25, %v1061 : i64
      %v1363 = arith.cmpi slt, %v1362, %size_L : i64
      %v1364 = arith.subi %size_L, %v1 : i64
      %v1365 = arith.minsi %v1362, %v1364 : i64
      %v1366 = arith.addi %v1361, %v1365 : i64
      %v1367 = arith.muli %v1359, %v78 : i64
      %v1368 = arith.addi %v1367, %v1061 : i64
      %v1369 = llvm.getelementptr %in_g_o[%v1366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1370 = llvm.load %v1369 : !llvm.ptr -> f32
      %v1371 = arith.addi %v1060, %v396 : i64
      %v1372 = arith.constant true
      %v1373 = arith.addi %v1064, %v1371 : i64
      %v1374 = llvm.getelementptr %v5[%v1373] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1375 = llvm.load %v1374 : !llvm.ptr<3> -> i64
      %v1376 = arith.addi %v25, %v1061 : i64
      %v1377 = arith.cmpi slt, %v1376, %size_L : i64
      %v1378 = arith.subi %size_L, %v1 : i64
      %v1379 = arith.minsi %v1376, %v1378 : i64
      %v1380 = arith.addi %v1375, %v1379 : i64
      %v1381 = arith.muli %v1373, %v78 : i64
      %v1382 = arith.addi %v1381, %v1061 : i64
      %v1383 = llvm.getelementptr %in_g_o[%v1380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1384 = llvm.load %v1383 : !llvm.ptr -> f32
      %v1385 = arith.addi %v1060, %v411 : i64
      %v1386 = arith.constant true
      %v1387 = arith.addi %v1064, %v1385 : i64
      %v1388 = llvm.getelementptr %v5[%v1387] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1389 = llvm.load %v1388 : !llvm.ptr<3> -> i64
      %v1390 = arith.addi %v25, %v1061 : i64
      %v1391 = arith.cmpi slt, %v1390, %size_L : i64
      %v1392 = arith.subi %size_L, %v1 : i64
      %v1393 = arith.minsi %v1390, %v1392 : i64
      %v1394 = arith.addi %v1389, %v1393 : i64
      %v1395 = arith.muli %v1387, %v78 : i64
      %v1396 = arith.addi %v1395, %v1061 : i64
      %v1397 = llvm.getelementptr %in_g_o[%v1394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1398 = llvm.load %v1397 : !llvm.ptr -> f32
      %v1399 = arith.addi %v1060, %v426 : i64
      %v1400 = arith.constant true
      %v1401 = arith.addi %v1064, %v1399 : i64
      %v1402 = llvm.getelementptr %v5[%v1401] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1403 = llvm.load %v1402 : !llvm.ptr<3> -> i64
      %v1404 = arith.addi %v25, %v1061 : i64
      %v1405 = arith.cmpi slt, %v1404, %size_L : i64
      %v1406 = arith.subi %size_L, %v1 : i64
      %v1407 = arith.minsi %v1404, %v1406 : i64
      %v1408 = arith.addi %v1403, %v1407 : i64
      %v1409 = arith.muli %v1401, %v78 : i64
      %v1410 = arith.addi %v1409, %v1061 : i64
      %v1411 = llvm.getelementptr %in_g_o[%v1408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1412 = llvm.load %v1411 : !llvm.ptr -> f32
      %v1413 = arith.addi %v1060, %v441 : i64
      %v1414 = arith.constant true
      %v1415 = arith.addi %v1064, %v1413 : i64
      %v1416 = llvm.getelementptr %v5[%v1415] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1417 = llvm.load %v1416 : !llvm.ptr<3> -> i64
      %v1418 = arith.addi %v25, %v1061 : i64
      %v1419 = arith.cmpi slt, %v1418, %size_L : i64
      %v1420 = arith.subi %size_L, %v1 : i64
      %v1421 = arith.minsi %v1418, %v1420 : i64
      %v1422 = arith.addi %v1417, %v1421 : i64
      %v1423 = arith.muli %v1415, %v78 : i64
      %v1424 = arith.addi %v1423, %v1061 : i64
      %v1425 = llvm.getelementptr %in_g_o[%v1422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1426 = llvm.load %v1425 : !llvm.ptr -> f32
      %v1427 = arith.addi %v1060, %v456 : i64
      %v1428 = arith.constant true
      %v1429 = arith.addi %v1064, %v1427 : i64
      %v1430 = llvm.getelementptr %v5[%v1429] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1431 = llvm.load %v1430 : !llvm.ptr<3> -> i64
      %v1432 = arith.addi %v25, %v1061 : i64
      %v1433 = arith.cmpi slt, %v1432, %size_L : i64
      %v1434 = arith.subi %size_L, %v1 : i64
      %v1435 = arith.minsi %v1432, %v1434 : i64
      %v1436 = arith.addi %v1431, %v1435 : i64
      %v1437 = arith.muli %v1429, %v78 : i64
      %v1438 = arith.addi %v1437, %v1061 : i64
      %v1439 = llvm.getelementptr %in_g_o[%v1436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1440 = llvm.load %v1439 : !llvm.ptr -> f32
      %v1441 = arith.addi %v1060, %v471 : i64
      %v1442 = arith.constant true
      %v1443 = arith.addi %v1064, %v1441 : i64
      %v1444 = llvm.getelementptr %v5[%v1443] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1445 = llvm.load %v1444 : !llvm.ptr<3> -> i64
      %v1446 = arith.addi %v25, %v1061 : i64
      %v1447 = arith.cmpi slt, %v1446, %size_L : i64
      %v1448 = arith.subi %size_L, %v1 : i64
      %v1449 = arith.minsi %v1446, %v1448 : i64
      %v1450 = arith.addi %v1445, %v1449 : i64
      %v1451 = arith.muli %v1443, %v78 : i64
      %v1452 = arith.addi %v1451, %v1061 : i64
      %v1453 = llvm.getelementptr %in_g_o[%v1450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1454 = llvm.load %v1453 : !llvm.ptr -> f32
      %v1455 = arith.addi %v1060, %v486 : i64
      %v1456 = arith.constant true
      %v1457 = arith.addi %v1064, %v1455 : i64
      %v1458 = llvm.getelementptr %v5[%v1457] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1459 = llvm.load %v1458 : !llvm.ptr<3> -> i64
      %v1460 = arith.addi %v25, %v1061 : i64
      %v1461 = arith.cmpi slt, %v1460, %size_L : i64
      %v1462 = arith.subi %size_L, %v1 : i64
      %v1463 = arith.minsi %v1460, %v1462 : i64
      %v1464 = arith.addi %v1459, %v1463 : i64
      %v1465 = arith.muli %v1457, %v78 : i64
      %v1466 = arith.addi %v1465, %v1061 : i64
      %v1467 = llvm.getelementptr %in_g_o[%v1464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1468 = llvm.load %v1467 : !llvm.ptr -> f32
      %v1469 = arith.addi %v1060, %v501 : i64
      %v1470 = arith.constant true
      %v1471 = arith.addi %v1064, %v1469 : i64
      %v1472 = llvm.getelementptr %v5[%v1471] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1473 = llvm.load %v1472 : !llvm.ptr<3> -> i64
      %v1474 = arith.addi %v25, %v1061 : i64
      %v1475 = arith.cmpi slt, %v1474, %size_L : i64
      %v1476 = arith.subi %size_L, %v1 : i64
      %v1477 = arith.minsi %v1474, %v1476 : i64
      %v1478 = arith.addi %v1473, %v1477 : i64
      %v1479 = arith.muli %v1471, %v78 : i64
      %v1480 = arith.addi %v1479, %v1061 : i64
      %v1481 = llvm.getelementptr %in_g_o[%v1478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1482 = llvm.load %v1481 : !llvm.ptr -> f32
      %v1483 = arith.addi %v1060, %v516 : i64
      %v1484 = arith.constant true
      %v1485 = arith.addi %v1064, %v1483 : i64
      %v1486 = llvm.getelementptr %v5[%v1485] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1487 = llvm.load %v1486 : !llvm.ptr<3> -> i64
      %v1488 = arith.addi %v25, %v1061 : i64
      %v1489 = arith.cmpi slt, %v1488, %size_L : i64
      %v1490 = arith.subi %size_L, %v1 : i64
      %v1491 = arith.minsi %v1488, %v1490 : i64
      %v1492 = arith.addi %v1487, %v1491 : i64
      %v1493 = arith.muli %v1485, %v78 : i64
      %v1494 = arith.addi %v1493, %v1061 : i64
      %v1495 = llvm.getelementptr %in_g_o[%v1492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1496 = llvm.load %v1495 : !llvm.ptr -> f32
      %v1497 = arith.addi %v1060, %v531 : i64
      %v1498 = arith.constant true
      %v1499 = arith.addi %v1064, %v1497 : i64
      %v1500 = llvm.getelementptr %v5[%v1499] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1501 = llvm.load %v1500 : !llvm.ptr<3> -> i64
      %v1502 = arith.addi %v25, %v1061 : i64
      %v1503 = arith.cmpi slt, %v1502, %size_L : i64
      %v1504 = arith.subi %size_L, %v1 : i64
      %v1505 = arith.minsi %v1502, %v1504 : i64
      %v1506 = arith.addi %v1501, %v1505 : i64
      %v1507 = arith.muli %v1499, %v78 : i64
      %v1508 = arith.addi %v1507, %v1061 : i64
      %v1509 = llvm.getelementptr %in_g_o[%v1506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1510 = llvm.load %v1509 : !llvm.ptr -> f32
      scf.if %v1063 {
        %v1511 = llvm.getelementptr %v6[%v1074] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1076, %v1511 : f32, !llvm.ptr<3>
      }
      scf.if %v1078 {
        %v1512 = llvm.getelementptr %v6[%v1088] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1090, %v1512 : f32, !llvm.ptr<3>
      }
      scf.if %v1092 {
        %v1513 = llvm.getelementptr %v6[%v1102] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1104, %v1513 : f32, !llvm.ptr<3>
      }
      scf.if %v1106 {
        %v1514 = llvm.getelementptr %v6[%v1116] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1118, %v1514 : f32, !llvm.ptr<3>
      }
      scf.if %v1120 {
        %v1515 = llvm.getelementptr %v6[%v1130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1132, %v1515 : f32, !llvm.ptr<3>
      }
      scf.if %v1134 {
        %v1516 = llvm.getelementptr %v6[%v1144] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1146, %v1516 : f32, !llvm.ptr<3>
      }
      scf.if %v1148 {
        %v1517 = llvm.getelementptr %v6[%v1158] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1160, %v1517 : f32, !llvm.ptr<3>
      }
      scf.if %v1162 {
        %v1518 = llvm.getelementptr %v6[%v1172] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1174, %v1518 : f32, !llvm.ptr<3>
      }
      scf.if %v1176 {
        %v1519 = llvm.getelementptr %v6[%v1186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1188, %v1519 : f32, !llvm.ptr<3>
      }
      scf.if %v1190 {
        %v1520 = llvm.getelementptr %v6[%v1200] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1202, %v1520 : f32, !llvm.ptr<3>
      }
      scf.if %v1204 {
        %v1521 = llvm.getelementptr %v6[%v1214] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1216, %v1521 : f32, !llvm.ptr<3>
      }
      scf.if %v1218 {
        %v1522 = llvm.getelementptr %v6[%v1228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1230, %v1522 : f32, !llvm.ptr<3>
      }
      scf.if %v1232 {
        %v1523 = llvm.getelementptr %v6[%v1242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1244, %v1523 : f32, !llvm.ptr<3>
      }
      scf.if %v1246 {
        %v1524 = llvm.getelementptr %v6[%v1256] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1258, %v1524 : f32, !llvm.ptr<3>
      }
      scf.if %v1260 {
        %v1525 = llvm.getelementptr %v6[%v1270] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1272, %v1525 : f32, !llvm.ptr<3>
      }
      scf.if %v1274 {
        %v1526 = llvm.getelementptr %v6[%v1284] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1286, %v1526 : f32, !llvm.ptr<3>
      }
      scf.if %v1288 {
        %v1527 = llvm.getelementptr %v6[%v1298] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1300, %v1527 : f32, !llvm.ptr<3>
      }
      scf.if %v1302 {
        %v1528 = llvm.getelementptr %v6[%v1312] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1314, %v1528 : f32, !llvm.ptr<3>
      }
      scf.if %v1316 {
        %v1529 = llvm.getelementptr %v6[%v1326] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1328, %v1529 : f32, !llvm.ptr<3>
      }
      scf.if %v1330 {
        %v1530 = llvm.getelementptr %v6[%v1340] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1342, %v1530 : f32, !llvm.ptr<3>
      }
      scf.if %v1344 {
        %v1531 = llvm.getelementptr %v6[%v1354] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1356, %v1531 : f32, !llvm.ptr<3>
      }
      scf.if %v1358 {
        %v1532 = llvm.getelementptr %v6[%v1368] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1370, %v1532 : f32, !llvm.ptr<3>
      }
      scf.if %v1372 {
        %v1533 = llvm.getelementptr %v6[%v1382] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1384, %v1533 : f32, !llvm.ptr<3>
      }
      scf.if %v1386 {
        %v1534 = llvm.getelementptr %v6[%v1396] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1398, %v1534 : f32, !llvm.ptr<3>
      }
      scf.if %v1400 {
        %v1535 = llvm.getelementptr %v6[%v1410] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1412, %v1535 : f32, !llvm.ptr<3>
      }
      scf.if %v1414 {
        %v1536 = llvm.getelementptr %v6[%v1424] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1426, %v1536 : f32, !llvm.ptr<3>
      }
      scf.if %v1428 {
        %v1537 = llvm.getelementptr %v6[%v1438] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1440, %v1537 : f32, !llvm.ptr<3>
      }
      scf.if %v1442 {
        %v1538 = llvm.getelementptr %v6[%v1452] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1454, %v1538 : f32, !llvm.ptr<3>
      }
      scf.if %v1456 {
        %v1539 = llvm.getelementptr %v6[%v1466] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1468, %v1539 : f32, !llvm.ptr<3>
      }
      scf.if %v1470 {
        %v1540 = llvm.getelementptr %v6[%v1480] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1482, %v1540 : f32, !llvm.ptr<3>
      }
      scf.if %v1484 {
        %v1541 = llvm.getelementptr %v6[%v1494] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1496, %v1541 : f32, !llvm.ptr<3>
      }
      scf.if %v1498 {
        %v1542 = llvm.getelementptr %v6[%v1508] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1510, %v1542 : f32, !llvm.ptr<3>
      }
      // end staged load of `g_o`
      gpu.barrier
      %v1543 = arith.index_cast %v25 : i64 to index
      %v1544 = arith.index_cast %size_L : i64 to index
      %v1545 = arith.index_cast %v65 : i64 to index
      scf.for %v1546 = %v1543 to %v1544 step %v1545 {
        %v1547 = arith.index_cast %v1546 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v1548 = arith.remui %v1547, %v15 : i64
        %v1549 = arith.cmpi eq, %v1548, %v25 : i64
        %v1550 = arith.andi %v1549, %v18 : i1
        scf.if %v1550 {
          %v1551 = arith.divui %v1547, %v15 : i64
          %v1552 = llvm.mlir.zero : !llvm.ptr
          %v1553 = llvm.icmp "ne" %ckpt_h, %v1552 : !llvm.ptr
          scf.if %v1553 {
            %v1556 = arith.muli %v1551, %v1555 : i64
            %v1557 = llvm.load %v4 : !llvm.ptr -> f32
            %v1559 = arith.muli %v23, %v1558 : i64
            %v1560 = arith.muli %v21, %v1 : i64
            %v1561 = arith.addi %v1559, %v1560 : i64
            %v1562 = arith.addi %v1556, %v1561 : i64
            %v1563 = llvm.getelementptr %ckpt_h[%v1562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1557, %v1563 : f32, !llvm.ptr
          }
        }
        // end save
        %v1564 = arith.subi %size_L, %v1547 : i64
        %v1565 = arith.minsi %v1564, %v65 : i64
        %v1566 = arith.addi %v1547, %v65 : i64
        %v1567 = arith.divui %v13, %v65 : i64
        %v1568 = arith.remui %v13, %v65 : i64
        %v1569 = arith.addi %v1567, %v25 : i64
        %v1570 = arith.constant true
        %v1571 = arith.addi %v25, %v1569 : i64
        %v1572 = llvm.getelementptr %v5[%v1571] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1573 = llvm.load %v1572 : !llvm.ptr<3> -> i64
        %v1574 = arith.addi %v1566, %v1568 : i64
        %v1575 = arith.cmpi slt, %v1574, %size_L : i64
        %v1576 = arith.subi %size_L, %v1 : i64
        %v1577 = arith.minsi %v1574, %v1576 : i64
        %v1578 = arith.addi %v1573, %v1577 : i64
        %v1579 = arith.muli %v1571, %v78 : i64
        %v1580 = arith.addi %v1579, %v1568 : i64
        %v1581 = llvm.getelementptr %in_g_f[%v1578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1582 = llvm.load %v1581 : !llvm.ptr -> f32
        %v1583 = arith.addi %v1567, %v49 : i64
        %v1584 = arith.constant true
        %v1585 = arith.addi %v25, %v1583 : i64
        %v1586 = llvm.getelementptr %v5[%v1585] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1587 = llvm.load %v1586 : !llvm.ptr<3> -> i64
        %v1588 = arith.addi %v1566, %v1568 : i64
        %v1589 = arith.cmpi slt, %v1588, %size_L : i64
        %v1590 = arith.subi %size_L, %v1 : i64
        %v1591 = arith.minsi %v1588, %v1590 : i64
        %v1592 = arith.addi %v1587, %v1591 : i64
        %v1593 = arith.muli %v1585, %v78 : i64
        %v1594 = arith.addi %v1593, %v1568 : i64
        %v1595 = llvm.getelementptr %in_g_f[%v1592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1596 = llvm.load %v1595 : !llvm.ptr -> f32
        %v1597 = arith.addi %v1567, %v97 : i64
        %v1598 = arith.constant true
        %v1599 = arith.addi %v25, %v1597 : i64
        %v1600 = llvm.getelementptr %v5[%v1599] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1601 = llvm.load %v1600 : !llvm.ptr<3> -> i64
        %v1602 = arith.addi %v1566, %v1568 : i64
        %v1603 = arith.cmpi slt, %v1602, %size_L : i64
        %v1604 = arith.subi %size_L, %v1 : i64
        %v1605 = arith.minsi %v1602, %v1604 : i64
        %v1606 = arith.addi %v1601, %v1605 : i64
        %v1607 = arith.muli %v1599, %v78 : i64
        %v1608 = arith.addi %v1607, %v1568 : i64
        %v1609 = llvm.getelementptr %in_g_f[%v1606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1610 = llvm.load %v1609 : !llvm.ptr -> f32
        %v1611 = arith.addi %v1567, %v112 : i64
        %v1612 = arith.constant true
        %v1613 = arith.addi %v25, %v1611 : i64
        %v1614 = llvm.getelementptr %v5[%v1613] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1615 = llvm.load %v1614 : !llvm.ptr<3> -> i64
        %v1616 = arith.addi %v1566, %v1568 : i64
        %v1617 = arith.cmpi slt, %v1616, %size_L : i64
        %v1618 = arith.subi %size_L, %v1 : i64
        %v1619 = arith.minsi %v1616, %v1618 : i64
        %v1620 = arith.addi %v1615, %v1619 : i64
        %v1621 = arith.muli %v1613, %v78 : i64
        %v1622 = arith.addi %v1621, %v1568 : i64
        %v1623 = llvm.getelementptr %in_g_f[%v1620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1624 = llvm.load %v1623 : !llvm.ptr -> f32
        %v1625 = arith.addi %v1567, %v127 : i64
        %v1626 = arith.constant true
        %v1627 = arith.addi %v25, %v1625 : i64
        %v1628 = llvm.getelementptr %v5[%v1627] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1629 = llvm.load %v1628 : !llvm.ptr<3> -> i64
        %v1630 = arith.addi %v1566, %v1568 : i64
        %v1631 = arith.cmpi slt, %v1630, %size_L : i64
        %v1632 = arith.subi %size_L, %v1 : i64
        %v1633 = arith.minsi %v1630, %v1632 : i64
        %v1634 = arith.addi %v1629, %v1633 : i64
        %v1635 = arith.muli %v1627, %v78 : i64
        %v1636 = arith.addi %v1635, %v1568 : i64
        %v1637 = llvm.getelementptr %in_g_f[%v1634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1638 = llvm.load %v1637 : !llvm.ptr -> f32
        %v1639 = arith.addi %v1567, %v142 : i64
        %v1640 = arith.constant true
        %v1641 = arith.addi %v25, %v1639 : i64
        %v1642 = llvm.getelementptr %v5[%v1641] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1643 = llvm.load %v1642 : !llvm.ptr<3> -> i64
        %v1644 = arith.addi %v1566, %v1568 : i64
        %v1645 = arith.cmpi slt, %v1644, %size_L : i64
        %v1646 = arith.subi %size_L, %v1 : i64
        %v1647 = arith.minsi %v1644, %v1646 : i64
        %v1648 = arith.addi %v1643, %v1647 : i64
        %v1649 = arith.muli %v1641, %v78 : i64
        %v1650 = arith.addi %v1649, %v1568 : i64
        %v1651 = llvm.getelementptr %in_g_f[%v1648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1652 = llvm.load %v1651 : !llvm.ptr -> f32
        %v1653 = arith.addi %v1567, %v157 : i64
        %v1654 = arith.constant true
        %v1655 = arith.addi %v25, %v1653 : i64
        %v1656 = llvm.getelementptr %v5[%v1655] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1657 = llvm.load %v1656 : !llvm.ptr<3> -> i64
        %v1658 = arith.addi %v1566, %v1568 : i64
        %v1659 = arith.cmpi slt, %v1658, %size_L : i64
        %v1660 = arith.subi %size_L, %v1 : i64
        %v1661 = arith.minsi %v1658, %v1660 : i64
        %v1662 = arith.addi %v1657, %v1661 : i64
        %v1663 = arith.muli %v1655, %v78 : i64
        %v1664 = arith.addi %v1663, %v1568 : i64
        %v1665 = llvm.getelementptr %in_g_f[%v1662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1666 = llvm.load %v1665 : !llvm.ptr -> f32
        %v1667 = arith.addi %v1567, %v172 : i64
        %v1668 = arith.constant true
        %v1669 = arith.addi %v25, %v1667 : i64
        %v1670 = llvm.getelementptr %v5[%v1669] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1671 = llvm.load %v1670 : !llvm.ptr<3> -> i64
        %v1672 = arith.addi %v1566, %v1568 : i64
        %v1673 = arith.cmpi slt, %v1672, %size_L : i64
        %v1674 = arith.subi %size_L, %v1 : i64
        %v1675 = arith.minsi %v1672, %v1674 : i64
        %v1676 = arith.addi %v1671, %v1675 : i64
        %v1677 = arith.muli %v1669, %v78 : i64
        %v1678 = arith.addi %v1677, %v1568 : i64
        %v1679 = llvm.getelementptr %in_g_f[%v1676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1680 = llvm.load %v1679 : !llvm.ptr -> f32
        %v1681 = arith.addi %v1567, %v187 : i64
        %v1682 = arith.constant true
        %v1683 = arith.addi %v25, %v1681 : i64
        %v1684 = llvm.getelementptr %v5[%v1683] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1685 = llvm.load %v1684 : !llvm.ptr<3> -> i64
        %v1686 = arith.addi %v1566, %v1568 : i64
        %v1687 = arith.cmpi slt, %v1686, %size_L : i64
        %v1688 = arith.subi %size_L, %v1 : i64
        %v1689 = arith.minsi %v1686, %v1688 : i64
        %v1690 = arith.addi %v1685, %v1689 : i64
        %v1691 = arith.muli %v1683, %v78 : i64
        %v1692 = arith.addi %v1691, %v1568 : i64
        %v1693 = llvm.getelementptr %in_g_f[%v1690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1694 = llvm.load %v1693 : !llvm.ptr -> f32
        %v1695 = arith.addi %v1567, %v202 : i64
        %v1696 = arith.constant true
        %v1697 = arith.addi %v25, %v1695 : i64
        %v1698 = llvm.getelementptr %v5[%v1697] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1699 = llvm.load %v1698 : !llvm.ptr<3> -> i64
        %v1700 = arith.addi %v1566, %v1568 : i64
        %v1701 = arith.cmpi slt, %v1700, %size_L : i64
        %v1702 = arith.subi %size_L, %v1 : i64
        %v1703 = arith.minsi %v1700, %v1702 : i64
        %v1704 = arith.addi %v1699, %v1703 : i64
        %v1705 = arith.muli %v1697, %v78 : i64
        %v1706 = arith.addi %v1705, %v1568 : i64
        %v1707 = llvm.getelementptr %in_g_f[%v1704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1708 = llvm.load %v1707 : !llvm.ptr -> f32
        %v1709 = arith.addi %v1567, %v217 : i64
        %v1710 = arith.constant true
        %v1711 = arith.addi %v25, %v1709 : i64
        %v1712 = llvm.getelementptr %v5[%v1711] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1713 = llvm.load %v1712 : !llvm.ptr<3> -> i64
        %v1714 = arith.addi %v1566, %v1568 : i64
        %v1715 = arith.cmpi slt, %v1714, %size_L : i64
        %v1716 = arith.subi %size_L, %v1 : i64
        %v1717 = arith.minsi %v1714, %v1716 : i64
        %v1718 = arith.addi %v1713, %v1717 : i64
        %v1719 = arith.muli %v1711, %v78 : i64
        %v1720 = arith.addi %v1719, %v1568 : i64
        %v1721 = llvm.getelementptr %in_g_f[%v1718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1722 = llvm.load %v1721 : !llvm.ptr -> f32
        %v1723 = arith.addi %v1567, %v232 : i64
        %v1724 = arith.constant true
        %v1725 = arith.addi %v25, %v1723 : i64
        %v1726 = llvm.getelementptr %v5[%v1725] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1727 = llvm.load %v1726 : !llvm.ptr<3> -> i64
        %v1728 = arith.addi %v1566, %v1568 : i64
        %v1729 = arith.cmpi slt, %v1728, %size_L : i64
        %v1730 = arith.subi %size_L, %v1 : i64
        %v1731 = arith.minsi %v1728, %v1730 : i64
        %v1732 = arith.addi %v1727, %v1731 : i64
        %v1733 = arith.muli %v1725, %v78 : i64
        %v1734 = arith.addi %v1733, %v1568 : i64
        %v1735 = llvm.getelementptr %in_g_f[%v1732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1736 = llvm.load %v1735 : !llvm.ptr -> f32
        %v1737 = arith.addi %v1567, %v247 : i64
        %v1738 = arith.constant true
        %v1739 = arith.addi %v25, %v1737 : i64
        %v1740 = llvm.getelementptr %v5[%v1739] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1741 = llvm.load %v1740 : !llvm.ptr<3> -> i64
        %v1742 = arith.addi %v1566, %v1568 : i64
        %v1743 = arith.cmpi slt, %v1742, %size_L : i64
        %v1744 = arith.subi %size_L, %v1 : i64
        %v1745 = arith.minsi %v1742, %v1744 : i64
        %v1746 = arith.addi %v1741, %v1745 : i64
        %v1747 = arith.muli %v1739, %v78 : i64
        %v1748 = arith.addi %v1747, %v1568 : i64
        %v1749 = llvm.getelementptr %in_g_f[%v1746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1750 = llvm.load %v1749 : !llvm.ptr -> f32
        %v1751 = arith.addi %v1567, %v262 : i64
        %v1752 = arith.constant true
        %v1753 = arith.addi %v25, %v1751 : i64
        %v1754 = llvm.getelementptr %v5[%v1753] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1755 = llvm.load %v1754 : !llvm.ptr<3> -> i64
        %v1756 = arith.addi %v1566, %v1568 : i64
        %v1757 = arith.cmpi slt, %v1756, %size_L : i64
        %v1758 = arith.subi %size_L, %v1 : i64
        %v1759 = arith.minsi %v1756, %v1758 : i64
        %v1760 = arith.addi %v1755, %v1759 : i64
        %v1761 = arith.muli %v1753, %v78 : i64
        %v1762 = arith.addi %v1761, %v1568 : i64
        %v1763 = llvm.getelementptr %in_g_f[%v1760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1764 = llvm.load %v1763 : !llvm.ptr -> f32
        %v1765 = arith.addi %v1567, %v277 : i64
        %v1766 = arith.constant true
        %v1767 = arith.addi %v25, %v1765 : i64
        %v1768 = llvm.getelementptr %v5[%v1767] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1769 = llvm.load %v1768 : !llvm.ptr<3> -> i64
        %v1770 = arith.addi %v1566, %v1568 : i64
        %v1771 = arith.cmpi slt, %v1770, %size_L : i64
        %v1772 = arith.subi %size_L, %v1 : i64
        %v1773 = arith.minsi %v1770, %v1772 : i64
        %v1774 = arith.addi %v1769, %v1773 : i64
        %v1775 = arith.muli %v1767, %v78 : i64
        %v1776 = arith.addi %v1775, %v1568 : i64
        %v1777 = llvm.getelementptr %in_g_f[%v1774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1778 = llvm.load %v1777 : !llvm.ptr -> f32
        %v1779 = arith.addi %v1567, %v292 : i64
        %v1780 = arith.constant true
        %v1781 = arith.addi %v25, %v1779 : i64
        %v1782 = llvm.getelementptr %v5[%v1781] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1783 = llvm.load %v1782 : !llvm.ptr<3> -> i64
        %v1784 = arith.addi %v1566, %v1568 : i64
        %v1785 = arith.cmpi slt, %v1784, %size_L : i64
        %v1786 = arith.subi %size_L, %v1 : i64
        %v1787 = arith.minsi %v1784, %v1786 : i64
        %v1788 = arith.addi %v1783, %v1787 : i64
        %v1789 = arith.muli %v1781, %v78 : i64
        %v1790 = arith.addi %v1789, %v1568 : i64
        %v1791 = llvm.getelementptr %in_g_f[%v1788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1792 = llvm.load %v1791 : !llvm.ptr -> f32
        %v1793 = arith.addi %v1567, %v65 : i64
        %v1794 = arith.constant true
        %v1795 = arith.addi %v25, %v1793 : i64
        %v1796 = llvm.getelementptr %v5[%v1795] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1797 = llvm.load %v1796 : !llvm.ptr<3> -> i64
        %v1798 = arith.addi %v1566, %v1568 : i64
        %v1799 = arith.cmpi slt, %v1798, %size_L : i64
        %v1800 = arith.subi %size_L, %v1 : i64
        %v1801 = arith.minsi %v1798, %v1800 : i64
        %v1802 = arith.addi %v1797, %v1801 : i64
        %v1803 = arith.muli %v1795, %v78 : i64
        %v1804 = arith.addi %v1803, %v1568 : i64
        %v1805 = llvm.getelementptr %in_g_f[%v1802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1806 = llvm.load %v1805 : !llvm.ptr -> f32
        %v1807 = arith.addi %v1567, %v321 : i64
        %v1808 = arith.constant true
        %v1809 = arith.addi %v25, %v1807 : i64
        %v1810 = llvm.getelementptr %v5[%v1809] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1811 = llvm.load %v1810 : !llvm.ptr<3> -> i64
        %v1812 = arith.addi %v1566, %v1568 : i64
        %v1813 = arith.cmpi slt, %v1812, %size_L : i64
        %v1814 = arith.subi %size_L, %v1 : i64
        %v1815 = arith.minsi %v1812, %v1814 : i64
        %v1816 = arith.addi %v1811, %v1815 : i64
        %v1817 = arith.muli %v1809, %v78 : i64
        %v1818 = arith.addi %v1817, %v1568 : i64
        %v1819 = llvm.getelementptr %in_g_f[%v1816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1820 = llvm.load %v1819 : !llvm.ptr -> f32
        %v1821 = arith.addi %v1567, %v336 : i64
        %v1822 = arith.constant true
        %v1823 = arith.addi %v25, %v1821 : i64
        %v1824 = llvm.getelementptr %v5[%v1823] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1825 = llvm.load %v1824 : !llvm.ptr<3> -> i64
        %v1826 = arith.addi %v1566, %v1568 : i64
        %v1827 = arith.cmpi slt, %v1826, %size_L : i64
        %v1828 = arith.subi %size_L, %v1 : i64
        %v1829 = arith.minsi %v1826, %v1828 : i64
        %v1830 = arith.addi %v1825, %v1829 : i64
        %v1831 = arith.muli %v1823, %v78 : i64
        %v1832 = arith.addi %v1831, %v1568 : i64
        %v1833 = llvm.getelementptr %in_g_f[%v1830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1834 = llvm.load %v1833 : !llvm.ptr -> f32
        %v1835 = arith.addi %v1567, %v351 : i64
        %v1836 = arith.constant true
        %v1837 = arith.addi %v25, %v1835 : i64
        %v1838 = llvm.getelementptr %v5[%v1837] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1839 = llvm.load %v1838 : !llvm.ptr<3> -> i64
        %v1840 = arith.addi %v1566, %v1568 : i64
        %v1841 = arith.cmpi slt, %v1840, %size_L : i64
        %v1842 = arith.subi %size_L, %v1 : i64
        %v1843 = arith.minsi %v1840, %v1842 : i64
        %v1844 = arith.addi %v1839, %v1843 : i64
        %v1845 = arith.muli %v1837, %v78 : i64
        %v1846 = arith.addi %v1845, %v1568 : i64
        %v1847 = llvm.getelementptr %in_g_f[%v1844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1848 = llvm.load %v1847 : !llvm.ptr -> f32
        %v1849 = arith.addi %v1567, %v366 : i64
        %v1850 = arith.constant true
        %v1851 = arith.addi %v25, %v1849 : i64
        %v1852 = llvm.getelementptr %v5[%v1851] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1853 = llvm.load %v1852 : !llvm.ptr<3> -> i64
        %v1854 = arith.addi %v1566, %v1568 : i64
        %v1855 = arith.cmpi slt, %v1854, %size_L : i64
        %v1856 = arith.subi %size_L, %v1 : i64
        %v1857 = arith.minsi %v1854, %v1856 : i64
        %v1858 = arith.addi %v1853, %v1857 : i64
        %v1859 = arith.muli %v1851, %v78 : i64
        %v1860 = arith.addi %v1859, %v1568 : i64
        %v1861 = llvm.getelementptr %in_g_f[%v1858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1862 = llvm.load %v1861 : !llvm.ptr -> f32
        %v1863 = arith.addi %v1567, %v381 : i64
        %v1864 = arith.constant true
        %v1865 = arith.addi %v25, %v1863 : i64
        %v1866 = llvm.getelementptr %v5[%v1865] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1867 = llvm.load %v1866 : !llvm.ptr<3> -> i64
        %v1868 = arith.addi %v1566, %v1568 : i64
        %v1869 = arith.cmpi slt, %v1868, %size_L : i64
        %v1870 = arith.subi %size_L, %v1 : i64
        %v1871 = arith.minsi %v1868, %v1870 : i64
        %v1872 = arith.addi %v1867, %v1871 : i64
        %v1873 = arith.muli %v1865, %v78 : i64
        %v1874 = arith.addi %v1873, %v1568 : i64
        %v1875 = llvm.getelementptr %in_g_f[%v1872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1876 = llvm.load %v1875 : !llvm.ptr -> f32
        %v1877 = arith.addi %v1567, %v396 : i64
        %v1878 = arith.constant true
        %v1879 = arith.addi %v25, %v1877 : i64
        %v1880 = llvm.getelementptr %v5[%v1879] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1881 = llvm.load %v1880 : !llvm.ptr<3> -> i64
        %v1882 = arith.addi %v1566, %v1568 : i64
        %v1883 = arith.cmpi slt, %v1882, %size_L : i64
        %v1884 = arith.subi %size_L, %v1 : i64
        %v1885 = arith.minsi %v1882, %v1884 : i64
        %v1886 = arith.addi %v1881, %v1885 : i64
        %v1887 = arith.muli %v1879, %v78 : i64
        %v1888 = arith.addi %v1887, %v1568 : i64
        %v1889 = llvm.getelementptr %in_g_f[%v1886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1890 = llvm.load %v1889 : !llvm.ptr -> f32
        %v1891 = arith.addi %v1567, %v411 : i64
        %v1892 = arith.constant true
        %v1893 = arith.addi %v25, %v1891 : i64
        %v1894 = llvm.getelementptr %v5[%v1893] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1895 = llvm.load %v1894 : !llvm.ptr<3> -> i64
        %v1896 = arith.addi %v1566, %v1568 : i64
        %v1897 = arith.cmpi slt, %v1896, %size_L : i64
        %v1898 = arith.subi %size_L, %v1 : i64
        %v1899 = arith.minsi %v1896, %v1898 : i64
        %v1900 = arith.addi %v1895, %v1899 : i64
        %v1901 = arith.muli %v1893, %v78 : i64
        %v1902 = arith.addi %v1901, %v1568 : i64
        %v1903 = llvm.getelementptr %in_g_f[%v1900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1904 = llvm.load %v1903 : !llvm.ptr -> f32
        %v1905 = arith.addi %v1567, %v426 : i64
        %v1906 = arith.constant true
        %v1907 = arith.addi %v25, %v1905 : i64
        %v1908 = llvm.getelementptr %v5[%v1907] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1909 = llvm.load %v1908 : !llvm.ptr<3> -> i64
        %v1910 = arith.addi %v1566, %v1568 : i64
        %v1911 = arith.cmpi slt, %v1910, %size_L : i64
        %v1912 = arith.subi %size_L, %v1 : i64
        %v1913 = arith.minsi %v1910, %v1912 : i64
        %v1914 = arith.addi %v1909, %v1913 : i64
        %v1915 = arith.muli %v1907, %v78 : i64
        %v1916 = arith.addi %v1915, %v1568 : i64
        %v1917 = llvm.getelementptr %in_g_f[%v1914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1918 = llvm.load %v1917 : !llvm.ptr -> f32
        %v1919 = arith.addi %v1567, %v441 : i64
        %v1920 = arith.constant true
        %v1921 = arith.addi %v25, %v1919 : i64
        %v1922 = llvm.getelementptr %v5[%v1921] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1923 = llvm.load %v1922 : !llvm.ptr<3> -> i64
        %v1924 = arith.addi %v1566, %v1568 : i64
        %v1925 = arith.cmpi slt, %v1924, %size_L : i64
        %v1926 = arith.subi %size_L, %v1 : i64
        %v1927 = arith.minsi %v1924, %v1926 : i64
        %v1928 = arith.addi %v1923, %v1927 : i64
        %v1929 = arith.muli %v1921, %v78 : i64
        %v1930 = arith.addi %v1929, %v1568 : i64
        %v1931 = llvm.getelementptr %in_g_f[%v1928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1932 = llvm.load %v1931 : !llvm.ptr -> f32
        %v1933 = arith.addi %v1567, %v456 : i64
        %v1934 = arith.constant true
        %v1935 = arith.addi %v25, %v1933 : i64
        %v1936 = llvm.getelementptr %v5[%v1935] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1937 = llvm.load %v1936 : !llvm.ptr<3> -> i64
        %v1938 = arith.addi %v1566, %v1568 : i64
        %v1939 = arith.cmpi slt, %v1938, %size_L : i64
        %v1940 = arith.subi %size_L, %v1 : i64
        %v1941 = arith.minsi %v1938, %v1940 : i64
        %v1942 = arith.addi %v1937, %v1941 : i64
        %v1943 = arith.muli %v1935, %v78 : i64
        %v1944 = arith.addi %v1943, %v1568 : i64
        %v1945 = llvm.getelementptr %in_g_f[%v1942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1946 = llvm.load %v1945 : !llvm.ptr -> f32
        %v1947 = arith.addi %v1567, %v471 : i64
        %v1948 = arith.constant true
        %v1949 = arith.addi %v25, %v1947 : i64
        %v1950 = llvm.getelementptr %v5[%v1949] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1951 = llvm.load %v1950 : !llvm.ptr<3> -> i64
        %v1952 = arith.addi %v1566, %v1568 : i64
        %v1953 = arith.cmpi slt, %v1952, %size_L : i64
        %v1954 = arith.subi %size_L, %v1 : i64
        %v1955 = arith.minsi %v1952, %v1954 : i64
        %v1956 = arith.addi %v1951, %v1955 : i64
        %v1957 = arith.muli %v1949, %v78 : i64
        %v1958 = arith.addi %v1957, %v1568 : i64
        %v1959 = llvm.getelementptr %in_g_f[%v1956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1960 = llvm.load %v1959 : !llvm.ptr -> f32
        %v1961 = arith.addi %v1567, %v486 : i64
        %v1962 = arith.constant true
        %v1963 = arith.addi %v25, %v1961 : i64
        %v1964 = llvm.getelementptr %v5[%v1963] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1965 = llvm.load %v1964 : !llvm.ptr<3> -> i64
        %v1966 = arith.addi %v1566, %v1568 : i64
        %v1967 = arith.cmpi slt, %v1966, %size_L : i64
        %v1968 = arith.subi %size_L, %v1 : i64
        %v1969 = arith.minsi %v1966, %v1968 : i64
        %v1970 = arith.addi %v1965, %v1969 : i64
        %v1971 = arith.muli %v1963, %v78 : i64
        %v1972 = arith.addi %v1971, %v1568 : i64
        %v1973 = llvm.getelementptr %in_g_f[%v1970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1974 = llvm.load %v1973 : !llvm.ptr -> f32
        %v1975 = arith.addi %v1567, %v501 : i64
        %v1976 = arith.constant true
        %v1977 = arith.addi %v25, %v1975 : i64
        %v1978 = llvm.getelementptr %v5[%v1977] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1979 = llvm.load %v1978 : !llvm.ptr<3> -> i64
        %v1980 = arith.addi %v1566, %v1568 : i64
        %v1981 = arith.cmpi slt, %v1980, %size_L : i64
        %v1982 = arith.subi %size_L, %v1 : i64
        %v1983 = arith.minsi %v1980, %v1982 : i64
        %v1984 = arith.addi %v1979, %v1983 : i64
        %v1985 = arith.muli %v1977, %v78 : i64
        %v1986 = arith.addi %v1985, %v1568 : i64
        %v1987 = llvm.getelementptr %in_g_f[%v1984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1988 = llvm.load %v1987 : !llvm.ptr -> f32
        %v1989 = arith.addi %v1567, %v516 : i64
        %v1990 = arith.constant true
        %v1991 = arith.addi %v25, %v1989 : i64
        %v1992 = llvm.getelementptr %v5[%v1991] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1993 = llvm.load %v1992 : !llvm.ptr<3> -> i64
        %v1994 = arith.addi %v1566, %v1568 : i64
        %v1995 = arith.cmpi slt, %v1994, %size_L : i64
        %v1996 = arith.subi %size_L, %v1 : i64
        %v1997 = arith.minsi %v1994, %v1996 : i64
        %v1998 = arith.addi %v1993, %v1997 : i64
        %v1999 = arith.muli %v1991, %v78 : i64
        %v2000 = arith.addi %v1999, %v1568 : i64
        %v2001 = llvm.getelementptr %in_g_f[%v1998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2002 = llvm.load %v2001 : !llvm.ptr -> f32
        %v2003 = arith.addi %v1567, %v531 : i64
        %v2004 = arith.constant true
        %v2005 = arith.addi %v25, %v2003 : i64
        %v2006 = llvm.getelementptr %v5[%v2005] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2007 = llvm.load %v2006 : !llvm.ptr<3> -> i64
        %v2008 = arith.addi %v1566, %v1568 : i64
        %v2009 = arith.cmpi slt, %v2008, %size_L : i64
        %v2010 = arith.subi %size_L, %v1 : i64
        %v2011 = arith.minsi %v2008, %v2010 : i64
        %v2012 = arith.addi %v2007, %v2011 : i64
        %v2013 = arith.muli %v2005, %v78 : i64
        %v2014 = arith.addi %v2013, %v1568 : i64
        %v2015 = llvm.getelementptr %in_g_f[%v2012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2016 = llvm.load %v2015 : !llvm.ptr -> f32
        %v2017 = arith.divui %v13, %v65 : i64
        %v2018 = arith.remui %v13, %v65 : i64
        %v2019 = arith.addi %v2017, %v25 : i64
        %v2020 = arith.constant true
        %v2021 = arith.addi %v15, %v2019 : i64
        %v2022 = llvm.getelementptr %v5[%v2021] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2023 = llvm.load %v2022 : !llvm.ptr<3> -> i64
        %v2024 = arith.addi %v1566, %v2018 : i64
        %v2025 = arith.cmpi slt, %v2024, %size_L : i64
        %v2026 = arith.subi %size_L, %v1 : i64
        %v2027 = arith.minsi %v2024, %v2026 : i64
        %v2028 = arith.addi %v2023, %v2027 : i64
        %v2029 = arith.muli %v2021, %v78 : i64
        %v2030 = arith.addi %v2029, %v2018 : i64
        %v2031 = llvm.getelementptr %in_g_c[%v2028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2032 = llvm.load %v2031 : !llvm.ptr -> f32
        %v2033 = arith.addi %v2017, %v49 : i64
        %v2034 = arith.constant true
        %v2035 = arith.addi %v15, %v2033 : i64
        %v2036 = llvm.getelementptr %v5[%v2035] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2037 = llvm.load %v2036 : !llvm.ptr<3> -> i64
        %v2038 = arith.addi %v1566, %v2018 : i64
        %v2039 = arith.cmpi slt, %v2038, %size_L : i64
        %v2040 = arith.subi %size_L, %v1 : i64
        %v2041 = arith.minsi %v2038, %v2040 : i64
        %v2042 = arith.addi %v2037, %v2041 : i64
        %v2043 = arith.muli %v2035, %v78 : i64
        %v2044 = arith.addi %v2043, %v2018 : i64
        %v2045 = llvm.getelementptr %in_g_c[%v2042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2046 = llvm.load %v2045 : !llvm.ptr -> f32
        %v2047 = arith.addi %v2017, %v97 : i64
        %v2048 = arith.constant true
        %v2049 = arith.addi %v15, %v2047 : i64
        %v2050 = llvm.getelementptr %v5[%v2049] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2051 = llvm.load %v2050 : !llvm.ptr<3> -> i64
        %v2052 = arith.addi %v1566, %v2018 : i64
        %v2053 = arith.cmpi slt, %v2052, %size_L : i64
        %v2054 = arith.subi %size_L, %v1 : i64
        %v2055 = arith.minsi %v2052, %v2054 : i64
        %v2056 = arith.addi %v2051, %v2055 : i64
        %v2057 = arith.muli %v2049, %v78 : i64
        %v2058 = arith.addi %v2057, %v2018 : i64
        %v2059 = llvm.getelementptr %in_g_c[%v2056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2060 = llvm.load %v2059 : !llvm.ptr -> f32
        %v2061 = arith.addi %v2017, %v112 : i64
        %v2062 = arith.constant true
        %v2063 = arith.addi %v15, %v2061 : i64
        %v2064 = llvm.getelementptr %v5[%v2063] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2065 = llvm.load %v2064 : !llvm.ptr<3> -> i64
        %v2066 = arith.addi %v1566, %v2018 : i64
        %v2067 = arith.cmpi slt, %v2066, %size_L : i64
        %v2068 = arith.subi %size_L, %v1 : i64
        %v2069 = arith.minsi %v2066, %v2068 : i64
        %v2070 = arith.addi %v2065, %v2069 : i64
        %v2071 = arith.muli %v2063, %v78 : i64
        %v2072 = arith.addi %v2071, %v2018 : i64
        %v2073 = llvm.getelementptr %in_g_c[%v2070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2074 = llvm.load %v2073 : !llvm.ptr -> f32
        %v2075 = arith.addi %v2017, %v127 : i64
        %v2076 = arith.constant true
        %v2077 = arith.addi %v15, %v2075 : i64
        %v2078 = llvm.getelementptr %v5[%v2077] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2079 = llvm.load %v2078 : !llvm.ptr<3> -> i64
        %v2080 = arith.addi %v1566, %v2018 : i64
        %v2081 = arith.cmpi slt, %v2080, %size_L : i64
        %v2082 = arith.subi %size_L, %v1 : i64
        %v2083 = arith.minsi %v2080, %v2082 : i64
        %v2084 = arith.addi %v2079, %v2083 : i64
        %v2085 = arith.muli %v2077, %v78 : i64
        %v2086 = arith.addi %v2085, %v2018 : i64
        %v2087 = llvm.getelementptr %in_g_c[%v2084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2088 = llvm.load %v2087 : !llvm.ptr -> f32
        %v2089 = arith.addi %v2017, %v142 : i64
        %v2090 = arith.constant true
        %v2091 = arith.addi %v15, %v2089 : i64
        %v2092 = llvm.getelementptr %v5[%v2091] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2093 = llvm.load %v2092 : !llvm.ptr<3> -> i64
        %v2094 = arith.addi %v1566, %v2018 : i64
        %v2095 = arith.cmpi slt, %v2094, %size_L : i64
        %v2096 = arith.subi %size_L, %v1 : i64
        %v2097 = arith.minsi %v2094, %v2096 : i64
        %v2098 = arith.addi %v2093, %v2097 : i64
        %v2099 = arith.muli %v2091, %v78 : i64
        %v2100 = arith.addi %v2099, %v2018 : i64
        %v2101 = llvm.getelementptr %in_g_c[%v2098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2102 = llvm.load %v2101 : !llvm.ptr -> f32
        %v2103 = arith.addi %v2017, %v157 : i64
        %v2104 = arith.constant true
        %v2105 = arith.addi %v15, %v2103 : i64
        %v2106 = llvm.getelementptr %v5[%v2105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2107 = llvm.load %v2106 : !llvm.ptr<3> -> i64
        %v2108 = arith.addi %v1566, %v2018 : i64
        %v2109 = arith.cmpi slt, %v2108, %size_L : i64
        %v2110 = arith.subi %size_L, %v1 : i64
        %v2111 = arith.minsi %v2108, %v2110 : i64
        %v2112 = arith.addi %v2107, %v2111 : i64
        %v2113 = arith.muli %v2105, %v78 : i64
        %v2114 = arith.addi %v2113, %v2018 : i64
        %v2115 = llvm.getelementptr %in_g_c[%v2112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2116 = llvm.load %v2115 : !llvm.ptr -> f32
        %v2117 = arith.addi %v2017, %v172 : i64
        %v2118 = arith.constant true
        %v2119 = arith.addi %v15, %v2117 : i64
        %v2120 = llvm.getelementptr %v5[%v2119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2121 = llvm.load %v2120 : !llvm.ptr<3> -> i64
        %v2122 = arith.addi %v1566, %v2018 : i64
        %v2123 = arith.cmpi slt, %v2122, %size_L : i64
        %v2124 = arith.subi %size_L, %v1 : i64
        %v2125 = arith.minsi %v2122, %v2124 : i64
        %v2126 = arith.addi %v2121, %v2125 : i64
        %v2127 = arith.muli %v2119, %v78 : i64
        %v2128 = arith.addi %v2127, %v2018 : i64
        %v2129 = llvm.getelementptr %in_g_c[%v2126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2130 = llvm.load %v2129 : !llvm.ptr -> f32
        %v2131 = arith.addi %v2017, %v187 : i64
        %v2132 = arith.constant true
        %v2133 = arith.addi %v15, %v2131 : i64
        %v2134 = llvm.getelementptr %v5[%v2133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2135 = llvm.load %v2134 : !llvm.ptr<3> -> i64
        %v2136 = arith.addi %v1566, %v2018 : i64
        %v2137 = arith.cmpi slt, %v2136, %size_L : i64
        %v2138 = arith.subi %size_L, %v1 : i64
        %v2139 = arith.minsi %v2136, %v2138 : i64
        %v2140 = arith.addi %v2135, %v2139 : i64
        %v2141 = arith.muli %v2133, %v78 : i64
        %v2142 = arith.addi %v2141, %v2018 : i64
        %v2143 = llvm.getelementptr %in_g_c[%v2140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2144 = llvm.load %v2143 : !llvm.ptr -> f32
        %v2145 = arith.addi %v2017, %v202 : i64
        %v2146 = arith.constant true
        %v2147 = arith.addi %v15, %v2145 : i64
        %v2148 = llvm.getelementptr %v5[%v2147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2149 = llvm.load %v2148 : !llvm.ptr<3> -> i64
        %v2150 = arith.addi %v1566, %v2018 : i64
        %v2151 = arith.cmpi slt, %v2150, %size_L : i64
        %v2152 = arith.subi %size_L, %v1 : i64
        %v2153 = arith.minsi %v2150, %v2152 : i64
        %v2154 = arith.addi %v2149, %v2153 : i64
        %v2155 = arith.muli %v2147, %v78 : i64
        %v2156 = arith.addi %v2155, %v2018 : i64
        %v2157 = llvm.getelementptr %in_g_c[%v2154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2158 = llvm.load %v2157 : !llvm.ptr -> f32
        %v2159 = arith.addi %v2017, %v217 : i64
        %v2160 = arith.constant true
        %v2161 = arith.addi %v15, %v2159 : i64
        %v2162 = llvm.getelementptr %v5[%v2161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2163 = llvm.load %v2162 : !llvm.ptr<3> -> i64
        %v2164 = arith.addi %v1566, %v2018 : i64
        %v2165 = arith.cmpi slt, %v2164, %size_L : i64
        %v2166 = arith.subi %size_L, %v1 : i64
        %v2167 = arith.minsi %v2164, %v2166 : i64
        %v2168 = arith.addi %v2163, %v2167 : i64
        %v2169 = arith.muli %v2161, %v78 : i64
        %v2170 = arith.addi %v2169, %v2018 : i64
        %v2171 = llvm.getelementptr %in_g_c[%v2168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2172 = llvm.load %v2171 : !llvm.ptr -> f32
        %v2173 = arith.addi %v2017, %v232 : i64
        %v2174 = arith.constant true
        %v2175 = arith.addi %v15, %v2173 : i64
        %v2176 = llvm.getelementptr %v5[%v2175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2177 = llvm.load %v2176 : !llvm.ptr<3> -> i64
        %v2178 = arith.addi %v1566, %v2018 : i64
        %v2179 = arith.cmpi slt, %v2178, %size_L : i64
        %v2180 = arith.subi %size_L, %v1 : i64
        %v2181 = arith.minsi %v2178, %v2180 : i64
        %v2182 = arith.addi %v2177, %v2181 : i64
        %v2183 = arith.muli %v2175, %v78 : i64
        %v2184 = arith.addi %v2183, %v2018 : i64
        %v2185 = llvm.getelementptr %in_g_c[%v2182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2186 = llvm.load %v2185 : !llvm.ptr -> f32
        %v2187 = arith.addi %v2017, %v247 : i64
        %v2188 = arith.constant true
        %v2189 = arith.addi %v15, %v2187 : i64
        %v2190 = llvm.getelementptr %v5[%v2189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2191 = llvm.load %v2190 : !llvm.ptr<3> -> i64
        %v2192 = arith.addi %v1566, %v2018 : i64
        %v2193 = arith.cmpi slt, %v2192, %size_L : i64
        %v2194 = arith.subi %size_L, %v1 : i64
        %v2195 = arith.minsi %v2192, %v2194 : i64
        %v2196 = arith.addi %v2191, %v2195 : i64
        %v2197 = arith.muli %v2189, %v78 : i64
        %v2198 = arith.addi %v2197, %v2018 : i64
        %v2199 = llvm.getelementptr %in_g_c[%v2196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2200 = llvm.load %v2199 : !llvm.ptr -> f32
        %v2201 = arith.addi %v2017, %v262 : i64
        %v2202 = arith.constant true
        %v2203 = arith.addi %v15, %v2201 : i64
        %v2204 = llvm.getelementptr %v5[%v2203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2205 = llvm.load %v2204 : !llvm.ptr<3> -> i64
        %v2206 = arith.addi %v1566, %v2018 : i64
        %v2207 = arith.cmpi slt, %v2206, %size_L : i64
        %v2208 = arith.subi %size_L, %v1 : i64
        %v2209 = arith.minsi %v2206, %v2208 : i64
        %v2210 = arith.addi %v2205, %v2209 : i64
        %v2211 = arith.muli %v2203, %v78 : i64
        %v2212 = arith.addi %v2211, %v2018 : i64
        %v2213 = llvm.getelementptr %in_g_c[%v2210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2214 = llvm.load %v2213 : !llvm.ptr -> f32
        %v2215 = arith.addi %v2017, %v277 : i64
        %v2216 = arith.constant true
        %v2217 = arith.addi %v15, %v2215 : i64
        %v2218 = llvm.getelementptr %v5[%v2217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2219 = llvm.load %v2218 : !llvm.ptr<3> -> i64
        %v2220 = arith.addi %v1566, %v2018 : i64
        %v2221 = arith.cmpi slt, %v2220, %size_L : i64
        %v2222 = arith.subi %size_L, %v1 : i64
        %v2223 = arith.minsi %v2220, %v2222 : i64
        %v2224 = arith.addi %v2219, %v2223 : i64
        %v2225 = arith.muli %v2217, %v78 : i64
        %v2226 = arith.addi %v2225, %v2018 : i64
        %v2227 = llvm.getelementptr %in_g_c[%v2224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2228 = llvm.load %v2227 : !llvm.ptr -> f32
        %v2229 = arith.addi %v2017, %v292 : i64
        %v2230 = arith.constant true
        %v2231 = arith.addi %v15, %v2229 : i64
        %v2232 = llvm.getelementptr %v5[%v2231] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2233 = llvm.load %v2232 : !llvm.ptr<3> -> i64
        %v2234 = arith.addi %v1566, %v2018 : i64
        %v2235 = arith.cmpi slt, %v2234, %size_L : i64
        %v2236 = arith.subi %size_L, %v1 : i64
        %v2237 = arith.minsi %v2234, %v2236 : i64
        %v2238 = arith.addi %v2233, %v2237 : i64
        %v2239 = arith.muli %v2231, %v78 : i64
        %v2240 = arith.addi %v2239, %v2018 : i64
        %v2241 = llvm.getelementptr %in_g_c[%v2238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2242 = llvm.load %v2241 : !llvm.ptr -> f32
        %v2243 = arith.addi %v2017, %v65 : i64
        %v2244 = arith.constant true
        %v2245 = arith.addi %v15, %v2243 : i64
        %v2246 = llvm.getelementptr %v5[%v2245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2247 = llvm.load %v2246 : !llvm.ptr<3> -> i64
        %v2248 = arith.addi %v1566, %v2018 : i64
        %v2249 = arith.cmpi slt, %v2248, %size_L : i64
        %v2250 = arith.subi %size_L, %v1 : i64
        %v2251 = arith.minsi %v2248, %v2250 : i64
        %v2252 = arith.addi %v2247, %v2251 : i64
        %v2253 = arith.muli %v2245, %v78 : i64
        %v2254 = arith.addi %v2253, %v2018 : i64
        %v2255 = llvm.getelementptr %in_g_c[%v2252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2256 = llvm.load %v2255 : !llvm.ptr -> f32
        %v2257 = arith.addi %v2017, %v321 : i64
        %v2258 = arith.constant true
        %v2259 = arith.addi %v15, %v2257 : i64
        %v2260 = llvm.getelementptr %v5[%v2259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2261 = llvm.load %v2260 : !llvm.ptr<3> -> i64
        %v2262 = arith.addi %v1566, %v2018 : i64
        %v2263 = arith.cmpi slt, %v2262, %size_L : i64
        %v2264 = arith.subi %size_L, %v1 : i64
        %v2265 = arith.minsi %v2262, %v2264 : i64
        %v2266 = arith.addi %v2261, %v2265 : i64
        %v2267 = arith.muli %v2259, %v78 : i64
        %v2268 = arith.addi %v2267, %v2018 : i64
        %v2269 = llvm.getelementptr %in_g_c[%v2266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2270 = llvm.load %v2269 : !llvm.ptr -> f32
        %v2271 = arith.addi %v2017, %v336 : i64
        %v2272 = arith.constant true
        %v2273 = arith.addi %v15, %v2271 : i64
        %v2274 = llvm.getelementptr %v5[%v2273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2275 = llvm.load %v2274 : !llvm.ptr<3> -> i64
        %v2276 = arith.addi %v1566, %v2018 : i64
        %v2277 = arith.cmpi slt, %v2276, %size_L : i64
        %v2278 = arith.subi %size_L, %v1 : i64
        %v2279 = arith.minsi %v2276, %v2278 : i64
        %v2280 = arith.addi %v2275, %v2279 : i64
        %v2281 = arith.muli %v2273, %v78 : i64
        %v2282 = arith.addi %v2281, %v2018 : i64
        %v2283 = llvm.getelementptr %in_g_c[%v2280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2284 = llvm.load %v2283 : !llvm.ptr -> f32
        %v2285 = arith.addi %v2017, %v351 : i64
        %v2286 = arith.constant true
        %v2287 = arith.addi %v15, %v2285 : i64
        %v2288 = llvm.getelementptr %v5[%v2287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2289 = llvm.load %v2288 : !llvm.ptr<3> -> i64
        %v2290 = arith.addi %v1566, %v2018 : i64
        %v2291 = arith.cmpi slt, %v2290, %size_L : i64
        %v2292 = arith.subi %size_L, %v1 : i64
        %v2293 = arith.minsi %v2290, %v2292 : i64
        %v2294 = arith.addi %v2289, %v2293 : i64
        %v2295 = arith.muli %v2287, %v78 : i64
        %v2296 = arith.addi %v2295, %v2018 : i64
        %v2297 = llvm.getelementptr %in_g_c[%v2294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2298 = llvm.load %v2297 : !llvm.ptr -> f32
        %v2299 = arith.addi %v2017, %v366 : i64
        %v2300 = arith.constant true
        %v2301 = arith.addi %v15, %v2299 : i64
        %v2302 = llvm.getelementptr %v5[%v2301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2303 = llvm.load %v2302 : !llvm.ptr<3> -> i64
        %v2304 = arith.addi %v1566, %v2018 : i64
        %v2305 = arith.cmpi slt, %v2304, %size_L : i64
        %v2306 = arith.subi %size_L, %v1 : i64
        %v2307 = arith.minsi %v2304, %v2306 : i64
        %v2308 = arith.addi %v2303, %v2307 : i64
        %v2309 = arith.muli %v2301, %v78 : i64
        %v2310 = arith.addi %v2309, %v2018 : i64
        %v2311 = llvm.getelementptr %in_g_c[%v2308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2312 = llvm.load %v2311 : !llvm.ptr -> f32
        %v2313 = arith.addi %v2017, %v381 : i64
        %v2314 = arith.constant true
        %v2315 = arith.addi %v15, %v2313 : i64
        %v2316 = llvm.getelementptr %v5[%v2315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2317 = llvm.load %v2316 : !llvm.ptr<3> -> i64
        %v2318 = arith.addi %v1566, %v2018 : i64
        %v2319 = arith.cmpi slt, %v2318, %size_L : i64
        %v2320 = arith.subi %size_L, %v1 : i64
        %v2321 = arith.minsi %v2318, %v2320 : i64
        %v2322 = arith.addi %v2317, %v2321 : i64
        %v2323 = arith.muli %v2315, %v78 : i64
        %v2324 = arith.addi %v2323, %v2018 : i64
        %v2325 = llvm.getelementptr %in_g_c[%v2322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2326 = llvm.load %v2325 : !llvm.ptr -> f32
        %v2327 = arith.addi %v2017, %v396 : i64
        %v2328 = arith.constant true
        %v2329 = arith.addi %v15, %v2327 : i64
        %v2330 = llvm.getelementptr %v5[%v2329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2331 = llvm.load %v2330 : !llvm.ptr<3> -> i64
        %v2332 = arith.addi %v1566, %v2018 : i64
        %v2333 = arith.cmpi slt, %v2332, %size_L : i64
        %v2334 = arith.subi %size_L, %v1 : i64
        %v2335 = arith.minsi %v2332, %v2334 : i64
        %v2336 = arith.addi %v2331, %v2335 : i64
        %v2337 = arith.muli %v2329, %v78 : i64
        %v2338 = arith.addi %v2337, %v2018 : i64
        %v2339 = llvm.getelementptr %in_g_c[%v2336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2340 = llvm.load %v2339 : !llvm.ptr -> f32
        %v2341 = arith.addi %v2017, %v411 : i64
        %v2342 = arith.constant true
        %v2343 = arith.addi %v15, %v2341 : i64
        %v2344 = llvm.getelementptr %v5[%v2343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2345 = llvm.load %v2344 : !llvm.ptr<3> -> i64
        %v2346 = arith.addi %v1566, %v2018 : i64
        %v2347 = arith.cmpi slt, %v2346, %size_L : i64
        %v2348 = arith.subi %size_L, %v1 : i64
        %v2349 = arith.minsi %v2346, %v2348 : i64
        %v2350 = arith.addi %v2345, %v2349 : i64
        %v2351 = arith.muli %v2343, %v78 : i64
        %v2352 = arith.addi %v2351, %v2018 : i64
        %v2353 = llvm.getelementptr %in_g_c[%v2350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2354 = llvm.load %v2353 : !llvm.ptr -> f32
        %v2355 = arith.addi %v2017, %v426 : i64
        %v2356 = arith.constant true
        %v2357 = arith.addi %v15, %v2355 : i64
        %v2358 = llvm.getelementptr %v5[%v2357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2359 = llvm.load %v2358 : !llvm.ptr<3> -> i64
        %v2360 = arith.addi %v1566, %v2018 : i64
        %v2361 = arith.cmpi slt, %v2360, %size_L : i64
        %v2362 = arith.subi %size_L, %v1 : i64
        %v2363 = arith.minsi %v2360, %v2362 : i64
        %v2364 = arith.addi %v2359, %v2363 : i64
        %v2365 = arith.muli %v2357, %v78 : i64
        %v2366 = arith.addi %v2365, %v2018 : i64
        %v2367 = llvm.getelementptr %in_g_c[%v2364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2368 = llvm.load %v2367 : !llvm.ptr -> f32
        %v2369 = arith.addi %v2017, %v441 : i64
        %v2370 = arith.constant true
        %v2371 = arith.addi %v15, %v2369 : i64
        %v2372 = llvm.getelementptr %v5[%v2371] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2373 = llvm.load %v2372 : !llvm.ptr<3> -> i64
        %v2374 = arith.addi %v1566, %v2018 : i64
        %v2375 = arith.cmpi slt, %v2374, %size_L : i64
        %v2376 = arith.subi %size_L, %v1 : i64
        %v2377 = arith.minsi %v2374, %v2376 : i64
        %v2378 = arith.addi %v2373, %v2377 : i64
        %v2379 = arith.muli %v2371, %v78 : i64
        %v2380 = arith.addi %v2379, %v2018 : i64
        %v2381 = llvm.getelementptr %in_g_c[%v2378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2382 = llvm.load %v2381 : !llvm.ptr -> f32
        %v2383 = arith.addi %v2017, %v456 : i64
        %v2384 = arith.constant true
        %v2385 = arith.addi %v15, %v2383 : i64
        %v2386 = llvm.getelementptr %v5[%v2385] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2387 = llvm.load %v2386 : !llvm.ptr<3> -> i64
        %v2388 = arith.addi %v1566, %v2018 : i64
        %v2389 = arith.cmpi slt, %v2388, %size_L : i64
        %v2390 = arith.subi %size_L, %v1 : i64
        %v2391 = arith.minsi %v2388, %v2390 : i64
        %v2392 = arith.addi %v2387, %v2391 : i64
        %v2393 = arith.muli %v2385, %v78 : i64
        %v2394 = arith.addi %v2393, %v2018 : i64
        %v2395 = llvm.getelementptr %in_g_c[%v2392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2396 = llvm.load %v2395 : !llvm.ptr -> f32
        %v2397 = arith.addi %v2017, %v471 : i64
        %v2398 = arith.constant true
        %v2399 = arith.addi %v15, %v2397 : i64
        %v2400 = llvm.getelementptr %v5[%v2399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2401 = llvm.load %v2400 : !llvm.ptr<3> -> i64
        %v2402 = arith.addi %v1566, %v2018 : i64
        %v2403 = arith.cmpi slt, %v2402, %size_L : i64
        %v2404 = arith.subi %size_L, %v1 : i64
        %v2405 = arith.minsi %v2402, %v2404 : i64
        %v2406 = arith.addi %v2401, %v2405 : i64
        %v2407 = arith.muli %v2399, %v78 : i64
        %v2408 = arith.addi %v2407, %v2018 : i64
        %v2409 = llvm.getelementptr %in_g_c[%v2406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2410 = llvm.load %v2409 : !llvm.ptr -> f32
        %v2411 = arith.addi %v2017, %v486 : i64
        %v2412 = arith.constant true
        %v2413 = arith.addi %v15, %v2411 : i64
        %v2414 = llvm.getelementptr %v5[%v2413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2415 = llvm.load %v2414 : !llvm.ptr<3> -> i64
        %v2416 = arith.addi %v1566, %v2018 : i64
        %v2417 = arith.cmpi slt, %v2416, %size_L : i64
        %v2418 = arith.subi %size_L, %v1 : i64
        %v2419 = arith.minsi %v2416, %v2418 : i64
        %v2420 = arith.addi %v2415, %v2419 : i64
        %v2421 = arith.muli %v2413, %v78 : i64
        %v2422 = arith.addi %v2421, %v2018 : i64
        %v2423 = llvm.getelementptr %in_g_c[%v2420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2424 = llvm.load %v2423 : !llvm.ptr -> f32
        %v2425 = arith.addi %v2017, %v501 : i64
        %v2426 = arith.constant true
        %v2427 = arith.addi %v15, %v2425 : i64
        %v2428 = llvm.getelementptr %v5[%v2427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2429 = llvm.load %v2428 : !llvm.ptr<3> -> i64
        %v2430 = arith.addi %v1566, %v2018 : i64
        %v2431 = arith.cmpi slt, %v2430, %size_L : i64
        %v2432 = arith.subi %size_L, %v1 : i64
        %v2433 = arith.minsi %v2430, %v2432 : i64
        %v2434 = arith.addi %v2429, %v2433 : i64
        %v2435 = arith.muli %v2427, %v78 : i64
        %v2436 = arith.addi %v2435, %v2018 : i64
        %v2437 = llvm.getelementptr %in_g_c[%v2434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2438 = llvm.load %v2437 : !llvm.ptr -> f32
        %v2439 = arith.addi %v2017, %v516 : i64
        %v2440 = arith.constant true
        %v2441 = arith.addi %v15, %v2439 : i64
        %v2442 = llvm.getelementptr %v5[%v2441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2443 = llvm.load %v2442 : !llvm.ptr<3> -> i64
        %v2444 = arith.addi %v1566, %v2018 : i64
        %v2445 = arith.cmpi slt, %v2444, %size_L : i64
        %v2446 = arith.subi %size_L, %v1 : i64
        %v2447 = arith.minsi %v2444, %v2446 : i64
        %v2448 = arith.addi %v2443, %v2447 : i64
        %v2449 = arith.muli %v2441, %v78 : i64
        %v2450 = arith.addi %v2449, %v2018 : i64
        %v2451 = llvm.getelementptr %in_g_c[%v2448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2452 = llvm.load %v2451 : !llvm.ptr -> f32
        %v2453 = arith.addi %v2017, %v531 : i64
        %v2454 = arith.constant true
        %v2455 = arith.addi %v15, %v2453 : i64
        %v2456 = llvm.getelementptr %v5[%v2455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2457 = llvm.load %v2456 : !llvm.ptr<3> -> i64
        %v2458 = arith.addi %v1566, %v2018 : i64
        %v2459 = arith.cmpi slt, %v2458, %size_L : i64
        %v2460 = arith.subi %size_L, %v1 : i64
        %v2461 = arith.minsi %v2458, %v2460 : i64
        %v2462 = arith.addi %v2457, %v2461 : i64
        %v2463 = arith.muli %v2455, %v78 : i64
        %v2464 = arith.addi %v2463, %v2018 : i64
        %v2465 = llvm.getelementptr %in_g_c[%v2462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2466 = llvm.load %v2465 : !llvm.ptr -> f32
        %v2467 = arith.divui %v13, %v65 : i64
        %v2468 = arith.remui %v13, %v65 : i64
        %v2469 = arith.addi %v2467, %v25 : i64
        %v2470 = arith.constant true
        %v2471 = arith.addi %v1064, %v2469 : i64
        %v2472 = llvm.getelementptr %v5[%v2471] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2473 = llvm.load %v2472 : !llvm.ptr<3> -> i64
        %v2474 = arith.addi %v1566, %v2468 : i64
        %v2475 = arith.cmpi slt, %v2474, %size_L : i64
        %v2476 = arith.subi %size_L, %v1 : i64
        %v2477 = arith.minsi %v2474, %v2476 : i64
        %v2478 = arith.addi %v2473, %v2477 : i64
        %v2479 = arith.muli %v2471, %v78 : i64
        %v2480 = arith.addi %v2479, %v2468 : i64
        %v2481 = llvm.getelementptr %in_g_o[%v2478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2482 = llvm.load %v2481 : !llvm.ptr -> f32
        %v2483 = arith.addi %v2467, %v49 : i64
        %v2484 = arith.constant true
        %v2485 = arith.addi %v1064, %v2483 : i64
        %v2486 = llvm.getelementptr %v5[%v2485] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2487 = llvm.load %v2486 : !llvm.ptr<3> -> i64
        %v2488 = arith.addi %v1566, %v2468 : i64
        %v2489 = arith.cmpi slt, %v2488, %size_L : i64
        %v2490 = arith.subi %size_L, %v1 : i64
        %v2491 = arith.minsi %v2488, %v2490 : i64
        %v2492 = arith.addi %v2487, %v2491 : i64
        %v2493 = arith.muli %v2485, %v78 : i64
        %v2494 = arith.addi %v2493, %v2468 : i64
        %v2495 = llvm.getelementptr %in_g_o[%v2492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2496 = llvm.load %v2495 : !llvm.ptr -> f32
        %v2497 = arith.addi %v2467, %v97 : i64
        %v2498 = arith.constant true
        %v2499 = arith.addi %v1064, %v2497 : i64
        %v2500 = llvm.getelementptr %v5[%v2499] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2501 = llvm.load %v2500 : !llvm.ptr<3> -> i64
        %v2502 = arith.addi %v1566, %v2468 : i64
        %v2503 = arith.cmpi slt, %v2502, %size_L : i64
        %v2504 = arith.subi %size_L, %v1 : i64
        %v2505 = arith.minsi %v2502, %v2504 : i64
        %v2506 = arith.addi %v2501, %v2505 : i64
        %v2507 = arith.muli %v2499, %v78 : i64
        %v2508 = arith.addi %v2507, %v2468 : i64
        %v2509 = llvm.getelementptr %in_g_o[%v2506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2510 = llvm.load %v2509 : !llvm.ptr -> f32
        %v2511 = arith.addi %v2467, %v112 : i64
        %v2512 = arith.constant true
        %v2513 = arith.addi %v1064, %v2511 : i64
        %v2514 = llvm.getelementptr %v5[%v2513] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2515 = llvm.load %v2514 : !llvm.ptr<3> -> i64
        %v2516 = arith.addi %v1566, %v2468 : i64
        %v2517 = arith.cmpi slt, %v2516, %size_L : i64
        %v2518 = arith.subi %size_L, %v1 : i64
        %v2519 = arith.minsi %v2516, %v2518 : i64
        %v2520 = arith.addi %v2515, %v2519 : i64
        %v2521 = arith.muli %v2513, %v78 : i64
        %v2522 = arith.addi %v2521, %v2468 : i64
        %v2523 = llvm.getelementptr %in_g_o[%v2520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2524 = llvm.load %v2523 : !llvm.ptr -> f32
        %v2525 = arith.addi %v2467, %v127 : i64
        %v2526 = arith.constant true
        %v2527 = arith.addi %v1064, %v2525 : i64
        %v2528 = llvm.getelementptr %v5[%v2527] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2529 = llvm.load %v2528 : !llvm.ptr<3> -> i64
        %v2530 = arith.addi %v1566, %v2468 : i64
        %v2531 = arith.cmpi slt, %v2530, %size_L : i64
        %v2532 = arith.subi %size_L, %v1 : i64
        %v2533 = arith.minsi %v2530, %v2532 : i64
        %v2534 = arith.addi %v2529, %v2533 : i64
        %v2535 = arith.muli %v2527, %v78 : i64
        %v2536 = arith.addi %v2535, %v2468 : i64
        %v2537 = llvm.getelementptr %in_g_o[%v2534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2538 = llvm.load %v2537 : !llvm.ptr -> f32
        %v2539 = arith.addi %v2467, %v142 : i64
        %v2540 = arith.constant true
        %v2541 = arith.addi %v1064, %v2539 : i64
        %v2542 = llvm.getelementptr %v5[%v2541] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2543 = llvm.load %v2542 : !llvm.ptr<3> -> i64
        %v2544 = arith.addi %v1566, %v2468 : i64
        %v2545 = arith.cmpi slt, %v2544, %size_L : i64
        %v2546 = arith.subi %size_L, %v1 : i64
        %v2547 = arith.minsi %v2544, %v2546 : i64
        %v2548 = arith.addi %v2543, %v2547 : i64
        %v2549 = arith.muli %v2541, %v78 : i64
        %v2550 = arith.addi %v2549, %v2468 : i64
        %v2551 = llvm.getelementptr %in_g_o[%v2548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2552 = llvm.load %v2551 : !llvm.ptr -> f32
        %v2553 = arith.addi %v2467, %v157 : i64
        %v2554 = arith.constant true
        %v2555 = arith.addi %v1064, %v2553 : i64
        %v2556 = llvm.getelementptr %v5[%v2555] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2557 = llvm.load %v2556 : !llvm.ptr<3> -> i64
        %v2558 = arith.addi %v1566, %v2468 : i64
        %v2559 = arith.cmpi slt, %v2558, %size_L : i64
        %v2560 = arith.subi %size_L, %v1 : i64
        %v2561 = arith.minsi %v2558, %v2560 : i64
        %v2562 = arith.addi %v2557, %v2561 : i64
        %v2563 = arith.muli %v2555, %v78 : i64
        %v2564 = arith.addi %v2563, %v2468 : i64
        %v2565 = llvm.getelementptr %in_g_o[%v2562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2566 = llvm.load %v2565 : !llvm.ptr -> f32
        %v2567 = arith.addi %v2467, %v172 : i64
        %v2568 = arith.constant true
        %v2569 = arith.addi %v1064, %v2567 : i64
        %v2570 = llvm.getelementptr %v5[%v2569] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2571 = llvm.load %v2570 : !llvm.ptr<3> -> i64
        %v2572 = arith.addi %v1566, %v2468 : i64
        %v2573 = arith.cmpi slt, %v2572, %size_L : i64
        %v2574 = arith.subi %size_L, %v1 : i64
        %v2575 = arith.minsi %v2572, %v2574 : i64
        %v2576 = arith.addi %v2571, %v2575 : i64
        %v2577 = arith.muli %v2569, %v78 : i64
        %v2578 = arith.addi %v2577, %v2468 : i64
        %v2579 = llvm.getelementptr %in_g_o[%v2576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2580 = llvm.load %v2579 : !llvm.ptr -> f32
        %v2581 = arith.addi %v2467, %v187 : i64
        %v2582 = arith.constant true
        %v2583 = arith.addi %v1064, %v2581 : i64
        %v2584 = llvm.getelementptr %v5[%v2583] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2585 = llvm.load %v2584 : !llvm.ptr<3> -> i64
        %v2586 = arith.addi %v1566, %v2468 : i64
        %v2587 = arith.cmpi slt, %v2586, %size_L : i64
        %v2588 = arith.subi %size_L, %v1 : i64
        %v2589 = arith.minsi %v2586, %v2588 : i64
        %v2590 = arith.addi %v2585, %v2589 : i64
        %v2591 = arith.muli %v2583, %v78 : i64
        %v2592 = arith.addi %v2591, %v2468 : i64
        %v2593 = llvm.getelementptr %in_g_o[%v2590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2594 = llvm.load %v2593 : !llvm.ptr -> f32
        %v2595 = arith.addi %v2467, %v202 : i64
        %v2596 = arith.constant true
        %v2597 = arith.addi %v1064, %v2595 : i64
        %v2598 = llvm.getelementptr %v5[%v2597] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2599 = llvm.load %v2598 : !llvm.ptr<3> -> i64
        %v2600 = arith.addi %v1566, %v2468 : i64
        %v2601 = arith.cmpi slt, %v2600, %size_L : i64
        %v2602 = arith.subi %size_L, %v1 : i64
        %v2603 = arith.minsi %v2600, %v2602 : i64
        %v2604 = arith.addi %v2599, %v2603 : i64
        %v2605 = arith.muli %v2597, %v78 : i64
        %v2606 = arith.addi %v2605, %v2468 : i64
        %v2607 = llvm.getelementptr %in_g_o[%v2604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2608 = llvm.load %v2607 : !llvm.ptr -> f32
        %v2609 = arith.addi %v2467, %v217 : i64
        %v2610 = arith.constant true
        %v2611 = arith.addi %v1064, %v2609 : i64
        %v2612 = llvm.getelementptr %v5[%v2611] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2613 = llvm.load %v2612 : !llvm.ptr<3> -> i64
        %v2614 = arith.addi %v1566, %v2468 : i64
        %v2615 = arith.cmpi slt, %v2614, %size_L : i64
        %v2616 = arith.subi %size_L, %v1 : i64
        %v2617 = arith.minsi %v2614, %v2616 : i64
        %v2618 = arith.addi %v2613, %v2617 : i64
        %v2619 = arith.muli %v2611, %v78 : i64
        %v2620 = arith.addi %v2619, %v2468 : i64
        %v2621 = llvm.getelementptr %in_g_o[%v2618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2622 = llvm.load %v2621 : !llvm.ptr -> f32
        %v2623 = arith.addi %v2467, %v232 : i64
        %v2624 = arith.constant true
        %v2625 = arith.addi %v1064, %v2623 : i64
        %v2626 = llvm.getelementptr %v5[%v2625] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2627 = llvm.load %v2626 : !llvm.ptr<3> -> i64
        %v2628 = arith.addi %v1566, %v2468 : i64
        %v2629 = arith.cmpi slt, %v2628, %size_L : i64
        %v2630 = arith.subi %size_L, %v1 : i64
        %v2631 = arith.minsi %v2628, %v2630 : i64
        %v2632 = arith.addi %v2627, %v2631 : i64
        %v2633 = arith.muli %v2625, %v78 : i64
        %v2634 = arith.addi %v2633, %v2468 : i64
        %v2635 = llvm.getelementptr %in_g_o[%v2632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2636 = llvm.load %v2635 : !llvm.ptr -> f32
        %v2637 = arith.addi %v2467, %v247 : i64
        %v2638 = arith.constant true
        %v2639 = arith.addi %v1064, %v2637 : i64
        %v2640 = llvm.getelementptr %v5[%v2639] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2641 = llvm.load %v2640 : !llvm.ptr<3> -> i64
        %v2642 = arith.addi %v1566, %v2468 : i64
        %v2643 = arith.cmpi slt, %v2642, %size_L : i64
        %v2644 = arith.subi %size_L, %v1 : i64
        %v2645 = arith.minsi %v2642, %v2644 : i64
        %v2646 = arith.addi %v2641, %v2645 : i64
        %v2647 = arith.muli %v2639, %v78 : i64
        %v2648 = arith.addi %v2647, %v2468 : i64
        %v2649 = llvm.getelementptr %in_g_o[%v2646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2650 = llvm.load %v2649 : !llvm.ptr -> f32
        %v2651 = arith.addi %v2467, %v262 : i64
        %v2652 = arith.constant true
        %v2653 = arith.addi %v1064, %v2651 : i64
        %v2654 = llvm.getelementptr %v5[%v2653] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2655 = llvm.load %v2654 : !llvm.ptr<3> -> i64
        %v2656 = arith.addi %v1566, %v2468 : i64
        %v2657 = arith.cmpi slt, %v2656, %size_L : i64
        %v2658 = arith.subi %size_L, %v1 : i64
        %v2659 = arith.minsi %v2656, %v2658 : i64
        %v2660 = arith.addi %v2655, %v2659 : i64
        %v2661 = arith.muli %v2653, %v78 : i64
        %v2662 = arith.addi %v2661, %v2468 : i64
        %v2663 = llvm.getelementptr %in_g_o[%v2660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2664 = llvm.load %v2663 : !llvm.ptr -> f32
        %v2665 = arith.addi %v2467, %v277 : i64
        %v2666 = arith.constant true
        %v2667 = arith.addi %v1064, %v2665 : i64
        %v2668 = llvm.getelementptr %v5[%v2667] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2669 = llvm.load %v2668 : !llvm.ptr<3> -> i64
        %v2670 = arith.addi %v1566, %v2468 : i64
        %v2671 = arith.cmpi slt, %v2670, %size_L : i64
        %v2672 = arith.subi %size_L, %v1 : i64
        %v2673 = arith.minsi %v2670, %v2672 : i64
        %v2674 = arith.addi %v2669, %v2673 : i64
        %v2675 = arith.muli %v2667, %v78 : i64
        %v2676 = arith.addi %v2675, %v2468 : i64
        %v2677 = llvm.getelementptr %in_g_o[%v2674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2678 = llvm.load %v2677 : !llvm.ptr -> f32
        %v2679 = arith.addi %v2467, %v292 : i64
        %v2680 = arith.constant true
        %v2681 = arith.addi %v1064, %v2679 : i64
        %v2682 = llvm.getelementptr %v5[%v2681] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2683 = llvm.load %v2682 : !llvm.ptr<3> -> i64
        %v2684 = arith.addi %v1566, %v2468 : i64
        %v2685 = arith.cmpi slt, %v2684, %size_L : i64
        %v2686 = arith.subi %size_L, %v1 : i64
        %v2687 = arith.minsi %v2684, %v2686 : i64
        %v2688 = arith.addi %v2683, %v2687 : i64
        %v2689 = arith.muli %v2681, %v78 : i64
        %v2690 = arith.addi %v2689, %v2468 : i64
        %v2691 = llvm.getelementptr %in_g_o[%v2688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2692 = llvm.load %v2691 : !llvm.ptr -> f32
        %v2693 = arith.addi %v2467, %v65 : i64
        %v2694 = arith.constant true
        %v2695 = arith.addi %v1064, %v2693 : i64
        %v2696 = llvm.getelementptr %v5[%v2695] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2697 = llvm.load %v2696 : !llvm.ptr<3> -> i64
        %v2698 = arith.addi %v1566, %v2468 : i64
        %v2699 = arith.cmpi slt, %v2698, %size_L : i64
        %v2700 = arith.subi %size_L, %v1 : i64
        %v2701 = arith.minsi %v2698, %v2700 : i64
        %v2702 = arith.addi %v2697, %v2701 : i64
        %v2703 = arith.muli %v2695, %v78 : i64
        %v2704 = arith.addi %v2703, %v2468 : i64
        %v2705 = llvm.getelementptr %in_g_o[%v2702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2706 = llvm.load %v2705 : !llvm.ptr -> f32
        %v2707 = arith.addi %v2467, %v321 : i64
        %v2708 = arith.constant true
        %v2709 = arith.addi %v1064, %v2707 : i64
        %v2710 = llvm.getelementptr %v5[%v2709] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2711 = llvm.load %v2710 : !llvm.ptr<3> -> i64
        %v2712 = arith.addi %v1566, %v2468 : i64
        %v2713 = arith.cmpi slt, %v2712, %size_L : i64
        %v2714 = arith.subi %size_L, %v1 : i64
        %v2715 = arith.minsi %v2712, %v2714 : i64
        %v2716 = arith.addi %v2711, %v2715 : i64
        %v2717 = arith.muli %v2709, %v78 : i64
        %v2718 = arith.addi %v2717, %v2468 : i64
        %v2719 = llvm.getelementptr %in_g_o[%v2716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2720 = llvm.load %v2719 : !llvm.ptr -> f32
        %v2721 = arith.addi %v2467, %v336 : i64
        %v2722 = arith.constant true
        %v2723 = arith.addi %v1064, %v2721 : i64
        %v2724 = llvm.getelementptr %v5[%v2723] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2725 = llvm.load %v2724 : !llvm.ptr<3> -> i64
        %v2726 = arith.addi %v1566, %v2468 : i64
        %v2727 = arith.cmpi slt, %v2726, %size_L : i64
        %v2728 = arith.subi %size_L, %v1 : i64
        %v2729 = arith.minsi %v2726, %v2728 : i64
        %v2730 = arith.addi %v2725, %v2729 : i64
        %v2731 = arith.muli %v2723, %v78 : i64
        %v2732 = arith.addi %v2731, %v2468 : i64
        %v2733 = llvm.getelementptr %in_g_o[%v2730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2734 = llvm.load %v2733 : !llvm.ptr -> f32
        %v2735 = arith.addi %v2467, %v351 : i64
        %v2736 = arith.constant true
        %v2737 = arith.addi %v1064, %v2735 : i64
        %v2738 = llvm.getelementptr %v5[%v2737] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2739 = llvm.load %v2738 : !llvm.ptr<3> -> i64
        %v2740 = arith.addi %v1566, %v2468 : i64
        %v2741 = arith.cmpi slt, %v2740, %size_L : i64
        %v2742 = arith.subi %size_L, %v1 : i64
        %v2743 = arith.minsi %v2740, %v2742 : i64
        %v2744 = arith.addi %v2739, %v2743 : i64
        %v2745 = arith.muli %v2737, %v78 : i64
        %v2746 = arith.addi %v2745, %v2468 : i64
        %v2747 = llvm.getelementptr %in_g_o[%v2744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2748 = llvm.load %v2747 : !llvm.ptr -> f32
        %v2749 = arith.addi %v2467, %v366 : i64
        %v2750 = arith.constant true
        %v2751 = arith.addi %v1064, %v2749 : i64
        %v2752 = llvm.getelementptr %v5[%v2751] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2753 = llvm.load %v2752 : !llvm.ptr<3> -> i64
        %v2754 = arith.addi %v1566, %v2468 : i64
        %v2755 = arith.cmpi slt, %v2754, %size_L : i64
        %v2756 = arith.subi %size_L, %v1 : i64
        %v2757 = arith.minsi %v2754, %v2756 : i64
        %v2758 = arith.addi %v2753, %v2757 : i64
        %v2759 = arith.muli %v2751, %v78 : i64
        %v2760 = arith.addi %v2759, %v2468 : i64
        %v2761 = llvm.getelementptr %in_g_o[%v2758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2762 = llvm.load %v2761 : !llvm.ptr -> f32
        %v2763 = arith.addi %v2467, %v381 : i64
        %v2764 = arith.constant true
        %v2765 = arith.addi %v1064, %v2763 : i64
        %v2766 = llvm.getelementptr %v5[%v2765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2767 = llvm.load %v2766 : !llvm.ptr<3> -> i64
        %v2768 = arith.addi %v1566, %v2468 : i64
        %v2769 = arith.cmpi slt, %v2768, %size_L : i64
        %v2770 = arith.subi %size_L, %v1 : i64
        %v2771 = arith.minsi %v2768, %v2770 : i64
        %v2772 = arith.addi %v2767, %v2771 : i64
        %v2773 = arith.muli %v2765, %v78 : i64
        %v2774 = arith.addi %v2773, %v2468 : i64
        %v2775 = llvm.getelementptr %in_g_o[%v2772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2776 = llvm.load %v2775 : !llvm.ptr -> f32
        %v2777 = arith.addi %v2467, %v396 : i64
        %v2778 = arith.constant true
        %v2779 = arith.addi %v1064, %v2777 : i64
        %v2780 = llvm.getelementptr %v5[%v2779] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2781 = llvm.load %v2780 : !llvm.ptr<3> -> i64
        %v2782 = arith.addi %v1566, %v2468 : i64
        %v2783 = arith.cmpi slt, %v2782, %size_L : i64
        %v2784 = arith.subi %size_L, %v1 : i64
        %v2785 = arith.minsi %v2782, %v2784 : i64
        %v2786 = arith.addi %v2781, %v2785 : i64
        %v2787 = arith.muli %v2779, %v78 : i64
        %v2788 = arith.addi %v2787, %v2468 : i64
        %v2789 = llvm.getelementptr %in_g_o[%v2786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2790 = llvm.load %v2789 : !llvm.ptr -> f32
        %v2791 = arith.addi %v2467, %v411 : i64
        %v2792 = arith.constant true
        %v2793 = arith.addi %v1064, %v2791 : i64
        %v2794 = llvm.getelementptr %v5[%v2793] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2795 = llvm.load %v2794 : !llvm.ptr<3> -> i64
        %v2796 = arith.addi %v1566, %v2468 : i64
        %v2797 = arith.cmpi slt, %v2796, %size_L : i64
        %v2798 = arith.subi %size_L, %v1 : i64
        %v2799 = arith.minsi %v2796, %v2798 : i64
        %v2800 = arith.addi %v2795, %v2799 : i64
        %v2801 = arith.muli %v2793, %v78 : i64
        %v2802 = arith.addi %v2801, %v2468 : i64
        %v2803 = llvm.getelementptr %in_g_o[%v2800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2804 = llvm.load %v2803 : !llvm.ptr -> f32
        %v2805 = arith.addi %v2467, %v426 : i64
        %v2806 = arith.constant true
        %v2807 = arith.addi %v1064, %v2805 : i64
        %v2808 = llvm.getelementptr %v5[%v2807] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2809 = llvm.load %v2808 : !llvm.ptr<3> -> i64
        %v2810 = arith.addi %v1566, %v2468 : i64
        %v2811 = arith.cmpi slt, %v2810, %size_L : i64
        %v2812 = arith.subi %size_L, %v1 : i64
        %v2813 = arith.minsi %v2810, %v2812 : i64
        %v2814 = arith.addi %v2809, %v2813 : i64
        %v2815 = arith.muli %v2807, %v78 : i64
        %v2816 = arith.addi %v2815, %v2468 : i64
        %v2817 = llvm.getelementptr %in_g_o[%v2814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2818 = llvm.load %v2817 : !llvm.ptr -> f32
        %v2819 = arith.addi %v2467, %v441 : i64
        %v2820 = arith.constant true
        %v2821 = arith.addi %v1064, %v2819 : i64
        %v2822 = llvm.getelementptr %v5[%v2821] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2823 = llvm.load %v2822 : !llvm.ptr<3> -> i64
        %v2824 = arith.addi %v1566, %v2468 : i64
        %v2825 = arith.cmpi slt, %v2824, %size_L : i64
        %v2826 = arith.subi %size_L, %v1 : i64
        %v2827 = arith.minsi %v2824, %v2826 : i64
        %v2828 = arith.addi %v2823, %v2827 : i64
        %v2829 = arith.muli %v2821, %v78 : i64
        %v2830 = arith.addi %v2829, %v2468 : i64
        %v2831 = llvm.getelementptr %in_g_o[%v2828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2832 = llvm.load %v2831 : !llvm.ptr -> f32
        %v2833 = arith.addi %v2467, %v456 : i64
        %v2834 = arith.constant true
        %v2835 = arith.addi %v1064, %v2833 : i64
        %v2836 = llvm.getelementptr %v5[%v2835] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2837 = llvm.load %v2836 : !llvm.ptr<3> -> i64
        %v2838 = arith.addi %v1566, %v2468 : i64
        %v2839 = arith.cmpi slt, %v2838, %size_L : i64
        %v2840 = arith.subi %size_L, %v1 : i64
        %v2841 = arith.minsi %v2838, %v2840 : i64
        %v2842 = arith.addi %v2837, %v2841 : i64
        %v2843 = arith.muli %v2835, %v78 : i64
        %v2844 = arith.addi %v2843, %v2468 : i64
        %v2845 = llvm.getelementptr %in_g_o[%v2842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2846 = llvm.load %v2845 : !llvm.ptr -> f32
        %v2847 = arith.addi %v2467, %v471 : i64
        %v2848 = arith.constant true
        %v2849 = arith.addi %v1064, %v2847 : i64
        %v2850 = llvm.getelementptr %v5[%v2849] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2851 = llvm.load %v2850 : !llvm.ptr<3> -> i64
        %v2852 = arith.addi %v1566, %v2468 : i64
        %v2853 = arith.cmpi slt, %v2852, %size_L : i64
        %v2854 = arith.subi %size_L, %v1 : i64
        %v2855 = arith.minsi %v2852, %v2854 : i64
        %v2856 = arith.addi %v2851, %v2855 : i64
        %v2857 = arith.muli %v2849, %v78 : i64
        %v2858 = arith.addi %v2857, %v2468 : i64
        %v2859 = llvm.getelementptr %in_g_o[%v2856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2860 = llvm.load %v2859 : !llvm.ptr -> f32
        %v2861 = arith.addi %v2467, %v486 : i64
        %v2862 = arith.constant true
        %v2863 = arith.addi %v1064, %v2861 : i64
        %v2864 = llvm.getelementptr %v5[%v2863] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2865 = llvm.load %v2864 : !llvm.ptr<3> -> i64
        %v2866 = arith.addi %v1566, %v2468 : i64
        %v2867 = arith.cmpi slt, %v2866, %size_L : i64
        %v2868 = arith.subi %size_L, %v1 : i64
        %v2869 = arith.minsi %v2866, %v2868 : i64
        %v2870 = arith.addi %v2865, %v2869 : i64
        %v2871 = arith.muli %v2863, %v78 : i64
        %v2872 = arith.addi %v2871, %v2468 : i64
        %v2873 = llvm.getelementptr %in_g_o[%v2870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2874 = llvm.load %v2873 : !llvm.ptr -> f32
        %v2875 = arith.addi %v2467, %v501 : i64
        %v2876 = arith.constant true
        %v2877 = arith.addi %v1064, %v2875 : i64
        %v2878 = llvm.getelementptr %v5[%v2877] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2879 = llvm.load %v2878 : !llvm.ptr<3> -> i64
        %v2880 = arith.addi %v1566, %v2468 : i64
        %v2881 = arith.cmpi slt, %v2880, %size_L : i64
        %v2882 = arith.subi %size_L, %v1 : i64
        %v2883 = arith.minsi %v2880, %v2882 : i64
        %v2884 = arith.addi %v2879, %v2883 : i64
        %v2885 = arith.muli %v2877, %v78 : i64
        %v2886 = arith.addi %v2885, %v2468 : i64
        %v2887 = llvm.getelementptr %in_g_o[%v2884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2888 = llvm.load %v2887 : !llvm.ptr -> f32
        %v2889 = arith.addi %v2467, %v516 : i64
        %v2890 = arith.constant true
        %v2891 = arith.addi %v1064, %v2889 : i64
        %v2892 = llvm.getelementptr %v5[%v2891] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2893 = llvm.load %v2892 : !llvm.ptr<3> -> i64
        %v2894 = arith.addi %v1566, %v2468 : i64
        %v2895 = arith.cmpi slt, %v2894, %size_L : i64
        %v2896 = arith.subi %size_L, %v1 : i64
        %v2897 = arith.minsi %v2894, %v2896 : i64
        %v2898 = arith.addi %v2893, %v2897 : i64
        %v2899 = arith.muli %v2891, %v78 : i64
        %v2900 = arith.addi %v2899, %v2468 : i64
        %v2901 = llvm.getelementptr %in_g_o[%v2898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2902 = llvm.load %v2901 : !llvm.ptr -> f32
        %v2903 = arith.addi %v2467, %v531 : i64
        %v2904 = arith.constant true
        %v2905 = arith.addi %v1064, %v2903 : i64
        %v2906 = llvm.getelementptr %v5[%v2905] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2907 = llvm.load %v2906 : !llvm.ptr<3> -> i64
        %v2908 = arith.addi %v1566, %v2468 : i64
        %v2909 = arith.cmpi slt, %v2908, %size_L : i64
        %v2910 = arith.subi %size_L, %v1 : i64
        %v2911 = arith.minsi %v2908, %v2910 : i64
        %v2912 = arith.addi %v2907, %v2911 : i64
        %v2913 = arith.muli %v2905, %v78 : i64
        %v2914 = arith.addi %v2913, %v2468 : i64
        %v2915 = llvm.getelementptr %in_g_o[%v2912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2916 = llvm.load %v2915 : !llvm.ptr -> f32
        %v2917 = arith.index_cast %v25 : i64 to index
        %v2918 = arith.index_cast %v1565 : i64 to index
        %v2919 = arith.index_cast %v1 : i64 to index
        scf.for %v2920 = %v2917 to %v2918 step %v2919 {
          %v2921 = arith.index_cast %v2920 : index to i64
          %v2922 = arith.addi %v1547, %v2921 : i64
          %v2928 = arith.muli %v25, %v15 : i64
          %v2929 = arith.addi %v2928, %v13 : i64
          %v2930 = arith.muli %v2929, %v78 : i64
          %v2931 = arith.addi %v2930, %v2921 : i64
          %v2932 = llvm.getelementptr %v6[%v2931] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2933 = llvm.load %v2932 : !llvm.ptr<3> -> f32
          %v2934 = arith.negf %v2933 : f32
          %v2936 = arith.mulf %v2934, %v2935 fastmath<contract> : f32
          %v2937 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2936) : (f32) -> f32
          %v2938 = arith.addf %v2926, %v2937 fastmath<contract> : f32
          %v2939 = arith.divf %v2926, %v2938 : f32
          %v2940 = arith.mulf %v2927, %v2939 fastmath<contract> : f32
          %v2941 = arith.addf %v2925, %v2940 fastmath<contract> : f32
          %v2942 = arith.subf %v2926, %v2941 fastmath<contract> : f32
          %v2943 = arith.muli %v1, %v15 : i64
          %v2944 = arith.addi %v2943, %v13 : i64
          %v2945 = arith.muli %v2944, %v78 : i64
          %v2946 = arith.addi %v2945, %v2921 : i64
          %v2947 = llvm.getelementptr %v6[%v2946] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2948 = llvm.load %v2947 : !llvm.ptr<3> -> f32
          %v2949 = arith.negf %v2948 : f32
          %v2950 = arith.mulf %v2949, %v2935 fastmath<contract> : f32
          %v2951 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2950) : (f32) -> f32
          %v2952 = arith.addf %v2926, %v2951 fastmath<contract> : f32
          %v2953 = arith.divf %v2926, %v2952 : f32
          %v2954 = arith.mulf %v2948, %v2953 fastmath<contract> : f32
          %v2955 = arith.mulf %v2942, %v2954 fastmath<contract> : f32
          %v2956 = llvm.load %v4 : !llvm.ptr -> f32
          %v2957 = arith.mulf %v2941, %v2956 fastmath<contract> : f32
          %v2958 = arith.addf %v2957, %v2955 fastmath<contract> : f32
          llvm.store %v2958, %v4 : f32, !llvm.ptr
          %v2959 = llvm.load %v4 : !llvm.ptr -> f32
          %v2960 = arith.muli %v49, %v15 : i64
          %v2961 = arith.addi %v2960, %v13 : i64
          %v2962 = arith.muli %v2961, %v78 : i64
          %v2963 = arith.addi %v2962, %v2921 : i64
          %v2964 = llvm.getelementptr %v6[%v2963] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2965 = llvm.load %v2964 : !llvm.ptr<3> -> f32
          %v2966 = arith.negf %v2965 : f32
          %v2967 = arith.mulf %v2966, %v2935 fastmath<contract> : f32
          %v2968 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2967) : (f32) -> f32
          %v2969 = arith.addf %v2926, %v2968 fastmath<contract> : f32
          %v2970 = arith.divf %v2926, %v2969 : f32
          %v2971 = arith.mulf %v2959, %v2970 fastmath<contract> : f32
          %v2972 = arith.muli %v60, %v15 : i64
          %v2973 = arith.addi %v2972, %v13 : i64
          %v2974 = arith.muli %v2973, %v78 : i64
          %v2975 = arith.addi %v2974, %v2921 : i64
          %v2976 = llvm.getelementptr %v6[%v2975] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2971, %v2976 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v2977 = arith.addi %v25, %v13 : i64
        %v2978 = arith.divui %v2977, %v65 : i64
        %v2979 = arith.remui %v2977, %v65 : i64
        %v2980 = arith.addi %v25, %v2978 : i64
        %v2981 = arith.muli %v2980, %v78 : i64
        %v2982 = arith.addi %v2981, %v2979 : i64
        %v2983 = llvm.getelementptr %v6[%v2982] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1582, %v2983 : f32, !llvm.ptr<3>
        %v2984 = arith.addi %v15, %v13 : i64
        %v2985 = arith.divui %v2984, %v65 : i64
        %v2986 = arith.remui %v2984, %v65 : i64
        %v2987 = arith.addi %v25, %v2985 : i64
        %v2988 = arith.muli %v2987, %v78 : i64
        %v2989 = arith.addi %v2988, %v2986 : i64
        %v2990 = llvm.getelementptr %v6[%v2989] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1596, %v2990 : f32, !llvm.ptr<3>
        %v2991 = arith.addi %v1064, %v13 : i64
        %v2992 = arith.divui %v2991, %v65 : i64
        %v2993 = arith.remui %v2991, %v65 : i64
        %v2994 = arith.addi %v25, %v2992 : i64
        %v2995 = arith.muli %v2994, %v78 : i64
        %v2996 = arith.addi %v2995, %v2993 : i64
        %v2997 = llvm.getelementptr %v6[%v2996] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1610, %v2997 : f32, !llvm.ptr<3>
        %v2999 = arith.addi %v2998, %v13 : i64
        %v3000 = arith.divui %v2999, %v65 : i64
        %v3001 = arith.remui %v2999, %v65 : i64
        %v3002 = arith.addi %v25, %v3000 : i64
        %v3003 = arith.muli %v3002, %v78 : i64
        %v3004 = arith.addi %v3003, %v3001 : i64
        %v3005 = llvm.getelementptr %v6[%v3004] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1624, %v3005 : f32, !llvm.ptr<3>
        %v3006 = arith.addi %v9, %v13 : i64
        %v3007 = arith.divui %v3006, %v65 : i64
        %v3008 = arith.remui %v3006, %v65 : i64
        %v3009 = arith.addi %v25, %v3007 : i64
        %v3010 = arith.muli %v3009, %v78 : i64
        %v3011 = arith.addi %v3010, %v3008 : i64
        %v3012 = llvm.getelementptr %v6[%v3011] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1638, %v3012 : f32, !llvm.ptr<3>
        %v3014 = arith.addi %v3013, %v13 : i64
        %v3015 = arith.divui %v3014, %v65 : i64
        %v3016 = arith.remui %v3014, %v65 : i64
        %v3017 = arith.addi %v25, %v3015 : i64
        %v3018 = arith.muli %v3017, %v78 : i64
        %v3019 = arith.addi %v3018, %v3016 : i64
        %v3020 = llvm.getelementptr %v6[%v3019] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1652, %v3020 : f32, !llvm.ptr<3>
        %v3022 = arith.addi %v3021, %v13 : i64
        %v3023 = arith.divui %v3022, %v65 : i64
        %v3024 = arith.remui %v3022, %v65 : i64
        %v3025 = arith.addi %v25, %v3023 : i64
        %v3026 = arith.muli %v3025, %v78 : i64
        %v3027 = arith.addi %v3026, %v3024 : i64
        %v3028 = llvm.getelementptr %v6[%v3027] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1666, %v3028 : f32, !llvm.ptr<3>
        %v3030 = arith.addi %v3029, %v13 : i64
        %v3031 = arith.divui %v3030, %v65 : i64
        %v3032 = arith.remui %v3030, %v65 : i64
        %v3033 = arith.addi %v25, %v3031 : i64
        %v3034 = arith.muli %v3033, %v78 : i64
        %v3035 = arith.addi %v3034, %v3032 : i64
        %v3036 = llvm.getelementptr %v6[%v3035] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1680, %v3036 : f32, !llvm.ptr<3>
        %v3038 = arith.addi %v3037, %v13 : i64
        %v3039 = arith.divui %v3038, %v65 : i64
        %v3040 = arith.remui %v3038, %v65 : i64
        %v3041 = arith.addi %v25, %v3039 : i64
        %v3042 = arith.muli %v3041, %v78 : i64
        %v3043 = arith.addi %v3042, %v3040 : i64
        %v3044 = llvm.getelementptr %v6[%v3043] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1694, %v3044 : f32, !llvm.ptr<3>
        %v3046 = arith.addi %v3045, %v13 : i64
        %v3047 = arith.divui %v3046, %v65 : i64
        %v3048 = arith.remui %v3046, %v65 : i64
        %v3049 = arith.addi %v25, %v3047 : i64
        %v3050 = arith.muli %v3049, %v78 : i64
        %v3051 = arith.addi %v3050, %v3048 : i64
        %v3052 = llvm.getelementptr %v6[%v3051] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1708, %v3052 : f32, !llvm.ptr<3>
        %v3054 = arith.addi %v3053, %v13 : i64
        %v3055 = arith.divui %v3054, %v65 : i64
        %v3056 = arith.remui %v3054, %v65 : i64
        %v3057 = arith.addi %v25, %v3055 : i64
        %v3058 = arith.muli %v3057, %v78 : i64
        %v3059 = arith.addi %v3058, %v3056 : i64
        %v3060 = llvm.getelementptr %v6[%v3059] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1722, %v3060 : f32, !llvm.ptr<3>
        %v3062 = arith.addi %v3061, %v13 : i64
        %v3063 = arith.divui %v3062, %v65 : i64
        %v3064 = arith.remui %v3062, %v65 : i64
        %v3065 = arith.addi %v25, %v3063 : i64
        %v3066 = arith.muli %v3065, %v78 : i64
        %v3067 = arith.addi %v3066, %v3064 : i64
        %v3068 = llvm.getelementptr %v6[%v3067] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1736, %v3068 : f32, !llvm.ptr<3>
        %v3070 = arith.addi %v3069, %v13 : i64
        %v3071 = arith.divui %v3070, %v65 : i64
        %v3072 = arith.remui %v3070, %v65 : i64
        %v3073 = arith.addi %v25, %v3071 : i64
        %v3074 = arith.muli %v3073, %v78 : i64
        %v3075 = arith.addi %v3074, %v3072 : i64
        %v3076 = llvm.getelementptr %v6[%v3075] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1750, %v3076 : f32, !llvm.ptr<3>
        %v3078 = arith.addi %v3077, %v13 : i64
        %v3079 = arith.divui %v3078, %v65 : i64
        %v3080 = arith.remui %v3078, %v65 : i64
        %v3081 = arith.addi %v25, %v3079 : i64
        %v3082 = arith.muli %v3081, %v78 : i64
        %v3083 = arith.addi %v3082, %v3080 : i64
        %v3084 = llvm.getelementptr %v6[%v3083] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1764, %v3084 : f32, !llvm.ptr<3>
        %v3086 = arith.addi %v3085, %v13 : i64
        %v3087 = arith.divui %v3086, %v65 : i64
        %v3088 = arith.remui %v3086, %v65 : i64
        %v3089 = arith.addi %v25, %v3087 : i64
        %v3090 = arith.muli %v3089, %v78 : i64
        %v3091 = arith.addi %v3090, %v3088 : i64
        %v3092 = llvm.getelementptr %v6[%v3091] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1778, %v3092 : f32, !llvm.ptr<3>
        %v3094 = arith.addi %v3093, %v13 : i64
        %v3095 = arith.divui %v3094, %v65 : i64
        %v3096 = arith.remui %v3094, %v65 : i64
        %v3097 = arith.addi %v25, %v3095 : i64
        %v3098 = arith.muli %v3097, %v78 : i64
        %v3099 = arith.addi %v3098, %v3096 : i64
        %v3100 = llvm.getelementptr %v6[%v3099] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1792, %v3100 : f32, !llvm.ptr<3>
        %v3102 = arith.addi %v3101, %v13 : i64
        %v3103 = arith.divui %v3102, %v65 : i64
        %v3104 = arith.remui %v3102, %v65 : i64
        %v3105 = arith.addi %v25, %v3103 : i64
        %v3106 = arith.muli %v3105, %v78 : i64
        %v3107 = arith.addi %v3106, %v3104 : i64
        %v3108 = llvm.getelementptr %v6[%v3107] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1806, %v3108 : f32, !llvm.ptr<3>
        %v3110 = arith.addi %v3109, %v13 : i64
        %v3111 = arith.divui %v3110, %v65 : i64
        %v3112 = arith.remui %v3110, %v65 : i64
        %v3113 = arith.addi %v25, %v3111 : i64
        %v3114 = arith.muli %v3113, %v78 : i64
        %v3115 = arith.addi %v3114, %v3112 : i64
        %v3116 = llvm.getelementptr %v6[%v3115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1820, %v3116 : f32, !llvm.ptr<3>
        %v3118 = arith.addi %v3117, %v13 : i64
        %v3119 = arith.divui %v3118, %v65 : i64
        %v3120 = arith.remui %v3118, %v65 : i64
        %v3121 = arith.addi %v25, %v3119 : i64
        %v3122 = arith.muli %v3121, %v78 : i64
        %v3123 = arith.addi %v3122, %v3120 : i64
        %v3124 = llvm.getelementptr %v6[%v3123] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1834, %v3124 : f32, !llvm.ptr<3>
        %v3126 = arith.addi %v3125, %v13 : i64
        %v3127 = arith.divui %v3126, %v65 : i64
        %v3128 = arith.remui %v3126, %v65 : i64
        %v3129 = arith.addi %v25, %v3127 : i64
        %v3130 = arith.muli %v3129, %v78 : i64
        %v3131 = arith.addi %v3130, %v3128 : i64
        %v3132 = llvm.getelementptr %v6[%v3131] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1848, %v3132 : f32, !llvm.ptr<3>
        %v3134 = arith.addi %v3133, %v13 : i64
        %v3135 = arith.divui %v3134, %v65 : i64
        %v3136 = arith.remui %v3134, %v65 : i64
        %v3137 = arith.addi %v25, %v3135 : i64
        %v3138 = arith.muli %v3137, %v78 : i64
        %v3139 = arith.addi %v3138, %v3136 : i64
        %v3140 = llvm.getelementptr %v6[%v3139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1862, %v3140 : f32, !llvm.ptr<3>
        %v3142 = arith.addi %v3141, %v13 : i64
        %v3143 = arith.divui %v3142, %v65 : i64
        %v3144 = arith.remui %v3142, %v65 : i64
        %v3145 = arith.addi %v25, %v3143 : i64
        %v3146 = arith.muli %v3145, %v78 : i64
        %v3147 = arith.addi %v3146, %v3144 : i64
        %v3148 = llvm.getelementptr %v6[%v3147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1876, %v3148 : f32, !llvm.ptr<3>
        %v3150 = arith.addi %v3149, %v13 : i64
        %v3151 = arith.divui %v3150, %v65 : i64
        %v3152 = arith.remui %v3150, %v65 : i64
        %v3153 = arith.addi %v25, %v3151 : i64
        %v3154 = arith.muli %v3153, %v78 : i64
        %v3155 = arith.addi %v3154, %v3152 : i64
        %v3156 = llvm.getelementptr %v6[%v3155] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1890, %v3156 : f32, !llvm.ptr<3>
        %v3158 = arith.addi %v3157, %v13 : i64
        %v3159 = arith.divui %v3158, %v65 : i64
        %v3160 = arith.remui %v3158, %v65 : i64
        %v3161 = arith.addi %v25, %v3159 : i64
        %v3162 = arith.muli %v3161, %v78 : i64
        %v3163 = arith.addi %v3162, %v3160 : i64
        %v3164 = llvm.getelementptr %v6[%v3163] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1904, %v3164 : f32, !llvm.ptr<3>
        %v3166 = arith.addi %v3165, %v13 : i64
        %v3167 = arith.divui %v3166, %v65 : i64
        %v3168 = arith.remui %v3166, %v65 : i64
        %v3169 = arith.addi %v25, %v3167 : i64
        %v3170 = arith.muli %v3169, %v78 : i64
        %v3171 = arith.addi %v3170, %v3168 : i64
        %v3172 = llvm.getelementptr %v6[%v3171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1918, %v3172 : f32, !llvm.ptr<3>
        %v3174 = arith.addi %v3173, %v13 : i64
        %v3175 = arith.divui %v3174, %v65 : i64
        %v3176 = arith.remui %v3174, %v65 : i64
        %v3177 = arith.addi %v25, %v3175 : i64
        %v3178 = arith.muli %v3177, %v78 : i64
        %v3179 = arith.addi %v3178, %v3176 : i64
        %v3180 = llvm.getelementptr %v6[%v3179] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1932, %v3180 : f32, !llvm.ptr<3>
        %v3182 = arith.addi %v3181, %v13 : i64
        %v3183 = arith.divui %v3182, %v65 : i64
        %v3184 = arith.remui %v3182, %v65 : i64
        %v3185 = arith.addi %v25, %v3183 : i64
        %v3186 = arith.muli %v3185, %v78 : i64
        %v3187 = arith.addi %v3186, %v3184 : i64
        %v3188 = llvm.getelementptr %v6[%v3187] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1946, %v3188 : f32, !llvm.ptr<3>
        %v3190 = arith.addi %v3189, %v13 : i64
        %v3191 = arith.divui %v3190, %v65 : i64
        %v3192 = arith.remui %v3190, %v65 : i64
        %v3193 = arith.addi %v25, %v3191 : i64
        %v3194 = arith.muli %v3193, %v78 : i64
        %v3195 = arith.addi %v3194, %v3192 : i64
        %v3196 = llvm.getelementptr %v6[%v3195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1960, %v3196 : f32, !llvm.ptr<3>
        %v3198 = arith.addi %v3197, %v13 : i64
        %v3199 = arith.divui %v3198, %v65 : i64
        %v3200 = arith.remui %v3198, %v65 : i64
        %v3201 = arith.addi %v25, %v3199 : i64
        %v3202 = arith.muli %v3201, %v78 : i64
        %v3203 = arith.addi %v3202, %v3200 : i64
        %v3204 = llvm.getelementptr %v6[%v3203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1974, %v3204 : f32, !llvm.ptr<3>
        %v3206 = arith.addi %v3205, %v13 : i64
        %v3207 = arith.divui %v3206, %v65 : i64
        %v3208 = arith.remui %v3206, %v65 : i64
        %v3209 = arith.addi %v25, %v3207 : i64
        %v3210 = arith.muli %v3209, %v78 : i64
        %v3211 = arith.addi %v3210, %v3208 : i64
        %v3212 = llvm.getelementptr %v6[%v3211] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1988, %v3212 : f32, !llvm.ptr<3>
        %v3214 = arith.addi %v3213, %v13 : i64
        %v3215 = arith.divui %v3214, %v65 : i64
        %v3216 = arith.remui %v3214, %v65 : i64
        %v3217 = arith.addi %v25, %v3215 : i64
        %v3218 = arith.muli %v3217, %v78 : i64
        %v3219 = arith.addi %v3218, %v3216 : i64
        %v3220 = llvm.getelementptr %v6[%v3219] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2002, %v3220 : f32, !llvm.ptr<3>
        %v3222 = arith.addi %v3221, %v13 : i64
        %v3223 = arith.divui %v3222, %v65 : i64
        %v3224 = arith.remui %v3222, %v65 : i64
        %v3225 = arith.addi %v25, %v3223 : i64
        %v3226 = arith.muli %v3225, %v78 : i64
        %v3227 = arith.addi %v3226, %v3224 : i64
        %v3228 = llvm.getelementptr %v6[%v3227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2016, %v3228 : f32, !llvm.ptr<3>
        %v3229 = arith.addi %v25, %v13 : i64
        %v3230 = arith.divui %v3229, %v65 : i64
        %v3231 = arith.remui %v3229, %v65 : i64
        %v3232 = arith.addi %v15, %v3230 : i64
        %v3233 = arith.muli %v3232, %v78 : i64
        %v3234 = arith.addi %v3233, %v3231 : i64
        %v3235 = llvm.getelementptr %v6[%v3234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2032, %v3235 : f32, !llvm.ptr<3>
        %v3236 = arith.addi %v15, %v13 : i64
        %v3237 = arith.divui %v3236, %v65 : i64
        %v3238 = arith.remui %v3236, %v65 : i64
        %v3239 = arith.addi %v15, %v3237 : i64
        %v3240 = arith.muli %v3239, %v78 : i64
        %v3241 = arith.addi %v3240, %v3238 : i64
        %v3242 = llvm.getelementptr %v6[%v3241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2046, %v3242 : f32, !llvm.ptr<3>
        %v3243 = arith.addi %v1064, %v13 : i64
        %v3244 = arith.divui %v3243, %v65 : i64
        %v3245 = arith.remui %v3243, %v65 : i64
        %v3246 = arith.addi %v15, %v3244 : i64
        %v3247 = arith.muli %v3246, %v78 : i64
        %v3248 = arith.addi %v3247, %v3245 : i64
        %v3249 = llvm.getelementptr %v6[%v3248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2060, %v3249 : f32, !llvm.ptr<3>
        %v3250 = arith.addi %v2998, %v13 : i64
        %v3251 = arith.divui %v3250, %v65 : i64
        %v3252 = arith.remui %v3250, %v65 : i64
        %v3253 = arith.addi %v15, %v3251 : i64
        %v3254 = arith.muli %v3253, %v78 : i64
        %v3255 = arith.addi %v3254, %v3252 : i64
        %v3256 = llvm.getelementptr %v6[%v3255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2074, %v3256 : f32, !llvm.ptr<3>
        %v3257 = arith.addi %v9, %v13 : i64
        %v3258 = arith.divui %v3257, %v65 : i64
        %v3259 = arith.remui %v3257, %v65 : i64
        %v3260 = arith.addi %v15, %v3258 : i64
        %v3261 = arith.muli %v3260, %v78 : i64
        %v3262 = arith.addi %v3261, %v3259 : i64
        %v3263 = llvm.getelementptr %v6[%v3262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2088, %v3263 : f32, !llvm.ptr<3>
        %v3264 = arith.addi %v3013, %v13 : i64
        %v3265 = arith.divui %v3264, %v65 : i64
        %v3266 = arith.remui %v3264, %v65 : i64
        %v3267 = arith.addi %v15, %v3265 : i64
        %v3268 = arith.muli %v3267, %v78 : i64
        %v3269 = arith.addi %v3268, %v3266 : i64
        %v3270 = llvm.getelementptr %v6[%v3269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2102, %v3270 : f32, !llvm.ptr<3>
        %v3271 = arith.addi %v3021, %v13 : i64
        %v3272 = arith.divui %v3271, %v65 : i64
        %v3273 = arith.remui %v3271, %v65 : i64
        %v3274 = arith.addi %v15, %v3272 : i64
        %v3275 = arith.muli %v3274, %v78 : i64
        %v3276 = arith.addi %v3275, %v3273 : i64
        %v3277 = llvm.getelementptr %v6[%v3276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2116, %v3277 : f32, !llvm.ptr<3>
        %v3278 = arith.addi %v3029, %v13 : i64
        %v3279 = arith.divui %v3278, %v65 : i64
        %v3280 = arith.remui %v3278, %v65 : i64
        %v3281 = arith.addi %v15, %v3279 : i64
        %v3282 = arith.muli %v3281, %v78 : i64
        %v3283 = arith.addi %v3282, %v3280 : i64
        %v3284 = llvm.getelementptr %v6[%v3283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2130, %v3284 : f32, !llvm.ptr<3>
        %v3285 = arith.addi %v3037, %v13 : i64
        %v3286 = arith.divui %v3285, %v65 : i64
        %v3287 = arith.remui %v3285, %v65 : i64
        %v3288 = arith.addi %v15, %v3286 : i64
        %v3289 = arith.muli %v3288, %v78 : i64
        %v3290 = arith.addi %v3289, %v3287 : i64
        %v3291 = llvm.getelementptr %v6[%v3290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2144, %v3291 : f32, !llvm.ptr<3>
        %v3292 = arith.addi %v3045, %v13 : i64
        %v3293 = arith.divui %v3292, %v65 : i64
        %v3294 = arith.remui %v3292, %v65 : i64
        %v3295 = arith.addi %v15, %v3293 : i64
        %v3296 = arith.muli %v3295, %v78 : i64
        %v3297 = arith.addi %v3296, %v3294 : i64
        %v3298 = llvm.getelementptr %v6[%v3297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2158, %v3298 : f32, !llvm.ptr<3>
        %v3299 = arith.addi %v3053, %v13 : i64
        %v3300 = arith.divui %v3299, %v65 : i64
        %v3301 = arith.remui %v3299, %v65 : i64
        %v3302 = arith.addi %v15, %v3300 : i64
        %v3303 = arith.muli %v3302, %v78 : i64
        %v3304 = arith.addi %v3303, %v3301 : i64
        %v3305 = llvm.getelementptr %v6[%v3304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2172, %v3305 : f32, !llvm.ptr<3>
        %v3306 = arith.addi %v3061, %v13 : i64
        %v3307 = arith.divui %v3306, %v65 : i64
        %v3308 = arith.remui %v3306, %v65 : i64
        %v3309 = arith.addi %v15, %v3307 : i64
        %v3310 = arith.muli %v3309, %v78 : i64
        %v3311 = arith.addi %v3310, %v3308 : i64
        %v3312 = llvm.getelementptr %v6[%v3311] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2186, %v3312 : f32, !llvm.ptr<3>
        %v3313 = arith.addi %v3069, %v13 : i64
        %v3314 = arith.divui %v3313, %v65 : i64
        %v3315 = arith.remui %v3313, %v65 : i64
        %v3316 = arith.addi %v15, %v3314 : i64
        %v3317 = arith.muli %v3316, %v78 : i64
        %v3318 = arith.addi %v3317, %v3315 : i64
        %v3319 = llvm.getelementptr %v6[%v3318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2200, %v3319 : f32, !llvm.ptr<3>
        %v3320 = arith.addi %v3077, %v13 : i64
        %v3321 = arith.divui %v3320, %v65 : i64
        %v3322 = arith.remui %v3320, %v65 : i64
        %v3323 = arith.addi %v15, %v3321 : i64
        %v3324 = arith.muli %v3323, %v78 : i64
        %v3325 = arith.addi %v3324, %v3322 : i64
        %v3326 = llvm.getelementptr %v6[%v3325] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2214, %v3326 : f32, !llvm.ptr<3>
        %v3327 = arith.addi %v3085, %v13 : i64
        %v3328 = arith.divui %v3327, %v65 : i64
        %v3329 = arith.remui %v3327, %v65 : i64
        %v3330 = arith.addi %v15, %v3328 : i64
        %v3331 = arith.muli %v3330, %v78 : i64
        %v3332 = arith.addi %v3331, %v3329 : i64
        %v3333 = llvm.getelementptr %v6[%v3332] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2228, %v3333 : f32, !llvm.ptr<3>
        %v3334 = arith.addi %v3093, %v13 : i64
        %v3335 = arith.divui %v3334, %v65 : i64
        %v3336 = arith.remui %v3334, %v65 : i64
        %v3337 = arith.addi %v15, %v3335 : i64
        %v3338 = arith.muli %v3337, %v78 : i64
        %v3339 = arith.addi %v3338, %v3336 : i64
        %v3340 = llvm.getelementptr %v6[%v3339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2242, %v3340 : f32, !llvm.ptr<3>
        %v3341 = arith.addi %v3101, %v13 : i64
        %v3342 = arith.divui %v3341, %v65 : i64
        %v3343 = arith.remui %v3341, %v65 : i64
        %v3344 = arith.addi %v15, %v3342 : i64
        %v3345 = arith.muli %v3344, %v78 : i64
        %v3346 = arith.addi %v3345, %v3343 : i64
        %v3347 = llvm.getelementptr %v6[%v3346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2256, %v3347 : f32, !llvm.ptr<3>
        %v3348 = arith.addi %v3109, %v13 : i64
        %v3349 = arith.divui %v3348, %v65 : i64
        %v3350 = arith.remui %v3348, %v65 : i64
        %v3351 = arith.addi %v15, %v3349 : i64
        %v3352 = arith.muli %v3351, %v78 : i64
        %v3353 = arith.addi %v3352, %v3350 : i64
        %v3354 = llvm.getelementptr %v6[%v3353] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2270, %v3354 : f32, !llvm.ptr<3>
        %v3355 = arith.addi %v3117, %v13 : i64
        %v3356 = arith.divui %v3355, %v65 : i64
        %v3357 = arith.remui %v3355, %v65 : i64
        %v3358 = arith.addi %v15, %v3356 : i64
        %v3359 = arith.muli %v3358, %v78 : i64
        %v3360 = arith.addi %v3359, %v3357 : i64
        %v3361 = llvm.getelementptr %v6[%v3360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2284, %v3361 : f32, !llvm.ptr<3>
        %v3362 = arith.addi %v3125, %v13 : i64
        %v3363 = arith.divui %v3362, %v65 : i64
        %v3364 = arith.remui %v3362, %v65 : i64
        %v3365 = arith.addi %v15, %v3363 : i64
        %v3366 = arith.muli %v3365, %v78 : i64
        %v3367 = arith.addi %v3366, %v3364 : i64
        %v3368 = llvm.getelementptr %v6[%v3367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2298, %v3368 : f32, !llvm.ptr<3>
        %v3369 = arith.addi %v3133, %v13 : i64
        %v3370 = arith.divui %v3369, %v65 : i64
        %v3371 = arith.remui %v3369, %v65 : i64
        %v3372 = arith.addi %v15, %v3370 : i64
        %v3373 = arith.muli %v3372, %v78 : i64
        %v3374 = arith.addi %v3373, %v3371 : i64
        %v3375 = llvm.getelementptr %v6[%v3374] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2312, %v3375 : f32, !llvm.ptr<3>
        %v3376 = arith.addi %v3141, %v13 : i64
        %v3377 = arith.divui %v3376, %v65 : i64
        %v3378 = arith.remui %v3376, %v65 : i64
        %v3379 = arith.addi %v15, %v3377 : i64
        %v3380 = arith.muli %v3379, %v78 : i64
        %v3381 = arith.addi %v3380, %v3378 : i64
        %v3382 = llvm.getelementptr %v6[%v3381] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2326, %v3382 : f32, !llvm.ptr<3>
        %v3383 = arith.addi %v3149, %v13 : i64
        %v3384 = arith.divui %v3383, %v65 : i64
        %v3385 = arith.remui %v3383, %v65 : i64
        %v3386 = arith.addi %v15, %v3384 : i64
        %v3387 = arith.muli %v3386, %v78 : i64
        %v3388 = arith.addi %v3387, %v3385 : i64
        %v3389 = llvm.getelementptr %v6[%v3388] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2340, %v3389 : f32, !llvm.ptr<3>
        %v3390 = arith.addi %v3157, %v13 : i64
        %v3391 = arith.divui %v3390, %v65 : i64
        %v3392 = arith.remui %v3390, %v65 : i64
        %v3393 = arith.addi %v15, %v3391 : i64
        %v3394 = arith.muli %v3393, %v78 : i64
        %v3395 = arith.addi %v3394, %v3392 : i64
        %v3396 = llvm.getelementptr %v6[%v3395] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2354, %v3396 : f32, !llvm.ptr<3>
        %v3397 = arith.addi %v3165, %v13 : i64
        %v3398 = arith.divui %v3397, %v65 : i64
        %v3399 = arith.remui %v3397, %v65 : i64
        %v3400 = arith.addi %v15, %v3398 : i64
        %v3401 = arith.muli %v3400, %v78 : i64
        %v3402 = arith.addi %v3401, %v3399 : i64
        %v3403 = llvm.getelementptr %v6[%v3402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2368, %v3403 : f32, !llvm.ptr<3>
        %v3404 = arith.addi %v3173, %v13 : i64
        %v3405 = arith.divui %v3404, %v65 : i64
        %v3406 = arith.remui %v3404, %v65 : i64
        %v3407 = arith.addi %v15, %v3405 : i64
        %v3408 = arith.muli %v3407, %v78 : i64
        %v3409 = arith.addi %v3408, %v3406 : i64
        %v3410 = llvm.getelementptr %v6[%v3409] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2382, %v3410 : f32, !llvm.ptr<3>
        %v3411 = arith.addi %v3181, %v13 : i64
        %v3412 = arith.divui %v3411, %v65 : i64
        %v3413 = arith.remui %v3411, %v65 : i64
        %v3414 = arith.addi %v15, %v3412 : i64
        %v3415 = arith.muli %v3414, %v78 : i64
        %v3416 = arith.addi %v3415, %v3413 : i64
        %v3417 = llvm.getelementptr %v6[%v3416] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2396, %v3417 : f32, !llvm.ptr<3>
        %v3418 = arith.addi %v3189, %v13 : i64
        %v3419 = arith.divui %v3418, %v65 : i64
        %v3420 = arith.remui %v3418, %v65 : i64
        %v3421 = arith.addi %v15, %v3419 : i64
        %v3422 = arith.muli %v3421, %v78 : i64
        %v3423 = arith.addi %v3422, %v3420 : i64
        %v3424 = llvm.getelementptr %v6[%v3423] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2410, %v3424 : f32, !llvm.ptr<3>
        %v3425 = arith.addi %v3197, %v13 : i64
        %v3426 = arith.divui %v3425, %v65 : i64
        %v3427 = arith.remui %v3425, %v65 : i64
        %v3428 = arith.addi %v15, %v3426 : i64
        %v3429 = arith.muli %v3428, %v78 : i64
        %v3430 = arith.addi %v3429, %v3427 : i64
        %v3431 = llvm.getelementptr %v6[%v3430] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2424, %v3431 : f32, !llvm.ptr<3>
        %v3432 = arith.addi %v3205, %v13 : i64
        %v3433 = arith.divui %v3432, %v65 : i64
        %v3434 = arith.remui %v3432, %v65 : i64
        %v3435 = arith.addi %v15, %v3433 : i64
        %v3436 = arith.muli %v3435, %v78 : i64
        %v3437 = arith.addi %v3436, %v3434 : i64
        %v3438 = llvm.getelementptr %v6[%v3437] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2438, %v3438 : f32, !llvm.ptr<3>
        %v3439 = arith.addi %v3213, %v13 : i64
        %v3440 = arith.divui %v3439, %v65 : i64
        %v3441 = arith.remui %v3439, %v65 : i64
        %v3442 = arith.addi %v15, %v3440 : i64
        %v3443 = arith.muli %v3442, %v78 : i64
        %v3444 = arith.addi %v3443, %v3441 : i64
        %v3445 = llvm.getelementptr %v6[%v3444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2452, %v3445 : f32, !llvm.ptr<3>
        %v3446 = arith.addi %v3221, %v13 : i64
        %v3447 = arith.divui %v3446, %v65 : i64
        %v3448 = arith.remui %v3446, %v65 : i64
        %v3449 = arith.addi %v15, %v3447 : i64
        %v3450 = arith.muli %v3449, %v78 : i64
        %v3451 = arith.addi %v3450, %v3448 : i64
        %v3452 = llvm.getelementptr %v6[%v3451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2466, %v3452 : f32, !llvm.ptr<3>
        %v3453 = arith.addi %v25, %v13 : i64
        %v3454 = arith.divui %v3453, %v65 : i64
        %v3455 = arith.remui %v3453, %v65 : i64
        %v3456 = arith.addi %v1064, %v3454 : i64
        %v3457 = arith.muli %v3456, %v78 : i64
        %v3458 = arith.addi %v3457, %v3455 : i64
        %v3459 = llvm.getelementptr %v6[%v3458] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2482, %v3459 : f32, !llvm.ptr<3>
        %v3460 = arith.addi %v15, %v13 : i64
        %v3461 = arith.divui %v3460, %v65 : i64
        %v3462 = arith.remui %v3460, %v65 : i64
        %v3463 = arith.addi %v1064, %v3461 : i64
        %v3464 = arith.muli %v3463, %v78 : i64
        %v3465 = arith.addi %v3464, %v3462 : i64
        %v3466 = llvm.getelementptr %v6[%v3465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2496, %v3466 : f32, !llvm.ptr<3>
        %v3467 = arith.addi %v1064, %v13 : i64
        %v3468 = arith.divui %v3467, %v65 : i64
        %v3469 = arith.remui %v3467, %v65 : i64
        %v3470 = arith.addi %v1064, %v3468 : i64
        %v3471 = arith.muli %v3470, %v78 : i64
        %v3472 = arith.addi %v3471, %v3469 : i64
        %v3473 = llvm.getelementptr %v6[%v3472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2510, %v3473 : f32, !llvm.ptr<3>
        %v3474 = arith.addi %v2998, %v13 : i64
        %v3475 = arith.divui %v3474, %v65 : i64
        %v3476 = arith.remui %v3474, %v65 : i64
        %v3477 = arith.addi %v1064, %v3475 : i64
        %v3478 = arith.muli %v3477, %v78 : i64
        %v3479 = arith.addi %v3478, %v3476 : i64
        %v3480 = llvm.getelementptr %v6[%v3479] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2524, %v3480 : f32, !llvm.ptr<3>
        %v3481 = arith.addi %v9, %v13 : i64
        %v3482 = arith.divui %v3481, %v65 : i64
        %v3483 = arith.remui %v3481, %v65 : i64
        %v3484 = arith.addi %v1064, %v3482 : i64
        %v3485 = arith.muli %v3484, %v78 : i64
        %v3486 = arith.addi %v3485, %v3483 : i64
        %v3487 = llvm.getelementptr %v6[%v3486] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2538, %v3487 : f32, !llvm.ptr<3>
        %v3488 = arith.addi %v3013, %v13 : i64
        %v3489 = arith.divui %v3488, %v65 : i64
        %v3490 = arith.remui %v3488, %v65 : i64
        %v3491 = arith.addi %v1064, %v3489 : i64
        %v3492 = arith.muli %v3491, %v78 : i64
        %v3493 = arith.addi %v3492, %v3490 : i64
        %v3494 = llvm.getelementptr %v6[%v3493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2552, %v3494 : f32, !llvm.ptr<3>
        %v3495 = arith.addi %v3021, %v13 : i64
        %v3496 = arith.divui %v3495, %v65 : i64
        %v3497 = arith.remui %v3495, %v65 : i64
        %v3498 = arith.addi %v1064, %v3496 : i64
        %v3499 = arith.muli %v3498, %v78 : i64
        %v3500 = arith.addi %v3499, %v3497 : i64
        %v3501 = llvm.getelementptr %v6[%v3500] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2566, %v3501 : f32, !llvm.ptr<3>
        %v3502 = arith.addi %v3029, %v13 : i64
        %v3503 = arith.divui %v3502, %v65 : i64
        %v3504 = arith.remui %v3502, %v65 : i64
        %v3505 = arith.addi %v1064, %v3503 : i64
        %v3506 = arith.muli %v3505, %v78 : i64
        %v3507 = arith.addi %v3506, %v3504 : i64
        %v3508 = llvm.getelementptr %v6[%v3507] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2580, %v3508 : f32, !llvm.ptr<3>
        %v3509 = arith.addi %v3037, %v13 : i64
        %v3510 = arith.divui %v3509, %v65 : i64
        %v3511 = arith.remui %v3509, %v65 : i64
        %v3512 = arith.addi %v1064, %v3510 : i64
        %v3513 = arith.muli %v3512, %v78 : i64
        %v3514 = arith.addi %v3513, %v3511 : i64
        %v3515 = llvm.getelementptr %v6[%v3514] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2594, %v3515 : f32, !llvm.ptr<3>
        %v3516 = arith.addi %v3045, %v13 : i64
        %v3517 = arith.divui %v3516, %v65 : i64
        %v3518 = arith.remui %v3516, %v65 : i64
        %v3519 = arith.addi %v1064, %v3517 : i64
        %v3520 = arith.muli %v3519, %v78 : i64
        %v3521 = arith.addi %v3520, %v3518 : i64
        %v3522 = llvm.getelementptr %v6[%v3521] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2608, %v3522 : f32, !llvm.ptr<3>
        %v3523 = arith.addi %v3053, %v13 : i64
        %v3524 = arith.divui %v3523, %v65 : i64
        %v3525 = arith.remui %v3523, %v65 : i64
        %v3526 = arith.addi %v1064, %v3524 : i64
        %v3527 = arith.muli %v3526, %v78 : i64
        %v3528 = arith.addi %v3527, %v3525 : i64
        %v3529 = llvm.getelementptr %v6[%v3528] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2622, %v3529 : f32, !llvm.ptr<3>
        %v3530 = arith.addi %v3061, %v13 : i64
        %v3531 = arith.divui %v3530, %v65 : i64
        %v3532 = arith.remui %v3530, %v65 : i64
        %v3533 = arith.addi %v1064, %v3531 : i64
        %v3534 = arith.muli %v3533, %v78 : i64
        %v3535 = arith.addi %v3534, %v3532 : i64
        %v3536 = llvm.getelementptr %v6[%v3535] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2636, %v3536 : f32, !llvm.ptr<3>
        %v3537 = arith.addi %v3069, %v13 : i64
        %v3538 = arith.divui %v3537, %v65 : i64
        %v3539 = arith.remui %v3537, %v65 : i64
        %v3540 = arith.addi %v1064, %v3538 : i64
        %v3541 = arith.muli %v3540, %v78 : i64
        %v3542 = arith.addi %v3541, %v3539 : i64
        %v3543 = llvm.getelementptr %v6[%v3542] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2650, %v3543 : f32, !llvm.ptr<3>
        %v3544 = arith.addi %v3077, %v13 : i64
        %v3545 = arith.divui %v3544, %v65 : i64
        %v3546 = arith.remui %v3544, %v65 : i64
        %v3547 = arith.addi %v1064, %v3545 : i64
        %v3548 = arith.muli %v3547, %v78 : i64
        %v3549 = arith.addi %v3548, %v3546 : i64
        %v3550 = llvm.getelementptr %v6[%v3549] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2664, %v3550 : f32, !llvm.ptr<3>
        %v3551 = arith.addi %v3085, %v13 : i64
        %v3552 = arith.divui %v3551, %v65 : i64
        %v3553 = arith.remui %v3551, %v65 : i64
        %v3554 = arith.addi %v1064, %v3552 : i64
        %v3555 = arith.muli %v3554, %v78 : i64
        %v3556 = arith.addi %v3555, %v3553 : i64
        %v3557 = llvm.getelementptr %v6[%v3556] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2678, %v3557 : f32, !llvm.ptr<3>
        %v3558 = arith.addi %v3093, %v13 : i64
        %v3559 = arith.divui %v3558, %v65 : i64
        %v3560 = arith.remui %v3558, %v65 : i64
        %v3561 = arith.addi %v1064, %v3559 : i64
        %v3562 = arith.muli %v3561, %v78 : i64
        %v3563 = arith.addi %v3562, %v3560 : i64
        %v3564 = llvm.getelementptr %v6[%v3563] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2692, %v3564 : f32, !llvm.ptr<3>
        %v3565 = arith.addi %v3101, %v13 : i64
        %v3566 = arith.divui %v3565, %v65 : i64
        %v3567 = arith.remui %v3565, %v65 : i64
        %v3568 = arith.addi %v1064, %v3566 : i64
        %v3569 = arith.muli %v3568, %v78 : i64
        %v3570 = arith.addi %v3569, %v3567 : i64
        %v3571 = llvm.getelementptr %v6[%v3570] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2706, %v3571 : f32, !llvm.ptr<3>
        %v3572 = arith.addi %v3109, %v13 : i64
        %v3573 = arith.divui %v3572, %v65 : i64
        %v3574 = arith.remui %v3572, %v65 : i64
        %v3575 = arith.addi %v1064, %v3573 : i64
        %v3576 = arith.muli %v3575, %v78 : i64
        %v3577 = arith.addi %v3576, %v3574 : i64
        %v3578 = llvm.getelementptr %v6[%v3577] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2720, %v3578 : f32, !llvm.ptr<3>
        %v3579 = arith.addi %v3117, %v13 : i64
        %v3580 = arith.divui %v3579, %v65 : i64
        %v3581 = arith.remui %v3579, %v65 : i64
        %v3582 = arith.addi %v1064, %v3580 : i64
        %v3583 = arith.muli %v3582, %v78 : i64
        %v3584 = arith.addi %v3583, %v3581 : i64
        %v3585 = llvm.getelementptr %v6[%v3584] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2734, %v3585 : f32, !llvm.ptr<3>
        %v3586 = arith.addi %v3125, %v13 : i64
        %v3587 = arith.divui %v3586, %v65 : i64
        %v3588 = arith.remui %v3586, %v65 : i64
        %v3589 = arith.addi %v1064, %v3587 : i64
        %v3590 = arith.muli %v3589, %v78 : i64
        %v3591 = arith.addi %v3590, %v3588 : i64
        %v3592 = llvm.getelementptr %v6[%v3591] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2748, %v3592 : f32, !llvm.ptr<3>
        %v3593 = arith.addi %v3133, %v13 : i64
        %v3594 = arith.divui %v3593, %v65 : i64
        %v3595 = arith.remui %v3593, %v65 : i64
        %v3596 = arith.addi %v1064, %v3594 : i64
        %v3597 = arith.muli %v3596, %v78 : i64
        %v3598 = arith.addi %v3597, %v3595 : i64
        %v3599 = llvm.getelementptr %v6[%v3598] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2762, %v3599 : f32, !llvm.ptr<3>
        %v3600 = arith.addi %v3141, %v13 : i64
        %v3601 = arith.divui %v3600, %v65 : i64
        %v3602 = arith.remui %v3600, %v65 : i64
        %v3603 = arith.addi %v1064, %v3601 : i64
        %v3604 = arith.muli %v3603, %v78 : i64
        %v3605 = arith.addi %v3604, %v3602 : i64
        %v3606 = llvm.getelementptr %v6[%v3605] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2776, %v3606 : f32, !llvm.ptr<3>
        %v3607 = arith.addi %v3149, %v13 : i64
        %v3608 = arith.divui %v3607, %v65 : i64
        %v3609 = arith.remui %v3607, %v65 : i64
        %v3610 = arith.addi %v1064, %v3608 : i64
        %v3611 = arith.muli %v3610, %v78 : i64
        %v3612 = arith.addi %v3611, %v3609 : i64
        %v3613 = llvm.getelementptr %v6[%v3612] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2790, %v3613 : f32, !llvm.ptr<3>
        %v3614 = arith.addi %v3157, %v13 : i64
        %v3615 = arith.divui %v3614, %v65 : i64
        %v3616 = arith.remui %v3614, %v65 : i64
        %v3617 = arith.addi %v1064, %v3615 : i64
        %v3618 = arith.muli %v3617, %v78 : i64
        %v3619 = arith.addi %v3618, %v3616 : i64
        %v3620 = llvm.getelementptr %v6[%v3619] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2804, %v3620 : f32, !llvm.ptr<3>
        %v3621 = arith.addi %v3165, %v13 : i64
        %v3622 = arith.divui %v3621, %v65 : i64
        %v3623 = arith.remui %v3621, %v65 : i64
        %v3624 = arith.addi %v1064, %v3622 : i64
        %v3625 = arith.muli %v3624, %v78 : i64
        %v3626 = arith.addi %v3625, %v3623 : i64
        %v3627 = llvm.getelementptr %v6[%v3626] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2818, %v3627 : f32, !llvm.ptr<3>
        %v3628 = arith.addi %v3173, %v13 : i64
        %v3629 = arith.divui %v3628, %v65 : i64
        %v3630 = arith.remui %v3628, %v65 : i64
        %v3631 = arith.addi %v1064, %v3629 : i64
        %v3632 = arith.muli %v3631, %v78 : i64
        %v3633 = arith.addi %v3632, %v3630 : i64
        %v3634 = llvm.getelementptr %v6[%v3633] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2832, %v3634 : f32, !llvm.ptr<3>
        %v3635 = arith.addi %v3181, %v13 : i64
        %v3636 = arith.divui %v3635, %v65 : i64
        %v3637 = arith.remui %v3635, %v65 : i64
        %v3638 = arith.addi %v1064, %v3636 : i64
        %v3639 = arith.muli %v3638, %v78 : i64
        %v3640 = arith.addi %v3639, %v3637 : i64
        %v3641 = llvm.getelementptr %v6[%v3640] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2846, %v3641 : f32, !llvm.ptr<3>
        %v3642 = arith.addi %v3189, %v13 : i64
        %v3643 = arith.divui %v3642, %v65 : i64
        %v3644 = arith.remui %v3642, %v65 : i64
        %v3645 = arith.addi %v1064, %v3643 : i64
        %v3646 = arith.muli %v3645, %v78 : i64
        %v3647 = arith.addi %v3646, %v3644 : i64
        %v3648 = llvm.getelementptr %v6[%v3647] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2860, %v3648 : f32, !llvm.ptr<3>
        %v3649 = arith.addi %v3197, %v13 : i64
        %v3650 = arith.divui %v3649, %v65 : i64
        %v3651 = arith.remui %v3649, %v65 : i64
        %v3652 = arith.addi %v1064, %v3650 : i64
        %v3653 = arith.muli %v3652, %v78 : i64
        %v3654 = arith.addi %v3653, %v3651 : i64
        %v3655 = llvm.getelementptr %v6[%v3654] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2874, %v3655 : f32, !llvm.ptr<3>
        %v3656 = arith.addi %v3205, %v13 : i64
        %v3657 = arith.divui %v3656, %v65 : i64
        %v3658 = arith.remui %v3656, %v65 : i64
        %v3659 = arith.addi %v1064, %v3657 : i64
        %v3660 = arith.muli %v3659, %v78 : i64
        %v3661 = arith.addi %v3660, %v3658 : i64
        %v3662 = llvm.getelementptr %v6[%v3661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2888, %v3662 : f32, !llvm.ptr<3>
        %v3663 = arith.addi %v3213, %v13 : i64
        %v3664 = arith.divui %v3663, %v65 : i64
        %v3665 = arith.remui %v3663, %v65 : i64
        %v3666 = arith.addi %v1064, %v3664 : i64
        %v3667 = arith.muli %v3666, %v78 : i64
        %v3668 = arith.addi %v3667, %v3665 : i64
        %v3669 = llvm.getelementptr %v6[%v3668] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2902, %v3669 : f32, !llvm.ptr<3>
        %v3670 = arith.addi %v3221, %v13 : i64
        %v3671 = arith.divui %v3670, %v65 : i64
        %v3672 = arith.remui %v3670, %v65 : i64
        %v3673 = arith.addi %v1064, %v3671 : i64
        %v3674 = arith.muli %v3673, %v78 : i64
        %v3675 = arith.addi %v3674, %v3672 : i64
        %v3676 = llvm.getelementptr %v6[%v3675] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2916, %v3676 : f32, !llvm.ptr<3>
        %v3677 = arith.divui %v13, %v65 : i64
        %v3678 = arith.remui %v13, %v65 : i64
        %v3679 = arith.addi %v3677, %v25 : i64
        %v3680 = arith.constant true
        %v3681 = arith.addi %v2998, %v3679 : i64
        %v3682 = llvm.getelementptr %v5[%v3681] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3683 = llvm.load %v3682 : !llvm.ptr<3> -> i64
        %v3684 = arith.addi %v1547, %v3678 : i64
        %v3685 = arith.cmpi slt, %v3684, %size_L : i64
        %v3686 = arith.subi %size_L, %v1 : i64
        %v3687 = arith.minsi %v3684, %v3686 : i64
        %v3688 = arith.addi %v3683, %v3687 : i64
        %v3689 = arith.muli %v3681, %v78 : i64
        %v3690 = arith.addi %v3689, %v3678 : i64
        %v3691 = arith.cmpi sge, %v3683, %v25 : i64
        %v3692 = arith.andi %v3685, %v3691 : i1
        %v3693 = arith.andi %v3692, %v3680 : i1
        %v3694 = llvm.getelementptr %v6[%v3690] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3695 = llvm.load %v3694 : !llvm.ptr<3> -> f32
        %v3696 = arith.addi %v3677, %v49 : i64
        %v3697 = arith.constant true
        %v3698 = arith.addi %v2998, %v3696 : i64
        %v3699 = llvm.getelementptr %v5[%v3698] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3700 = llvm.load %v3699 : !llvm.ptr<3> -> i64
        %v3701 = arith.addi %v1547, %v3678 : i64
        %v3702 = arith.cmpi slt, %v3701, %size_L : i64
        %v3703 = arith.subi %size_L, %v1 : i64
        %v3704 = arith.minsi %v3701, %v3703 : i64
        %v3705 = arith.addi %v3700, %v3704 : i64
        %v3706 = arith.muli %v3698, %v78 : i64
        %v3707 = arith.addi %v3706, %v3678 : i64
        %v3708 = arith.cmpi sge, %v3700, %v25 : i64
        %v3709 = arith.andi %v3702, %v3708 : i1
        %v3710 = arith.andi %v3709, %v3697 : i1
        %v3711 = llvm.getelementptr %v6[%v3707] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3712 = llvm.load %v3711 : !llvm.ptr<3> -> f32
        %v3713 = arith.addi %v3677, %v97 : i64
        %v3714 = arith.constant true
        %v3715 = arith.addi %v2998, %v3713 : i64
        %v3716 = llvm.getelementptr %v5[%v3715] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3717 = llvm.load %v3716 : !llvm.ptr<3> -> i64
        %v3718 = arith.addi %v1547, %v3678 : i64
        %v3719 = arith.cmpi slt, %v3718, %size_L : i64
        %v3720 = arith.subi %size_L, %v1 : i64
        %v3721 = arith.minsi %v3718, %v3720 : i64
        %v3722 = arith.addi %v3717, %v3721 : i64
        %v3723 = arith.muli %v3715, %v78 : i64
        %v3724 = arith.addi %v3723, %v3678 : i64
        %v3725 = arith.cmpi sge, %v3717, %v25 : i64
        %v3726 = arith.andi %v3719, %v3725 : i1
        %v3727 = arith.andi %v3726, %v3714 : i1
        %v3728 = llvm.getelementptr %v6[%v3724] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3729 = llvm.load %v3728 : !llvm.ptr<3> -> f32
        %v3730 = arith.addi %v3677, %v112 : i64
        %v3731 = arith.constant true
        %v3732 = arith.addi %v2998, %v3730 : i64
        %v3733 = llvm.getelementptr %v5[%v3732] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3734 = llvm.load %v3733 : !llvm.ptr<3> -> i64
        %v3735 = arith.addi %v1547, %v3678 : i64
        %v3736 = arith.cmpi slt, %v3735, %size_L : i64
        %v3737 = arith.subi %size_L, %v1 : i64
        %v3738 = arith.minsi %v3735, %v3737 : i64
        %v3739 = arith.addi %v3734, %v3738 : i64
        %v3740 = arith.muli %v3732, %v78 : i64
        %v3741 = arith.addi %v3740, %v3678 : i64
        %v3742 = arith.cmpi sge, %v3734, %v25 : i64
        %v3743 = arith.andi %v3736, %v3742 : i1
        %v3744 = arith.andi %v3743, %v3731 : i1
        %v3745 = llvm.getelementptr %v6[%v3741] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3746 = llvm.load %v3745 : !llvm.ptr<3> -> f32
        %v3747 = arith.addi %v3677, %v127 : i64
        %v3748 = arith.constant true
        %v3749 = arith.addi %v2998, %v3747 : i64
        %v3750 = llvm.getelementptr %v5[%v3749] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3751 = llvm.load %v3750 : !llvm.ptr<3> -> i64
        %v3752 = arith.addi %v1547, %v3678 : i64
        %v3753 = arith.cmpi slt, %v3752, %size_L : i64
        %v3754 = arith.subi %size_L, %v1 : i64
        %v3755 = arith.minsi %v3752, %v3754 : i64
        %v3756 = arith.addi %v3751, %v3755 : i64
        %v3757 = arith.muli %v3749, %v78 : i64
        %v3758 = arith.addi %v3757, %v3678 : i64
        %v3759 = arith.cmpi sge, %v3751, %v25 : i64
        %v3760 = arith.andi %v3753, %v3759 : i1
        %v3761 = arith.andi %v3760, %v3748 : i1
        %v3762 = llvm.getelementptr %v6[%v3758] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3763 = llvm.load %v3762 : !llvm.ptr<3> -> f32
        %v3764 = arith.addi %v3677, %v142 : i64
        %v3765 = arith.constant true
        %v3766 = arith.addi %v2998, %v3764 : i64
        %v3767 = llvm.getelementptr %v5[%v3766] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3768 = llvm.load %v3767 : !llvm.ptr<3> -> i64
        %v3769 = arith.addi %v1547, %v3678 : i64
        %v3770 = arith.cmpi slt, %v3769, %size_L : i64
        %v3771 = arith.subi %size_L, %v1 : i64
        %v3772 = arith.minsi %v3769, %v3771 : i64
        %v3773 = arith.addi %v3768, %v3772 : i64
        %v3774 = arith.muli %v3766, %v78 : i64
        %v3775 = arith.addi %v3774, %v3678 : i64
        %v3776 = arith.cmpi sge, %v3768, %v25 : i64
        %v3777 = arith.andi %v3770, %v3776 : i1
        %v3778 = arith.andi %v3777, %v3765 : i1
        %v3779 = llvm.getelementptr %v6[%v3775] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3780 = llvm.load %v3779 : !llvm.ptr<3> -> f32
        %v3781 = arith.addi %v3677, %v157 : i64
        %v3782 = arith.constant true
        %v3783 = arith.addi %v2998, %v3781 : i64
        %v3784 = llvm.getelementptr %v5[%v3783] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3785 = llvm.load %v3784 : !llvm.ptr<3> -> i64
        %v3786 = arith.addi %v1547, %v3678 : i64
        %v3787 = arith.cmpi slt, %v3786, %size_L : i64
        %v3788 = arith.subi %size_L, %v1 : i64
        %v3789 = arith.minsi %v3786, %v3788 : i64
        %v3790 = arith.addi %v3785, %v3789 : i64
        %v3791 = arith.muli %v3783, %v78 : i64
        %v3792 = arith.addi %v3791, %v3678 : i64
        %v3793 = arith.cmpi sge, %v3785, %v25 : i64
        %v3794 = arith.andi %v3787, %v3793 : i1
        %v3795 = arith.andi %v3794, %v3782 : i1
        %v3796 = llvm.getelementptr %v6[%v3792] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3797 = llvm.load %v3796 : !llvm.ptr<3> -> f32
        %v3798 = arith.addi %v3677, %v172 : i64
        %v3799 = arith.constant true
        %v3800 = arith.addi %v2998, %v3798 : i64
        %v3801 = llvm.getelementptr %v5[%v3800] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3802 = llvm.load %v3801 : !llvm.ptr<3> -> i64
        %v3803 = arith.addi %v1547, %v3678 : i64
        %v3804 = arith.cmpi slt, %v3803, %size_L : i64
        %v3805 = arith.subi %size_L, %v1 : i64
        %v3806 = arith.minsi %v3803, %v3805 : i64
        %v3807 = arith.addi %v3802, %v3806 : i64
        %v3808 = arith.muli %v3800, %v78 : i64
        %v3809 = arith.addi %v3808, %v3678 : i64
        %v3810 = arith.cmpi sge, %v3802, %v25 : i64
        %v3811 = arith.andi %v3804, %v3810 : i1
        %v3812 = arith.andi %v3811, %v3799 : i1
        %v3813 = llvm.getelementptr %v6[%v3809] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3814 = llvm.load %v3813 : !llvm.ptr<3> -> f32
        %v3815 = arith.addi %v3677, %v187 : i64
        %v3816 = arith.constant true
        %v3817 = arith.addi %v2998, %v3815 : i64
        %v3818 = llvm.getelementptr %v5[%v3817] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3819 = llvm.load %v3818 : !llvm.ptr<3> -> i64
        %v3820 = arith.addi %v1547, %v3678 : i64
        %v3821 = arith.cmpi slt, %v3820, %size_L : i64
        %v3822 = arith.subi %size_L, %v1 : i64
        %v3823 = arith.minsi %v3820, %v3822 : i64
        %v3824 = arith.addi %v3819, %v3823 : i64
        %v3825 = arith.muli %v3817, %v78 : i64
        %v3826 = arith.addi %v3825, %v3678 : i64
        %v3827 = arith.cmpi sge, %v3819, %v25 : i64
        %v3828 = arith.andi %v3821, %v3827 : i1
        %v3829 = arith.andi %v3828, %v3816 : i1
        %v3830 = llvm.getelementptr %v6[%v3826] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3831 = llvm.load %v3830 : !llvm.ptr<3> -> f32
        %v3832 = arith.addi %v3677, %v202 : i64
        %v3833 = arith.constant true
        %v3834 = arith.addi %v2998, %v3832 : i64
        %v3835 = llvm.getelementptr %v5[%v3834] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3836 = llvm.load %v3835 : !llvm.ptr<3> -> i64
        %v3837 = arith.addi %v1547, %v3678 : i64
        %v3838 = arith.cmpi slt, %v3837, %size_L : i64
        %v3839 = arith.subi %size_L, %v1 : i64
        %v3840 = arith.minsi %v3837, %v3839 : i64
        %v3841 = arith.addi %v3836, %v3840 : i64
        %v3842 = arith.muli %v3834, %v78 : i64
        %v3843 = arith.addi %v3842, %v3678 : i64
        %v3844 = arith.cmpi sge, %v3836, %v25 : i64
        %v3845 = arith.andi %v3838, %v3844 : i1
        %v3846 = arith.andi %v3845, %v3833 : i1
        %v3847 = llvm.getelementptr %v6[%v3843] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3848 = llvm.load %v3847 : !llvm.ptr<3> -> f32
        %v3849 = arith.addi %v3677, %v217 : i64
        %v3850 = arith.constant true
        %v3851 = arith.addi %v2998, %v3849 : i64
        %v3852 = llvm.getelementptr %v5[%v3851] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3853 = llvm.load %v3852 : !llvm.ptr<3> -> i64
        %v3854 = arith.addi %v1547, %v3678 : i64
        %v3855 = arith.cmpi slt, %v3854, %size_L : i64
        %v3856 = arith.subi %size_L, %v1 : i64
        %v3857 = arith.minsi %v3854, %v3856 : i64
        %v3858 = arith.addi %v3853, %v3857 : i64
        %v3859 = arith.muli %v3851, %v78 : i64
        %v3860 = arith.addi %v3859, %v3678 : i64
        %v3861 = arith.cmpi sge, %v3853, %v25 : i64
        %v3862 = arith.andi %v3855, %v3861 : i1
        %v3863 = arith.andi %v3862, %v3850 : i1
        %v3864 = llvm.getelementptr %v6[%v3860] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3865 = llvm.load %v3864 : !llvm.ptr<3> -> f32
        %v3866 = arith.addi %v3677, %v232 : i64
        %v3867 = arith.constant true
        %v3868 = arith.addi %v2998, %v3866 : i64
        %v3869 = llvm.getelementptr %v5[%v3868] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3870 = llvm.load %v3869 : !llvm.ptr<3> -> i64
        %v3871 = arith.addi %v1547, %v3678 : i64
        %v3872 = arith.cmpi slt, %v3871, %size_L : i64
        %v3873 = arith.subi %size_L, %v1 : i64
        %v3874 = arith.minsi %v3871, %v3873 : i64
        %v3875 = arith.addi %v3870, %v3874 : i64
        %v3876 = arith.muli %v3868, %v78 : i64
        %v3877 = arith.addi %v3876, %v3678 : i64
        %v3878 = arith.cmpi sge, %v3870, %v25 : i64
        %v3879 = arith.andi %v3872, %v3878 : i1
        %v3880 = arith.andi %v3879, %v3867 : i1
        %v3881 = llvm.getelementptr %v6[%v3877] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3882 = llvm.load %v3881 : !llvm.ptr<3> -> f32
        %v3883 = arith.addi %v3677, %v247 : i64
        %v3884 = arith.constant true
        %v3885 = arith.addi %v2998, %v3883 : i64
        %v3886 = llvm.getelementptr %v5[%v3885] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3887 = llvm.load %v3886 : !llvm.ptr<3> -> i64
        %v3888 = arith.addi %v1547, %v3678 : i64
        %v3889 = arith.cmpi slt, %v3888, %size_L : i64
        %v3890 = arith.subi %size_L, %v1 : i64
        %v3891 = arith.minsi %v3888, %v3890 : i64
        %v3892 = arith.addi %v3887, %v3891 : i64
        %v3893 = arith.muli %v3885, %v78 : i64
        %v3894 = arith.addi %v3893, %v3678 : i64
        %v3895 = arith.cmpi sge, %v3887, %v25 : i64
        %v3896 = arith.andi %v3889, %v3895 : i1
        %v3897 = arith.andi %v3896, %v3884 : i1
        %v3898 = llvm.getelementptr %v6[%v3894] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3899 = llvm.load %v3898 : !llvm.ptr<3> -> f32
        %v3900 = arith.addi %v3677, %v262 : i64
        %v3901 = arith.constant true
        %v3902 = arith.addi %v2998, %v3900 : i64
        %v3903 = llvm.getelementptr %v5[%v3902] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3904 = llvm.load %v3903 : !llvm.ptr<3> -> i64
        %v3905 = arith.addi %v1547, %v3678 : i64
        %v3906 = arith.cmpi slt, %v3905, %size_L : i64
        %v3907 = arith.subi %size_L, %v1 : i64
        %v3908 = arith.minsi %v3905, %v3907 : i64
        %v3909 = arith.addi %v3904, %v3908 : i64
        %v3910 = arith.muli %v3902, %v78 : i64
        %v3911 = arith.addi %v3910, %v3678 : i64
        %v3912 = arith.cmpi sge, %v3904, %v25 : i64
        %v3913 = arith.andi %v3906, %v3912 : i1
        %v3914 = arith.andi %v3913, %v3901 : i1
        %v3915 = llvm.getelementptr %v6[%v3911] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3916 = llvm.load %v3915 : !llvm.ptr<3> -> f32
        %v3917 = arith.addi %v3677, %v277 : i64
        %v3918 = arith.constant true
        %v3919 = arith.addi %v2998, %v3917 : i64
        %v3920 = llvm.getelementptr %v5[%v3919] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3921 = llvm.load %v3920 : !llvm.ptr<3> -> i64
        %v3922 = arith.addi %v1547, %v3678 : i64
        %v3923 = arith.cmpi slt, %v3922, %size_L : i64
        %v3924 = arith.subi %size_L, %v1 : i64
        %v3925 = arith.minsi %v3922, %v3924 : i64
        %v3926 = arith.addi %v3921, %v3925 : i64
        %v3927 = arith.muli %v3919, %v78 : i64
        %v3928 = arith.addi %v3927, %v3678 : i64
        %v3929 = arith.cmpi sge, %v3921, %v25 : i64
        %v3930 = arith.andi %v3923, %v3929 : i1
        %v3931 = arith.andi %v3930, %v3918 : i1
        %v3932 = llvm.getelementptr %v6[%v3928] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3933 = llvm.load %v3932 : !llvm.ptr<3> -> f32
        %v3934 = arith.addi %v3677, %v292 : i64
        %v3935 = arith.constant true
        %v3936 = arith.addi %v2998, %v3934 : i64
        %v3937 = llvm.getelementptr %v5[%v3936] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3938 = llvm.load %v3937 : !llvm.ptr<3> -> i64
        %v3939 = arith.addi %v1547, %v3678 : i64
        %v3940 = arith.cmpi slt, %v3939, %size_L : i64
        %v3941 = arith.subi %size_L, %v1 : i64
        %v3942 = arith.minsi %v3939, %v3941 : i64
        %v3943 = arith.addi %v3938, %v3942 : i64
        %v3944 = arith.muli %v3936, %v78 : i64
        %v3945 = arith.addi %v3944, %v3678 : i64
        %v3946 = arith.cmpi sge, %v3938, %v25 : i64
        %v3947 = arith.andi %v3940, %v3946 : i1
        %v3948 = arith.andi %v3947, %v3935 : i1
        %v3949 = llvm.getelementptr %v6[%v3945] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3950 = llvm.load %v3949 : !llvm.ptr<3> -> f32
        %v3951 = arith.addi %v3677, %v65 : i64
        %v3952 = arith.constant true
        %v3953 = arith.addi %v2998, %v3951 : i64
        %v3954 = llvm.getelementptr %v5[%v3953] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3955 = llvm.load %v3954 : !llvm.ptr<3> -> i64
        %v3956 = arith.addi %v1547, %v3678 : i64
        %v3957 = arith.cmpi slt, %v3956, %size_L : i64
        %v3958 = arith.subi %size_L, %v1 : i64
        %v3959 = arith.minsi %v3956, %v3958 : i64
        %v3960 = arith.addi %v3955, %v3959 : i64
        %v3961 = arith.muli %v3953, %v78 : i64
        %v3962 = arith.addi %v3961, %v3678 : i64
        %v3963 = arith.cmpi sge, %v3955, %v25 : i64
        %v3964 = arith.andi %v3957, %v3963 : i1
        %v3965 = arith.andi %v3964, %v3952 : i1
        %v3966 = llvm.getelementptr %v6[%v3962] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3967 = llvm.load %v3966 : !llvm.ptr<3> -> f32
        %v3968 = arith.addi %v3677, %v321 : i64
        %v3969 = arith.constant true
        %v3970 = arith.addi %v2998, %v3968 : i64
        %v3971 = llvm.getelementptr %v5[%v3970] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3972 = llvm.load %v3971 : !llvm.ptr<3> -> i64
        %v3973 = arith.addi %v1547, %v3678 : i64
        %v3974 = arith.cmpi slt, %v3973, %size_L : i64
        %v3975 = arith.subi %size_L, %v1 : i64
        %v3976 = arith.minsi %v3973, %v3975 : i64
        %v3977 = arith.addi %v3972, %v3976 : i64
        %v3978 = arith.muli %v3970, %v78 : i64
        %v3979 = arith.addi %v3978, %v3678 : i64
        %v3980 = arith.cmpi sge, %v3972, %v25 : i64
        %v3981 = arith.andi %v3974, %v3980 : i1
        %v3982 = arith.andi %v3981, %v3969 : i1
        %v3983 = llvm.getelementptr %v6[%v3979] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3984 = llvm.load %v3983 : !llvm.ptr<3> -> f32
        %v3985 = arith.addi %v3677, %v336 : i64
        %v3986 = arith.constant true
        %v3987 = arith.addi %v2998, %v3985 : i64
        %v3988 = llvm.getelementptr %v5[%v3987] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3989 = llvm.load %v3988 : !llvm.ptr<3> -> i64
        %v3990 = arith.addi %v1547, %v3678 : i64
        %v3991 = arith.cmpi slt, %v3990, %size_L : i64
        %v3992 = arith.subi %size_L, %v1 : i64
        %v3993 = arith.minsi %v3990, %v3992 : i64
        %v3994 = arith.addi %v3989, %v3993 : i64
        %v3995 = arith.muli %v3987, %v78 : i64
        %v3996 = arith.addi %v3995, %v3678 : i64
        %v3997 = arith.cmpi sge, %v3989, %v25 : i64
        %v3998 = arith.andi %v3991, %v3997 : i1
        %v3999 = arith.andi %v3998, %v3986 : i1
        %v4000 = llvm.getelementptr %v6[%v3996] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4001 = llvm.load %v4000 : !llvm.ptr<3> -> f32
        %v4002 = arith.addi %v3677, %v351 : i64
        %v4003 = arith.constant true
        %v4004 = arith.addi %v2998, %v4002 : i64
        %v4005 = llvm.getelementptr %v5[%v4004] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4006 = llvm.load %v4005 : !llvm.ptr<3> -> i64
        %v4007 = arith.addi %v1547, %v3678 : i64
        %v4008 = arith.cmpi slt, %v4007, %size_L : i64
        %v4009 = arith.subi %size_L, %v1 : i64
        %v4010 = arith.minsi %v4007, %v4009 : i64
        %v4011 = arith.addi %v4006, %v4010 : i64
        %v4012 = arith.muli %v4004, %v78 : i64
        %v4013 = arith.addi %v4012, %v3678 : i64
        %v4014 = arith.cmpi sge, %v4006, %v25 : i64
        %v4015 = arith.andi %v4008, %v4014 : i1
        %v4016 = arith.andi %v4015, %v4003 : i1
        %v4017 = llvm.getelementptr %v6[%v4013] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4018 = llvm.load %v4017 : !llvm.ptr<3> -> f32
        %v4019 = arith.addi %v3677, %v366 : i64
        %v4020 = arith.constant true
        %v4021 = arith.addi %v2998, %v4019 : i64
        %v4022 = llvm.getelementptr %v5[%v4021] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4023 = llvm.load %v4022 : !llvm.ptr<3> -> i64
        %v4024 = arith.addi %v1547, %v3678 : i64
        %v4025 = arith.cmpi slt, %v4024, %size_L : i64
        %v4026 = arith.subi %size_L, %v1 : i64
        %v4027 = arith.minsi %v4024, %v4026 : i64
        %v4028 = arith.addi %v4023, %v4027 : i64
        %v4029 = arith.muli %v4021, %v78 : i64
        %v4030 = arith.addi %v4029, %v3678 : i64
        %v4031 = arith.cmpi sge, %v4023, %v25 : i64
        %v4032 = arith.andi %v4025, %v4031 : i1
        %v4033 = arith.andi %v4032, %v4020 : i1
        %v4034 = llvm.getelementptr %v6[%v4030] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4035 = llvm.load %v4034 : !llvm.ptr<3> -> f32
        %v4036 = arith.addi %v3677, %v381 : i64
        %v4037 = arith.constant true
        %v4038 = arith.addi %v2998, %v4036 : i64
        %v4039 = llvm.getelementptr %v5[%v4038] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4040 = llvm.load %v4039 : !llvm.ptr<3> -> i64
        %v4041 = arith.addi %v1547, %v3678 : i64
        %v4042 = arith.cmpi slt, %v4041, %size_L : i64
        %v4043 = arith.subi %size_L, %v1 : i64
        %v4044 = arith.minsi %v4041, %v4043 : i64
        %v4045 = arith.addi %v4040, %v4044 : i64
        %v4046 = arith.muli %v4038, %v78 : i64
        %v4047 = arith.addi %v4046, %v3678 : i64
        %v4048 = arith.cmpi sge, %v4040, %v25 : i64
        %v4049 = arith.andi %v4042, %v4048 : i1
        %v4050 = arith.andi %v4049, %v4037 : i1
        %v4051 = llvm.getelementptr %v6[%v4047] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4052 = llvm.load %v4051 : !llvm.ptr<3> -> f32
        %v4053 = arith.addi %v3677, %v396 : i64
        %v4054 = arith.constant true
        %v4055 = arith.addi %v2998, %v4053 : i64
        %v4056 = llvm.getelementptr %v5[%v4055] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4057 = llvm.load %v4056 : !llvm.ptr<3> -> i64
        %v4058 = arith.addi %v1547, %v3678 : i64
        %v4059 = arith.cmpi slt, %v4058, %size_L : i64
        %v4060 = arith.subi %size_L, %v1 : i64
        %v4061 = arith.minsi %v4058, %v4060 : i64
        %v4062 = arith.addi %v4057, %v4061 : i64
        %v4063 = arith.muli %v4055, %v78 : i64
        %v4064 = arith.addi %v4063, %v3678 : i64
        %v4065 = arith.cmpi sge, %v4057, %v25 : i64
        %v4066 = arith.andi %v4059, %v4065 : i1
        %v4067 = arith.andi %v4066, %v4054 : i1
        %v4068 = llvm.getelementptr %v6[%v4064] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4069 = llvm.load %v4068 : !llvm.ptr<3> -> f32
        %v4070 = arith.addi %v3677, %v411 : i64
        %v4071 = arith.constant true
        %v4072 = arith.addi %v2998, %v4070 : i64
        %v4073 = llvm.getelementptr %v5[%v4072] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4074 = llvm.load %v4073 : !llvm.ptr<3> -> i64
        %v4075 = arith.addi %v1547, %v3678 : i64
        %v4076 = arith.cmpi slt, %v4075, %size_L : i64
        %v4077 = arith.subi %size_L, %v1 : i64
        %v4078 = arith.minsi %v4075, %v4077 : i64
        %v4079 = arith.addi %v4074, %v4078 : i64
        %v4080 = arith.muli %v4072, %v78 : i64
        %v4081 = arith.addi %v4080, %v3678 : i64
        %v4082 = arith.cmpi sge, %v4074, %v25 : i64
        %v4083 = arith.andi %v4076, %v4082 : i1
        %v4084 = arith.andi %v4083, %v4071 : i1
        %v4085 = llvm.getelementptr %v6[%v4081] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4086 = llvm.load %v4085 : !llvm.ptr<3> -> f32
        %v4087 = arith.addi %v3677, %v426 : i64
        %v4088 = arith.constant true
        %v4089 = arith.addi %v2998, %v4087 : i64
        %v4090 = llvm.getelementptr %v5[%v4089] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4091 = llvm.load %v4090 : !llvm.ptr<3> -> i64
        %v4092 = arith.addi %v1547, %v3678 : i64
        %v4093 = arith.cmpi slt, %v4092, %size_L : i64
        %v4094 = arith.subi %size_L, %v1 : i64
        %v4095 = arith.minsi %v4092, %v4094 : i64
        %v4096 = arith.addi %v4091, %v4095 : i64
        %v4097 = arith.muli %v4089, %v78 : i64
        %v4098 = arith.addi %v4097, %v3678 : i64
        %v4099 = arith.cmpi sge, %v4091, %v25 : i64
        %v4100 = arith.andi %v4093, %v4099 : i1
        %v4101 = arith.andi %v4100, %v4088 : i1
        %v4102 = llvm.getelementptr %v6[%v4098] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4103 = llvm.load %v4102 : !llvm.ptr<3> -> f32
        %v4104 = arith.addi %v3677, %v441 : i64
        %v4105 = arith.constant true
        %v4106 = arith.addi %v2998, %v4104 : i64
        %v4107 = llvm.getelementptr %v5[%v4106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4108 = llvm.load %v4107 : !llvm.ptr<3> -> i64
        %v4109 = arith.addi %v1547, %v3678 : i64
        %v4110 = arith.cmpi slt, %v4109, %size_L : i64
        %v4111 = arith.subi %size_L, %v1 : i64
        %v4112 = arith.minsi %v4109, %v4111 : i64
        %v4113 = arith.addi %v4108, %v4112 : i64
        %v4114 = arith.muli %v4106, %v78 : i64
        %v4115 = arith.addi %v4114, %v3678 : i64
        %v4116 = arith.cmpi sge, %v4108, %v25 : i64
        %v4117 = arith.andi %v4110, %v4116 : i1
        %v4118 = arith.andi %v4117, %v4105 : i1
        %v4119 = llvm.getelementptr %v6[%v4115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4120 = llvm.load %v4119 : !llvm.ptr<3> -> f32
        %v4121 = arith.addi %v3677, %v456 : i64
        %v4122 = arith.constant true
        %v4123 = arith.addi %v2998, %v4121 : i64
        %v4124 = llvm.getelementptr %v5[%v4123] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4125 = llvm.load %v4124 : !llvm.ptr<3> -> i64
        %v4126 = arith.addi %v1547, %v3678 : i64
        %v4127 = arith.cmpi slt, %v4126, %size_L : i64
        %v4128 = arith.subi %size_L, %v1 : i64
        %v4129 = arith.minsi %v4126, %v4128 : i64
        %v4130 = arith.addi %v4125, %v4129 : i64
        %v4131 = arith.muli %v4123, %v78 : i64
        %v4132 = arith.addi %v4131, %v3678 : i64
        %v4133 = arith.cmpi sge, %v4125, %v25 : i64
        %v4134 = arith.andi %v4127, %v4133 : i1
        %v4135 = arith.andi %v4134, %v4122 : i1
        %v4136 = llvm.getelementptr %v6[%v4132] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4137 = llvm.load %v4136 : !llvm.ptr<3> -> f32
        %v4138 = arith.addi %v3677, %v471 : i64
        %v4139 = arith.constant true
        %v4140 = arith.addi %v2998, %v4138 : i64
        %v4141 = llvm.getelementptr %v5[%v4140] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4142 = llvm.load %v4141 : !llvm.ptr<3> -> i64
        %v4143 = arith.addi %v1547, %v3678 : i64
        %v4144 = arith.cmpi slt, %v4143, %size_L : i64
        %v4145 = arith.subi %size_L, %v1 : i64
        %v4146 = arith.minsi %v4143, %v4145 : i64
        %v4147 = arith.addi %v4142, %v4146 : i64
        %v4148 = arith.muli %v4140, %v78 : i64
        %v4149 = arith.addi %v4148, %v3678 : i64
        %v4150 = arith.cmpi sge, %v4142, %v25 : i64
        %v4151 = arith.andi %v4144, %v4150 : i1
        %v4152 = arith.andi %v4151, %v4139 : i1
        %v4153 = llvm.getelementptr %v6[%v4149] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4154 = llvm.load %v4153 : !llvm.ptr<3> -> f32
        %v4155 = arith.addi %v3677, %v486 : i64
        %v4156 = arith.constant true
        %v4157 = arith.addi %v2998, %v4155 : i64
        %v4158 = llvm.getelementptr %v5[%v4157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4159 = llvm.load %v4158 : !llvm.ptr<3> -> i64
        %v4160 = arith.addi %v1547, %v3678 : i64
        %v4161 = arith.cmpi slt, %v4160, %size_L : i64
        %v4162 = arith.subi %size_L, %v1 : i64
        %v4163 = arith.minsi %v4160, %v4162 : i64
        %v4164 = arith.addi %v4159, %v4163 : i64
        %v4165 = arith.muli %v4157, %v78 : i64
        %v4166 = arith.addi %v4165, %v3678 : i64
        %v4167 = arith.cmpi sge, %v4159, %v25 : i64
        %v4168 = arith.andi %v4161, %v4167 : i1
        %v4169 = arith.andi %v4168, %v4156 : i1
        %v4170 = llvm.getelementptr %v6[%v4166] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4171 = llvm.load %v4170 : !llvm.ptr<3> -> f32
        %v4172 = arith.addi %v3677, %v501 : i64
        %v4173 = arith.constant true
        %v4174 = arith.addi %v2998, %v4172 : i64
        %v4175 = llvm.getelementptr %v5[%v4174] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4176 = llvm.load %v4175 : !llvm.ptr<3> -> i64
        %v4177 = arith.addi %v1547, %v3678 : i64
        %v4178 = arith.cmpi slt, %v4177, %size_L : i64
        %v4179 = arith.subi %size_L, %v1 : i64
        %v4180 = arith.minsi %v4177, %v4179 : i64
        %v4181 = arith.addi %v4176, %v4180 : i64
        %v4182 = arith.muli %v4174, %v78 : i64
        %v4183 = arith.addi %v4182, %v3678 : i64
        %v4184 = arith.cmpi sge, %v4176, %v25 : i64
        %v4185 = arith.andi %v4178, %v4184 : i1
        %v4186 = arith.andi %v4185, %v4173 : i1
        %v4187 = llvm.getelementptr %v6[%v4183] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4188 = llvm.load %v4187 : !llvm.ptr<3> -> f32
        %v4189 = arith.addi %v3677, %v516 : i64
        %v4190 = arith.constant true
        %v4191 = arith.addi %v2998, %v4189 : i64
        %v4192 = llvm.getelementptr %v5[%v4191] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4193 = llvm.load %v4192 : !llvm.ptr<3> -> i64
        %v4194 = arith.addi %v1547, %v3678 : i64
        %v4195 = arith.cmpi slt, %v4194, %size_L : i64
        %v4196 = arith.subi %size_L, %v1 : i64
        %v4197 = arith.minsi %v4194, %v4196 : i64
        %v4198 = arith.addi %v4193, %v4197 : i64
        %v4199 = arith.muli %v4191, %v78 : i64
        %v4200 = arith.addi %v4199, %v3678 : i64
        %v4201 = arith.cmpi sge, %v4193, %v25 : i64
        %v4202 = arith.andi %v4195, %v4201 : i1
        %v4203 = arith.andi %v4202, %v4190 : i1
        %v4204 = llvm.getelementptr %v6[%v4200] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4205 = llvm.load %v4204 : !llvm.ptr<3> -> f32
        %v4206 = arith.addi %v3677, %v531 : i64
        %v4207 = arith.constant true
        %v4208 = arith.addi %v2998, %v4206 : i64
        %v4209 = llvm.getelementptr %v5[%v4208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4210 = llvm.load %v4209 : !llvm.ptr<3> -> i64
        %v4211 = arith.addi %v1547, %v3678 : i64
        %v4212 = arith.cmpi slt, %v4211, %size_L : i64
        %v4213 = arith.subi %size_L, %v1 : i64
        %v4214 = arith.minsi %v4211, %v4213 : i64
        %v4215 = arith.addi %v4210, %v4214 : i64
        %v4216 = arith.muli %v4208, %v78 : i64
        %v4217 = arith.addi %v4216, %v3678 : i64
        %v4218 = arith.cmpi sge, %v4210, %v25 : i64
        %v4219 = arith.andi %v4212, %v4218 : i1
        %v4220 = arith.andi %v4219, %v4207 : i1
        %v4221 = llvm.getelementptr %v6[%v4217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4222 = llvm.load %v4221 : !llvm.ptr<3> -> f32
        scf.if %v3693 {
          %v4223 = llvm.getelementptr %out_y[%v3688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3695, %v4223 : f32, !llvm.ptr
        }
        scf.if %v3710 {
          %v4224 = llvm.getelementptr %out_y[%v3705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3712, %v4224 : f32, !llvm.ptr
        }
        scf.if %v3727 {
          %v4225 = llvm.getelementptr %out_y[%v3722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3729, %v4225 : f32, !llvm.ptr
        }
        scf.if %v3744 {
          %v4226 = llvm.getelementptr %out_y[%v3739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3746, %v4226 : f32, !llvm.ptr
        }
        scf.if %v3761 {
          %v4227 = llvm.getelementptr %out_y[%v3756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3763, %v4227 : f32, !llvm.ptr
        }
        scf.if %v3778 {
          %v4228 = llvm.getelementptr %out_y[%v3773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3780, %v4228 : f32, !llvm.ptr
        }
        scf.if %v3795 {
          %v4229 = llvm.getelementptr %out_y[%v3790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3797, %v4229 : f32, !llvm.ptr
        }
        scf.if %v3812 {
          %v4230 = llvm.getelementptr %out_y[%v3807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3814, %v4230 : f32, !llvm.ptr
        }
        scf.if %v3829 {
          %v4231 = llvm.getelementptr %out_y[%v3824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3831, %v4231 : f32, !llvm.ptr
        }
        scf.if %v3846 {
          %v4232 = llvm.getelementptr %out_y[%v3841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3848, %v4232 : f32, !llvm.ptr
        }
        scf.if %v3863 {
          %v4233 = llvm.getelementptr %out_y[%v3858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3865, %v4233 : f32, !llvm.ptr
        }
        scf.if %v3880 {
          %v4234 = llvm.getelementptr %out_y[%v3875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3882, %v4234 : f32, !llvm.ptr
        }
        scf.if %v3897 {
          %v4235 = llvm.getelementptr %out_y[%v3892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3899, %v4235 : f32, !llvm.ptr
        }
        scf.if %v3914 {
          %v4236 = llvm.getelementptr %out_y[%v3909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3916, %v4236 : f32, !llvm.ptr
        }
        scf.if %v3931 {
          %v4237 = llvm.getelementptr %out_y[%v3926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3933, %v4237 : f32, !llvm.ptr
        }
        scf.if %v3948 {
          %v4238 = llvm.getelementptr %out_y[%v3943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3950, %v4238 : f32, !llvm.ptr
        }
        scf.if %v3965 {
          %v4239 = llvm.getelementptr %out_y[%v3960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3967, %v4239 : f32, !llvm.ptr
        }
        scf.if %v3982 {
          %v4240 = llvm.getelementptr %out_y[%v3977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3984, %v4240 : f32, !llvm.ptr
        }
        scf.if %v3999 {
          %v4241 = llvm.getelementptr %out_y[%v3994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4001, %v4241 : f32, !llvm.ptr
        }
        scf.if %v4016 {
          %v4242 = llvm.getelementptr %out_y[%v4011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4018, %v4242 : f32, !llvm.ptr
        }
        scf.if %v4033 {
          %v4243 = llvm.getelementptr %out_y[%v4028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4035, %v4243 : f32, !llvm.ptr
        }
        scf.if %v4050 {
          %v4244 = llvm.getelementptr %out_y[%v4045] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4052, %v4244 : f32, !llvm.ptr
        }
        scf.if %v4067 {
          %v4245 = llvm.getelementptr %out_y[%v4062] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4069, %v4245 : f32, !llvm.ptr
        }
        scf.if %v4084 {
          %v4246 = llvm.getelementptr %out_y[%v4079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4086, %v4246 : f32, !llvm.ptr
        }
        scf.if %v4101 {
          %v4247 = llvm.getelementptr %out_y[%v4096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4103, %v4247 : f32, !llvm.ptr
        }
        scf.if %v4118 {
          %v4248 = llvm.getelementptr %out_y[%v4113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4120, %v4248 : f32, !llvm.ptr
        }
        scf.if %v4135 {
          %v4249 = llvm.getelementptr %out_y[%v4130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4137, %v4249 : f32, !llvm.ptr
        }
        scf.if %v4152 {
          %v4250 = llvm.getelementptr %out_y[%v4147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4154, %v4250 : f32, !llvm.ptr
        }
        scf.if %v4169 {
          %v4251 = llvm.getelementptr %out_y[%v4164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4171, %v4251 : f32, !llvm.ptr
        }
        scf.if %v4186 {
          %v4252 = llvm.getelementptr %out_y[%v4181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4188, %v4252 : f32, !llvm.ptr
        }
        scf.if %v4203 {
          %v4253 = llvm.getelementptr %out_y[%v4198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4205, %v4253 : f32, !llvm.ptr
        }
        scf.if %v4220 {
          %v4254 = llvm.getelementptr %out_y[%v4215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4222, %v4254 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      gpu.return
    }
  }
}
