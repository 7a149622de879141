module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_arma_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<192 x i64>
    llvm.mlir.global internal @smem_arma_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<6336 x f32>
    gpu.func @arma_chunk_reduce(%in_e: !llvm.ptr, %in_phi1: !llvm.ptr, %in_phi2: !llvm.ptr, %in_theta1: !llvm.ptr, %in_theta2: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %agga_h_lag1: !llvm.ptr, %aggb_h_lag1: !llvm.ptr, %agga_e_lag1: !llvm.ptr, %aggb_e_lag1: !llvm.ptr, %agga_e_lag2: !llvm.ptr, %aggb_e_lag2: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.mlir.addressof @rows_arma_chunk_reduce : !llvm.ptr<3>
      %v25 = llvm.mlir.addressof @smem_arma_chunk_reduce : !llvm.ptr<3>
      %v26 = arith.constant 255 : i64
      %v27 = arith.addi %size_L, %v26 : i64
      %v28 = arith.constant 256 : i64
      %v29 = arith.divui %v27, %v28 : i64
      %v34 = arith.constant 64 : i64
      %v49 = arith.constant 0 : i64
      %v50 = arith.muli %v1, %size_L : i64
      %v51 = arith.muli %v50, %size_D : i64
      %v73 = arith.constant 2 : i64
      %v77 = arith.constant 0x00000000 : f32
      %v78 = arith.constant 0x3F800000 : f32
      %v82 = arith.constant 32 : i64
      %v95 = arith.constant 33 : i64
      %v114 = arith.constant 4 : i64
      %v129 = arith.constant 6 : i64
      %v144 = arith.constant 8 : i64
      %v159 = arith.constant 10 : i64
      %v174 = arith.constant 12 : i64
      %v189 = arith.constant 14 : i64
      %v204 = arith.constant 16 : i64
      %v219 = arith.constant 18 : i64
      %v234 = arith.constant 20 : i64
      %v249 = arith.constant 22 : i64
      %v264 = arith.constant 24 : i64
      %v279 = arith.constant 26 : i64
      %v294 = arith.constant 28 : i64
      %v309 = arith.constant 30 : i64
      %v338 = arith.constant 34 : i64
      %v353 = arith.constant 36 : i64
      %v368 = arith.constant 38 : i64
      %v383 = arith.constant 40 : i64
      %v398 = arith.constant 42 : i64
      %v413 = arith.constant 44 : i64
      %v428 = arith.constant 46 : i64
      %v443 = arith.constant 48 : i64
      %v458 = arith.constant 50 : i64
      %v473 = arith.constant 52 : i64
      %v488 = arith.constant 54 : i64
      %v503 = arith.constant 56 : i64
      %v518 = arith.constant 58 : i64
      %v533 = arith.constant 60 : i64
      %v548 = arith.constant 62 : i64
      %v1081 = arith.constant 128 : i64
      %v3088 = arith.constant 192 : i64
      %v3103 = arith.constant 320 : i64
      %v3111 = arith.constant 384 : i64
      %v3119 = arith.constant 448 : i64
      %v3127 = arith.constant 512 : i64
      %v3135 = arith.constant 576 : i64
      %v3143 = arith.constant 640 : i64
      %v3151 = arith.constant 704 : i64
      %v3159 = arith.constant 768 : i64
      %v3167 = arith.constant 832 : i64
      %v3175 = arith.constant 896 : i64
      %v3183 = arith.constant 960 : i64
      %v3191 = arith.constant 1024 : i64
      %v3199 = arith.constant 1088 : i64
      %v3207 = arith.constant 1152 : i64
      %v3215 = arith.constant 1216 : i64
      %v3223 = arith.constant 1280 : i64
      %v3231 = arith.constant 1344 : i64
      %v3239 = arith.constant 1408 : i64
      %v3247 = arith.constant 1472 : i64
      %v3255 = arith.constant 1536 : i64
      %v3263 = arith.constant 1600 : i64
      %v3271 = arith.constant 1664 : i64
      %v3279 = arith.constant 1728 : i64
      %v3287 = arith.constant 1792 : i64
      %v3295 = arith.constant 1856 : i64
      %v3303 = arith.constant 1920 : i64
      %v3311 = arith.constant 1984 : i64
      %v3802 = arith.constant 3 : i64
      %v30 = gpu.block_id x
      %v31 = gpu.thread_id x
      %v32 = arith.index_cast %v31 : index to i64
      %v33 = arith.index_cast %v30 : index to i64
      %v35 = arith.subi %v34, %v1 : i64
      %v36 = arith.addi %v3, %v35 : i64
      %v37 = arith.divui %v36, %v34 : i64
      %v38 = arith.divui %v33, %v37 : i64
      %v39 = arith.remui %v33, %v37 : i64
      %v40 = arith.muli %v39, %v34 : i64
      %v41 = arith.addi %v40, %v32 : i64
      %v42 = arith.cmpi slt, %v41, %v3 : i64
      %v43 = arith.subi %v3, %v1 : i64
      %v44 = arith.minsi %v41, %v43 : i64
      %v45 = arith.remui %v44, %size_D : i64
      %v46 = arith.divui %v44, %size_D : i64
      %v47 = arith.remui %v46, %size_B : i64
      %v48 = arith.divui %v46, %size_B : i64
      %v2948 = arith.muli %v45, %v1 : i64
      %v2949 = llvm.getelementptr %in_theta1[%v2948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2950 = llvm.load %v2949 : !llvm.ptr -> f32
      %v2954 = arith.muli %v45, %v1 : i64
      %v2955 = llvm.getelementptr %in_theta2[%v2954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2956 = llvm.load %v2955 : !llvm.ptr -> f32
      %v52 = arith.muli %v47, %v51 : i64
      %v53 = arith.muli %v45, %v50 : i64
      %v54 = arith.addi %v52, %v53 : i64
      %v55 = arith.muli %v49, %v1 : i64
      %v56 = arith.addi %v54, %v55 : i64
      %v57 = arith.muli %v49, %v34 : i64
      %v58 = arith.addi %v57, %v32 : i64
      %v59 = llvm.getelementptr %v24[%v58] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v56, %v59 : i64, !llvm.ptr<3>
      %v60 = arith.muli %v47, %v51 : i64
      %v61 = arith.muli %v45, %v50 : i64
      %v62 = arith.addi %v60, %v61 : i64
      %v63 = arith.muli %v49, %v1 : i64
      %v64 = arith.addi %v62, %v63 : i64
      %v65 = arith.muli %v1, %v34 : i64
      %v66 = arith.addi %v65, %v32 : i64
      %v67 = llvm.getelementptr %v24[%v66] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v64, %v67 : i64, !llvm.ptr<3>
      %v68 = arith.muli %v47, %v51 : i64
      %v69 = arith.muli %v45, %v50 : i64
      %v70 = arith.addi %v68, %v69 : i64
      %v71 = arith.muli %v49, %v1 : i64
      %v72 = arith.addi %v70, %v71 : i64
      %v74 = arith.muli %v73, %v34 : i64
      %v75 = arith.addi %v74, %v32 : i64
      %v76 = llvm.getelementptr %v24[%v75] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v72, %v76 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v77, %v4 : f32, !llvm.ptr
      llvm.store %v77, %v5 : f32, !llvm.ptr
      llvm.store %v77, %v6 : f32, !llvm.ptr
      llvm.store %v77, %v7 : f32, !llvm.ptr
      llvm.store %v78, %v8 : f32, !llvm.ptr
      llvm.store %v77, %v9 : f32, !llvm.ptr
      llvm.store %v77, %v10 : f32, !llvm.ptr
      llvm.store %v77, %v11 : f32, !llvm.ptr
      llvm.store %v77, %v12 : f32, !llvm.ptr
      llvm.store %v78, %v13 : f32, !llvm.ptr
      llvm.store %v77, %v14 : f32, !llvm.ptr
      llvm.store %v77, %v15 : f32, !llvm.ptr
      llvm.store %v77, %v16 : f32, !llvm.ptr
      llvm.store %v77, %v17 : f32, !llvm.ptr
      llvm.store %v78, %v18 : f32, !llvm.ptr
      llvm.store %v77, %v19 : f32, !llvm.ptr
      llvm.store %v77, %v20 : f32, !llvm.ptr
      llvm.store %v77, %v21 : f32, !llvm.ptr
      llvm.store %v77, %v22 : f32, !llvm.ptr
      llvm.store %v78, %v23 : f32, !llvm.ptr
      %v79 = arith.muli %v38, %v28 : i64
      %v80 = arith.addi %v79, %v28 : i64
      %v81 = arith.minsi %v80, %size_L : i64
      // staged load of `e`'s first tile: read, then shared memory
      %v83 = arith.divui %v32, %v82 : i64
      %v84 = arith.remui %v32, %v82 : i64
      %v85 = arith.addi %v83, %v49 : i64
      %v86 = arith.constant true
      %v87 = arith.addi %v49, %v85 : i64
      %v88 = llvm.getelementptr %v24[%v87] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v89 = llvm.load %v88 : !llvm.ptr<3> -> i64
      %v90 = arith.addi %v79, %v84 : i64
      %v91 = arith.cmpi slt, %v90, %v81 : i64
      %v92 = arith.subi %size_L, %v1 : i64
      %v93 = arith.minsi %v90, %v92 : i64
      %v94 = arith.addi %v89, %v93 : i64
      %v96 = arith.muli %v87, %v95 : i64
      %v97 = arith.addi %v96, %v84 : i64
      %v98 = llvm.getelementptr %in_e[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v99 = llvm.load %v98 : !llvm.ptr -> f32
      %v100 = arith.addi %v83, %v73 : i64
      %v101 = arith.constant true
      %v102 = arith.addi %v49, %v100 : i64
      %v103 = llvm.getelementptr %v24[%v102] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v104 = llvm.load %v103 : !llvm.ptr<3> -> i64
      %v105 = arith.addi %v79, %v84 : i64
      %v106 = arith.cmpi slt, %v105, %v81 : i64
      %v107 = arith.subi %size_L, %v1 : i64
      %v108 = arith.minsi %v105, %v107 : i64
      %v109 = arith.addi %v104, %v108 : i64
      %v110 = arith.muli %v102, %v95 : i64
      %v111 = arith.addi %v110, %v84 : i64
      %v112 = llvm.getelementptr %in_e[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v113 = llvm.load %v112 : !llvm.ptr -> f32
      %v115 = arith.addi %v83, %v114 : i64
      %v116 = arith.constant true
      %v117 = arith.addi %v49, %v115 : i64
      %v118 = llvm.getelementptr %v24[%v117] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v119 = llvm.load %v118 : !llvm.ptr<3> -> i64
      %v120 = arith.addi %v79, %v84 : i64
      %v121 = arith.cmpi slt, %v120, %v81 : i64
      %v122 = arith.subi %size_L, %v1 : i64
      %v123 = arith.minsi %v120, %v122 : i64
      %v124 = arith.addi %v119, %v123 : i64
      %v125 = arith.muli %v117, %v95 : i64
      %v126 = arith.addi %v125, %v84 : i64
      %v127 = llvm.getelementptr %in_e[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v128 = llvm.load %v127 : !llvm.ptr -> f32
      %v130 = arith.addi %v83, %v129 : i64
      %v131 = arith.constant true
      %v132 = arith.addi %v49, %v130 : i64
      %v133 = llvm.getelementptr %v24[%v132] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v134 = llvm.load %v133 : !llvm.ptr<3> -> i64
      %v135 = arith.addi %v79, %v84 : i64
      %v136 = arith.cmpi slt, %v135, %v81 : i64
      %v137 = arith.subi %size_L, %v1 : i64
      %v138 = arith.minsi %v135, %v137 : i64
      %v139 = arith.addi %v134, %v138 : i64
      %v140 = arith.muli %v132, %v95 : i64
      %v141 = arith.addi %v140, %v84 : i64
      %v142 = llvm.getelementptr %in_e[%v139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v143 = llvm.load %v142 : !llvm.ptr -> f32
      %v145 = arith.addi %v83, %v144 : i64
      %v146 = arith.constant true
      %v147 = arith.addi %v49, %v145 : i64
      %v148 = llvm.getelementptr %v24[%v147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v149 = llvm.load %v148 : !llvm.ptr<3> -> i64
      %v150 = arith.addi %v79, %v84 : i64
      %v151 = arith.cmpi slt, %v150, %v81 : i64
      %v152 = arith.subi %size_L, %v1 : i64
      %v153 = arith.minsi %v150, %v152 : i64
      %v154 = arith.addi %v149, %v153 : i64
      %v155 = arith.muli %v147, %v95 : i64
      %v156 = arith.addi %v155, %v84 : i64
      %v157 = llvm.getelementptr %in_e[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v158 = llvm.load %v157 : !llvm.ptr -> f32
      %v160 = arith.addi %v83, %v159 : i64
      %v161 = arith.constant true
      %v162 = arith.addi %v49, %v160 : i64
      %v163 = llvm.getelementptr %v24[%v162] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v164 = llvm.load %v163 : !llvm.ptr<3> -> i64
      %v165 = arith.addi %v79, %v84 : i64
      %v166 = arith.cmpi slt, %v165, %v81 : i64
      %v167 = arith.subi %size_L, %v1 : i64
      %v168 = arith.minsi %v165, %v167 : i64
      %v169 = arith.addi %v164, %v168 : i64
      %v170 = arith.muli %v162, %v95 : i64
      %v171 = arith.addi %v170, %v84 : i64
      %v172 = llvm.getelementptr %in_e[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v173 = llvm.load %v172 : !llvm.ptr -> f32
      %v175 = arith.addi %v83, %v174 : i64
      %v176 = arith.constant true
      %v177 = arith.addi %v49, %v175 : i64
      %v178 = llvm.getelementptr %v24[%v177] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v179 = llvm.load %v178 : !llvm.ptr<3> -> i64
      %v180 = arith.addi %v79, %v84 : i64
      %v181 = arith.cmpi slt, %v180, %v81 : i64
      %v182 = arith.subi %size_L, %v1 : i64
      %v183 = arith.minsi %v180, %v182 : i64
      %v184 = arith.addi %v179, %v183 : i64
      %v185 = arith.muli %v177, %v95 : i64
      %v186 = arith.addi %v185, %v84 : i64
      %v187 = llvm.getelementptr %in_e[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v188 = llvm.load %v187 : !llvm.ptr -> f32
      %v190 = arith.addi %v83, %v189 : i64
      %v191 = arith.constant true
      %v192 = arith.addi %v49, %v190 : i64
      %v193 = llvm.getelementptr %v24[%v192] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v194 = llvm.load %v193 : !llvm.ptr<3> -> i64
      %v195 = arith.addi %v79, %v84 : i64
      %v196 = arith.cmpi slt, %v195, %v81 : i64
      %v197 = arith.subi %size_L, %v1 : i64
      %v198 = arith.minsi %v195, %v197 : i64
      %v199 = arith.addi %v194, %v198 : i64
      %v200 = arith.muli %v192, %v95 : i64
      %v201 = arith.addi %v200, %v84 : i64
      %v202 = llvm.getelementptr %in_e[%v199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v203 = llvm.load %v202 : !llvm.ptr -> f32
      %v205 = arith.addi %v83, %v204 : i64
      %v206 = arith.constant true
      %v207 = arith.addi %v49, %v205 : i64
      %v208 = llvm.getelementptr %v24[%v207] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v209 = llvm.load %v208 : !llvm.ptr<3> -> i64
      %v210 = arith.addi %v79, %v84 : i64
      %v211 = arith.cmpi slt, %v210, %v81 : i64
      %v212 = arith.subi %size_L, %v1 : i64
      %v213 = arith.minsi %v210, %v212 : i64
      %v214 = arith.addi %v209, %v213 : i64
      %v215 = arith.muli %v207, %v95 : i64
      %v216 = arith.addi %v215, %v84 : i64
      %v217 = llvm.getelementptr %in_e[%v214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v218 = llvm.load %v217 : !llvm.ptr -> f32
      %v220 = arith.addi %v83, %v219 : i64
      %v221 = arith.constant true
      %v222 = arith.addi %v49, %v220 : i64
      %v223 = llvm.getelementptr %v24[%v222] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v224 = llvm.load %v223 : !llvm.ptr<3> -> i64
      %v225 = arith.addi %v79, %v84 : i64
      %v226 = arith.cmpi slt, %v225, %v81 : i64
      %v227 = arith.subi %size_L, %v1 : i64
      %v228 = arith.minsi %v225, %v227 : i64
      %v229 = arith.addi %v224, %v228 : i64
      %v230 = arith.muli %v222, %v95 : i64
      %v231 = arith.addi %v230, %v84 : i64
      %v232 = llvm.getelementptr %in_e[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v233 = llvm.load %v232 : !llvm.ptr -> f32
      %v235 = arith.addi %v83, %v234 : i64
      %v236 = arith.constant true
      %v237 = arith.addi %v49, %v235 : i64
      %v238 = llvm.getelementptr %v24[%v237] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v239 = llvm.load %v238 : !llvm.ptr<3> -> i64
      %v240 = arith.addi %v79, %v84 : i64
      %v241 = arith.cmpi slt, %v240, %v81 : i64
      %v242 = arith.subi %size_L, %v1 : i64
      %v243 = arith.minsi %v240, %v242 : i64
      %v244 = arith.addi %v239, %v243 : i64
      %v245 = arith.muli %v237, %v95 : i64
      %v246 = arith.addi %v245, %v84 : i64
      %v247 = llvm.getelementptr %in_e[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v248 = llvm.load %v247 : !llvm.ptr -> f32
      %v250 = arith.addi %v83, %v249 : i64
      %v251 = arith.constant true
      %v252 = arith.addi %v49, %v250 : i64
      %v253 = llvm.getelementptr %v24[%v252] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v254 = llvm.load %v253 : !llvm.ptr<3> -> i64
      %v255 = arith.addi %v79, %v84 : i64
      %v256 = arith.cmpi slt, %v255, %v81 : i64
      %v257 = arith.subi %size_L, %v1 : i64
      %v258 = arith.minsi %v255, %v257 : i64
      %v259 = arith.addi %v254, %v258 : i64
      %v260 = arith.muli %v252, %v95 : i64
      %v261 = arith.addi %v260, %v84 : i64
      %v262 = llvm.getelementptr %in_e[%v259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v263 = llvm.load %v262 : !llvm.ptr -> f32
      %v265 = arith.addi %v83, %v264 : i64
      %v266 = arith.constant true
      %v267 = arith.addi %v49, %v265 : i64
      %v268 = llvm.getelementptr %v24[%v267] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v269 = llvm.load %v268 : !llvm.ptr<3> -> i64
      %v270 = arith.addi %v79, %v84 : i64
      %v271 = arith.cmpi slt, %v270, %v81 : i64
      %v272 = arith.subi %size_L, %v1 : i64
      %v273 = arith.minsi %v270, %v272 : i64
      %v274 = arith.addi %v269, %v273 : i64
      %v275 = arith.muli %v267, %v95 : i64
      %v276 = arith.addi %v275, %v84 : i64
      %v277 = llvm.getelementptr %in_e[%v274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v278 = llvm.load %v277 : !llvm.ptr -> f32
      %v280 = arith.addi %v83, %v279 : i64
      %v281 = arith.constant true
      %v282 = arith.addi %v49, %v280 : i64
      %v283 = llvm.getelementptr %v24[%v282] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v284 = llvm.load %v283 : !llvm.ptr<3> -> i64
      %v285 = arith.addi %v79, %v84 : i64
      %v286 = arith.cmpi slt, %v285, %v81 : i64
      %v287 = arith.subi %size_L, %v1 : i64
      %v288 = arith.minsi %v285, %v287 : i64
      %v289 = arith.addi %v284, %v288 : i64
      %v290 = arith.muli %v282, %v95 : i64
      %v291 = arith.addi %v290, %v84 : i64
      %v292 = llvm.getelementptr %in_e[%v289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v293 = llvm.load %v292 : !llvm.ptr -> f32
      %v295 = arith.addi %v83, %v294 : i64
      %v296 = arith.constant true
      %v297 = arith.addi %v49, %v295 : i64
      %v298 = llvm.getelementptr %v24[%v297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v299 = llvm.load %v298 : !llvm.ptr<3> -> i64
      %v300 = arith.addi %v79, %v84 : i64
      %v301 = arith.cmpi slt, %v300, %v81 : i64
      %v302 = arith.subi %size_L, %v1 : i64
      %v303 = arith.minsi %v300, %v302 : i64
      %v304 = arith.addi %v299, %v303 : i64
      %v305 = arith.muli %v297, %v95 : i64
      %v306 = arith.addi %v305, %v84 : i64
      %v307 = llvm.getelementptr %in_e[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v308 = llvm.load %v307 : !llvm.ptr -> f32
      %v310 = arith.addi %v83, %v309 : i64
      %v311 = arith.constant true
      %v312 = arith.addi %v49, %v310 : i64
      %v313 = llvm.getelementptr %v24[%v312] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v314 = llvm.load %v313 : !llvm.ptr<3> -> i64
      %v315 = arith.addi %v79, %v84 : i64
      %v316 = arith.cmpi slt, %v315, %v81 : i64
      %v317 = arith.subi %size_L, %v1 : i64
      %v318 = arith.minsi %v315, %v317 : i64
      %v319 = arith.addi %v314, %v318 : i64
      %v320 = arith.muli %v312, %v95 : i64
      %v321 = arith.addi %v320, %v84 : i64
      %v322 = llvm.getelementptr %in_e[%v319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v323 = llvm.load %v322 : !llvm.ptr -> f32
      %v324 = arith.addi %v83, %v82 : i64
      %v325 = arith.constant true
      %v326 = arith.addi %v49, %v324 : i64
      %v327 = llvm.getelementptr %v24[%v326] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v328 = llvm.load %v327 : !llvm.ptr<3> -> i64
      %v329 = arith.addi %v79, %v84 : i64
      %v330 = arith.cmpi slt, %v329, %v81 : i64
      %v331 = arith.subi %size_L, %v1 : i64
      %v332 = arith.minsi %v329, %v331 : i64
      %v333 = arith.addi %v328, %v332 : i64
      %v334 = arith.muli %v326, %v95 : i64
      %v335 = arith.addi %v334, %v84 : i64
      %v336 = llvm.getelementptr %in_e[%v333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v337 = llvm.load %v336 : !llvm.ptr -> f32
      %v339 = arith.addi %v83, %v338 : i64
      %v340 = arith.constant true
      %v341 = arith.addi %v49, %v339 : i64
      %v342 = llvm.getelementptr %v24[%v341] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v343 = llvm.load %v342 : !llvm.ptr<3> -> i64
      %v344 = arith.addi %v79, %v84 : i64
      %v345 = arith.cmpi slt, %v344, %v81 : i64
      %v346 = arith.subi %size_L, %v1 : i64
      %v347 = arith.minsi %v344, %v346 : i64
      %v348 = arith.addi %v343, %v347 : i64
      %v349 = arith.muli %v341, %v95 : i64
      %v350 = arith.addi %v349, %v84 : i64
      %v351 = llvm.getelementptr %in_e[%v348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v352 = llvm.load %v351 : !llvm.ptr -> f32
      %v354 = arith.addi %v83, %v353 : i64
      %v355 = arith.constant true
      %v356 = arith.addi %v49, %v354 : i64
      %v357 = llvm.getelementptr %v24[%v356] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v358 = llvm.load %v357 : !llvm.ptr<3> -> i64
      %v359 = arith.addi %v79, %v84 : i64
      %v360 = arith.cmpi slt, %v359, %v81 : i64
      %v361 = arith.subi %size_L, %v1 : i64
      %v362 = arith.minsi %v359, %v361 : i64
      %v363 = arith.addi %v358, %v362 : i64
      %v364 = arith.muli %v356, %v95 : i64
      %v365 = arith.addi %v364, %v84 : i64
      %v366 = llvm.getelementptr %in_e[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v367 = llvm.load %v366 : !llvm.ptr -> f32
      %v369 = arith.addi %v83, %v368 : i64
      %v370 = arith.constant true
      %v371 = arith.addi %v49, %v369 : i64
      %v372 = llvm.getelementptr %v24[%v371] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v373 = llvm.load %v372 : !llvm.ptr<3> -> i64
      %v374 = arith.addi %v79, %v84 : i64
      %v375 = arith.cmpi slt, %v374, %v81 : i64
      %v376 = arith.subi %size_L, %v1 : i64
      %v377 = arith.minsi %v374, %v376 : i64
      %v378 = arith.addi %v373, %v377 : i64
      %v379 = arith.muli %v371, %v95 : i64
      %v380 = arith.addi %v379, %v84 : i64
      %v381 = llvm.getelementptr %in_e[%v378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v382 = llvm.load %v381 : !llvm.ptr -> f32
      %v384 = arith.addi %v83, %v383 : i64
      %v385 = arith.constant true
      %v386 = arith.addi %v49, %v384 : i64
      %v387 = llvm.getelementptr %v24[%v386] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v388 = llvm.load %v387 : !llvm.ptr<3> -> i64
      %v389 = arith.addi %v79, %v84 : i64
      %v390 = arith.cmpi slt, %v389, %v81 : i64
      %v391 = arith.subi %size_L, %v1 : i64
      %v392 = arith.minsi %v389, %v391 : i64
      %v393 = arith.addi %v388, %v392 : i64
      %v394 = arith.muli %v386, %v95 : i64
      %v395 = arith.addi %v394, %v84 : i64
      %v396 = llvm.getelementptr %in_e[%v393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v397 = llvm.load %v396 : !llvm.ptr -> f32
      %v399 = arith.addi %v83, %v398 : i64
      %v400 = arith.constant true
      %v401 = arith.addi %v49, %v399 : i64
      %v402 = llvm.getelementptr %v24[%v401] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v403 = llvm.load %v402 : !llvm.ptr<3> -> i64
      %v404 = arith.addi %v79, %v84 : i64
      %v405 = arith.cmpi slt, %v404, %v81 : i64
      %v406 = arith.subi %size_L, %v1 : i64
      %v407 = arith.minsi %v404, %v406 : i64
      %v408 = arith.addi %v403, %v407 : i64
      %v409 = arith.muli %v401, %v95 : i64
      %v410 = arith.addi %v409, %v84 : i64
      %v411 = llvm.getelementptr %in_e[%v408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v412 = llvm.load %v411 : !llvm.ptr -> f32
      %v414 = arith.addi %v83, %v413 : i64
      %v415 = arith.constant true
      %v416 = arith.addi %v49, %v414 : i64
      %v417 = llvm.getelementptr %v24[%v416] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v418 = llvm.load %v417 : !llvm.ptr<3> -> i64
      %v419 = arith.addi %v79, %v84 : i64
      %v420 = arith.cmpi slt, %v419, %v81 : i64
      %v421 = arith.subi %size_L, %v1 : i64
      %v422 = arith.minsi %v419, %v421 : i64
      %v423 = arith.addi %v418, %v422 : i64
      %v424 = arith.muli %v416, %v95 : i64
      %v425 = arith.addi %v424, %v84 : i64
      %v426 = llvm.getelementptr %in_e[%v423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v427 = llvm.load %v426 : !llvm.ptr -> f32
      %v429 = arith.addi %v83, %v428 : i64
      %v430 = arith.constant true
      %v431 = arith.addi %v49, %v429 : i64
      %v432 = llvm.getelementptr %v24[%v431] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v433 = llvm.load %v432 : !llvm.ptr<3> -> i64
      %v434 = arith.addi %v79, %v84 : i64
      %v435 = arith.cmpi slt, %v434, %v81 : i64
      %v436 = arith.subi %size_L, %v1 : i64
      %v437 = arith.minsi %v434, %v436 : i64
      %v438 = arith.addi %v433, %v437 : i64
      %v439 = arith.muli %v431, %v95 : i64
      %v440 = arith.addi %v439, %v84 : i64
      %v441 = llvm.getelementptr %in_e[%v438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v442 = llvm.load %v441 : !llvm.ptr -> f32
      %v444 = arith.addi %v83, %v443 : i64
      %v445 = arith.constant true
      %v446 = arith.addi %v49, %v444 : i64
      %v447 = llvm.getelementptr %v24[%v446] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v448 = llvm.load %v447 : !llvm.ptr<3> -> i64
      %v449 = arith.addi %v79, %v84 : i64
      %v450 = arith.cmpi slt, %v449, %v81 : i64
      %v451 = arith.subi %size_L, %v1 : i64
      %v452 = arith.minsi %v449, %v451 : i64
      %v453 = arith.addi %v448, %v452 : i64
      %v454 = arith.muli %v446, %v95 : i64
      %v455 = arith.addi %v454, %v84 : i64
      %v456 = llvm.getelementptr %in_e[%v453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v457 = llvm.load %v456 : !llvm.ptr -> f32
      %v459 = arith.addi %v83, %v458 : i64
      %v460 = arith.constant true
      %v461 = arith.addi %v49, %v459 : i64
      %v462 = llvm.getelementptr %v24[%v461] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v463 = llvm.load %v462 : !llvm.ptr<3> -> i64
      %v464 = arith.addi %v79, %v84 : i64
      %v465 = arith.cmpi slt, %v464, %v81 : i64
      %v466 = arith.subi %size_L, %v1 : i64
      %v467 = arith.minsi %v464, %v466 : i64
      %v468 = arith.addi %v463, %v467 : i64
      %v469 = arith.muli %v461, %v95 : i64
      %v470 = arith.addi %v469, %v84 : i64
      %v471 = llvm.getelementptr %in_e[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v472 = llvm.load %v471 : !llvm.ptr -> f32
      %v474 = arith.addi %v83, %v473 : i64
      %v475 = arith.constant true
      %v476 = arith.addi %v49, %v474 : i64
      %v477 = llvm.getelementptr %v24[%v476] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v478 = llvm.load %v477 : !llvm.ptr<3> -> i64
      %v479 = arith.addi %v79, %v84 : i64
      %v480 = arith.cmpi slt, %v479, %v81 : i64
      %v481 = arith.subi %size_L, %v1 : i64
      %v482 = arith.minsi %v479, %v481 : i64
      %v483 = arith.addi %v478, %v482 : i64
      %v484 = arith.muli %v476, %v95 : i64
      %v485 = arith.addi %v484, %v84 : i64
      %v486 = llvm.getelementptr %in_e[%v483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v487 = llvm.load %v486 : !llvm.ptr -> f32
      %v489 = arith.addi %v83, %v488 : i64
      %v490 = arith.constant true
      %v491 = arith.addi %v49, %v489 : i64
      %v492 = llvm.getelementptr %v24[%v491] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v493 = llvm.load %v492 : !llvm.ptr<3> -> i64
      %v494 = arith.addi %v79, %v84 : i64
      %v495 = arith.cmpi slt, %v494, %v81 : i64
      %v496 = arith.subi %size_L, %v1 : i64
      %v497 = arith.minsi %v494, %v496 : i64
      %v498 = arith.addi %v493, %v497 : i64
      %v499 = arith.muli %v491, %v95 : i64
      %v500 = arith.addi %v499, %v84 : i64
      %v501 = llvm.getelementptr %in_e[%v498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v502 = llvm.load %v501 : !llvm.ptr -> f32
      %v504 = arith.addi %v83, %v503 : i64
      %v505 = arith.constant true
      %v506 = arith.addi %v49, %v504 : i64
      %v507 = llvm.getelementptr %v24[%v506] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v508 = llvm.load %v507 : !llvm.ptr<3> -> i64
      %v509 = arith.addi %v79, %v84 : i64
      %v510 = arith.cmpi slt, %v509, %v81 : i64
      %v511 = arith.subi %size_L, %v1 : i64
      %v512 = arith.minsi %v509, %v511 : i64
      %v513 = arith.addi %v508, %v512 : i64
      %v514 = arith.muli %v506, %v95 : i64
      %v515 = arith.addi %v514, %v84 : i64
      %v516 = llvm.getelementptr %in_e[%v513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v517 = llvm.load %v516 : !llvm.ptr -> f32
      %v519 = arith.addi %v83, %v518 : i64
      %v520 = arith.constant true
      %v521 = arith.addi %v49, %v519 : i64
      %v522 = llvm.getelementptr %v24[%v521] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v523 = llvm.load %v522 : !llvm.ptr<3> -> i64
      %v524 = arith.addi %v79, %v84 : i64
      %v525 = arith.cmpi slt, %v524, %v81 : i64
      %v526 = arith.subi %size_L, %v1 : i64
      %v527 = arith.minsi %v524, %v526 : i64
      %v528 = arith.addi %v523, %v527 : i64
      %v529 = arith.muli %v521, %v95 : i64
      %v530 = arith.addi %v529, %v84 : i64
      %v531 = llvm.getelementptr %in_e[%v528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v532 = llvm.load %v531 : !llvm.ptr -> f32
      %v534 = arith.addi %v83, %v533 : i64
      %v535 = arith.constant true
      %v536 = arith.addi %v49, %v534 : i64
      %v537 = llvm.getelementptr %v24[%v536] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v538 = llvm.load %v537 : !llvm.ptr<3> -> i64
      %v539 = arith.addi %v79, %v84 : i64
      %v540 = arith.cmpi slt, %v539, %v81 : i64
      %v541 = arith.subi %size_L, %v1 : i64
      %v542 = arith.minsi %v539, %v541 : i64
      %v543 = arith.addi %v538, %v542 : i64
      %v544 = arith.muli %v536, %v95 : i64
      %v545 = arith.addi %v544, %v84 : i64
      %v546 = llvm.getelementptr %in_e[%v543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v547 = llvm.load %v546 : !llvm.ptr -> f32
      %v549 = arith.addi %v83, %v548 : i64
      %v550 = arith.constant true
      %v551 = arith.addi %v49, %v549 : i64
      %v552 = llvm.getelementptr %v24[%v551] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v553 = llvm.load %v552 : !llvm.ptr<3> -> i64
      %v554 = arith.addi %v79, %v84 : i64
      %v555 = arith.cmpi slt, %v554, %v81 : i64
      %v556 = arith.subi %size_L, %v1 : i64
      %v557 = arith.minsi %v554, %v556 : i64
      %v558 = arith.addi %v553, %v557 : i64
      %v559 = arith.muli %v551, %v95 : i64
      %v560 = arith.addi %v559, %v84 : i64
      %v561 = llvm.getelementptr %in_e[%v558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v562 = llvm.load %v561 : !llvm.ptr -> f32
      scf.if %v86 {
        %v563 = llvm.getelementptr %v25[%v97] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v99, %v563 : f32, !llvm.ptr<3>
      }
      scf.if %v101 {
        %v564 = llvm.getelementptr %v25[%v111] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v113, %v564 : f32, !llvm.ptr<3>
      }
      scf.if %v116 {
        %v565 = llvm.getelementptr %v25[%v126] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v128, %v565 : f32, !llvm.ptr<3>
      }
      scf.if %v131 {
        %v566 = llvm.getelementptr %v25[%v141] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v143, %v566 : f32, !llvm.ptr<3>
      }
      scf.if %v146 {
        %v567 = llvm.getelementptr %v25[%v156] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v158, %v567 : f32, !llvm.ptr<3>
      }
      scf.if %v161 {
        %v568 = llvm.getelementptr %v25[%v171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v173, %v568 : f32, !llvm.ptr<3>
      }
      scf.if %v176 {
        %v569 = llvm.getelementptr %v25[%v186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v188, %v569 : f32, !llvm.ptr<3>
      }
      scf.if %v191 {
        %v570 = llvm.getelementptr %v25[%v201] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v203, %v570 : f32, !llvm.ptr<3>
      }
      scf.if %v206 {
        %v571 = llvm.getelementptr %v25[%v216] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v218, %v571 : f32, !llvm.ptr<3>
      }
      scf.if %v221 {
        %v572 = llvm.getelementptr %v25[%v231] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v233, %v572 : f32, !llvm.ptr<3>
      }
      scf.if %v236 {
        %v573 = llvm.getelementptr %v25[%v246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v248, %v573 : f32, !llvm.ptr<3>
      }
      scf.if %v251 {
        %v574 = llvm.getelementptr %v25[%v261] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v263, %v574 : f32, !llvm.ptr<3>
      }
      scf.if %v266 {
        %v575 = llvm.getelementptr %v25[%v276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v278, %v575 : f32, !llvm.ptr<3>
      }
      scf.if %v281 {
        %v576 = llvm.getelementptr %v25[%v291] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v293, %v576 : f32, !llvm.ptr<3>
      }
      scf.if %v296 {
        %v577 = llvm.getelementptr %v25[%v306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v308, %v577 : f32, !llvm.ptr<3>
      }
      scf.if %v311 {
        %v578 = llvm.getelementptr %v25[%v321] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v323, %v578 : f32, !llvm.ptr<3>
      }
      scf.if %v325 {
        %v579 = llvm.getelementptr %v25[%v335] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v337, %v579 : f32, !llvm.ptr<3>
      }
      scf.if %v340 {
        %v580 = llvm.getelementptr %v25[%v350] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v352, %v580 : f32, !llvm.ptr<3>
      }
      scf.if %v355 {
        %v581 = llvm.getelementptr %v25[%v365] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v367, %v581 : f32, !llvm.ptr<3>
      }
      scf.if %v370 {
        %v582 = llvm.getelementptr %v25[%v380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v382, %v582 : f32, !llvm.ptr<3>
      }
      scf.if %v385 {
        %v583 = llvm.getelementptr %v25[%v395] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v397, %v583 : f32, !llvm.ptr<3>
      }
      scf.if %v400 {
        %v584 = llvm.getelementptr %v25[%v410] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v412, %v584 : f32, !llvm.ptr<3>
      }
      scf.if %v415 {
        %v585 = llvm.getelementptr %v25[%v425] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v427, %v585 : f32, !llvm.ptr<3>
      }
      scf.if %v430 {
        %v586 = llvm.getelementptr %v25[%v440] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v442, %v586 : f32, !llvm.ptr<3>
      }
      scf.if %v445 {
        %v587 = llvm.getelementptr %v25[%v455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v457, %v587 : f32, !llvm.ptr<3>
      }
      scf.if %v460 {
        %v588 = llvm.getelementptr %v25[%v470] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v472, %v588 : f32, !llvm.ptr<3>
      }
      scf.if %v475 {
        %v589 = llvm.getelementptr %v25[%v485] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v487, %v589 : f32, !llvm.ptr<3>
      }
      scf.if %v490 {
        %v590 = llvm.getelementptr %v25[%v500] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v502, %v590 : f32, !llvm.ptr<3>
      }
      scf.if %v505 {
        %v591 = llvm.getelementptr %v25[%v515] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v517, %v591 : f32, !llvm.ptr<3>
      }
      scf.if %v520 {
        %v592 = llvm.getelementptr %v25[%v530] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v532, %v592 : f32, !llvm.ptr<3>
      }
      scf.if %v535 {
        %v593 = llvm.getelementptr %v25[%v545] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v547, %v593 : f32, !llvm.ptr<3>
      }
      scf.if %v550 {
        %v594 = llvm.getelementptr %v25[%v560] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v562, %v594 : f32, !llvm.ptr<3>
      }
      // end staged load of `e`
      // staged load of `phi1`'s first tile: read, then shared memory
      %v595 = arith.divui %v32, %v82 : i64
      %v596 = arith.remui %v32, %v82 : i64
      %v597 = arith.addi %v595, %v49 : i64
      %v598 = arith.constant true
      %v599 = arith.addi %v34, %v597 : i64
      %v600 = llvm.getelementptr %v24[%v599] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v601 = llvm.load %v600 : !llvm.ptr<3> -> i64
      %v602 = arith.addi %v79, %v596 : i64
      %v603 = arith.cmpi slt, %v602, %v81 : i64
      %v604 = arith.subi %size_L, %v1 : i64
      %v605 = arith.minsi %v602, %v604 : i64
      %v606 = arith.addi %v601, %v605 : i64
      %v607 = arith.muli %v599, %v95 : i64
      %v608 = arith.addi %v607, %v596 : i64
      %v609 = llvm.getelementptr %in_phi1[%v606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v610 = llvm.load %v609 : !llvm.ptr -> f32
      %v611 = arith.addi %v595, %v73 : i64
      %v612 = arith.constant true
      %v613 = arith.addi %v34, %v611 : i64
      %v614 = llvm.getelementptr %v24[%v613] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v615 = llvm.load %v614 : !llvm.ptr<3> -> i64
      %v616 = arith.addi %v79, %v596 : i64
      %v617 = arith.cmpi slt, %v616, %v81 : i64
      %v618 = arith.subi %size_L, %v1 : i64
      %v619 = arith.minsi %v616, %v618 : i64
      %v620 = arith.addi %v615, %v619 : i64
      %v621 = arith.muli %v613, %v95 : i64
      %v622 = arith.addi %v621, %v596 : i64
      %v623 = llvm.getelementptr %in_phi1[%v620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v624 = llvm.load %v623 : !llvm.ptr -> f32
      %v625 = arith.addi %v595, %v114 : i64
      %v626 = arith.constant true
      %v627 = arith.addi %v34, %v625 : i64
      %v628 = llvm.getelementptr %v24[%v627] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v629 = llvm.load %v628 : !llvm.ptr<3> -> i64
      %v630 = arith.addi %v79, %v596 : i64
      %v631 = arith.cmpi slt, %v630, %v81 : i64
      %v632 = arith.subi %size_L, %v1 : i64
      %v633 = arith.minsi %v630, %v632 : i64
      %v634 = arith.addi %v629, %v633 : i64
      %v635 = arith.muli %v627, %v95 : i64
      %v636 = arith.addi %v635, %v596 : i64
      %v637 = llvm.getelementptr %in_phi1[%v634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v638 = llvm.load %v637 : !llvm.ptr -> f32
      %v639 = arith.addi %v595, %v129 : i64
      %v640 = arith.constant true
      %v641 = arith.addi %v34, %v639 : i64
      %v642 = llvm.getelementptr %v24[%v641] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v643 = llvm.load %v642 : !llvm.ptr<3> -> i64
      %v644 = arith.addi %v79, %v596 : i64
      %v645 = arith.cmpi slt, %v644, %v81 : i64
      %v646 = arith.subi %size_L, %v1 : i64
      %v647 = arith.minsi %v644, %v646 : i64
      %v648 = arith.addi %v643, %v647 : i64
      %v649 = arith.muli %v641, %v95 : i64
      %v650 = arith.addi %v649, %v596 : i64
      %v651 = llvm.getelementptr %in_phi1[%v648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v652 = llvm.load %v651 : !llvm.ptr -> f32
      %v653 = arith.addi %v595, %v144 : i64
      %v654 = arith.constant true
      %v655 = arith.addi %v34, %v653 : i64
      %v656 = llvm.getelementptr %v24[%v655] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v657 = llvm.load %v656 : !llvm.ptr<3> -> i64
      %v658 = arith.addi %v79, %v596 : i64
      %v659 = arith.cmpi slt, %v658, %v81 : i64
      %v660 = arith.subi %size_L, %v1 : i64
      %v661 = arith.minsi %v658, %v660 : i64
      %v662 = arith.addi %v657, %v661 : i64
      %v663 = arith.muli %v655, %v95 : i64
      %v664 = arith.addi %v663, %v596 : i64
      %v665 = llvm.getelementptr %in_phi1[%v662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v666 = llvm.load %v665 : !llvm.ptr -> f32
      %v667 = arith.addi %v595, %v159 : i64
      %v668 = arith.constant true
      %v669 = arith.addi %v34, %v667 : i64
      %v670 = llvm.getelementptr %v24[%v669] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v671 = llvm.load %v670 : !llvm.ptr<3> -> i64
      %v672 = arith.addi %v79, %v596 : i64
      %v673 = arith.cmpi slt, %v672, %v81 : i64
      %v674 = arith.subi %size_L, %v1 : i64
      %v675 = arith.minsi %v672, %v674 : i64
      %v676 = arith.addi %v671, %v675 : i64
      %v677 = arith.muli %v669, %v95 : i64
      %v678 = arith.addi %v677, %v596 : i64
      %v679 = llvm.getelementptr %in_phi1[%v676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v680 = llvm.load %v679 : !llvm.ptr -> f32
      %v681 = arith.addi %v595, %v174 : i64
      %v682 = arith.constant true
      %v683 = arith.addi %v34, %v681 : i64
      %v684 = llvm.getelementptr %v24[%v683] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v685 = llvm.load %v684 : !llvm.ptr<3> -> i64
      %v686 = arith.addi %v79, %v596 : i64
      %v687 = arith.cmpi slt, %v686, %v81 : i64
      %v688 = arith.subi %size_L, %v1 : i64
      %v689 = arith.minsi %v686, %v688 : i64
      %v690 = arith.addi %v685, %v689 : i64
      %v691 = arith.muli %v683, %v95 : i64
      %v692 = arith.addi %v691, %v596 : i64
      %v693 = llvm.getelementptr %in_phi1[%v690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v694 = llvm.load %v693 : !llvm.ptr -> f32
      %v695 = arith.addi %v595, %v189 : i64
      %v696 = arith.constant true
      %v697 = arith.addi %v34, %v695 : i64
      %v698 = llvm.getelementptr %v24[%v697] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v699 = llvm.load %v698 : !llvm.ptr<3> -> i64
      %v700 = arith.addi %v79, %v596 : i64
      %v701 = arith.cmpi slt, %v700, %v81 : i64
      %v702 = arith.subi %size_L, %v1 : i64
      %v703 = arith.minsi %v700, %v702 : i64
      %v704 = arith.addi %v699, %v703 : i64
      %v705 = arith.muli %v697, %v95 : i64
      %v706 = arith.addi %v705, %v596 : i64
      %v707 = llvm.getelementptr %in_phi1[%v704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v708 = llvm.load %v707 : !llvm.ptr -> f32
      %v709 = arith.addi %v595, %v204 : i64
      %v710 = arith.constant true
      %v711 = arith.addi %v34, %v709 : i64
      %v712 = llvm.getelementptr %v24[%v711] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v713 = llvm.load %v712 : !llvm.ptr<3> -> i64
      %v714 = arith.addi %v79, %v596 : i64
      %v715 = arith.cmpi slt, %v714, %v81 : i64
      %v716 = arith.subi %size_L, %v1 : i64
      %v717 = arith.minsi %v714, %v716 : i64
      %v718 = arith.addi %v713, %v717 : i64
      %v719 = arith.muli %v711, %v95 : i64
      %v720 = arith.addi %v719, %v596 : i64
      %v721 = llvm.getelementptr %in_phi1[%v718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v722 = llvm.load %v721 : !llvm.ptr -> f32
      %v723 = arith.addi %v595, %v219 : i64
      %v724 = arith.constant true
      %v725 = arith.addi %v34, %v723 : i64
      %v726 = llvm.getelementptr %v24[%v725] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v727 = llvm.load %v726 : !llvm.ptr<3> -> i64
      %v728 = arith.addi %v79, %v596 : i64
      %v729 = arith.cmpi slt, %v728, %v81 : i64
      %v730 = arith.subi %size_L, %v1 : i64
      %v731 = arith.minsi %v728, %v730 : i64
      %v732 = arith.addi %v727, %v731 : i64
      %v733 = arith.muli %v725, %v95 : i64
      %v734 = arith.addi %v733, %v596 : i64
      %v735 = llvm.getelementptr %in_phi1[%v732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v736 = llvm.load %v735 : !llvm.ptr -> f32
      %v737 = arith.addi %v595, %v234 : i64
      %v738 = arith.constant true
      %v739 = arith.addi %v34, %v737 : i64
      %v740 = llvm.getelementptr %v24[%v739] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v741 = llvm.load %v740 : !llvm.ptr<3> -> i64
      %v742 = arith.addi %v79, %v596 : i64
      %v743 = arith.cmpi slt, %v742, %v81 : i64
      %v744 = arith.subi %size_L, %v1 : i64
      %v745 = arith.minsi %v742, %v744 : i64
      %v746 = arith.addi %v741, %v745 : i64
      %v747 = arith.muli %v739, %v95 : i64
      %v748 = arith.addi %v747, %v596 : i64
      %v749 = llvm.getelementptr %in_phi1[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v750 = llvm.load %v749 : !llvm.ptr -> f32
      %v751 = arith.addi %v595, %v249 : i64
      %v752 = arith.constant true
      %v753 = arith.addi %v34, %v751 : i64
      %v754 = llvm.getelementptr %v24[%v753] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v755 = llvm.load %v754 : !llvm.ptr<3> -> i64
      %v756 = arith.addi %v79, %v596 : i64
      %v757 = arith.cmpi slt, %v756, %v81 : i64
      %v758 = arith.subi %size_L, %v1 : i64
      %v759 = arith.minsi %v756, %v758 : i64
      %v760 = arith.addi %v755, %v759 : i64
      %v761 = arith.muli %v753, %v95 : i64
      %v762 = arith.addi %v761, %v596 : i64
      %v763 = llvm.getelementptr %in_phi1[%v760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v764 = llvm.load %v763 : !llvm.ptr -> f32
      %v765 = arith.addi %v595, %v264 : i64
      %v766 = arith.constant true
      %v767 = arith.addi %v34, %v765 : i64
      %v768 = llvm.getelementptr %v24[%v767] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v769 = llvm.load %v768 : !llvm.ptr<3> -> i64
      %v770 = arith.addi %v79, %v596 : i64
      %v771 = arith.cmpi slt, %v770, %v81 : i64
      %v772 = arith.subi %size_L, %v1 : i64
      %v773 = arith.minsi %v770, %v772 : i64
      %v774 = arith.addi %v769, %v773 : i64
      %v775 = arith.muli %v767, %v95 : i64
      %v776 = arith.addi %v775, %v596 : i64
      %v777 = llvm.getelementptr %in_phi1[%v774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v778 = llvm.load %v777 : !llvm.ptr -> f32
      %v779 = arith.addi %v595, %v279 : i64
      %v780 = arith.constant true
      %v781 = arith.addi %v34, %v779 : i64
      %v782 = llvm.getelementptr %v24[%v781] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v783 = llvm.load %v782 : !llvm.ptr<3> -> i64
      %v784 = arith.addi %v79, %v596 : i64
      %v785 = arith.cmpi slt, %v784, %v81 : i64
      %v786 = arith.subi %size_L, %v1 : i64
      %v787 = arith.minsi %v784, %v786 : i64
      %v788 = arith.addi %v783, %v787 : i64
      %v789 = arith.muli %v781, %v95 : i64
      %v790 = arith.addi %v789, %v596 : i64
      %v791 = llvm.getelementptr %in_phi1[%v788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v792 = llvm.load %v791 : !llvm.ptr -> f32
      %v793 = arith.addi %v595, %v294 : i64
      %v794 = arith.constant true
      %v795 = arith.addi %v34, %v793 : i64
      %v796 = llvm.getelementptr %v24[%v795] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v797 = llvm.load %v796 : !llvm.ptr<3> -> i64
      %v798 = arith.addi %v79, %v596 : i64
      %v799 = arith.cmpi slt, %v798, %v81 : i64
      %v800 = arith.subi %size_L, %v1 : i64
      %v801 = arith.minsi %v798, %v800 : i64
      %v802 = arith.addi %v797, %v801 : i64
      %v803 = arith.muli %v795, %v95 : i64
      %v804 = arith.addi %v803, %v596 : i64
      %v805 = llvm.getelementptr %in_phi1[%v802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v806 = llvm.load %v805 : !llvm.ptr -> f32
      %v807 = arith.addi %v595, %v309 : i64
      %v808 = arith.constant true
      %v809 = arith.addi %v34, %v807 : i64
      %v810 = llvm.getelementptr %v24[%v809] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v811 = llvm.load %v810 : !llvm.ptr<3> -> i64
      %v812 = arith.addi %v79, %v596 : i64
      %v813 = arith.cmpi slt, %v812, %v81 : i64
      %v814 = arith.subi %size_L, %v1 : i64
      %v815 = arith.minsi %v812, %v814 : i64
      %v816 = arith.addi %v811, %v815 : i64
      %v817 = arith.muli %v809, %v95 : i64
      %v818 = arith.addi %v817, %v596 : i64
      %v819 = llvm.getelementptr %in_phi1[%v816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v820 = llvm.load %v819 : !llvm.ptr -> f32
      %v821 = arith.addi %v595, %v82 : i64
      %v822 = arith.constant true
      %v823 = arith.addi %v34, %v821 : i64
      %v824 = llvm.getelementptr %v24[%v823] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v825 = llvm.load %v824 : !llvm.ptr<3> -> i64
      %v826 = arith.addi %v79, %v596 : i64
      %v827 = arith.cmpi slt, %v826, %v81 : i64
      %v828 = arith.subi %size_L, %v1 : i64
      %v829 = arith.minsi %v826, %v828 : i64
      %v830 = arith.addi %v825, %v829 : i64
      %v831 = arith.muli %v823, %v95 : i64
      %v832 = arith.addi %v831, %v596 : i64
      %v833 = llvm.getelementptr %in_phi1[%v830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v834 = llvm.load %v833 : !llvm.ptr -> f32
      %v835 = arith.addi %v595, %v338 : i64
      %v836 = arith.constant true
      %v837 = arith.addi %v34, %v835 : i64
      %v838 = llvm.getelementptr %v24[%v837] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v839 = llvm.load %v838 : !llvm.ptr<3> -> i64
      %v840 = arith.addi %v79, %v596 : i64
      %v841 = arith.cmpi slt, %v840, %v81 : i64
      %v842 = arith.subi %size_L, %v1 : i64
      %v843 = arith.minsi %v840, %v842 : i64
      %v844 = arith.addi %v839, %v843 : i64
      %v845 = arith.muli %v837, %v95 : i64
      %v846 = arith.addi %v845, %v596 : i64
      %v847 = llvm.getelementptr %in_phi1[%v844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v848 = llvm.load %v847 : !llvm.ptr -> f32
      %v849 = arith.addi %v595, %v353 : i64
      %v850 = arith.constant true
      %v851 = arith.addi %v34, %v849 : i64
      %v852 = llvm.getelementptr %v24[%v851] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v853 = llvm.load %v852 : !llvm.ptr<3> -> i64
      %v854 = arith.addi %v79, %v596 : i64
      %v855 = arith.cmpi slt, %v854, %v81 : i64
      %v856 = arith.subi %size_L, %v1 : i64
      %v857 = arith.minsi %v854, %v856 : i64
      %v858 = arith.addi %v853, %v857 : i64
      %v859 = arith.muli %v851, %v95 : i64
      %v860 = arith.addi %v859, %v596 : i64
      %v861 = llvm.getelementptr %in_phi1[%v858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v862 = llvm.load %v861 : !llvm.ptr -> f32
      %v863 = arith.addi %v595, %v368 : i64
      %v864 = arith.constant true
      %v865 = arith.addi %v34, %v863 : i64
      %v866 = llvm.getelementptr %v24[%v865] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v867 = llvm.load %v866 : !llvm.ptr<3> -> i64
      %v868 = arith.addi %v79, %v596 : i64
      %v869 = arith.cmpi slt, %v868, %v81 : i64
      %v870 = arith.subi %size_L, %v1 : i64
      %v871 = arith.minsi %v868, %v870 : i64
      %v872 = arith.addi %v867, %v871 : i64
      %v873 = arith.muli %v865, %v95 : i64
      %v874 = arith.addi %v873, %v596 : i64
      %v875 = llvm.getelementptr %in_phi1[%v872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v876 = llvm.load %v875 : !llvm.ptr -> f32
      %v877 = arith.addi %v595, %v383 : i64
      %v878 = arith.constant true
      %v879 = arith.addi %v34, %v877 : i64
      %v880 = llvm.getelementptr %v24[%v879] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v881 = llvm.load %v880 : !llvm.ptr<3> -> i64
      %v882 = arith.addi %v79, %v596 : i64
      %v883 = arith.cmpi slt, %v882, %v81 : i64
      %v884 = arith.subi %size_L, %v1 : i64
      %v885 = arith.minsi %v882, %v884 : i64
      %v886 = arith.addi %v881, %v885 : i64
      %v887 = arith.muli %v879, %v95 : i64
      %v888 = arith.addi %v887, %v596 : i64
      %v889 = llvm.getelementptr %in_phi1[%v886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v890 = llvm.load %v889 : !llvm.ptr -> f32
      %v891 = arith.addi %v595, %v398 : i64
      %v892 = arith.constant true
      %v893 = arith.addi %v34, %v891 : i64
      %v894 = llvm.getelementptr %v24[%v893] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v895 = llvm.load %v894 : !llvm.ptr<3> -> i64
      %v896 = arith.addi %v79, %v596 : i64
      %v897 = arith.cmpi slt, %v896, %v81 : i64
      %v898 = arith.subi %size_L, %v1 : i64
      %v899 = arith.minsi %v896, %v898 : i64
      %v900 = arith.addi %v895, %v899 : i64
      %v901 = arith.muli %v893, %v95 : i64
      %v902 = arith.addi %v901, %v596 : i64
      %v903 = llvm.getelementptr %in_phi1[%v900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v904 = llvm.load %v903 : !llvm.ptr -> f32
      %v905 = arith.addi %v595, %v413 : i64
      %v906 = arith.constant true
      %v907 = arith.addi %v34, %v905 : i64
      %v908 = llvm.getelementptr %v24[%v907] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v909 = llvm.load %v908 : !llvm.ptr<3> -> i64
      %v910 = arith.addi %v79, %v596 : i64
      %v911 = arith.cmpi slt, %v910, %v81 : i64
      %v912 = arith.subi %size_L, %v1 : i64
      %v913 = arith.minsi %v910, %v912 : i64
      %v914 = arith.addi %v909, %v913 : i64
      %v915 = arith.muli %v907, %v95 : i64
      %v916 = arith.addi %v915, %v596 : i64
      %v917 = llvm.getelementptr %in_phi1[%v914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v918 = llvm.load %v917 : !llvm.ptr -> f32
      %v919 = arith.addi %v595, %v428 : i64
      %v920 = arith.constant true
      %v921 = arith.addi %v34, %v919 : i64
      %v922 = llvm.getelementptr %v24[%v921] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v923 = llvm.load %v922 : !llvm.ptr<3> -> i64
      %v924 = arith.addi %v79, %v596 : i64
      %v925 = arith.cmpi slt, %v924, %v81 : i64
      %v926 = arith.subi %size_L, %v1 : i64
      %v927 = arith.minsi %v924, %v926 : i64
      %v928 = arith.addi %v923, %v927 : i64
      %v929 = arith.muli %v921, %v95 : i64
      %v930 = arith.addi %v929, %v596 : i64
      %v931 = llvm.getelementptr %in_phi1[%v928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v932 = llvm.load %v931 : !llvm.ptr -> f32
      %v933 = arith.addi %v595, %v443 : i64
      %v934 = arith.constant true
      %v935 = arith.addi %v34, %v933 : i64
      %v936 = llvm.getelementptr %v24[%v935] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v937 = llvm.load %v936 : !llvm.ptr<3> -> i64
      %v938 = arith.addi %v79, %v596 : i64
      %v939 = arith.cmpi slt, %v938, %v81 : i64
      %v940 = arith.subi %size_L, %v1 : i64
      %v941 = arith.minsi %v938, %v940 : i64
      %v942 = arith.addi %v937, %v941 : i64
      %v943 = arith.muli %v935, %v95 : i64
      %v944 = arith.addi %v943, %v596 : i64
      %v945 = llvm.getelementptr %in_phi1[%v942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v946 = llvm.load %v945 : !llvm.ptr -> f32
      %v947 = arith.addi %v595, %v458 : i64
      %v948 = arith.constant true
      %v949 = arith.addi %v34, %v947 : i64
      %v950 = llvm.getelementptr %v24[%v949] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v951 = llvm.load %v950 : !llvm.ptr<3> -> i64
      %v952 = arith.addi %v79, %v596 : i64
      %v953 = arith.cmpi slt, %v952, %v81 : i64
      %v954 = arith.subi %size_L, %v1 : i64
      %v955 = arith.minsi %v952, %v954 : i64
      %v956 = arith.addi %v951, %v955 : i64
      %v957 = arith.muli %v949, %v95 : i64
      %v958 = arith.addi %v957, %v596 : i64
      %v959 = llvm.getelementptr %in_phi1[%v956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v960 = llvm.load %v959 : !llvm.ptr -> f32
      %v961 = arith.addi %v595, %v473 : i64
      %v962 = arith.constant true
      %v963 = arith.addi %v34, %v961 : i64
      %v964 = llvm.getelementptr %v24[%v963] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v965 = llvm.load %v964 : !llvm.ptr<3> -> i64
      %v966 = arith.addi %v79, %v596 : i64
      %v967 = arith.cmpi slt, %v966, %v81 : i64
      %v968 = arith.subi %size_L, %v1 : i64
      %v969 = arith.minsi %v966, %v968 : i64
      %v970 = arith.addi %v965, %v969 : i64
      %v971 = arith.muli %v963, %v95 : i64
      %v972 = arith.addi %v971, %v596 : i64
      %v973 = llvm.getelementptr %in_phi1[%v970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v974 = llvm.load %v973 : !llvm.ptr -> f32
      %v975 = arith.addi %v595, %v488 : i64
      %v976 = arith.constant true
      %v977 = arith.addi %v34, %v975 : i64
      %v978 = llvm.getelementptr %v24[%v977] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v979 = llvm.load %v978 : !llvm.ptr<3> -> i64
      %v980 = arith.addi %v79, %v596 : i64
      %v981 = arith.cmpi slt, %v980, %v81 : i64
      %v982 = arith.subi %size_L, %v1 : i64
      %v983 = arith.minsi %v980, %v982 : i64
      %v984 = arith.addi %v979, %v983 : i64
      %v985 = arith.muli %v977, %v95 : i64
      %v986 = arith.addi %v985, %v596 : i64
      %v987 = llvm.getelementptr %in_phi1[%v984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v988 = llvm.load %v987 : !llvm.ptr -> f32
      %v989 = arith.addi %v595, %v503 : i64
      %v990 = arith.constant true
      %v991 = arith.addi %v34, %v989 : i64
      %v992 = llvm.getelementptr %v24[%v991] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v993 = llvm.load %v992 : !llvm.ptr<3> -> i64
      %v994 = arith.addi %v79, %v596 : i64
      %v995 = arith.cmpi slt, %v994, %v81 : i64
      %v996 = arith.subi %size_L, %v1 : i64
      %v997 = arith.minsi %v994, %v996 : i64
      %v998 = arith.addi %v993, %v997 : i64
      %v999 = arith.muli %v991, %v95 : i64
      %v1000 = arith.addi %v999, %v596 : i64
      %v1001 = llvm.getelementptr %in_phi1[%v998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1002 = llvm.load %v1001 : !llvm.ptr -> f32
      %v1003 = arith.addi %v595, %v518 : i64
      %v1004 = arith.constant true
      %v1005 = arith.addi %v34, %v1003 : i64
      %v1006 = llvm.getelementptr %v24[%v1005] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1007 = llvm.load %v1006 : !llvm.ptr<3> -> i64
      %v1008 = arith.addi %v79, %v596 : i64
      %v1009 = arith.cmpi slt, %v1008, %v81 : i64
      %v1010 = arith.subi %size_L, %v1 : i64
      %v1011 = arith.minsi %v1008, %v1010 : i64
      %v1012 = arith.addi %v1007, %v1011 : i64
      %v1013 = arith.muli %v1005, %v95 : i64
      %v1014 = arith.addi %v1013, %v596 : i64
      %v1015 = llvm.getelementptr %in_phi1[%v1012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1016 = llvm.load %v1015 : !llvm.ptr -> f32
      %v1017 = arith.addi %v595, %v533 : i64
      %v1018 = arith.constant true
      %v1019 = arith.addi %v34, %v1017 : i64
      %v1020 = llvm.getelementptr %v24[%v1019] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1021 = llvm.load %v1020 : !llvm.ptr<3> -> i64
      %v1022 = arith.addi %v79, %v596 : i64
      %v1023 = arith.cmpi slt, %v1022, %v81 : i64
      %v1024 = arith.subi %size_L, %v1 : i64
      %v1025 = arith.minsi %v1022, %v1024 : i64
      %v1026 = arith.addi %v1021, %v1025 : i64
      %v1027 = arith.muli %v1019, %v95 : i64
      %v1028 = arith.addi %v1027, %v596 : i64
      %v1029 = llvm.getelementptr %in_phi1[%v1026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1030 = llvm.load %v1029 : !llvm.ptr -> f32
      %v1031 = arith.addi %v595, %v548 : i64
      %v1032 = arith.constant true
      %v1033 = arith.addi %v34, %v1031 : i64
      %v1034 = llvm.getelementptr %v24[%v1033] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1035 = llvm.load %v1034 : !llvm.ptr<3> -> i64
      %v1036 = arith.addi %v79, %v596 : i64
      %v1037 = arith.cmpi slt, %v1036, %v81 : i64
      %v1038 = arith.subi %size_L, %v1 : i64
      %v1039 = arith.minsi %v1036, %v1038 : i64
      %v1040 = arith.addi %v1035, %v1039 : i64
      %v1041 = arith.muli %v1033, %v95 : i64
      %v1042 = arith.addi %v1041, %v596 : i64
      %v1043 = llvm.getelementptr %in_phi1[%v1040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1044 = llvm.load %v1043 : !llvm.ptr -> f32
      scf.if %v598 {
        %v1045 = llvm.getelementptr %v25[%v608] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v610, %v1045 : f32, !llvm.ptr<3>
      }
      scf.if %v612 {
        %v1046 = llvm.getelementptr %v25[%v622] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v624, %v1046 : f32, !llvm.ptr<3>
      }
      scf.if %v626 {
        %v1047 = llvm.getelementptr %v25[%v636] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v638, %v1047 : f32, !llvm.ptr<3>
      }
      scf.if %v640 {
        %v1048 = llvm.getelementptr %v25[%v650] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v652, %v1048 : f32, !llvm.ptr<3>
      }
      scf.if %v654 {
        %v1049 = llvm.getelementptr %v25[%v664] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v666, %v1049 : f32, !llvm.ptr<3>
      }
      scf.if %v668 {
        %v1050 = llvm.getelementptr %v25[%v678] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v680, %v1050 : f32, !llvm.ptr<3>
      }
      scf.if %v682 {
        %v1051 = llvm.getelementptr %v25[%v692] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v694, %v1051 : f32, !llvm.ptr<3>
      }
      scf.if %v696 {
        %v1052 = llvm.getelementptr %v25[%v706] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v708, %v1052 : f32, !llvm.ptr<3>
      }
      scf.if %v710 {
        %v1053 = llvm.getelementptr %v25[%v720] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v722, %v1053 : f32, !llvm.ptr<3>
      }
      scf.if %v724 {
        %v1054 = llvm.getelementptr %v25[%v734] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v736, %v1054 : f32, !llvm.ptr<3>
      }
      scf.if %v738 {
        %v1055 = llvm.getelementptr %v25[%v748] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v750, %v1055 : f32, !llvm.ptr<3>
      }
      scf.if %v752 {
        %v1056 = llvm.getelementptr %v25[%v762] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v764, %v1056 : f32, !llvm.ptr<3>
      }
      scf.if %v766 {
        %v1057 = llvm.getelementptr %v25[%v776] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v778, %v1057 : f32, !llvm.ptr<3>
      }
      scf.if %v780 {
        %v1058 = llvm.getelementptr %v25[%v790] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v792, %v1058 : f32, !llvm.ptr<3>
      }
      scf.if %v794 {
        %v1059 = llvm.getelementptr %v25[%v804] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v806, %v1059 : f32, !llvm.ptr<3>
      }
      scf.if %v808 {
        %v1060 = llvm.getelementptr %v25[%v818] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v820, %v1060 : f32, !llvm.ptr<3>
      }
      scf.if %v822 {
        %v1061 = llvm.getelementptr %v25[%v832] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v834, %v1061 : f32, !llvm.ptr<3>
      }
      scf.if %v836 {
        %v1062 = llvm.getelementptr %v25[%v846] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v848, %v1062 : f32, !llvm.ptr<3>
      }
      scf.if %v850 {
        %v1063 = llvm.getelementptr %v25[%v860] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v862, %v1063 : f32, !llvm.ptr<3>
      }
      scf.if %v864 {
        %v1064 = llvm.getelementptr %v25[%v874] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v876, %v1064 : f32, !llvm.ptr<3>
      }
      scf.if %v878 {
        %v1065 = llvm.getelementptr %v25[%v888] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v890, %v1065 : f32, !llvm.ptr<3>
      }
      scf.if %v892 {
        %v1066 = llvm.getelementptr %v25[%v902] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v904, %v1066 : f32, !llvm.ptr<3>
      }
      scf.if %v906 {
        %v1067 = llvm.getelementptr %v25[%v916] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v918, %v1067 : f32, !llvm.ptr<3>
      }
      scf.if %v920 {
        %v1068 = llvm.getelementptr %v25[%v930] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v932, %v1068 : f32, !llvm.ptr<3>
      }
      scf.if %v934 {
        %v1069 = llvm.getelementptr %v25[%v944] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v946, %v1069 : f32, !llvm.ptr<3>
      }
      scf.if %v948 {
        %v1070 = llvm.getelementptr %v25[%v958] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v960, %v1070 : f32, !llvm.ptr<3>
      }
      scf.if %v962 {
        %v1071 = llvm.getelementptr %v25[%v972] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v974, %v1071 : f32, !llvm.ptr<3>
      }
      scf.if %v976 {
        %v1072 = llvm.getelementptr %v25[%v986] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v988, %v1072 : f32, !llvm.ptr<3>
      }
      scf.if %v990 {
        %v1073 = llvm.getelementptr %v25[%v1000] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1002, %v1073 : f32, !llvm.ptr<3>
      }
      scf.if %v1004 {
        %v1074 = llvm.getelementptr %v25[%v1014] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1016, %v1074 : f32, !llvm.ptr<3>
      }
      scf.if %v1018 {
        %v1075 = llvm.getelementptr %v25[%v1028] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1030, %v1075 : f32, !llvm.ptr<3>
      }
      scf.if %v1032 {
        %v1076 = llvm.getelementptr %v25[%v1042] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1044, %v1076 : f32, !llvm.ptr<3>
      }
      // end staged load of `phi1`
      // staged load of `phi2`'s first tile: read, then shared memory
      %v1077 = arith.divui %v32, %v82 : i64
      %v1078 = arith.remui %v32, %v82 : i64
      %v1079 = arith.addi %v1077, %v49 : i64
      %v1080 = arith.constant true
      %v1082 = arith.addi %v1081, %v1079 : i64
      %v1083 = llvm.getelementptr %v24[%v1082] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1084 = llvm.load %v1083 : !llvm.ptr<3> -> i64
      %v1085 = arith.addi %v79, %v1078 : i64
      %v1086 = arith.cmpi slt, %v1085, %v81 : i64
      %v1087 = arith.subi %size_L, %v1 : i64
      %v1088 = arith.minsi %v1085, %v1087 : i64
      %v1089 = arith.addi %v1084, %v1088 : i64
      %v1090 = arith.muli %v1082, %v95 : i64
      %v1091 = arith.addi %v1090, %v1078 : i64
      %v1092 = llvm.getelementptr %in_phi2[%v1089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1093 = llvm.load %v1092 : !llvm.ptr -> f32
      %v1094 = arith.addi %v1077, %v73 : i64
      %v1095 = arith.constant true
      %v1096 = arith.addi %v1081, %v1094 : i64
      %v1097 = llvm.getelementptr %v24[%v1096] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1098 = llvm.load %v1097 : !llvm.ptr<3> -> i64
      %v1099 = arith.addi %v79, %v1078 : i64
      %v1100 = arith.cmpi slt, %v1099, %v81 : i64
      %v1101 = arith.subi %size_L, %v1 : i64
      %v1102 = arith.minsi %v1099, %v1101 : i64
      %v1103 = arith.addi %v1098, %v1102 : i64
      %v1104 = arith.muli %v1096, %v95 : i64
      %v1105 = arith.addi %v1104, %v1078 : i64
      %v1106 = llvm.getelementptr %in_phi2[%v1103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1107 = llvm.load %v1106 : !llvm.ptr -> f32
      %v1108 = arith.addi %v1077, %v114 : i64
      %v1109 = arith.constant true
      %v1110 = arith.addi %v1081, %v1108 : i64
      %v1111 = llvm.getelementptr %v24[%v1110] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1112 = llvm.load %v1111 : !llvm.ptr<3> -> i64
      %v1113 = arith.addi %v79, %v1078 : i64
      %v1114 = arith.cmpi slt, %v1113, %v81 : i64
      %v1115 = arith.subi %size_L, %v1 : i64
      %v1116 = arith.minsi %v1113, %v1115 : i64
      %v1117 = arith.addi %v1112, %v1116 : i64
      %v1118 = arith.muli %v1110, %v95 : i64
      %v1119 = arith.addi %v1118, %v1078 : i64
      %v1120 = llvm.getelementptr %in_phi2[%v1117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1121 = llvm.load %v1120 : !llvm.ptr -> f32
      %v1122 = arith.addi %v1077, %v129 : i64
      %v1123 = arith.constant true
      %v1124 = arith.addi %v1081, %v1122 : i64
      %v1125 = llvm.getelementptr %v24[%v1124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1126 = llvm.load %v1125 : !llvm.ptr<3> -> i64
      %v1127 = arith.addi %v79, %v1078 : i64
      %v1128 = arith.cmpi slt, %v1127, %v81 : i64
      %v1129 = arith.subi %size_L, %v1 : i64
      %v1130 = arith.minsi %v1127, %v1129 : i64
      %v1131 = arith.addi %v1126, %v1130 : i64
      %v1132 = arith.muli %v1124, %v95 : i64
      %v1133 = arith.addi %v1132, %v1078 : i64
      %v1134 = llvm.getelementptr %in_phi2[%v1131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1135 = llvm.load %v1134 : !llvm.ptr -> f32
      %v1136 = arith.addi %v1077, %v144 : i64
      %v1137 = arith.constant true
      %v1138 = arith.addi %v1081, %v1136 : i64
      %v1139 = llvm.getelementptr %v24[%v1138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1140 = llvm.load %v1139 : !llvm.ptr<3> -> i64
      %v1141 = arith.addi %v79, %v1078 : i64
      %v1142 = arith.cmpi slt, %v1141, %v81 : i64
      %v1143 = arith.subi %size_L, %v1 : i64
      %v1144 = arith.minsi %v1141, %v1143 : i64
      %v1145 = arith.addi %v1140, %v1144 : i64
      %v1146 = arith.muli %v1138, %v95 : i64
      %v1147 = arith.addi %v1146, %v1078 : i64
      %v1148 = llvm.getelementptr %in_phi2[%v1145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1149 = llvm.load %v1148 : !llvm.ptr -> f32
      %v1150 = arith.addi %v1077, %v159 : i64
      %v1151 = arith.constant true
      %v1152 = arith.addi %v1081, %v1150 : i64
      %v1153 = llvm.getelementptr %v24[%v1152] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1154 = llvm.load %v1153 : !llvm.ptr<3> -> i64
      %v1155 = arith.addi %v79, %v1078 : i64
      %v1156 = arith.cmpi slt, %v1155, %v81 : i64
      %v1157 = arith.subi %size_L, %v1 : i64
      %v1158 = arith.minsi %v1155, %v1157 : i64
      %v1159 = arith.addi %v1154, %v1158 : i64
      %v1160 = arith.muli %v1152, %v95 : i64
      %v1161 = arith.addi %v1160, %v1078 : i64
      %v1162 = llvm.getelementptr %in_phi2[%v1159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1163 = llvm.load %v1162 : !llvm.ptr -> f32
      %v1164 = arith.addi %v1077, %v174 : i64
      %v1165 = arith.constant true
      %v1166 = arith.addi %v1081, %v1164 : i64
      %v1167 = llvm.getelementptr %v24[%v1166] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1168 = llvm.load %v1167 : !llvm.ptr<3> -> i64
      %v1169 = arith.addi %v79, %v1078 : i64
      %v1170 = arith.cmpi slt, %v1169, %v81 : i64
      %v1171 = arith.subi %size_L, %v1 : i64
      %v1172 = arith.minsi %v1169, %v1171 : i64
      %v1173 = arith.addi %v1168, %v1172 : i64
      %v1174 = arith.muli %v1166, %v95 : i64
      %v1175 = arith.addi %v1174, %v1078 : i64
      %v1176 = llvm.getelementptr %in_phi2[%v1173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1177 = llvm.load %v1176 : !llvm.ptr -> f32
      %v1178 = arith.addi %v1077, %v189 : i64
      %v1179 = arith.constant true
      %v1180 = arith.addi %v1081, %v1178 : i64
      %v1181 = llvm.getelementptr %v24[%v1180] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1182 = llvm.load %v1181 : !llvm.ptr<3> -> i64
      %v1183 = arith.addi %v79, %v1078 : i64
      %v1184 = arith.cmpi slt, %v1183, %v81 : i64
      %v1185 = arith.subi %size_L, %v1 : i64
      %v1186 = arith.minsi %v1183, %v1185 : i64
      %v1187 = arith.addi %v1182, %v1186 : i64
      %v1188 = arith.muli %v1180, %v95 : i64
      %v1189 = arith.addi %v1188, %v1078 : i64
      %v1190 = llvm.getelementptr %in_phi2[%v1187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1191 = llvm.load %v1190 : !llvm.ptr -> f32
      %v1192 = arith.addi %v1077, %v204 : i64
      %v1193 = arith.constant true
      %v1194 = arith.addi %v1081, %v1192 : i64
      %v1195 = llvm.getelementptr %v24[%v1194] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1196 = llvm.load %v1195 : !llvm.ptr<3> -> i64
      %v1197 = arith.addi %v79, %v1078 : i64
      %v1198 = arith.cmpi slt, %v1197, %v81 : i64
      %v1199 = arith.subi %size_L, %v1 : i64
      %v1200 = arith.minsi %v1197, %v1199 : i64
      %v1201 = arith.addi %v1196, %v1200 : i64
      %v1202 = arith.muli %v1194, %v95 : i64
      %v1203 = arith.addi %v1202, %v1078 : i64
      %v1204 = llvm.getelementptr %in_phi2[%v1201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1205 = llvm.load %v1204 : !llvm.ptr -> f32
      %v1206 = arith.addi %v1077, %v219 : i64
      %v1207 = arith.constant true
      %v1208 = arith.addi %v1081, %v1206 : i64
      %v1209 = llvm.getelementptr %v24[%v1208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1210 = llvm.load %v1209 : !llvm.ptr<3> -> i64
      %v1211 = arith.addi %v79, %v1078 : i64
      %v1212 = arith.cmpi slt, %v1211, %v81 : i64
      %v1213 = arith.subi %size_L, %v1 : i64
      %v1214 = arith.minsi %v1211, %v1213 : i64
      %v1215 = arith.addi %v1210, %v1214 : i64
      %v1216 = arith.muli %v1208, %v95 : i64
      %v1217 = arith.addi %v1216, %v1078 : i64
      %v1218 = llvm.getelementptr %in_phi2[%v1215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1219 = llvm.load %v1218 : !llvm.ptr -> f32
      %v1220 = arith.addi %v1077, %v234 : i64
      %v1221 = arith.constant true
      %v1222 = arith.addi %v1081, %v1220 : i64
      %v1223 = llvm.getelementptr %v24[%v1222] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1224 = llvm.load %v1223 : !llvm.ptr<3> -> i64
      %v1225 = arith.addi %v79, %v1078 : i64
      %v1226 = arith.cmpi slt, %v1225, %v81 : i64
      %v1227 = arith.subi %size_L, %v1 : i64
      %v1228 = arith.minsi %v1225, %v1227 : i64
      %v1229 = arith.addi %v1224, %v1228 : i64
      %v1230 = arith.muli %v1222, %v95 : i64
      %v1231 = arith.addi %v1230, %v1078 : i64
      %v1232 = llvm.getelementptr %in_phi2[%v1229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1233 = llvm.load %v1232 : !llvm.ptr -> f32
      %v1234 = arith.addi %v1077, %v249 : i64
      %v1235 = arith.constant true
      %v1236 = arith.addi %v1081, %v1234 : i64
      %v1237 = llvm.getelementptr %v24[%v1236] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1238 = llvm.load %v1237 : !llvm.ptr<3> -> i64
      %v1239 = arith.addi %v79, %v1078 : i64
      %v1240 = arith.cmpi slt, %v1239, %v81 : i64
      %v1241 = arith.subi %size_L, %v1 : i64
      %v1242 = arith.minsi %v1239, %v1241 : i64
      %v1243 = arith.addi %v1238, %v1242 : i64
      %v1244 = arith.muli %v1236, %v95 : i64
      %v1245 = arith.addi %v1244, %v1078 : i64
      %v1246 = llvm.getelementptr %in_phi2[%v1243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1247 = llvm.load %v1246 : !llvm.ptr -> f32
      %v1248 = arith.addi %v1077, %v264 : i64
      %v1249 = arith.constant true
      %v1250 = arith.addi %v1081, %v1248 : i64
      %v1251 = llvm.getelementptr %v24[%v1250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1252 = llvm.load %v1251 : !llvm.ptr<3> -> i64
      %v1253 = arith.addi %v79, %v1078 : i64
      %v1254 = arith.cmpi slt, %v1253, %v81 : i64
      %v1255 = arith.subi %size_L, %v1 : i64
      %v1256 = arith.minsi %v1253, %v1255 : i64
      %v1257 = arith.addi %v1252, %v1256 : i64
      %v1258 = arith.muli %v1250, %v95 : i64
      %v1259 = arith.addi %v1258, %v1078 : i64
      %v1260 = llvm.getelementptr %in_phi2[%v1257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1261 = llvm.load %v1260 : !llvm.ptr -> f32
      %v1262 = arith.addi %v1077, %v279 : i64
      %v1263 = arith.constant true
      %v1264 = arith.addi %v1081, %v1262 : i64
      %v1265 = llvm.getelementptr %v24[%v1264] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1266 = llvm.load %v1265 : !llvm.ptr<3> -> i64
      %v1267 = arith.addi %v79, %v1078 : i64
      %v1268 = arith.cmpi slt, %v1267, %v81 : i64
      %v1269 = arith.subi %size_L, %v1 : i64
      %v1270 = arith.minsi %v1267, %v1269 : i64
      %v1271 = arith.addi %v1266, %v1270 : i64
      %v1272 = arith.muli %v1264, %v95 : i64
      %v1273 = arith.addi %v1272, %v1078 : i64
      %v1274 = llvm.getelementptr %in_phi2[%v1271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1275 = llvm.load %v1274 : !llvm.ptr -> f32
      %v1276 = arith.addi %v1077, %v294 : i64
      %v1277 = arith.constant true
      %v1278 = arith.addi %v1081, %v1276 : i64
      %v1279 = llvm.getelementptr %v24[%v1278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1280 = llvm.load %v1279 : !llvm.ptr<3> -> i64
      %v1281 = arith.addi %v79, %v1078 : i64
      %v1282 = arith.cmpi slt, %v1281, %v81 : i64
      %v1283 = arith.subi %size_L, %v1 : i64
      %v1284 = arith.minsi %v1281, %v1283 : i64
      %v1285 = arith.addi %v1280, %v1284 : i64
      %v1286 = arith.muli %v1278, %v95 : i64
      %v1287 = arith.addi %v1286, %v1078 : i64
      %v1288 = llvm.getelementptr %in_phi2[%v1285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1289 = llvm.load %v1288 : !llvm.ptr -> f32
      %v1290 = arith.addi %v1077, %v309 : i64
      %v1291 = arith.constant true
      %v1292 = arith.addi %v1081, %v1290 : i64
      %v1293 = llvm.getelementptr %v24[%v1292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1294 = llvm.load %v1293 : !llvm.ptr<3> -> i64
      %v1295 = arith.addi %v79, %v1078 : i64
      %v1296 = arith.cmpi slt, %v1295, %v81 : i64
      %v1297 = arith.subi %size_L, %v1 : i64
      %v1298 = arith.minsi %v1295, %v1297 : i64
      %v1299 = arith.addi %v1294, %v1298 : i64
      %v1300 = arith.muli %v1292, %v95 : i64
      %v1301 = arith.addi %v1300, %v1078 : i64
      %v1302 = llvm.getelementptr %in_phi2[%v1299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1303 = llvm.load %v1302 : !llvm.ptr -> f32
      %v1304 = arith.addi %v1077, %v82 : i64
      %v1305 = arith.constant true
      %v1306 = arith.addi %v1081, %v1304 : i64
      %v1307 = llvm.getelementptr %v24[%v1306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1308 = llvm.load %v1307 : !llvm.ptr<3> -> i64
      %v1309 = arith.addi %v79, %v1078 : i64
      %v1310 = arith.cmpi slt, %v1309, %v81 : i64
      %v1311 = arith.subi %size_L, %v1 : i64
      %v1312 = arith.minsi %v1309, %v1311 : i64
      %v1313 = arith.addi %v1308, %v1312 : i64
      %v1314 = arith.muli %v1306, %v95 : i64
      %v1315 = arith.addi %v1314, %v1078 : i64
      %v1316 = llvm.getelementptr %in_phi2[%v1313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1317 = llvm.load %v1316 : !llvm.ptr -> f32
      %v1318 = arith.addi %v1077, %v338 : i64
      %v1319 = arith.constant true
      %v1320 = arith.addi %v1081, %v1318 : i64
      %v1321 = llvm.getelementptr %v24[%v1320] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1322 = llvm.load %v1321 : !llvm.ptr<3> -> i64
      %v1323 = arith.addi %v79, %v1078 : i64
      %v1324 = arith.cmpi slt, %v1323, %v81 : i64
      %v1325 = arith.subi %size_L, %v1 : i64
      %v1326 = arith.minsi %v1323, %v1325 : i64
      %v1327 = arith.addi %v1322, %v1326 : i64
      %v1328 = arith.muli %v1320, %v95 : i64
      %v1329 = arith.addi %v1328, %v1078 : i64
      %v1330 = llvm.getelementptr %in_phi2[%v1327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1331 = llvm.load %v1330 : !llvm.ptr -> f32
      %v1332 = arith.addi %v1077, %v353 : i64
      %v1333 = arith.constant true
      %v1334 = arith.addi %v1081, %v1332 : i64
      %v1335 = llvm.getelementptr %v24[%v1334] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1336 = llvm.load %v1335 : !llvm.ptr<3> -> i64
      %v1337 = arith.addi %v79, %v1078 : i64
      %v1338 = arith.cmpi slt, %v1337, %v81 : i64
      %v1339 = arith.subi %size_L, %v1 : i64
      %v1340 = arith.minsi %v1337, %v1339 : i64
      %v1341 = arith.addi %v1336, %v1340 : i64
      %v1342 = arith.muli %v1334, %v95 : i64
      %v1343 = arith.addi %v1342, %v1078 : i64
      %v1344 = llvm.getelementptr %in_phi2[%v1341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1345 = llvm.load %v1344 : !llvm.ptr -> f32
      %v1346 = arith.addi %v1077, %v368 : i64
      %v1347 = arith.constant true
      %v1348 = arith.addi %v1081, %v1346 : i64
      %v1349 = llvm.getelementptr %v24[%v1348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1350 = llvm.load %v1349 : !llvm.ptr<3> -> i64
      %v1351 = arith.addi %v79, %v1078 : i64
      %v1352 = arith.cmpi slt, %v1351, %v81 : i64
      %v1353 = arith.subi %size_L, %v1 : i64
      %v1354 = arith.minsi %v1351, %v1353 : i64
      %v1355 = arith.addi %v1350, %v1354 : i64
      %v1356 = arith.muli %v1348, %v95 : i64
      %v1357 = arith.addi %v1356, %v1078 : i64
      %v1358 = llvm.getelementptr %in_phi2[%v1355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1359 = llvm.load %v1358 : !llvm.ptr -> f32
      %v1360 = arith.addi %v1077, %v383 : i64
      %v1361 = arith.constant true
      %v1362 = arith.addi %v1081, %v1360 : i64
      %v1363 = llvm.getelementptr %v24[%v1362] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1364 = llvm.load %v1363 : !llvm.ptr<3> -> i64
      %v1365 = arith.addi %v79, %v1078 : i64
      %v1366 = arith.cmpi slt, %v1365, %v81 : i64
      %v1367 = arith.subi %size_L, %v1 : i64
      %v1368 = arith.minsi %v1365, %v1367 : i64
      %v1369 = arith.addi %v1364, %v1368 : i64
      %v1370 = arith.muli %v1362, %v95 : i64
      %v1371 = arith.addi %v1370, %v1078 : i64
      %v1372 = llvm.getelementptr %in_phi2[%v1369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1373 = llvm.load %v1372 : !llvm.ptr -> f32
      %v1374 = arith.addi %v1077, %v398 : i64
      %v1375 = arith.constant true
      %v1376 = arith.addi %v1081, %v1374 : i64
      %v1377 = llvm.getelementptr %v24[%v1376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1378 = llvm.load %v1377 : !llvm.ptr<3> -> i64
      %v1379 = arith.addi %v79, %v1078 : i64
      %v1380 = arith.cmpi slt, %v1379, %v81 : i64
      %v1381 = arith.subi %size_L, %v1 : i64
      %v1382 = arith.minsi %v1379, %v1381 : i64
      %v1383 = arith.addi %v1378, %v1382 : i64
      %v1384 = arith.muli %v1376, %v95 : i64
      %v1385 = arith.addi %v1384, %v1078 : i64
      %v1386 = llvm.getelementptr %in_phi2[%v1383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1387 = llvm.load %v1386 : !llvm.ptr -> f32
      %v1388 = arith.addi %v1077, %v413 : i64
      %v1389 = arith.constant true
      %v1390 = arith.addi %v1081, %v1388 : i64
      %v1391 = llvm.getelementptr %v24[%v1390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1392 = llvm.load %v1391 : !llvm.ptr<3> -> i64
      %v1393 = arith.addi %v79, %v1078 : i64
      %v1394 = arith.cmpi slt, %v1393, %v81 : i64
      %v1395 = arith.subi %size_L, %v1 : i64
      %v1396 = arith.minsi %v1393, %v1395 : i64
      %v1397 = arith.addi %v1392, %v1396 : i64
      %v1398 = arith.muli %v1390, %v95 : i64
      %v1399 = arith.addi %v1398, %v1078 : i64
      %v1400 = llvm.getelementptr %in_phi2[%v1397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1401 = llvm.load %v1400 : !llvm.ptr -> f32
      %v1402 = arith.addi %v1077, %v428 : i64
      %v1403 = arith.constant true
      %v1404 = arith.addi %v1081, %v1402 : i64
      %v1405 = llvm.getelementptr %v24[%v1404] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1406 = llvm.load %v1405 : !llvm.ptr<3> -> i64
      %v1407 = arith.addi %v79, %v1078 : i64
      %v1408 = arith.cmpi slt, %v1407, %v81 : i64
      %v1409 = arith.subi %size_L, %v1 : i64
      %v1410 = arith.minsi %v1407, %v1409 : i64
      %v1411 = arith.addi %v1406, %v1410 : i64
      %v1412 = arith.muli %v1404, %v95 : i64
      %v1413 = arith.addi %v1412, %v1078 : i64
      %v1414 = llvm.getelementptr %in_phi2[%v1411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1415 = llvm.load %v1414 : !llvm.ptr -> f32
      %v1416 = arith.addi %v1077, %v443 : i64
      %v1417 = arith.constant true
      %v1418 = arith.addi %v1081, %v1416 : i64
      %v1419 = llvm.getelementptr %v24[%v1418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1420 = llvm.load %v1419 : !llvm.ptr<3> -> i64
      %v1421 = arith.addi %v79, %v1078 : i64
      %v1422 = arith.cmpi slt, %v1421, %v81 : i64
      %v1423 = arith.subi %size_L, %v1 : i64
      %v1424 = arith.minsi %v1421, %v1423 : i64
      %v1425 = arith.addi %v1420, %v1424 : i64
      %v1426 = arith.muli %v1418, %v95 : i64
      %v1427 = arith.addi %v1426, %v1078 : i64
      %v1428 = llvm.getelementptr %in_phi2[%v1425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1429 = llvm.load %v1428 : !llvm.ptr -> f32
      %v1430 = arith.addi %v1077, %v458 : i64
      %v1431 = arith.constant true
      %v1432 = arith.addi %v1081, %v1430 : i64
      %v1433 = llvm.getelementptr %v24[%v1432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1434 = llvm.load %v1433 : !llvm.ptr<3> -> i64
      %v1435 = arith.addi %v79, %v1078 : i64
      %v1436 = arith.cmpi slt, %v1435, %v81 : i64
      %v1437 = arith.subi %size_L, %v1 : i64
      %v1438 = arith.minsi %v1435, %v1437 : i64
      %v1439 = arith.addi %v1434, %v1438 : i64
      %v1440 = arith.muli %v1432, %v95 : i64
      %v1441 = arith.addi %v1440, %v1078 : i64
      %v1442 = llvm.getelementptr %in_phi2[%v1439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1443 = llvm.load %v1442 : !llvm.ptr -> f32
      %v1444 = arith.addi %v1077, %v473 : i64
      %v1445 = arith.constant true
      %v1446 = arith.addi %v1081, %v1444 : i64
      %v1447 = llvm.getelementptr %v24[%v1446] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1448 = llvm.load %v1447 : !llvm.ptr<3> -> i64
      %v1449 = arith.addi %v79, %v1078 : i64
      %v1450 = arith.cmpi slt, %v1449, %v81 : i64
      %v1451 = arith.subi %size_L, %v1 : i64
      %v1452 = arith.minsi %v1449, %v1451 : i64
      %v1453 = arith.addi %v1448, %v1452 : i64
      %v1454 = arith.muli %v1446, %v95 : i64
      %v1455 = arith.addi %v1454, %v1078 : i64
      %v1456 = llvm.getelementptr %in_phi2[%v1453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1457 = llvm.load %v1456 : !llvm.ptr -> f32
      %v1458 = arith.addi %v1077, %v488 : i64
      %v1459 = arith.constant true
      %v1460 = arith.addi %v1081, %v1458 : i64
      %v1461 = llvm.getelementptr %v24[%v1460] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1462 = llvm.load %v1461 : !llvm.ptr<3> -> i64
      %v1463 = arith.addi %v79, %v1078 : i64
      %v1464 = arith.cmpi slt, %v1463, %v81 : i64
      %v1465 = arith.subi %size_L, %v1 : i64
      %v1466 = arith.minsi %v1463, %v1465 : i64
      %v1467 = arith.addi %v1462, %v1466 : i64
      %v1468 = arith.muli %v1460, %v95 : i64
      %v1469 = arith.addi %v1468, %v1078 : i64
      %v1470 = llvm.getelementptr %in_phi2[%v1467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1471 = llvm.load %v1470 : !llvm.ptr -> f32
      %v1472 = arith.addi %v1077, %v503 : i64
      %v1473 = arith.constant true
      %v1474 = arith.addi %v1081, %v1472 : i64
      %v1475 = llvm.getelementptr %v24[%v1474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1476 = llvm.load %v1475 : !llvm.ptr<3> -> i64
      %v1477 = arith.addi %v79, %v1078 : i64
      %v1478 = arith.cmpi slt, %v1477, %v81 : i64
      %v1479 = arith.subi %size_L, %v1 : i64
      %v1480 = arith.minsi %v1477, %v1479 : i64
      %v1481 = arith.addi %v1476, %v1480 : i64
      %v1482 = arith.muli %v1474, %v95 : i64
      %v1483 = arith.addi %v1482, %v1078 : i64
      %v1484 = llvm.getelementptr %in_phi2[%v1481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1485 = llvm.load %v1484 : !llvm.ptr -> f32
      %v1486 = arith.addi %v1077, %v518 : i64
      %v1487 = arith.constant true
      %v1488 = arith.addi %v1081, %v1486 : i64
      %v1489 = llvm.getelementptr %v24[%v1488] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1490 = llvm.load %v1489 : !llvm.ptr<3> -> i64
      %v1491 = arith.addi %v79, %v1078 : i64
      %v1492 = arith.cmpi slt, %v1491, %v81 : i64
      %v1493 = arith.subi %size_L, %v1 : i64
      %v1494 = arith.minsi %v1491, %v1493 : i64
      %v1495 = arith.addi %v1490, %v1494 : i64
      %v1496 = arith.muli %v1488, %v95 : i64
      %v1497 = arith.addi %v1496, %v1078 : i64
      %v1498 = llvm.getelementptr %in_phi2[%v1495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1499 = llvm.load %v1498 : !llvm.ptr -> f32
      %v1500 = arith.addi %v1077, %v533 : i64
      %v1501 = arith.constant true
      %v1502 = arith.addi %v1081, %v1500 : i64
      %v1503 = llvm.getelementptr %v24[%v1502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1504 = llvm.load %v1503 : !llvm.ptr<3> -> i64
      %v1505 = arith.addi %v79, %v1078 : i64
      %v1506 = arith.cmpi slt, %v1505, %v81 : i64
      %v1507 = arith.subi %size_L, %v1 : i64
      %v1508 = arith.minsi %v1505, %v1507 : i64
      %v1509 = arith.addi %v1504, %v1508 : i64
      %v1510 = arith.muli %v1502, %v95 : i64
      %v1511 = arith.addi %v1510, %v1078 : i64
      %v1512 = llvm.getelementptr %in_phi2[%v1509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1513 = llvm.load %v1512 : !llvm.ptr -> f32
      %v1514 = arith.addi %v1077, %v548 : i64
      %v1515 = arith.constant true
      %v1516 = arith.addi %v1081, %v1514 : i64
      %v1517 = llvm.getelementptr %v24[%v1516] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1518 = llvm.load %v1517 : !llvm.ptr<3> -> i64
      %v1519 = arith.addi %v79, %v1078 : i64
      %v1520 = arith.cmpi slt, %v1519, %v81 : i64
      %v1521 = arith.subi %size_L, %v1 : i64
      %v1522 = arith.minsi %v1519, %v1521 : i64
      %v1523 = arith.addi %v1518, %v1522 : i64
      %v1524 = arith.muli %v1516, %v95 : i64
      %v1525 = arith.addi %v1524, %v1078 : i64
      %v1526 = llvm.getelementptr %in_phi2[%v1523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1527 = llvm.load %v1526 : !llvm.ptr -> f32
      scf.if %v1080 {
        %v1528 = llvm.getelementptr %v25[%v1091] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1093, %v1528 : f32, !llvm.ptr<3>
      }
      scf.if %v1095 {
        %v1529 = llvm.getelementptr %v25[%v1105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1107, %v1529 : f32, !llvm.ptr<3>
      }
      scf.if %v1109 {
        %v1530 = llvm.getelementptr %v25[%v1119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1121, %v1530 : f32, !llvm.ptr<3>
      }
      scf.if %v1123 {
        %v1531 = llvm.getelementptr %v25[%v1133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1135, %v1531 : f32, !llvm.ptr<3>
      }
      scf.if %v1137 {
        %v1532 = llvm.getelementptr %v25[%v1147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1149, %v1532 : f32, !llvm.ptr<3>
      }
      scf.if %v1151 {
        %v1533 = llvm.getelementptr %v25[%v1161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1163, %v1533 : f32, !llvm.ptr<3>
      }
      scf.if %v1165 {
        %v1534 = llvm.getelementptr %v25[%v1175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1177, %v1534 : f32, !llvm.ptr<3>
      }
      scf.if %v1179 {
        %v1535 = llvm.getelementptr %v25[%v1189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1191, %v1535 : f32, !llvm.ptr<3>
      }
      scf.if %v1193 {
        %v1536 = llvm.getelementptr %v25[%v1203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1205, %v1536 : f32, !llvm.ptr<3>
      }
      scf.if %v1207 {
        %v1537 = llvm.getelementptr %v25[%v1217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1219, %v1537 : f32, !llvm.ptr<3>
      }
      scf.if %v1221 {
        %v1538 = llvm.getelementptr %v25[%v1231] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1233, %v1538 : f32, !llvm.ptr<3>
      }
      scf.if %v1235 {
        %v1539 = llvm.getelementptr %v25[%v1245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1247, %v1539 : f32, !llvm.ptr<3>
      }
      scf.if %v1249 {
        %v1540 = llvm.getelementptr %v25[%v1259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1261, %v1540 : f32, !llvm.ptr<3>
      }
      scf.if %v1263 {
        %v1541 = llvm.getelementptr %v25[%v1273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1275, %v1541 : f32, !llvm.ptr<3>
      }
      scf.if %v1277 {
        %v1542 = llvm.getelementptr %v25[%v1287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1289, %v1542 : f32, !llvm.ptr<3>
      }
      scf.if %v1291 {
        %v1543 = llvm.getelementptr %v25[%v1301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1303, %v1543 : f32, !llvm.ptr<3>
      }
      scf.if %v1305 {
        %v1544 = llvm.getelementptr %v25[%v1315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1317, %v1544 : f32, !llvm.ptr<3>
      }
      scf.if %v1319 {
        %v1545 = llvm.getelementptr %v25[%v1329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1331, %v1545 : f32, !llvm.ptr<3>
      }
      scf.if %v1333 {
        %v1546 = llvm.getelementptr %v25[%v1343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1345, %v1546 : f32, !llvm.ptr<3>
      }
      scf.if %v1347 {
        %v1547 = llvm.getelementptr %v25[%v1357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1359, %v1547 : f32, !llvm.ptr<3>
      }
      scf.if %v1361 {
        %v1548 = llvm.getelementptr %v25[%v1371] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1373, %v1548 : f32, !llvm.ptr<3>
      }
      scf.if %v1375 {
        %v1549 = llvm.getelementptr %v25[%v1385] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1387, %v1549 : f32, !llvm.ptr<3>
      }
      scf.if %v1389 {
        %v1550 = llvm.getelementptr %v25[%v1399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1401, %v1550 : f32, !llvm.ptr<3>
      }
      scf.if %v1403 {
        %v1551 = llvm.getelementptr %v25[%v1413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1415, %v1551 : f32, !llvm.ptr<3>
      }
      scf.if %v1417 {
        %v1552 = llvm.getelementptr %v25[%v1427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1429, %v1552 : f32, !llvm.ptr<3>
      }
      scf.if %v1431 {
        %v1553 = llvm.getelementptr %v25[%v1441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1443, %v1553 : f32, !llvm.ptr<3>
      }
      scf.if %v1445 {
        %v1554 = llvm.getelementptr %v25[%v1455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1457, %v1554 : f32, !llvm.ptr<3>
      }
      scf.if %v1459 {
        %v1555 = llvm.getelementptr %v25[%v1469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1471, %v1555 : f32, !llvm.ptr<3>
      }
      scf.if %v1473 {
        %v1556 = llvm.getelementptr %v25[%v1483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1485, %v1556 : f32, !llvm.ptr<3>
      }
      scf.if %v1487 {
        %v1557 = llvm.getelementptr %v25[%v1497] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1499, %v1557 : f32, !llvm.ptr<3>
      }
      scf.if %v1501 {
        %v1558 = llvm.getelementptr %v25[%v1511] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1513, %v1558 : f32, !llvm.ptr<3>
      }
      scf.if %v1515 {
        %v1559 = llvm.getelementptr %v25[%v1525] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1527, %v1559 : f32, !llvm.ptr<3>
      }
      // end staged load of `phi2`
      gpu.barrier
      %v1560 = arith.index_cast %v79 : i64 to index
      %v1561 = arith.index_cast %v81 : i64 to index
      %v1562 = arith.index_cast %v82 : i64 to index
      scf.for %v1563 = %v1560 to %v1561 step %v1562 {
        %v1564 = arith.index_cast %v1563 : index to i64
        %v1565 = arith.subi %v81, %v1564 : i64
        %v1566 = arith.minsi %v1565, %v82 : i64
        %v1567 = arith.addi %v1564, %v82 : i64
        %v1568 = arith.divui %v32, %v82 : i64
        %v1569 = arith.remui %v32, %v82 : i64
        %v1570 = arith.addi %v1568, %v49 : i64
        %v1571 = arith.constant true
        %v1572 = arith.addi %v49, %v1570 : i64
        %v1573 = llvm.getelementptr %v24[%v1572] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1574 = llvm.load %v1573 : !llvm.ptr<3> -> i64
        %v1575 = arith.addi %v1567, %v1569 : i64
        %v1576 = arith.cmpi slt, %v1575, %v81 : i64
        %v1577 = arith.subi %size_L, %v1 : i64
        %v1578 = arith.minsi %v1575, %v1577 : i64
        %v1579 = arith.addi %v1574, %v1578 : i64
        %v1580 = arith.muli %v1572, %v95 : i64
        %v1581 = arith.addi %v1580, %v1569 : i64
        %v1582 = llvm.getelementptr %in_e[%v1579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1583 = llvm.load %v1582 : !llvm.ptr -> f32
        %v1584 = arith.addi %v1568, %v73 : i64
        %v1585 = arith.constant true
        %v1586 = arith.addi %v49, %v1584 : i64
        %v1587 = llvm.getelementptr %v24[%v1586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1588 = llvm.load %v1587 : !llvm.ptr<3> -> i64
        %v1589 = arith.addi %v1567, %v1569 : i64
        %v1590 = arith.cmpi slt, %v1589, %v81 : i64
        %v1591 = arith.subi %size_L, %v1 : i64
        %v1592 = arith.minsi %v1589, %v1591 : i64
        %v1593 = arith.addi %v1588, %v1592 : i64
        %v1594 = arith.muli %v1586, %v95 : i64
        %v1595 = arith.addi %v1594, %v1569 : i64
        %v1596 = llvm.getelementptr %in_e[%v1593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1597 = llvm.load %v1596 : !llvm.ptr -> f32
        %v1598 = arith.addi %v1568, %v114 : i64
        %v1599 = arith.constant true
        %v1600 = arith.addi %v49, %v1598 : i64
        %v1601 = llvm.getelementptr %v24[%v1600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1602 = llvm.load %v1601 : !llvm.ptr<3> -> i64
        %v1603 = arith.addi %v1567, %v1569 : i64
        %v1604 = arith.cmpi slt, %v1603, %v81 : i64
        %v1605 = arith.subi %size_L, %v1 : i64
        %v1606 = arith.minsi %v1603, %v1605 : i64
        %v1607 = arith.addi %v1602, %v1606 : i64
        %v1608 = arith.muli %v1600, %v95 : i64
        %v1609 = arith.addi %v1608, %v1569 : i64
        %v1610 = llvm.getelementptr %in_e[%v1607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1611 = llvm.load %v1610 : !llvm.ptr -> f32
        %v1612 = arith.addi %v1568, %v129 : i64
        %v1613 = arith.constant true
        %v1614 = arith.addi %v49, %v1612 : i64
        %v1615 = llvm.getelementptr %v24[%v1614] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1616 = llvm.load %v1615 : !llvm.ptr<3> -> i64
        %v1617 = arith.addi %v1567, %v1569 : i64
        %v1618 = arith.cmpi slt, %v1617, %v81 : i64
        %v1619 = arith.subi %size_L, %v1 : i64
        %v1620 = arith.minsi %v1617, %v1619 : i64
        %v1621 = arith.addi %v1616, %v1620 : i64
        %v1622 = arith.muli %v1614, %v95 : i64
        %v1623 = arith.addi %v1622, %v1569 : i64
        %v1624 = llvm.getelementptr %in_e[%v1621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1625 = llvm.load %v1624 : !llvm.ptr -> f32
        %v1626 = arith.addi %v1568, %v144 : i64
        %v1627 = arith.constant true
        %v1628 = arith.addi %v49, %v1626 : i64
        %v1629 = llvm.getelementptr %v24[%v1628] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1630 = llvm.load %v1629 : !llvm.ptr<3> -> i64
        %v1631 = arith.addi %v1567, %v1569 : i64
        %v1632 = arith.cmpi slt, %v1631, %v81 : i64
        %v1633 = arith.subi %size_L, %v1 : i64
        %v1634 = arith.minsi %v1631, %v1633 : i64
        %v1635 = arith.addi %v1630, %v1634 : i64
        %v1636 = arith.muli %v1628, %v95 : i64
        %v1637 = arith.addi %v1636, %v1569 : i64
        %v1638 = llvm.getelementptr %in_e[%v1635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1639 = llvm.load %v1638 : !llvm.ptr -> f32
        %v1640 = arith.addi %v1568, %v159 : i64
        %v1641 = arith.constant true
        %v1642 = arith.addi %v49, %v1640 : i64
        %v1643 = llvm.getelementptr %v24[%v1642] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1644 = llvm.load %v1643 : !llvm.ptr<3> -> i64
        %v1645 = arith.addi %v1567, %v1569 : i64
        %v1646 = arith.cmpi slt, %v1645, %v81 : i64
        %v1647 = arith.subi %size_L, %v1 : i64
        %v1648 = arith.minsi %v1645, %v1647 : i64
        %v1649 = arith.addi %v1644, %v1648 : i64
        %v1650 = arith.muli %v1642, %v95 : i64
        %v1651 = arith.addi %v1650, %v1569 : i64
        %v1652 = llvm.getelementptr %in_e[%v1649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1653 = llvm.load %v1652 : !llvm.ptr -> f32
        %v1654 = arith.addi %v1568, %v174 : i64
        %v1655 = arith.constant true
        %v1656 = arith.addi %v49, %v1654 : i64
        %v1657 = llvm.getelementptr %v24[%v1656] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1658 = llvm.load %v1657 : !llvm.ptr<3> -> i64
        %v1659 = arith.addi %v1567, %v1569 : i64
        %v1660 = arith.cmpi slt, %v1659, %v81 : i64
        %v1661 = arith.subi %size_L, %v1 : i64
        %v1662 = arith.minsi %v1659, %v1661 : i64
        %v1663 = arith.addi %v1658, %v1662 : i64
        %v1664 = arith.muli %v1656, %v95 : i64
        %v1665 = arith.addi %v1664, %v1569 : i64
        %v1666 = llvm.getelementptr %in_e[%v1663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1667 = llvm.load %v1666 : !llvm.ptr -> f32
        %v1668 = arith.addi %v1568, %v189 : i64
        %v1669 = arith.constant true
        %v1670 = arith.addi %v49, %v1668 : i64
        %v1671 = llvm.getelementptr %v24[%v1670] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1672 = llvm.load %v1671 : !llvm.ptr<3> -> i64
        %v1673 = arith.addi %v1567, %v1569 : i64
        %v1674 = arith.cmpi slt, %v1673, %v81 : i64
        %v1675 = arith.subi %size_L, %v1 : i64
        %v1676 = arith.minsi %v1673, %v1675 : i64
        %v1677 = arith.addi %v1672, %v1676 : i64
        %v1678 = arith.muli %v1670, %v95 : i64
        %v1679 = arith.addi %v1678, %v1569 : i64
        %v1680 = llvm.getelementptr %in_e[%v1677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1681 = llvm.load %v1680 : !llvm.ptr -> f32
        %v1682 = arith.addi %v1568, %v204 : i64
        %v1683 = arith.constant true
        %v1684 = arith.addi %v49, %v1682 : i64
        %v1685 = llvm.getelementptr %v24[%v1684] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1686 = llvm.load %v1685 : !llvm.ptr<3> -> i64
        %v1687 = arith.addi %v1567, %v1569 : i64
        %v1688 = arith.cmpi slt, %v1687, %v81 : i64
        %v1689 = arith.subi %size_L, %v1 : i64
        %v1690 = arith.minsi %v1687, %v1689 : i64
        %v1691 = arith.addi %v1686, %v1690 : i64
        %v1692 = arith.muli %v1684, %v95 : i64
        %v1693 = arith.addi %v1692, %v1569 : i64
        %v1694 = llvm.getelementptr %in_e[%v1691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1695 = llvm.load %v1694 : !llvm.ptr -> f32
        %v1696 = arith.addi %v1568, %v219 : i64
        %v1697 = arith.constant true
        %v1698 = arith.addi %v49, %v1696 : i64
        %v1699 = llvm.getelementptr %v24[%v1698] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1700 = llvm.load %v1699 : !llvm.ptr<3> -> i64
        %v1701 = arith.addi %v1567, %v1569 : i64
        %v1702 = arith.cmpi slt, %v1701, %v81 : i64
        %v1703 = arith.subi %size_L, %v1 : i64
        %v1704 = arith.minsi %v1701, %v1703 : i64
        %v1705 = arith.addi %v1700, %v1704 : i64
        %v1706 = arith.muli %v1698, %v95 : i64
        %v1707 = arith.addi %v1706, %v1569 : i64
        %v1708 = llvm.getelementptr %in_e[%v1705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1709 = llvm.load %v1708 : !llvm.ptr -> f32
        %v1710 = arith.addi %v1568, %v234 : i64
        %v1711 = arith.constant true
        %v1712 = arith.addi %v49, %v1710 : i64
        %v1713 = llvm.getelementptr %v24[%v1712] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1714 = llvm.load %v1713 : !llvm.ptr<3> -> i64
        %v1715 = arith.addi %v1567, %v1569 : i64
        %v1716 = arith.cmpi slt, %v1715, %v81 : i64
        %v1717 = arith.subi %size_L, %v1 : i64
        %v1718 = arith.minsi %v1715, %v1717 : i64
        %v1719 = arith.addi %v1714, %v1718 : i64
        %v1720 = arith.muli %v1712, %v95 : i64
        %v1721 = arith.addi %v1720, %v1569 : i64
        %v1722 = llvm.getelementptr %in_e[%v1719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1723 = llvm.load %v1722 : !llvm.ptr -> f32
        %v1724 = arith.addi %v1568, %v249 : i64
        %v1725 = arith.constant true
        %v1726 = arith.addi %v49, %v1724 : i64
        %v1727 = llvm.getelementptr %v24[%v1726] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1728 = llvm.load %v1727 : !llvm.ptr<3> -> i64
        %v1729 = arith.addi %v1567, %v1569 : i64
        %v1730 = arith.cmpi slt, %v1729, %v81 : i64
        %v1731 = arith.subi %size_L, %v1 : i64
        %v1732 = arith.minsi %v1729, %v1731 : i64
        %v1733 = arith.addi %v1728, %v1732 : i64
        %v1734 = arith.muli %v1726, %v95 : i64
        %v1735 = arith.addi %v1734, %v1569 : i64
        %v1736 = llvm.getelementptr %in_e[%v1733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1737 = llvm.load %v1736 : !llvm.ptr -> f32
        %v1738 = arith.addi %v1568, %v264 : i64
        %v1739 = arith.constant true
        %v1740 = arith.addi %v49, %v1738 : i64
        %v1741 = llvm.getelementptr %v24[%v1740] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1742 = llvm.load %v1741 : !llvm.ptr<3> -> i64
        %v1743 = arith.addi %v1567, %v1569 : i64
        %v1744 = arith.cmpi slt, %v1743, %v81 : i64
        %v1745 = arith.subi %size_L, %v1 : i64
        %v1746 = arith.minsi %v1743, %v1745 : i64
        %v1747 = arith.addi %v1742, %v1746 : i64
        %v1748 = arith.muli %v1740, %v95 : i64
        %v1749 = arith.addi %v1748, %v1569 : i64
        %v1750 = llvm.getelementptr %in_e[%v1747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1751 = llvm.load %v1750 : !llvm.ptr -> f32
        %v1752 = arith.addi %v1568, %v279 : i64
        %v1753 = arith.constant true
        %v1754 = arith.addi %v49, %v1752 : i64
        %v1755 = llvm.getelementptr %v24[%v1754] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1756 = llvm.load %v1755 : !llvm.ptr<3> -> i64
        %v1757 = arith.addi %v1567, %v1569 : i64
        %v1758 = arith.cmpi slt, %v1757, %v81 : i64
        %v1759 = arith.subi %size_L, %v1 : i64
        %v1760 = arith.minsi %v1757, %v1759 : i64
        %v1761 = arith.addi %v1756, %v1760 : i64
        %v1762 = arith.muli %v1754, %v95 : i64
        %v1763 = arith.addi %v1762, %v1569 : i64
        %v1764 = llvm.getelementptr %in_e[%v1761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1765 = llvm.load %v1764 : !llvm.ptr -> f32
        %v1766 = arith.addi %v1568, %v294 : i64
        %v1767 = arith.constant true
        %v1768 = arith.addi %v49, %v1766 : i64
        %v1769 = llvm.getelementptr %v24[%v1768] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1770 = llvm.load %v1769 : !llvm.ptr<3> -> i64
        %v1771 = arith.addi %v1567, %v1569 : i64
        %v1772 = arith.cmpi slt, %v1771, %v81 : i64
        %v1773 = arith.subi %size_L, %v1 : i64
        %v1774 = arith.minsi %v1771, %v1773 : i64
        %v1775 = arith.addi %v1770, %v1774 : i64
        %v1776 = arith.muli %v1768, %v95 : i64
        %v1777 = arith.addi %v1776, %v1569 : i64
        %v1778 = llvm.getelementptr %in_e[%v1775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1779 = llvm.load %v1778 : !llvm.ptr -> f32
        %v1780 = arith.addi %v1568, %v309 : i64
        %v1781 = arith.constant true
        %v1782 = arith.addi %v49, %v1780 : i64
        %v1783 = llvm.getelementptr %v24[%v1782] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1784 = llvm.load %v1783 : !llvm.ptr<3> -> i64
        %v1785 = arith.addi %v1567, %v1569 : i64
        %v1786 = arith.cmpi slt, %v1785, %v81 : i64
        %v1787 = arith.subi %size_L, %v1 : i64
        %v1788 = arith.minsi %v1785, %v1787 : i64
        %v1789 = arith.addi %v1784, %v1788 : i64
        %v1790 = arith.muli %v1782, %v95 : i64
        %v1791 = arith.addi %v1790, %v1569 : i64
        %v1792 = llvm.getelementptr %in_e[%v1789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1793 = llvm.load %v1792 : !llvm.ptr -> f32
        %v1794 = arith.addi %v1568, %v82 : i64
        %v1795 = arith.constant true
        %v1796 = arith.addi %v49, %v1794 : i64
        %v1797 = llvm.getelementptr %v24[%v1796] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1798 = llvm.load %v1797 : !llvm.ptr<3> -> i64
        %v1799 = arith.addi %v1567, %v1569 : i64
        %v1800 = arith.cmpi slt, %v1799, %v81 : i64
        %v1801 = arith.subi %size_L, %v1 : i64
        %v1802 = arith.minsi %v1799, %v1801 : i64
        %v1803 = arith.addi %v1798, %v1802 : i64
        %v1804 = arith.muli %v1796, %v95 : i64
        %v1805 = arith.addi %v1804, %v1569 : i64
        %v1806 = llvm.getelementptr %in_e[%v1803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1807 = llvm.load %v1806 : !llvm.ptr -> f32
        %v1808 = arith.addi %v1568, %v338 : i64
        %v1809 = arith.constant true
        %v1810 = arith.addi %v49, %v1808 : i64
        %v1811 = llvm.getelementptr %v24[%v1810] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1812 = llvm.load %v1811 : !llvm.ptr<3> -> i64
        %v1813 = arith.addi %v1567, %v1569 : i64
        %v1814 = arith.cmpi slt, %v1813, %v81 : i64
        %v1815 = arith.subi %size_L, %v1 : i64
        %v1816 = arith.minsi %v1813, %v1815 : i64
        %v1817 = arith.addi %v1812, %v1816 : i64
        %v1818 = arith.muli %v1810, %v95 : i64
        %v1819 = arith.addi %v1818, %v1569 : i64
        %v1820 = llvm.getelementptr %in_e[%v1817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1821 = llvm.load %v1820 : !llvm.ptr -> f32
        %v1822 = arith.addi %v1568, %v353 : i64
        %v1823 = arith.constant true
        %v1824 = arith.addi %v49, %v1822 : i64
        %v1825 = llvm.getelementptr %v24[%v1824] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1826 = llvm.load %v1825 : !llvm.ptr<3> -> i64
        %v1827 = arith.addi %v1567, %v1569 : i64
        %v1828 = arith.cmpi slt, %v1827, %v81 : i64
        %v1829 = arith.subi %size_L, %v1 : i64
        %v1830 = arith.minsi %v1827, %v1829 : i64
        %v1831 = arith.addi %v1826, %v1830 : i64
        %v1832 = arith.muli %v1824, %v95 : i64
        %v1833 = arith.addi %v1832, %v1569 : i64
        %v1834 = llvm.getelementptr %in_e[%v1831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1835 = llvm.load %v1834 : !llvm.ptr -> f32
        %v1836 = arith.addi %v1568, %v368 : i64
        %v1837 = arith.constant true
        %v1838 = arith.addi %v49, %v1836 : i64
        %v1839 = llvm.getelementptr %v24[%v1838] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1840 = llvm.load %v1839 : !llvm.ptr<3> -> i64
        %v1841 = arith.addi %v1567, %v1569 : i64
        %v1842 = arith.cmpi slt, %v1841, %v81 : i64
        %v1843 = arith.subi %size_L, %v1 : i64
        %v1844 = arith.minsi %v1841, %v1843 : i64
        %v1845 = arith.addi %v1840, %v1844 : i64
        %v1846 = arith.muli %v1838, %v95 : i64
        %v1847 = arith.addi %v1846, %v1569 : i64
        %v1848 = llvm.getelementptr %in_e[%v1845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1849 = llvm.load %v1848 : !llvm.ptr -> f32
        %v1850 = arith.addi %v1568, %v383 : i64
        %v1851 = arith.constant true
        %v1852 = arith.addi %v49, %v1850 : i64
        %v1853 = llvm.getelementptr %v24[%v1852] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1854 = llvm.load %v1853 : !llvm.ptr<3> -> i64
        %v1855 = arith.addi %v1567, %v1569 : i64
        %v1856 = arith.cmpi slt, %v1855, %v81 : i64
        %v1857 = arith.subi %size_L, %v1 : i64
        %v1858 = arith.minsi %v1855, %v1857 : i64
        %v1859 = arith.addi %v1854, %v1858 : i64
        %v1860 = arith.muli %v1852, %v95 : i64
        %v1861 = arith.addi %v1860, %v1569 : i64
        %v1862 = llvm.getelementptr %in_e[%v1859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1863 = llvm.load %v1862 : !llvm.ptr -> f32
        %v1864 = arith.addi %v1568, %v398 : i64
        %v1865 = arith.constant true
        %v1866 = arith.addi %v49, %v1864 : i64
        %v1867 = llvm.getelementptr %v24[%v1866] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1868 = llvm.load %v1867 : !llvm.ptr<3> -> i64
        %v1869 = arith.addi %v1567, %v1569 : i64
        %v1870 = arith.cmpi slt, %v1869, %v81 : i64
        %v1871 = arith.subi %size_L, %v1 : i64
        %v1872 = arith.minsi %v1869, %v1871 : i64
        %v1873 = arith.addi %v1868, %v1872 : i64
        %v1874 = arith.muli %v1866, %v95 : i64
        %v1875 = arith.addi %v1874, %v1569 : i64
        %v1876 = llvm.getelementptr %in_e[%v1873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1877 = llvm.load %v1876 : !llvm.ptr -> f32
        %v1878 = arith.addi %v1568, %v413 : i64
        %v1879 = arith.constant true
        %v1880 = arith.addi %v49, %v1878 : i64
        %v1881 = llvm.getelementptr %v24[%v1880] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1882 = llvm.load %v1881 : !llvm.ptr<3> -> i64
        %v1883 = arith.addi %v1567, %v1569 : i64
        %v1884 = arith.cmpi slt, %v1883, %v81 : i64
        %v1885 = arith.subi %size_L, %v1 : i64
        %v1886 = arith.minsi %v1883, %v1885 : i64
        %v1887 = arith.addi %v1882, %v1886 : i64
        %v1888 = arith.muli %v1880, %v95 : i64
        %v1889 = arith.addi %v1888, %v1569 : i64
        %v1890 = llvm.getelementptr %in_e[%v1887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1891 = llvm.load %v1890 : !llvm.ptr -> f32
        %v1892 = arith.addi %v1568, %v428 : i64
        %v1893 = arith.constant true
        %v1894 = arith.addi %v49, %v1892 : i64
        %v1895 = llvm.getelementptr %v24[%v1894] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1896 = llvm.load %v1895 : !llvm.ptr<3> -> i64
        %v1897 = arith.addi %v1567, %v1569 : i64
        %v1898 = arith.cmpi slt, %v1897, %v81 : i64
        %v1899 = arith.subi %size_L, %v1 : i64
        %v1900 = arith.minsi %v1897, %v1899 : i64
        %v1901 = arith.addi %v1896, %v1900 : i64
        %v1902 = arith.muli %v1894, %v95 : i64
        %v1903 = arith.addi %v1902, %v1569 : i64
        %v1904 = llvm.getelementptr %in_e[%v1901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1905 = llvm.load %v1904 : !llvm.ptr -> f32
        %v1906 = arith.addi %v1568, %v443 : i64
        %v1907 = arith.constant true
        %v1908 = arith.addi %v49, %v1906 : i64
        %v1909 = llvm.getelementptr %v24[%v1908] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1910 = llvm.load %v1909 : !llvm.ptr<3> -> i64
        %v1911 = arith.addi %v1567, %v1569 : i64
        %v1912 = arith.cmpi slt, %v1911, %v81 : i64
        %v1913 = arith.subi %size_L, %v1 : i64
        %v1914 = arith.minsi %v1911, %v1913 : i64
        %v1915 = arith.addi %v1910, %v1914 : i64
        %v1916 = arith.muli %v1908, %v95 : i64
        %v1917 = arith.addi %v1916, %v1569 : i64
        %v1918 = llvm.getelementptr %in_e[%v1915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1919 = llvm.load %v1918 : !llvm.ptr -> f32
        %v1920 = arith.addi %v1568, %v458 : i64
        %v1921 = arith.constant true
        %v1922 = arith.addi %v49, %v1920 : i64
        %v1923 = llvm.getelementptr %v24[%v1922] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1924 = llvm.load %v1923 : !llvm.ptr<3> -> i64
        %v1925 = arith.addi %v1567, %v1569 : i64
        %v1926 = arith.cmpi slt, %v1925, %v81 : i64
        %v1927 = arith.subi %size_L, %v1 : i64
        %v1928 = arith.minsi %v1925, %v1927 : i64
        %v1929 = arith.addi %v1924, %v1928 : i64
        %v1930 = arith.muli %v1922, %v95 : i64
        %v1931 = arith.addi %v1930, %v1569 : i64
        %v1932 = llvm.getelementptr %in_e[%v1929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1933 = llvm.load %v1932 : !llvm.ptr -> f32
        %v1934 = arith.addi %v1568, %v473 : i64
        %v1935 = arith.constant true
        %v1936 = arith.addi %v49, %v1934 : i64
        %v1937 = llvm.getelementptr %v24[%v1936] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1938 = llvm.load %v1937 : !llvm.ptr<3> -> i64
        %v1939 = arith.addi %v1567, %v1569 : i64
        %v1940 = arith.cmpi slt, %v1939, %v81 : i64
        %v1941 = arith.subi %size_L, %v1 : i64
        %v1942 = arith.minsi %v1939, %v1941 : i64
        %v1943 = arith.addi %v1938, %v1942 : i64
        %v1944 = arith.muli %v1936, %v95 : i64
        %v1945 = arith.addi %v1944, %v1569 : i64
        %v1946 = llvm.getelementptr %in_e[%v1943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1947 = llvm.load %v1946 : !llvm.ptr -> f32
        %v1948 = arith.addi %v1568, %v488 : i64
        %v1949 = arith.constant true
        %v1950 = arith.addi %v49, %v1948 : i64
        %v1951 = llvm.getelementptr %v24[%v1950] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1952 = llvm.load %v1951 : !llvm.ptr<3> -> i64
        %v1953 = arith.addi %v1567, %v1569 : i64
        %v1954 = arith.cmpi slt, %v1953, %v81 : i64
        %v1955 = arith.subi %size_L, %v1 : i64
        %v1956 = arith.minsi %v1953, %v1955 : i64
        %v1957 = arith.addi %v1952, %v1956 : i64
        %v1958 = arith.muli %v1950, %v95 : i64
        %v1959 = arith.addi %v1958, %v1569 : i64
        %v1960 = llvm.getelementptr %in_e[%v1957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1961 = llvm.load %v1960 : !llvm.ptr -> f32
        %v1962 = arith.addi %v1568, %v503 : i64
        %v1963 = arith.constant true
        %v1964 = arith.addi %v49, %v1962 : i64
        %v1965 = llvm.getelementptr %v24[%v1964] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1966 = llvm.load %v1965 : !llvm.ptr<3> -> i64
        %v1967 = arith.addi %v1567, %v1569 : i64
        %v1968 = arith.cmpi slt, %v1967, %v81 : i64
        %v1969 = arith.subi %size_L, %v1 : i64
        %v1970 = arith.minsi %v1967, %v1969 : i64
        %v1971 = arith.addi %v1966, %v1970 : i64
        %v1972 = arith.muli %v1964, %v95 : i64
        %v1973 = arith.addi %v1972, %v1569 : i64
        %v1974 = llvm.getelementptr %in_e[%v1971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1975 = llvm.load %v1974 : !llvm.ptr -> f32
        %v1976 = arith.addi %v1568, %v518 : i64
        %v1977 = arith.constant true
        %v1978 = arith.addi %v49, %v1976 : i64
        %v1979 = llvm.getelementptr %v24[%v1978] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1980 = llvm.load %v1979 : !llvm.ptr<3> -> i64
        %v1981 = arith.addi %v1567, %v1569 : i64
        %v1982 = arith.cmpi slt, %v1981, %v81 : i64
        %v1983 = arith.subi %size_L, %v1 : i64
        %v1984 = arith.minsi %v1981, %v1983 : i64
        %v1985 = arith.addi %v1980, %v1984 : i64
        %v1986 = arith.muli %v1978, %v95 : i64
        %v1987 = arith.addi %v1986, %v1569 : i64
        %v1988 = llvm.getelementptr %in_e[%v1985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1989 = llvm.load %v1988 : !llvm.ptr -> f32
        %v1990 = arith.addi %v1568, %v533 : i64
        %v1991 = arith.constant true
        %v1992 = arith.addi %v49, %v1990 : i64
        %v1993 = llvm.getelementptr %v24[%v1992] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1994 = llvm.load %v1993 : !llvm.ptr<3> -> i64
        %v1995 = arith.addi %v1567, %v1569 : i64
        %v1996 = arith.cmpi slt, %v1995, %v81 : i64
        %v1997 = arith.subi %size_L, %v1 : i64
        %v1998 = arith.minsi %v1995, %v1997 : i64
        %v1999 = arith.addi %v1994, %v1998 : i64
        %v2000 = arith.muli %v1992, %v95 : i64
        %v2001 = arith.addi %v2000, %v1569 : i64
        %v2002 = llvm.getelementptr %in_e[%v1999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2003 = llvm.load %v2002 : !llvm.ptr -> f32
        %v2004 = arith.addi %v1568, %v548 : i64
        %v2005 = arith.constant true
        %v2006 = arith.addi %v49, %v2004 : i64
        %v2007 = llvm.getelementptr %v24[%v2006] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2008 = llvm.load %v2007 : !llvm.ptr<3> -> i64
        %v2009 = arith.addi %v1567, %v1569 : i64
        %v2010 = arith.cmpi slt, %v2009, %v81 : i64
        %v2011 = arith.subi %size_L, %v1 : i64
        %v2012 = arith.minsi %v2009, %v2011 : i64
        %v2013 = arith.addi %v2008, %v2012 : i64
        %v2014 = arith.muli %v2006, %v95 : i64
        %v2015 = arith.addi %v2014, %v1569 : i64
        %v2016 = llvm.getelementptr %in_e[%v2013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2017 = llvm.load %v2016 : !llvm.ptr -> f32
        %v2018 = arith.divui %v32, %v82 : i64
        %v2019 = arith.remui %v32, %v82 : i64
        %v2020 = arith.addi %v2018, %v49 : i64
        %v2021 = arith.constant true
        %v2022 = arith.addi %v34, %v2020 : i64
        %v2023 = llvm.getelementptr %v24[%v2022] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2024 = llvm.load %v2023 : !llvm.ptr<3> -> i64
        %v2025 = arith.addi %v1567, %v2019 : i64
        %v2026 = arith.cmpi slt, %v2025, %v81 : i64
        %v2027 = arith.subi %size_L, %v1 : i64
        %v2028 = arith.minsi %v2025, %v2027 : i64
        %v2029 = arith.addi %v2024, %v2028 : i64
        %v2030 = arith.muli %v2022, %v95 : i64
        %v2031 = arith.addi %v2030, %v2019 : i64
        %v2032 = llvm.getelementptr %in_phi1[%v2029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2033 = llvm.load %v2032 : !llvm.ptr -> f32
        %v2034 = arith.addi %v2018, %v73 : i64
        %v2035 = arith.constant true
        %v2036 = arith.addi %v34, %v2034 : i64
        %v2037 = llvm.getelementptr %v24[%v2036] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2038 = llvm.load %v2037 : !llvm.ptr<3> -> i64
        %v2039 = arith.addi %v1567, %v2019 : i64
        %v2040 = arith.cmpi slt, %v2039, %v81 : i64
        %v2041 = arith.subi %size_L, %v1 : i64
        %v2042 = arith.minsi %v2039, %v2041 : i64
        %v2043 = arith.addi %v2038, %v2042 : i64
        %v2044 = arith.muli %v2036, %v95 : i64
        %v2045 = arith.addi %v2044, %v2019 : i64
        %v2046 = llvm.getelementptr %in_phi1[%v2043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2047 = llvm.load %v2046 : !llvm.ptr -> f32
        %v2048 = arith.addi %v2018, %v114 : i64
        %v2049 = arith.constant true
        %v2050 = arith.addi %v34, %v2048 : i64
        %v2051 = llvm.getelementptr %v24[%v2050] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2052 = llvm.load %v2051 : !llvm.ptr<3> -> i64
        %v2053 = arith.addi %v1567, %v2019 : i64
        %v2054 = arith.cmpi slt, %v2053, %v81 : i64
        %v2055 = arith.subi %size_L, %v1 : i64
        %v2056 = arith.minsi %v2053, %v2055 : i64
        %v2057 = arith.addi %v2052, %v2056 : i64
        %v2058 = arith.muli %v2050, %v95 : i64
        %v2059 = arith.addi %v2058, %v2019 : i64
        %v2060 = llvm.getelementptr %in_phi1[%v2057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2061 = llvm.load %v2060 : !llvm.ptr -> f32
        %v2062 = arith.addi %v2018, %v129 : i64
        %v2063 = arith.constant true
        %v2064 = arith.addi %v34, %v2062 : i64
        %v2065 = llvm.getelementptr %v24[%v2064] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2066 = llvm.load %v2065 : !llvm.ptr<3> -> i64
        %v2067 = arith.addi %v1567, %v2019 : i64
        %v2068 = arith.cmpi slt, %v2067, %v81 : i64
        %v2069 = arith.subi %size_L, %v1 : i64
        %v2070 = arith.minsi %v2067, %v2069 : i64
        %v2071 = arith.addi %v2066, %v2070 : i64
        %v2072 = arith.muli %v2064, %v95 : i64
        %v2073 = arith.addi %v2072, %v2019 : i64
        %v2074 = llvm.getelementptr %in_phi1[%v2071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2075 = llvm.load %v2074 : !llvm.ptr -> f32
        %v2076 = arith.addi %v2018, %v144 : i64
        %v2077 = arith.constant true
        %v2078 = arith.addi %v34, %v2076 : i64
        %v2079 = llvm.getelementptr %v24[%v2078] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2080 = llvm.load %v2079 : !llvm.ptr<3> -> i64
        %v2081 = arith.addi %v1567, %v2019 : i64
        %v2082 = arith.cmpi slt, %v2081, %v81 : i64
        %v2083 = arith.subi %size_L, %v1 : i64
        %v2084 = arith.minsi %v2081, %v2083 : i64
        %v2085 = arith.addi %v2080, %v2084 : i64
        %v2086 = arith.muli %v2078, %v95 : i64
        %v2087 = arith.addi %v2086, %v2019 : i64
        %v2088 = llvm.getelementptr %in_phi1[%v2085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2089 = llvm.load %v2088 : !llvm.ptr -> f32
        %v2090 = arith.addi %v2018, %v159 : i64
        %v2091 = arith.constant true
        %v2092 = arith.addi %v34, %v2090 : i64
        %v2093 = llvm.getelementptr %v24[%v2092] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2094 = llvm.load %v2093 : !llvm.ptr<3> -> i64
        %v2095 = arith.addi %v1567, %v2019 : i64
        %v2096 = arith.cmpi slt, %v2095, %v81 : i64
        %v2097 = arith.subi %size_L, %v1 : i64
        %v2098 = arith.minsi %v2095, %v2097 : i64
        %v2099 = arith.addi %v2094, %v2098 : i64
        %v2100 = arith.muli %v2092, %v95 : i64
        %v2101 = arith.addi %v2100, %v2019 : i64
        %v2102 = llvm.getelementptr %in_phi1[%v2099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2103 = llvm.load %v2102 : !llvm.ptr -> f32
        %v2104 = arith.addi %v2018, %v174 : i64
        %v2105 = arith.constant true
        %v2106 = arith.addi %v34, %v2104 : i64
        %v2107 = llvm.getelementptr %v24[%v2106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2108 = llvm.load %v2107 : !llvm.ptr<3> -> i64
        %v2109 = arith.addi %v1567, %v2019 : i64
        %v2110 = arith.cmpi slt, %v2109, %v81 : i64
        %v2111 = arith.subi %size_L, %v1 : i64
        %v2112 = arith.minsi %v2109, %v2111 : i64
        %v2113 = arith.addi %v2108, %v2112 : i64
        %v2114 = arith.muli %v2106, %v95 : i64
        %v2115 = arith.addi %v2114, %v2019 : i64
        %v2116 = llvm.getelementptr %in_phi1[%v2113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2117 = llvm.load %v2116 : !llvm.ptr -> f32
        %v2118 = arith.addi %v2018, %v189 : i64
        %v2119 = arith.constant true
        %v2120 = arith.addi %v34, %v2118 : i64
        %v2121 = llvm.getelementptr %v24[%v2120] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2122 = llvm.load %v2121 : !llvm.ptr<3> -> i64
        %v2123 = arith.addi %v1567, %v2019 : i64
        %v2124 = arith.cmpi slt, %v2123, %v81 : i64
        %v2125 = arith.subi %size_L, %v1 : i64
        %v2126 = arith.minsi %v2123, %v2125 : i64
        %v2127 = arith.addi %v2122, %v2126 : i64
        %v2128 = arith.muli %v2120, %v95 : i64
        %v2129 = arith.addi %v2128, %v2019 : i64
        %v2130 = llvm.getelementptr %in_phi1[%v2127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2131 = llvm.load %v2130 : !llvm.ptr -> f32
        %v2132 = arith.addi %v2018, %v204 : i64
        %v2133 = arith.constant true
        %v2134 = arith.addi %v34, %v2132 : i64
        %v2135 = llvm.getelementptr %v24[%v2134] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2136 = llvm.load %v2135 : !llvm.ptr<3> -> i64
        %v2137 = arith.addi %v1567, %v2019 : i64
        %v2138 = arith.cmpi slt, %v2137, %v81 : i64
        %v2139 = arith.subi %size_L, %v1 : i64
        %v2140 = arith.minsi %v2137, %v2139 : i64
        %v2141 = arith.addi %v2136, %v2140 : i64
        %v2142 = arith.muli %v2134, %v95 : i64
        %v2143 = arith.addi %v2142, %v2019 : i64
        %v2144 = llvm.getelementptr %in_phi1[%v2141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2145 = llvm.load %v2144 : !llvm.ptr -> f32
        %v2146 = arith.addi %v2018, %v219 : i64
        %v2147 = arith.constant true
        %v2148 = arith.addi %v34, %v2146 : i64
        %v2149 = llvm.getelementptr %v24[%v2148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2150 = llvm.load %v2149 : !llvm.ptr<3> -> i64
        %v2151 = arith.addi %v1567, %v2019 : i64
        %v2152 = arith.cmpi slt, %v2151, %v81 : i64
        %v2153 = arith.subi %size_L, %v1 : i64
        %v2154 = arith.minsi %v2151, %v2153 : i64
        %v2155 = arith.addi %v2150, %v2154 : i64
        %v2156 = arith.muli %v2148, %v95 : i64
        %v2157 = arith.addi %v2156, %v2019 : i64
        %v2158 = llvm.getelementptr %in_phi1[%v2155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2159 = llvm.load %v2158 : !llvm.ptr -> f32
        %v2160 = arith.addi %v2018, %v234 : i64
        %v2161 = arith.constant true
        %v2162 = arith.addi %v34, %v2160 : i64
        %v2163 = llvm.getelementptr %v24[%v2162] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2164 = llvm.load %v2163 : !llvm.ptr<3> -> i64
        %v2165 = arith.addi %v1567, %v2019 : i64
        %v2166 = arith.cmpi slt, %v2165, %v81 : i64
        %v2167 = arith.subi %size_L, %v1 : i64
        %v2168 = arith.minsi %v2165, %v2167 : i64
        %v2169 = arith.addi %v2164, %v2168 : i64
        %v2170 = arith.muli %v2162, %v95 : i64
        %v2171 = arith.addi %v2170, %v2019 : i64
        %v2172 = llvm.getelementptr %in_phi1[%v2169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2173 = llvm.load %v2172 : !llvm.ptr -> f32
        %v2174 = arith.addi %v2018, %v249 : i64
        %v2175 = arith.constant true
        %v2176 = arith.addi %v34, %v2174 : i64
        %v2177 = llvm.getelementptr %v24[%v2176] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2178 = llvm.load %v2177 : !llvm.ptr<3> -> i64
        %v2179 = arith.addi %v1567, %v2019 : i64
        %v2180 = arith.cmpi slt, %v2179, %v81 : i64
        %v2181 = arith.subi %size_L, %v1 : i64
        %v2182 = arith.minsi %v2179, %v2181 : i64
        %v2183 = arith.addi %v2178, %v2182 : i64
        %v2184 = arith.muli %v2176, %v95 : i64
        %v2185 = arith.addi %v2184, %v2019 : i64
        %v2186 = llvm.getelementptr %in_phi1[%v2183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2187 = llvm.load %v2186 : !llvm.ptr -> f32
        %v2188 = arith.addi %v2018, %v264 : i64
        %v2189 = arith.constant true
        %v2190 = arith.addi %v34, %v2188 : i64
        %v2191 = llvm.getelementptr %v24[%v2190] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2192 = llvm.load %v2191 : !llvm.ptr<3> -> i64
        %v2193 = arith.addi %v1567, %v2019 : i64
        %v2194 = arith.cmpi slt, %v2193, %v81 : i64
        %v2195 = arith.subi %size_L, %v1 : i64
        %v2196 = arith.minsi %v2193, %v2195 : i64
        %v2197 = arith.addi %v2192, %v2196 : i64
        %v2198 = arith.muli %v2190, %v95 : i64
        %v2199 = arith.addi %v2198, %v2019 : i64
        %v2200 = llvm.getelementptr %in_phi1[%v2197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2201 = llvm.load %v2200 : !llvm.ptr -> f32
        %v2202 = arith.addi %v2018, %v279 : i64
        %v2203 = arith.constant true
        %v2204 = arith.addi %v34, %v2202 : i64
        %v2205 = llvm.getelementptr %v24[%v2204] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2206 = llvm.load %v2205 : !llvm.ptr<3> -> i64
        %v2207 = arith.addi %v1567, %v2019 : i64
        %v2208 = arith.cmpi slt, %v2207, %v81 : i64
        %v2209 = arith.subi %size_L, %v1 : i64
        %v2210 = arith.minsi %v2207, %v2209 : i64
        %v2211 = arith.addi %v2206, %v2210 : i64
        %v2212 = arith.muli %v2204, %v95 : i64
        %v2213 = arith.addi %v2212, %v2019 : i64
        %v2214 = llvm.getelementptr %in_phi1[%v2211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2215 = llvm.load %v2214 : !llvm.ptr -> f32
        %v2216 = arith.addi %v2018, %v294 : i64
        %v2217 = arith.constant true
        %v2218 = arith.addi %v34, %v2216 : i64
        %v2219 = llvm.getelementptr %v24[%v2218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2220 = llvm.load %v2219 : !llvm.ptr<3> -> i64
        %v2221 = arith.addi %v1567, %v2019 : i64
        %v2222 = arith.cmpi slt, %v2221, %v81 : i64
        %v2223 = arith.subi %size_L, %v1 : i64
        %v2224 = arith.minsi %v2221, %v2223 : i64
        %v2225 = arith.addi %v2220, %v2224 : i64
        %v2226 = arith.muli %v2218, %v95 : i64
        %v2227 = arith.addi %v2226, %v2019 : i64
        %v2228 = llvm.getelementptr %in_phi1[%v2225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2229 = llvm.load %v2228 : !llvm.ptr -> f32
        %v2230 = arith.addi %v2018, %v309 : i64
        %v2231 = arith.constant true
        %v2232 = arith.addi %v34, %v2230 : i64
        %v2233 = llvm.getelementptr %v24[%v2232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2234 = llvm.load %v2233 : !llvm.ptr<3> -> i64
        %v2235 = arith.addi %v1567, %v2019 : i64
        %v2236 = arith.cmpi slt, %v2235, %v81 : i64
        %v2237 = arith.subi %size_L, %v1 : i64
        %v2238 = arith.minsi %v2235, %v2237 : i64
        %v2239 = arith.addi %v2234, %v2238 : i64
        %v2240 = arith.muli %v2232, %v95 : i64
        %v2241 = arith.addi %v2240, %v2019 : i64
        %v2242 = llvm.getelementptr %in_phi1[%v2239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2243 = llvm.load %v2242 : !llvm.ptr -> f32
        %v2244 = arith.addi %v2018, %v82 : i64
        %v2245 = arith.constant true
        %v2246 = arith.addi %v34, %v2244 : i64
        %v2247 = llvm.getelementptr %v24[%v2246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2248 = llvm.load %v2247 : !llvm.ptr<3> -> i64
        %v2249 = arith.addi %v1567, %v2019 : i64
        %v2250 = arith.cmpi slt, %v2249, %v81 : i64
        %v2251 = arith.subi %size_L, %v1 : i64
        %v2252 = arith.minsi %v2249, %v2251 : i64
        %v2253 = arith.addi %v2248, %v2252 : i64
        %v2254 = arith.muli %v2246, %v95 : i64
        %v2255 = arith.addi %v2254, %v2019 : i64
        %v2256 = llvm.getelementptr %in_phi1[%v2253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2257 = llvm.load %v2256 : !llvm.ptr -> f32
        %v2258 = arith.addi %v2018, %v338 : i64
        %v2259 = arith.constant true
        %v2260 = arith.addi %v34, %v2258 : i64
        %v2261 = llvm.getelementptr %v24[%v2260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2262 = llvm.load %v2261 : !llvm.ptr<3> -> i64
        %v2263 = arith.addi %v1567, %v2019 : i64
        %v2264 = arith.cmpi slt, %v2263, %v81 : i64
        %v2265 = arith.subi %size_L, %v1 : i64
        %v2266 = arith.minsi %v2263, %v2265 : i64
        %v2267 = arith.addi %v2262, %v2266 : i64
        %v2268 = arith.muli %v2260, %v95 : i64
        %v2269 = arith.addi %v2268, %v2019 : i64
        %v2270 = llvm.getelementptr %in_phi1[%v2267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2271 = llvm.load %v2270 : !llvm.ptr -> f32
        %v2272 = arith.addi %v2018, %v353 : i64
        %v2273 = arith.constant true
        %v2274 = arith.addi %v34, %v2272 : i64
        %v2275 = llvm.getelementptr %v24[%v2274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2276 = llvm.load %v2275 : !llvm.ptr<3> -> i64
        %v2277 = arith.addi %v1567, %v2019 : i64
        %v2278 = arith.cmpi slt, %v2277, %v81 : i64
        %v2279 = arith.subi %size_L, %v1 : i64
        %v2280 = arith.minsi %v2277, %v2279 : i64
        %v2281 = arith.addi %v2276, %v2280 : i64
        %v2282 = arith.muli %v2274, %v95 : i64
        %v2283 = arith.addi %v2282, %v2019 : i64
        %v2284 = llvm.getelementptr %in_phi1[%v2281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2285 = llvm.load %v2284 : !llvm.ptr -> f32
        %v2286 = arith.addi %v2018, %v368 : i64
        %v2287 = arith.constant true
        %v2288 = arith.addi %v34, %v2286 : i64
        %v2289 = llvm.getelementptr %v24[%v2288] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2290 = llvm.load %v2289 : !llvm.ptr<3> -> i64
        %v2291 = arith.addi %v1567, %v2019 : i64
        %v2292 = arith.cmpi slt, %v2291, %v81 : i64
        %v2293 = arith.subi %size_L, %v1 : i64
        %v2294 = arith.minsi %v2291, %v2293 : i64
        %v2295 = arith.addi %v2290, %v2294 : i64
        %v2296 = arith.muli %v2288, %v95 : i64
        %v2297 = arith.addi %v2296, %v2019 : i64
        %v2298 = llvm.getelementptr %in_phi1[%v2295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2299 = llvm.load %v2298 : !llvm.ptr -> f32
        %v2300 = arith.addi %v2018, %v383 : i64
        %v2301 = arith.constant true
        %v2302 = arith.addi %v34, %v2300 : i64
        %v2303 = llvm.getelementptr %v24[%v2302] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2304 = llvm.load %v2303 : !llvm.ptr<3> -> i64
        %v2305 = arith.addi %v1567, %v2019 : i64
        %v2306 = arith.cmpi slt, %v2305, %v81 : i64
        %v2307 = arith.subi %size_L, %v1 : i64
        %v2308 = arith.minsi %v2305, %v2307 : i64
        %v2309 = arith.addi %v2304, %v2308 : i64
        %v2310 = arith.muli %v2302, %v95 : i64
        %v2311 = arith.addi %v2310, %v2019 : i64
        %v2312 = llvm.getelementptr %in_phi1[%v2309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2313 = llvm.load %v2312 : !llvm.ptr -> f32
        %v2314 = arith.addi %v2018, %v398 : i64
        %v2315 = arith.constant true
        %v2316 = arith.addi %v34, %v2314 : i64
        %v2317 = llvm.getelementptr %v24[%v2316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2318 = llvm.load %v2317 : !llvm.ptr<3> -> i64
        %v2319 = arith.addi %v1567, %v2019 : i64
        %v2320 = arith.cmpi slt, %v2319, %v81 : i64
        %v2321 = arith.subi %size_L, %v1 : i64
        %v2322 = arith.minsi %v2319, %v2321 : i64
        %v2323 = arith.addi %v2318, %v2322 : i64
        %v2324 = arith.muli %v2316, %v95 : i64
        %v2325 = arith.addi %v2324, %v2019 : i64
        %v2326 = llvm.getelementptr %in_phi1[%v2323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2327 = llvm.load %v2326 : !llvm.ptr -> f32
        %v2328 = arith.addi %v2018, %v413 : i64
        %v2329 = arith.constant true
        %v2330 = arith.addi %v34, %v2328 : i64
        %v2331 = llvm.getelementptr %v24[%v2330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2332 = llvm.load %v2331 : !llvm.ptr<3> -> i64
        %v2333 = arith.addi %v1567, %v2019 : i64
        %v2334 = arith.cmpi slt, %v2333, %v81 : i64
        %v2335 = arith.subi %size_L, %v1 : i64
        %v2336 = arith.minsi %v2333, %v2335 : i64
        %v2337 = arith.addi %v2332, %v2336 : i64
        %v2338 = arith.muli %v2330, %v95 : i64
        %v2339 = arith.addi %v2338, %v2019 : i64
        %v2340 = llvm.getelementptr %in_phi1[%v2337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2341 = llvm.load %v2340 : !llvm.ptr -> f32
        %v2342 = arith.addi %v2018, %v428 : i64
        %v2343 = arith.constant true
        %v2344 = arith.addi %v34, %v2342 : i64
        %v2345 = llvm.getelementptr %v24[%v2344] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2346 = llvm.load %v2345 : !llvm.ptr<3> -> i64
        %v2347 = arith.addi %v1567, %v2019 : i64
        %v2348 = arith.cmpi slt, %v2347, %v81 : i64
        %v2349 = arith.subi %size_L, %v1 : i64
        %v2350 = arith.minsi %v2347, %v2349 : i64
        %v2351 = arith.addi %v2346, %v2350 : i64
        %v2352 = arith.muli %v2344, %v95 : i64
        %v2353 = arith.addi %v2352, %v2019 : i64
        %v2354 = llvm.getelementptr %in_phi1[%v2351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2355 = llvm.load %v2354 : !llvm.ptr -> f32
        %v2356 = arith.addi %v2018, %v443 : i64
        %v2357 = arith.constant true
        %v2358 = arith.addi %v34, %v2356 : i64
        %v2359 = llvm.getelementptr %v24[%v2358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2360 = llvm.load %v2359 : !llvm.ptr<3> -> i64
        %v2361 = arith.addi %v1567, %v2019 : i64
        %v2362 = arith.cmpi slt, %v2361, %v81 : i64
        %v2363 = arith.subi %size_L, %v1 : i64
        %v2364 = arith.minsi %v2361, %v2363 : i64
        %v2365 = arith.addi %v2360, %v2364 : i64
        %v2366 = arith.muli %v2358, %v95 : i64
        %v2367 = arith.addi %v2366, %v2019 : i64
        %v2368 = llvm.getelementptr %in_phi1[%v2365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2369 = llvm.load %v2368 : !llvm.ptr -> f32
        %v2370 = arith.addi %v2018, %v458 : i64
        %v2371 = arith.constant true
        %v2372 = arith.addi %v34, %v2370 : i64
        %v2373 = llvm.getelementptr %v24[%v2372] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2374 = llvm.load %v2373 : !llvm.ptr<3> -> i64
        %v2375 = arith.addi %v1567, %v2019 : i64
        %v2376 = arith.cmpi slt, %v2375, %v81 : i64
        %v2377 = arith.subi %size_L, %v1 : i64
        %v2378 = arith.minsi %v2375, %v2377 : i64
        %v2379 = arith.addi %v2374, %v2378 : i64
        %v2380 = arith.muli %v2372, %v95 : i64
        %v2381 = arith.addi %v2380, %v2019 : i64
        %v2382 = llvm.getelementptr %in_phi1[%v2379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2383 = llvm.load %v2382 : !llvm.ptr -> f32
        %v2384 = arith.addi %v2018, %v473 : i64
        %v2385 = arith.constant true
        %v2386 = arith.addi %v34, %v2384 : i64
        %v2387 = llvm.getelementptr %v24[%v2386] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2388 = llvm.load %v2387 : !llvm.ptr<3> -> i64
        %v2389 = arith.addi %v1567, %v2019 : i64
        %v2390 = arith.cmpi slt, %v2389, %v81 : i64
        %v2391 = arith.subi %size_L, %v1 : i64
        %v2392 = arith.minsi %v2389, %v2391 : i64
        %v2393 = arith.addi %v2388, %v2392 : i64
        %v2394 = arith.muli %v2386, %v95 : i64
        %v2395 = arith.addi %v2394, %v2019 : i64
        %v2396 = llvm.getelementptr %in_phi1[%v2393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2397 = llvm.load %v2396 : !llvm.ptr -> f32
        %v2398 = arith.addi %v2018, %v488 : i64
        %v2399 = arith.constant true
        %v2400 = arith.addi %v34, %v2398 : i64
        %v2401 = llvm.getelementptr %v24[%v2400] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2402 = llvm.load %v2401 : !llvm.ptr<3> -> i64
        %v2403 = arith.addi %v1567, %v2019 : i64
        %v2404 = arith.cmpi slt, %v2403, %v81 : i64
        %v2405 = arith.subi %size_L, %v1 : i64
        %v2406 = arith.minsi %v2403, %v2405 : i64
        %v2407 = arith.addi %v2402, %v2406 : i64
        %v2408 = arith.muli %v2400, %v95 : i64
        %v2409 = arith.addi %v2408, %v2019 : i64
        %v2410 = llvm.getelementptr %in_phi1[%v2407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2411 = llvm.load %v2410 : !llvm.ptr -> f32
        %v2412 = arith.addi %v2018, %v503 : i64
        %v2413 = arith.constant true
        %v2414 = arith.addi %v34, %v2412 : i64
        %v2415 = llvm.getelementptr %v24[%v2414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2416 = llvm.load %v2415 : !llvm.ptr<3> -> i64
        %v2417 = arith.addi %v1567, %v2019 : i64
        %v2418 = arith.cmpi slt, %v2417, %v81 : i64
        %v2419 = arith.subi %size_L, %v1 : i64
        %v2420 = arith.minsi %v2417, %v2419 : i64
        %v2421 = arith.addi %v2416, %v2420 : i64
        %v2422 = arith.muli %v2414, %v95 : i64
        %v2423 = arith.addi %v2422, %v2019 : i64
        %v2424 = llvm.getelementptr %in_phi1[%v2421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2425 = llvm.load %v2424 : !llvm.ptr -> f32
        %v2426 = arith.addi %v2018, %v518 : i64
        %v2427 = arith.constant true
        %v2428 = arith.addi %v34, %v2426 : i64
        %v2429 = llvm.getelementptr %v24[%v2428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2430 = llvm.load %v2429 : !llvm.ptr<3> -> i64
        %v2431 = arith.addi %v1567, %v2019 : i64
        %v2432 = arith.cmpi slt, %v2431, %v81 : i64
        %v2433 = arith.subi %size_L, %v1 : i64
        %v2434 = arith.minsi %v2431, %v2433 : i64
        %v2435 = arith.addi %v2430, %v2434 : i64
        %v2436 = arith.muli %v2428, %v95 : i64
        %v2437 = arith.addi %v2436, %v2019 : i64
        %v2438 = llvm.getelementptr %in_phi1[%v2435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2439 = llvm.load %v2438 : !llvm.ptr -> f32
        %v2440 = arith.addi %v2018, %v533 : i64
        %v2441 = arith.constant true
        %v2442 = arith.addi %v34, %v2440 : i64
        %v2443 = llvm.getelementptr %v24[%v2442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2444 = llvm.load %v2443 : !llvm.ptr<3> -> i64
        %v2445 = arith.addi %v1567, %v2019 : i64
        %v2446 = arith.cmpi slt, %v2445, %v81 : i64
        %v2447 = arith.subi %size_L, %v1 : i64
        %v2448 = arith.minsi %v2445, %v2447 : i64
        %v2449 = arith.addi %v2444, %v2448 : i64
        %v2450 = arith.muli %v2442, %v95 : i64
        %v2451 = arith.addi %v2450, %v2019 : i64
        %v2452 = llvm.getelementptr %in_phi1[%v2449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2453 = llvm.load %v2452 : !llvm.ptr -> f32
        %v2454 = arith.addi %v2018, %v548 : i64
        %v2455 = arith.constant true
        %v2456 = arith.addi %v34, %v2454 : i64
        %v2457 = llvm.getelementptr %v24[%v2456] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2458 = llvm.load %v2457 : !llvm.ptr<3> -> i64
        %v2459 = arith.addi %v1567, %v2019 : i64
        %v2460 = arith.cmpi slt, %v2459, %v81 : i64
        %v2461 = arith.subi %size_L, %v1 : i64
        %v2462 = arith.minsi %v2459, %v2461 : i64
        %v2463 = arith.addi %v2458, %v2462 : i64
        %v2464 = arith.muli %v2456, %v95 : i64
        %v2465 = arith.addi %v2464, %v2019 : i64
        %v2466 = llvm.getelementptr %in_phi1[%v2463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2467 = llvm.load %v2466 : !llvm.ptr -> f32
        %v2468 = arith.divui %v32, %v82 : i64
        %v2469 = arith.remui %v32, %v82 : i64
        %v2470 = arith.addi %v2468, %v49 : i64
        %v2471 = arith.constant true
        %v2472 = arith.addi %v1081, %v2470 : i64
        %v2473 = llvm.getelementptr %v24[%v2472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2474 = llvm.load %v2473 : !llvm.ptr<3> -> i64
        %v2475 = arith.addi %v1567, %v2469 : i64
        %v2476 = arith.cmpi slt, %v2475, %v81 : i64
        %v2477 = arith.subi %size_L, %v1 : i64
        %v2478 = arith.minsi %v2475, %v2477 : i64
        %v2479 = arith.addi %v2474, %v2478 : i64
        %v2480 = arith.muli %v2472, %v95 : i64
        %v2481 = arith.addi %v2480, %v2469 : i64
        %v2482 = llvm.getelementptr %in_phi2[%v2479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2483 = llvm.load %v2482 : !llvm.ptr -> f32
        %v2484 = arith.addi %v2468, %v73 : i64
        %v2485 = arith.constant true
        %v2486 = arith.addi %v1081, %v2484 : i64
        %v2487 = llvm.getelementptr %v24[%v2486] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2488 = llvm.load %v2487 : !llvm.ptr<3> -> i64
        %v2489 = arith.addi %v1567, %v2469 : i64
        %v2490 = arith.cmpi slt, %v2489, %v81 : i64
        %v2491 = arith.subi %size_L, %v1 : i64
        %v2492 = arith.minsi %v2489, %v2491 : i64
        %v2493 = arith.addi %v2488, %v2492 : i64
        %v2494 = arith.muli %v2486, %v95 : i64
        %v2495 = arith.addi %v2494, %v2469 : i64
        %v2496 = llvm.getelementptr %in_phi2[%v2493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2497 = llvm.load %v2496 : !llvm.ptr -> f32
        %v2498 = arith.addi %v2468, %v114 : i64
        %v2499 = arith.constant true
        %v2500 = arith.addi %v1081, %v2498 : i64
        %v2501 = llvm.getelementptr %v24[%v2500] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2502 = llvm.load %v2501 : !llvm.ptr<3> -> i64
        %v2503 = arith.addi %v1567, %v2469 : i64
        %v2504 = arith.cmpi slt, %v2503, %v81 : i64
        %v2505 = arith.subi %size_L, %v1 : i64
        %v2506 = arith.minsi %v2503, %v2505 : i64
        %v2507 = arith.addi %v2502, %v2506 : i64
        %v2508 = arith.muli %v2500, %v95 : i64
        %v2509 = arith.addi %v2508, %v2469 : i64
        %v2510 = llvm.getelementptr %in_phi2[%v2507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2511 = llvm.load %v2510 : !llvm.ptr -> f32
        %v2512 = arith.addi %v2468, %v129 : i64
        %v2513 = arith.constant true
        %v2514 = arith.addi %v1081, %v2512 : i64
        %v2515 = llvm.getelementptr %v24[%v2514] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2516 = llvm.load %v2515 : !llvm.ptr<3> -> i64
        %v2517 = arith.addi %v1567, %v2469 : i64
        %v2518 = arith.cmpi slt, %v2517, %v81 : i64
        %v2519 = arith.subi %size_L, %v1 : i64
        %v2520 = arith.minsi %v2517, %v2519 : i64
        %v2521 = arith.addi %v2516, %v2520 : i64
        %v2522 = arith.muli %v2514, %v95 : i64
        %v2523 = arith.addi %v2522, %v2469 : i64
        %v2524 = llvm.getelementptr %in_phi2[%v2521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2525 = llvm.load %v2524 : !llvm.ptr -> f32
        %v2526 = arith.addi %v2468, %v144 : i64
        %v2527 = arith.constant true
        %v2528 = arith.addi %v1081, %v2526 : i64
        %v2529 = llvm.getelementptr %v24[%v2528] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2530 = llvm.load %v2529 : !llvm.ptr<3> -> i64
        %v2531 = arith.addi %v1567, %v2469 : i64
        %v2532 = arith.cmpi slt, %v2531, %v81 : i64
        %v2533 = arith.subi %size_L, %v1 : i64
        %v2534 = arith.minsi %v2531, %v2533 : i64
        %v2535 = arith.addi %v2530, %v2534 : i64
        %v2536 = arith.muli %v2528, %v95 : i64
        %v2537 = arith.addi %v2536, %v2469 : i64
        %v2538 = llvm.getelementptr %in_phi2[%v2535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2539 = llvm.load %v2538 : !llvm.ptr -> f32
        %v2540 = arith.addi %v2468, %v159 : i64
        %v2541 = arith.constant true
        %v2542 = arith.addi %v1081, %v2540 : i64
        %v2543 = llvm.getelementptr %v24[%v2542] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2544 = llvm.load %v2543 : !llvm.ptr<3> -> i64
        %v2545 = arith.addi %v1567, %v2469 : i64
        %v2546 = arith.cmpi slt, %v2545, %v81 : i64
        %v2547 = arith.subi %size_L, %v1 : i64
        %v2548 = arith.minsi %v2545, %v2547 : i64
        %v2549 = arith.addi %v2544, %v2548 : i64
        %v2550 = arith.muli %v2542, %v95 : i64
        %v2551 = arith.addi %v2550, %v2469 : i64
        %v2552 = llvm.getelementptr %in_phi2[%v2549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2553 = llvm.load %v2552 : !llvm.ptr -> f32
        %v2554 = arith.addi %v2468, %v174 : i64
        %v2555 = arith.constant true
        %v2556 = arith.addi %v1081, %v2554 : i64
        %v2557 = llvm.getelementptr %v24[%v2556] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2558 = llvm.load %v2557 : !llvm.ptr<3> -> i64
        %v2559 = arith.addi %v1567, %v2469 : i64
        %v2560 = arith.cmpi slt, %v2559, %v81 : i64
        %v2561 = arith.subi %size_L, %v1 : i64
        %v2562 = arith.minsi %v2559, %v2561 : i64
        %v2563 = arith.addi %v2558, %v2562 : i64
        %v2564 = arith.muli %v2556, %v95 : i64
        %v2565 = arith.addi %v2564, %v2469 : i64
        %v2566 = llvm.getelementptr %in_phi2[%v2563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2567 = llvm.load %v2566 : !llvm.ptr -> f32
        %v2568 = arith.addi %v2468, %v189 : i64
        %v2569 = arith.constant true
        %v2570 = arith.addi %v1081, %v2568 : i64
        %v2571 = llvm.getelementptr %v24[%v2570] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2572 = llvm.load %v2571 : !llvm.ptr<3> -> i64
        %v2573 = arith.addi %v1567, %v2469 : i64
        %v2574 = arith.cmpi slt, %v2573, %v81 : i64
        %v2575 = arith.subi %size_L, %v1 : i64
        %v2576 = arith.minsi %v2573, %v2575 : i64
        %v2577 = arith.addi %v2572, %v2576 : i64
        %v2578 = arith.muli %v2570, %v95 : i64
        %v2579 = arith.addi %v2578, %v2469 : i64
        %v2580 = llvm.getelementptr %in_phi2[%v2577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2581 = llvm.load %v2580 : !llvm.ptr -> f32
        %v2582 = arith.addi %v2468, %v204 : i64
        %v2583 = arith.constant true
        %v2584 = arith.addi %v1081, %v2582 : i64
        %v2585 = llvm.getelementptr %v24[%v2584] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2586 = llvm.load %v2585 : !llvm.ptr<3> -> i64
        %v2587 = arith.addi %v1567, %v2469 : i64
        %v2588 = arith.cmpi slt, %v2587, %v81 : i64
        %v2589 = arith.subi %size_L, %v1 : i64
        %v2590 = arith.minsi %v2587, %v2589 : i64
        %v2591 = arith.addi %v2586, %v2590 : i64
        %v2592 = arith.muli %v2584, %v95 : i64
        %v2593 = arith.addi %v2592, %v2469 : i64
        %v2594 = llvm.getelementptr %in_phi2[%v2591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2595 = llvm.load %v2594 : !llvm.ptr -> f32
        %v2596 = arith.addi %v2468, %v219 : i64
        %v2597 = arith.constant true
        %v2598 = arith.addi %v1081, %v2596 : i64
        %v2599 = llvm.getelementptr %v24[%v2598] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2600 = llvm.load %v2599 : !llvm.ptr<3> -> i64
        %v2601 = arith.addi %v1567, %v2469 : i64
        %v2602 = arith.cmpi slt, %v2601, %v81 : i64
        %v2603 = arith.subi %size_L, %v1 : i64
        %v2604 = arith.minsi %v2601, %v2603 : i64
        %v2605 = arith.addi %v2600, %v2604 : i64
        %v2606 = arith.muli %v2598, %v95 : i64
        %v2607 = arith.addi %v2606, %v2469 : i64
        %v2608 = llvm.getelementptr %in_phi2[%v2605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2609 = llvm.load %v2608 : !llvm.ptr -> f32
        %v2610 = arith.addi %v2468, %v234 : i64
        %v2611 = arith.constant true
        %v2612 = arith.addi %v1081, %v2610 : i64
        %v2613 = llvm.getelementptr %v24[%v2612] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2614 = llvm.load %v2613 : !llvm.ptr<3> -> i64
        %v2615 = arith.addi %v1567, %v2469 : i64
        %v2616 = arith.cmpi slt, %v2615, %v81 : i64
        %v2617 = arith.subi %size_L, %v1 : i64
        %v2618 = arith.minsi %v2615, %v2617 : i64
        %v2619 = arith.addi %v2614, %v2618 : i64
        %v2620 = arith.muli %v2612, %v95 : i64
        %v2621 = arith.addi %v2620, %v2469 : i64
        %v2622 = llvm.getelementptr %in_phi2[%v2619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2623 = llvm.load %v2622 : !llvm.ptr -> f32
        %v2624 = arith.addi %v2468, %v249 : i64
        %v2625 = arith.constant true
        %v2626 = arith.addi %v1081, %v2624 : i64
        %v2627 = llvm.getelementptr %v24[%v2626] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2628 = llvm.load %v2627 : !llvm.ptr<3> -> i64
        %v2629 = arith.addi %v1567, %v2469 : i64
        %v2630 = arith.cmpi slt, %v2629, %v81 : i64
        %v2631 = arith.subi %size_L, %v1 : i64
        %v2632 = arith.minsi %v2629, %v2631 : i64
        %v2633 = arith.addi %v2628, %v2632 : i64
        %v2634 = arith.muli %v2626, %v95 : i64
        %v2635 = arith.addi %v2634, %v2469 : i64
        %v2636 = llvm.getelementptr %in_phi2[%v2633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2637 = llvm.load %v2636 : !llvm.ptr -> f32
        %v2638 = arith.addi %v2468, %v264 : i64
        %v2639 = arith.constant true
        %v2640 = arith.addi %v1081, %v2638 : i64
        %v2641 = llvm.getelementptr %v24[%v2640] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2642 = llvm.load %v2641 : !llvm.ptr<3> -> i64
        %v2643 = arith.addi %v1567, %v2469 : i64
        %v2644 = arith.cmpi slt, %v2643, %v81 : i64
        %v2645 = arith.subi %size_L, %v1 : i64
        %v2646 = arith.minsi %v2643, %v2645 : i64
        %v2647 = arith.addi %v2642, %v2646 : i64
        %v2648 = arith.muli %v2640, %v95 : i64
        %v2649 = arith.addi %v2648, %v2469 : i64
        %v2650 = llvm.getelementptr %in_phi2[%v2647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2651 = llvm.load %v2650 : !llvm.ptr -> f32
        %v2652 = arith.addi %v2468, %v279 : i64
        %v2653 = arith.constant true
        %v2654 = arith.addi %v1081, %v2652 : i64
        %v2655 = llvm.getelementptr %v24[%v2654] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2656 = llvm.load %v2655 : !llvm.ptr<3> -> i64
        %v2657 = arith.addi %v1567, %v2469 : i64
        %v2658 = arith.cmpi slt, %v2657, %v81 : i64
        %v2659 = arith.subi %size_L, %v1 : i64
        %v2660 = arith.minsi %v2657, %v2659 : i64
        %v2661 = arith.addi %v2656, %v2660 : i64
        %v2662 = arith.muli %v2654, %v95 : i64
        %v2663 = arith.addi %v2662, %v2469 : i64
        %v2664 = llvm.getelementptr %in_phi2[%v2661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2665 = llvm.load %v2664 : !llvm.ptr -> f32
        %v2666 = arith.addi %v2468, %v294 : i64
        %v2667 = arith.constant true
        %v2668 = arith.addi %v1081, %v2666 : i64
        %v2669 = llvm.getelementptr %v24[%v2668] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2670 = llvm.load %v2669 : !llvm.ptr<3> -> i64
        %v2671 = arith.addi %v1567, %v2469 : i64
        %v2672 = arith.cmpi slt, %v2671, %v81 : i64
        %v2673 = arith.subi %size_L, %v1 : i64
        %v2674 = arith.minsi %v2671, %v2673 : i64
        %v2675 = arith.addi %v2670, %v2674 : i64
        %v2676 = arith.muli %v2668, %v95 : i64
        %v2677 = arith.addi %v2676, %v2469 : i64
        %v2678 = llvm.getelementptr %in_phi2[%v2675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2679 = llvm.load %v2678 : !llvm.ptr -> f32
        %v2680 = arith.addi %v2468, %v309 : i64
        %v2681 = arith.constant true
        %v2682 = arith.addi %v1081, %v2680 : i64
        %v2683 = llvm.getelementptr %v24[%v2682] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2684 = llvm.load %v2683 : !llvm.ptr<3> -> i64
        %v2685 = arith.addi %v1567, %v2469 : i64
        %v2686 = arith.cmpi slt, %v2685, %v81 : i64
        %v2687 = arith.subi %size_L, %v1 : i64
        %v2688 = arith.minsi %v2685, %v2687 : i64
        %v2689 = arith.addi %v2684, %v2688 : i64
        %v2690 = arith.muli %v2682, %v95 : i64
        %v2691 = arith.addi %v2690, %v2469 : i64
        %v2692 = llvm.getelementptr %in_phi2[%v2689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2693 = llvm.load %v2692 : !llvm.ptr -> f32
        %v2694 = arith.addi %v2468, %v82 : i64
        %v2695 = arith.constant true
        %v2696 = arith.addi %v1081, %v2694 : i64
        %v2697 = llvm.getelementptr %v24[%v2696] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2698 = llvm.load %v2697 : !llvm.ptr<3> -> i64
        %v2699 = arith.addi %v1567, %v2469 : i64
        %v2700 = arith.cmpi slt, %v2699, %v81 : i64
        %v2701 = arith.subi %size_L, %v1 : i64
        %v2702 = arith.minsi %v2699, %v2701 : i64
        %v2703 = arith.addi %v2698, %v2702 : i64
        %v2704 = arith.muli %v2696, %v95 : i64
        %v2705 = arith.addi %v2704, %v2469 : i64
        %v2706 = llvm.getelementptr %in_phi2[%v2703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2707 = llvm.load %v2706 : !llvm.ptr -> f32
        %v2708 = arith.addi %v2468, %v338 : i64
        %v2709 = arith.constant true
        %v2710 = arith.addi %v1081, %v2708 : i64
        %v2711 = llvm.getelementptr %v24[%v2710] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2712 = llvm.load %v2711 : !llvm.ptr<3> -> i64
        %v2713 = arith.addi %v1567, %v2469 : i64
        %v2714 = arith.cmpi slt, %v2713, %v81 : i64
        %v2715 = arith.subi %size_L, %v1 : i64
        %v2716 = arith.minsi %v2713, %v2715 : i64
        %v2717 = arith.addi %v2712, %v2716 : i64
        %v2718 = arith.muli %v2710, %v95 : i64
        %v2719 = arith.addi %v2718, %v2469 : i64
        %v2720 = llvm.getelementptr %in_phi2[%v2717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2721 = llvm.load %v2720 : !llvm.ptr -> f32
        %v2722 = arith.addi %v2468, %v353 : i64
        %v2723 = arith.constant true
        %v2724 = arith.addi %v1081, %v2722 : i64
        %v2725 = llvm.getelementptr %v24[%v2724] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2726 = llvm.load %v2725 : !llvm.ptr<3> -> i64
        %v2727 = arith.addi %v1567, %v2469 : i64
        %v2728 = arith.cmpi slt, %v2727, %v81 : i64
        %v2729 = arith.subi %size_L, %v1 : i64
        %v2730 = arith.minsi %v2727, %v2729 : i64
        %v2731 = arith.addi %v2726, %v2730 : i64
        %v2732 = arith.muli %v2724, %v95 : i64
        %v2733 = arith.addi %v2732, %v2469 : i64
        %v2734 = llvm.getelementptr %in_phi2[%v2731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2735 = llvm.load %v2734 : !llvm.ptr -> f32
        %v2736 = arith.addi %v2468, %v368 : i64
        %v2737 = arith.constant true
        %v2738 = arith.addi %v1081, %v2736 : i64
        %v2739 = llvm.getelementptr %v24[%v2738] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2740 = llvm.load %v2739 : !llvm.ptr<3> -> i64
        %v2741 = arith.addi %v1567, %v2469 : i64
        %v2742 = arith.cmpi slt, %v2741, %v81 : i64
        %v2743 = arith.subi %size_L, %v1 : i64
        %v2744 = arith.minsi %v2741, %v2743 : i64
        %v2745 = arith.addi %v2740, %v2744 : i64
        %v2746 = arith.muli %v2738, %v95 : i64
        %v2747 = arith.addi %v2746, %v2469 : i64
        %v2748 = llvm.getelementptr %in_phi2[%v2745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2749 = llvm.load %v2748 : !llvm.ptr -> f32
        %v2750 = arith.addi %v2468, %v383 : i64
        %v2751 = arith.constant true
        %v2752 = arith.addi %v1081, %v2750 : i64
        %v2753 = llvm.getelementptr %v24[%v2752] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2754 = llvm.load %v2753 : !llvm.ptr<3> -> i64
        %v2755 = arith.addi %v1567, %v2469 : i64
        %v2756 = arith.cmpi slt, %v2755, %v81 : i64
        %v2757 = arith.subi %size_L, %v1 : i64
        %v2758 = arith.minsi %v2755, %v2757 : i64
        %v2759 = arith.addi %v2754, %v2758 : i64
        %v2760 = arith.muli %v2752, %v95 : i64
        %v2761 = arith.addi %v2760, %v2469 : i64
        %v2762 = llvm.getelementptr %in_phi2[%v2759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2763 = llvm.load %v2762 : !llvm.ptr -> f32
        %v2764 = arith.addi %v2468, %v398 : i64
        %v2765 = arith.constant true
        %v2766 = arith.addi %v1081, %v2764 : i64
        %v2767 = llvm.getelementptr %v24[%v2766] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2768 = llvm.load %v2767 : !llvm.ptr<3> -> i64
        %v2769 = arith.addi %v1567, %v2469 : i64
        %v2770 = arith.cmpi slt, %v2769, %v81 : i64
        %v2771 = arith.subi %size_L, %v1 : i64
        %v2772 = arith.minsi %v2769, %v2771 : i64
        %v2773 = arith.addi %v2768, %v2772 : i64
        %v2774 = arith.muli %v2766, %v95 : i64
        %v2775 = arith.addi %v2774, %v2469 : i64
        %v2776 = llvm.getelementptr %in_phi2[%v2773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2777 = llvm.load %v2776 : !llvm.ptr -> f32
        %v2778 = arith.addi %v2468, %v413 : i64
        %v2779 = arith.constant true
        %v2780 = arith.addi %v1081, %v2778 : i64
        %v2781 = llvm.getelementptr %v24[%v2780] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2782 = llvm.load %v2781 : !llvm.ptr<3> -> i64
        %v2783 = arith.addi %v1567, %v2469 : i64
        %v2784 = arith.cmpi slt, %v2783, %v81 : i64
        %v2785 = arith.subi %size_L, %v1 : i64
        %v2786 = arith.minsi %v2783, %v2785 : i64
        %v2787 = arith.addi %v2782, %v2786 : i64
        %v2788 = arith.muli %v2780, %v95 : i64
        %v2789 = arith.addi %v2788, %v2469 : i64
        %v2790 = llvm.getelementptr %in_phi2[%v2787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2791 = llvm.load %v2790 : !llvm.ptr -> f32
        %v2792 = arith.addi %v2468, %v428 : i64
        %v2793 = arith.constant true
        %v2794 = arith.addi %v1081, %v2792 : i64
        %v2795 = llvm.getelementptr %v24[%v2794] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2796 = llvm.load %v2795 : !llvm.ptr<3> -> i64
        %v2797 = arith.addi %v1567, %v2469 : i64
        %v2798 = arith.cmpi slt, %v2797, %v81 : i64
        %v2799 = arith.subi %size_L, %v1 : i64
        %v2800 = arith.minsi %v2797, %v2799 : i64
        %v2801 = arith.addi %v2796, %v2800 : i64
        %v2802 = arith.muli %v2794, %v95 : i64
        %v2803 = arith.addi %v2802, %v2469 : i64
        %v2804 = llvm.getelementptr %in_phi2[%v2801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2805 = llvm.load %v2804 : !llvm.ptr -> f32
        %v2806 = arith.addi %v2468, %v443 : i64
        %v2807 = arith.constant true
        %v2808 = arith.addi %v1081, %v2806 : i64
        %v2809 = llvm.getelementptr %v24[%v2808] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2810 = llvm.load %v2809 : !llvm.ptr<3> -> i64
        %v2811 = arith.addi %v1567, %v2469 : i64
        %v2812 = arith.cmpi slt, %v2811, %v81 : i64
        %v2813 = arith.subi %size_L, %v1 : i64
        %v2814 = arith.minsi %v2811, %v2813 : i64
        %v2815 = arith.addi %v2810, %v2814 : i64
        %v2816 = arith.muli %v2808, %v95 : i64
        %v2817 = arith.addi %v2816, %v2469 : i64
        %v2818 = llvm.getelementptr %in_phi2[%v2815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2819 = llvm.load %v2818 : !llvm.ptr -> f32
        %v2820 = arith.addi %v2468, %v458 : i64
        %v2821 = arith.constant true
        %v2822 = arith.addi %v1081, %v2820 : i64
        %v2823 = llvm.getelementptr %v24[%v2822] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2824 = llvm.load %v2823 : !llvm.ptr<3> -> i64
        %v2825 = arith.addi %v1567, %v2469 : i64
        %v2826 = arith.cmpi slt, %v2825, %v81 : i64
        %v2827 = arith.subi %size_L, %v1 : i64
        %v2828 = arith.minsi %v2825, %v2827 : i64
        %v2829 = arith.addi %v2824, %v2828 : i64
        %v2830 = arith.muli %v2822, %v95 : i64
        %v2831 = arith.addi %v2830, %v2469 : i64
        %v2832 = llvm.getelementptr %in_phi2[%v2829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2833 = llvm.load %v2832 : !llvm.ptr -> f32
        %v2834 = arith.addi %v2468, %v473 : i64
        %v2835 = arith.constant true
        %v2836 = arith.addi %v1081, %v2834 : i64
        %v2837 = llvm.getelementptr %v24[%v2836] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2838 = llvm.load %v2837 : !llvm.ptr<3> -> i64
        %v2839 = arith.addi %v1567, %v2469 : i64
        %v2840 = arith.cmpi slt, %v2839, %v81 : i64
        %v2841 = arith.subi %size_L, %v1 : i64
        %v2842 = arith.minsi %v2839, %v2841 : i64
        %v2843 = arith.addi %v2838, %v2842 : i64
        %v2844 = arith.muli %v2836, %v95 : i64
        %v2845 = arith.addi %v2844, %v2469 : i64
        %v2846 = llvm.getelementptr %in_phi2[%v2843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2847 = llvm.load %v2846 : !llvm.ptr -> f32
        %v2848 = arith.addi %v2468, %v488 : i64
        %v2849 = arith.constant true
        %v2850 = arith.addi %v1081, %v2848 : i64
        %v2851 = llvm.getelementptr %v24[%v2850] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2852 = llvm.load %v2851 : !llvm.ptr<3> -> i64
        %v2853 = arith.addi %v1567, %v2469 : i64
        %v2854 = arith.cmpi slt, %v2853, %v81 : i64
        %v2855 = arith.subi %size_L, %v1 : i64
        %v2856 = arith.minsi %v2853, %v2855 : i64
        %v2857 = arith.addi %v2852, %v2856 : i64
        %v2858 = arith.muli %v2850, %v95 : i64
        %v2859 = arith.addi %v2858, %v2469 : i64
        %v2860 = llvm.getelementptr %in_phi2[%v2857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2861 = llvm.load %v2860 : !llvm.ptr -> f32
        %v2862 = arith.addi %v2468, %v503 : i64
        %v2863 = arith.constant true
        %v2864 = arith.addi %v1081, %v2862 : i64
        %v2865 = llvm.getelementptr %v24[%v2864] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2866 = llvm.load %v2865 : !llvm.ptr<3> -> i64
        %v2867 = arith.addi %v1567, %v2469 : i64
        %v2868 = arith.cmpi slt, %v2867, %v81 : i64
        %v2869 = arith.subi %size_L, %v1 : i64
        %v2870 = arith.minsi %v2867, %v2869 : i64
        %v2871 = arith.addi %v2866, %v2870 : i64
        %v2872 = arith.muli %v2864, %v95 : i64
        %v2873 = arith.addi %v2872, %v2469 : i64
        %v2874 = llvm.getelementptr %in_phi2[%v2871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2875 = llvm.load %v2874 : !llvm.ptr -> f32
        %v2876 = arith.addi %v2468, %v518 : i64
        %v2877 = arith.constant true
        %v2878 = arith.addi %v1081, %v2876 : i64
        %v2879 = llvm.getelementptr %v24[%v2878] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2880 = llvm.load %v2879 : !llvm.ptr<3> -> i64
        %v2881 = arith.addi %v1567, %v2469 : i64
        %v2882 = arith.cmpi slt, %v2881, %v81 : i64
        %v2883 = arith.subi %size_L, %v1 : i64
        %v2884 = arith.minsi %v2881, %v2883 : i64
        %v2885 = arith.addi %v2880, %v2884 : i64
        %v2886 = arith.muli %v2878, %v95 : i64
        %v2887 = arith.addi %v2886, %v2469 : i64
        %v2888 = llvm.getelementptr %in_phi2[%v2885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2889 = llvm.load %v2888 : !llvm.ptr -> f32
        %v2890 = arith.addi %v2468, %v533 : i64
        %v2891 = arith.constant true
        %v2892 = arith.addi %v1081, %v2890 : i64
        %v2893 = llvm.getelementptr %v24[%v2892] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2894 = llvm.load %v2893 : !llvm.ptr<3> -> i64
        %v2895 = arith.addi %v1567, %v2469 : i64
        %v2896 = arith.cmpi slt, %v2895, %v81 : i64
        %v2897 = arith.subi %size_L, %v1 : i64
        %v2898 = arith.minsi %v2895, %v2897 : i64
        %v2899 = arith.addi %v2894, %v2898 : i64
        %v2900 = arith.muli %v2892, %v95 : i64
        %v2901 = arith.addi %v2900, %v2469 : i64
        %v2902 = llvm.getelementptr %in_phi2[%v2899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2903 = llvm.load %v2902 : !llvm.ptr -> f32
        %v2904 = arith.addi %v2468, %v548 : i64
        %v2905 = arith.constant true
        %v2906 = arith.addi %v1081, %v2904 : i64
        %v2907 = llvm.getelementptr %v24[%v2906] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2908 = llvm.load %v2907 : !llvm.ptr<3> -> i64
        %v2909 = arith.addi %v1567, %v2469 : i64
        %v2910 = arith.cmpi slt, %v2909, %v81 : i64
        %v2911 = arith.subi %size_L, %v1 : i64
        %v2912 = arith.minsi %v2909, %v2911 : i64
        %v2913 = arith.addi %v2908, %v2912 : i64
        %v2914 = arith.muli %v2906, %v95 : i64
        %v2915 = arith.addi %v2914, %v2469 : i64
        %v2916 = llvm.getelementptr %in_phi2[%v2913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2917 = llvm.load %v2916 : !llvm.ptr -> f32
        %v2918 = arith.index_cast %v49 : i64 to index
        %v2919 = arith.index_cast %v1566 : i64 to index
        %v2920 = arith.index_cast %v1 : i64 to index
        scf.for %v2921 = %v2918 to %v2919 step %v2920 {
          %v2922 = arith.index_cast %v2921 : index to i64
          %v2923 = arith.addi %v1564, %v2922 : i64
          %v2924 = arith.muli %v1, %v34 : i64
          %v2925 = arith.addi %v2924, %v32 : i64
          %v2926 = arith.muli %v2925, %v95 : i64
          %v2927 = arith.addi %v2926, %v2922 : i64
          %v2928 = llvm.getelementptr %v25[%v2927] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2929 = llvm.load %v2928 : !llvm.ptr<3> -> f32
          %v2930 = arith.muli %v49, %v34 : i64
          %v2931 = arith.addi %v2930, %v32 : i64
          %v2932 = arith.muli %v2931, %v95 : i64
          %v2933 = arith.addi %v2932, %v2922 : i64
          %v2934 = llvm.getelementptr %v25[%v2933] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2935 = llvm.load %v2934 : !llvm.ptr<3> -> f32
          %v2936 = llvm.load %v4 : !llvm.ptr -> f32
          %v2937 = arith.mulf %v2929, %v2936 fastmath<contract> : f32
          %v2938 = arith.addf %v2937, %v2935 fastmath<contract> : f32
          %v2939 = arith.muli %v73, %v34 : i64
          %v2940 = arith.addi %v2939, %v32 : i64
          %v2941 = arith.muli %v2940, %v95 : i64
          %v2942 = arith.addi %v2941, %v2922 : i64
          %v2943 = llvm.getelementptr %v25[%v2942] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2944 = llvm.load %v2943 : !llvm.ptr<3> -> f32
          %v2945 = llvm.load %v5 : !llvm.ptr -> f32
          %v2946 = arith.mulf %v2944, %v2945 fastmath<contract> : f32
          %v2947 = arith.addf %v2938, %v2946 fastmath<contract> : f32
          %v2951 = llvm.load %v6 : !llvm.ptr -> f32
          %v2952 = arith.mulf %v2950, %v2951 fastmath<contract> : f32
          %v2953 = arith.addf %v2947, %v2952 fastmath<contract> : f32
          %v2957 = llvm.load %v7 : !llvm.ptr -> f32
          %v2958 = arith.mulf %v2956, %v2957 fastmath<contract> : f32
          %v2959 = arith.addf %v2953, %v2958 fastmath<contract> : f32
          %v2960 = llvm.load %v8 : !llvm.ptr -> f32
          %v2961 = arith.mulf %v2929, %v2960 fastmath<contract> : f32
          %v2962 = llvm.load %v12 : !llvm.ptr -> f32
          %v2963 = arith.mulf %v2944, %v2962 fastmath<contract> : f32
          %v2964 = arith.addf %v2961, %v2963 fastmath<contract> : f32
          %v2965 = llvm.load %v16 : !llvm.ptr -> f32
          %v2966 = arith.mulf %v2950, %v2965 fastmath<contract> : f32
          %v2967 = arith.addf %v2964, %v2966 fastmath<contract> : f32
          %v2968 = llvm.load %v20 : !llvm.ptr -> f32
          %v2969 = arith.mulf %v2956, %v2968 fastmath<contract> : f32
          %v2970 = arith.addf %v2967, %v2969 fastmath<contract> : f32
          %v2971 = llvm.load %v9 : !llvm.ptr -> f32
          %v2972 = arith.mulf %v2929, %v2971 fastmath<contract> : f32
          %v2973 = llvm.load %v13 : !llvm.ptr -> f32
          %v2974 = arith.mulf %v2944, %v2973 fastmath<contract> : f32
          %v2975 = arith.addf %v2972, %v2974 fastmath<contract> : f32
          %v2976 = llvm.load %v17 : !llvm.ptr -> f32
          %v2977 = arith.mulf %v2950, %v2976 fastmath<contract> : f32
          %v2978 = arith.addf %v2975, %v2977 fastmath<contract> : f32
          %v2979 = llvm.load %v21 : !llvm.ptr -> f32
          %v2980 = arith.mulf %v2956, %v2979 fastmath<contract> : f32
          %v2981 = arith.addf %v2978, %v2980 fastmath<contract> : f32
          %v2982 = llvm.load %v10 : !llvm.ptr -> f32
          %v2983 = arith.mulf %v2929, %v2982 fastmath<contract> : f32
          %v2984 = llvm.load %v14 : !llvm.ptr -> f32
          %v2985 = arith.mulf %v2944, %v2984 fastmath<contract> : f32
          %v2986 = arith.addf %v2983, %v2985 fastmath<contract> : f32
          %v2987 = llvm.load %v18 : !llvm.ptr -> f32
          %v2988 = arith.mulf %v2950, %v2987 fastmath<contract> : f32
          %v2989 = arith.addf %v2986, %v2988 fastmath<contract> : f32
          %v2990 = llvm.load %v22 : !llvm.ptr -> f32
          %v2991 = arith.mulf %v2956, %v2990 fastmath<contract> : f32
          %v2992 = arith.addf %v2989, %v2991 fastmath<contract> : f32
          %v2993 = llvm.load %v11 : !llvm.ptr -> f32
          %v2994 = arith.mulf %v2929, %v2993 fastmath<contract> : f32
          %v2995 = llvm.load %v15 : !llvm.ptr -> f32
          %v2996 = arith.mulf %v2944, %v2995 fastmath<contract> : f32
          %v2997 = arith.addf %v2994, %v2996 fastmath<contract> : f32
          %v2998 = llvm.load %v19 : !llvm.ptr -> f32
          %v2999 = arith.mulf %v2950, %v2998 fastmath<contract> : f32
          %v3000 = arith.addf %v2997, %v2999 fastmath<contract> : f32
          %v3001 = llvm.load %v23 : !llvm.ptr -> f32
          %v3002 = arith.mulf %v2956, %v3001 fastmath<contract> : f32
          %v3003 = arith.addf %v3000, %v3002 fastmath<contract> : f32
          %v3004 = llvm.load %v5 : !llvm.ptr -> f32
          %v3005 = arith.mulf %v77, %v3004 fastmath<contract> : f32
          %v3006 = arith.addf %v3005, %v77 fastmath<contract> : f32
          %v3007 = llvm.load %v4 : !llvm.ptr -> f32
          %v3008 = arith.mulf %v78, %v3007 fastmath<contract> : f32
          %v3009 = arith.addf %v3006, %v3008 fastmath<contract> : f32
          %v3010 = llvm.load %v12 : !llvm.ptr -> f32
          %v3011 = arith.mulf %v77, %v3010 fastmath<contract> : f32
          %v3012 = llvm.load %v8 : !llvm.ptr -> f32
          %v3013 = arith.mulf %v78, %v3012 fastmath<contract> : f32
          %v3014 = arith.addf %v3011, %v3013 fastmath<contract> : f32
          %v3015 = llvm.load %v13 : !llvm.ptr -> f32
          %v3016 = arith.mulf %v77, %v3015 fastmath<contract> : f32
          %v3017 = llvm.load %v9 : !llvm.ptr -> f32
          %v3018 = arith.mulf %v78, %v3017 fastmath<contract> : f32
          %v3019 = arith.addf %v3016, %v3018 fastmath<contract> : f32
          %v3020 = llvm.load %v14 : !llvm.ptr -> f32
          %v3021 = arith.mulf %v77, %v3020 fastmath<contract> : f32
          %v3022 = llvm.load %v10 : !llvm.ptr -> f32
          %v3023 = arith.mulf %v78, %v3022 fastmath<contract> : f32
          %v3024 = arith.addf %v3021, %v3023 fastmath<contract> : f32
          %v3025 = llvm.load %v15 : !llvm.ptr -> f32
          %v3026 = arith.mulf %v77, %v3025 fastmath<contract> : f32
          %v3027 = llvm.load %v11 : !llvm.ptr -> f32
          %v3028 = arith.mulf %v78, %v3027 fastmath<contract> : f32
          %v3029 = arith.addf %v3026, %v3028 fastmath<contract> : f32
          %v3030 = llvm.load %v6 : !llvm.ptr -> f32
          %v3031 = arith.mulf %v77, %v3030 fastmath<contract> : f32
          %v3032 = arith.addf %v3031, %v2935 fastmath<contract> : f32
          %v3033 = llvm.load %v16 : !llvm.ptr -> f32
          %v3034 = arith.mulf %v77, %v3033 fastmath<contract> : f32
          %v3035 = llvm.load %v17 : !llvm.ptr -> f32
          %v3036 = arith.mulf %v77, %v3035 fastmath<contract> : f32
          %v3037 = llvm.load %v18 : !llvm.ptr -> f32
          %v3038 = arith.mulf %v77, %v3037 fastmath<contract> : f32
          %v3039 = llvm.load %v19 : !llvm.ptr -> f32
          %v3040 = arith.mulf %v77, %v3039 fastmath<contract> : f32
          %v3041 = llvm.load %v7 : !llvm.ptr -> f32
          %v3042 = arith.mulf %v77, %v3041 fastmath<contract> : f32
          %v3043 = arith.addf %v3042, %v77 fastmath<contract> : f32
          %v3044 = llvm.load %v6 : !llvm.ptr -> f32
          %v3045 = arith.mulf %v78, %v3044 fastmath<contract> : f32
          %v3046 = arith.addf %v3043, %v3045 fastmath<contract> : f32
          %v3047 = llvm.load %v20 : !llvm.ptr -> f32
          %v3048 = arith.mulf %v77, %v3047 fastmath<contract> : f32
          %v3049 = llvm.load %v16 : !llvm.ptr -> f32
          %v3050 = arith.mulf %v78, %v3049 fastmath<contract> : f32
          %v3051 = arith.addf %v3048, %v3050 fastmath<contract> : f32
          %v3052 = llvm.load %v21 : !llvm.ptr -> f32
          %v3053 = arith.mulf %v77, %v3052 fastmath<contract> : f32
          %v3054 = llvm.load %v17 : !llvm.ptr -> f32
          %v3055 = arith.mulf %v78, %v3054 fastmath<contract> : f32
          %v3056 = arith.addf %v3053, %v3055 fastmath<contract> : f32
          %v3057 = llvm.load %v22 : !llvm.ptr -> f32
          %v3058 = arith.mulf %v77, %v3057 fastmath<contract> : f32
          %v3059 = llvm.load %v18 : !llvm.ptr -> f32
          %v3060 = arith.mulf %v78, %v3059 fastmath<contract> : f32
          %v3061 = arith.addf %v3058, %v3060 fastmath<contract> : f32
          %v3062 = llvm.load %v23 : !llvm.ptr -> f32
          %v3063 = arith.mulf %v77, %v3062 fastmath<contract> : f32
          %v3064 = llvm.load %v19 : !llvm.ptr -> f32
          %v3065 = arith.mulf %v78, %v3064 fastmath<contract> : f32
          %v3066 = arith.addf %v3063, %v3065 fastmath<contract> : f32
          llvm.store %v2959, %v4 : f32, !llvm.ptr
          llvm.store %v2970, %v8 : f32, !llvm.ptr
          llvm.store %v2981, %v9 : f32, !llvm.ptr
          llvm.store %v2992, %v10 : f32, !llvm.ptr
          llvm.store %v3003, %v11 : f32, !llvm.ptr
          llvm.store %v3009, %v5 : f32, !llvm.ptr
          llvm.store %v3014, %v12 : f32, !llvm.ptr
          llvm.store %v3019, %v13 : f32, !llvm.ptr
          llvm.store %v3024, %v14 : f32, !llvm.ptr
          llvm.store %v3029, %v15 : f32, !llvm.ptr
          llvm.store %v3032, %v6 : f32, !llvm.ptr
          llvm.store %v3034, %v16 : f32, !llvm.ptr
          llvm.store %v3036, %v17 : f32, !llvm.ptr
          llvm.store %v3038, %v18 : f32, !llvm.ptr
          llvm.store %v3040, %v19 : f32, !llvm.ptr
          llvm.store %v3046, %v7 : f32, !llvm.ptr
          llvm.store %v3051, %v20 : f32, !llvm.ptr
          llvm.store %v3056, %v21 : f32, !llvm.ptr
          llvm.store %v3061, %v22 : f32, !llvm.ptr
          llvm.store %v3066, %v23 : f32, !llvm.ptr
        }
        gpu.barrier
        %v3067 = arith.addi %v49, %v32 : i64
        %v3068 = arith.divui %v3067, %v82 : i64
        %v3069 = arith.remui %v3067, %v82 : i64
        %v3070 = arith.addi %v49, %v3068 : i64
        %v3071 = arith.muli %v3070, %v95 : i64
        %v3072 = arith.addi %v3071, %v3069 : i64
        %v3073 = llvm.getelementptr %v25[%v3072] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1583, %v3073 : f32, !llvm.ptr<3>
        %v3074 = arith.addi %v34, %v32 : i64
        %v3075 = arith.divui %v3074, %v82 : i64
        %v3076 = arith.remui %v3074, %v82 : i64
        %v3077 = arith.addi %v49, %v3075 : i64
        %v3078 = arith.muli %v3077, %v95 : i64
        %v3079 = arith.addi %v3078, %v3076 : i64
        %v3080 = llvm.getelementptr %v25[%v3079] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1597, %v3080 : f32, !llvm.ptr<3>
        %v3081 = arith.addi %v1081, %v32 : i64
        %v3082 = arith.divui %v3081, %v82 : i64
        %v3083 = arith.remui %v3081, %v82 : i64
        %v3084 = arith.addi %v49, %v3082 : i64
        %v3085 = arith.muli %v3084, %v95 : i64
        %v3086 = arith.addi %v3085, %v3083 : i64
        %v3087 = llvm.getelementptr %v25[%v3086] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1611, %v3087 : f32, !llvm.ptr<3>
        %v3089 = arith.addi %v3088, %v32 : i64
        %v3090 = arith.divui %v3089, %v82 : i64
        %v3091 = arith.remui %v3089, %v82 : i64
        %v3092 = arith.addi %v49, %v3090 : i64
        %v3093 = arith.muli %v3092, %v95 : i64
        %v3094 = arith.addi %v3093, %v3091 : i64
        %v3095 = llvm.getelementptr %v25[%v3094] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1625, %v3095 : f32, !llvm.ptr<3>
        %v3096 = arith.addi %v28, %v32 : i64
        %v3097 = arith.divui %v3096, %v82 : i64
        %v3098 = arith.remui %v3096, %v82 : i64
        %v3099 = arith.addi %v49, %v3097 : i64
        %v3100 = arith.muli %v3099, %v95 : i64
        %v3101 = arith.addi %v3100, %v3098 : i64
        %v3102 = llvm.getelementptr %v25[%v3101] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1639, %v3102 : f32, !llvm.ptr<3>
        %v3104 = arith.addi %v3103, %v32 : i64
        %v3105 = arith.divui %v3104, %v82 : i64
        %v3106 = arith.remui %v3104, %v82 : i64
        %v3107 = arith.addi %v49, %v3105 : i64
        %v3108 = arith.muli %v3107, %v95 : i64
        %v3109 = arith.addi %v3108, %v3106 : i64
        %v3110 = llvm.getelementptr %v25[%v3109] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1653, %v3110 : f32, !llvm.ptr<3>
        %v3112 = arith.addi %v3111, %v32 : i64
        %v3113 = arith.divui %v3112, %v82 : i64
        %v3114 = arith.remui %v3112, %v82 : i64
        %v3115 = arith.addi %v49, %v3113 : i64
        %v3116 = arith.muli %v3115, %v95 : i64
        %v3117 = arith.addi %v3116, %v3114 : i64
        %v3118 = llvm.getelementptr %v25[%v3117] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1667, %v3118 : f32, !llvm.ptr<3>
        %v3120 = arith.addi %v3119, %v32 : i64
        %v3121 = arith.divui %v3120, %v82 : i64
        %v3122 = arith.remui %v3120, %v82 : i64
        %v3123 = arith.addi %v49, %v3121 : i64
        %v3124 = arith.muli %v3123, %v95 : i64
        %v3125 = arith.addi %v3124, %v3122 : i64
        %v3126 = llvm.getelementptr %v25[%v3125] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1681, %v3126 : f32, !llvm.ptr<3>
        %v3128 = arith.addi %v3127, %v32 : i64
        %v3129 = arith.divui %v3128, %v82 : i64
        %v3130 = arith.remui %v3128, %v82 : i64
        %v3131 = arith.addi %v49, %v3129 : i64
        %v3132 = arith.muli %v3131, %v95 : i64
        %v3133 = arith.addi %v3132, %v3130 : i64
        %v3134 = llvm.getelementptr %v25[%v3133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1695, %v3134 : f32, !llvm.ptr<3>
        %v3136 = arith.addi %v3135, %v32 : i64
        %v3137 = arith.divui %v3136, %v82 : i64
        %v3138 = arith.remui %v3136, %v82 : i64
        %v3139 = arith.addi %v49, %v3137 : i64
        %v3140 = arith.muli %v3139, %v95 : i64
        %v3141 = arith.addi %v3140, %v3138 : i64
        %v3142 = llvm.getelementptr %v25[%v3141] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1709, %v3142 : f32, !llvm.ptr<3>
        %v3144 = arith.addi %v3143, %v32 : i64
        %v3145 = arith.divui %v3144, %v82 : i64
        %v3146 = arith.remui %v3144, %v82 : i64
        %v3147 = arith.addi %v49, %v3145 : i64
        %v3148 = arith.muli %v3147, %v95 : i64
        %v3149 = arith.addi %v3148, %v3146 : i64
        %v3150 = llvm.getelementptr %v25[%v3149] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1723, %v3150 : f32, !llvm.ptr<3>
        %v3152 = arith.addi %v3151, %v32 : i64
        %v3153 = arith.divui %v3152, %v82 : i64
        %v3154 = arith.remui %v3152, %v82 : i64
        %v3155 = arith.addi %v49, %v3153 : i64
        %v3156 = arith.muli %v3155, %v95 : i64
        %v3157 = arith.addi %v3156, %v3154 : i64
        %v3158 = llvm.getelementptr %v25[%v3157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1737, %v3158 : f32, !llvm.ptr<3>
        %v3160 = arith.addi %v3159, %v32 : i64
        %v3161 = arith.divui %v3160, %v82 : i64
        %v3162 = arith.remui %v3160, %v82 : i64
        %v3163 = arith.addi %v49, %v3161 : i64
        %v3164 = arith.muli %v3163, %v95 : i64
        %v3165 = arith.addi %v3164, %v3162 : i64
        %v3166 = llvm.getelementptr %v25[%v3165] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1751, %v3166 : f32, !llvm.ptr<3>
        %v3168 = arith.addi %v3167, %v32 : i64
        %v3169 = arith.divui %v3168, %v82 : i64
        %v3170 = arith.remui %v3168, %v82 : i64
        %v3171 = arith.addi %v49, %v3169 : i64
        %v3172 = arith.muli %v3171, %v95 : i64
        %v3173 = arith.addi %v3172, %v3170 : i64
        %v3174 = llvm.getelementptr %v25[%v3173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1765, %v3174 : f32, !llvm.ptr<3>
        %v3176 = arith.addi %v3175, %v32 : i64
        %v3177 = arith.divui %v3176, %v82 : i64
        %v3178 = arith.remui %v3176, %v82 : i64
        %v3179 = arith.addi %v49, %v3177 : i64
        %v3180 = arith.muli %v3179, %v95 : i64
        %v3181 = arith.addi %v3180, %v3178 : i64
        %v3182 = llvm.getelementptr %v25[%v3181] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1779, %v3182 : f32, !llvm.ptr<3>
        %v3184 = arith.addi %v3183, %v32 : i64
        %v3185 = arith.divui %v3184, %v82 : i64
        %v3186 = arith.remui %v3184, %v82 : i64
        %v3187 = arith.addi %v49, %v3185 : i64
        %v3188 = arith.muli %v3187, %v95 : i64
        %v3189 = arith.addi %v3188, %v3186 : i64
        %v3190 = llvm.getelementptr %v25[%v3189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1793, %v3190 : f32, !llvm.ptr<3>
        %v3192 = arith.addi %v3191, %v32 : i64
        %v3193 = arith.divui %v3192, %v82 : i64
        %v3194 = arith.remui %v3192, %v82 : i64
        %v3195 = arith.addi %v49, %v3193 : i64
        %v3196 = arith.muli %v3195, %v95 : i64
        %v3197 = arith.addi %v3196, %v3194 : i64
        %v3198 = llvm.getelementptr %v25[%v3197] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1807, %v3198 : f32, !llvm.ptr<3>
        %v3200 = arith.addi %v3199, %v32 : i64
        %v3201 = arith.divui %v3200, %v82 : i64
        %v3202 = arith.remui %v3200, %v82 : i64
        %v3203 = arith.addi %v49, %v3201 : i64
        %v3204 = arith.muli %v3203, %v95 : i64
        %v3205 = arith.addi %v3204, %v3202 : i64
        %v3206 = llvm.getelementptr %v25[%v3205] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1821, %v3206 : f32, !llvm.ptr<3>
        %v3208 = arith.addi %v3207, %v32 : i64
        %v3209 = arith.divui %v3208, %v82 : i64
        %v3210 = arith.remui %v3208, %v82 : i64
        %v3211 = arith.addi %v49, %v3209 : i64
        %v3212 = arith.muli %v3211, %v95 : i64
        %v3213 = arith.addi %v3212, %v3210 : i64
        %v3214 = llvm.getelementptr %v25[%v3213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1835, %v3214 : f32, !llvm.ptr<3>
        %v3216 = arith.addi %v3215, %v32 : i64
        %v3217 = arith.divui %v3216, %v82 : i64
        %v3218 = arith.remui %v3216, %v82 : i64
        %v3219 = arith.addi %v49, %v3217 : i64
        %v3220 = arith.muli %v3219, %v95 : i64
        %v3221 = arith.addi %v3220, %v3218 : i64
        %v3222 = llvm.getelementptr %v25[%v3221] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1849, %v3222 : f32, !llvm.ptr<3>
        %v3224 = arith.addi %v3223, %v32 : i64
        %v3225 = arith.divui %v3224, %v82 : i64
        %v3226 = arith.remui %v3224, %v82 : i64
        %v3227 = arith.addi %v49, %v3225 : i64
        %v3228 = arith.muli %v3227, %v95 : i64
        %v3229 = arith.addi %v3228, %v3226 : i64
        %v3230 = llvm.getelementptr %v25[%v3229] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1863, %v3230 : f32, !llvm.ptr<3>
        %v3232 = arith.addi %v3231, %v32 : i64
        %v3233 = arith.divui %v3232, %v82 : i64
        %v3234 = arith.remui %v3232, %v82 : i64
        %v3235 = arith.addi %v49, %v3233 : i64
        %v3236 = arith.muli %v3235, %v95 : i64
        %v3237 = arith.addi %v3236, %v3234 : i64
        %v3238 = llvm.getelementptr %v25[%v3237] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1877, %v3238 : f32, !llvm.ptr<3>
        %v3240 = arith.addi %v3239, %v32 : i64
        %v3241 = arith.divui %v3240, %v82 : i64
        %v3242 = arith.remui %v3240, %v82 : i64
        %v3243 = arith.addi %v49, %v3241 : i64
        %v3244 = arith.muli %v3243, %v95 : i64
        %v3245 = arith.addi %v3244, %v3242 : i64
        %v3246 = llvm.getelementptr %v25[%v3245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1891, %v3246 : f32, !llvm.ptr<3>
        %v3248 = arith.addi %v3247, %v32 : i64
        %v3249 = arith.divui %v3248, %v82 : i64
        %v3250 = arith.remui %v3248, %v82 : i64
        %v3251 = arith.addi %v49, %v3249 : i64
        %v3252 = arith.muli %v3251, %v95 : i64
        %v3253 = arith.addi %v3252, %v3250 : i64
        %v3254 = llvm.getelementptr %v25[%v3253] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1905, %v3254 : f32, !llvm.ptr<3>
        %v3256 = arith.addi %v3255, %v32 : i64
        %v3257 = arith.divui %v3256, %v82 : i64
        %v3258 = arith.remui %v3256, %v82 : i64
        %v3259 = arith.addi %v49, %v3257 : i64
        %v3260 = arith.muli %v3259, %v95 : i64
        %v3261 = arith.addi %v3260, %v3258 : i64
        %v3262 = llvm.getelementptr %v25[%v3261] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1919, %v3262 : f32, !llvm.ptr<3>
        %v3264 = arith.addi %v3263, %v32 : i64
        %v3265 = arith.divui %v3264, %v82 : i64
        %v3266 = arith.remui %v3264, %v82 : i64
        %v3267 = arith.addi %v49, %v3265 : i64
        %v3268 = arith.muli %v3267, %v95 : i64
        %v3269 = arith.addi %v3268, %v3266 : i64
        %v3270 = llvm.getelementptr %v25[%v3269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1933, %v3270 : f32, !llvm.ptr<3>
        %v3272 = arith.addi %v3271, %v32 : i64
        %v3273 = arith.divui %v3272, %v82 : i64
        %v3274 = arith.remui %v3272, %v82 : i64
        %v3275 = arith.addi %v49, %v3273 : i64
        %v3276 = arith.muli %v3275, %v95 : i64
        %v3277 = arith.addi %v3276, %v3274 : i64
        %v3278 = llvm.getelementptr %v25[%v3277] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1947, %v3278 : f32, !llvm.ptr<3>
        %v3280 = arith.addi %v3279, %v32 : i64
        %v3281 = arith.divui %v3280, %v82 : i64
        %v3282 = arith.remui %v3280, %v82 : i64
        %v3283 = arith.addi %v49, %v3281 : i64
        %v3284 = arith.muli %v3283, %v95 : i64
        %v3285 = arith.addi %v3284, %v3282 : i64
        %v3286 = llvm.getelementptr %v25[%v3285] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1961, %v3286 : f32, !llvm.ptr<3>
        %v3288 = arith.addi %v3287, %v32 : i64
        %v3289 = arith.divui %v3288, %v82 : i64
        %v3290 = arith.remui %v3288, %v82 : i64
        %v3291 = arith.addi %v49, %v3289 : i64
        %v3292 = arith.muli %v3291, %v95 : i64
        %v3293 = arith.addi %v3292, %v3290 : i64
        %v3294 = llvm.getelementptr %v25[%v3293] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1975, %v3294 : f32, !llvm.ptr<3>
        %v3296 = arith.addi %v3295, %v32 : i64
        %v3297 = arith.divui %v3296, %v82 : i64
        %v3298 = arith.remui %v3296, %v82 : i64
        %v3299 = arith.addi %v49, %v3297 : i64
        %v3300 = arith.muli %v3299, %v95 : i64
        %v3301 = arith.addi %v3300, %v3298 : i64
        %v3302 = llvm.getelementptr %v25[%v3301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1989, %v3302 : f32, !llvm.ptr<3>
        %v3304 = arith.addi %v3303, %v32 : i64
        %v3305 = arith.divui %v3304, %v82 : i64
        %v3306 = arith.remui %v3304, %v82 : i64
        %v3307 = arith.addi %v49, %v3305 : i64
        %v3308 = arith.muli %v3307, %v95 : i64
        %v3309 = arith.addi %v3308, %v3306 : i64
        %v3310 = llvm.getelementptr %v25[%v3309] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2003, %v3310 : f32, !llvm.ptr<3>
        %v3312 = arith.addi %v3311, %v32 : i64
        %v3313 = arith.divui %v3312, %v82 : i64
        %v3314 = arith.remui %v3312, %v82 : i64
        %v3315 = arith.addi %v49, %v3313 : i64
        %v3316 = arith.muli %v3315, %v95 : i64
        %v3317 = arith.addi %v3316, %v3314 : i64
        %v3318 = llvm.getelementptr %v25[%v3317] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2017, %v3318 : f32, !llvm.ptr<3>
        %v3319 = arith.addi %v49, %v32 : i64
        %v3320 = arith.divui %v3319, %v82 : i64
        %v3321 = arith.remui %v3319, %v82 : i64
        %v3322 = arith.addi %v34, %v3320 : i64
        %v3323 = arith.muli %v3322, %v95 : i64
        %v3324 = arith.addi %v3323, %v3321 : i64
        %v3325 = llvm.getelementptr %v25[%v3324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2033, %v3325 : f32, !llvm.ptr<3>
        %v3326 = arith.addi %v34, %v32 : i64
        %v3327 = arith.divui %v3326, %v82 : i64
        %v3328 = arith.remui %v3326, %v82 : i64
        %v3329 = arith.addi %v34, %v3327 : i64
        %v3330 = arith.muli %v3329, %v95 : i64
        %v3331 = arith.addi %v3330, %v3328 : i64
        %v3332 = llvm.getelementptr %v25[%v3331] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2047, %v3332 : f32, !llvm.ptr<3>
        %v3333 = arith.addi %v1081, %v32 : i64
        %v3334 = arith.divui %v3333, %v82 : i64
        %v3335 = arith.remui %v3333, %v82 : i64
        %v3336 = arith.addi %v34, %v3334 : i64
        %v3337 = arith.muli %v3336, %v95 : i64
        %v3338 = arith.addi %v3337, %v3335 : i64
        %v3339 = llvm.getelementptr %v25[%v3338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2061, %v3339 : f32, !llvm.ptr<3>
        %v3340 = arith.addi %v3088, %v32 : i64
        %v3341 = arith.divui %v3340, %v82 : i64
        %v3342 = arith.remui %v3340, %v82 : i64
        %v3343 = arith.addi %v34, %v3341 : i64
        %v3344 = arith.muli %v3343, %v95 : i64
        %v3345 = arith.addi %v3344, %v3342 : i64
        %v3346 = llvm.getelementptr %v25[%v3345] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2075, %v3346 : f32, !llvm.ptr<3>
        %v3347 = arith.addi %v28, %v32 : i64
        %v3348 = arith.divui %v3347, %v82 : i64
        %v3349 = arith.remui %v3347, %v82 : i64
        %v3350 = arith.addi %v34, %v3348 : i64
        %v3351 = arith.muli %v3350, %v95 : i64
        %v3352 = arith.addi %v3351, %v3349 : i64
        %v3353 = llvm.getelementptr %v25[%v3352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2089, %v3353 : f32, !llvm.ptr<3>
        %v3354 = arith.addi %v3103, %v32 : i64
        %v3355 = arith.divui %v3354, %v82 : i64
        %v3356 = arith.remui %v3354, %v82 : i64
        %v3357 = arith.addi %v34, %v3355 : i64
        %v3358 = arith.muli %v3357, %v95 : i64
        %v3359 = arith.addi %v3358, %v3356 : i64
        %v3360 = llvm.getelementptr %v25[%v3359] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2103, %v3360 : f32, !llvm.ptr<3>
        %v3361 = arith.addi %v3111, %v32 : i64
        %v3362 = arith.divui %v3361, %v82 : i64
        %v3363 = arith.remui %v3361, %v82 : i64
        %v3364 = arith.addi %v34, %v3362 : i64
        %v3365 = arith.muli %v3364, %v95 : i64
        %v3366 = arith.addi %v3365, %v3363 : i64
        %v3367 = llvm.getelementptr %v25[%v3366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2117, %v3367 : f32, !llvm.ptr<3>
        %v3368 = arith.addi %v3119, %v32 : i64
        %v3369 = arith.divui %v3368, %v82 : i64
        %v3370 = arith.remui %v3368, %v82 : i64
        %v3371 = arith.addi %v34, %v3369 : i64
        %v3372 = arith.muli %v3371, %v95 : i64
        %v3373 = arith.addi %v3372, %v3370 : i64
        %v3374 = llvm.getelementptr %v25[%v3373] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2131, %v3374 : f32, !llvm.ptr<3>
        %v3375 = arith.addi %v3127, %v32 : i64
        %v3376 = arith.divui %v3375, %v82 : i64
        %v3377 = arith.remui %v3375, %v82 : i64
        %v3378 = arith.addi %v34, %v3376 : i64
        %v3379 = arith.muli %v3378, %v95 : i64
        %v3380 = arith.addi %v3379, %v3377 : i64
        %v3381 = llvm.getelementptr %v25[%v3380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2145, %v3381 : f32, !llvm.ptr<3>
        %v3382 = arith.addi %v3135, %v32 : i64
        %v3383 = arith.divui %v3382, %v82 : i64
        %v3384 = arith.remui %v3382, %v82 : i64
        %v3385 = arith.addi %v34, %v3383 : i64
        %v3386 = arith.muli %v3385, %v95 : i64
        %v3387 = arith.addi %v3386, %v3384 : i64
        %v3388 = llvm.getelementptr %v25[%v3387] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2159, %v3388 : f32, !llvm.ptr<3>
        %v3389 = arith.addi %v3143, %v32 : i64
        %v3390 = arith.divui %v3389, %v82 : i64
        %v3391 = arith.remui %v3389, %v82 : i64
        %v3392 = arith.addi %v34, %v3390 : i64
        %v3393 = arith.muli %v3392, %v95 : i64
        %v3394 = arith.addi %v3393, %v3391 : i64
        %v3395 = llvm.getelementptr %v25[%v3394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2173, %v3395 : f32, !llvm.ptr<3>
        %v3396 = arith.addi %v3151, %v32 : i64
        %v3397 = arith.divui %v3396, %v82 : i64
        %v3398 = arith.remui %v3396, %v82 : i64
        %v3399 = arith.addi %v34, %v3397 : i64
        %v3400 = arith.muli %v3399, %v95 : i64
        %v3401 = arith.addi %v3400, %v3398 : i64
        %v3402 = llvm.getelementptr %v25[%v3401] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2187, %v3402 : f32, !llvm.ptr<3>
        %v3403 = arith.addi %v3159, %v32 : i64
        %v3404 = arith.divui %v3403, %v82 : i64
        %v3405 = arith.remui %v3403, %v82 : i64
        %v3406 = arith.addi %v34, %v3404 : i64
        %v3407 = arith.muli %v3406, %v95 : i64
        %v3408 = arith.addi %v3407, %v3405 : i64
        %v3409 = llvm.getelementptr %v25[%v3408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2201, %v3409 : f32, !llvm.ptr<3>
        %v3410 = arith.addi %v3167, %v32 : i64
        %v3411 = arith.divui %v3410, %v82 : i64
        %v3412 = arith.remui %v3410, %v82 : i64
        %v3413 = arith.addi %v34, %v3411 : i64
        %v3414 = arith.muli %v3413, %v95 : i64
        %v3415 = arith.addi %v3414, %v3412 : i64
        %v3416 = llvm.getelementptr %v25[%v3415] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2215, %v3416 : f32, !llvm.ptr<3>
        %v3417 = arith.addi %v3175, %v32 : i64
        %v3418 = arith.divui %v3417, %v82 : i64
        %v3419 = arith.remui %v3417, %v82 : i64
        %v3420 = arith.addi %v34, %v3418 : i64
        %v3421 = arith.muli %v3420, %v95 : i64
        %v3422 = arith.addi %v3421, %v3419 : i64
        %v3423 = llvm.getelementptr %v25[%v3422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2229, %v3423 : f32, !llvm.ptr<3>
        %v3424 = arith.addi %v3183, %v32 : i64
        %v3425 = arith.divui %v3424, %v82 : i64
        %v3426 = arith.remui %v3424, %v82 : i64
        %v3427 = arith.addi %v34, %v3425 : i64
        %v3428 = arith.muli %v3427, %v95 : i64
        %v3429 = arith.addi %v3428, %v3426 : i64
        %v3430 = llvm.getelementptr %v25[%v3429] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2243, %v3430 : f32, !llvm.ptr<3>
        %v3431 = arith.addi %v3191, %v32 : i64
        %v3432 = arith.divui %v3431, %v82 : i64
        %v3433 = arith.remui %v3431, %v82 : i64
        %v3434 = arith.addi %v34, %v3432 : i64
        %v3435 = arith.muli %v3434, %v95 : i64
        %v3436 = arith.addi %v3435, %v3433 : i64
        %v3437 = llvm.getelementptr %v25[%v3436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2257, %v3437 : f32, !llvm.ptr<3>
        %v3438 = arith.addi %v3199, %v32 : i64
        %v3439 = arith.divui %v3438, %v82 : i64
        %v3440 = arith.remui %v3438, %v82 : i64
        %v3441 = arith.addi %v34, %v3439 : i64
        %v3442 = arith.muli %v3441, %v95 : i64
        %v3443 = arith.addi %v3442, %v3440 : i64
        %v3444 = llvm.getelementptr %v25[%v3443] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2271, %v3444 : f32, !llvm.ptr<3>
        %v3445 = arith.addi %v3207, %v32 : i64
        %v3446 = arith.divui %v3445, %v82 : i64
        %v3447 = arith.remui %v3445, %v82 : i64
        %v3448 = arith.addi %v34, %v3446 : i64
        %v3449 = arith.muli %v3448, %v95 : i64
        %v3450 = arith.addi %v3449, %v3447 : i64
        %v3451 = llvm.getelementptr %v25[%v3450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2285, %v3451 : f32, !llvm.ptr<3>
        %v3452 = arith.addi %v3215, %v32 : i64
        %v3453 = arith.divui %v3452, %v82 : i64
        %v3454 = arith.remui %v3452, %v82 : i64
        %v3455 = arith.addi %v34, %v3453 : i64
        %v3456 = arith.muli %v3455, %v95 : i64
        %v3457 = arith.addi %v3456, %v3454 : i64
        %v3458 = llvm.getelementptr %v25[%v3457] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2299, %v3458 : f32, !llvm.ptr<3>
        %v3459 = arith.addi %v3223, %v32 : i64
        %v3460 = arith.divui %v3459, %v82 : i64
        %v3461 = arith.remui %v3459, %v82 : i64
        %v3462 = arith.addi %v34, %v3460 : i64
        %v3463 = arith.muli %v3462, %v95 : i64
        %v3464 = arith.addi %v3463, %v3461 : i64
        %v3465 = llvm.getelementptr %v25[%v3464] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2313, %v3465 : f32, !llvm.ptr<3>
        %v3466 = arith.addi %v3231, %v32 : i64
        %v3467 = arith.divui %v3466, %v82 : i64
        %v3468 = arith.remui %v3466, %v82 : i64
        %v3469 = arith.addi %v34, %v3467 : i64
        %v3470 = arith.muli %v3469, %v95 : i64
        %v3471 = arith.addi %v3470, %v3468 : i64
        %v3472 = llvm.getelementptr %v25[%v3471] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2327, %v3472 : f32, !llvm.ptr<3>
        %v3473 = arith.addi %v3239, %v32 : i64
        %v3474 = arith.divui %v3473, %v82 : i64
        %v3475 = arith.remui %v3473, %v82 : i64
        %v3476 = arith.addi %v34, %v3474 : i64
        %v3477 = arith.muli %v3476, %v95 : i64
        %v3478 = arith.addi %v3477, %v3475 : i64
        %v3479 = llvm.getelementptr %v25[%v3478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2341, %v3479 : f32, !llvm.ptr<3>
        %v3480 = arith.addi %v3247, %v32 : i64
        %v3481 = arith.divui %v3480, %v82 : i64
        %v3482 = arith.remui %v3480, %v82 : i64
        %v3483 = arith.addi %v34, %v3481 : i64
        %v3484 = arith.muli %v3483, %v95 : i64
        %v3485 = arith.addi %v3484, %v3482 : i64
        %v3486 = llvm.getelementptr %v25[%v3485] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2355, %v3486 : f32, !llvm.ptr<3>
        %v3487 = arith.addi %v3255, %v32 : i64
        %v3488 = arith.divui %v3487, %v82 : i64
        %v3489 = arith.remui %v3487, %v82 : i64
        %v3490 = arith.addi %v34, %v3488 : i64
        %v3491 = arith.muli %v3490, %v95 : i64
        %v3492 = arith.addi %v3491, %v3489 : i64
        %v3493 = llvm.getelementptr %v25[%v3492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2369, %v3493 : f32, !llvm.ptr<3>
        %v3494 = arith.addi %v3263, %v32 : i64
        %v3495 = arith.divui %v3494, %v82 : i64
        %v3496 = arith.remui %v3494, %v82 : i64
        %v3497 = arith.addi %v34, %v3495 : i64
        %v3498 = arith.muli %v3497, %v95 : i64
        %v3499 = arith.addi %v3498, %v3496 : i64
        %v3500 = llvm.getelementptr %v25[%v3499] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2383, %v3500 : f32, !llvm.ptr<3>
        %v3501 = arith.addi %v3271, %v32 : i64
        %v3502 = arith.divui %v3501, %v82 : i64
        %v3503 = arith.remui %v3501, %v82 : i64
        %v3504 = arith.addi %v34, %v3502 : i64
        %v3505 = arith.muli %v3504, %v95 : i64
        %v3506 = arith.addi %v3505, %v3503 : i64
        %v3507 = llvm.getelementptr %v25[%v3506] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2397, %v3507 : f32, !llvm.ptr<3>
        %v3508 = arith.addi %v3279, %v32 : i64
        %v3509 = arith.divui %v3508, %v82 : i64
        %v3510 = arith.remui %v3508, %v82 : i64
        %v3511 = arith.addi %v34, %v3509 : i64
        %v3512 = arith.muli %v3511, %v95 : i64
        %v3513 = arith.addi %v3512, %v3510 : i64
        %v3514 = llvm.getelementptr %v25[%v3513] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2411, %v3514 : f32, !llvm.ptr<3>
        %v3515 = arith.addi %v3287, %v32 : i64
        %v3516 = arith.divui %v3515, %v82 : i64
        %v3517 = arith.remui %v3515, %v82 : i64
        %v3518 = arith.addi %v34, %v3516 : i64
        %v3519 = arith.muli %v3518, %v95 : i64
        %v3520 = arith.addi %v3519, %v3517 : i64
        %v3521 = llvm.getelementptr %v25[%v3520] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2425, %v3521 : f32, !llvm.ptr<3>
        %v3522 = arith.addi %v3295, %v32 : i64
        %v3523 = arith.divui %v3522, %v82 : i64
        %v3524 = arith.remui %v3522, %v82 : i64
        %v3525 = arith.addi %v34, %v3523 : i64
        %v3526 = arith.muli %v3525, %v95 : i64
        %v3527 = arith.addi %v3526, %v3524 : i64
        %v3528 = llvm.getelementptr %v25[%v3527] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2439, %v3528 : f32, !llvm.ptr<3>
        %v3529 = arith.addi %v3303, %v32 : i64
        %v3530 = arith.divui %v3529, %v82 : i64
        %v3531 = arith.remui %v3529, %v82 : i64
        %v3532 = arith.addi %v34, %v3530 : i64
        %v3533 = arith.muli %v3532, %v95 : i64
        %v3534 = arith.addi %v3533, %v3531 : i64
        %v3535 = llvm.getelementptr %v25[%v3534] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2453, %v3535 : f32, !llvm.ptr<3>
        %v3536 = arith.addi %v3311, %v32 : i64
        %v3537 = arith.divui %v3536, %v82 : i64
        %v3538 = arith.remui %v3536, %v82 : i64
        %v3539 = arith.addi %v34, %v3537 : i64
        %v3540 = arith.muli %v3539, %v95 : i64
        %v3541 = arith.addi %v3540, %v3538 : i64
        %v3542 = llvm.getelementptr %v25[%v3541] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2467, %v3542 : f32, !llvm.ptr<3>
        %v3543 = arith.addi %v49, %v32 : i64
        %v3544 = arith.divui %v3543, %v82 : i64
        %v3545 = arith.remui %v3543, %v82 : i64
        %v3546 = arith.addi %v1081, %v3544 : i64
        %v3547 = arith.muli %v3546, %v95 : i64
        %v3548 = arith.addi %v3547, %v3545 : i64
        %v3549 = llvm.getelementptr %v25[%v3548] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2483, %v3549 : f32, !llvm.ptr<3>
        %v3550 = arith.addi %v34, %v32 : i64
        %v3551 = arith.divui %v3550, %v82 : i64
        %v3552 = arith.remui %v3550, %v82 : i64
        %v3553 = arith.addi %v1081, %v3551 : i64
        %v3554 = arith.muli %v3553, %v95 : i64
        %v3555 = arith.addi %v3554, %v3552 : i64
        %v3556 = llvm.getelementptr %v25[%v3555] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2497, %v3556 : f32, !llvm.ptr<3>
        %v3557 = arith.addi %v1081, %v32 : i64
        %v3558 = arith.divui %v3557, %v82 : i64
        %v3559 = arith.remui %v3557, %v82 : i64
        %v3560 = arith.addi %v1081, %v3558 : i64
        %v3561 = arith.muli %v3560, %v95 : i64
        %v3562 = arith.addi %v3561, %v3559 : i64
        %v3563 = llvm.getelementptr %v25[%v3562] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2511, %v3563 : f32, !llvm.ptr<3>
        %v3564 = arith.addi %v3088, %v32 : i64
        %v3565 = arith.divui %v3564, %v82 : i64
        %v3566 = arith.remui %v3564, %v82 : i64
        %v3567 = arith.addi %v1081, %v3565 : i64
        %v3568 = arith.muli %v3567, %v95 : i64
        %v3569 = arith.addi %v3568, %v3566 : i64
        %v3570 = llvm.getelementptr %v25[%v3569] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2525, %v3570 : f32, !llvm.ptr<3>
        %v3571 = arith.addi %v28, %v32 : i64
        %v3572 = arith.divui %v3571, %v82 : i64
        %v3573 = arith.remui %v3571, %v82 : i64
        %v3574 = arith.addi %v1081, %v3572 : i64
        %v3575 = arith.muli %v3574, %v95 : i64
        %v3576 = arith.addi %v3575, %v3573 : i64
        %v3577 = llvm.getelementptr %v25[%v3576] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2539, %v3577 : f32, !llvm.ptr<3>
        %v3578 = arith.addi %v3103, %v32 : i64
        %v3579 = arith.divui %v3578, %v82 : i64
        %v3580 = arith.remui %v3578, %v82 : i64
        %v3581 = arith.addi %v1081, %v3579 : i64
        %v3582 = arith.muli %v3581, %v95 : i64
        %v3583 = arith.addi %v3582, %v3580 : i64
        %v3584 = llvm.getelementptr %v25[%v3583] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2553, %v3584 : f32, !llvm.ptr<3>
        %v3585 = arith.addi %v3111, %v32 : i64
        %v3586 = arith.divui %v3585, %v82 : i64
        %v3587 = arith.remui %v3585, %v82 : i64
        %v3588 = arith.addi %v1081, %v3586 : i64
        %v3589 = arith.muli %v3588, %v95 : i64
        %v3590 = arith.addi %v3589, %v3587 : i64
        %v3591 = llvm.getelementptr %v25[%v3590] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2567, %v3591 : f32, !llvm.ptr<3>
        %v3592 = arith.addi %v3119, %v32 : i64
        %v3593 = arith.divui %v3592, %v82 : i64
        %v3594 = arith.remui %v3592, %v82 : i64
        %v3595 = arith.addi %v1081, %v3593 : i64
        %v3596 = arith.muli %v3595, %v95 : i64
        %v3597 = arith.addi %v3596, %v3594 : i64
        %v3598 = llvm.getelementptr %v25[%v3597] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2581, %v3598 : f32, !llvm.ptr<3>
        %v3599 = arith.addi %v3127, %v32 : i64
        %v3600 = arith.divui %v3599, %v82 : i64
        %v3601 = arith.remui %v3599, %v82 : i64
        %v3602 = arith.addi %v1081, %v3600 : i64
        %v3603 = arith.muli %v3602, %v95 : i64
        %v3604 = arith.addi %v3603, %v3601 : i64
        %v3605 = llvm.getelementptr %v25[%v3604] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2595, %v3605 : f32, !llvm.ptr<3>
        %v3606 = arith.addi %v3135, %v32 : i64
        %v3607 = arith.divui %v3606, %v82 : i64
        %v3608 = arith.remui %v3606, %v82 : i64
        %v3609 = arith.addi %v1081, %v3607 : i64
        %v3610 = arith.muli %v3609, %v95 : i64
        %v3611 = arith.addi %v3610, %v3608 : i64
        %v3612 = llvm.getelementptr %v25[%v3611] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2609, %v3612 : f32, !llvm.ptr<3>
        %v3613 = arith.addi %v3143, %v32 : i64
        %v3614 = arith.divui %v3613, %v82 : i64
        %v3615 = arith.remui %v3613, %v82 : i64
        %v3616 = arith.addi %v1081, %v3614 : i64
        %v3617 = arith.muli %v3616, %v95 : i64
        %v3618 = arith.addi %v3617, %v3615 : i64
        %v3619 = llvm.getelementptr %v25[%v3618] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2623, %v3619 : f32, !llvm.ptr<3>
        %v3620 = arith.addi %v3151, %v32 : i64
        %v3621 = arith.divui %v3620, %v82 : i64
        %v3622 = arith.remui %v3620, %v82 : i64
        %v3623 = arith.addi %v1081, %v3621 : i64
        %v3624 = arith.muli %v3623, %v95 : i64
        %v3625 = arith.addi %v3624, %v3622 : i64
        %v3626 = llvm.getelementptr %v25[%v3625] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2637, %v3626 : f32, !llvm.ptr<3>
        %v3627 = arith.addi %v3159, %v32 : i64
        %v3628 = arith.divui %v3627, %v82 : i64
        %v3629 = arith.remui %v3627, %v82 : i64
        %v3630 = arith.addi %v1081, %v3628 : i64
        %v3631 = arith.muli %v3630, %v95 : i64
        %v3632 = arith.addi %v3631, %v3629 : i64
        %v3633 = llvm.getelementptr %v25[%v3632] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2651, %v3633 : f32, !llvm.ptr<3>
        %v3634 = arith.addi %v3167, %v32 : i64
        %v3635 = arith.divui %v3634, %v82 : i64
        %v3636 = arith.remui %v3634, %v82 : i64
        %v3637 = arith.addi %v1081, %v3635 : i64
        %v3638 = arith.muli %v3637, %v95 : i64
        %v3639 = arith.addi %v3638, %v3636 : i64
        %v3640 = llvm.getelementptr %v25[%v3639] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2665, %v3640 : f32, !llvm.ptr<3>
        %v3641 = arith.addi %v3175, %v32 : i64
        %v3642 = arith.divui %v3641, %v82 : i64
        %v3643 = arith.remui %v3641, %v82 : i64
        %v3644 = arith.addi %v1081, %v3642 : i64
        %v3645 = arith.muli %v3644, %v95 : i64
        %v3646 = arith.addi %v3645, %v3643 : i64
        %v3647 = llvm.getelementptr %v25[%v3646] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2679, %v3647 : f32, !llvm.ptr<3>
        %v3648 = arith.addi %v3183, %v32 : i64
        %v3649 = arith.divui %v3648, %v82 : i64
        %v3650 = arith.remui %v3648, %v82 : i64
        %v3651 = arith.addi %v1081, %v3649 : i64
        %v3652 = arith.muli %v3651, %v95 : i64
        %v3653 = arith.addi %v3652, %v3650 : i64
        %v3654 = llvm.getelementptr %v25[%v3653] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2693, %v3654 : f32, !llvm.ptr<3>
        %v3655 = arith.addi %v3191, %v32 : i64
        %v3656 = arith.divui %v3655, %v82 : i64
        %v3657 = arith.remui %v3655, %v82 : i64
        %v3658 = arith.addi %v1081, %v3656 : i64
        %v3659 = arith.muli %v3658, %v95 : i64
        %v3660 = arith.addi %v3659, %v3657 : i64
        %v3661 = llvm.getelementptr %v25[%v3660] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2707, %v3661 : f32, !llvm.ptr<3>
        %v3662 = arith.addi %v3199, %v32 : i64
        %v3663 = arith.divui %v3662, %v82 : i64
        %v3664 = arith.remui %v3662, %v82 : i64
        %v3665 = arith.addi %v1081, %v3663 : i64
        %v3666 = arith.muli %v3665, %v95 : i64
        %v3667 = arith.addi %v3666, %v3664 : i64
        %v3668 = llvm.getelementptr %v25[%v3667] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2721, %v3668 : f32, !llvm.ptr<3>
        %v3669 = arith.addi %v3207, %v32 : i64
        %v3670 = arith.divui %v3669, %v82 : i64
        %v3671 = arith.remui %v3669, %v82 : i64
        %v3672 = arith.addi %v1081, %v3670 : i64
        %v3673 = arith.muli %v3672, %v95 : i64
        %v3674 = arith.addi %v3673, %v3671 : i64
        %v3675 = llvm.getelementptr %v25[%v3674] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2735, %v3675 : f32, !llvm.ptr<3>
        %v3676 = arith.addi %v3215, %v32 : i64
        %v3677 = arith.divui %v3676, %v82 : i64
        %v3678 = arith.remui %v3676, %v82 : i64
        %v3679 = arith.addi %v1081, %v3677 : i64
        %v3680 = arith.muli %v3679, %v95 : i64
        %v3681 = arith.addi %v3680, %v3678 : i64
        %v3682 = llvm.getelementptr %v25[%v3681] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2749, %v3682 : f32, !llvm.ptr<3>
        %v3683 = arith.addi %v3223, %v32 : i64
        %v3684 = arith.divui %v3683, %v82 : i64
        %v3685 = arith.remui %v3683, %v82 : i64
        %v3686 = arith.addi %v1081, %v3684 : i64
        %v3687 = arith.muli %v3686, %v95 : i64
        %v3688 = arith.addi %v3687, %v3685 : i64
        %v3689 = llvm.getelementptr %v25[%v3688] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2763, %v3689 : f32, !llvm.ptr<3>
        %v3690 = arith.addi %v3231, %v32 : i64
        %v3691 = arith.divui %v3690, %v82 : i64
        %v3692 = arith.remui %v3690, %v82 : i64
        %v3693 = arith.addi %v1081, %v3691 : i64
        %v3694 = arith.muli %v3693, %v95 : i64
        %v3695 = arith.addi %v3694, %v3692 : i64
        %v3696 = llvm.getelementptr %v25[%v3695] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2777, %v3696 : f32, !llvm.ptr<3>
        %v3697 = arith.addi %v3239, %v32 : i64
        %v3698 = arith.divui %v3697, %v82 : i64
        %v3699 = arith.remui %v3697, %v82 : i64
        %v3700 = arith.addi %v1081, %v3698 : i64
        %v3701 = arith.muli %v3700, %v95 : i64
        %v3702 = arith.addi %v3701, %v3699 : i64
        %v3703 = llvm.getelementptr %v25[%v3702] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2791, %v3703 : f32, !llvm.ptr<3>
        %v3704 = arith.addi %v3247, %v32 : i64
        %v3705 = arith.divui %v3704, %v82 : i64
        %v3706 = arith.remui %v3704, %v82 : i64
        %v3707 = arith.addi %v1081, %v3705 : i64
        %v3708 = arith.muli %v3707, %v95 : i64
        %v3709 = arith.addi %v3708, %v3706 : i64
        %v3710 = llvm.getelementptr %v25[%v3709] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2805, %v3710 : f32, !llvm.ptr<3>
        %v3711 = arith.addi %v3255, %v32 : i64
        %v3712 = arith.divui %v3711, %v82 : i64
        %v3713 = arith.remui %v3711, %v82 : i64
        %v3714 = arith.addi %v1081, %v3712 : i64
        %v3715 = arith.muli %v3714, %v95 : i64
        %v3716 = arith.addi %v3715, %v3713 : i64
        %v3717 = llvm.getelementptr %v25[%v3716] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2819, %v3717 : f32, !llvm.ptr<3>
        %v3718 = arith.addi %v3263, %v32 : i64
        %v3719 = arith.divui %v3718, %v82 : i64
        %v3720 = arith.remui %v3718, %v82 : i64
        %v3721 = arith.addi %v1081, %v3719 : i64
        %v3722 = arith.muli %v3721, %v95 : i64
        %v3723 = arith.addi %v3722, %v3720 : i64
        %v3724 = llvm.getelementptr %v25[%v3723] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2833, %v3724 : f32, !llvm.ptr<3>
        %v3725 = arith.addi %v3271, %v32 : i64
        %v3726 = arith.divui %v3725, %v82 : i64
        %v3727 = arith.remui %v3725, %v82 : i64
        %v3728 = arith.addi %v1081, %v3726 : i64
        %v3729 = arith.muli %v3728, %v95 : i64
        %v3730 = arith.addi %v3729, %v3727 : i64
        %v3731 = llvm.getelementptr %v25[%v3730] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2847, %v3731 : f32, !llvm.ptr<3>
        %v3732 = arith.addi %v3279, %v32 : i64
        %v3733 = arith.divui %v3732, %v82 : i64
        %v3734 = arith.remui %v3732, %v82 : i64
        %v3735 = arith.addi %v1081, %v3733 : i64
        %v3736 = arith.muli %v3735, %v95 : i64
        %v3737 = arith.addi %v3736, %v3734 : i64
        %v3738 = llvm.getelementptr %v25[%v3737] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2861, %v3738 : f32, !llvm.ptr<3>
        %v3739 = arith.addi %v3287, %v32 : i64
        %v3740 = arith.divui %v3739, %v82 : i64
        %v3741 = arith.remui %v3739, %v82 : i64
        %v3742 = arith.addi %v1081, %v3740 : i64
        %v3743 = arith.muli %v3742, %v95 : i64
        %v3744 = arith.addi %v3743, %v3741 : i64
        %v3745 = llvm.getelementptr %v25[%v3744] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2875, %v3745 : f32, !llvm.ptr<3>
        %v3746 = arith.addi %v3295, %v32 : i64
        %v3747 = arith.divui %v3746, %v82 : i64
        %v3748 = arith.remui %v3746, %v82 : i64
        %v3749 = arith.addi %v1081, %v3747 : i64
        %v3750 = arith.muli %v3749, %v95 : i64
        %v3751 = arith.addi %v3750, %v3748 : i64
        %v3752 = llvm.getelementptr %v25[%v3751] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2889, %v3752 : f32, !llvm.ptr<3>
        %v3753 = arith.addi %v3303, %v32 : i64
        %v3754 = arith.divui %v3753, %v82 : i64
        %v3755 = arith.remui %v3753, %v82 : i64
        %v3756 = arith.addi %v1081, %v3754 : i64
        %v3757 = arith.muli %v3756, %v95 : i64
        %v3758 = arith.addi %v3757, %v3755 : i64
        %v3759 = llvm.getelementptr %v25[%v3758] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2903, %v3759 : f32, !llvm.ptr<3>
        %v3760 = arith.addi %v3311, %v32 : i64
        %v3761 = arith.divui %v3760, %v82 : i64
        %v3762 = arith.remui %v3760, %v82 : i64
        %v3763 = arith.addi %v1081, %v3761 : i64
        %v3764 = arith.muli %v3763, %v95 : i64
        %v3765 = arith.addi %v3764, %v3762 : i64
        %v3766 = llvm.getelementptr %v25[%v3765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2917, %v3766 : f32, !llvm.ptr<3>
        gpu.barrier
      }
      scf.if %v42 {
        %v3767 = arith.muli %v38, %v3 : i64
        %v3768 = arith.subi %v3, %v1 : i64
        %v3769 = arith.minsi %v41, %v3768 : i64
        %v3770 = arith.addi %v3767, %v3769 : i64
        %v3771 = arith.muli %v3770, %v1 : i64
        %v3772 = arith.addi %v3771, %v49 : i64
        %v3773 = arith.muli %v38, %v3 : i64
        %v3774 = arith.subi %v3, %v1 : i64
        %v3775 = arith.minsi %v41, %v3774 : i64
        %v3776 = arith.addi %v3773, %v3775 : i64
        %v3777 = arith.muli %v3776, %v114 : i64
        %v3778 = arith.addi %v3777, %v49 : i64
        %v3779 = llvm.load %v8 : !llvm.ptr -> f32
        %v3780 = llvm.getelementptr %agga_h[%v3778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3779, %v3780 : f32, !llvm.ptr
        %v3781 = arith.muli %v38, %v3 : i64
        %v3782 = arith.subi %v3, %v1 : i64
        %v3783 = arith.minsi %v41, %v3782 : i64
        %v3784 = arith.addi %v3781, %v3783 : i64
        %v3785 = arith.muli %v3784, %v114 : i64
        %v3786 = arith.addi %v3785, %v1 : i64
        %v3787 = llvm.load %v9 : !llvm.ptr -> f32
        %v3788 = llvm.getelementptr %agga_h[%v3786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3787, %v3788 : f32, !llvm.ptr
        %v3789 = arith.muli %v38, %v3 : i64
        %v3790 = arith.subi %v3, %v1 : i64
        %v3791 = arith.minsi %v41, %v3790 : i64
        %v3792 = arith.addi %v3789, %v3791 : i64
        %v3793 = arith.muli %v3792, %v114 : i64
        %v3794 = arith.addi %v3793, %v73 : i64
        %v3795 = llvm.load %v10 : !llvm.ptr -> f32
        %v3796 = llvm.getelementptr %agga_h[%v3794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3795, %v3796 : f32, !llvm.ptr
        %v3797 = arith.muli %v38, %v3 : i64
        %v3798 = arith.subi %v3, %v1 : i64
        %v3799 = arith.minsi %v41, %v3798 : i64
        %v3800 = arith.addi %v3797, %v3799 : i64
        %v3801 = arith.muli %v3800, %v114 : i64
        %v3803 = arith.addi %v3801, %v3802 : i64
        %v3804 = llvm.load %v11 : !llvm.ptr -> f32
        %v3805 = llvm.getelementptr %agga_h[%v3803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3804, %v3805 : f32, !llvm.ptr
        %v3806 = llvm.load %v4 : !llvm.ptr -> f32
        %v3807 = llvm.getelementptr %aggb_h[%v3772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3806, %v3807 : f32, !llvm.ptr
        %v3808 = arith.muli %v38, %v3 : i64
        %v3809 = arith.subi %v3, %v1 : i64
        %v3810 = arith.minsi %v41, %v3809 : i64
        %v3811 = arith.addi %v3808, %v3810 : i64
        %v3812 = arith.muli %v3811, %v1 : i64
        %v3813 = arith.addi %v3812, %v49 : i64
        %v3814 = arith.muli %v38, %v3 : i64
        %v3815 = arith.subi %v3, %v1 : i64
        %v3816 = arith.minsi %v41, %v3815 : i64
        %v3817 = arith.addi %v3814, %v3816 : i64
        %v3818 = arith.muli %v3817, %v114 : i64
        %v3819 = arith.addi %v3818, %v49 : i64
        %v3820 = llvm.load %v12 : !llvm.ptr -> f32
        %v3821 = llvm.getelementptr %agga_h_lag1[%v3819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3820, %v3821 : f32, !llvm.ptr
        %v3822 = arith.muli %v38, %v3 : i64
        %v3823 = arith.subi %v3, %v1 : i64
        %v3824 = arith.minsi %v41, %v3823 : i64
        %v3825 = arith.addi %v3822, %v3824 : i64
        %v3826 = arith.muli %v3825, %v114 : i64
        %v3827 = arith.addi %v3826, %v1 : i64
        %v3828 = llvm.load %v13 : !llvm.ptr -> f32
        %v3829 = llvm.getelementptr %agga_h_lag1[%v3827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3828, %v3829 : f32, !llvm.ptr
        %v3830 = arith.muli %v38, %v3 : i64
        %v3831 = arith.subi %v3, %v1 : i64
        %v3832 = arith.minsi %v41, %v3831 : i64
        %v3833 = arith.addi %v3830, %v3832 : i64
        %v3834 = arith.muli %v3833, %v114 : i64
        %v3835 = arith.addi %v3834, %v73 : i64
        %v3836 = llvm.load %v14 : !llvm.ptr -> f32
        %v3837 = llvm.getelementptr %agga_h_lag1[%v3835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3836, %v3837 : f32, !llvm.ptr
        %v3838 = arith.muli %v38, %v3 : i64
        %v3839 = arith.subi %v3, %v1 : i64
        %v3840 = arith.minsi %v41, %v3839 : i64
        %v3841 = arith.addi %v3838, %v3840 : i64
        %v3842 = arith.muli %v3841, %v114 : i64
        %v3843 = arith.addi %v3842, %v3802 : i64
        %v3844 = llvm.load %v15 : !llvm.ptr -> f32
        %v3845 = llvm.getelementptr %agga_h_lag1[%v3843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3844, %v3845 : f32, !llvm.ptr
        %v3846 = llvm.load %v5 : !llvm.ptr -> f32
        %v3847 = llvm.getelementptr %aggb_h_lag1[%v3813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3846, %v3847 : f32, !llvm.ptr
        %v3848 = arith.muli %v38, %v3 : i64
        %v3849 = arith.subi %v3, %v1 : i64
        %v3850 = arith.minsi %v41, %v3849 : i64
        %v3851 = arith.addi %v3848, %v3850 : i64
        %v3852 = arith.muli %v3851, %v1 : i64
        %v3853 = arith.addi %v3852, %v49 : i64
        %v3854 = arith.muli %v38, %v3 : i64
        %v3855 = arith.subi %v3, %v1 : i64
        %v3856 = arith.minsi %v41, %v3855 : i64
        %v3857 = arith.addi %v3854, %v3856 : i64
        %v3858 = arith.muli %v3857, %v114 : i64
        %v3859 = arith.addi %v3858, %v49 : i64
        %v3860 = llvm.load %v16 : !llvm.ptr -> f32
        %v3861 = llvm.getelementptr %agga_e_lag1[%v3859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3860, %v3861 : f32, !llvm.ptr
        %v3862 = arith.muli %v38, %v3 : i64
        %v3863 = arith.subi %v3, %v1 : i64
        %v3864 = arith.minsi %v41, %v3863 : i64
        %v3865 = arith.addi %v3862, %v3864 : i64
        %v3866 = arith.muli %v3865, %v114 : i64
        %v3867 = arith.addi %v3866, %v1 : i64
        %v3868 = llvm.load %v17 : !llvm.ptr -> f32
        %v3869 = llvm.getelementptr %agga_e_lag1[%v3867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3868, %v3869 : f32, !llvm.ptr
        %v3870 = arith.muli %v38, %v3 : i64
        %v3871 = arith.subi %v3, %v1 : i64
        %v3872 = arith.minsi %v41, %v3871 : i64
        %v3873 = arith.addi %v3870, %v3872 : i64
        %v3874 = arith.muli %v3873, %v114 : i64
        %v3875 = arith.addi %v3874, %v73 : i64
        %v3876 = llvm.load %v18 : !llvm.ptr -> f32
        %v3877 = llvm.getelementptr %agga_e_lag1[%v3875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3876, %v3877 : f32, !llvm.ptr
        %v3878 = arith.muli %v38, %v3 : i64
        %v3879 = arith.subi %v3, %v1 : i64
        %v3880 = arith.minsi %v41, %v3879 : i64
        %v3881 = arith.addi %v3878, %v3880 : i64
        %v3882 = arith.muli %v3881, %v114 : i64
        %v3883 = arith.addi %v3882, %v3802 : i64
        %v3884 = llvm.load %v19 : !llvm.ptr -> f32
        %v3885 = llvm.getelementptr %agga_e_lag1[%v3883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3884, %v3885 : f32, !llvm.ptr
        %v3886 = llvm.load %v6 : !llvm.ptr -> f32
        %v3887 = llvm.getelementptr %aggb_e_lag1[%v3853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3886, %v3887 : f32, !llvm.ptr
        %v3888 = arith.muli %v38, %v3 : i64
        %v3889 = arith.subi %v3, %v1 : i64
        %v3890 = arith.minsi %v41, %v3889 : i64
        %v3891 = arith.addi %v3888, %v3890 : i64
        %v3892 = arith.muli %v3891, %v1 : i64
        %v3893 = arith.addi %v3892, %v49 : i64
        %v3894 = arith.muli %v38, %v3 : i64
        %v3895 = arith.subi %v3, %v1 : i64
        %v3896 = arith.minsi %v41, %v3895 : i64
        %v3897 = arith.addi %v3894, %v3896 : i64
        %v3898 = arith.muli %v3897, %v114 : i64
        %v3899 = arith.addi %v3898, %v49 : i64
        %v3900 = llvm.load %v20 : !llvm.ptr -> f32
        %v3901 = llvm.getelementptr %agga_e_lag2[%v3899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3900, %v3901 : f32, !llvm.ptr
        %v3902 = arith.muli %v38, %v3 : i64
        %v3903 = arith.subi %v3, %v1 : i64
        %v3904 = arith.minsi %v41, %v3903 : i64
        %v3905 = arith.addi %v3902, %v3904 : i64
        %v3906 = arith.muli %v3905, %v114 : i64
        %v3907 = arith.addi %v3906, %v1 : i64
        %v3908 = llvm.load %v21 : !llvm.ptr -> f32
        %v3909 = llvm.getelementptr %agga_e_lag2[%v3907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3908, %v3909 : f32, !llvm.ptr
        %v3910 = arith.muli %v38, %v3 : i64
        %v3911 = arith.subi %v3, %v1 : i64
        %v3912 = arith.minsi %v41, %v3911 : i64
        %v3913 = arith.addi %v3910, %v3912 : i64
        %v3914 = arith.muli %v3913, %v114 : i64
        %v3915 = arith.addi %v3914, %v73 : i64
        %v3916 = llvm.load %v22 : !llvm.ptr -> f32
        %v3917 = llvm.getelementptr %agga_e_lag2[%v3915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3916, %v3917 : f32, !llvm.ptr
        %v3918 = arith.muli %v38, %v3 : i64
        %v3919 = arith.subi %v3, %v1 : i64
        %v3920 = arith.minsi %v41, %v3919 : i64
        %v3921 = arith.addi %v3918, %v3920 : i64
        %v3922 = arith.muli %v3921, %v114 : i64
        %v3923 = arith.addi %v3922, %v3802 : i64
        %v3924 = llvm.load %v23 : !llvm.ptr -> f32
        %v3925 = llvm.getelementptr %agga_e_lag2[%v3923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3924, %v3925 : f32, !llvm.ptr
        %v3926 = llvm.load %v7 : !llvm.ptr -> f32
        %v3927 = llvm.getelementptr %aggb_e_lag2[%v3893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3926, %v3927 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
