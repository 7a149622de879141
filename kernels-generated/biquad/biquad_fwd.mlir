module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_biquad_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<256 x i64>
    llvm.mlir.global internal @smem_biquad_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<8448 x f32>
    gpu.func @biquad_fwd(%in_x: !llvm.ptr, %in_rho: !llvm.ptr, %in_theta: !llvm.ptr, %out_y: !llvm.ptr, %out_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %ckpt_hp: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.mlir.addressof @rows_biquad_fwd : !llvm.ptr<3>
      %v7 = llvm.mlir.addressof @smem_biquad_fwd : !llvm.ptr<3>
      %v8 = arith.constant 255 : i64
      %v9 = arith.addi %size_L, %v8 : i64
      %v10 = arith.constant 256 : i64
      %v11 = arith.divui %v9, %v10 : i64
      %v16 = arith.constant 64 : i64
      %v26 = arith.constant 0 : i64
      %v27 = arith.muli %v1, %size_L : i64
      %v28 = arith.muli %v27, %size_D : i64
      %v50 = arith.constant 2 : i64
      %v59 = arith.constant -1 : i64
      %v61 = arith.constant 3 : i64
      %v65 = arith.constant 0x00000000 : f32
      %v66 = arith.constant 32 : i64
      %v79 = arith.constant 33 : i64
      %v98 = arith.constant 4 : i64
      %v113 = arith.constant 6 : i64
      %v128 = arith.constant 8 : i64
      %v143 = arith.constant 10 : i64
      %v158 = arith.constant 12 : i64
      %v173 = arith.constant 14 : i64
      %v188 = arith.constant 16 : i64
      %v203 = arith.constant 18 : i64
      %v218 = arith.constant 20 : i64
      %v233 = arith.constant 22 : i64
      %v248 = arith.constant 24 : i64
      %v263 = arith.constant 26 : i64
      %v278 = arith.constant 28 : i64
      %v293 = arith.constant 30 : i64
      %v322 = arith.constant 34 : i64
      %v337 = arith.constant 36 : i64
      %v352 = arith.constant 38 : i64
      %v367 = arith.constant 40 : i64
      %v382 = arith.constant 42 : i64
      %v397 = arith.constant 44 : i64
      %v412 = arith.constant 46 : i64
      %v427 = arith.constant 48 : i64
      %v442 = arith.constant 50 : i64
      %v457 = arith.constant 52 : i64
      %v472 = arith.constant 54 : i64
      %v487 = arith.constant 56 : i64
      %v502 = arith.constant 58 : i64
      %v517 = arith.constant 60 : i64
      %v532 = arith.constant 62 : i64
      %v1065 = arith.constant 128 : i64
      %v1555 = arith.muli %v1, %size_B : i64
      %v1556 = arith.muli %v1555, %size_D : i64
      %v1559 = arith.muli %v1, %size_D : i64
      %v1567 = arith.muli %v1, %size_B : i64
      %v1568 = arith.muli %v1567, %size_D : i64
      %v2935 = arith.constant 0x40000000 : f32
      %v2942 = arith.constant 0x3F800000 : f32
      %v2944 = arith.constant 0x3FB8AA3B : f32
      %v2956 = arith.constant 0x3E22F983 : f32
      %v2959 = arith.constant 0x40C90000 : f32
      %v2960 = arith.constant 0x3AFDAA22 : f32
      %v3014 = arith.constant 192 : i64
      %v3029 = arith.constant 320 : i64
      %v3037 = arith.constant 384 : i64
      %v3045 = arith.constant 448 : i64
      %v3053 = arith.constant 512 : i64
      %v3061 = arith.constant 576 : i64
      %v3069 = arith.constant 640 : i64
      %v3077 = arith.constant 704 : i64
      %v3085 = arith.constant 768 : i64
      %v3093 = arith.constant 832 : i64
      %v3101 = arith.constant 896 : i64
      %v3109 = arith.constant 960 : i64
      %v3117 = arith.constant 1024 : i64
      %v3125 = arith.constant 1088 : i64
      %v3133 = arith.constant 1152 : i64
      %v3141 = arith.constant 1216 : i64
      %v3149 = arith.constant 1280 : i64
      %v3157 = arith.constant 1344 : i64
      %v3165 = arith.constant 1408 : i64
      %v3173 = arith.constant 1472 : i64
      %v3181 = arith.constant 1536 : i64
      %v3189 = arith.constant 1600 : i64
      %v3197 = arith.constant 1664 : i64
      %v3205 = arith.constant 1728 : i64
      %v3213 = arith.constant 1792 : i64
      %v3221 = arith.constant 1856 : i64
      %v3229 = arith.constant 1920 : i64
      %v3237 = arith.constant 1984 : i64
      %v12 = gpu.block_id x
      %v13 = gpu.thread_id x
      %v14 = arith.index_cast %v13 : index to i64
      %v15 = arith.index_cast %v12 : index to i64
      %v17 = arith.muli %v15, %v16 : i64
      %v18 = arith.addi %v17, %v14 : i64
      %v19 = arith.cmpi slt, %v18, %v3 : i64
      %v20 = arith.subi %v3, %v1 : i64
      %v21 = arith.minsi %v18, %v20 : i64
      %v22 = arith.remui %v21, %size_D : i64
      %v23 = arith.divui %v21, %size_D : i64
      %v24 = arith.remui %v23, %size_B : i64
      %v25 = arith.divui %v23, %size_B : i64
      %v29 = arith.muli %v24, %v28 : i64
      %v30 = arith.muli %v22, %v27 : i64
      %v31 = arith.addi %v29, %v30 : i64
      %v32 = arith.muli %v26, %v1 : i64
      %v33 = arith.addi %v31, %v32 : i64
      %v34 = arith.muli %v26, %v16 : i64
      %v35 = arith.addi %v34, %v14 : i64
      %v36 = llvm.getelementptr %v6[%v35] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v33, %v36 : i64, !llvm.ptr<3>
      %v37 = arith.muli %v24, %v28 : i64
      %v38 = arith.muli %v22, %v27 : i64
      %v39 = arith.addi %v37, %v38 : i64
      %v40 = arith.muli %v26, %v1 : i64
      %v41 = arith.addi %v39, %v40 : i64
      %v42 = arith.muli %v1, %v16 : i64
      %v43 = arith.addi %v42, %v14 : i64
      %v44 = llvm.getelementptr %v6[%v43] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v41, %v44 : i64, !llvm.ptr<3>
      %v45 = arith.muli %v24, %v28 : i64
      %v46 = arith.muli %v22, %v27 : i64
      %v47 = arith.addi %v45, %v46 : i64
      %v48 = arith.muli %v26, %v1 : i64
      %v49 = arith.addi %v47, %v48 : i64
      %v51 = arith.muli %v50, %v16 : i64
      %v52 = arith.addi %v51, %v14 : i64
      %v53 = llvm.getelementptr %v6[%v52] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v49, %v53 : i64, !llvm.ptr<3>
      %v54 = arith.muli %v24, %v28 : i64
      %v55 = arith.muli %v22, %v27 : i64
      %v56 = arith.addi %v54, %v55 : i64
      %v57 = arith.muli %v26, %v1 : i64
      %v58 = arith.addi %v56, %v57 : i64
      %v60 = arith.select %v19, %v58, %v59 : i64
      %v62 = arith.muli %v61, %v16 : i64
      %v63 = arith.addi %v62, %v14 : i64
      %v64 = llvm.getelementptr %v6[%v63] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v60, %v64 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v65, %v4 : f32, !llvm.ptr
      llvm.store %v65, %v5 : f32, !llvm.ptr
      // staged load of `x`'s first tile: read, then shared memory
      %v67 = arith.divui %v14, %v66 : i64
      %v68 = arith.remui %v14, %v66 : i64
      %v69 = arith.addi %v67, %v26 : i64
      %v70 = arith.constant true
      %v71 = arith.addi %v26, %v69 : i64
      %v72 = llvm.getelementptr %v6[%v71] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v73 = llvm.load %v72 : !llvm.ptr<3> -> i64
      %v74 = arith.addi %v26, %v68 : i64
      %v75 = arith.cmpi slt, %v74, %size_L : i64
      %v76 = arith.subi %size_L, %v1 : i64
      %v77 = arith.minsi %v74, %v76 : i64
      %v78 = arith.addi %v73, %v77 : i64
      %v80 = arith.muli %v71, %v79 : i64
      %v81 = arith.addi %v80, %v68 : i64
      %v82 = llvm.getelementptr %in_x[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v83 = llvm.load %v82 : !llvm.ptr -> f32
      %v84 = arith.addi %v67, %v50 : i64
      %v85 = arith.constant true
      %v86 = arith.addi %v26, %v84 : i64
      %v87 = llvm.getelementptr %v6[%v86] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v88 = llvm.load %v87 : !llvm.ptr<3> -> i64
      %v89 = arith.addi %v26, %v68 : i64
      %v90 = arith.cmpi slt, %v89, %size_L : i64
      %v91 = arith.subi %size_L, %v1 : i64
      %v92 = arith.minsi %v89, %v91 : i64
      %v93 = arith.addi %v88, %v92 : i64
      %v94 = arith.muli %v86, %v79 : i64
      %v95 = arith.addi %v94, %v68 : i64
      %v96 = llvm.getelementptr %in_x[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v97 = llvm.load %v96 : !llvm.ptr -> f32
      %v99 = arith.addi %v67, %v98 : i64
      %v100 = arith.constant true
      %v101 = arith.addi %v26, %v99 : i64
      %v102 = llvm.getelementptr %v6[%v101] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v103 = llvm.load %v102 : !llvm.ptr<3> -> i64
      %v104 = arith.addi %v26, %v68 : i64
      %v105 = arith.cmpi slt, %v104, %size_L : i64
      %v106 = arith.subi %size_L, %v1 : i64
      %v107 = arith.minsi %v104, %v106 : i64
      %v108 = arith.addi %v103, %v107 : i64
      %v109 = arith.muli %v101, %v79 : i64
      %v110 = arith.addi %v109, %v68 : i64
      %v111 = llvm.getelementptr %in_x[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v112 = llvm.load %v111 : !llvm.ptr -> f32
      %v114 = arith.addi %v67, %v113 : i64
      %v115 = arith.constant true
      %v116 = arith.addi %v26, %v114 : i64
      %v117 = llvm.getelementptr %v6[%v116] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v118 = llvm.load %v117 : !llvm.ptr<3> -> i64
      %v119 = arith.addi %v26, %v68 : i64
      %v120 = arith.cmpi slt, %v119, %size_L : i64
      %v121 = arith.subi %size_L, %v1 : i64
      %v122 = arith.minsi %v119, %v121 : i64
      %v123 = arith.addi %v118, %v122 : i64
      %v124 = arith.muli %v116, %v79 : i64
      %v125 = arith.addi %v124, %v68 : i64
      %v126 = llvm.getelementptr %in_x[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v127 = llvm.load %v126 : !llvm.ptr -> f32
      %v129 = arith.addi %v67, %v128 : i64
      %v130 = arith.constant true
      %v131 = arith.addi %v26, %v129 : i64
      %v132 = llvm.getelementptr %v6[%v131] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v133 = llvm.load %v132 : !llvm.ptr<3> -> i64
      %v134 = arith.addi %v26, %v68 : i64
      %v135 = arith.cmpi slt, %v134, %size_L : i64
      %v136 = arith.subi %size_L, %v1 : i64
      %v137 = arith.minsi %v134, %v136 : i64
      %v138 = arith.addi %v133, %v137 : i64
      %v139 = arith.muli %v131, %v79 : i64
      %v140 = arith.addi %v139, %v68 : i64
      %v141 = llvm.getelementptr %in_x[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v142 = llvm.load %v141 : !llvm.ptr -> f32
      %v144 = arith.addi %v67, %v143 : i64
      %v145 = arith.constant true
      %v146 = arith.addi %v26, %v144 : i64
      %v147 = llvm.getelementptr %v6[%v146] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v148 = llvm.load %v147 : !llvm.ptr<3> -> i64
      %v149 = arith.addi %v26, %v68 : i64
      %v150 = arith.cmpi slt, %v149, %size_L : i64
      %v151 = arith.subi %size_L, %v1 : i64
      %v152 = arith.minsi %v149, %v151 : i64
      %v153 = arith.addi %v148, %v152 : i64
      %v154 = arith.muli %v146, %v79 : i64
      %v155 = arith.addi %v154, %v68 : i64
      %v156 = llvm.getelementptr %in_x[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v157 = llvm.load %v156 : !llvm.ptr -> f32
      %v159 = arith.addi %v67, %v158 : i64
      %v160 = arith.constant true
      %v161 = arith.addi %v26, %v159 : i64
      %v162 = llvm.getelementptr %v6[%v161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v163 = llvm.load %v162 : !llvm.ptr<3> -> i64
      %v164 = arith.addi %v26, %v68 : i64
      %v165 = arith.cmpi slt, %v164, %size_L : i64
      %v166 = arith.subi %size_L, %v1 : i64
      %v167 = arith.minsi %v164, %v166 : i64
      %v168 = arith.addi %v163, %v167 : i64
      %v169 = arith.muli %v161, %v79 : i64
      %v170 = arith.addi %v169, %v68 : i64
      %v171 = llvm.getelementptr %in_x[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v172 = llvm.load %v171 : !llvm.ptr -> f32
      %v174 = arith.addi %v67, %v173 : i64
      %v175 = arith.constant true
      %v176 = arith.addi %v26, %v174 : i64
      %v177 = llvm.getelementptr %v6[%v176] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v178 = llvm.load %v177 : !llvm.ptr<3> -> i64
      %v179 = arith.addi %v26, %v68 : i64
      %v180 = arith.cmpi slt, %v179, %size_L : i64
      %v181 = arith.subi %size_L, %v1 : i64
      %v182 = arith.minsi %v179, %v181 : i64
      %v183 = arith.addi %v178, %v182 : i64
      %v184 = arith.muli %v176, %v79 : i64
      %v185 = arith.addi %v184, %v68 : i64
      %v186 = llvm.getelementptr %in_x[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v187 = llvm.load %v186 : !llvm.ptr -> f32
      %v189 = arith.addi %v67, %v188 : i64
      %v190 = arith.constant true
      %v191 = arith.addi %v26, %v189 : i64
      %v192 = llvm.getelementptr %v6[%v191] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v193 = llvm.load %v192 : !llvm.ptr<3> -> i64
      %v194 = arith.addi %v26, %v68 : i64
      %v195 = arith.cmpi slt, %v194, %size_L : i64
      %v196 = arith.subi %size_L, %v1 : i64
      %v197 = arith.minsi %v194, %v196 : i64
      %v198 = arith.addi %v193, %v197 : i64
      %v199 = arith.muli %v191, %v79 : i64
      %v200 = arith.addi %v199, %v68 : i64
      %v201 = llvm.getelementptr %in_x[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v202 = llvm.load %v201 : !llvm.ptr -> f32
      %v204 = arith.addi %v67, %v203 : i64
      %v205 = arith.constant true
      %v206 = arith.addi %v26, %v204 : i64
      %v207 = llvm.getelementptr %v6[%v206] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v208 = llvm.load %v207 : !llvm.ptr<3> -> i64
      %v209 = arith.addi %v26, %v68 : i64
      %v210 = arith.cmpi slt, %v209, %size_L : i64
      %v211 = arith.subi %size_L, %v1 : i64
      %v212 = arith.minsi %v209, %v211 : i64
      %v213 = arith.addi %v208, %v212 : i64
      %v214 = arith.muli %v206, %v79 : i64
      %v215 = arith.addi %v214, %v68 : i64
      %v216 = llvm.getelementptr %in_x[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v217 = llvm.load %v216 : !llvm.ptr -> f32
      %v219 = arith.addi %v67, %v218 : i64
      %v220 = arith.constant true
      %v221 = arith.addi %v26, %v219 : i64
      %v222 = llvm.getelementptr %v6[%v221] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v223 = llvm.load %v222 : !llvm.ptr<3> -> i64
      %v224 = arith.addi %v26, %v68 : i64
      %v225 = arith.cmpi slt, %v224, %size_L : i64
      %v226 = arith.subi %size_L, %v1 : i64
      %v227 = arith.minsi %v224, %v226 : i64
      %v228 = arith.addi %v223, %v227 : i64
      %v229 = arith.muli %v221, %v79 : i64
      %v230 = arith.addi %v229, %v68 : i64
      %v231 = llvm.getelementptr %in_x[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v232 = llvm.load %v231 : !llvm.ptr -> f32
      %v234 = arith.addi %v67, %v233 : i64
      %v235 = arith.constant true
      %v236 = arith.addi %v26, %v234 : i64
      %v237 = llvm.getelementptr %v6[%v236] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v238 = llvm.load %v237 : !llvm.ptr<3> -> i64
      %v239 = arith.addi %v26, %v68 : i64
      %v240 = arith.cmpi slt, %v239, %size_L : i64
      %v241 = arith.subi %size_L, %v1 : i64
      %v242 = arith.minsi %v239, %v241 : i64
      %v243 = arith.addi %v238, %v242 : i64
      %v244 = arith.muli %v236, %v79 : i64
      %v245 = arith.addi %v244, %v68 : i64
      %v246 = llvm.getelementptr %in_x[%v243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v247 = llvm.load %v246 : !llvm.ptr -> f32
      %v249 = arith.addi %v67, %v248 : i64
      %v250 = arith.constant true
      %v251 = arith.addi %v26, %v249 : i64
      %v252 = llvm.getelementptr %v6[%v251] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v253 = llvm.load %v252 : !llvm.ptr<3> -> i64
      %v254 = arith.addi %v26, %v68 : i64
      %v255 = arith.cmpi slt, %v254, %size_L : i64
      %v256 = arith.subi %size_L, %v1 : i64
      %v257 = arith.minsi %v254, %v256 : i64
      %v258 = arith.addi %v253, %v257 : i64
      %v259 = arith.muli %v251, %v79 : i64
      %v260 = arith.addi %v259, %v68 : i64
      %v261 = llvm.getelementptr %in_x[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v262 = llvm.load %v261 : !llvm.ptr -> f32
      %v264 = arith.addi %v67, %v263 : i64
      %v265 = arith.constant true
      %v266 = arith.addi %v26, %v264 : i64
      %v267 = llvm.getelementptr %v6[%v266] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v268 = llvm.load %v267 : !llvm.ptr<3> -> i64
      %v269 = arith.addi %v26, %v68 : i64
      %v270 = arith.cmpi slt, %v269, %size_L : i64
      %v271 = arith.subi %size_L, %v1 : i64
      %v272 = arith.minsi %v269, %v271 : i64
      %v273 = arith.addi %v268, %v272 : i64
      %v274 = arith.muli %v266, %v79 : i64
      %v275 = arith.addi %v274, %v68 : i64
      %v276 = llvm.getelementptr %in_x[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v277 = llvm.load %v276 : !llvm.ptr -> f32
      %v279 = arith.addi %v67, %v278 : i64
      %v280 = arith.constant true
      %v281 = arith.addi %v26, %v279 : i64
      %v282 = llvm.getelementptr %v6[%v281] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v283 = llvm.load %v282 : !llvm.ptr<3> -> i64
      %v284 = arith.addi %v26, %v68 : i64
      %v285 = arith.cmpi slt, %v284, %size_L : i64
      %v286 = arith.subi %size_L, %v1 : i64
      %v287 = arith.minsi %v284, %v286 : i64
      %v288 = arith.addi %v283, %v287 : i64
      %v289 = arith.muli %v281, %v79 : i64
      %v290 = arith.addi %v289, %v68 : i64
      %v291 = llvm.getelementptr %in_x[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v292 = llvm.load %v291 : !llvm.ptr -> f32
      %v294 = arith.addi %v67, %v293 : i64
      %v295 = arith.constant true
      %v296 = arith.addi %v26, %v294 : i64
      %v297 = llvm.getelementptr %v6[%v296] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v298 = llvm.load %v297 : !llvm.ptr<3> -> i64
      %v299 = arith.addi %v26, %v68 : i64
      %v300 = arith.cmpi slt, %v299, %size_L : i64
      %v301 = arith.subi %size_L, %v1 : i64
      %v302 = arith.minsi %v299, %v301 : i64
      %v303 = arith.addi %v298, %v302 : i64
      %v304 = arith.muli %v296, %v79 : i64
      %v305 = arith.addi %v304, %v68 : i64
      %v306 = llvm.getelementptr %in_x[%v303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v307 = llvm.load %v306 : !llvm.ptr -> f32
      %v308 = arith.addi %v67, %v66 : i64
      %v309 = arith.constant true
      %v310 = arith.addi %v26, %v308 : i64
      %v311 = llvm.getelementptr %v6[%v310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v312 = llvm.load %v311 : !llvm.ptr<3> -> i64
      %v313 = arith.addi %v26, %v68 : i64
      %v314 = arith.cmpi slt, %v313, %size_L : i64
      %v315 = arith.subi %size_L, %v1 : i64
      %v316 = arith.minsi %v313, %v315 : i64
      %v317 = arith.addi %v312, %v316 : i64
      %v318 = arith.muli %v310, %v79 : i64
      %v319 = arith.addi %v318, %v68 : i64
      %v320 = llvm.getelementptr %in_x[%v317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v321 = llvm.load %v320 : !llvm.ptr -> f32
      %v323 = arith.addi %v67, %v322 : i64
      %v324 = arith.constant true
      %v325 = arith.addi %v26, %v323 : i64
      %v326 = llvm.getelementptr %v6[%v325] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v327 = llvm.load %v326 : !llvm.ptr<3> -> i64
      %v328 = arith.addi %v26, %v68 : i64
      %v329 = arith.cmpi slt, %v328, %size_L : i64
      %v330 = arith.subi %size_L, %v1 : i64
      %v331 = arith.minsi %v328, %v330 : i64
      %v332 = arith.addi %v327, %v331 : i64
      %v333 = arith.muli %v325, %v79 : i64
      %v334 = arith.addi %v333, %v68 : i64
      %v335 = llvm.getelementptr %in_x[%v332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v336 = llvm.load %v335 : !llvm.ptr -> f32
      %v338 = arith.addi %v67, %v337 : i64
      %v339 = arith.constant true
      %v340 = arith.addi %v26, %v338 : i64
      %v341 = llvm.getelementptr %v6[%v340] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v342 = llvm.load %v341 : !llvm.ptr<3> -> i64
      %v343 = arith.addi %v26, %v68 : i64
      %v344 = arith.cmpi slt, %v343, %size_L : i64
      %v345 = arith.subi %size_L, %v1 : i64
      %v346 = arith.minsi %v343, %v345 : i64
      %v347 = arith.addi %v342, %v346 : i64
      %v348 = arith.muli %v340, %v79 : i64
      %v349 = arith.addi %v348, %v68 : i64
      %v350 = llvm.getelementptr %in_x[%v347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v351 = llvm.load %v350 : !llvm.ptr -> f32
      %v353 = arith.addi %v67, %v352 : i64
      %v354 = arith.constant true
      %v355 = arith.addi %v26, %v353 : i64
      %v356 = llvm.getelementptr %v6[%v355] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v357 = llvm.load %v356 : !llvm.ptr<3> -> i64
      %v358 = arith.addi %v26, %v68 : i64
      %v359 = arith.cmpi slt, %v358, %size_L : i64
      %v360 = arith.subi %size_L, %v1 : i64
      %v361 = arith.minsi %v358, %v360 : i64
      %v362 = arith.addi %v357, %v361 : i64
      %v363 = arith.muli %v355, %v79 : i64
      %v364 = arith.addi %v363, %v68 : i64
      %v365 = llvm.getelementptr %in_x[%v362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v366 = llvm.load %v365 : !llvm.ptr -> f32
      %v368 = arith.addi %v67, %v367 : i64
      %v369 = arith.constant true
      %v370 = arith.addi %v26, %v368 : i64
      %v371 = llvm.getelementptr %v6[%v370] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v372 = llvm.load %v371 : !llvm.ptr<3> -> i64
      %v373 = arith.addi %v26, %v68 : i64
      %v374 = arith.cmpi slt, %v373, %size_L : i64
      %v375 = arith.subi %size_L, %v1 : i64
      %v376 = arith.minsi %v373, %v375 : i64
      %v377 = arith.addi %v372, %v376 : i64
      %v378 = arith.muli %v370, %v79 : i64
      %v379 = arith.addi %v378, %v68 : i64
      %v380 = llvm.getelementptr %in_x[%v377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v381 = llvm.load %v380 : !llvm.ptr -> f32
      %v383 = arith.addi %v67, %v382 : i64
      %v384 = arith.constant true
      %v385 = arith.addi %v26, %v383 : i64
      %v386 = llvm.getelementptr %v6[%v385] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v387 = llvm.load %v386 : !llvm.ptr<3> -> i64
      %v388 = arith.addi %v26, %v68 : i64
      %v389 = arith.cmpi slt, %v388, %size_L : i64
      %v390 = arith.subi %size_L, %v1 : i64
      %v391 = arith.minsi %v388, %v390 : i64
      %v392 = arith.addi %v387, %v391 : i64
      %v393 = arith.muli %v385, %v79 : i64
      %v394 = arith.addi %v393, %v68 : i64
      %v395 = llvm.getelementptr %in_x[%v392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v396 = llvm.load %v395 : !llvm.ptr -> f32
      %v398 = arith.addi %v67, %v397 : i64
      %v399 = arith.constant true
      %v400 = arith.addi %v26, %v398 : i64
      %v401 = llvm.getelementptr %v6[%v400] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v402 = llvm.load %v401 : !llvm.ptr<3> -> i64
      %v403 = arith.addi %v26, %v68 : i64
      %v404 = arith.cmpi slt, %v403, %size_L : i64
      %v405 = arith.subi %size_L, %v1 : i64
      %v406 = arith.minsi %v403, %v405 : i64
      %v407 = arith.addi %v402, %v406 : i64
      %v408 = arith.muli %v400, %v79 : i64
      %v409 = arith.addi %v408, %v68 : i64
      %v410 = llvm.getelementptr %in_x[%v407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v411 = llvm.load %v410 : !llvm.ptr -> f32
      %v413 = arith.addi %v67, %v412 : i64
      %v414 = arith.constant true
      %v415 = arith.addi %v26, %v413 : i64
      %v416 = llvm.getelementptr %v6[%v415] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v417 = llvm.load %v416 : !llvm.ptr<3> -> i64
      %v418 = arith.addi %v26, %v68 : i64
      %v419 = arith.cmpi slt, %v418, %size_L : i64
      %v420 = arith.subi %size_L, %v1 : i64
      %v421 = arith.minsi %v418, %v420 : i64
      %v422 = arith.addi %v417, %v421 : i64
      %v423 = arith.muli %v415, %v79 : i64
      %v424 = arith.addi %v423, %v68 : i64
      %v425 = llvm.getelementptr %in_x[%v422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v426 = llvm.load %v425 : !llvm.ptr -> f32
      %v428 = arith.addi %v67, %v427 : i64
      %v429 = arith.constant true
      %v430 = arith.addi %v26, %v428 : i64
      %v431 = llvm.getelementptr %v6[%v430] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v432 = llvm.load %v431 : !llvm.ptr<3> -> i64
      %v433 = arith.addi %v26, %v68 : i64
      %v434 = arith.cmpi slt, %v433, %size_L : i64
      %v435 = arith.subi %size_L, %v1 : i64
      %v436 = arith.minsi %v433, %v435 : i64
      %v437 = arith.addi %v432, %v436 : i64
      %v438 = arith.muli %v430, %v79 : i64
      %v439 = arith.addi %v438, %v68 : i64
      %v440 = llvm.getelementptr %in_x[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v441 = llvm.load %v440 : !llvm.ptr -> f32
      %v443 = arith.addi %v67, %v442 : i64
      %v444 = arith.constant true
      %v445 = arith.addi %v26, %v443 : i64
      %v446 = llvm.getelementptr %v6[%v445] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v447 = llvm.load %v446 : !llvm.ptr<3> -> i64
      %v448 = arith.addi %v26, %v68 : i64
      %v449 = arith.cmpi slt, %v448, %size_L : i64
      %v450 = arith.subi %size_L, %v1 : i64
      %v451 = arith.minsi %v448, %v450 : i64
      %v452 = arith.addi %v447, %v451 : i64
      %v453 = arith.muli %v445, %v79 : i64
      %v454 = arith.addi %v453, %v68 : i64
      %v455 = llvm.getelementptr %in_x[%v452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v456 = llvm.load %v455 : !llvm.ptr -> f32
      %v458 = arith.addi %v67, %v457 : i64
      %v459 = arith.constant true
      %v460 = arith.addi %v26, %v458 : i64
      %v461 = llvm.getelementptr %v6[%v460] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v462 = llvm.load %v461 : !llvm.ptr<3> -> i64
      %v463 = arith.addi %v26, %v68 : i64
      %v464 = arith.cmpi slt, %v463, %size_L : i64
      %v465 = arith.subi %size_L, %v1 : i64
      %v466 = arith.minsi %v463, %v465 : i64
      %v467 = arith.addi %v462, %v466 : i64
      %v468 = arith.muli %v460, %v79 : i64
      %v469 = arith.addi %v468, %v68 : i64
      %v470 = llvm.getelementptr %in_x[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v471 = llvm.load %v470 : !llvm.ptr -> f32
      %v473 = arith.addi %v67, %v472 : i64
      %v474 = arith.constant true
      %v475 = arith.addi %v26, %v473 : i64
      %v476 = llvm.getelementptr %v6[%v475] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v477 = llvm.load %v476 : !llvm.ptr<3> -> i64
      %v478 = arith.addi %v26, %v68 : i64
      %v479 = arith.cmpi slt, %v478, %size_L : i64
      %v480 = arith.subi %size_L, %v1 : i64
      %v481 = arith.minsi %v478, %v480 : i64
      %v482 = arith.addi %v477, %v481 : i64
      %v483 = arith.muli %v475, %v79 : i64
      %v484 = arith.addi %v483, %v68 : i64
      %v485 = llvm.getelementptr %in_x[%v482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v486 = llvm.load %v485 : !llvm.ptr -> f32
      %v488 = arith.addi %v67, %v487 : i64
      %v489 = arith.constant true
      %v490 = arith.addi %v26, %v488 : i64
      %v491 = llvm.getelementptr %v6[%v490] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v492 = llvm.load %v491 : !llvm.ptr<3> -> i64
      %v493 = arith.addi %v26, %v68 : i64
      %v494 = arith.cmpi slt, %v493, %size_L : i64
      %v495 = arith.subi %size_L, %v1 : i64
      %v496 = arith.minsi %v493, %v495 : i64
      %v497 = arith.addi %v492, %v496 : i64
      %v498 = arith.muli %v490, %v79 : i64
      %v499 = arith.addi %v498, %v68 : i64
      %v500 = llvm.getelementptr %in_x[%v497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v501 = llvm.load %v500 : !llvm.ptr -> f32
      %v503 = arith.addi %v67, %v502 : i64
      %v504 = arith.constant true
      %v505 = arith.addi %v26, %v503 : i64
      %v506 = llvm.getelementptr %v6[%v505] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v507 = llvm.load %v506 : !llvm.ptr<3> -> i64
      %v508 = arith.addi %v26, %v68 : i64
      %v509 = arith.cmpi slt, %v508, %size_L : i64
      %v510 = arith.subi %size_L, %v1 : i64
      %v511 = arith.minsi %v508, %v510 : i64
      %v512 = arith.addi %v507, %v511 : i64
      %v513 = arith.muli %v505, %v79 : i64
      %v514 = arith.addi %v513, %v68 : i64
      %v515 = llvm.getelementptr %in_x[%v512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v516 = llvm.load %v515 : !llvm.ptr -> f32
      %v518 = arith.addi %v67, %v517 : i64
      %v519 = arith.constant true
      %v520 = arith.addi %v26, %v518 : i64
      %v521 = llvm.getelementptr %v6[%v520] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v522 = llvm.load %v521 : !llvm.ptr<3> -> i64
      %v523 = arith.addi %v26, %v68 : i64
      %v524 = arith.cmpi slt, %v523, %size_L : i64
      %v525 = arith.subi %size_L, %v1 : i64
      %v526 = arith.minsi %v523, %v525 : i64
      %v527 = arith.addi %v522, %v526 : i64
      %v528 = arith.muli %v520, %v79 : i64
      %v529 = arith.addi %v528, %v68 : i64
      %v530 = llvm.getelementptr %in_x[%v527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v531 = llvm.load %v530 : !llvm.ptr -> f32
      %v533 = arith.addi %v67, %v532 : i64
      %v534 = arith.constant true
      %v535 = arith.addi %v26, %v533 : i64
      %v536 = llvm.getelementptr %v6[%v535] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v537 = llvm.load %v536 : !llvm.ptr<3> -> i64
      %v538 = arith.addi %v26, %v68 : i64
      %v539 = arith.cmpi slt, %v538, %size_L : i64
      %v540 = arith.subi %size_L, %v1 : i64
      %v541 = arith.minsi %v538, %v540 : i64
      %v542 = arith.addi %v537, %v541 : i64
      %v543 = arith.muli %v535, %v79 : i64
      %v544 = arith.addi %v543, %v68 : i64
      %v545 = llvm.getelementptr %in_x[%v542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v546 = llvm.load %v545 : !llvm.ptr -> f32
      scf.if %v70 {
        %v547 = llvm.getelementptr %v7[%v81] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v83, %v547 : f32, !llvm.ptr<3>
      }
      scf.if %v85 {
        %v548 = llvm.getelementptr %v7[%v95] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v97, %v548 : f32, !llvm.ptr<3>
      }
      scf.if %v100 {
        %v549 = llvm.getelementptr %v7[%v110] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v112, %v549 : f32, !llvm.ptr<3>
      }
      scf.if %v115 {
        %v550 = llvm.getelementptr %v7[%v125] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v127, %v550 : f32, !llvm.ptr<3>
      }
      scf.if %v130 {
        %v551 = llvm.getelementptr %v7[%v140] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v142, %v551 : f32, !llvm.ptr<3>
      }
      scf.if %v145 {
        %v552 = llvm.getelementptr %v7[%v155] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v157, %v552 : f32, !llvm.ptr<3>
      }
      scf.if %v160 {
        %v553 = llvm.getelementptr %v7[%v170] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v172, %v553 : f32, !llvm.ptr<3>
      }
      scf.if %v175 {
        %v554 = llvm.getelementptr %v7[%v185] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v187, %v554 : f32, !llvm.ptr<3>
      }
      scf.if %v190 {
        %v555 = llvm.getelementptr %v7[%v200] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v202, %v555 : f32, !llvm.ptr<3>
      }
      scf.if %v205 {
        %v556 = llvm.getelementptr %v7[%v215] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v217, %v556 : f32, !llvm.ptr<3>
      }
      scf.if %v220 {
        %v557 = llvm.getelementptr %v7[%v230] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v232, %v557 : f32, !llvm.ptr<3>
      }
      scf.if %v235 {
        %v558 = llvm.getelementptr %v7[%v245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v247, %v558 : f32, !llvm.ptr<3>
      }
      scf.if %v250 {
        %v559 = llvm.getelementptr %v7[%v260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v262, %v559 : f32, !llvm.ptr<3>
      }
      scf.if %v265 {
        %v560 = llvm.getelementptr %v7[%v275] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v277, %v560 : f32, !llvm.ptr<3>
      }
      scf.if %v280 {
        %v561 = llvm.getelementptr %v7[%v290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v292, %v561 : f32, !llvm.ptr<3>
      }
      scf.if %v295 {
        %v562 = llvm.getelementptr %v7[%v305] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v307, %v562 : f32, !llvm.ptr<3>
      }
      scf.if %v309 {
        %v563 = llvm.getelementptr %v7[%v319] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v321, %v563 : f32, !llvm.ptr<3>
      }
      scf.if %v324 {
        %v564 = llvm.getelementptr %v7[%v334] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v336, %v564 : f32, !llvm.ptr<3>
      }
      scf.if %v339 {
        %v565 = llvm.getelementptr %v7[%v349] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v351, %v565 : f32, !llvm.ptr<3>
      }
      scf.if %v354 {
        %v566 = llvm.getelementptr %v7[%v364] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v366, %v566 : f32, !llvm.ptr<3>
      }
      scf.if %v369 {
        %v567 = llvm.getelementptr %v7[%v379] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v381, %v567 : f32, !llvm.ptr<3>
      }
      scf.if %v384 {
        %v568 = llvm.getelementptr %v7[%v394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v396, %v568 : f32, !llvm.ptr<3>
      }
      scf.if %v399 {
        %v569 = llvm.getelementptr %v7[%v409] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v411, %v569 : f32, !llvm.ptr<3>
      }
      scf.if %v414 {
        %v570 = llvm.getelementptr %v7[%v424] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v426, %v570 : f32, !llvm.ptr<3>
      }
      scf.if %v429 {
        %v571 = llvm.getelementptr %v7[%v439] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v441, %v571 : f32, !llvm.ptr<3>
      }
      scf.if %v444 {
        %v572 = llvm.getelementptr %v7[%v454] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v456, %v572 : f32, !llvm.ptr<3>
      }
      scf.if %v459 {
        %v573 = llvm.getelementptr %v7[%v469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v471, %v573 : f32, !llvm.ptr<3>
      }
      scf.if %v474 {
        %v574 = llvm.getelementptr %v7[%v484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v486, %v574 : f32, !llvm.ptr<3>
      }
      scf.if %v489 {
        %v575 = llvm.getelementptr %v7[%v499] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v501, %v575 : f32, !llvm.ptr<3>
      }
      scf.if %v504 {
        %v576 = llvm.getelementptr %v7[%v514] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v516, %v576 : f32, !llvm.ptr<3>
      }
      scf.if %v519 {
        %v577 = llvm.getelementptr %v7[%v529] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v531, %v577 : f32, !llvm.ptr<3>
      }
      scf.if %v534 {
        %v578 = llvm.getelementptr %v7[%v544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v546, %v578 : f32, !llvm.ptr<3>
      }
      // end staged load of `x`
      // staged load of `rho`'s first tile: read, then shared memory
      %v579 = arith.divui %v14, %v66 : i64
      %v580 = arith.remui %v14, %v66 : i64
      %v581 = arith.addi %v579, %v26 : i64
      %v582 = arith.constant true
      %v583 = arith.addi %v16, %v581 : i64
      %v584 = llvm.getelementptr %v6[%v583] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v585 = llvm.load %v584 : !llvm.ptr<3> -> i64
      %v586 = arith.addi %v26, %v580 : i64
      %v587 = arith.cmpi slt, %v586, %size_L : i64
      %v588 = arith.subi %size_L, %v1 : i64
      %v589 = arith.minsi %v586, %v588 : i64
      %v590 = arith.addi %v585, %v589 : i64
      %v591 = arith.muli %v583, %v79 : i64
      %v592 = arith.addi %v591, %v580 : i64
      %v593 = llvm.getelementptr %in_rho[%v590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v594 = llvm.load %v593 : !llvm.ptr -> f32
      %v595 = arith.addi %v579, %v50 : i64
      %v596 = arith.constant true
      %v597 = arith.addi %v16, %v595 : i64
      %v598 = llvm.getelementptr %v6[%v597] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v599 = llvm.load %v598 : !llvm.ptr<3> -> i64
      %v600 = arith.addi %v26, %v580 : i64
      %v601 = arith.cmpi slt, %v600, %size_L : i64
      %v602 = arith.subi %size_L, %v1 : i64
      %v603 = arith.minsi %v600, %v602 : i64
      %v604 = arith.addi %v599, %v603 : i64
      %v605 = arith.muli %v597, %v79 : i64
      %v606 = arith.addi %v605, %v580 : i64
      %v607 = llvm.getelementptr %in_rho[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v608 = llvm.load %v607 : !llvm.ptr -> f32
      %v609 = arith.addi %v579, %v98 : i64
      %v610 = arith.constant true
      %v611 = arith.addi %v16, %v609 : i64
      %v612 = llvm.getelementptr %v6[%v611] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v613 = llvm.load %v612 : !llvm.ptr<3> -> i64
      %v614 = arith.addi %v26, %v580 : i64
      %v615 = arith.cmpi slt, %v614, %size_L : i64
      %v616 = arith.subi %size_L, %v1 : i64
      %v617 = arith.minsi %v614, %v616 : i64
      %v618 = arith.addi %v613, %v617 : i64
      %v619 = arith.muli %v611, %v79 : i64
      %v620 = arith.addi %v619, %v580 : i64
      %v621 = llvm.getelementptr %in_rho[%v618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v622 = llvm.load %v621 : !llvm.ptr -> f32
      %v623 = arith.addi %v579, %v113 : i64
      %v624 = arith.constant true
      %v625 = arith.addi %v16, %v623 : i64
      %v626 = llvm.getelementptr %v6[%v625] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v627 = llvm.load %v626 : !llvm.ptr<3> -> i64
      %v628 = arith.addi %v26, %v580 : i64
      %v629 = arith.cmpi slt, %v628, %size_L : i64
      %v630 = arith.subi %size_L, %v1 : i64
      %v631 = arith.minsi %v628, %v630 : i64
      %v632 = arith.addi %v627, %v631 : i64
      %v633 = arith.muli %v625, %v79 : i64
      %v634 = arith.addi %v633, %v580 : i64
      %v635 = llvm.getelementptr %in_rho[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v636 = llvm.load %v635 : !llvm.ptr -> f32
      %v637 = arith.addi %v579, %v128 : i64
      %v638 = arith.constant true
      %v639 = arith.addi %v16, %v637 : i64
      %v640 = llvm.getelementptr %v6[%v639] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v641 = llvm.load %v640 : !llvm.ptr<3> -> i64
      %v642 = arith.addi %v26, %v580 : i64
      %v643 = arith.cmpi slt, %v642, %size_L : i64
      %v644 = arith.subi %size_L, %v1 : i64
      %v645 = arith.minsi %v642, %v644 : i64
      %v646 = arith.addi %v641, %v645 : i64
      %v647 = arith.muli %v639, %v79 : i64
      %v648 = arith.addi %v647, %v580 : i64
      %v649 = llvm.getelementptr %in_rho[%v646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v650 = llvm.load %v649 : !llvm.ptr -> f32
      %v651 = arith.addi %v579, %v143 : i64
      %v652 = arith.constant true
      %v653 = arith.addi %v16, %v651 : i64
      %v654 = llvm.getelementptr %v6[%v653] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v655 = llvm.load %v654 : !llvm.ptr<3> -> i64
      %v656 = arith.addi %v26, %v580 : i64
      %v657 = arith.cmpi slt, %v656, %size_L : i64
      %v658 = arith.subi %size_L, %v1 : i64
      %v659 = arith.minsi %v656, %v658 : i64
      %v660 = arith.addi %v655, %v659 : i64
      %v661 = arith.muli %v653, %v79 : i64
      %v662 = arith.addi %v661, %v580 : i64
      %v663 = llvm.getelementptr %in_rho[%v660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v664 = llvm.load %v663 : !llvm.ptr -> f32
      %v665 = arith.addi %v579, %v158 : i64
      %v666 = arith.constant true
      %v667 = arith.addi %v16, %v665 : i64
      %v668 = llvm.getelementptr %v6[%v667] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v669 = llvm.load %v668 : !llvm.ptr<3> -> i64
      %v670 = arith.addi %v26, %v580 : i64
      %v671 = arith.cmpi slt, %v670, %size_L : i64
      %v672 = arith.subi %size_L, %v1 : i64
      %v673 = arith.minsi %v670, %v672 : i64
      %v674 = arith.addi %v669, %v673 : i64
      %v675 = arith.muli %v667, %v79 : i64
      %v676 = arith.addi %v675, %v580 : i64
      %v677 = llvm.getelementptr %in_rho[%v674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v678 = llvm.load %v677 : !llvm.ptr -> f32
      %v679 = arith.addi %v579, %v173 : i64
      %v680 = arith.constant true
      %v681 = arith.addi %v16, %v679 : i64
      %v682 = llvm.getelementptr %v6[%v681] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v683 = llvm.load %v682 : !llvm.ptr<3> -> i64
      %v684 = arith.addi %v26, %v580 : i64
      %v685 = arith.cmpi slt, %v684, %size_L : i64
      %v686 = arith.subi %size_L, %v1 : i64
      %v687 = arith.minsi %v684, %v686 : i64
      %v688 = arith.addi %v683, %v687 : i64
      %v689 = arith.muli %v681, %v79 : i64
      %v690 = arith.addi %v689, %v580 : i64
      %v691 = llvm.getelementptr %in_rho[%v688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v692 = llvm.load %v691 : !llvm.ptr -> f32
      %v693 = arith.addi %v579, %v188 : i64
      %v694 = arith.constant true
      %v695 = arith.addi %v16, %v693 : i64
      %v696 = llvm.getelementptr %v6[%v695] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v697 = llvm.load %v696 : !llvm.ptr<3> -> i64
      %v698 = arith.addi %v26, %v580 : i64
      %v699 = arith.cmpi slt, %v698, %size_L : i64
      %v700 = arith.subi %size_L, %v1 : i64
      %v701 = arith.minsi %v698, %v700 : i64
      %v702 = arith.addi %v697, %v701 : i64
      %v703 = arith.muli %v695, %v79 : i64
      %v704 = arith.addi %v703, %v580 : i64
      %v705 = llvm.getelementptr %in_rho[%v702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v706 = llvm.load %v705 : !llvm.ptr -> f32
      %v707 = arith.addi %v579, %v203 : i64
      %v708 = arith.constant true
      %v709 = arith.addi %v16, %v707 : i64
      %v710 = llvm.getelementptr %v6[%v709] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v711 = llvm.load %v710 : !llvm.ptr<3> -> i64
      %v712 = arith.addi %v26, %v580 : i64
      %v713 = arith.cmpi slt, %v712, %size_L : i64
      %v714 = arith.subi %size_L, %v1 : i64
      %v715 = arith.minsi %v712, %v714 : i64
      %v716 = arith.addi %v711, %v715 : i64
      %v717 = arith.muli %v709, %v79 : i64
      %v718 = arith.addi %v717, %v580 : i64
      %v719 = llvm.getelementptr %in_rho[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v720 = llvm.load %v719 : !llvm.ptr -> f32
      %v721 = arith.addi %v579, %v218 : i64
      %v722 = arith.constant true
      %v723 = arith.addi %v16, %v721 : i64
      %v724 = llvm.getelementptr %v6[%v723] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v725 = llvm.load %v724 : !llvm.ptr<3> -> i64
      %v726 = arith.addi %v26, %v580 : i64
      %v727 = arith.cmpi slt, %v726, %size_L : i64
      %v728 = arith.subi %size_L, %v1 : i64
      %v729 = arith.minsi %v726, %v728 : i64
      %v730 = arith.addi %v725, %v729 : i64
      %v731 = arith.muli %v723, %v79 : i64
      %v732 = arith.addi %v731, %v580 : i64
      %v733 = llvm.getelementptr %in_rho[%v730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v734 = llvm.load %v733 : !llvm.ptr -> f32
      %v735 = arith.addi %v579, %v233 : i64
      %v736 = arith.constant true
      %v737 = arith.addi %v16, %v735 : i64
      %v738 = llvm.getelementptr %v6[%v737] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v739 = llvm.load %v738 : !llvm.ptr<3> -> i64
      %v740 = arith.addi %v26, %v580 : i64
      %v741 = arith.cmpi slt, %v740, %size_L : i64
      %v742 = arith.subi %size_L, %v1 : i64
      %v743 = arith.minsi %v740, %v742 : i64
      %v744 = arith.addi %v739, %v743 : i64
      %v745 = arith.muli %v737, %v79 : i64
      %v746 = arith.addi %v745, %v580 : i64
      %v747 = llvm.getelementptr %in_rho[%v744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v748 = llvm.load %v747 : !llvm.ptr -> f32
      %v749 = arith.addi %v579, %v248 : i64
      %v750 = arith.constant true
      %v751 = arith.addi %v16, %v749 : i64
      %v752 = llvm.getelementptr %v6[%v751] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v753 = llvm.load %v752 : !llvm.ptr<3> -> i64
      %v754 = arith.addi %v26, %v580 : i64
      %v755 = arith.cmpi slt, %v754, %size_L : i64
      %v756 = arith.subi %size_L, %v1 : i64
      %v757 = arith.minsi %v754, %v756 : i64
      %v758 = arith.addi %v753, %v757 : i64
      %v759 = arith.muli %v751, %v79 : i64
      %v760 = arith.addi %v759, %v580 : i64
      %v761 = llvm.getelementptr %in_rho[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v762 = llvm.load %v761 : !llvm.ptr -> f32
      %v763 = arith.addi %v579, %v263 : i64
      %v764 = arith.constant true
      %v765 = arith.addi %v16, %v763 : i64
      %v766 = llvm.getelementptr %v6[%v765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v767 = llvm.load %v766 : !llvm.ptr<3> -> i64
      %v768 = arith.addi %v26, %v580 : i64
      %v769 = arith.cmpi slt, %v768, %size_L : i64
      %v770 = arith.subi %size_L, %v1 : i64
      %v771 = arith.minsi %v768, %v770 : i64
      %v772 = arith.addi %v767, %v771 : i64
      %v773 = arith.muli %v765, %v79 : i64
      %v774 = arith.addi %v773, %v580 : i64
      %v775 = llvm.getelementptr %in_rho[%v772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v776 = llvm.load %v775 : !llvm.ptr -> f32
      %v777 = arith.addi %v579, %v278 : i64
      %v778 = arith.constant true
      %v779 = arith.addi %v16, %v777 : i64
      %v780 = llvm.getelementptr %v6[%v779] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v781 = llvm.load %v780 : !llvm.ptr<3> -> i64
      %v782 = arith.addi %v26, %v580 : i64
      %v783 = arith.cmpi slt, %v782, %size_L : i64
      %v784 = arith.subi %size_L, %v1 : i64
      %v785 = arith.minsi %v782, %v784 : i64
      %v786 = arith.addi %v781, %v785 : i64
      %v787 = arith.muli %v779, %v79 : i64
      %v788 = arith.addi %v787, %v580 : i64
      %v789 = llvm.getelementptr %in_rho[%v786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v790 = llvm.load %v789 : !llvm.ptr -> f32
      %v791 = arith.addi %v579, %v293 : i64
      %v792 = arith.constant true
      %v793 = arith.addi %v16, %v791 : i64
      %v794 = llvm.getelementptr %v6[%v793] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v795 = llvm.load %v794 : !llvm.ptr<3> -> i64
      %v796 = arith.addi %v26, %v580 : i64
      %v797 = arith.cmpi slt, %v796, %size_L : i64
      %v798 = arith.subi %size_L, %v1 : i64
      %v799 = arith.minsi %v796, %v798 : i64
      %v800 = arith.addi %v795, %v799 : i64
      %v801 = arith.muli %v793, %v79 : i64
      %v802 = arith.addi %v801, %v580 : i64
      %v803 = llvm.getelementptr %in_rho[%v800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v804 = llvm.load %v803 : !llvm.ptr -> f32
      %v805 = arith.addi %v579, %v66 : i64
      %v806 = arith.constant true
      %v807 = arith.addi %v16, %v805 : i64
      %v808 = llvm.getelementptr %v6[%v807] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v809 = llvm.load %v808 : !llvm.ptr<3> -> i64
      %v810 = arith.addi %v26, %v580 : i64
      %v811 = arith.cmpi slt, %v810, %size_L : i64
      %v812 = arith.subi %size_L, %v1 : i64
      %v813 = arith.minsi %v810, %v812 : i64
      %v814 = arith.addi %v809, %v813 : i64
      %v815 = arith.muli %v807, %v79 : i64
      %v816 = arith.addi %v815, %v580 : i64
      %v817 = llvm.getelementptr %in_rho[%v814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v818 = llvm.load %v817 : !llvm.ptr -> f32
      %v819 = arith.addi %v579, %v322 : i64
      %v820 = arith.constant true
      %v821 = arith.addi %v16, %v819 : i64
      %v822 = llvm.getelementptr %v6[%v821] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v823 = llvm.load %v822 : !llvm.ptr<3> -> i64
      %v824 = arith.addi %v26, %v580 : i64
      %v825 = arith.cmpi slt, %v824, %size_L : i64
      %v826 = arith.subi %size_L, %v1 : i64
      %v827 = arith.minsi %v824, %v826 : i64
      %v828 = arith.addi %v823, %v827 : i64
      %v829 = arith.muli %v821, %v79 : i64
      %v830 = arith.addi %v829, %v580 : i64
      %v831 = llvm.getelementptr %in_rho[%v828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v832 = llvm.load %v831 : !llvm.ptr -> f32
      %v833 = arith.addi %v579, %v337 : i64
      %v834 = arith.constant true
      %v835 = arith.addi %v16, %v833 : i64
      %v836 = llvm.getelementptr %v6[%v835] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v837 = llvm.load %v836 : !llvm.ptr<3> -> i64
      %v838 = arith.addi %v26, %v580 : i64
      %v839 = arith.cmpi slt, %v838, %size_L : i64
      %v840 = arith.subi %size_L, %v1 : i64
      %v841 = arith.minsi %v838, %v840 : i64
      %v842 = arith.addi %v837, %v841 : i64
      %v843 = arith.muli %v835, %v79 : i64
      %v844 = arith.addi %v843, %v580 : i64
      %v845 = llvm.getelementptr %in_rho[%v842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v846 = llvm.load %v845 : !llvm.ptr -> f32
      %v847 = arith.addi %v579, %v352 : i64
      %v848 = arith.constant true
      %v849 = arith.addi %v16, %v847 : i64
      %v850 = llvm.getelementptr %v6[%v849] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v851 = llvm.load %v850 : !llvm.ptr<3> -> i64
      %v852 = arith.addi %v26, %v580 : i64
      %v853 = arith.cmpi slt, %v852, %size_L : i64
      %v854 = arith.subi %size_L, %v1 : i64
      %v855 = arith.minsi %v852, %v854 : i64
      %v856 = arith.addi %v851, %v855 : i64
      %v857 = arith.muli %v849, %v79 : i64
      %v858 = arith.addi %v857, %v580 : i64
      %v859 = llvm.getelementptr %in_rho[%v856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v860 = llvm.load %v859 : !llvm.ptr -> f32
      %v861 = arith.addi %v579, %v367 : i64
      %v862 = arith.constant true
      %v863 = arith.addi %v16, %v861 : i64
      %v864 = llvm.getelementptr %v6[%v863] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v865 = llvm.load %v864 : !llvm.ptr<3> -> i64
      %v866 = arith.addi %v26, %v580 : i64
      %v867 = arith.cmpi slt, %v866, %size_L : i64
      %v868 = arith.subi %size_L, %v1 : i64
      %v869 = arith.minsi %v866, %v868 : i64
      %v870 = arith.addi %v865, %v869 : i64
      %v871 = arith.muli %v863, %v79 : i64
      %v872 = arith.addi %v871, %v580 : i64
      %v873 = llvm.getelementptr %in_rho[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v874 = llvm.load %v873 : !llvm.ptr -> f32
      %v875 = arith.addi %v579, %v382 : i64
      %v876 = arith.constant true
      %v877 = arith.addi %v16, %v875 : i64
      %v878 = llvm.getelementptr %v6[%v877] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v879 = llvm.load %v878 : !llvm.ptr<3> -> i64
      %v880 = arith.addi %v26, %v580 : i64
      %v881 = arith.cmpi slt, %v880, %size_L : i64
      %v882 = arith.subi %size_L, %v1 : i64
      %v883 = arith.minsi %v880, %v882 : i64
      %v884 = arith.addi %v879, %v883 : i64
      %v885 = arith.muli %v877, %v79 : i64
      %v886 = arith.addi %v885, %v580 : i64
      %v887 = llvm.getelementptr %in_rho[%v884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v888 = llvm.load %v887 : !llvm.ptr -> f32
      %v889 = arith.addi %v579, %v397 : i64
      %v890 = arith.constant true
      %v891 = arith.addi %v16, %v889 : i64
      %v892 = llvm.getelementptr %v6[%v891] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v893 = llvm.load %v892 : !llvm.ptr<3> -> i64
      %v894 = arith.addi %v26, %v580 : i64
      %v895 = arith.cmpi slt, %v894, %size_L : i64
      %v896 = arith.subi %size_L, %v1 : i64
      %v897 = arith.minsi %v894, %v896 : i64
      %v898 = arith.addi %v893, %v897 : i64
      %v899 = arith.muli %v891, %v79 : i64
      %v900 = arith.addi %v899, %v580 : i64
      %v901 = llvm.getelementptr %in_rho[%v898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v902 = llvm.load %v901 : !llvm.ptr -> f32
      %v903 = arith.addi %v579, %v412 : i64
      %v904 = arith.constant true
      %v905 = arith.addi %v16, %v903 : i64
      %v906 = llvm.getelementptr %v6[%v905] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v907 = llvm.load %v906 : !llvm.ptr<3> -> i64
      %v908 = arith.addi %v26, %v580 : i64
      %v909 = arith.cmpi slt, %v908, %size_L : i64
      %v910 = arith.subi %size_L, %v1 : i64
      %v911 = arith.minsi %v908, %v910 : i64
      %v912 = arith.addi %v907, %v911 : i64
      %v913 = arith.muli %v905, %v79 : i64
      %v914 = arith.addi %v913, %v580 : i64
      %v915 = llvm.getelementptr %in_rho[%v912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v916 = llvm.load %v915 : !llvm.ptr -> f32
      %v917 = arith.addi %v579, %v427 : i64
      %v918 = arith.constant true
      %v919 = arith.addi %v16, %v917 : i64
      %v920 = llvm.getelementptr %v6[%v919] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v921 = llvm.load %v920 : !llvm.ptr<3> -> i64
      %v922 = arith.addi %v26, %v580 : i64
      %v923 = arith.cmpi slt, %v922, %size_L : i64
      %v924 = arith.subi %size_L, %v1 : i64
      %v925 = arith.minsi %v922, %v924 : i64
      %v926 = arith.addi %v921, %v925 : i64
      %v927 = arith.muli %v919, %v79 : i64
      %v928 = arith.addi %v927, %v580 : i64
      %v929 = llvm.getelementptr %in_rho[%v926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v930 = llvm.load %v929 : !llvm.ptr -> f32
      %v931 = arith.addi %v579, %v442 : i64
      %v932 = arith.constant true
      %v933 = arith.addi %v16, %v931 : i64
      %v934 = llvm.getelementptr %v6[%v933] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v935 = llvm.load %v934 : !llvm.ptr<3> -> i64
      %v936 = arith.addi %v26, %v580 : i64
      %v937 = arith.cmpi slt, %v936, %size_L : i64
      %v938 = arith.subi %size_L, %v1 : i64
      %v939 = arith.minsi %v936, %v938 : i64
      %v940 = arith.addi %v935, %v939 : i64
      %v941 = arith.muli %v933, %v79 : i64
      %v942 = arith.addi %v941, %v580 : i64
      %v943 = llvm.getelementptr %in_rho[%v940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v944 = llvm.load %v943 : !llvm.ptr -> f32
      %v945 = arith.addi %v579, %v457 : i64
      %v946 = arith.constant true
      %v947 = arith.addi %v16, %v945 : i64
      %v948 = llvm.getelementptr %v6[%v947] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v949 = llvm.load %v948 : !llvm.ptr<3> -> i64
      %v950 = arith.addi %v26, %v580 : i64
      %v951 = arith.cmpi slt, %v950, %size_L : i64
      %v952 = arith.subi %size_L, %v1 : i64
      %v953 = arith.minsi %v950, %v952 : i64
      %v954 = arith.addi %v949, %v953 : i64
      %v955 = arith.muli %v947, %v79 : i64
      %v956 = arith.addi %v955, %v580 : i64
      %v957 = llvm.getelementptr %in_rho[%v954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v958 = llvm.load %v957 : !llvm.ptr -> f32
      %v959 = arith.addi %v579, %v472 : i64
      %v960 = arith.constant true
      %v961 = arith.addi %v16, %v959 : i64
      %v962 = llvm.getelementptr %v6[%v961] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v963 = llvm.load %v962 : !llvm.ptr<3> -> i64
      %v964 = arith.addi %v26, %v580 : i64
      %v965 = arith.cmpi slt, %v964, %size_L : i64
      %v966 = arith.subi %size_L, %v1 : i64
      %v967 = arith.minsi %v964, %v966 : i64
      %v968 = arith.addi %v963, %v967 : i64
      %v969 = arith.muli %v961, %v79 : i64
      %v970 = arith.addi %v969, %v580 : i64
      %v971 = llvm.getelementptr %in_rho[%v968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v972 = llvm.load %v971 : !llvm.ptr -> f32
      %v973 = arith.addi %v579, %v487 : i64
      %v974 = arith.constant true
      %v975 = arith.addi %v16, %v973 : i64
      %v976 = llvm.getelementptr %v6[%v975] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v977 = llvm.load %v976 : !llvm.ptr<3> -> i64
      %v978 = arith.addi %v26, %v580 : i64
      %v979 = arith.cmpi slt, %v978, %size_L : i64
      %v980 = arith.subi %size_L, %v1 : i64
      %v981 = arith.minsi %v978, %v980 : i64
      %v982 = arith.addi %v977, %v981 : i64
      %v983 = arith.muli %v975, %v79 : i64
      %v984 = arith.addi %v983, %v580 : i64
      %v985 = llvm.getelementptr %in_rho[%v982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v986 = llvm.load %v985 : !llvm.ptr -> f32
      %v987 = arith.addi %v579, %v502 : i64
      %v988 = arith.constant true
      %v989 = arith.addi %v16, %v987 : i64
      %v990 = llvm.getelementptr %v6[%v989] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v991 = llvm.load %v990 : !llvm.ptr<3> -> i64
      %v992 = arith.addi %v26, %v580 : i64
      %v993 = arith.cmpi slt, %v992, %size_L : i64
      %v994 = arith.subi %size_L, %v1 : i64
      %v995 = arith.minsi %v992, %v994 : i64
      %v996 = arith.addi %v991, %v995 : i64
      %v997 = arith.muli %v989, %v79 : i64
      %v998 = arith.addi %v997, %v580 : i64
      %v999 = llvm.getelementptr %in_rho[%v996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1000 = llvm.load %v999 : !llvm.ptr -> f32
      %v1001 = arith.addi %v579, %v517 : i64
      %v1002 = arith.constant true
      %v1003 = arith.addi %v16, %v1001 : i64
      %v1004 = llvm.getelementptr %v6[%v1003] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1005 = llvm.load %v1004 : !llvm.ptr<3> -> i64
      %v1006 = arith.addi %v26, %v580 : i64
      %v1007 = arith.cmpi slt, %v1006, %size_L : i64
      %v1008 = arith.subi %size_L, %v1 : i64
      %v1009 = arith.minsi %v1006, %v1008 : i64
      %v1010 = arith.addi %v1005, %v1009 : i64
      %v1011 = arith.muli %v1003, %v79 : i64
      %v1012 = arith.addi %v1011, %v580 : i64
      %v1013 = llvm.getelementptr %in_rho[%v1010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1014 = llvm.load %v1013 : !llvm.ptr -> f32
      %v1015 = arith.addi %v579, %v532 : i64
      %v1016 = arith.constant true
      %v1017 = arith.addi %v16, %v1015 : i64
      %v1018 = llvm.getelementptr %v6[%v1017] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1019 = llvm.load %v1018 : !llvm.ptr<3> -> i64
      %v1020 = arith.addi %v26, %v580 : i64
      %v1021 = arith.cmpi slt, %v1020, %size_L : i64
      %v1022 = arith.subi %size_L, %v1 : i64
      %v1023 = arith.minsi %v1020, %v1022 : i64
      %v1024 = arith.addi %v1019, %v1023 : i64
      %v1025 = arith.muli %v1017, %v79 : i64
      %v1026 = arith.addi %v1025, %v580 : i64
      %v1027 = llvm.getelementptr %in_rho[%v1024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1028 = llvm.load %v1027 : !llvm.ptr -> f32
      scf.if %v582 {
        %v1029 = llvm.getelementptr %v7[%v592] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v594, %v1029 : f32, !llvm.ptr<3>
      }
      scf.if %v596 {
        %v1030 = llvm.getelementptr %v7[%v606] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v608, %v1030 : f32, !llvm.ptr<3>
      }
      scf.if %v610 {
        %v1031 = llvm.getelementptr %v7[%v620] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v622, %v1031 : f32, !llvm.ptr<3>
      }
      scf.if %v624 {
        %v1032 = llvm.getelementptr %v7[%v634] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v636, %v1032 : f32, !llvm.ptr<3>
      }
      scf.if %v638 {
        %v1033 = llvm.getelementptr %v7[%v648] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v650, %v1033 : f32, !llvm.ptr<3>
      }
      scf.if %v652 {
        %v1034 = llvm.getelementptr %v7[%v662] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v664, %v1034 : f32, !llvm.ptr<3>
      }
      scf.if %v666 {
        %v1035 = llvm.getelementptr %v7[%v676] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v678, %v1035 : f32, !llvm.ptr<3>
      }
      scf.if %v680 {
        %v1036 = llvm.getelementptr %v7[%v690] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v692, %v1036 : f32, !llvm.ptr<3>
      }
      scf.if %v694 {
        %v1037 = llvm.getelementptr %v7[%v704] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v706, %v1037 : f32, !llvm.ptr<3>
      }
      scf.if %v708 {
        %v1038 = llvm.getelementptr %v7[%v718] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v720, %v1038 : f32, !llvm.ptr<3>
      }
      scf.if %v722 {
        %v1039 = llvm.getelementptr %v7[%v732] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v734, %v1039 : f32, !llvm.ptr<3>
      }
      scf.if %v736 {
        %v1040 = llvm.getelementptr %v7[%v746] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v748, %v1040 : f32, !llvm.ptr<3>
      }
      scf.if %v750 {
        %v1041 = llvm.getelementptr %v7[%v760] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v762, %v1041 : f32, !llvm.ptr<3>
      }
      scf.if %v764 {
        %v1042 = llvm.getelementptr %v7[%v774] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v776, %v1042 : f32, !llvm.ptr<3>
      }
      scf.if %v778 {
        %v1043 = llvm.getelementptr %v7[%v788] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v790, %v1043 : f32, !llvm.ptr<3>
      }
      scf.if %v792 {
        %v1044 = llvm.getelementptr %v7[%v802] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v804, %v1044 : f32, !llvm.ptr<3>
      }
      scf.if %v806 {
        %v1045 = llvm.getelementptr %v7[%v816] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v818, %v1045 : f32, !llvm.ptr<3>
      }
      scf.if %v820 {
        %v1046 = llvm.getelementptr %v7[%v830] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v832, %v1046 : f32, !llvm.ptr<3>
      }
      scf.if %v834 {
        %v1047 = llvm.getelementptr %v7[%v844] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v846, %v1047 : f32, !llvm.ptr<3>
      }
      scf.if %v848 {
        %v1048 = llvm.getelementptr %v7[%v858] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v860, %v1048 : f32, !llvm.ptr<3>
      }
      scf.if %v862 {
        %v1049 = llvm.getelementptr %v7[%v872] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v874, %v1049 : f32, !llvm.ptr<3>
      }
      scf.if %v876 {
        %v1050 = llvm.getelementptr %v7[%v886] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v888, %v1050 : f32, !llvm.ptr<3>
      }
      scf.if %v890 {
        %v1051 = llvm.getelementptr %v7[%v900] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v902, %v1051 : f32, !llvm.ptr<3>
      }
      scf.if %v904 {
        %v1052 = llvm.getelementptr %v7[%v914] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v916, %v1052 : f32, !llvm.ptr<3>
      }
      scf.if %v918 {
        %v1053 = llvm.getelementptr %v7[%v928] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v930, %v1053 : f32, !llvm.ptr<3>
      }
      scf.if %v932 {
        %v1054 = llvm.getelementptr %v7[%v942] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v944, %v1054 : f32, !llvm.ptr<3>
      }
      scf.if %v946 {
        %v1055 = llvm.getelementptr %v7[%v956] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v958, %v1055 : f32, !llvm.ptr<3>
      }
      scf.if %v960 {
        %v1056 = llvm.getelementptr %v7[%v970] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v972, %v1056 : f32, !llvm.ptr<3>
      }
      scf.if %v974 {
        %v1057 = llvm.getelementptr %v7[%v984] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v986, %v1057 : f32, !llvm.ptr<3>
      }
      scf.if %v988 {
        %v1058 = llvm.getelementptr %v7[%v998] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1000, %v1058 : f32, !llvm.ptr<3>
      }
      scf.if %v1002 {
        %v1059 = llvm.getelementptr %v7[%v1012] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1014, %v1059 : f32, !llvm.ptr<3>
      }
      scf.if %v1016 {
        %v1060 = llvm.getelementptr %v7[%v1026] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1028, %v1060 : f32, !llvm.ptr<3>
      }
      // end staged load of `rho`
      // staged load of `theta`'s first tile: read, then shared memory
      %v1061 = arith.divui %v14, %v66 : i64
      %v1062 = arith.remui %v14, %v66 : i64
      %v1063 = arith.addi %v1061, %v26 : i64
      %v1064 = arith.constant true
      %v1066 = arith.addi %v1065, %v1063 : i64
      %v1067 = llvm.getelementptr %v6[%v1066] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1068 = llvm.load %v1067 : !llvm.ptr<3> -> i64
      %v1069 = arith.addi %v26, %v1062 : i64
      %v1070 = arith.cmpi slt, %v1069, %size_L : i64
      %v1071 = arith.subi %size_L, %v1 : i64
      %v1072 = arith.minsi %v1069, %v1071 : i64
      %v1073 = arith.addi %v1068, %v1072 : i64
      %v1074 = arith.muli %v1066, %v79 : i64
      %v1075 = arith.addi %v1074, %v1062 : i64
      %v1076 = llvm.getelementptr %in_theta[%v1073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1077 = llvm.load %v1076 : !llvm.ptr -> f32
      %v1078 = arith.addi %v1061, %v50 : i64
      %v1079 = arith.constant true
      %v1080 = arith.addi %v1065, %v1078 : i64
      %v1081 = llvm.getelementptr %v6[%v1080] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1082 = llvm.load %v1081 : !llvm.ptr<3> -> i64
      %v1083 = arith.addi %v26, %v1062 : i64
      %v1084 = arith.cmpi slt, %v1083, %size_L : i64
      %v1085 = arith.subi %size_L, %v1 : i64
      %v1086 = arith.minsi %v1083, %v1085 : i64
      %v1087 = arith.addi %v1082, %v1086 : i64
      %v1088 = arith.muli %v1080, %v79 : i64
      %v1089 = arith.addi %v1088, %v1062 : i64
      %v1090 = llvm.getelementptr %in_theta[%v1087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1091 = llvm.load %v1090 : !llvm.ptr -> f32
      %v1092 = arith.addi %v1061, %v98 : i64
      %v1093 = arith.constant true
      %v1094 = arith.addi %v1065, %v1092 : i64
      %v1095 = llvm.getelementptr %v6[%v1094] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1096 = llvm.load %v1095 : !llvm.ptr<3> -> i64
      %v1097 = arith.addi %v26, %v1062 : i64
      %v1098 = arith.cmpi slt, %v1097, %size_L : i64
      %v1099 = arith.subi %size_L, %v1 : i64
      %v1100 = arith.minsi %v1097, %v1099 : i64
      %v1101 = arith.addi %v1096, %v1100 : i64
      %v1102 = arith.muli %v1094, %v79 : i64
      %v1103 = arith.addi %v1102, %v1062 : i64
      %v1104 = llvm.getelementptr %in_theta[%v1101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1105 = llvm.load %v1104 : !llvm.ptr -> f32
      %v1106 = arith.addi %v1061, %v113 : i64
      %v1107 = arith.constant true
      %v1108 = arith.addi %v1065, %v1106 : i64
      %v1109 = llvm.getelementptr %v6[%v1108] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1110 = llvm.load %v1109 : !llvm.ptr<3> -> i64
      %v1111 = arith.addi %v26, %v1062 : i64
      %v1112 = arith.cmpi slt, %v1111, %size_L : i64
      %v1113 = arith.subi %size_L, %v1 : i64
      %v1114 = arith.minsi %v1111, %v1113 : i64
      %v1115 = arith.addi %v1110, %v1114 : i64
      %v1116 = arith.muli %v1108, %v79 : i64
      %v1117 = arith.addi %v1116, %v1062 : i64
      %v1118 = llvm.getelementptr %in_theta[%v1115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1119 = llvm.load %v1118 : !llvm.ptr -> f32
      %v1120 = arith.addi %v1061, %v128 : i64
      %v1121 = arith.constant true
      %v1122 = arith.addi %v1065, %v1120 : i64
      %v1123 = llvm.getelementptr %v6[%v1122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1124 = llvm.load %v1123 : !llvm.ptr<3> -> i64
      %v1125 = arith.addi %v26, %v1062 : i64
      %v1126 = arith.cmpi slt, %v1125, %size_L : i64
      %v1127 = arith.subi %size_L, %v1 : i64
      %v1128 = arith.minsi %v1125, %v1127 : i64
      %v1129 = arith.addi %v1124, %v1128 : i64
      %v1130 = arith.muli %v1122, %v79 : i64
      %v1131 = arith.addi %v1130, %v1062 : i64
      %v1132 = llvm.getelementptr %in_theta[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1133 = llvm.load %v1132 : !llvm.ptr -> f32
      %v1134 = arith.addi %v1061, %v143 : i64
      %v1135 = arith.constant true
      %v1136 = arith.addi %v1065, %v1134 : i64
      %v1137 = llvm.getelementptr %v6[%v1136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1138 = llvm.load %v1137 : !llvm.ptr<3> -> i64
      %v1139 = arith.addi %v26, %v1062 : i64
      %v1140 = arith.cmpi slt, %v1139, %size_L : i64
      %v1141 = arith.subi %size_L, %v1 : i64
      %v1142 = arith.minsi %v1139, %v1141 : i64
      %v1143 = arith.addi %v1138, %v1142 : i64
      %v1144 = arith.muli %v1136, %v79 : i64
      %v1145 = arith.addi %v1144, %v1062 : i64
      %v1146 = llvm.getelementptr %in_theta[%v1143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1147 = llvm.load %v1146 : !llvm.ptr -> f32
      %v1148 = arith.addi %v1061, %v158 : i64
      %v1149 = arith.constant true
      %v1150 = arith.addi %v1065, %v1148 : i64
      %v1151 = llvm.getelementptr %v6[%v1150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1152 = llvm.load %v1151 : !llvm.ptr<3> -> i64
      %v1153 = arith.addi %v26, %v1062 : i64
      %v1154 = arith.cmpi slt, %v1153, %size_L : i64
      %v1155 = arith.subi %size_L, %v1 : i64
      %v1156 = arith.minsi %v1153, %v1155 : i64
      %v1157 = arith.addi %v1152, %v1156 : i64
      %v1158 = arith.muli %v1150, %v79 : i64
      %v1159 = arith.addi %v1158, %v1062 : i64
      %v1160 = llvm.getelementptr %in_theta[%v1157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1161 = llvm.load %v1160 : !llvm.ptr -> f32
      %v1162 = arith.addi %v1061, %v173 : i64
      %v1163 = arith.constant true
      %v1164 = arith.addi %v1065, %v1162 : i64
      %v1165 = llvm.getelementptr %v6[%v1164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1166 = llvm.load %v1165 : !llvm.ptr<3> -> i64
      %v1167 = arith.addi %v26, %v1062 : i64
      %v1168 = arith.cmpi slt, %v1167, %size_L : i64
      %v1169 = arith.subi %size_L, %v1 : i64
      %v1170 = arith.minsi %v1167, %v1169 : i64
      %v1171 = arith.addi %v1166, %v1170 : i64
      %v1172 = arith.muli %v1164, %v79 : i64
      %v1173 = arith.addi %v1172, %v1062 : i64
      %v1174 = llvm.getelementptr %in_theta[%v1171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1175 = llvm.load %v1174 : !llvm.ptr -> f32
      %v1176 = arith.addi %v1061, %v188 : i64
      %v1177 = arith.constant true
      %v1178 = arith.addi %v1065, %v1176 : i64
      %v1179 = llvm.getelementptr %v6[%v1178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1180 = llvm.load %v1179 : !llvm.ptr<3> -> i64
      %v1181 = arith.addi %v26, %v1062 : i64
      %v1182 = arith.cmpi slt, %v1181, %size_L : i64
      %v1183 = arith.subi %size_L, %v1 : i64
      %v1184 = arith.minsi %v1181, %v1183 : i64
      %v1185 = arith.addi %v1180, %v1184 : i64
      %v1186 = arith.muli %v1178, %v79 : i64
      %v1187 = arith.addi %v1186, %v1062 : i64
      %v1188 = llvm.getelementptr %in_theta[%v1185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1189 = llvm.load %v1188 : !llvm.ptr -> f32
      %v1190 = arith.addi %v1061, %v203 : i64
      %v1191 = arith.constant true
      %v1192 = arith.addi %v1065, %v1190 : i64
      %v1193 = llvm.getelementptr %v6[%v1192] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1194 = llvm.load %v1193 : !llvm.ptr<3> -> i64
      %v1195 = arith.addi %v26, %v1062 : i64
      %v1196 = arith.cmpi slt, %v1195, %size_L : i64
      %v1197 = arith.subi %size_L, %v1 : i64
      %v1198 = arith.minsi %v1195, %v1197 : i64
      %v1199 = arith.addi %v1194, %v1198 : i64
      %v1200 = arith.muli %v1192, %v79 : i64
      %v1201 = arith.addi %v1200, %v1062 : i64
      %v1202 = llvm.getelementptr %in_theta[%v1199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1203 = llvm.load %v1202 : !llvm.ptr -> f32
      %v1204 = arith.addi %v1061, %v218 : i64
      %v1205 = arith.constant true
      %v1206 = arith.addi %v1065, %v1204 : i64
      %v1207 = llvm.getelementptr %v6[%v1206] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1208 = llvm.load %v1207 : !llvm.ptr<3> -> i64
      %v1209 = arith.addi %v26, %v1062 : i64
      %v1210 = arith.cmpi slt, %v1209, %size_L : i64
      %v1211 = arith.subi %size_L, %v1 : i64
      %v1212 = arith.minsi %v1209, %v1211 : i64
      %v1213 = arith.addi %v1208, %v1212 : i64
      %v1214 = arith.muli %v1206, %v79 : i64
      %v1215 = arith.addi %v1214, %v1062 : i64
      %v1216 = llvm.getelementptr %in_theta[%v1213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1217 = llvm.load %v1216 : !llvm.ptr -> f32
      %v1218 = arith.addi %v1061, %v233 : i64
      %v1219 = arith.constant true
      %v1220 = arith.addi %v1065, %v1218 : i64
      %v1221 = llvm.getelementptr %v6[%v1220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1222 = llvm.load %v1221 : !llvm.ptr<3> -> i64
      %v1223 = arith.addi %v26, %v1062 : i64
      %v1224 = arith.cmpi slt, %v1223, %size_L : i64
      %v1225 = arith.subi %size_L, %v1 : i64
      %v1226 = arith.minsi %v1223, %v1225 : i64
      %v1227 = arith.addi %v1222, %v1226 : i64
      %v1228 = arith.muli %v1220, %v79 : i64
      %v1229 = arith.addi %v1228, %v1062 : i64
      %v1230 = llvm.getelementptr %in_theta[%v1227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1231 = llvm.load %v1230 : !llvm.ptr -> f32
      %v1232 = arith.addi %v1061, %v248 : i64
      %v1233 = arith.constant true
      %v1234 = arith.addi %v1065, %v1232 : i64
      %v1235 = llvm.getelementptr %v6[%v1234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1236 = llvm.load %v1235 : !llvm.ptr<3> -> i64
      %v1237 = arith.addi %v26, %v1062 : i64
      %v1238 = arith.cmpi slt, %v1237, %size_L : i64
      %v1239 = arith.subi %size_L, %v1 : i64
      %v1240 = arith.minsi %v1237, %v1239 : i64
      %v1241 = arith.addi %v1236, %v1240 : i64
      %v1242 = arith.muli %v1234, %v79 : i64
      %v1243 = arith.addi %v1242, %v1062 : i64
      %v1244 = llvm.getelementptr %in_theta[%v1241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1245 = llvm.load %v1244 : !llvm.ptr -> f32
      %v1246 = arith.addi %v1061, %v263 : i64
      %v1247 = arith.constant true
      %v1248 = arith.addi %v1065, %v1246 : i64
      %v1249 = llvm.getelementptr %v6[%v1248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1250 = llvm.load %v1249 : !llvm.ptr<3> -> i64
      %v1251 = arith.addi %v26, %v1062 : i64
      %v1252 = arith.cmpi slt, %v1251, %size_L : i64
      %v1253 = arith.subi %size_L, %v1 : i64
      %v1254 = arith.minsi %v1251, %v1253 : i64
      %v1255 = arith.addi %v1250, %v1254 : i64
      %v1256 = arith.muli %v1248, %v79 : i64
      %v1257 = arith.addi %v1256, %v1062 : i64
      %v1258 = llvm.getelementptr %in_theta[%v1255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1259 = llvm.load %v1258 : !llvm.ptr -> f32
      %v1260 = arith.addi %v1061, %v278 : i64
      %v1261 = arith.constant true
      %v1262 = arith.addi %v1065, %v1260 : i64
      %v1263 = llvm.getelementptr %v6[%v1262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1264 = llvm.load %v1263 : !llvm.ptr<3> -> i64
      %v1265 = arith.addi %v26, %v1062 : i64
      %v1266 = arith.cmpi slt, %v1265, %size_L : i64
      %v1267 = arith.subi %size_L, %v1 : i64
      %v1268 = arith.minsi %v1265, %v1267 : i64
      %v1269 = arith.addi %v1264, %v1268 : i64
      %v1270 = arith.muli %v1262, %v79 : i64
      %v1271 = arith.addi %v1270, %v1062 : i64
      %v1272 = llvm.getelementptr %in_theta[%v1269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1273 = llvm.load %v1272 : !llvm.ptr -> f32
      %v1274 = arith.addi %v1061, %v293 : i64
      %v1275 = arith.constant true
      %v1276 = arith.addi %v1065, %v1274 : i64
      %v1277 = llvm.getelementptr %v6[%v1276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1278 = llvm.load %v1277 : !llvm.ptr<3> -> i64
      %v1279 = arith.addi %v26, %v1062 : i64
      %v1280 = arith.cmpi slt, %v1279, %size_L : i64
      %v1281 = arith.subi %size_L, %v1 : i64
      %v1282 = arith.minsi %v1279, %v1281 : i64
      %v1283 = arith.addi %v1278, %v1282 : i64
      %v1284 = arith.muli %v1276, %v79 : i64
      %v1285 = arith.addi %v1284, %v1062 : i64
      %v1286 = llvm.getelementptr %in_theta[%v1283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1287 = llvm.load %v1286 : !llvm.ptr -> f32
      %v1288 = arith.addi %v1061, %v66 : i64
      %v1289 = arith.constant true
      %v1290 = arith.addi %v1065, %v1288 : i64
      %v1291 = llvm.getelementptr %v6[%v1290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1292 = llvm.load %v1291 : !llvm.ptr<3> -> i64
      %v1293 = arith.addi %v26, %v1062 : i64
      %v1294 = arith.cmpi slt, %v1293, %size_L : i64
      %v1295 = arith.subi %size_L, %v1 : i64
      %v1296 = arith.minsi %v1293, %v1295 : i64
      %v1297 = arith.addi %v1292, %v1296 : i64
      %v1298 = arith.muli %v1290, %v79 : i64
      %v1299 = arith.addi %v1298, %v1062 : i64
      %v1300 = llvm.getelementptr %in_theta[%v1297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1301 = llvm.load %v1300 : !llvm.ptr -> f32
      %v1302 = arith.addi %v1061, %v322 : i64
      %v1303 = arith.constant true
      %v1304 = arith.addi %v1065, %v1302 : i64
      %v1305 = llvm.getelementptr %v6[%v1304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1306 = llvm.load %v1305 : !llvm.ptr<3> -> i64
      %v1307 = arith.addi %v26, %v1062 : i64
      %v1308 = arith.cmpi slt, %v1307, %size_L : i64
      %v1309 = arith.subi %size_L, %v1 : i64
      %v1310 = arith.minsi %v1307, %v1309 : i64
      %v1311 = arith.addi %v1306, %v1310 : i64
      %v1312 = arith.muli %v1304, %v79 : i64
      %v1313 = arith.addi %v1312, %v1062 : i64
      %v1314 = llvm.getelementptr %in_theta[%v1311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1315 = llvm.load %v1314 : !llvm.ptr -> f32
      %v1316 = arith.addi %v1061, %v337 : i64
      %v1317 = arith.constant true
      %v1318 = arith.addi %v1065, %v1316 : i64
      %v1319 = llvm.getelementptr %v6[%v1318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1320 = llvm.load %v1319 : !llvm.ptr<3> -> i64
      %v1321 = arith.addi %v26, %v1062 : i64
      %v1322 = arith.cmpi slt, %v1321, %size_L : i64
      %v1323 = arith.subi %size_L, %v1 : i64
      %v1324 = arith.minsi %v1321, %v1323 : i64
      %v1325 = arith.addi %v1320, %v1324 : i64
      %v1326 = arith.muli %v1318, %v79 : i64
      %v1327 = arith.addi %v1326, %v1062 : i64
      %v1328 = llvm.getelementptr %in_theta[%v1325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1329 = llvm.load %v1328 : !llvm.ptr -> f32
      %v1330 = arith.addi %v1061, %v352 : i64
      %v1331 = arith.constant true
      %v1332 = arith.addi %v1065, %v1330 : i64
      %v1333 = llvm.getelementptr %v6[%v1332] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1334 = llvm.load %v1333 : !llvm.ptr<3> -> i64
      %v1335 = arith.addi %v26, %v1062 : i64
      %v1336 = arith.cmpi slt, %v1335, %size_L : i64
      %v1337 = arith.subi %size_L, %v1 : i64
      %v1338 = arith.minsi %v1335, %v1337 : i64
      %v1339 = arith.addi %v1334, %v1338 : i64
      %v1340 = arith.muli %v1332, %v79 : i64
      %v1341 = arith.addi %v1340, %v1062 : i64
      %v1342 = llvm.getelementptr %in_theta[%v1339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1343 = llvm.load %v1342 : !llvm.ptr -> f32
      %v1344 = arith.addi %v1061, %v367 : i64
      %v1345 = arith.constant true
      %v1346 = arith.addi %v1065, %v1344 : i64
      %v1347 = llvm.getelementptr %v6[%v1346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1348 = llvm.load %v1347 : !llvm.ptr<3> -> i64
      %v1349 = arith.addi %v26, %v1062 : i64
      %v1350 = arith.cmpi slt, %v1349, %size_L : i64
      %v1351 = arith.subi %size_L, %v1 : i64
      %v1352 = arith.minsi %v1349, %v1351 : i64
      %v1353 = arith.addi %v1348, %v1352 : i64
      %v1354 = arith.muli %v1346, %v79 : i64
      %v1355 = arith.addi %v1354, %v1062 : i64
      %v1356 = llvm.getelementptr %in_theta[%v1353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1357 = llvm.load %v1356 : !llvm.ptr -> f32
      %v1358 = arith.addi %v1061, %v382 : i64
      %v1359 = arith.constant true
      %v1360 = arith.addi %v1065, %v1358 : i64
      %v1361 = llvm.getelementptr %v6[%v1360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1362 = llvm.load %v1361 : !llvm.ptr<3> -> i64
      %v1363 = arith.addi %v26, %v1062 : i64
      %v1364 = arith.cmpi slt, %v1363, %size_L : i64
      %v1365 = arith.subi %size_L, %v1 : i64
      %v1366 = arith.minsi %v1363, %v1365 : i64
      %v1367 = arith.addi %v1362, %v1366 : i64
      %v1368 = arith.muli %v1360, %v79 : i64
      %v1369 = arith.addi %v1368, %v1062 : i64
      %v1370 = llvm.getelementptr %in_theta[%v1367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1371 = llvm.load %v1370 : !llvm.ptr -> f32
      %v1372 = arith.addi %v1061, %v397 : i64
      %v1373 = arith.constant true
      %v1374 = arith.addi %v1065, %v1372 : i64
      %v1375 = llvm.getelementptr %v6[%v1374] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1376 = llvm.load %v1375 : !llvm.ptr<3> -> i64
      %v1377 = arith.addi %v26, %v1062 : i64
      %v1378 = arith.cmpi slt, %v1377, %size_L : i64
      %v1379 = arith.subi %size_L, %v1 : i64
      %v1380 = arith.minsi %v1377, %v1379 : i64
      %v1381 = arith.addi %v1376, %v1380 : i64
      %v1382 = arith.muli %v1374, %v79 : i64
      %v1383 = arith.addi %v1382, %v1062 : i64
      %v1384 = llvm.getelementptr %in_theta[%v1381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1385 = llvm.load %v1384 : !llvm.ptr -> f32
      %v1386 = arith.addi %v1061, %v412 : i64
      %v1387 = arith.constant true
      %v1388 = arith.addi %v1065, %v1386 : i64
      %v1389 = llvm.getelementptr %v6[%v1388] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1390 = llvm.load %v1389 : !llvm.ptr<3> -> i64
      %v1391 = arith.addi %v26, %v1062 : i64
      %v1392 = arith.cmpi slt, %v1391, %size_L : i64
      %v1393 = arith.subi %size_L, %v1 : i64
      %v1394 = arith.minsi %v1391, %v1393 : i64
      %v1395 = arith.addi %v1390, %v1394 : i64
      %v1396 = arith.muli %v1388, %v79 : i64
      %v1397 = arith.addi %v1396, %v1062 : i64
      %v1398 = llvm.getelementptr %in_theta[%v1395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1399 = llvm.load %v1398 : !llvm.ptr -> f32
      %v1400 = arith.addi %v1061, %v427 : i64
      %v1401 = arith.constant true
      %v1402 = arith.addi %v1065, %v1400 : i64
      %v1403 = llvm.getelementptr %v6[%v1402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1404 = llvm.load %v1403 : !llvm.ptr<3> -> i64
      %v1405 = arith.addi %v26, %v1062 : i64
      %v1406 = arith.cmpi slt, %v1405, %size_L : i64
      %v1407 = arith.subi %size_L, %v1 : i64
      %v1408 = arith.minsi %v1405, %v1407 : i64
      %v1409 = arith.addi %v1404, %v1408 : i64
      %v1410 = arith.muli %v1402, %v79 : i64
      %v1411 = arith.addi %v1410, %v1062 : i64
      %v1412 = llvm.getelementptr %in_theta[%v1409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1413 = llvm.load %v1412 : !llvm.ptr -> f32
      %v1414 = arith.addi %v1061, %v442 : i64
      %v1415 = arith.constant true
      %v1416 = arith.addi %v1065, %v1414 : i64
      %v1417 = llvm.getelementptr %v6[%v1416] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1418 = llvm.load %v1417 : !llvm.ptr<3> -> i64
      %v1419 = arith.addi %v26, %v1062 : i64
      %v1420 = arith.cmpi slt, %v1419, %size_L : i64
      %v1421 = arith.subi %size_L, %v1 : i64
      %v1422 = arith.minsi %v1419, %v1421 : i64
      %v1423 = arith.addi %v1418, %v1422 : i64
      %v1424 = arith.muli %v1416, %v79 : i64
      %v1425 = arith.addi %v1424, %v1062 : i64
      %v1426 = llvm.getelementptr %in_theta[%v1423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1427 = llvm.load %v1426 : !llvm.ptr -> f32
      %v1428 = arith.addi %v1061, %v457 : i64
      %v1429 = arith.constant true
      %v1430 = arith.addi %v1065, %v1428 : i64
      %v1431 = llvm.getelementptr %v6[%v1430] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1432 = llvm.load %v1431 : !llvm.ptr<3> -> i64
      %v1433 = arith.addi %v26, %v1062 : i64
      %v1434 = arith.cmpi slt, %v1433, %size_L : i64
      %v1435 = arith.subi %size_L, %v1 : i64
      %v1436 = arith.minsi %v1433, %v1435 : i64
      %v1437 = arith.addi %v1432, %v1436 : i64
      %v1438 = arith.muli %v1430, %v79 : i64
      %v1439 = arith.addi %v1438, %v1062 : i64
      %v1440 = llvm.getelementptr %in_theta[%v1437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1441 = llvm.load %v1440 : !llvm.ptr -> f32
      %v1442 = arith.addi %v1061, %v472 : i64
      %v1443 = arith.constant true
      %v1444 = arith.addi %v1065, %v1442 : i64
      %v1445 = llvm.getelementptr %v6[%v1444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1446 = llvm.load %v1445 : !llvm.ptr<3> -> i64
      %v1447 = arith.addi %v26, %v1062 : i64
      %v1448 = arith.cmpi slt, %v1447, %size_L : i64
      %v1449 = arith.subi %size_L, %v1 : i64
      %v1450 = arith.minsi %v1447, %v1449 : i64
      %v1451 = arith.addi %v1446, %v1450 : i64
      %v1452 = arith.muli %v1444, %v79 : i64
      %v1453 = arith.addi %v1452, %v1062 : i64
      %v1454 = llvm.getelementptr %in_theta[%v1451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1455 = llvm.load %v1454 : !llvm.ptr -> f32
      %v1456 = arith.addi %v1061, %v487 : i64
      %v1457 = arith.constant true
      %v1458 = arith.addi %v1065, %v1456 : i64
      %v1459 = llvm.getelementptr %v6[%v1458] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1460 = llvm.load %v1459 : !llvm.ptr<3> -> i64
      %v1461 = arith.addi %v26, %v1062 : i64
      %v1462 = arith.cmpi slt, %v1461, %size_L : i64
      %v1463 = arith.subi %size_L, %v1 : i64
      %v1464 = arith.minsi %v1461, %v1463 : i64
      %v1465 = arith.addi %v1460, %v1464 : i64
      %v1466 = arith.muli %v1458, %v79 : i64
      %v1467 = arith.addi %v1466, %v1062 : i64
      %v1468 = llvm.getelementptr %in_theta[%v1465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1469 = llvm.load %v1468 : !llvm.ptr -> f32
      %v1470 = arith.addi %v1061, %v502 : i64
      %v1471 = arith.constant true
      %v1472 = arith.addi %v1065, %v1470 : i64
      %v1473 = llvm.getelementptr %v6[%v1472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1474 = llvm.load %v1473 : !llvm.ptr<3> -> i64
      %v1475 = arith.addi %v26, %v1062 : i64
      %v1476 = arith.cmpi slt, %v1475, %size_L : i64
      %v1477 = arith.subi %size_L, %v1 : i64
      %v1478 = arith.minsi %v1475, %v1477 : i64
      %v1479 = arith.addi %v1474, %v1478 : i64
      %v1480 = arith.muli %v1472, %v79 : i64
      %v1481 = arith.addi %v1480, %v1062 : i64
      %v1482 = llvm.getelementptr %in_theta[%v1479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1483 = llvm.load %v1482 : !llvm.ptr -> f32
      %v1484 = arith.addi %v1061, %v517 : i64
      %v1485 = arith.constant true
      %v1486 = arith.addi %v1065, %v1484 : i64
      %v1487 = llvm.getelementptr %v6[%v1486] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1488 = llvm.load %v1487 : !llvm.ptr<3> -> i64
      %v1489 = arith.addi %v26, %v1062 : i64
      %v1490 = arith.cmpi slt, %v1489, %size_L : i64
      %v1491 = arith.subi %size_L, %v1 : i64
      %v1492 = arith.minsi %v1489, %v1491 : i64
      %v1493 = arith.addi %v1488, %v1492 : i64
      %v1494 = arith.muli %v1486, %v79 : i64
      %v1495 = arith.addi %v1494, %v1062 : i64
      %v1496 = llvm.getelementptr %in_theta[%v1493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1497 = llvm.load %v1496 : !llvm.ptr -> f32
      %v1498 = arith.addi %v1061, %v532 : i64
      %v1499 = arith.constant true
      %v1500 = arith.addi %v1065, %v1498 : i64
      %v1501 = llvm.getelementptr %v6[%v1500] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1502 = llvm.load %v1501 : !llvm.ptr<3> -> i64
      %v1503 = arith.addi %v26, %v1062 : i64
      %v1504 = arith.cmpi slt, %v1503, %size_L : i64
      %v1505 = arith.subi %size_L, %v1 : i64
      %v1506 = arith.minsi %v1503, %v1505 : i64
      %v1507 = arith.addi %v1502, %v1506 : i64
      %v1508 = arith.muli %v1500, %v79 : i64
      %v1509 = arith.addi %v1508, %v1062 : i64
      %v1510 = llvm.getelementptr %in_theta[%v1507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1511 = llvm.load %v1510 : !llvm.ptr -> f32
      scf.if %v1064 {
        %v1512 = llvm.getelementptr %v7[%v1075] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1077, %v1512 : f32, !llvm.ptr<3>
      }
      scf.if %v1079 {
        %v1513 = llvm.getelementptr %v7[%v1089] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1091, %v1513 : f32, !llvm.ptr<3>
      }
      scf.if %v1093 {
        %v1514 = llvm.getelementptr %v7[%v1103] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1105, %v1514 : f32, !llvm.ptr<3>
      }
      scf.if %v1107 {
        %v1515 = llvm.getelementptr %v7[%v1117] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1119, %v1515 : f32, !llvm.ptr<3>
      }
      scf.if %v1121 {
        %v1516 = llvm.getelementptr %v7[%v1131] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1133, %v1516 : f32, !llvm.ptr<3>
      }
      scf.if %v1135 {
        %v1517 = llvm.getelementptr %v7[%v1145] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1147, %v1517 : f32, !llvm.ptr<3>
      }
      scf.if %v1149 {
        %v1518 = llvm.getelementptr %v7[%v1159] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1161, %v1518 : f32, !llvm.ptr<3>
      }
      scf.if %v1163 {
        %v1519 = llvm.getelementptr %v7[%v1173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1175, %v1519 : f32, !llvm.ptr<3>
      }
      scf.if %v1177 {
        %v1520 = llvm.getelementptr %v7[%v1187] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1189, %v1520 : f32, !llvm.ptr<3>
      }
      scf.if %v1191 {
        %v1521 = llvm.getelementptr %v7[%v1201] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1203, %v1521 : f32, !llvm.ptr<3>
      }
      scf.if %v1205 {
        %v1522 = llvm.getelementptr %v7[%v1215] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1217, %v1522 : f32, !llvm.ptr<3>
      }
      scf.if %v1219 {
        %v1523 = llvm.getelementptr %v7[%v1229] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1231, %v1523 : f32, !llvm.ptr<3>
      }
      scf.if %v1233 {
        %v1524 = llvm.getelementptr %v7[%v1243] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1245, %v1524 : f32, !llvm.ptr<3>
      }
      scf.if %v1247 {
        %v1525 = llvm.getelementptr %v7[%v1257] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1259, %v1525 : f32, !llvm.ptr<3>
      }
      scf.if %v1261 {
        %v1526 = llvm.getelementptr %v7[%v1271] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1273, %v1526 : f32, !llvm.ptr<3>
      }
      scf.if %v1275 {
        %v1527 = llvm.getelementptr %v7[%v1285] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1287, %v1527 : f32, !llvm.ptr<3>
      }
      scf.if %v1289 {
        %v1528 = llvm.getelementptr %v7[%v1299] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1301, %v1528 : f32, !llvm.ptr<3>
      }
      scf.if %v1303 {
        %v1529 = llvm.getelementptr %v7[%v1313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1315, %v1529 : f32, !llvm.ptr<3>
      }
      scf.if %v1317 {
        %v1530 = llvm.getelementptr %v7[%v1327] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1329, %v1530 : f32, !llvm.ptr<3>
      }
      scf.if %v1331 {
        %v1531 = llvm.getelementptr %v7[%v1341] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1343, %v1531 : f32, !llvm.ptr<3>
      }
      scf.if %v1345 {
        %v1532 = llvm.getelementptr %v7[%v1355] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1357, %v1532 : f32, !llvm.ptr<3>
      }
      scf.if %v1359 {
        %v1533 = llvm.getelementptr %v7[%v1369] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1371, %v1533 : f32, !llvm.ptr<3>
      }
      scf.if %v1373 {
        %v1534 = llvm.getelementptr %v7[%v1383] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1385, %v1534 : f32, !llvm.ptr<3>
      }
      scf.if %v1387 {
        %v1535 = llvm.getelementptr %v7[%v1397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1399, %v1535 : f32, !llvm.ptr<3>
      }
      scf.if %v1401 {
        %v1536 = llvm.getelementptr %v7[%v1411] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1413, %v1536 : f32, !llvm.ptr<3>
      }
      scf.if %v1415 {
        %v1537 = llvm.getelementptr %v7[%v1425] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1427, %v1537 : f32, !llvm.ptr<3>
      }
      scf.if %v1429 {
        %v1538 = llvm.getelementptr %v7[%v1439] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1441, %v1538 : f32, !llvm.ptr<3>
      }
      scf.if %v1443 {
        %v1539 = llvm.getelementptr %v7[%v1453] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1455, %v1539 : f32, !llvm.ptr<3>
      }
      scf.if %v1457 {
        %v1540 = llvm.getelementptr %v7[%v1467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1469, %v1540 : f32, !llvm.ptr<3>
      }
      scf.if %v1471 {
        %v1541 = llvm.getelementptr %v7[%v1481] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1483, %v1541 : f32, !llvm.ptr<3>
      }
      scf.if %v1485 {
        %v1542 = llvm.getelementptr %v7[%v1495] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1497, %v1542 : f32, !llvm.ptr<3>
      }
      scf.if %v1499 {
        %v1543 = llvm.getelementptr %v7[%v1509] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1511, %v1543 : f32, !llvm.ptr<3>
      }
      // end staged load of `theta`
      gpu.barrier
      %v1544 = arith.index_cast %v26 : i64 to index
      %v1545 = arith.index_cast %size_L : i64 to index
      %v1546 = arith.index_cast %v66 : i64 to index
      scf.for %v1547 = %v1544 to %v1545 step %v1546 {
        %v1548 = arith.index_cast %v1547 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v1549 = arith.remui %v1548, %v16 : i64
        %v1550 = arith.cmpi eq, %v1549, %v26 : i64
        %v1551 = arith.andi %v1550, %v19 : i1
        scf.if %v1551 {
          %v1552 = arith.divui %v1548, %v16 : i64
          %v1553 = llvm.mlir.zero : !llvm.ptr
          %v1554 = llvm.icmp "ne" %ckpt_h, %v1553 : !llvm.ptr
          scf.if %v1554 {
            %v1557 = arith.muli %v1552, %v1556 : i64
            %v1558 = llvm.load %v4 : !llvm.ptr -> f32
            %v1560 = arith.muli %v24, %v1559 : i64
            %v1561 = arith.muli %v22, %v1 : i64
            %v1562 = arith.addi %v1560, %v1561 : i64
            %v1563 = arith.addi %v1557, %v1562 : i64
            %v1564 = llvm.getelementptr %ckpt_h[%v1563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1558, %v1564 : f32, !llvm.ptr
          }
          %v1565 = llvm.mlir.zero : !llvm.ptr
          %v1566 = llvm.icmp "ne" %ckpt_hp, %v1565 : !llvm.ptr
          scf.if %v1566 {
            %v1569 = arith.muli %v1552, %v1568 : i64
            %v1570 = llvm.load %v5 : !llvm.ptr -> f32
            %v1571 = arith.muli %v24, %v1559 : i64
            %v1572 = arith.muli %v22, %v1 : i64
            %v1573 = arith.addi %v1571, %v1572 : i64
            %v1574 = arith.addi %v1569, %v1573 : i64
            %v1575 = llvm.getelementptr %ckpt_hp[%v1574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1570, %v1575 : f32, !llvm.ptr
          }
        }
        // end save
        %v1576 = arith.subi %size_L, %v1548 : i64
        %v1577 = arith.minsi %v1576, %v66 : i64
        %v1578 = arith.addi %v1548, %v66 : i64
        %v1579 = arith.divui %v14, %v66 : i64
        %v1580 = arith.remui %v14, %v66 : i64
        %v1581 = arith.addi %v1579, %v26 : i64
        %v1582 = arith.constant true
        %v1583 = arith.addi %v26, %v1581 : i64
        %v1584 = llvm.getelementptr %v6[%v1583] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1585 = llvm.load %v1584 : !llvm.ptr<3> -> i64
        %v1586 = arith.addi %v1578, %v1580 : i64
        %v1587 = arith.cmpi slt, %v1586, %size_L : i64
        %v1588 = arith.subi %size_L, %v1 : i64
        %v1589 = arith.minsi %v1586, %v1588 : i64
        %v1590 = arith.addi %v1585, %v1589 : i64
        %v1591 = arith.muli %v1583, %v79 : i64
        %v1592 = arith.addi %v1591, %v1580 : i64
        %v1593 = llvm.getelementptr %in_x[%v1590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1594 = llvm.load %v1593 : !llvm.ptr -> f32
        %v1595 = arith.addi %v1579, %v50 : i64
        %v1596 = arith.constant true
        %v1597 = arith.addi %v26, %v1595 : i64
        %v1598 = llvm.getelementptr %v6[%v1597] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1599 = llvm.load %v1598 : !llvm.ptr<3> -> i64
        %v1600 = arith.addi %v1578, %v1580 : i64
        %v1601 = arith.cmpi slt, %v1600, %size_L : i64
        %v1602 = arith.subi %size_L, %v1 : i64
        %v1603 = arith.minsi %v1600, %v1602 : i64
        %v1604 = arith.addi %v1599, %v1603 : i64
        %v1605 = arith.muli %v1597, %v79 : i64
        %v1606 = arith.addi %v1605, %v1580 : i64
        %v1607 = llvm.getelementptr %in_x[%v1604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1608 = llvm.load %v1607 : !llvm.ptr -> f32
        %v1609 = arith.addi %v1579, %v98 : i64
        %v1610 = arith.constant true
        %v1611 = arith.addi %v26, %v1609 : i64
        %v1612 = llvm.getelementptr %v6[%v1611] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1613 = llvm.load %v1612 : !llvm.ptr<3> -> i64
        %v1614 = arith.addi %v1578, %v1580 : i64
        %v1615 = arith.cmpi slt, %v1614, %size_L : i64
        %v1616 = arith.subi %size_L, %v1 : i64
        %v1617 = arith.minsi %v1614, %v1616 : i64
        %v1618 = arith.addi %v1613, %v1617 : i64
        %v1619 = arith.muli %v1611, %v79 : i64
        %v1620 = arith.addi %v1619, %v1580 : i64
        %v1621 = llvm.getelementptr %in_x[%v1618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1622 = llvm.load %v1621 : !llvm.ptr -> f32
        %v1623 = arith.addi %v1579, %v113 : i64
        %v1624 = arith.constant true
        %v1625 = arith.addi %v26, %v1623 : i64
        %v1626 = llvm.getelementptr %v6[%v1625] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1627 = llvm.load %v1626 : !llvm.ptr<3> -> i64
        %v1628 = arith.addi %v1578, %v1580 : i64
        %v1629 = arith.cmpi slt, %v1628, %size_L : i64
        %v1630 = arith.subi %size_L, %v1 : i64
        %v1631 = arith.minsi %v1628, %v1630 : i64
        %v1632 = arith.addi %v1627, %v1631 : i64
        %v1633 = arith.muli %v1625, %v79 : i64
        %v1634 = arith.addi %v1633, %v1580 : i64
        %v1635 = llvm.getelementptr %in_x[%v1632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1636 = llvm.load %v1635 : !llvm.ptr -> f32
        %v1637 = arith.addi %v1579, %v128 : i64
        %v1638 = arith.constant true
        %v1639 = arith.addi %v26, %v1637 : i64
        %v1640 = llvm.getelementptr %v6[%v1639] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1641 = llvm.load %v1640 : !llvm.ptr<3> -> i64
        %v1642 = arith.addi %v1578, %v1580 : i64
        %v1643 = arith.cmpi slt, %v1642, %size_L : i64
        %v1644 = arith.subi %size_L, %v1 : i64
        %v1645 = arith.minsi %v1642, %v1644 : i64
        %v1646 = arith.addi %v1641, %v1645 : i64
        %v1647 = arith.muli %v1639, %v79 : i64
        %v1648 = arith.addi %v1647, %v1580 : i64
        %v1649 = llvm.getelementptr %in_x[%v1646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1650 = llvm.load %v1649 : !llvm.ptr -> f32
        %v1651 = arith.addi %v1579, %v143 : i64
        %v1652 = arith.constant true
        %v1653 = arith.addi %v26, %v1651 : i64
        %v1654 = llvm.getelementptr %v6[%v1653] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1655 = llvm.load %v1654 : !llvm.ptr<3> -> i64
        %v1656 = arith.addi %v1578, %v1580 : i64
        %v1657 = arith.cmpi slt, %v1656, %size_L : i64
        %v1658 = arith.subi %size_L, %v1 : i64
        %v1659 = arith.minsi %v1656, %v1658 : i64
        %v1660 = arith.addi %v1655, %v1659 : i64
        %v1661 = arith.muli %v1653, %v79 : i64
        %v1662 = arith.addi %v1661, %v1580 : i64
        %v1663 = llvm.getelementptr %in_x[%v1660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1664 = llvm.load %v1663 : !llvm.ptr -> f32
        %v1665 = arith.addi %v1579, %v158 : i64
        %v1666 = arith.constant true
        %v1667 = arith.addi %v26, %v1665 : i64
        %v1668 = llvm.getelementptr %v6[%v1667] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1669 = llvm.load %v1668 : !llvm.ptr<3> -> i64
        %v1670 = arith.addi %v1578, %v1580 : i64
        %v1671 = arith.cmpi slt, %v1670, %size_L : i64
        %v1672 = arith.subi %size_L, %v1 : i64
        %v1673 = arith.minsi %v1670, %v1672 : i64
        %v1674 = arith.addi %v1669, %v1673 : i64
        %v1675 = arith.muli %v1667, %v79 : i64
        %v1676 = arith.addi %v1675, %v1580 : i64
        %v1677 = llvm.getelementptr %in_x[%v1674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1678 = llvm.load %v1677 : !llvm.ptr -> f32
        %v1679 = arith.addi %v1579, %v173 : i64
        %v1680 = arith.constant true
        %v1681 = arith.addi %v26, %v1679 : i64
        %v1682 = llvm.getelementptr %v6[%v1681] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1683 = llvm.load %v1682 : !llvm.ptr<3> -> i64
        %v1684 = arith.addi %v1578, %v1580 : i64
        %v1685 = arith.cmpi slt, %v1684, %size_L : i64
        %v1686 = arith.subi %size_L, %v1 : i64
        %v1687 = arith.minsi %v1684, %v1686 : i64
        %v1688 = arith.addi %v1683, %v1687 : i64
        %v1689 = arith.muli %v1681, %v79 : i64
        %v1690 = arith.addi %v1689, %v1580 : i64
        %v1691 = llvm.getelementptr %in_x[%v1688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1692 = llvm.load %v1691 : !llvm.ptr -> f32
        %v1693 = arith.addi %v1579, %v188 : i64
        %v1694 = arith.constant true
        %v1695 = arith.addi %v26, %v1693 : i64
        %v1696 = llvm.getelementptr %v6[%v1695] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1697 = llvm.load %v1696 : !llvm.ptr<3> -> i64
        %v1698 = arith.addi %v1578, %v1580 : i64
        %v1699 = arith.cmpi slt, %v1698, %size_L : i64
        %v1700 = arith.subi %size_L, %v1 : i64
        %v1701 = arith.minsi %v1698, %v1700 : i64
        %v1702 = arith.addi %v1697, %v1701 : i64
        %v1703 = arith.muli %v1695, %v79 : i64
        %v1704 = arith.addi %v1703, %v1580 : i64
        %v1705 = llvm.getelementptr %in_x[%v1702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1706 = llvm.load %v1705 : !llvm.ptr -> f32
        %v1707 = arith.addi %v1579, %v203 : i64
        %v1708 = arith.constant true
        %v1709 = arith.addi %v26, %v1707 : i64
        %v1710 = llvm.getelementptr %v6[%v1709] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1711 = llvm.load %v1710 : !llvm.ptr<3> -> i64
        %v1712 = arith.addi %v1578, %v1580 : i64
        %v1713 = arith.cmpi slt, %v1712, %size_L : i64
        %v1714 = arith.subi %size_L, %v1 : i64
        %v1715 = arith.minsi %v1712, %v1714 : i64
        %v1716 = arith.addi %v1711, %v1715 : i64
        %v1717 = arith.muli %v1709, %v79 : i64
        %v1718 = arith.addi %v1717, %v1580 : i64
        %v1719 = llvm.getelementptr %in_x[%v1716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1720 = llvm.load %v1719 : !llvm.ptr -> f32
        %v1721 = arith.addi %v1579, %v218 : i64
        %v1722 = arith.constant true
        %v1723 = arith.addi %v26, %v1721 : i64
        %v1724 = llvm.getelementptr %v6[%v1723] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1725 = llvm.load %v1724 : !llvm.ptr<3> -> i64
        %v1726 = arith.addi %v1578, %v1580 : i64
        %v1727 = arith.cmpi slt, %v1726, %size_L : i64
        %v1728 = arith.subi %size_L, %v1 : i64
        %v1729 = arith.minsi %v1726, %v1728 : i64
        %v1730 = arith.addi %v1725, %v1729 : i64
        %v1731 = arith.muli %v1723, %v79 : i64
        %v1732 = arith.addi %v1731, %v1580 : i64
        %v1733 = llvm.getelementptr %in_x[%v1730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1734 = llvm.load %v1733 : !llvm.ptr -> f32
        %v1735 = arith.addi %v1579, %v233 : i64
        %v1736 = arith.constant true
        %v1737 = arith.addi %v26, %v1735 : i64
        %v1738 = llvm.getelementptr %v6[%v1737] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1739 = llvm.load %v1738 : !llvm.ptr<3> -> i64
        %v1740 = arith.addi %v1578, %v1580 : i64
        %v1741 = arith.cmpi slt, %v1740, %size_L : i64
        %v1742 = arith.subi %size_L, %v1 : i64
        %v1743 = arith.minsi %v1740, %v1742 : i64
        %v1744 = arith.addi %v1739, %v1743 : i64
        %v1745 = arith.muli %v1737, %v79 : i64
        %v1746 = arith.addi %v1745, %v1580 : i64
        %v1747 = llvm.getelementptr %in_x[%v1744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1748 = llvm.load %v1747 : !llvm.ptr -> f32
        %v1749 = arith.addi %v1579, %v248 : i64
        %v1750 = arith.constant true
        %v1751 = arith.addi %v26, %v1749 : i64
        %v1752 = llvm.getelementptr %v6[%v1751] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1753 = llvm.load %v1752 : !llvm.ptr<3> -> i64
        %v1754 = arith.addi %v1578, %v1580 : i64
        %v1755 = arith.cmpi slt, %v1754, %size_L : i64
        %v1756 = arith.subi %size_L, %v1 : i64
        %v1757 = arith.minsi %v1754, %v1756 : i64
        %v1758 = arith.addi %v1753, %v1757 : i64
        %v1759 = arith.muli %v1751, %v79 : i64
        %v1760 = arith.addi %v1759, %v1580 : i64
        %v1761 = llvm.getelementptr %in_x[%v1758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1762 = llvm.load %v1761 : !llvm.ptr -> f32
        %v1763 = arith.addi %v1579, %v263 : i64
        %v1764 = arith.constant true
        %v1765 = arith.addi %v26, %v1763 : i64
        %v1766 = llvm.getelementptr %v6[%v1765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1767 = llvm.load %v1766 : !llvm.ptr<3> -> i64
        %v1768 = arith.addi %v1578, %v1580 : i64
        %v1769 = arith.cmpi slt, %v1768, %size_L : i64
        %v1770 = arith.subi %size_L, %v1 : i64
        %v1771 = arith.minsi %v1768, %v1770 : i64
        %v1772 = arith.addi %v1767, %v1771 : i64
        %v1773 = arith.muli %v1765, %v79 : i64
        %v1774 = arith.addi %v1773, %v1580 : i64
        %v1775 = llvm.getelementptr %in_x[%v1772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1776 = llvm.load %v1775 : !llvm.ptr -> f32
        %v1777 = arith.addi %v1579, %v278 : i64
        %v1778 = arith.constant true
        %v1779 = arith.addi %v26, %v1777 : i64
        %v1780 = llvm.getelementptr %v6[%v1779] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1781 = llvm.load %v1780 : !llvm.ptr<3> -> i64
        %v1782 = arith.addi %v1578, %v1580 : i64
        %v1783 = arith.cmpi slt, %v1782, %size_L : i64
        %v1784 = arith.subi %size_L, %v1 : i64
        %v1785 = arith.minsi %v1782, %v1784 : i64
        %v1786 = arith.addi %v1781, %v1785 : i64
        %v1787 = arith.muli %v1779, %v79 : i64
        %v1788 = arith.addi %v1787, %v1580 : i64
        %v1789 = llvm.getelementptr %in_x[%v1786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1790 = llvm.load %v1789 : !llvm.ptr -> f32
        %v1791 = arith.addi %v1579, %v293 : i64
        %v1792 = arith.constant true
        %v1793 = arith.addi %v26, %v1791 : i64
        %v1794 = llvm.getelementptr %v6[%v1793] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1795 = llvm.load %v1794 : !llvm.ptr<3> -> i64
        %v1796 = arith.addi %v1578, %v1580 : i64
        %v1797 = arith.cmpi slt, %v1796, %size_L : i64
        %v1798 = arith.subi %size_L, %v1 : i64
        %v1799 = arith.minsi %v1796, %v1798 : i64
        %v1800 = arith.addi %v1795, %v1799 : i64
        %v1801 = arith.muli %v1793, %v79 : i64
        %v1802 = arith.addi %v1801, %v1580 : i64
        %v1803 = llvm.getelementptr %in_x[%v1800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1804 = llvm.load %v1803 : !llvm.ptr -> f32
        %v1805 = arith.addi %v1579, %v66 : i64
        %v1806 = arith.constant true
        %v1807 = arith.addi %v26, %v1805 : i64
        %v1808 = llvm.getelementptr %v6[%v1807] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1809 = llvm.load %v1808 : !llvm.ptr<3> -> i64
        %v1810 = arith.addi %v1578, %v1580 : i64
        %v1811 = arith.cmpi slt, %v1810, %size_L : i64
        %v1812 = arith.subi %size_L, %v1 : i64
        %v1813 = arith.minsi %v1810, %v1812 : i64
        %v1814 = arith.addi %v1809, %v1813 : i64
        %v1815 = arith.muli %v1807, %v79 : i64
        %v1816 = arith.addi %v1815, %v1580 : i64
        %v1817 = llvm.getelementptr %in_x[%v1814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1818 = llvm.load %v1817 : !llvm.ptr -> f32
        %v1819 = arith.addi %v1579, %v322 : i64
        %v1820 = arith.constant true
        %v1821 = arith.addi %v26, %v1819 : i64
        %v1822 = llvm.getelementptr %v6[%v1821] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1823 = llvm.load %v1822 : !llvm.ptr<3> -> i64
        %v1824 = arith.addi %v1578, %v1580 : i64
        %v1825 = arith.cmpi slt, %v1824, %size_L : i64
        %v1826 = arith.subi %size_L, %v1 : i64
        %v1827 = arith.minsi %v1824, %v1826 : i64
        %v1828 = arith.addi %v1823, %v1827 : i64
        %v1829 = arith.muli %v1821, %v79 : i64
        %v1830 = arith.addi %v1829, %v1580 : i64
        %v1831 = llvm.getelementptr %in_x[%v1828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1832 = llvm.load %v1831 : !llvm.ptr -> f32
        %v1833 = arith.addi %v1579, %v337 : i64
        %v1834 = arith.constant true
        %v1835 = arith.addi %v26, %v1833 : i64
        %v1836 = llvm.getelementptr %v6[%v1835] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1837 = llvm.load %v1836 : !llvm.ptr<3> -> i64
        %v1838 = arith.addi %v1578, %v1580 : i64
        %v1839 = arith.cmpi slt, %v1838, %size_L : i64
        %v1840 = arith.subi %size_L, %v1 : i64
        %v1841 = arith.minsi %v1838, %v1840 : i64
        %v1842 = arith.addi %v1837, %v1841 : i64
        %v1843 = arith.muli %v1835, %v79 : i64
        %v1844 = arith.addi %v1843, %v1580 : i64
        %v1845 = llvm.getelementptr %in_x[%v1842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1846 = llvm.load %v1845 : !llvm.ptr -> f32
        %v1847 = arith.addi %v1579, %v352 : i64
        %v1848 = arith.constant true
        %v1849 = arith.addi %v26, %v1847 : i64
        %v1850 = llvm.getelementptr %v6[%v1849] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1851 = llvm.load %v1850 : !llvm.ptr<3> -> i64
        %v1852 = arith.addi %v1578, %v1580 : i64
        %v1853 = arith.cmpi slt, %v1852, %size_L : i64
        %v1854 = arith.subi %size_L, %v1 : i64
        %v1855 = arith.minsi %v1852, %v1854 : i64
        %v1856 = arith.addi %v1851, %v1855 : i64
        %v1857 = arith.muli %v1849, %v79 : i64
        %v1858 = arith.addi %v1857, %v1580 : i64
        %v1859 = llvm.getelementptr %in_x[%v1856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1860 = llvm.load %v1859 : !llvm.ptr -> f32
        %v1861 = arith.addi %v1579, %v367 : i64
        %v1862 = arith.constant true
        %v1863 = arith.addi %v26, %v1861 : i64
        %v1864 = llvm.getelementptr %v6[%v1863] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1865 = llvm.load %v1864 : !llvm.ptr<3> -> i64
        %v1866 = arith.addi %v1578, %v1580 : i64
        %v1867 = arith.cmpi slt, %v1866, %size_L : i64
        %v1868 = arith.subi %size_L, %v1 : i64
        %v1869 = arith.minsi %v1866, %v1868 : i64
        %v1870 = arith.addi %v1865, %v1869 : i64
        %v1871 = arith.muli %v1863, %v79 : i64
        %v1872 = arith.addi %v1871, %v1580 : i64
        %v1873 = llvm.getelementptr %in_x[%v1870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1874 = llvm.load %v1873 : !llvm.ptr -> f32
        %v1875 = arith.addi %v1579, %v382 : i64
        %v1876 = arith.constant true
        %v1877 = arith.addi %v26, %v1875 : i64
        %v1878 = llvm.getelementptr %v6[%v1877] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1879 = llvm.load %v1878 : !llvm.ptr<3> -> i64
        %v1880 = arith.addi %v1578, %v1580 : i64
        %v1881 = arith.cmpi slt, %v1880, %size_L : i64
        %v1882 = arith.subi %size_L, %v1 : i64
        %v1883 = arith.minsi %v1880, %v1882 : i64
        %v1884 = arith.addi %v1879, %v1883 : i64
        %v1885 = arith.muli %v1877, %v79 : i64
        %v1886 = arith.addi %v1885, %v1580 : i64
        %v1887 = llvm.getelementptr %in_x[%v1884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1888 = llvm.load %v1887 : !llvm.ptr -> f32
        %v1889 = arith.addi %v1579, %v397 : i64
        %v1890 = arith.constant true
        %v1891 = arith.addi %v26, %v1889 : i64
        %v1892 = llvm.getelementptr %v6[%v1891] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1893 = llvm.load %v1892 : !llvm.ptr<3> -> i64
        %v1894 = arith.addi %v1578, %v1580 : i64
        %v1895 = arith.cmpi slt, %v1894, %size_L : i64
        %v1896 = arith.subi %size_L, %v1 : i64
        %v1897 = arith.minsi %v1894, %v1896 : i64
        %v1898 = arith.addi %v1893, %v1897 : i64
        %v1899 = arith.muli %v1891, %v79 : i64
        %v1900 = arith.addi %v1899, %v1580 : i64
        %v1901 = llvm.getelementptr %in_x[%v1898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1902 = llvm.load %v1901 : !llvm.ptr -> f32
        %v1903 = arith.addi %v1579, %v412 : i64
        %v1904 = arith.constant true
        %v1905 = arith.addi %v26, %v1903 : i64
        %v1906 = llvm.getelementptr %v6[%v1905] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1907 = llvm.load %v1906 : !llvm.ptr<3> -> i64
        %v1908 = arith.addi %v1578, %v1580 : i64
        %v1909 = arith.cmpi slt, %v1908, %size_L : i64
        %v1910 = arith.subi %size_L, %v1 : i64
        %v1911 = arith.minsi %v1908, %v1910 : i64
        %v1912 = arith.addi %v1907, %v1911 : i64
        %v1913 = arith.muli %v1905, %v79 : i64
        %v1914 = arith.addi %v1913, %v1580 : i64
        %v1915 = llvm.getelementptr %in_x[%v1912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1916 = llvm.load %v1915 : !llvm.ptr -> f32
        %v1917 = arith.addi %v1579, %v427 : i64
        %v1918 = arith.constant true
        %v1919 = arith.addi %v26, %v1917 : i64
        %v1920 = llvm.getelementptr %v6[%v1919] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1921 = llvm.load %v1920 : !llvm.ptr<3> -> i64
        %v1922 = arith.addi %v1578, %v1580 : i64
        %v1923 = arith.cmpi slt, %v1922, %size_L : i64
        %v1924 = arith.subi %size_L, %v1 : i64
        %v1925 = arith.minsi %v1922, %v1924 : i64
        %v1926 = arith.addi %v1921, %v1925 : i64
        %v1927 = arith.muli %v1919, %v79 : i64
        %v1928 = arith.addi %v1927, %v1580 : i64
        %v1929 = llvm.getelementptr %in_x[%v1926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1930 = llvm.load %v1929 : !llvm.ptr -> f32
        %v1931 = arith.addi %v1579, %v442 : i64
        %v1932 = arith.constant true
        %v1933 = arith.addi %v26, %v1931 : i64
        %v1934 = llvm.getelementptr %v6[%v1933] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1935 = llvm.load %v1934 : !llvm.ptr<3> -> i64
        %v1936 = arith.addi %v1578, %v1580 : i64
        %v1937 = arith.cmpi slt, %v1936, %size_L : i64
        %v1938 = arith.subi %size_L, %v1 : i64
        %v1939 = arith.minsi %v1936, %v1938 : i64
        %v1940 = arith.addi %v1935, %v1939 : i64
        %v1941 = arith.muli %v1933, %v79 : i64
        %v1942 = arith.addi %v1941, %v1580 : i64
        %v1943 = llvm.getelementptr %in_x[%v1940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1944 = llvm.load %v1943 : !llvm.ptr -> f32
        %v1945 = arith.addi %v1579, %v457 : i64
        %v1946 = arith.constant true
        %v1947 = arith.addi %v26, %v1945 : i64
        %v1948 = llvm.getelementptr %v6[%v1947] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1949 = llvm.load %v1948 : !llvm.ptr<3> -> i64
        %v1950 = arith.addi %v1578, %v1580 : i64
        %v1951 = arith.cmpi slt, %v1950, %size_L : i64
        %v1952 = arith.subi %size_L, %v1 : i64
        %v1953 = arith.minsi %v1950, %v1952 : i64
        %v1954 = arith.addi %v1949, %v1953 : i64
        %v1955 = arith.muli %v1947, %v79 : i64
        %v1956 = arith.addi %v1955, %v1580 : i64
        %v1957 = llvm.getelementptr %in_x[%v1954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1958 = llvm.load %v1957 : !llvm.ptr -> f32
        %v1959 = arith.addi %v1579, %v472 : i64
        %v1960 = arith.constant true
        %v1961 = arith.addi %v26, %v1959 : i64
        %v1962 = llvm.getelementptr %v6[%v1961] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1963 = llvm.load %v1962 : !llvm.ptr<3> -> i64
        %v1964 = arith.addi %v1578, %v1580 : i64
        %v1965 = arith.cmpi slt, %v1964, %size_L : i64
        %v1966 = arith.subi %size_L, %v1 : i64
        %v1967 = arith.minsi %v1964, %v1966 : i64
        %v1968 = arith.addi %v1963, %v1967 : i64
        %v1969 = arith.muli %v1961, %v79 : i64
        %v1970 = arith.addi %v1969, %v1580 : i64
        %v1971 = llvm.getelementptr %in_x[%v1968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1972 = llvm.load %v1971 : !llvm.ptr -> f32
        %v1973 = arith.addi %v1579, %v487 : i64
        %v1974 = arith.constant true
        %v1975 = arith.addi %v26, %v1973 : i64
        %v1976 = llvm.getelementptr %v6[%v1975] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1977 = llvm.load %v1976 : !llvm.ptr<3> -> i64
        %v1978 = arith.addi %v1578, %v1580 : i64
        %v1979 = arith.cmpi slt, %v1978, %size_L : i64
        %v1980 = arith.subi %size_L, %v1 : i64
        %v1981 = arith.minsi %v1978, %v1980 : i64
        %v1982 = arith.addi %v1977, %v1981 : i64
        %v1983 = arith.muli %v1975, %v79 : i64
        %v1984 = arith.addi %v1983, %v1580 : i64
        %v1985 = llvm.getelementptr %in_x[%v1982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1986 = llvm.load %v1985 : !llvm.ptr -> f32
        %v1987 = arith.addi %v1579, %v502 : i64
        %v1988 = arith.constant true
        %v1989 = arith.addi %v26, %v1987 : i64
        %v1990 = llvm.getelementptr %v6[%v1989] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1991 = llvm.load %v1990 : !llvm.ptr<3> -> i64
        %v1992 = arith.addi %v1578, %v1580 : i64
        %v1993 = arith.cmpi slt, %v1992, %size_L : i64
        %v1994 = arith.subi %size_L, %v1 : i64
        %v1995 = arith.minsi %v1992, %v1994 : i64
        %v1996 = arith.addi %v1991, %v1995 : i64
        %v1997 = arith.muli %v1989, %v79 : i64
        %v1998 = arith.addi %v1997, %v1580 : i64
        %v1999 = llvm.getelementptr %in_x[%v1996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2000 = llvm.load %v1999 : !llvm.ptr -> f32
        %v2001 = arith.addi %v1579, %v517 : i64
        %v2002 = arith.constant true
        %v2003 = arith.addi %v26, %v2001 : i64
        %v2004 = llvm.getelementptr %v6[%v2003] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2005 = llvm.load %v2004 : !llvm.ptr<3> -> i64
        %v2006 = arith.addi %v1578, %v1580 : i64
        %v2007 = arith.cmpi slt, %v2006, %size_L : i64
        %v2008 = arith.subi %size_L, %v1 : i64
        %v2009 = arith.minsi %v2006, %v2008 : i64
        %v2010 = arith.addi %v2005, %v2009 : i64
        %v2011 = arith.muli %v2003, %v79 : i64
        %v2012 = arith.addi %v2011, %v1580 : i64
        %v2013 = llvm.getelementptr %in_x[%v2010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2014 = llvm.load %v2013 : !llvm.ptr -> f32
        %v2015 = arith.addi %v1579, %v532 : i64
        %v2016 = arith.constant true
        %v2017 = arith.addi %v26, %v2015 : i64
        %v2018 = llvm.getelementptr %v6[%v2017] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2019 = llvm.load %v2018 : !llvm.ptr<3> -> i64
        %v2020 = arith.addi %v1578, %v1580 : i64
        %v2021 = arith.cmpi slt, %v2020, %size_L : i64
        %v2022 = arith.subi %size_L, %v1 : i64
        %v2023 = arith.minsi %v2020, %v2022 : i64
        %v2024 = arith.addi %v2019, %v2023 : i64
        %v2025 = arith.muli %v2017, %v79 : i64
        %v2026 = arith.addi %v2025, %v1580 : i64
        %v2027 = llvm.getelementptr %in_x[%v2024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2028 = llvm.load %v2027 : !llvm.ptr -> f32
        %v2029 = arith.divui %v14, %v66 : i64
        %v2030 = arith.remui %v14, %v66 : i64
        %v2031 = arith.addi %v2029, %v26 : i64
        %v2032 = arith.constant true
        %v2033 = arith.addi %v16, %v2031 : i64
        %v2034 = llvm.getelementptr %v6[%v2033] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2035 = llvm.load %v2034 : !llvm.ptr<3> -> i64
        %v2036 = arith.addi %v1578, %v2030 : i64
        %v2037 = arith.cmpi slt, %v2036, %size_L : i64
        %v2038 = arith.subi %size_L, %v1 : i64
        %v2039 = arith.minsi %v2036, %v2038 : i64
        %v2040 = arith.addi %v2035, %v2039 : i64
        %v2041 = arith.muli %v2033, %v79 : i64
        %v2042 = arith.addi %v2041, %v2030 : i64
        %v2043 = llvm.getelementptr %in_rho[%v2040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2044 = llvm.load %v2043 : !llvm.ptr -> f32
        %v2045 = arith.addi %v2029, %v50 : i64
        %v2046 = arith.constant true
        %v2047 = arith.addi %v16, %v2045 : i64
        %v2048 = llvm.getelementptr %v6[%v2047] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2049 = llvm.load %v2048 : !llvm.ptr<3> -> i64
        %v2050 = arith.addi %v1578, %v2030 : i64
        %v2051 = arith.cmpi slt, %v2050, %size_L : i64
        %v2052 = arith.subi %size_L, %v1 : i64
        %v2053 = arith.minsi %v2050, %v2052 : i64
        %v2054 = arith.addi %v2049, %v2053 : i64
        %v2055 = arith.muli %v2047, %v79 : i64
        %v2056 = arith.addi %v2055, %v2030 : i64
        %v2057 = llvm.getelementptr %in_rho[%v2054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2058 = llvm.load %v2057 : !llvm.ptr -> f32
        %v2059 = arith.addi %v2029, %v98 : i64
        %v2060 = arith.constant true
        %v2061 = arith.addi %v16, %v2059 : i64
        %v2062 = llvm.getelementptr %v6[%v2061] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2063 = llvm.load %v2062 : !llvm.ptr<3> -> i64
        %v2064 = arith.addi %v1578, %v2030 : i64
        %v2065 = arith.cmpi slt, %v2064, %size_L : i64
        %v2066 = arith.subi %size_L, %v1 : i64
        %v2067 = arith.minsi %v2064, %v2066 : i64
        %v2068 = arith.addi %v2063, %v2067 : i64
        %v2069 = arith.muli %v2061, %v79 : i64
        %v2070 = arith.addi %v2069, %v2030 : i64
        %v2071 = llvm.getelementptr %in_rho[%v2068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2072 = llvm.load %v2071 : !llvm.ptr -> f32
        %v2073 = arith.addi %v2029, %v113 : i64
        %v2074 = arith.constant true
        %v2075 = arith.addi %v16, %v2073 : i64
        %v2076 = llvm.getelementptr %v6[%v2075] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2077 = llvm.load %v2076 : !llvm.ptr<3> -> i64
        %v2078 = arith.addi %v1578, %v2030 : i64
        %v2079 = arith.cmpi slt, %v2078, %size_L : i64
        %v2080 = arith.subi %size_L, %v1 : i64
        %v2081 = arith.minsi %v2078, %v2080 : i64
        %v2082 = arith.addi %v2077, %v2081 : i64
        %v2083 = arith.muli %v2075, %v79 : i64
        %v2084 = arith.addi %v2083, %v2030 : i64
        %v2085 = llvm.getelementptr %in_rho[%v2082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2086 = llvm.load %v2085 : !llvm.ptr -> f32
        %v2087 = arith.addi %v2029, %v128 : i64
        %v2088 = arith.constant true
        %v2089 = arith.addi %v16, %v2087 : i64
        %v2090 = llvm.getelementptr %v6[%v2089] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2091 = llvm.load %v2090 : !llvm.ptr<3> -> i64
        %v2092 = arith.addi %v1578, %v2030 : i64
        %v2093 = arith.cmpi slt, %v2092, %size_L : i64
        %v2094 = arith.subi %size_L, %v1 : i64
        %v2095 = arith.minsi %v2092, %v2094 : i64
        %v2096 = arith.addi %v2091, %v2095 : i64
        %v2097 = arith.muli %v2089, %v79 : i64
        %v2098 = arith.addi %v2097, %v2030 : i64
        %v2099 = llvm.getelementptr %in_rho[%v2096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2100 = llvm.load %v2099 : !llvm.ptr -> f32
        %v2101 = arith.addi %v2029, %v143 : i64
        %v2102 = arith.constant true
        %v2103 = arith.addi %v16, %v2101 : i64
        %v2104 = llvm.getelementptr %v6[%v2103] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2105 = llvm.load %v2104 : !llvm.ptr<3> -> i64
        %v2106 = arith.addi %v1578, %v2030 : i64
        %v2107 = arith.cmpi slt, %v2106, %size_L : i64
        %v2108 = arith.subi %size_L, %v1 : i64
        %v2109 = arith.minsi %v2106, %v2108 : i64
        %v2110 = arith.addi %v2105, %v2109 : i64
        %v2111 = arith.muli %v2103, %v79 : i64
        %v2112 = arith.addi %v2111, %v2030 : i64
        %v2113 = llvm.getelementptr %in_rho[%v2110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2114 = llvm.load %v2113 : !llvm.ptr -> f32
        %v2115 = arith.addi %v2029, %v158 : i64
        %v2116 = arith.constant true
        %v2117 = arith.addi %v16, %v2115 : i64
        %v2118 = llvm.getelementptr %v6[%v2117] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2119 = llvm.load %v2118 : !llvm.ptr<3> -> i64
        %v2120 = arith.addi %v1578, %v2030 : i64
        %v2121 = arith.cmpi slt, %v2120, %size_L : i64
        %v2122 = arith.subi %size_L, %v1 : i64
        %v2123 = arith.minsi %v2120, %v2122 : i64
        %v2124 = arith.addi %v2119, %v2123 : i64
        %v2125 = arith.muli %v2117, %v79 : i64
        %v2126 = arith.addi %v2125, %v2030 : i64
        %v2127 = llvm.getelementptr %in_rho[%v2124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2128 = llvm.load %v2127 : !llvm.ptr -> f32
        %v2129 = arith.addi %v2029, %v173 : i64
        %v2130 = arith.constant true
        %v2131 = arith.addi %v16, %v2129 : i64
        %v2132 = llvm.getelementptr %v6[%v2131] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2133 = llvm.load %v2132 : !llvm.ptr<3> -> i64
        %v2134 = arith.addi %v1578, %v2030 : i64
        %v2135 = arith.cmpi slt, %v2134, %size_L : i64
        %v2136 = arith.subi %size_L, %v1 : i64
        %v2137 = arith.minsi %v2134, %v2136 : i64
        %v2138 = arith.addi %v2133, %v2137 : i64
        %v2139 = arith.muli %v2131, %v79 : i64
        %v2140 = arith.addi %v2139, %v2030 : i64
        %v2141 = llvm.getelementptr %in_rho[%v2138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2142 = llvm.load %v2141 : !llvm.ptr -> f32
        %v2143 = arith.addi %v2029, %v188 : i64
        %v2144 = arith.constant true
        %v2145 = arith.addi %v16, %v2143 : i64
        %v2146 = llvm.getelementptr %v6[%v2145] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2147 = llvm.load %v2146 : !llvm.ptr<3> -> i64
        %v2148 = arith.addi %v1578, %v2030 : i64
        %v2149 = arith.cmpi slt, %v2148, %size_L : i64
        %v2150 = arith.subi %size_L, %v1 : i64
        %v2151 = arith.minsi %v2148, %v2150 : i64
        %v2152 = arith.addi %v2147, %v2151 : i64
        %v2153 = arith.muli %v2145, %v79 : i64
        %v2154 = arith.addi %v2153, %v2030 : i64
        %v2155 = llvm.getelementptr %in_rho[%v2152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2156 = llvm.load %v2155 : !llvm.ptr -> f32
        %v2157 = arith.addi %v2029, %v203 : i64
        %v2158 = arith.constant true
        %v2159 = arith.addi %v16, %v2157 : i64
        %v2160 = llvm.getelementptr %v6[%v2159] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2161 = llvm.load %v2160 : !llvm.ptr<3> -> i64
        %v2162 = arith.addi %v1578, %v2030 : i64
        %v2163 = arith.cmpi slt, %v2162, %size_L : i64
        %v2164 = arith.subi %size_L, %v1 : i64
        %v2165 = arith.minsi %v2162, %v2164 : i64
        %v2166 = arith.addi %v2161, %v2165 : i64
        %v2167 = arith.muli %v2159, %v79 : i64
        %v2168 = arith.addi %v2167, %v2030 : i64
        %v2169 = llvm.getelementptr %in_rho[%v2166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2170 = llvm.load %v2169 : !llvm.ptr -> f32
        %v2171 = arith.addi %v2029, %v218 : i64
        %v2172 = arith.constant true
        %v2173 = arith.addi %v16, %v2171 : i64
        %v2174 = llvm.getelementptr %v6[%v2173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2175 = llvm.load %v2174 : !llvm.ptr<3> -> i64
        %v2176 = arith.addi %v1578, %v2030 : i64
        %v2177 = arith.cmpi slt, %v2176, %size_L : i64
        %v2178 = arith.subi %size_L, %v1 : i64
        %v2179 = arith.minsi %v2176, %v2178 : i64
        %v2180 = arith.addi %v2175, %v2179 : i64
        %v2181 = arith.muli %v2173, %v79 : i64
        %v2182 = arith.addi %v2181, %v2030 : i64
        %v2183 = llvm.getelementptr %in_rho[%v2180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2184 = llvm.load %v2183 : !llvm.ptr -> f32
        %v2185 = arith.addi %v2029, %v233 : i64
        %v2186 = arith.constant true
        %v2187 = arith.addi %v16, %v2185 : i64
        %v2188 = llvm.getelementptr %v6[%v2187] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2189 = llvm.load %v2188 : !llvm.ptr<3> -> i64
        %v2190 = arith.addi %v1578, %v2030 : i64
        %v2191 = arith.cmpi slt, %v2190, %size_L : i64
        %v2192 = arith.subi %size_L, %v1 : i64
        %v2193 = arith.minsi %v2190, %v2192 : i64
        %v2194 = arith.addi %v2189, %v2193 : i64
        %v2195 = arith.muli %v2187, %v79 : i64
        %v2196 = arith.addi %v2195, %v2030 : i64
        %v2197 = llvm.getelementptr %in_rho[%v2194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2198 = llvm.load %v2197 : !llvm.ptr -> f32
        %v2199 = arith.addi %v2029, %v248 : i64
        %v2200 = arith.constant true
        %v2201 = arith.addi %v16, %v2199 : i64
        %v2202 = llvm.getelementptr %v6[%v2201] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2203 = llvm.load %v2202 : !llvm.ptr<3> -> i64
        %v2204 = arith.addi %v1578, %v2030 : i64
        %v2205 = arith.cmpi slt, %v2204, %size_L : i64
        %v2206 = arith.subi %size_L, %v1 : i64
        %v2207 = arith.minsi %v2204, %v2206 : i64
        %v2208 = arith.addi %v2203, %v2207 : i64
        %v2209 = arith.muli %v2201, %v79 : i64
        %v2210 = arith.addi %v2209, %v2030 : i64
        %v2211 = llvm.getelementptr %in_rho[%v2208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2212 = llvm.load %v2211 : !llvm.ptr -> f32
        %v2213 = arith.addi %v2029, %v263 : i64
        %v2214 = arith.constant true
        %v2215 = arith.addi %v16, %v2213 : i64
        %v2216 = llvm.getelementptr %v6[%v2215] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2217 = llvm.load %v2216 : !llvm.ptr<3> -> i64
        %v2218 = arith.addi %v1578, %v2030 : i64
        %v2219 = arith.cmpi slt, %v2218, %size_L : i64
        %v2220 = arith.subi %size_L, %v1 : i64
        %v2221 = arith.minsi %v2218, %v2220 : i64
        %v2222 = arith.addi %v2217, %v2221 : i64
        %v2223 = arith.muli %v2215, %v79 : i64
        %v2224 = arith.addi %v2223, %v2030 : i64
        %v2225 = llvm.getelementptr %in_rho[%v2222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2226 = llvm.load %v2225 : !llvm.ptr -> f32
        %v2227 = arith.addi %v2029, %v278 : i64
        %v2228 = arith.constant true
        %v2229 = arith.addi %v16, %v2227 : i64
        %v2230 = llvm.getelementptr %v6[%v2229] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2231 = llvm.load %v2230 : !llvm.ptr<3> -> i64
        %v2232 = arith.addi %v1578, %v2030 : i64
        %v2233 = arith.cmpi slt, %v2232, %size_L : i64
        %v2234 = arith.subi %size_L, %v1 : i64
        %v2235 = arith.minsi %v2232, %v2234 : i64
        %v2236 = arith.addi %v2231, %v2235 : i64
        %v2237 = arith.muli %v2229, %v79 : i64
        %v2238 = arith.addi %v2237, %v2030 : i64
        %v2239 = llvm.getelementptr %in_rho[%v2236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2240 = llvm.load %v2239 : !llvm.ptr -> f32
        %v2241 = arith.addi %v2029, %v293 : i64
        %v2242 = arith.constant true
        %v2243 = arith.addi %v16, %v2241 : i64
        %v2244 = llvm.getelementptr %v6[%v2243] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2245 = llvm.load %v2244 : !llvm.ptr<3> -> i64
        %v2246 = arith.addi %v1578, %v2030 : i64
        %v2247 = arith.cmpi slt, %v2246, %size_L : i64
        %v2248 = arith.subi %size_L, %v1 : i64
        %v2249 = arith.minsi %v2246, %v2248 : i64
        %v2250 = arith.addi %v2245, %v2249 : i64
        %v2251 = arith.muli %v2243, %v79 : i64
        %v2252 = arith.addi %v2251, %v2030 : i64
        %v2253 = llvm.getelementptr %in_rho[%v2250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2254 = llvm.load %v2253 : !llvm.ptr -> f32
        %v2255 = arith.addi %v2029, %v66 : i64
        %v2256 = arith.constant true
        %v2257 = arith.addi %v16, %v2255 : i64
        %v2258 = llvm.getelementptr %v6[%v2257] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2259 = llvm.load %v2258 : !llvm.ptr<3> -> i64
        %v2260 = arith.addi %v1578, %v2030 : i64
        %v2261 = arith.cmpi slt, %v2260, %size_L : i64
        %v2262 = arith.subi %size_L, %v1 : i64
        %v2263 = arith.minsi %v2260, %v2262 : i64
        %v2264 = arith.addi %v2259, %v2263 : i64
        %v2265 = arith.muli %v2257, %v79 : i64
        %v2266 = arith.addi %v2265, %v2030 : i64
        %v2267 = llvm.getelementptr %in_rho[%v2264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2268 = llvm.load %v2267 : !llvm.ptr -> f32
        %v2269 = arith.addi %v2029, %v322 : i64
        %v2270 = arith.constant true
        %v2271 = arith.addi %v16, %v2269 : i64
        %v2272 = llvm.getelementptr %v6[%v2271] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2273 = llvm.load %v2272 : !llvm.ptr<3> -> i64
        %v2274 = arith.addi %v1578, %v2030 : i64
        %v2275 = arith.cmpi slt, %v2274, %size_L : i64
        %v2276 = arith.subi %size_L, %v1 : i64
        %v2277 = arith.minsi %v2274, %v2276 : i64
        %v2278 = arith.addi %v2273, %v2277 : i64
        %v2279 = arith.muli %v2271, %v79 : i64
        %v2280 = arith.addi %v2279, %v2030 : i64
        %v2281 = llvm.getelementptr %in_rho[%v2278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2282 = llvm.load %v2281 : !llvm.ptr -> f32
        %v2283 = arith.addi %v2029, %v337 : i64
        %v2284 = arith.constant true
        %v2285 = arith.addi %v16, %v2283 : i64
        %v2286 = llvm.getelementptr %v6[%v2285] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2287 = llvm.load %v2286 : !llvm.ptr<3> -> i64
        %v2288 = arith.addi %v1578, %v2030 : i64
        %v2289 = arith.cmpi slt, %v2288, %size_L : i64
        %v2290 = arith.subi %size_L, %v1 : i64
        %v2291 = arith.minsi %v2288, %v2290 : i64
        %v2292 = arith.addi %v2287, %v2291 : i64
        %v2293 = arith.muli %v2285, %v79 : i64
        %v2294 = arith.addi %v2293, %v2030 : i64
        %v2295 = llvm.getelementptr %in_rho[%v2292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2296 = llvm.load %v2295 : !llvm.ptr -> f32
        %v2297 = arith.addi %v2029, %v352 : i64
        %v2298 = arith.constant true
        %v2299 = arith.addi %v16, %v2297 : i64
        %v2300 = llvm.getelementptr %v6[%v2299] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2301 = llvm.load %v2300 : !llvm.ptr<3> -> i64
        %v2302 = arith.addi %v1578, %v2030 : i64
        %v2303 = arith.cmpi slt, %v2302, %size_L : i64
        %v2304 = arith.subi %size_L, %v1 : i64
        %v2305 = arith.minsi %v2302, %v2304 : i64
        %v2306 = arith.addi %v2301, %v2305 : i64
        %v2307 = arith.muli %v2299, %v79 : i64
        %v2308 = arith.addi %v2307, %v2030 : i64
        %v2309 = llvm.getelementptr %in_rho[%v2306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2310 = llvm.load %v2309 : !llvm.ptr -> f32
        %v2311 = arith.addi %v2029, %v367 : i64
        %v2312 = arith.constant true
        %v2313 = arith.addi %v16, %v2311 : i64
        %v2314 = llvm.getelementptr %v6[%v2313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2315 = llvm.load %v2314 : !llvm.ptr<3> -> i64
        %v2316 = arith.addi %v1578, %v2030 : i64
        %v2317 = arith.cmpi slt, %v2316, %size_L : i64
        %v2318 = arith.subi %size_L, %v1 : i64
        %v2319 = arith.minsi %v2316, %v2318 : i64
        %v2320 = arith.addi %v2315, %v2319 : i64
        %v2321 = arith.muli %v2313, %v79 : i64
        %v2322 = arith.addi %v2321, %v2030 : i64
        %v2323 = llvm.getelementptr %in_rho[%v2320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2324 = llvm.load %v2323 : !llvm.ptr -> f32
        %v2325 = arith.addi %v2029, %v382 : i64
        %v2326 = arith.constant true
        %v2327 = arith.addi %v16, %v2325 : i64
        %v2328 = llvm.getelementptr %v6[%v2327] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2329 = llvm.load %v2328 : !llvm.ptr<3> -> i64
        %v2330 = arith.addi %v1578, %v2030 : i64
        %v2331 = arith.cmpi slt, %v2330, %size_L : i64
        %v2332 = arith.subi %size_L, %v1 : i64
        %v2333 = arith.minsi %v2330, %v2332 : i64
        %v2334 = arith.addi %v2329, %v2333 : i64
        %v2335 = arith.muli %v2327, %v79 : i64
        %v2336 = arith.addi %v2335, %v2030 : i64
        %v2337 = llvm.getelementptr %in_rho[%v2334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2338 = llvm.load %v2337 : !llvm.ptr -> f32
        %v2339 = arith.addi %v2029, %v397 : i64
        %v2340 = arith.constant true
        %v2341 = arith.addi %v16, %v2339 : i64
        %v2342 = llvm.getelementptr %v6[%v2341] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2343 = llvm.load %v2342 : !llvm.ptr<3> -> i64
        %v2344 = arith.addi %v1578, %v2030 : i64
        %v2345 = arith.cmpi slt, %v2344, %size_L : i64
        %v2346 = arith.subi %size_L, %v1 : i64
        %v2347 = arith.minsi %v2344, %v2346 : i64
        %v2348 = arith.addi %v2343, %v2347 : i64
        %v2349 = arith.muli %v2341, %v79 : i64
        %v2350 = arith.addi %v2349, %v2030 : i64
        %v2351 = llvm.getelementptr %in_rho[%v2348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2352 = llvm.load %v2351 : !llvm.ptr -> f32
        %v2353 = arith.addi %v2029, %v412 : i64
        %v2354 = arith.constant true
        %v2355 = arith.addi %v16, %v2353 : i64
        %v2356 = llvm.getelementptr %v6[%v2355] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2357 = llvm.load %v2356 : !llvm.ptr<3> -> i64
        %v2358 = arith.addi %v1578, %v2030 : i64
        %v2359 = arith.cmpi slt, %v2358, %size_L : i64
        %v2360 = arith.subi %size_L, %v1 : i64
        %v2361 = arith.minsi %v2358, %v2360 : i64
        %v2362 = arith.addi %v2357, %v2361 : i64
        %v2363 = arith.muli %v2355, %v79 : i64
        %v2364 = arith.addi %v2363, %v2030 : i64
        %v2365 = llvm.getelementptr %in_rho[%v2362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2366 = llvm.load %v2365 : !llvm.ptr -> f32
        %v2367 = arith.addi %v2029, %v427 : i64
        %v2368 = arith.constant true
        %v2369 = arith.addi %v16, %v2367 : i64
        %v2370 = llvm.getelementptr %v6[%v2369] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2371 = llvm.load %v2370 : !llvm.ptr<3> -> i64
        %v2372 = arith.addi %v1578, %v2030 : i64
        %v2373 = arith.cmpi slt, %v2372, %size_L : i64
        %v2374 = arith.subi %size_L, %v1 : i64
        %v2375 = arith.minsi %v2372, %v2374 : i64
        %v2376 = arith.addi %v2371, %v2375 : i64
        %v2377 = arith.muli %v2369, %v79 : i64
        %v2378 = arith.addi %v2377, %v2030 : i64
        %v2379 = llvm.getelementptr %in_rho[%v2376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2380 = llvm.load %v2379 : !llvm.ptr -> f32
        %v2381 = arith.addi %v2029, %v442 : i64
        %v2382 = arith.constant true
        %v2383 = arith.addi %v16, %v2381 : i64
        %v2384 = llvm.getelementptr %v6[%v2383] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2385 = llvm.load %v2384 : !llvm.ptr<3> -> i64
        %v2386 = arith.addi %v1578, %v2030 : i64
        %v2387 = arith.cmpi slt, %v2386, %size_L : i64
        %v2388 = arith.subi %size_L, %v1 : i64
        %v2389 = arith.minsi %v2386, %v2388 : i64
        %v2390 = arith.addi %v2385, %v2389 : i64
        %v2391 = arith.muli %v2383, %v79 : i64
        %v2392 = arith.addi %v2391, %v2030 : i64
        %v2393 = llvm.getelementptr %in_rho[%v2390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2394 = llvm.load %v2393 : !llvm.ptr -> f32
        %v2395 = arith.addi %v2029, %v457 : i64
        %v2396 = arith.constant true
        %v2397 = arith.addi %v16, %v2395 : i64
        %v2398 = llvm.getelementptr %v6[%v2397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2399 = llvm.load %v2398 : !llvm.ptr<3> -> i64
        %v2400 = arith.addi %v1578, %v2030 : i64
        %v2401 = arith.cmpi slt, %v2400, %size_L : i64
        %v2402 = arith.subi %size_L, %v1 : i64
        %v2403 = arith.minsi %v2400, %v2402 : i64
        %v2404 = arith.addi %v2399, %v2403 : i64
        %v2405 = arith.muli %v2397, %v79 : i64
        %v2406 = arith.addi %v2405, %v2030 : i64
        %v2407 = llvm.getelementptr %in_rho[%v2404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2408 = llvm.load %v2407 : !llvm.ptr -> f32
        %v2409 = arith.addi %v2029, %v472 : i64
        %v2410 = arith.constant true
        %v2411 = arith.addi %v16, %v2409 : i64
        %v2412 = llvm.getelementptr %v6[%v2411] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2413 = llvm.load %v2412 : !llvm.ptr<3> -> i64
        %v2414 = arith.addi %v1578, %v2030 : i64
        %v2415 = arith.cmpi slt, %v2414, %size_L : i64
        %v2416 = arith.subi %size_L, %v1 : i64
        %v2417 = arith.minsi %v2414, %v2416 : i64
        %v2418 = arith.addi %v2413, %v2417 : i64
        %v2419 = arith.muli %v2411, %v79 : i64
        %v2420 = arith.addi %v2419, %v2030 : i64
        %v2421 = llvm.getelementptr %in_rho[%v2418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2422 = llvm.load %v2421 : !llvm.ptr -> f32
        %v2423 = arith.addi %v2029, %v487 : i64
        %v2424 = arith.constant true
        %v2425 = arith.addi %v16, %v2423 : i64
        %v2426 = llvm.getelementptr %v6[%v2425] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2427 = llvm.load %v2426 : !llvm.ptr<3> -> i64
        %v2428 = arith.addi %v1578, %v2030 : i64
        %v2429 = arith.cmpi slt, %v2428, %size_L : i64
        %v2430 = arith.subi %size_L, %v1 : i64
        %v2431 = arith.minsi %v2428, %v2430 : i64
        %v2432 = arith.addi %v2427, %v2431 : i64
        %v2433 = arith.muli %v2425, %v79 : i64
        %v2434 = arith.addi %v2433, %v2030 : i64
        %v2435 = llvm.getelementptr %in_rho[%v2432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2436 = llvm.load %v2435 : !llvm.ptr -> f32
        %v2437 = arith.addi %v2029, %v502 : i64
        %v2438 = arith.constant true
        %v2439 = arith.addi %v16, %v2437 : i64
        %v2440 = llvm.getelementptr %v6[%v2439] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2441 = llvm.load %v2440 : !llvm.ptr<3> -> i64
        %v2442 = arith.addi %v1578, %v2030 : i64
        %v2443 = arith.cmpi slt, %v2442, %size_L : i64
        %v2444 = arith.subi %size_L, %v1 : i64
        %v2445 = arith.minsi %v2442, %v2444 : i64
        %v2446 = arith.addi %v2441, %v2445 : i64
        %v2447 = arith.muli %v2439, %v79 : i64
        %v2448 = arith.addi %v2447, %v2030 : i64
        %v2449 = llvm.getelementptr %in_rho[%v2446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2450 = llvm.load %v2449 : !llvm.ptr -> f32
        %v2451 = arith.addi %v2029, %v517 : i64
        %v2452 = arith.constant true
        %v2453 = arith.addi %v16, %v2451 : i64
        %v2454 = llvm.getelementptr %v6[%v2453] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2455 = llvm.load %v2454 : !llvm.ptr<3> -> i64
        %v2456 = arith.addi %v1578, %v2030 : i64
        %v2457 = arith.cmpi slt, %v2456, %size_L : i64
        %v2458 = arith.subi %size_L, %v1 : i64
        %v2459 = arith.minsi %v2456, %v2458 : i64
        %v2460 = arith.addi %v2455, %v2459 : i64
        %v2461 = arith.muli %v2453, %v79 : i64
        %v2462 = arith.addi %v2461, %v2030 : i64
        %v2463 = llvm.getelementptr %in_rho[%v2460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2464 = llvm.load %v2463 : !llvm.ptr -> f32
        %v2465 = arith.addi %v2029, %v532 : i64
        %v2466 = arith.constant true
        %v2467 = arith.addi %v16, %v2465 : i64
        %v2468 = llvm.getelementptr %v6[%v2467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2469 = llvm.load %v2468 : !llvm.ptr<3> -> i64
        %v2470 = arith.addi %v1578, %v2030 : i64
        %v2471 = arith.cmpi slt, %v2470, %size_L : i64
        %v2472 = arith.subi %size_L, %v1 : i64
        %v2473 = arith.minsi %v2470, %v2472 : i64
        %v2474 = arith.addi %v2469, %v2473 : i64
        %v2475 = arith.muli %v2467, %v79 : i64
        %v2476 = arith.addi %v2475, %v2030 : i64
        %v2477 = llvm.getelementptr %in_rho[%v2474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2478 = llvm.load %v2477 : !llvm.ptr -> f32
        %v2479 = arith.divui %v14, %v66 : i64
        %v2480 = arith.remui %v14, %v66 : i64
        %v2481 = arith.addi %v2479, %v26 : i64
        %v2482 = arith.constant true
        %v2483 = arith.addi %v1065, %v2481 : i64
        %v2484 = llvm.getelementptr %v6[%v2483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2485 = llvm.load %v2484 : !llvm.ptr<3> -> i64
        %v2486 = arith.addi %v1578, %v2480 : i64
        %v2487 = arith.cmpi slt, %v2486, %size_L : i64
        %v2488 = arith.subi %size_L, %v1 : i64
        %v2489 = arith.minsi %v2486, %v2488 : i64
        %v2490 = arith.addi %v2485, %v2489 : i64
        %v2491 = arith.muli %v2483, %v79 : i64
        %v2492 = arith.addi %v2491, %v2480 : i64
        %v2493 = llvm.getelementptr %in_theta[%v2490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2494 = llvm.load %v2493 : !llvm.ptr -> f32
        %v2495 = arith.addi %v2479, %v50 : i64
        %v2496 = arith.constant true
        %v2497 = arith.addi %v1065, %v2495 : i64
        %v2498 = llvm.getelementptr %v6[%v2497] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2499 = llvm.load %v2498 : !llvm.ptr<3> -> i64
        %v2500 = arith.addi %v1578, %v2480 : i64
        %v2501 = arith.cmpi slt, %v2500, %size_L : i64
        %v2502 = arith.subi %size_L, %v1 : i64
        %v2503 = arith.minsi %v2500, %v2502 : i64
        %v2504 = arith.addi %v2499, %v2503 : i64
        %v2505 = arith.muli %v2497, %v79 : i64
        %v2506 = arith.addi %v2505, %v2480 : i64
        %v2507 = llvm.getelementptr %in_theta[%v2504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2508 = llvm.load %v2507 : !llvm.ptr -> f32
        %v2509 = arith.addi %v2479, %v98 : i64
        %v2510 = arith.constant true
        %v2511 = arith.addi %v1065, %v2509 : i64
        %v2512 = llvm.getelementptr %v6[%v2511] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2513 = llvm.load %v2512 : !llvm.ptr<3> -> i64
        %v2514 = arith.addi %v1578, %v2480 : i64
        %v2515 = arith.cmpi slt, %v2514, %size_L : i64
        %v2516 = arith.subi %size_L, %v1 : i64
        %v2517 = arith.minsi %v2514, %v2516 : i64
        %v2518 = arith.addi %v2513, %v2517 : i64
        %v2519 = arith.muli %v2511, %v79 : i64
        %v2520 = arith.addi %v2519, %v2480 : i64
        %v2521 = llvm.getelementptr %in_theta[%v2518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2522 = llvm.load %v2521 : !llvm.ptr -> f32
        %v2523 = arith.addi %v2479, %v113 : i64
        %v2524 = arith.constant true
        %v2525 = arith.addi %v1065, %v2523 : i64
        %v2526 = llvm.getelementptr %v6[%v2525] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2527 = llvm.load %v2526 : !llvm.ptr<3> -> i64
        %v2528 = arith.addi %v1578, %v2480 : i64
        %v2529 = arith.cmpi slt, %v2528, %size_L : i64
        %v2530 = arith.subi %size_L, %v1 : i64
        %v2531 = arith.minsi %v2528, %v2530 : i64
        %v2532 = arith.addi %v2527, %v2531 : i64
        %v2533 = arith.muli %v2525, %v79 : i64
        %v2534 = arith.addi %v2533, %v2480 : i64
        %v2535 = llvm.getelementptr %in_theta[%v2532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2536 = llvm.load %v2535 : !llvm.ptr -> f32
        %v2537 = arith.addi %v2479, %v128 : i64
        %v2538 = arith.constant true
        %v2539 = arith.addi %v1065, %v2537 : i64
        %v2540 = llvm.getelementptr %v6[%v2539] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2541 = llvm.load %v2540 : !llvm.ptr<3> -> i64
        %v2542 = arith.addi %v1578, %v2480 : i64
        %v2543 = arith.cmpi slt, %v2542, %size_L : i64
        %v2544 = arith.subi %size_L, %v1 : i64
        %v2545 = arith.minsi %v2542, %v2544 : i64
        %v2546 = arith.addi %v2541, %v2545 : i64
        %v2547 = arith.muli %v2539, %v79 : i64
        %v2548 = arith.addi %v2547, %v2480 : i64
        %v2549 = llvm.getelementptr %in_theta[%v2546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2550 = llvm.load %v2549 : !llvm.ptr -> f32
        %v2551 = arith.addi %v2479, %v143 : i64
        %v2552 = arith.constant true
        %v2553 = arith.addi %v1065, %v2551 : i64
        %v2554 = llvm.getelementptr %v6[%v2553] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2555 = llvm.load %v2554 : !llvm.ptr<3> -> i64
        %v2556 = arith.addi %v1578, %v2480 : i64
        %v2557 = arith.cmpi slt, %v2556, %size_L : i64
        %v2558 = arith.subi %size_L, %v1 : i64
        %v2559 = arith.minsi %v2556, %v2558 : i64
        %v2560 = arith.addi %v2555, %v2559 : i64
        %v2561 = arith.muli %v2553, %v79 : i64
        %v2562 = arith.addi %v2561, %v2480 : i64
        %v2563 = llvm.getelementptr %in_theta[%v2560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2564 = llvm.load %v2563 : !llvm.ptr -> f32
        %v2565 = arith.addi %v2479, %v158 : i64
        %v2566 = arith.constant true
        %v2567 = arith.addi %v1065, %v2565 : i64
        %v2568 = llvm.getelementptr %v6[%v2567] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2569 = llvm.load %v2568 : !llvm.ptr<3> -> i64
        %v2570 = arith.addi %v1578, %v2480 : i64
        %v2571 = arith.cmpi slt, %v2570, %size_L : i64
        %v2572 = arith.subi %size_L, %v1 : i64
        %v2573 = arith.minsi %v2570, %v2572 : i64
        %v2574 = arith.addi %v2569, %v2573 : i64
        %v2575 = arith.muli %v2567, %v79 : i64
        %v2576 = arith.addi %v2575, %v2480 : i64
        %v2577 = llvm.getelementptr %in_theta[%v2574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2578 = llvm.load %v2577 : !llvm.ptr -> f32
        %v2579 = arith.addi %v2479, %v173 : i64
        %v2580 = arith.constant true
        %v2581 = arith.addi %v1065, %v2579 : i64
        %v2582 = llvm.getelementptr %v6[%v2581] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2583 = llvm.load %v2582 : !llvm.ptr<3> -> i64
        %v2584 = arith.addi %v1578, %v2480 : i64
        %v2585 = arith.cmpi slt, %v2584, %size_L : i64
        %v2586 = arith.subi %size_L, %v1 : i64
        %v2587 = arith.minsi %v2584, %v2586 : i64
        %v2588 = arith.addi %v2583, %v2587 : i64
        %v2589 = arith.muli %v2581, %v79 : i64
        %v2590 = arith.addi %v2589, %v2480 : i64
        %v2591 = llvm.getelementptr %in_theta[%v2588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2592 = llvm.load %v2591 : !llvm.ptr -> f32
        %v2593 = arith.addi %v2479, %v188 : i64
        %v2594 = arith.constant true
        %v2595 = arith.addi %v1065, %v2593 : i64
        %v2596 = llvm.getelementptr %v6[%v2595] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2597 = llvm.load %v2596 : !llvm.ptr<3> -> i64
        %v2598 = arith.addi %v1578, %v2480 : i64
        %v2599 = arith.cmpi slt, %v2598, %size_L : i64
        %v2600 = arith.subi %size_L, %v1 : i64
        %v2601 = arith.minsi %v2598, %v2600 : i64
        %v2602 = arith.addi %v2597, %v2601 : i64
        %v2603 = arith.muli %v2595, %v79 : i64
        %v2604 = arith.addi %v2603, %v2480 : i64
        %v2605 = llvm.getelementptr %in_theta[%v2602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2606 = llvm.load %v2605 : !llvm.ptr -> f32
        %v2607 = arith.addi %v2479, %v203 : i64
        %v2608 = arith.constant true
        %v2609 = arith.addi %v1065, %v2607 : i64
        %v2610 = llvm.getelementptr %v6[%v2609] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2611 = llvm.load %v2610 : !llvm.ptr<3> -> i64
        %v2612 = arith.addi %v1578, %v2480 : i64
        %v2613 = arith.cmpi slt, %v2612, %size_L : i64
        %v2614 = arith.subi %size_L, %v1 : i64
        %v2615 = arith.minsi %v2612, %v2614 : i64
        %v2616 = arith.addi %v2611, %v2615 : i64
        %v2617 = arith.muli %v2609, %v79 : i64
        %v2618 = arith.addi %v2617, %v2480 : i64
        %v2619 = llvm.getelementptr %in_theta[%v2616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2620 = llvm.load %v2619 : !llvm.ptr -> f32
        %v2621 = arith.addi %v2479, %v218 : i64
        %v2622 = arith.constant true
        %v2623 = arith.addi %v1065, %v2621 : i64
        %v2624 = llvm.getelementptr %v6[%v2623] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2625 = llvm.load %v2624 : !llvm.ptr<3> -> i64
        %v2626 = arith.addi %v1578, %v2480 : i64
        %v2627 = arith.cmpi slt, %v2626, %size_L : i64
        %v2628 = arith.subi %size_L, %v1 : i64
        %v2629 = arith.minsi %v2626, %v2628 : i64
        %v2630 = arith.addi %v2625, %v2629 : i64
        %v2631 = arith.muli %v2623, %v79 : i64
        %v2632 = arith.addi %v2631, %v2480 : i64
        %v2633 = llvm.getelementptr %in_theta[%v2630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2634 = llvm.load %v2633 : !llvm.ptr -> f32
        %v2635 = arith.addi %v2479, %v233 : i64
        %v2636 = arith.constant true
        %v2637 = arith.addi %v1065, %v2635 : i64
        %v2638 = llvm.getelementptr %v6[%v2637] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2639 = llvm.load %v2638 : !llvm.ptr<3> -> i64
        %v2640 = arith.addi %v1578, %v2480 : i64
        %v2641 = arith.cmpi slt, %v2640, %size_L : i64
        %v2642 = arith.subi %size_L, %v1 : i64
        %v2643 = arith.minsi %v2640, %v2642 : i64
        %v2644 = arith.addi %v2639, %v2643 : i64
        %v2645 = arith.muli %v2637, %v79 : i64
        %v2646 = arith.addi %v2645, %v2480 : i64
        %v2647 = llvm.getelementptr %in_theta[%v2644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2648 = llvm.load %v2647 : !llvm.ptr -> f32
        %v2649 = arith.addi %v2479, %v248 : i64
        %v2650 = arith.constant true
        %v2651 = arith.addi %v1065, %v2649 : i64
        %v2652 = llvm.getelementptr %v6[%v2651] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2653 = llvm.load %v2652 : !llvm.ptr<3> -> i64
        %v2654 = arith.addi %v1578, %v2480 : i64
        %v2655 = arith.cmpi slt, %v2654, %size_L : i64
        %v2656 = arith.subi %size_L, %v1 : i64
        %v2657 = arith.minsi %v2654, %v2656 : i64
        %v2658 = arith.addi %v2653, %v2657 : i64
        %v2659 = arith.muli %v2651, %v79 : i64
        %v2660 = arith.addi %v2659, %v2480 : i64
        %v2661 = llvm.getelementptr %in_theta[%v2658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2662 = llvm.load %v2661 : !llvm.ptr -> f32
        %v2663 = arith.addi %v2479, %v263 : i64
        %v2664 = arith.constant true
        %v2665 = arith.addi %v1065, %v2663 : i64
        %v2666 = llvm.getelementptr %v6[%v2665] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2667 = llvm.load %v2666 : !llvm.ptr<3> -> i64
        %v2668 = arith.addi %v1578, %v2480 : i64
        %v2669 = arith.cmpi slt, %v2668, %size_L : i64
        %v2670 = arith.subi %size_L, %v1 : i64
        %v2671 = arith.minsi %v2668, %v2670 : i64
        %v2672 = arith.addi %v2667, %v2671 : i64
        %v2673 = arith.muli %v2665, %v79 : i64
        %v2674 = arith.addi %v2673, %v2480 : i64
        %v2675 = llvm.getelementptr %in_theta[%v2672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2676 = llvm.load %v2675 : !llvm.ptr -> f32
        %v2677 = arith.addi %v2479, %v278 : i64
        %v2678 = arith.constant true
        %v2679 = arith.addi %v1065, %v2677 : i64
        %v2680 = llvm.getelementptr %v6[%v2679] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2681 = llvm.load %v2680 : !llvm.ptr<3> -> i64
        %v2682 = arith.addi %v1578, %v2480 : i64
        %v2683 = arith.cmpi slt, %v2682, %size_L : i64
        %v2684 = arith.subi %size_L, %v1 : i64
        %v2685 = arith.minsi %v2682, %v2684 : i64
        %v2686 = arith.addi %v2681, %v2685 : i64
        %v2687 = arith.muli %v2679, %v79 : i64
        %v2688 = arith.addi %v2687, %v2480 : i64
        %v2689 = llvm.getelementptr %in_theta[%v2686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2690 = llvm.load %v2689 : !llvm.ptr -> f32
        %v2691 = arith.addi %v2479, %v293 : i64
        %v2692 = arith.constant true
        %v2693 = arith.addi %v1065, %v2691 : i64
        %v2694 = llvm.getelementptr %v6[%v2693] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2695 = llvm.load %v2694 : !llvm.ptr<3> -> i64
        %v2696 = arith.addi %v1578, %v2480 : i64
        %v2697 = arith.cmpi slt, %v2696, %size_L : i64
        %v2698 = arith.subi %size_L, %v1 : i64
        %v2699 = arith.minsi %v2696, %v2698 : i64
        %v2700 = arith.addi %v2695, %v2699 : i64
        %v2701 = arith.muli %v2693, %v79 : i64
        %v2702 = arith.addi %v2701, %v2480 : i64
        %v2703 = llvm.getelementptr %in_theta[%v2700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2704 = llvm.load %v2703 : !llvm.ptr -> f32
        %v2705 = arith.addi %v2479, %v66 : i64
        %v2706 = arith.constant true
        %v2707 = arith.addi %v1065, %v2705 : i64
        %v2708 = llvm.getelementptr %v6[%v2707] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2709 = llvm.load %v2708 : !llvm.ptr<3> -> i64
        %v2710 = arith.addi %v1578, %v2480 : i64
        %v2711 = arith.cmpi slt, %v2710, %size_L : i64
        %v2712 = arith.subi %size_L, %v1 : i64
        %v2713 = arith.minsi %v2710, %v2712 : i64
        %v2714 = arith.addi %v2709, %v2713 : i64
        %v2715 = arith.muli %v2707, %v79 : i64
        %v2716 = arith.addi %v2715, %v2480 : i64
        %v2717 = llvm.getelementptr %in_theta[%v2714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2718 = llvm.load %v2717 : !llvm.ptr -> f32
        %v2719 = arith.addi %v2479, %v322 : i64
        %v2720 = arith.constant true
        %v2721 = arith.addi %v1065, %v2719 : i64
        %v2722 = llvm.getelementptr %v6[%v2721] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2723 = llvm.load %v2722 : !llvm.ptr<3> -> i64
        %v2724 = arith.addi %v1578, %v2480 : i64
        %v2725 = arith.cmpi slt, %v2724, %size_L : i64
        %v2726 = arith.subi %size_L, %v1 : i64
        %v2727 = arith.minsi %v2724, %v2726 : i64
        %v2728 = arith.addi %v2723, %v2727 : i64
        %v2729 = arith.muli %v2721, %v79 : i64
        %v2730 = arith.addi %v2729, %v2480 : i64
        %v2731 = llvm.getelementptr %in_theta[%v2728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2732 = llvm.load %v2731 : !llvm.ptr -> f32
        %v2733 = arith.addi %v2479, %v337 : i64
        %v2734 = arith.constant true
        %v2735 = arith.addi %v1065, %v2733 : i64
        %v2736 = llvm.getelementptr %v6[%v2735] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2737 = llvm.load %v2736 : !llvm.ptr<3> -> i64
        %v2738 = arith.addi %v1578, %v2480 : i64
        %v2739 = arith.cmpi slt, %v2738, %size_L : i64
        %v2740 = arith.subi %size_L, %v1 : i64
        %v2741 = arith.minsi %v2738, %v2740 : i64
        %v2742 = arith.addi %v2737, %v2741 : i64
        %v2743 = arith.muli %v2735, %v79 : i64
        %v2744 = arith.addi %v2743, %v2480 : i64
        %v2745 = llvm.getelementptr %in_theta[%v2742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2746 = llvm.load %v2745 : !llvm.ptr -> f32
        %v2747 = arith.addi %v2479, %v352 : i64
        %v2748 = arith.constant true
        %v2749 = arith.addi %v1065, %v2747 : i64
        %v2750 = llvm.getelementptr %v6[%v2749] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2751 = llvm.load %v2750 : !llvm.ptr<3> -> i64
        %v2752 = arith.addi %v1578, %v2480 : i64
        %v2753 = arith.cmpi slt, %v2752, %size_L : i64
        %v2754 = arith.subi %size_L, %v1 : i64
        %v2755 = arith.minsi %v2752, %v2754 : i64
        %v2756 = arith.addi %v2751, %v2755 : i64
        %v2757 = arith.muli %v2749, %v79 : i64
        %v2758 = arith.addi %v2757, %v2480 : i64
        %v2759 = llvm.getelementptr %in_theta[%v2756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2760 = llvm.load %v2759 : !llvm.ptr -> f32
        %v2761 = arith.addi %v2479, %v367 : i64
        %v2762 = arith.constant true
        %v2763 = arith.addi %v1065, %v2761 : i64
        %v2764 = llvm.getelementptr %v6[%v2763] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2765 = llvm.load %v2764 : !llvm.ptr<3> -> i64
        %v2766 = arith.addi %v1578, %v2480 : i64
        %v2767 = arith.cmpi slt, %v2766, %size_L : i64
        %v2768 = arith.subi %size_L, %v1 : i64
        %v2769 = arith.minsi %v2766, %v2768 : i64
        %v2770 = arith.addi %v2765, %v2769 : i64
        %v2771 = arith.muli %v2763, %v79 : i64
        %v2772 = arith.addi %v2771, %v2480 : i64
        %v2773 = llvm.getelementptr %in_theta[%v2770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2774 = llvm.load %v2773 : !llvm.ptr -> f32
        %v2775 = arith.addi %v2479, %v382 : i64
        %v2776 = arith.constant true
        %v2777 = arith.addi %v1065, %v2775 : i64
        %v2778 = llvm.getelementptr %v6[%v2777] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2779 = llvm.load %v2778 : !llvm.ptr<3> -> i64
        %v2780 = arith.addi %v1578, %v2480 : i64
        %v2781 = arith.cmpi slt, %v2780, %size_L : i64
        %v2782 = arith.subi %size_L, %v1 : i64
        %v2783 = arith.minsi %v2780, %v2782 : i64
        %v2784 = arith.addi %v2779, %v2783 : i64
        %v2785 = arith.muli %v2777, %v79 : i64
        %v2786 = arith.addi %v2785, %v2480 : i64
        %v2787 = llvm.getelementptr %in_theta[%v2784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2788 = llvm.load %v2787 : !llvm.ptr -> f32
        %v2789 = arith.addi %v2479, %v397 : i64
        %v2790 = arith.constant true
        %v2791 = arith.addi %v1065, %v2789 : i64
        %v2792 = llvm.getelementptr %v6[%v2791] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2793 = llvm.load %v2792 : !llvm.ptr<3> -> i64
        %v2794 = arith.addi %v1578, %v2480 : i64
        %v2795 = arith.cmpi slt, %v2794, %size_L : i64
        %v2796 = arith.subi %size_L, %v1 : i64
        %v2797 = arith.minsi %v2794, %v2796 : i64
        %v2798 = arith.addi %v2793, %v2797 : i64
        %v2799 = arith.muli %v2791, %v79 : i64
        %v2800 = arith.addi %v2799, %v2480 : i64
        %v2801 = llvm.getelementptr %in_theta[%v2798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2802 = llvm.load %v2801 : !llvm.ptr -> f32
        %v2803 = arith.addi %v2479, %v412 : i64
        %v2804 = arith.constant true
        %v2805 = arith.addi %v1065, %v2803 : i64
        %v2806 = llvm.getelementptr %v6[%v2805] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2807 = llvm.load %v2806 : !llvm.ptr<3> -> i64
        %v2808 = arith.addi %v1578, %v2480 : i64
        %v2809 = arith.cmpi slt, %v2808, %size_L : i64
        %v2810 = arith.subi %size_L, %v1 : i64
        %v2811 = arith.minsi %v2808, %v2810 : i64
        %v2812 = arith.addi %v2807, %v2811 : i64
        %v2813 = arith.muli %v2805, %v79 : i64
        %v2814 = arith.addi %v2813, %v2480 : i64
        %v2815 = llvm.getelementptr %in_theta[%v2812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2816 = llvm.load %v2815 : !llvm.ptr -> f32
        %v2817 = arith.addi %v2479, %v427 : i64
        %v2818 = arith.constant true
        %v2819 = arith.addi %v1065, %v2817 : i64
        %v2820 = llvm.getelementptr %v6[%v2819] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2821 = llvm.load %v2820 : !llvm.ptr<3> -> i64
        %v2822 = arith.addi %v1578, %v2480 : i64
        %v2823 = arith.cmpi slt, %v2822, %size_L : i64
        %v2824 = arith.subi %size_L, %v1 : i64
        %v2825 = arith.minsi %v2822, %v2824 : i64
        %v2826 = arith.addi %v2821, %v2825 : i64
        %v2827 = arith.muli %v2819, %v79 : i64
        %v2828 = arith.addi %v2827, %v2480 : i64
        %v2829 = llvm.getelementptr %in_theta[%v2826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2830 = llvm.load %v2829 : !llvm.ptr -> f32
        %v2831 = arith.addi %v2479, %v442 : i64
        %v2832 = arith.constant true
        %v2833 = arith.addi %v1065, %v2831 : i64
        %v2834 = llvm.getelementptr %v6[%v2833] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2835 = llvm.load %v2834 : !llvm.ptr<3> -> i64
        %v2836 = arith.addi %v1578, %v2480 : i64
        %v2837 = arith.cmpi slt, %v2836, %size_L : i64
        %v2838 = arith.subi %size_L, %v1 : i64
        %v2839 = arith.minsi %v2836, %v2838 : i64
        %v2840 = arith.addi %v2835, %v2839 : i64
        %v2841 = arith.muli %v2833, %v79 : i64
        %v2842 = arith.addi %v2841, %v2480 : i64
        %v2843 = llvm.getelementptr %in_theta[%v2840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2844 = llvm.load %v2843 : !llvm.ptr -> f32
        %v2845 = arith.addi %v2479, %v457 : i64
        %v2846 = arith.constant true
        %v2847 = arith.addi %v1065, %v2845 : i64
        %v2848 = llvm.getelementptr %v6[%v2847] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2849 = llvm.load %v2848 : !llvm.ptr<3> -> i64
        %v2850 = arith.addi %v1578, %v2480 : i64
        %v2851 = arith.cmpi slt, %v2850, %size_L : i64
        %v2852 = arith.subi %size_L, %v1 : i64
        %v2853 = arith.minsi %v2850, %v2852 : i64
        %v2854 = arith.addi %v2849, %v2853 : i64
        %v2855 = arith.muli %v2847, %v79 : i64
        %v2856 = arith.addi %v2855, %v2480 : i64
        %v2857 = llvm.getelementptr %in_theta[%v2854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2858 = llvm.load %v2857 : !llvm.ptr -> f32
        %v2859 = arith.addi %v2479, %v472 : i64
        %v2860 = arith.constant true
        %v2861 = arith.addi %v1065, %v2859 : i64
        %v2862 = llvm.getelementptr %v6[%v2861] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2863 = llvm.load %v2862 : !llvm.ptr<3> -> i64
        %v2864 = arith.addi %v1578, %v2480 : i64
        %v2865 = arith.cmpi slt, %v2864, %size_L : i64
        %v2866 = arith.subi %size_L, %v1 : i64
        %v2867 = arith.minsi %v2864, %v2866 : i64
        %v2868 = arith.addi %v2863, %v2867 : i64
        %v2869 = arith.muli %v2861, %v79 : i64
        %v2870 = arith.addi %v2869, %v2480 : i64
        %v2871 = llvm.getelementptr %in_theta[%v2868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2872 = llvm.load %v2871 : !llvm.ptr -> f32
        %v2873 = arith.addi %v2479, %v487 : i64
        %v2874 = arith.constant true
        %v2875 = arith.addi %v1065, %v2873 : i64
        %v2876 = llvm.getelementptr %v6[%v2875] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2877 = llvm.load %v2876 : !llvm.ptr<3> -> i64
        %v2878 = arith.addi %v1578, %v2480 : i64
        %v2879 = arith.cmpi slt, %v2878, %size_L : i64
        %v2880 = arith.subi %size_L, %v1 : i64
        %v2881 = arith.minsi %v2878, %v2880 : i64
        %v2882 = arith.addi %v2877, %v2881 : i64
        %v2883 = arith.muli %v2875, %v79 : i64
        %v2884 = arith.addi %v2883, %v2480 : i64
        %v2885 = llvm.getelementptr %in_theta[%v2882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2886 = llvm.load %v2885 : !llvm.ptr -> f32
        %v2887 = arith.addi %v2479, %v502 : i64
        %v2888 = arith.constant true
        %v2889 = arith.addi %v1065, %v2887 : i64
        %v2890 = llvm.getelementptr %v6[%v2889] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2891 = llvm.load %v2890 : !llvm.ptr<3> -> i64
        %v2892 = arith.addi %v1578, %v2480 : i64
        %v2893 = arith.cmpi slt, %v2892, %size_L : i64
        %v2894 = arith.subi %size_L, %v1 : i64
        %v2895 = arith.minsi %v2892, %v2894 : i64
        %v2896 = arith.addi %v2891, %v2895 : i64
        %v2897 = arith.muli %v2889, %v79 : i64
        %v2898 = arith.addi %v2897, %v2480 : i64
        %v2899 = llvm.getelementptr %in_theta[%v2896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2900 = llvm.load %v2899 : !llvm.ptr -> f32
        %v2901 = arith.addi %v2479, %v517 : i64
        %v2902 = arith.constant true
        %v2903 = arith.addi %v1065, %v2901 : i64
        %v2904 = llvm.getelementptr %v6[%v2903] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2905 = llvm.load %v2904 : !llvm.ptr<3> -> i64
        %v2906 = arith.addi %v1578, %v2480 : i64
        %v2907 = arith.cmpi slt, %v2906, %size_L : i64
        %v2908 = arith.subi %size_L, %v1 : i64
        %v2909 = arith.minsi %v2906, %v2908 : i64
        %v2910 = arith.addi %v2905, %v2909 : i64
        %v2911 = arith.muli %v2903, %v79 : i64
        %v2912 = arith.addi %v2911, %v2480 : i64
        %v2913 = llvm.getelementptr %in_theta[%v2910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2914 = llvm.load %v2913 : !llvm.ptr -> f32
        %v2915 = arith.addi %v2479, %v532 : i64
        %v2916 = arith.constant true
        %v2917 = arith.addi %v1065, %v2915 : i64
        %v2918 = llvm.getelementptr %v6[%v2917] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2919 = llvm.load %v2918 : !llvm.ptr<3> -> i64
        %v2920 = arith.addi %v1578, %v2480 : i64
        %v2921 = arith.cmpi slt, %v2920, %size_L : i64
        %v2922 = arith.subi %size_L, %v1 : i64
        %v2923 = arith.minsi %v2920, %v2922 : i64
        %v2924 = arith.addi %v2919, %v2923 : i64
        %v2925 = arith.muli %v2917, %v79 : i64
        %v2926 = arith.addi %v2925, %v2480 : i64
        %v2927 = llvm.getelementptr %in_theta[%v2924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2928 = llvm.load %v2927 : !llvm.ptr -> f32
        %v2929 = arith.index_cast %v26 : i64 to index
        %v2930 = arith.index_cast %v1577 : i64 to index
        %v2931 = arith.index_cast %v1 : i64 to index
        scf.for %v2932 = %v2929 to %v2930 step %v2931 {
          %v2933 = arith.index_cast %v2932 : index to i64
          %v2934 = arith.addi %v1548, %v2933 : i64
          %v2936 = arith.muli %v1, %v16 : i64
          %v2937 = arith.addi %v2936, %v14 : i64
          %v2938 = arith.muli %v2937, %v79 : i64
          %v2939 = arith.addi %v2938, %v2933 : i64
          %v2940 = llvm.getelementptr %v7[%v2939] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2941 = llvm.load %v2940 : !llvm.ptr<3> -> f32
          %v2943 = arith.negf %v2941 : f32
          %v2945 = arith.mulf %v2943, %v2944 fastmath<contract> : f32
          %v2946 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2945) : (f32) -> f32
          %v2947 = arith.addf %v2942, %v2946 fastmath<contract> : f32
          %v2948 = arith.divf %v2942, %v2947 : f32
          %v2949 = arith.mulf %v2935, %v2948 fastmath<contract> : f32
          %v2950 = arith.muli %v50, %v16 : i64
          %v2951 = arith.addi %v2950, %v14 : i64
          %v2952 = arith.muli %v2951, %v79 : i64
          %v2953 = arith.addi %v2952, %v2933 : i64
          %v2954 = llvm.getelementptr %v7[%v2953] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2955 = llvm.load %v2954 : !llvm.ptr<3> -> f32
          %v2957 = arith.mulf %v2955, %v2956 fastmath<contract> : f32
          %v2958 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2957) : (f32) -> f32
          %v2961 = arith.mulf %v2958, %v2959 fastmath<contract> : f32
          %v2962 = arith.subf %v2955, %v2961 fastmath<contract> : f32
          %v2963 = arith.mulf %v2958, %v2960 fastmath<contract> : f32
          %v2964 = arith.subf %v2962, %v2963 fastmath<contract> : f32
          %v2965 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2964) : (f32) -> f32
          %v2966 = arith.mulf %v2949, %v2965 fastmath<contract> : f32
          %v2967 = arith.muli %v26, %v16 : i64
          %v2968 = arith.addi %v2967, %v14 : i64
          %v2969 = arith.muli %v2968, %v79 : i64
          %v2970 = arith.addi %v2969, %v2933 : i64
          %v2971 = llvm.getelementptr %v7[%v2970] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2972 = llvm.load %v2971 : !llvm.ptr<3> -> f32
          %v2973 = llvm.load %v4 : !llvm.ptr -> f32
          %v2974 = arith.mulf %v2966, %v2973 fastmath<contract> : f32
          %v2975 = arith.addf %v2974, %v2972 fastmath<contract> : f32
          %v2976 = arith.mulf %v2948, %v2948 fastmath<contract> : f32
          %v2977 = arith.negf %v2976 : f32
          %v2978 = llvm.load %v5 : !llvm.ptr -> f32
          %v2979 = arith.mulf %v2977, %v2978 fastmath<contract> : f32
          %v2980 = arith.addf %v2975, %v2979 fastmath<contract> : f32
          %v2981 = llvm.load %v5 : !llvm.ptr -> f32
          %v2982 = arith.mulf %v65, %v2981 fastmath<contract> : f32
          %v2983 = arith.addf %v2982, %v65 fastmath<contract> : f32
          %v2984 = llvm.load %v4 : !llvm.ptr -> f32
          %v2985 = arith.mulf %v2942, %v2984 fastmath<contract> : f32
          %v2986 = arith.addf %v2983, %v2985 fastmath<contract> : f32
          llvm.store %v2980, %v4 : f32, !llvm.ptr
          llvm.store %v2986, %v5 : f32, !llvm.ptr
          %v2987 = llvm.load %v4 : !llvm.ptr -> f32
          %v2988 = arith.muli %v61, %v16 : i64
          %v2989 = arith.addi %v2988, %v14 : i64
          %v2990 = arith.muli %v2989, %v79 : i64
          %v2991 = arith.addi %v2990, %v2933 : i64
          %v2992 = llvm.getelementptr %v7[%v2991] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2987, %v2992 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v2993 = arith.addi %v26, %v14 : i64
        %v2994 = arith.divui %v2993, %v66 : i64
        %v2995 = arith.remui %v2993, %v66 : i64
        %v2996 = arith.addi %v26, %v2994 : i64
        %v2997 = arith.muli %v2996, %v79 : i64
        %v2998 = arith.addi %v2997, %v2995 : i64
        %v2999 = llvm.getelementptr %v7[%v2998] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1594, %v2999 : f32, !llvm.ptr<3>
        %v3000 = arith.addi %v16, %v14 : i64
        %v3001 = arith.divui %v3000, %v66 : i64
        %v3002 = arith.remui %v3000, %v66 : i64
        %v3003 = arith.addi %v26, %v3001 : i64
        %v3004 = arith.muli %v3003, %v79 : i64
        %v3005 = arith.addi %v3004, %v3002 : i64
        %v3006 = llvm.getelementptr %v7[%v3005] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1608, %v3006 : f32, !llvm.ptr<3>
        %v3007 = arith.addi %v1065, %v14 : i64
        %v3008 = arith.divui %v3007, %v66 : i64
        %v3009 = arith.remui %v3007, %v66 : i64
        %v3010 = arith.addi %v26, %v3008 : i64
        %v3011 = arith.muli %v3010, %v79 : i64
        %v3012 = arith.addi %v3011, %v3009 : i64
        %v3013 = llvm.getelementptr %v7[%v3012] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1622, %v3013 : f32, !llvm.ptr<3>
        %v3015 = arith.addi %v3014, %v14 : i64
        %v3016 = arith.divui %v3015, %v66 : i64
        %v3017 = arith.remui %v3015, %v66 : i64
        %v3018 = arith.addi %v26, %v3016 : i64
        %v3019 = arith.muli %v3018, %v79 : i64
        %v3020 = arith.addi %v3019, %v3017 : i64
        %v3021 = llvm.getelementptr %v7[%v3020] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1636, %v3021 : f32, !llvm.ptr<3>
        %v3022 = arith.addi %v10, %v14 : i64
        %v3023 = arith.divui %v3022, %v66 : i64
        %v3024 = arith.remui %v3022, %v66 : i64
        %v3025 = arith.addi %v26, %v3023 : i64
        %v3026 = arith.muli %v3025, %v79 : i64
        %v3027 = arith.addi %v3026, %v3024 : i64
        %v3028 = llvm.getelementptr %v7[%v3027] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1650, %v3028 : f32, !llvm.ptr<3>
        %v3030 = arith.addi %v3029, %v14 : i64
        %v3031 = arith.divui %v3030, %v66 : i64
        %v3032 = arith.remui %v3030, %v66 : i64
        %v3033 = arith.addi %v26, %v3031 : i64
        %v3034 = arith.muli %v3033, %v79 : i64
        %v3035 = arith.addi %v3034, %v3032 : i64
        %v3036 = llvm.getelementptr %v7[%v3035] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1664, %v3036 : f32, !llvm.ptr<3>
        %v3038 = arith.addi %v3037, %v14 : i64
        %v3039 = arith.divui %v3038, %v66 : i64
        %v3040 = arith.remui %v3038, %v66 : i64
        %v3041 = arith.addi %v26, %v3039 : i64
        %v3042 = arith.muli %v3041, %v79 : i64
        %v3043 = arith.addi %v3042, %v3040 : i64
        %v3044 = llvm.getelementptr %v7[%v3043] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1678, %v3044 : f32, !llvm.ptr<3>
        %v3046 = arith.addi %v3045, %v14 : i64
        %v3047 = arith.divui %v3046, %v66 : i64
        %v3048 = arith.remui %v3046, %v66 : i64
        %v3049 = arith.addi %v26, %v3047 : i64
        %v3050 = arith.muli %v3049, %v79 : i64
        %v3051 = arith.addi %v3050, %v3048 : i64
        %v3052 = llvm.getelementptr %v7[%v3051] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1692, %v3052 : f32, !llvm.ptr<3>
        %v3054 = arith.addi %v3053, %v14 : i64
        %v3055 = arith.divui %v3054, %v66 : i64
        %v3056 = arith.remui %v3054, %v66 : i64
        %v3057 = arith.addi %v26, %v3055 : i64
        %v3058 = arith.muli %v3057, %v79 : i64
        %v3059 = arith.addi %v3058, %v3056 : i64
        %v3060 = llvm.getelementptr %v7[%v3059] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1706, %v3060 : f32, !llvm.ptr<3>
        %v3062 = arith.addi %v3061, %v14 : i64
        %v3063 = arith.divui %v3062, %v66 : i64
        %v3064 = arith.remui %v3062, %v66 : i64
        %v3065 = arith.addi %v26, %v3063 : i64
        %v3066 = arith.muli %v3065, %v79 : i64
        %v3067 = arith.addi %v3066, %v3064 : i64
        %v3068 = llvm.getelementptr %v7[%v3067] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1720, %v3068 : f32, !llvm.ptr<3>
        %v3070 = arith.addi %v3069, %v14 : i64
        %v3071 = arith.divui %v3070, %v66 : i64
        %v3072 = arith.remui %v3070, %v66 : i64
        %v3073 = arith.addi %v26, %v3071 : i64
        %v3074 = arith.muli %v3073, %v79 : i64
        %v3075 = arith.addi %v3074, %v3072 : i64
        %v3076 = llvm.getelementptr %v7[%v3075] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1734, %v3076 : f32, !llvm.ptr<3>
        %v3078 = arith.addi %v3077, %v14 : i64
        %v3079 = arith.divui %v3078, %v66 : i64
        %v3080 = arith.remui %v3078, %v66 : i64
        %v3081 = arith.addi %v26, %v3079 : i64
        %v3082 = arith.muli %v3081, %v79 : i64
        %v3083 = arith.addi %v3082, %v3080 : i64
        %v3084 = llvm.getelementptr %v7[%v3083] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1748, %v3084 : f32, !llvm.ptr<3>
        %v3086 = arith.addi %v3085, %v14 : i64
        %v3087 = arith.divui %v3086, %v66 : i64
        %v3088 = arith.remui %v3086, %v66 : i64
        %v3089 = arith.addi %v26, %v3087 : i64
        %v3090 = arith.muli %v3089, %v79 : i64
        %v3091 = arith.addi %v3090, %v3088 : i64
        %v3092 = llvm.getelementptr %v7[%v3091] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1762, %v3092 : f32, !llvm.ptr<3>
        %v3094 = arith.addi %v3093, %v14 : i64
        %v3095 = arith.divui %v3094, %v66 : i64
        %v3096 = arith.remui %v3094, %v66 : i64
        %v3097 = arith.addi %v26, %v3095 : i64
        %v3098 = arith.muli %v3097, %v79 : i64
        %v3099 = arith.addi %v3098, %v3096 : i64
        %v3100 = llvm.getelementptr %v7[%v3099] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1776, %v3100 : f32, !llvm.ptr<3>
        %v3102 = arith.addi %v3101, %v14 : i64
        %v3103 = arith.divui %v3102, %v66 : i64
        %v3104 = arith.remui %v3102, %v66 : i64
        %v3105 = arith.addi %v26, %v3103 : i64
        %v3106 = arith.muli %v3105, %v79 : i64
        %v3107 = arith.addi %v3106, %v3104 : i64
        %v3108 = llvm.getelementptr %v7[%v3107] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1790, %v3108 : f32, !llvm.ptr<3>
        %v3110 = arith.addi %v3109, %v14 : i64
        %v3111 = arith.divui %v3110, %v66 : i64
        %v3112 = arith.remui %v3110, %v66 : i64
        %v3113 = arith.addi %v26, %v3111 : i64
        %v3114 = arith.muli %v3113, %v79 : i64
        %v3115 = arith.addi %v3114, %v3112 : i64
        %v3116 = llvm.getelementptr %v7[%v3115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1804, %v3116 : f32, !llvm.ptr<3>
        %v3118 = arith.addi %v3117, %v14 : i64
        %v3119 = arith.divui %v3118, %v66 : i64
        %v3120 = arith.remui %v3118, %v66 : i64
        %v3121 = arith.addi %v26, %v3119 : i64
        %v3122 = arith.muli %v3121, %v79 : i64
        %v3123 = arith.addi %v3122, %v3120 : i64
        %v3124 = llvm.getelementptr %v7[%v3123] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1818, %v3124 : f32, !llvm.ptr<3>
        %v3126 = arith.addi %v3125, %v14 : i64
        %v3127 = arith.divui %v3126, %v66 : i64
        %v3128 = arith.remui %v3126, %v66 : i64
        %v3129 = arith.addi %v26, %v3127 : i64
        %v3130 = arith.muli %v3129, %v79 : i64
        %v3131 = arith.addi %v3130, %v3128 : i64
        %v3132 = llvm.getelementptr %v7[%v3131] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1832, %v3132 : f32, !llvm.ptr<3>
        %v3134 = arith.addi %v3133, %v14 : i64
        %v3135 = arith.divui %v3134, %v66 : i64
        %v3136 = arith.remui %v3134, %v66 : i64
        %v3137 = arith.addi %v26, %v3135 : i64
        %v3138 = arith.muli %v3137, %v79 : i64
        %v3139 = arith.addi %v3138, %v3136 : i64
        %v3140 = llvm.getelementptr %v7[%v3139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1846, %v3140 : f32, !llvm.ptr<3>
        %v3142 = arith.addi %v3141, %v14 : i64
        %v3143 = arith.divui %v3142, %v66 : i64
        %v3144 = arith.remui %v3142, %v66 : i64
        %v3145 = arith.addi %v26, %v3143 : i64
        %v3146 = arith.muli %v3145, %v79 : i64
        %v3147 = arith.addi %v3146, %v3144 : i64
        %v3148 = llvm.getelementptr %v7[%v3147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1860, %v3148 : f32, !llvm.ptr<3>
        %v3150 = arith.addi %v3149, %v14 : i64
        %v3151 = arith.divui %v3150, %v66 : i64
        %v3152 = arith.remui %v3150, %v66 : i64
        %v3153 = arith.addi %v26, %v3151 : i64
        %v3154 = arith.muli %v3153, %v79 : i64
        %v3155 = arith.addi %v3154, %v3152 : i64
        %v3156 = llvm.getelementptr %v7[%v3155] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1874, %v3156 : f32, !llvm.ptr<3>
        %v3158 = arith.addi %v3157, %v14 : i64
        %v3159 = arith.divui %v3158, %v66 : i64
        %v3160 = arith.remui %v3158, %v66 : i64
        %v3161 = arith.addi %v26, %v3159 : i64
        %v3162 = arith.muli %v3161, %v79 : i64
        %v3163 = arith.addi %v3162, %v3160 : i64
        %v3164 = llvm.getelementptr %v7[%v3163] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1888, %v3164 : f32, !llvm.ptr<3>
        %v3166 = arith.addi %v3165, %v14 : i64
        %v3167 = arith.divui %v3166, %v66 : i64
        %v3168 = arith.remui %v3166, %v66 : i64
        %v3169 = arith.addi %v26, %v3167 : i64
        %v3170 = arith.muli %v3169, %v79 : i64
        %v3171 = arith.addi %v3170, %v3168 : i64
        %v3172 = llvm.getelementptr %v7[%v3171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1902, %v3172 : f32, !llvm.ptr<3>
        %v3174 = arith.addi %v3173, %v14 : i64
        %v3175 = arith.divui %v3174, %v66 : i64
        %v3176 = arith.remui %v3174, %v66 : i64
        %v3177 = arith.addi %v26, %v3175 : i64
        %v3178 = arith.muli %v3177, %v79 : i64
        %v3179 = arith.addi %v3178, %v3176 : i64
        %v3180 = llvm.getelementptr %v7[%v3179] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1916, %v3180 : f32, !llvm.ptr<3>
        %v3182 = arith.addi %v3181, %v14 : i64
        %v3183 = arith.divui %v3182, %v66 : i64
        %v3184 = arith.remui %v3182, %v66 : i64
        %v3185 = arith.addi %v26, %v3183 : i64
        %v3186 = arith.muli %v3185, %v79 : i64
        %v3187 = arith.addi %v3186, %v3184 : i64
        %v3188 = llvm.getelementptr %v7[%v3187] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1930, %v3188 : f32, !llvm.ptr<3>
        %v3190 = arith.addi %v3189, %v14 : i64
        %v3191 = arith.divui %v3190, %v66 : i64
        %v3192 = arith.remui %v3190, %v66 : i64
        %v3193 = arith.addi %v26, %v3191 : i64
        %v3194 = arith.muli %v3193, %v79 : i64
        %v3195 = arith.addi %v3194, %v3192 : i64
        %v3196 = llvm.getelementptr %v7[%v3195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1944, %v3196 : f32, !llvm.ptr<3>
        %v3198 = arith.addi %v3197, %v14 : i64
        %v3199 = arith.divui %v3198, %v66 : i64
        %v3200 = arith.remui %v3198, %v66 : i64
        %v3201 = arith.addi %v26, %v3199 : i64
        %v3202 = arith.muli %v3201, %v79 : i64
        %v3203 = arith.addi %v3202, %v3200 : i64
        %v3204 = llvm.getelementptr %v7[%v3203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1958, %v3204 : f32, !llvm.ptr<3>
        %v3206 = arith.addi %v3205, %v14 : i64
        %v3207 = arith.divui %v3206, %v66 : i64
        %v3208 = arith.remui %v3206, %v66 : i64
        %v3209 = arith.addi %v26, %v3207 : i64
        %v3210 = arith.muli %v3209, %v79 : i64
        %v3211 = arith.addi %v3210, %v3208 : i64
        %v3212 = llvm.getelementptr %v7[%v3211] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1972, %v3212 : f32, !llvm.ptr<3>
        %v3214 = arith.addi %v3213, %v14 : i64
        %v3215 = arith.divui %v3214, %v66 : i64
        %v3216 = arith.remui %v3214, %v66 : i64
        %v3217 = arith.addi %v26, %v3215 : i64
        %v3218 = arith.muli %v3217, %v79 : i64
        %v3219 = arith.addi %v3218, %v3216 : i64
        %v3220 = llvm.getelementptr %v7[%v3219] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1986, %v3220 : f32, !llvm.ptr<3>
        %v3222 = arith.addi %v3221, %v14 : i64
        %v3223 = arith.divui %v3222, %v66 : i64
        %v3224 = arith.remui %v3222, %v66 : i64
        %v3225 = arith.addi %v26, %v3223 : i64
        %v3226 = arith.muli %v3225, %v79 : i64
        %v3227 = arith.addi %v3226, %v3224 : i64
        %v3228 = llvm.getelementptr %v7[%v3227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2000, %v3228 : f32, !llvm.ptr<3>
        %v3230 = arith.addi %v3229, %v14 : i64
        %v3231 = arith.divui %v3230, %v66 : i64
        %v3232 = arith.remui %v3230, %v66 : i64
        %v3233 = arith.addi %v26, %v3231 : i64
        %v3234 = arith.muli %v3233, %v79 : i64
        %v3235 = arith.addi %v3234, %v3232 : i64
        %v3236 = llvm.getelementptr %v7[%v3235] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2014, %v3236 : f32, !llvm.ptr<3>
        %v3238 = arith.addi %v3237, %v14 : i64
        %v3239 = arith.divui %v3238, %v66 : i64
        %v3240 = arith.remui %v3238, %v66 : i64
        %v3241 = arith.addi %v26, %v3239 : i64
        %v3242 = arith.muli %v3241, %v79 : i64
        %v3243 = arith.addi %v3242, %v3240 : i64
        %v3244 = llvm.getelementptr %v7[%v3243] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2028, %v3244 : f32, !llvm.ptr<3>
        %v3245 = arith.addi %v26, %v14 : i64
        %v3246 = arith.divui %v3245, %v66 : i64
        %v3247 = arith.remui %v3245, %v66 : i64
        %v3248 = arith.addi %v16, %v3246 : i64
        %v3249 = arith.muli %v3248, %v79 : i64
        %v3250 = arith.addi %v3249, %v3247 : i64
        %v3251 = llvm.getelementptr %v7[%v3250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2044, %v3251 : f32, !llvm.ptr<3>
        %v3252 = arith.addi %v16, %v14 : i64
        %v3253 = arith.divui %v3252, %v66 : i64
        %v3254 = arith.remui %v3252, %v66 : i64
        %v3255 = arith.addi %v16, %v3253 : i64
        %v3256 = arith.muli %v3255, %v79 : i64
        %v3257 = arith.addi %v3256, %v3254 : i64
        %v3258 = llvm.getelementptr %v7[%v3257] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2058, %v3258 : f32, !llvm.ptr<3>
        %v3259 = arith.addi %v1065, %v14 : i64
        %v3260 = arith.divui %v3259, %v66 : i64
        %v3261 = arith.remui %v3259, %v66 : i64
        %v3262 = arith.addi %v16, %v3260 : i64
        %v3263 = arith.muli %v3262, %v79 : i64
        %v3264 = arith.addi %v3263, %v3261 : i64
        %v3265 = llvm.getelementptr %v7[%v3264] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2072, %v3265 : f32, !llvm.ptr<3>
        %v3266 = arith.addi %v3014, %v14 : i64
        %v3267 = arith.divui %v3266, %v66 : i64
        %v3268 = arith.remui %v3266, %v66 : i64
        %v3269 = arith.addi %v16, %v3267 : i64
        %v3270 = arith.muli %v3269, %v79 : i64
        %v3271 = arith.addi %v3270, %v3268 : i64
        %v3272 = llvm.getelementptr %v7[%v3271] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2086, %v3272 : f32, !llvm.ptr<3>
        %v3273 = arith.addi %v10, %v14 : i64
        %v3274 = arith.divui %v3273, %v66 : i64
        %v3275 = arith.remui %v3273, %v66 : i64
        %v3276 = arith.addi %v16, %v3274 : i64
        %v3277 = arith.muli %v3276, %v79 : i64
        %v3278 = arith.addi %v3277, %v3275 : i64
        %v3279 = llvm.getelementptr %v7[%v3278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2100, %v3279 : f32, !llvm.ptr<3>
        %v3280 = arith.addi %v3029, %v14 : i64
        %v3281 = arith.divui %v3280, %v66 : i64
        %v3282 = arith.remui %v3280, %v66 : i64
        %v3283 = arith.addi %v16, %v3281 : i64
        %v3284 = arith.muli %v3283, %v79 : i64
        %v3285 = arith.addi %v3284, %v3282 : i64
        %v3286 = llvm.getelementptr %v7[%v3285] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2114, %v3286 : f32, !llvm.ptr<3>
        %v3287 = arith.addi %v3037, %v14 : i64
        %v3288 = arith.divui %v3287, %v66 : i64
        %v3289 = arith.remui %v3287, %v66 : i64
        %v3290 = arith.addi %v16, %v3288 : i64
        %v3291 = arith.muli %v3290, %v79 : i64
        %v3292 = arith.addi %v3291, %v3289 : i64
        %v3293 = llvm.getelementptr %v7[%v3292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2128, %v3293 : f32, !llvm.ptr<3>
        %v3294 = arith.addi %v3045, %v14 : i64
        %v3295 = arith.divui %v3294, %v66 : i64
        %v3296 = arith.remui %v3294, %v66 : i64
        %v3297 = arith.addi %v16, %v3295 : i64
        %v3298 = arith.muli %v3297, %v79 : i64
        %v3299 = arith.addi %v3298, %v3296 : i64
        %v3300 = llvm.getelementptr %v7[%v3299] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2142, %v3300 : f32, !llvm.ptr<3>
        %v3301 = arith.addi %v3053, %v14 : i64
        %v3302 = arith.divui %v3301, %v66 : i64
        %v3303 = arith.remui %v3301, %v66 : i64
        %v3304 = arith.addi %v16, %v3302 : i64
        %v3305 = arith.muli %v3304, %v79 : i64
        %v3306 = arith.addi %v3305, %v3303 : i64
        %v3307 = llvm.getelementptr %v7[%v3306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2156, %v3307 : f32, !llvm.ptr<3>
        %v3308 = arith.addi %v3061, %v14 : i64
        %v3309 = arith.divui %v3308, %v66 : i64
        %v3310 = arith.remui %v3308, %v66 : i64
        %v3311 = arith.addi %v16, %v3309 : i64
        %v3312 = arith.muli %v3311, %v79 : i64
        %v3313 = arith.addi %v3312, %v3310 : i64
        %v3314 = llvm.getelementptr %v7[%v3313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2170, %v3314 : f32, !llvm.ptr<3>
        %v3315 = arith.addi %v3069, %v14 : i64
        %v3316 = arith.divui %v3315, %v66 : i64
        %v3317 = arith.remui %v3315, %v66 : i64
        %v3318 = arith.addi %v16, %v3316 : i64
        %v3319 = arith.muli %v3318, %v79 : i64
        %v3320 = arith.addi %v3319, %v3317 : i64
        %v3321 = llvm.getelementptr %v7[%v3320] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2184, %v3321 : f32, !llvm.ptr<3>
        %v3322 = arith.addi %v3077, %v14 : i64
        %v3323 = arith.divui %v3322, %v66 : i64
        %v3324 = arith.remui %v3322, %v66 : i64
        %v3325 = arith.addi %v16, %v3323 : i64
        %v3326 = arith.muli %v3325, %v79 : i64
        %v3327 = arith.addi %v3326, %v3324 : i64
        %v3328 = llvm.getelementptr %v7[%v3327] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2198, %v3328 : f32, !llvm.ptr<3>
        %v3329 = arith.addi %v3085, %v14 : i64
        %v3330 = arith.divui %v3329, %v66 : i64
        %v3331 = arith.remui %v3329, %v66 : i64
        %v3332 = arith.addi %v16, %v3330 : i64
        %v3333 = arith.muli %v3332, %v79 : i64
        %v3334 = arith.addi %v3333, %v3331 : i64
        %v3335 = llvm.getelementptr %v7[%v3334] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2212, %v3335 : f32, !llvm.ptr<3>
        %v3336 = arith.addi %v3093, %v14 : i64
        %v3337 = arith.divui %v3336, %v66 : i64
        %v3338 = arith.remui %v3336, %v66 : i64
        %v3339 = arith.addi %v16, %v3337 : i64
        %v3340 = arith.muli %v3339, %v79 : i64
        %v3341 = arith.addi %v3340, %v3338 : i64
        %v3342 = llvm.getelementptr %v7[%v3341] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2226, %v3342 : f32, !llvm.ptr<3>
        %v3343 = arith.addi %v3101, %v14 : i64
        %v3344 = arith.divui %v3343, %v66 : i64
        %v3345 = arith.remui %v3343, %v66 : i64
        %v3346 = arith.addi %v16, %v3344 : i64
        %v3347 = arith.muli %v3346, %v79 : i64
        %v3348 = arith.addi %v3347, %v3345 : i64
        %v3349 = llvm.getelementptr %v7[%v3348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2240, %v3349 : f32, !llvm.ptr<3>
        %v3350 = arith.addi %v3109, %v14 : i64
        %v3351 = arith.divui %v3350, %v66 : i64
        %v3352 = arith.remui %v3350, %v66 : i64
        %v3353 = arith.addi %v16, %v3351 : i64
        %v3354 = arith.muli %v3353, %v79 : i64
        %v3355 = arith.addi %v3354, %v3352 : i64
        %v3356 = llvm.getelementptr %v7[%v3355] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2254, %v3356 : f32, !llvm.ptr<3>
        %v3357 = arith.addi %v3117, %v14 : i64
        %v3358 = arith.divui %v3357, %v66 : i64
        %v3359 = arith.remui %v3357, %v66 : i64
        %v3360 = arith.addi %v16, %v3358 : i64
        %v3361 = arith.muli %v3360, %v79 : i64
        %v3362 = arith.addi %v3361, %v3359 : i64
        %v3363 = llvm.getelementptr %v7[%v3362] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2268, %v3363 : f32, !llvm.ptr<3>
        %v3364 = arith.addi %v3125, %v14 : i64
        %v3365 = arith.divui %v3364, %v66 : i64
        %v3366 = arith.remui %v3364, %v66 : i64
        %v3367 = arith.addi %v16, %v3365 : i64
        %v3368 = arith.muli %v3367, %v79 : i64
        %v3369 = arith.addi %v3368, %v3366 : i64
        %v3370 = llvm.getelementptr %v7[%v3369] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2282, %v3370 : f32, !llvm.ptr<3>
        %v3371 = arith.addi %v3133, %v14 : i64
        %v3372 = arith.divui %v3371, %v66 : i64
        %v3373 = arith.remui %v3371, %v66 : i64
        %v3374 = arith.addi %v16, %v3372 : i64
        %v3375 = arith.muli %v3374, %v79 : i64
        %v3376 = arith.addi %v3375, %v3373 : i64
        %v3377 = llvm.getelementptr %v7[%v3376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2296, %v3377 : f32, !llvm.ptr<3>
        %v3378 = arith.addi %v3141, %v14 : i64
        %v3379 = arith.divui %v3378, %v66 : i64
        %v3380 = arith.remui %v3378, %v66 : i64
        %v3381 = arith.addi %v16, %v3379 : i64
        %v3382 = arith.muli %v3381, %v79 : i64
        %v3383 = arith.addi %v3382, %v3380 : i64
        %v3384 = llvm.getelementptr %v7[%v3383] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2310, %v3384 : f32, !llvm.ptr<3>
        %v3385 = arith.addi %v3149, %v14 : i64
        %v3386 = arith.divui %v3385, %v66 : i64
        %v3387 = arith.remui %v3385, %v66 : i64
        %v3388 = arith.addi %v16, %v3386 : i64
        %v3389 = arith.muli %v3388, %v79 : i64
        %v3390 = arith.addi %v3389, %v3387 : i64
        %v3391 = llvm.getelementptr %v7[%v3390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2324, %v3391 : f32, !llvm.ptr<3>
        %v3392 = arith.addi %v3157, %v14 : i64
        %v3393 = arith.divui %v3392, %v66 : i64
        %v3394 = arith.remui %v3392, %v66 : i64
        %v3395 = arith.addi %v16, %v3393 : i64
        %v3396 = arith.muli %v3395, %v79 : i64
        %v3397 = arith.addi %v3396, %v3394 : i64
        %v3398 = llvm.getelementptr %v7[%v3397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2338, %v3398 : f32, !llvm.ptr<3>
        %v3399 = arith.addi %v3165, %v14 : i64
        %v3400 = arith.divui %v3399, %v66 : i64
        %v3401 = arith.remui %v3399, %v66 : i64
        %v3402 = arith.addi %v16, %v3400 : i64
        %v3403 = arith.muli %v3402, %v79 : i64
        %v3404 = arith.addi %v3403, %v3401 : i64
        %v3405 = llvm.getelementptr %v7[%v3404] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2352, %v3405 : f32, !llvm.ptr<3>
        %v3406 = arith.addi %v3173, %v14 : i64
        %v3407 = arith.divui %v3406, %v66 : i64
        %v3408 = arith.remui %v3406, %v66 : i64
        %v3409 = arith.addi %v16, %v3407 : i64
        %v3410 = arith.muli %v3409, %v79 : i64
        %v3411 = arith.addi %v3410, %v3408 : i64
        %v3412 = llvm.getelementptr %v7[%v3411] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2366, %v3412 : f32, !llvm.ptr<3>
        %v3413 = arith.addi %v3181, %v14 : i64
        %v3414 = arith.divui %v3413, %v66 : i64
        %v3415 = arith.remui %v3413, %v66 : i64
        %v3416 = arith.addi %v16, %v3414 : i64
        %v3417 = arith.muli %v3416, %v79 : i64
        %v3418 = arith.addi %v3417, %v3415 : i64
        %v3419 = llvm.getelementptr %v7[%v3418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2380, %v3419 : f32, !llvm.ptr<3>
        %v3420 = arith.addi %v3189, %v14 : i64
        %v3421 = arith.divui %v3420, %v66 : i64
        %v3422 = arith.remui %v3420, %v66 : i64
        %v3423 = arith.addi %v16, %v3421 : i64
        %v3424 = arith.muli %v3423, %v79 : i64
        %v3425 = arith.addi %v3424, %v3422 : i64
        %v3426 = llvm.getelementptr %v7[%v3425] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2394, %v3426 : f32, !llvm.ptr<3>
        %v3427 = arith.addi %v3197, %v14 : i64
        %v3428 = arith.divui %v3427, %v66 : i64
        %v3429 = arith.remui %v3427, %v66 : i64
        %v3430 = arith.addi %v16, %v3428 : i64
        %v3431 = arith.muli %v3430, %v79 : i64
        %v3432 = arith.addi %v3431, %v3429 : i64
        %v3433 = llvm.getelementptr %v7[%v3432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2408, %v3433 : f32, !llvm.ptr<3>
        %v3434 = arith.addi %v3205, %v14 : i64
        %v3435 = arith.divui %v3434, %v66 : i64
        %v3436 = arith.remui %v3434, %v66 : i64
        %v3437 = arith.addi %v16, %v3435 : i64
        %v3438 = arith.muli %v3437, %v79 : i64
        %v3439 = arith.addi %v3438, %v3436 : i64
        %v3440 = llvm.getelementptr %v7[%v3439] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2422, %v3440 : f32, !llvm.ptr<3>
        %v3441 = arith.addi %v3213, %v14 : i64
        %v3442 = arith.divui %v3441, %v66 : i64
        %v3443 = arith.remui %v3441, %v66 : i64
        %v3444 = arith.addi %v16, %v3442 : i64
        %v3445 = arith.muli %v3444, %v79 : i64
        %v3446 = arith.addi %v3445, %v3443 : i64
        %v3447 = llvm.getelementptr %v7[%v3446] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2436, %v3447 : f32, !llvm.ptr<3>
        %v3448 = arith.addi %v3221, %v14 : i64
        %v3449 = arith.divui %v3448, %v66 : i64
        %v3450 = arith.remui %v3448, %v66 : i64
        %v3451 = arith.addi %v16, %v3449 : i64
        %v3452 = arith.muli %v3451, %v79 : i64
        %v3453 = arith.addi %v3452, %v3450 : i64
        %v3454 = llvm.getelementptr %v7[%v3453] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2450, %v3454 : f32, !llvm.ptr<3>
        %v3455 = arith.addi %v3229, %v14 : i64
        %v3456 = arith.divui %v3455, %v66 : i64
        %v3457 = arith.remui %v3455, %v66 : i64
        %v3458 = arith.addi %v16, %v3456 : i64
        %v3459 = arith.muli %v3458, %v79 : i64
        %v3460 = arith.addi %v3459, %v3457 : i64
        %v3461 = llvm.getelementptr %v7[%v3460] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2464, %v3461 : f32, !llvm.ptr<3>
        %v3462 = arith.addi %v3237, %v14 : i64
        %v3463 = arith.divui %v3462, %v66 : i64
        %v3464 = arith.remui %v3462, %v66 : i64
        %v3465 = arith.addi %v16, %v3463 : i64
        %v3466 = arith.muli %v3465, %v79 : i64
        %v3467 = arith.addi %v3466, %v3464 : i64
        %v3468 = llvm.getelementptr %v7[%v3467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2478, %v3468 : f32, !llvm.ptr<3>
        %v3469 = arith.addi %v26, %v14 : i64
        %v3470 = arith.divui %v3469, %v66 : i64
        %v3471 = arith.remui %v3469, %v66 : i64
        %v3472 = arith.addi %v1065, %v3470 : i64
        %v3473 = arith.muli %v3472, %v79 : i64
        %v3474 = arith.addi %v3473, %v3471 : i64
        %v3475 = llvm.getelementptr %v7[%v3474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2494, %v3475 : f32, !llvm.ptr<3>
        %v3476 = arith.addi %v16, %v14 : i64
        %v3477 = arith.divui %v3476, %v66 : i64
        %v3478 = arith.remui %v3476, %v66 : i64
        %v3479 = arith.addi %v1065, %v3477 : i64
        %v3480 = arith.muli %v3479, %v79 : i64
        %v3481 = arith.addi %v3480, %v3478 : i64
        %v3482 = llvm.getelementptr %v7[%v3481] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2508, %v3482 : f32, !llvm.ptr<3>
        %v3483 = arith.addi %v1065, %v14 : i64
        %v3484 = arith.divui %v3483, %v66 : i64
        %v3485 = arith.remui %v3483, %v66 : i64
        %v3486 = arith.addi %v1065, %v3484 : i64
        %v3487 = arith.muli %v3486, %v79 : i64
        %v3488 = arith.addi %v3487, %v3485 : i64
        %v3489 = llvm.getelementptr %v7[%v3488] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2522, %v3489 : f32, !llvm.ptr<3>
        %v3490 = arith.addi %v3014, %v14 : i64
        %v3491 = arith.divui %v3490, %v66 : i64
        %v3492 = arith.remui %v3490, %v66 : i64
        %v3493 = arith.addi %v1065, %v3491 : i64
        %v3494 = arith.muli %v3493, %v79 : i64
        %v3495 = arith.addi %v3494, %v3492 : i64
        %v3496 = llvm.getelementptr %v7[%v3495] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2536, %v3496 : f32, !llvm.ptr<3>
        %v3497 = arith.addi %v10, %v14 : i64
        %v3498 = arith.divui %v3497, %v66 : i64
        %v3499 = arith.remui %v3497, %v66 : i64
        %v3500 = arith.addi %v1065, %v3498 : i64
        %v3501 = arith.muli %v3500, %v79 : i64
        %v3502 = arith.addi %v3501, %v3499 : i64
        %v3503 = llvm.getelementptr %v7[%v3502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2550, %v3503 : f32, !llvm.ptr<3>
        %v3504 = arith.addi %v3029, %v14 : i64
        %v3505 = arith.divui %v3504, %v66 : i64
        %v3506 = arith.remui %v3504, %v66 : i64
        %v3507 = arith.addi %v1065, %v3505 : i64
        %v3508 = arith.muli %v3507, %v79 : i64
        %v3509 = arith.addi %v3508, %v3506 : i64
        %v3510 = llvm.getelementptr %v7[%v3509] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2564, %v3510 : f32, !llvm.ptr<3>
        %v3511 = arith.addi %v3037, %v14 : i64
        %v3512 = arith.divui %v3511, %v66 : i64
        %v3513 = arith.remui %v3511, %v66 : i64
        %v3514 = arith.addi %v1065, %v3512 : i64
        %v3515 = arith.muli %v3514, %v79 : i64
        %v3516 = arith.addi %v3515, %v3513 : i64
        %v3517 = llvm.getelementptr %v7[%v3516] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2578, %v3517 : f32, !llvm.ptr<3>
        %v3518 = arith.addi %v3045, %v14 : i64
        %v3519 = arith.divui %v3518, %v66 : i64
        %v3520 = arith.remui %v3518, %v66 : i64
        %v3521 = arith.addi %v1065, %v3519 : i64
        %v3522 = arith.muli %v3521, %v79 : i64
        %v3523 = arith.addi %v3522, %v3520 : i64
        %v3524 = llvm.getelementptr %v7[%v3523] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2592, %v3524 : f32, !llvm.ptr<3>
        %v3525 = arith.addi %v3053, %v14 : i64
        %v3526 = arith.divui %v3525, %v66 : i64
        %v3527 = arith.remui %v3525, %v66 : i64
        %v3528 = arith.addi %v1065, %v3526 : i64
        %v3529 = arith.muli %v3528, %v79 : i64
        %v3530 = arith.addi %v3529, %v3527 : i64
        %v3531 = llvm.getelementptr %v7[%v3530] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2606, %v3531 : f32, !llvm.ptr<3>
        %v3532 = arith.addi %v3061, %v14 : i64
        %v3533 = arith.divui %v3532, %v66 : i64
        %v3534 = arith.remui %v3532, %v66 : i64
        %v3535 = arith.addi %v1065, %v3533 : i64
        %v3536 = arith.muli %v3535, %v79 : i64
        %v3537 = arith.addi %v3536, %v3534 : i64
        %v3538 = llvm.getelementptr %v7[%v3537] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2620, %v3538 : f32, !llvm.ptr<3>
        %v3539 = arith.addi %v3069, %v14 : i64
        %v3540 = arith.divui %v3539, %v66 : i64
        %v3541 = arith.remui %v3539, %v66 : i64
        %v3542 = arith.addi %v1065, %v3540 : i64
        %v3543 = arith.muli %v3542, %v79 : i64
        %v3544 = arith.addi %v3543, %v3541 : i64
        %v3545 = llvm.getelementptr %v7[%v3544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2634, %v3545 : f32, !llvm.ptr<3>
        %v3546 = arith.addi %v3077, %v14 : i64
        %v3547 = arith.divui %v3546, %v66 : i64
        %v3548 = arith.remui %v3546, %v66 : i64
        %v3549 = arith.addi %v1065, %v3547 : i64
        %v3550 = arith.muli %v3549, %v79 : i64
        %v3551 = arith.addi %v3550, %v3548 : i64
        %v3552 = llvm.getelementptr %v7[%v3551] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2648, %v3552 : f32, !llvm.ptr<3>
        %v3553 = arith.addi %v3085, %v14 : i64
        %v3554 = arith.divui %v3553, %v66 : i64
        %v3555 = arith.remui %v3553, %v66 : i64
        %v3556 = arith.addi %v1065, %v3554 : i64
        %v3557 = arith.muli %v3556, %v79 : i64
        %v3558 = arith.addi %v3557, %v3555 : i64
        %v3559 = llvm.getelementptr %v7[%v3558] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2662, %v3559 : f32, !llvm.ptr<3>
        %v3560 = arith.addi %v3093, %v14 : i64
        %v3561 = arith.divui %v3560, %v66 : i64
        %v3562 = arith.remui %v3560, %v66 : i64
        %v3563 = arith.addi %v1065, %v3561 : i64
        %v3564 = arith.muli %v3563, %v79 : i64
        %v3565 = arith.addi %v3564, %v3562 : i64
        %v3566 = llvm.getelementptr %v7[%v3565] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2676, %v3566 : f32, !llvm.ptr<3>
        %v3567 = arith.addi %v3101, %v14 : i64
        %v3568 = arith.divui %v3567, %v66 : i64
        %v3569 = arith.remui %v3567, %v66 : i64
        %v3570 = arith.addi %v1065, %v3568 : i64
        %v3571 = arith.muli %v3570, %v79 : i64
        %v3572 = arith.addi %v3571, %v3569 : i64
        %v3573 = llvm.getelementptr %v7[%v3572] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2690, %v3573 : f32, !llvm.ptr<3>
        %v3574 = arith.addi %v3109, %v14 : i64
        %v3575 = arith.divui %v3574, %v66 : i64
        %v3576 = arith.remui %v3574, %v66 : i64
        %v3577 = arith.addi %v1065, %v3575 : i64
        %v3578 = arith.muli %v3577, %v79 : i64
        %v3579 = arith.addi %v3578, %v3576 : i64
        %v3580 = llvm.getelementptr %v7[%v3579] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2704, %v3580 : f32, !llvm.ptr<3>
        %v3581 = arith.addi %v3117, %v14 : i64
        %v3582 = arith.divui %v3581, %v66 : i64
        %v3583 = arith.remui %v3581, %v66 : i64
        %v3584 = arith.addi %v1065, %v3582 : i64
        %v3585 = arith.muli %v3584, %v79 : i64
        %v3586 = arith.addi %v3585, %v3583 : i64
        %v3587 = llvm.getelementptr %v7[%v3586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2718, %v3587 : f32, !llvm.ptr<3>
        %v3588 = arith.addi %v3125, %v14 : i64
        %v3589 = arith.divui %v3588, %v66 : i64
        %v3590 = arith.remui %v3588, %v66 : i64
        %v3591 = arith.addi %v1065, %v3589 : i64
        %v3592 = arith.muli %v3591, %v79 : i64
        %v3593 = arith.addi %v3592, %v3590 : i64
        %v3594 = llvm.getelementptr %v7[%v3593] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2732, %v3594 : f32, !llvm.ptr<3>
        %v3595 = arith.addi %v3133, %v14 : i64
        %v3596 = arith.divui %v3595, %v66 : i64
        %v3597 = arith.remui %v3595, %v66 : i64
        %v3598 = arith.addi %v1065, %v3596 : i64
        %v3599 = arith.muli %v3598, %v79 : i64
        %v3600 = arith.addi %v3599, %v3597 : i64
        %v3601 = llvm.getelementptr %v7[%v3600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2746, %v3601 : f32, !llvm.ptr<3>
        %v3602 = arith.addi %v3141, %v14 : i64
        %v3603 = arith.divui %v3602, %v66 : i64
        %v3604 = arith.remui %v3602, %v66 : i64
        %v3605 = arith.addi %v1065, %v3603 : i64
        %v3606 = arith.muli %v3605, %v79 : i64
        %v3607 = arith.addi %v3606, %v3604 : i64
        %v3608 = llvm.getelementptr %v7[%v3607] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2760, %v3608 : f32, !llvm.ptr<3>
        %v3609 = arith.addi %v3149, %v14 : i64
        %v3610 = arith.divui %v3609, %v66 : i64
        %v3611 = arith.remui %v3609, %v66 : i64
        %v3612 = arith.addi %v1065, %v3610 : i64
        %v3613 = arith.muli %v3612, %v79 : i64
        %v3614 = arith.addi %v3613, %v3611 : i64
        %v3615 = llvm.getelementptr %v7[%v3614] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2774, %v3615 : f32, !llvm.ptr<3>
        %v3616 = arith.addi %v3157, %v14 : i64
        %v3617 = arith.divui %v3616, %v66 : i64
        %v3618 = arith.remui %v3616, %v66 : i64
        %v3619 = arith.addi %v1065, %v3617 : i64
        %v3620 = arith.muli %v3619, %v79 : i64
        %v3621 = arith.addi %v3620, %v3618 : i64
        %v3622 = llvm.getelementptr %v7[%v3621] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2788, %v3622 : f32, !llvm.ptr<3>
        %v3623 = arith.addi %v3165, %v14 : i64
        %v3624 = arith.divui %v3623, %v66 : i64
        %v3625 = arith.remui %v3623, %v66 : i64
        %v3626 = arith.addi %v1065, %v3624 : i64
        %v3627 = arith.muli %v3626, %v79 : i64
        %v3628 = arith.addi %v3627, %v3625 : i64
        %v3629 = llvm.getelementptr %v7[%v3628] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2802, %v3629 : f32, !llvm.ptr<3>
        %v3630 = arith.addi %v3173, %v14 : i64
        %v3631 = arith.divui %v3630, %v66 : i64
        %v3632 = arith.remui %v3630, %v66 : i64
        %v3633 = arith.addi %v1065, %v3631 : i64
        %v3634 = arith.muli %v3633, %v79 : i64
        %v3635 = arith.addi %v3634, %v3632 : i64
        %v3636 = llvm.getelementptr %v7[%v3635] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2816, %v3636 : f32, !llvm.ptr<3>
        %v3637 = arith.addi %v3181, %v14 : i64
        %v3638 = arith.divui %v3637, %v66 : i64
        %v3639 = arith.remui %v3637, %v66 : i64
        %v3640 = arith.addi %v1065, %v3638 : i64
        %v3641 = arith.muli %v3640, %v79 : i64
        %v3642 = arith.addi %v3641, %v3639 : i64
        %v3643 = llvm.getelementptr %v7[%v3642] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2830, %v3643 : f32, !llvm.ptr<3>
        %v3644 = arith.addi %v3189, %v14 : i64
        %v3645 = arith.divui %v3644, %v66 : i64
        %v3646 = arith.remui %v3644, %v66 : i64
        %v3647 = arith.addi %v1065, %v3645 : i64
        %v3648 = arith.muli %v3647, %v79 : i64
        %v3649 = arith.addi %v3648, %v3646 : i64
        %v3650 = llvm.getelementptr %v7[%v3649] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2844, %v3650 : f32, !llvm.ptr<3>
        %v3651 = arith.addi %v3197, %v14 : i64
        %v3652 = arith.divui %v3651, %v66 : i64
        %v3653 = arith.remui %v3651, %v66 : i64
        %v3654 = arith.addi %v1065, %v3652 : i64
        %v3655 = arith.muli %v3654, %v79 : i64
        %v3656 = arith.addi %v3655, %v3653 : i64
        %v3657 = llvm.getelementptr %v7[%v3656] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2858, %v3657 : f32, !llvm.ptr<3>
        %v3658 = arith.addi %v3205, %v14 : i64
        %v3659 = arith.divui %v3658, %v66 : i64
        %v3660 = arith.remui %v3658, %v66 : i64
        %v3661 = arith.addi %v1065, %v3659 : i64
        %v3662 = arith.muli %v3661, %v79 : i64
        %v3663 = arith.addi %v3662, %v3660 : i64
        %v3664 = llvm.getelementptr %v7[%v3663] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2872, %v3664 : f32, !llvm.ptr<3>
        %v3665 = arith.addi %v3213, %v14 : i64
        %v3666 = arith.divui %v3665, %v66 : i64
        %v3667 = arith.remui %v3665, %v66 : i64
        %v3668 = arith.addi %v1065, %v3666 : i64
        %v3669 = arith.muli %v3668, %v79 : i64
        %v3670 = arith.addi %v3669, %v3667 : i64
        %v3671 = llvm.getelementptr %v7[%v3670] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2886, %v3671 : f32, !llvm.ptr<3>
        %v3672 = arith.addi %v3221, %v14 : i64
        %v3673 = arith.divui %v3672, %v66 : i64
        %v3674 = arith.remui %v3672, %v66 : i64
        %v3675 = arith.addi %v1065, %v3673 : i64
        %v3676 = arith.muli %v3675, %v79 : i64
        %v3677 = arith.addi %v3676, %v3674 : i64
        %v3678 = llvm.getelementptr %v7[%v3677] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2900, %v3678 : f32, !llvm.ptr<3>
        %v3679 = arith.addi %v3229, %v14 : i64
        %v3680 = arith.divui %v3679, %v66 : i64
        %v3681 = arith.remui %v3679, %v66 : i64
        %v3682 = arith.addi %v1065, %v3680 : i64
        %v3683 = arith.muli %v3682, %v79 : i64
        %v3684 = arith.addi %v3683, %v3681 : i64
        %v3685 = llvm.getelementptr %v7[%v3684] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2914, %v3685 : f32, !llvm.ptr<3>
        %v3686 = arith.addi %v3237, %v14 : i64
        %v3687 = arith.divui %v3686, %v66 : i64
        %v3688 = arith.remui %v3686, %v66 : i64
        %v3689 = arith.addi %v1065, %v3687 : i64
        %v3690 = arith.muli %v3689, %v79 : i64
        %v3691 = arith.addi %v3690, %v3688 : i64
        %v3692 = llvm.getelementptr %v7[%v3691] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2928, %v3692 : f32, !llvm.ptr<3>
        %v3693 = arith.divui %v14, %v66 : i64
        %v3694 = arith.remui %v14, %v66 : i64
        %v3695 = arith.addi %v3693, %v26 : i64
        %v3696 = arith.constant true
        %v3697 = arith.addi %v3014, %v3695 : i64
        %v3698 = llvm.getelementptr %v6[%v3697] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3699 = llvm.load %v3698 : !llvm.ptr<3> -> i64
        %v3700 = arith.addi %v1548, %v3694 : i64
        %v3701 = arith.cmpi slt, %v3700, %size_L : i64
        %v3702 = arith.subi %size_L, %v1 : i64
        %v3703 = arith.minsi %v3700, %v3702 : i64
        %v3704 = arith.addi %v3699, %v3703 : i64
        %v3705 = arith.muli %v3697, %v79 : i64
        %v3706 = arith.addi %v3705, %v3694 : i64
        %v3707 = arith.cmpi sge, %v3699, %v26 : i64
        %v3708 = arith.andi %v3701, %v3707 : i1
        %v3709 = arith.andi %v3708, %v3696 : i1
        %v3710 = llvm.getelementptr %v7[%v3706] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3711 = llvm.load %v3710 : !llvm.ptr<3> -> f32
        %v3712 = arith.addi %v3693, %v50 : i64
        %v3713 = arith.constant true
        %v3714 = arith.addi %v3014, %v3712 : i64
        %v3715 = llvm.getelementptr %v6[%v3714] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3716 = llvm.load %v3715 : !llvm.ptr<3> -> i64
        %v3717 = arith.addi %v1548, %v3694 : i64
        %v3718 = arith.cmpi slt, %v3717, %size_L : i64
        %v3719 = arith.subi %size_L, %v1 : i64
        %v3720 = arith.minsi %v3717, %v3719 : i64
        %v3721 = arith.addi %v3716, %v3720 : i64
        %v3722 = arith.muli %v3714, %v79 : i64
        %v3723 = arith.addi %v3722, %v3694 : i64
        %v3724 = arith.cmpi sge, %v3716, %v26 : i64
        %v3725 = arith.andi %v3718, %v3724 : i1
        %v3726 = arith.andi %v3725, %v3713 : i1
        %v3727 = llvm.getelementptr %v7[%v3723] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3728 = llvm.load %v3727 : !llvm.ptr<3> -> f32
        %v3729 = arith.addi %v3693, %v98 : i64
        %v3730 = arith.constant true
        %v3731 = arith.addi %v3014, %v3729 : i64
        %v3732 = llvm.getelementptr %v6[%v3731] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3733 = llvm.load %v3732 : !llvm.ptr<3> -> i64
        %v3734 = arith.addi %v1548, %v3694 : i64
        %v3735 = arith.cmpi slt, %v3734, %size_L : i64
        %v3736 = arith.subi %size_L, %v1 : i64
        %v3737 = arith.minsi %v3734, %v3736 : i64
        %v3738 = arith.addi %v3733, %v3737 : i64
        %v3739 = arith.muli %v3731, %v79 : i64
        %v3740 = arith.addi %v3739, %v3694 : i64
        %v3741 = arith.cmpi sge, %v3733, %v26 : i64
        %v3742 = arith.andi %v3735, %v3741 : i1
        %v3743 = arith.andi %v3742, %v3730 : i1
        %v3744 = llvm.getelementptr %v7[%v3740] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3745 = llvm.load %v3744 : !llvm.ptr<3> -> f32
        %v3746 = arith.addi %v3693, %v113 : i64
        %v3747 = arith.constant true
        %v3748 = arith.addi %v3014, %v3746 : i64
        %v3749 = llvm.getelementptr %v6[%v3748] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3750 = llvm.load %v3749 : !llvm.ptr<3> -> i64
        %v3751 = arith.addi %v1548, %v3694 : i64
        %v3752 = arith.cmpi slt, %v3751, %size_L : i64
        %v3753 = arith.subi %size_L, %v1 : i64
        %v3754 = arith.minsi %v3751, %v3753 : i64
        %v3755 = arith.addi %v3750, %v3754 : i64
        %v3756 = arith.muli %v3748, %v79 : i64
        %v3757 = arith.addi %v3756, %v3694 : i64
        %v3758 = arith.cmpi sge, %v3750, %v26 : i64
        %v3759 = arith.andi %v3752, %v3758 : i1
        %v3760 = arith.andi %v3759, %v3747 : i1
        %v3761 = llvm.getelementptr %v7[%v3757] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3762 = llvm.load %v3761 : !llvm.ptr<3> -> f32
        %v3763 = arith.addi %v3693, %v128 : i64
        %v3764 = arith.constant true
        %v3765 = arith.addi %v3014, %v3763 : i64
        %v3766 = llvm.getelementptr %v6[%v3765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3767 = llvm.load %v3766 : !llvm.ptr<3> -> i64
        %v3768 = arith.addi %v1548, %v3694 : i64
        %v3769 = arith.cmpi slt, %v3768, %size_L : i64
        %v3770 = arith.subi %size_L, %v1 : i64
        %v3771 = arith.minsi %v3768, %v3770 : i64
        %v3772 = arith.addi %v3767, %v3771 : i64
        %v3773 = arith.muli %v3765, %v79 : i64
        %v3774 = arith.addi %v3773, %v3694 : i64
        %v3775 = arith.cmpi sge, %v3767, %v26 : i64
        %v3776 = arith.andi %v3769, %v3775 : i1
        %v3777 = arith.andi %v3776, %v3764 : i1
        %v3778 = llvm.getelementptr %v7[%v3774] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3779 = llvm.load %v3778 : !llvm.ptr<3> -> f32
        %v3780 = arith.addi %v3693, %v143 : i64
        %v3781 = arith.constant true
        %v3782 = arith.addi %v3014, %v3780 : i64
        %v3783 = llvm.getelementptr %v6[%v3782] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3784 = llvm.load %v3783 : !llvm.ptr<3> -> i64
        %v3785 = arith.addi %v1548, %v3694 : i64
        %v3786 = arith.cmpi slt, %v3785, %size_L : i64
        %v3787 = arith.subi %size_L, %v1 : i64
        %v3788 = arith.minsi %v3785, %v3787 : i64
        %v3789 = arith.addi %v3784, %v3788 : i64
        %v3790 = arith.muli %v3782, %v79 : i64
        %v3791 = arith.addi %v3790, %v3694 : i64
        %v3792 = arith.cmpi sge, %v3784, %v26 : i64
        %v3793 = arith.andi %v3786, %v3792 : i1
        %v3794 = arith.andi %v3793, %v3781 : i1
        %v3795 = llvm.getelementptr %v7[%v3791] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3796 = llvm.load %v3795 : !llvm.ptr<3> -> f32
        %v3797 = arith.addi %v3693, %v158 : i64
        %v3798 = arith.constant true
        %v3799 = arith.addi %v3014, %v3797 : i64
        %v3800 = llvm.getelementptr %v6[%v3799] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3801 = llvm.load %v3800 : !llvm.ptr<3> -> i64
        %v3802 = arith.addi %v1548, %v3694 : i64
        %v3803 = arith.cmpi slt, %v3802, %size_L : i64
        %v3804 = arith.subi %size_L, %v1 : i64
        %v3805 = arith.minsi %v3802, %v3804 : i64
        %v3806 = arith.addi %v3801, %v3805 : i64
        %v3807 = arith.muli %v3799, %v79 : i64
        %v3808 = arith.addi %v3807, %v3694 : i64
        %v3809 = arith.cmpi sge, %v3801, %v26 : i64
        %v3810 = arith.andi %v3803, %v3809 : i1
        %v3811 = arith.andi %v3810, %v3798 : i1
        %v3812 = llvm.getelementptr %v7[%v3808] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3813 = llvm.load %v3812 : !llvm.ptr<3> -> f32
        %v3814 = arith.addi %v3693, %v173 : i64
        %v3815 = arith.constant true
        %v3816 = arith.addi %v3014, %v3814 : i64
        %v3817 = llvm.getelementptr %v6[%v3816] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3818 = llvm.load %v3817 : !llvm.ptr<3> -> i64
        %v3819 = arith.addi %v1548, %v3694 : i64
        %v3820 = arith.cmpi slt, %v3819, %size_L : i64
        %v3821 = arith.subi %size_L, %v1 : i64
        %v3822 = arith.minsi %v3819, %v3821 : i64
        %v3823 = arith.addi %v3818, %v3822 : i64
        %v3824 = arith.muli %v3816, %v79 : i64
        %v3825 = arith.addi %v3824, %v3694 : i64
        %v3826 = arith.cmpi sge, %v3818, %v26 : i64
        %v3827 = arith.andi %v3820, %v3826 : i1
        %v3828 = arith.andi %v3827, %v3815 : i1
        %v3829 = llvm.getelementptr %v7[%v3825] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3830 = llvm.load %v3829 : !llvm.ptr<3> -> f32
        %v3831 = arith.addi %v3693, %v188 : i64
        %v3832 = arith.constant true
        %v3833 = arith.addi %v3014, %v3831 : i64
        %v3834 = llvm.getelementptr %v6[%v3833] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3835 = llvm.load %v3834 : !llvm.ptr<3> -> i64
        %v3836 = arith.addi %v1548, %v3694 : i64
        %v3837 = arith.cmpi slt, %v3836, %size_L : i64
        %v3838 = arith.subi %size_L, %v1 : i64
        %v3839 = arith.minsi %v3836, %v3838 : i64
        %v3840 = arith.addi %v3835, %v3839 : i64
        %v3841 = arith.muli %v3833, %v79 : i64
        %v3842 = arith.addi %v3841, %v3694 : i64
        %v3843 = arith.cmpi sge, %v3835, %v26 : i64
        %v3844 = arith.andi %v3837, %v3843 : i1
        %v3845 = arith.andi %v3844, %v3832 : i1
        %v3846 = llvm.getelementptr %v7[%v3842] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3847 = llvm.load %v3846 : !llvm.ptr<3> -> f32
        %v3848 = arith.addi %v3693, %v203 : i64
        %v3849 = arith.constant true
        %v3850 = arith.addi %v3014, %v3848 : i64
        %v3851 = llvm.getelementptr %v6[%v3850] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3852 = llvm.load %v3851 : !llvm.ptr<3> -> i64
        %v3853 = arith.addi %v1548, %v3694 : i64
        %v3854 = arith.cmpi slt, %v3853, %size_L : i64
        %v3855 = arith.subi %size_L, %v1 : i64
        %v3856 = arith.minsi %v3853, %v3855 : i64
        %v3857 = arith.addi %v3852, %v3856 : i64
        %v3858 = arith.muli %v3850, %v79 : i64
        %v3859 = arith.addi %v3858, %v3694 : i64
        %v3860 = arith.cmpi sge, %v3852, %v26 : i64
        %v3861 = arith.andi %v3854, %v3860 : i1
        %v3862 = arith.andi %v3861, %v3849 : i1
        %v3863 = llvm.getelementptr %v7[%v3859] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3864 = llvm.load %v3863 : !llvm.ptr<3> -> f32
        %v3865 = arith.addi %v3693, %v218 : i64
        %v3866 = arith.constant true
        %v3867 = arith.addi %v3014, %v3865 : i64
        %v3868 = llvm.getelementptr %v6[%v3867] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3869 = llvm.load %v3868 : !llvm.ptr<3> -> i64
        %v3870 = arith.addi %v1548, %v3694 : i64
        %v3871 = arith.cmpi slt, %v3870, %size_L : i64
        %v3872 = arith.subi %size_L, %v1 : i64
        %v3873 = arith.minsi %v3870, %v3872 : i64
        %v3874 = arith.addi %v3869, %v3873 : i64
        %v3875 = arith.muli %v3867, %v79 : i64
        %v3876 = arith.addi %v3875, %v3694 : i64
        %v3877 = arith.cmpi sge, %v3869, %v26 : i64
        %v3878 = arith.andi %v3871, %v3877 : i1
        %v3879 = arith.andi %v3878, %v3866 : i1
        %v3880 = llvm.getelementptr %v7[%v3876] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3881 = llvm.load %v3880 : !llvm.ptr<3> -> f32
        %v3882 = arith.addi %v3693, %v233 : i64
        %v3883 = arith.constant true
        %v3884 = arith.addi %v3014, %v3882 : i64
        %v3885 = llvm.getelementptr %v6[%v3884] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3886 = llvm.load %v3885 : !llvm.ptr<3> -> i64
        %v3887 = arith.addi %v1548, %v3694 : i64
        %v3888 = arith.cmpi slt, %v3887, %size_L : i64
        %v3889 = arith.subi %size_L, %v1 : i64
        %v3890 = arith.minsi %v3887, %v3889 : i64
        %v3891 = arith.addi %v3886, %v3890 : i64
        %v3892 = arith.muli %v3884, %v79 : i64
        %v3893 = arith.addi %v3892, %v3694 : i64
        %v3894 = arith.cmpi sge, %v3886, %v26 : i64
        %v3895 = arith.andi %v3888, %v3894 : i1
        %v3896 = arith.andi %v3895, %v3883 : i1
        %v3897 = llvm.getelementptr %v7[%v3893] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3898 = llvm.load %v3897 : !llvm.ptr<3> -> f32
        %v3899 = arith.addi %v3693, %v248 : i64
        %v3900 = arith.constant true
        %v3901 = arith.addi %v3014, %v3899 : i64
        %v3902 = llvm.getelementptr %v6[%v3901] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3903 = llvm.load %v3902 : !llvm.ptr<3> -> i64
        %v3904 = arith.addi %v1548, %v3694 : i64
        %v3905 = arith.cmpi slt, %v3904, %size_L : i64
        %v3906 = arith.subi %size_L, %v1 : i64
        %v3907 = arith.minsi %v3904, %v3906 : i64
        %v3908 = arith.addi %v3903, %v3907 : i64
        %v3909 = arith.muli %v3901, %v79 : i64
        %v3910 = arith.addi %v3909, %v3694 : i64
        %v3911 = arith.cmpi sge, %v3903, %v26 : i64
        %v3912 = arith.andi %v3905, %v3911 : i1
        %v3913 = arith.andi %v3912, %v3900 : i1
        %v3914 = llvm.getelementptr %v7[%v3910] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3915 = llvm.load %v3914 : !llvm.ptr<3> -> f32
        %v3916 = arith.addi %v3693, %v263 : i64
        %v3917 = arith.constant true
        %v3918 = arith.addi %v3014, %v3916 : i64
        %v3919 = llvm.getelementptr %v6[%v3918] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3920 = llvm.load %v3919 : !llvm.ptr<3> -> i64
        %v3921 = arith.addi %v1548, %v3694 : i64
        %v3922 = arith.cmpi slt, %v3921, %size_L : i64
        %v3923 = arith.subi %size_L, %v1 : i64
        %v3924 = arith.minsi %v3921, %v3923 : i64
        %v3925 = arith.addi %v3920, %v3924 : i64
        %v3926 = arith.muli %v3918, %v79 : i64
        %v3927 = arith.addi %v3926, %v3694 : i64
        %v3928 = arith.cmpi sge, %v3920, %v26 : i64
        %v3929 = arith.andi %v3922, %v3928 : i1
        %v3930 = arith.andi %v3929, %v3917 : i1
        %v3931 = llvm.getelementptr %v7[%v3927] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3932 = llvm.load %v3931 : !llvm.ptr<3> -> f32
        %v3933 = arith.addi %v3693, %v278 : i64
        %v3934 = arith.constant true
        %v3935 = arith.addi %v3014, %v3933 : i64
        %v3936 = llvm.getelementptr %v6[%v3935] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3937 = llvm.load %v3936 : !llvm.ptr<3> -> i64
        %v3938 = arith.addi %v1548, %v3694 : i64
        %v3939 = arith.cmpi slt, %v3938, %size_L : i64
        %v3940 = arith.subi %size_L, %v1 : i64
        %v3941 = arith.minsi %v3938, %v3940 : i64
        %v3942 = arith.addi %v3937, %v3941 : i64
        %v3943 = arith.muli %v3935, %v79 : i64
        %v3944 = arith.addi %v3943, %v3694 : i64
        %v3945 = arith.cmpi sge, %v3937, %v26 : i64
        %v3946 = arith.andi %v3939, %v3945 : i1
        %v3947 = arith.andi %v3946, %v3934 : i1
        %v3948 = llvm.getelementptr %v7[%v3944] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3949 = llvm.load %v3948 : !llvm.ptr<3> -> f32
        %v3950 = arith.addi %v3693, %v293 : i64
        %v3951 = arith.constant true
        %v3952 = arith.addi %v3014, %v3950 : i64
        %v3953 = llvm.getelementptr %v6[%v3952] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3954 = llvm.load %v3953 : !llvm.ptr<3> -> i64
        %v3955 = arith.addi %v1548, %v3694 : i64
        %v3956 = arith.cmpi slt, %v3955, %size_L : i64
        %v3957 = arith.subi %size_L, %v1 : i64
        %v3958 = arith.minsi %v3955, %v3957 : i64
        %v3959 = arith.addi %v3954, %v3958 : i64
        %v3960 = arith.muli %v3952, %v79 : i64
        %v3961 = arith.addi %v3960, %v3694 : i64
        %v3962 = arith.cmpi sge, %v3954, %v26 : i64
        %v3963 = arith.andi %v3956, %v3962 : i1
        %v3964 = arith.andi %v3963, %v3951 : i1
        %v3965 = llvm.getelementptr %v7[%v3961] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3966 = llvm.load %v3965 : !llvm.ptr<3> -> f32
        %v3967 = arith.addi %v3693, %v66 : i64
        %v3968 = arith.constant true
        %v3969 = arith.addi %v3014, %v3967 : i64
        %v3970 = llvm.getelementptr %v6[%v3969] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3971 = llvm.load %v3970 : !llvm.ptr<3> -> i64
        %v3972 = arith.addi %v1548, %v3694 : i64
        %v3973 = arith.cmpi slt, %v3972, %size_L : i64
        %v3974 = arith.subi %size_L, %v1 : i64
        %v3975 = arith.minsi %v3972, %v3974 : i64
        %v3976 = arith.addi %v3971, %v3975 : i64
        %v3977 = arith.muli %v3969, %v79 : i64
        %v3978 = arith.addi %v3977, %v3694 : i64
        %v3979 = arith.cmpi sge, %v3971, %v26 : i64
        %v3980 = arith.andi %v3973, %v3979 : i1
        %v3981 = arith.andi %v3980, %v3968 : i1
        %v3982 = llvm.getelementptr %v7[%v3978] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3983 = llvm.load %v3982 : !llvm.ptr<3> -> f32
        %v3984 = arith.addi %v3693, %v322 : i64
        %v3985 = arith.constant true
        %v3986 = arith.addi %v3014, %v3984 : i64
        %v3987 = llvm.getelementptr %v6[%v3986] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3988 = llvm.load %v3987 : !llvm.ptr<3> -> i64
        %v3989 = arith.addi %v1548, %v3694 : i64
        %v3990 = arith.cmpi slt, %v3989, %size_L : i64
        %v3991 = arith.subi %size_L, %v1 : i64
        %v3992 = arith.minsi %v3989, %v3991 : i64
        %v3993 = arith.addi %v3988, %v3992 : i64
        %v3994 = arith.muli %v3986, %v79 : i64
        %v3995 = arith.addi %v3994, %v3694 : i64
        %v3996 = arith.cmpi sge, %v3988, %v26 : i64
        %v3997 = arith.andi %v3990, %v3996 : i1
        %v3998 = arith.andi %v3997, %v3985 : i1
        %v3999 = llvm.getelementptr %v7[%v3995] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4000 = llvm.load %v3999 : !llvm.ptr<3> -> f32
        %v4001 = arith.addi %v3693, %v337 : i64
        %v4002 = arith.constant true
        %v4003 = arith.addi %v3014, %v4001 : i64
        %v4004 = llvm.getelementptr %v6[%v4003] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4005 = llvm.load %v4004 : !llvm.ptr<3> -> i64
        %v4006 = arith.addi %v1548, %v3694 : i64
        %v4007 = arith.cmpi slt, %v4006, %size_L : i64
        %v4008 = arith.subi %size_L, %v1 : i64
        %v4009 = arith.minsi %v4006, %v4008 : i64
        %v4010 = arith.addi %v4005, %v4009 : i64
        %v4011 = arith.muli %v4003, %v79 : i64
        %v4012 = arith.addi %v4011, %v3694 : i64
        %v4013 = arith.cmpi sge, %v4005, %v26 : i64
        %v4014 = arith.andi %v4007, %v4013 : i1
        %v4015 = arith.andi %v4014, %v4002 : i1
        %v4016 = llvm.getelementptr %v7[%v4012] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4017 = llvm.load %v4016 : !llvm.ptr<3> -> f32
        %v4018 = arith.addi %v3693, %v352 : i64
        %v4019 = arith.constant true
        %v4020 = arith.addi %v3014, %v4018 : i64
        %v4021 = llvm.getelementptr %v6[%v4020] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4022 = llvm.load %v4021 : !llvm.ptr<3> -> i64
        %v4023 = arith.addi %v1548, %v3694 : i64
        %v4024 = arith.cmpi slt, %v4023, %size_L : i64
        %v4025 = arith.subi %size_L, %v1 : i64
        %v4026 = arith.minsi %v4023, %v4025 : i64
        %v4027 = arith.addi %v4022, %v4026 : i64
        %v4028 = arith.muli %v4020, %v79 : i64
        %v4029 = arith.addi %v4028, %v3694 : i64
        %v4030 = arith.cmpi sge, %v4022, %v26 : i64
        %v4031 = arith.andi %v4024, %v4030 : i1
        %v4032 = arith.andi %v4031, %v4019 : i1
        %v4033 = llvm.getelementptr %v7[%v4029] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4034 = llvm.load %v4033 : !llvm.ptr<3> -> f32
        %v4035 = arith.addi %v3693, %v367 : i64
        %v4036 = arith.constant true
        %v4037 = arith.addi %v3014, %v4035 : i64
        %v4038 = llvm.getelementptr %v6[%v4037] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4039 = llvm.load %v4038 : !llvm.ptr<3> -> i64
        %v4040 = arith.addi %v1548, %v3694 : i64
        %v4041 = arith.cmpi slt, %v4040, %size_L : i64
        %v4042 = arith.subi %size_L, %v1 : i64
        %v4043 = arith.minsi %v4040, %v4042 : i64
        %v4044 = arith.addi %v4039, %v4043 : i64
        %v4045 = arith.muli %v4037, %v79 : i64
        %v4046 = arith.addi %v4045, %v3694 : i64
        %v4047 = arith.cmpi sge, %v4039, %v26 : i64
        %v4048 = arith.andi %v4041, %v4047 : i1
        %v4049 = arith.andi %v4048, %v4036 : i1
        %v4050 = llvm.getelementptr %v7[%v4046] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4051 = llvm.load %v4050 : !llvm.ptr<3> -> f32
        %v4052 = arith.addi %v3693, %v382 : i64
        %v4053 = arith.constant true
        %v4054 = arith.addi %v3014, %v4052 : i64
        %v4055 = llvm.getelementptr %v6[%v4054] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4056 = llvm.load %v4055 : !llvm.ptr<3> -> i64
        %v4057 = arith.addi %v1548, %v3694 : i64
        %v4058 = arith.cmpi slt, %v4057, %size_L : i64
        %v4059 = arith.subi %size_L, %v1 : i64
        %v4060 = arith.minsi %v4057, %v4059 : i64
        %v4061 = arith.addi %v4056, %v4060 : i64
        %v4062 = arith.muli %v4054, %v79 : i64
        %v4063 = arith.addi %v4062, %v3694 : i64
        %v4064 = arith.cmpi sge, %v4056, %v26 : i64
        %v4065 = arith.andi %v4058, %v4064 : i1
        %v4066 = arith.andi %v4065, %v4053 : i1
        %v4067 = llvm.getelementptr %v7[%v4063] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4068 = llvm.load %v4067 : !llvm.ptr<3> -> f32
        %v4069 = arith.addi %v3693, %v397 : i64
        %v4070 = arith.constant true
        %v4071 = arith.addi %v3014, %v4069 : i64
        %v4072 = llvm.getelementptr %v6[%v4071] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4073 = llvm.load %v4072 : !llvm.ptr<3> -> i64
        %v4074 = arith.addi %v1548, %v3694 : i64
        %v4075 = arith.cmpi slt, %v4074, %size_L : i64
        %v4076 = arith.subi %size_L, %v1 : i64
        %v4077 = arith.minsi %v4074, %v4076 : i64
        %v4078 = arith.addi %v4073, %v4077 : i64
        %v4079 = arith.muli %v4071, %v79 : i64
        %v4080 = arith.addi %v4079, %v3694 : i64
        %v4081 = arith.cmpi sge, %v4073, %v26 : i64
        %v4082 = arith.andi %v4075, %v4081 : i1
        %v4083 = arith.andi %v4082, %v4070 : i1
        %v4084 = llvm.getelementptr %v7[%v4080] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4085 = llvm.load %v4084 : !llvm.ptr<3> -> f32
        %v4086 = arith.addi %v3693, %v412 : i64
        %v4087 = arith.constant true
        %v4088 = arith.addi %v3014, %v4086 : i64
        %v4089 = llvm.getelementptr %v6[%v4088] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4090 = llvm.load %v4089 : !llvm.ptr<3> -> i64
        %v4091 = arith.addi %v1548, %v3694 : i64
        %v4092 = arith.cmpi slt, %v4091, %size_L : i64
        %v4093 = arith.subi %size_L, %v1 : i64
        %v4094 = arith.minsi %v4091, %v4093 : i64
        %v4095 = arith.addi %v4090, %v4094 : i64
        %v4096 = arith.muli %v4088, %v79 : i64
        %v4097 = arith.addi %v4096, %v3694 : i64
        %v4098 = arith.cmpi sge, %v4090, %v26 : i64
        %v4099 = arith.andi %v4092, %v4098 : i1
        %v4100 = arith.andi %v4099, %v4087 : i1
        %v4101 = llvm.getelementptr %v7[%v4097] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4102 = llvm.load %v4101 : !llvm.ptr<3> -> f32
        %v4103 = arith.addi %v3693, %v427 : i64
        %v4104 = arith.constant true
        %v4105 = arith.addi %v3014, %v4103 : i64
        %v4106 = llvm.getelementptr %v6[%v4105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4107 = llvm.load %v4106 : !llvm.ptr<3> -> i64
        %v4108 = arith.addi %v1548, %v3694 : i64
        %v4109 = arith.cmpi slt, %v4108, %size_L : i64
        %v4110 = arith.subi %size_L, %v1 : i64
        %v4111 = arith.minsi %v4108, %v4110 : i64
        %v4112 = arith.addi %v4107, %v4111 : i64
        %v4113 = arith.muli %v4105, %v79 : i64
        %v4114 = arith.addi %v4113, %v3694 : i64
        %v4115 = arith.cmpi sge, %v4107, %v26 : i64
        %v4116 = arith.andi %v4109, %v4115 : i1
        %v4117 = arith.andi %v4116, %v4104 : i1
        %v4118 = llvm.getelementptr %v7[%v4114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4119 = llvm.load %v4118 : !llvm.ptr<3> -> f32
        %v4120 = arith.addi %v3693, %v442 : i64
        %v4121 = arith.constant true
        %v4122 = arith.addi %v3014, %v4120 : i64
        %v4123 = llvm.getelementptr %v6[%v4122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4124 = llvm.load %v4123 : !llvm.ptr<3> -> i64
        %v4125 = arith.addi %v1548, %v3694 : i64
        %v4126 = arith.cmpi slt, %v4125, %size_L : i64
        %v4127 = arith.subi %size_L, %v1 : i64
        %v4128 = arith.minsi %v4125, %v4127 : i64
        %v4129 = arith.addi %v4124, %v4128 : i64
        %v4130 = arith.muli %v4122, %v79 : i64
        %v4131 = arith.addi %v4130, %v3694 : i64
        %v4132 = arith.cmpi sge, %v4124, %v26 : i64
        %v4133 = arith.andi %v4126, %v4132 : i1
        %v4134 = arith.andi %v4133, %v4121 : i1
        %v4135 = llvm.getelementptr %v7[%v4131] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4136 = llvm.load %v4135 : !llvm.ptr<3> -> f32
        %v4137 = arith.addi %v3693, %v457 : i64
        %v4138 = arith.constant true
        %v4139 = arith.addi %v3014, %v4137 : i64
        %v4140 = llvm.getelementptr %v6[%v4139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4141 = llvm.load %v4140 : !llvm.ptr<3> -> i64
        %v4142 = arith.addi %v1548, %v3694 : i64
        %v4143 = arith.cmpi slt, %v4142, %size_L : i64
        %v4144 = arith.subi %size_L, %v1 : i64
        %v4145 = arith.minsi %v4142, %v4144 : i64
        %v4146 = arith.addi %v4141, %v4145 : i64
        %v4147 = arith.muli %v4139, %v79 : i64
        %v4148 = arith.addi %v4147, %v3694 : i64
        %v4149 = arith.cmpi sge, %v4141, %v26 : i64
        %v4150 = arith.andi %v4143, %v4149 : i1
        %v4151 = arith.andi %v4150, %v4138 : i1
        %v4152 = llvm.getelementptr %v7[%v4148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4153 = llvm.load %v4152 : !llvm.ptr<3> -> f32
        %v4154 = arith.addi %v3693, %v472 : i64
        %v4155 = arith.constant true
        %v4156 = arith.addi %v3014, %v4154 : i64
        %v4157 = llvm.getelementptr %v6[%v4156] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4158 = llvm.load %v4157 : !llvm.ptr<3> -> i64
        %v4159 = arith.addi %v1548, %v3694 : i64
        %v4160 = arith.cmpi slt, %v4159, %size_L : i64
        %v4161 = arith.subi %size_L, %v1 : i64
        %v4162 = arith.minsi %v4159, %v4161 : i64
        %v4163 = arith.addi %v4158, %v4162 : i64
        %v4164 = arith.muli %v4156, %v79 : i64
        %v4165 = arith.addi %v4164, %v3694 : i64
        %v4166 = arith.cmpi sge, %v4158, %v26 : i64
        %v4167 = arith.andi %v4160, %v4166 : i1
        %v4168 = arith.andi %v4167, %v4155 : i1
        %v4169 = llvm.getelementptr %v7[%v4165] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4170 = llvm.load %v4169 : !llvm.ptr<3> -> f32
        %v4171 = arith.addi %v3693, %v487 : i64
        %v4172 = arith.constant true
        %v4173 = arith.addi %v3014, %v4171 : i64
        %v4174 = llvm.getelementptr %v6[%v4173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4175 = llvm.load %v4174 : !llvm.ptr<3> -> i64
        %v4176 = arith.addi %v1548, %v3694 : i64
        %v4177 = arith.cmpi slt, %v4176, %size_L : i64
        %v4178 = arith.subi %size_L, %v1 : i64
        %v4179 = arith.minsi %v4176, %v4178 : i64
        %v4180 = arith.addi %v4175, %v4179 : i64
        %v4181 = arith.muli %v4173, %v79 : i64
        %v4182 = arith.addi %v4181, %v3694 : i64
        %v4183 = arith.cmpi sge, %v4175, %v26 : i64
        %v4184 = arith.andi %v4177, %v4183 : i1
        %v4185 = arith.andi %v4184, %v4172 : i1
        %v4186 = llvm.getelementptr %v7[%v4182] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4187 = llvm.load %v4186 : !llvm.ptr<3> -> f32
        %v4188 = arith.addi %v3693, %v502 : i64
        %v4189 = arith.constant true
        %v4190 = arith.addi %v3014, %v4188 : i64
        %v4191 = llvm.getelementptr %v6[%v4190] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4192 = llvm.load %v4191 : !llvm.ptr<3> -> i64
        %v4193 = arith.addi %v1548, %v3694 : i64
        %v4194 = arith.cmpi slt, %v4193, %size_L : i64
        %v4195 = arith.subi %size_L, %v1 : i64
        %v4196 = arith.minsi %v4193, %v4195 : i64
        %v4197 = arith.addi %v4192, %v4196 : i64
        %v4198 = arith.muli %v4190, %v79 : i64
        %v4199 = arith.addi %v4198, %v3694 : i64
        %v4200 = arith.cmpi sge, %v4192, %v26 : i64
        %v4201 = arith.andi %v4194, %v4200 : i1
        %v4202 = arith.andi %v4201, %v4189 : i1
        %v4203 = llvm.getelementptr %v7[%v4199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4204 = llvm.load %v4203 : !llvm.ptr<3> -> f32
        %v4205 = arith.addi %v3693, %v517 : i64
        %v4206 = arith.constant true
        %v4207 = arith.addi %v3014, %v4205 : i64
        %v4208 = llvm.getelementptr %v6[%v4207] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4209 = llvm.load %v4208 : !llvm.ptr<3> -> i64
        %v4210 = arith.addi %v1548, %v3694 : i64
        %v4211 = arith.cmpi slt, %v4210, %size_L : i64
        %v4212 = arith.subi %size_L, %v1 : i64
        %v4213 = arith.minsi %v4210, %v4212 : i64
        %v4214 = arith.addi %v4209, %v4213 : i64
        %v4215 = arith.muli %v4207, %v79 : i64
        %v4216 = arith.addi %v4215, %v3694 : i64
        %v4217 = arith.cmpi sge, %v4209, %v26 : i64
        %v4218 = arith.andi %v4211, %v4217 : i1
        %v4219 = arith.andi %v4218, %v4206 : i1
        %v4220 = llvm.getelementptr %v7[%v4216] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4221 = llvm.load %v4220 : !llvm.ptr<3> -> f32
        %v4222 = arith.addi %v3693, %v532 : i64
        %v4223 = arith.constant true
        %v4224 = arith.addi %v3014, %v4222 : i64
        %v4225 = llvm.getelementptr %v6[%v4224] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4226 = llvm.load %v4225 : !llvm.ptr<3> -> i64
        %v4227 = arith.addi %v1548, %v3694 : i64
        %v4228 = arith.cmpi slt, %v4227, %size_L : i64
        %v4229 = arith.subi %size_L, %v1 : i64
        %v4230 = arith.minsi %v4227, %v4229 : i64
        %v4231 = arith.addi %v4226, %v4230 : i64
        %v4232 = arith.muli %v4224, %v79 : i64
        %v4233 = arith.addi %v4232, %v3694 : i64
        %v4234 = arith.cmpi sge, %v4226, %v26 : i64
        %v4235 = arith.andi %v4228, %v4234 : i1
        %v4236 = arith.andi %v4235, %v4223 : i1
        %v4237 = llvm.getelementptr %v7[%v4233] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4238 = llvm.load %v4237 : !llvm.ptr<3> -> f32
        scf.if %v3709 {
          %v4239 = llvm.getelementptr %out_y[%v3704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3711, %v4239 : f32, !llvm.ptr
        }
        scf.if %v3726 {
          %v4240 = llvm.getelementptr %out_y[%v3721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3728, %v4240 : f32, !llvm.ptr
        }
        scf.if %v3743 {
          %v4241 = llvm.getelementptr %out_y[%v3738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3745, %v4241 : f32, !llvm.ptr
        }
        scf.if %v3760 {
          %v4242 = llvm.getelementptr %out_y[%v3755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3762, %v4242 : f32, !llvm.ptr
        }
        scf.if %v3777 {
          %v4243 = llvm.getelementptr %out_y[%v3772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3779, %v4243 : f32, !llvm.ptr
        }
        scf.if %v3794 {
          %v4244 = llvm.getelementptr %out_y[%v3789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3796, %v4244 : f32, !llvm.ptr
        }
        scf.if %v3811 {
          %v4245 = llvm.getelementptr %out_y[%v3806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3813, %v4245 : f32, !llvm.ptr
        }
        scf.if %v3828 {
          %v4246 = llvm.getelementptr %out_y[%v3823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3830, %v4246 : f32, !llvm.ptr
        }
        scf.if %v3845 {
          %v4247 = llvm.getelementptr %out_y[%v3840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3847, %v4247 : f32, !llvm.ptr
        }
        scf.if %v3862 {
          %v4248 = llvm.getelementptr %out_y[%v3857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3864, %v4248 : f32, !llvm.ptr
        }
        scf.if %v3879 {
          %v4249 = llvm.getelementptr %out_y[%v3874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3881, %v4249 : f32, !llvm.ptr
        }
        scf.if %v3896 {
          %v4250 = llvm.getelementptr %out_y[%v3891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3898, %v4250 : f32, !llvm.ptr
        }
        scf.if %v3913 {
          %v4251 = llvm.getelementptr %out_y[%v3908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3915, %v4251 : f32, !llvm.ptr
        }
        scf.if %v3930 {
          %v4252 = llvm.getelementptr %out_y[%v3925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3932, %v4252 : f32, !llvm.ptr
        }
        scf.if %v3947 {
          %v4253 = llvm.getelementptr %out_y[%v3942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3949, %v4253 : f32, !llvm.ptr
        }
        scf.if %v3964 {
          %v4254 = llvm.getelementptr %out_y[%v3959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3966, %v4254 : f32, !llvm.ptr
        }
        scf.if %v3981 {
          %v4255 = llvm.getelementptr %out_y[%v3976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3983, %v4255 : f32, !llvm.ptr
        }
        scf.if %v3998 {
          %v4256 = llvm.getelementptr %out_y[%v3993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4000, %v4256 : f32, !llvm.ptr
        }
        scf.if %v4015 {
          %v4257 = llvm.getelementptr %out_y[%v4010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4017, %v4257 : f32, !llvm.ptr
        }
        scf.if %v4032 {
          %v4258 = llvm.getelementptr %out_y[%v4027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4034, %v4258 : f32, !llvm.ptr
        }
        scf.if %v4049 {
          %v4259 = llvm.getelementptr %out_y[%v4044] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4051, %v4259 : f32, !llvm.ptr
        }
        scf.if %v4066 {
          %v4260 = llvm.getelementptr %out_y[%v4061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4068, %v4260 : f32, !llvm.ptr
        }
        scf.if %v4083 {
          %v4261 = llvm.getelementptr %out_y[%v4078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4085, %v4261 : f32, !llvm.ptr
        }
        scf.if %v4100 {
          %v4262 = llvm.getelementptr %out_y[%v4095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4102, %v4262 : f32, !llvm.ptr
        }
        scf.if %v4117 {
          %v4263 = llvm.getelementptr %out_y[%v4112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4119, %v4263 : f32, !llvm.ptr
        }
        scf.if %v4134 {
          %v4264 = llvm.getelementptr %out_y[%v4129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4136, %v4264 : f32, !llvm.ptr
        }
        scf.if %v4151 {
          %v4265 = llvm.getelementptr %out_y[%v4146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4153, %v4265 : f32, !llvm.ptr
        }
        scf.if %v4168 {
          %v4266 = llvm.getelementptr %out_y[%v4163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4170, %v4266 : f32, !llvm.ptr
        }
        scf.if %v4185 {
          %v4267 = llvm.getelementptr %out_y[%v4180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4187, %v4267 : f32, !llvm.ptr
        }
        scf.if %v4202 {
          %v4268 = llvm.getelementptr %out_y[%v4197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4204, %v4268 : f32, !llvm.ptr
        }
        scf.if %v4219 {
          %v4269 = llvm.getelementptr %out_y[%v4214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4221, %v4269 : f32, !llvm.ptr
        }
        scf.if %v4236 {
          %v4270 = llvm.getelementptr %out_y[%v4231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4238, %v4270 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      %v4271 = llvm.load %v4 : !llvm.ptr -> f32
      scf.if %v19 {
        %v4272 = arith.muli %v24, %v1559 : i64
        %v4273 = arith.muli %v22, %v1 : i64
        %v4274 = arith.addi %v4272, %v4273 : i64
        %v4275 = llvm.getelementptr %out_h_last[%v4274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4271, %v4275 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
