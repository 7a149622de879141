module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_arma_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<320 x i64>
    llvm.mlir.global internal @smem_arma_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<10560 x f32>
    gpu.func @arma_fwd(%in_e: !llvm.ptr, %in_phi1: !llvm.ptr, %in_phi2: !llvm.ptr, %in_theta1: !llvm.ptr, %in_theta2: !llvm.ptr, %out_y: !llvm.ptr, %out_forecast: !llvm.ptr, %ckpt_h: !llvm.ptr, %ckpt_h_lag1: !llvm.ptr, %ckpt_e_lag1: !llvm.ptr, %ckpt_e_lag2: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.mlir.addressof @rows_arma_fwd : !llvm.ptr<3>
      %v8 = llvm.mlir.addressof @smem_arma_fwd : !llvm.ptr<3>
      %v9 = arith.constant 255 : i64
      %v10 = arith.addi %size_L, %v9 : i64
      %v11 = arith.constant 256 : i64
      %v12 = arith.divui %v10, %v11 : i64
      %v17 = arith.constant 64 : i64
      %v27 = arith.constant 0 : i64
      %v28 = arith.muli %size_L, %size_D : i64
      %v41 = arith.constant 2 : i64
      %v42 = arith.constant 128 : i64
      %v48 = arith.constant -1 : i64
      %v50 = arith.constant 3 : i64
      %v51 = arith.constant 192 : i64
      %v58 = arith.constant 4 : i64
      %v61 = arith.constant 0x00000000 : f32
      %v62 = arith.constant 32 : i64
      %v72 = arith.constant 33 : i64
      %v101 = arith.constant 6 : i64
      %v114 = arith.constant 8 : i64
      %v127 = arith.constant 10 : i64
      %v140 = arith.constant 12 : i64
      %v153 = arith.constant 14 : i64
      %v166 = arith.constant 16 : i64
      %v179 = arith.constant 18 : i64
      %v192 = arith.constant 20 : i64
      %v205 = arith.constant 22 : i64
      %v218 = arith.constant 24 : i64
      %v231 = arith.constant 26 : i64
      %v244 = arith.constant 28 : i64
      %v257 = arith.constant 30 : i64
      %v282 = arith.constant 34 : i64
      %v295 = arith.constant 36 : i64
      %v308 = arith.constant 38 : i64
      %v321 = arith.constant 40 : i64
      %v334 = arith.constant 42 : i64
      %v347 = arith.constant 44 : i64
      %v360 = arith.constant 46 : i64
      %v373 = arith.constant 48 : i64
      %v386 = arith.constant 50 : i64
      %v399 = arith.constant 52 : i64
      %v412 = arith.constant 54 : i64
      %v425 = arith.constant 56 : i64
      %v438 = arith.constant 58 : i64
      %v451 = arith.constant 60 : i64
      %v464 = arith.constant 62 : i64
      %v1418 = arith.muli %size_B, %size_D : i64
      %v1427 = arith.muli %size_B, %size_D : i64
      %v1436 = arith.muli %size_B, %size_D : i64
      %v1445 = arith.muli %size_B, %size_D : i64
      %v2809 = arith.constant 0x3F800000 : f32
      %v2869 = arith.constant 320 : i64
      %v2876 = arith.constant 384 : i64
      %v2883 = arith.constant 448 : i64
      %v2890 = arith.constant 512 : i64
      %v2897 = arith.constant 576 : i64
      %v2904 = arith.constant 640 : i64
      %v2911 = arith.constant 704 : i64
      %v2918 = arith.constant 768 : i64
      %v2925 = arith.constant 832 : i64
      %v2932 = arith.constant 896 : i64
      %v2939 = arith.constant 960 : i64
      %v2946 = arith.constant 1024 : i64
      %v2953 = arith.constant 1088 : i64
      %v2960 = arith.constant 1152 : i64
      %v2967 = arith.constant 1216 : i64
      %v2974 = arith.constant 1280 : i64
      %v2981 = arith.constant 1344 : i64
      %v2988 = arith.constant 1408 : i64
      %v2995 = arith.constant 1472 : i64
      %v3002 = arith.constant 1536 : i64
      %v3009 = arith.constant 1600 : i64
      %v3016 = arith.constant 1664 : i64
      %v3023 = arith.constant 1728 : i64
      %v3030 = arith.constant 1792 : i64
      %v3037 = arith.constant 1856 : i64
      %v3044 = arith.constant 1920 : i64
      %v3051 = arith.constant 1984 : i64
      %v13 = gpu.block_id x
      %v14 = gpu.thread_id x
      %v15 = arith.index_cast %v14 : index to i64
      %v16 = arith.index_cast %v13 : index to i64
      %v18 = arith.muli %v16, %v17 : i64
      %v19 = arith.addi %v18, %v15 : i64
      %v20 = arith.cmpi slt, %v19, %v2 : i64
      %v21 = arith.subi %v2, %v1 : i64
      %v22 = arith.minsi %v19, %v21 : i64
      %v23 = arith.remui %v22, %size_D : i64
      %v24 = arith.divui %v22, %size_D : i64
      %v25 = arith.remui %v24, %size_B : i64
      %v26 = arith.divui %v24, %size_B : i64
      %v2796 = llvm.getelementptr %in_theta1[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2797 = llvm.load %v2796 : !llvm.ptr -> f32
      %v2801 = llvm.getelementptr %in_theta2[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2802 = llvm.load %v2801 : !llvm.ptr -> f32
      %v29 = arith.muli %v25, %v28 : i64
      %v30 = arith.muli %v23, %size_L : i64
      %v31 = arith.addi %v29, %v30 : i64
      %v32 = llvm.getelementptr %v7[%v15] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v31, %v32 : i64, !llvm.ptr<3>
      %v33 = arith.muli %v25, %v28 : i64
      %v34 = arith.muli %v23, %size_L : i64
      %v35 = arith.addi %v33, %v34 : i64
      %v36 = arith.addi %v17, %v15 : i64
      %v37 = llvm.getelementptr %v7[%v36] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v35, %v37 : i64, !llvm.ptr<3>
      %v38 = arith.muli %v25, %v28 : i64
      %v39 = arith.muli %v23, %size_L : i64
      %v40 = arith.addi %v38, %v39 : i64
      %v43 = arith.addi %v42, %v15 : i64
      %v44 = llvm.getelementptr %v7[%v43] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v40, %v44 : i64, !llvm.ptr<3>
      %v45 = arith.muli %v25, %v28 : i64
      %v46 = arith.muli %v23, %size_L : i64
      %v47 = arith.addi %v45, %v46 : i64
      %v49 = arith.select %v20, %v47, %v48 : i64
      %v52 = arith.addi %v51, %v15 : i64
      %v53 = llvm.getelementptr %v7[%v52] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v49, %v53 : i64, !llvm.ptr<3>
      %v54 = arith.muli %v25, %v28 : i64
      %v55 = arith.muli %v23, %size_L : i64
      %v56 = arith.addi %v54, %v55 : i64
      %v57 = arith.select %v20, %v56, %v48 : i64
      %v59 = arith.addi %v11, %v15 : i64
      %v60 = llvm.getelementptr %v7[%v59] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v57, %v60 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v61, %v3 : f32, !llvm.ptr
      llvm.store %v61, %v4 : f32, !llvm.ptr
      llvm.store %v61, %v5 : f32, !llvm.ptr
      llvm.store %v61, %v6 : f32, !llvm.ptr
      // staged load of `e`'s first tile: read, then shared memory
      %v63 = arith.divui %v15, %v62 : i64
      %v64 = arith.remui %v15, %v62 : i64
      %v65 = arith.constant true
      %v66 = llvm.getelementptr %v7[%v63] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v67 = llvm.load %v66 : !llvm.ptr<3> -> i64
      %v68 = arith.cmpi slt, %v64, %size_L : i64
      %v69 = arith.subi %size_L, %v1 : i64
      %v70 = arith.minsi %v64, %v69 : i64
      %v71 = arith.addi %v67, %v70 : i64
      %v73 = arith.muli %v63, %v72 : i64
      %v74 = arith.addi %v73, %v64 : i64
      %v75 = llvm.getelementptr %in_e[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v76 = llvm.load %v75 : !llvm.ptr -> f32
      %v77 = arith.addi %v63, %v41 : i64
      %v78 = arith.constant true
      %v79 = llvm.getelementptr %v7[%v77] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v80 = llvm.load %v79 : !llvm.ptr<3> -> i64
      %v81 = arith.cmpi slt, %v64, %size_L : i64
      %v82 = arith.subi %size_L, %v1 : i64
      %v83 = arith.minsi %v64, %v82 : i64
      %v84 = arith.addi %v80, %v83 : i64
      %v85 = arith.muli %v77, %v72 : i64
      %v86 = arith.addi %v85, %v64 : i64
      %v87 = llvm.getelementptr %in_e[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v88 = llvm.load %v87 : !llvm.ptr -> f32
      %v89 = arith.addi %v63, %v58 : i64
      %v90 = arith.constant true
      %v91 = llvm.getelementptr %v7[%v89] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v92 = llvm.load %v91 : !llvm.ptr<3> -> i64
      %v93 = arith.cmpi slt, %v64, %size_L : i64
      %v94 = arith.subi %size_L, %v1 : i64
      %v95 = arith.minsi %v64, %v94 : i64
      %v96 = arith.addi %v92, %v95 : i64
      %v97 = arith.muli %v89, %v72 : i64
      %v98 = arith.addi %v97, %v64 : i64
      %v99 = llvm.getelementptr %in_e[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v100 = llvm.load %v99 : !llvm.ptr -> f32
      %v102 = arith.addi %v63, %v101 : i64
      %v103 = arith.constant true
      %v104 = llvm.getelementptr %v7[%v102] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v105 = llvm.load %v104 : !llvm.ptr<3> -> i64
      %v106 = arith.cmpi slt, %v64, %size_L : i64
      %v107 = arith.subi %size_L, %v1 : i64
      %v108 = arith.minsi %v64, %v107 : i64
      %v109 = arith.addi %v105, %v108 : i64
      %v110 = arith.muli %v102, %v72 : i64
      %v111 = arith.addi %v110, %v64 : i64
      %v112 = llvm.getelementptr %in_e[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v113 = llvm.load %v112 : !llvm.ptr -> f32
      %v115 = arith.addi %v63, %v114 : i64
      %v116 = arith.constant true
      %v117 = llvm.getelementptr %v7[%v115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v118 = llvm.load %v117 : !llvm.ptr<3> -> i64
      %v119 = arith.cmpi slt, %v64, %size_L : i64
      %v120 = arith.subi %size_L, %v1 : i64
      %v121 = arith.minsi %v64, %v120 : i64
      %v122 = arith.addi %v118, %v121 : i64
      %v123 = arith.muli %v115, %v72 : i64
      %v124 = arith.addi %v123, %v64 : i64
      %v125 = llvm.getelementptr %in_e[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v126 = llvm.load %v125 : !llvm.ptr -> f32
      %v128 = arith.addi %v63, %v127 : i64
      %v129 = arith.constant true
      %v130 = llvm.getelementptr %v7[%v128] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v131 = llvm.load %v130 : !llvm.ptr<3> -> i64
      %v132 = arith.cmpi slt, %v64, %size_L : i64
      %v133 = arith.subi %size_L, %v1 : i64
      %v134 = arith.minsi %v64, %v133 : i64
      %v135 = arith.addi %v131, %v134 : i64
      %v136 = arith.muli %v128, %v72 : i64
      %v137 = arith.addi %v136, %v64 : i64
      %v138 = llvm.getelementptr %in_e[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v139 = llvm.load %v138 : !llvm.ptr -> f32
      %v141 = arith.addi %v63, %v140 : i64
      %v142 = arith.constant true
      %v143 = llvm.getelementptr %v7[%v141] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v144 = llvm.load %v143 : !llvm.ptr<3> -> i64
      %v145 = arith.cmpi slt, %v64, %size_L : i64
      %v146 = arith.subi %size_L, %v1 : i64
      %v147 = arith.minsi %v64, %v146 : i64
      %v148 = arith.addi %v144, %v147 : i64
      %v149 = arith.muli %v141, %v72 : i64
      %v150 = arith.addi %v149, %v64 : i64
      %v151 = llvm.getelementptr %in_e[%v148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v152 = llvm.load %v151 : !llvm.ptr -> f32
      %v154 = arith.addi %v63, %v153 : i64
      %v155 = arith.constant true
      %v156 = llvm.getelementptr %v7[%v154] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v157 = llvm.load %v156 : !llvm.ptr<3> -> i64
      %v158 = arith.cmpi slt, %v64, %size_L : i64
      %v159 = arith.subi %size_L, %v1 : i64
      %v160 = arith.minsi %v64, %v159 : i64
      %v161 = arith.addi %v157, %v160 : i64
      %v162 = arith.muli %v154, %v72 : i64
      %v163 = arith.addi %v162, %v64 : i64
      %v164 = llvm.getelementptr %in_e[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v165 = llvm.load %v164 : !llvm.ptr -> f32
      %v167 = arith.addi %v63, %v166 : i64
      %v168 = arith.constant true
      %v169 = llvm.getelementptr %v7[%v167] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v170 = llvm.load %v169 : !llvm.ptr<3> -> i64
      %v171 = arith.cmpi slt, %v64, %size_L : i64
      %v172 = arith.subi %size_L, %v1 : i64
      %v173 = arith.minsi %v64, %v172 : i64
      %v174 = arith.addi %v170, %v173 : i64
      %v175 = arith.muli %v167, %v72 : i64
      %v176 = arith.addi %v175, %v64 : i64
      %v177 = llvm.getelementptr %in_e[%v174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v178 = llvm.load %v177 : !llvm.ptr -> f32
      %v180 = arith.addi %v63, %v179 : i64
      %v181 = arith.constant true
      %v182 = llvm.getelementptr %v7[%v180] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v183 = llvm.load %v182 : !llvm.ptr<3> -> i64
      %v184 = arith.cmpi slt, %v64, %size_L : i64
      %v185 = arith.subi %size_L, %v1 : i64
      %v186 = arith.minsi %v64, %v185 : i64
      %v187 = arith.addi %v183, %v186 : i64
      %v188 = arith.muli %v180, %v72 : i64
      %v189 = arith.addi %v188, %v64 : i64
      %v190 = llvm.getelementptr %in_e[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v191 = llvm.load %v190 : !llvm.ptr -> f32
      %v193 = arith.addi %v63, %v192 : i64
      %v194 = arith.constant true
      %v195 = llvm.getelementptr %v7[%v193] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v196 = llvm.load %v195 : !llvm.ptr<3> -> i64
      %v197 = arith.cmpi slt, %v64, %size_L : i64
      %v198 = arith.subi %size_L, %v1 : i64
      %v199 = arith.minsi %v64, %v198 : i64
      %v200 = arith.addi %v196, %v199 : i64
      %v201 = arith.muli %v193, %v72 : i64
      %v202 = arith.addi %v201, %v64 : i64
      %v203 = llvm.getelementptr %in_e[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v204 = llvm.load %v203 : !llvm.ptr -> f32
      %v206 = arith.addi %v63, %v205 : i64
      %v207 = arith.constant true
      %v208 = llvm.getelementptr %v7[%v206] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v209 = llvm.load %v208 : !llvm.ptr<3> -> i64
      %v210 = arith.cmpi slt, %v64, %size_L : i64
      %v211 = arith.subi %size_L, %v1 : i64
      %v212 = arith.minsi %v64, %v211 : i64
      %v213 = arith.addi %v209, %v212 : i64
      %v214 = arith.muli %v206, %v72 : i64
      %v215 = arith.addi %v214, %v64 : i64
      %v216 = llvm.getelementptr %in_e[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v217 = llvm.load %v216 : !llvm.ptr -> f32
      %v219 = arith.addi %v63, %v218 : i64
      %v220 = arith.constant true
      %v221 = llvm.getelementptr %v7[%v219] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v222 = llvm.load %v221 : !llvm.ptr<3> -> i64
      %v223 = arith.cmpi slt, %v64, %size_L : i64
      %v224 = arith.subi %size_L, %v1 : i64
      %v225 = arith.minsi %v64, %v224 : i64
      %v226 = arith.addi %v222, %v225 : i64
      %v227 = arith.muli %v219, %v72 : i64
      %v228 = arith.addi %v227, %v64 : i64
      %v229 = llvm.getelementptr %in_e[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v230 = llvm.load %v229 : !llvm.ptr -> f32
      %v232 = arith.addi %v63, %v231 : i64
      %v233 = arith.constant true
      %v234 = llvm.getelementptr %v7[%v232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v235 = llvm.load %v234 : !llvm.ptr<3> -> i64
      %v236 = arith.cmpi slt, %v64, %size_L : i64
      %v237 = arith.subi %size_L, %v1 : i64
      %v238 = arith.minsi %v64, %v237 : i64
      %v239 = arith.addi %v235, %v238 : i64
      %v240 = arith.muli %v232, %v72 : i64
      %v241 = arith.addi %v240, %v64 : i64
      %v242 = llvm.getelementptr %in_e[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v243 = llvm.load %v242 : !llvm.ptr -> f32
      %v245 = arith.addi %v63, %v244 : i64
      %v246 = arith.constant true
      %v247 = llvm.getelementptr %v7[%v245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v248 = llvm.load %v247 : !llvm.ptr<3> -> i64
      %v249 = arith.cmpi slt, %v64, %size_L : i64
      %v250 = arith.subi %size_L, %v1 : i64
      %v251 = arith.minsi %v64, %v250 : i64
      %v252 = arith.addi %v248, %v251 : i64
      %v253 = arith.muli %v245, %v72 : i64
      %v254 = arith.addi %v253, %v64 : i64
      %v255 = llvm.getelementptr %in_e[%v252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v256 = llvm.load %v255 : !llvm.ptr -> f32
      %v258 = arith.addi %v63, %v257 : i64
      %v259 = arith.constant true
      %v260 = llvm.getelementptr %v7[%v258] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v261 = llvm.load %v260 : !llvm.ptr<3> -> i64
      %v262 = arith.cmpi slt, %v64, %size_L : i64
      %v263 = arith.subi %size_L, %v1 : i64
      %v264 = arith.minsi %v64, %v263 : i64
      %v265 = arith.addi %v261, %v264 : i64
      %v266 = arith.muli %v258, %v72 : i64
      %v267 = arith.addi %v266, %v64 : i64
      %v268 = llvm.getelementptr %in_e[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v269 = llvm.load %v268 : !llvm.ptr -> f32
      %v270 = arith.addi %v63, %v62 : i64
      %v271 = arith.constant true
      %v272 = llvm.getelementptr %v7[%v270] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v273 = llvm.load %v272 : !llvm.ptr<3> -> i64
      %v274 = arith.cmpi slt, %v64, %size_L : i64
      %v275 = arith.subi %size_L, %v1 : i64
      %v276 = arith.minsi %v64, %v275 : i64
      %v277 = arith.addi %v273, %v276 : i64
      %v278 = arith.muli %v270, %v72 : i64
      %v279 = arith.addi %v278, %v64 : i64
      %v280 = llvm.getelementptr %in_e[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v281 = llvm.load %v280 : !llvm.ptr -> f32
      %v283 = arith.addi %v63, %v282 : i64
      %v284 = arith.constant true
      %v285 = llvm.getelementptr %v7[%v283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v286 = llvm.load %v285 : !llvm.ptr<3> -> i64
      %v287 = arith.cmpi slt, %v64, %size_L : i64
      %v288 = arith.subi %size_L, %v1 : i64
      %v289 = arith.minsi %v64, %v288 : i64
      %v290 = arith.addi %v286, %v289 : i64
      %v291 = arith.muli %v283, %v72 : i64
      %v292 = arith.addi %v291, %v64 : i64
      %v293 = llvm.getelementptr %in_e[%v290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v294 = llvm.load %v293 : !llvm.ptr -> f32
      %v296 = arith.addi %v63, %v295 : i64
      %v297 = arith.constant true
      %v298 = llvm.getelementptr %v7[%v296] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v299 = llvm.load %v298 : !llvm.ptr<3> -> i64
      %v300 = arith.cmpi slt, %v64, %size_L : i64
      %v301 = arith.subi %size_L, %v1 : i64
      %v302 = arith.minsi %v64, %v301 : i64
      %v303 = arith.addi %v299, %v302 : i64
      %v304 = arith.muli %v296, %v72 : i64
      %v305 = arith.addi %v304, %v64 : i64
      %v306 = llvm.getelementptr %in_e[%v303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v307 = llvm.load %v306 : !llvm.ptr -> f32
      %v309 = arith.addi %v63, %v308 : i64
      %v310 = arith.constant true
      %v311 = llvm.getelementptr %v7[%v309] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v312 = llvm.load %v311 : !llvm.ptr<3> -> i64
      %v313 = arith.cmpi slt, %v64, %size_L : i64
      %v314 = arith.subi %size_L, %v1 : i64
      %v315 = arith.minsi %v64, %v314 : i64
      %v316 = arith.addi %v312, %v315 : i64
      %v317 = arith.muli %v309, %v72 : i64
      %v318 = arith.addi %v317, %v64 : i64
      %v319 = llvm.getelementptr %in_e[%v316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v320 = llvm.load %v319 : !llvm.ptr -> f32
      %v322 = arith.addi %v63, %v321 : i64
      %v323 = arith.constant true
      %v324 = llvm.getelementptr %v7[%v322] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v325 = llvm.load %v324 : !llvm.ptr<3> -> i64
      %v326 = arith.cmpi slt, %v64, %size_L : i64
      %v327 = arith.subi %size_L, %v1 : i64
      %v328 = arith.minsi %v64, %v327 : i64
      %v329 = arith.addi %v325, %v328 : i64
      %v330 = arith.muli %v322, %v72 : i64
      %v331 = arith.addi %v330, %v64 : i64
      %v332 = llvm.getelementptr %in_e[%v329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v333 = llvm.load %v332 : !llvm.ptr -> f32
      %v335 = arith.addi %v63, %v334 : i64
      %v336 = arith.constant true
      %v337 = llvm.getelementptr %v7[%v335] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v338 = llvm.load %v337 : !llvm.ptr<3> -> i64
      %v339 = arith.cmpi slt, %v64, %size_L : i64
      %v340 = arith.subi %size_L, %v1 : i64
      %v341 = arith.minsi %v64, %v340 : i64
      %v342 = arith.addi %v338, %v341 : i64
      %v343 = arith.muli %v335, %v72 : i64
      %v344 = arith.addi %v343, %v64 : i64
      %v345 = llvm.getelementptr %in_e[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v346 = llvm.load %v345 : !llvm.ptr -> f32
      %v348 = arith.addi %v63, %v347 : i64
      %v349 = arith.constant true
      %v350 = llvm.getelementptr %v7[%v348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v351 = llvm.load %v350 : !llvm.ptr<3> -> i64
      %v352 = arith.cmpi slt, %v64, %size_L : i64
      %v353 = arith.subi %size_L, %v1 : i64
      %v354 = arith.minsi %v64, %v353 : i64
      %v355 = arith.addi %v351, %v354 : i64
      %v356 = arith.muli %v348, %v72 : i64
      %v357 = arith.addi %v356, %v64 : i64
      %v358 = llvm.getelementptr %in_e[%v355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v359 = llvm.load %v358 : !llvm.ptr -> f32
      %v361 = arith.addi %v63, %v360 : i64
      %v362 = arith.constant true
      %v363 = llvm.getelementptr %v7[%v361] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v364 = llvm.load %v363 : !llvm.ptr<3> -> i64
      %v365 = arith.cmpi slt, %v64, %size_L : i64
      %v366 = arith.subi %size_L, %v1 : i64
      %v367 = arith.minsi %v64, %v366 : i64
      %v368 = arith.addi %v364, %v367 : i64
      %v369 = arith.muli %v361, %v72 : i64
      %v370 = arith.addi %v369, %v64 : i64
      %v371 = llvm.getelementptr %in_e[%v368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v372 = llvm.load %v371 : !llvm.ptr -> f32
      %v374 = arith.addi %v63, %v373 : i64
      %v375 = arith.constant true
      %v376 = llvm.getelementptr %v7[%v374] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v377 = llvm.load %v376 : !llvm.ptr<3> -> i64
      %v378 = arith.cmpi slt, %v64, %size_L : i64
      %v379 = arith.subi %size_L, %v1 : i64
      %v380 = arith.minsi %v64, %v379 : i64
      %v381 = arith.addi %v377, %v380 : i64
      %v382 = arith.muli %v374, %v72 : i64
      %v383 = arith.addi %v382, %v64 : i64
      %v384 = llvm.getelementptr %in_e[%v381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v385 = llvm.load %v384 : !llvm.ptr -> f32
      %v387 = arith.addi %v63, %v386 : i64
      %v388 = arith.constant true
      %v389 = llvm.getelementptr %v7[%v387] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v390 = llvm.load %v389 : !llvm.ptr<3> -> i64
      %v391 = arith.cmpi slt, %v64, %size_L : i64
      %v392 = arith.subi %size_L, %v1 : i64
      %v393 = arith.minsi %v64, %v392 : i64
      %v394 = arith.addi %v390, %v393 : i64
      %v395 = arith.muli %v387, %v72 : i64
      %v396 = arith.addi %v395, %v64 : i64
      %v397 = llvm.getelementptr %in_e[%v394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v398 = llvm.load %v397 : !llvm.ptr -> f32
      %v400 = arith.addi %v63, %v399 : i64
      %v401 = arith.constant true
      %v402 = llvm.getelementptr %v7[%v400] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v403 = llvm.load %v402 : !llvm.ptr<3> -> i64
      %v404 = arith.cmpi slt, %v64, %size_L : i64
      %v405 = arith.subi %size_L, %v1 : i64
      %v406 = arith.minsi %v64, %v405 : i64
      %v407 = arith.addi %v403, %v406 : i64
      %v408 = arith.muli %v400, %v72 : i64
      %v409 = arith.addi %v408, %v64 : i64
      %v410 = llvm.getelementptr %in_e[%v407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v411 = llvm.load %v410 : !llvm.ptr -> f32
      %v413 = arith.addi %v63, %v412 : i64
      %v414 = arith.constant true
      %v415 = llvm.getelementptr %v7[%v413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v416 = llvm.load %v415 : !llvm.ptr<3> -> i64
      %v417 = arith.cmpi slt, %v64, %size_L : i64
      %v418 = arith.subi %size_L, %v1 : i64
      %v419 = arith.minsi %v64, %v418 : i64
      %v420 = arith.addi %v416, %v419 : i64
      %v421 = arith.muli %v413, %v72 : i64
      %v422 = arith.addi %v421, %v64 : i64
      %v423 = llvm.getelementptr %in_e[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v424 = llvm.load %v423 : !llvm.ptr -> f32
      %v426 = arith.addi %v63, %v425 : i64
      %v427 = arith.constant true
      %v428 = llvm.getelementptr %v7[%v426] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v429 = llvm.load %v428 : !llvm.ptr<3> -> i64
      %v430 = arith.cmpi slt, %v64, %size_L : i64
      %v431 = arith.subi %size_L, %v1 : i64
      %v432 = arith.minsi %v64, %v431 : i64
      %v433 = arith.addi %v429, %v432 : i64
      %v434 = arith.muli %v426, %v72 : i64
      %v435 = arith.addi %v434, %v64 : i64
      %v436 = llvm.getelementptr %in_e[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v437 = llvm.load %v436 : !llvm.ptr -> f32
      %v439 = arith.addi %v63, %v438 : i64
      %v440 = arith.constant true
      %v441 = llvm.getelementptr %v7[%v439] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v442 = llvm.load %v441 : !llvm.ptr<3> -> i64
      %v443 = arith.cmpi slt, %v64, %size_L : i64
      %v444 = arith.subi %size_L, %v1 : i64
      %v445 = arith.minsi %v64, %v444 : i64
      %v446 = arith.addi %v442, %v445 : i64
      %v447 = arith.muli %v439, %v72 : i64
      %v448 = arith.addi %v447, %v64 : i64
      %v449 = llvm.getelementptr %in_e[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v450 = llvm.load %v449 : !llvm.ptr -> f32
      %v452 = arith.addi %v63, %v451 : i64
      %v453 = arith.constant true
      %v454 = llvm.getelementptr %v7[%v452] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v455 = llvm.load %v454 : !llvm.ptr<3> -> i64
      %v456 = arith.cmpi slt, %v64, %size_L : i64
      %v457 = arith.subi %size_L, %v1 : i64
      %v458 = arith.minsi %v64, %v457 : i64
      %v459 = arith.addi %v455, %v458 : i64
      %v460 = arith.muli %v452, %v72 : i64
      %v461 = arith.addi %v460, %v64 : i64
      %v462 = llvm.getelementptr %in_e[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v463 = llvm.load %v462 : !llvm.ptr -> f32
      %v465 = arith.addi %v63, %v464 : i64
      %v466 = arith.constant true
      %v467 = llvm.getelementptr %v7[%v465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v468 = llvm.load %v467 : !llvm.ptr<3> -> i64
      %v469 = arith.cmpi slt, %v64, %size_L : i64
      %v470 = arith.subi %size_L, %v1 : i64
      %v471 = arith.minsi %v64, %v470 : i64
      %v472 = arith.addi %v468, %v471 : i64
      %v473 = arith.muli %v465, %v72 : i64
      %v474 = arith.addi %v473, %v64 : i64
      %v475 = llvm.getelementptr %in_e[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v476 = llvm.load %v475 : !llvm.ptr -> f32
      scf.if %v65 {
        %v477 = llvm.getelementptr %v8[%v74] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v76, %v477 : f32, !llvm.ptr<3>
      }
      scf.if %v78 {
        %v478 = llvm.getelementptr %v8[%v86] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v88, %v478 : f32, !llvm.ptr<3>
      }
      scf.if %v90 {
        %v479 = llvm.getelementptr %v8[%v98] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v100, %v479 : f32, !llvm.ptr<3>
      }
      scf.if %v103 {
        %v480 = llvm.getelementptr %v8[%v111] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v113, %v480 : f32, !llvm.ptr<3>
      }
      scf.if %v116 {
        %v481 = llvm.getelementptr %v8[%v124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v126, %v481 : f32, !llvm.ptr<3>
      }
      scf.if %v129 {
        %v482 = llvm.getelementptr %v8[%v137] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v139, %v482 : f32, !llvm.ptr<3>
      }
      scf.if %v142 {
        %v483 = llvm.getelementptr %v8[%v150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v152, %v483 : f32, !llvm.ptr<3>
      }
      scf.if %v155 {
        %v484 = llvm.getelementptr %v8[%v163] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v165, %v484 : f32, !llvm.ptr<3>
      }
      scf.if %v168 {
        %v485 = llvm.getelementptr %v8[%v176] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v178, %v485 : f32, !llvm.ptr<3>
      }
      scf.if %v181 {
        %v486 = llvm.getelementptr %v8[%v189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v191, %v486 : f32, !llvm.ptr<3>
      }
      scf.if %v194 {
        %v487 = llvm.getelementptr %v8[%v202] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v204, %v487 : f32, !llvm.ptr<3>
      }
      scf.if %v207 {
        %v488 = llvm.getelementptr %v8[%v215] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v217, %v488 : f32, !llvm.ptr<3>
      }
      scf.if %v220 {
        %v489 = llvm.getelementptr %v8[%v228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v230, %v489 : f32, !llvm.ptr<3>
      }
      scf.if %v233 {
        %v490 = llvm.getelementptr %v8[%v241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v243, %v490 : f32, !llvm.ptr<3>
      }
      scf.if %v246 {
        %v491 = llvm.getelementptr %v8[%v254] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v256, %v491 : f32, !llvm.ptr<3>
      }
      scf.if %v259 {
        %v492 = llvm.getelementptr %v8[%v267] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v269, %v492 : f32, !llvm.ptr<3>
      }
      scf.if %v271 {
        %v493 = llvm.getelementptr %v8[%v279] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v281, %v493 : f32, !llvm.ptr<3>
      }
      scf.if %v284 {
        %v494 = llvm.getelementptr %v8[%v292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v294, %v494 : f32, !llvm.ptr<3>
      }
      scf.if %v297 {
        %v495 = llvm.getelementptr %v8[%v305] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v307, %v495 : f32, !llvm.ptr<3>
      }
      scf.if %v310 {
        %v496 = llvm.getelementptr %v8[%v318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v320, %v496 : f32, !llvm.ptr<3>
      }
      scf.if %v323 {
        %v497 = llvm.getelementptr %v8[%v331] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v333, %v497 : f32, !llvm.ptr<3>
      }
      scf.if %v336 {
        %v498 = llvm.getelementptr %v8[%v344] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v346, %v498 : f32, !llvm.ptr<3>
      }
      scf.if %v349 {
        %v499 = llvm.getelementptr %v8[%v357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v359, %v499 : f32, !llvm.ptr<3>
      }
      scf.if %v362 {
        %v500 = llvm.getelementptr %v8[%v370] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v372, %v500 : f32, !llvm.ptr<3>
      }
      scf.if %v375 {
        %v501 = llvm.getelementptr %v8[%v383] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v385, %v501 : f32, !llvm.ptr<3>
      }
      scf.if %v388 {
        %v502 = llvm.getelementptr %v8[%v396] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v398, %v502 : f32, !llvm.ptr<3>
      }
      scf.if %v401 {
        %v503 = llvm.getelementptr %v8[%v409] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v411, %v503 : f32, !llvm.ptr<3>
      }
      scf.if %v414 {
        %v504 = llvm.getelementptr %v8[%v422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v424, %v504 : f32, !llvm.ptr<3>
      }
      scf.if %v427 {
        %v505 = llvm.getelementptr %v8[%v435] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v437, %v505 : f32, !llvm.ptr<3>
      }
      scf.if %v440 {
        %v506 = llvm.getelementptr %v8[%v448] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v450, %v506 : f32, !llvm.ptr<3>
      }
      scf.if %v453 {
        %v507 = llvm.getelementptr %v8[%v461] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v463, %v507 : f32, !llvm.ptr<3>
      }
      scf.if %v466 {
        %v508 = llvm.getelementptr %v8[%v474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v476, %v508 : f32, !llvm.ptr<3>
      }
      // end staged load of `e`
      // staged load of `phi1`'s first tile: read, then shared memory
      %v509 = arith.divui %v15, %v62 : i64
      %v510 = arith.remui %v15, %v62 : i64
      %v511 = arith.constant true
      %v512 = arith.addi %v17, %v509 : i64
      %v513 = llvm.getelementptr %v7[%v512] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v514 = llvm.load %v513 : !llvm.ptr<3> -> i64
      %v515 = arith.cmpi slt, %v510, %size_L : i64
      %v516 = arith.subi %size_L, %v1 : i64
      %v517 = arith.minsi %v510, %v516 : i64
      %v518 = arith.addi %v514, %v517 : i64
      %v519 = arith.muli %v512, %v72 : i64
      %v520 = arith.addi %v519, %v510 : i64
      %v521 = llvm.getelementptr %in_phi1[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v522 = llvm.load %v521 : !llvm.ptr -> f32
      %v523 = arith.addi %v509, %v41 : i64
      %v524 = arith.constant true
      %v525 = arith.addi %v17, %v523 : i64
      %v526 = llvm.getelementptr %v7[%v525] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v527 = llvm.load %v526 : !llvm.ptr<3> -> i64
      %v528 = arith.cmpi slt, %v510, %size_L : i64
      %v529 = arith.subi %size_L, %v1 : i64
      %v530 = arith.minsi %v510, %v529 : i64
      %v531 = arith.addi %v527, %v530 : i64
      %v532 = arith.muli %v525, %v72 : i64
      %v533 = arith.addi %v532, %v510 : i64
      %v534 = llvm.getelementptr %in_phi1[%v531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v535 = llvm.load %v534 : !llvm.ptr -> f32
      %v536 = arith.addi %v509, %v58 : i64
      %v537 = arith.constant true
      %v538 = arith.addi %v17, %v536 : i64
      %v539 = llvm.getelementptr %v7[%v538] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v540 = llvm.load %v539 : !llvm.ptr<3> -> i64
      %v541 = arith.cmpi slt, %v510, %size_L : i64
      %v542 = arith.subi %size_L, %v1 : i64
      %v543 = arith.minsi %v510, %v542 : i64
      %v544 = arith.addi %v540, %v543 : i64
      %v545 = arith.muli %v538, %v72 : i64
      %v546 = arith.addi %v545, %v510 : i64
      %v547 = llvm.getelementptr %in_phi1[%v544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v548 = llvm.load %v547 : !llvm.ptr -> f32
      %v549 = arith.addi %v509, %v101 : i64
      %v550 = arith.constant true
      %v551 = arith.addi %v17, %v549 : i64
      %v552 = llvm.getelementptr %v7[%v551] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v553 = llvm.load %v552 : !llvm.ptr<3> -> i64
      %v554 = arith.cmpi slt, %v510, %size_L : i64
      %v555 = arith.subi %size_L, %v1 : i64
      %v556 = arith.minsi %v510, %v555 : i64
      %v557 = arith.addi %v553, %v556 : i64
      %v558 = arith.muli %v551, %v72 : i64
      %v559 = arith.addi %v558, %v510 : i64
      %v560 = llvm.getelementptr %in_phi1[%v557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v561 = llvm.load %v560 : !llvm.ptr -> f32
      %v562 = arith.addi %v509, %v114 : i64
      %v563 = arith.constant true
      %v564 = arith.addi %v17, %v562 : i64
      %v565 = llvm.getelementptr %v7[%v564] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v566 = llvm.load %v565 : !llvm.ptr<3> -> i64
      %v567 = arith.cmpi slt, %v510, %size_L : i64
      %v568 = arith.subi %size_L, %v1 : i64
      %v569 = arith.minsi %v510, %v568 : i64
      %v570 = arith.addi %v566, %v569 : i64
      %v571 = arith.muli %v564, %v72 : i64
      %v572 = arith.addi %v571, %v510 : i64
      %v573 = llvm.getelementptr %in_phi1[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v574 = llvm.load %v573 : !llvm.ptr -> f32
      %v575 = arith.addi %v509, %v127 : i64
      %v576 = arith.constant true
      %v577 = arith.addi %v17, %v575 : i64
      %v578 = llvm.getelementptr %v7[%v577] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v579 = llvm.load %v578 : !llvm.ptr<3> -> i64
      %v580 = arith.cmpi slt, %v510, %size_L : i64
      %v581 = arith.subi %size_L, %v1 : i64
      %v582 = arith.minsi %v510, %v581 : i64
      %v583 = arith.addi %v579, %v582 : i64
      %v584 = arith.muli %v577, %v72 : i64
      %v585 = arith.addi %v584, %v510 : i64
      %v586 = llvm.getelementptr %in_phi1[%v583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v587 = llvm.load %v586 : !llvm.ptr -> f32
      %v588 = arith.addi %v509, %v140 : i64
      %v589 = arith.constant true
      %v590 = arith.addi %v17, %v588 : i64
      %v591 = llvm.getelementptr %v7[%v590] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v592 = llvm.load %v591 : !llvm.ptr<3> -> i64
      %v593 = arith.cmpi slt, %v510, %size_L : i64
      %v594 = arith.subi %size_L, %v1 : i64
      %v595 = arith.minsi %v510, %v594 : i64
      %v596 = arith.addi %v592, %v595 : i64
      %v597 = arith.muli %v590, %v72 : i64
      %v598 = arith.addi %v597, %v510 : i64
      %v599 = llvm.getelementptr %in_phi1[%v596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v600 = llvm.load %v599 : !llvm.ptr -> f32
      %v601 = arith.addi %v509, %v153 : i64
      %v602 = arith.constant true
      %v603 = arith.addi %v17, %v601 : i64
      %v604 = llvm.getelementptr %v7[%v603] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v605 = llvm.load %v604 : !llvm.ptr<3> -> i64
      %v606 = arith.cmpi slt, %v510, %size_L : i64
      %v607 = arith.subi %size_L, %v1 : i64
      %v608 = arith.minsi %v510, %v607 : i64
      %v609 = arith.addi %v605, %v608 : i64
      %v610 = arith.muli %v603, %v72 : i64
      %v611 = arith.addi %v610, %v510 : i64
      %v612 = llvm.getelementptr %in_phi1[%v609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v613 = llvm.load %v612 : !llvm.ptr -> f32
      %v614 = arith.addi %v509, %v166 : i64
      %v615 = arith.constant true
      %v616 = arith.addi %v17, %v614 : i64
      %v617 = llvm.getelementptr %v7[%v616] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v618 = llvm.load %v617 : !llvm.ptr<3> -> i64
      %v619 = arith.cmpi slt, %v510, %size_L : i64
      %v620 = arith.subi %size_L, %v1 : i64
      %v621 = arith.minsi %v510, %v620 : i64
      %v622 = arith.addi %v618, %v621 : i64
      %v623 = arith.muli %v616, %v72 : i64
      %v624 = arith.addi %v623, %v510 : i64
      %v625 = llvm.getelementptr %in_phi1[%v622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v626 = llvm.load %v625 : !llvm.ptr -> f32
      %v627 = arith.addi %v509, %v179 : i64
      %v628 = arith.constant true
      %v629 = arith.addi %v17, %v627 : i64
      %v630 = llvm.getelementptr %v7[%v629] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v631 = llvm.load %v630 : !llvm.ptr<3> -> i64
      %v632 = arith.cmpi slt, %v510, %size_L : i64
      %v633 = arith.subi %size_L, %v1 : i64
      %v634 = arith.minsi %v510, %v633 : i64
      %v635 = arith.addi %v631, %v634 : i64
      %v636 = arith.muli %v629, %v72 : i64
      %v637 = arith.addi %v636, %v510 : i64
      %v638 = llvm.getelementptr %in_phi1[%v635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v639 = llvm.load %v638 : !llvm.ptr -> f32
      %v640 = arith.addi %v509, %v192 : i64
      %v641 = arith.constant true
      %v642 = arith.addi %v17, %v640 : i64
      %v643 = llvm.getelementptr %v7[%v642] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v644 = llvm.load %v643 : !llvm.ptr<3> -> i64
      %v645 = arith.cmpi slt, %v510, %size_L : i64
      %v646 = arith.subi %size_L, %v1 : i64
      %v647 = arith.minsi %v510, %v646 : i64
      %v648 = arith.addi %v644, %v647 : i64
      %v649 = arith.muli %v642, %v72 : i64
      %v650 = arith.addi %v649, %v510 : i64
      %v651 = llvm.getelementptr %in_phi1[%v648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v652 = llvm.load %v651 : !llvm.ptr -> f32
      %v653 = arith.addi %v509, %v205 : i64
      %v654 = arith.constant true
      %v655 = arith.addi %v17, %v653 : i64
      %v656 = llvm.getelementptr %v7[%v655] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v657 = llvm.load %v656 : !llvm.ptr<3> -> i64
      %v658 = arith.cmpi slt, %v510, %size_L : i64
      %v659 = arith.subi %size_L, %v1 : i64
      %v660 = arith.minsi %v510, %v659 : i64
      %v661 = arith.addi %v657, %v660 : i64
      %v662 = arith.muli %v655, %v72 : i64
      %v663 = arith.addi %v662, %v510 : i64
      %v664 = llvm.getelementptr %in_phi1[%v661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v665 = llvm.load %v664 : !llvm.ptr -> f32
      %v666 = arith.addi %v509, %v218 : i64
      %v667 = arith.constant true
      %v668 = arith.addi %v17, %v666 : i64
      %v669 = llvm.getelementptr %v7[%v668] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v670 = llvm.load %v669 : !llvm.ptr<3> -> i64
      %v671 = arith.cmpi slt, %v510, %size_L : i64
      %v672 = arith.subi %size_L, %v1 : i64
      %v673 = arith.minsi %v510, %v672 : i64
      %v674 = arith.addi %v670, %v673 : i64
      %v675 = arith.muli %v668, %v72 : i64
      %v676 = arith.addi %v675, %v510 : i64
      %v677 = llvm.getelementptr %in_phi1[%v674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v678 = llvm.load %v677 : !llvm.ptr -> f32
      %v679 = arith.addi %v509, %v231 : i64
      %v680 = arith.constant true
      %v681 = arith.addi %v17, %v679 : i64
      %v682 = llvm.getelementptr %v7[%v681] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v683 = llvm.load %v682 : !llvm.ptr<3> -> i64
      %v684 = arith.cmpi slt, %v510, %size_L : i64
      %v685 = arith.subi %size_L, %v1 : i64
      %v686 = arith.minsi %v510, %v685 : i64
      %v687 = arith.addi %v683, %v686 : i64
      %v688 = arith.muli %v681, %v72 : i64
      %v689 = arith.addi %v688, %v510 : i64
      %v690 = llvm.getelementptr %in_phi1[%v687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v691 = llvm.load %v690 : !llvm.ptr -> f32
      %v692 = arith.addi %v509, %v244 : i64
      %v693 = arith.constant true
      %v694 = arith.addi %v17, %v692 : i64
      %v695 = llvm.getelementptr %v7[%v694] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v696 = llvm.load %v695 : !llvm.ptr<3> -> i64
      %v697 = arith.cmpi slt, %v510, %size_L : i64
      %v698 = arith.subi %size_L, %v1 : i64
      %v699 = arith.minsi %v510, %v698 : i64
      %v700 = arith.addi %v696, %v699 : i64
      %v701 = arith.muli %v694, %v72 : i64
      %v702 = arith.addi %v701, %v510 : i64
      %v703 = llvm.getelementptr %in_phi1[%v700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v704 = llvm.load %v703 : !llvm.ptr -> f32
      %v705 = arith.addi %v509, %v257 : i64
      %v706 = arith.constant true
      %v707 = arith.addi %v17, %v705 : i64
      %v708 = llvm.getelementptr %v7[%v707] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v709 = llvm.load %v708 : !llvm.ptr<3> -> i64
      %v710 = arith.cmpi slt, %v510, %size_L : i64
      %v711 = arith.subi %size_L, %v1 : i64
      %v712 = arith.minsi %v510, %v711 : i64
      %v713 = arith.addi %v709, %v712 : i64
      %v714 = arith.muli %v707, %v72 : i64
      %v715 = arith.addi %v714, %v510 : i64
      %v716 = llvm.getelementptr %in_phi1[%v713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v717 = llvm.load %v716 : !llvm.ptr -> f32
      %v718 = arith.addi %v509, %v62 : i64
      %v719 = arith.constant true
      %v720 = arith.addi %v17, %v718 : i64
      %v721 = llvm.getelementptr %v7[%v720] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v722 = llvm.load %v721 : !llvm.ptr<3> -> i64
      %v723 = arith.cmpi slt, %v510, %size_L : i64
      %v724 = arith.subi %size_L, %v1 : i64
      %v725 = arith.minsi %v510, %v724 : i64
      %v726 = arith.addi %v722, %v725 : i64
      %v727 = arith.muli %v720, %v72 : i64
      %v728 = arith.addi %v727, %v510 : i64
      %v729 = llvm.getelementptr %in_phi1[%v726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v730 = llvm.load %v729 : !llvm.ptr -> f32
      %v731 = arith.addi %v509, %v282 : i64
      %v732 = arith.constant true
      %v733 = arith.addi %v17, %v731 : i64
      %v734 = llvm.getelementptr %v7[%v733] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v735 = llvm.load %v734 : !llvm.ptr<3> -> i64
      %v736 = arith.cmpi slt, %v510, %size_L : i64
      %v737 = arith.subi %size_L, %v1 : i64
      %v738 = arith.minsi %v510, %v737 : i64
      %v739 = arith.addi %v735, %v738 : i64
      %v740 = arith.muli %v733, %v72 : i64
      %v741 = arith.addi %v740, %v510 : i64
      %v742 = llvm.getelementptr %in_phi1[%v739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v743 = llvm.load %v742 : !llvm.ptr -> f32
      %v744 = arith.addi %v509, %v295 : i64
      %v745 = arith.constant true
      %v746 = arith.addi %v17, %v744 : i64
      %v747 = llvm.getelementptr %v7[%v746] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v748 = llvm.load %v747 : !llvm.ptr<3> -> i64
      %v749 = arith.cmpi slt, %v510, %size_L : i64
      %v750 = arith.subi %size_L, %v1 : i64
      %v751 = arith.minsi %v510, %v750 : i64
      %v752 = arith.addi %v748, %v751 : i64
      %v753 = arith.muli %v746, %v72 : i64
      %v754 = arith.addi %v753, %v510 : i64
      %v755 = llvm.getelementptr %in_phi1[%v752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v756 = llvm.load %v755 : !llvm.ptr -> f32
      %v757 = arith.addi %v509, %v308 : i64
      %v758 = arith.constant true
      %v759 = arith.addi %v17, %v757 : i64
      %v760 = llvm.getelementptr %v7[%v759] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v761 = llvm.load %v760 : !llvm.ptr<3> -> i64
      %v762 = arith.cmpi slt, %v510, %size_L : i64
      %v763 = arith.subi %size_L, %v1 : i64
      %v764 = arith.minsi %v510, %v763 : i64
      %v765 = arith.addi %v761, %v764 : i64
      %v766 = arith.muli %v759, %v72 : i64
      %v767 = arith.addi %v766, %v510 : i64
      %v768 = llvm.getelementptr %in_phi1[%v765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v769 = llvm.load %v768 : !llvm.ptr -> f32
      %v770 = arith.addi %v509, %v321 : i64
      %v771 = arith.constant true
      %v772 = arith.addi %v17, %v770 : i64
      %v773 = llvm.getelementptr %v7[%v772] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v774 = llvm.load %v773 : !llvm.ptr<3> -> i64
      %v775 = arith.cmpi slt, %v510, %size_L : i64
      %v776 = arith.subi %size_L, %v1 : i64
      %v777 = arith.minsi %v510, %v776 : i64
      %v778 = arith.addi %v774, %v777 : i64
      %v779 = arith.muli %v772, %v72 : i64
      %v780 = arith.addi %v779, %v510 : i64
      %v781 = llvm.getelementptr %in_phi1[%v778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v782 = llvm.load %v781 : !llvm.ptr -> f32
      %v783 = arith.addi %v509, %v334 : i64
      %v784 = arith.constant true
      %v785 = arith.addi %v17, %v783 : i64
      %v786 = llvm.getelementptr %v7[%v785] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v787 = llvm.load %v786 : !llvm.ptr<3> -> i64
      %v788 = arith.cmpi slt, %v510, %size_L : i64
      %v789 = arith.subi %size_L, %v1 : i64
      %v790 = arith.minsi %v510, %v789 : i64
      %v791 = arith.addi %v787, %v790 : i64
      %v792 = arith.muli %v785, %v72 : i64
      %v793 = arith.addi %v792, %v510 : i64
      %v794 = llvm.getelementptr %in_phi1[%v791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v795 = llvm.load %v794 : !llvm.ptr -> f32
      %v796 = arith.addi %v509, %v347 : i64
      %v797 = arith.constant true
      %v798 = arith.addi %v17, %v796 : i64
      %v799 = llvm.getelementptr %v7[%v798] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v800 = llvm.load %v799 : !llvm.ptr<3> -> i64
      %v801 = arith.cmpi slt, %v510, %size_L : i64
      %v802 = arith.subi %size_L, %v1 : i64
      %v803 = arith.minsi %v510, %v802 : i64
      %v804 = arith.addi %v800, %v803 : i64
      %v805 = arith.muli %v798, %v72 : i64
      %v806 = arith.addi %v805, %v510 : i64
      %v807 = llvm.getelementptr %in_phi1[%v804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v808 = llvm.load %v807 : !llvm.ptr -> f32
      %v809 = arith.addi %v509, %v360 : i64
      %v810 = arith.constant true
      %v811 = arith.addi %v17, %v809 : i64
      %v812 = llvm.getelementptr %v7[%v811] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v813 = llvm.load %v812 : !llvm.ptr<3> -> i64
      %v814 = arith.cmpi slt, %v510, %size_L : i64
      %v815 = arith.subi %size_L, %v1 : i64
      %v816 = arith.minsi %v510, %v815 : i64
      %v817 = arith.addi %v813, %v816 : i64
      %v818 = arith.muli %v811, %v72 : i64
      %v819 = arith.addi %v818, %v510 : i64
      %v820 = llvm.getelementptr %in_phi1[%v817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v821 = llvm.load %v820 : !llvm.ptr -> f32
      %v822 = arith.addi %v509, %v373 : i64
      %v823 = arith.constant true
      %v824 = arith.addi %v17, %v822 : i64
      %v825 = llvm.getelementptr %v7[%v824] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v826 = llvm.load %v825 : !llvm.ptr<3> -> i64
      %v827 = arith.cmpi slt, %v510, %size_L : i64
      %v828 = arith.subi %size_L, %v1 : i64
      %v829 = arith.minsi %v510, %v828 : i64
      %v830 = arith.addi %v826, %v829 : i64
      %v831 = arith.muli %v824, %v72 : i64
      %v832 = arith.addi %v831, %v510 : i64
      %v833 = llvm.getelementptr %in_phi1[%v830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v834 = llvm.load %v833 : !llvm.ptr -> f32
      %v835 = arith.addi %v509, %v386 : i64
      %v836 = arith.constant true
      %v837 = arith.addi %v17, %v835 : i64
      %v838 = llvm.getelementptr %v7[%v837] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v839 = llvm.load %v838 : !llvm.ptr<3> -> i64
      %v840 = arith.cmpi slt, %v510, %size_L : i64
      %v841 = arith.subi %size_L, %v1 : i64
      %v842 = arith.minsi %v510, %v841 : i64
      %v843 = arith.addi %v839, %v842 : i64
      %v844 = arith.muli %v837, %v72 : i64
      %v845 = arith.addi %v844, %v510 : i64
      %v846 = llvm.getelementptr %in_phi1[%v843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v847 = llvm.load %v846 : !llvm.ptr -> f32
      %v848 = arith.addi %v509, %v399 : i64
      %v849 = arith.constant true
      %v850 = arith.addi %v17, %v848 : i64
      %v851 = llvm.getelementptr %v7[%v850] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v852 = llvm.load %v851 : !llvm.ptr<3> -> i64
      %v853 = arith.cmpi slt, %v510, %size_L : i64
      %v854 = arith.subi %size_L, %v1 : i64
      %v855 = arith.minsi %v510, %v854 : i64
      %v856 = arith.addi %v852, %v855 : i64
      %v857 = arith.muli %v850, %v72 : i64
      %v858 = arith.addi %v857, %v510 : i64
      %v859 = llvm.getelementptr %in_phi1[%v856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v860 = llvm.load %v859 : !llvm.ptr -> f32
      %v861 = arith.addi %v509, %v412 : i64
      %v862 = arith.constant true
      %v863 = arith.addi %v17, %v861 : i64
      %v864 = llvm.getelementptr %v7[%v863] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v865 = llvm.load %v864 : !llvm.ptr<3> -> i64
      %v866 = arith.cmpi slt, %v510, %size_L : i64
      %v867 = arith.subi %size_L, %v1 : i64
      %v868 = arith.minsi %v510, %v867 : i64
      %v869 = arith.addi %v865, %v868 : i64
      %v870 = arith.muli %v863, %v72 : i64
      %v871 = arith.addi %v870, %v510 : i64
      %v872 = llvm.getelementptr %in_phi1[%v869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v873 = llvm.load %v872 : !llvm.ptr -> f32
      %v874 = arith.addi %v509, %v425 : i64
      %v875 = arith.constant true
      %v876 = arith.addi %v17, %v874 : i64
      %v877 = llvm.getelementptr %v7[%v876] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v878 = llvm.load %v877 : !llvm.ptr<3> -> i64
      %v879 = arith.cmpi slt, %v510, %size_L : i64
      %v880 = arith.subi %size_L, %v1 : i64
      %v881 = arith.minsi %v510, %v880 : i64
      %v882 = arith.addi %v878, %v881 : i64
      %v883 = arith.muli %v876, %v72 : i64
      %v884 = arith.addi %v883, %v510 : i64
      %v885 = llvm.getelementptr %in_phi1[%v882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v886 = llvm.load %v885 : !llvm.ptr -> f32
      %v887 = arith.addi %v509, %v438 : i64
      %v888 = arith.constant true
      %v889 = arith.addi %v17, %v887 : i64
      %v890 = llvm.getelementptr %v7[%v889] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v891 = llvm.load %v890 : !llvm.ptr<3> -> i64
      %v892 = arith.cmpi slt, %v510, %size_L : i64
      %v893 = arith.subi %size_L, %v1 : i64
      %v894 = arith.minsi %v510, %v893 : i64
      %v895 = arith.addi %v891, %v894 : i64
      %v896 = arith.muli %v889, %v72 : i64
      %v897 = arith.addi %v896, %v510 : i64
      %v898 = llvm.getelementptr %in_phi1[%v895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v899 = llvm.load %v898 : !llvm.ptr -> f32
      %v900 = arith.addi %v509, %v451 : i64
      %v901 = arith.constant true
      %v902 = arith.addi %v17, %v900 : i64
      %v903 = llvm.getelementptr %v7[%v902] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v904 = llvm.load %v903 : !llvm.ptr<3> -> i64
      %v905 = arith.cmpi slt, %v510, %size_L : i64
      %v906 = arith.subi %size_L, %v1 : i64
      %v907 = arith.minsi %v510, %v906 : i64
      %v908 = arith.addi %v904, %v907 : i64
      %v909 = arith.muli %v902, %v72 : i64
      %v910 = arith.addi %v909, %v510 : i64
      %v911 = llvm.getelementptr %in_phi1[%v908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v912 = llvm.load %v911 : !llvm.ptr -> f32
      %v913 = arith.addi %v509, %v464 : i64
      %v914 = arith.constant true
      %v915 = arith.addi %v17, %v913 : i64
      %v916 = llvm.getelementptr %v7[%v915] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v917 = llvm.load %v916 : !llvm.ptr<3> -> i64
      %v918 = arith.cmpi slt, %v510, %size_L : i64
      %v919 = arith.subi %size_L, %v1 : i64
      %v920 = arith.minsi %v510, %v919 : i64
      %v921 = arith.addi %v917, %v920 : i64
      %v922 = arith.muli %v915, %v72 : i64
      %v923 = arith.addi %v922, %v510 : i64
      %v924 = llvm.getelementptr %in_phi1[%v921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v925 = llvm.load %v924 : !llvm.ptr -> f32
      scf.if %v511 {
        %v926 = llvm.getelementptr %v8[%v520] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v522, %v926 : f32, !llvm.ptr<3>
      }
      scf.if %v524 {
        %v927 = llvm.getelementptr %v8[%v533] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v535, %v927 : f32, !llvm.ptr<3>
      }
      scf.if %v537 {
        %v928 = llvm.getelementptr %v8[%v546] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v548, %v928 : f32, !llvm.ptr<3>
      }
      scf.if %v550 {
        %v929 = llvm.getelementptr %v8[%v559] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v561, %v929 : f32, !llvm.ptr<3>
      }
      scf.if %v563 {
        %v930 = llvm.getelementptr %v8[%v572] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v574, %v930 : f32, !llvm.ptr<3>
      }
      scf.if %v576 {
        %v931 = llvm.getelementptr %v8[%v585] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v587, %v931 : f32, !llvm.ptr<3>
      }
      scf.if %v589 {
        %v932 = llvm.getelementptr %v8[%v598] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v600, %v932 : f32, !llvm.ptr<3>
      }
      scf.if %v602 {
        %v933 = llvm.getelementptr %v8[%v611] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v613, %v933 : f32, !llvm.ptr<3>
      }
      scf.if %v615 {
        %v934 = llvm.getelementptr %v8[%v624] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v626, %v934 : f32, !llvm.ptr<3>
      }
      scf.if %v628 {
        %v935 = llvm.getelementptr %v8[%v637] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v639, %v935 : f32, !llvm.ptr<3>
      }
      scf.if %v641 {
        %v936 = llvm.getelementptr %v8[%v650] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v652, %v936 : f32, !llvm.ptr<3>
      }
      scf.if %v654 {
        %v937 = llvm.getelementptr %v8[%v663] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v665, %v937 : f32, !llvm.ptr<3>
      }
      scf.if %v667 {
        %v938 = llvm.getelementptr %v8[%v676] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v678, %v938 : f32, !llvm.ptr<3>
      }
      scf.if %v680 {
        %v939 = llvm.getelementptr %v8[%v689] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v691, %v939 : f32, !llvm.ptr<3>
      }
      scf.if %v693 {
        %v940 = llvm.getelementptr %v8[%v702] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v704, %v940 : f32, !llvm.ptr<3>
      }
      scf.if %v706 {
        %v941 = llvm.getelementptr %v8[%v715] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v717, %v941 : f32, !llvm.ptr<3>
      }
      scf.if %v719 {
        %v942 = llvm.getelementptr %v8[%v728] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v730, %v942 : f32, !llvm.ptr<3>
      }
      scf.if %v732 {
        %v943 = llvm.getelementptr %v8[%v741] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v743, %v943 : f32, !llvm.ptr<3>
      }
      scf.if %v745 {
        %v944 = llvm.getelementptr %v8[%v754] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v756, %v944 : f32, !llvm.ptr<3>
      }
      scf.if %v758 {
        %v945 = llvm.getelementptr %v8[%v767] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v769, %v945 : f32, !llvm.ptr<3>
      }
      scf.if %v771 {
        %v946 = llvm.getelementptr %v8[%v780] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v782, %v946 : f32, !llvm.ptr<3>
      }
      scf.if %v784 {
        %v947 = llvm.getelementptr %v8[%v793] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v795, %v947 : f32, !llvm.ptr<3>
      }
      scf.if %v797 {
        %v948 = llvm.getelementptr %v8[%v806] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v808, %v948 : f32, !llvm.ptr<3>
      }
      scf.if %v810 {
        %v949 = llvm.getelementptr %v8[%v819] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v821, %v949 : f32, !llvm.ptr<3>
      }
      scf.if %v823 {
        %v950 = llvm.getelementptr %v8[%v832] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v834, %v950 : f32, !llvm.ptr<3>
      }
      scf.if %v836 {
        %v951 = llvm.getelementptr %v8[%v845] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v847, %v951 : f32, !llvm.ptr<3>
      }
      scf.if %v849 {
        %v952 = llvm.getelementptr %v8[%v858] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v860, %v952 : f32, !llvm.ptr<3>
      }
      scf.if %v862 {
        %v953 = llvm.getelementptr %v8[%v871] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v873, %v953 : f32, !llvm.ptr<3>
      }
      scf.if %v875 {
        %v954 = llvm.getelementptr %v8[%v884] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v886, %v954 : f32, !llvm.ptr<3>
      }
      scf.if %v888 {
        %v955 = llvm.getelementptr %v8[%v897] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v899, %v955 : f32, !llvm.ptr<3>
      }
      scf.if %v901 {
        %v956 = llvm.getelementptr %v8[%v910] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v912, %v956 : f32, !llvm.ptr<3>
      }
      scf.if %v914 {
        %v957 = llvm.getelementptr %v8[%v923] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v925, %v957 : f32, !llvm.ptr<3>
      }
      // end staged load of `phi1`
      // staged load of `phi2`'s first tile: read, then shared memory
      %v958 = arith.divui %v15, %v62 : i64
      %v959 = arith.remui %v15, %v62 : i64
      %v960 = arith.constant true
      %v961 = arith.addi %v42, %v958 : i64
      %v962 = llvm.getelementptr %v7[%v961] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v963 = llvm.load %v962 : !llvm.ptr<3> -> i64
      %v964 = arith.cmpi slt, %v959, %size_L : i64
      %v965 = arith.subi %size_L, %v1 : i64
      %v966 = arith.minsi %v959, %v965 : i64
      %v967 = arith.addi %v963, %v966 : i64
      %v968 = arith.muli %v961, %v72 : i64
      %v969 = arith.addi %v968, %v959 : i64
      %v970 = llvm.getelementptr %in_phi2[%v967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v971 = llvm.load %v970 : !llvm.ptr -> f32
      %v972 = arith.addi %v958, %v41 : i64
      %v973 = arith.constant true
      %v974 = arith.addi %v42, %v972 : i64
      %v975 = llvm.getelementptr %v7[%v974] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v976 = llvm.load %v975 : !llvm.ptr<3> -> i64
      %v977 = arith.cmpi slt, %v959, %size_L : i64
      %v978 = arith.subi %size_L, %v1 : i64
      %v979 = arith.minsi %v959, %v978 : i64
      %v980 = arith.addi %v976, %v979 : i64
      %v981 = arith.muli %v974, %v72 : i64
      %v982 = arith.addi %v981, %v959 : i64
      %v983 = llvm.getelementptr %in_phi2[%v980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v984 = llvm.load %v983 : !llvm.ptr -> f32
      %v985 = arith.addi %v958, %v58 : i64
      %v986 = arith.constant true
      %v987 = arith.addi %v42, %v985 : i64
      %v988 = llvm.getelementptr %v7[%v987] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v989 = llvm.load %v988 : !llvm.ptr<3> -> i64
      %v990 = arith.cmpi slt, %v959, %size_L : i64
      %v991 = arith.subi %size_L, %v1 : i64
      %v992 = arith.minsi %v959, %v991 : i64
      %v993 = arith.addi %v989, %v992 : i64
      %v994 = arith.muli %v987, %v72 : i64
      %v995 = arith.addi %v994, %v959 : i64
      %v996 = llvm.getelementptr %in_phi2[%v993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v997 = llvm.load %v996 : !llvm.ptr -> f32
      %v998 = arith.addi %v958, %v101 : i64
      %v999 = arith.constant true
      %v1000 = arith.addi %v42, %v998 : i64
      %v1001 = llvm.getelementptr %v7[%v1000] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1002 = llvm.load %v1001 : !llvm.ptr<3> -> i64
      %v1003 = arith.cmpi slt, %v959, %size_L : i64
      %v1004 = arith.subi %size_L, %v1 : i64
      %v1005 = arith.minsi %v959, %v1004 : i64
      %v1006 = arith.addi %v1002, %v1005 : i64
      %v1007 = arith.muli %v1000, %v72 : i64
      %v1008 = arith.addi %v1007, %v959 : i64
      %v1009 = llvm.getelementptr %in_phi2[%v1006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1010 = llvm.load %v1009 : !llvm.ptr -> f32
      %v1011 = arith.addi %v958, %v114 : i64
      %v1012 = arith.constant true
      %v1013 = arith.addi %v42, %v1011 : i64
      %v1014 = llvm.getelementptr %v7[%v1013] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1015 = llvm.load %v1014 : !llvm.ptr<3> -> i64
      %v1016 = arith.cmpi slt, %v959, %size_L : i64
      %v1017 = arith.subi %size_L, %v1 : i64
      %v1018 = arith.minsi %v959, %v1017 : i64
      %v1019 = arith.addi %v1015, %v1018 : i64
      %v1020 = arith.muli %v1013, %v72 : i64
      %v1021 = arith.addi %v1020, %v959 : i64
      %v1022 = llvm.getelementptr %in_phi2[%v1019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1023 = llvm.load %v1022 : !llvm.ptr -> f32
      %v1024 = arith.addi %v958, %v127 : i64
      %v1025 = arith.constant true
      %v1026 = arith.addi %v42, %v1024 : i64
      %v1027 = llvm.getelementptr %v7[%v1026] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1028 = llvm.load %v1027 : !llvm.ptr<3> -> i64
      %v1029 = arith.cmpi slt, %v959, %size_L : i64
      %v1030 = arith.subi %size_L, %v1 : i64
      %v1031 = arith.minsi %v959, %v1030 : i64
      %v1032 = arith.addi %v1028, %v1031 : i64
      %v1033 = arith.muli %v1026, %v72 : i64
      %v1034 = arith.addi %v1033, %v959 : i64
      %v1035 = llvm.getelementptr %in_phi2[%v1032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1036 = llvm.load %v1035 : !llvm.ptr -> f32
      %v1037 = arith.addi %v958, %v140 : i64
      %v1038 = arith.constant true
      %v1039 = arith.addi %v42, %v1037 : i64
      %v1040 = llvm.getelementptr %v7[%v1039] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1041 = llvm.load %v1040 : !llvm.ptr<3> -> i64
      %v1042 = arith.cmpi slt, %v959, %size_L : i64
      %v1043 = arith.subi %size_L, %v1 : i64
      %v1044 = arith.minsi %v959, %v1043 : i64
      %v1045 = arith.addi %v1041, %v1044 : i64
      %v1046 = arith.muli %v1039, %v72 : i64
      %v1047 = arith.addi %v1046, %v959 : i64
      %v1048 = llvm.getelementptr %in_phi2[%v1045] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1049 = llvm.load %v1048 : !llvm.ptr -> f32
      %v1050 = arith.addi %v958, %v153 : i64
      %v1051 = arith.constant true
      %v1052 = arith.addi %v42, %v1050 : i64
      %v1053 = llvm.getelementptr %v7[%v1052] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1054 = llvm.load %v1053 : !llvm.ptr<3> -> i64
      %v1055 = arith.cmpi slt, %v959, %size_L : i64
      %v1056 = arith.subi %size_L, %v1 : i64
      %v1057 = arith.minsi %v959, %v1056 : i64
      %v1058 = arith.addi %v1054, %v1057 : i64
      %v1059 = arith.muli %v1052, %v72 : i64
      %v1060 = arith.addi %v1059, %v959 : i64
      %v1061 = llvm.getelementptr %in_phi2[%v1058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1062 = llvm.load %v1061 : !llvm.ptr -> f32
      %v1063 = arith.addi %v958, %v166 : i64
      %v1064 = arith.constant true
      %v1065 = arith.addi %v42, %v1063 : i64
      %v1066 = llvm.getelementptr %v7[%v1065] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1067 = llvm.load %v1066 : !llvm.ptr<3> -> i64
      %v1068 = arith.cmpi slt, %v959, %size_L : i64
      %v1069 = arith.subi %size_L, %v1 : i64
      %v1070 = arith.minsi %v959, %v1069 : i64
      %v1071 = arith.addi %v1067, %v1070 : i64
      %v1072 = arith.muli %v1065, %v72 : i64
      %v1073 = arith.addi %v1072, %v959 : i64
      %v1074 = llvm.getelementptr %in_phi2[%v1071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1075 = llvm.load %v1074 : !llvm.ptr -> f32
      %v1076 = arith.addi %v958, %v179 : i64
      %v1077 = arith.constant true
      %v1078 = arith.addi %v42, %v1076 : i64
      %v1079 = llvm.getelementptr %v7[%v1078] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1080 = llvm.load %v1079 : !llvm.ptr<3> -> i64
      %v1081 = arith.cmpi slt, %v959, %size_L : i64
      %v1082 = arith.subi %size_L, %v1 : i64
      %v1083 = arith.minsi %v959, %v1082 : i64
      %v1084 = arith.addi %v1080, %v1083 : i64
      %v1085 = arith.muli %v1078, %v72 : i64
      %v1086 = arith.addi %v1085, %v959 : i64
      %v1087 = llvm.getelementptr %in_phi2[%v1084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1088 = llvm.load %v1087 : !llvm.ptr -> f32
      %v1089 = arith.addi %v958, %v192 : i64
      %v1090 = arith.constant true
      %v1091 = arith.addi %v42, %v1089 : i64
      %v1092 = llvm.getelementptr %v7[%v1091] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1093 = llvm.load %v1092 : !llvm.ptr<3> -> i64
      %v1094 = arith.cmpi slt, %v959, %size_L : i64
      %v1095 = arith.subi %size_L, %v1 : i64
      %v1096 = arith.minsi %v959, %v1095 : i64
      %v1097 = arith.addi %v1093, %v1096 : i64
      %v1098 = arith.muli %v1091, %v72 : i64
      %v1099 = arith.addi %v1098, %v959 : i64
      %v1100 = llvm.getelementptr %in_phi2[%v1097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1101 = llvm.load %v1100 : !llvm.ptr -> f32
      %v1102 = arith.addi %v958, %v205 : i64
      %v1103 = arith.constant true
      %v1104 = arith.addi %v42, %v1102 : i64
      %v1105 = llvm.getelementptr %v7[%v1104] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1106 = llvm.load %v1105 : !llvm.ptr<3> -> i64
      %v1107 = arith.cmpi slt, %v959, %size_L : i64
      %v1108 = arith.subi %size_L, %v1 : i64
      %v1109 = arith.minsi %v959, %v1108 : i64
      %v1110 = arith.addi %v1106, %v1109 : i64
      %v1111 = arith.muli %v1104, %v72 : i64
      %v1112 = arith.addi %v1111, %v959 : i64
      %v1113 = llvm.getelementptr %in_phi2[%v1110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1114 = llvm.load %v1113 : !llvm.ptr -> f32
      %v1115 = arith.addi %v958, %v218 : i64
      %v1116 = arith.constant true
      %v1117 = arith.addi %v42, %v1115 : i64
      %v1118 = llvm.getelementptr %v7[%v1117] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1119 = llvm.load %v1118 : !llvm.ptr<3> -> i64
      %v1120 = arith.cmpi slt, %v959, %size_L : i64
      %v1121 = arith.subi %size_L, %v1 : i64
      %v1122 = arith.minsi %v959, %v1121 : i64
      %v1123 = arith.addi %v1119, %v1122 : i64
      %v1124 = arith.muli %v1117, %v72 : i64
      %v1125 = arith.addi %v1124, %v959 : i64
      %v1126 = llvm.getelementptr %in_phi2[%v1123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1127 = llvm.load %v1126 : !llvm.ptr -> f32
      %v1128 = arith.addi %v958, %v231 : i64
      %v1129 = arith.constant true
      %v1130 = arith.addi %v42, %v1128 : i64
      %v1131 = llvm.getelementptr %v7[%v1130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1132 = llvm.load %v1131 : !llvm.ptr<3> -> i64
      %v1133 = arith.cmpi slt, %v959, %size_L : i64
      %v1134 = arith.subi %size_L, %v1 : i64
      %v1135 = arith.minsi %v959, %v1134 : i64
      %v1136 = arith.addi %v1132, %v1135 : i64
      %v1137 = arith.muli %v1130, %v72 : i64
      %v1138 = arith.addi %v1137, %v959 : i64
      %v1139 = llvm.getelementptr %in_phi2[%v1136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1140 = llvm.load %v1139 : !llvm.ptr -> f32
      %v1141 = arith.addi %v958, %v244 : i64
      %v1142 = arith.constant true
      %v1143 = arith.addi %v42, %v1141 : i64
      %v1144 = llvm.getelementptr %v7[%v1143] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1145 = llvm.load %v1144 : !llvm.ptr<3> -> i64
      %v1146 = arith.cmpi slt, %v959, %size_L : i64
      %v1147 = arith.subi %size_L, %v1 : i64
      %v1148 = arith.minsi %v959, %v1147 : i64
      %v1149 = arith.addi %v1145, %v1148 : i64
      %v1150 = arith.muli %v1143, %v72 : i64
      %v1151 = arith.addi %v1150, %v959 : i64
      %v1152 = llvm.getelementptr %in_phi2[%v1149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1153 = llvm.load %v1152 : !llvm.ptr -> f32
      %v1154 = arith.addi %v958, %v257 : i64
      %v1155 = arith.constant true
      %v1156 = arith.addi %v42, %v1154 : i64
      %v1157 = llvm.getelementptr %v7[%v1156] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1158 = llvm.load %v1157 : !llvm.ptr<3> -> i64
      %v1159 = arith.cmpi slt, %v959, %size_L : i64
      %v1160 = arith.subi %size_L, %v1 : i64
      %v1161 = arith.minsi %v959, %v1160 : i64
      %v1162 = arith.addi %v1158, %v1161 : i64
      %v1163 = arith.muli %v1156, %v72 : i64
      %v1164 = arith.addi %v1163, %v959 : i64
      %v1165 = llvm.getelementptr %in_phi2[%v1162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1166 = llvm.load %v1165 : !llvm.ptr -> f32
      %v1167 = arith.addi %v958, %v62 : i64
      %v1168 = arith.constant true
      %v1169 = arith.addi %v42, %v1167 : i64
      %v1170 = llvm.getelementptr %v7[%v1169] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1171 = llvm.load %v1170 : !llvm.ptr<3> -> i64
      %v1172 = arith.cmpi slt, %v959, %size_L : i64
      %v1173 = arith.subi %size_L, %v1 : i64
      %v1174 = arith.minsi %v959, %v1173 : i64
      %v1175 = arith.addi %v1171, %v1174 : i64
      %v1176 = arith.muli %v1169, %v72 : i64
      %v1177 = arith.addi %v1176, %v959 : i64
      %v1178 = llvm.getelementptr %in_phi2[%v1175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1179 = llvm.load %v1178 : !llvm.ptr -> f32
      %v1180 = arith.addi %v958, %v282 : i64
      %v1181 = arith.constant true
      %v1182 = arith.addi %v42, %v1180 : i64
      %v1183 = llvm.getelementptr %v7[%v1182] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1184 = llvm.load %v1183 : !llvm.ptr<3> -> i64
      %v1185 = arith.cmpi slt, %v959, %size_L : i64
      %v1186 = arith.subi %size_L, %v1 : i64
      %v1187 = arith.minsi %v959, %v1186 : i64
      %v1188 = arith.addi %v1184, %v1187 : i64
      %v1189 = arith.muli %v1182, %v72 : i64
      %v1190 = arith.addi %v1189, %v959 : i64
      %v1191 = llvm.getelementptr %in_phi2[%v1188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1192 = llvm.load %v1191 : !llvm.ptr -> f32
      %v1193 = arith.addi %v958, %v295 : i64
      %v1194 = arith.constant true
      %v1195 = arith.addi %v42, %v1193 : i64
      %v1196 = llvm.getelementptr %v7[%v1195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1197 = llvm.load %v1196 : !llvm.ptr<3> -> i64
      %v1198 = arith.cmpi slt, %v959, %size_L : i64
      %v1199 = arith.subi %size_L, %v1 : i64
      %v1200 = arith.minsi %v959, %v1199 : i64
      %v1201 = arith.addi %v1197, %v1200 : i64
      %v1202 = arith.muli %v1195, %v72 : i64
      %v1203 = arith.addi %v1202, %v959 : i64
      %v1204 = llvm.getelementptr %in_phi2[%v1201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1205 = llvm.load %v1204 : !llvm.ptr -> f32
      %v1206 = arith.addi %v958, %v308 : i64
      %v1207 = arith.constant true
      %v1208 = arith.addi %v42, %v1206 : i64
      %v1209 = llvm.getelementptr %v7[%v1208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1210 = llvm.load %v1209 : !llvm.ptr<3> -> i64
      %v1211 = arith.cmpi slt, %v959, %size_L : i64
      %v1212 = arith.subi %size_L, %v1 : i64
      %v1213 = arith.minsi %v959, %v1212 : i64
      %v1214 = arith.addi %v1210, %v1213 : i64
      %v1215 = arith.muli %v1208, %v72 : i64
      %v1216 = arith.addi %v1215, %v959 : i64
      %v1217 = llvm.getelementptr %in_phi2[%v1214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1218 = llvm.load %v1217 : !llvm.ptr -> f32
      %v1219 = arith.addi %v958, %v321 : i64
      %v1220 = arith.constant true
      %v1221 = arith.addi %v42, %v1219 : i64
      %v1222 = llvm.getelementptr %v7[%v1221] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1223 = llvm.load %v1222 : !llvm.ptr<3> -> i64
      %v1224 = arith.cmpi slt, %v959, %size_L : i64
      %v1225 = arith.subi %size_L, %v1 : i64
      %v1226 = arith.minsi %v959, %v1225 : i64
      %v1227 = arith.addi %v1223, %v1226 : i64
      %v1228 = arith.muli %v1221, %v72 : i64
      %v1229 = arith.addi %v1228, %v959 : i64
      %v1230 = llvm.getelementptr %in_phi2[%v1227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1231 = llvm.load %v1230 : !llvm.ptr -> f32
      %v1232 = arith.addi %v958, %v334 : i64
      %v1233 = arith.constant true
      %v1234 = arith.addi %v42, %v1232 : i64
      %v1235 = llvm.getelementptr %v7[%v1234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1236 = llvm.load %v1235 : !llvm.ptr<3> -> i64
      %v1237 = arith.cmpi slt, %v959, %size_L : i64
      %v1238 = arith.subi %size_L, %v1 : i64
      %v1239 = arith.minsi %v959, %v1238 : i64
      %v1240 = arith.addi %v1236, %v1239 : i64
      %v1241 = arith.muli %v1234, %v72 : i64
      %v1242 = arith.addi %v1241, %v959 : i64
      %v1243 = llvm.getelementptr %in_phi2[%v1240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1244 = llvm.load %v1243 : !llvm.ptr -> f32
      %v1245 = arith.addi %v958, %v347 : i64
      %v1246 = arith.constant true
      %v1247 = arith.addi %v42, %v1245 : i64
      %v1248 = llvm.getelementptr %v7[%v1247] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1249 = llvm.load %v1248 : !llvm.ptr<3> -> i64
      %v1250 = arith.cmpi slt, %v959, %size_L : i64
      %v1251 = arith.subi %size_L, %v1 : i64
      %v1252 = arith.minsi %v959, %v1251 : i64
      %v1253 = arith.addi %v1249, %v1252 : i64
      %v1254 = arith.muli %v1247, %v72 : i64
      %v1255 = arith.addi %v1254, %v959 : i64
      %v1256 = llvm.getelementptr %in_phi2[%v1253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1257 = llvm.load %v1256 : !llvm.ptr -> f32
      %v1258 = arith.addi %v958, %v360 : i64
      %v1259 = arith.constant true
      %v1260 = arith.addi %v42, %v1258 : i64
      %v1261 = llvm.getelementptr %v7[%v1260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1262 = llvm.load %v1261 : !llvm.ptr<3> -> i64
      %v1263 = arith.cmpi slt, %v959, %size_L : i64
      %v1264 = arith.subi %size_L, %v1 : i64
      %v1265 = arith.minsi %v959, %v1264 : i64
      %v1266 = arith.addi %v1262, %v1265 : i64
      %v1267 = arith.muli %v1260, %v72 : i64
      %v1268 = arith.addi %v1267, %v959 : i64
      %v1269 = llvm.getelementptr %in_phi2[%v1266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1270 = llvm.load %v1269 : !llvm.ptr -> f32
      %v1271 = arith.addi %v958, %v373 : i64
      %v1272 = arith.constant true
      %v1273 = arith.addi %v42, %v1271 : i64
      %v1274 = llvm.getelementptr %v7[%v1273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1275 = llvm.load %v1274 : !llvm.ptr<3> -> i64
      %v1276 = arith.cmpi slt, %v959, %size_L : i64
      %v1277 = arith.subi %size_L, %v1 : i64
      %v1278 = arith.minsi %v959, %v1277 : i64
      %v1279 = arith.addi %v1275, %v1278 : i64
      %v1280 = arith.muli %v1273, %v72 : i64
      %v1281 = arith.addi %v1280, %v959 : i64
      %v1282 = llvm.getelementptr %in_phi2[%v1279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1283 = llvm.load %v1282 : !llvm.ptr -> f32
      %v1284 = arith.addi %v958, %v386 : i64
      %v1285 = arith.constant true
      %v1286 = arith.addi %v42, %v1284 : i64
      %v1287 = llvm.getelementptr %v7[%v1286] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1288 = llvm.load %v1287 : !llvm.ptr<3> -> i64
      %v1289 = arith.cmpi slt, %v959, %size_L : i64
      %v1290 = arith.subi %size_L, %v1 : i64
      %v1291 = arith.minsi %v959, %v1290 : i64
      %v1292 = arith.addi %v1288, %v1291 : i64
      %v1293 = arith.muli %v1286, %v72 : i64
      %v1294 = arith.addi %v1293, %v959 : i64
      %v1295 = llvm.getelementptr %in_phi2[%v1292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1296 = llvm.load %v1295 : !llvm.ptr -> f32
      %v1297 = arith.addi %v958, %v399 : i64
      %v1298 = arith.constant true
      %v1299 = arith.addi %v42, %v1297 : i64
      %v1300 = llvm.getelementptr %v7[%v1299] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1301 = llvm.load %v1300 : !llvm.ptr<3> -> i64
      %v1302 = arith.cmpi slt, %v959, %size_L : i64
      %v1303 = arith.subi %size_L, %v1 : i64
      %v1304 = arith.minsi %v959, %v1303 : i64
      %v1305 = arith.addi %v1301, %v1304 : i64
      %v1306 = arith.muli %v1299, %v72 : i64
      %v1307 = arith.addi %v1306, %v959 : i64
      %v1308 = llvm.getelementptr %in_phi2[%v1305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1309 = llvm.load %v1308 : !llvm.ptr -> f32
      %v1310 = arith.addi %v958, %v412 : i64
      %v1311 = arith.constant true
      %v1312 = arith.addi %v42, %v1310 : i64
      %v1313 = llvm.getelementptr %v7[%v1312] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1314 = llvm.load %v1313 : !llvm.ptr<3> -> i64
      %v1315 = arith.cmpi slt, %v959, %size_L : i64
      %v1316 = arith.subi %size_L, %v1 : i64
      %v1317 = arith.minsi %v959, %v1316 : i64
      %v1318 = arith.addi %v1314, %v1317 : i64
      %v1319 = arith.muli %v1312, %v72 : i64
      %v1320 = arith.addi %v1319, %v959 : i64
      %v1321 = llvm.getelementptr %in_phi2[%v1318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1322 = llvm.load %v1321 : !llvm.ptr -> f32
      %v1323 = arith.addi %v958, %v425 : i64
      %v1324 = arith.constant true
      %v1325 = arith.addi %v42, %v1323 : i64
      %v1326 = llvm.getelementptr %v7[%v1325] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1327 = llvm.load %v1326 : !llvm.ptr<3> -> i64
      %v1328 = arith.cmpi slt, %v959, %size_L : i64
      %v1329 = arith.subi %size_L, %v1 : i64
      %v1330 = arith.minsi %v959, %v1329 : i64
      %v1331 = arith.addi %v1327, %v1330 : i64
      %v1332 = arith.muli %v1325, %v72 : i64
      %v1333 = arith.addi %v1332, %v959 : i64
      %v1334 = llvm.getelementptr %in_phi2[%v1331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1335 = llvm.load %v1334 : !llvm.ptr -> f32
      %v1336 = arith.addi %v958, %v438 : i64
      %v1337 = arith.constant true
      %v1338 = arith.addi %v42, %v1336 : i64
      %v1339 = llvm.getelementptr %v7[%v1338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1340 = llvm.load %v1339 : !llvm.ptr<3> -> i64
      %v1341 = arith.cmpi slt, %v959, %size_L : i64
      %v1342 = arith.subi %size_L, %v1 : i64
      %v1343 = arith.minsi %v959, %v1342 : i64
      %v1344 = arith.addi %v1340, %v1343 : i64
      %v1345 = arith.muli %v1338, %v72 : i64
      %v1346 = arith.addi %v1345, %v959 : i64
      %v1347 = llvm.getelementptr %in_phi2[%v1344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1348 = llvm.load %v1347 : !llvm.ptr -> f32
      %v1349 = arith.addi %v958, %v451 : i64
      %v1350 = arith.constant true
      %v1351 = arith.addi %v42, %v1349 : i64
      %v1352 = llvm.getelementptr %v7[%v1351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1353 = llvm.load %v1352 : !llvm.ptr<3> -> i64
      %v1354 = arith.cmpi slt, %v959, %size_L : i64
      %v1355 = arith.subi %size_L, %v1 : i64
      %v1356 = arith.minsi %v959, %v1355 : i64
      %v1357 = arith.addi %v1353, %v1356 : i64
      %v1358 = arith.muli %v1351, %v72 : i64
      %v1359 = arith.addi %v1358, %v959 : i64
      %v1360 = llvm.getelementptr %in_phi2[%v1357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1361 = llvm.load %v1360 : !llvm.ptr -> f32
      %v1362 = arith.addi %v958, %v464 : i64
      %v1363 = arith.constant true
      %v1364 = arith.addi %v42, %v1362 : i64
      %v1365 = llvm.getelementptr %v7[%v1364] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1366 = llvm.load %v1365 : !llvm.ptr<3> -> i64
      %v1367 = arith.cmpi slt, %v959, %size_L : i64
      %v1368 = arith.subi %size_L, %v1 : i64
      %v1369 = arith.minsi %v959, %v1368 : i64
      %v1370 = arith.addi %v1366, %v1369 : i64
      %v1371 = arith.muli %v1364, %v72 : i64
      %v1372 = arith.addi %v1371, %v959 : i64
      %v1373 = llvm.getelementptr %in_phi2[%v1370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1374 = llvm.load %v1373 : !llvm.ptr -> f32
      scf.if %v960 {
        %v1375 = llvm.getelementptr %v8[%v969] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v971, %v1375 : f32, !llvm.ptr<3>
      }
      scf.if %v973 {
        %v1376 = llvm.getelementptr %v8[%v982] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v984, %v1376 : f32, !llvm.ptr<3>
      }
      scf.if %v986 {
        %v1377 = llvm.getelementptr %v8[%v995] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v997, %v1377 : f32, !llvm.ptr<3>
      }
      scf.if %v999 {
        %v1378 = llvm.getelementptr %v8[%v1008] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1010, %v1378 : f32, !llvm.ptr<3>
      }
      scf.if %v1012 {
        %v1379 = llvm.getelementptr %v8[%v1021] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1023, %v1379 : f32, !llvm.ptr<3>
      }
      scf.if %v1025 {
        %v1380 = llvm.getelementptr %v8[%v1034] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1036, %v1380 : f32, !llvm.ptr<3>
      }
      scf.if %v1038 {
        %v1381 = llvm.getelementptr %v8[%v1047] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1049, %v1381 : f32, !llvm.ptr<3>
      }
      scf.if %v1051 {
        %v1382 = llvm.getelementptr %v8[%v1060] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1062, %v1382 : f32, !llvm.ptr<3>
      }
      scf.if %v1064 {
        %v1383 = llvm.getelementptr %v8[%v1073] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1075, %v1383 : f32, !llvm.ptr<3>
      }
      scf.if %v1077 {
        %v1384 = llvm.getelementptr %v8[%v1086] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1088, %v1384 : f32, !llvm.ptr<3>
      }
      scf.if %v1090 {
        %v1385 = llvm.getelementptr %v8[%v1099] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1101, %v1385 : f32, !llvm.ptr<3>
      }
      scf.if %v1103 {
        %v1386 = llvm.getelementptr %v8[%v1112] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1114, %v1386 : f32, !llvm.ptr<3>
      }
      scf.if %v1116 {
        %v1387 = llvm.getelementptr %v8[%v1125] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1127, %v1387 : f32, !llvm.ptr<3>
      }
      scf.if %v1129 {
        %v1388 = llvm.getelementptr %v8[%v1138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1140, %v1388 : f32, !llvm.ptr<3>
      }
      scf.if %v1142 {
        %v1389 = llvm.getelementptr %v8[%v1151] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1153, %v1389 : f32, !llvm.ptr<3>
      }
      scf.if %v1155 {
        %v1390 = llvm.getelementptr %v8[%v1164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1166, %v1390 : f32, !llvm.ptr<3>
      }
      scf.if %v1168 {
        %v1391 = llvm.getelementptr %v8[%v1177] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1179, %v1391 : f32, !llvm.ptr<3>
      }
      scf.if %v1181 {
        %v1392 = llvm.getelementptr %v8[%v1190] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1192, %v1392 : f32, !llvm.ptr<3>
      }
      scf.if %v1194 {
        %v1393 = llvm.getelementptr %v8[%v1203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1205, %v1393 : f32, !llvm.ptr<3>
      }
      scf.if %v1207 {
        %v1394 = llvm.getelementptr %v8[%v1216] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1218, %v1394 : f32, !llvm.ptr<3>
      }
      scf.if %v1220 {
        %v1395 = llvm.getelementptr %v8[%v1229] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1231, %v1395 : f32, !llvm.ptr<3>
      }
      scf.if %v1233 {
        %v1396 = llvm.getelementptr %v8[%v1242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1244, %v1396 : f32, !llvm.ptr<3>
      }
      scf.if %v1246 {
        %v1397 = llvm.getelementptr %v8[%v1255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1257, %v1397 : f32, !llvm.ptr<3>
      }
      scf.if %v1259 {
        %v1398 = llvm.getelementptr %v8[%v1268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1270, %v1398 : f32, !llvm.ptr<3>
      }
      scf.if %v1272 {
        %v1399 = llvm.getelementptr %v8[%v1281] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1283, %v1399 : f32, !llvm.ptr<3>
      }
      scf.if %v1285 {
        %v1400 = llvm.getelementptr %v8[%v1294] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1296, %v1400 : f32, !llvm.ptr<3>
      }
      scf.if %v1298 {
        %v1401 = llvm.getelementptr %v8[%v1307] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1309, %v1401 : f32, !llvm.ptr<3>
      }
      scf.if %v1311 {
        %v1402 = llvm.getelementptr %v8[%v1320] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1322, %v1402 : f32, !llvm.ptr<3>
      }
      scf.if %v1324 {
        %v1403 = llvm.getelementptr %v8[%v1333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1335, %v1403 : f32, !llvm.ptr<3>
      }
      scf.if %v1337 {
        %v1404 = llvm.getelementptr %v8[%v1346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1348, %v1404 : f32, !llvm.ptr<3>
      }
      scf.if %v1350 {
        %v1405 = llvm.getelementptr %v8[%v1359] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1361, %v1405 : f32, !llvm.ptr<3>
      }
      scf.if %v1363 {
        %v1406 = llvm.getelementptr %v8[%v1372] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1374, %v1406 : f32, !llvm.ptr<3>
      }
      // end staged load of `phi2`
      gpu.barrier
      %v1407 = arith.index_cast %v27 : i64 to index
      %v1408 = arith.index_cast %size_L : i64 to index
      %v1409 = arith.index_cast %v62 : i64 to index
      scf.for %v1410 = %v1407 to %v1408 step %v1409 {
        %v1411 = arith.index_cast %v1410 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v1412 = arith.remui %v1411, %v17 : i64
        %v1413 = arith.cmpi eq, %v1412, %v27 : i64
        %v1414 = arith.andi %v1413, %v20 : i1
        scf.if %v1414 {
          %v1415 = arith.divui %v1411, %v17 : i64
          %v1416 = llvm.mlir.zero : !llvm.ptr
          %v1417 = llvm.icmp "ne" %ckpt_h, %v1416 : !llvm.ptr
          scf.if %v1417 {
            %v1419 = arith.muli %v1415, %v1418 : i64
            %v1420 = llvm.load %v3 : !llvm.ptr -> f32
            %v1421 = arith.muli %v25, %size_D : i64
            %v1422 = arith.addi %v1421, %v23 : i64
            %v1423 = arith.addi %v1419, %v1422 : i64
            %v1424 = llvm.getelementptr %ckpt_h[%v1423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1420, %v1424 : f32, !llvm.ptr
          }
          %v1425 = llvm.mlir.zero : !llvm.ptr
          %v1426 = llvm.icmp "ne" %ckpt_h_lag1, %v1425 : !llvm.ptr
          scf.if %v1426 {
            %v1428 = arith.muli %v1415, %v1427 : i64
            %v1429 = llvm.load %v4 : !llvm.ptr -> f32
            %v1430 = arith.muli %v25, %size_D : i64
            %v1431 = arith.addi %v1430, %v23 : i64
            %v1432 = arith.addi %v1428, %v1431 : i64
            %v1433 = llvm.getelementptr %ckpt_h_lag1[%v1432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1429, %v1433 : f32, !llvm.ptr
          }
          %v1434 = llvm.mlir.zero : !llvm.ptr
          %v1435 = llvm.icmp "ne" %ckpt_e_lag1, %v1434 : !llvm.ptr
          scf.if %v1435 {
            %v1437 = arith.muli %v1415, %v1436 : i64
            %v1438 = llvm.load %v5 : !llvm.ptr -> f32
            %v1439 = arith.muli %v25, %size_D : i64
            %v1440 = arith.addi %v1439, %v23 : i64
            %v1441 = arith.addi %v1437, %v1440 : i64
            %v1442 = llvm.getelementptr %ckpt_e_lag1[%v1441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1438, %v1442 : f32, !llvm.ptr
          }
          %v1443 = llvm.mlir.zero : !llvm.ptr
          %v1444 = llvm.icmp "ne" %ckpt_e_lag2, %v1443 : !llvm.ptr
          scf.if %v1444 {
            %v1446 = arith.muli %v1415, %v1445 : i64
            %v1447 = llvm.load %v6 : !llvm.ptr -> f32
            %v1448 = arith.muli %v25, %size_D : i64
            %v1449 = arith.addi %v1448, %v23 : i64
            %v1450 = arith.addi %v1446, %v1449 : i64
            %v1451 = llvm.getelementptr %ckpt_e_lag2[%v1450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1447, %v1451 : f32, !llvm.ptr
          }
        }
        // end save
        %v1452 = arith.subi %size_L, %v1411 : i64
        %v1453 = arith.minsi %v1452, %v62 : i64
        %v1454 = arith.addi %v1411, %v62 : i64
        %v1455 = arith.divui %v15, %v62 : i64
        %v1456 = arith.remui %v15, %v62 : i64
        %v1457 = arith.constant true
        %v1458 = llvm.getelementptr %v7[%v1455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1459 = llvm.load %v1458 : !llvm.ptr<3> -> i64
        %v1460 = arith.addi %v1454, %v1456 : i64
        %v1461 = arith.cmpi slt, %v1460, %size_L : i64
        %v1462 = arith.subi %size_L, %v1 : i64
        %v1463 = arith.minsi %v1460, %v1462 : i64
        %v1464 = arith.addi %v1459, %v1463 : i64
        %v1465 = arith.muli %v1455, %v72 : i64
        %v1466 = arith.addi %v1465, %v1456 : i64
        %v1467 = llvm.getelementptr %in_e[%v1464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1468 = llvm.load %v1467 : !llvm.ptr -> f32
        %v1469 = arith.addi %v1455, %v41 : i64
        %v1470 = arith.constant true
        %v1471 = llvm.getelementptr %v7[%v1469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1472 = llvm.load %v1471 : !llvm.ptr<3> -> i64
        %v1473 = arith.addi %v1454, %v1456 : i64
        %v1474 = arith.cmpi slt, %v1473, %size_L : i64
        %v1475 = arith.subi %size_L, %v1 : i64
        %v1476 = arith.minsi %v1473, %v1475 : i64
        %v1477 = arith.addi %v1472, %v1476 : i64
        %v1478 = arith.muli %v1469, %v72 : i64
        %v1479 = arith.addi %v1478, %v1456 : i64
        %v1480 = llvm.getelementptr %in_e[%v1477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1481 = llvm.load %v1480 : !llvm.ptr -> f32
        %v1482 = arith.addi %v1455, %v58 : i64
        %v1483 = arith.constant true
        %v1484 = llvm.getelementptr %v7[%v1482] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1485 = llvm.load %v1484 : !llvm.ptr<3> -> i64
        %v1486 = arith.addi %v1454, %v1456 : i64
        %v1487 = arith.cmpi slt, %v1486, %size_L : i64
        %v1488 = arith.subi %size_L, %v1 : i64
        %v1489 = arith.minsi %v1486, %v1488 : i64
        %v1490 = arith.addi %v1485, %v1489 : i64
        %v1491 = arith.muli %v1482, %v72 : i64
        %v1492 = arith.addi %v1491, %v1456 : i64
        %v1493 = llvm.getelementptr %in_e[%v1490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1494 = llvm.load %v1493 : !llvm.ptr -> f32
        %v1495 = arith.addi %v1455, %v101 : i64
        %v1496 = arith.constant true
        %v1497 = llvm.getelementptr %v7[%v1495] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1498 = llvm.load %v1497 : !llvm.ptr<3> -> i64
        %v1499 = arith.addi %v1454, %v1456 : i64
        %v1500 = arith.cmpi slt, %v1499, %size_L : i64
        %v1501 = arith.subi %size_L, %v1 : i64
        %v1502 = arith.minsi %v1499, %v1501 : i64
        %v1503 = arith.addi %v1498, %v1502 : i64
        %v1504 = arith.muli %v1495, %v72 : i64
        %v1505 = arith.addi %v1504, %v1456 : i64
        %v1506 = llvm.getelementptr %in_e[%v1503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1507 = llvm.load %v1506 : !llvm.ptr -> f32
        %v1508 = arith.addi %v1455, %v114 : i64
        %v1509 = arith.constant true
        %v1510 = llvm.getelementptr %v7[%v1508] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1511 = llvm.load %v1510 : !llvm.ptr<3> -> i64
        %v1512 = arith.addi %v1454, %v1456 : i64
        %v1513 = arith.cmpi slt, %v1512, %size_L : i64
        %v1514 = arith.subi %size_L, %v1 : i64
        %v1515 = arith.minsi %v1512, %v1514 : i64
        %v1516 = arith.addi %v1511, %v1515 : i64
        %v1517 = arith.muli %v1508, %v72 : i64
        %v1518 = arith.addi %v1517, %v1456 : i64
        %v1519 = llvm.getelementptr %in_e[%v1516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1520 = llvm.load %v1519 : !llvm.ptr -> f32
        %v1521 = arith.addi %v1455, %v127 : i64
        %v1522 = arith.constant true
        %v1523 = llvm.getelementptr %v7[%v1521] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1524 = llvm.load %v1523 : !llvm.ptr<3> -> i64
        %v1525 = arith.addi %v1454, %v1456 : i64
        %v1526 = arith.cmpi slt, %v1525, %size_L : i64
        %v1527 = arith.subi %size_L, %v1 : i64
        %v1528 = arith.minsi %v1525, %v1527 : i64
        %v1529 = arith.addi %v1524, %v1528 : i64
        %v1530 = arith.muli %v1521, %v72 : i64
        %v1531 = arith.addi %v1530, %v1456 : i64
        %v1532 = llvm.getelementptr %in_e[%v1529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1533 = llvm.load %v1532 : !llvm.ptr -> f32
        %v1534 = arith.addi %v1455, %v140 : i64
        %v1535 = arith.constant true
        %v1536 = llvm.getelementptr %v7[%v1534] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1537 = llvm.load %v1536 : !llvm.ptr<3> -> i64
        %v1538 = arith.addi %v1454, %v1456 : i64
        %v1539 = arith.cmpi slt, %v1538, %size_L : i64
        %v1540 = arith.subi %size_L, %v1 : i64
        %v1541 = arith.minsi %v1538, %v1540 : i64
        %v1542 = arith.addi %v1537, %v1541 : i64
        %v1543 = arith.muli %v1534, %v72 : i64
        %v1544 = arith.addi %v1543, %v1456 : i64
        %v1545 = llvm.getelementptr %in_e[%v1542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1546 = llvm.load %v1545 : !llvm.ptr -> f32
        %v1547 = arith.addi %v1455, %v153 : i64
        %v1548 = arith.constant true
        %v1549 = llvm.getelementptr %v7[%v1547] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1550 = llvm.load %v1549 : !llvm.ptr<3> -> i64
        %v1551 = arith.addi %v1454, %v1456 : i64
        %v1552 = arith.cmpi slt, %v1551, %size_L : i64
        %v1553 = arith.subi %size_L, %v1 : i64
        %v1554 = arith.minsi %v1551, %v1553 : i64
        %v1555 = arith.addi %v1550, %v1554 : i64
        %v1556 = arith.muli %v1547, %v72 : i64
        %v1557 = arith.addi %v1556, %v1456 : i64
        %v1558 = llvm.getelementptr %in_e[%v1555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1559 = llvm.load %v1558 : !llvm.ptr -> f32
        %v1560 = arith.addi %v1455, %v166 : i64
        %v1561 = arith.constant true
        %v1562 = llvm.getelementptr %v7[%v1560] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1563 = llvm.load %v1562 : !llvm.ptr<3> -> i64
        %v1564 = arith.addi %v1454, %v1456 : i64
        %v1565 = arith.cmpi slt, %v1564, %size_L : i64
        %v1566 = arith.subi %size_L, %v1 : i64
        %v1567 = arith.minsi %v1564, %v1566 : i64
        %v1568 = arith.addi %v1563, %v1567 : i64
        %v1569 = arith.muli %v1560, %v72 : i64
        %v1570 = arith.addi %v1569, %v1456 : i64
        %v1571 = llvm.getelementptr %in_e[%v1568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1572 = llvm.load %v1571 : !llvm.ptr -> f32
        %v1573 = arith.addi %v1455, %v179 : i64
        %v1574 = arith.constant true
        %v1575 = llvm.getelementptr %v7[%v1573] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1576 = llvm.load %v1575 : !llvm.ptr<3> -> i64
        %v1577 = arith.addi %v1454, %v1456 : i64
        %v1578 = arith.cmpi slt, %v1577, %size_L : i64
        %v1579 = arith.subi %size_L, %v1 : i64
        %v1580 = arith.minsi %v1577, %v1579 : i64
        %v1581 = arith.addi %v1576, %v1580 : i64
        %v1582 = arith.muli %v1573, %v72 : i64
        %v1583 = arith.addi %v1582, %v1456 : i64
        %v1584 = llvm.getelementptr %in_e[%v1581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1585 = llvm.load %v1584 : !llvm.ptr -> f32
        %v1586 = arith.addi %v1455, %v192 : i64
        %v1587 = arith.constant true
        %v1588 = llvm.getelementptr %v7[%v1586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1589 = llvm.load %v1588 : !llvm.ptr<3> -> i64
        %v1590 = arith.addi %v1454, %v1456 : i64
        %v1591 = arith.cmpi slt, %v1590, %size_L : i64
        %v1592 = arith.subi %size_L, %v1 : i64
        %v1593 = arith.minsi %v1590, %v1592 : i64
        %v1594 = arith.addi %v1589, %v1593 : i64
        %v1595 = arith.muli %v1586, %v72 : i64
        %v1596 = arith.addi %v1595, %v1456 : i64
        %v1597 = llvm.getelementptr %in_e[%v1594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1598 = llvm.load %v1597 : !llvm.ptr -> f32
        %v1599 = arith.addi %v1455, %v205 : i64
        %v1600 = arith.constant true
        %v1601 = llvm.getelementptr %v7[%v1599] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1602 = llvm.load %v1601 : !llvm.ptr<3> -> i64
        %v1603 = arith.addi %v1454, %v1456 : i64
        %v1604 = arith.cmpi slt, %v1603, %size_L : i64
        %v1605 = arith.subi %size_L, %v1 : i64
        %v1606 = arith.minsi %v1603, %v1605 : i64
        %v1607 = arith.addi %v1602, %v1606 : i64
        %v1608 = arith.muli %v1599, %v72 : i64
        %v1609 = arith.addi %v1608, %v1456 : i64
        %v1610 = llvm.getelementptr %in_e[%v1607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1611 = llvm.load %v1610 : !llvm.ptr -> f32
        %v1612 = arith.addi %v1455, %v218 : i64
        %v1613 = arith.constant true
        %v1614 = llvm.getelementptr %v7[%v1612] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1615 = llvm.load %v1614 : !llvm.ptr<3> -> i64
        %v1616 = arith.addi %v1454, %v1456 : i64
        %v1617 = arith.cmpi slt, %v1616, %size_L : i64
        %v1618 = arith.subi %size_L, %v1 : i64
        %v1619 = arith.minsi %v1616, %v1618 : i64
        %v1620 = arith.addi %v1615, %v1619 : i64
        %v1621 = arith.muli %v1612, %v72 : i64
        %v1622 = arith.addi %v1621, %v1456 : i64
        %v1623 = llvm.getelementptr %in_e[%v1620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1624 = llvm.load %v1623 : !llvm.ptr -> f32
        %v1625 = arith.addi %v1455, %v231 : i64
        %v1626 = arith.constant true
        %v1627 = llvm.getelementptr %v7[%v1625] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1628 = llvm.load %v1627 : !llvm.ptr<3> -> i64
        %v1629 = arith.addi %v1454, %v1456 : i64
        %v1630 = arith.cmpi slt, %v1629, %size_L : i64
        %v1631 = arith.subi %size_L, %v1 : i64
        %v1632 = arith.minsi %v1629, %v1631 : i64
        %v1633 = arith.addi %v1628, %v1632 : i64
        %v1634 = arith.muli %v1625, %v72 : i64
        %v1635 = arith.addi %v1634, %v1456 : i64
        %v1636 = llvm.getelementptr %in_e[%v1633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1637 = llvm.load %v1636 : !llvm.ptr -> f32
        %v1638 = arith.addi %v1455, %v244 : i64
        %v1639 = arith.constant true
        %v1640 = llvm.getelementptr %v7[%v1638] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1641 = llvm.load %v1640 : !llvm.ptr<3> -> i64
        %v1642 = arith.addi %v1454, %v1456 : i64
        %v1643 = arith.cmpi slt, %v1642, %size_L : i64
        %v1644 = arith.subi %size_L, %v1 : i64
        %v1645 = arith.minsi %v1642, %v1644 : i64
        %v1646 = arith.addi %v1641, %v1645 : i64
        %v1647 = arith.muli %v1638, %v72 : i64
        %v1648 = arith.addi %v1647, %v1456 : i64
        %v1649 = llvm.getelementptr %in_e[%v1646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1650 = llvm.load %v1649 : !llvm.ptr -> f32
        %v1651 = arith.addi %v1455, %v257 : i64
        %v1652 = arith.constant true
        %v1653 = llvm.getelementptr %v7[%v1651] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1654 = llvm.load %v1653 : !llvm.ptr<3> -> i64
        %v1655 = arith.addi %v1454, %v1456 : i64
        %v1656 = arith.cmpi slt, %v1655, %size_L : i64
        %v1657 = arith.subi %size_L, %v1 : i64
        %v1658 = arith.minsi %v1655, %v1657 : i64
        %v1659 = arith.addi %v1654, %v1658 : i64
        %v1660 = arith.muli %v1651, %v72 : i64
        %v1661 = arith.addi %v1660, %v1456 : i64
        %v1662 = llvm.getelementptr %in_e[%v1659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1663 = llvm.load %v1662 : !llvm.ptr -> f32
        %v1664 = arith.addi %v1455, %v62 : i64
        %v1665 = arith.constant true
        %v1666 = llvm.getelementptr %v7[%v1664] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1667 = llvm.load %v1666 : !llvm.ptr<3> -> i64
        %v1668 = arith.addi %v1454, %v1456 : i64
        %v1669 = arith.cmpi slt, %v1668, %size_L : i64
        %v1670 = arith.subi %size_L, %v1 : i64
        %v1671 = arith.minsi %v1668, %v1670 : i64
        %v1672 = arith.addi %v1667, %v1671 : i64
        %v1673 = arith.muli %v1664, %v72 : i64
        %v1674 = arith.addi %v1673, %v1456 : i64
        %v1675 = llvm.getelementptr %in_e[%v1672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1676 = llvm.load %v1675 : !llvm.ptr -> f32
        %v1677 = arith.addi %v1455, %v282 : i64
        %v1678 = arith.constant true
        %v1679 = llvm.getelementptr %v7[%v1677] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1680 = llvm.load %v1679 : !llvm.ptr<3> -> i64
        %v1681 = arith.addi %v1454, %v1456 : i64
        %v1682 = arith.cmpi slt, %v1681, %size_L : i64
        %v1683 = arith.subi %size_L, %v1 : i64
        %v1684 = arith.minsi %v1681, %v1683 : i64
        %v1685 = arith.addi %v1680, %v1684 : i64
        %v1686 = arith.muli %v1677, %v72 : i64
        %v1687 = arith.addi %v1686, %v1456 : i64
        %v1688 = llvm.getelementptr %in_e[%v1685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1689 = llvm.load %v1688 : !llvm.ptr -> f32
        %v1690 = arith.addi %v1455, %v295 : i64
        %v1691 = arith.constant true
        %v1692 = llvm.getelementptr %v7[%v1690] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1693 = llvm.load %v1692 : !llvm.ptr<3> -> i64
        %v1694 = arith.addi %v1454, %v1456 : i64
        %v1695 = arith.cmpi slt, %v1694, %size_L : i64
        %v1696 = arith.subi %size_L, %v1 : i64
        %v1697 = arith.minsi %v1694, %v1696 : i64
        %v1698 = arith.addi %v1693, %v1697 : i64
        %v1699 = arith.muli %v1690, %v72 : i64
        %v1700 = arith.addi %v1699, %v1456 : i64
        %v1701 = llvm.getelementptr %in_e[%v1698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1702 = llvm.load %v1701 : !llvm.ptr -> f32
        %v1703 = arith.addi %v1455, %v308 : i64
        %v1704 = arith.constant true
        %v1705 = llvm.getelementptr %v7[%v1703] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1706 = llvm.load %v1705 : !llvm.ptr<3> -> i64
        %v1707 = arith.addi %v1454, %v1456 : i64
        %v1708 = arith.cmpi slt, %v1707, %size_L : i64
        %v1709 = arith.subi %size_L, %v1 : i64
        %v1710 = arith.minsi %v1707, %v1709 : i64
        %v1711 = arith.addi %v1706, %v1710 : i64
        %v1712 = arith.muli %v1703, %v72 : i64
        %v1713 = arith.addi %v1712, %v1456 : i64
        %v1714 = llvm.getelementptr %in_e[%v1711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1715 = llvm.load %v1714 : !llvm.ptr -> f32
        %v1716 = arith.addi %v1455, %v321 : i64
        %v1717 = arith.constant true
        %v1718 = llvm.getelementptr %v7[%v1716] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1719 = llvm.load %v1718 : !llvm.ptr<3> -> i64
        %v1720 = arith.addi %v1454, %v1456 : i64
        %v1721 = arith.cmpi slt, %v1720, %size_L : i64
        %v1722 = arith.subi %size_L, %v1 : i64
        %v1723 = arith.minsi %v1720, %v1722 : i64
        %v1724 = arith.addi %v1719, %v1723 : i64
        %v1725 = arith.muli %v1716, %v72 : i64
        %v1726 = arith.addi %v1725, %v1456 : i64
        %v1727 = llvm.getelementptr %in_e[%v1724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1728 = llvm.load %v1727 : !llvm.ptr -> f32
        %v1729 = arith.addi %v1455, %v334 : i64
        %v1730 = arith.constant true
        %v1731 = llvm.getelementptr %v7[%v1729] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1732 = llvm.load %v1731 : !llvm.ptr<3> -> i64
        %v1733 = arith.addi %v1454, %v1456 : i64
        %v1734 = arith.cmpi slt, %v1733, %size_L : i64
        %v1735 = arith.subi %size_L, %v1 : i64
        %v1736 = arith.minsi %v1733, %v1735 : i64
        %v1737 = arith.addi %v1732, %v1736 : i64
        %v1738 = arith.muli %v1729, %v72 : i64
        %v1739 = arith.addi %v1738, %v1456 : i64
        %v1740 = llvm.getelementptr %in_e[%v1737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1741 = llvm.load %v1740 : !llvm.ptr -> f32
        %v1742 = arith.addi %v1455, %v347 : i64
        %v1743 = arith.constant true
        %v1744 = llvm.getelementptr %v7[%v1742] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1745 = llvm.load %v1744 : !llvm.ptr<3> -> i64
        %v1746 = arith.addi %v1454, %v1456 : i64
        %v1747 = arith.cmpi slt, %v1746, %size_L : i64
        %v1748 = arith.subi %size_L, %v1 : i64
        %v1749 = arith.minsi %v1746, %v1748 : i64
        %v1750 = arith.addi %v1745, %v1749 : i64
        %v1751 = arith.muli %v1742, %v72 : i64
        %v1752 = arith.addi %v1751, %v1456 : i64
        %v1753 = llvm.getelementptr %in_e[%v1750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1754 = llvm.load %v1753 : !llvm.ptr -> f32
        %v1755 = arith.addi %v1455, %v360 : i64
        %v1756 = arith.constant true
        %v1757 = llvm.getelementptr %v7[%v1755] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1758 = llvm.load %v1757 : !llvm.ptr<3> -> i64
        %v1759 = arith.addi %v1454, %v1456 : i64
        %v1760 = arith.cmpi slt, %v1759, %size_L : i64
        %v1761 = arith.subi %size_L, %v1 : i64
        %v1762 = arith.minsi %v1759, %v1761 : i64
        %v1763 = arith.addi %v1758, %v1762 : i64
        %v1764 = arith.muli %v1755, %v72 : i64
        %v1765 = arith.addi %v1764, %v1456 : i64
        %v1766 = llvm.getelementptr %in_e[%v1763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1767 = llvm.load %v1766 : !llvm.ptr -> f32
        %v1768 = arith.addi %v1455, %v373 : i64
        %v1769 = arith.constant true
        %v1770 = llvm.getelementptr %v7[%v1768] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1771 = llvm.load %v1770 : !llvm.ptr<3> -> i64
        %v1772 = arith.addi %v1454, %v1456 : i64
        %v1773 = arith.cmpi slt, %v1772, %size_L : i64
        %v1774 = arith.subi %size_L, %v1 : i64
        %v1775 = arith.minsi %v1772, %v1774 : i64
        %v1776 = arith.addi %v1771, %v1775 : i64
        %v1777 = arith.muli %v1768, %v72 : i64
        %v1778 = arith.addi %v1777, %v1456 : i64
        %v1779 = llvm.getelementptr %in_e[%v1776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1780 = llvm.load %v1779 : !llvm.ptr -> f32
        %v1781 = arith.addi %v1455, %v386 : i64
        %v1782 = arith.constant true
        %v1783 = llvm.getelementptr %v7[%v1781] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1784 = llvm.load %v1783 : !llvm.ptr<3> -> i64
        %v1785 = arith.addi %v1454, %v1456 : i64
        %v1786 = arith.cmpi slt, %v1785, %size_L : i64
        %v1787 = arith.subi %size_L, %v1 : i64
        %v1788 = arith.minsi %v1785, %v1787 : i64
        %v1789 = arith.addi %v1784, %v1788 : i64
        %v1790 = arith.muli %v1781, %v72 : i64
        %v1791 = arith.addi %v1790, %v1456 : i64
        %v1792 = llvm.getelementptr %in_e[%v1789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1793 = llvm.load %v1792 : !llvm.ptr -> f32
        %v1794 = arith.addi %v1455, %v399 : i64
        %v1795 = arith.constant true
        %v1796 = llvm.getelementptr %v7[%v1794] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1797 = llvm.load %v1796 : !llvm.ptr<3> -> i64
        %v1798 = arith.addi %v1454, %v1456 : i64
        %v1799 = arith.cmpi slt, %v1798, %size_L : i64
        %v1800 = arith.subi %size_L, %v1 : i64
        %v1801 = arith.minsi %v1798, %v1800 : i64
        %v1802 = arith.addi %v1797, %v1801 : i64
        %v1803 = arith.muli %v1794, %v72 : i64
        %v1804 = arith.addi %v1803, %v1456 : i64
        %v1805 = llvm.getelementptr %in_e[%v1802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1806 = llvm.load %v1805 : !llvm.ptr -> f32
        %v1807 = arith.addi %v1455, %v412 : i64
        %v1808 = arith.constant true
        %v1809 = llvm.getelementptr %v7[%v1807] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1810 = llvm.load %v1809 : !llvm.ptr<3> -> i64
        %v1811 = arith.addi %v1454, %v1456 : i64
        %v1812 = arith.cmpi slt, %v1811, %size_L : i64
        %v1813 = arith.subi %size_L, %v1 : i64
        %v1814 = arith.minsi %v1811, %v1813 : i64
        %v1815 = arith.addi %v1810, %v1814 : i64
        %v1816 = arith.muli %v1807, %v72 : i64
        %v1817 = arith.addi %v1816, %v1456 : i64
        %v1818 = llvm.getelementptr %in_e[%v1815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1819 = llvm.load %v1818 : !llvm.ptr -> f32
        %v1820 = arith.addi %v1455, %v425 : i64
        %v1821 = arith.constant true
        %v1822 = llvm.getelementptr %v7[%v1820] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1823 = llvm.load %v1822 : !llvm.ptr<3> -> i64
        %v1824 = arith.addi %v1454, %v1456 : i64
        %v1825 = arith.cmpi slt, %v1824, %size_L : i64
        %v1826 = arith.subi %size_L, %v1 : i64
        %v1827 = arith.minsi %v1824, %v1826 : i64
        %v1828 = arith.addi %v1823, %v1827 : i64
        %v1829 = arith.muli %v1820, %v72 : i64
        %v1830 = arith.addi %v1829, %v1456 : i64
        %v1831 = llvm.getelementptr %in_e[%v1828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1832 = llvm.load %v1831 : !llvm.ptr -> f32
        %v1833 = arith.addi %v1455, %v438 : i64
        %v1834 = arith.constant true
        %v1835 = llvm.getelementptr %v7[%v1833] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1836 = llvm.load %v1835 : !llvm.ptr<3> -> i64
        %v1837 = arith.addi %v1454, %v1456 : i64
        %v1838 = arith.cmpi slt, %v1837, %size_L : i64
        %v1839 = arith.subi %size_L, %v1 : i64
        %v1840 = arith.minsi %v1837, %v1839 : i64
        %v1841 = arith.addi %v1836, %v1840 : i64
        %v1842 = arith.muli %v1833, %v72 : i64
        %v1843 = arith.addi %v1842, %v1456 : i64
        %v1844 = llvm.getelementptr %in_e[%v1841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1845 = llvm.load %v1844 : !llvm.ptr -> f32
        %v1846 = arith.addi %v1455, %v451 : i64
        %v1847 = arith.constant true
        %v1848 = llvm.getelementptr %v7[%v1846] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1849 = llvm.load %v1848 : !llvm.ptr<3> -> i64
        %v1850 = arith.addi %v1454, %v1456 : i64
        %v1851 = arith.cmpi slt, %v1850, %size_L : i64
        %v1852 = arith.subi %size_L, %v1 : i64
        %v1853 = arith.minsi %v1850, %v1852 : i64
        %v1854 = arith.addi %v1849, %v1853 : i64
        %v1855 = arith.muli %v1846, %v72 : i64
        %v1856 = arith.addi %v1855, %v1456 : i64
        %v1857 = llvm.getelementptr %in_e[%v1854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1858 = llvm.load %v1857 : !llvm.ptr -> f32
        %v1859 = arith.addi %v1455, %v464 : i64
        %v1860 = arith.constant true
        %v1861 = llvm.getelementptr %v7[%v1859] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1862 = llvm.load %v1861 : !llvm.ptr<3> -> i64
        %v1863 = arith.addi %v1454, %v1456 : i64
        %v1864 = arith.cmpi slt, %v1863, %size_L : i64
        %v1865 = arith.subi %size_L, %v1 : i64
        %v1866 = arith.minsi %v1863, %v1865 : i64
        %v1867 = arith.addi %v1862, %v1866 : i64
        %v1868 = arith.muli %v1859, %v72 : i64
        %v1869 = arith.addi %v1868, %v1456 : i64
        %v1870 = llvm.getelementptr %in_e[%v1867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1871 = llvm.load %v1870 : !llvm.ptr -> f32
        %v1872 = arith.divui %v15, %v62 : i64
        %v1873 = arith.remui %v15, %v62 : i64
        %v1874 = arith.constant true
        %v1875 = arith.addi %v17, %v1872 : i64
        %v1876 = llvm.getelementptr %v7[%v1875] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1877 = llvm.load %v1876 : !llvm.ptr<3> -> i64
        %v1878 = arith.addi %v1454, %v1873 : i64
        %v1879 = arith.cmpi slt, %v1878, %size_L : i64
        %v1880 = arith.subi %size_L, %v1 : i64
        %v1881 = arith.minsi %v1878, %v1880 : i64
        %v1882 = arith.addi %v1877, %v1881 : i64
        %v1883 = arith.muli %v1875, %v72 : i64
        %v1884 = arith.addi %v1883, %v1873 : i64
        %v1885 = llvm.getelementptr %in_phi1[%v1882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1886 = llvm.load %v1885 : !llvm.ptr -> f32
        %v1887 = arith.addi %v1872, %v41 : i64
        %v1888 = arith.constant true
        %v1889 = arith.addi %v17, %v1887 : i64
        %v1890 = llvm.getelementptr %v7[%v1889] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1891 = llvm.load %v1890 : !llvm.ptr<3> -> i64
        %v1892 = arith.addi %v1454, %v1873 : i64
        %v1893 = arith.cmpi slt, %v1892, %size_L : i64
        %v1894 = arith.subi %size_L, %v1 : i64
        %v1895 = arith.minsi %v1892, %v1894 : i64
        %v1896 = arith.addi %v1891, %v1895 : i64
        %v1897 = arith.muli %v1889, %v72 : i64
        %v1898 = arith.addi %v1897, %v1873 : i64
        %v1899 = llvm.getelementptr %in_phi1[%v1896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1900 = llvm.load %v1899 : !llvm.ptr -> f32
        %v1901 = arith.addi %v1872, %v58 : i64
        %v1902 = arith.constant true
        %v1903 = arith.addi %v17, %v1901 : i64
        %v1904 = llvm.getelementptr %v7[%v1903] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1905 = llvm.load %v1904 : !llvm.ptr<3> -> i64
        %v1906 = arith.addi %v1454, %v1873 : i64
        %v1907 = arith.cmpi slt, %v1906, %size_L : i64
        %v1908 = arith.subi %size_L, %v1 : i64
        %v1909 = arith.minsi %v1906, %v1908 : i64
        %v1910 = arith.addi %v1905, %v1909 : i64
        %v1911 = arith.muli %v1903, %v72 : i64
        %v1912 = arith.addi %v1911, %v1873 : i64
        %v1913 = llvm.getelementptr %in_phi1[%v1910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1914 = llvm.load %v1913 : !llvm.ptr -> f32
        %v1915 = arith.addi %v1872, %v101 : i64
        %v1916 = arith.constant true
        %v1917 = arith.addi %v17, %v1915 : i64
        %v1918 = llvm.getelementptr %v7[%v1917] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1919 = llvm.load %v1918 : !llvm.ptr<3> -> i64
        %v1920 = arith.addi %v1454, %v1873 : i64
        %v1921 = arith.cmpi slt, %v1920, %size_L : i64
        %v1922 = arith.subi %size_L, %v1 : i64
        %v1923 = arith.minsi %v1920, %v1922 : i64
        %v1924 = arith.addi %v1919, %v1923 : i64
        %v1925 = arith.muli %v1917, %v72 : i64
        %v1926 = arith.addi %v1925, %v1873 : i64
        %v1927 = llvm.getelementptr %in_phi1[%v1924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1928 = llvm.load %v1927 : !llvm.ptr -> f32
        %v1929 = arith.addi %v1872, %v114 : i64
        %v1930 = arith.constant true
        %v1931 = arith.addi %v17, %v1929 : i64
        %v1932 = llvm.getelementptr %v7[%v1931] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1933 = llvm.load %v1932 : !llvm.ptr<3> -> i64
        %v1934 = arith.addi %v1454, %v1873 : i64
        %v1935 = arith.cmpi slt, %v1934, %size_L : i64
        %v1936 = arith.subi %size_L, %v1 : i64
        %v1937 = arith.minsi %v1934, %v1936 : i64
        %v1938 = arith.addi %v1933, %v1937 : i64
        %v1939 = arith.muli %v1931, %v72 : i64
        %v1940 = arith.addi %v1939, %v1873 : i64
        %v1941 = llvm.getelementptr %in_phi1[%v1938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1942 = llvm.load %v1941 : !llvm.ptr -> f32
        %v1943 = arith.addi %v1872, %v127 : i64
        %v1944 = arith.constant true
        %v1945 = arith.addi %v17, %v1943 : i64
        %v1946 = llvm.getelementptr %v7[%v1945] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1947 = llvm.load %v1946 : !llvm.ptr<3> -> i64
        %v1948 = arith.addi %v1454, %v1873 : i64
        %v1949 = arith.cmpi slt, %v1948, %size_L : i64
        %v1950 = arith.subi %size_L, %v1 : i64
        %v1951 = arith.minsi %v1948, %v1950 : i64
        %v1952 = arith.addi %v1947, %v1951 : i64
        %v1953 = arith.muli %v1945, %v72 : i64
        %v1954 = arith.addi %v1953, %v1873 : i64
        %v1955 = llvm.getelementptr %in_phi1[%v1952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1956 = llvm.load %v1955 : !llvm.ptr -> f32
        %v1957 = arith.addi %v1872, %v140 : i64
        %v1958 = arith.constant true
        %v1959 = arith.addi %v17, %v1957 : i64
        %v1960 = llvm.getelementptr %v7[%v1959] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1961 = llvm.load %v1960 : !llvm.ptr<3> -> i64
        %v1962 = arith.addi %v1454, %v1873 : i64
        %v1963 = arith.cmpi slt, %v1962, %size_L : i64
        %v1964 = arith.subi %size_L, %v1 : i64
        %v1965 = arith.minsi %v1962, %v1964 : i64
        %v1966 = arith.addi %v1961, %v1965 : i64
        %v1967 = arith.muli %v1959, %v72 : i64
        %v1968 = arith.addi %v1967, %v1873 : i64
        %v1969 = llvm.getelementptr %in_phi1[%v1966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1970 = llvm.load %v1969 : !llvm.ptr -> f32
        %v1971 = arith.addi %v1872, %v153 : i64
        %v1972 = arith.constant true
        %v1973 = arith.addi %v17, %v1971 : i64
        %v1974 = llvm.getelementptr %v7[%v1973] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1975 = llvm.load %v1974 : !llvm.ptr<3> -> i64
        %v1976 = arith.addi %v1454, %v1873 : i64
        %v1977 = arith.cmpi slt, %v1976, %size_L : i64
        %v1978 = arith.subi %size_L, %v1 : i64
        %v1979 = arith.minsi %v1976, %v1978 : i64
        %v1980 = arith.addi %v1975, %v1979 : i64
        %v1981 = arith.muli %v1973, %v72 : i64
        %v1982 = arith.addi %v1981, %v1873 : i64
        %v1983 = llvm.getelementptr %in_phi1[%v1980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1984 = llvm.load %v1983 : !llvm.ptr -> f32
        %v1985 = arith.addi %v1872, %v166 : i64
        %v1986 = arith.constant true
        %v1987 = arith.addi %v17, %v1985 : i64
        %v1988 = llvm.getelementptr %v7[%v1987] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1989 = llvm.load %v1988 : !llvm.ptr<3> -> i64
        %v1990 = arith.addi %v1454, %v1873 : i64
        %v1991 = arith.cmpi slt, %v1990, %size_L : i64
        %v1992 = arith.subi %size_L, %v1 : i64
        %v1993 = arith.minsi %v1990, %v1992 : i64
        %v1994 = arith.addi %v1989, %v1993 : i64
        %v1995 = arith.muli %v1987, %v72 : i64
        %v1996 = arith.addi %v1995, %v1873 : i64
        %v1997 = llvm.getelementptr %in_phi1[%v1994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1998 = llvm.load %v1997 : !llvm.ptr -> f32
        %v1999 = arith.addi %v1872, %v179 : i64
        %v2000 = arith.constant true
        %v2001 = arith.addi %v17, %v1999 : i64
        %v2002 = llvm.getelementptr %v7[%v2001] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2003 = llvm.load %v2002 : !llvm.ptr<3> -> i64
        %v2004 = arith.addi %v1454, %v1873 : i64
        %v2005 = arith.cmpi slt, %v2004, %size_L : i64
        %v2006 = arith.subi %size_L, %v1 : i64
        %v2007 = arith.minsi %v2004, %v2006 : i64
        %v2008 = arith.addi %v2003, %v2007 : i64
        %v2009 = arith.muli %v2001, %v72 : i64
        %v2010 = arith.addi %v2009, %v1873 : i64
        %v2011 = llvm.getelementptr %in_phi1[%v2008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2012 = llvm.load %v2011 : !llvm.ptr -> f32
        %v2013 = arith.addi %v1872, %v192 : i64
        %v2014 = arith.constant true
        %v2015 = arith.addi %v17, %v2013 : i64
        %v2016 = llvm.getelementptr %v7[%v2015] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2017 = llvm.load %v2016 : !llvm.ptr<3> -> i64
        %v2018 = arith.addi %v1454, %v1873 : i64
        %v2019 = arith.cmpi slt, %v2018, %size_L : i64
        %v2020 = arith.subi %size_L, %v1 : i64
        %v2021 = arith.minsi %v2018, %v2020 : i64
        %v2022 = arith.addi %v2017, %v2021 : i64
        %v2023 = arith.muli %v2015, %v72 : i64
        %v2024 = arith.addi %v2023, %v1873 : i64
        %v2025 = llvm.getelementptr %in_phi1[%v2022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2026 = llvm.load %v2025 : !llvm.ptr -> f32
        %v2027 = arith.addi %v1872, %v205 : i64
        %v2028 = arith.constant true
        %v2029 = arith.addi %v17, %v2027 : i64
        %v2030 = llvm.getelementptr %v7[%v2029] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2031 = llvm.load %v2030 : !llvm.ptr<3> -> i64
        %v2032 = arith.addi %v1454, %v1873 : i64
        %v2033 = arith.cmpi slt, %v2032, %size_L : i64
        %v2034 = arith.subi %size_L, %v1 : i64
        %v2035 = arith.minsi %v2032, %v2034 : i64
        %v2036 = arith.addi %v2031, %v2035 : i64
        %v2037 = arith.muli %v2029, %v72 : i64
        %v2038 = arith.addi %v2037, %v1873 : i64
        %v2039 = llvm.getelementptr %in_phi1[%v2036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2040 = llvm.load %v2039 : !llvm.ptr -> f32
        %v2041 = arith.addi %v1872, %v218 : i64
        %v2042 = arith.constant true
        %v2043 = arith.addi %v17, %v2041 : i64
        %v2044 = llvm.getelementptr %v7[%v2043] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2045 = llvm.load %v2044 : !llvm.ptr<3> -> i64
        %v2046 = arith.addi %v1454, %v1873 : i64
        %v2047 = arith.cmpi slt, %v2046, %size_L : i64
        %v2048 = arith.subi %size_L, %v1 : i64
        %v2049 = arith.minsi %v2046, %v2048 : i64
        %v2050 = arith.addi %v2045, %v2049 : i64
        %v2051 = arith.muli %v2043, %v72 : i64
        %v2052 = arith.addi %v2051, %v1873 : i64
        %v2053 = llvm.getelementptr %in_phi1[%v2050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2054 = llvm.load %v2053 : !llvm.ptr -> f32
        %v2055 = arith.addi %v1872, %v231 : i64
        %v2056 = arith.constant true
        %v2057 = arith.addi %v17, %v2055 : i64
        %v2058 = llvm.getelementptr %v7[%v2057] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2059 = llvm.load %v2058 : !llvm.ptr<3> -> i64
        %v2060 = arith.addi %v1454, %v1873 : i64
        %v2061 = arith.cmpi slt, %v2060, %size_L : i64
        %v2062 = arith.subi %size_L, %v1 : i64
        %v2063 = arith.minsi %v2060, %v2062 : i64
        %v2064 = arith.addi %v2059, %v2063 : i64
        %v2065 = arith.muli %v2057, %v72 : i64
        %v2066 = arith.addi %v2065, %v1873 : i64
        %v2067 = llvm.getelementptr %in_phi1[%v2064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2068 = llvm.load %v2067 : !llvm.ptr -> f32
        %v2069 = arith.addi %v1872, %v244 : i64
        %v2070 = arith.constant true
        %v2071 = arith.addi %v17, %v2069 : i64
        %v2072 = llvm.getelementptr %v7[%v2071] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2073 = llvm.load %v2072 : !llvm.ptr<3> -> i64
        %v2074 = arith.addi %v1454, %v1873 : i64
        %v2075 = arith.cmpi slt, %v2074, %size_L : i64
        %v2076 = arith.subi %size_L, %v1 : i64
        %v2077 = arith.minsi %v2074, %v2076 : i64
        %v2078 = arith.addi %v2073, %v2077 : i64
        %v2079 = arith.muli %v2071, %v72 : i64
        %v2080 = arith.addi %v2079, %v1873 : i64
        %v2081 = llvm.getelementptr %in_phi1[%v2078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2082 = llvm.load %v2081 : !llvm.ptr -> f32
        %v2083 = arith.addi %v1872, %v257 : i64
        %v2084 = arith.constant true
        %v2085 = arith.addi %v17, %v2083 : i64
        %v2086 = llvm.getelementptr %v7[%v2085] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2087 = llvm.load %v2086 : !llvm.ptr<3> -> i64
        %v2088 = arith.addi %v1454, %v1873 : i64
        %v2089 = arith.cmpi slt, %v2088, %size_L : i64
        %v2090 = arith.subi %size_L, %v1 : i64
        %v2091 = arith.minsi %v2088, %v2090 : i64
        %v2092 = arith.addi %v2087, %v2091 : i64
        %v2093 = arith.muli %v2085, %v72 : i64
        %v2094 = arith.addi %v2093, %v1873 : i64
        %v2095 = llvm.getelementptr %in_phi1[%v2092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2096 = llvm.load %v2095 : !llvm.ptr -> f32
        %v2097 = arith.addi %v1872, %v62 : i64
        %v2098 = arith.constant true
        %v2099 = arith.addi %v17, %v2097 : i64
        %v2100 = llvm.getelementptr %v7[%v2099] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2101 = llvm.load %v2100 : !llvm.ptr<3> -> i64
        %v2102 = arith.addi %v1454, %v1873 : i64
        %v2103 = arith.cmpi slt, %v2102, %size_L : i64
        %v2104 = arith.subi %size_L, %v1 : i64
        %v2105 = arith.minsi %v2102, %v2104 : i64
        %v2106 = arith.addi %v2101, %v2105 : i64
        %v2107 = arith.muli %v2099, %v72 : i64
        %v2108 = arith.addi %v2107, %v1873 : i64
        %v2109 = llvm.getelementptr %in_phi1[%v2106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2110 = llvm.load %v2109 : !llvm.ptr -> f32
        %v2111 = arith.addi %v1872, %v282 : i64
        %v2112 = arith.constant true
        %v2113 = arith.addi %v17, %v2111 : i64
        %v2114 = llvm.getelementptr %v7[%v2113] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2115 = llvm.load %v2114 : !llvm.ptr<3> -> i64
        %v2116 = arith.addi %v1454, %v1873 : i64
        %v2117 = arith.cmpi slt, %v2116, %size_L : i64
        %v2118 = arith.subi %size_L, %v1 : i64
        %v2119 = arith.minsi %v2116, %v2118 : i64
        %v2120 = arith.addi %v2115, %v2119 : i64
        %v2121 = arith.muli %v2113, %v72 : i64
        %v2122 = arith.addi %v2121, %v1873 : i64
        %v2123 = llvm.getelementptr %in_phi1[%v2120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2124 = llvm.load %v2123 : !llvm.ptr -> f32
        %v2125 = arith.addi %v1872, %v295 : i64
        %v2126 = arith.constant true
        %v2127 = arith.addi %v17, %v2125 : i64
        %v2128 = llvm.getelementptr %v7[%v2127] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2129 = llvm.load %v2128 : !llvm.ptr<3> -> i64
        %v2130 = arith.addi %v1454, %v1873 : i64
        %v2131 = arith.cmpi slt, %v2130, %size_L : i64
        %v2132 = arith.subi %size_L, %v1 : i64
        %v2133 = arith.minsi %v2130, %v2132 : i64
        %v2134 = arith.addi %v2129, %v2133 : i64
        %v2135 = arith.muli %v2127, %v72 : i64
        %v2136 = arith.addi %v2135, %v1873 : i64
        %v2137 = llvm.getelementptr %in_phi1[%v2134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2138 = llvm.load %v2137 : !llvm.ptr -> f32
        %v2139 = arith.addi %v1872, %v308 : i64
        %v2140 = arith.constant true
        %v2141 = arith.addi %v17, %v2139 : i64
        %v2142 = llvm.getelementptr %v7[%v2141] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2143 = llvm.load %v2142 : !llvm.ptr<3> -> i64
        %v2144 = arith.addi %v1454, %v1873 : i64
        %v2145 = arith.cmpi slt, %v2144, %size_L : i64
        %v2146 = arith.subi %size_L, %v1 : i64
        %v2147 = arith.minsi %v2144, %v2146 : i64
        %v2148 = arith.addi %v2143, %v2147 : i64
        %v2149 = arith.muli %v2141, %v72 : i64
        %v2150 = arith.addi %v2149, %v1873 : i64
        %v2151 = llvm.getelementptr %in_phi1[%v2148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2152 = llvm.load %v2151 : !llvm.ptr -> f32
        %v2153 = arith.addi %v1872, %v321 : i64
        %v2154 = arith.constant true
        %v2155 = arith.addi %v17, %v2153 : i64
        %v2156 = llvm.getelementptr %v7[%v2155] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2157 = llvm.load %v2156 : !llvm.ptr<3> -> i64
        %v2158 = arith.addi %v1454, %v1873 : i64
        %v2159 = arith.cmpi slt, %v2158, %size_L : i64
        %v2160 = arith.subi %size_L, %v1 : i64
        %v2161 = arith.minsi %v2158, %v2160 : i64
        %v2162 = arith.addi %v2157, %v2161 : i64
        %v2163 = arith.muli %v2155, %v72 : i64
        %v2164 = arith.addi %v2163, %v1873 : i64
        %v2165 = llvm.getelementptr %in_phi1[%v2162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2166 = llvm.load %v2165 : !llvm.ptr -> f32
        %v2167 = arith.addi %v1872, %v334 : i64
        %v2168 = arith.constant true
        %v2169 = arith.addi %v17, %v2167 : i64
        %v2170 = llvm.getelementptr %v7[%v2169] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2171 = llvm.load %v2170 : !llvm.ptr<3> -> i64
        %v2172 = arith.addi %v1454, %v1873 : i64
        %v2173 = arith.cmpi slt, %v2172, %size_L : i64
        %v2174 = arith.subi %size_L, %v1 : i64
        %v2175 = arith.minsi %v2172, %v2174 : i64
        %v2176 = arith.addi %v2171, %v2175 : i64
        %v2177 = arith.muli %v2169, %v72 : i64
        %v2178 = arith.addi %v2177, %v1873 : i64
        %v2179 = llvm.getelementptr %in_phi1[%v2176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2180 = llvm.load %v2179 : !llvm.ptr -> f32
        %v2181 = arith.addi %v1872, %v347 : i64
        %v2182 = arith.constant true
        %v2183 = arith.addi %v17, %v2181 : i64
        %v2184 = llvm.getelementptr %v7[%v2183] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2185 = llvm.load %v2184 : !llvm.ptr<3> -> i64
        %v2186 = arith.addi %v1454, %v1873 : i64
        %v2187 = arith.cmpi slt, %v2186, %size_L : i64
        %v2188 = arith.subi %size_L, %v1 : i64
        %v2189 = arith.minsi %v2186, %v2188 : i64
        %v2190 = arith.addi %v2185, %v2189 : i64
        %v2191 = arith.muli %v2183, %v72 : i64
        %v2192 = arith.addi %v2191, %v1873 : i64
        %v2193 = llvm.getelementptr %in_phi1[%v2190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2194 = llvm.load %v2193 : !llvm.ptr -> f32
        %v2195 = arith.addi %v1872, %v360 : i64
        %v2196 = arith.constant true
        %v2197 = arith.addi %v17, %v2195 : i64
        %v2198 = llvm.getelementptr %v7[%v2197] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2199 = llvm.load %v2198 : !llvm.ptr<3> -> i64
        %v2200 = arith.addi %v1454, %v1873 : i64
        %v2201 = arith.cmpi slt, %v2200, %size_L : i64
        %v2202 = arith.subi %size_L, %v1 : i64
        %v2203 = arith.minsi %v2200, %v2202 : i64
        %v2204 = arith.addi %v2199, %v2203 : i64
        %v2205 = arith.muli %v2197, %v72 : i64
        %v2206 = arith.addi %v2205, %v1873 : i64
        %v2207 = llvm.getelementptr %in_phi1[%v2204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2208 = llvm.load %v2207 : !llvm.ptr -> f32
        %v2209 = arith.addi %v1872, %v373 : i64
        %v2210 = arith.constant true
        %v2211 = arith.addi %v17, %v2209 : i64
        %v2212 = llvm.getelementptr %v7[%v2211] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2213 = llvm.load %v2212 : !llvm.ptr<3> -> i64
        %v2214 = arith.addi %v1454, %v1873 : i64
        %v2215 = arith.cmpi slt, %v2214, %size_L : i64
        %v2216 = arith.subi %size_L, %v1 : i64
        %v2217 = arith.minsi %v2214, %v2216 : i64
        %v2218 = arith.addi %v2213, %v2217 : i64
        %v2219 = arith.muli %v2211, %v72 : i64
        %v2220 = arith.addi %v2219, %v1873 : i64
        %v2221 = llvm.getelementptr %in_phi1[%v2218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2222 = llvm.load %v2221 : !llvm.ptr -> f32
        %v2223 = arith.addi %v1872, %v386 : i64
        %v2224 = arith.constant true
        %v2225 = arith.addi %v17, %v2223 : i64
        %v2226 = llvm.getelementptr %v7[%v2225] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2227 = llvm.load %v2226 : !llvm.ptr<3> -> i64
        %v2228 = arith.addi %v1454, %v1873 : i64
        %v2229 = arith.cmpi slt, %v2228, %size_L : i64
        %v2230 = arith.subi %size_L, %v1 : i64
        %v2231 = arith.minsi %v2228, %v2230 : i64
        %v2232 = arith.addi %v2227, %v2231 : i64
        %v2233 = arith.muli %v2225, %v72 : i64
        %v2234 = arith.addi %v2233, %v1873 : i64
        %v2235 = llvm.getelementptr %in_phi1[%v2232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2236 = llvm.load %v2235 : !llvm.ptr -> f32
        %v2237 = arith.addi %v1872, %v399 : i64
        %v2238 = arith.constant true
        %v2239 = arith.addi %v17, %v2237 : i64
        %v2240 = llvm.getelementptr %v7[%v2239] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2241 = llvm.load %v2240 : !llvm.ptr<3> -> i64
        %v2242 = arith.addi %v1454, %v1873 : i64
        %v2243 = arith.cmpi slt, %v2242, %size_L : i64
        %v2244 = arith.subi %size_L, %v1 : i64
        %v2245 = arith.minsi %v2242, %v2244 : i64
        %v2246 = arith.addi %v2241, %v2245 : i64
        %v2247 = arith.muli %v2239, %v72 : i64
        %v2248 = arith.addi %v2247, %v1873 : i64
        %v2249 = llvm.getelementptr %in_phi1[%v2246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2250 = llvm.load %v2249 : !llvm.ptr -> f32
        %v2251 = arith.addi %v1872, %v412 : i64
        %v2252 = arith.constant true
        %v2253 = arith.addi %v17, %v2251 : i64
        %v2254 = llvm.getelementptr %v7[%v2253] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2255 = llvm.load %v2254 : !llvm.ptr<3> -> i64
        %v2256 = arith.addi %v1454, %v1873 : i64
        %v2257 = arith.cmpi slt, %v2256, %size_L : i64
        %v2258 = arith.subi %size_L, %v1 : i64
        %v2259 = arith.minsi %v2256, %v2258 : i64
        %v2260 = arith.addi %v2255, %v2259 : i64
        %v2261 = arith.muli %v2253, %v72 : i64
        %v2262 = arith.addi %v2261, %v1873 : i64
        %v2263 = llvm.getelementptr %in_phi1[%v2260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2264 = llvm.load %v2263 : !llvm.ptr -> f32
        %v2265 = arith.addi %v1872, %v425 : i64
        %v2266 = arith.constant true
        %v2267 = arith.addi %v17, %v2265 : i64
        %v2268 = llvm.getelementptr %v7[%v2267] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2269 = llvm.load %v2268 : !llvm.ptr<3> -> i64
        %v2270 = arith.addi %v1454, %v1873 : i64
        %v2271 = arith.cmpi slt, %v2270, %size_L : i64
        %v2272 = arith.subi %size_L, %v1 : i64
        %v2273 = arith.minsi %v2270, %v2272 : i64
        %v2274 = arith.addi %v2269, %v2273 : i64
        %v2275 = arith.muli %v2267, %v72 : i64
        %v2276 = arith.addi %v2275, %v1873 : i64
        %v2277 = llvm.getelementptr %in_phi1[%v2274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2278 = llvm.load %v2277 : !llvm.ptr -> f32
        %v2279 = arith.addi %v1872, %v438 : i64
        %v2280 = arith.constant true
        %v2281 = arith.addi %v17, %v2279 : i64
        %v2282 = llvm.getelementptr %v7[%v2281] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2283 = llvm.load %v2282 : !llvm.ptr<3> -> i64
        %v2284 = arith.addi %v1454, %v1873 : i64
        %v2285 = arith.cmpi slt, %v2284, %size_L : i64
        %v2286 = arith.subi %size_L, %v1 : i64
        %v2287 = arith.minsi %v2284, %v2286 : i64
        %v2288 = arith.addi %v2283, %v2287 : i64
        %v2289 = arith.muli %v2281, %v72 : i64
        %v2290 = arith.addi %v2289, %v1873 : i64
        %v2291 = llvm.getelementptr %in_phi1[%v2288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2292 = llvm.load %v2291 : !llvm.ptr -> f32
        %v2293 = arith.addi %v1872, %v451 : i64
        %v2294 = arith.constant true
        %v2295 = arith.addi %v17, %v2293 : i64
        %v2296 = llvm.getelementptr %v7[%v2295] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2297 = llvm.load %v2296 : !llvm.ptr<3> -> i64
        %v2298 = arith.addi %v1454, %v1873 : i64
        %v2299 = arith.cmpi slt, %v2298, %size_L : i64
        %v2300 = arith.subi %size_L, %v1 : i64
        %v2301 = arith.minsi %v2298, %v2300 : i64
        %v2302 = arith.addi %v2297, %v2301 : i64
        %v2303 = arith.muli %v2295, %v72 : i64
        %v2304 = arith.addi %v2303, %v1873 : i64
        %v2305 = llvm.getelementptr %in_phi1[%v2302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2306 = llvm.load %v2305 : !llvm.ptr -> f32
        %v2307 = arith.addi %v1872, %v464 : i64
        %v2308 = arith.constant true
        %v2309 = arith.addi %v17, %v2307 : i64
        %v2310 = llvm.getelementptr %v7[%v2309] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2311 = llvm.load %v2310 : !llvm.ptr<3> -> i64
        %v2312 = arith.addi %v1454, %v1873 : i64
        %v2313 = arith.cmpi slt, %v2312, %size_L : i64
        %v2314 = arith.subi %size_L, %v1 : i64
        %v2315 = arith.minsi %v2312, %v2314 : i64
        %v2316 = arith.addi %v2311, %v2315 : i64
        %v2317 = arith.muli %v2309, %v72 : i64
        %v2318 = arith.addi %v2317, %v1873 : i64
        %v2319 = llvm.getelementptr %in_phi1[%v2316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2320 = llvm.load %v2319 : !llvm.ptr -> f32
        %v2321 = arith.divui %v15, %v62 : i64
        %v2322 = arith.remui %v15, %v62 : i64
        %v2323 = arith.constant true
        %v2324 = arith.addi %v42, %v2321 : i64
        %v2325 = llvm.getelementptr %v7[%v2324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2326 = llvm.load %v2325 : !llvm.ptr<3> -> i64
        %v2327 = arith.addi %v1454, %v2322 : i64
        %v2328 = arith.cmpi slt, %v2327, %size_L : i64
        %v2329 = arith.subi %size_L, %v1 : i64
        %v2330 = arith.minsi %v2327, %v2329 : i64
        %v2331 = arith.addi %v2326, %v2330 : i64
        %v2332 = arith.muli %v2324, %v72 : i64
        %v2333 = arith.addi %v2332, %v2322 : i64
        %v2334 = llvm.getelementptr %in_phi2[%v2331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2335 = llvm.load %v2334 : !llvm.ptr -> f32
        %v2336 = arith.addi %v2321, %v41 : i64
        %v2337 = arith.constant true
        %v2338 = arith.addi %v42, %v2336 : i64
        %v2339 = llvm.getelementptr %v7[%v2338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2340 = llvm.load %v2339 : !llvm.ptr<3> -> i64
        %v2341 = arith.addi %v1454, %v2322 : i64
        %v2342 = arith.cmpi slt, %v2341, %size_L : i64
        %v2343 = arith.subi %size_L, %v1 : i64
        %v2344 = arith.minsi %v2341, %v2343 : i64
        %v2345 = arith.addi %v2340, %v2344 : i64
        %v2346 = arith.muli %v2338, %v72 : i64
        %v2347 = arith.addi %v2346, %v2322 : i64
        %v2348 = llvm.getelementptr %in_phi2[%v2345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2349 = llvm.load %v2348 : !llvm.ptr -> f32
        %v2350 = arith.addi %v2321, %v58 : i64
        %v2351 = arith.constant true
        %v2352 = arith.addi %v42, %v2350 : i64
        %v2353 = llvm.getelementptr %v7[%v2352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2354 = llvm.load %v2353 : !llvm.ptr<3> -> i64
        %v2355 = arith.addi %v1454, %v2322 : i64
        %v2356 = arith.cmpi slt, %v2355, %size_L : i64
        %v2357 = arith.subi %size_L, %v1 : i64
        %v2358 = arith.minsi %v2355, %v2357 : i64
        %v2359 = arith.addi %v2354, %v2358 : i64
        %v2360 = arith.muli %v2352, %v72 : i64
        %v2361 = arith.addi %v2360, %v2322 : i64
        %v2362 = llvm.getelementptr %in_phi2[%v2359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2363 = llvm.load %v2362 : !llvm.ptr -> f32
        %v2364 = arith.addi %v2321, %v101 : i64
        %v2365 = arith.constant true
        %v2366 = arith.addi %v42, %v2364 : i64
        %v2367 = llvm.getelementptr %v7[%v2366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2368 = llvm.load %v2367 : !llvm.ptr<3> -> i64
        %v2369 = arith.addi %v1454, %v2322 : i64
        %v2370 = arith.cmpi slt, %v2369, %size_L : i64
        %v2371 = arith.subi %size_L, %v1 : i64
        %v2372 = arith.minsi %v2369, %v2371 : i64
        %v2373 = arith.addi %v2368, %v2372 : i64
        %v2374 = arith.muli %v2366, %v72 : i64
        %v2375 = arith.addi %v2374, %v2322 : i64
        %v2376 = llvm.getelementptr %in_phi2[%v2373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2377 = llvm.load %v2376 : !llvm.ptr -> f32
        %v2378 = arith.addi %v2321, %v114 : i64
        %v2379 = arith.constant true
        %v2380 = arith.addi %v42, %v2378 : i64
        %v2381 = llvm.getelementptr %v7[%v2380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2382 = llvm.load %v2381 : !llvm.ptr<3> -> i64
        %v2383 = arith.addi %v1454, %v2322 : i64
        %v2384 = arith.cmpi slt, %v2383, %size_L : i64
        %v2385 = arith.subi %size_L, %v1 : i64
        %v2386 = arith.minsi %v2383, %v2385 : i64
        %v2387 = arith.addi %v2382, %v2386 : i64
        %v2388 = arith.muli %v2380, %v72 : i64
        %v2389 = arith.addi %v2388, %v2322 : i64
        %v2390 = llvm.getelementptr %in_phi2[%v2387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2391 = llvm.load %v2390 : !llvm.ptr -> f32
        %v2392 = arith.addi %v2321, %v127 : i64
        %v2393 = arith.constant true
        %v2394 = arith.addi %v42, %v2392 : i64
        %v2395 = llvm.getelementptr %v7[%v2394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2396 = llvm.load %v2395 : !llvm.ptr<3> -> i64
        %v2397 = arith.addi %v1454, %v2322 : i64
        %v2398 = arith.cmpi slt, %v2397, %size_L : i64
        %v2399 = arith.subi %size_L, %v1 : i64
        %v2400 = arith.minsi %v2397, %v2399 : i64
        %v2401 = arith.addi %v2396, %v2400 : i64
        %v2402 = arith.muli %v2394, %v72 : i64
        %v2403 = arith.addi %v2402, %v2322 : i64
        %v2404 = llvm.getelementptr %in_phi2[%v2401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2405 = llvm.load %v2404 : !llvm.ptr -> f32
        %v2406 = arith.addi %v2321, %v140 : i64
        %v2407 = arith.constant true
        %v2408 = arith.addi %v42, %v2406 : i64
        %v2409 = llvm.getelementptr %v7[%v2408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2410 = llvm.load %v2409 : !llvm.ptr<3> -> i64
        %v2411 = arith.addi %v1454, %v2322 : i64
        %v2412 = arith.cmpi slt, %v2411, %size_L : i64
        %v2413 = arith.subi %size_L, %v1 : i64
        %v2414 = arith.minsi %v2411, %v2413 : i64
        %v2415 = arith.addi %v2410, %v2414 : i64
        %v2416 = arith.muli %v2408, %v72 : i64
        %v2417 = arith.addi %v2416, %v2322 : i64
        %v2418 = llvm.getelementptr %in_phi2[%v2415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2419 = llvm.load %v2418 : !llvm.ptr -> f32
        %v2420 = arith.addi %v2321, %v153 : i64
        %v2421 = arith.constant true
        %v2422 = arith.addi %v42, %v2420 : i64
        %v2423 = llvm.getelementptr %v7[%v2422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2424 = llvm.load %v2423 : !llvm.ptr<3> -> i64
        %v2425 = arith.addi %v1454, %v2322 : i64
        %v2426 = arith.cmpi slt, %v2425, %size_L : i64
        %v2427 = arith.subi %size_L, %v1 : i64
        %v2428 = arith.minsi %v2425, %v2427 : i64
        %v2429 = arith.addi %v2424, %v2428 : i64
        %v2430 = arith.muli %v2422, %v72 : i64
        %v2431 = arith.addi %v2430, %v2322 : i64
        %v2432 = llvm.getelementptr %in_phi2[%v2429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2433 = llvm.load %v2432 : !llvm.ptr -> f32
        %v2434 = arith.addi %v2321, %v166 : i64
        %v2435 = arith.constant true
        %v2436 = arith.addi %v42, %v2434 : i64
        %v2437 = llvm.getelementptr %v7[%v2436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2438 = llvm.load %v2437 : !llvm.ptr<3> -> i64
        %v2439 = arith.addi %v1454, %v2322 : i64
        %v2440 = arith.cmpi slt, %v2439, %size_L : i64
        %v2441 = arith.subi %size_L, %v1 : i64
        %v2442 = arith.minsi %v2439, %v2441 : i64
        %v2443 = arith.addi %v2438, %v2442 : i64
        %v2444 = arith.muli %v2436, %v72 : i64
        %v2445 = arith.addi %v2444, %v2322 : i64
        %v2446 = llvm.getelementptr %in_phi2[%v2443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2447 = llvm.load %v2446 : !llvm.ptr -> f32
        %v2448 = arith.addi %v2321, %v179 : i64
        %v2449 = arith.constant true
        %v2450 = arith.addi %v42, %v2448 : i64
        %v2451 = llvm.getelementptr %v7[%v2450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2452 = llvm.load %v2451 : !llvm.ptr<3> -> i64
        %v2453 = arith.addi %v1454, %v2322 : i64
        %v2454 = arith.cmpi slt, %v2453, %size_L : i64
        %v2455 = arith.subi %size_L, %v1 : i64
        %v2456 = arith.minsi %v2453, %v2455 : i64
        %v2457 = arith.addi %v2452, %v2456 : i64
        %v2458 = arith.muli %v2450, %v72 : i64
        %v2459 = arith.addi %v2458, %v2322 : i64
        %v2460 = llvm.getelementptr %in_phi2[%v2457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2461 = llvm.load %v2460 : !llvm.ptr -> f32
        %v2462 = arith.addi %v2321, %v192 : i64
        %v2463 = arith.constant true
        %v2464 = arith.addi %v42, %v2462 : i64
        %v2465 = llvm.getelementptr %v7[%v2464] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2466 = llvm.load %v2465 : !llvm.ptr<3> -> i64
        %v2467 = arith.addi %v1454, %v2322 : i64
        %v2468 = arith.cmpi slt, %v2467, %size_L : i64
        %v2469 = arith.subi %size_L, %v1 : i64
        %v2470 = arith.minsi %v2467, %v2469 : i64
        %v2471 = arith.addi %v2466, %v2470 : i64
        %v2472 = arith.muli %v2464, %v72 : i64
        %v2473 = arith.addi %v2472, %v2322 : i64
        %v2474 = llvm.getelementptr %in_phi2[%v2471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2475 = llvm.load %v2474 : !llvm.ptr -> f32
        %v2476 = arith.addi %v2321, %v205 : i64
        %v2477 = arith.constant true
        %v2478 = arith.addi %v42, %v2476 : i64
        %v2479 = llvm.getelementptr %v7[%v2478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2480 = llvm.load %v2479 : !llvm.ptr<3> -> i64
        %v2481 = arith.addi %v1454, %v2322 : i64
        %v2482 = arith.cmpi slt, %v2481, %size_L : i64
        %v2483 = arith.subi %size_L, %v1 : i64
        %v2484 = arith.minsi %v2481, %v2483 : i64
        %v2485 = arith.addi %v2480, %v2484 : i64
        %v2486 = arith.muli %v2478, %v72 : i64
        %v2487 = arith.addi %v2486, %v2322 : i64
        %v2488 = llvm.getelementptr %in_phi2[%v2485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2489 = llvm.load %v2488 : !llvm.ptr -> f32
        %v2490 = arith.addi %v2321, %v218 : i64
        %v2491 = arith.constant true
        %v2492 = arith.addi %v42, %v2490 : i64
        %v2493 = llvm.getelementptr %v7[%v2492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2494 = llvm.load %v2493 : !llvm.ptr<3> -> i64
        %v2495 = arith.addi %v1454, %v2322 : i64
        %v2496 = arith.cmpi slt, %v2495, %size_L : i64
        %v2497 = arith.subi %size_L, %v1 : i64
        %v2498 = arith.minsi %v2495, %v2497 : i64
        %v2499 = arith.addi %v2494, %v2498 : i64
        %v2500 = arith.muli %v2492, %v72 : i64
        %v2501 = arith.addi %v2500, %v2322 : i64
        %v2502 = llvm.getelementptr %in_phi2[%v2499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2503 = llvm.load %v2502 : !llvm.ptr -> f32
        %v2504 = arith.addi %v2321, %v231 : i64
        %v2505 = arith.constant true
        %v2506 = arith.addi %v42, %v2504 : i64
        %v2507 = llvm.getelementptr %v7[%v2506] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2508 = llvm.load %v2507 : !llvm.ptr<3> -> i64
        %v2509 = arith.addi %v1454, %v2322 : i64
        %v2510 = arith.cmpi slt, %v2509, %size_L : i64
        %v2511 = arith.subi %size_L, %v1 : i64
        %v2512 = arith.minsi %v2509, %v2511 : i64
        %v2513 = arith.addi %v2508, %v2512 : i64
        %v2514 = arith.muli %v2506, %v72 : i64
        %v2515 = arith.addi %v2514, %v2322 : i64
        %v2516 = llvm.getelementptr %in_phi2[%v2513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2517 = llvm.load %v2516 : !llvm.ptr -> f32
        %v2518 = arith.addi %v2321, %v244 : i64
        %v2519 = arith.constant true
        %v2520 = arith.addi %v42, %v2518 : i64
        %v2521 = llvm.getelementptr %v7[%v2520] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2522 = llvm.load %v2521 : !llvm.ptr<3> -> i64
        %v2523 = arith.addi %v1454, %v2322 : i64
        %v2524 = arith.cmpi slt, %v2523, %size_L : i64
        %v2525 = arith.subi %size_L, %v1 : i64
        %v2526 = arith.minsi %v2523, %v2525 : i64
        %v2527 = arith.addi %v2522, %v2526 : i64
        %v2528 = arith.muli %v2520, %v72 : i64
        %v2529 = arith.addi %v2528, %v2322 : i64
        %v2530 = llvm.getelementptr %in_phi2[%v2527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2531 = llvm.load %v2530 : !llvm.ptr -> f32
        %v2532 = arith.addi %v2321, %v257 : i64
        %v2533 = arith.constant true
        %v2534 = arith.addi %v42, %v2532 : i64
        %v2535 = llvm.getelementptr %v7[%v2534] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2536 = llvm.load %v2535 : !llvm.ptr<3> -> i64
        %v2537 = arith.addi %v1454, %v2322 : i64
        %v2538 = arith.cmpi slt, %v2537, %size_L : i64
        %v2539 = arith.subi %size_L, %v1 : i64
        %v2540 = arith.minsi %v2537, %v2539 : i64
        %v2541 = arith.addi %v2536, %v2540 : i64
        %v2542 = arith.muli %v2534, %v72 : i64
        %v2543 = arith.addi %v2542, %v2322 : i64
        %v2544 = llvm.getelementptr %in_phi2[%v2541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2545 = llvm.load %v2544 : !llvm.ptr -> f32
        %v2546 = arith.addi %v2321, %v62 : i64
        %v2547 = arith.constant true
        %v2548 = arith.addi %v42, %v2546 : i64
        %v2549 = llvm.getelementptr %v7[%v2548] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2550 = llvm.load %v2549 : !llvm.ptr<3> -> i64
        %v2551 = arith.addi %v1454, %v2322 : i64
        %v2552 = arith.cmpi slt, %v2551, %size_L : i64
        %v2553 = arith.subi %size_L, %v1 : i64
        %v2554 = arith.minsi %v2551, %v2553 : i64
        %v2555 = arith.addi %v2550, %v2554 : i64
        %v2556 = arith.muli %v2548, %v72 : i64
        %v2557 = arith.addi %v2556, %v2322 : i64
        %v2558 = llvm.getelementptr %in_phi2[%v2555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2559 = llvm.load %v2558 : !llvm.ptr -> f32
        %v2560 = arith.addi %v2321, %v282 : i64
        %v2561 = arith.constant true
        %v2562 = arith.addi %v42, %v2560 : i64
        %v2563 = llvm.getelementptr %v7[%v2562] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2564 = llvm.load %v2563 : !llvm.ptr<3> -> i64
        %v2565 = arith.addi %v1454, %v2322 : i64
        %v2566 = arith.cmpi slt, %v2565, %size_L : i64
        %v2567 = arith.subi %size_L, %v1 : i64
        %v2568 = arith.minsi %v2565, %v2567 : i64
        %v2569 = arith.addi %v2564, %v2568 : i64
        %v2570 = arith.muli %v2562, %v72 : i64
        %v2571 = arith.addi %v2570, %v2322 : i64
        %v2572 = llvm.getelementptr %in_phi2[%v2569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2573 = llvm.load %v2572 : !llvm.ptr -> f32
        %v2574 = arith.addi %v2321, %v295 : i64
        %v2575 = arith.constant true
        %v2576 = arith.addi %v42, %v2574 : i64
        %v2577 = llvm.getelementptr %v7[%v2576] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2578 = llvm.load %v2577 : !llvm.ptr<3> -> i64
        %v2579 = arith.addi %v1454, %v2322 : i64
        %v2580 = arith.cmpi slt, %v2579, %size_L : i64
        %v2581 = arith.subi %size_L, %v1 : i64
        %v2582 = arith.minsi %v2579, %v2581 : i64
        %v2583 = arith.addi %v2578, %v2582 : i64
        %v2584 = arith.muli %v2576, %v72 : i64
        %v2585 = arith.addi %v2584, %v2322 : i64
        %v2586 = llvm.getelementptr %in_phi2[%v2583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2587 = llvm.load %v2586 : !llvm.ptr -> f32
        %v2588 = arith.addi %v2321, %v308 : i64
        %v2589 = arith.constant true
        %v2590 = arith.addi %v42, %v2588 : i64
        %v2591 = llvm.getelementptr %v7[%v2590] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2592 = llvm.load %v2591 : !llvm.ptr<3> -> i64
        %v2593 = arith.addi %v1454, %v2322 : i64
        %v2594 = arith.cmpi slt, %v2593, %size_L : i64
        %v2595 = arith.subi %size_L, %v1 : i64
        %v2596 = arith.minsi %v2593, %v2595 : i64
        %v2597 = arith.addi %v2592, %v2596 : i64
        %v2598 = arith.muli %v2590, %v72 : i64
        %v2599 = arith.addi %v2598, %v2322 : i64
        %v2600 = llvm.getelementptr %in_phi2[%v2597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2601 = llvm.load %v2600 : !llvm.ptr -> f32
        %v2602 = arith.addi %v2321, %v321 : i64
        %v2603 = arith.constant true
        %v2604 = arith.addi %v42, %v2602 : i64
        %v2605 = llvm.getelementptr %v7[%v2604] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2606 = llvm.load %v2605 : !llvm.ptr<3> -> i64
        %v2607 = arith.addi %v1454, %v2322 : i64
        %v2608 = arith.cmpi slt, %v2607, %size_L : i64
        %v2609 = arith.subi %size_L, %v1 : i64
        %v2610 = arith.minsi %v2607, %v2609 : i64
        %v2611 = arith.addi %v2606, %v2610 : i64
        %v2612 = arith.muli %v2604, %v72 : i64
        %v2613 = arith.addi %v2612, %v2322 : i64
        %v2614 = llvm.getelementptr %in_phi2[%v2611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2615 = llvm.load %v2614 : !llvm.ptr -> f32
        %v2616 = arith.addi %v2321, %v334 : i64
        %v2617 = arith.constant true
        %v2618 = arith.addi %v42, %v2616 : i64
        %v2619 = llvm.getelementptr %v7[%v2618] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2620 = llvm.load %v2619 : !llvm.ptr<3> -> i64
        %v2621 = arith.addi %v1454, %v2322 : i64
        %v2622 = arith.cmpi slt, %v2621, %size_L : i64
        %v2623 = arith.subi %size_L, %v1 : i64
        %v2624 = arith.minsi %v2621, %v2623 : i64
        %v2625 = arith.addi %v2620, %v2624 : i64
        %v2626 = arith.muli %v2618, %v72 : i64
        %v2627 = arith.addi %v2626, %v2322 : i64
        %v2628 = llvm.getelementptr %in_phi2[%v2625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2629 = llvm.load %v2628 : !llvm.ptr -> f32
        %v2630 = arith.addi %v2321, %v347 : i64
        %v2631 = arith.constant true
        %v2632 = arith.addi %v42, %v2630 : i64
        %v2633 = llvm.getelementptr %v7[%v2632] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2634 = llvm.load %v2633 : !llvm.ptr<3> -> i64
        %v2635 = arith.addi %v1454, %v2322 : i64
        %v2636 = arith.cmpi slt, %v2635, %size_L : i64
        %v2637 = arith.subi %size_L, %v1 : i64
        %v2638 = arith.minsi %v2635, %v2637 : i64
        %v2639 = arith.addi %v2634, %v2638 : i64
        %v2640 = arith.muli %v2632, %v72 : i64
        %v2641 = arith.addi %v2640, %v2322 : i64
        %v2642 = llvm.getelementptr %in_phi2[%v2639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2643 = llvm.load %v2642 : !llvm.ptr -> f32
        %v2644 = arith.addi %v2321, %v360 : i64
        %v2645 = arith.constant true
        %v2646 = arith.addi %v42, %v2644 : i64
        %v2647 = llvm.getelementptr %v7[%v2646] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2648 = llvm.load %v2647 : !llvm.ptr<3> -> i64
        %v2649 = arith.addi %v1454, %v2322 : i64
        %v2650 = arith.cmpi slt, %v2649, %size_L : i64
        %v2651 = arith.subi %size_L, %v1 : i64
        %v2652 = arith.minsi %v2649, %v2651 : i64
        %v2653 = arith.addi %v2648, %v2652 : i64
        %v2654 = arith.muli %v2646, %v72 : i64
        %v2655 = arith.addi %v2654, %v2322 : i64
        %v2656 = llvm.getelementptr %in_phi2[%v2653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2657 = llvm.load %v2656 : !llvm.ptr -> f32
        %v2658 = arith.addi %v2321, %v373 : i64
        %v2659 = arith.constant true
        %v2660 = arith.addi %v42, %v2658 : i64
        %v2661 = llvm.getelementptr %v7[%v2660] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2662 = llvm.load %v2661 : !llvm.ptr<3> -> i64
        %v2663 = arith.addi %v1454, %v2322 : i64
        %v2664 = arith.cmpi slt, %v2663, %size_L : i64
        %v2665 = arith.subi %size_L, %v1 : i64
        %v2666 = arith.minsi %v2663, %v2665 : i64
        %v2667 = arith.addi %v2662, %v2666 : i64
        %v2668 = arith.muli %v2660, %v72 : i64
        %v2669 = arith.addi %v2668, %v2322 : i64
        %v2670 = llvm.getelementptr %in_phi2[%v2667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2671 = llvm.load %v2670 : !llvm.ptr -> f32
        %v2672 = arith.addi %v2321, %v386 : i64
        %v2673 = arith.constant true
        %v2674 = arith.addi %v42, %v2672 : i64
        %v2675 = llvm.getelementptr %v7[%v2674] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2676 = llvm.load %v2675 : !llvm.ptr<3> -> i64
        %v2677 = arith.addi %v1454, %v2322 : i64
        %v2678 = arith.cmpi slt, %v2677, %size_L : i64
        %v2679 = arith.subi %size_L, %v1 : i64
        %v2680 = arith.minsi %v2677, %v2679 : i64
        %v2681 = arith.addi %v2676, %v2680 : i64
        %v2682 = arith.muli %v2674, %v72 : i64
        %v2683 = arith.addi %v2682, %v2322 : i64
        %v2684 = llvm.getelementptr %in_phi2[%v2681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2685 = llvm.load %v2684 : !llvm.ptr -> f32
        %v2686 = arith.addi %v2321, %v399 : i64
        %v2687 = arith.constant true
        %v2688 = arith.addi %v42, %v2686 : i64
        %v2689 = llvm.getelementptr %v7[%v2688] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2690 = llvm.load %v2689 : !llvm.ptr<3> -> i64
        %v2691 = arith.addi %v1454, %v2322 : i64
        %v2692 = arith.cmpi slt, %v2691, %size_L : i64
        %v2693 = arith.subi %size_L, %v1 : i64
        %v2694 = arith.minsi %v2691, %v2693 : i64
        %v2695 = arith.addi %v2690, %v2694 : i64
        %v2696 = arith.muli %v2688, %v72 : i64
        %v2697 = arith.addi %v2696, %v2322 : i64
        %v2698 = llvm.getelementptr %in_phi2[%v2695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2699 = llvm.load %v2698 : !llvm.ptr -> f32
        %v2700 = arith.addi %v2321, %v412 : i64
        %v2701 = arith.constant true
        %v2702 = arith.addi %v42, %v2700 : i64
        %v2703 = llvm.getelementptr %v7[%v2702] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2704 = llvm.load %v2703 : !llvm.ptr<3> -> i64
        %v2705 = arith.addi %v1454, %v2322 : i64
        %v2706 = arith.cmpi slt, %v2705, %size_L : i64
        %v2707 = arith.subi %size_L, %v1 : i64
        %v2708 = arith.minsi %v2705, %v2707 : i64
        %v2709 = arith.addi %v2704, %v2708 : i64
        %v2710 = arith.muli %v2702, %v72 : i64
        %v2711 = arith.addi %v2710, %v2322 : i64
        %v2712 = llvm.getelementptr %in_phi2[%v2709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2713 = llvm.load %v2712 : !llvm.ptr -> f32
        %v2714 = arith.addi %v2321, %v425 : i64
        %v2715 = arith.constant true
        %v2716 = arith.addi %v42, %v2714 : i64
        %v2717 = llvm.getelementptr %v7[%v2716] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2718 = llvm.load %v2717 : !llvm.ptr<3> -> i64
        %v2719 = arith.addi %v1454, %v2322 : i64
        %v2720 = arith.cmpi slt, %v2719, %size_L : i64
        %v2721 = arith.subi %size_L, %v1 : i64
        %v2722 = arith.minsi %v2719, %v2721 : i64
        %v2723 = arith.addi %v2718, %v2722 : i64
        %v2724 = arith.muli %v2716, %v72 : i64
        %v2725 = arith.addi %v2724, %v2322 : i64
        %v2726 = llvm.getelementptr %in_phi2[%v2723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2727 = llvm.load %v2726 : !llvm.ptr -> f32
        %v2728 = arith.addi %v2321, %v438 : i64
        %v2729 = arith.constant true
        %v2730 = arith.addi %v42, %v2728 : i64
        %v2731 = llvm.getelementptr %v7[%v2730] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2732 = llvm.load %v2731 : !llvm.ptr<3> -> i64
        %v2733 = arith.addi %v1454, %v2322 : i64
        %v2734 = arith.cmpi slt, %v2733, %size_L : i64
        %v2735 = arith.subi %size_L, %v1 : i64
        %v2736 = arith.minsi %v2733, %v2735 : i64
        %v2737 = arith.addi %v2732, %v2736 : i64
        %v2738 = arith.muli %v2730, %v72 : i64
        %v2739 = arith.addi %v2738, %v2322 : i64
        %v2740 = llvm.getelementptr %in_phi2[%v2737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2741 = llvm.load %v2740 : !llvm.ptr -> f32
        %v2742 = arith.addi %v2321, %v451 : i64
        %v2743 = arith.constant true
        %v2744 = arith.addi %v42, %v2742 : i64
        %v2745 = llvm.getelementptr %v7[%v2744] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2746 = llvm.load %v2745 : !llvm.ptr<3> -> i64
        %v2747 = arith.addi %v1454, %v2322 : i64
        %v2748 = arith.cmpi slt, %v2747, %size_L : i64
        %v2749 = arith.subi %size_L, %v1 : i64
        %v2750 = arith.minsi %v2747, %v2749 : i64
        %v2751 = arith.addi %v2746, %v2750 : i64
        %v2752 = arith.muli %v2744, %v72 : i64
        %v2753 = arith.addi %v2752, %v2322 : i64
        %v2754 = llvm.getelementptr %in_phi2[%v2751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2755 = llvm.load %v2754 : !llvm.ptr -> f32
        %v2756 = arith.addi %v2321, %v464 : i64
        %v2757 = arith.constant true
        %v2758 = arith.addi %v42, %v2756 : i64
        %v2759 = llvm.getelementptr %v7[%v2758] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2760 = llvm.load %v2759 : !llvm.ptr<3> -> i64
        %v2761 = arith.addi %v1454, %v2322 : i64
        %v2762 = arith.cmpi slt, %v2761, %size_L : i64
        %v2763 = arith.subi %size_L, %v1 : i64
        %v2764 = arith.minsi %v2761, %v2763 : i64
        %v2765 = arith.addi %v2760, %v2764 : i64
        %v2766 = arith.muli %v2758, %v72 : i64
        %v2767 = arith.addi %v2766, %v2322 : i64
        %v2768 = llvm.getelementptr %in_phi2[%v2765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2769 = llvm.load %v2768 : !llvm.ptr -> f32
        %v2770 = arith.index_cast %v27 : i64 to index
        %v2771 = arith.index_cast %v1453 : i64 to index
        %v2772 = arith.index_cast %v1 : i64 to index
        scf.for %v2773 = %v2770 to %v2771 step %v2772 {
          %v2774 = arith.index_cast %v2773 : index to i64
          %v2775 = arith.addi %v1411, %v2774 : i64
          %v2776 = arith.addi %v17, %v15 : i64
          %v2777 = arith.muli %v2776, %v72 : i64
          %v2778 = arith.addi %v2777, %v2774 : i64
          %v2779 = llvm.getelementptr %v8[%v2778] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2780 = llvm.load %v2779 : !llvm.ptr<3> -> f32
          %v2781 = arith.muli %v15, %v72 : i64
          %v2782 = arith.addi %v2781, %v2774 : i64
          %v2783 = llvm.getelementptr %v8[%v2782] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2784 = llvm.load %v2783 : !llvm.ptr<3> -> f32
          %v2785 = llvm.load %v3 : !llvm.ptr -> f32
          %v2786 = arith.mulf %v2780, %v2785 fastmath<contract> : f32
          %v2787 = arith.addf %v2786, %v2784 fastmath<contract> : f32
          %v2788 = arith.addi %v42, %v15 : i64
          %v2789 = arith.muli %v2788, %v72 : i64
          %v2790 = arith.addi %v2789, %v2774 : i64
          %v2791 = llvm.getelementptr %v8[%v2790] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2792 = llvm.load %v2791 : !llvm.ptr<3> -> f32
          %v2793 = llvm.load %v4 : !llvm.ptr -> f32
          %v2794 = arith.mulf %v2792, %v2793 fastmath<contract> : f32
          %v2795 = arith.addf %v2787, %v2794 fastmath<contract> : f32
          %v2798 = llvm.load %v5 : !llvm.ptr -> f32
          %v2799 = arith.mulf %v2797, %v2798 fastmath<contract> : f32
          %v2800 = arith.addf %v2795, %v2799 fastmath<contract> : f32
          %v2803 = llvm.load %v6 : !llvm.ptr -> f32
          %v2804 = arith.mulf %v2802, %v2803 fastmath<contract> : f32
          %v2805 = arith.addf %v2800, %v2804 fastmath<contract> : f32
          %v2806 = llvm.load %v4 : !llvm.ptr -> f32
          %v2807 = arith.mulf %v61, %v2806 fastmath<contract> : f32
          %v2808 = arith.addf %v2807, %v61 fastmath<contract> : f32
          %v2810 = llvm.load %v3 : !llvm.ptr -> f32
          %v2811 = arith.mulf %v2809, %v2810 fastmath<contract> : f32
          %v2812 = arith.addf %v2808, %v2811 fastmath<contract> : f32
          %v2813 = llvm.load %v5 : !llvm.ptr -> f32
          %v2814 = arith.mulf %v61, %v2813 fastmath<contract> : f32
          %v2815 = arith.addf %v2814, %v2784 fastmath<contract> : f32
          %v2816 = llvm.load %v6 : !llvm.ptr -> f32
          %v2817 = arith.mulf %v61, %v2816 fastmath<contract> : f32
          %v2818 = arith.addf %v2817, %v61 fastmath<contract> : f32
          %v2819 = llvm.load %v5 : !llvm.ptr -> f32
          %v2820 = arith.mulf %v2809, %v2819 fastmath<contract> : f32
          %v2821 = arith.addf %v2818, %v2820 fastmath<contract> : f32
          llvm.store %v2805, %v3 : f32, !llvm.ptr
          llvm.store %v2812, %v4 : f32, !llvm.ptr
          llvm.store %v2815, %v5 : f32, !llvm.ptr
          llvm.store %v2821, %v6 : f32, !llvm.ptr
          %v2822 = llvm.load %v3 : !llvm.ptr -> f32
          %v2823 = arith.addi %v51, %v15 : i64
          %v2824 = arith.muli %v2823, %v72 : i64
          %v2825 = arith.addi %v2824, %v2774 : i64
          %v2826 = llvm.getelementptr %v8[%v2825] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2822, %v2826 : f32, !llvm.ptr<3>
          %v2827 = arith.mulf %v2780, %v2822 fastmath<contract> : f32
          %v2828 = llvm.load %v4 : !llvm.ptr -> f32
          %v2829 = arith.mulf %v2792, %v2828 fastmath<contract> : f32
          %v2830 = arith.addf %v2827, %v2829 fastmath<contract> : f32
          %v2831 = arith.mulf %v2784, %v2797 fastmath<contract> : f32
          %v2832 = arith.addf %v2830, %v2831 fastmath<contract> : f32
          %v2833 = llvm.load %v6 : !llvm.ptr -> f32
          %v2834 = arith.mulf %v2802, %v2833 fastmath<contract> : f32
          %v2835 = arith.addf %v2832, %v2834 fastmath<contract> : f32
          %v2836 = arith.addi %v11, %v15 : i64
          %v2837 = arith.muli %v2836, %v72 : i64
          %v2838 = arith.addi %v2837, %v2774 : i64
          %v2839 = llvm.getelementptr %v8[%v2838] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2835, %v2839 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v2840 = arith.divui %v15, %v62 : i64
        %v2841 = arith.remui %v15, %v62 : i64
        %v2842 = arith.muli %v2840, %v72 : i64
        %v2843 = arith.addi %v2842, %v2841 : i64
        %v2844 = llvm.getelementptr %v8[%v2843] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1468, %v2844 : f32, !llvm.ptr<3>
        %v2845 = arith.addi %v17, %v15 : i64
        %v2846 = arith.divui %v2845, %v62 : i64
        %v2847 = arith.remui %v2845, %v62 : i64
        %v2848 = arith.muli %v2846, %v72 : i64
        %v2849 = arith.addi %v2848, %v2847 : i64
        %v2850 = llvm.getelementptr %v8[%v2849] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1481, %v2850 : f32, !llvm.ptr<3>
        %v2851 = arith.addi %v42, %v15 : i64
        %v2852 = arith.divui %v2851, %v62 : i64
        %v2853 = arith.remui %v2851, %v62 : i64
        %v2854 = arith.muli %v2852, %v72 : i64
        %v2855 = arith.addi %v2854, %v2853 : i64
        %v2856 = llvm.getelementptr %v8[%v2855] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1494, %v2856 : f32, !llvm.ptr<3>
        %v2857 = arith.addi %v51, %v15 : i64
        %v2858 = arith.divui %v2857, %v62 : i64
        %v2859 = arith.remui %v2857, %v62 : i64
        %v2860 = arith.muli %v2858, %v72 : i64
        %v2861 = arith.addi %v2860, %v2859 : i64
        %v2862 = llvm.getelementptr %v8[%v2861] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1507, %v2862 : f32, !llvm.ptr<3>
        %v2863 = arith.addi %v11, %v15 : i64
        %v2864 = arith.divui %v2863, %v62 : i64
        %v2865 = arith.remui %v2863, %v62 : i64
        %v2866 = arith.muli %v2864, %v72 : i64
        %v2867 = arith.addi %v2866, %v2865 : i64
        %v2868 = llvm.getelementptr %v8[%v2867] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1520, %v2868 : f32, !llvm.ptr<3>
        %v2870 = arith.addi %v2869, %v15 : i64
        %v2871 = arith.divui %v2870, %v62 : i64
        %v2872 = arith.remui %v2870, %v62 : i64
        %v2873 = arith.muli %v2871, %v72 : i64
        %v2874 = arith.addi %v2873, %v2872 : i64
        %v2875 = llvm.getelementptr %v8[%v2874] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1533, %v2875 : f32, !llvm.ptr<3>
        %v2877 = arith.addi %v2876, %v15 : i64
        %v2878 = arith.divui %v2877, %v62 : i64
        %v2879 = arith.remui %v2877, %v62 : i64
        %v2880 = arith.muli %v2878, %v72 : i64
        %v2881 = arith.addi %v2880, %v2879 : i64
        %v2882 = llvm.getelementptr %v8[%v2881] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1546, %v2882 : f32, !llvm.ptr<3>
        %v2884 = arith.addi %v2883, %v15 : i64
        %v2885 = arith.divui %v2884, %v62 : i64
        %v2886 = arith.remui %v2884, %v62 : i64
        %v2887 = arith.muli %v2885, %v72 : i64
        %v2888 = arith.addi %v2887, %v2886 : i64
        %v2889 = llvm.getelementptr %v8[%v2888] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1559, %v2889 : f32, !llvm.ptr<3>
        %v2891 = arith.addi %v2890, %v15 : i64
        %v2892 = arith.divui %v2891, %v62 : i64
        %v2893 = arith.remui %v2891, %v62 : i64
        %v2894 = arith.muli %v2892, %v72 : i64
        %v2895 = arith.addi %v2894, %v2893 : i64
        %v2896 = llvm.getelementptr %v8[%v2895] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1572, %v2896 : f32, !llvm.ptr<3>
        %v2898 = arith.addi %v2897, %v15 : i64
        %v2899 = arith.divui %v2898, %v62 : i64
        %v2900 = arith.remui %v2898, %v62 : i64
        %v2901 = arith.muli %v2899, %v72 : i64
        %v2902 = arith.addi %v2901, %v2900 : i64
        %v2903 = llvm.getelementptr %v8[%v2902] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1585, %v2903 : f32, !llvm.ptr<3>
        %v2905 = arith.addi %v2904, %v15 : i64
        %v2906 = arith.divui %v2905, %v62 : i64
        %v2907 = arith.remui %v2905, %v62 : i64
        %v2908 = arith.muli %v2906, %v72 : i64
        %v2909 = arith.addi %v2908, %v2907 : i64
        %v2910 = llvm.getelementptr %v8[%v2909] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1598, %v2910 : f32, !llvm.ptr<3>
        %v2912 = arith.addi %v2911, %v15 : i64
        %v2913 = arith.divui %v2912, %v62 : i64
        %v2914 = arith.remui %v2912, %v62 : i64
        %v2915 = arith.muli %v2913, %v72 : i64
        %v2916 = arith.addi %v2915, %v2914 : i64
        %v2917 = llvm.getelementptr %v8[%v2916] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1611, %v2917 : f32, !llvm.ptr<3>
        %v2919 = arith.addi %v2918, %v15 : i64
        %v2920 = arith.divui %v2919, %v62 : i64
        %v2921 = arith.remui %v2919, %v62 : i64
        %v2922 = arith.muli %v2920, %v72 : i64
        %v2923 = arith.addi %v2922, %v2921 : i64
        %v2924 = llvm.getelementptr %v8[%v2923] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1624, %v2924 : f32, !llvm.ptr<3>
        %v2926 = arith.addi %v2925, %v15 : i64
        %v2927 = arith.divui %v2926, %v62 : i64
        %v2928 = arith.remui %v2926, %v62 : i64
        %v2929 = arith.muli %v2927, %v72 : i64
        %v2930 = arith.addi %v2929, %v2928 : i64
        %v2931 = llvm.getelementptr %v8[%v2930] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1637, %v2931 : f32, !llvm.ptr<3>
        %v2933 = arith.addi %v2932, %v15 : i64
        %v2934 = arith.divui %v2933, %v62 : i64
        %v2935 = arith.remui %v2933, %v62 : i64
        %v2936 = arith.muli %v2934, %v72 : i64
        %v2937 = arith.addi %v2936, %v2935 : i64
        %v2938 = llvm.getelementptr %v8[%v2937] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1650, %v2938 : f32, !llvm.ptr<3>
        %v2940 = arith.addi %v2939, %v15 : i64
        %v2941 = arith.divui %v2940, %v62 : i64
        %v2942 = arith.remui %v2940, %v62 : i64
        %v2943 = arith.muli %v2941, %v72 : i64
        %v2944 = arith.addi %v2943, %v2942 : i64
        %v2945 = llvm.getelementptr %v8[%v2944] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1663, %v2945 : f32, !llvm.ptr<3>
        %v2947 = arith.addi %v2946, %v15 : i64
        %v2948 = arith.divui %v2947, %v62 : i64
        %v2949 = arith.remui %v2947, %v62 : i64
        %v2950 = arith.muli %v2948, %v72 : i64
        %v2951 = arith.addi %v2950, %v2949 : i64
        %v2952 = llvm.getelementptr %v8[%v2951] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1676, %v2952 : f32, !llvm.ptr<3>
        %v2954 = arith.addi %v2953, %v15 : i64
        %v2955 = arith.divui %v2954, %v62 : i64
        %v2956 = arith.remui %v2954, %v62 : i64
        %v2957 = arith.muli %v2955, %v72 : i64
        %v2958 = arith.addi %v2957, %v2956 : i64
        %v2959 = llvm.getelementptr %v8[%v2958] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1689, %v2959 : f32, !llvm.ptr<3>
        %v2961 = arith.addi %v2960, %v15 : i64
        %v2962 = arith.divui %v2961, %v62 : i64
        %v2963 = arith.remui %v2961, %v62 : i64
        %v2964 = arith.muli %v2962, %v72 : i64
        %v2965 = arith.addi %v2964, %v2963 : i64
        %v2966 = llvm.getelementptr %v8[%v2965] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1702, %v2966 : f32, !llvm.ptr<3>
        %v2968 = arith.addi %v2967, %v15 : i64
        %v2969 = arith.divui %v2968, %v62 : i64
        %v2970 = arith.remui %v2968, %v62 : i64
        %v2971 = arith.muli %v2969, %v72 : i64
        %v2972 = arith.addi %v2971, %v2970 : i64
        %v2973 = llvm.getelementptr %v8[%v2972] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1715, %v2973 : f32, !llvm.ptr<3>
        %v2975 = arith.addi %v2974, %v15 : i64
        %v2976 = arith.divui %v2975, %v62 : i64
        %v2977 = arith.remui %v2975, %v62 : i64
        %v2978 = arith.muli %v2976, %v72 : i64
        %v2979 = arith.addi %v2978, %v2977 : i64
        %v2980 = llvm.getelementptr %v8[%v2979] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1728, %v2980 : f32, !llvm.ptr<3>
        %v2982 = arith.addi %v2981, %v15 : i64
        %v2983 = arith.divui %v2982, %v62 : i64
        %v2984 = arith.remui %v2982, %v62 : i64
        %v2985 = arith.muli %v2983, %v72 : i64
        %v2986 = arith.addi %v2985, %v2984 : i64
        %v2987 = llvm.getelementptr %v8[%v2986] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1741, %v2987 : f32, !llvm.ptr<3>
        %v2989 = arith.addi %v2988, %v15 : i64
        %v2990 = arith.divui %v2989, %v62 : i64
        %v2991 = arith.remui %v2989, %v62 : i64
        %v2992 = arith.muli %v2990, %v72 : i64
        %v2993 = arith.addi %v2992, %v2991 : i64
        %v2994 = llvm.getelementptr %v8[%v2993] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1754, %v2994 : f32, !llvm.ptr<3>
        %v2996 = arith.addi %v2995, %v15 : i64
        %v2997 = arith.divui %v2996, %v62 : i64
        %v2998 = arith.remui %v2996, %v62 : i64
        %v2999 = arith.muli %v2997, %v72 : i64
        %v3000 = arith.addi %v2999, %v2998 : i64
        %v3001 = llvm.getelementptr %v8[%v3000] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1767, %v3001 : f32, !llvm.ptr<3>
        %v3003 = arith.addi %v3002, %v15 : i64
        %v3004 = arith.divui %v3003, %v62 : i64
        %v3005 = arith.remui %v3003, %v62 : i64
        %v3006 = arith.muli %v3004, %v72 : i64
        %v3007 = arith.addi %v3006, %v3005 : i64
        %v3008 = llvm.getelementptr %v8[%v3007] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1780, %v3008 : f32, !llvm.ptr<3>
        %v3010 = arith.addi %v3009, %v15 : i64
        %v3011 = arith.divui %v3010, %v62 : i64
        %v3012 = arith.remui %v3010, %v62 : i64
        %v3013 = arith.muli %v3011, %v72 : i64
        %v3014 = arith.addi %v3013, %v3012 : i64
        %v3015 = llvm.getelementptr %v8[%v3014] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1793, %v3015 : f32, !llvm.ptr<3>
        %v3017 = arith.addi %v3016, %v15 : i64
        %v3018 = arith.divui %v3017, %v62 : i64
        %v3019 = arith.remui %v3017, %v62 : i64
        %v3020 = arith.muli %v3018, %v72 : i64
        %v3021 = arith.addi %v3020, %v3019 : i64
        %v3022 = llvm.getelementptr %v8[%v3021] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1806, %v3022 : f32, !llvm.ptr<3>
        %v3024 = arith.addi %v3023, %v15 : i64
        %v3025 = arith.divui %v3024, %v62 : i64
        %v3026 = arith.remui %v3024, %v62 : i64
        %v3027 = arith.muli %v3025, %v72 : i64
        %v3028 = arith.addi %v3027, %v3026 : i64
        %v3029 = llvm.getelementptr %v8[%v3028] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1819, %v3029 : f32, !llvm.ptr<3>
        %v3031 = arith.addi %v3030, %v15 : i64
        %v3032 = arith.divui %v3031, %v62 : i64
        %v3033 = arith.remui %v3031, %v62 : i64
        %v3034 = arith.muli %v3032, %v72 : i64
        %v3035 = arith.addi %v3034, %v3033 : i64
        %v3036 = llvm.getelementptr %v8[%v3035] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1832, %v3036 : f32, !llvm.ptr<3>
        %v3038 = arith.addi %v3037, %v15 : i64
        %v3039 = arith.divui %v3038, %v62 : i64
        %v3040 = arith.remui %v3038, %v62 : i64
        %v3041 = arith.muli %v3039, %v72 : i64
        %v3042 = arith.addi %v3041, %v3040 : i64
        %v3043 = llvm.getelementptr %v8[%v3042] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1845, %v3043 : f32, !llvm.ptr<3>
        %v3045 = arith.addi %v3044, %v15 : i64
        %v3046 = arith.divui %v3045, %v62 : i64
        %v3047 = arith.remui %v3045, %v62 : i64
        %v3048 = arith.muli %v3046, %v72 : i64
        %v3049 = arith.addi %v3048, %v3047 : i64
        %v3050 = llvm.getelementptr %v8[%v3049] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1858, %v3050 : f32, !llvm.ptr<3>
        %v3052 = arith.addi %v3051, %v15 : i64
        %v3053 = arith.divui %v3052, %v62 : i64
        %v3054 = arith.remui %v3052, %v62 : i64
        %v3055 = arith.muli %v3053, %v72 : i64
        %v3056 = arith.addi %v3055, %v3054 : i64
        %v3057 = llvm.getelementptr %v8[%v3056] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1871, %v3057 : f32, !llvm.ptr<3>
        %v3058 = arith.divui %v15, %v62 : i64
        %v3059 = arith.remui %v15, %v62 : i64
        %v3060 = arith.addi %v17, %v3058 : i64
        %v3061 = arith.muli %v3060, %v72 : i64
        %v3062 = arith.addi %v3061, %v3059 : i64
        %v3063 = llvm.getelementptr %v8[%v3062] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1886, %v3063 : f32, !llvm.ptr<3>
        %v3064 = arith.addi %v17, %v15 : i64
        %v3065 = arith.divui %v3064, %v62 : i64
        %v3066 = arith.remui %v3064, %v62 : i64
        %v3067 = arith.addi %v17, %v3065 : i64
        %v3068 = arith.muli %v3067, %v72 : i64
        %v3069 = arith.addi %v3068, %v3066 : i64
        %v3070 = llvm.getelementptr %v8[%v3069] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1900, %v3070 : f32, !llvm.ptr<3>
        %v3071 = arith.addi %v42, %v15 : i64
        %v3072 = arith.divui %v3071, %v62 : i64
        %v3073 = arith.remui %v3071, %v62 : i64
        %v3074 = arith.addi %v17, %v3072 : i64
        %v3075 = arith.muli %v3074, %v72 : i64
        %v3076 = arith.addi %v3075, %v3073 : i64
        %v3077 = llvm.getelementptr %v8[%v3076] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1914, %v3077 : f32, !llvm.ptr<3>
        %v3078 = arith.addi %v51, %v15 : i64
        %v3079 = arith.divui %v3078, %v62 : i64
        %v3080 = arith.remui %v3078, %v62 : i64
        %v3081 = arith.addi %v17, %v3079 : i64
        %v3082 = arith.muli %v3081, %v72 : i64
        %v3083 = arith.addi %v3082, %v3080 : i64
        %v3084 = llvm.getelementptr %v8[%v3083] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1928, %v3084 : f32, !llvm.ptr<3>
        %v3085 = arith.addi %v11, %v15 : i64
        %v3086 = arith.divui %v3085, %v62 : i64
        %v3087 = arith.remui %v3085, %v62 : i64
        %v3088 = arith.addi %v17, %v3086 : i64
        %v3089 = arith.muli %v3088, %v72 : i64
        %v3090 = arith.addi %v3089, %v3087 : i64
        %v3091 = llvm.getelementptr %v8[%v3090] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1942, %v3091 : f32, !llvm.ptr<3>
        %v3092 = arith.addi %v2869, %v15 : i64
        %v3093 = arith.divui %v3092, %v62 : i64
        %v3094 = arith.remui %v3092, %v62 : i64
        %v3095 = arith.addi %v17, %v3093 : i64
        %v3096 = arith.muli %v3095, %v72 : i64
        %v3097 = arith.addi %v3096, %v3094 : i64
        %v3098 = llvm.getelementptr %v8[%v3097] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1956, %v3098 : f32, !llvm.ptr<3>
        %v3099 = arith.addi %v2876, %v15 : i64
        %v3100 = arith.divui %v3099, %v62 : i64
        %v3101 = arith.remui %v3099, %v62 : i64
        %v3102 = arith.addi %v17, %v3100 : i64
        %v3103 = arith.muli %v3102, %v72 : i64
        %v3104 = arith.addi %v3103, %v3101 : i64
        %v3105 = llvm.getelementptr %v8[%v3104] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1970, %v3105 : f32, !llvm.ptr<3>
        %v3106 = arith.addi %v2883, %v15 : i64
        %v3107 = arith.divui %v3106, %v62 : i64
        %v3108 = arith.remui %v3106, %v62 : i64
        %v3109 = arith.addi %v17, %v3107 : i64
        %v3110 = arith.muli %v3109, %v72 : i64
        %v3111 = arith.addi %v3110, %v3108 : i64
        %v3112 = llvm.getelementptr %v8[%v3111] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1984, %v3112 : f32, !llvm.ptr<3>
        %v3113 = arith.addi %v2890, %v15 : i64
        %v3114 = arith.divui %v3113, %v62 : i64
        %v3115 = arith.remui %v3113, %v62 : i64
        %v3116 = arith.addi %v17, %v3114 : i64
        %v3117 = arith.muli %v3116, %v72 : i64
        %v3118 = arith.addi %v3117, %v3115 : i64
        %v3119 = llvm.getelementptr %v8[%v3118] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1998, %v3119 : f32, !llvm.ptr<3>
        %v3120 = arith.addi %v2897, %v15 : i64
        %v3121 = arith.divui %v3120, %v62 : i64
        %v3122 = arith.remui %v3120, %v62 : i64
        %v3123 = arith.addi %v17, %v3121 : i64
        %v3124 = arith.muli %v3123, %v72 : i64
        %v3125 = arith.addi %v3124, %v3122 : i64
        %v3126 = llvm.getelementptr %v8[%v3125] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2012, %v3126 : f32, !llvm.ptr<3>
        %v3127 = arith.addi %v2904, %v15 : i64
        %v3128 = arith.divui %v3127, %v62 : i64
        %v3129 = arith.remui %v3127, %v62 : i64
        %v3130 = arith.addi %v17, %v3128 : i64
        %v3131 = arith.muli %v3130, %v72 : i64
        %v3132 = arith.addi %v3131, %v3129 : i64
        %v3133 = llvm.getelementptr %v8[%v3132] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2026, %v3133 : f32, !llvm.ptr<3>
        %v3134 = arith.addi %v2911, %v15 : i64
        %v3135 = arith.divui %v3134, %v62 : i64
        %v3136 = arith.remui %v3134, %v62 : i64
        %v3137 = arith.addi %v17, %v3135 : i64
        %v3138 = arith.muli %v3137, %v72 : i64
        %v3139 = arith.addi %v3138, %v3136 : i64
        %v3140 = llvm.getelementptr %v8[%v3139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2040, %v3140 : f32, !llvm.ptr<3>
        %v3141 = arith.addi %v2918, %v15 : i64
        %v3142 = arith.divui %v3141, %v62 : i64
        %v3143 = arith.remui %v3141, %v62 : i64
        %v3144 = arith.addi %v17, %v3142 : i64
        %v3145 = arith.muli %v3144, %v72 : i64
        %v3146 = arith.addi %v3145, %v3143 : i64
        %v3147 = llvm.getelementptr %v8[%v3146] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2054, %v3147 : f32, !llvm.ptr<3>
        %v3148 = arith.addi %v2925, %v15 : i64
        %v3149 = arith.divui %v3148, %v62 : i64
        %v3150 = arith.remui %v3148, %v62 : i64
        %v3151 = arith.addi %v17, %v3149 : i64
        %v3152 = arith.muli %v3151, %v72 : i64
        %v3153 = arith.addi %v3152, %v3150 : i64
        %v3154 = llvm.getelementptr %v8[%v3153] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2068, %v3154 : f32, !llvm.ptr<3>
        %v3155 = arith.addi %v2932, %v15 : i64
        %v3156 = arith.divui %v3155, %v62 : i64
        %v3157 = arith.remui %v3155, %v62 : i64
        %v3158 = arith.addi %v17, %v3156 : i64
        %v3159 = arith.muli %v3158, %v72 : i64
        %v3160 = arith.addi %v3159, %v3157 : i64
        %v3161 = llvm.getelementptr %v8[%v3160] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2082, %v3161 : f32, !llvm.ptr<3>
        %v3162 = arith.addi %v2939, %v15 : i64
        %v3163 = arith.divui %v3162, %v62 : i64
        %v3164 = arith.remui %v3162, %v62 : i64
        %v3165 = arith.addi %v17, %v3163 : i64
        %v3166 = arith.muli %v3165, %v72 : i64
        %v3167 = arith.addi %v3166, %v3164 : i64
        %v3168 = llvm.getelementptr %v8[%v3167] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2096, %v3168 : f32, !llvm.ptr<3>
        %v3169 = arith.addi %v2946, %v15 : i64
        %v3170 = arith.divui %v3169, %v62 : i64
        %v3171 = arith.remui %v3169, %v62 : i64
        %v3172 = arith.addi %v17, %v3170 : i64
        %v3173 = arith.muli %v3172, %v72 : i64
        %v3174 = arith.addi %v3173, %v3171 : i64
        %v3175 = llvm.getelementptr %v8[%v3174] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2110, %v3175 : f32, !llvm.ptr<3>
        %v3176 = arith.addi %v2953, %v15 : i64
        %v3177 = arith.divui %v3176, %v62 : i64
        %v3178 = arith.remui %v3176, %v62 : i64
        %v3179 = arith.addi %v17, %v3177 : i64
        %v3180 = arith.muli %v3179, %v72 : i64
        %v3181 = arith.addi %v3180, %v3178 : i64
        %v3182 = llvm.getelementptr %v8[%v3181] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2124, %v3182 : f32, !llvm.ptr<3>
        %v3183 = arith.addi %v2960, %v15 : i64
        %v3184 = arith.divui %v3183, %v62 : i64
        %v3185 = arith.remui %v3183, %v62 : i64
        %v3186 = arith.addi %v17, %v3184 : i64
        %v3187 = arith.muli %v3186, %v72 : i64
        %v3188 = arith.addi %v3187, %v3185 : i64
        %v3189 = llvm.getelementptr %v8[%v3188] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2138, %v3189 : f32, !llvm.ptr<3>
        %v3190 = arith.addi %v2967, %v15 : i64
        %v3191 = arith.divui %v3190, %v62 : i64
        %v3192 = arith.remui %v3190, %v62 : i64
        %v3193 = arith.addi %v17, %v3191 : i64
        %v3194 = arith.muli %v3193, %v72 : i64
        %v3195 = arith.addi %v3194, %v3192 : i64
        %v3196 = llvm.getelementptr %v8[%v3195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2152, %v3196 : f32, !llvm.ptr<3>
        %v3197 = arith.addi %v2974, %v15 : i64
        %v3198 = arith.divui %v3197, %v62 : i64
        %v3199 = arith.remui %v3197, %v62 : i64
        %v3200 = arith.addi %v17, %v3198 : i64
        %v3201 = arith.muli %v3200, %v72 : i64
        %v3202 = arith.addi %v3201, %v3199 : i64
        %v3203 = llvm.getelementptr %v8[%v3202] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2166, %v3203 : f32, !llvm.ptr<3>
        %v3204 = arith.addi %v2981, %v15 : i64
        %v3205 = arith.divui %v3204, %v62 : i64
        %v3206 = arith.remui %v3204, %v62 : i64
        %v3207 = arith.addi %v17, %v3205 : i64
        %v3208 = arith.muli %v3207, %v72 : i64
        %v3209 = arith.addi %v3208, %v3206 : i64
        %v3210 = llvm.getelementptr %v8[%v3209] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2180, %v3210 : f32, !llvm.ptr<3>
        %v3211 = arith.addi %v2988, %v15 : i64
        %v3212 = arith.divui %v3211, %v62 : i64
        %v3213 = arith.remui %v3211, %v62 : i64
        %v3214 = arith.addi %v17, %v3212 : i64
        %v3215 = arith.muli %v3214, %v72 : i64
        %v3216 = arith.addi %v3215, %v3213 : i64
        %v3217 = llvm.getelementptr %v8[%v3216] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2194, %v3217 : f32, !llvm.ptr<3>
        %v3218 = arith.addi %v2995, %v15 : i64
        %v3219 = arith.divui %v3218, %v62 : i64
        %v3220 = arith.remui %v3218, %v62 : i64
        %v3221 = arith.addi %v17, %v3219 : i64
        %v3222 = arith.muli %v3221, %v72 : i64
        %v3223 = arith.addi %v3222, %v3220 : i64
        %v3224 = llvm.getelementptr %v8[%v3223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2208, %v3224 : f32, !llvm.ptr<3>
        %v3225 = arith.addi %v3002, %v15 : i64
        %v3226 = arith.divui %v3225, %v62 : i64
        %v3227 = arith.remui %v3225, %v62 : i64
        %v3228 = arith.addi %v17, %v3226 : i64
        %v3229 = arith.muli %v3228, %v72 : i64
        %v3230 = arith.addi %v3229, %v3227 : i64
        %v3231 = llvm.getelementptr %v8[%v3230] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2222, %v3231 : f32, !llvm.ptr<3>
        %v3232 = arith.addi %v3009, %v15 : i64
        %v3233 = arith.divui %v3232, %v62 : i64
        %v3234 = arith.remui %v3232, %v62 : i64
        %v3235 = arith.addi %v17, %v3233 : i64
        %v3236 = arith.muli %v3235, %v72 : i64
        %v3237 = arith.addi %v3236, %v3234 : i64
        %v3238 = llvm.getelementptr %v8[%v3237] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2236, %v3238 : f32, !llvm.ptr<3>
        %v3239 = arith.addi %v3016, %v15 : i64
        %v3240 = arith.divui %v3239, %v62 : i64
        %v3241 = arith.remui %v3239, %v62 : i64
        %v3242 = arith.addi %v17, %v3240 : i64
        %v3243 = arith.muli %v3242, %v72 : i64
        %v3244 = arith.addi %v3243, %v3241 : i64
        %v3245 = llvm.getelementptr %v8[%v3244] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2250, %v3245 : f32, !llvm.ptr<3>
        %v3246 = arith.addi %v3023, %v15 : i64
        %v3247 = arith.divui %v3246, %v62 : i64
        %v3248 = arith.remui %v3246, %v62 : i64
        %v3249 = arith.addi %v17, %v3247 : i64
        %v3250 = arith.muli %v3249, %v72 : i64
        %v3251 = arith.addi %v3250, %v3248 : i64
        %v3252 = llvm.getelementptr %v8[%v3251] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2264, %v3252 : f32, !llvm.ptr<3>
        %v3253 = arith.addi %v3030, %v15 : i64
        %v3254 = arith.divui %v3253, %v62 : i64
        %v3255 = arith.remui %v3253, %v62 : i64
        %v3256 = arith.addi %v17, %v3254 : i64
        %v3257 = arith.muli %v3256, %v72 : i64
        %v3258 = arith.addi %v3257, %v3255 : i64
        %v3259 = llvm.getelementptr %v8[%v3258] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2278, %v3259 : f32, !llvm.ptr<3>
        %v3260 = arith.addi %v3037, %v15 : i64
        %v3261 = arith.divui %v3260, %v62 : i64
        %v3262 = arith.remui %v3260, %v62 : i64
        %v3263 = arith.addi %v17, %v3261 : i64
        %v3264 = arith.muli %v3263, %v72 : i64
        %v3265 = arith.addi %v3264, %v3262 : i64
        %v3266 = llvm.getelementptr %v8[%v3265] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2292, %v3266 : f32, !llvm.ptr<3>
        %v3267 = arith.addi %v3044, %v15 : i64
        %v3268 = arith.divui %v3267, %v62 : i64
        %v3269 = arith.remui %v3267, %v62 : i64
        %v3270 = arith.addi %v17, %v3268 : i64
        %v3271 = arith.muli %v3270, %v72 : i64
        %v3272 = arith.addi %v3271, %v3269 : i64
        %v3273 = llvm.getelementptr %v8[%v3272] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2306, %v3273 : f32, !llvm.ptr<3>
        %v3274 = arith.addi %v3051, %v15 : i64
        %v3275 = arith.divui %v3274, %v62 : i64
        %v3276 = arith.remui %v3274, %v62 : i64
        %v3277 = arith.addi %v17, %v3275 : i64
        %v3278 = arith.muli %v3277, %v72 : i64
        %v3279 = arith.addi %v3278, %v3276 : i64
        %v3280 = llvm.getelementptr %v8[%v3279] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2320, %v3280 : f32, !llvm.ptr<3>
        %v3281 = arith.divui %v15, %v62 : i64
        %v3282 = arith.remui %v15, %v62 : i64
        %v3283 = arith.addi %v42, %v3281 : i64
        %v3284 = arith.muli %v3283, %v72 : i64
        %v3285 = arith.addi %v3284, %v3282 : i64
        %v3286 = llvm.getelementptr %v8[%v3285] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2335, %v3286 : f32, !llvm.ptr<3>
        %v3287 = arith.addi %v17, %v15 : i64
        %v3288 = arith.divui %v3287, %v62 : i64
        %v3289 = arith.remui %v3287, %v62 : i64
        %v3290 = arith.addi %v42, %v3288 : i64
        %v3291 = arith.muli %v3290, %v72 : i64
        %v3292 = arith.addi %v3291, %v3289 : i64
        %v3293 = llvm.getelementptr %v8[%v3292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2349, %v3293 : f32, !llvm.ptr<3>
        %v3294 = arith.addi %v42, %v15 : i64
        %v3295 = arith.divui %v3294, %v62 : i64
        %v3296 = arith.remui %v3294, %v62 : i64
        %v3297 = arith.addi %v42, %v3295 : i64
        %v3298 = arith.muli %v3297, %v72 : i64
        %v3299 = arith.addi %v3298, %v3296 : i64
        %v3300 = llvm.getelementptr %v8[%v3299] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2363, %v3300 : f32, !llvm.ptr<3>
        %v3301 = arith.addi %v51, %v15 : i64
        %v3302 = arith.divui %v3301, %v62 : i64
        %v3303 = arith.remui %v3301, %v62 : i64
        %v3304 = arith.addi %v42, %v3302 : i64
        %v3305 = arith.muli %v3304, %v72 : i64
        %v3306 = arith.addi %v3305, %v3303 : i64
        %v3307 = llvm.getelementptr %v8[%v3306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2377, %v3307 : f32, !llvm.ptr<3>
        %v3308 = arith.addi %v11, %v15 : i64
        %v3309 = arith.divui %v3308, %v62 : i64
        %v3310 = arith.remui %v3308, %v62 : i64
        %v3311 = arith.addi %v42, %v3309 : i64
        %v3312 = arith.muli %v3311, %v72 : i64
        %v3313 = arith.addi %v3312, %v3310 : i64
        %v3314 = llvm.getelementptr %v8[%v3313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2391, %v3314 : f32, !llvm.ptr<3>
        %v3315 = arith.addi %v2869, %v15 : i64
        %v3316 = arith.divui %v3315, %v62 : i64
        %v3317 = arith.remui %v3315, %v62 : i64
        %v3318 = arith.addi %v42, %v3316 : i64
        %v3319 = arith.muli %v3318, %v72 : i64
        %v3320 = arith.addi %v3319, %v3317 : i64
        %v3321 = llvm.getelementptr %v8[%v3320] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2405, %v3321 : f32, !llvm.ptr<3>
        %v3322 = arith.addi %v2876, %v15 : i64
        %v3323 = arith.divui %v3322, %v62 : i64
        %v3324 = arith.remui %v3322, %v62 : i64
        %v3325 = arith.addi %v42, %v3323 : i64
        %v3326 = arith.muli %v3325, %v72 : i64
        %v3327 = arith.addi %v3326, %v3324 : i64
        %v3328 = llvm.getelementptr %v8[%v3327] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2419, %v3328 : f32, !llvm.ptr<3>
        %v3329 = arith.addi %v2883, %v15 : i64
        %v3330 = arith.divui %v3329, %v62 : i64
        %v3331 = arith.remui %v3329, %v62 : i64
        %v3332 = arith.addi %v42, %v3330 : i64
        %v3333 = arith.muli %v3332, %v72 : i64
        %v3334 = arith.addi %v3333, %v3331 : i64
        %v3335 = llvm.getelementptr %v8[%v3334] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2433, %v3335 : f32, !llvm.ptr<3>
        %v3336 = arith.addi %v2890, %v15 : i64
        %v3337 = arith.divui %v3336, %v62 : i64
        %v3338 = arith.remui %v3336, %v62 : i64
        %v3339 = arith.addi %v42, %v3337 : i64
        %v3340 = arith.muli %v3339, %v72 : i64
        %v3341 = arith.addi %v3340, %v3338 : i64
        %v3342 = llvm.getelementptr %v8[%v3341] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2447, %v3342 : f32, !llvm.ptr<3>
        %v3343 = arith.addi %v2897, %v15 : i64
        %v3344 = arith.divui %v3343, %v62 : i64
        %v3345 = arith.remui %v3343, %v62 : i64
        %v3346 = arith.addi %v42, %v3344 : i64
        %v3347 = arith.muli %v3346, %v72 : i64
        %v3348 = arith.addi %v3347, %v3345 : i64
        %v3349 = llvm.getelementptr %v8[%v3348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2461, %v3349 : f32, !llvm.ptr<3>
        %v3350 = arith.addi %v2904, %v15 : i64
        %v3351 = arith.divui %v3350, %v62 : i64
        %v3352 = arith.remui %v3350, %v62 : i64
        %v3353 = arith.addi %v42, %v3351 : i64
        %v3354 = arith.muli %v3353, %v72 : i64
        %v3355 = arith.addi %v3354, %v3352 : i64
        %v3356 = llvm.getelementptr %v8[%v3355] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2475, %v3356 : f32, !llvm.ptr<3>
        %v3357 = arith.addi %v2911, %v15 : i64
        %v3358 = arith.divui %v3357, %v62 : i64
        %v3359 = arith.remui %v3357, %v62 : i64
        %v3360 = arith.addi %v42, %v3358 : i64
        %v3361 = arith.muli %v3360, %v72 : i64
        %v3362 = arith.addi %v3361, %v3359 : i64
        %v3363 = llvm.getelementptr %v8[%v3362] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2489, %v3363 : f32, !llvm.ptr<3>
        %v3364 = arith.addi %v2918, %v15 : i64
        %v3365 = arith.divui %v3364, %v62 : i64
        %v3366 = arith.remui %v3364, %v62 : i64
        %v3367 = arith.addi %v42, %v3365 : i64
        %v3368 = arith.muli %v3367, %v72 : i64
        %v3369 = arith.addi %v3368, %v3366 : i64
        %v3370 = llvm.getelementptr %v8[%v3369] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2503, %v3370 : f32, !llvm.ptr<3>
        %v3371 = arith.addi %v2925, %v15 : i64
        %v3372 = arith.divui %v3371, %v62 : i64
        %v3373 = arith.remui %v3371, %v62 : i64
        %v3374 = arith.addi %v42, %v3372 : i64
        %v3375 = arith.muli %v3374, %v72 : i64
        %v3376 = arith.addi %v3375, %v3373 : i64
        %v3377 = llvm.getelementptr %v8[%v3376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2517, %v3377 : f32, !llvm.ptr<3>
        %v3378 = arith.addi %v2932, %v15 : i64
        %v3379 = arith.divui %v3378, %v62 : i64
        %v3380 = arith.remui %v3378, %v62 : i64
        %v3381 = arith.addi %v42, %v3379 : i64
        %v3382 = arith.muli %v3381, %v72 : i64
        %v3383 = arith.addi %v3382, %v3380 : i64
        %v3384 = llvm.getelementptr %v8[%v3383] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2531, %v3384 : f32, !llvm.ptr<3>
        %v3385 = arith.addi %v2939, %v15 : i64
        %v3386 = arith.divui %v3385, %v62 : i64
        %v3387 = arith.remui %v3385, %v62 : i64
        %v3388 = arith.addi %v42, %v3386 : i64
        %v3389 = arith.muli %v3388, %v72 : i64
        %v3390 = arith.addi %v3389, %v3387 : i64
        %v3391 = llvm.getelementptr %v8[%v3390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2545, %v3391 : f32, !llvm.ptr<3>
        %v3392 = arith.addi %v2946, %v15 : i64
        %v3393 = arith.divui %v3392, %v62 : i64
        %v3394 = arith.remui %v3392, %v62 : i64
        %v3395 = arith.addi %v42, %v3393 : i64
        %v3396 = arith.muli %v3395, %v72 : i64
        %v3397 = arith.addi %v3396, %v3394 : i64
        %v3398 = llvm.getelementptr %v8[%v3397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2559, %v3398 : f32, !llvm.ptr<3>
        %v3399 = arith.addi %v2953, %v15 : i64
        %v3400 = arith.divui %v3399, %v62 : i64
        %v3401 = arith.remui %v3399, %v62 : i64
        %v3402 = arith.addi %v42, %v3400 : i64
        %v3403 = arith.muli %v3402, %v72 : i64
        %v3404 = arith.addi %v3403, %v3401 : i64
        %v3405 = llvm.getelementptr %v8[%v3404] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2573, %v3405 : f32, !llvm.ptr<3>
        %v3406 = arith.addi %v2960, %v15 : i64
        %v3407 = arith.divui %v3406, %v62 : i64
        %v3408 = arith.remui %v3406, %v62 : i64
        %v3409 = arith.addi %v42, %v3407 : i64
        %v3410 = arith.muli %v3409, %v72 : i64
        %v3411 = arith.addi %v3410, %v3408 : i64
        %v3412 = llvm.getelementptr %v8[%v3411] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2587, %v3412 : f32, !llvm.ptr<3>
        %v3413 = arith.addi %v2967, %v15 : i64
        %v3414 = arith.divui %v3413, %v62 : i64
        %v3415 = arith.remui %v3413, %v62 : i64
        %v3416 = arith.addi %v42, %v3414 : i64
        %v3417 = arith.muli %v3416, %v72 : i64
        %v3418 = arith.addi %v3417, %v3415 : i64
        %v3419 = llvm.getelementptr %v8[%v3418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2601, %v3419 : f32, !llvm.ptr<3>
        %v3420 = arith.addi %v2974, %v15 : i64
        %v3421 = arith.divui %v3420, %v62 : i64
        %v3422 = arith.remui %v3420, %v62 : i64
        %v3423 = arith.addi %v42, %v3421 : i64
        %v3424 = arith.muli %v3423, %v72 : i64
        %v3425 = arith.addi %v3424, %v3422 : i64
        %v3426 = llvm.getelementptr %v8[%v3425] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2615, %v3426 : f32, !llvm.ptr<3>
        %v3427 = arith.addi %v2981, %v15 : i64
        %v3428 = arith.divui %v3427, %v62 : i64
        %v3429 = arith.remui %v3427, %v62 : i64
        %v3430 = arith.addi %v42, %v3428 : i64
        %v3431 = arith.muli %v3430, %v72 : i64
        %v3432 = arith.addi %v3431, %v3429 : i64
        %v3433 = llvm.getelementptr %v8[%v3432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2629, %v3433 : f32, !llvm.ptr<3>
        %v3434 = arith.addi %v2988, %v15 : i64
        %v3435 = arith.divui %v3434, %v62 : i64
        %v3436 = arith.remui %v3434, %v62 : i64
        %v3437 = arith.addi %v42, %v3435 : i64
        %v3438 = arith.muli %v3437, %v72 : i64
        %v3439 = arith.addi %v3438, %v3436 : i64
        %v3440 = llvm.getelementptr %v8[%v3439] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2643, %v3440 : f32, !llvm.ptr<3>
        %v3441 = arith.addi %v2995, %v15 : i64
        %v3442 = arith.divui %v3441, %v62 : i64
        %v3443 = arith.remui %v3441, %v62 : i64
        %v3444 = arith.addi %v42, %v3442 : i64
        %v3445 = arith.muli %v3444, %v72 : i64
        %v3446 = arith.addi %v3445, %v3443 : i64
        %v3447 = llvm.getelementptr %v8[%v3446] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2657, %v3447 : f32, !llvm.ptr<3>
        %v3448 = arith.addi %v3002, %v15 : i64
        %v3449 = arith.divui %v3448, %v62 : i64
        %v3450 = arith.remui %v3448, %v62 : i64
        %v3451 = arith.addi %v42, %v3449 : i64
        %v3452 = arith.muli %v3451, %v72 : i64
        %v3453 = arith.addi %v3452, %v3450 : i64
        %v3454 = llvm.getelementptr %v8[%v3453] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2671, %v3454 : f32, !llvm.ptr<3>
        %v3455 = arith.addi %v3009, %v15 : i64
        %v3456 = arith.divui %v3455, %v62 : i64
        %v3457 = arith.remui %v3455, %v62 : i64
        %v3458 = arith.addi %v42, %v3456 : i64
        %v3459 = arith.muli %v3458, %v72 : i64
        %v3460 = arith.addi %v3459, %v3457 : i64
        %v3461 = llvm.getelementptr %v8[%v3460] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2685, %v3461 : f32, !llvm.ptr<3>
        %v3462 = arith.addi %v3016, %v15 : i64
        %v3463 = arith.divui %v3462, %v62 : i64
        %v3464 = arith.remui %v3462, %v62 : i64
        %v3465 = arith.addi %v42, %v3463 : i64
        %v3466 = arith.muli %v3465, %v72 : i64
        %v3467 = arith.addi %v3466, %v3464 : i64
        %v3468 = llvm.getelementptr %v8[%v3467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2699, %v3468 : f32, !llvm.ptr<3>
        %v3469 = arith.addi %v3023, %v15 : i64
        %v3470 = arith.divui %v3469, %v62 : i64
        %v3471 = arith.remui %v3469, %v62 : i64
        %v3472 = arith.addi %v42, %v3470 : i64
        %v3473 = arith.muli %v3472, %v72 : i64
        %v3474 = arith.addi %v3473, %v3471 : i64
        %v3475 = llvm.getelementptr %v8[%v3474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2713, %v3475 : f32, !llvm.ptr<3>
        %v3476 = arith.addi %v3030, %v15 : i64
        %v3477 = arith.divui %v3476, %v62 : i64
        %v3478 = arith.remui %v3476, %v62 : i64
        %v3479 = arith.addi %v42, %v3477 : i64
        %v3480 = arith.muli %v3479, %v72 : i64
        %v3481 = arith.addi %v3480, %v3478 : i64
        %v3482 = llvm.getelementptr %v8[%v3481] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2727, %v3482 : f32, !llvm.ptr<3>
        %v3483 = arith.addi %v3037, %v15 : i64
        %v3484 = arith.divui %v3483, %v62 : i64
        %v3485 = arith.remui %v3483, %v62 : i64
        %v3486 = arith.addi %v42, %v3484 : i64
        %v3487 = arith.muli %v3486, %v72 : i64
        %v3488 = arith.addi %v3487, %v3485 : i64
        %v3489 = llvm.getelementptr %v8[%v3488] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2741, %v3489 : f32, !llvm.ptr<3>
        %v3490 = arith.addi %v3044, %v15 : i64
        %v3491 = arith.divui %v3490, %v62 : i64
        %v3492 = arith.remui %v3490, %v62 : i64
        %v3493 = arith.addi %v42, %v3491 : i64
        %v3494 = arith.muli %v3493, %v72 : i64
        %v3495 = arith.addi %v3494, %v3492 : i64
        %v3496 = llvm.getelementptr %v8[%v3495] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2755, %v3496 : f32, !llvm.ptr<3>
        %v3497 = arith.addi %v3051, %v15 : i64
        %v3498 = arith.divui %v3497, %v62 : i64
        %v3499 = arith.remui %v3497, %v62 : i64
        %v3500 = arith.addi %v42, %v3498 : i64
        %v3501 = arith.muli %v3500, %v72 : i64
        %v3502 = arith.addi %v3501, %v3499 : i64
        %v3503 = llvm.getelementptr %v8[%v3502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2769, %v3503 : f32, !llvm.ptr<3>
        %v3504 = arith.divui %v15, %v62 : i64
        %v3505 = arith.remui %v15, %v62 : i64
        %v3506 = arith.constant true
        %v3507 = arith.addi %v51, %v3504 : i64
        %v3508 = llvm.getelementptr %v7[%v3507] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3509 = llvm.load %v3508 : !llvm.ptr<3> -> i64
        %v3510 = arith.addi %v1411, %v3505 : i64
        %v3511 = arith.cmpi slt, %v3510, %size_L : i64
        %v3512 = arith.subi %size_L, %v1 : i64
        %v3513 = arith.minsi %v3510, %v3512 : i64
        %v3514 = arith.addi %v3509, %v3513 : i64
        %v3515 = arith.muli %v3507, %v72 : i64
        %v3516 = arith.addi %v3515, %v3505 : i64
        %v3517 = arith.cmpi sge, %v3509, %v27 : i64
        %v3518 = arith.andi %v3511, %v3517 : i1
        %v3519 = arith.andi %v3518, %v3506 : i1
        %v3520 = llvm.getelementptr %v8[%v3516] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3521 = llvm.load %v3520 : !llvm.ptr<3> -> f32
        %v3522 = arith.addi %v3504, %v41 : i64
        %v3523 = arith.constant true
        %v3524 = arith.addi %v51, %v3522 : i64
        %v3525 = llvm.getelementptr %v7[%v3524] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3526 = llvm.load %v3525 : !llvm.ptr<3> -> i64
        %v3527 = arith.addi %v1411, %v3505 : i64
        %v3528 = arith.cmpi slt, %v3527, %size_L : i64
        %v3529 = arith.subi %size_L, %v1 : i64
        %v3530 = arith.minsi %v3527, %v3529 : i64
        %v3531 = arith.addi %v3526, %v3530 : i64
        %v3532 = arith.muli %v3524, %v72 : i64
        %v3533 = arith.addi %v3532, %v3505 : i64
        %v3534 = arith.cmpi sge, %v3526, %v27 : i64
        %v3535 = arith.andi %v3528, %v3534 : i1
        %v3536 = arith.andi %v3535, %v3523 : i1
        %v3537 = llvm.getelementptr %v8[%v3533] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3538 = llvm.load %v3537 : !llvm.ptr<3> -> f32
        %v3539 = arith.addi %v3504, %v58 : i64
        %v3540 = arith.constant true
        %v3541 = arith.addi %v51, %v3539 : i64
        %v3542 = llvm.getelementptr %v7[%v3541] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3543 = llvm.load %v3542 : !llvm.ptr<3> -> i64
        %v3544 = arith.addi %v1411, %v3505 : i64
        %v3545 = arith.cmpi slt, %v3544, %size_L : i64
        %v3546 = arith.subi %size_L, %v1 : i64
        %v3547 = arith.minsi %v3544, %v3546 : i64
        %v3548 = arith.addi %v3543, %v3547 : i64
        %v3549 = arith.muli %v3541, %v72 : i64
        %v3550 = arith.addi %v3549, %v3505 : i64
        %v3551 = arith.cmpi sge, %v3543, %v27 : i64
        %v3552 = arith.andi %v3545, %v3551 : i1
        %v3553 = arith.andi %v3552, %v3540 : i1
        %v3554 = llvm.getelementptr %v8[%v3550] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3555 = llvm.load %v3554 : !llvm.ptr<3> -> f32
        %v3556 = arith.addi %v3504, %v101 : i64
        %v3557 = arith.constant true
        %v3558 = arith.addi %v51, %v3556 : i64
        %v3559 = llvm.getelementptr %v7[%v3558] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3560 = llvm.load %v3559 : !llvm.ptr<3> -> i64
        %v3561 = arith.addi %v1411, %v3505 : i64
        %v3562 = arith.cmpi slt, %v3561, %size_L : i64
        %v3563 = arith.subi %size_L, %v1 : i64
        %v3564 = arith.minsi %v3561, %v3563 : i64
        %v3565 = arith.addi %v3560, %v3564 : i64
        %v3566 = arith.muli %v3558, %v72 : i64
        %v3567 = arith.addi %v3566, %v3505 : i64
        %v3568 = arith.cmpi sge, %v3560, %v27 : i64
        %v3569 = arith.andi %v3562, %v3568 : i1
        %v3570 = arith.andi %v3569, %v3557 : i1
        %v3571 = llvm.getelementptr %v8[%v3567] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3572 = llvm.load %v3571 : !llvm.ptr<3> -> f32
        %v3573 = arith.addi %v3504, %v114 : i64
        %v3574 = arith.constant true
        %v3575 = arith.addi %v51, %v3573 : i64
        %v3576 = llvm.getelementptr %v7[%v3575] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3577 = llvm.load %v3576 : !llvm.ptr<3> -> i64
        %v3578 = arith.addi %v1411, %v3505 : i64
        %v3579 = arith.cmpi slt, %v3578, %size_L : i64
        %v3580 = arith.subi %size_L, %v1 : i64
        %v3581 = arith.minsi %v3578, %v3580 : i64
        %v3582 = arith.addi %v3577, %v3581 : i64
        %v3583 = arith.muli %v3575, %v72 : i64
        %v3584 = arith.addi %v3583, %v3505 : i64
        %v3585 = arith.cmpi sge, %v3577, %v27 : i64
        %v3586 = arith.andi %v3579, %v3585 : i1
        %v3587 = arith.andi %v3586, %v3574 : i1
        %v3588 = llvm.getelementptr %v8[%v3584] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3589 = llvm.load %v3588 : !llvm.ptr<3> -> f32
        %v3590 = arith.addi %v3504, %v127 : i64
        %v3591 = arith.constant true
        %v3592 = arith.addi %v51, %v3590 : i64
        %v3593 = llvm.getelementptr %v7[%v3592] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3594 = llvm.load %v3593 : !llvm.ptr<3> -> i64
        %v3595 = arith.addi %v1411, %v3505 : i64
        %v3596 = arith.cmpi slt, %v3595, %size_L : i64
        %v3597 = arith.subi %size_L, %v1 : i64
        %v3598 = arith.minsi %v3595, %v3597 : i64
        %v3599 = arith.addi %v3594, %v3598 : i64
        %v3600 = arith.muli %v3592, %v72 : i64
        %v3601 = arith.addi %v3600, %v3505 : i64
        %v3602 = arith.cmpi sge, %v3594, %v27 : i64
        %v3603 = arith.andi %v3596, %v3602 : i1
        %v3604 = arith.andi %v3603, %v3591 : i1
        %v3605 = llvm.getelementptr %v8[%v3601] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3606 = llvm.load %v3605 : !llvm.ptr<3> -> f32
        %v3607 = arith.addi %v3504, %v140 : i64
        %v3608 = arith.constant true
        %v3609 = arith.addi %v51, %v3607 : i64
        %v3610 = llvm.getelementptr %v7[%v3609] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3611 = llvm.load %v3610 : !llvm.ptr<3> -> i64
        %v3612 = arith.addi %v1411, %v3505 : i64
        %v3613 = arith.cmpi slt, %v3612, %size_L : i64
        %v3614 = arith.subi %size_L, %v1 : i64
        %v3615 = arith.minsi %v3612, %v3614 : i64
        %v3616 = arith.addi %v3611, %v3615 : i64
        %v3617 = arith.muli %v3609, %v72 : i64
        %v3618 = arith.addi %v3617, %v3505 : i64
        %v3619 = arith.cmpi sge, %v3611, %v27 : i64
        %v3620 = arith.andi %v3613, %v3619 : i1
        %v3621 = arith.andi %v3620, %v3608 : i1
        %v3622 = llvm.getelementptr %v8[%v3618] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3623 = llvm.load %v3622 : !llvm.ptr<3> -> f32
        %v3624 = arith.addi %v3504, %v153 : i64
        %v3625 = arith.constant true
        %v3626 = arith.addi %v51, %v3624 : i64
        %v3627 = llvm.getelementptr %v7[%v3626] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3628 = llvm.load %v3627 : !llvm.ptr<3> -> i64
        %v3629 = arith.addi %v1411, %v3505 : i64
        %v3630 = arith.cmpi slt, %v3629, %size_L : i64
        %v3631 = arith.subi %size_L, %v1 : i64
        %v3632 = arith.minsi %v3629, %v3631 : i64
        %v3633 = arith.addi %v3628, %v3632 : i64
        %v3634 = arith.muli %v3626, %v72 : i64
        %v3635 = arith.addi %v3634, %v3505 : i64
        %v3636 = arith.cmpi sge, %v3628, %v27 : i64
        %v3637 = arith.andi %v3630, %v3636 : i1
        %v3638 = arith.andi %v3637, %v3625 : i1
        %v3639 = llvm.getelementptr %v8[%v3635] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3640 = llvm.load %v3639 : !llvm.ptr<3> -> f32
        %v3641 = arith.addi %v3504, %v166 : i64
        %v3642 = arith.constant true
        %v3643 = arith.addi %v51, %v3641 : i64
        %v3644 = llvm.getelementptr %v7[%v3643] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3645 = llvm.load %v3644 : !llvm.ptr<3> -> i64
        %v3646 = arith.addi %v1411, %v3505 : i64
        %v3647 = arith.cmpi slt, %v3646, %size_L : i64
        %v3648 = arith.subi %size_L, %v1 : i64
        %v3649 = arith.minsi %v3646, %v3648 : i64
        %v3650 = arith.addi %v3645, %v3649 : i64
        %v3651 = arith.muli %v3643, %v72 : i64
        %v3652 = arith.addi %v3651, %v3505 : i64
        %v3653 = arith.cmpi sge, %v3645, %v27 : i64
        %v3654 = arith.andi %v3647, %v3653 : i1
        %v3655 = arith.andi %v3654, %v3642 : i1
        %v3656 = llvm.getelementptr %v8[%v3652] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3657 = llvm.load %v3656 : !llvm.ptr<3> -> f32
        %v3658 = arith.addi %v3504, %v179 : i64
        %v3659 = arith.constant true
        %v3660 = arith.addi %v51, %v3658 : i64
        %v3661 = llvm.getelementptr %v7[%v3660] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3662 = llvm.load %v3661 : !llvm.ptr<3> -> i64
        %v3663 = arith.addi %v1411, %v3505 : i64
        %v3664 = arith.cmpi slt, %v3663, %size_L : i64
        %v3665 = arith.subi %size_L, %v1 : i64
        %v3666 = arith.minsi %v3663, %v3665 : i64
        %v3667 = arith.addi %v3662, %v3666 : i64
        %v3668 = arith.muli %v3660, %v72 : i64
        %v3669 = arith.addi %v3668, %v3505 : i64
        %v3670 = arith.cmpi sge, %v3662, %v27 : i64
        %v3671 = arith.andi %v3664, %v3670 : i1
        %v3672 = arith.andi %v3671, %v3659 : i1
        %v3673 = llvm.getelementptr %v8[%v3669] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3674 = llvm.load %v3673 : !llvm.ptr<3> -> f32
        %v3675 = arith.addi %v3504, %v192 : i64
        %v3676 = arith.constant true
        %v3677 = arith.addi %v51, %v3675 : i64
        %v3678 = llvm.getelementptr %v7[%v3677] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3679 = llvm.load %v3678 : !llvm.ptr<3> -> i64
        %v3680 = arith.addi %v1411, %v3505 : i64
        %v3681 = arith.cmpi slt, %v3680, %size_L : i64
        %v3682 = arith.subi %size_L, %v1 : i64
        %v3683 = arith.minsi %v3680, %v3682 : i64
        %v3684 = arith.addi %v3679, %v3683 : i64
        %v3685 = arith.muli %v3677, %v72 : i64
        %v3686 = arith.addi %v3685, %v3505 : i64
        %v3687 = arith.cmpi sge, %v3679, %v27 : i64
        %v3688 = arith.andi %v3681, %v3687 : i1
        %v3689 = arith.andi %v3688, %v3676 : i1
        %v3690 = llvm.getelementptr %v8[%v3686] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3691 = llvm.load %v3690 : !llvm.ptr<3> -> f32
        %v3692 = arith.addi %v3504, %v205 : i64
        %v3693 = arith.constant true
        %v3694 = arith.addi %v51, %v3692 : i64
        %v3695 = llvm.getelementptr %v7[%v3694] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3696 = llvm.load %v3695 : !llvm.ptr<3> -> i64
        %v3697 = arith.addi %v1411, %v3505 : i64
        %v3698 = arith.cmpi slt, %v3697, %size_L : i64
        %v3699 = arith.subi %size_L, %v1 : i64
        %v3700 = arith.minsi %v3697, %v3699 : i64
        %v3701 = arith.addi %v3696, %v3700 : i64
        %v3702 = arith.muli %v3694, %v72 : i64
        %v3703 = arith.addi %v3702, %v3505 : i64
        %v3704 = arith.cmpi sge, %v3696, %v27 : i64
        %v3705 = arith.andi %v3698, %v3704 : i1
        %v3706 = arith.andi %v3705, %v3693 : i1
        %v3707 = llvm.getelementptr %v8[%v3703] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3708 = llvm.load %v3707 : !llvm.ptr<3> -> f32
        %v3709 = arith.addi %v3504, %v218 : i64
        %v3710 = arith.constant true
        %v3711 = arith.addi %v51, %v3709 : i64
        %v3712 = llvm.getelementptr %v7[%v3711] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3713 = llvm.load %v3712 : !llvm.ptr<3> -> i64
        %v3714 = arith.addi %v1411, %v3505 : i64
        %v3715 = arith.cmpi slt, %v3714, %size_L : i64
        %v3716 = arith.subi %size_L, %v1 : i64
        %v3717 = arith.minsi %v3714, %v3716 : i64
        %v3718 = arith.addi %v3713, %v3717 : i64
        %v3719 = arith.muli %v3711, %v72 : i64
        %v3720 = arith.addi %v3719, %v3505 : i64
        %v3721 = arith.cmpi sge, %v3713, %v27 : i64
        %v3722 = arith.andi %v3715, %v3721 : i1
        %v3723 = arith.andi %v3722, %v3710 : i1
        %v3724 = llvm.getelementptr %v8[%v3720] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3725 = llvm.load %v3724 : !llvm.ptr<3> -> f32
        %v3726 = arith.addi %v3504, %v231 : i64
        %v3727 = arith.constant true
        %v3728 = arith.addi %v51, %v3726 : i64
        %v3729 = llvm.getelementptr %v7[%v3728] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3730 = llvm.load %v3729 : !llvm.ptr<3> -> i64
        %v3731 = arith.addi %v1411, %v3505 : i64
        %v3732 = arith.cmpi slt, %v3731, %size_L : i64
        %v3733 = arith.subi %size_L, %v1 : i64
        %v3734 = arith.minsi %v3731, %v3733 : i64
        %v3735 = arith.addi %v3730, %v3734 : i64
        %v3736 = arith.muli %v3728, %v72 : i64
        %v3737 = arith.addi %v3736, %v3505 : i64
        %v3738 = arith.cmpi sge, %v3730, %v27 : i64
        %v3739 = arith.andi %v3732, %v3738 : i1
        %v3740 = arith.andi %v3739, %v3727 : i1
        %v3741 = llvm.getelementptr %v8[%v3737] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3742 = llvm.load %v3741 : !llvm.ptr<3> -> f32
        %v3743 = arith.addi %v3504, %v244 : i64
        %v3744 = arith.constant true
        %v3745 = arith.addi %v51, %v3743 : i64
        %v3746 = llvm.getelementptr %v7[%v3745] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3747 = llvm.load %v3746 : !llvm.ptr<3> -> i64
        %v3748 = arith.addi %v1411, %v3505 : i64
        %v3749 = arith.cmpi slt, %v3748, %size_L : i64
        %v3750 = arith.subi %size_L, %v1 : i64
        %v3751 = arith.minsi %v3748, %v3750 : i64
        %v3752 = arith.addi %v3747, %v3751 : i64
        %v3753 = arith.muli %v3745, %v72 : i64
        %v3754 = arith.addi %v3753, %v3505 : i64
        %v3755 = arith.cmpi sge, %v3747, %v27 : i64
        %v3756 = arith.andi %v3749, %v3755 : i1
        %v3757 = arith.andi %v3756, %v3744 : i1
        %v3758 = llvm.getelementptr %v8[%v3754] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3759 = llvm.load %v3758 : !llvm.ptr<3> -> f32
        %v3760 = arith.addi %v3504, %v257 : i64
        %v3761 = arith.constant true
        %v3762 = arith.addi %v51, %v3760 : i64
        %v3763 = llvm.getelementptr %v7[%v3762] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3764 = llvm.load %v3763 : !llvm.ptr<3> -> i64
        %v3765 = arith.addi %v1411, %v3505 : i64
        %v3766 = arith.cmpi slt, %v3765, %size_L : i64
        %v3767 = arith.subi %size_L, %v1 : i64
        %v3768 = arith.minsi %v3765, %v3767 : i64
        %v3769 = arith.addi %v3764, %v3768 : i64
        %v3770 = arith.muli %v3762, %v72 : i64
        %v3771 = arith.addi %v3770, %v3505 : i64
        %v3772 = arith.cmpi sge, %v3764, %v27 : i64
        %v3773 = arith.andi %v3766, %v3772 : i1
        %v3774 = arith.andi %v3773, %v3761 : i1
        %v3775 = llvm.getelementptr %v8[%v3771] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3776 = llvm.load %v3775 : !llvm.ptr<3> -> f32
        %v3777 = arith.addi %v3504, %v62 : i64
        %v3778 = arith.constant true
        %v3779 = arith.addi %v51, %v3777 : i64
        %v3780 = llvm.getelementptr %v7[%v3779] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3781 = llvm.load %v3780 : !llvm.ptr<3> -> i64
        %v3782 = arith.addi %v1411, %v3505 : i64
        %v3783 = arith.cmpi slt, %v3782, %size_L : i64
        %v3784 = arith.subi %size_L, %v1 : i64
        %v3785 = arith.minsi %v3782, %v3784 : i64
        %v3786 = arith.addi %v3781, %v3785 : i64
        %v3787 = arith.muli %v3779, %v72 : i64
        %v3788 = arith.addi %v3787, %v3505 : i64
        %v3789 = arith.cmpi sge, %v3781, %v27 : i64
        %v3790 = arith.andi %v3783, %v3789 : i1
        %v3791 = arith.andi %v3790, %v3778 : i1
        %v3792 = llvm.getelementptr %v8[%v3788] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3793 = llvm.load %v3792 : !llvm.ptr<3> -> f32
        %v3794 = arith.addi %v3504, %v282 : i64
        %v3795 = arith.constant true
        %v3796 = arith.addi %v51, %v3794 : i64
        %v3797 = llvm.getelementptr %v7[%v3796] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3798 = llvm.load %v3797 : !llvm.ptr<3> -> i64
        %v3799 = arith.addi %v1411, %v3505 : i64
        %v3800 = arith.cmpi slt, %v3799, %size_L : i64
        %v3801 = arith.subi %size_L, %v1 : i64
        %v3802 = arith.minsi %v3799, %v3801 : i64
        %v3803 = arith.addi %v3798, %v3802 : i64
        %v3804 = arith.muli %v3796, %v72 : i64
        %v3805 = arith.addi %v3804, %v3505 : i64
        %v3806 = arith.cmpi sge, %v3798, %v27 : i64
        %v3807 = arith.andi %v3800, %v3806 : i1
        %v3808 = arith.andi %v3807, %v3795 : i1
        %v3809 = llvm.getelementptr %v8[%v3805] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3810 = llvm.load %v3809 : !llvm.ptr<3> -> f32
        %v3811 = arith.addi %v3504, %v295 : i64
        %v3812 = arith.constant true
        %v3813 = arith.addi %v51, %v3811 : i64
        %v3814 = llvm.getelementptr %v7[%v3813] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3815 = llvm.load %v3814 : !llvm.ptr<3> -> i64
        %v3816 = arith.addi %v1411, %v3505 : i64
        %v3817 = arith.cmpi slt, %v3816, %size_L : i64
        %v3818 = arith.subi %size_L, %v1 : i64
        %v3819 = arith.minsi %v3816, %v3818 : i64
        %v3820 = arith.addi %v3815, %v3819 : i64
        %v3821 = arith.muli %v3813, %v72 : i64
        %v3822 = arith.addi %v3821, %v3505 : i64
        %v3823 = arith.cmpi sge, %v3815, %v27 : i64
        %v3824 = arith.andi %v3817, %v3823 : i1
        %v3825 = arith.andi %v3824, %v3812 : i1
        %v3826 = llvm.getelementptr %v8[%v3822] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3827 = llvm.load %v3826 : !llvm.ptr<3> -> f32
        %v3828 = arith.addi %v3504, %v308 : i64
        %v3829 = arith.constant true
        %v3830 = arith.addi %v51, %v3828 : i64
        %v3831 = llvm.getelementptr %v7[%v3830] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3832 = llvm.load %v3831 : !llvm.ptr<3> -> i64
        %v3833 = arith.addi %v1411, %v3505 : i64
        %v3834 = arith.cmpi slt, %v3833, %size_L : i64
        %v3835 = arith.subi %size_L, %v1 : i64
        %v3836 = arith.minsi %v3833, %v3835 : i64
        %v3837 = arith.addi %v3832, %v3836 : i64
        %v3838 = arith.muli %v3830, %v72 : i64
        %v3839 = arith.addi %v3838, %v3505 : i64
        %v3840 = arith.cmpi sge, %v3832, %v27 : i64
        %v3841 = arith.andi %v3834, %v3840 : i1
        %v3842 = arith.andi %v3841, %v3829 : i1
        %v3843 = llvm.getelementptr %v8[%v3839] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3844 = llvm.load %v3843 : !llvm.ptr<3> -> f32
        %v3845 = arith.addi %v3504, %v321 : i64
        %v3846 = arith.constant true
        %v3847 = arith.addi %v51, %v3845 : i64
        %v3848 = llvm.getelementptr %v7[%v3847] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3849 = llvm.load %v3848 : !llvm.ptr<3> -> i64
        %v3850 = arith.addi %v1411, %v3505 : i64
        %v3851 = arith.cmpi slt, %v3850, %size_L : i64
        %v3852 = arith.subi %size_L, %v1 : i64
        %v3853 = arith.minsi %v3850, %v3852 : i64
        %v3854 = arith.addi %v3849, %v3853 : i64
        %v3855 = arith.muli %v3847, %v72 : i64
        %v3856 = arith.addi %v3855, %v3505 : i64
        %v3857 = arith.cmpi sge, %v3849, %v27 : i64
        %v3858 = arith.andi %v3851, %v3857 : i1
        %v3859 = arith.andi %v3858, %v3846 : i1
        %v3860 = llvm.getelementptr %v8[%v3856] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3861 = llvm.load %v3860 : !llvm.ptr<3> -> f32
        %v3862 = arith.addi %v3504, %v334 : i64
        %v3863 = arith.constant true
        %v3864 = arith.addi %v51, %v3862 : i64
        %v3865 = llvm.getelementptr %v7[%v3864] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3866 = llvm.load %v3865 : !llvm.ptr<3> -> i64
        %v3867 = arith.addi %v1411, %v3505 : i64
        %v3868 = arith.cmpi slt, %v3867, %size_L : i64
        %v3869 = arith.subi %size_L, %v1 : i64
        %v3870 = arith.minsi %v3867, %v3869 : i64
        %v3871 = arith.addi %v3866, %v3870 : i64
        %v3872 = arith.muli %v3864, %v72 : i64
        %v3873 = arith.addi %v3872, %v3505 : i64
        %v3874 = arith.cmpi sge, %v3866, %v27 : i64
        %v3875 = arith.andi %v3868, %v3874 : i1
        %v3876 = arith.andi %v3875, %v3863 : i1
        %v3877 = llvm.getelementptr %v8[%v3873] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3878 = llvm.load %v3877 : !llvm.ptr<3> -> f32
        %v3879 = arith.addi %v3504, %v347 : i64
        %v3880 = arith.constant true
        %v3881 = arith.addi %v51, %v3879 : i64
        %v3882 = llvm.getelementptr %v7[%v3881] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3883 = llvm.load %v3882 : !llvm.ptr<3> -> i64
        %v3884 = arith.addi %v1411, %v3505 : i64
        %v3885 = arith.cmpi slt, %v3884, %size_L : i64
        %v3886 = arith.subi %size_L, %v1 : i64
        %v3887 = arith.minsi %v3884, %v3886 : i64
        %v3888 = arith.addi %v3883, %v3887 : i64
        %v3889 = arith.muli %v3881, %v72 : i64
        %v3890 = arith.addi %v3889, %v3505 : i64
        %v3891 = arith.cmpi sge, %v3883, %v27 : i64
        %v3892 = arith.andi %v3885, %v3891 : i1
        %v3893 = arith.andi %v3892, %v3880 : i1
        %v3894 = llvm.getelementptr %v8[%v3890] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3895 = llvm.load %v3894 : !llvm.ptr<3> -> f32
        %v3896 = arith.addi %v3504, %v360 : i64
        %v3897 = arith.constant true
        %v3898 = arith.addi %v51, %v3896 : i64
        %v3899 = llvm.getelementptr %v7[%v3898] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3900 = llvm.load %v3899 : !llvm.ptr<3> -> i64
        %v3901 = arith.addi %v1411, %v3505 : i64
        %v3902 = arith.cmpi slt, %v3901, %size_L : i64
        %v3903 = arith.subi %size_L, %v1 : i64
        %v3904 = arith.minsi %v3901, %v3903 : i64
        %v3905 = arith.addi %v3900, %v3904 : i64
        %v3906 = arith.muli %v3898, %v72 : i64
        %v3907 = arith.addi %v3906, %v3505 : i64
        %v3908 = arith.cmpi sge, %v3900, %v27 : i64
        %v3909 = arith.andi %v3902, %v3908 : i1
        %v3910 = arith.andi %v3909, %v3897 : i1
        %v3911 = llvm.getelementptr %v8[%v3907] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3912 = llvm.load %v3911 : !llvm.ptr<3> -> f32
        %v3913 = arith.addi %v3504, %v373 : i64
        %v3914 = arith.constant true
        %v3915 = arith.addi %v51, %v3913 : i64
        %v3916 = llvm.getelementptr %v7[%v3915] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3917 = llvm.load %v3916 : !llvm.ptr<3> -> i64
        %v3918 = arith.addi %v1411, %v3505 : i64
        %v3919 = arith.cmpi slt, %v3918, %size_L : i64
        %v3920 = arith.subi %size_L, %v1 : i64
        %v3921 = arith.minsi %v3918, %v3920 : i64
        %v3922 = arith.addi %v3917, %v3921 : i64
        %v3923 = arith.muli %v3915, %v72 : i64
        %v3924 = arith.addi %v3923, %v3505 : i64
        %v3925 = arith.cmpi sge, %v3917, %v27 : i64
        %v3926 = arith.andi %v3919, %v3925 : i1
        %v3927 = arith.andi %v3926, %v3914 : i1
        %v3928 = llvm.getelementptr %v8[%v3924] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3929 = llvm.load %v3928 : !llvm.ptr<3> -> f32
        %v3930 = arith.addi %v3504, %v386 : i64
        %v3931 = arith.constant true
        %v3932 = arith.addi %v51, %v3930 : i64
        %v3933 = llvm.getelementptr %v7[%v3932] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3934 = llvm.load %v3933 : !llvm.ptr<3> -> i64
        %v3935 = arith.addi %v1411, %v3505 : i64
        %v3936 = arith.cmpi slt, %v3935, %size_L : i64
        %v3937 = arith.subi %size_L, %v1 : i64
        %v3938 = arith.minsi %v3935, %v3937 : i64
        %v3939 = arith.addi %v3934, %v3938 : i64
        %v3940 = arith.muli %v3932, %v72 : i64
        %v3941 = arith.addi %v3940, %v3505 : i64
        %v3942 = arith.cmpi sge, %v3934, %v27 : i64
        %v3943 = arith.andi %v3936, %v3942 : i1
        %v3944 = arith.andi %v3943, %v3931 : i1
        %v3945 = llvm.getelementptr %v8[%v3941] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3946 = llvm.load %v3945 : !llvm.ptr<3> -> f32
        %v3947 = arith.addi %v3504, %v399 : i64
        %v3948 = arith.constant true
        %v3949 = arith.addi %v51, %v3947 : i64
        %v3950 = llvm.getelementptr %v7[%v3949] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3951 = llvm.load %v3950 : !llvm.ptr<3> -> i64
        %v3952 = arith.addi %v1411, %v3505 : i64
        %v3953 = arith.cmpi slt, %v3952, %size_L : i64
        %v3954 = arith.subi %size_L, %v1 : i64
        %v3955 = arith.minsi %v3952, %v3954 : i64
        %v3956 = arith.addi %v3951, %v3955 : i64
        %v3957 = arith.muli %v3949, %v72 : i64
        %v3958 = arith.addi %v3957, %v3505 : i64
        %v3959 = arith.cmpi sge, %v3951, %v27 : i64
        %v3960 = arith.andi %v3953, %v3959 : i1
        %v3961 = arith.andi %v3960, %v3948 : i1
        %v3962 = llvm.getelementptr %v8[%v3958] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3963 = llvm.load %v3962 : !llvm.ptr<3> -> f32
        %v3964 = arith.addi %v3504, %v412 : i64
        %v3965 = arith.constant true
        %v3966 = arith.addi %v51, %v3964 : i64
        %v3967 = llvm.getelementptr %v7[%v3966] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3968 = llvm.load %v3967 : !llvm.ptr<3> -> i64
        %v3969 = arith.addi %v1411, %v3505 : i64
        %v3970 = arith.cmpi slt, %v3969, %size_L : i64
        %v3971 = arith.subi %size_L, %v1 : i64
        %v3972 = arith.minsi %v3969, %v3971 : i64
        %v3973 = arith.addi %v3968, %v3972 : i64
        %v3974 = arith.muli %v3966, %v72 : i64
        %v3975 = arith.addi %v3974, %v3505 : i64
        %v3976 = arith.cmpi sge, %v3968, %v27 : i64
        %v3977 = arith.andi %v3970, %v3976 : i1
        %v3978 = arith.andi %v3977, %v3965 : i1
        %v3979 = llvm.getelementptr %v8[%v3975] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3980 = llvm.load %v3979 : !llvm.ptr<3> -> f32
        %v3981 = arith.addi %v3504, %v425 : i64
        %v3982 = arith.constant true
        %v3983 = arith.addi %v51, %v3981 : i64
        %v3984 = llvm.getelementptr %v7[%v3983] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3985 = llvm.load %v3984 : !llvm.ptr<3> -> i64
        %v3986 = arith.addi %v1411, %v3505 : i64
        %v3987 = arith.cmpi slt, %v3986, %size_L : i64
        %v3988 = arith.subi %size_L, %v1 : i64
        %v3989 = arith.minsi %v3986, %v3988 : i64
        %v3990 = arith.addi %v3985, %v3989 : i64
        %v3991 = arith.muli %v3983, %v72 : i64
        %v3992 = arith.addi %v3991, %v3505 : i64
        %v3993 = arith.cmpi sge, %v3985, %v27 : i64
        %v3994 = arith.andi %v3987, %v3993 : i1
        %v3995 = arith.andi %v3994, %v3982 : i1
        %v3996 = llvm.getelementptr %v8[%v3992] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3997 = llvm.load %v3996 : !llvm.ptr<3> -> f32
        %v3998 = arith.addi %v3504, %v438 : i64
        %v3999 = arith.constant true
        %v4000 = arith.addi %v51, %v3998 : i64
        %v4001 = llvm.getelementptr %v7[%v4000] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4002 = llvm.load %v4001 : !llvm.ptr<3> -> i64
        %v4003 = arith.addi %v1411, %v3505 : i64
        %v4004 = arith.cmpi slt, %v4003, %size_L : i64
        %v4005 = arith.subi %size_L, %v1 : i64
        %v4006 = arith.minsi %v4003, %v4005 : i64
        %v4007 = arith.addi %v4002, %v4006 : i64
        %v4008 = arith.muli %v4000, %v72 : i64
        %v4009 = arith.addi %v4008, %v3505 : i64
        %v4010 = arith.cmpi sge, %v4002, %v27 : i64
        %v4011 = arith.andi %v4004, %v4010 : i1
        %v4012 = arith.andi %v4011, %v3999 : i1
        %v4013 = llvm.getelementptr %v8[%v4009] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4014 = llvm.load %v4013 : !llvm.ptr<3> -> f32
        %v4015 = arith.addi %v3504, %v451 : i64
        %v4016 = arith.constant true
        %v4017 = arith.addi %v51, %v4015 : i64
        %v4018 = llvm.getelementptr %v7[%v4017] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4019 = llvm.load %v4018 : !llvm.ptr<3> -> i64
        %v4020 = arith.addi %v1411, %v3505 : i64
        %v4021 = arith.cmpi slt, %v4020, %size_L : i64
        %v4022 = arith.subi %size_L, %v1 : i64
        %v4023 = arith.minsi %v4020, %v4022 : i64
        %v4024 = arith.addi %v4019, %v4023 : i64
        %v4025 = arith.muli %v4017, %v72 : i64
        %v4026 = arith.addi %v4025, %v3505 : i64
        %v4027 = arith.cmpi sge, %v4019, %v27 : i64
        %v4028 = arith.andi %v4021, %v4027 : i1
        %v4029 = arith.andi %v4028, %v4016 : i1
        %v4030 = llvm.getelementptr %v8[%v4026] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4031 = llvm.load %v4030 : !llvm.ptr<3> -> f32
        %v4032 = arith.addi %v3504, %v464 : i64
        %v4033 = arith.constant true
        %v4034 = arith.addi %v51, %v4032 : i64
        %v4035 = llvm.getelementptr %v7[%v4034] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4036 = llvm.load %v4035 : !llvm.ptr<3> -> i64
        %v4037 = arith.addi %v1411, %v3505 : i64
        %v4038 = arith.cmpi slt, %v4037, %size_L : i64
        %v4039 = arith.subi %size_L, %v1 : i64
        %v4040 = arith.minsi %v4037, %v4039 : i64
        %v4041 = arith.addi %v4036, %v4040 : i64
        %v4042 = arith.muli %v4034, %v72 : i64
        %v4043 = arith.addi %v4042, %v3505 : i64
        %v4044 = arith.cmpi sge, %v4036, %v27 : i64
        %v4045 = arith.andi %v4038, %v4044 : i1
        %v4046 = arith.andi %v4045, %v4033 : i1
        %v4047 = llvm.getelementptr %v8[%v4043] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4048 = llvm.load %v4047 : !llvm.ptr<3> -> f32
        scf.if %v3519 {
          %v4049 = llvm.getelementptr %out_y[%v3514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3521, %v4049 : f32, !llvm.ptr
        }
        scf.if %v3536 {
          %v4050 = llvm.getelementptr %out_y[%v3531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3538, %v4050 : f32, !llvm.ptr
        }
        scf.if %v3553 {
          %v4051 = llvm.getelementptr %out_y[%v3548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3555, %v4051 : f32, !llvm.ptr
        }
        scf.if %v3570 {
          %v4052 = llvm.getelementptr %out_y[%v3565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3572, %v4052 : f32, !llvm.ptr
        }
        scf.if %v3587 {
          %v4053 = llvm.getelementptr %out_y[%v3582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3589, %v4053 : f32, !llvm.ptr
        }
        scf.if %v3604 {
          %v4054 = llvm.getelementptr %out_y[%v3599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3606, %v4054 : f32, !llvm.ptr
        }
        scf.if %v3621 {
          %v4055 = llvm.getelementptr %out_y[%v3616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3623, %v4055 : f32, !llvm.ptr
        }
        scf.if %v3638 {
          %v4056 = llvm.getelementptr %out_y[%v3633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3640, %v4056 : f32, !llvm.ptr
        }
        scf.if %v3655 {
          %v4057 = llvm.getelementptr %out_y[%v3650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3657, %v4057 : f32, !llvm.ptr
        }
        scf.if %v3672 {
          %v4058 = llvm.getelementptr %out_y[%v3667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3674, %v4058 : f32, !llvm.ptr
        }
        scf.if %v3689 {
          %v4059 = llvm.getelementptr %out_y[%v3684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3691, %v4059 : f32, !llvm.ptr
        }
        scf.if %v3706 {
          %v4060 = llvm.getelementptr %out_y[%v3701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3708, %v4060 : f32, !llvm.ptr
        }
        scf.if %v3723 {
          %v4061 = llvm.getelementptr %out_y[%v3718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3725, %v4061 : f32, !llvm.ptr
        }
        scf.if %v3740 {
          %v4062 = llvm.getelementptr %out_y[%v3735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3742, %v4062 : f32, !llvm.ptr
        }
        scf.if %v3757 {
          %v4063 = llvm.getelementptr %out_y[%v3752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3759, %v4063 : f32, !llvm.ptr
        }
        scf.if %v3774 {
          %v4064 = llvm.getelementptr %out_y[%v3769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3776, %v4064 : f32, !llvm.ptr
        }
        scf.if %v3791 {
          %v4065 = llvm.getelementptr %out_y[%v3786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3793, %v4065 : f32, !llvm.ptr
        }
        scf.if %v3808 {
          %v4066 = llvm.getelementptr %out_y[%v3803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3810, %v4066 : f32, !llvm.ptr
        }
        scf.if %v3825 {
          %v4067 = llvm.getelementptr %out_y[%v3820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3827, %v4067 : f32, !llvm.ptr
        }
        scf.if %v3842 {
          %v4068 = llvm.getelementptr %out_y[%v3837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3844, %v4068 : f32, !llvm.ptr
        }
        scf.if %v3859 {
          %v4069 = llvm.getelementptr %out_y[%v3854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3861, %v4069 : f32, !llvm.ptr
        }
        scf.if %v3876 {
          %v4070 = llvm.getelementptr %out_y[%v3871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3878, %v4070 : f32, !llvm.ptr
        }
        scf.if %v3893 {
          %v4071 = llvm.getelementptr %out_y[%v3888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3895, %v4071 : f32, !llvm.ptr
        }
        scf.if %v3910 {
          %v4072 = llvm.getelementptr %out_y[%v3905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3912, %v4072 : f32, !llvm.ptr
        }
        scf.if %v3927 {
          %v4073 = llvm.getelementptr %out_y[%v3922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3929, %v4073 : f32, !llvm.ptr
        }
        scf.if %v3944 {
          %v4074 = llvm.getelementptr %out_y[%v3939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3946, %v4074 : f32, !llvm.ptr
        }
        scf.if %v3961 {
          %v4075 = llvm.getelementptr %out_y[%v3956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3963, %v4075 : f32, !llvm.ptr
        }
        scf.if %v3978 {
          %v4076 = llvm.getelementptr %out_y[%v3973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3980, %v4076 : f32, !llvm.ptr
        }
        scf.if %v3995 {
          %v4077 = llvm.getelementptr %out_y[%v3990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3997, %v4077 : f32, !llvm.ptr
        }
        scf.if %v4012 {
          %v4078 = llvm.getelementptr %out_y[%v4007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4014, %v4078 : f32, !llvm.ptr
        }
        scf.if %v4029 {
          %v4079 = llvm.getelementptr %out_y[%v4024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4031, %v4079 : f32, !llvm.ptr
        }
        scf.if %v4046 {
          %v4080 = llvm.getelementptr %out_y[%v4041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4048, %v4080 : f32, !llvm.ptr
        }
        %v4081 = arith.divui %v15, %v62 : i64
        %v4082 = arith.remui %v15, %v62 : i64
        %v4083 = arith.constant true
        %v4084 = arith.addi %v11, %v4081 : i64
        %v4085 = llvm.getelementptr %v7[%v4084] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4086 = llvm.load %v4085 : !llvm.ptr<3> -> i64
        %v4087 = arith.addi %v1411, %v4082 : i64
        %v4088 = arith.cmpi slt, %v4087, %size_L : i64
        %v4089 = arith.subi %size_L, %v1 : i64
        %v4090 = arith.minsi %v4087, %v4089 : i64
        %v4091 = arith.addi %v4086, %v4090 : i64
        %v4092 = arith.muli %v4084, %v72 : i64
        %v4093 = arith.addi %v4092, %v4082 : i64
        %v4094 = arith.cmpi sge, %v4086, %v27 : i64
        %v4095 = arith.andi %v4088, %v4094 : i1
        %v4096 = arith.andi %v4095, %v4083 : i1
        %v4097 = llvm.getelementptr %v8[%v4093] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4098 = llvm.load %v4097 : !llvm.ptr<3> -> f32
        %v4099 = arith.addi %v4081, %v41 : i64
        %v4100 = arith.constant true
        %v4101 = arith.addi %v11, %v4099 : i64
        %v4102 = llvm.getelementptr %v7[%v4101] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4103 = llvm.load %v4102 : !llvm.ptr<3> -> i64
        %v4104 = arith.addi %v1411, %v4082 : i64
        %v4105 = arith.cmpi slt, %v4104, %size_L : i64
        %v4106 = arith.subi %size_L, %v1 : i64
        %v4107 = arith.minsi %v4104, %v4106 : i64
        %v4108 = arith.addi %v4103, %v4107 : i64
        %v4109 = arith.muli %v4101, %v72 : i64
        %v4110 = arith.addi %v4109, %v4082 : i64
        %v4111 = arith.cmpi sge, %v4103, %v27 : i64
        %v4112 = arith.andi %v4105, %v4111 : i1
        %v4113 = arith.andi %v4112, %v4100 : i1
        %v4114 = llvm.getelementptr %v8[%v4110] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4115 = llvm.load %v4114 : !llvm.ptr<3> -> f32
        %v4116 = arith.addi %v4081, %v58 : i64
        %v4117 = arith.constant true
        %v4118 = arith.addi %v11, %v4116 : i64
        %v4119 = llvm.getelementptr %v7[%v4118] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4120 = llvm.load %v4119 : !llvm.ptr<3> -> i64
        %v4121 = arith.addi %v1411, %v4082 : i64
        %v4122 = arith.cmpi slt, %v4121, %size_L : i64
        %v4123 = arith.subi %size_L, %v1 : i64
        %v4124 = arith.minsi %v4121, %v4123 : i64
        %v4125 = arith.addi %v4120, %v4124 : i64
        %v4126 = arith.muli %v4118, %v72 : i64
        %v4127 = arith.addi %v4126, %v4082 : i64
        %v4128 = arith.cmpi sge, %v4120, %v27 : i64
        %v4129 = arith.andi %v4122, %v4128 : i1
        %v4130 = arith.andi %v4129, %v4117 : i1
        %v4131 = llvm.getelementptr %v8[%v4127] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4132 = llvm.load %v4131 : !llvm.ptr<3> -> f32
        %v4133 = arith.addi %v4081, %v101 : i64
        %v4134 = arith.constant true
        %v4135 = arith.addi %v11, %v4133 : i64
        %v4136 = llvm.getelementptr %v7[%v4135] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4137 = llvm.load %v4136 : !llvm.ptr<3> -> i64
        %v4138 = arith.addi %v1411, %v4082 : i64
        %v4139 = arith.cmpi slt, %v4138, %size_L : i64
        %v4140 = arith.subi %size_L, %v1 : i64
        %v4141 = arith.minsi %v4138, %v4140 : i64
        %v4142 = arith.addi %v4137, %v4141 : i64
        %v4143 = arith.muli %v4135, %v72 : i64
        %v4144 = arith.addi %v4143, %v4082 : i64
        %v4145 = arith.cmpi sge, %v4137, %v27 : i64
        %v4146 = arith.andi %v4139, %v4145 : i1
        %v4147 = arith.andi %v4146, %v4134 : i1
        %v4148 = llvm.getelementptr %v8[%v4144] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4149 = llvm.load %v4148 : !llvm.ptr<3> -> f32
        %v4150 = arith.addi %v4081, %v114 : i64
        %v4151 = arith.constant true
        %v4152 = arith.addi %v11, %v4150 : i64
        %v4153 = llvm.getelementptr %v7[%v4152] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4154 = llvm.load %v4153 : !llvm.ptr<3> -> i64
        %v4155 = arith.addi %v1411, %v4082 : i64
        %v4156 = arith.cmpi slt, %v4155, %size_L : i64
        %v4157 = arith.subi %size_L, %v1 : i64
        %v4158 = arith.minsi %v4155, %v4157 : i64
        %v4159 = arith.addi %v4154, %v4158 : i64
        %v4160 = arith.muli %v4152, %v72 : i64
        %v4161 = arith.addi %v4160, %v4082 : i64
        %v4162 = arith.cmpi sge, %v4154, %v27 : i64
        %v4163 = arith.andi %v4156, %v4162 : i1
        %v4164 = arith.andi %v4163, %v4151 : i1
        %v4165 = llvm.getelementptr %v8[%v4161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4166 = llvm.load %v4165 : !llvm.ptr<3> -> f32
        %v4167 = arith.addi %v4081, %v127 : i64
        %v4168 = arith.constant true
        %v4169 = arith.addi %v11, %v4167 : i64
        %v4170 = llvm.getelementptr %v7[%v4169] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4171 = llvm.load %v4170 : !llvm.ptr<3> -> i64
        %v4172 = arith.addi %v1411, %v4082 : i64
        %v4173 = arith.cmpi slt, %v4172, %size_L : i64
        %v4174 = arith.subi %size_L, %v1 : i64
        %v4175 = arith.minsi %v4172, %v4174 : i64
        %v4176 = arith.addi %v4171, %v4175 : i64
        %v4177 = arith.muli %v4169, %v72 : i64
        %v4178 = arith.addi %v4177, %v4082 : i64
        %v4179 = arith.cmpi sge, %v4171, %v27 : i64
        %v4180 = arith.andi %v4173, %v4179 : i1
        %v4181 = arith.andi %v4180, %v4168 : i1
        %v4182 = llvm.getelementptr %v8[%v4178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4183 = llvm.load %v4182 : !llvm.ptr<3> -> f32
        %v4184 = arith.addi %v4081, %v140 : i64
        %v4185 = arith.constant true
        %v4186 = arith.addi %v11, %v4184 : i64
        %v4187 = llvm.getelementptr %v7[%v4186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4188 = llvm.load %v4187 : !llvm.ptr<3> -> i64
        %v4189 = arith.addi %v1411, %v4082 : i64
        %v4190 = arith.cmpi slt, %v4189, %size_L : i64
        %v4191 = arith.subi %size_L, %v1 : i64
        %v4192 = arith.minsi %v4189, %v4191 : i64
        %v4193 = arith.addi %v4188, %v4192 : i64
        %v4194 = arith.muli %v4186, %v72 : i64
        %v4195 = arith.addi %v4194, %v4082 : i64
        %v4196 = arith.cmpi sge, %v4188, %v27 : i64
        %v4197 = arith.andi %v4190, %v4196 : i1
        %v4198 = arith.andi %v4197, %v4185 : i1
        %v4199 = llvm.getelementptr %v8[%v4195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4200 = llvm.load %v4199 : !llvm.ptr<3> -> f32
        %v4201 = arith.addi %v4081, %v153 : i64
        %v4202 = arith.constant true
        %v4203 = arith.addi %v11, %v4201 : i64
        %v4204 = llvm.getelementptr %v7[%v4203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4205 = llvm.load %v4204 : !llvm.ptr<3> -> i64
        %v4206 = arith.addi %v1411, %v4082 : i64
        %v4207 = arith.cmpi slt, %v4206, %size_L : i64
        %v4208 = arith.subi %size_L, %v1 : i64
        %v4209 = arith.minsi %v4206, %v4208 : i64
        %v4210 = arith.addi %v4205, %v4209 : i64
        %v4211 = arith.muli %v4203, %v72 : i64
        %v4212 = arith.addi %v4211, %v4082 : i64
        %v4213 = arith.cmpi sge, %v4205, %v27 : i64
        %v4214 = arith.andi %v4207, %v4213 : i1
        %v4215 = arith.andi %v4214, %v4202 : i1
        %v4216 = llvm.getelementptr %v8[%v4212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4217 = llvm.load %v4216 : !llvm.ptr<3> -> f32
        %v4218 = arith.addi %v4081, %v166 : i64
        %v4219 = arith.constant true
        %v4220 = arith.addi %v11, %v4218 : i64
        %v4221 = llvm.getelementptr %v7[%v4220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4222 = llvm.load %v4221 : !llvm.ptr<3> -> i64
        %v4223 = arith.addi %v1411, %v4082 : i64
        %v4224 = arith.cmpi slt, %v4223, %size_L : i64
        %v4225 = arith.subi %size_L, %v1 : i64
        %v4226 = arith.minsi %v4223, %v4225 : i64
        %v4227 = arith.addi %v4222, %v4226 : i64
        %v4228 = arith.muli %v4220, %v72 : i64
        %v4229 = arith.addi %v4228, %v4082 : i64
        %v4230 = arith.cmpi sge, %v4222, %v27 : i64
        %v4231 = arith.andi %v4224, %v4230 : i1
        %v4232 = arith.andi %v4231, %v4219 : i1
        %v4233 = llvm.getelementptr %v8[%v4229] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4234 = llvm.load %v4233 : !llvm.ptr<3> -> f32
        %v4235 = arith.addi %v4081, %v179 : i64
        %v4236 = arith.constant true
        %v4237 = arith.addi %v11, %v4235 : i64
        %v4238 = llvm.getelementptr %v7[%v4237] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4239 = llvm.load %v4238 : !llvm.ptr<3> -> i64
        %v4240 = arith.addi %v1411, %v4082 : i64
        %v4241 = arith.cmpi slt, %v4240, %size_L : i64
        %v4242 = arith.subi %size_L, %v1 : i64
        %v4243 = arith.minsi %v4240, %v4242 : i64
        %v4244 = arith.addi %v4239, %v4243 : i64
        %v4245 = arith.muli %v4237, %v72 : i64
        %v4246 = arith.addi %v4245, %v4082 : i64
        %v4247 = arith.cmpi sge, %v4239, %v27 : i64
        %v4248 = arith.andi %v4241, %v4247 : i1
        %v4249 = arith.andi %v4248, %v4236 : i1
        %v4250 = llvm.getelementptr %v8[%v4246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4251 = llvm.load %v4250 : !llvm.ptr<3> -> f32
        %v4252 = arith.addi %v4081, %v192 : i64
        %v4253 = arith.constant true
        %v4254 = arith.addi %v11, %v4252 : i64
        %v4255 = llvm.getelementptr %v7[%v4254] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4256 = llvm.load %v4255 : !llvm.ptr<3> -> i64
        %v4257 = arith.addi %v1411, %v4082 : i64
        %v4258 = arith.cmpi slt, %v4257, %size_L : i64
        %v4259 = arith.subi %size_L, %v1 : i64
        %v4260 = arith.minsi %v4257, %v4259 : i64
        %v4261 = arith.addi %v4256, %v4260 : i64
        %v4262 = arith.muli %v4254, %v72 : i64
        %v4263 = arith.addi %v4262, %v4082 : i64
        %v4264 = arith.cmpi sge, %v4256, %v27 : i64
        %v4265 = arith.andi %v4258, %v4264 : i1
        %v4266 = arith.andi %v4265, %v4253 : i1
        %v4267 = llvm.getelementptr %v8[%v4263] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4268 = llvm.load %v4267 : !llvm.ptr<3> -> f32
        %v4269 = arith.addi %v4081, %v205 : i64
        %v4270 = arith.constant true
        %v4271 = arith.addi %v11, %v4269 : i64
        %v4272 = llvm.getelementptr %v7[%v4271] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4273 = llvm.load %v4272 : !llvm.ptr<3> -> i64
        %v4274 = arith.addi %v1411, %v4082 : i64
        %v4275 = arith.cmpi slt, %v4274, %size_L : i64
        %v4276 = arith.subi %size_L, %v1 : i64
        %v4277 = arith.minsi %v4274, %v4276 : i64
        %v4278 = arith.addi %v4273, %v4277 : i64
        %v4279 = arith.muli %v4271, %v72 : i64
        %v4280 = arith.addi %v4279, %v4082 : i64
        %v4281 = arith.cmpi sge, %v4273, %v27 : i64
        %v4282 = arith.andi %v4275, %v4281 : i1
        %v4283 = arith.andi %v4282, %v4270 : i1
        %v4284 = llvm.getelementptr %v8[%v4280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4285 = llvm.load %v4284 : !llvm.ptr<3> -> f32
        %v4286 = arith.addi %v4081, %v218 : i64
        %v4287 = arith.constant true
        %v4288 = arith.addi %v11, %v4286 : i64
        %v4289 = llvm.getelementptr %v7[%v4288] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4290 = llvm.load %v4289 : !llvm.ptr<3> -> i64
        %v4291 = arith.addi %v1411, %v4082 : i64
        %v4292 = arith.cmpi slt, %v4291, %size_L : i64
        %v4293 = arith.subi %size_L, %v1 : i64
        %v4294 = arith.minsi %v4291, %v4293 : i64
        %v4295 = arith.addi %v4290, %v4294 : i64
        %v4296 = arith.muli %v4288, %v72 : i64
        %v4297 = arith.addi %v4296, %v4082 : i64
        %v4298 = arith.cmpi sge, %v4290, %v27 : i64
        %v4299 = arith.andi %v4292, %v4298 : i1
        %v4300 = arith.andi %v4299, %v4287 : i1
        %v4301 = llvm.getelementptr %v8[%v4297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4302 = llvm.load %v4301 : !llvm.ptr<3> -> f32
        %v4303 = arith.addi %v4081, %v231 : i64
        %v4304 = arith.constant true
        %v4305 = arith.addi %v11, %v4303 : i64
        %v4306 = llvm.getelementptr %v7[%v4305] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4307 = llvm.load %v4306 : !llvm.ptr<3> -> i64
        %v4308 = arith.addi %v1411, %v4082 : i64
        %v4309 = arith.cmpi slt, %v4308, %size_L : i64
        %v4310 = arith.subi %size_L, %v1 : i64
        %v4311 = arith.minsi %v4308, %v4310 : i64
        %v4312 = arith.addi %v4307, %v4311 : i64
        %v4313 = arith.muli %v4305, %v72 : i64
        %v4314 = arith.addi %v4313, %v4082 : i64
        %v4315 = arith.cmpi sge, %v4307, %v27 : i64
        %v4316 = arith.andi %v4309, %v4315 : i1
        %v4317 = arith.andi %v4316, %v4304 : i1
        %v4318 = llvm.getelementptr %v8[%v4314] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4319 = llvm.load %v4318 : !llvm.ptr<3> -> f32
        %v4320 = arith.addi %v4081, %v244 : i64
        %v4321 = arith.constant true
        %v4322 = arith.addi %v11, %v4320 : i64
        %v4323 = llvm.getelementptr %v7[%v4322] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4324 = llvm.load %v4323 : !llvm.ptr<3> -> i64
        %v4325 = arith.addi %v1411, %v4082 : i64
        %v4326 = arith.cmpi slt, %v4325, %size_L : i64
        %v4327 = arith.subi %size_L, %v1 : i64
        %v4328 = arith.minsi %v4325, %v4327 : i64
        %v4329 = arith.addi %v4324, %v4328 : i64
        %v4330 = arith.muli %v4322, %v72 : i64
        %v4331 = arith.addi %v4330, %v4082 : i64
        %v4332 = arith.cmpi sge, %v4324, %v27 : i64
        %v4333 = arith.andi %v4326, %v4332 : i1
        %v4334 = arith.andi %v4333, %v4321 : i1
        %v4335 = llvm.getelementptr %v8[%v4331] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4336 = llvm.load %v4335 : !llvm.ptr<3> -> f32
        %v4337 = arith.addi %v4081, %v257 : i64
        %v4338 = arith.constant true
        %v4339 = arith.addi %v11, %v4337 : i64
        %v4340 = llvm.getelementptr %v7[%v4339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4341 = llvm.load %v4340 : !llvm.ptr<3> -> i64
        %v4342 = arith.addi %v1411, %v4082 : i64
        %v4343 = arith.cmpi slt, %v4342, %size_L : i64
        %v4344 = arith.subi %size_L, %v1 : i64
        %v4345 = arith.minsi %v4342, %v4344 : i64
        %v4346 = arith.addi %v4341, %v4345 : i64
        %v4347 = arith.muli %v4339, %v72 : i64
        %v4348 = arith.addi %v4347, %v4082 : i64
        %v4349 = arith.cmpi sge, %v4341, %v27 : i64
        %v4350 = arith.andi %v4343, %v4349 : i1
        %v4351 = arith.andi %v4350, %v4338 : i1
        %v4352 = llvm.getelementptr %v8[%v4348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4353 = llvm.load %v4352 : !llvm.ptr<3> -> f32
        %v4354 = arith.addi %v4081, %v62 : i64
        %v4355 = arith.constant true
        %v4356 = arith.addi %v11, %v4354 : i64
        %v4357 = llvm.getelementptr %v7[%v4356] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4358 = llvm.load %v4357 : !llvm.ptr<3> -> i64
        %v4359 = arith.addi %v1411, %v4082 : i64
        %v4360 = arith.cmpi slt, %v4359, %size_L : i64
        %v4361 = arith.subi %size_L, %v1 : i64
        %v4362 = arith.minsi %v4359, %v4361 : i64
        %v4363 = arith.addi %v4358, %v4362 : i64
        %v4364 = arith.muli %v4356, %v72 : i64
        %v4365 = arith.addi %v4364, %v4082 : i64
        %v4366 = arith.cmpi sge, %v4358, %v27 : i64
        %v4367 = arith.andi %v4360, %v4366 : i1
        %v4368 = arith.andi %v4367, %v4355 : i1
        %v4369 = llvm.getelementptr %v8[%v4365] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4370 = llvm.load %v4369 : !llvm.ptr<3> -> f32
        %v4371 = arith.addi %v4081, %v282 : i64
        %v4372 = arith.constant true
        %v4373 = arith.addi %v11, %v4371 : i64
        %v4374 = llvm.getelementptr %v7[%v4373] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4375 = llvm.load %v4374 : !llvm.ptr<3> -> i64
        %v4376 = arith.addi %v1411, %v4082 : i64
        %v4377 = arith.cmpi slt, %v4376, %size_L : i64
        %v4378 = arith.subi %size_L, %v1 : i64
        %v4379 = arith.minsi %v4376, %v4378 : i64
        %v4380 = arith.addi %v4375, %v4379 : i64
        %v4381 = arith.muli %v4373, %v72 : i64
        %v4382 = arith.addi %v4381, %v4082 : i64
        %v4383 = arith.cmpi sge, %v4375, %v27 : i64
        %v4384 = arith.andi %v4377, %v4383 : i1
        %v4385 = arith.andi %v4384, %v4372 : i1
        %v4386 = llvm.getelementptr %v8[%v4382] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4387 = llvm.load %v4386 : !llvm.ptr<3> -> f32
        %v4388 = arith.addi %v4081, %v295 : i64
        %v4389 = arith.constant true
        %v4390 = arith.addi %v11, %v4388 : i64
        %v4391 = llvm.getelementptr %v7[%v4390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4392 = llvm.load %v4391 : !llvm.ptr<3> -> i64
        %v4393 = arith.addi %v1411, %v4082 : i64
        %v4394 = arith.cmpi slt, %v4393, %size_L : i64
        %v4395 = arith.subi %size_L, %v1 : i64
        %v4396 = arith.minsi %v4393, %v4395 : i64
        %v4397 = arith.addi %v4392, %v4396 : i64
        %v4398 = arith.muli %v4390, %v72 : i64
        %v4399 = arith.addi %v4398, %v4082 : i64
        %v4400 = arith.cmpi sge, %v4392, %v27 : i64
        %v4401 = arith.andi %v4394, %v4400 : i1
        %v4402 = arith.andi %v4401, %v4389 : i1
        %v4403 = llvm.getelementptr %v8[%v4399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4404 = llvm.load %v4403 : !llvm.ptr<3> -> f32
        %v4405 = arith.addi %v4081, %v308 : i64
        %v4406 = arith.constant true
        %v4407 = arith.addi %v11, %v4405 : i64
        %v4408 = llvm.getelementptr %v7[%v4407] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4409 = llvm.load %v4408 : !llvm.ptr<3> -> i64
        %v4410 = arith.addi %v1411, %v4082 : i64
        %v4411 = arith.cmpi slt, %v4410, %size_L : i64
        %v4412 = arith.subi %size_L, %v1 : i64
        %v4413 = arith.minsi %v4410, %v4412 : i64
        %v4414 = arith.addi %v4409, %v4413 : i64
        %v4415 = arith.muli %v4407, %v72 : i64
        %v4416 = arith.addi %v4415, %v4082 : i64
        %v4417 = arith.cmpi sge, %v4409, %v27 : i64
        %v4418 = arith.andi %v4411, %v4417 : i1
        %v4419 = arith.andi %v4418, %v4406 : i1
        %v4420 = llvm.getelementptr %v8[%v4416] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4421 = llvm.load %v4420 : !llvm.ptr<3> -> f32
        %v4422 = arith.addi %v4081, %v321 : i64
        %v4423 = arith.constant true
        %v4424 = arith.addi %v11, %v4422 : i64
        %v4425 = llvm.getelementptr %v7[%v4424] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4426 = llvm.load %v4425 : !llvm.ptr<3> -> i64
        %v4427 = arith.addi %v1411, %v4082 : i64
        %v4428 = arith.cmpi slt, %v4427, %size_L : i64
        %v4429 = arith.subi %size_L, %v1 : i64
        %v4430 = arith.minsi %v4427, %v4429 : i64
        %v4431 = arith.addi %v4426, %v4430 : i64
        %v4432 = arith.muli %v4424, %v72 : i64
        %v4433 = arith.addi %v4432, %v4082 : i64
        %v4434 = arith.cmpi sge, %v4426, %v27 : i64
        %v4435 = arith.andi %v4428, %v4434 : i1
        %v4436 = arith.andi %v4435, %v4423 : i1
        %v4437 = llvm.getelementptr %v8[%v4433] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4438 = llvm.load %v4437 : !llvm.ptr<3> -> f32
        %v4439 = arith.addi %v4081, %v334 : i64
        %v4440 = arith.constant true
        %v4441 = arith.addi %v11, %v4439 : i64
        %v4442 = llvm.getelementptr %v7[%v4441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4443 = llvm.load %v4442 : !llvm.ptr<3> -> i64
        %v4444 = arith.addi %v1411, %v4082 : i64
        %v4445 = arith.cmpi slt, %v4444, %size_L : i64
        %v4446 = arith.subi %size_L, %v1 : i64
        %v4447 = arith.minsi %v4444, %v4446 : i64
        %v4448 = arith.addi %v4443, %v4447 : i64
        %v4449 = arith.muli %v4441, %v72 : i64
        %v4450 = arith.addi %v4449, %v4082 : i64
        %v4451 = arith.cmpi sge, %v4443, %v27 : i64
        %v4452 = arith.andi %v4445, %v4451 : i1
        %v4453 = arith.andi %v4452, %v4440 : i1
        %v4454 = llvm.getelementptr %v8[%v4450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4455 = llvm.load %v4454 : !llvm.ptr<3> -> f32
        %v4456 = arith.addi %v4081, %v347 : i64
        %v4457 = arith.constant true
        %v4458 = arith.addi %v11, %v4456 : i64
        %v4459 = llvm.getelementptr %v7[%v4458] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4460 = llvm.load %v4459 : !llvm.ptr<3> -> i64
        %v4461 = arith.addi %v1411, %v4082 : i64
        %v4462 = arith.cmpi slt, %v4461, %size_L : i64
        %v4463 = arith.subi %size_L, %v1 : i64
        %v4464 = arith.minsi %v4461, %v4463 : i64
        %v4465 = arith.addi %v4460, %v4464 : i64
        %v4466 = arith.muli %v4458, %v72 : i64
        %v4467 = arith.addi %v4466, %v4082 : i64
        %v4468 = arith.cmpi sge, %v4460, %v27 : i64
        %v4469 = arith.andi %v4462, %v4468 : i1
        %v4470 = arith.andi %v4469, %v4457 : i1
        %v4471 = llvm.getelementptr %v8[%v4467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4472 = llvm.load %v4471 : !llvm.ptr<3> -> f32
        %v4473 = arith.addi %v4081, %v360 : i64
        %v4474 = arith.constant true
        %v4475 = arith.addi %v11, %v4473 : i64
        %v4476 = llvm.getelementptr %v7[%v4475] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4477 = llvm.load %v4476 : !llvm.ptr<3> -> i64
        %v4478 = arith.addi %v1411, %v4082 : i64
        %v4479 = arith.cmpi slt, %v4478, %size_L : i64
        %v4480 = arith.subi %size_L, %v1 : i64
        %v4481 = arith.minsi %v4478, %v4480 : i64
        %v4482 = arith.addi %v4477, %v4481 : i64
        %v4483 = arith.muli %v4475, %v72 : i64
        %v4484 = arith.addi %v4483, %v4082 : i64
        %v4485 = arith.cmpi sge, %v4477, %v27 : i64
        %v4486 = arith.andi %v4479, %v4485 : i1
        %v4487 = arith.andi %v4486, %v4474 : i1
        %v4488 = llvm.getelementptr %v8[%v4484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4489 = llvm.load %v4488 : !llvm.ptr<3> -> f32
        %v4490 = arith.addi %v4081, %v373 : i64
        %v4491 = arith.constant true
        %v4492 = arith.addi %v11, %v4490 : i64
        %v4493 = llvm.getelementptr %v7[%v4492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4494 = llvm.load %v4493 : !llvm.ptr<3> -> i64
        %v4495 = arith.addi %v1411, %v4082 : i64
        %v4496 = arith.cmpi slt, %v4495, %size_L : i64
        %v4497 = arith.subi %size_L, %v1 : i64
        %v4498 = arith.minsi %v4495, %v4497 : i64
        %v4499 = arith.addi %v4494, %v4498 : i64
        %v4500 = arith.muli %v4492, %v72 : i64
        %v4501 = arith.addi %v4500, %v4082 : i64
        %v4502 = arith.cmpi sge, %v4494, %v27 : i64
        %v4503 = arith.andi %v4496, %v4502 : i1
        %v4504 = arith.andi %v4503, %v4491 : i1
        %v4505 = llvm.getelementptr %v8[%v4501] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4506 = llvm.load %v4505 : !llvm.ptr<3> -> f32
        %v4507 = arith.addi %v4081, %v386 : i64
        %v4508 = arith.constant true
        %v4509 = arith.addi %v11, %v4507 : i64
        %v4510 = llvm.getelementptr %v7[%v4509] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4511 = llvm.load %v4510 : !llvm.ptr<3> -> i64
        %v4512 = arith.addi %v1411, %v4082 : i64
        %v4513 = arith.cmpi slt, %v4512, %size_L : i64
        %v4514 = arith.subi %size_L, %v1 : i64
        %v4515 = arith.minsi %v4512, %v4514 : i64
        %v4516 = arith.addi %v4511, %v4515 : i64
        %v4517 = arith.muli %v4509, %v72 : i64
        %v4518 = arith.addi %v4517, %v4082 : i64
        %v4519 = arith.cmpi sge, %v4511, %v27 : i64
        %v4520 = arith.andi %v4513, %v4519 : i1
        %v4521 = arith.andi %v4520, %v4508 : i1
        %v4522 = llvm.getelementptr %v8[%v4518] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4523 = llvm.load %v4522 : !llvm.ptr<3> -> f32
        %v4524 = arith.addi %v4081, %v399 : i64
        %v4525 = arith.constant true
        %v4526 = arith.addi %v11, %v4524 : i64
        %v4527 = llvm.getelementptr %v7[%v4526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4528 = llvm.load %v4527 : !llvm.ptr<3> -> i64
        %v4529 = arith.addi %v1411, %v4082 : i64
        %v4530 = arith.cmpi slt, %v4529, %size_L : i64
        %v4531 = arith.subi %size_L, %v1 : i64
        %v4532 = arith.minsi %v4529, %v4531 : i64
        %v4533 = arith.addi %v4528, %v4532 : i64
        %v4534 = arith.muli %v4526, %v72 : i64
        %v4535 = arith.addi %v4534, %v4082 : i64
        %v4536 = arith.cmpi sge, %v4528, %v27 : i64
        %v4537 = arith.andi %v4530, %v4536 : i1
        %v4538 = arith.andi %v4537, %v4525 : i1
        %v4539 = llvm.getelementptr %v8[%v4535] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4540 = llvm.load %v4539 : !llvm.ptr<3> -> f32
        %v4541 = arith.addi %v4081, %v412 : i64
        %v4542 = arith.constant true
        %v4543 = arith.addi %v11, %v4541 : i64
        %v4544 = llvm.getelementptr %v7[%v4543] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4545 = llvm.load %v4544 : !llvm.ptr<3> -> i64
        %v4546 = arith.addi %v1411, %v4082 : i64
        %v4547 = arith.cmpi slt, %v4546, %size_L : i64
        %v4548 = arith.subi %size_L, %v1 : i64
        %v4549 = arith.minsi %v4546, %v4548 : i64
        %v4550 = arith.addi %v4545, %v4549 : i64
        %v4551 = arith.muli %v4543, %v72 : i64
        %v4552 = arith.addi %v4551, %v4082 : i64
        %v4553 = arith.cmpi sge, %v4545, %v27 : i64
        %v4554 = arith.andi %v4547, %v4553 : i1
        %v4555 = arith.andi %v4554, %v4542 : i1
        %v4556 = llvm.getelementptr %v8[%v4552] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4557 = llvm.load %v4556 : !llvm.ptr<3> -> f32
        %v4558 = arith.addi %v4081, %v425 : i64
        %v4559 = arith.constant true
        %v4560 = arith.addi %v11, %v4558 : i64
        %v4561 = llvm.getelementptr %v7[%v4560] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4562 = llvm.load %v4561 : !llvm.ptr<3> -> i64
        %v4563 = arith.addi %v1411, %v4082 : i64
        %v4564 = arith.cmpi slt, %v4563, %size_L : i64
        %v4565 = arith.subi %size_L, %v1 : i64
        %v4566 = arith.minsi %v4563, %v4565 : i64
        %v4567 = arith.addi %v4562, %v4566 : i64
        %v4568 = arith.muli %v4560, %v72 : i64
        %v4569 = arith.addi %v4568, %v4082 : i64
        %v4570 = arith.cmpi sge, %v4562, %v27 : i64
        %v4571 = arith.andi %v4564, %v4570 : i1
        %v4572 = arith.andi %v4571, %v4559 : i1
        %v4573 = llvm.getelementptr %v8[%v4569] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4574 = llvm.load %v4573 : !llvm.ptr<3> -> f32
        %v4575 = arith.addi %v4081, %v438 : i64
        %v4576 = arith.constant true
        %v4577 = arith.addi %v11, %v4575 : i64
        %v4578 = llvm.getelementptr %v7[%v4577] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4579 = llvm.load %v4578 : !llvm.ptr<3> -> i64
        %v4580 = arith.addi %v1411, %v4082 : i64
        %v4581 = arith.cmpi slt, %v4580, %size_L : i64
        %v4582 = arith.subi %size_L, %v1 : i64
        %v4583 = arith.minsi %v4580, %v4582 : i64
        %v4584 = arith.addi %v4579, %v4583 : i64
        %v4585 = arith.muli %v4577, %v72 : i64
        %v4586 = arith.addi %v4585, %v4082 : i64
        %v4587 = arith.cmpi sge, %v4579, %v27 : i64
        %v4588 = arith.andi %v4581, %v4587 : i1
        %v4589 = arith.andi %v4588, %v4576 : i1
        %v4590 = llvm.getelementptr %v8[%v4586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4591 = llvm.load %v4590 : !llvm.ptr<3> -> f32
        %v4592 = arith.addi %v4081, %v451 : i64
        %v4593 = arith.constant true
        %v4594 = arith.addi %v11, %v4592 : i64
        %v4595 = llvm.getelementptr %v7[%v4594] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4596 = llvm.load %v4595 : !llvm.ptr<3> -> i64
        %v4597 = arith.addi %v1411, %v4082 : i64
        %v4598 = arith.cmpi slt, %v4597, %size_L : i64
        %v4599 = arith.subi %size_L, %v1 : i64
        %v4600 = arith.minsi %v4597, %v4599 : i64
        %v4601 = arith.addi %v4596, %v4600 : i64
        %v4602 = arith.muli %v4594, %v72 : i64
        %v4603 = arith.addi %v4602, %v4082 : i64
        %v4604 = arith.cmpi sge, %v4596, %v27 : i64
        %v4605 = arith.andi %v4598, %v4604 : i1
        %v4606 = arith.andi %v4605, %v4593 : i1
        %v4607 = llvm.getelementptr %v8[%v4603] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4608 = llvm.load %v4607 : !llvm.ptr<3> -> f32
        %v4609 = arith.addi %v4081, %v464 : i64
        %v4610 = arith.constant true
        %v4611 = arith.addi %v11, %v4609 : i64
        %v4612 = llvm.getelementptr %v7[%v4611] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4613 = llvm.load %v4612 : !llvm.ptr<3> -> i64
        %v4614 = arith.addi %v1411, %v4082 : i64
        %v4615 = arith.cmpi slt, %v4614, %size_L : i64
        %v4616 = arith.subi %size_L, %v1 : i64
        %v4617 = arith.minsi %v4614, %v4616 : i64
        %v4618 = arith.addi %v4613, %v4617 : i64
        %v4619 = arith.muli %v4611, %v72 : i64
        %v4620 = arith.addi %v4619, %v4082 : i64
        %v4621 = arith.cmpi sge, %v4613, %v27 : i64
        %v4622 = arith.andi %v4615, %v4621 : i1
        %v4623 = arith.andi %v4622, %v4610 : i1
        %v4624 = llvm.getelementptr %v8[%v4620] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4625 = llvm.load %v4624 : !llvm.ptr<3> -> f32
        scf.if %v4096 {
          %v4626 = llvm.getelementptr %out_forecast[%v4091] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4098, %v4626 : f32, !llvm.ptr
        }
        scf.if %v4113 {
          %v4627 = llvm.getelementptr %out_forecast[%v4108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4115, %v4627 : f32, !llvm.ptr
        }
        scf.if %v4130 {
          %v4628 = llvm.getelementptr %out_forecast[%v4125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4132, %v4628 : f32, !llvm.ptr
        }
        scf.if %v4147 {
          %v4629 = llvm.getelementptr %out_forecast[%v4142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4149, %v4629 : f32, !llvm.ptr
        }
        scf.if %v4164 {
          %v4630 = llvm.getelementptr %out_forecast[%v4159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4166, %v4630 : f32, !llvm.ptr
        }
        scf.if %v4181 {
          %v4631 = llvm.getelementptr %out_forecast[%v4176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4183, %v4631 : f32, !llvm.ptr
        }
        scf.if %v4198 {
          %v4632 = llvm.getelementptr %out_forecast[%v4193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4200, %v4632 : f32, !llvm.ptr
        }
        scf.if %v4215 {
          %v4633 = llvm.getelementptr %out_forecast[%v4210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4217, %v4633 : f32, !llvm.ptr
        }
        scf.if %v4232 {
          %v4634 = llvm.getelementptr %out_forecast[%v4227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4234, %v4634 : f32, !llvm.ptr
        }
        scf.if %v4249 {
          %v4635 = llvm.getelementptr %out_forecast[%v4244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4251, %v4635 : f32, !llvm.ptr
        }
        scf.if %v4266 {
          %v4636 = llvm.getelementptr %out_forecast[%v4261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4268, %v4636 : f32, !llvm.ptr
        }
        scf.if %v4283 {
          %v4637 = llvm.getelementptr %out_forecast[%v4278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4285, %v4637 : f32, !llvm.ptr
        }
        scf.if %v4300 {
          %v4638 = llvm.getelementptr %out_forecast[%v4295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4302, %v4638 : f32, !llvm.ptr
        }
        scf.if %v4317 {
          %v4639 = llvm.getelementptr %out_forecast[%v4312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4319, %v4639 : f32, !llvm.ptr
        }
        scf.if %v4334 {
          %v4640 = llvm.getelementptr %out_forecast[%v4329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4336, %v4640 : f32, !llvm.ptr
        }
        scf.if %v4351 {
          %v4641 = llvm.getelementptr %out_forecast[%v4346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4353, %v4641 : f32, !llvm.ptr
        }
        scf.if %v4368 {
          %v4642 = llvm.getelementptr %out_forecast[%v4363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4370, %v4642 : f32, !llvm.ptr
        }
        scf.if %v4385 {
          %v4643 = llvm.getelementptr %out_forecast[%v4380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4387, %v4643 : f32, !llvm.ptr
        }
        scf.if %v4402 {
          %v4644 = llvm.getelementptr %out_forecast[%v4397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4404, %v4644 : f32, !llvm.ptr
        }
        scf.if %v4419 {
          %v4645 = llvm.getelementptr %out_forecast[%v4414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4421, %v4645 : f32, !llvm.ptr
        }
        scf.if %v4436 {
          %v4646 = llvm.getelementptr %out_forecast[%v4431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4438, %v4646 : f32, !llvm.ptr
        }
        scf.if %v4453 {
          %v4647 = llvm.getelementptr %out_forecast[%v4448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4455, %v4647 : f32, !llvm.ptr
        }
        scf.if %v4470 {
          %v4648 = llvm.getelementptr %out_forecast[%v4465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4472, %v4648 : f32, !llvm.ptr
        }
        scf.if %v4487 {
          %v4649 = llvm.getelementptr %out_forecast[%v4482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4489, %v4649 : f32, !llvm.ptr
        }
        scf.if %v4504 {
          %v4650 = llvm.getelementptr %out_forecast[%v4499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4506, %v4650 : f32, !llvm.ptr
        }
        scf.if %v4521 {
          %v4651 = llvm.getelementptr %out_forecast[%v4516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4523, %v4651 : f32, !llvm.ptr
        }
        scf.if %v4538 {
          %v4652 = llvm.getelementptr %out_forecast[%v4533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4540, %v4652 : f32, !llvm.ptr
        }
        scf.if %v4555 {
          %v4653 = llvm.getelementptr %out_forecast[%v4550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4557, %v4653 : f32, !llvm.ptr
        }
        scf.if %v4572 {
          %v4654 = llvm.getelementptr %out_forecast[%v4567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4574, %v4654 : f32, !llvm.ptr
        }
        scf.if %v4589 {
          %v4655 = llvm.getelementptr %out_forecast[%v4584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4591, %v4655 : f32, !llvm.ptr
        }
        scf.if %v4606 {
          %v4656 = llvm.getelementptr %out_forecast[%v4601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4608, %v4656 : f32, !llvm.ptr
        }
        scf.if %v4623 {
          %v4657 = llvm.getelementptr %out_forecast[%v4618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4625, %v4657 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      gpu.return
    }
  }
}
