module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_biquad_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<256 x i64>
    llvm.mlir.global internal @smem_biquad_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<8448 x f32>
    gpu.func @biquad_chunk_apply(%in_x: !llvm.ptr, %in_rho: !llvm.ptr, %in_theta: !llvm.ptr, %in_h0: !llvm.ptr, %in_hp0: !llvm.ptr, %out_y: !llvm.ptr, %out_h_last: !llvm.ptr, %out_hp_last: !llvm.ptr, %carry_h: !llvm.ptr, %ckpt_h: !llvm.ptr, %carry_hp: !llvm.ptr, %ckpt_hp: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.mlir.addressof @rows_biquad_chunk_apply : !llvm.ptr<3>
      %v7 = llvm.mlir.addressof @smem_biquad_chunk_apply : !llvm.ptr<3>
      %v8 = arith.constant 255 : i64
      %v9 = arith.addi %size_L, %v8 : i64
      %v10 = arith.constant 256 : i64
      %v11 = arith.divui %v9, %v10 : i64
      %v16 = arith.constant 64 : i64
      %v31 = arith.constant 0 : i64
      %v32 = arith.muli %v1, %size_L : i64
      %v33 = arith.muli %v32, %size_D : i64
      %v55 = arith.constant 2 : i64
      %v64 = arith.constant -1 : i64
      %v66 = arith.constant 3 : i64
      %v89 = arith.constant 32 : i64
      %v102 = arith.constant 33 : i64
      %v121 = arith.constant 4 : i64
      %v136 = arith.constant 6 : i64
      %v151 = arith.constant 8 : i64
      %v166 = arith.constant 10 : i64
      %v181 = arith.constant 12 : i64
      %v196 = arith.constant 14 : i64
      %v211 = arith.constant 16 : i64
      %v226 = arith.constant 18 : i64
      %v241 = arith.constant 20 : i64
      %v256 = arith.constant 22 : i64
      %v271 = arith.constant 24 : i64
      %v286 = arith.constant 26 : i64
      %v301 = arith.constant 28 : i64
      %v316 = arith.constant 30 : i64
      %v345 = arith.constant 34 : i64
      %v360 = arith.constant 36 : i64
      %v375 = arith.constant 38 : i64
      %v390 = arith.constant 40 : i64
      %v405 = arith.constant 42 : i64
      %v420 = arith.constant 44 : i64
      %v435 = arith.constant 46 : i64
      %v450 = arith.constant 48 : i64
      %v465 = arith.constant 50 : i64
      %v480 = arith.constant 52 : i64
      %v495 = arith.constant 54 : i64
      %v510 = arith.constant 56 : i64
      %v525 = arith.constant 58 : i64
      %v540 = arith.constant 60 : i64
      %v555 = arith.constant 62 : i64
      %v1088 = arith.constant 128 : i64
      %v1578 = arith.muli %v1, %size_B : i64
      %v1579 = arith.muli %v1578, %size_D : i64
      %v1582 = arith.muli %v1, %size_D : i64
      %v1590 = arith.muli %v1, %size_B : i64
      %v1591 = arith.muli %v1590, %size_D : i64
      %v2958 = arith.constant 0x40000000 : f32
      %v2965 = arith.constant 0x3F800000 : f32
      %v2967 = arith.constant 0x3FB8AA3B : f32
      %v2979 = arith.constant 0x3E22F983 : f32
      %v2982 = arith.constant 0x40C90000 : f32
      %v2983 = arith.constant 0x3AFDAA22 : f32
      %v3004 = arith.constant 0x00000000 : f32
      %v3038 = arith.constant 192 : i64
      %v3053 = arith.constant 320 : i64
      %v3061 = arith.constant 384 : i64
      %v3069 = arith.constant 448 : i64
      %v3077 = arith.constant 512 : i64
      %v3085 = arith.constant 576 : i64
      %v3093 = arith.constant 640 : i64
      %v3101 = arith.constant 704 : i64
      %v3109 = arith.constant 768 : i64
      %v3117 = arith.constant 832 : i64
      %v3125 = arith.constant 896 : i64
      %v3133 = arith.constant 960 : i64
      %v3141 = arith.constant 1024 : i64
      %v3149 = arith.constant 1088 : i64
      %v3157 = arith.constant 1152 : i64
      %v3165 = arith.constant 1216 : i64
      %v3173 = arith.constant 1280 : i64
      %v3181 = arith.constant 1344 : i64
      %v3189 = arith.constant 1408 : i64
      %v3197 = arith.constant 1472 : i64
      %v3205 = arith.constant 1536 : i64
      %v3213 = arith.constant 1600 : i64
      %v3221 = arith.constant 1664 : i64
      %v3229 = arith.constant 1728 : i64
      %v3237 = arith.constant 1792 : i64
      %v3245 = arith.constant 1856 : i64
      %v3253 = arith.constant 1920 : i64
      %v3261 = arith.constant 1984 : i64
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
      %v27 = arith.remui %v26, %size_D : i64
      %v28 = arith.divui %v26, %size_D : i64
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
      %v50 = arith.muli %v29, %v33 : i64
      %v51 = arith.muli %v27, %v32 : i64
      %v52 = arith.addi %v50, %v51 : i64
      %v53 = arith.muli %v31, %v1 : i64
      %v54 = arith.addi %v52, %v53 : i64
      %v56 = arith.muli %v55, %v16 : i64
      %v57 = arith.addi %v56, %v14 : i64
      %v58 = llvm.getelementptr %v6[%v57] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v54, %v58 : i64, !llvm.ptr<3>
      %v59 = arith.muli %v29, %v33 : i64
      %v60 = arith.muli %v27, %v32 : i64
      %v61 = arith.addi %v59, %v60 : i64
      %v62 = arith.muli %v31, %v1 : i64
      %v63 = arith.addi %v61, %v62 : i64
      %v65 = arith.select %v24, %v63, %v64 : i64
      %v67 = arith.muli %v66, %v16 : i64
      %v68 = arith.addi %v67, %v14 : i64
      %v69 = llvm.getelementptr %v6[%v68] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v65, %v69 : i64, !llvm.ptr<3>
      gpu.barrier
      %v70 = arith.muli %v20, %v3 : i64
      %v71 = arith.subi %v3, %v1 : i64
      %v72 = arith.minsi %v23, %v71 : i64
      %v73 = arith.addi %v70, %v72 : i64
      %v74 = arith.muli %v73, %v1 : i64
      %v75 = arith.addi %v74, %v31 : i64
      %v76 = llvm.getelementptr %carry_h[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v77 = llvm.load %v76 : !llvm.ptr -> f32
      llvm.store %v77, %v4 : f32, !llvm.ptr
      %v78 = arith.muli %v20, %v3 : i64
      %v79 = arith.subi %v3, %v1 : i64
      %v80 = arith.minsi %v23, %v79 : i64
      %v81 = arith.addi %v78, %v80 : i64
      %v82 = arith.muli %v81, %v1 : i64
      %v83 = arith.addi %v82, %v31 : i64
      %v84 = llvm.getelementptr %carry_hp[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v85 = llvm.load %v84 : !llvm.ptr -> f32
      llvm.store %v85, %v5 : f32, !llvm.ptr
      %v86 = arith.muli %v20, %v10 : i64
      %v87 = arith.addi %v86, %v10 : i64
      %v88 = arith.minsi %v87, %size_L : i64
      // staged load of `x`'s first tile: read, then shared memory
      %v90 = arith.divui %v14, %v89 : i64
      %v91 = arith.remui %v14, %v89 : i64
      %v92 = arith.addi %v90, %v31 : i64
      %v93 = arith.constant true
      %v94 = arith.addi %v31, %v92 : i64
      %v95 = llvm.getelementptr %v6[%v94] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v96 = llvm.load %v95 : !llvm.ptr<3> -> i64
      %v97 = arith.addi %v86, %v91 : i64
      %v98 = arith.cmpi slt, %v97, %v88 : i64
      %v99 = arith.subi %size_L, %v1 : i64
      %v100 = arith.minsi %v97, %v99 : i64
      %v101 = arith.addi %v96, %v100 : i64
      %v103 = arith.muli %v94, %v102 : i64
      %v104 = arith.addi %v103, %v91 : i64
      %v105 = llvm.getelementptr %in_x[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v106 = llvm.load %v105 : !llvm.ptr -> f32
      %v107 = arith.addi %v90, %v55 : i64
      %v108 = arith.constant true
      %v109 = arith.addi %v31, %v107 : i64
      %v110 = llvm.getelementptr %v6[%v109] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v111 = llvm.load %v110 : !llvm.ptr<3> -> i64
      %v112 = arith.addi %v86, %v91 : i64
      %v113 = arith.cmpi slt, %v112, %v88 : i64
      %v114 = arith.subi %size_L, %v1 : i64
      %v115 = arith.minsi %v112, %v114 : i64
      %v116 = arith.addi %v111, %v115 : i64
      %v117 = arith.muli %v109, %v102 : i64
      %v118 = arith.addi %v117, %v91 : i64
      %v119 = llvm.getelementptr %in_x[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v120 = llvm.load %v119 : !llvm.ptr -> f32
      %v122 = arith.addi %v90, %v121 : i64
      %v123 = arith.constant true
      %v124 = arith.addi %v31, %v122 : i64
      %v125 = llvm.getelementptr %v6[%v124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v126 = llvm.load %v125 : !llvm.ptr<3> -> i64
      %v127 = arith.addi %v86, %v91 : i64
      %v128 = arith.cmpi slt, %v127, %v88 : i64
      %v129 = arith.subi %size_L, %v1 : i64
      %v130 = arith.minsi %v127, %v129 : i64
      %v131 = arith.addi %v126, %v130 : i64
      %v132 = arith.muli %v124, %v102 : i64
      %v133 = arith.addi %v132, %v91 : i64
      %v134 = llvm.getelementptr %in_x[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v135 = llvm.load %v134 : !llvm.ptr -> f32
      %v137 = arith.addi %v90, %v136 : i64
      %v138 = arith.constant true
      %v139 = arith.addi %v31, %v137 : i64
      %v140 = llvm.getelementptr %v6[%v139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v141 = llvm.load %v140 : !llvm.ptr<3> -> i64
      %v142 = arith.addi %v86, %v91 : i64
      %v143 = arith.cmpi slt, %v142, %v88 : i64
      %v144 = arith.subi %size_L, %v1 : i64
      %v145 = arith.minsi %v142, %v144 : i64
      %v146 = arith.addi %v141, %v145 : i64
      %v147 = arith.muli %v139, %v102 : i64
      %v148 = arith.addi %v147, %v91 : i64
      %v149 = llvm.getelementptr %in_x[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v150 = llvm.load %v149 : !llvm.ptr -> f32
      %v152 = arith.addi %v90, %v151 : i64
      %v153 = arith.constant true
      %v154 = arith.addi %v31, %v152 : i64
      %v155 = llvm.getelementptr %v6[%v154] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v156 = llvm.load %v155 : !llvm.ptr<3> -> i64
      %v157 = arith.addi %v86, %v91 : i64
      %v158 = arith.cmpi slt, %v157, %v88 : i64
      %v159 = arith.subi %size_L, %v1 : i64
      %v160 = arith.minsi %v157, %v159 : i64
      %v161 = arith.addi %v156, %v160 : i64
      %v162 = arith.muli %v154, %v102 : i64
      %v163 = arith.addi %v162, %v91 : i64
      %v164 = llvm.getelementptr %in_x[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v165 = llvm.load %v164 : !llvm.ptr -> f32
      %v167 = arith.addi %v90, %v166 : i64
      %v168 = arith.constant true
      %v169 = arith.addi %v31, %v167 : i64
      %v170 = llvm.getelementptr %v6[%v169] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v171 = llvm.load %v170 : !llvm.ptr<3> -> i64
      %v172 = arith.addi %v86, %v91 : i64
      %v173 = arith.cmpi slt, %v172, %v88 : i64
      %v174 = arith.subi %size_L, %v1 : i64
      %v175 = arith.minsi %v172, %v174 : i64
      %v176 = arith.addi %v171, %v175 : i64
      %v177 = arith.muli %v169, %v102 : i64
      %v178 = arith.addi %v177, %v91 : i64
      %v179 = llvm.getelementptr %in_x[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v180 = llvm.load %v179 : !llvm.ptr -> f32
      %v182 = arith.addi %v90, %v181 : i64
      %v183 = arith.constant true
      %v184 = arith.addi %v31, %v182 : i64
      %v185 = llvm.getelementptr %v6[%v184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v186 = llvm.load %v185 : !llvm.ptr<3> -> i64
      %v187 = arith.addi %v86, %v91 : i64
      %v188 = arith.cmpi slt, %v187, %v88 : i64
      %v189 = arith.subi %size_L, %v1 : i64
      %v190 = arith.minsi %v187, %v189 : i64
      %v191 = arith.addi %v186, %v190 : i64
      %v192 = arith.muli %v184, %v102 : i64
      %v193 = arith.addi %v192, %v91 : i64
      %v194 = llvm.getelementptr %in_x[%v191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v195 = llvm.load %v194 : !llvm.ptr -> f32
      %v197 = arith.addi %v90, %v196 : i64
      %v198 = arith.constant true
      %v199 = arith.addi %v31, %v197 : i64
      %v200 = llvm.getelementptr %v6[%v199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v201 = llvm.load %v200 : !llvm.ptr<3> -> i64
      %v202 = arith.addi %v86, %v91 : i64
      %v203 = arith.cmpi slt, %v202, %v88 : i64
      %v204 = arith.subi %size_L, %v1 : i64
      %v205 = arith.minsi %v202, %v204 : i64
      %v206 = arith.addi %v201, %v205 : i64
      %v207 = arith.muli %v199, %v102 : i64
      %v208 = arith.addi %v207, %v91 : i64
      %v209 = llvm.getelementptr %in_x[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v210 = llvm.load %v209 : !llvm.ptr -> f32
      %v212 = arith.addi %v90, %v211 : i64
      %v213 = arith.constant true
      %v214 = arith.addi %v31, %v212 : i64
      %v215 = llvm.getelementptr %v6[%v214] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v216 = llvm.load %v215 : !llvm.ptr<3> -> i64
      %v217 = arith.addi %v86, %v91 : i64
      %v218 = arith.cmpi slt, %v217, %v88 : i64
      %v219 = arith.subi %size_L, %v1 : i64
      %v220 = arith.minsi %v217, %v219 : i64
      %v221 = arith.addi %v216, %v220 : i64
      %v222 = arith.muli %v214, %v102 : i64
      %v223 = arith.addi %v222, %v91 : i64
      %v224 = llvm.getelementptr %in_x[%v221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v225 = llvm.load %v224 : !llvm.ptr -> f32
      %v227 = arith.addi %v90, %v226 : i64
      %v228 = arith.constant true
      %v229 = arith.addi %v31, %v227 : i64
      %v230 = llvm.getelementptr %v6[%v229] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v231 = llvm.load %v230 : !llvm.ptr<3> -> i64
      %v232 = arith.addi %v86, %v91 : i64
      %v233 = arith.cmpi slt, %v232, %v88 : i64
      %v234 = arith.subi %size_L, %v1 : i64
      %v235 = arith.minsi %v232, %v234 : i64
      %v236 = arith.addi %v231, %v235 : i64
      %v237 = arith.muli %v229, %v102 : i64
      %v238 = arith.addi %v237, %v91 : i64
      %v239 = llvm.getelementptr %in_x[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v240 = llvm.load %v239 : !llvm.ptr -> f32
      %v242 = arith.addi %v90, %v241 : i64
      %v243 = arith.constant true
      %v244 = arith.addi %v31, %v242 : i64
      %v245 = llvm.getelementptr %v6[%v244] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v246 = llvm.load %v245 : !llvm.ptr<3> -> i64
      %v247 = arith.addi %v86, %v91 : i64
      %v248 = arith.cmpi slt, %v247, %v88 : i64
      %v249 = arith.subi %size_L, %v1 : i64
      %v250 = arith.minsi %v247, %v249 : i64
      %v251 = arith.addi %v246, %v250 : i64
      %v252 = arith.muli %v244, %v102 : i64
      %v253 = arith.addi %v252, %v91 : i64
      %v254 = llvm.getelementptr %in_x[%v251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v255 = llvm.load %v254 : !llvm.ptr -> f32
      %v257 = arith.addi %v90, %v256 : i64
      %v258 = arith.constant true
      %v259 = arith.addi %v31, %v257 : i64
      %v260 = llvm.getelementptr %v6[%v259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v261 = llvm.load %v260 : !llvm.ptr<3> -> i64
      %v262 = arith.addi %v86, %v91 : i64
      %v263 = arith.cmpi slt, %v262, %v88 : i64
      %v264 = arith.subi %size_L, %v1 : i64
      %v265 = arith.minsi %v262, %v264 : i64
      %v266 = arith.addi %v261, %v265 : i64
      %v267 = arith.muli %v259, %v102 : i64
      %v268 = arith.addi %v267, %v91 : i64
      %v269 = llvm.getelementptr %in_x[%v266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v270 = llvm.load %v269 : !llvm.ptr -> f32
      %v272 = arith.addi %v90, %v271 : i64
      %v273 = arith.constant true
      %v274 = arith.addi %v31, %v272 : i64
      %v275 = llvm.getelementptr %v6[%v274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v276 = llvm.load %v275 : !llvm.ptr<3> -> i64
      %v277 = arith.addi %v86, %v91 : i64
      %v278 = arith.cmpi slt, %v277, %v88 : i64
      %v279 = arith.subi %size_L, %v1 : i64
      %v280 = arith.minsi %v277, %v279 : i64
      %v281 = arith.addi %v276, %v280 : i64
      %v282 = arith.muli %v274, %v102 : i64
      %v283 = arith.addi %v282, %v91 : i64
      %v284 = llvm.getelementptr %in_x[%v281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v285 = llvm.load %v284 : !llvm.ptr -> f32
      %v287 = arith.addi %v90, %v286 : i64
      %v288 = arith.constant true
      %v289 = arith.addi %v31, %v287 : i64
      %v290 = llvm.getelementptr %v6[%v289] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v291 = llvm.load %v290 : !llvm.ptr<3> -> i64
      %v292 = arith.addi %v86, %v91 : i64
      %v293 = arith.cmpi slt, %v292, %v88 : i64
      %v294 = arith.subi %size_L, %v1 : i64
      %v295 = arith.minsi %v292, %v294 : i64
      %v296 = arith.addi %v291, %v295 : i64
      %v297 = arith.muli %v289, %v102 : i64
      %v298 = arith.addi %v297, %v91 : i64
      %v299 = llvm.getelementptr %in_x[%v296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v300 = llvm.load %v299 : !llvm.ptr -> f32
      %v302 = arith.addi %v90, %v301 : i64
      %v303 = arith.constant true
      %v304 = arith.addi %v31, %v302 : i64
      %v305 = llvm.getelementptr %v6[%v304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v306 = llvm.load %v305 : !llvm.ptr<3> -> i64
      %v307 = arith.addi %v86, %v91 : i64
      %v308 = arith.cmpi slt, %v307, %v88 : i64
      %v309 = arith.subi %size_L, %v1 : i64
      %v310 = arith.minsi %v307, %v309 : i64
      %v311 = arith.addi %v306, %v310 : i64
      %v312 = arith.muli %v304, %v102 : i64
      %v313 = arith.addi %v312, %v91 : i64
      %v314 = llvm.getelementptr %in_x[%v311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v315 = llvm.load %v314 : !llvm.ptr -> f32
      %v317 = arith.addi %v90, %v316 : i64
      %v318 = arith.constant true
      %v319 = arith.addi %v31, %v317 : i64
      %v320 = llvm.getelementptr %v6[%v319] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v321 = llvm.load %v320 : !llvm.ptr<3> -> i64
      %v322 = arith.addi %v86, %v91 : i64
      %v323 = arith.cmpi slt, %v322, %v88 : i64
      %v324 = arith.subi %size_L, %v1 : i64
      %v325 = arith.minsi %v322, %v324 : i64
      %v326 = arith.addi %v321, %v325 : i64
      %v327 = arith.muli %v319, %v102 : i64
      %v328 = arith.addi %v327, %v91 : i64
      %v329 = llvm.getelementptr %in_x[%v326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v330 = llvm.load %v329 : !llvm.ptr -> f32
      %v331 = arith.addi %v90, %v89 : i64
      %v332 = arith.constant true
      %v333 = arith.addi %v31, %v331 : i64
      %v334 = llvm.getelementptr %v6[%v333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v335 = llvm.load %v334 : !llvm.ptr<3> -> i64
      %v336 = arith.addi %v86, %v91 : i64
      %v337 = arith.cmpi slt, %v336, %v88 : i64
      %v338 = arith.subi %size_L, %v1 : i64
      %v339 = arith.minsi %v336, %v338 : i64
      %v340 = arith.addi %v335, %v339 : i64
      %v341 = arith.muli %v333, %v102 : i64
      %v342 = arith.addi %v341, %v91 : i64
      %v343 = llvm.getelementptr %in_x[%v340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v344 = llvm.load %v343 : !llvm.ptr -> f32
      %v346 = arith.addi %v90, %v345 : i64
      %v347 = arith.constant true
      %v348 = arith.addi %v31, %v346 : i64
      %v349 = llvm.getelementptr %v6[%v348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v350 = llvm.load %v349 : !llvm.ptr<3> -> i64
      %v351 = arith.addi %v86, %v91 : i64
      %v352 = arith.cmpi slt, %v351, %v88 : i64
      %v353 = arith.subi %size_L, %v1 : i64
      %v354 = arith.minsi %v351, %v353 : i64
      %v355 = arith.addi %v350, %v354 : i64
      %v356 = arith.muli %v348, %v102 : i64
      %v357 = arith.addi %v356, %v91 : i64
      %v358 = llvm.getelementptr %in_x[%v355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v359 = llvm.load %v358 : !llvm.ptr -> f32
      %v361 = arith.addi %v90, %v360 : i64
      %v362 = arith.constant true
      %v363 = arith.addi %v31, %v361 : i64
      %v364 = llvm.getelementptr %v6[%v363] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v365 = llvm.load %v364 : !llvm.ptr<3> -> i64
      %v366 = arith.addi %v86, %v91 : i64
      %v367 = arith.cmpi slt, %v366, %v88 : i64
      %v368 = arith.subi %size_L, %v1 : i64
      %v369 = arith.minsi %v366, %v368 : i64
      %v370 = arith.addi %v365, %v369 : i64
      %v371 = arith.muli %v363, %v102 : i64
      %v372 = arith.addi %v371, %v91 : i64
      %v373 = llvm.getelementptr %in_x[%v370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v374 = llvm.load %v373 : !llvm.ptr -> f32
      %v376 = arith.addi %v90, %v375 : i64
      %v377 = arith.constant true
      %v378 = arith.addi %v31, %v376 : i64
      %v379 = llvm.getelementptr %v6[%v378] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v380 = llvm.load %v379 : !llvm.ptr<3> -> i64
      %v381 = arith.addi %v86, %v91 : i64
      %v382 = arith.cmpi slt, %v381, %v88 : i64
      %v383 = arith.subi %size_L, %v1 : i64
      %v384 = arith.minsi %v381, %v383 : i64
      %v385 = arith.addi %v380, %v384 : i64
      %v386 = arith.muli %v378, %v102 : i64
      %v387 = arith.addi %v386, %v91 : i64
      %v388 = llvm.getelementptr %in_x[%v385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v389 = llvm.load %v388 : !llvm.ptr -> f32
      %v391 = arith.addi %v90, %v390 : i64
      %v392 = arith.constant true
      %v393 = arith.addi %v31, %v391 : i64
      %v394 = llvm.getelementptr %v6[%v393] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v395 = llvm.load %v394 : !llvm.ptr<3> -> i64
      %v396 = arith.addi %v86, %v91 : i64
      %v397 = arith.cmpi slt, %v396, %v88 : i64
      %v398 = arith.subi %size_L, %v1 : i64
      %v399 = arith.minsi %v396, %v398 : i64
      %v400 = arith.addi %v395, %v399 : i64
      %v401 = arith.muli %v393, %v102 : i64
      %v402 = arith.addi %v401, %v91 : i64
      %v403 = llvm.getelementptr %in_x[%v400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v404 = llvm.load %v403 : !llvm.ptr -> f32
      %v406 = arith.addi %v90, %v405 : i64
      %v407 = arith.constant true
      %v408 = arith.addi %v31, %v406 : i64
      %v409 = llvm.getelementptr %v6[%v408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v410 = llvm.load %v409 : !llvm.ptr<3> -> i64
      %v411 = arith.addi %v86, %v91 : i64
      %v412 = arith.cmpi slt, %v411, %v88 : i64
      %v413 = arith.subi %size_L, %v1 : i64
      %v414 = arith.minsi %v411, %v413 : i64
      %v415 = arith.addi %v410, %v414 : i64
      %v416 = arith.muli %v408, %v102 : i64
      %v417 = arith.addi %v416, %v91 : i64
      %v418 = llvm.getelementptr %in_x[%v415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v419 = llvm.load %v418 : !llvm.ptr -> f32
      %v421 = arith.addi %v90, %v420 : i64
      %v422 = arith.constant true
      %v423 = arith.addi %v31, %v421 : i64
      %v424 = llvm.getelementptr %v6[%v423] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v425 = llvm.load %v424 : !llvm.ptr<3> -> i64
      %v426 = arith.addi %v86, %v91 : i64
      %v427 = arith.cmpi slt, %v426, %v88 : i64
      %v428 = arith.subi %size_L, %v1 : i64
      %v429 = arith.minsi %v426, %v428 : i64
      %v430 = arith.addi %v425, %v429 : i64
      %v431 = arith.muli %v423, %v102 : i64
      %v432 = arith.addi %v431, %v91 : i64
      %v433 = llvm.getelementptr %in_x[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v434 = llvm.load %v433 : !llvm.ptr -> f32
      %v436 = arith.addi %v90, %v435 : i64
      %v437 = arith.constant true
      %v438 = arith.addi %v31, %v436 : i64
      %v439 = llvm.getelementptr %v6[%v438] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v440 = llvm.load %v439 : !llvm.ptr<3> -> i64
      %v441 = arith.addi %v86, %v91 : i64
      %v442 = arith.cmpi slt, %v441, %v88 : i64
      %v443 = arith.subi %size_L, %v1 : i64
      %v444 = arith.minsi %v441, %v443 : i64
      %v445 = arith.addi %v440, %v444 : i64
      %v446 = arith.muli %v438, %v102 : i64
      %v447 = arith.addi %v446, %v91 : i64
      %v448 = llvm.getelementptr %in_x[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v449 = llvm.load %v448 : !llvm.ptr -> f32
      %v451 = arith.addi %v90, %v450 : i64
      %v452 = arith.constant true
      %v453 = arith.addi %v31, %v451 : i64
      %v454 = llvm.getelementptr %v6[%v453] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v455 = llvm.load %v454 : !llvm.ptr<3> -> i64
      %v456 = arith.addi %v86, %v91 : i64
      %v457 = arith.cmpi slt, %v456, %v88 : i64
      %v458 = arith.subi %size_L, %v1 : i64
      %v459 = arith.minsi %v456, %v458 : i64
      %v460 = arith.addi %v455, %v459 : i64
      %v461 = arith.muli %v453, %v102 : i64
      %v462 = arith.addi %v461, %v91 : i64
      %v463 = llvm.getelementptr %in_x[%v460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v464 = llvm.load %v463 : !llvm.ptr -> f32
      %v466 = arith.addi %v90, %v465 : i64
      %v467 = arith.constant true
      %v468 = arith.addi %v31, %v466 : i64
      %v469 = llvm.getelementptr %v6[%v468] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v470 = llvm.load %v469 : !llvm.ptr<3> -> i64
      %v471 = arith.addi %v86, %v91 : i64
      %v472 = arith.cmpi slt, %v471, %v88 : i64
      %v473 = arith.subi %size_L, %v1 : i64
      %v474 = arith.minsi %v471, %v473 : i64
      %v475 = arith.addi %v470, %v474 : i64
      %v476 = arith.muli %v468, %v102 : i64
      %v477 = arith.addi %v476, %v91 : i64
      %v478 = llvm.getelementptr %in_x[%v475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v479 = llvm.load %v478 : !llvm.ptr -> f32
      %v481 = arith.addi %v90, %v480 : i64
      %v482 = arith.constant true
      %v483 = arith.addi %v31, %v481 : i64
      %v484 = llvm.getelementptr %v6[%v483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v485 = llvm.load %v484 : !llvm.ptr<3> -> i64
      %v486 = arith.addi %v86, %v91 : i64
      %v487 = arith.cmpi slt, %v486, %v88 : i64
      %v488 = arith.subi %size_L, %v1 : i64
      %v489 = arith.minsi %v486, %v488 : i64
      %v490 = arith.addi %v485, %v489 : i64
      %v491 = arith.muli %v483, %v102 : i64
      %v492 = arith.addi %v491, %v91 : i64
      %v493 = llvm.getelementptr %in_x[%v490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v494 = llvm.load %v493 : !llvm.ptr -> f32
      %v496 = arith.addi %v90, %v495 : i64
      %v497 = arith.constant true
      %v498 = arith.addi %v31, %v496 : i64
      %v499 = llvm.getelementptr %v6[%v498] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v500 = llvm.load %v499 : !llvm.ptr<3> -> i64
      %v501 = arith.addi %v86, %v91 : i64
      %v502 = arith.cmpi slt, %v501, %v88 : i64
      %v503 = arith.subi %size_L, %v1 : i64
      %v504 = arith.minsi %v501, %v503 : i64
      %v505 = arith.addi %v500, %v504 : i64
      %v506 = arith.muli %v498, %v102 : i64
      %v507 = arith.addi %v506, %v91 : i64
      %v508 = llvm.getelementptr %in_x[%v505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v509 = llvm.load %v508 : !llvm.ptr -> f32
      %v511 = arith.addi %v90, %v510 : i64
      %v512 = arith.constant true
      %v513 = arith.addi %v31, %v511 : i64
      %v514 = llvm.getelementptr %v6[%v513] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v515 = llvm.load %v514 : !llvm.ptr<3> -> i64
      %v516 = arith.addi %v86, %v91 : i64
      %v517 = arith.cmpi slt, %v516, %v88 : i64
      %v518 = arith.subi %size_L, %v1 : i64
      %v519 = arith.minsi %v516, %v518 : i64
      %v520 = arith.addi %v515, %v519 : i64
      %v521 = arith.muli %v513, %v102 : i64
      %v522 = arith.addi %v521, %v91 : i64
      %v523 = llvm.getelementptr %in_x[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v524 = llvm.load %v523 : !llvm.ptr -> f32
      %v526 = arith.addi %v90, %v525 : i64
      %v527 = arith.constant true
      %v528 = arith.addi %v31, %v526 : i64
      %v529 = llvm.getelementptr %v6[%v528] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v530 = llvm.load %v529 : !llvm.ptr<3> -> i64
      %v531 = arith.addi %v86, %v91 : i64
      %v532 = arith.cmpi slt, %v531, %v88 : i64
      %v533 = arith.subi %size_L, %v1 : i64
      %v534 = arith.minsi %v531, %v533 : i64
      %v535 = arith.addi %v530, %v534 : i64
      %v536 = arith.muli %v528, %v102 : i64
      %v537 = arith.addi %v536, %v91 : i64
      %v538 = llvm.getelementptr %in_x[%v535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v539 = llvm.load %v538 : !llvm.ptr -> f32
      %v541 = arith.addi %v90, %v540 : i64
      %v542 = arith.constant true
      %v543 = arith.addi %v31, %v541 : i64
      %v544 = llvm.getelementptr %v6[%v543] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v545 = llvm.load %v544 : !llvm.ptr<3> -> i64
      %v546 = arith.addi %v86, %v91 : i64
      %v547 = arith.cmpi slt, %v546, %v88 : i64
      %v548 = arith.subi %size_L, %v1 : i64
      %v549 = arith.minsi %v546, %v548 : i64
      %v550 = arith.addi %v545, %v549 : i64
      %v551 = arith.muli %v543, %v102 : i64
      %v552 = arith.addi %v551, %v91 : i64
      %v553 = llvm.getelementptr %in_x[%v550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v554 = llvm.load %v553 : !llvm.ptr -> f32
      %v556 = arith.addi %v90, %v555 : i64
      %v557 = arith.constant true
      %v558 = arith.addi %v31, %v556 : i64
      %v559 = llvm.getelementptr %v6[%v558] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v560 = llvm.load %v559 : !llvm.ptr<3> -> i64
      %v561 = arith.addi %v86, %v91 : i64
      %v562 = arith.cmpi slt, %v561, %v88 : i64
      %v563 = arith.subi %size_L, %v1 : i64
      %v564 = arith.minsi %v561, %v563 : i64
      %v565 = arith.addi %v560, %v564 : i64
      %v566 = arith.muli %v558, %v102 : i64
      %v567 = arith.addi %v566, %v91 : i64
      %v568 = llvm.getelementptr %in_x[%v565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v569 = llvm.load %v568 : !llvm.ptr -> f32
      scf.if %v93 {
        %v570 = llvm.getelementptr %v7[%v104] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v106, %v570 : f32, !llvm.ptr<3>
      }
      scf.if %v108 {
        %v571 = llvm.getelementptr %v7[%v118] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v120, %v571 : f32, !llvm.ptr<3>
      }
      scf.if %v123 {
        %v572 = llvm.getelementptr %v7[%v133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v135, %v572 : f32, !llvm.ptr<3>
      }
      scf.if %v138 {
        %v573 = llvm.getelementptr %v7[%v148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v150, %v573 : f32, !llvm.ptr<3>
      }
      scf.if %v153 {
        %v574 = llvm.getelementptr %v7[%v163] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v165, %v574 : f32, !llvm.ptr<3>
      }
      scf.if %v168 {
        %v575 = llvm.getelementptr %v7[%v178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v180, %v575 : f32, !llvm.ptr<3>
      }
      scf.if %v183 {
        %v576 = llvm.getelementptr %v7[%v193] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v195, %v576 : f32, !llvm.ptr<3>
      }
      scf.if %v198 {
        %v577 = llvm.getelementptr %v7[%v208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v210, %v577 : f32, !llvm.ptr<3>
      }
      scf.if %v213 {
        %v578 = llvm.getelementptr %v7[%v223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v225, %v578 : f32, !llvm.ptr<3>
      }
      scf.if %v228 {
        %v579 = llvm.getelementptr %v7[%v238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v240, %v579 : f32, !llvm.ptr<3>
      }
      scf.if %v243 {
        %v580 = llvm.getelementptr %v7[%v253] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v255, %v580 : f32, !llvm.ptr<3>
      }
      scf.if %v258 {
        %v581 = llvm.getelementptr %v7[%v268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v270, %v581 : f32, !llvm.ptr<3>
      }
      scf.if %v273 {
        %v582 = llvm.getelementptr %v7[%v283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v285, %v582 : f32, !llvm.ptr<3>
      }
      scf.if %v288 {
        %v583 = llvm.getelementptr %v7[%v298] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v300, %v583 : f32, !llvm.ptr<3>
      }
      scf.if %v303 {
        %v584 = llvm.getelementptr %v7[%v313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v315, %v584 : f32, !llvm.ptr<3>
      }
      scf.if %v318 {
        %v585 = llvm.getelementptr %v7[%v328] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v330, %v585 : f32, !llvm.ptr<3>
      }
      scf.if %v332 {
        %v586 = llvm.getelementptr %v7[%v342] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v344, %v586 : f32, !llvm.ptr<3>
      }
      scf.if %v347 {
        %v587 = llvm.getelementptr %v7[%v357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v359, %v587 : f32, !llvm.ptr<3>
      }
      scf.if %v362 {
        %v588 = llvm.getelementptr %v7[%v372] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v374, %v588 : f32, !llvm.ptr<3>
      }
      scf.if %v377 {
        %v589 = llvm.getelementptr %v7[%v387] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v389, %v589 : f32, !llvm.ptr<3>
      }
      scf.if %v392 {
        %v590 = llvm.getelementptr %v7[%v402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v404, %v590 : f32, !llvm.ptr<3>
      }
      scf.if %v407 {
        %v591 = llvm.getelementptr %v7[%v417] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v419, %v591 : f32, !llvm.ptr<3>
      }
      scf.if %v422 {
        %v592 = llvm.getelementptr %v7[%v432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v434, %v592 : f32, !llvm.ptr<3>
      }
      scf.if %v437 {
        %v593 = llvm.getelementptr %v7[%v447] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v449, %v593 : f32, !llvm.ptr<3>
      }
      scf.if %v452 {
        %v594 = llvm.getelementptr %v7[%v462] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v464, %v594 : f32, !llvm.ptr<3>
      }
      scf.if %v467 {
        %v595 = llvm.getelementptr %v7[%v477] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v479, %v595 : f32, !llvm.ptr<3>
      }
      scf.if %v482 {
        %v596 = llvm.getelementptr %v7[%v492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v494, %v596 : f32, !llvm.ptr<3>
      }
      scf.if %v497 {
        %v597 = llvm.getelementptr %v7[%v507] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v509, %v597 : f32, !llvm.ptr<3>
      }
      scf.if %v512 {
        %v598 = llvm.getelementptr %v7[%v522] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v524, %v598 : f32, !llvm.ptr<3>
      }
      scf.if %v527 {
        %v599 = llvm.getelementptr %v7[%v537] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v539, %v599 : f32, !llvm.ptr<3>
      }
      scf.if %v542 {
        %v600 = llvm.getelementptr %v7[%v552] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v554, %v600 : f32, !llvm.ptr<3>
      }
      scf.if %v557 {
        %v601 = llvm.getelementptr %v7[%v567] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v569, %v601 : f32, !llvm.ptr<3>
      }
      // end staged load of `x`
      // staged load of `rho`'s first tile: read, then shared memory
      %v602 = arith.divui %v14, %v89 : i64
      %v603 = arith.remui %v14, %v89 : i64
      %v604 = arith.addi %v602, %v31 : i64
      %v605 = arith.constant true
      %v606 = arith.addi %v16, %v604 : i64
      %v607 = llvm.getelementptr %v6[%v606] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v608 = llvm.load %v607 : !llvm.ptr<3> -> i64
      %v609 = arith.addi %v86, %v603 : i64
      %v610 = arith.cmpi slt, %v609, %v88 : i64
      %v611 = arith.subi %size_L, %v1 : i64
      %v612 = arith.minsi %v609, %v611 : i64
      %v613 = arith.addi %v608, %v612 : i64
      %v614 = arith.muli %v606, %v102 : i64
      %v615 = arith.addi %v614, %v603 : i64
      %v616 = llvm.getelementptr %in_rho[%v613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v617 = llvm.load %v616 : !llvm.ptr -> f32
      %v618 = arith.addi %v602, %v55 : i64
      %v619 = arith.constant true
      %v620 = arith.addi %v16, %v618 : i64
      %v621 = llvm.getelementptr %v6[%v620] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v622 = llvm.load %v621 : !llvm.ptr<3> -> i64
      %v623 = arith.addi %v86, %v603 : i64
      %v624 = arith.cmpi slt, %v623, %v88 : i64
      %v625 = arith.subi %size_L, %v1 : i64
      %v626 = arith.minsi %v623, %v625 : i64
      %v627 = arith.addi %v622, %v626 : i64
      %v628 = arith.muli %v620, %v102 : i64
      %v629 = arith.addi %v628, %v603 : i64
      %v630 = llvm.getelementptr %in_rho[%v627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v631 = llvm.load %v630 : !llvm.ptr -> f32
      %v632 = arith.addi %v602, %v121 : i64
      %v633 = arith.constant true
      %v634 = arith.addi %v16, %v632 : i64
      %v635 = llvm.getelementptr %v6[%v634] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v636 = llvm.load %v635 : !llvm.ptr<3> -> i64
      %v637 = arith.addi %v86, %v603 : i64
      %v638 = arith.cmpi slt, %v637, %v88 : i64
      %v639 = arith.subi %size_L, %v1 : i64
      %v640 = arith.minsi %v637, %v639 : i64
      %v641 = arith.addi %v636, %v640 : i64
      %v642 = arith.muli %v634, %v102 : i64
      %v643 = arith.addi %v642, %v603 : i64
      %v644 = llvm.getelementptr %in_rho[%v641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v645 = llvm.load %v644 : !llvm.ptr -> f32
      %v646 = arith.addi %v602, %v136 : i64
      %v647 = arith.constant true
      %v648 = arith.addi %v16, %v646 : i64
      %v649 = llvm.getelementptr %v6[%v648] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v650 = llvm.load %v649 : !llvm.ptr<3> -> i64
      %v651 = arith.addi %v86, %v603 : i64
      %v652 = arith.cmpi slt, %v651, %v88 : i64
      %v653 = arith.subi %size_L, %v1 : i64
      %v654 = arith.minsi %v651, %v653 : i64
      %v655 = arith.addi %v650, %v654 : i64
      %v656 = arith.muli %v648, %v102 : i64
      %v657 = arith.addi %v656, %v603 : i64
      %v658 = llvm.getelementptr %in_rho[%v655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v659 = llvm.load %v658 : !llvm.ptr -> f32
      %v660 = arith.addi %v602, %v151 : i64
      %v661 = arith.constant true
      %v662 = arith.addi %v16, %v660 : i64
      %v663 = llvm.getelementptr %v6[%v662] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v664 = llvm.load %v663 : !llvm.ptr<3> -> i64
      %v665 = arith.addi %v86, %v603 : i64
      %v666 = arith.cmpi slt, %v665, %v88 : i64
      %v667 = arith.subi %size_L, %v1 : i64
      %v668 = arith.minsi %v665, %v667 : i64
      %v669 = arith.addi %v664, %v668 : i64
      %v670 = arith.muli %v662, %v102 : i64
      %v671 = arith.addi %v670, %v603 : i64
      %v672 = llvm.getelementptr %in_rho[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v673 = llvm.load %v672 : !llvm.ptr -> f32
      %v674 = arith.addi %v602, %v166 : i64
      %v675 = arith.constant true
      %v676 = arith.addi %v16, %v674 : i64
      %v677 = llvm.getelementptr %v6[%v676] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v678 = llvm.load %v677 : !llvm.ptr<3> -> i64
      %v679 = arith.addi %v86, %v603 : i64
      %v680 = arith.cmpi slt, %v679, %v88 : i64
      %v681 = arith.subi %size_L, %v1 : i64
      %v682 = arith.minsi %v679, %v681 : i64
      %v683 = arith.addi %v678, %v682 : i64
      %v684 = arith.muli %v676, %v102 : i64
      %v685 = arith.addi %v684, %v603 : i64
      %v686 = llvm.getelementptr %in_rho[%v683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v687 = llvm.load %v686 : !llvm.ptr -> f32
      %v688 = arith.addi %v602, %v181 : i64
      %v689 = arith.constant true
      %v690 = arith.addi %v16, %v688 : i64
      %v691 = llvm.getelementptr %v6[%v690] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v692 = llvm.load %v691 : !llvm.ptr<3> -> i64
      %v693 = arith.addi %v86, %v603 : i64
      %v694 = arith.cmpi slt, %v693, %v88 : i64
      %v695 = arith.subi %size_L, %v1 : i64
      %v696 = arith.minsi %v693, %v695 : i64
      %v697 = arith.addi %v692, %v696 : i64
      %v698 = arith.muli %v690, %v102 : i64
      %v699 = arith.addi %v698, %v603 : i64
      %v700 = llvm.getelementptr %in_rho[%v697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v701 = llvm.load %v700 : !llvm.ptr -> f32
      %v702 = arith.addi %v602, %v196 : i64
      %v703 = arith.constant true
      %v704 = arith.addi %v16, %v702 : i64
      %v705 = llvm.getelementptr %v6[%v704] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v706 = llvm.load %v705 : !llvm.ptr<3> -> i64
      %v707 = arith.addi %v86, %v603 : i64
      %v708 = arith.cmpi slt, %v707, %v88 : i64
      %v709 = arith.subi %size_L, %v1 : i64
      %v710 = arith.minsi %v707, %v709 : i64
      %v711 = arith.addi %v706, %v710 : i64
      %v712 = arith.muli %v704, %v102 : i64
      %v713 = arith.addi %v712, %v603 : i64
      %v714 = llvm.getelementptr %in_rho[%v711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v715 = llvm.load %v714 : !llvm.ptr -> f32
      %v716 = arith.addi %v602, %v211 : i64
      %v717 = arith.constant true
      %v718 = arith.addi %v16, %v716 : i64
      %v719 = llvm.getelementptr %v6[%v718] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v720 = llvm.load %v719 : !llvm.ptr<3> -> i64
      %v721 = arith.addi %v86, %v603 : i64
      %v722 = arith.cmpi slt, %v721, %v88 : i64
      %v723 = arith.subi %size_L, %v1 : i64
      %v724 = arith.minsi %v721, %v723 : i64
      %v725 = arith.addi %v720, %v724 : i64
      %v726 = arith.muli %v718, %v102 : i64
      %v727 = arith.addi %v726, %v603 : i64
      %v728 = llvm.getelementptr %in_rho[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v729 = llvm.load %v728 : !llvm.ptr -> f32
      %v730 = arith.addi %v602, %v226 : i64
      %v731 = arith.constant true
      %v732 = arith.addi %v16, %v730 : i64
      %v733 = llvm.getelementptr %v6[%v732] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v734 = llvm.load %v733 : !llvm.ptr<3> -> i64
      %v735 = arith.addi %v86, %v603 : i64
      %v736 = arith.cmpi slt, %v735, %v88 : i64
      %v737 = arith.subi %size_L, %v1 : i64
      %v738 = arith.minsi %v735, %v737 : i64
      %v739 = arith.addi %v734, %v738 : i64
      %v740 = arith.muli %v732, %v102 : i64
      %v741 = arith.addi %v740, %v603 : i64
      %v742 = llvm.getelementptr %in_rho[%v739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v743 = llvm.load %v742 : !llvm.ptr -> f32
      %v744 = arith.addi %v602, %v241 : i64
      %v745 = arith.constant true
      %v746 = arith.addi %v16, %v744 : i64
      %v747 = llvm.getelementptr %v6[%v746] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v748 = llvm.load %v747 : !llvm.ptr<3> -> i64
      %v749 = arith.addi %v86, %v603 : i64
      %v750 = arith.cmpi slt, %v749, %v88 : i64
      %v751 = arith.subi %size_L, %v1 : i64
      %v752 = arith.minsi %v749, %v751 : i64
      %v753 = arith.addi %v748, %v752 : i64
      %v754 = arith.muli %v746, %v102 : i64
      %v755 = arith.addi %v754, %v603 : i64
      %v756 = llvm.getelementptr %in_rho[%v753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v757 = llvm.load %v756 : !llvm.ptr -> f32
      %v758 = arith.addi %v602, %v256 : i64
      %v759 = arith.constant true
      %v760 = arith.addi %v16, %v758 : i64
      %v761 = llvm.getelementptr %v6[%v760] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v762 = llvm.load %v761 : !llvm.ptr<3> -> i64
      %v763 = arith.addi %v86, %v603 : i64
      %v764 = arith.cmpi slt, %v763, %v88 : i64
      %v765 = arith.subi %size_L, %v1 : i64
      %v766 = arith.minsi %v763, %v765 : i64
      %v767 = arith.addi %v762, %v766 : i64
      %v768 = arith.muli %v760, %v102 : i64
      %v769 = arith.addi %v768, %v603 : i64
      %v770 = llvm.getelementptr %in_rho[%v767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v771 = llvm.load %v770 : !llvm.ptr -> f32
      %v772 = arith.addi %v602, %v271 : i64
      %v773 = arith.constant true
      %v774 = arith.addi %v16, %v772 : i64
      %v775 = llvm.getelementptr %v6[%v774] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v776 = llvm.load %v775 : !llvm.ptr<3> -> i64
      %v777 = arith.addi %v86, %v603 : i64
      %v778 = arith.cmpi slt, %v777, %v88 : i64
      %v779 = arith.subi %size_L, %v1 : i64
      %v780 = arith.minsi %v777, %v779 : i64
      %v781 = arith.addi %v776, %v780 : i64
      %v782 = arith.muli %v774, %v102 : i64
      %v783 = arith.addi %v782, %v603 : i64
      %v784 = llvm.getelementptr %in_rho[%v781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v785 = llvm.load %v784 : !llvm.ptr -> f32
      %v786 = arith.addi %v602, %v286 : i64
      %v787 = arith.constant true
      %v788 = arith.addi %v16, %v786 : i64
      %v789 = llvm.getelementptr %v6[%v788] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v790 = llvm.load %v789 : !llvm.ptr<3> -> i64
      %v791 = arith.addi %v86, %v603 : i64
      %v792 = arith.cmpi slt, %v791, %v88 : i64
      %v793 = arith.subi %size_L, %v1 : i64
      %v794 = arith.minsi %v791, %v793 : i64
      %v795 = arith.addi %v790, %v794 : i64
      %v796 = arith.muli %v788, %v102 : i64
      %v797 = arith.addi %v796, %v603 : i64
      %v798 = llvm.getelementptr %in_rho[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v799 = llvm.load %v798 : !llvm.ptr -> f32
      %v800 = arith.addi %v602, %v301 : i64
      %v801 = arith.constant true
      %v802 = arith.addi %v16, %v800 : i64
      %v803 = llvm.getelementptr %v6[%v802] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v804 = llvm.load %v803 : !llvm.ptr<3> -> i64
      %v805 = arith.addi %v86, %v603 : i64
      %v806 = arith.cmpi slt, %v805, %v88 : i64
      %v807 = arith.subi %size_L, %v1 : i64
      %v808 = arith.minsi %v805, %v807 : i64
      %v809 = arith.addi %v804, %v808 : i64
      %v810 = arith.muli %v802, %v102 : i64
      %v811 = arith.addi %v810, %v603 : i64
      %v812 = llvm.getelementptr %in_rho[%v809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v813 = llvm.load %v812 : !llvm.ptr -> f32
      %v814 = arith.addi %v602, %v316 : i64
      %v815 = arith.constant true
      %v816 = arith.addi %v16, %v814 : i64
      %v817 = llvm.getelementptr %v6[%v816] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v818 = llvm.load %v817 : !llvm.ptr<3> -> i64
      %v819 = arith.addi %v86, %v603 : i64
      %v820 = arith.cmpi slt, %v819, %v88 : i64
      %v821 = arith.subi %size_L, %v1 : i64
      %v822 = arith.minsi %v819, %v821 : i64
      %v823 = arith.addi %v818, %v822 : i64
      %v824 = arith.muli %v816, %v102 : i64
      %v825 = arith.addi %v824, %v603 : i64
      %v826 = llvm.getelementptr %in_rho[%v823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v827 = llvm.load %v826 : !llvm.ptr -> f32
      %v828 = arith.addi %v602, %v89 : i64
      %v829 = arith.constant true
      %v830 = arith.addi %v16, %v828 : i64
      %v831 = llvm.getelementptr %v6[%v830] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v832 = llvm.load %v831 : !llvm.ptr<3> -> i64
      %v833 = arith.addi %v86, %v603 : i64
      %v834 = arith.cmpi slt, %v833, %v88 : i64
      %v835 = arith.subi %size_L, %v1 : i64
      %v836 = arith.minsi %v833, %v835 : i64
      %v837 = arith.addi %v832, %v836 : i64
      %v838 = arith.muli %v830, %v102 : i64
      %v839 = arith.addi %v838, %v603 : i64
      %v840 = llvm.getelementptr %in_rho[%v837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v841 = llvm.load %v840 : !llvm.ptr -> f32
      %v842 = arith.addi %v602, %v345 : i64
      %v843 = arith.constant true
      %v844 = arith.addi %v16, %v842 : i64
      %v845 = llvm.getelementptr %v6[%v844] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v846 = llvm.load %v845 : !llvm.ptr<3> -> i64
      %v847 = arith.addi %v86, %v603 : i64
      %v848 = arith.cmpi slt, %v847, %v88 : i64
      %v849 = arith.subi %size_L, %v1 : i64
      %v850 = arith.minsi %v847, %v849 : i64
      %v851 = arith.addi %v846, %v850 : i64
      %v852 = arith.muli %v844, %v102 : i64
      %v853 = arith.addi %v852, %v603 : i64
      %v854 = llvm.getelementptr %in_rho[%v851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v855 = llvm.load %v854 : !llvm.ptr -> f32
      %v856 = arith.addi %v602, %v360 : i64
      %v857 = arith.constant true
      %v858 = arith.addi %v16, %v856 : i64
      %v859 = llvm.getelementptr %v6[%v858] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v860 = llvm.load %v859 : !llvm.ptr<3> -> i64
      %v861 = arith.addi %v86, %v603 : i64
      %v862 = arith.cmpi slt, %v861, %v88 : i64
      %v863 = arith.subi %size_L, %v1 : i64
      %v864 = arith.minsi %v861, %v863 : i64
      %v865 = arith.addi %v860, %v864 : i64
      %v866 = arith.muli %v858, %v102 : i64
      %v867 = arith.addi %v866, %v603 : i64
      %v868 = llvm.getelementptr %in_rho[%v865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v869 = llvm.load %v868 : !llvm.ptr -> f32
      %v870 = arith.addi %v602, %v375 : i64
      %v871 = arith.constant true
      %v872 = arith.addi %v16, %v870 : i64
      %v873 = llvm.getelementptr %v6[%v872] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v874 = llvm.load %v873 : !llvm.ptr<3> -> i64
      %v875 = arith.addi %v86, %v603 : i64
      %v876 = arith.cmpi slt, %v875, %v88 : i64
      %v877 = arith.subi %size_L, %v1 : i64
      %v878 = arith.minsi %v875, %v877 : i64
      %v879 = arith.addi %v874, %v878 : i64
      %v880 = arith.muli %v872, %v102 : i64
      %v881 = arith.addi %v880, %v603 : i64
      %v882 = llvm.getelementptr %in_rho[%v879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v883 = llvm.load %v882 : !llvm.ptr -> f32
      %v884 = arith.addi %v602, %v390 : i64
      %v885 = arith.constant true
      %v886 = arith.addi %v16, %v884 : i64
      %v887 = llvm.getelementptr %v6[%v886] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v888 = llvm.load %v887 : !llvm.ptr<3> -> i64
      %v889 = arith.addi %v86, %v603 : i64
      %v890 = arith.cmpi slt, %v889, %v88 : i64
      %v891 = arith.subi %size_L, %v1 : i64
      %v892 = arith.minsi %v889, %v891 : i64
      %v893 = arith.addi %v888, %v892 : i64
      %v894 = arith.muli %v886, %v102 : i64
      %v895 = arith.addi %v894, %v603 : i64
      %v896 = llvm.getelementptr %in_rho[%v893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v897 = llvm.load %v896 : !llvm.ptr -> f32
      %v898 = arith.addi %v602, %v405 : i64
      %v899 = arith.constant true
      %v900 = arith.addi %v16, %v898 : i64
      %v901 = llvm.getelementptr %v6[%v900] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v902 = llvm.load %v901 : !llvm.ptr<3> -> i64
      %v903 = arith.addi %v86, %v603 : i64
      %v904 = arith.cmpi slt, %v903, %v88 : i64
      %v905 = arith.subi %size_L, %v1 : i64
      %v906 = arith.minsi %v903, %v905 : i64
      %v907 = arith.addi %v902, %v906 : i64
      %v908 = arith.muli %v900, %v102 : i64
      %v909 = arith.addi %v908, %v603 : i64
      %v910 = llvm.getelementptr %in_rho[%v907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v911 = llvm.load %v910 : !llvm.ptr -> f32
      %v912 = arith.addi %v602, %v420 : i64
      %v913 = arith.constant true
      %v914 = arith.addi %v16, %v912 : i64
      %v915 = llvm.getelementptr %v6[%v914] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v916 = llvm.load %v915 : !llvm.ptr<3> -> i64
      %v917 = arith.addi %v86, %v603 : i64
      %v918 = arith.cmpi slt, %v917, %v88 : i64
      %v919 = arith.subi %size_L, %v1 : i64
      %v920 = arith.minsi %v917, %v919 : i64
      %v921 = arith.addi %v916, %v920 : i64
      %v922 = arith.muli %v914, %v102 : i64
      %v923 = arith.addi %v922, %v603 : i64
      %v924 = llvm.getelementptr %in_rho[%v921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v925 = llvm.load %v924 : !llvm.ptr -> f32
      %v926 = arith.addi %v602, %v435 : i64
      %v927 = arith.constant true
      %v928 = arith.addi %v16, %v926 : i64
      %v929 = llvm.getelementptr %v6[%v928] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v930 = llvm.load %v929 : !llvm.ptr<3> -> i64
      %v931 = arith.addi %v86, %v603 : i64
      %v932 = arith.cmpi slt, %v931, %v88 : i64
      %v933 = arith.subi %size_L, %v1 : i64
      %v934 = arith.minsi %v931, %v933 : i64
      %v935 = arith.addi %v930, %v934 : i64
      %v936 = arith.muli %v928, %v102 : i64
      %v937 = arith.addi %v936, %v603 : i64
      %v938 = llvm.getelementptr %in_rho[%v935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v939 = llvm.load %v938 : !llvm.ptr -> f32
      %v940 = arith.addi %v602, %v450 : i64
      %v941 = arith.constant true
      %v942 = arith.addi %v16, %v940 : i64
      %v943 = llvm.getelementptr %v6[%v942] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v944 = llvm.load %v943 : !llvm.ptr<3> -> i64
      %v945 = arith.addi %v86, %v603 : i64
      %v946 = arith.cmpi slt, %v945, %v88 : i64
      %v947 = arith.subi %size_L, %v1 : i64
      %v948 = arith.minsi %v945, %v947 : i64
      %v949 = arith.addi %v944, %v948 : i64
      %v950 = arith.muli %v942, %v102 : i64
      %v951 = arith.addi %v950, %v603 : i64
      %v952 = llvm.getelementptr %in_rho[%v949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v953 = llvm.load %v952 : !llvm.ptr -> f32
      %v954 = arith.addi %v602, %v465 : i64
      %v955 = arith.constant true
      %v956 = arith.addi %v16, %v954 : i64
      %v957 = llvm.getelementptr %v6[%v956] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v958 = llvm.load %v957 : !llvm.ptr<3> -> i64
      %v959 = arith.addi %v86, %v603 : i64
      %v960 = arith.cmpi slt, %v959, %v88 : i64
      %v961 = arith.subi %size_L, %v1 : i64
      %v962 = arith.minsi %v959, %v961 : i64
      %v963 = arith.addi %v958, %v962 : i64
      %v964 = arith.muli %v956, %v102 : i64
      %v965 = arith.addi %v964, %v603 : i64
      %v966 = llvm.getelementptr %in_rho[%v963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v967 = llvm.load %v966 : !llvm.ptr -> f32
      %v968 = arith.addi %v602, %v480 : i64
      %v969 = arith.constant true
      %v970 = arith.addi %v16, %v968 : i64
      %v971 = llvm.getelementptr %v6[%v970] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v972 = llvm.load %v971 : !llvm.ptr<3> -> i64
      %v973 = arith.addi %v86, %v603 : i64
      %v974 = arith.cmpi slt, %v973, %v88 : i64
      %v975 = arith.subi %size_L, %v1 : i64
      %v976 = arith.minsi %v973, %v975 : i64
      %v977 = arith.addi %v972, %v976 : i64
      %v978 = arith.muli %v970, %v102 : i64
      %v979 = arith.addi %v978, %v603 : i64
      %v980 = llvm.getelementptr %in_rho[%v977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v981 = llvm.load %v980 : !llvm.ptr -> f32
      %v982 = arith.addi %v602, %v495 : i64
      %v983 = arith.constant true
      %v984 = arith.addi %v16, %v982 : i64
      %v985 = llvm.getelementptr %v6[%v984] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v986 = llvm.load %v985 : !llvm.ptr<3> -> i64
      %v987 = arith.addi %v86, %v603 : i64
      %v988 = arith.cmpi slt, %v987, %v88 : i64
      %v989 = arith.subi %size_L, %v1 : i64
      %v990 = arith.minsi %v987, %v989 : i64
      %v991 = arith.addi %v986, %v990 : i64
      %v992 = arith.muli %v984, %v102 : i64
      %v993 = arith.addi %v992, %v603 : i64
      %v994 = llvm.getelementptr %in_rho[%v991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v995 = llvm.load %v994 : !llvm.ptr -> f32
      %v996 = arith.addi %v602, %v510 : i64
      %v997 = arith.constant true
      %v998 = arith.addi %v16, %v996 : i64
      %v999 = llvm.getelementptr %v6[%v998] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1000 = llvm.load %v999 : !llvm.ptr<3> -> i64
      %v1001 = arith.addi %v86, %v603 : i64
      %v1002 = arith.cmpi slt, %v1001, %v88 : i64
      %v1003 = arith.subi %size_L, %v1 : i64
      %v1004 = arith.minsi %v1001, %v1003 : i64
      %v1005 = arith.addi %v1000, %v1004 : i64
      %v1006 = arith.muli %v998, %v102 : i64
      %v1007 = arith.addi %v1006, %v603 : i64
      %v1008 = llvm.getelementptr %in_rho[%v1005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1009 = llvm.load %v1008 : !llvm.ptr -> f32
      %v1010 = arith.addi %v602, %v525 : i64
      %v1011 = arith.constant true
      %v1012 = arith.addi %v16, %v1010 : i64
      %v1013 = llvm.getelementptr %v6[%v1012] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1014 = llvm.load %v1013 : !llvm.ptr<3> -> i64
      %v1015 = arith.addi %v86, %v603 : i64
      %v1016 = arith.cmpi slt, %v1015, %v88 : i64
      %v1017 = arith.subi %size_L, %v1 : i64
      %v1018 = arith.minsi %v1015, %v1017 : i64
      %v1019 = arith.addi %v1014, %v1018 : i64
      %v1020 = arith.muli %v1012, %v102 : i64
      %v1021 = arith.addi %v1020, %v603 : i64
      %v1022 = llvm.getelementptr %in_rho[%v1019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1023 = llvm.load %v1022 : !llvm.ptr -> f32
      %v1024 = arith.addi %v602, %v540 : i64
      %v1025 = arith.constant true
      %v1026 = arith.addi %v16, %v1024 : i64
      %v1027 = llvm.getelementptr %v6[%v1026] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1028 = llvm.load %v1027 : !llvm.ptr<3> -> i64
      %v1029 = arith.addi %v86, %v603 : i64
      %v1030 = arith.cmpi slt, %v1029, %v88 : i64
      %v1031 = arith.subi %size_L, %v1 : i64
      %v1032 = arith.minsi %v1029, %v1031 : i64
      %v1033 = arith.addi %v1028, %v1032 : i64
      %v1034 = arith.muli %v1026, %v102 : i64
      %v1035 = arith.addi %v1034, %v603 : i64
      %v1036 = llvm.getelementptr %in_rho[%v1033] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1037 = llvm.load %v1036 : !llvm.ptr -> f32
      %v1038 = arith.addi %v602, %v555 : i64
      %v1039 = arith.constant true
      %v1040 = arith.addi %v16, %v1038 : i64
      %v1041 = llvm.getelementptr %v6[%v1040] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1042 = llvm.load %v1041 : !llvm.ptr<3> -> i64
      %v1043 = arith.addi %v86, %v603 : i64
      %v1044 = arith.cmpi slt, %v1043, %v88 : i64
      %v1045 = arith.subi %size_L, %v1 : i64
      %v1046 = arith.minsi %v1043, %v1045 : i64
      %v1047 = arith.addi %v1042, %v1046 : i64
      %v1048 = arith.muli %v1040, %v102 : i64
      %v1049 = arith.addi %v1048, %v603 : i64
      %v1050 = llvm.getelementptr %in_rho[%v1047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1051 = llvm.load %v1050 : !llvm.ptr -> f32
      scf.if %v605 {
        %v1052 = llvm.getelementptr %v7[%v615] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v617, %v1052 : f32, !llvm.ptr<3>
      }
      scf.if %v619 {
        %v1053 = llvm.getelementptr %v7[%v629] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v631, %v1053 : f32, !llvm.ptr<3>
      }
      scf.if %v633 {
        %v1054 = llvm.getelementptr %v7[%v643] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v645, %v1054 : f32, !llvm.ptr<3>
      }
      scf.if %v647 {
        %v1055 = llvm.getelementptr %v7[%v657] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v659, %v1055 : f32, !llvm.ptr<3>
      }
      scf.if %v661 {
        %v1056 = llvm.getelementptr %v7[%v671] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v673, %v1056 : f32, !llvm.ptr<3>
      }
      scf.if %v675 {
        %v1057 = llvm.getelementptr %v7[%v685] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v687, %v1057 : f32, !llvm.ptr<3>
      }
      scf.if %v689 {
        %v1058 = llvm.getelementptr %v7[%v699] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v701, %v1058 : f32, !llvm.ptr<3>
      }
      scf.if %v703 {
        %v1059 = llvm.getelementptr %v7[%v713] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v715, %v1059 : f32, !llvm.ptr<3>
      }
      scf.if %v717 {
        %v1060 = llvm.getelementptr %v7[%v727] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v729, %v1060 : f32, !llvm.ptr<3>
      }
      scf.if %v731 {
        %v1061 = llvm.getelementptr %v7[%v741] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v743, %v1061 : f32, !llvm.ptr<3>
      }
      scf.if %v745 {
        %v1062 = llvm.getelementptr %v7[%v755] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v757, %v1062 : f32, !llvm.ptr<3>
      }
      scf.if %v759 {
        %v1063 = llvm.getelementptr %v7[%v769] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v771, %v1063 : f32, !llvm.ptr<3>
      }
      scf.if %v773 {
        %v1064 = llvm.getelementptr %v7[%v783] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v785, %v1064 : f32, !llvm.ptr<3>
      }
      scf.if %v787 {
        %v1065 = llvm.getelementptr %v7[%v797] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v799, %v1065 : f32, !llvm.ptr<3>
      }
      scf.if %v801 {
        %v1066 = llvm.getelementptr %v7[%v811] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v813, %v1066 : f32, !llvm.ptr<3>
      }
      scf.if %v815 {
        %v1067 = llvm.getelementptr %v7[%v825] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v827, %v1067 : f32, !llvm.ptr<3>
      }
      scf.if %v829 {
        %v1068 = llvm.getelementptr %v7[%v839] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v841, %v1068 : f32, !llvm.ptr<3>
      }
      scf.if %v843 {
        %v1069 = llvm.getelementptr %v7[%v853] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v855, %v1069 : f32, !llvm.ptr<3>
      }
      scf.if %v857 {
        %v1070 = llvm.getelementptr %v7[%v867] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v869, %v1070 : f32, !llvm.ptr<3>
      }
      scf.if %v871 {
        %v1071 = llvm.getelementptr %v7[%v881] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v883, %v1071 : f32, !llvm.ptr<3>
      }
      scf.if %v885 {
        %v1072 = llvm.getelementptr %v7[%v895] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v897, %v1072 : f32, !llvm.ptr<3>
      }
      scf.if %v899 {
        %v1073 = llvm.getelementptr %v7[%v909] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v911, %v1073 : f32, !llvm.ptr<3>
      }
      scf.if %v913 {
        %v1074 = llvm.getelementptr %v7[%v923] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v925, %v1074 : f32, !llvm.ptr<3>
      }
      scf.if %v927 {
        %v1075 = llvm.getelementptr %v7[%v937] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v939, %v1075 : f32, !llvm.ptr<3>
      }
      scf.if %v941 {
        %v1076 = llvm.getelementptr %v7[%v951] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v953, %v1076 : f32, !llvm.ptr<3>
      }
      scf.if %v955 {
        %v1077 = llvm.getelementptr %v7[%v965] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v967, %v1077 : f32, !llvm.ptr<3>
      }
      scf.if %v969 {
        %v1078 = llvm.getelementptr %v7[%v979] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v981, %v1078 : f32, !llvm.ptr<3>
      }
      scf.if %v983 {
        %v1079 = llvm.getelementptr %v7[%v993] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v995, %v1079 : f32, !llvm.ptr<3>
      }
      scf.if %v997 {
        %v1080 = llvm.getelementptr %v7[%v1007] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1009, %v1080 : f32, !llvm.ptr<3>
      }
      scf.if %v1011 {
        %v1081 = llvm.getelementptr %v7[%v1021] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1023, %v1081 : f32, !llvm.ptr<3>
      }
      scf.if %v1025 {
        %v1082 = llvm.getelementptr %v7[%v1035] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1037, %v1082 : f32, !llvm.ptr<3>
      }
      scf.if %v1039 {
        %v1083 = llvm.getelementptr %v7[%v1049] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1051, %v1083 : f32, !llvm.ptr<3>
      }
      // end staged load of `rho`
      // staged load of `theta`'s first tile: read, then shared memory
      %v1084 = arith.divui %v14, %v89 : i64
      %v1085 = arith.remui %v14, %v89 : i64
      %v1086 = arith.addi %v1084, %v31 : i64
      %v1087 = arith.constant true
      %v1089 = arith.addi %v1088, %v1086 : i64
      %v1090 = llvm.getelementptr %v6[%v1089] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1091 = llvm.load %v1090 : !llvm.ptr<3> -> i64
      %v1092 = arith.addi %v86, %v1085 : i64
      %v1093 = arith.cmpi slt, %v1092, %v88 : i64
      %v1094 = arith.subi %size_L, %v1 : i64
      %v1095 = arith.minsi %v1092, %v1094 : i64
      %v1096 = arith.addi %v1091, %v1095 : i64
      %v1097 = arith.muli %v1089, %v102 : i64
      %v1098 = arith.addi %v1097, %v1085 : i64
      %v1099 = llvm.getelementptr %in_theta[%v1096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1100 = llvm.load %v1099 : !llvm.ptr -> f32
      %v1101 = arith.addi %v1084, %v55 : i64
      %v1102 = arith.constant true
      %v1103 = arith.addi %v1088, %v1101 : i64
      %v1104 = llvm.getelementptr %v6[%v1103] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1105 = llvm.load %v1104 : !llvm.ptr<3> -> i64
      %v1106 = arith.addi %v86, %v1085 : i64
      %v1107 = arith.cmpi slt, %v1106, %v88 : i64
      %v1108 = arith.subi %size_L, %v1 : i64
      %v1109 = arith.minsi %v1106, %v1108 : i64
      %v1110 = arith.addi %v1105, %v1109 : i64
      %v1111 = arith.muli %v1103, %v102 : i64
      %v1112 = arith.addi %v1111, %v1085 : i64
      %v1113 = llvm.getelementptr %in_theta[%v1110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1114 = llvm.load %v1113 : !llvm.ptr -> f32
      %v1115 = arith.addi %v1084, %v121 : i64
      %v1116 = arith.constant true
      %v1117 = arith.addi %v1088, %v1115 : i64
      %v1118 = llvm.getelementptr %v6[%v1117] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1119 = llvm.load %v1118 : !llvm.ptr<3> -> i64
      %v1120 = arith.addi %v86, %v1085 : i64
      %v1121 = arith.cmpi slt, %v1120, %v88 : i64
      %v1122 = arith.subi %size_L, %v1 : i64
      %v1123 = arith.minsi %v1120, %v1122 : i64
      %v1124 = arith.addi %v1119, %v1123 : i64
      %v1125 = arith.muli %v1117, %v102 : i64
      %v1126 = arith.addi %v1125, %v1085 : i64
      %v1127 = llvm.getelementptr %in_theta[%v1124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1128 = llvm.load %v1127 : !llvm.ptr -> f32
      %v1129 = arith.addi %v1084, %v136 : i64
      %v1130 = arith.constant true
      %v1131 = arith.addi %v1088, %v1129 : i64
      %v1132 = llvm.getelementptr %v6[%v1131] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1133 = llvm.load %v1132 : !llvm.ptr<3> -> i64
      %v1134 = arith.addi %v86, %v1085 : i64
      %v1135 = arith.cmpi slt, %v1134, %v88 : i64
      %v1136 = arith.subi %size_L, %v1 : i64
      %v1137 = arith.minsi %v1134, %v1136 : i64
      %v1138 = arith.addi %v1133, %v1137 : i64
      %v1139 = arith.muli %v1131, %v102 : i64
      %v1140 = arith.addi %v1139, %v1085 : i64
      %v1141 = llvm.getelementptr %in_theta[%v1138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1142 = llvm.load %v1141 : !llvm.ptr -> f32
      %v1143 = arith.addi %v1084, %v151 : i64
      %v1144 = arith.constant true
      %v1145 = arith.addi %v1088, %v1143 : i64
      %v1146 = llvm.getelementptr %v6[%v1145] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1147 = llvm.load %v1146 : !llvm.ptr<3> -> i64
      %v1148 = arith.addi %v86, %v1085 : i64
      %v1149 = arith.cmpi slt, %v1148, %v88 : i64
      %v1150 = arith.subi %size_L, %v1 : i64
      %v1151 = arith.minsi %v1148, %v1150 : i64
      %v1152 = arith.addi %v1147, %v1151 : i64
      %v1153 = arith.muli %v1145, %v102 : i64
      %v1154 = arith.addi %v1153, %v1085 : i64
      %v1155 = llvm.getelementptr %in_theta[%v1152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1156 = llvm.load %v1155 : !llvm.ptr -> f32
      %v1157 = arith.addi %v1084, %v166 : i64
      %v1158 = arith.constant true
      %v1159 = arith.addi %v1088, %v1157 : i64
      %v1160 = llvm.getelementptr %v6[%v1159] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1161 = llvm.load %v1160 : !llvm.ptr<3> -> i64
      %v1162 = arith.addi %v86, %v1085 : i64
      %v1163 = arith.cmpi slt, %v1162, %v88 : i64
      %v1164 = arith.subi %size_L, %v1 : i64
      %v1165 = arith.minsi %v1162, %v1164 : i64
      %v1166 = arith.addi %v1161, %v1165 : i64
      %v1167 = arith.muli %v1159, %v102 : i64
      %v1168 = arith.addi %v1167, %v1085 : i64
      %v1169 = llvm.getelementptr %in_theta[%v1166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1170 = llvm.load %v1169 : !llvm.ptr -> f32
      %v1171 = arith.addi %v1084, %v181 : i64
      %v1172 = arith.constant true
      %v1173 = arith.addi %v1088, %v1171 : i64
      %v1174 = llvm.getelementptr %v6[%v1173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1175 = llvm.load %v1174 : !llvm.ptr<3> -> i64
      %v1176 = arith.addi %v86, %v1085 : i64
      %v1177 = arith.cmpi slt, %v1176, %v88 : i64
      %v1178 = arith.subi %size_L, %v1 : i64
      %v1179 = arith.minsi %v1176, %v1178 : i64
      %v1180 = arith.addi %v1175, %v1179 : i64
      %v1181 = arith.muli %v1173, %v102 : i64
      %v1182 = arith.addi %v1181, %v1085 : i64
      %v1183 = llvm.getelementptr %in_theta[%v1180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1184 = llvm.load %v1183 : !llvm.ptr -> f32
      %v1185 = arith.addi %v1084, %v196 : i64
      %v1186 = arith.constant true
      %v1187 = arith.addi %v1088, %v1185 : i64
      %v1188 = llvm.getelementptr %v6[%v1187] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1189 = llvm.load %v1188 : !llvm.ptr<3> -> i64
      %v1190 = arith.addi %v86, %v1085 : i64
      %v1191 = arith.cmpi slt, %v1190, %v88 : i64
      %v1192 = arith.subi %size_L, %v1 : i64
      %v1193 = arith.minsi %v1190, %v1192 : i64
      %v1194 = arith.addi %v1189, %v1193 : i64
      %v1195 = arith.muli %v1187, %v102 : i64
      %v1196 = arith.addi %v1195, %v1085 : i64
      %v1197 = llvm.getelementptr %in_theta[%v1194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1198 = llvm.load %v1197 : !llvm.ptr -> f32
      %v1199 = arith.addi %v1084, %v211 : i64
      %v1200 = arith.constant true
      %v1201 = arith.addi %v1088, %v1199 : i64
      %v1202 = llvm.getelementptr %v6[%v1201] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1203 = llvm.load %v1202 : !llvm.ptr<3> -> i64
      %v1204 = arith.addi %v86, %v1085 : i64
      %v1205 = arith.cmpi slt, %v1204, %v88 : i64
      %v1206 = arith.subi %size_L, %v1 : i64
      %v1207 = arith.minsi %v1204, %v1206 : i64
      %v1208 = arith.addi %v1203, %v1207 : i64
      %v1209 = arith.muli %v1201, %v102 : i64
      %v1210 = arith.addi %v1209, %v1085 : i64
      %v1211 = llvm.getelementptr %in_theta[%v1208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1212 = llvm.load %v1211 : !llvm.ptr -> f32
      %v1213 = arith.addi %v1084, %v226 : i64
      %v1214 = arith.constant true
      %v1215 = arith.addi %v1088, %v1213 : i64
      %v1216 = llvm.getelementptr %v6[%v1215] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1217 = llvm.load %v1216 : !llvm.ptr<3> -> i64
      %v1218 = arith.addi %v86, %v1085 : i64
      %v1219 = arith.cmpi slt, %v1218, %v88 : i64
      %v1220 = arith.subi %size_L, %v1 : i64
      %v1221 = arith.minsi %v1218, %v1220 : i64
      %v1222 = arith.addi %v1217, %v1221 : i64
      %v1223 = arith.muli %v1215, %v102 : i64
      %v1224 = arith.addi %v1223, %v1085 : i64
      %v1225 = llvm.getelementptr %in_theta[%v1222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1226 = llvm.load %v1225 : !llvm.ptr -> f32
      %v1227 = arith.addi %v1084, %v241 : i64
      %v1228 = arith.constant true
      %v1229 = arith.addi %v1088, %v1227 : i64
      %v1230 = llvm.getelementptr %v6[%v1229] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1231 = llvm.load %v1230 : !llvm.ptr<3> -> i64
      %v1232 = arith.addi %v86, %v1085 : i64
      %v1233 = arith.cmpi slt, %v1232, %v88 : i64
      %v1234 = arith.subi %size_L, %v1 : i64
      %v1235 = arith.minsi %v1232, %v1234 : i64
      %v1236 = arith.addi %v1231, %v1235 : i64
      %v1237 = arith.muli %v1229, %v102 : i64
      %v1238 = arith.addi %v1237, %v1085 : i64
      %v1239 = llvm.getelementptr %in_theta[%v1236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1240 = llvm.load %v1239 : !llvm.ptr -> f32
      %v1241 = arith.addi %v1084, %v256 : i64
      %v1242 = arith.constant true
      %v1243 = arith.addi %v1088, %v1241 : i64
      %v1244 = llvm.getelementptr %v6[%v1243] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1245 = llvm.load %v1244 : !llvm.ptr<3> -> i64
      %v1246 = arith.addi %v86, %v1085 : i64
      %v1247 = arith.cmpi slt, %v1246, %v88 : i64
      %v1248 = arith.subi %size_L, %v1 : i64
      %v1249 = arith.minsi %v1246, %v1248 : i64
      %v1250 = arith.addi %v1245, %v1249 : i64
      %v1251 = arith.muli %v1243, %v102 : i64
      %v1252 = arith.addi %v1251, %v1085 : i64
      %v1253 = llvm.getelementptr %in_theta[%v1250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1254 = llvm.load %v1253 : !llvm.ptr -> f32
      %v1255 = arith.addi %v1084, %v271 : i64
      %v1256 = arith.constant true
      %v1257 = arith.addi %v1088, %v1255 : i64
      %v1258 = llvm.getelementptr %v6[%v1257] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1259 = llvm.load %v1258 : !llvm.ptr<3> -> i64
      %v1260 = arith.addi %v86, %v1085 : i64
      %v1261 = arith.cmpi slt, %v1260, %v88 : i64
      %v1262 = arith.subi %size_L, %v1 : i64
      %v1263 = arith.minsi %v1260, %v1262 : i64
      %v1264 = arith.addi %v1259, %v1263 : i64
      %v1265 = arith.muli %v1257, %v102 : i64
      %v1266 = arith.addi %v1265, %v1085 : i64
      %v1267 = llvm.getelementptr %in_theta[%v1264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1268 = llvm.load %v1267 : !llvm.ptr -> f32
      %v1269 = arith.addi %v1084, %v286 : i64
      %v1270 = arith.constant true
      %v1271 = arith.addi %v1088, %v1269 : i64
      %v1272 = llvm.getelementptr %v6[%v1271] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1273 = llvm.load %v1272 : !llvm.ptr<3> -> i64
      %v1274 = arith.addi %v86, %v1085 : i64
      %v1275 = arith.cmpi slt, %v1274, %v88 : i64
      %v1276 = arith.subi %size_L, %v1 : i64
      %v1277 = arith.minsi %v1274, %v1276 : i64
      %v1278 = arith.addi %v1273, %v1277 : i64
      %v1279 = arith.muli %v1271, %v102 : i64
      %v1280 = arith.addi %v1279, %v1085 : i64
      %v1281 = llvm.getelementptr %in_theta[%v1278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1282 = llvm.load %v1281 : !llvm.ptr -> f32
      %v1283 = arith.addi %v1084, %v301 : i64
      %v1284 = arith.constant true
      %v1285 = arith.addi %v1088, %v1283 : i64
      %v1286 = llvm.getelementptr %v6[%v1285] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1287 = llvm.load %v1286 : !llvm.ptr<3> -> i64
      %v1288 = arith.addi %v86, %v1085 : i64
      %v1289 = arith.cmpi slt, %v1288, %v88 : i64
      %v1290 = arith.subi %size_L, %v1 : i64
      %v1291 = arith.minsi %v1288, %v1290 : i64
      %v1292 = arith.addi %v1287, %v1291 : i64
      %v1293 = arith.muli %v1285, %v102 : i64
      %v1294 = arith.addi %v1293, %v1085 : i64
      %v1295 = llvm.getelementptr %in_theta[%v1292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1296 = llvm.load %v1295 : !llvm.ptr -> f32
      %v1297 = arith.addi %v1084, %v316 : i64
      %v1298 = arith.constant true
      %v1299 = arith.addi %v1088, %v1297 : i64
      %v1300 = llvm.getelementptr %v6[%v1299] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1301 = llvm.load %v1300 : !llvm.ptr<3> -> i64
      %v1302 = arith.addi %v86, %v1085 : i64
      %v1303 = arith.cmpi slt, %v1302, %v88 : i64
      %v1304 = arith.subi %size_L, %v1 : i64
      %v1305 = arith.minsi %v1302, %v1304 : i64
      %v1306 = arith.addi %v1301, %v1305 : i64
      %v1307 = arith.muli %v1299, %v102 : i64
      %v1308 = arith.addi %v1307, %v1085 : i64
      %v1309 = llvm.getelementptr %in_theta[%v1306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1310 = llvm.load %v1309 : !llvm.ptr -> f32
      %v1311 = arith.addi %v1084, %v89 : i64
      %v1312 = arith.constant true
      %v1313 = arith.addi %v1088, %v1311 : i64
      %v1314 = llvm.getelementptr %v6[%v1313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1315 = llvm.load %v1314 : !llvm.ptr<3> -> i64
      %v1316 = arith.addi %v86, %v1085 : i64
      %v1317 = arith.cmpi slt, %v1316, %v88 : i64
      %v1318 = arith.subi %size_L, %v1 : i64
      %v1319 = arith.minsi %v1316, %v1318 : i64
      %v1320 = arith.addi %v1315, %v1319 : i64
      %v1321 = arith.muli %v1313, %v102 : i64
      %v1322 = arith.addi %v1321, %v1085 : i64
      %v1323 = llvm.getelementptr %in_theta[%v1320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1324 = llvm.load %v1323 : !llvm.ptr -> f32
      %v1325 = arith.addi %v1084, %v345 : i64
      %v1326 = arith.constant true
      %v1327 = arith.addi %v1088, %v1325 : i64
      %v1328 = llvm.getelementptr %v6[%v1327] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1329 = llvm.load %v1328 : !llvm.ptr<3> -> i64
      %v1330 = arith.addi %v86, %v1085 : i64
      %v1331 = arith.cmpi slt, %v1330, %v88 : i64
      %v1332 = arith.subi %size_L, %v1 : i64
      %v1333 = arith.minsi %v1330, %v1332 : i64
      %v1334 = arith.addi %v1329, %v1333 : i64
      %v1335 = arith.muli %v1327, %v102 : i64
      %v1336 = arith.addi %v1335, %v1085 : i64
      %v1337 = llvm.getelementptr %in_theta[%v1334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1338 = llvm.load %v1337 : !llvm.ptr -> f32
      %v1339 = arith.addi %v1084, %v360 : i64
      %v1340 = arith.constant true
      %v1341 = arith.addi %v1088, %v1339 : i64
      %v1342 = llvm.getelementptr %v6[%v1341] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1343 = llvm.load %v1342 : !llvm.ptr<3> -> i64
      %v1344 = arith.addi %v86, %v1085 : i64
      %v1345 = arith.cmpi slt, %v1344, %v88 : i64
      %v1346 = arith.subi %size_L, %v1 : i64
      %v1347 = arith.minsi %v1344, %v1346 : i64
      %v1348 = arith.addi %v1343, %v1347 : i64
      %v1349 = arith.muli %v1341, %v102 : i64
      %v1350 = arith.addi %v1349, %v1085 : i64
      %v1351 = llvm.getelementptr %in_theta[%v1348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1352 = llvm.load %v1351 : !llvm.ptr -> f32
      %v1353 = arith.addi %v1084, %v375 : i64
      %v1354 = arith.constant true
      %v1355 = arith.addi %v1088, %v1353 : i64
      %v1356 = llvm.getelementptr %v6[%v1355] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1357 = llvm.load %v1356 : !llvm.ptr<3> -> i64
      %v1358 = arith.addi %v86, %v1085 : i64
      %v1359 = arith.cmpi slt, %v1358, %v88 : i64
      %v1360 = arith.subi %size_L, %v1 : i64
      %v1361 = arith.minsi %v1358, %v1360 : i64
      %v1362 = arith.addi %v1357, %v1361 : i64
      %v1363 = arith.muli %v1355, %v102 : i64
      %v1364 = arith.addi %v1363, %v1085 : i64
      %v1365 = llvm.getelementptr %in_theta[%v1362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1366 = llvm.load %v1365 : !llvm.ptr -> f32
      %v1367 = arith.addi %v1084, %v390 : i64
      %v1368 = arith.constant true
      %v1369 = arith.addi %v1088, %v1367 : i64
      %v1370 = llvm.getelementptr %v6[%v1369] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1371 = llvm.load %v1370 : !llvm.ptr<3> -> i64
      %v1372 = arith.addi %v86, %v1085 : i64
      %v1373 = arith.cmpi slt, %v1372, %v88 : i64
      %v1374 = arith.subi %size_L, %v1 : i64
      %v1375 = arith.minsi %v1372, %v1374 : i64
      %v1376 = arith.addi %v1371, %v1375 : i64
      %v1377 = arith.muli %v1369, %v102 : i64
      %v1378 = arith.addi %v1377, %v1085 : i64
      %v1379 = llvm.getelementptr %in_theta[%v1376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1380 = llvm.load %v1379 : !llvm.ptr -> f32
      %v1381 = arith.addi %v1084, %v405 : i64
      %v1382 = arith.constant true
      %v1383 = arith.addi %v1088, %v1381 : i64
      %v1384 = llvm.getelementptr %v6[%v1383] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1385 = llvm.load %v1384 : !llvm.ptr<3> -> i64
      %v1386 = arith.addi %v86, %v1085 : i64
      %v1387 = arith.cmpi slt, %v1386, %v88 : i64
      %v1388 = arith.subi %size_L, %v1 : i64
      %v1389 = arith.minsi %v1386, %v1388 : i64
      %v1390 = arith.addi %v1385, %v1389 : i64
      %v1391 = arith.muli %v1383, %v102 : i64
      %v1392 = arith.addi %v1391, %v1085 : i64
      %v1393 = llvm.getelementptr %in_theta[%v1390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1394 = llvm.load %v1393 : !llvm.ptr -> f32
      %v1395 = arith.addi %v1084, %v420 : i64
      %v1396 = arith.constant true
      %v1397 = arith.addi %v1088, %v1395 : i64
      %v1398 = llvm.getelementptr %v6[%v1397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1399 = llvm.load %v1398 : !llvm.ptr<3> -> i64
      %v1400 = arith.addi %v86, %v1085 : i64
      %v1401 = arith.cmpi slt, %v1400, %v88 : i64
      %v1402 = arith.subi %size_L, %v1 : i64
      %v1403 = arith.minsi %v1400, %v1402 : i64
      %v1404 = arith.addi %v1399, %v1403 : i64
      %v1405 = arith.muli %v1397, %v102 : i64
      %v1406 = arith.addi %v1405, %v1085 : i64
      %v1407 = llvm.getelementptr %in_theta[%v1404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1408 = llvm.load %v1407 : !llvm.ptr -> f32
      %v1409 = arith.addi %v1084, %v435 : i64
      %v1410 = arith.constant true
      %v1411 = arith.addi %v1088, %v1409 : i64
      %v1412 = llvm.getelementptr %v6[%v1411] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1413 = llvm.load %v1412 : !llvm.ptr<3> -> i64
      %v1414 = arith.addi %v86, %v1085 : i64
      %v1415 = arith.cmpi slt, %v1414, %v88 : i64
      %v1416 = arith.subi %size_L, %v1 : i64
      %v1417 = arith.minsi %v1414, %v1416 : i64
      %v1418 = arith.addi %v1413, %v1417 : i64
      %v1419 = arith.muli %v1411, %v102 : i64
      %v1420 = arith.addi %v1419, %v1085 : i64
      %v1421 = llvm.getelementptr %in_theta[%v1418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1422 = llvm.load %v1421 : !llvm.ptr -> f32
      %v1423 = arith.addi %v1084, %v450 : i64
      %v1424 = arith.constant true
      %v1425 = arith.addi %v1088, %v1423 : i64
      %v1426 = llvm.getelementptr %v6[%v1425] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1427 = llvm.load %v1426 : !llvm.ptr<3> -> i64
      %v1428 = arith.addi %v86, %v1085 : i64
      %v1429 = arith.cmpi slt, %v1428, %v88 : i64
      %v1430 = arith.subi %size_L, %v1 : i64
      %v1431 = arith.minsi %v1428, %v1430 : i64
      %v1432 = arith.addi %v1427, %v1431 : i64
      %v1433 = arith.muli %v1425, %v102 : i64
      %v1434 = arith.addi %v1433, %v1085 : i64
      %v1435 = llvm.getelementptr %in_theta[%v1432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1436 = llvm.load %v1435 : !llvm.ptr -> f32
      %v1437 = arith.addi %v1084, %v465 : i64
      %v1438 = arith.constant true
      %v1439 = arith.addi %v1088, %v1437 : i64
      %v1440 = llvm.getelementptr %v6[%v1439] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1441 = llvm.load %v1440 : !llvm.ptr<3> -> i64
      %v1442 = arith.addi %v86, %v1085 : i64
      %v1443 = arith.cmpi slt, %v1442, %v88 : i64
      %v1444 = arith.subi %size_L, %v1 : i64
      %v1445 = arith.minsi %v1442, %v1444 : i64
      %v1446 = arith.addi %v1441, %v1445 : i64
      %v1447 = arith.muli %v1439, %v102 : i64
      %v1448 = arith.addi %v1447, %v1085 : i64
      %v1449 = llvm.getelementptr %in_theta[%v1446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1450 = llvm.load %v1449 : !llvm.ptr -> f32
      %v1451 = arith.addi %v1084, %v480 : i64
      %v1452 = arith.constant true
      %v1453 = arith.addi %v1088, %v1451 : i64
      %v1454 = llvm.getelementptr %v6[%v1453] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1455 = llvm.load %v1454 : !llvm.ptr<3> -> i64
      %v1456 = arith.addi %v86, %v1085 : i64
      %v1457 = arith.cmpi slt, %v1456, %v88 : i64
      %v1458 = arith.subi %size_L, %v1 : i64
      %v1459 = arith.minsi %v1456, %v1458 : i64
      %v1460 = arith.addi %v1455, %v1459 : i64
      %v1461 = arith.muli %v1453, %v102 : i64
      %v1462 = arith.addi %v1461, %v1085 : i64
      %v1463 = llvm.getelementptr %in_theta[%v1460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1464 = llvm.load %v1463 : !llvm.ptr -> f32
      %v1465 = arith.addi %v1084, %v495 : i64
      %v1466 = arith.constant true
      %v1467 = arith.addi %v1088, %v1465 : i64
      %v1468 = llvm.getelementptr %v6[%v1467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1469 = llvm.load %v1468 : !llvm.ptr<3> -> i64
      %v1470 = arith.addi %v86, %v1085 : i64
      %v1471 = arith.cmpi slt, %v1470, %v88 : i64
      %v1472 = arith.subi %size_L, %v1 : i64
      %v1473 = arith.minsi %v1470, %v1472 : i64
      %v1474 = arith.addi %v1469, %v1473 : i64
      %v1475 = arith.muli %v1467, %v102 : i64
      %v1476 = arith.addi %v1475, %v1085 : i64
      %v1477 = llvm.getelementptr %in_theta[%v1474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1478 = llvm.load %v1477 : !llvm.ptr -> f32
      %v1479 = arith.addi %v1084, %v510 : i64
      %v1480 = arith.constant true
      %v1481 = arith.addi %v1088, %v1479 : i64
      %v1482 = llvm.getelementptr %v6[%v1481] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1483 = llvm.load %v1482 : !llvm.ptr<3> -> i64
      %v1484 = arith.addi %v86, %v1085 : i64
      %v1485 = arith.cmpi slt, %v1484, %v88 : i64
      %v1486 = arith.subi %size_L, %v1 : i64
      %v1487 = arith.minsi %v1484, %v1486 : i64
      %v1488 = arith.addi %v1483, %v1487 : i64
      %v1489 = arith.muli %v1481, %v102 : i64
      %v1490 = arith.addi %v1489, %v1085 : i64
      %v1491 = llvm.getelementptr %in_theta[%v1488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1492 = llvm.load %v1491 : !llvm.ptr -> f32
      %v1493 = arith.addi %v1084, %v525 : i64
      %v1494 = arith.constant true
      %v1495 = arith.addi %v1088, %v1493 : i64
      %v1496 = llvm.getelementptr %v6[%v1495] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1497 = llvm.load %v1496 : !llvm.ptr<3> -> i64
      %v1498 = arith.addi %v86, %v1085 : i64
      %v1499 = arith.cmpi slt, %v1498, %v88 : i64
      %v1500 = arith.subi %size_L, %v1 : i64
      %v1501 = arith.minsi %v1498, %v1500 : i64
      %v1502 = arith.addi %v1497, %v1501 : i64
      %v1503 = arith.muli %v1495, %v102 : i64
      %v1504 = arith.addi %v1503, %v1085 : i64
      %v1505 = llvm.getelementptr %in_theta[%v1502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1506 = llvm.load %v1505 : !llvm.ptr -> f32
      %v1507 = arith.addi %v1084, %v540 : i64
      %v1508 = arith.constant true
      %v1509 = arith.addi %v1088, %v1507 : i64
      %v1510 = llvm.getelementptr %v6[%v1509] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1511 = llvm.load %v1510 : !llvm.ptr<3> -> i64
      %v1512 = arith.addi %v86, %v1085 : i64
      %v1513 = arith.cmpi slt, %v1512, %v88 : i64
      %v1514 = arith.subi %size_L, %v1 : i64
      %v1515 = arith.minsi %v1512, %v1514 : i64
      %v1516 = arith.addi %v1511, %v1515 : i64
      %v1517 = arith.muli %v1509, %v102 : i64
      %v1518 = arith.addi %v1517, %v1085 : i64
      %v1519 = llvm.getelementptr %in_theta[%v1516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1520 = llvm.load %v1519 : !llvm.ptr -> f32
      %v1521 = arith.addi %v1084, %v555 : i64
      %v1522 = arith.constant true
      %v1523 = arith.addi %v1088, %v1521 : i64
      %v1524 = llvm.getelementptr %v6[%v1523] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1525 = llvm.load %v1524 : !llvm.ptr<3> -> i64
      %v1526 = arith.addi %v86, %v1085 : i64
      %v1527 = arith.cmpi slt, %v1526, %v88 : i64
      %v1528 = arith.subi %size_L, %v1 : i64
      %v1529 = arith.minsi %v1526, %v1528 : i64
      %v1530 = arith.addi %v1525, %v1529 : i64
      %v1531 = arith.muli %v1523, %v102 : i64
      %v1532 = arith.addi %v1531, %v1085 : i64
      %v1533 = llvm.getelementptr %in_theta[%v1530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1534 = llvm.load %v1533 : !llvm.ptr -> f32
      scf.if %v1087 {
        %v1535 = llvm.getelementptr %v7[%v1098] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1100, %v1535 : f32, !llvm.ptr<3>
      }
      scf.if %v1102 {
        %v1536 = llvm.getelementptr %v7[%v1112] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1114, %v1536 : f32, !llvm.ptr<3>
      }
      scf.if %v1116 {
        %v1537 = llvm.getelementptr %v7[%v1126] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1128, %v1537 : f32, !llvm.ptr<3>
      }
      scf.if %v1130 {
        %v1538 = llvm.getelementptr %v7[%v1140] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1142, %v1538 : f32, !llvm.ptr<3>
      }
      scf.if %v1144 {
        %v1539 = llvm.getelementptr %v7[%v1154] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1156, %v1539 : f32, !llvm.ptr<3>
      }
      scf.if %v1158 {
        %v1540 = llvm.getelementptr %v7[%v1168] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1170, %v1540 : f32, !llvm.ptr<3>
      }
      scf.if %v1172 {
        %v1541 = llvm.getelementptr %v7[%v1182] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1184, %v1541 : f32, !llvm.ptr<3>
      }
      scf.if %v1186 {
        %v1542 = llvm.getelementptr %v7[%v1196] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1198, %v1542 : f32, !llvm.ptr<3>
      }
      scf.if %v1200 {
        %v1543 = llvm.getelementptr %v7[%v1210] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1212, %v1543 : f32, !llvm.ptr<3>
      }
      scf.if %v1214 {
        %v1544 = llvm.getelementptr %v7[%v1224] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1226, %v1544 : f32, !llvm.ptr<3>
      }
      scf.if %v1228 {
        %v1545 = llvm.getelementptr %v7[%v1238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1240, %v1545 : f32, !llvm.ptr<3>
      }
      scf.if %v1242 {
        %v1546 = llvm.getelementptr %v7[%v1252] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1254, %v1546 : f32, !llvm.ptr<3>
      }
      scf.if %v1256 {
        %v1547 = llvm.getelementptr %v7[%v1266] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1268, %v1547 : f32, !llvm.ptr<3>
      }
      scf.if %v1270 {
        %v1548 = llvm.getelementptr %v7[%v1280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1282, %v1548 : f32, !llvm.ptr<3>
      }
      scf.if %v1284 {
        %v1549 = llvm.getelementptr %v7[%v1294] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1296, %v1549 : f32, !llvm.ptr<3>
      }
      scf.if %v1298 {
        %v1550 = llvm.getelementptr %v7[%v1308] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1310, %v1550 : f32, !llvm.ptr<3>
      }
      scf.if %v1312 {
        %v1551 = llvm.getelementptr %v7[%v1322] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1324, %v1551 : f32, !llvm.ptr<3>
      }
      scf.if %v1326 {
        %v1552 = llvm.getelementptr %v7[%v1336] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1338, %v1552 : f32, !llvm.ptr<3>
      }
      scf.if %v1340 {
        %v1553 = llvm.getelementptr %v7[%v1350] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1352, %v1553 : f32, !llvm.ptr<3>
      }
      scf.if %v1354 {
        %v1554 = llvm.getelementptr %v7[%v1364] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1366, %v1554 : f32, !llvm.ptr<3>
      }
      scf.if %v1368 {
        %v1555 = llvm.getelementptr %v7[%v1378] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1380, %v1555 : f32, !llvm.ptr<3>
      }
      scf.if %v1382 {
        %v1556 = llvm.getelementptr %v7[%v1392] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1394, %v1556 : f32, !llvm.ptr<3>
      }
      scf.if %v1396 {
        %v1557 = llvm.getelementptr %v7[%v1406] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1408, %v1557 : f32, !llvm.ptr<3>
      }
      scf.if %v1410 {
        %v1558 = llvm.getelementptr %v7[%v1420] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1422, %v1558 : f32, !llvm.ptr<3>
      }
      scf.if %v1424 {
        %v1559 = llvm.getelementptr %v7[%v1434] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1436, %v1559 : f32, !llvm.ptr<3>
      }
      scf.if %v1438 {
        %v1560 = llvm.getelementptr %v7[%v1448] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1450, %v1560 : f32, !llvm.ptr<3>
      }
      scf.if %v1452 {
        %v1561 = llvm.getelementptr %v7[%v1462] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1464, %v1561 : f32, !llvm.ptr<3>
      }
      scf.if %v1466 {
        %v1562 = llvm.getelementptr %v7[%v1476] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1478, %v1562 : f32, !llvm.ptr<3>
      }
      scf.if %v1480 {
        %v1563 = llvm.getelementptr %v7[%v1490] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1492, %v1563 : f32, !llvm.ptr<3>
      }
      scf.if %v1494 {
        %v1564 = llvm.getelementptr %v7[%v1504] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1506, %v1564 : f32, !llvm.ptr<3>
      }
      scf.if %v1508 {
        %v1565 = llvm.getelementptr %v7[%v1518] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1520, %v1565 : f32, !llvm.ptr<3>
      }
      scf.if %v1522 {
        %v1566 = llvm.getelementptr %v7[%v1532] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1534, %v1566 : f32, !llvm.ptr<3>
      }
      // end staged load of `theta`
      gpu.barrier
      %v1567 = arith.index_cast %v86 : i64 to index
      %v1568 = arith.index_cast %v88 : i64 to index
      %v1569 = arith.index_cast %v89 : i64 to index
      scf.for %v1570 = %v1567 to %v1568 step %v1569 {
        %v1571 = arith.index_cast %v1570 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v1572 = arith.remui %v1571, %v16 : i64
        %v1573 = arith.cmpi eq, %v1572, %v31 : i64
        %v1574 = arith.andi %v1573, %v24 : i1
        scf.if %v1574 {
          %v1575 = arith.divui %v1571, %v16 : i64
          %v1576 = llvm.mlir.zero : !llvm.ptr
          %v1577 = llvm.icmp "ne" %ckpt_h, %v1576 : !llvm.ptr
          scf.if %v1577 {
            %v1580 = arith.muli %v1575, %v1579 : i64
            %v1581 = llvm.load %v4 : !llvm.ptr -> f32
            %v1583 = arith.muli %v29, %v1582 : i64
            %v1584 = arith.muli %v27, %v1 : i64
            %v1585 = arith.addi %v1583, %v1584 : i64
            %v1586 = arith.addi %v1580, %v1585 : i64
            %v1587 = llvm.getelementptr %ckpt_h[%v1586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1581, %v1587 : f32, !llvm.ptr
          }
          %v1588 = llvm.mlir.zero : !llvm.ptr
          %v1589 = llvm.icmp "ne" %ckpt_hp, %v1588 : !llvm.ptr
          scf.if %v1589 {
            %v1592 = arith.muli %v1575, %v1591 : i64
            %v1593 = llvm.load %v5 : !llvm.ptr -> f32
            %v1594 = arith.muli %v29, %v1582 : i64
            %v1595 = arith.muli %v27, %v1 : i64
            %v1596 = arith.addi %v1594, %v1595 : i64
            %v1597 = arith.addi %v1592, %v1596 : i64
            %v1598 = llvm.getelementptr %ckpt_hp[%v1597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1593, %v1598 : f32, !llvm.ptr
          }
        }
        // end save
        %v1599 = arith.subi %v88, %v1571 : i64
        %v1600 = arith.minsi %v1599, %v89 : i64
        %v1601 = arith.addi %v1571, %v89 : i64
        %v1602 = arith.divui %v14, %v89 : i64
        %v1603 = arith.remui %v14, %v89 : i64
        %v1604 = arith.addi %v1602, %v31 : i64
        %v1605 = arith.constant true
        %v1606 = arith.addi %v31, %v1604 : i64
        %v1607 = llvm.getelementptr %v6[%v1606] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1608 = llvm.load %v1607 : !llvm.ptr<3> -> i64
        %v1609 = arith.addi %v1601, %v1603 : i64
        %v1610 = arith.cmpi slt, %v1609, %v88 : i64
        %v1611 = arith.subi %size_L, %v1 : i64
        %v1612 = arith.minsi %v1609, %v1611 : i64
        %v1613 = arith.addi %v1608, %v1612 : i64
        %v1614 = arith.muli %v1606, %v102 : i64
        %v1615 = arith.addi %v1614, %v1603 : i64
        %v1616 = llvm.getelementptr %in_x[%v1613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1617 = llvm.load %v1616 : !llvm.ptr -> f32
        %v1618 = arith.addi %v1602, %v55 : i64
        %v1619 = arith.constant true
        %v1620 = arith.addi %v31, %v1618 : i64
        %v1621 = llvm.getelementptr %v6[%v1620] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1622 = llvm.load %v1621 : !llvm.ptr<3> -> i64
        %v1623 = arith.addi %v1601, %v1603 : i64
        %v1624 = arith.cmpi slt, %v1623, %v88 : i64
        %v1625 = arith.subi %size_L, %v1 : i64
        %v1626 = arith.minsi %v1623, %v1625 : i64
        %v1627 = arith.addi %v1622, %v1626 : i64
        %v1628 = arith.muli %v1620, %v102 : i64
        %v1629 = arith.addi %v1628, %v1603 : i64
        %v1630 = llvm.getelementptr %in_x[%v1627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1631 = llvm.load %v1630 : !llvm.ptr -> f32
        %v1632 = arith.addi %v1602, %v121 : i64
        %v1633 = arith.constant true
        %v1634 = arith.addi %v31, %v1632 : i64
        %v1635 = llvm.getelementptr %v6[%v1634] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1636 = llvm.load %v1635 : !llvm.ptr<3> -> i64
        %v1637 = arith.addi %v1601, %v1603 : i64
        %v1638 = arith.cmpi slt, %v1637, %v88 : i64
        %v1639 = arith.subi %size_L, %v1 : i64
        %v1640 = arith.minsi %v1637, %v1639 : i64
        %v1641 = arith.addi %v1636, %v1640 : i64
        %v1642 = arith.muli %v1634, %v102 : i64
        %v1643 = arith.addi %v1642, %v1603 : i64
        %v1644 = llvm.getelementptr %in_x[%v1641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1645 = llvm.load %v1644 : !llvm.ptr -> f32
        %v1646 = arith.addi %v1602, %v136 : i64
        %v1647 = arith.constant true
        %v1648 = arith.addi %v31, %v1646 : i64
        %v1649 = llvm.getelementptr %v6[%v1648] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1650 = llvm.load %v1649 : !llvm.ptr<3> -> i64
        %v1651 = arith.addi %v1601, %v1603 : i64
        %v1652 = arith.cmpi slt, %v1651, %v88 : i64
        %v1653 = arith.subi %size_L, %v1 : i64
        %v1654 = arith.minsi %v1651, %v1653 : i64
        %v1655 = arith.addi %v1650, %v1654 : i64
        %v1656 = arith.muli %v1648, %v102 : i64
        %v1657 = arith.addi %v1656, %v1603 : i64
        %v1658 = llvm.getelementptr %in_x[%v1655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1659 = llvm.load %v1658 : !llvm.ptr -> f32
        %v1660 = arith.addi %v1602, %v151 : i64
        %v1661 = arith.constant true
        %v1662 = arith.addi %v31, %v1660 : i64
        %v1663 = llvm.getelementptr %v6[%v1662] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1664 = llvm.load %v1663 : !llvm.ptr<3> -> i64
        %v1665 = arith.addi %v1601, %v1603 : i64
        %v1666 = arith.cmpi slt, %v1665, %v88 : i64
        %v1667 = arith.subi %size_L, %v1 : i64
        %v1668 = arith.minsi %v1665, %v1667 : i64
        %v1669 = arith.addi %v1664, %v1668 : i64
        %v1670 = arith.muli %v1662, %v102 : i64
        %v1671 = arith.addi %v1670, %v1603 : i64
        %v1672 = llvm.getelementptr %in_x[%v1669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1673 = llvm.load %v1672 : !llvm.ptr -> f32
        %v1674 = arith.addi %v1602, %v166 : i64
        %v1675 = arith.constant true
        %v1676 = arith.addi %v31, %v1674 : i64
        %v1677 = llvm.getelementptr %v6[%v1676] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1678 = llvm.load %v1677 : !llvm.ptr<3> -> i64
        %v1679 = arith.addi %v1601, %v1603 : i64
        %v1680 = arith.cmpi slt, %v1679, %v88 : i64
        %v1681 = arith.subi %size_L, %v1 : i64
        %v1682 = arith.minsi %v1679, %v1681 : i64
        %v1683 = arith.addi %v1678, %v1682 : i64
        %v1684 = arith.muli %v1676, %v102 : i64
        %v1685 = arith.addi %v1684, %v1603 : i64
        %v1686 = llvm.getelementptr %in_x[%v1683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1687 = llvm.load %v1686 : !llvm.ptr -> f32
        %v1688 = arith.addi %v1602, %v181 : i64
        %v1689 = arith.constant true
        %v1690 = arith.addi %v31, %v1688 : i64
        %v1691 = llvm.getelementptr %v6[%v1690] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1692 = llvm.load %v1691 : !llvm.ptr<3> -> i64
        %v1693 = arith.addi %v1601, %v1603 : i64
        %v1694 = arith.cmpi slt, %v1693, %v88 : i64
        %v1695 = arith.subi %size_L, %v1 : i64
        %v1696 = arith.minsi %v1693, %v1695 : i64
        %v1697 = arith.addi %v1692, %v1696 : i64
        %v1698 = arith.muli %v1690, %v102 : i64
        %v1699 = arith.addi %v1698, %v1603 : i64
        %v1700 = llvm.getelementptr %in_x[%v1697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1701 = llvm.load %v1700 : !llvm.ptr -> f32
        %v1702 = arith.addi %v1602, %v196 : i64
        %v1703 = arith.constant true
        %v1704 = arith.addi %v31, %v1702 : i64
        %v1705 = llvm.getelementptr %v6[%v1704] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1706 = llvm.load %v1705 : !llvm.ptr<3> -> i64
        %v1707 = arith.addi %v1601, %v1603 : i64
        %v1708 = arith.cmpi slt, %v1707, %v88 : i64
        %v1709 = arith.subi %size_L, %v1 : i64
        %v1710 = arith.minsi %v1707, %v1709 : i64
        %v1711 = arith.addi %v1706, %v1710 : i64
        %v1712 = arith.muli %v1704, %v102 : i64
        %v1713 = arith.addi %v1712, %v1603 : i64
        %v1714 = llvm.getelementptr %in_x[%v1711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1715 = llvm.load %v1714 : !llvm.ptr -> f32
        %v1716 = arith.addi %v1602, %v211 : i64
        %v1717 = arith.constant true
        %v1718 = arith.addi %v31, %v1716 : i64
        %v1719 = llvm.getelementptr %v6[%v1718] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1720 = llvm.load %v1719 : !llvm.ptr<3> -> i64
        %v1721 = arith.addi %v1601, %v1603 : i64
        %v1722 = arith.cmpi slt, %v1721, %v88 : i64
        %v1723 = arith.subi %size_L, %v1 : i64
        %v1724 = arith.minsi %v1721, %v1723 : i64
        %v1725 = arith.addi %v1720, %v1724 : i64
        %v1726 = arith.muli %v1718, %v102 : i64
        %v1727 = arith.addi %v1726, %v1603 : i64
        %v1728 = llvm.getelementptr %in_x[%v1725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1729 = llvm.load %v1728 : !llvm.ptr -> f32
        %v1730 = arith.addi %v1602, %v226 : i64
        %v1731 = arith.constant true
        %v1732 = arith.addi %v31, %v1730 : i64
        %v1733 = llvm.getelementptr %v6[%v1732] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1734 = llvm.load %v1733 : !llvm.ptr<3> -> i64
        %v1735 = arith.addi %v1601, %v1603 : i64
        %v1736 = arith.cmpi slt, %v1735, %v88 : i64
        %v1737 = arith.subi %size_L, %v1 : i64
        %v1738 = arith.minsi %v1735, %v1737 : i64
        %v1739 = arith.addi %v1734, %v1738 : i64
        %v1740 = arith.muli %v1732, %v102 : i64
        %v1741 = arith.addi %v1740, %v1603 : i64
        %v1742 = llvm.getelementptr %in_x[%v1739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1743 = llvm.load %v1742 : !llvm.ptr -> f32
        %v1744 = arith.addi %v1602, %v241 : i64
        %v1745 = arith.constant true
        %v1746 = arith.addi %v31, %v1744 : i64
        %v1747 = llvm.getelementptr %v6[%v1746] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1748 = llvm.load %v1747 : !llvm.ptr<3> -> i64
        %v1749 = arith.addi %v1601, %v1603 : i64
        %v1750 = arith.cmpi slt, %v1749, %v88 : i64
        %v1751 = arith.subi %size_L, %v1 : i64
        %v1752 = arith.minsi %v1749, %v1751 : i64
        %v1753 = arith.addi %v1748, %v1752 : i64
        %v1754 = arith.muli %v1746, %v102 : i64
        %v1755 = arith.addi %v1754, %v1603 : i64
        %v1756 = llvm.getelementptr %in_x[%v1753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1757 = llvm.load %v1756 : !llvm.ptr -> f32
        %v1758 = arith.addi %v1602, %v256 : i64
        %v1759 = arith.constant true
        %v1760 = arith.addi %v31, %v1758 : i64
        %v1761 = llvm.getelementptr %v6[%v1760] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1762 = llvm.load %v1761 : !llvm.ptr<3> -> i64
        %v1763 = arith.addi %v1601, %v1603 : i64
        %v1764 = arith.cmpi slt, %v1763, %v88 : i64
        %v1765 = arith.subi %size_L, %v1 : i64
        %v1766 = arith.minsi %v1763, %v1765 : i64
        %v1767 = arith.addi %v1762, %v1766 : i64
        %v1768 = arith.muli %v1760, %v102 : i64
        %v1769 = arith.addi %v1768, %v1603 : i64
        %v1770 = llvm.getelementptr %in_x[%v1767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1771 = llvm.load %v1770 : !llvm.ptr -> f32
        %v1772 = arith.addi %v1602, %v271 : i64
        %v1773 = arith.constant true
        %v1774 = arith.addi %v31, %v1772 : i64
        %v1775 = llvm.getelementptr %v6[%v1774] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1776 = llvm.load %v1775 : !llvm.ptr<3> -> i64
        %v1777 = arith.addi %v1601, %v1603 : i64
        %v1778 = arith.cmpi slt, %v1777, %v88 : i64
        %v1779 = arith.subi %size_L, %v1 : i64
        %v1780 = arith.minsi %v1777, %v1779 : i64
        %v1781 = arith.addi %v1776, %v1780 : i64
        %v1782 = arith.muli %v1774, %v102 : i64
        %v1783 = arith.addi %v1782, %v1603 : i64
        %v1784 = llvm.getelementptr %in_x[%v1781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1785 = llvm.load %v1784 : !llvm.ptr -> f32
        %v1786 = arith.addi %v1602, %v286 : i64
        %v1787 = arith.constant true
        %v1788 = arith.addi %v31, %v1786 : i64
        %v1789 = llvm.getelementptr %v6[%v1788] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1790 = llvm.load %v1789 : !llvm.ptr<3> -> i64
        %v1791 = arith.addi %v1601, %v1603 : i64
        %v1792 = arith.cmpi slt, %v1791, %v88 : i64
        %v1793 = arith.subi %size_L, %v1 : i64
        %v1794 = arith.minsi %v1791, %v1793 : i64
        %v1795 = arith.addi %v1790, %v1794 : i64
        %v1796 = arith.muli %v1788, %v102 : i64
        %v1797 = arith.addi %v1796, %v1603 : i64
        %v1798 = llvm.getelementptr %in_x[%v1795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1799 = llvm.load %v1798 : !llvm.ptr -> f32
        %v1800 = arith.addi %v1602, %v301 : i64
        %v1801 = arith.constant true
        %v1802 = arith.addi %v31, %v1800 : i64
        %v1803 = llvm.getelementptr %v6[%v1802] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1804 = llvm.load %v1803 : !llvm.ptr<3> -> i64
        %v1805 = arith.addi %v1601, %v1603 : i64
        %v1806 = arith.cmpi slt, %v1805, %v88 : i64
        %v1807 = arith.subi %size_L, %v1 : i64
        %v1808 = arith.minsi %v1805, %v1807 : i64
        %v1809 = arith.addi %v1804, %v1808 : i64
        %v1810 = arith.muli %v1802, %v102 : i64
        %v1811 = arith.addi %v1810, %v1603 : i64
        %v1812 = llvm.getelementptr %in_x[%v1809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1813 = llvm.load %v1812 : !llvm.ptr -> f32
        %v1814 = arith.addi %v1602, %v316 : i64
        %v1815 = arith.constant true
        %v1816 = arith.addi %v31, %v1814 : i64
        %v1817 = llvm.getelementptr %v6[%v1816] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1818 = llvm.load %v1817 : !llvm.ptr<3> -> i64
        %v1819 = arith.addi %v1601, %v1603 : i64
        %v1820 = arith.cmpi slt, %v1819, %v88 : i64
        %v1821 = arith.subi %size_L, %v1 : i64
        %v1822 = arith.minsi %v1819, %v1821 : i64
        %v1823 = arith.addi %v1818, %v1822 : i64
        %v1824 = arith.muli %v1816, %v102 : i64
        %v1825 = arith.addi %v1824, %v1603 : i64
        %v1826 = llvm.getelementptr %in_x[%v1823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1827 = llvm.load %v1826 : !llvm.ptr -> f32
        %v1828 = arith.addi %v1602, %v89 : i64
        %v1829 = arith.constant true
        %v1830 = arith.addi %v31, %v1828 : i64
        %v1831 = llvm.getelementptr %v6[%v1830] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1832 = llvm.load %v1831 : !llvm.ptr<3> -> i64
        %v1833 = arith.addi %v1601, %v1603 : i64
        %v1834 = arith.cmpi slt, %v1833, %v88 : i64
        %v1835 = arith.subi %size_L, %v1 : i64
        %v1836 = arith.minsi %v1833, %v1835 : i64
        %v1837 = arith.addi %v1832, %v1836 : i64
        %v1838 = arith.muli %v1830, %v102 : i64
        %v1839 = arith.addi %v1838, %v1603 : i64
        %v1840 = llvm.getelementptr %in_x[%v1837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1841 = llvm.load %v1840 : !llvm.ptr -> f32
        %v1842 = arith.addi %v1602, %v345 : i64
        %v1843 = arith.constant true
        %v1844 = arith.addi %v31, %v1842 : i64
        %v1845 = llvm.getelementptr %v6[%v1844] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1846 = llvm.load %v1845 : !llvm.ptr<3> -> i64
        %v1847 = arith.addi %v1601, %v1603 : i64
        %v1848 = arith.cmpi slt, %v1847, %v88 : i64
        %v1849 = arith.subi %size_L, %v1 : i64
        %v1850 = arith.minsi %v1847, %v1849 : i64
        %v1851 = arith.addi %v1846, %v1850 : i64
        %v1852 = arith.muli %v1844, %v102 : i64
        %v1853 = arith.addi %v1852, %v1603 : i64
        %v1854 = llvm.getelementptr %in_x[%v1851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1855 = llvm.load %v1854 : !llvm.ptr -> f32
        %v1856 = arith.addi %v1602, %v360 : i64
        %v1857 = arith.constant true
        %v1858 = arith.addi %v31, %v1856 : i64
        %v1859 = llvm.getelementptr %v6[%v1858] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1860 = llvm.load %v1859 : !llvm.ptr<3> -> i64
        %v1861 = arith.addi %v1601, %v1603 : i64
        %v1862 = arith.cmpi slt, %v1861, %v88 : i64
        %v1863 = arith.subi %size_L, %v1 : i64
        %v1864 = arith.minsi %v1861, %v1863 : i64
        %v1865 = arith.addi %v1860, %v1864 : i64
        %v1866 = arith.muli %v1858, %v102 : i64
        %v1867 = arith.addi %v1866, %v1603 : i64
        %v1868 = llvm.getelementptr %in_x[%v1865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1869 = llvm.load %v1868 : !llvm.ptr -> f32
        %v1870 = arith.addi %v1602, %v375 : i64
        %v1871 = arith.constant true
        %v1872 = arith.addi %v31, %v1870 : i64
        %v1873 = llvm.getelementptr %v6[%v1872] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1874 = llvm.load %v1873 : !llvm.ptr<3> -> i64
        %v1875 = arith.addi %v1601, %v1603 : i64
        %v1876 = arith.cmpi slt, %v1875, %v88 : i64
        %v1877 = arith.subi %size_L, %v1 : i64
        %v1878 = arith.minsi %v1875, %v1877 : i64
        %v1879 = arith.addi %v1874, %v1878 : i64
        %v1880 = arith.muli %v1872, %v102 : i64
        %v1881 = arith.addi %v1880, %v1603 : i64
        %v1882 = llvm.getelementptr %in_x[%v1879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1883 = llvm.load %v1882 : !llvm.ptr -> f32
        %v1884 = arith.addi %v1602, %v390 : i64
        %v1885 = arith.constant true
        %v1886 = arith.addi %v31, %v1884 : i64
        %v1887 = llvm.getelementptr %v6[%v1886] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1888 = llvm.load %v1887 : !llvm.ptr<3> -> i64
        %v1889 = arith.addi %v1601, %v1603 : i64
        %v1890 = arith.cmpi slt, %v1889, %v88 : i64
        %v1891 = arith.subi %size_L, %v1 : i64
        %v1892 = arith.minsi %v1889, %v1891 : i64
        %v1893 = arith.addi %v1888, %v1892 : i64
        %v1894 = arith.muli %v1886, %v102 : i64
        %v1895 = arith.addi %v1894, %v1603 : i64
        %v1896 = llvm.getelementptr %in_x[%v1893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1897 = llvm.load %v1896 : !llvm.ptr -> f32
        %v1898 = arith.addi %v1602, %v405 : i64
        %v1899 = arith.constant true
        %v1900 = arith.addi %v31, %v1898 : i64
        %v1901 = llvm.getelementptr %v6[%v1900] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1902 = llvm.load %v1901 : !llvm.ptr<3> -> i64
        %v1903 = arith.addi %v1601, %v1603 : i64
        %v1904 = arith.cmpi slt, %v1903, %v88 : i64
        %v1905 = arith.subi %size_L, %v1 : i64
        %v1906 = arith.minsi %v1903, %v1905 : i64
        %v1907 = arith.addi %v1902, %v1906 : i64
        %v1908 = arith.muli %v1900, %v102 : i64
        %v1909 = arith.addi %v1908, %v1603 : i64
        %v1910 = llvm.getelementptr %in_x[%v1907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1911 = llvm.load %v1910 : !llvm.ptr -> f32
        %v1912 = arith.addi %v1602, %v420 : i64
        %v1913 = arith.constant true
        %v1914 = arith.addi %v31, %v1912 : i64
        %v1915 = llvm.getelementptr %v6[%v1914] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1916 = llvm.load %v1915 : !llvm.ptr<3> -> i64
        %v1917 = arith.addi %v1601, %v1603 : i64
        %v1918 = arith.cmpi slt, %v1917, %v88 : i64
        %v1919 = arith.subi %size_L, %v1 : i64
        %v1920 = arith.minsi %v1917, %v1919 : i64
        %v1921 = arith.addi %v1916, %v1920 : i64
        %v1922 = arith.muli %v1914, %v102 : i64
        %v1923 = arith.addi %v1922, %v1603 : i64
        %v1924 = llvm.getelementptr %in_x[%v1921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1925 = llvm.load %v1924 : !llvm.ptr -> f32
        %v1926 = arith.addi %v1602, %v435 : i64
        %v1927 = arith.constant true
        %v1928 = arith.addi %v31, %v1926 : i64
        %v1929 = llvm.getelementptr %v6[%v1928] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1930 = llvm.load %v1929 : !llvm.ptr<3> -> i64
        %v1931 = arith.addi %v1601, %v1603 : i64
        %v1932 = arith.cmpi slt, %v1931, %v88 : i64
        %v1933 = arith.subi %size_L, %v1 : i64
        %v1934 = arith.minsi %v1931, %v1933 : i64
        %v1935 = arith.addi %v1930, %v1934 : i64
        %v1936 = arith.muli %v1928, %v102 : i64
        %v1937 = arith.addi %v1936, %v1603 : i64
        %v1938 = llvm.getelementptr %in_x[%v1935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1939 = llvm.load %v1938 : !llvm.ptr -> f32
        %v1940 = arith.addi %v1602, %v450 : i64
        %v1941 = arith.constant true
        %v1942 = arith.addi %v31, %v1940 : i64
        %v1943 = llvm.getelementptr %v6[%v1942] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1944 = llvm.load %v1943 : !llvm.ptr<3> -> i64
        %v1945 = arith.addi %v1601, %v1603 : i64
        %v1946 = arith.cmpi slt, %v1945, %v88 : i64
        %v1947 = arith.subi %size_L, %v1 : i64
        %v1948 = arith.minsi %v1945, %v1947 : i64
        %v1949 = arith.addi %v1944, %v1948 : i64
        %v1950 = arith.muli %v1942, %v102 : i64
        %v1951 = arith.addi %v1950, %v1603 : i64
        %v1952 = llvm.getelementptr %in_x[%v1949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1953 = llvm.load %v1952 : !llvm.ptr -> f32
        %v1954 = arith.addi %v1602, %v465 : i64
        %v1955 = arith.constant true
        %v1956 = arith.addi %v31, %v1954 : i64
        %v1957 = llvm.getelementptr %v6[%v1956] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1958 = llvm.load %v1957 : !llvm.ptr<3> -> i64
        %v1959 = arith.addi %v1601, %v1603 : i64
        %v1960 = arith.cmpi slt, %v1959, %v88 : i64
        %v1961 = arith.subi %size_L, %v1 : i64
        %v1962 = arith.minsi %v1959, %v1961 : i64
        %v1963 = arith.addi %v1958, %v1962 : i64
        %v1964 = arith.muli %v1956, %v102 : i64
        %v1965 = arith.addi %v1964, %v1603 : i64
        %v1966 = llvm.getelementptr %in_x[%v1963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1967 = llvm.load %v1966 : !llvm.ptr -> f32
        %v1968 = arith.addi %v1602, %v480 : i64
        %v1969 = arith.constant true
        %v1970 = arith.addi %v31, %v1968 : i64
        %v1971 = llvm.getelementptr %v6[%v1970] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1972 = llvm.load %v1971 : !llvm.ptr<3> -> i64
        %v1973 = arith.addi %v1601, %v1603 : i64
        %v1974 = arith.cmpi slt, %v1973, %v88 : i64
        %v1975 = arith.subi %size_L, %v1 : i64
        %v1976 = arith.minsi %v1973, %v1975 : i64
        %v1977 = arith.addi %v1972, %v1976 : i64
        %v1978 = arith.muli %v1970, %v102 : i64
        %v1979 = arith.addi %v1978, %v1603 : i64
        %v1980 = llvm.getelementptr %in_x[%v1977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1981 = llvm.load %v1980 : !llvm.ptr -> f32
        %v1982 = arith.addi %v1602, %v495 : i64
        %v1983 = arith.constant true
        %v1984 = arith.addi %v31, %v1982 : i64
        %v1985 = llvm.getelementptr %v6[%v1984] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1986 = llvm.load %v1985 : !llvm.ptr<3> -> i64
        %v1987 = arith.addi %v1601, %v1603 : i64
        %v1988 = arith.cmpi slt, %v1987, %v88 : i64
        %v1989 = arith.subi %size_L, %v1 : i64
        %v1990 = arith.minsi %v1987, %v1989 : i64
        %v1991 = arith.addi %v1986, %v1990 : i64
        %v1992 = arith.muli %v1984, %v102 : i64
        %v1993 = arith.addi %v1992, %v1603 : i64
        %v1994 = llvm.getelementptr %in_x[%v1991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1995 = llvm.load %v1994 : !llvm.ptr -> f32
        %v1996 = arith.addi %v1602, %v510 : i64
        %v1997 = arith.constant true
        %v1998 = arith.addi %v31, %v1996 : i64
        %v1999 = llvm.getelementptr %v6[%v1998] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2000 = llvm.load %v1999 : !llvm.ptr<3> -> i64
        %v2001 = arith.addi %v1601, %v1603 : i64
        %v2002 = arith.cmpi slt, %v2001, %v88 : i64
        %v2003 = arith.subi %size_L, %v1 : i64
        %v2004 = arith.minsi %v2001, %v2003 : i64
        %v2005 = arith.addi %v2000, %v2004 : i64
        %v2006 = arith.muli %v1998, %v102 : i64
        %v2007 = arith.addi %v2006, %v1603 : i64
        %v2008 = llvm.getelementptr %in_x[%v2005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2009 = llvm.load %v2008 : !llvm.ptr -> f32
        %v2010 = arith.addi %v1602, %v525 : i64
        %v2011 = arith.constant true
        %v2012 = arith.addi %v31, %v2010 : i64
        %v2013 = llvm.getelementptr %v6[%v2012] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2014 = llvm.load %v2013 : !llvm.ptr<3> -> i64
        %v2015 = arith.addi %v1601, %v1603 : i64
        %v2016 = arith.cmpi slt, %v2015, %v88 : i64
        %v2017 = arith.subi %size_L, %v1 : i64
        %v2018 = arith.minsi %v2015, %v2017 : i64
        %v2019 = arith.addi %v2014, %v2018 : i64
        %v2020 = arith.muli %v2012, %v102 : i64
        %v2021 = arith.addi %v2020, %v1603 : i64
        %v2022 = llvm.getelementptr %in_x[%v2019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2023 = llvm.load %v2022 : !llvm.ptr -> f32
        %v2024 = arith.addi %v1602, %v540 : i64
        %v2025 = arith.constant true
        %v2026 = arith.addi %v31, %v2024 : i64
        %v2027 = llvm.getelementptr %v6[%v2026] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2028 = llvm.load %v2027 : !llvm.ptr<3> -> i64
        %v2029 = arith.addi %v1601, %v1603 : i64
        %v2030 = arith.cmpi slt, %v2029, %v88 : i64
        %v2031 = arith.subi %size_L, %v1 : i64
        %v2032 = arith.minsi %v2029, %v2031 : i64
        %v2033 = arith.addi %v2028, %v2032 : i64
        %v2034 = arith.muli %v2026, %v102 : i64
        %v2035 = arith.addi %v2034, %v1603 : i64
        %v2036 = llvm.getelementptr %in_x[%v2033] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2037 = llvm.load %v2036 : !llvm.ptr -> f32
        %v2038 = arith.addi %v1602, %v555 : i64
        %v2039 = arith.constant true
        %v2040 = arith.addi %v31, %v2038 : i64
        %v2041 = llvm.getelementptr %v6[%v2040] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2042 = llvm.load %v2041 : !llvm.ptr<3> -> i64
        %v2043 = arith.addi %v1601, %v1603 : i64
        %v2044 = arith.cmpi slt, %v2043, %v88 : i64
        %v2045 = arith.subi %size_L, %v1 : i64
        %v2046 = arith.minsi %v2043, %v2045 : i64
        %v2047 = arith.addi %v2042, %v2046 : i64
        %v2048 = arith.muli %v2040, %v102 : i64
        %v2049 = arith.addi %v2048, %v1603 : i64
        %v2050 = llvm.getelementptr %in_x[%v2047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2051 = llvm.load %v2050 : !llvm.ptr -> f32
        %v2052 = arith.divui %v14, %v89 : i64
        %v2053 = arith.remui %v14, %v89 : i64
        %v2054 = arith.addi %v2052, %v31 : i64
        %v2055 = arith.constant true
        %v2056 = arith.addi %v16, %v2054 : i64
        %v2057 = llvm.getelementptr %v6[%v2056] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2058 = llvm.load %v2057 : !llvm.ptr<3> -> i64
        %v2059 = arith.addi %v1601, %v2053 : i64
        %v2060 = arith.cmpi slt, %v2059, %v88 : i64
        %v2061 = arith.subi %size_L, %v1 : i64
        %v2062 = arith.minsi %v2059, %v2061 : i64
        %v2063 = arith.addi %v2058, %v2062 : i64
        %v2064 = arith.muli %v2056, %v102 : i64
        %v2065 = arith.addi %v2064, %v2053 : i64
        %v2066 = llvm.getelementptr %in_rho[%v2063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2067 = llvm.load %v2066 : !llvm.ptr -> f32
        %v2068 = arith.addi %v2052, %v55 : i64
        %v2069 = arith.constant true
        %v2070 = arith.addi %v16, %v2068 : i64
        %v2071 = llvm.getelementptr %v6[%v2070] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2072 = llvm.load %v2071 : !llvm.ptr<3> -> i64
        %v2073 = arith.addi %v1601, %v2053 : i64
        %v2074 = arith.cmpi slt, %v2073, %v88 : i64
        %v2075 = arith.subi %size_L, %v1 : i64
        %v2076 = arith.minsi %v2073, %v2075 : i64
        %v2077 = arith.addi %v2072, %v2076 : i64
        %v2078 = arith.muli %v2070, %v102 : i64
        %v2079 = arith.addi %v2078, %v2053 : i64
        %v2080 = llvm.getelementptr %in_rho[%v2077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2081 = llvm.load %v2080 : !llvm.ptr -> f32
        %v2082 = arith.addi %v2052, %v121 : i64
        %v2083 = arith.constant true
        %v2084 = arith.addi %v16, %v2082 : i64
        %v2085 = llvm.getelementptr %v6[%v2084] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2086 = llvm.load %v2085 : !llvm.ptr<3> -> i64
        %v2087 = arith.addi %v1601, %v2053 : i64
        %v2088 = arith.cmpi slt, %v2087, %v88 : i64
        %v2089 = arith.subi %size_L, %v1 : i64
        %v2090 = arith.minsi %v2087, %v2089 : i64
        %v2091 = arith.addi %v2086, %v2090 : i64
        %v2092 = arith.muli %v2084, %v102 : i64
        %v2093 = arith.addi %v2092, %v2053 : i64
        %v2094 = llvm.getelementptr %in_rho[%v2091] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2095 = llvm.load %v2094 : !llvm.ptr -> f32
        %v2096 = arith.addi %v2052, %v136 : i64
        %v2097 = arith.constant true
        %v2098 = arith.addi %v16, %v2096 : i64
        %v2099 = llvm.getelementptr %v6[%v2098] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2100 = llvm.load %v2099 : !llvm.ptr<3> -> i64
        %v2101 = arith.addi %v1601, %v2053 : i64
        %v2102 = arith.cmpi slt, %v2101, %v88 : i64
        %v2103 = arith.subi %size_L, %v1 : i64
        %v2104 = arith.minsi %v2101, %v2103 : i64
        %v2105 = arith.addi %v2100, %v2104 : i64
        %v2106 = arith.muli %v2098, %v102 : i64
        %v2107 = arith.addi %v2106, %v2053 : i64
        %v2108 = llvm.getelementptr %in_rho[%v2105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2109 = llvm.load %v2108 : !llvm.ptr -> f32
        %v2110 = arith.addi %v2052, %v151 : i64
        %v2111 = arith.constant true
        %v2112 = arith.addi %v16, %v2110 : i64
        %v2113 = llvm.getelementptr %v6[%v2112] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2114 = llvm.load %v2113 : !llvm.ptr<3> -> i64
        %v2115 = arith.addi %v1601, %v2053 : i64
        %v2116 = arith.cmpi slt, %v2115, %v88 : i64
        %v2117 = arith.subi %size_L, %v1 : i64
        %v2118 = arith.minsi %v2115, %v2117 : i64
        %v2119 = arith.addi %v2114, %v2118 : i64
        %v2120 = arith.muli %v2112, %v102 : i64
        %v2121 = arith.addi %v2120, %v2053 : i64
        %v2122 = llvm.getelementptr %in_rho[%v2119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2123 = llvm.load %v2122 : !llvm.ptr -> f32
        %v2124 = arith.addi %v2052, %v166 : i64
        %v2125 = arith.constant true
        %v2126 = arith.addi %v16, %v2124 : i64
        %v2127 = llvm.getelementptr %v6[%v2126] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2128 = llvm.load %v2127 : !llvm.ptr<3> -> i64
        %v2129 = arith.addi %v1601, %v2053 : i64
        %v2130 = arith.cmpi slt, %v2129, %v88 : i64
        %v2131 = arith.subi %size_L, %v1 : i64
        %v2132 = arith.minsi %v2129, %v2131 : i64
        %v2133 = arith.addi %v2128, %v2132 : i64
        %v2134 = arith.muli %v2126, %v102 : i64
        %v2135 = arith.addi %v2134, %v2053 : i64
        %v2136 = llvm.getelementptr %in_rho[%v2133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2137 = llvm.load %v2136 : !llvm.ptr -> f32
        %v2138 = arith.addi %v2052, %v181 : i64
        %v2139 = arith.constant true
        %v2140 = arith.addi %v16, %v2138 : i64
        %v2141 = llvm.getelementptr %v6[%v2140] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2142 = llvm.load %v2141 : !llvm.ptr<3> -> i64
        %v2143 = arith.addi %v1601, %v2053 : i64
        %v2144 = arith.cmpi slt, %v2143, %v88 : i64
        %v2145 = arith.subi %size_L, %v1 : i64
        %v2146 = arith.minsi %v2143, %v2145 : i64
        %v2147 = arith.addi %v2142, %v2146 : i64
        %v2148 = arith.muli %v2140, %v102 : i64
        %v2149 = arith.addi %v2148, %v2053 : i64
        %v2150 = llvm.getelementptr %in_rho[%v2147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2151 = llvm.load %v2150 : !llvm.ptr -> f32
        %v2152 = arith.addi %v2052, %v196 : i64
        %v2153 = arith.constant true
        %v2154 = arith.addi %v16, %v2152 : i64
        %v2155 = llvm.getelementptr %v6[%v2154] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2156 = llvm.load %v2155 : !llvm.ptr<3> -> i64
        %v2157 = arith.addi %v1601, %v2053 : i64
        %v2158 = arith.cmpi slt, %v2157, %v88 : i64
        %v2159 = arith.subi %size_L, %v1 : i64
        %v2160 = arith.minsi %v2157, %v2159 : i64
        %v2161 = arith.addi %v2156, %v2160 : i64
        %v2162 = arith.muli %v2154, %v102 : i64
        %v2163 = arith.addi %v2162, %v2053 : i64
        %v2164 = llvm.getelementptr %in_rho[%v2161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2165 = llvm.load %v2164 : !llvm.ptr -> f32
        %v2166 = arith.addi %v2052, %v211 : i64
        %v2167 = arith.constant true
        %v2168 = arith.addi %v16, %v2166 : i64
        %v2169 = llvm.getelementptr %v6[%v2168] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2170 = llvm.load %v2169 : !llvm.ptr<3> -> i64
        %v2171 = arith.addi %v1601, %v2053 : i64
        %v2172 = arith.cmpi slt, %v2171, %v88 : i64
        %v2173 = arith.subi %size_L, %v1 : i64
        %v2174 = arith.minsi %v2171, %v2173 : i64
        %v2175 = arith.addi %v2170, %v2174 : i64
        %v2176 = arith.muli %v2168, %v102 : i64
        %v2177 = arith.addi %v2176, %v2053 : i64
        %v2178 = llvm.getelementptr %in_rho[%v2175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2179 = llvm.load %v2178 : !llvm.ptr -> f32
        %v2180 = arith.addi %v2052, %v226 : i64
        %v2181 = arith.constant true
        %v2182 = arith.addi %v16, %v2180 : i64
        %v2183 = llvm.getelementptr %v6[%v2182] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2184 = llvm.load %v2183 : !llvm.ptr<3> -> i64
        %v2185 = arith.addi %v1601, %v2053 : i64
        %v2186 = arith.cmpi slt, %v2185, %v88 : i64
        %v2187 = arith.subi %size_L, %v1 : i64
        %v2188 = arith.minsi %v2185, %v2187 : i64
        %v2189 = arith.addi %v2184, %v2188 : i64
        %v2190 = arith.muli %v2182, %v102 : i64
        %v2191 = arith.addi %v2190, %v2053 : i64
        %v2192 = llvm.getelementptr %in_rho[%v2189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2193 = llvm.load %v2192 : !llvm.ptr -> f32
        %v2194 = arith.addi %v2052, %v241 : i64
        %v2195 = arith.constant true
        %v2196 = arith.addi %v16, %v2194 : i64
        %v2197 = llvm.getelementptr %v6[%v2196] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2198 = llvm.load %v2197 : !llvm.ptr<3> -> i64
        %v2199 = arith.addi %v1601, %v2053 : i64
        %v2200 = arith.cmpi slt, %v2199, %v88 : i64
        %v2201 = arith.subi %size_L, %v1 : i64
        %v2202 = arith.minsi %v2199, %v2201 : i64
        %v2203 = arith.addi %v2198, %v2202 : i64
        %v2204 = arith.muli %v2196, %v102 : i64
        %v2205 = arith.addi %v2204, %v2053 : i64
        %v2206 = llvm.getelementptr %in_rho[%v2203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2207 = llvm.load %v2206 : !llvm.ptr -> f32
        %v2208 = arith.addi %v2052, %v256 : i64
        %v2209 = arith.constant true
        %v2210 = arith.addi %v16, %v2208 : i64
        %v2211 = llvm.getelementptr %v6[%v2210] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2212 = llvm.load %v2211 : !llvm.ptr<3> -> i64
        %v2213 = arith.addi %v1601, %v2053 : i64
        %v2214 = arith.cmpi slt, %v2213, %v88 : i64
        %v2215 = arith.subi %size_L, %v1 : i64
        %v2216 = arith.minsi %v2213, %v2215 : i64
        %v2217 = arith.addi %v2212, %v2216 : i64
        %v2218 = arith.muli %v2210, %v102 : i64
        %v2219 = arith.addi %v2218, %v2053 : i64
        %v2220 = llvm.getelementptr %in_rho[%v2217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2221 = llvm.load %v2220 : !llvm.ptr -> f32
        %v2222 = arith.addi %v2052, %v271 : i64
        %v2223 = arith.constant true
        %v2224 = arith.addi %v16, %v2222 : i64
        %v2225 = llvm.getelementptr %v6[%v2224] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2226 = llvm.load %v2225 : !llvm.ptr<3> -> i64
        %v2227 = arith.addi %v1601, %v2053 : i64
        %v2228 = arith.cmpi slt, %v2227, %v88 : i64
        %v2229 = arith.subi %size_L, %v1 : i64
        %v2230 = arith.minsi %v2227, %v2229 : i64
        %v2231 = arith.addi %v2226, %v2230 : i64
        %v2232 = arith.muli %v2224, %v102 : i64
        %v2233 = arith.addi %v2232, %v2053 : i64
        %v2234 = llvm.getelementptr %in_rho[%v2231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2235 = llvm.load %v2234 : !llvm.ptr -> f32
        %v2236 = arith.addi %v2052, %v286 : i64
        %v2237 = arith.constant true
        %v2238 = arith.addi %v16, %v2236 : i64
        %v2239 = llvm.getelementptr %v6[%v2238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2240 = llvm.load %v2239 : !llvm.ptr<3> -> i64
        %v2241 = arith.addi %v1601, %v2053 : i64
        %v2242 = arith.cmpi slt, %v2241, %v88 : i64
        %v2243 = arith.subi %size_L, %v1 : i64
        %v2244 = arith.minsi %v2241, %v2243 : i64
        %v2245 = arith.addi %v2240, %v2244 : i64
        %v2246 = arith.muli %v2238, %v102 : i64
        %v2247 = arith.addi %v2246, %v2053 : i64
        %v2248 = llvm.getelementptr %in_rho[%v2245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2249 = llvm.load %v2248 : !llvm.ptr -> f32
        %v2250 = arith.addi %v2052, %v301 : i64
        %v2251 = arith.constant true
        %v2252 = arith.addi %v16, %v2250 : i64
        %v2253 = llvm.getelementptr %v6[%v2252] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2254 = llvm.load %v2253 : !llvm.ptr<3> -> i64
        %v2255 = arith.addi %v1601, %v2053 : i64
        %v2256 = arith.cmpi slt, %v2255, %v88 : i64
        %v2257 = arith.subi %size_L, %v1 : i64
        %v2258 = arith.minsi %v2255, %v2257 : i64
        %v2259 = arith.addi %v2254, %v2258 : i64
        %v2260 = arith.muli %v2252, %v102 : i64
        %v2261 = arith.addi %v2260, %v2053 : i64
        %v2262 = llvm.getelementptr %in_rho[%v2259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2263 = llvm.load %v2262 : !llvm.ptr -> f32
        %v2264 = arith.addi %v2052, %v316 : i64
        %v2265 = arith.constant true
        %v2266 = arith.addi %v16, %v2264 : i64
        %v2267 = llvm.getelementptr %v6[%v2266] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2268 = llvm.load %v2267 : !llvm.ptr<3> -> i64
        %v2269 = arith.addi %v1601, %v2053 : i64
        %v2270 = arith.cmpi slt, %v2269, %v88 : i64
        %v2271 = arith.subi %size_L, %v1 : i64
        %v2272 = arith.minsi %v2269, %v2271 : i64
        %v2273 = arith.addi %v2268, %v2272 : i64
        %v2274 = arith.muli %v2266, %v102 : i64
        %v2275 = arith.addi %v2274, %v2053 : i64
        %v2276 = llvm.getelementptr %in_rho[%v2273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2277 = llvm.load %v2276 : !llvm.ptr -> f32
        %v2278 = arith.addi %v2052, %v89 : i64
        %v2279 = arith.constant true
        %v2280 = arith.addi %v16, %v2278 : i64
        %v2281 = llvm.getelementptr %v6[%v2280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2282 = llvm.load %v2281 : !llvm.ptr<3> -> i64
        %v2283 = arith.addi %v1601, %v2053 : i64
        %v2284 = arith.cmpi slt, %v2283, %v88 : i64
        %v2285 = arith.subi %size_L, %v1 : i64
        %v2286 = arith.minsi %v2283, %v2285 : i64
        %v2287 = arith.addi %v2282, %v2286 : i64
        %v2288 = arith.muli %v2280, %v102 : i64
        %v2289 = arith.addi %v2288, %v2053 : i64
        %v2290 = llvm.getelementptr %in_rho[%v2287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2291 = llvm.load %v2290 : !llvm.ptr -> f32
        %v2292 = arith.addi %v2052, %v345 : i64
        %v2293 = arith.constant true
        %v2294 = arith.addi %v16, %v2292 : i64
        %v2295 = llvm.getelementptr %v6[%v2294] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2296 = llvm.load %v2295 : !llvm.ptr<3> -> i64
        %v2297 = arith.addi %v1601, %v2053 : i64
        %v2298 = arith.cmpi slt, %v2297, %v88 : i64
        %v2299 = arith.subi %size_L, %v1 : i64
        %v2300 = arith.minsi %v2297, %v2299 : i64
        %v2301 = arith.addi %v2296, %v2300 : i64
        %v2302 = arith.muli %v2294, %v102 : i64
        %v2303 = arith.addi %v2302, %v2053 : i64
        %v2304 = llvm.getelementptr %in_rho[%v2301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2305 = llvm.load %v2304 : !llvm.ptr -> f32
        %v2306 = arith.addi %v2052, %v360 : i64
        %v2307 = arith.constant true
        %v2308 = arith.addi %v16, %v2306 : i64
        %v2309 = llvm.getelementptr %v6[%v2308] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2310 = llvm.load %v2309 : !llvm.ptr<3> -> i64
        %v2311 = arith.addi %v1601, %v2053 : i64
        %v2312 = arith.cmpi slt, %v2311, %v88 : i64
        %v2313 = arith.subi %size_L, %v1 : i64
        %v2314 = arith.minsi %v2311, %v2313 : i64
        %v2315 = arith.addi %v2310, %v2314 : i64
        %v2316 = arith.muli %v2308, %v102 : i64
        %v2317 = arith.addi %v2316, %v2053 : i64
        %v2318 = llvm.getelementptr %in_rho[%v2315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2319 = llvm.load %v2318 : !llvm.ptr -> f32
        %v2320 = arith.addi %v2052, %v375 : i64
        %v2321 = arith.constant true
        %v2322 = arith.addi %v16, %v2320 : i64
        %v2323 = llvm.getelementptr %v6[%v2322] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2324 = llvm.load %v2323 : !llvm.ptr<3> -> i64
        %v2325 = arith.addi %v1601, %v2053 : i64
        %v2326 = arith.cmpi slt, %v2325, %v88 : i64
        %v2327 = arith.subi %size_L, %v1 : i64
        %v2328 = arith.minsi %v2325, %v2327 : i64
        %v2329 = arith.addi %v2324, %v2328 : i64
        %v2330 = arith.muli %v2322, %v102 : i64
        %v2331 = arith.addi %v2330, %v2053 : i64
        %v2332 = llvm.getelementptr %in_rho[%v2329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2333 = llvm.load %v2332 : !llvm.ptr -> f32
        %v2334 = arith.addi %v2052, %v390 : i64
        %v2335 = arith.constant true
        %v2336 = arith.addi %v16, %v2334 : i64
        %v2337 = llvm.getelementptr %v6[%v2336] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2338 = llvm.load %v2337 : !llvm.ptr<3> -> i64
        %v2339 = arith.addi %v1601, %v2053 : i64
        %v2340 = arith.cmpi slt, %v2339, %v88 : i64
        %v2341 = arith.subi %size_L, %v1 : i64
        %v2342 = arith.minsi %v2339, %v2341 : i64
        %v2343 = arith.addi %v2338, %v2342 : i64
        %v2344 = arith.muli %v2336, %v102 : i64
        %v2345 = arith.addi %v2344, %v2053 : i64
        %v2346 = llvm.getelementptr %in_rho[%v2343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2347 = llvm.load %v2346 : !llvm.ptr -> f32
        %v2348 = arith.addi %v2052, %v405 : i64
        %v2349 = arith.constant true
        %v2350 = arith.addi %v16, %v2348 : i64
        %v2351 = llvm.getelementptr %v6[%v2350] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2352 = llvm.load %v2351 : !llvm.ptr<3> -> i64
        %v2353 = arith.addi %v1601, %v2053 : i64
        %v2354 = arith.cmpi slt, %v2353, %v88 : i64
        %v2355 = arith.subi %size_L, %v1 : i64
        %v2356 = arith.minsi %v2353, %v2355 : i64
        %v2357 = arith.addi %v2352, %v2356 : i64
        %v2358 = arith.muli %v2350, %v102 : i64
        %v2359 = arith.addi %v2358, %v2053 : i64
        %v2360 = llvm.getelementptr %in_rho[%v2357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2361 = llvm.load %v2360 : !llvm.ptr -> f32
        %v2362 = arith.addi %v2052, %v420 : i64
        %v2363 = arith.constant true
        %v2364 = arith.addi %v16, %v2362 : i64
        %v2365 = llvm.getelementptr %v6[%v2364] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2366 = llvm.load %v2365 : !llvm.ptr<3> -> i64
        %v2367 = arith.addi %v1601, %v2053 : i64
        %v2368 = arith.cmpi slt, %v2367, %v88 : i64
        %v2369 = arith.subi %size_L, %v1 : i64
        %v2370 = arith.minsi %v2367, %v2369 : i64
        %v2371 = arith.addi %v2366, %v2370 : i64
        %v2372 = arith.muli %v2364, %v102 : i64
        %v2373 = arith.addi %v2372, %v2053 : i64
        %v2374 = llvm.getelementptr %in_rho[%v2371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2375 = llvm.load %v2374 : !llvm.ptr -> f32
        %v2376 = arith.addi %v2052, %v435 : i64
        %v2377 = arith.constant true
        %v2378 = arith.addi %v16, %v2376 : i64
        %v2379 = llvm.getelementptr %v6[%v2378] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2380 = llvm.load %v2379 : !llvm.ptr<3> -> i64
        %v2381 = arith.addi %v1601, %v2053 : i64
        %v2382 = arith.cmpi slt, %v2381, %v88 : i64
        %v2383 = arith.subi %size_L, %v1 : i64
        %v2384 = arith.minsi %v2381, %v2383 : i64
        %v2385 = arith.addi %v2380, %v2384 : i64
        %v2386 = arith.muli %v2378, %v102 : i64
        %v2387 = arith.addi %v2386, %v2053 : i64
        %v2388 = llvm.getelementptr %in_rho[%v2385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2389 = llvm.load %v2388 : !llvm.ptr -> f32
        %v2390 = arith.addi %v2052, %v450 : i64
        %v2391 = arith.constant true
        %v2392 = arith.addi %v16, %v2390 : i64
        %v2393 = llvm.getelementptr %v6[%v2392] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2394 = llvm.load %v2393 : !llvm.ptr<3> -> i64
        %v2395 = arith.addi %v1601, %v2053 : i64
        %v2396 = arith.cmpi slt, %v2395, %v88 : i64
        %v2397 = arith.subi %size_L, %v1 : i64
        %v2398 = arith.minsi %v2395, %v2397 : i64
        %v2399 = arith.addi %v2394, %v2398 : i64
        %v2400 = arith.muli %v2392, %v102 : i64
        %v2401 = arith.addi %v2400, %v2053 : i64
        %v2402 = llvm.getelementptr %in_rho[%v2399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2403 = llvm.load %v2402 : !llvm.ptr -> f32
        %v2404 = arith.addi %v2052, %v465 : i64
        %v2405 = arith.constant true
        %v2406 = arith.addi %v16, %v2404 : i64
        %v2407 = llvm.getelementptr %v6[%v2406] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2408 = llvm.load %v2407 : !llvm.ptr<3> -> i64
        %v2409 = arith.addi %v1601, %v2053 : i64
        %v2410 = arith.cmpi slt, %v2409, %v88 : i64
        %v2411 = arith.subi %size_L, %v1 : i64
        %v2412 = arith.minsi %v2409, %v2411 : i64
        %v2413 = arith.addi %v2408, %v2412 : i64
        %v2414 = arith.muli %v2406, %v102 : i64
        %v2415 = arith.addi %v2414, %v2053 : i64
        %v2416 = llvm.getelementptr %in_rho[%v2413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2417 = llvm.load %v2416 : !llvm.ptr -> f32
        %v2418 = arith.addi %v2052, %v480 : i64
        %v2419 = arith.constant true
        %v2420 = arith.addi %v16, %v2418 : i64
        %v2421 = llvm.getelementptr %v6[%v2420] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2422 = llvm.load %v2421 : !llvm.ptr<3> -> i64
        %v2423 = arith.addi %v1601, %v2053 : i64
        %v2424 = arith.cmpi slt, %v2423, %v88 : i64
        %v2425 = arith.subi %size_L, %v1 : i64
        %v2426 = arith.minsi %v2423, %v2425 : i64
        %v2427 = arith.addi %v2422, %v2426 : i64
        %v2428 = arith.muli %v2420, %v102 : i64
        %v2429 = arith.addi %v2428, %v2053 : i64
        %v2430 = llvm.getelementptr %in_rho[%v2427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2431 = llvm.load %v2430 : !llvm.ptr -> f32
        %v2432 = arith.addi %v2052, %v495 : i64
        %v2433 = arith.constant true
        %v2434 = arith.addi %v16, %v2432 : i64
        %v2435 = llvm.getelementptr %v6[%v2434] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2436 = llvm.load %v2435 : !llvm.ptr<3> -> i64
        %v2437 = arith.addi %v1601, %v2053 : i64
        %v2438 = arith.cmpi slt, %v2437, %v88 : i64
        %v2439 = arith.subi %size_L, %v1 : i64
        %v2440 = arith.minsi %v2437, %v2439 : i64
        %v2441 = arith.addi %v2436, %v2440 : i64
        %v2442 = arith.muli %v2434, %v102 : i64
        %v2443 = arith.addi %v2442, %v2053 : i64
        %v2444 = llvm.getelementptr %in_rho[%v2441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2445 = llvm.load %v2444 : !llvm.ptr -> f32
        %v2446 = arith.addi %v2052, %v510 : i64
        %v2447 = arith.constant true
        %v2448 = arith.addi %v16, %v2446 : i64
        %v2449 = llvm.getelementptr %v6[%v2448] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2450 = llvm.load %v2449 : !llvm.ptr<3> -> i64
        %v2451 = arith.addi %v1601, %v2053 : i64
        %v2452 = arith.cmpi slt, %v2451, %v88 : i64
        %v2453 = arith.subi %size_L, %v1 : i64
        %v2454 = arith.minsi %v2451, %v2453 : i64
        %v2455 = arith.addi %v2450, %v2454 : i64
        %v2456 = arith.muli %v2448, %v102 : i64
        %v2457 = arith.addi %v2456, %v2053 : i64
        %v2458 = llvm.getelementptr %in_rho[%v2455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2459 = llvm.load %v2458 : !llvm.ptr -> f32
        %v2460 = arith.addi %v2052, %v525 : i64
        %v2461 = arith.constant true
        %v2462 = arith.addi %v16, %v2460 : i64
        %v2463 = llvm.getelementptr %v6[%v2462] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2464 = llvm.load %v2463 : !llvm.ptr<3> -> i64
        %v2465 = arith.addi %v1601, %v2053 : i64
        %v2466 = arith.cmpi slt, %v2465, %v88 : i64
        %v2467 = arith.subi %size_L, %v1 : i64
        %v2468 = arith.minsi %v2465, %v2467 : i64
        %v2469 = arith.addi %v2464, %v2468 : i64
        %v2470 = arith.muli %v2462, %v102 : i64
        %v2471 = arith.addi %v2470, %v2053 : i64
        %v2472 = llvm.getelementptr %in_rho[%v2469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2473 = llvm.load %v2472 : !llvm.ptr -> f32
        %v2474 = arith.addi %v2052, %v540 : i64
        %v2475 = arith.constant true
        %v2476 = arith.addi %v16, %v2474 : i64
        %v2477 = llvm.getelementptr %v6[%v2476] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2478 = llvm.load %v2477 : !llvm.ptr<3> -> i64
        %v2479 = arith.addi %v1601, %v2053 : i64
        %v2480 = arith.cmpi slt, %v2479, %v88 : i64
        %v2481 = arith.subi %size_L, %v1 : i64
        %v2482 = arith.minsi %v2479, %v2481 : i64
        %v2483 = arith.addi %v2478, %v2482 : i64
        %v2484 = arith.muli %v2476, %v102 : i64
        %v2485 = arith.addi %v2484, %v2053 : i64
        %v2486 = llvm.getelementptr %in_rho[%v2483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2487 = llvm.load %v2486 : !llvm.ptr -> f32
        %v2488 = arith.addi %v2052, %v555 : i64
        %v2489 = arith.constant true
        %v2490 = arith.addi %v16, %v2488 : i64
        %v2491 = llvm.getelementptr %v6[%v2490] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2492 = llvm.load %v2491 : !llvm.ptr<3> -> i64
        %v2493 = arith.addi %v1601, %v2053 : i64
        %v2494 = arith.cmpi slt, %v2493, %v88 : i64
        %v2495 = arith.subi %size_L, %v1 : i64
        %v2496 = arith.minsi %v2493, %v2495 : i64
        %v2497 = arith.addi %v2492, %v2496 : i64
        %v2498 = arith.muli %v2490, %v102 : i64
        %v2499 = arith.addi %v2498, %v2053 : i64
        %v2500 = llvm.getelementptr %in_rho[%v2497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2501 = llvm.load %v2500 : !llvm.ptr -> f32
        %v2502 = arith.divui %v14, %v89 : i64
        %v2503 = arith.remui %v14, %v89 : i64
        %v2504 = arith.addi %v2502, %v31 : i64
        %v2505 = arith.constant true
        %v2506 = arith.addi %v1088, %v2504 : i64
        %v2507 = llvm.getelementptr %v6[%v2506] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2508 = llvm.load %v2507 : !llvm.ptr<3> -> i64
        %v2509 = arith.addi %v1601, %v2503 : i64
        %v2510 = arith.cmpi slt, %v2509, %v88 : i64
        %v2511 = arith.subi %size_L, %v1 : i64
        %v2512 = arith.minsi %v2509, %v2511 : i64
        %v2513 = arith.addi %v2508, %v2512 : i64
        %v2514 = arith.muli %v2506, %v102 : i64
        %v2515 = arith.addi %v2514, %v2503 : i64
        %v2516 = llvm.getelementptr %in_theta[%v2513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2517 = llvm.load %v2516 : !llvm.ptr -> f32
        %v2518 = arith.addi %v2502, %v55 : i64
        %v2519 = arith.constant true
        %v2520 = arith.addi %v1088, %v2518 : i64
        %v2521 = llvm.getelementptr %v6[%v2520] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2522 = llvm.load %v2521 : !llvm.ptr<3> -> i64
        %v2523 = arith.addi %v1601, %v2503 : i64
        %v2524 = arith.cmpi slt, %v2523, %v88 : i64
        %v2525 = arith.subi %size_L, %v1 : i64
        %v2526 = arith.minsi %v2523, %v2525 : i64
        %v2527 = arith.addi %v2522, %v2526 : i64
        %v2528 = arith.muli %v2520, %v102 : i64
        %v2529 = arith.addi %v2528, %v2503 : i64
        %v2530 = llvm.getelementptr %in_theta[%v2527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2531 = llvm.load %v2530 : !llvm.ptr -> f32
        %v2532 = arith.addi %v2502, %v121 : i64
        %v2533 = arith.constant true
        %v2534 = arith.addi %v1088, %v2532 : i64
        %v2535 = llvm.getelementptr %v6[%v2534] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2536 = llvm.load %v2535 : !llvm.ptr<3> -> i64
        %v2537 = arith.addi %v1601, %v2503 : i64
        %v2538 = arith.cmpi slt, %v2537, %v88 : i64
        %v2539 = arith.subi %size_L, %v1 : i64
        %v2540 = arith.minsi %v2537, %v2539 : i64
        %v2541 = arith.addi %v2536, %v2540 : i64
        %v2542 = arith.muli %v2534, %v102 : i64
        %v2543 = arith.addi %v2542, %v2503 : i64
        %v2544 = llvm.getelementptr %in_theta[%v2541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2545 = llvm.load %v2544 : !llvm.ptr -> f32
        %v2546 = arith.addi %v2502, %v136 : i64
        %v2547 = arith.constant true
        %v2548 = arith.addi %v1088, %v2546 : i64
        %v2549 = llvm.getelementptr %v6[%v2548] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2550 = llvm.load %v2549 : !llvm.ptr<3> -> i64
        %v2551 = arith.addi %v1601, %v2503 : i64
        %v2552 = arith.cmpi slt, %v2551, %v88 : i64
        %v2553 = arith.subi %size_L, %v1 : i64
        %v2554 = arith.minsi %v2551, %v2553 : i64
        %v2555 = arith.addi %v2550, %v2554 : i64
        %v2556 = arith.muli %v2548, %v102 : i64
        %v2557 = arith.addi %v2556, %v2503 : i64
        %v2558 = llvm.getelementptr %in_theta[%v2555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2559 = llvm.load %v2558 : !llvm.ptr -> f32
        %v2560 = arith.addi %v2502, %v151 : i64
        %v2561 = arith.constant true
        %v2562 = arith.addi %v1088, %v2560 : i64
        %v2563 = llvm.getelementptr %v6[%v2562] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2564 = llvm.load %v2563 : !llvm.ptr<3> -> i64
        %v2565 = arith.addi %v1601, %v2503 : i64
        %v2566 = arith.cmpi slt, %v2565, %v88 : i64
        %v2567 = arith.subi %size_L, %v1 : i64
        %v2568 = arith.minsi %v2565, %v2567 : i64
        %v2569 = arith.addi %v2564, %v2568 : i64
        %v2570 = arith.muli %v2562, %v102 : i64
        %v2571 = arith.addi %v2570, %v2503 : i64
        %v2572 = llvm.getelementptr %in_theta[%v2569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2573 = llvm.load %v2572 : !llvm.ptr -> f32
        %v2574 = arith.addi %v2502, %v166 : i64
        %v2575 = arith.constant true
        %v2576 = arith.addi %v1088, %v2574 : i64
        %v2577 = llvm.getelementptr %v6[%v2576] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2578 = llvm.load %v2577 : !llvm.ptr<3> -> i64
        %v2579 = arith.addi %v1601, %v2503 : i64
        %v2580 = arith.cmpi slt, %v2579, %v88 : i64
        %v2581 = arith.subi %size_L, %v1 : i64
        %v2582 = arith.minsi %v2579, %v2581 : i64
        %v2583 = arith.addi %v2578, %v2582 : i64
        %v2584 = arith.muli %v2576, %v102 : i64
        %v2585 = arith.addi %v2584, %v2503 : i64
        %v2586 = llvm.getelementptr %in_theta[%v2583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2587 = llvm.load %v2586 : !llvm.ptr -> f32
        %v2588 = arith.addi %v2502, %v181 : i64
        %v2589 = arith.constant true
        %v2590 = arith.addi %v1088, %v2588 : i64
        %v2591 = llvm.getelementptr %v6[%v2590] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2592 = llvm.load %v2591 : !llvm.ptr<3> -> i64
        %v2593 = arith.addi %v1601, %v2503 : i64
        %v2594 = arith.cmpi slt, %v2593, %v88 : i64
        %v2595 = arith.subi %size_L, %v1 : i64
        %v2596 = arith.minsi %v2593, %v2595 : i64
        %v2597 = arith.addi %v2592, %v2596 : i64
        %v2598 = arith.muli %v2590, %v102 : i64
        %v2599 = arith.addi %v2598, %v2503 : i64
        %v2600 = llvm.getelementptr %in_theta[%v2597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2601 = llvm.load %v2600 : !llvm.ptr -> f32
        %v2602 = arith.addi %v2502, %v196 : i64
        %v2603 = arith.constant true
        %v2604 = arith.addi %v1088, %v2602 : i64
        %v2605 = llvm.getelementptr %v6[%v2604] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2606 = llvm.load %v2605 : !llvm.ptr<3> -> i64
        %v2607 = arith.addi %v1601, %v2503 : i64
        %v2608 = arith.cmpi slt, %v2607, %v88 : i64
        %v2609 = arith.subi %size_L, %v1 : i64
        %v2610 = arith.minsi %v2607, %v2609 : i64
        %v2611 = arith.addi %v2606, %v2610 : i64
        %v2612 = arith.muli %v2604, %v102 : i64
        %v2613 = arith.addi %v2612, %v2503 : i64
        %v2614 = llvm.getelementptr %in_theta[%v2611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2615 = llvm.load %v2614 : !llvm.ptr -> f32
        %v2616 = arith.addi %v2502, %v211 : i64
        %v2617 = arith.constant true
        %v2618 = arith.addi %v1088, %v2616 : i64
        %v2619 = llvm.getelementptr %v6[%v2618] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2620 = llvm.load %v2619 : !llvm.ptr<3> -> i64
        %v2621 = arith.addi %v1601, %v2503 : i64
        %v2622 = arith.cmpi slt, %v2621, %v88 : i64
        %v2623 = arith.subi %size_L, %v1 : i64
        %v2624 = arith.minsi %v2621, %v2623 : i64
        %v2625 = arith.addi %v2620, %v2624 : i64
        %v2626 = arith.muli %v2618, %v102 : i64
        %v2627 = arith.addi %v2626, %v2503 : i64
        %v2628 = llvm.getelementptr %in_theta[%v2625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2629 = llvm.load %v2628 : !llvm.ptr -> f32
        %v2630 = arith.addi %v2502, %v226 : i64
        %v2631 = arith.constant true
        %v2632 = arith.addi %v1088, %v2630 : i64
        %v2633 = llvm.getelementptr %v6[%v2632] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2634 = llvm.load %v2633 : !llvm.ptr<3> -> i64
        %v2635 = arith.addi %v1601, %v2503 : i64
        %v2636 = arith.cmpi slt, %v2635, %v88 : i64
        %v2637 = arith.subi %size_L, %v1 : i64
        %v2638 = arith.minsi %v2635, %v2637 : i64
        %v2639 = arith.addi %v2634, %v2638 : i64
        %v2640 = arith.muli %v2632, %v102 : i64
        %v2641 = arith.addi %v2640, %v2503 : i64
        %v2642 = llvm.getelementptr %in_theta[%v2639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2643 = llvm.load %v2642 : !llvm.ptr -> f32
        %v2644 = arith.addi %v2502, %v241 : i64
        %v2645 = arith.constant true
        %v2646 = arith.addi %v1088, %v2644 : i64
        %v2647 = llvm.getelementptr %v6[%v2646] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2648 = llvm.load %v2647 : !llvm.ptr<3> -> i64
        %v2649 = arith.addi %v1601, %v2503 : i64
        %v2650 = arith.cmpi slt, %v2649, %v88 : i64
        %v2651 = arith.subi %size_L, %v1 : i64
        %v2652 = arith.minsi %v2649, %v2651 : i64
        %v2653 = arith.addi %v2648, %v2652 : i64
        %v2654 = arith.muli %v2646, %v102 : i64
        %v2655 = arith.addi %v2654, %v2503 : i64
        %v2656 = llvm.getelementptr %in_theta[%v2653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2657 = llvm.load %v2656 : !llvm.ptr -> f32
        %v2658 = arith.addi %v2502, %v256 : i64
        %v2659 = arith.constant true
        %v2660 = arith.addi %v1088, %v2658 : i64
        %v2661 = llvm.getelementptr %v6[%v2660] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2662 = llvm.load %v2661 : !llvm.ptr<3> -> i64
        %v2663 = arith.addi %v1601, %v2503 : i64
        %v2664 = arith.cmpi slt, %v2663, %v88 : i64
        %v2665 = arith.subi %size_L, %v1 : i64
        %v2666 = arith.minsi %v2663, %v2665 : i64
        %v2667 = arith.addi %v2662, %v2666 : i64
        %v2668 = arith.muli %v2660, %v102 : i64
        %v2669 = arith.addi %v2668, %v2503 : i64
        %v2670 = llvm.getelementptr %in_theta[%v2667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2671 = llvm.load %v2670 : !llvm.ptr -> f32
        %v2672 = arith.addi %v2502, %v271 : i64
        %v2673 = arith.constant true
        %v2674 = arith.addi %v1088, %v2672 : i64
        %v2675 = llvm.getelementptr %v6[%v2674] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2676 = llvm.load %v2675 : !llvm.ptr<3> -> i64
        %v2677 = arith.addi %v1601, %v2503 : i64
        %v2678 = arith.cmpi slt, %v2677, %v88 : i64
        %v2679 = arith.subi %size_L, %v1 : i64
        %v2680 = arith.minsi %v2677, %v2679 : i64
        %v2681 = arith.addi %v2676, %v2680 : i64
        %v2682 = arith.muli %v2674, %v102 : i64
        %v2683 = arith.addi %v2682, %v2503 : i64
        %v2684 = llvm.getelementptr %in_theta[%v2681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2685 = llvm.load %v2684 : !llvm.ptr -> f32
        %v2686 = arith.addi %v2502, %v286 : i64
        %v2687 = arith.constant true
        %v2688 = arith.addi %v1088, %v2686 : i64
        %v2689 = llvm.getelementptr %v6[%v2688] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2690 = llvm.load %v2689 : !llvm.ptr<3> -> i64
        %v2691 = arith.addi %v1601, %v2503 : i64
        %v2692 = arith.cmpi slt, %v2691, %v88 : i64
        %v2693 = arith.subi %size_L, %v1 : i64
        %v2694 = arith.minsi %v2691, %v2693 : i64
        %v2695 = arith.addi %v2690, %v2694 : i64
        %v2696 = arith.muli %v2688, %v102 : i64
        %v2697 = arith.addi %v2696, %v2503 : i64
        %v2698 = llvm.getelementptr %in_theta[%v2695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2699 = llvm.load %v2698 : !llvm.ptr -> f32
        %v2700 = arith.addi %v2502, %v301 : i64
        %v2701 = arith.constant true
        %v2702 = arith.addi %v1088, %v2700 : i64
        %v2703 = llvm.getelementptr %v6[%v2702] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2704 = llvm.load %v2703 : !llvm.ptr<3> -> i64
        %v2705 = arith.addi %v1601, %v2503 : i64
        %v2706 = arith.cmpi slt, %v2705, %v88 : i64
        %v2707 = arith.subi %size_L, %v1 : i64
        %v2708 = arith.minsi %v2705, %v2707 : i64
        %v2709 = arith.addi %v2704, %v2708 : i64
        %v2710 = arith.muli %v2702, %v102 : i64
        %v2711 = arith.addi %v2710, %v2503 : i64
        %v2712 = llvm.getelementptr %in_theta[%v2709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2713 = llvm.load %v2712 : !llvm.ptr -> f32
        %v2714 = arith.addi %v2502, %v316 : i64
        %v2715 = arith.constant true
        %v2716 = arith.addi %v1088, %v2714 : i64
        %v2717 = llvm.getelementptr %v6[%v2716] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2718 = llvm.load %v2717 : !llvm.ptr<3> -> i64
        %v2719 = arith.addi %v1601, %v2503 : i64
        %v2720 = arith.cmpi slt, %v2719, %v88 : i64
        %v2721 = arith.subi %size_L, %v1 : i64
        %v2722 = arith.minsi %v2719, %v2721 : i64
        %v2723 = arith.addi %v2718, %v2722 : i64
        %v2724 = arith.muli %v2716, %v102 : i64
        %v2725 = arith.addi %v2724, %v2503 : i64
        %v2726 = llvm.getelementptr %in_theta[%v2723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2727 = llvm.load %v2726 : !llvm.ptr -> f32
        %v2728 = arith.addi %v2502, %v89 : i64
        %v2729 = arith.constant true
        %v2730 = arith.addi %v1088, %v2728 : i64
        %v2731 = llvm.getelementptr %v6[%v2730] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2732 = llvm.load %v2731 : !llvm.ptr<3> -> i64
        %v2733 = arith.addi %v1601, %v2503 : i64
        %v2734 = arith.cmpi slt, %v2733, %v88 : i64
        %v2735 = arith.subi %size_L, %v1 : i64
        %v2736 = arith.minsi %v2733, %v2735 : i64
        %v2737 = arith.addi %v2732, %v2736 : i64
        %v2738 = arith.muli %v2730, %v102 : i64
        %v2739 = arith.addi %v2738, %v2503 : i64
        %v2740 = llvm.getelementptr %in_theta[%v2737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2741 = llvm.load %v2740 : !llvm.ptr -> f32
        %v2742 = arith.addi %v2502, %v345 : i64
        %v2743 = arith.constant true
        %v2744 = arith.addi %v1088, %v2742 : i64
        %v2745 = llvm.getelementptr %v6[%v2744] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2746 = llvm.load %v2745 : !llvm.ptr<3> -> i64
        %v2747 = arith.addi %v1601, %v2503 : i64
        %v2748 = arith.cmpi slt, %v2747, %v88 : i64
        %v2749 = arith.subi %size_L, %v1 : i64
        %v2750 = arith.minsi %v2747, %v2749 : i64
        %v2751 = arith.addi %v2746, %v2750 : i64
        %v2752 = arith.muli %v2744, %v102 : i64
        %v2753 = arith.addi %v2752, %v2503 : i64
        %v2754 = llvm.getelementptr %in_theta[%v2751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2755 = llvm.load %v2754 : !llvm.ptr -> f32
        %v2756 = arith.addi %v2502, %v360 : i64
        %v2757 = arith.constant true
        %v2758 = arith.addi %v1088, %v2756 : i64
        %v2759 = llvm.getelementptr %v6[%v2758] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2760 = llvm.load %v2759 : !llvm.ptr<3> -> i64
        %v2761 = arith.addi %v1601, %v2503 : i64
        %v2762 = arith.cmpi slt, %v2761, %v88 : i64
        %v2763 = arith.subi %size_L, %v1 : i64
        %v2764 = arith.minsi %v2761, %v2763 : i64
        %v2765 = arith.addi %v2760, %v2764 : i64
        %v2766 = arith.muli %v2758, %v102 : i64
        %v2767 = arith.addi %v2766, %v2503 : i64
        %v2768 = llvm.getelementptr %in_theta[%v2765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2769 = llvm.load %v2768 : !llvm.ptr -> f32
        %v2770 = arith.addi %v2502, %v375 : i64
        %v2771 = arith.constant true
        %v2772 = arith.addi %v1088, %v2770 : i64
        %v2773 = llvm.getelementptr %v6[%v2772] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2774 = llvm.load %v2773 : !llvm.ptr<3> -> i64
        %v2775 = arith.addi %v1601, %v2503 : i64
        %v2776 = arith.cmpi slt, %v2775, %v88 : i64
        %v2777 = arith.subi %size_L, %v1 : i64
        %v2778 = arith.minsi %v2775, %v2777 : i64
        %v2779 = arith.addi %v2774, %v2778 : i64
        %v2780 = arith.muli %v2772, %v102 : i64
        %v2781 = arith.addi %v2780, %v2503 : i64
        %v2782 = llvm.getelementptr %in_theta[%v2779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2783 = llvm.load %v2782 : !llvm.ptr -> f32
        %v2784 = arith.addi %v2502, %v390 : i64
        %v2785 = arith.constant true
        %v2786 = arith.addi %v1088, %v2784 : i64
        %v2787 = llvm.getelementptr %v6[%v2786] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2788 = llvm.load %v2787 : !llvm.ptr<3> -> i64
        %v2789 = arith.addi %v1601, %v2503 : i64
        %v2790 = arith.cmpi slt, %v2789, %v88 : i64
        %v2791 = arith.subi %size_L, %v1 : i64
        %v2792 = arith.minsi %v2789, %v2791 : i64
        %v2793 = arith.addi %v2788, %v2792 : i64
        %v2794 = arith.muli %v2786, %v102 : i64
        %v2795 = arith.addi %v2794, %v2503 : i64
        %v2796 = llvm.getelementptr %in_theta[%v2793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2797 = llvm.load %v2796 : !llvm.ptr -> f32
        %v2798 = arith.addi %v2502, %v405 : i64
        %v2799 = arith.constant true
        %v2800 = arith.addi %v1088, %v2798 : i64
        %v2801 = llvm.getelementptr %v6[%v2800] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2802 = llvm.load %v2801 : !llvm.ptr<3> -> i64
        %v2803 = arith.addi %v1601, %v2503 : i64
        %v2804 = arith.cmpi slt, %v2803, %v88 : i64
        %v2805 = arith.subi %size_L, %v1 : i64
        %v2806 = arith.minsi %v2803, %v2805 : i64
        %v2807 = arith.addi %v2802, %v2806 : i64
        %v2808 = arith.muli %v2800, %v102 : i64
        %v2809 = arith.addi %v2808, %v2503 : i64
        %v2810 = llvm.getelementptr %in_theta[%v2807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2811 = llvm.load %v2810 : !llvm.ptr -> f32
        %v2812 = arith.addi %v2502, %v420 : i64
        %v2813 = arith.constant true
        %v2814 = arith.addi %v1088, %v2812 : i64
        %v2815 = llvm.getelementptr %v6[%v2814] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2816 = llvm.load %v2815 : !llvm.ptr<3> -> i64
        %v2817 = arith.addi %v1601, %v2503 : i64
        %v2818 = arith.cmpi slt, %v2817, %v88 : i64
        %v2819 = arith.subi %size_L, %v1 : i64
        %v2820 = arith.minsi %v2817, %v2819 : i64
        %v2821 = arith.addi %v2816, %v2820 : i64
        %v2822 = arith.muli %v2814, %v102 : i64
        %v2823 = arith.addi %v2822, %v2503 : i64
        %v2824 = llvm.getelementptr %in_theta[%v2821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2825 = llvm.load %v2824 : !llvm.ptr -> f32
        %v2826 = arith.addi %v2502, %v435 : i64
        %v2827 = arith.constant true
        %v2828 = arith.addi %v1088, %v2826 : i64
        %v2829 = llvm.getelementptr %v6[%v2828] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2830 = llvm.load %v2829 : !llvm.ptr<3> -> i64
        %v2831 = arith.addi %v1601, %v2503 : i64
        %v2832 = arith.cmpi slt, %v2831, %v88 : i64
        %v2833 = arith.subi %size_L, %v1 : i64
        %v2834 = arith.minsi %v2831, %v2833 : i64
        %v2835 = arith.addi %v2830, %v2834 : i64
        %v2836 = arith.muli %v2828, %v102 : i64
        %v2837 = arith.addi %v2836, %v2503 : i64
        %v2838 = llvm.getelementptr %in_theta[%v2835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2839 = llvm.load %v2838 : !llvm.ptr -> f32
        %v2840 = arith.addi %v2502, %v450 : i64
        %v2841 = arith.constant true
        %v2842 = arith.addi %v1088, %v2840 : i64
        %v2843 = llvm.getelementptr %v6[%v2842] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2844 = llvm.load %v2843 : !llvm.ptr<3> -> i64
        %v2845 = arith.addi %v1601, %v2503 : i64
        %v2846 = arith.cmpi slt, %v2845, %v88 : i64
        %v2847 = arith.subi %size_L, %v1 : i64
        %v2848 = arith.minsi %v2845, %v2847 : i64
        %v2849 = arith.addi %v2844, %v2848 : i64
        %v2850 = arith.muli %v2842, %v102 : i64
        %v2851 = arith.addi %v2850, %v2503 : i64
        %v2852 = llvm.getelementptr %in_theta[%v2849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2853 = llvm.load %v2852 : !llvm.ptr -> f32
        %v2854 = arith.addi %v2502, %v465 : i64
        %v2855 = arith.constant true
        %v2856 = arith.addi %v1088, %v2854 : i64
        %v2857 = llvm.getelementptr %v6[%v2856] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2858 = llvm.load %v2857 : !llvm.ptr<3> -> i64
        %v2859 = arith.addi %v1601, %v2503 : i64
        %v2860 = arith.cmpi slt, %v2859, %v88 : i64
        %v2861 = arith.subi %size_L, %v1 : i64
        %v2862 = arith.minsi %v2859, %v2861 : i64
        %v2863 = arith.addi %v2858, %v2862 : i64
        %v2864 = arith.muli %v2856, %v102 : i64
        %v2865 = arith.addi %v2864, %v2503 : i64
        %v2866 = llvm.getelementptr %in_theta[%v2863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2867 = llvm.load %v2866 : !llvm.ptr -> f32
        %v2868 = arith.addi %v2502, %v480 : i64
        %v2869 = arith.constant true
        %v2870 = arith.addi %v1088, %v2868 : i64
        %v2871 = llvm.getelementptr %v6[%v2870] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2872 = llvm.load %v2871 : !llvm.ptr<3> -> i64
        %v2873 = arith.addi %v1601, %v2503 : i64
        %v2874 = arith.cmpi slt, %v2873, %v88 : i64
        %v2875 = arith.subi %size_L, %v1 : i64
        %v2876 = arith.minsi %v2873, %v2875 : i64
        %v2877 = arith.addi %v2872, %v2876 : i64
        %v2878 = arith.muli %v2870, %v102 : i64
        %v2879 = arith.addi %v2878, %v2503 : i64
        %v2880 = llvm.getelementptr %in_theta[%v2877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2881 = llvm.load %v2880 : !llvm.ptr -> f32
        %v2882 = arith.addi %v2502, %v495 : i64
        %v2883 = arith.constant true
        %v2884 = arith.addi %v1088, %v2882 : i64
        %v2885 = llvm.getelementptr %v6[%v2884] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2886 = llvm.load %v2885 : !llvm.ptr<3> -> i64
        %v2887 = arith.addi %v1601, %v2503 : i64
        %v2888 = arith.cmpi slt, %v2887, %v88 : i64
        %v2889 = arith.subi %size_L, %v1 : i64
        %v2890 = arith.minsi %v2887, %v2889 : i64
        %v2891 = arith.addi %v2886, %v2890 : i64
        %v2892 = arith.muli %v2884, %v102 : i64
        %v2893 = arith.addi %v2892, %v2503 : i64
        %v2894 = llvm.getelementptr %in_theta[%v2891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2895 = llvm.load %v2894 : !llvm.ptr -> f32
        %v2896 = arith.addi %v2502, %v510 : i64
        %v2897 = arith.constant true
        %v2898 = arith.addi %v1088, %v2896 : i64
        %v2899 = llvm.getelementptr %v6[%v2898] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2900 = llvm.load %v2899 : !llvm.ptr<3> -> i64
        %v2901 = arith.addi %v1601, %v2503 : i64
        %v2902 = arith.cmpi slt, %v2901, %v88 : i64
        %v2903 = arith.subi %size_L, %v1 : i64
        %v2904 = arith.minsi %v2901, %v2903 : i64
        %v2905 = arith.addi %v2900, %v2904 : i64
        %v2906 = arith.muli %v2898, %v102 : i64
        %v2907 = arith.addi %v2906, %v2503 : i64
        %v2908 = llvm.getelementptr %in_theta[%v2905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2909 = llvm.load %v2908 : !llvm.ptr -> f32
        %v2910 = arith.addi %v2502, %v525 : i64
        %v2911 = arith.constant true
        %v2912 = arith.addi %v1088, %v2910 : i64
        %v2913 = llvm.getelementptr %v6[%v2912] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2914 = llvm.load %v2913 : !llvm.ptr<3> -> i64
        %v2915 = arith.addi %v1601, %v2503 : i64
        %v2916 = arith.cmpi slt, %v2915, %v88 : i64
        %v2917 = arith.subi %size_L, %v1 : i64
        %v2918 = arith.minsi %v2915, %v2917 : i64
        %v2919 = arith.addi %v2914, %v2918 : i64
        %v2920 = arith.muli %v2912, %v102 : i64
        %v2921 = arith.addi %v2920, %v2503 : i64
        %v2922 = llvm.getelementptr %in_theta[%v2919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2923 = llvm.load %v2922 : !llvm.ptr -> f32
        %v2924 = arith.addi %v2502, %v540 : i64
        %v2925 = arith.constant true
        %v2926 = arith.addi %v1088, %v2924 : i64
        %v2927 = llvm.getelementptr %v6[%v2926] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2928 = llvm.load %v2927 : !llvm.ptr<3> -> i64
        %v2929 = arith.addi %v1601, %v2503 : i64
        %v2930 = arith.cmpi slt, %v2929, %v88 : i64
        %v2931 = arith.subi %size_L, %v1 : i64
        %v2932 = arith.minsi %v2929, %v2931 : i64
        %v2933 = arith.addi %v2928, %v2932 : i64
        %v2934 = arith.muli %v2926, %v102 : i64
        %v2935 = arith.addi %v2934, %v2503 : i64
        %v2936 = llvm.getelementptr %in_theta[%v2933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2937 = llvm.load %v2936 : !llvm.ptr -> f32
        %v2938 = arith.addi %v2502, %v555 : i64
        %v2939 = arith.constant true
        %v2940 = arith.addi %v1088, %v2938 : i64
        %v2941 = llvm.getelementptr %v6[%v2940] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2942 = llvm.load %v2941 : !llvm.ptr<3> -> i64
        %v2943 = arith.addi %v1601, %v2503 : i64
        %v2944 = arith.cmpi slt, %v2943, %v88 : i64
        %v2945 = arith.subi %size_L, %v1 : i64
        %v2946 = arith.minsi %v2943, %v2945 : i64
        %v2947 = arith.addi %v2942, %v2946 : i64
        %v2948 = arith.muli %v2940, %v102 : i64
        %v2949 = arith.addi %v2948, %v2503 : i64
        %v2950 = llvm.getelementptr %in_theta[%v2947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2951 = llvm.load %v2950 : !llvm.ptr -> f32
        %v2952 = arith.index_cast %v31 : i64 to index
        %v2953 = arith.index_cast %v1600 : i64 to index
        %v2954 = arith.index_cast %v1 : i64 to index
        scf.for %v2955 = %v2952 to %v2953 step %v2954 {
          %v2956 = arith.index_cast %v2955 : index to i64
          %v2957 = arith.addi %v1571, %v2956 : i64
          %v2959 = arith.muli %v1, %v16 : i64
          %v2960 = arith.addi %v2959, %v14 : i64
          %v2961 = arith.muli %v2960, %v102 : i64
          %v2962 = arith.addi %v2961, %v2956 : i64
          %v2963 = llvm.getelementptr %v7[%v2962] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2964 = llvm.load %v2963 : !llvm.ptr<3> -> f32
          %v2966 = arith.negf %v2964 : f32
          %v2968 = arith.mulf %v2966, %v2967 fastmath<contract> : f32
          %v2969 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2968) : (f32) -> f32
          %v2970 = arith.addf %v2965, %v2969 fastmath<contract> : f32
          %v2971 = arith.divf %v2965, %v2970 : f32
          %v2972 = arith.mulf %v2958, %v2971 fastmath<contract> : f32
          %v2973 = arith.muli %v55, %v16 : i64
          %v2974 = arith.addi %v2973, %v14 : i64
          %v2975 = arith.muli %v2974, %v102 : i64
          %v2976 = arith.addi %v2975, %v2956 : i64
          %v2977 = llvm.getelementptr %v7[%v2976] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2978 = llvm.load %v2977 : !llvm.ptr<3> -> f32
          %v2980 = arith.mulf %v2978, %v2979 fastmath<contract> : f32
          %v2981 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2980) : (f32) -> f32
          %v2984 = arith.mulf %v2981, %v2982 fastmath<contract> : f32
          %v2985 = arith.subf %v2978, %v2984 fastmath<contract> : f32
          %v2986 = arith.mulf %v2981, %v2983 fastmath<contract> : f32
          %v2987 = arith.subf %v2985, %v2986 fastmath<contract> : f32
          %v2988 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2987) : (f32) -> f32
          %v2989 = arith.mulf %v2972, %v2988 fastmath<contract> : f32
          %v2990 = arith.muli %v31, %v16 : i64
          %v2991 = arith.addi %v2990, %v14 : i64
          %v2992 = arith.muli %v2991, %v102 : i64
          %v2993 = arith.addi %v2992, %v2956 : i64
          %v2994 = llvm.getelementptr %v7[%v2993] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2995 = llvm.load %v2994 : !llvm.ptr<3> -> f32
          %v2996 = llvm.load %v4 : !llvm.ptr -> f32
          %v2997 = arith.mulf %v2989, %v2996 fastmath<contract> : f32
          %v2998 = arith.addf %v2997, %v2995 fastmath<contract> : f32
          %v2999 = arith.mulf %v2971, %v2971 fastmath<contract> : f32
          %v3000 = arith.negf %v2999 : f32
          %v3001 = llvm.load %v5 : !llvm.ptr -> f32
          %v3002 = arith.mulf %v3000, %v3001 fastmath<contract> : f32
          %v3003 = arith.addf %v2998, %v3002 fastmath<contract> : f32
          %v3005 = llvm.load %v5 : !llvm.ptr -> f32
          %v3006 = arith.mulf %v3004, %v3005 fastmath<contract> : f32
          %v3007 = arith.addf %v3006, %v3004 fastmath<contract> : f32
          %v3008 = llvm.load %v4 : !llvm.ptr -> f32
          %v3009 = arith.mulf %v2965, %v3008 fastmath<contract> : f32
          %v3010 = arith.addf %v3007, %v3009 fastmath<contract> : f32
          llvm.store %v3003, %v4 : f32, !llvm.ptr
          llvm.store %v3010, %v5 : f32, !llvm.ptr
          %v3011 = llvm.load %v4 : !llvm.ptr -> f32
          %v3012 = arith.muli %v66, %v16 : i64
          %v3013 = arith.addi %v3012, %v14 : i64
          %v3014 = arith.muli %v3013, %v102 : i64
          %v3015 = arith.addi %v3014, %v2956 : i64
          %v3016 = llvm.getelementptr %v7[%v3015] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v3011, %v3016 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v3017 = arith.addi %v31, %v14 : i64
        %v3018 = arith.divui %v3017, %v89 : i64
        %v3019 = arith.remui %v3017, %v89 : i64
        %v3020 = arith.addi %v31, %v3018 : i64
        %v3021 = arith.muli %v3020, %v102 : i64
        %v3022 = arith.addi %v3021, %v3019 : i64
        %v3023 = llvm.getelementptr %v7[%v3022] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1617, %v3023 : f32, !llvm.ptr<3>
        %v3024 = arith.addi %v16, %v14 : i64
        %v3025 = arith.divui %v3024, %v89 : i64
        %v3026 = arith.remui %v3024, %v89 : i64
        %v3027 = arith.addi %v31, %v3025 : i64
        %v3028 = arith.muli %v3027, %v102 : i64
        %v3029 = arith.addi %v3028, %v3026 : i64
        %v3030 = llvm.getelementptr %v7[%v3029] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1631, %v3030 : f32, !llvm.ptr<3>
        %v3031 = arith.addi %v1088, %v14 : i64
        %v3032 = arith.divui %v3031, %v89 : i64
        %v3033 = arith.remui %v3031, %v89 : i64
        %v3034 = arith.addi %v31, %v3032 : i64
        %v3035 = arith.muli %v3034, %v102 : i64
        %v3036 = arith.addi %v3035, %v3033 : i64
        %v3037 = llvm.getelementptr %v7[%v3036] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1645, %v3037 : f32, !llvm.ptr<3>
        %v3039 = arith.addi %v3038, %v14 : i64
        %v3040 = arith.divui %v3039, %v89 : i64
        %v3041 = arith.remui %v3039, %v89 : i64
        %v3042 = arith.addi %v31, %v3040 : i64
        %v3043 = arith.muli %v3042, %v102 : i64
        %v3044 = arith.addi %v3043, %v3041 : i64
        %v3045 = llvm.getelementptr %v7[%v3044] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1659, %v3045 : f32, !llvm.ptr<3>
        %v3046 = arith.addi %v10, %v14 : i64
        %v3047 = arith.divui %v3046, %v89 : i64
        %v3048 = arith.remui %v3046, %v89 : i64
        %v3049 = arith.addi %v31, %v3047 : i64
        %v3050 = arith.muli %v3049, %v102 : i64
        %v3051 = arith.addi %v3050, %v3048 : i64
        %v3052 = llvm.getelementptr %v7[%v3051] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1673, %v3052 : f32, !llvm.ptr<3>
        %v3054 = arith.addi %v3053, %v14 : i64
        %v3055 = arith.divui %v3054, %v89 : i64
        %v3056 = arith.remui %v3054, %v89 : i64
        %v3057 = arith.addi %v31, %v3055 : i64
        %v3058 = arith.muli %v3057, %v102 : i64
        %v3059 = arith.addi %v3058, %v3056 : i64
        %v3060 = llvm.getelementptr %v7[%v3059] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1687, %v3060 : f32, !llvm.ptr<3>
        %v3062 = arith.addi %v3061, %v14 : i64
        %v3063 = arith.divui %v3062, %v89 : i64
        %v3064 = arith.remui %v3062, %v89 : i64
        %v3065 = arith.addi %v31, %v3063 : i64
        %v3066 = arith.muli %v3065, %v102 : i64
        %v3067 = arith.addi %v3066, %v3064 : i64
        %v3068 = llvm.getelementptr %v7[%v3067] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1701, %v3068 : f32, !llvm.ptr<3>
        %v3070 = arith.addi %v3069, %v14 : i64
        %v3071 = arith.divui %v3070, %v89 : i64
        %v3072 = arith.remui %v3070, %v89 : i64
        %v3073 = arith.addi %v31, %v3071 : i64
        %v3074 = arith.muli %v3073, %v102 : i64
        %v3075 = arith.addi %v3074, %v3072 : i64
        %v3076 = llvm.getelementptr %v7[%v3075] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1715, %v3076 : f32, !llvm.ptr<3>
        %v3078 = arith.addi %v3077, %v14 : i64
        %v3079 = arith.divui %v3078, %v89 : i64
        %v3080 = arith.remui %v3078, %v89 : i64
        %v3081 = arith.addi %v31, %v3079 : i64
        %v3082 = arith.muli %v3081, %v102 : i64
        %v3083 = arith.addi %v3082, %v3080 : i64
        %v3084 = llvm.getelementptr %v7[%v3083] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1729, %v3084 : f32, !llvm.ptr<3>
        %v3086 = arith.addi %v3085, %v14 : i64
        %v3087 = arith.divui %v3086, %v89 : i64
        %v3088 = arith.remui %v3086, %v89 : i64
        %v3089 = arith.addi %v31, %v3087 : i64
        %v3090 = arith.muli %v3089, %v102 : i64
        %v3091 = arith.addi %v3090, %v3088 : i64
        %v3092 = llvm.getelementptr %v7[%v3091] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1743, %v3092 : f32, !llvm.ptr<3>
        %v3094 = arith.addi %v3093, %v14 : i64
        %v3095 = arith.divui %v3094, %v89 : i64
        %v3096 = arith.remui %v3094, %v89 : i64
        %v3097 = arith.addi %v31, %v3095 : i64
        %v3098 = arith.muli %v3097, %v102 : i64
        %v3099 = arith.addi %v3098, %v3096 : i64
        %v3100 = llvm.getelementptr %v7[%v3099] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1757, %v3100 : f32, !llvm.ptr<3>
        %v3102 = arith.addi %v3101, %v14 : i64
        %v3103 = arith.divui %v3102, %v89 : i64
        %v3104 = arith.remui %v3102, %v89 : i64
        %v3105 = arith.addi %v31, %v3103 : i64
        %v3106 = arith.muli %v3105, %v102 : i64
        %v3107 = arith.addi %v3106, %v3104 : i64
        %v3108 = llvm.getelementptr %v7[%v3107] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1771, %v3108 : f32, !llvm.ptr<3>
        %v3110 = arith.addi %v3109, %v14 : i64
        %v3111 = arith.divui %v3110, %v89 : i64
        %v3112 = arith.remui %v3110, %v89 : i64
        %v3113 = arith.addi %v31, %v3111 : i64
        %v3114 = arith.muli %v3113, %v102 : i64
        %v3115 = arith.addi %v3114, %v3112 : i64
        %v3116 = llvm.getelementptr %v7[%v3115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1785, %v3116 : f32, !llvm.ptr<3>
        %v3118 = arith.addi %v3117, %v14 : i64
        %v3119 = arith.divui %v3118, %v89 : i64
        %v3120 = arith.remui %v3118, %v89 : i64
        %v3121 = arith.addi %v31, %v3119 : i64
        %v3122 = arith.muli %v3121, %v102 : i64
        %v3123 = arith.addi %v3122, %v3120 : i64
        %v3124 = llvm.getelementptr %v7[%v3123] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1799, %v3124 : f32, !llvm.ptr<3>
        %v3126 = arith.addi %v3125, %v14 : i64
        %v3127 = arith.divui %v3126, %v89 : i64
        %v3128 = arith.remui %v3126, %v89 : i64
        %v3129 = arith.addi %v31, %v3127 : i64
        %v3130 = arith.muli %v3129, %v102 : i64
        %v3131 = arith.addi %v3130, %v3128 : i64
        %v3132 = llvm.getelementptr %v7[%v3131] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1813, %v3132 : f32, !llvm.ptr<3>
        %v3134 = arith.addi %v3133, %v14 : i64
        %v3135 = arith.divui %v3134, %v89 : i64
        %v3136 = arith.remui %v3134, %v89 : i64
        %v3137 = arith.addi %v31, %v3135 : i64
        %v3138 = arith.muli %v3137, %v102 : i64
        %v3139 = arith.addi %v3138, %v3136 : i64
        %v3140 = llvm.getelementptr %v7[%v3139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1827, %v3140 : f32, !llvm.ptr<3>
        %v3142 = arith.addi %v3141, %v14 : i64
        %v3143 = arith.divui %v3142, %v89 : i64
        %v3144 = arith.remui %v3142, %v89 : i64
        %v3145 = arith.addi %v31, %v3143 : i64
        %v3146 = arith.muli %v3145, %v102 : i64
        %v3147 = arith.addi %v3146, %v3144 : i64
        %v3148 = llvm.getelementptr %v7[%v3147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1841, %v3148 : f32, !llvm.ptr<3>
        %v3150 = arith.addi %v3149, %v14 : i64
        %v3151 = arith.divui %v3150, %v89 : i64
        %v3152 = arith.remui %v3150, %v89 : i64
        %v3153 = arith.addi %v31, %v3151 : i64
        %v3154 = arith.muli %v3153, %v102 : i64
        %v3155 = arith.addi %v3154, %v3152 : i64
        %v3156 = llvm.getelementptr %v7[%v3155] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1855, %v3156 : f32, !llvm.ptr<3>
        %v3158 = arith.addi %v3157, %v14 : i64
        %v3159 = arith.divui %v3158, %v89 : i64
        %v3160 = arith.remui %v3158, %v89 : i64
        %v3161 = arith.addi %v31, %v3159 : i64
        %v3162 = arith.muli %v3161, %v102 : i64
        %v3163 = arith.addi %v3162, %v3160 : i64
        %v3164 = llvm.getelementptr %v7[%v3163] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1869, %v3164 : f32, !llvm.ptr<3>
        %v3166 = arith.addi %v3165, %v14 : i64
        %v3167 = arith.divui %v3166, %v89 : i64
        %v3168 = arith.remui %v3166, %v89 : i64
        %v3169 = arith.addi %v31, %v3167 : i64
        %v3170 = arith.muli %v3169, %v102 : i64
        %v3171 = arith.addi %v3170, %v3168 : i64
        %v3172 = llvm.getelementptr %v7[%v3171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1883, %v3172 : f32, !llvm.ptr<3>
        %v3174 = arith.addi %v3173, %v14 : i64
        %v3175 = arith.divui %v3174, %v89 : i64
        %v3176 = arith.remui %v3174, %v89 : i64
        %v3177 = arith.addi %v31, %v3175 : i64
        %v3178 = arith.muli %v3177, %v102 : i64
        %v3179 = arith.addi %v3178, %v3176 : i64
        %v3180 = llvm.getelementptr %v7[%v3179] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1897, %v3180 : f32, !llvm.ptr<3>
        %v3182 = arith.addi %v3181, %v14 : i64
        %v3183 = arith.divui %v3182, %v89 : i64
        %v3184 = arith.remui %v3182, %v89 : i64
        %v3185 = arith.addi %v31, %v3183 : i64
        %v3186 = arith.muli %v3185, %v102 : i64
        %v3187 = arith.addi %v3186, %v3184 : i64
        %v3188 = llvm.getelementptr %v7[%v3187] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1911, %v3188 : f32, !llvm.ptr<3>
        %v3190 = arith.addi %v3189, %v14 : i64
        %v3191 = arith.divui %v3190, %v89 : i64
        %v3192 = arith.remui %v3190, %v89 : i64
        %v3193 = arith.addi %v31, %v3191 : i64
        %v3194 = arith.muli %v3193, %v102 : i64
        %v3195 = arith.addi %v3194, %v3192 : i64
        %v3196 = llvm.getelementptr %v7[%v3195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1925, %v3196 : f32, !llvm.ptr<3>
        %v3198 = arith.addi %v3197, %v14 : i64
        %v3199 = arith.divui %v3198, %v89 : i64
        %v3200 = arith.remui %v3198, %v89 : i64
        %v3201 = arith.addi %v31, %v3199 : i64
        %v3202 = arith.muli %v3201, %v102 : i64
        %v3203 = arith.addi %v3202, %v3200 : i64
        %v3204 = llvm.getelementptr %v7[%v3203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1939, %v3204 : f32, !llvm.ptr<3>
        %v3206 = arith.addi %v3205, %v14 : i64
        %v3207 = arith.divui %v3206, %v89 : i64
        %v3208 = arith.remui %v3206, %v89 : i64
        %v3209 = arith.addi %v31, %v3207 : i64
        %v3210 = arith.muli %v3209, %v102 : i64
        %v3211 = arith.addi %v3210, %v3208 : i64
        %v3212 = llvm.getelementptr %v7[%v3211] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1953, %v3212 : f32, !llvm.ptr<3>
        %v3214 = arith.addi %v3213, %v14 : i64
        %v3215 = arith.divui %v3214, %v89 : i64
        %v3216 = arith.remui %v3214, %v89 : i64
        %v3217 = arith.addi %v31, %v3215 : i64
        %v3218 = arith.muli %v3217, %v102 : i64
        %v3219 = arith.addi %v3218, %v3216 : i64
        %v3220 = llvm.getelementptr %v7[%v3219] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1967, %v3220 : f32, !llvm.ptr<3>
        %v3222 = arith.addi %v3221, %v14 : i64
        %v3223 = arith.divui %v3222, %v89 : i64
        %v3224 = arith.remui %v3222, %v89 : i64
        %v3225 = arith.addi %v31, %v3223 : i64
        %v3226 = arith.muli %v3225, %v102 : i64
        %v3227 = arith.addi %v3226, %v3224 : i64
        %v3228 = llvm.getelementptr %v7[%v3227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1981, %v3228 : f32, !llvm.ptr<3>
        %v3230 = arith.addi %v3229, %v14 : i64
        %v3231 = arith.divui %v3230, %v89 : i64
        %v3232 = arith.remui %v3230, %v89 : i64
        %v3233 = arith.addi %v31, %v3231 : i64
        %v3234 = arith.muli %v3233, %v102 : i64
        %v3235 = arith.addi %v3234, %v3232 : i64
        %v3236 = llvm.getelementptr %v7[%v3235] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1995, %v3236 : f32, !llvm.ptr<3>
        %v3238 = arith.addi %v3237, %v14 : i64
        %v3239 = arith.divui %v3238, %v89 : i64
        %v3240 = arith.remui %v3238, %v89 : i64
        %v3241 = arith.addi %v31, %v3239 : i64
        %v3242 = arith.muli %v3241, %v102 : i64
        %v3243 = arith.addi %v3242, %v3240 : i64
        %v3244 = llvm.getelementptr %v7[%v3243] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2009, %v3244 : f32, !llvm.ptr<3>
        %v3246 = arith.addi %v3245, %v14 : i64
        %v3247 = arith.divui %v3246, %v89 : i64
        %v3248 = arith.remui %v3246, %v89 : i64
        %v3249 = arith.addi %v31, %v3247 : i64
        %v3250 = arith.muli %v3249, %v102 : i64
        %v3251 = arith.addi %v3250, %v3248 : i64
        %v3252 = llvm.getelementptr %v7[%v3251] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2023, %v3252 : f32, !llvm.ptr<3>
        %v3254 = arith.addi %v3253, %v14 : i64
        %v3255 = arith.divui %v3254, %v89 : i64
        %v3256 = arith.remui %v3254, %v89 : i64
        %v3257 = arith.addi %v31, %v3255 : i64
        %v3258 = arith.muli %v3257, %v102 : i64
        %v3259 = arith.addi %v3258, %v3256 : i64
        %v3260 = llvm.getelementptr %v7[%v3259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2037, %v3260 : f32, !llvm.ptr<3>
        %v3262 = arith.addi %v3261, %v14 : i64
        %v3263 = arith.divui %v3262, %v89 : i64
        %v3264 = arith.remui %v3262, %v89 : i64
        %v3265 = arith.addi %v31, %v3263 : i64
        %v3266 = arith.muli %v3265, %v102 : i64
        %v3267 = arith.addi %v3266, %v3264 : i64
        %v3268 = llvm.getelementptr %v7[%v3267] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2051, %v3268 : f32, !llvm.ptr<3>
        %v3269 = arith.addi %v31, %v14 : i64
        %v3270 = arith.divui %v3269, %v89 : i64
        %v3271 = arith.remui %v3269, %v89 : i64
        %v3272 = arith.addi %v16, %v3270 : i64
        %v3273 = arith.muli %v3272, %v102 : i64
        %v3274 = arith.addi %v3273, %v3271 : i64
        %v3275 = llvm.getelementptr %v7[%v3274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2067, %v3275 : f32, !llvm.ptr<3>
        %v3276 = arith.addi %v16, %v14 : i64
        %v3277 = arith.divui %v3276, %v89 : i64
        %v3278 = arith.remui %v3276, %v89 : i64
        %v3279 = arith.addi %v16, %v3277 : i64
        %v3280 = arith.muli %v3279, %v102 : i64
        %v3281 = arith.addi %v3280, %v3278 : i64
        %v3282 = llvm.getelementptr %v7[%v3281] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2081, %v3282 : f32, !llvm.ptr<3>
        %v3283 = arith.addi %v1088, %v14 : i64
        %v3284 = arith.divui %v3283, %v89 : i64
        %v3285 = arith.remui %v3283, %v89 : i64
        %v3286 = arith.addi %v16, %v3284 : i64
        %v3287 = arith.muli %v3286, %v102 : i64
        %v3288 = arith.addi %v3287, %v3285 : i64
        %v3289 = llvm.getelementptr %v7[%v3288] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2095, %v3289 : f32, !llvm.ptr<3>
        %v3290 = arith.addi %v3038, %v14 : i64
        %v3291 = arith.divui %v3290, %v89 : i64
        %v3292 = arith.remui %v3290, %v89 : i64
        %v3293 = arith.addi %v16, %v3291 : i64
        %v3294 = arith.muli %v3293, %v102 : i64
        %v3295 = arith.addi %v3294, %v3292 : i64
        %v3296 = llvm.getelementptr %v7[%v3295] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2109, %v3296 : f32, !llvm.ptr<3>
        %v3297 = arith.addi %v10, %v14 : i64
        %v3298 = arith.divui %v3297, %v89 : i64
        %v3299 = arith.remui %v3297, %v89 : i64
        %v3300 = arith.addi %v16, %v3298 : i64
        %v3301 = arith.muli %v3300, %v102 : i64
        %v3302 = arith.addi %v3301, %v3299 : i64
        %v3303 = llvm.getelementptr %v7[%v3302] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2123, %v3303 : f32, !llvm.ptr<3>
        %v3304 = arith.addi %v3053, %v14 : i64
        %v3305 = arith.divui %v3304, %v89 : i64
        %v3306 = arith.remui %v3304, %v89 : i64
        %v3307 = arith.addi %v16, %v3305 : i64
        %v3308 = arith.muli %v3307, %v102 : i64
        %v3309 = arith.addi %v3308, %v3306 : i64
        %v3310 = llvm.getelementptr %v7[%v3309] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2137, %v3310 : f32, !llvm.ptr<3>
        %v3311 = arith.addi %v3061, %v14 : i64
        %v3312 = arith.divui %v3311, %v89 : i64
        %v3313 = arith.remui %v3311, %v89 : i64
        %v3314 = arith.addi %v16, %v3312 : i64
        %v3315 = arith.muli %v3314, %v102 : i64
        %v3316 = arith.addi %v3315, %v3313 : i64
        %v3317 = llvm.getelementptr %v7[%v3316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2151, %v3317 : f32, !llvm.ptr<3>
        %v3318 = arith.addi %v3069, %v14 : i64
        %v3319 = arith.divui %v3318, %v89 : i64
        %v3320 = arith.remui %v3318, %v89 : i64
        %v3321 = arith.addi %v16, %v3319 : i64
        %v3322 = arith.muli %v3321, %v102 : i64
        %v3323 = arith.addi %v3322, %v3320 : i64
        %v3324 = llvm.getelementptr %v7[%v3323] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2165, %v3324 : f32, !llvm.ptr<3>
        %v3325 = arith.addi %v3077, %v14 : i64
        %v3326 = arith.divui %v3325, %v89 : i64
        %v3327 = arith.remui %v3325, %v89 : i64
        %v3328 = arith.addi %v16, %v3326 : i64
        %v3329 = arith.muli %v3328, %v102 : i64
        %v3330 = arith.addi %v3329, %v3327 : i64
        %v3331 = llvm.getelementptr %v7[%v3330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2179, %v3331 : f32, !llvm.ptr<3>
        %v3332 = arith.addi %v3085, %v14 : i64
        %v3333 = arith.divui %v3332, %v89 : i64
        %v3334 = arith.remui %v3332, %v89 : i64
        %v3335 = arith.addi %v16, %v3333 : i64
        %v3336 = arith.muli %v3335, %v102 : i64
        %v3337 = arith.addi %v3336, %v3334 : i64
        %v3338 = llvm.getelementptr %v7[%v3337] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2193, %v3338 : f32, !llvm.ptr<3>
        %v3339 = arith.addi %v3093, %v14 : i64
        %v3340 = arith.divui %v3339, %v89 : i64
        %v3341 = arith.remui %v3339, %v89 : i64
        %v3342 = arith.addi %v16, %v3340 : i64
        %v3343 = arith.muli %v3342, %v102 : i64
        %v3344 = arith.addi %v3343, %v3341 : i64
        %v3345 = llvm.getelementptr %v7[%v3344] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2207, %v3345 : f32, !llvm.ptr<3>
        %v3346 = arith.addi %v3101, %v14 : i64
        %v3347 = arith.divui %v3346, %v89 : i64
        %v3348 = arith.remui %v3346, %v89 : i64
        %v3349 = arith.addi %v16, %v3347 : i64
        %v3350 = arith.muli %v3349, %v102 : i64
        %v3351 = arith.addi %v3350, %v3348 : i64
        %v3352 = llvm.getelementptr %v7[%v3351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2221, %v3352 : f32, !llvm.ptr<3>
        %v3353 = arith.addi %v3109, %v14 : i64
        %v3354 = arith.divui %v3353, %v89 : i64
        %v3355 = arith.remui %v3353, %v89 : i64
        %v3356 = arith.addi %v16, %v3354 : i64
        %v3357 = arith.muli %v3356, %v102 : i64
        %v3358 = arith.addi %v3357, %v3355 : i64
        %v3359 = llvm.getelementptr %v7[%v3358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2235, %v3359 : f32, !llvm.ptr<3>
        %v3360 = arith.addi %v3117, %v14 : i64
        %v3361 = arith.divui %v3360, %v89 : i64
        %v3362 = arith.remui %v3360, %v89 : i64
        %v3363 = arith.addi %v16, %v3361 : i64
        %v3364 = arith.muli %v3363, %v102 : i64
        %v3365 = arith.addi %v3364, %v3362 : i64
        %v3366 = llvm.getelementptr %v7[%v3365] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2249, %v3366 : f32, !llvm.ptr<3>
        %v3367 = arith.addi %v3125, %v14 : i64
        %v3368 = arith.divui %v3367, %v89 : i64
        %v3369 = arith.remui %v3367, %v89 : i64
        %v3370 = arith.addi %v16, %v3368 : i64
        %v3371 = arith.muli %v3370, %v102 : i64
        %v3372 = arith.addi %v3371, %v3369 : i64
        %v3373 = llvm.getelementptr %v7[%v3372] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2263, %v3373 : f32, !llvm.ptr<3>
        %v3374 = arith.addi %v3133, %v14 : i64
        %v3375 = arith.divui %v3374, %v89 : i64
        %v3376 = arith.remui %v3374, %v89 : i64
        %v3377 = arith.addi %v16, %v3375 : i64
        %v3378 = arith.muli %v3377, %v102 : i64
        %v3379 = arith.addi %v3378, %v3376 : i64
        %v3380 = llvm.getelementptr %v7[%v3379] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2277, %v3380 : f32, !llvm.ptr<3>
        %v3381 = arith.addi %v3141, %v14 : i64
        %v3382 = arith.divui %v3381, %v89 : i64
        %v3383 = arith.remui %v3381, %v89 : i64
        %v3384 = arith.addi %v16, %v3382 : i64
        %v3385 = arith.muli %v3384, %v102 : i64
        %v3386 = arith.addi %v3385, %v3383 : i64
        %v3387 = llvm.getelementptr %v7[%v3386] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2291, %v3387 : f32, !llvm.ptr<3>
        %v3388 = arith.addi %v3149, %v14 : i64
        %v3389 = arith.divui %v3388, %v89 : i64
        %v3390 = arith.remui %v3388, %v89 : i64
        %v3391 = arith.addi %v16, %v3389 : i64
        %v3392 = arith.muli %v3391, %v102 : i64
        %v3393 = arith.addi %v3392, %v3390 : i64
        %v3394 = llvm.getelementptr %v7[%v3393] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2305, %v3394 : f32, !llvm.ptr<3>
        %v3395 = arith.addi %v3157, %v14 : i64
        %v3396 = arith.divui %v3395, %v89 : i64
        %v3397 = arith.remui %v3395, %v89 : i64
        %v3398 = arith.addi %v16, %v3396 : i64
        %v3399 = arith.muli %v3398, %v102 : i64
        %v3400 = arith.addi %v3399, %v3397 : i64
        %v3401 = llvm.getelementptr %v7[%v3400] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2319, %v3401 : f32, !llvm.ptr<3>
        %v3402 = arith.addi %v3165, %v14 : i64
        %v3403 = arith.divui %v3402, %v89 : i64
        %v3404 = arith.remui %v3402, %v89 : i64
        %v3405 = arith.addi %v16, %v3403 : i64
        %v3406 = arith.muli %v3405, %v102 : i64
        %v3407 = arith.addi %v3406, %v3404 : i64
        %v3408 = llvm.getelementptr %v7[%v3407] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2333, %v3408 : f32, !llvm.ptr<3>
        %v3409 = arith.addi %v3173, %v14 : i64
        %v3410 = arith.divui %v3409, %v89 : i64
        %v3411 = arith.remui %v3409, %v89 : i64
        %v3412 = arith.addi %v16, %v3410 : i64
        %v3413 = arith.muli %v3412, %v102 : i64
        %v3414 = arith.addi %v3413, %v3411 : i64
        %v3415 = llvm.getelementptr %v7[%v3414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2347, %v3415 : f32, !llvm.ptr<3>
        %v3416 = arith.addi %v3181, %v14 : i64
        %v3417 = arith.divui %v3416, %v89 : i64
        %v3418 = arith.remui %v3416, %v89 : i64
        %v3419 = arith.addi %v16, %v3417 : i64
        %v3420 = arith.muli %v3419, %v102 : i64
        %v3421 = arith.addi %v3420, %v3418 : i64
        %v3422 = llvm.getelementptr %v7[%v3421] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2361, %v3422 : f32, !llvm.ptr<3>
        %v3423 = arith.addi %v3189, %v14 : i64
        %v3424 = arith.divui %v3423, %v89 : i64
        %v3425 = arith.remui %v3423, %v89 : i64
        %v3426 = arith.addi %v16, %v3424 : i64
        %v3427 = arith.muli %v3426, %v102 : i64
        %v3428 = arith.addi %v3427, %v3425 : i64
        %v3429 = llvm.getelementptr %v7[%v3428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2375, %v3429 : f32, !llvm.ptr<3>
        %v3430 = arith.addi %v3197, %v14 : i64
        %v3431 = arith.divui %v3430, %v89 : i64
        %v3432 = arith.remui %v3430, %v89 : i64
        %v3433 = arith.addi %v16, %v3431 : i64
        %v3434 = arith.muli %v3433, %v102 : i64
        %v3435 = arith.addi %v3434, %v3432 : i64
        %v3436 = llvm.getelementptr %v7[%v3435] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2389, %v3436 : f32, !llvm.ptr<3>
        %v3437 = arith.addi %v3205, %v14 : i64
        %v3438 = arith.divui %v3437, %v89 : i64
        %v3439 = arith.remui %v3437, %v89 : i64
        %v3440 = arith.addi %v16, %v3438 : i64
        %v3441 = arith.muli %v3440, %v102 : i64
        %v3442 = arith.addi %v3441, %v3439 : i64
        %v3443 = llvm.getelementptr %v7[%v3442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2403, %v3443 : f32, !llvm.ptr<3>
        %v3444 = arith.addi %v3213, %v14 : i64
        %v3445 = arith.divui %v3444, %v89 : i64
        %v3446 = arith.remui %v3444, %v89 : i64
        %v3447 = arith.addi %v16, %v3445 : i64
        %v3448 = arith.muli %v3447, %v102 : i64
        %v3449 = arith.addi %v3448, %v3446 : i64
        %v3450 = llvm.getelementptr %v7[%v3449] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2417, %v3450 : f32, !llvm.ptr<3>
        %v3451 = arith.addi %v3221, %v14 : i64
        %v3452 = arith.divui %v3451, %v89 : i64
        %v3453 = arith.remui %v3451, %v89 : i64
        %v3454 = arith.addi %v16, %v3452 : i64
        %v3455 = arith.muli %v3454, %v102 : i64
        %v3456 = arith.addi %v3455, %v3453 : i64
        %v3457 = llvm.getelementptr %v7[%v3456] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2431, %v3457 : f32, !llvm.ptr<3>
        %v3458 = arith.addi %v3229, %v14 : i64
        %v3459 = arith.divui %v3458, %v89 : i64
        %v3460 = arith.remui %v3458, %v89 : i64
        %v3461 = arith.addi %v16, %v3459 : i64
        %v3462 = arith.muli %v3461, %v102 : i64
        %v3463 = arith.addi %v3462, %v3460 : i64
        %v3464 = llvm.getelementptr %v7[%v3463] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2445, %v3464 : f32, !llvm.ptr<3>
        %v3465 = arith.addi %v3237, %v14 : i64
        %v3466 = arith.divui %v3465, %v89 : i64
        %v3467 = arith.remui %v3465, %v89 : i64
        %v3468 = arith.addi %v16, %v3466 : i64
        %v3469 = arith.muli %v3468, %v102 : i64
        %v3470 = arith.addi %v3469, %v3467 : i64
        %v3471 = llvm.getelementptr %v7[%v3470] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2459, %v3471 : f32, !llvm.ptr<3>
        %v3472 = arith.addi %v3245, %v14 : i64
        %v3473 = arith.divui %v3472, %v89 : i64
        %v3474 = arith.remui %v3472, %v89 : i64
        %v3475 = arith.addi %v16, %v3473 : i64
        %v3476 = arith.muli %v3475, %v102 : i64
        %v3477 = arith.addi %v3476, %v3474 : i64
        %v3478 = llvm.getelementptr %v7[%v3477] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2473, %v3478 : f32, !llvm.ptr<3>
        %v3479 = arith.addi %v3253, %v14 : i64
        %v3480 = arith.divui %v3479, %v89 : i64
        %v3481 = arith.remui %v3479, %v89 : i64
        %v3482 = arith.addi %v16, %v3480 : i64
        %v3483 = arith.muli %v3482, %v102 : i64
        %v3484 = arith.addi %v3483, %v3481 : i64
        %v3485 = llvm.getelementptr %v7[%v3484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2487, %v3485 : f32, !llvm.ptr<3>
        %v3486 = arith.addi %v3261, %v14 : i64
        %v3487 = arith.divui %v3486, %v89 : i64
        %v3488 = arith.remui %v3486, %v89 : i64
        %v3489 = arith.addi %v16, %v3487 : i64
        %v3490 = arith.muli %v3489, %v102 : i64
        %v3491 = arith.addi %v3490, %v3488 : i64
        %v3492 = llvm.getelementptr %v7[%v3491] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2501, %v3492 : f32, !llvm.ptr<3>
        %v3493 = arith.addi %v31, %v14 : i64
        %v3494 = arith.divui %v3493, %v89 : i64
        %v3495 = arith.remui %v3493, %v89 : i64
        %v3496 = arith.addi %v1088, %v3494 : i64
        %v3497 = arith.muli %v3496, %v102 : i64
        %v3498 = arith.addi %v3497, %v3495 : i64
        %v3499 = llvm.getelementptr %v7[%v3498] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2517, %v3499 : f32, !llvm.ptr<3>
        %v3500 = arith.addi %v16, %v14 : i64
        %v3501 = arith.divui %v3500, %v89 : i64
        %v3502 = arith.remui %v3500, %v89 : i64
        %v3503 = arith.addi %v1088, %v3501 : i64
        %v3504 = arith.muli %v3503, %v102 : i64
        %v3505 = arith.addi %v3504, %v3502 : i64
        %v3506 = llvm.getelementptr %v7[%v3505] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2531, %v3506 : f32, !llvm.ptr<3>
        %v3507 = arith.addi %v1088, %v14 : i64
        %v3508 = arith.divui %v3507, %v89 : i64
        %v3509 = arith.remui %v3507, %v89 : i64
        %v3510 = arith.addi %v1088, %v3508 : i64
        %v3511 = arith.muli %v3510, %v102 : i64
        %v3512 = arith.addi %v3511, %v3509 : i64
        %v3513 = llvm.getelementptr %v7[%v3512] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2545, %v3513 : f32, !llvm.ptr<3>
        %v3514 = arith.addi %v3038, %v14 : i64
        %v3515 = arith.divui %v3514, %v89 : i64
        %v3516 = arith.remui %v3514, %v89 : i64
        %v3517 = arith.addi %v1088, %v3515 : i64
        %v3518 = arith.muli %v3517, %v102 : i64
        %v3519 = arith.addi %v3518, %v3516 : i64
        %v3520 = llvm.getelementptr %v7[%v3519] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2559, %v3520 : f32, !llvm.ptr<3>
        %v3521 = arith.addi %v10, %v14 : i64
        %v3522 = arith.divui %v3521, %v89 : i64
        %v3523 = arith.remui %v3521, %v89 : i64
        %v3524 = arith.addi %v1088, %v3522 : i64
        %v3525 = arith.muli %v3524, %v102 : i64
        %v3526 = arith.addi %v3525, %v3523 : i64
        %v3527 = llvm.getelementptr %v7[%v3526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2573, %v3527 : f32, !llvm.ptr<3>
        %v3528 = arith.addi %v3053, %v14 : i64
        %v3529 = arith.divui %v3528, %v89 : i64
        %v3530 = arith.remui %v3528, %v89 : i64
        %v3531 = arith.addi %v1088, %v3529 : i64
        %v3532 = arith.muli %v3531, %v102 : i64
        %v3533 = arith.addi %v3532, %v3530 : i64
        %v3534 = llvm.getelementptr %v7[%v3533] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2587, %v3534 : f32, !llvm.ptr<3>
        %v3535 = arith.addi %v3061, %v14 : i64
        %v3536 = arith.divui %v3535, %v89 : i64
        %v3537 = arith.remui %v3535, %v89 : i64
        %v3538 = arith.addi %v1088, %v3536 : i64
        %v3539 = arith.muli %v3538, %v102 : i64
        %v3540 = arith.addi %v3539, %v3537 : i64
        %v3541 = llvm.getelementptr %v7[%v3540] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2601, %v3541 : f32, !llvm.ptr<3>
        %v3542 = arith.addi %v3069, %v14 : i64
        %v3543 = arith.divui %v3542, %v89 : i64
        %v3544 = arith.remui %v3542, %v89 : i64
        %v3545 = arith.addi %v1088, %v3543 : i64
        %v3546 = arith.muli %v3545, %v102 : i64
        %v3547 = arith.addi %v3546, %v3544 : i64
        %v3548 = llvm.getelementptr %v7[%v3547] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2615, %v3548 : f32, !llvm.ptr<3>
        %v3549 = arith.addi %v3077, %v14 : i64
        %v3550 = arith.divui %v3549, %v89 : i64
        %v3551 = arith.remui %v3549, %v89 : i64
        %v3552 = arith.addi %v1088, %v3550 : i64
        %v3553 = arith.muli %v3552, %v102 : i64
        %v3554 = arith.addi %v3553, %v3551 : i64
        %v3555 = llvm.getelementptr %v7[%v3554] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2629, %v3555 : f32, !llvm.ptr<3>
        %v3556 = arith.addi %v3085, %v14 : i64
        %v3557 = arith.divui %v3556, %v89 : i64
        %v3558 = arith.remui %v3556, %v89 : i64
        %v3559 = arith.addi %v1088, %v3557 : i64
        %v3560 = arith.muli %v3559, %v102 : i64
        %v3561 = arith.addi %v3560, %v3558 : i64
        %v3562 = llvm.getelementptr %v7[%v3561] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2643, %v3562 : f32, !llvm.ptr<3>
        %v3563 = arith.addi %v3093, %v14 : i64
        %v3564 = arith.divui %v3563, %v89 : i64
        %v3565 = arith.remui %v3563, %v89 : i64
        %v3566 = arith.addi %v1088, %v3564 : i64
        %v3567 = arith.muli %v3566, %v102 : i64
        %v3568 = arith.addi %v3567, %v3565 : i64
        %v3569 = llvm.getelementptr %v7[%v3568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2657, %v3569 : f32, !llvm.ptr<3>
        %v3570 = arith.addi %v3101, %v14 : i64
        %v3571 = arith.divui %v3570, %v89 : i64
        %v3572 = arith.remui %v3570, %v89 : i64
        %v3573 = arith.addi %v1088, %v3571 : i64
        %v3574 = arith.muli %v3573, %v102 : i64
        %v3575 = arith.addi %v3574, %v3572 : i64
        %v3576 = llvm.getelementptr %v7[%v3575] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2671, %v3576 : f32, !llvm.ptr<3>
        %v3577 = arith.addi %v3109, %v14 : i64
        %v3578 = arith.divui %v3577, %v89 : i64
        %v3579 = arith.remui %v3577, %v89 : i64
        %v3580 = arith.addi %v1088, %v3578 : i64
        %v3581 = arith.muli %v3580, %v102 : i64
        %v3582 = arith.addi %v3581, %v3579 : i64
        %v3583 = llvm.getelementptr %v7[%v3582] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2685, %v3583 : f32, !llvm.ptr<3>
        %v3584 = arith.addi %v3117, %v14 : i64
        %v3585 = arith.divui %v3584, %v89 : i64
        %v3586 = arith.remui %v3584, %v89 : i64
        %v3587 = arith.addi %v1088, %v3585 : i64
        %v3588 = arith.muli %v3587, %v102 : i64
        %v3589 = arith.addi %v3588, %v3586 : i64
        %v3590 = llvm.getelementptr %v7[%v3589] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2699, %v3590 : f32, !llvm.ptr<3>
        %v3591 = arith.addi %v3125, %v14 : i64
        %v3592 = arith.divui %v3591, %v89 : i64
        %v3593 = arith.remui %v3591, %v89 : i64
        %v3594 = arith.addi %v1088, %v3592 : i64
        %v3595 = arith.muli %v3594, %v102 : i64
        %v3596 = arith.addi %v3595, %v3593 : i64
        %v3597 = llvm.getelementptr %v7[%v3596] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2713, %v3597 : f32, !llvm.ptr<3>
        %v3598 = arith.addi %v3133, %v14 : i64
        %v3599 = arith.divui %v3598, %v89 : i64
        %v3600 = arith.remui %v3598, %v89 : i64
        %v3601 = arith.addi %v1088, %v3599 : i64
        %v3602 = arith.muli %v3601, %v102 : i64
        %v3603 = arith.addi %v3602, %v3600 : i64
        %v3604 = llvm.getelementptr %v7[%v3603] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2727, %v3604 : f32, !llvm.ptr<3>
        %v3605 = arith.addi %v3141, %v14 : i64
        %v3606 = arith.divui %v3605, %v89 : i64
        %v3607 = arith.remui %v3605, %v89 : i64
        %v3608 = arith.addi %v1088, %v3606 : i64
        %v3609 = arith.muli %v3608, %v102 : i64
        %v3610 = arith.addi %v3609, %v3607 : i64
        %v3611 = llvm.getelementptr %v7[%v3610] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2741, %v3611 : f32, !llvm.ptr<3>
        %v3612 = arith.addi %v3149, %v14 : i64
        %v3613 = arith.divui %v3612, %v89 : i64
        %v3614 = arith.remui %v3612, %v89 : i64
        %v3615 = arith.addi %v1088, %v3613 : i64
        %v3616 = arith.muli %v3615, %v102 : i64
        %v3617 = arith.addi %v3616, %v3614 : i64
        %v3618 = llvm.getelementptr %v7[%v3617] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2755, %v3618 : f32, !llvm.ptr<3>
        %v3619 = arith.addi %v3157, %v14 : i64
        %v3620 = arith.divui %v3619, %v89 : i64
        %v3621 = arith.remui %v3619, %v89 : i64
        %v3622 = arith.addi %v1088, %v3620 : i64
        %v3623 = arith.muli %v3622, %v102 : i64
        %v3624 = arith.addi %v3623, %v3621 : i64
        %v3625 = llvm.getelementptr %v7[%v3624] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2769, %v3625 : f32, !llvm.ptr<3>
        %v3626 = arith.addi %v3165, %v14 : i64
        %v3627 = arith.divui %v3626, %v89 : i64
        %v3628 = arith.remui %v3626, %v89 : i64
        %v3629 = arith.addi %v1088, %v3627 : i64
        %v3630 = arith.muli %v3629, %v102 : i64
        %v3631 = arith.addi %v3630, %v3628 : i64
        %v3632 = llvm.getelementptr %v7[%v3631] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2783, %v3632 : f32, !llvm.ptr<3>
        %v3633 = arith.addi %v3173, %v14 : i64
        %v3634 = arith.divui %v3633, %v89 : i64
        %v3635 = arith.remui %v3633, %v89 : i64
        %v3636 = arith.addi %v1088, %v3634 : i64
        %v3637 = arith.muli %v3636, %v102 : i64
        %v3638 = arith.addi %v3637, %v3635 : i64
        %v3639 = llvm.getelementptr %v7[%v3638] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2797, %v3639 : f32, !llvm.ptr<3>
        %v3640 = arith.addi %v3181, %v14 : i64
        %v3641 = arith.divui %v3640, %v89 : i64
        %v3642 = arith.remui %v3640, %v89 : i64
        %v3643 = arith.addi %v1088, %v3641 : i64
        %v3644 = arith.muli %v3643, %v102 : i64
        %v3645 = arith.addi %v3644, %v3642 : i64
        %v3646 = llvm.getelementptr %v7[%v3645] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2811, %v3646 : f32, !llvm.ptr<3>
        %v3647 = arith.addi %v3189, %v14 : i64
        %v3648 = arith.divui %v3647, %v89 : i64
        %v3649 = arith.remui %v3647, %v89 : i64
        %v3650 = arith.addi %v1088, %v3648 : i64
        %v3651 = arith.muli %v3650, %v102 : i64
        %v3652 = arith.addi %v3651, %v3649 : i64
        %v3653 = llvm.getelementptr %v7[%v3652] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2825, %v3653 : f32, !llvm.ptr<3>
        %v3654 = arith.addi %v3197, %v14 : i64
        %v3655 = arith.divui %v3654, %v89 : i64
        %v3656 = arith.remui %v3654, %v89 : i64
        %v3657 = arith.addi %v1088, %v3655 : i64
        %v3658 = arith.muli %v3657, %v102 : i64
        %v3659 = arith.addi %v3658, %v3656 : i64
        %v3660 = llvm.getelementptr %v7[%v3659] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2839, %v3660 : f32, !llvm.ptr<3>
        %v3661 = arith.addi %v3205, %v14 : i64
        %v3662 = arith.divui %v3661, %v89 : i64
        %v3663 = arith.remui %v3661, %v89 : i64
        %v3664 = arith.addi %v1088, %v3662 : i64
        %v3665 = arith.muli %v3664, %v102 : i64
        %v3666 = arith.addi %v3665, %v3663 : i64
        %v3667 = llvm.getelementptr %v7[%v3666] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2853, %v3667 : f32, !llvm.ptr<3>
        %v3668 = arith.addi %v3213, %v14 : i64
        %v3669 = arith.divui %v3668, %v89 : i64
        %v3670 = arith.remui %v3668, %v89 : i64
        %v3671 = arith.addi %v1088, %v3669 : i64
        %v3672 = arith.muli %v3671, %v102 : i64
        %v3673 = arith.addi %v3672, %v3670 : i64
        %v3674 = llvm.getelementptr %v7[%v3673] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2867, %v3674 : f32, !llvm.ptr<3>
        %v3675 = arith.addi %v3221, %v14 : i64
        %v3676 = arith.divui %v3675, %v89 : i64
        %v3677 = arith.remui %v3675, %v89 : i64
        %v3678 = arith.addi %v1088, %v3676 : i64
        %v3679 = arith.muli %v3678, %v102 : i64
        %v3680 = arith.addi %v3679, %v3677 : i64
        %v3681 = llvm.getelementptr %v7[%v3680] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2881, %v3681 : f32, !llvm.ptr<3>
        %v3682 = arith.addi %v3229, %v14 : i64
        %v3683 = arith.divui %v3682, %v89 : i64
        %v3684 = arith.remui %v3682, %v89 : i64
        %v3685 = arith.addi %v1088, %v3683 : i64
        %v3686 = arith.muli %v3685, %v102 : i64
        %v3687 = arith.addi %v3686, %v3684 : i64
        %v3688 = llvm.getelementptr %v7[%v3687] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2895, %v3688 : f32, !llvm.ptr<3>
        %v3689 = arith.addi %v3237, %v14 : i64
        %v3690 = arith.divui %v3689, %v89 : i64
        %v3691 = arith.remui %v3689, %v89 : i64
        %v3692 = arith.addi %v1088, %v3690 : i64
        %v3693 = arith.muli %v3692, %v102 : i64
        %v3694 = arith.addi %v3693, %v3691 : i64
        %v3695 = llvm.getelementptr %v7[%v3694] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2909, %v3695 : f32, !llvm.ptr<3>
        %v3696 = arith.addi %v3245, %v14 : i64
        %v3697 = arith.divui %v3696, %v89 : i64
        %v3698 = arith.remui %v3696, %v89 : i64
        %v3699 = arith.addi %v1088, %v3697 : i64
        %v3700 = arith.muli %v3699, %v102 : i64
        %v3701 = arith.addi %v3700, %v3698 : i64
        %v3702 = llvm.getelementptr %v7[%v3701] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2923, %v3702 : f32, !llvm.ptr<3>
        %v3703 = arith.addi %v3253, %v14 : i64
        %v3704 = arith.divui %v3703, %v89 : i64
        %v3705 = arith.remui %v3703, %v89 : i64
        %v3706 = arith.addi %v1088, %v3704 : i64
        %v3707 = arith.muli %v3706, %v102 : i64
        %v3708 = arith.addi %v3707, %v3705 : i64
        %v3709 = llvm.getelementptr %v7[%v3708] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2937, %v3709 : f32, !llvm.ptr<3>
        %v3710 = arith.addi %v3261, %v14 : i64
        %v3711 = arith.divui %v3710, %v89 : i64
        %v3712 = arith.remui %v3710, %v89 : i64
        %v3713 = arith.addi %v1088, %v3711 : i64
        %v3714 = arith.muli %v3713, %v102 : i64
        %v3715 = arith.addi %v3714, %v3712 : i64
        %v3716 = llvm.getelementptr %v7[%v3715] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2951, %v3716 : f32, !llvm.ptr<3>
        %v3717 = arith.divui %v14, %v89 : i64
        %v3718 = arith.remui %v14, %v89 : i64
        %v3719 = arith.addi %v3717, %v31 : i64
        %v3720 = arith.constant true
        %v3721 = arith.addi %v3038, %v3719 : i64
        %v3722 = llvm.getelementptr %v6[%v3721] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3723 = llvm.load %v3722 : !llvm.ptr<3> -> i64
        %v3724 = arith.addi %v1571, %v3718 : i64
        %v3725 = arith.cmpi slt, %v3724, %v88 : i64
        %v3726 = arith.subi %size_L, %v1 : i64
        %v3727 = arith.minsi %v3724, %v3726 : i64
        %v3728 = arith.addi %v3723, %v3727 : i64
        %v3729 = arith.muli %v3721, %v102 : i64
        %v3730 = arith.addi %v3729, %v3718 : i64
        %v3731 = arith.cmpi sge, %v3723, %v31 : i64
        %v3732 = arith.andi %v3725, %v3731 : i1
        %v3733 = arith.andi %v3732, %v3720 : i1
        %v3734 = llvm.getelementptr %v7[%v3730] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3735 = llvm.load %v3734 : !llvm.ptr<3> -> f32
        %v3736 = arith.addi %v3717, %v55 : i64
        %v3737 = arith.constant true
        %v3738 = arith.addi %v3038, %v3736 : i64
        %v3739 = llvm.getelementptr %v6[%v3738] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3740 = llvm.load %v3739 : !llvm.ptr<3> -> i64
        %v3741 = arith.addi %v1571, %v3718 : i64
        %v3742 = arith.cmpi slt, %v3741, %v88 : i64
        %v3743 = arith.subi %size_L, %v1 : i64
        %v3744 = arith.minsi %v3741, %v3743 : i64
        %v3745 = arith.addi %v3740, %v3744 : i64
        %v3746 = arith.muli %v3738, %v102 : i64
        %v3747 = arith.addi %v3746, %v3718 : i64
        %v3748 = arith.cmpi sge, %v3740, %v31 : i64
        %v3749 = arith.andi %v3742, %v3748 : i1
        %v3750 = arith.andi %v3749, %v3737 : i1
        %v3751 = llvm.getelementptr %v7[%v3747] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3752 = llvm.load %v3751 : !llvm.ptr<3> -> f32
        %v3753 = arith.addi %v3717, %v121 : i64
        %v3754 = arith.constant true
        %v3755 = arith.addi %v3038, %v3753 : i64
        %v3756 = llvm.getelementptr %v6[%v3755] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3757 = llvm.load %v3756 : !llvm.ptr<3> -> i64
        %v3758 = arith.addi %v1571, %v3718 : i64
        %v3759 = arith.cmpi slt, %v3758, %v88 : i64
        %v3760 = arith.subi %size_L, %v1 : i64
        %v3761 = arith.minsi %v3758, %v3760 : i64
        %v3762 = arith.addi %v3757, %v3761 : i64
        %v3763 = arith.muli %v3755, %v102 : i64
        %v3764 = arith.addi %v3763, %v3718 : i64
        %v3765 = arith.cmpi sge, %v3757, %v31 : i64
        %v3766 = arith.andi %v3759, %v3765 : i1
        %v3767 = arith.andi %v3766, %v3754 : i1
        %v3768 = llvm.getelementptr %v7[%v3764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3769 = llvm.load %v3768 : !llvm.ptr<3> -> f32
        %v3770 = arith.addi %v3717, %v136 : i64
        %v3771 = arith.constant true
        %v3772 = arith.addi %v3038, %v3770 : i64
        %v3773 = llvm.getelementptr %v6[%v3772] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3774 = llvm.load %v3773 : !llvm.ptr<3> -> i64
        %v3775 = arith.addi %v1571, %v3718 : i64
        %v3776 = arith.cmpi slt, %v3775, %v88 : i64
        %v3777 = arith.subi %size_L, %v1 : i64
        %v3778 = arith.minsi %v3775, %v3777 : i64
        %v3779 = arith.addi %v3774, %v3778 : i64
        %v3780 = arith.muli %v3772, %v102 : i64
        %v3781 = arith.addi %v3780, %v3718 : i64
        %v3782 = arith.cmpi sge, %v3774, %v31 : i64
        %v3783 = arith.andi %v3776, %v3782 : i1
        %v3784 = arith.andi %v3783, %v3771 : i1
        %v3785 = llvm.getelementptr %v7[%v3781] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3786 = llvm.load %v3785 : !llvm.ptr<3> -> f32
        %v3787 = arith.addi %v3717, %v151 : i64
        %v3788 = arith.constant true
        %v3789 = arith.addi %v3038, %v3787 : i64
        %v3790 = llvm.getelementptr %v6[%v3789] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3791 = llvm.load %v3790 : !llvm.ptr<3> -> i64
        %v3792 = arith.addi %v1571, %v3718 : i64
        %v3793 = arith.cmpi slt, %v3792, %v88 : i64
        %v3794 = arith.subi %size_L, %v1 : i64
        %v3795 = arith.minsi %v3792, %v3794 : i64
        %v3796 = arith.addi %v3791, %v3795 : i64
        %v3797 = arith.muli %v3789, %v102 : i64
        %v3798 = arith.addi %v3797, %v3718 : i64
        %v3799 = arith.cmpi sge, %v3791, %v31 : i64
        %v3800 = arith.andi %v3793, %v3799 : i1
        %v3801 = arith.andi %v3800, %v3788 : i1
        %v3802 = llvm.getelementptr %v7[%v3798] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3803 = llvm.load %v3802 : !llvm.ptr<3> -> f32
        %v3804 = arith.addi %v3717, %v166 : i64
        %v3805 = arith.constant true
        %v3806 = arith.addi %v3038, %v3804 : i64
        %v3807 = llvm.getelementptr %v6[%v3806] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3808 = llvm.load %v3807 : !llvm.ptr<3> -> i64
        %v3809 = arith.addi %v1571, %v3718 : i64
        %v3810 = arith.cmpi slt, %v3809, %v88 : i64
        %v3811 = arith.subi %size_L, %v1 : i64
        %v3812 = arith.minsi %v3809, %v3811 : i64
        %v3813 = arith.addi %v3808, %v3812 : i64
        %v3814 = arith.muli %v3806, %v102 : i64
        %v3815 = arith.addi %v3814, %v3718 : i64
        %v3816 = arith.cmpi sge, %v3808, %v31 : i64
        %v3817 = arith.andi %v3810, %v3816 : i1
        %v3818 = arith.andi %v3817, %v3805 : i1
        %v3819 = llvm.getelementptr %v7[%v3815] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3820 = llvm.load %v3819 : !llvm.ptr<3> -> f32
        %v3821 = arith.addi %v3717, %v181 : i64
        %v3822 = arith.constant true
        %v3823 = arith.addi %v3038, %v3821 : i64
        %v3824 = llvm.getelementptr %v6[%v3823] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3825 = llvm.load %v3824 : !llvm.ptr<3> -> i64
        %v3826 = arith.addi %v1571, %v3718 : i64
        %v3827 = arith.cmpi slt, %v3826, %v88 : i64
        %v3828 = arith.subi %size_L, %v1 : i64
        %v3829 = arith.minsi %v3826, %v3828 : i64
        %v3830 = arith.addi %v3825, %v3829 : i64
        %v3831 = arith.muli %v3823, %v102 : i64
        %v3832 = arith.addi %v3831, %v3718 : i64
        %v3833 = arith.cmpi sge, %v3825, %v31 : i64
        %v3834 = arith.andi %v3827, %v3833 : i1
        %v3835 = arith.andi %v3834, %v3822 : i1
        %v3836 = llvm.getelementptr %v7[%v3832] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3837 = llvm.load %v3836 : !llvm.ptr<3> -> f32
        %v3838 = arith.addi %v3717, %v196 : i64
        %v3839 = arith.constant true
        %v3840 = arith.addi %v3038, %v3838 : i64
        %v3841 = llvm.getelementptr %v6[%v3840] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3842 = llvm.load %v3841 : !llvm.ptr<3> -> i64
        %v3843 = arith.addi %v1571, %v3718 : i64
        %v3844 = arith.cmpi slt, %v3843, %v88 : i64
        %v3845 = arith.subi %size_L, %v1 : i64
        %v3846 = arith.minsi %v3843, %v3845 : i64
        %v3847 = arith.addi %v3842, %v3846 : i64
        %v3848 = arith.muli %v3840, %v102 : i64
        %v3849 = arith.addi %v3848, %v3718 : i64
        %v3850 = arith.cmpi sge, %v3842, %v31 : i64
        %v3851 = arith.andi %v3844, %v3850 : i1
        %v3852 = arith.andi %v3851, %v3839 : i1
        %v3853 = llvm.getelementptr %v7[%v3849] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3854 = llvm.load %v3853 : !llvm.ptr<3> -> f32
        %v3855 = arith.addi %v3717, %v211 : i64
        %v3856 = arith.constant true
        %v3857 = arith.addi %v3038, %v3855 : i64
        %v3858 = llvm.getelementptr %v6[%v3857] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3859 = llvm.load %v3858 : !llvm.ptr<3> -> i64
        %v3860 = arith.addi %v1571, %v3718 : i64
        %v3861 = arith.cmpi slt, %v3860, %v88 : i64
        %v3862 = arith.subi %size_L, %v1 : i64
        %v3863 = arith.minsi %v3860, %v3862 : i64
        %v3864 = arith.addi %v3859, %v3863 : i64
        %v3865 = arith.muli %v3857, %v102 : i64
        %v3866 = arith.addi %v3865, %v3718 : i64
        %v3867 = arith.cmpi sge, %v3859, %v31 : i64
        %v3868 = arith.andi %v3861, %v3867 : i1
        %v3869 = arith.andi %v3868, %v3856 : i1
        %v3870 = llvm.getelementptr %v7[%v3866] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3871 = llvm.load %v3870 : !llvm.ptr<3> -> f32
        %v3872 = arith.addi %v3717, %v226 : i64
        %v3873 = arith.constant true
        %v3874 = arith.addi %v3038, %v3872 : i64
        %v3875 = llvm.getelementptr %v6[%v3874] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3876 = llvm.load %v3875 : !llvm.ptr<3> -> i64
        %v3877 = arith.addi %v1571, %v3718 : i64
        %v3878 = arith.cmpi slt, %v3877, %v88 : i64
        %v3879 = arith.subi %size_L, %v1 : i64
        %v3880 = arith.minsi %v3877, %v3879 : i64
        %v3881 = arith.addi %v3876, %v3880 : i64
        %v3882 = arith.muli %v3874, %v102 : i64
        %v3883 = arith.addi %v3882, %v3718 : i64
        %v3884 = arith.cmpi sge, %v3876, %v31 : i64
        %v3885 = arith.andi %v3878, %v3884 : i1
        %v3886 = arith.andi %v3885, %v3873 : i1
        %v3887 = llvm.getelementptr %v7[%v3883] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3888 = llvm.load %v3887 : !llvm.ptr<3> -> f32
        %v3889 = arith.addi %v3717, %v241 : i64
        %v3890 = arith.constant true
        %v3891 = arith.addi %v3038, %v3889 : i64
        %v3892 = llvm.getelementptr %v6[%v3891] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3893 = llvm.load %v3892 : !llvm.ptr<3> -> i64
        %v3894 = arith.addi %v1571, %v3718 : i64
        %v3895 = arith.cmpi slt, %v3894, %v88 : i64
        %v3896 = arith.subi %size_L, %v1 : i64
        %v3897 = arith.minsi %v3894, %v3896 : i64
        %v3898 = arith.addi %v3893, %v3897 : i64
        %v3899 = arith.muli %v3891, %v102 : i64
        %v3900 = arith.addi %v3899, %v3718 : i64
        %v3901 = arith.cmpi sge, %v3893, %v31 : i64
        %v3902 = arith.andi %v3895, %v3901 : i1
        %v3903 = arith.andi %v3902, %v3890 : i1
        %v3904 = llvm.getelementptr %v7[%v3900] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3905 = llvm.load %v3904 : !llvm.ptr<3> -> f32
        %v3906 = arith.addi %v3717, %v256 : i64
        %v3907 = arith.constant true
        %v3908 = arith.addi %v3038, %v3906 : i64
        %v3909 = llvm.getelementptr %v6[%v3908] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3910 = llvm.load %v3909 : !llvm.ptr<3> -> i64
        %v3911 = arith.addi %v1571, %v3718 : i64
        %v3912 = arith.cmpi slt, %v3911, %v88 : i64
        %v3913 = arith.subi %size_L, %v1 : i64
        %v3914 = arith.minsi %v3911, %v3913 : i64
        %v3915 = arith.addi %v3910, %v3914 : i64
        %v3916 = arith.muli %v3908, %v102 : i64
        %v3917 = arith.addi %v3916, %v3718 : i64
        %v3918 = arith.cmpi sge, %v3910, %v31 : i64
        %v3919 = arith.andi %v3912, %v3918 : i1
        %v3920 = arith.andi %v3919, %v3907 : i1
        %v3921 = llvm.getelementptr %v7[%v3917] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3922 = llvm.load %v3921 : !llvm.ptr<3> -> f32
        %v3923 = arith.addi %v3717, %v271 : i64
        %v3924 = arith.constant true
        %v3925 = arith.addi %v3038, %v3923 : i64
        %v3926 = llvm.getelementptr %v6[%v3925] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3927 = llvm.load %v3926 : !llvm.ptr<3> -> i64
        %v3928 = arith.addi %v1571, %v3718 : i64
        %v3929 = arith.cmpi slt, %v3928, %v88 : i64
        %v3930 = arith.subi %size_L, %v1 : i64
        %v3931 = arith.minsi %v3928, %v3930 : i64
        %v3932 = arith.addi %v3927, %v3931 : i64
        %v3933 = arith.muli %v3925, %v102 : i64
        %v3934 = arith.addi %v3933, %v3718 : i64
        %v3935 = arith.cmpi sge, %v3927, %v31 : i64
        %v3936 = arith.andi %v3929, %v3935 : i1
        %v3937 = arith.andi %v3936, %v3924 : i1
        %v3938 = llvm.getelementptr %v7[%v3934] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3939 = llvm.load %v3938 : !llvm.ptr<3> -> f32
        %v3940 = arith.addi %v3717, %v286 : i64
        %v3941 = arith.constant true
        %v3942 = arith.addi %v3038, %v3940 : i64
        %v3943 = llvm.getelementptr %v6[%v3942] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3944 = llvm.load %v3943 : !llvm.ptr<3> -> i64
        %v3945 = arith.addi %v1571, %v3718 : i64
        %v3946 = arith.cmpi slt, %v3945, %v88 : i64
        %v3947 = arith.subi %size_L, %v1 : i64
        %v3948 = arith.minsi %v3945, %v3947 : i64
        %v3949 = arith.addi %v3944, %v3948 : i64
        %v3950 = arith.muli %v3942, %v102 : i64
        %v3951 = arith.addi %v3950, %v3718 : i64
        %v3952 = arith.cmpi sge, %v3944, %v31 : i64
        %v3953 = arith.andi %v3946, %v3952 : i1
        %v3954 = arith.andi %v3953, %v3941 : i1
        %v3955 = llvm.getelementptr %v7[%v3951] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3956 = llvm.load %v3955 : !llvm.ptr<3> -> f32
        %v3957 = arith.addi %v3717, %v301 : i64
        %v3958 = arith.constant true
        %v3959 = arith.addi %v3038, %v3957 : i64
        %v3960 = llvm.getelementptr %v6[%v3959] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3961 = llvm.load %v3960 : !llvm.ptr<3> -> i64
        %v3962 = arith.addi %v1571, %v3718 : i64
        %v3963 = arith.cmpi slt, %v3962, %v88 : i64
        %v3964 = arith.subi %size_L, %v1 : i64
        %v3965 = arith.minsi %v3962, %v3964 : i64
        %v3966 = arith.addi %v3961, %v3965 : i64
        %v3967 = arith.muli %v3959, %v102 : i64
        %v3968 = arith.addi %v3967, %v3718 : i64
        %v3969 = arith.cmpi sge, %v3961, %v31 : i64
        %v3970 = arith.andi %v3963, %v3969 : i1
        %v3971 = arith.andi %v3970, %v3958 : i1
        %v3972 = llvm.getelementptr %v7[%v3968] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3973 = llvm.load %v3972 : !llvm.ptr<3> -> f32
        %v3974 = arith.addi %v3717, %v316 : i64
        %v3975 = arith.constant true
        %v3976 = arith.addi %v3038, %v3974 : i64
        %v3977 = llvm.getelementptr %v6[%v3976] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3978 = llvm.load %v3977 : !llvm.ptr<3> -> i64
        %v3979 = arith.addi %v1571, %v3718 : i64
        %v3980 = arith.cmpi slt, %v3979, %v88 : i64
        %v3981 = arith.subi %size_L, %v1 : i64
        %v3982 = arith.minsi %v3979, %v3981 : i64
        %v3983 = arith.addi %v3978, %v3982 : i64
        %v3984 = arith.muli %v3976, %v102 : i64
        %v3985 = arith.addi %v3984, %v3718 : i64
        %v3986 = arith.cmpi sge, %v3978, %v31 : i64
        %v3987 = arith.andi %v3980, %v3986 : i1
        %v3988 = arith.andi %v3987, %v3975 : i1
        %v3989 = llvm.getelementptr %v7[%v3985] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3990 = llvm.load %v3989 : !llvm.ptr<3> -> f32
        %v3991 = arith.addi %v3717, %v89 : i64
        %v3992 = arith.constant true
        %v3993 = arith.addi %v3038, %v3991 : i64
        %v3994 = llvm.getelementptr %v6[%v3993] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3995 = llvm.load %v3994 : !llvm.ptr<3> -> i64
        %v3996 = arith.addi %v1571, %v3718 : i64
        %v3997 = arith.cmpi slt, %v3996, %v88 : i64
        %v3998 = arith.subi %size_L, %v1 : i64
        %v3999 = arith.minsi %v3996, %v3998 : i64
        %v4000 = arith.addi %v3995, %v3999 : i64
        %v4001 = arith.muli %v3993, %v102 : i64
        %v4002 = arith.addi %v4001, %v3718 : i64
        %v4003 = arith.cmpi sge, %v3995, %v31 : i64
        %v4004 = arith.andi %v3997, %v4003 : i1
        %v4005 = arith.andi %v4004, %v3992 : i1
        %v4006 = llvm.getelementptr %v7[%v4002] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4007 = llvm.load %v4006 : !llvm.ptr<3> -> f32
        %v4008 = arith.addi %v3717, %v345 : i64
        %v4009 = arith.constant true
        %v4010 = arith.addi %v3038, %v4008 : i64
        %v4011 = llvm.getelementptr %v6[%v4010] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4012 = llvm.load %v4011 : !llvm.ptr<3> -> i64
        %v4013 = arith.addi %v1571, %v3718 : i64
        %v4014 = arith.cmpi slt, %v4013, %v88 : i64
        %v4015 = arith.subi %size_L, %v1 : i64
        %v4016 = arith.minsi %v4013, %v4015 : i64
        %v4017 = arith.addi %v4012, %v4016 : i64
        %v4018 = arith.muli %v4010, %v102 : i64
        %v4019 = arith.addi %v4018, %v3718 : i64
        %v4020 = arith.cmpi sge, %v4012, %v31 : i64
        %v4021 = arith.andi %v4014, %v4020 : i1
        %v4022 = arith.andi %v4021, %v4009 : i1
        %v4023 = llvm.getelementptr %v7[%v4019] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4024 = llvm.load %v4023 : !llvm.ptr<3> -> f32
        %v4025 = arith.addi %v3717, %v360 : i64
        %v4026 = arith.constant true
        %v4027 = arith.addi %v3038, %v4025 : i64
        %v4028 = llvm.getelementptr %v6[%v4027] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4029 = llvm.load %v4028 : !llvm.ptr<3> -> i64
        %v4030 = arith.addi %v1571, %v3718 : i64
        %v4031 = arith.cmpi slt, %v4030, %v88 : i64
        %v4032 = arith.subi %size_L, %v1 : i64
        %v4033 = arith.minsi %v4030, %v4032 : i64
        %v4034 = arith.addi %v4029, %v4033 : i64
        %v4035 = arith.muli %v4027, %v102 : i64
        %v4036 = arith.addi %v4035, %v3718 : i64
        %v4037 = arith.cmpi sge, %v4029, %v31 : i64
        %v4038 = arith.andi %v4031, %v4037 : i1
        %v4039 = arith.andi %v4038, %v4026 : i1
        %v4040 = llvm.getelementptr %v7[%v4036] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4041 = llvm.load %v4040 : !llvm.ptr<3> -> f32
        %v4042 = arith.addi %v3717, %v375 : i64
        %v4043 = arith.constant true
        %v4044 = arith.addi %v3038, %v4042 : i64
        %v4045 = llvm.getelementptr %v6[%v4044] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4046 = llvm.load %v4045 : !llvm.ptr<3> -> i64
        %v4047 = arith.addi %v1571, %v3718 : i64
        %v4048 = arith.cmpi slt, %v4047, %v88 : i64
        %v4049 = arith.subi %size_L, %v1 : i64
        %v4050 = arith.minsi %v4047, %v4049 : i64
        %v4051 = arith.addi %v4046, %v4050 : i64
        %v4052 = arith.muli %v4044, %v102 : i64
        %v4053 = arith.addi %v4052, %v3718 : i64
        %v4054 = arith.cmpi sge, %v4046, %v31 : i64
        %v4055 = arith.andi %v4048, %v4054 : i1
        %v4056 = arith.andi %v4055, %v4043 : i1
        %v4057 = llvm.getelementptr %v7[%v4053] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4058 = llvm.load %v4057 : !llvm.ptr<3> -> f32
        %v4059 = arith.addi %v3717, %v390 : i64
        %v4060 = arith.constant true
        %v4061 = arith.addi %v3038, %v4059 : i64
        %v4062 = llvm.getelementptr %v6[%v4061] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4063 = llvm.load %v4062 : !llvm.ptr<3> -> i64
        %v4064 = arith.addi %v1571, %v3718 : i64
        %v4065 = arith.cmpi slt, %v4064, %v88 : i64
        %v4066 = arith.subi %size_L, %v1 : i64
        %v4067 = arith.minsi %v4064, %v4066 : i64
        %v4068 = arith.addi %v4063, %v4067 : i64
        %v4069 = arith.muli %v4061, %v102 : i64
        %v4070 = arith.addi %v4069, %v3718 : i64
        %v4071 = arith.cmpi sge, %v4063, %v31 : i64
        %v4072 = arith.andi %v4065, %v4071 : i1
        %v4073 = arith.andi %v4072, %v4060 : i1
        %v4074 = llvm.getelementptr %v7[%v4070] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4075 = llvm.load %v4074 : !llvm.ptr<3> -> f32
        %v4076 = arith.addi %v3717, %v405 : i64
        %v4077 = arith.constant true
        %v4078 = arith.addi %v3038, %v4076 : i64
        %v4079 = llvm.getelementptr %v6[%v4078] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4080 = llvm.load %v4079 : !llvm.ptr<3> -> i64
        %v4081 = arith.addi %v1571, %v3718 : i64
        %v4082 = arith.cmpi slt, %v4081, %v88 : i64
        %v4083 = arith.subi %size_L, %v1 : i64
        %v4084 = arith.minsi %v4081, %v4083 : i64
        %v4085 = arith.addi %v4080, %v4084 : i64
        %v4086 = arith.muli %v4078, %v102 : i64
        %v4087 = arith.addi %v4086, %v3718 : i64
        %v4088 = arith.cmpi sge, %v4080, %v31 : i64
        %v4089 = arith.andi %v4082, %v4088 : i1
        %v4090 = arith.andi %v4089, %v4077 : i1
        %v4091 = llvm.getelementptr %v7[%v4087] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4092 = llvm.load %v4091 : !llvm.ptr<3> -> f32
        %v4093 = arith.addi %v3717, %v420 : i64
        %v4094 = arith.constant true
        %v4095 = arith.addi %v3038, %v4093 : i64
        %v4096 = llvm.getelementptr %v6[%v4095] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4097 = llvm.load %v4096 : !llvm.ptr<3> -> i64
        %v4098 = arith.addi %v1571, %v3718 : i64
        %v4099 = arith.cmpi slt, %v4098, %v88 : i64
        %v4100 = arith.subi %size_L, %v1 : i64
        %v4101 = arith.minsi %v4098, %v4100 : i64
        %v4102 = arith.addi %v4097, %v4101 : i64
        %v4103 = arith.muli %v4095, %v102 : i64
        %v4104 = arith.addi %v4103, %v3718 : i64
        %v4105 = arith.cmpi sge, %v4097, %v31 : i64
        %v4106 = arith.andi %v4099, %v4105 : i1
        %v4107 = arith.andi %v4106, %v4094 : i1
        %v4108 = llvm.getelementptr %v7[%v4104] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4109 = llvm.load %v4108 : !llvm.ptr<3> -> f32
        %v4110 = arith.addi %v3717, %v435 : i64
        %v4111 = arith.constant true
        %v4112 = arith.addi %v3038, %v4110 : i64
        %v4113 = llvm.getelementptr %v6[%v4112] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4114 = llvm.load %v4113 : !llvm.ptr<3> -> i64
        %v4115 = arith.addi %v1571, %v3718 : i64
        %v4116 = arith.cmpi slt, %v4115, %v88 : i64
        %v4117 = arith.subi %size_L, %v1 : i64
        %v4118 = arith.minsi %v4115, %v4117 : i64
        %v4119 = arith.addi %v4114, %v4118 : i64
        %v4120 = arith.muli %v4112, %v102 : i64
        %v4121 = arith.addi %v4120, %v3718 : i64
        %v4122 = arith.cmpi sge, %v4114, %v31 : i64
        %v4123 = arith.andi %v4116, %v4122 : i1
        %v4124 = arith.andi %v4123, %v4111 : i1
        %v4125 = llvm.getelementptr %v7[%v4121] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4126 = llvm.load %v4125 : !llvm.ptr<3> -> f32
        %v4127 = arith.addi %v3717, %v450 : i64
        %v4128 = arith.constant true
        %v4129 = arith.addi %v3038, %v4127 : i64
        %v4130 = llvm.getelementptr %v6[%v4129] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4131 = llvm.load %v4130 : !llvm.ptr<3> -> i64
        %v4132 = arith.addi %v1571, %v3718 : i64
        %v4133 = arith.cmpi slt, %v4132, %v88 : i64
        %v4134 = arith.subi %size_L, %v1 : i64
        %v4135 = arith.minsi %v4132, %v4134 : i64
        %v4136 = arith.addi %v4131, %v4135 : i64
        %v4137 = arith.muli %v4129, %v102 : i64
        %v4138 = arith.addi %v4137, %v3718 : i64
        %v4139 = arith.cmpi sge, %v4131, %v31 : i64
        %v4140 = arith.andi %v4133, %v4139 : i1
        %v4141 = arith.andi %v4140, %v4128 : i1
        %v4142 = llvm.getelementptr %v7[%v4138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4143 = llvm.load %v4142 : !llvm.ptr<3> -> f32
        %v4144 = arith.addi %v3717, %v465 : i64
        %v4145 = arith.constant true
        %v4146 = arith.addi %v3038, %v4144 : i64
        %v4147 = llvm.getelementptr %v6[%v4146] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4148 = llvm.load %v4147 : !llvm.ptr<3> -> i64
        %v4149 = arith.addi %v1571, %v3718 : i64
        %v4150 = arith.cmpi slt, %v4149, %v88 : i64
        %v4151 = arith.subi %size_L, %v1 : i64
        %v4152 = arith.minsi %v4149, %v4151 : i64
        %v4153 = arith.addi %v4148, %v4152 : i64
        %v4154 = arith.muli %v4146, %v102 : i64
        %v4155 = arith.addi %v4154, %v3718 : i64
        %v4156 = arith.cmpi sge, %v4148, %v31 : i64
        %v4157 = arith.andi %v4150, %v4156 : i1
        %v4158 = arith.andi %v4157, %v4145 : i1
        %v4159 = llvm.getelementptr %v7[%v4155] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4160 = llvm.load %v4159 : !llvm.ptr<3> -> f32
        %v4161 = arith.addi %v3717, %v480 : i64
        %v4162 = arith.constant true
        %v4163 = arith.addi %v3038, %v4161 : i64
        %v4164 = llvm.getelementptr %v6[%v4163] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4165 = llvm.load %v4164 : !llvm.ptr<3> -> i64
        %v4166 = arith.addi %v1571, %v3718 : i64
        %v4167 = arith.cmpi slt, %v4166, %v88 : i64
        %v4168 = arith.subi %size_L, %v1 : i64
        %v4169 = arith.minsi %v4166, %v4168 : i64
        %v4170 = arith.addi %v4165, %v4169 : i64
        %v4171 = arith.muli %v4163, %v102 : i64
        %v4172 = arith.addi %v4171, %v3718 : i64
        %v4173 = arith.cmpi sge, %v4165, %v31 : i64
        %v4174 = arith.andi %v4167, %v4173 : i1
        %v4175 = arith.andi %v4174, %v4162 : i1
        %v4176 = llvm.getelementptr %v7[%v4172] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4177 = llvm.load %v4176 : !llvm.ptr<3> -> f32
        %v4178 = arith.addi %v3717, %v495 : i64
        %v4179 = arith.constant true
        %v4180 = arith.addi %v3038, %v4178 : i64
        %v4181 = llvm.getelementptr %v6[%v4180] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4182 = llvm.load %v4181 : !llvm.ptr<3> -> i64
        %v4183 = arith.addi %v1571, %v3718 : i64
        %v4184 = arith.cmpi slt, %v4183, %v88 : i64
        %v4185 = arith.subi %size_L, %v1 : i64
        %v4186 = arith.minsi %v4183, %v4185 : i64
        %v4187 = arith.addi %v4182, %v4186 : i64
        %v4188 = arith.muli %v4180, %v102 : i64
        %v4189 = arith.addi %v4188, %v3718 : i64
        %v4190 = arith.cmpi sge, %v4182, %v31 : i64
        %v4191 = arith.andi %v4184, %v4190 : i1
        %v4192 = arith.andi %v4191, %v4179 : i1
        %v4193 = llvm.getelementptr %v7[%v4189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4194 = llvm.load %v4193 : !llvm.ptr<3> -> f32
        %v4195 = arith.addi %v3717, %v510 : i64
        %v4196 = arith.constant true
        %v4197 = arith.addi %v3038, %v4195 : i64
        %v4198 = llvm.getelementptr %v6[%v4197] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4199 = llvm.load %v4198 : !llvm.ptr<3> -> i64
        %v4200 = arith.addi %v1571, %v3718 : i64
        %v4201 = arith.cmpi slt, %v4200, %v88 : i64
        %v4202 = arith.subi %size_L, %v1 : i64
        %v4203 = arith.minsi %v4200, %v4202 : i64
        %v4204 = arith.addi %v4199, %v4203 : i64
        %v4205 = arith.muli %v4197, %v102 : i64
        %v4206 = arith.addi %v4205, %v3718 : i64
        %v4207 = arith.cmpi sge, %v4199, %v31 : i64
        %v4208 = arith.andi %v4201, %v4207 : i1
        %v4209 = arith.andi %v4208, %v4196 : i1
        %v4210 = llvm.getelementptr %v7[%v4206] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4211 = llvm.load %v4210 : !llvm.ptr<3> -> f32
        %v4212 = arith.addi %v3717, %v525 : i64
        %v4213 = arith.constant true
        %v4214 = arith.addi %v3038, %v4212 : i64
        %v4215 = llvm.getelementptr %v6[%v4214] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4216 = llvm.load %v4215 : !llvm.ptr<3> -> i64
        %v4217 = arith.addi %v1571, %v3718 : i64
        %v4218 = arith.cmpi slt, %v4217, %v88 : i64
        %v4219 = arith.subi %size_L, %v1 : i64
        %v4220 = arith.minsi %v4217, %v4219 : i64
        %v4221 = arith.addi %v4216, %v4220 : i64
        %v4222 = arith.muli %v4214, %v102 : i64
        %v4223 = arith.addi %v4222, %v3718 : i64
        %v4224 = arith.cmpi sge, %v4216, %v31 : i64
        %v4225 = arith.andi %v4218, %v4224 : i1
        %v4226 = arith.andi %v4225, %v4213 : i1
        %v4227 = llvm.getelementptr %v7[%v4223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4228 = llvm.load %v4227 : !llvm.ptr<3> -> f32
        %v4229 = arith.addi %v3717, %v540 : i64
        %v4230 = arith.constant true
        %v4231 = arith.addi %v3038, %v4229 : i64
        %v4232 = llvm.getelementptr %v6[%v4231] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4233 = llvm.load %v4232 : !llvm.ptr<3> -> i64
        %v4234 = arith.addi %v1571, %v3718 : i64
        %v4235 = arith.cmpi slt, %v4234, %v88 : i64
        %v4236 = arith.subi %size_L, %v1 : i64
        %v4237 = arith.minsi %v4234, %v4236 : i64
        %v4238 = arith.addi %v4233, %v4237 : i64
        %v4239 = arith.muli %v4231, %v102 : i64
        %v4240 = arith.addi %v4239, %v3718 : i64
        %v4241 = arith.cmpi sge, %v4233, %v31 : i64
        %v4242 = arith.andi %v4235, %v4241 : i1
        %v4243 = arith.andi %v4242, %v4230 : i1
        %v4244 = llvm.getelementptr %v7[%v4240] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4245 = llvm.load %v4244 : !llvm.ptr<3> -> f32
        %v4246 = arith.addi %v3717, %v555 : i64
        %v4247 = arith.constant true
        %v4248 = arith.addi %v3038, %v4246 : i64
        %v4249 = llvm.getelementptr %v6[%v4248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4250 = llvm.load %v4249 : !llvm.ptr<3> -> i64
        %v4251 = arith.addi %v1571, %v3718 : i64
        %v4252 = arith.cmpi slt, %v4251, %v88 : i64
        %v4253 = arith.subi %size_L, %v1 : i64
        %v4254 = arith.minsi %v4251, %v4253 : i64
        %v4255 = arith.addi %v4250, %v4254 : i64
        %v4256 = arith.muli %v4248, %v102 : i64
        %v4257 = arith.addi %v4256, %v3718 : i64
        %v4258 = arith.cmpi sge, %v4250, %v31 : i64
        %v4259 = arith.andi %v4252, %v4258 : i1
        %v4260 = arith.andi %v4259, %v4247 : i1
        %v4261 = llvm.getelementptr %v7[%v4257] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4262 = llvm.load %v4261 : !llvm.ptr<3> -> f32
        scf.if %v3733 {
          %v4263 = llvm.getelementptr %out_y[%v3728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3735, %v4263 : f32, !llvm.ptr
        }
        scf.if %v3750 {
          %v4264 = llvm.getelementptr %out_y[%v3745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3752, %v4264 : f32, !llvm.ptr
        }
        scf.if %v3767 {
          %v4265 = llvm.getelementptr %out_y[%v3762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3769, %v4265 : f32, !llvm.ptr
        }
        scf.if %v3784 {
          %v4266 = llvm.getelementptr %out_y[%v3779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3786, %v4266 : f32, !llvm.ptr
        }
        scf.if %v3801 {
          %v4267 = llvm.getelementptr %out_y[%v3796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3803, %v4267 : f32, !llvm.ptr
        }
        scf.if %v3818 {
          %v4268 = llvm.getelementptr %out_y[%v3813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3820, %v4268 : f32, !llvm.ptr
        }
        scf.if %v3835 {
          %v4269 = llvm.getelementptr %out_y[%v3830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3837, %v4269 : f32, !llvm.ptr
        }
        scf.if %v3852 {
          %v4270 = llvm.getelementptr %out_y[%v3847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3854, %v4270 : f32, !llvm.ptr
        }
        scf.if %v3869 {
          %v4271 = llvm.getelementptr %out_y[%v3864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3871, %v4271 : f32, !llvm.ptr
        }
        scf.if %v3886 {
          %v4272 = llvm.getelementptr %out_y[%v3881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3888, %v4272 : f32, !llvm.ptr
        }
        scf.if %v3903 {
          %v4273 = llvm.getelementptr %out_y[%v3898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3905, %v4273 : f32, !llvm.ptr
        }
        scf.if %v3920 {
          %v4274 = llvm.getelementptr %out_y[%v3915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3922, %v4274 : f32, !llvm.ptr
        }
        scf.if %v3937 {
          %v4275 = llvm.getelementptr %out_y[%v3932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3939, %v4275 : f32, !llvm.ptr
        }
        scf.if %v3954 {
          %v4276 = llvm.getelementptr %out_y[%v3949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3956, %v4276 : f32, !llvm.ptr
        }
        scf.if %v3971 {
          %v4277 = llvm.getelementptr %out_y[%v3966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3973, %v4277 : f32, !llvm.ptr
        }
        scf.if %v3988 {
          %v4278 = llvm.getelementptr %out_y[%v3983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3990, %v4278 : f32, !llvm.ptr
        }
        scf.if %v4005 {
          %v4279 = llvm.getelementptr %out_y[%v4000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4007, %v4279 : f32, !llvm.ptr
        }
        scf.if %v4022 {
          %v4280 = llvm.getelementptr %out_y[%v4017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4024, %v4280 : f32, !llvm.ptr
        }
        scf.if %v4039 {
          %v4281 = llvm.getelementptr %out_y[%v4034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4041, %v4281 : f32, !llvm.ptr
        }
        scf.if %v4056 {
          %v4282 = llvm.getelementptr %out_y[%v4051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4058, %v4282 : f32, !llvm.ptr
        }
        scf.if %v4073 {
          %v4283 = llvm.getelementptr %out_y[%v4068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4075, %v4283 : f32, !llvm.ptr
        }
        scf.if %v4090 {
          %v4284 = llvm.getelementptr %out_y[%v4085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4092, %v4284 : f32, !llvm.ptr
        }
        scf.if %v4107 {
          %v4285 = llvm.getelementptr %out_y[%v4102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4109, %v4285 : f32, !llvm.ptr
        }
        scf.if %v4124 {
          %v4286 = llvm.getelementptr %out_y[%v4119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4126, %v4286 : f32, !llvm.ptr
        }
        scf.if %v4141 {
          %v4287 = llvm.getelementptr %out_y[%v4136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4143, %v4287 : f32, !llvm.ptr
        }
        scf.if %v4158 {
          %v4288 = llvm.getelementptr %out_y[%v4153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4160, %v4288 : f32, !llvm.ptr
        }
        scf.if %v4175 {
          %v4289 = llvm.getelementptr %out_y[%v4170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4177, %v4289 : f32, !llvm.ptr
        }
        scf.if %v4192 {
          %v4290 = llvm.getelementptr %out_y[%v4187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4194, %v4290 : f32, !llvm.ptr
        }
        scf.if %v4209 {
          %v4291 = llvm.getelementptr %out_y[%v4204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4211, %v4291 : f32, !llvm.ptr
        }
        scf.if %v4226 {
          %v4292 = llvm.getelementptr %out_y[%v4221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4228, %v4292 : f32, !llvm.ptr
        }
        scf.if %v4243 {
          %v4293 = llvm.getelementptr %out_y[%v4238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4245, %v4293 : f32, !llvm.ptr
        }
        scf.if %v4260 {
          %v4294 = llvm.getelementptr %out_y[%v4255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4262, %v4294 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      %v4295 = arith.subi %v11, %v1 : i64
      %v4296 = arith.cmpi eq, %v20, %v4295 : i64
      %v4297 = arith.andi %v24, %v4296 : i1
      %v4298 = llvm.load %v4 : !llvm.ptr -> f32
      scf.if %v4297 {
        %v4299 = arith.muli %v29, %v1582 : i64
        %v4300 = arith.muli %v27, %v1 : i64
        %v4301 = arith.addi %v4299, %v4300 : i64
        %v4302 = llvm.getelementptr %out_h_last[%v4301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4298, %v4302 : f32, !llvm.ptr
      }
      %v4303 = llvm.load %v5 : !llvm.ptr -> f32
      scf.if %v4297 {
        %v4304 = arith.muli %v29, %v1582 : i64
        %v4305 = arith.muli %v27, %v1 : i64
        %v4306 = arith.addi %v4304, %v4305 : i64
        %v4307 = llvm.getelementptr %out_hp_last[%v4306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4303, %v4307 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
