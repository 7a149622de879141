module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_ema_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<128 x i64>
    llvm.mlir.global internal @smem_ema_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    gpu.func @ema_chunk_apply(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %out_y: !llvm.ptr, %carry_h: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.mlir.addressof @rows_ema_chunk_apply : !llvm.ptr<3>
      %v5 = llvm.mlir.addressof @smem_ema_chunk_apply : !llvm.ptr<3>
      %v6 = arith.constant 255 : i64
      %v7 = arith.addi %size_L, %v6 : i64
      %v8 = arith.constant 256 : i64
      %v9 = arith.divui %v7, %v8 : i64
      %v14 = arith.constant 64 : i64
      %v15 = arith.constant 63 : i64
      %v29 = arith.constant 0 : i64
      %v30 = arith.muli %size_L, %size_D : i64
      %v38 = arith.constant -1 : i64
      %v51 = arith.constant 32 : i64
      %v62 = arith.constant 33 : i64
      %v67 = arith.constant 2 : i64
      %v81 = arith.constant 4 : i64
      %v95 = arith.constant 6 : i64
      %v109 = arith.constant 8 : i64
      %v123 = arith.constant 10 : i64
      %v137 = arith.constant 12 : i64
      %v151 = arith.constant 14 : i64
      %v165 = arith.constant 16 : i64
      %v179 = arith.constant 18 : i64
      %v193 = arith.constant 20 : i64
      %v207 = arith.constant 22 : i64
      %v221 = arith.constant 24 : i64
      %v235 = arith.constant 26 : i64
      %v249 = arith.constant 28 : i64
      %v263 = arith.constant 30 : i64
      %v290 = arith.constant 34 : i64
      %v304 = arith.constant 36 : i64
      %v318 = arith.constant 38 : i64
      %v332 = arith.constant 40 : i64
      %v346 = arith.constant 42 : i64
      %v360 = arith.constant 44 : i64
      %v374 = arith.constant 46 : i64
      %v388 = arith.constant 48 : i64
      %v402 = arith.constant 50 : i64
      %v416 = arith.constant 52 : i64
      %v430 = arith.constant 54 : i64
      %v444 = arith.constant 56 : i64
      %v458 = arith.constant 58 : i64
      %v472 = arith.constant 60 : i64
      %v486 = arith.constant 62 : i64
      %v543 = arith.muli %size_B, %size_D : i64
      %v978 = arith.constant 0x3F800000 : f32
      %v980 = arith.constant 0x3FB8AA3B : f32
      %v1010 = arith.constant 128 : i64
      %v1017 = arith.constant 192 : i64
      %v1030 = arith.constant 320 : i64
      %v1037 = arith.constant 384 : i64
      %v1044 = arith.constant 448 : i64
      %v1051 = arith.constant 512 : i64
      %v1058 = arith.constant 576 : i64
      %v1065 = arith.constant 640 : i64
      %v1072 = arith.constant 704 : i64
      %v1079 = arith.constant 768 : i64
      %v1086 = arith.constant 832 : i64
      %v1093 = arith.constant 896 : i64
      %v1100 = arith.constant 960 : i64
      %v1107 = arith.constant 1024 : i64
      %v1114 = arith.constant 1088 : i64
      %v1121 = arith.constant 1152 : i64
      %v1128 = arith.constant 1216 : i64
      %v1135 = arith.constant 1280 : i64
      %v1142 = arith.constant 1344 : i64
      %v1149 = arith.constant 1408 : i64
      %v1156 = arith.constant 1472 : i64
      %v1163 = arith.constant 1536 : i64
      %v1170 = arith.constant 1600 : i64
      %v1177 = arith.constant 1664 : i64
      %v1184 = arith.constant 1728 : i64
      %v1191 = arith.constant 1792 : i64
      %v1198 = arith.constant 1856 : i64
      %v1205 = arith.constant 1920 : i64
      %v1212 = arith.constant 1984 : i64
      %v10 = gpu.block_id x
      %v11 = gpu.thread_id x
      %v12 = arith.index_cast %v11 : index to i64
      %v13 = arith.index_cast %v10 : index to i64
      %v16 = arith.addi %v2, %v15 : i64
      %v17 = arith.divui %v16, %v14 : i64
      %v18 = arith.divui %v13, %v17 : i64
      %v19 = arith.remui %v13, %v17 : i64
      %v20 = arith.muli %v19, %v14 : i64
      %v21 = arith.addi %v20, %v12 : i64
      %v22 = arith.cmpi slt, %v21, %v2 : i64
      %v23 = arith.subi %v2, %v1 : i64
      %v24 = arith.minsi %v21, %v23 : i64
      %v25 = arith.remui %v24, %size_D : i64
      %v26 = arith.divui %v24, %size_D : i64
      %v27 = arith.remui %v26, %size_B : i64
      %v28 = arith.divui %v26, %size_B : i64
      %v976 = llvm.getelementptr %in_w[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v977 = llvm.load %v976 : !llvm.ptr -> f32
      %v979 = arith.negf %v977 : f32
      %v981 = arith.mulf %v979, %v980 fastmath<contract> : f32
      %v982 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v981) : (f32) -> f32
      %v983 = arith.addf %v978, %v982 fastmath<contract> : f32
      %v984 = arith.divf %v978, %v983 : f32
      %v985 = arith.subf %v978, %v984 fastmath<contract> : f32
      %v31 = arith.muli %v27, %v30 : i64
      %v32 = arith.muli %v25, %size_L : i64
      %v33 = arith.addi %v31, %v32 : i64
      %v34 = llvm.getelementptr %v4[%v12] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v33, %v34 : i64, !llvm.ptr<3>
      %v35 = arith.muli %v27, %v30 : i64
      %v36 = arith.muli %v25, %size_L : i64
      %v37 = arith.addi %v35, %v36 : i64
      %v39 = arith.select %v22, %v37, %v38 : i64
      %v40 = arith.addi %v14, %v12 : i64
      %v41 = llvm.getelementptr %v4[%v40] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v39, %v41 : i64, !llvm.ptr<3>
      gpu.barrier
      %v42 = arith.muli %v18, %v2 : i64
      %v43 = arith.subi %v2, %v1 : i64
      %v44 = arith.minsi %v21, %v43 : i64
      %v45 = arith.addi %v42, %v44 : i64
      %v46 = llvm.getelementptr %carry_h[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v47 = llvm.load %v46 : !llvm.ptr -> f32
      llvm.store %v47, %v3 : f32, !llvm.ptr
      %v48 = arith.muli %v18, %v8 : i64
      %v49 = arith.addi %v48, %v8 : i64
      %v50 = arith.minsi %v49, %size_L : i64
      // staged load of `x`'s first tile: read, then shared memory
      %v52 = arith.divui %v12, %v51 : i64
      %v53 = arith.remui %v12, %v51 : i64
      %v54 = arith.constant true
      %v55 = llvm.getelementptr %v4[%v52] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v56 = llvm.load %v55 : !llvm.ptr<3> -> i64
      %v57 = arith.addi %v48, %v53 : i64
      %v58 = arith.cmpi slt, %v57, %v50 : i64
      %v59 = arith.subi %size_L, %v1 : i64
      %v60 = arith.minsi %v57, %v59 : i64
      %v61 = arith.addi %v56, %v60 : i64
      %v63 = arith.muli %v52, %v62 : i64
      %v64 = arith.addi %v63, %v53 : i64
      %v65 = llvm.getelementptr %in_x[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v66 = llvm.load %v65 : !llvm.ptr -> f32
      %v68 = arith.addi %v52, %v67 : i64
      %v69 = arith.constant true
      %v70 = llvm.getelementptr %v4[%v68] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v71 = llvm.load %v70 : !llvm.ptr<3> -> i64
      %v72 = arith.addi %v48, %v53 : i64
      %v73 = arith.cmpi slt, %v72, %v50 : i64
      %v74 = arith.subi %size_L, %v1 : i64
      %v75 = arith.minsi %v72, %v74 : i64
      %v76 = arith.addi %v71, %v75 : i64
      %v77 = arith.muli %v68, %v62 : i64
      %v78 = arith.addi %v77, %v53 : i64
      %v79 = llvm.getelementptr %in_x[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v80 = llvm.load %v79 : !llvm.ptr -> f32
      %v82 = arith.addi %v52, %v81 : i64
      %v83 = arith.constant true
      %v84 = llvm.getelementptr %v4[%v82] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v85 = llvm.load %v84 : !llvm.ptr<3> -> i64
      %v86 = arith.addi %v48, %v53 : i64
      %v87 = arith.cmpi slt, %v86, %v50 : i64
      %v88 = arith.subi %size_L, %v1 : i64
      %v89 = arith.minsi %v86, %v88 : i64
      %v90 = arith.addi %v85, %v89 : i64
      %v91 = arith.muli %v82, %v62 : i64
      %v92 = arith.addi %v91, %v53 : i64
      %v93 = llvm.getelementptr %in_x[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v94 = llvm.load %v93 : !llvm.ptr -> f32
      %v96 = arith.addi %v52, %v95 : i64
      %v97 = arith.constant true
      %v98 = llvm.getelementptr %v4[%v96] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v99 = llvm.load %v98 : !llvm.ptr<3> -> i64
      %v100 = arith.addi %v48, %v53 : i64
      %v101 = arith.cmpi slt, %v100, %v50 : i64
      %v102 = arith.subi %size_L, %v1 : i64
      %v103 = arith.minsi %v100, %v102 : i64
      %v104 = arith.addi %v99, %v103 : i64
      %v105 = arith.muli %v96, %v62 : i64
      %v106 = arith.addi %v105, %v53 : i64
      %v107 = llvm.getelementptr %in_x[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v108 = llvm.load %v107 : !llvm.ptr -> f32
      %v110 = arith.addi %v52, %v109 : i64
      %v111 = arith.constant true
      %v112 = llvm.getelementptr %v4[%v110] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v113 = llvm.load %v112 : !llvm.ptr<3> -> i64
      %v114 = arith.addi %v48, %v53 : i64
      %v115 = arith.cmpi slt, %v114, %v50 : i64
      %v116 = arith.subi %size_L, %v1 : i64
      %v117 = arith.minsi %v114, %v116 : i64
      %v118 = arith.addi %v113, %v117 : i64
      %v119 = arith.muli %v110, %v62 : i64
      %v120 = arith.addi %v119, %v53 : i64
      %v121 = llvm.getelementptr %in_x[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v122 = llvm.load %v121 : !llvm.ptr -> f32
      %v124 = arith.addi %v52, %v123 : i64
      %v125 = arith.constant true
      %v126 = llvm.getelementptr %v4[%v124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v127 = llvm.load %v126 : !llvm.ptr<3> -> i64
      %v128 = arith.addi %v48, %v53 : i64
      %v129 = arith.cmpi slt, %v128, %v50 : i64
      %v130 = arith.subi %size_L, %v1 : i64
      %v131 = arith.minsi %v128, %v130 : i64
      %v132 = arith.addi %v127, %v131 : i64
      %v133 = arith.muli %v124, %v62 : i64
      %v134 = arith.addi %v133, %v53 : i64
      %v135 = llvm.getelementptr %in_x[%v132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v136 = llvm.load %v135 : !llvm.ptr -> f32
      %v138 = arith.addi %v52, %v137 : i64
      %v139 = arith.constant true
      %v140 = llvm.getelementptr %v4[%v138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v141 = llvm.load %v140 : !llvm.ptr<3> -> i64
      %v142 = arith.addi %v48, %v53 : i64
      %v143 = arith.cmpi slt, %v142, %v50 : i64
      %v144 = arith.subi %size_L, %v1 : i64
      %v145 = arith.minsi %v142, %v144 : i64
      %v146 = arith.addi %v141, %v145 : i64
      %v147 = arith.muli %v138, %v62 : i64
      %v148 = arith.addi %v147, %v53 : i64
      %v149 = llvm.getelementptr %in_x[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v150 = llvm.load %v149 : !llvm.ptr -> f32
      %v152 = arith.addi %v52, %v151 : i64
      %v153 = arith.constant true
      %v154 = llvm.getelementptr %v4[%v152] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v155 = llvm.load %v154 : !llvm.ptr<3> -> i64
      %v156 = arith.addi %v48, %v53 : i64
      %v157 = arith.cmpi slt, %v156, %v50 : i64
      %v158 = arith.subi %size_L, %v1 : i64
      %v159 = arith.minsi %v156, %v158 : i64
      %v160 = arith.addi %v155, %v159 : i64
      %v161 = arith.muli %v152, %v62 : i64
      %v162 = arith.addi %v161, %v53 : i64
      %v163 = llvm.getelementptr %in_x[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v164 = llvm.load %v163 : !llvm.ptr -> f32
      %v166 = arith.addi %v52, %v165 : i64
      %v167 = arith.constant true
      %v168 = llvm.getelementptr %v4[%v166] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v169 = llvm.load %v168 : !llvm.ptr<3> -> i64
      %v170 = arith.addi %v48, %v53 : i64
      %v171 = arith.cmpi slt, %v170, %v50 : i64
      %v172 = arith.subi %size_L, %v1 : i64
      %v173 = arith.minsi %v170, %v172 : i64
      %v174 = arith.addi %v169, %v173 : i64
      %v175 = arith.muli %v166, %v62 : i64
      %v176 = arith.addi %v175, %v53 : i64
      %v177 = llvm.getelementptr %in_x[%v174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v178 = llvm.load %v177 : !llvm.ptr -> f32
      %v180 = arith.addi %v52, %v179 : i64
      %v181 = arith.constant true
      %v182 = llvm.getelementptr %v4[%v180] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v183 = llvm.load %v182 : !llvm.ptr<3> -> i64
      %v184 = arith.addi %v48, %v53 : i64
      %v185 = arith.cmpi slt, %v184, %v50 : i64
      %v186 = arith.subi %size_L, %v1 : i64
      %v187 = arith.minsi %v184, %v186 : i64
      %v188 = arith.addi %v183, %v187 : i64
      %v189 = arith.muli %v180, %v62 : i64
      %v190 = arith.addi %v189, %v53 : i64
      %v191 = llvm.getelementptr %in_x[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v192 = llvm.load %v191 : !llvm.ptr -> f32
      %v194 = arith.addi %v52, %v193 : i64
      %v195 = arith.constant true
      %v196 = llvm.getelementptr %v4[%v194] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v197 = llvm.load %v196 : !llvm.ptr<3> -> i64
      %v198 = arith.addi %v48, %v53 : i64
      %v199 = arith.cmpi slt, %v198, %v50 : i64
      %v200 = arith.subi %size_L, %v1 : i64
      %v201 = arith.minsi %v198, %v200 : i64
      %v202 = arith.addi %v197, %v201 : i64
      %v203 = arith.muli %v194, %v62 : i64
      %v204 = arith.addi %v203, %v53 : i64
      %v205 = llvm.getelementptr %in_x[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v206 = llvm.load %v205 : !llvm.ptr -> f32
      %v208 = arith.addi %v52, %v207 : i64
      %v209 = arith.constant true
      %v210 = llvm.getelementptr %v4[%v208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v211 = llvm.load %v210 : !llvm.ptr<3> -> i64
      %v212 = arith.addi %v48, %v53 : i64
      %v213 = arith.cmpi slt, %v212, %v50 : i64
      %v214 = arith.subi %size_L, %v1 : i64
      %v215 = arith.minsi %v212, %v214 : i64
      %v216 = arith.addi %v211, %v215 : i64
      %v217 = arith.muli %v208, %v62 : i64
      %v218 = arith.addi %v217, %v53 : i64
      %v219 = llvm.getelementptr %in_x[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v220 = llvm.load %v219 : !llvm.ptr -> f32
      %v222 = arith.addi %v52, %v221 : i64
      %v223 = arith.constant true
      %v224 = llvm.getelementptr %v4[%v222] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v225 = llvm.load %v224 : !llvm.ptr<3> -> i64
      %v226 = arith.addi %v48, %v53 : i64
      %v227 = arith.cmpi slt, %v226, %v50 : i64
      %v228 = arith.subi %size_L, %v1 : i64
      %v229 = arith.minsi %v226, %v228 : i64
      %v230 = arith.addi %v225, %v229 : i64
      %v231 = arith.muli %v222, %v62 : i64
      %v232 = arith.addi %v231, %v53 : i64
      %v233 = llvm.getelementptr %in_x[%v230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v234 = llvm.load %v233 : !llvm.ptr -> f32
      %v236 = arith.addi %v52, %v235 : i64
      %v237 = arith.constant true
      %v238 = llvm.getelementptr %v4[%v236] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v239 = llvm.load %v238 : !llvm.ptr<3> -> i64
      %v240 = arith.addi %v48, %v53 : i64
      %v241 = arith.cmpi slt, %v240, %v50 : i64
      %v242 = arith.subi %size_L, %v1 : i64
      %v243 = arith.minsi %v240, %v242 : i64
      %v244 = arith.addi %v239, %v243 : i64
      %v245 = arith.muli %v236, %v62 : i64
      %v246 = arith.addi %v245, %v53 : i64
      %v247 = llvm.getelementptr %in_x[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v248 = llvm.load %v247 : !llvm.ptr -> f32
      %v250 = arith.addi %v52, %v249 : i64
      %v251 = arith.constant true
      %v252 = llvm.getelementptr %v4[%v250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v253 = llvm.load %v252 : !llvm.ptr<3> -> i64
      %v254 = arith.addi %v48, %v53 : i64
      %v255 = arith.cmpi slt, %v254, %v50 : i64
      %v256 = arith.subi %size_L, %v1 : i64
      %v257 = arith.minsi %v254, %v256 : i64
      %v258 = arith.addi %v253, %v257 : i64
      %v259 = arith.muli %v250, %v62 : i64
      %v260 = arith.addi %v259, %v53 : i64
      %v261 = llvm.getelementptr %in_x[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v262 = llvm.load %v261 : !llvm.ptr -> f32
      %v264 = arith.addi %v52, %v263 : i64
      %v265 = arith.constant true
      %v266 = llvm.getelementptr %v4[%v264] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v267 = llvm.load %v266 : !llvm.ptr<3> -> i64
      %v268 = arith.addi %v48, %v53 : i64
      %v269 = arith.cmpi slt, %v268, %v50 : i64
      %v270 = arith.subi %size_L, %v1 : i64
      %v271 = arith.minsi %v268, %v270 : i64
      %v272 = arith.addi %v267, %v271 : i64
      %v273 = arith.muli %v264, %v62 : i64
      %v274 = arith.addi %v273, %v53 : i64
      %v275 = llvm.getelementptr %in_x[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v276 = llvm.load %v275 : !llvm.ptr -> f32
      %v277 = arith.addi %v52, %v51 : i64
      %v278 = arith.constant true
      %v279 = llvm.getelementptr %v4[%v277] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v280 = llvm.load %v279 : !llvm.ptr<3> -> i64
      %v281 = arith.addi %v48, %v53 : i64
      %v282 = arith.cmpi slt, %v281, %v50 : i64
      %v283 = arith.subi %size_L, %v1 : i64
      %v284 = arith.minsi %v281, %v283 : i64
      %v285 = arith.addi %v280, %v284 : i64
      %v286 = arith.muli %v277, %v62 : i64
      %v287 = arith.addi %v286, %v53 : i64
      %v288 = llvm.getelementptr %in_x[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v289 = llvm.load %v288 : !llvm.ptr -> f32
      %v291 = arith.addi %v52, %v290 : i64
      %v292 = arith.constant true
      %v293 = llvm.getelementptr %v4[%v291] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v294 = llvm.load %v293 : !llvm.ptr<3> -> i64
      %v295 = arith.addi %v48, %v53 : i64
      %v296 = arith.cmpi slt, %v295, %v50 : i64
      %v297 = arith.subi %size_L, %v1 : i64
      %v298 = arith.minsi %v295, %v297 : i64
      %v299 = arith.addi %v294, %v298 : i64
      %v300 = arith.muli %v291, %v62 : i64
      %v301 = arith.addi %v300, %v53 : i64
      %v302 = llvm.getelementptr %in_x[%v299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v303 = llvm.load %v302 : !llvm.ptr -> f32
      %v305 = arith.addi %v52, %v304 : i64
      %v306 = arith.constant true
      %v307 = llvm.getelementptr %v4[%v305] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v308 = llvm.load %v307 : !llvm.ptr<3> -> i64
      %v309 = arith.addi %v48, %v53 : i64
      %v310 = arith.cmpi slt, %v309, %v50 : i64
      %v311 = arith.subi %size_L, %v1 : i64
      %v312 = arith.minsi %v309, %v311 : i64
      %v313 = arith.addi %v308, %v312 : i64
      %v314 = arith.muli %v305, %v62 : i64
      %v315 = arith.addi %v314, %v53 : i64
      %v316 = llvm.getelementptr %in_x[%v313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v317 = llvm.load %v316 : !llvm.ptr -> f32
      %v319 = arith.addi %v52, %v318 : i64
      %v320 = arith.constant true
      %v321 = llvm.getelementptr %v4[%v319] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v322 = llvm.load %v321 : !llvm.ptr<3> -> i64
      %v323 = arith.addi %v48, %v53 : i64
      %v324 = arith.cmpi slt, %v323, %v50 : i64
      %v325 = arith.subi %size_L, %v1 : i64
      %v326 = arith.minsi %v323, %v325 : i64
      %v327 = arith.addi %v322, %v326 : i64
      %v328 = arith.muli %v319, %v62 : i64
      %v329 = arith.addi %v328, %v53 : i64
      %v330 = llvm.getelementptr %in_x[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v331 = llvm.load %v330 : !llvm.ptr -> f32
      %v333 = arith.addi %v52, %v332 : i64
      %v334 = arith.constant true
      %v335 = llvm.getelementptr %v4[%v333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v336 = llvm.load %v335 : !llvm.ptr<3> -> i64
      %v337 = arith.addi %v48, %v53 : i64
      %v338 = arith.cmpi slt, %v337, %v50 : i64
      %v339 = arith.subi %size_L, %v1 : i64
      %v340 = arith.minsi %v337, %v339 : i64
      %v341 = arith.addi %v336, %v340 : i64
      %v342 = arith.muli %v333, %v62 : i64
      %v343 = arith.addi %v342, %v53 : i64
      %v344 = llvm.getelementptr %in_x[%v341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v345 = llvm.load %v344 : !llvm.ptr -> f32
      %v347 = arith.addi %v52, %v346 : i64
      %v348 = arith.constant true
      %v349 = llvm.getelementptr %v4[%v347] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v350 = llvm.load %v349 : !llvm.ptr<3> -> i64
      %v351 = arith.addi %v48, %v53 : i64
      %v352 = arith.cmpi slt, %v351, %v50 : i64
      %v353 = arith.subi %size_L, %v1 : i64
      %v354 = arith.minsi %v351, %v353 : i64
      %v355 = arith.addi %v350, %v354 : i64
      %v356 = arith.muli %v347, %v62 : i64
      %v357 = arith.addi %v356, %v53 : i64
      %v358 = llvm.getelementptr %in_x[%v355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v359 = llvm.load %v358 : !llvm.ptr -> f32
      %v361 = arith.addi %v52, %v360 : i64
      %v362 = arith.constant true
      %v363 = llvm.getelementptr %v4[%v361] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v364 = llvm.load %v363 : !llvm.ptr<3> -> i64
      %v365 = arith.addi %v48, %v53 : i64
      %v366 = arith.cmpi slt, %v365, %v50 : i64
      %v367 = arith.subi %size_L, %v1 : i64
      %v368 = arith.minsi %v365, %v367 : i64
      %v369 = arith.addi %v364, %v368 : i64
      %v370 = arith.muli %v361, %v62 : i64
      %v371 = arith.addi %v370, %v53 : i64
      %v372 = llvm.getelementptr %in_x[%v369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v373 = llvm.load %v372 : !llvm.ptr -> f32
      %v375 = arith.addi %v52, %v374 : i64
      %v376 = arith.constant true
      %v377 = llvm.getelementptr %v4[%v375] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v378 = llvm.load %v377 : !llvm.ptr<3> -> i64
      %v379 = arith.addi %v48, %v53 : i64
      %v380 = arith.cmpi slt, %v379, %v50 : i64
      %v381 = arith.subi %size_L, %v1 : i64
      %v382 = arith.minsi %v379, %v381 : i64
      %v383 = arith.addi %v378, %v382 : i64
      %v384 = arith.muli %v375, %v62 : i64
      %v385 = arith.addi %v384, %v53 : i64
      %v386 = llvm.getelementptr %in_x[%v383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v387 = llvm.load %v386 : !llvm.ptr -> f32
      %v389 = arith.addi %v52, %v388 : i64
      %v390 = arith.constant true
      %v391 = llvm.getelementptr %v4[%v389] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v392 = llvm.load %v391 : !llvm.ptr<3> -> i64
      %v393 = arith.addi %v48, %v53 : i64
      %v394 = arith.cmpi slt, %v393, %v50 : i64
      %v395 = arith.subi %size_L, %v1 : i64
      %v396 = arith.minsi %v393, %v395 : i64
      %v397 = arith.addi %v392, %v396 : i64
      %v398 = arith.muli %v389, %v62 : i64
      %v399 = arith.addi %v398, %v53 : i64
      %v400 = llvm.getelementptr %in_x[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v401 = llvm.load %v400 : !llvm.ptr -> f32
      %v403 = arith.addi %v52, %v402 : i64
      %v404 = arith.constant true
      %v405 = llvm.getelementptr %v4[%v403] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v406 = llvm.load %v405 : !llvm.ptr<3> -> i64
      %v407 = arith.addi %v48, %v53 : i64
      %v408 = arith.cmpi slt, %v407, %v50 : i64
      %v409 = arith.subi %size_L, %v1 : i64
      %v410 = arith.minsi %v407, %v409 : i64
      %v411 = arith.addi %v406, %v410 : i64
      %v412 = arith.muli %v403, %v62 : i64
      %v413 = arith.addi %v412, %v53 : i64
      %v414 = llvm.getelementptr %in_x[%v411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v415 = llvm.load %v414 : !llvm.ptr -> f32
      %v417 = arith.addi %v52, %v416 : i64
      %v418 = arith.constant true
      %v419 = llvm.getelementptr %v4[%v417] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v420 = llvm.load %v419 : !llvm.ptr<3> -> i64
      %v421 = arith.addi %v48, %v53 : i64
      %v422 = arith.cmpi slt, %v421, %v50 : i64
      %v423 = arith.subi %size_L, %v1 : i64
      %v424 = arith.minsi %v421, %v423 : i64
      %v425 = arith.addi %v420, %v424 : i64
      %v426 = arith.muli %v417, %v62 : i64
      %v427 = arith.addi %v426, %v53 : i64
      %v428 = llvm.getelementptr %in_x[%v425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v429 = llvm.load %v428 : !llvm.ptr -> f32
      %v431 = arith.addi %v52, %v430 : i64
      %v432 = arith.constant true
      %v433 = llvm.getelementptr %v4[%v431] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v434 = llvm.load %v433 : !llvm.ptr<3> -> i64
      %v435 = arith.addi %v48, %v53 : i64
      %v436 = arith.cmpi slt, %v435, %v50 : i64
      %v437 = arith.subi %size_L, %v1 : i64
      %v438 = arith.minsi %v435, %v437 : i64
      %v439 = arith.addi %v434, %v438 : i64
      %v440 = arith.muli %v431, %v62 : i64
      %v441 = arith.addi %v440, %v53 : i64
      %v442 = llvm.getelementptr %in_x[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v443 = llvm.load %v442 : !llvm.ptr -> f32
      %v445 = arith.addi %v52, %v444 : i64
      %v446 = arith.constant true
      %v447 = llvm.getelementptr %v4[%v445] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v448 = llvm.load %v447 : !llvm.ptr<3> -> i64
      %v449 = arith.addi %v48, %v53 : i64
      %v450 = arith.cmpi slt, %v449, %v50 : i64
      %v451 = arith.subi %size_L, %v1 : i64
      %v452 = arith.minsi %v449, %v451 : i64
      %v453 = arith.addi %v448, %v452 : i64
      %v454 = arith.muli %v445, %v62 : i64
      %v455 = arith.addi %v454, %v53 : i64
      %v456 = llvm.getelementptr %in_x[%v453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v457 = llvm.load %v456 : !llvm.ptr -> f32
      %v459 = arith.addi %v52, %v458 : i64
      %v460 = arith.constant true
      %v461 = llvm.getelementptr %v4[%v459] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v462 = llvm.load %v461 : !llvm.ptr<3> -> i64
      %v463 = arith.addi %v48, %v53 : i64
      %v464 = arith.cmpi slt, %v463, %v50 : i64
      %v465 = arith.subi %size_L, %v1 : i64
      %v466 = arith.minsi %v463, %v465 : i64
      %v467 = arith.addi %v462, %v466 : i64
      %v468 = arith.muli %v459, %v62 : i64
      %v469 = arith.addi %v468, %v53 : i64
      %v470 = llvm.getelementptr %in_x[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v471 = llvm.load %v470 : !llvm.ptr -> f32
      %v473 = arith.addi %v52, %v472 : i64
      %v474 = arith.constant true
      %v475 = llvm.getelementptr %v4[%v473] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v476 = llvm.load %v475 : !llvm.ptr<3> -> i64
      %v477 = arith.addi %v48, %v53 : i64
      %v478 = arith.cmpi slt, %v477, %v50 : i64
      %v479 = arith.subi %size_L, %v1 : i64
      %v480 = arith.minsi %v477, %v479 : i64
      %v481 = arith.addi %v476, %v480 : i64
      %v482 = arith.muli %v473, %v62 : i64
      %v483 = arith.addi %v482, %v53 : i64
      %v484 = llvm.getelementptr %in_x[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v485 = llvm.load %v484 : !llvm.ptr -> f32
      %v487 = arith.addi %v52, %v486 : i64
      %v488 = arith.constant true
      %v489 = llvm.getelementptr %v4[%v487] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v490 = llvm.load %v489 : !llvm.ptr<3> -> i64
      %v491 = arith.addi %v48, %v53 : i64
      %v492 = arith.cmpi slt, %v491, %v50 : i64
      %v493 = arith.subi %size_L, %v1 : i64
      %v494 = arith.minsi %v491, %v493 : i64
      %v495 = arith.addi %v490, %v494 : i64
      %v496 = arith.muli %v487, %v62 : i64
      %v497 = arith.addi %v496, %v53 : i64
      %v498 = llvm.getelementptr %in_x[%v495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v499 = llvm.load %v498 : !llvm.ptr -> f32
      scf.if %v54 {
        %v500 = llvm.getelementptr %v5[%v64] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v66, %v500 : f32, !llvm.ptr<3>
      }
      scf.if %v69 {
        %v501 = llvm.getelementptr %v5[%v78] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v80, %v501 : f32, !llvm.ptr<3>
      }
      scf.if %v83 {
        %v502 = llvm.getelementptr %v5[%v92] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v94, %v502 : f32, !llvm.ptr<3>
      }
      scf.if %v97 {
        %v503 = llvm.getelementptr %v5[%v106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v108, %v503 : f32, !llvm.ptr<3>
      }
      scf.if %v111 {
        %v504 = llvm.getelementptr %v5[%v120] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v122, %v504 : f32, !llvm.ptr<3>
      }
      scf.if %v125 {
        %v505 = llvm.getelementptr %v5[%v134] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v136, %v505 : f32, !llvm.ptr<3>
      }
      scf.if %v139 {
        %v506 = llvm.getelementptr %v5[%v148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v150, %v506 : f32, !llvm.ptr<3>
      }
      scf.if %v153 {
        %v507 = llvm.getelementptr %v5[%v162] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v164, %v507 : f32, !llvm.ptr<3>
      }
      scf.if %v167 {
        %v508 = llvm.getelementptr %v5[%v176] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v178, %v508 : f32, !llvm.ptr<3>
      }
      scf.if %v181 {
        %v509 = llvm.getelementptr %v5[%v190] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v192, %v509 : f32, !llvm.ptr<3>
      }
      scf.if %v195 {
        %v510 = llvm.getelementptr %v5[%v204] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v206, %v510 : f32, !llvm.ptr<3>
      }
      scf.if %v209 {
        %v511 = llvm.getelementptr %v5[%v218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v220, %v511 : f32, !llvm.ptr<3>
      }
      scf.if %v223 {
        %v512 = llvm.getelementptr %v5[%v232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v234, %v512 : f32, !llvm.ptr<3>
      }
      scf.if %v237 {
        %v513 = llvm.getelementptr %v5[%v246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v248, %v513 : f32, !llvm.ptr<3>
      }
      scf.if %v251 {
        %v514 = llvm.getelementptr %v5[%v260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v262, %v514 : f32, !llvm.ptr<3>
      }
      scf.if %v265 {
        %v515 = llvm.getelementptr %v5[%v274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v276, %v515 : f32, !llvm.ptr<3>
      }
      scf.if %v278 {
        %v516 = llvm.getelementptr %v5[%v287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v289, %v516 : f32, !llvm.ptr<3>
      }
      scf.if %v292 {
        %v517 = llvm.getelementptr %v5[%v301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v303, %v517 : f32, !llvm.ptr<3>
      }
      scf.if %v306 {
        %v518 = llvm.getelementptr %v5[%v315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v317, %v518 : f32, !llvm.ptr<3>
      }
      scf.if %v320 {
        %v519 = llvm.getelementptr %v5[%v329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v331, %v519 : f32, !llvm.ptr<3>
      }
      scf.if %v334 {
        %v520 = llvm.getelementptr %v5[%v343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v345, %v520 : f32, !llvm.ptr<3>
      }
      scf.if %v348 {
        %v521 = llvm.getelementptr %v5[%v357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v359, %v521 : f32, !llvm.ptr<3>
      }
      scf.if %v362 {
        %v522 = llvm.getelementptr %v5[%v371] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v373, %v522 : f32, !llvm.ptr<3>
      }
      scf.if %v376 {
        %v523 = llvm.getelementptr %v5[%v385] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v387, %v523 : f32, !llvm.ptr<3>
      }
      scf.if %v390 {
        %v524 = llvm.getelementptr %v5[%v399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v401, %v524 : f32, !llvm.ptr<3>
      }
      scf.if %v404 {
        %v525 = llvm.getelementptr %v5[%v413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v415, %v525 : f32, !llvm.ptr<3>
      }
      scf.if %v418 {
        %v526 = llvm.getelementptr %v5[%v427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v429, %v526 : f32, !llvm.ptr<3>
      }
      scf.if %v432 {
        %v527 = llvm.getelementptr %v5[%v441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v443, %v527 : f32, !llvm.ptr<3>
      }
      scf.if %v446 {
        %v528 = llvm.getelementptr %v5[%v455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v457, %v528 : f32, !llvm.ptr<3>
      }
      scf.if %v460 {
        %v529 = llvm.getelementptr %v5[%v469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v471, %v529 : f32, !llvm.ptr<3>
      }
      scf.if %v474 {
        %v530 = llvm.getelementptr %v5[%v483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v485, %v530 : f32, !llvm.ptr<3>
      }
      scf.if %v488 {
        %v531 = llvm.getelementptr %v5[%v497] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v499, %v531 : f32, !llvm.ptr<3>
      }
      // end staged load of `x`
      gpu.barrier
      %v532 = arith.index_cast %v48 : i64 to index
      %v533 = arith.index_cast %v50 : i64 to index
      %v534 = arith.index_cast %v51 : i64 to index
      scf.for %v535 = %v532 to %v533 step %v534 {
        %v536 = arith.index_cast %v535 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v537 = arith.remui %v536, %v14 : i64
        %v538 = arith.cmpi eq, %v537, %v29 : i64
        %v539 = arith.andi %v538, %v22 : i1
        scf.if %v539 {
          %v540 = arith.divui %v536, %v14 : i64
          %v541 = llvm.mlir.zero : !llvm.ptr
          %v542 = llvm.icmp "ne" %ckpt_h, %v541 : !llvm.ptr
          scf.if %v542 {
            %v544 = arith.muli %v540, %v543 : i64
            %v545 = llvm.load %v3 : !llvm.ptr -> f32
            %v546 = arith.muli %v27, %size_D : i64
            %v547 = arith.addi %v546, %v25 : i64
            %v548 = arith.addi %v544, %v547 : i64
            %v549 = llvm.getelementptr %ckpt_h[%v548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v545, %v549 : f32, !llvm.ptr
          }
        }
        // end save
        %v550 = arith.subi %v50, %v536 : i64
        %v551 = arith.minsi %v550, %v51 : i64
        %v552 = arith.addi %v536, %v51 : i64
        %v553 = arith.divui %v12, %v51 : i64
        %v554 = arith.remui %v12, %v51 : i64
        %v555 = arith.constant true
        %v556 = llvm.getelementptr %v4[%v553] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v557 = llvm.load %v556 : !llvm.ptr<3> -> i64
        %v558 = arith.addi %v552, %v554 : i64
        %v559 = arith.cmpi slt, %v558, %v50 : i64
        %v560 = arith.subi %size_L, %v1 : i64
        %v561 = arith.minsi %v558, %v560 : i64
        %v562 = arith.addi %v557, %v561 : i64
        %v563 = arith.muli %v553, %v62 : i64
        %v564 = arith.addi %v563, %v554 : i64
        %v565 = llvm.getelementptr %in_x[%v562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v566 = llvm.load %v565 : !llvm.ptr -> f32
        %v567 = arith.addi %v553, %v67 : i64
        %v568 = arith.constant true
        %v569 = llvm.getelementptr %v4[%v567] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v570 = llvm.load %v569 : !llvm.ptr<3> -> i64
        %v571 = arith.addi %v552, %v554 : i64
        %v572 = arith.cmpi slt, %v571, %v50 : i64
        %v573 = arith.subi %size_L, %v1 : i64
        %v574 = arith.minsi %v571, %v573 : i64
        %v575 = arith.addi %v570, %v574 : i64
        %v576 = arith.muli %v567, %v62 : i64
        %v577 = arith.addi %v576, %v554 : i64
        %v578 = llvm.getelementptr %in_x[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v579 = llvm.load %v578 : !llvm.ptr -> f32
        %v580 = arith.addi %v553, %v81 : i64
        %v581 = arith.constant true
        %v582 = llvm.getelementptr %v4[%v580] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v583 = llvm.load %v582 : !llvm.ptr<3> -> i64
        %v584 = arith.addi %v552, %v554 : i64
        %v585 = arith.cmpi slt, %v584, %v50 : i64
        %v586 = arith.subi %size_L, %v1 : i64
        %v587 = arith.minsi %v584, %v586 : i64
        %v588 = arith.addi %v583, %v587 : i64
        %v589 = arith.muli %v580, %v62 : i64
        %v590 = arith.addi %v589, %v554 : i64
        %v591 = llvm.getelementptr %in_x[%v588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v592 = llvm.load %v591 : !llvm.ptr -> f32
        %v593 = arith.addi %v553, %v95 : i64
        %v594 = arith.constant true
        %v595 = llvm.getelementptr %v4[%v593] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v596 = llvm.load %v595 : !llvm.ptr<3> -> i64
        %v597 = arith.addi %v552, %v554 : i64
        %v598 = arith.cmpi slt, %v597, %v50 : i64
        %v599 = arith.subi %size_L, %v1 : i64
        %v600 = arith.minsi %v597, %v599 : i64
        %v601 = arith.addi %v596, %v600 : i64
        %v602 = arith.muli %v593, %v62 : i64
        %v603 = arith.addi %v602, %v554 : i64
        %v604 = llvm.getelementptr %in_x[%v601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v605 = llvm.load %v604 : !llvm.ptr -> f32
        %v606 = arith.addi %v553, %v109 : i64
        %v607 = arith.constant true
        %v608 = llvm.getelementptr %v4[%v606] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v609 = llvm.load %v608 : !llvm.ptr<3> -> i64
        %v610 = arith.addi %v552, %v554 : i64
        %v611 = arith.cmpi slt, %v610, %v50 : i64
        %v612 = arith.subi %size_L, %v1 : i64
        %v613 = arith.minsi %v610, %v612 : i64
        %v614 = arith.addi %v609, %v613 : i64
        %v615 = arith.muli %v606, %v62 : i64
        %v616 = arith.addi %v615, %v554 : i64
        %v617 = llvm.getelementptr %in_x[%v614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v618 = llvm.load %v617 : !llvm.ptr -> f32
        %v619 = arith.addi %v553, %v123 : i64
        %v620 = arith.constant true
        %v621 = llvm.getelementptr %v4[%v619] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v622 = llvm.load %v621 : !llvm.ptr<3> -> i64
        %v623 = arith.addi %v552, %v554 : i64
        %v624 = arith.cmpi slt, %v623, %v50 : i64
        %v625 = arith.subi %size_L, %v1 : i64
        %v626 = arith.minsi %v623, %v625 : i64
        %v627 = arith.addi %v622, %v626 : i64
        %v628 = arith.muli %v619, %v62 : i64
        %v629 = arith.addi %v628, %v554 : i64
        %v630 = llvm.getelementptr %in_x[%v627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v631 = llvm.load %v630 : !llvm.ptr -> f32
        %v632 = arith.addi %v553, %v137 : i64
        %v633 = arith.constant true
        %v634 = llvm.getelementptr %v4[%v632] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v635 = llvm.load %v634 : !llvm.ptr<3> -> i64
        %v636 = arith.addi %v552, %v554 : i64
        %v637 = arith.cmpi slt, %v636, %v50 : i64
        %v638 = arith.subi %size_L, %v1 : i64
        %v639 = arith.minsi %v636, %v638 : i64
        %v640 = arith.addi %v635, %v639 : i64
        %v641 = arith.muli %v632, %v62 : i64
        %v642 = arith.addi %v641, %v554 : i64
        %v643 = llvm.getelementptr %in_x[%v640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v644 = llvm.load %v643 : !llvm.ptr -> f32
        %v645 = arith.addi %v553, %v151 : i64
        %v646 = arith.constant true
        %v647 = llvm.getelementptr %v4[%v645] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v648 = llvm.load %v647 : !llvm.ptr<3> -> i64
        %v649 = arith.addi %v552, %v554 : i64
        %v650 = arith.cmpi slt, %v649, %v50 : i64
        %v651 = arith.subi %size_L, %v1 : i64
        %v652 = arith.minsi %v649, %v651 : i64
        %v653 = arith.addi %v648, %v652 : i64
        %v654 = arith.muli %v645, %v62 : i64
        %v655 = arith.addi %v654, %v554 : i64
        %v656 = llvm.getelementptr %in_x[%v653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v657 = llvm.load %v656 : !llvm.ptr -> f32
        %v658 = arith.addi %v553, %v165 : i64
        %v659 = arith.constant true
        %v660 = llvm.getelementptr %v4[%v658] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v661 = llvm.load %v660 : !llvm.ptr<3> -> i64
        %v662 = arith.addi %v552, %v554 : i64
        %v663 = arith.cmpi slt, %v662, %v50 : i64
        %v664 = arith.subi %size_L, %v1 : i64
        %v665 = arith.minsi %v662, %v664 : i64
        %v666 = arith.addi %v661, %v665 : i64
        %v667 = arith.muli %v658, %v62 : i64
        %v668 = arith.addi %v667, %v554 : i64
        %v669 = llvm.getelementptr %in_x[%v666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v670 = llvm.load %v669 : !llvm.ptr -> f32
        %v671 = arith.addi %v553, %v179 : i64
        %v672 = arith.constant true
        %v673 = llvm.getelementptr %v4[%v671] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v674 = llvm.load %v673 : !llvm.ptr<3> -> i64
        %v675 = arith.addi %v552, %v554 : i64
        %v676 = arith.cmpi slt, %v675, %v50 : i64
        %v677 = arith.subi %size_L, %v1 : i64
        %v678 = arith.minsi %v675, %v677 : i64
        %v679 = arith.addi %v674, %v678 : i64
        %v680 = arith.muli %v671, %v62 : i64
        %v681 = arith.addi %v680, %v554 : i64
        %v682 = llvm.getelementptr %in_x[%v679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v683 = llvm.load %v682 : !llvm.ptr -> f32
        %v684 = arith.addi %v553, %v193 : i64
        %v685 = arith.constant true
        %v686 = llvm.getelementptr %v4[%v684] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v687 = llvm.load %v686 : !llvm.ptr<3> -> i64
        %v688 = arith.addi %v552, %v554 : i64
        %v689 = arith.cmpi slt, %v688, %v50 : i64
        %v690 = arith.subi %size_L, %v1 : i64
        %v691 = arith.minsi %v688, %v690 : i64
        %v692 = arith.addi %v687, %v691 : i64
        %v693 = arith.muli %v684, %v62 : i64
        %v694 = arith.addi %v693, %v554 : i64
        %v695 = llvm.getelementptr %in_x[%v692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v696 = llvm.load %v695 : !llvm.ptr -> f32
        %v697 = arith.addi %v553, %v207 : i64
        %v698 = arith.constant true
        %v699 = llvm.getelementptr %v4[%v697] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v700 = llvm.load %v699 : !llvm.ptr<3> -> i64
        %v701 = arith.addi %v552, %v554 : i64
        %v702 = arith.cmpi slt, %v701, %v50 : i64
        %v703 = arith.subi %size_L, %v1 : i64
        %v704 = arith.minsi %v701, %v703 : i64
        %v705 = arith.addi %v700, %v704 : i64
        %v706 = arith.muli %v697, %v62 : i64
        %v707 = arith.addi %v706, %v554 : i64
        %v708 = llvm.getelementptr %in_x[%v705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v709 = llvm.load %v708 : !llvm.ptr -> f32
        %v710 = arith.addi %v553, %v221 : i64
        %v711 = arith.constant true
        %v712 = llvm.getelementptr %v4[%v710] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v713 = llvm.load %v712 : !llvm.ptr<3> -> i64
        %v714 = arith.addi %v552, %v554 : i64
        %v715 = arith.cmpi slt, %v714, %v50 : i64
        %v716 = arith.subi %size_L, %v1 : i64
        %v717 = arith.minsi %v714, %v716 : i64
        %v718 = arith.addi %v713, %v717 : i64
        %v719 = arith.muli %v710, %v62 : i64
        %v720 = arith.addi %v719, %v554 : i64
        %v721 = llvm.getelementptr %in_x[%v718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v722 = llvm.load %v721 : !llvm.ptr -> f32
        %v723 = arith.addi %v553, %v235 : i64
        %v724 = arith.constant true
        %v725 = llvm.getelementptr %v4[%v723] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v726 = llvm.load %v725 : !llvm.ptr<3> -> i64
        %v727 = arith.addi %v552, %v554 : i64
        %v728 = arith.cmpi slt, %v727, %v50 : i64
        %v729 = arith.subi %size_L, %v1 : i64
        %v730 = arith.minsi %v727, %v729 : i64
        %v731 = arith.addi %v726, %v730 : i64
        %v732 = arith.muli %v723, %v62 : i64
        %v733 = arith.addi %v732, %v554 : i64
        %v734 = llvm.getelementptr %in_x[%v731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v735 = llvm.load %v734 : !llvm.ptr -> f32
        %v736 = arith.addi %v553, %v249 : i64
        %v737 = arith.constant true
        %v738 = llvm.getelementptr %v4[%v736] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v739 = llvm.load %v738 : !llvm.ptr<3> -> i64
        %v740 = arith.addi %v552, %v554 : i64
        %v741 = arith.cmpi slt, %v740, %v50 : i64
        %v742 = arith.subi %size_L, %v1 : i64
        %v743 = arith.minsi %v740, %v742 : i64
        %v744 = arith.addi %v739, %v743 : i64
        %v745 = arith.muli %v736, %v62 : i64
        %v746 = arith.addi %v745, %v554 : i64
        %v747 = llvm.getelementptr %in_x[%v744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v748 = llvm.load %v747 : !llvm.ptr -> f32
        %v749 = arith.addi %v553, %v263 : i64
        %v750 = arith.constant true
        %v751 = llvm.getelementptr %v4[%v749] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v752 = llvm.load %v751 : !llvm.ptr<3> -> i64
        %v753 = arith.addi %v552, %v554 : i64
        %v754 = arith.cmpi slt, %v753, %v50 : i64
        %v755 = arith.subi %size_L, %v1 : i64
        %v756 = arith.minsi %v753, %v755 : i64
        %v757 = arith.addi %v752, %v756 : i64
        %v758 = arith.muli %v749, %v62 : i64
        %v759 = arith.addi %v758, %v554 : i64
        %v760 = llvm.getelementptr %in_x[%v757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v761 = llvm.load %v760 : !llvm.ptr -> f32
        %v762 = arith.addi %v553, %v51 : i64
        %v763 = arith.constant true
        %v764 = llvm.getelementptr %v4[%v762] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v765 = llvm.load %v764 : !llvm.ptr<3> -> i64
        %v766 = arith.addi %v552, %v554 : i64
        %v767 = arith.cmpi slt, %v766, %v50 : i64
        %v768 = arith.subi %size_L, %v1 : i64
        %v769 = arith.minsi %v766, %v768 : i64
        %v770 = arith.addi %v765, %v769 : i64
        %v771 = arith.muli %v762, %v62 : i64
        %v772 = arith.addi %v771, %v554 : i64
        %v773 = llvm.getelementptr %in_x[%v770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v774 = llvm.load %v773 : !llvm.ptr -> f32
        %v775 = arith.addi %v553, %v290 : i64
        %v776 = arith.constant true
        %v777 = llvm.getelementptr %v4[%v775] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v778 = llvm.load %v777 : !llvm.ptr<3> -> i64
        %v779 = arith.addi %v552, %v554 : i64
        %v780 = arith.cmpi slt, %v779, %v50 : i64
        %v781 = arith.subi %size_L, %v1 : i64
        %v782 = arith.minsi %v779, %v781 : i64
        %v783 = arith.addi %v778, %v782 : i64
        %v784 = arith.muli %v775, %v62 : i64
        %v785 = arith.addi %v784, %v554 : i64
        %v786 = llvm.getelementptr %in_x[%v783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v787 = llvm.load %v786 : !llvm.ptr -> f32
        %v788 = arith.addi %v553, %v304 : i64
        %v789 = arith.constant true
        %v790 = llvm.getelementptr %v4[%v788] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v791 = llvm.load %v790 : !llvm.ptr<3> -> i64
        %v792 = arith.addi %v552, %v554 : i64
        %v793 = arith.cmpi slt, %v792, %v50 : i64
        %v794 = arith.subi %size_L, %v1 : i64
        %v795 = arith.minsi %v792, %v794 : i64
        %v796 = arith.addi %v791, %v795 : i64
        %v797 = arith.muli %v788, %v62 : i64
        %v798 = arith.addi %v797, %v554 : i64
        %v799 = llvm.getelementptr %in_x[%v796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v800 = llvm.load %v799 : !llvm.ptr -> f32
        %v801 = arith.addi %v553, %v318 : i64
        %v802 = arith.constant true
        %v803 = llvm.getelementptr %v4[%v801] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v804 = llvm.load %v803 : !llvm.ptr<3> -> i64
        %v805 = arith.addi %v552, %v554 : i64
        %v806 = arith.cmpi slt, %v805, %v50 : i64
        %v807 = arith.subi %size_L, %v1 : i64
        %v808 = arith.minsi %v805, %v807 : i64
        %v809 = arith.addi %v804, %v808 : i64
        %v810 = arith.muli %v801, %v62 : i64
        %v811 = arith.addi %v810, %v554 : i64
        %v812 = llvm.getelementptr %in_x[%v809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v813 = llvm.load %v812 : !llvm.ptr -> f32
        %v814 = arith.addi %v553, %v332 : i64
        %v815 = arith.constant true
        %v816 = llvm.getelementptr %v4[%v814] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v817 = llvm.load %v816 : !llvm.ptr<3> -> i64
        %v818 = arith.addi %v552, %v554 : i64
        %v819 = arith.cmpi slt, %v818, %v50 : i64
        %v820 = arith.subi %size_L, %v1 : i64
        %v821 = arith.minsi %v818, %v820 : i64
        %v822 = arith.addi %v817, %v821 : i64
        %v823 = arith.muli %v814, %v62 : i64
        %v824 = arith.addi %v823, %v554 : i64
        %v825 = llvm.getelementptr %in_x[%v822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v826 = llvm.load %v825 : !llvm.ptr -> f32
        %v827 = arith.addi %v553, %v346 : i64
        %v828 = arith.constant true
        %v829 = llvm.getelementptr %v4[%v827] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v830 = llvm.load %v829 : !llvm.ptr<3> -> i64
        %v831 = arith.addi %v552, %v554 : i64
        %v832 = arith.cmpi slt, %v831, %v50 : i64
        %v833 = arith.subi %size_L, %v1 : i64
        %v834 = arith.minsi %v831, %v833 : i64
        %v835 = arith.addi %v830, %v834 : i64
        %v836 = arith.muli %v827, %v62 : i64
        %v837 = arith.addi %v836, %v554 : i64
        %v838 = llvm.getelementptr %in_x[%v835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v839 = llvm.load %v838 : !llvm.ptr -> f32
        %v840 = arith.addi %v553, %v360 : i64
        %v841 = arith.constant true
        %v842 = llvm.getelementptr %v4[%v840] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v843 = llvm.load %v842 : !llvm.ptr<3> -> i64
        %v844 = arith.addi %v552, %v554 : i64
        %v845 = arith.cmpi slt, %v844, %v50 : i64
        %v846 = arith.subi %size_L, %v1 : i64
        %v847 = arith.minsi %v844, %v846 : i64
        %v848 = arith.addi %v843, %v847 : i64
        %v849 = arith.muli %v840, %v62 : i64
        %v850 = arith.addi %v849, %v554 : i64
        %v851 = llvm.getelementptr %in_x[%v848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v852 = llvm.load %v851 : !llvm.ptr -> f32
        %v853 = arith.addi %v553, %v374 : i64
        %v854 = arith.constant true
        %v855 = llvm.getelementptr %v4[%v853] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v856 = llvm.load %v855 : !llvm.ptr<3> -> i64
        %v857 = arith.addi %v552, %v554 : i64
        %v858 = arith.cmpi slt, %v857, %v50 : i64
        %v859 = arith.subi %size_L, %v1 : i64
        %v860 = arith.minsi %v857, %v859 : i64
        %v861 = arith.addi %v856, %v860 : i64
        %v862 = arith.muli %v853, %v62 : i64
        %v863 = arith.addi %v862, %v554 : i64
        %v864 = llvm.getelementptr %in_x[%v861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v865 = llvm.load %v864 : !llvm.ptr -> f32
        %v866 = arith.addi %v553, %v388 : i64
        %v867 = arith.constant true
        %v868 = llvm.getelementptr %v4[%v866] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v869 = llvm.load %v868 : !llvm.ptr<3> -> i64
        %v870 = arith.addi %v552, %v554 : i64
        %v871 = arith.cmpi slt, %v870, %v50 : i64
        %v872 = arith.subi %size_L, %v1 : i64
        %v873 = arith.minsi %v870, %v872 : i64
        %v874 = arith.addi %v869, %v873 : i64
        %v875 = arith.muli %v866, %v62 : i64
        %v876 = arith.addi %v875, %v554 : i64
        %v877 = llvm.getelementptr %in_x[%v874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v878 = llvm.load %v877 : !llvm.ptr -> f32
        %v879 = arith.addi %v553, %v402 : i64
        %v880 = arith.constant true
        %v881 = llvm.getelementptr %v4[%v879] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v882 = llvm.load %v881 : !llvm.ptr<3> -> i64
        %v883 = arith.addi %v552, %v554 : i64
        %v884 = arith.cmpi slt, %v883, %v50 : i64
        %v885 = arith.subi %size_L, %v1 : i64
        %v886 = arith.minsi %v883, %v885 : i64
        %v887 = arith.addi %v882, %v886 : i64
        %v888 = arith.muli %v879, %v62 : i64
        %v889 = arith.addi %v888, %v554 : i64
        %v890 = llvm.getelementptr %in_x[%v887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v891 = llvm.load %v890 : !llvm.ptr -> f32
        %v892 = arith.addi %v553, %v416 : i64
        %v893 = arith.constant true
        %v894 = llvm.getelementptr %v4[%v892] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v895 = llvm.load %v894 : !llvm.ptr<3> -> i64
        %v896 = arith.addi %v552, %v554 : i64
        %v897 = arith.cmpi slt, %v896, %v50 : i64
        %v898 = arith.subi %size_L, %v1 : i64
        %v899 = arith.minsi %v896, %v898 : i64
        %v900 = arith.addi %v895, %v899 : i64
        %v901 = arith.muli %v892, %v62 : i64
        %v902 = arith.addi %v901, %v554 : i64
        %v903 = llvm.getelementptr %in_x[%v900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v904 = llvm.load %v903 : !llvm.ptr -> f32
        %v905 = arith.addi %v553, %v430 : i64
        %v906 = arith.constant true
        %v907 = llvm.getelementptr %v4[%v905] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v908 = llvm.load %v907 : !llvm.ptr<3> -> i64
        %v909 = arith.addi %v552, %v554 : i64
        %v910 = arith.cmpi slt, %v909, %v50 : i64
        %v911 = arith.subi %size_L, %v1 : i64
        %v912 = arith.minsi %v909, %v911 : i64
        %v913 = arith.addi %v908, %v912 : i64
        %v914 = arith.muli %v905, %v62 : i64
        %v915 = arith.addi %v914, %v554 : i64
        %v916 = llvm.getelementptr %in_x[%v913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v917 = llvm.load %v916 : !llvm.ptr -> f32
        %v918 = arith.addi %v553, %v444 : i64
        %v919 = arith.constant true
        %v920 = llvm.getelementptr %v4[%v918] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v921 = llvm.load %v920 : !llvm.ptr<3> -> i64
        %v922 = arith.addi %v552, %v554 : i64
        %v923 = arith.cmpi slt, %v922, %v50 : i64
        %v924 = arith.subi %size_L, %v1 : i64
        %v925 = arith.minsi %v922, %v924 : i64
        %v926 = arith.addi %v921, %v925 : i64
        %v927 = arith.muli %v918, %v62 : i64
        %v928 = arith.addi %v927, %v554 : i64
        %v929 = llvm.getelementptr %in_x[%v926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v930 = llvm.load %v929 : !llvm.ptr -> f32
        %v931 = arith.addi %v553, %v458 : i64
        %v932 = arith.constant true
        %v933 = llvm.getelementptr %v4[%v931] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v934 = llvm.load %v933 : !llvm.ptr<3> -> i64
        %v935 = arith.addi %v552, %v554 : i64
        %v936 = arith.cmpi slt, %v935, %v50 : i64
        %v937 = arith.subi %size_L, %v1 : i64
        %v938 = arith.minsi %v935, %v937 : i64
        %v939 = arith.addi %v934, %v938 : i64
        %v940 = arith.muli %v931, %v62 : i64
        %v941 = arith.addi %v940, %v554 : i64
        %v942 = llvm.getelementptr %in_x[%v939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v943 = llvm.load %v942 : !llvm.ptr -> f32
        %v944 = arith.addi %v553, %v472 : i64
        %v945 = arith.constant true
        %v946 = llvm.getelementptr %v4[%v944] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v947 = llvm.load %v946 : !llvm.ptr<3> -> i64
        %v948 = arith.addi %v552, %v554 : i64
        %v949 = arith.cmpi slt, %v948, %v50 : i64
        %v950 = arith.subi %size_L, %v1 : i64
        %v951 = arith.minsi %v948, %v950 : i64
        %v952 = arith.addi %v947, %v951 : i64
        %v953 = arith.muli %v944, %v62 : i64
        %v954 = arith.addi %v953, %v554 : i64
        %v955 = llvm.getelementptr %in_x[%v952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v956 = llvm.load %v955 : !llvm.ptr -> f32
        %v957 = arith.addi %v553, %v486 : i64
        %v958 = arith.constant true
        %v959 = llvm.getelementptr %v4[%v957] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v960 = llvm.load %v959 : !llvm.ptr<3> -> i64
        %v961 = arith.addi %v552, %v554 : i64
        %v962 = arith.cmpi slt, %v961, %v50 : i64
        %v963 = arith.subi %size_L, %v1 : i64
        %v964 = arith.minsi %v961, %v963 : i64
        %v965 = arith.addi %v960, %v964 : i64
        %v966 = arith.muli %v957, %v62 : i64
        %v967 = arith.addi %v966, %v554 : i64
        %v968 = llvm.getelementptr %in_x[%v965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v969 = llvm.load %v968 : !llvm.ptr -> f32
        %v970 = arith.index_cast %v29 : i64 to index
        %v971 = arith.index_cast %v551 : i64 to index
        %v972 = arith.index_cast %v1 : i64 to index
        scf.for %v973 = %v970 to %v971 step %v972 {
          %v974 = arith.index_cast %v973 : index to i64
          %v975 = arith.addi %v536, %v974 : i64
          %v986 = arith.muli %v12, %v62 : i64
          %v987 = arith.addi %v986, %v974 : i64
          %v988 = llvm.getelementptr %v5[%v987] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v989 = llvm.load %v988 : !llvm.ptr<3> -> f32
          %v990 = arith.mulf %v985, %v989 fastmath<contract> : f32
          %v991 = llvm.load %v3 : !llvm.ptr -> f32
          %v992 = arith.mulf %v984, %v991 fastmath<contract> : f32
          %v993 = arith.addf %v992, %v990 fastmath<contract> : f32
          llvm.store %v993, %v3 : f32, !llvm.ptr
          %v994 = llvm.load %v3 : !llvm.ptr -> f32
          %v995 = arith.addi %v14, %v12 : i64
          %v996 = arith.muli %v995, %v62 : i64
          %v997 = arith.addi %v996, %v974 : i64
          %v998 = llvm.getelementptr %v5[%v997] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v994, %v998 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v999 = arith.divui %v12, %v51 : i64
        %v1000 = arith.remui %v12, %v51 : i64
        %v1001 = arith.muli %v999, %v62 : i64
        %v1002 = arith.addi %v1001, %v1000 : i64
        %v1003 = llvm.getelementptr %v5[%v1002] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v566, %v1003 : f32, !llvm.ptr<3>
        %v1004 = arith.addi %v14, %v12 : i64
        %v1005 = arith.divui %v1004, %v51 : i64
        %v1006 = arith.remui %v1004, %v51 : i64
        %v1007 = arith.muli %v1005, %v62 : i64
        %v1008 = arith.addi %v1007, %v1006 : i64
        %v1009 = llvm.getelementptr %v5[%v1008] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v579, %v1009 : f32, !llvm.ptr<3>
        %v1011 = arith.addi %v1010, %v12 : i64
        %v1012 = arith.divui %v1011, %v51 : i64
        %v1013 = arith.remui %v1011, %v51 : i64
        %v1014 = arith.muli %v1012, %v62 : i64
        %v1015 = arith.addi %v1014, %v1013 : i64
        %v1016 = llvm.getelementptr %v5[%v1015] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v592, %v1016 : f32, !llvm.ptr<3>
        %v1018 = arith.addi %v1017, %v12 : i64
        %v1019 = arith.divui %v1018, %v51 : i64
        %v1020 = arith.remui %v1018, %v51 : i64
        %v1021 = arith.muli %v1019, %v62 : i64
        %v1022 = arith.addi %v1021, %v1020 : i64
        %v1023 = llvm.getelementptr %v5[%v1022] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v605, %v1023 : f32, !llvm.ptr<3>
        %v1024 = arith.addi %v8, %v12 : i64
        %v1025 = arith.divui %v1024, %v51 : i64
        %v1026 = arith.remui %v1024, %v51 : i64
        %v1027 = arith.muli %v1025, %v62 : i64
        %v1028 = arith.addi %v1027, %v1026 : i64
        %v1029 = llvm.getelementptr %v5[%v1028] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v618, %v1029 : f32, !llvm.ptr<3>
        %v1031 = arith.addi %v1030, %v12 : i64
        %v1032 = arith.divui %v1031, %v51 : i64
        %v1033 = arith.remui %v1031, %v51 : i64
        %v1034 = arith.muli %v1032, %v62 : i64
        %v1035 = arith.addi %v1034, %v1033 : i64
        %v1036 = llvm.getelementptr %v5[%v1035] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v631, %v1036 : f32, !llvm.ptr<3>
        %v1038 = arith.addi %v1037, %v12 : i64
        %v1039 = arith.divui %v1038, %v51 : i64
        %v1040 = arith.remui %v1038, %v51 : i64
        %v1041 = arith.muli %v1039, %v62 : i64
        %v1042 = arith.addi %v1041, %v1040 : i64
        %v1043 = llvm.getelementptr %v5[%v1042] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v644, %v1043 : f32, !llvm.ptr<3>
        %v1045 = arith.addi %v1044, %v12 : i64
        %v1046 = arith.divui %v1045, %v51 : i64
        %v1047 = arith.remui %v1045, %v51 : i64
        %v1048 = arith.muli %v1046, %v62 : i64
        %v1049 = arith.addi %v1048, %v1047 : i64
        %v1050 = llvm.getelementptr %v5[%v1049] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v657, %v1050 : f32, !llvm.ptr<3>
        %v1052 = arith.addi %v1051, %v12 : i64
        %v1053 = arith.divui %v1052, %v51 : i64
        %v1054 = arith.remui %v1052, %v51 : i64
        %v1055 = arith.muli %v1053, %v62 : i64
        %v1056 = arith.addi %v1055, %v1054 : i64
        %v1057 = llvm.getelementptr %v5[%v1056] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v670, %v1057 : f32, !llvm.ptr<3>
        %v1059 = arith.addi %v1058, %v12 : i64
        %v1060 = arith.divui %v1059, %v51 : i64
        %v1061 = arith.remui %v1059, %v51 : i64
        %v1062 = arith.muli %v1060, %v62 : i64
        %v1063 = arith.addi %v1062, %v1061 : i64
        %v1064 = llvm.getelementptr %v5[%v1063] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v683, %v1064 : f32, !llvm.ptr<3>
        %v1066 = arith.addi %v1065, %v12 : i64
        %v1067 = arith.divui %v1066, %v51 : i64
        %v1068 = arith.remui %v1066, %v51 : i64
        %v1069 = arith.muli %v1067, %v62 : i64
        %v1070 = arith.addi %v1069, %v1068 : i64
        %v1071 = llvm.getelementptr %v5[%v1070] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v696, %v1071 : f32, !llvm.ptr<3>
        %v1073 = arith.addi %v1072, %v12 : i64
        %v1074 = arith.divui %v1073, %v51 : i64
        %v1075 = arith.remui %v1073, %v51 : i64
        %v1076 = arith.muli %v1074, %v62 : i64
        %v1077 = arith.addi %v1076, %v1075 : i64
        %v1078 = llvm.getelementptr %v5[%v1077] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v709, %v1078 : f32, !llvm.ptr<3>
        %v1080 = arith.addi %v1079, %v12 : i64
        %v1081 = arith.divui %v1080, %v51 : i64
        %v1082 = arith.remui %v1080, %v51 : i64
        %v1083 = arith.muli %v1081, %v62 : i64
        %v1084 = arith.addi %v1083, %v1082 : i64
        %v1085 = llvm.getelementptr %v5[%v1084] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v722, %v1085 : f32, !llvm.ptr<3>
        %v1087 = arith.addi %v1086, %v12 : i64
        %v1088 = arith.divui %v1087, %v51 : i64
        %v1089 = arith.remui %v1087, %v51 : i64
        %v1090 = arith.muli %v1088, %v62 : i64
        %v1091 = arith.addi %v1090, %v1089 : i64
        %v1092 = llvm.getelementptr %v5[%v1091] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v735, %v1092 : f32, !llvm.ptr<3>
        %v1094 = arith.addi %v1093, %v12 : i64
        %v1095 = arith.divui %v1094, %v51 : i64
        %v1096 = arith.remui %v1094, %v51 : i64
        %v1097 = arith.muli %v1095, %v62 : i64
        %v1098 = arith.addi %v1097, %v1096 : i64
        %v1099 = llvm.getelementptr %v5[%v1098] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v748, %v1099 : f32, !llvm.ptr<3>
        %v1101 = arith.addi %v1100, %v12 : i64
        %v1102 = arith.divui %v1101, %v51 : i64
        %v1103 = arith.remui %v1101, %v51 : i64
        %v1104 = arith.muli %v1102, %v62 : i64
        %v1105 = arith.addi %v1104, %v1103 : i64
        %v1106 = llvm.getelementptr %v5[%v1105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v761, %v1106 : f32, !llvm.ptr<3>
        %v1108 = arith.addi %v1107, %v12 : i64
        %v1109 = arith.divui %v1108, %v51 : i64
        %v1110 = arith.remui %v1108, %v51 : i64
        %v1111 = arith.muli %v1109, %v62 : i64
        %v1112 = arith.addi %v1111, %v1110 : i64
        %v1113 = llvm.getelementptr %v5[%v1112] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v774, %v1113 : f32, !llvm.ptr<3>
        %v1115 = arith.addi %v1114, %v12 : i64
        %v1116 = arith.divui %v1115, %v51 : i64
        %v1117 = arith.remui %v1115, %v51 : i64
        %v1118 = arith.muli %v1116, %v62 : i64
        %v1119 = arith.addi %v1118, %v1117 : i64
        %v1120 = llvm.getelementptr %v5[%v1119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v787, %v1120 : f32, !llvm.ptr<3>
        %v1122 = arith.addi %v1121, %v12 : i64
        %v1123 = arith.divui %v1122, %v51 : i64
        %v1124 = arith.remui %v1122, %v51 : i64
        %v1125 = arith.muli %v1123, %v62 : i64
        %v1126 = arith.addi %v1125, %v1124 : i64
        %v1127 = llvm.getelementptr %v5[%v1126] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v800, %v1127 : f32, !llvm.ptr<3>
        %v1129 = arith.addi %v1128, %v12 : i64
        %v1130 = arith.divui %v1129, %v51 : i64
        %v1131 = arith.remui %v1129, %v51 : i64
        %v1132 = arith.muli %v1130, %v62 : i64
        %v1133 = arith.addi %v1132, %v1131 : i64
        %v1134 = llvm.getelementptr %v5[%v1133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v813, %v1134 : f32, !llvm.ptr<3>
        %v1136 = arith.addi %v1135, %v12 : i64
        %v1137 = arith.divui %v1136, %v51 : i64
        %v1138 = arith.remui %v1136, %v51 : i64
        %v1139 = arith.muli %v1137, %v62 : i64
        %v1140 = arith.addi %v1139, %v1138 : i64
        %v1141 = llvm.getelementptr %v5[%v1140] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v826, %v1141 : f32, !llvm.ptr<3>
        %v1143 = arith.addi %v1142, %v12 : i64
        %v1144 = arith.divui %v1143, %v51 : i64
        %v1145 = arith.remui %v1143, %v51 : i64
        %v1146 = arith.muli %v1144, %v62 : i64
        %v1147 = arith.addi %v1146, %v1145 : i64
        %v1148 = llvm.getelementptr %v5[%v1147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v839, %v1148 : f32, !llvm.ptr<3>
        %v1150 = arith.addi %v1149, %v12 : i64
        %v1151 = arith.divui %v1150, %v51 : i64
        %v1152 = arith.remui %v1150, %v51 : i64
        %v1153 = arith.muli %v1151, %v62 : i64
        %v1154 = arith.addi %v1153, %v1152 : i64
        %v1155 = llvm.getelementptr %v5[%v1154] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v852, %v1155 : f32, !llvm.ptr<3>
        %v1157 = arith.addi %v1156, %v12 : i64
        %v1158 = arith.divui %v1157, %v51 : i64
        %v1159 = arith.remui %v1157, %v51 : i64
        %v1160 = arith.muli %v1158, %v62 : i64
        %v1161 = arith.addi %v1160, %v1159 : i64
        %v1162 = llvm.getelementptr %v5[%v1161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v865, %v1162 : f32, !llvm.ptr<3>
        %v1164 = arith.addi %v1163, %v12 : i64
        %v1165 = arith.divui %v1164, %v51 : i64
        %v1166 = arith.remui %v1164, %v51 : i64
        %v1167 = arith.muli %v1165, %v62 : i64
        %v1168 = arith.addi %v1167, %v1166 : i64
        %v1169 = llvm.getelementptr %v5[%v1168] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v878, %v1169 : f32, !llvm.ptr<3>
        %v1171 = arith.addi %v1170, %v12 : i64
        %v1172 = arith.divui %v1171, %v51 : i64
        %v1173 = arith.remui %v1171, %v51 : i64
        %v1174 = arith.muli %v1172, %v62 : i64
        %v1175 = arith.addi %v1174, %v1173 : i64
        %v1176 = llvm.getelementptr %v5[%v1175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v891, %v1176 : f32, !llvm.ptr<3>
        %v1178 = arith.addi %v1177, %v12 : i64
        %v1179 = arith.divui %v1178, %v51 : i64
        %v1180 = arith.remui %v1178, %v51 : i64
        %v1181 = arith.muli %v1179, %v62 : i64
        %v1182 = arith.addi %v1181, %v1180 : i64
        %v1183 = llvm.getelementptr %v5[%v1182] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v904, %v1183 : f32, !llvm.ptr<3>
        %v1185 = arith.addi %v1184, %v12 : i64
        %v1186 = arith.divui %v1185, %v51 : i64
        %v1187 = arith.remui %v1185, %v51 : i64
        %v1188 = arith.muli %v1186, %v62 : i64
        %v1189 = arith.addi %v1188, %v1187 : i64
        %v1190 = llvm.getelementptr %v5[%v1189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v917, %v1190 : f32, !llvm.ptr<3>
        %v1192 = arith.addi %v1191, %v12 : i64
        %v1193 = arith.divui %v1192, %v51 : i64
        %v1194 = arith.remui %v1192, %v51 : i64
        %v1195 = arith.muli %v1193, %v62 : i64
        %v1196 = arith.addi %v1195, %v1194 : i64
        %v1197 = llvm.getelementptr %v5[%v1196] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v930, %v1197 : f32, !llvm.ptr<3>
        %v1199 = arith.addi %v1198, %v12 : i64
        %v1200 = arith.divui %v1199, %v51 : i64
        %v1201 = arith.remui %v1199, %v51 : i64
        %v1202 = arith.muli %v1200, %v62 : i64
        %v1203 = arith.addi %v1202, %v1201 : i64
        %v1204 = llvm.getelementptr %v5[%v1203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v943, %v1204 : f32, !llvm.ptr<3>
        %v1206 = arith.addi %v1205, %v12 : i64
        %v1207 = arith.divui %v1206, %v51 : i64
        %v1208 = arith.remui %v1206, %v51 : i64
        %v1209 = arith.muli %v1207, %v62 : i64
        %v1210 = arith.addi %v1209, %v1208 : i64
        %v1211 = llvm.getelementptr %v5[%v1210] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v956, %v1211 : f32, !llvm.ptr<3>
        %v1213 = arith.addi %v1212, %v12 : i64
        %v1214 = arith.divui %v1213, %v51 : i64
        %v1215 = arith.remui %v1213, %v51 : i64
        %v1216 = arith.muli %v1214, %v62 : i64
        %v1217 = arith.addi %v1216, %v1215 : i64
        %v1218 = llvm.getelementptr %v5[%v1217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v969, %v1218 : f32, !llvm.ptr<3>
        %v1219 = arith.divui %v12, %v51 : i64
        %v1220 = arith.remui %v12, %v51 : i64
        %v1221 = arith.constant true
        %v1222 = arith.addi %v14, %v1219 : i64
        %v1223 = llvm.getelementptr %v4[%v1222] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1224 = llvm.load %v1223 : !llvm.ptr<3> -> i64
        %v1225 = arith.addi %v536, %v1220 : i64
        %v1226 = arith.cmpi slt, %v1225, %v50 : i64
        %v1227 = arith.subi %size_L, %v1 : i64
        %v1228 = arith.minsi %v1225, %v1227 : i64
        %v1229 = arith.addi %v1224, %v1228 : i64
        %v1230 = arith.muli %v1222, %v62 : i64
        %v1231 = arith.addi %v1230, %v1220 : i64
        %v1232 = arith.cmpi sge, %v1224, %v29 : i64
        %v1233 = arith.andi %v1226, %v1232 : i1
        %v1234 = arith.andi %v1233, %v1221 : i1
        %v1235 = llvm.getelementptr %v5[%v1231] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1236 = llvm.load %v1235 : !llvm.ptr<3> -> f32
        %v1237 = arith.addi %v1219, %v67 : i64
        %v1238 = arith.constant true
        %v1239 = arith.addi %v14, %v1237 : i64
        %v1240 = llvm.getelementptr %v4[%v1239] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1241 = llvm.load %v1240 : !llvm.ptr<3> -> i64
        %v1242 = arith.addi %v536, %v1220 : i64
        %v1243 = arith.cmpi slt, %v1242, %v50 : i64
        %v1244 = arith.subi %size_L, %v1 : i64
        %v1245 = arith.minsi %v1242, %v1244 : i64
        %v1246 = arith.addi %v1241, %v1245 : i64
        %v1247 = arith.muli %v1239, %v62 : i64
        %v1248 = arith.addi %v1247, %v1220 : i64
        %v1249 = arith.cmpi sge, %v1241, %v29 : i64
        %v1250 = arith.andi %v1243, %v1249 : i1
        %v1251 = arith.andi %v1250, %v1238 : i1
        %v1252 = llvm.getelementptr %v5[%v1248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1253 = llvm.load %v1252 : !llvm.ptr<3> -> f32
        %v1254 = arith.addi %v1219, %v81 : i64
        %v1255 = arith.constant true
        %v1256 = arith.addi %v14, %v1254 : i64
        %v1257 = llvm.getelementptr %v4[%v1256] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1258 = llvm.load %v1257 : !llvm.ptr<3> -> i64
        %v1259 = arith.addi %v536, %v1220 : i64
        %v1260 = arith.cmpi slt, %v1259, %v50 : i64
        %v1261 = arith.subi %size_L, %v1 : i64
        %v1262 = arith.minsi %v1259, %v1261 : i64
        %v1263 = arith.addi %v1258, %v1262 : i64
        %v1264 = arith.muli %v1256, %v62 : i64
        %v1265 = arith.addi %v1264, %v1220 : i64
        %v1266 = arith.cmpi sge, %v1258, %v29 : i64
        %v1267 = arith.andi %v1260, %v1266 : i1
        %v1268 = arith.andi %v1267, %v1255 : i1
        %v1269 = llvm.getelementptr %v5[%v1265] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1270 = llvm.load %v1269 : !llvm.ptr<3> -> f32
        %v1271 = arith.addi %v1219, %v95 : i64
        %v1272 = arith.constant true
        %v1273 = arith.addi %v14, %v1271 : i64
        %v1274 = llvm.getelementptr %v4[%v1273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1275 = llvm.load %v1274 : !llvm.ptr<3> -> i64
        %v1276 = arith.addi %v536, %v1220 : i64
        %v1277 = arith.cmpi slt, %v1276, %v50 : i64
        %v1278 = arith.subi %size_L, %v1 : i64
        %v1279 = arith.minsi %v1276, %v1278 : i64
        %v1280 = arith.addi %v1275, %v1279 : i64
        %v1281 = arith.muli %v1273, %v62 : i64
        %v1282 = arith.addi %v1281, %v1220 : i64
        %v1283 = arith.cmpi sge, %v1275, %v29 : i64
        %v1284 = arith.andi %v1277, %v1283 : i1
        %v1285 = arith.andi %v1284, %v1272 : i1
        %v1286 = llvm.getelementptr %v5[%v1282] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1287 = llvm.load %v1286 : !llvm.ptr<3> -> f32
        %v1288 = arith.addi %v1219, %v109 : i64
        %v1289 = arith.constant true
        %v1290 = arith.addi %v14, %v1288 : i64
        %v1291 = llvm.getelementptr %v4[%v1290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1292 = llvm.load %v1291 : !llvm.ptr<3> -> i64
        %v1293 = arith.addi %v536, %v1220 : i64
        %v1294 = arith.cmpi slt, %v1293, %v50 : i64
        %v1295 = arith.subi %size_L, %v1 : i64
        %v1296 = arith.minsi %v1293, %v1295 : i64
        %v1297 = arith.addi %v1292, %v1296 : i64
        %v1298 = arith.muli %v1290, %v62 : i64
        %v1299 = arith.addi %v1298, %v1220 : i64
        %v1300 = arith.cmpi sge, %v1292, %v29 : i64
        %v1301 = arith.andi %v1294, %v1300 : i1
        %v1302 = arith.andi %v1301, %v1289 : i1
        %v1303 = llvm.getelementptr %v5[%v1299] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1304 = llvm.load %v1303 : !llvm.ptr<3> -> f32
        %v1305 = arith.addi %v1219, %v123 : i64
        %v1306 = arith.constant true
        %v1307 = arith.addi %v14, %v1305 : i64
        %v1308 = llvm.getelementptr %v4[%v1307] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1309 = llvm.load %v1308 : !llvm.ptr<3> -> i64
        %v1310 = arith.addi %v536, %v1220 : i64
        %v1311 = arith.cmpi slt, %v1310, %v50 : i64
        %v1312 = arith.subi %size_L, %v1 : i64
        %v1313 = arith.minsi %v1310, %v1312 : i64
        %v1314 = arith.addi %v1309, %v1313 : i64
        %v1315 = arith.muli %v1307, %v62 : i64
        %v1316 = arith.addi %v1315, %v1220 : i64
        %v1317 = arith.cmpi sge, %v1309, %v29 : i64
        %v1318 = arith.andi %v1311, %v1317 : i1
        %v1319 = arith.andi %v1318, %v1306 : i1
        %v1320 = llvm.getelementptr %v5[%v1316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1321 = llvm.load %v1320 : !llvm.ptr<3> -> f32
        %v1322 = arith.addi %v1219, %v137 : i64
        %v1323 = arith.constant true
        %v1324 = arith.addi %v14, %v1322 : i64
        %v1325 = llvm.getelementptr %v4[%v1324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1326 = llvm.load %v1325 : !llvm.ptr<3> -> i64
        %v1327 = arith.addi %v536, %v1220 : i64
        %v1328 = arith.cmpi slt, %v1327, %v50 : i64
        %v1329 = arith.subi %size_L, %v1 : i64
        %v1330 = arith.minsi %v1327, %v1329 : i64
        %v1331 = arith.addi %v1326, %v1330 : i64
        %v1332 = arith.muli %v1324, %v62 : i64
        %v1333 = arith.addi %v1332, %v1220 : i64
        %v1334 = arith.cmpi sge, %v1326, %v29 : i64
        %v1335 = arith.andi %v1328, %v1334 : i1
        %v1336 = arith.andi %v1335, %v1323 : i1
        %v1337 = llvm.getelementptr %v5[%v1333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1338 = llvm.load %v1337 : !llvm.ptr<3> -> f32
        %v1339 = arith.addi %v1219, %v151 : i64
        %v1340 = arith.constant true
        %v1341 = arith.addi %v14, %v1339 : i64
        %v1342 = llvm.getelementptr %v4[%v1341] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1343 = llvm.load %v1342 : !llvm.ptr<3> -> i64
        %v1344 = arith.addi %v536, %v1220 : i64
        %v1345 = arith.cmpi slt, %v1344, %v50 : i64
        %v1346 = arith.subi %size_L, %v1 : i64
        %v1347 = arith.minsi %v1344, %v1346 : i64
        %v1348 = arith.addi %v1343, %v1347 : i64
        %v1349 = arith.muli %v1341, %v62 : i64
        %v1350 = arith.addi %v1349, %v1220 : i64
        %v1351 = arith.cmpi sge, %v1343, %v29 : i64
        %v1352 = arith.andi %v1345, %v1351 : i1
        %v1353 = arith.andi %v1352, %v1340 : i1
        %v1354 = llvm.getelementptr %v5[%v1350] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1355 = llvm.load %v1354 : !llvm.ptr<3> -> f32
        %v1356 = arith.addi %v1219, %v165 : i64
        %v1357 = arith.constant true
        %v1358 = arith.addi %v14, %v1356 : i64
        %v1359 = llvm.getelementptr %v4[%v1358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1360 = llvm.load %v1359 : !llvm.ptr<3> -> i64
        %v1361 = arith.addi %v536, %v1220 : i64
        %v1362 = arith.cmpi slt, %v1361, %v50 : i64
        %v1363 = arith.subi %size_L, %v1 : i64
        %v1364 = arith.minsi %v1361, %v1363 : i64
        %v1365 = arith.addi %v1360, %v1364 : i64
        %v1366 = arith.muli %v1358, %v62 : i64
        %v1367 = arith.addi %v1366, %v1220 : i64
        %v1368 = arith.cmpi sge, %v1360, %v29 : i64
        %v1369 = arith.andi %v1362, %v1368 : i1
        %v1370 = arith.andi %v1369, %v1357 : i1
        %v1371 = llvm.getelementptr %v5[%v1367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1372 = llvm.load %v1371 : !llvm.ptr<3> -> f32
        %v1373 = arith.addi %v1219, %v179 : i64
        %v1374 = arith.constant true
        %v1375 = arith.addi %v14, %v1373 : i64
        %v1376 = llvm.getelementptr %v4[%v1375] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1377 = llvm.load %v1376 : !llvm.ptr<3> -> i64
        %v1378 = arith.addi %v536, %v1220 : i64
        %v1379 = arith.cmpi slt, %v1378, %v50 : i64
        %v1380 = arith.subi %size_L, %v1 : i64
        %v1381 = arith.minsi %v1378, %v1380 : i64
        %v1382 = arith.addi %v1377, %v1381 : i64
        %v1383 = arith.muli %v1375, %v62 : i64
        %v1384 = arith.addi %v1383, %v1220 : i64
        %v1385 = arith.cmpi sge, %v1377, %v29 : i64
        %v1386 = arith.andi %v1379, %v1385 : i1
        %v1387 = arith.andi %v1386, %v1374 : i1
        %v1388 = llvm.getelementptr %v5[%v1384] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1389 = llvm.load %v1388 : !llvm.ptr<3> -> f32
        %v1390 = arith.addi %v1219, %v193 : i64
        %v1391 = arith.constant true
        %v1392 = arith.addi %v14, %v1390 : i64
        %v1393 = llvm.getelementptr %v4[%v1392] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1394 = llvm.load %v1393 : !llvm.ptr<3> -> i64
        %v1395 = arith.addi %v536, %v1220 : i64
        %v1396 = arith.cmpi slt, %v1395, %v50 : i64
        %v1397 = arith.subi %size_L, %v1 : i64
        %v1398 = arith.minsi %v1395, %v1397 : i64
        %v1399 = arith.addi %v1394, %v1398 : i64
        %v1400 = arith.muli %v1392, %v62 : i64
        %v1401 = arith.addi %v1400, %v1220 : i64
        %v1402 = arith.cmpi sge, %v1394, %v29 : i64
        %v1403 = arith.andi %v1396, %v1402 : i1
        %v1404 = arith.andi %v1403, %v1391 : i1
        %v1405 = llvm.getelementptr %v5[%v1401] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1406 = llvm.load %v1405 : !llvm.ptr<3> -> f32
        %v1407 = arith.addi %v1219, %v207 : i64
        %v1408 = arith.constant true
        %v1409 = arith.addi %v14, %v1407 : i64
        %v1410 = llvm.getelementptr %v4[%v1409] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1411 = llvm.load %v1410 : !llvm.ptr<3> -> i64
        %v1412 = arith.addi %v536, %v1220 : i64
        %v1413 = arith.cmpi slt, %v1412, %v50 : i64
        %v1414 = arith.subi %size_L, %v1 : i64
        %v1415 = arith.minsi %v1412, %v1414 : i64
        %v1416 = arith.addi %v1411, %v1415 : i64
        %v1417 = arith.muli %v1409, %v62 : i64
        %v1418 = arith.addi %v1417, %v1220 : i64
        %v1419 = arith.cmpi sge, %v1411, %v29 : i64
        %v1420 = arith.andi %v1413, %v1419 : i1
        %v1421 = arith.andi %v1420, %v1408 : i1
        %v1422 = llvm.getelementptr %v5[%v1418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1423 = llvm.load %v1422 : !llvm.ptr<3> -> f32
        %v1424 = arith.addi %v1219, %v221 : i64
        %v1425 = arith.constant true
        %v1426 = arith.addi %v14, %v1424 : i64
        %v1427 = llvm.getelementptr %v4[%v1426] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1428 = llvm.load %v1427 : !llvm.ptr<3> -> i64
        %v1429 = arith.addi %v536, %v1220 : i64
        %v1430 = arith.cmpi slt, %v1429, %v50 : i64
        %v1431 = arith.subi %size_L, %v1 : i64
        %v1432 = arith.minsi %v1429, %v1431 : i64
        %v1433 = arith.addi %v1428, %v1432 : i64
        %v1434 = arith.muli %v1426, %v62 : i64
        %v1435 = arith.addi %v1434, %v1220 : i64
        %v1436 = arith.cmpi sge, %v1428, %v29 : i64
        %v1437 = arith.andi %v1430, %v1436 : i1
        %v1438 = arith.andi %v1437, %v1425 : i1
        %v1439 = llvm.getelementptr %v5[%v1435] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1440 = llvm.load %v1439 : !llvm.ptr<3> -> f32
        %v1441 = arith.addi %v1219, %v235 : i64
        %v1442 = arith.constant true
        %v1443 = arith.addi %v14, %v1441 : i64
        %v1444 = llvm.getelementptr %v4[%v1443] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1445 = llvm.load %v1444 : !llvm.ptr<3> -> i64
        %v1446 = arith.addi %v536, %v1220 : i64
        %v1447 = arith.cmpi slt, %v1446, %v50 : i64
        %v1448 = arith.subi %size_L, %v1 : i64
        %v1449 = arith.minsi %v1446, %v1448 : i64
        %v1450 = arith.addi %v1445, %v1449 : i64
        %v1451 = arith.muli %v1443, %v62 : i64
        %v1452 = arith.addi %v1451, %v1220 : i64
        %v1453 = arith.cmpi sge, %v1445, %v29 : i64
        %v1454 = arith.andi %v1447, %v1453 : i1
        %v1455 = arith.andi %v1454, %v1442 : i1
        %v1456 = llvm.getelementptr %v5[%v1452] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1457 = llvm.load %v1456 : !llvm.ptr<3> -> f32
        %v1458 = arith.addi %v1219, %v249 : i64
        %v1459 = arith.constant true
        %v1460 = arith.addi %v14, %v1458 : i64
        %v1461 = llvm.getelementptr %v4[%v1460] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1462 = llvm.load %v1461 : !llvm.ptr<3> -> i64
        %v1463 = arith.addi %v536, %v1220 : i64
        %v1464 = arith.cmpi slt, %v1463, %v50 : i64
        %v1465 = arith.subi %size_L, %v1 : i64
        %v1466 = arith.minsi %v1463, %v1465 : i64
        %v1467 = arith.addi %v1462, %v1466 : i64
        %v1468 = arith.muli %v1460, %v62 : i64
        %v1469 = arith.addi %v1468, %v1220 : i64
        %v1470 = arith.cmpi sge, %v1462, %v29 : i64
        %v1471 = arith.andi %v1464, %v1470 : i1
        %v1472 = arith.andi %v1471, %v1459 : i1
        %v1473 = llvm.getelementptr %v5[%v1469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1474 = llvm.load %v1473 : !llvm.ptr<3> -> f32
        %v1475 = arith.addi %v1219, %v263 : i64
        %v1476 = arith.constant true
        %v1477 = arith.addi %v14, %v1475 : i64
        %v1478 = llvm.getelementptr %v4[%v1477] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1479 = llvm.load %v1478 : !llvm.ptr<3> -> i64
        %v1480 = arith.addi %v536, %v1220 : i64
        %v1481 = arith.cmpi slt, %v1480, %v50 : i64
        %v1482 = arith.subi %size_L, %v1 : i64
        %v1483 = arith.minsi %v1480, %v1482 : i64
        %v1484 = arith.addi %v1479, %v1483 : i64
        %v1485 = arith.muli %v1477, %v62 : i64
        %v1486 = arith.addi %v1485, %v1220 : i64
        %v1487 = arith.cmpi sge, %v1479, %v29 : i64
        %v1488 = arith.andi %v1481, %v1487 : i1
        %v1489 = arith.andi %v1488, %v1476 : i1
        %v1490 = llvm.getelementptr %v5[%v1486] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1491 = llvm.load %v1490 : !llvm.ptr<3> -> f32
        %v1492 = arith.addi %v1219, %v51 : i64
        %v1493 = arith.constant true
        %v1494 = arith.addi %v14, %v1492 : i64
        %v1495 = llvm.getelementptr %v4[%v1494] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1496 = llvm.load %v1495 : !llvm.ptr<3> -> i64
        %v1497 = arith.addi %v536, %v1220 : i64
        %v1498 = arith.cmpi slt, %v1497, %v50 : i64
        %v1499 = arith.subi %size_L, %v1 : i64
        %v1500 = arith.minsi %v1497, %v1499 : i64
        %v1501 = arith.addi %v1496, %v1500 : i64
        %v1502 = arith.muli %v1494, %v62 : i64
        %v1503 = arith.addi %v1502, %v1220 : i64
        %v1504 = arith.cmpi sge, %v1496, %v29 : i64
        %v1505 = arith.andi %v1498, %v1504 : i1
        %v1506 = arith.andi %v1505, %v1493 : i1
        %v1507 = llvm.getelementptr %v5[%v1503] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1508 = llvm.load %v1507 : !llvm.ptr<3> -> f32
        %v1509 = arith.addi %v1219, %v290 : i64
        %v1510 = arith.constant true
        %v1511 = arith.addi %v14, %v1509 : i64
        %v1512 = llvm.getelementptr %v4[%v1511] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1513 = llvm.load %v1512 : !llvm.ptr<3> -> i64
        %v1514 = arith.addi %v536, %v1220 : i64
        %v1515 = arith.cmpi slt, %v1514, %v50 : i64
        %v1516 = arith.subi %size_L, %v1 : i64
        %v1517 = arith.minsi %v1514, %v1516 : i64
        %v1518 = arith.addi %v1513, %v1517 : i64
        %v1519 = arith.muli %v1511, %v62 : i64
        %v1520 = arith.addi %v1519, %v1220 : i64
        %v1521 = arith.cmpi sge, %v1513, %v29 : i64
        %v1522 = arith.andi %v1515, %v1521 : i1
        %v1523 = arith.andi %v1522, %v1510 : i1
        %v1524 = llvm.getelementptr %v5[%v1520] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1525 = llvm.load %v1524 : !llvm.ptr<3> -> f32
        %v1526 = arith.addi %v1219, %v304 : i64
        %v1527 = arith.constant true
        %v1528 = arith.addi %v14, %v1526 : i64
        %v1529 = llvm.getelementptr %v4[%v1528] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1530 = llvm.load %v1529 : !llvm.ptr<3> -> i64
        %v1531 = arith.addi %v536, %v1220 : i64
        %v1532 = arith.cmpi slt, %v1531, %v50 : i64
        %v1533 = arith.subi %size_L, %v1 : i64
        %v1534 = arith.minsi %v1531, %v1533 : i64
        %v1535 = arith.addi %v1530, %v1534 : i64
        %v1536 = arith.muli %v1528, %v62 : i64
        %v1537 = arith.addi %v1536, %v1220 : i64
        %v1538 = arith.cmpi sge, %v1530, %v29 : i64
        %v1539 = arith.andi %v1532, %v1538 : i1
        %v1540 = arith.andi %v1539, %v1527 : i1
        %v1541 = llvm.getelementptr %v5[%v1537] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1542 = llvm.load %v1541 : !llvm.ptr<3> -> f32
        %v1543 = arith.addi %v1219, %v318 : i64
        %v1544 = arith.constant true
        %v1545 = arith.addi %v14, %v1543 : i64
        %v1546 = llvm.getelementptr %v4[%v1545] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1547 = llvm.load %v1546 : !llvm.ptr<3> -> i64
        %v1548 = arith.addi %v536, %v1220 : i64
        %v1549 = arith.cmpi slt, %v1548, %v50 : i64
        %v1550 = arith.subi %size_L, %v1 : i64
        %v1551 = arith.minsi %v1548, %v1550 : i64
        %v1552 = arith.addi %v1547, %v1551 : i64
        %v1553 = arith.muli %v1545, %v62 : i64
        %v1554 = arith.addi %v1553, %v1220 : i64
        %v1555 = arith.cmpi sge, %v1547, %v29 : i64
        %v1556 = arith.andi %v1549, %v1555 : i1
        %v1557 = arith.andi %v1556, %v1544 : i1
        %v1558 = llvm.getelementptr %v5[%v1554] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1559 = llvm.load %v1558 : !llvm.ptr<3> -> f32
        %v1560 = arith.addi %v1219, %v332 : i64
        %v1561 = arith.constant true
        %v1562 = arith.addi %v14, %v1560 : i64
        %v1563 = llvm.getelementptr %v4[%v1562] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1564 = llvm.load %v1563 : !llvm.ptr<3> -> i64
        %v1565 = arith.addi %v536, %v1220 : i64
        %v1566 = arith.cmpi slt, %v1565, %v50 : i64
        %v1567 = arith.subi %size_L, %v1 : i64
        %v1568 = arith.minsi %v1565, %v1567 : i64
        %v1569 = arith.addi %v1564, %v1568 : i64
        %v1570 = arith.muli %v1562, %v62 : i64
        %v1571 = arith.addi %v1570, %v1220 : i64
        %v1572 = arith.cmpi sge, %v1564, %v29 : i64
        %v1573 = arith.andi %v1566, %v1572 : i1
        %v1574 = arith.andi %v1573, %v1561 : i1
        %v1575 = llvm.getelementptr %v5[%v1571] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1576 = llvm.load %v1575 : !llvm.ptr<3> -> f32
        %v1577 = arith.addi %v1219, %v346 : i64
        %v1578 = arith.constant true
        %v1579 = arith.addi %v14, %v1577 : i64
        %v1580 = llvm.getelementptr %v4[%v1579] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1581 = llvm.load %v1580 : !llvm.ptr<3> -> i64
        %v1582 = arith.addi %v536, %v1220 : i64
        %v1583 = arith.cmpi slt, %v1582, %v50 : i64
        %v1584 = arith.subi %size_L, %v1 : i64
        %v1585 = arith.minsi %v1582, %v1584 : i64
        %v1586 = arith.addi %v1581, %v1585 : i64
        %v1587 = arith.muli %v1579, %v62 : i64
        %v1588 = arith.addi %v1587, %v1220 : i64
        %v1589 = arith.cmpi sge, %v1581, %v29 : i64
        %v1590 = arith.andi %v1583, %v1589 : i1
        %v1591 = arith.andi %v1590, %v1578 : i1
        %v1592 = llvm.getelementptr %v5[%v1588] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1593 = llvm.load %v1592 : !llvm.ptr<3> -> f32
        %v1594 = arith.addi %v1219, %v360 : i64
        %v1595 = arith.constant true
        %v1596 = arith.addi %v14, %v1594 : i64
        %v1597 = llvm.getelementptr %v4[%v1596] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1598 = llvm.load %v1597 : !llvm.ptr<3> -> i64
        %v1599 = arith.addi %v536, %v1220 : i64
        %v1600 = arith.cmpi slt, %v1599, %v50 : i64
        %v1601 = arith.subi %size_L, %v1 : i64
        %v1602 = arith.minsi %v1599, %v1601 : i64
        %v1603 = arith.addi %v1598, %v1602 : i64
        %v1604 = arith.muli %v1596, %v62 : i64
        %v1605 = arith.addi %v1604, %v1220 : i64
        %v1606 = arith.cmpi sge, %v1598, %v29 : i64
        %v1607 = arith.andi %v1600, %v1606 : i1
        %v1608 = arith.andi %v1607, %v1595 : i1
        %v1609 = llvm.getelementptr %v5[%v1605] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1610 = llvm.load %v1609 : !llvm.ptr<3> -> f32
        %v1611 = arith.addi %v1219, %v374 : i64
        %v1612 = arith.constant true
        %v1613 = arith.addi %v14, %v1611 : i64
        %v1614 = llvm.getelementptr %v4[%v1613] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1615 = llvm.load %v1614 : !llvm.ptr<3> -> i64
        %v1616 = arith.addi %v536, %v1220 : i64
        %v1617 = arith.cmpi slt, %v1616, %v50 : i64
        %v1618 = arith.subi %size_L, %v1 : i64
        %v1619 = arith.minsi %v1616, %v1618 : i64
        %v1620 = arith.addi %v1615, %v1619 : i64
        %v1621 = arith.muli %v1613, %v62 : i64
        %v1622 = arith.addi %v1621, %v1220 : i64
        %v1623 = arith.cmpi sge, %v1615, %v29 : i64
        %v1624 = arith.andi %v1617, %v1623 : i1
        %v1625 = arith.andi %v1624, %v1612 : i1
        %v1626 = llvm.getelementptr %v5[%v1622] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1627 = llvm.load %v1626 : !llvm.ptr<3> -> f32
        %v1628 = arith.addi %v1219, %v388 : i64
        %v1629 = arith.constant true
        %v1630 = arith.addi %v14, %v1628 : i64
        %v1631 = llvm.getelementptr %v4[%v1630] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1632 = llvm.load %v1631 : !llvm.ptr<3> -> i64
        %v1633 = arith.addi %v536, %v1220 : i64
        %v1634 = arith.cmpi slt, %v1633, %v50 : i64
        %v1635 = arith.subi %size_L, %v1 : i64
        %v1636 = arith.minsi %v1633, %v1635 : i64
        %v1637 = arith.addi %v1632, %v1636 : i64
        %v1638 = arith.muli %v1630, %v62 : i64
        %v1639 = arith.addi %v1638, %v1220 : i64
        %v1640 = arith.cmpi sge, %v1632, %v29 : i64
        %v1641 = arith.andi %v1634, %v1640 : i1
        %v1642 = arith.andi %v1641, %v1629 : i1
        %v1643 = llvm.getelementptr %v5[%v1639] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1644 = llvm.load %v1643 : !llvm.ptr<3> -> f32
        %v1645 = arith.addi %v1219, %v402 : i64
        %v1646 = arith.constant true
        %v1647 = arith.addi %v14, %v1645 : i64
        %v1648 = llvm.getelementptr %v4[%v1647] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1649 = llvm.load %v1648 : !llvm.ptr<3> -> i64
        %v1650 = arith.addi %v536, %v1220 : i64
        %v1651 = arith.cmpi slt, %v1650, %v50 : i64
        %v1652 = arith.subi %size_L, %v1 : i64
        %v1653 = arith.minsi %v1650, %v1652 : i64
        %v1654 = arith.addi %v1649, %v1653 : i64
        %v1655 = arith.muli %v1647, %v62 : i64
        %v1656 = arith.addi %v1655, %v1220 : i64
        %v1657 = arith.cmpi sge, %v1649, %v29 : i64
        %v1658 = arith.andi %v1651, %v1657 : i1
        %v1659 = arith.andi %v1658, %v1646 : i1
        %v1660 = llvm.getelementptr %v5[%v1656] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1661 = llvm.load %v1660 : !llvm.ptr<3> -> f32
        %v1662 = arith.addi %v1219, %v416 : i64
        %v1663 = arith.constant true
        %v1664 = arith.addi %v14, %v1662 : i64
        %v1665 = llvm.getelementptr %v4[%v1664] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1666 = llvm.load %v1665 : !llvm.ptr<3> -> i64
        %v1667 = arith.addi %v536, %v1220 : i64
        %v1668 = arith.cmpi slt, %v1667, %v50 : i64
        %v1669 = arith.subi %size_L, %v1 : i64
        %v1670 = arith.minsi %v1667, %v1669 : i64
        %v1671 = arith.addi %v1666, %v1670 : i64
        %v1672 = arith.muli %v1664, %v62 : i64
        %v1673 = arith.addi %v1672, %v1220 : i64
        %v1674 = arith.cmpi sge, %v1666, %v29 : i64
        %v1675 = arith.andi %v1668, %v1674 : i1
        %v1676 = arith.andi %v1675, %v1663 : i1
        %v1677 = llvm.getelementptr %v5[%v1673] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1678 = llvm.load %v1677 : !llvm.ptr<3> -> f32
        %v1679 = arith.addi %v1219, %v430 : i64
        %v1680 = arith.constant true
        %v1681 = arith.addi %v14, %v1679 : i64
        %v1682 = llvm.getelementptr %v4[%v1681] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1683 = llvm.load %v1682 : !llvm.ptr<3> -> i64
        %v1684 = arith.addi %v536, %v1220 : i64
        %v1685 = arith.cmpi slt, %v1684, %v50 : i64
        %v1686 = arith.subi %size_L, %v1 : i64
        %v1687 = arith.minsi %v1684, %v1686 : i64
        %v1688 = arith.addi %v1683, %v1687 : i64
        %v1689 = arith.muli %v1681, %v62 : i64
        %v1690 = arith.addi %v1689, %v1220 : i64
        %v1691 = arith.cmpi sge, %v1683, %v29 : i64
        %v1692 = arith.andi %v1685, %v1691 : i1
        %v1693 = arith.andi %v1692, %v1680 : i1
        %v1694 = llvm.getelementptr %v5[%v1690] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1695 = llvm.load %v1694 : !llvm.ptr<3> -> f32
        %v1696 = arith.addi %v1219, %v444 : i64
        %v1697 = arith.constant true
        %v1698 = arith.addi %v14, %v1696 : i64
        %v1699 = llvm.getelementptr %v4[%v1698] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1700 = llvm.load %v1699 : !llvm.ptr<3> -> i64
        %v1701 = arith.addi %v536, %v1220 : i64
        %v1702 = arith.cmpi slt, %v1701, %v50 : i64
        %v1703 = arith.subi %size_L, %v1 : i64
        %v1704 = arith.minsi %v1701, %v1703 : i64
        %v1705 = arith.addi %v1700, %v1704 : i64
        %v1706 = arith.muli %v1698, %v62 : i64
        %v1707 = arith.addi %v1706, %v1220 : i64
        %v1708 = arith.cmpi sge, %v1700, %v29 : i64
        %v1709 = arith.andi %v1702, %v1708 : i1
        %v1710 = arith.andi %v1709, %v1697 : i1
        %v1711 = llvm.getelementptr %v5[%v1707] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1712 = llvm.load %v1711 : !llvm.ptr<3> -> f32
        %v1713 = arith.addi %v1219, %v458 : i64
        %v1714 = arith.constant true
        %v1715 = arith.addi %v14, %v1713 : i64
        %v1716 = llvm.getelementptr %v4[%v1715] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1717 = llvm.load %v1716 : !llvm.ptr<3> -> i64
        %v1718 = arith.addi %v536, %v1220 : i64
        %v1719 = arith.cmpi slt, %v1718, %v50 : i64
        %v1720 = arith.subi %size_L, %v1 : i64
        %v1721 = arith.minsi %v1718, %v1720 : i64
        %v1722 = arith.addi %v1717, %v1721 : i64
        %v1723 = arith.muli %v1715, %v62 : i64
        %v1724 = arith.addi %v1723, %v1220 : i64
        %v1725 = arith.cmpi sge, %v1717, %v29 : i64
        %v1726 = arith.andi %v1719, %v1725 : i1
        %v1727 = arith.andi %v1726, %v1714 : i1
        %v1728 = llvm.getelementptr %v5[%v1724] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1729 = llvm.load %v1728 : !llvm.ptr<3> -> f32
        %v1730 = arith.addi %v1219, %v472 : i64
        %v1731 = arith.constant true
        %v1732 = arith.addi %v14, %v1730 : i64
        %v1733 = llvm.getelementptr %v4[%v1732] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1734 = llvm.load %v1733 : !llvm.ptr<3> -> i64
        %v1735 = arith.addi %v536, %v1220 : i64
        %v1736 = arith.cmpi slt, %v1735, %v50 : i64
        %v1737 = arith.subi %size_L, %v1 : i64
        %v1738 = arith.minsi %v1735, %v1737 : i64
        %v1739 = arith.addi %v1734, %v1738 : i64
        %v1740 = arith.muli %v1732, %v62 : i64
        %v1741 = arith.addi %v1740, %v1220 : i64
        %v1742 = arith.cmpi sge, %v1734, %v29 : i64
        %v1743 = arith.andi %v1736, %v1742 : i1
        %v1744 = arith.andi %v1743, %v1731 : i1
        %v1745 = llvm.getelementptr %v5[%v1741] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1746 = llvm.load %v1745 : !llvm.ptr<3> -> f32
        %v1747 = arith.addi %v1219, %v486 : i64
        %v1748 = arith.constant true
        %v1749 = arith.addi %v14, %v1747 : i64
        %v1750 = llvm.getelementptr %v4[%v1749] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1751 = llvm.load %v1750 : !llvm.ptr<3> -> i64
        %v1752 = arith.addi %v536, %v1220 : i64
        %v1753 = arith.cmpi slt, %v1752, %v50 : i64
        %v1754 = arith.subi %size_L, %v1 : i64
        %v1755 = arith.minsi %v1752, %v1754 : i64
        %v1756 = arith.addi %v1751, %v1755 : i64
        %v1757 = arith.muli %v1749, %v62 : i64
        %v1758 = arith.addi %v1757, %v1220 : i64
        %v1759 = arith.cmpi sge, %v1751, %v29 : i64
        %v1760 = arith.andi %v1753, %v1759 : i1
        %v1761 = arith.andi %v1760, %v1748 : i1
        %v1762 = llvm.getelementptr %v5[%v1758] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1763 = llvm.load %v1762 : !llvm.ptr<3> -> f32
        scf.if %v1234 {
          %v1764 = llvm.getelementptr %out_y[%v1229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1236, %v1764 : f32, !llvm.ptr
        }
        scf.if %v1251 {
          %v1765 = llvm.getelementptr %out_y[%v1246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1253, %v1765 : f32, !llvm.ptr
        }
        scf.if %v1268 {
          %v1766 = llvm.getelementptr %out_y[%v1263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1270, %v1766 : f32, !llvm.ptr
        }
        scf.if %v1285 {
          %v1767 = llvm.getelementptr %out_y[%v1280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1287, %v1767 : f32, !llvm.ptr
        }
        scf.if %v1302 {
          %v1768 = llvm.getelementptr %out_y[%v1297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1304, %v1768 : f32, !llvm.ptr
        }
        scf.if %v1319 {
          %v1769 = llvm.getelementptr %out_y[%v1314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1321, %v1769 : f32, !llvm.ptr
        }
        scf.if %v1336 {
          %v1770 = llvm.getelementptr %out_y[%v1331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1338, %v1770 : f32, !llvm.ptr
        }
        scf.if %v1353 {
          %v1771 = llvm.getelementptr %out_y[%v1348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1355, %v1771 : f32, !llvm.ptr
        }
        scf.if %v1370 {
          %v1772 = llvm.getelementptr %out_y[%v1365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1372, %v1772 : f32, !llvm.ptr
        }
        scf.if %v1387 {
          %v1773 = llvm.getelementptr %out_y[%v1382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1389, %v1773 : f32, !llvm.ptr
        }
        scf.if %v1404 {
          %v1774 = llvm.getelementptr %out_y[%v1399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1406, %v1774 : f32, !llvm.ptr
        }
        scf.if %v1421 {
          %v1775 = llvm.getelementptr %out_y[%v1416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1423, %v1775 : f32, !llvm.ptr
        }
        scf.if %v1438 {
          %v1776 = llvm.getelementptr %out_y[%v1433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1440, %v1776 : f32, !llvm.ptr
        }
        scf.if %v1455 {
          %v1777 = llvm.getelementptr %out_y[%v1450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1457, %v1777 : f32, !llvm.ptr
        }
        scf.if %v1472 {
          %v1778 = llvm.getelementptr %out_y[%v1467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1474, %v1778 : f32, !llvm.ptr
        }
        scf.if %v1489 {
          %v1779 = llvm.getelementptr %out_y[%v1484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1491, %v1779 : f32, !llvm.ptr
        }
        scf.if %v1506 {
          %v1780 = llvm.getelementptr %out_y[%v1501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1508, %v1780 : f32, !llvm.ptr
        }
        scf.if %v1523 {
          %v1781 = llvm.getelementptr %out_y[%v1518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1525, %v1781 : f32, !llvm.ptr
        }
        scf.if %v1540 {
          %v1782 = llvm.getelementptr %out_y[%v1535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1542, %v1782 : f32, !llvm.ptr
        }
        scf.if %v1557 {
          %v1783 = llvm.getelementptr %out_y[%v1552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1559, %v1783 : f32, !llvm.ptr
        }
        scf.if %v1574 {
          %v1784 = llvm.getelementptr %out_y[%v1569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1576, %v1784 : f32, !llvm.ptr
        }
        scf.if %v1591 {
          %v1785 = llvm.getelementptr %out_y[%v1586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1593, %v1785 : f32, !llvm.ptr
        }
        scf.if %v1608 {
          %v1786 = llvm.getelementptr %out_y[%v1603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1610, %v1786 : f32, !llvm.ptr
        }
        scf.if %v1625 {
          %v1787 = llvm.getelementptr %out_y[%v1620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1627, %v1787 : f32, !llvm.ptr
        }
        scf.if %v1642 {
          %v1788 = llvm.getelementptr %out_y[%v1637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1644, %v1788 : f32, !llvm.ptr
        }
        scf.if %v1659 {
          %v1789 = llvm.getelementptr %out_y[%v1654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1661, %v1789 : f32, !llvm.ptr
        }
        scf.if %v1676 {
          %v1790 = llvm.getelementptr %out_y[%v1671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1678, %v1790 : f32, !llvm.ptr
        }
        scf.if %v1693 {
          %v1791 = llvm.getelementptr %out_y[%v1688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1695, %v1791 : f32, !llvm.ptr
        }
        scf.if %v1710 {
          %v1792 = llvm.getelementptr %out_y[%v1705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1712, %v1792 : f32, !llvm.ptr
        }
        scf.if %v1727 {
          %v1793 = llvm.getelementptr %out_y[%v1722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1729, %v1793 : f32, !llvm.ptr
        }
        scf.if %v1744 {
          %v1794 = llvm.getelementptr %out_y[%v1739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1746, %v1794 : f32, !llvm.ptr
        }
        scf.if %v1761 {
          %v1795 = llvm.getelementptr %out_y[%v1756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1763, %v1795 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      %v1796 = arith.subi %v9, %v1 : i64
      %v1797 = arith.cmpi eq, %v18, %v1796 : i64
      %v1798 = arith.andi %v22, %v1797 : i1
      gpu.return
    }
  }
}
