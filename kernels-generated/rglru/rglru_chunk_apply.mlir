module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_rglru_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<256 x i64>
    llvm.mlir.global internal @smem_rglru_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<8448 x f32>
    gpu.func @rglru_chunk_apply(%in_x: !llvm.ptr, %in_gate_a: !llvm.ptr, %in_gate_x: !llvm.ptr, %in_Lambda: !llvm.ptr, %out_y: !llvm.ptr, %carry_h: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.mlir.addressof @rows_rglru_chunk_apply : !llvm.ptr<3>
      %v6 = llvm.mlir.addressof @smem_rglru_chunk_apply : !llvm.ptr<3>
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
      %v2943 = arith.constant 0x3FB8AA3B : f32
      %v2948 = arith.constant 0x41000000 : f32
      %v3016 = arith.constant 192 : i64
      %v3031 = arith.constant 320 : i64
      %v3039 = arith.constant 384 : i64
      %v3047 = arith.constant 448 : i64
      %v3055 = arith.constant 512 : i64
      %v3063 = arith.constant 576 : i64
      %v3071 = arith.constant 640 : i64
      %v3079 = arith.constant 704 : i64
      %v3087 = arith.constant 768 : i64
      %v3095 = arith.constant 832 : i64
      %v3103 = arith.constant 896 : i64
      %v3111 = arith.constant 960 : i64
      %v3119 = arith.constant 1024 : i64
      %v3127 = arith.constant 1088 : i64
      %v3135 = arith.constant 1152 : i64
      %v3143 = arith.constant 1216 : i64
      %v3151 = arith.constant 1280 : i64
      %v3159 = arith.constant 1344 : i64
      %v3167 = arith.constant 1408 : i64
      %v3175 = arith.constant 1472 : i64
      %v3183 = arith.constant 1536 : i64
      %v3191 = arith.constant 1600 : i64
      %v3199 = arith.constant 1664 : i64
      %v3207 = arith.constant 1728 : i64
      %v3215 = arith.constant 1792 : i64
      %v3223 = arith.constant 1856 : i64
      %v3231 = arith.constant 1920 : i64
      %v3239 = arith.constant 1984 : i64
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
      %v2939 = llvm.getelementptr %in_Lambda[%v2938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2940 = llvm.load %v2939 : !llvm.ptr -> f32
      %v2942 = arith.negf %v2940 : f32
      %v2944 = arith.mulf %v2942, %v2943 fastmath<contract> : f32
      %v2945 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2944) : (f32) -> f32
      %v2946 = arith.addf %v2941, %v2945 fastmath<contract> : f32
      %v2947 = arith.divf %v2941, %v2946 : f32
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
      // staged load of `x`'s first tile: read, then shared memory
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
      %v96 = llvm.getelementptr %in_x[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v110 = llvm.getelementptr %in_x[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v125 = llvm.getelementptr %in_x[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v140 = llvm.getelementptr %in_x[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v155 = llvm.getelementptr %in_x[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v170 = llvm.getelementptr %in_x[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v185 = llvm.getelementptr %in_x[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v200 = llvm.getelementptr %in_x[%v197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v215 = llvm.getelementptr %in_x[%v212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v230 = llvm.getelementptr %in_x[%v227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v245 = llvm.getelementptr %in_x[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v260 = llvm.getelementptr %in_x[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v275 = llvm.getelementptr %in_x[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v290 = llvm.getelementptr %in_x[%v287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v305 = llvm.getelementptr %in_x[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v320 = llvm.getelementptr %in_x[%v317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v334 = llvm.getelementptr %in_x[%v331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v349 = llvm.getelementptr %in_x[%v346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v364 = llvm.getelementptr %in_x[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v379 = llvm.getelementptr %in_x[%v376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v394 = llvm.getelementptr %in_x[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v409 = llvm.getelementptr %in_x[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v424 = llvm.getelementptr %in_x[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v439 = llvm.getelementptr %in_x[%v436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v454 = llvm.getelementptr %in_x[%v451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v469 = llvm.getelementptr %in_x[%v466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v484 = llvm.getelementptr %in_x[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v499 = llvm.getelementptr %in_x[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v514 = llvm.getelementptr %in_x[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v529 = llvm.getelementptr %in_x[%v526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v544 = llvm.getelementptr %in_x[%v541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v559 = llvm.getelementptr %in_x[%v556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      // end staged load of `x`
      // staged load of `gate_a`'s first tile: read, then shared memory
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
      %v607 = llvm.getelementptr %in_gate_a[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v621 = llvm.getelementptr %in_gate_a[%v618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v635 = llvm.getelementptr %in_gate_a[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v649 = llvm.getelementptr %in_gate_a[%v646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v663 = llvm.getelementptr %in_gate_a[%v660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v677 = llvm.getelementptr %in_gate_a[%v674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v691 = llvm.getelementptr %in_gate_a[%v688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v705 = llvm.getelementptr %in_gate_a[%v702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v719 = llvm.getelementptr %in_gate_a[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v733 = llvm.getelementptr %in_gate_a[%v730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v747 = llvm.getelementptr %in_gate_a[%v744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v761 = llvm.getelementptr %in_gate_a[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v775 = llvm.getelementptr %in_gate_a[%v772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v789 = llvm.getelementptr %in_gate_a[%v786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v803 = llvm.getelementptr %in_gate_a[%v800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v817 = llvm.getelementptr %in_gate_a[%v814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v831 = llvm.getelementptr %in_gate_a[%v828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v845 = llvm.getelementptr %in_gate_a[%v842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v859 = llvm.getelementptr %in_gate_a[%v856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v873 = llvm.getelementptr %in_gate_a[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v887 = llvm.getelementptr %in_gate_a[%v884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v901 = llvm.getelementptr %in_gate_a[%v898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v915 = llvm.getelementptr %in_gate_a[%v912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v929 = llvm.getelementptr %in_gate_a[%v926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v943 = llvm.getelementptr %in_gate_a[%v940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v957 = llvm.getelementptr %in_gate_a[%v954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v971 = llvm.getelementptr %in_gate_a[%v968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v985 = llvm.getelementptr %in_gate_a[%v982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v999 = llvm.getelementptr %in_gate_a[%v996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1013 = llvm.getelementptr %in_gate_a[%v1010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1027 = llvm.getelementptr %in_gate_a[%v1024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1041 = llvm.getelementptr %in_gate_a[%v1038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      // end staged load of `gate_a`
      // staged load of `gate_x`'s first tile: read, then shared memory
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
      %v1090 = llvm.getelementptr %in_gate_x[%v1087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1104 = llvm.getelementptr %in_gate_x[%v1101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1118 = llvm.getelementptr %in_gate_x[%v1115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1132 = llvm.getelementptr %in_gate_x[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1146 = llvm.getelementptr %in_gate_x[%v1143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1160 = llvm.getelementptr %in_gate_x[%v1157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1174 = llvm.getelementptr %in_gate_x[%v1171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1188 = llvm.getelementptr %in_gate_x[%v1185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1202 = llvm.getelementptr %in_gate_x[%v1199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1216 = llvm.getelementptr %in_gate_x[%v1213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1230 = llvm.getelementptr %in_gate_x[%v1227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1244 = llvm.getelementptr %in_gate_x[%v1241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1258 = llvm.getelementptr %in_gate_x[%v1255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1272 = llvm.getelementptr %in_gate_x[%v1269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1286 = llvm.getelementptr %in_gate_x[%v1283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1300 = llvm.getelementptr %in_gate_x[%v1297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1314 = llvm.getelementptr %in_gate_x[%v1311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1328 = llvm.getelementptr %in_gate_x[%v1325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1342 = llvm.getelementptr %in_gate_x[%v1339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1356 = llvm.getelementptr %in_gate_x[%v1353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1370 = llvm.getelementptr %in_gate_x[%v1367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1384 = llvm.getelementptr %in_gate_x[%v1381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1398 = llvm.getelementptr %in_gate_x[%v1395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1412 = llvm.getelementptr %in_gate_x[%v1409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1426 = llvm.getelementptr %in_gate_x[%v1423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1440 = llvm.getelementptr %in_gate_x[%v1437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1454 = llvm.getelementptr %in_gate_x[%v1451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1468 = llvm.getelementptr %in_gate_x[%v1465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1482 = llvm.getelementptr %in_gate_x[%v1479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1496 = llvm.getelementptr %in_gate_x[%v1493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1510 = llvm.getelementptr %in_gate_x[%v1507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      %v1524 = llvm.getelementptr %in_gate_x[%v1521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
      // end staged load of `gate_x`
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
        %v1596 = llvm.getelementptr %in_x[%v1593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1610 = llvm.getelementptr %in_x[%v1607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1624 = llvm.getelementptr %in_x[%v1621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1638 = llvm.getelementptr %in_x[%v1635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1652 = llvm.getelementptr %in_x[%v1649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1666 = llvm.getelementptr %in_x[%v1663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1680 = llvm.getelementptr %in_x[%v1677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1694 = llvm.getelementptr %in_x[%v1691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1708 = llvm.getelementptr %in_x[%v1705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1722 = llvm.getelementptr %in_x[%v1719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1736 = llvm.getelementptr %in_x[%v1733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1750 = llvm.getelementptr %in_x[%v1747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1764 = llvm.getelementptr %in_x[%v1761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1778 = llvm.getelementptr %in_x[%v1775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1792 = llvm.getelementptr %in_x[%v1789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1806 = llvm.getelementptr %in_x[%v1803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1820 = llvm.getelementptr %in_x[%v1817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1834 = llvm.getelementptr %in_x[%v1831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1848 = llvm.getelementptr %in_x[%v1845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1862 = llvm.getelementptr %in_x[%v1859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1876 = llvm.getelementptr %in_x[%v1873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1890 = llvm.getelementptr %in_x[%v1887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1904 = llvm.getelementptr %in_x[%v1901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1918 = llvm.getelementptr %in_x[%v1915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1932 = llvm.getelementptr %in_x[%v1929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1946 = llvm.getelementptr %in_x[%v1943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1960 = llvm.getelementptr %in_x[%v1957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1974 = llvm.getelementptr %in_x[%v1971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v1988 = llvm.getelementptr %in_x[%v1985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2002 = llvm.getelementptr %in_x[%v1999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2016 = llvm.getelementptr %in_x[%v2013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2030 = llvm.getelementptr %in_x[%v2027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2046 = llvm.getelementptr %in_gate_a[%v2043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2060 = llvm.getelementptr %in_gate_a[%v2057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2074 = llvm.getelementptr %in_gate_a[%v2071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2088 = llvm.getelementptr %in_gate_a[%v2085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2102 = llvm.getelementptr %in_gate_a[%v2099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2116 = llvm.getelementptr %in_gate_a[%v2113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2130 = llvm.getelementptr %in_gate_a[%v2127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2144 = llvm.getelementptr %in_gate_a[%v2141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2158 = llvm.getelementptr %in_gate_a[%v2155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2172 = llvm.getelementptr %in_gate_a[%v2169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2186 = llvm.getelementptr %in_gate_a[%v2183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2200 = llvm.getelementptr %in_gate_a[%v2197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2214 = llvm.getelementptr %in_gate_a[%v2211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2228 = llvm.getelementptr %in_gate_a[%v2225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2242 = llvm.getelementptr %in_gate_a[%v2239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2256 = llvm.getelementptr %in_gate_a[%v2253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2270 = llvm.getelementptr %in_gate_a[%v2267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2284 = llvm.getelementptr %in_gate_a[%v2281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2298 = llvm.getelementptr %in_gate_a[%v2295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2312 = llvm.getelementptr %in_gate_a[%v2309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2326 = llvm.getelementptr %in_gate_a[%v2323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2340 = llvm.getelementptr %in_gate_a[%v2337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2354 = llvm.getelementptr %in_gate_a[%v2351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2368 = llvm.getelementptr %in_gate_a[%v2365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2382 = llvm.getelementptr %in_gate_a[%v2379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2396 = llvm.getelementptr %in_gate_a[%v2393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2410 = llvm.getelementptr %in_gate_a[%v2407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2424 = llvm.getelementptr %in_gate_a[%v2421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2438 = llvm.getelementptr %in_gate_a[%v2435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2452 = llvm.getelementptr %in_gate_a[%v2449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2466 = llvm.getelementptr %in_gate_a[%v2463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2480 = llvm.getelementptr %in_gate_a[%v2477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2496 = llvm.getelementptr %in_gate_x[%v2493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2510 = llvm.getelementptr %in_gate_x[%v2507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2524 = llvm.getelementptr %in_gate_x[%v2521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2538 = llvm.getelementptr %in_gate_x[%v2535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2552 = llvm.getelementptr %in_gate_x[%v2549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2566 = llvm.getelementptr %in_gate_x[%v2563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2580 = llvm.getelementptr %in_gate_x[%v2577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2594 = llvm.getelementptr %in_gate_x[%v2591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2608 = llvm.getelementptr %in_gate_x[%v2605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2622 = llvm.getelementptr %in_gate_x[%v2619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2636 = llvm.getelementptr %in_gate_x[%v2633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2650 = llvm.getelementptr %in_gate_x[%v2647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2664 = llvm.getelementptr %in_gate_x[%v2661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2678 = llvm.getelementptr %in_gate_x[%v2675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2692 = llvm.getelementptr %in_gate_x[%v2689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2706 = llvm.getelementptr %in_gate_x[%v2703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2720 = llvm.getelementptr %in_gate_x[%v2717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2734 = llvm.getelementptr %in_gate_x[%v2731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2748 = llvm.getelementptr %in_gate_x[%v2745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2762 = llvm.getelementptr %in_gate_x[%v2759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2776 = llvm.getelementptr %in_gate_x[%v2773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2790 = llvm.getelementptr %in_gate_x[%v2787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2804 = llvm.getelementptr %in_gate_x[%v2801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2818 = llvm.getelementptr %in_gate_x[%v2815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2832 = llvm.getelementptr %in_gate_x[%v2829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2846 = llvm.getelementptr %in_gate_x[%v2843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2860 = llvm.getelementptr %in_gate_x[%v2857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2874 = llvm.getelementptr %in_gate_x[%v2871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2888 = llvm.getelementptr %in_gate_x[%v2885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2902 = llvm.getelementptr %in_gate_x[%v2899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2916 = llvm.getelementptr %in_gate_x[%v2913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v2930 = llvm.getelementptr %in_gate_x[%v2927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2931 = llvm.load %v2930 : !llvm.ptr -> f32
        %v2932 = arith.index_cast %v30 : i64 to index
        %v2933 = arith.index_cast %v1580 : i64 to index
        %v2934 = arith.index_cast %v1 : i64 to index
        scf.for %v2935 = %v2932 to %v2933 step %v2934 {
          %v2936 = arith.index_cast %v2935 : index to i64
          %v2937 = arith.addi %v1562, %v2936 : i64
          %v2949 = arith.muli %v1, %v15 : i64
          %v2950 = arith.addi %v2949, %v13 : i64
          %v2951 = arith.muli %v2950, %v93 : i64
          %v2952 = arith.addi %v2951, %v2936 : i64
          %v2953 = llvm.getelementptr %v6[%v2952] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2954 = llvm.load %v2953 : !llvm.ptr<3> -> f32
          %v2955 = arith.negf %v2954 : f32
          %v2956 = arith.mulf %v2955, %v2943 fastmath<contract> : f32
          %v2957 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2956) : (f32) -> f32
          %v2958 = arith.addf %v2941, %v2957 fastmath<contract> : f32
          %v2959 = arith.divf %v2941, %v2958 : f32
          %v2960 = arith.mulf %v2948, %v2959 fastmath<contract> : f32
          %v2961 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2947) : (f32) -> f32
          %v2962 = arith.mulf %v2960, %v2961 fastmath<contract> : f32
          %v2963 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2962) : (f32) -> f32
          %v2964 = arith.mulf %v2963, %v2963 fastmath<contract> : f32
          %v2965 = arith.subf %v2941, %v2964 fastmath<contract> : f32
          %v2966 = llvm.call_intrinsic "llvm.sqrt.f32"(%v2965) : (f32) -> f32
          %v2967 = arith.muli %v54, %v15 : i64
          %v2968 = arith.addi %v2967, %v13 : i64
          %v2969 = arith.muli %v2968, %v93 : i64
          %v2970 = arith.addi %v2969, %v2936 : i64
          %v2971 = llvm.getelementptr %v6[%v2970] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2972 = llvm.load %v2971 : !llvm.ptr<3> -> f32
          %v2973 = arith.negf %v2972 : f32
          %v2974 = arith.mulf %v2973, %v2943 fastmath<contract> : f32
          %v2975 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2974) : (f32) -> f32
          %v2976 = arith.addf %v2941, %v2975 fastmath<contract> : f32
          %v2977 = arith.divf %v2941, %v2976 : f32
          %v2978 = arith.muli %v30, %v15 : i64
          %v2979 = arith.addi %v2978, %v13 : i64
          %v2980 = arith.muli %v2979, %v93 : i64
          %v2981 = arith.addi %v2980, %v2936 : i64
          %v2982 = llvm.getelementptr %v6[%v2981] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2983 = llvm.load %v2982 : !llvm.ptr<3> -> f32
          %v2984 = arith.mulf %v2977, %v2983 fastmath<contract> : f32
          %v2985 = arith.mulf %v2966, %v2984 fastmath<contract> : f32
          %v2986 = llvm.load %v4 : !llvm.ptr -> f32
          %v2987 = arith.mulf %v2963, %v2986 fastmath<contract> : f32
          %v2988 = arith.addf %v2987, %v2985 fastmath<contract> : f32
          llvm.store %v2988, %v4 : f32, !llvm.ptr
          %v2989 = llvm.load %v4 : !llvm.ptr -> f32
          %v2990 = arith.muli %v65, %v15 : i64
          %v2991 = arith.addi %v2990, %v13 : i64
          %v2992 = arith.muli %v2991, %v93 : i64
          %v2993 = arith.addi %v2992, %v2936 : i64
          %v2994 = llvm.getelementptr %v6[%v2993] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2989, %v2994 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v2995 = arith.addi %v30, %v13 : i64
        %v2996 = arith.divui %v2995, %v80 : i64
        %v2997 = arith.remui %v2995, %v80 : i64
        %v2998 = arith.addi %v30, %v2996 : i64
        %v2999 = arith.muli %v2998, %v93 : i64
        %v3000 = arith.addi %v2999, %v2997 : i64
        %v3001 = llvm.getelementptr %v6[%v3000] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1597, %v3001 : f32, !llvm.ptr<3>
        %v3002 = arith.addi %v15, %v13 : i64
        %v3003 = arith.divui %v3002, %v80 : i64
        %v3004 = arith.remui %v3002, %v80 : i64
        %v3005 = arith.addi %v30, %v3003 : i64
        %v3006 = arith.muli %v3005, %v93 : i64
        %v3007 = arith.addi %v3006, %v3004 : i64
        %v3008 = llvm.getelementptr %v6[%v3007] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1611, %v3008 : f32, !llvm.ptr<3>
        %v3009 = arith.addi %v1079, %v13 : i64
        %v3010 = arith.divui %v3009, %v80 : i64
        %v3011 = arith.remui %v3009, %v80 : i64
        %v3012 = arith.addi %v30, %v3010 : i64
        %v3013 = arith.muli %v3012, %v93 : i64
        %v3014 = arith.addi %v3013, %v3011 : i64
        %v3015 = llvm.getelementptr %v6[%v3014] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1625, %v3015 : f32, !llvm.ptr<3>
        %v3017 = arith.addi %v3016, %v13 : i64
        %v3018 = arith.divui %v3017, %v80 : i64
        %v3019 = arith.remui %v3017, %v80 : i64
        %v3020 = arith.addi %v30, %v3018 : i64
        %v3021 = arith.muli %v3020, %v93 : i64
        %v3022 = arith.addi %v3021, %v3019 : i64
        %v3023 = llvm.getelementptr %v6[%v3022] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1639, %v3023 : f32, !llvm.ptr<3>
        %v3024 = arith.addi %v9, %v13 : i64
        %v3025 = arith.divui %v3024, %v80 : i64
        %v3026 = arith.remui %v3024, %v80 : i64
        %v3027 = arith.addi %v30, %v3025 : i64
        %v3028 = arith.muli %v3027, %v93 : i64
        %v3029 = arith.addi %v3028, %v3026 : i64
        %v3030 = llvm.getelementptr %v6[%v3029] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1653, %v3030 : f32, !llvm.ptr<3>
        %v3032 = arith.addi %v3031, %v13 : i64
        %v3033 = arith.divui %v3032, %v80 : i64
        %v3034 = arith.remui %v3032, %v80 : i64
        %v3035 = arith.addi %v30, %v3033 : i64
        %v3036 = arith.muli %v3035, %v93 : i64
        %v3037 = arith.addi %v3036, %v3034 : i64
        %v3038 = llvm.getelementptr %v6[%v3037] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1667, %v3038 : f32, !llvm.ptr<3>
        %v3040 = arith.addi %v3039, %v13 : i64
        %v3041 = arith.divui %v3040, %v80 : i64
        %v3042 = arith.remui %v3040, %v80 : i64
        %v3043 = arith.addi %v30, %v3041 : i64
        %v3044 = arith.muli %v3043, %v93 : i64
        %v3045 = arith.addi %v3044, %v3042 : i64
        %v3046 = llvm.getelementptr %v6[%v3045] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1681, %v3046 : f32, !llvm.ptr<3>
        %v3048 = arith.addi %v3047, %v13 : i64
        %v3049 = arith.divui %v3048, %v80 : i64
        %v3050 = arith.remui %v3048, %v80 : i64
        %v3051 = arith.addi %v30, %v3049 : i64
        %v3052 = arith.muli %v3051, %v93 : i64
        %v3053 = arith.addi %v3052, %v3050 : i64
        %v3054 = llvm.getelementptr %v6[%v3053] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1695, %v3054 : f32, !llvm.ptr<3>
        %v3056 = arith.addi %v3055, %v13 : i64
        %v3057 = arith.divui %v3056, %v80 : i64
        %v3058 = arith.remui %v3056, %v80 : i64
        %v3059 = arith.addi %v30, %v3057 : i64
        %v3060 = arith.muli %v3059, %v93 : i64
        %v3061 = arith.addi %v3060, %v3058 : i64
        %v3062 = llvm.getelementptr %v6[%v3061] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1709, %v3062 : f32, !llvm.ptr<3>
        %v3064 = arith.addi %v3063, %v13 : i64
        %v3065 = arith.divui %v3064, %v80 : i64
        %v3066 = arith.remui %v3064, %v80 : i64
        %v3067 = arith.addi %v30, %v3065 : i64
        %v3068 = arith.muli %v3067, %v93 : i64
        %v3069 = arith.addi %v3068, %v3066 : i64
        %v3070 = llvm.getelementptr %v6[%v3069] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1723, %v3070 : f32, !llvm.ptr<3>
        %v3072 = arith.addi %v3071, %v13 : i64
        %v3073 = arith.divui %v3072, %v80 : i64
        %v3074 = arith.remui %v3072, %v80 : i64
        %v3075 = arith.addi %v30, %v3073 : i64
        %v3076 = arith.muli %v3075, %v93 : i64
        %v3077 = arith.addi %v3076, %v3074 : i64
        %v3078 = llvm.getelementptr %v6[%v3077] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1737, %v3078 : f32, !llvm.ptr<3>
        %v3080 = arith.addi %v3079, %v13 : i64
        %v3081 = arith.divui %v3080, %v80 : i64
        %v3082 = arith.remui %v3080, %v80 : i64
        %v3083 = arith.addi %v30, %v3081 : i64
        %v3084 = arith.muli %v3083, %v93 : i64
        %v3085 = arith.addi %v3084, %v3082 : i64
        %v3086 = llvm.getelementptr %v6[%v3085] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1751, %v3086 : f32, !llvm.ptr<3>
        %v3088 = arith.addi %v3087, %v13 : i64
        %v3089 = arith.divui %v3088, %v80 : i64
        %v3090 = arith.remui %v3088, %v80 : i64
        %v3091 = arith.addi %v30, %v3089 : i64
        %v3092 = arith.muli %v3091, %v93 : i64
        %v3093 = arith.addi %v3092, %v3090 : i64
        %v3094 = llvm.getelementptr %v6[%v3093] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1765, %v3094 : f32, !llvm.ptr<3>
        %v3096 = arith.addi %v3095, %v13 : i64
        %v3097 = arith.divui %v3096, %v80 : i64
        %v3098 = arith.remui %v3096, %v80 : i64
        %v3099 = arith.addi %v30, %v3097 : i64
        %v3100 = arith.muli %v3099, %v93 : i64
        %v3101 = arith.addi %v3100, %v3098 : i64
        %v3102 = llvm.getelementptr %v6[%v3101] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1779, %v3102 : f32, !llvm.ptr<3>
        %v3104 = arith.addi %v3103, %v13 : i64
        %v3105 = arith.divui %v3104, %v80 : i64
        %v3106 = arith.remui %v3104, %v80 : i64
        %v3107 = arith.addi %v30, %v3105 : i64
        %v3108 = arith.muli %v3107, %v93 : i64
        %v3109 = arith.addi %v3108, %v3106 : i64
        %v3110 = llvm.getelementptr %v6[%v3109] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1793, %v3110 : f32, !llvm.ptr<3>
        %v3112 = arith.addi %v3111, %v13 : i64
        %v3113 = arith.divui %v3112, %v80 : i64
        %v3114 = arith.remui %v3112, %v80 : i64
        %v3115 = arith.addi %v30, %v3113 : i64
        %v3116 = arith.muli %v3115, %v93 : i64
        %v3117 = arith.addi %v3116, %v3114 : i64
        %v3118 = llvm.getelementptr %v6[%v3117] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1807, %v3118 : f32, !llvm.ptr<3>
        %v3120 = arith.addi %v3119, %v13 : i64
        %v3121 = arith.divui %v3120, %v80 : i64
        %v3122 = arith.remui %v3120, %v80 : i64
        %v3123 = arith.addi %v30, %v3121 : i64
        %v3124 = arith.muli %v3123, %v93 : i64
        %v3125 = arith.addi %v3124, %v3122 : i64
        %v3126 = llvm.getelementptr %v6[%v3125] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1821, %v3126 : f32, !llvm.ptr<3>
        %v3128 = arith.addi %v3127, %v13 : i64
        %v3129 = arith.divui %v3128, %v80 : i64
        %v3130 = arith.remui %v3128, %v80 : i64
        %v3131 = arith.addi %v30, %v3129 : i64
        %v3132 = arith.muli %v3131, %v93 : i64
        %v3133 = arith.addi %v3132, %v3130 : i64
        %v3134 = llvm.getelementptr %v6[%v3133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1835, %v3134 : f32, !llvm.ptr<3>
        %v3136 = arith.addi %v3135, %v13 : i64
        %v3137 = arith.divui %v3136, %v80 : i64
        %v3138 = arith.remui %v3136, %v80 : i64
        %v3139 = arith.addi %v30, %v3137 : i64
        %v3140 = arith.muli %v3139, %v93 : i64
        %v3141 = arith.addi %v3140, %v3138 : i64
        %v3142 = llvm.getelementptr %v6[%v3141] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1849, %v3142 : f32, !llvm.ptr<3>
        %v3144 = arith.addi %v3143, %v13 : i64
        %v3145 = arith.divui %v3144, %v80 : i64
        %v3146 = arith.remui %v3144, %v80 : i64
        %v3147 = arith.addi %v30, %v3145 : i64
        %v3148 = arith.muli %v3147, %v93 : i64
        %v3149 = arith.addi %v3148, %v3146 : i64
        %v3150 = llvm.getelementptr %v6[%v3149] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1863, %v3150 : f32, !llvm.ptr<3>
        %v3152 = arith.addi %v3151, %v13 : i64
        %v3153 = arith.divui %v3152, %v80 : i64
        %v3154 = arith.remui %v3152, %v80 : i64
        %v3155 = arith.addi %v30, %v3153 : i64
        %v3156 = arith.muli %v3155, %v93 : i64
        %v3157 = arith.addi %v3156, %v3154 : i64
        %v3158 = llvm.getelementptr %v6[%v3157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1877, %v3158 : f32, !llvm.ptr<3>
        %v3160 = arith.addi %v3159, %v13 : i64
        %v3161 = arith.divui %v3160, %v80 : i64
        %v3162 = arith.remui %v3160, %v80 : i64
        %v3163 = arith.addi %v30, %v3161 : i64
        %v3164 = arith.muli %v3163, %v93 : i64
        %v3165 = arith.addi %v3164, %v3162 : i64
        %v3166 = llvm.getelementptr %v6[%v3165] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1891, %v3166 : f32, !llvm.ptr<3>
        %v3168 = arith.addi %v3167, %v13 : i64
        %v3169 = arith.divui %v3168, %v80 : i64
        %v3170 = arith.remui %v3168, %v80 : i64
        %v3171 = arith.addi %v30, %v3169 : i64
        %v3172 = arith.muli %v3171, %v93 : i64
        %v3173 = arith.addi %v3172, %v3170 : i64
        %v3174 = llvm.getelementptr %v6[%v3173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1905, %v3174 : f32, !llvm.ptr<3>
        %v3176 = arith.addi %v3175, %v13 : i64
        %v3177 = arith.divui %v3176, %v80 : i64
        %v3178 = arith.remui %v3176, %v80 : i64
        %v3179 = arith.addi %v30, %v3177 : i64
        %v3180 = arith.muli %v3179, %v93 : i64
        %v3181 = arith.addi %v3180, %v3178 : i64
        %v3182 = llvm.getelementptr %v6[%v3181] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1919, %v3182 : f32, !llvm.ptr<3>
        %v3184 = arith.addi %v3183, %v13 : i64
        %v3185 = arith.divui %v3184, %v80 : i64
        %v3186 = arith.remui %v3184, %v80 : i64
        %v3187 = arith.addi %v30, %v3185 : i64
        %v3188 = arith.muli %v3187, %v93 : i64
        %v3189 = arith.addi %v3188, %v3186 : i64
        %v3190 = llvm.getelementptr %v6[%v3189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1933, %v3190 : f32, !llvm.ptr<3>
        %v3192 = arith.addi %v3191, %v13 : i64
        %v3193 = arith.divui %v3192, %v80 : i64
        %v3194 = arith.remui %v3192, %v80 : i64
        %v3195 = arith.addi %v30, %v3193 : i64
        %v3196 = arith.muli %v3195, %v93 : i64
        %v3197 = arith.addi %v3196, %v3194 : i64
        %v3198 = llvm.getelementptr %v6[%v3197] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1947, %v3198 : f32, !llvm.ptr<3>
        %v3200 = arith.addi %v3199, %v13 : i64
        %v3201 = arith.divui %v3200, %v80 : i64
        %v3202 = arith.remui %v3200, %v80 : i64
        %v3203 = arith.addi %v30, %v3201 : i64
        %v3204 = arith.muli %v3203, %v93 : i64
        %v3205 = arith.addi %v3204, %v3202 : i64
        %v3206 = llvm.getelementptr %v6[%v3205] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1961, %v3206 : f32, !llvm.ptr<3>
        %v3208 = arith.addi %v3207, %v13 : i64
        %v3209 = arith.divui %v3208, %v80 : i64
        %v3210 = arith.remui %v3208, %v80 : i64
        %v3211 = arith.addi %v30, %v3209 : i64
        %v3212 = arith.muli %v3211, %v93 : i64
        %v3213 = arith.addi %v3212, %v3210 : i64
        %v3214 = llvm.getelementptr %v6[%v3213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1975, %v3214 : f32, !llvm.ptr<3>
        %v3216 = arith.addi %v3215, %v13 : i64
        %v3217 = arith.divui %v3216, %v80 : i64
        %v3218 = arith.remui %v3216, %v80 : i64
        %v3219 = arith.addi %v30, %v3217 : i64
        %v3220 = arith.muli %v3219, %v93 : i64
        %v3221 = arith.addi %v3220, %v3218 : i64
        %v3222 = llvm.getelementptr %v6[%v3221] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1989, %v3222 : f32, !llvm.ptr<3>
        %v3224 = arith.addi %v3223, %v13 : i64
        %v3225 = arith.divui %v3224, %v80 : i64
        %v3226 = arith.remui %v3224, %v80 : i64
        %v3227 = arith.addi %v30, %v3225 : i64
        %v3228 = arith.muli %v3227, %v93 : i64
        %v3229 = arith.addi %v3228, %v3226 : i64
        %v3230 = llvm.getelementptr %v6[%v3229] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2003, %v3230 : f32, !llvm.ptr<3>
        %v3232 = arith.addi %v3231, %v13 : i64
        %v3233 = arith.divui %v3232, %v80 : i64
        %v3234 = arith.remui %v3232, %v80 : i64
        %v3235 = arith.addi %v30, %v3233 : i64
        %v3236 = arith.muli %v3235, %v93 : i64
        %v3237 = arith.addi %v3236, %v3234 : i64
        %v3238 = llvm.getelementptr %v6[%v3237] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2017, %v3238 : f32, !llvm.ptr<3>
        %v3240 = arith.addi %v3239, %v13 : i64
        %v3241 = arith.divui %v3240, %v80 : i64
        %v3242 = arith.remui %v3240, %v80 : i64
        %v3243 = arith.addi %v30, %v3241 : i64
        %v3244 = arith.muli %v3243, %v93 : i64
        %v3245 = arith.addi %v3244, %v3242 : i64
        %v3246 = llvm.getelementptr %v6[%v3245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2031, %v3246 : f32, !llvm.ptr<3>
        %v3247 = arith.addi %v30, %v13 : i64
        %v3248 = arith.divui %v3247, %v80 : i64
        %v3249 = arith.remui %v3247, %v80 : i64
        %v3250 = arith.addi %v15, %v3248 : i64
        %v3251 = arith.muli %v3250, %v93 : i64
        %v3252 = arith.addi %v3251, %v3249 : i64
        %v3253 = llvm.getelementptr %v6[%v3252] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2047, %v3253 : f32, !llvm.ptr<3>
        %v3254 = arith.addi %v15, %v13 : i64
        %v3255 = arith.divui %v3254, %v80 : i64
        %v3256 = arith.remui %v3254, %v80 : i64
        %v3257 = arith.addi %v15, %v3255 : i64
        %v3258 = arith.muli %v3257, %v93 : i64
        %v3259 = arith.addi %v3258, %v3256 : i64
        %v3260 = llvm.getelementptr %v6[%v3259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2061, %v3260 : f32, !llvm.ptr<3>
        %v3261 = arith.addi %v1079, %v13 : i64
        %v3262 = arith.divui %v3261, %v80 : i64
        %v3263 = arith.remui %v3261, %v80 : i64
        %v3264 = arith.addi %v15, %v3262 : i64
        %v3265 = arith.muli %v3264, %v93 : i64
        %v3266 = arith.addi %v3265, %v3263 : i64
        %v3267 = llvm.getelementptr %v6[%v3266] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2075, %v3267 : f32, !llvm.ptr<3>
        %v3268 = arith.addi %v3016, %v13 : i64
        %v3269 = arith.divui %v3268, %v80 : i64
        %v3270 = arith.remui %v3268, %v80 : i64
        %v3271 = arith.addi %v15, %v3269 : i64
        %v3272 = arith.muli %v3271, %v93 : i64
        %v3273 = arith.addi %v3272, %v3270 : i64
        %v3274 = llvm.getelementptr %v6[%v3273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2089, %v3274 : f32, !llvm.ptr<3>
        %v3275 = arith.addi %v9, %v13 : i64
        %v3276 = arith.divui %v3275, %v80 : i64
        %v3277 = arith.remui %v3275, %v80 : i64
        %v3278 = arith.addi %v15, %v3276 : i64
        %v3279 = arith.muli %v3278, %v93 : i64
        %v3280 = arith.addi %v3279, %v3277 : i64
        %v3281 = llvm.getelementptr %v6[%v3280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2103, %v3281 : f32, !llvm.ptr<3>
        %v3282 = arith.addi %v3031, %v13 : i64
        %v3283 = arith.divui %v3282, %v80 : i64
        %v3284 = arith.remui %v3282, %v80 : i64
        %v3285 = arith.addi %v15, %v3283 : i64
        %v3286 = arith.muli %v3285, %v93 : i64
        %v3287 = arith.addi %v3286, %v3284 : i64
        %v3288 = llvm.getelementptr %v6[%v3287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2117, %v3288 : f32, !llvm.ptr<3>
        %v3289 = arith.addi %v3039, %v13 : i64
        %v3290 = arith.divui %v3289, %v80 : i64
        %v3291 = arith.remui %v3289, %v80 : i64
        %v3292 = arith.addi %v15, %v3290 : i64
        %v3293 = arith.muli %v3292, %v93 : i64
        %v3294 = arith.addi %v3293, %v3291 : i64
        %v3295 = llvm.getelementptr %v6[%v3294] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2131, %v3295 : f32, !llvm.ptr<3>
        %v3296 = arith.addi %v3047, %v13 : i64
        %v3297 = arith.divui %v3296, %v80 : i64
        %v3298 = arith.remui %v3296, %v80 : i64
        %v3299 = arith.addi %v15, %v3297 : i64
        %v3300 = arith.muli %v3299, %v93 : i64
        %v3301 = arith.addi %v3300, %v3298 : i64
        %v3302 = llvm.getelementptr %v6[%v3301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2145, %v3302 : f32, !llvm.ptr<3>
        %v3303 = arith.addi %v3055, %v13 : i64
        %v3304 = arith.divui %v3303, %v80 : i64
        %v3305 = arith.remui %v3303, %v80 : i64
        %v3306 = arith.addi %v15, %v3304 : i64
        %v3307 = arith.muli %v3306, %v93 : i64
        %v3308 = arith.addi %v3307, %v3305 : i64
        %v3309 = llvm.getelementptr %v6[%v3308] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2159, %v3309 : f32, !llvm.ptr<3>
        %v3310 = arith.addi %v3063, %v13 : i64
        %v3311 = arith.divui %v3310, %v80 : i64
        %v3312 = arith.remui %v3310, %v80 : i64
        %v3313 = arith.addi %v15, %v3311 : i64
        %v3314 = arith.muli %v3313, %v93 : i64
        %v3315 = arith.addi %v3314, %v3312 : i64
        %v3316 = llvm.getelementptr %v6[%v3315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2173, %v3316 : f32, !llvm.ptr<3>
        %v3317 = arith.addi %v3071, %v13 : i64
        %v3318 = arith.divui %v3317, %v80 : i64
        %v3319 = arith.remui %v3317, %v80 : i64
        %v3320 = arith.addi %v15, %v3318 : i64
        %v3321 = arith.muli %v3320, %v93 : i64
        %v3322 = arith.addi %v3321, %v3319 : i64
        %v3323 = llvm.getelementptr %v6[%v3322] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2187, %v3323 : f32, !llvm.ptr<3>
        %v3324 = arith.addi %v3079, %v13 : i64
        %v3325 = arith.divui %v3324, %v80 : i64
        %v3326 = arith.remui %v3324, %v80 : i64
        %v3327 = arith.addi %v15, %v3325 : i64
        %v3328 = arith.muli %v3327, %v93 : i64
        %v3329 = arith.addi %v3328, %v3326 : i64
        %v3330 = llvm.getelementptr %v6[%v3329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2201, %v3330 : f32, !llvm.ptr<3>
        %v3331 = arith.addi %v3087, %v13 : i64
        %v3332 = arith.divui %v3331, %v80 : i64
        %v3333 = arith.remui %v3331, %v80 : i64
        %v3334 = arith.addi %v15, %v3332 : i64
        %v3335 = arith.muli %v3334, %v93 : i64
        %v3336 = arith.addi %v3335, %v3333 : i64
        %v3337 = llvm.getelementptr %v6[%v3336] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2215, %v3337 : f32, !llvm.ptr<3>
        %v3338 = arith.addi %v3095, %v13 : i64
        %v3339 = arith.divui %v3338, %v80 : i64
        %v3340 = arith.remui %v3338, %v80 : i64
        %v3341 = arith.addi %v15, %v3339 : i64
        %v3342 = arith.muli %v3341, %v93 : i64
        %v3343 = arith.addi %v3342, %v3340 : i64
        %v3344 = llvm.getelementptr %v6[%v3343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2229, %v3344 : f32, !llvm.ptr<3>
        %v3345 = arith.addi %v3103, %v13 : i64
        %v3346 = arith.divui %v3345, %v80 : i64
        %v3347 = arith.remui %v3345, %v80 : i64
        %v3348 = arith.addi %v15, %v3346 : i64
        %v3349 = arith.muli %v3348, %v93 : i64
        %v3350 = arith.addi %v3349, %v3347 : i64
        %v3351 = llvm.getelementptr %v6[%v3350] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2243, %v3351 : f32, !llvm.ptr<3>
        %v3352 = arith.addi %v3111, %v13 : i64
        %v3353 = arith.divui %v3352, %v80 : i64
        %v3354 = arith.remui %v3352, %v80 : i64
        %v3355 = arith.addi %v15, %v3353 : i64
        %v3356 = arith.muli %v3355, %v93 : i64
        %v3357 = arith.addi %v3356, %v3354 : i64
        %v3358 = llvm.getelementptr %v6[%v3357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2257, %v3358 : f32, !llvm.ptr<3>
        %v3359 = arith.addi %v3119, %v13 : i64
        %v3360 = arith.divui %v3359, %v80 : i64
        %v3361 = arith.remui %v3359, %v80 : i64
        %v3362 = arith.addi %v15, %v3360 : i64
        %v3363 = arith.muli %v3362, %v93 : i64
        %v3364 = arith.addi %v3363, %v3361 : i64
        %v3365 = llvm.getelementptr %v6[%v3364] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2271, %v3365 : f32, !llvm.ptr<3>
        %v3366 = arith.addi %v3127, %v13 : i64
        %v3367 = arith.divui %v3366, %v80 : i64
        %v3368 = arith.remui %v3366, %v80 : i64
        %v3369 = arith.addi %v15, %v3367 : i64
        %v3370 = arith.muli %v3369, %v93 : i64
        %v3371 = arith.addi %v3370, %v3368 : i64
        %v3372 = llvm.getelementptr %v6[%v3371] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2285, %v3372 : f32, !llvm.ptr<3>
        %v3373 = arith.addi %v3135, %v13 : i64
        %v3374 = arith.divui %v3373, %v80 : i64
        %v3375 = arith.remui %v3373, %v80 : i64
        %v3376 = arith.addi %v15, %v3374 : i64
        %v3377 = arith.muli %v3376, %v93 : i64
        %v3378 = arith.addi %v3377, %v3375 : i64
        %v3379 = llvm.getelementptr %v6[%v3378] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2299, %v3379 : f32, !llvm.ptr<3>
        %v3380 = arith.addi %v3143, %v13 : i64
        %v3381 = arith.divui %v3380, %v80 : i64
        %v3382 = arith.remui %v3380, %v80 : i64
        %v3383 = arith.addi %v15, %v3381 : i64
        %v3384 = arith.muli %v3383, %v93 : i64
        %v3385 = arith.addi %v3384, %v3382 : i64
        %v3386 = llvm.getelementptr %v6[%v3385] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2313, %v3386 : f32, !llvm.ptr<3>
        %v3387 = arith.addi %v3151, %v13 : i64
        %v3388 = arith.divui %v3387, %v80 : i64
        %v3389 = arith.remui %v3387, %v80 : i64
        %v3390 = arith.addi %v15, %v3388 : i64
        %v3391 = arith.muli %v3390, %v93 : i64
        %v3392 = arith.addi %v3391, %v3389 : i64
        %v3393 = llvm.getelementptr %v6[%v3392] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2327, %v3393 : f32, !llvm.ptr<3>
        %v3394 = arith.addi %v3159, %v13 : i64
        %v3395 = arith.divui %v3394, %v80 : i64
        %v3396 = arith.remui %v3394, %v80 : i64
        %v3397 = arith.addi %v15, %v3395 : i64
        %v3398 = arith.muli %v3397, %v93 : i64
        %v3399 = arith.addi %v3398, %v3396 : i64
        %v3400 = llvm.getelementptr %v6[%v3399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2341, %v3400 : f32, !llvm.ptr<3>
        %v3401 = arith.addi %v3167, %v13 : i64
        %v3402 = arith.divui %v3401, %v80 : i64
        %v3403 = arith.remui %v3401, %v80 : i64
        %v3404 = arith.addi %v15, %v3402 : i64
        %v3405 = arith.muli %v3404, %v93 : i64
        %v3406 = arith.addi %v3405, %v3403 : i64
        %v3407 = llvm.getelementptr %v6[%v3406] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2355, %v3407 : f32, !llvm.ptr<3>
        %v3408 = arith.addi %v3175, %v13 : i64
        %v3409 = arith.divui %v3408, %v80 : i64
        %v3410 = arith.remui %v3408, %v80 : i64
        %v3411 = arith.addi %v15, %v3409 : i64
        %v3412 = arith.muli %v3411, %v93 : i64
        %v3413 = arith.addi %v3412, %v3410 : i64
        %v3414 = llvm.getelementptr %v6[%v3413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2369, %v3414 : f32, !llvm.ptr<3>
        %v3415 = arith.addi %v3183, %v13 : i64
        %v3416 = arith.divui %v3415, %v80 : i64
        %v3417 = arith.remui %v3415, %v80 : i64
        %v3418 = arith.addi %v15, %v3416 : i64
        %v3419 = arith.muli %v3418, %v93 : i64
        %v3420 = arith.addi %v3419, %v3417 : i64
        %v3421 = llvm.getelementptr %v6[%v3420] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2383, %v3421 : f32, !llvm.ptr<3>
        %v3422 = arith.addi %v3191, %v13 : i64
        %v3423 = arith.divui %v3422, %v80 : i64
        %v3424 = arith.remui %v3422, %v80 : i64
        %v3425 = arith.addi %v15, %v3423 : i64
        %v3426 = arith.muli %v3425, %v93 : i64
        %v3427 = arith.addi %v3426, %v3424 : i64
        %v3428 = llvm.getelementptr %v6[%v3427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2397, %v3428 : f32, !llvm.ptr<3>
        %v3429 = arith.addi %v3199, %v13 : i64
        %v3430 = arith.divui %v3429, %v80 : i64
        %v3431 = arith.remui %v3429, %v80 : i64
        %v3432 = arith.addi %v15, %v3430 : i64
        %v3433 = arith.muli %v3432, %v93 : i64
        %v3434 = arith.addi %v3433, %v3431 : i64
        %v3435 = llvm.getelementptr %v6[%v3434] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2411, %v3435 : f32, !llvm.ptr<3>
        %v3436 = arith.addi %v3207, %v13 : i64
        %v3437 = arith.divui %v3436, %v80 : i64
        %v3438 = arith.remui %v3436, %v80 : i64
        %v3439 = arith.addi %v15, %v3437 : i64
        %v3440 = arith.muli %v3439, %v93 : i64
        %v3441 = arith.addi %v3440, %v3438 : i64
        %v3442 = llvm.getelementptr %v6[%v3441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2425, %v3442 : f32, !llvm.ptr<3>
        %v3443 = arith.addi %v3215, %v13 : i64
        %v3444 = arith.divui %v3443, %v80 : i64
        %v3445 = arith.remui %v3443, %v80 : i64
        %v3446 = arith.addi %v15, %v3444 : i64
        %v3447 = arith.muli %v3446, %v93 : i64
        %v3448 = arith.addi %v3447, %v3445 : i64
        %v3449 = llvm.getelementptr %v6[%v3448] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2439, %v3449 : f32, !llvm.ptr<3>
        %v3450 = arith.addi %v3223, %v13 : i64
        %v3451 = arith.divui %v3450, %v80 : i64
        %v3452 = arith.remui %v3450, %v80 : i64
        %v3453 = arith.addi %v15, %v3451 : i64
        %v3454 = arith.muli %v3453, %v93 : i64
        %v3455 = arith.addi %v3454, %v3452 : i64
        %v3456 = llvm.getelementptr %v6[%v3455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2453, %v3456 : f32, !llvm.ptr<3>
        %v3457 = arith.addi %v3231, %v13 : i64
        %v3458 = arith.divui %v3457, %v80 : i64
        %v3459 = arith.remui %v3457, %v80 : i64
        %v3460 = arith.addi %v15, %v3458 : i64
        %v3461 = arith.muli %v3460, %v93 : i64
        %v3462 = arith.addi %v3461, %v3459 : i64
        %v3463 = llvm.getelementptr %v6[%v3462] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2467, %v3463 : f32, !llvm.ptr<3>
        %v3464 = arith.addi %v3239, %v13 : i64
        %v3465 = arith.divui %v3464, %v80 : i64
        %v3466 = arith.remui %v3464, %v80 : i64
        %v3467 = arith.addi %v15, %v3465 : i64
        %v3468 = arith.muli %v3467, %v93 : i64
        %v3469 = arith.addi %v3468, %v3466 : i64
        %v3470 = llvm.getelementptr %v6[%v3469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2481, %v3470 : f32, !llvm.ptr<3>
        %v3471 = arith.addi %v30, %v13 : i64
        %v3472 = arith.divui %v3471, %v80 : i64
        %v3473 = arith.remui %v3471, %v80 : i64
        %v3474 = arith.addi %v1079, %v3472 : i64
        %v3475 = arith.muli %v3474, %v93 : i64
        %v3476 = arith.addi %v3475, %v3473 : i64
        %v3477 = llvm.getelementptr %v6[%v3476] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2497, %v3477 : f32, !llvm.ptr<3>
        %v3478 = arith.addi %v15, %v13 : i64
        %v3479 = arith.divui %v3478, %v80 : i64
        %v3480 = arith.remui %v3478, %v80 : i64
        %v3481 = arith.addi %v1079, %v3479 : i64
        %v3482 = arith.muli %v3481, %v93 : i64
        %v3483 = arith.addi %v3482, %v3480 : i64
        %v3484 = llvm.getelementptr %v6[%v3483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2511, %v3484 : f32, !llvm.ptr<3>
        %v3485 = arith.addi %v1079, %v13 : i64
        %v3486 = arith.divui %v3485, %v80 : i64
        %v3487 = arith.remui %v3485, %v80 : i64
        %v3488 = arith.addi %v1079, %v3486 : i64
        %v3489 = arith.muli %v3488, %v93 : i64
        %v3490 = arith.addi %v3489, %v3487 : i64
        %v3491 = llvm.getelementptr %v6[%v3490] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2525, %v3491 : f32, !llvm.ptr<3>
        %v3492 = arith.addi %v3016, %v13 : i64
        %v3493 = arith.divui %v3492, %v80 : i64
        %v3494 = arith.remui %v3492, %v80 : i64
        %v3495 = arith.addi %v1079, %v3493 : i64
        %v3496 = arith.muli %v3495, %v93 : i64
        %v3497 = arith.addi %v3496, %v3494 : i64
        %v3498 = llvm.getelementptr %v6[%v3497] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2539, %v3498 : f32, !llvm.ptr<3>
        %v3499 = arith.addi %v9, %v13 : i64
        %v3500 = arith.divui %v3499, %v80 : i64
        %v3501 = arith.remui %v3499, %v80 : i64
        %v3502 = arith.addi %v1079, %v3500 : i64
        %v3503 = arith.muli %v3502, %v93 : i64
        %v3504 = arith.addi %v3503, %v3501 : i64
        %v3505 = llvm.getelementptr %v6[%v3504] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2553, %v3505 : f32, !llvm.ptr<3>
        %v3506 = arith.addi %v3031, %v13 : i64
        %v3507 = arith.divui %v3506, %v80 : i64
        %v3508 = arith.remui %v3506, %v80 : i64
        %v3509 = arith.addi %v1079, %v3507 : i64
        %v3510 = arith.muli %v3509, %v93 : i64
        %v3511 = arith.addi %v3510, %v3508 : i64
        %v3512 = llvm.getelementptr %v6[%v3511] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2567, %v3512 : f32, !llvm.ptr<3>
        %v3513 = arith.addi %v3039, %v13 : i64
        %v3514 = arith.divui %v3513, %v80 : i64
        %v3515 = arith.remui %v3513, %v80 : i64
        %v3516 = arith.addi %v1079, %v3514 : i64
        %v3517 = arith.muli %v3516, %v93 : i64
        %v3518 = arith.addi %v3517, %v3515 : i64
        %v3519 = llvm.getelementptr %v6[%v3518] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2581, %v3519 : f32, !llvm.ptr<3>
        %v3520 = arith.addi %v3047, %v13 : i64
        %v3521 = arith.divui %v3520, %v80 : i64
        %v3522 = arith.remui %v3520, %v80 : i64
        %v3523 = arith.addi %v1079, %v3521 : i64
        %v3524 = arith.muli %v3523, %v93 : i64
        %v3525 = arith.addi %v3524, %v3522 : i64
        %v3526 = llvm.getelementptr %v6[%v3525] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2595, %v3526 : f32, !llvm.ptr<3>
        %v3527 = arith.addi %v3055, %v13 : i64
        %v3528 = arith.divui %v3527, %v80 : i64
        %v3529 = arith.remui %v3527, %v80 : i64
        %v3530 = arith.addi %v1079, %v3528 : i64
        %v3531 = arith.muli %v3530, %v93 : i64
        %v3532 = arith.addi %v3531, %v3529 : i64
        %v3533 = llvm.getelementptr %v6[%v3532] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2609, %v3533 : f32, !llvm.ptr<3>
        %v3534 = arith.addi %v3063, %v13 : i64
        %v3535 = arith.divui %v3534, %v80 : i64
        %v3536 = arith.remui %v3534, %v80 : i64
        %v3537 = arith.addi %v1079, %v3535 : i64
        %v3538 = arith.muli %v3537, %v93 : i64
        %v3539 = arith.addi %v3538, %v3536 : i64
        %v3540 = llvm.getelementptr %v6[%v3539] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2623, %v3540 : f32, !llvm.ptr<3>
        %v3541 = arith.addi %v3071, %v13 : i64
        %v3542 = arith.divui %v3541, %v80 : i64
        %v3543 = arith.remui %v3541, %v80 : i64
        %v3544 = arith.addi %v1079, %v3542 : i64
        %v3545 = arith.muli %v3544, %v93 : i64
        %v3546 = arith.addi %v3545, %v3543 : i64
        %v3547 = llvm.getelementptr %v6[%v3546] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2637, %v3547 : f32, !llvm.ptr<3>
        %v3548 = arith.addi %v3079, %v13 : i64
        %v3549 = arith.divui %v3548, %v80 : i64
        %v3550 = arith.remui %v3548, %v80 : i64
        %v3551 = arith.addi %v1079, %v3549 : i64
        %v3552 = arith.muli %v3551, %v93 : i64
        %v3553 = arith.addi %v3552, %v3550 : i64
        %v3554 = llvm.getelementptr %v6[%v3553] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2651, %v3554 : f32, !llvm.ptr<3>
        %v3555 = arith.addi %v3087, %v13 : i64
        %v3556 = arith.divui %v3555, %v80 : i64
        %v3557 = arith.remui %v3555, %v80 : i64
        %v3558 = arith.addi %v1079, %v3556 : i64
        %v3559 = arith.muli %v3558, %v93 : i64
        %v3560 = arith.addi %v3559, %v3557 : i64
        %v3561 = llvm.getelementptr %v6[%v3560] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2665, %v3561 : f32, !llvm.ptr<3>
        %v3562 = arith.addi %v3095, %v13 : i64
        %v3563 = arith.divui %v3562, %v80 : i64
        %v3564 = arith.remui %v3562, %v80 : i64
        %v3565 = arith.addi %v1079, %v3563 : i64
        %v3566 = arith.muli %v3565, %v93 : i64
        %v3567 = arith.addi %v3566, %v3564 : i64
        %v3568 = llvm.getelementptr %v6[%v3567] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2679, %v3568 : f32, !llvm.ptr<3>
        %v3569 = arith.addi %v3103, %v13 : i64
        %v3570 = arith.divui %v3569, %v80 : i64
        %v3571 = arith.remui %v3569, %v80 : i64
        %v3572 = arith.addi %v1079, %v3570 : i64
        %v3573 = arith.muli %v3572, %v93 : i64
        %v3574 = arith.addi %v3573, %v3571 : i64
        %v3575 = llvm.getelementptr %v6[%v3574] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2693, %v3575 : f32, !llvm.ptr<3>
        %v3576 = arith.addi %v3111, %v13 : i64
        %v3577 = arith.divui %v3576, %v80 : i64
        %v3578 = arith.remui %v3576, %v80 : i64
        %v3579 = arith.addi %v1079, %v3577 : i64
        %v3580 = arith.muli %v3579, %v93 : i64
        %v3581 = arith.addi %v3580, %v3578 : i64
        %v3582 = llvm.getelementptr %v6[%v3581] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2707, %v3582 : f32, !llvm.ptr<3>
        %v3583 = arith.addi %v3119, %v13 : i64
        %v3584 = arith.divui %v3583, %v80 : i64
        %v3585 = arith.remui %v3583, %v80 : i64
        %v3586 = arith.addi %v1079, %v3584 : i64
        %v3587 = arith.muli %v3586, %v93 : i64
        %v3588 = arith.addi %v3587, %v3585 : i64
        %v3589 = llvm.getelementptr %v6[%v3588] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2721, %v3589 : f32, !llvm.ptr<3>
        %v3590 = arith.addi %v3127, %v13 : i64
        %v3591 = arith.divui %v3590, %v80 : i64
        %v3592 = arith.remui %v3590, %v80 : i64
        %v3593 = arith.addi %v1079, %v3591 : i64
        %v3594 = arith.muli %v3593, %v93 : i64
        %v3595 = arith.addi %v3594, %v3592 : i64
        %v3596 = llvm.getelementptr %v6[%v3595] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2735, %v3596 : f32, !llvm.ptr<3>
        %v3597 = arith.addi %v3135, %v13 : i64
        %v3598 = arith.divui %v3597, %v80 : i64
        %v3599 = arith.remui %v3597, %v80 : i64
        %v3600 = arith.addi %v1079, %v3598 : i64
        %v3601 = arith.muli %v3600, %v93 : i64
        %v3602 = arith.addi %v3601, %v3599 : i64
        %v3603 = llvm.getelementptr %v6[%v3602] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2749, %v3603 : f32, !llvm.ptr<3>
        %v3604 = arith.addi %v3143, %v13 : i64
        %v3605 = arith.divui %v3604, %v80 : i64
        %v3606 = arith.remui %v3604, %v80 : i64
        %v3607 = arith.addi %v1079, %v3605 : i64
        %v3608 = arith.muli %v3607, %v93 : i64
        %v3609 = arith.addi %v3608, %v3606 : i64
        %v3610 = llvm.getelementptr %v6[%v3609] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2763, %v3610 : f32, !llvm.ptr<3>
        %v3611 = arith.addi %v3151, %v13 : i64
        %v3612 = arith.divui %v3611, %v80 : i64
        %v3613 = arith.remui %v3611, %v80 : i64
        %v3614 = arith.addi %v1079, %v3612 : i64
        %v3615 = arith.muli %v3614, %v93 : i64
        %v3616 = arith.addi %v3615, %v3613 : i64
        %v3617 = llvm.getelementptr %v6[%v3616] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2777, %v3617 : f32, !llvm.ptr<3>
        %v3618 = arith.addi %v3159, %v13 : i64
        %v3619 = arith.divui %v3618, %v80 : i64
        %v3620 = arith.remui %v3618, %v80 : i64
        %v3621 = arith.addi %v1079, %v3619 : i64
        %v3622 = arith.muli %v3621, %v93 : i64
        %v3623 = arith.addi %v3622, %v3620 : i64
        %v3624 = llvm.getelementptr %v6[%v3623] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2791, %v3624 : f32, !llvm.ptr<3>
        %v3625 = arith.addi %v3167, %v13 : i64
        %v3626 = arith.divui %v3625, %v80 : i64
        %v3627 = arith.remui %v3625, %v80 : i64
        %v3628 = arith.addi %v1079, %v3626 : i64
        %v3629 = arith.muli %v3628, %v93 : i64
        %v3630 = arith.addi %v3629, %v3627 : i64
        %v3631 = llvm.getelementptr %v6[%v3630] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2805, %v3631 : f32, !llvm.ptr<3>
        %v3632 = arith.addi %v3175, %v13 : i64
        %v3633 = arith.divui %v3632, %v80 : i64
        %v3634 = arith.remui %v3632, %v80 : i64
        %v3635 = arith.addi %v1079, %v3633 : i64
        %v3636 = arith.muli %v3635, %v93 : i64
        %v3637 = arith.addi %v3636, %v3634 : i64
        %v3638 = llvm.getelementptr %v6[%v3637] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2819, %v3638 : f32, !llvm.ptr<3>
        %v3639 = arith.addi %v3183, %v13 : i64
        %v3640 = arith.divui %v3639, %v80 : i64
        %v3641 = arith.remui %v3639, %v80 : i64
        %v3642 = arith.addi %v1079, %v3640 : i64
        %v3643 = arith.muli %v3642, %v93 : i64
        %v3644 = arith.addi %v3643, %v3641 : i64
        %v3645 = llvm.getelementptr %v6[%v3644] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2833, %v3645 : f32, !llvm.ptr<3>
        %v3646 = arith.addi %v3191, %v13 : i64
        %v3647 = arith.divui %v3646, %v80 : i64
        %v3648 = arith.remui %v3646, %v80 : i64
        %v3649 = arith.addi %v1079, %v3647 : i64
        %v3650 = arith.muli %v3649, %v93 : i64
        %v3651 = arith.addi %v3650, %v3648 : i64
        %v3652 = llvm.getelementptr %v6[%v3651] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2847, %v3652 : f32, !llvm.ptr<3>
        %v3653 = arith.addi %v3199, %v13 : i64
        %v3654 = arith.divui %v3653, %v80 : i64
        %v3655 = arith.remui %v3653, %v80 : i64
        %v3656 = arith.addi %v1079, %v3654 : i64
        %v3657 = arith.muli %v3656, %v93 : i64
        %v3658 = arith.addi %v3657, %v3655 : i64
        %v3659 = llvm.getelementptr %v6[%v3658] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2861, %v3659 : f32, !llvm.ptr<3>
        %v3660 = arith.addi %v3207, %v13 : i64
        %v3661 = arith.divui %v3660, %v80 : i64
        %v3662 = arith.remui %v3660, %v80 : i64
        %v3663 = arith.addi %v1079, %v3661 : i64
        %v3664 = arith.muli %v3663, %v93 : i64
        %v3665 = arith.addi %v3664, %v3662 : i64
        %v3666 = llvm.getelementptr %v6[%v3665] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2875, %v3666 : f32, !llvm.ptr<3>
        %v3667 = arith.addi %v3215, %v13 : i64
        %v3668 = arith.divui %v3667, %v80 : i64
        %v3669 = arith.remui %v3667, %v80 : i64
        %v3670 = arith.addi %v1079, %v3668 : i64
        %v3671 = arith.muli %v3670, %v93 : i64
        %v3672 = arith.addi %v3671, %v3669 : i64
        %v3673 = llvm.getelementptr %v6[%v3672] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2889, %v3673 : f32, !llvm.ptr<3>
        %v3674 = arith.addi %v3223, %v13 : i64
        %v3675 = arith.divui %v3674, %v80 : i64
        %v3676 = arith.remui %v3674, %v80 : i64
        %v3677 = arith.addi %v1079, %v3675 : i64
        %v3678 = arith.muli %v3677, %v93 : i64
        %v3679 = arith.addi %v3678, %v3676 : i64
        %v3680 = llvm.getelementptr %v6[%v3679] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2903, %v3680 : f32, !llvm.ptr<3>
        %v3681 = arith.addi %v3231, %v13 : i64
        %v3682 = arith.divui %v3681, %v80 : i64
        %v3683 = arith.remui %v3681, %v80 : i64
        %v3684 = arith.addi %v1079, %v3682 : i64
        %v3685 = arith.muli %v3684, %v93 : i64
        %v3686 = arith.addi %v3685, %v3683 : i64
        %v3687 = llvm.getelementptr %v6[%v3686] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2917, %v3687 : f32, !llvm.ptr<3>
        %v3688 = arith.addi %v3239, %v13 : i64
        %v3689 = arith.divui %v3688, %v80 : i64
        %v3690 = arith.remui %v3688, %v80 : i64
        %v3691 = arith.addi %v1079, %v3689 : i64
        %v3692 = arith.muli %v3691, %v93 : i64
        %v3693 = arith.addi %v3692, %v3690 : i64
        %v3694 = llvm.getelementptr %v6[%v3693] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2931, %v3694 : f32, !llvm.ptr<3>
        %v3695 = arith.divui %v13, %v80 : i64
        %v3696 = arith.remui %v13, %v80 : i64
        %v3697 = arith.addi %v3695, %v30 : i64
        %v3698 = arith.constant true
        %v3699 = arith.addi %v3016, %v3697 : i64
        %v3700 = llvm.getelementptr %v5[%v3699] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3701 = llvm.load %v3700 : !llvm.ptr<3> -> i64
        %v3702 = arith.addi %v1562, %v3696 : i64
        %v3703 = arith.cmpi slt, %v3702, %v79 : i64
        %v3704 = arith.subi %size_L, %v1 : i64
        %v3705 = arith.minsi %v3702, %v3704 : i64
        %v3706 = arith.addi %v3701, %v3705 : i64
        %v3707 = arith.muli %v3699, %v93 : i64
        %v3708 = arith.addi %v3707, %v3696 : i64
        %v3709 = arith.cmpi sge, %v3701, %v30 : i64
        %v3710 = arith.andi %v3703, %v3709 : i1
        %v3711 = arith.andi %v3710, %v3698 : i1
        %v3712 = llvm.getelementptr %v6[%v3708] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3713 = llvm.load %v3712 : !llvm.ptr<3> -> f32
        %v3714 = arith.addi %v3695, %v54 : i64
        %v3715 = arith.constant true
        %v3716 = arith.addi %v3016, %v3714 : i64
        %v3717 = llvm.getelementptr %v5[%v3716] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3718 = llvm.load %v3717 : !llvm.ptr<3> -> i64
        %v3719 = arith.addi %v1562, %v3696 : i64
        %v3720 = arith.cmpi slt, %v3719, %v79 : i64
        %v3721 = arith.subi %size_L, %v1 : i64
        %v3722 = arith.minsi %v3719, %v3721 : i64
        %v3723 = arith.addi %v3718, %v3722 : i64
        %v3724 = arith.muli %v3716, %v93 : i64
        %v3725 = arith.addi %v3724, %v3696 : i64
        %v3726 = arith.cmpi sge, %v3718, %v30 : i64
        %v3727 = arith.andi %v3720, %v3726 : i1
        %v3728 = arith.andi %v3727, %v3715 : i1
        %v3729 = llvm.getelementptr %v6[%v3725] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3730 = llvm.load %v3729 : !llvm.ptr<3> -> f32
        %v3731 = arith.addi %v3695, %v112 : i64
        %v3732 = arith.constant true
        %v3733 = arith.addi %v3016, %v3731 : i64
        %v3734 = llvm.getelementptr %v5[%v3733] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3735 = llvm.load %v3734 : !llvm.ptr<3> -> i64
        %v3736 = arith.addi %v1562, %v3696 : i64
        %v3737 = arith.cmpi slt, %v3736, %v79 : i64
        %v3738 = arith.subi %size_L, %v1 : i64
        %v3739 = arith.minsi %v3736, %v3738 : i64
        %v3740 = arith.addi %v3735, %v3739 : i64
        %v3741 = arith.muli %v3733, %v93 : i64
        %v3742 = arith.addi %v3741, %v3696 : i64
        %v3743 = arith.cmpi sge, %v3735, %v30 : i64
        %v3744 = arith.andi %v3737, %v3743 : i1
        %v3745 = arith.andi %v3744, %v3732 : i1
        %v3746 = llvm.getelementptr %v6[%v3742] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3747 = llvm.load %v3746 : !llvm.ptr<3> -> f32
        %v3748 = arith.addi %v3695, %v127 : i64
        %v3749 = arith.constant true
        %v3750 = arith.addi %v3016, %v3748 : i64
        %v3751 = llvm.getelementptr %v5[%v3750] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3752 = llvm.load %v3751 : !llvm.ptr<3> -> i64
        %v3753 = arith.addi %v1562, %v3696 : i64
        %v3754 = arith.cmpi slt, %v3753, %v79 : i64
        %v3755 = arith.subi %size_L, %v1 : i64
        %v3756 = arith.minsi %v3753, %v3755 : i64
        %v3757 = arith.addi %v3752, %v3756 : i64
        %v3758 = arith.muli %v3750, %v93 : i64
        %v3759 = arith.addi %v3758, %v3696 : i64
        %v3760 = arith.cmpi sge, %v3752, %v30 : i64
        %v3761 = arith.andi %v3754, %v3760 : i1
        %v3762 = arith.andi %v3761, %v3749 : i1
        %v3763 = llvm.getelementptr %v6[%v3759] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3764 = llvm.load %v3763 : !llvm.ptr<3> -> f32
        %v3765 = arith.addi %v3695, %v142 : i64
        %v3766 = arith.constant true
        %v3767 = arith.addi %v3016, %v3765 : i64
        %v3768 = llvm.getelementptr %v5[%v3767] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3769 = llvm.load %v3768 : !llvm.ptr<3> -> i64
        %v3770 = arith.addi %v1562, %v3696 : i64
        %v3771 = arith.cmpi slt, %v3770, %v79 : i64
        %v3772 = arith.subi %size_L, %v1 : i64
        %v3773 = arith.minsi %v3770, %v3772 : i64
        %v3774 = arith.addi %v3769, %v3773 : i64
        %v3775 = arith.muli %v3767, %v93 : i64
        %v3776 = arith.addi %v3775, %v3696 : i64
        %v3777 = arith.cmpi sge, %v3769, %v30 : i64
        %v3778 = arith.andi %v3771, %v3777 : i1
        %v3779 = arith.andi %v3778, %v3766 : i1
        %v3780 = llvm.getelementptr %v6[%v3776] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3781 = llvm.load %v3780 : !llvm.ptr<3> -> f32
        %v3782 = arith.addi %v3695, %v157 : i64
        %v3783 = arith.constant true
        %v3784 = arith.addi %v3016, %v3782 : i64
        %v3785 = llvm.getelementptr %v5[%v3784] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3786 = llvm.load %v3785 : !llvm.ptr<3> -> i64
        %v3787 = arith.addi %v1562, %v3696 : i64
        %v3788 = arith.cmpi slt, %v3787, %v79 : i64
        %v3789 = arith.subi %size_L, %v1 : i64
        %v3790 = arith.minsi %v3787, %v3789 : i64
        %v3791 = arith.addi %v3786, %v3790 : i64
        %v3792 = arith.muli %v3784, %v93 : i64
        %v3793 = arith.addi %v3792, %v3696 : i64
        %v3794 = arith.cmpi sge, %v3786, %v30 : i64
        %v3795 = arith.andi %v3788, %v3794 : i1
        %v3796 = arith.andi %v3795, %v3783 : i1
        %v3797 = llvm.getelementptr %v6[%v3793] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3798 = llvm.load %v3797 : !llvm.ptr<3> -> f32
        %v3799 = arith.addi %v3695, %v172 : i64
        %v3800 = arith.constant true
        %v3801 = arith.addi %v3016, %v3799 : i64
        %v3802 = llvm.getelementptr %v5[%v3801] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3803 = llvm.load %v3802 : !llvm.ptr<3> -> i64
        %v3804 = arith.addi %v1562, %v3696 : i64
        %v3805 = arith.cmpi slt, %v3804, %v79 : i64
        %v3806 = arith.subi %size_L, %v1 : i64
        %v3807 = arith.minsi %v3804, %v3806 : i64
        %v3808 = arith.addi %v3803, %v3807 : i64
        %v3809 = arith.muli %v3801, %v93 : i64
        %v3810 = arith.addi %v3809, %v3696 : i64
        %v3811 = arith.cmpi sge, %v3803, %v30 : i64
        %v3812 = arith.andi %v3805, %v3811 : i1
        %v3813 = arith.andi %v3812, %v3800 : i1
        %v3814 = llvm.getelementptr %v6[%v3810] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3815 = llvm.load %v3814 : !llvm.ptr<3> -> f32
        %v3816 = arith.addi %v3695, %v187 : i64
        %v3817 = arith.constant true
        %v3818 = arith.addi %v3016, %v3816 : i64
        %v3819 = llvm.getelementptr %v5[%v3818] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3820 = llvm.load %v3819 : !llvm.ptr<3> -> i64
        %v3821 = arith.addi %v1562, %v3696 : i64
        %v3822 = arith.cmpi slt, %v3821, %v79 : i64
        %v3823 = arith.subi %size_L, %v1 : i64
        %v3824 = arith.minsi %v3821, %v3823 : i64
        %v3825 = arith.addi %v3820, %v3824 : i64
        %v3826 = arith.muli %v3818, %v93 : i64
        %v3827 = arith.addi %v3826, %v3696 : i64
        %v3828 = arith.cmpi sge, %v3820, %v30 : i64
        %v3829 = arith.andi %v3822, %v3828 : i1
        %v3830 = arith.andi %v3829, %v3817 : i1
        %v3831 = llvm.getelementptr %v6[%v3827] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3832 = llvm.load %v3831 : !llvm.ptr<3> -> f32
        %v3833 = arith.addi %v3695, %v202 : i64
        %v3834 = arith.constant true
        %v3835 = arith.addi %v3016, %v3833 : i64
        %v3836 = llvm.getelementptr %v5[%v3835] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3837 = llvm.load %v3836 : !llvm.ptr<3> -> i64
        %v3838 = arith.addi %v1562, %v3696 : i64
        %v3839 = arith.cmpi slt, %v3838, %v79 : i64
        %v3840 = arith.subi %size_L, %v1 : i64
        %v3841 = arith.minsi %v3838, %v3840 : i64
        %v3842 = arith.addi %v3837, %v3841 : i64
        %v3843 = arith.muli %v3835, %v93 : i64
        %v3844 = arith.addi %v3843, %v3696 : i64
        %v3845 = arith.cmpi sge, %v3837, %v30 : i64
        %v3846 = arith.andi %v3839, %v3845 : i1
        %v3847 = arith.andi %v3846, %v3834 : i1
        %v3848 = llvm.getelementptr %v6[%v3844] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3849 = llvm.load %v3848 : !llvm.ptr<3> -> f32
        %v3850 = arith.addi %v3695, %v217 : i64
        %v3851 = arith.constant true
        %v3852 = arith.addi %v3016, %v3850 : i64
        %v3853 = llvm.getelementptr %v5[%v3852] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3854 = llvm.load %v3853 : !llvm.ptr<3> -> i64
        %v3855 = arith.addi %v1562, %v3696 : i64
        %v3856 = arith.cmpi slt, %v3855, %v79 : i64
        %v3857 = arith.subi %size_L, %v1 : i64
        %v3858 = arith.minsi %v3855, %v3857 : i64
        %v3859 = arith.addi %v3854, %v3858 : i64
        %v3860 = arith.muli %v3852, %v93 : i64
        %v3861 = arith.addi %v3860, %v3696 : i64
        %v3862 = arith.cmpi sge, %v3854, %v30 : i64
        %v3863 = arith.andi %v3856, %v3862 : i1
        %v3864 = arith.andi %v3863, %v3851 : i1
        %v3865 = llvm.getelementptr %v6[%v3861] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3866 = llvm.load %v3865 : !llvm.ptr<3> -> f32
        %v3867 = arith.addi %v3695, %v232 : i64
        %v3868 = arith.constant true
        %v3869 = arith.addi %v3016, %v3867 : i64
        %v3870 = llvm.getelementptr %v5[%v3869] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3871 = llvm.load %v3870 : !llvm.ptr<3> -> i64
        %v3872 = arith.addi %v1562, %v3696 : i64
        %v3873 = arith.cmpi slt, %v3872, %v79 : i64
        %v3874 = arith.subi %size_L, %v1 : i64
        %v3875 = arith.minsi %v3872, %v3874 : i64
        %v3876 = arith.addi %v3871, %v3875 : i64
        %v3877 = arith.muli %v3869, %v93 : i64
        %v3878 = arith.addi %v3877, %v3696 : i64
        %v3879 = arith.cmpi sge, %v3871, %v30 : i64
        %v3880 = arith.andi %v3873, %v3879 : i1
        %v3881 = arith.andi %v3880, %v3868 : i1
        %v3882 = llvm.getelementptr %v6[%v3878] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3883 = llvm.load %v3882 : !llvm.ptr<3> -> f32
        %v3884 = arith.addi %v3695, %v247 : i64
        %v3885 = arith.constant true
        %v3886 = arith.addi %v3016, %v3884 : i64
        %v3887 = llvm.getelementptr %v5[%v3886] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3888 = llvm.load %v3887 : !llvm.ptr<3> -> i64
        %v3889 = arith.addi %v1562, %v3696 : i64
        %v3890 = arith.cmpi slt, %v3889, %v79 : i64
        %v3891 = arith.subi %size_L, %v1 : i64
        %v3892 = arith.minsi %v3889, %v3891 : i64
        %v3893 = arith.addi %v3888, %v3892 : i64
        %v3894 = arith.muli %v3886, %v93 : i64
        %v3895 = arith.addi %v3894, %v3696 : i64
        %v3896 = arith.cmpi sge, %v3888, %v30 : i64
        %v3897 = arith.andi %v3890, %v3896 : i1
        %v3898 = arith.andi %v3897, %v3885 : i1
        %v3899 = llvm.getelementptr %v6[%v3895] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3900 = llvm.load %v3899 : !llvm.ptr<3> -> f32
        %v3901 = arith.addi %v3695, %v262 : i64
        %v3902 = arith.constant true
        %v3903 = arith.addi %v3016, %v3901 : i64
        %v3904 = llvm.getelementptr %v5[%v3903] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3905 = llvm.load %v3904 : !llvm.ptr<3> -> i64
        %v3906 = arith.addi %v1562, %v3696 : i64
        %v3907 = arith.cmpi slt, %v3906, %v79 : i64
        %v3908 = arith.subi %size_L, %v1 : i64
        %v3909 = arith.minsi %v3906, %v3908 : i64
        %v3910 = arith.addi %v3905, %v3909 : i64
        %v3911 = arith.muli %v3903, %v93 : i64
        %v3912 = arith.addi %v3911, %v3696 : i64
        %v3913 = arith.cmpi sge, %v3905, %v30 : i64
        %v3914 = arith.andi %v3907, %v3913 : i1
        %v3915 = arith.andi %v3914, %v3902 : i1
        %v3916 = llvm.getelementptr %v6[%v3912] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3917 = llvm.load %v3916 : !llvm.ptr<3> -> f32
        %v3918 = arith.addi %v3695, %v277 : i64
        %v3919 = arith.constant true
        %v3920 = arith.addi %v3016, %v3918 : i64
        %v3921 = llvm.getelementptr %v5[%v3920] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3922 = llvm.load %v3921 : !llvm.ptr<3> -> i64
        %v3923 = arith.addi %v1562, %v3696 : i64
        %v3924 = arith.cmpi slt, %v3923, %v79 : i64
        %v3925 = arith.subi %size_L, %v1 : i64
        %v3926 = arith.minsi %v3923, %v3925 : i64
        %v3927 = arith.addi %v3922, %v3926 : i64
        %v3928 = arith.muli %v3920, %v93 : i64
        %v3929 = arith.addi %v3928, %v3696 : i64
        %v3930 = arith.cmpi sge, %v3922, %v30 : i64
        %v3931 = arith.andi %v3924, %v3930 : i1
        %v3932 = arith.andi %v3931, %v3919 : i1
        %v3933 = llvm.getelementptr %v6[%v3929] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3934 = llvm.load %v3933 : !llvm.ptr<3> -> f32
        %v3935 = arith.addi %v3695, %v292 : i64
        %v3936 = arith.constant true
        %v3937 = arith.addi %v3016, %v3935 : i64
        %v3938 = llvm.getelementptr %v5[%v3937] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3939 = llvm.load %v3938 : !llvm.ptr<3> -> i64
        %v3940 = arith.addi %v1562, %v3696 : i64
        %v3941 = arith.cmpi slt, %v3940, %v79 : i64
        %v3942 = arith.subi %size_L, %v1 : i64
        %v3943 = arith.minsi %v3940, %v3942 : i64
        %v3944 = arith.addi %v3939, %v3943 : i64
        %v3945 = arith.muli %v3937, %v93 : i64
        %v3946 = arith.addi %v3945, %v3696 : i64
        %v3947 = arith.cmpi sge, %v3939, %v30 : i64
        %v3948 = arith.andi %v3941, %v3947 : i1
        %v3949 = arith.andi %v3948, %v3936 : i1
        %v3950 = llvm.getelementptr %v6[%v3946] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3951 = llvm.load %v3950 : !llvm.ptr<3> -> f32
        %v3952 = arith.addi %v3695, %v307 : i64
        %v3953 = arith.constant true
        %v3954 = arith.addi %v3016, %v3952 : i64
        %v3955 = llvm.getelementptr %v5[%v3954] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3956 = llvm.load %v3955 : !llvm.ptr<3> -> i64
        %v3957 = arith.addi %v1562, %v3696 : i64
        %v3958 = arith.cmpi slt, %v3957, %v79 : i64
        %v3959 = arith.subi %size_L, %v1 : i64
        %v3960 = arith.minsi %v3957, %v3959 : i64
        %v3961 = arith.addi %v3956, %v3960 : i64
        %v3962 = arith.muli %v3954, %v93 : i64
        %v3963 = arith.addi %v3962, %v3696 : i64
        %v3964 = arith.cmpi sge, %v3956, %v30 : i64
        %v3965 = arith.andi %v3958, %v3964 : i1
        %v3966 = arith.andi %v3965, %v3953 : i1
        %v3967 = llvm.getelementptr %v6[%v3963] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3968 = llvm.load %v3967 : !llvm.ptr<3> -> f32
        %v3969 = arith.addi %v3695, %v80 : i64
        %v3970 = arith.constant true
        %v3971 = arith.addi %v3016, %v3969 : i64
        %v3972 = llvm.getelementptr %v5[%v3971] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3973 = llvm.load %v3972 : !llvm.ptr<3> -> i64
        %v3974 = arith.addi %v1562, %v3696 : i64
        %v3975 = arith.cmpi slt, %v3974, %v79 : i64
        %v3976 = arith.subi %size_L, %v1 : i64
        %v3977 = arith.minsi %v3974, %v3976 : i64
        %v3978 = arith.addi %v3973, %v3977 : i64
        %v3979 = arith.muli %v3971, %v93 : i64
        %v3980 = arith.addi %v3979, %v3696 : i64
        %v3981 = arith.cmpi sge, %v3973, %v30 : i64
        %v3982 = arith.andi %v3975, %v3981 : i1
        %v3983 = arith.andi %v3982, %v3970 : i1
        %v3984 = llvm.getelementptr %v6[%v3980] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3985 = llvm.load %v3984 : !llvm.ptr<3> -> f32
        %v3986 = arith.addi %v3695, %v336 : i64
        %v3987 = arith.constant true
        %v3988 = arith.addi %v3016, %v3986 : i64
        %v3989 = llvm.getelementptr %v5[%v3988] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3990 = llvm.load %v3989 : !llvm.ptr<3> -> i64
        %v3991 = arith.addi %v1562, %v3696 : i64
        %v3992 = arith.cmpi slt, %v3991, %v79 : i64
        %v3993 = arith.subi %size_L, %v1 : i64
        %v3994 = arith.minsi %v3991, %v3993 : i64
        %v3995 = arith.addi %v3990, %v3994 : i64
        %v3996 = arith.muli %v3988, %v93 : i64
        %v3997 = arith.addi %v3996, %v3696 : i64
        %v3998 = arith.cmpi sge, %v3990, %v30 : i64
        %v3999 = arith.andi %v3992, %v3998 : i1
        %v4000 = arith.andi %v3999, %v3987 : i1
        %v4001 = llvm.getelementptr %v6[%v3997] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4002 = llvm.load %v4001 : !llvm.ptr<3> -> f32
        %v4003 = arith.addi %v3695, %v351 : i64
        %v4004 = arith.constant true
        %v4005 = arith.addi %v3016, %v4003 : i64
        %v4006 = llvm.getelementptr %v5[%v4005] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4007 = llvm.load %v4006 : !llvm.ptr<3> -> i64
        %v4008 = arith.addi %v1562, %v3696 : i64
        %v4009 = arith.cmpi slt, %v4008, %v79 : i64
        %v4010 = arith.subi %size_L, %v1 : i64
        %v4011 = arith.minsi %v4008, %v4010 : i64
        %v4012 = arith.addi %v4007, %v4011 : i64
        %v4013 = arith.muli %v4005, %v93 : i64
        %v4014 = arith.addi %v4013, %v3696 : i64
        %v4015 = arith.cmpi sge, %v4007, %v30 : i64
        %v4016 = arith.andi %v4009, %v4015 : i1
        %v4017 = arith.andi %v4016, %v4004 : i1
        %v4018 = llvm.getelementptr %v6[%v4014] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4019 = llvm.load %v4018 : !llvm.ptr<3> -> f32
        %v4020 = arith.addi %v3695, %v366 : i64
        %v4021 = arith.constant true
        %v4022 = arith.addi %v3016, %v4020 : i64
        %v4023 = llvm.getelementptr %v5[%v4022] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4024 = llvm.load %v4023 : !llvm.ptr<3> -> i64
        %v4025 = arith.addi %v1562, %v3696 : i64
        %v4026 = arith.cmpi slt, %v4025, %v79 : i64
        %v4027 = arith.subi %size_L, %v1 : i64
        %v4028 = arith.minsi %v4025, %v4027 : i64
        %v4029 = arith.addi %v4024, %v4028 : i64
        %v4030 = arith.muli %v4022, %v93 : i64
        %v4031 = arith.addi %v4030, %v3696 : i64
        %v4032 = arith.cmpi sge, %v4024, %v30 : i64
        %v4033 = arith.andi %v4026, %v4032 : i1
        %v4034 = arith.andi %v4033, %v4021 : i1
        %v4035 = llvm.getelementptr %v6[%v4031] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4036 = llvm.load %v4035 : !llvm.ptr<3> -> f32
        %v4037 = arith.addi %v3695, %v381 : i64
        %v4038 = arith.constant true
        %v4039 = arith.addi %v3016, %v4037 : i64
        %v4040 = llvm.getelementptr %v5[%v4039] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4041 = llvm.load %v4040 : !llvm.ptr<3> -> i64
        %v4042 = arith.addi %v1562, %v3696 : i64
        %v4043 = arith.cmpi slt, %v4042, %v79 : i64
        %v4044 = arith.subi %size_L, %v1 : i64
        %v4045 = arith.minsi %v4042, %v4044 : i64
        %v4046 = arith.addi %v4041, %v4045 : i64
        %v4047 = arith.muli %v4039, %v93 : i64
        %v4048 = arith.addi %v4047, %v3696 : i64
        %v4049 = arith.cmpi sge, %v4041, %v30 : i64
        %v4050 = arith.andi %v4043, %v4049 : i1
        %v4051 = arith.andi %v4050, %v4038 : i1
        %v4052 = llvm.getelementptr %v6[%v4048] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4053 = llvm.load %v4052 : !llvm.ptr<3> -> f32
        %v4054 = arith.addi %v3695, %v396 : i64
        %v4055 = arith.constant true
        %v4056 = arith.addi %v3016, %v4054 : i64
        %v4057 = llvm.getelementptr %v5[%v4056] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4058 = llvm.load %v4057 : !llvm.ptr<3> -> i64
        %v4059 = arith.addi %v1562, %v3696 : i64
        %v4060 = arith.cmpi slt, %v4059, %v79 : i64
        %v4061 = arith.subi %size_L, %v1 : i64
        %v4062 = arith.minsi %v4059, %v4061 : i64
        %v4063 = arith.addi %v4058, %v4062 : i64
        %v4064 = arith.muli %v4056, %v93 : i64
        %v4065 = arith.addi %v4064, %v3696 : i64
        %v4066 = arith.cmpi sge, %v4058, %v30 : i64
        %v4067 = arith.andi %v4060, %v4066 : i1
        %v4068 = arith.andi %v4067, %v4055 : i1
        %v4069 = llvm.getelementptr %v6[%v4065] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4070 = llvm.load %v4069 : !llvm.ptr<3> -> f32
        %v4071 = arith.addi %v3695, %v411 : i64
        %v4072 = arith.constant true
        %v4073 = arith.addi %v3016, %v4071 : i64
        %v4074 = llvm.getelementptr %v5[%v4073] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4075 = llvm.load %v4074 : !llvm.ptr<3> -> i64
        %v4076 = arith.addi %v1562, %v3696 : i64
        %v4077 = arith.cmpi slt, %v4076, %v79 : i64
        %v4078 = arith.subi %size_L, %v1 : i64
        %v4079 = arith.minsi %v4076, %v4078 : i64
        %v4080 = arith.addi %v4075, %v4079 : i64
        %v4081 = arith.muli %v4073, %v93 : i64
        %v4082 = arith.addi %v4081, %v3696 : i64
        %v4083 = arith.cmpi sge, %v4075, %v30 : i64
        %v4084 = arith.andi %v4077, %v4083 : i1
        %v4085 = arith.andi %v4084, %v4072 : i1
        %v4086 = llvm.getelementptr %v6[%v4082] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4087 = llvm.load %v4086 : !llvm.ptr<3> -> f32
        %v4088 = arith.addi %v3695, %v426 : i64
        %v4089 = arith.constant true
        %v4090 = arith.addi %v3016, %v4088 : i64
        %v4091 = llvm.getelementptr %v5[%v4090] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4092 = llvm.load %v4091 : !llvm.ptr<3> -> i64
        %v4093 = arith.addi %v1562, %v3696 : i64
        %v4094 = arith.cmpi slt, %v4093, %v79 : i64
        %v4095 = arith.subi %size_L, %v1 : i64
        %v4096 = arith.minsi %v4093, %v4095 : i64
        %v4097 = arith.addi %v4092, %v4096 : i64
        %v4098 = arith.muli %v4090, %v93 : i64
        %v4099 = arith.addi %v4098, %v3696 : i64
        %v4100 = arith.cmpi sge, %v4092, %v30 : i64
        %v4101 = arith.andi %v4094, %v4100 : i1
        %v4102 = arith.andi %v4101, %v4089 : i1
        %v4103 = llvm.getelementptr %v6[%v4099] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4104 = llvm.load %v4103 : !llvm.ptr<3> -> f32
        %v4105 = arith.addi %v3695, %v441 : i64
        %v4106 = arith.constant true
        %v4107 = arith.addi %v3016, %v4105 : i64
        %v4108 = llvm.getelementptr %v5[%v4107] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4109 = llvm.load %v4108 : !llvm.ptr<3> -> i64
        %v4110 = arith.addi %v1562, %v3696 : i64
        %v4111 = arith.cmpi slt, %v4110, %v79 : i64
        %v4112 = arith.subi %size_L, %v1 : i64
        %v4113 = arith.minsi %v4110, %v4112 : i64
        %v4114 = arith.addi %v4109, %v4113 : i64
        %v4115 = arith.muli %v4107, %v93 : i64
        %v4116 = arith.addi %v4115, %v3696 : i64
        %v4117 = arith.cmpi sge, %v4109, %v30 : i64
        %v4118 = arith.andi %v4111, %v4117 : i1
        %v4119 = arith.andi %v4118, %v4106 : i1
        %v4120 = llvm.getelementptr %v6[%v4116] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4121 = llvm.load %v4120 : !llvm.ptr<3> -> f32
        %v4122 = arith.addi %v3695, %v456 : i64
        %v4123 = arith.constant true
        %v4124 = arith.addi %v3016, %v4122 : i64
        %v4125 = llvm.getelementptr %v5[%v4124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4126 = llvm.load %v4125 : !llvm.ptr<3> -> i64
        %v4127 = arith.addi %v1562, %v3696 : i64
        %v4128 = arith.cmpi slt, %v4127, %v79 : i64
        %v4129 = arith.subi %size_L, %v1 : i64
        %v4130 = arith.minsi %v4127, %v4129 : i64
        %v4131 = arith.addi %v4126, %v4130 : i64
        %v4132 = arith.muli %v4124, %v93 : i64
        %v4133 = arith.addi %v4132, %v3696 : i64
        %v4134 = arith.cmpi sge, %v4126, %v30 : i64
        %v4135 = arith.andi %v4128, %v4134 : i1
        %v4136 = arith.andi %v4135, %v4123 : i1
        %v4137 = llvm.getelementptr %v6[%v4133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4138 = llvm.load %v4137 : !llvm.ptr<3> -> f32
        %v4139 = arith.addi %v3695, %v471 : i64
        %v4140 = arith.constant true
        %v4141 = arith.addi %v3016, %v4139 : i64
        %v4142 = llvm.getelementptr %v5[%v4141] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4143 = llvm.load %v4142 : !llvm.ptr<3> -> i64
        %v4144 = arith.addi %v1562, %v3696 : i64
        %v4145 = arith.cmpi slt, %v4144, %v79 : i64
        %v4146 = arith.subi %size_L, %v1 : i64
        %v4147 = arith.minsi %v4144, %v4146 : i64
        %v4148 = arith.addi %v4143, %v4147 : i64
        %v4149 = arith.muli %v4141, %v93 : i64
        %v4150 = arith.addi %v4149, %v3696 : i64
        %v4151 = arith.cmpi sge, %v4143, %v30 : i64
        %v4152 = arith.andi %v4145, %v4151 : i1
        %v4153 = arith.andi %v4152, %v4140 : i1
        %v4154 = llvm.getelementptr %v6[%v4150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4155 = llvm.load %v4154 : !llvm.ptr<3> -> f32
        %v4156 = arith.addi %v3695, %v486 : i64
        %v4157 = arith.constant true
        %v4158 = arith.addi %v3016, %v4156 : i64
        %v4159 = llvm.getelementptr %v5[%v4158] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4160 = llvm.load %v4159 : !llvm.ptr<3> -> i64
        %v4161 = arith.addi %v1562, %v3696 : i64
        %v4162 = arith.cmpi slt, %v4161, %v79 : i64
        %v4163 = arith.subi %size_L, %v1 : i64
        %v4164 = arith.minsi %v4161, %v4163 : i64
        %v4165 = arith.addi %v4160, %v4164 : i64
        %v4166 = arith.muli %v4158, %v93 : i64
        %v4167 = arith.addi %v4166, %v3696 : i64
        %v4168 = arith.cmpi sge, %v4160, %v30 : i64
        %v4169 = arith.andi %v4162, %v4168 : i1
        %v4170 = arith.andi %v4169, %v4157 : i1
        %v4171 = llvm.getelementptr %v6[%v4167] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4172 = llvm.load %v4171 : !llvm.ptr<3> -> f32
        %v4173 = arith.addi %v3695, %v501 : i64
        %v4174 = arith.constant true
        %v4175 = arith.addi %v3016, %v4173 : i64
        %v4176 = llvm.getelementptr %v5[%v4175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4177 = llvm.load %v4176 : !llvm.ptr<3> -> i64
        %v4178 = arith.addi %v1562, %v3696 : i64
        %v4179 = arith.cmpi slt, %v4178, %v79 : i64
        %v4180 = arith.subi %size_L, %v1 : i64
        %v4181 = arith.minsi %v4178, %v4180 : i64
        %v4182 = arith.addi %v4177, %v4181 : i64
        %v4183 = arith.muli %v4175, %v93 : i64
        %v4184 = arith.addi %v4183, %v3696 : i64
        %v4185 = arith.cmpi sge, %v4177, %v30 : i64
        %v4186 = arith.andi %v4179, %v4185 : i1
        %v4187 = arith.andi %v4186, %v4174 : i1
        %v4188 = llvm.getelementptr %v6[%v4184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4189 = llvm.load %v4188 : !llvm.ptr<3> -> f32
        %v4190 = arith.addi %v3695, %v516 : i64
        %v4191 = arith.constant true
        %v4192 = arith.addi %v3016, %v4190 : i64
        %v4193 = llvm.getelementptr %v5[%v4192] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4194 = llvm.load %v4193 : !llvm.ptr<3> -> i64
        %v4195 = arith.addi %v1562, %v3696 : i64
        %v4196 = arith.cmpi slt, %v4195, %v79 : i64
        %v4197 = arith.subi %size_L, %v1 : i64
        %v4198 = arith.minsi %v4195, %v4197 : i64
        %v4199 = arith.addi %v4194, %v4198 : i64
        %v4200 = arith.muli %v4192, %v93 : i64
        %v4201 = arith.addi %v4200, %v3696 : i64
        %v4202 = arith.cmpi sge, %v4194, %v30 : i64
        %v4203 = arith.andi %v4196, %v4202 : i1
        %v4204 = arith.andi %v4203, %v4191 : i1
        %v4205 = llvm.getelementptr %v6[%v4201] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4206 = llvm.load %v4205 : !llvm.ptr<3> -> f32
        %v4207 = arith.addi %v3695, %v531 : i64
        %v4208 = arith.constant true
        %v4209 = arith.addi %v3016, %v4207 : i64
        %v4210 = llvm.getelementptr %v5[%v4209] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4211 = llvm.load %v4210 : !llvm.ptr<3> -> i64
        %v4212 = arith.addi %v1562, %v3696 : i64
        %v4213 = arith.cmpi slt, %v4212, %v79 : i64
        %v4214 = arith.subi %size_L, %v1 : i64
        %v4215 = arith.minsi %v4212, %v4214 : i64
        %v4216 = arith.addi %v4211, %v4215 : i64
        %v4217 = arith.muli %v4209, %v93 : i64
        %v4218 = arith.addi %v4217, %v3696 : i64
        %v4219 = arith.cmpi sge, %v4211, %v30 : i64
        %v4220 = arith.andi %v4213, %v4219 : i1
        %v4221 = arith.andi %v4220, %v4208 : i1
        %v4222 = llvm.getelementptr %v6[%v4218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4223 = llvm.load %v4222 : !llvm.ptr<3> -> f32
        %v4224 = arith.addi %v3695, %v546 : i64
        %v4225 = arith.constant true
        %v4226 = arith.addi %v3016, %v4224 : i64
        %v4227 = llvm.getelementptr %v5[%v4226] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4228 = llvm.load %v4227 : !llvm.ptr<3> -> i64
        %v4229 = arith.addi %v1562, %v3696 : i64
        %v4230 = arith.cmpi slt, %v4229, %v79 : i64
        %v4231 = arith.subi %size_L, %v1 : i64
        %v4232 = arith.minsi %v4229, %v4231 : i64
        %v4233 = arith.addi %v4228, %v4232 : i64
        %v4234 = arith.muli %v4226, %v93 : i64
        %v4235 = arith.addi %v4234, %v3696 : i64
        %v4236 = arith.cmpi sge, %v4228, %v30 : i64
        %v4237 = arith.andi %v4230, %v4236 : i1
        %v4238 = arith.andi %v4237, %v4225 : i1
        %v4239 = llvm.getelementptr %v6[%v4235] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4240 = llvm.load %v4239 : !llvm.ptr<3> -> f32
        scf.if %v3711 {
          %v4241 = llvm.getelementptr %out_y[%v3706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3713, %v4241 : f32, !llvm.ptr
        }
        scf.if %v3728 {
          %v4242 = llvm.getelementptr %out_y[%v3723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3730, %v4242 : f32, !llvm.ptr
        }
        scf.if %v3745 {
          %v4243 = llvm.getelementptr %out_y[%v3740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3747, %v4243 : f32, !llvm.ptr
        }
        scf.if %v3762 {
          %v4244 = llvm.getelementptr %out_y[%v3757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3764, %v4244 : f32, !llvm.ptr
        }
        scf.if %v3779 {
          %v4245 = llvm.getelementptr %out_y[%v3774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3781, %v4245 : f32, !llvm.ptr
        }
        scf.if %v3796 {
          %v4246 = llvm.getelementptr %out_y[%v3791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3798, %v4246 : f32, !llvm.ptr
        }
        scf.if %v3813 {
          %v4247 = llvm.getelementptr %out_y[%v3808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3815, %v4247 : f32, !llvm.ptr
        }
        scf.if %v3830 {
          %v4248 = llvm.getelementptr %out_y[%v3825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3832, %v4248 : f32, !llvm.ptr
        }
        scf.if %v3847 {
          %v4249 = llvm.getelementptr %out_y[%v3842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3849, %v4249 : f32, !llvm.ptr
        }
        scf.if %v3864 {
          %v4250 = llvm.getelementptr %out_y[%v3859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3866, %v4250 : f32, !llvm.ptr
        }
        scf.if %v3881 {
          %v4251 = llvm.getelementptr %out_y[%v3876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3883, %v4251 : f32, !llvm.ptr
        }
        scf.if %v3898 {
          %v4252 = llvm.getelementptr %out_y[%v3893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3900, %v4252 : f32, !llvm.ptr
        }
        scf.if %v3915 {
          %v4253 = llvm.getelementptr %out_y[%v3910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3917, %v4253 : f32, !llvm.ptr
        }
        scf.if %v3932 {
          %v4254 = llvm.getelementptr %out_y[%v3927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3934, %v4254 : f32, !llvm.ptr
        }
        scf.if %v3949 {
          %v4255 = llvm.getelementptr %out_y[%v3944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3951, %v4255 : f32, !llvm.ptr
        }
        scf.if %v3966 {
          %v4256 = llvm.getelementptr %out_y[%v3961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3968, %v4256 : f32, !llvm.ptr
        }
        scf.if %v3983 {
          %v4257 = llvm.getelementptr %out_y[%v3978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3985, %v4257 : f32, !llvm.ptr
        }
        scf.if %v4000 {
          %v4258 = llvm.getelementptr %out_y[%v3995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4002, %v4258 : f32, !llvm.ptr
        }
        scf.if %v4017 {
          %v4259 = llvm.getelementptr %out_y[%v4012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4019, %v4259 : f32, !llvm.ptr
        }
        scf.if %v4034 {
          %v4260 = llvm.getelementptr %out_y[%v4029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4036, %v4260 : f32, !llvm.ptr
        }
        scf.if %v4051 {
          %v4261 = llvm.getelementptr %out_y[%v4046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4053, %v4261 : f32, !llvm.ptr
        }
        scf.if %v4068 {
          %v4262 = llvm.getelementptr %out_y[%v4063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4070, %v4262 : f32, !llvm.ptr
        }
        scf.if %v4085 {
          %v4263 = llvm.getelementptr %out_y[%v4080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4087, %v4263 : f32, !llvm.ptr
        }
        scf.if %v4102 {
          %v4264 = llvm.getelementptr %out_y[%v4097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4104, %v4264 : f32, !llvm.ptr
        }
        scf.if %v4119 {
          %v4265 = llvm.getelementptr %out_y[%v4114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4121, %v4265 : f32, !llvm.ptr
        }
        scf.if %v4136 {
          %v4266 = llvm.getelementptr %out_y[%v4131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4138, %v4266 : f32, !llvm.ptr
        }
        scf.if %v4153 {
          %v4267 = llvm.getelementptr %out_y[%v4148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4155, %v4267 : f32, !llvm.ptr
        }
        scf.if %v4170 {
          %v4268 = llvm.getelementptr %out_y[%v4165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4172, %v4268 : f32, !llvm.ptr
        }
        scf.if %v4187 {
          %v4269 = llvm.getelementptr %out_y[%v4182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4189, %v4269 : f32, !llvm.ptr
        }
        scf.if %v4204 {
          %v4270 = llvm.getelementptr %out_y[%v4199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4206, %v4270 : f32, !llvm.ptr
        }
        scf.if %v4221 {
          %v4271 = llvm.getelementptr %out_y[%v4216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4223, %v4271 : f32, !llvm.ptr
        }
        scf.if %v4238 {
          %v4272 = llvm.getelementptr %out_y[%v4233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4240, %v4272 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      %v4273 = arith.subi %v10, %v1 : i64
      %v4274 = arith.cmpi eq, %v19, %v4273 : i64
      %v4275 = arith.andi %v23, %v4274 : i1
      gpu.return
    }
  }
}
