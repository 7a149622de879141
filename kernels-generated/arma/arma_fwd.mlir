module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_arma_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<320 x i64>
    llvm.mlir.global internal @smem_arma_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<10560 x f32>
    gpu.func @arma_fwd(%in_e: !llvm.ptr, %in_phi1: !llvm.ptr, %in_phi2: !llvm.ptr, %in_theta1: !llvm.ptr, %in_theta2: !llvm.ptr, %out_y: !llvm.ptr, %out_forecast: !llvm.ptr, %ckpt_h: !llvm.ptr, %ckpt_h_lag1: !llvm.ptr, %ckpt_e_lag1: !llvm.ptr, %ckpt_e_lag2: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.mlir.addressof @rows_arma_fwd : !llvm.ptr<3>
      %v9 = llvm.mlir.addressof @smem_arma_fwd : !llvm.ptr<3>
      %v10 = arith.constant 255 : i64
      %v11 = arith.addi %size_L, %v10 : i64
      %v12 = arith.constant 256 : i64
      %v13 = arith.divui %v11, %v12 : i64
      %v18 = arith.constant 64 : i64
      %v28 = arith.constant 0 : i64
      %v29 = arith.muli %v1, %size_L : i64
      %v30 = arith.muli %v29, %size_D : i64
      %v52 = arith.constant 2 : i64
      %v61 = arith.constant -1 : i64
      %v63 = arith.constant 3 : i64
      %v73 = arith.constant 4 : i64
      %v77 = arith.constant 0x00000000 : f32
      %v78 = arith.constant 32 : i64
      %v91 = arith.constant 33 : i64
      %v124 = arith.constant 6 : i64
      %v139 = arith.constant 8 : i64
      %v154 = arith.constant 10 : i64
      %v169 = arith.constant 12 : i64
      %v184 = arith.constant 14 : i64
      %v199 = arith.constant 16 : i64
      %v214 = arith.constant 18 : i64
      %v229 = arith.constant 20 : i64
      %v244 = arith.constant 22 : i64
      %v259 = arith.constant 24 : i64
      %v274 = arith.constant 26 : i64
      %v289 = arith.constant 28 : i64
      %v304 = arith.constant 30 : i64
      %v333 = arith.constant 34 : i64
      %v348 = arith.constant 36 : i64
      %v363 = arith.constant 38 : i64
      %v378 = arith.constant 40 : i64
      %v393 = arith.constant 42 : i64
      %v408 = arith.constant 44 : i64
      %v423 = arith.constant 46 : i64
      %v438 = arith.constant 48 : i64
      %v453 = arith.constant 50 : i64
      %v468 = arith.constant 52 : i64
      %v483 = arith.constant 54 : i64
      %v498 = arith.constant 56 : i64
      %v513 = arith.constant 58 : i64
      %v528 = arith.constant 60 : i64
      %v543 = arith.constant 62 : i64
      %v1076 = arith.constant 128 : i64
      %v1566 = arith.muli %v1, %size_B : i64
      %v1567 = arith.muli %v1566, %size_D : i64
      %v1570 = arith.muli %v1, %size_D : i64
      %v1578 = arith.muli %v1, %size_B : i64
      %v1579 = arith.muli %v1578, %size_D : i64
      %v1589 = arith.muli %v1, %size_B : i64
      %v1590 = arith.muli %v1589, %size_D : i64
      %v1600 = arith.muli %v1, %size_B : i64
      %v1601 = arith.muli %v1600, %size_D : i64
      %v3007 = arith.constant 0x3F800000 : f32
      %v3061 = arith.constant 192 : i64
      %v3076 = arith.constant 320 : i64
      %v3084 = arith.constant 384 : i64
      %v3092 = arith.constant 448 : i64
      %v3100 = arith.constant 512 : i64
      %v3108 = arith.constant 576 : i64
      %v3116 = arith.constant 640 : i64
      %v3124 = arith.constant 704 : i64
      %v3132 = arith.constant 768 : i64
      %v3140 = arith.constant 832 : i64
      %v3148 = arith.constant 896 : i64
      %v3156 = arith.constant 960 : i64
      %v3164 = arith.constant 1024 : i64
      %v3172 = arith.constant 1088 : i64
      %v3180 = arith.constant 1152 : i64
      %v3188 = arith.constant 1216 : i64
      %v3196 = arith.constant 1280 : i64
      %v3204 = arith.constant 1344 : i64
      %v3212 = arith.constant 1408 : i64
      %v3220 = arith.constant 1472 : i64
      %v3228 = arith.constant 1536 : i64
      %v3236 = arith.constant 1600 : i64
      %v3244 = arith.constant 1664 : i64
      %v3252 = arith.constant 1728 : i64
      %v3260 = arith.constant 1792 : i64
      %v3268 = arith.constant 1856 : i64
      %v3276 = arith.constant 1920 : i64
      %v3284 = arith.constant 1984 : i64
      %v14 = gpu.block_id x
      %v15 = gpu.thread_id x
      %v16 = arith.index_cast %v15 : index to i64
      %v17 = arith.index_cast %v14 : index to i64
      %v19 = arith.muli %v17, %v18 : i64
      %v20 = arith.addi %v19, %v16 : i64
      %v21 = arith.cmpi slt, %v20, %v3 : i64
      %v22 = arith.subi %v3, %v1 : i64
      %v23 = arith.minsi %v20, %v22 : i64
      %v24 = arith.remui %v23, %size_D : i64
      %v25 = arith.divui %v23, %size_D : i64
      %v26 = arith.remui %v25, %size_B : i64
      %v27 = arith.divui %v25, %size_B : i64
      %v2992 = arith.muli %v24, %v1 : i64
      %v2993 = llvm.getelementptr %in_theta1[%v2992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2994 = llvm.load %v2993 : !llvm.ptr -> f32
      %v2998 = arith.muli %v24, %v1 : i64
      %v2999 = llvm.getelementptr %in_theta2[%v2998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3000 = llvm.load %v2999 : !llvm.ptr -> f32
      %v31 = arith.muli %v26, %v30 : i64
      %v32 = arith.muli %v24, %v29 : i64
      %v33 = arith.addi %v31, %v32 : i64
      %v34 = arith.muli %v28, %v1 : i64
      %v35 = arith.addi %v33, %v34 : i64
      %v36 = arith.muli %v28, %v18 : i64
      %v37 = arith.addi %v36, %v16 : i64
      %v38 = llvm.getelementptr %v8[%v37] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v35, %v38 : i64, !llvm.ptr<3>
      %v39 = arith.muli %v26, %v30 : i64
      %v40 = arith.muli %v24, %v29 : i64
      %v41 = arith.addi %v39, %v40 : i64
      %v42 = arith.muli %v28, %v1 : i64
      %v43 = arith.addi %v41, %v42 : i64
      %v44 = arith.muli %v1, %v18 : i64
      %v45 = arith.addi %v44, %v16 : i64
      %v46 = llvm.getelementptr %v8[%v45] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v43, %v46 : i64, !llvm.ptr<3>
      %v47 = arith.muli %v26, %v30 : i64
      %v48 = arith.muli %v24, %v29 : i64
      %v49 = arith.addi %v47, %v48 : i64
      %v50 = arith.muli %v28, %v1 : i64
      %v51 = arith.addi %v49, %v50 : i64
      %v53 = arith.muli %v52, %v18 : i64
      %v54 = arith.addi %v53, %v16 : i64
      %v55 = llvm.getelementptr %v8[%v54] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v51, %v55 : i64, !llvm.ptr<3>
      %v56 = arith.muli %v26, %v30 : i64
      %v57 = arith.muli %v24, %v29 : i64
      %v58 = arith.addi %v56, %v57 : i64
      %v59 = arith.muli %v28, %v1 : i64
      %v60 = arith.addi %v58, %v59 : i64
      %v62 = arith.select %v21, %v60, %v61 : i64
      %v64 = arith.muli %v63, %v18 : i64
      %v65 = arith.addi %v64, %v16 : i64
      %v66 = llvm.getelementptr %v8[%v65] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v62, %v66 : i64, !llvm.ptr<3>
      %v67 = arith.muli %v26, %v30 : i64
      %v68 = arith.muli %v24, %v29 : i64
      %v69 = arith.addi %v67, %v68 : i64
      %v70 = arith.muli %v28, %v1 : i64
      %v71 = arith.addi %v69, %v70 : i64
      %v72 = arith.select %v21, %v71, %v61 : i64
      %v74 = arith.muli %v73, %v18 : i64
      %v75 = arith.addi %v74, %v16 : i64
      %v76 = llvm.getelementptr %v8[%v75] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v72, %v76 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v77, %v4 : f32, !llvm.ptr
      llvm.store %v77, %v5 : f32, !llvm.ptr
      llvm.store %v77, %v6 : f32, !llvm.ptr
      llvm.store %v77, %v7 : f32, !llvm.ptr
      // staged load of `e`'s first tile: read, then shared memory
      %v79 = arith.divui %v16, %v78 : i64
      %v80 = arith.remui %v16, %v78 : i64
      %v81 = arith.addi %v79, %v28 : i64
      %v82 = arith.constant true
      %v83 = arith.addi %v28, %v81 : i64
      %v84 = llvm.getelementptr %v8[%v83] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v85 = llvm.load %v84 : !llvm.ptr<3> -> i64
      %v86 = arith.addi %v28, %v80 : i64
      %v87 = arith.cmpi slt, %v86, %size_L : i64
      %v88 = arith.subi %size_L, %v1 : i64
      %v89 = arith.minsi %v86, %v88 : i64
      %v90 = arith.addi %v85, %v89 : i64
      %v92 = arith.muli %v83, %v91 : i64
      %v93 = arith.addi %v92, %v80 : i64
      %v94 = llvm.getelementptr %in_e[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v95 = llvm.load %v94 : !llvm.ptr -> f32
      %v96 = arith.addi %v79, %v52 : i64
      %v97 = arith.constant true
      %v98 = arith.addi %v28, %v96 : i64
      %v99 = llvm.getelementptr %v8[%v98] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v100 = llvm.load %v99 : !llvm.ptr<3> -> i64
      %v101 = arith.addi %v28, %v80 : i64
      %v102 = arith.cmpi slt, %v101, %size_L : i64
      %v103 = arith.subi %size_L, %v1 : i64
      %v104 = arith.minsi %v101, %v103 : i64
      %v105 = arith.addi %v100, %v104 : i64
      %v106 = arith.muli %v98, %v91 : i64
      %v107 = arith.addi %v106, %v80 : i64
      %v108 = llvm.getelementptr %in_e[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v109 = llvm.load %v108 : !llvm.ptr -> f32
      %v110 = arith.addi %v79, %v73 : i64
      %v111 = arith.constant true
      %v112 = arith.addi %v28, %v110 : i64
      %v113 = llvm.getelementptr %v8[%v112] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v114 = llvm.load %v113 : !llvm.ptr<3> -> i64
      %v115 = arith.addi %v28, %v80 : i64
      %v116 = arith.cmpi slt, %v115, %size_L : i64
      %v117 = arith.subi %size_L, %v1 : i64
      %v118 = arith.minsi %v115, %v117 : i64
      %v119 = arith.addi %v114, %v118 : i64
      %v120 = arith.muli %v112, %v91 : i64
      %v121 = arith.addi %v120, %v80 : i64
      %v122 = llvm.getelementptr %in_e[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v123 = llvm.load %v122 : !llvm.ptr -> f32
      %v125 = arith.addi %v79, %v124 : i64
      %v126 = arith.constant true
      %v127 = arith.addi %v28, %v125 : i64
      %v128 = llvm.getelementptr %v8[%v127] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v129 = llvm.load %v128 : !llvm.ptr<3> -> i64
      %v130 = arith.addi %v28, %v80 : i64
      %v131 = arith.cmpi slt, %v130, %size_L : i64
      %v132 = arith.subi %size_L, %v1 : i64
      %v133 = arith.minsi %v130, %v132 : i64
      %v134 = arith.addi %v129, %v133 : i64
      %v135 = arith.muli %v127, %v91 : i64
      %v136 = arith.addi %v135, %v80 : i64
      %v137 = llvm.getelementptr %in_e[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v138 = llvm.load %v137 : !llvm.ptr -> f32
      %v140 = arith.addi %v79, %v139 : i64
      %v141 = arith.constant true
      %v142 = arith.addi %v28, %v140 : i64
      %v143 = llvm.getelementptr %v8[%v142] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v144 = llvm.load %v143 : !llvm.ptr<3> -> i64
      %v145 = arith.addi %v28, %v80 : i64
      %v146 = arith.cmpi slt, %v145, %size_L : i64
      %v147 = arith.subi %size_L, %v1 : i64
      %v148 = arith.minsi %v145, %v147 : i64
      %v149 = arith.addi %v144, %v148 : i64
      %v150 = arith.muli %v142, %v91 : i64
      %v151 = arith.addi %v150, %v80 : i64
      %v152 = llvm.getelementptr %in_e[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v153 = llvm.load %v152 : !llvm.ptr -> f32
      %v155 = arith.addi %v79, %v154 : i64
      %v156 = arith.constant true
      %v157 = arith.addi %v28, %v155 : i64
      %v158 = llvm.getelementptr %v8[%v157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v159 = llvm.load %v158 : !llvm.ptr<3> -> i64
      %v160 = arith.addi %v28, %v80 : i64
      %v161 = arith.cmpi slt, %v160, %size_L : i64
      %v162 = arith.subi %size_L, %v1 : i64
      %v163 = arith.minsi %v160, %v162 : i64
      %v164 = arith.addi %v159, %v163 : i64
      %v165 = arith.muli %v157, %v91 : i64
      %v166 = arith.addi %v165, %v80 : i64
      %v167 = llvm.getelementptr %in_e[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v168 = llvm.load %v167 : !llvm.ptr -> f32
      %v170 = arith.addi %v79, %v169 : i64
      %v171 = arith.constant true
      %v172 = arith.addi %v28, %v170 : i64
      %v173 = llvm.getelementptr %v8[%v172] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v174 = llvm.load %v173 : !llvm.ptr<3> -> i64
      %v175 = arith.addi %v28, %v80 : i64
      %v176 = arith.cmpi slt, %v175, %size_L : i64
      %v177 = arith.subi %size_L, %v1 : i64
      %v178 = arith.minsi %v175, %v177 : i64
      %v179 = arith.addi %v174, %v178 : i64
      %v180 = arith.muli %v172, %v91 : i64
      %v181 = arith.addi %v180, %v80 : i64
      %v182 = llvm.getelementptr %in_e[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v183 = llvm.load %v182 : !llvm.ptr -> f32
      %v185 = arith.addi %v79, %v184 : i64
      %v186 = arith.constant true
      %v187 = arith.addi %v28, %v185 : i64
      %v188 = llvm.getelementptr %v8[%v187] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v189 = llvm.load %v188 : !llvm.ptr<3> -> i64
      %v190 = arith.addi %v28, %v80 : i64
      %v191 = arith.cmpi slt, %v190, %size_L : i64
      %v192 = arith.subi %size_L, %v1 : i64
      %v193 = arith.minsi %v190, %v192 : i64
      %v194 = arith.addi %v189, %v193 : i64
      %v195 = arith.muli %v187, %v91 : i64
      %v196 = arith.addi %v195, %v80 : i64
      %v197 = llvm.getelementptr %in_e[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v198 = llvm.load %v197 : !llvm.ptr -> f32
      %v200 = arith.addi %v79, %v199 : i64
      %v201 = arith.constant true
      %v202 = arith.addi %v28, %v200 : i64
      %v203 = llvm.getelementptr %v8[%v202] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v204 = llvm.load %v203 : !llvm.ptr<3> -> i64
      %v205 = arith.addi %v28, %v80 : i64
      %v206 = arith.cmpi slt, %v205, %size_L : i64
      %v207 = arith.subi %size_L, %v1 : i64
      %v208 = arith.minsi %v205, %v207 : i64
      %v209 = arith.addi %v204, %v208 : i64
      %v210 = arith.muli %v202, %v91 : i64
      %v211 = arith.addi %v210, %v80 : i64
      %v212 = llvm.getelementptr %in_e[%v209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v213 = llvm.load %v212 : !llvm.ptr -> f32
      %v215 = arith.addi %v79, %v214 : i64
      %v216 = arith.constant true
      %v217 = arith.addi %v28, %v215 : i64
      %v218 = llvm.getelementptr %v8[%v217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v219 = llvm.load %v218 : !llvm.ptr<3> -> i64
      %v220 = arith.addi %v28, %v80 : i64
      %v221 = arith.cmpi slt, %v220, %size_L : i64
      %v222 = arith.subi %size_L, %v1 : i64
      %v223 = arith.minsi %v220, %v222 : i64
      %v224 = arith.addi %v219, %v223 : i64
      %v225 = arith.muli %v217, %v91 : i64
      %v226 = arith.addi %v225, %v80 : i64
      %v227 = llvm.getelementptr %in_e[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v228 = llvm.load %v227 : !llvm.ptr -> f32
      %v230 = arith.addi %v79, %v229 : i64
      %v231 = arith.constant true
      %v232 = arith.addi %v28, %v230 : i64
      %v233 = llvm.getelementptr %v8[%v232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v234 = llvm.load %v233 : !llvm.ptr<3> -> i64
      %v235 = arith.addi %v28, %v80 : i64
      %v236 = arith.cmpi slt, %v235, %size_L : i64
      %v237 = arith.subi %size_L, %v1 : i64
      %v238 = arith.minsi %v235, %v237 : i64
      %v239 = arith.addi %v234, %v238 : i64
      %v240 = arith.muli %v232, %v91 : i64
      %v241 = arith.addi %v240, %v80 : i64
      %v242 = llvm.getelementptr %in_e[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v243 = llvm.load %v242 : !llvm.ptr -> f32
      %v245 = arith.addi %v79, %v244 : i64
      %v246 = arith.constant true
      %v247 = arith.addi %v28, %v245 : i64
      %v248 = llvm.getelementptr %v8[%v247] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v249 = llvm.load %v248 : !llvm.ptr<3> -> i64
      %v250 = arith.addi %v28, %v80 : i64
      %v251 = arith.cmpi slt, %v250, %size_L : i64
      %v252 = arith.subi %size_L, %v1 : i64
      %v253 = arith.minsi %v250, %v252 : i64
      %v254 = arith.addi %v249, %v253 : i64
      %v255 = arith.muli %v247, %v91 : i64
      %v256 = arith.addi %v255, %v80 : i64
      %v257 = llvm.getelementptr %in_e[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v258 = llvm.load %v257 : !llvm.ptr -> f32
      %v260 = arith.addi %v79, %v259 : i64
      %v261 = arith.constant true
      %v262 = arith.addi %v28, %v260 : i64
      %v263 = llvm.getelementptr %v8[%v262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v264 = llvm.load %v263 : !llvm.ptr<3> -> i64
      %v265 = arith.addi %v28, %v80 : i64
      %v266 = arith.cmpi slt, %v265, %size_L : i64
      %v267 = arith.subi %size_L, %v1 : i64
      %v268 = arith.minsi %v265, %v267 : i64
      %v269 = arith.addi %v264, %v268 : i64
      %v270 = arith.muli %v262, %v91 : i64
      %v271 = arith.addi %v270, %v80 : i64
      %v272 = llvm.getelementptr %in_e[%v269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v273 = llvm.load %v272 : !llvm.ptr -> f32
      %v275 = arith.addi %v79, %v274 : i64
      %v276 = arith.constant true
      %v277 = arith.addi %v28, %v275 : i64
      %v278 = llvm.getelementptr %v8[%v277] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v279 = llvm.load %v278 : !llvm.ptr<3> -> i64
      %v280 = arith.addi %v28, %v80 : i64
      %v281 = arith.cmpi slt, %v280, %size_L : i64
      %v282 = arith.subi %size_L, %v1 : i64
      %v283 = arith.minsi %v280, %v282 : i64
      %v284 = arith.addi %v279, %v283 : i64
      %v285 = arith.muli %v277, %v91 : i64
      %v286 = arith.addi %v285, %v80 : i64
      %v287 = llvm.getelementptr %in_e[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v288 = llvm.load %v287 : !llvm.ptr -> f32
      %v290 = arith.addi %v79, %v289 : i64
      %v291 = arith.constant true
      %v292 = arith.addi %v28, %v290 : i64
      %v293 = llvm.getelementptr %v8[%v292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v294 = llvm.load %v293 : !llvm.ptr<3> -> i64
      %v295 = arith.addi %v28, %v80 : i64
      %v296 = arith.cmpi slt, %v295, %size_L : i64
      %v297 = arith.subi %size_L, %v1 : i64
      %v298 = arith.minsi %v295, %v297 : i64
      %v299 = arith.addi %v294, %v298 : i64
      %v300 = arith.muli %v292, %v91 : i64
      %v301 = arith.addi %v300, %v80 : i64
      %v302 = llvm.getelementptr %in_e[%v299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v303 = llvm.load %v302 : !llvm.ptr -> f32
      %v305 = arith.addi %v79, %v304 : i64
      %v306 = arith.constant true
      %v307 = arith.addi %v28, %v305 : i64
      %v308 = llvm.getelementptr %v8[%v307] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v309 = llvm.load %v308 : !llvm.ptr<3> -> i64
      %v310 = arith.addi %v28, %v80 : i64
      %v311 = arith.cmpi slt, %v310, %size_L : i64
      %v312 = arith.subi %size_L, %v1 : i64
      %v313 = arith.minsi %v310, %v312 : i64
      %v314 = arith.addi %v309, %v313 : i64
      %v315 = arith.muli %v307, %v91 : i64
      %v316 = arith.addi %v315, %v80 : i64
      %v317 = llvm.getelementptr %in_e[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v318 = llvm.load %v317 : !llvm.ptr -> f32
      %v319 = arith.addi %v79, %v78 : i64
      %v320 = arith.constant true
      %v321 = arith.addi %v28, %v319 : i64
      %v322 = llvm.getelementptr %v8[%v321] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v323 = llvm.load %v322 : !llvm.ptr<3> -> i64
      %v324 = arith.addi %v28, %v80 : i64
      %v325 = arith.cmpi slt, %v324, %size_L : i64
      %v326 = arith.subi %size_L, %v1 : i64
      %v327 = arith.minsi %v324, %v326 : i64
      %v328 = arith.addi %v323, %v327 : i64
      %v329 = arith.muli %v321, %v91 : i64
      %v330 = arith.addi %v329, %v80 : i64
      %v331 = llvm.getelementptr %in_e[%v328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v332 = llvm.load %v331 : !llvm.ptr -> f32
      %v334 = arith.addi %v79, %v333 : i64
      %v335 = arith.constant true
      %v336 = arith.addi %v28, %v334 : i64
      %v337 = llvm.getelementptr %v8[%v336] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v338 = llvm.load %v337 : !llvm.ptr<3> -> i64
      %v339 = arith.addi %v28, %v80 : i64
      %v340 = arith.cmpi slt, %v339, %size_L : i64
      %v341 = arith.subi %size_L, %v1 : i64
      %v342 = arith.minsi %v339, %v341 : i64
      %v343 = arith.addi %v338, %v342 : i64
      %v344 = arith.muli %v336, %v91 : i64
      %v345 = arith.addi %v344, %v80 : i64
      %v346 = llvm.getelementptr %in_e[%v343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v347 = llvm.load %v346 : !llvm.ptr -> f32
      %v349 = arith.addi %v79, %v348 : i64
      %v350 = arith.constant true
      %v351 = arith.addi %v28, %v349 : i64
      %v352 = llvm.getelementptr %v8[%v351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v353 = llvm.load %v352 : !llvm.ptr<3> -> i64
      %v354 = arith.addi %v28, %v80 : i64
      %v355 = arith.cmpi slt, %v354, %size_L : i64
      %v356 = arith.subi %size_L, %v1 : i64
      %v357 = arith.minsi %v354, %v356 : i64
      %v358 = arith.addi %v353, %v357 : i64
      %v359 = arith.muli %v351, %v91 : i64
      %v360 = arith.addi %v359, %v80 : i64
      %v361 = llvm.getelementptr %in_e[%v358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v362 = llvm.load %v361 : !llvm.ptr -> f32
      %v364 = arith.addi %v79, %v363 : i64
      %v365 = arith.constant true
      %v366 = arith.addi %v28, %v364 : i64
      %v367 = llvm.getelementptr %v8[%v366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v368 = llvm.load %v367 : !llvm.ptr<3> -> i64
      %v369 = arith.addi %v28, %v80 : i64
      %v370 = arith.cmpi slt, %v369, %size_L : i64
      %v371 = arith.subi %size_L, %v1 : i64
      %v372 = arith.minsi %v369, %v371 : i64
      %v373 = arith.addi %v368, %v372 : i64
      %v374 = arith.muli %v366, %v91 : i64
      %v375 = arith.addi %v374, %v80 : i64
      %v376 = llvm.getelementptr %in_e[%v373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v377 = llvm.load %v376 : !llvm.ptr -> f32
      %v379 = arith.addi %v79, %v378 : i64
      %v380 = arith.constant true
      %v381 = arith.addi %v28, %v379 : i64
      %v382 = llvm.getelementptr %v8[%v381] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v383 = llvm.load %v382 : !llvm.ptr<3> -> i64
      %v384 = arith.addi %v28, %v80 : i64
      %v385 = arith.cmpi slt, %v384, %size_L : i64
      %v386 = arith.subi %size_L, %v1 : i64
      %v387 = arith.minsi %v384, %v386 : i64
      %v388 = arith.addi %v383, %v387 : i64
      %v389 = arith.muli %v381, %v91 : i64
      %v390 = arith.addi %v389, %v80 : i64
      %v391 = llvm.getelementptr %in_e[%v388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v392 = llvm.load %v391 : !llvm.ptr -> f32
      %v394 = arith.addi %v79, %v393 : i64
      %v395 = arith.constant true
      %v396 = arith.addi %v28, %v394 : i64
      %v397 = llvm.getelementptr %v8[%v396] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v398 = llvm.load %v397 : !llvm.ptr<3> -> i64
      %v399 = arith.addi %v28, %v80 : i64
      %v400 = arith.cmpi slt, %v399, %size_L : i64
      %v401 = arith.subi %size_L, %v1 : i64
      %v402 = arith.minsi %v399, %v401 : i64
      %v403 = arith.addi %v398, %v402 : i64
      %v404 = arith.muli %v396, %v91 : i64
      %v405 = arith.addi %v404, %v80 : i64
      %v406 = llvm.getelementptr %in_e[%v403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v407 = llvm.load %v406 : !llvm.ptr -> f32
      %v409 = arith.addi %v79, %v408 : i64
      %v410 = arith.constant true
      %v411 = arith.addi %v28, %v409 : i64
      %v412 = llvm.getelementptr %v8[%v411] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v413 = llvm.load %v412 : !llvm.ptr<3> -> i64
      %v414 = arith.addi %v28, %v80 : i64
      %v415 = arith.cmpi slt, %v414, %size_L : i64
      %v416 = arith.subi %size_L, %v1 : i64
      %v417 = arith.minsi %v414, %v416 : i64
      %v418 = arith.addi %v413, %v417 : i64
      %v419 = arith.muli %v411, %v91 : i64
      %v420 = arith.addi %v419, %v80 : i64
      %v421 = llvm.getelementptr %in_e[%v418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v422 = llvm.load %v421 : !llvm.ptr -> f32
      %v424 = arith.addi %v79, %v423 : i64
      %v425 = arith.constant true
      %v426 = arith.addi %v28, %v424 : i64
      %v427 = llvm.getelementptr %v8[%v426] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v428 = llvm.load %v427 : !llvm.ptr<3> -> i64
      %v429 = arith.addi %v28, %v80 : i64
      %v430 = arith.cmpi slt, %v429, %size_L : i64
      %v431 = arith.subi %size_L, %v1 : i64
      %v432 = arith.minsi %v429, %v431 : i64
      %v433 = arith.addi %v428, %v432 : i64
      %v434 = arith.muli %v426, %v91 : i64
      %v435 = arith.addi %v434, %v80 : i64
      %v436 = llvm.getelementptr %in_e[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v437 = llvm.load %v436 : !llvm.ptr -> f32
      %v439 = arith.addi %v79, %v438 : i64
      %v440 = arith.constant true
      %v441 = arith.addi %v28, %v439 : i64
      %v442 = llvm.getelementptr %v8[%v441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v443 = llvm.load %v442 : !llvm.ptr<3> -> i64
      %v444 = arith.addi %v28, %v80 : i64
      %v445 = arith.cmpi slt, %v444, %size_L : i64
      %v446 = arith.subi %size_L, %v1 : i64
      %v447 = arith.minsi %v444, %v446 : i64
      %v448 = arith.addi %v443, %v447 : i64
      %v449 = arith.muli %v441, %v91 : i64
      %v450 = arith.addi %v449, %v80 : i64
      %v451 = llvm.getelementptr %in_e[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v452 = llvm.load %v451 : !llvm.ptr -> f32
      %v454 = arith.addi %v79, %v453 : i64
      %v455 = arith.constant true
      %v456 = arith.addi %v28, %v454 : i64
      %v457 = llvm.getelementptr %v8[%v456] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v458 = llvm.load %v457 : !llvm.ptr<3> -> i64
      %v459 = arith.addi %v28, %v80 : i64
      %v460 = arith.cmpi slt, %v459, %size_L : i64
      %v461 = arith.subi %size_L, %v1 : i64
      %v462 = arith.minsi %v459, %v461 : i64
      %v463 = arith.addi %v458, %v462 : i64
      %v464 = arith.muli %v456, %v91 : i64
      %v465 = arith.addi %v464, %v80 : i64
      %v466 = llvm.getelementptr %in_e[%v463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v467 = llvm.load %v466 : !llvm.ptr -> f32
      %v469 = arith.addi %v79, %v468 : i64
      %v470 = arith.constant true
      %v471 = arith.addi %v28, %v469 : i64
      %v472 = llvm.getelementptr %v8[%v471] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v473 = llvm.load %v472 : !llvm.ptr<3> -> i64
      %v474 = arith.addi %v28, %v80 : i64
      %v475 = arith.cmpi slt, %v474, %size_L : i64
      %v476 = arith.subi %size_L, %v1 : i64
      %v477 = arith.minsi %v474, %v476 : i64
      %v478 = arith.addi %v473, %v477 : i64
      %v479 = arith.muli %v471, %v91 : i64
      %v480 = arith.addi %v479, %v80 : i64
      %v481 = llvm.getelementptr %in_e[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v482 = llvm.load %v481 : !llvm.ptr -> f32
      %v484 = arith.addi %v79, %v483 : i64
      %v485 = arith.constant true
      %v486 = arith.addi %v28, %v484 : i64
      %v487 = llvm.getelementptr %v8[%v486] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v488 = llvm.load %v487 : !llvm.ptr<3> -> i64
      %v489 = arith.addi %v28, %v80 : i64
      %v490 = arith.cmpi slt, %v489, %size_L : i64
      %v491 = arith.subi %size_L, %v1 : i64
      %v492 = arith.minsi %v489, %v491 : i64
      %v493 = arith.addi %v488, %v492 : i64
      %v494 = arith.muli %v486, %v91 : i64
      %v495 = arith.addi %v494, %v80 : i64
      %v496 = llvm.getelementptr %in_e[%v493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v497 = llvm.load %v496 : !llvm.ptr -> f32
      %v499 = arith.addi %v79, %v498 : i64
      %v500 = arith.constant true
      %v501 = arith.addi %v28, %v499 : i64
      %v502 = llvm.getelementptr %v8[%v501] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v503 = llvm.load %v502 : !llvm.ptr<3> -> i64
      %v504 = arith.addi %v28, %v80 : i64
      %v505 = arith.cmpi slt, %v504, %size_L : i64
      %v506 = arith.subi %size_L, %v1 : i64
      %v507 = arith.minsi %v504, %v506 : i64
      %v508 = arith.addi %v503, %v507 : i64
      %v509 = arith.muli %v501, %v91 : i64
      %v510 = arith.addi %v509, %v80 : i64
      %v511 = llvm.getelementptr %in_e[%v508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v512 = llvm.load %v511 : !llvm.ptr -> f32
      %v514 = arith.addi %v79, %v513 : i64
      %v515 = arith.constant true
      %v516 = arith.addi %v28, %v514 : i64
      %v517 = llvm.getelementptr %v8[%v516] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v518 = llvm.load %v517 : !llvm.ptr<3> -> i64
      %v519 = arith.addi %v28, %v80 : i64
      %v520 = arith.cmpi slt, %v519, %size_L : i64
      %v521 = arith.subi %size_L, %v1 : i64
      %v522 = arith.minsi %v519, %v521 : i64
      %v523 = arith.addi %v518, %v522 : i64
      %v524 = arith.muli %v516, %v91 : i64
      %v525 = arith.addi %v524, %v80 : i64
      %v526 = llvm.getelementptr %in_e[%v523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v527 = llvm.load %v526 : !llvm.ptr -> f32
      %v529 = arith.addi %v79, %v528 : i64
      %v530 = arith.constant true
      %v531 = arith.addi %v28, %v529 : i64
      %v532 = llvm.getelementptr %v8[%v531] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v533 = llvm.load %v532 : !llvm.ptr<3> -> i64
      %v534 = arith.addi %v28, %v80 : i64
      %v535 = arith.cmpi slt, %v534, %size_L : i64
      %v536 = arith.subi %size_L, %v1 : i64
      %v537 = arith.minsi %v534, %v536 : i64
      %v538 = arith.addi %v533, %v537 : i64
      %v539 = arith.muli %v531, %v91 : i64
      %v540 = arith.addi %v539, %v80 : i64
      %v541 = llvm.getelementptr %in_e[%v538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v542 = llvm.load %v541 : !llvm.ptr -> f32
      %v544 = arith.addi %v79, %v543 : i64
      %v545 = arith.constant true
      %v546 = arith.addi %v28, %v544 : i64
      %v547 = llvm.getelementptr %v8[%v546] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v548 = llvm.load %v547 : !llvm.ptr<3> -> i64
      %v549 = arith.addi %v28, %v80 : i64
      %v550 = arith.cmpi slt, %v549, %size_L : i64
      %v551 = arith.subi %size_L, %v1 : i64
      %v552 = arith.minsi %v549, %v551 : i64
      %v553 = arith.addi %v548, %v552 : i64
      %v554 = arith.muli %v546, %v91 : i64
      %v555 = arith.addi %v554, %v80 : i64
      %v556 = llvm.getelementptr %in_e[%v553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v557 = llvm.load %v556 : !llvm.ptr -> f32
      scf.if %v82 {
        %v558 = llvm.getelementptr %v9[%v93] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v95, %v558 : f32, !llvm.ptr<3>
      }
      scf.if %v97 {
        %v559 = llvm.getelementptr %v9[%v107] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v109, %v559 : f32, !llvm.ptr<3>
      }
      scf.if %v111 {
        %v560 = llvm.getelementptr %v9[%v121] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v123, %v560 : f32, !llvm.ptr<3>
      }
      scf.if %v126 {
        %v561 = llvm.getelementptr %v9[%v136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v138, %v561 : f32, !llvm.ptr<3>
      }
      scf.if %v141 {
        %v562 = llvm.getelementptr %v9[%v151] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v153, %v562 : f32, !llvm.ptr<3>
      }
      scf.if %v156 {
        %v563 = llvm.getelementptr %v9[%v166] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v168, %v563 : f32, !llvm.ptr<3>
      }
      scf.if %v171 {
        %v564 = llvm.getelementptr %v9[%v181] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v183, %v564 : f32, !llvm.ptr<3>
      }
      scf.if %v186 {
        %v565 = llvm.getelementptr %v9[%v196] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v198, %v565 : f32, !llvm.ptr<3>
      }
      scf.if %v201 {
        %v566 = llvm.getelementptr %v9[%v211] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v213, %v566 : f32, !llvm.ptr<3>
      }
      scf.if %v216 {
        %v567 = llvm.getelementptr %v9[%v226] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v228, %v567 : f32, !llvm.ptr<3>
      }
      scf.if %v231 {
        %v568 = llvm.getelementptr %v9[%v241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v243, %v568 : f32, !llvm.ptr<3>
      }
      scf.if %v246 {
        %v569 = llvm.getelementptr %v9[%v256] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v258, %v569 : f32, !llvm.ptr<3>
      }
      scf.if %v261 {
        %v570 = llvm.getelementptr %v9[%v271] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v273, %v570 : f32, !llvm.ptr<3>
      }
      scf.if %v276 {
        %v571 = llvm.getelementptr %v9[%v286] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v288, %v571 : f32, !llvm.ptr<3>
      }
      scf.if %v291 {
        %v572 = llvm.getelementptr %v9[%v301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v303, %v572 : f32, !llvm.ptr<3>
      }
      scf.if %v306 {
        %v573 = llvm.getelementptr %v9[%v316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v318, %v573 : f32, !llvm.ptr<3>
      }
      scf.if %v320 {
        %v574 = llvm.getelementptr %v9[%v330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v332, %v574 : f32, !llvm.ptr<3>
      }
      scf.if %v335 {
        %v575 = llvm.getelementptr %v9[%v345] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v347, %v575 : f32, !llvm.ptr<3>
      }
      scf.if %v350 {
        %v576 = llvm.getelementptr %v9[%v360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v362, %v576 : f32, !llvm.ptr<3>
      }
      scf.if %v365 {
        %v577 = llvm.getelementptr %v9[%v375] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v377, %v577 : f32, !llvm.ptr<3>
      }
      scf.if %v380 {
        %v578 = llvm.getelementptr %v9[%v390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v392, %v578 : f32, !llvm.ptr<3>
      }
      scf.if %v395 {
        %v579 = llvm.getelementptr %v9[%v405] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v407, %v579 : f32, !llvm.ptr<3>
      }
      scf.if %v410 {
        %v580 = llvm.getelementptr %v9[%v420] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v422, %v580 : f32, !llvm.ptr<3>
      }
      scf.if %v425 {
        %v581 = llvm.getelementptr %v9[%v435] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v437, %v581 : f32, !llvm.ptr<3>
      }
      scf.if %v440 {
        %v582 = llvm.getelementptr %v9[%v450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v452, %v582 : f32, !llvm.ptr<3>
      }
      scf.if %v455 {
        %v583 = llvm.getelementptr %v9[%v465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v467, %v583 : f32, !llvm.ptr<3>
      }
      scf.if %v470 {
        %v584 = llvm.getelementptr %v9[%v480] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v482, %v584 : f32, !llvm.ptr<3>
      }
      scf.if %v485 {
        %v585 = llvm.getelementptr %v9[%v495] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v497, %v585 : f32, !llvm.ptr<3>
      }
      scf.if %v500 {
        %v586 = llvm.getelementptr %v9[%v510] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v512, %v586 : f32, !llvm.ptr<3>
      }
      scf.if %v515 {
        %v587 = llvm.getelementptr %v9[%v525] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v527, %v587 : f32, !llvm.ptr<3>
      }
      scf.if %v530 {
        %v588 = llvm.getelementptr %v9[%v540] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v542, %v588 : f32, !llvm.ptr<3>
      }
      scf.if %v545 {
        %v589 = llvm.getelementptr %v9[%v555] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v557, %v589 : f32, !llvm.ptr<3>
      }
      // end staged load of `e`
      // staged load of `phi1`'s first tile: read, then shared memory
      %v590 = arith.divui %v16, %v78 : i64
      %v591 = arith.remui %v16, %v78 : i64
      %v592 = arith.addi %v590, %v28 : i64
      %v593 = arith.constant true
      %v594 = arith.addi %v18, %v592 : i64
      %v595 = llvm.getelementptr %v8[%v594] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v596 = llvm.load %v595 : !llvm.ptr<3> -> i64
      %v597 = arith.addi %v28, %v591 : i64
      %v598 = arith.cmpi slt, %v597, %size_L : i64
      %v599 = arith.subi %size_L, %v1 : i64
      %v600 = arith.minsi %v597, %v599 : i64
      %v601 = arith.addi %v596, %v600 : i64
      %v602 = arith.muli %v594, %v91 : i64
      %v603 = arith.addi %v602, %v591 : i64
      %v604 = llvm.getelementptr %in_phi1[%v601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v605 = llvm.load %v604 : !llvm.ptr -> f32
      %v606 = arith.addi %v590, %v52 : i64
      %v607 = arith.constant true
      %v608 = arith.addi %v18, %v606 : i64
      %v609 = llvm.getelementptr %v8[%v608] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v610 = llvm.load %v609 : !llvm.ptr<3> -> i64
      %v611 = arith.addi %v28, %v591 : i64
      %v612 = arith.cmpi slt, %v611, %size_L : i64
      %v613 = arith.subi %size_L, %v1 : i64
      %v614 = arith.minsi %v611, %v613 : i64
      %v615 = arith.addi %v610, %v614 : i64
      %v616 = arith.muli %v608, %v91 : i64
      %v617 = arith.addi %v616, %v591 : i64
      %v618 = llvm.getelementptr %in_phi1[%v615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v619 = llvm.load %v618 : !llvm.ptr -> f32
      %v620 = arith.addi %v590, %v73 : i64
      %v621 = arith.constant true
      %v622 = arith.addi %v18, %v620 : i64
      %v623 = llvm.getelementptr %v8[%v622] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v624 = llvm.load %v623 : !llvm.ptr<3> -> i64
      %v625 = arith.addi %v28, %v591 : i64
      %v626 = arith.cmpi slt, %v625, %size_L : i64
      %v627 = arith.subi %size_L, %v1 : i64
      %v628 = arith.minsi %v625, %v627 : i64
      %v629 = arith.addi %v624, %v628 : i64
      %v630 = arith.muli %v622, %v91 : i64
      %v631 = arith.addi %v630, %v591 : i64
      %v632 = llvm.getelementptr %in_phi1[%v629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v633 = llvm.load %v632 : !llvm.ptr -> f32
      %v634 = arith.addi %v590, %v124 : i64
      %v635 = arith.constant true
      %v636 = arith.addi %v18, %v634 : i64
      %v637 = llvm.getelementptr %v8[%v636] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v638 = llvm.load %v637 : !llvm.ptr<3> -> i64
      %v639 = arith.addi %v28, %v591 : i64
      %v640 = arith.cmpi slt, %v639, %size_L : i64
      %v641 = arith.subi %size_L, %v1 : i64
      %v642 = arith.minsi %v639, %v641 : i64
      %v643 = arith.addi %v638, %v642 : i64
      %v644 = arith.muli %v636, %v91 : i64
      %v645 = arith.addi %v644, %v591 : i64
      %v646 = llvm.getelementptr %in_phi1[%v643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v647 = llvm.load %v646 : !llvm.ptr -> f32
      %v648 = arith.addi %v590, %v139 : i64
      %v649 = arith.constant true
      %v650 = arith.addi %v18, %v648 : i64
      %v651 = llvm.getelementptr %v8[%v650] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v652 = llvm.load %v651 : !llvm.ptr<3> -> i64
      %v653 = arith.addi %v28, %v591 : i64
      %v654 = arith.cmpi slt, %v653, %size_L : i64
      %v655 = arith.subi %size_L, %v1 : i64
      %v656 = arith.minsi %v653, %v655 : i64
      %v657 = arith.addi %v652, %v656 : i64
      %v658 = arith.muli %v650, %v91 : i64
      %v659 = arith.addi %v658, %v591 : i64
      %v660 = llvm.getelementptr %in_phi1[%v657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v661 = llvm.load %v660 : !llvm.ptr -> f32
      %v662 = arith.addi %v590, %v154 : i64
      %v663 = arith.constant true
      %v664 = arith.addi %v18, %v662 : i64
      %v665 = llvm.getelementptr %v8[%v664] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v666 = llvm.load %v665 : !llvm.ptr<3> -> i64
      %v667 = arith.addi %v28, %v591 : i64
      %v668 = arith.cmpi slt, %v667, %size_L : i64
      %v669 = arith.subi %size_L, %v1 : i64
      %v670 = arith.minsi %v667, %v669 : i64
      %v671 = arith.addi %v666, %v670 : i64
      %v672 = arith.muli %v664, %v91 : i64
      %v673 = arith.addi %v672, %v591 : i64
      %v674 = llvm.getelementptr %in_phi1[%v671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v675 = llvm.load %v674 : !llvm.ptr -> f32
      %v676 = arith.addi %v590, %v169 : i64
      %v677 = arith.constant true
      %v678 = arith.addi %v18, %v676 : i64
      %v679 = llvm.getelementptr %v8[%v678] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v680 = llvm.load %v679 : !llvm.ptr<3> -> i64
      %v681 = arith.addi %v28, %v591 : i64
      %v682 = arith.cmpi slt, %v681, %size_L : i64
      %v683 = arith.subi %size_L, %v1 : i64
      %v684 = arith.minsi %v681, %v683 : i64
      %v685 = arith.addi %v680, %v684 : i64
      %v686 = arith.muli %v678, %v91 : i64
      %v687 = arith.addi %v686, %v591 : i64
      %v688 = llvm.getelementptr %in_phi1[%v685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v689 = llvm.load %v688 : !llvm.ptr -> f32
      %v690 = arith.addi %v590, %v184 : i64
      %v691 = arith.constant true
      %v692 = arith.addi %v18, %v690 : i64
      %v693 = llvm.getelementptr %v8[%v692] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v694 = llvm.load %v693 : !llvm.ptr<3> -> i64
      %v695 = arith.addi %v28, %v591 : i64
      %v696 = arith.cmpi slt, %v695, %size_L : i64
      %v697 = arith.subi %size_L, %v1 : i64
      %v698 = arith.minsi %v695, %v697 : i64
      %v699 = arith.addi %v694, %v698 : i64
      %v700 = arith.muli %v692, %v91 : i64
      %v701 = arith.addi %v700, %v591 : i64
      %v702 = llvm.getelementptr %in_phi1[%v699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v703 = llvm.load %v702 : !llvm.ptr -> f32
      %v704 = arith.addi %v590, %v199 : i64
      %v705 = arith.constant true
      %v706 = arith.addi %v18, %v704 : i64
      %v707 = llvm.getelementptr %v8[%v706] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v708 = llvm.load %v707 : !llvm.ptr<3> -> i64
      %v709 = arith.addi %v28, %v591 : i64
      %v710 = arith.cmpi slt, %v709, %size_L : i64
      %v711 = arith.subi %size_L, %v1 : i64
      %v712 = arith.minsi %v709, %v711 : i64
      %v713 = arith.addi %v708, %v712 : i64
      %v714 = arith.muli %v706, %v91 : i64
      %v715 = arith.addi %v714, %v591 : i64
      %v716 = llvm.getelementptr %in_phi1[%v713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v717 = llvm.load %v716 : !llvm.ptr -> f32
      %v718 = arith.addi %v590, %v214 : i64
      %v719 = arith.constant true
      %v720 = arith.addi %v18, %v718 : i64
      %v721 = llvm.getelementptr %v8[%v720] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v722 = llvm.load %v721 : !llvm.ptr<3> -> i64
      %v723 = arith.addi %v28, %v591 : i64
      %v724 = arith.cmpi slt, %v723, %size_L : i64
      %v725 = arith.subi %size_L, %v1 : i64
      %v726 = arith.minsi %v723, %v725 : i64
      %v727 = arith.addi %v722, %v726 : i64
      %v728 = arith.muli %v720, %v91 : i64
      %v729 = arith.addi %v728, %v591 : i64
      %v730 = llvm.getelementptr %in_phi1[%v727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v731 = llvm.load %v730 : !llvm.ptr -> f32
      %v732 = arith.addi %v590, %v229 : i64
      %v733 = arith.constant true
      %v734 = arith.addi %v18, %v732 : i64
      %v735 = llvm.getelementptr %v8[%v734] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v736 = llvm.load %v735 : !llvm.ptr<3> -> i64
      %v737 = arith.addi %v28, %v591 : i64
      %v738 = arith.cmpi slt, %v737, %size_L : i64
      %v739 = arith.subi %size_L, %v1 : i64
      %v740 = arith.minsi %v737, %v739 : i64
      %v741 = arith.addi %v736, %v740 : i64
      %v742 = arith.muli %v734, %v91 : i64
      %v743 = arith.addi %v742, %v591 : i64
      %v744 = llvm.getelementptr %in_phi1[%v741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v745 = llvm.load %v744 : !llvm.ptr -> f32
      %v746 = arith.addi %v590, %v244 : i64
      %v747 = arith.constant true
      %v748 = arith.addi %v18, %v746 : i64
      %v749 = llvm.getelementptr %v8[%v748] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v750 = llvm.load %v749 : !llvm.ptr<3> -> i64
      %v751 = arith.addi %v28, %v591 : i64
      %v752 = arith.cmpi slt, %v751, %size_L : i64
      %v753 = arith.subi %size_L, %v1 : i64
      %v754 = arith.minsi %v751, %v753 : i64
      %v755 = arith.addi %v750, %v754 : i64
      %v756 = arith.muli %v748, %v91 : i64
      %v757 = arith.addi %v756, %v591 : i64
      %v758 = llvm.getelementptr %in_phi1[%v755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v759 = llvm.load %v758 : !llvm.ptr -> f32
      %v760 = arith.addi %v590, %v259 : i64
      %v761 = arith.constant true
      %v762 = arith.addi %v18, %v760 : i64
      %v763 = llvm.getelementptr %v8[%v762] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v764 = llvm.load %v763 : !llvm.ptr<3> -> i64
      %v765 = arith.addi %v28, %v591 : i64
      %v766 = arith.cmpi slt, %v765, %size_L : i64
      %v767 = arith.subi %size_L, %v1 : i64
      %v768 = arith.minsi %v765, %v767 : i64
      %v769 = arith.addi %v764, %v768 : i64
      %v770 = arith.muli %v762, %v91 : i64
      %v771 = arith.addi %v770, %v591 : i64
      %v772 = llvm.getelementptr %in_phi1[%v769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v773 = llvm.load %v772 : !llvm.ptr -> f32
      %v774 = arith.addi %v590, %v274 : i64
      %v775 = arith.constant true
      %v776 = arith.addi %v18, %v774 : i64
      %v777 = llvm.getelementptr %v8[%v776] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v778 = llvm.load %v777 : !llvm.ptr<3> -> i64
      %v779 = arith.addi %v28, %v591 : i64
      %v780 = arith.cmpi slt, %v779, %size_L : i64
      %v781 = arith.subi %size_L, %v1 : i64
      %v782 = arith.minsi %v779, %v781 : i64
      %v783 = arith.addi %v778, %v782 : i64
      %v784 = arith.muli %v776, %v91 : i64
      %v785 = arith.addi %v784, %v591 : i64
      %v786 = llvm.getelementptr %in_phi1[%v783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v787 = llvm.load %v786 : !llvm.ptr -> f32
      %v788 = arith.addi %v590, %v289 : i64
      %v789 = arith.constant true
      %v790 = arith.addi %v18, %v788 : i64
      %v791 = llvm.getelementptr %v8[%v790] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v792 = llvm.load %v791 : !llvm.ptr<3> -> i64
      %v793 = arith.addi %v28, %v591 : i64
      %v794 = arith.cmpi slt, %v793, %size_L : i64
      %v795 = arith.subi %size_L, %v1 : i64
      %v796 = arith.minsi %v793, %v795 : i64
      %v797 = arith.addi %v792, %v796 : i64
      %v798 = arith.muli %v790, %v91 : i64
      %v799 = arith.addi %v798, %v591 : i64
      %v800 = llvm.getelementptr %in_phi1[%v797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v801 = llvm.load %v800 : !llvm.ptr -> f32
      %v802 = arith.addi %v590, %v304 : i64
      %v803 = arith.constant true
      %v804 = arith.addi %v18, %v802 : i64
      %v805 = llvm.getelementptr %v8[%v804] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v806 = llvm.load %v805 : !llvm.ptr<3> -> i64
      %v807 = arith.addi %v28, %v591 : i64
      %v808 = arith.cmpi slt, %v807, %size_L : i64
      %v809 = arith.subi %size_L, %v1 : i64
      %v810 = arith.minsi %v807, %v809 : i64
      %v811 = arith.addi %v806, %v810 : i64
      %v812 = arith.muli %v804, %v91 : i64
      %v813 = arith.addi %v812, %v591 : i64
      %v814 = llvm.getelementptr %in_phi1[%v811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v815 = llvm.load %v814 : !llvm.ptr -> f32
      %v816 = arith.addi %v590, %v78 : i64
      %v817 = arith.constant true
      %v818 = arith.addi %v18, %v816 : i64
      %v819 = llvm.getelementptr %v8[%v818] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v820 = llvm.load %v819 : !llvm.ptr<3> -> i64
      %v821 = arith.addi %v28, %v591 : i64
      %v822 = arith.cmpi slt, %v821, %size_L : i64
      %v823 = arith.subi %size_L, %v1 : i64
      %v824 = arith.minsi %v821, %v823 : i64
      %v825 = arith.addi %v820, %v824 : i64
      %v826 = arith.muli %v818, %v91 : i64
      %v827 = arith.addi %v826, %v591 : i64
      %v828 = llvm.getelementptr %in_phi1[%v825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v829 = llvm.load %v828 : !llvm.ptr -> f32
      %v830 = arith.addi %v590, %v333 : i64
      %v831 = arith.constant true
      %v832 = arith.addi %v18, %v830 : i64
      %v833 = llvm.getelementptr %v8[%v832] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v834 = llvm.load %v833 : !llvm.ptr<3> -> i64
      %v835 = arith.addi %v28, %v591 : i64
      %v836 = arith.cmpi slt, %v835, %size_L : i64
      %v837 = arith.subi %size_L, %v1 : i64
      %v838 = arith.minsi %v835, %v837 : i64
      %v839 = arith.addi %v834, %v838 : i64
      %v840 = arith.muli %v832, %v91 : i64
      %v841 = arith.addi %v840, %v591 : i64
      %v842 = llvm.getelementptr %in_phi1[%v839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v843 = llvm.load %v842 : !llvm.ptr -> f32
      %v844 = arith.addi %v590, %v348 : i64
      %v845 = arith.constant true
      %v846 = arith.addi %v18, %v844 : i64
      %v847 = llvm.getelementptr %v8[%v846] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v848 = llvm.load %v847 : !llvm.ptr<3> -> i64
      %v849 = arith.addi %v28, %v591 : i64
      %v850 = arith.cmpi slt, %v849, %size_L : i64
      %v851 = arith.subi %size_L, %v1 : i64
      %v852 = arith.minsi %v849, %v851 : i64
      %v853 = arith.addi %v848, %v852 : i64
      %v854 = arith.muli %v846, %v91 : i64
      %v855 = arith.addi %v854, %v591 : i64
      %v856 = llvm.getelementptr %in_phi1[%v853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v857 = llvm.load %v856 : !llvm.ptr -> f32
      %v858 = arith.addi %v590, %v363 : i64
      %v859 = arith.constant true
      %v860 = arith.addi %v18, %v858 : i64
      %v861 = llvm.getelementptr %v8[%v860] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v862 = llvm.load %v861 : !llvm.ptr<3> -> i64
      %v863 = arith.addi %v28, %v591 : i64
      %v864 = arith.cmpi slt, %v863, %size_L : i64
      %v865 = arith.subi %size_L, %v1 : i64
      %v866 = arith.minsi %v863, %v865 : i64
      %v867 = arith.addi %v862, %v866 : i64
      %v868 = arith.muli %v860, %v91 : i64
      %v869 = arith.addi %v868, %v591 : i64
      %v870 = llvm.getelementptr %in_phi1[%v867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v871 = llvm.load %v870 : !llvm.ptr -> f32
      %v872 = arith.addi %v590, %v378 : i64
      %v873 = arith.constant true
      %v874 = arith.addi %v18, %v872 : i64
      %v875 = llvm.getelementptr %v8[%v874] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v876 = llvm.load %v875 : !llvm.ptr<3> -> i64
      %v877 = arith.addi %v28, %v591 : i64
      %v878 = arith.cmpi slt, %v877, %size_L : i64
      %v879 = arith.subi %size_L, %v1 : i64
      %v880 = arith.minsi %v877, %v879 : i64
      %v881 = arith.addi %v876, %v880 : i64
      %v882 = arith.muli %v874, %v91 : i64
      %v883 = arith.addi %v882, %v591 : i64
      %v884 = llvm.getelementptr %in_phi1[%v881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v885 = llvm.load %v884 : !llvm.ptr -> f32
      %v886 = arith.addi %v590, %v393 : i64
      %v887 = arith.constant true
      %v888 = arith.addi %v18, %v886 : i64
      %v889 = llvm.getelementptr %v8[%v888] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v890 = llvm.load %v889 : !llvm.ptr<3> -> i64
      %v891 = arith.addi %v28, %v591 : i64
      %v892 = arith.cmpi slt, %v891, %size_L : i64
      %v893 = arith.subi %size_L, %v1 : i64
      %v894 = arith.minsi %v891, %v893 : i64
      %v895 = arith.addi %v890, %v894 : i64
      %v896 = arith.muli %v888, %v91 : i64
      %v897 = arith.addi %v896, %v591 : i64
      %v898 = llvm.getelementptr %in_phi1[%v895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v899 = llvm.load %v898 : !llvm.ptr -> f32
      %v900 = arith.addi %v590, %v408 : i64
      %v901 = arith.constant true
      %v902 = arith.addi %v18, %v900 : i64
      %v903 = llvm.getelementptr %v8[%v902] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v904 = llvm.load %v903 : !llvm.ptr<3> -> i64
      %v905 = arith.addi %v28, %v591 : i64
      %v906 = arith.cmpi slt, %v905, %size_L : i64
      %v907 = arith.subi %size_L, %v1 : i64
      %v908 = arith.minsi %v905, %v907 : i64
      %v909 = arith.addi %v904, %v908 : i64
      %v910 = arith.muli %v902, %v91 : i64
      %v911 = arith.addi %v910, %v591 : i64
      %v912 = llvm.getelementptr %in_phi1[%v909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v913 = llvm.load %v912 : !llvm.ptr -> f32
      %v914 = arith.addi %v590, %v423 : i64
      %v915 = arith.constant true
      %v916 = arith.addi %v18, %v914 : i64
      %v917 = llvm.getelementptr %v8[%v916] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v918 = llvm.load %v917 : !llvm.ptr<3> -> i64
      %v919 = arith.addi %v28, %v591 : i64
      %v920 = arith.cmpi slt, %v919, %size_L : i64
      %v921 = arith.subi %size_L, %v1 : i64
      %v922 = arith.minsi %v919, %v921 : i64
      %v923 = arith.addi %v918, %v922 : i64
      %v924 = arith.muli %v916, %v91 : i64
      %v925 = arith.addi %v924, %v591 : i64
      %v926 = llvm.getelementptr %in_phi1[%v923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v927 = llvm.load %v926 : !llvm.ptr -> f32
      %v928 = arith.addi %v590, %v438 : i64
      %v929 = arith.constant true
      %v930 = arith.addi %v18, %v928 : i64
      %v931 = llvm.getelementptr %v8[%v930] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v932 = llvm.load %v931 : !llvm.ptr<3> -> i64
      %v933 = arith.addi %v28, %v591 : i64
      %v934 = arith.cmpi slt, %v933, %size_L : i64
      %v935 = arith.subi %size_L, %v1 : i64
      %v936 = arith.minsi %v933, %v935 : i64
      %v937 = arith.addi %v932, %v936 : i64
      %v938 = arith.muli %v930, %v91 : i64
      %v939 = arith.addi %v938, %v591 : i64
      %v940 = llvm.getelementptr %in_phi1[%v937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v941 = llvm.load %v940 : !llvm.ptr -> f32
      %v942 = arith.addi %v590, %v453 : i64
      %v943 = arith.constant true
      %v944 = arith.addi %v18, %v942 : i64
      %v945 = llvm.getelementptr %v8[%v944] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v946 = llvm.load %v945 : !llvm.ptr<3> -> i64
      %v947 = arith.addi %v28, %v591 : i64
      %v948 = arith.cmpi slt, %v947, %size_L : i64
      %v949 = arith.subi %size_L, %v1 : i64
      %v950 = arith.minsi %v947, %v949 : i64
      %v951 = arith.addi %v946, %v950 : i64
      %v952 = arith.muli %v944, %v91 : i64
      %v953 = arith.addi %v952, %v591 : i64
      %v954 = llvm.getelementptr %in_phi1[%v951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v955 = llvm.load %v954 : !llvm.ptr -> f32
      %v956 = arith.addi %v590, %v468 : i64
      %v957 = arith.constant true
      %v958 = arith.addi %v18, %v956 : i64
      %v959 = llvm.getelementptr %v8[%v958] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v960 = llvm.load %v959 : !llvm.ptr<3> -> i64
      %v961 = arith.addi %v28, %v591 : i64
      %v962 = arith.cmpi slt, %v961, %size_L : i64
      %v963 = arith.subi %size_L, %v1 : i64
      %v964 = arith.minsi %v961, %v963 : i64
      %v965 = arith.addi %v960, %v964 : i64
      %v966 = arith.muli %v958, %v91 : i64
      %v967 = arith.addi %v966, %v591 : i64
      %v968 = llvm.getelementptr %in_phi1[%v965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v969 = llvm.load %v968 : !llvm.ptr -> f32
      %v970 = arith.addi %v590, %v483 : i64
      %v971 = arith.constant true
      %v972 = arith.addi %v18, %v970 : i64
      %v973 = llvm.getelementptr %v8[%v972] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v974 = llvm.load %v973 : !llvm.ptr<3> -> i64
      %v975 = arith.addi %v28, %v591 : i64
      %v976 = arith.cmpi slt, %v975, %size_L : i64
      %v977 = arith.subi %size_L, %v1 : i64
      %v978 = arith.minsi %v975, %v977 : i64
      %v979 = arith.addi %v974, %v978 : i64
      %v980 = arith.muli %v972, %v91 : i64
      %v981 = arith.addi %v980, %v591 : i64
      %v982 = llvm.getelementptr %in_phi1[%v979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v983 = llvm.load %v982 : !llvm.ptr -> f32
      %v984 = arith.addi %v590, %v498 : i64
      %v985 = arith.constant true
      %v986 = arith.addi %v18, %v984 : i64
      %v987 = llvm.getelementptr %v8[%v986] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v988 = llvm.load %v987 : !llvm.ptr<3> -> i64
      %v989 = arith.addi %v28, %v591 : i64
      %v990 = arith.cmpi slt, %v989, %size_L : i64
      %v991 = arith.subi %size_L, %v1 : i64
      %v992 = arith.minsi %v989, %v991 : i64
      %v993 = arith.addi %v988, %v992 : i64
      %v994 = arith.muli %v986, %v91 : i64
      %v995 = arith.addi %v994, %v591 : i64
      %v996 = llvm.getelementptr %in_phi1[%v993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v997 = llvm.load %v996 : !llvm.ptr -> f32
      %v998 = arith.addi %v590, %v513 : i64
      %v999 = arith.constant true
      %v1000 = arith.addi %v18, %v998 : i64
      %v1001 = llvm.getelementptr %v8[%v1000] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1002 = llvm.load %v1001 : !llvm.ptr<3> -> i64
      %v1003 = arith.addi %v28, %v591 : i64
      %v1004 = arith.cmpi slt, %v1003, %size_L : i64
      %v1005 = arith.subi %size_L, %v1 : i64
      %v1006 = arith.minsi %v1003, %v1005 : i64
      %v1007 = arith.addi %v1002, %v1006 : i64
      %v1008 = arith.muli %v1000, %v91 : i64
      %v1009 = arith.addi %v1008, %v591 : i64
      %v1010 = llvm.getelementptr %in_phi1[%v1007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1011 = llvm.load %v1010 : !llvm.ptr -> f32
      %v1012 = arith.addi %v590, %v528 : i64
      %v1013 = arith.constant true
      %v1014 = arith.addi %v18, %v1012 : i64
      %v1015 = llvm.getelementptr %v8[%v1014] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1016 = llvm.load %v1015 : !llvm.ptr<3> -> i64
      %v1017 = arith.addi %v28, %v591 : i64
      %v1018 = arith.cmpi slt, %v1017, %size_L : i64
      %v1019 = arith.subi %size_L, %v1 : i64
      %v1020 = arith.minsi %v1017, %v1019 : i64
      %v1021 = arith.addi %v1016, %v1020 : i64
      %v1022 = arith.muli %v1014, %v91 : i64
      %v1023 = arith.addi %v1022, %v591 : i64
      %v1024 = llvm.getelementptr %in_phi1[%v1021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1025 = llvm.load %v1024 : !llvm.ptr -> f32
      %v1026 = arith.addi %v590, %v543 : i64
      %v1027 = arith.constant true
      %v1028 = arith.addi %v18, %v1026 : i64
      %v1029 = llvm.getelementptr %v8[%v1028] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1030 = llvm.load %v1029 : !llvm.ptr<3> -> i64
      %v1031 = arith.addi %v28, %v591 : i64
      %v1032 = arith.cmpi slt, %v1031, %size_L : i64
      %v1033 = arith.subi %size_L, %v1 : i64
      %v1034 = arith.minsi %v1031, %v1033 : i64
      %v1035 = arith.addi %v1030, %v1034 : i64
      %v1036 = arith.muli %v1028, %v91 : i64
      %v1037 = arith.addi %v1036, %v591 : i64
      %v1038 = llvm.getelementptr %in_phi1[%v1035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1039 = llvm.load %v1038 : !llvm.ptr -> f32
      scf.if %v593 {
        %v1040 = llvm.getelementptr %v9[%v603] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v605, %v1040 : f32, !llvm.ptr<3>
      }
      scf.if %v607 {
        %v1041 = llvm.getelementptr %v9[%v617] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v619, %v1041 : f32, !llvm.ptr<3>
      }
      scf.if %v621 {
        %v1042 = llvm.getelementptr %v9[%v631] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v633, %v1042 : f32, !llvm.ptr<3>
      }
      scf.if %v635 {
        %v1043 = llvm.getelementptr %v9[%v645] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v647, %v1043 : f32, !llvm.ptr<3>
      }
      scf.if %v649 {
        %v1044 = llvm.getelementptr %v9[%v659] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v661, %v1044 : f32, !llvm.ptr<3>
      }
      scf.if %v663 {
        %v1045 = llvm.getelementptr %v9[%v673] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v675, %v1045 : f32, !llvm.ptr<3>
      }
      scf.if %v677 {
        %v1046 = llvm.getelementptr %v9[%v687] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v689, %v1046 : f32, !llvm.ptr<3>
      }
      scf.if %v691 {
        %v1047 = llvm.getelementptr %v9[%v701] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v703, %v1047 : f32, !llvm.ptr<3>
      }
      scf.if %v705 {
        %v1048 = llvm.getelementptr %v9[%v715] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v717, %v1048 : f32, !llvm.ptr<3>
      }
      scf.if %v719 {
        %v1049 = llvm.getelementptr %v9[%v729] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v731, %v1049 : f32, !llvm.ptr<3>
      }
      scf.if %v733 {
        %v1050 = llvm.getelementptr %v9[%v743] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v745, %v1050 : f32, !llvm.ptr<3>
      }
      scf.if %v747 {
        %v1051 = llvm.getelementptr %v9[%v757] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v759, %v1051 : f32, !llvm.ptr<3>
      }
      scf.if %v761 {
        %v1052 = llvm.getelementptr %v9[%v771] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v773, %v1052 : f32, !llvm.ptr<3>
      }
      scf.if %v775 {
        %v1053 = llvm.getelementptr %v9[%v785] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v787, %v1053 : f32, !llvm.ptr<3>
      }
      scf.if %v789 {
        %v1054 = llvm.getelementptr %v9[%v799] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v801, %v1054 : f32, !llvm.ptr<3>
      }
      scf.if %v803 {
        %v1055 = llvm.getelementptr %v9[%v813] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v815, %v1055 : f32, !llvm.ptr<3>
      }
      scf.if %v817 {
        %v1056 = llvm.getelementptr %v9[%v827] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v829, %v1056 : f32, !llvm.ptr<3>
      }
      scf.if %v831 {
        %v1057 = llvm.getelementptr %v9[%v841] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v843, %v1057 : f32, !llvm.ptr<3>
      }
      scf.if %v845 {
        %v1058 = llvm.getelementptr %v9[%v855] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v857, %v1058 : f32, !llvm.ptr<3>
      }
      scf.if %v859 {
        %v1059 = llvm.getelementptr %v9[%v869] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v871, %v1059 : f32, !llvm.ptr<3>
      }
      scf.if %v873 {
        %v1060 = llvm.getelementptr %v9[%v883] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v885, %v1060 : f32, !llvm.ptr<3>
      }
      scf.if %v887 {
        %v1061 = llvm.getelementptr %v9[%v897] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v899, %v1061 : f32, !llvm.ptr<3>
      }
      scf.if %v901 {
        %v1062 = llvm.getelementptr %v9[%v911] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v913, %v1062 : f32, !llvm.ptr<3>
      }
      scf.if %v915 {
        %v1063 = llvm.getelementptr %v9[%v925] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v927, %v1063 : f32, !llvm.ptr<3>
      }
      scf.if %v929 {
        %v1064 = llvm.getelementptr %v9[%v939] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v941, %v1064 : f32, !llvm.ptr<3>
      }
      scf.if %v943 {
        %v1065 = llvm.getelementptr %v9[%v953] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v955, %v1065 : f32, !llvm.ptr<3>
      }
      scf.if %v957 {
        %v1066 = llvm.getelementptr %v9[%v967] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v969, %v1066 : f32, !llvm.ptr<3>
      }
      scf.if %v971 {
        %v1067 = llvm.getelementptr %v9[%v981] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v983, %v1067 : f32, !llvm.ptr<3>
      }
      scf.if %v985 {
        %v1068 = llvm.getelementptr %v9[%v995] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v997, %v1068 : f32, !llvm.ptr<3>
      }
      scf.if %v999 {
        %v1069 = llvm.getelementptr %v9[%v1009] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1011, %v1069 : f32, !llvm.ptr<3>
      }
      scf.if %v1013 {
        %v1070 = llvm.getelementptr %v9[%v1023] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1025, %v1070 : f32, !llvm.ptr<3>
      }
      scf.if %v1027 {
        %v1071 = llvm.getelementptr %v9[%v1037] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1039, %v1071 : f32, !llvm.ptr<3>
      }
      // end staged load of `phi1`
      // staged load of `phi2`'s first tile: read, then shared memory
      %v1072 = arith.divui %v16, %v78 : i64
      %v1073 = arith.remui %v16, %v78 : i64
      %v1074 = arith.addi %v1072, %v28 : i64
      %v1075 = arith.constant true
      %v1077 = arith.addi %v1076, %v1074 : i64
      %v1078 = llvm.getelementptr %v8[%v1077] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1079 = llvm.load %v1078 : !llvm.ptr<3> -> i64
      %v1080 = arith.addi %v28, %v1073 : i64
      %v1081 = arith.cmpi slt, %v1080, %size_L : i64
      %v1082 = arith.subi %size_L, %v1 : i64
      %v1083 = arith.minsi %v1080, %v1082 : i64
      %v1084 = arith.addi %v1079, %v1083 : i64
      %v1085 = arith.muli %v1077, %v91 : i64
      %v1086 = arith.addi %v1085, %v1073 : i64
      %v1087 = llvm.getelementptr %in_phi2[%v1084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1088 = llvm.load %v1087 : !llvm.ptr -> f32
      %v1089 = arith.addi %v1072, %v52 : i64
      %v1090 = arith.constant true
      %v1091 = arith.addi %v1076, %v1089 : i64
      %v1092 = llvm.getelementptr %v8[%v1091] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1093 = llvm.load %v1092 : !llvm.ptr<3> -> i64
      %v1094 = arith.addi %v28, %v1073 : i64
      %v1095 = arith.cmpi slt, %v1094, %size_L : i64
      %v1096 = arith.subi %size_L, %v1 : i64
      %v1097 = arith.minsi %v1094, %v1096 : i64
      %v1098 = arith.addi %v1093, %v1097 : i64
      %v1099 = arith.muli %v1091, %v91 : i64
      %v1100 = arith.addi %v1099, %v1073 : i64
      %v1101 = llvm.getelementptr %in_phi2[%v1098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1102 = llvm.load %v1101 : !llvm.ptr -> f32
      %v1103 = arith.addi %v1072, %v73 : i64
      %v1104 = arith.constant true
      %v1105 = arith.addi %v1076, %v1103 : i64
      %v1106 = llvm.getelementptr %v8[%v1105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1107 = llvm.load %v1106 : !llvm.ptr<3> -> i64
      %v1108 = arith.addi %v28, %v1073 : i64
      %v1109 = arith.cmpi slt, %v1108, %size_L : i64
      %v1110 = arith.subi %size_L, %v1 : i64
      %v1111 = arith.minsi %v1108, %v1110 : i64
      %v1112 = arith.addi %v1107, %v1111 : i64
      %v1113 = arith.muli %v1105, %v91 : i64
      %v1114 = arith.addi %v1113, %v1073 : i64
      %v1115 = llvm.getelementptr %in_phi2[%v1112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1116 = llvm.load %v1115 : !llvm.ptr -> f32
      %v1117 = arith.addi %v1072, %v124 : i64
      %v1118 = arith.constant true
      %v1119 = arith.addi %v1076, %v1117 : i64
      %v1120 = llvm.getelementptr %v8[%v1119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1121 = llvm.load %v1120 : !llvm.ptr<3> -> i64
      %v1122 = arith.addi %v28, %v1073 : i64
      %v1123 = arith.cmpi slt, %v1122, %size_L : i64
      %v1124 = arith.subi %size_L, %v1 : i64
      %v1125 = arith.minsi %v1122, %v1124 : i64
      %v1126 = arith.addi %v1121, %v1125 : i64
      %v1127 = arith.muli %v1119, %v91 : i64
      %v1128 = arith.addi %v1127, %v1073 : i64
      %v1129 = llvm.getelementptr %in_phi2[%v1126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1130 = llvm.load %v1129 : !llvm.ptr -> f32
      %v1131 = arith.addi %v1072, %v139 : i64
      %v1132 = arith.constant true
      %v1133 = arith.addi %v1076, %v1131 : i64
      %v1134 = llvm.getelementptr %v8[%v1133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1135 = llvm.load %v1134 : !llvm.ptr<3> -> i64
      %v1136 = arith.addi %v28, %v1073 : i64
      %v1137 = arith.cmpi slt, %v1136, %size_L : i64
      %v1138 = arith.subi %size_L, %v1 : i64
      %v1139 = arith.minsi %v1136, %v1138 : i64
      %v1140 = arith.addi %v1135, %v1139 : i64
      %v1141 = arith.muli %v1133, %v91 : i64
      %v1142 = arith.addi %v1141, %v1073 : i64
      %v1143 = llvm.getelementptr %in_phi2[%v1140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1144 = llvm.load %v1143 : !llvm.ptr -> f32
      %v1145 = arith.addi %v1072, %v154 : i64
      %v1146 = arith.constant true
      %v1147 = arith.addi %v1076, %v1145 : i64
      %v1148 = llvm.getelementptr %v8[%v1147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1149 = llvm.load %v1148 : !llvm.ptr<3> -> i64
      %v1150 = arith.addi %v28, %v1073 : i64
      %v1151 = arith.cmpi slt, %v1150, %size_L : i64
      %v1152 = arith.subi %size_L, %v1 : i64
      %v1153 = arith.minsi %v1150, %v1152 : i64
      %v1154 = arith.addi %v1149, %v1153 : i64
      %v1155 = arith.muli %v1147, %v91 : i64
      %v1156 = arith.addi %v1155, %v1073 : i64
      %v1157 = llvm.getelementptr %in_phi2[%v1154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1158 = llvm.load %v1157 : !llvm.ptr -> f32
      %v1159 = arith.addi %v1072, %v169 : i64
      %v1160 = arith.constant true
      %v1161 = arith.addi %v1076, %v1159 : i64
      %v1162 = llvm.getelementptr %v8[%v1161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1163 = llvm.load %v1162 : !llvm.ptr<3> -> i64
      %v1164 = arith.addi %v28, %v1073 : i64
      %v1165 = arith.cmpi slt, %v1164, %size_L : i64
      %v1166 = arith.subi %size_L, %v1 : i64
      %v1167 = arith.minsi %v1164, %v1166 : i64
      %v1168 = arith.addi %v1163, %v1167 : i64
      %v1169 = arith.muli %v1161, %v91 : i64
      %v1170 = arith.addi %v1169, %v1073 : i64
      %v1171 = llvm.getelementptr %in_phi2[%v1168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1172 = llvm.load %v1171 : !llvm.ptr -> f32
      %v1173 = arith.addi %v1072, %v184 : i64
      %v1174 = arith.constant true
      %v1175 = arith.addi %v1076, %v1173 : i64
      %v1176 = llvm.getelementptr %v8[%v1175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1177 = llvm.load %v1176 : !llvm.ptr<3> -> i64
      %v1178 = arith.addi %v28, %v1073 : i64
      %v1179 = arith.cmpi slt, %v1178, %size_L : i64
      %v1180 = arith.subi %size_L, %v1 : i64
      %v1181 = arith.minsi %v1178, %v1180 : i64
      %v1182 = arith.addi %v1177, %v1181 : i64
      %v1183 = arith.muli %v1175, %v91 : i64
      %v1184 = arith.addi %v1183, %v1073 : i64
      %v1185 = llvm.getelementptr %in_phi2[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1186 = llvm.load %v1185 : !llvm.ptr -> f32
      %v1187 = arith.addi %v1072, %v199 : i64
      %v1188 = arith.constant true
      %v1189 = arith.addi %v1076, %v1187 : i64
      %v1190 = llvm.getelementptr %v8[%v1189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1191 = llvm.load %v1190 : !llvm.ptr<3> -> i64
      %v1192 = arith.addi %v28, %v1073 : i64
      %v1193 = arith.cmpi slt, %v1192, %size_L : i64
      %v1194 = arith.subi %size_L, %v1 : i64
      %v1195 = arith.minsi %v1192, %v1194 : i64
      %v1196 = arith.addi %v1191, %v1195 : i64
      %v1197 = arith.muli %v1189, %v91 : i64
      %v1198 = arith.addi %v1197, %v1073 : i64
      %v1199 = llvm.getelementptr %in_phi2[%v1196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1200 = llvm.load %v1199 : !llvm.ptr -> f32
      %v1201 = arith.addi %v1072, %v214 : i64
      %v1202 = arith.constant true
      %v1203 = arith.addi %v1076, %v1201 : i64
      %v1204 = llvm.getelementptr %v8[%v1203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1205 = llvm.load %v1204 : !llvm.ptr<3> -> i64
      %v1206 = arith.addi %v28, %v1073 : i64
      %v1207 = arith.cmpi slt, %v1206, %size_L : i64
      %v1208 = arith.subi %size_L, %v1 : i64
      %v1209 = arith.minsi %v1206, %v1208 : i64
      %v1210 = arith.addi %v1205, %v1209 : i64
      %v1211 = arith.muli %v1203, %v91 : i64
      %v1212 = arith.addi %v1211, %v1073 : i64
      %v1213 = llvm.getelementptr %in_phi2[%v1210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1214 = llvm.load %v1213 : !llvm.ptr -> f32
      %v1215 = arith.addi %v1072, %v229 : i64
      %v1216 = arith.constant true
      %v1217 = arith.addi %v1076, %v1215 : i64
      %v1218 = llvm.getelementptr %v8[%v1217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1219 = llvm.load %v1218 : !llvm.ptr<3> -> i64
      %v1220 = arith.addi %v28, %v1073 : i64
      %v1221 = arith.cmpi slt, %v1220, %size_L : i64
      %v1222 = arith.subi %size_L, %v1 : i64
      %v1223 = arith.minsi %v1220, %v1222 : i64
      %v1224 = arith.addi %v1219, %v1223 : i64
      %v1225 = arith.muli %v1217, %v91 : i64
      %v1226 = arith.addi %v1225, %v1073 : i64
      %v1227 = llvm.getelementptr %in_phi2[%v1224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1228 = llvm.load %v1227 : !llvm.ptr -> f32
      %v1229 = arith.addi %v1072, %v244 : i64
      %v1230 = arith.constant true
      %v1231 = arith.addi %v1076, %v1229 : i64
      %v1232 = llvm.getelementptr %v8[%v1231] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1233 = llvm.load %v1232 : !llvm.ptr<3> -> i64
      %v1234 = arith.addi %v28, %v1073 : i64
      %v1235 = arith.cmpi slt, %v1234, %size_L : i64
      %v1236 = arith.subi %size_L, %v1 : i64
      %v1237 = arith.minsi %v1234, %v1236 : i64
      %v1238 = arith.addi %v1233, %v1237 : i64
      %v1239 = arith.muli %v1231, %v91 : i64
      %v1240 = arith.addi %v1239, %v1073 : i64
      %v1241 = llvm.getelementptr %in_phi2[%v1238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1242 = llvm.load %v1241 : !llvm.ptr -> f32
      %v1243 = arith.addi %v1072, %v259 : i64
      %v1244 = arith.constant true
      %v1245 = arith.addi %v1076, %v1243 : i64
      %v1246 = llvm.getelementptr %v8[%v1245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1247 = llvm.load %v1246 : !llvm.ptr<3> -> i64
      %v1248 = arith.addi %v28, %v1073 : i64
      %v1249 = arith.cmpi slt, %v1248, %size_L : i64
      %v1250 = arith.subi %size_L, %v1 : i64
      %v1251 = arith.minsi %v1248, %v1250 : i64
      %v1252 = arith.addi %v1247, %v1251 : i64
      %v1253 = arith.muli %v1245, %v91 : i64
      %v1254 = arith.addi %v1253, %v1073 : i64
      %v1255 = llvm.getelementptr %in_phi2[%v1252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1256 = llvm.load %v1255 : !llvm.ptr -> f32
      %v1257 = arith.addi %v1072, %v274 : i64
      %v1258 = arith.constant true
      %v1259 = arith.addi %v1076, %v1257 : i64
      %v1260 = llvm.getelementptr %v8[%v1259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1261 = llvm.load %v1260 : !llvm.ptr<3> -> i64
      %v1262 = arith.addi %v28, %v1073 : i64
      %v1263 = arith.cmpi slt, %v1262, %size_L : i64
      %v1264 = arith.subi %size_L, %v1 : i64
      %v1265 = arith.minsi %v1262, %v1264 : i64
      %v1266 = arith.addi %v1261, %v1265 : i64
      %v1267 = arith.muli %v1259, %v91 : i64
      %v1268 = arith.addi %v1267, %v1073 : i64
      %v1269 = llvm.getelementptr %in_phi2[%v1266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1270 = llvm.load %v1269 : !llvm.ptr -> f32
      %v1271 = arith.addi %v1072, %v289 : i64
      %v1272 = arith.constant true
      %v1273 = arith.addi %v1076, %v1271 : i64
      %v1274 = llvm.getelementptr %v8[%v1273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1275 = llvm.load %v1274 : !llvm.ptr<3> -> i64
      %v1276 = arith.addi %v28, %v1073 : i64
      %v1277 = arith.cmpi slt, %v1276, %size_L : i64
      %v1278 = arith.subi %size_L, %v1 : i64
      %v1279 = arith.minsi %v1276, %v1278 : i64
      %v1280 = arith.addi %v1275, %v1279 : i64
      %v1281 = arith.muli %v1273, %v91 : i64
      %v1282 = arith.addi %v1281, %v1073 : i64
      %v1283 = llvm.getelementptr %in_phi2[%v1280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1284 = llvm.load %v1283 : !llvm.ptr -> f32
      %v1285 = arith.addi %v1072, %v304 : i64
      %v1286 = arith.constant true
      %v1287 = arith.addi %v1076, %v1285 : i64
      %v1288 = llvm.getelementptr %v8[%v1287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1289 = llvm.load %v1288 : !llvm.ptr<3> -> i64
      %v1290 = arith.addi %v28, %v1073 : i64
      %v1291 = arith.cmpi slt, %v1290, %size_L : i64
      %v1292 = arith.subi %size_L, %v1 : i64
      %v1293 = arith.minsi %v1290, %v1292 : i64
      %v1294 = arith.addi %v1289, %v1293 : i64
      %v1295 = arith.muli %v1287, %v91 : i64
      %v1296 = arith.addi %v1295, %v1073 : i64
      %v1297 = llvm.getelementptr %in_phi2[%v1294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1298 = llvm.load %v1297 : !llvm.ptr -> f32
      %v1299 = arith.addi %v1072, %v78 : i64
      %v1300 = arith.constant true
      %v1301 = arith.addi %v1076, %v1299 : i64
      %v1302 = llvm.getelementptr %v8[%v1301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1303 = llvm.load %v1302 : !llvm.ptr<3> -> i64
      %v1304 = arith.addi %v28, %v1073 : i64
      %v1305 = arith.cmpi slt, %v1304, %size_L : i64
      %v1306 = arith.subi %size_L, %v1 : i64
      %v1307 = arith.minsi %v1304, %v1306 : i64
      %v1308 = arith.addi %v1303, %v1307 : i64
      %v1309 = arith.muli %v1301, %v91 : i64
      %v1310 = arith.addi %v1309, %v1073 : i64
      %v1311 = llvm.getelementptr %in_phi2[%v1308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1312 = llvm.load %v1311 : !llvm.ptr -> f32
      %v1313 = arith.addi %v1072, %v333 : i64
      %v1314 = arith.constant true
      %v1315 = arith.addi %v1076, %v1313 : i64
      %v1316 = llvm.getelementptr %v8[%v1315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1317 = llvm.load %v1316 : !llvm.ptr<3> -> i64
      %v1318 = arith.addi %v28, %v1073 : i64
      %v1319 = arith.cmpi slt, %v1318, %size_L : i64
      %v1320 = arith.subi %size_L, %v1 : i64
      %v1321 = arith.minsi %v1318, %v1320 : i64
      %v1322 = arith.addi %v1317, %v1321 : i64
      %v1323 = arith.muli %v1315, %v91 : i64
      %v1324 = arith.addi %v1323, %v1073 : i64
      %v1325 = llvm.getelementptr %in_phi2[%v1322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1326 = llvm.load %v1325 : !llvm.ptr -> f32
      %v1327 = arith.addi %v1072, %v348 : i64
      %v1328 = arith.constant true
      %v1329 = arith.addi %v1076, %v1327 : i64
      %v1330 = llvm.getelementptr %v8[%v1329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1331 = llvm.load %v1330 : !llvm.ptr<3> -> i64
      %v1332 = arith.addi %v28, %v1073 : i64
      %v1333 = arith.cmpi slt, %v1332, %size_L : i64
      %v1334 = arith.subi %size_L, %v1 : i64
      %v1335 = arith.minsi %v1332, %v1334 : i64
      %v1336 = arith.addi %v1331, %v1335 : i64
      %v1337 = arith.muli %v1329, %v91 : i64
      %v1338 = arith.addi %v1337, %v1073 : i64
      %v1339 = llvm.getelementptr %in_phi2[%v1336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1340 = llvm.load %v1339 : !llvm.ptr -> f32
      %v1341 = arith.addi %v1072, %v363 : i64
      %v1342 = arith.constant true
      %v1343 = arith.addi %v1076, %v1341 : i64
      %v1344 = llvm.getelementptr %v8[%v1343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1345 = llvm.load %v1344 : !llvm.ptr<3> -> i64
      %v1346 = arith.addi %v28, %v1073 : i64
      %v1347 = arith.cmpi slt, %v1346, %size_L : i64
      %v1348 = arith.subi %size_L, %v1 : i64
      %v1349 = arith.minsi %v1346, %v1348 : i64
      %v1350 = arith.addi %v1345, %v1349 : i64
      %v1351 = arith.muli %v1343, %v91 : i64
      %v1352 = arith.addi %v1351, %v1073 : i64
      %v1353 = llvm.getelementptr %in_phi2[%v1350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1354 = llvm.load %v1353 : !llvm.ptr -> f32
      %v1355 = arith.addi %v1072, %v378 : i64
      %v1356 = arith.constant true
      %v1357 = arith.addi %v1076, %v1355 : i64
      %v1358 = llvm.getelementptr %v8[%v1357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1359 = llvm.load %v1358 : !llvm.ptr<3> -> i64
      %v1360 = arith.addi %v28, %v1073 : i64
      %v1361 = arith.cmpi slt, %v1360, %size_L : i64
      %v1362 = arith.subi %size_L, %v1 : i64
      %v1363 = arith.minsi %v1360, %v1362 : i64
      %v1364 = arith.addi %v1359, %v1363 : i64
      %v1365 = arith.muli %v1357, %v91 : i64
      %v1366 = arith.addi %v1365, %v1073 : i64
      %v1367 = llvm.getelementptr %in_phi2[%v1364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1368 = llvm.load %v1367 : !llvm.ptr -> f32
      %v1369 = arith.addi %v1072, %v393 : i64
      %v1370 = arith.constant true
      %v1371 = arith.addi %v1076, %v1369 : i64
      %v1372 = llvm.getelementptr %v8[%v1371] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1373 = llvm.load %v1372 : !llvm.ptr<3> -> i64
      %v1374 = arith.addi %v28, %v1073 : i64
      %v1375 = arith.cmpi slt, %v1374, %size_L : i64
      %v1376 = arith.subi %size_L, %v1 : i64
      %v1377 = arith.minsi %v1374, %v1376 : i64
      %v1378 = arith.addi %v1373, %v1377 : i64
      %v1379 = arith.muli %v1371, %v91 : i64
      %v1380 = arith.addi %v1379, %v1073 : i64
      %v1381 = llvm.getelementptr %in_phi2[%v1378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1382 = llvm.load %v1381 : !llvm.ptr -> f32
      %v1383 = arith.addi %v1072, %v408 : i64
      %v1384 = arith.constant true
      %v1385 = arith.addi %v1076, %v1383 : i64
      %v1386 = llvm.getelementptr %v8[%v1385] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1387 = llvm.load %v1386 : !llvm.ptr<3> -> i64
      %v1388 = arith.addi %v28, %v1073 : i64
      %v1389 = arith.cmpi slt, %v1388, %size_L : i64
      %v1390 = arith.subi %size_L, %v1 : i64
      %v1391 = arith.minsi %v1388, %v1390 : i64
      %v1392 = arith.addi %v1387, %v1391 : i64
      %v1393 = arith.muli %v1385, %v91 : i64
      %v1394 = arith.addi %v1393, %v1073 : i64
      %v1395 = llvm.getelementptr %in_phi2[%v1392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1396 = llvm.load %v1395 : !llvm.ptr -> f32
      %v1397 = arith.addi %v1072, %v423 : i64
      %v1398 = arith.constant true
      %v1399 = arith.addi %v1076, %v1397 : i64
      %v1400 = llvm.getelementptr %v8[%v1399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1401 = llvm.load %v1400 : !llvm.ptr<3> -> i64
      %v1402 = arith.addi %v28, %v1073 : i64
      %v1403 = arith.cmpi slt, %v1402, %size_L : i64
      %v1404 = arith.subi %size_L, %v1 : i64
      %v1405 = arith.minsi %v1402, %v1404 : i64
      %v1406 = arith.addi %v1401, %v1405 : i64
      %v1407 = arith.muli %v1399, %v91 : i64
      %v1408 = arith.addi %v1407, %v1073 : i64
      %v1409 = llvm.getelementptr %in_phi2[%v1406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1410 = llvm.load %v1409 : !llvm.ptr -> f32
      %v1411 = arith.addi %v1072, %v438 : i64
      %v1412 = arith.constant true
      %v1413 = arith.addi %v1076, %v1411 : i64
      %v1414 = llvm.getelementptr %v8[%v1413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1415 = llvm.load %v1414 : !llvm.ptr<3> -> i64
      %v1416 = arith.addi %v28, %v1073 : i64
      %v1417 = arith.cmpi slt, %v1416, %size_L : i64
      %v1418 = arith.subi %size_L, %v1 : i64
      %v1419 = arith.minsi %v1416, %v1418 : i64
      %v1420 = arith.addi %v1415, %v1419 : i64
      %v1421 = arith.muli %v1413, %v91 : i64
      %v1422 = arith.addi %v1421, %v1073 : i64
      %v1423 = llvm.getelementptr %in_phi2[%v1420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1424 = llvm.load %v1423 : !llvm.ptr -> f32
      %v1425 = arith.addi %v1072, %v453 : i64
      %v1426 = arith.constant true
      %v1427 = arith.addi %v1076, %v1425 : i64
      %v1428 = llvm.getelementptr %v8[%v1427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1429 = llvm.load %v1428 : !llvm.ptr<3> -> i64
      %v1430 = arith.addi %v28, %v1073 : i64
      %v1431 = arith.cmpi slt, %v1430, %size_L : i64
      %v1432 = arith.subi %size_L, %v1 : i64
      %v1433 = arith.minsi %v1430, %v1432 : i64
      %v1434 = arith.addi %v1429, %v1433 : i64
      %v1435 = arith.muli %v1427, %v91 : i64
      %v1436 = arith.addi %v1435, %v1073 : i64
      %v1437 = llvm.getelementptr %in_phi2[%v1434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1438 = llvm.load %v1437 : !llvm.ptr -> f32
      %v1439 = arith.addi %v1072, %v468 : i64
      %v1440 = arith.constant true
      %v1441 = arith.addi %v1076, %v1439 : i64
      %v1442 = llvm.getelementptr %v8[%v1441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1443 = llvm.load %v1442 : !llvm.ptr<3> -> i64
      %v1444 = arith.addi %v28, %v1073 : i64
      %v1445 = arith.cmpi slt, %v1444, %size_L : i64
      %v1446 = arith.subi %size_L, %v1 : i64
      %v1447 = arith.minsi %v1444, %v1446 : i64
      %v1448 = arith.addi %v1443, %v1447 : i64
      %v1449 = arith.muli %v1441, %v91 : i64
      %v1450 = arith.addi %v1449, %v1073 : i64
      %v1451 = llvm.getelementptr %in_phi2[%v1448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1452 = llvm.load %v1451 : !llvm.ptr -> f32
      %v1453 = arith.addi %v1072, %v483 : i64
      %v1454 = arith.constant true
      %v1455 = arith.addi %v1076, %v1453 : i64
      %v1456 = llvm.getelementptr %v8[%v1455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1457 = llvm.load %v1456 : !llvm.ptr<3> -> i64
      %v1458 = arith.addi %v28, %v1073 : i64
      %v1459 = arith.cmpi slt, %v1458, %size_L : i64
      %v1460 = arith.subi %size_L, %v1 : i64
      %v1461 = arith.minsi %v1458, %v1460 : i64
      %v1462 = arith.addi %v1457, %v1461 : i64
      %v1463 = arith.muli %v1455, %v91 : i64
      %v1464 = arith.addi %v1463, %v1073 : i64
      %v1465 = llvm.getelementptr %in_phi2[%v1462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1466 = llvm.load %v1465 : !llvm.ptr -> f32
      %v1467 = arith.addi %v1072, %v498 : i64
      %v1468 = arith.constant true
      %v1469 = arith.addi %v1076, %v1467 : i64
      %v1470 = llvm.getelementptr %v8[%v1469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1471 = llvm.load %v1470 : !llvm.ptr<3> -> i64
      %v1472 = arith.addi %v28, %v1073 : i64
      %v1473 = arith.cmpi slt, %v1472, %size_L : i64
      %v1474 = arith.subi %size_L, %v1 : i64
      %v1475 = arith.minsi %v1472, %v1474 : i64
      %v1476 = arith.addi %v1471, %v1475 : i64
      %v1477 = arith.muli %v1469, %v91 : i64
      %v1478 = arith.addi %v1477, %v1073 : i64
      %v1479 = llvm.getelementptr %in_phi2[%v1476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1480 = llvm.load %v1479 : !llvm.ptr -> f32
      %v1481 = arith.addi %v1072, %v513 : i64
      %v1482 = arith.constant true
      %v1483 = arith.addi %v1076, %v1481 : i64
      %v1484 = llvm.getelementptr %v8[%v1483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1485 = llvm.load %v1484 : !llvm.ptr<3> -> i64
      %v1486 = arith.addi %v28, %v1073 : i64
      %v1487 = arith.cmpi slt, %v1486, %size_L : i64
      %v1488 = arith.subi %size_L, %v1 : i64
      %v1489 = arith.minsi %v1486, %v1488 : i64
      %v1490 = arith.addi %v1485, %v1489 : i64
      %v1491 = arith.muli %v1483, %v91 : i64
      %v1492 = arith.addi %v1491, %v1073 : i64
      %v1493 = llvm.getelementptr %in_phi2[%v1490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1494 = llvm.load %v1493 : !llvm.ptr -> f32
      %v1495 = arith.addi %v1072, %v528 : i64
      %v1496 = arith.constant true
      %v1497 = arith.addi %v1076, %v1495 : i64
      %v1498 = llvm.getelementptr %v8[%v1497] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1499 = llvm.load %v1498 : !llvm.ptr<3> -> i64
      %v1500 = arith.addi %v28, %v1073 : i64
      %v1501 = arith.cmpi slt, %v1500, %size_L : i64
      %v1502 = arith.subi %size_L, %v1 : i64
      %v1503 = arith.minsi %v1500, %v1502 : i64
      %v1504 = arith.addi %v1499, %v1503 : i64
      %v1505 = arith.muli %v1497, %v91 : i64
      %v1506 = arith.addi %v1505, %v1073 : i64
      %v1507 = llvm.getelementptr %in_phi2[%v1504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1508 = llvm.load %v1507 : !llvm.ptr -> f32
      %v1509 = arith.addi %v1072, %v543 : i64
      %v1510 = arith.constant true
      %v1511 = arith.addi %v1076, %v1509 : i64
      %v1512 = llvm.getelementptr %v8[%v1511] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1513 = llvm.load %v1512 : !llvm.ptr<3> -> i64
      %v1514 = arith.addi %v28, %v1073 : i64
      %v1515 = arith.cmpi slt, %v1514, %size_L : i64
      %v1516 = arith.subi %size_L, %v1 : i64
      %v1517 = arith.minsi %v1514, %v1516 : i64
      %v1518 = arith.addi %v1513, %v1517 : i64
      %v1519 = arith.muli %v1511, %v91 : i64
      %v1520 = arith.addi %v1519, %v1073 : i64
      %v1521 = llvm.getelementptr %in_phi2[%v1518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1522 = llvm.load %v1521 : !llvm.ptr -> f32
      scf.if %v1075 {
        %v1523 = llvm.getelementptr %v9[%v1086] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1088, %v1523 : f32, !llvm.ptr<3>
      }
      scf.if %v1090 {
        %v1524 = llvm.getelementptr %v9[%v1100] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1102, %v1524 : f32, !llvm.ptr<3>
      }
      scf.if %v1104 {
        %v1525 = llvm.getelementptr %v9[%v1114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1116, %v1525 : f32, !llvm.ptr<3>
      }
      scf.if %v1118 {
        %v1526 = llvm.getelementptr %v9[%v1128] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1130, %v1526 : f32, !llvm.ptr<3>
      }
      scf.if %v1132 {
        %v1527 = llvm.getelementptr %v9[%v1142] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1144, %v1527 : f32, !llvm.ptr<3>
      }
      scf.if %v1146 {
        %v1528 = llvm.getelementptr %v9[%v1156] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1158, %v1528 : f32, !llvm.ptr<3>
      }
      scf.if %v1160 {
        %v1529 = llvm.getelementptr %v9[%v1170] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1172, %v1529 : f32, !llvm.ptr<3>
      }
      scf.if %v1174 {
        %v1530 = llvm.getelementptr %v9[%v1184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1186, %v1530 : f32, !llvm.ptr<3>
      }
      scf.if %v1188 {
        %v1531 = llvm.getelementptr %v9[%v1198] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1200, %v1531 : f32, !llvm.ptr<3>
      }
      scf.if %v1202 {
        %v1532 = llvm.getelementptr %v9[%v1212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1214, %v1532 : f32, !llvm.ptr<3>
      }
      scf.if %v1216 {
        %v1533 = llvm.getelementptr %v9[%v1226] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1228, %v1533 : f32, !llvm.ptr<3>
      }
      scf.if %v1230 {
        %v1534 = llvm.getelementptr %v9[%v1240] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1242, %v1534 : f32, !llvm.ptr<3>
      }
      scf.if %v1244 {
        %v1535 = llvm.getelementptr %v9[%v1254] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1256, %v1535 : f32, !llvm.ptr<3>
      }
      scf.if %v1258 {
        %v1536 = llvm.getelementptr %v9[%v1268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1270, %v1536 : f32, !llvm.ptr<3>
      }
      scf.if %v1272 {
        %v1537 = llvm.getelementptr %v9[%v1282] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1284, %v1537 : f32, !llvm.ptr<3>
      }
      scf.if %v1286 {
        %v1538 = llvm.getelementptr %v9[%v1296] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1298, %v1538 : f32, !llvm.ptr<3>
      }
      scf.if %v1300 {
        %v1539 = llvm.getelementptr %v9[%v1310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1312, %v1539 : f32, !llvm.ptr<3>
      }
      scf.if %v1314 {
        %v1540 = llvm.getelementptr %v9[%v1324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1326, %v1540 : f32, !llvm.ptr<3>
      }
      scf.if %v1328 {
        %v1541 = llvm.getelementptr %v9[%v1338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1340, %v1541 : f32, !llvm.ptr<3>
      }
      scf.if %v1342 {
        %v1542 = llvm.getelementptr %v9[%v1352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1354, %v1542 : f32, !llvm.ptr<3>
      }
      scf.if %v1356 {
        %v1543 = llvm.getelementptr %v9[%v1366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1368, %v1543 : f32, !llvm.ptr<3>
      }
      scf.if %v1370 {
        %v1544 = llvm.getelementptr %v9[%v1380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1382, %v1544 : f32, !llvm.ptr<3>
      }
      scf.if %v1384 {
        %v1545 = llvm.getelementptr %v9[%v1394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1396, %v1545 : f32, !llvm.ptr<3>
      }
      scf.if %v1398 {
        %v1546 = llvm.getelementptr %v9[%v1408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1410, %v1546 : f32, !llvm.ptr<3>
      }
      scf.if %v1412 {
        %v1547 = llvm.getelementptr %v9[%v1422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1424, %v1547 : f32, !llvm.ptr<3>
      }
      scf.if %v1426 {
        %v1548 = llvm.getelementptr %v9[%v1436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1438, %v1548 : f32, !llvm.ptr<3>
      }
      scf.if %v1440 {
        %v1549 = llvm.getelementptr %v9[%v1450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1452, %v1549 : f32, !llvm.ptr<3>
      }
      scf.if %v1454 {
        %v1550 = llvm.getelementptr %v9[%v1464] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1466, %v1550 : f32, !llvm.ptr<3>
      }
      scf.if %v1468 {
        %v1551 = llvm.getelementptr %v9[%v1478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1480, %v1551 : f32, !llvm.ptr<3>
      }
      scf.if %v1482 {
        %v1552 = llvm.getelementptr %v9[%v1492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1494, %v1552 : f32, !llvm.ptr<3>
      }
      scf.if %v1496 {
        %v1553 = llvm.getelementptr %v9[%v1506] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1508, %v1553 : f32, !llvm.ptr<3>
      }
      scf.if %v1510 {
        %v1554 = llvm.getelementptr %v9[%v1520] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1522, %v1554 : f32, !llvm.ptr<3>
      }
      // end staged load of `phi2`
      gpu.barrier
      %v1555 = arith.index_cast %v28 : i64 to index
      %v1556 = arith.index_cast %size_L : i64 to index
      %v1557 = arith.index_cast %v78 : i64 to index
      scf.for %v1558 = %v1555 to %v1556 step %v1557 {
        %v1559 = arith.index_cast %v1558 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v1560 = arith.remui %v1559, %v18 : i64
        %v1561 = arith.cmpi eq, %v1560, %v28 : i64
        %v1562 = arith.andi %v1561, %v21 : i1
        scf.if %v1562 {
          %v1563 = arith.divui %v1559, %v18 : i64
          %v1564 = llvm.mlir.zero : !llvm.ptr
          %v1565 = llvm.icmp "ne" %ckpt_h, %v1564 : !llvm.ptr
          scf.if %v1565 {
            %v1568 = arith.muli %v1563, %v1567 : i64
            %v1569 = llvm.load %v4 : !llvm.ptr -> f32
            %v1571 = arith.muli %v26, %v1570 : i64
            %v1572 = arith.muli %v24, %v1 : i64
            %v1573 = arith.addi %v1571, %v1572 : i64
            %v1574 = arith.addi %v1568, %v1573 : i64
            %v1575 = llvm.getelementptr %ckpt_h[%v1574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1569, %v1575 : f32, !llvm.ptr
          }
          %v1576 = llvm.mlir.zero : !llvm.ptr
          %v1577 = llvm.icmp "ne" %ckpt_h_lag1, %v1576 : !llvm.ptr
          scf.if %v1577 {
            %v1580 = arith.muli %v1563, %v1579 : i64
            %v1581 = llvm.load %v5 : !llvm.ptr -> f32
            %v1582 = arith.muli %v26, %v1570 : i64
            %v1583 = arith.muli %v24, %v1 : i64
            %v1584 = arith.addi %v1582, %v1583 : i64
            %v1585 = arith.addi %v1580, %v1584 : i64
            %v1586 = llvm.getelementptr %ckpt_h_lag1[%v1585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1581, %v1586 : f32, !llvm.ptr
          }
          %v1587 = llvm.mlir.zero : !llvm.ptr
          %v1588 = llvm.icmp "ne" %ckpt_e_lag1, %v1587 : !llvm.ptr
          scf.if %v1588 {
            %v1591 = arith.muli %v1563, %v1590 : i64
            %v1592 = llvm.load %v6 : !llvm.ptr -> f32
            %v1593 = arith.muli %v26, %v1570 : i64
            %v1594 = arith.muli %v24, %v1 : i64
            %v1595 = arith.addi %v1593, %v1594 : i64
            %v1596 = arith.addi %v1591, %v1595 : i64
            %v1597 = llvm.getelementptr %ckpt_e_lag1[%v1596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1592, %v1597 : f32, !llvm.ptr
          }
          %v1598 = llvm.mlir.zero : !llvm.ptr
          %v1599 = llvm.icmp "ne" %ckpt_e_lag2, %v1598 : !llvm.ptr
          scf.if %v1599 {
            %v1602 = arith.muli %v1563, %v1601 : i64
            %v1603 = llvm.load %v7 : !llvm.ptr -> f32
            %v1604 = arith.muli %v26, %v1570 : i64
            %v1605 = arith.muli %v24, %v1 : i64
            %v1606 = arith.addi %v1604, %v1605 : i64
            %v1607 = arith.addi %v1602, %v1606 : i64
            %v1608 = llvm.getelementptr %ckpt_e_lag2[%v1607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1603, %v1608 : f32, !llvm.ptr
          }
        }
        // end save
        %v1609 = arith.subi %size_L, %v1559 : i64
        %v1610 = arith.minsi %v1609, %v78 : i64
        %v1611 = arith.addi %v1559, %v78 : i64
        %v1612 = arith.divui %v16, %v78 : i64
        %v1613 = arith.remui %v16, %v78 : i64
        %v1614 = arith.addi %v1612, %v28 : i64
        %v1615 = arith.constant true
        %v1616 = arith.addi %v28, %v1614 : i64
        %v1617 = llvm.getelementptr %v8[%v1616] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1618 = llvm.load %v1617 : !llvm.ptr<3> -> i64
        %v1619 = arith.addi %v1611, %v1613 : i64
        %v1620 = arith.cmpi slt, %v1619, %size_L : i64
        %v1621 = arith.subi %size_L, %v1 : i64
        %v1622 = arith.minsi %v1619, %v1621 : i64
        %v1623 = arith.addi %v1618, %v1622 : i64
        %v1624 = arith.muli %v1616, %v91 : i64
        %v1625 = arith.addi %v1624, %v1613 : i64
        %v1626 = llvm.getelementptr %in_e[%v1623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1627 = llvm.load %v1626 : !llvm.ptr -> f32
        %v1628 = arith.addi %v1612, %v52 : i64
        %v1629 = arith.constant true
        %v1630 = arith.addi %v28, %v1628 : i64
        %v1631 = llvm.getelementptr %v8[%v1630] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1632 = llvm.load %v1631 : !llvm.ptr<3> -> i64
        %v1633 = arith.addi %v1611, %v1613 : i64
        %v1634 = arith.cmpi slt, %v1633, %size_L : i64
        %v1635 = arith.subi %size_L, %v1 : i64
        %v1636 = arith.minsi %v1633, %v1635 : i64
        %v1637 = arith.addi %v1632, %v1636 : i64
        %v1638 = arith.muli %v1630, %v91 : i64
        %v1639 = arith.addi %v1638, %v1613 : i64
        %v1640 = llvm.getelementptr %in_e[%v1637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1641 = llvm.load %v1640 : !llvm.ptr -> f32
        %v1642 = arith.addi %v1612, %v73 : i64
        %v1643 = arith.constant true
        %v1644 = arith.addi %v28, %v1642 : i64
        %v1645 = llvm.getelementptr %v8[%v1644] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1646 = llvm.load %v1645 : !llvm.ptr<3> -> i64
        %v1647 = arith.addi %v1611, %v1613 : i64
        %v1648 = arith.cmpi slt, %v1647, %size_L : i64
        %v1649 = arith.subi %size_L, %v1 : i64
        %v1650 = arith.minsi %v1647, %v1649 : i64
        %v1651 = arith.addi %v1646, %v1650 : i64
        %v1652 = arith.muli %v1644, %v91 : i64
        %v1653 = arith.addi %v1652, %v1613 : i64
        %v1654 = llvm.getelementptr %in_e[%v1651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1655 = llvm.load %v1654 : !llvm.ptr -> f32
        %v1656 = arith.addi %v1612, %v124 : i64
        %v1657 = arith.constant true
        %v1658 = arith.addi %v28, %v1656 : i64
        %v1659 = llvm.getelementptr %v8[%v1658] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1660 = llvm.load %v1659 : !llvm.ptr<3> -> i64
        %v1661 = arith.addi %v1611, %v1613 : i64
        %v1662 = arith.cmpi slt, %v1661, %size_L : i64
        %v1663 = arith.subi %size_L, %v1 : i64
        %v1664 = arith.minsi %v1661, %v1663 : i64
        %v1665 = arith.addi %v1660, %v1664 : i64
        %v1666 = arith.muli %v1658, %v91 : i64
        %v1667 = arith.addi %v1666, %v1613 : i64
        %v1668 = llvm.getelementptr %in_e[%v1665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1669 = llvm.load %v1668 : !llvm.ptr -> f32
        %v1670 = arith.addi %v1612, %v139 : i64
        %v1671 = arith.constant true
        %v1672 = arith.addi %v28, %v1670 : i64
        %v1673 = llvm.getelementptr %v8[%v1672] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1674 = llvm.load %v1673 : !llvm.ptr<3> -> i64
        %v1675 = arith.addi %v1611, %v1613 : i64
        %v1676 = arith.cmpi slt, %v1675, %size_L : i64
        %v1677 = arith.subi %size_L, %v1 : i64
        %v1678 = arith.minsi %v1675, %v1677 : i64
        %v1679 = arith.addi %v1674, %v1678 : i64
        %v1680 = arith.muli %v1672, %v91 : i64
        %v1681 = arith.addi %v1680, %v1613 : i64
        %v1682 = llvm.getelementptr %in_e[%v1679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1683 = llvm.load %v1682 : !llvm.ptr -> f32
        %v1684 = arith.addi %v1612, %v154 : i64
        %v1685 = arith.constant true
        %v1686 = arith.addi %v28, %v1684 : i64
        %v1687 = llvm.getelementptr %v8[%v1686] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1688 = llvm.load %v1687 : !llvm.ptr<3> -> i64
        %v1689 = arith.addi %v1611, %v1613 : i64
        %v1690 = arith.cmpi slt, %v1689, %size_L : i64
        %v1691 = arith.subi %size_L, %v1 : i64
        %v1692 = arith.minsi %v1689, %v1691 : i64
        %v1693 = arith.addi %v1688, %v1692 : i64
        %v1694 = arith.muli %v1686, %v91 : i64
        %v1695 = arith.addi %v1694, %v1613 : i64
        %v1696 = llvm.getelementptr %in_e[%v1693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1697 = llvm.load %v1696 : !llvm.ptr -> f32
        %v1698 = arith.addi %v1612, %v169 : i64
        %v1699 = arith.constant true
        %v1700 = arith.addi %v28, %v1698 : i64
        %v1701 = llvm.getelementptr %v8[%v1700] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1702 = llvm.load %v1701 : !llvm.ptr<3> -> i64
        %v1703 = arith.addi %v1611, %v1613 : i64
        %v1704 = arith.cmpi slt, %v1703, %size_L : i64
        %v1705 = arith.subi %size_L, %v1 : i64
        %v1706 = arith.minsi %v1703, %v1705 : i64
        %v1707 = arith.addi %v1702, %v1706 : i64
        %v1708 = arith.muli %v1700, %v91 : i64
        %v1709 = arith.addi %v1708, %v1613 : i64
        %v1710 = llvm.getelementptr %in_e[%v1707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1711 = llvm.load %v1710 : !llvm.ptr -> f32
        %v1712 = arith.addi %v1612, %v184 : i64
        %v1713 = arith.constant true
        %v1714 = arith.addi %v28, %v1712 : i64
        %v1715 = llvm.getelementptr %v8[%v1714] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1716 = llvm.load %v1715 : !llvm.ptr<3> -> i64
        %v1717 = arith.addi %v1611, %v1613 : i64
        %v1718 = arith.cmpi slt, %v1717, %size_L : i64
        %v1719 = arith.subi %size_L, %v1 : i64
        %v1720 = arith.minsi %v1717, %v1719 : i64
        %v1721 = arith.addi %v1716, %v1720 : i64
        %v1722 = arith.muli %v1714, %v91 : i64
        %v1723 = arith.addi %v1722, %v1613 : i64
        %v1724 = llvm.getelementptr %in_e[%v1721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1725 = llvm.load %v1724 : !llvm.ptr -> f32
        %v1726 = arith.addi %v1612, %v199 : i64
        %v1727 = arith.constant true
        %v1728 = arith.addi %v28, %v1726 : i64
        %v1729 = llvm.getelementptr %v8[%v1728] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1730 = llvm.load %v1729 : !llvm.ptr<3> -> i64
        %v1731 = arith.addi %v1611, %v1613 : i64
        %v1732 = arith.cmpi slt, %v1731, %size_L : i64
        %v1733 = arith.subi %size_L, %v1 : i64
        %v1734 = arith.minsi %v1731, %v1733 : i64
        %v1735 = arith.addi %v1730, %v1734 : i64
        %v1736 = arith.muli %v1728, %v91 : i64
        %v1737 = arith.addi %v1736, %v1613 : i64
        %v1738 = llvm.getelementptr %in_e[%v1735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1739 = llvm.load %v1738 : !llvm.ptr -> f32
        %v1740 = arith.addi %v1612, %v214 : i64
        %v1741 = arith.constant true
        %v1742 = arith.addi %v28, %v1740 : i64
        %v1743 = llvm.getelementptr %v8[%v1742] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1744 = llvm.load %v1743 : !llvm.ptr<3> -> i64
        %v1745 = arith.addi %v1611, %v1613 : i64
        %v1746 = arith.cmpi slt, %v1745, %size_L : i64
        %v1747 = arith.subi %size_L, %v1 : i64
        %v1748 = arith.minsi %v1745, %v1747 : i64
        %v1749 = arith.addi %v1744, %v1748 : i64
        %v1750 = arith.muli %v1742, %v91 : i64
        %v1751 = arith.addi %v1750, %v1613 : i64
        %v1752 = llvm.getelementptr %in_e[%v1749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1753 = llvm.load %v1752 : !llvm.ptr -> f32
        %v1754 = arith.addi %v1612, %v229 : i64
        %v1755 = arith.constant true
        %v1756 = arith.addi %v28, %v1754 : i64
        %v1757 = llvm.getelementptr %v8[%v1756] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1758 = llvm.load %v1757 : !llvm.ptr<3> -> i64
        %v1759 = arith.addi %v1611, %v1613 : i64
        %v1760 = arith.cmpi slt, %v1759, %size_L : i64
        %v1761 = arith.subi %size_L, %v1 : i64
        %v1762 = arith.minsi %v1759, %v1761 : i64
        %v1763 = arith.addi %v1758, %v1762 : i64
        %v1764 = arith.muli %v1756, %v91 : i64
        %v1765 = arith.addi %v1764, %v1613 : i64
        %v1766 = llvm.getelementptr %in_e[%v1763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1767 = llvm.load %v1766 : !llvm.ptr -> f32
        %v1768 = arith.addi %v1612, %v244 : i64
        %v1769 = arith.constant true
        %v1770 = arith.addi %v28, %v1768 : i64
        %v1771 = llvm.getelementptr %v8[%v1770] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1772 = llvm.load %v1771 : !llvm.ptr<3> -> i64
        %v1773 = arith.addi %v1611, %v1613 : i64
        %v1774 = arith.cmpi slt, %v1773, %size_L : i64
        %v1775 = arith.subi %size_L, %v1 : i64
        %v1776 = arith.minsi %v1773, %v1775 : i64
        %v1777 = arith.addi %v1772, %v1776 : i64
        %v1778 = arith.muli %v1770, %v91 : i64
        %v1779 = arith.addi %v1778, %v1613 : i64
        %v1780 = llvm.getelementptr %in_e[%v1777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1781 = llvm.load %v1780 : !llvm.ptr -> f32
        %v1782 = arith.addi %v1612, %v259 : i64
        %v1783 = arith.constant true
        %v1784 = arith.addi %v28, %v1782 : i64
        %v1785 = llvm.getelementptr %v8[%v1784] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1786 = llvm.load %v1785 : !llvm.ptr<3> -> i64
        %v1787 = arith.addi %v1611, %v1613 : i64
        %v1788 = arith.cmpi slt, %v1787, %size_L : i64
        %v1789 = arith.subi %size_L, %v1 : i64
        %v1790 = arith.minsi %v1787, %v1789 : i64
        %v1791 = arith.addi %v1786, %v1790 : i64
        %v1792 = arith.muli %v1784, %v91 : i64
        %v1793 = arith.addi %v1792, %v1613 : i64
        %v1794 = llvm.getelementptr %in_e[%v1791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1795 = llvm.load %v1794 : !llvm.ptr -> f32
        %v1796 = arith.addi %v1612, %v274 : i64
        %v1797 = arith.constant true
        %v1798 = arith.addi %v28, %v1796 : i64
        %v1799 = llvm.getelementptr %v8[%v1798] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1800 = llvm.load %v1799 : !llvm.ptr<3> -> i64
        %v1801 = arith.addi %v1611, %v1613 : i64
        %v1802 = arith.cmpi slt, %v1801, %size_L : i64
        %v1803 = arith.subi %size_L, %v1 : i64
        %v1804 = arith.minsi %v1801, %v1803 : i64
        %v1805 = arith.addi %v1800, %v1804 : i64
        %v1806 = arith.muli %v1798, %v91 : i64
        %v1807 = arith.addi %v1806, %v1613 : i64
        %v1808 = llvm.getelementptr %in_e[%v1805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1809 = llvm.load %v1808 : !llvm.ptr -> f32
        %v1810 = arith.addi %v1612, %v289 : i64
        %v1811 = arith.constant true
        %v1812 = arith.addi %v28, %v1810 : i64
        %v1813 = llvm.getelementptr %v8[%v1812] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1814 = llvm.load %v1813 : !llvm.ptr<3> -> i64
        %v1815 = arith.addi %v1611, %v1613 : i64
        %v1816 = arith.cmpi slt, %v1815, %size_L : i64
        %v1817 = arith.subi %size_L, %v1 : i64
        %v1818 = arith.minsi %v1815, %v1817 : i64
        %v1819 = arith.addi %v1814, %v1818 : i64
        %v1820 = arith.muli %v1812, %v91 : i64
        %v1821 = arith.addi %v1820, %v1613 : i64
        %v1822 = llvm.getelementptr %in_e[%v1819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1823 = llvm.load %v1822 : !llvm.ptr -> f32
        %v1824 = arith.addi %v1612, %v304 : i64
        %v1825 = arith.constant true
        %v1826 = arith.addi %v28, %v1824 : i64
        %v1827 = llvm.getelementptr %v8[%v1826] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1828 = llvm.load %v1827 : !llvm.ptr<3> -> i64
        %v1829 = arith.addi %v1611, %v1613 : i64
        %v1830 = arith.cmpi slt, %v1829, %size_L : i64
        %v1831 = arith.subi %size_L, %v1 : i64
        %v1832 = arith.minsi %v1829, %v1831 : i64
        %v1833 = arith.addi %v1828, %v1832 : i64
        %v1834 = arith.muli %v1826, %v91 : i64
        %v1835 = arith.addi %v1834, %v1613 : i64
        %v1836 = llvm.getelementptr %in_e[%v1833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1837 = llvm.load %v1836 : !llvm.ptr -> f32
        %v1838 = arith.addi %v1612, %v78 : i64
        %v1839 = arith.constant true
        %v1840 = arith.addi %v28, %v1838 : i64
        %v1841 = llvm.getelementptr %v8[%v1840] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1842 = llvm.load %v1841 : !llvm.ptr<3> -> i64
        %v1843 = arith.addi %v1611, %v1613 : i64
        %v1844 = arith.cmpi slt, %v1843, %size_L : i64
        %v1845 = arith.subi %size_L, %v1 : i64
        %v1846 = arith.minsi %v1843, %v1845 : i64
        %v1847 = arith.addi %v1842, %v1846 : i64
        %v1848 = arith.muli %v1840, %v91 : i64
        %v1849 = arith.addi %v1848, %v1613 : i64
        %v1850 = llvm.getelementptr %in_e[%v1847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1851 = llvm.load %v1850 : !llvm.ptr -> f32
        %v1852 = arith.addi %v1612, %v333 : i64
        %v1853 = arith.constant true
        %v1854 = arith.addi %v28, %v1852 : i64
        %v1855 = llvm.getelementptr %v8[%v1854] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1856 = llvm.load %v1855 : !llvm.ptr<3> -> i64
        %v1857 = arith.addi %v1611, %v1613 : i64
        %v1858 = arith.cmpi slt, %v1857, %size_L : i64
        %v1859 = arith.subi %size_L, %v1 : i64
        %v1860 = arith.minsi %v1857, %v1859 : i64
        %v1861 = arith.addi %v1856, %v1860 : i64
        %v1862 = arith.muli %v1854, %v91 : i64
        %v1863 = arith.addi %v1862, %v1613 : i64
        %v1864 = llvm.getelementptr %in_e[%v1861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1865 = llvm.load %v1864 : !llvm.ptr -> f32
        %v1866 = arith.addi %v1612, %v348 : i64
        %v1867 = arith.constant true
        %v1868 = arith.addi %v28, %v1866 : i64
        %v1869 = llvm.getelementptr %v8[%v1868] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1870 = llvm.load %v1869 : !llvm.ptr<3> -> i64
        %v1871 = arith.addi %v1611, %v1613 : i64
        %v1872 = arith.cmpi slt, %v1871, %size_L : i64
        %v1873 = arith.subi %size_L, %v1 : i64
        %v1874 = arith.minsi %v1871, %v1873 : i64
        %v1875 = arith.addi %v1870, %v1874 : i64
        %v1876 = arith.muli %v1868, %v91 : i64
        %v1877 = arith.addi %v1876, %v1613 : i64
        %v1878 = llvm.getelementptr %in_e[%v1875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1879 = llvm.load %v1878 : !llvm.ptr -> f32
        %v1880 = arith.addi %v1612, %v363 : i64
        %v1881 = arith.constant true
        %v1882 = arith.addi %v28, %v1880 : i64
        %v1883 = llvm.getelementptr %v8[%v1882] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1884 = llvm.load %v1883 : !llvm.ptr<3> -> i64
        %v1885 = arith.addi %v1611, %v1613 : i64
        %v1886 = arith.cmpi slt, %v1885, %size_L : i64
        %v1887 = arith.subi %size_L, %v1 : i64
        %v1888 = arith.minsi %v1885, %v1887 : i64
        %v1889 = arith.addi %v1884, %v1888 : i64
        %v1890 = arith.muli %v1882, %v91 : i64
        %v1891 = arith.addi %v1890, %v1613 : i64
        %v1892 = llvm.getelementptr %in_e[%v1889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1893 = llvm.load %v1892 : !llvm.ptr -> f32
        %v1894 = arith.addi %v1612, %v378 : i64
        %v1895 = arith.constant true
        %v1896 = arith.addi %v28, %v1894 : i64
        %v1897 = llvm.getelementptr %v8[%v1896] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1898 = llvm.load %v1897 : !llvm.ptr<3> -> i64
        %v1899 = arith.addi %v1611, %v1613 : i64
        %v1900 = arith.cmpi slt, %v1899, %size_L : i64
        %v1901 = arith.subi %size_L, %v1 : i64
        %v1902 = arith.minsi %v1899, %v1901 : i64
        %v1903 = arith.addi %v1898, %v1902 : i64
        %v1904 = arith.muli %v1896, %v91 : i64
        %v1905 = arith.addi %v1904, %v1613 : i64
        %v1906 = llvm.getelementptr %in_e[%v1903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1907 = llvm.load %v1906 : !llvm.ptr -> f32
        %v1908 = arith.addi %v1612, %v393 : i64
        %v1909 = arith.constant true
        %v1910 = arith.addi %v28, %v1908 : i64
        %v1911 = llvm.getelementptr %v8[%v1910] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1912 = llvm.load %v1911 : !llvm.ptr<3> -> i64
        %v1913 = arith.addi %v1611, %v1613 : i64
        %v1914 = arith.cmpi slt, %v1913, %size_L : i64
        %v1915 = arith.subi %size_L, %v1 : i64
        %v1916 = arith.minsi %v1913, %v1915 : i64
        %v1917 = arith.addi %v1912, %v1916 : i64
        %v1918 = arith.muli %v1910, %v91 : i64
        %v1919 = arith.addi %v1918, %v1613 : i64
        %v1920 = llvm.getelementptr %in_e[%v1917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1921 = llvm.load %v1920 : !llvm.ptr -> f32
        %v1922 = arith.addi %v1612, %v408 : i64
        %v1923 = arith.constant true
        %v1924 = arith.addi %v28, %v1922 : i64
        %v1925 = llvm.getelementptr %v8[%v1924] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1926 = llvm.load %v1925 : !llvm.ptr<3> -> i64
        %v1927 = arith.addi %v1611, %v1613 : i64
        %v1928 = arith.cmpi slt, %v1927, %size_L : i64
        %v1929 = arith.subi %size_L, %v1 : i64
        %v1930 = arith.minsi %v1927, %v1929 : i64
        %v1931 = arith.addi %v1926, %v1930 : i64
        %v1932 = arith.muli %v1924, %v91 : i64
        %v1933 = arith.addi %v1932, %v1613 : i64
        %v1934 = llvm.getelementptr %in_e[%v1931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1935 = llvm.load %v1934 : !llvm.ptr -> f32
        %v1936 = arith.addi %v1612, %v423 : i64
        %v1937 = arith.constant true
        %v1938 = arith.addi %v28, %v1936 : i64
        %v1939 = llvm.getelementptr %v8[%v1938] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1940 = llvm.load %v1939 : !llvm.ptr<3> -> i64
        %v1941 = arith.addi %v1611, %v1613 : i64
        %v1942 = arith.cmpi slt, %v1941, %size_L : i64
        %v1943 = arith.subi %size_L, %v1 : i64
        %v1944 = arith.minsi %v1941, %v1943 : i64
        %v1945 = arith.addi %v1940, %v1944 : i64
        %v1946 = arith.muli %v1938, %v91 : i64
        %v1947 = arith.addi %v1946, %v1613 : i64
        %v1948 = llvm.getelementptr %in_e[%v1945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1949 = llvm.load %v1948 : !llvm.ptr -> f32
        %v1950 = arith.addi %v1612, %v438 : i64
        %v1951 = arith.constant true
        %v1952 = arith.addi %v28, %v1950 : i64
        %v1953 = llvm.getelementptr %v8[%v1952] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1954 = llvm.load %v1953 : !llvm.ptr<3> -> i64
        %v1955 = arith.addi %v1611, %v1613 : i64
        %v1956 = arith.cmpi slt, %v1955, %size_L : i64
        %v1957 = arith.subi %size_L, %v1 : i64
        %v1958 = arith.minsi %v1955, %v1957 : i64
        %v1959 = arith.addi %v1954, %v1958 : i64
        %v1960 = arith.muli %v1952, %v91 : i64
        %v1961 = arith.addi %v1960, %v1613 : i64
        %v1962 = llvm.getelementptr %in_e[%v1959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1963 = llvm.load %v1962 : !llvm.ptr -> f32
        %v1964 = arith.addi %v1612, %v453 : i64
        %v1965 = arith.constant true
        %v1966 = arith.addi %v28, %v1964 : i64
        %v1967 = llvm.getelementptr %v8[%v1966] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1968 = llvm.load %v1967 : !llvm.ptr<3> -> i64
        %v1969 = arith.addi %v1611, %v1613 : i64
        %v1970 = arith.cmpi slt, %v1969, %size_L : i64
        %v1971 = arith.subi %size_L, %v1 : i64
        %v1972 = arith.minsi %v1969, %v1971 : i64
        %v1973 = arith.addi %v1968, %v1972 : i64
        %v1974 = arith.muli %v1966, %v91 : i64
        %v1975 = arith.addi %v1974, %v1613 : i64
        %v1976 = llvm.getelementptr %in_e[%v1973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1977 = llvm.load %v1976 : !llvm.ptr -> f32
        %v1978 = arith.addi %v1612, %v468 : i64
        %v1979 = arith.constant true
        %v1980 = arith.addi %v28, %v1978 : i64
        %v1981 = llvm.getelementptr %v8[%v1980] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1982 = llvm.load %v1981 : !llvm.ptr<3> -> i64
        %v1983 = arith.addi %v1611, %v1613 : i64
        %v1984 = arith.cmpi slt, %v1983, %size_L : i64
        %v1985 = arith.subi %size_L, %v1 : i64
        %v1986 = arith.minsi %v1983, %v1985 : i64
        %v1987 = arith.addi %v1982, %v1986 : i64
        %v1988 = arith.muli %v1980, %v91 : i64
        %v1989 = arith.addi %v1988, %v1613 : i64
        %v1990 = llvm.getelementptr %in_e[%v1987] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1991 = llvm.load %v1990 : !llvm.ptr -> f32
        %v1992 = arith.addi %v1612, %v483 : i64
        %v1993 = arith.constant true
        %v1994 = arith.addi %v28, %v1992 : i64
        %v1995 = llvm.getelementptr %v8[%v1994] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1996 = llvm.load %v1995 : !llvm.ptr<3> -> i64
        %v1997 = arith.addi %v1611, %v1613 : i64
        %v1998 = arith.cmpi slt, %v1997, %size_L : i64
        %v1999 = arith.subi %size_L, %v1 : i64
        %v2000 = arith.minsi %v1997, %v1999 : i64
        %v2001 = arith.addi %v1996, %v2000 : i64
        %v2002 = arith.muli %v1994, %v91 : i64
        %v2003 = arith.addi %v2002, %v1613 : i64
        %v2004 = llvm.getelementptr %in_e[%v2001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2005 = llvm.load %v2004 : !llvm.ptr -> f32
        %v2006 = arith.addi %v1612, %v498 : i64
        %v2007 = arith.constant true
        %v2008 = arith.addi %v28, %v2006 : i64
        %v2009 = llvm.getelementptr %v8[%v2008] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2010 = llvm.load %v2009 : !llvm.ptr<3> -> i64
        %v2011 = arith.addi %v1611, %v1613 : i64
        %v2012 = arith.cmpi slt, %v2011, %size_L : i64
        %v2013 = arith.subi %size_L, %v1 : i64
        %v2014 = arith.minsi %v2011, %v2013 : i64
        %v2015 = arith.addi %v2010, %v2014 : i64
        %v2016 = arith.muli %v2008, %v91 : i64
        %v2017 = arith.addi %v2016, %v1613 : i64
        %v2018 = llvm.getelementptr %in_e[%v2015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2019 = llvm.load %v2018 : !llvm.ptr -> f32
        %v2020 = arith.addi %v1612, %v513 : i64
        %v2021 = arith.constant true
        %v2022 = arith.addi %v28, %v2020 : i64
        %v2023 = llvm.getelementptr %v8[%v2022] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2024 = llvm.load %v2023 : !llvm.ptr<3> -> i64
        %v2025 = arith.addi %v1611, %v1613 : i64
        %v2026 = arith.cmpi slt, %v2025, %size_L : i64
        %v2027 = arith.subi %size_L, %v1 : i64
        %v2028 = arith.minsi %v2025, %v2027 : i64
        %v2029 = arith.addi %v2024, %v2028 : i64
        %v2030 = arith.muli %v2022, %v91 : i64
        %v2031 = arith.addi %v2030, %v1613 : i64
        %v2032 = llvm.getelementptr %in_e[%v2029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2033 = llvm.load %v2032 : !llvm.ptr -> f32
        %v2034 = arith.addi %v1612, %v528 : i64
        %v2035 = arith.constant true
        %v2036 = arith.addi %v28, %v2034 : i64
        %v2037 = llvm.getelementptr %v8[%v2036] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2038 = llvm.load %v2037 : !llvm.ptr<3> -> i64
        %v2039 = arith.addi %v1611, %v1613 : i64
        %v2040 = arith.cmpi slt, %v2039, %size_L : i64
        %v2041 = arith.subi %size_L, %v1 : i64
        %v2042 = arith.minsi %v2039, %v2041 : i64
        %v2043 = arith.addi %v2038, %v2042 : i64
        %v2044 = arith.muli %v2036, %v91 : i64
        %v2045 = arith.addi %v2044, %v1613 : i64
        %v2046 = llvm.getelementptr %in_e[%v2043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2047 = llvm.load %v2046 : !llvm.ptr -> f32
        %v2048 = arith.addi %v1612, %v543 : i64
        %v2049 = arith.constant true
        %v2050 = arith.addi %v28, %v2048 : i64
        %v2051 = llvm.getelementptr %v8[%v2050] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2052 = llvm.load %v2051 : !llvm.ptr<3> -> i64
        %v2053 = arith.addi %v1611, %v1613 : i64
        %v2054 = arith.cmpi slt, %v2053, %size_L : i64
        %v2055 = arith.subi %size_L, %v1 : i64
        %v2056 = arith.minsi %v2053, %v2055 : i64
        %v2057 = arith.addi %v2052, %v2056 : i64
        %v2058 = arith.muli %v2050, %v91 : i64
        %v2059 = arith.addi %v2058, %v1613 : i64
        %v2060 = llvm.getelementptr %in_e[%v2057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2061 = llvm.load %v2060 : !llvm.ptr -> f32
        %v2062 = arith.divui %v16, %v78 : i64
        %v2063 = arith.remui %v16, %v78 : i64
        %v2064 = arith.addi %v2062, %v28 : i64
        %v2065 = arith.constant true
        %v2066 = arith.addi %v18, %v2064 : i64
        %v2067 = llvm.getelementptr %v8[%v2066] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2068 = llvm.load %v2067 : !llvm.ptr<3> -> i64
        %v2069 = arith.addi %v1611, %v2063 : i64
        %v2070 = arith.cmpi slt, %v2069, %size_L : i64
        %v2071 = arith.subi %size_L, %v1 : i64
        %v2072 = arith.minsi %v2069, %v2071 : i64
        %v2073 = arith.addi %v2068, %v2072 : i64
        %v2074 = arith.muli %v2066, %v91 : i64
        %v2075 = arith.addi %v2074, %v2063 : i64
        %v2076 = llvm.getelementptr %in_phi1[%v2073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2077 = llvm.load %v2076 : !llvm.ptr -> f32
        %v2078 = arith.addi %v2062, %v52 : i64
        %v2079 = arith.constant true
        %v2080 = arith.addi %v18, %v2078 : i64
        %v2081 = llvm.getelementptr %v8[%v2080] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2082 = llvm.load %v2081 : !llvm.ptr<3> -> i64
        %v2083 = arith.addi %v1611, %v2063 : i64
        %v2084 = arith.cmpi slt, %v2083, %size_L : i64
        %v2085 = arith.subi %size_L, %v1 : i64
        %v2086 = arith.minsi %v2083, %v2085 : i64
        %v2087 = arith.addi %v2082, %v2086 : i64
        %v2088 = arith.muli %v2080, %v91 : i64
        %v2089 = arith.addi %v2088, %v2063 : i64
        %v2090 = llvm.getelementptr %in_phi1[%v2087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2091 = llvm.load %v2090 : !llvm.ptr -> f32
        %v2092 = arith.addi %v2062, %v73 : i64
        %v2093 = arith.constant true
        %v2094 = arith.addi %v18, %v2092 : i64
        %v2095 = llvm.getelementptr %v8[%v2094] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2096 = llvm.load %v2095 : !llvm.ptr<3> -> i64
        %v2097 = arith.addi %v1611, %v2063 : i64
        %v2098 = arith.cmpi slt, %v2097, %size_L : i64
        %v2099 = arith.subi %size_L, %v1 : i64
        %v2100 = arith.minsi %v2097, %v2099 : i64
        %v2101 = arith.addi %v2096, %v2100 : i64
        %v2102 = arith.muli %v2094, %v91 : i64
        %v2103 = arith.addi %v2102, %v2063 : i64
        %v2104 = llvm.getelementptr %in_phi1[%v2101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2105 = llvm.load %v2104 : !llvm.ptr -> f32
        %v2106 = arith.addi %v2062, %v124 : i64
        %v2107 = arith.constant true
        %v2108 = arith.addi %v18, %v2106 : i64
        %v2109 = llvm.getelementptr %v8[%v2108] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2110 = llvm.load %v2109 : !llvm.ptr<3> -> i64
        %v2111 = arith.addi %v1611, %v2063 : i64
        %v2112 = arith.cmpi slt, %v2111, %size_L : i64
        %v2113 = arith.subi %size_L, %v1 : i64
        %v2114 = arith.minsi %v2111, %v2113 : i64
        %v2115 = arith.addi %v2110, %v2114 : i64
        %v2116 = arith.muli %v2108, %v91 : i64
        %v2117 = arith.addi %v2116, %v2063 : i64
        %v2118 = llvm.getelementptr %in_phi1[%v2115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2119 = llvm.load %v2118 : !llvm.ptr -> f32
        %v2120 = arith.addi %v2062, %v139 : i64
        %v2121 = arith.constant true
        %v2122 = arith.addi %v18, %v2120 : i64
        %v2123 = llvm.getelementptr %v8[%v2122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2124 = llvm.load %v2123 : !llvm.ptr<3> -> i64
        %v2125 = arith.addi %v1611, %v2063 : i64
        %v2126 = arith.cmpi slt, %v2125, %size_L : i64
        %v2127 = arith.subi %size_L, %v1 : i64
        %v2128 = arith.minsi %v2125, %v2127 : i64
        %v2129 = arith.addi %v2124, %v2128 : i64
        %v2130 = arith.muli %v2122, %v91 : i64
        %v2131 = arith.addi %v2130, %v2063 : i64
        %v2132 = llvm.getelementptr %in_phi1[%v2129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2133 = llvm.load %v2132 : !llvm.ptr -> f32
        %v2134 = arith.addi %v2062, %v154 : i64
        %v2135 = arith.constant true
        %v2136 = arith.addi %v18, %v2134 : i64
        %v2137 = llvm.getelementptr %v8[%v2136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2138 = llvm.load %v2137 : !llvm.ptr<3> -> i64
        %v2139 = arith.addi %v1611, %v2063 : i64
        %v2140 = arith.cmpi slt, %v2139, %size_L : i64
        %v2141 = arith.subi %size_L, %v1 : i64
        %v2142 = arith.minsi %v2139, %v2141 : i64
        %v2143 = arith.addi %v2138, %v2142 : i64
        %v2144 = arith.muli %v2136, %v91 : i64
        %v2145 = arith.addi %v2144, %v2063 : i64
        %v2146 = llvm.getelementptr %in_phi1[%v2143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2147 = llvm.load %v2146 : !llvm.ptr -> f32
        %v2148 = arith.addi %v2062, %v169 : i64
        %v2149 = arith.constant true
        %v2150 = arith.addi %v18, %v2148 : i64
        %v2151 = llvm.getelementptr %v8[%v2150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2152 = llvm.load %v2151 : !llvm.ptr<3> -> i64
        %v2153 = arith.addi %v1611, %v2063 : i64
        %v2154 = arith.cmpi slt, %v2153, %size_L : i64
        %v2155 = arith.subi %size_L, %v1 : i64
        %v2156 = arith.minsi %v2153, %v2155 : i64
        %v2157 = arith.addi %v2152, %v2156 : i64
        %v2158 = arith.muli %v2150, %v91 : i64
        %v2159 = arith.addi %v2158, %v2063 : i64
        %v2160 = llvm.getelementptr %in_phi1[%v2157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2161 = llvm.load %v2160 : !llvm.ptr -> f32
        %v2162 = arith.addi %v2062, %v184 : i64
        %v2163 = arith.constant true
        %v2164 = arith.addi %v18, %v2162 : i64
        %v2165 = llvm.getelementptr %v8[%v2164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2166 = llvm.load %v2165 : !llvm.ptr<3> -> i64
        %v2167 = arith.addi %v1611, %v2063 : i64
        %v2168 = arith.cmpi slt, %v2167, %size_L : i64
        %v2169 = arith.subi %size_L, %v1 : i64
        %v2170 = arith.minsi %v2167, %v2169 : i64
        %v2171 = arith.addi %v2166, %v2170 : i64
        %v2172 = arith.muli %v2164, %v91 : i64
        %v2173 = arith.addi %v2172, %v2063 : i64
        %v2174 = llvm.getelementptr %in_phi1[%v2171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2175 = llvm.load %v2174 : !llvm.ptr -> f32
        %v2176 = arith.addi %v2062, %v199 : i64
        %v2177 = arith.constant true
        %v2178 = arith.addi %v18, %v2176 : i64
        %v2179 = llvm.getelementptr %v8[%v2178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2180 = llvm.load %v2179 : !llvm.ptr<3> -> i64
        %v2181 = arith.addi %v1611, %v2063 : i64
        %v2182 = arith.cmpi slt, %v2181, %size_L : i64
        %v2183 = arith.subi %size_L, %v1 : i64
        %v2184 = arith.minsi %v2181, %v2183 : i64
        %v2185 = arith.addi %v2180, %v2184 : i64
        %v2186 = arith.muli %v2178, %v91 : i64
        %v2187 = arith.addi %v2186, %v2063 : i64
        %v2188 = llvm.getelementptr %in_phi1[%v2185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2189 = llvm.load %v2188 : !llvm.ptr -> f32
        %v2190 = arith.addi %v2062, %v214 : i64
        %v2191 = arith.constant true
        %v2192 = arith.addi %v18, %v2190 : i64
        %v2193 = llvm.getelementptr %v8[%v2192] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2194 = llvm.load %v2193 : !llvm.ptr<3> -> i64
        %v2195 = arith.addi %v1611, %v2063 : i64
        %v2196 = arith.cmpi slt, %v2195, %size_L : i64
        %v2197 = arith.subi %size_L, %v1 : i64
        %v2198 = arith.minsi %v2195, %v2197 : i64
        %v2199 = arith.addi %v2194, %v2198 : i64
        %v2200 = arith.muli %v2192, %v91 : i64
        %v2201 = arith.addi %v2200, %v2063 : i64
        %v2202 = llvm.getelementptr %in_phi1[%v2199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2203 = llvm.load %v2202 : !llvm.ptr -> f32
        %v2204 = arith.addi %v2062, %v229 : i64
        %v2205 = arith.constant true
        %v2206 = arith.addi %v18, %v2204 : i64
        %v2207 = llvm.getelementptr %v8[%v2206] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2208 = llvm.load %v2207 : !llvm.ptr<3> -> i64
        %v2209 = arith.addi %v1611, %v2063 : i64
        %v2210 = arith.cmpi slt, %v2209, %size_L : i64
        %v2211 = arith.subi %size_L, %v1 : i64
        %v2212 = arith.minsi %v2209, %v2211 : i64
        %v2213 = arith.addi %v2208, %v2212 : i64
        %v2214 = arith.muli %v2206, %v91 : i64
        %v2215 = arith.addi %v2214, %v2063 : i64
        %v2216 = llvm.getelementptr %in_phi1[%v2213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2217 = llvm.load %v2216 : !llvm.ptr -> f32
        %v2218 = arith.addi %v2062, %v244 : i64
        %v2219 = arith.constant true
        %v2220 = arith.addi %v18, %v2218 : i64
        %v2221 = llvm.getelementptr %v8[%v2220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2222 = llvm.load %v2221 : !llvm.ptr<3> -> i64
        %v2223 = arith.addi %v1611, %v2063 : i64
        %v2224 = arith.cmpi slt, %v2223, %size_L : i64
        %v2225 = arith.subi %size_L, %v1 : i64
        %v2226 = arith.minsi %v2223, %v2225 : i64
        %v2227 = arith.addi %v2222, %v2226 : i64
        %v2228 = arith.muli %v2220, %v91 : i64
        %v2229 = arith.addi %v2228, %v2063 : i64
        %v2230 = llvm.getelementptr %in_phi1[%v2227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2231 = llvm.load %v2230 : !llvm.ptr -> f32
        %v2232 = arith.addi %v2062, %v259 : i64
        %v2233 = arith.constant true
        %v2234 = arith.addi %v18, %v2232 : i64
        %v2235 = llvm.getelementptr %v8[%v2234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2236 = llvm.load %v2235 : !llvm.ptr<3> -> i64
        %v2237 = arith.addi %v1611, %v2063 : i64
        %v2238 = arith.cmpi slt, %v2237, %size_L : i64
        %v2239 = arith.subi %size_L, %v1 : i64
        %v2240 = arith.minsi %v2237, %v2239 : i64
        %v2241 = arith.addi %v2236, %v2240 : i64
        %v2242 = arith.muli %v2234, %v91 : i64
        %v2243 = arith.addi %v2242, %v2063 : i64
        %v2244 = llvm.getelementptr %in_phi1[%v2241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2245 = llvm.load %v2244 : !llvm.ptr -> f32
        %v2246 = arith.addi %v2062, %v274 : i64
        %v2247 = arith.constant true
        %v2248 = arith.addi %v18, %v2246 : i64
        %v2249 = llvm.getelementptr %v8[%v2248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2250 = llvm.load %v2249 : !llvm.ptr<3> -> i64
        %v2251 = arith.addi %v1611, %v2063 : i64
        %v2252 = arith.cmpi slt, %v2251, %size_L : i64
        %v2253 = arith.subi %size_L, %v1 : i64
        %v2254 = arith.minsi %v2251, %v2253 : i64
        %v2255 = arith.addi %v2250, %v2254 : i64
        %v2256 = arith.muli %v2248, %v91 : i64
        %v2257 = arith.addi %v2256, %v2063 : i64
        %v2258 = llvm.getelementptr %in_phi1[%v2255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2259 = llvm.load %v2258 : !llvm.ptr -> f32
        %v2260 = arith.addi %v2062, %v289 : i64
        %v2261 = arith.constant true
        %v2262 = arith.addi %v18, %v2260 : i64
        %v2263 = llvm.getelementptr %v8[%v2262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2264 = llvm.load %v2263 : !llvm.ptr<3> -> i64
        %v2265 = arith.addi %v1611, %v2063 : i64
        %v2266 = arith.cmpi slt, %v2265, %size_L : i64
        %v2267 = arith.subi %size_L, %v1 : i64
        %v2268 = arith.minsi %v2265, %v2267 : i64
        %v2269 = arith.addi %v2264, %v2268 : i64
        %v2270 = arith.muli %v2262, %v91 : i64
        %v2271 = arith.addi %v2270, %v2063 : i64
        %v2272 = llvm.getelementptr %in_phi1[%v2269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2273 = llvm.load %v2272 : !llvm.ptr -> f32
        %v2274 = arith.addi %v2062, %v304 : i64
        %v2275 = arith.constant true
        %v2276 = arith.addi %v18, %v2274 : i64
        %v2277 = llvm.getelementptr %v8[%v2276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2278 = llvm.load %v2277 : !llvm.ptr<3> -> i64
        %v2279 = arith.addi %v1611, %v2063 : i64
        %v2280 = arith.cmpi slt, %v2279, %size_L : i64
        %v2281 = arith.subi %size_L, %v1 : i64
        %v2282 = arith.minsi %v2279, %v2281 : i64
        %v2283 = arith.addi %v2278, %v2282 : i64
        %v2284 = arith.muli %v2276, %v91 : i64
        %v2285 = arith.addi %v2284, %v2063 : i64
        %v2286 = llvm.getelementptr %in_phi1[%v2283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2287 = llvm.load %v2286 : !llvm.ptr -> f32
        %v2288 = arith.addi %v2062, %v78 : i64
        %v2289 = arith.constant true
        %v2290 = arith.addi %v18, %v2288 : i64
        %v2291 = llvm.getelementptr %v8[%v2290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2292 = llvm.load %v2291 : !llvm.ptr<3> -> i64
        %v2293 = arith.addi %v1611, %v2063 : i64
        %v2294 = arith.cmpi slt, %v2293, %size_L : i64
        %v2295 = arith.subi %size_L, %v1 : i64
        %v2296 = arith.minsi %v2293, %v2295 : i64
        %v2297 = arith.addi %v2292, %v2296 : i64
        %v2298 = arith.muli %v2290, %v91 : i64
        %v2299 = arith.addi %v2298, %v2063 : i64
        %v2300 = llvm.getelementptr %in_phi1[%v2297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2301 = llvm.load %v2300 : !llvm.ptr -> f32
        %v2302 = arith.addi %v2062, %v333 : i64
        %v2303 = arith.constant true
        %v2304 = arith.addi %v18, %v2302 : i64
        %v2305 = llvm.getelementptr %v8[%v2304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2306 = llvm.load %v2305 : !llvm.ptr<3> -> i64
        %v2307 = arith.addi %v1611, %v2063 : i64
        %v2308 = arith.cmpi slt, %v2307, %size_L : i64
        %v2309 = arith.subi %size_L, %v1 : i64
        %v2310 = arith.minsi %v2307, %v2309 : i64
        %v2311 = arith.addi %v2306, %v2310 : i64
        %v2312 = arith.muli %v2304, %v91 : i64
        %v2313 = arith.addi %v2312, %v2063 : i64
        %v2314 = llvm.getelementptr %in_phi1[%v2311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2315 = llvm.load %v2314 : !llvm.ptr -> f32
        %v2316 = arith.addi %v2062, %v348 : i64
        %v2317 = arith.constant true
        %v2318 = arith.addi %v18, %v2316 : i64
        %v2319 = llvm.getelementptr %v8[%v2318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2320 = llvm.load %v2319 : !llvm.ptr<3> -> i64
        %v2321 = arith.addi %v1611, %v2063 : i64
        %v2322 = arith.cmpi slt, %v2321, %size_L : i64
        %v2323 = arith.subi %size_L, %v1 : i64
        %v2324 = arith.minsi %v2321, %v2323 : i64
        %v2325 = arith.addi %v2320, %v2324 : i64
        %v2326 = arith.muli %v2318, %v91 : i64
        %v2327 = arith.addi %v2326, %v2063 : i64
        %v2328 = llvm.getelementptr %in_phi1[%v2325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2329 = llvm.load %v2328 : !llvm.ptr -> f32
        %v2330 = arith.addi %v2062, %v363 : i64
        %v2331 = arith.constant true
        %v2332 = arith.addi %v18, %v2330 : i64
        %v2333 = llvm.getelementptr %v8[%v2332] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2334 = llvm.load %v2333 : !llvm.ptr<3> -> i64
        %v2335 = arith.addi %v1611, %v2063 : i64
        %v2336 = arith.cmpi slt, %v2335, %size_L : i64
        %v2337 = arith.subi %size_L, %v1 : i64
        %v2338 = arith.minsi %v2335, %v2337 : i64
        %v2339 = arith.addi %v2334, %v2338 : i64
        %v2340 = arith.muli %v2332, %v91 : i64
        %v2341 = arith.addi %v2340, %v2063 : i64
        %v2342 = llvm.getelementptr %in_phi1[%v2339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2343 = llvm.load %v2342 : !llvm.ptr -> f32
        %v2344 = arith.addi %v2062, %v378 : i64
        %v2345 = arith.constant true
        %v2346 = arith.addi %v18, %v2344 : i64
        %v2347 = llvm.getelementptr %v8[%v2346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2348 = llvm.load %v2347 : !llvm.ptr<3> -> i64
        %v2349 = arith.addi %v1611, %v2063 : i64
        %v2350 = arith.cmpi slt, %v2349, %size_L : i64
        %v2351 = arith.subi %size_L, %v1 : i64
        %v2352 = arith.minsi %v2349, %v2351 : i64
        %v2353 = arith.addi %v2348, %v2352 : i64
        %v2354 = arith.muli %v2346, %v91 : i64
        %v2355 = arith.addi %v2354, %v2063 : i64
        %v2356 = llvm.getelementptr %in_phi1[%v2353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2357 = llvm.load %v2356 : !llvm.ptr -> f32
        %v2358 = arith.addi %v2062, %v393 : i64
        %v2359 = arith.constant true
        %v2360 = arith.addi %v18, %v2358 : i64
        %v2361 = llvm.getelementptr %v8[%v2360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2362 = llvm.load %v2361 : !llvm.ptr<3> -> i64
        %v2363 = arith.addi %v1611, %v2063 : i64
        %v2364 = arith.cmpi slt, %v2363, %size_L : i64
        %v2365 = arith.subi %size_L, %v1 : i64
        %v2366 = arith.minsi %v2363, %v2365 : i64
        %v2367 = arith.addi %v2362, %v2366 : i64
        %v2368 = arith.muli %v2360, %v91 : i64
        %v2369 = arith.addi %v2368, %v2063 : i64
        %v2370 = llvm.getelementptr %in_phi1[%v2367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2371 = llvm.load %v2370 : !llvm.ptr -> f32
        %v2372 = arith.addi %v2062, %v408 : i64
        %v2373 = arith.constant true
        %v2374 = arith.addi %v18, %v2372 : i64
        %v2375 = llvm.getelementptr %v8[%v2374] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2376 = llvm.load %v2375 : !llvm.ptr<3> -> i64
        %v2377 = arith.addi %v1611, %v2063 : i64
        %v2378 = arith.cmpi slt, %v2377, %size_L : i64
        %v2379 = arith.subi %size_L, %v1 : i64
        %v2380 = arith.minsi %v2377, %v2379 : i64
        %v2381 = arith.addi %v2376, %v2380 : i64
        %v2382 = arith.muli %v2374, %v91 : i64
        %v2383 = arith.addi %v2382, %v2063 : i64
        %v2384 = llvm.getelementptr %in_phi1[%v2381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2385 = llvm.load %v2384 : !llvm.ptr -> f32
        %v2386 = arith.addi %v2062, %v423 : i64
        %v2387 = arith.constant true
        %v2388 = arith.addi %v18, %v2386 : i64
        %v2389 = llvm.getelementptr %v8[%v2388] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2390 = llvm.load %v2389 : !llvm.ptr<3> -> i64
        %v2391 = arith.addi %v1611, %v2063 : i64
        %v2392 = arith.cmpi slt, %v2391, %size_L : i64
        %v2393 = arith.subi %size_L, %v1 : i64
        %v2394 = arith.minsi %v2391, %v2393 : i64
        %v2395 = arith.addi %v2390, %v2394 : i64
        %v2396 = arith.muli %v2388, %v91 : i64
        %v2397 = arith.addi %v2396, %v2063 : i64
        %v2398 = llvm.getelementptr %in_phi1[%v2395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2399 = llvm.load %v2398 : !llvm.ptr -> f32
        %v2400 = arith.addi %v2062, %v438 : i64
        %v2401 = arith.constant true
        %v2402 = arith.addi %v18, %v2400 : i64
        %v2403 = llvm.getelementptr %v8[%v2402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2404 = llvm.load %v2403 : !llvm.ptr<3> -> i64
        %v2405 = arith.addi %v1611, %v2063 : i64
        %v2406 = arith.cmpi slt, %v2405, %size_L : i64
        %v2407 = arith.subi %size_L, %v1 : i64
        %v2408 = arith.minsi %v2405, %v2407 : i64
        %v2409 = arith.addi %v2404, %v2408 : i64
        %v2410 = arith.muli %v2402, %v91 : i64
        %v2411 = arith.addi %v2410, %v2063 : i64
        %v2412 = llvm.getelementptr %in_phi1[%v2409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2413 = llvm.load %v2412 : !llvm.ptr -> f32
        %v2414 = arith.addi %v2062, %v453 : i64
        %v2415 = arith.constant true
        %v2416 = arith.addi %v18, %v2414 : i64
        %v2417 = llvm.getelementptr %v8[%v2416] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2418 = llvm.load %v2417 : !llvm.ptr<3> -> i64
        %v2419 = arith.addi %v1611, %v2063 : i64
        %v2420 = arith.cmpi slt, %v2419, %size_L : i64
        %v2421 = arith.subi %size_L, %v1 : i64
        %v2422 = arith.minsi %v2419, %v2421 : i64
        %v2423 = arith.addi %v2418, %v2422 : i64
        %v2424 = arith.muli %v2416, %v91 : i64
        %v2425 = arith.addi %v2424, %v2063 : i64
        %v2426 = llvm.getelementptr %in_phi1[%v2423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2427 = llvm.load %v2426 : !llvm.ptr -> f32
        %v2428 = arith.addi %v2062, %v468 : i64
        %v2429 = arith.constant true
        %v2430 = arith.addi %v18, %v2428 : i64
        %v2431 = llvm.getelementptr %v8[%v2430] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2432 = llvm.load %v2431 : !llvm.ptr<3> -> i64
        %v2433 = arith.addi %v1611, %v2063 : i64
        %v2434 = arith.cmpi slt, %v2433, %size_L : i64
        %v2435 = arith.subi %size_L, %v1 : i64
        %v2436 = arith.minsi %v2433, %v2435 : i64
        %v2437 = arith.addi %v2432, %v2436 : i64
        %v2438 = arith.muli %v2430, %v91 : i64
        %v2439 = arith.addi %v2438, %v2063 : i64
        %v2440 = llvm.getelementptr %in_phi1[%v2437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2441 = llvm.load %v2440 : !llvm.ptr -> f32
        %v2442 = arith.addi %v2062, %v483 : i64
        %v2443 = arith.constant true
        %v2444 = arith.addi %v18, %v2442 : i64
        %v2445 = llvm.getelementptr %v8[%v2444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2446 = llvm.load %v2445 : !llvm.ptr<3> -> i64
        %v2447 = arith.addi %v1611, %v2063 : i64
        %v2448 = arith.cmpi slt, %v2447, %size_L : i64
        %v2449 = arith.subi %size_L, %v1 : i64
        %v2450 = arith.minsi %v2447, %v2449 : i64
        %v2451 = arith.addi %v2446, %v2450 : i64
        %v2452 = arith.muli %v2444, %v91 : i64
        %v2453 = arith.addi %v2452, %v2063 : i64
        %v2454 = llvm.getelementptr %in_phi1[%v2451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2455 = llvm.load %v2454 : !llvm.ptr -> f32
        %v2456 = arith.addi %v2062, %v498 : i64
        %v2457 = arith.constant true
        %v2458 = arith.addi %v18, %v2456 : i64
        %v2459 = llvm.getelementptr %v8[%v2458] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2460 = llvm.load %v2459 : !llvm.ptr<3> -> i64
        %v2461 = arith.addi %v1611, %v2063 : i64
        %v2462 = arith.cmpi slt, %v2461, %size_L : i64
        %v2463 = arith.subi %size_L, %v1 : i64
        %v2464 = arith.minsi %v2461, %v2463 : i64
        %v2465 = arith.addi %v2460, %v2464 : i64
        %v2466 = arith.muli %v2458, %v91 : i64
        %v2467 = arith.addi %v2466, %v2063 : i64
        %v2468 = llvm.getelementptr %in_phi1[%v2465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2469 = llvm.load %v2468 : !llvm.ptr -> f32
        %v2470 = arith.addi %v2062, %v513 : i64
        %v2471 = arith.constant true
        %v2472 = arith.addi %v18, %v2470 : i64
        %v2473 = llvm.getelementptr %v8[%v2472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2474 = llvm.load %v2473 : !llvm.ptr<3> -> i64
        %v2475 = arith.addi %v1611, %v2063 : i64
        %v2476 = arith.cmpi slt, %v2475, %size_L : i64
        %v2477 = arith.subi %size_L, %v1 : i64
        %v2478 = arith.minsi %v2475, %v2477 : i64
        %v2479 = arith.addi %v2474, %v2478 : i64
        %v2480 = arith.muli %v2472, %v91 : i64
        %v2481 = arith.addi %v2480, %v2063 : i64
        %v2482 = llvm.getelementptr %in_phi1[%v2479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2483 = llvm.load %v2482 : !llvm.ptr -> f32
        %v2484 = arith.addi %v2062, %v528 : i64
        %v2485 = arith.constant true
        %v2486 = arith.addi %v18, %v2484 : i64
        %v2487 = llvm.getelementptr %v8[%v2486] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2488 = llvm.load %v2487 : !llvm.ptr<3> -> i64
        %v2489 = arith.addi %v1611, %v2063 : i64
        %v2490 = arith.cmpi slt, %v2489, %size_L : i64
        %v2491 = arith.subi %size_L, %v1 : i64
        %v2492 = arith.minsi %v2489, %v2491 : i64
        %v2493 = arith.addi %v2488, %v2492 : i64
        %v2494 = arith.muli %v2486, %v91 : i64
        %v2495 = arith.addi %v2494, %v2063 : i64
        %v2496 = llvm.getelementptr %in_phi1[%v2493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2497 = llvm.load %v2496 : !llvm.ptr -> f32
        %v2498 = arith.addi %v2062, %v543 : i64
        %v2499 = arith.constant true
        %v2500 = arith.addi %v18, %v2498 : i64
        %v2501 = llvm.getelementptr %v8[%v2500] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2502 = llvm.load %v2501 : !llvm.ptr<3> -> i64
        %v2503 = arith.addi %v1611, %v2063 : i64
        %v2504 = arith.cmpi slt, %v2503, %size_L : i64
        %v2505 = arith.subi %size_L, %v1 : i64
        %v2506 = arith.minsi %v2503, %v2505 : i64
        %v2507 = arith.addi %v2502, %v2506 : i64
        %v2508 = arith.muli %v2500, %v91 : i64
        %v2509 = arith.addi %v2508, %v2063 : i64
        %v2510 = llvm.getelementptr %in_phi1[%v2507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2511 = llvm.load %v2510 : !llvm.ptr -> f32
        %v2512 = arith.divui %v16, %v78 : i64
        %v2513 = arith.remui %v16, %v78 : i64
        %v2514 = arith.addi %v2512, %v28 : i64
        %v2515 = arith.constant true
        %v2516 = arith.addi %v1076, %v2514 : i64
        %v2517 = llvm.getelementptr %v8[%v2516] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2518 = llvm.load %v2517 : !llvm.ptr<3> -> i64
        %v2519 = arith.addi %v1611, %v2513 : i64
        %v2520 = arith.cmpi slt, %v2519, %size_L : i64
        %v2521 = arith.subi %size_L, %v1 : i64
        %v2522 = arith.minsi %v2519, %v2521 : i64
        %v2523 = arith.addi %v2518, %v2522 : i64
        %v2524 = arith.muli %v2516, %v91 : i64
        %v2525 = arith.addi %v2524, %v2513 : i64
        %v2526 = llvm.getelementptr %in_phi2[%v2523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2527 = llvm.load %v2526 : !llvm.ptr -> f32
        %v2528 = arith.addi %v2512, %v52 : i64
        %v2529 = arith.constant true
        %v2530 = arith.addi %v1076, %v2528 : i64
        %v2531 = llvm.getelementptr %v8[%v2530] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2532 = llvm.load %v2531 : !llvm.ptr<3> -> i64
        %v2533 = arith.addi %v1611, %v2513 : i64
        %v2534 = arith.cmpi slt, %v2533, %size_L : i64
        %v2535 = arith.subi %size_L, %v1 : i64
        %v2536 = arith.minsi %v2533, %v2535 : i64
        %v2537 = arith.addi %v2532, %v2536 : i64
        %v2538 = arith.muli %v2530, %v91 : i64
        %v2539 = arith.addi %v2538, %v2513 : i64
        %v2540 = llvm.getelementptr %in_phi2[%v2537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2541 = llvm.load %v2540 : !llvm.ptr -> f32
        %v2542 = arith.addi %v2512, %v73 : i64
        %v2543 = arith.constant true
        %v2544 = arith.addi %v1076, %v2542 : i64
        %v2545 = llvm.getelementptr %v8[%v2544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2546 = llvm.load %v2545 : !llvm.ptr<3> -> i64
        %v2547 = arith.addi %v1611, %v2513 : i64
        %v2548 = arith.cmpi slt, %v2547, %size_L : i64
        %v2549 = arith.subi %size_L, %v1 : i64
        %v2550 = arith.minsi %v2547, %v2549 : i64
        %v2551 = arith.addi %v2546, %v2550 : i64
        %v2552 = arith.muli %v2544, %v91 : i64
        %v2553 = arith.addi %v2552, %v2513 : i64
        %v2554 = llvm.getelementptr %in_phi2[%v2551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2555 = llvm.load %v2554 : !llvm.ptr -> f32
        %v2556 = arith.addi %v2512, %v124 : i64
        %v2557 = arith.constant true
        %v2558 = arith.addi %v1076, %v2556 : i64
        %v2559 = llvm.getelementptr %v8[%v2558] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2560 = llvm.load %v2559 : !llvm.ptr<3> -> i64
        %v2561 = arith.addi %v1611, %v2513 : i64
        %v2562 = arith.cmpi slt, %v2561, %size_L : i64
        %v2563 = arith.subi %size_L, %v1 : i64
        %v2564 = arith.minsi %v2561, %v2563 : i64
        %v2565 = arith.addi %v2560, %v2564 : i64
        %v2566 = arith.muli %v2558, %v91 : i64
        %v2567 = arith.addi %v2566, %v2513 : i64
        %v2568 = llvm.getelementptr %in_phi2[%v2565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2569 = llvm.load %v2568 : !llvm.ptr -> f32
        %v2570 = arith.addi %v2512, %v139 : i64
        %v2571 = arith.constant true
        %v2572 = arith.addi %v1076, %v2570 : i64
        %v2573 = llvm.getelementptr %v8[%v2572] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2574 = llvm.load %v2573 : !llvm.ptr<3> -> i64
        %v2575 = arith.addi %v1611, %v2513 : i64
        %v2576 = arith.cmpi slt, %v2575, %size_L : i64
        %v2577 = arith.subi %size_L, %v1 : i64
        %v2578 = arith.minsi %v2575, %v2577 : i64
        %v2579 = arith.addi %v2574, %v2578 : i64
        %v2580 = arith.muli %v2572, %v91 : i64
        %v2581 = arith.addi %v2580, %v2513 : i64
        %v2582 = llvm.getelementptr %in_phi2[%v2579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2583 = llvm.load %v2582 : !llvm.ptr -> f32
        %v2584 = arith.addi %v2512, %v154 : i64
        %v2585 = arith.constant true
        %v2586 = arith.addi %v1076, %v2584 : i64
        %v2587 = llvm.getelementptr %v8[%v2586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2588 = llvm.load %v2587 : !llvm.ptr<3> -> i64
        %v2589 = arith.addi %v1611, %v2513 : i64
        %v2590 = arith.cmpi slt, %v2589, %size_L : i64
        %v2591 = arith.subi %size_L, %v1 : i64
        %v2592 = arith.minsi %v2589, %v2591 : i64
        %v2593 = arith.addi %v2588, %v2592 : i64
        %v2594 = arith.muli %v2586, %v91 : i64
        %v2595 = arith.addi %v2594, %v2513 : i64
        %v2596 = llvm.getelementptr %in_phi2[%v2593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2597 = llvm.load %v2596 : !llvm.ptr -> f32
        %v2598 = arith.addi %v2512, %v169 : i64
        %v2599 = arith.constant true
        %v2600 = arith.addi %v1076, %v2598 : i64
        %v2601 = llvm.getelementptr %v8[%v2600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2602 = llvm.load %v2601 : !llvm.ptr<3> -> i64
        %v2603 = arith.addi %v1611, %v2513 : i64
        %v2604 = arith.cmpi slt, %v2603, %size_L : i64
        %v2605 = arith.subi %size_L, %v1 : i64
        %v2606 = arith.minsi %v2603, %v2605 : i64
        %v2607 = arith.addi %v2602, %v2606 : i64
        %v2608 = arith.muli %v2600, %v91 : i64
        %v2609 = arith.addi %v2608, %v2513 : i64
        %v2610 = llvm.getelementptr %in_phi2[%v2607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2611 = llvm.load %v2610 : !llvm.ptr -> f32
        %v2612 = arith.addi %v2512, %v184 : i64
        %v2613 = arith.constant true
        %v2614 = arith.addi %v1076, %v2612 : i64
        %v2615 = llvm.getelementptr %v8[%v2614] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2616 = llvm.load %v2615 : !llvm.ptr<3> -> i64
        %v2617 = arith.addi %v1611, %v2513 : i64
        %v2618 = arith.cmpi slt, %v2617, %size_L : i64
        %v2619 = arith.subi %size_L, %v1 : i64
        %v2620 = arith.minsi %v2617, %v2619 : i64
        %v2621 = arith.addi %v2616, %v2620 : i64
        %v2622 = arith.muli %v2614, %v91 : i64
        %v2623 = arith.addi %v2622, %v2513 : i64
        %v2624 = llvm.getelementptr %in_phi2[%v2621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2625 = llvm.load %v2624 : !llvm.ptr -> f32
        %v2626 = arith.addi %v2512, %v199 : i64
        %v2627 = arith.constant true
        %v2628 = arith.addi %v1076, %v2626 : i64
        %v2629 = llvm.getelementptr %v8[%v2628] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2630 = llvm.load %v2629 : !llvm.ptr<3> -> i64
        %v2631 = arith.addi %v1611, %v2513 : i64
        %v2632 = arith.cmpi slt, %v2631, %size_L : i64
        %v2633 = arith.subi %size_L, %v1 : i64
        %v2634 = arith.minsi %v2631, %v2633 : i64
        %v2635 = arith.addi %v2630, %v2634 : i64
        %v2636 = arith.muli %v2628, %v91 : i64
        %v2637 = arith.addi %v2636, %v2513 : i64
        %v2638 = llvm.getelementptr %in_phi2[%v2635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2639 = llvm.load %v2638 : !llvm.ptr -> f32
        %v2640 = arith.addi %v2512, %v214 : i64
        %v2641 = arith.constant true
        %v2642 = arith.addi %v1076, %v2640 : i64
        %v2643 = llvm.getelementptr %v8[%v2642] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2644 = llvm.load %v2643 : !llvm.ptr<3> -> i64
        %v2645 = arith.addi %v1611, %v2513 : i64
        %v2646 = arith.cmpi slt, %v2645, %size_L : i64
        %v2647 = arith.subi %size_L, %v1 : i64
        %v2648 = arith.minsi %v2645, %v2647 : i64
        %v2649 = arith.addi %v2644, %v2648 : i64
        %v2650 = arith.muli %v2642, %v91 : i64
        %v2651 = arith.addi %v2650, %v2513 : i64
        %v2652 = llvm.getelementptr %in_phi2[%v2649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2653 = llvm.load %v2652 : !llvm.ptr -> f32
        %v2654 = arith.addi %v2512, %v229 : i64
        %v2655 = arith.constant true
        %v2656 = arith.addi %v1076, %v2654 : i64
        %v2657 = llvm.getelementptr %v8[%v2656] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2658 = llvm.load %v2657 : !llvm.ptr<3> -> i64
        %v2659 = arith.addi %v1611, %v2513 : i64
        %v2660 = arith.cmpi slt, %v2659, %size_L : i64
        %v2661 = arith.subi %size_L, %v1 : i64
        %v2662 = arith.minsi %v2659, %v2661 : i64
        %v2663 = arith.addi %v2658, %v2662 : i64
        %v2664 = arith.muli %v2656, %v91 : i64
        %v2665 = arith.addi %v2664, %v2513 : i64
        %v2666 = llvm.getelementptr %in_phi2[%v2663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2667 = llvm.load %v2666 : !llvm.ptr -> f32
        %v2668 = arith.addi %v2512, %v244 : i64
        %v2669 = arith.constant true
        %v2670 = arith.addi %v1076, %v2668 : i64
        %v2671 = llvm.getelementptr %v8[%v2670] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2672 = llvm.load %v2671 : !llvm.ptr<3> -> i64
        %v2673 = arith.addi %v1611, %v2513 : i64
        %v2674 = arith.cmpi slt, %v2673, %size_L : i64
        %v2675 = arith.subi %size_L, %v1 : i64
        %v2676 = arith.minsi %v2673, %v2675 : i64
        %v2677 = arith.addi %v2672, %v2676 : i64
        %v2678 = arith.muli %v2670, %v91 : i64
        %v2679 = arith.addi %v2678, %v2513 : i64
        %v2680 = llvm.getelementptr %in_phi2[%v2677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2681 = llvm.load %v2680 : !llvm.ptr -> f32
        %v2682 = arith.addi %v2512, %v259 : i64
        %v2683 = arith.constant true
        %v2684 = arith.addi %v1076, %v2682 : i64
        %v2685 = llvm.getelementptr %v8[%v2684] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2686 = llvm.load %v2685 : !llvm.ptr<3> -> i64
        %v2687 = arith.addi %v1611, %v2513 : i64
        %v2688 = arith.cmpi slt, %v2687, %size_L : i64
        %v2689 = arith.subi %size_L, %v1 : i64
        %v2690 = arith.minsi %v2687, %v2689 : i64
        %v2691 = arith.addi %v2686, %v2690 : i64
        %v2692 = arith.muli %v2684, %v91 : i64
        %v2693 = arith.addi %v2692, %v2513 : i64
        %v2694 = llvm.getelementptr %in_phi2[%v2691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2695 = llvm.load %v2694 : !llvm.ptr -> f32
        %v2696 = arith.addi %v2512, %v274 : i64
        %v2697 = arith.constant true
        %v2698 = arith.addi %v1076, %v2696 : i64
        %v2699 = llvm.getelementptr %v8[%v2698] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2700 = llvm.load %v2699 : !llvm.ptr<3> -> i64
        %v2701 = arith.addi %v1611, %v2513 : i64
        %v2702 = arith.cmpi slt, %v2701, %size_L : i64
        %v2703 = arith.subi %size_L, %v1 : i64
        %v2704 = arith.minsi %v2701, %v2703 : i64
        %v2705 = arith.addi %v2700, %v2704 : i64
        %v2706 = arith.muli %v2698, %v91 : i64
        %v2707 = arith.addi %v2706, %v2513 : i64
        %v2708 = llvm.getelementptr %in_phi2[%v2705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2709 = llvm.load %v2708 : !llvm.ptr -> f32
        %v2710 = arith.addi %v2512, %v289 : i64
        %v2711 = arith.constant true
        %v2712 = arith.addi %v1076, %v2710 : i64
        %v2713 = llvm.getelementptr %v8[%v2712] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2714 = llvm.load %v2713 : !llvm.ptr<3> -> i64
        %v2715 = arith.addi %v1611, %v2513 : i64
        %v2716 = arith.cmpi slt, %v2715, %size_L : i64
        %v2717 = arith.subi %size_L, %v1 : i64
        %v2718 = arith.minsi %v2715, %v2717 : i64
        %v2719 = arith.addi %v2714, %v2718 : i64
        %v2720 = arith.muli %v2712, %v91 : i64
        %v2721 = arith.addi %v2720, %v2513 : i64
        %v2722 = llvm.getelementptr %in_phi2[%v2719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2723 = llvm.load %v2722 : !llvm.ptr -> f32
        %v2724 = arith.addi %v2512, %v304 : i64
        %v2725 = arith.constant true
        %v2726 = arith.addi %v1076, %v2724 : i64
        %v2727 = llvm.getelementptr %v8[%v2726] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2728 = llvm.load %v2727 : !llvm.ptr<3> -> i64
        %v2729 = arith.addi %v1611, %v2513 : i64
        %v2730 = arith.cmpi slt, %v2729, %size_L : i64
        %v2731 = arith.subi %size_L, %v1 : i64
        %v2732 = arith.minsi %v2729, %v2731 : i64
        %v2733 = arith.addi %v2728, %v2732 : i64
        %v2734 = arith.muli %v2726, %v91 : i64
        %v2735 = arith.addi %v2734, %v2513 : i64
        %v2736 = llvm.getelementptr %in_phi2[%v2733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2737 = llvm.load %v2736 : !llvm.ptr -> f32
        %v2738 = arith.addi %v2512, %v78 : i64
        %v2739 = arith.constant true
        %v2740 = arith.addi %v1076, %v2738 : i64
        %v2741 = llvm.getelementptr %v8[%v2740] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2742 = llvm.load %v2741 : !llvm.ptr<3> -> i64
        %v2743 = arith.addi %v1611, %v2513 : i64
        %v2744 = arith.cmpi slt, %v2743, %size_L : i64
        %v2745 = arith.subi %size_L, %v1 : i64
        %v2746 = arith.minsi %v2743, %v2745 : i64
        %v2747 = arith.addi %v2742, %v2746 : i64
        %v2748 = arith.muli %v2740, %v91 : i64
        %v2749 = arith.addi %v2748, %v2513 : i64
        %v2750 = llvm.getelementptr %in_phi2[%v2747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2751 = llvm.load %v2750 : !llvm.ptr -> f32
        %v2752 = arith.addi %v2512, %v333 : i64
        %v2753 = arith.constant true
        %v2754 = arith.addi %v1076, %v2752 : i64
        %v2755 = llvm.getelementptr %v8[%v2754] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2756 = llvm.load %v2755 : !llvm.ptr<3> -> i64
        %v2757 = arith.addi %v1611, %v2513 : i64
        %v2758 = arith.cmpi slt, %v2757, %size_L : i64
        %v2759 = arith.subi %size_L, %v1 : i64
        %v2760 = arith.minsi %v2757, %v2759 : i64
        %v2761 = arith.addi %v2756, %v2760 : i64
        %v2762 = arith.muli %v2754, %v91 : i64
        %v2763 = arith.addi %v2762, %v2513 : i64
        %v2764 = llvm.getelementptr %in_phi2[%v2761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2765 = llvm.load %v2764 : !llvm.ptr -> f32
        %v2766 = arith.addi %v2512, %v348 : i64
        %v2767 = arith.constant true
        %v2768 = arith.addi %v1076, %v2766 : i64
        %v2769 = llvm.getelementptr %v8[%v2768] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2770 = llvm.load %v2769 : !llvm.ptr<3> -> i64
        %v2771 = arith.addi %v1611, %v2513 : i64
        %v2772 = arith.cmpi slt, %v2771, %size_L : i64
        %v2773 = arith.subi %size_L, %v1 : i64
        %v2774 = arith.minsi %v2771, %v2773 : i64
        %v2775 = arith.addi %v2770, %v2774 : i64
        %v2776 = arith.muli %v2768, %v91 : i64
        %v2777 = arith.addi %v2776, %v2513 : i64
        %v2778 = llvm.getelementptr %in_phi2[%v2775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2779 = llvm.load %v2778 : !llvm.ptr -> f32
        %v2780 = arith.addi %v2512, %v363 : i64
        %v2781 = arith.constant true
        %v2782 = arith.addi %v1076, %v2780 : i64
        %v2783 = llvm.getelementptr %v8[%v2782] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2784 = llvm.load %v2783 : !llvm.ptr<3> -> i64
        %v2785 = arith.addi %v1611, %v2513 : i64
        %v2786 = arith.cmpi slt, %v2785, %size_L : i64
        %v2787 = arith.subi %size_L, %v1 : i64
        %v2788 = arith.minsi %v2785, %v2787 : i64
        %v2789 = arith.addi %v2784, %v2788 : i64
        %v2790 = arith.muli %v2782, %v91 : i64
        %v2791 = arith.addi %v2790, %v2513 : i64
        %v2792 = llvm.getelementptr %in_phi2[%v2789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2793 = llvm.load %v2792 : !llvm.ptr -> f32
        %v2794 = arith.addi %v2512, %v378 : i64
        %v2795 = arith.constant true
        %v2796 = arith.addi %v1076, %v2794 : i64
        %v2797 = llvm.getelementptr %v8[%v2796] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2798 = llvm.load %v2797 : !llvm.ptr<3> -> i64
        %v2799 = arith.addi %v1611, %v2513 : i64
        %v2800 = arith.cmpi slt, %v2799, %size_L : i64
        %v2801 = arith.subi %size_L, %v1 : i64
        %v2802 = arith.minsi %v2799, %v2801 : i64
        %v2803 = arith.addi %v2798, %v2802 : i64
        %v2804 = arith.muli %v2796, %v91 : i64
        %v2805 = arith.addi %v2804, %v2513 : i64
        %v2806 = llvm.getelementptr %in_phi2[%v2803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2807 = llvm.load %v2806 : !llvm.ptr -> f32
        %v2808 = arith.addi %v2512, %v393 : i64
        %v2809 = arith.constant true
        %v2810 = arith.addi %v1076, %v2808 : i64
        %v2811 = llvm.getelementptr %v8[%v2810] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2812 = llvm.load %v2811 : !llvm.ptr<3> -> i64
        %v2813 = arith.addi %v1611, %v2513 : i64
        %v2814 = arith.cmpi slt, %v2813, %size_L : i64
        %v2815 = arith.subi %size_L, %v1 : i64
        %v2816 = arith.minsi %v2813, %v2815 : i64
        %v2817 = arith.addi %v2812, %v2816 : i64
        %v2818 = arith.muli %v2810, %v91 : i64
        %v2819 = arith.addi %v2818, %v2513 : i64
        %v2820 = llvm.getelementptr %in_phi2[%v2817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2821 = llvm.load %v2820 : !llvm.ptr -> f32
        %v2822 = arith.addi %v2512, %v408 : i64
        %v2823 = arith.constant true
        %v2824 = arith.addi %v1076, %v2822 : i64
        %v2825 = llvm.getelementptr %v8[%v2824] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2826 = llvm.load %v2825 : !llvm.ptr<3> -> i64
        %v2827 = arith.addi %v1611, %v2513 : i64
        %v2828 = arith.cmpi slt, %v2827, %size_L : i64
        %v2829 = arith.subi %size_L, %v1 : i64
        %v2830 = arith.minsi %v2827, %v2829 : i64
        %v2831 = arith.addi %v2826, %v2830 : i64
        %v2832 = arith.muli %v2824, %v91 : i64
        %v2833 = arith.addi %v2832, %v2513 : i64
        %v2834 = llvm.getelementptr %in_phi2[%v2831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2835 = llvm.load %v2834 : !llvm.ptr -> f32
        %v2836 = arith.addi %v2512, %v423 : i64
        %v2837 = arith.constant true
        %v2838 = arith.addi %v1076, %v2836 : i64
        %v2839 = llvm.getelementptr %v8[%v2838] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2840 = llvm.load %v2839 : !llvm.ptr<3> -> i64
        %v2841 = arith.addi %v1611, %v2513 : i64
        %v2842 = arith.cmpi slt, %v2841, %size_L : i64
        %v2843 = arith.subi %size_L, %v1 : i64
        %v2844 = arith.minsi %v2841, %v2843 : i64
        %v2845 = arith.addi %v2840, %v2844 : i64
        %v2846 = arith.muli %v2838, %v91 : i64
        %v2847 = arith.addi %v2846, %v2513 : i64
        %v2848 = llvm.getelementptr %in_phi2[%v2845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2849 = llvm.load %v2848 : !llvm.ptr -> f32
        %v2850 = arith.addi %v2512, %v438 : i64
        %v2851 = arith.constant true
        %v2852 = arith.addi %v1076, %v2850 : i64
        %v2853 = llvm.getelementptr %v8[%v2852] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2854 = llvm.load %v2853 : !llvm.ptr<3> -> i64
        %v2855 = arith.addi %v1611, %v2513 : i64
        %v2856 = arith.cmpi slt, %v2855, %size_L : i64
        %v2857 = arith.subi %size_L, %v1 : i64
        %v2858 = arith.minsi %v2855, %v2857 : i64
        %v2859 = arith.addi %v2854, %v2858 : i64
        %v2860 = arith.muli %v2852, %v91 : i64
        %v2861 = arith.addi %v2860, %v2513 : i64
        %v2862 = llvm.getelementptr %in_phi2[%v2859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2863 = llvm.load %v2862 : !llvm.ptr -> f32
        %v2864 = arith.addi %v2512, %v453 : i64
        %v2865 = arith.constant true
        %v2866 = arith.addi %v1076, %v2864 : i64
        %v2867 = llvm.getelementptr %v8[%v2866] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2868 = llvm.load %v2867 : !llvm.ptr<3> -> i64
        %v2869 = arith.addi %v1611, %v2513 : i64
        %v2870 = arith.cmpi slt, %v2869, %size_L : i64
        %v2871 = arith.subi %size_L, %v1 : i64
        %v2872 = arith.minsi %v2869, %v2871 : i64
        %v2873 = arith.addi %v2868, %v2872 : i64
        %v2874 = arith.muli %v2866, %v91 : i64
        %v2875 = arith.addi %v2874, %v2513 : i64
        %v2876 = llvm.getelementptr %in_phi2[%v2873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2877 = llvm.load %v2876 : !llvm.ptr -> f32
        %v2878 = arith.addi %v2512, %v468 : i64
        %v2879 = arith.constant true
        %v2880 = arith.addi %v1076, %v2878 : i64
        %v2881 = llvm.getelementptr %v8[%v2880] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2882 = llvm.load %v2881 : !llvm.ptr<3> -> i64
        %v2883 = arith.addi %v1611, %v2513 : i64
        %v2884 = arith.cmpi slt, %v2883, %size_L : i64
        %v2885 = arith.subi %size_L, %v1 : i64
        %v2886 = arith.minsi %v2883, %v2885 : i64
        %v2887 = arith.addi %v2882, %v2886 : i64
        %v2888 = arith.muli %v2880, %v91 : i64
        %v2889 = arith.addi %v2888, %v2513 : i64
        %v2890 = llvm.getelementptr %in_phi2[%v2887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2891 = llvm.load %v2890 : !llvm.ptr -> f32
        %v2892 = arith.addi %v2512, %v483 : i64
        %v2893 = arith.constant true
        %v2894 = arith.addi %v1076, %v2892 : i64
        %v2895 = llvm.getelementptr %v8[%v2894] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2896 = llvm.load %v2895 : !llvm.ptr<3> -> i64
        %v2897 = arith.addi %v1611, %v2513 : i64
        %v2898 = arith.cmpi slt, %v2897, %size_L : i64
        %v2899 = arith.subi %size_L, %v1 : i64
        %v2900 = arith.minsi %v2897, %v2899 : i64
        %v2901 = arith.addi %v2896, %v2900 : i64
        %v2902 = arith.muli %v2894, %v91 : i64
        %v2903 = arith.addi %v2902, %v2513 : i64
        %v2904 = llvm.getelementptr %in_phi2[%v2901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2905 = llvm.load %v2904 : !llvm.ptr -> f32
        %v2906 = arith.addi %v2512, %v498 : i64
        %v2907 = arith.constant true
        %v2908 = arith.addi %v1076, %v2906 : i64
        %v2909 = llvm.getelementptr %v8[%v2908] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2910 = llvm.load %v2909 : !llvm.ptr<3> -> i64
        %v2911 = arith.addi %v1611, %v2513 : i64
        %v2912 = arith.cmpi slt, %v2911, %size_L : i64
        %v2913 = arith.subi %size_L, %v1 : i64
        %v2914 = arith.minsi %v2911, %v2913 : i64
        %v2915 = arith.addi %v2910, %v2914 : i64
        %v2916 = arith.muli %v2908, %v91 : i64
        %v2917 = arith.addi %v2916, %v2513 : i64
        %v2918 = llvm.getelementptr %in_phi2[%v2915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2919 = llvm.load %v2918 : !llvm.ptr -> f32
        %v2920 = arith.addi %v2512, %v513 : i64
        %v2921 = arith.constant true
        %v2922 = arith.addi %v1076, %v2920 : i64
        %v2923 = llvm.getelementptr %v8[%v2922] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2924 = llvm.load %v2923 : !llvm.ptr<3> -> i64
        %v2925 = arith.addi %v1611, %v2513 : i64
        %v2926 = arith.cmpi slt, %v2925, %size_L : i64
        %v2927 = arith.subi %size_L, %v1 : i64
        %v2928 = arith.minsi %v2925, %v2927 : i64
        %v2929 = arith.addi %v2924, %v2928 : i64
        %v2930 = arith.muli %v2922, %v91 : i64
        %v2931 = arith.addi %v2930, %v2513 : i64
        %v2932 = llvm.getelementptr %in_phi2[%v2929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2933 = llvm.load %v2932 : !llvm.ptr -> f32
        %v2934 = arith.addi %v2512, %v528 : i64
        %v2935 = arith.constant true
        %v2936 = arith.addi %v1076, %v2934 : i64
        %v2937 = llvm.getelementptr %v8[%v2936] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2938 = llvm.load %v2937 : !llvm.ptr<3> -> i64
        %v2939 = arith.addi %v1611, %v2513 : i64
        %v2940 = arith.cmpi slt, %v2939, %size_L : i64
        %v2941 = arith.subi %size_L, %v1 : i64
        %v2942 = arith.minsi %v2939, %v2941 : i64
        %v2943 = arith.addi %v2938, %v2942 : i64
        %v2944 = arith.muli %v2936, %v91 : i64
        %v2945 = arith.addi %v2944, %v2513 : i64
        %v2946 = llvm.getelementptr %in_phi2[%v2943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2947 = llvm.load %v2946 : !llvm.ptr -> f32
        %v2948 = arith.addi %v2512, %v543 : i64
        %v2949 = arith.constant true
        %v2950 = arith.addi %v1076, %v2948 : i64
        %v2951 = llvm.getelementptr %v8[%v2950] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2952 = llvm.load %v2951 : !llvm.ptr<3> -> i64
        %v2953 = arith.addi %v1611, %v2513 : i64
        %v2954 = arith.cmpi slt, %v2953, %size_L : i64
        %v2955 = arith.subi %size_L, %v1 : i64
        %v2956 = arith.minsi %v2953, %v2955 : i64
        %v2957 = arith.addi %v2952, %v2956 : i64
        %v2958 = arith.muli %v2950, %v91 : i64
        %v2959 = arith.addi %v2958, %v2513 : i64
        %v2960 = llvm.getelementptr %in_phi2[%v2957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2961 = llvm.load %v2960 : !llvm.ptr -> f32
        %v2962 = arith.index_cast %v28 : i64 to index
        %v2963 = arith.index_cast %v1610 : i64 to index
        %v2964 = arith.index_cast %v1 : i64 to index
        scf.for %v2965 = %v2962 to %v2963 step %v2964 {
          %v2966 = arith.index_cast %v2965 : index to i64
          %v2967 = arith.addi %v1559, %v2966 : i64
          %v2968 = arith.muli %v1, %v18 : i64
          %v2969 = arith.addi %v2968, %v16 : i64
          %v2970 = arith.muli %v2969, %v91 : i64
          %v2971 = arith.addi %v2970, %v2966 : i64
          %v2972 = llvm.getelementptr %v9[%v2971] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2973 = llvm.load %v2972 : !llvm.ptr<3> -> f32
          %v2974 = arith.muli %v28, %v18 : i64
          %v2975 = arith.addi %v2974, %v16 : i64
          %v2976 = arith.muli %v2975, %v91 : i64
          %v2977 = arith.addi %v2976, %v2966 : i64
          %v2978 = llvm.getelementptr %v9[%v2977] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2979 = llvm.load %v2978 : !llvm.ptr<3> -> f32
          %v2980 = llvm.load %v4 : !llvm.ptr -> f32
          %v2981 = arith.mulf %v2973, %v2980 fastmath<contract> : f32
          %v2982 = arith.addf %v2981, %v2979 fastmath<contract> : f32
          %v2983 = arith.muli %v52, %v18 : i64
          %v2984 = arith.addi %v2983, %v16 : i64
          %v2985 = arith.muli %v2984, %v91 : i64
          %v2986 = arith.addi %v2985, %v2966 : i64
          %v2987 = llvm.getelementptr %v9[%v2986] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2988 = llvm.load %v2987 : !llvm.ptr<3> -> f32
          %v2989 = llvm.load %v5 : !llvm.ptr -> f32
          %v2990 = arith.mulf %v2988, %v2989 fastmath<contract> : f32
          %v2991 = arith.addf %v2982, %v2990 fastmath<contract> : f32
          %v2995 = llvm.load %v6 : !llvm.ptr -> f32
          %v2996 = arith.mulf %v2994, %v2995 fastmath<contract> : f32
          %v2997 = arith.addf %v2991, %v2996 fastmath<contract> : f32
          %v3001 = llvm.load %v7 : !llvm.ptr -> f32
          %v3002 = arith.mulf %v3000, %v3001 fastmath<contract> : f32
          %v3003 = arith.addf %v2997, %v3002 fastmath<contract> : f32
          %v3004 = llvm.load %v5 : !llvm.ptr -> f32
          %v3005 = arith.mulf %v77, %v3004 fastmath<contract> : f32
          %v3006 = arith.addf %v3005, %v77 fastmath<contract> : f32
          %v3008 = llvm.load %v4 : !llvm.ptr -> f32
          %v3009 = arith.mulf %v3007, %v3008 fastmath<contract> : f32
          %v3010 = arith.addf %v3006, %v3009 fastmath<contract> : f32
          %v3011 = llvm.load %v6 : !llvm.ptr -> f32
          %v3012 = arith.mulf %v77, %v3011 fastmath<contract> : f32
          %v3013 = arith.addf %v3012, %v2979 fastmath<contract> : f32
          %v3014 = llvm.load %v7 : !llvm.ptr -> f32
          %v3015 = arith.mulf %v77, %v3014 fastmath<contract> : f32
          %v3016 = arith.addf %v3015, %v77 fastmath<contract> : f32
          %v3017 = llvm.load %v6 : !llvm.ptr -> f32
          %v3018 = arith.mulf %v3007, %v3017 fastmath<contract> : f32
          %v3019 = arith.addf %v3016, %v3018 fastmath<contract> : f32
          llvm.store %v3003, %v4 : f32, !llvm.ptr
          llvm.store %v3010, %v5 : f32, !llvm.ptr
          llvm.store %v3013, %v6 : f32, !llvm.ptr
          llvm.store %v3019, %v7 : f32, !llvm.ptr
          %v3020 = llvm.load %v4 : !llvm.ptr -> f32
          %v3021 = arith.muli %v63, %v18 : i64
          %v3022 = arith.addi %v3021, %v16 : i64
          %v3023 = arith.muli %v3022, %v91 : i64
          %v3024 = arith.addi %v3023, %v2966 : i64
          %v3025 = llvm.getelementptr %v9[%v3024] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v3020, %v3025 : f32, !llvm.ptr<3>
          %v3026 = arith.mulf %v2973, %v3020 fastmath<contract> : f32
          %v3027 = llvm.load %v5 : !llvm.ptr -> f32
          %v3028 = arith.mulf %v2988, %v3027 fastmath<contract> : f32
          %v3029 = arith.addf %v3026, %v3028 fastmath<contract> : f32
          %v3030 = arith.mulf %v2979, %v2994 fastmath<contract> : f32
          %v3031 = arith.addf %v3029, %v3030 fastmath<contract> : f32
          %v3032 = llvm.load %v7 : !llvm.ptr -> f32
          %v3033 = arith.mulf %v3000, %v3032 fastmath<contract> : f32
          %v3034 = arith.addf %v3031, %v3033 fastmath<contract> : f32
          %v3035 = arith.muli %v73, %v18 : i64
          %v3036 = arith.addi %v3035, %v16 : i64
          %v3037 = arith.muli %v3036, %v91 : i64
          %v3038 = arith.addi %v3037, %v2966 : i64
          %v3039 = llvm.getelementptr %v9[%v3038] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v3034, %v3039 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v3040 = arith.addi %v28, %v16 : i64
        %v3041 = arith.divui %v3040, %v78 : i64
        %v3042 = arith.remui %v3040, %v78 : i64
        %v3043 = arith.addi %v28, %v3041 : i64
        %v3044 = arith.muli %v3043, %v91 : i64
        %v3045 = arith.addi %v3044, %v3042 : i64
        %v3046 = llvm.getelementptr %v9[%v3045] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1627, %v3046 : f32, !llvm.ptr<3>
        %v3047 = arith.addi %v18, %v16 : i64
        %v3048 = arith.divui %v3047, %v78 : i64
        %v3049 = arith.remui %v3047, %v78 : i64
        %v3050 = arith.addi %v28, %v3048 : i64
        %v3051 = arith.muli %v3050, %v91 : i64
        %v3052 = arith.addi %v3051, %v3049 : i64
        %v3053 = llvm.getelementptr %v9[%v3052] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1641, %v3053 : f32, !llvm.ptr<3>
        %v3054 = arith.addi %v1076, %v16 : i64
        %v3055 = arith.divui %v3054, %v78 : i64
        %v3056 = arith.remui %v3054, %v78 : i64
        %v3057 = arith.addi %v28, %v3055 : i64
        %v3058 = arith.muli %v3057, %v91 : i64
        %v3059 = arith.addi %v3058, %v3056 : i64
        %v3060 = llvm.getelementptr %v9[%v3059] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1655, %v3060 : f32, !llvm.ptr<3>
        %v3062 = arith.addi %v3061, %v16 : i64
        %v3063 = arith.divui %v3062, %v78 : i64
        %v3064 = arith.remui %v3062, %v78 : i64
        %v3065 = arith.addi %v28, %v3063 : i64
        %v3066 = arith.muli %v3065, %v91 : i64
        %v3067 = arith.addi %v3066, %v3064 : i64
        %v3068 = llvm.getelementptr %v9[%v3067] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1669, %v3068 : f32, !llvm.ptr<3>
        %v3069 = arith.addi %v12, %v16 : i64
        %v3070 = arith.divui %v3069, %v78 : i64
        %v3071 = arith.remui %v3069, %v78 : i64
        %v3072 = arith.addi %v28, %v3070 : i64
        %v3073 = arith.muli %v3072, %v91 : i64
        %v3074 = arith.addi %v3073, %v3071 : i64
        %v3075 = llvm.getelementptr %v9[%v3074] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1683, %v3075 : f32, !llvm.ptr<3>
        %v3077 = arith.addi %v3076, %v16 : i64
        %v3078 = arith.divui %v3077, %v78 : i64
        %v3079 = arith.remui %v3077, %v78 : i64
        %v3080 = arith.addi %v28, %v3078 : i64
        %v3081 = arith.muli %v3080, %v91 : i64
        %v3082 = arith.addi %v3081, %v3079 : i64
        %v3083 = llvm.getelementptr %v9[%v3082] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1697, %v3083 : f32, !llvm.ptr<3>
        %v3085 = arith.addi %v3084, %v16 : i64
        %v3086 = arith.divui %v3085, %v78 : i64
        %v3087 = arith.remui %v3085, %v78 : i64
        %v3088 = arith.addi %v28, %v3086 : i64
        %v3089 = arith.muli %v3088, %v91 : i64
        %v3090 = arith.addi %v3089, %v3087 : i64
        %v3091 = llvm.getelementptr %v9[%v3090] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1711, %v3091 : f32, !llvm.ptr<3>
        %v3093 = arith.addi %v3092, %v16 : i64
        %v3094 = arith.divui %v3093, %v78 : i64
        %v3095 = arith.remui %v3093, %v78 : i64
        %v3096 = arith.addi %v28, %v3094 : i64
        %v3097 = arith.muli %v3096, %v91 : i64
        %v3098 = arith.addi %v3097, %v3095 : i64
        %v3099 = llvm.getelementptr %v9[%v3098] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1725, %v3099 : f32, !llvm.ptr<3>
        %v3101 = arith.addi %v3100, %v16 : i64
        %v3102 = arith.divui %v3101, %v78 : i64
        %v3103 = arith.remui %v3101, %v78 : i64
        %v3104 = arith.addi %v28, %v3102 : i64
        %v3105 = arith.muli %v3104, %v91 : i64
        %v3106 = arith.addi %v3105, %v3103 : i64
        %v3107 = llvm.getelementptr %v9[%v3106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1739, %v3107 : f32, !llvm.ptr<3>
        %v3109 = arith.addi %v3108, %v16 : i64
        %v3110 = arith.divui %v3109, %v78 : i64
        %v3111 = arith.remui %v3109, %v78 : i64
        %v3112 = arith.addi %v28, %v3110 : i64
        %v3113 = arith.muli %v3112, %v91 : i64
        %v3114 = arith.addi %v3113, %v3111 : i64
        %v3115 = llvm.getelementptr %v9[%v3114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1753, %v3115 : f32, !llvm.ptr<3>
        %v3117 = arith.addi %v3116, %v16 : i64
        %v3118 = arith.divui %v3117, %v78 : i64
        %v3119 = arith.remui %v3117, %v78 : i64
        %v3120 = arith.addi %v28, %v3118 : i64
        %v3121 = arith.muli %v3120, %v91 : i64
        %v3122 = arith.addi %v3121, %v3119 : i64
        %v3123 = llvm.getelementptr %v9[%v3122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1767, %v3123 : f32, !llvm.ptr<3>
        %v3125 = arith.addi %v3124, %v16 : i64
        %v3126 = arith.divui %v3125, %v78 : i64
        %v3127 = arith.remui %v3125, %v78 : i64
        %v3128 = arith.addi %v28, %v3126 : i64
        %v3129 = arith.muli %v3128, %v91 : i64
        %v3130 = arith.addi %v3129, %v3127 : i64
        %v3131 = llvm.getelementptr %v9[%v3130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1781, %v3131 : f32, !llvm.ptr<3>
        %v3133 = arith.addi %v3132, %v16 : i64
        %v3134 = arith.divui %v3133, %v78 : i64
        %v3135 = arith.remui %v3133, %v78 : i64
        %v3136 = arith.addi %v28, %v3134 : i64
        %v3137 = arith.muli %v3136, %v91 : i64
        %v3138 = arith.addi %v3137, %v3135 : i64
        %v3139 = llvm.getelementptr %v9[%v3138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1795, %v3139 : f32, !llvm.ptr<3>
        %v3141 = arith.addi %v3140, %v16 : i64
        %v3142 = arith.divui %v3141, %v78 : i64
        %v3143 = arith.remui %v3141, %v78 : i64
        %v3144 = arith.addi %v28, %v3142 : i64
        %v3145 = arith.muli %v3144, %v91 : i64
        %v3146 = arith.addi %v3145, %v3143 : i64
        %v3147 = llvm.getelementptr %v9[%v3146] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1809, %v3147 : f32, !llvm.ptr<3>
        %v3149 = arith.addi %v3148, %v16 : i64
        %v3150 = arith.divui %v3149, %v78 : i64
        %v3151 = arith.remui %v3149, %v78 : i64
        %v3152 = arith.addi %v28, %v3150 : i64
        %v3153 = arith.muli %v3152, %v91 : i64
        %v3154 = arith.addi %v3153, %v3151 : i64
        %v3155 = llvm.getelementptr %v9[%v3154] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1823, %v3155 : f32, !llvm.ptr<3>
        %v3157 = arith.addi %v3156, %v16 : i64
        %v3158 = arith.divui %v3157, %v78 : i64
        %v3159 = arith.remui %v3157, %v78 : i64
        %v3160 = arith.addi %v28, %v3158 : i64
        %v3161 = arith.muli %v3160, %v91 : i64
        %v3162 = arith.addi %v3161, %v3159 : i64
        %v3163 = llvm.getelementptr %v9[%v3162] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1837, %v3163 : f32, !llvm.ptr<3>
        %v3165 = arith.addi %v3164, %v16 : i64
        %v3166 = arith.divui %v3165, %v78 : i64
        %v3167 = arith.remui %v3165, %v78 : i64
        %v3168 = arith.addi %v28, %v3166 : i64
        %v3169 = arith.muli %v3168, %v91 : i64
        %v3170 = arith.addi %v3169, %v3167 : i64
        %v3171 = llvm.getelementptr %v9[%v3170] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1851, %v3171 : f32, !llvm.ptr<3>
        %v3173 = arith.addi %v3172, %v16 : i64
        %v3174 = arith.divui %v3173, %v78 : i64
        %v3175 = arith.remui %v3173, %v78 : i64
        %v3176 = arith.addi %v28, %v3174 : i64
        %v3177 = arith.muli %v3176, %v91 : i64
        %v3178 = arith.addi %v3177, %v3175 : i64
        %v3179 = llvm.getelementptr %v9[%v3178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1865, %v3179 : f32, !llvm.ptr<3>
        %v3181 = arith.addi %v3180, %v16 : i64
        %v3182 = arith.divui %v3181, %v78 : i64
        %v3183 = arith.remui %v3181, %v78 : i64
        %v3184 = arith.addi %v28, %v3182 : i64
        %v3185 = arith.muli %v3184, %v91 : i64
        %v3186 = arith.addi %v3185, %v3183 : i64
        %v3187 = llvm.getelementptr %v9[%v3186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1879, %v3187 : f32, !llvm.ptr<3>
        %v3189 = arith.addi %v3188, %v16 : i64
        %v3190 = arith.divui %v3189, %v78 : i64
        %v3191 = arith.remui %v3189, %v78 : i64
        %v3192 = arith.addi %v28, %v3190 : i64
        %v3193 = arith.muli %v3192, %v91 : i64
        %v3194 = arith.addi %v3193, %v3191 : i64
        %v3195 = llvm.getelementptr %v9[%v3194] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1893, %v3195 : f32, !llvm.ptr<3>
        %v3197 = arith.addi %v3196, %v16 : i64
        %v3198 = arith.divui %v3197, %v78 : i64
        %v3199 = arith.remui %v3197, %v78 : i64
        %v3200 = arith.addi %v28, %v3198 : i64
        %v3201 = arith.muli %v3200, %v91 : i64
        %v3202 = arith.addi %v3201, %v3199 : i64
        %v3203 = llvm.getelementptr %v9[%v3202] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1907, %v3203 : f32, !llvm.ptr<3>
        %v3205 = arith.addi %v3204, %v16 : i64
        %v3206 = arith.divui %v3205, %v78 : i64
        %v3207 = arith.remui %v3205, %v78 : i64
        %v3208 = arith.addi %v28, %v3206 : i64
        %v3209 = arith.muli %v3208, %v91 : i64
        %v3210 = arith.addi %v3209, %v3207 : i64
        %v3211 = llvm.getelementptr %v9[%v3210] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1921, %v3211 : f32, !llvm.ptr<3>
        %v3213 = arith.addi %v3212, %v16 : i64
        %v3214 = arith.divui %v3213, %v78 : i64
        %v3215 = arith.remui %v3213, %v78 : i64
        %v3216 = arith.addi %v28, %v3214 : i64
        %v3217 = arith.muli %v3216, %v91 : i64
        %v3218 = arith.addi %v3217, %v3215 : i64
        %v3219 = llvm.getelementptr %v9[%v3218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1935, %v3219 : f32, !llvm.ptr<3>
        %v3221 = arith.addi %v3220, %v16 : i64
        %v3222 = arith.divui %v3221, %v78 : i64
        %v3223 = arith.remui %v3221, %v78 : i64
        %v3224 = arith.addi %v28, %v3222 : i64
        %v3225 = arith.muli %v3224, %v91 : i64
        %v3226 = arith.addi %v3225, %v3223 : i64
        %v3227 = llvm.getelementptr %v9[%v3226] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1949, %v3227 : f32, !llvm.ptr<3>
        %v3229 = arith.addi %v3228, %v16 : i64
        %v3230 = arith.divui %v3229, %v78 : i64
        %v3231 = arith.remui %v3229, %v78 : i64
        %v3232 = arith.addi %v28, %v3230 : i64
        %v3233 = arith.muli %v3232, %v91 : i64
        %v3234 = arith.addi %v3233, %v3231 : i64
        %v3235 = llvm.getelementptr %v9[%v3234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1963, %v3235 : f32, !llvm.ptr<3>
        %v3237 = arith.addi %v3236, %v16 : i64
        %v3238 = arith.divui %v3237, %v78 : i64
        %v3239 = arith.remui %v3237, %v78 : i64
        %v3240 = arith.addi %v28, %v3238 : i64
        %v3241 = arith.muli %v3240, %v91 : i64
        %v3242 = arith.addi %v3241, %v3239 : i64
        %v3243 = llvm.getelementptr %v9[%v3242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1977, %v3243 : f32, !llvm.ptr<3>
        %v3245 = arith.addi %v3244, %v16 : i64
        %v3246 = arith.divui %v3245, %v78 : i64
        %v3247 = arith.remui %v3245, %v78 : i64
        %v3248 = arith.addi %v28, %v3246 : i64
        %v3249 = arith.muli %v3248, %v91 : i64
        %v3250 = arith.addi %v3249, %v3247 : i64
        %v3251 = llvm.getelementptr %v9[%v3250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1991, %v3251 : f32, !llvm.ptr<3>
        %v3253 = arith.addi %v3252, %v16 : i64
        %v3254 = arith.divui %v3253, %v78 : i64
        %v3255 = arith.remui %v3253, %v78 : i64
        %v3256 = arith.addi %v28, %v3254 : i64
        %v3257 = arith.muli %v3256, %v91 : i64
        %v3258 = arith.addi %v3257, %v3255 : i64
        %v3259 = llvm.getelementptr %v9[%v3258] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2005, %v3259 : f32, !llvm.ptr<3>
        %v3261 = arith.addi %v3260, %v16 : i64
        %v3262 = arith.divui %v3261, %v78 : i64
        %v3263 = arith.remui %v3261, %v78 : i64
        %v3264 = arith.addi %v28, %v3262 : i64
        %v3265 = arith.muli %v3264, %v91 : i64
        %v3266 = arith.addi %v3265, %v3263 : i64
        %v3267 = llvm.getelementptr %v9[%v3266] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2019, %v3267 : f32, !llvm.ptr<3>
        %v3269 = arith.addi %v3268, %v16 : i64
        %v3270 = arith.divui %v3269, %v78 : i64
        %v3271 = arith.remui %v3269, %v78 : i64
        %v3272 = arith.addi %v28, %v3270 : i64
        %v3273 = arith.muli %v3272, %v91 : i64
        %v3274 = arith.addi %v3273, %v3271 : i64
        %v3275 = llvm.getelementptr %v9[%v3274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2033, %v3275 : f32, !llvm.ptr<3>
        %v3277 = arith.addi %v3276, %v16 : i64
        %v3278 = arith.divui %v3277, %v78 : i64
        %v3279 = arith.remui %v3277, %v78 : i64
        %v3280 = arith.addi %v28, %v3278 : i64
        %v3281 = arith.muli %v3280, %v91 : i64
        %v3282 = arith.addi %v3281, %v3279 : i64
        %v3283 = llvm.getelementptr %v9[%v3282] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2047, %v3283 : f32, !llvm.ptr<3>
        %v3285 = arith.addi %v3284, %v16 : i64
        %v3286 = arith.divui %v3285, %v78 : i64
        %v3287 = arith.remui %v3285, %v78 : i64
        %v3288 = arith.addi %v28, %v3286 : i64
        %v3289 = arith.muli %v3288, %v91 : i64
        %v3290 = arith.addi %v3289, %v3287 : i64
        %v3291 = llvm.getelementptr %v9[%v3290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2061, %v3291 : f32, !llvm.ptr<3>
        %v3292 = arith.addi %v28, %v16 : i64
        %v3293 = arith.divui %v3292, %v78 : i64
        %v3294 = arith.remui %v3292, %v78 : i64
        %v3295 = arith.addi %v18, %v3293 : i64
        %v3296 = arith.muli %v3295, %v91 : i64
        %v3297 = arith.addi %v3296, %v3294 : i64
        %v3298 = llvm.getelementptr %v9[%v3297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2077, %v3298 : f32, !llvm.ptr<3>
        %v3299 = arith.addi %v18, %v16 : i64
        %v3300 = arith.divui %v3299, %v78 : i64
        %v3301 = arith.remui %v3299, %v78 : i64
        %v3302 = arith.addi %v18, %v3300 : i64
        %v3303 = arith.muli %v3302, %v91 : i64
        %v3304 = arith.addi %v3303, %v3301 : i64
        %v3305 = llvm.getelementptr %v9[%v3304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2091, %v3305 : f32, !llvm.ptr<3>
        %v3306 = arith.addi %v1076, %v16 : i64
        %v3307 = arith.divui %v3306, %v78 : i64
        %v3308 = arith.remui %v3306, %v78 : i64
        %v3309 = arith.addi %v18, %v3307 : i64
        %v3310 = arith.muli %v3309, %v91 : i64
        %v3311 = arith.addi %v3310, %v3308 : i64
        %v3312 = llvm.getelementptr %v9[%v3311] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2105, %v3312 : f32, !llvm.ptr<3>
        %v3313 = arith.addi %v3061, %v16 : i64
        %v3314 = arith.divui %v3313, %v78 : i64
        %v3315 = arith.remui %v3313, %v78 : i64
        %v3316 = arith.addi %v18, %v3314 : i64
        %v3317 = arith.muli %v3316, %v91 : i64
        %v3318 = arith.addi %v3317, %v3315 : i64
        %v3319 = llvm.getelementptr %v9[%v3318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2119, %v3319 : f32, !llvm.ptr<3>
        %v3320 = arith.addi %v12, %v16 : i64
        %v3321 = arith.divui %v3320, %v78 : i64
        %v3322 = arith.remui %v3320, %v78 : i64
        %v3323 = arith.addi %v18, %v3321 : i64
        %v3324 = arith.muli %v3323, %v91 : i64
        %v3325 = arith.addi %v3324, %v3322 : i64
        %v3326 = llvm.getelementptr %v9[%v3325] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2133, %v3326 : f32, !llvm.ptr<3>
        %v3327 = arith.addi %v3076, %v16 : i64
        %v3328 = arith.divui %v3327, %v78 : i64
        %v3329 = arith.remui %v3327, %v78 : i64
        %v3330 = arith.addi %v18, %v3328 : i64
        %v3331 = arith.muli %v3330, %v91 : i64
        %v3332 = arith.addi %v3331, %v3329 : i64
        %v3333 = llvm.getelementptr %v9[%v3332] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2147, %v3333 : f32, !llvm.ptr<3>
        %v3334 = arith.addi %v3084, %v16 : i64
        %v3335 = arith.divui %v3334, %v78 : i64
        %v3336 = arith.remui %v3334, %v78 : i64
        %v3337 = arith.addi %v18, %v3335 : i64
        %v3338 = arith.muli %v3337, %v91 : i64
        %v3339 = arith.addi %v3338, %v3336 : i64
        %v3340 = llvm.getelementptr %v9[%v3339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2161, %v3340 : f32, !llvm.ptr<3>
        %v3341 = arith.addi %v3092, %v16 : i64
        %v3342 = arith.divui %v3341, %v78 : i64
        %v3343 = arith.remui %v3341, %v78 : i64
        %v3344 = arith.addi %v18, %v3342 : i64
        %v3345 = arith.muli %v3344, %v91 : i64
        %v3346 = arith.addi %v3345, %v3343 : i64
        %v3347 = llvm.getelementptr %v9[%v3346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2175, %v3347 : f32, !llvm.ptr<3>
        %v3348 = arith.addi %v3100, %v16 : i64
        %v3349 = arith.divui %v3348, %v78 : i64
        %v3350 = arith.remui %v3348, %v78 : i64
        %v3351 = arith.addi %v18, %v3349 : i64
        %v3352 = arith.muli %v3351, %v91 : i64
        %v3353 = arith.addi %v3352, %v3350 : i64
        %v3354 = llvm.getelementptr %v9[%v3353] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2189, %v3354 : f32, !llvm.ptr<3>
        %v3355 = arith.addi %v3108, %v16 : i64
        %v3356 = arith.divui %v3355, %v78 : i64
        %v3357 = arith.remui %v3355, %v78 : i64
        %v3358 = arith.addi %v18, %v3356 : i64
        %v3359 = arith.muli %v3358, %v91 : i64
        %v3360 = arith.addi %v3359, %v3357 : i64
        %v3361 = llvm.getelementptr %v9[%v3360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2203, %v3361 : f32, !llvm.ptr<3>
        %v3362 = arith.addi %v3116, %v16 : i64
        %v3363 = arith.divui %v3362, %v78 : i64
        %v3364 = arith.remui %v3362, %v78 : i64
        %v3365 = arith.addi %v18, %v3363 : i64
        %v3366 = arith.muli %v3365, %v91 : i64
        %v3367 = arith.addi %v3366, %v3364 : i64
        %v3368 = llvm.getelementptr %v9[%v3367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2217, %v3368 : f32, !llvm.ptr<3>
        %v3369 = arith.addi %v3124, %v16 : i64
        %v3370 = arith.divui %v3369, %v78 : i64
        %v3371 = arith.remui %v3369, %v78 : i64
        %v3372 = arith.addi %v18, %v3370 : i64
        %v3373 = arith.muli %v3372, %v91 : i64
        %v3374 = arith.addi %v3373, %v3371 : i64
        %v3375 = llvm.getelementptr %v9[%v3374] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2231, %v3375 : f32, !llvm.ptr<3>
        %v3376 = arith.addi %v3132, %v16 : i64
        %v3377 = arith.divui %v3376, %v78 : i64
        %v3378 = arith.remui %v3376, %v78 : i64
        %v3379 = arith.addi %v18, %v3377 : i64
        %v3380 = arith.muli %v3379, %v91 : i64
        %v3381 = arith.addi %v3380, %v3378 : i64
        %v3382 = llvm.getelementptr %v9[%v3381] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2245, %v3382 : f32, !llvm.ptr<3>
        %v3383 = arith.addi %v3140, %v16 : i64
        %v3384 = arith.divui %v3383, %v78 : i64
        %v3385 = arith.remui %v3383, %v78 : i64
        %v3386 = arith.addi %v18, %v3384 : i64
        %v3387 = arith.muli %v3386, %v91 : i64
        %v3388 = arith.addi %v3387, %v3385 : i64
        %v3389 = llvm.getelementptr %v9[%v3388] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2259, %v3389 : f32, !llvm.ptr<3>
        %v3390 = arith.addi %v3148, %v16 : i64
        %v3391 = arith.divui %v3390, %v78 : i64
        %v3392 = arith.remui %v3390, %v78 : i64
        %v3393 = arith.addi %v18, %v3391 : i64
        %v3394 = arith.muli %v3393, %v91 : i64
        %v3395 = arith.addi %v3394, %v3392 : i64
        %v3396 = llvm.getelementptr %v9[%v3395] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2273, %v3396 : f32, !llvm.ptr<3>
        %v3397 = arith.addi %v3156, %v16 : i64
        %v3398 = arith.divui %v3397, %v78 : i64
        %v3399 = arith.remui %v3397, %v78 : i64
        %v3400 = arith.addi %v18, %v3398 : i64
        %v3401 = arith.muli %v3400, %v91 : i64
        %v3402 = arith.addi %v3401, %v3399 : i64
        %v3403 = llvm.getelementptr %v9[%v3402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2287, %v3403 : f32, !llvm.ptr<3>
        %v3404 = arith.addi %v3164, %v16 : i64
        %v3405 = arith.divui %v3404, %v78 : i64
        %v3406 = arith.remui %v3404, %v78 : i64
        %v3407 = arith.addi %v18, %v3405 : i64
        %v3408 = arith.muli %v3407, %v91 : i64
        %v3409 = arith.addi %v3408, %v3406 : i64
        %v3410 = llvm.getelementptr %v9[%v3409] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2301, %v3410 : f32, !llvm.ptr<3>
        %v3411 = arith.addi %v3172, %v16 : i64
        %v3412 = arith.divui %v3411, %v78 : i64
        %v3413 = arith.remui %v3411, %v78 : i64
        %v3414 = arith.addi %v18, %v3412 : i64
        %v3415 = arith.muli %v3414, %v91 : i64
        %v3416 = arith.addi %v3415, %v3413 : i64
        %v3417 = llvm.getelementptr %v9[%v3416] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2315, %v3417 : f32, !llvm.ptr<3>
        %v3418 = arith.addi %v3180, %v16 : i64
        %v3419 = arith.divui %v3418, %v78 : i64
        %v3420 = arith.remui %v3418, %v78 : i64
        %v3421 = arith.addi %v18, %v3419 : i64
        %v3422 = arith.muli %v3421, %v91 : i64
        %v3423 = arith.addi %v3422, %v3420 : i64
        %v3424 = llvm.getelementptr %v9[%v3423] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2329, %v3424 : f32, !llvm.ptr<3>
        %v3425 = arith.addi %v3188, %v16 : i64
        %v3426 = arith.divui %v3425, %v78 : i64
        %v3427 = arith.remui %v3425, %v78 : i64
        %v3428 = arith.addi %v18, %v3426 : i64
        %v3429 = arith.muli %v3428, %v91 : i64
        %v3430 = arith.addi %v3429, %v3427 : i64
        %v3431 = llvm.getelementptr %v9[%v3430] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2343, %v3431 : f32, !llvm.ptr<3>
        %v3432 = arith.addi %v3196, %v16 : i64
        %v3433 = arith.divui %v3432, %v78 : i64
        %v3434 = arith.remui %v3432, %v78 : i64
        %v3435 = arith.addi %v18, %v3433 : i64
        %v3436 = arith.muli %v3435, %v91 : i64
        %v3437 = arith.addi %v3436, %v3434 : i64
        %v3438 = llvm.getelementptr %v9[%v3437] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2357, %v3438 : f32, !llvm.ptr<3>
        %v3439 = arith.addi %v3204, %v16 : i64
        %v3440 = arith.divui %v3439, %v78 : i64
        %v3441 = arith.remui %v3439, %v78 : i64
        %v3442 = arith.addi %v18, %v3440 : i64
        %v3443 = arith.muli %v3442, %v91 : i64
        %v3444 = arith.addi %v3443, %v3441 : i64
        %v3445 = llvm.getelementptr %v9[%v3444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2371, %v3445 : f32, !llvm.ptr<3>
        %v3446 = arith.addi %v3212, %v16 : i64
        %v3447 = arith.divui %v3446, %v78 : i64
        %v3448 = arith.remui %v3446, %v78 : i64
        %v3449 = arith.addi %v18, %v3447 : i64
        %v3450 = arith.muli %v3449, %v91 : i64
        %v3451 = arith.addi %v3450, %v3448 : i64
        %v3452 = llvm.getelementptr %v9[%v3451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2385, %v3452 : f32, !llvm.ptr<3>
        %v3453 = arith.addi %v3220, %v16 : i64
        %v3454 = arith.divui %v3453, %v78 : i64
        %v3455 = arith.remui %v3453, %v78 : i64
        %v3456 = arith.addi %v18, %v3454 : i64
        %v3457 = arith.muli %v3456, %v91 : i64
        %v3458 = arith.addi %v3457, %v3455 : i64
        %v3459 = llvm.getelementptr %v9[%v3458] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2399, %v3459 : f32, !llvm.ptr<3>
        %v3460 = arith.addi %v3228, %v16 : i64
        %v3461 = arith.divui %v3460, %v78 : i64
        %v3462 = arith.remui %v3460, %v78 : i64
        %v3463 = arith.addi %v18, %v3461 : i64
        %v3464 = arith.muli %v3463, %v91 : i64
        %v3465 = arith.addi %v3464, %v3462 : i64
        %v3466 = llvm.getelementptr %v9[%v3465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2413, %v3466 : f32, !llvm.ptr<3>
        %v3467 = arith.addi %v3236, %v16 : i64
        %v3468 = arith.divui %v3467, %v78 : i64
        %v3469 = arith.remui %v3467, %v78 : i64
        %v3470 = arith.addi %v18, %v3468 : i64
        %v3471 = arith.muli %v3470, %v91 : i64
        %v3472 = arith.addi %v3471, %v3469 : i64
        %v3473 = llvm.getelementptr %v9[%v3472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2427, %v3473 : f32, !llvm.ptr<3>
        %v3474 = arith.addi %v3244, %v16 : i64
        %v3475 = arith.divui %v3474, %v78 : i64
        %v3476 = arith.remui %v3474, %v78 : i64
        %v3477 = arith.addi %v18, %v3475 : i64
        %v3478 = arith.muli %v3477, %v91 : i64
        %v3479 = arith.addi %v3478, %v3476 : i64
        %v3480 = llvm.getelementptr %v9[%v3479] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2441, %v3480 : f32, !llvm.ptr<3>
        %v3481 = arith.addi %v3252, %v16 : i64
        %v3482 = arith.divui %v3481, %v78 : i64
        %v3483 = arith.remui %v3481, %v78 : i64
        %v3484 = arith.addi %v18, %v3482 : i64
        %v3485 = arith.muli %v3484, %v91 : i64
        %v3486 = arith.addi %v3485, %v3483 : i64
        %v3487 = llvm.getelementptr %v9[%v3486] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2455, %v3487 : f32, !llvm.ptr<3>
        %v3488 = arith.addi %v3260, %v16 : i64
        %v3489 = arith.divui %v3488, %v78 : i64
        %v3490 = arith.remui %v3488, %v78 : i64
        %v3491 = arith.addi %v18, %v3489 : i64
        %v3492 = arith.muli %v3491, %v91 : i64
        %v3493 = arith.addi %v3492, %v3490 : i64
        %v3494 = llvm.getelementptr %v9[%v3493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2469, %v3494 : f32, !llvm.ptr<3>
        %v3495 = arith.addi %v3268, %v16 : i64
        %v3496 = arith.divui %v3495, %v78 : i64
        %v3497 = arith.remui %v3495, %v78 : i64
        %v3498 = arith.addi %v18, %v3496 : i64
        %v3499 = arith.muli %v3498, %v91 : i64
        %v3500 = arith.addi %v3499, %v3497 : i64
        %v3501 = llvm.getelementptr %v9[%v3500] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2483, %v3501 : f32, !llvm.ptr<3>
        %v3502 = arith.addi %v3276, %v16 : i64
        %v3503 = arith.divui %v3502, %v78 : i64
        %v3504 = arith.remui %v3502, %v78 : i64
        %v3505 = arith.addi %v18, %v3503 : i64
        %v3506 = arith.muli %v3505, %v91 : i64
        %v3507 = arith.addi %v3506, %v3504 : i64
        %v3508 = llvm.getelementptr %v9[%v3507] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2497, %v3508 : f32, !llvm.ptr<3>
        %v3509 = arith.addi %v3284, %v16 : i64
        %v3510 = arith.divui %v3509, %v78 : i64
        %v3511 = arith.remui %v3509, %v78 : i64
        %v3512 = arith.addi %v18, %v3510 : i64
        %v3513 = arith.muli %v3512, %v91 : i64
        %v3514 = arith.addi %v3513, %v3511 : i64
        %v3515 = llvm.getelementptr %v9[%v3514] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2511, %v3515 : f32, !llvm.ptr<3>
        %v3516 = arith.addi %v28, %v16 : i64
        %v3517 = arith.divui %v3516, %v78 : i64
        %v3518 = arith.remui %v3516, %v78 : i64
        %v3519 = arith.addi %v1076, %v3517 : i64
        %v3520 = arith.muli %v3519, %v91 : i64
        %v3521 = arith.addi %v3520, %v3518 : i64
        %v3522 = llvm.getelementptr %v9[%v3521] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2527, %v3522 : f32, !llvm.ptr<3>
        %v3523 = arith.addi %v18, %v16 : i64
        %v3524 = arith.divui %v3523, %v78 : i64
        %v3525 = arith.remui %v3523, %v78 : i64
        %v3526 = arith.addi %v1076, %v3524 : i64
        %v3527 = arith.muli %v3526, %v91 : i64
        %v3528 = arith.addi %v3527, %v3525 : i64
        %v3529 = llvm.getelementptr %v9[%v3528] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2541, %v3529 : f32, !llvm.ptr<3>
        %v3530 = arith.addi %v1076, %v16 : i64
        %v3531 = arith.divui %v3530, %v78 : i64
        %v3532 = arith.remui %v3530, %v78 : i64
        %v3533 = arith.addi %v1076, %v3531 : i64
        %v3534 = arith.muli %v3533, %v91 : i64
        %v3535 = arith.addi %v3534, %v3532 : i64
        %v3536 = llvm.getelementptr %v9[%v3535] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2555, %v3536 : f32, !llvm.ptr<3>
        %v3537 = arith.addi %v3061, %v16 : i64
        %v3538 = arith.divui %v3537, %v78 : i64
        %v3539 = arith.remui %v3537, %v78 : i64
        %v3540 = arith.addi %v1076, %v3538 : i64
        %v3541 = arith.muli %v3540, %v91 : i64
        %v3542 = arith.addi %v3541, %v3539 : i64
        %v3543 = llvm.getelementptr %v9[%v3542] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2569, %v3543 : f32, !llvm.ptr<3>
        %v3544 = arith.addi %v12, %v16 : i64
        %v3545 = arith.divui %v3544, %v78 : i64
        %v3546 = arith.remui %v3544, %v78 : i64
        %v3547 = arith.addi %v1076, %v3545 : i64
        %v3548 = arith.muli %v3547, %v91 : i64
        %v3549 = arith.addi %v3548, %v3546 : i64
        %v3550 = llvm.getelementptr %v9[%v3549] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2583, %v3550 : f32, !llvm.ptr<3>
        %v3551 = arith.addi %v3076, %v16 : i64
        %v3552 = arith.divui %v3551, %v78 : i64
        %v3553 = arith.remui %v3551, %v78 : i64
        %v3554 = arith.addi %v1076, %v3552 : i64
        %v3555 = arith.muli %v3554, %v91 : i64
        %v3556 = arith.addi %v3555, %v3553 : i64
        %v3557 = llvm.getelementptr %v9[%v3556] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2597, %v3557 : f32, !llvm.ptr<3>
        %v3558 = arith.addi %v3084, %v16 : i64
        %v3559 = arith.divui %v3558, %v78 : i64
        %v3560 = arith.remui %v3558, %v78 : i64
        %v3561 = arith.addi %v1076, %v3559 : i64
        %v3562 = arith.muli %v3561, %v91 : i64
        %v3563 = arith.addi %v3562, %v3560 : i64
        %v3564 = llvm.getelementptr %v9[%v3563] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2611, %v3564 : f32, !llvm.ptr<3>
        %v3565 = arith.addi %v3092, %v16 : i64
        %v3566 = arith.divui %v3565, %v78 : i64
        %v3567 = arith.remui %v3565, %v78 : i64
        %v3568 = arith.addi %v1076, %v3566 : i64
        %v3569 = arith.muli %v3568, %v91 : i64
        %v3570 = arith.addi %v3569, %v3567 : i64
        %v3571 = llvm.getelementptr %v9[%v3570] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2625, %v3571 : f32, !llvm.ptr<3>
        %v3572 = arith.addi %v3100, %v16 : i64
        %v3573 = arith.divui %v3572, %v78 : i64
        %v3574 = arith.remui %v3572, %v78 : i64
        %v3575 = arith.addi %v1076, %v3573 : i64
        %v3576 = arith.muli %v3575, %v91 : i64
        %v3577 = arith.addi %v3576, %v3574 : i64
        %v3578 = llvm.getelementptr %v9[%v3577] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2639, %v3578 : f32, !llvm.ptr<3>
        %v3579 = arith.addi %v3108, %v16 : i64
        %v3580 = arith.divui %v3579, %v78 : i64
        %v3581 = arith.remui %v3579, %v78 : i64
        %v3582 = arith.addi %v1076, %v3580 : i64
        %v3583 = arith.muli %v3582, %v91 : i64
        %v3584 = arith.addi %v3583, %v3581 : i64
        %v3585 = llvm.getelementptr %v9[%v3584] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2653, %v3585 : f32, !llvm.ptr<3>
        %v3586 = arith.addi %v3116, %v16 : i64
        %v3587 = arith.divui %v3586, %v78 : i64
        %v3588 = arith.remui %v3586, %v78 : i64
        %v3589 = arith.addi %v1076, %v3587 : i64
        %v3590 = arith.muli %v3589, %v91 : i64
        %v3591 = arith.addi %v3590, %v3588 : i64
        %v3592 = llvm.getelementptr %v9[%v3591] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2667, %v3592 : f32, !llvm.ptr<3>
        %v3593 = arith.addi %v3124, %v16 : i64
        %v3594 = arith.divui %v3593, %v78 : i64
        %v3595 = arith.remui %v3593, %v78 : i64
        %v3596 = arith.addi %v1076, %v3594 : i64
        %v3597 = arith.muli %v3596, %v91 : i64
        %v3598 = arith.addi %v3597, %v3595 : i64
        %v3599 = llvm.getelementptr %v9[%v3598] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2681, %v3599 : f32, !llvm.ptr<3>
        %v3600 = arith.addi %v3132, %v16 : i64
        %v3601 = arith.divui %v3600, %v78 : i64
        %v3602 = arith.remui %v3600, %v78 : i64
        %v3603 = arith.addi %v1076, %v3601 : i64
        %v3604 = arith.muli %v3603, %v91 : i64
        %v3605 = arith.addi %v3604, %v3602 : i64
        %v3606 = llvm.getelementptr %v9[%v3605] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2695, %v3606 : f32, !llvm.ptr<3>
        %v3607 = arith.addi %v3140, %v16 : i64
        %v3608 = arith.divui %v3607, %v78 : i64
        %v3609 = arith.remui %v3607, %v78 : i64
        %v3610 = arith.addi %v1076, %v3608 : i64
        %v3611 = arith.muli %v3610, %v91 : i64
        %v3612 = arith.addi %v3611, %v3609 : i64
        %v3613 = llvm.getelementptr %v9[%v3612] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2709, %v3613 : f32, !llvm.ptr<3>
        %v3614 = arith.addi %v3148, %v16 : i64
        %v3615 = arith.divui %v3614, %v78 : i64
        %v3616 = arith.remui %v3614, %v78 : i64
        %v3617 = arith.addi %v1076, %v3615 : i64
        %v3618 = arith.muli %v3617, %v91 : i64
        %v3619 = arith.addi %v3618, %v3616 : i64
        %v3620 = llvm.getelementptr %v9[%v3619] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2723, %v3620 : f32, !llvm.ptr<3>
        %v3621 = arith.addi %v3156, %v16 : i64
        %v3622 = arith.divui %v3621, %v78 : i64
        %v3623 = arith.remui %v3621, %v78 : i64
        %v3624 = arith.addi %v1076, %v3622 : i64
        %v3625 = arith.muli %v3624, %v91 : i64
        %v3626 = arith.addi %v3625, %v3623 : i64
        %v3627 = llvm.getelementptr %v9[%v3626] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2737, %v3627 : f32, !llvm.ptr<3>
        %v3628 = arith.addi %v3164, %v16 : i64
        %v3629 = arith.divui %v3628, %v78 : i64
        %v3630 = arith.remui %v3628, %v78 : i64
        %v3631 = arith.addi %v1076, %v3629 : i64
        %v3632 = arith.muli %v3631, %v91 : i64
        %v3633 = arith.addi %v3632, %v3630 : i64
        %v3634 = llvm.getelementptr %v9[%v3633] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2751, %v3634 : f32, !llvm.ptr<3>
        %v3635 = arith.addi %v3172, %v16 : i64
        %v3636 = arith.divui %v3635, %v78 : i64
        %v3637 = arith.remui %v3635, %v78 : i64
        %v3638 = arith.addi %v1076, %v3636 : i64
        %v3639 = arith.muli %v3638, %v91 : i64
        %v3640 = arith.addi %v3639, %v3637 : i64
        %v3641 = llvm.getelementptr %v9[%v3640] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2765, %v3641 : f32, !llvm.ptr<3>
        %v3642 = arith.addi %v3180, %v16 : i64
        %v3643 = arith.divui %v3642, %v78 : i64
        %v3644 = arith.remui %v3642, %v78 : i64
        %v3645 = arith.addi %v1076, %v3643 : i64
        %v3646 = arith.muli %v3645, %v91 : i64
        %v3647 = arith.addi %v3646, %v3644 : i64
        %v3648 = llvm.getelementptr %v9[%v3647] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2779, %v3648 : f32, !llvm.ptr<3>
        %v3649 = arith.addi %v3188, %v16 : i64
        %v3650 = arith.divui %v3649, %v78 : i64
        %v3651 = arith.remui %v3649, %v78 : i64
        %v3652 = arith.addi %v1076, %v3650 : i64
        %v3653 = arith.muli %v3652, %v91 : i64
        %v3654 = arith.addi %v3653, %v3651 : i64
        %v3655 = llvm.getelementptr %v9[%v3654] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2793, %v3655 : f32, !llvm.ptr<3>
        %v3656 = arith.addi %v3196, %v16 : i64
        %v3657 = arith.divui %v3656, %v78 : i64
        %v3658 = arith.remui %v3656, %v78 : i64
        %v3659 = arith.addi %v1076, %v3657 : i64
        %v3660 = arith.muli %v3659, %v91 : i64
        %v3661 = arith.addi %v3660, %v3658 : i64
        %v3662 = llvm.getelementptr %v9[%v3661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2807, %v3662 : f32, !llvm.ptr<3>
        %v3663 = arith.addi %v3204, %v16 : i64
        %v3664 = arith.divui %v3663, %v78 : i64
        %v3665 = arith.remui %v3663, %v78 : i64
        %v3666 = arith.addi %v1076, %v3664 : i64
        %v3667 = arith.muli %v3666, %v91 : i64
        %v3668 = arith.addi %v3667, %v3665 : i64
        %v3669 = llvm.getelementptr %v9[%v3668] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2821, %v3669 : f32, !llvm.ptr<3>
        %v3670 = arith.addi %v3212, %v16 : i64
        %v3671 = arith.divui %v3670, %v78 : i64
        %v3672 = arith.remui %v3670, %v78 : i64
        %v3673 = arith.addi %v1076, %v3671 : i64
        %v3674 = arith.muli %v3673, %v91 : i64
        %v3675 = arith.addi %v3674, %v3672 : i64
        %v3676 = llvm.getelementptr %v9[%v3675] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2835, %v3676 : f32, !llvm.ptr<3>
        %v3677 = arith.addi %v3220, %v16 : i64
        %v3678 = arith.divui %v3677, %v78 : i64
        %v3679 = arith.remui %v3677, %v78 : i64
        %v3680 = arith.addi %v1076, %v3678 : i64
        %v3681 = arith.muli %v3680, %v91 : i64
        %v3682 = arith.addi %v3681, %v3679 : i64
        %v3683 = llvm.getelementptr %v9[%v3682] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2849, %v3683 : f32, !llvm.ptr<3>
        %v3684 = arith.addi %v3228, %v16 : i64
        %v3685 = arith.divui %v3684, %v78 : i64
        %v3686 = arith.remui %v3684, %v78 : i64
        %v3687 = arith.addi %v1076, %v3685 : i64
        %v3688 = arith.muli %v3687, %v91 : i64
        %v3689 = arith.addi %v3688, %v3686 : i64
        %v3690 = llvm.getelementptr %v9[%v3689] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2863, %v3690 : f32, !llvm.ptr<3>
        %v3691 = arith.addi %v3236, %v16 : i64
        %v3692 = arith.divui %v3691, %v78 : i64
        %v3693 = arith.remui %v3691, %v78 : i64
        %v3694 = arith.addi %v1076, %v3692 : i64
        %v3695 = arith.muli %v3694, %v91 : i64
        %v3696 = arith.addi %v3695, %v3693 : i64
        %v3697 = llvm.getelementptr %v9[%v3696] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2877, %v3697 : f32, !llvm.ptr<3>
        %v3698 = arith.addi %v3244, %v16 : i64
        %v3699 = arith.divui %v3698, %v78 : i64
        %v3700 = arith.remui %v3698, %v78 : i64
        %v3701 = arith.addi %v1076, %v3699 : i64
        %v3702 = arith.muli %v3701, %v91 : i64
        %v3703 = arith.addi %v3702, %v3700 : i64
        %v3704 = llvm.getelementptr %v9[%v3703] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2891, %v3704 : f32, !llvm.ptr<3>
        %v3705 = arith.addi %v3252, %v16 : i64
        %v3706 = arith.divui %v3705, %v78 : i64
        %v3707 = arith.remui %v3705, %v78 : i64
        %v3708 = arith.addi %v1076, %v3706 : i64
        %v3709 = arith.muli %v3708, %v91 : i64
        %v3710 = arith.addi %v3709, %v3707 : i64
        %v3711 = llvm.getelementptr %v9[%v3710] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2905, %v3711 : f32, !llvm.ptr<3>
        %v3712 = arith.addi %v3260, %v16 : i64
        %v3713 = arith.divui %v3712, %v78 : i64
        %v3714 = arith.remui %v3712, %v78 : i64
        %v3715 = arith.addi %v1076, %v3713 : i64
        %v3716 = arith.muli %v3715, %v91 : i64
        %v3717 = arith.addi %v3716, %v3714 : i64
        %v3718 = llvm.getelementptr %v9[%v3717] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2919, %v3718 : f32, !llvm.ptr<3>
        %v3719 = arith.addi %v3268, %v16 : i64
        %v3720 = arith.divui %v3719, %v78 : i64
        %v3721 = arith.remui %v3719, %v78 : i64
        %v3722 = arith.addi %v1076, %v3720 : i64
        %v3723 = arith.muli %v3722, %v91 : i64
        %v3724 = arith.addi %v3723, %v3721 : i64
        %v3725 = llvm.getelementptr %v9[%v3724] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2933, %v3725 : f32, !llvm.ptr<3>
        %v3726 = arith.addi %v3276, %v16 : i64
        %v3727 = arith.divui %v3726, %v78 : i64
        %v3728 = arith.remui %v3726, %v78 : i64
        %v3729 = arith.addi %v1076, %v3727 : i64
        %v3730 = arith.muli %v3729, %v91 : i64
        %v3731 = arith.addi %v3730, %v3728 : i64
        %v3732 = llvm.getelementptr %v9[%v3731] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2947, %v3732 : f32, !llvm.ptr<3>
        %v3733 = arith.addi %v3284, %v16 : i64
        %v3734 = arith.divui %v3733, %v78 : i64
        %v3735 = arith.remui %v3733, %v78 : i64
        %v3736 = arith.addi %v1076, %v3734 : i64
        %v3737 = arith.muli %v3736, %v91 : i64
        %v3738 = arith.addi %v3737, %v3735 : i64
        %v3739 = llvm.getelementptr %v9[%v3738] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2961, %v3739 : f32, !llvm.ptr<3>
        %v3740 = arith.divui %v16, %v78 : i64
        %v3741 = arith.remui %v16, %v78 : i64
        %v3742 = arith.addi %v3740, %v28 : i64
        %v3743 = arith.constant true
        %v3744 = arith.addi %v3061, %v3742 : i64
        %v3745 = llvm.getelementptr %v8[%v3744] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3746 = llvm.load %v3745 : !llvm.ptr<3> -> i64
        %v3747 = arith.addi %v1559, %v3741 : i64
        %v3748 = arith.cmpi slt, %v3747, %size_L : i64
        %v3749 = arith.subi %size_L, %v1 : i64
        %v3750 = arith.minsi %v3747, %v3749 : i64
        %v3751 = arith.addi %v3746, %v3750 : i64
        %v3752 = arith.muli %v3744, %v91 : i64
        %v3753 = arith.addi %v3752, %v3741 : i64
        %v3754 = arith.cmpi sge, %v3746, %v28 : i64
        %v3755 = arith.andi %v3748, %v3754 : i1
        %v3756 = arith.andi %v3755, %v3743 : i1
        %v3757 = llvm.getelementptr %v9[%v3753] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3758 = llvm.load %v3757 : !llvm.ptr<3> -> f32
        %v3759 = arith.addi %v3740, %v52 : i64
        %v3760 = arith.constant true
        %v3761 = arith.addi %v3061, %v3759 : i64
        %v3762 = llvm.getelementptr %v8[%v3761] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3763 = llvm.load %v3762 : !llvm.ptr<3> -> i64
        %v3764 = arith.addi %v1559, %v3741 : i64
        %v3765 = arith.cmpi slt, %v3764, %size_L : i64
        %v3766 = arith.subi %size_L, %v1 : i64
        %v3767 = arith.minsi %v3764, %v3766 : i64
        %v3768 = arith.addi %v3763, %v3767 : i64
        %v3769 = arith.muli %v3761, %v91 : i64
        %v3770 = arith.addi %v3769, %v3741 : i64
        %v3771 = arith.cmpi sge, %v3763, %v28 : i64
        %v3772 = arith.andi %v3765, %v3771 : i1
        %v3773 = arith.andi %v3772, %v3760 : i1
        %v3774 = llvm.getelementptr %v9[%v3770] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3775 = llvm.load %v3774 : !llvm.ptr<3> -> f32
        %v3776 = arith.addi %v3740, %v73 : i64
        %v3777 = arith.constant true
        %v3778 = arith.addi %v3061, %v3776 : i64
        %v3779 = llvm.getelementptr %v8[%v3778] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3780 = llvm.load %v3779 : !llvm.ptr<3> -> i64
        %v3781 = arith.addi %v1559, %v3741 : i64
        %v3782 = arith.cmpi slt, %v3781, %size_L : i64
        %v3783 = arith.subi %size_L, %v1 : i64
        %v3784 = arith.minsi %v3781, %v3783 : i64
        %v3785 = arith.addi %v3780, %v3784 : i64
        %v3786 = arith.muli %v3778, %v91 : i64
        %v3787 = arith.addi %v3786, %v3741 : i64
        %v3788 = arith.cmpi sge, %v3780, %v28 : i64
        %v3789 = arith.andi %v3782, %v3788 : i1
        %v3790 = arith.andi %v3789, %v3777 : i1
        %v3791 = llvm.getelementptr %v9[%v3787] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3792 = llvm.load %v3791 : !llvm.ptr<3> -> f32
        %v3793 = arith.addi %v3740, %v124 : i64
        %v3794 = arith.constant true
        %v3795 = arith.addi %v3061, %v3793 : i64
        %v3796 = llvm.getelementptr %v8[%v3795] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3797 = llvm.load %v3796 : !llvm.ptr<3> -> i64
        %v3798 = arith.addi %v1559, %v3741 : i64
        %v3799 = arith.cmpi slt, %v3798, %size_L : i64
        %v3800 = arith.subi %size_L, %v1 : i64
        %v3801 = arith.minsi %v3798, %v3800 : i64
        %v3802 = arith.addi %v3797, %v3801 : i64
        %v3803 = arith.muli %v3795, %v91 : i64
        %v3804 = arith.addi %v3803, %v3741 : i64
        %v3805 = arith.cmpi sge, %v3797, %v28 : i64
        %v3806 = arith.andi %v3799, %v3805 : i1
        %v3807 = arith.andi %v3806, %v3794 : i1
        %v3808 = llvm.getelementptr %v9[%v3804] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3809 = llvm.load %v3808 : !llvm.ptr<3> -> f32
        %v3810 = arith.addi %v3740, %v139 : i64
        %v3811 = arith.constant true
        %v3812 = arith.addi %v3061, %v3810 : i64
        %v3813 = llvm.getelementptr %v8[%v3812] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3814 = llvm.load %v3813 : !llvm.ptr<3> -> i64
        %v3815 = arith.addi %v1559, %v3741 : i64
        %v3816 = arith.cmpi slt, %v3815, %size_L : i64
        %v3817 = arith.subi %size_L, %v1 : i64
        %v3818 = arith.minsi %v3815, %v3817 : i64
        %v3819 = arith.addi %v3814, %v3818 : i64
        %v3820 = arith.muli %v3812, %v91 : i64
        %v3821 = arith.addi %v3820, %v3741 : i64
        %v3822 = arith.cmpi sge, %v3814, %v28 : i64
        %v3823 = arith.andi %v3816, %v3822 : i1
        %v3824 = arith.andi %v3823, %v3811 : i1
        %v3825 = llvm.getelementptr %v9[%v3821] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3826 = llvm.load %v3825 : !llvm.ptr<3> -> f32
        %v3827 = arith.addi %v3740, %v154 : i64
        %v3828 = arith.constant true
        %v3829 = arith.addi %v3061, %v3827 : i64
        %v3830 = llvm.getelementptr %v8[%v3829] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3831 = llvm.load %v3830 : !llvm.ptr<3> -> i64
        %v3832 = arith.addi %v1559, %v3741 : i64
        %v3833 = arith.cmpi slt, %v3832, %size_L : i64
        %v3834 = arith.subi %size_L, %v1 : i64
        %v3835 = arith.minsi %v3832, %v3834 : i64
        %v3836 = arith.addi %v3831, %v3835 : i64
        %v3837 = arith.muli %v3829, %v91 : i64
        %v3838 = arith.addi %v3837, %v3741 : i64
        %v3839 = arith.cmpi sge, %v3831, %v28 : i64
        %v3840 = arith.andi %v3833, %v3839 : i1
        %v3841 = arith.andi %v3840, %v3828 : i1
        %v3842 = llvm.getelementptr %v9[%v3838] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3843 = llvm.load %v3842 : !llvm.ptr<3> -> f32
        %v3844 = arith.addi %v3740, %v169 : i64
        %v3845 = arith.constant true
        %v3846 = arith.addi %v3061, %v3844 : i64
        %v3847 = llvm.getelementptr %v8[%v3846] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3848 = llvm.load %v3847 : !llvm.ptr<3> -> i64
        %v3849 = arith.addi %v1559, %v3741 : i64
        %v3850 = arith.cmpi slt, %v3849, %size_L : i64
        %v3851 = arith.subi %size_L, %v1 : i64
        %v3852 = arith.minsi %v3849, %v3851 : i64
        %v3853 = arith.addi %v3848, %v3852 : i64
        %v3854 = arith.muli %v3846, %v91 : i64
        %v3855 = arith.addi %v3854, %v3741 : i64
        %v3856 = arith.cmpi sge, %v3848, %v28 : i64
        %v3857 = arith.andi %v3850, %v3856 : i1
        %v3858 = arith.andi %v3857, %v3845 : i1
        %v3859 = llvm.getelementptr %v9[%v3855] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3860 = llvm.load %v3859 : !llvm.ptr<3> -> f32
        %v3861 = arith.addi %v3740, %v184 : i64
        %v3862 = arith.constant true
        %v3863 = arith.addi %v3061, %v3861 : i64
        %v3864 = llvm.getelementptr %v8[%v3863] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3865 = llvm.load %v3864 : !llvm.ptr<3> -> i64
        %v3866 = arith.addi %v1559, %v3741 : i64
        %v3867 = arith.cmpi slt, %v3866, %size_L : i64
        %v3868 = arith.subi %size_L, %v1 : i64
        %v3869 = arith.minsi %v3866, %v3868 : i64
        %v3870 = arith.addi %v3865, %v3869 : i64
        %v3871 = arith.muli %v3863, %v91 : i64
        %v3872 = arith.addi %v3871, %v3741 : i64
        %v3873 = arith.cmpi sge, %v3865, %v28 : i64
        %v3874 = arith.andi %v3867, %v3873 : i1
        %v3875 = arith.andi %v3874, %v3862 : i1
        %v3876 = llvm.getelementptr %v9[%v3872] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3877 = llvm.load %v3876 : !llvm.ptr<3> -> f32
        %v3878 = arith.addi %v3740, %v199 : i64
        %v3879 = arith.constant true
        %v3880 = arith.addi %v3061, %v3878 : i64
        %v3881 = llvm.getelementptr %v8[%v3880] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3882 = llvm.load %v3881 : !llvm.ptr<3> -> i64
        %v3883 = arith.addi %v1559, %v3741 : i64
        %v3884 = arith.cmpi slt, %v3883, %size_L : i64
        %v3885 = arith.subi %size_L, %v1 : i64
        %v3886 = arith.minsi %v3883, %v3885 : i64
        %v3887 = arith.addi %v3882, %v3886 : i64
        %v3888 = arith.muli %v3880, %v91 : i64
        %v3889 = arith.addi %v3888, %v3741 : i64
        %v3890 = arith.cmpi sge, %v3882, %v28 : i64
        %v3891 = arith.andi %v3884, %v3890 : i1
        %v3892 = arith.andi %v3891, %v3879 : i1
        %v3893 = llvm.getelementptr %v9[%v3889] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3894 = llvm.load %v3893 : !llvm.ptr<3> -> f32
        %v3895 = arith.addi %v3740, %v214 : i64
        %v3896 = arith.constant true
        %v3897 = arith.addi %v3061, %v3895 : i64
        %v3898 = llvm.getelementptr %v8[%v3897] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3899 = llvm.load %v3898 : !llvm.ptr<3> -> i64
        %v3900 = arith.addi %v1559, %v3741 : i64
        %v3901 = arith.cmpi slt, %v3900, %size_L : i64
        %v3902 = arith.subi %size_L, %v1 : i64
        %v3903 = arith.minsi %v3900, %v3902 : i64
        %v3904 = arith.addi %v3899, %v3903 : i64
        %v3905 = arith.muli %v3897, %v91 : i64
        %v3906 = arith.addi %v3905, %v3741 : i64
        %v3907 = arith.cmpi sge, %v3899, %v28 : i64
        %v3908 = arith.andi %v3901, %v3907 : i1
        %v3909 = arith.andi %v3908, %v3896 : i1
        %v3910 = llvm.getelementptr %v9[%v3906] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3911 = llvm.load %v3910 : !llvm.ptr<3> -> f32
        %v3912 = arith.addi %v3740, %v229 : i64
        %v3913 = arith.constant true
        %v3914 = arith.addi %v3061, %v3912 : i64
        %v3915 = llvm.getelementptr %v8[%v3914] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3916 = llvm.load %v3915 : !llvm.ptr<3> -> i64
        %v3917 = arith.addi %v1559, %v3741 : i64
        %v3918 = arith.cmpi slt, %v3917, %size_L : i64
        %v3919 = arith.subi %size_L, %v1 : i64
        %v3920 = arith.minsi %v3917, %v3919 : i64
        %v3921 = arith.addi %v3916, %v3920 : i64
        %v3922 = arith.muli %v3914, %v91 : i64
        %v3923 = arith.addi %v3922, %v3741 : i64
        %v3924 = arith.cmpi sge, %v3916, %v28 : i64
        %v3925 = arith.andi %v3918, %v3924 : i1
        %v3926 = arith.andi %v3925, %v3913 : i1
        %v3927 = llvm.getelementptr %v9[%v3923] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3928 = llvm.load %v3927 : !llvm.ptr<3> -> f32
        %v3929 = arith.addi %v3740, %v244 : i64
        %v3930 = arith.constant true
        %v3931 = arith.addi %v3061, %v3929 : i64
        %v3932 = llvm.getelementptr %v8[%v3931] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3933 = llvm.load %v3932 : !llvm.ptr<3> -> i64
        %v3934 = arith.addi %v1559, %v3741 : i64
        %v3935 = arith.cmpi slt, %v3934, %size_L : i64
        %v3936 = arith.subi %size_L, %v1 : i64
        %v3937 = arith.minsi %v3934, %v3936 : i64
        %v3938 = arith.addi %v3933, %v3937 : i64
        %v3939 = arith.muli %v3931, %v91 : i64
        %v3940 = arith.addi %v3939, %v3741 : i64
        %v3941 = arith.cmpi sge, %v3933, %v28 : i64
        %v3942 = arith.andi %v3935, %v3941 : i1
        %v3943 = arith.andi %v3942, %v3930 : i1
        %v3944 = llvm.getelementptr %v9[%v3940] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3945 = llvm.load %v3944 : !llvm.ptr<3> -> f32
        %v3946 = arith.addi %v3740, %v259 : i64
        %v3947 = arith.constant true
        %v3948 = arith.addi %v3061, %v3946 : i64
        %v3949 = llvm.getelementptr %v8[%v3948] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3950 = llvm.load %v3949 : !llvm.ptr<3> -> i64
        %v3951 = arith.addi %v1559, %v3741 : i64
        %v3952 = arith.cmpi slt, %v3951, %size_L : i64
        %v3953 = arith.subi %size_L, %v1 : i64
        %v3954 = arith.minsi %v3951, %v3953 : i64
        %v3955 = arith.addi %v3950, %v3954 : i64
        %v3956 = arith.muli %v3948, %v91 : i64
        %v3957 = arith.addi %v3956, %v3741 : i64
        %v3958 = arith.cmpi sge, %v3950, %v28 : i64
        %v3959 = arith.andi %v3952, %v3958 : i1
        %v3960 = arith.andi %v3959, %v3947 : i1
        %v3961 = llvm.getelementptr %v9[%v3957] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3962 = llvm.load %v3961 : !llvm.ptr<3> -> f32
        %v3963 = arith.addi %v3740, %v274 : i64
        %v3964 = arith.constant true
        %v3965 = arith.addi %v3061, %v3963 : i64
        %v3966 = llvm.getelementptr %v8[%v3965] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3967 = llvm.load %v3966 : !llvm.ptr<3> -> i64
        %v3968 = arith.addi %v1559, %v3741 : i64
        %v3969 = arith.cmpi slt, %v3968, %size_L : i64
        %v3970 = arith.subi %size_L, %v1 : i64
        %v3971 = arith.minsi %v3968, %v3970 : i64
        %v3972 = arith.addi %v3967, %v3971 : i64
        %v3973 = arith.muli %v3965, %v91 : i64
        %v3974 = arith.addi %v3973, %v3741 : i64
        %v3975 = arith.cmpi sge, %v3967, %v28 : i64
        %v3976 = arith.andi %v3969, %v3975 : i1
        %v3977 = arith.andi %v3976, %v3964 : i1
        %v3978 = llvm.getelementptr %v9[%v3974] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3979 = llvm.load %v3978 : !llvm.ptr<3> -> f32
        %v3980 = arith.addi %v3740, %v289 : i64
        %v3981 = arith.constant true
        %v3982 = arith.addi %v3061, %v3980 : i64
        %v3983 = llvm.getelementptr %v8[%v3982] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3984 = llvm.load %v3983 : !llvm.ptr<3> -> i64
        %v3985 = arith.addi %v1559, %v3741 : i64
        %v3986 = arith.cmpi slt, %v3985, %size_L : i64
        %v3987 = arith.subi %size_L, %v1 : i64
        %v3988 = arith.minsi %v3985, %v3987 : i64
        %v3989 = arith.addi %v3984, %v3988 : i64
        %v3990 = arith.muli %v3982, %v91 : i64
        %v3991 = arith.addi %v3990, %v3741 : i64
        %v3992 = arith.cmpi sge, %v3984, %v28 : i64
        %v3993 = arith.andi %v3986, %v3992 : i1
        %v3994 = arith.andi %v3993, %v3981 : i1
        %v3995 = llvm.getelementptr %v9[%v3991] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3996 = llvm.load %v3995 : !llvm.ptr<3> -> f32
        %v3997 = arith.addi %v3740, %v304 : i64
        %v3998 = arith.constant true
        %v3999 = arith.addi %v3061, %v3997 : i64
        %v4000 = llvm.getelementptr %v8[%v3999] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4001 = llvm.load %v4000 : !llvm.ptr<3> -> i64
        %v4002 = arith.addi %v1559, %v3741 : i64
        %v4003 = arith.cmpi slt, %v4002, %size_L : i64
        %v4004 = arith.subi %size_L, %v1 : i64
        %v4005 = arith.minsi %v4002, %v4004 : i64
        %v4006 = arith.addi %v4001, %v4005 : i64
        %v4007 = arith.muli %v3999, %v91 : i64
        %v4008 = arith.addi %v4007, %v3741 : i64
        %v4009 = arith.cmpi sge, %v4001, %v28 : i64
        %v4010 = arith.andi %v4003, %v4009 : i1
        %v4011 = arith.andi %v4010, %v3998 : i1
        %v4012 = llvm.getelementptr %v9[%v4008] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4013 = llvm.load %v4012 : !llvm.ptr<3> -> f32
        %v4014 = arith.addi %v3740, %v78 : i64
        %v4015 = arith.constant true
        %v4016 = arith.addi %v3061, %v4014 : i64
        %v4017 = llvm.getelementptr %v8[%v4016] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4018 = llvm.load %v4017 : !llvm.ptr<3> -> i64
        %v4019 = arith.addi %v1559, %v3741 : i64
        %v4020 = arith.cmpi slt, %v4019, %size_L : i64
        %v4021 = arith.subi %size_L, %v1 : i64
        %v4022 = arith.minsi %v4019, %v4021 : i64
        %v4023 = arith.addi %v4018, %v4022 : i64
        %v4024 = arith.muli %v4016, %v91 : i64
        %v4025 = arith.addi %v4024, %v3741 : i64
        %v4026 = arith.cmpi sge, %v4018, %v28 : i64
        %v4027 = arith.andi %v4020, %v4026 : i1
        %v4028 = arith.andi %v4027, %v4015 : i1
        %v4029 = llvm.getelementptr %v9[%v4025] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4030 = llvm.load %v4029 : !llvm.ptr<3> -> f32
        %v4031 = arith.addi %v3740, %v333 : i64
        %v4032 = arith.constant true
        %v4033 = arith.addi %v3061, %v4031 : i64
        %v4034 = llvm.getelementptr %v8[%v4033] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4035 = llvm.load %v4034 : !llvm.ptr<3> -> i64
        %v4036 = arith.addi %v1559, %v3741 : i64
        %v4037 = arith.cmpi slt, %v4036, %size_L : i64
        %v4038 = arith.subi %size_L, %v1 : i64
        %v4039 = arith.minsi %v4036, %v4038 : i64
        %v4040 = arith.addi %v4035, %v4039 : i64
        %v4041 = arith.muli %v4033, %v91 : i64
        %v4042 = arith.addi %v4041, %v3741 : i64
        %v4043 = arith.cmpi sge, %v4035, %v28 : i64
        %v4044 = arith.andi %v4037, %v4043 : i1
        %v4045 = arith.andi %v4044, %v4032 : i1
        %v4046 = llvm.getelementptr %v9[%v4042] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4047 = llvm.load %v4046 : !llvm.ptr<3> -> f32
        %v4048 = arith.addi %v3740, %v348 : i64
        %v4049 = arith.constant true
        %v4050 = arith.addi %v3061, %v4048 : i64
        %v4051 = llvm.getelementptr %v8[%v4050] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4052 = llvm.load %v4051 : !llvm.ptr<3> -> i64
        %v4053 = arith.addi %v1559, %v3741 : i64
        %v4054 = arith.cmpi slt, %v4053, %size_L : i64
        %v4055 = arith.subi %size_L, %v1 : i64
        %v4056 = arith.minsi %v4053, %v4055 : i64
        %v4057 = arith.addi %v4052, %v4056 : i64
        %v4058 = arith.muli %v4050, %v91 : i64
        %v4059 = arith.addi %v4058, %v3741 : i64
        %v4060 = arith.cmpi sge, %v4052, %v28 : i64
        %v4061 = arith.andi %v4054, %v4060 : i1
        %v4062 = arith.andi %v4061, %v4049 : i1
        %v4063 = llvm.getelementptr %v9[%v4059] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4064 = llvm.load %v4063 : !llvm.ptr<3> -> f32
        %v4065 = arith.addi %v3740, %v363 : i64
        %v4066 = arith.constant true
        %v4067 = arith.addi %v3061, %v4065 : i64
        %v4068 = llvm.getelementptr %v8[%v4067] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4069 = llvm.load %v4068 : !llvm.ptr<3> -> i64
        %v4070 = arith.addi %v1559, %v3741 : i64
        %v4071 = arith.cmpi slt, %v4070, %size_L : i64
        %v4072 = arith.subi %size_L, %v1 : i64
        %v4073 = arith.minsi %v4070, %v4072 : i64
        %v4074 = arith.addi %v4069, %v4073 : i64
        %v4075 = arith.muli %v4067, %v91 : i64
        %v4076 = arith.addi %v4075, %v3741 : i64
        %v4077 = arith.cmpi sge, %v4069, %v28 : i64
        %v4078 = arith.andi %v4071, %v4077 : i1
        %v4079 = arith.andi %v4078, %v4066 : i1
        %v4080 = llvm.getelementptr %v9[%v4076] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4081 = llvm.load %v4080 : !llvm.ptr<3> -> f32
        %v4082 = arith.addi %v3740, %v378 : i64
        %v4083 = arith.constant true
        %v4084 = arith.addi %v3061, %v4082 : i64
        %v4085 = llvm.getelementptr %v8[%v4084] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4086 = llvm.load %v4085 : !llvm.ptr<3> -> i64
        %v4087 = arith.addi %v1559, %v3741 : i64
        %v4088 = arith.cmpi slt, %v4087, %size_L : i64
        %v4089 = arith.subi %size_L, %v1 : i64
        %v4090 = arith.minsi %v4087, %v4089 : i64
        %v4091 = arith.addi %v4086, %v4090 : i64
        %v4092 = arith.muli %v4084, %v91 : i64
        %v4093 = arith.addi %v4092, %v3741 : i64
        %v4094 = arith.cmpi sge, %v4086, %v28 : i64
        %v4095 = arith.andi %v4088, %v4094 : i1
        %v4096 = arith.andi %v4095, %v4083 : i1
        %v4097 = llvm.getelementptr %v9[%v4093] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4098 = llvm.load %v4097 : !llvm.ptr<3> -> f32
        %v4099 = arith.addi %v3740, %v393 : i64
        %v4100 = arith.constant true
        %v4101 = arith.addi %v3061, %v4099 : i64
        %v4102 = llvm.getelementptr %v8[%v4101] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4103 = llvm.load %v4102 : !llvm.ptr<3> -> i64
        %v4104 = arith.addi %v1559, %v3741 : i64
        %v4105 = arith.cmpi slt, %v4104, %size_L : i64
        %v4106 = arith.subi %size_L, %v1 : i64
        %v4107 = arith.minsi %v4104, %v4106 : i64
        %v4108 = arith.addi %v4103, %v4107 : i64
        %v4109 = arith.muli %v4101, %v91 : i64
        %v4110 = arith.addi %v4109, %v3741 : i64
        %v4111 = arith.cmpi sge, %v4103, %v28 : i64
        %v4112 = arith.andi %v4105, %v4111 : i1
        %v4113 = arith.andi %v4112, %v4100 : i1
        %v4114 = llvm.getelementptr %v9[%v4110] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4115 = llvm.load %v4114 : !llvm.ptr<3> -> f32
        %v4116 = arith.addi %v3740, %v408 : i64
        %v4117 = arith.constant true
        %v4118 = arith.addi %v3061, %v4116 : i64
        %v4119 = llvm.getelementptr %v8[%v4118] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4120 = llvm.load %v4119 : !llvm.ptr<3> -> i64
        %v4121 = arith.addi %v1559, %v3741 : i64
        %v4122 = arith.cmpi slt, %v4121, %size_L : i64
        %v4123 = arith.subi %size_L, %v1 : i64
        %v4124 = arith.minsi %v4121, %v4123 : i64
        %v4125 = arith.addi %v4120, %v4124 : i64
        %v4126 = arith.muli %v4118, %v91 : i64
        %v4127 = arith.addi %v4126, %v3741 : i64
        %v4128 = arith.cmpi sge, %v4120, %v28 : i64
        %v4129 = arith.andi %v4122, %v4128 : i1
        %v4130 = arith.andi %v4129, %v4117 : i1
        %v4131 = llvm.getelementptr %v9[%v4127] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4132 = llvm.load %v4131 : !llvm.ptr<3> -> f32
        %v4133 = arith.addi %v3740, %v423 : i64
        %v4134 = arith.constant true
        %v4135 = arith.addi %v3061, %v4133 : i64
        %v4136 = llvm.getelementptr %v8[%v4135] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4137 = llvm.load %v4136 : !llvm.ptr<3> -> i64
        %v4138 = arith.addi %v1559, %v3741 : i64
        %v4139 = arith.cmpi slt, %v4138, %size_L : i64
        %v4140 = arith.subi %size_L, %v1 : i64
        %v4141 = arith.minsi %v4138, %v4140 : i64
        %v4142 = arith.addi %v4137, %v4141 : i64
        %v4143 = arith.muli %v4135, %v91 : i64
        %v4144 = arith.addi %v4143, %v3741 : i64
        %v4145 = arith.cmpi sge, %v4137, %v28 : i64
        %v4146 = arith.andi %v4139, %v4145 : i1
        %v4147 = arith.andi %v4146, %v4134 : i1
        %v4148 = llvm.getelementptr %v9[%v4144] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4149 = llvm.load %v4148 : !llvm.ptr<3> -> f32
        %v4150 = arith.addi %v3740, %v438 : i64
        %v4151 = arith.constant true
        %v4152 = arith.addi %v3061, %v4150 : i64
        %v4153 = llvm.getelementptr %v8[%v4152] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4154 = llvm.load %v4153 : !llvm.ptr<3> -> i64
        %v4155 = arith.addi %v1559, %v3741 : i64
        %v4156 = arith.cmpi slt, %v4155, %size_L : i64
        %v4157 = arith.subi %size_L, %v1 : i64
        %v4158 = arith.minsi %v4155, %v4157 : i64
        %v4159 = arith.addi %v4154, %v4158 : i64
        %v4160 = arith.muli %v4152, %v91 : i64
        %v4161 = arith.addi %v4160, %v3741 : i64
        %v4162 = arith.cmpi sge, %v4154, %v28 : i64
        %v4163 = arith.andi %v4156, %v4162 : i1
        %v4164 = arith.andi %v4163, %v4151 : i1
        %v4165 = llvm.getelementptr %v9[%v4161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4166 = llvm.load %v4165 : !llvm.ptr<3> -> f32
        %v4167 = arith.addi %v3740, %v453 : i64
        %v4168 = arith.constant true
        %v4169 = arith.addi %v3061, %v4167 : i64
        %v4170 = llvm.getelementptr %v8[%v4169] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4171 = llvm.load %v4170 : !llvm.ptr<3> -> i64
        %v4172 = arith.addi %v1559, %v3741 : i64
        %v4173 = arith.cmpi slt, %v4172, %size_L : i64
        %v4174 = arith.subi %size_L, %v1 : i64
        %v4175 = arith.minsi %v4172, %v4174 : i64
        %v4176 = arith.addi %v4171, %v4175 : i64
        %v4177 = arith.muli %v4169, %v91 : i64
        %v4178 = arith.addi %v4177, %v3741 : i64
        %v4179 = arith.cmpi sge, %v4171, %v28 : i64
        %v4180 = arith.andi %v4173, %v4179 : i1
        %v4181 = arith.andi %v4180, %v4168 : i1
        %v4182 = llvm.getelementptr %v9[%v4178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4183 = llvm.load %v4182 : !llvm.ptr<3> -> f32
        %v4184 = arith.addi %v3740, %v468 : i64
        %v4185 = arith.constant true
        %v4186 = arith.addi %v3061, %v4184 : i64
        %v4187 = llvm.getelementptr %v8[%v4186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4188 = llvm.load %v4187 : !llvm.ptr<3> -> i64
        %v4189 = arith.addi %v1559, %v3741 : i64
        %v4190 = arith.cmpi slt, %v4189, %size_L : i64
        %v4191 = arith.subi %size_L, %v1 : i64
        %v4192 = arith.minsi %v4189, %v4191 : i64
        %v4193 = arith.addi %v4188, %v4192 : i64
        %v4194 = arith.muli %v4186, %v91 : i64
        %v4195 = arith.addi %v4194, %v3741 : i64
        %v4196 = arith.cmpi sge, %v4188, %v28 : i64
        %v4197 = arith.andi %v4190, %v4196 : i1
        %v4198 = arith.andi %v4197, %v4185 : i1
        %v4199 = llvm.getelementptr %v9[%v4195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4200 = llvm.load %v4199 : !llvm.ptr<3> -> f32
        %v4201 = arith.addi %v3740, %v483 : i64
        %v4202 = arith.constant true
        %v4203 = arith.addi %v3061, %v4201 : i64
        %v4204 = llvm.getelementptr %v8[%v4203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4205 = llvm.load %v4204 : !llvm.ptr<3> -> i64
        %v4206 = arith.addi %v1559, %v3741 : i64
        %v4207 = arith.cmpi slt, %v4206, %size_L : i64
        %v4208 = arith.subi %size_L, %v1 : i64
        %v4209 = arith.minsi %v4206, %v4208 : i64
        %v4210 = arith.addi %v4205, %v4209 : i64
        %v4211 = arith.muli %v4203, %v91 : i64
        %v4212 = arith.addi %v4211, %v3741 : i64
        %v4213 = arith.cmpi sge, %v4205, %v28 : i64
        %v4214 = arith.andi %v4207, %v4213 : i1
        %v4215 = arith.andi %v4214, %v4202 : i1
        %v4216 = llvm.getelementptr %v9[%v4212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4217 = llvm.load %v4216 : !llvm.ptr<3> -> f32
        %v4218 = arith.addi %v3740, %v498 : i64
        %v4219 = arith.constant true
        %v4220 = arith.addi %v3061, %v4218 : i64
        %v4221 = llvm.getelementptr %v8[%v4220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4222 = llvm.load %v4221 : !llvm.ptr<3> -> i64
        %v4223 = arith.addi %v1559, %v3741 : i64
        %v4224 = arith.cmpi slt, %v4223, %size_L : i64
        %v4225 = arith.subi %size_L, %v1 : i64
        %v4226 = arith.minsi %v4223, %v4225 : i64
        %v4227 = arith.addi %v4222, %v4226 : i64
        %v4228 = arith.muli %v4220, %v91 : i64
        %v4229 = arith.addi %v4228, %v3741 : i64
        %v4230 = arith.cmpi sge, %v4222, %v28 : i64
        %v4231 = arith.andi %v4224, %v4230 : i1
        %v4232 = arith.andi %v4231, %v4219 : i1
        %v4233 = llvm.getelementptr %v9[%v4229] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4234 = llvm.load %v4233 : !llvm.ptr<3> -> f32
        %v4235 = arith.addi %v3740, %v513 : i64
        %v4236 = arith.constant true
        %v4237 = arith.addi %v3061, %v4235 : i64
        %v4238 = llvm.getelementptr %v8[%v4237] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4239 = llvm.load %v4238 : !llvm.ptr<3> -> i64
        %v4240 = arith.addi %v1559, %v3741 : i64
        %v4241 = arith.cmpi slt, %v4240, %size_L : i64
        %v4242 = arith.subi %size_L, %v1 : i64
        %v4243 = arith.minsi %v4240, %v4242 : i64
        %v4244 = arith.addi %v4239, %v4243 : i64
        %v4245 = arith.muli %v4237, %v91 : i64
        %v4246 = arith.addi %v4245, %v3741 : i64
        %v4247 = arith.cmpi sge, %v4239, %v28 : i64
        %v4248 = arith.andi %v4241, %v4247 : i1
        %v4249 = arith.andi %v4248, %v4236 : i1
        %v4250 = llvm.getelementptr %v9[%v4246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4251 = llvm.load %v4250 : !llvm.ptr<3> -> f32
        %v4252 = arith.addi %v3740, %v528 : i64
        %v4253 = arith.constant true
        %v4254 = arith.addi %v3061, %v4252 : i64
        %v4255 = llvm.getelementptr %v8[%v4254] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4256 = llvm.load %v4255 : !llvm.ptr<3> -> i64
        %v4257 = arith.addi %v1559, %v3741 : i64
        %v4258 = arith.cmpi slt, %v4257, %size_L : i64
        %v4259 = arith.subi %size_L, %v1 : i64
        %v4260 = arith.minsi %v4257, %v4259 : i64
        %v4261 = arith.addi %v4256, %v4260 : i64
        %v4262 = arith.muli %v4254, %v91 : i64
        %v4263 = arith.addi %v4262, %v3741 : i64
        %v4264 = arith.cmpi sge, %v4256, %v28 : i64
        %v4265 = arith.andi %v4258, %v4264 : i1
        %v4266 = arith.andi %v4265, %v4253 : i1
        %v4267 = llvm.getelementptr %v9[%v4263] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4268 = llvm.load %v4267 : !llvm.ptr<3> -> f32
        %v4269 = arith.addi %v3740, %v543 : i64
        %v4270 = arith.constant true
        %v4271 = arith.addi %v3061, %v4269 : i64
        %v4272 = llvm.getelementptr %v8[%v4271] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4273 = llvm.load %v4272 : !llvm.ptr<3> -> i64
        %v4274 = arith.addi %v1559, %v3741 : i64
        %v4275 = arith.cmpi slt, %v4274, %size_L : i64
        %v4276 = arith.subi %size_L, %v1 : i64
        %v4277 = arith.minsi %v4274, %v4276 : i64
        %v4278 = arith.addi %v4273, %v4277 : i64
        %v4279 = arith.muli %v4271, %v91 : i64
        %v4280 = arith.addi %v4279, %v3741 : i64
        %v4281 = arith.cmpi sge, %v4273, %v28 : i64
        %v4282 = arith.andi %v4275, %v4281 : i1
        %v4283 = arith.andi %v4282, %v4270 : i1
        %v4284 = llvm.getelementptr %v9[%v4280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4285 = llvm.load %v4284 : !llvm.ptr<3> -> f32
        scf.if %v3756 {
          %v4286 = llvm.getelementptr %out_y[%v3751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3758, %v4286 : f32, !llvm.ptr
        }
        scf.if %v3773 {
          %v4287 = llvm.getelementptr %out_y[%v3768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3775, %v4287 : f32, !llvm.ptr
        }
        scf.if %v3790 {
          %v4288 = llvm.getelementptr %out_y[%v3785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3792, %v4288 : f32, !llvm.ptr
        }
        scf.if %v3807 {
          %v4289 = llvm.getelementptr %out_y[%v3802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3809, %v4289 : f32, !llvm.ptr
        }
        scf.if %v3824 {
          %v4290 = llvm.getelementptr %out_y[%v3819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3826, %v4290 : f32, !llvm.ptr
        }
        scf.if %v3841 {
          %v4291 = llvm.getelementptr %out_y[%v3836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3843, %v4291 : f32, !llvm.ptr
        }
        scf.if %v3858 {
          %v4292 = llvm.getelementptr %out_y[%v3853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3860, %v4292 : f32, !llvm.ptr
        }
        scf.if %v3875 {
          %v4293 = llvm.getelementptr %out_y[%v3870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3877, %v4293 : f32, !llvm.ptr
        }
        scf.if %v3892 {
          %v4294 = llvm.getelementptr %out_y[%v3887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3894, %v4294 : f32, !llvm.ptr
        }
        scf.if %v3909 {
          %v4295 = llvm.getelementptr %out_y[%v3904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3911, %v4295 : f32, !llvm.ptr
        }
        scf.if %v3926 {
          %v4296 = llvm.getelementptr %out_y[%v3921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3928, %v4296 : f32, !llvm.ptr
        }
        scf.if %v3943 {
          %v4297 = llvm.getelementptr %out_y[%v3938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3945, %v4297 : f32, !llvm.ptr
        }
        scf.if %v3960 {
          %v4298 = llvm.getelementptr %out_y[%v3955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3962, %v4298 : f32, !llvm.ptr
        }
        scf.if %v3977 {
          %v4299 = llvm.getelementptr %out_y[%v3972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3979, %v4299 : f32, !llvm.ptr
        }
        scf.if %v3994 {
          %v4300 = llvm.getelementptr %out_y[%v3989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3996, %v4300 : f32, !llvm.ptr
        }
        scf.if %v4011 {
          %v4301 = llvm.getelementptr %out_y[%v4006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4013, %v4301 : f32, !llvm.ptr
        }
        scf.if %v4028 {
          %v4302 = llvm.getelementptr %out_y[%v4023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4030, %v4302 : f32, !llvm.ptr
        }
        scf.if %v4045 {
          %v4303 = llvm.getelementptr %out_y[%v4040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4047, %v4303 : f32, !llvm.ptr
        }
        scf.if %v4062 {
          %v4304 = llvm.getelementptr %out_y[%v4057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4064, %v4304 : f32, !llvm.ptr
        }
        scf.if %v4079 {
          %v4305 = llvm.getelementptr %out_y[%v4074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4081, %v4305 : f32, !llvm.ptr
        }
        scf.if %v4096 {
          %v4306 = llvm.getelementptr %out_y[%v4091] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4098, %v4306 : f32, !llvm.ptr
        }
        scf.if %v4113 {
          %v4307 = llvm.getelementptr %out_y[%v4108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4115, %v4307 : f32, !llvm.ptr
        }
        scf.if %v4130 {
          %v4308 = llvm.getelementptr %out_y[%v4125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4132, %v4308 : f32, !llvm.ptr
        }
        scf.if %v4147 {
          %v4309 = llvm.getelementptr %out_y[%v4142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4149, %v4309 : f32, !llvm.ptr
        }
        scf.if %v4164 {
          %v4310 = llvm.getelementptr %out_y[%v4159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4166, %v4310 : f32, !llvm.ptr
        }
        scf.if %v4181 {
          %v4311 = llvm.getelementptr %out_y[%v4176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4183, %v4311 : f32, !llvm.ptr
        }
        scf.if %v4198 {
          %v4312 = llvm.getelementptr %out_y[%v4193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4200, %v4312 : f32, !llvm.ptr
        }
        scf.if %v4215 {
          %v4313 = llvm.getelementptr %out_y[%v4210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4217, %v4313 : f32, !llvm.ptr
        }
        scf.if %v4232 {
          %v4314 = llvm.getelementptr %out_y[%v4227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4234, %v4314 : f32, !llvm.ptr
        }
        scf.if %v4249 {
          %v4315 = llvm.getelementptr %out_y[%v4244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4251, %v4315 : f32, !llvm.ptr
        }
        scf.if %v4266 {
          %v4316 = llvm.getelementptr %out_y[%v4261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4268, %v4316 : f32, !llvm.ptr
        }
        scf.if %v4283 {
          %v4317 = llvm.getelementptr %out_y[%v4278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4285, %v4317 : f32, !llvm.ptr
        }
        %v4318 = arith.divui %v16, %v78 : i64
        %v4319 = arith.remui %v16, %v78 : i64
        %v4320 = arith.addi %v4318, %v28 : i64
        %v4321 = arith.constant true
        %v4322 = arith.addi %v12, %v4320 : i64
        %v4323 = llvm.getelementptr %v8[%v4322] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4324 = llvm.load %v4323 : !llvm.ptr<3> -> i64
        %v4325 = arith.addi %v1559, %v4319 : i64
        %v4326 = arith.cmpi slt, %v4325, %size_L : i64
        %v4327 = arith.subi %size_L, %v1 : i64
        %v4328 = arith.minsi %v4325, %v4327 : i64
        %v4329 = arith.addi %v4324, %v4328 : i64
        %v4330 = arith.muli %v4322, %v91 : i64
        %v4331 = arith.addi %v4330, %v4319 : i64
        %v4332 = arith.cmpi sge, %v4324, %v28 : i64
        %v4333 = arith.andi %v4326, %v4332 : i1
        %v4334 = arith.andi %v4333, %v4321 : i1
        %v4335 = llvm.getelementptr %v9[%v4331] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4336 = llvm.load %v4335 : !llvm.ptr<3> -> f32
        %v4337 = arith.addi %v4318, %v52 : i64
        %v4338 = arith.constant true
        %v4339 = arith.addi %v12, %v4337 : i64
        %v4340 = llvm.getelementptr %v8[%v4339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4341 = llvm.load %v4340 : !llvm.ptr<3> -> i64
        %v4342 = arith.addi %v1559, %v4319 : i64
        %v4343 = arith.cmpi slt, %v4342, %size_L : i64
        %v4344 = arith.subi %size_L, %v1 : i64
        %v4345 = arith.minsi %v4342, %v4344 : i64
        %v4346 = arith.addi %v4341, %v4345 : i64
        %v4347 = arith.muli %v4339, %v91 : i64
        %v4348 = arith.addi %v4347, %v4319 : i64
        %v4349 = arith.cmpi sge, %v4341, %v28 : i64
        %v4350 = arith.andi %v4343, %v4349 : i1
        %v4351 = arith.andi %v4350, %v4338 : i1
        %v4352 = llvm.getelementptr %v9[%v4348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4353 = llvm.load %v4352 : !llvm.ptr<3> -> f32
        %v4354 = arith.addi %v4318, %v73 : i64
        %v4355 = arith.constant true
        %v4356 = arith.addi %v12, %v4354 : i64
        %v4357 = llvm.getelementptr %v8[%v4356] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4358 = llvm.load %v4357 : !llvm.ptr<3> -> i64
        %v4359 = arith.addi %v1559, %v4319 : i64
        %v4360 = arith.cmpi slt, %v4359, %size_L : i64
        %v4361 = arith.subi %size_L, %v1 : i64
        %v4362 = arith.minsi %v4359, %v4361 : i64
        %v4363 = arith.addi %v4358, %v4362 : i64
        %v4364 = arith.muli %v4356, %v91 : i64
        %v4365 = arith.addi %v4364, %v4319 : i64
        %v4366 = arith.cmpi sge, %v4358, %v28 : i64
        %v4367 = arith.andi %v4360, %v4366 : i1
        %v4368 = arith.andi %v4367, %v4355 : i1
        %v4369 = llvm.getelementptr %v9[%v4365] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4370 = llvm.load %v4369 : !llvm.ptr<3> -> f32
        %v4371 = arith.addi %v4318, %v124 : i64
        %v4372 = arith.constant true
        %v4373 = arith.addi %v12, %v4371 : i64
        %v4374 = llvm.getelementptr %v8[%v4373] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4375 = llvm.load %v4374 : !llvm.ptr<3> -> i64
        %v4376 = arith.addi %v1559, %v4319 : i64
        %v4377 = arith.cmpi slt, %v4376, %size_L : i64
        %v4378 = arith.subi %size_L, %v1 : i64
        %v4379 = arith.minsi %v4376, %v4378 : i64
        %v4380 = arith.addi %v4375, %v4379 : i64
        %v4381 = arith.muli %v4373, %v91 : i64
        %v4382 = arith.addi %v4381, %v4319 : i64
        %v4383 = arith.cmpi sge, %v4375, %v28 : i64
        %v4384 = arith.andi %v4377, %v4383 : i1
        %v4385 = arith.andi %v4384, %v4372 : i1
        %v4386 = llvm.getelementptr %v9[%v4382] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4387 = llvm.load %v4386 : !llvm.ptr<3> -> f32
        %v4388 = arith.addi %v4318, %v139 : i64
        %v4389 = arith.constant true
        %v4390 = arith.addi %v12, %v4388 : i64
        %v4391 = llvm.getelementptr %v8[%v4390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4392 = llvm.load %v4391 : !llvm.ptr<3> -> i64
        %v4393 = arith.addi %v1559, %v4319 : i64
        %v4394 = arith.cmpi slt, %v4393, %size_L : i64
        %v4395 = arith.subi %size_L, %v1 : i64
        %v4396 = arith.minsi %v4393, %v4395 : i64
        %v4397 = arith.addi %v4392, %v4396 : i64
        %v4398 = arith.muli %v4390, %v91 : i64
        %v4399 = arith.addi %v4398, %v4319 : i64
        %v4400 = arith.cmpi sge, %v4392, %v28 : i64
        %v4401 = arith.andi %v4394, %v4400 : i1
        %v4402 = arith.andi %v4401, %v4389 : i1
        %v4403 = llvm.getelementptr %v9[%v4399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4404 = llvm.load %v4403 : !llvm.ptr<3> -> f32
        %v4405 = arith.addi %v4318, %v154 : i64
        %v4406 = arith.constant true
        %v4407 = arith.addi %v12, %v4405 : i64
        %v4408 = llvm.getelementptr %v8[%v4407] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4409 = llvm.load %v4408 : !llvm.ptr<3> -> i64
        %v4410 = arith.addi %v1559, %v4319 : i64
        %v4411 = arith.cmpi slt, %v4410, %size_L : i64
        %v4412 = arith.subi %size_L, %v1 : i64
        %v4413 = arith.minsi %v4410, %v4412 : i64
        %v4414 = arith.addi %v4409, %v4413 : i64
        %v4415 = arith.muli %v4407, %v91 : i64
        %v4416 = arith.addi %v4415, %v4319 : i64
        %v4417 = arith.cmpi sge, %v4409, %v28 : i64
        %v4418 = arith.andi %v4411, %v4417 : i1
        %v4419 = arith.andi %v4418, %v4406 : i1
        %v4420 = llvm.getelementptr %v9[%v4416] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4421 = llvm.load %v4420 : !llvm.ptr<3> -> f32
        %v4422 = arith.addi %v4318, %v169 : i64
        %v4423 = arith.constant true
        %v4424 = arith.addi %v12, %v4422 : i64
        %v4425 = llvm.getelementptr %v8[%v4424] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4426 = llvm.load %v4425 : !llvm.ptr<3> -> i64
        %v4427 = arith.addi %v1559, %v4319 : i64
        %v4428 = arith.cmpi slt, %v4427, %size_L : i64
        %v4429 = arith.subi %size_L, %v1 : i64
        %v4430 = arith.minsi %v4427, %v4429 : i64
        %v4431 = arith.addi %v4426, %v4430 : i64
        %v4432 = arith.muli %v4424, %v91 : i64
        %v4433 = arith.addi %v4432, %v4319 : i64
        %v4434 = arith.cmpi sge, %v4426, %v28 : i64
        %v4435 = arith.andi %v4428, %v4434 : i1
        %v4436 = arith.andi %v4435, %v4423 : i1
        %v4437 = llvm.getelementptr %v9[%v4433] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4438 = llvm.load %v4437 : !llvm.ptr<3> -> f32
        %v4439 = arith.addi %v4318, %v184 : i64
        %v4440 = arith.constant true
        %v4441 = arith.addi %v12, %v4439 : i64
        %v4442 = llvm.getelementptr %v8[%v4441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4443 = llvm.load %v4442 : !llvm.ptr<3> -> i64
        %v4444 = arith.addi %v1559, %v4319 : i64
        %v4445 = arith.cmpi slt, %v4444, %size_L : i64
        %v4446 = arith.subi %size_L, %v1 : i64
        %v4447 = arith.minsi %v4444, %v4446 : i64
        %v4448 = arith.addi %v4443, %v4447 : i64
        %v4449 = arith.muli %v4441, %v91 : i64
        %v4450 = arith.addi %v4449, %v4319 : i64
        %v4451 = arith.cmpi sge, %v4443, %v28 : i64
        %v4452 = arith.andi %v4445, %v4451 : i1
        %v4453 = arith.andi %v4452, %v4440 : i1
        %v4454 = llvm.getelementptr %v9[%v4450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4455 = llvm.load %v4454 : !llvm.ptr<3> -> f32
        %v4456 = arith.addi %v4318, %v199 : i64
        %v4457 = arith.constant true
        %v4458 = arith.addi %v12, %v4456 : i64
        %v4459 = llvm.getelementptr %v8[%v4458] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4460 = llvm.load %v4459 : !llvm.ptr<3> -> i64
        %v4461 = arith.addi %v1559, %v4319 : i64
        %v4462 = arith.cmpi slt, %v4461, %size_L : i64
        %v4463 = arith.subi %size_L, %v1 : i64
        %v4464 = arith.minsi %v4461, %v4463 : i64
        %v4465 = arith.addi %v4460, %v4464 : i64
        %v4466 = arith.muli %v4458, %v91 : i64
        %v4467 = arith.addi %v4466, %v4319 : i64
        %v4468 = arith.cmpi sge, %v4460, %v28 : i64
        %v4469 = arith.andi %v4462, %v4468 : i1
        %v4470 = arith.andi %v4469, %v4457 : i1
        %v4471 = llvm.getelementptr %v9[%v4467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4472 = llvm.load %v4471 : !llvm.ptr<3> -> f32
        %v4473 = arith.addi %v4318, %v214 : i64
        %v4474 = arith.constant true
        %v4475 = arith.addi %v12, %v4473 : i64
        %v4476 = llvm.getelementptr %v8[%v4475] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4477 = llvm.load %v4476 : !llvm.ptr<3> -> i64
        %v4478 = arith.addi %v1559, %v4319 : i64
        %v4479 = arith.cmpi slt, %v4478, %size_L : i64
        %v4480 = arith.subi %size_L, %v1 : i64
        %v4481 = arith.minsi %v4478, %v4480 : i64
        %v4482 = arith.addi %v4477, %v4481 : i64
        %v4483 = arith.muli %v4475, %v91 : i64
        %v4484 = arith.addi %v4483, %v4319 : i64
        %v4485 = arith.cmpi sge, %v4477, %v28 : i64
        %v4486 = arith.andi %v4479, %v4485 : i1
        %v4487 = arith.andi %v4486, %v4474 : i1
        %v4488 = llvm.getelementptr %v9[%v4484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4489 = llvm.load %v4488 : !llvm.ptr<3> -> f32
        %v4490 = arith.addi %v4318, %v229 : i64
        %v4491 = arith.constant true
        %v4492 = arith.addi %v12, %v4490 : i64
        %v4493 = llvm.getelementptr %v8[%v4492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4494 = llvm.load %v4493 : !llvm.ptr<3> -> i64
        %v4495 = arith.addi %v1559, %v4319 : i64
        %v4496 = arith.cmpi slt, %v4495, %size_L : i64
        %v4497 = arith.subi %size_L, %v1 : i64
        %v4498 = arith.minsi %v4495, %v4497 : i64
        %v4499 = arith.addi %v4494, %v4498 : i64
        %v4500 = arith.muli %v4492, %v91 : i64
        %v4501 = arith.addi %v4500, %v4319 : i64
        %v4502 = arith.cmpi sge, %v4494, %v28 : i64
        %v4503 = arith.andi %v4496, %v4502 : i1
        %v4504 = arith.andi %v4503, %v4491 : i1
        %v4505 = llvm.getelementptr %v9[%v4501] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4506 = llvm.load %v4505 : !llvm.ptr<3> -> f32
        %v4507 = arith.addi %v4318, %v244 : i64
        %v4508 = arith.constant true
        %v4509 = arith.addi %v12, %v4507 : i64
        %v4510 = llvm.getelementptr %v8[%v4509] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4511 = llvm.load %v4510 : !llvm.ptr<3> -> i64
        %v4512 = arith.addi %v1559, %v4319 : i64
        %v4513 = arith.cmpi slt, %v4512, %size_L : i64
        %v4514 = arith.subi %size_L, %v1 : i64
        %v4515 = arith.minsi %v4512, %v4514 : i64
        %v4516 = arith.addi %v4511, %v4515 : i64
        %v4517 = arith.muli %v4509, %v91 : i64
        %v4518 = arith.addi %v4517, %v4319 : i64
        %v4519 = arith.cmpi sge, %v4511, %v28 : i64
        %v4520 = arith.andi %v4513, %v4519 : i1
        %v4521 = arith.andi %v4520, %v4508 : i1
        %v4522 = llvm.getelementptr %v9[%v4518] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4523 = llvm.load %v4522 : !llvm.ptr<3> -> f32
        %v4524 = arith.addi %v4318, %v259 : i64
        %v4525 = arith.constant true
        %v4526 = arith.addi %v12, %v4524 : i64
        %v4527 = llvm.getelementptr %v8[%v4526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4528 = llvm.load %v4527 : !llvm.ptr<3> -> i64
        %v4529 = arith.addi %v1559, %v4319 : i64
        %v4530 = arith.cmpi slt, %v4529, %size_L : i64
        %v4531 = arith.subi %size_L, %v1 : i64
        %v4532 = arith.minsi %v4529, %v4531 : i64
        %v4533 = arith.addi %v4528, %v4532 : i64
        %v4534 = arith.muli %v4526, %v91 : i64
        %v4535 = arith.addi %v4534, %v4319 : i64
        %v4536 = arith.cmpi sge, %v4528, %v28 : i64
        %v4537 = arith.andi %v4530, %v4536 : i1
        %v4538 = arith.andi %v4537, %v4525 : i1
        %v4539 = llvm.getelementptr %v9[%v4535] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4540 = llvm.load %v4539 : !llvm.ptr<3> -> f32
        %v4541 = arith.addi %v4318, %v274 : i64
        %v4542 = arith.constant true
        %v4543 = arith.addi %v12, %v4541 : i64
        %v4544 = llvm.getelementptr %v8[%v4543] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4545 = llvm.load %v4544 : !llvm.ptr<3> -> i64
        %v4546 = arith.addi %v1559, %v4319 : i64
        %v4547 = arith.cmpi slt, %v4546, %size_L : i64
        %v4548 = arith.subi %size_L, %v1 : i64
        %v4549 = arith.minsi %v4546, %v4548 : i64
        %v4550 = arith.addi %v4545, %v4549 : i64
        %v4551 = arith.muli %v4543, %v91 : i64
        %v4552 = arith.addi %v4551, %v4319 : i64
        %v4553 = arith.cmpi sge, %v4545, %v28 : i64
        %v4554 = arith.andi %v4547, %v4553 : i1
        %v4555 = arith.andi %v4554, %v4542 : i1
        %v4556 = llvm.getelementptr %v9[%v4552] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4557 = llvm.load %v4556 : !llvm.ptr<3> -> f32
        %v4558 = arith.addi %v4318, %v289 : i64
        %v4559 = arith.constant true
        %v4560 = arith.addi %v12, %v4558 : i64
        %v4561 = llvm.getelementptr %v8[%v4560] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4562 = llvm.load %v4561 : !llvm.ptr<3> -> i64
        %v4563 = arith.addi %v1559, %v4319 : i64
        %v4564 = arith.cmpi slt, %v4563, %size_L : i64
        %v4565 = arith.subi %size_L, %v1 : i64
        %v4566 = arith.minsi %v4563, %v4565 : i64
        %v4567 = arith.addi %v4562, %v4566 : i64
        %v4568 = arith.muli %v4560, %v91 : i64
        %v4569 = arith.addi %v4568, %v4319 : i64
        %v4570 = arith.cmpi sge, %v4562, %v28 : i64
        %v4571 = arith.andi %v4564, %v4570 : i1
        %v4572 = arith.andi %v4571, %v4559 : i1
        %v4573 = llvm.getelementptr %v9[%v4569] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4574 = llvm.load %v4573 : !llvm.ptr<3> -> f32
        %v4575 = arith.addi %v4318, %v304 : i64
        %v4576 = arith.constant true
        %v4577 = arith.addi %v12, %v4575 : i64
        %v4578 = llvm.getelementptr %v8[%v4577] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4579 = llvm.load %v4578 : !llvm.ptr<3> -> i64
        %v4580 = arith.addi %v1559, %v4319 : i64
        %v4581 = arith.cmpi slt, %v4580, %size_L : i64
        %v4582 = arith.subi %size_L, %v1 : i64
        %v4583 = arith.minsi %v4580, %v4582 : i64
        %v4584 = arith.addi %v4579, %v4583 : i64
        %v4585 = arith.muli %v4577, %v91 : i64
        %v4586 = arith.addi %v4585, %v4319 : i64
        %v4587 = arith.cmpi sge, %v4579, %v28 : i64
        %v4588 = arith.andi %v4581, %v4587 : i1
        %v4589 = arith.andi %v4588, %v4576 : i1
        %v4590 = llvm.getelementptr %v9[%v4586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4591 = llvm.load %v4590 : !llvm.ptr<3> -> f32
        %v4592 = arith.addi %v4318, %v78 : i64
        %v4593 = arith.constant true
        %v4594 = arith.addi %v12, %v4592 : i64
        %v4595 = llvm.getelementptr %v8[%v4594] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4596 = llvm.load %v4595 : !llvm.ptr<3> -> i64
        %v4597 = arith.addi %v1559, %v4319 : i64
        %v4598 = arith.cmpi slt, %v4597, %size_L : i64
        %v4599 = arith.subi %size_L, %v1 : i64
        %v4600 = arith.minsi %v4597, %v4599 : i64
        %v4601 = arith.addi %v4596, %v4600 : i64
        %v4602 = arith.muli %v4594, %v91 : i64
        %v4603 = arith.addi %v4602, %v4319 : i64
        %v4604 = arith.cmpi sge, %v4596, %v28 : i64
        %v4605 = arith.andi %v4598, %v4604 : i1
        %v4606 = arith.andi %v4605, %v4593 : i1
        %v4607 = llvm.getelementptr %v9[%v4603] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4608 = llvm.load %v4607 : !llvm.ptr<3> -> f32
        %v4609 = arith.addi %v4318, %v333 : i64
        %v4610 = arith.constant true
        %v4611 = arith.addi %v12, %v4609 : i64
        %v4612 = llvm.getelementptr %v8[%v4611] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4613 = llvm.load %v4612 : !llvm.ptr<3> -> i64
        %v4614 = arith.addi %v1559, %v4319 : i64
        %v4615 = arith.cmpi slt, %v4614, %size_L : i64
        %v4616 = arith.subi %size_L, %v1 : i64
        %v4617 = arith.minsi %v4614, %v4616 : i64
        %v4618 = arith.addi %v4613, %v4617 : i64
        %v4619 = arith.muli %v4611, %v91 : i64
        %v4620 = arith.addi %v4619, %v4319 : i64
        %v4621 = arith.cmpi sge, %v4613, %v28 : i64
        %v4622 = arith.andi %v4615, %v4621 : i1
        %v4623 = arith.andi %v4622, %v4610 : i1
        %v4624 = llvm.getelementptr %v9[%v4620] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4625 = llvm.load %v4624 : !llvm.ptr<3> -> f32
        %v4626 = arith.addi %v4318, %v348 : i64
        %v4627 = arith.constant true
        %v4628 = arith.addi %v12, %v4626 : i64
        %v4629 = llvm.getelementptr %v8[%v4628] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4630 = llvm.load %v4629 : !llvm.ptr<3> -> i64
        %v4631 = arith.addi %v1559, %v4319 : i64
        %v4632 = arith.cmpi slt, %v4631, %size_L : i64
        %v4633 = arith.subi %size_L, %v1 : i64
        %v4634 = arith.minsi %v4631, %v4633 : i64
        %v4635 = arith.addi %v4630, %v4634 : i64
        %v4636 = arith.muli %v4628, %v91 : i64
        %v4637 = arith.addi %v4636, %v4319 : i64
        %v4638 = arith.cmpi sge, %v4630, %v28 : i64
        %v4639 = arith.andi %v4632, %v4638 : i1
        %v4640 = arith.andi %v4639, %v4627 : i1
        %v4641 = llvm.getelementptr %v9[%v4637] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4642 = llvm.load %v4641 : !llvm.ptr<3> -> f32
        %v4643 = arith.addi %v4318, %v363 : i64
        %v4644 = arith.constant true
        %v4645 = arith.addi %v12, %v4643 : i64
        %v4646 = llvm.getelementptr %v8[%v4645] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4647 = llvm.load %v4646 : !llvm.ptr<3> -> i64
        %v4648 = arith.addi %v1559, %v4319 : i64
        %v4649 = arith.cmpi slt, %v4648, %size_L : i64
        %v4650 = arith.subi %size_L, %v1 : i64
        %v4651 = arith.minsi %v4648, %v4650 : i64
        %v4652 = arith.addi %v4647, %v4651 : i64
        %v4653 = arith.muli %v4645, %v91 : i64
        %v4654 = arith.addi %v4653, %v4319 : i64
        %v4655 = arith.cmpi sge, %v4647, %v28 : i64
        %v4656 = arith.andi %v4649, %v4655 : i1
        %v4657 = arith.andi %v4656, %v4644 : i1
        %v4658 = llvm.getelementptr %v9[%v4654] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4659 = llvm.load %v4658 : !llvm.ptr<3> -> f32
        %v4660 = arith.addi %v4318, %v378 : i64
        %v4661 = arith.constant true
        %v4662 = arith.addi %v12, %v4660 : i64
        %v4663 = llvm.getelementptr %v8[%v4662] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4664 = llvm.load %v4663 : !llvm.ptr<3> -> i64
        %v4665 = arith.addi %v1559, %v4319 : i64
        %v4666 = arith.cmpi slt, %v4665, %size_L : i64
        %v4667 = arith.subi %size_L, %v1 : i64
        %v4668 = arith.minsi %v4665, %v4667 : i64
        %v4669 = arith.addi %v4664, %v4668 : i64
        %v4670 = arith.muli %v4662, %v91 : i64
        %v4671 = arith.addi %v4670, %v4319 : i64
        %v4672 = arith.cmpi sge, %v4664, %v28 : i64
        %v4673 = arith.andi %v4666, %v4672 : i1
        %v4674 = arith.andi %v4673, %v4661 : i1
        %v4675 = llvm.getelementptr %v9[%v4671] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4676 = llvm.load %v4675 : !llvm.ptr<3> -> f32
        %v4677 = arith.addi %v4318, %v393 : i64
        %v4678 = arith.constant true
        %v4679 = arith.addi %v12, %v4677 : i64
        %v4680 = llvm.getelementptr %v8[%v4679] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4681 = llvm.load %v4680 : !llvm.ptr<3> -> i64
        %v4682 = arith.addi %v1559, %v4319 : i64
        %v4683 = arith.cmpi slt, %v4682, %size_L : i64
        %v4684 = arith.subi %size_L, %v1 : i64
        %v4685 = arith.minsi %v4682, %v4684 : i64
        %v4686 = arith.addi %v4681, %v4685 : i64
        %v4687 = arith.muli %v4679, %v91 : i64
        %v4688 = arith.addi %v4687, %v4319 : i64
        %v4689 = arith.cmpi sge, %v4681, %v28 : i64
        %v4690 = arith.andi %v4683, %v4689 : i1
        %v4691 = arith.andi %v4690, %v4678 : i1
        %v4692 = llvm.getelementptr %v9[%v4688] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4693 = llvm.load %v4692 : !llvm.ptr<3> -> f32
        %v4694 = arith.addi %v4318, %v408 : i64
        %v4695 = arith.constant true
        %v4696 = arith.addi %v12, %v4694 : i64
        %v4697 = llvm.getelementptr %v8[%v4696] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4698 = llvm.load %v4697 : !llvm.ptr<3> -> i64
        %v4699 = arith.addi %v1559, %v4319 : i64
        %v4700 = arith.cmpi slt, %v4699, %size_L : i64
        %v4701 = arith.subi %size_L, %v1 : i64
        %v4702 = arith.minsi %v4699, %v4701 : i64
        %v4703 = arith.addi %v4698, %v4702 : i64
        %v4704 = arith.muli %v4696, %v91 : i64
        %v4705 = arith.addi %v4704, %v4319 : i64
        %v4706 = arith.cmpi sge, %v4698, %v28 : i64
        %v4707 = arith.andi %v4700, %v4706 : i1
        %v4708 = arith.andi %v4707, %v4695 : i1
        %v4709 = llvm.getelementptr %v9[%v4705] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4710 = llvm.load %v4709 : !llvm.ptr<3> -> f32
        %v4711 = arith.addi %v4318, %v423 : i64
        %v4712 = arith.constant true
        %v4713 = arith.addi %v12, %v4711 : i64
        %v4714 = llvm.getelementptr %v8[%v4713] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4715 = llvm.load %v4714 : !llvm.ptr<3> -> i64
        %v4716 = arith.addi %v1559, %v4319 : i64
        %v4717 = arith.cmpi slt, %v4716, %size_L : i64
        %v4718 = arith.subi %size_L, %v1 : i64
        %v4719 = arith.minsi %v4716, %v4718 : i64
        %v4720 = arith.addi %v4715, %v4719 : i64
        %v4721 = arith.muli %v4713, %v91 : i64
        %v4722 = arith.addi %v4721, %v4319 : i64
        %v4723 = arith.cmpi sge, %v4715, %v28 : i64
        %v4724 = arith.andi %v4717, %v4723 : i1
        %v4725 = arith.andi %v4724, %v4712 : i1
        %v4726 = llvm.getelementptr %v9[%v4722] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4727 = llvm.load %v4726 : !llvm.ptr<3> -> f32
        %v4728 = arith.addi %v4318, %v438 : i64
        %v4729 = arith.constant true
        %v4730 = arith.addi %v12, %v4728 : i64
        %v4731 = llvm.getelementptr %v8[%v4730] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4732 = llvm.load %v4731 : !llvm.ptr<3> -> i64
        %v4733 = arith.addi %v1559, %v4319 : i64
        %v4734 = arith.cmpi slt, %v4733, %size_L : i64
        %v4735 = arith.subi %size_L, %v1 : i64
        %v4736 = arith.minsi %v4733, %v4735 : i64
        %v4737 = arith.addi %v4732, %v4736 : i64
        %v4738 = arith.muli %v4730, %v91 : i64
        %v4739 = arith.addi %v4738, %v4319 : i64
        %v4740 = arith.cmpi sge, %v4732, %v28 : i64
        %v4741 = arith.andi %v4734, %v4740 : i1
        %v4742 = arith.andi %v4741, %v4729 : i1
        %v4743 = llvm.getelementptr %v9[%v4739] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4744 = llvm.load %v4743 : !llvm.ptr<3> -> f32
        %v4745 = arith.addi %v4318, %v453 : i64
        %v4746 = arith.constant true
        %v4747 = arith.addi %v12, %v4745 : i64
        %v4748 = llvm.getelementptr %v8[%v4747] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4749 = llvm.load %v4748 : !llvm.ptr<3> -> i64
        %v4750 = arith.addi %v1559, %v4319 : i64
        %v4751 = arith.cmpi slt, %v4750, %size_L : i64
        %v4752 = arith.subi %size_L, %v1 : i64
        %v4753 = arith.minsi %v4750, %v4752 : i64
        %v4754 = arith.addi %v4749, %v4753 : i64
        %v4755 = arith.muli %v4747, %v91 : i64
        %v4756 = arith.addi %v4755, %v4319 : i64
        %v4757 = arith.cmpi sge, %v4749, %v28 : i64
        %v4758 = arith.andi %v4751, %v4757 : i1
        %v4759 = arith.andi %v4758, %v4746 : i1
        %v4760 = llvm.getelementptr %v9[%v4756] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4761 = llvm.load %v4760 : !llvm.ptr<3> -> f32
        %v4762 = arith.addi %v4318, %v468 : i64
        %v4763 = arith.constant true
        %v4764 = arith.addi %v12, %v4762 : i64
        %v4765 = llvm.getelementptr %v8[%v4764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4766 = llvm.load %v4765 : !llvm.ptr<3> -> i64
        %v4767 = arith.addi %v1559, %v4319 : i64
        %v4768 = arith.cmpi slt, %v4767, %size_L : i64
        %v4769 = arith.subi %size_L, %v1 : i64
        %v4770 = arith.minsi %v4767, %v4769 : i64
        %v4771 = arith.addi %v4766, %v4770 : i64
        %v4772 = arith.muli %v4764, %v91 : i64
        %v4773 = arith.addi %v4772, %v4319 : i64
        %v4774 = arith.cmpi sge, %v4766, %v28 : i64
        %v4775 = arith.andi %v4768, %v4774 : i1
        %v4776 = arith.andi %v4775, %v4763 : i1
        %v4777 = llvm.getelementptr %v9[%v4773] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4778 = llvm.load %v4777 : !llvm.ptr<3> -> f32
        %v4779 = arith.addi %v4318, %v483 : i64
        %v4780 = arith.constant true
        %v4781 = arith.addi %v12, %v4779 : i64
        %v4782 = llvm.getelementptr %v8[%v4781] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4783 = llvm.load %v4782 : !llvm.ptr<3> -> i64
        %v4784 = arith.addi %v1559, %v4319 : i64
        %v4785 = arith.cmpi slt, %v4784, %size_L : i64
        %v4786 = arith.subi %size_L, %v1 : i64
        %v4787 = arith.minsi %v4784, %v4786 : i64
        %v4788 = arith.addi %v4783, %v4787 : i64
        %v4789 = arith.muli %v4781, %v91 : i64
        %v4790 = arith.addi %v4789, %v4319 : i64
        %v4791 = arith.cmpi sge, %v4783, %v28 : i64
        %v4792 = arith.andi %v4785, %v4791 : i1
        %v4793 = arith.andi %v4792, %v4780 : i1
        %v4794 = llvm.getelementptr %v9[%v4790] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4795 = llvm.load %v4794 : !llvm.ptr<3> -> f32
        %v4796 = arith.addi %v4318, %v498 : i64
        %v4797 = arith.constant true
        %v4798 = arith.addi %v12, %v4796 : i64
        %v4799 = llvm.getelementptr %v8[%v4798] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4800 = llvm.load %v4799 : !llvm.ptr<3> -> i64
        %v4801 = arith.addi %v1559, %v4319 : i64
        %v4802 = arith.cmpi slt, %v4801, %size_L : i64
        %v4803 = arith.subi %size_L, %v1 : i64
        %v4804 = arith.minsi %v4801, %v4803 : i64
        %v4805 = arith.addi %v4800, %v4804 : i64
        %v4806 = arith.muli %v4798, %v91 : i64
        %v4807 = arith.addi %v4806, %v4319 : i64
        %v4808 = arith.cmpi sge, %v4800, %v28 : i64
        %v4809 = arith.andi %v4802, %v4808 : i1
        %v4810 = arith.andi %v4809, %v4797 : i1
        %v4811 = llvm.getelementptr %v9[%v4807] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4812 = llvm.load %v4811 : !llvm.ptr<3> -> f32
        %v4813 = arith.addi %v4318, %v513 : i64
        %v4814 = arith.constant true
        %v4815 = arith.addi %v12, %v4813 : i64
        %v4816 = llvm.getelementptr %v8[%v4815] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4817 = llvm.load %v4816 : !llvm.ptr<3> -> i64
        %v4818 = arith.addi %v1559, %v4319 : i64
        %v4819 = arith.cmpi slt, %v4818, %size_L : i64
        %v4820 = arith.subi %size_L, %v1 : i64
        %v4821 = arith.minsi %v4818, %v4820 : i64
        %v4822 = arith.addi %v4817, %v4821 : i64
        %v4823 = arith.muli %v4815, %v91 : i64
        %v4824 = arith.addi %v4823, %v4319 : i64
        %v4825 = arith.cmpi sge, %v4817, %v28 : i64
        %v4826 = arith.andi %v4819, %v4825 : i1
        %v4827 = arith.andi %v4826, %v4814 : i1
        %v4828 = llvm.getelementptr %v9[%v4824] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4829 = llvm.load %v4828 : !llvm.ptr<3> -> f32
        %v4830 = arith.addi %v4318, %v528 : i64
        %v4831 = arith.constant true
        %v4832 = arith.addi %v12, %v4830 : i64
        %v4833 = llvm.getelementptr %v8[%v4832] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4834 = llvm.load %v4833 : !llvm.ptr<3> -> i64
        %v4835 = arith.addi %v1559, %v4319 : i64
        %v4836 = arith.cmpi slt, %v4835, %size_L : i64
        %v4837 = arith.subi %size_L, %v1 : i64
        %v4838 = arith.minsi %v4835, %v4837 : i64
        %v4839 = arith.addi %v4834, %v4838 : i64
        %v4840 = arith.muli %v4832, %v91 : i64
        %v4841 = arith.addi %v4840, %v4319 : i64
        %v4842 = arith.cmpi sge, %v4834, %v28 : i64
        %v4843 = arith.andi %v4836, %v4842 : i1
        %v4844 = arith.andi %v4843, %v4831 : i1
        %v4845 = llvm.getelementptr %v9[%v4841] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4846 = llvm.load %v4845 : !llvm.ptr<3> -> f32
        %v4847 = arith.addi %v4318, %v543 : i64
        %v4848 = arith.constant true
        %v4849 = arith.addi %v12, %v4847 : i64
        %v4850 = llvm.getelementptr %v8[%v4849] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4851 = llvm.load %v4850 : !llvm.ptr<3> -> i64
        %v4852 = arith.addi %v1559, %v4319 : i64
        %v4853 = arith.cmpi slt, %v4852, %size_L : i64
        %v4854 = arith.subi %size_L, %v1 : i64
        %v4855 = arith.minsi %v4852, %v4854 : i64
        %v4856 = arith.addi %v4851, %v4855 : i64
        %v4857 = arith.muli %v4849, %v91 : i64
        %v4858 = arith.addi %v4857, %v4319 : i64
        %v4859 = arith.cmpi sge, %v4851, %v28 : i64
        %v4860 = arith.andi %v4853, %v4859 : i1
        %v4861 = arith.andi %v4860, %v4848 : i1
        %v4862 = llvm.getelementptr %v9[%v4858] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4863 = llvm.load %v4862 : !llvm.ptr<3> -> f32
        scf.if %v4334 {
          %v4864 = llvm.getelementptr %out_forecast[%v4329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4336, %v4864 : f32, !llvm.ptr
        }
        scf.if %v4351 {
          %v4865 = llvm.getelementptr %out_forecast[%v4346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4353, %v4865 : f32, !llvm.ptr
        }
        scf.if %v4368 {
          %v4866 = llvm.getelementptr %out_forecast[%v4363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4370, %v4866 : f32, !llvm.ptr
        }
        scf.if %v4385 {
          %v4867 = llvm.getelementptr %out_forecast[%v4380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4387, %v4867 : f32, !llvm.ptr
        }
        scf.if %v4402 {
          %v4868 = llvm.getelementptr %out_forecast[%v4397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4404, %v4868 : f32, !llvm.ptr
        }
        scf.if %v4419 {
          %v4869 = llvm.getelementptr %out_forecast[%v4414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4421, %v4869 : f32, !llvm.ptr
        }
        scf.if %v4436 {
          %v4870 = llvm.getelementptr %out_forecast[%v4431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4438, %v4870 : f32, !llvm.ptr
        }
        scf.if %v4453 {
          %v4871 = llvm.getelementptr %out_forecast[%v4448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4455, %v4871 : f32, !llvm.ptr
        }
        scf.if %v4470 {
          %v4872 = llvm.getelementptr %out_forecast[%v4465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4472, %v4872 : f32, !llvm.ptr
        }
        scf.if %v4487 {
          %v4873 = llvm.getelementptr %out_forecast[%v4482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4489, %v4873 : f32, !llvm.ptr
        }
        scf.if %v4504 {
          %v4874 = llvm.getelementptr %out_forecast[%v4499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4506, %v4874 : f32, !llvm.ptr
        }
        scf.if %v4521 {
          %v4875 = llvm.getelementptr %out_forecast[%v4516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4523, %v4875 : f32, !llvm.ptr
        }
        scf.if %v4538 {
          %v4876 = llvm.getelementptr %out_forecast[%v4533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4540, %v4876 : f32, !llvm.ptr
        }
        scf.if %v4555 {
          %v4877 = llvm.getelementptr %out_forecast[%v4550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4557, %v4877 : f32, !llvm.ptr
        }
        scf.if %v4572 {
          %v4878 = llvm.getelementptr %out_forecast[%v4567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4574, %v4878 : f32, !llvm.ptr
        }
        scf.if %v4589 {
          %v4879 = llvm.getelementptr %out_forecast[%v4584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4591, %v4879 : f32, !llvm.ptr
        }
        scf.if %v4606 {
          %v4880 = llvm.getelementptr %out_forecast[%v4601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4608, %v4880 : f32, !llvm.ptr
        }
        scf.if %v4623 {
          %v4881 = llvm.getelementptr %out_forecast[%v4618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4625, %v4881 : f32, !llvm.ptr
        }
        scf.if %v4640 {
          %v4882 = llvm.getelementptr %out_forecast[%v4635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4642, %v4882 : f32, !llvm.ptr
        }
        scf.if %v4657 {
          %v4883 = llvm.getelementptr %out_forecast[%v4652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4659, %v4883 : f32, !llvm.ptr
        }
        scf.if %v4674 {
          %v4884 = llvm.getelementptr %out_forecast[%v4669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4676, %v4884 : f32, !llvm.ptr
        }
        scf.if %v4691 {
          %v4885 = llvm.getelementptr %out_forecast[%v4686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4693, %v4885 : f32, !llvm.ptr
        }
        scf.if %v4708 {
          %v4886 = llvm.getelementptr %out_forecast[%v4703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4710, %v4886 : f32, !llvm.ptr
        }
        scf.if %v4725 {
          %v4887 = llvm.getelementptr %out_forecast[%v4720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4727, %v4887 : f32, !llvm.ptr
        }
        scf.if %v4742 {
          %v4888 = llvm.getelementptr %out_forecast[%v4737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4744, %v4888 : f32, !llvm.ptr
        }
        scf.if %v4759 {
          %v4889 = llvm.getelementptr %out_forecast[%v4754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4761, %v4889 : f32, !llvm.ptr
        }
        scf.if %v4776 {
          %v4890 = llvm.getelementptr %out_forecast[%v4771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4778, %v4890 : f32, !llvm.ptr
        }
        scf.if %v4793 {
          %v4891 = llvm.getelementptr %out_forecast[%v4788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4795, %v4891 : f32, !llvm.ptr
        }
        scf.if %v4810 {
          %v4892 = llvm.getelementptr %out_forecast[%v4805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4812, %v4892 : f32, !llvm.ptr
        }
        scf.if %v4827 {
          %v4893 = llvm.getelementptr %out_forecast[%v4822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4829, %v4893 : f32, !llvm.ptr
        }
        scf.if %v4844 {
          %v4894 = llvm.getelementptr %out_forecast[%v4839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4846, %v4894 : f32, !llvm.ptr
        }
        scf.if %v4861 {
          %v4895 = llvm.getelementptr %out_forecast[%v4856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4863, %v4895 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      gpu.return
    }
  }
}
