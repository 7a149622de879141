module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_arma_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<320 x i64>
    llvm.mlir.global internal @smem_arma_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<10560 x f32>
    gpu.func @arma_chunk_apply(%in_e: !llvm.ptr, %in_phi1: !llvm.ptr, %in_phi2: !llvm.ptr, %in_theta1: !llvm.ptr, %in_theta2: !llvm.ptr, %out_y: !llvm.ptr, %out_forecast: !llvm.ptr, %carry_h: !llvm.ptr, %ckpt_h: !llvm.ptr, %carry_h_lag1: !llvm.ptr, %ckpt_h_lag1: !llvm.ptr, %carry_e_lag1: !llvm.ptr, %ckpt_e_lag1: !llvm.ptr, %carry_e_lag2: !llvm.ptr, %ckpt_e_lag2: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.mlir.addressof @rows_arma_chunk_apply : !llvm.ptr<3>
      %v8 = llvm.mlir.addressof @smem_arma_chunk_apply : !llvm.ptr<3>
      %v9 = arith.constant 255 : i64
      %v10 = arith.addi %size_L, %v9 : i64
      %v11 = arith.constant 256 : i64
      %v12 = arith.divui %v10, %v11 : i64
      %v17 = arith.constant 64 : i64
      %v18 = arith.constant 63 : i64
      %v32 = arith.constant 0 : i64
      %v33 = arith.muli %size_L, %size_D : i64
      %v46 = arith.constant 2 : i64
      %v47 = arith.constant 128 : i64
      %v53 = arith.constant -1 : i64
      %v55 = arith.constant 3 : i64
      %v56 = arith.constant 192 : i64
      %v63 = arith.constant 4 : i64
      %v93 = arith.constant 32 : i64
      %v104 = arith.constant 33 : i64
      %v135 = arith.constant 6 : i64
      %v149 = arith.constant 8 : i64
      %v163 = arith.constant 10 : i64
      %v177 = arith.constant 12 : i64
      %v191 = arith.constant 14 : i64
      %v205 = arith.constant 16 : i64
      %v219 = arith.constant 18 : i64
      %v233 = arith.constant 20 : i64
      %v247 = arith.constant 22 : i64
      %v261 = arith.constant 24 : i64
      %v275 = arith.constant 26 : i64
      %v289 = arith.constant 28 : i64
      %v303 = arith.constant 30 : i64
      %v330 = arith.constant 34 : i64
      %v344 = arith.constant 36 : i64
      %v358 = arith.constant 38 : i64
      %v372 = arith.constant 40 : i64
      %v386 = arith.constant 42 : i64
      %v400 = arith.constant 44 : i64
      %v414 = arith.constant 46 : i64
      %v428 = arith.constant 48 : i64
      %v442 = arith.constant 50 : i64
      %v456 = arith.constant 52 : i64
      %v470 = arith.constant 54 : i64
      %v484 = arith.constant 56 : i64
      %v498 = arith.constant 58 : i64
      %v512 = arith.constant 60 : i64
      %v526 = arith.constant 62 : i64
      %v1545 = arith.muli %size_B, %size_D : i64
      %v1554 = arith.muli %size_B, %size_D : i64
      %v1563 = arith.muli %size_B, %size_D : i64
      %v1572 = arith.muli %size_B, %size_D : i64
      %v2933 = arith.constant 0x00000000 : f32
      %v2937 = arith.constant 0x3F800000 : f32
      %v2997 = arith.constant 320 : i64
      %v3004 = arith.constant 384 : i64
      %v3011 = arith.constant 448 : i64
      %v3018 = arith.constant 512 : i64
      %v3025 = arith.constant 576 : i64
      %v3032 = arith.constant 640 : i64
      %v3039 = arith.constant 704 : i64
      %v3046 = arith.constant 768 : i64
      %v3053 = arith.constant 832 : i64
      %v3060 = arith.constant 896 : i64
      %v3067 = arith.constant 960 : i64
      %v3074 = arith.constant 1024 : i64
      %v3081 = arith.constant 1088 : i64
      %v3088 = arith.constant 1152 : i64
      %v3095 = arith.constant 1216 : i64
      %v3102 = arith.constant 1280 : i64
      %v3109 = arith.constant 1344 : i64
      %v3116 = arith.constant 1408 : i64
      %v3123 = arith.constant 1472 : i64
      %v3130 = arith.constant 1536 : i64
      %v3137 = arith.constant 1600 : i64
      %v3144 = arith.constant 1664 : i64
      %v3151 = arith.constant 1728 : i64
      %v3158 = arith.constant 1792 : i64
      %v3165 = arith.constant 1856 : i64
      %v3172 = arith.constant 1920 : i64
      %v3179 = arith.constant 1984 : i64
      %v13 = gpu.block_id x
      %v14 = gpu.thread_id x
      %v15 = arith.index_cast %v14 : index to i64
      %v16 = arith.index_cast %v13 : index to i64
      %v19 = arith.addi %v2, %v18 : i64
      %v20 = arith.divui %v19, %v17 : i64
      %v21 = arith.divui %v16, %v20 : i64
      %v22 = arith.remui %v16, %v20 : i64
      %v23 = arith.muli %v22, %v17 : i64
      %v24 = arith.addi %v23, %v15 : i64
      %v25 = arith.cmpi slt, %v24, %v2 : i64
      %v26 = arith.subi %v2, %v1 : i64
      %v27 = arith.minsi %v24, %v26 : i64
      %v28 = arith.remui %v27, %size_D : i64
      %v29 = arith.divui %v27, %size_D : i64
      %v30 = arith.remui %v29, %size_B : i64
      %v31 = arith.divui %v29, %size_B : i64
      %v2923 = llvm.getelementptr %in_theta1[%v28] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2924 = llvm.load %v2923 : !llvm.ptr -> f32
      %v2928 = llvm.getelementptr %in_theta2[%v28] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2929 = llvm.load %v2928 : !llvm.ptr -> f32
      %v34 = arith.muli %v30, %v33 : i64
      %v35 = arith.muli %v28, %size_L : i64
      %v36 = arith.addi %v34, %v35 : i64
      %v37 = llvm.getelementptr %v7[%v15] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v36, %v37 : i64, !llvm.ptr<3>
      %v38 = arith.muli %v30, %v33 : i64
      %v39 = arith.muli %v28, %size_L : i64
      %v40 = arith.addi %v38, %v39 : i64
      %v41 = arith.addi %v17, %v15 : i64
      %v42 = llvm.getelementptr %v7[%v41] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v40, %v42 : i64, !llvm.ptr<3>
      %v43 = arith.muli %v30, %v33 : i64
      %v44 = arith.muli %v28, %size_L : i64
      %v45 = arith.addi %v43, %v44 : i64
      %v48 = arith.addi %v47, %v15 : i64
      %v49 = llvm.getelementptr %v7[%v48] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v45, %v49 : i64, !llvm.ptr<3>
      %v50 = arith.muli %v30, %v33 : i64
      %v51 = arith.muli %v28, %size_L : i64
      %v52 = arith.addi %v50, %v51 : i64
      %v54 = arith.select %v25, %v52, %v53 : i64
      %v57 = arith.addi %v56, %v15 : i64
      %v58 = llvm.getelementptr %v7[%v57] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v54, %v58 : i64, !llvm.ptr<3>
      %v59 = arith.muli %v30, %v33 : i64
      %v60 = arith.muli %v28, %size_L : i64
      %v61 = arith.addi %v59, %v60 : i64
      %v62 = arith.select %v25, %v61, %v53 : i64
      %v64 = arith.addi %v11, %v15 : i64
      %v65 = llvm.getelementptr %v7[%v64] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v62, %v65 : i64, !llvm.ptr<3>
      gpu.barrier
      %v66 = arith.muli %v21, %v2 : i64
      %v67 = arith.subi %v2, %v1 : i64
      %v68 = arith.minsi %v24, %v67 : i64
      %v69 = arith.addi %v66, %v68 : i64
      %v70 = llvm.getelementptr %carry_h[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v71 = llvm.load %v70 : !llvm.ptr -> f32
      llvm.store %v71, %v3 : f32, !llvm.ptr
      %v72 = arith.muli %v21, %v2 : i64
      %v73 = arith.subi %v2, %v1 : i64
      %v74 = arith.minsi %v24, %v73 : i64
      %v75 = arith.addi %v72, %v74 : i64
      %v76 = llvm.getelementptr %carry_h_lag1[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v77 = llvm.load %v76 : !llvm.ptr -> f32
      llvm.store %v77, %v4 : f32, !llvm.ptr
      %v78 = arith.muli %v21, %v2 : i64
      %v79 = arith.subi %v2, %v1 : i64
      %v80 = arith.minsi %v24, %v79 : i64
      %v81 = arith.addi %v78, %v80 : i64
      %v82 = llvm.getelementptr %carry_e_lag1[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v83 = llvm.load %v82 : !llvm.ptr -> f32
      llvm.store %v83, %v5 : f32, !llvm.ptr
      %v84 = arith.muli %v21, %v2 : i64
      %v85 = arith.subi %v2, %v1 : i64
      %v86 = arith.minsi %v24, %v85 : i64
      %v87 = arith.addi %v84, %v86 : i64
      %v88 = llvm.getelementptr %carry_e_lag2[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v89 = llvm.load %v88 : !llvm.ptr -> f32
      llvm.store %v89, %v6 : f32, !llvm.ptr
      %v90 = arith.muli %v21, %v11 : i64
      %v91 = arith.addi %v90, %v11 : i64
      %v92 = arith.minsi %v91, %size_L : i64
      // staged load of `e`'s first tile: read, then shared memory
      %v94 = arith.divui %v15, %v93 : i64
      %v95 = arith.remui %v15, %v93 : i64
      %v96 = arith.constant true
      %v97 = llvm.getelementptr %v7[%v94] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v98 = llvm.load %v97 : !llvm.ptr<3> -> i64
      %v99 = arith.addi %v90, %v95 : i64
      %v100 = arith.cmpi slt, %v99, %v92 : i64
      %v101 = arith.subi %size_L, %v1 : i64
      %v102 = arith.minsi %v99, %v101 : i64
      %v103 = arith.addi %v98, %v102 : i64
      %v105 = arith.muli %v94, %v104 : i64
      %v106 = arith.addi %v105, %v95 : i64
      %v107 = llvm.getelementptr %in_e[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v108 = llvm.load %v107 : !llvm.ptr -> f32
      %v109 = arith.addi %v94, %v46 : i64
      %v110 = arith.constant true
      %v111 = llvm.getelementptr %v7[%v109] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v112 = llvm.load %v111 : !llvm.ptr<3> -> i64
      %v113 = arith.addi %v90, %v95 : i64
      %v114 = arith.cmpi slt, %v113, %v92 : i64
      %v115 = arith.subi %size_L, %v1 : i64
      %v116 = arith.minsi %v113, %v115 : i64
      %v117 = arith.addi %v112, %v116 : i64
      %v118 = arith.muli %v109, %v104 : i64
      %v119 = arith.addi %v118, %v95 : i64
      %v120 = llvm.getelementptr %in_e[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v121 = llvm.load %v120 : !llvm.ptr -> f32
      %v122 = arith.addi %v94, %v63 : i64
      %v123 = arith.constant true
      %v124 = llvm.getelementptr %v7[%v122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v125 = llvm.load %v124 : !llvm.ptr<3> -> i64
      %v126 = arith.addi %v90, %v95 : i64
      %v127 = arith.cmpi slt, %v126, %v92 : i64
      %v128 = arith.subi %size_L, %v1 : i64
      %v129 = arith.minsi %v126, %v128 : i64
      %v130 = arith.addi %v125, %v129 : i64
      %v131 = arith.muli %v122, %v104 : i64
      %v132 = arith.addi %v131, %v95 : i64
      %v133 = llvm.getelementptr %in_e[%v130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v134 = llvm.load %v133 : !llvm.ptr -> f32
      %v136 = arith.addi %v94, %v135 : i64
      %v137 = arith.constant true
      %v138 = llvm.getelementptr %v7[%v136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v139 = llvm.load %v138 : !llvm.ptr<3> -> i64
      %v140 = arith.addi %v90, %v95 : i64
      %v141 = arith.cmpi slt, %v140, %v92 : i64
      %v142 = arith.subi %size_L, %v1 : i64
      %v143 = arith.minsi %v140, %v142 : i64
      %v144 = arith.addi %v139, %v143 : i64
      %v145 = arith.muli %v136, %v104 : i64
      %v146 = arith.addi %v145, %v95 : i64
      %v147 = llvm.getelementptr %in_e[%v144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v148 = llvm.load %v147 : !llvm.ptr -> f32
      %v150 = arith.addi %v94, %v149 : i64
      %v151 = arith.constant true
      %v152 = llvm.getelementptr %v7[%v150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v153 = llvm.load %v152 : !llvm.ptr<3> -> i64
      %v154 = arith.addi %v90, %v95 : i64
      %v155 = arith.cmpi slt, %v154, %v92 : i64
      %v156 = arith.subi %size_L, %v1 : i64
      %v157 = arith.minsi %v154, %v156 : i64
      %v158 = arith.addi %v153, %v157 : i64
      %v159 = arith.muli %v150, %v104 : i64
      %v160 = arith.addi %v159, %v95 : i64
      %v161 = llvm.getelementptr %in_e[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v162 = llvm.load %v161 : !llvm.ptr -> f32
      %v164 = arith.addi %v94, %v163 : i64
      %v165 = arith.constant true
      %v166 = llvm.getelementptr %v7[%v164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v167 = llvm.load %v166 : !llvm.ptr<3> -> i64
      %v168 = arith.addi %v90, %v95 : i64
      %v169 = arith.cmpi slt, %v168, %v92 : i64
      %v170 = arith.subi %size_L, %v1 : i64
      %v171 = arith.minsi %v168, %v170 : i64
      %v172 = arith.addi %v167, %v171 : i64
      %v173 = arith.muli %v164, %v104 : i64
      %v174 = arith.addi %v173, %v95 : i64
      %v175 = llvm.getelementptr %in_e[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v176 = llvm.load %v175 : !llvm.ptr -> f32
      %v178 = arith.addi %v94, %v177 : i64
      %v179 = arith.constant true
      %v180 = llvm.getelementptr %v7[%v178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v181 = llvm.load %v180 : !llvm.ptr<3> -> i64
      %v182 = arith.addi %v90, %v95 : i64
      %v183 = arith.cmpi slt, %v182, %v92 : i64
      %v184 = arith.subi %size_L, %v1 : i64
      %v185 = arith.minsi %v182, %v184 : i64
      %v186 = arith.addi %v181, %v185 : i64
      %v187 = arith.muli %v178, %v104 : i64
      %v188 = arith.addi %v187, %v95 : i64
      %v189 = llvm.getelementptr %in_e[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v190 = llvm.load %v189 : !llvm.ptr -> f32
      %v192 = arith.addi %v94, %v191 : i64
      %v193 = arith.constant true
      %v194 = llvm.getelementptr %v7[%v192] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v195 = llvm.load %v194 : !llvm.ptr<3> -> i64
      %v196 = arith.addi %v90, %v95 : i64
      %v197 = arith.cmpi slt, %v196, %v92 : i64
      %v198 = arith.subi %size_L, %v1 : i64
      %v199 = arith.minsi %v196, %v198 : i64
      %v200 = arith.addi %v195, %v199 : i64
      %v201 = arith.muli %v192, %v104 : i64
      %v202 = arith.addi %v201, %v95 : i64
      %v203 = llvm.getelementptr %in_e[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v204 = llvm.load %v203 : !llvm.ptr -> f32
      %v206 = arith.addi %v94, %v205 : i64
      %v207 = arith.constant true
      %v208 = llvm.getelementptr %v7[%v206] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v209 = llvm.load %v208 : !llvm.ptr<3> -> i64
      %v210 = arith.addi %v90, %v95 : i64
      %v211 = arith.cmpi slt, %v210, %v92 : i64
      %v212 = arith.subi %size_L, %v1 : i64
      %v213 = arith.minsi %v210, %v212 : i64
      %v214 = arith.addi %v209, %v213 : i64
      %v215 = arith.muli %v206, %v104 : i64
      %v216 = arith.addi %v215, %v95 : i64
      %v217 = llvm.getelementptr %in_e[%v214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v218 = llvm.load %v217 : !llvm.ptr -> f32
      %v220 = arith.addi %v94, %v219 : i64
      %v221 = arith.constant true
      %v222 = llvm.getelementptr %v7[%v220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v223 = llvm.load %v222 : !llvm.ptr<3> -> i64
      %v224 = arith.addi %v90, %v95 : i64
      %v225 = arith.cmpi slt, %v224, %v92 : i64
      %v226 = arith.subi %size_L, %v1 : i64
      %v227 = arith.minsi %v224, %v226 : i64
      %v228 = arith.addi %v223, %v227 : i64
      %v229 = arith.muli %v220, %v104 : i64
      %v230 = arith.addi %v229, %v95 : i64
      %v231 = llvm.getelementptr %in_e[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v232 = llvm.load %v231 : !llvm.ptr -> f32
      %v234 = arith.addi %v94, %v233 : i64
      %v235 = arith.constant true
      %v236 = llvm.getelementptr %v7[%v234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v237 = llvm.load %v236 : !llvm.ptr<3> -> i64
      %v238 = arith.addi %v90, %v95 : i64
      %v239 = arith.cmpi slt, %v238, %v92 : i64
      %v240 = arith.subi %size_L, %v1 : i64
      %v241 = arith.minsi %v238, %v240 : i64
      %v242 = arith.addi %v237, %v241 : i64
      %v243 = arith.muli %v234, %v104 : i64
      %v244 = arith.addi %v243, %v95 : i64
      %v245 = llvm.getelementptr %in_e[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v246 = llvm.load %v245 : !llvm.ptr -> f32
      %v248 = arith.addi %v94, %v247 : i64
      %v249 = arith.constant true
      %v250 = llvm.getelementptr %v7[%v248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v251 = llvm.load %v250 : !llvm.ptr<3> -> i64
      %v252 = arith.addi %v90, %v95 : i64
      %v253 = arith.cmpi slt, %v252, %v92 : i64
      %v254 = arith.subi %size_L, %v1 : i64
      %v255 = arith.minsi %v252, %v254 : i64
      %v256 = arith.addi %v251, %v255 : i64
      %v257 = arith.muli %v248, %v104 : i64
      %v258 = arith.addi %v257, %v95 : i64
      %v259 = llvm.getelementptr %in_e[%v256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v260 = llvm.load %v259 : !llvm.ptr -> f32
      %v262 = arith.addi %v94, %v261 : i64
      %v263 = arith.constant true
      %v264 = llvm.getelementptr %v7[%v262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v265 = llvm.load %v264 : !llvm.ptr<3> -> i64
      %v266 = arith.addi %v90, %v95 : i64
      %v267 = arith.cmpi slt, %v266, %v92 : i64
      %v268 = arith.subi %size_L, %v1 : i64
      %v269 = arith.minsi %v266, %v268 : i64
      %v270 = arith.addi %v265, %v269 : i64
      %v271 = arith.muli %v262, %v104 : i64
      %v272 = arith.addi %v271, %v95 : i64
      %v273 = llvm.getelementptr %in_e[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v274 = llvm.load %v273 : !llvm.ptr -> f32
      %v276 = arith.addi %v94, %v275 : i64
      %v277 = arith.constant true
      %v278 = llvm.getelementptr %v7[%v276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v279 = llvm.load %v278 : !llvm.ptr<3> -> i64
      %v280 = arith.addi %v90, %v95 : i64
      %v281 = arith.cmpi slt, %v280, %v92 : i64
      %v282 = arith.subi %size_L, %v1 : i64
      %v283 = arith.minsi %v280, %v282 : i64
      %v284 = arith.addi %v279, %v283 : i64
      %v285 = arith.muli %v276, %v104 : i64
      %v286 = arith.addi %v285, %v95 : i64
      %v287 = llvm.getelementptr %in_e[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v288 = llvm.load %v287 : !llvm.ptr -> f32
      %v290 = arith.addi %v94, %v289 : i64
      %v291 = arith.constant true
      %v292 = llvm.getelementptr %v7[%v290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v293 = llvm.load %v292 : !llvm.ptr<3> -> i64
      %v294 = arith.addi %v90, %v95 : i64
      %v295 = arith.cmpi slt, %v294, %v92 : i64
      %v296 = arith.subi %size_L, %v1 : i64
      %v297 = arith.minsi %v294, %v296 : i64
      %v298 = arith.addi %v293, %v297 : i64
      %v299 = arith.muli %v290, %v104 : i64
      %v300 = arith.addi %v299, %v95 : i64
      %v301 = llvm.getelementptr %in_e[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v302 = llvm.load %v301 : !llvm.ptr -> f32
      %v304 = arith.addi %v94, %v303 : i64
      %v305 = arith.constant true
      %v306 = llvm.getelementptr %v7[%v304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v307 = llvm.load %v306 : !llvm.ptr<3> -> i64
      %v308 = arith.addi %v90, %v95 : i64
      %v309 = arith.cmpi slt, %v308, %v92 : i64
      %v310 = arith.subi %size_L, %v1 : i64
      %v311 = arith.minsi %v308, %v310 : i64
      %v312 = arith.addi %v307, %v311 : i64
      %v313 = arith.muli %v304, %v104 : i64
      %v314 = arith.addi %v313, %v95 : i64
      %v315 = llvm.getelementptr %in_e[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v316 = llvm.load %v315 : !llvm.ptr -> f32
      %v317 = arith.addi %v94, %v93 : i64
      %v318 = arith.constant true
      %v319 = llvm.getelementptr %v7[%v317] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v320 = llvm.load %v319 : !llvm.ptr<3> -> i64
      %v321 = arith.addi %v90, %v95 : i64
      %v322 = arith.cmpi slt, %v321, %v92 : i64
      %v323 = arith.subi %size_L, %v1 : i64
      %v324 = arith.minsi %v321, %v323 : i64
      %v325 = arith.addi %v320, %v324 : i64
      %v326 = arith.muli %v317, %v104 : i64
      %v327 = arith.addi %v326, %v95 : i64
      %v328 = llvm.getelementptr %in_e[%v325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v329 = llvm.load %v328 : !llvm.ptr -> f32
      %v331 = arith.addi %v94, %v330 : i64
      %v332 = arith.constant true
      %v333 = llvm.getelementptr %v7[%v331] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v334 = llvm.load %v333 : !llvm.ptr<3> -> i64
      %v335 = arith.addi %v90, %v95 : i64
      %v336 = arith.cmpi slt, %v335, %v92 : i64
      %v337 = arith.subi %size_L, %v1 : i64
      %v338 = arith.minsi %v335, %v337 : i64
      %v339 = arith.addi %v334, %v338 : i64
      %v340 = arith.muli %v331, %v104 : i64
      %v341 = arith.addi %v340, %v95 : i64
      %v342 = llvm.getelementptr %in_e[%v339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v343 = llvm.load %v342 : !llvm.ptr -> f32
      %v345 = arith.addi %v94, %v344 : i64
      %v346 = arith.constant true
      %v347 = llvm.getelementptr %v7[%v345] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v348 = llvm.load %v347 : !llvm.ptr<3> -> i64
      %v349 = arith.addi %v90, %v95 : i64
      %v350 = arith.cmpi slt, %v349, %v92 : i64
      %v351 = arith.subi %size_L, %v1 : i64
      %v352 = arith.minsi %v349, %v351 : i64
      %v353 = arith.addi %v348, %v352 : i64
      %v354 = arith.muli %v345, %v104 : i64
      %v355 = arith.addi %v354, %v95 : i64
      %v356 = llvm.getelementptr %in_e[%v353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v357 = llvm.load %v356 : !llvm.ptr -> f32
      %v359 = arith.addi %v94, %v358 : i64
      %v360 = arith.constant true
      %v361 = llvm.getelementptr %v7[%v359] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v362 = llvm.load %v361 : !llvm.ptr<3> -> i64
      %v363 = arith.addi %v90, %v95 : i64
      %v364 = arith.cmpi slt, %v363, %v92 : i64
      %v365 = arith.subi %size_L, %v1 : i64
      %v366 = arith.minsi %v363, %v365 : i64
      %v367 = arith.addi %v362, %v366 : i64
      %v368 = arith.muli %v359, %v104 : i64
      %v369 = arith.addi %v368, %v95 : i64
      %v370 = llvm.getelementptr %in_e[%v367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v371 = llvm.load %v370 : !llvm.ptr -> f32
      %v373 = arith.addi %v94, %v372 : i64
      %v374 = arith.constant true
      %v375 = llvm.getelementptr %v7[%v373] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v376 = llvm.load %v375 : !llvm.ptr<3> -> i64
      %v377 = arith.addi %v90, %v95 : i64
      %v378 = arith.cmpi slt, %v377, %v92 : i64
      %v379 = arith.subi %size_L, %v1 : i64
      %v380 = arith.minsi %v377, %v379 : i64
      %v381 = arith.addi %v376, %v380 : i64
      %v382 = arith.muli %v373, %v104 : i64
      %v383 = arith.addi %v382, %v95 : i64
      %v384 = llvm.getelementptr %in_e[%v381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v385 = llvm.load %v384 : !llvm.ptr -> f32
      %v387 = arith.addi %v94, %v386 : i64
      %v388 = arith.constant true
      %v389 = llvm.getelementptr %v7[%v387] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v390 = llvm.load %v389 : !llvm.ptr<3> -> i64
      %v391 = arith.addi %v90, %v95 : i64
      %v392 = arith.cmpi slt, %v391, %v92 : i64
      %v393 = arith.subi %size_L, %v1 : i64
      %v394 = arith.minsi %v391, %v393 : i64
      %v395 = arith.addi %v390, %v394 : i64
      %v396 = arith.muli %v387, %v104 : i64
      %v397 = arith.addi %v396, %v95 : i64
      %v398 = llvm.getelementptr %in_e[%v395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v399 = llvm.load %v398 : !llvm.ptr -> f32
      %v401 = arith.addi %v94, %v400 : i64
      %v402 = arith.constant true
      %v403 = llvm.getelementptr %v7[%v401] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v404 = llvm.load %v403 : !llvm.ptr<3> -> i64
      %v405 = arith.addi %v90, %v95 : i64
      %v406 = arith.cmpi slt, %v405, %v92 : i64
      %v407 = arith.subi %size_L, %v1 : i64
      %v408 = arith.minsi %v405, %v407 : i64
      %v409 = arith.addi %v404, %v408 : i64
      %v410 = arith.muli %v401, %v104 : i64
      %v411 = arith.addi %v410, %v95 : i64
      %v412 = llvm.getelementptr %in_e[%v409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v413 = llvm.load %v412 : !llvm.ptr -> f32
      %v415 = arith.addi %v94, %v414 : i64
      %v416 = arith.constant true
      %v417 = llvm.getelementptr %v7[%v415] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v418 = llvm.load %v417 : !llvm.ptr<3> -> i64
      %v419 = arith.addi %v90, %v95 : i64
      %v420 = arith.cmpi slt, %v419, %v92 : i64
      %v421 = arith.subi %size_L, %v1 : i64
      %v422 = arith.minsi %v419, %v421 : i64
      %v423 = arith.addi %v418, %v422 : i64
      %v424 = arith.muli %v415, %v104 : i64
      %v425 = arith.addi %v424, %v95 : i64
      %v426 = llvm.getelementptr %in_e[%v423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v427 = llvm.load %v426 : !llvm.ptr -> f32
      %v429 = arith.addi %v94, %v428 : i64
      %v430 = arith.constant true
      %v431 = llvm.getelementptr %v7[%v429] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v432 = llvm.load %v431 : !llvm.ptr<3> -> i64
      %v433 = arith.addi %v90, %v95 : i64
      %v434 = arith.cmpi slt, %v433, %v92 : i64
      %v435 = arith.subi %size_L, %v1 : i64
      %v436 = arith.minsi %v433, %v435 : i64
      %v437 = arith.addi %v432, %v436 : i64
      %v438 = arith.muli %v429, %v104 : i64
      %v439 = arith.addi %v438, %v95 : i64
      %v440 = llvm.getelementptr %in_e[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v441 = llvm.load %v440 : !llvm.ptr -> f32
      %v443 = arith.addi %v94, %v442 : i64
      %v444 = arith.constant true
      %v445 = llvm.getelementptr %v7[%v443] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v446 = llvm.load %v445 : !llvm.ptr<3> -> i64
      %v447 = arith.addi %v90, %v95 : i64
      %v448 = arith.cmpi slt, %v447, %v92 : i64
      %v449 = arith.subi %size_L, %v1 : i64
      %v450 = arith.minsi %v447, %v449 : i64
      %v451 = arith.addi %v446, %v450 : i64
      %v452 = arith.muli %v443, %v104 : i64
      %v453 = arith.addi %v452, %v95 : i64
      %v454 = llvm.getelementptr %in_e[%v451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v455 = llvm.load %v454 : !llvm.ptr -> f32
      %v457 = arith.addi %v94, %v456 : i64
      %v458 = arith.constant true
      %v459 = llvm.getelementptr %v7[%v457] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v460 = llvm.load %v459 : !llvm.ptr<3> -> i64
      %v461 = arith.addi %v90, %v95 : i64
      %v462 = arith.cmpi slt, %v461, %v92 : i64
      %v463 = arith.subi %size_L, %v1 : i64
      %v464 = arith.minsi %v461, %v463 : i64
      %v465 = arith.addi %v460, %v464 : i64
      %v466 = arith.muli %v457, %v104 : i64
      %v467 = arith.addi %v466, %v95 : i64
      %v468 = llvm.getelementptr %in_e[%v465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v469 = llvm.load %v468 : !llvm.ptr -> f32
      %v471 = arith.addi %v94, %v470 : i64
      %v472 = arith.constant true
      %v473 = llvm.getelementptr %v7[%v471] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v474 = llvm.load %v473 : !llvm.ptr<3> -> i64
      %v475 = arith.addi %v90, %v95 : i64
      %v476 = arith.cmpi slt, %v475, %v92 : i64
      %v477 = arith.subi %size_L, %v1 : i64
      %v478 = arith.minsi %v475, %v477 : i64
      %v479 = arith.addi %v474, %v478 : i64
      %v480 = arith.muli %v471, %v104 : i64
      %v481 = arith.addi %v480, %v95 : i64
      %v482 = llvm.getelementptr %in_e[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v483 = llvm.load %v482 : !llvm.ptr -> f32
      %v485 = arith.addi %v94, %v484 : i64
      %v486 = arith.constant true
      %v487 = llvm.getelementptr %v7[%v485] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v488 = llvm.load %v487 : !llvm.ptr<3> -> i64
      %v489 = arith.addi %v90, %v95 : i64
      %v490 = arith.cmpi slt, %v489, %v92 : i64
      %v491 = arith.subi %size_L, %v1 : i64
      %v492 = arith.minsi %v489, %v491 : i64
      %v493 = arith.addi %v488, %v492 : i64
      %v494 = arith.muli %v485, %v104 : i64
      %v495 = arith.addi %v494, %v95 : i64
      %v496 = llvm.getelementptr %in_e[%v493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v497 = llvm.load %v496 : !llvm.ptr -> f32
      %v499 = arith.addi %v94, %v498 : i64
      %v500 = arith.constant true
      %v501 = llvm.getelementptr %v7[%v499] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v502 = llvm.load %v501 : !llvm.ptr<3> -> i64
      %v503 = arith.addi %v90, %v95 : i64
      %v504 = arith.cmpi slt, %v503, %v92 : i64
      %v505 = arith.subi %size_L, %v1 : i64
      %v506 = arith.minsi %v503, %v505 : i64
      %v507 = arith.addi %v502, %v506 : i64
      %v508 = arith.muli %v499, %v104 : i64
      %v509 = arith.addi %v508, %v95 : i64
      %v510 = llvm.getelementptr %in_e[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v511 = llvm.load %v510 : !llvm.ptr -> f32
      %v513 = arith.addi %v94, %v512 : i64
      %v514 = arith.constant true
      %v515 = llvm.getelementptr %v7[%v513] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v516 = llvm.load %v515 : !llvm.ptr<3> -> i64
      %v517 = arith.addi %v90, %v95 : i64
      %v518 = arith.cmpi slt, %v517, %v92 : i64
      %v519 = arith.subi %size_L, %v1 : i64
      %v520 = arith.minsi %v517, %v519 : i64
      %v521 = arith.addi %v516, %v520 : i64
      %v522 = arith.muli %v513, %v104 : i64
      %v523 = arith.addi %v522, %v95 : i64
      %v524 = llvm.getelementptr %in_e[%v521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v525 = llvm.load %v524 : !llvm.ptr -> f32
      %v527 = arith.addi %v94, %v526 : i64
      %v528 = arith.constant true
      %v529 = llvm.getelementptr %v7[%v527] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v530 = llvm.load %v529 : !llvm.ptr<3> -> i64
      %v531 = arith.addi %v90, %v95 : i64
      %v532 = arith.cmpi slt, %v531, %v92 : i64
      %v533 = arith.subi %size_L, %v1 : i64
      %v534 = arith.minsi %v531, %v533 : i64
      %v535 = arith.addi %v530, %v534 : i64
      %v536 = arith.muli %v527, %v104 : i64
      %v537 = arith.addi %v536, %v95 : i64
      %v538 = llvm.getelementptr %in_e[%v535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v539 = llvm.load %v538 : !llvm.ptr -> f32
      scf.if %v96 {
        %v540 = llvm.getelementptr %v8[%v106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v108, %v540 : f32, !llvm.ptr<3>
      }
      scf.if %v110 {
        %v541 = llvm.getelementptr %v8[%v119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v121, %v541 : f32, !llvm.ptr<3>
      }
      scf.if %v123 {
        %v542 = llvm.getelementptr %v8[%v132] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v134, %v542 : f32, !llvm.ptr<3>
      }
      scf.if %v137 {
        %v543 = llvm.getelementptr %v8[%v146] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v148, %v543 : f32, !llvm.ptr<3>
      }
      scf.if %v151 {
        %v544 = llvm.getelementptr %v8[%v160] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v162, %v544 : f32, !llvm.ptr<3>
      }
      scf.if %v165 {
        %v545 = llvm.getelementptr %v8[%v174] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v176, %v545 : f32, !llvm.ptr<3>
      }
      scf.if %v179 {
        %v546 = llvm.getelementptr %v8[%v188] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v190, %v546 : f32, !llvm.ptr<3>
      }
      scf.if %v193 {
        %v547 = llvm.getelementptr %v8[%v202] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v204, %v547 : f32, !llvm.ptr<3>
      }
      scf.if %v207 {
        %v548 = llvm.getelementptr %v8[%v216] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v218, %v548 : f32, !llvm.ptr<3>
      }
      scf.if %v221 {
        %v549 = llvm.getelementptr %v8[%v230] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v232, %v549 : f32, !llvm.ptr<3>
      }
      scf.if %v235 {
        %v550 = llvm.getelementptr %v8[%v244] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v246, %v550 : f32, !llvm.ptr<3>
      }
      scf.if %v249 {
        %v551 = llvm.getelementptr %v8[%v258] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v260, %v551 : f32, !llvm.ptr<3>
      }
      scf.if %v263 {
        %v552 = llvm.getelementptr %v8[%v272] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v274, %v552 : f32, !llvm.ptr<3>
      }
      scf.if %v277 {
        %v553 = llvm.getelementptr %v8[%v286] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v288, %v553 : f32, !llvm.ptr<3>
      }
      scf.if %v291 {
        %v554 = llvm.getelementptr %v8[%v300] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v302, %v554 : f32, !llvm.ptr<3>
      }
      scf.if %v305 {
        %v555 = llvm.getelementptr %v8[%v314] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v316, %v555 : f32, !llvm.ptr<3>
      }
      scf.if %v318 {
        %v556 = llvm.getelementptr %v8[%v327] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v329, %v556 : f32, !llvm.ptr<3>
      }
      scf.if %v332 {
        %v557 = llvm.getelementptr %v8[%v341] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v343, %v557 : f32, !llvm.ptr<3>
      }
      scf.if %v346 {
        %v558 = llvm.getelementptr %v8[%v355] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v357, %v558 : f32, !llvm.ptr<3>
      }
      scf.if %v360 {
        %v559 = llvm.getelementptr %v8[%v369] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v371, %v559 : f32, !llvm.ptr<3>
      }
      scf.if %v374 {
        %v560 = llvm.getelementptr %v8[%v383] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v385, %v560 : f32, !llvm.ptr<3>
      }
      scf.if %v388 {
        %v561 = llvm.getelementptr %v8[%v397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v399, %v561 : f32, !llvm.ptr<3>
      }
      scf.if %v402 {
        %v562 = llvm.getelementptr %v8[%v411] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v413, %v562 : f32, !llvm.ptr<3>
      }
      scf.if %v416 {
        %v563 = llvm.getelementptr %v8[%v425] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v427, %v563 : f32, !llvm.ptr<3>
      }
      scf.if %v430 {
        %v564 = llvm.getelementptr %v8[%v439] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v441, %v564 : f32, !llvm.ptr<3>
      }
      scf.if %v444 {
        %v565 = llvm.getelementptr %v8[%v453] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v455, %v565 : f32, !llvm.ptr<3>
      }
      scf.if %v458 {
        %v566 = llvm.getelementptr %v8[%v467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v469, %v566 : f32, !llvm.ptr<3>
      }
      scf.if %v472 {
        %v567 = llvm.getelementptr %v8[%v481] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v483, %v567 : f32, !llvm.ptr<3>
      }
      scf.if %v486 {
        %v568 = llvm.getelementptr %v8[%v495] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v497, %v568 : f32, !llvm.ptr<3>
      }
      scf.if %v500 {
        %v569 = llvm.getelementptr %v8[%v509] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v511, %v569 : f32, !llvm.ptr<3>
      }
      scf.if %v514 {
        %v570 = llvm.getelementptr %v8[%v523] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v525, %v570 : f32, !llvm.ptr<3>
      }
      scf.if %v528 {
        %v571 = llvm.getelementptr %v8[%v537] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v539, %v571 : f32, !llvm.ptr<3>
      }
      // end staged load of `e`
      // staged load of `phi1`'s first tile: read, then shared memory
      %v572 = arith.divui %v15, %v93 : i64
      %v573 = arith.remui %v15, %v93 : i64
      %v574 = arith.constant true
      %v575 = arith.addi %v17, %v572 : i64
      %v576 = llvm.getelementptr %v7[%v575] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v577 = llvm.load %v576 : !llvm.ptr<3> -> i64
      %v578 = arith.addi %v90, %v573 : i64
      %v579 = arith.cmpi slt, %v578, %v92 : i64
      %v580 = arith.subi %size_L, %v1 : i64
      %v581 = arith.minsi %v578, %v580 : i64
      %v582 = arith.addi %v577, %v581 : i64
      %v583 = arith.muli %v575, %v104 : i64
      %v584 = arith.addi %v583, %v573 : i64
      %v585 = llvm.getelementptr %in_phi1[%v582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v586 = llvm.load %v585 : !llvm.ptr -> f32
      %v587 = arith.addi %v572, %v46 : i64
      %v588 = arith.constant true
      %v589 = arith.addi %v17, %v587 : i64
      %v590 = llvm.getelementptr %v7[%v589] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v591 = llvm.load %v590 : !llvm.ptr<3> -> i64
      %v592 = arith.addi %v90, %v573 : i64
      %v593 = arith.cmpi slt, %v592, %v92 : i64
      %v594 = arith.subi %size_L, %v1 : i64
      %v595 = arith.minsi %v592, %v594 : i64
      %v596 = arith.addi %v591, %v595 : i64
      %v597 = arith.muli %v589, %v104 : i64
      %v598 = arith.addi %v597, %v573 : i64
      %v599 = llvm.getelementptr %in_phi1[%v596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v600 = llvm.load %v599 : !llvm.ptr -> f32
      %v601 = arith.addi %v572, %v63 : i64
      %v602 = arith.constant true
      %v603 = arith.addi %v17, %v601 : i64
      %v604 = llvm.getelementptr %v7[%v603] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v605 = llvm.load %v604 : !llvm.ptr<3> -> i64
      %v606 = arith.addi %v90, %v573 : i64
      %v607 = arith.cmpi slt, %v606, %v92 : i64
      %v608 = arith.subi %size_L, %v1 : i64
      %v609 = arith.minsi %v606, %v608 : i64
      %v610 = arith.addi %v605, %v609 : i64
      %v611 = arith.muli %v603, %v104 : i64
      %v612 = arith.addi %v611, %v573 : i64
      %v613 = llvm.getelementptr %in_phi1[%v610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v614 = llvm.load %v613 : !llvm.ptr -> f32
      %v615 = arith.addi %v572, %v135 : i64
      %v616 = arith.constant true
      %v617 = arith.addi %v17, %v615 : i64
      %v618 = llvm.getelementptr %v7[%v617] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v619 = llvm.load %v618 : !llvm.ptr<3> -> i64
      %v620 = arith.addi %v90, %v573 : i64
      %v621 = arith.cmpi slt, %v620, %v92 : i64
      %v622 = arith.subi %size_L, %v1 : i64
      %v623 = arith.minsi %v620, %v622 : i64
      %v624 = arith.addi %v619, %v623 : i64
      %v625 = arith.muli %v617, %v104 : i64
      %v626 = arith.addi %v625, %v573 : i64
      %v627 = llvm.getelementptr %in_phi1[%v624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v628 = llvm.load %v627 : !llvm.ptr -> f32
      %v629 = arith.addi %v572, %v149 : i64
      %v630 = arith.constant true
      %v631 = arith.addi %v17, %v629 : i64
      %v632 = llvm.getelementptr %v7[%v631] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v633 = llvm.load %v632 : !llvm.ptr<3> -> i64
      %v634 = arith.addi %v90, %v573 : i64
      %v635 = arith.cmpi slt, %v634, %v92 : i64
      %v636 = arith.subi %size_L, %v1 : i64
      %v637 = arith.minsi %v634, %v636 : i64
      %v638 = arith.addi %v633, %v637 : i64
      %v639 = arith.muli %v631, %v104 : i64
      %v640 = arith.addi %v639, %v573 : i64
      %v641 = llvm.getelementptr %in_phi1[%v638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v642 = llvm.load %v641 : !llvm.ptr -> f32
      %v643 = arith.addi %v572, %v163 : i64
      %v644 = arith.constant true
      %v645 = arith.addi %v17, %v643 : i64
      %v646 = llvm.getelementptr %v7[%v645] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v647 = llvm.load %v646 : !llvm.ptr<3> -> i64
      %v648 = arith.addi %v90, %v573 : i64
      %v649 = arith.cmpi slt, %v648, %v92 : i64
      %v650 = arith.subi %size_L, %v1 : i64
      %v651 = arith.minsi %v648, %v650 : i64
      %v652 = arith.addi %v647, %v651 : i64
      %v653 = arith.muli %v645, %v104 : i64
      %v654 = arith.addi %v653, %v573 : i64
      %v655 = llvm.getelementptr %in_phi1[%v652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v656 = llvm.load %v655 : !llvm.ptr -> f32
      %v657 = arith.addi %v572, %v177 : i64
      %v658 = arith.constant true
      %v659 = arith.addi %v17, %v657 : i64
      %v660 = llvm.getelementptr %v7[%v659] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v661 = llvm.load %v660 : !llvm.ptr<3> -> i64
      %v662 = arith.addi %v90, %v573 : i64
      %v663 = arith.cmpi slt, %v662, %v92 : i64
      %v664 = arith.subi %size_L, %v1 : i64
      %v665 = arith.minsi %v662, %v664 : i64
      %v666 = arith.addi %v661, %v665 : i64
      %v667 = arith.muli %v659, %v104 : i64
      %v668 = arith.addi %v667, %v573 : i64
      %v669 = llvm.getelementptr %in_phi1[%v666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v670 = llvm.load %v669 : !llvm.ptr -> f32
      %v671 = arith.addi %v572, %v191 : i64
      %v672 = arith.constant true
      %v673 = arith.addi %v17, %v671 : i64
      %v674 = llvm.getelementptr %v7[%v673] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v675 = llvm.load %v674 : !llvm.ptr<3> -> i64
      %v676 = arith.addi %v90, %v573 : i64
      %v677 = arith.cmpi slt, %v676, %v92 : i64
      %v678 = arith.subi %size_L, %v1 : i64
      %v679 = arith.minsi %v676, %v678 : i64
      %v680 = arith.addi %v675, %v679 : i64
      %v681 = arith.muli %v673, %v104 : i64
      %v682 = arith.addi %v681, %v573 : i64
      %v683 = llvm.getelementptr %in_phi1[%v680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v684 = llvm.load %v683 : !llvm.ptr -> f32
      %v685 = arith.addi %v572, %v205 : i64
      %v686 = arith.constant true
      %v687 = arith.addi %v17, %v685 : i64
      %v688 = llvm.getelementptr %v7[%v687] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v689 = llvm.load %v688 : !llvm.ptr<3> -> i64
      %v690 = arith.addi %v90, %v573 : i64
      %v691 = arith.cmpi slt, %v690, %v92 : i64
      %v692 = arith.subi %size_L, %v1 : i64
      %v693 = arith.minsi %v690, %v692 : i64
      %v694 = arith.addi %v689, %v693 : i64
      %v695 = arith.muli %v687, %v104 : i64
      %v696 = arith.addi %v695, %v573 : i64
      %v697 = llvm.getelementptr %in_phi1[%v694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v698 = llvm.load %v697 : !llvm.ptr -> f32
      %v699 = arith.addi %v572, %v219 : i64
      %v700 = arith.constant true
      %v701 = arith.addi %v17, %v699 : i64
      %v702 = llvm.getelementptr %v7[%v701] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v703 = llvm.load %v702 : !llvm.ptr<3> -> i64
      %v704 = arith.addi %v90, %v573 : i64
      %v705 = arith.cmpi slt, %v704, %v92 : i64
      %v706 = arith.subi %size_L, %v1 : i64
      %v707 = arith.minsi %v704, %v706 : i64
      %v708 = arith.addi %v703, %v707 : i64
      %v709 = arith.muli %v701, %v104 : i64
      %v710 = arith.addi %v709, %v573 : i64
      %v711 = llvm.getelementptr %in_phi1[%v708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v712 = llvm.load %v711 : !llvm.ptr -> f32
      %v713 = arith.addi %v572, %v233 : i64
      %v714 = arith.constant true
      %v715 = arith.addi %v17, %v713 : i64
      %v716 = llvm.getelementptr %v7[%v715] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v717 = llvm.load %v716 : !llvm.ptr<3> -> i64
      %v718 = arith.addi %v90, %v573 : i64
      %v719 = arith.cmpi slt, %v718, %v92 : i64
      %v720 = arith.subi %size_L, %v1 : i64
      %v721 = arith.minsi %v718, %v720 : i64
      %v722 = arith.addi %v717, %v721 : i64
      %v723 = arith.muli %v715, %v104 : i64
      %v724 = arith.addi %v723, %v573 : i64
      %v725 = llvm.getelementptr %in_phi1[%v722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v726 = llvm.load %v725 : !llvm.ptr -> f32
      %v727 = arith.addi %v572, %v247 : i64
      %v728 = arith.constant true
      %v729 = arith.addi %v17, %v727 : i64
      %v730 = llvm.getelementptr %v7[%v729] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v731 = llvm.load %v730 : !llvm.ptr<3> -> i64
      %v732 = arith.addi %v90, %v573 : i64
      %v733 = arith.cmpi slt, %v732, %v92 : i64
      %v734 = arith.subi %size_L, %v1 : i64
      %v735 = arith.minsi %v732, %v734 : i64
      %v736 = arith.addi %v731, %v735 : i64
      %v737 = arith.muli %v729, %v104 : i64
      %v738 = arith.addi %v737, %v573 : i64
      %v739 = llvm.getelementptr %in_phi1[%v736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v740 = llvm.load %v739 : !llvm.ptr -> f32
      %v741 = arith.addi %v572, %v261 : i64
      %v742 = arith.constant true
      %v743 = arith.addi %v17, %v741 : i64
      %v744 = llvm.getelementptr %v7[%v743] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v745 = llvm.load %v744 : !llvm.ptr<3> -> i64
      %v746 = arith.addi %v90, %v573 : i64
      %v747 = arith.cmpi slt, %v746, %v92 : i64
      %v748 = arith.subi %size_L, %v1 : i64
      %v749 = arith.minsi %v746, %v748 : i64
      %v750 = arith.addi %v745, %v749 : i64
      %v751 = arith.muli %v743, %v104 : i64
      %v752 = arith.addi %v751, %v573 : i64
      %v753 = llvm.getelementptr %in_phi1[%v750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v754 = llvm.load %v753 : !llvm.ptr -> f32
      %v755 = arith.addi %v572, %v275 : i64
      %v756 = arith.constant true
      %v757 = arith.addi %v17, %v755 : i64
      %v758 = llvm.getelementptr %v7[%v757] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v759 = llvm.load %v758 : !llvm.ptr<3> -> i64
      %v760 = arith.addi %v90, %v573 : i64
      %v761 = arith.cmpi slt, %v760, %v92 : i64
      %v762 = arith.subi %size_L, %v1 : i64
      %v763 = arith.minsi %v760, %v762 : i64
      %v764 = arith.addi %v759, %v763 : i64
      %v765 = arith.muli %v757, %v104 : i64
      %v766 = arith.addi %v765, %v573 : i64
      %v767 = llvm.getelementptr %in_phi1[%v764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v768 = llvm.load %v767 : !llvm.ptr -> f32
      %v769 = arith.addi %v572, %v289 : i64
      %v770 = arith.constant true
      %v771 = arith.addi %v17, %v769 : i64
      %v772 = llvm.getelementptr %v7[%v771] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v773 = llvm.load %v772 : !llvm.ptr<3> -> i64
      %v774 = arith.addi %v90, %v573 : i64
      %v775 = arith.cmpi slt, %v774, %v92 : i64
      %v776 = arith.subi %size_L, %v1 : i64
      %v777 = arith.minsi %v774, %v776 : i64
      %v778 = arith.addi %v773, %v777 : i64
      %v779 = arith.muli %v771, %v104 : i64
      %v780 = arith.addi %v779, %v573 : i64
      %v781 = llvm.getelementptr %in_phi1[%v778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v782 = llvm.load %v781 : !llvm.ptr -> f32
      %v783 = arith.addi %v572, %v303 : i64
      %v784 = arith.constant true
      %v785 = arith.addi %v17, %v783 : i64
      %v786 = llvm.getelementptr %v7[%v785] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v787 = llvm.load %v786 : !llvm.ptr<3> -> i64
      %v788 = arith.addi %v90, %v573 : i64
      %v789 = arith.cmpi slt, %v788, %v92 : i64
      %v790 = arith.subi %size_L, %v1 : i64
      %v791 = arith.minsi %v788, %v790 : i64
      %v792 = arith.addi %v787, %v791 : i64
      %v793 = arith.muli %v785, %v104 : i64
      %v794 = arith.addi %v793, %v573 : i64
      %v795 = llvm.getelementptr %in_phi1[%v792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v796 = llvm.load %v795 : !llvm.ptr -> f32
      %v797 = arith.addi %v572, %v93 : i64
      %v798 = arith.constant true
      %v799 = arith.addi %v17, %v797 : i64
      %v800 = llvm.getelementptr %v7[%v799] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v801 = llvm.load %v800 : !llvm.ptr<3> -> i64
      %v802 = arith.addi %v90, %v573 : i64
      %v803 = arith.cmpi slt, %v802, %v92 : i64
      %v804 = arith.subi %size_L, %v1 : i64
      %v805 = arith.minsi %v802, %v804 : i64
      %v806 = arith.addi %v801, %v805 : i64
      %v807 = arith.muli %v799, %v104 : i64
      %v808 = arith.addi %v807, %v573 : i64
      %v809 = llvm.getelementptr %in_phi1[%v806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v810 = llvm.load %v809 : !llvm.ptr -> f32
      %v811 = arith.addi %v572, %v330 : i64
      %v812 = arith.constant true
      %v813 = arith.addi %v17, %v811 : i64
      %v814 = llvm.getelementptr %v7[%v813] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v815 = llvm.load %v814 : !llvm.ptr<3> -> i64
      %v816 = arith.addi %v90, %v573 : i64
      %v817 = arith.cmpi slt, %v816, %v92 : i64
      %v818 = arith.subi %size_L, %v1 : i64
      %v819 = arith.minsi %v816, %v818 : i64
      %v820 = arith.addi %v815, %v819 : i64
      %v821 = arith.muli %v813, %v104 : i64
      %v822 = arith.addi %v821, %v573 : i64
      %v823 = llvm.getelementptr %in_phi1[%v820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v824 = llvm.load %v823 : !llvm.ptr -> f32
      %v825 = arith.addi %v572, %v344 : i64
      %v826 = arith.constant true
      %v827 = arith.addi %v17, %v825 : i64
      %v828 = llvm.getelementptr %v7[%v827] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v829 = llvm.load %v828 : !llvm.ptr<3> -> i64
      %v830 = arith.addi %v90, %v573 : i64
      %v831 = arith.cmpi slt, %v830, %v92 : i64
      %v832 = arith.subi %size_L, %v1 : i64
      %v833 = arith.minsi %v830, %v832 : i64
      %v834 = arith.addi %v829, %v833 : i64
      %v835 = arith.muli %v827, %v104 : i64
      %v836 = arith.addi %v835, %v573 : i64
      %v837 = llvm.getelementptr %in_phi1[%v834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v838 = llvm.load %v837 : !llvm.ptr -> f32
      %v839 = arith.addi %v572, %v358 : i64
      %v840 = arith.constant true
      %v841 = arith.addi %v17, %v839 : i64
      %v842 = llvm.getelementptr %v7[%v841] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v843 = llvm.load %v842 : !llvm.ptr<3> -> i64
      %v844 = arith.addi %v90, %v573 : i64
      %v845 = arith.cmpi slt, %v844, %v92 : i64
      %v846 = arith.subi %size_L, %v1 : i64
      %v847 = arith.minsi %v844, %v846 : i64
      %v848 = arith.addi %v843, %v847 : i64
      %v849 = arith.muli %v841, %v104 : i64
      %v850 = arith.addi %v849, %v573 : i64
      %v851 = llvm.getelementptr %in_phi1[%v848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v852 = llvm.load %v851 : !llvm.ptr -> f32
      %v853 = arith.addi %v572, %v372 : i64
      %v854 = arith.constant true
      %v855 = arith.addi %v17, %v853 : i64
      %v856 = llvm.getelementptr %v7[%v855] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v857 = llvm.load %v856 : !llvm.ptr<3> -> i64
      %v858 = arith.addi %v90, %v573 : i64
      %v859 = arith.cmpi slt, %v858, %v92 : i64
      %v860 = arith.subi %size_L, %v1 : i64
      %v861 = arith.minsi %v858, %v860 : i64
      %v862 = arith.addi %v857, %v861 : i64
      %v863 = arith.muli %v855, %v104 : i64
      %v864 = arith.addi %v863, %v573 : i64
      %v865 = llvm.getelementptr %in_phi1[%v862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v866 = llvm.load %v865 : !llvm.ptr -> f32
      %v867 = arith.addi %v572, %v386 : i64
      %v868 = arith.constant true
      %v869 = arith.addi %v17, %v867 : i64
      %v870 = llvm.getelementptr %v7[%v869] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v871 = llvm.load %v870 : !llvm.ptr<3> -> i64
      %v872 = arith.addi %v90, %v573 : i64
      %v873 = arith.cmpi slt, %v872, %v92 : i64
      %v874 = arith.subi %size_L, %v1 : i64
      %v875 = arith.minsi %v872, %v874 : i64
      %v876 = arith.addi %v871, %v875 : i64
      %v877 = arith.muli %v869, %v104 : i64
      %v878 = arith.addi %v877, %v573 : i64
      %v879 = llvm.getelementptr %in_phi1[%v876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v880 = llvm.load %v879 : !llvm.ptr -> f32
      %v881 = arith.addi %v572, %v400 : i64
      %v882 = arith.constant true
      %v883 = arith.addi %v17, %v881 : i64
      %v884 = llvm.getelementptr %v7[%v883] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v885 = llvm.load %v884 : !llvm.ptr<3> -> i64
      %v886 = arith.addi %v90, %v573 : i64
      %v887 = arith.cmpi slt, %v886, %v92 : i64
      %v888 = arith.subi %size_L, %v1 : i64
      %v889 = arith.minsi %v886, %v888 : i64
      %v890 = arith.addi %v885, %v889 : i64
      %v891 = arith.muli %v883, %v104 : i64
      %v892 = arith.addi %v891, %v573 : i64
      %v893 = llvm.getelementptr %in_phi1[%v890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v894 = llvm.load %v893 : !llvm.ptr -> f32
      %v895 = arith.addi %v572, %v414 : i64
      %v896 = arith.constant true
      %v897 = arith.addi %v17, %v895 : i64
      %v898 = llvm.getelementptr %v7[%v897] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v899 = llvm.load %v898 : !llvm.ptr<3> -> i64
      %v900 = arith.addi %v90, %v573 : i64
      %v901 = arith.cmpi slt, %v900, %v92 : i64
      %v902 = arith.subi %size_L, %v1 : i64
      %v903 = arith.minsi %v900, %v902 : i64
      %v904 = arith.addi %v899, %v903 : i64
      %v905 = arith.muli %v897, %v104 : i64
      %v906 = arith.addi %v905, %v573 : i64
      %v907 = llvm.getelementptr %in_phi1[%v904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v908 = llvm.load %v907 : !llvm.ptr -> f32
      %v909 = arith.addi %v572, %v428 : i64
      %v910 = arith.constant true
      %v911 = arith.addi %v17, %v909 : i64
      %v912 = llvm.getelementptr %v7[%v911] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v913 = llvm.load %v912 : !llvm.ptr<3> -> i64
      %v914 = arith.addi %v90, %v573 : i64
      %v915 = arith.cmpi slt, %v914, %v92 : i64
      %v916 = arith.subi %size_L, %v1 : i64
      %v917 = arith.minsi %v914, %v916 : i64
      %v918 = arith.addi %v913, %v917 : i64
      %v919 = arith.muli %v911, %v104 : i64
      %v920 = arith.addi %v919, %v573 : i64
      %v921 = llvm.getelementptr %in_phi1[%v918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v922 = llvm.load %v921 : !llvm.ptr -> f32
      %v923 = arith.addi %v572, %v442 : i64
      %v924 = arith.constant true
      %v925 = arith.addi %v17, %v923 : i64
      %v926 = llvm.getelementptr %v7[%v925] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v927 = llvm.load %v926 : !llvm.ptr<3> -> i64
      %v928 = arith.addi %v90, %v573 : i64
      %v929 = arith.cmpi slt, %v928, %v92 : i64
      %v930 = arith.subi %size_L, %v1 : i64
      %v931 = arith.minsi %v928, %v930 : i64
      %v932 = arith.addi %v927, %v931 : i64
      %v933 = arith.muli %v925, %v104 : i64
      %v934 = arith.addi %v933, %v573 : i64
      %v935 = llvm.getelementptr %in_phi1[%v932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v936 = llvm.load %v935 : !llvm.ptr -> f32
      %v937 = arith.addi %v572, %v456 : i64
      %v938 = arith.constant true
      %v939 = arith.addi %v17, %v937 : i64
      %v940 = llvm.getelementptr %v7[%v939] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v941 = llvm.load %v940 : !llvm.ptr<3> -> i64
      %v942 = arith.addi %v90, %v573 : i64
      %v943 = arith.cmpi slt, %v942, %v92 : i64
      %v944 = arith.subi %size_L, %v1 : i64
      %v945 = arith.minsi %v942, %v944 : i64
      %v946 = arith.addi %v941, %v945 : i64
      %v947 = arith.muli %v939, %v104 : i64
      %v948 = arith.addi %v947, %v573 : i64
      %v949 = llvm.getelementptr %in_phi1[%v946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v950 = llvm.load %v949 : !llvm.ptr -> f32
      %v951 = arith.addi %v572, %v470 : i64
      %v952 = arith.constant true
      %v953 = arith.addi %v17, %v951 : i64
      %v954 = llvm.getelementptr %v7[%v953] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v955 = llvm.load %v954 : !llvm.ptr<3> -> i64
      %v956 = arith.addi %v90, %v573 : i64
      %v957 = arith.cmpi slt, %v956, %v92 : i64
      %v958 = arith.subi %size_L, %v1 : i64
      %v959 = arith.minsi %v956, %v958 : i64
      %v960 = arith.addi %v955, %v959 : i64
      %v961 = arith.muli %v953, %v104 : i64
      %v962 = arith.addi %v961, %v573 : i64
      %v963 = llvm.getelementptr %in_phi1[%v960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v964 = llvm.load %v963 : !llvm.ptr -> f32
      %v965 = arith.addi %v572, %v484 : i64
      %v966 = arith.constant true
      %v967 = arith.addi %v17, %v965 : i64
      %v968 = llvm.getelementptr %v7[%v967] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v969 = llvm.load %v968 : !llvm.ptr<3> -> i64
      %v970 = arith.addi %v90, %v573 : i64
      %v971 = arith.cmpi slt, %v970, %v92 : i64
      %v972 = arith.subi %size_L, %v1 : i64
      %v973 = arith.minsi %v970, %v972 : i64
      %v974 = arith.addi %v969, %v973 : i64
      %v975 = arith.muli %v967, %v104 : i64
      %v976 = arith.addi %v975, %v573 : i64
      %v977 = llvm.getelementptr %in_phi1[%v974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v978 = llvm.load %v977 : !llvm.ptr -> f32
      %v979 = arith.addi %v572, %v498 : i64
      %v980 = arith.constant true
      %v981 = arith.addi %v17, %v979 : i64
      %v982 = llvm.getelementptr %v7[%v981] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v983 = llvm.load %v982 : !llvm.ptr<3> -> i64
      %v984 = arith.addi %v90, %v573 : i64
      %v985 = arith.cmpi slt, %v984, %v92 : i64
      %v986 = arith.subi %size_L, %v1 : i64
      %v987 = arith.minsi %v984, %v986 : i64
      %v988 = arith.addi %v983, %v987 : i64
      %v989 = arith.muli %v981, %v104 : i64
      %v990 = arith.addi %v989, %v573 : i64
      %v991 = llvm.getelementptr %in_phi1[%v988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v992 = llvm.load %v991 : !llvm.ptr -> f32
      %v993 = arith.addi %v572, %v512 : i64
      %v994 = arith.constant true
      %v995 = arith.addi %v17, %v993 : i64
      %v996 = llvm.getelementptr %v7[%v995] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v997 = llvm.load %v996 : !llvm.ptr<3> -> i64
      %v998 = arith.addi %v90, %v573 : i64
      %v999 = arith.cmpi slt, %v998, %v92 : i64
      %v1000 = arith.subi %size_L, %v1 : i64
      %v1001 = arith.minsi %v998, %v1000 : i64
      %v1002 = arith.addi %v997, %v1001 : i64
      %v1003 = arith.muli %v995, %v104 : i64
      %v1004 = arith.addi %v1003, %v573 : i64
      %v1005 = llvm.getelementptr %in_phi1[%v1002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1006 = llvm.load %v1005 : !llvm.ptr -> f32
      %v1007 = arith.addi %v572, %v526 : i64
      %v1008 = arith.constant true
      %v1009 = arith.addi %v17, %v1007 : i64
      %v1010 = llvm.getelementptr %v7[%v1009] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1011 = llvm.load %v1010 : !llvm.ptr<3> -> i64
      %v1012 = arith.addi %v90, %v573 : i64
      %v1013 = arith.cmpi slt, %v1012, %v92 : i64
      %v1014 = arith.subi %size_L, %v1 : i64
      %v1015 = arith.minsi %v1012, %v1014 : i64
      %v1016 = arith.addi %v1011, %v1015 : i64
      %v1017 = arith.muli %v1009, %v104 : i64
      %v1018 = arith.addi %v1017, %v573 : i64
      %v1019 = llvm.getelementptr %in_phi1[%v1016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1020 = llvm.load %v1019 : !llvm.ptr -> f32
      scf.if %v574 {
        %v1021 = llvm.getelementptr %v8[%v584] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v586, %v1021 : f32, !llvm.ptr<3>
      }
      scf.if %v588 {
        %v1022 = llvm.getelementptr %v8[%v598] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v600, %v1022 : f32, !llvm.ptr<3>
      }
      scf.if %v602 {
        %v1023 = llvm.getelementptr %v8[%v612] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v614, %v1023 : f32, !llvm.ptr<3>
      }
      scf.if %v616 {
        %v1024 = llvm.getelementptr %v8[%v626] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v628, %v1024 : f32, !llvm.ptr<3>
      }
      scf.if %v630 {
        %v1025 = llvm.getelementptr %v8[%v640] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v642, %v1025 : f32, !llvm.ptr<3>
      }
      scf.if %v644 {
        %v1026 = llvm.getelementptr %v8[%v654] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v656, %v1026 : f32, !llvm.ptr<3>
      }
      scf.if %v658 {
        %v1027 = llvm.getelementptr %v8[%v668] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v670, %v1027 : f32, !llvm.ptr<3>
      }
      scf.if %v672 {
        %v1028 = llvm.getelementptr %v8[%v682] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v684, %v1028 : f32, !llvm.ptr<3>
      }
      scf.if %v686 {
        %v1029 = llvm.getelementptr %v8[%v696] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v698, %v1029 : f32, !llvm.ptr<3>
      }
      scf.if %v700 {
        %v1030 = llvm.getelementptr %v8[%v710] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v712, %v1030 : f32, !llvm.ptr<3>
      }
      scf.if %v714 {
        %v1031 = llvm.getelementptr %v8[%v724] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v726, %v1031 : f32, !llvm.ptr<3>
      }
      scf.if %v728 {
        %v1032 = llvm.getelementptr %v8[%v738] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v740, %v1032 : f32, !llvm.ptr<3>
      }
      scf.if %v742 {
        %v1033 = llvm.getelementptr %v8[%v752] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v754, %v1033 : f32, !llvm.ptr<3>
      }
      scf.if %v756 {
        %v1034 = llvm.getelementptr %v8[%v766] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v768, %v1034 : f32, !llvm.ptr<3>
      }
      scf.if %v770 {
        %v1035 = llvm.getelementptr %v8[%v780] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v782, %v1035 : f32, !llvm.ptr<3>
      }
      scf.if %v784 {
        %v1036 = llvm.getelementptr %v8[%v794] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v796, %v1036 : f32, !llvm.ptr<3>
      }
      scf.if %v798 {
        %v1037 = llvm.getelementptr %v8[%v808] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v810, %v1037 : f32, !llvm.ptr<3>
      }
      scf.if %v812 {
        %v1038 = llvm.getelementptr %v8[%v822] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v824, %v1038 : f32, !llvm.ptr<3>
      }
      scf.if %v826 {
        %v1039 = llvm.getelementptr %v8[%v836] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v838, %v1039 : f32, !llvm.ptr<3>
      }
      scf.if %v840 {
        %v1040 = llvm.getelementptr %v8[%v850] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v852, %v1040 : f32, !llvm.ptr<3>
      }
      scf.if %v854 {
        %v1041 = llvm.getelementptr %v8[%v864] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v866, %v1041 : f32, !llvm.ptr<3>
      }
      scf.if %v868 {
        %v1042 = llvm.getelementptr %v8[%v878] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v880, %v1042 : f32, !llvm.ptr<3>
      }
      scf.if %v882 {
        %v1043 = llvm.getelementptr %v8[%v892] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v894, %v1043 : f32, !llvm.ptr<3>
      }
      scf.if %v896 {
        %v1044 = llvm.getelementptr %v8[%v906] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v908, %v1044 : f32, !llvm.ptr<3>
      }
      scf.if %v910 {
        %v1045 = llvm.getelementptr %v8[%v920] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v922, %v1045 : f32, !llvm.ptr<3>
      }
      scf.if %v924 {
        %v1046 = llvm.getelementptr %v8[%v934] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v936, %v1046 : f32, !llvm.ptr<3>
      }
      scf.if %v938 {
        %v1047 = llvm.getelementptr %v8[%v948] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v950, %v1047 : f32, !llvm.ptr<3>
      }
      scf.if %v952 {
        %v1048 = llvm.getelementptr %v8[%v962] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v964, %v1048 : f32, !llvm.ptr<3>
      }
      scf.if %v966 {
        %v1049 = llvm.getelementptr %v8[%v976] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v978, %v1049 : f32, !llvm.ptr<3>
      }
      scf.if %v980 {
        %v1050 = llvm.getelementptr %v8[%v990] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v992, %v1050 : f32, !llvm.ptr<3>
      }
      scf.if %v994 {
        %v1051 = llvm.getelementptr %v8[%v1004] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1006, %v1051 : f32, !llvm.ptr<3>
      }
      scf.if %v1008 {
        %v1052 = llvm.getelementptr %v8[%v1018] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1020, %v1052 : f32, !llvm.ptr<3>
      }
      // end staged load of `phi1`
      // staged load of `phi2`'s first tile: read, then shared memory
      %v1053 = arith.divui %v15, %v93 : i64
      %v1054 = arith.remui %v15, %v93 : i64
      %v1055 = arith.constant true
      %v1056 = arith.addi %v47, %v1053 : i64
      %v1057 = llvm.getelementptr %v7[%v1056] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1058 = llvm.load %v1057 : !llvm.ptr<3> -> i64
      %v1059 = arith.addi %v90, %v1054 : i64
      %v1060 = arith.cmpi slt, %v1059, %v92 : i64
      %v1061 = arith.subi %size_L, %v1 : i64
      %v1062 = arith.minsi %v1059, %v1061 : i64
      %v1063 = arith.addi %v1058, %v1062 : i64
      %v1064 = arith.muli %v1056, %v104 : i64
      %v1065 = arith.addi %v1064, %v1054 : i64
      %v1066 = llvm.getelementptr %in_phi2[%v1063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1067 = llvm.load %v1066 : !llvm.ptr -> f32
      %v1068 = arith.addi %v1053, %v46 : i64
      %v1069 = arith.constant true
      %v1070 = arith.addi %v47, %v1068 : i64
      %v1071 = llvm.getelementptr %v7[%v1070] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1072 = llvm.load %v1071 : !llvm.ptr<3> -> i64
      %v1073 = arith.addi %v90, %v1054 : i64
      %v1074 = arith.cmpi slt, %v1073, %v92 : i64
      %v1075 = arith.subi %size_L, %v1 : i64
      %v1076 = arith.minsi %v1073, %v1075 : i64
      %v1077 = arith.addi %v1072, %v1076 : i64
      %v1078 = arith.muli %v1070, %v104 : i64
      %v1079 = arith.addi %v1078, %v1054 : i64
      %v1080 = llvm.getelementptr %in_phi2[%v1077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1081 = llvm.load %v1080 : !llvm.ptr -> f32
      %v1082 = arith.addi %v1053, %v63 : i64
      %v1083 = arith.constant true
      %v1084 = arith.addi %v47, %v1082 : i64
      %v1085 = llvm.getelementptr %v7[%v1084] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1086 = llvm.load %v1085 : !llvm.ptr<3> -> i64
      %v1087 = arith.addi %v90, %v1054 : i64
      %v1088 = arith.cmpi slt, %v1087, %v92 : i64
      %v1089 = arith.subi %size_L, %v1 : i64
      %v1090 = arith.minsi %v1087, %v1089 : i64
      %v1091 = arith.addi %v1086, %v1090 : i64
      %v1092 = arith.muli %v1084, %v104 : i64
      %v1093 = arith.addi %v1092, %v1054 : i64
      %v1094 = llvm.getelementptr %in_phi2[%v1091] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1095 = llvm.load %v1094 : !llvm.ptr -> f32
      %v1096 = arith.addi %v1053, %v135 : i64
      %v1097 = arith.constant true
      %v1098 = arith.addi %v47, %v1096 : i64
      %v1099 = llvm.getelementptr %v7[%v1098] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1100 = llvm.load %v1099 : !llvm.ptr<3> -> i64
      %v1101 = arith.addi %v90, %v1054 : i64
      %v1102 = arith.cmpi slt, %v1101, %v92 : i64
      %v1103 = arith.subi %size_L, %v1 : i64
      %v1104 = arith.minsi %v1101, %v1103 : i64
      %v1105 = arith.addi %v1100, %v1104 : i64
      %v1106 = arith.muli %v1098, %v104 : i64
      %v1107 = arith.addi %v1106, %v1054 : i64
      %v1108 = llvm.getelementptr %in_phi2[%v1105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1109 = llvm.load %v1108 : !llvm.ptr -> f32
      %v1110 = arith.addi %v1053, %v149 : i64
      %v1111 = arith.constant true
      %v1112 = arith.addi %v47, %v1110 : i64
      %v1113 = llvm.getelementptr %v7[%v1112] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1114 = llvm.load %v1113 : !llvm.ptr<3> -> i64
      %v1115 = arith.addi %v90, %v1054 : i64
      %v1116 = arith.cmpi slt, %v1115, %v92 : i64
      %v1117 = arith.subi %size_L, %v1 : i64
      %v1118 = arith.minsi %v1115, %v1117 : i64
      %v1119 = arith.addi %v1114, %v1118 : i64
      %v1120 = arith.muli %v1112, %v104 : i64
      %v1121 = arith.addi %v1120, %v1054 : i64
      %v1122 = llvm.getelementptr %in_phi2[%v1119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1123 = llvm.load %v1122 : !llvm.ptr -> f32
      %v1124 = arith.addi %v1053, %v163 : i64
      %v1125 = arith.constant true
      %v1126 = arith.addi %v47, %v1124 : i64
      %v1127 = llvm.getelementptr %v7[%v1126] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1128 = llvm.load %v1127 : !llvm.ptr<3> -> i64
      %v1129 = arith.addi %v90, %v1054 : i64
      %v1130 = arith.cmpi slt, %v1129, %v92 : i64
      %v1131 = arith.subi %size_L, %v1 : i64
      %v1132 = arith.minsi %v1129, %v1131 : i64
      %v1133 = arith.addi %v1128, %v1132 : i64
      %v1134 = arith.muli %v1126, %v104 : i64
      %v1135 = arith.addi %v1134, %v1054 : i64
      %v1136 = llvm.getelementptr %in_phi2[%v1133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1137 = llvm.load %v1136 : !llvm.ptr -> f32
      %v1138 = arith.addi %v1053, %v177 : i64
      %v1139 = arith.constant true
      %v1140 = arith.addi %v47, %v1138 : i64
      %v1141 = llvm.getelementptr %v7[%v1140] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1142 = llvm.load %v1141 : !llvm.ptr<3> -> i64
      %v1143 = arith.addi %v90, %v1054 : i64
      %v1144 = arith.cmpi slt, %v1143, %v92 : i64
      %v1145 = arith.subi %size_L, %v1 : i64
      %v1146 = arith.minsi %v1143, %v1145 : i64
      %v1147 = arith.addi %v1142, %v1146 : i64
      %v1148 = arith.muli %v1140, %v104 : i64
      %v1149 = arith.addi %v1148, %v1054 : i64
      %v1150 = llvm.getelementptr %in_phi2[%v1147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1151 = llvm.load %v1150 : !llvm.ptr -> f32
      %v1152 = arith.addi %v1053, %v191 : i64
      %v1153 = arith.constant true
      %v1154 = arith.addi %v47, %v1152 : i64
      %v1155 = llvm.getelementptr %v7[%v1154] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1156 = llvm.load %v1155 : !llvm.ptr<3> -> i64
      %v1157 = arith.addi %v90, %v1054 : i64
      %v1158 = arith.cmpi slt, %v1157, %v92 : i64
      %v1159 = arith.subi %size_L, %v1 : i64
      %v1160 = arith.minsi %v1157, %v1159 : i64
      %v1161 = arith.addi %v1156, %v1160 : i64
      %v1162 = arith.muli %v1154, %v104 : i64
      %v1163 = arith.addi %v1162, %v1054 : i64
      %v1164 = llvm.getelementptr %in_phi2[%v1161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1165 = llvm.load %v1164 : !llvm.ptr -> f32
      %v1166 = arith.addi %v1053, %v205 : i64
      %v1167 = arith.constant true
      %v1168 = arith.addi %v47, %v1166 : i64
      %v1169 = llvm.getelementptr %v7[%v1168] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1170 = llvm.load %v1169 : !llvm.ptr<3> -> i64
      %v1171 = arith.addi %v90, %v1054 : i64
      %v1172 = arith.cmpi slt, %v1171, %v92 : i64
      %v1173 = arith.subi %size_L, %v1 : i64
      %v1174 = arith.minsi %v1171, %v1173 : i64
      %v1175 = arith.addi %v1170, %v1174 : i64
      %v1176 = arith.muli %v1168, %v104 : i64
      %v1177 = arith.addi %v1176, %v1054 : i64
      %v1178 = llvm.getelementptr %in_phi2[%v1175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1179 = llvm.load %v1178 : !llvm.ptr -> f32
      %v1180 = arith.addi %v1053, %v219 : i64
      %v1181 = arith.constant true
      %v1182 = arith.addi %v47, %v1180 : i64
      %v1183 = llvm.getelementptr %v7[%v1182] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1184 = llvm.load %v1183 : !llvm.ptr<3> -> i64
      %v1185 = arith.addi %v90, %v1054 : i64
      %v1186 = arith.cmpi slt, %v1185, %v92 : i64
      %v1187 = arith.subi %size_L, %v1 : i64
      %v1188 = arith.minsi %v1185, %v1187 : i64
      %v1189 = arith.addi %v1184, %v1188 : i64
      %v1190 = arith.muli %v1182, %v104 : i64
      %v1191 = arith.addi %v1190, %v1054 : i64
      %v1192 = llvm.getelementptr %in_phi2[%v1189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1193 = llvm.load %v1192 : !llvm.ptr -> f32
      %v1194 = arith.addi %v1053, %v233 : i64
      %v1195 = arith.constant true
      %v1196 = arith.addi %v47, %v1194 : i64
      %v1197 = llvm.getelementptr %v7[%v1196] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1198 = llvm.load %v1197 : !llvm.ptr<3> -> i64
      %v1199 = arith.addi %v90, %v1054 : i64
      %v1200 = arith.cmpi slt, %v1199, %v92 : i64
      %v1201 = arith.subi %size_L, %v1 : i64
      %v1202 = arith.minsi %v1199, %v1201 : i64
      %v1203 = arith.addi %v1198, %v1202 : i64
      %v1204 = arith.muli %v1196, %v104 : i64
      %v1205 = arith.addi %v1204, %v1054 : i64
      %v1206 = llvm.getelementptr %in_phi2[%v1203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1207 = llvm.load %v1206 : !llvm.ptr -> f32
      %v1208 = arith.addi %v1053, %v247 : i64
      %v1209 = arith.constant true
      %v1210 = arith.addi %v47, %v1208 : i64
      %v1211 = llvm.getelementptr %v7[%v1210] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1212 = llvm.load %v1211 : !llvm.ptr<3> -> i64
      %v1213 = arith.addi %v90, %v1054 : i64
      %v1214 = arith.cmpi slt, %v1213, %v92 : i64
      %v1215 = arith.subi %size_L, %v1 : i64
      %v1216 = arith.minsi %v1213, %v1215 : i64
      %v1217 = arith.addi %v1212, %v1216 : i64
      %v1218 = arith.muli %v1210, %v104 : i64
      %v1219 = arith.addi %v1218, %v1054 : i64
      %v1220 = llvm.getelementptr %in_phi2[%v1217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1221 = llvm.load %v1220 : !llvm.ptr -> f32
      %v1222 = arith.addi %v1053, %v261 : i64
      %v1223 = arith.constant true
      %v1224 = arith.addi %v47, %v1222 : i64
      %v1225 = llvm.getelementptr %v7[%v1224] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1226 = llvm.load %v1225 : !llvm.ptr<3> -> i64
      %v1227 = arith.addi %v90, %v1054 : i64
      %v1228 = arith.cmpi slt, %v1227, %v92 : i64
      %v1229 = arith.subi %size_L, %v1 : i64
      %v1230 = arith.minsi %v1227, %v1229 : i64
      %v1231 = arith.addi %v1226, %v1230 : i64
      %v1232 = arith.muli %v1224, %v104 : i64
      %v1233 = arith.addi %v1232, %v1054 : i64
      %v1234 = llvm.getelementptr %in_phi2[%v1231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1235 = llvm.load %v1234 : !llvm.ptr -> f32
      %v1236 = arith.addi %v1053, %v275 : i64
      %v1237 = arith.constant true
      %v1238 = arith.addi %v47, %v1236 : i64
      %v1239 = llvm.getelementptr %v7[%v1238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1240 = llvm.load %v1239 : !llvm.ptr<3> -> i64
      %v1241 = arith.addi %v90, %v1054 : i64
      %v1242 = arith.cmpi slt, %v1241, %v92 : i64
      %v1243 = arith.subi %size_L, %v1 : i64
      %v1244 = arith.minsi %v1241, %v1243 : i64
      %v1245 = arith.addi %v1240, %v1244 : i64
      %v1246 = arith.muli %v1238, %v104 : i64
      %v1247 = arith.addi %v1246, %v1054 : i64
      %v1248 = llvm.getelementptr %in_phi2[%v1245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1249 = llvm.load %v1248 : !llvm.ptr -> f32
      %v1250 = arith.addi %v1053, %v289 : i64
      %v1251 = arith.constant true
      %v1252 = arith.addi %v47, %v1250 : i64
      %v1253 = llvm.getelementptr %v7[%v1252] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1254 = llvm.load %v1253 : !llvm.ptr<3> -> i64
      %v1255 = arith.addi %v90, %v1054 : i64
      %v1256 = arith.cmpi slt, %v1255, %v92 : i64
      %v1257 = arith.subi %size_L, %v1 : i64
      %v1258 = arith.minsi %v1255, %v1257 : i64
      %v1259 = arith.addi %v1254, %v1258 : i64
      %v1260 = arith.muli %v1252, %v104 : i64
      %v1261 = arith.addi %v1260, %v1054 : i64
      %v1262 = llvm.getelementptr %in_phi2[%v1259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1263 = llvm.load %v1262 : !llvm.ptr -> f32
      %v1264 = arith.addi %v1053, %v303 : i64
      %v1265 = arith.constant true
      %v1266 = arith.addi %v47, %v1264 : i64
      %v1267 = llvm.getelementptr %v7[%v1266] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1268 = llvm.load %v1267 : !llvm.ptr<3> -> i64
      %v1269 = arith.addi %v90, %v1054 : i64
      %v1270 = arith.cmpi slt, %v1269, %v92 : i64
      %v1271 = arith.subi %size_L, %v1 : i64
      %v1272 = arith.minsi %v1269, %v1271 : i64
      %v1273 = arith.addi %v1268, %v1272 : i64
      %v1274 = arith.muli %v1266, %v104 : i64
      %v1275 = arith.addi %v1274, %v1054 : i64
      %v1276 = llvm.getelementptr %in_phi2[%v1273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1277 = llvm.load %v1276 : !llvm.ptr -> f32
      %v1278 = arith.addi %v1053, %v93 : i64
      %v1279 = arith.constant true
      %v1280 = arith.addi %v47, %v1278 : i64
      %v1281 = llvm.getelementptr %v7[%v1280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1282 = llvm.load %v1281 : !llvm.ptr<3> -> i64
      %v1283 = arith.addi %v90, %v1054 : i64
      %v1284 = arith.cmpi slt, %v1283, %v92 : i64
      %v1285 = arith.subi %size_L, %v1 : i64
      %v1286 = arith.minsi %v1283, %v1285 : i64
      %v1287 = arith.addi %v1282, %v1286 : i64
      %v1288 = arith.muli %v1280, %v104 : i64
      %v1289 = arith.addi %v1288, %v1054 : i64
      %v1290 = llvm.getelementptr %in_phi2[%v1287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1291 = llvm.load %v1290 : !llvm.ptr -> f32
      %v1292 = arith.addi %v1053, %v330 : i64
      %v1293 = arith.constant true
      %v1294 = arith.addi %v47, %v1292 : i64
      %v1295 = llvm.getelementptr %v7[%v1294] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1296 = llvm.load %v1295 : !llvm.ptr<3> -> i64
      %v1297 = arith.addi %v90, %v1054 : i64
      %v1298 = arith.cmpi slt, %v1297, %v92 : i64
      %v1299 = arith.subi %size_L, %v1 : i64
      %v1300 = arith.minsi %v1297, %v1299 : i64
      %v1301 = arith.addi %v1296, %v1300 : i64
      %v1302 = arith.muli %v1294, %v104 : i64
      %v1303 = arith.addi %v1302, %v1054 : i64
      %v1304 = llvm.getelementptr %in_phi2[%v1301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1305 = llvm.load %v1304 : !llvm.ptr -> f32
      %v1306 = arith.addi %v1053, %v344 : i64
      %v1307 = arith.constant true
      %v1308 = arith.addi %v47, %v1306 : i64
      %v1309 = llvm.getelementptr %v7[%v1308] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1310 = llvm.load %v1309 : !llvm.ptr<3> -> i64
      %v1311 = arith.addi %v90, %v1054 : i64
      %v1312 = arith.cmpi slt, %v1311, %v92 : i64
      %v1313 = arith.subi %size_L, %v1 : i64
      %v1314 = arith.minsi %v1311, %v1313 : i64
      %v1315 = arith.addi %v1310, %v1314 : i64
      %v1316 = arith.muli %v1308, %v104 : i64
      %v1317 = arith.addi %v1316, %v1054 : i64
      %v1318 = llvm.getelementptr %in_phi2[%v1315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1319 = llvm.load %v1318 : !llvm.ptr -> f32
      %v1320 = arith.addi %v1053, %v358 : i64
      %v1321 = arith.constant true
      %v1322 = arith.addi %v47, %v1320 : i64
      %v1323 = llvm.getelementptr %v7[%v1322] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1324 = llvm.load %v1323 : !llvm.ptr<3> -> i64
      %v1325 = arith.addi %v90, %v1054 : i64
      %v1326 = arith.cmpi slt, %v1325, %v92 : i64
      %v1327 = arith.subi %size_L, %v1 : i64
      %v1328 = arith.minsi %v1325, %v1327 : i64
      %v1329 = arith.addi %v1324, %v1328 : i64
      %v1330 = arith.muli %v1322, %v104 : i64
      %v1331 = arith.addi %v1330, %v1054 : i64
      %v1332 = llvm.getelementptr %in_phi2[%v1329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1333 = llvm.load %v1332 : !llvm.ptr -> f32
      %v1334 = arith.addi %v1053, %v372 : i64
      %v1335 = arith.constant true
      %v1336 = arith.addi %v47, %v1334 : i64
      %v1337 = llvm.getelementptr %v7[%v1336] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1338 = llvm.load %v1337 : !llvm.ptr<3> -> i64
      %v1339 = arith.addi %v90, %v1054 : i64
      %v1340 = arith.cmpi slt, %v1339, %v92 : i64
      %v1341 = arith.subi %size_L, %v1 : i64
      %v1342 = arith.minsi %v1339, %v1341 : i64
      %v1343 = arith.addi %v1338, %v1342 : i64
      %v1344 = arith.muli %v1336, %v104 : i64
      %v1345 = arith.addi %v1344, %v1054 : i64
      %v1346 = llvm.getelementptr %in_phi2[%v1343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1347 = llvm.load %v1346 : !llvm.ptr -> f32
      %v1348 = arith.addi %v1053, %v386 : i64
      %v1349 = arith.constant true
      %v1350 = arith.addi %v47, %v1348 : i64
      %v1351 = llvm.getelementptr %v7[%v1350] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1352 = llvm.load %v1351 : !llvm.ptr<3> -> i64
      %v1353 = arith.addi %v90, %v1054 : i64
      %v1354 = arith.cmpi slt, %v1353, %v92 : i64
      %v1355 = arith.subi %size_L, %v1 : i64
      %v1356 = arith.minsi %v1353, %v1355 : i64
      %v1357 = arith.addi %v1352, %v1356 : i64
      %v1358 = arith.muli %v1350, %v104 : i64
      %v1359 = arith.addi %v1358, %v1054 : i64
      %v1360 = llvm.getelementptr %in_phi2[%v1357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1361 = llvm.load %v1360 : !llvm.ptr -> f32
      %v1362 = arith.addi %v1053, %v400 : i64
      %v1363 = arith.constant true
      %v1364 = arith.addi %v47, %v1362 : i64
      %v1365 = llvm.getelementptr %v7[%v1364] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1366 = llvm.load %v1365 : !llvm.ptr<3> -> i64
      %v1367 = arith.addi %v90, %v1054 : i64
      %v1368 = arith.cmpi slt, %v1367, %v92 : i64
      %v1369 = arith.subi %size_L, %v1 : i64
      %v1370 = arith.minsi %v1367, %v1369 : i64
      %v1371 = arith.addi %v1366, %v1370 : i64
      %v1372 = arith.muli %v1364, %v104 : i64
      %v1373 = arith.addi %v1372, %v1054 : i64
      %v1374 = llvm.getelementptr %in_phi2[%v1371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1375 = llvm.load %v1374 : !llvm.ptr -> f32
      %v1376 = arith.addi %v1053, %v414 : i64
      %v1377 = arith.constant true
      %v1378 = arith.addi %v47, %v1376 : i64
      %v1379 = llvm.getelementptr %v7[%v1378] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1380 = llvm.load %v1379 : !llvm.ptr<3> -> i64
      %v1381 = arith.addi %v90, %v1054 : i64
      %v1382 = arith.cmpi slt, %v1381, %v92 : i64
      %v1383 = arith.subi %size_L, %v1 : i64
      %v1384 = arith.minsi %v1381, %v1383 : i64
      %v1385 = arith.addi %v1380, %v1384 : i64
      %v1386 = arith.muli %v1378, %v104 : i64
      %v1387 = arith.addi %v1386, %v1054 : i64
      %v1388 = llvm.getelementptr %in_phi2[%v1385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1389 = llvm.load %v1388 : !llvm.ptr -> f32
      %v1390 = arith.addi %v1053, %v428 : i64
      %v1391 = arith.constant true
      %v1392 = arith.addi %v47, %v1390 : i64
      %v1393 = llvm.getelementptr %v7[%v1392] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1394 = llvm.load %v1393 : !llvm.ptr<3> -> i64
      %v1395 = arith.addi %v90, %v1054 : i64
      %v1396 = arith.cmpi slt, %v1395, %v92 : i64
      %v1397 = arith.subi %size_L, %v1 : i64
      %v1398 = arith.minsi %v1395, %v1397 : i64
      %v1399 = arith.addi %v1394, %v1398 : i64
      %v1400 = arith.muli %v1392, %v104 : i64
      %v1401 = arith.addi %v1400, %v1054 : i64
      %v1402 = llvm.getelementptr %in_phi2[%v1399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1403 = llvm.load %v1402 : !llvm.ptr -> f32
      %v1404 = arith.addi %v1053, %v442 : i64
      %v1405 = arith.constant true
      %v1406 = arith.addi %v47, %v1404 : i64
      %v1407 = llvm.getelementptr %v7[%v1406] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1408 = llvm.load %v1407 : !llvm.ptr<3> -> i64
      %v1409 = arith.addi %v90, %v1054 : i64
      %v1410 = arith.cmpi slt, %v1409, %v92 : i64
      %v1411 = arith.subi %size_L, %v1 : i64
      %v1412 = arith.minsi %v1409, %v1411 : i64
      %v1413 = arith.addi %v1408, %v1412 : i64
      %v1414 = arith.muli %v1406, %v104 : i64
      %v1415 = arith.addi %v1414, %v1054 : i64
      %v1416 = llvm.getelementptr %in_phi2[%v1413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1417 = llvm.load %v1416 : !llvm.ptr -> f32
      %v1418 = arith.addi %v1053, %v456 : i64
      %v1419 = arith.constant true
      %v1420 = arith.addi %v47, %v1418 : i64
      %v1421 = llvm.getelementptr %v7[%v1420] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1422 = llvm.load %v1421 : !llvm.ptr<3> -> i64
      %v1423 = arith.addi %v90, %v1054 : i64
      %v1424 = arith.cmpi slt, %v1423, %v92 : i64
      %v1425 = arith.subi %size_L, %v1 : i64
      %v1426 = arith.minsi %v1423, %v1425 : i64
      %v1427 = arith.addi %v1422, %v1426 : i64
      %v1428 = arith.muli %v1420, %v104 : i64
      %v1429 = arith.addi %v1428, %v1054 : i64
      %v1430 = llvm.getelementptr %in_phi2[%v1427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1431 = llvm.load %v1430 : !llvm.ptr -> f32
      %v1432 = arith.addi %v1053, %v470 : i64
      %v1433 = arith.constant true
      %v1434 = arith.addi %v47, %v1432 : i64
      %v1435 = llvm.getelementptr %v7[%v1434] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1436 = llvm.load %v1435 : !llvm.ptr<3> -> i64
      %v1437 = arith.addi %v90, %v1054 : i64
      %v1438 = arith.cmpi slt, %v1437, %v92 : i64
      %v1439 = arith.subi %size_L, %v1 : i64
      %v1440 = arith.minsi %v1437, %v1439 : i64
      %v1441 = arith.addi %v1436, %v1440 : i64
      %v1442 = arith.muli %v1434, %v104 : i64
      %v1443 = arith.addi %v1442, %v1054 : i64
      %v1444 = llvm.getelementptr %in_phi2[%v1441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1445 = llvm.load %v1444 : !llvm.ptr -> f32
      %v1446 = arith.addi %v1053, %v484 : i64
      %v1447 = arith.constant true
      %v1448 = arith.addi %v47, %v1446 : i64
      %v1449 = llvm.getelementptr %v7[%v1448] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1450 = llvm.load %v1449 : !llvm.ptr<3> -> i64
      %v1451 = arith.addi %v90, %v1054 : i64
      %v1452 = arith.cmpi slt, %v1451, %v92 : i64
      %v1453 = arith.subi %size_L, %v1 : i64
      %v1454 = arith.minsi %v1451, %v1453 : i64
      %v1455 = arith.addi %v1450, %v1454 : i64
      %v1456 = arith.muli %v1448, %v104 : i64
      %v1457 = arith.addi %v1456, %v1054 : i64
      %v1458 = llvm.getelementptr %in_phi2[%v1455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1459 = llvm.load %v1458 : !llvm.ptr -> f32
      %v1460 = arith.addi %v1053, %v498 : i64
      %v1461 = arith.constant true
      %v1462 = arith.addi %v47, %v1460 : i64
      %v1463 = llvm.getelementptr %v7[%v1462] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1464 = llvm.load %v1463 : !llvm.ptr<3> -> i64
      %v1465 = arith.addi %v90, %v1054 : i64
      %v1466 = arith.cmpi slt, %v1465, %v92 : i64
      %v1467 = arith.subi %size_L, %v1 : i64
      %v1468 = arith.minsi %v1465, %v1467 : i64
      %v1469 = arith.addi %v1464, %v1468 : i64
      %v1470 = arith.muli %v1462, %v104 : i64
      %v1471 = arith.addi %v1470, %v1054 : i64
      %v1472 = llvm.getelementptr %in_phi2[%v1469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1473 = llvm.load %v1472 : !llvm.ptr -> f32
      %v1474 = arith.addi %v1053, %v512 : i64
      %v1475 = arith.constant true
      %v1476 = arith.addi %v47, %v1474 : i64
      %v1477 = llvm.getelementptr %v7[%v1476] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1478 = llvm.load %v1477 : !llvm.ptr<3> -> i64
      %v1479 = arith.addi %v90, %v1054 : i64
      %v1480 = arith.cmpi slt, %v1479, %v92 : i64
      %v1481 = arith.subi %size_L, %v1 : i64
      %v1482 = arith.minsi %v1479, %v1481 : i64
      %v1483 = arith.addi %v1478, %v1482 : i64
      %v1484 = arith.muli %v1476, %v104 : i64
      %v1485 = arith.addi %v1484, %v1054 : i64
      %v1486 = llvm.getelementptr %in_phi2[%v1483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1487 = llvm.load %v1486 : !llvm.ptr -> f32
      %v1488 = arith.addi %v1053, %v526 : i64
      %v1489 = arith.constant true
      %v1490 = arith.addi %v47, %v1488 : i64
      %v1491 = llvm.getelementptr %v7[%v1490] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1492 = llvm.load %v1491 : !llvm.ptr<3> -> i64
      %v1493 = arith.addi %v90, %v1054 : i64
      %v1494 = arith.cmpi slt, %v1493, %v92 : i64
      %v1495 = arith.subi %size_L, %v1 : i64
      %v1496 = arith.minsi %v1493, %v1495 : i64
      %v1497 = arith.addi %v1492, %v1496 : i64
      %v1498 = arith.muli %v1490, %v104 : i64
      %v1499 = arith.addi %v1498, %v1054 : i64
      %v1500 = llvm.getelementptr %in_phi2[%v1497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1501 = llvm.load %v1500 : !llvm.ptr -> f32
      scf.if %v1055 {
        %v1502 = llvm.getelementptr %v8[%v1065] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1067, %v1502 : f32, !llvm.ptr<3>
      }
      scf.if %v1069 {
        %v1503 = llvm.getelementptr %v8[%v1079] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1081, %v1503 : f32, !llvm.ptr<3>
      }
      scf.if %v1083 {
        %v1504 = llvm.getelementptr %v8[%v1093] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1095, %v1504 : f32, !llvm.ptr<3>
      }
      scf.if %v1097 {
        %v1505 = llvm.getelementptr %v8[%v1107] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1109, %v1505 : f32, !llvm.ptr<3>
      }
      scf.if %v1111 {
        %v1506 = llvm.getelementptr %v8[%v1121] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1123, %v1506 : f32, !llvm.ptr<3>
      }
      scf.if %v1125 {
        %v1507 = llvm.getelementptr %v8[%v1135] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1137, %v1507 : f32, !llvm.ptr<3>
      }
      scf.if %v1139 {
        %v1508 = llvm.getelementptr %v8[%v1149] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1151, %v1508 : f32, !llvm.ptr<3>
      }
      scf.if %v1153 {
        %v1509 = llvm.getelementptr %v8[%v1163] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1165, %v1509 : f32, !llvm.ptr<3>
      }
      scf.if %v1167 {
        %v1510 = llvm.getelementptr %v8[%v1177] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1179, %v1510 : f32, !llvm.ptr<3>
      }
      scf.if %v1181 {
        %v1511 = llvm.getelementptr %v8[%v1191] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1193, %v1511 : f32, !llvm.ptr<3>
      }
      scf.if %v1195 {
        %v1512 = llvm.getelementptr %v8[%v1205] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1207, %v1512 : f32, !llvm.ptr<3>
      }
      scf.if %v1209 {
        %v1513 = llvm.getelementptr %v8[%v1219] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1221, %v1513 : f32, !llvm.ptr<3>
      }
      scf.if %v1223 {
        %v1514 = llvm.getelementptr %v8[%v1233] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1235, %v1514 : f32, !llvm.ptr<3>
      }
      scf.if %v1237 {
        %v1515 = llvm.getelementptr %v8[%v1247] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1249, %v1515 : f32, !llvm.ptr<3>
      }
      scf.if %v1251 {
        %v1516 = llvm.getelementptr %v8[%v1261] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1263, %v1516 : f32, !llvm.ptr<3>
      }
      scf.if %v1265 {
        %v1517 = llvm.getelementptr %v8[%v1275] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1277, %v1517 : f32, !llvm.ptr<3>
      }
      scf.if %v1279 {
        %v1518 = llvm.getelementptr %v8[%v1289] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1291, %v1518 : f32, !llvm.ptr<3>
      }
      scf.if %v1293 {
        %v1519 = llvm.getelementptr %v8[%v1303] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1305, %v1519 : f32, !llvm.ptr<3>
      }
      scf.if %v1307 {
        %v1520 = llvm.getelementptr %v8[%v1317] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1319, %v1520 : f32, !llvm.ptr<3>
      }
      scf.if %v1321 {
        %v1521 = llvm.getelementptr %v8[%v1331] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1333, %v1521 : f32, !llvm.ptr<3>
      }
      scf.if %v1335 {
        %v1522 = llvm.getelementptr %v8[%v1345] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1347, %v1522 : f32, !llvm.ptr<3>
      }
      scf.if %v1349 {
        %v1523 = llvm.getelementptr %v8[%v1359] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1361, %v1523 : f32, !llvm.ptr<3>
      }
      scf.if %v1363 {
        %v1524 = llvm.getelementptr %v8[%v1373] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1375, %v1524 : f32, !llvm.ptr<3>
      }
      scf.if %v1377 {
        %v1525 = llvm.getelementptr %v8[%v1387] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1389, %v1525 : f32, !llvm.ptr<3>
      }
      scf.if %v1391 {
        %v1526 = llvm.getelementptr %v8[%v1401] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1403, %v1526 : f32, !llvm.ptr<3>
      }
      scf.if %v1405 {
        %v1527 = llvm.getelementptr %v8[%v1415] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1417, %v1527 : f32, !llvm.ptr<3>
      }
      scf.if %v1419 {
        %v1528 = llvm.getelementptr %v8[%v1429] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1431, %v1528 : f32, !llvm.ptr<3>
      }
      scf.if %v1433 {
        %v1529 = llvm.getelementptr %v8[%v1443] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1445, %v1529 : f32, !llvm.ptr<3>
      }
      scf.if %v1447 {
        %v1530 = llvm.getelementptr %v8[%v1457] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1459, %v1530 : f32, !llvm.ptr<3>
      }
      scf.if %v1461 {
        %v1531 = llvm.getelementptr %v8[%v1471] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1473, %v1531 : f32, !llvm.ptr<3>
      }
      scf.if %v1475 {
        %v1532 = llvm.getelementptr %v8[%v1485] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1487, %v1532 : f32, !llvm.ptr<3>
      }
      scf.if %v1489 {
        %v1533 = llvm.getelementptr %v8[%v1499] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1501, %v1533 : f32, !llvm.ptr<3>
      }
      // end staged load of `phi2`
      gpu.barrier
      %v1534 = arith.index_cast %v90 : i64 to index
      %v1535 = arith.index_cast %v92 : i64 to index
      %v1536 = arith.index_cast %v93 : i64 to index
      scf.for %v1537 = %v1534 to %v1535 step %v1536 {
        %v1538 = arith.index_cast %v1537 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v1539 = arith.remui %v1538, %v17 : i64
        %v1540 = arith.cmpi eq, %v1539, %v32 : i64
        %v1541 = arith.andi %v1540, %v25 : i1
        scf.if %v1541 {
          %v1542 = arith.divui %v1538, %v17 : i64
          %v1543 = llvm.mlir.zero : !llvm.ptr
          %v1544 = llvm.icmp "ne" %ckpt_h, %v1543 : !llvm.ptr
          scf.if %v1544 {
            %v1546 = arith.muli %v1542, %v1545 : i64
            %v1547 = llvm.load %v3 : !llvm.ptr -> f32
            %v1548 = arith.muli %v30, %size_D : i64
            %v1549 = arith.addi %v1548, %v28 : i64
            %v1550 = arith.addi %v1546, %v1549 : i64
            %v1551 = llvm.getelementptr %ckpt_h[%v1550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1547, %v1551 : f32, !llvm.ptr
          }
          %v1552 = llvm.mlir.zero : !llvm.ptr
          %v1553 = llvm.icmp "ne" %ckpt_h_lag1, %v1552 : !llvm.ptr
          scf.if %v1553 {
            %v1555 = arith.muli %v1542, %v1554 : i64
            %v1556 = llvm.load %v4 : !llvm.ptr -> f32
            %v1557 = arith.muli %v30, %size_D : i64
            %v1558 = arith.addi %v1557, %v28 : i64
            %v1559 = arith.addi %v1555, %v1558 : i64
            %v1560 = llvm.getelementptr %ckpt_h_lag1[%v1559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1556, %v1560 : f32, !llvm.ptr
          }
          %v1561 = llvm.mlir.zero : !llvm.ptr
          %v1562 = llvm.icmp "ne" %ckpt_e_lag1, %v1561 : !llvm.ptr
          scf.if %v1562 {
            %v1564 = arith.muli %v1542, %v1563 : i64
            %v1565 = llvm.load %v5 : !llvm.ptr -> f32
            %v1566 = arith.muli %v30, %size_D : i64
            %v1567 = arith.addi %v1566, %v28 : i64
            %v1568 = arith.addi %v1564, %v1567 : i64
            %v1569 = llvm.getelementptr %ckpt_e_lag1[%v1568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1565, %v1569 : f32, !llvm.ptr
          }
          %v1570 = llvm.mlir.zero : !llvm.ptr
          %v1571 = llvm.icmp "ne" %ckpt_e_lag2, %v1570 : !llvm.ptr
          scf.if %v1571 {
            %v1573 = arith.muli %v1542, %v1572 : i64
            %v1574 = llvm.load %v6 : !llvm.ptr -> f32
            %v1575 = arith.muli %v30, %size_D : i64
            %v1576 = arith.addi %v1575, %v28 : i64
            %v1577 = arith.addi %v1573, %v1576 : i64
            %v1578 = llvm.getelementptr %ckpt_e_lag2[%v1577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1574, %v1578 : f32, !llvm.ptr
          }
        }
        // end save
        %v1579 = arith.subi %v92, %v1538 : i64
        %v1580 = arith.minsi %v1579, %v93 : i64
        %v1581 = arith.addi %v1538, %v93 : i64
        %v1582 = arith.divui %v15, %v93 : i64
        %v1583 = arith.remui %v15, %v93 : i64
        %v1584 = arith.constant true
        %v1585 = llvm.getelementptr %v7[%v1582] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1586 = llvm.load %v1585 : !llvm.ptr<3> -> i64
        %v1587 = arith.addi %v1581, %v1583 : i64
        %v1588 = arith.cmpi slt, %v1587, %v92 : i64
        %v1589 = arith.subi %size_L, %v1 : i64
        %v1590 = arith.minsi %v1587, %v1589 : i64
        %v1591 = arith.addi %v1586, %v1590 : i64
        %v1592 = arith.muli %v1582, %v104 : i64
        %v1593 = arith.addi %v1592, %v1583 : i64
        %v1594 = llvm.getelementptr %in_e[%v1591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1595 = llvm.load %v1594 : !llvm.ptr -> f32
        %v1596 = arith.addi %v1582, %v46 : i64
        %v1597 = arith.constant true
        %v1598 = llvm.getelementptr %v7[%v1596] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1599 = llvm.load %v1598 : !llvm.ptr<3> -> i64
        %v1600 = arith.addi %v1581, %v1583 : i64
        %v1601 = arith.cmpi slt, %v1600, %v92 : i64
        %v1602 = arith.subi %size_L, %v1 : i64
        %v1603 = arith.minsi %v1600, %v1602 : i64
        %v1604 = arith.addi %v1599, %v1603 : i64
        %v1605 = arith.muli %v1596, %v104 : i64
        %v1606 = arith.addi %v1605, %v1583 : i64
        %v1607 = llvm.getelementptr %in_e[%v1604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1608 = llvm.load %v1607 : !llvm.ptr -> f32
        %v1609 = arith.addi %v1582, %v63 : i64
        %v1610 = arith.constant true
        %v1611 = llvm.getelementptr %v7[%v1609] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1612 = llvm.load %v1611 : !llvm.ptr<3> -> i64
        %v1613 = arith.addi %v1581, %v1583 : i64
        %v1614 = arith.cmpi slt, %v1613, %v92 : i64
        %v1615 = arith.subi %size_L, %v1 : i64
        %v1616 = arith.minsi %v1613, %v1615 : i64
        %v1617 = arith.addi %v1612, %v1616 : i64
        %v1618 = arith.muli %v1609, %v104 : i64
        %v1619 = arith.addi %v1618, %v1583 : i64
        %v1620 = llvm.getelementptr %in_e[%v1617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1621 = llvm.load %v1620 : !llvm.ptr -> f32
        %v1622 = arith.addi %v1582, %v135 : i64
        %v1623 = arith.constant true
        %v1624 = llvm.getelementptr %v7[%v1622] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1625 = llvm.load %v1624 : !llvm.ptr<3> -> i64
        %v1626 = arith.addi %v1581, %v1583 : i64
        %v1627 = arith.cmpi slt, %v1626, %v92 : i64
        %v1628 = arith.subi %size_L, %v1 : i64
        %v1629 = arith.minsi %v1626, %v1628 : i64
        %v1630 = arith.addi %v1625, %v1629 : i64
        %v1631 = arith.muli %v1622, %v104 : i64
        %v1632 = arith.addi %v1631, %v1583 : i64
        %v1633 = llvm.getelementptr %in_e[%v1630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1634 = llvm.load %v1633 : !llvm.ptr -> f32
        %v1635 = arith.addi %v1582, %v149 : i64
        %v1636 = arith.constant true
        %v1637 = llvm.getelementptr %v7[%v1635] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1638 = llvm.load %v1637 : !llvm.ptr<3> -> i64
        %v1639 = arith.addi %v1581, %v1583 : i64
        %v1640 = arith.cmpi slt, %v1639, %v92 : i64
        %v1641 = arith.subi %size_L, %v1 : i64
        %v1642 = arith.minsi %v1639, %v1641 : i64
        %v1643 = arith.addi %v1638, %v1642 : i64
        %v1644 = arith.muli %v1635, %v104 : i64
        %v1645 = arith.addi %v1644, %v1583 : i64
        %v1646 = llvm.getelementptr %in_e[%v1643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1647 = llvm.load %v1646 : !llvm.ptr -> f32
        %v1648 = arith.addi %v1582, %v163 : i64
        %v1649 = arith.constant true
        %v1650 = llvm.getelementptr %v7[%v1648] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1651 = llvm.load %v1650 : !llvm.ptr<3> -> i64
        %v1652 = arith.addi %v1581, %v1583 : i64
        %v1653 = arith.cmpi slt, %v1652, %v92 : i64
        %v1654 = arith.subi %size_L, %v1 : i64
        %v1655 = arith.minsi %v1652, %v1654 : i64
        %v1656 = arith.addi %v1651, %v1655 : i64
        %v1657 = arith.muli %v1648, %v104 : i64
        %v1658 = arith.addi %v1657, %v1583 : i64
        %v1659 = llvm.getelementptr %in_e[%v1656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1660 = llvm.load %v1659 : !llvm.ptr -> f32
        %v1661 = arith.addi %v1582, %v177 : i64
        %v1662 = arith.constant true
        %v1663 = llvm.getelementptr %v7[%v1661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1664 = llvm.load %v1663 : !llvm.ptr<3> -> i64
        %v1665 = arith.addi %v1581, %v1583 : i64
        %v1666 = arith.cmpi slt, %v1665, %v92 : i64
        %v1667 = arith.subi %size_L, %v1 : i64
        %v1668 = arith.minsi %v1665, %v1667 : i64
        %v1669 = arith.addi %v1664, %v1668 : i64
        %v1670 = arith.muli %v1661, %v104 : i64
        %v1671 = arith.addi %v1670, %v1583 : i64
        %v1672 = llvm.getelementptr %in_e[%v1669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1673 = llvm.load %v1672 : !llvm.ptr -> f32
        %v1674 = arith.addi %v1582, %v191 : i64
        %v1675 = arith.constant true
        %v1676 = llvm.getelementptr %v7[%v1674] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1677 = llvm.load %v1676 : !llvm.ptr<3> -> i64
        %v1678 = arith.addi %v1581, %v1583 : i64
        %v1679 = arith.cmpi slt, %v1678, %v92 : i64
        %v1680 = arith.subi %size_L, %v1 : i64
        %v1681 = arith.minsi %v1678, %v1680 : i64
        %v1682 = arith.addi %v1677, %v1681 : i64
        %v1683 = arith.muli %v1674, %v104 : i64
        %v1684 = arith.addi %v1683, %v1583 : i64
        %v1685 = llvm.getelementptr %in_e[%v1682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1686 = llvm.load %v1685 : !llvm.ptr -> f32
        %v1687 = arith.addi %v1582, %v205 : i64
        %v1688 = arith.constant true
        %v1689 = llvm.getelementptr %v7[%v1687] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1690 = llvm.load %v1689 : !llvm.ptr<3> -> i64
        %v1691 = arith.addi %v1581, %v1583 : i64
        %v1692 = arith.cmpi slt, %v1691, %v92 : i64
        %v1693 = arith.subi %size_L, %v1 : i64
        %v1694 = arith.minsi %v1691, %v1693 : i64
        %v1695 = arith.addi %v1690, %v1694 : i64
        %v1696 = arith.muli %v1687, %v104 : i64
        %v1697 = arith.addi %v1696, %v1583 : i64
        %v1698 = llvm.getelementptr %in_e[%v1695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1699 = llvm.load %v1698 : !llvm.ptr -> f32
        %v1700 = arith.addi %v1582, %v219 : i64
        %v1701 = arith.constant true
        %v1702 = llvm.getelementptr %v7[%v1700] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1703 = llvm.load %v1702 : !llvm.ptr<3> -> i64
        %v1704 = arith.addi %v1581, %v1583 : i64
        %v1705 = arith.cmpi slt, %v1704, %v92 : i64
        %v1706 = arith.subi %size_L, %v1 : i64
        %v1707 = arith.minsi %v1704, %v1706 : i64
        %v1708 = arith.addi %v1703, %v1707 : i64
        %v1709 = arith.muli %v1700, %v104 : i64
        %v1710 = arith.addi %v1709, %v1583 : i64
        %v1711 = llvm.getelementptr %in_e[%v1708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1712 = llvm.load %v1711 : !llvm.ptr -> f32
        %v1713 = arith.addi %v1582, %v233 : i64
        %v1714 = arith.constant true
        %v1715 = llvm.getelementptr %v7[%v1713] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1716 = llvm.load %v1715 : !llvm.ptr<3> -> i64
        %v1717 = arith.addi %v1581, %v1583 : i64
        %v1718 = arith.cmpi slt, %v1717, %v92 : i64
        %v1719 = arith.subi %size_L, %v1 : i64
        %v1720 = arith.minsi %v1717, %v1719 : i64
        %v1721 = arith.addi %v1716, %v1720 : i64
        %v1722 = arith.muli %v1713, %v104 : i64
        %v1723 = arith.addi %v1722, %v1583 : i64
        %v1724 = llvm.getelementptr %in_e[%v1721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1725 = llvm.load %v1724 : !llvm.ptr -> f32
        %v1726 = arith.addi %v1582, %v247 : i64
        %v1727 = arith.constant true
        %v1728 = llvm.getelementptr %v7[%v1726] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1729 = llvm.load %v1728 : !llvm.ptr<3> -> i64
        %v1730 = arith.addi %v1581, %v1583 : i64
        %v1731 = arith.cmpi slt, %v1730, %v92 : i64
        %v1732 = arith.subi %size_L, %v1 : i64
        %v1733 = arith.minsi %v1730, %v1732 : i64
        %v1734 = arith.addi %v1729, %v1733 : i64
        %v1735 = arith.muli %v1726, %v104 : i64
        %v1736 = arith.addi %v1735, %v1583 : i64
        %v1737 = llvm.getelementptr %in_e[%v1734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1738 = llvm.load %v1737 : !llvm.ptr -> f32
        %v1739 = arith.addi %v1582, %v261 : i64
        %v1740 = arith.constant true
        %v1741 = llvm.getelementptr %v7[%v1739] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1742 = llvm.load %v1741 : !llvm.ptr<3> -> i64
        %v1743 = arith.addi %v1581, %v1583 : i64
        %v1744 = arith.cmpi slt, %v1743, %v92 : i64
        %v1745 = arith.subi %size_L, %v1 : i64
        %v1746 = arith.minsi %v1743, %v1745 : i64
        %v1747 = arith.addi %v1742, %v1746 : i64
        %v1748 = arith.muli %v1739, %v104 : i64
        %v1749 = arith.addi %v1748, %v1583 : i64
        %v1750 = llvm.getelementptr %in_e[%v1747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1751 = llvm.load %v1750 : !llvm.ptr -> f32
        %v1752 = arith.addi %v1582, %v275 : i64
        %v1753 = arith.constant true
        %v1754 = llvm.getelementptr %v7[%v1752] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1755 = llvm.load %v1754 : !llvm.ptr<3> -> i64
        %v1756 = arith.addi %v1581, %v1583 : i64
        %v1757 = arith.cmpi slt, %v1756, %v92 : i64
        %v1758 = arith.subi %size_L, %v1 : i64
        %v1759 = arith.minsi %v1756, %v1758 : i64
        %v1760 = arith.addi %v1755, %v1759 : i64
        %v1761 = arith.muli %v1752, %v104 : i64
        %v1762 = arith.addi %v1761, %v1583 : i64
        %v1763 = llvm.getelementptr %in_e[%v1760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1764 = llvm.load %v1763 : !llvm.ptr -> f32
        %v1765 = arith.addi %v1582, %v289 : i64
        %v1766 = arith.constant true
        %v1767 = llvm.getelementptr %v7[%v1765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1768 = llvm.load %v1767 : !llvm.ptr<3> -> i64
        %v1769 = arith.addi %v1581, %v1583 : i64
        %v1770 = arith.cmpi slt, %v1769, %v92 : i64
        %v1771 = arith.subi %size_L, %v1 : i64
        %v1772 = arith.minsi %v1769, %v1771 : i64
        %v1773 = arith.addi %v1768, %v1772 : i64
        %v1774 = arith.muli %v1765, %v104 : i64
        %v1775 = arith.addi %v1774, %v1583 : i64
        %v1776 = llvm.getelementptr %in_e[%v1773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1777 = llvm.load %v1776 : !llvm.ptr -> f32
        %v1778 = arith.addi %v1582, %v303 : i64
        %v1779 = arith.constant true
        %v1780 = llvm.getelementptr %v7[%v1778] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1781 = llvm.load %v1780 : !llvm.ptr<3> -> i64
        %v1782 = arith.addi %v1581, %v1583 : i64
        %v1783 = arith.cmpi slt, %v1782, %v92 : i64
        %v1784 = arith.subi %size_L, %v1 : i64
        %v1785 = arith.minsi %v1782, %v1784 : i64
        %v1786 = arith.addi %v1781, %v1785 : i64
        %v1787 = arith.muli %v1778, %v104 : i64
        %v1788 = arith.addi %v1787, %v1583 : i64
        %v1789 = llvm.getelementptr %in_e[%v1786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1790 = llvm.load %v1789 : !llvm.ptr -> f32
        %v1791 = arith.addi %v1582, %v93 : i64
        %v1792 = arith.constant true
        %v1793 = llvm.getelementptr %v7[%v1791] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1794 = llvm.load %v1793 : !llvm.ptr<3> -> i64
        %v1795 = arith.addi %v1581, %v1583 : i64
        %v1796 = arith.cmpi slt, %v1795, %v92 : i64
        %v1797 = arith.subi %size_L, %v1 : i64
        %v1798 = arith.minsi %v1795, %v1797 : i64
        %v1799 = arith.addi %v1794, %v1798 : i64
        %v1800 = arith.muli %v1791, %v104 : i64
        %v1801 = arith.addi %v1800, %v1583 : i64
        %v1802 = llvm.getelementptr %in_e[%v1799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1803 = llvm.load %v1802 : !llvm.ptr -> f32
        %v1804 = arith.addi %v1582, %v330 : i64
        %v1805 = arith.constant true
        %v1806 = llvm.getelementptr %v7[%v1804] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1807 = llvm.load %v1806 : !llvm.ptr<3> -> i64
        %v1808 = arith.addi %v1581, %v1583 : i64
        %v1809 = arith.cmpi slt, %v1808, %v92 : i64
        %v1810 = arith.subi %size_L, %v1 : i64
        %v1811 = arith.minsi %v1808, %v1810 : i64
        %v1812 = arith.addi %v1807, %v1811 : i64
        %v1813 = arith.muli %v1804, %v104 : i64
        %v1814 = arith.addi %v1813, %v1583 : i64
        %v1815 = llvm.getelementptr %in_e[%v1812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1816 = llvm.load %v1815 : !llvm.ptr -> f32
        %v1817 = arith.addi %v1582, %v344 : i64
        %v1818 = arith.constant true
        %v1819 = llvm.getelementptr %v7[%v1817] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1820 = llvm.load %v1819 : !llvm.ptr<3> -> i64
        %v1821 = arith.addi %v1581, %v1583 : i64
        %v1822 = arith.cmpi slt, %v1821, %v92 : i64
        %v1823 = arith.subi %size_L, %v1 : i64
        %v1824 = arith.minsi %v1821, %v1823 : i64
        %v1825 = arith.addi %v1820, %v1824 : i64
        %v1826 = arith.muli %v1817, %v104 : i64
        %v1827 = arith.addi %v1826, %v1583 : i64
        %v1828 = llvm.getelementptr %in_e[%v1825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1829 = llvm.load %v1828 : !llvm.ptr -> f32
        %v1830 = arith.addi %v1582, %v358 : i64
        %v1831 = arith.constant true
        %v1832 = llvm.getelementptr %v7[%v1830] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1833 = llvm.load %v1832 : !llvm.ptr<3> -> i64
        %v1834 = arith.addi %v1581, %v1583 : i64
        %v1835 = arith.cmpi slt, %v1834, %v92 : i64
        %v1836 = arith.subi %size_L, %v1 : i64
        %v1837 = arith.minsi %v1834, %v1836 : i64
        %v1838 = arith.addi %v1833, %v1837 : i64
        %v1839 = arith.muli %v1830, %v104 : i64
        %v1840 = arith.addi %v1839, %v1583 : i64
        %v1841 = llvm.getelementptr %in_e[%v1838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1842 = llvm.load %v1841 : !llvm.ptr -> f32
        %v1843 = arith.addi %v1582, %v372 : i64
        %v1844 = arith.constant true
        %v1845 = llvm.getelementptr %v7[%v1843] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1846 = llvm.load %v1845 : !llvm.ptr<3> -> i64
        %v1847 = arith.addi %v1581, %v1583 : i64
        %v1848 = arith.cmpi slt, %v1847, %v92 : i64
        %v1849 = arith.subi %size_L, %v1 : i64
        %v1850 = arith.minsi %v1847, %v1849 : i64
        %v1851 = arith.addi %v1846, %v1850 : i64
        %v1852 = arith.muli %v1843, %v104 : i64
        %v1853 = arith.addi %v1852, %v1583 : i64
        %v1854 = llvm.getelementptr %in_e[%v1851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1855 = llvm.load %v1854 : !llvm.ptr -> f32
        %v1856 = arith.addi %v1582, %v386 : i64
        %v1857 = arith.constant true
        %v1858 = llvm.getelementptr %v7[%v1856] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1859 = llvm.load %v1858 : !llvm.ptr<3> -> i64
        %v1860 = arith.addi %v1581, %v1583 : i64
        %v1861 = arith.cmpi slt, %v1860, %v92 : i64
        %v1862 = arith.subi %size_L, %v1 : i64
        %v1863 = arith.minsi %v1860, %v1862 : i64
        %v1864 = arith.addi %v1859, %v1863 : i64
        %v1865 = arith.muli %v1856, %v104 : i64
        %v1866 = arith.addi %v1865, %v1583 : i64
        %v1867 = llvm.getelementptr %in_e[%v1864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1868 = llvm.load %v1867 : !llvm.ptr -> f32
        %v1869 = arith.addi %v1582, %v400 : i64
        %v1870 = arith.constant true
        %v1871 = llvm.getelementptr %v7[%v1869] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1872 = llvm.load %v1871 : !llvm.ptr<3> -> i64
        %v1873 = arith.addi %v1581, %v1583 : i64
        %v1874 = arith.cmpi slt, %v1873, %v92 : i64
        %v1875 = arith.subi %size_L, %v1 : i64
        %v1876 = arith.minsi %v1873, %v1875 : i64
        %v1877 = arith.addi %v1872, %v1876 : i64
        %v1878 = arith.muli %v1869, %v104 : i64
        %v1879 = arith.addi %v1878, %v1583 : i64
        %v1880 = llvm.getelementptr %in_e[%v1877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1881 = llvm.load %v1880 : !llvm.ptr -> f32
        %v1882 = arith.addi %v1582, %v414 : i64
        %v1883 = arith.constant true
        %v1884 = llvm.getelementptr %v7[%v1882] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1885 = llvm.load %v1884 : !llvm.ptr<3> -> i64
        %v1886 = arith.addi %v1581, %v1583 : i64
        %v1887 = arith.cmpi slt, %v1886, %v92 : i64
        %v1888 = arith.subi %size_L, %v1 : i64
        %v1889 = arith.minsi %v1886, %v1888 : i64
        %v1890 = arith.addi %v1885, %v1889 : i64
        %v1891 = arith.muli %v1882, %v104 : i64
        %v1892 = arith.addi %v1891, %v1583 : i64
        %v1893 = llvm.getelementptr %in_e[%v1890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1894 = llvm.load %v1893 : !llvm.ptr -> f32
        %v1895 = arith.addi %v1582, %v428 : i64
        %v1896 = arith.constant true
        %v1897 = llvm.getelementptr %v7[%v1895] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1898 = llvm.load %v1897 : !llvm.ptr<3> -> i64
        %v1899 = arith.addi %v1581, %v1583 : i64
        %v1900 = arith.cmpi slt, %v1899, %v92 : i64
        %v1901 = arith.subi %size_L, %v1 : i64
        %v1902 = arith.minsi %v1899, %v1901 : i64
        %v1903 = arith.addi %v1898, %v1902 : i64
        %v1904 = arith.muli %v1895, %v104 : i64
        %v1905 = arith.addi %v1904, %v1583 : i64
        %v1906 = llvm.getelementptr %in_e[%v1903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1907 = llvm.load %v1906 : !llvm.ptr -> f32
        %v1908 = arith.addi %v1582, %v442 : i64
        %v1909 = arith.constant true
        %v1910 = llvm.getelementptr %v7[%v1908] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1911 = llvm.load %v1910 : !llvm.ptr<3> -> i64
        %v1912 = arith.addi %v1581, %v1583 : i64
        %v1913 = arith.cmpi slt, %v1912, %v92 : i64
        %v1914 = arith.subi %size_L, %v1 : i64
        %v1915 = arith.minsi %v1912, %v1914 : i64
        %v1916 = arith.addi %v1911, %v1915 : i64
        %v1917 = arith.muli %v1908, %v104 : i64
        %v1918 = arith.addi %v1917, %v1583 : i64
        %v1919 = llvm.getelementptr %in_e[%v1916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1920 = llvm.load %v1919 : !llvm.ptr -> f32
        %v1921 = arith.addi %v1582, %v456 : i64
        %v1922 = arith.constant true
        %v1923 = llvm.getelementptr %v7[%v1921] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1924 = llvm.load %v1923 : !llvm.ptr<3> -> i64
        %v1925 = arith.addi %v1581, %v1583 : i64
        %v1926 = arith.cmpi slt, %v1925, %v92 : i64
        %v1927 = arith.subi %size_L, %v1 : i64
        %v1928 = arith.minsi %v1925, %v1927 : i64
        %v1929 = arith.addi %v1924, %v1928 : i64
        %v1930 = arith.muli %v1921, %v104 : i64
        %v1931 = arith.addi %v1930, %v1583 : i64
        %v1932 = llvm.getelementptr %in_e[%v1929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1933 = llvm.load %v1932 : !llvm.ptr -> f32
        %v1934 = arith.addi %v1582, %v470 : i64
        %v1935 = arith.constant true
        %v1936 = llvm.getelementptr %v7[%v1934] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1937 = llvm.load %v1936 : !llvm.ptr<3> -> i64
        %v1938 = arith.addi %v1581, %v1583 : i64
        %v1939 = arith.cmpi slt, %v1938, %v92 : i64
        %v1940 = arith.subi %size_L, %v1 : i64
        %v1941 = arith.minsi %v1938, %v1940 : i64
        %v1942 = arith.addi %v1937, %v1941 : i64
        %v1943 = arith.muli %v1934, %v104 : i64
        %v1944 = arith.addi %v1943, %v1583 : i64
        %v1945 = llvm.getelementptr %in_e[%v1942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1946 = llvm.load %v1945 : !llvm.ptr -> f32
        %v1947 = arith.addi %v1582, %v484 : i64
        %v1948 = arith.constant true
        %v1949 = llvm.getelementptr %v7[%v1947] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1950 = llvm.load %v1949 : !llvm.ptr<3> -> i64
        %v1951 = arith.addi %v1581, %v1583 : i64
        %v1952 = arith.cmpi slt, %v1951, %v92 : i64
        %v1953 = arith.subi %size_L, %v1 : i64
        %v1954 = arith.minsi %v1951, %v1953 : i64
        %v1955 = arith.addi %v1950, %v1954 : i64
        %v1956 = arith.muli %v1947, %v104 : i64
        %v1957 = arith.addi %v1956, %v1583 : i64
        %v1958 = llvm.getelementptr %in_e[%v1955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1959 = llvm.load %v1958 : !llvm.ptr -> f32
        %v1960 = arith.addi %v1582, %v498 : i64
        %v1961 = arith.constant true
        %v1962 = llvm.getelementptr %v7[%v1960] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1963 = llvm.load %v1962 : !llvm.ptr<3> -> i64
        %v1964 = arith.addi %v1581, %v1583 : i64
        %v1965 = arith.cmpi slt, %v1964, %v92 : i64
        %v1966 = arith.subi %size_L, %v1 : i64
        %v1967 = arith.minsi %v1964, %v1966 : i64
        %v1968 = arith.addi %v1963, %v1967 : i64
        %v1969 = arith.muli %v1960, %v104 : i64
        %v1970 = arith.addi %v1969, %v1583 : i64
        %v1971 = llvm.getelementptr %in_e[%v1968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1972 = llvm.load %v1971 : !llvm.ptr -> f32
        %v1973 = arith.addi %v1582, %v512 : i64
        %v1974 = arith.constant true
        %v1975 = llvm.getelementptr %v7[%v1973] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1976 = llvm.load %v1975 : !llvm.ptr<3> -> i64
        %v1977 = arith.addi %v1581, %v1583 : i64
        %v1978 = arith.cmpi slt, %v1977, %v92 : i64
        %v1979 = arith.subi %size_L, %v1 : i64
        %v1980 = arith.minsi %v1977, %v1979 : i64
        %v1981 = arith.addi %v1976, %v1980 : i64
        %v1982 = arith.muli %v1973, %v104 : i64
        %v1983 = arith.addi %v1982, %v1583 : i64
        %v1984 = llvm.getelementptr %in_e[%v1981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1985 = llvm.load %v1984 : !llvm.ptr -> f32
        %v1986 = arith.addi %v1582, %v526 : i64
        %v1987 = arith.constant true
        %v1988 = llvm.getelementptr %v7[%v1986] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1989 = llvm.load %v1988 : !llvm.ptr<3> -> i64
        %v1990 = arith.addi %v1581, %v1583 : i64
        %v1991 = arith.cmpi slt, %v1990, %v92 : i64
        %v1992 = arith.subi %size_L, %v1 : i64
        %v1993 = arith.minsi %v1990, %v1992 : i64
        %v1994 = arith.addi %v1989, %v1993 : i64
        %v1995 = arith.muli %v1986, %v104 : i64
        %v1996 = arith.addi %v1995, %v1583 : i64
        %v1997 = llvm.getelementptr %in_e[%v1994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1998 = llvm.load %v1997 : !llvm.ptr -> f32
        %v1999 = arith.divui %v15, %v93 : i64
        %v2000 = arith.remui %v15, %v93 : i64
        %v2001 = arith.constant true
        %v2002 = arith.addi %v17, %v1999 : i64
        %v2003 = llvm.getelementptr %v7[%v2002] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2004 = llvm.load %v2003 : !llvm.ptr<3> -> i64
        %v2005 = arith.addi %v1581, %v2000 : i64
        %v2006 = arith.cmpi slt, %v2005, %v92 : i64
        %v2007 = arith.subi %size_L, %v1 : i64
        %v2008 = arith.minsi %v2005, %v2007 : i64
        %v2009 = arith.addi %v2004, %v2008 : i64
        %v2010 = arith.muli %v2002, %v104 : i64
        %v2011 = arith.addi %v2010, %v2000 : i64
        %v2012 = llvm.getelementptr %in_phi1[%v2009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2013 = llvm.load %v2012 : !llvm.ptr -> f32
        %v2014 = arith.addi %v1999, %v46 : i64
        %v2015 = arith.constant true
        %v2016 = arith.addi %v17, %v2014 : i64
        %v2017 = llvm.getelementptr %v7[%v2016] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2018 = llvm.load %v2017 : !llvm.ptr<3> -> i64
        %v2019 = arith.addi %v1581, %v2000 : i64
        %v2020 = arith.cmpi slt, %v2019, %v92 : i64
        %v2021 = arith.subi %size_L, %v1 : i64
        %v2022 = arith.minsi %v2019, %v2021 : i64
        %v2023 = arith.addi %v2018, %v2022 : i64
        %v2024 = arith.muli %v2016, %v104 : i64
        %v2025 = arith.addi %v2024, %v2000 : i64
        %v2026 = llvm.getelementptr %in_phi1[%v2023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2027 = llvm.load %v2026 : !llvm.ptr -> f32
        %v2028 = arith.addi %v1999, %v63 : i64
        %v2029 = arith.constant true
        %v2030 = arith.addi %v17, %v2028 : i64
        %v2031 = llvm.getelementptr %v7[%v2030] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2032 = llvm.load %v2031 : !llvm.ptr<3> -> i64
        %v2033 = arith.addi %v1581, %v2000 : i64
        %v2034 = arith.cmpi slt, %v2033, %v92 : i64
        %v2035 = arith.subi %size_L, %v1 : i64
        %v2036 = arith.minsi %v2033, %v2035 : i64
        %v2037 = arith.addi %v2032, %v2036 : i64
        %v2038 = arith.muli %v2030, %v104 : i64
        %v2039 = arith.addi %v2038, %v2000 : i64
        %v2040 = llvm.getelementptr %in_phi1[%v2037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2041 = llvm.load %v2040 : !llvm.ptr -> f32
        %v2042 = arith.addi %v1999, %v135 : i64
        %v2043 = arith.constant true
        %v2044 = arith.addi %v17, %v2042 : i64
        %v2045 = llvm.getelementptr %v7[%v2044] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2046 = llvm.load %v2045 : !llvm.ptr<3> -> i64
        %v2047 = arith.addi %v1581, %v2000 : i64
        %v2048 = arith.cmpi slt, %v2047, %v92 : i64
        %v2049 = arith.subi %size_L, %v1 : i64
        %v2050 = arith.minsi %v2047, %v2049 : i64
        %v2051 = arith.addi %v2046, %v2050 : i64
        %v2052 = arith.muli %v2044, %v104 : i64
        %v2053 = arith.addi %v2052, %v2000 : i64
        %v2054 = llvm.getelementptr %in_phi1[%v2051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2055 = llvm.load %v2054 : !llvm.ptr -> f32
        %v2056 = arith.addi %v1999, %v149 : i64
        %v2057 = arith.constant true
        %v2058 = arith.addi %v17, %v2056 : i64
        %v2059 = llvm.getelementptr %v7[%v2058] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2060 = llvm.load %v2059 : !llvm.ptr<3> -> i64
        %v2061 = arith.addi %v1581, %v2000 : i64
        %v2062 = arith.cmpi slt, %v2061, %v92 : i64
        %v2063 = arith.subi %size_L, %v1 : i64
        %v2064 = arith.minsi %v2061, %v2063 : i64
        %v2065 = arith.addi %v2060, %v2064 : i64
        %v2066 = arith.muli %v2058, %v104 : i64
        %v2067 = arith.addi %v2066, %v2000 : i64
        %v2068 = llvm.getelementptr %in_phi1[%v2065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2069 = llvm.load %v2068 : !llvm.ptr -> f32
        %v2070 = arith.addi %v1999, %v163 : i64
        %v2071 = arith.constant true
        %v2072 = arith.addi %v17, %v2070 : i64
        %v2073 = llvm.getelementptr %v7[%v2072] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2074 = llvm.load %v2073 : !llvm.ptr<3> -> i64
        %v2075 = arith.addi %v1581, %v2000 : i64
        %v2076 = arith.cmpi slt, %v2075, %v92 : i64
        %v2077 = arith.subi %size_L, %v1 : i64
        %v2078 = arith.minsi %v2075, %v2077 : i64
        %v2079 = arith.addi %v2074, %v2078 : i64
        %v2080 = arith.muli %v2072, %v104 : i64
        %v2081 = arith.addi %v2080, %v2000 : i64
        %v2082 = llvm.getelementptr %in_phi1[%v2079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2083 = llvm.load %v2082 : !llvm.ptr -> f32
        %v2084 = arith.addi %v1999, %v177 : i64
        %v2085 = arith.constant true
        %v2086 = arith.addi %v17, %v2084 : i64
        %v2087 = llvm.getelementptr %v7[%v2086] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2088 = llvm.load %v2087 : !llvm.ptr<3> -> i64
        %v2089 = arith.addi %v1581, %v2000 : i64
        %v2090 = arith.cmpi slt, %v2089, %v92 : i64
        %v2091 = arith.subi %size_L, %v1 : i64
        %v2092 = arith.minsi %v2089, %v2091 : i64
        %v2093 = arith.addi %v2088, %v2092 : i64
        %v2094 = arith.muli %v2086, %v104 : i64
        %v2095 = arith.addi %v2094, %v2000 : i64
        %v2096 = llvm.getelementptr %in_phi1[%v2093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2097 = llvm.load %v2096 : !llvm.ptr -> f32
        %v2098 = arith.addi %v1999, %v191 : i64
        %v2099 = arith.constant true
        %v2100 = arith.addi %v17, %v2098 : i64
        %v2101 = llvm.getelementptr %v7[%v2100] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2102 = llvm.load %v2101 : !llvm.ptr<3> -> i64
        %v2103 = arith.addi %v1581, %v2000 : i64
        %v2104 = arith.cmpi slt, %v2103, %v92 : i64
        %v2105 = arith.subi %size_L, %v1 : i64
        %v2106 = arith.minsi %v2103, %v2105 : i64
        %v2107 = arith.addi %v2102, %v2106 : i64
        %v2108 = arith.muli %v2100, %v104 : i64
        %v2109 = arith.addi %v2108, %v2000 : i64
        %v2110 = llvm.getelementptr %in_phi1[%v2107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2111 = llvm.load %v2110 : !llvm.ptr -> f32
        %v2112 = arith.addi %v1999, %v205 : i64
        %v2113 = arith.constant true
        %v2114 = arith.addi %v17, %v2112 : i64
        %v2115 = llvm.getelementptr %v7[%v2114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2116 = llvm.load %v2115 : !llvm.ptr<3> -> i64
        %v2117 = arith.addi %v1581, %v2000 : i64
        %v2118 = arith.cmpi slt, %v2117, %v92 : i64
        %v2119 = arith.subi %size_L, %v1 : i64
        %v2120 = arith.minsi %v2117, %v2119 : i64
        %v2121 = arith.addi %v2116, %v2120 : i64
        %v2122 = arith.muli %v2114, %v104 : i64
        %v2123 = arith.addi %v2122, %v2000 : i64
        %v2124 = llvm.getelementptr %in_phi1[%v2121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2125 = llvm.load %v2124 : !llvm.ptr -> f32
        %v2126 = arith.addi %v1999, %v219 : i64
        %v2127 = arith.constant true
        %v2128 = arith.addi %v17, %v2126 : i64
        %v2129 = llvm.getelementptr %v7[%v2128] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2130 = llvm.load %v2129 : !llvm.ptr<3> -> i64
        %v2131 = arith.addi %v1581, %v2000 : i64
        %v2132 = arith.cmpi slt, %v2131, %v92 : i64
        %v2133 = arith.subi %size_L, %v1 : i64
        %v2134 = arith.minsi %v2131, %v2133 : i64
        %v2135 = arith.addi %v2130, %v2134 : i64
        %v2136 = arith.muli %v2128, %v104 : i64
        %v2137 = arith.addi %v2136, %v2000 : i64
        %v2138 = llvm.getelementptr %in_phi1[%v2135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2139 = llvm.load %v2138 : !llvm.ptr -> f32
        %v2140 = arith.addi %v1999, %v233 : i64
        %v2141 = arith.constant true
        %v2142 = arith.addi %v17, %v2140 : i64
        %v2143 = llvm.getelementptr %v7[%v2142] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2144 = llvm.load %v2143 : !llvm.ptr<3> -> i64
        %v2145 = arith.addi %v1581, %v2000 : i64
        %v2146 = arith.cmpi slt, %v2145, %v92 : i64
        %v2147 = arith.subi %size_L, %v1 : i64
        %v2148 = arith.minsi %v2145, %v2147 : i64
        %v2149 = arith.addi %v2144, %v2148 : i64
        %v2150 = arith.muli %v2142, %v104 : i64
        %v2151 = arith.addi %v2150, %v2000 : i64
        %v2152 = llvm.getelementptr %in_phi1[%v2149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2153 = llvm.load %v2152 : !llvm.ptr -> f32
        %v2154 = arith.addi %v1999, %v247 : i64
        %v2155 = arith.constant true
        %v2156 = arith.addi %v17, %v2154 : i64
        %v2157 = llvm.getelementptr %v7[%v2156] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2158 = llvm.load %v2157 : !llvm.ptr<3> -> i64
        %v2159 = arith.addi %v1581, %v2000 : i64
        %v2160 = arith.cmpi slt, %v2159, %v92 : i64
        %v2161 = arith.subi %size_L, %v1 : i64
        %v2162 = arith.minsi %v2159, %v2161 : i64
        %v2163 = arith.addi %v2158, %v2162 : i64
        %v2164 = arith.muli %v2156, %v104 : i64
        %v2165 = arith.addi %v2164, %v2000 : i64
        %v2166 = llvm.getelementptr %in_phi1[%v2163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2167 = llvm.load %v2166 : !llvm.ptr -> f32
        %v2168 = arith.addi %v1999, %v261 : i64
        %v2169 = arith.constant true
        %v2170 = arith.addi %v17, %v2168 : i64
        %v2171 = llvm.getelementptr %v7[%v2170] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2172 = llvm.load %v2171 : !llvm.ptr<3> -> i64
        %v2173 = arith.addi %v1581, %v2000 : i64
        %v2174 = arith.cmpi slt, %v2173, %v92 : i64
        %v2175 = arith.subi %size_L, %v1 : i64
        %v2176 = arith.minsi %v2173, %v2175 : i64
        %v2177 = arith.addi %v2172, %v2176 : i64
        %v2178 = arith.muli %v2170, %v104 : i64
        %v2179 = arith.addi %v2178, %v2000 : i64
        %v2180 = llvm.getelementptr %in_phi1[%v2177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2181 = llvm.load %v2180 : !llvm.ptr -> f32
        %v2182 = arith.addi %v1999, %v275 : i64
        %v2183 = arith.constant true
        %v2184 = arith.addi %v17, %v2182 : i64
        %v2185 = llvm.getelementptr %v7[%v2184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2186 = llvm.load %v2185 : !llvm.ptr<3> -> i64
        %v2187 = arith.addi %v1581, %v2000 : i64
        %v2188 = arith.cmpi slt, %v2187, %v92 : i64
        %v2189 = arith.subi %size_L, %v1 : i64
        %v2190 = arith.minsi %v2187, %v2189 : i64
        %v2191 = arith.addi %v2186, %v2190 : i64
        %v2192 = arith.muli %v2184, %v104 : i64
        %v2193 = arith.addi %v2192, %v2000 : i64
        %v2194 = llvm.getelementptr %in_phi1[%v2191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2195 = llvm.load %v2194 : !llvm.ptr -> f32
        %v2196 = arith.addi %v1999, %v289 : i64
        %v2197 = arith.constant true
        %v2198 = arith.addi %v17, %v2196 : i64
        %v2199 = llvm.getelementptr %v7[%v2198] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2200 = llvm.load %v2199 : !llvm.ptr<3> -> i64
        %v2201 = arith.addi %v1581, %v2000 : i64
        %v2202 = arith.cmpi slt, %v2201, %v92 : i64
        %v2203 = arith.subi %size_L, %v1 : i64
        %v2204 = arith.minsi %v2201, %v2203 : i64
        %v2205 = arith.addi %v2200, %v2204 : i64
        %v2206 = arith.muli %v2198, %v104 : i64
        %v2207 = arith.addi %v2206, %v2000 : i64
        %v2208 = llvm.getelementptr %in_phi1[%v2205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2209 = llvm.load %v2208 : !llvm.ptr -> f32
        %v2210 = arith.addi %v1999, %v303 : i64
        %v2211 = arith.constant true
        %v2212 = arith.addi %v17, %v2210 : i64
        %v2213 = llvm.getelementptr %v7[%v2212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2214 = llvm.load %v2213 : !llvm.ptr<3> -> i64
        %v2215 = arith.addi %v1581, %v2000 : i64
        %v2216 = arith.cmpi slt, %v2215, %v92 : i64
        %v2217 = arith.subi %size_L, %v1 : i64
        %v2218 = arith.minsi %v2215, %v2217 : i64
        %v2219 = arith.addi %v2214, %v2218 : i64
        %v2220 = arith.muli %v2212, %v104 : i64
        %v2221 = arith.addi %v2220, %v2000 : i64
        %v2222 = llvm.getelementptr %in_phi1[%v2219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2223 = llvm.load %v2222 : !llvm.ptr -> f32
        %v2224 = arith.addi %v1999, %v93 : i64
        %v2225 = arith.constant true
        %v2226 = arith.addi %v17, %v2224 : i64
        %v2227 = llvm.getelementptr %v7[%v2226] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2228 = llvm.load %v2227 : !llvm.ptr<3> -> i64
        %v2229 = arith.addi %v1581, %v2000 : i64
        %v2230 = arith.cmpi slt, %v2229, %v92 : i64
        %v2231 = arith.subi %size_L, %v1 : i64
        %v2232 = arith.minsi %v2229, %v2231 : i64
        %v2233 = arith.addi %v2228, %v2232 : i64
        %v2234 = arith.muli %v2226, %v104 : i64
        %v2235 = arith.addi %v2234, %v2000 : i64
        %v2236 = llvm.getelementptr %in_phi1[%v2233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2237 = llvm.load %v2236 : !llvm.ptr -> f32
        %v2238 = arith.addi %v1999, %v330 : i64
        %v2239 = arith.constant true
        %v2240 = arith.addi %v17, %v2238 : i64
        %v2241 = llvm.getelementptr %v7[%v2240] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2242 = llvm.load %v2241 : !llvm.ptr<3> -> i64
        %v2243 = arith.addi %v1581, %v2000 : i64
        %v2244 = arith.cmpi slt, %v2243, %v92 : i64
        %v2245 = arith.subi %size_L, %v1 : i64
        %v2246 = arith.minsi %v2243, %v2245 : i64
        %v2247 = arith.addi %v2242, %v2246 : i64
        %v2248 = arith.muli %v2240, %v104 : i64
        %v2249 = arith.addi %v2248, %v2000 : i64
        %v2250 = llvm.getelementptr %in_phi1[%v2247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2251 = llvm.load %v2250 : !llvm.ptr -> f32
        %v2252 = arith.addi %v1999, %v344 : i64
        %v2253 = arith.constant true
        %v2254 = arith.addi %v17, %v2252 : i64
        %v2255 = llvm.getelementptr %v7[%v2254] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2256 = llvm.load %v2255 : !llvm.ptr<3> -> i64
        %v2257 = arith.addi %v1581, %v2000 : i64
        %v2258 = arith.cmpi slt, %v2257, %v92 : i64
        %v2259 = arith.subi %size_L, %v1 : i64
        %v2260 = arith.minsi %v2257, %v2259 : i64
        %v2261 = arith.addi %v2256, %v2260 : i64
        %v2262 = arith.muli %v2254, %v104 : i64
        %v2263 = arith.addi %v2262, %v2000 : i64
        %v2264 = llvm.getelementptr %in_phi1[%v2261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2265 = llvm.load %v2264 : !llvm.ptr -> f32
        %v2266 = arith.addi %v1999, %v358 : i64
        %v2267 = arith.constant true
        %v2268 = arith.addi %v17, %v2266 : i64
        %v2269 = llvm.getelementptr %v7[%v2268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2270 = llvm.load %v2269 : !llvm.ptr<3> -> i64
        %v2271 = arith.addi %v1581, %v2000 : i64
        %v2272 = arith.cmpi slt, %v2271, %v92 : i64
        %v2273 = arith.subi %size_L, %v1 : i64
        %v2274 = arith.minsi %v2271, %v2273 : i64
        %v2275 = arith.addi %v2270, %v2274 : i64
        %v2276 = arith.muli %v2268, %v104 : i64
        %v2277 = arith.addi %v2276, %v2000 : i64
        %v2278 = llvm.getelementptr %in_phi1[%v2275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2279 = llvm.load %v2278 : !llvm.ptr -> f32
        %v2280 = arith.addi %v1999, %v372 : i64
        %v2281 = arith.constant true
        %v2282 = arith.addi %v17, %v2280 : i64
        %v2283 = llvm.getelementptr %v7[%v2282] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2284 = llvm.load %v2283 : !llvm.ptr<3> -> i64
        %v2285 = arith.addi %v1581, %v2000 : i64
        %v2286 = arith.cmpi slt, %v2285, %v92 : i64
        %v2287 = arith.subi %size_L, %v1 : i64
        %v2288 = arith.minsi %v2285, %v2287 : i64
        %v2289 = arith.addi %v2284, %v2288 : i64
        %v2290 = arith.muli %v2282, %v104 : i64
        %v2291 = arith.addi %v2290, %v2000 : i64
        %v2292 = llvm.getelementptr %in_phi1[%v2289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2293 = llvm.load %v2292 : !llvm.ptr -> f32
        %v2294 = arith.addi %v1999, %v386 : i64
        %v2295 = arith.constant true
        %v2296 = arith.addi %v17, %v2294 : i64
        %v2297 = llvm.getelementptr %v7[%v2296] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2298 = llvm.load %v2297 : !llvm.ptr<3> -> i64
        %v2299 = arith.addi %v1581, %v2000 : i64
        %v2300 = arith.cmpi slt, %v2299, %v92 : i64
        %v2301 = arith.subi %size_L, %v1 : i64
        %v2302 = arith.minsi %v2299, %v2301 : i64
        %v2303 = arith.addi %v2298, %v2302 : i64
        %v2304 = arith.muli %v2296, %v104 : i64
        %v2305 = arith.addi %v2304, %v2000 : i64
        %v2306 = llvm.getelementptr %in_phi1[%v2303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2307 = llvm.load %v2306 : !llvm.ptr -> f32
        %v2308 = arith.addi %v1999, %v400 : i64
        %v2309 = arith.constant true
        %v2310 = arith.addi %v17, %v2308 : i64
        %v2311 = llvm.getelementptr %v7[%v2310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2312 = llvm.load %v2311 : !llvm.ptr<3> -> i64
        %v2313 = arith.addi %v1581, %v2000 : i64
        %v2314 = arith.cmpi slt, %v2313, %v92 : i64
        %v2315 = arith.subi %size_L, %v1 : i64
        %v2316 = arith.minsi %v2313, %v2315 : i64
        %v2317 = arith.addi %v2312, %v2316 : i64
        %v2318 = arith.muli %v2310, %v104 : i64
        %v2319 = arith.addi %v2318, %v2000 : i64
        %v2320 = llvm.getelementptr %in_phi1[%v2317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2321 = llvm.load %v2320 : !llvm.ptr -> f32
        %v2322 = arith.addi %v1999, %v414 : i64
        %v2323 = arith.constant true
        %v2324 = arith.addi %v17, %v2322 : i64
        %v2325 = llvm.getelementptr %v7[%v2324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2326 = llvm.load %v2325 : !llvm.ptr<3> -> i64
        %v2327 = arith.addi %v1581, %v2000 : i64
        %v2328 = arith.cmpi slt, %v2327, %v92 : i64
        %v2329 = arith.subi %size_L, %v1 : i64
        %v2330 = arith.minsi %v2327, %v2329 : i64
        %v2331 = arith.addi %v2326, %v2330 : i64
        %v2332 = arith.muli %v2324, %v104 : i64
        %v2333 = arith.addi %v2332, %v2000 : i64
        %v2334 = llvm.getelementptr %in_phi1[%v2331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2335 = llvm.load %v2334 : !llvm.ptr -> f32
        %v2336 = arith.addi %v1999, %v428 : i64
        %v2337 = arith.constant true
        %v2338 = arith.addi %v17, %v2336 : i64
        %v2339 = llvm.getelementptr %v7[%v2338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2340 = llvm.load %v2339 : !llvm.ptr<3> -> i64
        %v2341 = arith.addi %v1581, %v2000 : i64
        %v2342 = arith.cmpi slt, %v2341, %v92 : i64
        %v2343 = arith.subi %size_L, %v1 : i64
        %v2344 = arith.minsi %v2341, %v2343 : i64
        %v2345 = arith.addi %v2340, %v2344 : i64
        %v2346 = arith.muli %v2338, %v104 : i64
        %v2347 = arith.addi %v2346, %v2000 : i64
        %v2348 = llvm.getelementptr %in_phi1[%v2345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2349 = llvm.load %v2348 : !llvm.ptr -> f32
        %v2350 = arith.addi %v1999, %v442 : i64
        %v2351 = arith.constant true
        %v2352 = arith.addi %v17, %v2350 : i64
        %v2353 = llvm.getelementptr %v7[%v2352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2354 = llvm.load %v2353 : !llvm.ptr<3> -> i64
        %v2355 = arith.addi %v1581, %v2000 : i64
        %v2356 = arith.cmpi slt, %v2355, %v92 : i64
        %v2357 = arith.subi %size_L, %v1 : i64
        %v2358 = arith.minsi %v2355, %v2357 : i64
        %v2359 = arith.addi %v2354, %v2358 : i64
        %v2360 = arith.muli %v2352, %v104 : i64
        %v2361 = arith.addi %v2360, %v2000 : i64
        %v2362 = llvm.getelementptr %in_phi1[%v2359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2363 = llvm.load %v2362 : !llvm.ptr -> f32
        %v2364 = arith.addi %v1999, %v456 : i64
        %v2365 = arith.constant true
        %v2366 = arith.addi %v17, %v2364 : i64
        %v2367 = llvm.getelementptr %v7[%v2366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2368 = llvm.load %v2367 : !llvm.ptr<3> -> i64
        %v2369 = arith.addi %v1581, %v2000 : i64
        %v2370 = arith.cmpi slt, %v2369, %v92 : i64
        %v2371 = arith.subi %size_L, %v1 : i64
        %v2372 = arith.minsi %v2369, %v2371 : i64
        %v2373 = arith.addi %v2368, %v2372 : i64
        %v2374 = arith.muli %v2366, %v104 : i64
        %v2375 = arith.addi %v2374, %v2000 : i64
        %v2376 = llvm.getelementptr %in_phi1[%v2373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2377 = llvm.load %v2376 : !llvm.ptr -> f32
        %v2378 = arith.addi %v1999, %v470 : i64
        %v2379 = arith.constant true
        %v2380 = arith.addi %v17, %v2378 : i64
        %v2381 = llvm.getelementptr %v7[%v2380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2382 = llvm.load %v2381 : !llvm.ptr<3> -> i64
        %v2383 = arith.addi %v1581, %v2000 : i64
        %v2384 = arith.cmpi slt, %v2383, %v92 : i64
        %v2385 = arith.subi %size_L, %v1 : i64
        %v2386 = arith.minsi %v2383, %v2385 : i64
        %v2387 = arith.addi %v2382, %v2386 : i64
        %v2388 = arith.muli %v2380, %v104 : i64
        %v2389 = arith.addi %v2388, %v2000 : i64
        %v2390 = llvm.getelementptr %in_phi1[%v2387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2391 = llvm.load %v2390 : !llvm.ptr -> f32
        %v2392 = arith.addi %v1999, %v484 : i64
        %v2393 = arith.constant true
        %v2394 = arith.addi %v17, %v2392 : i64
        %v2395 = llvm.getelementptr %v7[%v2394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2396 = llvm.load %v2395 : !llvm.ptr<3> -> i64
        %v2397 = arith.addi %v1581, %v2000 : i64
        %v2398 = arith.cmpi slt, %v2397, %v92 : i64
        %v2399 = arith.subi %size_L, %v1 : i64
        %v2400 = arith.minsi %v2397, %v2399 : i64
        %v2401 = arith.addi %v2396, %v2400 : i64
        %v2402 = arith.muli %v2394, %v104 : i64
        %v2403 = arith.addi %v2402, %v2000 : i64
        %v2404 = llvm.getelementptr %in_phi1[%v2401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2405 = llvm.load %v2404 : !llvm.ptr -> f32
        %v2406 = arith.addi %v1999, %v498 : i64
        %v2407 = arith.constant true
        %v2408 = arith.addi %v17, %v2406 : i64
        %v2409 = llvm.getelementptr %v7[%v2408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2410 = llvm.load %v2409 : !llvm.ptr<3> -> i64
        %v2411 = arith.addi %v1581, %v2000 : i64
        %v2412 = arith.cmpi slt, %v2411, %v92 : i64
        %v2413 = arith.subi %size_L, %v1 : i64
        %v2414 = arith.minsi %v2411, %v2413 : i64
        %v2415 = arith.addi %v2410, %v2414 : i64
        %v2416 = arith.muli %v2408, %v104 : i64
        %v2417 = arith.addi %v2416, %v2000 : i64
        %v2418 = llvm.getelementptr %in_phi1[%v2415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2419 = llvm.load %v2418 : !llvm.ptr -> f32
        %v2420 = arith.addi %v1999, %v512 : i64
        %v2421 = arith.constant true
        %v2422 = arith.addi %v17, %v2420 : i64
        %v2423 = llvm.getelementptr %v7[%v2422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2424 = llvm.load %v2423 : !llvm.ptr<3> -> i64
        %v2425 = arith.addi %v1581, %v2000 : i64
        %v2426 = arith.cmpi slt, %v2425, %v92 : i64
        %v2427 = arith.subi %size_L, %v1 : i64
        %v2428 = arith.minsi %v2425, %v2427 : i64
        %v2429 = arith.addi %v2424, %v2428 : i64
        %v2430 = arith.muli %v2422, %v104 : i64
        %v2431 = arith.addi %v2430, %v2000 : i64
        %v2432 = llvm.getelementptr %in_phi1[%v2429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2433 = llvm.load %v2432 : !llvm.ptr -> f32
        %v2434 = arith.addi %v1999, %v526 : i64
        %v2435 = arith.constant true
        %v2436 = arith.addi %v17, %v2434 : i64
        %v2437 = llvm.getelementptr %v7[%v2436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2438 = llvm.load %v2437 : !llvm.ptr<3> -> i64
        %v2439 = arith.addi %v1581, %v2000 : i64
        %v2440 = arith.cmpi slt, %v2439, %v92 : i64
        %v2441 = arith.subi %size_L, %v1 : i64
        %v2442 = arith.minsi %v2439, %v2441 : i64
        %v2443 = arith.addi %v2438, %v2442 : i64
        %v2444 = arith.muli %v2436, %v104 : i64
        %v2445 = arith.addi %v2444, %v2000 : i64
        %v2446 = llvm.getelementptr %in_phi1[%v2443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2447 = llvm.load %v2446 : !llvm.ptr -> f32
        %v2448 = arith.divui %v15, %v93 : i64
        %v2449 = arith.remui %v15, %v93 : i64
        %v2450 = arith.constant true
        %v2451 = arith.addi %v47, %v2448 : i64
        %v2452 = llvm.getelementptr %v7[%v2451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2453 = llvm.load %v2452 : !llvm.ptr<3> -> i64
        %v2454 = arith.addi %v1581, %v2449 : i64
        %v2455 = arith.cmpi slt, %v2454, %v92 : i64
        %v2456 = arith.subi %size_L, %v1 : i64
        %v2457 = arith.minsi %v2454, %v2456 : i64
        %v2458 = arith.addi %v2453, %v2457 : i64
        %v2459 = arith.muli %v2451, %v104 : i64
        %v2460 = arith.addi %v2459, %v2449 : i64
        %v2461 = llvm.getelementptr %in_phi2[%v2458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2462 = llvm.load %v2461 : !llvm.ptr -> f32
        %v2463 = arith.addi %v2448, %v46 : i64
        %v2464 = arith.constant true
        %v2465 = arith.addi %v47, %v2463 : i64
        %v2466 = llvm.getelementptr %v7[%v2465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2467 = llvm.load %v2466 : !llvm.ptr<3> -> i64
        %v2468 = arith.addi %v1581, %v2449 : i64
        %v2469 = arith.cmpi slt, %v2468, %v92 : i64
        %v2470 = arith.subi %size_L, %v1 : i64
        %v2471 = arith.minsi %v2468, %v2470 : i64
        %v2472 = arith.addi %v2467, %v2471 : i64
        %v2473 = arith.muli %v2465, %v104 : i64
        %v2474 = arith.addi %v2473, %v2449 : i64
        %v2475 = llvm.getelementptr %in_phi2[%v2472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2476 = llvm.load %v2475 : !llvm.ptr -> f32
        %v2477 = arith.addi %v2448, %v63 : i64
        %v2478 = arith.constant true
        %v2479 = arith.addi %v47, %v2477 : i64
        %v2480 = llvm.getelementptr %v7[%v2479] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2481 = llvm.load %v2480 : !llvm.ptr<3> -> i64
        %v2482 = arith.addi %v1581, %v2449 : i64
        %v2483 = arith.cmpi slt, %v2482, %v92 : i64
        %v2484 = arith.subi %size_L, %v1 : i64
        %v2485 = arith.minsi %v2482, %v2484 : i64
        %v2486 = arith.addi %v2481, %v2485 : i64
        %v2487 = arith.muli %v2479, %v104 : i64
        %v2488 = arith.addi %v2487, %v2449 : i64
        %v2489 = llvm.getelementptr %in_phi2[%v2486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2490 = llvm.load %v2489 : !llvm.ptr -> f32
        %v2491 = arith.addi %v2448, %v135 : i64
        %v2492 = arith.constant true
        %v2493 = arith.addi %v47, %v2491 : i64
        %v2494 = llvm.getelementptr %v7[%v2493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2495 = llvm.load %v2494 : !llvm.ptr<3> -> i64
        %v2496 = arith.addi %v1581, %v2449 : i64
        %v2497 = arith.cmpi slt, %v2496, %v92 : i64
        %v2498 = arith.subi %size_L, %v1 : i64
        %v2499 = arith.minsi %v2496, %v2498 : i64
        %v2500 = arith.addi %v2495, %v2499 : i64
        %v2501 = arith.muli %v2493, %v104 : i64
        %v2502 = arith.addi %v2501, %v2449 : i64
        %v2503 = llvm.getelementptr %in_phi2[%v2500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2504 = llvm.load %v2503 : !llvm.ptr -> f32
        %v2505 = arith.addi %v2448, %v149 : i64
        %v2506 = arith.constant true
        %v2507 = arith.addi %v47, %v2505 : i64
        %v2508 = llvm.getelementptr %v7[%v2507] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2509 = llvm.load %v2508 : !llvm.ptr<3> -> i64
        %v2510 = arith.addi %v1581, %v2449 : i64
        %v2511 = arith.cmpi slt, %v2510, %v92 : i64
        %v2512 = arith.subi %size_L, %v1 : i64
        %v2513 = arith.minsi %v2510, %v2512 : i64
        %v2514 = arith.addi %v2509, %v2513 : i64
        %v2515 = arith.muli %v2507, %v104 : i64
        %v2516 = arith.addi %v2515, %v2449 : i64
        %v2517 = llvm.getelementptr %in_phi2[%v2514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2518 = llvm.load %v2517 : !llvm.ptr -> f32
        %v2519 = arith.addi %v2448, %v163 : i64
        %v2520 = arith.constant true
        %v2521 = arith.addi %v47, %v2519 : i64
        %v2522 = llvm.getelementptr %v7[%v2521] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2523 = llvm.load %v2522 : !llvm.ptr<3> -> i64
        %v2524 = arith.addi %v1581, %v2449 : i64
        %v2525 = arith.cmpi slt, %v2524, %v92 : i64
        %v2526 = arith.subi %size_L, %v1 : i64
        %v2527 = arith.minsi %v2524, %v2526 : i64
        %v2528 = arith.addi %v2523, %v2527 : i64
        %v2529 = arith.muli %v2521, %v104 : i64
        %v2530 = arith.addi %v2529, %v2449 : i64
        %v2531 = llvm.getelementptr %in_phi2[%v2528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2532 = llvm.load %v2531 : !llvm.ptr -> f32
        %v2533 = arith.addi %v2448, %v177 : i64
        %v2534 = arith.constant true
        %v2535 = arith.addi %v47, %v2533 : i64
        %v2536 = llvm.getelementptr %v7[%v2535] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2537 = llvm.load %v2536 : !llvm.ptr<3> -> i64
        %v2538 = arith.addi %v1581, %v2449 : i64
        %v2539 = arith.cmpi slt, %v2538, %v92 : i64
        %v2540 = arith.subi %size_L, %v1 : i64
        %v2541 = arith.minsi %v2538, %v2540 : i64
        %v2542 = arith.addi %v2537, %v2541 : i64
        %v2543 = arith.muli %v2535, %v104 : i64
        %v2544 = arith.addi %v2543, %v2449 : i64
        %v2545 = llvm.getelementptr %in_phi2[%v2542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2546 = llvm.load %v2545 : !llvm.ptr -> f32
        %v2547 = arith.addi %v2448, %v191 : i64
        %v2548 = arith.constant true
        %v2549 = arith.addi %v47, %v2547 : i64
        %v2550 = llvm.getelementptr %v7[%v2549] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2551 = llvm.load %v2550 : !llvm.ptr<3> -> i64
        %v2552 = arith.addi %v1581, %v2449 : i64
        %v2553 = arith.cmpi slt, %v2552, %v92 : i64
        %v2554 = arith.subi %size_L, %v1 : i64
        %v2555 = arith.minsi %v2552, %v2554 : i64
        %v2556 = arith.addi %v2551, %v2555 : i64
        %v2557 = arith.muli %v2549, %v104 : i64
        %v2558 = arith.addi %v2557, %v2449 : i64
        %v2559 = llvm.getelementptr %in_phi2[%v2556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2560 = llvm.load %v2559 : !llvm.ptr -> f32
        %v2561 = arith.addi %v2448, %v205 : i64
        %v2562 = arith.constant true
        %v2563 = arith.addi %v47, %v2561 : i64
        %v2564 = llvm.getelementptr %v7[%v2563] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2565 = llvm.load %v2564 : !llvm.ptr<3> -> i64
        %v2566 = arith.addi %v1581, %v2449 : i64
        %v2567 = arith.cmpi slt, %v2566, %v92 : i64
        %v2568 = arith.subi %size_L, %v1 : i64
        %v2569 = arith.minsi %v2566, %v2568 : i64
        %v2570 = arith.addi %v2565, %v2569 : i64
        %v2571 = arith.muli %v2563, %v104 : i64
        %v2572 = arith.addi %v2571, %v2449 : i64
        %v2573 = llvm.getelementptr %in_phi2[%v2570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2574 = llvm.load %v2573 : !llvm.ptr -> f32
        %v2575 = arith.addi %v2448, %v219 : i64
        %v2576 = arith.constant true
        %v2577 = arith.addi %v47, %v2575 : i64
        %v2578 = llvm.getelementptr %v7[%v2577] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2579 = llvm.load %v2578 : !llvm.ptr<3> -> i64
        %v2580 = arith.addi %v1581, %v2449 : i64
        %v2581 = arith.cmpi slt, %v2580, %v92 : i64
        %v2582 = arith.subi %size_L, %v1 : i64
        %v2583 = arith.minsi %v2580, %v2582 : i64
        %v2584 = arith.addi %v2579, %v2583 : i64
        %v2585 = arith.muli %v2577, %v104 : i64
        %v2586 = arith.addi %v2585, %v2449 : i64
        %v2587 = llvm.getelementptr %in_phi2[%v2584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2588 = llvm.load %v2587 : !llvm.ptr -> f32
        %v2589 = arith.addi %v2448, %v233 : i64
        %v2590 = arith.constant true
        %v2591 = arith.addi %v47, %v2589 : i64
        %v2592 = llvm.getelementptr %v7[%v2591] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2593 = llvm.load %v2592 : !llvm.ptr<3> -> i64
        %v2594 = arith.addi %v1581, %v2449 : i64
        %v2595 = arith.cmpi slt, %v2594, %v92 : i64
        %v2596 = arith.subi %size_L, %v1 : i64
        %v2597 = arith.minsi %v2594, %v2596 : i64
        %v2598 = arith.addi %v2593, %v2597 : i64
        %v2599 = arith.muli %v2591, %v104 : i64
        %v2600 = arith.addi %v2599, %v2449 : i64
        %v2601 = llvm.getelementptr %in_phi2[%v2598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2602 = llvm.load %v2601 : !llvm.ptr -> f32
        %v2603 = arith.addi %v2448, %v247 : i64
        %v2604 = arith.constant true
        %v2605 = arith.addi %v47, %v2603 : i64
        %v2606 = llvm.getelementptr %v7[%v2605] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2607 = llvm.load %v2606 : !llvm.ptr<3> -> i64
        %v2608 = arith.addi %v1581, %v2449 : i64
        %v2609 = arith.cmpi slt, %v2608, %v92 : i64
        %v2610 = arith.subi %size_L, %v1 : i64
        %v2611 = arith.minsi %v2608, %v2610 : i64
        %v2612 = arith.addi %v2607, %v2611 : i64
        %v2613 = arith.muli %v2605, %v104 : i64
        %v2614 = arith.addi %v2613, %v2449 : i64
        %v2615 = llvm.getelementptr %in_phi2[%v2612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2616 = llvm.load %v2615 : !llvm.ptr -> f32
        %v2617 = arith.addi %v2448, %v261 : i64
        %v2618 = arith.constant true
        %v2619 = arith.addi %v47, %v2617 : i64
        %v2620 = llvm.getelementptr %v7[%v2619] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2621 = llvm.load %v2620 : !llvm.ptr<3> -> i64
        %v2622 = arith.addi %v1581, %v2449 : i64
        %v2623 = arith.cmpi slt, %v2622, %v92 : i64
        %v2624 = arith.subi %size_L, %v1 : i64
        %v2625 = arith.minsi %v2622, %v2624 : i64
        %v2626 = arith.addi %v2621, %v2625 : i64
        %v2627 = arith.muli %v2619, %v104 : i64
        %v2628 = arith.addi %v2627, %v2449 : i64
        %v2629 = llvm.getelementptr %in_phi2[%v2626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2630 = llvm.load %v2629 : !llvm.ptr -> f32
        %v2631 = arith.addi %v2448, %v275 : i64
        %v2632 = arith.constant true
        %v2633 = arith.addi %v47, %v2631 : i64
        %v2634 = llvm.getelementptr %v7[%v2633] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2635 = llvm.load %v2634 : !llvm.ptr<3> -> i64
        %v2636 = arith.addi %v1581, %v2449 : i64
        %v2637 = arith.cmpi slt, %v2636, %v92 : i64
        %v2638 = arith.subi %size_L, %v1 : i64
        %v2639 = arith.minsi %v2636, %v2638 : i64
        %v2640 = arith.addi %v2635, %v2639 : i64
        %v2641 = arith.muli %v2633, %v104 : i64
        %v2642 = arith.addi %v2641, %v2449 : i64
        %v2643 = llvm.getelementptr %in_phi2[%v2640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2644 = llvm.load %v2643 : !llvm.ptr -> f32
        %v2645 = arith.addi %v2448, %v289 : i64
        %v2646 = arith.constant true
        %v2647 = arith.addi %v47, %v2645 : i64
        %v2648 = llvm.getelementptr %v7[%v2647] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2649 = llvm.load %v2648 : !llvm.ptr<3> -> i64
        %v2650 = arith.addi %v1581, %v2449 : i64
        %v2651 = arith.cmpi slt, %v2650, %v92 : i64
        %v2652 = arith.subi %size_L, %v1 : i64
        %v2653 = arith.minsi %v2650, %v2652 : i64
        %v2654 = arith.addi %v2649, %v2653 : i64
        %v2655 = arith.muli %v2647, %v104 : i64
        %v2656 = arith.addi %v2655, %v2449 : i64
        %v2657 = llvm.getelementptr %in_phi2[%v2654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2658 = llvm.load %v2657 : !llvm.ptr -> f32
        %v2659 = arith.addi %v2448, %v303 : i64
        %v2660 = arith.constant true
        %v2661 = arith.addi %v47, %v2659 : i64
        %v2662 = llvm.getelementptr %v7[%v2661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2663 = llvm.load %v2662 : !llvm.ptr<3> -> i64
        %v2664 = arith.addi %v1581, %v2449 : i64
        %v2665 = arith.cmpi slt, %v2664, %v92 : i64
        %v2666 = arith.subi %size_L, %v1 : i64
        %v2667 = arith.minsi %v2664, %v2666 : i64
        %v2668 = arith.addi %v2663, %v2667 : i64
        %v2669 = arith.muli %v2661, %v104 : i64
        %v2670 = arith.addi %v2669, %v2449 : i64
        %v2671 = llvm.getelementptr %in_phi2[%v2668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2672 = llvm.load %v2671 : !llvm.ptr -> f32
        %v2673 = arith.addi %v2448, %v93 : i64
        %v2674 = arith.constant true
        %v2675 = arith.addi %v47, %v2673 : i64
        %v2676 = llvm.getelementptr %v7[%v2675] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2677 = llvm.load %v2676 : !llvm.ptr<3> -> i64
        %v2678 = arith.addi %v1581, %v2449 : i64
        %v2679 = arith.cmpi slt, %v2678, %v92 : i64
        %v2680 = arith.subi %size_L, %v1 : i64
        %v2681 = arith.minsi %v2678, %v2680 : i64
        %v2682 = arith.addi %v2677, %v2681 : i64
        %v2683 = arith.muli %v2675, %v104 : i64
        %v2684 = arith.addi %v2683, %v2449 : i64
        %v2685 = llvm.getelementptr %in_phi2[%v2682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2686 = llvm.load %v2685 : !llvm.ptr -> f32
        %v2687 = arith.addi %v2448, %v330 : i64
        %v2688 = arith.constant true
        %v2689 = arith.addi %v47, %v2687 : i64
        %v2690 = llvm.getelementptr %v7[%v2689] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2691 = llvm.load %v2690 : !llvm.ptr<3> -> i64
        %v2692 = arith.addi %v1581, %v2449 : i64
        %v2693 = arith.cmpi slt, %v2692, %v92 : i64
        %v2694 = arith.subi %size_L, %v1 : i64
        %v2695 = arith.minsi %v2692, %v2694 : i64
        %v2696 = arith.addi %v2691, %v2695 : i64
        %v2697 = arith.muli %v2689, %v104 : i64
        %v2698 = arith.addi %v2697, %v2449 : i64
        %v2699 = llvm.getelementptr %in_phi2[%v2696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2700 = llvm.load %v2699 : !llvm.ptr -> f32
        %v2701 = arith.addi %v2448, %v344 : i64
        %v2702 = arith.constant true
        %v2703 = arith.addi %v47, %v2701 : i64
        %v2704 = llvm.getelementptr %v7[%v2703] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2705 = llvm.load %v2704 : !llvm.ptr<3> -> i64
        %v2706 = arith.addi %v1581, %v2449 : i64
        %v2707 = arith.cmpi slt, %v2706, %v92 : i64
        %v2708 = arith.subi %size_L, %v1 : i64
        %v2709 = arith.minsi %v2706, %v2708 : i64
        %v2710 = arith.addi %v2705, %v2709 : i64
        %v2711 = arith.muli %v2703, %v104 : i64
        %v2712 = arith.addi %v2711, %v2449 : i64
        %v2713 = llvm.getelementptr %in_phi2[%v2710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2714 = llvm.load %v2713 : !llvm.ptr -> f32
        %v2715 = arith.addi %v2448, %v358 : i64
        %v2716 = arith.constant true
        %v2717 = arith.addi %v47, %v2715 : i64
        %v2718 = llvm.getelementptr %v7[%v2717] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2719 = llvm.load %v2718 : !llvm.ptr<3> -> i64
        %v2720 = arith.addi %v1581, %v2449 : i64
        %v2721 = arith.cmpi slt, %v2720, %v92 : i64
        %v2722 = arith.subi %size_L, %v1 : i64
        %v2723 = arith.minsi %v2720, %v2722 : i64
        %v2724 = arith.addi %v2719, %v2723 : i64
        %v2725 = arith.muli %v2717, %v104 : i64
        %v2726 = arith.addi %v2725, %v2449 : i64
        %v2727 = llvm.getelementptr %in_phi2[%v2724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2728 = llvm.load %v2727 : !llvm.ptr -> f32
        %v2729 = arith.addi %v2448, %v372 : i64
        %v2730 = arith.constant true
        %v2731 = arith.addi %v47, %v2729 : i64
        %v2732 = llvm.getelementptr %v7[%v2731] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2733 = llvm.load %v2732 : !llvm.ptr<3> -> i64
        %v2734 = arith.addi %v1581, %v2449 : i64
        %v2735 = arith.cmpi slt, %v2734, %v92 : i64
        %v2736 = arith.subi %size_L, %v1 : i64
        %v2737 = arith.minsi %v2734, %v2736 : i64
        %v2738 = arith.addi %v2733, %v2737 : i64
        %v2739 = arith.muli %v2731, %v104 : i64
        %v2740 = arith.addi %v2739, %v2449 : i64
        %v2741 = llvm.getelementptr %in_phi2[%v2738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2742 = llvm.load %v2741 : !llvm.ptr -> f32
        %v2743 = arith.addi %v2448, %v386 : i64
        %v2744 = arith.constant true
        %v2745 = arith.addi %v47, %v2743 : i64
        %v2746 = llvm.getelementptr %v7[%v2745] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2747 = llvm.load %v2746 : !llvm.ptr<3> -> i64
        %v2748 = arith.addi %v1581, %v2449 : i64
        %v2749 = arith.cmpi slt, %v2748, %v92 : i64
        %v2750 = arith.subi %size_L, %v1 : i64
        %v2751 = arith.minsi %v2748, %v2750 : i64
        %v2752 = arith.addi %v2747, %v2751 : i64
        %v2753 = arith.muli %v2745, %v104 : i64
        %v2754 = arith.addi %v2753, %v2449 : i64
        %v2755 = llvm.getelementptr %in_phi2[%v2752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2756 = llvm.load %v2755 : !llvm.ptr -> f32
        %v2757 = arith.addi %v2448, %v400 : i64
        %v2758 = arith.constant true
        %v2759 = arith.addi %v47, %v2757 : i64
        %v2760 = llvm.getelementptr %v7[%v2759] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2761 = llvm.load %v2760 : !llvm.ptr<3> -> i64
        %v2762 = arith.addi %v1581, %v2449 : i64
        %v2763 = arith.cmpi slt, %v2762, %v92 : i64
        %v2764 = arith.subi %size_L, %v1 : i64
        %v2765 = arith.minsi %v2762, %v2764 : i64
        %v2766 = arith.addi %v2761, %v2765 : i64
        %v2767 = arith.muli %v2759, %v104 : i64
        %v2768 = arith.addi %v2767, %v2449 : i64
        %v2769 = llvm.getelementptr %in_phi2[%v2766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2770 = llvm.load %v2769 : !llvm.ptr -> f32
        %v2771 = arith.addi %v2448, %v414 : i64
        %v2772 = arith.constant true
        %v2773 = arith.addi %v47, %v2771 : i64
        %v2774 = llvm.getelementptr %v7[%v2773] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2775 = llvm.load %v2774 : !llvm.ptr<3> -> i64
        %v2776 = arith.addi %v1581, %v2449 : i64
        %v2777 = arith.cmpi slt, %v2776, %v92 : i64
        %v2778 = arith.subi %size_L, %v1 : i64
        %v2779 = arith.minsi %v2776, %v2778 : i64
        %v2780 = arith.addi %v2775, %v2779 : i64
        %v2781 = arith.muli %v2773, %v104 : i64
        %v2782 = arith.addi %v2781, %v2449 : i64
        %v2783 = llvm.getelementptr %in_phi2[%v2780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2784 = llvm.load %v2783 : !llvm.ptr -> f32
        %v2785 = arith.addi %v2448, %v428 : i64
        %v2786 = arith.constant true
        %v2787 = arith.addi %v47, %v2785 : i64
        %v2788 = llvm.getelementptr %v7[%v2787] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2789 = llvm.load %v2788 : !llvm.ptr<3> -> i64
        %v2790 = arith.addi %v1581, %v2449 : i64
        %v2791 = arith.cmpi slt, %v2790, %v92 : i64
        %v2792 = arith.subi %size_L, %v1 : i64
        %v2793 = arith.minsi %v2790, %v2792 : i64
        %v2794 = arith.addi %v2789, %v2793 : i64
        %v2795 = arith.muli %v2787, %v104 : i64
        %v2796 = arith.addi %v2795, %v2449 : i64
        %v2797 = llvm.getelementptr %in_phi2[%v2794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2798 = llvm.load %v2797 : !llvm.ptr -> f32
        %v2799 = arith.addi %v2448, %v442 : i64
        %v2800 = arith.constant true
        %v2801 = arith.addi %v47, %v2799 : i64
        %v2802 = llvm.getelementptr %v7[%v2801] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2803 = llvm.load %v2802 : !llvm.ptr<3> -> i64
        %v2804 = arith.addi %v1581, %v2449 : i64
        %v2805 = arith.cmpi slt, %v2804, %v92 : i64
        %v2806 = arith.subi %size_L, %v1 : i64
        %v2807 = arith.minsi %v2804, %v2806 : i64
        %v2808 = arith.addi %v2803, %v2807 : i64
        %v2809 = arith.muli %v2801, %v104 : i64
        %v2810 = arith.addi %v2809, %v2449 : i64
        %v2811 = llvm.getelementptr %in_phi2[%v2808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2812 = llvm.load %v2811 : !llvm.ptr -> f32
        %v2813 = arith.addi %v2448, %v456 : i64
        %v2814 = arith.constant true
        %v2815 = arith.addi %v47, %v2813 : i64
        %v2816 = llvm.getelementptr %v7[%v2815] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2817 = llvm.load %v2816 : !llvm.ptr<3> -> i64
        %v2818 = arith.addi %v1581, %v2449 : i64
        %v2819 = arith.cmpi slt, %v2818, %v92 : i64
        %v2820 = arith.subi %size_L, %v1 : i64
        %v2821 = arith.minsi %v2818, %v2820 : i64
        %v2822 = arith.addi %v2817, %v2821 : i64
        %v2823 = arith.muli %v2815, %v104 : i64
        %v2824 = arith.addi %v2823, %v2449 : i64
        %v2825 = llvm.getelementptr %in_phi2[%v2822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2826 = llvm.load %v2825 : !llvm.ptr -> f32
        %v2827 = arith.addi %v2448, %v470 : i64
        %v2828 = arith.constant true
        %v2829 = arith.addi %v47, %v2827 : i64
        %v2830 = llvm.getelementptr %v7[%v2829] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2831 = llvm.load %v2830 : !llvm.ptr<3> -> i64
        %v2832 = arith.addi %v1581, %v2449 : i64
        %v2833 = arith.cmpi slt, %v2832, %v92 : i64
        %v2834 = arith.subi %size_L, %v1 : i64
        %v2835 = arith.minsi %v2832, %v2834 : i64
        %v2836 = arith.addi %v2831, %v2835 : i64
        %v2837 = arith.muli %v2829, %v104 : i64
        %v2838 = arith.addi %v2837, %v2449 : i64
        %v2839 = llvm.getelementptr %in_phi2[%v2836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2840 = llvm.load %v2839 : !llvm.ptr -> f32
        %v2841 = arith.addi %v2448, %v484 : i64
        %v2842 = arith.constant true
        %v2843 = arith.addi %v47, %v2841 : i64
        %v2844 = llvm.getelementptr %v7[%v2843] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2845 = llvm.load %v2844 : !llvm.ptr<3> -> i64
        %v2846 = arith.addi %v1581, %v2449 : i64
        %v2847 = arith.cmpi slt, %v2846, %v92 : i64
        %v2848 = arith.subi %size_L, %v1 : i64
        %v2849 = arith.minsi %v2846, %v2848 : i64
        %v2850 = arith.addi %v2845, %v2849 : i64
        %v2851 = arith.muli %v2843, %v104 : i64
        %v2852 = arith.addi %v2851, %v2449 : i64
        %v2853 = llvm.getelementptr %in_phi2[%v2850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2854 = llvm.load %v2853 : !llvm.ptr -> f32
        %v2855 = arith.addi %v2448, %v498 : i64
        %v2856 = arith.constant true
        %v2857 = arith.addi %v47, %v2855 : i64
        %v2858 = llvm.getelementptr %v7[%v2857] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2859 = llvm.load %v2858 : !llvm.ptr<3> -> i64
        %v2860 = arith.addi %v1581, %v2449 : i64
        %v2861 = arith.cmpi slt, %v2860, %v92 : i64
        %v2862 = arith.subi %size_L, %v1 : i64
        %v2863 = arith.minsi %v2860, %v2862 : i64
        %v2864 = arith.addi %v2859, %v2863 : i64
        %v2865 = arith.muli %v2857, %v104 : i64
        %v2866 = arith.addi %v2865, %v2449 : i64
        %v2867 = llvm.getelementptr %in_phi2[%v2864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2868 = llvm.load %v2867 : !llvm.ptr -> f32
        %v2869 = arith.addi %v2448, %v512 : i64
        %v2870 = arith.constant true
        %v2871 = arith.addi %v47, %v2869 : i64
        %v2872 = llvm.getelementptr %v7[%v2871] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2873 = llvm.load %v2872 : !llvm.ptr<3> -> i64
        %v2874 = arith.addi %v1581, %v2449 : i64
        %v2875 = arith.cmpi slt, %v2874, %v92 : i64
        %v2876 = arith.subi %size_L, %v1 : i64
        %v2877 = arith.minsi %v2874, %v2876 : i64
        %v2878 = arith.addi %v2873, %v2877 : i64
        %v2879 = arith.muli %v2871, %v104 : i64
        %v2880 = arith.addi %v2879, %v2449 : i64
        %v2881 = llvm.getelementptr %in_phi2[%v2878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2882 = llvm.load %v2881 : !llvm.ptr -> f32
        %v2883 = arith.addi %v2448, %v526 : i64
        %v2884 = arith.constant true
        %v2885 = arith.addi %v47, %v2883 : i64
        %v2886 = llvm.getelementptr %v7[%v2885] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2887 = llvm.load %v2886 : !llvm.ptr<3> -> i64
        %v2888 = arith.addi %v1581, %v2449 : i64
        %v2889 = arith.cmpi slt, %v2888, %v92 : i64
        %v2890 = arith.subi %size_L, %v1 : i64
        %v2891 = arith.minsi %v2888, %v2890 : i64
        %v2892 = arith.addi %v2887, %v2891 : i64
        %v2893 = arith.muli %v2885, %v104 : i64
        %v2894 = arith.addi %v2893, %v2449 : i64
        %v2895 = llvm.getelementptr %in_phi2[%v2892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2896 = llvm.load %v2895 : !llvm.ptr -> f32
        %v2897 = arith.index_cast %v32 : i64 to index
        %v2898 = arith.index_cast %v1580 : i64 to index
        %v2899 = arith.index_cast %v1 : i64 to index
        scf.for %v2900 = %v2897 to %v2898 step %v2899 {
          %v2901 = arith.index_cast %v2900 : index to i64
          %v2902 = arith.addi %v1538, %v2901 : i64
          %v2903 = arith.addi %v17, %v15 : i64
          %v2904 = arith.muli %v2903, %v104 : i64
          %v2905 = arith.addi %v2904, %v2901 : i64
          %v2906 = llvm.getelementptr %v8[%v2905] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2907 = llvm.load %v2906 : !llvm.ptr<3> -> f32
          %v2908 = arith.muli %v15, %v104 : i64
          %v2909 = arith.addi %v2908, %v2901 : i64
          %v2910 = llvm.getelementptr %v8[%v2909] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2911 = llvm.load %v2910 : !llvm.ptr<3> -> f32
          %v2912 = llvm.load %v3 : !llvm.ptr -> f32
          %v2913 = arith.mulf %v2907, %v2912 fastmath<contract> : f32
          %v2914 = arith.addf %v2913, %v2911 fastmath<contract> : f32
          %v2915 = arith.addi %v47, %v15 : i64
          %v2916 = arith.muli %v2915, %v104 : i64
          %v2917 = arith.addi %v2916, %v2901 : i64
          %v2918 = llvm.getelementptr %v8[%v2917] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2919 = llvm.load %v2918 : !llvm.ptr<3> -> f32
          %v2920 = llvm.load %v4 : !llvm.ptr -> f32
          %v2921 = arith.mulf %v2919, %v2920 fastmath<contract> : f32
          %v2922 = arith.addf %v2914, %v2921 fastmath<contract> : f32
          %v2925 = llvm.load %v5 : !llvm.ptr -> f32
          %v2926 = arith.mulf %v2924, %v2925 fastmath<contract> : f32
          %v2927 = arith.addf %v2922, %v2926 fastmath<contract> : f32
          %v2930 = llvm.load %v6 : !llvm.ptr -> f32
          %v2931 = arith.mulf %v2929, %v2930 fastmath<contract> : f32
          %v2932 = arith.addf %v2927, %v2931 fastmath<contract> : f32
          %v2934 = llvm.load %v4 : !llvm.ptr -> f32
          %v2935 = arith.mulf %v2933, %v2934 fastmath<contract> : f32
          %v2936 = arith.addf %v2935, %v2933 fastmath<contract> : f32
          %v2938 = llvm.load %v3 : !llvm.ptr -> f32
          %v2939 = arith.mulf %v2937, %v2938 fastmath<contract> : f32
          %v2940 = arith.addf %v2936, %v2939 fastmath<contract> : f32
          %v2941 = llvm.load %v5 : !llvm.ptr -> f32
          %v2942 = arith.mulf %v2933, %v2941 fastmath<contract> : f32
          %v2943 = arith.addf %v2942, %v2911 fastmath<contract> : f32
          %v2944 = llvm.load %v6 : !llvm.ptr -> f32
          %v2945 = arith.mulf %v2933, %v2944 fastmath<contract> : f32
          %v2946 = arith.addf %v2945, %v2933 fastmath<contract> : f32
          %v2947 = llvm.load %v5 : !llvm.ptr -> f32
          %v2948 = arith.mulf %v2937, %v2947 fastmath<contract> : f32
          %v2949 = arith.addf %v2946, %v2948 fastmath<contract> : f32
          llvm.store %v2932, %v3 : f32, !llvm.ptr
          llvm.store %v2940, %v4 : f32, !llvm.ptr
          llvm.store %v2943, %v5 : f32, !llvm.ptr
          llvm.store %v2949, %v6 : f32, !llvm.ptr
          %v2950 = llvm.load %v3 : !llvm.ptr -> f32
          %v2951 = arith.addi %v56, %v15 : i64
          %v2952 = arith.muli %v2951, %v104 : i64
          %v2953 = arith.addi %v2952, %v2901 : i64
          %v2954 = llvm.getelementptr %v8[%v2953] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2950, %v2954 : f32, !llvm.ptr<3>
          %v2955 = arith.mulf %v2907, %v2950 fastmath<contract> : f32
          %v2956 = llvm.load %v4 : !llvm.ptr -> f32
          %v2957 = arith.mulf %v2919, %v2956 fastmath<contract> : f32
          %v2958 = arith.addf %v2955, %v2957 fastmath<contract> : f32
          %v2959 = arith.mulf %v2911, %v2924 fastmath<contract> : f32
          %v2960 = arith.addf %v2958, %v2959 fastmath<contract> : f32
          %v2961 = llvm.load %v6 : !llvm.ptr -> f32
          %v2962 = arith.mulf %v2929, %v2961 fastmath<contract> : f32
          %v2963 = arith.addf %v2960, %v2962 fastmath<contract> : f32
          %v2964 = arith.addi %v11, %v15 : i64
          %v2965 = arith.muli %v2964, %v104 : i64
          %v2966 = arith.addi %v2965, %v2901 : i64
          %v2967 = llvm.getelementptr %v8[%v2966] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2963, %v2967 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v2968 = arith.divui %v15, %v93 : i64
        %v2969 = arith.remui %v15, %v93 : i64
        %v2970 = arith.muli %v2968, %v104 : i64
        %v2971 = arith.addi %v2970, %v2969 : i64
        %v2972 = llvm.getelementptr %v8[%v2971] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1595, %v2972 : f32, !llvm.ptr<3>
        %v2973 = arith.addi %v17, %v15 : i64
        %v2974 = arith.divui %v2973, %v93 : i64
        %v2975 = arith.remui %v2973, %v93 : i64
        %v2976 = arith.muli %v2974, %v104 : i64
        %v2977 = arith.addi %v2976, %v2975 : i64
        %v2978 = llvm.getelementptr %v8[%v2977] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1608, %v2978 : f32, !llvm.ptr<3>
        %v2979 = arith.addi %v47, %v15 : i64
        %v2980 = arith.divui %v2979, %v93 : i64
        %v2981 = arith.remui %v2979, %v93 : i64
        %v2982 = arith.muli %v2980, %v104 : i64
        %v2983 = arith.addi %v2982, %v2981 : i64
        %v2984 = llvm.getelementptr %v8[%v2983] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1621, %v2984 : f32, !llvm.ptr<3>
        %v2985 = arith.addi %v56, %v15 : i64
        %v2986 = arith.divui %v2985, %v93 : i64
        %v2987 = arith.remui %v2985, %v93 : i64
        %v2988 = arith.muli %v2986, %v104 : i64
        %v2989 = arith.addi %v2988, %v2987 : i64
        %v2990 = llvm.getelementptr %v8[%v2989] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1634, %v2990 : f32, !llvm.ptr<3>
        %v2991 = arith.addi %v11, %v15 : i64
        %v2992 = arith.divui %v2991, %v93 : i64
        %v2993 = arith.remui %v2991, %v93 : i64
        %v2994 = arith.muli %v2992, %v104 : i64
        %v2995 = arith.addi %v2994, %v2993 : i64
        %v2996 = llvm.getelementptr %v8[%v2995] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1647, %v2996 : f32, !llvm.ptr<3>
        %v2998 = arith.addi %v2997, %v15 : i64
        %v2999 = arith.divui %v2998, %v93 : i64
        %v3000 = arith.remui %v2998, %v93 : i64
        %v3001 = arith.muli %v2999, %v104 : i64
        %v3002 = arith.addi %v3001, %v3000 : i64
        %v3003 = llvm.getelementptr %v8[%v3002] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1660, %v3003 : f32, !llvm.ptr<3>
        %v3005 = arith.addi %v3004, %v15 : i64
        %v3006 = arith.divui %v3005, %v93 : i64
        %v3007 = arith.remui %v3005, %v93 : i64
        %v3008 = arith.muli %v3006, %v104 : i64
        %v3009 = arith.addi %v3008, %v3007 : i64
        %v3010 = llvm.getelementptr %v8[%v3009] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1673, %v3010 : f32, !llvm.ptr<3>
        %v3012 = arith.addi %v3011, %v15 : i64
        %v3013 = arith.divui %v3012, %v93 : i64
        %v3014 = arith.remui %v3012, %v93 : i64
        %v3015 = arith.muli %v3013, %v104 : i64
        %v3016 = arith.addi %v3015, %v3014 : i64
        %v3017 = llvm.getelementptr %v8[%v3016] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1686, %v3017 : f32, !llvm.ptr<3>
        %v3019 = arith.addi %v3018, %v15 : i64
        %v3020 = arith.divui %v3019, %v93 : i64
        %v3021 = arith.remui %v3019, %v93 : i64
        %v3022 = arith.muli %v3020, %v104 : i64
        %v3023 = arith.addi %v3022, %v3021 : i64
        %v3024 = llvm.getelementptr %v8[%v3023] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1699, %v3024 : f32, !llvm.ptr<3>
        %v3026 = arith.addi %v3025, %v15 : i64
        %v3027 = arith.divui %v3026, %v93 : i64
        %v3028 = arith.remui %v3026, %v93 : i64
        %v3029 = arith.muli %v3027, %v104 : i64
        %v3030 = arith.addi %v3029, %v3028 : i64
        %v3031 = llvm.getelementptr %v8[%v3030] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1712, %v3031 : f32, !llvm.ptr<3>
        %v3033 = arith.addi %v3032, %v15 : i64
        %v3034 = arith.divui %v3033, %v93 : i64
        %v3035 = arith.remui %v3033, %v93 : i64
        %v3036 = arith.muli %v3034, %v104 : i64
        %v3037 = arith.addi %v3036, %v3035 : i64
        %v3038 = llvm.getelementptr %v8[%v3037] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1725, %v3038 : f32, !llvm.ptr<3>
        %v3040 = arith.addi %v3039, %v15 : i64
        %v3041 = arith.divui %v3040, %v93 : i64
        %v3042 = arith.remui %v3040, %v93 : i64
        %v3043 = arith.muli %v3041, %v104 : i64
        %v3044 = arith.addi %v3043, %v3042 : i64
        %v3045 = llvm.getelementptr %v8[%v3044] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1738, %v3045 : f32, !llvm.ptr<3>
        %v3047 = arith.addi %v3046, %v15 : i64
        %v3048 = arith.divui %v3047, %v93 : i64
        %v3049 = arith.remui %v3047, %v93 : i64
        %v3050 = arith.muli %v3048, %v104 : i64
        %v3051 = arith.addi %v3050, %v3049 : i64
        %v3052 = llvm.getelementptr %v8[%v3051] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1751, %v3052 : f32, !llvm.ptr<3>
        %v3054 = arith.addi %v3053, %v15 : i64
        %v3055 = arith.divui %v3054, %v93 : i64
        %v3056 = arith.remui %v3054, %v93 : i64
        %v3057 = arith.muli %v3055, %v104 : i64
        %v3058 = arith.addi %v3057, %v3056 : i64
        %v3059 = llvm.getelementptr %v8[%v3058] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1764, %v3059 : f32, !llvm.ptr<3>
        %v3061 = arith.addi %v3060, %v15 : i64
        %v3062 = arith.divui %v3061, %v93 : i64
        %v3063 = arith.remui %v3061, %v93 : i64
        %v3064 = arith.muli %v3062, %v104 : i64
        %v3065 = arith.addi %v3064, %v3063 : i64
        %v3066 = llvm.getelementptr %v8[%v3065] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1777, %v3066 : f32, !llvm.ptr<3>
        %v3068 = arith.addi %v3067, %v15 : i64
        %v3069 = arith.divui %v3068, %v93 : i64
        %v3070 = arith.remui %v3068, %v93 : i64
        %v3071 = arith.muli %v3069, %v104 : i64
        %v3072 = arith.addi %v3071, %v3070 : i64
        %v3073 = llvm.getelementptr %v8[%v3072] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1790, %v3073 : f32, !llvm.ptr<3>
        %v3075 = arith.addi %v3074, %v15 : i64
        %v3076 = arith.divui %v3075, %v93 : i64
        %v3077 = arith.remui %v3075, %v93 : i64
        %v3078 = arith.muli %v3076, %v104 : i64
        %v3079 = arith.addi %v3078, %v3077 : i64
        %v3080 = llvm.getelementptr %v8[%v3079] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1803, %v3080 : f32, !llvm.ptr<3>
        %v3082 = arith.addi %v3081, %v15 : i64
        %v3083 = arith.divui %v3082, %v93 : i64
        %v3084 = arith.remui %v3082, %v93 : i64
        %v3085 = arith.muli %v3083, %v104 : i64
        %v3086 = arith.addi %v3085, %v3084 : i64
        %v3087 = llvm.getelementptr %v8[%v3086] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1816, %v3087 : f32, !llvm.ptr<3>
        %v3089 = arith.addi %v3088, %v15 : i64
        %v3090 = arith.divui %v3089, %v93 : i64
        %v3091 = arith.remui %v3089, %v93 : i64
        %v3092 = arith.muli %v3090, %v104 : i64
        %v3093 = arith.addi %v3092, %v3091 : i64
        %v3094 = llvm.getelementptr %v8[%v3093] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1829, %v3094 : f32, !llvm.ptr<3>
        %v3096 = arith.addi %v3095, %v15 : i64
        %v3097 = arith.divui %v3096, %v93 : i64
        %v3098 = arith.remui %v3096, %v93 : i64
        %v3099 = arith.muli %v3097, %v104 : i64
        %v3100 = arith.addi %v3099, %v3098 : i64
        %v3101 = llvm.getelementptr %v8[%v3100] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1842, %v3101 : f32, !llvm.ptr<3>
        %v3103 = arith.addi %v3102, %v15 : i64
        %v3104 = arith.divui %v3103, %v93 : i64
        %v3105 = arith.remui %v3103, %v93 : i64
        %v3106 = arith.muli %v3104, %v104 : i64
        %v3107 = arith.addi %v3106, %v3105 : i64
        %v3108 = llvm.getelementptr %v8[%v3107] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1855, %v3108 : f32, !llvm.ptr<3>
        %v3110 = arith.addi %v3109, %v15 : i64
        %v3111 = arith.divui %v3110, %v93 : i64
        %v3112 = arith.remui %v3110, %v93 : i64
        %v3113 = arith.muli %v3111, %v104 : i64
        %v3114 = arith.addi %v3113, %v3112 : i64
        %v3115 = llvm.getelementptr %v8[%v3114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1868, %v3115 : f32, !llvm.ptr<3>
        %v3117 = arith.addi %v3116, %v15 : i64
        %v3118 = arith.divui %v3117, %v93 : i64
        %v3119 = arith.remui %v3117, %v93 : i64
        %v3120 = arith.muli %v3118, %v104 : i64
        %v3121 = arith.addi %v3120, %v3119 : i64
        %v3122 = llvm.getelementptr %v8[%v3121] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1881, %v3122 : f32, !llvm.ptr<3>
        %v3124 = arith.addi %v3123, %v15 : i64
        %v3125 = arith.divui %v3124, %v93 : i64
        %v3126 = arith.remui %v3124, %v93 : i64
        %v3127 = arith.muli %v3125, %v104 : i64
        %v3128 = arith.addi %v3127, %v3126 : i64
        %v3129 = llvm.getelementptr %v8[%v3128] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1894, %v3129 : f32, !llvm.ptr<3>
        %v3131 = arith.addi %v3130, %v15 : i64
        %v3132 = arith.divui %v3131, %v93 : i64
        %v3133 = arith.remui %v3131, %v93 : i64
        %v3134 = arith.muli %v3132, %v104 : i64
        %v3135 = arith.addi %v3134, %v3133 : i64
        %v3136 = llvm.getelementptr %v8[%v3135] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1907, %v3136 : f32, !llvm.ptr<3>
        %v3138 = arith.addi %v3137, %v15 : i64
        %v3139 = arith.divui %v3138, %v93 : i64
        %v3140 = arith.remui %v3138, %v93 : i64
        %v3141 = arith.muli %v3139, %v104 : i64
        %v3142 = arith.addi %v3141, %v3140 : i64
        %v3143 = llvm.getelementptr %v8[%v3142] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1920, %v3143 : f32, !llvm.ptr<3>
        %v3145 = arith.addi %v3144, %v15 : i64
        %v3146 = arith.divui %v3145, %v93 : i64
        %v3147 = arith.remui %v3145, %v93 : i64
        %v3148 = arith.muli %v3146, %v104 : i64
        %v3149 = arith.addi %v3148, %v3147 : i64
        %v3150 = llvm.getelementptr %v8[%v3149] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1933, %v3150 : f32, !llvm.ptr<3>
        %v3152 = arith.addi %v3151, %v15 : i64
        %v3153 = arith.divui %v3152, %v93 : i64
        %v3154 = arith.remui %v3152, %v93 : i64
        %v3155 = arith.muli %v3153, %v104 : i64
        %v3156 = arith.addi %v3155, %v3154 : i64
        %v3157 = llvm.getelementptr %v8[%v3156] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1946, %v3157 : f32, !llvm.ptr<3>
        %v3159 = arith.addi %v3158, %v15 : i64
        %v3160 = arith.divui %v3159, %v93 : i64
        %v3161 = arith.remui %v3159, %v93 : i64
        %v3162 = arith.muli %v3160, %v104 : i64
        %v3163 = arith.addi %v3162, %v3161 : i64
        %v3164 = llvm.getelementptr %v8[%v3163] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1959, %v3164 : f32, !llvm.ptr<3>
        %v3166 = arith.addi %v3165, %v15 : i64
        %v3167 = arith.divui %v3166, %v93 : i64
        %v3168 = arith.remui %v3166, %v93 : i64
        %v3169 = arith.muli %v3167, %v104 : i64
        %v3170 = arith.addi %v3169, %v3168 : i64
        %v3171 = llvm.getelementptr %v8[%v3170] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1972, %v3171 : f32, !llvm.ptr<3>
        %v3173 = arith.addi %v3172, %v15 : i64
        %v3174 = arith.divui %v3173, %v93 : i64
        %v3175 = arith.remui %v3173, %v93 : i64
        %v3176 = arith.muli %v3174, %v104 : i64
        %v3177 = arith.addi %v3176, %v3175 : i64
        %v3178 = llvm.getelementptr %v8[%v3177] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1985, %v3178 : f32, !llvm.ptr<3>
        %v3180 = arith.addi %v3179, %v15 : i64
        %v3181 = arith.divui %v3180, %v93 : i64
        %v3182 = arith.remui %v3180, %v93 : i64
        %v3183 = arith.muli %v3181, %v104 : i64
        %v3184 = arith.addi %v3183, %v3182 : i64
        %v3185 = llvm.getelementptr %v8[%v3184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1998, %v3185 : f32, !llvm.ptr<3>
        %v3186 = arith.divui %v15, %v93 : i64
        %v3187 = arith.remui %v15, %v93 : i64
        %v3188 = arith.addi %v17, %v3186 : i64
        %v3189 = arith.muli %v3188, %v104 : i64
        %v3190 = arith.addi %v3189, %v3187 : i64
        %v3191 = llvm.getelementptr %v8[%v3190] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2013, %v3191 : f32, !llvm.ptr<3>
        %v3192 = arith.addi %v17, %v15 : i64
        %v3193 = arith.divui %v3192, %v93 : i64
        %v3194 = arith.remui %v3192, %v93 : i64
        %v3195 = arith.addi %v17, %v3193 : i64
        %v3196 = arith.muli %v3195, %v104 : i64
        %v3197 = arith.addi %v3196, %v3194 : i64
        %v3198 = llvm.getelementptr %v8[%v3197] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2027, %v3198 : f32, !llvm.ptr<3>
        %v3199 = arith.addi %v47, %v15 : i64
        %v3200 = arith.divui %v3199, %v93 : i64
        %v3201 = arith.remui %v3199, %v93 : i64
        %v3202 = arith.addi %v17, %v3200 : i64
        %v3203 = arith.muli %v3202, %v104 : i64
        %v3204 = arith.addi %v3203, %v3201 : i64
        %v3205 = llvm.getelementptr %v8[%v3204] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2041, %v3205 : f32, !llvm.ptr<3>
        %v3206 = arith.addi %v56, %v15 : i64
        %v3207 = arith.divui %v3206, %v93 : i64
        %v3208 = arith.remui %v3206, %v93 : i64
        %v3209 = arith.addi %v17, %v3207 : i64
        %v3210 = arith.muli %v3209, %v104 : i64
        %v3211 = arith.addi %v3210, %v3208 : i64
        %v3212 = llvm.getelementptr %v8[%v3211] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2055, %v3212 : f32, !llvm.ptr<3>
        %v3213 = arith.addi %v11, %v15 : i64
        %v3214 = arith.divui %v3213, %v93 : i64
        %v3215 = arith.remui %v3213, %v93 : i64
        %v3216 = arith.addi %v17, %v3214 : i64
        %v3217 = arith.muli %v3216, %v104 : i64
        %v3218 = arith.addi %v3217, %v3215 : i64
        %v3219 = llvm.getelementptr %v8[%v3218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2069, %v3219 : f32, !llvm.ptr<3>
        %v3220 = arith.addi %v2997, %v15 : i64
        %v3221 = arith.divui %v3220, %v93 : i64
        %v3222 = arith.remui %v3220, %v93 : i64
        %v3223 = arith.addi %v17, %v3221 : i64
        %v3224 = arith.muli %v3223, %v104 : i64
        %v3225 = arith.addi %v3224, %v3222 : i64
        %v3226 = llvm.getelementptr %v8[%v3225] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2083, %v3226 : f32, !llvm.ptr<3>
        %v3227 = arith.addi %v3004, %v15 : i64
        %v3228 = arith.divui %v3227, %v93 : i64
        %v3229 = arith.remui %v3227, %v93 : i64
        %v3230 = arith.addi %v17, %v3228 : i64
        %v3231 = arith.muli %v3230, %v104 : i64
        %v3232 = arith.addi %v3231, %v3229 : i64
        %v3233 = llvm.getelementptr %v8[%v3232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2097, %v3233 : f32, !llvm.ptr<3>
        %v3234 = arith.addi %v3011, %v15 : i64
        %v3235 = arith.divui %v3234, %v93 : i64
        %v3236 = arith.remui %v3234, %v93 : i64
        %v3237 = arith.addi %v17, %v3235 : i64
        %v3238 = arith.muli %v3237, %v104 : i64
        %v3239 = arith.addi %v3238, %v3236 : i64
        %v3240 = llvm.getelementptr %v8[%v3239] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2111, %v3240 : f32, !llvm.ptr<3>
        %v3241 = arith.addi %v3018, %v15 : i64
        %v3242 = arith.divui %v3241, %v93 : i64
        %v3243 = arith.remui %v3241, %v93 : i64
        %v3244 = arith.addi %v17, %v3242 : i64
        %v3245 = arith.muli %v3244, %v104 : i64
        %v3246 = arith.addi %v3245, %v3243 : i64
        %v3247 = llvm.getelementptr %v8[%v3246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2125, %v3247 : f32, !llvm.ptr<3>
        %v3248 = arith.addi %v3025, %v15 : i64
        %v3249 = arith.divui %v3248, %v93 : i64
        %v3250 = arith.remui %v3248, %v93 : i64
        %v3251 = arith.addi %v17, %v3249 : i64
        %v3252 = arith.muli %v3251, %v104 : i64
        %v3253 = arith.addi %v3252, %v3250 : i64
        %v3254 = llvm.getelementptr %v8[%v3253] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2139, %v3254 : f32, !llvm.ptr<3>
        %v3255 = arith.addi %v3032, %v15 : i64
        %v3256 = arith.divui %v3255, %v93 : i64
        %v3257 = arith.remui %v3255, %v93 : i64
        %v3258 = arith.addi %v17, %v3256 : i64
        %v3259 = arith.muli %v3258, %v104 : i64
        %v3260 = arith.addi %v3259, %v3257 : i64
        %v3261 = llvm.getelementptr %v8[%v3260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2153, %v3261 : f32, !llvm.ptr<3>
        %v3262 = arith.addi %v3039, %v15 : i64
        %v3263 = arith.divui %v3262, %v93 : i64
        %v3264 = arith.remui %v3262, %v93 : i64
        %v3265 = arith.addi %v17, %v3263 : i64
        %v3266 = arith.muli %v3265, %v104 : i64
        %v3267 = arith.addi %v3266, %v3264 : i64
        %v3268 = llvm.getelementptr %v8[%v3267] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2167, %v3268 : f32, !llvm.ptr<3>
        %v3269 = arith.addi %v3046, %v15 : i64
        %v3270 = arith.divui %v3269, %v93 : i64
        %v3271 = arith.remui %v3269, %v93 : i64
        %v3272 = arith.addi %v17, %v3270 : i64
        %v3273 = arith.muli %v3272, %v104 : i64
        %v3274 = arith.addi %v3273, %v3271 : i64
        %v3275 = llvm.getelementptr %v8[%v3274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2181, %v3275 : f32, !llvm.ptr<3>
        %v3276 = arith.addi %v3053, %v15 : i64
        %v3277 = arith.divui %v3276, %v93 : i64
        %v3278 = arith.remui %v3276, %v93 : i64
        %v3279 = arith.addi %v17, %v3277 : i64
        %v3280 = arith.muli %v3279, %v104 : i64
        %v3281 = arith.addi %v3280, %v3278 : i64
        %v3282 = llvm.getelementptr %v8[%v3281] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2195, %v3282 : f32, !llvm.ptr<3>
        %v3283 = arith.addi %v3060, %v15 : i64
        %v3284 = arith.divui %v3283, %v93 : i64
        %v3285 = arith.remui %v3283, %v93 : i64
        %v3286 = arith.addi %v17, %v3284 : i64
        %v3287 = arith.muli %v3286, %v104 : i64
        %v3288 = arith.addi %v3287, %v3285 : i64
        %v3289 = llvm.getelementptr %v8[%v3288] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2209, %v3289 : f32, !llvm.ptr<3>
        %v3290 = arith.addi %v3067, %v15 : i64
        %v3291 = arith.divui %v3290, %v93 : i64
        %v3292 = arith.remui %v3290, %v93 : i64
        %v3293 = arith.addi %v17, %v3291 : i64
        %v3294 = arith.muli %v3293, %v104 : i64
        %v3295 = arith.addi %v3294, %v3292 : i64
        %v3296 = llvm.getelementptr %v8[%v3295] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2223, %v3296 : f32, !llvm.ptr<3>
        %v3297 = arith.addi %v3074, %v15 : i64
        %v3298 = arith.divui %v3297, %v93 : i64
        %v3299 = arith.remui %v3297, %v93 : i64
        %v3300 = arith.addi %v17, %v3298 : i64
        %v3301 = arith.muli %v3300, %v104 : i64
        %v3302 = arith.addi %v3301, %v3299 : i64
        %v3303 = llvm.getelementptr %v8[%v3302] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2237, %v3303 : f32, !llvm.ptr<3>
        %v3304 = arith.addi %v3081, %v15 : i64
        %v3305 = arith.divui %v3304, %v93 : i64
        %v3306 = arith.remui %v3304, %v93 : i64
        %v3307 = arith.addi %v17, %v3305 : i64
        %v3308 = arith.muli %v3307, %v104 : i64
        %v3309 = arith.addi %v3308, %v3306 : i64
        %v3310 = llvm.getelementptr %v8[%v3309] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2251, %v3310 : f32, !llvm.ptr<3>
        %v3311 = arith.addi %v3088, %v15 : i64
        %v3312 = arith.divui %v3311, %v93 : i64
        %v3313 = arith.remui %v3311, %v93 : i64
        %v3314 = arith.addi %v17, %v3312 : i64
        %v3315 = arith.muli %v3314, %v104 : i64
        %v3316 = arith.addi %v3315, %v3313 : i64
        %v3317 = llvm.getelementptr %v8[%v3316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2265, %v3317 : f32, !llvm.ptr<3>
        %v3318 = arith.addi %v3095, %v15 : i64
        %v3319 = arith.divui %v3318, %v93 : i64
        %v3320 = arith.remui %v3318, %v93 : i64
        %v3321 = arith.addi %v17, %v3319 : i64
        %v3322 = arith.muli %v3321, %v104 : i64
        %v3323 = arith.addi %v3322, %v3320 : i64
        %v3324 = llvm.getelementptr %v8[%v3323] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2279, %v3324 : f32, !llvm.ptr<3>
        %v3325 = arith.addi %v3102, %v15 : i64
        %v3326 = arith.divui %v3325, %v93 : i64
        %v3327 = arith.remui %v3325, %v93 : i64
        %v3328 = arith.addi %v17, %v3326 : i64
        %v3329 = arith.muli %v3328, %v104 : i64
        %v3330 = arith.addi %v3329, %v3327 : i64
        %v3331 = llvm.getelementptr %v8[%v3330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2293, %v3331 : f32, !llvm.ptr<3>
        %v3332 = arith.addi %v3109, %v15 : i64
        %v3333 = arith.divui %v3332, %v93 : i64
        %v3334 = arith.remui %v3332, %v93 : i64
        %v3335 = arith.addi %v17, %v3333 : i64
        %v3336 = arith.muli %v3335, %v104 : i64
        %v3337 = arith.addi %v3336, %v3334 : i64
        %v3338 = llvm.getelementptr %v8[%v3337] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2307, %v3338 : f32, !llvm.ptr<3>
        %v3339 = arith.addi %v3116, %v15 : i64
        %v3340 = arith.divui %v3339, %v93 : i64
        %v3341 = arith.remui %v3339, %v93 : i64
        %v3342 = arith.addi %v17, %v3340 : i64
        %v3343 = arith.muli %v3342, %v104 : i64
        %v3344 = arith.addi %v3343, %v3341 : i64
        %v3345 = llvm.getelementptr %v8[%v3344] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2321, %v3345 : f32, !llvm.ptr<3>
        %v3346 = arith.addi %v3123, %v15 : i64
        %v3347 = arith.divui %v3346, %v93 : i64
        %v3348 = arith.remui %v3346, %v93 : i64
        %v3349 = arith.addi %v17, %v3347 : i64
        %v3350 = arith.muli %v3349, %v104 : i64
        %v3351 = arith.addi %v3350, %v3348 : i64
        %v3352 = llvm.getelementptr %v8[%v3351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2335, %v3352 : f32, !llvm.ptr<3>
        %v3353 = arith.addi %v3130, %v15 : i64
        %v3354 = arith.divui %v3353, %v93 : i64
        %v3355 = arith.remui %v3353, %v93 : i64
        %v3356 = arith.addi %v17, %v3354 : i64
        %v3357 = arith.muli %v3356, %v104 : i64
        %v3358 = arith.addi %v3357, %v3355 : i64
        %v3359 = llvm.getelementptr %v8[%v3358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2349, %v3359 : f32, !llvm.ptr<3>
        %v3360 = arith.addi %v3137, %v15 : i64
        %v3361 = arith.divui %v3360, %v93 : i64
        %v3362 = arith.remui %v3360, %v93 : i64
        %v3363 = arith.addi %v17, %v3361 : i64
        %v3364 = arith.muli %v3363, %v104 : i64
        %v3365 = arith.addi %v3364, %v3362 : i64
        %v3366 = llvm.getelementptr %v8[%v3365] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2363, %v3366 : f32, !llvm.ptr<3>
        %v3367 = arith.addi %v3144, %v15 : i64
        %v3368 = arith.divui %v3367, %v93 : i64
        %v3369 = arith.remui %v3367, %v93 : i64
        %v3370 = arith.addi %v17, %v3368 : i64
        %v3371 = arith.muli %v3370, %v104 : i64
        %v3372 = arith.addi %v3371, %v3369 : i64
        %v3373 = llvm.getelementptr %v8[%v3372] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2377, %v3373 : f32, !llvm.ptr<3>
        %v3374 = arith.addi %v3151, %v15 : i64
        %v3375 = arith.divui %v3374, %v93 : i64
        %v3376 = arith.remui %v3374, %v93 : i64
        %v3377 = arith.addi %v17, %v3375 : i64
        %v3378 = arith.muli %v3377, %v104 : i64
        %v3379 = arith.addi %v3378, %v3376 : i64
        %v3380 = llvm.getelementptr %v8[%v3379] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2391, %v3380 : f32, !llvm.ptr<3>
        %v3381 = arith.addi %v3158, %v15 : i64
        %v3382 = arith.divui %v3381, %v93 : i64
        %v3383 = arith.remui %v3381, %v93 : i64
        %v3384 = arith.addi %v17, %v3382 : i64
        %v3385 = arith.muli %v3384, %v104 : i64
        %v3386 = arith.addi %v3385, %v3383 : i64
        %v3387 = llvm.getelementptr %v8[%v3386] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2405, %v3387 : f32, !llvm.ptr<3>
        %v3388 = arith.addi %v3165, %v15 : i64
        %v3389 = arith.divui %v3388, %v93 : i64
        %v3390 = arith.remui %v3388, %v93 : i64
        %v3391 = arith.addi %v17, %v3389 : i64
        %v3392 = arith.muli %v3391, %v104 : i64
        %v3393 = arith.addi %v3392, %v3390 : i64
        %v3394 = llvm.getelementptr %v8[%v3393] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2419, %v3394 : f32, !llvm.ptr<3>
        %v3395 = arith.addi %v3172, %v15 : i64
        %v3396 = arith.divui %v3395, %v93 : i64
        %v3397 = arith.remui %v3395, %v93 : i64
        %v3398 = arith.addi %v17, %v3396 : i64
        %v3399 = arith.muli %v3398, %v104 : i64
        %v3400 = arith.addi %v3399, %v3397 : i64
        %v3401 = llvm.getelementptr %v8[%v3400] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2433, %v3401 : f32, !llvm.ptr<3>
        %v3402 = arith.addi %v3179, %v15 : i64
        %v3403 = arith.divui %v3402, %v93 : i64
        %v3404 = arith.remui %v3402, %v93 : i64
        %v3405 = arith.addi %v17, %v3403 : i64
        %v3406 = arith.muli %v3405, %v104 : i64
        %v3407 = arith.addi %v3406, %v3404 : i64
        %v3408 = llvm.getelementptr %v8[%v3407] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2447, %v3408 : f32, !llvm.ptr<3>
        %v3409 = arith.divui %v15, %v93 : i64
        %v3410 = arith.remui %v15, %v93 : i64
        %v3411 = arith.addi %v47, %v3409 : i64
        %v3412 = arith.muli %v3411, %v104 : i64
        %v3413 = arith.addi %v3412, %v3410 : i64
        %v3414 = llvm.getelementptr %v8[%v3413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2462, %v3414 : f32, !llvm.ptr<3>
        %v3415 = arith.addi %v17, %v15 : i64
        %v3416 = arith.divui %v3415, %v93 : i64
        %v3417 = arith.remui %v3415, %v93 : i64
        %v3418 = arith.addi %v47, %v3416 : i64
        %v3419 = arith.muli %v3418, %v104 : i64
        %v3420 = arith.addi %v3419, %v3417 : i64
        %v3421 = llvm.getelementptr %v8[%v3420] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2476, %v3421 : f32, !llvm.ptr<3>
        %v3422 = arith.addi %v47, %v15 : i64
        %v3423 = arith.divui %v3422, %v93 : i64
        %v3424 = arith.remui %v3422, %v93 : i64
        %v3425 = arith.addi %v47, %v3423 : i64
        %v3426 = arith.muli %v3425, %v104 : i64
        %v3427 = arith.addi %v3426, %v3424 : i64
        %v3428 = llvm.getelementptr %v8[%v3427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2490, %v3428 : f32, !llvm.ptr<3>
        %v3429 = arith.addi %v56, %v15 : i64
        %v3430 = arith.divui %v3429, %v93 : i64
        %v3431 = arith.remui %v3429, %v93 : i64
        %v3432 = arith.addi %v47, %v3430 : i64
        %v3433 = arith.muli %v3432, %v104 : i64
        %v3434 = arith.addi %v3433, %v3431 : i64
        %v3435 = llvm.getelementptr %v8[%v3434] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2504, %v3435 : f32, !llvm.ptr<3>
        %v3436 = arith.addi %v11, %v15 : i64
        %v3437 = arith.divui %v3436, %v93 : i64
        %v3438 = arith.remui %v3436, %v93 : i64
        %v3439 = arith.addi %v47, %v3437 : i64
        %v3440 = arith.muli %v3439, %v104 : i64
        %v3441 = arith.addi %v3440, %v3438 : i64
        %v3442 = llvm.getelementptr %v8[%v3441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2518, %v3442 : f32, !llvm.ptr<3>
        %v3443 = arith.addi %v2997, %v15 : i64
        %v3444 = arith.divui %v3443, %v93 : i64
        %v3445 = arith.remui %v3443, %v93 : i64
        %v3446 = arith.addi %v47, %v3444 : i64
        %v3447 = arith.muli %v3446, %v104 : i64
        %v3448 = arith.addi %v3447, %v3445 : i64
        %v3449 = llvm.getelementptr %v8[%v3448] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2532, %v3449 : f32, !llvm.ptr<3>
        %v3450 = arith.addi %v3004, %v15 : i64
        %v3451 = arith.divui %v3450, %v93 : i64
        %v3452 = arith.remui %v3450, %v93 : i64
        %v3453 = arith.addi %v47, %v3451 : i64
        %v3454 = arith.muli %v3453, %v104 : i64
        %v3455 = arith.addi %v3454, %v3452 : i64
        %v3456 = llvm.getelementptr %v8[%v3455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2546, %v3456 : f32, !llvm.ptr<3>
        %v3457 = arith.addi %v3011, %v15 : i64
        %v3458 = arith.divui %v3457, %v93 : i64
        %v3459 = arith.remui %v3457, %v93 : i64
        %v3460 = arith.addi %v47, %v3458 : i64
        %v3461 = arith.muli %v3460, %v104 : i64
        %v3462 = arith.addi %v3461, %v3459 : i64
        %v3463 = llvm.getelementptr %v8[%v3462] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2560, %v3463 : f32, !llvm.ptr<3>
        %v3464 = arith.addi %v3018, %v15 : i64
        %v3465 = arith.divui %v3464, %v93 : i64
        %v3466 = arith.remui %v3464, %v93 : i64
        %v3467 = arith.addi %v47, %v3465 : i64
        %v3468 = arith.muli %v3467, %v104 : i64
        %v3469 = arith.addi %v3468, %v3466 : i64
        %v3470 = llvm.getelementptr %v8[%v3469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2574, %v3470 : f32, !llvm.ptr<3>
        %v3471 = arith.addi %v3025, %v15 : i64
        %v3472 = arith.divui %v3471, %v93 : i64
        %v3473 = arith.remui %v3471, %v93 : i64
        %v3474 = arith.addi %v47, %v3472 : i64
        %v3475 = arith.muli %v3474, %v104 : i64
        %v3476 = arith.addi %v3475, %v3473 : i64
        %v3477 = llvm.getelementptr %v8[%v3476] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2588, %v3477 : f32, !llvm.ptr<3>
        %v3478 = arith.addi %v3032, %v15 : i64
        %v3479 = arith.divui %v3478, %v93 : i64
        %v3480 = arith.remui %v3478, %v93 : i64
        %v3481 = arith.addi %v47, %v3479 : i64
        %v3482 = arith.muli %v3481, %v104 : i64
        %v3483 = arith.addi %v3482, %v3480 : i64
        %v3484 = llvm.getelementptr %v8[%v3483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2602, %v3484 : f32, !llvm.ptr<3>
        %v3485 = arith.addi %v3039, %v15 : i64
        %v3486 = arith.divui %v3485, %v93 : i64
        %v3487 = arith.remui %v3485, %v93 : i64
        %v3488 = arith.addi %v47, %v3486 : i64
        %v3489 = arith.muli %v3488, %v104 : i64
        %v3490 = arith.addi %v3489, %v3487 : i64
        %v3491 = llvm.getelementptr %v8[%v3490] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2616, %v3491 : f32, !llvm.ptr<3>
        %v3492 = arith.addi %v3046, %v15 : i64
        %v3493 = arith.divui %v3492, %v93 : i64
        %v3494 = arith.remui %v3492, %v93 : i64
        %v3495 = arith.addi %v47, %v3493 : i64
        %v3496 = arith.muli %v3495, %v104 : i64
        %v3497 = arith.addi %v3496, %v3494 : i64
        %v3498 = llvm.getelementptr %v8[%v3497] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2630, %v3498 : f32, !llvm.ptr<3>
        %v3499 = arith.addi %v3053, %v15 : i64
        %v3500 = arith.divui %v3499, %v93 : i64
        %v3501 = arith.remui %v3499, %v93 : i64
        %v3502 = arith.addi %v47, %v3500 : i64
        %v3503 = arith.muli %v3502, %v104 : i64
        %v3504 = arith.addi %v3503, %v3501 : i64
        %v3505 = llvm.getelementptr %v8[%v3504] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2644, %v3505 : f32, !llvm.ptr<3>
        %v3506 = arith.addi %v3060, %v15 : i64
        %v3507 = arith.divui %v3506, %v93 : i64
        %v3508 = arith.remui %v3506, %v93 : i64
        %v3509 = arith.addi %v47, %v3507 : i64
        %v3510 = arith.muli %v3509, %v104 : i64
        %v3511 = arith.addi %v3510, %v3508 : i64
        %v3512 = llvm.getelementptr %v8[%v3511] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2658, %v3512 : f32, !llvm.ptr<3>
        %v3513 = arith.addi %v3067, %v15 : i64
        %v3514 = arith.divui %v3513, %v93 : i64
        %v3515 = arith.remui %v3513, %v93 : i64
        %v3516 = arith.addi %v47, %v3514 : i64
        %v3517 = arith.muli %v3516, %v104 : i64
        %v3518 = arith.addi %v3517, %v3515 : i64
        %v3519 = llvm.getelementptr %v8[%v3518] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2672, %v3519 : f32, !llvm.ptr<3>
        %v3520 = arith.addi %v3074, %v15 : i64
        %v3521 = arith.divui %v3520, %v93 : i64
        %v3522 = arith.remui %v3520, %v93 : i64
        %v3523 = arith.addi %v47, %v3521 : i64
        %v3524 = arith.muli %v3523, %v104 : i64
        %v3525 = arith.addi %v3524, %v3522 : i64
        %v3526 = llvm.getelementptr %v8[%v3525] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2686, %v3526 : f32, !llvm.ptr<3>
        %v3527 = arith.addi %v3081, %v15 : i64
        %v3528 = arith.divui %v3527, %v93 : i64
        %v3529 = arith.remui %v3527, %v93 : i64
        %v3530 = arith.addi %v47, %v3528 : i64
        %v3531 = arith.muli %v3530, %v104 : i64
        %v3532 = arith.addi %v3531, %v3529 : i64
        %v3533 = llvm.getelementptr %v8[%v3532] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2700, %v3533 : f32, !llvm.ptr<3>
        %v3534 = arith.addi %v3088, %v15 : i64
        %v3535 = arith.divui %v3534, %v93 : i64
        %v3536 = arith.remui %v3534, %v93 : i64
        %v3537 = arith.addi %v47, %v3535 : i64
        %v3538 = arith.muli %v3537, %v104 : i64
        %v3539 = arith.addi %v3538, %v3536 : i64
        %v3540 = llvm.getelementptr %v8[%v3539] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2714, %v3540 : f32, !llvm.ptr<3>
        %v3541 = arith.addi %v3095, %v15 : i64
        %v3542 = arith.divui %v3541, %v93 : i64
        %v3543 = arith.remui %v3541, %v93 : i64
        %v3544 = arith.addi %v47, %v3542 : i64
        %v3545 = arith.muli %v3544, %v104 : i64
        %v3546 = arith.addi %v3545, %v3543 : i64
        %v3547 = llvm.getelementptr %v8[%v3546] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2728, %v3547 : f32, !llvm.ptr<3>
        %v3548 = arith.addi %v3102, %v15 : i64
        %v3549 = arith.divui %v3548, %v93 : i64
        %v3550 = arith.remui %v3548, %v93 : i64
        %v3551 = arith.addi %v47, %v3549 : i64
        %v3552 = arith.muli %v3551, %v104 : i64
        %v3553 = arith.addi %v3552, %v3550 : i64
        %v3554 = llvm.getelementptr %v8[%v3553] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2742, %v3554 : f32, !llvm.ptr<3>
        %v3555 = arith.addi %v3109, %v15 : i64
        %v3556 = arith.divui %v3555, %v93 : i64
        %v3557 = arith.remui %v3555, %v93 : i64
        %v3558 = arith.addi %v47, %v3556 : i64
        %v3559 = arith.muli %v3558, %v104 : i64
        %v3560 = arith.addi %v3559, %v3557 : i64
        %v3561 = llvm.getelementptr %v8[%v3560] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2756, %v3561 : f32, !llvm.ptr<3>
        %v3562 = arith.addi %v3116, %v15 : i64
        %v3563 = arith.divui %v3562, %v93 : i64
        %v3564 = arith.remui %v3562, %v93 : i64
        %v3565 = arith.addi %v47, %v3563 : i64
        %v3566 = arith.muli %v3565, %v104 : i64
        %v3567 = arith.addi %v3566, %v3564 : i64
        %v3568 = llvm.getelementptr %v8[%v3567] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2770, %v3568 : f32, !llvm.ptr<3>
        %v3569 = arith.addi %v3123, %v15 : i64
        %v3570 = arith.divui %v3569, %v93 : i64
        %v3571 = arith.remui %v3569, %v93 : i64
        %v3572 = arith.addi %v47, %v3570 : i64
        %v3573 = arith.muli %v3572, %v104 : i64
        %v3574 = arith.addi %v3573, %v3571 : i64
        %v3575 = llvm.getelementptr %v8[%v3574] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2784, %v3575 : f32, !llvm.ptr<3>
        %v3576 = arith.addi %v3130, %v15 : i64
        %v3577 = arith.divui %v3576, %v93 : i64
        %v3578 = arith.remui %v3576, %v93 : i64
        %v3579 = arith.addi %v47, %v3577 : i64
        %v3580 = arith.muli %v3579, %v104 : i64
        %v3581 = arith.addi %v3580, %v3578 : i64
        %v3582 = llvm.getelementptr %v8[%v3581] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2798, %v3582 : f32, !llvm.ptr<3>
        %v3583 = arith.addi %v3137, %v15 : i64
        %v3584 = arith.divui %v3583, %v93 : i64
        %v3585 = arith.remui %v3583, %v93 : i64
        %v3586 = arith.addi %v47, %v3584 : i64
        %v3587 = arith.muli %v3586, %v104 : i64
        %v3588 = arith.addi %v3587, %v3585 : i64
        %v3589 = llvm.getelementptr %v8[%v3588] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2812, %v3589 : f32, !llvm.ptr<3>
        %v3590 = arith.addi %v3144, %v15 : i64
        %v3591 = arith.divui %v3590, %v93 : i64
        %v3592 = arith.remui %v3590, %v93 : i64
        %v3593 = arith.addi %v47, %v3591 : i64
        %v3594 = arith.muli %v3593, %v104 : i64
        %v3595 = arith.addi %v3594, %v3592 : i64
        %v3596 = llvm.getelementptr %v8[%v3595] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2826, %v3596 : f32, !llvm.ptr<3>
        %v3597 = arith.addi %v3151, %v15 : i64
        %v3598 = arith.divui %v3597, %v93 : i64
        %v3599 = arith.remui %v3597, %v93 : i64
        %v3600 = arith.addi %v47, %v3598 : i64
        %v3601 = arith.muli %v3600, %v104 : i64
        %v3602 = arith.addi %v3601, %v3599 : i64
        %v3603 = llvm.getelementptr %v8[%v3602] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2840, %v3603 : f32, !llvm.ptr<3>
        %v3604 = arith.addi %v3158, %v15 : i64
        %v3605 = arith.divui %v3604, %v93 : i64
        %v3606 = arith.remui %v3604, %v93 : i64
        %v3607 = arith.addi %v47, %v3605 : i64
        %v3608 = arith.muli %v3607, %v104 : i64
        %v3609 = arith.addi %v3608, %v3606 : i64
        %v3610 = llvm.getelementptr %v8[%v3609] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2854, %v3610 : f32, !llvm.ptr<3>
        %v3611 = arith.addi %v3165, %v15 : i64
        %v3612 = arith.divui %v3611, %v93 : i64
        %v3613 = arith.remui %v3611, %v93 : i64
        %v3614 = arith.addi %v47, %v3612 : i64
        %v3615 = arith.muli %v3614, %v104 : i64
        %v3616 = arith.addi %v3615, %v3613 : i64
        %v3617 = llvm.getelementptr %v8[%v3616] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2868, %v3617 : f32, !llvm.ptr<3>
        %v3618 = arith.addi %v3172, %v15 : i64
        %v3619 = arith.divui %v3618, %v93 : i64
        %v3620 = arith.remui %v3618, %v93 : i64
        %v3621 = arith.addi %v47, %v3619 : i64
        %v3622 = arith.muli %v3621, %v104 : i64
        %v3623 = arith.addi %v3622, %v3620 : i64
        %v3624 = llvm.getelementptr %v8[%v3623] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2882, %v3624 : f32, !llvm.ptr<3>
        %v3625 = arith.addi %v3179, %v15 : i64
        %v3626 = arith.divui %v3625, %v93 : i64
        %v3627 = arith.remui %v3625, %v93 : i64
        %v3628 = arith.addi %v47, %v3626 : i64
        %v3629 = arith.muli %v3628, %v104 : i64
        %v3630 = arith.addi %v3629, %v3627 : i64
        %v3631 = llvm.getelementptr %v8[%v3630] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2896, %v3631 : f32, !llvm.ptr<3>
        %v3632 = arith.divui %v15, %v93 : i64
        %v3633 = arith.remui %v15, %v93 : i64
        %v3634 = arith.constant true
        %v3635 = arith.addi %v56, %v3632 : i64
        %v3636 = llvm.getelementptr %v7[%v3635] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3637 = llvm.load %v3636 : !llvm.ptr<3> -> i64
        %v3638 = arith.addi %v1538, %v3633 : i64
        %v3639 = arith.cmpi slt, %v3638, %v92 : i64
        %v3640 = arith.subi %size_L, %v1 : i64
        %v3641 = arith.minsi %v3638, %v3640 : i64
        %v3642 = arith.addi %v3637, %v3641 : i64
        %v3643 = arith.muli %v3635, %v104 : i64
        %v3644 = arith.addi %v3643, %v3633 : i64
        %v3645 = arith.cmpi sge, %v3637, %v32 : i64
        %v3646 = arith.andi %v3639, %v3645 : i1
        %v3647 = arith.andi %v3646, %v3634 : i1
        %v3648 = llvm.getelementptr %v8[%v3644] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3649 = llvm.load %v3648 : !llvm.ptr<3> -> f32
        %v3650 = arith.addi %v3632, %v46 : i64
        %v3651 = arith.constant true
        %v3652 = arith.addi %v56, %v3650 : i64
        %v3653 = llvm.getelementptr %v7[%v3652] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3654 = llvm.load %v3653 : !llvm.ptr<3> -> i64
        %v3655 = arith.addi %v1538, %v3633 : i64
        %v3656 = arith.cmpi slt, %v3655, %v92 : i64
        %v3657 = arith.subi %size_L, %v1 : i64
        %v3658 = arith.minsi %v3655, %v3657 : i64
        %v3659 = arith.addi %v3654, %v3658 : i64
        %v3660 = arith.muli %v3652, %v104 : i64
        %v3661 = arith.addi %v3660, %v3633 : i64
        %v3662 = arith.cmpi sge, %v3654, %v32 : i64
        %v3663 = arith.andi %v3656, %v3662 : i1
        %v3664 = arith.andi %v3663, %v3651 : i1
        %v3665 = llvm.getelementptr %v8[%v3661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3666 = llvm.load %v3665 : !llvm.ptr<3> -> f32
        %v3667 = arith.addi %v3632, %v63 : i64
        %v3668 = arith.constant true
        %v3669 = arith.addi %v56, %v3667 : i64
        %v3670 = llvm.getelementptr %v7[%v3669] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3671 = llvm.load %v3670 : !llvm.ptr<3> -> i64
        %v3672 = arith.addi %v1538, %v3633 : i64
        %v3673 = arith.cmpi slt, %v3672, %v92 : i64
        %v3674 = arith.subi %size_L, %v1 : i64
        %v3675 = arith.minsi %v3672, %v3674 : i64
        %v3676 = arith.addi %v3671, %v3675 : i64
        %v3677 = arith.muli %v3669, %v104 : i64
        %v3678 = arith.addi %v3677, %v3633 : i64
        %v3679 = arith.cmpi sge, %v3671, %v32 : i64
        %v3680 = arith.andi %v3673, %v3679 : i1
        %v3681 = arith.andi %v3680, %v3668 : i1
        %v3682 = llvm.getelementptr %v8[%v3678] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3683 = llvm.load %v3682 : !llvm.ptr<3> -> f32
        %v3684 = arith.addi %v3632, %v135 : i64
        %v3685 = arith.constant true
        %v3686 = arith.addi %v56, %v3684 : i64
        %v3687 = llvm.getelementptr %v7[%v3686] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3688 = llvm.load %v3687 : !llvm.ptr<3> -> i64
        %v3689 = arith.addi %v1538, %v3633 : i64
        %v3690 = arith.cmpi slt, %v3689, %v92 : i64
        %v3691 = arith.subi %size_L, %v1 : i64
        %v3692 = arith.minsi %v3689, %v3691 : i64
        %v3693 = arith.addi %v3688, %v3692 : i64
        %v3694 = arith.muli %v3686, %v104 : i64
        %v3695 = arith.addi %v3694, %v3633 : i64
        %v3696 = arith.cmpi sge, %v3688, %v32 : i64
        %v3697 = arith.andi %v3690, %v3696 : i1
        %v3698 = arith.andi %v3697, %v3685 : i1
        %v3699 = llvm.getelementptr %v8[%v3695] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3700 = llvm.load %v3699 : !llvm.ptr<3> -> f32
        %v3701 = arith.addi %v3632, %v149 : i64
        %v3702 = arith.constant true
        %v3703 = arith.addi %v56, %v3701 : i64
        %v3704 = llvm.getelementptr %v7[%v3703] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3705 = llvm.load %v3704 : !llvm.ptr<3> -> i64
        %v3706 = arith.addi %v1538, %v3633 : i64
        %v3707 = arith.cmpi slt, %v3706, %v92 : i64
        %v3708 = arith.subi %size_L, %v1 : i64
        %v3709 = arith.minsi %v3706, %v3708 : i64
        %v3710 = arith.addi %v3705, %v3709 : i64
        %v3711 = arith.muli %v3703, %v104 : i64
        %v3712 = arith.addi %v3711, %v3633 : i64
        %v3713 = arith.cmpi sge, %v3705, %v32 : i64
        %v3714 = arith.andi %v3707, %v3713 : i1
        %v3715 = arith.andi %v3714, %v3702 : i1
        %v3716 = llvm.getelementptr %v8[%v3712] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3717 = llvm.load %v3716 : !llvm.ptr<3> -> f32
        %v3718 = arith.addi %v3632, %v163 : i64
        %v3719 = arith.constant true
        %v3720 = arith.addi %v56, %v3718 : i64
        %v3721 = llvm.getelementptr %v7[%v3720] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3722 = llvm.load %v3721 : !llvm.ptr<3> -> i64
        %v3723 = arith.addi %v1538, %v3633 : i64
        %v3724 = arith.cmpi slt, %v3723, %v92 : i64
        %v3725 = arith.subi %size_L, %v1 : i64
        %v3726 = arith.minsi %v3723, %v3725 : i64
        %v3727 = arith.addi %v3722, %v3726 : i64
        %v3728 = arith.muli %v3720, %v104 : i64
        %v3729 = arith.addi %v3728, %v3633 : i64
        %v3730 = arith.cmpi sge, %v3722, %v32 : i64
        %v3731 = arith.andi %v3724, %v3730 : i1
        %v3732 = arith.andi %v3731, %v3719 : i1
        %v3733 = llvm.getelementptr %v8[%v3729] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3734 = llvm.load %v3733 : !llvm.ptr<3> -> f32
        %v3735 = arith.addi %v3632, %v177 : i64
        %v3736 = arith.constant true
        %v3737 = arith.addi %v56, %v3735 : i64
        %v3738 = llvm.getelementptr %v7[%v3737] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3739 = llvm.load %v3738 : !llvm.ptr<3> -> i64
        %v3740 = arith.addi %v1538, %v3633 : i64
        %v3741 = arith.cmpi slt, %v3740, %v92 : i64
        %v3742 = arith.subi %size_L, %v1 : i64
        %v3743 = arith.minsi %v3740, %v3742 : i64
        %v3744 = arith.addi %v3739, %v3743 : i64
        %v3745 = arith.muli %v3737, %v104 : i64
        %v3746 = arith.addi %v3745, %v3633 : i64
        %v3747 = arith.cmpi sge, %v3739, %v32 : i64
        %v3748 = arith.andi %v3741, %v3747 : i1
        %v3749 = arith.andi %v3748, %v3736 : i1
        %v3750 = llvm.getelementptr %v8[%v3746] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3751 = llvm.load %v3750 : !llvm.ptr<3> -> f32
        %v3752 = arith.addi %v3632, %v191 : i64
        %v3753 = arith.constant true
        %v3754 = arith.addi %v56, %v3752 : i64
        %v3755 = llvm.getelementptr %v7[%v3754] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3756 = llvm.load %v3755 : !llvm.ptr<3> -> i64
        %v3757 = arith.addi %v1538, %v3633 : i64
        %v3758 = arith.cmpi slt, %v3757, %v92 : i64
        %v3759 = arith.subi %size_L, %v1 : i64
        %v3760 = arith.minsi %v3757, %v3759 : i64
        %v3761 = arith.addi %v3756, %v3760 : i64
        %v3762 = arith.muli %v3754, %v104 : i64
        %v3763 = arith.addi %v3762, %v3633 : i64
        %v3764 = arith.cmpi sge, %v3756, %v32 : i64
        %v3765 = arith.andi %v3758, %v3764 : i1
        %v3766 = arith.andi %v3765, %v3753 : i1
        %v3767 = llvm.getelementptr %v8[%v3763] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3768 = llvm.load %v3767 : !llvm.ptr<3> -> f32
        %v3769 = arith.addi %v3632, %v205 : i64
        %v3770 = arith.constant true
        %v3771 = arith.addi %v56, %v3769 : i64
        %v3772 = llvm.getelementptr %v7[%v3771] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3773 = llvm.load %v3772 : !llvm.ptr<3> -> i64
        %v3774 = arith.addi %v1538, %v3633 : i64
        %v3775 = arith.cmpi slt, %v3774, %v92 : i64
        %v3776 = arith.subi %size_L, %v1 : i64
        %v3777 = arith.minsi %v3774, %v3776 : i64
        %v3778 = arith.addi %v3773, %v3777 : i64
        %v3779 = arith.muli %v3771, %v104 : i64
        %v3780 = arith.addi %v3779, %v3633 : i64
        %v3781 = arith.cmpi sge, %v3773, %v32 : i64
        %v3782 = arith.andi %v3775, %v3781 : i1
        %v3783 = arith.andi %v3782, %v3770 : i1
        %v3784 = llvm.getelementptr %v8[%v3780] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3785 = llvm.load %v3784 : !llvm.ptr<3> -> f32
        %v3786 = arith.addi %v3632, %v219 : i64
        %v3787 = arith.constant true
        %v3788 = arith.addi %v56, %v3786 : i64
        %v3789 = llvm.getelementptr %v7[%v3788] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3790 = llvm.load %v3789 : !llvm.ptr<3> -> i64
        %v3791 = arith.addi %v1538, %v3633 : i64
        %v3792 = arith.cmpi slt, %v3791, %v92 : i64
        %v3793 = arith.subi %size_L, %v1 : i64
        %v3794 = arith.minsi %v3791, %v3793 : i64
        %v3795 = arith.addi %v3790, %v3794 : i64
        %v3796 = arith.muli %v3788, %v104 : i64
        %v3797 = arith.addi %v3796, %v3633 : i64
        %v3798 = arith.cmpi sge, %v3790, %v32 : i64
        %v3799 = arith.andi %v3792, %v3798 : i1
        %v3800 = arith.andi %v3799, %v3787 : i1
        %v3801 = llvm.getelementptr %v8[%v3797] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3802 = llvm.load %v3801 : !llvm.ptr<3> -> f32
        %v3803 = arith.addi %v3632, %v233 : i64
        %v3804 = arith.constant true
        %v3805 = arith.addi %v56, %v3803 : i64
        %v3806 = llvm.getelementptr %v7[%v3805] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3807 = llvm.load %v3806 : !llvm.ptr<3> -> i64
        %v3808 = arith.addi %v1538, %v3633 : i64
        %v3809 = arith.cmpi slt, %v3808, %v92 : i64
        %v3810 = arith.subi %size_L, %v1 : i64
        %v3811 = arith.minsi %v3808, %v3810 : i64
        %v3812 = arith.addi %v3807, %v3811 : i64
        %v3813 = arith.muli %v3805, %v104 : i64
        %v3814 = arith.addi %v3813, %v3633 : i64
        %v3815 = arith.cmpi sge, %v3807, %v32 : i64
        %v3816 = arith.andi %v3809, %v3815 : i1
        %v3817 = arith.andi %v3816, %v3804 : i1
        %v3818 = llvm.getelementptr %v8[%v3814] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3819 = llvm.load %v3818 : !llvm.ptr<3> -> f32
        %v3820 = arith.addi %v3632, %v247 : i64
        %v3821 = arith.constant true
        %v3822 = arith.addi %v56, %v3820 : i64
        %v3823 = llvm.getelementptr %v7[%v3822] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3824 = llvm.load %v3823 : !llvm.ptr<3> -> i64
        %v3825 = arith.addi %v1538, %v3633 : i64
        %v3826 = arith.cmpi slt, %v3825, %v92 : i64
        %v3827 = arith.subi %size_L, %v1 : i64
        %v3828 = arith.minsi %v3825, %v3827 : i64
        %v3829 = arith.addi %v3824, %v3828 : i64
        %v3830 = arith.muli %v3822, %v104 : i64
        %v3831 = arith.addi %v3830, %v3633 : i64
        %v3832 = arith.cmpi sge, %v3824, %v32 : i64
        %v3833 = arith.andi %v3826, %v3832 : i1
        %v3834 = arith.andi %v3833, %v3821 : i1
        %v3835 = llvm.getelementptr %v8[%v3831] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3836 = llvm.load %v3835 : !llvm.ptr<3> -> f32
        %v3837 = arith.addi %v3632, %v261 : i64
        %v3838 = arith.constant true
        %v3839 = arith.addi %v56, %v3837 : i64
        %v3840 = llvm.getelementptr %v7[%v3839] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3841 = llvm.load %v3840 : !llvm.ptr<3> -> i64
        %v3842 = arith.addi %v1538, %v3633 : i64
        %v3843 = arith.cmpi slt, %v3842, %v92 : i64
        %v3844 = arith.subi %size_L, %v1 : i64
        %v3845 = arith.minsi %v3842, %v3844 : i64
        %v3846 = arith.addi %v3841, %v3845 : i64
        %v3847 = arith.muli %v3839, %v104 : i64
        %v3848 = arith.addi %v3847, %v3633 : i64
        %v3849 = arith.cmpi sge, %v3841, %v32 : i64
        %v3850 = arith.andi %v3843, %v3849 : i1
        %v3851 = arith.andi %v3850, %v3838 : i1
        %v3852 = llvm.getelementptr %v8[%v3848] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3853 = llvm.load %v3852 : !llvm.ptr<3> -> f32
        %v3854 = arith.addi %v3632, %v275 : i64
        %v3855 = arith.constant true
        %v3856 = arith.addi %v56, %v3854 : i64
        %v3857 = llvm.getelementptr %v7[%v3856] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3858 = llvm.load %v3857 : !llvm.ptr<3> -> i64
        %v3859 = arith.addi %v1538, %v3633 : i64
        %v3860 = arith.cmpi slt, %v3859, %v92 : i64
        %v3861 = arith.subi %size_L, %v1 : i64
        %v3862 = arith.minsi %v3859, %v3861 : i64
        %v3863 = arith.addi %v3858, %v3862 : i64
        %v3864 = arith.muli %v3856, %v104 : i64
        %v3865 = arith.addi %v3864, %v3633 : i64
        %v3866 = arith.cmpi sge, %v3858, %v32 : i64
        %v3867 = arith.andi %v3860, %v3866 : i1
        %v3868 = arith.andi %v3867, %v3855 : i1
        %v3869 = llvm.getelementptr %v8[%v3865] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3870 = llvm.load %v3869 : !llvm.ptr<3> -> f32
        %v3871 = arith.addi %v3632, %v289 : i64
        %v3872 = arith.constant true
        %v3873 = arith.addi %v56, %v3871 : i64
        %v3874 = llvm.getelementptr %v7[%v3873] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3875 = llvm.load %v3874 : !llvm.ptr<3> -> i64
        %v3876 = arith.addi %v1538, %v3633 : i64
        %v3877 = arith.cmpi slt, %v3876, %v92 : i64
        %v3878 = arith.subi %size_L, %v1 : i64
        %v3879 = arith.minsi %v3876, %v3878 : i64
        %v3880 = arith.addi %v3875, %v3879 : i64
        %v3881 = arith.muli %v3873, %v104 : i64
        %v3882 = arith.addi %v3881, %v3633 : i64
        %v3883 = arith.cmpi sge, %v3875, %v32 : i64
        %v3884 = arith.andi %v3877, %v3883 : i1
        %v3885 = arith.andi %v3884, %v3872 : i1
        %v3886 = llvm.getelementptr %v8[%v3882] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3887 = llvm.load %v3886 : !llvm.ptr<3> -> f32
        %v3888 = arith.addi %v3632, %v303 : i64
        %v3889 = arith.constant true
        %v3890 = arith.addi %v56, %v3888 : i64
        %v3891 = llvm.getelementptr %v7[%v3890] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3892 = llvm.load %v3891 : !llvm.ptr<3> -> i64
        %v3893 = arith.addi %v1538, %v3633 : i64
        %v3894 = arith.cmpi slt, %v3893, %v92 : i64
        %v3895 = arith.subi %size_L, %v1 : i64
        %v3896 = arith.minsi %v3893, %v3895 : i64
        %v3897 = arith.addi %v3892, %v3896 : i64
        %v3898 = arith.muli %v3890, %v104 : i64
        %v3899 = arith.addi %v3898, %v3633 : i64
        %v3900 = arith.cmpi sge, %v3892, %v32 : i64
        %v3901 = arith.andi %v3894, %v3900 : i1
        %v3902 = arith.andi %v3901, %v3889 : i1
        %v3903 = llvm.getelementptr %v8[%v3899] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3904 = llvm.load %v3903 : !llvm.ptr<3> -> f32
        %v3905 = arith.addi %v3632, %v93 : i64
        %v3906 = arith.constant true
        %v3907 = arith.addi %v56, %v3905 : i64
        %v3908 = llvm.getelementptr %v7[%v3907] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3909 = llvm.load %v3908 : !llvm.ptr<3> -> i64
        %v3910 = arith.addi %v1538, %v3633 : i64
        %v3911 = arith.cmpi slt, %v3910, %v92 : i64
        %v3912 = arith.subi %size_L, %v1 : i64
        %v3913 = arith.minsi %v3910, %v3912 : i64
        %v3914 = arith.addi %v3909, %v3913 : i64
        %v3915 = arith.muli %v3907, %v104 : i64
        %v3916 = arith.addi %v3915, %v3633 : i64
        %v3917 = arith.cmpi sge, %v3909, %v32 : i64
        %v3918 = arith.andi %v3911, %v3917 : i1
        %v3919 = arith.andi %v3918, %v3906 : i1
        %v3920 = llvm.getelementptr %v8[%v3916] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3921 = llvm.load %v3920 : !llvm.ptr<3> -> f32
        %v3922 = arith.addi %v3632, %v330 : i64
        %v3923 = arith.constant true
        %v3924 = arith.addi %v56, %v3922 : i64
        %v3925 = llvm.getelementptr %v7[%v3924] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3926 = llvm.load %v3925 : !llvm.ptr<3> -> i64
        %v3927 = arith.addi %v1538, %v3633 : i64
        %v3928 = arith.cmpi slt, %v3927, %v92 : i64
        %v3929 = arith.subi %size_L, %v1 : i64
        %v3930 = arith.minsi %v3927, %v3929 : i64
        %v3931 = arith.addi %v3926, %v3930 : i64
        %v3932 = arith.muli %v3924, %v104 : i64
        %v3933 = arith.addi %v3932, %v3633 : i64
        %v3934 = arith.cmpi sge, %v3926, %v32 : i64
        %v3935 = arith.andi %v3928, %v3934 : i1
        %v3936 = arith.andi %v3935, %v3923 : i1
        %v3937 = llvm.getelementptr %v8[%v3933] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3938 = llvm.load %v3937 : !llvm.ptr<3> -> f32
        %v3939 = arith.addi %v3632, %v344 : i64
        %v3940 = arith.constant true
        %v3941 = arith.addi %v56, %v3939 : i64
        %v3942 = llvm.getelementptr %v7[%v3941] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3943 = llvm.load %v3942 : !llvm.ptr<3> -> i64
        %v3944 = arith.addi %v1538, %v3633 : i64
        %v3945 = arith.cmpi slt, %v3944, %v92 : i64
        %v3946 = arith.subi %size_L, %v1 : i64
        %v3947 = arith.minsi %v3944, %v3946 : i64
        %v3948 = arith.addi %v3943, %v3947 : i64
        %v3949 = arith.muli %v3941, %v104 : i64
        %v3950 = arith.addi %v3949, %v3633 : i64
        %v3951 = arith.cmpi sge, %v3943, %v32 : i64
        %v3952 = arith.andi %v3945, %v3951 : i1
        %v3953 = arith.andi %v3952, %v3940 : i1
        %v3954 = llvm.getelementptr %v8[%v3950] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3955 = llvm.load %v3954 : !llvm.ptr<3> -> f32
        %v3956 = arith.addi %v3632, %v358 : i64
        %v3957 = arith.constant true
        %v3958 = arith.addi %v56, %v3956 : i64
        %v3959 = llvm.getelementptr %v7[%v3958] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3960 = llvm.load %v3959 : !llvm.ptr<3> -> i64
        %v3961 = arith.addi %v1538, %v3633 : i64
        %v3962 = arith.cmpi slt, %v3961, %v92 : i64
        %v3963 = arith.subi %size_L, %v1 : i64
        %v3964 = arith.minsi %v3961, %v3963 : i64
        %v3965 = arith.addi %v3960, %v3964 : i64
        %v3966 = arith.muli %v3958, %v104 : i64
        %v3967 = arith.addi %v3966, %v3633 : i64
        %v3968 = arith.cmpi sge, %v3960, %v32 : i64
        %v3969 = arith.andi %v3962, %v3968 : i1
        %v3970 = arith.andi %v3969, %v3957 : i1
        %v3971 = llvm.getelementptr %v8[%v3967] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3972 = llvm.load %v3971 : !llvm.ptr<3> -> f32
        %v3973 = arith.addi %v3632, %v372 : i64
        %v3974 = arith.constant true
        %v3975 = arith.addi %v56, %v3973 : i64
        %v3976 = llvm.getelementptr %v7[%v3975] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3977 = llvm.load %v3976 : !llvm.ptr<3> -> i64
        %v3978 = arith.addi %v1538, %v3633 : i64
        %v3979 = arith.cmpi slt, %v3978, %v92 : i64
        %v3980 = arith.subi %size_L, %v1 : i64
        %v3981 = arith.minsi %v3978, %v3980 : i64
        %v3982 = arith.addi %v3977, %v3981 : i64
        %v3983 = arith.muli %v3975, %v104 : i64
        %v3984 = arith.addi %v3983, %v3633 : i64
        %v3985 = arith.cmpi sge, %v3977, %v32 : i64
        %v3986 = arith.andi %v3979, %v3985 : i1
        %v3987 = arith.andi %v3986, %v3974 : i1
        %v3988 = llvm.getelementptr %v8[%v3984] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3989 = llvm.load %v3988 : !llvm.ptr<3> -> f32
        %v3990 = arith.addi %v3632, %v386 : i64
        %v3991 = arith.constant true
        %v3992 = arith.addi %v56, %v3990 : i64
        %v3993 = llvm.getelementptr %v7[%v3992] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3994 = llvm.load %v3993 : !llvm.ptr<3> -> i64
        %v3995 = arith.addi %v1538, %v3633 : i64
        %v3996 = arith.cmpi slt, %v3995, %v92 : i64
        %v3997 = arith.subi %size_L, %v1 : i64
        %v3998 = arith.minsi %v3995, %v3997 : i64
        %v3999 = arith.addi %v3994, %v3998 : i64
        %v4000 = arith.muli %v3992, %v104 : i64
        %v4001 = arith.addi %v4000, %v3633 : i64
        %v4002 = arith.cmpi sge, %v3994, %v32 : i64
        %v4003 = arith.andi %v3996, %v4002 : i1
        %v4004 = arith.andi %v4003, %v3991 : i1
        %v4005 = llvm.getelementptr %v8[%v4001] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4006 = llvm.load %v4005 : !llvm.ptr<3> -> f32
        %v4007 = arith.addi %v3632, %v400 : i64
        %v4008 = arith.constant true
        %v4009 = arith.addi %v56, %v4007 : i64
        %v4010 = llvm.getelementptr %v7[%v4009] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4011 = llvm.load %v4010 : !llvm.ptr<3> -> i64
        %v4012 = arith.addi %v1538, %v3633 : i64
        %v4013 = arith.cmpi slt, %v4012, %v92 : i64
        %v4014 = arith.subi %size_L, %v1 : i64
        %v4015 = arith.minsi %v4012, %v4014 : i64
        %v4016 = arith.addi %v4011, %v4015 : i64
        %v4017 = arith.muli %v4009, %v104 : i64
        %v4018 = arith.addi %v4017, %v3633 : i64
        %v4019 = arith.cmpi sge, %v4011, %v32 : i64
        %v4020 = arith.andi %v4013, %v4019 : i1
        %v4021 = arith.andi %v4020, %v4008 : i1
        %v4022 = llvm.getelementptr %v8[%v4018] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4023 = llvm.load %v4022 : !llvm.ptr<3> -> f32
        %v4024 = arith.addi %v3632, %v414 : i64
        %v4025 = arith.constant true
        %v4026 = arith.addi %v56, %v4024 : i64
        %v4027 = llvm.getelementptr %v7[%v4026] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4028 = llvm.load %v4027 : !llvm.ptr<3> -> i64
        %v4029 = arith.addi %v1538, %v3633 : i64
        %v4030 = arith.cmpi slt, %v4029, %v92 : i64
        %v4031 = arith.subi %size_L, %v1 : i64
        %v4032 = arith.minsi %v4029, %v4031 : i64
        %v4033 = arith.addi %v4028, %v4032 : i64
        %v4034 = arith.muli %v4026, %v104 : i64
        %v4035 = arith.addi %v4034, %v3633 : i64
        %v4036 = arith.cmpi sge, %v4028, %v32 : i64
        %v4037 = arith.andi %v4030, %v4036 : i1
        %v4038 = arith.andi %v4037, %v4025 : i1
        %v4039 = llvm.getelementptr %v8[%v4035] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4040 = llvm.load %v4039 : !llvm.ptr<3> -> f32
        %v4041 = arith.addi %v3632, %v428 : i64
        %v4042 = arith.constant true
        %v4043 = arith.addi %v56, %v4041 : i64
        %v4044 = llvm.getelementptr %v7[%v4043] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4045 = llvm.load %v4044 : !llvm.ptr<3> -> i64
        %v4046 = arith.addi %v1538, %v3633 : i64
        %v4047 = arith.cmpi slt, %v4046, %v92 : i64
        %v4048 = arith.subi %size_L, %v1 : i64
        %v4049 = arith.minsi %v4046, %v4048 : i64
        %v4050 = arith.addi %v4045, %v4049 : i64
        %v4051 = arith.muli %v4043, %v104 : i64
        %v4052 = arith.addi %v4051, %v3633 : i64
        %v4053 = arith.cmpi sge, %v4045, %v32 : i64
        %v4054 = arith.andi %v4047, %v4053 : i1
        %v4055 = arith.andi %v4054, %v4042 : i1
        %v4056 = llvm.getelementptr %v8[%v4052] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4057 = llvm.load %v4056 : !llvm.ptr<3> -> f32
        %v4058 = arith.addi %v3632, %v442 : i64
        %v4059 = arith.constant true
        %v4060 = arith.addi %v56, %v4058 : i64
        %v4061 = llvm.getelementptr %v7[%v4060] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4062 = llvm.load %v4061 : !llvm.ptr<3> -> i64
        %v4063 = arith.addi %v1538, %v3633 : i64
        %v4064 = arith.cmpi slt, %v4063, %v92 : i64
        %v4065 = arith.subi %size_L, %v1 : i64
        %v4066 = arith.minsi %v4063, %v4065 : i64
        %v4067 = arith.addi %v4062, %v4066 : i64
        %v4068 = arith.muli %v4060, %v104 : i64
        %v4069 = arith.addi %v4068, %v3633 : i64
        %v4070 = arith.cmpi sge, %v4062, %v32 : i64
        %v4071 = arith.andi %v4064, %v4070 : i1
        %v4072 = arith.andi %v4071, %v4059 : i1
        %v4073 = llvm.getelementptr %v8[%v4069] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4074 = llvm.load %v4073 : !llvm.ptr<3> -> f32
        %v4075 = arith.addi %v3632, %v456 : i64
        %v4076 = arith.constant true
        %v4077 = arith.addi %v56, %v4075 : i64
        %v4078 = llvm.getelementptr %v7[%v4077] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4079 = llvm.load %v4078 : !llvm.ptr<3> -> i64
        %v4080 = arith.addi %v1538, %v3633 : i64
        %v4081 = arith.cmpi slt, %v4080, %v92 : i64
        %v4082 = arith.subi %size_L, %v1 : i64
        %v4083 = arith.minsi %v4080, %v4082 : i64
        %v4084 = arith.addi %v4079, %v4083 : i64
        %v4085 = arith.muli %v4077, %v104 : i64
        %v4086 = arith.addi %v4085, %v3633 : i64
        %v4087 = arith.cmpi sge, %v4079, %v32 : i64
        %v4088 = arith.andi %v4081, %v4087 : i1
        %v4089 = arith.andi %v4088, %v4076 : i1
        %v4090 = llvm.getelementptr %v8[%v4086] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4091 = llvm.load %v4090 : !llvm.ptr<3> -> f32
        %v4092 = arith.addi %v3632, %v470 : i64
        %v4093 = arith.constant true
        %v4094 = arith.addi %v56, %v4092 : i64
        %v4095 = llvm.getelementptr %v7[%v4094] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4096 = llvm.load %v4095 : !llvm.ptr<3> -> i64
        %v4097 = arith.addi %v1538, %v3633 : i64
        %v4098 = arith.cmpi slt, %v4097, %v92 : i64
        %v4099 = arith.subi %size_L, %v1 : i64
        %v4100 = arith.minsi %v4097, %v4099 : i64
        %v4101 = arith.addi %v4096, %v4100 : i64
        %v4102 = arith.muli %v4094, %v104 : i64
        %v4103 = arith.addi %v4102, %v3633 : i64
        %v4104 = arith.cmpi sge, %v4096, %v32 : i64
        %v4105 = arith.andi %v4098, %v4104 : i1
        %v4106 = arith.andi %v4105, %v4093 : i1
        %v4107 = llvm.getelementptr %v8[%v4103] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4108 = llvm.load %v4107 : !llvm.ptr<3> -> f32
        %v4109 = arith.addi %v3632, %v484 : i64
        %v4110 = arith.constant true
        %v4111 = arith.addi %v56, %v4109 : i64
        %v4112 = llvm.getelementptr %v7[%v4111] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4113 = llvm.load %v4112 : !llvm.ptr<3> -> i64
        %v4114 = arith.addi %v1538, %v3633 : i64
        %v4115 = arith.cmpi slt, %v4114, %v92 : i64
        %v4116 = arith.subi %size_L, %v1 : i64
        %v4117 = arith.minsi %v4114, %v4116 : i64
        %v4118 = arith.addi %v4113, %v4117 : i64
        %v4119 = arith.muli %v4111, %v104 : i64
        %v4120 = arith.addi %v4119, %v3633 : i64
        %v4121 = arith.cmpi sge, %v4113, %v32 : i64
        %v4122 = arith.andi %v4115, %v4121 : i1
        %v4123 = arith.andi %v4122, %v4110 : i1
        %v4124 = llvm.getelementptr %v8[%v4120] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4125 = llvm.load %v4124 : !llvm.ptr<3> -> f32
        %v4126 = arith.addi %v3632, %v498 : i64
        %v4127 = arith.constant true
        %v4128 = arith.addi %v56, %v4126 : i64
        %v4129 = llvm.getelementptr %v7[%v4128] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4130 = llvm.load %v4129 : !llvm.ptr<3> -> i64
        %v4131 = arith.addi %v1538, %v3633 : i64
        %v4132 = arith.cmpi slt, %v4131, %v92 : i64
        %v4133 = arith.subi %size_L, %v1 : i64
        %v4134 = arith.minsi %v4131, %v4133 : i64
        %v4135 = arith.addi %v4130, %v4134 : i64
        %v4136 = arith.muli %v4128, %v104 : i64
        %v4137 = arith.addi %v4136, %v3633 : i64
        %v4138 = arith.cmpi sge, %v4130, %v32 : i64
        %v4139 = arith.andi %v4132, %v4138 : i1
        %v4140 = arith.andi %v4139, %v4127 : i1
        %v4141 = llvm.getelementptr %v8[%v4137] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4142 = llvm.load %v4141 : !llvm.ptr<3> -> f32
        %v4143 = arith.addi %v3632, %v512 : i64
        %v4144 = arith.constant true
        %v4145 = arith.addi %v56, %v4143 : i64
        %v4146 = llvm.getelementptr %v7[%v4145] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4147 = llvm.load %v4146 : !llvm.ptr<3> -> i64
        %v4148 = arith.addi %v1538, %v3633 : i64
        %v4149 = arith.cmpi slt, %v4148, %v92 : i64
        %v4150 = arith.subi %size_L, %v1 : i64
        %v4151 = arith.minsi %v4148, %v4150 : i64
        %v4152 = arith.addi %v4147, %v4151 : i64
        %v4153 = arith.muli %v4145, %v104 : i64
        %v4154 = arith.addi %v4153, %v3633 : i64
        %v4155 = arith.cmpi sge, %v4147, %v32 : i64
        %v4156 = arith.andi %v4149, %v4155 : i1
        %v4157 = arith.andi %v4156, %v4144 : i1
        %v4158 = llvm.getelementptr %v8[%v4154] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4159 = llvm.load %v4158 : !llvm.ptr<3> -> f32
        %v4160 = arith.addi %v3632, %v526 : i64
        %v4161 = arith.constant true
        %v4162 = arith.addi %v56, %v4160 : i64
        %v4163 = llvm.getelementptr %v7[%v4162] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4164 = llvm.load %v4163 : !llvm.ptr<3> -> i64
        %v4165 = arith.addi %v1538, %v3633 : i64
        %v4166 = arith.cmpi slt, %v4165, %v92 : i64
        %v4167 = arith.subi %size_L, %v1 : i64
        %v4168 = arith.minsi %v4165, %v4167 : i64
        %v4169 = arith.addi %v4164, %v4168 : i64
        %v4170 = arith.muli %v4162, %v104 : i64
        %v4171 = arith.addi %v4170, %v3633 : i64
        %v4172 = arith.cmpi sge, %v4164, %v32 : i64
        %v4173 = arith.andi %v4166, %v4172 : i1
        %v4174 = arith.andi %v4173, %v4161 : i1
        %v4175 = llvm.getelementptr %v8[%v4171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4176 = llvm.load %v4175 : !llvm.ptr<3> -> f32
        scf.if %v3647 {
          %v4177 = llvm.getelementptr %out_y[%v3642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3649, %v4177 : f32, !llvm.ptr
        }
        scf.if %v3664 {
          %v4178 = llvm.getelementptr %out_y[%v3659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3666, %v4178 : f32, !llvm.ptr
        }
        scf.if %v3681 {
          %v4179 = llvm.getelementptr %out_y[%v3676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3683, %v4179 : f32, !llvm.ptr
        }
        scf.if %v3698 {
          %v4180 = llvm.getelementptr %out_y[%v3693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3700, %v4180 : f32, !llvm.ptr
        }
        scf.if %v3715 {
          %v4181 = llvm.getelementptr %out_y[%v3710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3717, %v4181 : f32, !llvm.ptr
        }
        scf.if %v3732 {
          %v4182 = llvm.getelementptr %out_y[%v3727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3734, %v4182 : f32, !llvm.ptr
        }
        scf.if %v3749 {
          %v4183 = llvm.getelementptr %out_y[%v3744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3751, %v4183 : f32, !llvm.ptr
        }
        scf.if %v3766 {
          %v4184 = llvm.getelementptr %out_y[%v3761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3768, %v4184 : f32, !llvm.ptr
        }
        scf.if %v3783 {
          %v4185 = llvm.getelementptr %out_y[%v3778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3785, %v4185 : f32, !llvm.ptr
        }
        scf.if %v3800 {
          %v4186 = llvm.getelementptr %out_y[%v3795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3802, %v4186 : f32, !llvm.ptr
        }
        scf.if %v3817 {
          %v4187 = llvm.getelementptr %out_y[%v3812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3819, %v4187 : f32, !llvm.ptr
        }
        scf.if %v3834 {
          %v4188 = llvm.getelementptr %out_y[%v3829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3836, %v4188 : f32, !llvm.ptr
        }
        scf.if %v3851 {
          %v4189 = llvm.getelementptr %out_y[%v3846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3853, %v4189 : f32, !llvm.ptr
        }
        scf.if %v3868 {
          %v4190 = llvm.getelementptr %out_y[%v3863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3870, %v4190 : f32, !llvm.ptr
        }
        scf.if %v3885 {
          %v4191 = llvm.getelementptr %out_y[%v3880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3887, %v4191 : f32, !llvm.ptr
        }
        scf.if %v3902 {
          %v4192 = llvm.getelementptr %out_y[%v3897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3904, %v4192 : f32, !llvm.ptr
        }
        scf.if %v3919 {
          %v4193 = llvm.getelementptr %out_y[%v3914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3921, %v4193 : f32, !llvm.ptr
        }
        scf.if %v3936 {
          %v4194 = llvm.getelementptr %out_y[%v3931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3938, %v4194 : f32, !llvm.ptr
        }
        scf.if %v3953 {
          %v4195 = llvm.getelementptr %out_y[%v3948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3955, %v4195 : f32, !llvm.ptr
        }
        scf.if %v3970 {
          %v4196 = llvm.getelementptr %out_y[%v3965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3972, %v4196 : f32, !llvm.ptr
        }
        scf.if %v3987 {
          %v4197 = llvm.getelementptr %out_y[%v3982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3989, %v4197 : f32, !llvm.ptr
        }
        scf.if %v4004 {
          %v4198 = llvm.getelementptr %out_y[%v3999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4006, %v4198 : f32, !llvm.ptr
        }
        scf.if %v4021 {
          %v4199 = llvm.getelementptr %out_y[%v4016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4023, %v4199 : f32, !llvm.ptr
        }
        scf.if %v4038 {
          %v4200 = llvm.getelementptr %out_y[%v4033] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4040, %v4200 : f32, !llvm.ptr
        }
        scf.if %v4055 {
          %v4201 = llvm.getelementptr %out_y[%v4050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4057, %v4201 : f32, !llvm.ptr
        }
        scf.if %v4072 {
          %v4202 = llvm.getelementptr %out_y[%v4067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4074, %v4202 : f32, !llvm.ptr
        }
        scf.if %v4089 {
          %v4203 = llvm.getelementptr %out_y[%v4084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4091, %v4203 : f32, !llvm.ptr
        }
        scf.if %v4106 {
          %v4204 = llvm.getelementptr %out_y[%v4101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4108, %v4204 : f32, !llvm.ptr
        }
        scf.if %v4123 {
          %v4205 = llvm.getelementptr %out_y[%v4118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4125, %v4205 : f32, !llvm.ptr
        }
        scf.if %v4140 {
          %v4206 = llvm.getelementptr %out_y[%v4135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4142, %v4206 : f32, !llvm.ptr
        }
        scf.if %v4157 {
          %v4207 = llvm.getelementptr %out_y[%v4152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4159, %v4207 : f32, !llvm.ptr
        }
        scf.if %v4174 {
          %v4208 = llvm.getelementptr %out_y[%v4169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4176, %v4208 : f32, !llvm.ptr
        }
        %v4209 = arith.divui %v15, %v93 : i64
        %v4210 = arith.remui %v15, %v93 : i64
        %v4211 = arith.constant true
        %v4212 = arith.addi %v11, %v4209 : i64
        %v4213 = llvm.getelementptr %v7[%v4212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4214 = llvm.load %v4213 : !llvm.ptr<3> -> i64
        %v4215 = arith.addi %v1538, %v4210 : i64
        %v4216 = arith.cmpi slt, %v4215, %v92 : i64
        %v4217 = arith.subi %size_L, %v1 : i64
        %v4218 = arith.minsi %v4215, %v4217 : i64
        %v4219 = arith.addi %v4214, %v4218 : i64
        %v4220 = arith.muli %v4212, %v104 : i64
        %v4221 = arith.addi %v4220, %v4210 : i64
        %v4222 = arith.cmpi sge, %v4214, %v32 : i64
        %v4223 = arith.andi %v4216, %v4222 : i1
        %v4224 = arith.andi %v4223, %v4211 : i1
        %v4225 = llvm.getelementptr %v8[%v4221] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4226 = llvm.load %v4225 : !llvm.ptr<3> -> f32
        %v4227 = arith.addi %v4209, %v46 : i64
        %v4228 = arith.constant true
        %v4229 = arith.addi %v11, %v4227 : i64
        %v4230 = llvm.getelementptr %v7[%v4229] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4231 = llvm.load %v4230 : !llvm.ptr<3> -> i64
        %v4232 = arith.addi %v1538, %v4210 : i64
        %v4233 = arith.cmpi slt, %v4232, %v92 : i64
        %v4234 = arith.subi %size_L, %v1 : i64
        %v4235 = arith.minsi %v4232, %v4234 : i64
        %v4236 = arith.addi %v4231, %v4235 : i64
        %v4237 = arith.muli %v4229, %v104 : i64
        %v4238 = arith.addi %v4237, %v4210 : i64
        %v4239 = arith.cmpi sge, %v4231, %v32 : i64
        %v4240 = arith.andi %v4233, %v4239 : i1
        %v4241 = arith.andi %v4240, %v4228 : i1
        %v4242 = llvm.getelementptr %v8[%v4238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4243 = llvm.load %v4242 : !llvm.ptr<3> -> f32
        %v4244 = arith.addi %v4209, %v63 : i64
        %v4245 = arith.constant true
        %v4246 = arith.addi %v11, %v4244 : i64
        %v4247 = llvm.getelementptr %v7[%v4246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4248 = llvm.load %v4247 : !llvm.ptr<3> -> i64
        %v4249 = arith.addi %v1538, %v4210 : i64
        %v4250 = arith.cmpi slt, %v4249, %v92 : i64
        %v4251 = arith.subi %size_L, %v1 : i64
        %v4252 = arith.minsi %v4249, %v4251 : i64
        %v4253 = arith.addi %v4248, %v4252 : i64
        %v4254 = arith.muli %v4246, %v104 : i64
        %v4255 = arith.addi %v4254, %v4210 : i64
        %v4256 = arith.cmpi sge, %v4248, %v32 : i64
        %v4257 = arith.andi %v4250, %v4256 : i1
        %v4258 = arith.andi %v4257, %v4245 : i1
        %v4259 = llvm.getelementptr %v8[%v4255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4260 = llvm.load %v4259 : !llvm.ptr<3> -> f32
        %v4261 = arith.addi %v4209, %v135 : i64
        %v4262 = arith.constant true
        %v4263 = arith.addi %v11, %v4261 : i64
        %v4264 = llvm.getelementptr %v7[%v4263] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4265 = llvm.load %v4264 : !llvm.ptr<3> -> i64
        %v4266 = arith.addi %v1538, %v4210 : i64
        %v4267 = arith.cmpi slt, %v4266, %v92 : i64
        %v4268 = arith.subi %size_L, %v1 : i64
        %v4269 = arith.minsi %v4266, %v4268 : i64
        %v4270 = arith.addi %v4265, %v4269 : i64
        %v4271 = arith.muli %v4263, %v104 : i64
        %v4272 = arith.addi %v4271, %v4210 : i64
        %v4273 = arith.cmpi sge, %v4265, %v32 : i64
        %v4274 = arith.andi %v4267, %v4273 : i1
        %v4275 = arith.andi %v4274, %v4262 : i1
        %v4276 = llvm.getelementptr %v8[%v4272] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4277 = llvm.load %v4276 : !llvm.ptr<3> -> f32
        %v4278 = arith.addi %v4209, %v149 : i64
        %v4279 = arith.constant true
        %v4280 = arith.addi %v11, %v4278 : i64
        %v4281 = llvm.getelementptr %v7[%v4280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4282 = llvm.load %v4281 : !llvm.ptr<3> -> i64
        %v4283 = arith.addi %v1538, %v4210 : i64
        %v4284 = arith.cmpi slt, %v4283, %v92 : i64
        %v4285 = arith.subi %size_L, %v1 : i64
        %v4286 = arith.minsi %v4283, %v4285 : i64
        %v4287 = arith.addi %v4282, %v4286 : i64
        %v4288 = arith.muli %v4280, %v104 : i64
        %v4289 = arith.addi %v4288, %v4210 : i64
        %v4290 = arith.cmpi sge, %v4282, %v32 : i64
        %v4291 = arith.andi %v4284, %v4290 : i1
        %v4292 = arith.andi %v4291, %v4279 : i1
        %v4293 = llvm.getelementptr %v8[%v4289] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4294 = llvm.load %v4293 : !llvm.ptr<3> -> f32
        %v4295 = arith.addi %v4209, %v163 : i64
        %v4296 = arith.constant true
        %v4297 = arith.addi %v11, %v4295 : i64
        %v4298 = llvm.getelementptr %v7[%v4297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4299 = llvm.load %v4298 : !llvm.ptr<3> -> i64
        %v4300 = arith.addi %v1538, %v4210 : i64
        %v4301 = arith.cmpi slt, %v4300, %v92 : i64
        %v4302 = arith.subi %size_L, %v1 : i64
        %v4303 = arith.minsi %v4300, %v4302 : i64
        %v4304 = arith.addi %v4299, %v4303 : i64
        %v4305 = arith.muli %v4297, %v104 : i64
        %v4306 = arith.addi %v4305, %v4210 : i64
        %v4307 = arith.cmpi sge, %v4299, %v32 : i64
        %v4308 = arith.andi %v4301, %v4307 : i1
        %v4309 = arith.andi %v4308, %v4296 : i1
        %v4310 = llvm.getelementptr %v8[%v4306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4311 = llvm.load %v4310 : !llvm.ptr<3> -> f32
        %v4312 = arith.addi %v4209, %v177 : i64
        %v4313 = arith.constant true
        %v4314 = arith.addi %v11, %v4312 : i64
        %v4315 = llvm.getelementptr %v7[%v4314] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4316 = llvm.load %v4315 : !llvm.ptr<3> -> i64
        %v4317 = arith.addi %v1538, %v4210 : i64
        %v4318 = arith.cmpi slt, %v4317, %v92 : i64
        %v4319 = arith.subi %size_L, %v1 : i64
        %v4320 = arith.minsi %v4317, %v4319 : i64
        %v4321 = arith.addi %v4316, %v4320 : i64
        %v4322 = arith.muli %v4314, %v104 : i64
        %v4323 = arith.addi %v4322, %v4210 : i64
        %v4324 = arith.cmpi sge, %v4316, %v32 : i64
        %v4325 = arith.andi %v4318, %v4324 : i1
        %v4326 = arith.andi %v4325, %v4313 : i1
        %v4327 = llvm.getelementptr %v8[%v4323] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4328 = llvm.load %v4327 : !llvm.ptr<3> -> f32
        %v4329 = arith.addi %v4209, %v191 : i64
        %v4330 = arith.constant true
        %v4331 = arith.addi %v11, %v4329 : i64
        %v4332 = llvm.getelementptr %v7[%v4331] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4333 = llvm.load %v4332 : !llvm.ptr<3> -> i64
        %v4334 = arith.addi %v1538, %v4210 : i64
        %v4335 = arith.cmpi slt, %v4334, %v92 : i64
        %v4336 = arith.subi %size_L, %v1 : i64
        %v4337 = arith.minsi %v4334, %v4336 : i64
        %v4338 = arith.addi %v4333, %v4337 : i64
        %v4339 = arith.muli %v4331, %v104 : i64
        %v4340 = arith.addi %v4339, %v4210 : i64
        %v4341 = arith.cmpi sge, %v4333, %v32 : i64
        %v4342 = arith.andi %v4335, %v4341 : i1
        %v4343 = arith.andi %v4342, %v4330 : i1
        %v4344 = llvm.getelementptr %v8[%v4340] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4345 = llvm.load %v4344 : !llvm.ptr<3> -> f32
        %v4346 = arith.addi %v4209, %v205 : i64
        %v4347 = arith.constant true
        %v4348 = arith.addi %v11, %v4346 : i64
        %v4349 = llvm.getelementptr %v7[%v4348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4350 = llvm.load %v4349 : !llvm.ptr<3> -> i64
        %v4351 = arith.addi %v1538, %v4210 : i64
        %v4352 = arith.cmpi slt, %v4351, %v92 : i64
        %v4353 = arith.subi %size_L, %v1 : i64
        %v4354 = arith.minsi %v4351, %v4353 : i64
        %v4355 = arith.addi %v4350, %v4354 : i64
        %v4356 = arith.muli %v4348, %v104 : i64
        %v4357 = arith.addi %v4356, %v4210 : i64
        %v4358 = arith.cmpi sge, %v4350, %v32 : i64
        %v4359 = arith.andi %v4352, %v4358 : i1
        %v4360 = arith.andi %v4359, %v4347 : i1
        %v4361 = llvm.getelementptr %v8[%v4357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4362 = llvm.load %v4361 : !llvm.ptr<3> -> f32
        %v4363 = arith.addi %v4209, %v219 : i64
        %v4364 = arith.constant true
        %v4365 = arith.addi %v11, %v4363 : i64
        %v4366 = llvm.getelementptr %v7[%v4365] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4367 = llvm.load %v4366 : !llvm.ptr<3> -> i64
        %v4368 = arith.addi %v1538, %v4210 : i64
        %v4369 = arith.cmpi slt, %v4368, %v92 : i64
        %v4370 = arith.subi %size_L, %v1 : i64
        %v4371 = arith.minsi %v4368, %v4370 : i64
        %v4372 = arith.addi %v4367, %v4371 : i64
        %v4373 = arith.muli %v4365, %v104 : i64
        %v4374 = arith.addi %v4373, %v4210 : i64
        %v4375 = arith.cmpi sge, %v4367, %v32 : i64
        %v4376 = arith.andi %v4369, %v4375 : i1
        %v4377 = arith.andi %v4376, %v4364 : i1
        %v4378 = llvm.getelementptr %v8[%v4374] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4379 = llvm.load %v4378 : !llvm.ptr<3> -> f32
        %v4380 = arith.addi %v4209, %v233 : i64
        %v4381 = arith.constant true
        %v4382 = arith.addi %v11, %v4380 : i64
        %v4383 = llvm.getelementptr %v7[%v4382] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4384 = llvm.load %v4383 : !llvm.ptr<3> -> i64
        %v4385 = arith.addi %v1538, %v4210 : i64
        %v4386 = arith.cmpi slt, %v4385, %v92 : i64
        %v4387 = arith.subi %size_L, %v1 : i64
        %v4388 = arith.minsi %v4385, %v4387 : i64
        %v4389 = arith.addi %v4384, %v4388 : i64
        %v4390 = arith.muli %v4382, %v104 : i64
        %v4391 = arith.addi %v4390, %v4210 : i64
        %v4392 = arith.cmpi sge, %v4384, %v32 : i64
        %v4393 = arith.andi %v4386, %v4392 : i1
        %v4394 = arith.andi %v4393, %v4381 : i1
        %v4395 = llvm.getelementptr %v8[%v4391] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4396 = llvm.load %v4395 : !llvm.ptr<3> -> f32
        %v4397 = arith.addi %v4209, %v247 : i64
        %v4398 = arith.constant true
        %v4399 = arith.addi %v11, %v4397 : i64
        %v4400 = llvm.getelementptr %v7[%v4399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4401 = llvm.load %v4400 : !llvm.ptr<3> -> i64
        %v4402 = arith.addi %v1538, %v4210 : i64
        %v4403 = arith.cmpi slt, %v4402, %v92 : i64
        %v4404 = arith.subi %size_L, %v1 : i64
        %v4405 = arith.minsi %v4402, %v4404 : i64
        %v4406 = arith.addi %v4401, %v4405 : i64
        %v4407 = arith.muli %v4399, %v104 : i64
        %v4408 = arith.addi %v4407, %v4210 : i64
        %v4409 = arith.cmpi sge, %v4401, %v32 : i64
        %v4410 = arith.andi %v4403, %v4409 : i1
        %v4411 = arith.andi %v4410, %v4398 : i1
        %v4412 = llvm.getelementptr %v8[%v4408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4413 = llvm.load %v4412 : !llvm.ptr<3> -> f32
        %v4414 = arith.addi %v4209, %v261 : i64
        %v4415 = arith.constant true
        %v4416 = arith.addi %v11, %v4414 : i64
        %v4417 = llvm.getelementptr %v7[%v4416] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4418 = llvm.load %v4417 : !llvm.ptr<3> -> i64
        %v4419 = arith.addi %v1538, %v4210 : i64
        %v4420 = arith.cmpi slt, %v4419, %v92 : i64
        %v4421 = arith.subi %size_L, %v1 : i64
        %v4422 = arith.minsi %v4419, %v4421 : i64
        %v4423 = arith.addi %v4418, %v4422 : i64
        %v4424 = arith.muli %v4416, %v104 : i64
        %v4425 = arith.addi %v4424, %v4210 : i64
        %v4426 = arith.cmpi sge, %v4418, %v32 : i64
        %v4427 = arith.andi %v4420, %v4426 : i1
        %v4428 = arith.andi %v4427, %v4415 : i1
        %v4429 = llvm.getelementptr %v8[%v4425] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4430 = llvm.load %v4429 : !llvm.ptr<3> -> f32
        %v4431 = arith.addi %v4209, %v275 : i64
        %v4432 = arith.constant true
        %v4433 = arith.addi %v11, %v4431 : i64
        %v4434 = llvm.getelementptr %v7[%v4433] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4435 = llvm.load %v4434 : !llvm.ptr<3> -> i64
        %v4436 = arith.addi %v1538, %v4210 : i64
        %v4437 = arith.cmpi slt, %v4436, %v92 : i64
        %v4438 = arith.subi %size_L, %v1 : i64
        %v4439 = arith.minsi %v4436, %v4438 : i64
        %v4440 = arith.addi %v4435, %v4439 : i64
        %v4441 = arith.muli %v4433, %v104 : i64
        %v4442 = arith.addi %v4441, %v4210 : i64
        %v4443 = arith.cmpi sge, %v4435, %v32 : i64
        %v4444 = arith.andi %v4437, %v4443 : i1
        %v4445 = arith.andi %v4444, %v4432 : i1
        %v4446 = llvm.getelementptr %v8[%v4442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4447 = llvm.load %v4446 : !llvm.ptr<3> -> f32
        %v4448 = arith.addi %v4209, %v289 : i64
        %v4449 = arith.constant true
        %v4450 = arith.addi %v11, %v4448 : i64
        %v4451 = llvm.getelementptr %v7[%v4450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4452 = llvm.load %v4451 : !llvm.ptr<3> -> i64
        %v4453 = arith.addi %v1538, %v4210 : i64
        %v4454 = arith.cmpi slt, %v4453, %v92 : i64
        %v4455 = arith.subi %size_L, %v1 : i64
        %v4456 = arith.minsi %v4453, %v4455 : i64
        %v4457 = arith.addi %v4452, %v4456 : i64
        %v4458 = arith.muli %v4450, %v104 : i64
        %v4459 = arith.addi %v4458, %v4210 : i64
        %v4460 = arith.cmpi sge, %v4452, %v32 : i64
        %v4461 = arith.andi %v4454, %v4460 : i1
        %v4462 = arith.andi %v4461, %v4449 : i1
        %v4463 = llvm.getelementptr %v8[%v4459] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4464 = llvm.load %v4463 : !llvm.ptr<3> -> f32
        %v4465 = arith.addi %v4209, %v303 : i64
        %v4466 = arith.constant true
        %v4467 = arith.addi %v11, %v4465 : i64
        %v4468 = llvm.getelementptr %v7[%v4467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4469 = llvm.load %v4468 : !llvm.ptr<3> -> i64
        %v4470 = arith.addi %v1538, %v4210 : i64
        %v4471 = arith.cmpi slt, %v4470, %v92 : i64
        %v4472 = arith.subi %size_L, %v1 : i64
        %v4473 = arith.minsi %v4470, %v4472 : i64
        %v4474 = arith.addi %v4469, %v4473 : i64
        %v4475 = arith.muli %v4467, %v104 : i64
        %v4476 = arith.addi %v4475, %v4210 : i64
        %v4477 = arith.cmpi sge, %v4469, %v32 : i64
        %v4478 = arith.andi %v4471, %v4477 : i1
        %v4479 = arith.andi %v4478, %v4466 : i1
        %v4480 = llvm.getelementptr %v8[%v4476] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4481 = llvm.load %v4480 : !llvm.ptr<3> -> f32
        %v4482 = arith.addi %v4209, %v93 : i64
        %v4483 = arith.constant true
        %v4484 = arith.addi %v11, %v4482 : i64
        %v4485 = llvm.getelementptr %v7[%v4484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4486 = llvm.load %v4485 : !llvm.ptr<3> -> i64
        %v4487 = arith.addi %v1538, %v4210 : i64
        %v4488 = arith.cmpi slt, %v4487, %v92 : i64
        %v4489 = arith.subi %size_L, %v1 : i64
        %v4490 = arith.minsi %v4487, %v4489 : i64
        %v4491 = arith.addi %v4486, %v4490 : i64
        %v4492 = arith.muli %v4484, %v104 : i64
        %v4493 = arith.addi %v4492, %v4210 : i64
        %v4494 = arith.cmpi sge, %v4486, %v32 : i64
        %v4495 = arith.andi %v4488, %v4494 : i1
        %v4496 = arith.andi %v4495, %v4483 : i1
        %v4497 = llvm.getelementptr %v8[%v4493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4498 = llvm.load %v4497 : !llvm.ptr<3> -> f32
        %v4499 = arith.addi %v4209, %v330 : i64
        %v4500 = arith.constant true
        %v4501 = arith.addi %v11, %v4499 : i64
        %v4502 = llvm.getelementptr %v7[%v4501] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4503 = llvm.load %v4502 : !llvm.ptr<3> -> i64
        %v4504 = arith.addi %v1538, %v4210 : i64
        %v4505 = arith.cmpi slt, %v4504, %v92 : i64
        %v4506 = arith.subi %size_L, %v1 : i64
        %v4507 = arith.minsi %v4504, %v4506 : i64
        %v4508 = arith.addi %v4503, %v4507 : i64
        %v4509 = arith.muli %v4501, %v104 : i64
        %v4510 = arith.addi %v4509, %v4210 : i64
        %v4511 = arith.cmpi sge, %v4503, %v32 : i64
        %v4512 = arith.andi %v4505, %v4511 : i1
        %v4513 = arith.andi %v4512, %v4500 : i1
        %v4514 = llvm.getelementptr %v8[%v4510] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4515 = llvm.load %v4514 : !llvm.ptr<3> -> f32
        %v4516 = arith.addi %v4209, %v344 : i64
        %v4517 = arith.constant true
        %v4518 = arith.addi %v11, %v4516 : i64
        %v4519 = llvm.getelementptr %v7[%v4518] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4520 = llvm.load %v4519 : !llvm.ptr<3> -> i64
        %v4521 = arith.addi %v1538, %v4210 : i64
        %v4522 = arith.cmpi slt, %v4521, %v92 : i64
        %v4523 = arith.subi %size_L, %v1 : i64
        %v4524 = arith.minsi %v4521, %v4523 : i64
        %v4525 = arith.addi %v4520, %v4524 : i64
        %v4526 = arith.muli %v4518, %v104 : i64
        %v4527 = arith.addi %v4526, %v4210 : i64
        %v4528 = arith.cmpi sge, %v4520, %v32 : i64
        %v4529 = arith.andi %v4522, %v4528 : i1
        %v4530 = arith.andi %v4529, %v4517 : i1
        %v4531 = llvm.getelementptr %v8[%v4527] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4532 = llvm.load %v4531 : !llvm.ptr<3> -> f32
        %v4533 = arith.addi %v4209, %v358 : i64
        %v4534 = arith.constant true
        %v4535 = arith.addi %v11, %v4533 : i64
        %v4536 = llvm.getelementptr %v7[%v4535] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4537 = llvm.load %v4536 : !llvm.ptr<3> -> i64
        %v4538 = arith.addi %v1538, %v4210 : i64
        %v4539 = arith.cmpi slt, %v4538, %v92 : i64
        %v4540 = arith.subi %size_L, %v1 : i64
        %v4541 = arith.minsi %v4538, %v4540 : i64
        %v4542 = arith.addi %v4537, %v4541 : i64
        %v4543 = arith.muli %v4535, %v104 : i64
        %v4544 = arith.addi %v4543, %v4210 : i64
        %v4545 = arith.cmpi sge, %v4537, %v32 : i64
        %v4546 = arith.andi %v4539, %v4545 : i1
        %v4547 = arith.andi %v4546, %v4534 : i1
        %v4548 = llvm.getelementptr %v8[%v4544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4549 = llvm.load %v4548 : !llvm.ptr<3> -> f32
        %v4550 = arith.addi %v4209, %v372 : i64
        %v4551 = arith.constant true
        %v4552 = arith.addi %v11, %v4550 : i64
        %v4553 = llvm.getelementptr %v7[%v4552] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4554 = llvm.load %v4553 : !llvm.ptr<3> -> i64
        %v4555 = arith.addi %v1538, %v4210 : i64
        %v4556 = arith.cmpi slt, %v4555, %v92 : i64
        %v4557 = arith.subi %size_L, %v1 : i64
        %v4558 = arith.minsi %v4555, %v4557 : i64
        %v4559 = arith.addi %v4554, %v4558 : i64
        %v4560 = arith.muli %v4552, %v104 : i64
        %v4561 = arith.addi %v4560, %v4210 : i64
        %v4562 = arith.cmpi sge, %v4554, %v32 : i64
        %v4563 = arith.andi %v4556, %v4562 : i1
        %v4564 = arith.andi %v4563, %v4551 : i1
        %v4565 = llvm.getelementptr %v8[%v4561] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4566 = llvm.load %v4565 : !llvm.ptr<3> -> f32
        %v4567 = arith.addi %v4209, %v386 : i64
        %v4568 = arith.constant true
        %v4569 = arith.addi %v11, %v4567 : i64
        %v4570 = llvm.getelementptr %v7[%v4569] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4571 = llvm.load %v4570 : !llvm.ptr<3> -> i64
        %v4572 = arith.addi %v1538, %v4210 : i64
        %v4573 = arith.cmpi slt, %v4572, %v92 : i64
        %v4574 = arith.subi %size_L, %v1 : i64
        %v4575 = arith.minsi %v4572, %v4574 : i64
        %v4576 = arith.addi %v4571, %v4575 : i64
        %v4577 = arith.muli %v4569, %v104 : i64
        %v4578 = arith.addi %v4577, %v4210 : i64
        %v4579 = arith.cmpi sge, %v4571, %v32 : i64
        %v4580 = arith.andi %v4573, %v4579 : i1
        %v4581 = arith.andi %v4580, %v4568 : i1
        %v4582 = llvm.getelementptr %v8[%v4578] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4583 = llvm.load %v4582 : !llvm.ptr<3> -> f32
        %v4584 = arith.addi %v4209, %v400 : i64
        %v4585 = arith.constant true
        %v4586 = arith.addi %v11, %v4584 : i64
        %v4587 = llvm.getelementptr %v7[%v4586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4588 = llvm.load %v4587 : !llvm.ptr<3> -> i64
        %v4589 = arith.addi %v1538, %v4210 : i64
        %v4590 = arith.cmpi slt, %v4589, %v92 : i64
        %v4591 = arith.subi %size_L, %v1 : i64
        %v4592 = arith.minsi %v4589, %v4591 : i64
        %v4593 = arith.addi %v4588, %v4592 : i64
        %v4594 = arith.muli %v4586, %v104 : i64
        %v4595 = arith.addi %v4594, %v4210 : i64
        %v4596 = arith.cmpi sge, %v4588, %v32 : i64
        %v4597 = arith.andi %v4590, %v4596 : i1
        %v4598 = arith.andi %v4597, %v4585 : i1
        %v4599 = llvm.getelementptr %v8[%v4595] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4600 = llvm.load %v4599 : !llvm.ptr<3> -> f32
        %v4601 = arith.addi %v4209, %v414 : i64
        %v4602 = arith.constant true
        %v4603 = arith.addi %v11, %v4601 : i64
        %v4604 = llvm.getelementptr %v7[%v4603] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4605 = llvm.load %v4604 : !llvm.ptr<3> -> i64
        %v4606 = arith.addi %v1538, %v4210 : i64
        %v4607 = arith.cmpi slt, %v4606, %v92 : i64
        %v4608 = arith.subi %size_L, %v1 : i64
        %v4609 = arith.minsi %v4606, %v4608 : i64
        %v4610 = arith.addi %v4605, %v4609 : i64
        %v4611 = arith.muli %v4603, %v104 : i64
        %v4612 = arith.addi %v4611, %v4210 : i64
        %v4613 = arith.cmpi sge, %v4605, %v32 : i64
        %v4614 = arith.andi %v4607, %v4613 : i1
        %v4615 = arith.andi %v4614, %v4602 : i1
        %v4616 = llvm.getelementptr %v8[%v4612] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4617 = llvm.load %v4616 : !llvm.ptr<3> -> f32
        %v4618 = arith.addi %v4209, %v428 : i64
        %v4619 = arith.constant true
        %v4620 = arith.addi %v11, %v4618 : i64
        %v4621 = llvm.getelementptr %v7[%v4620] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4622 = llvm.load %v4621 : !llvm.ptr<3> -> i64
        %v4623 = arith.addi %v1538, %v4210 : i64
        %v4624 = arith.cmpi slt, %v4623, %v92 : i64
        %v4625 = arith.subi %size_L, %v1 : i64
        %v4626 = arith.minsi %v4623, %v4625 : i64
        %v4627 = arith.addi %v4622, %v4626 : i64
        %v4628 = arith.muli %v4620, %v104 : i64
        %v4629 = arith.addi %v4628, %v4210 : i64
        %v4630 = arith.cmpi sge, %v4622, %v32 : i64
        %v4631 = arith.andi %v4624, %v4630 : i1
        %v4632 = arith.andi %v4631, %v4619 : i1
        %v4633 = llvm.getelementptr %v8[%v4629] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4634 = llvm.load %v4633 : !llvm.ptr<3> -> f32
        %v4635 = arith.addi %v4209, %v442 : i64
        %v4636 = arith.constant true
        %v4637 = arith.addi %v11, %v4635 : i64
        %v4638 = llvm.getelementptr %v7[%v4637] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4639 = llvm.load %v4638 : !llvm.ptr<3> -> i64
        %v4640 = arith.addi %v1538, %v4210 : i64
        %v4641 = arith.cmpi slt, %v4640, %v92 : i64
        %v4642 = arith.subi %size_L, %v1 : i64
        %v4643 = arith.minsi %v4640, %v4642 : i64
        %v4644 = arith.addi %v4639, %v4643 : i64
        %v4645 = arith.muli %v4637, %v104 : i64
        %v4646 = arith.addi %v4645, %v4210 : i64
        %v4647 = arith.cmpi sge, %v4639, %v32 : i64
        %v4648 = arith.andi %v4641, %v4647 : i1
        %v4649 = arith.andi %v4648, %v4636 : i1
        %v4650 = llvm.getelementptr %v8[%v4646] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4651 = llvm.load %v4650 : !llvm.ptr<3> -> f32
        %v4652 = arith.addi %v4209, %v456 : i64
        %v4653 = arith.constant true
        %v4654 = arith.addi %v11, %v4652 : i64
        %v4655 = llvm.getelementptr %v7[%v4654] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4656 = llvm.load %v4655 : !llvm.ptr<3> -> i64
        %v4657 = arith.addi %v1538, %v4210 : i64
        %v4658 = arith.cmpi slt, %v4657, %v92 : i64
        %v4659 = arith.subi %size_L, %v1 : i64
        %v4660 = arith.minsi %v4657, %v4659 : i64
        %v4661 = arith.addi %v4656, %v4660 : i64
        %v4662 = arith.muli %v4654, %v104 : i64
        %v4663 = arith.addi %v4662, %v4210 : i64
        %v4664 = arith.cmpi sge, %v4656, %v32 : i64
        %v4665 = arith.andi %v4658, %v4664 : i1
        %v4666 = arith.andi %v4665, %v4653 : i1
        %v4667 = llvm.getelementptr %v8[%v4663] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4668 = llvm.load %v4667 : !llvm.ptr<3> -> f32
        %v4669 = arith.addi %v4209, %v470 : i64
        %v4670 = arith.constant true
        %v4671 = arith.addi %v11, %v4669 : i64
        %v4672 = llvm.getelementptr %v7[%v4671] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4673 = llvm.load %v4672 : !llvm.ptr<3> -> i64
        %v4674 = arith.addi %v1538, %v4210 : i64
        %v4675 = arith.cmpi slt, %v4674, %v92 : i64
        %v4676 = arith.subi %size_L, %v1 : i64
        %v4677 = arith.minsi %v4674, %v4676 : i64
        %v4678 = arith.addi %v4673, %v4677 : i64
        %v4679 = arith.muli %v4671, %v104 : i64
        %v4680 = arith.addi %v4679, %v4210 : i64
        %v4681 = arith.cmpi sge, %v4673, %v32 : i64
        %v4682 = arith.andi %v4675, %v4681 : i1
        %v4683 = arith.andi %v4682, %v4670 : i1
        %v4684 = llvm.getelementptr %v8[%v4680] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4685 = llvm.load %v4684 : !llvm.ptr<3> -> f32
        %v4686 = arith.addi %v4209, %v484 : i64
        %v4687 = arith.constant true
        %v4688 = arith.addi %v11, %v4686 : i64
        %v4689 = llvm.getelementptr %v7[%v4688] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4690 = llvm.load %v4689 : !llvm.ptr<3> -> i64
        %v4691 = arith.addi %v1538, %v4210 : i64
        %v4692 = arith.cmpi slt, %v4691, %v92 : i64
        %v4693 = arith.subi %size_L, %v1 : i64
        %v4694 = arith.minsi %v4691, %v4693 : i64
        %v4695 = arith.addi %v4690, %v4694 : i64
        %v4696 = arith.muli %v4688, %v104 : i64
        %v4697 = arith.addi %v4696, %v4210 : i64
        %v4698 = arith.cmpi sge, %v4690, %v32 : i64
        %v4699 = arith.andi %v4692, %v4698 : i1
        %v4700 = arith.andi %v4699, %v4687 : i1
        %v4701 = llvm.getelementptr %v8[%v4697] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4702 = llvm.load %v4701 : !llvm.ptr<3> -> f32
        %v4703 = arith.addi %v4209, %v498 : i64
        %v4704 = arith.constant true
        %v4705 = arith.addi %v11, %v4703 : i64
        %v4706 = llvm.getelementptr %v7[%v4705] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4707 = llvm.load %v4706 : !llvm.ptr<3> -> i64
        %v4708 = arith.addi %v1538, %v4210 : i64
        %v4709 = arith.cmpi slt, %v4708, %v92 : i64
        %v4710 = arith.subi %size_L, %v1 : i64
        %v4711 = arith.minsi %v4708, %v4710 : i64
        %v4712 = arith.addi %v4707, %v4711 : i64
        %v4713 = arith.muli %v4705, %v104 : i64
        %v4714 = arith.addi %v4713, %v4210 : i64
        %v4715 = arith.cmpi sge, %v4707, %v32 : i64
        %v4716 = arith.andi %v4709, %v4715 : i1
        %v4717 = arith.andi %v4716, %v4704 : i1
        %v4718 = llvm.getelementptr %v8[%v4714] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4719 = llvm.load %v4718 : !llvm.ptr<3> -> f32
        %v4720 = arith.addi %v4209, %v512 : i64
        %v4721 = arith.constant true
        %v4722 = arith.addi %v11, %v4720 : i64
        %v4723 = llvm.getelementptr %v7[%v4722] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4724 = llvm.load %v4723 : !llvm.ptr<3> -> i64
        %v4725 = arith.addi %v1538, %v4210 : i64
        %v4726 = arith.cmpi slt, %v4725, %v92 : i64
        %v4727 = arith.subi %size_L, %v1 : i64
        %v4728 = arith.minsi %v4725, %v4727 : i64
        %v4729 = arith.addi %v4724, %v4728 : i64
        %v4730 = arith.muli %v4722, %v104 : i64
        %v4731 = arith.addi %v4730, %v4210 : i64
        %v4732 = arith.cmpi sge, %v4724, %v32 : i64
        %v4733 = arith.andi %v4726, %v4732 : i1
        %v4734 = arith.andi %v4733, %v4721 : i1
        %v4735 = llvm.getelementptr %v8[%v4731] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4736 = llvm.load %v4735 : !llvm.ptr<3> -> f32
        %v4737 = arith.addi %v4209, %v526 : i64
        %v4738 = arith.constant true
        %v4739 = arith.addi %v11, %v4737 : i64
        %v4740 = llvm.getelementptr %v7[%v4739] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4741 = llvm.load %v4740 : !llvm.ptr<3> -> i64
        %v4742 = arith.addi %v1538, %v4210 : i64
        %v4743 = arith.cmpi slt, %v4742, %v92 : i64
        %v4744 = arith.subi %size_L, %v1 : i64
        %v4745 = arith.minsi %v4742, %v4744 : i64
        %v4746 = arith.addi %v4741, %v4745 : i64
        %v4747 = arith.muli %v4739, %v104 : i64
        %v4748 = arith.addi %v4747, %v4210 : i64
        %v4749 = arith.cmpi sge, %v4741, %v32 : i64
        %v4750 = arith.andi %v4743, %v4749 : i1
        %v4751 = arith.andi %v4750, %v4738 : i1
        %v4752 = llvm.getelementptr %v8[%v4748] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4753 = llvm.load %v4752 : !llvm.ptr<3> -> f32
        scf.if %v4224 {
          %v4754 = llvm.getelementptr %out_forecast[%v4219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4226, %v4754 : f32, !llvm.ptr
        }
        scf.if %v4241 {
          %v4755 = llvm.getelementptr %out_forecast[%v4236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4243, %v4755 : f32, !llvm.ptr
        }
        scf.if %v4258 {
          %v4756 = llvm.getelementptr %out_forecast[%v4253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4260, %v4756 : f32, !llvm.ptr
        }
        scf.if %v4275 {
          %v4757 = llvm.getelementptr %out_forecast[%v4270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4277, %v4757 : f32, !llvm.ptr
        }
        scf.if %v4292 {
          %v4758 = llvm.getelementptr %out_forecast[%v4287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4294, %v4758 : f32, !llvm.ptr
        }
        scf.if %v4309 {
          %v4759 = llvm.getelementptr %out_forecast[%v4304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4311, %v4759 : f32, !llvm.ptr
        }
        scf.if %v4326 {
          %v4760 = llvm.getelementptr %out_forecast[%v4321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4328, %v4760 : f32, !llvm.ptr
        }
        scf.if %v4343 {
          %v4761 = llvm.getelementptr %out_forecast[%v4338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4345, %v4761 : f32, !llvm.ptr
        }
        scf.if %v4360 {
          %v4762 = llvm.getelementptr %out_forecast[%v4355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4362, %v4762 : f32, !llvm.ptr
        }
        scf.if %v4377 {
          %v4763 = llvm.getelementptr %out_forecast[%v4372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4379, %v4763 : f32, !llvm.ptr
        }
        scf.if %v4394 {
          %v4764 = llvm.getelementptr %out_forecast[%v4389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4396, %v4764 : f32, !llvm.ptr
        }
        scf.if %v4411 {
          %v4765 = llvm.getelementptr %out_forecast[%v4406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4413, %v4765 : f32, !llvm.ptr
        }
        scf.if %v4428 {
          %v4766 = llvm.getelementptr %out_forecast[%v4423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4430, %v4766 : f32, !llvm.ptr
        }
        scf.if %v4445 {
          %v4767 = llvm.getelementptr %out_forecast[%v4440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4447, %v4767 : f32, !llvm.ptr
        }
        scf.if %v4462 {
          %v4768 = llvm.getelementptr %out_forecast[%v4457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4464, %v4768 : f32, !llvm.ptr
        }
        scf.if %v4479 {
          %v4769 = llvm.getelementptr %out_forecast[%v4474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4481, %v4769 : f32, !llvm.ptr
        }
        scf.if %v4496 {
          %v4770 = llvm.getelementptr %out_forecast[%v4491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4498, %v4770 : f32, !llvm.ptr
        }
        scf.if %v4513 {
          %v4771 = llvm.getelementptr %out_forecast[%v4508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4515, %v4771 : f32, !llvm.ptr
        }
        scf.if %v4530 {
          %v4772 = llvm.getelementptr %out_forecast[%v4525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4532, %v4772 : f32, !llvm.ptr
        }
        scf.if %v4547 {
          %v4773 = llvm.getelementptr %out_forecast[%v4542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4549, %v4773 : f32, !llvm.ptr
        }
        scf.if %v4564 {
          %v4774 = llvm.getelementptr %out_forecast[%v4559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4566, %v4774 : f32, !llvm.ptr
        }
        scf.if %v4581 {
          %v4775 = llvm.getelementptr %out_forecast[%v4576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4583, %v4775 : f32, !llvm.ptr
        }
        scf.if %v4598 {
          %v4776 = llvm.getelementptr %out_forecast[%v4593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4600, %v4776 : f32, !llvm.ptr
        }
        scf.if %v4615 {
          %v4777 = llvm.getelementptr %out_forecast[%v4610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4617, %v4777 : f32, !llvm.ptr
        }
        scf.if %v4632 {
          %v4778 = llvm.getelementptr %out_forecast[%v4627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4634, %v4778 : f32, !llvm.ptr
        }
        scf.if %v4649 {
          %v4779 = llvm.getelementptr %out_forecast[%v4644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4651, %v4779 : f32, !llvm.ptr
        }
        scf.if %v4666 {
          %v4780 = llvm.getelementptr %out_forecast[%v4661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4668, %v4780 : f32, !llvm.ptr
        }
        scf.if %v4683 {
          %v4781 = llvm.getelementptr %out_forecast[%v4678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4685, %v4781 : f32, !llvm.ptr
        }
        scf.if %v4700 {
          %v4782 = llvm.getelementptr %out_forecast[%v4695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4702, %v4782 : f32, !llvm.ptr
        }
        scf.if %v4717 {
          %v4783 = llvm.getelementptr %out_forecast[%v4712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4719, %v4783 : f32, !llvm.ptr
        }
        scf.if %v4734 {
          %v4784 = llvm.getelementptr %out_forecast[%v4729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4736, %v4784 : f32, !llvm.ptr
        }
        scf.if %v4751 {
          %v4785 = llvm.getelementptr %out_forecast[%v4746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4753, %v4785 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      %v4786 = arith.subi %v12, %v1 : i64
      %v4787 = arith.cmpi eq, %v21, %v4786 : i64
      %v4788 = arith.andi %v25, %v4787 : i1
      gpu.return
    }
  }
}
