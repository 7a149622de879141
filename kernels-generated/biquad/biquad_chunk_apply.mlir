module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_biquad_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<256 x i64>
    llvm.mlir.global internal @smem_biquad_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<8448 x f32>
    gpu.func @biquad_chunk_apply(%in_x: !llvm.ptr, %in_rho: !llvm.ptr, %in_theta: !llvm.ptr, %in_h0: !llvm.ptr, %in_hp0: !llvm.ptr, %out_y: !llvm.ptr, %out_h_last: !llvm.ptr, %out_hp_last: !llvm.ptr, %carry_h: !llvm.ptr, %ckpt_h: !llvm.ptr, %carry_hp: !llvm.ptr, %ckpt_hp: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.mlir.addressof @rows_biquad_chunk_apply : !llvm.ptr<3>
      %v6 = llvm.mlir.addressof @smem_biquad_chunk_apply : !llvm.ptr<3>
      %v7 = arith.constant 255 : i64
      %v8 = arith.addi %size_L, %v7 : i64
      %v9 = arith.constant 256 : i64
      %v10 = arith.divui %v8, %v9 : i64
      %v15 = arith.constant 64 : i64
      %v16 = arith.constant 63 : i64
      %v30 = arith.constant 0 : i64
      %v31 = arith.muli %size_L, %size_D : i64
      %v44 = arith.constant 2 : i64
      %v45 = arith.constant 128 : i64
      %v51 = arith.constant -1 : i64
      %v53 = arith.constant 3 : i64
      %v54 = arith.constant 192 : i64
      %v72 = arith.constant 32 : i64
      %v83 = arith.constant 33 : i64
      %v101 = arith.constant 4 : i64
      %v115 = arith.constant 6 : i64
      %v129 = arith.constant 8 : i64
      %v143 = arith.constant 10 : i64
      %v157 = arith.constant 12 : i64
      %v171 = arith.constant 14 : i64
      %v185 = arith.constant 16 : i64
      %v199 = arith.constant 18 : i64
      %v213 = arith.constant 20 : i64
      %v227 = arith.constant 22 : i64
      %v241 = arith.constant 24 : i64
      %v255 = arith.constant 26 : i64
      %v269 = arith.constant 28 : i64
      %v283 = arith.constant 30 : i64
      %v310 = arith.constant 34 : i64
      %v324 = arith.constant 36 : i64
      %v338 = arith.constant 38 : i64
      %v352 = arith.constant 40 : i64
      %v366 = arith.constant 42 : i64
      %v380 = arith.constant 44 : i64
      %v394 = arith.constant 46 : i64
      %v408 = arith.constant 48 : i64
      %v422 = arith.constant 50 : i64
      %v436 = arith.constant 52 : i64
      %v450 = arith.constant 54 : i64
      %v464 = arith.constant 56 : i64
      %v478 = arith.constant 58 : i64
      %v492 = arith.constant 60 : i64
      %v506 = arith.constant 62 : i64
      %v1525 = arith.muli %size_B, %size_D : i64
      %v1534 = arith.muli %size_B, %size_D : i64
      %v2865 = arith.constant 0x40000000 : f32
      %v2871 = arith.constant 0x3F800000 : f32
      %v2873 = arith.constant 0x3FB8AA3B : f32
      %v2884 = arith.constant 0x3E22F983 : f32
      %v2887 = arith.constant 0x40C90000 : f32
      %v2888 = arith.constant 0x3AFDAA22 : f32
      %v2907 = arith.constant 0x00000000 : f32
      %v2948 = arith.constant 320 : i64
      %v2955 = arith.constant 384 : i64
      %v2962 = arith.constant 448 : i64
      %v2969 = arith.constant 512 : i64
      %v2976 = arith.constant 576 : i64
      %v2983 = arith.constant 640 : i64
      %v2990 = arith.constant 704 : i64
      %v2997 = arith.constant 768 : i64
      %v3004 = arith.constant 832 : i64
      %v3011 = arith.constant 896 : i64
      %v3018 = arith.constant 960 : i64
      %v3025 = arith.constant 1024 : i64
      %v3032 = arith.constant 1088 : i64
      %v3039 = arith.constant 1152 : i64
      %v3046 = arith.constant 1216 : i64
      %v3053 = arith.constant 1280 : i64
      %v3060 = arith.constant 1344 : i64
      %v3067 = arith.constant 1408 : i64
      %v3074 = arith.constant 1472 : i64
      %v3081 = arith.constant 1536 : i64
      %v3088 = arith.constant 1600 : i64
      %v3095 = arith.constant 1664 : i64
      %v3102 = arith.constant 1728 : i64
      %v3109 = arith.constant 1792 : i64
      %v3116 = arith.constant 1856 : i64
      %v3123 = arith.constant 1920 : i64
      %v3130 = arith.constant 1984 : i64
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
      %v26 = arith.remui %v25, %size_D : i64
      %v27 = arith.divui %v25, %size_D : i64
      %v28 = arith.remui %v27, %size_B : i64
      %v29 = arith.divui %v27, %size_B : i64
      %v32 = arith.muli %v28, %v31 : i64
      %v33 = arith.muli %v26, %size_L : i64
      %v34 = arith.addi %v32, %v33 : i64
      %v35 = llvm.getelementptr %v5[%v13] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v34, %v35 : i64, !llvm.ptr<3>
      %v36 = arith.muli %v28, %v31 : i64
      %v37 = arith.muli %v26, %size_L : i64
      %v38 = arith.addi %v36, %v37 : i64
      %v39 = arith.addi %v15, %v13 : i64
      %v40 = llvm.getelementptr %v5[%v39] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v38, %v40 : i64, !llvm.ptr<3>
      %v41 = arith.muli %v28, %v31 : i64
      %v42 = arith.muli %v26, %size_L : i64
      %v43 = arith.addi %v41, %v42 : i64
      %v46 = arith.addi %v45, %v13 : i64
      %v47 = llvm.getelementptr %v5[%v46] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v43, %v47 : i64, !llvm.ptr<3>
      %v48 = arith.muli %v28, %v31 : i64
      %v49 = arith.muli %v26, %size_L : i64
      %v50 = arith.addi %v48, %v49 : i64
      %v52 = arith.select %v23, %v50, %v51 : i64
      %v55 = arith.addi %v54, %v13 : i64
      %v56 = llvm.getelementptr %v5[%v55] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v52, %v56 : i64, !llvm.ptr<3>
      gpu.barrier
      %v57 = arith.muli %v19, %v2 : i64
      %v58 = arith.subi %v2, %v1 : i64
      %v59 = arith.minsi %v22, %v58 : i64
      %v60 = arith.addi %v57, %v59 : i64
      %v61 = llvm.getelementptr %carry_h[%v60] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v62 = llvm.load %v61 : !llvm.ptr -> f32
      llvm.store %v62, %v3 : f32, !llvm.ptr
      %v63 = arith.muli %v19, %v2 : i64
      %v64 = arith.subi %v2, %v1 : i64
      %v65 = arith.minsi %v22, %v64 : i64
      %v66 = arith.addi %v63, %v65 : i64
      %v67 = llvm.getelementptr %carry_hp[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v68 = llvm.load %v67 : !llvm.ptr -> f32
      llvm.store %v68, %v4 : f32, !llvm.ptr
      %v69 = arith.muli %v19, %v9 : i64
      %v70 = arith.addi %v69, %v9 : i64
      %v71 = arith.minsi %v70, %size_L : i64
      // staged load of `x`'s first tile: read, then shared memory
      %v73 = arith.divui %v13, %v72 : i64
      %v74 = arith.remui %v13, %v72 : i64
      %v75 = arith.constant true
      %v76 = llvm.getelementptr %v5[%v73] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v77 = llvm.load %v76 : !llvm.ptr<3> -> i64
      %v78 = arith.addi %v69, %v74 : i64
      %v79 = arith.cmpi slt, %v78, %v71 : i64
      %v80 = arith.subi %size_L, %v1 : i64
      %v81 = arith.minsi %v78, %v80 : i64
      %v82 = arith.addi %v77, %v81 : i64
      %v84 = arith.muli %v73, %v83 : i64
      %v85 = arith.addi %v84, %v74 : i64
      %v86 = llvm.getelementptr %in_x[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v87 = llvm.load %v86 : !llvm.ptr -> f32
      %v88 = arith.addi %v73, %v44 : i64
      %v89 = arith.constant true
      %v90 = llvm.getelementptr %v5[%v88] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v91 = llvm.load %v90 : !llvm.ptr<3> -> i64
      %v92 = arith.addi %v69, %v74 : i64
      %v93 = arith.cmpi slt, %v92, %v71 : i64
      %v94 = arith.subi %size_L, %v1 : i64
      %v95 = arith.minsi %v92, %v94 : i64
      %v96 = arith.addi %v91, %v95 : i64
      %v97 = arith.muli %v88, %v83 : i64
      %v98 = arith.addi %v97, %v74 : i64
      %v99 = llvm.getelementptr %in_x[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v100 = llvm.load %v99 : !llvm.ptr -> f32
      %v102 = arith.addi %v73, %v101 : i64
      %v103 = arith.constant true
      %v104 = llvm.getelementptr %v5[%v102] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v105 = llvm.load %v104 : !llvm.ptr<3> -> i64
      %v106 = arith.addi %v69, %v74 : i64
      %v107 = arith.cmpi slt, %v106, %v71 : i64
      %v108 = arith.subi %size_L, %v1 : i64
      %v109 = arith.minsi %v106, %v108 : i64
      %v110 = arith.addi %v105, %v109 : i64
      %v111 = arith.muli %v102, %v83 : i64
      %v112 = arith.addi %v111, %v74 : i64
      %v113 = llvm.getelementptr %in_x[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v114 = llvm.load %v113 : !llvm.ptr -> f32
      %v116 = arith.addi %v73, %v115 : i64
      %v117 = arith.constant true
      %v118 = llvm.getelementptr %v5[%v116] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v119 = llvm.load %v118 : !llvm.ptr<3> -> i64
      %v120 = arith.addi %v69, %v74 : i64
      %v121 = arith.cmpi slt, %v120, %v71 : i64
      %v122 = arith.subi %size_L, %v1 : i64
      %v123 = arith.minsi %v120, %v122 : i64
      %v124 = arith.addi %v119, %v123 : i64
      %v125 = arith.muli %v116, %v83 : i64
      %v126 = arith.addi %v125, %v74 : i64
      %v127 = llvm.getelementptr %in_x[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v128 = llvm.load %v127 : !llvm.ptr -> f32
      %v130 = arith.addi %v73, %v129 : i64
      %v131 = arith.constant true
      %v132 = llvm.getelementptr %v5[%v130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v133 = llvm.load %v132 : !llvm.ptr<3> -> i64
      %v134 = arith.addi %v69, %v74 : i64
      %v135 = arith.cmpi slt, %v134, %v71 : i64
      %v136 = arith.subi %size_L, %v1 : i64
      %v137 = arith.minsi %v134, %v136 : i64
      %v138 = arith.addi %v133, %v137 : i64
      %v139 = arith.muli %v130, %v83 : i64
      %v140 = arith.addi %v139, %v74 : i64
      %v141 = llvm.getelementptr %in_x[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v142 = llvm.load %v141 : !llvm.ptr -> f32
      %v144 = arith.addi %v73, %v143 : i64
      %v145 = arith.constant true
      %v146 = llvm.getelementptr %v5[%v144] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v147 = llvm.load %v146 : !llvm.ptr<3> -> i64
      %v148 = arith.addi %v69, %v74 : i64
      %v149 = arith.cmpi slt, %v148, %v71 : i64
      %v150 = arith.subi %size_L, %v1 : i64
      %v151 = arith.minsi %v148, %v150 : i64
      %v152 = arith.addi %v147, %v151 : i64
      %v153 = arith.muli %v144, %v83 : i64
      %v154 = arith.addi %v153, %v74 : i64
      %v155 = llvm.getelementptr %in_x[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v156 = llvm.load %v155 : !llvm.ptr -> f32
      %v158 = arith.addi %v73, %v157 : i64
      %v159 = arith.constant true
      %v160 = llvm.getelementptr %v5[%v158] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v161 = llvm.load %v160 : !llvm.ptr<3> -> i64
      %v162 = arith.addi %v69, %v74 : i64
      %v163 = arith.cmpi slt, %v162, %v71 : i64
      %v164 = arith.subi %size_L, %v1 : i64
      %v165 = arith.minsi %v162, %v164 : i64
      %v166 = arith.addi %v161, %v165 : i64
      %v167 = arith.muli %v158, %v83 : i64
      %v168 = arith.addi %v167, %v74 : i64
      %v169 = llvm.getelementptr %in_x[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v170 = llvm.load %v169 : !llvm.ptr -> f32
      %v172 = arith.addi %v73, %v171 : i64
      %v173 = arith.constant true
      %v174 = llvm.getelementptr %v5[%v172] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v175 = llvm.load %v174 : !llvm.ptr<3> -> i64
      %v176 = arith.addi %v69, %v74 : i64
      %v177 = arith.cmpi slt, %v176, %v71 : i64
      %v178 = arith.subi %size_L, %v1 : i64
      %v179 = arith.minsi %v176, %v178 : i64
      %v180 = arith.addi %v175, %v179 : i64
      %v181 = arith.muli %v172, %v83 : i64
      %v182 = arith.addi %v181, %v74 : i64
      %v183 = llvm.getelementptr %in_x[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v184 = llvm.load %v183 : !llvm.ptr -> f32
      %v186 = arith.addi %v73, %v185 : i64
      %v187 = arith.constant true
      %v188 = llvm.getelementptr %v5[%v186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v189 = llvm.load %v188 : !llvm.ptr<3> -> i64
      %v190 = arith.addi %v69, %v74 : i64
      %v191 = arith.cmpi slt, %v190, %v71 : i64
      %v192 = arith.subi %size_L, %v1 : i64
      %v193 = arith.minsi %v190, %v192 : i64
      %v194 = arith.addi %v189, %v193 : i64
      %v195 = arith.muli %v186, %v83 : i64
      %v196 = arith.addi %v195, %v74 : i64
      %v197 = llvm.getelementptr %in_x[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v198 = llvm.load %v197 : !llvm.ptr -> f32
      %v200 = arith.addi %v73, %v199 : i64
      %v201 = arith.constant true
      %v202 = llvm.getelementptr %v5[%v200] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v203 = llvm.load %v202 : !llvm.ptr<3> -> i64
      %v204 = arith.addi %v69, %v74 : i64
      %v205 = arith.cmpi slt, %v204, %v71 : i64
      %v206 = arith.subi %size_L, %v1 : i64
      %v207 = arith.minsi %v204, %v206 : i64
      %v208 = arith.addi %v203, %v207 : i64
      %v209 = arith.muli %v200, %v83 : i64
      %v210 = arith.addi %v209, %v74 : i64
      %v211 = llvm.getelementptr %in_x[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v212 = llvm.load %v211 : !llvm.ptr -> f32
      %v214 = arith.addi %v73, %v213 : i64
      %v215 = arith.constant true
      %v216 = llvm.getelementptr %v5[%v214] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v217 = llvm.load %v216 : !llvm.ptr<3> -> i64
      %v218 = arith.addi %v69, %v74 : i64
      %v219 = arith.cmpi slt, %v218, %v71 : i64
      %v220 = arith.subi %size_L, %v1 : i64
      %v221 = arith.minsi %v218, %v220 : i64
      %v222 = arith.addi %v217, %v221 : i64
      %v223 = arith.muli %v214, %v83 : i64
      %v224 = arith.addi %v223, %v74 : i64
      %v225 = llvm.getelementptr %in_x[%v222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v226 = llvm.load %v225 : !llvm.ptr -> f32
      %v228 = arith.addi %v73, %v227 : i64
      %v229 = arith.constant true
      %v230 = llvm.getelementptr %v5[%v228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v231 = llvm.load %v230 : !llvm.ptr<3> -> i64
      %v232 = arith.addi %v69, %v74 : i64
      %v233 = arith.cmpi slt, %v232, %v71 : i64
      %v234 = arith.subi %size_L, %v1 : i64
      %v235 = arith.minsi %v232, %v234 : i64
      %v236 = arith.addi %v231, %v235 : i64
      %v237 = arith.muli %v228, %v83 : i64
      %v238 = arith.addi %v237, %v74 : i64
      %v239 = llvm.getelementptr %in_x[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v240 = llvm.load %v239 : !llvm.ptr -> f32
      %v242 = arith.addi %v73, %v241 : i64
      %v243 = arith.constant true
      %v244 = llvm.getelementptr %v5[%v242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v245 = llvm.load %v244 : !llvm.ptr<3> -> i64
      %v246 = arith.addi %v69, %v74 : i64
      %v247 = arith.cmpi slt, %v246, %v71 : i64
      %v248 = arith.subi %size_L, %v1 : i64
      %v249 = arith.minsi %v246, %v248 : i64
      %v250 = arith.addi %v245, %v249 : i64
      %v251 = arith.muli %v242, %v83 : i64
      %v252 = arith.addi %v251, %v74 : i64
      %v253 = llvm.getelementptr %in_x[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v254 = llvm.load %v253 : !llvm.ptr -> f32
      %v256 = arith.addi %v73, %v255 : i64
      %v257 = arith.constant true
      %v258 = llvm.getelementptr %v5[%v256] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v259 = llvm.load %v258 : !llvm.ptr<3> -> i64
      %v260 = arith.addi %v69, %v74 : i64
      %v261 = arith.cmpi slt, %v260, %v71 : i64
      %v262 = arith.subi %size_L, %v1 : i64
      %v263 = arith.minsi %v260, %v262 : i64
      %v264 = arith.addi %v259, %v263 : i64
      %v265 = arith.muli %v256, %v83 : i64
      %v266 = arith.addi %v265, %v74 : i64
      %v267 = llvm.getelementptr %in_x[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v268 = llvm.load %v267 : !llvm.ptr -> f32
      %v270 = arith.addi %v73, %v269 : i64
      %v271 = arith.constant true
      %v272 = llvm.getelementptr %v5[%v270] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v273 = llvm.load %v272 : !llvm.ptr<3> -> i64
      %v274 = arith.addi %v69, %v74 : i64
      %v275 = arith.cmpi slt, %v274, %v71 : i64
      %v276 = arith.subi %size_L, %v1 : i64
      %v277 = arith.minsi %v274, %v276 : i64
      %v278 = arith.addi %v273, %v277 : i64
      %v279 = arith.muli %v270, %v83 : i64
      %v280 = arith.addi %v279, %v74 : i64
      %v281 = llvm.getelementptr %in_x[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v282 = llvm.load %v281 : !llvm.ptr -> f32
      %v284 = arith.addi %v73, %v283 : i64
      %v285 = arith.constant true
      %v286 = llvm.getelementptr %v5[%v284] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v287 = llvm.load %v286 : !llvm.ptr<3> -> i64
      %v288 = arith.addi %v69, %v74 : i64
      %v289 = arith.cmpi slt, %v288, %v71 : i64
      %v290 = arith.subi %size_L, %v1 : i64
      %v291 = arith.minsi %v288, %v290 : i64
      %v292 = arith.addi %v287, %v291 : i64
      %v293 = arith.muli %v284, %v83 : i64
      %v294 = arith.addi %v293, %v74 : i64
      %v295 = llvm.getelementptr %in_x[%v292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v296 = llvm.load %v295 : !llvm.ptr -> f32
      %v297 = arith.addi %v73, %v72 : i64
      %v298 = arith.constant true
      %v299 = llvm.getelementptr %v5[%v297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v300 = llvm.load %v299 : !llvm.ptr<3> -> i64
      %v301 = arith.addi %v69, %v74 : i64
      %v302 = arith.cmpi slt, %v301, %v71 : i64
      %v303 = arith.subi %size_L, %v1 : i64
      %v304 = arith.minsi %v301, %v303 : i64
      %v305 = arith.addi %v300, %v304 : i64
      %v306 = arith.muli %v297, %v83 : i64
      %v307 = arith.addi %v306, %v74 : i64
      %v308 = llvm.getelementptr %in_x[%v305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v309 = llvm.load %v308 : !llvm.ptr -> f32
      %v311 = arith.addi %v73, %v310 : i64
      %v312 = arith.constant true
      %v313 = llvm.getelementptr %v5[%v311] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v314 = llvm.load %v313 : !llvm.ptr<3> -> i64
      %v315 = arith.addi %v69, %v74 : i64
      %v316 = arith.cmpi slt, %v315, %v71 : i64
      %v317 = arith.subi %size_L, %v1 : i64
      %v318 = arith.minsi %v315, %v317 : i64
      %v319 = arith.addi %v314, %v318 : i64
      %v320 = arith.muli %v311, %v83 : i64
      %v321 = arith.addi %v320, %v74 : i64
      %v322 = llvm.getelementptr %in_x[%v319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v323 = llvm.load %v322 : !llvm.ptr -> f32
      %v325 = arith.addi %v73, %v324 : i64
      %v326 = arith.constant true
      %v327 = llvm.getelementptr %v5[%v325] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v328 = llvm.load %v327 : !llvm.ptr<3> -> i64
      %v329 = arith.addi %v69, %v74 : i64
      %v330 = arith.cmpi slt, %v329, %v71 : i64
      %v331 = arith.subi %size_L, %v1 : i64
      %v332 = arith.minsi %v329, %v331 : i64
      %v333 = arith.addi %v328, %v332 : i64
      %v334 = arith.muli %v325, %v83 : i64
      %v335 = arith.addi %v334, %v74 : i64
      %v336 = llvm.getelementptr %in_x[%v333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v337 = llvm.load %v336 : !llvm.ptr -> f32
      %v339 = arith.addi %v73, %v338 : i64
      %v340 = arith.constant true
      %v341 = llvm.getelementptr %v5[%v339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v342 = llvm.load %v341 : !llvm.ptr<3> -> i64
      %v343 = arith.addi %v69, %v74 : i64
      %v344 = arith.cmpi slt, %v343, %v71 : i64
      %v345 = arith.subi %size_L, %v1 : i64
      %v346 = arith.minsi %v343, %v345 : i64
      %v347 = arith.addi %v342, %v346 : i64
      %v348 = arith.muli %v339, %v83 : i64
      %v349 = arith.addi %v348, %v74 : i64
      %v350 = llvm.getelementptr %in_x[%v347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v351 = llvm.load %v350 : !llvm.ptr -> f32
      %v353 = arith.addi %v73, %v352 : i64
      %v354 = arith.constant true
      %v355 = llvm.getelementptr %v5[%v353] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v356 = llvm.load %v355 : !llvm.ptr<3> -> i64
      %v357 = arith.addi %v69, %v74 : i64
      %v358 = arith.cmpi slt, %v357, %v71 : i64
      %v359 = arith.subi %size_L, %v1 : i64
      %v360 = arith.minsi %v357, %v359 : i64
      %v361 = arith.addi %v356, %v360 : i64
      %v362 = arith.muli %v353, %v83 : i64
      %v363 = arith.addi %v362, %v74 : i64
      %v364 = llvm.getelementptr %in_x[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v365 = llvm.load %v364 : !llvm.ptr -> f32
      %v367 = arith.addi %v73, %v366 : i64
      %v368 = arith.constant true
      %v369 = llvm.getelementptr %v5[%v367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v370 = llvm.load %v369 : !llvm.ptr<3> -> i64
      %v371 = arith.addi %v69, %v74 : i64
      %v372 = arith.cmpi slt, %v371, %v71 : i64
      %v373 = arith.subi %size_L, %v1 : i64
      %v374 = arith.minsi %v371, %v373 : i64
      %v375 = arith.addi %v370, %v374 : i64
      %v376 = arith.muli %v367, %v83 : i64
      %v377 = arith.addi %v376, %v74 : i64
      %v378 = llvm.getelementptr %in_x[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v379 = llvm.load %v378 : !llvm.ptr -> f32
      %v381 = arith.addi %v73, %v380 : i64
      %v382 = arith.constant true
      %v383 = llvm.getelementptr %v5[%v381] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v384 = llvm.load %v383 : !llvm.ptr<3> -> i64
      %v385 = arith.addi %v69, %v74 : i64
      %v386 = arith.cmpi slt, %v385, %v71 : i64
      %v387 = arith.subi %size_L, %v1 : i64
      %v388 = arith.minsi %v385, %v387 : i64
      %v389 = arith.addi %v384, %v388 : i64
      %v390 = arith.muli %v381, %v83 : i64
      %v391 = arith.addi %v390, %v74 : i64
      %v392 = llvm.getelementptr %in_x[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v393 = llvm.load %v392 : !llvm.ptr -> f32
      %v395 = arith.addi %v73, %v394 : i64
      %v396 = arith.constant true
      %v397 = llvm.getelementptr %v5[%v395] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v398 = llvm.load %v397 : !llvm.ptr<3> -> i64
      %v399 = arith.addi %v69, %v74 : i64
      %v400 = arith.cmpi slt, %v399, %v71 : i64
      %v401 = arith.subi %size_L, %v1 : i64
      %v402 = arith.minsi %v399, %v401 : i64
      %v403 = arith.addi %v398, %v402 : i64
      %v404 = arith.muli %v395, %v83 : i64
      %v405 = arith.addi %v404, %v74 : i64
      %v406 = llvm.getelementptr %in_x[%v403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v407 = llvm.load %v406 : !llvm.ptr -> f32
      %v409 = arith.addi %v73, %v408 : i64
      %v410 = arith.constant true
      %v411 = llvm.getelementptr %v5[%v409] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v412 = llvm.load %v411 : !llvm.ptr<3> -> i64
      %v413 = arith.addi %v69, %v74 : i64
      %v414 = arith.cmpi slt, %v413, %v71 : i64
      %v415 = arith.subi %size_L, %v1 : i64
      %v416 = arith.minsi %v413, %v415 : i64
      %v417 = arith.addi %v412, %v416 : i64
      %v418 = arith.muli %v409, %v83 : i64
      %v419 = arith.addi %v418, %v74 : i64
      %v420 = llvm.getelementptr %in_x[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v421 = llvm.load %v420 : !llvm.ptr -> f32
      %v423 = arith.addi %v73, %v422 : i64
      %v424 = arith.constant true
      %v425 = llvm.getelementptr %v5[%v423] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v426 = llvm.load %v425 : !llvm.ptr<3> -> i64
      %v427 = arith.addi %v69, %v74 : i64
      %v428 = arith.cmpi slt, %v427, %v71 : i64
      %v429 = arith.subi %size_L, %v1 : i64
      %v430 = arith.minsi %v427, %v429 : i64
      %v431 = arith.addi %v426, %v430 : i64
      %v432 = arith.muli %v423, %v83 : i64
      %v433 = arith.addi %v432, %v74 : i64
      %v434 = llvm.getelementptr %in_x[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v435 = llvm.load %v434 : !llvm.ptr -> f32
      %v437 = arith.addi %v73, %v436 : i64
      %v438 = arith.constant true
      %v439 = llvm.getelementptr %v5[%v437] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v440 = llvm.load %v439 : !llvm.ptr<3> -> i64
      %v441 = arith.addi %v69, %v74 : i64
      %v442 = arith.cmpi slt, %v441, %v71 : i64
      %v443 = arith.subi %size_L, %v1 : i64
      %v444 = arith.minsi %v441, %v443 : i64
      %v445 = arith.addi %v440, %v444 : i64
      %v446 = arith.muli %v437, %v83 : i64
      %v447 = arith.addi %v446, %v74 : i64
      %v448 = llvm.getelementptr %in_x[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v449 = llvm.load %v448 : !llvm.ptr -> f32
      %v451 = arith.addi %v73, %v450 : i64
      %v452 = arith.constant true
      %v453 = llvm.getelementptr %v5[%v451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v454 = llvm.load %v453 : !llvm.ptr<3> -> i64
      %v455 = arith.addi %v69, %v74 : i64
      %v456 = arith.cmpi slt, %v455, %v71 : i64
      %v457 = arith.subi %size_L, %v1 : i64
      %v458 = arith.minsi %v455, %v457 : i64
      %v459 = arith.addi %v454, %v458 : i64
      %v460 = arith.muli %v451, %v83 : i64
      %v461 = arith.addi %v460, %v74 : i64
      %v462 = llvm.getelementptr %in_x[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v463 = llvm.load %v462 : !llvm.ptr -> f32
      %v465 = arith.addi %v73, %v464 : i64
      %v466 = arith.constant true
      %v467 = llvm.getelementptr %v5[%v465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v468 = llvm.load %v467 : !llvm.ptr<3> -> i64
      %v469 = arith.addi %v69, %v74 : i64
      %v470 = arith.cmpi slt, %v469, %v71 : i64
      %v471 = arith.subi %size_L, %v1 : i64
      %v472 = arith.minsi %v469, %v471 : i64
      %v473 = arith.addi %v468, %v472 : i64
      %v474 = arith.muli %v465, %v83 : i64
      %v475 = arith.addi %v474, %v74 : i64
      %v476 = llvm.getelementptr %in_x[%v473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v477 = llvm.load %v476 : !llvm.ptr -> f32
      %v479 = arith.addi %v73, %v478 : i64
      %v480 = arith.constant true
      %v481 = llvm.getelementptr %v5[%v479] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v482 = llvm.load %v481 : !llvm.ptr<3> -> i64
      %v483 = arith.addi %v69, %v74 : i64
      %v484 = arith.cmpi slt, %v483, %v71 : i64
      %v485 = arith.subi %size_L, %v1 : i64
      %v486 = arith.minsi %v483, %v485 : i64
      %v487 = arith.addi %v482, %v486 : i64
      %v488 = arith.muli %v479, %v83 : i64
      %v489 = arith.addi %v488, %v74 : i64
      %v490 = llvm.getelementptr %in_x[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v491 = llvm.load %v490 : !llvm.ptr -> f32
      %v493 = arith.addi %v73, %v492 : i64
      %v494 = arith.constant true
      %v495 = llvm.getelementptr %v5[%v493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v496 = llvm.load %v495 : !llvm.ptr<3> -> i64
      %v497 = arith.addi %v69, %v74 : i64
      %v498 = arith.cmpi slt, %v497, %v71 : i64
      %v499 = arith.subi %size_L, %v1 : i64
      %v500 = arith.minsi %v497, %v499 : i64
      %v501 = arith.addi %v496, %v500 : i64
      %v502 = arith.muli %v493, %v83 : i64
      %v503 = arith.addi %v502, %v74 : i64
      %v504 = llvm.getelementptr %in_x[%v501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v505 = llvm.load %v504 : !llvm.ptr -> f32
      %v507 = arith.addi %v73, %v506 : i64
      %v508 = arith.constant true
      %v509 = llvm.getelementptr %v5[%v507] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v510 = llvm.load %v509 : !llvm.ptr<3> -> i64
      %v511 = arith.addi %v69, %v74 : i64
      %v512 = arith.cmpi slt, %v511, %v71 : i64
      %v513 = arith.subi %size_L, %v1 : i64
      %v514 = arith.minsi %v511, %v513 : i64
      %v515 = arith.addi %v510, %v514 : i64
      %v516 = arith.muli %v507, %v83 : i64
      %v517 = arith.addi %v516, %v74 : i64
      %v518 = llvm.getelementptr %in_x[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v519 = llvm.load %v518 : !llvm.ptr -> f32
      scf.if %v75 {
        %v520 = llvm.getelementptr %v6[%v85] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v87, %v520 : f32, !llvm.ptr<3>
      }
      scf.if %v89 {
        %v521 = llvm.getelementptr %v6[%v98] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v100, %v521 : f32, !llvm.ptr<3>
      }
      scf.if %v103 {
        %v522 = llvm.getelementptr %v6[%v112] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v114, %v522 : f32, !llvm.ptr<3>
      }
      scf.if %v117 {
        %v523 = llvm.getelementptr %v6[%v126] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v128, %v523 : f32, !llvm.ptr<3>
      }
      scf.if %v131 {
        %v524 = llvm.getelementptr %v6[%v140] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v142, %v524 : f32, !llvm.ptr<3>
      }
      scf.if %v145 {
        %v525 = llvm.getelementptr %v6[%v154] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v156, %v525 : f32, !llvm.ptr<3>
      }
      scf.if %v159 {
        %v526 = llvm.getelementptr %v6[%v168] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v170, %v526 : f32, !llvm.ptr<3>
      }
      scf.if %v173 {
        %v527 = llvm.getelementptr %v6[%v182] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v184, %v527 : f32, !llvm.ptr<3>
      }
      scf.if %v187 {
        %v528 = llvm.getelementptr %v6[%v196] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v198, %v528 : f32, !llvm.ptr<3>
      }
      scf.if %v201 {
        %v529 = llvm.getelementptr %v6[%v210] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v212, %v529 : f32, !llvm.ptr<3>
      }
      scf.if %v215 {
        %v530 = llvm.getelementptr %v6[%v224] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v226, %v530 : f32, !llvm.ptr<3>
      }
      scf.if %v229 {
        %v531 = llvm.getelementptr %v6[%v238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v240, %v531 : f32, !llvm.ptr<3>
      }
      scf.if %v243 {
        %v532 = llvm.getelementptr %v6[%v252] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v254, %v532 : f32, !llvm.ptr<3>
      }
      scf.if %v257 {
        %v533 = llvm.getelementptr %v6[%v266] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v268, %v533 : f32, !llvm.ptr<3>
      }
      scf.if %v271 {
        %v534 = llvm.getelementptr %v6[%v280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v282, %v534 : f32, !llvm.ptr<3>
      }
      scf.if %v285 {
        %v535 = llvm.getelementptr %v6[%v294] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v296, %v535 : f32, !llvm.ptr<3>
      }
      scf.if %v298 {
        %v536 = llvm.getelementptr %v6[%v307] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v309, %v536 : f32, !llvm.ptr<3>
      }
      scf.if %v312 {
        %v537 = llvm.getelementptr %v6[%v321] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v323, %v537 : f32, !llvm.ptr<3>
      }
      scf.if %v326 {
        %v538 = llvm.getelementptr %v6[%v335] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v337, %v538 : f32, !llvm.ptr<3>
      }
      scf.if %v340 {
        %v539 = llvm.getelementptr %v6[%v349] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v351, %v539 : f32, !llvm.ptr<3>
      }
      scf.if %v354 {
        %v540 = llvm.getelementptr %v6[%v363] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v365, %v540 : f32, !llvm.ptr<3>
      }
      scf.if %v368 {
        %v541 = llvm.getelementptr %v6[%v377] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v379, %v541 : f32, !llvm.ptr<3>
      }
      scf.if %v382 {
        %v542 = llvm.getelementptr %v6[%v391] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v393, %v542 : f32, !llvm.ptr<3>
      }
      scf.if %v396 {
        %v543 = llvm.getelementptr %v6[%v405] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v407, %v543 : f32, !llvm.ptr<3>
      }
      scf.if %v410 {
        %v544 = llvm.getelementptr %v6[%v419] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v421, %v544 : f32, !llvm.ptr<3>
      }
      scf.if %v424 {
        %v545 = llvm.getelementptr %v6[%v433] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v435, %v545 : f32, !llvm.ptr<3>
      }
      scf.if %v438 {
        %v546 = llvm.getelementptr %v6[%v447] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v449, %v546 : f32, !llvm.ptr<3>
      }
      scf.if %v452 {
        %v547 = llvm.getelementptr %v6[%v461] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v463, %v547 : f32, !llvm.ptr<3>
      }
      scf.if %v466 {
        %v548 = llvm.getelementptr %v6[%v475] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v477, %v548 : f32, !llvm.ptr<3>
      }
      scf.if %v480 {
        %v549 = llvm.getelementptr %v6[%v489] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v491, %v549 : f32, !llvm.ptr<3>
      }
      scf.if %v494 {
        %v550 = llvm.getelementptr %v6[%v503] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v505, %v550 : f32, !llvm.ptr<3>
      }
      scf.if %v508 {
        %v551 = llvm.getelementptr %v6[%v517] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v519, %v551 : f32, !llvm.ptr<3>
      }
      // end staged load of `x`
      // staged load of `rho`'s first tile: read, then shared memory
      %v552 = arith.divui %v13, %v72 : i64
      %v553 = arith.remui %v13, %v72 : i64
      %v554 = arith.constant true
      %v555 = arith.addi %v15, %v552 : i64
      %v556 = llvm.getelementptr %v5[%v555] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v557 = llvm.load %v556 : !llvm.ptr<3> -> i64
      %v558 = arith.addi %v69, %v553 : i64
      %v559 = arith.cmpi slt, %v558, %v71 : i64
      %v560 = arith.subi %size_L, %v1 : i64
      %v561 = arith.minsi %v558, %v560 : i64
      %v562 = arith.addi %v557, %v561 : i64
      %v563 = arith.muli %v555, %v83 : i64
      %v564 = arith.addi %v563, %v553 : i64
      %v565 = llvm.getelementptr %in_rho[%v562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v566 = llvm.load %v565 : !llvm.ptr -> f32
      %v567 = arith.addi %v552, %v44 : i64
      %v568 = arith.constant true
      %v569 = arith.addi %v15, %v567 : i64
      %v570 = llvm.getelementptr %v5[%v569] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v571 = llvm.load %v570 : !llvm.ptr<3> -> i64
      %v572 = arith.addi %v69, %v553 : i64
      %v573 = arith.cmpi slt, %v572, %v71 : i64
      %v574 = arith.subi %size_L, %v1 : i64
      %v575 = arith.minsi %v572, %v574 : i64
      %v576 = arith.addi %v571, %v575 : i64
      %v577 = arith.muli %v569, %v83 : i64
      %v578 = arith.addi %v577, %v553 : i64
      %v579 = llvm.getelementptr %in_rho[%v576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v580 = llvm.load %v579 : !llvm.ptr -> f32
      %v581 = arith.addi %v552, %v101 : i64
      %v582 = arith.constant true
      %v583 = arith.addi %v15, %v581 : i64
      %v584 = llvm.getelementptr %v5[%v583] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v585 = llvm.load %v584 : !llvm.ptr<3> -> i64
      %v586 = arith.addi %v69, %v553 : i64
      %v587 = arith.cmpi slt, %v586, %v71 : i64
      %v588 = arith.subi %size_L, %v1 : i64
      %v589 = arith.minsi %v586, %v588 : i64
      %v590 = arith.addi %v585, %v589 : i64
      %v591 = arith.muli %v583, %v83 : i64
      %v592 = arith.addi %v591, %v553 : i64
      %v593 = llvm.getelementptr %in_rho[%v590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v594 = llvm.load %v593 : !llvm.ptr -> f32
      %v595 = arith.addi %v552, %v115 : i64
      %v596 = arith.constant true
      %v597 = arith.addi %v15, %v595 : i64
      %v598 = llvm.getelementptr %v5[%v597] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v599 = llvm.load %v598 : !llvm.ptr<3> -> i64
      %v600 = arith.addi %v69, %v553 : i64
      %v601 = arith.cmpi slt, %v600, %v71 : i64
      %v602 = arith.subi %size_L, %v1 : i64
      %v603 = arith.minsi %v600, %v602 : i64
      %v604 = arith.addi %v599, %v603 : i64
      %v605 = arith.muli %v597, %v83 : i64
      %v606 = arith.addi %v605, %v553 : i64
      %v607 = llvm.getelementptr %in_rho[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v608 = llvm.load %v607 : !llvm.ptr -> f32
      %v609 = arith.addi %v552, %v129 : i64
      %v610 = arith.constant true
      %v611 = arith.addi %v15, %v609 : i64
      %v612 = llvm.getelementptr %v5[%v611] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v613 = llvm.load %v612 : !llvm.ptr<3> -> i64
      %v614 = arith.addi %v69, %v553 : i64
      %v615 = arith.cmpi slt, %v614, %v71 : i64
      %v616 = arith.subi %size_L, %v1 : i64
      %v617 = arith.minsi %v614, %v616 : i64
      %v618 = arith.addi %v613, %v617 : i64
      %v619 = arith.muli %v611, %v83 : i64
      %v620 = arith.addi %v619, %v553 : i64
      %v621 = llvm.getelementptr %in_rho[%v618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v622 = llvm.load %v621 : !llvm.ptr -> f32
      %v623 = arith.addi %v552, %v143 : i64
      %v624 = arith.constant true
      %v625 = arith.addi %v15, %v623 : i64
      %v626 = llvm.getelementptr %v5[%v625] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v627 = llvm.load %v626 : !llvm.ptr<3> -> i64
      %v628 = arith.addi %v69, %v553 : i64
      %v629 = arith.cmpi slt, %v628, %v71 : i64
      %v630 = arith.subi %size_L, %v1 : i64
      %v631 = arith.minsi %v628, %v630 : i64
      %v632 = arith.addi %v627, %v631 : i64
      %v633 = arith.muli %v625, %v83 : i64
      %v634 = arith.addi %v633, %v553 : i64
      %v635 = llvm.getelementptr %in_rho[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v636 = llvm.load %v635 : !llvm.ptr -> f32
      %v637 = arith.addi %v552, %v157 : i64
      %v638 = arith.constant true
      %v639 = arith.addi %v15, %v637 : i64
      %v640 = llvm.getelementptr %v5[%v639] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v641 = llvm.load %v640 : !llvm.ptr<3> -> i64
      %v642 = arith.addi %v69, %v553 : i64
      %v643 = arith.cmpi slt, %v642, %v71 : i64
      %v644 = arith.subi %size_L, %v1 : i64
      %v645 = arith.minsi %v642, %v644 : i64
      %v646 = arith.addi %v641, %v645 : i64
      %v647 = arith.muli %v639, %v83 : i64
      %v648 = arith.addi %v647, %v553 : i64
      %v649 = llvm.getelementptr %in_rho[%v646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v650 = llvm.load %v649 : !llvm.ptr -> f32
      %v651 = arith.addi %v552, %v171 : i64
      %v652 = arith.constant true
      %v653 = arith.addi %v15, %v651 : i64
      %v654 = llvm.getelementptr %v5[%v653] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v655 = llvm.load %v654 : !llvm.ptr<3> -> i64
      %v656 = arith.addi %v69, %v553 : i64
      %v657 = arith.cmpi slt, %v656, %v71 : i64
      %v658 = arith.subi %size_L, %v1 : i64
      %v659 = arith.minsi %v656, %v658 : i64
      %v660 = arith.addi %v655, %v659 : i64
      %v661 = arith.muli %v653, %v83 : i64
      %v662 = arith.addi %v661, %v553 : i64
      %v663 = llvm.getelementptr %in_rho[%v660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v664 = llvm.load %v663 : !llvm.ptr -> f32
      %v665 = arith.addi %v552, %v185 : i64
      %v666 = arith.constant true
      %v667 = arith.addi %v15, %v665 : i64
      %v668 = llvm.getelementptr %v5[%v667] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v669 = llvm.load %v668 : !llvm.ptr<3> -> i64
      %v670 = arith.addi %v69, %v553 : i64
      %v671 = arith.cmpi slt, %v670, %v71 : i64
      %v672 = arith.subi %size_L, %v1 : i64
      %v673 = arith.minsi %v670, %v672 : i64
      %v674 = arith.addi %v669, %v673 : i64
      %v675 = arith.muli %v667, %v83 : i64
      %v676 = arith.addi %v675, %v553 : i64
      %v677 = llvm.getelementptr %in_rho[%v674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v678 = llvm.load %v677 : !llvm.ptr -> f32
      %v679 = arith.addi %v552, %v199 : i64
      %v680 = arith.constant true
      %v681 = arith.addi %v15, %v679 : i64
      %v682 = llvm.getelementptr %v5[%v681] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v683 = llvm.load %v682 : !llvm.ptr<3> -> i64
      %v684 = arith.addi %v69, %v553 : i64
      %v685 = arith.cmpi slt, %v684, %v71 : i64
      %v686 = arith.subi %size_L, %v1 : i64
      %v687 = arith.minsi %v684, %v686 : i64
      %v688 = arith.addi %v683, %v687 : i64
      %v689 = arith.muli %v681, %v83 : i64
      %v690 = arith.addi %v689, %v553 : i64
      %v691 = llvm.getelementptr %in_rho[%v688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v692 = llvm.load %v691 : !llvm.ptr -> f32
      %v693 = arith.addi %v552, %v213 : i64
      %v694 = arith.constant true
      %v695 = arith.addi %v15, %v693 : i64
      %v696 = llvm.getelementptr %v5[%v695] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v697 = llvm.load %v696 : !llvm.ptr<3> -> i64
      %v698 = arith.addi %v69, %v553 : i64
      %v699 = arith.cmpi slt, %v698, %v71 : i64
      %v700 = arith.subi %size_L, %v1 : i64
      %v701 = arith.minsi %v698, %v700 : i64
      %v702 = arith.addi %v697, %v701 : i64
      %v703 = arith.muli %v695, %v83 : i64
      %v704 = arith.addi %v703, %v553 : i64
      %v705 = llvm.getelementptr %in_rho[%v702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v706 = llvm.load %v705 : !llvm.ptr -> f32
      %v707 = arith.addi %v552, %v227 : i64
      %v708 = arith.constant true
      %v709 = arith.addi %v15, %v707 : i64
      %v710 = llvm.getelementptr %v5[%v709] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v711 = llvm.load %v710 : !llvm.ptr<3> -> i64
      %v712 = arith.addi %v69, %v553 : i64
      %v713 = arith.cmpi slt, %v712, %v71 : i64
      %v714 = arith.subi %size_L, %v1 : i64
      %v715 = arith.minsi %v712, %v714 : i64
      %v716 = arith.addi %v711, %v715 : i64
      %v717 = arith.muli %v709, %v83 : i64
      %v718 = arith.addi %v717, %v553 : i64
      %v719 = llvm.getelementptr %in_rho[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v720 = llvm.load %v719 : !llvm.ptr -> f32
      %v721 = arith.addi %v552, %v241 : i64
      %v722 = arith.constant true
      %v723 = arith.addi %v15, %v721 : i64
      %v724 = llvm.getelementptr %v5[%v723] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v725 = llvm.load %v724 : !llvm.ptr<3> -> i64
      %v726 = arith.addi %v69, %v553 : i64
      %v727 = arith.cmpi slt, %v726, %v71 : i64
      %v728 = arith.subi %size_L, %v1 : i64
      %v729 = arith.minsi %v726, %v728 : i64
      %v730 = arith.addi %v725, %v729 : i64
      %v731 = arith.muli %v723, %v83 : i64
      %v732 = arith.addi %v731, %v553 : i64
      %v733 = llvm.getelementptr %in_rho[%v730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v734 = llvm.load %v733 : !llvm.ptr -> f32
      %v735 = arith.addi %v552, %v255 : i64
      %v736 = arith.constant true
      %v737 = arith.addi %v15, %v735 : i64
      %v738 = llvm.getelementptr %v5[%v737] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v739 = llvm.load %v738 : !llvm.ptr<3> -> i64
      %v740 = arith.addi %v69, %v553 : i64
      %v741 = arith.cmpi slt, %v740, %v71 : i64
      %v742 = arith.subi %size_L, %v1 : i64
      %v743 = arith.minsi %v740, %v742 : i64
      %v744 = arith.addi %v739, %v743 : i64
      %v745 = arith.muli %v737, %v83 : i64
      %v746 = arith.addi %v745, %v553 : i64
      %v747 = llvm.getelementptr %in_rho[%v744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v748 = llvm.load %v747 : !llvm.ptr -> f32
      %v749 = arith.addi %v552, %v269 : i64
      %v750 = arith.constant true
      %v751 = arith.addi %v15, %v749 : i64
      %v752 = llvm.getelementptr %v5[%v751] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v753 = llvm.load %v752 : !llvm.ptr<3> -> i64
      %v754 = arith.addi %v69, %v553 : i64
      %v755 = arith.cmpi slt, %v754, %v71 : i64
      %v756 = arith.subi %size_L, %v1 : i64
      %v757 = arith.minsi %v754, %v756 : i64
      %v758 = arith.addi %v753, %v757 : i64
      %v759 = arith.muli %v751, %v83 : i64
      %v760 = arith.addi %v759, %v553 : i64
      %v761 = llvm.getelementptr %in_rho[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v762 = llvm.load %v761 : !llvm.ptr -> f32
      %v763 = arith.addi %v552, %v283 : i64
      %v764 = arith.constant true
      %v765 = arith.addi %v15, %v763 : i64
      %v766 = llvm.getelementptr %v5[%v765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v767 = llvm.load %v766 : !llvm.ptr<3> -> i64
      %v768 = arith.addi %v69, %v553 : i64
      %v769 = arith.cmpi slt, %v768, %v71 : i64
      %v770 = arith.subi %size_L, %v1 : i64
      %v771 = arith.minsi %v768, %v770 : i64
      %v772 = arith.addi %v767, %v771 : i64
      %v773 = arith.muli %v765, %v83 : i64
      %v774 = arith.addi %v773, %v553 : i64
      %v775 = llvm.getelementptr %in_rho[%v772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v776 = llvm.load %v775 : !llvm.ptr -> f32
      %v777 = arith.addi %v552, %v72 : i64
      %v778 = arith.constant true
      %v779 = arith.addi %v15, %v777 : i64
      %v780 = llvm.getelementptr %v5[%v779] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v781 = llvm.load %v780 : !llvm.ptr<3> -> i64
      %v782 = arith.addi %v69, %v553 : i64
      %v783 = arith.cmpi slt, %v782, %v71 : i64
      %v784 = arith.subi %size_L, %v1 : i64
      %v785 = arith.minsi %v782, %v784 : i64
      %v786 = arith.addi %v781, %v785 : i64
      %v787 = arith.muli %v779, %v83 : i64
      %v788 = arith.addi %v787, %v553 : i64
      %v789 = llvm.getelementptr %in_rho[%v786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v790 = llvm.load %v789 : !llvm.ptr -> f32
      %v791 = arith.addi %v552, %v310 : i64
      %v792 = arith.constant true
      %v793 = arith.addi %v15, %v791 : i64
      %v794 = llvm.getelementptr %v5[%v793] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v795 = llvm.load %v794 : !llvm.ptr<3> -> i64
      %v796 = arith.addi %v69, %v553 : i64
      %v797 = arith.cmpi slt, %v796, %v71 : i64
      %v798 = arith.subi %size_L, %v1 : i64
      %v799 = arith.minsi %v796, %v798 : i64
      %v800 = arith.addi %v795, %v799 : i64
      %v801 = arith.muli %v793, %v83 : i64
      %v802 = arith.addi %v801, %v553 : i64
      %v803 = llvm.getelementptr %in_rho[%v800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v804 = llvm.load %v803 : !llvm.ptr -> f32
      %v805 = arith.addi %v552, %v324 : i64
      %v806 = arith.constant true
      %v807 = arith.addi %v15, %v805 : i64
      %v808 = llvm.getelementptr %v5[%v807] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v809 = llvm.load %v808 : !llvm.ptr<3> -> i64
      %v810 = arith.addi %v69, %v553 : i64
      %v811 = arith.cmpi slt, %v810, %v71 : i64
      %v812 = arith.subi %size_L, %v1 : i64
      %v813 = arith.minsi %v810, %v812 : i64
      %v814 = arith.addi %v809, %v813 : i64
      %v815 = arith.muli %v807, %v83 : i64
      %v816 = arith.addi %v815, %v553 : i64
      %v817 = llvm.getelementptr %in_rho[%v814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v818 = llvm.load %v817 : !llvm.ptr -> f32
      %v819 = arith.addi %v552, %v338 : i64
      %v820 = arith.constant true
      %v821 = arith.addi %v15, %v819 : i64
      %v822 = llvm.getelementptr %v5[%v821] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v823 = llvm.load %v822 : !llvm.ptr<3> -> i64
      %v824 = arith.addi %v69, %v553 : i64
      %v825 = arith.cmpi slt, %v824, %v71 : i64
      %v826 = arith.subi %size_L, %v1 : i64
      %v827 = arith.minsi %v824, %v826 : i64
      %v828 = arith.addi %v823, %v827 : i64
      %v829 = arith.muli %v821, %v83 : i64
      %v830 = arith.addi %v829, %v553 : i64
      %v831 = llvm.getelementptr %in_rho[%v828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v832 = llvm.load %v831 : !llvm.ptr -> f32
      %v833 = arith.addi %v552, %v352 : i64
      %v834 = arith.constant true
      %v835 = arith.addi %v15, %v833 : i64
      %v836 = llvm.getelementptr %v5[%v835] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v837 = llvm.load %v836 : !llvm.ptr<3> -> i64
      %v838 = arith.addi %v69, %v553 : i64
      %v839 = arith.cmpi slt, %v838, %v71 : i64
      %v840 = arith.subi %size_L, %v1 : i64
      %v841 = arith.minsi %v838, %v840 : i64
      %v842 = arith.addi %v837, %v841 : i64
      %v843 = arith.muli %v835, %v83 : i64
      %v844 = arith.addi %v843, %v553 : i64
      %v845 = llvm.getelementptr %in_rho[%v842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v846 = llvm.load %v845 : !llvm.ptr -> f32
      %v847 = arith.addi %v552, %v366 : i64
      %v848 = arith.constant true
      %v849 = arith.addi %v15, %v847 : i64
      %v850 = llvm.getelementptr %v5[%v849] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v851 = llvm.load %v850 : !llvm.ptr<3> -> i64
      %v852 = arith.addi %v69, %v553 : i64
      %v853 = arith.cmpi slt, %v852, %v71 : i64
      %v854 = arith.subi %size_L, %v1 : i64
      %v855 = arith.minsi %v852, %v854 : i64
      %v856 = arith.addi %v851, %v855 : i64
      %v857 = arith.muli %v849, %v83 : i64
      %v858 = arith.addi %v857, %v553 : i64
      %v859 = llvm.getelementptr %in_rho[%v856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v860 = llvm.load %v859 : !llvm.ptr -> f32
      %v861 = arith.addi %v552, %v380 : i64
      %v862 = arith.constant true
      %v863 = arith.addi %v15, %v861 : i64
      %v864 = llvm.getelementptr %v5[%v863] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v865 = llvm.load %v864 : !llvm.ptr<3> -> i64
      %v866 = arith.addi %v69, %v553 : i64
      %v867 = arith.cmpi slt, %v866, %v71 : i64
      %v868 = arith.subi %size_L, %v1 : i64
      %v869 = arith.minsi %v866, %v868 : i64
      %v870 = arith.addi %v865, %v869 : i64
      %v871 = arith.muli %v863, %v83 : i64
      %v872 = arith.addi %v871, %v553 : i64
      %v873 = llvm.getelementptr %in_rho[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v874 = llvm.load %v873 : !llvm.ptr -> f32
      %v875 = arith.addi %v552, %v394 : i64
      %v876 = arith.constant true
      %v877 = arith.addi %v15, %v875 : i64
      %v878 = llvm.getelementptr %v5[%v877] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v879 = llvm.load %v878 : !llvm.ptr<3> -> i64
      %v880 = arith.addi %v69, %v553 : i64
      %v881 = arith.cmpi slt, %v880, %v71 : i64
      %v882 = arith.subi %size_L, %v1 : i64
      %v883 = arith.minsi %v880, %v882 : i64
      %v884 = arith.addi %v879, %v883 : i64
      %v885 = arith.muli %v877, %v83 : i64
      %v886 = arith.addi %v885, %v553 : i64
      %v887 = llvm.getelementptr %in_rho[%v884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v888 = llvm.load %v887 : !llvm.ptr -> f32
      %v889 = arith.addi %v552, %v408 : i64
      %v890 = arith.constant true
      %v891 = arith.addi %v15, %v889 : i64
      %v892 = llvm.getelementptr %v5[%v891] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v893 = llvm.load %v892 : !llvm.ptr<3> -> i64
      %v894 = arith.addi %v69, %v553 : i64
      %v895 = arith.cmpi slt, %v894, %v71 : i64
      %v896 = arith.subi %size_L, %v1 : i64
      %v897 = arith.minsi %v894, %v896 : i64
      %v898 = arith.addi %v893, %v897 : i64
      %v899 = arith.muli %v891, %v83 : i64
      %v900 = arith.addi %v899, %v553 : i64
      %v901 = llvm.getelementptr %in_rho[%v898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v902 = llvm.load %v901 : !llvm.ptr -> f32
      %v903 = arith.addi %v552, %v422 : i64
      %v904 = arith.constant true
      %v905 = arith.addi %v15, %v903 : i64
      %v906 = llvm.getelementptr %v5[%v905] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v907 = llvm.load %v906 : !llvm.ptr<3> -> i64
      %v908 = arith.addi %v69, %v553 : i64
      %v909 = arith.cmpi slt, %v908, %v71 : i64
      %v910 = arith.subi %size_L, %v1 : i64
      %v911 = arith.minsi %v908, %v910 : i64
      %v912 = arith.addi %v907, %v911 : i64
      %v913 = arith.muli %v905, %v83 : i64
      %v914 = arith.addi %v913, %v553 : i64
      %v915 = llvm.getelementptr %in_rho[%v912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v916 = llvm.load %v915 : !llvm.ptr -> f32
      %v917 = arith.addi %v552, %v436 : i64
      %v918 = arith.constant true
      %v919 = arith.addi %v15, %v917 : i64
      %v920 = llvm.getelementptr %v5[%v919] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v921 = llvm.load %v920 : !llvm.ptr<3> -> i64
      %v922 = arith.addi %v69, %v553 : i64
      %v923 = arith.cmpi slt, %v922, %v71 : i64
      %v924 = arith.subi %size_L, %v1 : i64
      %v925 = arith.minsi %v922, %v924 : i64
      %v926 = arith.addi %v921, %v925 : i64
      %v927 = arith.muli %v919, %v83 : i64
      %v928 = arith.addi %v927, %v553 : i64
      %v929 = llvm.getelementptr %in_rho[%v926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v930 = llvm.load %v929 : !llvm.ptr -> f32
      %v931 = arith.addi %v552, %v450 : i64
      %v932 = arith.constant true
      %v933 = arith.addi %v15, %v931 : i64
      %v934 = llvm.getelementptr %v5[%v933] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v935 = llvm.load %v934 : !llvm.ptr<3> -> i64
      %v936 = arith.addi %v69, %v553 : i64
      %v937 = arith.cmpi slt, %v936, %v71 : i64
      %v938 = arith.subi %size_L, %v1 : i64
      %v939 = arith.minsi %v936, %v938 : i64
      %v940 = arith.addi %v935, %v939 : i64
      %v941 = arith.muli %v933, %v83 : i64
      %v942 = arith.addi %v941, %v553 : i64
      %v943 = llvm.getelementptr %in_rho[%v940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v944 = llvm.load %v943 : !llvm.ptr -> f32
      %v945 = arith.addi %v552, %v464 : i64
      %v946 = arith.constant true
      %v947 = arith.addi %v15, %v945 : i64
      %v948 = llvm.getelementptr %v5[%v947] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v949 = llvm.load %v948 : !llvm.ptr<3> -> i64
      %v950 = arith.addi %v69, %v553 : i64
      %v951 = arith.cmpi slt, %v950, %v71 : i64
      %v952 = arith.subi %size_L, %v1 : i64
      %v953 = arith.minsi %v950, %v952 : i64
      %v954 = arith.addi %v949, %v953 : i64
      %v955 = arith.muli %v947, %v83 : i64
      %v956 = arith.addi %v955, %v553 : i64
      %v957 = llvm.getelementptr %in_rho[%v954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v958 = llvm.load %v957 : !llvm.ptr -> f32
      %v959 = arith.addi %v552, %v478 : i64
      %v960 = arith.constant true
      %v961 = arith.addi %v15, %v959 : i64
      %v962 = llvm.getelementptr %v5[%v961] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v963 = llvm.load %v962 : !llvm.ptr<3> -> i64
      %v964 = arith.addi %v69, %v553 : i64
      %v965 = arith.cmpi slt, %v964, %v71 : i64
      %v966 = arith.subi %size_L, %v1 : i64
      %v967 = arith.minsi %v964, %v966 : i64
      %v968 = arith.addi %v963, %v967 : i64
      %v969 = arith.muli %v961, %v83 : i64
      %v970 = arith.addi %v969, %v553 : i64
      %v971 = llvm.getelementptr %in_rho[%v968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v972 = llvm.load %v971 : !llvm.ptr -> f32
      %v973 = arith.addi %v552, %v492 : i64
      %v974 = arith.constant true
      %v975 = arith.addi %v15, %v973 : i64
      %v976 = llvm.getelementptr %v5[%v975] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v977 = llvm.load %v976 : !llvm.ptr<3> -> i64
      %v978 = arith.addi %v69, %v553 : i64
      %v979 = arith.cmpi slt, %v978, %v71 : i64
      %v980 = arith.subi %size_L, %v1 : i64
      %v981 = arith.minsi %v978, %v980 : i64
      %v982 = arith.addi %v977, %v981 : i64
      %v983 = arith.muli %v975, %v83 : i64
      %v984 = arith.addi %v983, %v553 : i64
      %v985 = llvm.getelementptr %in_rho[%v982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v986 = llvm.load %v985 : !llvm.ptr -> f32
      %v987 = arith.addi %v552, %v506 : i64
      %v988 = arith.constant true
      %v989 = arith.addi %v15, %v987 : i64
      %v990 = llvm.getelementptr %v5[%v989] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v991 = llvm.load %v990 : !llvm.ptr<3> -> i64
      %v992 = arith.addi %v69, %v553 : i64
      %v993 = arith.cmpi slt, %v992, %v71 : i64
      %v994 = arith.subi %size_L, %v1 : i64
      %v995 = arith.minsi %v992, %v994 : i64
      %v996 = arith.addi %v991, %v995 : i64
      %v997 = arith.muli %v989, %v83 : i64
      %v998 = arith.addi %v997, %v553 : i64
      %v999 = llvm.getelementptr %in_rho[%v996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1000 = llvm.load %v999 : !llvm.ptr -> f32
      scf.if %v554 {
        %v1001 = llvm.getelementptr %v6[%v564] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v566, %v1001 : f32, !llvm.ptr<3>
      }
      scf.if %v568 {
        %v1002 = llvm.getelementptr %v6[%v578] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v580, %v1002 : f32, !llvm.ptr<3>
      }
      scf.if %v582 {
        %v1003 = llvm.getelementptr %v6[%v592] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v594, %v1003 : f32, !llvm.ptr<3>
      }
      scf.if %v596 {
        %v1004 = llvm.getelementptr %v6[%v606] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v608, %v1004 : f32, !llvm.ptr<3>
      }
      scf.if %v610 {
        %v1005 = llvm.getelementptr %v6[%v620] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v622, %v1005 : f32, !llvm.ptr<3>
      }
      scf.if %v624 {
        %v1006 = llvm.getelementptr %v6[%v634] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v636, %v1006 : f32, !llvm.ptr<3>
      }
      scf.if %v638 {
        %v1007 = llvm.getelementptr %v6[%v648] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v650, %v1007 : f32, !llvm.ptr<3>
      }
      scf.if %v652 {
        %v1008 = llvm.getelementptr %v6[%v662] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v664, %v1008 : f32, !llvm.ptr<3>
      }
      scf.if %v666 {
        %v1009 = llvm.getelementptr %v6[%v676] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v678, %v1009 : f32, !llvm.ptr<3>
      }
      scf.if %v680 {
        %v1010 = llvm.getelementptr %v6[%v690] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v692, %v1010 : f32, !llvm.ptr<3>
      }
      scf.if %v694 {
        %v1011 = llvm.getelementptr %v6[%v704] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v706, %v1011 : f32, !llvm.ptr<3>
      }
      scf.if %v708 {
        %v1012 = llvm.getelementptr %v6[%v718] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v720, %v1012 : f32, !llvm.ptr<3>
      }
      scf.if %v722 {
        %v1013 = llvm.getelementptr %v6[%v732] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v734, %v1013 : f32, !llvm.ptr<3>
      }
      scf.if %v736 {
        %v1014 = llvm.getelementptr %v6[%v746] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v748, %v1014 : f32, !llvm.ptr<3>
      }
      scf.if %v750 {
        %v1015 = llvm.getelementptr %v6[%v760] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v762, %v1015 : f32, !llvm.ptr<3>
      }
      scf.if %v764 {
        %v1016 = llvm.getelementptr %v6[%v774] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v776, %v1016 : f32, !llvm.ptr<3>
      }
      scf.if %v778 {
        %v1017 = llvm.getelementptr %v6[%v788] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v790, %v1017 : f32, !llvm.ptr<3>
      }
      scf.if %v792 {
        %v1018 = llvm.getelementptr %v6[%v802] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v804, %v1018 : f32, !llvm.ptr<3>
      }
      scf.if %v806 {
        %v1019 = llvm.getelementptr %v6[%v816] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v818, %v1019 : f32, !llvm.ptr<3>
      }
      scf.if %v820 {
        %v1020 = llvm.getelementptr %v6[%v830] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v832, %v1020 : f32, !llvm.ptr<3>
      }
      scf.if %v834 {
        %v1021 = llvm.getelementptr %v6[%v844] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v846, %v1021 : f32, !llvm.ptr<3>
      }
      scf.if %v848 {
        %v1022 = llvm.getelementptr %v6[%v858] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v860, %v1022 : f32, !llvm.ptr<3>
      }
      scf.if %v862 {
        %v1023 = llvm.getelementptr %v6[%v872] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v874, %v1023 : f32, !llvm.ptr<3>
      }
      scf.if %v876 {
        %v1024 = llvm.getelementptr %v6[%v886] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v888, %v1024 : f32, !llvm.ptr<3>
      }
      scf.if %v890 {
        %v1025 = llvm.getelementptr %v6[%v900] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v902, %v1025 : f32, !llvm.ptr<3>
      }
      scf.if %v904 {
        %v1026 = llvm.getelementptr %v6[%v914] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v916, %v1026 : f32, !llvm.ptr<3>
      }
      scf.if %v918 {
        %v1027 = llvm.getelementptr %v6[%v928] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v930, %v1027 : f32, !llvm.ptr<3>
      }
      scf.if %v932 {
        %v1028 = llvm.getelementptr %v6[%v942] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v944, %v1028 : f32, !llvm.ptr<3>
      }
      scf.if %v946 {
        %v1029 = llvm.getelementptr %v6[%v956] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v958, %v1029 : f32, !llvm.ptr<3>
      }
      scf.if %v960 {
        %v1030 = llvm.getelementptr %v6[%v970] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v972, %v1030 : f32, !llvm.ptr<3>
      }
      scf.if %v974 {
        %v1031 = llvm.getelementptr %v6[%v984] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v986, %v1031 : f32, !llvm.ptr<3>
      }
      scf.if %v988 {
        %v1032 = llvm.getelementptr %v6[%v998] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1000, %v1032 : f32, !llvm.ptr<3>
      }
      // end staged load of `rho`
      // staged load of `theta`'s first tile: read, then shared memory
      %v1033 = arith.divui %v13, %v72 : i64
      %v1034 = arith.remui %v13, %v72 : i64
      %v1035 = arith.constant true
      %v1036 = arith.addi %v45, %v1033 : i64
      %v1037 = llvm.getelementptr %v5[%v1036] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1038 = llvm.load %v1037 : !llvm.ptr<3> -> i64
      %v1039 = arith.addi %v69, %v1034 : i64
      %v1040 = arith.cmpi slt, %v1039, %v71 : i64
      %v1041 = arith.subi %size_L, %v1 : i64
      %v1042 = arith.minsi %v1039, %v1041 : i64
      %v1043 = arith.addi %v1038, %v1042 : i64
      %v1044 = arith.muli %v1036, %v83 : i64
      %v1045 = arith.addi %v1044, %v1034 : i64
      %v1046 = llvm.getelementptr %in_theta[%v1043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1047 = llvm.load %v1046 : !llvm.ptr -> f32
      %v1048 = arith.addi %v1033, %v44 : i64
      %v1049 = arith.constant true
      %v1050 = arith.addi %v45, %v1048 : i64
      %v1051 = llvm.getelementptr %v5[%v1050] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1052 = llvm.load %v1051 : !llvm.ptr<3> -> i64
      %v1053 = arith.addi %v69, %v1034 : i64
      %v1054 = arith.cmpi slt, %v1053, %v71 : i64
      %v1055 = arith.subi %size_L, %v1 : i64
      %v1056 = arith.minsi %v1053, %v1055 : i64
      %v1057 = arith.addi %v1052, %v1056 : i64
      %v1058 = arith.muli %v1050, %v83 : i64
      %v1059 = arith.addi %v1058, %v1034 : i64
      %v1060 = llvm.getelementptr %in_theta[%v1057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1061 = llvm.load %v1060 : !llvm.ptr -> f32
      %v1062 = arith.addi %v1033, %v101 : i64
      %v1063 = arith.constant true
      %v1064 = arith.addi %v45, %v1062 : i64
      %v1065 = llvm.getelementptr %v5[%v1064] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1066 = llvm.load %v1065 : !llvm.ptr<3> -> i64
      %v1067 = arith.addi %v69, %v1034 : i64
      %v1068 = arith.cmpi slt, %v1067, %v71 : i64
      %v1069 = arith.subi %size_L, %v1 : i64
      %v1070 = arith.minsi %v1067, %v1069 : i64
      %v1071 = arith.addi %v1066, %v1070 : i64
      %v1072 = arith.muli %v1064, %v83 : i64
      %v1073 = arith.addi %v1072, %v1034 : i64
      %v1074 = llvm.getelementptr %in_theta[%v1071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1075 = llvm.load %v1074 : !llvm.ptr -> f32
      %v1076 = arith.addi %v1033, %v115 : i64
      %v1077 = arith.constant true
      %v1078 = arith.addi %v45, %v1076 : i64
      %v1079 = llvm.getelementptr %v5[%v1078] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1080 = llvm.load %v1079 : !llvm.ptr<3> -> i64
      %v1081 = arith.addi %v69, %v1034 : i64
      %v1082 = arith.cmpi slt, %v1081, %v71 : i64
      %v1083 = arith.subi %size_L, %v1 : i64
      %v1084 = arith.minsi %v1081, %v1083 : i64
      %v1085 = arith.addi %v1080, %v1084 : i64
      %v1086 = arith.muli %v1078, %v83 : i64
      %v1087 = arith.addi %v1086, %v1034 : i64
      %v1088 = llvm.getelementptr %in_theta[%v1085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1089 = llvm.load %v1088 : !llvm.ptr -> f32
      %v1090 = arith.addi %v1033, %v129 : i64
      %v1091 = arith.constant true
      %v1092 = arith.addi %v45, %v1090 : i64
      %v1093 = llvm.getelementptr %v5[%v1092] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1094 = llvm.load %v1093 : !llvm.ptr<3> -> i64
      %v1095 = arith.addi %v69, %v1034 : i64
      %v1096 = arith.cmpi slt, %v1095, %v71 : i64
      %v1097 = arith.subi %size_L, %v1 : i64
      %v1098 = arith.minsi %v1095, %v1097 : i64
      %v1099 = arith.addi %v1094, %v1098 : i64
      %v1100 = arith.muli %v1092, %v83 : i64
      %v1101 = arith.addi %v1100, %v1034 : i64
      %v1102 = llvm.getelementptr %in_theta[%v1099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1103 = llvm.load %v1102 : !llvm.ptr -> f32
      %v1104 = arith.addi %v1033, %v143 : i64
      %v1105 = arith.constant true
      %v1106 = arith.addi %v45, %v1104 : i64
      %v1107 = llvm.getelementptr %v5[%v1106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1108 = llvm.load %v1107 : !llvm.ptr<3> -> i64
      %v1109 = arith.addi %v69, %v1034 : i64
      %v1110 = arith.cmpi slt, %v1109, %v71 : i64
      %v1111 = arith.subi %size_L, %v1 : i64
      %v1112 = arith.minsi %v1109, %v1111 : i64
      %v1113 = arith.addi %v1108, %v1112 : i64
      %v1114 = arith.muli %v1106, %v83 : i64
      %v1115 = arith.addi %v1114, %v1034 : i64
      %v1116 = llvm.getelementptr %in_theta[%v1113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1117 = llvm.load %v1116 : !llvm.ptr -> f32
      %v1118 = arith.addi %v1033, %v157 : i64
      %v1119 = arith.constant true
      %v1120 = arith.addi %v45, %v1118 : i64
      %v1121 = llvm.getelementptr %v5[%v1120] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1122 = llvm.load %v1121 : !llvm.ptr<3> -> i64
      %v1123 = arith.addi %v69, %v1034 : i64
      %v1124 = arith.cmpi slt, %v1123, %v71 : i64
      %v1125 = arith.subi %size_L, %v1 : i64
      %v1126 = arith.minsi %v1123, %v1125 : i64
      %v1127 = arith.addi %v1122, %v1126 : i64
      %v1128 = arith.muli %v1120, %v83 : i64
      %v1129 = arith.addi %v1128, %v1034 : i64
      %v1130 = llvm.getelementptr %in_theta[%v1127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1131 = llvm.load %v1130 : !llvm.ptr -> f32
      %v1132 = arith.addi %v1033, %v171 : i64
      %v1133 = arith.constant true
      %v1134 = arith.addi %v45, %v1132 : i64
      %v1135 = llvm.getelementptr %v5[%v1134] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1136 = llvm.load %v1135 : !llvm.ptr<3> -> i64
      %v1137 = arith.addi %v69, %v1034 : i64
      %v1138 = arith.cmpi slt, %v1137, %v71 : i64
      %v1139 = arith.subi %size_L, %v1 : i64
      %v1140 = arith.minsi %v1137, %v1139 : i64
      %v1141 = arith.addi %v1136, %v1140 : i64
      %v1142 = arith.muli %v1134, %v83 : i64
      %v1143 = arith.addi %v1142, %v1034 : i64
      %v1144 = llvm.getelementptr %in_theta[%v1141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1145 = llvm.load %v1144 : !llvm.ptr -> f32
      %v1146 = arith.addi %v1033, %v185 : i64
      %v1147 = arith.constant true
      %v1148 = arith.addi %v45, %v1146 : i64
      %v1149 = llvm.getelementptr %v5[%v1148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1150 = llvm.load %v1149 : !llvm.ptr<3> -> i64
      %v1151 = arith.addi %v69, %v1034 : i64
      %v1152 = arith.cmpi slt, %v1151, %v71 : i64
      %v1153 = arith.subi %size_L, %v1 : i64
      %v1154 = arith.minsi %v1151, %v1153 : i64
      %v1155 = arith.addi %v1150, %v1154 : i64
      %v1156 = arith.muli %v1148, %v83 : i64
      %v1157 = arith.addi %v1156, %v1034 : i64
      %v1158 = llvm.getelementptr %in_theta[%v1155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1159 = llvm.load %v1158 : !llvm.ptr -> f32
      %v1160 = arith.addi %v1033, %v199 : i64
      %v1161 = arith.constant true
      %v1162 = arith.addi %v45, %v1160 : i64
      %v1163 = llvm.getelementptr %v5[%v1162] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1164 = llvm.load %v1163 : !llvm.ptr<3> -> i64
      %v1165 = arith.addi %v69, %v1034 : i64
      %v1166 = arith.cmpi slt, %v1165, %v71 : i64
      %v1167 = arith.subi %size_L, %v1 : i64
      %v1168 = arith.minsi %v1165, %v1167 : i64
      %v1169 = arith.addi %v1164, %v1168 : i64
      %v1170 = arith.muli %v1162, %v83 : i64
      %v1171 = arith.addi %v1170, %v1034 : i64
      %v1172 = llvm.getelementptr %in_theta[%v1169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1173 = llvm.load %v1172 : !llvm.ptr -> f32
      %v1174 = arith.addi %v1033, %v213 : i64
      %v1175 = arith.constant true
      %v1176 = arith.addi %v45, %v1174 : i64
      %v1177 = llvm.getelementptr %v5[%v1176] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1178 = llvm.load %v1177 : !llvm.ptr<3> -> i64
      %v1179 = arith.addi %v69, %v1034 : i64
      %v1180 = arith.cmpi slt, %v1179, %v71 : i64
      %v1181 = arith.subi %size_L, %v1 : i64
      %v1182 = arith.minsi %v1179, %v1181 : i64
      %v1183 = arith.addi %v1178, %v1182 : i64
      %v1184 = arith.muli %v1176, %v83 : i64
      %v1185 = arith.addi %v1184, %v1034 : i64
      %v1186 = llvm.getelementptr %in_theta[%v1183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1187 = llvm.load %v1186 : !llvm.ptr -> f32
      %v1188 = arith.addi %v1033, %v227 : i64
      %v1189 = arith.constant true
      %v1190 = arith.addi %v45, %v1188 : i64
      %v1191 = llvm.getelementptr %v5[%v1190] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1192 = llvm.load %v1191 : !llvm.ptr<3> -> i64
      %v1193 = arith.addi %v69, %v1034 : i64
      %v1194 = arith.cmpi slt, %v1193, %v71 : i64
      %v1195 = arith.subi %size_L, %v1 : i64
      %v1196 = arith.minsi %v1193, %v1195 : i64
      %v1197 = arith.addi %v1192, %v1196 : i64
      %v1198 = arith.muli %v1190, %v83 : i64
      %v1199 = arith.addi %v1198, %v1034 : i64
      %v1200 = llvm.getelementptr %in_theta[%v1197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1201 = llvm.load %v1200 : !llvm.ptr -> f32
      %v1202 = arith.addi %v1033, %v241 : i64
      %v1203 = arith.constant true
      %v1204 = arith.addi %v45, %v1202 : i64
      %v1205 = llvm.getelementptr %v5[%v1204] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1206 = llvm.load %v1205 : !llvm.ptr<3> -> i64
      %v1207 = arith.addi %v69, %v1034 : i64
      %v1208 = arith.cmpi slt, %v1207, %v71 : i64
      %v1209 = arith.subi %size_L, %v1 : i64
      %v1210 = arith.minsi %v1207, %v1209 : i64
      %v1211 = arith.addi %v1206, %v1210 : i64
      %v1212 = arith.muli %v1204, %v83 : i64
      %v1213 = arith.addi %v1212, %v1034 : i64
      %v1214 = llvm.getelementptr %in_theta[%v1211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1215 = llvm.load %v1214 : !llvm.ptr -> f32
      %v1216 = arith.addi %v1033, %v255 : i64
      %v1217 = arith.constant true
      %v1218 = arith.addi %v45, %v1216 : i64
      %v1219 = llvm.getelementptr %v5[%v1218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1220 = llvm.load %v1219 : !llvm.ptr<3> -> i64
      %v1221 = arith.addi %v69, %v1034 : i64
      %v1222 = arith.cmpi slt, %v1221, %v71 : i64
      %v1223 = arith.subi %size_L, %v1 : i64
      %v1224 = arith.minsi %v1221, %v1223 : i64
      %v1225 = arith.addi %v1220, %v1224 : i64
      %v1226 = arith.muli %v1218, %v83 : i64
      %v1227 = arith.addi %v1226, %v1034 : i64
      %v1228 = llvm.getelementptr %in_theta[%v1225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1229 = llvm.load %v1228 : !llvm.ptr -> f32
      %v1230 = arith.addi %v1033, %v269 : i64
      %v1231 = arith.constant true
      %v1232 = arith.addi %v45, %v1230 : i64
      %v1233 = llvm.getelementptr %v5[%v1232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1234 = llvm.load %v1233 : !llvm.ptr<3> -> i64
      %v1235 = arith.addi %v69, %v1034 : i64
      %v1236 = arith.cmpi slt, %v1235, %v71 : i64
      %v1237 = arith.subi %size_L, %v1 : i64
      %v1238 = arith.minsi %v1235, %v1237 : i64
      %v1239 = arith.addi %v1234, %v1238 : i64
      %v1240 = arith.muli %v1232, %v83 : i64
      %v1241 = arith.addi %v1240, %v1034 : i64
      %v1242 = llvm.getelementptr %in_theta[%v1239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1243 = llvm.load %v1242 : !llvm.ptr -> f32
      %v1244 = arith.addi %v1033, %v283 : i64
      %v1245 = arith.constant true
      %v1246 = arith.addi %v45, %v1244 : i64
      %v1247 = llvm.getelementptr %v5[%v1246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1248 = llvm.load %v1247 : !llvm.ptr<3> -> i64
      %v1249 = arith.addi %v69, %v1034 : i64
      %v1250 = arith.cmpi slt, %v1249, %v71 : i64
      %v1251 = arith.subi %size_L, %v1 : i64
      %v1252 = arith.minsi %v1249, %v1251 : i64
      %v1253 = arith.addi %v1248, %v1252 : i64
      %v1254 = arith.muli %v1246, %v83 : i64
      %v1255 = arith.addi %v1254, %v1034 : i64
      %v1256 = llvm.getelementptr %in_theta[%v1253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1257 = llvm.load %v1256 : !llvm.ptr -> f32
      %v1258 = arith.addi %v1033, %v72 : i64
      %v1259 = arith.constant true
      %v1260 = arith.addi %v45, %v1258 : i64
      %v1261 = llvm.getelementptr %v5[%v1260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1262 = llvm.load %v1261 : !llvm.ptr<3> -> i64
      %v1263 = arith.addi %v69, %v1034 : i64
      %v1264 = arith.cmpi slt, %v1263, %v71 : i64
      %v1265 = arith.subi %size_L, %v1 : i64
      %v1266 = arith.minsi %v1263, %v1265 : i64
      %v1267 = arith.addi %v1262, %v1266 : i64
      %v1268 = arith.muli %v1260, %v83 : i64
      %v1269 = arith.addi %v1268, %v1034 : i64
      %v1270 = llvm.getelementptr %in_theta[%v1267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1271 = llvm.load %v1270 : !llvm.ptr -> f32
      %v1272 = arith.addi %v1033, %v310 : i64
      %v1273 = arith.constant true
      %v1274 = arith.addi %v45, %v1272 : i64
      %v1275 = llvm.getelementptr %v5[%v1274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1276 = llvm.load %v1275 : !llvm.ptr<3> -> i64
      %v1277 = arith.addi %v69, %v1034 : i64
      %v1278 = arith.cmpi slt, %v1277, %v71 : i64
      %v1279 = arith.subi %size_L, %v1 : i64
      %v1280 = arith.minsi %v1277, %v1279 : i64
      %v1281 = arith.addi %v1276, %v1280 : i64
      %v1282 = arith.muli %v1274, %v83 : i64
      %v1283 = arith.addi %v1282, %v1034 : i64
      %v1284 = llvm.getelementptr %in_theta[%v1281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1285 = llvm.load %v1284 : !llvm.ptr -> f32
      %v1286 = arith.addi %v1033, %v324 : i64
      %v1287 = arith.constant true
      %v1288 = arith.addi %v45, %v1286 : i64
      %v1289 = llvm.getelementptr %v5[%v1288] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1290 = llvm.load %v1289 : !llvm.ptr<3> -> i64
      %v1291 = arith.addi %v69, %v1034 : i64
      %v1292 = arith.cmpi slt, %v1291, %v71 : i64
      %v1293 = arith.subi %size_L, %v1 : i64
      %v1294 = arith.minsi %v1291, %v1293 : i64
      %v1295 = arith.addi %v1290, %v1294 : i64
      %v1296 = arith.muli %v1288, %v83 : i64
      %v1297 = arith.addi %v1296, %v1034 : i64
      %v1298 = llvm.getelementptr %in_theta[%v1295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1299 = llvm.load %v1298 : !llvm.ptr -> f32
      %v1300 = arith.addi %v1033, %v338 : i64
      %v1301 = arith.constant true
      %v1302 = arith.addi %v45, %v1300 : i64
      %v1303 = llvm.getelementptr %v5[%v1302] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1304 = llvm.load %v1303 : !llvm.ptr<3> -> i64
      %v1305 = arith.addi %v69, %v1034 : i64
      %v1306 = arith.cmpi slt, %v1305, %v71 : i64
      %v1307 = arith.subi %size_L, %v1 : i64
      %v1308 = arith.minsi %v1305, %v1307 : i64
      %v1309 = arith.addi %v1304, %v1308 : i64
      %v1310 = arith.muli %v1302, %v83 : i64
      %v1311 = arith.addi %v1310, %v1034 : i64
      %v1312 = llvm.getelementptr %in_theta[%v1309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1313 = llvm.load %v1312 : !llvm.ptr -> f32
      %v1314 = arith.addi %v1033, %v352 : i64
      %v1315 = arith.constant true
      %v1316 = arith.addi %v45, %v1314 : i64
      %v1317 = llvm.getelementptr %v5[%v1316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1318 = llvm.load %v1317 : !llvm.ptr<3> -> i64
      %v1319 = arith.addi %v69, %v1034 : i64
      %v1320 = arith.cmpi slt, %v1319, %v71 : i64
      %v1321 = arith.subi %size_L, %v1 : i64
      %v1322 = arith.minsi %v1319, %v1321 : i64
      %v1323 = arith.addi %v1318, %v1322 : i64
      %v1324 = arith.muli %v1316, %v83 : i64
      %v1325 = arith.addi %v1324, %v1034 : i64
      %v1326 = llvm.getelementptr %in_theta[%v1323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1327 = llvm.load %v1326 : !llvm.ptr -> f32
      %v1328 = arith.addi %v1033, %v366 : i64
      %v1329 = arith.constant true
      %v1330 = arith.addi %v45, %v1328 : i64
      %v1331 = llvm.getelementptr %v5[%v1330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1332 = llvm.load %v1331 : !llvm.ptr<3> -> i64
      %v1333 = arith.addi %v69, %v1034 : i64
      %v1334 = arith.cmpi slt, %v1333, %v71 : i64
      %v1335 = arith.subi %size_L, %v1 : i64
      %v1336 = arith.minsi %v1333, %v1335 : i64
      %v1337 = arith.addi %v1332, %v1336 : i64
      %v1338 = arith.muli %v1330, %v83 : i64
      %v1339 = arith.addi %v1338, %v1034 : i64
      %v1340 = llvm.getelementptr %in_theta[%v1337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1341 = llvm.load %v1340 : !llvm.ptr -> f32
      %v1342 = arith.addi %v1033, %v380 : i64
      %v1343 = arith.constant true
      %v1344 = arith.addi %v45, %v1342 : i64
      %v1345 = llvm.getelementptr %v5[%v1344] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1346 = llvm.load %v1345 : !llvm.ptr<3> -> i64
      %v1347 = arith.addi %v69, %v1034 : i64
      %v1348 = arith.cmpi slt, %v1347, %v71 : i64
      %v1349 = arith.subi %size_L, %v1 : i64
      %v1350 = arith.minsi %v1347, %v1349 : i64
      %v1351 = arith.addi %v1346, %v1350 : i64
      %v1352 = arith.muli %v1344, %v83 : i64
      %v1353 = arith.addi %v1352, %v1034 : i64
      %v1354 = llvm.getelementptr %in_theta[%v1351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1355 = llvm.load %v1354 : !llvm.ptr -> f32
      %v1356 = arith.addi %v1033, %v394 : i64
      %v1357 = arith.constant true
      %v1358 = arith.addi %v45, %v1356 : i64
      %v1359 = llvm.getelementptr %v5[%v1358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1360 = llvm.load %v1359 : !llvm.ptr<3> -> i64
      %v1361 = arith.addi %v69, %v1034 : i64
      %v1362 = arith.cmpi slt, %v1361, %v71 : i64
      %v1363 = arith.subi %size_L, %v1 : i64
      %v1364 = arith.minsi %v1361, %v1363 : i64
      %v1365 = arith.addi %v1360, %v1364 : i64
      %v1366 = arith.muli %v1358, %v83 : i64
      %v1367 = arith.addi %v1366, %v1034 : i64
      %v1368 = llvm.getelementptr %in_theta[%v1365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1369 = llvm.load %v1368 : !llvm.ptr -> f32
      %v1370 = arith.addi %v1033, %v408 : i64
      %v1371 = arith.constant true
      %v1372 = arith.addi %v45, %v1370 : i64
      %v1373 = llvm.getelementptr %v5[%v1372] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1374 = llvm.load %v1373 : !llvm.ptr<3> -> i64
      %v1375 = arith.addi %v69, %v1034 : i64
      %v1376 = arith.cmpi slt, %v1375, %v71 : i64
      %v1377 = arith.subi %size_L, %v1 : i64
      %v1378 = arith.minsi %v1375, %v1377 : i64
      %v1379 = arith.addi %v1374, %v1378 : i64
      %v1380 = arith.muli %v1372, %v83 : i64
      %v1381 = arith.addi %v1380, %v1034 : i64
      %v1382 = llvm.getelementptr %in_theta[%v1379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1383 = llvm.load %v1382 : !llvm.ptr -> f32
      %v1384 = arith.addi %v1033, %v422 : i64
      %v1385 = arith.constant true
      %v1386 = arith.addi %v45, %v1384 : i64
      %v1387 = llvm.getelementptr %v5[%v1386] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1388 = llvm.load %v1387 : !llvm.ptr<3> -> i64
      %v1389 = arith.addi %v69, %v1034 : i64
      %v1390 = arith.cmpi slt, %v1389, %v71 : i64
      %v1391 = arith.subi %size_L, %v1 : i64
      %v1392 = arith.minsi %v1389, %v1391 : i64
      %v1393 = arith.addi %v1388, %v1392 : i64
      %v1394 = arith.muli %v1386, %v83 : i64
      %v1395 = arith.addi %v1394, %v1034 : i64
      %v1396 = llvm.getelementptr %in_theta[%v1393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1397 = llvm.load %v1396 : !llvm.ptr -> f32
      %v1398 = arith.addi %v1033, %v436 : i64
      %v1399 = arith.constant true
      %v1400 = arith.addi %v45, %v1398 : i64
      %v1401 = llvm.getelementptr %v5[%v1400] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1402 = llvm.load %v1401 : !llvm.ptr<3> -> i64
      %v1403 = arith.addi %v69, %v1034 : i64
      %v1404 = arith.cmpi slt, %v1403, %v71 : i64
      %v1405 = arith.subi %size_L, %v1 : i64
      %v1406 = arith.minsi %v1403, %v1405 : i64
      %v1407 = arith.addi %v1402, %v1406 : i64
      %v1408 = arith.muli %v1400, %v83 : i64
      %v1409 = arith.addi %v1408, %v1034 : i64
      %v1410 = llvm.getelementptr %in_theta[%v1407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1411 = llvm.load %v1410 : !llvm.ptr -> f32
      %v1412 = arith.addi %v1033, %v450 : i64
      %v1413 = arith.constant true
      %v1414 = arith.addi %v45, %v1412 : i64
      %v1415 = llvm.getelementptr %v5[%v1414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1416 = llvm.load %v1415 : !llvm.ptr<3> -> i64
      %v1417 = arith.addi %v69, %v1034 : i64
      %v1418 = arith.cmpi slt, %v1417, %v71 : i64
      %v1419 = arith.subi %size_L, %v1 : i64
      %v1420 = arith.minsi %v1417, %v1419 : i64
      %v1421 = arith.addi %v1416, %v1420 : i64
      %v1422 = arith.muli %v1414, %v83 : i64
      %v1423 = arith.addi %v1422, %v1034 : i64
      %v1424 = llvm.getelementptr %in_theta[%v1421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1425 = llvm.load %v1424 : !llvm.ptr -> f32
      %v1426 = arith.addi %v1033, %v464 : i64
      %v1427 = arith.constant true
      %v1428 = arith.addi %v45, %v1426 : i64
      %v1429 = llvm.getelementptr %v5[%v1428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1430 = llvm.load %v1429 : !llvm.ptr<3> -> i64
      %v1431 = arith.addi %v69, %v1034 : i64
      %v1432 = arith.cmpi slt, %v1431, %v71 : i64
      %v1433 = arith.subi %size_L, %v1 : i64
      %v1434 = arith.minsi %v1431, %v1433 : i64
      %v1435 = arith.addi %v1430, %v1434 : i64
      %v1436 = arith.muli %v1428, %v83 : i64
      %v1437 = arith.addi %v1436, %v1034 : i64
      %v1438 = llvm.getelementptr %in_theta[%v1435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1439 = llvm.load %v1438 : !llvm.ptr -> f32
      %v1440 = arith.addi %v1033, %v478 : i64
      %v1441 = arith.constant true
      %v1442 = arith.addi %v45, %v1440 : i64
      %v1443 = llvm.getelementptr %v5[%v1442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1444 = llvm.load %v1443 : !llvm.ptr<3> -> i64
      %v1445 = arith.addi %v69, %v1034 : i64
      %v1446 = arith.cmpi slt, %v1445, %v71 : i64
      %v1447 = arith.subi %size_L, %v1 : i64
      %v1448 = arith.minsi %v1445, %v1447 : i64
      %v1449 = arith.addi %v1444, %v1448 : i64
      %v1450 = arith.muli %v1442, %v83 : i64
      %v1451 = arith.addi %v1450, %v1034 : i64
      %v1452 = llvm.getelementptr %in_theta[%v1449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1453 = llvm.load %v1452 : !llvm.ptr -> f32
      %v1454 = arith.addi %v1033, %v492 : i64
      %v1455 = arith.constant true
      %v1456 = arith.addi %v45, %v1454 : i64
      %v1457 = llvm.getelementptr %v5[%v1456] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1458 = llvm.load %v1457 : !llvm.ptr<3> -> i64
      %v1459 = arith.addi %v69, %v1034 : i64
      %v1460 = arith.cmpi slt, %v1459, %v71 : i64
      %v1461 = arith.subi %size_L, %v1 : i64
      %v1462 = arith.minsi %v1459, %v1461 : i64
      %v1463 = arith.addi %v1458, %v1462 : i64
      %v1464 = arith.muli %v1456, %v83 : i64
      %v1465 = arith.addi %v1464, %v1034 : i64
      %v1466 = llvm.getelementptr %in_theta[%v1463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1467 = llvm.load %v1466 : !llvm.ptr -> f32
      %v1468 = arith.addi %v1033, %v506 : i64
      %v1469 = arith.constant true
      %v1470 = arith.addi %v45, %v1468 : i64
      %v1471 = llvm.getelementptr %v5[%v1470] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1472 = llvm.load %v1471 : !llvm.ptr<3> -> i64
      %v1473 = arith.addi %v69, %v1034 : i64
      %v1474 = arith.cmpi slt, %v1473, %v71 : i64
      %v1475 = arith.subi %size_L, %v1 : i64
      %v1476 = arith.minsi %v1473, %v1475 : i64
      %v1477 = arith.addi %v1472, %v1476 : i64
      %v1478 = arith.muli %v1470, %v83 : i64
      %v1479 = arith.addi %v1478, %v1034 : i64
      %v1480 = llvm.getelementptr %in_theta[%v1477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1481 = llvm.load %v1480 : !llvm.ptr -> f32
      scf.if %v1035 {
        %v1482 = llvm.getelementptr %v6[%v1045] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1047, %v1482 : f32, !llvm.ptr<3>
      }
      scf.if %v1049 {
        %v1483 = llvm.getelementptr %v6[%v1059] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1061, %v1483 : f32, !llvm.ptr<3>
      }
      scf.if %v1063 {
        %v1484 = llvm.getelementptr %v6[%v1073] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1075, %v1484 : f32, !llvm.ptr<3>
      }
      scf.if %v1077 {
        %v1485 = llvm.getelementptr %v6[%v1087] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1089, %v1485 : f32, !llvm.ptr<3>
      }
      scf.if %v1091 {
        %v1486 = llvm.getelementptr %v6[%v1101] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1103, %v1486 : f32, !llvm.ptr<3>
      }
      scf.if %v1105 {
        %v1487 = llvm.getelementptr %v6[%v1115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1117, %v1487 : f32, !llvm.ptr<3>
      }
      scf.if %v1119 {
        %v1488 = llvm.getelementptr %v6[%v1129] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1131, %v1488 : f32, !llvm.ptr<3>
      }
      scf.if %v1133 {
        %v1489 = llvm.getelementptr %v6[%v1143] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1145, %v1489 : f32, !llvm.ptr<3>
      }
      scf.if %v1147 {
        %v1490 = llvm.getelementptr %v6[%v1157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1159, %v1490 : f32, !llvm.ptr<3>
      }
      scf.if %v1161 {
        %v1491 = llvm.getelementptr %v6[%v1171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1173, %v1491 : f32, !llvm.ptr<3>
      }
      scf.if %v1175 {
        %v1492 = llvm.getelementptr %v6[%v1185] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1187, %v1492 : f32, !llvm.ptr<3>
      }
      scf.if %v1189 {
        %v1493 = llvm.getelementptr %v6[%v1199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1201, %v1493 : f32, !llvm.ptr<3>
      }
      scf.if %v1203 {
        %v1494 = llvm.getelementptr %v6[%v1213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1215, %v1494 : f32, !llvm.ptr<3>
      }
      scf.if %v1217 {
        %v1495 = llvm.getelementptr %v6[%v1227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1229, %v1495 : f32, !llvm.ptr<3>
      }
      scf.if %v1231 {
        %v1496 = llvm.getelementptr %v6[%v1241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1243, %v1496 : f32, !llvm.ptr<3>
      }
      scf.if %v1245 {
        %v1497 = llvm.getelementptr %v6[%v1255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1257, %v1497 : f32, !llvm.ptr<3>
      }
      scf.if %v1259 {
        %v1498 = llvm.getelementptr %v6[%v1269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1271, %v1498 : f32, !llvm.ptr<3>
      }
      scf.if %v1273 {
        %v1499 = llvm.getelementptr %v6[%v1283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1285, %v1499 : f32, !llvm.ptr<3>
      }
      scf.if %v1287 {
        %v1500 = llvm.getelementptr %v6[%v1297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1299, %v1500 : f32, !llvm.ptr<3>
      }
      scf.if %v1301 {
        %v1501 = llvm.getelementptr %v6[%v1311] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1313, %v1501 : f32, !llvm.ptr<3>
      }
      scf.if %v1315 {
        %v1502 = llvm.getelementptr %v6[%v1325] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1327, %v1502 : f32, !llvm.ptr<3>
      }
      scf.if %v1329 {
        %v1503 = llvm.getelementptr %v6[%v1339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1341, %v1503 : f32, !llvm.ptr<3>
      }
      scf.if %v1343 {
        %v1504 = llvm.getelementptr %v6[%v1353] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1355, %v1504 : f32, !llvm.ptr<3>
      }
      scf.if %v1357 {
        %v1505 = llvm.getelementptr %v6[%v1367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1369, %v1505 : f32, !llvm.ptr<3>
      }
      scf.if %v1371 {
        %v1506 = llvm.getelementptr %v6[%v1381] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1383, %v1506 : f32, !llvm.ptr<3>
      }
      scf.if %v1385 {
        %v1507 = llvm.getelementptr %v6[%v1395] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1397, %v1507 : f32, !llvm.ptr<3>
      }
      scf.if %v1399 {
        %v1508 = llvm.getelementptr %v6[%v1409] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1411, %v1508 : f32, !llvm.ptr<3>
      }
      scf.if %v1413 {
        %v1509 = llvm.getelementptr %v6[%v1423] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1425, %v1509 : f32, !llvm.ptr<3>
      }
      scf.if %v1427 {
        %v1510 = llvm.getelementptr %v6[%v1437] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1439, %v1510 : f32, !llvm.ptr<3>
      }
      scf.if %v1441 {
        %v1511 = llvm.getelementptr %v6[%v1451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1453, %v1511 : f32, !llvm.ptr<3>
      }
      scf.if %v1455 {
        %v1512 = llvm.getelementptr %v6[%v1465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1467, %v1512 : f32, !llvm.ptr<3>
      }
      scf.if %v1469 {
        %v1513 = llvm.getelementptr %v6[%v1479] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1481, %v1513 : f32, !llvm.ptr<3>
      }
      // end staged load of `theta`
      gpu.barrier
      %v1514 = arith.index_cast %v69 : i64 to index
      %v1515 = arith.index_cast %v71 : i64 to index
      %v1516 = arith.index_cast %v72 : i64 to index
      scf.for %v1517 = %v1514 to %v1515 step %v1516 {
        %v1518 = arith.index_cast %v1517 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v1519 = arith.remui %v1518, %v15 : i64
        %v1520 = arith.cmpi eq, %v1519, %v30 : i64
        %v1521 = arith.andi %v1520, %v23 : i1
        scf.if %v1521 {
          %v1522 = arith.divui %v1518, %v15 : i64
          %v1523 = llvm.mlir.zero : !llvm.ptr
          %v1524 = llvm.icmp "ne" %ckpt_h, %v1523 : !llvm.ptr
          scf.if %v1524 {
            %v1526 = arith.muli %v1522, %v1525 : i64
            %v1527 = llvm.load %v3 : !llvm.ptr -> f32
            %v1528 = arith.muli %v28, %size_D : i64
            %v1529 = arith.addi %v1528, %v26 : i64
            %v1530 = arith.addi %v1526, %v1529 : i64
            %v1531 = llvm.getelementptr %ckpt_h[%v1530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1527, %v1531 : f32, !llvm.ptr
          }
          %v1532 = llvm.mlir.zero : !llvm.ptr
          %v1533 = llvm.icmp "ne" %ckpt_hp, %v1532 : !llvm.ptr
          scf.if %v1533 {
            %v1535 = arith.muli %v1522, %v1534 : i64
            %v1536 = llvm.load %v4 : !llvm.ptr -> f32
            %v1537 = arith.muli %v28, %size_D : i64
            %v1538 = arith.addi %v1537, %v26 : i64
            %v1539 = arith.addi %v1535, %v1538 : i64
            %v1540 = llvm.getelementptr %ckpt_hp[%v1539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1536, %v1540 : f32, !llvm.ptr
          }
        }
        // end save
        %v1541 = arith.subi %v71, %v1518 : i64
        %v1542 = arith.minsi %v1541, %v72 : i64
        %v1543 = arith.addi %v1518, %v72 : i64
        %v1544 = arith.divui %v13, %v72 : i64
        %v1545 = arith.remui %v13, %v72 : i64
        %v1546 = arith.constant true
        %v1547 = llvm.getelementptr %v5[%v1544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1548 = llvm.load %v1547 : !llvm.ptr<3> -> i64
        %v1549 = arith.addi %v1543, %v1545 : i64
        %v1550 = arith.cmpi slt, %v1549, %v71 : i64
        %v1551 = arith.subi %size_L, %v1 : i64
        %v1552 = arith.minsi %v1549, %v1551 : i64
        %v1553 = arith.addi %v1548, %v1552 : i64
        %v1554 = arith.muli %v1544, %v83 : i64
        %v1555 = arith.addi %v1554, %v1545 : i64
        %v1556 = llvm.getelementptr %in_x[%v1553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1557 = llvm.load %v1556 : !llvm.ptr -> f32
        %v1558 = arith.addi %v1544, %v44 : i64
        %v1559 = arith.constant true
        %v1560 = llvm.getelementptr %v5[%v1558] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1561 = llvm.load %v1560 : !llvm.ptr<3> -> i64
        %v1562 = arith.addi %v1543, %v1545 : i64
        %v1563 = arith.cmpi slt, %v1562, %v71 : i64
        %v1564 = arith.subi %size_L, %v1 : i64
        %v1565 = arith.minsi %v1562, %v1564 : i64
        %v1566 = arith.addi %v1561, %v1565 : i64
        %v1567 = arith.muli %v1558, %v83 : i64
        %v1568 = arith.addi %v1567, %v1545 : i64
        %v1569 = llvm.getelementptr %in_x[%v1566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1570 = llvm.load %v1569 : !llvm.ptr -> f32
        %v1571 = arith.addi %v1544, %v101 : i64
        %v1572 = arith.constant true
        %v1573 = llvm.getelementptr %v5[%v1571] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1574 = llvm.load %v1573 : !llvm.ptr<3> -> i64
        %v1575 = arith.addi %v1543, %v1545 : i64
        %v1576 = arith.cmpi slt, %v1575, %v71 : i64
        %v1577 = arith.subi %size_L, %v1 : i64
        %v1578 = arith.minsi %v1575, %v1577 : i64
        %v1579 = arith.addi %v1574, %v1578 : i64
        %v1580 = arith.muli %v1571, %v83 : i64
        %v1581 = arith.addi %v1580, %v1545 : i64
        %v1582 = llvm.getelementptr %in_x[%v1579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1583 = llvm.load %v1582 : !llvm.ptr -> f32
        %v1584 = arith.addi %v1544, %v115 : i64
        %v1585 = arith.constant true
        %v1586 = llvm.getelementptr %v5[%v1584] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1587 = llvm.load %v1586 : !llvm.ptr<3> -> i64
        %v1588 = arith.addi %v1543, %v1545 : i64
        %v1589 = arith.cmpi slt, %v1588, %v71 : i64
        %v1590 = arith.subi %size_L, %v1 : i64
        %v1591 = arith.minsi %v1588, %v1590 : i64
        %v1592 = arith.addi %v1587, %v1591 : i64
        %v1593 = arith.muli %v1584, %v83 : i64
        %v1594 = arith.addi %v1593, %v1545 : i64
        %v1595 = llvm.getelementptr %in_x[%v1592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1596 = llvm.load %v1595 : !llvm.ptr -> f32
        %v1597 = arith.addi %v1544, %v129 : i64
        %v1598 = arith.constant true
        %v1599 = llvm.getelementptr %v5[%v1597] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1600 = llvm.load %v1599 : !llvm.ptr<3> -> i64
        %v1601 = arith.addi %v1543, %v1545 : i64
        %v1602 = arith.cmpi slt, %v1601, %v71 : i64
        %v1603 = arith.subi %size_L, %v1 : i64
        %v1604 = arith.minsi %v1601, %v1603 : i64
        %v1605 = arith.addi %v1600, %v1604 : i64
        %v1606 = arith.muli %v1597, %v83 : i64
        %v1607 = arith.addi %v1606, %v1545 : i64
        %v1608 = llvm.getelementptr %in_x[%v1605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1609 = llvm.load %v1608 : !llvm.ptr -> f32
        %v1610 = arith.addi %v1544, %v143 : i64
        %v1611 = arith.constant true
        %v1612 = llvm.getelementptr %v5[%v1610] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1613 = llvm.load %v1612 : !llvm.ptr<3> -> i64
        %v1614 = arith.addi %v1543, %v1545 : i64
        %v1615 = arith.cmpi slt, %v1614, %v71 : i64
        %v1616 = arith.subi %size_L, %v1 : i64
        %v1617 = arith.minsi %v1614, %v1616 : i64
        %v1618 = arith.addi %v1613, %v1617 : i64
        %v1619 = arith.muli %v1610, %v83 : i64
        %v1620 = arith.addi %v1619, %v1545 : i64
        %v1621 = llvm.getelementptr %in_x[%v1618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1622 = llvm.load %v1621 : !llvm.ptr -> f32
        %v1623 = arith.addi %v1544, %v157 : i64
        %v1624 = arith.constant true
        %v1625 = llvm.getelementptr %v5[%v1623] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1626 = llvm.load %v1625 : !llvm.ptr<3> -> i64
        %v1627 = arith.addi %v1543, %v1545 : i64
        %v1628 = arith.cmpi slt, %v1627, %v71 : i64
        %v1629 = arith.subi %size_L, %v1 : i64
        %v1630 = arith.minsi %v1627, %v1629 : i64
        %v1631 = arith.addi %v1626, %v1630 : i64
        %v1632 = arith.muli %v1623, %v83 : i64
        %v1633 = arith.addi %v1632, %v1545 : i64
        %v1634 = llvm.getelementptr %in_x[%v1631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1635 = llvm.load %v1634 : !llvm.ptr -> f32
        %v1636 = arith.addi %v1544, %v171 : i64
        %v1637 = arith.constant true
        %v1638 = llvm.getelementptr %v5[%v1636] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1639 = llvm.load %v1638 : !llvm.ptr<3> -> i64
        %v1640 = arith.addi %v1543, %v1545 : i64
        %v1641 = arith.cmpi slt, %v1640, %v71 : i64
        %v1642 = arith.subi %size_L, %v1 : i64
        %v1643 = arith.minsi %v1640, %v1642 : i64
        %v1644 = arith.addi %v1639, %v1643 : i64
        %v1645 = arith.muli %v1636, %v83 : i64
        %v1646 = arith.addi %v1645, %v1545 : i64
        %v1647 = llvm.getelementptr %in_x[%v1644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1648 = llvm.load %v1647 : !llvm.ptr -> f32
        %v1649 = arith.addi %v1544, %v185 : i64
        %v1650 = arith.constant true
        %v1651 = llvm.getelementptr %v5[%v1649] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1652 = llvm.load %v1651 : !llvm.ptr<3> -> i64
        %v1653 = arith.addi %v1543, %v1545 : i64
        %v1654 = arith.cmpi slt, %v1653, %v71 : i64
        %v1655 = arith.subi %size_L, %v1 : i64
        %v1656 = arith.minsi %v1653, %v1655 : i64
        %v1657 = arith.addi %v1652, %v1656 : i64
        %v1658 = arith.muli %v1649, %v83 : i64
        %v1659 = arith.addi %v1658, %v1545 : i64
        %v1660 = llvm.getelementptr %in_x[%v1657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1661 = llvm.load %v1660 : !llvm.ptr -> f32
        %v1662 = arith.addi %v1544, %v199 : i64
        %v1663 = arith.constant true
        %v1664 = llvm.getelementptr %v5[%v1662] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1665 = llvm.load %v1664 : !llvm.ptr<3> -> i64
        %v1666 = arith.addi %v1543, %v1545 : i64
        %v1667 = arith.cmpi slt, %v1666, %v71 : i64
        %v1668 = arith.subi %size_L, %v1 : i64
        %v1669 = arith.minsi %v1666, %v1668 : i64
        %v1670 = arith.addi %v1665, %v1669 : i64
        %v1671 = arith.muli %v1662, %v83 : i64
        %v1672 = arith.addi %v1671, %v1545 : i64
        %v1673 = llvm.getelementptr %in_x[%v1670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1674 = llvm.load %v1673 : !llvm.ptr -> f32
        %v1675 = arith.addi %v1544, %v213 : i64
        %v1676 = arith.constant true
        %v1677 = llvm.getelementptr %v5[%v1675] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1678 = llvm.load %v1677 : !llvm.ptr<3> -> i64
        %v1679 = arith.addi %v1543, %v1545 : i64
        %v1680 = arith.cmpi slt, %v1679, %v71 : i64
        %v1681 = arith.subi %size_L, %v1 : i64
        %v1682 = arith.minsi %v1679, %v1681 : i64
        %v1683 = arith.addi %v1678, %v1682 : i64
        %v1684 = arith.muli %v1675, %v83 : i64
        %v1685 = arith.addi %v1684, %v1545 : i64
        %v1686 = llvm.getelementptr %in_x[%v1683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1687 = llvm.load %v1686 : !llvm.ptr -> f32
        %v1688 = arith.addi %v1544, %v227 : i64
        %v1689 = arith.constant true
        %v1690 = llvm.getelementptr %v5[%v1688] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1691 = llvm.load %v1690 : !llvm.ptr<3> -> i64
        %v1692 = arith.addi %v1543, %v1545 : i64
        %v1693 = arith.cmpi slt, %v1692, %v71 : i64
        %v1694 = arith.subi %size_L, %v1 : i64
        %v1695 = arith.minsi %v1692, %v1694 : i64
        %v1696 = arith.addi %v1691, %v1695 : i64
        %v1697 = arith.muli %v1688, %v83 : i64
        %v1698 = arith.addi %v1697, %v1545 : i64
        %v1699 = llvm.getelementptr %in_x[%v1696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1700 = llvm.load %v1699 : !llvm.ptr -> f32
        %v1701 = arith.addi %v1544, %v241 : i64
        %v1702 = arith.constant true
        %v1703 = llvm.getelementptr %v5[%v1701] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1704 = llvm.load %v1703 : !llvm.ptr<3> -> i64
        %v1705 = arith.addi %v1543, %v1545 : i64
        %v1706 = arith.cmpi slt, %v1705, %v71 : i64
        %v1707 = arith.subi %size_L, %v1 : i64
        %v1708 = arith.minsi %v1705, %v1707 : i64
        %v1709 = arith.addi %v1704, %v1708 : i64
        %v1710 = arith.muli %v1701, %v83 : i64
        %v1711 = arith.addi %v1710, %v1545 : i64
        %v1712 = llvm.getelementptr %in_x[%v1709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1713 = llvm.load %v1712 : !llvm.ptr -> f32
        %v1714 = arith.addi %v1544, %v255 : i64
        %v1715 = arith.constant true
        %v1716 = llvm.getelementptr %v5[%v1714] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1717 = llvm.load %v1716 : !llvm.ptr<3> -> i64
        %v1718 = arith.addi %v1543, %v1545 : i64
        %v1719 = arith.cmpi slt, %v1718, %v71 : i64
        %v1720 = arith.subi %size_L, %v1 : i64
        %v1721 = arith.minsi %v1718, %v1720 : i64
        %v1722 = arith.addi %v1717, %v1721 : i64
        %v1723 = arith.muli %v1714, %v83 : i64
        %v1724 = arith.addi %v1723, %v1545 : i64
        %v1725 = llvm.getelementptr %in_x[%v1722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1726 = llvm.load %v1725 : !llvm.ptr -> f32
        %v1727 = arith.addi %v1544, %v269 : i64
        %v1728 = arith.constant true
        %v1729 = llvm.getelementptr %v5[%v1727] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1730 = llvm.load %v1729 : !llvm.ptr<3> -> i64
        %v1731 = arith.addi %v1543, %v1545 : i64
        %v1732 = arith.cmpi slt, %v1731, %v71 : i64
        %v1733 = arith.subi %size_L, %v1 : i64
        %v1734 = arith.minsi %v1731, %v1733 : i64
        %v1735 = arith.addi %v1730, %v1734 : i64
        %v1736 = arith.muli %v1727, %v83 : i64
        %v1737 = arith.addi %v1736, %v1545 : i64
        %v1738 = llvm.getelementptr %in_x[%v1735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1739 = llvm.load %v1738 : !llvm.ptr -> f32
        %v1740 = arith.addi %v1544, %v283 : i64
        %v1741 = arith.constant true
        %v1742 = llvm.getelementptr %v5[%v1740] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1743 = llvm.load %v1742 : !llvm.ptr<3> -> i64
        %v1744 = arith.addi %v1543, %v1545 : i64
        %v1745 = arith.cmpi slt, %v1744, %v71 : i64
        %v1746 = arith.subi %size_L, %v1 : i64
        %v1747 = arith.minsi %v1744, %v1746 : i64
        %v1748 = arith.addi %v1743, %v1747 : i64
        %v1749 = arith.muli %v1740, %v83 : i64
        %v1750 = arith.addi %v1749, %v1545 : i64
        %v1751 = llvm.getelementptr %in_x[%v1748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1752 = llvm.load %v1751 : !llvm.ptr -> f32
        %v1753 = arith.addi %v1544, %v72 : i64
        %v1754 = arith.constant true
        %v1755 = llvm.getelementptr %v5[%v1753] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1756 = llvm.load %v1755 : !llvm.ptr<3> -> i64
        %v1757 = arith.addi %v1543, %v1545 : i64
        %v1758 = arith.cmpi slt, %v1757, %v71 : i64
        %v1759 = arith.subi %size_L, %v1 : i64
        %v1760 = arith.minsi %v1757, %v1759 : i64
        %v1761 = arith.addi %v1756, %v1760 : i64
        %v1762 = arith.muli %v1753, %v83 : i64
        %v1763 = arith.addi %v1762, %v1545 : i64
        %v1764 = llvm.getelementptr %in_x[%v1761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1765 = llvm.load %v1764 : !llvm.ptr -> f32
        %v1766 = arith.addi %v1544, %v310 : i64
        %v1767 = arith.constant true
        %v1768 = llvm.getelementptr %v5[%v1766] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1769 = llvm.load %v1768 : !llvm.ptr<3> -> i64
        %v1770 = arith.addi %v1543, %v1545 : i64
        %v1771 = arith.cmpi slt, %v1770, %v71 : i64
        %v1772 = arith.subi %size_L, %v1 : i64
        %v1773 = arith.minsi %v1770, %v1772 : i64
        %v1774 = arith.addi %v1769, %v1773 : i64
        %v1775 = arith.muli %v1766, %v83 : i64
        %v1776 = arith.addi %v1775, %v1545 : i64
        %v1777 = llvm.getelementptr %in_x[%v1774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1778 = llvm.load %v1777 : !llvm.ptr -> f32
        %v1779 = arith.addi %v1544, %v324 : i64
        %v1780 = arith.constant true
        %v1781 = llvm.getelementptr %v5[%v1779] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1782 = llvm.load %v1781 : !llvm.ptr<3> -> i64
        %v1783 = arith.addi %v1543, %v1545 : i64
        %v1784 = arith.cmpi slt, %v1783, %v71 : i64
        %v1785 = arith.subi %size_L, %v1 : i64
        %v1786 = arith.minsi %v1783, %v1785 : i64
        %v1787 = arith.addi %v1782, %v1786 : i64
        %v1788 = arith.muli %v1779, %v83 : i64
        %v1789 = arith.addi %v1788, %v1545 : i64
        %v1790 = llvm.getelementptr %in_x[%v1787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1791 = llvm.load %v1790 : !llvm.ptr -> f32
        %v1792 = arith.addi %v1544, %v338 : i64
        %v1793 = arith.constant true
        %v1794 = llvm.getelementptr %v5[%v1792] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1795 = llvm.load %v1794 : !llvm.ptr<3> -> i64
        %v1796 = arith.addi %v1543, %v1545 : i64
        %v1797 = arith.cmpi slt, %v1796, %v71 : i64
        %v1798 = arith.subi %size_L, %v1 : i64
        %v1799 = arith.minsi %v1796, %v1798 : i64
        %v1800 = arith.addi %v1795, %v1799 : i64
        %v1801 = arith.muli %v1792, %v83 : i64
        %v1802 = arith.addi %v1801, %v1545 : i64
        %v1803 = llvm.getelementptr %in_x[%v1800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1804 = llvm.load %v1803 : !llvm.ptr -> f32
        %v1805 = arith.addi %v1544, %v352 : i64
        %v1806 = arith.constant true
        %v1807 = llvm.getelementptr %v5[%v1805] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1808 = llvm.load %v1807 : !llvm.ptr<3> -> i64
        %v1809 = arith.addi %v1543, %v1545 : i64
        %v1810 = arith.cmpi slt, %v1809, %v71 : i64
        %v1811 = arith.subi %size_L, %v1 : i64
        %v1812 = arith.minsi %v1809, %v1811 : i64
        %v1813 = arith.addi %v1808, %v1812 : i64
        %v1814 = arith.muli %v1805, %v83 : i64
        %v1815 = arith.addi %v1814, %v1545 : i64
        %v1816 = llvm.getelementptr %in_x[%v1813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1817 = llvm.load %v1816 : !llvm.ptr -> f32
        %v1818 = arith.addi %v1544, %v366 : i64
        %v1819 = arith.constant true
        %v1820 = llvm.getelementptr %v5[%v1818] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1821 = llvm.load %v1820 : !llvm.ptr<3> -> i64
        %v1822 = arith.addi %v1543, %v1545 : i64
        %v1823 = arith.cmpi slt, %v1822, %v71 : i64
        %v1824 = arith.subi %size_L, %v1 : i64
        %v1825 = arith.minsi %v1822, %v1824 : i64
        %v1826 = arith.addi %v1821, %v1825 : i64
        %v1827 = arith.muli %v1818, %v83 : i64
        %v1828 = arith.addi %v1827, %v1545 : i64
        %v1829 = llvm.getelementptr %in_x[%v1826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1830 = llvm.load %v1829 : !llvm.ptr -> f32
        %v1831 = arith.addi %v1544, %v380 : i64
        %v1832 = arith.constant true
        %v1833 = llvm.getelementptr %v5[%v1831] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1834 = llvm.load %v1833 : !llvm.ptr<3> -> i64
        %v1835 = arith.addi %v1543, %v1545 : i64
        %v1836 = arith.cmpi slt, %v1835, %v71 : i64
        %v1837 = arith.subi %size_L, %v1 : i64
        %v1838 = arith.minsi %v1835, %v1837 : i64
        %v1839 = arith.addi %v1834, %v1838 : i64
        %v1840 = arith.muli %v1831, %v83 : i64
        %v1841 = arith.addi %v1840, %v1545 : i64
        %v1842 = llvm.getelementptr %in_x[%v1839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1843 = llvm.load %v1842 : !llvm.ptr -> f32
        %v1844 = arith.addi %v1544, %v394 : i64
        %v1845 = arith.constant true
        %v1846 = llvm.getelementptr %v5[%v1844] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1847 = llvm.load %v1846 : !llvm.ptr<3> -> i64
        %v1848 = arith.addi %v1543, %v1545 : i64
        %v1849 = arith.cmpi slt, %v1848, %v71 : i64
        %v1850 = arith.subi %size_L, %v1 : i64
        %v1851 = arith.minsi %v1848, %v1850 : i64
        %v1852 = arith.addi %v1847, %v1851 : i64
        %v1853 = arith.muli %v1844, %v83 : i64
        %v1854 = arith.addi %v1853, %v1545 : i64
        %v1855 = llvm.getelementptr %in_x[%v1852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1856 = llvm.load %v1855 : !llvm.ptr -> f32
        %v1857 = arith.addi %v1544, %v408 : i64
        %v1858 = arith.constant true
        %v1859 = llvm.getelementptr %v5[%v1857] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1860 = llvm.load %v1859 : !llvm.ptr<3> -> i64
        %v1861 = arith.addi %v1543, %v1545 : i64
        %v1862 = arith.cmpi slt, %v1861, %v71 : i64
        %v1863 = arith.subi %size_L, %v1 : i64
        %v1864 = arith.minsi %v1861, %v1863 : i64
        %v1865 = arith.addi %v1860, %v1864 : i64
        %v1866 = arith.muli %v1857, %v83 : i64
        %v1867 = arith.addi %v1866, %v1545 : i64
        %v1868 = llvm.getelementptr %in_x[%v1865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1869 = llvm.load %v1868 : !llvm.ptr -> f32
        %v1870 = arith.addi %v1544, %v422 : i64
        %v1871 = arith.constant true
        %v1872 = llvm.getelementptr %v5[%v1870] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1873 = llvm.load %v1872 : !llvm.ptr<3> -> i64
        %v1874 = arith.addi %v1543, %v1545 : i64
        %v1875 = arith.cmpi slt, %v1874, %v71 : i64
        %v1876 = arith.subi %size_L, %v1 : i64
        %v1877 = arith.minsi %v1874, %v1876 : i64
        %v1878 = arith.addi %v1873, %v1877 : i64
        %v1879 = arith.muli %v1870, %v83 : i64
        %v1880 = arith.addi %v1879, %v1545 : i64
        %v1881 = llvm.getelementptr %in_x[%v1878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1882 = llvm.load %v1881 : !llvm.ptr -> f32
        %v1883 = arith.addi %v1544, %v436 : i64
        %v1884 = arith.constant true
        %v1885 = llvm.getelementptr %v5[%v1883] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1886 = llvm.load %v1885 : !llvm.ptr<3> -> i64
        %v1887 = arith.addi %v1543, %v1545 : i64
        %v1888 = arith.cmpi slt, %v1887, %v71 : i64
        %v1889 = arith.subi %size_L, %v1 : i64
        %v1890 = arith.minsi %v1887, %v1889 : i64
        %v1891 = arith.addi %v1886, %v1890 : i64
        %v1892 = arith.muli %v1883, %v83 : i64
        %v1893 = arith.addi %v1892, %v1545 : i64
        %v1894 = llvm.getelementptr %in_x[%v1891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1895 = llvm.load %v1894 : !llvm.ptr -> f32
        %v1896 = arith.addi %v1544, %v450 : i64
        %v1897 = arith.constant true
        %v1898 = llvm.getelementptr %v5[%v1896] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1899 = llvm.load %v1898 : !llvm.ptr<3> -> i64
        %v1900 = arith.addi %v1543, %v1545 : i64
        %v1901 = arith.cmpi slt, %v1900, %v71 : i64
        %v1902 = arith.subi %size_L, %v1 : i64
        %v1903 = arith.minsi %v1900, %v1902 : i64
        %v1904 = arith.addi %v1899, %v1903 : i64
        %v1905 = arith.muli %v1896, %v83 : i64
        %v1906 = arith.addi %v1905, %v1545 : i64
        %v1907 = llvm.getelementptr %in_x[%v1904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1908 = llvm.load %v1907 : !llvm.ptr -> f32
        %v1909 = arith.addi %v1544, %v464 : i64
        %v1910 = arith.constant true
        %v1911 = llvm.getelementptr %v5[%v1909] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1912 = llvm.load %v1911 : !llvm.ptr<3> -> i64
        %v1913 = arith.addi %v1543, %v1545 : i64
        %v1914 = arith.cmpi slt, %v1913, %v71 : i64
        %v1915 = arith.subi %size_L, %v1 : i64
        %v1916 = arith.minsi %v1913, %v1915 : i64
        %v1917 = arith.addi %v1912, %v1916 : i64
        %v1918 = arith.muli %v1909, %v83 : i64
        %v1919 = arith.addi %v1918, %v1545 : i64
        %v1920 = llvm.getelementptr %in_x[%v1917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1921 = llvm.load %v1920 : !llvm.ptr -> f32
        %v1922 = arith.addi %v1544, %v478 : i64
        %v1923 = arith.constant true
        %v1924 = llvm.getelementptr %v5[%v1922] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1925 = llvm.load %v1924 : !llvm.ptr<3> -> i64
        %v1926 = arith.addi %v1543, %v1545 : i64
        %v1927 = arith.cmpi slt, %v1926, %v71 : i64
        %v1928 = arith.subi %size_L, %v1 : i64
        %v1929 = arith.minsi %v1926, %v1928 : i64
        %v1930 = arith.addi %v1925, %v1929 : i64
        %v1931 = arith.muli %v1922, %v83 : i64
        %v1932 = arith.addi %v1931, %v1545 : i64
        %v1933 = llvm.getelementptr %in_x[%v1930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1934 = llvm.load %v1933 : !llvm.ptr -> f32
        %v1935 = arith.addi %v1544, %v492 : i64
        %v1936 = arith.constant true
        %v1937 = llvm.getelementptr %v5[%v1935] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1938 = llvm.load %v1937 : !llvm.ptr<3> -> i64
        %v1939 = arith.addi %v1543, %v1545 : i64
        %v1940 = arith.cmpi slt, %v1939, %v71 : i64
        %v1941 = arith.subi %size_L, %v1 : i64
        %v1942 = arith.minsi %v1939, %v1941 : i64
        %v1943 = arith.addi %v1938, %v1942 : i64
        %v1944 = arith.muli %v1935, %v83 : i64
        %v1945 = arith.addi %v1944, %v1545 : i64
        %v1946 = llvm.getelementptr %in_x[%v1943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1947 = llvm.load %v1946 : !llvm.ptr -> f32
        %v1948 = arith.addi %v1544, %v506 : i64
        %v1949 = arith.constant true
        %v1950 = llvm.getelementptr %v5[%v1948] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1951 = llvm.load %v1950 : !llvm.ptr<3> -> i64
        %v1952 = arith.addi %v1543, %v1545 : i64
        %v1953 = arith.cmpi slt, %v1952, %v71 : i64
        %v1954 = arith.subi %size_L, %v1 : i64
        %v1955 = arith.minsi %v1952, %v1954 : i64
        %v1956 = arith.addi %v1951, %v1955 : i64
        %v1957 = arith.muli %v1948, %v83 : i64
        %v1958 = arith.addi %v1957, %v1545 : i64
        %v1959 = llvm.getelementptr %in_x[%v1956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1960 = llvm.load %v1959 : !llvm.ptr -> f32
        %v1961 = arith.divui %v13, %v72 : i64
        %v1962 = arith.remui %v13, %v72 : i64
        %v1963 = arith.constant true
        %v1964 = arith.addi %v15, %v1961 : i64
        %v1965 = llvm.getelementptr %v5[%v1964] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1966 = llvm.load %v1965 : !llvm.ptr<3> -> i64
        %v1967 = arith.addi %v1543, %v1962 : i64
        %v1968 = arith.cmpi slt, %v1967, %v71 : i64
        %v1969 = arith.subi %size_L, %v1 : i64
        %v1970 = arith.minsi %v1967, %v1969 : i64
        %v1971 = arith.addi %v1966, %v1970 : i64
        %v1972 = arith.muli %v1964, %v83 : i64
        %v1973 = arith.addi %v1972, %v1962 : i64
        %v1974 = llvm.getelementptr %in_rho[%v1971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1975 = llvm.load %v1974 : !llvm.ptr -> f32
        %v1976 = arith.addi %v1961, %v44 : i64
        %v1977 = arith.constant true
        %v1978 = arith.addi %v15, %v1976 : i64
        %v1979 = llvm.getelementptr %v5[%v1978] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1980 = llvm.load %v1979 : !llvm.ptr<3> -> i64
        %v1981 = arith.addi %v1543, %v1962 : i64
        %v1982 = arith.cmpi slt, %v1981, %v71 : i64
        %v1983 = arith.subi %size_L, %v1 : i64
        %v1984 = arith.minsi %v1981, %v1983 : i64
        %v1985 = arith.addi %v1980, %v1984 : i64
        %v1986 = arith.muli %v1978, %v83 : i64
        %v1987 = arith.addi %v1986, %v1962 : i64
        %v1988 = llvm.getelementptr %in_rho[%v1985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1989 = llvm.load %v1988 : !llvm.ptr -> f32
        %v1990 = arith.addi %v1961, %v101 : i64
        %v1991 = arith.constant true
        %v1992 = arith.addi %v15, %v1990 : i64
        %v1993 = llvm.getelementptr %v5[%v1992] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1994 = llvm.load %v1993 : !llvm.ptr<3> -> i64
        %v1995 = arith.addi %v1543, %v1962 : i64
        %v1996 = arith.cmpi slt, %v1995, %v71 : i64
        %v1997 = arith.subi %size_L, %v1 : i64
        %v1998 = arith.minsi %v1995, %v1997 : i64
        %v1999 = arith.addi %v1994, %v1998 : i64
        %v2000 = arith.muli %v1992, %v83 : i64
        %v2001 = arith.addi %v2000, %v1962 : i64
        %v2002 = llvm.getelementptr %in_rho[%v1999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2003 = llvm.load %v2002 : !llvm.ptr -> f32
        %v2004 = arith.addi %v1961, %v115 : i64
        %v2005 = arith.constant true
        %v2006 = arith.addi %v15, %v2004 : i64
        %v2007 = llvm.getelementptr %v5[%v2006] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2008 = llvm.load %v2007 : !llvm.ptr<3> -> i64
        %v2009 = arith.addi %v1543, %v1962 : i64
        %v2010 = arith.cmpi slt, %v2009, %v71 : i64
        %v2011 = arith.subi %size_L, %v1 : i64
        %v2012 = arith.minsi %v2009, %v2011 : i64
        %v2013 = arith.addi %v2008, %v2012 : i64
        %v2014 = arith.muli %v2006, %v83 : i64
        %v2015 = arith.addi %v2014, %v1962 : i64
        %v2016 = llvm.getelementptr %in_rho[%v2013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2017 = llvm.load %v2016 : !llvm.ptr -> f32
        %v2018 = arith.addi %v1961, %v129 : i64
        %v2019 = arith.constant true
        %v2020 = arith.addi %v15, %v2018 : i64
        %v2021 = llvm.getelementptr %v5[%v2020] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2022 = llvm.load %v2021 : !llvm.ptr<3> -> i64
        %v2023 = arith.addi %v1543, %v1962 : i64
        %v2024 = arith.cmpi slt, %v2023, %v71 : i64
        %v2025 = arith.subi %size_L, %v1 : i64
        %v2026 = arith.minsi %v2023, %v2025 : i64
        %v2027 = arith.addi %v2022, %v2026 : i64
        %v2028 = arith.muli %v2020, %v83 : i64
        %v2029 = arith.addi %v2028, %v1962 : i64
        %v2030 = llvm.getelementptr %in_rho[%v2027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2031 = llvm.load %v2030 : !llvm.ptr -> f32
        %v2032 = arith.addi %v1961, %v143 : i64
        %v2033 = arith.constant true
        %v2034 = arith.addi %v15, %v2032 : i64
        %v2035 = llvm.getelementptr %v5[%v2034] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2036 = llvm.load %v2035 : !llvm.ptr<3> -> i64
        %v2037 = arith.addi %v1543, %v1962 : i64
        %v2038 = arith.cmpi slt, %v2037, %v71 : i64
        %v2039 = arith.subi %size_L, %v1 : i64
        %v2040 = arith.minsi %v2037, %v2039 : i64
        %v2041 = arith.addi %v2036, %v2040 : i64
        %v2042 = arith.muli %v2034, %v83 : i64
        %v2043 = arith.addi %v2042, %v1962 : i64
        %v2044 = llvm.getelementptr %in_rho[%v2041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2045 = llvm.load %v2044 : !llvm.ptr -> f32
        %v2046 = arith.addi %v1961, %v157 : i64
        %v2047 = arith.constant true
        %v2048 = arith.addi %v15, %v2046 : i64
        %v2049 = llvm.getelementptr %v5[%v2048] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2050 = llvm.load %v2049 : !llvm.ptr<3> -> i64
        %v2051 = arith.addi %v1543, %v1962 : i64
        %v2052 = arith.cmpi slt, %v2051, %v71 : i64
        %v2053 = arith.subi %size_L, %v1 : i64
        %v2054 = arith.minsi %v2051, %v2053 : i64
        %v2055 = arith.addi %v2050, %v2054 : i64
        %v2056 = arith.muli %v2048, %v83 : i64
        %v2057 = arith.addi %v2056, %v1962 : i64
        %v2058 = llvm.getelementptr %in_rho[%v2055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2059 = llvm.load %v2058 : !llvm.ptr -> f32
        %v2060 = arith.addi %v1961, %v171 : i64
        %v2061 = arith.constant true
        %v2062 = arith.addi %v15, %v2060 : i64
        %v2063 = llvm.getelementptr %v5[%v2062] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2064 = llvm.load %v2063 : !llvm.ptr<3> -> i64
        %v2065 = arith.addi %v1543, %v1962 : i64
        %v2066 = arith.cmpi slt, %v2065, %v71 : i64
        %v2067 = arith.subi %size_L, %v1 : i64
        %v2068 = arith.minsi %v2065, %v2067 : i64
        %v2069 = arith.addi %v2064, %v2068 : i64
        %v2070 = arith.muli %v2062, %v83 : i64
        %v2071 = arith.addi %v2070, %v1962 : i64
        %v2072 = llvm.getelementptr %in_rho[%v2069] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2073 = llvm.load %v2072 : !llvm.ptr -> f32
        %v2074 = arith.addi %v1961, %v185 : i64
        %v2075 = arith.constant true
        %v2076 = arith.addi %v15, %v2074 : i64
        %v2077 = llvm.getelementptr %v5[%v2076] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2078 = llvm.load %v2077 : !llvm.ptr<3> -> i64
        %v2079 = arith.addi %v1543, %v1962 : i64
        %v2080 = arith.cmpi slt, %v2079, %v71 : i64
        %v2081 = arith.subi %size_L, %v1 : i64
        %v2082 = arith.minsi %v2079, %v2081 : i64
        %v2083 = arith.addi %v2078, %v2082 : i64
        %v2084 = arith.muli %v2076, %v83 : i64
        %v2085 = arith.addi %v2084, %v1962 : i64
        %v2086 = llvm.getelementptr %in_rho[%v2083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2087 = llvm.load %v2086 : !llvm.ptr -> f32
        %v2088 = arith.addi %v1961, %v199 : i64
        %v2089 = arith.constant true
        %v2090 = arith.addi %v15, %v2088 : i64
        %v2091 = llvm.getelementptr %v5[%v2090] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2092 = llvm.load %v2091 : !llvm.ptr<3> -> i64
        %v2093 = arith.addi %v1543, %v1962 : i64
        %v2094 = arith.cmpi slt, %v2093, %v71 : i64
        %v2095 = arith.subi %size_L, %v1 : i64
        %v2096 = arith.minsi %v2093, %v2095 : i64
        %v2097 = arith.addi %v2092, %v2096 : i64
        %v2098 = arith.muli %v2090, %v83 : i64
        %v2099 = arith.addi %v2098, %v1962 : i64
        %v2100 = llvm.getelementptr %in_rho[%v2097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2101 = llvm.load %v2100 : !llvm.ptr -> f32
        %v2102 = arith.addi %v1961, %v213 : i64
        %v2103 = arith.constant true
        %v2104 = arith.addi %v15, %v2102 : i64
        %v2105 = llvm.getelementptr %v5[%v2104] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2106 = llvm.load %v2105 : !llvm.ptr<3> -> i64
        %v2107 = arith.addi %v1543, %v1962 : i64
        %v2108 = arith.cmpi slt, %v2107, %v71 : i64
        %v2109 = arith.subi %size_L, %v1 : i64
        %v2110 = arith.minsi %v2107, %v2109 : i64
        %v2111 = arith.addi %v2106, %v2110 : i64
        %v2112 = arith.muli %v2104, %v83 : i64
        %v2113 = arith.addi %v2112, %v1962 : i64
        %v2114 = llvm.getelementptr %in_rho[%v2111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2115 = llvm.load %v2114 : !llvm.ptr -> f32
        %v2116 = arith.addi %v1961, %v227 : i64
        %v2117 = arith.constant true
        %v2118 = arith.addi %v15, %v2116 : i64
        %v2119 = llvm.getelementptr %v5[%v2118] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2120 = llvm.load %v2119 : !llvm.ptr<3> -> i64
        %v2121 = arith.addi %v1543, %v1962 : i64
        %v2122 = arith.cmpi slt, %v2121, %v71 : i64
        %v2123 = arith.subi %size_L, %v1 : i64
        %v2124 = arith.minsi %v2121, %v2123 : i64
        %v2125 = arith.addi %v2120, %v2124 : i64
        %v2126 = arith.muli %v2118, %v83 : i64
        %v2127 = arith.addi %v2126, %v1962 : i64
        %v2128 = llvm.getelementptr %in_rho[%v2125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2129 = llvm.load %v2128 : !llvm.ptr -> f32
        %v2130 = arith.addi %v1961, %v241 : i64
        %v2131 = arith.constant true
        %v2132 = arith.addi %v15, %v2130 : i64
        %v2133 = llvm.getelementptr %v5[%v2132] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2134 = llvm.load %v2133 : !llvm.ptr<3> -> i64
        %v2135 = arith.addi %v1543, %v1962 : i64
        %v2136 = arith.cmpi slt, %v2135, %v71 : i64
        %v2137 = arith.subi %size_L, %v1 : i64
        %v2138 = arith.minsi %v2135, %v2137 : i64
        %v2139 = arith.addi %v2134, %v2138 : i64
        %v2140 = arith.muli %v2132, %v83 : i64
        %v2141 = arith.addi %v2140, %v1962 : i64
        %v2142 = llvm.getelementptr %in_rho[%v2139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2143 = llvm.load %v2142 : !llvm.ptr -> f32
        %v2144 = arith.addi %v1961, %v255 : i64
        %v2145 = arith.constant true
        %v2146 = arith.addi %v15, %v2144 : i64
        %v2147 = llvm.getelementptr %v5[%v2146] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2148 = llvm.load %v2147 : !llvm.ptr<3> -> i64
        %v2149 = arith.addi %v1543, %v1962 : i64
        %v2150 = arith.cmpi slt, %v2149, %v71 : i64
        %v2151 = arith.subi %size_L, %v1 : i64
        %v2152 = arith.minsi %v2149, %v2151 : i64
        %v2153 = arith.addi %v2148, %v2152 : i64
        %v2154 = arith.muli %v2146, %v83 : i64
        %v2155 = arith.addi %v2154, %v1962 : i64
        %v2156 = llvm.getelementptr %in_rho[%v2153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2157 = llvm.load %v2156 : !llvm.ptr -> f32
        %v2158 = arith.addi %v1961, %v269 : i64
        %v2159 = arith.constant true
        %v2160 = arith.addi %v15, %v2158 : i64
        %v2161 = llvm.getelementptr %v5[%v2160] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2162 = llvm.load %v2161 : !llvm.ptr<3> -> i64
        %v2163 = arith.addi %v1543, %v1962 : i64
        %v2164 = arith.cmpi slt, %v2163, %v71 : i64
        %v2165 = arith.subi %size_L, %v1 : i64
        %v2166 = arith.minsi %v2163, %v2165 : i64
        %v2167 = arith.addi %v2162, %v2166 : i64
        %v2168 = arith.muli %v2160, %v83 : i64
        %v2169 = arith.addi %v2168, %v1962 : i64
        %v2170 = llvm.getelementptr %in_rho[%v2167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2171 = llvm.load %v2170 : !llvm.ptr -> f32
        %v2172 = arith.addi %v1961, %v283 : i64
        %v2173 = arith.constant true
        %v2174 = arith.addi %v15, %v2172 : i64
        %v2175 = llvm.getelementptr %v5[%v2174] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2176 = llvm.load %v2175 : !llvm.ptr<3> -> i64
        %v2177 = arith.addi %v1543, %v1962 : i64
        %v2178 = arith.cmpi slt, %v2177, %v71 : i64
        %v2179 = arith.subi %size_L, %v1 : i64
        %v2180 = arith.minsi %v2177, %v2179 : i64
        %v2181 = arith.addi %v2176, %v2180 : i64
        %v2182 = arith.muli %v2174, %v83 : i64
        %v2183 = arith.addi %v2182, %v1962 : i64
        %v2184 = llvm.getelementptr %in_rho[%v2181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2185 = llvm.load %v2184 : !llvm.ptr -> f32
        %v2186 = arith.addi %v1961, %v72 : i64
        %v2187 = arith.constant true
        %v2188 = arith.addi %v15, %v2186 : i64
        %v2189 = llvm.getelementptr %v5[%v2188] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2190 = llvm.load %v2189 : !llvm.ptr<3> -> i64
        %v2191 = arith.addi %v1543, %v1962 : i64
        %v2192 = arith.cmpi slt, %v2191, %v71 : i64
        %v2193 = arith.subi %size_L, %v1 : i64
        %v2194 = arith.minsi %v2191, %v2193 : i64
        %v2195 = arith.addi %v2190, %v2194 : i64
        %v2196 = arith.muli %v2188, %v83 : i64
        %v2197 = arith.addi %v2196, %v1962 : i64
        %v2198 = llvm.getelementptr %in_rho[%v2195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2199 = llvm.load %v2198 : !llvm.ptr -> f32
        %v2200 = arith.addi %v1961, %v310 : i64
        %v2201 = arith.constant true
        %v2202 = arith.addi %v15, %v2200 : i64
        %v2203 = llvm.getelementptr %v5[%v2202] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2204 = llvm.load %v2203 : !llvm.ptr<3> -> i64
        %v2205 = arith.addi %v1543, %v1962 : i64
        %v2206 = arith.cmpi slt, %v2205, %v71 : i64
        %v2207 = arith.subi %size_L, %v1 : i64
        %v2208 = arith.minsi %v2205, %v2207 : i64
        %v2209 = arith.addi %v2204, %v2208 : i64
        %v2210 = arith.muli %v2202, %v83 : i64
        %v2211 = arith.addi %v2210, %v1962 : i64
        %v2212 = llvm.getelementptr %in_rho[%v2209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2213 = llvm.load %v2212 : !llvm.ptr -> f32
        %v2214 = arith.addi %v1961, %v324 : i64
        %v2215 = arith.constant true
        %v2216 = arith.addi %v15, %v2214 : i64
        %v2217 = llvm.getelementptr %v5[%v2216] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2218 = llvm.load %v2217 : !llvm.ptr<3> -> i64
        %v2219 = arith.addi %v1543, %v1962 : i64
        %v2220 = arith.cmpi slt, %v2219, %v71 : i64
        %v2221 = arith.subi %size_L, %v1 : i64
        %v2222 = arith.minsi %v2219, %v2221 : i64
        %v2223 = arith.addi %v2218, %v2222 : i64
        %v2224 = arith.muli %v2216, %v83 : i64
        %v2225 = arith.addi %v2224, %v1962 : i64
        %v2226 = llvm.getelementptr %in_rho[%v2223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2227 = llvm.load %v2226 : !llvm.ptr -> f32
        %v2228 = arith.addi %v1961, %v338 : i64
        %v2229 = arith.constant true
        %v2230 = arith.addi %v15, %v2228 : i64
        %v2231 = llvm.getelementptr %v5[%v2230] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2232 = llvm.load %v2231 : !llvm.ptr<3> -> i64
        %v2233 = arith.addi %v1543, %v1962 : i64
        %v2234 = arith.cmpi slt, %v2233, %v71 : i64
        %v2235 = arith.subi %size_L, %v1 : i64
        %v2236 = arith.minsi %v2233, %v2235 : i64
        %v2237 = arith.addi %v2232, %v2236 : i64
        %v2238 = arith.muli %v2230, %v83 : i64
        %v2239 = arith.addi %v2238, %v1962 : i64
        %v2240 = llvm.getelementptr %in_rho[%v2237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2241 = llvm.load %v2240 : !llvm.ptr -> f32
        %v2242 = arith.addi %v1961, %v352 : i64
        %v2243 = arith.constant true
        %v2244 = arith.addi %v15, %v2242 : i64
        %v2245 = llvm.getelementptr %v5[%v2244] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2246 = llvm.load %v2245 : !llvm.ptr<3> -> i64
        %v2247 = arith.addi %v1543, %v1962 : i64
        %v2248 = arith.cmpi slt, %v2247, %v71 : i64
        %v2249 = arith.subi %size_L, %v1 : i64
        %v2250 = arith.minsi %v2247, %v2249 : i64
        %v2251 = arith.addi %v2246, %v2250 : i64
        %v2252 = arith.muli %v2244, %v83 : i64
        %v2253 = arith.addi %v2252, %v1962 : i64
        %v2254 = llvm.getelementptr %in_rho[%v2251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2255 = llvm.load %v2254 : !llvm.ptr -> f32
        %v2256 = arith.addi %v1961, %v366 : i64
        %v2257 = arith.constant true
        %v2258 = arith.addi %v15, %v2256 : i64
        %v2259 = llvm.getelementptr %v5[%v2258] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2260 = llvm.load %v2259 : !llvm.ptr<3> -> i64
        %v2261 = arith.addi %v1543, %v1962 : i64
        %v2262 = arith.cmpi slt, %v2261, %v71 : i64
        %v2263 = arith.subi %size_L, %v1 : i64
        %v2264 = arith.minsi %v2261, %v2263 : i64
        %v2265 = arith.addi %v2260, %v2264 : i64
        %v2266 = arith.muli %v2258, %v83 : i64
        %v2267 = arith.addi %v2266, %v1962 : i64
        %v2268 = llvm.getelementptr %in_rho[%v2265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2269 = llvm.load %v2268 : !llvm.ptr -> f32
        %v2270 = arith.addi %v1961, %v380 : i64
        %v2271 = arith.constant true
        %v2272 = arith.addi %v15, %v2270 : i64
        %v2273 = llvm.getelementptr %v5[%v2272] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2274 = llvm.load %v2273 : !llvm.ptr<3> -> i64
        %v2275 = arith.addi %v1543, %v1962 : i64
        %v2276 = arith.cmpi slt, %v2275, %v71 : i64
        %v2277 = arith.subi %size_L, %v1 : i64
        %v2278 = arith.minsi %v2275, %v2277 : i64
        %v2279 = arith.addi %v2274, %v2278 : i64
        %v2280 = arith.muli %v2272, %v83 : i64
        %v2281 = arith.addi %v2280, %v1962 : i64
        %v2282 = llvm.getelementptr %in_rho[%v2279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2283 = llvm.load %v2282 : !llvm.ptr -> f32
        %v2284 = arith.addi %v1961, %v394 : i64
        %v2285 = arith.constant true
        %v2286 = arith.addi %v15, %v2284 : i64
        %v2287 = llvm.getelementptr %v5[%v2286] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2288 = llvm.load %v2287 : !llvm.ptr<3> -> i64
        %v2289 = arith.addi %v1543, %v1962 : i64
        %v2290 = arith.cmpi slt, %v2289, %v71 : i64
        %v2291 = arith.subi %size_L, %v1 : i64
        %v2292 = arith.minsi %v2289, %v2291 : i64
        %v2293 = arith.addi %v2288, %v2292 : i64
        %v2294 = arith.muli %v2286, %v83 : i64
        %v2295 = arith.addi %v2294, %v1962 : i64
        %v2296 = llvm.getelementptr %in_rho[%v2293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2297 = llvm.load %v2296 : !llvm.ptr -> f32
        %v2298 = arith.addi %v1961, %v408 : i64
        %v2299 = arith.constant true
        %v2300 = arith.addi %v15, %v2298 : i64
        %v2301 = llvm.getelementptr %v5[%v2300] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2302 = llvm.load %v2301 : !llvm.ptr<3> -> i64
        %v2303 = arith.addi %v1543, %v1962 : i64
        %v2304 = arith.cmpi slt, %v2303, %v71 : i64
        %v2305 = arith.subi %size_L, %v1 : i64
        %v2306 = arith.minsi %v2303, %v2305 : i64
        %v2307 = arith.addi %v2302, %v2306 : i64
        %v2308 = arith.muli %v2300, %v83 : i64
        %v2309 = arith.addi %v2308, %v1962 : i64
        %v2310 = llvm.getelementptr %in_rho[%v2307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2311 = llvm.load %v2310 : !llvm.ptr -> f32
        %v2312 = arith.addi %v1961, %v422 : i64
        %v2313 = arith.constant true
        %v2314 = arith.addi %v15, %v2312 : i64
        %v2315 = llvm.getelementptr %v5[%v2314] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2316 = llvm.load %v2315 : !llvm.ptr<3> -> i64
        %v2317 = arith.addi %v1543, %v1962 : i64
        %v2318 = arith.cmpi slt, %v2317, %v71 : i64
        %v2319 = arith.subi %size_L, %v1 : i64
        %v2320 = arith.minsi %v2317, %v2319 : i64
        %v2321 = arith.addi %v2316, %v2320 : i64
        %v2322 = arith.muli %v2314, %v83 : i64
        %v2323 = arith.addi %v2322, %v1962 : i64
        %v2324 = llvm.getelementptr %in_rho[%v2321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2325 = llvm.load %v2324 : !llvm.ptr -> f32
        %v2326 = arith.addi %v1961, %v436 : i64
        %v2327 = arith.constant true
        %v2328 = arith.addi %v15, %v2326 : i64
        %v2329 = llvm.getelementptr %v5[%v2328] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2330 = llvm.load %v2329 : !llvm.ptr<3> -> i64
        %v2331 = arith.addi %v1543, %v1962 : i64
        %v2332 = arith.cmpi slt, %v2331, %v71 : i64
        %v2333 = arith.subi %size_L, %v1 : i64
        %v2334 = arith.minsi %v2331, %v2333 : i64
        %v2335 = arith.addi %v2330, %v2334 : i64
        %v2336 = arith.muli %v2328, %v83 : i64
        %v2337 = arith.addi %v2336, %v1962 : i64
        %v2338 = llvm.getelementptr %in_rho[%v2335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2339 = llvm.load %v2338 : !llvm.ptr -> f32
        %v2340 = arith.addi %v1961, %v450 : i64
        %v2341 = arith.constant true
        %v2342 = arith.addi %v15, %v2340 : i64
        %v2343 = llvm.getelementptr %v5[%v2342] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2344 = llvm.load %v2343 : !llvm.ptr<3> -> i64
        %v2345 = arith.addi %v1543, %v1962 : i64
        %v2346 = arith.cmpi slt, %v2345, %v71 : i64
        %v2347 = arith.subi %size_L, %v1 : i64
        %v2348 = arith.minsi %v2345, %v2347 : i64
        %v2349 = arith.addi %v2344, %v2348 : i64
        %v2350 = arith.muli %v2342, %v83 : i64
        %v2351 = arith.addi %v2350, %v1962 : i64
        %v2352 = llvm.getelementptr %in_rho[%v2349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2353 = llvm.load %v2352 : !llvm.ptr -> f32
        %v2354 = arith.addi %v1961, %v464 : i64
        %v2355 = arith.constant true
        %v2356 = arith.addi %v15, %v2354 : i64
        %v2357 = llvm.getelementptr %v5[%v2356] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2358 = llvm.load %v2357 : !llvm.ptr<3> -> i64
        %v2359 = arith.addi %v1543, %v1962 : i64
        %v2360 = arith.cmpi slt, %v2359, %v71 : i64
        %v2361 = arith.subi %size_L, %v1 : i64
        %v2362 = arith.minsi %v2359, %v2361 : i64
        %v2363 = arith.addi %v2358, %v2362 : i64
        %v2364 = arith.muli %v2356, %v83 : i64
        %v2365 = arith.addi %v2364, %v1962 : i64
        %v2366 = llvm.getelementptr %in_rho[%v2363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2367 = llvm.load %v2366 : !llvm.ptr -> f32
        %v2368 = arith.addi %v1961, %v478 : i64
        %v2369 = arith.constant true
        %v2370 = arith.addi %v15, %v2368 : i64
        %v2371 = llvm.getelementptr %v5[%v2370] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2372 = llvm.load %v2371 : !llvm.ptr<3> -> i64
        %v2373 = arith.addi %v1543, %v1962 : i64
        %v2374 = arith.cmpi slt, %v2373, %v71 : i64
        %v2375 = arith.subi %size_L, %v1 : i64
        %v2376 = arith.minsi %v2373, %v2375 : i64
        %v2377 = arith.addi %v2372, %v2376 : i64
        %v2378 = arith.muli %v2370, %v83 : i64
        %v2379 = arith.addi %v2378, %v1962 : i64
        %v2380 = llvm.getelementptr %in_rho[%v2377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2381 = llvm.load %v2380 : !llvm.ptr -> f32
        %v2382 = arith.addi %v1961, %v492 : i64
        %v2383 = arith.constant true
        %v2384 = arith.addi %v15, %v2382 : i64
        %v2385 = llvm.getelementptr %v5[%v2384] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2386 = llvm.load %v2385 : !llvm.ptr<3> -> i64
        %v2387 = arith.addi %v1543, %v1962 : i64
        %v2388 = arith.cmpi slt, %v2387, %v71 : i64
        %v2389 = arith.subi %size_L, %v1 : i64
        %v2390 = arith.minsi %v2387, %v2389 : i64
        %v2391 = arith.addi %v2386, %v2390 : i64
        %v2392 = arith.muli %v2384, %v83 : i64
        %v2393 = arith.addi %v2392, %v1962 : i64
        %v2394 = llvm.getelementptr %in_rho[%v2391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2395 = llvm.load %v2394 : !llvm.ptr -> f32
        %v2396 = arith.addi %v1961, %v506 : i64
        %v2397 = arith.constant true
        %v2398 = arith.addi %v15, %v2396 : i64
        %v2399 = llvm.getelementptr %v5[%v2398] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2400 = llvm.load %v2399 : !llvm.ptr<3> -> i64
        %v2401 = arith.addi %v1543, %v1962 : i64
        %v2402 = arith.cmpi slt, %v2401, %v71 : i64
        %v2403 = arith.subi %size_L, %v1 : i64
        %v2404 = arith.minsi %v2401, %v2403 : i64
        %v2405 = arith.addi %v2400, %v2404 : i64
        %v2406 = arith.muli %v2398, %v83 : i64
        %v2407 = arith.addi %v2406, %v1962 : i64
        %v2408 = llvm.getelementptr %in_rho[%v2405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2409 = llvm.load %v2408 : !llvm.ptr -> f32
        %v2410 = arith.divui %v13, %v72 : i64
        %v2411 = arith.remui %v13, %v72 : i64
        %v2412 = arith.constant true
        %v2413 = arith.addi %v45, %v2410 : i64
        %v2414 = llvm.getelementptr %v5[%v2413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2415 = llvm.load %v2414 : !llvm.ptr<3> -> i64
        %v2416 = arith.addi %v1543, %v2411 : i64
        %v2417 = arith.cmpi slt, %v2416, %v71 : i64
        %v2418 = arith.subi %size_L, %v1 : i64
        %v2419 = arith.minsi %v2416, %v2418 : i64
        %v2420 = arith.addi %v2415, %v2419 : i64
        %v2421 = arith.muli %v2413, %v83 : i64
        %v2422 = arith.addi %v2421, %v2411 : i64
        %v2423 = llvm.getelementptr %in_theta[%v2420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2424 = llvm.load %v2423 : !llvm.ptr -> f32
        %v2425 = arith.addi %v2410, %v44 : i64
        %v2426 = arith.constant true
        %v2427 = arith.addi %v45, %v2425 : i64
        %v2428 = llvm.getelementptr %v5[%v2427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2429 = llvm.load %v2428 : !llvm.ptr<3> -> i64
        %v2430 = arith.addi %v1543, %v2411 : i64
        %v2431 = arith.cmpi slt, %v2430, %v71 : i64
        %v2432 = arith.subi %size_L, %v1 : i64
        %v2433 = arith.minsi %v2430, %v2432 : i64
        %v2434 = arith.addi %v2429, %v2433 : i64
        %v2435 = arith.muli %v2427, %v83 : i64
        %v2436 = arith.addi %v2435, %v2411 : i64
        %v2437 = llvm.getelementptr %in_theta[%v2434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2438 = llvm.load %v2437 : !llvm.ptr -> f32
        %v2439 = arith.addi %v2410, %v101 : i64
        %v2440 = arith.constant true
        %v2441 = arith.addi %v45, %v2439 : i64
        %v2442 = llvm.getelementptr %v5[%v2441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2443 = llvm.load %v2442 : !llvm.ptr<3> -> i64
        %v2444 = arith.addi %v1543, %v2411 : i64
        %v2445 = arith.cmpi slt, %v2444, %v71 : i64
        %v2446 = arith.subi %size_L, %v1 : i64
        %v2447 = arith.minsi %v2444, %v2446 : i64
        %v2448 = arith.addi %v2443, %v2447 : i64
        %v2449 = arith.muli %v2441, %v83 : i64
        %v2450 = arith.addi %v2449, %v2411 : i64
        %v2451 = llvm.getelementptr %in_theta[%v2448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2452 = llvm.load %v2451 : !llvm.ptr -> f32
        %v2453 = arith.addi %v2410, %v115 : i64
        %v2454 = arith.constant true
        %v2455 = arith.addi %v45, %v2453 : i64
        %v2456 = llvm.getelementptr %v5[%v2455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2457 = llvm.load %v2456 : !llvm.ptr<3> -> i64
        %v2458 = arith.addi %v1543, %v2411 : i64
        %v2459 = arith.cmpi slt, %v2458, %v71 : i64
        %v2460 = arith.subi %size_L, %v1 : i64
        %v2461 = arith.minsi %v2458, %v2460 : i64
        %v2462 = arith.addi %v2457, %v2461 : i64
        %v2463 = arith.muli %v2455, %v83 : i64
        %v2464 = arith.addi %v2463, %v2411 : i64
        %v2465 = llvm.getelementptr %in_theta[%v2462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2466 = llvm.load %v2465 : !llvm.ptr -> f32
        %v2467 = arith.addi %v2410, %v129 : i64
        %v2468 = arith.constant true
        %v2469 = arith.addi %v45, %v2467 : i64
        %v2470 = llvm.getelementptr %v5[%v2469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2471 = llvm.load %v2470 : !llvm.ptr<3> -> i64
        %v2472 = arith.addi %v1543, %v2411 : i64
        %v2473 = arith.cmpi slt, %v2472, %v71 : i64
        %v2474 = arith.subi %size_L, %v1 : i64
        %v2475 = arith.minsi %v2472, %v2474 : i64
        %v2476 = arith.addi %v2471, %v2475 : i64
        %v2477 = arith.muli %v2469, %v83 : i64
        %v2478 = arith.addi %v2477, %v2411 : i64
        %v2479 = llvm.getelementptr %in_theta[%v2476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2480 = llvm.load %v2479 : !llvm.ptr -> f32
        %v2481 = arith.addi %v2410, %v143 : i64
        %v2482 = arith.constant true
        %v2483 = arith.addi %v45, %v2481 : i64
        %v2484 = llvm.getelementptr %v5[%v2483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2485 = llvm.load %v2484 : !llvm.ptr<3> -> i64
        %v2486 = arith.addi %v1543, %v2411 : i64
        %v2487 = arith.cmpi slt, %v2486, %v71 : i64
        %v2488 = arith.subi %size_L, %v1 : i64
        %v2489 = arith.minsi %v2486, %v2488 : i64
        %v2490 = arith.addi %v2485, %v2489 : i64
        %v2491 = arith.muli %v2483, %v83 : i64
        %v2492 = arith.addi %v2491, %v2411 : i64
        %v2493 = llvm.getelementptr %in_theta[%v2490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2494 = llvm.load %v2493 : !llvm.ptr -> f32
        %v2495 = arith.addi %v2410, %v157 : i64
        %v2496 = arith.constant true
        %v2497 = arith.addi %v45, %v2495 : i64
        %v2498 = llvm.getelementptr %v5[%v2497] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2499 = llvm.load %v2498 : !llvm.ptr<3> -> i64
        %v2500 = arith.addi %v1543, %v2411 : i64
        %v2501 = arith.cmpi slt, %v2500, %v71 : i64
        %v2502 = arith.subi %size_L, %v1 : i64
        %v2503 = arith.minsi %v2500, %v2502 : i64
        %v2504 = arith.addi %v2499, %v2503 : i64
        %v2505 = arith.muli %v2497, %v83 : i64
        %v2506 = arith.addi %v2505, %v2411 : i64
        %v2507 = llvm.getelementptr %in_theta[%v2504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2508 = llvm.load %v2507 : !llvm.ptr -> f32
        %v2509 = arith.addi %v2410, %v171 : i64
        %v2510 = arith.constant true
        %v2511 = arith.addi %v45, %v2509 : i64
        %v2512 = llvm.getelementptr %v5[%v2511] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2513 = llvm.load %v2512 : !llvm.ptr<3> -> i64
        %v2514 = arith.addi %v1543, %v2411 : i64
        %v2515 = arith.cmpi slt, %v2514, %v71 : i64
        %v2516 = arith.subi %size_L, %v1 : i64
        %v2517 = arith.minsi %v2514, %v2516 : i64
        %v2518 = arith.addi %v2513, %v2517 : i64
        %v2519 = arith.muli %v2511, %v83 : i64
        %v2520 = arith.addi %v2519, %v2411 : i64
        %v2521 = llvm.getelementptr %in_theta[%v2518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2522 = llvm.load %v2521 : !llvm.ptr -> f32
        %v2523 = arith.addi %v2410, %v185 : i64
        %v2524 = arith.constant true
        %v2525 = arith.addi %v45, %v2523 : i64
        %v2526 = llvm.getelementptr %v5[%v2525] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2527 = llvm.load %v2526 : !llvm.ptr<3> -> i64
        %v2528 = arith.addi %v1543, %v2411 : i64
        %v2529 = arith.cmpi slt, %v2528, %v71 : i64
        %v2530 = arith.subi %size_L, %v1 : i64
        %v2531 = arith.minsi %v2528, %v2530 : i64
        %v2532 = arith.addi %v2527, %v2531 : i64
        %v2533 = arith.muli %v2525, %v83 : i64
        %v2534 = arith.addi %v2533, %v2411 : i64
        %v2535 = llvm.getelementptr %in_theta[%v2532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2536 = llvm.load %v2535 : !llvm.ptr -> f32
        %v2537 = arith.addi %v2410, %v199 : i64
        %v2538 = arith.constant true
        %v2539 = arith.addi %v45, %v2537 : i64
        %v2540 = llvm.getelementptr %v5[%v2539] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2541 = llvm.load %v2540 : !llvm.ptr<3> -> i64
        %v2542 = arith.addi %v1543, %v2411 : i64
        %v2543 = arith.cmpi slt, %v2542, %v71 : i64
        %v2544 = arith.subi %size_L, %v1 : i64
        %v2545 = arith.minsi %v2542, %v2544 : i64
        %v2546 = arith.addi %v2541, %v2545 : i64
        %v2547 = arith.muli %v2539, %v83 : i64
        %v2548 = arith.addi %v2547, %v2411 : i64
        %v2549 = llvm.getelementptr %in_theta[%v2546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2550 = llvm.load %v2549 : !llvm.ptr -> f32
        %v2551 = arith.addi %v2410, %v213 : i64
        %v2552 = arith.constant true
        %v2553 = arith.addi %v45, %v2551 : i64
        %v2554 = llvm.getelementptr %v5[%v2553] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2555 = llvm.load %v2554 : !llvm.ptr<3> -> i64
        %v2556 = arith.addi %v1543, %v2411 : i64
        %v2557 = arith.cmpi slt, %v2556, %v71 : i64
        %v2558 = arith.subi %size_L, %v1 : i64
        %v2559 = arith.minsi %v2556, %v2558 : i64
        %v2560 = arith.addi %v2555, %v2559 : i64
        %v2561 = arith.muli %v2553, %v83 : i64
        %v2562 = arith.addi %v2561, %v2411 : i64
        %v2563 = llvm.getelementptr %in_theta[%v2560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2564 = llvm.load %v2563 : !llvm.ptr -> f32
        %v2565 = arith.addi %v2410, %v227 : i64
        %v2566 = arith.constant true
        %v2567 = arith.addi %v45, %v2565 : i64
        %v2568 = llvm.getelementptr %v5[%v2567] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2569 = llvm.load %v2568 : !llvm.ptr<3> -> i64
        %v2570 = arith.addi %v1543, %v2411 : i64
        %v2571 = arith.cmpi slt, %v2570, %v71 : i64
        %v2572 = arith.subi %size_L, %v1 : i64
        %v2573 = arith.minsi %v2570, %v2572 : i64
        %v2574 = arith.addi %v2569, %v2573 : i64
        %v2575 = arith.muli %v2567, %v83 : i64
        %v2576 = arith.addi %v2575, %v2411 : i64
        %v2577 = llvm.getelementptr %in_theta[%v2574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2578 = llvm.load %v2577 : !llvm.ptr -> f32
        %v2579 = arith.addi %v2410, %v241 : i64
        %v2580 = arith.constant true
        %v2581 = arith.addi %v45, %v2579 : i64
        %v2582 = llvm.getelementptr %v5[%v2581] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2583 = llvm.load %v2582 : !llvm.ptr<3> -> i64
        %v2584 = arith.addi %v1543, %v2411 : i64
        %v2585 = arith.cmpi slt, %v2584, %v71 : i64
        %v2586 = arith.subi %size_L, %v1 : i64
        %v2587 = arith.minsi %v2584, %v2586 : i64
        %v2588 = arith.addi %v2583, %v2587 : i64
        %v2589 = arith.muli %v2581, %v83 : i64
        %v2590 = arith.addi %v2589, %v2411 : i64
        %v2591 = llvm.getelementptr %in_theta[%v2588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2592 = llvm.load %v2591 : !llvm.ptr -> f32
        %v2593 = arith.addi %v2410, %v255 : i64
        %v2594 = arith.constant true
        %v2595 = arith.addi %v45, %v2593 : i64
        %v2596 = llvm.getelementptr %v5[%v2595] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2597 = llvm.load %v2596 : !llvm.ptr<3> -> i64
        %v2598 = arith.addi %v1543, %v2411 : i64
        %v2599 = arith.cmpi slt, %v2598, %v71 : i64
        %v2600 = arith.subi %size_L, %v1 : i64
        %v2601 = arith.minsi %v2598, %v2600 : i64
        %v2602 = arith.addi %v2597, %v2601 : i64
        %v2603 = arith.muli %v2595, %v83 : i64
        %v2604 = arith.addi %v2603, %v2411 : i64
        %v2605 = llvm.getelementptr %in_theta[%v2602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2606 = llvm.load %v2605 : !llvm.ptr -> f32
        %v2607 = arith.addi %v2410, %v269 : i64
        %v2608 = arith.constant true
        %v2609 = arith.addi %v45, %v2607 : i64
        %v2610 = llvm.getelementptr %v5[%v2609] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2611 = llvm.load %v2610 : !llvm.ptr<3> -> i64
        %v2612 = arith.addi %v1543, %v2411 : i64
        %v2613 = arith.cmpi slt, %v2612, %v71 : i64
        %v2614 = arith.subi %size_L, %v1 : i64
        %v2615 = arith.minsi %v2612, %v2614 : i64
        %v2616 = arith.addi %v2611, %v2615 : i64
        %v2617 = arith.muli %v2609, %v83 : i64
        %v2618 = arith.addi %v2617, %v2411 : i64
        %v2619 = llvm.getelementptr %in_theta[%v2616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2620 = llvm.load %v2619 : !llvm.ptr -> f32
        %v2621 = arith.addi %v2410, %v283 : i64
        %v2622 = arith.constant true
        %v2623 = arith.addi %v45, %v2621 : i64
        %v2624 = llvm.getelementptr %v5[%v2623] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2625 = llvm.load %v2624 : !llvm.ptr<3> -> i64
        %v2626 = arith.addi %v1543, %v2411 : i64
        %v2627 = arith.cmpi slt, %v2626, %v71 : i64
        %v2628 = arith.subi %size_L, %v1 : i64
        %v2629 = arith.minsi %v2626, %v2628 : i64
        %v2630 = arith.addi %v2625, %v2629 : i64
        %v2631 = arith.muli %v2623, %v83 : i64
        %v2632 = arith.addi %v2631, %v2411 : i64
        %v2633 = llvm.getelementptr %in_theta[%v2630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2634 = llvm.load %v2633 : !llvm.ptr -> f32
        %v2635 = arith.addi %v2410, %v72 : i64
        %v2636 = arith.constant true
        %v2637 = arith.addi %v45, %v2635 : i64
        %v2638 = llvm.getelementptr %v5[%v2637] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2639 = llvm.load %v2638 : !llvm.ptr<3> -> i64
        %v2640 = arith.addi %v1543, %v2411 : i64
        %v2641 = arith.cmpi slt, %v2640, %v71 : i64
        %v2642 = arith.subi %size_L, %v1 : i64
        %v2643 = arith.minsi %v2640, %v2642 : i64
        %v2644 = arith.addi %v2639, %v2643 : i64
        %v2645 = arith.muli %v2637, %v83 : i64
        %v2646 = arith.addi %v2645, %v2411 : i64
        %v2647 = llvm.getelementptr %in_theta[%v2644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2648 = llvm.load %v2647 : !llvm.ptr -> f32
        %v2649 = arith.addi %v2410, %v310 : i64
        %v2650 = arith.constant true
        %v2651 = arith.addi %v45, %v2649 : i64
        %v2652 = llvm.getelementptr %v5[%v2651] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2653 = llvm.load %v2652 : !llvm.ptr<3> -> i64
        %v2654 = arith.addi %v1543, %v2411 : i64
        %v2655 = arith.cmpi slt, %v2654, %v71 : i64
        %v2656 = arith.subi %size_L, %v1 : i64
        %v2657 = arith.minsi %v2654, %v2656 : i64
        %v2658 = arith.addi %v2653, %v2657 : i64
        %v2659 = arith.muli %v2651, %v83 : i64
        %v2660 = arith.addi %v2659, %v2411 : i64
        %v2661 = llvm.getelementptr %in_theta[%v2658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2662 = llvm.load %v2661 : !llvm.ptr -> f32
        %v2663 = arith.addi %v2410, %v324 : i64
        %v2664 = arith.constant true
        %v2665 = arith.addi %v45, %v2663 : i64
        %v2666 = llvm.getelementptr %v5[%v2665] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2667 = llvm.load %v2666 : !llvm.ptr<3> -> i64
        %v2668 = arith.addi %v1543, %v2411 : i64
        %v2669 = arith.cmpi slt, %v2668, %v71 : i64
        %v2670 = arith.subi %size_L, %v1 : i64
        %v2671 = arith.minsi %v2668, %v2670 : i64
        %v2672 = arith.addi %v2667, %v2671 : i64
        %v2673 = arith.muli %v2665, %v83 : i64
        %v2674 = arith.addi %v2673, %v2411 : i64
        %v2675 = llvm.getelementptr %in_theta[%v2672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2676 = llvm.load %v2675 : !llvm.ptr -> f32
        %v2677 = arith.addi %v2410, %v338 : i64
        %v2678 = arith.constant true
        %v2679 = arith.addi %v45, %v2677 : i64
        %v2680 = llvm.getelementptr %v5[%v2679] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2681 = llvm.load %v2680 : !llvm.ptr<3> -> i64
        %v2682 = arith.addi %v1543, %v2411 : i64
        %v2683 = arith.cmpi slt, %v2682, %v71 : i64
        %v2684 = arith.subi %size_L, %v1 : i64
        %v2685 = arith.minsi %v2682, %v2684 : i64
        %v2686 = arith.addi %v2681, %v2685 : i64
        %v2687 = arith.muli %v2679, %v83 : i64
        %v2688 = arith.addi %v2687, %v2411 : i64
        %v2689 = llvm.getelementptr %in_theta[%v2686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2690 = llvm.load %v2689 : !llvm.ptr -> f32
        %v2691 = arith.addi %v2410, %v352 : i64
        %v2692 = arith.constant true
        %v2693 = arith.addi %v45, %v2691 : i64
        %v2694 = llvm.getelementptr %v5[%v2693] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2695 = llvm.load %v2694 : !llvm.ptr<3> -> i64
        %v2696 = arith.addi %v1543, %v2411 : i64
        %v2697 = arith.cmpi slt, %v2696, %v71 : i64
        %v2698 = arith.subi %size_L, %v1 : i64
        %v2699 = arith.minsi %v2696, %v2698 : i64
        %v2700 = arith.addi %v2695, %v2699 : i64
        %v2701 = arith.muli %v2693, %v83 : i64
        %v2702 = arith.addi %v2701, %v2411 : i64
        %v2703 = llvm.getelementptr %in_theta[%v2700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2704 = llvm.load %v2703 : !llvm.ptr -> f32
        %v2705 = arith.addi %v2410, %v366 : i64
        %v2706 = arith.constant true
        %v2707 = arith.addi %v45, %v2705 : i64
        %v2708 = llvm.getelementptr %v5[%v2707] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2709 = llvm.load %v2708 : !llvm.ptr<3> -> i64
        %v2710 = arith.addi %v1543, %v2411 : i64
        %v2711 = arith.cmpi slt, %v2710, %v71 : i64
        %v2712 = arith.subi %size_L, %v1 : i64
        %v2713 = arith.minsi %v2710, %v2712 : i64
        %v2714 = arith.addi %v2709, %v2713 : i64
        %v2715 = arith.muli %v2707, %v83 : i64
        %v2716 = arith.addi %v2715, %v2411 : i64
        %v2717 = llvm.getelementptr %in_theta[%v2714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2718 = llvm.load %v2717 : !llvm.ptr -> f32
        %v2719 = arith.addi %v2410, %v380 : i64
        %v2720 = arith.constant true
        %v2721 = arith.addi %v45, %v2719 : i64
        %v2722 = llvm.getelementptr %v5[%v2721] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2723 = llvm.load %v2722 : !llvm.ptr<3> -> i64
        %v2724 = arith.addi %v1543, %v2411 : i64
        %v2725 = arith.cmpi slt, %v2724, %v71 : i64
        %v2726 = arith.subi %size_L, %v1 : i64
        %v2727 = arith.minsi %v2724, %v2726 : i64
        %v2728 = arith.addi %v2723, %v2727 : i64
        %v2729 = arith.muli %v2721, %v83 : i64
        %v2730 = arith.addi %v2729, %v2411 : i64
        %v2731 = llvm.getelementptr %in_theta[%v2728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2732 = llvm.load %v2731 : !llvm.ptr -> f32
        %v2733 = arith.addi %v2410, %v394 : i64
        %v2734 = arith.constant true
        %v2735 = arith.addi %v45, %v2733 : i64
        %v2736 = llvm.getelementptr %v5[%v2735] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2737 = llvm.load %v2736 : !llvm.ptr<3> -> i64
        %v2738 = arith.addi %v1543, %v2411 : i64
        %v2739 = arith.cmpi slt, %v2738, %v71 : i64
        %v2740 = arith.subi %size_L, %v1 : i64
        %v2741 = arith.minsi %v2738, %v2740 : i64
        %v2742 = arith.addi %v2737, %v2741 : i64
        %v2743 = arith.muli %v2735, %v83 : i64
        %v2744 = arith.addi %v2743, %v2411 : i64
        %v2745 = llvm.getelementptr %in_theta[%v2742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2746 = llvm.load %v2745 : !llvm.ptr -> f32
        %v2747 = arith.addi %v2410, %v408 : i64
        %v2748 = arith.constant true
        %v2749 = arith.addi %v45, %v2747 : i64
        %v2750 = llvm.getelementptr %v5[%v2749] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2751 = llvm.load %v2750 : !llvm.ptr<3> -> i64
        %v2752 = arith.addi %v1543, %v2411 : i64
        %v2753 = arith.cmpi slt, %v2752, %v71 : i64
        %v2754 = arith.subi %size_L, %v1 : i64
        %v2755 = arith.minsi %v2752, %v2754 : i64
        %v2756 = arith.addi %v2751, %v2755 : i64
        %v2757 = arith.muli %v2749, %v83 : i64
        %v2758 = arith.addi %v2757, %v2411 : i64
        %v2759 = llvm.getelementptr %in_theta[%v2756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2760 = llvm.load %v2759 : !llvm.ptr -> f32
        %v2761 = arith.addi %v2410, %v422 : i64
        %v2762 = arith.constant true
        %v2763 = arith.addi %v45, %v2761 : i64
        %v2764 = llvm.getelementptr %v5[%v2763] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2765 = llvm.load %v2764 : !llvm.ptr<3> -> i64
        %v2766 = arith.addi %v1543, %v2411 : i64
        %v2767 = arith.cmpi slt, %v2766, %v71 : i64
        %v2768 = arith.subi %size_L, %v1 : i64
        %v2769 = arith.minsi %v2766, %v2768 : i64
        %v2770 = arith.addi %v2765, %v2769 : i64
        %v2771 = arith.muli %v2763, %v83 : i64
        %v2772 = arith.addi %v2771, %v2411 : i64
        %v2773 = llvm.getelementptr %in_theta[%v2770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2774 = llvm.load %v2773 : !llvm.ptr -> f32
        %v2775 = arith.addi %v2410, %v436 : i64
        %v2776 = arith.constant true
        %v2777 = arith.addi %v45, %v2775 : i64
        %v2778 = llvm.getelementptr %v5[%v2777] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2779 = llvm.load %v2778 : !llvm.ptr<3> -> i64
        %v2780 = arith.addi %v1543, %v2411 : i64
        %v2781 = arith.cmpi slt, %v2780, %v71 : i64
        %v2782 = arith.subi %size_L, %v1 : i64
        %v2783 = arith.minsi %v2780, %v2782 : i64
        %v2784 = arith.addi %v2779, %v2783 : i64
        %v2785 = arith.muli %v2777, %v83 : i64
        %v2786 = arith.addi %v2785, %v2411 : i64
        %v2787 = llvm.getelementptr %in_theta[%v2784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2788 = llvm.load %v2787 : !llvm.ptr -> f32
        %v2789 = arith.addi %v2410, %v450 : i64
        %v2790 = arith.constant true
        %v2791 = arith.addi %v45, %v2789 : i64
        %v2792 = llvm.getelementptr %v5[%v2791] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2793 = llvm.load %v2792 : !llvm.ptr<3> -> i64
        %v2794 = arith.addi %v1543, %v2411 : i64
        %v2795 = arith.cmpi slt, %v2794, %v71 : i64
        %v2796 = arith.subi %size_L, %v1 : i64
        %v2797 = arith.minsi %v2794, %v2796 : i64
        %v2798 = arith.addi %v2793, %v2797 : i64
        %v2799 = arith.muli %v2791, %v83 : i64
        %v2800 = arith.addi %v2799, %v2411 : i64
        %v2801 = llvm.getelementptr %in_theta[%v2798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2802 = llvm.load %v2801 : !llvm.ptr -> f32
        %v2803 = arith.addi %v2410, %v464 : i64
        %v2804 = arith.constant true
        %v2805 = arith.addi %v45, %v2803 : i64
        %v2806 = llvm.getelementptr %v5[%v2805] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2807 = llvm.load %v2806 : !llvm.ptr<3> -> i64
        %v2808 = arith.addi %v1543, %v2411 : i64
        %v2809 = arith.cmpi slt, %v2808, %v71 : i64
        %v2810 = arith.subi %size_L, %v1 : i64
        %v2811 = arith.minsi %v2808, %v2810 : i64
        %v2812 = arith.addi %v2807, %v2811 : i64
        %v2813 = arith.muli %v2805, %v83 : i64
        %v2814 = arith.addi %v2813, %v2411 : i64
        %v2815 = llvm.getelementptr %in_theta[%v2812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2816 = llvm.load %v2815 : !llvm.ptr -> f32
        %v2817 = arith.addi %v2410, %v478 : i64
        %v2818 = arith.constant true
        %v2819 = arith.addi %v45, %v2817 : i64
        %v2820 = llvm.getelementptr %v5[%v2819] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2821 = llvm.load %v2820 : !llvm.ptr<3> -> i64
        %v2822 = arith.addi %v1543, %v2411 : i64
        %v2823 = arith.cmpi slt, %v2822, %v71 : i64
        %v2824 = arith.subi %size_L, %v1 : i64
        %v2825 = arith.minsi %v2822, %v2824 : i64
        %v2826 = arith.addi %v2821, %v2825 : i64
        %v2827 = arith.muli %v2819, %v83 : i64
        %v2828 = arith.addi %v2827, %v2411 : i64
        %v2829 = llvm.getelementptr %in_theta[%v2826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2830 = llvm.load %v2829 : !llvm.ptr -> f32
        %v2831 = arith.addi %v2410, %v492 : i64
        %v2832 = arith.constant true
        %v2833 = arith.addi %v45, %v2831 : i64
        %v2834 = llvm.getelementptr %v5[%v2833] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2835 = llvm.load %v2834 : !llvm.ptr<3> -> i64
        %v2836 = arith.addi %v1543, %v2411 : i64
        %v2837 = arith.cmpi slt, %v2836, %v71 : i64
        %v2838 = arith.subi %size_L, %v1 : i64
        %v2839 = arith.minsi %v2836, %v2838 : i64
        %v2840 = arith.addi %v2835, %v2839 : i64
        %v2841 = arith.muli %v2833, %v83 : i64
        %v2842 = arith.addi %v2841, %v2411 : i64
        %v2843 = llvm.getelementptr %in_theta[%v2840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2844 = llvm.load %v2843 : !llvm.ptr -> f32
        %v2845 = arith.addi %v2410, %v506 : i64
        %v2846 = arith.constant true
        %v2847 = arith.addi %v45, %v2845 : i64
        %v2848 = llvm.getelementptr %v5[%v2847] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2849 = llvm.load %v2848 : !llvm.ptr<3> -> i64
        %v2850 = arith.addi %v1543, %v2411 : i64
        %v2851 = arith.cmpi slt, %v2850, %v71 : i64
        %v2852 = arith.subi %size_L, %v1 : i64
        %v2853 = arith.minsi %v2850, %v2852 : i64
        %v2854 = arith.addi %v2849, %v2853 : i64
        %v2855 = arith.muli %v2847, %v83 : i64
        %v2856 = arith.addi %v2855, %v2411 : i64
        %v2857 = llvm.getelementptr %in_theta[%v2854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2858 = llvm.load %v2857 : !llvm.ptr -> f32
        %v2859 = arith.index_cast %v30 : i64 to index
        %v2860 = arith.index_cast %v1542 : i64 to index
        %v2861 = arith.index_cast %v1 : i64 to index
        scf.for %v2862 = %v2859 to %v2860 step %v2861 {
          %v2863 = arith.index_cast %v2862 : index to i64
          %v2864 = arith.addi %v1518, %v2863 : i64
          %v2866 = arith.addi %v15, %v13 : i64
          %v2867 = arith.muli %v2866, %v83 : i64
          %v2868 = arith.addi %v2867, %v2863 : i64
          %v2869 = llvm.getelementptr %v6[%v2868] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2870 = llvm.load %v2869 : !llvm.ptr<3> -> f32
          %v2872 = arith.negf %v2870 : f32
          %v2874 = arith.mulf %v2872, %v2873 fastmath<contract> : f32
          %v2875 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2874) : (f32) -> f32
          %v2876 = arith.addf %v2871, %v2875 fastmath<contract> : f32
          %v2877 = arith.divf %v2871, %v2876 : f32
          %v2878 = arith.mulf %v2865, %v2877 fastmath<contract> : f32
          %v2879 = arith.addi %v45, %v13 : i64
          %v2880 = arith.muli %v2879, %v83 : i64
          %v2881 = arith.addi %v2880, %v2863 : i64
          %v2882 = llvm.getelementptr %v6[%v2881] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2883 = llvm.load %v2882 : !llvm.ptr<3> -> f32
          %v2885 = arith.mulf %v2883, %v2884 fastmath<contract> : f32
          %v2886 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2885) : (f32) -> f32
          %v2889 = arith.mulf %v2886, %v2887 fastmath<contract> : f32
          %v2890 = arith.subf %v2883, %v2889 fastmath<contract> : f32
          %v2891 = arith.mulf %v2886, %v2888 fastmath<contract> : f32
          %v2892 = arith.subf %v2890, %v2891 fastmath<contract> : f32
          %v2893 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2892) : (f32) -> f32
          %v2894 = arith.mulf %v2878, %v2893 fastmath<contract> : f32
          %v2895 = arith.muli %v13, %v83 : i64
          %v2896 = arith.addi %v2895, %v2863 : i64
          %v2897 = llvm.getelementptr %v6[%v2896] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2898 = llvm.load %v2897 : !llvm.ptr<3> -> f32
          %v2899 = llvm.load %v3 : !llvm.ptr -> f32
          %v2900 = arith.mulf %v2894, %v2899 fastmath<contract> : f32
          %v2901 = arith.addf %v2900, %v2898 fastmath<contract> : f32
          %v2902 = arith.mulf %v2877, %v2877 fastmath<contract> : f32
          %v2903 = arith.negf %v2902 : f32
          %v2904 = llvm.load %v4 : !llvm.ptr -> f32
          %v2905 = arith.mulf %v2903, %v2904 fastmath<contract> : f32
          %v2906 = arith.addf %v2901, %v2905 fastmath<contract> : f32
          %v2908 = llvm.load %v4 : !llvm.ptr -> f32
          %v2909 = arith.mulf %v2907, %v2908 fastmath<contract> : f32
          %v2910 = arith.addf %v2909, %v2907 fastmath<contract> : f32
          %v2911 = llvm.load %v3 : !llvm.ptr -> f32
          %v2912 = arith.mulf %v2871, %v2911 fastmath<contract> : f32
          %v2913 = arith.addf %v2910, %v2912 fastmath<contract> : f32
          llvm.store %v2906, %v3 : f32, !llvm.ptr
          llvm.store %v2913, %v4 : f32, !llvm.ptr
          %v2914 = llvm.load %v3 : !llvm.ptr -> f32
          %v2915 = arith.addi %v54, %v13 : i64
          %v2916 = arith.muli %v2915, %v83 : i64
          %v2917 = arith.addi %v2916, %v2863 : i64
          %v2918 = llvm.getelementptr %v6[%v2917] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2914, %v2918 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v2919 = arith.divui %v13, %v72 : i64
        %v2920 = arith.remui %v13, %v72 : i64
        %v2921 = arith.muli %v2919, %v83 : i64
        %v2922 = arith.addi %v2921, %v2920 : i64
        %v2923 = llvm.getelementptr %v6[%v2922] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1557, %v2923 : f32, !llvm.ptr<3>
        %v2924 = arith.addi %v15, %v13 : i64
        %v2925 = arith.divui %v2924, %v72 : i64
        %v2926 = arith.remui %v2924, %v72 : i64
        %v2927 = arith.muli %v2925, %v83 : i64
        %v2928 = arith.addi %v2927, %v2926 : i64
        %v2929 = llvm.getelementptr %v6[%v2928] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1570, %v2929 : f32, !llvm.ptr<3>
        %v2930 = arith.addi %v45, %v13 : i64
        %v2931 = arith.divui %v2930, %v72 : i64
        %v2932 = arith.remui %v2930, %v72 : i64
        %v2933 = arith.muli %v2931, %v83 : i64
        %v2934 = arith.addi %v2933, %v2932 : i64
        %v2935 = llvm.getelementptr %v6[%v2934] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1583, %v2935 : f32, !llvm.ptr<3>
        %v2936 = arith.addi %v54, %v13 : i64
        %v2937 = arith.divui %v2936, %v72 : i64
        %v2938 = arith.remui %v2936, %v72 : i64
        %v2939 = arith.muli %v2937, %v83 : i64
        %v2940 = arith.addi %v2939, %v2938 : i64
        %v2941 = llvm.getelementptr %v6[%v2940] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1596, %v2941 : f32, !llvm.ptr<3>
        %v2942 = arith.addi %v9, %v13 : i64
        %v2943 = arith.divui %v2942, %v72 : i64
        %v2944 = arith.remui %v2942, %v72 : i64
        %v2945 = arith.muli %v2943, %v83 : i64
        %v2946 = arith.addi %v2945, %v2944 : i64
        %v2947 = llvm.getelementptr %v6[%v2946] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1609, %v2947 : f32, !llvm.ptr<3>
        %v2949 = arith.addi %v2948, %v13 : i64
        %v2950 = arith.divui %v2949, %v72 : i64
        %v2951 = arith.remui %v2949, %v72 : i64
        %v2952 = arith.muli %v2950, %v83 : i64
        %v2953 = arith.addi %v2952, %v2951 : i64
        %v2954 = llvm.getelementptr %v6[%v2953] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1622, %v2954 : f32, !llvm.ptr<3>
        %v2956 = arith.addi %v2955, %v13 : i64
        %v2957 = arith.divui %v2956, %v72 : i64
        %v2958 = arith.remui %v2956, %v72 : i64
        %v2959 = arith.muli %v2957, %v83 : i64
        %v2960 = arith.addi %v2959, %v2958 : i64
        %v2961 = llvm.getelementptr %v6[%v2960] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1635, %v2961 : f32, !llvm.ptr<3>
        %v2963 = arith.addi %v2962, %v13 : i64
        %v2964 = arith.divui %v2963, %v72 : i64
        %v2965 = arith.remui %v2963, %v72 : i64
        %v2966 = arith.muli %v2964, %v83 : i64
        %v2967 = arith.addi %v2966, %v2965 : i64
        %v2968 = llvm.getelementptr %v6[%v2967] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1648, %v2968 : f32, !llvm.ptr<3>
        %v2970 = arith.addi %v2969, %v13 : i64
        %v2971 = arith.divui %v2970, %v72 : i64
        %v2972 = arith.remui %v2970, %v72 : i64
        %v2973 = arith.muli %v2971, %v83 : i64
        %v2974 = arith.addi %v2973, %v2972 : i64
        %v2975 = llvm.getelementptr %v6[%v2974] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1661, %v2975 : f32, !llvm.ptr<3>
        %v2977 = arith.addi %v2976, %v13 : i64
        %v2978 = arith.divui %v2977, %v72 : i64
        %v2979 = arith.remui %v2977, %v72 : i64
        %v2980 = arith.muli %v2978, %v83 : i64
        %v2981 = arith.addi %v2980, %v2979 : i64
        %v2982 = llvm.getelementptr %v6[%v2981] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1674, %v2982 : f32, !llvm.ptr<3>
        %v2984 = arith.addi %v2983, %v13 : i64
        %v2985 = arith.divui %v2984, %v72 : i64
        %v2986 = arith.remui %v2984, %v72 : i64
        %v2987 = arith.muli %v2985, %v83 : i64
        %v2988 = arith.addi %v2987, %v2986 : i64
        %v2989 = llvm.getelementptr %v6[%v2988] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1687, %v2989 : f32, !llvm.ptr<3>
        %v2991 = arith.addi %v2990, %v13 : i64
        %v2992 = arith.divui %v2991, %v72 : i64
        %v2993 = arith.remui %v2991, %v72 : i64
        %v2994 = arith.muli %v2992, %v83 : i64
        %v2995 = arith.addi %v2994, %v2993 : i64
        %v2996 = llvm.getelementptr %v6[%v2995] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1700, %v2996 : f32, !llvm.ptr<3>
        %v2998 = arith.addi %v2997, %v13 : i64
        %v2999 = arith.divui %v2998, %v72 : i64
        %v3000 = arith.remui %v2998, %v72 : i64
        %v3001 = arith.muli %v2999, %v83 : i64
        %v3002 = arith.addi %v3001, %v3000 : i64
        %v3003 = llvm.getelementptr %v6[%v3002] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1713, %v3003 : f32, !llvm.ptr<3>
        %v3005 = arith.addi %v3004, %v13 : i64
        %v3006 = arith.divui %v3005, %v72 : i64
        %v3007 = arith.remui %v3005, %v72 : i64
        %v3008 = arith.muli %v3006, %v83 : i64
        %v3009 = arith.addi %v3008, %v3007 : i64
        %v3010 = llvm.getelementptr %v6[%v3009] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1726, %v3010 : f32, !llvm.ptr<3>
        %v3012 = arith.addi %v3011, %v13 : i64
        %v3013 = arith.divui %v3012, %v72 : i64
        %v3014 = arith.remui %v3012, %v72 : i64
        %v3015 = arith.muli %v3013, %v83 : i64
        %v3016 = arith.addi %v3015, %v3014 : i64
        %v3017 = llvm.getelementptr %v6[%v3016] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1739, %v3017 : f32, !llvm.ptr<3>
        %v3019 = arith.addi %v3018, %v13 : i64
        %v3020 = arith.divui %v3019, %v72 : i64
        %v3021 = arith.remui %v3019, %v72 : i64
        %v3022 = arith.muli %v3020, %v83 : i64
        %v3023 = arith.addi %v3022, %v3021 : i64
        %v3024 = llvm.getelementptr %v6[%v3023] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1752, %v3024 : f32, !llvm.ptr<3>
        %v3026 = arith.addi %v3025, %v13 : i64
        %v3027 = arith.divui %v3026, %v72 : i64
        %v3028 = arith.remui %v3026, %v72 : i64
        %v3029 = arith.muli %v3027, %v83 : i64
        %v3030 = arith.addi %v3029, %v3028 : i64
        %v3031 = llvm.getelementptr %v6[%v3030] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1765, %v3031 : f32, !llvm.ptr<3>
        %v3033 = arith.addi %v3032, %v13 : i64
        %v3034 = arith.divui %v3033, %v72 : i64
        %v3035 = arith.remui %v3033, %v72 : i64
        %v3036 = arith.muli %v3034, %v83 : i64
        %v3037 = arith.addi %v3036, %v3035 : i64
        %v3038 = llvm.getelementptr %v6[%v3037] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1778, %v3038 : f32, !llvm.ptr<3>
        %v3040 = arith.addi %v3039, %v13 : i64
        %v3041 = arith.divui %v3040, %v72 : i64
        %v3042 = arith.remui %v3040, %v72 : i64
        %v3043 = arith.muli %v3041, %v83 : i64
        %v3044 = arith.addi %v3043, %v3042 : i64
        %v3045 = llvm.getelementptr %v6[%v3044] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1791, %v3045 : f32, !llvm.ptr<3>
        %v3047 = arith.addi %v3046, %v13 : i64
        %v3048 = arith.divui %v3047, %v72 : i64
        %v3049 = arith.remui %v3047, %v72 : i64
        %v3050 = arith.muli %v3048, %v83 : i64
        %v3051 = arith.addi %v3050, %v3049 : i64
        %v3052 = llvm.getelementptr %v6[%v3051] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1804, %v3052 : f32, !llvm.ptr<3>
        %v3054 = arith.addi %v3053, %v13 : i64
        %v3055 = arith.divui %v3054, %v72 : i64
        %v3056 = arith.remui %v3054, %v72 : i64
        %v3057 = arith.muli %v3055, %v83 : i64
        %v3058 = arith.addi %v3057, %v3056 : i64
        %v3059 = llvm.getelementptr %v6[%v3058] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1817, %v3059 : f32, !llvm.ptr<3>
        %v3061 = arith.addi %v3060, %v13 : i64
        %v3062 = arith.divui %v3061, %v72 : i64
        %v3063 = arith.remui %v3061, %v72 : i64
        %v3064 = arith.muli %v3062, %v83 : i64
        %v3065 = arith.addi %v3064, %v3063 : i64
        %v3066 = llvm.getelementptr %v6[%v3065] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1830, %v3066 : f32, !llvm.ptr<3>
        %v3068 = arith.addi %v3067, %v13 : i64
        %v3069 = arith.divui %v3068, %v72 : i64
        %v3070 = arith.remui %v3068, %v72 : i64
        %v3071 = arith.muli %v3069, %v83 : i64
        %v3072 = arith.addi %v3071, %v3070 : i64
        %v3073 = llvm.getelementptr %v6[%v3072] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1843, %v3073 : f32, !llvm.ptr<3>
        %v3075 = arith.addi %v3074, %v13 : i64
        %v3076 = arith.divui %v3075, %v72 : i64
        %v3077 = arith.remui %v3075, %v72 : i64
        %v3078 = arith.muli %v3076, %v83 : i64
        %v3079 = arith.addi %v3078, %v3077 : i64
        %v3080 = llvm.getelementptr %v6[%v3079] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1856, %v3080 : f32, !llvm.ptr<3>
        %v3082 = arith.addi %v3081, %v13 : i64
        %v3083 = arith.divui %v3082, %v72 : i64
        %v3084 = arith.remui %v3082, %v72 : i64
        %v3085 = arith.muli %v3083, %v83 : i64
        %v3086 = arith.addi %v3085, %v3084 : i64
        %v3087 = llvm.getelementptr %v6[%v3086] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1869, %v3087 : f32, !llvm.ptr<3>
        %v3089 = arith.addi %v3088, %v13 : i64
        %v3090 = arith.divui %v3089, %v72 : i64
        %v3091 = arith.remui %v3089, %v72 : i64
        %v3092 = arith.muli %v3090, %v83 : i64
        %v3093 = arith.addi %v3092, %v3091 : i64
        %v3094 = llvm.getelementptr %v6[%v3093] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1882, %v3094 : f32, !llvm.ptr<3>
        %v3096 = arith.addi %v3095, %v13 : i64
        %v3097 = arith.divui %v3096, %v72 : i64
        %v3098 = arith.remui %v3096, %v72 : i64
        %v3099 = arith.muli %v3097, %v83 : i64
        %v3100 = arith.addi %v3099, %v3098 : i64
        %v3101 = llvm.getelementptr %v6[%v3100] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1895, %v3101 : f32, !llvm.ptr<3>
        %v3103 = arith.addi %v3102, %v13 : i64
        %v3104 = arith.divui %v3103, %v72 : i64
        %v3105 = arith.remui %v3103, %v72 : i64
        %v3106 = arith.muli %v3104, %v83 : i64
        %v3107 = arith.addi %v3106, %v3105 : i64
        %v3108 = llvm.getelementptr %v6[%v3107] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1908, %v3108 : f32, !llvm.ptr<3>
        %v3110 = arith.addi %v3109, %v13 : i64
        %v3111 = arith.divui %v3110, %v72 : i64
        %v3112 = arith.remui %v3110, %v72 : i64
        %v3113 = arith.muli %v3111, %v83 : i64
        %v3114 = arith.addi %v3113, %v3112 : i64
        %v3115 = llvm.getelementptr %v6[%v3114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1921, %v3115 : f32, !llvm.ptr<3>
        %v3117 = arith.addi %v3116, %v13 : i64
        %v3118 = arith.divui %v3117, %v72 : i64
        %v3119 = arith.remui %v3117, %v72 : i64
        %v3120 = arith.muli %v3118, %v83 : i64
        %v3121 = arith.addi %v3120, %v3119 : i64
        %v3122 = llvm.getelementptr %v6[%v3121] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1934, %v3122 : f32, !llvm.ptr<3>
        %v3124 = arith.addi %v3123, %v13 : i64
        %v3125 = arith.divui %v3124, %v72 : i64
        %v3126 = arith.remui %v3124, %v72 : i64
        %v3127 = arith.muli %v3125, %v83 : i64
        %v3128 = arith.addi %v3127, %v3126 : i64
        %v3129 = llvm.getelementptr %v6[%v3128] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1947, %v3129 : f32, !llvm.ptr<3>
        %v3131 = arith.addi %v3130, %v13 : i64
        %v3132 = arith.divui %v3131, %v72 : i64
        %v3133 = arith.remui %v3131, %v72 : i64
        %v3134 = arith.muli %v3132, %v83 : i64
        %v3135 = arith.addi %v3134, %v3133 : i64
        %v3136 = llvm.getelementptr %v6[%v3135] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1960, %v3136 : f32, !llvm.ptr<3>
        %v3137 = arith.divui %v13, %v72 : i64
        %v3138 = arith.remui %v13, %v72 : i64
        %v3139 = arith.addi %v15, %v3137 : i64
        %v3140 = arith.muli %v3139, %v83 : i64
        %v3141 = arith.addi %v3140, %v3138 : i64
        %v3142 = llvm.getelementptr %v6[%v3141] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1975, %v3142 : f32, !llvm.ptr<3>
        %v3143 = arith.addi %v15, %v13 : i64
        %v3144 = arith.divui %v3143, %v72 : i64
        %v3145 = arith.remui %v3143, %v72 : i64
        %v3146 = arith.addi %v15, %v3144 : i64
        %v3147 = arith.muli %v3146, %v83 : i64
        %v3148 = arith.addi %v3147, %v3145 : i64
        %v3149 = llvm.getelementptr %v6[%v3148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1989, %v3149 : f32, !llvm.ptr<3>
        %v3150 = arith.addi %v45, %v13 : i64
        %v3151 = arith.divui %v3150, %v72 : i64
        %v3152 = arith.remui %v3150, %v72 : i64
        %v3153 = arith.addi %v15, %v3151 : i64
        %v3154 = arith.muli %v3153, %v83 : i64
        %v3155 = arith.addi %v3154, %v3152 : i64
        %v3156 = llvm.getelementptr %v6[%v3155] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2003, %v3156 : f32, !llvm.ptr<3>
        %v3157 = arith.addi %v54, %v13 : i64
        %v3158 = arith.divui %v3157, %v72 : i64
        %v3159 = arith.remui %v3157, %v72 : i64
        %v3160 = arith.addi %v15, %v3158 : i64
        %v3161 = arith.muli %v3160, %v83 : i64
        %v3162 = arith.addi %v3161, %v3159 : i64
        %v3163 = llvm.getelementptr %v6[%v3162] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2017, %v3163 : f32, !llvm.ptr<3>
        %v3164 = arith.addi %v9, %v13 : i64
        %v3165 = arith.divui %v3164, %v72 : i64
        %v3166 = arith.remui %v3164, %v72 : i64
        %v3167 = arith.addi %v15, %v3165 : i64
        %v3168 = arith.muli %v3167, %v83 : i64
        %v3169 = arith.addi %v3168, %v3166 : i64
        %v3170 = llvm.getelementptr %v6[%v3169] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2031, %v3170 : f32, !llvm.ptr<3>
        %v3171 = arith.addi %v2948, %v13 : i64
        %v3172 = arith.divui %v3171, %v72 : i64
        %v3173 = arith.remui %v3171, %v72 : i64
        %v3174 = arith.addi %v15, %v3172 : i64
        %v3175 = arith.muli %v3174, %v83 : i64
        %v3176 = arith.addi %v3175, %v3173 : i64
        %v3177 = llvm.getelementptr %v6[%v3176] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2045, %v3177 : f32, !llvm.ptr<3>
        %v3178 = arith.addi %v2955, %v13 : i64
        %v3179 = arith.divui %v3178, %v72 : i64
        %v3180 = arith.remui %v3178, %v72 : i64
        %v3181 = arith.addi %v15, %v3179 : i64
        %v3182 = arith.muli %v3181, %v83 : i64
        %v3183 = arith.addi %v3182, %v3180 : i64
        %v3184 = llvm.getelementptr %v6[%v3183] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2059, %v3184 : f32, !llvm.ptr<3>
        %v3185 = arith.addi %v2962, %v13 : i64
        %v3186 = arith.divui %v3185, %v72 : i64
        %v3187 = arith.remui %v3185, %v72 : i64
        %v3188 = arith.addi %v15, %v3186 : i64
        %v3189 = arith.muli %v3188, %v83 : i64
        %v3190 = arith.addi %v3189, %v3187 : i64
        %v3191 = llvm.getelementptr %v6[%v3190] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2073, %v3191 : f32, !llvm.ptr<3>
        %v3192 = arith.addi %v2969, %v13 : i64
        %v3193 = arith.divui %v3192, %v72 : i64
        %v3194 = arith.remui %v3192, %v72 : i64
        %v3195 = arith.addi %v15, %v3193 : i64
        %v3196 = arith.muli %v3195, %v83 : i64
        %v3197 = arith.addi %v3196, %v3194 : i64
        %v3198 = llvm.getelementptr %v6[%v3197] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2087, %v3198 : f32, !llvm.ptr<3>
        %v3199 = arith.addi %v2976, %v13 : i64
        %v3200 = arith.divui %v3199, %v72 : i64
        %v3201 = arith.remui %v3199, %v72 : i64
        %v3202 = arith.addi %v15, %v3200 : i64
        %v3203 = arith.muli %v3202, %v83 : i64
        %v3204 = arith.addi %v3203, %v3201 : i64
        %v3205 = llvm.getelementptr %v6[%v3204] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2101, %v3205 : f32, !llvm.ptr<3>
        %v3206 = arith.addi %v2983, %v13 : i64
        %v3207 = arith.divui %v3206, %v72 : i64
        %v3208 = arith.remui %v3206, %v72 : i64
        %v3209 = arith.addi %v15, %v3207 : i64
        %v3210 = arith.muli %v3209, %v83 : i64
        %v3211 = arith.addi %v3210, %v3208 : i64
        %v3212 = llvm.getelementptr %v6[%v3211] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2115, %v3212 : f32, !llvm.ptr<3>
        %v3213 = arith.addi %v2990, %v13 : i64
        %v3214 = arith.divui %v3213, %v72 : i64
        %v3215 = arith.remui %v3213, %v72 : i64
        %v3216 = arith.addi %v15, %v3214 : i64
        %v3217 = arith.muli %v3216, %v83 : i64
        %v3218 = arith.addi %v3217, %v3215 : i64
        %v3219 = llvm.getelementptr %v6[%v3218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2129, %v3219 : f32, !llvm.ptr<3>
        %v3220 = arith.addi %v2997, %v13 : i64
        %v3221 = arith.divui %v3220, %v72 : i64
        %v3222 = arith.remui %v3220, %v72 : i64
        %v3223 = arith.addi %v15, %v3221 : i64
        %v3224 = arith.muli %v3223, %v83 : i64
        %v3225 = arith.addi %v3224, %v3222 : i64
        %v3226 = llvm.getelementptr %v6[%v3225] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2143, %v3226 : f32, !llvm.ptr<3>
        %v3227 = arith.addi %v3004, %v13 : i64
        %v3228 = arith.divui %v3227, %v72 : i64
        %v3229 = arith.remui %v3227, %v72 : i64
        %v3230 = arith.addi %v15, %v3228 : i64
        %v3231 = arith.muli %v3230, %v83 : i64
        %v3232 = arith.addi %v3231, %v3229 : i64
        %v3233 = llvm.getelementptr %v6[%v3232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2157, %v3233 : f32, !llvm.ptr<3>
        %v3234 = arith.addi %v3011, %v13 : i64
        %v3235 = arith.divui %v3234, %v72 : i64
        %v3236 = arith.remui %v3234, %v72 : i64
        %v3237 = arith.addi %v15, %v3235 : i64
        %v3238 = arith.muli %v3237, %v83 : i64
        %v3239 = arith.addi %v3238, %v3236 : i64
        %v3240 = llvm.getelementptr %v6[%v3239] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2171, %v3240 : f32, !llvm.ptr<3>
        %v3241 = arith.addi %v3018, %v13 : i64
        %v3242 = arith.divui %v3241, %v72 : i64
        %v3243 = arith.remui %v3241, %v72 : i64
        %v3244 = arith.addi %v15, %v3242 : i64
        %v3245 = arith.muli %v3244, %v83 : i64
        %v3246 = arith.addi %v3245, %v3243 : i64
        %v3247 = llvm.getelementptr %v6[%v3246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2185, %v3247 : f32, !llvm.ptr<3>
        %v3248 = arith.addi %v3025, %v13 : i64
        %v3249 = arith.divui %v3248, %v72 : i64
        %v3250 = arith.remui %v3248, %v72 : i64
        %v3251 = arith.addi %v15, %v3249 : i64
        %v3252 = arith.muli %v3251, %v83 : i64
        %v3253 = arith.addi %v3252, %v3250 : i64
        %v3254 = llvm.getelementptr %v6[%v3253] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2199, %v3254 : f32, !llvm.ptr<3>
        %v3255 = arith.addi %v3032, %v13 : i64
        %v3256 = arith.divui %v3255, %v72 : i64
        %v3257 = arith.remui %v3255, %v72 : i64
        %v3258 = arith.addi %v15, %v3256 : i64
        %v3259 = arith.muli %v3258, %v83 : i64
        %v3260 = arith.addi %v3259, %v3257 : i64
        %v3261 = llvm.getelementptr %v6[%v3260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2213, %v3261 : f32, !llvm.ptr<3>
        %v3262 = arith.addi %v3039, %v13 : i64
        %v3263 = arith.divui %v3262, %v72 : i64
        %v3264 = arith.remui %v3262, %v72 : i64
        %v3265 = arith.addi %v15, %v3263 : i64
        %v3266 = arith.muli %v3265, %v83 : i64
        %v3267 = arith.addi %v3266, %v3264 : i64
        %v3268 = llvm.getelementptr %v6[%v3267] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2227, %v3268 : f32, !llvm.ptr<3>
        %v3269 = arith.addi %v3046, %v13 : i64
        %v3270 = arith.divui %v3269, %v72 : i64
        %v3271 = arith.remui %v3269, %v72 : i64
        %v3272 = arith.addi %v15, %v3270 : i64
        %v3273 = arith.muli %v3272, %v83 : i64
        %v3274 = arith.addi %v3273, %v3271 : i64
        %v3275 = llvm.getelementptr %v6[%v3274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2241, %v3275 : f32, !llvm.ptr<3>
        %v3276 = arith.addi %v3053, %v13 : i64
        %v3277 = arith.divui %v3276, %v72 : i64
        %v3278 = arith.remui %v3276, %v72 : i64
        %v3279 = arith.addi %v15, %v3277 : i64
        %v3280 = arith.muli %v3279, %v83 : i64
        %v3281 = arith.addi %v3280, %v3278 : i64
        %v3282 = llvm.getelementptr %v6[%v3281] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2255, %v3282 : f32, !llvm.ptr<3>
        %v3283 = arith.addi %v3060, %v13 : i64
        %v3284 = arith.divui %v3283, %v72 : i64
        %v3285 = arith.remui %v3283, %v72 : i64
        %v3286 = arith.addi %v15, %v3284 : i64
        %v3287 = arith.muli %v3286, %v83 : i64
        %v3288 = arith.addi %v3287, %v3285 : i64
        %v3289 = llvm.getelementptr %v6[%v3288] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2269, %v3289 : f32, !llvm.ptr<3>
        %v3290 = arith.addi %v3067, %v13 : i64
        %v3291 = arith.divui %v3290, %v72 : i64
        %v3292 = arith.remui %v3290, %v72 : i64
        %v3293 = arith.addi %v15, %v3291 : i64
        %v3294 = arith.muli %v3293, %v83 : i64
        %v3295 = arith.addi %v3294, %v3292 : i64
        %v3296 = llvm.getelementptr %v6[%v3295] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2283, %v3296 : f32, !llvm.ptr<3>
        %v3297 = arith.addi %v3074, %v13 : i64
        %v3298 = arith.divui %v3297, %v72 : i64
        %v3299 = arith.remui %v3297, %v72 : i64
        %v3300 = arith.addi %v15, %v3298 : i64
        %v3301 = arith.muli %v3300, %v83 : i64
        %v3302 = arith.addi %v3301, %v3299 : i64
        %v3303 = llvm.getelementptr %v6[%v3302] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2297, %v3303 : f32, !llvm.ptr<3>
        %v3304 = arith.addi %v3081, %v13 : i64
        %v3305 = arith.divui %v3304, %v72 : i64
        %v3306 = arith.remui %v3304, %v72 : i64
        %v3307 = arith.addi %v15, %v3305 : i64
        %v3308 = arith.muli %v3307, %v83 : i64
        %v3309 = arith.addi %v3308, %v3306 : i64
        %v3310 = llvm.getelementptr %v6[%v3309] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2311, %v3310 : f32, !llvm.ptr<3>
        %v3311 = arith.addi %v3088, %v13 : i64
        %v3312 = arith.divui %v3311, %v72 : i64
        %v3313 = arith.remui %v3311, %v72 : i64
        %v3314 = arith.addi %v15, %v3312 : i64
        %v3315 = arith.muli %v3314, %v83 : i64
        %v3316 = arith.addi %v3315, %v3313 : i64
        %v3317 = llvm.getelementptr %v6[%v3316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2325, %v3317 : f32, !llvm.ptr<3>
        %v3318 = arith.addi %v3095, %v13 : i64
        %v3319 = arith.divui %v3318, %v72 : i64
        %v3320 = arith.remui %v3318, %v72 : i64
        %v3321 = arith.addi %v15, %v3319 : i64
        %v3322 = arith.muli %v3321, %v83 : i64
        %v3323 = arith.addi %v3322, %v3320 : i64
        %v3324 = llvm.getelementptr %v6[%v3323] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2339, %v3324 : f32, !llvm.ptr<3>
        %v3325 = arith.addi %v3102, %v13 : i64
        %v3326 = arith.divui %v3325, %v72 : i64
        %v3327 = arith.remui %v3325, %v72 : i64
        %v3328 = arith.addi %v15, %v3326 : i64
        %v3329 = arith.muli %v3328, %v83 : i64
        %v3330 = arith.addi %v3329, %v3327 : i64
        %v3331 = llvm.getelementptr %v6[%v3330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2353, %v3331 : f32, !llvm.ptr<3>
        %v3332 = arith.addi %v3109, %v13 : i64
        %v3333 = arith.divui %v3332, %v72 : i64
        %v3334 = arith.remui %v3332, %v72 : i64
        %v3335 = arith.addi %v15, %v3333 : i64
        %v3336 = arith.muli %v3335, %v83 : i64
        %v3337 = arith.addi %v3336, %v3334 : i64
        %v3338 = llvm.getelementptr %v6[%v3337] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2367, %v3338 : f32, !llvm.ptr<3>
        %v3339 = arith.addi %v3116, %v13 : i64
        %v3340 = arith.divui %v3339, %v72 : i64
        %v3341 = arith.remui %v3339, %v72 : i64
        %v3342 = arith.addi %v15, %v3340 : i64
        %v3343 = arith.muli %v3342, %v83 : i64
        %v3344 = arith.addi %v3343, %v3341 : i64
        %v3345 = llvm.getelementptr %v6[%v3344] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2381, %v3345 : f32, !llvm.ptr<3>
        %v3346 = arith.addi %v3123, %v13 : i64
        %v3347 = arith.divui %v3346, %v72 : i64
        %v3348 = arith.remui %v3346, %v72 : i64
        %v3349 = arith.addi %v15, %v3347 : i64
        %v3350 = arith.muli %v3349, %v83 : i64
        %v3351 = arith.addi %v3350, %v3348 : i64
        %v3352 = llvm.getelementptr %v6[%v3351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2395, %v3352 : f32, !llvm.ptr<3>
        %v3353 = arith.addi %v3130, %v13 : i64
        %v3354 = arith.divui %v3353, %v72 : i64
        %v3355 = arith.remui %v3353, %v72 : i64
        %v3356 = arith.addi %v15, %v3354 : i64
        %v3357 = arith.muli %v3356, %v83 : i64
        %v3358 = arith.addi %v3357, %v3355 : i64
        %v3359 = llvm.getelementptr %v6[%v3358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2409, %v3359 : f32, !llvm.ptr<3>
        %v3360 = arith.divui %v13, %v72 : i64
        %v3361 = arith.remui %v13, %v72 : i64
        %v3362 = arith.addi %v45, %v3360 : i64
        %v3363 = arith.muli %v3362, %v83 : i64
        %v3364 = arith.addi %v3363, %v3361 : i64
        %v3365 = llvm.getelementptr %v6[%v3364] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2424, %v3365 : f32, !llvm.ptr<3>
        %v3366 = arith.addi %v15, %v13 : i64
        %v3367 = arith.divui %v3366, %v72 : i64
        %v3368 = arith.remui %v3366, %v72 : i64
        %v3369 = arith.addi %v45, %v3367 : i64
        %v3370 = arith.muli %v3369, %v83 : i64
        %v3371 = arith.addi %v3370, %v3368 : i64
        %v3372 = llvm.getelementptr %v6[%v3371] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2438, %v3372 : f32, !llvm.ptr<3>
        %v3373 = arith.addi %v45, %v13 : i64
        %v3374 = arith.divui %v3373, %v72 : i64
        %v3375 = arith.remui %v3373, %v72 : i64
        %v3376 = arith.addi %v45, %v3374 : i64
        %v3377 = arith.muli %v3376, %v83 : i64
        %v3378 = arith.addi %v3377, %v3375 : i64
        %v3379 = llvm.getelementptr %v6[%v3378] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2452, %v3379 : f32, !llvm.ptr<3>
        %v3380 = arith.addi %v54, %v13 : i64
        %v3381 = arith.divui %v3380, %v72 : i64
        %v3382 = arith.remui %v3380, %v72 : i64
        %v3383 = arith.addi %v45, %v3381 : i64
        %v3384 = arith.muli %v3383, %v83 : i64
        %v3385 = arith.addi %v3384, %v3382 : i64
        %v3386 = llvm.getelementptr %v6[%v3385] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2466, %v3386 : f32, !llvm.ptr<3>
        %v3387 = arith.addi %v9, %v13 : i64
        %v3388 = arith.divui %v3387, %v72 : i64
        %v3389 = arith.remui %v3387, %v72 : i64
        %v3390 = arith.addi %v45, %v3388 : i64
        %v3391 = arith.muli %v3390, %v83 : i64
        %v3392 = arith.addi %v3391, %v3389 : i64
        %v3393 = llvm.getelementptr %v6[%v3392] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2480, %v3393 : f32, !llvm.ptr<3>
        %v3394 = arith.addi %v2948, %v13 : i64
        %v3395 = arith.divui %v3394, %v72 : i64
        %v3396 = arith.remui %v3394, %v72 : i64
        %v3397 = arith.addi %v45, %v3395 : i64
        %v3398 = arith.muli %v3397, %v83 : i64
        %v3399 = arith.addi %v3398, %v3396 : i64
        %v3400 = llvm.getelementptr %v6[%v3399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2494, %v3400 : f32, !llvm.ptr<3>
        %v3401 = arith.addi %v2955, %v13 : i64
        %v3402 = arith.divui %v3401, %v72 : i64
        %v3403 = arith.remui %v3401, %v72 : i64
        %v3404 = arith.addi %v45, %v3402 : i64
        %v3405 = arith.muli %v3404, %v83 : i64
        %v3406 = arith.addi %v3405, %v3403 : i64
        %v3407 = llvm.getelementptr %v6[%v3406] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2508, %v3407 : f32, !llvm.ptr<3>
        %v3408 = arith.addi %v2962, %v13 : i64
        %v3409 = arith.divui %v3408, %v72 : i64
        %v3410 = arith.remui %v3408, %v72 : i64
        %v3411 = arith.addi %v45, %v3409 : i64
        %v3412 = arith.muli %v3411, %v83 : i64
        %v3413 = arith.addi %v3412, %v3410 : i64
        %v3414 = llvm.getelementptr %v6[%v3413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2522, %v3414 : f32, !llvm.ptr<3>
        %v3415 = arith.addi %v2969, %v13 : i64
        %v3416 = arith.divui %v3415, %v72 : i64
        %v3417 = arith.remui %v3415, %v72 : i64
        %v3418 = arith.addi %v45, %v3416 : i64
        %v3419 = arith.muli %v3418, %v83 : i64
        %v3420 = arith.addi %v3419, %v3417 : i64
        %v3421 = llvm.getelementptr %v6[%v3420] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2536, %v3421 : f32, !llvm.ptr<3>
        %v3422 = arith.addi %v2976, %v13 : i64
        %v3423 = arith.divui %v3422, %v72 : i64
        %v3424 = arith.remui %v3422, %v72 : i64
        %v3425 = arith.addi %v45, %v3423 : i64
        %v3426 = arith.muli %v3425, %v83 : i64
        %v3427 = arith.addi %v3426, %v3424 : i64
        %v3428 = llvm.getelementptr %v6[%v3427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2550, %v3428 : f32, !llvm.ptr<3>
        %v3429 = arith.addi %v2983, %v13 : i64
        %v3430 = arith.divui %v3429, %v72 : i64
        %v3431 = arith.remui %v3429, %v72 : i64
        %v3432 = arith.addi %v45, %v3430 : i64
        %v3433 = arith.muli %v3432, %v83 : i64
        %v3434 = arith.addi %v3433, %v3431 : i64
        %v3435 = llvm.getelementptr %v6[%v3434] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2564, %v3435 : f32, !llvm.ptr<3>
        %v3436 = arith.addi %v2990, %v13 : i64
        %v3437 = arith.divui %v3436, %v72 : i64
        %v3438 = arith.remui %v3436, %v72 : i64
        %v3439 = arith.addi %v45, %v3437 : i64
        %v3440 = arith.muli %v3439, %v83 : i64
        %v3441 = arith.addi %v3440, %v3438 : i64
        %v3442 = llvm.getelementptr %v6[%v3441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2578, %v3442 : f32, !llvm.ptr<3>
        %v3443 = arith.addi %v2997, %v13 : i64
        %v3444 = arith.divui %v3443, %v72 : i64
        %v3445 = arith.remui %v3443, %v72 : i64
        %v3446 = arith.addi %v45, %v3444 : i64
        %v3447 = arith.muli %v3446, %v83 : i64
        %v3448 = arith.addi %v3447, %v3445 : i64
        %v3449 = llvm.getelementptr %v6[%v3448] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2592, %v3449 : f32, !llvm.ptr<3>
        %v3450 = arith.addi %v3004, %v13 : i64
        %v3451 = arith.divui %v3450, %v72 : i64
        %v3452 = arith.remui %v3450, %v72 : i64
        %v3453 = arith.addi %v45, %v3451 : i64
        %v3454 = arith.muli %v3453, %v83 : i64
        %v3455 = arith.addi %v3454, %v3452 : i64
        %v3456 = llvm.getelementptr %v6[%v3455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2606, %v3456 : f32, !llvm.ptr<3>
        %v3457 = arith.addi %v3011, %v13 : i64
        %v3458 = arith.divui %v3457, %v72 : i64
        %v3459 = arith.remui %v3457, %v72 : i64
        %v3460 = arith.addi %v45, %v3458 : i64
        %v3461 = arith.muli %v3460, %v83 : i64
        %v3462 = arith.addi %v3461, %v3459 : i64
        %v3463 = llvm.getelementptr %v6[%v3462] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2620, %v3463 : f32, !llvm.ptr<3>
        %v3464 = arith.addi %v3018, %v13 : i64
        %v3465 = arith.divui %v3464, %v72 : i64
        %v3466 = arith.remui %v3464, %v72 : i64
        %v3467 = arith.addi %v45, %v3465 : i64
        %v3468 = arith.muli %v3467, %v83 : i64
        %v3469 = arith.addi %v3468, %v3466 : i64
        %v3470 = llvm.getelementptr %v6[%v3469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2634, %v3470 : f32, !llvm.ptr<3>
        %v3471 = arith.addi %v3025, %v13 : i64
        %v3472 = arith.divui %v3471, %v72 : i64
        %v3473 = arith.remui %v3471, %v72 : i64
        %v3474 = arith.addi %v45, %v3472 : i64
        %v3475 = arith.muli %v3474, %v83 : i64
        %v3476 = arith.addi %v3475, %v3473 : i64
        %v3477 = llvm.getelementptr %v6[%v3476] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2648, %v3477 : f32, !llvm.ptr<3>
        %v3478 = arith.addi %v3032, %v13 : i64
        %v3479 = arith.divui %v3478, %v72 : i64
        %v3480 = arith.remui %v3478, %v72 : i64
        %v3481 = arith.addi %v45, %v3479 : i64
        %v3482 = arith.muli %v3481, %v83 : i64
        %v3483 = arith.addi %v3482, %v3480 : i64
        %v3484 = llvm.getelementptr %v6[%v3483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2662, %v3484 : f32, !llvm.ptr<3>
        %v3485 = arith.addi %v3039, %v13 : i64
        %v3486 = arith.divui %v3485, %v72 : i64
        %v3487 = arith.remui %v3485, %v72 : i64
        %v3488 = arith.addi %v45, %v3486 : i64
        %v3489 = arith.muli %v3488, %v83 : i64
        %v3490 = arith.addi %v3489, %v3487 : i64
        %v3491 = llvm.getelementptr %v6[%v3490] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2676, %v3491 : f32, !llvm.ptr<3>
        %v3492 = arith.addi %v3046, %v13 : i64
        %v3493 = arith.divui %v3492, %v72 : i64
        %v3494 = arith.remui %v3492, %v72 : i64
        %v3495 = arith.addi %v45, %v3493 : i64
        %v3496 = arith.muli %v3495, %v83 : i64
        %v3497 = arith.addi %v3496, %v3494 : i64
        %v3498 = llvm.getelementptr %v6[%v3497] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2690, %v3498 : f32, !llvm.ptr<3>
        %v3499 = arith.addi %v3053, %v13 : i64
        %v3500 = arith.divui %v3499, %v72 : i64
        %v3501 = arith.remui %v3499, %v72 : i64
        %v3502 = arith.addi %v45, %v3500 : i64
        %v3503 = arith.muli %v3502, %v83 : i64
        %v3504 = arith.addi %v3503, %v3501 : i64
        %v3505 = llvm.getelementptr %v6[%v3504] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2704, %v3505 : f32, !llvm.ptr<3>
        %v3506 = arith.addi %v3060, %v13 : i64
        %v3507 = arith.divui %v3506, %v72 : i64
        %v3508 = arith.remui %v3506, %v72 : i64
        %v3509 = arith.addi %v45, %v3507 : i64
        %v3510 = arith.muli %v3509, %v83 : i64
        %v3511 = arith.addi %v3510, %v3508 : i64
        %v3512 = llvm.getelementptr %v6[%v3511] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2718, %v3512 : f32, !llvm.ptr<3>
        %v3513 = arith.addi %v3067, %v13 : i64
        %v3514 = arith.divui %v3513, %v72 : i64
        %v3515 = arith.remui %v3513, %v72 : i64
        %v3516 = arith.addi %v45, %v3514 : i64
        %v3517 = arith.muli %v3516, %v83 : i64
        %v3518 = arith.addi %v3517, %v3515 : i64
        %v3519 = llvm.getelementptr %v6[%v3518] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2732, %v3519 : f32, !llvm.ptr<3>
        %v3520 = arith.addi %v3074, %v13 : i64
        %v3521 = arith.divui %v3520, %v72 : i64
        %v3522 = arith.remui %v3520, %v72 : i64
        %v3523 = arith.addi %v45, %v3521 : i64
        %v3524 = arith.muli %v3523, %v83 : i64
        %v3525 = arith.addi %v3524, %v3522 : i64
        %v3526 = llvm.getelementptr %v6[%v3525] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2746, %v3526 : f32, !llvm.ptr<3>
        %v3527 = arith.addi %v3081, %v13 : i64
        %v3528 = arith.divui %v3527, %v72 : i64
        %v3529 = arith.remui %v3527, %v72 : i64
        %v3530 = arith.addi %v45, %v3528 : i64
        %v3531 = arith.muli %v3530, %v83 : i64
        %v3532 = arith.addi %v3531, %v3529 : i64
        %v3533 = llvm.getelementptr %v6[%v3532] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2760, %v3533 : f32, !llvm.ptr<3>
        %v3534 = arith.addi %v3088, %v13 : i64
        %v3535 = arith.divui %v3534, %v72 : i64
        %v3536 = arith.remui %v3534, %v72 : i64
        %v3537 = arith.addi %v45, %v3535 : i64
        %v3538 = arith.muli %v3537, %v83 : i64
        %v3539 = arith.addi %v3538, %v3536 : i64
        %v3540 = llvm.getelementptr %v6[%v3539] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2774, %v3540 : f32, !llvm.ptr<3>
        %v3541 = arith.addi %v3095, %v13 : i64
        %v3542 = arith.divui %v3541, %v72 : i64
        %v3543 = arith.remui %v3541, %v72 : i64
        %v3544 = arith.addi %v45, %v3542 : i64
        %v3545 = arith.muli %v3544, %v83 : i64
        %v3546 = arith.addi %v3545, %v3543 : i64
        %v3547 = llvm.getelementptr %v6[%v3546] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2788, %v3547 : f32, !llvm.ptr<3>
        %v3548 = arith.addi %v3102, %v13 : i64
        %v3549 = arith.divui %v3548, %v72 : i64
        %v3550 = arith.remui %v3548, %v72 : i64
        %v3551 = arith.addi %v45, %v3549 : i64
        %v3552 = arith.muli %v3551, %v83 : i64
        %v3553 = arith.addi %v3552, %v3550 : i64
        %v3554 = llvm.getelementptr %v6[%v3553] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2802, %v3554 : f32, !llvm.ptr<3>
        %v3555 = arith.addi %v3109, %v13 : i64
        %v3556 = arith.divui %v3555, %v72 : i64
        %v3557 = arith.remui %v3555, %v72 : i64
        %v3558 = arith.addi %v45, %v3556 : i64
        %v3559 = arith.muli %v3558, %v83 : i64
        %v3560 = arith.addi %v3559, %v3557 : i64
        %v3561 = llvm.getelementptr %v6[%v3560] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2816, %v3561 : f32, !llvm.ptr<3>
        %v3562 = arith.addi %v3116, %v13 : i64
        %v3563 = arith.divui %v3562, %v72 : i64
        %v3564 = arith.remui %v3562, %v72 : i64
        %v3565 = arith.addi %v45, %v3563 : i64
        %v3566 = arith.muli %v3565, %v83 : i64
        %v3567 = arith.addi %v3566, %v3564 : i64
        %v3568 = llvm.getelementptr %v6[%v3567] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2830, %v3568 : f32, !llvm.ptr<3>
        %v3569 = arith.addi %v3123, %v13 : i64
        %v3570 = arith.divui %v3569, %v72 : i64
        %v3571 = arith.remui %v3569, %v72 : i64
        %v3572 = arith.addi %v45, %v3570 : i64
        %v3573 = arith.muli %v3572, %v83 : i64
        %v3574 = arith.addi %v3573, %v3571 : i64
        %v3575 = llvm.getelementptr %v6[%v3574] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2844, %v3575 : f32, !llvm.ptr<3>
        %v3576 = arith.addi %v3130, %v13 : i64
        %v3577 = arith.divui %v3576, %v72 : i64
        %v3578 = arith.remui %v3576, %v72 : i64
        %v3579 = arith.addi %v45, %v3577 : i64
        %v3580 = arith.muli %v3579, %v83 : i64
        %v3581 = arith.addi %v3580, %v3578 : i64
        %v3582 = llvm.getelementptr %v6[%v3581] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2858, %v3582 : f32, !llvm.ptr<3>
        %v3583 = arith.divui %v13, %v72 : i64
        %v3584 = arith.remui %v13, %v72 : i64
        %v3585 = arith.constant true
        %v3586 = arith.addi %v54, %v3583 : i64
        %v3587 = llvm.getelementptr %v5[%v3586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3588 = llvm.load %v3587 : !llvm.ptr<3> -> i64
        %v3589 = arith.addi %v1518, %v3584 : i64
        %v3590 = arith.cmpi slt, %v3589, %v71 : i64
        %v3591 = arith.subi %size_L, %v1 : i64
        %v3592 = arith.minsi %v3589, %v3591 : i64
        %v3593 = arith.addi %v3588, %v3592 : i64
        %v3594 = arith.muli %v3586, %v83 : i64
        %v3595 = arith.addi %v3594, %v3584 : i64
        %v3596 = arith.cmpi sge, %v3588, %v30 : i64
        %v3597 = arith.andi %v3590, %v3596 : i1
        %v3598 = arith.andi %v3597, %v3585 : i1
        %v3599 = llvm.getelementptr %v6[%v3595] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3600 = llvm.load %v3599 : !llvm.ptr<3> -> f32
        %v3601 = arith.addi %v3583, %v44 : i64
        %v3602 = arith.constant true
        %v3603 = arith.addi %v54, %v3601 : i64
        %v3604 = llvm.getelementptr %v5[%v3603] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3605 = llvm.load %v3604 : !llvm.ptr<3> -> i64
        %v3606 = arith.addi %v1518, %v3584 : i64
        %v3607 = arith.cmpi slt, %v3606, %v71 : i64
        %v3608 = arith.subi %size_L, %v1 : i64
        %v3609 = arith.minsi %v3606, %v3608 : i64
        %v3610 = arith.addi %v3605, %v3609 : i64
        %v3611 = arith.muli %v3603, %v83 : i64
        %v3612 = arith.addi %v3611, %v3584 : i64
        %v3613 = arith.cmpi sge, %v3605, %v30 : i64
        %v3614 = arith.andi %v3607, %v3613 : i1
        %v3615 = arith.andi %v3614, %v3602 : i1
        %v3616 = llvm.getelementptr %v6[%v3612] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3617 = llvm.load %v3616 : !llvm.ptr<3> -> f32
        %v3618 = arith.addi %v3583, %v101 : i64
        %v3619 = arith.constant true
        %v3620 = arith.addi %v54, %v3618 : i64
        %v3621 = llvm.getelementptr %v5[%v3620] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3622 = llvm.load %v3621 : !llvm.ptr<3> -> i64
        %v3623 = arith.addi %v1518, %v3584 : i64
        %v3624 = arith.cmpi slt, %v3623, %v71 : i64
        %v3625 = arith.subi %size_L, %v1 : i64
        %v3626 = arith.minsi %v3623, %v3625 : i64
        %v3627 = arith.addi %v3622, %v3626 : i64
        %v3628 = arith.muli %v3620, %v83 : i64
        %v3629 = arith.addi %v3628, %v3584 : i64
        %v3630 = arith.cmpi sge, %v3622, %v30 : i64
        %v3631 = arith.andi %v3624, %v3630 : i1
        %v3632 = arith.andi %v3631, %v3619 : i1
        %v3633 = llvm.getelementptr %v6[%v3629] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3634 = llvm.load %v3633 : !llvm.ptr<3> -> f32
        %v3635 = arith.addi %v3583, %v115 : i64
        %v3636 = arith.constant true
        %v3637 = arith.addi %v54, %v3635 : i64
        %v3638 = llvm.getelementptr %v5[%v3637] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3639 = llvm.load %v3638 : !llvm.ptr<3> -> i64
        %v3640 = arith.addi %v1518, %v3584 : i64
        %v3641 = arith.cmpi slt, %v3640, %v71 : i64
        %v3642 = arith.subi %size_L, %v1 : i64
        %v3643 = arith.minsi %v3640, %v3642 : i64
        %v3644 = arith.addi %v3639, %v3643 : i64
        %v3645 = arith.muli %v3637, %v83 : i64
        %v3646 = arith.addi %v3645, %v3584 : i64
        %v3647 = arith.cmpi sge, %v3639, %v30 : i64
        %v3648 = arith.andi %v3641, %v3647 : i1
        %v3649 = arith.andi %v3648, %v3636 : i1
        %v3650 = llvm.getelementptr %v6[%v3646] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3651 = llvm.load %v3650 : !llvm.ptr<3> -> f32
        %v3652 = arith.addi %v3583, %v129 : i64
        %v3653 = arith.constant true
        %v3654 = arith.addi %v54, %v3652 : i64
        %v3655 = llvm.getelementptr %v5[%v3654] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3656 = llvm.load %v3655 : !llvm.ptr<3> -> i64
        %v3657 = arith.addi %v1518, %v3584 : i64
        %v3658 = arith.cmpi slt, %v3657, %v71 : i64
        %v3659 = arith.subi %size_L, %v1 : i64
        %v3660 = arith.minsi %v3657, %v3659 : i64
        %v3661 = arith.addi %v3656, %v3660 : i64
        %v3662 = arith.muli %v3654, %v83 : i64
        %v3663 = arith.addi %v3662, %v3584 : i64
        %v3664 = arith.cmpi sge, %v3656, %v30 : i64
        %v3665 = arith.andi %v3658, %v3664 : i1
        %v3666 = arith.andi %v3665, %v3653 : i1
        %v3667 = llvm.getelementptr %v6[%v3663] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3668 = llvm.load %v3667 : !llvm.ptr<3> -> f32
        %v3669 = arith.addi %v3583, %v143 : i64
        %v3670 = arith.constant true
        %v3671 = arith.addi %v54, %v3669 : i64
        %v3672 = llvm.getelementptr %v5[%v3671] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3673 = llvm.load %v3672 : !llvm.ptr<3> -> i64
        %v3674 = arith.addi %v1518, %v3584 : i64
        %v3675 = arith.cmpi slt, %v3674, %v71 : i64
        %v3676 = arith.subi %size_L, %v1 : i64
        %v3677 = arith.minsi %v3674, %v3676 : i64
        %v3678 = arith.addi %v3673, %v3677 : i64
        %v3679 = arith.muli %v3671, %v83 : i64
        %v3680 = arith.addi %v3679, %v3584 : i64
        %v3681 = arith.cmpi sge, %v3673, %v30 : i64
        %v3682 = arith.andi %v3675, %v3681 : i1
        %v3683 = arith.andi %v3682, %v3670 : i1
        %v3684 = llvm.getelementptr %v6[%v3680] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3685 = llvm.load %v3684 : !llvm.ptr<3> -> f32
        %v3686 = arith.addi %v3583, %v157 : i64
        %v3687 = arith.constant true
        %v3688 = arith.addi %v54, %v3686 : i64
        %v3689 = llvm.getelementptr %v5[%v3688] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3690 = llvm.load %v3689 : !llvm.ptr<3> -> i64
        %v3691 = arith.addi %v1518, %v3584 : i64
        %v3692 = arith.cmpi slt, %v3691, %v71 : i64
        %v3693 = arith.subi %size_L, %v1 : i64
        %v3694 = arith.minsi %v3691, %v3693 : i64
        %v3695 = arith.addi %v3690, %v3694 : i64
        %v3696 = arith.muli %v3688, %v83 : i64
        %v3697 = arith.addi %v3696, %v3584 : i64
        %v3698 = arith.cmpi sge, %v3690, %v30 : i64
        %v3699 = arith.andi %v3692, %v3698 : i1
        %v3700 = arith.andi %v3699, %v3687 : i1
        %v3701 = llvm.getelementptr %v6[%v3697] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3702 = llvm.load %v3701 : !llvm.ptr<3> -> f32
        %v3703 = arith.addi %v3583, %v171 : i64
        %v3704 = arith.constant true
        %v3705 = arith.addi %v54, %v3703 : i64
        %v3706 = llvm.getelementptr %v5[%v3705] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3707 = llvm.load %v3706 : !llvm.ptr<3> -> i64
        %v3708 = arith.addi %v1518, %v3584 : i64
        %v3709 = arith.cmpi slt, %v3708, %v71 : i64
        %v3710 = arith.subi %size_L, %v1 : i64
        %v3711 = arith.minsi %v3708, %v3710 : i64
        %v3712 = arith.addi %v3707, %v3711 : i64
        %v3713 = arith.muli %v3705, %v83 : i64
        %v3714 = arith.addi %v3713, %v3584 : i64
        %v3715 = arith.cmpi sge, %v3707, %v30 : i64
        %v3716 = arith.andi %v3709, %v3715 : i1
        %v3717 = arith.andi %v3716, %v3704 : i1
        %v3718 = llvm.getelementptr %v6[%v3714] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3719 = llvm.load %v3718 : !llvm.ptr<3> -> f32
        %v3720 = arith.addi %v3583, %v185 : i64
        %v3721 = arith.constant true
        %v3722 = arith.addi %v54, %v3720 : i64
        %v3723 = llvm.getelementptr %v5[%v3722] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3724 = llvm.load %v3723 : !llvm.ptr<3> -> i64
        %v3725 = arith.addi %v1518, %v3584 : i64
        %v3726 = arith.cmpi slt, %v3725, %v71 : i64
        %v3727 = arith.subi %size_L, %v1 : i64
        %v3728 = arith.minsi %v3725, %v3727 : i64
        %v3729 = arith.addi %v3724, %v3728 : i64
        %v3730 = arith.muli %v3722, %v83 : i64
        %v3731 = arith.addi %v3730, %v3584 : i64
        %v3732 = arith.cmpi sge, %v3724, %v30 : i64
        %v3733 = arith.andi %v3726, %v3732 : i1
        %v3734 = arith.andi %v3733, %v3721 : i1
        %v3735 = llvm.getelementptr %v6[%v3731] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3736 = llvm.load %v3735 : !llvm.ptr<3> -> f32
        %v3737 = arith.addi %v3583, %v199 : i64
        %v3738 = arith.constant true
        %v3739 = arith.addi %v54, %v3737 : i64
        %v3740 = llvm.getelementptr %v5[%v3739] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3741 = llvm.load %v3740 : !llvm.ptr<3> -> i64
        %v3742 = arith.addi %v1518, %v3584 : i64
        %v3743 = arith.cmpi slt, %v3742, %v71 : i64
        %v3744 = arith.subi %size_L, %v1 : i64
        %v3745 = arith.minsi %v3742, %v3744 : i64
        %v3746 = arith.addi %v3741, %v3745 : i64
        %v3747 = arith.muli %v3739, %v83 : i64
        %v3748 = arith.addi %v3747, %v3584 : i64
        %v3749 = arith.cmpi sge, %v3741, %v30 : i64
        %v3750 = arith.andi %v3743, %v3749 : i1
        %v3751 = arith.andi %v3750, %v3738 : i1
        %v3752 = llvm.getelementptr %v6[%v3748] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3753 = llvm.load %v3752 : !llvm.ptr<3> -> f32
        %v3754 = arith.addi %v3583, %v213 : i64
        %v3755 = arith.constant true
        %v3756 = arith.addi %v54, %v3754 : i64
        %v3757 = llvm.getelementptr %v5[%v3756] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3758 = llvm.load %v3757 : !llvm.ptr<3> -> i64
        %v3759 = arith.addi %v1518, %v3584 : i64
        %v3760 = arith.cmpi slt, %v3759, %v71 : i64
        %v3761 = arith.subi %size_L, %v1 : i64
        %v3762 = arith.minsi %v3759, %v3761 : i64
        %v3763 = arith.addi %v3758, %v3762 : i64
        %v3764 = arith.muli %v3756, %v83 : i64
        %v3765 = arith.addi %v3764, %v3584 : i64
        %v3766 = arith.cmpi sge, %v3758, %v30 : i64
        %v3767 = arith.andi %v3760, %v3766 : i1
        %v3768 = arith.andi %v3767, %v3755 : i1
        %v3769 = llvm.getelementptr %v6[%v3765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3770 = llvm.load %v3769 : !llvm.ptr<3> -> f32
        %v3771 = arith.addi %v3583, %v227 : i64
        %v3772 = arith.constant true
        %v3773 = arith.addi %v54, %v3771 : i64
        %v3774 = llvm.getelementptr %v5[%v3773] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3775 = llvm.load %v3774 : !llvm.ptr<3> -> i64
        %v3776 = arith.addi %v1518, %v3584 : i64
        %v3777 = arith.cmpi slt, %v3776, %v71 : i64
        %v3778 = arith.subi %size_L, %v1 : i64
        %v3779 = arith.minsi %v3776, %v3778 : i64
        %v3780 = arith.addi %v3775, %v3779 : i64
        %v3781 = arith.muli %v3773, %v83 : i64
        %v3782 = arith.addi %v3781, %v3584 : i64
        %v3783 = arith.cmpi sge, %v3775, %v30 : i64
        %v3784 = arith.andi %v3777, %v3783 : i1
        %v3785 = arith.andi %v3784, %v3772 : i1
        %v3786 = llvm.getelementptr %v6[%v3782] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3787 = llvm.load %v3786 : !llvm.ptr<3> -> f32
        %v3788 = arith.addi %v3583, %v241 : i64
        %v3789 = arith.constant true
        %v3790 = arith.addi %v54, %v3788 : i64
        %v3791 = llvm.getelementptr %v5[%v3790] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3792 = llvm.load %v3791 : !llvm.ptr<3> -> i64
        %v3793 = arith.addi %v1518, %v3584 : i64
        %v3794 = arith.cmpi slt, %v3793, %v71 : i64
        %v3795 = arith.subi %size_L, %v1 : i64
        %v3796 = arith.minsi %v3793, %v3795 : i64
        %v3797 = arith.addi %v3792, %v3796 : i64
        %v3798 = arith.muli %v3790, %v83 : i64
        %v3799 = arith.addi %v3798, %v3584 : i64
        %v3800 = arith.cmpi sge, %v3792, %v30 : i64
        %v3801 = arith.andi %v3794, %v3800 : i1
        %v3802 = arith.andi %v3801, %v3789 : i1
        %v3803 = llvm.getelementptr %v6[%v3799] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3804 = llvm.load %v3803 : !llvm.ptr<3> -> f32
        %v3805 = arith.addi %v3583, %v255 : i64
        %v3806 = arith.constant true
        %v3807 = arith.addi %v54, %v3805 : i64
        %v3808 = llvm.getelementptr %v5[%v3807] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3809 = llvm.load %v3808 : !llvm.ptr<3> -> i64
        %v3810 = arith.addi %v1518, %v3584 : i64
        %v3811 = arith.cmpi slt, %v3810, %v71 : i64
        %v3812 = arith.subi %size_L, %v1 : i64
        %v3813 = arith.minsi %v3810, %v3812 : i64
        %v3814 = arith.addi %v3809, %v3813 : i64
        %v3815 = arith.muli %v3807, %v83 : i64
        %v3816 = arith.addi %v3815, %v3584 : i64
        %v3817 = arith.cmpi sge, %v3809, %v30 : i64
        %v3818 = arith.andi %v3811, %v3817 : i1
        %v3819 = arith.andi %v3818, %v3806 : i1
        %v3820 = llvm.getelementptr %v6[%v3816] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3821 = llvm.load %v3820 : !llvm.ptr<3> -> f32
        %v3822 = arith.addi %v3583, %v269 : i64
        %v3823 = arith.constant true
        %v3824 = arith.addi %v54, %v3822 : i64
        %v3825 = llvm.getelementptr %v5[%v3824] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3826 = llvm.load %v3825 : !llvm.ptr<3> -> i64
        %v3827 = arith.addi %v1518, %v3584 : i64
        %v3828 = arith.cmpi slt, %v3827, %v71 : i64
        %v3829 = arith.subi %size_L, %v1 : i64
        %v3830 = arith.minsi %v3827, %v3829 : i64
        %v3831 = arith.addi %v3826, %v3830 : i64
        %v3832 = arith.muli %v3824, %v83 : i64
        %v3833 = arith.addi %v3832, %v3584 : i64
        %v3834 = arith.cmpi sge, %v3826, %v30 : i64
        %v3835 = arith.andi %v3828, %v3834 : i1
        %v3836 = arith.andi %v3835, %v3823 : i1
        %v3837 = llvm.getelementptr %v6[%v3833] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3838 = llvm.load %v3837 : !llvm.ptr<3> -> f32
        %v3839 = arith.addi %v3583, %v283 : i64
        %v3840 = arith.constant true
        %v3841 = arith.addi %v54, %v3839 : i64
        %v3842 = llvm.getelementptr %v5[%v3841] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3843 = llvm.load %v3842 : !llvm.ptr<3> -> i64
        %v3844 = arith.addi %v1518, %v3584 : i64
        %v3845 = arith.cmpi slt, %v3844, %v71 : i64
        %v3846 = arith.subi %size_L, %v1 : i64
        %v3847 = arith.minsi %v3844, %v3846 : i64
        %v3848 = arith.addi %v3843, %v3847 : i64
        %v3849 = arith.muli %v3841, %v83 : i64
        %v3850 = arith.addi %v3849, %v3584 : i64
        %v3851 = arith.cmpi sge, %v3843, %v30 : i64
        %v3852 = arith.andi %v3845, %v3851 : i1
        %v3853 = arith.andi %v3852, %v3840 : i1
        %v3854 = llvm.getelementptr %v6[%v3850] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3855 = llvm.load %v3854 : !llvm.ptr<3> -> f32
        %v3856 = arith.addi %v3583, %v72 : i64
        %v3857 = arith.constant true
        %v3858 = arith.addi %v54, %v3856 : i64
        %v3859 = llvm.getelementptr %v5[%v3858] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3860 = llvm.load %v3859 : !llvm.ptr<3> -> i64
        %v3861 = arith.addi %v1518, %v3584 : i64
        %v3862 = arith.cmpi slt, %v3861, %v71 : i64
        %v3863 = arith.subi %size_L, %v1 : i64
        %v3864 = arith.minsi %v3861, %v3863 : i64
        %v3865 = arith.addi %v3860, %v3864 : i64
        %v3866 = arith.muli %v3858, %v83 : i64
        %v3867 = arith.addi %v3866, %v3584 : i64
        %v3868 = arith.cmpi sge, %v3860, %v30 : i64
        %v3869 = arith.andi %v3862, %v3868 : i1
        %v3870 = arith.andi %v3869, %v3857 : i1
        %v3871 = llvm.getelementptr %v6[%v3867] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3872 = llvm.load %v3871 : !llvm.ptr<3> -> f32
        %v3873 = arith.addi %v3583, %v310 : i64
        %v3874 = arith.constant true
        %v3875 = arith.addi %v54, %v3873 : i64
        %v3876 = llvm.getelementptr %v5[%v3875] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3877 = llvm.load %v3876 : !llvm.ptr<3> -> i64
        %v3878 = arith.addi %v1518, %v3584 : i64
        %v3879 = arith.cmpi slt, %v3878, %v71 : i64
        %v3880 = arith.subi %size_L, %v1 : i64
        %v3881 = arith.minsi %v3878, %v3880 : i64
        %v3882 = arith.addi %v3877, %v3881 : i64
        %v3883 = arith.muli %v3875, %v83 : i64
        %v3884 = arith.addi %v3883, %v3584 : i64
        %v3885 = arith.cmpi sge, %v3877, %v30 : i64
        %v3886 = arith.andi %v3879, %v3885 : i1
        %v3887 = arith.andi %v3886, %v3874 : i1
        %v3888 = llvm.getelementptr %v6[%v3884] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3889 = llvm.load %v3888 : !llvm.ptr<3> -> f32
        %v3890 = arith.addi %v3583, %v324 : i64
        %v3891 = arith.constant true
        %v3892 = arith.addi %v54, %v3890 : i64
        %v3893 = llvm.getelementptr %v5[%v3892] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3894 = llvm.load %v3893 : !llvm.ptr<3> -> i64
        %v3895 = arith.addi %v1518, %v3584 : i64
        %v3896 = arith.cmpi slt, %v3895, %v71 : i64
        %v3897 = arith.subi %size_L, %v1 : i64
        %v3898 = arith.minsi %v3895, %v3897 : i64
        %v3899 = arith.addi %v3894, %v3898 : i64
        %v3900 = arith.muli %v3892, %v83 : i64
        %v3901 = arith.addi %v3900, %v3584 : i64
        %v3902 = arith.cmpi sge, %v3894, %v30 : i64
        %v3903 = arith.andi %v3896, %v3902 : i1
        %v3904 = arith.andi %v3903, %v3891 : i1
        %v3905 = llvm.getelementptr %v6[%v3901] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3906 = llvm.load %v3905 : !llvm.ptr<3> -> f32
        %v3907 = arith.addi %v3583, %v338 : i64
        %v3908 = arith.constant true
        %v3909 = arith.addi %v54, %v3907 : i64
        %v3910 = llvm.getelementptr %v5[%v3909] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3911 = llvm.load %v3910 : !llvm.ptr<3> -> i64
        %v3912 = arith.addi %v1518, %v3584 : i64
        %v3913 = arith.cmpi slt, %v3912, %v71 : i64
        %v3914 = arith.subi %size_L, %v1 : i64
        %v3915 = arith.minsi %v3912, %v3914 : i64
        %v3916 = arith.addi %v3911, %v3915 : i64
        %v3917 = arith.muli %v3909, %v83 : i64
        %v3918 = arith.addi %v3917, %v3584 : i64
        %v3919 = arith.cmpi sge, %v3911, %v30 : i64
        %v3920 = arith.andi %v3913, %v3919 : i1
        %v3921 = arith.andi %v3920, %v3908 : i1
        %v3922 = llvm.getelementptr %v6[%v3918] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3923 = llvm.load %v3922 : !llvm.ptr<3> -> f32
        %v3924 = arith.addi %v3583, %v352 : i64
        %v3925 = arith.constant true
        %v3926 = arith.addi %v54, %v3924 : i64
        %v3927 = llvm.getelementptr %v5[%v3926] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3928 = llvm.load %v3927 : !llvm.ptr<3> -> i64
        %v3929 = arith.addi %v1518, %v3584 : i64
        %v3930 = arith.cmpi slt, %v3929, %v71 : i64
        %v3931 = arith.subi %size_L, %v1 : i64
        %v3932 = arith.minsi %v3929, %v3931 : i64
        %v3933 = arith.addi %v3928, %v3932 : i64
        %v3934 = arith.muli %v3926, %v83 : i64
        %v3935 = arith.addi %v3934, %v3584 : i64
        %v3936 = arith.cmpi sge, %v3928, %v30 : i64
        %v3937 = arith.andi %v3930, %v3936 : i1
        %v3938 = arith.andi %v3937, %v3925 : i1
        %v3939 = llvm.getelementptr %v6[%v3935] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3940 = llvm.load %v3939 : !llvm.ptr<3> -> f32
        %v3941 = arith.addi %v3583, %v366 : i64
        %v3942 = arith.constant true
        %v3943 = arith.addi %v54, %v3941 : i64
        %v3944 = llvm.getelementptr %v5[%v3943] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3945 = llvm.load %v3944 : !llvm.ptr<3> -> i64
        %v3946 = arith.addi %v1518, %v3584 : i64
        %v3947 = arith.cmpi slt, %v3946, %v71 : i64
        %v3948 = arith.subi %size_L, %v1 : i64
        %v3949 = arith.minsi %v3946, %v3948 : i64
        %v3950 = arith.addi %v3945, %v3949 : i64
        %v3951 = arith.muli %v3943, %v83 : i64
        %v3952 = arith.addi %v3951, %v3584 : i64
        %v3953 = arith.cmpi sge, %v3945, %v30 : i64
        %v3954 = arith.andi %v3947, %v3953 : i1
        %v3955 = arith.andi %v3954, %v3942 : i1
        %v3956 = llvm.getelementptr %v6[%v3952] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3957 = llvm.load %v3956 : !llvm.ptr<3> -> f32
        %v3958 = arith.addi %v3583, %v380 : i64
        %v3959 = arith.constant true
        %v3960 = arith.addi %v54, %v3958 : i64
        %v3961 = llvm.getelementptr %v5[%v3960] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3962 = llvm.load %v3961 : !llvm.ptr<3> -> i64
        %v3963 = arith.addi %v1518, %v3584 : i64
        %v3964 = arith.cmpi slt, %v3963, %v71 : i64
        %v3965 = arith.subi %size_L, %v1 : i64
        %v3966 = arith.minsi %v3963, %v3965 : i64
        %v3967 = arith.addi %v3962, %v3966 : i64
        %v3968 = arith.muli %v3960, %v83 : i64
        %v3969 = arith.addi %v3968, %v3584 : i64
        %v3970 = arith.cmpi sge, %v3962, %v30 : i64
        %v3971 = arith.andi %v3964, %v3970 : i1
        %v3972 = arith.andi %v3971, %v3959 : i1
        %v3973 = llvm.getelementptr %v6[%v3969] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3974 = llvm.load %v3973 : !llvm.ptr<3> -> f32
        %v3975 = arith.addi %v3583, %v394 : i64
        %v3976 = arith.constant true
        %v3977 = arith.addi %v54, %v3975 : i64
        %v3978 = llvm.getelementptr %v5[%v3977] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3979 = llvm.load %v3978 : !llvm.ptr<3> -> i64
        %v3980 = arith.addi %v1518, %v3584 : i64
        %v3981 = arith.cmpi slt, %v3980, %v71 : i64
        %v3982 = arith.subi %size_L, %v1 : i64
        %v3983 = arith.minsi %v3980, %v3982 : i64
        %v3984 = arith.addi %v3979, %v3983 : i64
        %v3985 = arith.muli %v3977, %v83 : i64
        %v3986 = arith.addi %v3985, %v3584 : i64
        %v3987 = arith.cmpi sge, %v3979, %v30 : i64
        %v3988 = arith.andi %v3981, %v3987 : i1
        %v3989 = arith.andi %v3988, %v3976 : i1
        %v3990 = llvm.getelementptr %v6[%v3986] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3991 = llvm.load %v3990 : !llvm.ptr<3> -> f32
        %v3992 = arith.addi %v3583, %v408 : i64
        %v3993 = arith.constant true
        %v3994 = arith.addi %v54, %v3992 : i64
        %v3995 = llvm.getelementptr %v5[%v3994] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3996 = llvm.load %v3995 : !llvm.ptr<3> -> i64
        %v3997 = arith.addi %v1518, %v3584 : i64
        %v3998 = arith.cmpi slt, %v3997, %v71 : i64
        %v3999 = arith.subi %size_L, %v1 : i64
        %v4000 = arith.minsi %v3997, %v3999 : i64
        %v4001 = arith.addi %v3996, %v4000 : i64
        %v4002 = arith.muli %v3994, %v83 : i64
        %v4003 = arith.addi %v4002, %v3584 : i64
        %v4004 = arith.cmpi sge, %v3996, %v30 : i64
        %v4005 = arith.andi %v3998, %v4004 : i1
        %v4006 = arith.andi %v4005, %v3993 : i1
        %v4007 = llvm.getelementptr %v6[%v4003] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4008 = llvm.load %v4007 : !llvm.ptr<3> -> f32
        %v4009 = arith.addi %v3583, %v422 : i64
        %v4010 = arith.constant true
        %v4011 = arith.addi %v54, %v4009 : i64
        %v4012 = llvm.getelementptr %v5[%v4011] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4013 = llvm.load %v4012 : !llvm.ptr<3> -> i64
        %v4014 = arith.addi %v1518, %v3584 : i64
        %v4015 = arith.cmpi slt, %v4014, %v71 : i64
        %v4016 = arith.subi %size_L, %v1 : i64
        %v4017 = arith.minsi %v4014, %v4016 : i64
        %v4018 = arith.addi %v4013, %v4017 : i64
        %v4019 = arith.muli %v4011, %v83 : i64
        %v4020 = arith.addi %v4019, %v3584 : i64
        %v4021 = arith.cmpi sge, %v4013, %v30 : i64
        %v4022 = arith.andi %v4015, %v4021 : i1
        %v4023 = arith.andi %v4022, %v4010 : i1
        %v4024 = llvm.getelementptr %v6[%v4020] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4025 = llvm.load %v4024 : !llvm.ptr<3> -> f32
        %v4026 = arith.addi %v3583, %v436 : i64
        %v4027 = arith.constant true
        %v4028 = arith.addi %v54, %v4026 : i64
        %v4029 = llvm.getelementptr %v5[%v4028] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4030 = llvm.load %v4029 : !llvm.ptr<3> -> i64
        %v4031 = arith.addi %v1518, %v3584 : i64
        %v4032 = arith.cmpi slt, %v4031, %v71 : i64
        %v4033 = arith.subi %size_L, %v1 : i64
        %v4034 = arith.minsi %v4031, %v4033 : i64
        %v4035 = arith.addi %v4030, %v4034 : i64
        %v4036 = arith.muli %v4028, %v83 : i64
        %v4037 = arith.addi %v4036, %v3584 : i64
        %v4038 = arith.cmpi sge, %v4030, %v30 : i64
        %v4039 = arith.andi %v4032, %v4038 : i1
        %v4040 = arith.andi %v4039, %v4027 : i1
        %v4041 = llvm.getelementptr %v6[%v4037] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4042 = llvm.load %v4041 : !llvm.ptr<3> -> f32
        %v4043 = arith.addi %v3583, %v450 : i64
        %v4044 = arith.constant true
        %v4045 = arith.addi %v54, %v4043 : i64
        %v4046 = llvm.getelementptr %v5[%v4045] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4047 = llvm.load %v4046 : !llvm.ptr<3> -> i64
        %v4048 = arith.addi %v1518, %v3584 : i64
        %v4049 = arith.cmpi slt, %v4048, %v71 : i64
        %v4050 = arith.subi %size_L, %v1 : i64
        %v4051 = arith.minsi %v4048, %v4050 : i64
        %v4052 = arith.addi %v4047, %v4051 : i64
        %v4053 = arith.muli %v4045, %v83 : i64
        %v4054 = arith.addi %v4053, %v3584 : i64
        %v4055 = arith.cmpi sge, %v4047, %v30 : i64
        %v4056 = arith.andi %v4049, %v4055 : i1
        %v4057 = arith.andi %v4056, %v4044 : i1
        %v4058 = llvm.getelementptr %v6[%v4054] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4059 = llvm.load %v4058 : !llvm.ptr<3> -> f32
        %v4060 = arith.addi %v3583, %v464 : i64
        %v4061 = arith.constant true
        %v4062 = arith.addi %v54, %v4060 : i64
        %v4063 = llvm.getelementptr %v5[%v4062] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4064 = llvm.load %v4063 : !llvm.ptr<3> -> i64
        %v4065 = arith.addi %v1518, %v3584 : i64
        %v4066 = arith.cmpi slt, %v4065, %v71 : i64
        %v4067 = arith.subi %size_L, %v1 : i64
        %v4068 = arith.minsi %v4065, %v4067 : i64
        %v4069 = arith.addi %v4064, %v4068 : i64
        %v4070 = arith.muli %v4062, %v83 : i64
        %v4071 = arith.addi %v4070, %v3584 : i64
        %v4072 = arith.cmpi sge, %v4064, %v30 : i64
        %v4073 = arith.andi %v4066, %v4072 : i1
        %v4074 = arith.andi %v4073, %v4061 : i1
        %v4075 = llvm.getelementptr %v6[%v4071] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4076 = llvm.load %v4075 : !llvm.ptr<3> -> f32
        %v4077 = arith.addi %v3583, %v478 : i64
        %v4078 = arith.constant true
        %v4079 = arith.addi %v54, %v4077 : i64
        %v4080 = llvm.getelementptr %v5[%v4079] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4081 = llvm.load %v4080 : !llvm.ptr<3> -> i64
        %v4082 = arith.addi %v1518, %v3584 : i64
        %v4083 = arith.cmpi slt, %v4082, %v71 : i64
        %v4084 = arith.subi %size_L, %v1 : i64
        %v4085 = arith.minsi %v4082, %v4084 : i64
        %v4086 = arith.addi %v4081, %v4085 : i64
        %v4087 = arith.muli %v4079, %v83 : i64
        %v4088 = arith.addi %v4087, %v3584 : i64
        %v4089 = arith.cmpi sge, %v4081, %v30 : i64
        %v4090 = arith.andi %v4083, %v4089 : i1
        %v4091 = arith.andi %v4090, %v4078 : i1
        %v4092 = llvm.getelementptr %v6[%v4088] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4093 = llvm.load %v4092 : !llvm.ptr<3> -> f32
        %v4094 = arith.addi %v3583, %v492 : i64
        %v4095 = arith.constant true
        %v4096 = arith.addi %v54, %v4094 : i64
        %v4097 = llvm.getelementptr %v5[%v4096] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4098 = llvm.load %v4097 : !llvm.ptr<3> -> i64
        %v4099 = arith.addi %v1518, %v3584 : i64
        %v4100 = arith.cmpi slt, %v4099, %v71 : i64
        %v4101 = arith.subi %size_L, %v1 : i64
        %v4102 = arith.minsi %v4099, %v4101 : i64
        %v4103 = arith.addi %v4098, %v4102 : i64
        %v4104 = arith.muli %v4096, %v83 : i64
        %v4105 = arith.addi %v4104, %v3584 : i64
        %v4106 = arith.cmpi sge, %v4098, %v30 : i64
        %v4107 = arith.andi %v4100, %v4106 : i1
        %v4108 = arith.andi %v4107, %v4095 : i1
        %v4109 = llvm.getelementptr %v6[%v4105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4110 = llvm.load %v4109 : !llvm.ptr<3> -> f32
        %v4111 = arith.addi %v3583, %v506 : i64
        %v4112 = arith.constant true
        %v4113 = arith.addi %v54, %v4111 : i64
        %v4114 = llvm.getelementptr %v5[%v4113] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4115 = llvm.load %v4114 : !llvm.ptr<3> -> i64
        %v4116 = arith.addi %v1518, %v3584 : i64
        %v4117 = arith.cmpi slt, %v4116, %v71 : i64
        %v4118 = arith.subi %size_L, %v1 : i64
        %v4119 = arith.minsi %v4116, %v4118 : i64
        %v4120 = arith.addi %v4115, %v4119 : i64
        %v4121 = arith.muli %v4113, %v83 : i64
        %v4122 = arith.addi %v4121, %v3584 : i64
        %v4123 = arith.cmpi sge, %v4115, %v30 : i64
        %v4124 = arith.andi %v4117, %v4123 : i1
        %v4125 = arith.andi %v4124, %v4112 : i1
        %v4126 = llvm.getelementptr %v6[%v4122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4127 = llvm.load %v4126 : !llvm.ptr<3> -> f32
        scf.if %v3598 {
          %v4128 = llvm.getelementptr %out_y[%v3593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3600, %v4128 : f32, !llvm.ptr
        }
        scf.if %v3615 {
          %v4129 = llvm.getelementptr %out_y[%v3610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3617, %v4129 : f32, !llvm.ptr
        }
        scf.if %v3632 {
          %v4130 = llvm.getelementptr %out_y[%v3627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3634, %v4130 : f32, !llvm.ptr
        }
        scf.if %v3649 {
          %v4131 = llvm.getelementptr %out_y[%v3644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3651, %v4131 : f32, !llvm.ptr
        }
        scf.if %v3666 {
          %v4132 = llvm.getelementptr %out_y[%v3661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3668, %v4132 : f32, !llvm.ptr
        }
        scf.if %v3683 {
          %v4133 = llvm.getelementptr %out_y[%v3678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3685, %v4133 : f32, !llvm.ptr
        }
        scf.if %v3700 {
          %v4134 = llvm.getelementptr %out_y[%v3695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3702, %v4134 : f32, !llvm.ptr
        }
        scf.if %v3717 {
          %v4135 = llvm.getelementptr %out_y[%v3712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3719, %v4135 : f32, !llvm.ptr
        }
        scf.if %v3734 {
          %v4136 = llvm.getelementptr %out_y[%v3729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3736, %v4136 : f32, !llvm.ptr
        }
        scf.if %v3751 {
          %v4137 = llvm.getelementptr %out_y[%v3746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3753, %v4137 : f32, !llvm.ptr
        }
        scf.if %v3768 {
          %v4138 = llvm.getelementptr %out_y[%v3763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3770, %v4138 : f32, !llvm.ptr
        }
        scf.if %v3785 {
          %v4139 = llvm.getelementptr %out_y[%v3780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3787, %v4139 : f32, !llvm.ptr
        }
        scf.if %v3802 {
          %v4140 = llvm.getelementptr %out_y[%v3797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3804, %v4140 : f32, !llvm.ptr
        }
        scf.if %v3819 {
          %v4141 = llvm.getelementptr %out_y[%v3814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3821, %v4141 : f32, !llvm.ptr
        }
        scf.if %v3836 {
          %v4142 = llvm.getelementptr %out_y[%v3831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3838, %v4142 : f32, !llvm.ptr
        }
        scf.if %v3853 {
          %v4143 = llvm.getelementptr %out_y[%v3848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3855, %v4143 : f32, !llvm.ptr
        }
        scf.if %v3870 {
          %v4144 = llvm.getelementptr %out_y[%v3865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3872, %v4144 : f32, !llvm.ptr
        }
        scf.if %v3887 {
          %v4145 = llvm.getelementptr %out_y[%v3882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3889, %v4145 : f32, !llvm.ptr
        }
        scf.if %v3904 {
          %v4146 = llvm.getelementptr %out_y[%v3899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3906, %v4146 : f32, !llvm.ptr
        }
        scf.if %v3921 {
          %v4147 = llvm.getelementptr %out_y[%v3916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3923, %v4147 : f32, !llvm.ptr
        }
        scf.if %v3938 {
          %v4148 = llvm.getelementptr %out_y[%v3933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3940, %v4148 : f32, !llvm.ptr
        }
        scf.if %v3955 {
          %v4149 = llvm.getelementptr %out_y[%v3950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3957, %v4149 : f32, !llvm.ptr
        }
        scf.if %v3972 {
          %v4150 = llvm.getelementptr %out_y[%v3967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3974, %v4150 : f32, !llvm.ptr
        }
        scf.if %v3989 {
          %v4151 = llvm.getelementptr %out_y[%v3984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3991, %v4151 : f32, !llvm.ptr
        }
        scf.if %v4006 {
          %v4152 = llvm.getelementptr %out_y[%v4001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4008, %v4152 : f32, !llvm.ptr
        }
        scf.if %v4023 {
          %v4153 = llvm.getelementptr %out_y[%v4018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4025, %v4153 : f32, !llvm.ptr
        }
        scf.if %v4040 {
          %v4154 = llvm.getelementptr %out_y[%v4035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4042, %v4154 : f32, !llvm.ptr
        }
        scf.if %v4057 {
          %v4155 = llvm.getelementptr %out_y[%v4052] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4059, %v4155 : f32, !llvm.ptr
        }
        scf.if %v4074 {
          %v4156 = llvm.getelementptr %out_y[%v4069] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4076, %v4156 : f32, !llvm.ptr
        }
        scf.if %v4091 {
          %v4157 = llvm.getelementptr %out_y[%v4086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4093, %v4157 : f32, !llvm.ptr
        }
        scf.if %v4108 {
          %v4158 = llvm.getelementptr %out_y[%v4103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4110, %v4158 : f32, !llvm.ptr
        }
        scf.if %v4125 {
          %v4159 = llvm.getelementptr %out_y[%v4120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4127, %v4159 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      %v4160 = arith.subi %v10, %v1 : i64
      %v4161 = arith.cmpi eq, %v19, %v4160 : i64
      %v4162 = arith.andi %v23, %v4161 : i1
      %v4163 = llvm.load %v3 : !llvm.ptr -> f32
      scf.if %v4162 {
        %v4164 = arith.muli %v28, %size_D : i64
        %v4165 = arith.addi %v4164, %v26 : i64
        %v4166 = llvm.getelementptr %out_h_last[%v4165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4163, %v4166 : f32, !llvm.ptr
      }
      %v4167 = llvm.load %v4 : !llvm.ptr -> f32
      scf.if %v4162 {
        %v4168 = arith.muli %v28, %size_D : i64
        %v4169 = arith.addi %v4168, %v26 : i64
        %v4170 = llvm.getelementptr %out_hp_last[%v4169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4167, %v4170 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
