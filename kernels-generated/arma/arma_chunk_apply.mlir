module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_arma_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<320 x i64>
    llvm.mlir.global internal @smem_arma_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<10560 x f32>
    gpu.func @arma_chunk_apply(%in_e: !llvm.ptr, %in_phi1: !llvm.ptr, %in_phi2: !llvm.ptr, %in_theta1: !llvm.ptr, %in_theta2: !llvm.ptr, %out_y: !llvm.ptr, %out_forecast: !llvm.ptr, %carry_h: !llvm.ptr, %ckpt_h: !llvm.ptr, %carry_h_lag1: !llvm.ptr, %ckpt_h_lag1: !llvm.ptr, %carry_e_lag1: !llvm.ptr, %ckpt_e_lag1: !llvm.ptr, %carry_e_lag2: !llvm.ptr, %ckpt_e_lag2: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.mlir.addressof @rows_arma_chunk_apply : !llvm.ptr<3>
      %v9 = llvm.mlir.addressof @smem_arma_chunk_apply : !llvm.ptr<3>
      %v10 = arith.constant 255 : i64
      %v11 = arith.addi %size_L, %v10 : i64
      %v12 = arith.constant 256 : i64
      %v13 = arith.divui %v11, %v12 : i64
      %v18 = arith.constant 64 : i64
      %v33 = arith.constant 0 : i64
      %v34 = arith.muli %v1, %size_L : i64
      %v35 = arith.muli %v34, %size_D : i64
      %v57 = arith.constant 2 : i64
      %v66 = arith.constant -1 : i64
      %v68 = arith.constant 3 : i64
      %v78 = arith.constant 4 : i64
      %v117 = arith.constant 32 : i64
      %v130 = arith.constant 33 : i64
      %v163 = arith.constant 6 : i64
      %v178 = arith.constant 8 : i64
      %v193 = arith.constant 10 : i64
      %v208 = arith.constant 12 : i64
      %v223 = arith.constant 14 : i64
      %v238 = arith.constant 16 : i64
      %v253 = arith.constant 18 : i64
      %v268 = arith.constant 20 : i64
      %v283 = arith.constant 22 : i64
      %v298 = arith.constant 24 : i64
      %v313 = arith.constant 26 : i64
      %v328 = arith.constant 28 : i64
      %v343 = arith.constant 30 : i64
      %v372 = arith.constant 34 : i64
      %v387 = arith.constant 36 : i64
      %v402 = arith.constant 38 : i64
      %v417 = arith.constant 40 : i64
      %v432 = arith.constant 42 : i64
      %v447 = arith.constant 44 : i64
      %v462 = arith.constant 46 : i64
      %v477 = arith.constant 48 : i64
      %v492 = arith.constant 50 : i64
      %v507 = arith.constant 52 : i64
      %v522 = arith.constant 54 : i64
      %v537 = arith.constant 56 : i64
      %v552 = arith.constant 58 : i64
      %v567 = arith.constant 60 : i64
      %v582 = arith.constant 62 : i64
      %v1115 = arith.constant 128 : i64
      %v1605 = arith.muli %v1, %size_B : i64
      %v1606 = arith.muli %v1605, %size_D : i64
      %v1609 = arith.muli %v1, %size_D : i64
      %v1617 = arith.muli %v1, %size_B : i64
      %v1618 = arith.muli %v1617, %size_D : i64
      %v1628 = arith.muli %v1, %size_B : i64
      %v1629 = arith.muli %v1628, %size_D : i64
      %v1639 = arith.muli %v1, %size_B : i64
      %v1640 = arith.muli %v1639, %size_D : i64
      %v3043 = arith.constant 0x00000000 : f32
      %v3047 = arith.constant 0x3F800000 : f32
      %v3101 = arith.constant 192 : i64
      %v3116 = arith.constant 320 : i64
      %v3124 = arith.constant 384 : i64
      %v3132 = arith.constant 448 : i64
      %v3140 = arith.constant 512 : i64
      %v3148 = arith.constant 576 : i64
      %v3156 = arith.constant 640 : i64
      %v3164 = arith.constant 704 : i64
      %v3172 = arith.constant 768 : i64
      %v3180 = arith.constant 832 : i64
      %v3188 = arith.constant 896 : i64
      %v3196 = arith.constant 960 : i64
      %v3204 = arith.constant 1024 : i64
      %v3212 = arith.constant 1088 : i64
      %v3220 = arith.constant 1152 : i64
      %v3228 = arith.constant 1216 : i64
      %v3236 = arith.constant 1280 : i64
      %v3244 = arith.constant 1344 : i64
      %v3252 = arith.constant 1408 : i64
      %v3260 = arith.constant 1472 : i64
      %v3268 = arith.constant 1536 : i64
      %v3276 = arith.constant 1600 : i64
      %v3284 = arith.constant 1664 : i64
      %v3292 = arith.constant 1728 : i64
      %v3300 = arith.constant 1792 : i64
      %v3308 = arith.constant 1856 : i64
      %v3316 = arith.constant 1920 : i64
      %v3324 = arith.constant 1984 : i64
      %v14 = gpu.block_id x
      %v15 = gpu.thread_id x
      %v16 = arith.index_cast %v15 : index to i64
      %v17 = arith.index_cast %v14 : index to i64
      %v19 = arith.subi %v18, %v1 : i64
      %v20 = arith.addi %v3, %v19 : i64
      %v21 = arith.divui %v20, %v18 : i64
      %v22 = arith.divui %v17, %v21 : i64
      %v23 = arith.remui %v17, %v21 : i64
      %v24 = arith.muli %v23, %v18 : i64
      %v25 = arith.addi %v24, %v16 : i64
      %v26 = arith.cmpi slt, %v25, %v3 : i64
      %v27 = arith.subi %v3, %v1 : i64
      %v28 = arith.minsi %v25, %v27 : i64
      %v29 = arith.remui %v28, %size_D : i64
      %v30 = arith.divui %v28, %size_D : i64
      %v31 = arith.remui %v30, %size_B : i64
      %v32 = arith.divui %v30, %size_B : i64
      %v3031 = arith.muli %v29, %v1 : i64
      %v3032 = llvm.getelementptr %in_theta1[%v3031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3033 = llvm.load %v3032 : !llvm.ptr -> f32
      %v3037 = arith.muli %v29, %v1 : i64
      %v3038 = llvm.getelementptr %in_theta2[%v3037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3039 = llvm.load %v3038 : !llvm.ptr -> f32
      %v36 = arith.muli %v31, %v35 : i64
      %v37 = arith.muli %v29, %v34 : i64
      %v38 = arith.addi %v36, %v37 : i64
      %v39 = arith.muli %v33, %v1 : i64
      %v40 = arith.addi %v38, %v39 : i64
      %v41 = arith.muli %v33, %v18 : i64
      %v42 = arith.addi %v41, %v16 : i64
      %v43 = llvm.getelementptr %v8[%v42] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v40, %v43 : i64, !llvm.ptr<3>
      %v44 = arith.muli %v31, %v35 : i64
      %v45 = arith.muli %v29, %v34 : i64
      %v46 = arith.addi %v44, %v45 : i64
      %v47 = arith.muli %v33, %v1 : i64
      %v48 = arith.addi %v46, %v47 : i64
      %v49 = arith.muli %v1, %v18 : i64
      %v50 = arith.addi %v49, %v16 : i64
      %v51 = llvm.getelementptr %v8[%v50] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v48, %v51 : i64, !llvm.ptr<3>
      %v52 = arith.muli %v31, %v35 : i64
      %v53 = arith.muli %v29, %v34 : i64
      %v54 = arith.addi %v52, %v53 : i64
      %v55 = arith.muli %v33, %v1 : i64
      %v56 = arith.addi %v54, %v55 : i64
      %v58 = arith.muli %v57, %v18 : i64
      %v59 = arith.addi %v58, %v16 : i64
      %v60 = llvm.getelementptr %v8[%v59] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v56, %v60 : i64, !llvm.ptr<3>
      %v61 = arith.muli %v31, %v35 : i64
      %v62 = arith.muli %v29, %v34 : i64
      %v63 = arith.addi %v61, %v62 : i64
      %v64 = arith.muli %v33, %v1 : i64
      %v65 = arith.addi %v63, %v64 : i64
      %v67 = arith.select %v26, %v65, %v66 : i64
      %v69 = arith.muli %v68, %v18 : i64
      %v70 = arith.addi %v69, %v16 : i64
      %v71 = llvm.getelementptr %v8[%v70] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v67, %v71 : i64, !llvm.ptr<3>
      %v72 = arith.muli %v31, %v35 : i64
      %v73 = arith.muli %v29, %v34 : i64
      %v74 = arith.addi %v72, %v73 : i64
      %v75 = arith.muli %v33, %v1 : i64
      %v76 = arith.addi %v74, %v75 : i64
      %v77 = arith.select %v26, %v76, %v66 : i64
      %v79 = arith.muli %v78, %v18 : i64
      %v80 = arith.addi %v79, %v16 : i64
      %v81 = llvm.getelementptr %v8[%v80] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v77, %v81 : i64, !llvm.ptr<3>
      gpu.barrier
      %v82 = arith.muli %v22, %v3 : i64
      %v83 = arith.subi %v3, %v1 : i64
      %v84 = arith.minsi %v25, %v83 : i64
      %v85 = arith.addi %v82, %v84 : i64
      %v86 = arith.muli %v85, %v1 : i64
      %v87 = arith.addi %v86, %v33 : i64
      %v88 = llvm.getelementptr %carry_h[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v89 = llvm.load %v88 : !llvm.ptr -> f32
      llvm.store %v89, %v4 : f32, !llvm.ptr
      %v90 = arith.muli %v22, %v3 : i64
      %v91 = arith.subi %v3, %v1 : i64
      %v92 = arith.minsi %v25, %v91 : i64
      %v93 = arith.addi %v90, %v92 : i64
      %v94 = arith.muli %v93, %v1 : i64
      %v95 = arith.addi %v94, %v33 : i64
      %v96 = llvm.getelementptr %carry_h_lag1[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v97 = llvm.load %v96 : !llvm.ptr -> f32
      llvm.store %v97, %v5 : f32, !llvm.ptr
      %v98 = arith.muli %v22, %v3 : i64
      %v99 = arith.subi %v3, %v1 : i64
      %v100 = arith.minsi %v25, %v99 : i64
      %v101 = arith.addi %v98, %v100 : i64
      %v102 = arith.muli %v101, %v1 : i64
      %v103 = arith.addi %v102, %v33 : i64
      %v104 = llvm.getelementptr %carry_e_lag1[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v105 = llvm.load %v104 : !llvm.ptr -> f32
      llvm.store %v105, %v6 : f32, !llvm.ptr
      %v106 = arith.muli %v22, %v3 : i64
      %v107 = arith.subi %v3, %v1 : i64
      %v108 = arith.minsi %v25, %v107 : i64
      %v109 = arith.addi %v106, %v108 : i64
      %v110 = arith.muli %v109, %v1 : i64
      %v111 = arith.addi %v110, %v33 : i64
      %v112 = llvm.getelementptr %carry_e_lag2[%v111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v113 = llvm.load %v112 : !llvm.ptr -> f32
      llvm.store %v113, %v7 : f32, !llvm.ptr
      %v114 = arith.muli %v22, %v12 : i64
      %v115 = arith.addi %v114, %v12 : i64
      %v116 = arith.minsi %v115, %size_L : i64
      // staged load of `e`'s first tile: read, then shared memory
      %v118 = arith.divui %v16, %v117 : i64
      %v119 = arith.remui %v16, %v117 : i64
      %v120 = arith.addi %v118, %v33 : i64
      %v121 = arith.constant true
      %v122 = arith.addi %v33, %v120 : i64
      %v123 = llvm.getelementptr %v8[%v122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v124 = llvm.load %v123 : !llvm.ptr<3> -> i64
      %v125 = arith.addi %v114, %v119 : i64
      %v126 = arith.cmpi slt, %v125, %v116 : i64
      %v127 = arith.subi %size_L, %v1 : i64
      %v128 = arith.minsi %v125, %v127 : i64
      %v129 = arith.addi %v124, %v128 : i64
      %v131 = arith.muli %v122, %v130 : i64
      %v132 = arith.addi %v131, %v119 : i64
      %v133 = llvm.getelementptr %in_e[%v129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v134 = llvm.load %v133 : !llvm.ptr -> f32
      %v135 = arith.addi %v118, %v57 : i64
      %v136 = arith.constant true
      %v137 = arith.addi %v33, %v135 : i64
      %v138 = llvm.getelementptr %v8[%v137] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v139 = llvm.load %v138 : !llvm.ptr<3> -> i64
      %v140 = arith.addi %v114, %v119 : i64
      %v141 = arith.cmpi slt, %v140, %v116 : i64
      %v142 = arith.subi %size_L, %v1 : i64
      %v143 = arith.minsi %v140, %v142 : i64
      %v144 = arith.addi %v139, %v143 : i64
      %v145 = arith.muli %v137, %v130 : i64
      %v146 = arith.addi %v145, %v119 : i64
      %v147 = llvm.getelementptr %in_e[%v144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v148 = llvm.load %v147 : !llvm.ptr -> f32
      %v149 = arith.addi %v118, %v78 : i64
      %v150 = arith.constant true
      %v151 = arith.addi %v33, %v149 : i64
      %v152 = llvm.getelementptr %v8[%v151] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v153 = llvm.load %v152 : !llvm.ptr<3> -> i64
      %v154 = arith.addi %v114, %v119 : i64
      %v155 = arith.cmpi slt, %v154, %v116 : i64
      %v156 = arith.subi %size_L, %v1 : i64
      %v157 = arith.minsi %v154, %v156 : i64
      %v158 = arith.addi %v153, %v157 : i64
      %v159 = arith.muli %v151, %v130 : i64
      %v160 = arith.addi %v159, %v119 : i64
      %v161 = llvm.getelementptr %in_e[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v162 = llvm.load %v161 : !llvm.ptr -> f32
      %v164 = arith.addi %v118, %v163 : i64
      %v165 = arith.constant true
      %v166 = arith.addi %v33, %v164 : i64
      %v167 = llvm.getelementptr %v8[%v166] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v168 = llvm.load %v167 : !llvm.ptr<3> -> i64
      %v169 = arith.addi %v114, %v119 : i64
      %v170 = arith.cmpi slt, %v169, %v116 : i64
      %v171 = arith.subi %size_L, %v1 : i64
      %v172 = arith.minsi %v169, %v171 : i64
      %v173 = arith.addi %v168, %v172 : i64
      %v174 = arith.muli %v166, %v130 : i64
      %v175 = arith.addi %v174, %v119 : i64
      %v176 = llvm.getelementptr %in_e[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v177 = llvm.load %v176 : !llvm.ptr -> f32
      %v179 = arith.addi %v118, %v178 : i64
      %v180 = arith.constant true
      %v181 = arith.addi %v33, %v179 : i64
      %v182 = llvm.getelementptr %v8[%v181] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v183 = llvm.load %v182 : !llvm.ptr<3> -> i64
      %v184 = arith.addi %v114, %v119 : i64
      %v185 = arith.cmpi slt, %v184, %v116 : i64
      %v186 = arith.subi %size_L, %v1 : i64
      %v187 = arith.minsi %v184, %v186 : i64
      %v188 = arith.addi %v183, %v187 : i64
      %v189 = arith.muli %v181, %v130 : i64
      %v190 = arith.addi %v189, %v119 : i64
      %v191 = llvm.getelementptr %in_e[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v192 = llvm.load %v191 : !llvm.ptr -> f32
      %v194 = arith.addi %v118, %v193 : i64
      %v195 = arith.constant true
      %v196 = arith.addi %v33, %v194 : i64
      %v197 = llvm.getelementptr %v8[%v196] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v198 = llvm.load %v197 : !llvm.ptr<3> -> i64
      %v199 = arith.addi %v114, %v119 : i64
      %v200 = arith.cmpi slt, %v199, %v116 : i64
      %v201 = arith.subi %size_L, %v1 : i64
      %v202 = arith.minsi %v199, %v201 : i64
      %v203 = arith.addi %v198, %v202 : i64
      %v204 = arith.muli %v196, %v130 : i64
      %v205 = arith.addi %v204, %v119 : i64
      %v206 = llvm.getelementptr %in_e[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v207 = llvm.load %v206 : !llvm.ptr -> f32
      %v209 = arith.addi %v118, %v208 : i64
      %v210 = arith.constant true
      %v211 = arith.addi %v33, %v209 : i64
      %v212 = llvm.getelementptr %v8[%v211] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v213 = llvm.load %v212 : !llvm.ptr<3> -> i64
      %v214 = arith.addi %v114, %v119 : i64
      %v215 = arith.cmpi slt, %v214, %v116 : i64
      %v216 = arith.subi %size_L, %v1 : i64
      %v217 = arith.minsi %v214, %v216 : i64
      %v218 = arith.addi %v213, %v217 : i64
      %v219 = arith.muli %v211, %v130 : i64
      %v220 = arith.addi %v219, %v119 : i64
      %v221 = llvm.getelementptr %in_e[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v222 = llvm.load %v221 : !llvm.ptr -> f32
      %v224 = arith.addi %v118, %v223 : i64
      %v225 = arith.constant true
      %v226 = arith.addi %v33, %v224 : i64
      %v227 = llvm.getelementptr %v8[%v226] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v228 = llvm.load %v227 : !llvm.ptr<3> -> i64
      %v229 = arith.addi %v114, %v119 : i64
      %v230 = arith.cmpi slt, %v229, %v116 : i64
      %v231 = arith.subi %size_L, %v1 : i64
      %v232 = arith.minsi %v229, %v231 : i64
      %v233 = arith.addi %v228, %v232 : i64
      %v234 = arith.muli %v226, %v130 : i64
      %v235 = arith.addi %v234, %v119 : i64
      %v236 = llvm.getelementptr %in_e[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v237 = llvm.load %v236 : !llvm.ptr -> f32
      %v239 = arith.addi %v118, %v238 : i64
      %v240 = arith.constant true
      %v241 = arith.addi %v33, %v239 : i64
      %v242 = llvm.getelementptr %v8[%v241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v243 = llvm.load %v242 : !llvm.ptr<3> -> i64
      %v244 = arith.addi %v114, %v119 : i64
      %v245 = arith.cmpi slt, %v244, %v116 : i64
      %v246 = arith.subi %size_L, %v1 : i64
      %v247 = arith.minsi %v244, %v246 : i64
      %v248 = arith.addi %v243, %v247 : i64
      %v249 = arith.muli %v241, %v130 : i64
      %v250 = arith.addi %v249, %v119 : i64
      %v251 = llvm.getelementptr %in_e[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v252 = llvm.load %v251 : !llvm.ptr -> f32
      %v254 = arith.addi %v118, %v253 : i64
      %v255 = arith.constant true
      %v256 = arith.addi %v33, %v254 : i64
      %v257 = llvm.getelementptr %v8[%v256] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v258 = llvm.load %v257 : !llvm.ptr<3> -> i64
      %v259 = arith.addi %v114, %v119 : i64
      %v260 = arith.cmpi slt, %v259, %v116 : i64
      %v261 = arith.subi %size_L, %v1 : i64
      %v262 = arith.minsi %v259, %v261 : i64
      %v263 = arith.addi %v258, %v262 : i64
      %v264 = arith.muli %v256, %v130 : i64
      %v265 = arith.addi %v264, %v119 : i64
      %v266 = llvm.getelementptr %in_e[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v267 = llvm.load %v266 : !llvm.ptr -> f32
      %v269 = arith.addi %v118, %v268 : i64
      %v270 = arith.constant true
      %v271 = arith.addi %v33, %v269 : i64
      %v272 = llvm.getelementptr %v8[%v271] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v273 = llvm.load %v272 : !llvm.ptr<3> -> i64
      %v274 = arith.addi %v114, %v119 : i64
      %v275 = arith.cmpi slt, %v274, %v116 : i64
      %v276 = arith.subi %size_L, %v1 : i64
      %v277 = arith.minsi %v274, %v276 : i64
      %v278 = arith.addi %v273, %v277 : i64
      %v279 = arith.muli %v271, %v130 : i64
      %v280 = arith.addi %v279, %v119 : i64
      %v281 = llvm.getelementptr %in_e[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v282 = llvm.load %v281 : !llvm.ptr -> f32
      %v284 = arith.addi %v118, %v283 : i64
      %v285 = arith.constant true
      %v286 = arith.addi %v33, %v284 : i64
      %v287 = llvm.getelementptr %v8[%v286] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v288 = llvm.load %v287 : !llvm.ptr<3> -> i64
      %v289 = arith.addi %v114, %v119 : i64
      %v290 = arith.cmpi slt, %v289, %v116 : i64
      %v291 = arith.subi %size_L, %v1 : i64
      %v292 = arith.minsi %v289, %v291 : i64
      %v293 = arith.addi %v288, %v292 : i64
      %v294 = arith.muli %v286, %v130 : i64
      %v295 = arith.addi %v294, %v119 : i64
      %v296 = llvm.getelementptr %in_e[%v293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v297 = llvm.load %v296 : !llvm.ptr -> f32
      %v299 = arith.addi %v118, %v298 : i64
      %v300 = arith.constant true
      %v301 = arith.addi %v33, %v299 : i64
      %v302 = llvm.getelementptr %v8[%v301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v303 = llvm.load %v302 : !llvm.ptr<3> -> i64
      %v304 = arith.addi %v114, %v119 : i64
      %v305 = arith.cmpi slt, %v304, %v116 : i64
      %v306 = arith.subi %size_L, %v1 : i64
      %v307 = arith.minsi %v304, %v306 : i64
      %v308 = arith.addi %v303, %v307 : i64
      %v309 = arith.muli %v301, %v130 : i64
      %v310 = arith.addi %v309, %v119 : i64
      %v311 = llvm.getelementptr %in_e[%v308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v312 = llvm.load %v311 : !llvm.ptr -> f32
      %v314 = arith.addi %v118, %v313 : i64
      %v315 = arith.constant true
      %v316 = arith.addi %v33, %v314 : i64
      %v317 = llvm.getelementptr %v8[%v316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v318 = llvm.load %v317 : !llvm.ptr<3> -> i64
      %v319 = arith.addi %v114, %v119 : i64
      %v320 = arith.cmpi slt, %v319, %v116 : i64
      %v321 = arith.subi %size_L, %v1 : i64
      %v322 = arith.minsi %v319, %v321 : i64
      %v323 = arith.addi %v318, %v322 : i64
      %v324 = arith.muli %v316, %v130 : i64
      %v325 = arith.addi %v324, %v119 : i64
      %v326 = llvm.getelementptr %in_e[%v323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v327 = llvm.load %v326 : !llvm.ptr -> f32
      %v329 = arith.addi %v118, %v328 : i64
      %v330 = arith.constant true
      %v331 = arith.addi %v33, %v329 : i64
      %v332 = llvm.getelementptr %v8[%v331] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v333 = llvm.load %v332 : !llvm.ptr<3> -> i64
      %v334 = arith.addi %v114, %v119 : i64
      %v335 = arith.cmpi slt, %v334, %v116 : i64
      %v336 = arith.subi %size_L, %v1 : i64
      %v337 = arith.minsi %v334, %v336 : i64
      %v338 = arith.addi %v333, %v337 : i64
      %v339 = arith.muli %v331, %v130 : i64
      %v340 = arith.addi %v339, %v119 : i64
      %v341 = llvm.getelementptr %in_e[%v338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v342 = llvm.load %v341 : !llvm.ptr -> f32
      %v344 = arith.addi %v118, %v343 : i64
      %v345 = arith.constant true
      %v346 = arith.addi %v33, %v344 : i64
      %v347 = llvm.getelementptr %v8[%v346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v348 = llvm.load %v347 : !llvm.ptr<3> -> i64
      %v349 = arith.addi %v114, %v119 : i64
      %v350 = arith.cmpi slt, %v349, %v116 : i64
      %v351 = arith.subi %size_L, %v1 : i64
      %v352 = arith.minsi %v349, %v351 : i64
      %v353 = arith.addi %v348, %v352 : i64
      %v354 = arith.muli %v346, %v130 : i64
      %v355 = arith.addi %v354, %v119 : i64
      %v356 = llvm.getelementptr %in_e[%v353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v357 = llvm.load %v356 : !llvm.ptr -> f32
      %v358 = arith.addi %v118, %v117 : i64
      %v359 = arith.constant true
      %v360 = arith.addi %v33, %v358 : i64
      %v361 = llvm.getelementptr %v8[%v360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v362 = llvm.load %v361 : !llvm.ptr<3> -> i64
      %v363 = arith.addi %v114, %v119 : i64
      %v364 = arith.cmpi slt, %v363, %v116 : i64
      %v365 = arith.subi %size_L, %v1 : i64
      %v366 = arith.minsi %v363, %v365 : i64
      %v367 = arith.addi %v362, %v366 : i64
      %v368 = arith.muli %v360, %v130 : i64
      %v369 = arith.addi %v368, %v119 : i64
      %v370 = llvm.getelementptr %in_e[%v367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v371 = llvm.load %v370 : !llvm.ptr -> f32
      %v373 = arith.addi %v118, %v372 : i64
      %v374 = arith.constant true
      %v375 = arith.addi %v33, %v373 : i64
      %v376 = llvm.getelementptr %v8[%v375] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v377 = llvm.load %v376 : !llvm.ptr<3> -> i64
      %v378 = arith.addi %v114, %v119 : i64
      %v379 = arith.cmpi slt, %v378, %v116 : i64
      %v380 = arith.subi %size_L, %v1 : i64
      %v381 = arith.minsi %v378, %v380 : i64
      %v382 = arith.addi %v377, %v381 : i64
      %v383 = arith.muli %v375, %v130 : i64
      %v384 = arith.addi %v383, %v119 : i64
      %v385 = llvm.getelementptr %in_e[%v382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v386 = llvm.load %v385 : !llvm.ptr -> f32
      %v388 = arith.addi %v118, %v387 : i64
      %v389 = arith.constant true
      %v390 = arith.addi %v33, %v388 : i64
      %v391 = llvm.getelementptr %v8[%v390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v392 = llvm.load %v391 : !llvm.ptr<3> -> i64
      %v393 = arith.addi %v114, %v119 : i64
      %v394 = arith.cmpi slt, %v393, %v116 : i64
      %v395 = arith.subi %size_L, %v1 : i64
      %v396 = arith.minsi %v393, %v395 : i64
      %v397 = arith.addi %v392, %v396 : i64
      %v398 = arith.muli %v390, %v130 : i64
      %v399 = arith.addi %v398, %v119 : i64
      %v400 = llvm.getelementptr %in_e[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v401 = llvm.load %v400 : !llvm.ptr -> f32
      %v403 = arith.addi %v118, %v402 : i64
      %v404 = arith.constant true
      %v405 = arith.addi %v33, %v403 : i64
      %v406 = llvm.getelementptr %v8[%v405] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v407 = llvm.load %v406 : !llvm.ptr<3> -> i64
      %v408 = arith.addi %v114, %v119 : i64
      %v409 = arith.cmpi slt, %v408, %v116 : i64
      %v410 = arith.subi %size_L, %v1 : i64
      %v411 = arith.minsi %v408, %v410 : i64
      %v412 = arith.addi %v407, %v411 : i64
      %v413 = arith.muli %v405, %v130 : i64
      %v414 = arith.addi %v413, %v119 : i64
      %v415 = llvm.getelementptr %in_e[%v412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v416 = llvm.load %v415 : !llvm.ptr -> f32
      %v418 = arith.addi %v118, %v417 : i64
      %v419 = arith.constant true
      %v420 = arith.addi %v33, %v418 : i64
      %v421 = llvm.getelementptr %v8[%v420] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v422 = llvm.load %v421 : !llvm.ptr<3> -> i64
      %v423 = arith.addi %v114, %v119 : i64
      %v424 = arith.cmpi slt, %v423, %v116 : i64
      %v425 = arith.subi %size_L, %v1 : i64
      %v426 = arith.minsi %v423, %v425 : i64
      %v427 = arith.addi %v422, %v426 : i64
      %v428 = arith.muli %v420, %v130 : i64
      %v429 = arith.addi %v428, %v119 : i64
      %v430 = llvm.getelementptr %in_e[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v431 = llvm.load %v430 : !llvm.ptr -> f32
      %v433 = arith.addi %v118, %v432 : i64
      %v434 = arith.constant true
      %v435 = arith.addi %v33, %v433 : i64
      %v436 = llvm.getelementptr %v8[%v435] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v437 = llvm.load %v436 : !llvm.ptr<3> -> i64
      %v438 = arith.addi %v114, %v119 : i64
      %v439 = arith.cmpi slt, %v438, %v116 : i64
      %v440 = arith.subi %size_L, %v1 : i64
      %v441 = arith.minsi %v438, %v440 : i64
      %v442 = arith.addi %v437, %v441 : i64
      %v443 = arith.muli %v435, %v130 : i64
      %v444 = arith.addi %v443, %v119 : i64
      %v445 = llvm.getelementptr %in_e[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v446 = llvm.load %v445 : !llvm.ptr -> f32
      %v448 = arith.addi %v118, %v447 : i64
      %v449 = arith.constant true
      %v450 = arith.addi %v33, %v448 : i64
      %v451 = llvm.getelementptr %v8[%v450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v452 = llvm.load %v451 : !llvm.ptr<3> -> i64
      %v453 = arith.addi %v114, %v119 : i64
      %v454 = arith.cmpi slt, %v453, %v116 : i64
      %v455 = arith.subi %size_L, %v1 : i64
      %v456 = arith.minsi %v453, %v455 : i64
      %v457 = arith.addi %v452, %v456 : i64
      %v458 = arith.muli %v450, %v130 : i64
      %v459 = arith.addi %v458, %v119 : i64
      %v460 = llvm.getelementptr %in_e[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v461 = llvm.load %v460 : !llvm.ptr -> f32
      %v463 = arith.addi %v118, %v462 : i64
      %v464 = arith.constant true
      %v465 = arith.addi %v33, %v463 : i64
      %v466 = llvm.getelementptr %v8[%v465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v467 = llvm.load %v466 : !llvm.ptr<3> -> i64
      %v468 = arith.addi %v114, %v119 : i64
      %v469 = arith.cmpi slt, %v468, %v116 : i64
      %v470 = arith.subi %size_L, %v1 : i64
      %v471 = arith.minsi %v468, %v470 : i64
      %v472 = arith.addi %v467, %v471 : i64
      %v473 = arith.muli %v465, %v130 : i64
      %v474 = arith.addi %v473, %v119 : i64
      %v475 = llvm.getelementptr %in_e[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v476 = llvm.load %v475 : !llvm.ptr -> f32
      %v478 = arith.addi %v118, %v477 : i64
      %v479 = arith.constant true
      %v480 = arith.addi %v33, %v478 : i64
      %v481 = llvm.getelementptr %v8[%v480] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v482 = llvm.load %v481 : !llvm.ptr<3> -> i64
      %v483 = arith.addi %v114, %v119 : i64
      %v484 = arith.cmpi slt, %v483, %v116 : i64
      %v485 = arith.subi %size_L, %v1 : i64
      %v486 = arith.minsi %v483, %v485 : i64
      %v487 = arith.addi %v482, %v486 : i64
      %v488 = arith.muli %v480, %v130 : i64
      %v489 = arith.addi %v488, %v119 : i64
      %v490 = llvm.getelementptr %in_e[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v491 = llvm.load %v490 : !llvm.ptr -> f32
      %v493 = arith.addi %v118, %v492 : i64
      %v494 = arith.constant true
      %v495 = arith.addi %v33, %v493 : i64
      %v496 = llvm.getelementptr %v8[%v495] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v497 = llvm.load %v496 : !llvm.ptr<3> -> i64
      %v498 = arith.addi %v114, %v119 : i64
      %v499 = arith.cmpi slt, %v498, %v116 : i64
      %v500 = arith.subi %size_L, %v1 : i64
      %v501 = arith.minsi %v498, %v500 : i64
      %v502 = arith.addi %v497, %v501 : i64
      %v503 = arith.muli %v495, %v130 : i64
      %v504 = arith.addi %v503, %v119 : i64
      %v505 = llvm.getelementptr %in_e[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v506 = llvm.load %v505 : !llvm.ptr -> f32
      %v508 = arith.addi %v118, %v507 : i64
      %v509 = arith.constant true
      %v510 = arith.addi %v33, %v508 : i64
      %v511 = llvm.getelementptr %v8[%v510] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v512 = llvm.load %v511 : !llvm.ptr<3> -> i64
      %v513 = arith.addi %v114, %v119 : i64
      %v514 = arith.cmpi slt, %v513, %v116 : i64
      %v515 = arith.subi %size_L, %v1 : i64
      %v516 = arith.minsi %v513, %v515 : i64
      %v517 = arith.addi %v512, %v516 : i64
      %v518 = arith.muli %v510, %v130 : i64
      %v519 = arith.addi %v518, %v119 : i64
      %v520 = llvm.getelementptr %in_e[%v517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v521 = llvm.load %v520 : !llvm.ptr -> f32
      %v523 = arith.addi %v118, %v522 : i64
      %v524 = arith.constant true
      %v525 = arith.addi %v33, %v523 : i64
      %v526 = llvm.getelementptr %v8[%v525] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v527 = llvm.load %v526 : !llvm.ptr<3> -> i64
      %v528 = arith.addi %v114, %v119 : i64
      %v529 = arith.cmpi slt, %v528, %v116 : i64
      %v530 = arith.subi %size_L, %v1 : i64
      %v531 = arith.minsi %v528, %v530 : i64
      %v532 = arith.addi %v527, %v531 : i64
      %v533 = arith.muli %v525, %v130 : i64
      %v534 = arith.addi %v533, %v119 : i64
      %v535 = llvm.getelementptr %in_e[%v532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v536 = llvm.load %v535 : !llvm.ptr -> f32
      %v538 = arith.addi %v118, %v537 : i64
      %v539 = arith.constant true
      %v540 = arith.addi %v33, %v538 : i64
      %v541 = llvm.getelementptr %v8[%v540] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v542 = llvm.load %v541 : !llvm.ptr<3> -> i64
      %v543 = arith.addi %v114, %v119 : i64
      %v544 = arith.cmpi slt, %v543, %v116 : i64
      %v545 = arith.subi %size_L, %v1 : i64
      %v546 = arith.minsi %v543, %v545 : i64
      %v547 = arith.addi %v542, %v546 : i64
      %v548 = arith.muli %v540, %v130 : i64
      %v549 = arith.addi %v548, %v119 : i64
      %v550 = llvm.getelementptr %in_e[%v547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v551 = llvm.load %v550 : !llvm.ptr -> f32
      %v553 = arith.addi %v118, %v552 : i64
      %v554 = arith.constant true
      %v555 = arith.addi %v33, %v553 : i64
      %v556 = llvm.getelementptr %v8[%v555] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v557 = llvm.load %v556 : !llvm.ptr<3> -> i64
      %v558 = arith.addi %v114, %v119 : i64
      %v559 = arith.cmpi slt, %v558, %v116 : i64
      %v560 = arith.subi %size_L, %v1 : i64
      %v561 = arith.minsi %v558, %v560 : i64
      %v562 = arith.addi %v557, %v561 : i64
      %v563 = arith.muli %v555, %v130 : i64
      %v564 = arith.addi %v563, %v119 : i64
      %v565 = llvm.getelementptr %in_e[%v562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v566 = llvm.load %v565 : !llvm.ptr -> f32
      %v568 = arith.addi %v118, %v567 : i64
      %v569 = arith.constant true
      %v570 = arith.addi %v33, %v568 : i64
      %v571 = llvm.getelementptr %v8[%v570] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v572 = llvm.load %v571 : !llvm.ptr<3> -> i64
      %v573 = arith.addi %v114, %v119 : i64
      %v574 = arith.cmpi slt, %v573, %v116 : i64
      %v575 = arith.subi %size_L, %v1 : i64
      %v576 = arith.minsi %v573, %v575 : i64
      %v577 = arith.addi %v572, %v576 : i64
      %v578 = arith.muli %v570, %v130 : i64
      %v579 = arith.addi %v578, %v119 : i64
      %v580 = llvm.getelementptr %in_e[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v581 = llvm.load %v580 : !llvm.ptr -> f32
      %v583 = arith.addi %v118, %v582 : i64
      %v584 = arith.constant true
      %v585 = arith.addi %v33, %v583 : i64
      %v586 = llvm.getelementptr %v8[%v585] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v587 = llvm.load %v586 : !llvm.ptr<3> -> i64
      %v588 = arith.addi %v114, %v119 : i64
      %v589 = arith.cmpi slt, %v588, %v116 : i64
      %v590 = arith.subi %size_L, %v1 : i64
      %v591 = arith.minsi %v588, %v590 : i64
      %v592 = arith.addi %v587, %v591 : i64
      %v593 = arith.muli %v585, %v130 : i64
      %v594 = arith.addi %v593, %v119 : i64
      %v595 = llvm.getelementptr %in_e[%v592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v596 = llvm.load %v595 : !llvm.ptr -> f32
      scf.if %v121 {
        %v597 = llvm.getelementptr %v9[%v132] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v134, %v597 : f32, !llvm.ptr<3>
      }
      scf.if %v136 {
        %v598 = llvm.getelementptr %v9[%v146] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v148, %v598 : f32, !llvm.ptr<3>
      }
      scf.if %v150 {
        %v599 = llvm.getelementptr %v9[%v160] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v162, %v599 : f32, !llvm.ptr<3>
      }
      scf.if %v165 {
        %v600 = llvm.getelementptr %v9[%v175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v177, %v600 : f32, !llvm.ptr<3>
      }
      scf.if %v180 {
        %v601 = llvm.getelementptr %v9[%v190] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v192, %v601 : f32, !llvm.ptr<3>
      }
      scf.if %v195 {
        %v602 = llvm.getelementptr %v9[%v205] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v207, %v602 : f32, !llvm.ptr<3>
      }
      scf.if %v210 {
        %v603 = llvm.getelementptr %v9[%v220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v222, %v603 : f32, !llvm.ptr<3>
      }
      scf.if %v225 {
        %v604 = llvm.getelementptr %v9[%v235] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v237, %v604 : f32, !llvm.ptr<3>
      }
      scf.if %v240 {
        %v605 = llvm.getelementptr %v9[%v250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v252, %v605 : f32, !llvm.ptr<3>
      }
      scf.if %v255 {
        %v606 = llvm.getelementptr %v9[%v265] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v267, %v606 : f32, !llvm.ptr<3>
      }
      scf.if %v270 {
        %v607 = llvm.getelementptr %v9[%v280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v282, %v607 : f32, !llvm.ptr<3>
      }
      scf.if %v285 {
        %v608 = llvm.getelementptr %v9[%v295] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v297, %v608 : f32, !llvm.ptr<3>
      }
      scf.if %v300 {
        %v609 = llvm.getelementptr %v9[%v310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v312, %v609 : f32, !llvm.ptr<3>
      }
      scf.if %v315 {
        %v610 = llvm.getelementptr %v9[%v325] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v327, %v610 : f32, !llvm.ptr<3>
      }
      scf.if %v330 {
        %v611 = llvm.getelementptr %v9[%v340] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v342, %v611 : f32, !llvm.ptr<3>
      }
      scf.if %v345 {
        %v612 = llvm.getelementptr %v9[%v355] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v357, %v612 : f32, !llvm.ptr<3>
      }
      scf.if %v359 {
        %v613 = llvm.getelementptr %v9[%v369] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v371, %v613 : f32, !llvm.ptr<3>
      }
      scf.if %v374 {
        %v614 = llvm.getelementptr %v9[%v384] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v386, %v614 : f32, !llvm.ptr<3>
      }
      scf.if %v389 {
        %v615 = llvm.getelementptr %v9[%v399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v401, %v615 : f32, !llvm.ptr<3>
      }
      scf.if %v404 {
        %v616 = llvm.getelementptr %v9[%v414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v416, %v616 : f32, !llvm.ptr<3>
      }
      scf.if %v419 {
        %v617 = llvm.getelementptr %v9[%v429] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v431, %v617 : f32, !llvm.ptr<3>
      }
      scf.if %v434 {
        %v618 = llvm.getelementptr %v9[%v444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v446, %v618 : f32, !llvm.ptr<3>
      }
      scf.if %v449 {
        %v619 = llvm.getelementptr %v9[%v459] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v461, %v619 : f32, !llvm.ptr<3>
      }
      scf.if %v464 {
        %v620 = llvm.getelementptr %v9[%v474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v476, %v620 : f32, !llvm.ptr<3>
      }
      scf.if %v479 {
        %v621 = llvm.getelementptr %v9[%v489] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v491, %v621 : f32, !llvm.ptr<3>
      }
      scf.if %v494 {
        %v622 = llvm.getelementptr %v9[%v504] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v506, %v622 : f32, !llvm.ptr<3>
      }
      scf.if %v509 {
        %v623 = llvm.getelementptr %v9[%v519] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v521, %v623 : f32, !llvm.ptr<3>
      }
      scf.if %v524 {
        %v624 = llvm.getelementptr %v9[%v534] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v536, %v624 : f32, !llvm.ptr<3>
      }
      scf.if %v539 {
        %v625 = llvm.getelementptr %v9[%v549] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v551, %v625 : f32, !llvm.ptr<3>
      }
      scf.if %v554 {
        %v626 = llvm.getelementptr %v9[%v564] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v566, %v626 : f32, !llvm.ptr<3>
      }
      scf.if %v569 {
        %v627 = llvm.getelementptr %v9[%v579] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v581, %v627 : f32, !llvm.ptr<3>
      }
      scf.if %v584 {
        %v628 = llvm.getelementptr %v9[%v594] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v596, %v628 : f32, !llvm.ptr<3>
      }
      // end staged load of `e`
      // staged load of `phi1`'s first tile: read, then shared memory
      %v629 = arith.divui %v16, %v117 : i64
      %v630 = arith.remui %v16, %v117 : i64
      %v631 = arith.addi %v629, %v33 : i64
      %v632 = arith.constant true
      %v633 = arith.addi %v18, %v631 : i64
      %v634 = llvm.getelementptr %v8[%v633] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v635 = llvm.load %v634 : !llvm.ptr<3> -> i64
      %v636 = arith.addi %v114, %v630 : i64
      %v637 = arith.cmpi slt, %v636, %v116 : i64
      %v638 = arith.subi %size_L, %v1 : i64
      %v639 = arith.minsi %v636, %v638 : i64
      %v640 = arith.addi %v635, %v639 : i64
      %v641 = arith.muli %v633, %v130 : i64
      %v642 = arith.addi %v641, %v630 : i64
      %v643 = llvm.getelementptr %in_phi1[%v640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v644 = llvm.load %v643 : !llvm.ptr -> f32
      %v645 = arith.addi %v629, %v57 : i64
      %v646 = arith.constant true
      %v647 = arith.addi %v18, %v645 : i64
      %v648 = llvm.getelementptr %v8[%v647] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v649 = llvm.load %v648 : !llvm.ptr<3> -> i64
      %v650 = arith.addi %v114, %v630 : i64
      %v651 = arith.cmpi slt, %v650, %v116 : i64
      %v652 = arith.subi %size_L, %v1 : i64
      %v653 = arith.minsi %v650, %v652 : i64
      %v654 = arith.addi %v649, %v653 : i64
      %v655 = arith.muli %v647, %v130 : i64
      %v656 = arith.addi %v655, %v630 : i64
      %v657 = llvm.getelementptr %in_phi1[%v654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v658 = llvm.load %v657 : !llvm.ptr -> f32
      %v659 = arith.addi %v629, %v78 : i64
      %v660 = arith.constant true
      %v661 = arith.addi %v18, %v659 : i64
      %v662 = llvm.getelementptr %v8[%v661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v663 = llvm.load %v662 : !llvm.ptr<3> -> i64
      %v664 = arith.addi %v114, %v630 : i64
      %v665 = arith.cmpi slt, %v664, %v116 : i64
      %v666 = arith.subi %size_L, %v1 : i64
      %v667 = arith.minsi %v664, %v666 : i64
      %v668 = arith.addi %v663, %v667 : i64
      %v669 = arith.muli %v661, %v130 : i64
      %v670 = arith.addi %v669, %v630 : i64
      %v671 = llvm.getelementptr %in_phi1[%v668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v672 = llvm.load %v671 : !llvm.ptr -> f32
      %v673 = arith.addi %v629, %v163 : i64
      %v674 = arith.constant true
      %v675 = arith.addi %v18, %v673 : i64
      %v676 = llvm.getelementptr %v8[%v675] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v677 = llvm.load %v676 : !llvm.ptr<3> -> i64
      %v678 = arith.addi %v114, %v630 : i64
      %v679 = arith.cmpi slt, %v678, %v116 : i64
      %v680 = arith.subi %size_L, %v1 : i64
      %v681 = arith.minsi %v678, %v680 : i64
      %v682 = arith.addi %v677, %v681 : i64
      %v683 = arith.muli %v675, %v130 : i64
      %v684 = arith.addi %v683, %v630 : i64
      %v685 = llvm.getelementptr %in_phi1[%v682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v686 = llvm.load %v685 : !llvm.ptr -> f32
      %v687 = arith.addi %v629, %v178 : i64
      %v688 = arith.constant true
      %v689 = arith.addi %v18, %v687 : i64
      %v690 = llvm.getelementptr %v8[%v689] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v691 = llvm.load %v690 : !llvm.ptr<3> -> i64
      %v692 = arith.addi %v114, %v630 : i64
      %v693 = arith.cmpi slt, %v692, %v116 : i64
      %v694 = arith.subi %size_L, %v1 : i64
      %v695 = arith.minsi %v692, %v694 : i64
      %v696 = arith.addi %v691, %v695 : i64
      %v697 = arith.muli %v689, %v130 : i64
      %v698 = arith.addi %v697, %v630 : i64
      %v699 = llvm.getelementptr %in_phi1[%v696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v700 = llvm.load %v699 : !llvm.ptr -> f32
      %v701 = arith.addi %v629, %v193 : i64
      %v702 = arith.constant true
      %v703 = arith.addi %v18, %v701 : i64
      %v704 = llvm.getelementptr %v8[%v703] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v705 = llvm.load %v704 : !llvm.ptr<3> -> i64
      %v706 = arith.addi %v114, %v630 : i64
      %v707 = arith.cmpi slt, %v706, %v116 : i64
      %v708 = arith.subi %size_L, %v1 : i64
      %v709 = arith.minsi %v706, %v708 : i64
      %v710 = arith.addi %v705, %v709 : i64
      %v711 = arith.muli %v703, %v130 : i64
      %v712 = arith.addi %v711, %v630 : i64
      %v713 = llvm.getelementptr %in_phi1[%v710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v714 = llvm.load %v713 : !llvm.ptr -> f32
      %v715 = arith.addi %v629, %v208 : i64
      %v716 = arith.constant true
      %v717 = arith.addi %v18, %v715 : i64
      %v718 = llvm.getelementptr %v8[%v717] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v719 = llvm.load %v718 : !llvm.ptr<3> -> i64
      %v720 = arith.addi %v114, %v630 : i64
      %v721 = arith.cmpi slt, %v720, %v116 : i64
      %v722 = arith.subi %size_L, %v1 : i64
      %v723 = arith.minsi %v720, %v722 : i64
      %v724 = arith.addi %v719, %v723 : i64
      %v725 = arith.muli %v717, %v130 : i64
      %v726 = arith.addi %v725, %v630 : i64
      %v727 = llvm.getelementptr %in_phi1[%v724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v728 = llvm.load %v727 : !llvm.ptr -> f32
      %v729 = arith.addi %v629, %v223 : i64
      %v730 = arith.constant true
      %v731 = arith.addi %v18, %v729 : i64
      %v732 = llvm.getelementptr %v8[%v731] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v733 = llvm.load %v732 : !llvm.ptr<3> -> i64
      %v734 = arith.addi %v114, %v630 : i64
      %v735 = arith.cmpi slt, %v734, %v116 : i64
      %v736 = arith.subi %size_L, %v1 : i64
      %v737 = arith.minsi %v734, %v736 : i64
      %v738 = arith.addi %v733, %v737 : i64
      %v739 = arith.muli %v731, %v130 : i64
      %v740 = arith.addi %v739, %v630 : i64
      %v741 = llvm.getelementptr %in_phi1[%v738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v742 = llvm.load %v741 : !llvm.ptr -> f32
      %v743 = arith.addi %v629, %v238 : i64
      %v744 = arith.constant true
      %v745 = arith.addi %v18, %v743 : i64
      %v746 = llvm.getelementptr %v8[%v745] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v747 = llvm.load %v746 : !llvm.ptr<3> -> i64
      %v748 = arith.addi %v114, %v630 : i64
      %v749 = arith.cmpi slt, %v748, %v116 : i64
      %v750 = arith.subi %size_L, %v1 : i64
      %v751 = arith.minsi %v748, %v750 : i64
      %v752 = arith.addi %v747, %v751 : i64
      %v753 = arith.muli %v745, %v130 : i64
      %v754 = arith.addi %v753, %v630 : i64
      %v755 = llvm.getelementptr %in_phi1[%v752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v756 = llvm.load %v755 : !llvm.ptr -> f32
      %v757 = arith.addi %v629, %v253 : i64
      %v758 = arith.constant true
      %v759 = arith.addi %v18, %v757 : i64
      %v760 = llvm.getelementptr %v8[%v759] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v761 = llvm.load %v760 : !llvm.ptr<3> -> i64
      %v762 = arith.addi %v114, %v630 : i64
      %v763 = arith.cmpi slt, %v762, %v116 : i64
      %v764 = arith.subi %size_L, %v1 : i64
      %v765 = arith.minsi %v762, %v764 : i64
      %v766 = arith.addi %v761, %v765 : i64
      %v767 = arith.muli %v759, %v130 : i64
      %v768 = arith.addi %v767, %v630 : i64
      %v769 = llvm.getelementptr %in_phi1[%v766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v770 = llvm.load %v769 : !llvm.ptr -> f32
      %v771 = arith.addi %v629, %v268 : i64
      %v772 = arith.constant true
      %v773 = arith.addi %v18, %v771 : i64
      %v774 = llvm.getelementptr %v8[%v773] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v775 = llvm.load %v774 : !llvm.ptr<3> -> i64
      %v776 = arith.addi %v114, %v630 : i64
      %v777 = arith.cmpi slt, %v776, %v116 : i64
      %v778 = arith.subi %size_L, %v1 : i64
      %v779 = arith.minsi %v776, %v778 : i64
      %v780 = arith.addi %v775, %v779 : i64
      %v781 = arith.muli %v773, %v130 : i64
      %v782 = arith.addi %v781, %v630 : i64
      %v783 = llvm.getelementptr %in_phi1[%v780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v784 = llvm.load %v783 : !llvm.ptr -> f32
      %v785 = arith.addi %v629, %v283 : i64
      %v786 = arith.constant true
      %v787 = arith.addi %v18, %v785 : i64
      %v788 = llvm.getelementptr %v8[%v787] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v789 = llvm.load %v788 : !llvm.ptr<3> -> i64
      %v790 = arith.addi %v114, %v630 : i64
      %v791 = arith.cmpi slt, %v790, %v116 : i64
      %v792 = arith.subi %size_L, %v1 : i64
      %v793 = arith.minsi %v790, %v792 : i64
      %v794 = arith.addi %v789, %v793 : i64
      %v795 = arith.muli %v787, %v130 : i64
      %v796 = arith.addi %v795, %v630 : i64
      %v797 = llvm.getelementptr %in_phi1[%v794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v798 = llvm.load %v797 : !llvm.ptr -> f32
      %v799 = arith.addi %v629, %v298 : i64
      %v800 = arith.constant true
      %v801 = arith.addi %v18, %v799 : i64
      %v802 = llvm.getelementptr %v8[%v801] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v803 = llvm.load %v802 : !llvm.ptr<3> -> i64
      %v804 = arith.addi %v114, %v630 : i64
      %v805 = arith.cmpi slt, %v804, %v116 : i64
      %v806 = arith.subi %size_L, %v1 : i64
      %v807 = arith.minsi %v804, %v806 : i64
      %v808 = arith.addi %v803, %v807 : i64
      %v809 = arith.muli %v801, %v130 : i64
      %v810 = arith.addi %v809, %v630 : i64
      %v811 = llvm.getelementptr %in_phi1[%v808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v812 = llvm.load %v811 : !llvm.ptr -> f32
      %v813 = arith.addi %v629, %v313 : i64
      %v814 = arith.constant true
      %v815 = arith.addi %v18, %v813 : i64
      %v816 = llvm.getelementptr %v8[%v815] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v817 = llvm.load %v816 : !llvm.ptr<3> -> i64
      %v818 = arith.addi %v114, %v630 : i64
      %v819 = arith.cmpi slt, %v818, %v116 : i64
      %v820 = arith.subi %size_L, %v1 : i64
      %v821 = arith.minsi %v818, %v820 : i64
      %v822 = arith.addi %v817, %v821 : i64
      %v823 = arith.muli %v815, %v130 : i64
      %v824 = arith.addi %v823, %v630 : i64
      %v825 = llvm.getelementptr %in_phi1[%v822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v826 = llvm.load %v825 : !llvm.ptr -> f32
      %v827 = arith.addi %v629, %v328 : i64
      %v828 = arith.constant true
      %v829 = arith.addi %v18, %v827 : i64
      %v830 = llvm.getelementptr %v8[%v829] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v831 = llvm.load %v830 : !llvm.ptr<3> -> i64
      %v832 = arith.addi %v114, %v630 : i64
      %v833 = arith.cmpi slt, %v832, %v116 : i64
      %v834 = arith.subi %size_L, %v1 : i64
      %v835 = arith.minsi %v832, %v834 : i64
      %v836 = arith.addi %v831, %v835 : i64
      %v837 = arith.muli %v829, %v130 : i64
      %v838 = arith.addi %v837, %v630 : i64
      %v839 = llvm.getelementptr %in_phi1[%v836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v840 = llvm.load %v839 : !llvm.ptr -> f32
      %v841 = arith.addi %v629, %v343 : i64
      %v842 = arith.constant true
      %v843 = arith.addi %v18, %v841 : i64
      %v844 = llvm.getelementptr %v8[%v843] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v845 = llvm.load %v844 : !llvm.ptr<3> -> i64
      %v846 = arith.addi %v114, %v630 : i64
      %v847 = arith.cmpi slt, %v846, %v116 : i64
      %v848 = arith.subi %size_L, %v1 : i64
      %v849 = arith.minsi %v846, %v848 : i64
      %v850 = arith.addi %v845, %v849 : i64
      %v851 = arith.muli %v843, %v130 : i64
      %v852 = arith.addi %v851, %v630 : i64
      %v853 = llvm.getelementptr %in_phi1[%v850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v854 = llvm.load %v853 : !llvm.ptr -> f32
      %v855 = arith.addi %v629, %v117 : i64
      %v856 = arith.constant true
      %v857 = arith.addi %v18, %v855 : i64
      %v858 = llvm.getelementptr %v8[%v857] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v859 = llvm.load %v858 : !llvm.ptr<3> -> i64
      %v860 = arith.addi %v114, %v630 : i64
      %v861 = arith.cmpi slt, %v860, %v116 : i64
      %v862 = arith.subi %size_L, %v1 : i64
      %v863 = arith.minsi %v860, %v862 : i64
      %v864 = arith.addi %v859, %v863 : i64
      %v865 = arith.muli %v857, %v130 : i64
      %v866 = arith.addi %v865, %v630 : i64
      %v867 = llvm.getelementptr %in_phi1[%v864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v868 = llvm.load %v867 : !llvm.ptr -> f32
      %v869 = arith.addi %v629, %v372 : i64
      %v870 = arith.constant true
      %v871 = arith.addi %v18, %v869 : i64
      %v872 = llvm.getelementptr %v8[%v871] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v873 = llvm.load %v872 : !llvm.ptr<3> -> i64
      %v874 = arith.addi %v114, %v630 : i64
      %v875 = arith.cmpi slt, %v874, %v116 : i64
      %v876 = arith.subi %size_L, %v1 : i64
      %v877 = arith.minsi %v874, %v876 : i64
      %v878 = arith.addi %v873, %v877 : i64
      %v879 = arith.muli %v871, %v130 : i64
      %v880 = arith.addi %v879, %v630 : i64
      %v881 = llvm.getelementptr %in_phi1[%v878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v882 = llvm.load %v881 : !llvm.ptr -> f32
      %v883 = arith.addi %v629, %v387 : i64
      %v884 = arith.constant true
      %v885 = arith.addi %v18, %v883 : i64
      %v886 = llvm.getelementptr %v8[%v885] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v887 = llvm.load %v886 : !llvm.ptr<3> -> i64
      %v888 = arith.addi %v114, %v630 : i64
      %v889 = arith.cmpi slt, %v888, %v116 : i64
      %v890 = arith.subi %size_L, %v1 : i64
      %v891 = arith.minsi %v888, %v890 : i64
      %v892 = arith.addi %v887, %v891 : i64
      %v893 = arith.muli %v885, %v130 : i64
      %v894 = arith.addi %v893, %v630 : i64
      %v895 = llvm.getelementptr %in_phi1[%v892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v896 = llvm.load %v895 : !llvm.ptr -> f32
      %v897 = arith.addi %v629, %v402 : i64
      %v898 = arith.constant true
      %v899 = arith.addi %v18, %v897 : i64
      %v900 = llvm.getelementptr %v8[%v899] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v901 = llvm.load %v900 : !llvm.ptr<3> -> i64
      %v902 = arith.addi %v114, %v630 : i64
      %v903 = arith.cmpi slt, %v902, %v116 : i64
      %v904 = arith.subi %size_L, %v1 : i64
      %v905 = arith.minsi %v902, %v904 : i64
      %v906 = arith.addi %v901, %v905 : i64
      %v907 = arith.muli %v899, %v130 : i64
      %v908 = arith.addi %v907, %v630 : i64
      %v909 = llvm.getelementptr %in_phi1[%v906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v910 = llvm.load %v909 : !llvm.ptr -> f32
      %v911 = arith.addi %v629, %v417 : i64
      %v912 = arith.constant true
      %v913 = arith.addi %v18, %v911 : i64
      %v914 = llvm.getelementptr %v8[%v913] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v915 = llvm.load %v914 : !llvm.ptr<3> -> i64
      %v916 = arith.addi %v114, %v630 : i64
      %v917 = arith.cmpi slt, %v916, %v116 : i64
      %v918 = arith.subi %size_L, %v1 : i64
      %v919 = arith.minsi %v916, %v918 : i64
      %v920 = arith.addi %v915, %v919 : i64
      %v921 = arith.muli %v913, %v130 : i64
      %v922 = arith.addi %v921, %v630 : i64
      %v923 = llvm.getelementptr %in_phi1[%v920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v924 = llvm.load %v923 : !llvm.ptr -> f32
      %v925 = arith.addi %v629, %v432 : i64
      %v926 = arith.constant true
      %v927 = arith.addi %v18, %v925 : i64
      %v928 = llvm.getelementptr %v8[%v927] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v929 = llvm.load %v928 : !llvm.ptr<3> -> i64
      %v930 = arith.addi %v114, %v630 : i64
      %v931 = arith.cmpi slt, %v930, %v116 : i64
      %v932 = arith.subi %size_L, %v1 : i64
      %v933 = arith.minsi %v930, %v932 : i64
      %v934 = arith.addi %v929, %v933 : i64
      %v935 = arith.muli %v927, %v130 : i64
      %v936 = arith.addi %v935, %v630 : i64
      %v937 = llvm.getelementptr %in_phi1[%v934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v938 = llvm.load %v937 : !llvm.ptr -> f32
      %v939 = arith.addi %v629, %v447 : i64
      %v940 = arith.constant true
      %v941 = arith.addi %v18, %v939 : i64
      %v942 = llvm.getelementptr %v8[%v941] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v943 = llvm.load %v942 : !llvm.ptr<3> -> i64
      %v944 = arith.addi %v114, %v630 : i64
      %v945 = arith.cmpi slt, %v944, %v116 : i64
      %v946 = arith.subi %size_L, %v1 : i64
      %v947 = arith.minsi %v944, %v946 : i64
      %v948 = arith.addi %v943, %v947 : i64
      %v949 = arith.muli %v941, %v130 : i64
      %v950 = arith.addi %v949, %v630 : i64
      %v951 = llvm.getelementptr %in_phi1[%v948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v952 = llvm.load %v951 : !llvm.ptr -> f32
      %v953 = arith.addi %v629, %v462 : i64
      %v954 = arith.constant true
      %v955 = arith.addi %v18, %v953 : i64
      %v956 = llvm.getelementptr %v8[%v955] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v957 = llvm.load %v956 : !llvm.ptr<3> -> i64
      %v958 = arith.addi %v114, %v630 : i64
      %v959 = arith.cmpi slt, %v958, %v116 : i64
      %v960 = arith.subi %size_L, %v1 : i64
      %v961 = arith.minsi %v958, %v960 : i64
      %v962 = arith.addi %v957, %v961 : i64
      %v963 = arith.muli %v955, %v130 : i64
      %v964 = arith.addi %v963, %v630 : i64
      %v965 = llvm.getelementptr %in_phi1[%v962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v966 = llvm.load %v965 : !llvm.ptr -> f32
      %v967 = arith.addi %v629, %v477 : i64
      %v968 = arith.constant true
      %v969 = arith.addi %v18, %v967 : i64
      %v970 = llvm.getelementptr %v8[%v969] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v971 = llvm.load %v970 : !llvm.ptr<3> -> i64
      %v972 = arith.addi %v114, %v630 : i64
      %v973 = arith.cmpi slt, %v972, %v116 : i64
      %v974 = arith.subi %size_L, %v1 : i64
      %v975 = arith.minsi %v972, %v974 : i64
      %v976 = arith.addi %v971, %v975 : i64
      %v977 = arith.muli %v969, %v130 : i64
      %v978 = arith.addi %v977, %v630 : i64
      %v979 = llvm.getelementptr %in_phi1[%v976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v980 = llvm.load %v979 : !llvm.ptr -> f32
      %v981 = arith.addi %v629, %v492 : i64
      %v982 = arith.constant true
      %v983 = arith.addi %v18, %v981 : i64
      %v984 = llvm.getelementptr %v8[%v983] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v985 = llvm.load %v984 : !llvm.ptr<3> -> i64
      %v986 = arith.addi %v114, %v630 : i64
      %v987 = arith.cmpi slt, %v986, %v116 : i64
      %v988 = arith.subi %size_L, %v1 : i64
      %v989 = arith.minsi %v986, %v988 : i64
      %v990 = arith.addi %v985, %v989 : i64
      %v991 = arith.muli %v983, %v130 : i64
      %v992 = arith.addi %v991, %v630 : i64
      %v993 = llvm.getelementptr %in_phi1[%v990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v994 = llvm.load %v993 : !llvm.ptr -> f32
      %v995 = arith.addi %v629, %v507 : i64
      %v996 = arith.constant true
      %v997 = arith.addi %v18, %v995 : i64
      %v998 = llvm.getelementptr %v8[%v997] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v999 = llvm.load %v998 : !llvm.ptr<3> -> i64
      %v1000 = arith.addi %v114, %v630 : i64
      %v1001 = arith.cmpi slt, %v1000, %v116 : i64
      %v1002 = arith.subi %size_L, %v1 : i64
      %v1003 = arith.minsi %v1000, %v1002 : i64
      %v1004 = arith.addi %v999, %v1003 : i64
      %v1005 = arith.muli %v997, %v130 : i64
      %v1006 = arith.addi %v1005, %v630 : i64
      %v1007 = llvm.getelementptr %in_phi1[%v1004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1008 = llvm.load %v1007 : !llvm.ptr -> f32
      %v1009 = arith.addi %v629, %v522 : i64
      %v1010 = arith.constant true
      %v1011 = arith.addi %v18, %v1009 : i64
      %v1012 = llvm.getelementptr %v8[%v1011] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1013 = llvm.load %v1012 : !llvm.ptr<3> -> i64
      %v1014 = arith.addi %v114, %v630 : i64
      %v1015 = arith.cmpi slt, %v1014, %v116 : i64
      %v1016 = arith.subi %size_L, %v1 : i64
      %v1017 = arith.minsi %v1014, %v1016 : i64
      %v1018 = arith.addi %v1013, %v1017 : i64
      %v1019 = arith.muli %v1011, %v130 : i64
      %v1020 = arith.addi %v1019, %v630 : i64
      %v1021 = llvm.getelementptr %in_phi1[%v1018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1022 = llvm.load %v1021 : !llvm.ptr -> f32
      %v1023 = arith.addi %v629, %v537 : i64
      %v1024 = arith.constant true
      %v1025 = arith.addi %v18, %v1023 : i64
      %v1026 = llvm.getelementptr %v8[%v1025] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1027 = llvm.load %v1026 : !llvm.ptr<3> -> i64
      %v1028 = arith.addi %v114, %v630 : i64
      %v1029 = arith.cmpi slt, %v1028, %v116 : i64
      %v1030 = arith.subi %size_L, %v1 : i64
      %v1031 = arith.minsi %v1028, %v1030 : i64
      %v1032 = arith.addi %v1027, %v1031 : i64
      %v1033 = arith.muli %v1025, %v130 : i64
      %v1034 = arith.addi %v1033, %v630 : i64
      %v1035 = llvm.getelementptr %in_phi1[%v1032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1036 = llvm.load %v1035 : !llvm.ptr -> f32
      %v1037 = arith.addi %v629, %v552 : i64
      %v1038 = arith.constant true
      %v1039 = arith.addi %v18, %v1037 : i64
      %v1040 = llvm.getelementptr %v8[%v1039] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1041 = llvm.load %v1040 : !llvm.ptr<3> -> i64
      %v1042 = arith.addi %v114, %v630 : i64
      %v1043 = arith.cmpi slt, %v1042, %v116 : i64
      %v1044 = arith.subi %size_L, %v1 : i64
      %v1045 = arith.minsi %v1042, %v1044 : i64
      %v1046 = arith.addi %v1041, %v1045 : i64
      %v1047 = arith.muli %v1039, %v130 : i64
      %v1048 = arith.addi %v1047, %v630 : i64
      %v1049 = llvm.getelementptr %in_phi1[%v1046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1050 = llvm.load %v1049 : !llvm.ptr -> f32
      %v1051 = arith.addi %v629, %v567 : i64
      %v1052 = arith.constant true
      %v1053 = arith.addi %v18, %v1051 : i64
      %v1054 = llvm.getelementptr %v8[%v1053] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1055 = llvm.load %v1054 : !llvm.ptr<3> -> i64
      %v1056 = arith.addi %v114, %v630 : i64
      %v1057 = arith.cmpi slt, %v1056, %v116 : i64
      %v1058 = arith.subi %size_L, %v1 : i64
      %v1059 = arith.minsi %v1056, %v1058 : i64
      %v1060 = arith.addi %v1055, %v1059 : i64
      %v1061 = arith.muli %v1053, %v130 : i64
      %v1062 = arith.addi %v1061, %v630 : i64
      %v1063 = llvm.getelementptr %in_phi1[%v1060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1064 = llvm.load %v1063 : !llvm.ptr -> f32
      %v1065 = arith.addi %v629, %v582 : i64
      %v1066 = arith.constant true
      %v1067 = arith.addi %v18, %v1065 : i64
      %v1068 = llvm.getelementptr %v8[%v1067] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1069 = llvm.load %v1068 : !llvm.ptr<3> -> i64
      %v1070 = arith.addi %v114, %v630 : i64
      %v1071 = arith.cmpi slt, %v1070, %v116 : i64
      %v1072 = arith.subi %size_L, %v1 : i64
      %v1073 = arith.minsi %v1070, %v1072 : i64
      %v1074 = arith.addi %v1069, %v1073 : i64
      %v1075 = arith.muli %v1067, %v130 : i64
      %v1076 = arith.addi %v1075, %v630 : i64
      %v1077 = llvm.getelementptr %in_phi1[%v1074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1078 = llvm.load %v1077 : !llvm.ptr -> f32
      scf.if %v632 {
        %v1079 = llvm.getelementptr %v9[%v642] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v644, %v1079 : f32, !llvm.ptr<3>
      }
      scf.if %v646 {
        %v1080 = llvm.getelementptr %v9[%v656] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v658, %v1080 : f32, !llvm.ptr<3>
      }
      scf.if %v660 {
        %v1081 = llvm.getelementptr %v9[%v670] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v672, %v1081 : f32, !llvm.ptr<3>
      }
      scf.if %v674 {
        %v1082 = llvm.getelementptr %v9[%v684] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v686, %v1082 : f32, !llvm.ptr<3>
      }
      scf.if %v688 {
        %v1083 = llvm.getelementptr %v9[%v698] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v700, %v1083 : f32, !llvm.ptr<3>
      }
      scf.if %v702 {
        %v1084 = llvm.getelementptr %v9[%v712] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v714, %v1084 : f32, !llvm.ptr<3>
      }
      scf.if %v716 {
        %v1085 = llvm.getelementptr %v9[%v726] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v728, %v1085 : f32, !llvm.ptr<3>
      }
      scf.if %v730 {
        %v1086 = llvm.getelementptr %v9[%v740] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v742, %v1086 : f32, !llvm.ptr<3>
      }
      scf.if %v744 {
        %v1087 = llvm.getelementptr %v9[%v754] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v756, %v1087 : f32, !llvm.ptr<3>
      }
      scf.if %v758 {
        %v1088 = llvm.getelementptr %v9[%v768] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v770, %v1088 : f32, !llvm.ptr<3>
      }
      scf.if %v772 {
        %v1089 = llvm.getelementptr %v9[%v782] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v784, %v1089 : f32, !llvm.ptr<3>
      }
      scf.if %v786 {
        %v1090 = llvm.getelementptr %v9[%v796] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v798, %v1090 : f32, !llvm.ptr<3>
      }
      scf.if %v800 {
        %v1091 = llvm.getelementptr %v9[%v810] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v812, %v1091 : f32, !llvm.ptr<3>
      }
      scf.if %v814 {
        %v1092 = llvm.getelementptr %v9[%v824] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v826, %v1092 : f32, !llvm.ptr<3>
      }
      scf.if %v828 {
        %v1093 = llvm.getelementptr %v9[%v838] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v840, %v1093 : f32, !llvm.ptr<3>
      }
      scf.if %v842 {
        %v1094 = llvm.getelementptr %v9[%v852] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v854, %v1094 : f32, !llvm.ptr<3>
      }
      scf.if %v856 {
        %v1095 = llvm.getelementptr %v9[%v866] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v868, %v1095 : f32, !llvm.ptr<3>
      }
      scf.if %v870 {
        %v1096 = llvm.getelementptr %v9[%v880] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v882, %v1096 : f32, !llvm.ptr<3>
      }
      scf.if %v884 {
        %v1097 = llvm.getelementptr %v9[%v894] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v896, %v1097 : f32, !llvm.ptr<3>
      }
      scf.if %v898 {
        %v1098 = llvm.getelementptr %v9[%v908] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v910, %v1098 : f32, !llvm.ptr<3>
      }
      scf.if %v912 {
        %v1099 = llvm.getelementptr %v9[%v922] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v924, %v1099 : f32, !llvm.ptr<3>
      }
      scf.if %v926 {
        %v1100 = llvm.getelementptr %v9[%v936] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v938, %v1100 : f32, !llvm.ptr<3>
      }
      scf.if %v940 {
        %v1101 = llvm.getelementptr %v9[%v950] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v952, %v1101 : f32, !llvm.ptr<3>
      }
      scf.if %v954 {
        %v1102 = llvm.getelementptr %v9[%v964] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v966, %v1102 : f32, !llvm.ptr<3>
      }
      scf.if %v968 {
        %v1103 = llvm.getelementptr %v9[%v978] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v980, %v1103 : f32, !llvm.ptr<3>
      }
      scf.if %v982 {
        %v1104 = llvm.getelementptr %v9[%v992] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v994, %v1104 : f32, !llvm.ptr<3>
      }
      scf.if %v996 {
        %v1105 = llvm.getelementptr %v9[%v1006] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1008, %v1105 : f32, !llvm.ptr<3>
      }
      scf.if %v1010 {
        %v1106 = llvm.getelementptr %v9[%v1020] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1022, %v1106 : f32, !llvm.ptr<3>
      }
      scf.if %v1024 {
        %v1107 = llvm.getelementptr %v9[%v1034] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1036, %v1107 : f32, !llvm.ptr<3>
      }
      scf.if %v1038 {
        %v1108 = llvm.getelementptr %v9[%v1048] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1050, %v1108 : f32, !llvm.ptr<3>
      }
      scf.if %v1052 {
        %v1109 = llvm.getelementptr %v9[%v1062] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1064, %v1109 : f32, !llvm.ptr<3>
      }
      scf.if %v1066 {
        %v1110 = llvm.getelementptr %v9[%v1076] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1078, %v1110 : f32, !llvm.ptr<3>
      }
      // end staged load of `phi1`
      // staged load of `phi2`'s first tile: read, then shared memory
      %v1111 = arith.divui %v16, %v117 : i64
      %v1112 = arith.remui %v16, %v117 : i64
      %v1113 = arith.addi %v1111, %v33 : i64
      %v1114 = arith.constant true
      %v1116 = arith.addi %v1115, %v1113 : i64
      %v1117 = llvm.getelementptr %v8[%v1116] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1118 = llvm.load %v1117 : !llvm.ptr<3> -> i64
      %v1119 = arith.addi %v114, %v1112 : i64
      %v1120 = arith.cmpi slt, %v1119, %v116 : i64
      %v1121 = arith.subi %size_L, %v1 : i64
      %v1122 = arith.minsi %v1119, %v1121 : i64
      %v1123 = arith.addi %v1118, %v1122 : i64
      %v1124 = arith.muli %v1116, %v130 : i64
      %v1125 = arith.addi %v1124, %v1112 : i64
      %v1126 = llvm.getelementptr %in_phi2[%v1123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1127 = llvm.load %v1126 : !llvm.ptr -> f32
      %v1128 = arith.addi %v1111, %v57 : i64
      %v1129 = arith.constant true
      %v1130 = arith.addi %v1115, %v1128 : i64
      %v1131 = llvm.getelementptr %v8[%v1130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1132 = llvm.load %v1131 : !llvm.ptr<3> -> i64
      %v1133 = arith.addi %v114, %v1112 : i64
      %v1134 = arith.cmpi slt, %v1133, %v116 : i64
      %v1135 = arith.subi %size_L, %v1 : i64
      %v1136 = arith.minsi %v1133, %v1135 : i64
      %v1137 = arith.addi %v1132, %v1136 : i64
      %v1138 = arith.muli %v1130, %v130 : i64
      %v1139 = arith.addi %v1138, %v1112 : i64
      %v1140 = llvm.getelementptr %in_phi2[%v1137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1141 = llvm.load %v1140 : !llvm.ptr -> f32
      %v1142 = arith.addi %v1111, %v78 : i64
      %v1143 = arith.constant true
      %v1144 = arith.addi %v1115, %v1142 : i64
      %v1145 = llvm.getelementptr %v8[%v1144] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1146 = llvm.load %v1145 : !llvm.ptr<3> -> i64
      %v1147 = arith.addi %v114, %v1112 : i64
      %v1148 = arith.cmpi slt, %v1147, %v116 : i64
      %v1149 = arith.subi %size_L, %v1 : i64
      %v1150 = arith.minsi %v1147, %v1149 : i64
      %v1151 = arith.addi %v1146, %v1150 : i64
      %v1152 = arith.muli %v1144, %v130 : i64
      %v1153 = arith.addi %v1152, %v1112 : i64
      %v1154 = llvm.getelementptr %in_phi2[%v1151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1155 = llvm.load %v1154 : !llvm.ptr -> f32
      %v1156 = arith.addi %v1111, %v163 : i64
      %v1157 = arith.constant true
      %v1158 = arith.addi %v1115, %v1156 : i64
      %v1159 = llvm.getelementptr %v8[%v1158] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1160 = llvm.load %v1159 : !llvm.ptr<3> -> i64
      %v1161 = arith.addi %v114, %v1112 : i64
      %v1162 = arith.cmpi slt, %v1161, %v116 : i64
      %v1163 = arith.subi %size_L, %v1 : i64
      %v1164 = arith.minsi %v1161, %v1163 : i64
      %v1165 = arith.addi %v1160, %v1164 : i64
      %v1166 = arith.muli %v1158, %v130 : i64
      %v1167 = arith.addi %v1166, %v1112 : i64
      %v1168 = llvm.getelementptr %in_phi2[%v1165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1169 = llvm.load %v1168 : !llvm.ptr -> f32
      %v1170 = arith.addi %v1111, %v178 : i64
      %v1171 = arith.constant true
      %v1172 = arith.addi %v1115, %v1170 : i64
      %v1173 = llvm.getelementptr %v8[%v1172] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1174 = llvm.load %v1173 : !llvm.ptr<3> -> i64
      %v1175 = arith.addi %v114, %v1112 : i64
      %v1176 = arith.cmpi slt, %v1175, %v116 : i64
      %v1177 = arith.subi %size_L, %v1 : i64
      %v1178 = arith.minsi %v1175, %v1177 : i64
      %v1179 = arith.addi %v1174, %v1178 : i64
      %v1180 = arith.muli %v1172, %v130 : i64
      %v1181 = arith.addi %v1180, %v1112 : i64
      %v1182 = llvm.getelementptr %in_phi2[%v1179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1183 = llvm.load %v1182 : !llvm.ptr -> f32
      %v1184 = arith.addi %v1111, %v193 : i64
      %v1185 = arith.constant true
      %v1186 = arith.addi %v1115, %v1184 : i64
      %v1187 = llvm.getelementptr %v8[%v1186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1188 = llvm.load %v1187 : !llvm.ptr<3> -> i64
      %v1189 = arith.addi %v114, %v1112 : i64
      %v1190 = arith.cmpi slt, %v1189, %v116 : i64
      %v1191 = arith.subi %size_L, %v1 : i64
      %v1192 = arith.minsi %v1189, %v1191 : i64
      %v1193 = arith.addi %v1188, %v1192 : i64
      %v1194 = arith.muli %v1186, %v130 : i64
      %v1195 = arith.addi %v1194, %v1112 : i64
      %v1196 = llvm.getelementptr %in_phi2[%v1193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1197 = llvm.load %v1196 : !llvm.ptr -> f32
      %v1198 = arith.addi %v1111, %v208 : i64
      %v1199 = arith.constant true
      %v1200 = arith.addi %v1115, %v1198 : i64
      %v1201 = llvm.getelementptr %v8[%v1200] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1202 = llvm.load %v1201 : !llvm.ptr<3> -> i64
      %v1203 = arith.addi %v114, %v1112 : i64
      %v1204 = arith.cmpi slt, %v1203, %v116 : i64
      %v1205 = arith.subi %size_L, %v1 : i64
      %v1206 = arith.minsi %v1203, %v1205 : i64
      %v1207 = arith.addi %v1202, %v1206 : i64
      %v1208 = arith.muli %v1200, %v130 : i64
      %v1209 = arith.addi %v1208, %v1112 : i64
      %v1210 = llvm.getelementptr %in_phi2[%v1207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1211 = llvm.load %v1210 : !llvm.ptr -> f32
      %v1212 = arith.addi %v1111, %v223 : i64
      %v1213 = arith.constant true
      %v1214 = arith.addi %v1115, %v1212 : i64
      %v1215 = llvm.getelementptr %v8[%v1214] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1216 = llvm.load %v1215 : !llvm.ptr<3> -> i64
      %v1217 = arith.addi %v114, %v1112 : i64
      %v1218 = arith.cmpi slt, %v1217, %v116 : i64
      %v1219 = arith.subi %size_L, %v1 : i64
      %v1220 = arith.minsi %v1217, %v1219 : i64
      %v1221 = arith.addi %v1216, %v1220 : i64
      %v1222 = arith.muli %v1214, %v130 : i64
      %v1223 = arith.addi %v1222, %v1112 : i64
      %v1224 = llvm.getelementptr %in_phi2[%v1221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1225 = llvm.load %v1224 : !llvm.ptr -> f32
      %v1226 = arith.addi %v1111, %v238 : i64
      %v1227 = arith.constant true
      %v1228 = arith.addi %v1115, %v1226 : i64
      %v1229 = llvm.getelementptr %v8[%v1228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1230 = llvm.load %v1229 : !llvm.ptr<3> -> i64
      %v1231 = arith.addi %v114, %v1112 : i64
      %v1232 = arith.cmpi slt, %v1231, %v116 : i64
      %v1233 = arith.subi %size_L, %v1 : i64
      %v1234 = arith.minsi %v1231, %v1233 : i64
      %v1235 = arith.addi %v1230, %v1234 : i64
      %v1236 = arith.muli %v1228, %v130 : i64
      %v1237 = arith.addi %v1236, %v1112 : i64
      %v1238 = llvm.getelementptr %in_phi2[%v1235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1239 = llvm.load %v1238 : !llvm.ptr -> f32
      %v1240 = arith.addi %v1111, %v253 : i64
      %v1241 = arith.constant true
      %v1242 = arith.addi %v1115, %v1240 : i64
      %v1243 = llvm.getelementptr %v8[%v1242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1244 = llvm.load %v1243 : !llvm.ptr<3> -> i64
      %v1245 = arith.addi %v114, %v1112 : i64
      %v1246 = arith.cmpi slt, %v1245, %v116 : i64
      %v1247 = arith.subi %size_L, %v1 : i64
      %v1248 = arith.minsi %v1245, %v1247 : i64
      %v1249 = arith.addi %v1244, %v1248 : i64
      %v1250 = arith.muli %v1242, %v130 : i64
      %v1251 = arith.addi %v1250, %v1112 : i64
      %v1252 = llvm.getelementptr %in_phi2[%v1249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1253 = llvm.load %v1252 : !llvm.ptr -> f32
      %v1254 = arith.addi %v1111, %v268 : i64
      %v1255 = arith.constant true
      %v1256 = arith.addi %v1115, %v1254 : i64
      %v1257 = llvm.getelementptr %v8[%v1256] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1258 = llvm.load %v1257 : !llvm.ptr<3> -> i64
      %v1259 = arith.addi %v114, %v1112 : i64
      %v1260 = arith.cmpi slt, %v1259, %v116 : i64
      %v1261 = arith.subi %size_L, %v1 : i64
      %v1262 = arith.minsi %v1259, %v1261 : i64
      %v1263 = arith.addi %v1258, %v1262 : i64
      %v1264 = arith.muli %v1256, %v130 : i64
      %v1265 = arith.addi %v1264, %v1112 : i64
      %v1266 = llvm.getelementptr %in_phi2[%v1263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1267 = llvm.load %v1266 : !llvm.ptr -> f32
      %v1268 = arith.addi %v1111, %v283 : i64
      %v1269 = arith.constant true
      %v1270 = arith.addi %v1115, %v1268 : i64
      %v1271 = llvm.getelementptr %v8[%v1270] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1272 = llvm.load %v1271 : !llvm.ptr<3> -> i64
      %v1273 = arith.addi %v114, %v1112 : i64
      %v1274 = arith.cmpi slt, %v1273, %v116 : i64
      %v1275 = arith.subi %size_L, %v1 : i64
      %v1276 = arith.minsi %v1273, %v1275 : i64
      %v1277 = arith.addi %v1272, %v1276 : i64
      %v1278 = arith.muli %v1270, %v130 : i64
      %v1279 = arith.addi %v1278, %v1112 : i64
      %v1280 = llvm.getelementptr %in_phi2[%v1277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1281 = llvm.load %v1280 : !llvm.ptr -> f32
      %v1282 = arith.addi %v1111, %v298 : i64
      %v1283 = arith.constant true
      %v1284 = arith.addi %v1115, %v1282 : i64
      %v1285 = llvm.getelementptr %v8[%v1284] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1286 = llvm.load %v1285 : !llvm.ptr<3> -> i64
      %v1287 = arith.addi %v114, %v1112 : i64
      %v1288 = arith.cmpi slt, %v1287, %v116 : i64
      %v1289 = arith.subi %size_L, %v1 : i64
      %v1290 = arith.minsi %v1287, %v1289 : i64
      %v1291 = arith.addi %v1286, %v1290 : i64
      %v1292 = arith.muli %v1284, %v130 : i64
      %v1293 = arith.addi %v1292, %v1112 : i64
      %v1294 = llvm.getelementptr %in_phi2[%v1291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1295 = llvm.load %v1294 : !llvm.ptr -> f32
      %v1296 = arith.addi %v1111, %v313 : i64
      %v1297 = arith.constant true
      %v1298 = arith.addi %v1115, %v1296 : i64
      %v1299 = llvm.getelementptr %v8[%v1298] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1300 = llvm.load %v1299 : !llvm.ptr<3> -> i64
      %v1301 = arith.addi %v114, %v1112 : i64
      %v1302 = arith.cmpi slt, %v1301, %v116 : i64
      %v1303 = arith.subi %size_L, %v1 : i64
      %v1304 = arith.minsi %v1301, %v1303 : i64
      %v1305 = arith.addi %v1300, %v1304 : i64
      %v1306 = arith.muli %v1298, %v130 : i64
      %v1307 = arith.addi %v1306, %v1112 : i64
      %v1308 = llvm.getelementptr %in_phi2[%v1305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1309 = llvm.load %v1308 : !llvm.ptr -> f32
      %v1310 = arith.addi %v1111, %v328 : i64
      %v1311 = arith.constant true
      %v1312 = arith.addi %v1115, %v1310 : i64
      %v1313 = llvm.getelementptr %v8[%v1312] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1314 = llvm.load %v1313 : !llvm.ptr<3> -> i64
      %v1315 = arith.addi %v114, %v1112 : i64
      %v1316 = arith.cmpi slt, %v1315, %v116 : i64
      %v1317 = arith.subi %size_L, %v1 : i64
      %v1318 = arith.minsi %v1315, %v1317 : i64
      %v1319 = arith.addi %v1314, %v1318 : i64
      %v1320 = arith.muli %v1312, %v130 : i64
      %v1321 = arith.addi %v1320, %v1112 : i64
      %v1322 = llvm.getelementptr %in_phi2[%v1319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1323 = llvm.load %v1322 : !llvm.ptr -> f32
      %v1324 = arith.addi %v1111, %v343 : i64
      %v1325 = arith.constant true
      %v1326 = arith.addi %v1115, %v1324 : i64
      %v1327 = llvm.getelementptr %v8[%v1326] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1328 = llvm.load %v1327 : !llvm.ptr<3> -> i64
      %v1329 = arith.addi %v114, %v1112 : i64
      %v1330 = arith.cmpi slt, %v1329, %v116 : i64
      %v1331 = arith.subi %size_L, %v1 : i64
      %v1332 = arith.minsi %v1329, %v1331 : i64
      %v1333 = arith.addi %v1328, %v1332 : i64
      %v1334 = arith.muli %v1326, %v130 : i64
      %v1335 = arith.addi %v1334, %v1112 : i64
      %v1336 = llvm.getelementptr %in_phi2[%v1333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1337 = llvm.load %v1336 : !llvm.ptr -> f32
      %v1338 = arith.addi %v1111, %v117 : i64
      %v1339 = arith.constant true
      %v1340 = arith.addi %v1115, %v1338 : i64
      %v1341 = llvm.getelementptr %v8[%v1340] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1342 = llvm.load %v1341 : !llvm.ptr<3> -> i64
      %v1343 = arith.addi %v114, %v1112 : i64
      %v1344 = arith.cmpi slt, %v1343, %v116 : i64
      %v1345 = arith.subi %size_L, %v1 : i64
      %v1346 = arith.minsi %v1343, %v1345 : i64
      %v1347 = arith.addi %v1342, %v1346 : i64
      %v1348 = arith.muli %v1340, %v130 : i64
      %v1349 = arith.addi %v1348, %v1112 : i64
      %v1350 = llvm.getelementptr %in_phi2[%v1347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1351 = llvm.load %v1350 : !llvm.ptr -> f32
      %v1352 = arith.addi %v1111, %v372 : i64
      %v1353 = arith.constant true
      %v1354 = arith.addi %v1115, %v1352 : i64
      %v1355 = llvm.getelementptr %v8[%v1354] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1356 = llvm.load %v1355 : !llvm.ptr<3> -> i64
      %v1357 = arith.addi %v114, %v1112 : i64
      %v1358 = arith.cmpi slt, %v1357, %v116 : i64
      %v1359 = arith.subi %size_L, %v1 : i64
      %v1360 = arith.minsi %v1357, %v1359 : i64
      %v1361 = arith.addi %v1356, %v1360 : i64
      %v1362 = arith.muli %v1354, %v130 : i64
      %v1363 = arith.addi %v1362, %v1112 : i64
      %v1364 = llvm.getelementptr %in_phi2[%v1361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1365 = llvm.load %v1364 : !llvm.ptr -> f32
      %v1366 = arith.addi %v1111, %v387 : i64
      %v1367 = arith.constant true
      %v1368 = arith.addi %v1115, %v1366 : i64
      %v1369 = llvm.getelementptr %v8[%v1368] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1370 = llvm.load %v1369 : !llvm.ptr<3> -> i64
      %v1371 = arith.addi %v114, %v1112 : i64
      %v1372 = arith.cmpi slt, %v1371, %v116 : i64
      %v1373 = arith.subi %size_L, %v1 : i64
      %v1374 = arith.minsi %v1371, %v1373 : i64
      %v1375 = arith.addi %v1370, %v1374 : i64
      %v1376 = arith.muli %v1368, %v130 : i64
      %v1377 = arith.addi %v1376, %v1112 : i64
      %v1378 = llvm.getelementptr %in_phi2[%v1375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1379 = llvm.load %v1378 : !llvm.ptr -> f32
      %v1380 = arith.addi %v1111, %v402 : i64
      %v1381 = arith.constant true
      %v1382 = arith.addi %v1115, %v1380 : i64
      %v1383 = llvm.getelementptr %v8[%v1382] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1384 = llvm.load %v1383 : !llvm.ptr<3> -> i64
      %v1385 = arith.addi %v114, %v1112 : i64
      %v1386 = arith.cmpi slt, %v1385, %v116 : i64
      %v1387 = arith.subi %size_L, %v1 : i64
      %v1388 = arith.minsi %v1385, %v1387 : i64
      %v1389 = arith.addi %v1384, %v1388 : i64
      %v1390 = arith.muli %v1382, %v130 : i64
      %v1391 = arith.addi %v1390, %v1112 : i64
      %v1392 = llvm.getelementptr %in_phi2[%v1389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1393 = llvm.load %v1392 : !llvm.ptr -> f32
      %v1394 = arith.addi %v1111, %v417 : i64
      %v1395 = arith.constant true
      %v1396 = arith.addi %v1115, %v1394 : i64
      %v1397 = llvm.getelementptr %v8[%v1396] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1398 = llvm.load %v1397 : !llvm.ptr<3> -> i64
      %v1399 = arith.addi %v114, %v1112 : i64
      %v1400 = arith.cmpi slt, %v1399, %v116 : i64
      %v1401 = arith.subi %size_L, %v1 : i64
      %v1402 = arith.minsi %v1399, %v1401 : i64
      %v1403 = arith.addi %v1398, %v1402 : i64
      %v1404 = arith.muli %v1396, %v130 : i64
      %v1405 = arith.addi %v1404, %v1112 : i64
      %v1406 = llvm.getelementptr %in_phi2[%v1403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1407 = llvm.load %v1406 : !llvm.ptr -> f32
      %v1408 = arith.addi %v1111, %v432 : i64
      %v1409 = arith.constant true
      %v1410 = arith.addi %v1115, %v1408 : i64
      %v1411 = llvm.getelementptr %v8[%v1410] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1412 = llvm.load %v1411 : !llvm.ptr<3> -> i64
      %v1413 = arith.addi %v114, %v1112 : i64
      %v1414 = arith.cmpi slt, %v1413, %v116 : i64
      %v1415 = arith.subi %size_L, %v1 : i64
      %v1416 = arith.minsi %v1413, %v1415 : i64
      %v1417 = arith.addi %v1412, %v1416 : i64
      %v1418 = arith.muli %v1410, %v130 : i64
      %v1419 = arith.addi %v1418, %v1112 : i64
      %v1420 = llvm.getelementptr %in_phi2[%v1417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1421 = llvm.load %v1420 : !llvm.ptr -> f32
      %v1422 = arith.addi %v1111, %v447 : i64
      %v1423 = arith.constant true
      %v1424 = arith.addi %v1115, %v1422 : i64
      %v1425 = llvm.getelementptr %v8[%v1424] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1426 = llvm.load %v1425 : !llvm.ptr<3> -> i64
      %v1427 = arith.addi %v114, %v1112 : i64
      %v1428 = arith.cmpi slt, %v1427, %v116 : i64
      %v1429 = arith.subi %size_L, %v1 : i64
      %v1430 = arith.minsi %v1427, %v1429 : i64
      %v1431 = arith.addi %v1426, %v1430 : i64
      %v1432 = arith.muli %v1424, %v130 : i64
      %v1433 = arith.addi %v1432, %v1112 : i64
      %v1434 = llvm.getelementptr %in_phi2[%v1431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1435 = llvm.load %v1434 : !llvm.ptr -> f32
      %v1436 = arith.addi %v1111, %v462 : i64
      %v1437 = arith.constant true
      %v1438 = arith.addi %v1115, %v1436 : i64
      %v1439 = llvm.getelementptr %v8[%v1438] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1440 = llvm.load %v1439 : !llvm.ptr<3> -> i64
      %v1441 = arith.addi %v114, %v1112 : i64
      %v1442 = arith.cmpi slt, %v1441, %v116 : i64
      %v1443 = arith.subi %size_L, %v1 : i64
      %v1444 = arith.minsi %v1441, %v1443 : i64
      %v1445 = arith.addi %v1440, %v1444 : i64
      %v1446 = arith.muli %v1438, %v130 : i64
      %v1447 = arith.addi %v1446, %v1112 : i64
      %v1448 = llvm.getelementptr %in_phi2[%v1445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1449 = llvm.load %v1448 : !llvm.ptr -> f32
      %v1450 = arith.addi %v1111, %v477 : i64
      %v1451 = arith.constant true
      %v1452 = arith.addi %v1115, %v1450 : i64
      %v1453 = llvm.getelementptr %v8[%v1452] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1454 = llvm.load %v1453 : !llvm.ptr<3> -> i64
      %v1455 = arith.addi %v114, %v1112 : i64
      %v1456 = arith.cmpi slt, %v1455, %v116 : i64
      %v1457 = arith.subi %size_L, %v1 : i64
      %v1458 = arith.minsi %v1455, %v1457 : i64
      %v1459 = arith.addi %v1454, %v1458 : i64
      %v1460 = arith.muli %v1452, %v130 : i64
      %v1461 = arith.addi %v1460, %v1112 : i64
      %v1462 = llvm.getelementptr %in_phi2[%v1459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1463 = llvm.load %v1462 : !llvm.ptr -> f32
      %v1464 = arith.addi %v1111, %v492 : i64
      %v1465 = arith.constant true
      %v1466 = arith.addi %v1115, %v1464 : i64
      %v1467 = llvm.getelementptr %v8[%v1466] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1468 = llvm.load %v1467 : !llvm.ptr<3> -> i64
      %v1469 = arith.addi %v114, %v1112 : i64
      %v1470 = arith.cmpi slt, %v1469, %v116 : i64
      %v1471 = arith.subi %size_L, %v1 : i64
      %v1472 = arith.minsi %v1469, %v1471 : i64
      %v1473 = arith.addi %v1468, %v1472 : i64
      %v1474 = arith.muli %v1466, %v130 : i64
      %v1475 = arith.addi %v1474, %v1112 : i64
      %v1476 = llvm.getelementptr %in_phi2[%v1473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1477 = llvm.load %v1476 : !llvm.ptr -> f32
      %v1478 = arith.addi %v1111, %v507 : i64
      %v1479 = arith.constant true
      %v1480 = arith.addi %v1115, %v1478 : i64
      %v1481 = llvm.getelementptr %v8[%v1480] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1482 = llvm.load %v1481 : !llvm.ptr<3> -> i64
      %v1483 = arith.addi %v114, %v1112 : i64
      %v1484 = arith.cmpi slt, %v1483, %v116 : i64
      %v1485 = arith.subi %size_L, %v1 : i64
      %v1486 = arith.minsi %v1483, %v1485 : i64
      %v1487 = arith.addi %v1482, %v1486 : i64
      %v1488 = arith.muli %v1480, %v130 : i64
      %v1489 = arith.addi %v1488, %v1112 : i64
      %v1490 = llvm.getelementptr %in_phi2[%v1487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1491 = llvm.load %v1490 : !llvm.ptr -> f32
      %v1492 = arith.addi %v1111, %v522 : i64
      %v1493 = arith.constant true
      %v1494 = arith.addi %v1115, %v1492 : i64
      %v1495 = llvm.getelementptr %v8[%v1494] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1496 = llvm.load %v1495 : !llvm.ptr<3> -> i64
      %v1497 = arith.addi %v114, %v1112 : i64
      %v1498 = arith.cmpi slt, %v1497, %v116 : i64
      %v1499 = arith.subi %size_L, %v1 : i64
      %v1500 = arith.minsi %v1497, %v1499 : i64
      %v1501 = arith.addi %v1496, %v1500 : i64
      %v1502 = arith.muli %v1494, %v130 : i64
      %v1503 = arith.addi %v1502, %v1112 : i64
      %v1504 = llvm.getelementptr %in_phi2[%v1501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1505 = llvm.load %v1504 : !llvm.ptr -> f32
      %v1506 = arith.addi %v1111, %v537 : i64
      %v1507 = arith.constant true
      %v1508 = arith.addi %v1115, %v1506 : i64
      %v1509 = llvm.getelementptr %v8[%v1508] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1510 = llvm.load %v1509 : !llvm.ptr<3> -> i64
      %v1511 = arith.addi %v114, %v1112 : i64
      %v1512 = arith.cmpi slt, %v1511, %v116 : i64
      %v1513 = arith.subi %size_L, %v1 : i64
      %v1514 = arith.minsi %v1511, %v1513 : i64
      %v1515 = arith.addi %v1510, %v1514 : i64
      %v1516 = arith.muli %v1508, %v130 : i64
      %v1517 = arith.addi %v1516, %v1112 : i64
      %v1518 = llvm.getelementptr %in_phi2[%v1515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1519 = llvm.load %v1518 : !llvm.ptr -> f32
      %v1520 = arith.addi %v1111, %v552 : i64
      %v1521 = arith.constant true
      %v1522 = arith.addi %v1115, %v1520 : i64
      %v1523 = llvm.getelementptr %v8[%v1522] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1524 = llvm.load %v1523 : !llvm.ptr<3> -> i64
      %v1525 = arith.addi %v114, %v1112 : i64
      %v1526 = arith.cmpi slt, %v1525, %v116 : i64
      %v1527 = arith.subi %size_L, %v1 : i64
      %v1528 = arith.minsi %v1525, %v1527 : i64
      %v1529 = arith.addi %v1524, %v1528 : i64
      %v1530 = arith.muli %v1522, %v130 : i64
      %v1531 = arith.addi %v1530, %v1112 : i64
      %v1532 = llvm.getelementptr %in_phi2[%v1529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1533 = llvm.load %v1532 : !llvm.ptr -> f32
      %v1534 = arith.addi %v1111, %v567 : i64
      %v1535 = arith.constant true
      %v1536 = arith.addi %v1115, %v1534 : i64
      %v1537 = llvm.getelementptr %v8[%v1536] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1538 = llvm.load %v1537 : !llvm.ptr<3> -> i64
      %v1539 = arith.addi %v114, %v1112 : i64
      %v1540 = arith.cmpi slt, %v1539, %v116 : i64
      %v1541 = arith.subi %size_L, %v1 : i64
      %v1542 = arith.minsi %v1539, %v1541 : i64
      %v1543 = arith.addi %v1538, %v1542 : i64
      %v1544 = arith.muli %v1536, %v130 : i64
      %v1545 = arith.addi %v1544, %v1112 : i64
      %v1546 = llvm.getelementptr %in_phi2[%v1543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1547 = llvm.load %v1546 : !llvm.ptr -> f32
      %v1548 = arith.addi %v1111, %v582 : i64
      %v1549 = arith.constant true
      %v1550 = arith.addi %v1115, %v1548 : i64
      %v1551 = llvm.getelementptr %v8[%v1550] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1552 = llvm.load %v1551 : !llvm.ptr<3> -> i64
      %v1553 = arith.addi %v114, %v1112 : i64
      %v1554 = arith.cmpi slt, %v1553, %v116 : i64
      %v1555 = arith.subi %size_L, %v1 : i64
      %v1556 = arith.minsi %v1553, %v1555 : i64
      %v1557 = arith.addi %v1552, %v1556 : i64
      %v1558 = arith.muli %v1550, %v130 : i64
      %v1559 = arith.addi %v1558, %v1112 : i64
      %v1560 = llvm.getelementptr %in_phi2[%v1557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1561 = llvm.load %v1560 : !llvm.ptr -> f32
      scf.if %v1114 {
        %v1562 = llvm.getelementptr %v9[%v1125] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1127, %v1562 : f32, !llvm.ptr<3>
      }
      scf.if %v1129 {
        %v1563 = llvm.getelementptr %v9[%v1139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1141, %v1563 : f32, !llvm.ptr<3>
      }
      scf.if %v1143 {
        %v1564 = llvm.getelementptr %v9[%v1153] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1155, %v1564 : f32, !llvm.ptr<3>
      }
      scf.if %v1157 {
        %v1565 = llvm.getelementptr %v9[%v1167] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1169, %v1565 : f32, !llvm.ptr<3>
      }
      scf.if %v1171 {
        %v1566 = llvm.getelementptr %v9[%v1181] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1183, %v1566 : f32, !llvm.ptr<3>
      }
      scf.if %v1185 {
        %v1567 = llvm.getelementptr %v9[%v1195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1197, %v1567 : f32, !llvm.ptr<3>
      }
      scf.if %v1199 {
        %v1568 = llvm.getelementptr %v9[%v1209] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1211, %v1568 : f32, !llvm.ptr<3>
      }
      scf.if %v1213 {
        %v1569 = llvm.getelementptr %v9[%v1223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1225, %v1569 : f32, !llvm.ptr<3>
      }
      scf.if %v1227 {
        %v1570 = llvm.getelementptr %v9[%v1237] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1239, %v1570 : f32, !llvm.ptr<3>
      }
      scf.if %v1241 {
        %v1571 = llvm.getelementptr %v9[%v1251] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1253, %v1571 : f32, !llvm.ptr<3>
      }
      scf.if %v1255 {
        %v1572 = llvm.getelementptr %v9[%v1265] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1267, %v1572 : f32, !llvm.ptr<3>
      }
      scf.if %v1269 {
        %v1573 = llvm.getelementptr %v9[%v1279] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1281, %v1573 : f32, !llvm.ptr<3>
      }
      scf.if %v1283 {
        %v1574 = llvm.getelementptr %v9[%v1293] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1295, %v1574 : f32, !llvm.ptr<3>
      }
      scf.if %v1297 {
        %v1575 = llvm.getelementptr %v9[%v1307] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1309, %v1575 : f32, !llvm.ptr<3>
      }
      scf.if %v1311 {
        %v1576 = llvm.getelementptr %v9[%v1321] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1323, %v1576 : f32, !llvm.ptr<3>
      }
      scf.if %v1325 {
        %v1577 = llvm.getelementptr %v9[%v1335] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1337, %v1577 : f32, !llvm.ptr<3>
      }
      scf.if %v1339 {
        %v1578 = llvm.getelementptr %v9[%v1349] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1351, %v1578 : f32, !llvm.ptr<3>
      }
      scf.if %v1353 {
        %v1579 = llvm.getelementptr %v9[%v1363] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1365, %v1579 : f32, !llvm.ptr<3>
      }
      scf.if %v1367 {
        %v1580 = llvm.getelementptr %v9[%v1377] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1379, %v1580 : f32, !llvm.ptr<3>
      }
      scf.if %v1381 {
        %v1581 = llvm.getelementptr %v9[%v1391] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1393, %v1581 : f32, !llvm.ptr<3>
      }
      scf.if %v1395 {
        %v1582 = llvm.getelementptr %v9[%v1405] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1407, %v1582 : f32, !llvm.ptr<3>
      }
      scf.if %v1409 {
        %v1583 = llvm.getelementptr %v9[%v1419] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1421, %v1583 : f32, !llvm.ptr<3>
      }
      scf.if %v1423 {
        %v1584 = llvm.getelementptr %v9[%v1433] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1435, %v1584 : f32, !llvm.ptr<3>
      }
      scf.if %v1437 {
        %v1585 = llvm.getelementptr %v9[%v1447] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1449, %v1585 : f32, !llvm.ptr<3>
      }
      scf.if %v1451 {
        %v1586 = llvm.getelementptr %v9[%v1461] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1463, %v1586 : f32, !llvm.ptr<3>
      }
      scf.if %v1465 {
        %v1587 = llvm.getelementptr %v9[%v1475] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1477, %v1587 : f32, !llvm.ptr<3>
      }
      scf.if %v1479 {
        %v1588 = llvm.getelementptr %v9[%v1489] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1491, %v1588 : f32, !llvm.ptr<3>
      }
      scf.if %v1493 {
        %v1589 = llvm.getelementptr %v9[%v1503] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1505, %v1589 : f32, !llvm.ptr<3>
      }
      scf.if %v1507 {
        %v1590 = llvm.getelementptr %v9[%v1517] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1519, %v1590 : f32, !llvm.ptr<3>
      }
      scf.if %v1521 {
        %v1591 = llvm.getelementptr %v9[%v1531] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1533, %v1591 : f32, !llvm.ptr<3>
      }
      scf.if %v1535 {
        %v1592 = llvm.getelementptr %v9[%v1545] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1547, %v1592 : f32, !llvm.ptr<3>
      }
      scf.if %v1549 {
        %v1593 = llvm.getelementptr %v9[%v1559] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1561, %v1593 : f32, !llvm.ptr<3>
      }
      // end staged load of `phi2`
      gpu.barrier
      %v1594 = arith.index_cast %v114 : i64 to index
      %v1595 = arith.index_cast %v116 : i64 to index
      %v1596 = arith.index_cast %v117 : i64 to index
      scf.for %v1597 = %v1594 to %v1595 step %v1596 {
        %v1598 = arith.index_cast %v1597 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v1599 = arith.remui %v1598, %v18 : i64
        %v1600 = arith.cmpi eq, %v1599, %v33 : i64
        %v1601 = arith.andi %v1600, %v26 : i1
        scf.if %v1601 {
          %v1602 = arith.divui %v1598, %v18 : i64
          %v1603 = llvm.mlir.zero : !llvm.ptr
          %v1604 = llvm.icmp "ne" %ckpt_h, %v1603 : !llvm.ptr
          scf.if %v1604 {
            %v1607 = arith.muli %v1602, %v1606 : i64
            %v1608 = llvm.load %v4 : !llvm.ptr -> f32
            %v1610 = arith.muli %v31, %v1609 : i64
            %v1611 = arith.muli %v29, %v1 : i64
            %v1612 = arith.addi %v1610, %v1611 : i64
            %v1613 = arith.addi %v1607, %v1612 : i64
            %v1614 = llvm.getelementptr %ckpt_h[%v1613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1608, %v1614 : f32, !llvm.ptr
          }
          %v1615 = llvm.mlir.zero : !llvm.ptr
          %v1616 = llvm.icmp "ne" %ckpt_h_lag1, %v1615 : !llvm.ptr
          scf.if %v1616 {
            %v1619 = arith.muli %v1602, %v1618 : i64
            %v1620 = llvm.load %v5 : !llvm.ptr -> f32
            %v1621 = arith.muli %v31, %v1609 : i64
            %v1622 = arith.muli %v29, %v1 : i64
            %v1623 = arith.addi %v1621, %v1622 : i64
            %v1624 = arith.addi %v1619, %v1623 : i64
            %v1625 = llvm.getelementptr %ckpt_h_lag1[%v1624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1620, %v1625 : f32, !llvm.ptr
          }
          %v1626 = llvm.mlir.zero : !llvm.ptr
          %v1627 = llvm.icmp "ne" %ckpt_e_lag1, %v1626 : !llvm.ptr
          scf.if %v1627 {
            %v1630 = arith.muli %v1602, %v1629 : i64
            %v1631 = llvm.load %v6 : !llvm.ptr -> f32
            %v1632 = arith.muli %v31, %v1609 : i64
            %v1633 = arith.muli %v29, %v1 : i64
            %v1634 = arith.addi %v1632, %v1633 : i64
            %v1635 = arith.addi %v1630, %v1634 : i64
            %v1636 = llvm.getelementptr %ckpt_e_lag1[%v1635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1631, %v1636 : f32, !llvm.ptr
          }
          %v1637 = llvm.mlir.zero : !llvm.ptr
          %v1638 = llvm.icmp "ne" %ckpt_e_lag2, %v1637 : !llvm.ptr
          scf.if %v1638 {
            %v1641 = arith.muli %v1602, %v1640 : i64
            %v1642 = llvm.load %v7 : !llvm.ptr -> f32
            %v1643 = arith.muli %v31, %v1609 : i64
            %v1644 = arith.muli %v29, %v1 : i64
            %v1645 = arith.addi %v1643, %v1644 : i64
            %v1646 = arith.addi %v1641, %v1645 : i64
            %v1647 = llvm.getelementptr %ckpt_e_lag2[%v1646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1642, %v1647 : f32, !llvm.ptr
          }
        }
        // end save
        %v1648 = arith.subi %v116, %v1598 : i64
        %v1649 = arith.minsi %v1648, %v117 : i64
        %v1650 = arith.addi %v1598, %v117 : i64
        %v1651 = arith.divui %v16, %v117 : i64
        %v1652 = arith.remui %v16, %v117 : i64
        %v1653 = arith.addi %v1651, %v33 : i64
        %v1654 = arith.constant true
        %v1655 = arith.addi %v33, %v1653 : i64
        %v1656 = llvm.getelementptr %v8[%v1655] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1657 = llvm.load %v1656 : !llvm.ptr<3> -> i64
        %v1658 = arith.addi %v1650, %v1652 : i64
        %v1659 = arith.cmpi slt, %v1658, %v116 : i64
        %v1660 = arith.subi %size_L, %v1 : i64
        %v1661 = arith.minsi %v1658, %v1660 : i64
        %v1662 = arith.addi %v1657, %v1661 : i64
        %v1663 = arith.muli %v1655, %v130 : i64
        %v1664 = arith.addi %v1663, %v1652 : i64
        %v1665 = llvm.getelementptr %in_e[%v1662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1666 = llvm.load %v1665 : !llvm.ptr -> f32
        %v1667 = arith.addi %v1651, %v57 : i64
        %v1668 = arith.constant true
        %v1669 = arith.addi %v33, %v1667 : i64
        %v1670 = llvm.getelementptr %v8[%v1669] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1671 = llvm.load %v1670 : !llvm.ptr<3> -> i64
        %v1672 = arith.addi %v1650, %v1652 : i64
        %v1673 = arith.cmpi slt, %v1672, %v116 : i64
        %v1674 = arith.subi %size_L, %v1 : i64
        %v1675 = arith.minsi %v1672, %v1674 : i64
        %v1676 = arith.addi %v1671, %v1675 : i64
        %v1677 = arith.muli %v1669, %v130 : i64
        %v1678 = arith.addi %v1677, %v1652 : i64
        %v1679 = llvm.getelementptr %in_e[%v1676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1680 = llvm.load %v1679 : !llvm.ptr -> f32
        %v1681 = arith.addi %v1651, %v78 : i64
        %v1682 = arith.constant true
        %v1683 = arith.addi %v33, %v1681 : i64
        %v1684 = llvm.getelementptr %v8[%v1683] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1685 = llvm.load %v1684 : !llvm.ptr<3> -> i64
        %v1686 = arith.addi %v1650, %v1652 : i64
        %v1687 = arith.cmpi slt, %v1686, %v116 : i64
        %v1688 = arith.subi %size_L, %v1 : i64
        %v1689 = arith.minsi %v1686, %v1688 : i64
        %v1690 = arith.addi %v1685, %v1689 : i64
        %v1691 = arith.muli %v1683, %v130 : i64
        %v1692 = arith.addi %v1691, %v1652 : i64
        %v1693 = llvm.getelementptr %in_e[%v1690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1694 = llvm.load %v1693 : !llvm.ptr -> f32
        %v1695 = arith.addi %v1651, %v163 : i64
        %v1696 = arith.constant true
        %v1697 = arith.addi %v33, %v1695 : i64
        %v1698 = llvm.getelementptr %v8[%v1697] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1699 = llvm.load %v1698 : !llvm.ptr<3> -> i64
        %v1700 = arith.addi %v1650, %v1652 : i64
        %v1701 = arith.cmpi slt, %v1700, %v116 : i64
        %v1702 = arith.subi %size_L, %v1 : i64
        %v1703 = arith.minsi %v1700, %v1702 : i64
        %v1704 = arith.addi %v1699, %v1703 : i64
        %v1705 = arith.muli %v1697, %v130 : i64
        %v1706 = arith.addi %v1705, %v1652 : i64
        %v1707 = llvm.getelementptr %in_e[%v1704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1708 = llvm.load %v1707 : !llvm.ptr -> f32
        %v1709 = arith.addi %v1651, %v178 : i64
        %v1710 = arith.constant true
        %v1711 = arith.addi %v33, %v1709 : i64
        %v1712 = llvm.getelementptr %v8[%v1711] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1713 = llvm.load %v1712 : !llvm.ptr<3> -> i64
        %v1714 = arith.addi %v1650, %v1652 : i64
        %v1715 = arith.cmpi slt, %v1714, %v116 : i64
        %v1716 = arith.subi %size_L, %v1 : i64
        %v1717 = arith.minsi %v1714, %v1716 : i64
        %v1718 = arith.addi %v1713, %v1717 : i64
        %v1719 = arith.muli %v1711, %v130 : i64
        %v1720 = arith.addi %v1719, %v1652 : i64
        %v1721 = llvm.getelementptr %in_e[%v1718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1722 = llvm.load %v1721 : !llvm.ptr -> f32
        %v1723 = arith.addi %v1651, %v193 : i64
        %v1724 = arith.constant true
        %v1725 = arith.addi %v33, %v1723 : i64
        %v1726 = llvm.getelementptr %v8[%v1725] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1727 = llvm.load %v1726 : !llvm.ptr<3> -> i64
        %v1728 = arith.addi %v1650, %v1652 : i64
        %v1729 = arith.cmpi slt, %v1728, %v116 : i64
        %v1730 = arith.subi %size_L, %v1 : i64
        %v1731 = arith.minsi %v1728, %v1730 : i64
        %v1732 = arith.addi %v1727, %v1731 : i64
        %v1733 = arith.muli %v1725, %v130 : i64
        %v1734 = arith.addi %v1733, %v1652 : i64
        %v1735 = llvm.getelementptr %in_e[%v1732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1736 = llvm.load %v1735 : !llvm.ptr -> f32
        %v1737 = arith.addi %v1651, %v208 : i64
        %v1738 = arith.constant true
        %v1739 = arith.addi %v33, %v1737 : i64
        %v1740 = llvm.getelementptr %v8[%v1739] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1741 = llvm.load %v1740 : !llvm.ptr<3> -> i64
        %v1742 = arith.addi %v1650, %v1652 : i64
        %v1743 = arith.cmpi slt, %v1742, %v116 : i64
        %v1744 = arith.subi %size_L, %v1 : i64
        %v1745 = arith.minsi %v1742, %v1744 : i64
        %v1746 = arith.addi %v1741, %v1745 : i64
        %v1747 = arith.muli %v1739, %v130 : i64
        %v1748 = arith.addi %v1747, %v1652 : i64
        %v1749 = llvm.getelementptr %in_e[%v1746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1750 = llvm.load %v1749 : !llvm.ptr -> f32
        %v1751 = arith.addi %v1651, %v223 : i64
        %v1752 = arith.constant true
        %v1753 = arith.addi %v33, %v1751 : i64
        %v1754 = llvm.getelementptr %v8[%v1753] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1755 = llvm.load %v1754 : !llvm.ptr<3> -> i64
        %v1756 = arith.addi %v1650, %v1652 : i64
        %v1757 = arith.cmpi slt, %v1756, %v116 : i64
        %v1758 = arith.subi %size_L, %v1 : i64
        %v1759 = arith.minsi %v1756, %v1758 : i64
        %v1760 = arith.addi %v1755, %v1759 : i64
        %v1761 = arith.muli %v1753, %v130 : i64
        %v1762 = arith.addi %v1761, %v1652 : i64
        %v1763 = llvm.getelementptr %in_e[%v1760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1764 = llvm.load %v1763 : !llvm.ptr -> f32
        %v1765 = arith.addi %v1651, %v238 : i64
        %v1766 = arith.constant true
        %v1767 = arith.addi %v33, %v1765 : i64
        %v1768 = llvm.getelementptr %v8[%v1767] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1769 = llvm.load %v1768 : !llvm.ptr<3> -> i64
        %v1770 = arith.addi %v1650, %v1652 : i64
        %v1771 = arith.cmpi slt, %v1770, %v116 : i64
        %v1772 = arith.subi %size_L, %v1 : i64
        %v1773 = arith.minsi %v1770, %v1772 : i64
        %v1774 = arith.addi %v1769, %v1773 : i64
        %v1775 = arith.muli %v1767, %v130 : i64
        %v1776 = arith.addi %v1775, %v1652 : i64
        %v1777 = llvm.getelementptr %in_e[%v1774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1778 = llvm.load %v1777 : !llvm.ptr -> f32
        %v1779 = arith.addi %v1651, %v253 : i64
        %v1780 = arith.constant true
        %v1781 = arith.addi %v33, %v1779 : i64
        %v1782 = llvm.getelementptr %v8[%v1781] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1783 = llvm.load %v1782 : !llvm.ptr<3> -> i64
        %v1784 = arith.addi %v1650, %v1652 : i64
        %v1785 = arith.cmpi slt, %v1784, %v116 : i64
        %v1786 = arith.subi %size_L, %v1 : i64
        %v1787 = arith.minsi %v1784, %v1786 : i64
        %v1788 = arith.addi %v1783, %v1787 : i64
        %v1789 = arith.muli %v1781, %v130 : i64
        %v1790 = arith.addi %v1789, %v1652 : i64
        %v1791 = llvm.getelementptr %in_e[%v1788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1792 = llvm.load %v1791 : !llvm.ptr -> f32
        %v1793 = arith.addi %v1651, %v268 : i64
        %v1794 = arith.constant true
        %v1795 = arith.addi %v33, %v1793 : i64
        %v1796 = llvm.getelementptr %v8[%v1795] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1797 = llvm.load %v1796 : !llvm.ptr<3> -> i64
        %v1798 = arith.addi %v1650, %v1652 : i64
        %v1799 = arith.cmpi slt, %v1798, %v116 : i64
        %v1800 = arith.subi %size_L, %v1 : i64
        %v1801 = arith.minsi %v1798, %v1800 : i64
        %v1802 = arith.addi %v1797, %v1801 : i64
        %v1803 = arith.muli %v1795, %v130 : i64
        %v1804 = arith.addi %v1803, %v1652 : i64
        %v1805 = llvm.getelementptr %in_e[%v1802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1806 = llvm.load %v1805 : !llvm.ptr -> f32
        %v1807 = arith.addi %v1651, %v283 : i64
        %v1808 = arith.constant true
        %v1809 = arith.addi %v33, %v1807 : i64
        %v1810 = llvm.getelementptr %v8[%v1809] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1811 = llvm.load %v1810 : !llvm.ptr<3> -> i64
        %v1812 = arith.addi %v1650, %v1652 : i64
        %v1813 = arith.cmpi slt, %v1812, %v116 : i64
        %v1814 = arith.subi %size_L, %v1 : i64
        %v1815 = arith.minsi %v1812, %v1814 : i64
        %v1816 = arith.addi %v1811, %v1815 : i64
        %v1817 = arith.muli %v1809, %v130 : i64
        %v1818 = arith.addi %v1817, %v1652 : i64
        %v1819 = llvm.getelementptr %in_e[%v1816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1820 = llvm.load %v1819 : !llvm.ptr -> f32
        %v1821 = arith.addi %v1651, %v298 : i64
        %v1822 = arith.constant true
        %v1823 = arith.addi %v33, %v1821 : i64
        %v1824 = llvm.getelementptr %v8[%v1823] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1825 = llvm.load %v1824 : !llvm.ptr<3> -> i64
        %v1826 = arith.addi %v1650, %v1652 : i64
        %v1827 = arith.cmpi slt, %v1826, %v116 : i64
        %v1828 = arith.subi %size_L, %v1 : i64
        %v1829 = arith.minsi %v1826, %v1828 : i64
        %v1830 = arith.addi %v1825, %v1829 : i64
        %v1831 = arith.muli %v1823, %v130 : i64
        %v1832 = arith.addi %v1831, %v1652 : i64
        %v1833 = llvm.getelementptr %in_e[%v1830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1834 = llvm.load %v1833 : !llvm.ptr -> f32
        %v1835 = arith.addi %v1651, %v313 : i64
        %v1836 = arith.constant true
        %v1837 = arith.addi %v33, %v1835 : i64
        %v1838 = llvm.getelementptr %v8[%v1837] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1839 = llvm.load %v1838 : !llvm.ptr<3> -> i64
        %v1840 = arith.addi %v1650, %v1652 : i64
        %v1841 = arith.cmpi slt, %v1840, %v116 : i64
        %v1842 = arith.subi %size_L, %v1 : i64
        %v1843 = arith.minsi %v1840, %v1842 : i64
        %v1844 = arith.addi %v1839, %v1843 : i64
        %v1845 = arith.muli %v1837, %v130 : i64
        %v1846 = arith.addi %v1845, %v1652 : i64
        %v1847 = llvm.getelementptr %in_e[%v1844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1848 = llvm.load %v1847 : !llvm.ptr -> f32
        %v1849 = arith.addi %v1651, %v328 : i64
        %v1850 = arith.constant true
        %v1851 = arith.addi %v33, %v1849 : i64
        %v1852 = llvm.getelementptr %v8[%v1851] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1853 = llvm.load %v1852 : !llvm.ptr<3> -> i64
        %v1854 = arith.addi %v1650, %v1652 : i64
        %v1855 = arith.cmpi slt, %v1854, %v116 : i64
        %v1856 = arith.subi %size_L, %v1 : i64
        %v1857 = arith.minsi %v1854, %v1856 : i64
        %v1858 = arith.addi %v1853, %v1857 : i64
        %v1859 = arith.muli %v1851, %v130 : i64
        %v1860 = arith.addi %v1859, %v1652 : i64
        %v1861 = llvm.getelementptr %in_e[%v1858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1862 = llvm.load %v1861 : !llvm.ptr -> f32
        %v1863 = arith.addi %v1651, %v343 : i64
        %v1864 = arith.constant true
        %v1865 = arith.addi %v33, %v1863 : i64
        %v1866 = llvm.getelementptr %v8[%v1865] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1867 = llvm.load %v1866 : !llvm.ptr<3> -> i64
        %v1868 = arith.addi %v1650, %v1652 : i64
        %v1869 = arith.cmpi slt, %v1868, %v116 : i64
        %v1870 = arith.subi %size_L, %v1 : i64
        %v1871 = arith.minsi %v1868, %v1870 : i64
        %v1872 = arith.addi %v1867, %v1871 : i64
        %v1873 = arith.muli %v1865, %v130 : i64
        %v1874 = arith.addi %v1873, %v1652 : i64
        %v1875 = llvm.getelementptr %in_e[%v1872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1876 = llvm.load %v1875 : !llvm.ptr -> f32
        %v1877 = arith.addi %v1651, %v117 : i64
        %v1878 = arith.constant true
        %v1879 = arith.addi %v33, %v1877 : i64
        %v1880 = llvm.getelementptr %v8[%v1879] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1881 = llvm.load %v1880 : !llvm.ptr<3> -> i64
        %v1882 = arith.addi %v1650, %v1652 : i64
        %v1883 = arith.cmpi slt, %v1882, %v116 : i64
        %v1884 = arith.subi %size_L, %v1 : i64
        %v1885 = arith.minsi %v1882, %v1884 : i64
        %v1886 = arith.addi %v1881, %v1885 : i64
        %v1887 = arith.muli %v1879, %v130 : i64
        %v1888 = arith.addi %v1887, %v1652 : i64
        %v1889 = llvm.getelementptr %in_e[%v1886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1890 = llvm.load %v1889 : !llvm.ptr -> f32
        %v1891 = arith.addi %v1651, %v372 : i64
        %v1892 = arith.constant true
        %v1893 = arith.addi %v33, %v1891 : i64
        %v1894 = llvm.getelementptr %v8[%v1893] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1895 = llvm.load %v1894 : !llvm.ptr<3> -> i64
        %v1896 = arith.addi %v1650, %v1652 : i64
        %v1897 = arith.cmpi slt, %v1896, %v116 : i64
        %v1898 = arith.subi %size_L, %v1 : i64
        %v1899 = arith.minsi %v1896, %v1898 : i64
        %v1900 = arith.addi %v1895, %v1899 : i64
        %v1901 = arith.muli %v1893, %v130 : i64
        %v1902 = arith.addi %v1901, %v1652 : i64
        %v1903 = llvm.getelementptr %in_e[%v1900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1904 = llvm.load %v1903 : !llvm.ptr -> f32
        %v1905 = arith.addi %v1651, %v387 : i64
        %v1906 = arith.constant true
        %v1907 = arith.addi %v33, %v1905 : i64
        %v1908 = llvm.getelementptr %v8[%v1907] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1909 = llvm.load %v1908 : !llvm.ptr<3> -> i64
        %v1910 = arith.addi %v1650, %v1652 : i64
        %v1911 = arith.cmpi slt, %v1910, %v116 : i64
        %v1912 = arith.subi %size_L, %v1 : i64
        %v1913 = arith.minsi %v1910, %v1912 : i64
        %v1914 = arith.addi %v1909, %v1913 : i64
        %v1915 = arith.muli %v1907, %v130 : i64
        %v1916 = arith.addi %v1915, %v1652 : i64
        %v1917 = llvm.getelementptr %in_e[%v1914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1918 = llvm.load %v1917 : !llvm.ptr -> f32
        %v1919 = arith.addi %v1651, %v402 : i64
        %v1920 = arith.constant true
        %v1921 = arith.addi %v33, %v1919 : i64
        %v1922 = llvm.getelementptr %v8[%v1921] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1923 = llvm.load %v1922 : !llvm.ptr<3> -> i64
        %v1924 = arith.addi %v1650, %v1652 : i64
        %v1925 = arith.cmpi slt, %v1924, %v116 : i64
        %v1926 = arith.subi %size_L, %v1 : i64
        %v1927 = arith.minsi %v1924, %v1926 : i64
        %v1928 = arith.addi %v1923, %v1927 : i64
        %v1929 = arith.muli %v1921, %v130 : i64
        %v1930 = arith.addi %v1929, %v1652 : i64
        %v1931 = llvm.getelementptr %in_e[%v1928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1932 = llvm.load %v1931 : !llvm.ptr -> f32
        %v1933 = arith.addi %v1651, %v417 : i64
        %v1934 = arith.constant true
        %v1935 = arith.addi %v33, %v1933 : i64
        %v1936 = llvm.getelementptr %v8[%v1935] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1937 = llvm.load %v1936 : !llvm.ptr<3> -> i64
        %v1938 = arith.addi %v1650, %v1652 : i64
        %v1939 = arith.cmpi slt, %v1938, %v116 : i64
        %v1940 = arith.subi %size_L, %v1 : i64
        %v1941 = arith.minsi %v1938, %v1940 : i64
        %v1942 = arith.addi %v1937, %v1941 : i64
        %v1943 = arith.muli %v1935, %v130 : i64
        %v1944 = arith.addi %v1943, %v1652 : i64
        %v1945 = llvm.getelementptr %in_e[%v1942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1946 = llvm.load %v1945 : !llvm.ptr -> f32
        %v1947 = arith.addi %v1651, %v432 : i64
        %v1948 = arith.constant true
        %v1949 = arith.addi %v33, %v1947 : i64
        %v1950 = llvm.getelementptr %v8[%v1949] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1951 = llvm.load %v1950 : !llvm.ptr<3> -> i64
        %v1952 = arith.addi %v1650, %v1652 : i64
        %v1953 = arith.cmpi slt, %v1952, %v116 : i64
        %v1954 = arith.subi %size_L, %v1 : i64
        %v1955 = arith.minsi %v1952, %v1954 : i64
        %v1956 = arith.addi %v1951, %v1955 : i64
        %v1957 = arith.muli %v1949, %v130 : i64
        %v1958 = arith.addi %v1957, %v1652 : i64
        %v1959 = llvm.getelementptr %in_e[%v1956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1960 = llvm.load %v1959 : !llvm.ptr -> f32
        %v1961 = arith.addi %v1651, %v447 : i64
        %v1962 = arith.constant true
        %v1963 = arith.addi %v33, %v1961 : i64
        %v1964 = llvm.getelementptr %v8[%v1963] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1965 = llvm.load %v1964 : !llvm.ptr<3> -> i64
        %v1966 = arith.addi %v1650, %v1652 : i64
        %v1967 = arith.cmpi slt, %v1966, %v116 : i64
        %v1968 = arith.subi %size_L, %v1 : i64
        %v1969 = arith.minsi %v1966, %v1968 : i64
        %v1970 = arith.addi %v1965, %v1969 : i64
        %v1971 = arith.muli %v1963, %v130 : i64
        %v1972 = arith.addi %v1971, %v1652 : i64
        %v1973 = llvm.getelementptr %in_e[%v1970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1974 = llvm.load %v1973 : !llvm.ptr -> f32
        %v1975 = arith.addi %v1651, %v462 : i64
        %v1976 = arith.constant true
        %v1977 = arith.addi %v33, %v1975 : i64
        %v1978 = llvm.getelementptr %v8[%v1977] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1979 = llvm.load %v1978 : !llvm.ptr<3> -> i64
        %v1980 = arith.addi %v1650, %v1652 : i64
        %v1981 = arith.cmpi slt, %v1980, %v116 : i64
        %v1982 = arith.subi %size_L, %v1 : i64
        %v1983 = arith.minsi %v1980, %v1982 : i64
        %v1984 = arith.addi %v1979, %v1983 : i64
        %v1985 = arith.muli %v1977, %v130 : i64
        %v1986 = arith.addi %v1985, %v1652 : i64
        %v1987 = llvm.getelementptr %in_e[%v1984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1988 = llvm.load %v1987 : !llvm.ptr -> f32
        %v1989 = arith.addi %v1651, %v477 : i64
        %v1990 = arith.constant true
        %v1991 = arith.addi %v33, %v1989 : i64
        %v1992 = llvm.getelementptr %v8[%v1991] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1993 = llvm.load %v1992 : !llvm.ptr<3> -> i64
        %v1994 = arith.addi %v1650, %v1652 : i64
        %v1995 = arith.cmpi slt, %v1994, %v116 : i64
        %v1996 = arith.subi %size_L, %v1 : i64
        %v1997 = arith.minsi %v1994, %v1996 : i64
        %v1998 = arith.addi %v1993, %v1997 : i64
        %v1999 = arith.muli %v1991, %v130 : i64
        %v2000 = arith.addi %v1999, %v1652 : i64
        %v2001 = llvm.getelementptr %in_e[%v1998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2002 = llvm.load %v2001 : !llvm.ptr -> f32
        %v2003 = arith.addi %v1651, %v492 : i64
        %v2004 = arith.constant true
        %v2005 = arith.addi %v33, %v2003 : i64
        %v2006 = llvm.getelementptr %v8[%v2005] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2007 = llvm.load %v2006 : !llvm.ptr<3> -> i64
        %v2008 = arith.addi %v1650, %v1652 : i64
        %v2009 = arith.cmpi slt, %v2008, %v116 : i64
        %v2010 = arith.subi %size_L, %v1 : i64
        %v2011 = arith.minsi %v2008, %v2010 : i64
        %v2012 = arith.addi %v2007, %v2011 : i64
        %v2013 = arith.muli %v2005, %v130 : i64
        %v2014 = arith.addi %v2013, %v1652 : i64
        %v2015 = llvm.getelementptr %in_e[%v2012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2016 = llvm.load %v2015 : !llvm.ptr -> f32
        %v2017 = arith.addi %v1651, %v507 : i64
        %v2018 = arith.constant true
        %v2019 = arith.addi %v33, %v2017 : i64
        %v2020 = llvm.getelementptr %v8[%v2019] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2021 = llvm.load %v2020 : !llvm.ptr<3> -> i64
        %v2022 = arith.addi %v1650, %v1652 : i64
        %v2023 = arith.cmpi slt, %v2022, %v116 : i64
        %v2024 = arith.subi %size_L, %v1 : i64
        %v2025 = arith.minsi %v2022, %v2024 : i64
        %v2026 = arith.addi %v2021, %v2025 : i64
        %v2027 = arith.muli %v2019, %v130 : i64
        %v2028 = arith.addi %v2027, %v1652 : i64
        %v2029 = llvm.getelementptr %in_e[%v2026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2030 = llvm.load %v2029 : !llvm.ptr -> f32
        %v2031 = arith.addi %v1651, %v522 : i64
        %v2032 = arith.constant true
        %v2033 = arith.addi %v33, %v2031 : i64
        %v2034 = llvm.getelementptr %v8[%v2033] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2035 = llvm.load %v2034 : !llvm.ptr<3> -> i64
        %v2036 = arith.addi %v1650, %v1652 : i64
        %v2037 = arith.cmpi slt, %v2036, %v116 : i64
        %v2038 = arith.subi %size_L, %v1 : i64
        %v2039 = arith.minsi %v2036, %v2038 : i64
        %v2040 = arith.addi %v2035, %v2039 : i64
        %v2041 = arith.muli %v2033, %v130 : i64
        %v2042 = arith.addi %v2041, %v1652 : i64
        %v2043 = llvm.getelementptr %in_e[%v2040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2044 = llvm.load %v2043 : !llvm.ptr -> f32
        %v2045 = arith.addi %v1651, %v537 : i64
        %v2046 = arith.constant true
        %v2047 = arith.addi %v33, %v2045 : i64
        %v2048 = llvm.getelementptr %v8[%v2047] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2049 = llvm.load %v2048 : !llvm.ptr<3> -> i64
        %v2050 = arith.addi %v1650, %v1652 : i64
        %v2051 = arith.cmpi slt, %v2050, %v116 : i64
        %v2052 = arith.subi %size_L, %v1 : i64
        %v2053 = arith.minsi %v2050, %v2052 : i64
        %v2054 = arith.addi %v2049, %v2053 : i64
        %v2055 = arith.muli %v2047, %v130 : i64
        %v2056 = arith.addi %v2055, %v1652 : i64
        %v2057 = llvm.getelementptr %in_e[%v2054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2058 = llvm.load %v2057 : !llvm.ptr -> f32
        %v2059 = arith.addi %v1651, %v552 : i64
        %v2060 = arith.constant true
        %v2061 = arith.addi %v33, %v2059 : i64
        %v2062 = llvm.getelementptr %v8[%v2061] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2063 = llvm.load %v2062 : !llvm.ptr<3> -> i64
        %v2064 = arith.addi %v1650, %v1652 : i64
        %v2065 = arith.cmpi slt, %v2064, %v116 : i64
        %v2066 = arith.subi %size_L, %v1 : i64
        %v2067 = arith.minsi %v2064, %v2066 : i64
        %v2068 = arith.addi %v2063, %v2067 : i64
        %v2069 = arith.muli %v2061, %v130 : i64
        %v2070 = arith.addi %v2069, %v1652 : i64
        %v2071 = llvm.getelementptr %in_e[%v2068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2072 = llvm.load %v2071 : !llvm.ptr -> f32
        %v2073 = arith.addi %v1651, %v567 : i64
        %v2074 = arith.constant true
        %v2075 = arith.addi %v33, %v2073 : i64
        %v2076 = llvm.getelementptr %v8[%v2075] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2077 = llvm.load %v2076 : !llvm.ptr<3> -> i64
        %v2078 = arith.addi %v1650, %v1652 : i64
        %v2079 = arith.cmpi slt, %v2078, %v116 : i64
        %v2080 = arith.subi %size_L, %v1 : i64
        %v2081 = arith.minsi %v2078, %v2080 : i64
        %v2082 = arith.addi %v2077, %v2081 : i64
        %v2083 = arith.muli %v2075, %v130 : i64
        %v2084 = arith.addi %v2083, %v1652 : i64
        %v2085 = llvm.getelementptr %in_e[%v2082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2086 = llvm.load %v2085 : !llvm.ptr -> f32
        %v2087 = arith.addi %v1651, %v582 : i64
        %v2088 = arith.constant true
        %v2089 = arith.addi %v33, %v2087 : i64
        %v2090 = llvm.getelementptr %v8[%v2089] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2091 = llvm.load %v2090 : !llvm.ptr<3> -> i64
        %v2092 = arith.addi %v1650, %v1652 : i64
        %v2093 = arith.cmpi slt, %v2092, %v116 : i64
        %v2094 = arith.subi %size_L, %v1 : i64
        %v2095 = arith.minsi %v2092, %v2094 : i64
        %v2096 = arith.addi %v2091, %v2095 : i64
        %v2097 = arith.muli %v2089, %v130 : i64
        %v2098 = arith.addi %v2097, %v1652 : i64
        %v2099 = llvm.getelementptr %in_e[%v2096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2100 = llvm.load %v2099 : !llvm.ptr -> f32
        %v2101 = arith.divui %v16, %v117 : i64
        %v2102 = arith.remui %v16, %v117 : i64
        %v2103 = arith.addi %v2101, %v33 : i64
        %v2104 = arith.constant true
        %v2105 = arith.addi %v18, %v2103 : i64
        %v2106 = llvm.getelementptr %v8[%v2105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2107 = llvm.load %v2106 : !llvm.ptr<3> -> i64
        %v2108 = arith.addi %v1650, %v2102 : i64
        %v2109 = arith.cmpi slt, %v2108, %v116 : i64
        %v2110 = arith.subi %size_L, %v1 : i64
        %v2111 = arith.minsi %v2108, %v2110 : i64
        %v2112 = arith.addi %v2107, %v2111 : i64
        %v2113 = arith.muli %v2105, %v130 : i64
        %v2114 = arith.addi %v2113, %v2102 : i64
        %v2115 = llvm.getelementptr %in_phi1[%v2112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2116 = llvm.load %v2115 : !llvm.ptr -> f32
        %v2117 = arith.addi %v2101, %v57 : i64
        %v2118 = arith.constant true
        %v2119 = arith.addi %v18, %v2117 : i64
        %v2120 = llvm.getelementptr %v8[%v2119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2121 = llvm.load %v2120 : !llvm.ptr<3> -> i64
        %v2122 = arith.addi %v1650, %v2102 : i64
        %v2123 = arith.cmpi slt, %v2122, %v116 : i64
        %v2124 = arith.subi %size_L, %v1 : i64
        %v2125 = arith.minsi %v2122, %v2124 : i64
        %v2126 = arith.addi %v2121, %v2125 : i64
        %v2127 = arith.muli %v2119, %v130 : i64
        %v2128 = arith.addi %v2127, %v2102 : i64
        %v2129 = llvm.getelementptr %in_phi1[%v2126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2130 = llvm.load %v2129 : !llvm.ptr -> f32
        %v2131 = arith.addi %v2101, %v78 : i64
        %v2132 = arith.constant true
        %v2133 = arith.addi %v18, %v2131 : i64
        %v2134 = llvm.getelementptr %v8[%v2133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2135 = llvm.load %v2134 : !llvm.ptr<3> -> i64
        %v2136 = arith.addi %v1650, %v2102 : i64
        %v2137 = arith.cmpi slt, %v2136, %v116 : i64
        %v2138 = arith.subi %size_L, %v1 : i64
        %v2139 = arith.minsi %v2136, %v2138 : i64
        %v2140 = arith.addi %v2135, %v2139 : i64
        %v2141 = arith.muli %v2133, %v130 : i64
        %v2142 = arith.addi %v2141, %v2102 : i64
        %v2143 = llvm.getelementptr %in_phi1[%v2140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2144 = llvm.load %v2143 : !llvm.ptr -> f32
        %v2145 = arith.addi %v2101, %v163 : i64
        %v2146 = arith.constant true
        %v2147 = arith.addi %v18, %v2145 : i64
        %v2148 = llvm.getelementptr %v8[%v2147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2149 = llvm.load %v2148 : !llvm.ptr<3> -> i64
        %v2150 = arith.addi %v1650, %v2102 : i64
        %v2151 = arith.cmpi slt, %v2150, %v116 : i64
        %v2152 = arith.subi %size_L, %v1 : i64
        %v2153 = arith.minsi %v2150, %v2152 : i64
        %v2154 = arith.addi %v2149, %v2153 : i64
        %v2155 = arith.muli %v2147, %v130 : i64
        %v2156 = arith.addi %v2155, %v2102 : i64
        %v2157 = llvm.getelementptr %in_phi1[%v2154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2158 = llvm.load %v2157 : !llvm.ptr -> f32
        %v2159 = arith.addi %v2101, %v178 : i64
        %v2160 = arith.constant true
        %v2161 = arith.addi %v18, %v2159 : i64
        %v2162 = llvm.getelementptr %v8[%v2161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2163 = llvm.load %v2162 : !llvm.ptr<3> -> i64
        %v2164 = arith.addi %v1650, %v2102 : i64
        %v2165 = arith.cmpi slt, %v2164, %v116 : i64
        %v2166 = arith.subi %size_L, %v1 : i64
        %v2167 = arith.minsi %v2164, %v2166 : i64
        %v2168 = arith.addi %v2163, %v2167 : i64
        %v2169 = arith.muli %v2161, %v130 : i64
        %v2170 = arith.addi %v2169, %v2102 : i64
        %v2171 = llvm.getelementptr %in_phi1[%v2168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2172 = llvm.load %v2171 : !llvm.ptr -> f32
        %v2173 = arith.addi %v2101, %v193 : i64
        %v2174 = arith.constant true
        %v2175 = arith.addi %v18, %v2173 : i64
        %v2176 = llvm.getelementptr %v8[%v2175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2177 = llvm.load %v2176 : !llvm.ptr<3> -> i64
        %v2178 = arith.addi %v1650, %v2102 : i64
        %v2179 = arith.cmpi slt, %v2178, %v116 : i64
        %v2180 = arith.subi %size_L, %v1 : i64
        %v2181 = arith.minsi %v2178, %v2180 : i64
        %v2182 = arith.addi %v2177, %v2181 : i64
        %v2183 = arith.muli %v2175, %v130 : i64
        %v2184 = arith.addi %v2183, %v2102 : i64
        %v2185 = llvm.getelementptr %in_phi1[%v2182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2186 = llvm.load %v2185 : !llvm.ptr -> f32
        %v2187 = arith.addi %v2101, %v208 : i64
        %v2188 = arith.constant true
        %v2189 = arith.addi %v18, %v2187 : i64
        %v2190 = llvm.getelementptr %v8[%v2189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2191 = llvm.load %v2190 : !llvm.ptr<3> -> i64
        %v2192 = arith.addi %v1650, %v2102 : i64
        %v2193 = arith.cmpi slt, %v2192, %v116 : i64
        %v2194 = arith.subi %size_L, %v1 : i64
        %v2195 = arith.minsi %v2192, %v2194 : i64
        %v2196 = arith.addi %v2191, %v2195 : i64
        %v2197 = arith.muli %v2189, %v130 : i64
        %v2198 = arith.addi %v2197, %v2102 : i64
        %v2199 = llvm.getelementptr %in_phi1[%v2196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2200 = llvm.load %v2199 : !llvm.ptr -> f32
        %v2201 = arith.addi %v2101, %v223 : i64
        %v2202 = arith.constant true
        %v2203 = arith.addi %v18, %v2201 : i64
        %v2204 = llvm.getelementptr %v8[%v2203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2205 = llvm.load %v2204 : !llvm.ptr<3> -> i64
        %v2206 = arith.addi %v1650, %v2102 : i64
        %v2207 = arith.cmpi slt, %v2206, %v116 : i64
        %v2208 = arith.subi %size_L, %v1 : i64
        %v2209 = arith.minsi %v2206, %v2208 : i64
        %v2210 = arith.addi %v2205, %v2209 : i64
        %v2211 = arith.muli %v2203, %v130 : i64
        %v2212 = arith.addi %v2211, %v2102 : i64
        %v2213 = llvm.getelementptr %in_phi1[%v2210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2214 = llvm.load %v2213 : !llvm.ptr -> f32
        %v2215 = arith.addi %v2101, %v238 : i64
        %v2216 = arith.constant true
        %v2217 = arith.addi %v18, %v2215 : i64
        %v2218 = llvm.getelementptr %v8[%v2217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2219 = llvm.load %v2218 : !llvm.ptr<3> -> i64
        %v2220 = arith.addi %v1650, %v2102 : i64
        %v2221 = arith.cmpi slt, %v2220, %v116 : i64
        %v2222 = arith.subi %size_L, %v1 : i64
        %v2223 = arith.minsi %v2220, %v2222 : i64
        %v2224 = arith.addi %v2219, %v2223 : i64
        %v2225 = arith.muli %v2217, %v130 : i64
        %v2226 = arith.addi %v2225, %v2102 : i64
        %v2227 = llvm.getelementptr %in_phi1[%v2224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2228 = llvm.load %v2227 : !llvm.ptr -> f32
        %v2229 = arith.addi %v2101, %v253 : i64
        %v2230 = arith.constant true
        %v2231 = arith.addi %v18, %v2229 : i64
        %v2232 = llvm.getelementptr %v8[%v2231] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2233 = llvm.load %v2232 : !llvm.ptr<3> -> i64
        %v2234 = arith.addi %v1650, %v2102 : i64
        %v2235 = arith.cmpi slt, %v2234, %v116 : i64
        %v2236 = arith.subi %size_L, %v1 : i64
        %v2237 = arith.minsi %v2234, %v2236 : i64
        %v2238 = arith.addi %v2233, %v2237 : i64
        %v2239 = arith.muli %v2231, %v130 : i64
        %v2240 = arith.addi %v2239, %v2102 : i64
        %v2241 = llvm.getelementptr %in_phi1[%v2238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2242 = llvm.load %v2241 : !llvm.ptr -> f32
        %v2243 = arith.addi %v2101, %v268 : i64
        %v2244 = arith.constant true
        %v2245 = arith.addi %v18, %v2243 : i64
        %v2246 = llvm.getelementptr %v8[%v2245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2247 = llvm.load %v2246 : !llvm.ptr<3> -> i64
        %v2248 = arith.addi %v1650, %v2102 : i64
        %v2249 = arith.cmpi slt, %v2248, %v116 : i64
        %v2250 = arith.subi %size_L, %v1 : i64
        %v2251 = arith.minsi %v2248, %v2250 : i64
        %v2252 = arith.addi %v2247, %v2251 : i64
        %v2253 = arith.muli %v2245, %v130 : i64
        %v2254 = arith.addi %v2253, %v2102 : i64
        %v2255 = llvm.getelementptr %in_phi1[%v2252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2256 = llvm.load %v2255 : !llvm.ptr -> f32
        %v2257 = arith.addi %v2101, %v283 : i64
        %v2258 = arith.constant true
        %v2259 = arith.addi %v18, %v2257 : i64
        %v2260 = llvm.getelementptr %v8[%v2259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2261 = llvm.load %v2260 : !llvm.ptr<3> -> i64
        %v2262 = arith.addi %v1650, %v2102 : i64
        %v2263 = arith.cmpi slt, %v2262, %v116 : i64
        %v2264 = arith.subi %size_L, %v1 : i64
        %v2265 = arith.minsi %v2262, %v2264 : i64
        %v2266 = arith.addi %v2261, %v2265 : i64
        %v2267 = arith.muli %v2259, %v130 : i64
        %v2268 = arith.addi %v2267, %v2102 : i64
        %v2269 = llvm.getelementptr %in_phi1[%v2266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2270 = llvm.load %v2269 : !llvm.ptr -> f32
        %v2271 = arith.addi %v2101, %v298 : i64
        %v2272 = arith.constant true
        %v2273 = arith.addi %v18, %v2271 : i64
        %v2274 = llvm.getelementptr %v8[%v2273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2275 = llvm.load %v2274 : !llvm.ptr<3> -> i64
        %v2276 = arith.addi %v1650, %v2102 : i64
        %v2277 = arith.cmpi slt, %v2276, %v116 : i64
        %v2278 = arith.subi %size_L, %v1 : i64
        %v2279 = arith.minsi %v2276, %v2278 : i64
        %v2280 = arith.addi %v2275, %v2279 : i64
        %v2281 = arith.muli %v2273, %v130 : i64
        %v2282 = arith.addi %v2281, %v2102 : i64
        %v2283 = llvm.getelementptr %in_phi1[%v2280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2284 = llvm.load %v2283 : !llvm.ptr -> f32
        %v2285 = arith.addi %v2101, %v313 : i64
        %v2286 = arith.constant true
        %v2287 = arith.addi %v18, %v2285 : i64
        %v2288 = llvm.getelementptr %v8[%v2287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2289 = llvm.load %v2288 : !llvm.ptr<3> -> i64
        %v2290 = arith.addi %v1650, %v2102 : i64
        %v2291 = arith.cmpi slt, %v2290, %v116 : i64
        %v2292 = arith.subi %size_L, %v1 : i64
        %v2293 = arith.minsi %v2290, %v2292 : i64
        %v2294 = arith.addi %v2289, %v2293 : i64
        %v2295 = arith.muli %v2287, %v130 : i64
        %v2296 = arith.addi %v2295, %v2102 : i64
        %v2297 = llvm.getelementptr %in_phi1[%v2294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2298 = llvm.load %v2297 : !llvm.ptr -> f32
        %v2299 = arith.addi %v2101, %v328 : i64
        %v2300 = arith.constant true
        %v2301 = arith.addi %v18, %v2299 : i64
        %v2302 = llvm.getelementptr %v8[%v2301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2303 = llvm.load %v2302 : !llvm.ptr<3> -> i64
        %v2304 = arith.addi %v1650, %v2102 : i64
        %v2305 = arith.cmpi slt, %v2304, %v116 : i64
        %v2306 = arith.subi %size_L, %v1 : i64
        %v2307 = arith.minsi %v2304, %v2306 : i64
        %v2308 = arith.addi %v2303, %v2307 : i64
        %v2309 = arith.muli %v2301, %v130 : i64
        %v2310 = arith.addi %v2309, %v2102 : i64
        %v2311 = llvm.getelementptr %in_phi1[%v2308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2312 = llvm.load %v2311 : !llvm.ptr -> f32
        %v2313 = arith.addi %v2101, %v343 : i64
        %v2314 = arith.constant true
        %v2315 = arith.addi %v18, %v2313 : i64
        %v2316 = llvm.getelementptr %v8[%v2315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2317 = llvm.load %v2316 : !llvm.ptr<3> -> i64
        %v2318 = arith.addi %v1650, %v2102 : i64
        %v2319 = arith.cmpi slt, %v2318, %v116 : i64
        %v2320 = arith.subi %size_L, %v1 : i64
        %v2321 = arith.minsi %v2318, %v2320 : i64
        %v2322 = arith.addi %v2317, %v2321 : i64
        %v2323 = arith.muli %v2315, %v130 : i64
        %v2324 = arith.addi %v2323, %v2102 : i64
        %v2325 = llvm.getelementptr %in_phi1[%v2322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2326 = llvm.load %v2325 : !llvm.ptr -> f32
        %v2327 = arith.addi %v2101, %v117 : i64
        %v2328 = arith.constant true
        %v2329 = arith.addi %v18, %v2327 : i64
        %v2330 = llvm.getelementptr %v8[%v2329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2331 = llvm.load %v2330 : !llvm.ptr<3> -> i64
        %v2332 = arith.addi %v1650, %v2102 : i64
        %v2333 = arith.cmpi slt, %v2332, %v116 : i64
        %v2334 = arith.subi %size_L, %v1 : i64
        %v2335 = arith.minsi %v2332, %v2334 : i64
        %v2336 = arith.addi %v2331, %v2335 : i64
        %v2337 = arith.muli %v2329, %v130 : i64
        %v2338 = arith.addi %v2337, %v2102 : i64
        %v2339 = llvm.getelementptr %in_phi1[%v2336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2340 = llvm.load %v2339 : !llvm.ptr -> f32
        %v2341 = arith.addi %v2101, %v372 : i64
        %v2342 = arith.constant true
        %v2343 = arith.addi %v18, %v2341 : i64
        %v2344 = llvm.getelementptr %v8[%v2343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2345 = llvm.load %v2344 : !llvm.ptr<3> -> i64
        %v2346 = arith.addi %v1650, %v2102 : i64
        %v2347 = arith.cmpi slt, %v2346, %v116 : i64
        %v2348 = arith.subi %size_L, %v1 : i64
        %v2349 = arith.minsi %v2346, %v2348 : i64
        %v2350 = arith.addi %v2345, %v2349 : i64
        %v2351 = arith.muli %v2343, %v130 : i64
        %v2352 = arith.addi %v2351, %v2102 : i64
        %v2353 = llvm.getelementptr %in_phi1[%v2350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2354 = llvm.load %v2353 : !llvm.ptr -> f32
        %v2355 = arith.addi %v2101, %v387 : i64
        %v2356 = arith.constant true
        %v2357 = arith.addi %v18, %v2355 : i64
        %v2358 = llvm.getelementptr %v8[%v2357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2359 = llvm.load %v2358 : !llvm.ptr<3> -> i64
        %v2360 = arith.addi %v1650, %v2102 : i64
        %v2361 = arith.cmpi slt, %v2360, %v116 : i64
        %v2362 = arith.subi %size_L, %v1 : i64
        %v2363 = arith.minsi %v2360, %v2362 : i64
        %v2364 = arith.addi %v2359, %v2363 : i64
        %v2365 = arith.muli %v2357, %v130 : i64
        %v2366 = arith.addi %v2365, %v2102 : i64
        %v2367 = llvm.getelementptr %in_phi1[%v2364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2368 = llvm.load %v2367 : !llvm.ptr -> f32
        %v2369 = arith.addi %v2101, %v402 : i64
        %v2370 = arith.constant true
        %v2371 = arith.addi %v18, %v2369 : i64
        %v2372 = llvm.getelementptr %v8[%v2371] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2373 = llvm.load %v2372 : !llvm.ptr<3> -> i64
        %v2374 = arith.addi %v1650, %v2102 : i64
        %v2375 = arith.cmpi slt, %v2374, %v116 : i64
        %v2376 = arith.subi %size_L, %v1 : i64
        %v2377 = arith.minsi %v2374, %v2376 : i64
        %v2378 = arith.addi %v2373, %v2377 : i64
        %v2379 = arith.muli %v2371, %v130 : i64
        %v2380 = arith.addi %v2379, %v2102 : i64
        %v2381 = llvm.getelementptr %in_phi1[%v2378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2382 = llvm.load %v2381 : !llvm.ptr -> f32
        %v2383 = arith.addi %v2101, %v417 : i64
        %v2384 = arith.constant true
        %v2385 = arith.addi %v18, %v2383 : i64
        %v2386 = llvm.getelementptr %v8[%v2385] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2387 = llvm.load %v2386 : !llvm.ptr<3> -> i64
        %v2388 = arith.addi %v1650, %v2102 : i64
        %v2389 = arith.cmpi slt, %v2388, %v116 : i64
        %v2390 = arith.subi %size_L, %v1 : i64
        %v2391 = arith.minsi %v2388, %v2390 : i64
        %v2392 = arith.addi %v2387, %v2391 : i64
        %v2393 = arith.muli %v2385, %v130 : i64
        %v2394 = arith.addi %v2393, %v2102 : i64
        %v2395 = llvm.getelementptr %in_phi1[%v2392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2396 = llvm.load %v2395 : !llvm.ptr -> f32
        %v2397 = arith.addi %v2101, %v432 : i64
        %v2398 = arith.constant true
        %v2399 = arith.addi %v18, %v2397 : i64
        %v2400 = llvm.getelementptr %v8[%v2399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2401 = llvm.load %v2400 : !llvm.ptr<3> -> i64
        %v2402 = arith.addi %v1650, %v2102 : i64
        %v2403 = arith.cmpi slt, %v2402, %v116 : i64
        %v2404 = arith.subi %size_L, %v1 : i64
        %v2405 = arith.minsi %v2402, %v2404 : i64
        %v2406 = arith.addi %v2401, %v2405 : i64
        %v2407 = arith.muli %v2399, %v130 : i64
        %v2408 = arith.addi %v2407, %v2102 : i64
        %v2409 = llvm.getelementptr %in_phi1[%v2406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2410 = llvm.load %v2409 : !llvm.ptr -> f32
        %v2411 = arith.addi %v2101, %v447 : i64
        %v2412 = arith.constant true
        %v2413 = arith.addi %v18, %v2411 : i64
        %v2414 = llvm.getelementptr %v8[%v2413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2415 = llvm.load %v2414 : !llvm.ptr<3> -> i64
        %v2416 = arith.addi %v1650, %v2102 : i64
        %v2417 = arith.cmpi slt, %v2416, %v116 : i64
        %v2418 = arith.subi %size_L, %v1 : i64
        %v2419 = arith.minsi %v2416, %v2418 : i64
        %v2420 = arith.addi %v2415, %v2419 : i64
        %v2421 = arith.muli %v2413, %v130 : i64
        %v2422 = arith.addi %v2421, %v2102 : i64
        %v2423 = llvm.getelementptr %in_phi1[%v2420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2424 = llvm.load %v2423 : !llvm.ptr -> f32
        %v2425 = arith.addi %v2101, %v462 : i64
        %v2426 = arith.constant true
        %v2427 = arith.addi %v18, %v2425 : i64
        %v2428 = llvm.getelementptr %v8[%v2427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2429 = llvm.load %v2428 : !llvm.ptr<3> -> i64
        %v2430 = arith.addi %v1650, %v2102 : i64
        %v2431 = arith.cmpi slt, %v2430, %v116 : i64
        %v2432 = arith.subi %size_L, %v1 : i64
        %v2433 = arith.minsi %v2430, %v2432 : i64
        %v2434 = arith.addi %v2429, %v2433 : i64
        %v2435 = arith.muli %v2427, %v130 : i64
        %v2436 = arith.addi %v2435, %v2102 : i64
        %v2437 = llvm.getelementptr %in_phi1[%v2434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2438 = llvm.load %v2437 : !llvm.ptr -> f32
        %v2439 = arith.addi %v2101, %v477 : i64
        %v2440 = arith.constant true
        %v2441 = arith.addi %v18, %v2439 : i64
        %v2442 = llvm.getelementptr %v8[%v2441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2443 = llvm.load %v2442 : !llvm.ptr<3> -> i64
        %v2444 = arith.addi %v1650, %v2102 : i64
        %v2445 = arith.cmpi slt, %v2444, %v116 : i64
        %v2446 = arith.subi %size_L, %v1 : i64
        %v2447 = arith.minsi %v2444, %v2446 : i64
        %v2448 = arith.addi %v2443, %v2447 : i64
        %v2449 = arith.muli %v2441, %v130 : i64
        %v2450 = arith.addi %v2449, %v2102 : i64
        %v2451 = llvm.getelementptr %in_phi1[%v2448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2452 = llvm.load %v2451 : !llvm.ptr -> f32
        %v2453 = arith.addi %v2101, %v492 : i64
        %v2454 = arith.constant true
        %v2455 = arith.addi %v18, %v2453 : i64
        %v2456 = llvm.getelementptr %v8[%v2455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2457 = llvm.load %v2456 : !llvm.ptr<3> -> i64
        %v2458 = arith.addi %v1650, %v2102 : i64
        %v2459 = arith.cmpi slt, %v2458, %v116 : i64
        %v2460 = arith.subi %size_L, %v1 : i64
        %v2461 = arith.minsi %v2458, %v2460 : i64
        %v2462 = arith.addi %v2457, %v2461 : i64
        %v2463 = arith.muli %v2455, %v130 : i64
        %v2464 = arith.addi %v2463, %v2102 : i64
        %v2465 = llvm.getelementptr %in_phi1[%v2462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2466 = llvm.load %v2465 : !llvm.ptr -> f32
        %v2467 = arith.addi %v2101, %v507 : i64
        %v2468 = arith.constant true
        %v2469 = arith.addi %v18, %v2467 : i64
        %v2470 = llvm.getelementptr %v8[%v2469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2471 = llvm.load %v2470 : !llvm.ptr<3> -> i64
        %v2472 = arith.addi %v1650, %v2102 : i64
        %v2473 = arith.cmpi slt, %v2472, %v116 : i64
        %v2474 = arith.subi %size_L, %v1 : i64
        %v2475 = arith.minsi %v2472, %v2474 : i64
        %v2476 = arith.addi %v2471, %v2475 : i64
        %v2477 = arith.muli %v2469, %v130 : i64
        %v2478 = arith.addi %v2477, %v2102 : i64
        %v2479 = llvm.getelementptr %in_phi1[%v2476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2480 = llvm.load %v2479 : !llvm.ptr -> f32
        %v2481 = arith.addi %v2101, %v522 : i64
        %v2482 = arith.constant true
        %v2483 = arith.addi %v18, %v2481 : i64
        %v2484 = llvm.getelementptr %v8[%v2483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2485 = llvm.load %v2484 : !llvm.ptr<3> -> i64
        %v2486 = arith.addi %v1650, %v2102 : i64
        %v2487 = arith.cmpi slt, %v2486, %v116 : i64
        %v2488 = arith.subi %size_L, %v1 : i64
        %v2489 = arith.minsi %v2486, %v2488 : i64
        %v2490 = arith.addi %v2485, %v2489 : i64
        %v2491 = arith.muli %v2483, %v130 : i64
        %v2492 = arith.addi %v2491, %v2102 : i64
        %v2493 = llvm.getelementptr %in_phi1[%v2490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2494 = llvm.load %v2493 : !llvm.ptr -> f32
        %v2495 = arith.addi %v2101, %v537 : i64
        %v2496 = arith.constant true
        %v2497 = arith.addi %v18, %v2495 : i64
        %v2498 = llvm.getelementptr %v8[%v2497] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2499 = llvm.load %v2498 : !llvm.ptr<3> -> i64
        %v2500 = arith.addi %v1650, %v2102 : i64
        %v2501 = arith.cmpi slt, %v2500, %v116 : i64
        %v2502 = arith.subi %size_L, %v1 : i64
        %v2503 = arith.minsi %v2500, %v2502 : i64
        %v2504 = arith.addi %v2499, %v2503 : i64
        %v2505 = arith.muli %v2497, %v130 : i64
        %v2506 = arith.addi %v2505, %v2102 : i64
        %v2507 = llvm.getelementptr %in_phi1[%v2504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2508 = llvm.load %v2507 : !llvm.ptr -> f32
        %v2509 = arith.addi %v2101, %v552 : i64
        %v2510 = arith.constant true
        %v2511 = arith.addi %v18, %v2509 : i64
        %v2512 = llvm.getelementptr %v8[%v2511] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2513 = llvm.load %v2512 : !llvm.ptr<3> -> i64
        %v2514 = arith.addi %v1650, %v2102 : i64
        %v2515 = arith.cmpi slt, %v2514, %v116 : i64
        %v2516 = arith.subi %size_L, %v1 : i64
        %v2517 = arith.minsi %v2514, %v2516 : i64
        %v2518 = arith.addi %v2513, %v2517 : i64
        %v2519 = arith.muli %v2511, %v130 : i64
        %v2520 = arith.addi %v2519, %v2102 : i64
        %v2521 = llvm.getelementptr %in_phi1[%v2518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2522 = llvm.load %v2521 : !llvm.ptr -> f32
        %v2523 = arith.addi %v2101, %v567 : i64
        %v2524 = arith.constant true
        %v2525 = arith.addi %v18, %v2523 : i64
        %v2526 = llvm.getelementptr %v8[%v2525] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2527 = llvm.load %v2526 : !llvm.ptr<3> -> i64
        %v2528 = arith.addi %v1650, %v2102 : i64
        %v2529 = arith.cmpi slt, %v2528, %v116 : i64
        %v2530 = arith.subi %size_L, %v1 : i64
        %v2531 = arith.minsi %v2528, %v2530 : i64
        %v2532 = arith.addi %v2527, %v2531 : i64
        %v2533 = arith.muli %v2525, %v130 : i64
        %v2534 = arith.addi %v2533, %v2102 : i64
        %v2535 = llvm.getelementptr %in_phi1[%v2532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2536 = llvm.load %v2535 : !llvm.ptr -> f32
        %v2537 = arith.addi %v2101, %v582 : i64
        %v2538 = arith.constant true
        %v2539 = arith.addi %v18, %v2537 : i64
        %v2540 = llvm.getelementptr %v8[%v2539] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2541 = llvm.load %v2540 : !llvm.ptr<3> -> i64
        %v2542 = arith.addi %v1650, %v2102 : i64
        %v2543 = arith.cmpi slt, %v2542, %v116 : i64
        %v2544 = arith.subi %size_L, %v1 : i64
        %v2545 = arith.minsi %v2542, %v2544 : i64
        %v2546 = arith.addi %v2541, %v2545 : i64
        %v2547 = arith.muli %v2539, %v130 : i64
        %v2548 = arith.addi %v2547, %v2102 : i64
        %v2549 = llvm.getelementptr %in_phi1[%v2546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2550 = llvm.load %v2549 : !llvm.ptr -> f32
        %v2551 = arith.divui %v16, %v117 : i64
        %v2552 = arith.remui %v16, %v117 : i64
        %v2553 = arith.addi %v2551, %v33 : i64
        %v2554 = arith.constant true
        %v2555 = arith.addi %v1115, %v2553 : i64
        %v2556 = llvm.getelementptr %v8[%v2555] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2557 = llvm.load %v2556 : !llvm.ptr<3> -> i64
        %v2558 = arith.addi %v1650, %v2552 : i64
        %v2559 = arith.cmpi slt, %v2558, %v116 : i64
        %v2560 = arith.subi %size_L, %v1 : i64
        %v2561 = arith.minsi %v2558, %v2560 : i64
        %v2562 = arith.addi %v2557, %v2561 : i64
        %v2563 = arith.muli %v2555, %v130 : i64
        %v2564 = arith.addi %v2563, %v2552 : i64
        %v2565 = llvm.getelementptr %in_phi2[%v2562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2566 = llvm.load %v2565 : !llvm.ptr -> f32
        %v2567 = arith.addi %v2551, %v57 : i64
        %v2568 = arith.constant true
        %v2569 = arith.addi %v1115, %v2567 : i64
        %v2570 = llvm.getelementptr %v8[%v2569] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2571 = llvm.load %v2570 : !llvm.ptr<3> -> i64
        %v2572 = arith.addi %v1650, %v2552 : i64
        %v2573 = arith.cmpi slt, %v2572, %v116 : i64
        %v2574 = arith.subi %size_L, %v1 : i64
        %v2575 = arith.minsi %v2572, %v2574 : i64
        %v2576 = arith.addi %v2571, %v2575 : i64
        %v2577 = arith.muli %v2569, %v130 : i64
        %v2578 = arith.addi %v2577, %v2552 : i64
        %v2579 = llvm.getelementptr %in_phi2[%v2576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2580 = llvm.load %v2579 : !llvm.ptr -> f32
        %v2581 = arith.addi %v2551, %v78 : i64
        %v2582 = arith.constant true
        %v2583 = arith.addi %v1115, %v2581 : i64
        %v2584 = llvm.getelementptr %v8[%v2583] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2585 = llvm.load %v2584 : !llvm.ptr<3> -> i64
        %v2586 = arith.addi %v1650, %v2552 : i64
        %v2587 = arith.cmpi slt, %v2586, %v116 : i64
        %v2588 = arith.subi %size_L, %v1 : i64
        %v2589 = arith.minsi %v2586, %v2588 : i64
        %v2590 = arith.addi %v2585, %v2589 : i64
        %v2591 = arith.muli %v2583, %v130 : i64
        %v2592 = arith.addi %v2591, %v2552 : i64
        %v2593 = llvm.getelementptr %in_phi2[%v2590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2594 = llvm.load %v2593 : !llvm.ptr -> f32
        %v2595 = arith.addi %v2551, %v163 : i64
        %v2596 = arith.constant true
        %v2597 = arith.addi %v1115, %v2595 : i64
        %v2598 = llvm.getelementptr %v8[%v2597] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2599 = llvm.load %v2598 : !llvm.ptr<3> -> i64
        %v2600 = arith.addi %v1650, %v2552 : i64
        %v2601 = arith.cmpi slt, %v2600, %v116 : i64
        %v2602 = arith.subi %size_L, %v1 : i64
        %v2603 = arith.minsi %v2600, %v2602 : i64
        %v2604 = arith.addi %v2599, %v2603 : i64
        %v2605 = arith.muli %v2597, %v130 : i64
        %v2606 = arith.addi %v2605, %v2552 : i64
        %v2607 = llvm.getelementptr %in_phi2[%v2604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2608 = llvm.load %v2607 : !llvm.ptr -> f32
        %v2609 = arith.addi %v2551, %v178 : i64
        %v2610 = arith.constant true
        %v2611 = arith.addi %v1115, %v2609 : i64
        %v2612 = llvm.getelementptr %v8[%v2611] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2613 = llvm.load %v2612 : !llvm.ptr<3> -> i64
        %v2614 = arith.addi %v1650, %v2552 : i64
        %v2615 = arith.cmpi slt, %v2614, %v116 : i64
        %v2616 = arith.subi %size_L, %v1 : i64
        %v2617 = arith.minsi %v2614, %v2616 : i64
        %v2618 = arith.addi %v2613, %v2617 : i64
        %v2619 = arith.muli %v2611, %v130 : i64
        %v2620 = arith.addi %v2619, %v2552 : i64
        %v2621 = llvm.getelementptr %in_phi2[%v2618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2622 = llvm.load %v2621 : !llvm.ptr -> f32
        %v2623 = arith.addi %v2551, %v193 : i64
        %v2624 = arith.constant true
        %v2625 = arith.addi %v1115, %v2623 : i64
        %v2626 = llvm.getelementptr %v8[%v2625] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2627 = llvm.load %v2626 : !llvm.ptr<3> -> i64
        %v2628 = arith.addi %v1650, %v2552 : i64
        %v2629 = arith.cmpi slt, %v2628, %v116 : i64
        %v2630 = arith.subi %size_L, %v1 : i64
        %v2631 = arith.minsi %v2628, %v2630 : i64
        %v2632 = arith.addi %v2627, %v2631 : i64
        %v2633 = arith.muli %v2625, %v130 : i64
        %v2634 = arith.addi %v2633, %v2552 : i64
        %v2635 = llvm.getelementptr %in_phi2[%v2632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2636 = llvm.load %v2635 : !llvm.ptr -> f32
        %v2637 = arith.addi %v2551, %v208 : i64
        %v2638 = arith.constant true
        %v2639 = arith.addi %v1115, %v2637 : i64
        %v2640 = llvm.getelementptr %v8[%v2639] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2641 = llvm.load %v2640 : !llvm.ptr<3> -> i64
        %v2642 = arith.addi %v1650, %v2552 : i64
        %v2643 = arith.cmpi slt, %v2642, %v116 : i64
        %v2644 = arith.subi %size_L, %v1 : i64
        %v2645 = arith.minsi %v2642, %v2644 : i64
        %v2646 = arith.addi %v2641, %v2645 : i64
        %v2647 = arith.muli %v2639, %v130 : i64
        %v2648 = arith.addi %v2647, %v2552 : i64
        %v2649 = llvm.getelementptr %in_phi2[%v2646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2650 = llvm.load %v2649 : !llvm.ptr -> f32
        %v2651 = arith.addi %v2551, %v223 : i64
        %v2652 = arith.constant true
        %v2653 = arith.addi %v1115, %v2651 : i64
        %v2654 = llvm.getelementptr %v8[%v2653] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2655 = llvm.load %v2654 : !llvm.ptr<3> -> i64
        %v2656 = arith.addi %v1650, %v2552 : i64
        %v2657 = arith.cmpi slt, %v2656, %v116 : i64
        %v2658 = arith.subi %size_L, %v1 : i64
        %v2659 = arith.minsi %v2656, %v2658 : i64
        %v2660 = arith.addi %v2655, %v2659 : i64
        %v2661 = arith.muli %v2653, %v130 : i64
        %v2662 = arith.addi %v2661, %v2552 : i64
        %v2663 = llvm.getelementptr %in_phi2[%v2660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2664 = llvm.load %v2663 : !llvm.ptr -> f32
        %v2665 = arith.addi %v2551, %v238 : i64
        %v2666 = arith.constant true
        %v2667 = arith.addi %v1115, %v2665 : i64
        %v2668 = llvm.getelementptr %v8[%v2667] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2669 = llvm.load %v2668 : !llvm.ptr<3> -> i64
        %v2670 = arith.addi %v1650, %v2552 : i64
        %v2671 = arith.cmpi slt, %v2670, %v116 : i64
        %v2672 = arith.subi %size_L, %v1 : i64
        %v2673 = arith.minsi %v2670, %v2672 : i64
        %v2674 = arith.addi %v2669, %v2673 : i64
        %v2675 = arith.muli %v2667, %v130 : i64
        %v2676 = arith.addi %v2675, %v2552 : i64
        %v2677 = llvm.getelementptr %in_phi2[%v2674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2678 = llvm.load %v2677 : !llvm.ptr -> f32
        %v2679 = arith.addi %v2551, %v253 : i64
        %v2680 = arith.constant true
        %v2681 = arith.addi %v1115, %v2679 : i64
        %v2682 = llvm.getelementptr %v8[%v2681] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2683 = llvm.load %v2682 : !llvm.ptr<3> -> i64
        %v2684 = arith.addi %v1650, %v2552 : i64
        %v2685 = arith.cmpi slt, %v2684, %v116 : i64
        %v2686 = arith.subi %size_L, %v1 : i64
        %v2687 = arith.minsi %v2684, %v2686 : i64
        %v2688 = arith.addi %v2683, %v2687 : i64
        %v2689 = arith.muli %v2681, %v130 : i64
        %v2690 = arith.addi %v2689, %v2552 : i64
        %v2691 = llvm.getelementptr %in_phi2[%v2688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2692 = llvm.load %v2691 : !llvm.ptr -> f32
        %v2693 = arith.addi %v2551, %v268 : i64
        %v2694 = arith.constant true
        %v2695 = arith.addi %v1115, %v2693 : i64
        %v2696 = llvm.getelementptr %v8[%v2695] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2697 = llvm.load %v2696 : !llvm.ptr<3> -> i64
        %v2698 = arith.addi %v1650, %v2552 : i64
        %v2699 = arith.cmpi slt, %v2698, %v116 : i64
        %v2700 = arith.subi %size_L, %v1 : i64
        %v2701 = arith.minsi %v2698, %v2700 : i64
        %v2702 = arith.addi %v2697, %v2701 : i64
        %v2703 = arith.muli %v2695, %v130 : i64
        %v2704 = arith.addi %v2703, %v2552 : i64
        %v2705 = llvm.getelementptr %in_phi2[%v2702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2706 = llvm.load %v2705 : !llvm.ptr -> f32
        %v2707 = arith.addi %v2551, %v283 : i64
        %v2708 = arith.constant true
        %v2709 = arith.addi %v1115, %v2707 : i64
        %v2710 = llvm.getelementptr %v8[%v2709] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2711 = llvm.load %v2710 : !llvm.ptr<3> -> i64
        %v2712 = arith.addi %v1650, %v2552 : i64
        %v2713 = arith.cmpi slt, %v2712, %v116 : i64
        %v2714 = arith.subi %size_L, %v1 : i64
        %v2715 = arith.minsi %v2712, %v2714 : i64
        %v2716 = arith.addi %v2711, %v2715 : i64
        %v2717 = arith.muli %v2709, %v130 : i64
        %v2718 = arith.addi %v2717, %v2552 : i64
        %v2719 = llvm.getelementptr %in_phi2[%v2716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2720 = llvm.load %v2719 : !llvm.ptr -> f32
        %v2721 = arith.addi %v2551, %v298 : i64
        %v2722 = arith.constant true
        %v2723 = arith.addi %v1115, %v2721 : i64
        %v2724 = llvm.getelementptr %v8[%v2723] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2725 = llvm.load %v2724 : !llvm.ptr<3> -> i64
        %v2726 = arith.addi %v1650, %v2552 : i64
        %v2727 = arith.cmpi slt, %v2726, %v116 : i64
        %v2728 = arith.subi %size_L, %v1 : i64
        %v2729 = arith.minsi %v2726, %v2728 : i64
        %v2730 = arith.addi %v2725, %v2729 : i64
        %v2731 = arith.muli %v2723, %v130 : i64
        %v2732 = arith.addi %v2731, %v2552 : i64
        %v2733 = llvm.getelementptr %in_phi2[%v2730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2734 = llvm.load %v2733 : !llvm.ptr -> f32
        %v2735 = arith.addi %v2551, %v313 : i64
        %v2736 = arith.constant true
        %v2737 = arith.addi %v1115, %v2735 : i64
        %v2738 = llvm.getelementptr %v8[%v2737] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2739 = llvm.load %v2738 : !llvm.ptr<3> -> i64
        %v2740 = arith.addi %v1650, %v2552 : i64
        %v2741 = arith.cmpi slt, %v2740, %v116 : i64
        %v2742 = arith.subi %size_L, %v1 : i64
        %v2743 = arith.minsi %v2740, %v2742 : i64
        %v2744 = arith.addi %v2739, %v2743 : i64
        %v2745 = arith.muli %v2737, %v130 : i64
        %v2746 = arith.addi %v2745, %v2552 : i64
        %v2747 = llvm.getelementptr %in_phi2[%v2744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2748 = llvm.load %v2747 : !llvm.ptr -> f32
        %v2749 = arith.addi %v2551, %v328 : i64
        %v2750 = arith.constant true
        %v2751 = arith.addi %v1115, %v2749 : i64
        %v2752 = llvm.getelementptr %v8[%v2751] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2753 = llvm.load %v2752 : !llvm.ptr<3> -> i64
        %v2754 = arith.addi %v1650, %v2552 : i64
        %v2755 = arith.cmpi slt, %v2754, %v116 : i64
        %v2756 = arith.subi %size_L, %v1 : i64
        %v2757 = arith.minsi %v2754, %v2756 : i64
        %v2758 = arith.addi %v2753, %v2757 : i64
        %v2759 = arith.muli %v2751, %v130 : i64
        %v2760 = arith.addi %v2759, %v2552 : i64
        %v2761 = llvm.getelementptr %in_phi2[%v2758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2762 = llvm.load %v2761 : !llvm.ptr -> f32
        %v2763 = arith.addi %v2551, %v343 : i64
        %v2764 = arith.constant true
        %v2765 = arith.addi %v1115, %v2763 : i64
        %v2766 = llvm.getelementptr %v8[%v2765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2767 = llvm.load %v2766 : !llvm.ptr<3> -> i64
        %v2768 = arith.addi %v1650, %v2552 : i64
        %v2769 = arith.cmpi slt, %v2768, %v116 : i64
        %v2770 = arith.subi %size_L, %v1 : i64
        %v2771 = arith.minsi %v2768, %v2770 : i64
        %v2772 = arith.addi %v2767, %v2771 : i64
        %v2773 = arith.muli %v2765, %v130 : i64
        %v2774 = arith.addi %v2773, %v2552 : i64
        %v2775 = llvm.getelementptr %in_phi2[%v2772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2776 = llvm.load %v2775 : !llvm.ptr -> f32
        %v2777 = arith.addi %v2551, %v117 : i64
        %v2778 = arith.constant true
        %v2779 = arith.addi %v1115, %v2777 : i64
        %v2780 = llvm.getelementptr %v8[%v2779] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2781 = llvm.load %v2780 : !llvm.ptr<3> -> i64
        %v2782 = arith.addi %v1650, %v2552 : i64
        %v2783 = arith.cmpi slt, %v2782, %v116 : i64
        %v2784 = arith.subi %size_L, %v1 : i64
        %v2785 = arith.minsi %v2782, %v2784 : i64
        %v2786 = arith.addi %v2781, %v2785 : i64
        %v2787 = arith.muli %v2779, %v130 : i64
        %v2788 = arith.addi %v2787, %v2552 : i64
        %v2789 = llvm.getelementptr %in_phi2[%v2786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2790 = llvm.load %v2789 : !llvm.ptr -> f32
        %v2791 = arith.addi %v2551, %v372 : i64
        %v2792 = arith.constant true
        %v2793 = arith.addi %v1115, %v2791 : i64
        %v2794 = llvm.getelementptr %v8[%v2793] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2795 = llvm.load %v2794 : !llvm.ptr<3> -> i64
        %v2796 = arith.addi %v1650, %v2552 : i64
        %v2797 = arith.cmpi slt, %v2796, %v116 : i64
        %v2798 = arith.subi %size_L, %v1 : i64
        %v2799 = arith.minsi %v2796, %v2798 : i64
        %v2800 = arith.addi %v2795, %v2799 : i64
        %v2801 = arith.muli %v2793, %v130 : i64
        %v2802 = arith.addi %v2801, %v2552 : i64
        %v2803 = llvm.getelementptr %in_phi2[%v2800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2804 = llvm.load %v2803 : !llvm.ptr -> f32
        %v2805 = arith.addi %v2551, %v387 : i64
        %v2806 = arith.constant true
        %v2807 = arith.addi %v1115, %v2805 : i64
        %v2808 = llvm.getelementptr %v8[%v2807] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2809 = llvm.load %v2808 : !llvm.ptr<3> -> i64
        %v2810 = arith.addi %v1650, %v2552 : i64
        %v2811 = arith.cmpi slt, %v2810, %v116 : i64
        %v2812 = arith.subi %size_L, %v1 : i64
        %v2813 = arith.minsi %v2810, %v2812 : i64
        %v2814 = arith.addi %v2809, %v2813 : i64
        %v2815 = arith.muli %v2807, %v130 : i64
        %v2816 = arith.addi %v2815, %v2552 : i64
        %v2817 = llvm.getelementptr %in_phi2[%v2814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2818 = llvm.load %v2817 : !llvm.ptr -> f32
        %v2819 = arith.addi %v2551, %v402 : i64
        %v2820 = arith.constant true
        %v2821 = arith.addi %v1115, %v2819 : i64
        %v2822 = llvm.getelementptr %v8[%v2821] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2823 = llvm.load %v2822 : !llvm.ptr<3> -> i64
        %v2824 = arith.addi %v1650, %v2552 : i64
        %v2825 = arith.cmpi slt, %v2824, %v116 : i64
        %v2826 = arith.subi %size_L, %v1 : i64
        %v2827 = arith.minsi %v2824, %v2826 : i64
        %v2828 = arith.addi %v2823, %v2827 : i64
        %v2829 = arith.muli %v2821, %v130 : i64
        %v2830 = arith.addi %v2829, %v2552 : i64
        %v2831 = llvm.getelementptr %in_phi2[%v2828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2832 = llvm.load %v2831 : !llvm.ptr -> f32
        %v2833 = arith.addi %v2551, %v417 : i64
        %v2834 = arith.constant true
        %v2835 = arith.addi %v1115, %v2833 : i64
        %v2836 = llvm.getelementptr %v8[%v2835] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2837 = llvm.load %v2836 : !llvm.ptr<3> -> i64
        %v2838 = arith.addi %v1650, %v2552 : i64
        %v2839 = arith.cmpi slt, %v2838, %v116 : i64
        %v2840 = arith.subi %size_L, %v1 : i64
        %v2841 = arith.minsi %v2838, %v2840 : i64
        %v2842 = arith.addi %v2837, %v2841 : i64
        %v2843 = arith.muli %v2835, %v130 : i64
        %v2844 = arith.addi %v2843, %v2552 : i64
        %v2845 = llvm.getelementptr %in_phi2[%v2842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2846 = llvm.load %v2845 : !llvm.ptr -> f32
        %v2847 = arith.addi %v2551, %v432 : i64
        %v2848 = arith.constant true
        %v2849 = arith.addi %v1115, %v2847 : i64
        %v2850 = llvm.getelementptr %v8[%v2849] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2851 = llvm.load %v2850 : !llvm.ptr<3> -> i64
        %v2852 = arith.addi %v1650, %v2552 : i64
        %v2853 = arith.cmpi slt, %v2852, %v116 : i64
        %v2854 = arith.subi %size_L, %v1 : i64
        %v2855 = arith.minsi %v2852, %v2854 : i64
        %v2856 = arith.addi %v2851, %v2855 : i64
        %v2857 = arith.muli %v2849, %v130 : i64
        %v2858 = arith.addi %v2857, %v2552 : i64
        %v2859 = llvm.getelementptr %in_phi2[%v2856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2860 = llvm.load %v2859 : !llvm.ptr -> f32
        %v2861 = arith.addi %v2551, %v447 : i64
        %v2862 = arith.constant true
        %v2863 = arith.addi %v1115, %v2861 : i64
        %v2864 = llvm.getelementptr %v8[%v2863] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2865 = llvm.load %v2864 : !llvm.ptr<3> -> i64
        %v2866 = arith.addi %v1650, %v2552 : i64
        %v2867 = arith.cmpi slt, %v2866, %v116 : i64
        %v2868 = arith.subi %size_L, %v1 : i64
        %v2869 = arith.minsi %v2866, %v2868 : i64
        %v2870 = arith.addi %v2865, %v2869 : i64
        %v2871 = arith.muli %v2863, %v130 : i64
        %v2872 = arith.addi %v2871, %v2552 : i64
        %v2873 = llvm.getelementptr %in_phi2[%v2870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2874 = llvm.load %v2873 : !llvm.ptr -> f32
        %v2875 = arith.addi %v2551, %v462 : i64
        %v2876 = arith.constant true
        %v2877 = arith.addi %v1115, %v2875 : i64
        %v2878 = llvm.getelementptr %v8[%v2877] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2879 = llvm.load %v2878 : !llvm.ptr<3> -> i64
        %v2880 = arith.addi %v1650, %v2552 : i64
        %v2881 = arith.cmpi slt, %v2880, %v116 : i64
        %v2882 = arith.subi %size_L, %v1 : i64
        %v2883 = arith.minsi %v2880, %v2882 : i64
        %v2884 = arith.addi %v2879, %v2883 : i64
        %v2885 = arith.muli %v2877, %v130 : i64
        %v2886 = arith.addi %v2885, %v2552 : i64
        %v2887 = llvm.getelementptr %in_phi2[%v2884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2888 = llvm.load %v2887 : !llvm.ptr -> f32
        %v2889 = arith.addi %v2551, %v477 : i64
        %v2890 = arith.constant true
        %v2891 = arith.addi %v1115, %v2889 : i64
        %v2892 = llvm.getelementptr %v8[%v2891] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2893 = llvm.load %v2892 : !llvm.ptr<3> -> i64
        %v2894 = arith.addi %v1650, %v2552 : i64
        %v2895 = arith.cmpi slt, %v2894, %v116 : i64
        %v2896 = arith.subi %size_L, %v1 : i64
        %v2897 = arith.minsi %v2894, %v2896 : i64
        %v2898 = arith.addi %v2893, %v2897 : i64
        %v2899 = arith.muli %v2891, %v130 : i64
        %v2900 = arith.addi %v2899, %v2552 : i64
        %v2901 = llvm.getelementptr %in_phi2[%v2898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2902 = llvm.load %v2901 : !llvm.ptr -> f32
        %v2903 = arith.addi %v2551, %v492 : i64
        %v2904 = arith.constant true
        %v2905 = arith.addi %v1115, %v2903 : i64
        %v2906 = llvm.getelementptr %v8[%v2905] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2907 = llvm.load %v2906 : !llvm.ptr<3> -> i64
        %v2908 = arith.addi %v1650, %v2552 : i64
        %v2909 = arith.cmpi slt, %v2908, %v116 : i64
        %v2910 = arith.subi %size_L, %v1 : i64
        %v2911 = arith.minsi %v2908, %v2910 : i64
        %v2912 = arith.addi %v2907, %v2911 : i64
        %v2913 = arith.muli %v2905, %v130 : i64
        %v2914 = arith.addi %v2913, %v2552 : i64
        %v2915 = llvm.getelementptr %in_phi2[%v2912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2916 = llvm.load %v2915 : !llvm.ptr -> f32
        %v2917 = arith.addi %v2551, %v507 : i64
        %v2918 = arith.constant true
        %v2919 = arith.addi %v1115, %v2917 : i64
        %v2920 = llvm.getelementptr %v8[%v2919] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2921 = llvm.load %v2920 : !llvm.ptr<3> -> i64
        %v2922 = arith.addi %v1650, %v2552 : i64
        %v2923 = arith.cmpi slt, %v2922, %v116 : i64
        %v2924 = arith.subi %size_L, %v1 : i64
        %v2925 = arith.minsi %v2922, %v2924 : i64
        %v2926 = arith.addi %v2921, %v2925 : i64
        %v2927 = arith.muli %v2919, %v130 : i64
        %v2928 = arith.addi %v2927, %v2552 : i64
        %v2929 = llvm.getelementptr %in_phi2[%v2926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2930 = llvm.load %v2929 : !llvm.ptr -> f32
        %v2931 = arith.addi %v2551, %v522 : i64
        %v2932 = arith.constant true
        %v2933 = arith.addi %v1115, %v2931 : i64
        %v2934 = llvm.getelementptr %v8[%v2933] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2935 = llvm.load %v2934 : !llvm.ptr<3> -> i64
        %v2936 = arith.addi %v1650, %v2552 : i64
        %v2937 = arith.cmpi slt, %v2936, %v116 : i64
        %v2938 = arith.subi %size_L, %v1 : i64
        %v2939 = arith.minsi %v2936, %v2938 : i64
        %v2940 = arith.addi %v2935, %v2939 : i64
        %v2941 = arith.muli %v2933, %v130 : i64
        %v2942 = arith.addi %v2941, %v2552 : i64
        %v2943 = llvm.getelementptr %in_phi2[%v2940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2944 = llvm.load %v2943 : !llvm.ptr -> f32
        %v2945 = arith.addi %v2551, %v537 : i64
        %v2946 = arith.constant true
        %v2947 = arith.addi %v1115, %v2945 : i64
        %v2948 = llvm.getelementptr %v8[%v2947] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2949 = llvm.load %v2948 : !llvm.ptr<3> -> i64
        %v2950 = arith.addi %v1650, %v2552 : i64
        %v2951 = arith.cmpi slt, %v2950, %v116 : i64
        %v2952 = arith.subi %size_L, %v1 : i64
        %v2953 = arith.minsi %v2950, %v2952 : i64
        %v2954 = arith.addi %v2949, %v2953 : i64
        %v2955 = arith.muli %v2947, %v130 : i64
        %v2956 = arith.addi %v2955, %v2552 : i64
        %v2957 = llvm.getelementptr %in_phi2[%v2954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2958 = llvm.load %v2957 : !llvm.ptr -> f32
        %v2959 = arith.addi %v2551, %v552 : i64
        %v2960 = arith.constant true
        %v2961 = arith.addi %v1115, %v2959 : i64
        %v2962 = llvm.getelementptr %v8[%v2961] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2963 = llvm.load %v2962 : !llvm.ptr<3> -> i64
        %v2964 = arith.addi %v1650, %v2552 : i64
        %v2965 = arith.cmpi slt, %v2964, %v116 : i64
        %v2966 = arith.subi %size_L, %v1 : i64
        %v2967 = arith.minsi %v2964, %v2966 : i64
        %v2968 = arith.addi %v2963, %v2967 : i64
        %v2969 = arith.muli %v2961, %v130 : i64
        %v2970 = arith.addi %v2969, %v2552 : i64
        %v2971 = llvm.getelementptr %in_phi2[%v2968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2972 = llvm.load %v2971 : !llvm.ptr -> f32
        %v2973 = arith.addi %v2551, %v567 : i64
        %v2974 = arith.constant true
        %v2975 = arith.addi %v1115, %v2973 : i64
        %v2976 = llvm.getelementptr %v8[%v2975] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2977 = llvm.load %v2976 : !llvm.ptr<3> -> i64
        %v2978 = arith.addi %v1650, %v2552 : i64
        %v2979 = arith.cmpi slt, %v2978, %v116 : i64
        %v2980 = arith.subi %size_L, %v1 : i64
        %v2981 = arith.minsi %v2978, %v2980 : i64
        %v2982 = arith.addi %v2977, %v2981 : i64
        %v2983 = arith.muli %v2975, %v130 : i64
        %v2984 = arith.addi %v2983, %v2552 : i64
        %v2985 = llvm.getelementptr %in_phi2[%v2982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2986 = llvm.load %v2985 : !llvm.ptr -> f32
        %v2987 = arith.addi %v2551, %v582 : i64
        %v2988 = arith.constant true
        %v2989 = arith.addi %v1115, %v2987 : i64
        %v2990 = llvm.getelementptr %v8[%v2989] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2991 = llvm.load %v2990 : !llvm.ptr<3> -> i64
        %v2992 = arith.addi %v1650, %v2552 : i64
        %v2993 = arith.cmpi slt, %v2992, %v116 : i64
        %v2994 = arith.subi %size_L, %v1 : i64
        %v2995 = arith.minsi %v2992, %v2994 : i64
        %v2996 = arith.addi %v2991, %v2995 : i64
        %v2997 = arith.muli %v2989, %v130 : i64
        %v2998 = arith.addi %v2997, %v2552 : i64
        %v2999 = llvm.getelementptr %in_phi2[%v2996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3000 = llvm.load %v2999 : !llvm.ptr -> f32
        %v3001 = arith.index_cast %v33 : i64 to index
        %v3002 = arith.index_cast %v1649 : i64 to index
        %v3003 = arith.index_cast %v1 : i64 to index
        scf.for %v3004 = %v3001 to %v3002 step %v3003 {
          %v3005 = arith.index_cast %v3004 : index to i64
          %v3006 = arith.addi %v1598, %v3005 : i64
          %v3007 = arith.muli %v1, %v18 : i64
          %v3008 = arith.addi %v3007, %v16 : i64
          %v3009 = arith.muli %v3008, %v130 : i64
          %v3010 = arith.addi %v3009, %v3005 : i64
          %v3011 = llvm.getelementptr %v9[%v3010] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3012 = llvm.load %v3011 : !llvm.ptr<3> -> f32
          %v3013 = arith.muli %v33, %v18 : i64
          %v3014 = arith.addi %v3013, %v16 : i64
          %v3015 = arith.muli %v3014, %v130 : i64
          %v3016 = arith.addi %v3015, %v3005 : i64
          %v3017 = llvm.getelementptr %v9[%v3016] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3018 = llvm.load %v3017 : !llvm.ptr<3> -> f32
          %v3019 = llvm.load %v4 : !llvm.ptr -> f32
          %v3020 = arith.mulf %v3012, %v3019 fastmath<contract> : f32
          %v3021 = arith.addf %v3020, %v3018 fastmath<contract> : f32
          %v3022 = arith.muli %v57, %v18 : i64
          %v3023 = arith.addi %v3022, %v16 : i64
          %v3024 = arith.muli %v3023, %v130 : i64
          %v3025 = arith.addi %v3024, %v3005 : i64
          %v3026 = llvm.getelementptr %v9[%v3025] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3027 = llvm.load %v3026 : !llvm.ptr<3> -> f32
          %v3028 = llvm.load %v5 : !llvm.ptr -> f32
          %v3029 = arith.mulf %v3027, %v3028 fastmath<contract> : f32
          %v3030 = arith.addf %v3021, %v3029 fastmath<contract> : f32
          %v3034 = llvm.load %v6 : !llvm.ptr -> f32
          %v3035 = arith.mulf %v3033, %v3034 fastmath<contract> : f32
          %v3036 = arith.addf %v3030, %v3035 fastmath<contract> : f32
          %v3040 = llvm.load %v7 : !llvm.ptr -> f32
          %v3041 = arith.mulf %v3039, %v3040 fastmath<contract> : f32
          %v3042 = arith.addf %v3036, %v3041 fastmath<contract> : f32
          %v3044 = llvm.load %v5 : !llvm.ptr -> f32
          %v3045 = arith.mulf %v3043, %v3044 fastmath<contract> : f32
          %v3046 = arith.addf %v3045, %v3043 fastmath<contract> : f32
          %v3048 = llvm.load %v4 : !llvm.ptr -> f32
          %v3049 = arith.mulf %v3047, %v3048 fastmath<contract> : f32
          %v3050 = arith.addf %v3046, %v3049 fastmath<contract> : f32
          %v3051 = llvm.load %v6 : !llvm.ptr -> f32
          %v3052 = arith.mulf %v3043, %v3051 fastmath<contract> : f32
          %v3053 = arith.addf %v3052, %v3018 fastmath<contract> : f32
          %v3054 = llvm.load %v7 : !llvm.ptr -> f32
          %v3055 = arith.mulf %v3043, %v3054 fastmath<contract> : f32
          %v3056 = arith.addf %v3055, %v3043 fastmath<contract> : f32
          %v3057 = llvm.load %v6 : !llvm.ptr -> f32
          %v3058 = arith.mulf %v3047, %v3057 fastmath<contract> : f32
          %v3059 = arith.addf %v3056, %v3058 fastmath<contract> : f32
          llvm.store %v3042, %v4 : f32, !llvm.ptr
          llvm.store %v3050, %v5 : f32, !llvm.ptr
          llvm.store %v3053, %v6 : f32, !llvm.ptr
          llvm.store %v3059, %v7 : f32, !llvm.ptr
          %v3060 = llvm.load %v4 : !llvm.ptr -> f32
          %v3061 = arith.muli %v68, %v18 : i64
          %v3062 = arith.addi %v3061, %v16 : i64
          %v3063 = arith.muli %v3062, %v130 : i64
          %v3064 = arith.addi %v3063, %v3005 : i64
          %v3065 = llvm.getelementptr %v9[%v3064] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v3060, %v3065 : f32, !llvm.ptr<3>
          %v3066 = arith.mulf %v3012, %v3060 fastmath<contract> : f32
          %v3067 = llvm.load %v5 : !llvm.ptr -> f32
          %v3068 = arith.mulf %v3027, %v3067 fastmath<contract> : f32
          %v3069 = arith.addf %v3066, %v3068 fastmath<contract> : f32
          %v3070 = arith.mulf %v3018, %v3033 fastmath<contract> : f32
          %v3071 = arith.addf %v3069, %v3070 fastmath<contract> : f32
          %v3072 = llvm.load %v7 : !llvm.ptr -> f32
          %v3073 = arith.mulf %v3039, %v3072 fastmath<contract> : f32
          %v3074 = arith.addf %v3071, %v3073 fastmath<contract> : f32
          %v3075 = arith.muli %v78, %v18 : i64
          %v3076 = arith.addi %v3075, %v16 : i64
          %v3077 = arith.muli %v3076, %v130 : i64
          %v3078 = arith.addi %v3077, %v3005 : i64
          %v3079 = llvm.getelementptr %v9[%v3078] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v3074, %v3079 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v3080 = arith.addi %v33, %v16 : i64
        %v3081 = arith.divui %v3080, %v117 : i64
        %v3082 = arith.remui %v3080, %v117 : i64
        %v3083 = arith.addi %v33, %v3081 : i64
        %v3084 = arith.muli %v3083, %v130 : i64
        %v3085 = arith.addi %v3084, %v3082 : i64
        %v3086 = llvm.getelementptr %v9[%v3085] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1666, %v3086 : f32, !llvm.ptr<3>
        %v3087 = arith.addi %v18, %v16 : i64
        %v3088 = arith.divui %v3087, %v117 : i64
        %v3089 = arith.remui %v3087, %v117 : i64
        %v3090 = arith.addi %v33, %v3088 : i64
        %v3091 = arith.muli %v3090, %v130 : i64
        %v3092 = arith.addi %v3091, %v3089 : i64
        %v3093 = llvm.getelementptr %v9[%v3092] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1680, %v3093 : f32, !llvm.ptr<3>
        %v3094 = arith.addi %v1115, %v16 : i64
        %v3095 = arith.divui %v3094, %v117 : i64
        %v3096 = arith.remui %v3094, %v117 : i64
        %v3097 = arith.addi %v33, %v3095 : i64
        %v3098 = arith.muli %v3097, %v130 : i64
        %v3099 = arith.addi %v3098, %v3096 : i64
        %v3100 = llvm.getelementptr %v9[%v3099] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1694, %v3100 : f32, !llvm.ptr<3>
        %v3102 = arith.addi %v3101, %v16 : i64
        %v3103 = arith.divui %v3102, %v117 : i64
        %v3104 = arith.remui %v3102, %v117 : i64
        %v3105 = arith.addi %v33, %v3103 : i64
        %v3106 = arith.muli %v3105, %v130 : i64
        %v3107 = arith.addi %v3106, %v3104 : i64
        %v3108 = llvm.getelementptr %v9[%v3107] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1708, %v3108 : f32, !llvm.ptr<3>
        %v3109 = arith.addi %v12, %v16 : i64
        %v3110 = arith.divui %v3109, %v117 : i64
        %v3111 = arith.remui %v3109, %v117 : i64
        %v3112 = arith.addi %v33, %v3110 : i64
        %v3113 = arith.muli %v3112, %v130 : i64
        %v3114 = arith.addi %v3113, %v3111 : i64
        %v3115 = llvm.getelementptr %v9[%v3114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1722, %v3115 : f32, !llvm.ptr<3>
        %v3117 = arith.addi %v3116, %v16 : i64
        %v3118 = arith.divui %v3117, %v117 : i64
        %v3119 = arith.remui %v3117, %v117 : i64
        %v3120 = arith.addi %v33, %v3118 : i64
        %v3121 = arith.muli %v3120, %v130 : i64
        %v3122 = arith.addi %v3121, %v3119 : i64
        %v3123 = llvm.getelementptr %v9[%v3122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1736, %v3123 : f32, !llvm.ptr<3>
        %v3125 = arith.addi %v3124, %v16 : i64
        %v3126 = arith.divui %v3125, %v117 : i64
        %v3127 = arith.remui %v3125, %v117 : i64
        %v3128 = arith.addi %v33, %v3126 : i64
        %v3129 = arith.muli %v3128, %v130 : i64
        %v3130 = arith.addi %v3129, %v3127 : i64
        %v3131 = llvm.getelementptr %v9[%v3130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1750, %v3131 : f32, !llvm.ptr<3>
        %v3133 = arith.addi %v3132, %v16 : i64
        %v3134 = arith.divui %v3133, %v117 : i64
        %v3135 = arith.remui %v3133, %v117 : i64
        %v3136 = arith.addi %v33, %v3134 : i64
        %v3137 = arith.muli %v3136, %v130 : i64
        %v3138 = arith.addi %v3137, %v3135 : i64
        %v3139 = llvm.getelementptr %v9[%v3138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1764, %v3139 : f32, !llvm.ptr<3>
        %v3141 = arith.addi %v3140, %v16 : i64
        %v3142 = arith.divui %v3141, %v117 : i64
        %v3143 = arith.remui %v3141, %v117 : i64
        %v3144 = arith.addi %v33, %v3142 : i64
        %v3145 = arith.muli %v3144, %v130 : i64
        %v3146 = arith.addi %v3145, %v3143 : i64
        %v3147 = llvm.getelementptr %v9[%v3146] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1778, %v3147 : f32, !llvm.ptr<3>
        %v3149 = arith.addi %v3148, %v16 : i64
        %v3150 = arith.divui %v3149, %v117 : i64
        %v3151 = arith.remui %v3149, %v117 : i64
        %v3152 = arith.addi %v33, %v3150 : i64
        %v3153 = arith.muli %v3152, %v130 : i64
        %v3154 = arith.addi %v3153, %v3151 : i64
        %v3155 = llvm.getelementptr %v9[%v3154] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1792, %v3155 : f32, !llvm.ptr<3>
        %v3157 = arith.addi %v3156, %v16 : i64
        %v3158 = arith.divui %v3157, %v117 : i64
        %v3159 = arith.remui %v3157, %v117 : i64
        %v3160 = arith.addi %v33, %v3158 : i64
        %v3161 = arith.muli %v3160, %v130 : i64
        %v3162 = arith.addi %v3161, %v3159 : i64
        %v3163 = llvm.getelementptr %v9[%v3162] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1806, %v3163 : f32, !llvm.ptr<3>
        %v3165 = arith.addi %v3164, %v16 : i64
        %v3166 = arith.divui %v3165, %v117 : i64
        %v3167 = arith.remui %v3165, %v117 : i64
        %v3168 = arith.addi %v33, %v3166 : i64
        %v3169 = arith.muli %v3168, %v130 : i64
        %v3170 = arith.addi %v3169, %v3167 : i64
        %v3171 = llvm.getelementptr %v9[%v3170] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1820, %v3171 : f32, !llvm.ptr<3>
        %v3173 = arith.addi %v3172, %v16 : i64
        %v3174 = arith.divui %v3173, %v117 : i64
        %v3175 = arith.remui %v3173, %v117 : i64
        %v3176 = arith.addi %v33, %v3174 : i64
        %v3177 = arith.muli %v3176, %v130 : i64
        %v3178 = arith.addi %v3177, %v3175 : i64
        %v3179 = llvm.getelementptr %v9[%v3178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1834, %v3179 : f32, !llvm.ptr<3>
        %v3181 = arith.addi %v3180, %v16 : i64
        %v3182 = arith.divui %v3181, %v117 : i64
        %v3183 = arith.remui %v3181, %v117 : i64
        %v3184 = arith.addi %v33, %v3182 : i64
        %v3185 = arith.muli %v3184, %v130 : i64
        %v3186 = arith.addi %v3185, %v3183 : i64
        %v3187 = llvm.getelementptr %v9[%v3186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1848, %v3187 : f32, !llvm.ptr<3>
        %v3189 = arith.addi %v3188, %v16 : i64
        %v3190 = arith.divui %v3189, %v117 : i64
        %v3191 = arith.remui %v3189, %v117 : i64
        %v3192 = arith.addi %v33, %v3190 : i64
        %v3193 = arith.muli %v3192, %v130 : i64
        %v3194 = arith.addi %v3193, %v3191 : i64
        %v3195 = llvm.getelementptr %v9[%v3194] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1862, %v3195 : f32, !llvm.ptr<3>
        %v3197 = arith.addi %v3196, %v16 : i64
        %v3198 = arith.divui %v3197, %v117 : i64
        %v3199 = arith.remui %v3197, %v117 : i64
        %v3200 = arith.addi %v33, %v3198 : i64
        %v3201 = arith.muli %v3200, %v130 : i64
        %v3202 = arith.addi %v3201, %v3199 : i64
        %v3203 = llvm.getelementptr %v9[%v3202] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1876, %v3203 : f32, !llvm.ptr<3>
        %v3205 = arith.addi %v3204, %v16 : i64
        %v3206 = arith.divui %v3205, %v117 : i64
        %v3207 = arith.remui %v3205, %v117 : i64
        %v3208 = arith.addi %v33, %v3206 : i64
        %v3209 = arith.muli %v3208, %v130 : i64
        %v3210 = arith.addi %v3209, %v3207 : i64
        %v3211 = llvm.getelementptr %v9[%v3210] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1890, %v3211 : f32, !llvm.ptr<3>
        %v3213 = arith.addi %v3212, %v16 : i64
        %v3214 = arith.divui %v3213, %v117 : i64
        %v3215 = arith.remui %v3213, %v117 : i64
        %v3216 = arith.addi %v33, %v3214 : i64
        %v3217 = arith.muli %v3216, %v130 : i64
        %v3218 = arith.addi %v3217, %v3215 : i64
        %v3219 = llvm.getelementptr %v9[%v3218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1904, %v3219 : f32, !llvm.ptr<3>
        %v3221 = arith.addi %v3220, %v16 : i64
        %v3222 = arith.divui %v3221, %v117 : i64
        %v3223 = arith.remui %v3221, %v117 : i64
        %v3224 = arith.addi %v33, %v3222 : i64
        %v3225 = arith.muli %v3224, %v130 : i64
        %v3226 = arith.addi %v3225, %v3223 : i64
        %v3227 = llvm.getelementptr %v9[%v3226] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1918, %v3227 : f32, !llvm.ptr<3>
        %v3229 = arith.addi %v3228, %v16 : i64
        %v3230 = arith.divui %v3229, %v117 : i64
        %v3231 = arith.remui %v3229, %v117 : i64
        %v3232 = arith.addi %v33, %v3230 : i64
        %v3233 = arith.muli %v3232, %v130 : i64
        %v3234 = arith.addi %v3233, %v3231 : i64
        %v3235 = llvm.getelementptr %v9[%v3234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1932, %v3235 : f32, !llvm.ptr<3>
        %v3237 = arith.addi %v3236, %v16 : i64
        %v3238 = arith.divui %v3237, %v117 : i64
        %v3239 = arith.remui %v3237, %v117 : i64
        %v3240 = arith.addi %v33, %v3238 : i64
        %v3241 = arith.muli %v3240, %v130 : i64
        %v3242 = arith.addi %v3241, %v3239 : i64
        %v3243 = llvm.getelementptr %v9[%v3242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1946, %v3243 : f32, !llvm.ptr<3>
        %v3245 = arith.addi %v3244, %v16 : i64
        %v3246 = arith.divui %v3245, %v117 : i64
        %v3247 = arith.remui %v3245, %v117 : i64
        %v3248 = arith.addi %v33, %v3246 : i64
        %v3249 = arith.muli %v3248, %v130 : i64
        %v3250 = arith.addi %v3249, %v3247 : i64
        %v3251 = llvm.getelementptr %v9[%v3250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1960, %v3251 : f32, !llvm.ptr<3>
        %v3253 = arith.addi %v3252, %v16 : i64
        %v3254 = arith.divui %v3253, %v117 : i64
        %v3255 = arith.remui %v3253, %v117 : i64
        %v3256 = arith.addi %v33, %v3254 : i64
        %v3257 = arith.muli %v3256, %v130 : i64
        %v3258 = arith.addi %v3257, %v3255 : i64
        %v3259 = llvm.getelementptr %v9[%v3258] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1974, %v3259 : f32, !llvm.ptr<3>
        %v3261 = arith.addi %v3260, %v16 : i64
        %v3262 = arith.divui %v3261, %v117 : i64
        %v3263 = arith.remui %v3261, %v117 : i64
        %v3264 = arith.addi %v33, %v3262 : i64
        %v3265 = arith.muli %v3264, %v130 : i64
        %v3266 = arith.addi %v3265, %v3263 : i64
        %v3267 = llvm.getelementptr %v9[%v3266] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1988, %v3267 : f32, !llvm.ptr<3>
        %v3269 = arith.addi %v3268, %v16 : i64
        %v3270 = arith.divui %v3269, %v117 : i64
        %v3271 = arith.remui %v3269, %v117 : i64
        %v3272 = arith.addi %v33, %v3270 : i64
        %v3273 = arith.muli %v3272, %v130 : i64
        %v3274 = arith.addi %v3273, %v3271 : i64
        %v3275 = llvm.getelementptr %v9[%v3274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2002, %v3275 : f32, !llvm.ptr<3>
        %v3277 = arith.addi %v3276, %v16 : i64
        %v3278 = arith.divui %v3277, %v117 : i64
        %v3279 = arith.remui %v3277, %v117 : i64
        %v3280 = arith.addi %v33, %v3278 : i64
        %v3281 = arith.muli %v3280, %v130 : i64
        %v3282 = arith.addi %v3281, %v3279 : i64
        %v3283 = llvm.getelementptr %v9[%v3282] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2016, %v3283 : f32, !llvm.ptr<3>
        %v3285 = arith.addi %v3284, %v16 : i64
        %v3286 = arith.divui %v3285, %v117 : i64
        %v3287 = arith.remui %v3285, %v117 : i64
        %v3288 = arith.addi %v33, %v3286 : i64
        %v3289 = arith.muli %v3288, %v130 : i64
        %v3290 = arith.addi %v3289, %v3287 : i64
        %v3291 = llvm.getelementptr %v9[%v3290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2030, %v3291 : f32, !llvm.ptr<3>
        %v3293 = arith.addi %v3292, %v16 : i64
        %v3294 = arith.divui %v3293, %v117 : i64
        %v3295 = arith.remui %v3293, %v117 : i64
        %v3296 = arith.addi %v33, %v3294 : i64
        %v3297 = arith.muli %v3296, %v130 : i64
        %v3298 = arith.addi %v3297, %v3295 : i64
        %v3299 = llvm.getelementptr %v9[%v3298] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2044, %v3299 : f32, !llvm.ptr<3>
        %v3301 = arith.addi %v3300, %v16 : i64
        %v3302 = arith.divui %v3301, %v117 : i64
        %v3303 = arith.remui %v3301, %v117 : i64
        %v3304 = arith.addi %v33, %v3302 : i64
        %v3305 = arith.muli %v3304, %v130 : i64
        %v3306 = arith.addi %v3305, %v3303 : i64
        %v3307 = llvm.getelementptr %v9[%v3306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2058, %v3307 : f32, !llvm.ptr<3>
        %v3309 = arith.addi %v3308, %v16 : i64
        %v3310 = arith.divui %v3309, %v117 : i64
        %v3311 = arith.remui %v3309, %v117 : i64
        %v3312 = arith.addi %v33, %v3310 : i64
        %v3313 = arith.muli %v3312, %v130 : i64
        %v3314 = arith.addi %v3313, %v3311 : i64
        %v3315 = llvm.getelementptr %v9[%v3314] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2072, %v3315 : f32, !llvm.ptr<3>
        %v3317 = arith.addi %v3316, %v16 : i64
        %v3318 = arith.divui %v3317, %v117 : i64
        %v3319 = arith.remui %v3317, %v117 : i64
        %v3320 = arith.addi %v33, %v3318 : i64
        %v3321 = arith.muli %v3320, %v130 : i64
        %v3322 = arith.addi %v3321, %v3319 : i64
        %v3323 = llvm.getelementptr %v9[%v3322] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2086, %v3323 : f32, !llvm.ptr<3>
        %v3325 = arith.addi %v3324, %v16 : i64
        %v3326 = arith.divui %v3325, %v117 : i64
        %v3327 = arith.remui %v3325, %v117 : i64
        %v3328 = arith.addi %v33, %v3326 : i64
        %v3329 = arith.muli %v3328, %v130 : i64
        %v3330 = arith.addi %v3329, %v3327 : i64
        %v3331 = llvm.getelementptr %v9[%v3330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2100, %v3331 : f32, !llvm.ptr<3>
        %v3332 = arith.addi %v33, %v16 : i64
        %v3333 = arith.divui %v3332, %v117 : i64
        %v3334 = arith.remui %v3332, %v117 : i64
        %v3335 = arith.addi %v18, %v3333 : i64
        %v3336 = arith.muli %v3335, %v130 : i64
        %v3337 = arith.addi %v3336, %v3334 : i64
        %v3338 = llvm.getelementptr %v9[%v3337] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2116, %v3338 : f32, !llvm.ptr<3>
        %v3339 = arith.addi %v18, %v16 : i64
        %v3340 = arith.divui %v3339, %v117 : i64
        %v3341 = arith.remui %v3339, %v117 : i64
        %v3342 = arith.addi %v18, %v3340 : i64
        %v3343 = arith.muli %v3342, %v130 : i64
        %v3344 = arith.addi %v3343, %v3341 : i64
        %v3345 = llvm.getelementptr %v9[%v3344] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2130, %v3345 : f32, !llvm.ptr<3>
        %v3346 = arith.addi %v1115, %v16 : i64
        %v3347 = arith.divui %v3346, %v117 : i64
        %v3348 = arith.remui %v3346, %v117 : i64
        %v3349 = arith.addi %v18, %v3347 : i64
        %v3350 = arith.muli %v3349, %v130 : i64
        %v3351 = arith.addi %v3350, %v3348 : i64
        %v3352 = llvm.getelementptr %v9[%v3351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2144, %v3352 : f32, !llvm.ptr<3>
        %v3353 = arith.addi %v3101, %v16 : i64
        %v3354 = arith.divui %v3353, %v117 : i64
        %v3355 = arith.remui %v3353, %v117 : i64
        %v3356 = arith.addi %v18, %v3354 : i64
        %v3357 = arith.muli %v3356, %v130 : i64
        %v3358 = arith.addi %v3357, %v3355 : i64
        %v3359 = llvm.getelementptr %v9[%v3358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2158, %v3359 : f32, !llvm.ptr<3>
        %v3360 = arith.addi %v12, %v16 : i64
        %v3361 = arith.divui %v3360, %v117 : i64
        %v3362 = arith.remui %v3360, %v117 : i64
        %v3363 = arith.addi %v18, %v3361 : i64
        %v3364 = arith.muli %v3363, %v130 : i64
        %v3365 = arith.addi %v3364, %v3362 : i64
        %v3366 = llvm.getelementptr %v9[%v3365] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2172, %v3366 : f32, !llvm.ptr<3>
        %v3367 = arith.addi %v3116, %v16 : i64
        %v3368 = arith.divui %v3367, %v117 : i64
        %v3369 = arith.remui %v3367, %v117 : i64
        %v3370 = arith.addi %v18, %v3368 : i64
        %v3371 = arith.muli %v3370, %v130 : i64
        %v3372 = arith.addi %v3371, %v3369 : i64
        %v3373 = llvm.getelementptr %v9[%v3372] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2186, %v3373 : f32, !llvm.ptr<3>
        %v3374 = arith.addi %v3124, %v16 : i64
        %v3375 = arith.divui %v3374, %v117 : i64
        %v3376 = arith.remui %v3374, %v117 : i64
        %v3377 = arith.addi %v18, %v3375 : i64
        %v3378 = arith.muli %v3377, %v130 : i64
        %v3379 = arith.addi %v3378, %v3376 : i64
        %v3380 = llvm.getelementptr %v9[%v3379] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2200, %v3380 : f32, !llvm.ptr<3>
        %v3381 = arith.addi %v3132, %v16 : i64
        %v3382 = arith.divui %v3381, %v117 : i64
        %v3383 = arith.remui %v3381, %v117 : i64
        %v3384 = arith.addi %v18, %v3382 : i64
        %v3385 = arith.muli %v3384, %v130 : i64
        %v3386 = arith.addi %v3385, %v3383 : i64
        %v3387 = llvm.getelementptr %v9[%v3386] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2214, %v3387 : f32, !llvm.ptr<3>
        %v3388 = arith.addi %v3140, %v16 : i64
        %v3389 = arith.divui %v3388, %v117 : i64
        %v3390 = arith.remui %v3388, %v117 : i64
        %v3391 = arith.addi %v18, %v3389 : i64
        %v3392 = arith.muli %v3391, %v130 : i64
        %v3393 = arith.addi %v3392, %v3390 : i64
        %v3394 = llvm.getelementptr %v9[%v3393] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2228, %v3394 : f32, !llvm.ptr<3>
        %v3395 = arith.addi %v3148, %v16 : i64
        %v3396 = arith.divui %v3395, %v117 : i64
        %v3397 = arith.remui %v3395, %v117 : i64
        %v3398 = arith.addi %v18, %v3396 : i64
        %v3399 = arith.muli %v3398, %v130 : i64
        %v3400 = arith.addi %v3399, %v3397 : i64
        %v3401 = llvm.getelementptr %v9[%v3400] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2242, %v3401 : f32, !llvm.ptr<3>
        %v3402 = arith.addi %v3156, %v16 : i64
        %v3403 = arith.divui %v3402, %v117 : i64
        %v3404 = arith.remui %v3402, %v117 : i64
        %v3405 = arith.addi %v18, %v3403 : i64
        %v3406 = arith.muli %v3405, %v130 : i64
        %v3407 = arith.addi %v3406, %v3404 : i64
        %v3408 = llvm.getelementptr %v9[%v3407] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2256, %v3408 : f32, !llvm.ptr<3>
        %v3409 = arith.addi %v3164, %v16 : i64
        %v3410 = arith.divui %v3409, %v117 : i64
        %v3411 = arith.remui %v3409, %v117 : i64
        %v3412 = arith.addi %v18, %v3410 : i64
        %v3413 = arith.muli %v3412, %v130 : i64
        %v3414 = arith.addi %v3413, %v3411 : i64
        %v3415 = llvm.getelementptr %v9[%v3414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2270, %v3415 : f32, !llvm.ptr<3>
        %v3416 = arith.addi %v3172, %v16 : i64
        %v3417 = arith.divui %v3416, %v117 : i64
        %v3418 = arith.remui %v3416, %v117 : i64
        %v3419 = arith.addi %v18, %v3417 : i64
        %v3420 = arith.muli %v3419, %v130 : i64
        %v3421 = arith.addi %v3420, %v3418 : i64
        %v3422 = llvm.getelementptr %v9[%v3421] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2284, %v3422 : f32, !llvm.ptr<3>
        %v3423 = arith.addi %v3180, %v16 : i64
        %v3424 = arith.divui %v3423, %v117 : i64
        %v3425 = arith.remui %v3423, %v117 : i64
        %v3426 = arith.addi %v18, %v3424 : i64
        %v3427 = arith.muli %v3426, %v130 : i64
        %v3428 = arith.addi %v3427, %v3425 : i64
        %v3429 = llvm.getelementptr %v9[%v3428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2298, %v3429 : f32, !llvm.ptr<3>
        %v3430 = arith.addi %v3188, %v16 : i64
        %v3431 = arith.divui %v3430, %v117 : i64
        %v3432 = arith.remui %v3430, %v117 : i64
        %v3433 = arith.addi %v18, %v3431 : i64
        %v3434 = arith.muli %v3433, %v130 : i64
        %v3435 = arith.addi %v3434, %v3432 : i64
        %v3436 = llvm.getelementptr %v9[%v3435] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2312, %v3436 : f32, !llvm.ptr<3>
        %v3437 = arith.addi %v3196, %v16 : i64
        %v3438 = arith.divui %v3437, %v117 : i64
        %v3439 = arith.remui %v3437, %v117 : i64
        %v3440 = arith.addi %v18, %v3438 : i64
        %v3441 = arith.muli %v3440, %v130 : i64
        %v3442 = arith.addi %v3441, %v3439 : i64
        %v3443 = llvm.getelementptr %v9[%v3442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2326, %v3443 : f32, !llvm.ptr<3>
        %v3444 = arith.addi %v3204, %v16 : i64
        %v3445 = arith.divui %v3444, %v117 : i64
        %v3446 = arith.remui %v3444, %v117 : i64
        %v3447 = arith.addi %v18, %v3445 : i64
        %v3448 = arith.muli %v3447, %v130 : i64
        %v3449 = arith.addi %v3448, %v3446 : i64
        %v3450 = llvm.getelementptr %v9[%v3449] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2340, %v3450 : f32, !llvm.ptr<3>
        %v3451 = arith.addi %v3212, %v16 : i64
        %v3452 = arith.divui %v3451, %v117 : i64
        %v3453 = arith.remui %v3451, %v117 : i64
        %v3454 = arith.addi %v18, %v3452 : i64
        %v3455 = arith.muli %v3454, %v130 : i64
        %v3456 = arith.addi %v3455, %v3453 : i64
        %v3457 = llvm.getelementptr %v9[%v3456] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2354, %v3457 : f32, !llvm.ptr<3>
        %v3458 = arith.addi %v3220, %v16 : i64
        %v3459 = arith.divui %v3458, %v117 : i64
        %v3460 = arith.remui %v3458, %v117 : i64
        %v3461 = arith.addi %v18, %v3459 : i64
        %v3462 = arith.muli %v3461, %v130 : i64
        %v3463 = arith.addi %v3462, %v3460 : i64
        %v3464 = llvm.getelementptr %v9[%v3463] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2368, %v3464 : f32, !llvm.ptr<3>
        %v3465 = arith.addi %v3228, %v16 : i64
        %v3466 = arith.divui %v3465, %v117 : i64
        %v3467 = arith.remui %v3465, %v117 : i64
        %v3468 = arith.addi %v18, %v3466 : i64
        %v3469 = arith.muli %v3468, %v130 : i64
        %v3470 = arith.addi %v3469, %v3467 : i64
        %v3471 = llvm.getelementptr %v9[%v3470] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2382, %v3471 : f32, !llvm.ptr<3>
        %v3472 = arith.addi %v3236, %v16 : i64
        %v3473 = arith.divui %v3472, %v117 : i64
        %v3474 = arith.remui %v3472, %v117 : i64
        %v3475 = arith.addi %v18, %v3473 : i64
        %v3476 = arith.muli %v3475, %v130 : i64
        %v3477 = arith.addi %v3476, %v3474 : i64
        %v3478 = llvm.getelementptr %v9[%v3477] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2396, %v3478 : f32, !llvm.ptr<3>
        %v3479 = arith.addi %v3244, %v16 : i64
        %v3480 = arith.divui %v3479, %v117 : i64
        %v3481 = arith.remui %v3479, %v117 : i64
        %v3482 = arith.addi %v18, %v3480 : i64
        %v3483 = arith.muli %v3482, %v130 : i64
        %v3484 = arith.addi %v3483, %v3481 : i64
        %v3485 = llvm.getelementptr %v9[%v3484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2410, %v3485 : f32, !llvm.ptr<3>
        %v3486 = arith.addi %v3252, %v16 : i64
        %v3487 = arith.divui %v3486, %v117 : i64
        %v3488 = arith.remui %v3486, %v117 : i64
        %v3489 = arith.addi %v18, %v3487 : i64
        %v3490 = arith.muli %v3489, %v130 : i64
        %v3491 = arith.addi %v3490, %v3488 : i64
        %v3492 = llvm.getelementptr %v9[%v3491] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2424, %v3492 : f32, !llvm.ptr<3>
        %v3493 = arith.addi %v3260, %v16 : i64
        %v3494 = arith.divui %v3493, %v117 : i64
        %v3495 = arith.remui %v3493, %v117 : i64
        %v3496 = arith.addi %v18, %v3494 : i64
        %v3497 = arith.muli %v3496, %v130 : i64
        %v3498 = arith.addi %v3497, %v3495 : i64
        %v3499 = llvm.getelementptr %v9[%v3498] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2438, %v3499 : f32, !llvm.ptr<3>
        %v3500 = arith.addi %v3268, %v16 : i64
        %v3501 = arith.divui %v3500, %v117 : i64
        %v3502 = arith.remui %v3500, %v117 : i64
        %v3503 = arith.addi %v18, %v3501 : i64
        %v3504 = arith.muli %v3503, %v130 : i64
        %v3505 = arith.addi %v3504, %v3502 : i64
        %v3506 = llvm.getelementptr %v9[%v3505] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2452, %v3506 : f32, !llvm.ptr<3>
        %v3507 = arith.addi %v3276, %v16 : i64
        %v3508 = arith.divui %v3507, %v117 : i64
        %v3509 = arith.remui %v3507, %v117 : i64
        %v3510 = arith.addi %v18, %v3508 : i64
        %v3511 = arith.muli %v3510, %v130 : i64
        %v3512 = arith.addi %v3511, %v3509 : i64
        %v3513 = llvm.getelementptr %v9[%v3512] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2466, %v3513 : f32, !llvm.ptr<3>
        %v3514 = arith.addi %v3284, %v16 : i64
        %v3515 = arith.divui %v3514, %v117 : i64
        %v3516 = arith.remui %v3514, %v117 : i64
        %v3517 = arith.addi %v18, %v3515 : i64
        %v3518 = arith.muli %v3517, %v130 : i64
        %v3519 = arith.addi %v3518, %v3516 : i64
        %v3520 = llvm.getelementptr %v9[%v3519] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2480, %v3520 : f32, !llvm.ptr<3>
        %v3521 = arith.addi %v3292, %v16 : i64
        %v3522 = arith.divui %v3521, %v117 : i64
        %v3523 = arith.remui %v3521, %v117 : i64
        %v3524 = arith.addi %v18, %v3522 : i64
        %v3525 = arith.muli %v3524, %v130 : i64
        %v3526 = arith.addi %v3525, %v3523 : i64
        %v3527 = llvm.getelementptr %v9[%v3526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2494, %v3527 : f32, !llvm.ptr<3>
        %v3528 = arith.addi %v3300, %v16 : i64
        %v3529 = arith.divui %v3528, %v117 : i64
        %v3530 = arith.remui %v3528, %v117 : i64
        %v3531 = arith.addi %v18, %v3529 : i64
        %v3532 = arith.muli %v3531, %v130 : i64
        %v3533 = arith.addi %v3532, %v3530 : i64
        %v3534 = llvm.getelementptr %v9[%v3533] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2508, %v3534 : f32, !llvm.ptr<3>
        %v3535 = arith.addi %v3308, %v16 : i64
        %v3536 = arith.divui %v3535, %v117 : i64
        %v3537 = arith.remui %v3535, %v117 : i64
        %v3538 = arith.addi %v18, %v3536 : i64
        %v3539 = arith.muli %v3538, %v130 : i64
        %v3540 = arith.addi %v3539, %v3537 : i64
        %v3541 = llvm.getelementptr %v9[%v3540] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2522, %v3541 : f32, !llvm.ptr<3>
        %v3542 = arith.addi %v3316, %v16 : i64
        %v3543 = arith.divui %v3542, %v117 : i64
        %v3544 = arith.remui %v3542, %v117 : i64
        %v3545 = arith.addi %v18, %v3543 : i64
        %v3546 = arith.muli %v3545, %v130 : i64
        %v3547 = arith.addi %v3546, %v3544 : i64
        %v3548 = llvm.getelementptr %v9[%v3547] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2536, %v3548 : f32, !llvm.ptr<3>
        %v3549 = arith.addi %v3324, %v16 : i64
        %v3550 = arith.divui %v3549, %v117 : i64
        %v3551 = arith.remui %v3549, %v117 : i64
        %v3552 = arith.addi %v18, %v3550 : i64
        %v3553 = arith.muli %v3552, %v130 : i64
        %v3554 = arith.addi %v3553, %v3551 : i64
        %v3555 = llvm.getelementptr %v9[%v3554] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2550, %v3555 : f32, !llvm.ptr<3>
        %v3556 = arith.addi %v33, %v16 : i64
        %v3557 = arith.divui %v3556, %v117 : i64
        %v3558 = arith.remui %v3556, %v117 : i64
        %v3559 = arith.addi %v1115, %v3557 : i64
        %v3560 = arith.muli %v3559, %v130 : i64
        %v3561 = arith.addi %v3560, %v3558 : i64
        %v3562 = llvm.getelementptr %v9[%v3561] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2566, %v3562 : f32, !llvm.ptr<3>
        %v3563 = arith.addi %v18, %v16 : i64
        %v3564 = arith.divui %v3563, %v117 : i64
        %v3565 = arith.remui %v3563, %v117 : i64
        %v3566 = arith.addi %v1115, %v3564 : i64
        %v3567 = arith.muli %v3566, %v130 : i64
        %v3568 = arith.addi %v3567, %v3565 : i64
        %v3569 = llvm.getelementptr %v9[%v3568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2580, %v3569 : f32, !llvm.ptr<3>
        %v3570 = arith.addi %v1115, %v16 : i64
        %v3571 = arith.divui %v3570, %v117 : i64
        %v3572 = arith.remui %v3570, %v117 : i64
        %v3573 = arith.addi %v1115, %v3571 : i64
        %v3574 = arith.muli %v3573, %v130 : i64
        %v3575 = arith.addi %v3574, %v3572 : i64
        %v3576 = llvm.getelementptr %v9[%v3575] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2594, %v3576 : f32, !llvm.ptr<3>
        %v3577 = arith.addi %v3101, %v16 : i64
        %v3578 = arith.divui %v3577, %v117 : i64
        %v3579 = arith.remui %v3577, %v117 : i64
        %v3580 = arith.addi %v1115, %v3578 : i64
        %v3581 = arith.muli %v3580, %v130 : i64
        %v3582 = arith.addi %v3581, %v3579 : i64
        %v3583 = llvm.getelementptr %v9[%v3582] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2608, %v3583 : f32, !llvm.ptr<3>
        %v3584 = arith.addi %v12, %v16 : i64
        %v3585 = arith.divui %v3584, %v117 : i64
        %v3586 = arith.remui %v3584, %v117 : i64
        %v3587 = arith.addi %v1115, %v3585 : i64
        %v3588 = arith.muli %v3587, %v130 : i64
        %v3589 = arith.addi %v3588, %v3586 : i64
        %v3590 = llvm.getelementptr %v9[%v3589] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2622, %v3590 : f32, !llvm.ptr<3>
        %v3591 = arith.addi %v3116, %v16 : i64
        %v3592 = arith.divui %v3591, %v117 : i64
        %v3593 = arith.remui %v3591, %v117 : i64
        %v3594 = arith.addi %v1115, %v3592 : i64
        %v3595 = arith.muli %v3594, %v130 : i64
        %v3596 = arith.addi %v3595, %v3593 : i64
        %v3597 = llvm.getelementptr %v9[%v3596] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2636, %v3597 : f32, !llvm.ptr<3>
        %v3598 = arith.addi %v3124, %v16 : i64
        %v3599 = arith.divui %v3598, %v117 : i64
        %v3600 = arith.remui %v3598, %v117 : i64
        %v3601 = arith.addi %v1115, %v3599 : i64
        %v3602 = arith.muli %v3601, %v130 : i64
        %v3603 = arith.addi %v3602, %v3600 : i64
        %v3604 = llvm.getelementptr %v9[%v3603] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2650, %v3604 : f32, !llvm.ptr<3>
        %v3605 = arith.addi %v3132, %v16 : i64
        %v3606 = arith.divui %v3605, %v117 : i64
        %v3607 = arith.remui %v3605, %v117 : i64
        %v3608 = arith.addi %v1115, %v3606 : i64
        %v3609 = arith.muli %v3608, %v130 : i64
        %v3610 = arith.addi %v3609, %v3607 : i64
        %v3611 = llvm.getelementptr %v9[%v3610] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2664, %v3611 : f32, !llvm.ptr<3>
        %v3612 = arith.addi %v3140, %v16 : i64
        %v3613 = arith.divui %v3612, %v117 : i64
        %v3614 = arith.remui %v3612, %v117 : i64
        %v3615 = arith.addi %v1115, %v3613 : i64
        %v3616 = arith.muli %v3615, %v130 : i64
        %v3617 = arith.addi %v3616, %v3614 : i64
        %v3618 = llvm.getelementptr %v9[%v3617] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2678, %v3618 : f32, !llvm.ptr<3>
        %v3619 = arith.addi %v3148, %v16 : i64
        %v3620 = arith.divui %v3619, %v117 : i64
        %v3621 = arith.remui %v3619, %v117 : i64
        %v3622 = arith.addi %v1115, %v3620 : i64
        %v3623 = arith.muli %v3622, %v130 : i64
        %v3624 = arith.addi %v3623, %v3621 : i64
        %v3625 = llvm.getelementptr %v9[%v3624] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2692, %v3625 : f32, !llvm.ptr<3>
        %v3626 = arith.addi %v3156, %v16 : i64
        %v3627 = arith.divui %v3626, %v117 : i64
        %v3628 = arith.remui %v3626, %v117 : i64
        %v3629 = arith.addi %v1115, %v3627 : i64
        %v3630 = arith.muli %v3629, %v130 : i64
        %v3631 = arith.addi %v3630, %v3628 : i64
        %v3632 = llvm.getelementptr %v9[%v3631] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2706, %v3632 : f32, !llvm.ptr<3>
        %v3633 = arith.addi %v3164, %v16 : i64
        %v3634 = arith.divui %v3633, %v117 : i64
        %v3635 = arith.remui %v3633, %v117 : i64
        %v3636 = arith.addi %v1115, %v3634 : i64
        %v3637 = arith.muli %v3636, %v130 : i64
        %v3638 = arith.addi %v3637, %v3635 : i64
        %v3639 = llvm.getelementptr %v9[%v3638] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2720, %v3639 : f32, !llvm.ptr<3>
        %v3640 = arith.addi %v3172, %v16 : i64
        %v3641 = arith.divui %v3640, %v117 : i64
        %v3642 = arith.remui %v3640, %v117 : i64
        %v3643 = arith.addi %v1115, %v3641 : i64
        %v3644 = arith.muli %v3643, %v130 : i64
        %v3645 = arith.addi %v3644, %v3642 : i64
        %v3646 = llvm.getelementptr %v9[%v3645] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2734, %v3646 : f32, !llvm.ptr<3>
        %v3647 = arith.addi %v3180, %v16 : i64
        %v3648 = arith.divui %v3647, %v117 : i64
        %v3649 = arith.remui %v3647, %v117 : i64
        %v3650 = arith.addi %v1115, %v3648 : i64
        %v3651 = arith.muli %v3650, %v130 : i64
        %v3652 = arith.addi %v3651, %v3649 : i64
        %v3653 = llvm.getelementptr %v9[%v3652] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2748, %v3653 : f32, !llvm.ptr<3>
        %v3654 = arith.addi %v3188, %v16 : i64
        %v3655 = arith.divui %v3654, %v117 : i64
        %v3656 = arith.remui %v3654, %v117 : i64
        %v3657 = arith.addi %v1115, %v3655 : i64
        %v3658 = arith.muli %v3657, %v130 : i64
        %v3659 = arith.addi %v3658, %v3656 : i64
        %v3660 = llvm.getelementptr %v9[%v3659] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2762, %v3660 : f32, !llvm.ptr<3>
        %v3661 = arith.addi %v3196, %v16 : i64
        %v3662 = arith.divui %v3661, %v117 : i64
        %v3663 = arith.remui %v3661, %v117 : i64
        %v3664 = arith.addi %v1115, %v3662 : i64
        %v3665 = arith.muli %v3664, %v130 : i64
        %v3666 = arith.addi %v3665, %v3663 : i64
        %v3667 = llvm.getelementptr %v9[%v3666] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2776, %v3667 : f32, !llvm.ptr<3>
        %v3668 = arith.addi %v3204, %v16 : i64
        %v3669 = arith.divui %v3668, %v117 : i64
        %v3670 = arith.remui %v3668, %v117 : i64
        %v3671 = arith.addi %v1115, %v3669 : i64
        %v3672 = arith.muli %v3671, %v130 : i64
        %v3673 = arith.addi %v3672, %v3670 : i64
        %v3674 = llvm.getelementptr %v9[%v3673] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2790, %v3674 : f32, !llvm.ptr<3>
        %v3675 = arith.addi %v3212, %v16 : i64
        %v3676 = arith.divui %v3675, %v117 : i64
        %v3677 = arith.remui %v3675, %v117 : i64
        %v3678 = arith.addi %v1115, %v3676 : i64
        %v3679 = arith.muli %v3678, %v130 : i64
        %v3680 = arith.addi %v3679, %v3677 : i64
        %v3681 = llvm.getelementptr %v9[%v3680] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2804, %v3681 : f32, !llvm.ptr<3>
        %v3682 = arith.addi %v3220, %v16 : i64
        %v3683 = arith.divui %v3682, %v117 : i64
        %v3684 = arith.remui %v3682, %v117 : i64
        %v3685 = arith.addi %v1115, %v3683 : i64
        %v3686 = arith.muli %v3685, %v130 : i64
        %v3687 = arith.addi %v3686, %v3684 : i64
        %v3688 = llvm.getelementptr %v9[%v3687] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2818, %v3688 : f32, !llvm.ptr<3>
        %v3689 = arith.addi %v3228, %v16 : i64
        %v3690 = arith.divui %v3689, %v117 : i64
        %v3691 = arith.remui %v3689, %v117 : i64
        %v3692 = arith.addi %v1115, %v3690 : i64
        %v3693 = arith.muli %v3692, %v130 : i64
        %v3694 = arith.addi %v3693, %v3691 : i64
        %v3695 = llvm.getelementptr %v9[%v3694] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2832, %v3695 : f32, !llvm.ptr<3>
        %v3696 = arith.addi %v3236, %v16 : i64
        %v3697 = arith.divui %v3696, %v117 : i64
        %v3698 = arith.remui %v3696, %v117 : i64
        %v3699 = arith.addi %v1115, %v3697 : i64
        %v3700 = arith.muli %v3699, %v130 : i64
        %v3701 = arith.addi %v3700, %v3698 : i64
        %v3702 = llvm.getelementptr %v9[%v3701] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2846, %v3702 : f32, !llvm.ptr<3>
        %v3703 = arith.addi %v3244, %v16 : i64
        %v3704 = arith.divui %v3703, %v117 : i64
        %v3705 = arith.remui %v3703, %v117 : i64
        %v3706 = arith.addi %v1115, %v3704 : i64
        %v3707 = arith.muli %v3706, %v130 : i64
        %v3708 = arith.addi %v3707, %v3705 : i64
        %v3709 = llvm.getelementptr %v9[%v3708] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2860, %v3709 : f32, !llvm.ptr<3>
        %v3710 = arith.addi %v3252, %v16 : i64
        %v3711 = arith.divui %v3710, %v117 : i64
        %v3712 = arith.remui %v3710, %v117 : i64
        %v3713 = arith.addi %v1115, %v3711 : i64
        %v3714 = arith.muli %v3713, %v130 : i64
        %v3715 = arith.addi %v3714, %v3712 : i64
        %v3716 = llvm.getelementptr %v9[%v3715] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2874, %v3716 : f32, !llvm.ptr<3>
        %v3717 = arith.addi %v3260, %v16 : i64
        %v3718 = arith.divui %v3717, %v117 : i64
        %v3719 = arith.remui %v3717, %v117 : i64
        %v3720 = arith.addi %v1115, %v3718 : i64
        %v3721 = arith.muli %v3720, %v130 : i64
        %v3722 = arith.addi %v3721, %v3719 : i64
        %v3723 = llvm.getelementptr %v9[%v3722] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2888, %v3723 : f32, !llvm.ptr<3>
        %v3724 = arith.addi %v3268, %v16 : i64
        %v3725 = arith.divui %v3724, %v117 : i64
        %v3726 = arith.remui %v3724, %v117 : i64
        %v3727 = arith.addi %v1115, %v3725 : i64
        %v3728 = arith.muli %v3727, %v130 : i64
        %v3729 = arith.addi %v3728, %v3726 : i64
        %v3730 = llvm.getelementptr %v9[%v3729] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2902, %v3730 : f32, !llvm.ptr<3>
        %v3731 = arith.addi %v3276, %v16 : i64
        %v3732 = arith.divui %v3731, %v117 : i64
        %v3733 = arith.remui %v3731, %v117 : i64
        %v3734 = arith.addi %v1115, %v3732 : i64
        %v3735 = arith.muli %v3734, %v130 : i64
        %v3736 = arith.addi %v3735, %v3733 : i64
        %v3737 = llvm.getelementptr %v9[%v3736] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2916, %v3737 : f32, !llvm.ptr<3>
        %v3738 = arith.addi %v3284, %v16 : i64
        %v3739 = arith.divui %v3738, %v117 : i64
        %v3740 = arith.remui %v3738, %v117 : i64
        %v3741 = arith.addi %v1115, %v3739 : i64
        %v3742 = arith.muli %v3741, %v130 : i64
        %v3743 = arith.addi %v3742, %v3740 : i64
        %v3744 = llvm.getelementptr %v9[%v3743] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2930, %v3744 : f32, !llvm.ptr<3>
        %v3745 = arith.addi %v3292, %v16 : i64
        %v3746 = arith.divui %v3745, %v117 : i64
        %v3747 = arith.remui %v3745, %v117 : i64
        %v3748 = arith.addi %v1115, %v3746 : i64
        %v3749 = arith.muli %v3748, %v130 : i64
        %v3750 = arith.addi %v3749, %v3747 : i64
        %v3751 = llvm.getelementptr %v9[%v3750] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2944, %v3751 : f32, !llvm.ptr<3>
        %v3752 = arith.addi %v3300, %v16 : i64
        %v3753 = arith.divui %v3752, %v117 : i64
        %v3754 = arith.remui %v3752, %v117 : i64
        %v3755 = arith.addi %v1115, %v3753 : i64
        %v3756 = arith.muli %v3755, %v130 : i64
        %v3757 = arith.addi %v3756, %v3754 : i64
        %v3758 = llvm.getelementptr %v9[%v3757] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2958, %v3758 : f32, !llvm.ptr<3>
        %v3759 = arith.addi %v3308, %v16 : i64
        %v3760 = arith.divui %v3759, %v117 : i64
        %v3761 = arith.remui %v3759, %v117 : i64
        %v3762 = arith.addi %v1115, %v3760 : i64
        %v3763 = arith.muli %v3762, %v130 : i64
        %v3764 = arith.addi %v3763, %v3761 : i64
        %v3765 = llvm.getelementptr %v9[%v3764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2972, %v3765 : f32, !llvm.ptr<3>
        %v3766 = arith.addi %v3316, %v16 : i64
        %v3767 = arith.divui %v3766, %v117 : i64
        %v3768 = arith.remui %v3766, %v117 : i64
        %v3769 = arith.addi %v1115, %v3767 : i64
        %v3770 = arith.muli %v3769, %v130 : i64
        %v3771 = arith.addi %v3770, %v3768 : i64
        %v3772 = llvm.getelementptr %v9[%v3771] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2986, %v3772 : f32, !llvm.ptr<3>
        %v3773 = arith.addi %v3324, %v16 : i64
        %v3774 = arith.divui %v3773, %v117 : i64
        %v3775 = arith.remui %v3773, %v117 : i64
        %v3776 = arith.addi %v1115, %v3774 : i64
        %v3777 = arith.muli %v3776, %v130 : i64
        %v3778 = arith.addi %v3777, %v3775 : i64
        %v3779 = llvm.getelementptr %v9[%v3778] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3000, %v3779 : f32, !llvm.ptr<3>
        %v3780 = arith.divui %v16, %v117 : i64
        %v3781 = arith.remui %v16, %v117 : i64
        %v3782 = arith.addi %v3780, %v33 : i64
        %v3783 = arith.constant true
        %v3784 = arith.addi %v3101, %v3782 : i64
        %v3785 = llvm.getelementptr %v8[%v3784] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3786 = llvm.load %v3785 : !llvm.ptr<3> -> i64
        %v3787 = arith.addi %v1598, %v3781 : i64
        %v3788 = arith.cmpi slt, %v3787, %v116 : i64
        %v3789 = arith.subi %size_L, %v1 : i64
        %v3790 = arith.minsi %v3787, %v3789 : i64
        %v3791 = arith.addi %v3786, %v3790 : i64
        %v3792 = arith.muli %v3784, %v130 : i64
        %v3793 = arith.addi %v3792, %v3781 : i64
        %v3794 = arith.cmpi sge, %v3786, %v33 : i64
        %v3795 = arith.andi %v3788, %v3794 : i1
        %v3796 = arith.andi %v3795, %v3783 : i1
        %v3797 = llvm.getelementptr %v9[%v3793] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3798 = llvm.load %v3797 : !llvm.ptr<3> -> f32
        %v3799 = arith.addi %v3780, %v57 : i64
        %v3800 = arith.constant true
        %v3801 = arith.addi %v3101, %v3799 : i64
        %v3802 = llvm.getelementptr %v8[%v3801] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3803 = llvm.load %v3802 : !llvm.ptr<3> -> i64
        %v3804 = arith.addi %v1598, %v3781 : i64
        %v3805 = arith.cmpi slt, %v3804, %v116 : i64
        %v3806 = arith.subi %size_L, %v1 : i64
        %v3807 = arith.minsi %v3804, %v3806 : i64
        %v3808 = arith.addi %v3803, %v3807 : i64
        %v3809 = arith.muli %v3801, %v130 : i64
        %v3810 = arith.addi %v3809, %v3781 : i64
        %v3811 = arith.cmpi sge, %v3803, %v33 : i64
        %v3812 = arith.andi %v3805, %v3811 : i1
        %v3813 = arith.andi %v3812, %v3800 : i1
        %v3814 = llvm.getelementptr %v9[%v3810] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3815 = llvm.load %v3814 : !llvm.ptr<3> -> f32
        %v3816 = arith.addi %v3780, %v78 : i64
        %v3817 = arith.constant true
        %v3818 = arith.addi %v3101, %v3816 : i64
        %v3819 = llvm.getelementptr %v8[%v3818] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3820 = llvm.load %v3819 : !llvm.ptr<3> -> i64
        %v3821 = arith.addi %v1598, %v3781 : i64
        %v3822 = arith.cmpi slt, %v3821, %v116 : i64
        %v3823 = arith.subi %size_L, %v1 : i64
        %v3824 = arith.minsi %v3821, %v3823 : i64
        %v3825 = arith.addi %v3820, %v3824 : i64
        %v3826 = arith.muli %v3818, %v130 : i64
        %v3827 = arith.addi %v3826, %v3781 : i64
        %v3828 = arith.cmpi sge, %v3820, %v33 : i64
        %v3829 = arith.andi %v3822, %v3828 : i1
        %v3830 = arith.andi %v3829, %v3817 : i1
        %v3831 = llvm.getelementptr %v9[%v3827] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3832 = llvm.load %v3831 : !llvm.ptr<3> -> f32
        %v3833 = arith.addi %v3780, %v163 : i64
        %v3834 = arith.constant true
        %v3835 = arith.addi %v3101, %v3833 : i64
        %v3836 = llvm.getelementptr %v8[%v3835] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3837 = llvm.load %v3836 : !llvm.ptr<3> -> i64
        %v3838 = arith.addi %v1598, %v3781 : i64
        %v3839 = arith.cmpi slt, %v3838, %v116 : i64
        %v3840 = arith.subi %size_L, %v1 : i64
        %v3841 = arith.minsi %v3838, %v3840 : i64
        %v3842 = arith.addi %v3837, %v3841 : i64
        %v3843 = arith.muli %v3835, %v130 : i64
        %v3844 = arith.addi %v3843, %v3781 : i64
        %v3845 = arith.cmpi sge, %v3837, %v33 : i64
        %v3846 = arith.andi %v3839, %v3845 : i1
        %v3847 = arith.andi %v3846, %v3834 : i1
        %v3848 = llvm.getelementptr %v9[%v3844] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3849 = llvm.load %v3848 : !llvm.ptr<3> -> f32
        %v3850 = arith.addi %v3780, %v178 : i64
        %v3851 = arith.constant true
        %v3852 = arith.addi %v3101, %v3850 : i64
        %v3853 = llvm.getelementptr %v8[%v3852] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3854 = llvm.load %v3853 : !llvm.ptr<3> -> i64
        %v3855 = arith.addi %v1598, %v3781 : i64
        %v3856 = arith.cmpi slt, %v3855, %v116 : i64
        %v3857 = arith.subi %size_L, %v1 : i64
        %v3858 = arith.minsi %v3855, %v3857 : i64
        %v3859 = arith.addi %v3854, %v3858 : i64
        %v3860 = arith.muli %v3852, %v130 : i64
        %v3861 = arith.addi %v3860, %v3781 : i64
        %v3862 = arith.cmpi sge, %v3854, %v33 : i64
        %v3863 = arith.andi %v3856, %v3862 : i1
        %v3864 = arith.andi %v3863, %v3851 : i1
        %v3865 = llvm.getelementptr %v9[%v3861] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3866 = llvm.load %v3865 : !llvm.ptr<3> -> f32
        %v3867 = arith.addi %v3780, %v193 : i64
        %v3868 = arith.constant true
        %v3869 = arith.addi %v3101, %v3867 : i64
        %v3870 = llvm.getelementptr %v8[%v3869] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3871 = llvm.load %v3870 : !llvm.ptr<3> -> i64
        %v3872 = arith.addi %v1598, %v3781 : i64
        %v3873 = arith.cmpi slt, %v3872, %v116 : i64
        %v3874 = arith.subi %size_L, %v1 : i64
        %v3875 = arith.minsi %v3872, %v3874 : i64
        %v3876 = arith.addi %v3871, %v3875 : i64
        %v3877 = arith.muli %v3869, %v130 : i64
        %v3878 = arith.addi %v3877, %v3781 : i64
        %v3879 = arith.cmpi sge, %v3871, %v33 : i64
        %v3880 = arith.andi %v3873, %v3879 : i1
        %v3881 = arith.andi %v3880, %v3868 : i1
        %v3882 = llvm.getelementptr %v9[%v3878] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3883 = llvm.load %v3882 : !llvm.ptr<3> -> f32
        %v3884 = arith.addi %v3780, %v208 : i64
        %v3885 = arith.constant true
        %v3886 = arith.addi %v3101, %v3884 : i64
        %v3887 = llvm.getelementptr %v8[%v3886] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3888 = llvm.load %v3887 : !llvm.ptr<3> -> i64
        %v3889 = arith.addi %v1598, %v3781 : i64
        %v3890 = arith.cmpi slt, %v3889, %v116 : i64
        %v3891 = arith.subi %size_L, %v1 : i64
        %v3892 = arith.minsi %v3889, %v3891 : i64
        %v3893 = arith.addi %v3888, %v3892 : i64
        %v3894 = arith.muli %v3886, %v130 : i64
        %v3895 = arith.addi %v3894, %v3781 : i64
        %v3896 = arith.cmpi sge, %v3888, %v33 : i64
        %v3897 = arith.andi %v3890, %v3896 : i1
        %v3898 = arith.andi %v3897, %v3885 : i1
        %v3899 = llvm.getelementptr %v9[%v3895] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3900 = llvm.load %v3899 : !llvm.ptr<3> -> f32
        %v3901 = arith.addi %v3780, %v223 : i64
        %v3902 = arith.constant true
        %v3903 = arith.addi %v3101, %v3901 : i64
        %v3904 = llvm.getelementptr %v8[%v3903] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3905 = llvm.load %v3904 : !llvm.ptr<3> -> i64
        %v3906 = arith.addi %v1598, %v3781 : i64
        %v3907 = arith.cmpi slt, %v3906, %v116 : i64
        %v3908 = arith.subi %size_L, %v1 : i64
        %v3909 = arith.minsi %v3906, %v3908 : i64
        %v3910 = arith.addi %v3905, %v3909 : i64
        %v3911 = arith.muli %v3903, %v130 : i64
        %v3912 = arith.addi %v3911, %v3781 : i64
        %v3913 = arith.cmpi sge, %v3905, %v33 : i64
        %v3914 = arith.andi %v3907, %v3913 : i1
        %v3915 = arith.andi %v3914, %v3902 : i1
        %v3916 = llvm.getelementptr %v9[%v3912] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3917 = llvm.load %v3916 : !llvm.ptr<3> -> f32
        %v3918 = arith.addi %v3780, %v238 : i64
        %v3919 = arith.constant true
        %v3920 = arith.addi %v3101, %v3918 : i64
        %v3921 = llvm.getelementptr %v8[%v3920] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3922 = llvm.load %v3921 : !llvm.ptr<3> -> i64
        %v3923 = arith.addi %v1598, %v3781 : i64
        %v3924 = arith.cmpi slt, %v3923, %v116 : i64
        %v3925 = arith.subi %size_L, %v1 : i64
        %v3926 = arith.minsi %v3923, %v3925 : i64
        %v3927 = arith.addi %v3922, %v3926 : i64
        %v3928 = arith.muli %v3920, %v130 : i64
        %v3929 = arith.addi %v3928, %v3781 : i64
        %v3930 = arith.cmpi sge, %v3922, %v33 : i64
        %v3931 = arith.andi %v3924, %v3930 : i1
        %v3932 = arith.andi %v3931, %v3919 : i1
        %v3933 = llvm.getelementptr %v9[%v3929] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3934 = llvm.load %v3933 : !llvm.ptr<3> -> f32
        %v3935 = arith.addi %v3780, %v253 : i64
        %v3936 = arith.constant true
        %v3937 = arith.addi %v3101, %v3935 : i64
        %v3938 = llvm.getelementptr %v8[%v3937] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3939 = llvm.load %v3938 : !llvm.ptr<3> -> i64
        %v3940 = arith.addi %v1598, %v3781 : i64
        %v3941 = arith.cmpi slt, %v3940, %v116 : i64
        %v3942 = arith.subi %size_L, %v1 : i64
        %v3943 = arith.minsi %v3940, %v3942 : i64
        %v3944 = arith.addi %v3939, %v3943 : i64
        %v3945 = arith.muli %v3937, %v130 : i64
        %v3946 = arith.addi %v3945, %v3781 : i64
        %v3947 = arith.cmpi sge, %v3939, %v33 : i64
        %v3948 = arith.andi %v3941, %v3947 : i1
        %v3949 = arith.andi %v3948, %v3936 : i1
        %v3950 = llvm.getelementptr %v9[%v3946] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3951 = llvm.load %v3950 : !llvm.ptr<3> -> f32
        %v3952 = arith.addi %v3780, %v268 : i64
        %v3953 = arith.constant true
        %v3954 = arith.addi %v3101, %v3952 : i64
        %v3955 = llvm.getelementptr %v8[%v3954] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3956 = llvm.load %v3955 : !llvm.ptr<3> -> i64
        %v3957 = arith.addi %v1598, %v3781 : i64
        %v3958 = arith.cmpi slt, %v3957, %v116 : i64
        %v3959 = arith.subi %size_L, %v1 : i64
        %v3960 = arith.minsi %v3957, %v3959 : i64
        %v3961 = arith.addi %v3956, %v3960 : i64
        %v3962 = arith.muli %v3954, %v130 : i64
        %v3963 = arith.addi %v3962, %v3781 : i64
        %v3964 = arith.cmpi sge, %v3956, %v33 : i64
        %v3965 = arith.andi %v3958, %v3964 : i1
        %v3966 = arith.andi %v3965, %v3953 : i1
        %v3967 = llvm.getelementptr %v9[%v3963] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3968 = llvm.load %v3967 : !llvm.ptr<3> -> f32
        %v3969 = arith.addi %v3780, %v283 : i64
        %v3970 = arith.constant true
        %v3971 = arith.addi %v3101, %v3969 : i64
        %v3972 = llvm.getelementptr %v8[%v3971] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3973 = llvm.load %v3972 : !llvm.ptr<3> -> i64
        %v3974 = arith.addi %v1598, %v3781 : i64
        %v3975 = arith.cmpi slt, %v3974, %v116 : i64
        %v3976 = arith.subi %size_L, %v1 : i64
        %v3977 = arith.minsi %v3974, %v3976 : i64
        %v3978 = arith.addi %v3973, %v3977 : i64
        %v3979 = arith.muli %v3971, %v130 : i64
        %v3980 = arith.addi %v3979, %v3781 : i64
        %v3981 = arith.cmpi sge, %v3973, %v33 : i64
        %v3982 = arith.andi %v3975, %v3981 : i1
        %v3983 = arith.andi %v3982, %v3970 : i1
        %v3984 = llvm.getelementptr %v9[%v3980] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v3985 = llvm.load %v3984 : !llvm.ptr<3> -> f32
        %v3986 = arith.addi %v3780, %v298 : i64
        %v3987 = arith.constant true
        %v3988 = arith.addi %v3101, %v3986 : i64
        %v3989 = llvm.getelementptr %v8[%v3988] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3990 = llvm.load %v3989 : !llvm.ptr<3> -> i64
        %v3991 = arith.addi %v1598, %v3781 : i64
        %v3992 = arith.cmpi slt, %v3991, %v116 : i64
        %v3993 = arith.subi %size_L, %v1 : i64
        %v3994 = arith.minsi %v3991, %v3993 : i64
        %v3995 = arith.addi %v3990, %v3994 : i64
        %v3996 = arith.muli %v3988, %v130 : i64
        %v3997 = arith.addi %v3996, %v3781 : i64
        %v3998 = arith.cmpi sge, %v3990, %v33 : i64
        %v3999 = arith.andi %v3992, %v3998 : i1
        %v4000 = arith.andi %v3999, %v3987 : i1
        %v4001 = llvm.getelementptr %v9[%v3997] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4002 = llvm.load %v4001 : !llvm.ptr<3> -> f32
        %v4003 = arith.addi %v3780, %v313 : i64
        %v4004 = arith.constant true
        %v4005 = arith.addi %v3101, %v4003 : i64
        %v4006 = llvm.getelementptr %v8[%v4005] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4007 = llvm.load %v4006 : !llvm.ptr<3> -> i64
        %v4008 = arith.addi %v1598, %v3781 : i64
        %v4009 = arith.cmpi slt, %v4008, %v116 : i64
        %v4010 = arith.subi %size_L, %v1 : i64
        %v4011 = arith.minsi %v4008, %v4010 : i64
        %v4012 = arith.addi %v4007, %v4011 : i64
        %v4013 = arith.muli %v4005, %v130 : i64
        %v4014 = arith.addi %v4013, %v3781 : i64
        %v4015 = arith.cmpi sge, %v4007, %v33 : i64
        %v4016 = arith.andi %v4009, %v4015 : i1
        %v4017 = arith.andi %v4016, %v4004 : i1
        %v4018 = llvm.getelementptr %v9[%v4014] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4019 = llvm.load %v4018 : !llvm.ptr<3> -> f32
        %v4020 = arith.addi %v3780, %v328 : i64
        %v4021 = arith.constant true
        %v4022 = arith.addi %v3101, %v4020 : i64
        %v4023 = llvm.getelementptr %v8[%v4022] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4024 = llvm.load %v4023 : !llvm.ptr<3> -> i64
        %v4025 = arith.addi %v1598, %v3781 : i64
        %v4026 = arith.cmpi slt, %v4025, %v116 : i64
        %v4027 = arith.subi %size_L, %v1 : i64
        %v4028 = arith.minsi %v4025, %v4027 : i64
        %v4029 = arith.addi %v4024, %v4028 : i64
        %v4030 = arith.muli %v4022, %v130 : i64
        %v4031 = arith.addi %v4030, %v3781 : i64
        %v4032 = arith.cmpi sge, %v4024, %v33 : i64
        %v4033 = arith.andi %v4026, %v4032 : i1
        %v4034 = arith.andi %v4033, %v4021 : i1
        %v4035 = llvm.getelementptr %v9[%v4031] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4036 = llvm.load %v4035 : !llvm.ptr<3> -> f32
        %v4037 = arith.addi %v3780, %v343 : i64
        %v4038 = arith.constant true
        %v4039 = arith.addi %v3101, %v4037 : i64
        %v4040 = llvm.getelementptr %v8[%v4039] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4041 = llvm.load %v4040 : !llvm.ptr<3> -> i64
        %v4042 = arith.addi %v1598, %v3781 : i64
        %v4043 = arith.cmpi slt, %v4042, %v116 : i64
        %v4044 = arith.subi %size_L, %v1 : i64
        %v4045 = arith.minsi %v4042, %v4044 : i64
        %v4046 = arith.addi %v4041, %v4045 : i64
        %v4047 = arith.muli %v4039, %v130 : i64
        %v4048 = arith.addi %v4047, %v3781 : i64
        %v4049 = arith.cmpi sge, %v4041, %v33 : i64
        %v4050 = arith.andi %v4043, %v4049 : i1
        %v4051 = arith.andi %v4050, %v4038 : i1
        %v4052 = llvm.getelementptr %v9[%v4048] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4053 = llvm.load %v4052 : !llvm.ptr<3> -> f32
        %v4054 = arith.addi %v3780, %v117 : i64
        %v4055 = arith.constant true
        %v4056 = arith.addi %v3101, %v4054 : i64
        %v4057 = llvm.getelementptr %v8[%v4056] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4058 = llvm.load %v4057 : !llvm.ptr<3> -> i64
        %v4059 = arith.addi %v1598, %v3781 : i64
        %v4060 = arith.cmpi slt, %v4059, %v116 : i64
        %v4061 = arith.subi %size_L, %v1 : i64
        %v4062 = arith.minsi %v4059, %v4061 : i64
        %v4063 = arith.addi %v4058, %v4062 : i64
        %v4064 = arith.muli %v4056, %v130 : i64
        %v4065 = arith.addi %v4064, %v3781 : i64
        %v4066 = arith.cmpi sge, %v4058, %v33 : i64
        %v4067 = arith.andi %v4060, %v4066 : i1
        %v4068 = arith.andi %v4067, %v4055 : i1
        %v4069 = llvm.getelementptr %v9[%v4065] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4070 = llvm.load %v4069 : !llvm.ptr<3> -> f32
        %v4071 = arith.addi %v3780, %v372 : i64
        %v4072 = arith.constant true
        %v4073 = arith.addi %v3101, %v4071 : i64
        %v4074 = llvm.getelementptr %v8[%v4073] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4075 = llvm.load %v4074 : !llvm.ptr<3> -> i64
        %v4076 = arith.addi %v1598, %v3781 : i64
        %v4077 = arith.cmpi slt, %v4076, %v116 : i64
        %v4078 = arith.subi %size_L, %v1 : i64
        %v4079 = arith.minsi %v4076, %v4078 : i64
        %v4080 = arith.addi %v4075, %v4079 : i64
        %v4081 = arith.muli %v4073, %v130 : i64
        %v4082 = arith.addi %v4081, %v3781 : i64
        %v4083 = arith.cmpi sge, %v4075, %v33 : i64
        %v4084 = arith.andi %v4077, %v4083 : i1
        %v4085 = arith.andi %v4084, %v4072 : i1
        %v4086 = llvm.getelementptr %v9[%v4082] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4087 = llvm.load %v4086 : !llvm.ptr<3> -> f32
        %v4088 = arith.addi %v3780, %v387 : i64
        %v4089 = arith.constant true
        %v4090 = arith.addi %v3101, %v4088 : i64
        %v4091 = llvm.getelementptr %v8[%v4090] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4092 = llvm.load %v4091 : !llvm.ptr<3> -> i64
        %v4093 = arith.addi %v1598, %v3781 : i64
        %v4094 = arith.cmpi slt, %v4093, %v116 : i64
        %v4095 = arith.subi %size_L, %v1 : i64
        %v4096 = arith.minsi %v4093, %v4095 : i64
        %v4097 = arith.addi %v4092, %v4096 : i64
        %v4098 = arith.muli %v4090, %v130 : i64
        %v4099 = arith.addi %v4098, %v3781 : i64
        %v4100 = arith.cmpi sge, %v4092, %v33 : i64
        %v4101 = arith.andi %v4094, %v4100 : i1
        %v4102 = arith.andi %v4101, %v4089 : i1
        %v4103 = llvm.getelementptr %v9[%v4099] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4104 = llvm.load %v4103 : !llvm.ptr<3> -> f32
        %v4105 = arith.addi %v3780, %v402 : i64
        %v4106 = arith.constant true
        %v4107 = arith.addi %v3101, %v4105 : i64
        %v4108 = llvm.getelementptr %v8[%v4107] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4109 = llvm.load %v4108 : !llvm.ptr<3> -> i64
        %v4110 = arith.addi %v1598, %v3781 : i64
        %v4111 = arith.cmpi slt, %v4110, %v116 : i64
        %v4112 = arith.subi %size_L, %v1 : i64
        %v4113 = arith.minsi %v4110, %v4112 : i64
        %v4114 = arith.addi %v4109, %v4113 : i64
        %v4115 = arith.muli %v4107, %v130 : i64
        %v4116 = arith.addi %v4115, %v3781 : i64
        %v4117 = arith.cmpi sge, %v4109, %v33 : i64
        %v4118 = arith.andi %v4111, %v4117 : i1
        %v4119 = arith.andi %v4118, %v4106 : i1
        %v4120 = llvm.getelementptr %v9[%v4116] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4121 = llvm.load %v4120 : !llvm.ptr<3> -> f32
        %v4122 = arith.addi %v3780, %v417 : i64
        %v4123 = arith.constant true
        %v4124 = arith.addi %v3101, %v4122 : i64
        %v4125 = llvm.getelementptr %v8[%v4124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4126 = llvm.load %v4125 : !llvm.ptr<3> -> i64
        %v4127 = arith.addi %v1598, %v3781 : i64
        %v4128 = arith.cmpi slt, %v4127, %v116 : i64
        %v4129 = arith.subi %size_L, %v1 : i64
        %v4130 = arith.minsi %v4127, %v4129 : i64
        %v4131 = arith.addi %v4126, %v4130 : i64
        %v4132 = arith.muli %v4124, %v130 : i64
        %v4133 = arith.addi %v4132, %v3781 : i64
        %v4134 = arith.cmpi sge, %v4126, %v33 : i64
        %v4135 = arith.andi %v4128, %v4134 : i1
        %v4136 = arith.andi %v4135, %v4123 : i1
        %v4137 = llvm.getelementptr %v9[%v4133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4138 = llvm.load %v4137 : !llvm.ptr<3> -> f32
        %v4139 = arith.addi %v3780, %v432 : i64
        %v4140 = arith.constant true
        %v4141 = arith.addi %v3101, %v4139 : i64
        %v4142 = llvm.getelementptr %v8[%v4141] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4143 = llvm.load %v4142 : !llvm.ptr<3> -> i64
        %v4144 = arith.addi %v1598, %v3781 : i64
        %v4145 = arith.cmpi slt, %v4144, %v116 : i64
        %v4146 = arith.subi %size_L, %v1 : i64
        %v4147 = arith.minsi %v4144, %v4146 : i64
        %v4148 = arith.addi %v4143, %v4147 : i64
        %v4149 = arith.muli %v4141, %v130 : i64
        %v4150 = arith.addi %v4149, %v3781 : i64
        %v4151 = arith.cmpi sge, %v4143, %v33 : i64
        %v4152 = arith.andi %v4145, %v4151 : i1
        %v4153 = arith.andi %v4152, %v4140 : i1
        %v4154 = llvm.getelementptr %v9[%v4150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4155 = llvm.load %v4154 : !llvm.ptr<3> -> f32
        %v4156 = arith.addi %v3780, %v447 : i64
        %v4157 = arith.constant true
        %v4158 = arith.addi %v3101, %v4156 : i64
        %v4159 = llvm.getelementptr %v8[%v4158] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4160 = llvm.load %v4159 : !llvm.ptr<3> -> i64
        %v4161 = arith.addi %v1598, %v3781 : i64
        %v4162 = arith.cmpi slt, %v4161, %v116 : i64
        %v4163 = arith.subi %size_L, %v1 : i64
        %v4164 = arith.minsi %v4161, %v4163 : i64
        %v4165 = arith.addi %v4160, %v4164 : i64
        %v4166 = arith.muli %v4158, %v130 : i64
        %v4167 = arith.addi %v4166, %v3781 : i64
        %v4168 = arith.cmpi sge, %v4160, %v33 : i64
        %v4169 = arith.andi %v4162, %v4168 : i1
        %v4170 = arith.andi %v4169, %v4157 : i1
        %v4171 = llvm.getelementptr %v9[%v4167] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4172 = llvm.load %v4171 : !llvm.ptr<3> -> f32
        %v4173 = arith.addi %v3780, %v462 : i64
        %v4174 = arith.constant true
        %v4175 = arith.addi %v3101, %v4173 : i64
        %v4176 = llvm.getelementptr %v8[%v4175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4177 = llvm.load %v4176 : !llvm.ptr<3> -> i64
        %v4178 = arith.addi %v1598, %v3781 : i64
        %v4179 = arith.cmpi slt, %v4178, %v116 : i64
        %v4180 = arith.subi %size_L, %v1 : i64
        %v4181 = arith.minsi %v4178, %v4180 : i64
        %v4182 = arith.addi %v4177, %v4181 : i64
        %v4183 = arith.muli %v4175, %v130 : i64
        %v4184 = arith.addi %v4183, %v3781 : i64
        %v4185 = arith.cmpi sge, %v4177, %v33 : i64
        %v4186 = arith.andi %v4179, %v4185 : i1
        %v4187 = arith.andi %v4186, %v4174 : i1
        %v4188 = llvm.getelementptr %v9[%v4184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4189 = llvm.load %v4188 : !llvm.ptr<3> -> f32
        %v4190 = arith.addi %v3780, %v477 : i64
        %v4191 = arith.constant true
        %v4192 = arith.addi %v3101, %v4190 : i64
        %v4193 = llvm.getelementptr %v8[%v4192] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4194 = llvm.load %v4193 : !llvm.ptr<3> -> i64
        %v4195 = arith.addi %v1598, %v3781 : i64
        %v4196 = arith.cmpi slt, %v4195, %v116 : i64
        %v4197 = arith.subi %size_L, %v1 : i64
        %v4198 = arith.minsi %v4195, %v4197 : i64
        %v4199 = arith.addi %v4194, %v4198 : i64
        %v4200 = arith.muli %v4192, %v130 : i64
        %v4201 = arith.addi %v4200, %v3781 : i64
        %v4202 = arith.cmpi sge, %v4194, %v33 : i64
        %v4203 = arith.andi %v4196, %v4202 : i1
        %v4204 = arith.andi %v4203, %v4191 : i1
        %v4205 = llvm.getelementptr %v9[%v4201] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4206 = llvm.load %v4205 : !llvm.ptr<3> -> f32
        %v4207 = arith.addi %v3780, %v492 : i64
        %v4208 = arith.constant true
        %v4209 = arith.addi %v3101, %v4207 : i64
        %v4210 = llvm.getelementptr %v8[%v4209] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4211 = llvm.load %v4210 : !llvm.ptr<3> -> i64
        %v4212 = arith.addi %v1598, %v3781 : i64
        %v4213 = arith.cmpi slt, %v4212, %v116 : i64
        %v4214 = arith.subi %size_L, %v1 : i64
        %v4215 = arith.minsi %v4212, %v4214 : i64
        %v4216 = arith.addi %v4211, %v4215 : i64
        %v4217 = arith.muli %v4209, %v130 : i64
        %v4218 = arith.addi %v4217, %v3781 : i64
        %v4219 = arith.cmpi sge, %v4211, %v33 : i64
        %v4220 = arith.andi %v4213, %v4219 : i1
        %v4221 = arith.andi %v4220, %v4208 : i1
        %v4222 = llvm.getelementptr %v9[%v4218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4223 = llvm.load %v4222 : !llvm.ptr<3> -> f32
        %v4224 = arith.addi %v3780, %v507 : i64
        %v4225 = arith.constant true
        %v4226 = arith.addi %v3101, %v4224 : i64
        %v4227 = llvm.getelementptr %v8[%v4226] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4228 = llvm.load %v4227 : !llvm.ptr<3> -> i64
        %v4229 = arith.addi %v1598, %v3781 : i64
        %v4230 = arith.cmpi slt, %v4229, %v116 : i64
        %v4231 = arith.subi %size_L, %v1 : i64
        %v4232 = arith.minsi %v4229, %v4231 : i64
        %v4233 = arith.addi %v4228, %v4232 : i64
        %v4234 = arith.muli %v4226, %v130 : i64
        %v4235 = arith.addi %v4234, %v3781 : i64
        %v4236 = arith.cmpi sge, %v4228, %v33 : i64
        %v4237 = arith.andi %v4230, %v4236 : i1
        %v4238 = arith.andi %v4237, %v4225 : i1
        %v4239 = llvm.getelementptr %v9[%v4235] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4240 = llvm.load %v4239 : !llvm.ptr<3> -> f32
        %v4241 = arith.addi %v3780, %v522 : i64
        %v4242 = arith.constant true
        %v4243 = arith.addi %v3101, %v4241 : i64
        %v4244 = llvm.getelementptr %v8[%v4243] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4245 = llvm.load %v4244 : !llvm.ptr<3> -> i64
        %v4246 = arith.addi %v1598, %v3781 : i64
        %v4247 = arith.cmpi slt, %v4246, %v116 : i64
        %v4248 = arith.subi %size_L, %v1 : i64
        %v4249 = arith.minsi %v4246, %v4248 : i64
        %v4250 = arith.addi %v4245, %v4249 : i64
        %v4251 = arith.muli %v4243, %v130 : i64
        %v4252 = arith.addi %v4251, %v3781 : i64
        %v4253 = arith.cmpi sge, %v4245, %v33 : i64
        %v4254 = arith.andi %v4247, %v4253 : i1
        %v4255 = arith.andi %v4254, %v4242 : i1
        %v4256 = llvm.getelementptr %v9[%v4252] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4257 = llvm.load %v4256 : !llvm.ptr<3> -> f32
        %v4258 = arith.addi %v3780, %v537 : i64
        %v4259 = arith.constant true
        %v4260 = arith.addi %v3101, %v4258 : i64
        %v4261 = llvm.getelementptr %v8[%v4260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4262 = llvm.load %v4261 : !llvm.ptr<3> -> i64
        %v4263 = arith.addi %v1598, %v3781 : i64
        %v4264 = arith.cmpi slt, %v4263, %v116 : i64
        %v4265 = arith.subi %size_L, %v1 : i64
        %v4266 = arith.minsi %v4263, %v4265 : i64
        %v4267 = arith.addi %v4262, %v4266 : i64
        %v4268 = arith.muli %v4260, %v130 : i64
        %v4269 = arith.addi %v4268, %v3781 : i64
        %v4270 = arith.cmpi sge, %v4262, %v33 : i64
        %v4271 = arith.andi %v4264, %v4270 : i1
        %v4272 = arith.andi %v4271, %v4259 : i1
        %v4273 = llvm.getelementptr %v9[%v4269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4274 = llvm.load %v4273 : !llvm.ptr<3> -> f32
        %v4275 = arith.addi %v3780, %v552 : i64
        %v4276 = arith.constant true
        %v4277 = arith.addi %v3101, %v4275 : i64
        %v4278 = llvm.getelementptr %v8[%v4277] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4279 = llvm.load %v4278 : !llvm.ptr<3> -> i64
        %v4280 = arith.addi %v1598, %v3781 : i64
        %v4281 = arith.cmpi slt, %v4280, %v116 : i64
        %v4282 = arith.subi %size_L, %v1 : i64
        %v4283 = arith.minsi %v4280, %v4282 : i64
        %v4284 = arith.addi %v4279, %v4283 : i64
        %v4285 = arith.muli %v4277, %v130 : i64
        %v4286 = arith.addi %v4285, %v3781 : i64
        %v4287 = arith.cmpi sge, %v4279, %v33 : i64
        %v4288 = arith.andi %v4281, %v4287 : i1
        %v4289 = arith.andi %v4288, %v4276 : i1
        %v4290 = llvm.getelementptr %v9[%v4286] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4291 = llvm.load %v4290 : !llvm.ptr<3> -> f32
        %v4292 = arith.addi %v3780, %v567 : i64
        %v4293 = arith.constant true
        %v4294 = arith.addi %v3101, %v4292 : i64
        %v4295 = llvm.getelementptr %v8[%v4294] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4296 = llvm.load %v4295 : !llvm.ptr<3> -> i64
        %v4297 = arith.addi %v1598, %v3781 : i64
        %v4298 = arith.cmpi slt, %v4297, %v116 : i64
        %v4299 = arith.subi %size_L, %v1 : i64
        %v4300 = arith.minsi %v4297, %v4299 : i64
        %v4301 = arith.addi %v4296, %v4300 : i64
        %v4302 = arith.muli %v4294, %v130 : i64
        %v4303 = arith.addi %v4302, %v3781 : i64
        %v4304 = arith.cmpi sge, %v4296, %v33 : i64
        %v4305 = arith.andi %v4298, %v4304 : i1
        %v4306 = arith.andi %v4305, %v4293 : i1
        %v4307 = llvm.getelementptr %v9[%v4303] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4308 = llvm.load %v4307 : !llvm.ptr<3> -> f32
        %v4309 = arith.addi %v3780, %v582 : i64
        %v4310 = arith.constant true
        %v4311 = arith.addi %v3101, %v4309 : i64
        %v4312 = llvm.getelementptr %v8[%v4311] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4313 = llvm.load %v4312 : !llvm.ptr<3> -> i64
        %v4314 = arith.addi %v1598, %v3781 : i64
        %v4315 = arith.cmpi slt, %v4314, %v116 : i64
        %v4316 = arith.subi %size_L, %v1 : i64
        %v4317 = arith.minsi %v4314, %v4316 : i64
        %v4318 = arith.addi %v4313, %v4317 : i64
        %v4319 = arith.muli %v4311, %v130 : i64
        %v4320 = arith.addi %v4319, %v3781 : i64
        %v4321 = arith.cmpi sge, %v4313, %v33 : i64
        %v4322 = arith.andi %v4315, %v4321 : i1
        %v4323 = arith.andi %v4322, %v4310 : i1
        %v4324 = llvm.getelementptr %v9[%v4320] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4325 = llvm.load %v4324 : !llvm.ptr<3> -> f32
        scf.if %v3796 {
          %v4326 = llvm.getelementptr %out_y[%v3791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3798, %v4326 : f32, !llvm.ptr
        }
        scf.if %v3813 {
          %v4327 = llvm.getelementptr %out_y[%v3808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3815, %v4327 : f32, !llvm.ptr
        }
        scf.if %v3830 {
          %v4328 = llvm.getelementptr %out_y[%v3825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3832, %v4328 : f32, !llvm.ptr
        }
        scf.if %v3847 {
          %v4329 = llvm.getelementptr %out_y[%v3842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3849, %v4329 : f32, !llvm.ptr
        }
        scf.if %v3864 {
          %v4330 = llvm.getelementptr %out_y[%v3859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3866, %v4330 : f32, !llvm.ptr
        }
        scf.if %v3881 {
          %v4331 = llvm.getelementptr %out_y[%v3876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3883, %v4331 : f32, !llvm.ptr
        }
        scf.if %v3898 {
          %v4332 = llvm.getelementptr %out_y[%v3893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3900, %v4332 : f32, !llvm.ptr
        }
        scf.if %v3915 {
          %v4333 = llvm.getelementptr %out_y[%v3910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3917, %v4333 : f32, !llvm.ptr
        }
        scf.if %v3932 {
          %v4334 = llvm.getelementptr %out_y[%v3927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3934, %v4334 : f32, !llvm.ptr
        }
        scf.if %v3949 {
          %v4335 = llvm.getelementptr %out_y[%v3944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3951, %v4335 : f32, !llvm.ptr
        }
        scf.if %v3966 {
          %v4336 = llvm.getelementptr %out_y[%v3961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3968, %v4336 : f32, !llvm.ptr
        }
        scf.if %v3983 {
          %v4337 = llvm.getelementptr %out_y[%v3978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v3985, %v4337 : f32, !llvm.ptr
        }
        scf.if %v4000 {
          %v4338 = llvm.getelementptr %out_y[%v3995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4002, %v4338 : f32, !llvm.ptr
        }
        scf.if %v4017 {
          %v4339 = llvm.getelementptr %out_y[%v4012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4019, %v4339 : f32, !llvm.ptr
        }
        scf.if %v4034 {
          %v4340 = llvm.getelementptr %out_y[%v4029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4036, %v4340 : f32, !llvm.ptr
        }
        scf.if %v4051 {
          %v4341 = llvm.getelementptr %out_y[%v4046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4053, %v4341 : f32, !llvm.ptr
        }
        scf.if %v4068 {
          %v4342 = llvm.getelementptr %out_y[%v4063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4070, %v4342 : f32, !llvm.ptr
        }
        scf.if %v4085 {
          %v4343 = llvm.getelementptr %out_y[%v4080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4087, %v4343 : f32, !llvm.ptr
        }
        scf.if %v4102 {
          %v4344 = llvm.getelementptr %out_y[%v4097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4104, %v4344 : f32, !llvm.ptr
        }
        scf.if %v4119 {
          %v4345 = llvm.getelementptr %out_y[%v4114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4121, %v4345 : f32, !llvm.ptr
        }
        scf.if %v4136 {
          %v4346 = llvm.getelementptr %out_y[%v4131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4138, %v4346 : f32, !llvm.ptr
        }
        scf.if %v4153 {
          %v4347 = llvm.getelementptr %out_y[%v4148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4155, %v4347 : f32, !llvm.ptr
        }
        scf.if %v4170 {
          %v4348 = llvm.getelementptr %out_y[%v4165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4172, %v4348 : f32, !llvm.ptr
        }
        scf.if %v4187 {
          %v4349 = llvm.getelementptr %out_y[%v4182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4189, %v4349 : f32, !llvm.ptr
        }
        scf.if %v4204 {
          %v4350 = llvm.getelementptr %out_y[%v4199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4206, %v4350 : f32, !llvm.ptr
        }
        scf.if %v4221 {
          %v4351 = llvm.getelementptr %out_y[%v4216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4223, %v4351 : f32, !llvm.ptr
        }
        scf.if %v4238 {
          %v4352 = llvm.getelementptr %out_y[%v4233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4240, %v4352 : f32, !llvm.ptr
        }
        scf.if %v4255 {
          %v4353 = llvm.getelementptr %out_y[%v4250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4257, %v4353 : f32, !llvm.ptr
        }
        scf.if %v4272 {
          %v4354 = llvm.getelementptr %out_y[%v4267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4274, %v4354 : f32, !llvm.ptr
        }
        scf.if %v4289 {
          %v4355 = llvm.getelementptr %out_y[%v4284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4291, %v4355 : f32, !llvm.ptr
        }
        scf.if %v4306 {
          %v4356 = llvm.getelementptr %out_y[%v4301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4308, %v4356 : f32, !llvm.ptr
        }
        scf.if %v4323 {
          %v4357 = llvm.getelementptr %out_y[%v4318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4325, %v4357 : f32, !llvm.ptr
        }
        %v4358 = arith.divui %v16, %v117 : i64
        %v4359 = arith.remui %v16, %v117 : i64
        %v4360 = arith.addi %v4358, %v33 : i64
        %v4361 = arith.constant true
        %v4362 = arith.addi %v12, %v4360 : i64
        %v4363 = llvm.getelementptr %v8[%v4362] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4364 = llvm.load %v4363 : !llvm.ptr<3> -> i64
        %v4365 = arith.addi %v1598, %v4359 : i64
        %v4366 = arith.cmpi slt, %v4365, %v116 : i64
        %v4367 = arith.subi %size_L, %v1 : i64
        %v4368 = arith.minsi %v4365, %v4367 : i64
        %v4369 = arith.addi %v4364, %v4368 : i64
        %v4370 = arith.muli %v4362, %v130 : i64
        %v4371 = arith.addi %v4370, %v4359 : i64
        %v4372 = arith.cmpi sge, %v4364, %v33 : i64
        %v4373 = arith.andi %v4366, %v4372 : i1
        %v4374 = arith.andi %v4373, %v4361 : i1
        %v4375 = llvm.getelementptr %v9[%v4371] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4376 = llvm.load %v4375 : !llvm.ptr<3> -> f32
        %v4377 = arith.addi %v4358, %v57 : i64
        %v4378 = arith.constant true
        %v4379 = arith.addi %v12, %v4377 : i64
        %v4380 = llvm.getelementptr %v8[%v4379] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4381 = llvm.load %v4380 : !llvm.ptr<3> -> i64
        %v4382 = arith.addi %v1598, %v4359 : i64
        %v4383 = arith.cmpi slt, %v4382, %v116 : i64
        %v4384 = arith.subi %size_L, %v1 : i64
        %v4385 = arith.minsi %v4382, %v4384 : i64
        %v4386 = arith.addi %v4381, %v4385 : i64
        %v4387 = arith.muli %v4379, %v130 : i64
        %v4388 = arith.addi %v4387, %v4359 : i64
        %v4389 = arith.cmpi sge, %v4381, %v33 : i64
        %v4390 = arith.andi %v4383, %v4389 : i1
        %v4391 = arith.andi %v4390, %v4378 : i1
        %v4392 = llvm.getelementptr %v9[%v4388] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4393 = llvm.load %v4392 : !llvm.ptr<3> -> f32
        %v4394 = arith.addi %v4358, %v78 : i64
        %v4395 = arith.constant true
        %v4396 = arith.addi %v12, %v4394 : i64
        %v4397 = llvm.getelementptr %v8[%v4396] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4398 = llvm.load %v4397 : !llvm.ptr<3> -> i64
        %v4399 = arith.addi %v1598, %v4359 : i64
        %v4400 = arith.cmpi slt, %v4399, %v116 : i64
        %v4401 = arith.subi %size_L, %v1 : i64
        %v4402 = arith.minsi %v4399, %v4401 : i64
        %v4403 = arith.addi %v4398, %v4402 : i64
        %v4404 = arith.muli %v4396, %v130 : i64
        %v4405 = arith.addi %v4404, %v4359 : i64
        %v4406 = arith.cmpi sge, %v4398, %v33 : i64
        %v4407 = arith.andi %v4400, %v4406 : i1
        %v4408 = arith.andi %v4407, %v4395 : i1
        %v4409 = llvm.getelementptr %v9[%v4405] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4410 = llvm.load %v4409 : !llvm.ptr<3> -> f32
        %v4411 = arith.addi %v4358, %v163 : i64
        %v4412 = arith.constant true
        %v4413 = arith.addi %v12, %v4411 : i64
        %v4414 = llvm.getelementptr %v8[%v4413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4415 = llvm.load %v4414 : !llvm.ptr<3> -> i64
        %v4416 = arith.addi %v1598, %v4359 : i64
        %v4417 = arith.cmpi slt, %v4416, %v116 : i64
        %v4418 = arith.subi %size_L, %v1 : i64
        %v4419 = arith.minsi %v4416, %v4418 : i64
        %v4420 = arith.addi %v4415, %v4419 : i64
        %v4421 = arith.muli %v4413, %v130 : i64
        %v4422 = arith.addi %v4421, %v4359 : i64
        %v4423 = arith.cmpi sge, %v4415, %v33 : i64
        %v4424 = arith.andi %v4417, %v4423 : i1
        %v4425 = arith.andi %v4424, %v4412 : i1
        %v4426 = llvm.getelementptr %v9[%v4422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4427 = llvm.load %v4426 : !llvm.ptr<3> -> f32
        %v4428 = arith.addi %v4358, %v178 : i64
        %v4429 = arith.constant true
        %v4430 = arith.addi %v12, %v4428 : i64
        %v4431 = llvm.getelementptr %v8[%v4430] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4432 = llvm.load %v4431 : !llvm.ptr<3> -> i64
        %v4433 = arith.addi %v1598, %v4359 : i64
        %v4434 = arith.cmpi slt, %v4433, %v116 : i64
        %v4435 = arith.subi %size_L, %v1 : i64
        %v4436 = arith.minsi %v4433, %v4435 : i64
        %v4437 = arith.addi %v4432, %v4436 : i64
        %v4438 = arith.muli %v4430, %v130 : i64
        %v4439 = arith.addi %v4438, %v4359 : i64
        %v4440 = arith.cmpi sge, %v4432, %v33 : i64
        %v4441 = arith.andi %v4434, %v4440 : i1
        %v4442 = arith.andi %v4441, %v4429 : i1
        %v4443 = llvm.getelementptr %v9[%v4439] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4444 = llvm.load %v4443 : !llvm.ptr<3> -> f32
        %v4445 = arith.addi %v4358, %v193 : i64
        %v4446 = arith.constant true
        %v4447 = arith.addi %v12, %v4445 : i64
        %v4448 = llvm.getelementptr %v8[%v4447] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4449 = llvm.load %v4448 : !llvm.ptr<3> -> i64
        %v4450 = arith.addi %v1598, %v4359 : i64
        %v4451 = arith.cmpi slt, %v4450, %v116 : i64
        %v4452 = arith.subi %size_L, %v1 : i64
        %v4453 = arith.minsi %v4450, %v4452 : i64
        %v4454 = arith.addi %v4449, %v4453 : i64
        %v4455 = arith.muli %v4447, %v130 : i64
        %v4456 = arith.addi %v4455, %v4359 : i64
        %v4457 = arith.cmpi sge, %v4449, %v33 : i64
        %v4458 = arith.andi %v4451, %v4457 : i1
        %v4459 = arith.andi %v4458, %v4446 : i1
        %v4460 = llvm.getelementptr %v9[%v4456] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4461 = llvm.load %v4460 : !llvm.ptr<3> -> f32
        %v4462 = arith.addi %v4358, %v208 : i64
        %v4463 = arith.constant true
        %v4464 = arith.addi %v12, %v4462 : i64
        %v4465 = llvm.getelementptr %v8[%v4464] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4466 = llvm.load %v4465 : !llvm.ptr<3> -> i64
        %v4467 = arith.addi %v1598, %v4359 : i64
        %v4468 = arith.cmpi slt, %v4467, %v116 : i64
        %v4469 = arith.subi %size_L, %v1 : i64
        %v4470 = arith.minsi %v4467, %v4469 : i64
        %v4471 = arith.addi %v4466, %v4470 : i64
        %v4472 = arith.muli %v4464, %v130 : i64
        %v4473 = arith.addi %v4472, %v4359 : i64
        %v4474 = arith.cmpi sge, %v4466, %v33 : i64
        %v4475 = arith.andi %v4468, %v4474 : i1
        %v4476 = arith.andi %v4475, %v4463 : i1
        %v4477 = llvm.getelementptr %v9[%v4473] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4478 = llvm.load %v4477 : !llvm.ptr<3> -> f32
        %v4479 = arith.addi %v4358, %v223 : i64
        %v4480 = arith.constant true
        %v4481 = arith.addi %v12, %v4479 : i64
        %v4482 = llvm.getelementptr %v8[%v4481] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4483 = llvm.load %v4482 : !llvm.ptr<3> -> i64
        %v4484 = arith.addi %v1598, %v4359 : i64
        %v4485 = arith.cmpi slt, %v4484, %v116 : i64
        %v4486 = arith.subi %size_L, %v1 : i64
        %v4487 = arith.minsi %v4484, %v4486 : i64
        %v4488 = arith.addi %v4483, %v4487 : i64
        %v4489 = arith.muli %v4481, %v130 : i64
        %v4490 = arith.addi %v4489, %v4359 : i64
        %v4491 = arith.cmpi sge, %v4483, %v33 : i64
        %v4492 = arith.andi %v4485, %v4491 : i1
        %v4493 = arith.andi %v4492, %v4480 : i1
        %v4494 = llvm.getelementptr %v9[%v4490] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4495 = llvm.load %v4494 : !llvm.ptr<3> -> f32
        %v4496 = arith.addi %v4358, %v238 : i64
        %v4497 = arith.constant true
        %v4498 = arith.addi %v12, %v4496 : i64
        %v4499 = llvm.getelementptr %v8[%v4498] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4500 = llvm.load %v4499 : !llvm.ptr<3> -> i64
        %v4501 = arith.addi %v1598, %v4359 : i64
        %v4502 = arith.cmpi slt, %v4501, %v116 : i64
        %v4503 = arith.subi %size_L, %v1 : i64
        %v4504 = arith.minsi %v4501, %v4503 : i64
        %v4505 = arith.addi %v4500, %v4504 : i64
        %v4506 = arith.muli %v4498, %v130 : i64
        %v4507 = arith.addi %v4506, %v4359 : i64
        %v4508 = arith.cmpi sge, %v4500, %v33 : i64
        %v4509 = arith.andi %v4502, %v4508 : i1
        %v4510 = arith.andi %v4509, %v4497 : i1
        %v4511 = llvm.getelementptr %v9[%v4507] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4512 = llvm.load %v4511 : !llvm.ptr<3> -> f32
        %v4513 = arith.addi %v4358, %v253 : i64
        %v4514 = arith.constant true
        %v4515 = arith.addi %v12, %v4513 : i64
        %v4516 = llvm.getelementptr %v8[%v4515] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4517 = llvm.load %v4516 : !llvm.ptr<3> -> i64
        %v4518 = arith.addi %v1598, %v4359 : i64
        %v4519 = arith.cmpi slt, %v4518, %v116 : i64
        %v4520 = arith.subi %size_L, %v1 : i64
        %v4521 = arith.minsi %v4518, %v4520 : i64
        %v4522 = arith.addi %v4517, %v4521 : i64
        %v4523 = arith.muli %v4515, %v130 : i64
        %v4524 = arith.addi %v4523, %v4359 : i64
        %v4525 = arith.cmpi sge, %v4517, %v33 : i64
        %v4526 = arith.andi %v4519, %v4525 : i1
        %v4527 = arith.andi %v4526, %v4514 : i1
        %v4528 = llvm.getelementptr %v9[%v4524] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4529 = llvm.load %v4528 : !llvm.ptr<3> -> f32
        %v4530 = arith.addi %v4358, %v268 : i64
        %v4531 = arith.constant true
        %v4532 = arith.addi %v12, %v4530 : i64
        %v4533 = llvm.getelementptr %v8[%v4532] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4534 = llvm.load %v4533 : !llvm.ptr<3> -> i64
        %v4535 = arith.addi %v1598, %v4359 : i64
        %v4536 = arith.cmpi slt, %v4535, %v116 : i64
        %v4537 = arith.subi %size_L, %v1 : i64
        %v4538 = arith.minsi %v4535, %v4537 : i64
        %v4539 = arith.addi %v4534, %v4538 : i64
        %v4540 = arith.muli %v4532, %v130 : i64
        %v4541 = arith.addi %v4540, %v4359 : i64
        %v4542 = arith.cmpi sge, %v4534, %v33 : i64
        %v4543 = arith.andi %v4536, %v4542 : i1
        %v4544 = arith.andi %v4543, %v4531 : i1
        %v4545 = llvm.getelementptr %v9[%v4541] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4546 = llvm.load %v4545 : !llvm.ptr<3> -> f32
        %v4547 = arith.addi %v4358, %v283 : i64
        %v4548 = arith.constant true
        %v4549 = arith.addi %v12, %v4547 : i64
        %v4550 = llvm.getelementptr %v8[%v4549] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4551 = llvm.load %v4550 : !llvm.ptr<3> -> i64
        %v4552 = arith.addi %v1598, %v4359 : i64
        %v4553 = arith.cmpi slt, %v4552, %v116 : i64
        %v4554 = arith.subi %size_L, %v1 : i64
        %v4555 = arith.minsi %v4552, %v4554 : i64
        %v4556 = arith.addi %v4551, %v4555 : i64
        %v4557 = arith.muli %v4549, %v130 : i64
        %v4558 = arith.addi %v4557, %v4359 : i64
        %v4559 = arith.cmpi sge, %v4551, %v33 : i64
        %v4560 = arith.andi %v4553, %v4559 : i1
        %v4561 = arith.andi %v4560, %v4548 : i1
        %v4562 = llvm.getelementptr %v9[%v4558] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4563 = llvm.load %v4562 : !llvm.ptr<3> -> f32
        %v4564 = arith.addi %v4358, %v298 : i64
        %v4565 = arith.constant true
        %v4566 = arith.addi %v12, %v4564 : i64
        %v4567 = llvm.getelementptr %v8[%v4566] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4568 = llvm.load %v4567 : !llvm.ptr<3> -> i64
        %v4569 = arith.addi %v1598, %v4359 : i64
        %v4570 = arith.cmpi slt, %v4569, %v116 : i64
        %v4571 = arith.subi %size_L, %v1 : i64
        %v4572 = arith.minsi %v4569, %v4571 : i64
        %v4573 = arith.addi %v4568, %v4572 : i64
        %v4574 = arith.muli %v4566, %v130 : i64
        %v4575 = arith.addi %v4574, %v4359 : i64
        %v4576 = arith.cmpi sge, %v4568, %v33 : i64
        %v4577 = arith.andi %v4570, %v4576 : i1
        %v4578 = arith.andi %v4577, %v4565 : i1
        %v4579 = llvm.getelementptr %v9[%v4575] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4580 = llvm.load %v4579 : !llvm.ptr<3> -> f32
        %v4581 = arith.addi %v4358, %v313 : i64
        %v4582 = arith.constant true
        %v4583 = arith.addi %v12, %v4581 : i64
        %v4584 = llvm.getelementptr %v8[%v4583] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4585 = llvm.load %v4584 : !llvm.ptr<3> -> i64
        %v4586 = arith.addi %v1598, %v4359 : i64
        %v4587 = arith.cmpi slt, %v4586, %v116 : i64
        %v4588 = arith.subi %size_L, %v1 : i64
        %v4589 = arith.minsi %v4586, %v4588 : i64
        %v4590 = arith.addi %v4585, %v4589 : i64
        %v4591 = arith.muli %v4583, %v130 : i64
        %v4592 = arith.addi %v4591, %v4359 : i64
        %v4593 = arith.cmpi sge, %v4585, %v33 : i64
        %v4594 = arith.andi %v4587, %v4593 : i1
        %v4595 = arith.andi %v4594, %v4582 : i1
        %v4596 = llvm.getelementptr %v9[%v4592] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4597 = llvm.load %v4596 : !llvm.ptr<3> -> f32
        %v4598 = arith.addi %v4358, %v328 : i64
        %v4599 = arith.constant true
        %v4600 = arith.addi %v12, %v4598 : i64
        %v4601 = llvm.getelementptr %v8[%v4600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4602 = llvm.load %v4601 : !llvm.ptr<3> -> i64
        %v4603 = arith.addi %v1598, %v4359 : i64
        %v4604 = arith.cmpi slt, %v4603, %v116 : i64
        %v4605 = arith.subi %size_L, %v1 : i64
        %v4606 = arith.minsi %v4603, %v4605 : i64
        %v4607 = arith.addi %v4602, %v4606 : i64
        %v4608 = arith.muli %v4600, %v130 : i64
        %v4609 = arith.addi %v4608, %v4359 : i64
        %v4610 = arith.cmpi sge, %v4602, %v33 : i64
        %v4611 = arith.andi %v4604, %v4610 : i1
        %v4612 = arith.andi %v4611, %v4599 : i1
        %v4613 = llvm.getelementptr %v9[%v4609] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4614 = llvm.load %v4613 : !llvm.ptr<3> -> f32
        %v4615 = arith.addi %v4358, %v343 : i64
        %v4616 = arith.constant true
        %v4617 = arith.addi %v12, %v4615 : i64
        %v4618 = llvm.getelementptr %v8[%v4617] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4619 = llvm.load %v4618 : !llvm.ptr<3> -> i64
        %v4620 = arith.addi %v1598, %v4359 : i64
        %v4621 = arith.cmpi slt, %v4620, %v116 : i64
        %v4622 = arith.subi %size_L, %v1 : i64
        %v4623 = arith.minsi %v4620, %v4622 : i64
        %v4624 = arith.addi %v4619, %v4623 : i64
        %v4625 = arith.muli %v4617, %v130 : i64
        %v4626 = arith.addi %v4625, %v4359 : i64
        %v4627 = arith.cmpi sge, %v4619, %v33 : i64
        %v4628 = arith.andi %v4621, %v4627 : i1
        %v4629 = arith.andi %v4628, %v4616 : i1
        %v4630 = llvm.getelementptr %v9[%v4626] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4631 = llvm.load %v4630 : !llvm.ptr<3> -> f32
        %v4632 = arith.addi %v4358, %v117 : i64
        %v4633 = arith.constant true
        %v4634 = arith.addi %v12, %v4632 : i64
        %v4635 = llvm.getelementptr %v8[%v4634] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4636 = llvm.load %v4635 : !llvm.ptr<3> -> i64
        %v4637 = arith.addi %v1598, %v4359 : i64
        %v4638 = arith.cmpi slt, %v4637, %v116 : i64
        %v4639 = arith.subi %size_L, %v1 : i64
        %v4640 = arith.minsi %v4637, %v4639 : i64
        %v4641 = arith.addi %v4636, %v4640 : i64
        %v4642 = arith.muli %v4634, %v130 : i64
        %v4643 = arith.addi %v4642, %v4359 : i64
        %v4644 = arith.cmpi sge, %v4636, %v33 : i64
        %v4645 = arith.andi %v4638, %v4644 : i1
        %v4646 = arith.andi %v4645, %v4633 : i1
        %v4647 = llvm.getelementptr %v9[%v4643] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4648 = llvm.load %v4647 : !llvm.ptr<3> -> f32
        %v4649 = arith.addi %v4358, %v372 : i64
        %v4650 = arith.constant true
        %v4651 = arith.addi %v12, %v4649 : i64
        %v4652 = llvm.getelementptr %v8[%v4651] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4653 = llvm.load %v4652 : !llvm.ptr<3> -> i64
        %v4654 = arith.addi %v1598, %v4359 : i64
        %v4655 = arith.cmpi slt, %v4654, %v116 : i64
        %v4656 = arith.subi %size_L, %v1 : i64
        %v4657 = arith.minsi %v4654, %v4656 : i64
        %v4658 = arith.addi %v4653, %v4657 : i64
        %v4659 = arith.muli %v4651, %v130 : i64
        %v4660 = arith.addi %v4659, %v4359 : i64
        %v4661 = arith.cmpi sge, %v4653, %v33 : i64
        %v4662 = arith.andi %v4655, %v4661 : i1
        %v4663 = arith.andi %v4662, %v4650 : i1
        %v4664 = llvm.getelementptr %v9[%v4660] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4665 = llvm.load %v4664 : !llvm.ptr<3> -> f32
        %v4666 = arith.addi %v4358, %v387 : i64
        %v4667 = arith.constant true
        %v4668 = arith.addi %v12, %v4666 : i64
        %v4669 = llvm.getelementptr %v8[%v4668] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4670 = llvm.load %v4669 : !llvm.ptr<3> -> i64
        %v4671 = arith.addi %v1598, %v4359 : i64
        %v4672 = arith.cmpi slt, %v4671, %v116 : i64
        %v4673 = arith.subi %size_L, %v1 : i64
        %v4674 = arith.minsi %v4671, %v4673 : i64
        %v4675 = arith.addi %v4670, %v4674 : i64
        %v4676 = arith.muli %v4668, %v130 : i64
        %v4677 = arith.addi %v4676, %v4359 : i64
        %v4678 = arith.cmpi sge, %v4670, %v33 : i64
        %v4679 = arith.andi %v4672, %v4678 : i1
        %v4680 = arith.andi %v4679, %v4667 : i1
        %v4681 = llvm.getelementptr %v9[%v4677] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4682 = llvm.load %v4681 : !llvm.ptr<3> -> f32
        %v4683 = arith.addi %v4358, %v402 : i64
        %v4684 = arith.constant true
        %v4685 = arith.addi %v12, %v4683 : i64
        %v4686 = llvm.getelementptr %v8[%v4685] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4687 = llvm.load %v4686 : !llvm.ptr<3> -> i64
        %v4688 = arith.addi %v1598, %v4359 : i64
        %v4689 = arith.cmpi slt, %v4688, %v116 : i64
        %v4690 = arith.subi %size_L, %v1 : i64
        %v4691 = arith.minsi %v4688, %v4690 : i64
        %v4692 = arith.addi %v4687, %v4691 : i64
        %v4693 = arith.muli %v4685, %v130 : i64
        %v4694 = arith.addi %v4693, %v4359 : i64
        %v4695 = arith.cmpi sge, %v4687, %v33 : i64
        %v4696 = arith.andi %v4689, %v4695 : i1
        %v4697 = arith.andi %v4696, %v4684 : i1
        %v4698 = llvm.getelementptr %v9[%v4694] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4699 = llvm.load %v4698 : !llvm.ptr<3> -> f32
        %v4700 = arith.addi %v4358, %v417 : i64
        %v4701 = arith.constant true
        %v4702 = arith.addi %v12, %v4700 : i64
        %v4703 = llvm.getelementptr %v8[%v4702] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4704 = llvm.load %v4703 : !llvm.ptr<3> -> i64
        %v4705 = arith.addi %v1598, %v4359 : i64
        %v4706 = arith.cmpi slt, %v4705, %v116 : i64
        %v4707 = arith.subi %size_L, %v1 : i64
        %v4708 = arith.minsi %v4705, %v4707 : i64
        %v4709 = arith.addi %v4704, %v4708 : i64
        %v4710 = arith.muli %v4702, %v130 : i64
        %v4711 = arith.addi %v4710, %v4359 : i64
        %v4712 = arith.cmpi sge, %v4704, %v33 : i64
        %v4713 = arith.andi %v4706, %v4712 : i1
        %v4714 = arith.andi %v4713, %v4701 : i1
        %v4715 = llvm.getelementptr %v9[%v4711] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4716 = llvm.load %v4715 : !llvm.ptr<3> -> f32
        %v4717 = arith.addi %v4358, %v432 : i64
        %v4718 = arith.constant true
        %v4719 = arith.addi %v12, %v4717 : i64
        %v4720 = llvm.getelementptr %v8[%v4719] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4721 = llvm.load %v4720 : !llvm.ptr<3> -> i64
        %v4722 = arith.addi %v1598, %v4359 : i64
        %v4723 = arith.cmpi slt, %v4722, %v116 : i64
        %v4724 = arith.subi %size_L, %v1 : i64
        %v4725 = arith.minsi %v4722, %v4724 : i64
        %v4726 = arith.addi %v4721, %v4725 : i64
        %v4727 = arith.muli %v4719, %v130 : i64
        %v4728 = arith.addi %v4727, %v4359 : i64
        %v4729 = arith.cmpi sge, %v4721, %v33 : i64
        %v4730 = arith.andi %v4723, %v4729 : i1
        %v4731 = arith.andi %v4730, %v4718 : i1
        %v4732 = llvm.getelementptr %v9[%v4728] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4733 = llvm.load %v4732 : !llvm.ptr<3> -> f32
        %v4734 = arith.addi %v4358, %v447 : i64
        %v4735 = arith.constant true
        %v4736 = arith.addi %v12, %v4734 : i64
        %v4737 = llvm.getelementptr %v8[%v4736] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4738 = llvm.load %v4737 : !llvm.ptr<3> -> i64
        %v4739 = arith.addi %v1598, %v4359 : i64
        %v4740 = arith.cmpi slt, %v4739, %v116 : i64
        %v4741 = arith.subi %size_L, %v1 : i64
        %v4742 = arith.minsi %v4739, %v4741 : i64
        %v4743 = arith.addi %v4738, %v4742 : i64
        %v4744 = arith.muli %v4736, %v130 : i64
        %v4745 = arith.addi %v4744, %v4359 : i64
        %v4746 = arith.cmpi sge, %v4738, %v33 : i64
        %v4747 = arith.andi %v4740, %v4746 : i1
        %v4748 = arith.andi %v4747, %v4735 : i1
        %v4749 = llvm.getelementptr %v9[%v4745] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4750 = llvm.load %v4749 : !llvm.ptr<3> -> f32
        %v4751 = arith.addi %v4358, %v462 : i64
        %v4752 = arith.constant true
        %v4753 = arith.addi %v12, %v4751 : i64
        %v4754 = llvm.getelementptr %v8[%v4753] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4755 = llvm.load %v4754 : !llvm.ptr<3> -> i64
        %v4756 = arith.addi %v1598, %v4359 : i64
        %v4757 = arith.cmpi slt, %v4756, %v116 : i64
        %v4758 = arith.subi %size_L, %v1 : i64
        %v4759 = arith.minsi %v4756, %v4758 : i64
        %v4760 = arith.addi %v4755, %v4759 : i64
        %v4761 = arith.muli %v4753, %v130 : i64
        %v4762 = arith.addi %v4761, %v4359 : i64
        %v4763 = arith.cmpi sge, %v4755, %v33 : i64
        %v4764 = arith.andi %v4757, %v4763 : i1
        %v4765 = arith.andi %v4764, %v4752 : i1
        %v4766 = llvm.getelementptr %v9[%v4762] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4767 = llvm.load %v4766 : !llvm.ptr<3> -> f32
        %v4768 = arith.addi %v4358, %v477 : i64
        %v4769 = arith.constant true
        %v4770 = arith.addi %v12, %v4768 : i64
        %v4771 = llvm.getelementptr %v8[%v4770] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4772 = llvm.load %v4771 : !llvm.ptr<3> -> i64
        %v4773 = arith.addi %v1598, %v4359 : i64
        %v4774 = arith.cmpi slt, %v4773, %v116 : i64
        %v4775 = arith.subi %size_L, %v1 : i64
        %v4776 = arith.minsi %v4773, %v4775 : i64
        %v4777 = arith.addi %v4772, %v4776 : i64
        %v4778 = arith.muli %v4770, %v130 : i64
        %v4779 = arith.addi %v4778, %v4359 : i64
        %v4780 = arith.cmpi sge, %v4772, %v33 : i64
        %v4781 = arith.andi %v4774, %v4780 : i1
        %v4782 = arith.andi %v4781, %v4769 : i1
        %v4783 = llvm.getelementptr %v9[%v4779] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4784 = llvm.load %v4783 : !llvm.ptr<3> -> f32
        %v4785 = arith.addi %v4358, %v492 : i64
        %v4786 = arith.constant true
        %v4787 = arith.addi %v12, %v4785 : i64
        %v4788 = llvm.getelementptr %v8[%v4787] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4789 = llvm.load %v4788 : !llvm.ptr<3> -> i64
        %v4790 = arith.addi %v1598, %v4359 : i64
        %v4791 = arith.cmpi slt, %v4790, %v116 : i64
        %v4792 = arith.subi %size_L, %v1 : i64
        %v4793 = arith.minsi %v4790, %v4792 : i64
        %v4794 = arith.addi %v4789, %v4793 : i64
        %v4795 = arith.muli %v4787, %v130 : i64
        %v4796 = arith.addi %v4795, %v4359 : i64
        %v4797 = arith.cmpi sge, %v4789, %v33 : i64
        %v4798 = arith.andi %v4791, %v4797 : i1
        %v4799 = arith.andi %v4798, %v4786 : i1
        %v4800 = llvm.getelementptr %v9[%v4796] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4801 = llvm.load %v4800 : !llvm.ptr<3> -> f32
        %v4802 = arith.addi %v4358, %v507 : i64
        %v4803 = arith.constant true
        %v4804 = arith.addi %v12, %v4802 : i64
        %v4805 = llvm.getelementptr %v8[%v4804] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4806 = llvm.load %v4805 : !llvm.ptr<3> -> i64
        %v4807 = arith.addi %v1598, %v4359 : i64
        %v4808 = arith.cmpi slt, %v4807, %v116 : i64
        %v4809 = arith.subi %size_L, %v1 : i64
        %v4810 = arith.minsi %v4807, %v4809 : i64
        %v4811 = arith.addi %v4806, %v4810 : i64
        %v4812 = arith.muli %v4804, %v130 : i64
        %v4813 = arith.addi %v4812, %v4359 : i64
        %v4814 = arith.cmpi sge, %v4806, %v33 : i64
        %v4815 = arith.andi %v4808, %v4814 : i1
        %v4816 = arith.andi %v4815, %v4803 : i1
        %v4817 = llvm.getelementptr %v9[%v4813] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4818 = llvm.load %v4817 : !llvm.ptr<3> -> f32
        %v4819 = arith.addi %v4358, %v522 : i64
        %v4820 = arith.constant true
        %v4821 = arith.addi %v12, %v4819 : i64
        %v4822 = llvm.getelementptr %v8[%v4821] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4823 = llvm.load %v4822 : !llvm.ptr<3> -> i64
        %v4824 = arith.addi %v1598, %v4359 : i64
        %v4825 = arith.cmpi slt, %v4824, %v116 : i64
        %v4826 = arith.subi %size_L, %v1 : i64
        %v4827 = arith.minsi %v4824, %v4826 : i64
        %v4828 = arith.addi %v4823, %v4827 : i64
        %v4829 = arith.muli %v4821, %v130 : i64
        %v4830 = arith.addi %v4829, %v4359 : i64
        %v4831 = arith.cmpi sge, %v4823, %v33 : i64
        %v4832 = arith.andi %v4825, %v4831 : i1
        %v4833 = arith.andi %v4832, %v4820 : i1
        %v4834 = llvm.getelementptr %v9[%v4830] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4835 = llvm.load %v4834 : !llvm.ptr<3> -> f32
        %v4836 = arith.addi %v4358, %v537 : i64
        %v4837 = arith.constant true
        %v4838 = arith.addi %v12, %v4836 : i64
        %v4839 = llvm.getelementptr %v8[%v4838] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4840 = llvm.load %v4839 : !llvm.ptr<3> -> i64
        %v4841 = arith.addi %v1598, %v4359 : i64
        %v4842 = arith.cmpi slt, %v4841, %v116 : i64
        %v4843 = arith.subi %size_L, %v1 : i64
        %v4844 = arith.minsi %v4841, %v4843 : i64
        %v4845 = arith.addi %v4840, %v4844 : i64
        %v4846 = arith.muli %v4838, %v130 : i64
        %v4847 = arith.addi %v4846, %v4359 : i64
        %v4848 = arith.cmpi sge, %v4840, %v33 : i64
        %v4849 = arith.andi %v4842, %v4848 : i1
        %v4850 = arith.andi %v4849, %v4837 : i1
        %v4851 = llvm.getelementptr %v9[%v4847] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4852 = llvm.load %v4851 : !llvm.ptr<3> -> f32
        %v4853 = arith.addi %v4358, %v552 : i64
        %v4854 = arith.constant true
        %v4855 = arith.addi %v12, %v4853 : i64
        %v4856 = llvm.getelementptr %v8[%v4855] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4857 = llvm.load %v4856 : !llvm.ptr<3> -> i64
        %v4858 = arith.addi %v1598, %v4359 : i64
        %v4859 = arith.cmpi slt, %v4858, %v116 : i64
        %v4860 = arith.subi %size_L, %v1 : i64
        %v4861 = arith.minsi %v4858, %v4860 : i64
        %v4862 = arith.addi %v4857, %v4861 : i64
        %v4863 = arith.muli %v4855, %v130 : i64
        %v4864 = arith.addi %v4863, %v4359 : i64
        %v4865 = arith.cmpi sge, %v4857, %v33 : i64
        %v4866 = arith.andi %v4859, %v4865 : i1
        %v4867 = arith.andi %v4866, %v4854 : i1
        %v4868 = llvm.getelementptr %v9[%v4864] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4869 = llvm.load %v4868 : !llvm.ptr<3> -> f32
        %v4870 = arith.addi %v4358, %v567 : i64
        %v4871 = arith.constant true
        %v4872 = arith.addi %v12, %v4870 : i64
        %v4873 = llvm.getelementptr %v8[%v4872] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4874 = llvm.load %v4873 : !llvm.ptr<3> -> i64
        %v4875 = arith.addi %v1598, %v4359 : i64
        %v4876 = arith.cmpi slt, %v4875, %v116 : i64
        %v4877 = arith.subi %size_L, %v1 : i64
        %v4878 = arith.minsi %v4875, %v4877 : i64
        %v4879 = arith.addi %v4874, %v4878 : i64
        %v4880 = arith.muli %v4872, %v130 : i64
        %v4881 = arith.addi %v4880, %v4359 : i64
        %v4882 = arith.cmpi sge, %v4874, %v33 : i64
        %v4883 = arith.andi %v4876, %v4882 : i1
        %v4884 = arith.andi %v4883, %v4871 : i1
        %v4885 = llvm.getelementptr %v9[%v4881] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4886 = llvm.load %v4885 : !llvm.ptr<3> -> f32
        %v4887 = arith.addi %v4358, %v582 : i64
        %v4888 = arith.constant true
        %v4889 = arith.addi %v12, %v4887 : i64
        %v4890 = llvm.getelementptr %v8[%v4889] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4891 = llvm.load %v4890 : !llvm.ptr<3> -> i64
        %v4892 = arith.addi %v1598, %v4359 : i64
        %v4893 = arith.cmpi slt, %v4892, %v116 : i64
        %v4894 = arith.subi %size_L, %v1 : i64
        %v4895 = arith.minsi %v4892, %v4894 : i64
        %v4896 = arith.addi %v4891, %v4895 : i64
        %v4897 = arith.muli %v4889, %v130 : i64
        %v4898 = arith.addi %v4897, %v4359 : i64
        %v4899 = arith.cmpi sge, %v4891, %v33 : i64
        %v4900 = arith.andi %v4893, %v4899 : i1
        %v4901 = arith.andi %v4900, %v4888 : i1
        %v4902 = llvm.getelementptr %v9[%v4898] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4903 = llvm.load %v4902 : !llvm.ptr<3> -> f32
        scf.if %v4374 {
          %v4904 = llvm.getelementptr %out_forecast[%v4369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4376, %v4904 : f32, !llvm.ptr
        }
        scf.if %v4391 {
          %v4905 = llvm.getelementptr %out_forecast[%v4386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4393, %v4905 : f32, !llvm.ptr
        }
        scf.if %v4408 {
          %v4906 = llvm.getelementptr %out_forecast[%v4403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4410, %v4906 : f32, !llvm.ptr
        }
        scf.if %v4425 {
          %v4907 = llvm.getelementptr %out_forecast[%v4420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4427, %v4907 : f32, !llvm.ptr
        }
        scf.if %v4442 {
          %v4908 = llvm.getelementptr %out_forecast[%v4437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4444, %v4908 : f32, !llvm.ptr
        }
        scf.if %v4459 {
          %v4909 = llvm.getelementptr %out_forecast[%v4454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4461, %v4909 : f32, !llvm.ptr
        }
        scf.if %v4476 {
          %v4910 = llvm.getelementptr %out_forecast[%v4471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4478, %v4910 : f32, !llvm.ptr
        }
        scf.if %v4493 {
          %v4911 = llvm.getelementptr %out_forecast[%v4488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4495, %v4911 : f32, !llvm.ptr
        }
        scf.if %v4510 {
          %v4912 = llvm.getelementptr %out_forecast[%v4505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4512, %v4912 : f32, !llvm.ptr
        }
        scf.if %v4527 {
          %v4913 = llvm.getelementptr %out_forecast[%v4522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4529, %v4913 : f32, !llvm.ptr
        }
        scf.if %v4544 {
          %v4914 = llvm.getelementptr %out_forecast[%v4539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4546, %v4914 : f32, !llvm.ptr
        }
        scf.if %v4561 {
          %v4915 = llvm.getelementptr %out_forecast[%v4556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4563, %v4915 : f32, !llvm.ptr
        }
        scf.if %v4578 {
          %v4916 = llvm.getelementptr %out_forecast[%v4573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4580, %v4916 : f32, !llvm.ptr
        }
        scf.if %v4595 {
          %v4917 = llvm.getelementptr %out_forecast[%v4590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4597, %v4917 : f32, !llvm.ptr
        }
        scf.if %v4612 {
          %v4918 = llvm.getelementptr %out_forecast[%v4607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4614, %v4918 : f32, !llvm.ptr
        }
        scf.if %v4629 {
          %v4919 = llvm.getelementptr %out_forecast[%v4624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4631, %v4919 : f32, !llvm.ptr
        }
        scf.if %v4646 {
          %v4920 = llvm.getelementptr %out_forecast[%v4641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4648, %v4920 : f32, !llvm.ptr
        }
        scf.if %v4663 {
          %v4921 = llvm.getelementptr %out_forecast[%v4658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4665, %v4921 : f32, !llvm.ptr
        }
        scf.if %v4680 {
          %v4922 = llvm.getelementptr %out_forecast[%v4675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4682, %v4922 : f32, !llvm.ptr
        }
        scf.if %v4697 {
          %v4923 = llvm.getelementptr %out_forecast[%v4692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4699, %v4923 : f32, !llvm.ptr
        }
        scf.if %v4714 {
          %v4924 = llvm.getelementptr %out_forecast[%v4709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4716, %v4924 : f32, !llvm.ptr
        }
        scf.if %v4731 {
          %v4925 = llvm.getelementptr %out_forecast[%v4726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4733, %v4925 : f32, !llvm.ptr
        }
        scf.if %v4748 {
          %v4926 = llvm.getelementptr %out_forecast[%v4743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4750, %v4926 : f32, !llvm.ptr
        }
        scf.if %v4765 {
          %v4927 = llvm.getelementptr %out_forecast[%v4760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4767, %v4927 : f32, !llvm.ptr
        }
        scf.if %v4782 {
          %v4928 = llvm.getelementptr %out_forecast[%v4777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4784, %v4928 : f32, !llvm.ptr
        }
        scf.if %v4799 {
          %v4929 = llvm.getelementptr %out_forecast[%v4794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4801, %v4929 : f32, !llvm.ptr
        }
        scf.if %v4816 {
          %v4930 = llvm.getelementptr %out_forecast[%v4811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4818, %v4930 : f32, !llvm.ptr
        }
        scf.if %v4833 {
          %v4931 = llvm.getelementptr %out_forecast[%v4828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4835, %v4931 : f32, !llvm.ptr
        }
        scf.if %v4850 {
          %v4932 = llvm.getelementptr %out_forecast[%v4845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4852, %v4932 : f32, !llvm.ptr
        }
        scf.if %v4867 {
          %v4933 = llvm.getelementptr %out_forecast[%v4862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4869, %v4933 : f32, !llvm.ptr
        }
        scf.if %v4884 {
          %v4934 = llvm.getelementptr %out_forecast[%v4879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4886, %v4934 : f32, !llvm.ptr
        }
        scf.if %v4901 {
          %v4935 = llvm.getelementptr %out_forecast[%v4896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4903, %v4935 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      %v4936 = arith.subi %v13, %v1 : i64
      %v4937 = arith.cmpi eq, %v22, %v4936 : i64
      %v4938 = arith.andi %v26, %v4937 : i1
      gpu.return
    }
  }
}
