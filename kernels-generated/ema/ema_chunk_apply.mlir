module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_ema_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<128 x i64>
    llvm.mlir.global internal @smem_ema_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    gpu.func @ema_chunk_apply(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %out_y: !llvm.ptr, %carry_h: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.mlir.addressof @rows_ema_chunk_apply : !llvm.ptr<3>
      %v6 = llvm.mlir.addressof @smem_ema_chunk_apply : !llvm.ptr<3>
      %v7 = arith.constant 255 : i64
      %v8 = arith.addi %size_L, %v7 : i64
      %v9 = arith.constant 256 : i64
      %v10 = arith.divui %v8, %v9 : i64
      %v15 = arith.constant 64 : i64
      %v30 = arith.constant 0 : i64
      %v31 = arith.muli %v1, %size_L : i64
      %v32 = arith.muli %v31, %size_D : i64
      %v46 = arith.constant -1 : i64
      %v62 = arith.constant 32 : i64
      %v75 = arith.constant 33 : i64
      %v80 = arith.constant 2 : i64
      %v95 = arith.constant 4 : i64
      %v110 = arith.constant 6 : i64
      %v125 = arith.constant 8 : i64
      %v140 = arith.constant 10 : i64
      %v155 = arith.constant 12 : i64
      %v170 = arith.constant 14 : i64
      %v185 = arith.constant 16 : i64
      %v200 = arith.constant 18 : i64
      %v215 = arith.constant 20 : i64
      %v230 = arith.constant 22 : i64
      %v245 = arith.constant 24 : i64
      %v260 = arith.constant 26 : i64
      %v275 = arith.constant 28 : i64
      %v290 = arith.constant 30 : i64
      %v319 = arith.constant 34 : i64
      %v334 = arith.constant 36 : i64
      %v349 = arith.constant 38 : i64
      %v364 = arith.constant 40 : i64
      %v379 = arith.constant 42 : i64
      %v394 = arith.constant 44 : i64
      %v409 = arith.constant 46 : i64
      %v424 = arith.constant 48 : i64
      %v439 = arith.constant 50 : i64
      %v454 = arith.constant 52 : i64
      %v469 = arith.constant 54 : i64
      %v484 = arith.constant 56 : i64
      %v499 = arith.constant 58 : i64
      %v514 = arith.constant 60 : i64
      %v529 = arith.constant 62 : i64
      %v587 = arith.muli %v1, %size_B : i64
      %v588 = arith.muli %v587, %size_D : i64
      %v591 = arith.muli %v1, %size_D : i64
      %v1059 = arith.constant 0x3F800000 : f32
      %v1061 = arith.constant 0x3FB8AA3B : f32
      %v1097 = arith.constant 128 : i64
      %v1105 = arith.constant 192 : i64
      %v1120 = arith.constant 320 : i64
      %v1128 = arith.constant 384 : i64
      %v1136 = arith.constant 448 : i64
      %v1144 = arith.constant 512 : i64
      %v1152 = arith.constant 576 : i64
      %v1160 = arith.constant 640 : i64
      %v1168 = arith.constant 704 : i64
      %v1176 = arith.constant 768 : i64
      %v1184 = arith.constant 832 : i64
      %v1192 = arith.constant 896 : i64
      %v1200 = arith.constant 960 : i64
      %v1208 = arith.constant 1024 : i64
      %v1216 = arith.constant 1088 : i64
      %v1224 = arith.constant 1152 : i64
      %v1232 = arith.constant 1216 : i64
      %v1240 = arith.constant 1280 : i64
      %v1248 = arith.constant 1344 : i64
      %v1256 = arith.constant 1408 : i64
      %v1264 = arith.constant 1472 : i64
      %v1272 = arith.constant 1536 : i64
      %v1280 = arith.constant 1600 : i64
      %v1288 = arith.constant 1664 : i64
      %v1296 = arith.constant 1728 : i64
      %v1304 = arith.constant 1792 : i64
      %v1312 = arith.constant 1856 : i64
      %v1320 = arith.constant 1920 : i64
      %v1328 = arith.constant 1984 : i64
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
      %v1056 = arith.muli %v26, %v1 : i64
      %v1057 = llvm.getelementptr %in_w[%v1056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1058 = llvm.load %v1057 : !llvm.ptr -> f32
      %v1060 = arith.negf %v1058 : f32
      %v1062 = arith.mulf %v1060, %v1061 fastmath<contract> : f32
      %v1063 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1062) : (f32) -> f32
      %v1064 = arith.addf %v1059, %v1063 fastmath<contract> : f32
      %v1065 = arith.divf %v1059, %v1064 : f32
      %v1066 = arith.subf %v1059, %v1065 fastmath<contract> : f32
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
      %v47 = arith.select %v23, %v45, %v46 : i64
      %v48 = arith.muli %v1, %v15 : i64
      %v49 = arith.addi %v48, %v13 : i64
      %v50 = llvm.getelementptr %v5[%v49] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v47, %v50 : i64, !llvm.ptr<3>
      gpu.barrier
      %v51 = arith.muli %v19, %v3 : i64
      %v52 = arith.subi %v3, %v1 : i64
      %v53 = arith.minsi %v22, %v52 : i64
      %v54 = arith.addi %v51, %v53 : i64
      %v55 = arith.muli %v54, %v1 : i64
      %v56 = arith.addi %v55, %v30 : i64
      %v57 = llvm.getelementptr %carry_h[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v58 = llvm.load %v57 : !llvm.ptr -> f32
      llvm.store %v58, %v4 : f32, !llvm.ptr
      %v59 = arith.muli %v19, %v9 : i64
      %v60 = arith.addi %v59, %v9 : i64
      %v61 = arith.minsi %v60, %size_L : i64
      // staged load of `x`'s first tile: read, then shared memory
      %v63 = arith.divui %v13, %v62 : i64
      %v64 = arith.remui %v13, %v62 : i64
      %v65 = arith.addi %v63, %v30 : i64
      %v66 = arith.constant true
      %v67 = arith.addi %v30, %v65 : i64
      %v68 = llvm.getelementptr %v5[%v67] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v69 = llvm.load %v68 : !llvm.ptr<3> -> i64
      %v70 = arith.addi %v59, %v64 : i64
      %v71 = arith.cmpi slt, %v70, %v61 : i64
      %v72 = arith.subi %size_L, %v1 : i64
      %v73 = arith.minsi %v70, %v72 : i64
      %v74 = arith.addi %v69, %v73 : i64
      %v76 = arith.muli %v67, %v75 : i64
      %v77 = arith.addi %v76, %v64 : i64
      %v78 = llvm.getelementptr %in_x[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v79 = llvm.load %v78 : !llvm.ptr -> f32
      %v81 = arith.addi %v63, %v80 : i64
      %v82 = arith.constant true
      %v83 = arith.addi %v30, %v81 : i64
      %v84 = llvm.getelementptr %v5[%v83] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v85 = llvm.load %v84 : !llvm.ptr<3> -> i64
      %v86 = arith.addi %v59, %v64 : i64
      %v87 = arith.cmpi slt, %v86, %v61 : i64
      %v88 = arith.subi %size_L, %v1 : i64
      %v89 = arith.minsi %v86, %v88 : i64
      %v90 = arith.addi %v85, %v89 : i64
      %v91 = arith.muli %v83, %v75 : i64
      %v92 = arith.addi %v91, %v64 : i64
      %v93 = llvm.getelementptr %in_x[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v94 = llvm.load %v93 : !llvm.ptr -> f32
      %v96 = arith.addi %v63, %v95 : i64
      %v97 = arith.constant true
      %v98 = arith.addi %v30, %v96 : i64
      %v99 = llvm.getelementptr %v5[%v98] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v100 = llvm.load %v99 : !llvm.ptr<3> -> i64
      %v101 = arith.addi %v59, %v64 : i64
      %v102 = arith.cmpi slt, %v101, %v61 : i64
      %v103 = arith.subi %size_L, %v1 : i64
      %v104 = arith.minsi %v101, %v103 : i64
      %v105 = arith.addi %v100, %v104 : i64
      %v106 = arith.muli %v98, %v75 : i64
      %v107 = arith.addi %v106, %v64 : i64
      %v108 = llvm.getelementptr %in_x[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v109 = llvm.load %v108 : !llvm.ptr -> f32
      %v111 = arith.addi %v63, %v110 : i64
      %v112 = arith.constant true
      %v113 = arith.addi %v30, %v111 : i64
      %v114 = llvm.getelementptr %v5[%v113] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v115 = llvm.load %v114 : !llvm.ptr<3> -> i64
      %v116 = arith.addi %v59, %v64 : i64
      %v117 = arith.cmpi slt, %v116, %v61 : i64
      %v118 = arith.subi %size_L, %v1 : i64
      %v119 = arith.minsi %v116, %v118 : i64
      %v120 = arith.addi %v115, %v119 : i64
      %v121 = arith.muli %v113, %v75 : i64
      %v122 = arith.addi %v121, %v64 : i64
      %v123 = llvm.getelementptr %in_x[%v120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v124 = llvm.load %v123 : !llvm.ptr -> f32
      %v126 = arith.addi %v63, %v125 : i64
      %v127 = arith.constant true
      %v128 = arith.addi %v30, %v126 : i64
      %v129 = llvm.getelementptr %v5[%v128] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v130 = llvm.load %v129 : !llvm.ptr<3> -> i64
      %v131 = arith.addi %v59, %v64 : i64
      %v132 = arith.cmpi slt, %v131, %v61 : i64
      %v133 = arith.subi %size_L, %v1 : i64
      %v134 = arith.minsi %v131, %v133 : i64
      %v135 = arith.addi %v130, %v134 : i64
      %v136 = arith.muli %v128, %v75 : i64
      %v137 = arith.addi %v136, %v64 : i64
      %v138 = llvm.getelementptr %in_x[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v139 = llvm.load %v138 : !llvm.ptr -> f32
      %v141 = arith.addi %v63, %v140 : i64
      %v142 = arith.constant true
      %v143 = arith.addi %v30, %v141 : i64
      %v144 = llvm.getelementptr %v5[%v143] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v145 = llvm.load %v144 : !llvm.ptr<3> -> i64
      %v146 = arith.addi %v59, %v64 : i64
      %v147 = arith.cmpi slt, %v146, %v61 : i64
      %v148 = arith.subi %size_L, %v1 : i64
      %v149 = arith.minsi %v146, %v148 : i64
      %v150 = arith.addi %v145, %v149 : i64
      %v151 = arith.muli %v143, %v75 : i64
      %v152 = arith.addi %v151, %v64 : i64
      %v153 = llvm.getelementptr %in_x[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v154 = llvm.load %v153 : !llvm.ptr -> f32
      %v156 = arith.addi %v63, %v155 : i64
      %v157 = arith.constant true
      %v158 = arith.addi %v30, %v156 : i64
      %v159 = llvm.getelementptr %v5[%v158] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v160 = llvm.load %v159 : !llvm.ptr<3> -> i64
      %v161 = arith.addi %v59, %v64 : i64
      %v162 = arith.cmpi slt, %v161, %v61 : i64
      %v163 = arith.subi %size_L, %v1 : i64
      %v164 = arith.minsi %v161, %v163 : i64
      %v165 = arith.addi %v160, %v164 : i64
      %v166 = arith.muli %v158, %v75 : i64
      %v167 = arith.addi %v166, %v64 : i64
      %v168 = llvm.getelementptr %in_x[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v169 = llvm.load %v168 : !llvm.ptr -> f32
      %v171 = arith.addi %v63, %v170 : i64
      %v172 = arith.constant true
      %v173 = arith.addi %v30, %v171 : i64
      %v174 = llvm.getelementptr %v5[%v173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v175 = llvm.load %v174 : !llvm.ptr<3> -> i64
      %v176 = arith.addi %v59, %v64 : i64
      %v177 = arith.cmpi slt, %v176, %v61 : i64
      %v178 = arith.subi %size_L, %v1 : i64
      %v179 = arith.minsi %v176, %v178 : i64
      %v180 = arith.addi %v175, %v179 : i64
      %v181 = arith.muli %v173, %v75 : i64
      %v182 = arith.addi %v181, %v64 : i64
      %v183 = llvm.getelementptr %in_x[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v184 = llvm.load %v183 : !llvm.ptr -> f32
      %v186 = arith.addi %v63, %v185 : i64
      %v187 = arith.constant true
      %v188 = arith.addi %v30, %v186 : i64
      %v189 = llvm.getelementptr %v5[%v188] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v190 = llvm.load %v189 : !llvm.ptr<3> -> i64
      %v191 = arith.addi %v59, %v64 : i64
      %v192 = arith.cmpi slt, %v191, %v61 : i64
      %v193 = arith.subi %size_L, %v1 : i64
      %v194 = arith.minsi %v191, %v193 : i64
      %v195 = arith.addi %v190, %v194 : i64
      %v196 = arith.muli %v188, %v75 : i64
      %v197 = arith.addi %v196, %v64 : i64
      %v198 = llvm.getelementptr %in_x[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v199 = llvm.load %v198 : !llvm.ptr -> f32
      %v201 = arith.addi %v63, %v200 : i64
      %v202 = arith.constant true
      %v203 = arith.addi %v30, %v201 : i64
      %v204 = llvm.getelementptr %v5[%v203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v205 = llvm.load %v204 : !llvm.ptr<3> -> i64
      %v206 = arith.addi %v59, %v64 : i64
      %v207 = arith.cmpi slt, %v206, %v61 : i64
      %v208 = arith.subi %size_L, %v1 : i64
      %v209 = arith.minsi %v206, %v208 : i64
      %v210 = arith.addi %v205, %v209 : i64
      %v211 = arith.muli %v203, %v75 : i64
      %v212 = arith.addi %v211, %v64 : i64
      %v213 = llvm.getelementptr %in_x[%v210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v214 = llvm.load %v213 : !llvm.ptr -> f32
      %v216 = arith.addi %v63, %v215 : i64
      %v217 = arith.constant true
      %v218 = arith.addi %v30, %v216 : i64
      %v219 = llvm.getelementptr %v5[%v218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v220 = llvm.load %v219 : !llvm.ptr<3> -> i64
      %v221 = arith.addi %v59, %v64 : i64
      %v222 = arith.cmpi slt, %v221, %v61 : i64
      %v223 = arith.subi %size_L, %v1 : i64
      %v224 = arith.minsi %v221, %v223 : i64
      %v225 = arith.addi %v220, %v224 : i64
      %v226 = arith.muli %v218, %v75 : i64
      %v227 = arith.addi %v226, %v64 : i64
      %v228 = llvm.getelementptr %in_x[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v229 = llvm.load %v228 : !llvm.ptr -> f32
      %v231 = arith.addi %v63, %v230 : i64
      %v232 = arith.constant true
      %v233 = arith.addi %v30, %v231 : i64
      %v234 = llvm.getelementptr %v5[%v233] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v235 = llvm.load %v234 : !llvm.ptr<3> -> i64
      %v236 = arith.addi %v59, %v64 : i64
      %v237 = arith.cmpi slt, %v236, %v61 : i64
      %v238 = arith.subi %size_L, %v1 : i64
      %v239 = arith.minsi %v236, %v238 : i64
      %v240 = arith.addi %v235, %v239 : i64
      %v241 = arith.muli %v233, %v75 : i64
      %v242 = arith.addi %v241, %v64 : i64
      %v243 = llvm.getelementptr %in_x[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v244 = llvm.load %v243 : !llvm.ptr -> f32
      %v246 = arith.addi %v63, %v245 : i64
      %v247 = arith.constant true
      %v248 = arith.addi %v30, %v246 : i64
      %v249 = llvm.getelementptr %v5[%v248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v250 = llvm.load %v249 : !llvm.ptr<3> -> i64
      %v251 = arith.addi %v59, %v64 : i64
      %v252 = arith.cmpi slt, %v251, %v61 : i64
      %v253 = arith.subi %size_L, %v1 : i64
      %v254 = arith.minsi %v251, %v253 : i64
      %v255 = arith.addi %v250, %v254 : i64
      %v256 = arith.muli %v248, %v75 : i64
      %v257 = arith.addi %v256, %v64 : i64
      %v258 = llvm.getelementptr %in_x[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v259 = llvm.load %v258 : !llvm.ptr -> f32
      %v261 = arith.addi %v63, %v260 : i64
      %v262 = arith.constant true
      %v263 = arith.addi %v30, %v261 : i64
      %v264 = llvm.getelementptr %v5[%v263] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v265 = llvm.load %v264 : !llvm.ptr<3> -> i64
      %v266 = arith.addi %v59, %v64 : i64
      %v267 = arith.cmpi slt, %v266, %v61 : i64
      %v268 = arith.subi %size_L, %v1 : i64
      %v269 = arith.minsi %v266, %v268 : i64
      %v270 = arith.addi %v265, %v269 : i64
      %v271 = arith.muli %v263, %v75 : i64
      %v272 = arith.addi %v271, %v64 : i64
      %v273 = llvm.getelementptr %in_x[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v274 = llvm.load %v273 : !llvm.ptr -> f32
      %v276 = arith.addi %v63, %v275 : i64
      %v277 = arith.constant true
      %v278 = arith.addi %v30, %v276 : i64
      %v279 = llvm.getelementptr %v5[%v278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v280 = llvm.load %v279 : !llvm.ptr<3> -> i64
      %v281 = arith.addi %v59, %v64 : i64
      %v282 = arith.cmpi slt, %v281, %v61 : i64
      %v283 = arith.subi %size_L, %v1 : i64
      %v284 = arith.minsi %v281, %v283 : i64
      %v285 = arith.addi %v280, %v284 : i64
      %v286 = arith.muli %v278, %v75 : i64
      %v287 = arith.addi %v286, %v64 : i64
      %v288 = llvm.getelementptr %in_x[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v289 = llvm.load %v288 : !llvm.ptr -> f32
      %v291 = arith.addi %v63, %v290 : i64
      %v292 = arith.constant true
      %v293 = arith.addi %v30, %v291 : i64
      %v294 = llvm.getelementptr %v5[%v293] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v295 = llvm.load %v294 : !llvm.ptr<3> -> i64
      %v296 = arith.addi %v59, %v64 : i64
      %v297 = arith.cmpi slt, %v296, %v61 : i64
      %v298 = arith.subi %size_L, %v1 : i64
      %v299 = arith.minsi %v296, %v298 : i64
      %v300 = arith.addi %v295, %v299 : i64
      %v301 = arith.muli %v293, %v75 : i64
      %v302 = arith.addi %v301, %v64 : i64
      %v303 = llvm.getelementptr %in_x[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v304 = llvm.load %v303 : !llvm.ptr -> f32
      %v305 = arith.addi %v63, %v62 : i64
      %v306 = arith.constant true
      %v307 = arith.addi %v30, %v305 : i64
      %v308 = llvm.getelementptr %v5[%v307] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v309 = llvm.load %v308 : !llvm.ptr<3> -> i64
      %v310 = arith.addi %v59, %v64 : i64
      %v311 = arith.cmpi slt, %v310, %v61 : i64
      %v312 = arith.subi %size_L, %v1 : i64
      %v313 = arith.minsi %v310, %v312 : i64
      %v314 = arith.addi %v309, %v313 : i64
      %v315 = arith.muli %v307, %v75 : i64
      %v316 = arith.addi %v315, %v64 : i64
      %v317 = llvm.getelementptr %in_x[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v318 = llvm.load %v317 : !llvm.ptr -> f32
      %v320 = arith.addi %v63, %v319 : i64
      %v321 = arith.constant true
      %v322 = arith.addi %v30, %v320 : i64
      %v323 = llvm.getelementptr %v5[%v322] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v324 = llvm.load %v323 : !llvm.ptr<3> -> i64
      %v325 = arith.addi %v59, %v64 : i64
      %v326 = arith.cmpi slt, %v325, %v61 : i64
      %v327 = arith.subi %size_L, %v1 : i64
      %v328 = arith.minsi %v325, %v327 : i64
      %v329 = arith.addi %v324, %v328 : i64
      %v330 = arith.muli %v322, %v75 : i64
      %v331 = arith.addi %v330, %v64 : i64
      %v332 = llvm.getelementptr %in_x[%v329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v333 = llvm.load %v332 : !llvm.ptr -> f32
      %v335 = arith.addi %v63, %v334 : i64
      %v336 = arith.constant true
      %v337 = arith.addi %v30, %v335 : i64
      %v338 = llvm.getelementptr %v5[%v337] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v339 = llvm.load %v338 : !llvm.ptr<3> -> i64
      %v340 = arith.addi %v59, %v64 : i64
      %v341 = arith.cmpi slt, %v340, %v61 : i64
      %v342 = arith.subi %size_L, %v1 : i64
      %v343 = arith.minsi %v340, %v342 : i64
      %v344 = arith.addi %v339, %v343 : i64
      %v345 = arith.muli %v337, %v75 : i64
      %v346 = arith.addi %v345, %v64 : i64
      %v347 = llvm.getelementptr %in_x[%v344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v348 = llvm.load %v347 : !llvm.ptr -> f32
      %v350 = arith.addi %v63, %v349 : i64
      %v351 = arith.constant true
      %v352 = arith.addi %v30, %v350 : i64
      %v353 = llvm.getelementptr %v5[%v352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v354 = llvm.load %v353 : !llvm.ptr<3> -> i64
      %v355 = arith.addi %v59, %v64 : i64
      %v356 = arith.cmpi slt, %v355, %v61 : i64
      %v357 = arith.subi %size_L, %v1 : i64
      %v358 = arith.minsi %v355, %v357 : i64
      %v359 = arith.addi %v354, %v358 : i64
      %v360 = arith.muli %v352, %v75 : i64
      %v361 = arith.addi %v360, %v64 : i64
      %v362 = llvm.getelementptr %in_x[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v363 = llvm.load %v362 : !llvm.ptr -> f32
      %v365 = arith.addi %v63, %v364 : i64
      %v366 = arith.constant true
      %v367 = arith.addi %v30, %v365 : i64
      %v368 = llvm.getelementptr %v5[%v367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v369 = llvm.load %v368 : !llvm.ptr<3> -> i64
      %v370 = arith.addi %v59, %v64 : i64
      %v371 = arith.cmpi slt, %v370, %v61 : i64
      %v372 = arith.subi %size_L, %v1 : i64
      %v373 = arith.minsi %v370, %v372 : i64
      %v374 = arith.addi %v369, %v373 : i64
      %v375 = arith.muli %v367, %v75 : i64
      %v376 = arith.addi %v375, %v64 : i64
      %v377 = llvm.getelementptr %in_x[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v378 = llvm.load %v377 : !llvm.ptr -> f32
      %v380 = arith.addi %v63, %v379 : i64
      %v381 = arith.constant true
      %v382 = arith.addi %v30, %v380 : i64
      %v383 = llvm.getelementptr %v5[%v382] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v384 = llvm.load %v383 : !llvm.ptr<3> -> i64
      %v385 = arith.addi %v59, %v64 : i64
      %v386 = arith.cmpi slt, %v385, %v61 : i64
      %v387 = arith.subi %size_L, %v1 : i64
      %v388 = arith.minsi %v385, %v387 : i64
      %v389 = arith.addi %v384, %v388 : i64
      %v390 = arith.muli %v382, %v75 : i64
      %v391 = arith.addi %v390, %v64 : i64
      %v392 = llvm.getelementptr %in_x[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v393 = llvm.load %v392 : !llvm.ptr -> f32
      %v395 = arith.addi %v63, %v394 : i64
      %v396 = arith.constant true
      %v397 = arith.addi %v30, %v395 : i64
      %v398 = llvm.getelementptr %v5[%v397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v399 = llvm.load %v398 : !llvm.ptr<3> -> i64
      %v400 = arith.addi %v59, %v64 : i64
      %v401 = arith.cmpi slt, %v400, %v61 : i64
      %v402 = arith.subi %size_L, %v1 : i64
      %v403 = arith.minsi %v400, %v402 : i64
      %v404 = arith.addi %v399, %v403 : i64
      %v405 = arith.muli %v397, %v75 : i64
      %v406 = arith.addi %v405, %v64 : i64
      %v407 = llvm.getelementptr %in_x[%v404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v408 = llvm.load %v407 : !llvm.ptr -> f32
      %v410 = arith.addi %v63, %v409 : i64
      %v411 = arith.constant true
      %v412 = arith.addi %v30, %v410 : i64
      %v413 = llvm.getelementptr %v5[%v412] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v414 = llvm.load %v413 : !llvm.ptr<3> -> i64
      %v415 = arith.addi %v59, %v64 : i64
      %v416 = arith.cmpi slt, %v415, %v61 : i64
      %v417 = arith.subi %size_L, %v1 : i64
      %v418 = arith.minsi %v415, %v417 : i64
      %v419 = arith.addi %v414, %v418 : i64
      %v420 = arith.muli %v412, %v75 : i64
      %v421 = arith.addi %v420, %v64 : i64
      %v422 = llvm.getelementptr %in_x[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v423 = llvm.load %v422 : !llvm.ptr -> f32
      %v425 = arith.addi %v63, %v424 : i64
      %v426 = arith.constant true
      %v427 = arith.addi %v30, %v425 : i64
      %v428 = llvm.getelementptr %v5[%v427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v429 = llvm.load %v428 : !llvm.ptr<3> -> i64
      %v430 = arith.addi %v59, %v64 : i64
      %v431 = arith.cmpi slt, %v430, %v61 : i64
      %v432 = arith.subi %size_L, %v1 : i64
      %v433 = arith.minsi %v430, %v432 : i64
      %v434 = arith.addi %v429, %v433 : i64
      %v435 = arith.muli %v427, %v75 : i64
      %v436 = arith.addi %v435, %v64 : i64
      %v437 = llvm.getelementptr %in_x[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v438 = llvm.load %v437 : !llvm.ptr -> f32
      %v440 = arith.addi %v63, %v439 : i64
      %v441 = arith.constant true
      %v442 = arith.addi %v30, %v440 : i64
      %v443 = llvm.getelementptr %v5[%v442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v444 = llvm.load %v443 : !llvm.ptr<3> -> i64
      %v445 = arith.addi %v59, %v64 : i64
      %v446 = arith.cmpi slt, %v445, %v61 : i64
      %v447 = arith.subi %size_L, %v1 : i64
      %v448 = arith.minsi %v445, %v447 : i64
      %v449 = arith.addi %v444, %v448 : i64
      %v450 = arith.muli %v442, %v75 : i64
      %v451 = arith.addi %v450, %v64 : i64
      %v452 = llvm.getelementptr %in_x[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v453 = llvm.load %v452 : !llvm.ptr -> f32
      %v455 = arith.addi %v63, %v454 : i64
      %v456 = arith.constant true
      %v457 = arith.addi %v30, %v455 : i64
      %v458 = llvm.getelementptr %v5[%v457] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v459 = llvm.load %v458 : !llvm.ptr<3> -> i64
      %v460 = arith.addi %v59, %v64 : i64
      %v461 = arith.cmpi slt, %v460, %v61 : i64
      %v462 = arith.subi %size_L, %v1 : i64
      %v463 = arith.minsi %v460, %v462 : i64
      %v464 = arith.addi %v459, %v463 : i64
      %v465 = arith.muli %v457, %v75 : i64
      %v466 = arith.addi %v465, %v64 : i64
      %v467 = llvm.getelementptr %in_x[%v464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v468 = llvm.load %v467 : !llvm.ptr -> f32
      %v470 = arith.addi %v63, %v469 : i64
      %v471 = arith.constant true
      %v472 = arith.addi %v30, %v470 : i64
      %v473 = llvm.getelementptr %v5[%v472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v474 = llvm.load %v473 : !llvm.ptr<3> -> i64
      %v475 = arith.addi %v59, %v64 : i64
      %v476 = arith.cmpi slt, %v475, %v61 : i64
      %v477 = arith.subi %size_L, %v1 : i64
      %v478 = arith.minsi %v475, %v477 : i64
      %v479 = arith.addi %v474, %v478 : i64
      %v480 = arith.muli %v472, %v75 : i64
      %v481 = arith.addi %v480, %v64 : i64
      %v482 = llvm.getelementptr %in_x[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v483 = llvm.load %v482 : !llvm.ptr -> f32
      %v485 = arith.addi %v63, %v484 : i64
      %v486 = arith.constant true
      %v487 = arith.addi %v30, %v485 : i64
      %v488 = llvm.getelementptr %v5[%v487] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v489 = llvm.load %v488 : !llvm.ptr<3> -> i64
      %v490 = arith.addi %v59, %v64 : i64
      %v491 = arith.cmpi slt, %v490, %v61 : i64
      %v492 = arith.subi %size_L, %v1 : i64
      %v493 = arith.minsi %v490, %v492 : i64
      %v494 = arith.addi %v489, %v493 : i64
      %v495 = arith.muli %v487, %v75 : i64
      %v496 = arith.addi %v495, %v64 : i64
      %v497 = llvm.getelementptr %in_x[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v498 = llvm.load %v497 : !llvm.ptr -> f32
      %v500 = arith.addi %v63, %v499 : i64
      %v501 = arith.constant true
      %v502 = arith.addi %v30, %v500 : i64
      %v503 = llvm.getelementptr %v5[%v502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v504 = llvm.load %v503 : !llvm.ptr<3> -> i64
      %v505 = arith.addi %v59, %v64 : i64
      %v506 = arith.cmpi slt, %v505, %v61 : i64
      %v507 = arith.subi %size_L, %v1 : i64
      %v508 = arith.minsi %v505, %v507 : i64
      %v509 = arith.addi %v504, %v508 : i64
      %v510 = arith.muli %v502, %v75 : i64
      %v511 = arith.addi %v510, %v64 : i64
      %v512 = llvm.getelementptr %in_x[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v513 = llvm.load %v512 : !llvm.ptr -> f32
      %v515 = arith.addi %v63, %v514 : i64
      %v516 = arith.constant true
      %v517 = arith.addi %v30, %v515 : i64
      %v518 = llvm.getelementptr %v5[%v517] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v519 = llvm.load %v518 : !llvm.ptr<3> -> i64
      %v520 = arith.addi %v59, %v64 : i64
      %v521 = arith.cmpi slt, %v520, %v61 : i64
      %v522 = arith.subi %size_L, %v1 : i64
      %v523 = arith.minsi %v520, %v522 : i64
      %v524 = arith.addi %v519, %v523 : i64
      %v525 = arith.muli %v517, %v75 : i64
      %v526 = arith.addi %v525, %v64 : i64
      %v527 = llvm.getelementptr %in_x[%v524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v528 = llvm.load %v527 : !llvm.ptr -> f32
      %v530 = arith.addi %v63, %v529 : i64
      %v531 = arith.constant true
      %v532 = arith.addi %v30, %v530 : i64
      %v533 = llvm.getelementptr %v5[%v532] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v534 = llvm.load %v533 : !llvm.ptr<3> -> i64
      %v535 = arith.addi %v59, %v64 : i64
      %v536 = arith.cmpi slt, %v535, %v61 : i64
      %v537 = arith.subi %size_L, %v1 : i64
      %v538 = arith.minsi %v535, %v537 : i64
      %v539 = arith.addi %v534, %v538 : i64
      %v540 = arith.muli %v532, %v75 : i64
      %v541 = arith.addi %v540, %v64 : i64
      %v542 = llvm.getelementptr %in_x[%v539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v543 = llvm.load %v542 : !llvm.ptr -> f32
      scf.if %v66 {
        %v544 = llvm.getelementptr %v6[%v77] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v79, %v544 : f32, !llvm.ptr<3>
      }
      scf.if %v82 {
        %v545 = llvm.getelementptr %v6[%v92] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v94, %v545 : f32, !llvm.ptr<3>
      }
      scf.if %v97 {
        %v546 = llvm.getelementptr %v6[%v107] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v109, %v546 : f32, !llvm.ptr<3>
      }
      scf.if %v112 {
        %v547 = llvm.getelementptr %v6[%v122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v124, %v547 : f32, !llvm.ptr<3>
      }
      scf.if %v127 {
        %v548 = llvm.getelementptr %v6[%v137] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v139, %v548 : f32, !llvm.ptr<3>
      }
      scf.if %v142 {
        %v549 = llvm.getelementptr %v6[%v152] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v154, %v549 : f32, !llvm.ptr<3>
      }
      scf.if %v157 {
        %v550 = llvm.getelementptr %v6[%v167] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v169, %v550 : f32, !llvm.ptr<3>
      }
      scf.if %v172 {
        %v551 = llvm.getelementptr %v6[%v182] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v184, %v551 : f32, !llvm.ptr<3>
      }
      scf.if %v187 {
        %v552 = llvm.getelementptr %v6[%v197] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v199, %v552 : f32, !llvm.ptr<3>
      }
      scf.if %v202 {
        %v553 = llvm.getelementptr %v6[%v212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v214, %v553 : f32, !llvm.ptr<3>
      }
      scf.if %v217 {
        %v554 = llvm.getelementptr %v6[%v227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v229, %v554 : f32, !llvm.ptr<3>
      }
      scf.if %v232 {
        %v555 = llvm.getelementptr %v6[%v242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v244, %v555 : f32, !llvm.ptr<3>
      }
      scf.if %v247 {
        %v556 = llvm.getelementptr %v6[%v257] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v259, %v556 : f32, !llvm.ptr<3>
      }
      scf.if %v262 {
        %v557 = llvm.getelementptr %v6[%v272] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v274, %v557 : f32, !llvm.ptr<3>
      }
      scf.if %v277 {
        %v558 = llvm.getelementptr %v6[%v287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v289, %v558 : f32, !llvm.ptr<3>
      }
      scf.if %v292 {
        %v559 = llvm.getelementptr %v6[%v302] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v304, %v559 : f32, !llvm.ptr<3>
      }
      scf.if %v306 {
        %v560 = llvm.getelementptr %v6[%v316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v318, %v560 : f32, !llvm.ptr<3>
      }
      scf.if %v321 {
        %v561 = llvm.getelementptr %v6[%v331] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v333, %v561 : f32, !llvm.ptr<3>
      }
      scf.if %v336 {
        %v562 = llvm.getelementptr %v6[%v346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v348, %v562 : f32, !llvm.ptr<3>
      }
      scf.if %v351 {
        %v563 = llvm.getelementptr %v6[%v361] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v363, %v563 : f32, !llvm.ptr<3>
      }
      scf.if %v366 {
        %v564 = llvm.getelementptr %v6[%v376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v378, %v564 : f32, !llvm.ptr<3>
      }
      scf.if %v381 {
        %v565 = llvm.getelementptr %v6[%v391] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v393, %v565 : f32, !llvm.ptr<3>
      }
      scf.if %v396 {
        %v566 = llvm.getelementptr %v6[%v406] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v408, %v566 : f32, !llvm.ptr<3>
      }
      scf.if %v411 {
        %v567 = llvm.getelementptr %v6[%v421] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v423, %v567 : f32, !llvm.ptr<3>
      }
      scf.if %v426 {
        %v568 = llvm.getelementptr %v6[%v436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v438, %v568 : f32, !llvm.ptr<3>
      }
      scf.if %v441 {
        %v569 = llvm.getelementptr %v6[%v451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v453, %v569 : f32, !llvm.ptr<3>
      }
      scf.if %v456 {
        %v570 = llvm.getelementptr %v6[%v466] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v468, %v570 : f32, !llvm.ptr<3>
      }
      scf.if %v471 {
        %v571 = llvm.getelementptr %v6[%v481] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v483, %v571 : f32, !llvm.ptr<3>
      }
      scf.if %v486 {
        %v572 = llvm.getelementptr %v6[%v496] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v498, %v572 : f32, !llvm.ptr<3>
      }
      scf.if %v501 {
        %v573 = llvm.getelementptr %v6[%v511] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v513, %v573 : f32, !llvm.ptr<3>
      }
      scf.if %v516 {
        %v574 = llvm.getelementptr %v6[%v526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v528, %v574 : f32, !llvm.ptr<3>
      }
      scf.if %v531 {
        %v575 = llvm.getelementptr %v6[%v541] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v543, %v575 : f32, !llvm.ptr<3>
      }
      // end staged load of `x`
      gpu.barrier
      %v576 = arith.index_cast %v59 : i64 to index
      %v577 = arith.index_cast %v61 : i64 to index
      %v578 = arith.index_cast %v62 : i64 to index
      scf.for %v579 = %v576 to %v577 step %v578 {
        %v580 = arith.index_cast %v579 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v581 = arith.remui %v580, %v15 : i64
        %v582 = arith.cmpi eq, %v581, %v30 : i64
        %v583 = arith.andi %v582, %v23 : i1
        scf.if %v583 {
          %v584 = arith.divui %v580, %v15 : i64
          %v585 = llvm.mlir.zero : !llvm.ptr
          %v586 = llvm.icmp "ne" %ckpt_h, %v585 : !llvm.ptr
          scf.if %v586 {
            %v589 = arith.muli %v584, %v588 : i64
            %v590 = llvm.load %v4 : !llvm.ptr -> f32
            %v592 = arith.muli %v28, %v591 : i64
            %v593 = arith.muli %v26, %v1 : i64
            %v594 = arith.addi %v592, %v593 : i64
            %v595 = arith.addi %v589, %v594 : i64
            %v596 = llvm.getelementptr %ckpt_h[%v595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v590, %v596 : f32, !llvm.ptr
          }
        }
        // end save
        %v597 = arith.subi %v61, %v580 : i64
        %v598 = arith.minsi %v597, %v62 : i64
        %v599 = arith.addi %v580, %v62 : i64
        %v600 = arith.divui %v13, %v62 : i64
        %v601 = arith.remui %v13, %v62 : i64
        %v602 = arith.addi %v600, %v30 : i64
        %v603 = arith.constant true
        %v604 = arith.addi %v30, %v602 : i64
        %v605 = llvm.getelementptr %v5[%v604] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v606 = llvm.load %v605 : !llvm.ptr<3> -> i64
        %v607 = arith.addi %v599, %v601 : i64
        %v608 = arith.cmpi slt, %v607, %v61 : i64
        %v609 = arith.subi %size_L, %v1 : i64
        %v610 = arith.minsi %v607, %v609 : i64
        %v611 = arith.addi %v606, %v610 : i64
        %v612 = arith.muli %v604, %v75 : i64
        %v613 = arith.addi %v612, %v601 : i64
        %v614 = llvm.getelementptr %in_x[%v611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v615 = llvm.load %v614 : !llvm.ptr -> f32
        %v616 = arith.addi %v600, %v80 : i64
        %v617 = arith.constant true
        %v618 = arith.addi %v30, %v616 : i64
        %v619 = llvm.getelementptr %v5[%v618] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v620 = llvm.load %v619 : !llvm.ptr<3> -> i64
        %v621 = arith.addi %v599, %v601 : i64
        %v622 = arith.cmpi slt, %v621, %v61 : i64
        %v623 = arith.subi %size_L, %v1 : i64
        %v624 = arith.minsi %v621, %v623 : i64
        %v625 = arith.addi %v620, %v624 : i64
        %v626 = arith.muli %v618, %v75 : i64
        %v627 = arith.addi %v626, %v601 : i64
        %v628 = llvm.getelementptr %in_x[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v629 = llvm.load %v628 : !llvm.ptr -> f32
        %v630 = arith.addi %v600, %v95 : i64
        %v631 = arith.constant true
        %v632 = arith.addi %v30, %v630 : i64
        %v633 = llvm.getelementptr %v5[%v632] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v634 = llvm.load %v633 : !llvm.ptr<3> -> i64
        %v635 = arith.addi %v599, %v601 : i64
        %v636 = arith.cmpi slt, %v635, %v61 : i64
        %v637 = arith.subi %size_L, %v1 : i64
        %v638 = arith.minsi %v635, %v637 : i64
        %v639 = arith.addi %v634, %v638 : i64
        %v640 = arith.muli %v632, %v75 : i64
        %v641 = arith.addi %v640, %v601 : i64
        %v642 = llvm.getelementptr %in_x[%v639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v643 = llvm.load %v642 : !llvm.ptr -> f32
        %v644 = arith.addi %v600, %v110 : i64
        %v645 = arith.constant true
        %v646 = arith.addi %v30, %v644 : i64
        %v647 = llvm.getelementptr %v5[%v646] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v648 = llvm.load %v647 : !llvm.ptr<3> -> i64
        %v649 = arith.addi %v599, %v601 : i64
        %v650 = arith.cmpi slt, %v649, %v61 : i64
        %v651 = arith.subi %size_L, %v1 : i64
        %v652 = arith.minsi %v649, %v651 : i64
        %v653 = arith.addi %v648, %v652 : i64
        %v654 = arith.muli %v646, %v75 : i64
        %v655 = arith.addi %v654, %v601 : i64
        %v656 = llvm.getelementptr %in_x[%v653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v657 = llvm.load %v656 : !llvm.ptr -> f32
        %v658 = arith.addi %v600, %v125 : i64
        %v659 = arith.constant true
        %v660 = arith.addi %v30, %v658 : i64
        %v661 = llvm.getelementptr %v5[%v660] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v662 = llvm.load %v661 : !llvm.ptr<3> -> i64
        %v663 = arith.addi %v599, %v601 : i64
        %v664 = arith.cmpi slt, %v663, %v61 : i64
        %v665 = arith.subi %size_L, %v1 : i64
        %v666 = arith.minsi %v663, %v665 : i64
        %v667 = arith.addi %v662, %v666 : i64
        %v668 = arith.muli %v660, %v75 : i64
        %v669 = arith.addi %v668, %v601 : i64
        %v670 = llvm.getelementptr %in_x[%v667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v671 = llvm.load %v670 : !llvm.ptr -> f32
        %v672 = arith.addi %v600, %v140 : i64
        %v673 = arith.constant true
        %v674 = arith.addi %v30, %v672 : i64
        %v675 = llvm.getelementptr %v5[%v674] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v676 = llvm.load %v675 : !llvm.ptr<3> -> i64
        %v677 = arith.addi %v599, %v601 : i64
        %v678 = arith.cmpi slt, %v677, %v61 : i64
        %v679 = arith.subi %size_L, %v1 : i64
        %v680 = arith.minsi %v677, %v679 : i64
        %v681 = arith.addi %v676, %v680 : i64
        %v682 = arith.muli %v674, %v75 : i64
        %v683 = arith.addi %v682, %v601 : i64
        %v684 = llvm.getelementptr %in_x[%v681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v685 = llvm.load %v684 : !llvm.ptr -> f32
        %v686 = arith.addi %v600, %v155 : i64
        %v687 = arith.constant true
        %v688 = arith.addi %v30, %v686 : i64
        %v689 = llvm.getelementptr %v5[%v688] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v690 = llvm.load %v689 : !llvm.ptr<3> -> i64
        %v691 = arith.addi %v599, %v601 : i64
        %v692 = arith.cmpi slt, %v691, %v61 : i64
        %v693 = arith.subi %size_L, %v1 : i64
        %v694 = arith.minsi %v691, %v693 : i64
        %v695 = arith.addi %v690, %v694 : i64
        %v696 = arith.muli %v688, %v75 : i64
        %v697 = arith.addi %v696, %v601 : i64
        %v698 = llvm.getelementptr %in_x[%v695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v699 = llvm.load %v698 : !llvm.ptr -> f32
        %v700 = arith.addi %v600, %v170 : i64
        %v701 = arith.constant true
        %v702 = arith.addi %v30, %v700 : i64
        %v703 = llvm.getelementptr %v5[%v702] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v704 = llvm.load %v703 : !llvm.ptr<3> -> i64
        %v705 = arith.addi %v599, %v601 : i64
        %v706 = arith.cmpi slt, %v705, %v61 : i64
        %v707 = arith.subi %size_L, %v1 : i64
        %v708 = arith.minsi %v705, %v707 : i64
        %v709 = arith.addi %v704, %v708 : i64
        %v710 = arith.muli %v702, %v75 : i64
        %v711 = arith.addi %v710, %v601 : i64
        %v712 = llvm.getelementptr %in_x[%v709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v713 = llvm.load %v712 : !llvm.ptr -> f32
        %v714 = arith.addi %v600, %v185 : i64
        %v715 = arith.constant true
        %v716 = arith.addi %v30, %v714 : i64
        %v717 = llvm.getelementptr %v5[%v716] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v718 = llvm.load %v717 : !llvm.ptr<3> -> i64
        %v719 = arith.addi %v599, %v601 : i64
        %v720 = arith.cmpi slt, %v719, %v61 : i64
        %v721 = arith.subi %size_L, %v1 : i64
        %v722 = arith.minsi %v719, %v721 : i64
        %v723 = arith.addi %v718, %v722 : i64
        %v724 = arith.muli %v716, %v75 : i64
        %v725 = arith.addi %v724, %v601 : i64
        %v726 = llvm.getelementptr %in_x[%v723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v727 = llvm.load %v726 : !llvm.ptr -> f32
        %v728 = arith.addi %v600, %v200 : i64
        %v729 = arith.constant true
        %v730 = arith.addi %v30, %v728 : i64
        %v731 = llvm.getelementptr %v5[%v730] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v732 = llvm.load %v731 : !llvm.ptr<3> -> i64
        %v733 = arith.addi %v599, %v601 : i64
        %v734 = arith.cmpi slt, %v733, %v61 : i64
        %v735 = arith.subi %size_L, %v1 : i64
        %v736 = arith.minsi %v733, %v735 : i64
        %v737 = arith.addi %v732, %v736 : i64
        %v738 = arith.muli %v730, %v75 : i64
        %v739 = arith.addi %v738, %v601 : i64
        %v740 = llvm.getelementptr %in_x[%v737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v741 = llvm.load %v740 : !llvm.ptr -> f32
        %v742 = arith.addi %v600, %v215 : i64
        %v743 = arith.constant true
        %v744 = arith.addi %v30, %v742 : i64
        %v745 = llvm.getelementptr %v5[%v744] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v746 = llvm.load %v745 : !llvm.ptr<3> -> i64
        %v747 = arith.addi %v599, %v601 : i64
        %v748 = arith.cmpi slt, %v747, %v61 : i64
        %v749 = arith.subi %size_L, %v1 : i64
        %v750 = arith.minsi %v747, %v749 : i64
        %v751 = arith.addi %v746, %v750 : i64
        %v752 = arith.muli %v744, %v75 : i64
        %v753 = arith.addi %v752, %v601 : i64
        %v754 = llvm.getelementptr %in_x[%v751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v755 = llvm.load %v754 : !llvm.ptr -> f32
        %v756 = arith.addi %v600, %v230 : i64
        %v757 = arith.constant true
        %v758 = arith.addi %v30, %v756 : i64
        %v759 = llvm.getelementptr %v5[%v758] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v760 = llvm.load %v759 : !llvm.ptr<3> -> i64
        %v761 = arith.addi %v599, %v601 : i64
        %v762 = arith.cmpi slt, %v761, %v61 : i64
        %v763 = arith.subi %size_L, %v1 : i64
        %v764 = arith.minsi %v761, %v763 : i64
        %v765 = arith.addi %v760, %v764 : i64
        %v766 = arith.muli %v758, %v75 : i64
        %v767 = arith.addi %v766, %v601 : i64
        %v768 = llvm.getelementptr %in_x[%v765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v769 = llvm.load %v768 : !llvm.ptr -> f32
        %v770 = arith.addi %v600, %v245 : i64
        %v771 = arith.constant true
        %v772 = arith.addi %v30, %v770 : i64
        %v773 = llvm.getelementptr %v5[%v772] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v774 = llvm.load %v773 : !llvm.ptr<3> -> i64
        %v775 = arith.addi %v599, %v601 : i64
        %v776 = arith.cmpi slt, %v775, %v61 : i64
        %v777 = arith.subi %size_L, %v1 : i64
        %v778 = arith.minsi %v775, %v777 : i64
        %v779 = arith.addi %v774, %v778 : i64
        %v780 = arith.muli %v772, %v75 : i64
        %v781 = arith.addi %v780, %v601 : i64
        %v782 = llvm.getelementptr %in_x[%v779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v783 = llvm.load %v782 : !llvm.ptr -> f32
        %v784 = arith.addi %v600, %v260 : i64
        %v785 = arith.constant true
        %v786 = arith.addi %v30, %v784 : i64
        %v787 = llvm.getelementptr %v5[%v786] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v788 = llvm.load %v787 : !llvm.ptr<3> -> i64
        %v789 = arith.addi %v599, %v601 : i64
        %v790 = arith.cmpi slt, %v789, %v61 : i64
        %v791 = arith.subi %size_L, %v1 : i64
        %v792 = arith.minsi %v789, %v791 : i64
        %v793 = arith.addi %v788, %v792 : i64
        %v794 = arith.muli %v786, %v75 : i64
        %v795 = arith.addi %v794, %v601 : i64
        %v796 = llvm.getelementptr %in_x[%v793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v797 = llvm.load %v796 : !llvm.ptr -> f32
        %v798 = arith.addi %v600, %v275 : i64
        %v799 = arith.constant true
        %v800 = arith.addi %v30, %v798 : i64
        %v801 = llvm.getelementptr %v5[%v800] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v802 = llvm.load %v801 : !llvm.ptr<3> -> i64
        %v803 = arith.addi %v599, %v601 : i64
        %v804 = arith.cmpi slt, %v803, %v61 : i64
        %v805 = arith.subi %size_L, %v1 : i64
        %v806 = arith.minsi %v803, %v805 : i64
        %v807 = arith.addi %v802, %v806 : i64
        %v808 = arith.muli %v800, %v75 : i64
        %v809 = arith.addi %v808, %v601 : i64
        %v810 = llvm.getelementptr %in_x[%v807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v811 = llvm.load %v810 : !llvm.ptr -> f32
        %v812 = arith.addi %v600, %v290 : i64
        %v813 = arith.constant true
        %v814 = arith.addi %v30, %v812 : i64
        %v815 = llvm.getelementptr %v5[%v814] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v816 = llvm.load %v815 : !llvm.ptr<3> -> i64
        %v817 = arith.addi %v599, %v601 : i64
        %v818 = arith.cmpi slt, %v817, %v61 : i64
        %v819 = arith.subi %size_L, %v1 : i64
        %v820 = arith.minsi %v817, %v819 : i64
        %v821 = arith.addi %v816, %v820 : i64
        %v822 = arith.muli %v814, %v75 : i64
        %v823 = arith.addi %v822, %v601 : i64
        %v824 = llvm.getelementptr %in_x[%v821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v825 = llvm.load %v824 : !llvm.ptr -> f32
        %v826 = arith.addi %v600, %v62 : i64
        %v827 = arith.constant true
        %v828 = arith.addi %v30, %v826 : i64
        %v829 = llvm.getelementptr %v5[%v828] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v830 = llvm.load %v829 : !llvm.ptr<3> -> i64
        %v831 = arith.addi %v599, %v601 : i64
        %v832 = arith.cmpi slt, %v831, %v61 : i64
        %v833 = arith.subi %size_L, %v1 : i64
        %v834 = arith.minsi %v831, %v833 : i64
        %v835 = arith.addi %v830, %v834 : i64
        %v836 = arith.muli %v828, %v75 : i64
        %v837 = arith.addi %v836, %v601 : i64
        %v838 = llvm.getelementptr %in_x[%v835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v839 = llvm.load %v838 : !llvm.ptr -> f32
        %v840 = arith.addi %v600, %v319 : i64
        %v841 = arith.constant true
        %v842 = arith.addi %v30, %v840 : i64
        %v843 = llvm.getelementptr %v5[%v842] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v844 = llvm.load %v843 : !llvm.ptr<3> -> i64
        %v845 = arith.addi %v599, %v601 : i64
        %v846 = arith.cmpi slt, %v845, %v61 : i64
        %v847 = arith.subi %size_L, %v1 : i64
        %v848 = arith.minsi %v845, %v847 : i64
        %v849 = arith.addi %v844, %v848 : i64
        %v850 = arith.muli %v842, %v75 : i64
        %v851 = arith.addi %v850, %v601 : i64
        %v852 = llvm.getelementptr %in_x[%v849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v853 = llvm.load %v852 : !llvm.ptr -> f32
        %v854 = arith.addi %v600, %v334 : i64
        %v855 = arith.constant true
        %v856 = arith.addi %v30, %v854 : i64
        %v857 = llvm.getelementptr %v5[%v856] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v858 = llvm.load %v857 : !llvm.ptr<3> -> i64
        %v859 = arith.addi %v599, %v601 : i64
        %v860 = arith.cmpi slt, %v859, %v61 : i64
        %v861 = arith.subi %size_L, %v1 : i64
        %v862 = arith.minsi %v859, %v861 : i64
        %v863 = arith.addi %v858, %v862 : i64
        %v864 = arith.muli %v856, %v75 : i64
        %v865 = arith.addi %v864, %v601 : i64
        %v866 = llvm.getelementptr %in_x[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v867 = llvm.load %v866 : !llvm.ptr -> f32
        %v868 = arith.addi %v600, %v349 : i64
        %v869 = arith.constant true
        %v870 = arith.addi %v30, %v868 : i64
        %v871 = llvm.getelementptr %v5[%v870] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v872 = llvm.load %v871 : !llvm.ptr<3> -> i64
        %v873 = arith.addi %v599, %v601 : i64
        %v874 = arith.cmpi slt, %v873, %v61 : i64
        %v875 = arith.subi %size_L, %v1 : i64
        %v876 = arith.minsi %v873, %v875 : i64
        %v877 = arith.addi %v872, %v876 : i64
        %v878 = arith.muli %v870, %v75 : i64
        %v879 = arith.addi %v878, %v601 : i64
        %v880 = llvm.getelementptr %in_x[%v877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v881 = llvm.load %v880 : !llvm.ptr -> f32
        %v882 = arith.addi %v600, %v364 : i64
        %v883 = arith.constant true
        %v884 = arith.addi %v30, %v882 : i64
        %v885 = llvm.getelementptr %v5[%v884] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v886 = llvm.load %v885 : !llvm.ptr<3> -> i64
        %v887 = arith.addi %v599, %v601 : i64
        %v888 = arith.cmpi slt, %v887, %v61 : i64
        %v889 = arith.subi %size_L, %v1 : i64
        %v890 = arith.minsi %v887, %v889 : i64
        %v891 = arith.addi %v886, %v890 : i64
        %v892 = arith.muli %v884, %v75 : i64
        %v893 = arith.addi %v892, %v601 : i64
        %v894 = llvm.getelementptr %in_x[%v891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v895 = llvm.load %v894 : !llvm.ptr -> f32
        %v896 = arith.addi %v600, %v379 : i64
        %v897 = arith.constant true
        %v898 = arith.addi %v30, %v896 : i64
        %v899 = llvm.getelementptr %v5[%v898] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v900 = llvm.load %v899 : !llvm.ptr<3> -> i64
        %v901 = arith.addi %v599, %v601 : i64
        %v902 = arith.cmpi slt, %v901, %v61 : i64
        %v903 = arith.subi %size_L, %v1 : i64
        %v904 = arith.minsi %v901, %v903 : i64
        %v905 = arith.addi %v900, %v904 : i64
        %v906 = arith.muli %v898, %v75 : i64
        %v907 = arith.addi %v906, %v601 : i64
        %v908 = llvm.getelementptr %in_x[%v905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v909 = llvm.load %v908 : !llvm.ptr -> f32
        %v910 = arith.addi %v600, %v394 : i64
        %v911 = arith.constant true
        %v912 = arith.addi %v30, %v910 : i64
        %v913 = llvm.getelementptr %v5[%v912] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v914 = llvm.load %v913 : !llvm.ptr<3> -> i64
        %v915 = arith.addi %v599, %v601 : i64
        %v916 = arith.cmpi slt, %v915, %v61 : i64
        %v917 = arith.subi %size_L, %v1 : i64
        %v918 = arith.minsi %v915, %v917 : i64
        %v919 = arith.addi %v914, %v918 : i64
        %v920 = arith.muli %v912, %v75 : i64
        %v921 = arith.addi %v920, %v601 : i64
        %v922 = llvm.getelementptr %in_x[%v919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v923 = llvm.load %v922 : !llvm.ptr -> f32
        %v924 = arith.addi %v600, %v409 : i64
        %v925 = arith.constant true
        %v926 = arith.addi %v30, %v924 : i64
        %v927 = llvm.getelementptr %v5[%v926] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v928 = llvm.load %v927 : !llvm.ptr<3> -> i64
        %v929 = arith.addi %v599, %v601 : i64
        %v930 = arith.cmpi slt, %v929, %v61 : i64
        %v931 = arith.subi %size_L, %v1 : i64
        %v932 = arith.minsi %v929, %v931 : i64
        %v933 = arith.addi %v928, %v932 : i64
        %v934 = arith.muli %v926, %v75 : i64
        %v935 = arith.addi %v934, %v601 : i64
        %v936 = llvm.getelementptr %in_x[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v937 = llvm.load %v936 : !llvm.ptr -> f32
        %v938 = arith.addi %v600, %v424 : i64
        %v939 = arith.constant true
        %v940 = arith.addi %v30, %v938 : i64
        %v941 = llvm.getelementptr %v5[%v940] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v942 = llvm.load %v941 : !llvm.ptr<3> -> i64
        %v943 = arith.addi %v599, %v601 : i64
        %v944 = arith.cmpi slt, %v943, %v61 : i64
        %v945 = arith.subi %size_L, %v1 : i64
        %v946 = arith.minsi %v943, %v945 : i64
        %v947 = arith.addi %v942, %v946 : i64
        %v948 = arith.muli %v940, %v75 : i64
        %v949 = arith.addi %v948, %v601 : i64
        %v950 = llvm.getelementptr %in_x[%v947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v951 = llvm.load %v950 : !llvm.ptr -> f32
        %v952 = arith.addi %v600, %v439 : i64
        %v953 = arith.constant true
        %v954 = arith.addi %v30, %v952 : i64
        %v955 = llvm.getelementptr %v5[%v954] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v956 = llvm.load %v955 : !llvm.ptr<3> -> i64
        %v957 = arith.addi %v599, %v601 : i64
        %v958 = arith.cmpi slt, %v957, %v61 : i64
        %v959 = arith.subi %size_L, %v1 : i64
        %v960 = arith.minsi %v957, %v959 : i64
        %v961 = arith.addi %v956, %v960 : i64
        %v962 = arith.muli %v954, %v75 : i64
        %v963 = arith.addi %v962, %v601 : i64
        %v964 = llvm.getelementptr %in_x[%v961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v965 = llvm.load %v964 : !llvm.ptr -> f32
        %v966 = arith.addi %v600, %v454 : i64
        %v967 = arith.constant true
        %v968 = arith.addi %v30, %v966 : i64
        %v969 = llvm.getelementptr %v5[%v968] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v970 = llvm.load %v969 : !llvm.ptr<3> -> i64
        %v971 = arith.addi %v599, %v601 : i64
        %v972 = arith.cmpi slt, %v971, %v61 : i64
        %v973 = arith.subi %size_L, %v1 : i64
        %v974 = arith.minsi %v971, %v973 : i64
        %v975 = arith.addi %v970, %v974 : i64
        %v976 = arith.muli %v968, %v75 : i64
        %v977 = arith.addi %v976, %v601 : i64
        %v978 = llvm.getelementptr %in_x[%v975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v979 = llvm.load %v978 : !llvm.ptr -> f32
        %v980 = arith.addi %v600, %v469 : i64
        %v981 = arith.constant true
        %v982 = arith.addi %v30, %v980 : i64
        %v983 = llvm.getelementptr %v5[%v982] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v984 = llvm.load %v983 : !llvm.ptr<3> -> i64
        %v985 = arith.addi %v599, %v601 : i64
        %v986 = arith.cmpi slt, %v985, %v61 : i64
        %v987 = arith.subi %size_L, %v1 : i64
        %v988 = arith.minsi %v985, %v987 : i64
        %v989 = arith.addi %v984, %v988 : i64
        %v990 = arith.muli %v982, %v75 : i64
        %v991 = arith.addi %v990, %v601 : i64
        %v992 = llvm.getelementptr %in_x[%v989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v993 = llvm.load %v992 : !llvm.ptr -> f32
        %v994 = arith.addi %v600, %v484 : i64
        %v995 = arith.constant true
        %v996 = arith.addi %v30, %v994 : i64
        %v997 = llvm.getelementptr %v5[%v996] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v998 = llvm.load %v997 : !llvm.ptr<3> -> i64
        %v999 = arith.addi %v599, %v601 : i64
        %v1000 = arith.cmpi slt, %v999, %v61 : i64
        %v1001 = arith.subi %size_L, %v1 : i64
        %v1002 = arith.minsi %v999, %v1001 : i64
        %v1003 = arith.addi %v998, %v1002 : i64
        %v1004 = arith.muli %v996, %v75 : i64
        %v1005 = arith.addi %v1004, %v601 : i64
        %v1006 = llvm.getelementptr %in_x[%v1003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1007 = llvm.load %v1006 : !llvm.ptr -> f32
        %v1008 = arith.addi %v600, %v499 : i64
        %v1009 = arith.constant true
        %v1010 = arith.addi %v30, %v1008 : i64
        %v1011 = llvm.getelementptr %v5[%v1010] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1012 = llvm.load %v1011 : !llvm.ptr<3> -> i64
        %v1013 = arith.addi %v599, %v601 : i64
        %v1014 = arith.cmpi slt, %v1013, %v61 : i64
        %v1015 = arith.subi %size_L, %v1 : i64
        %v1016 = arith.minsi %v1013, %v1015 : i64
        %v1017 = arith.addi %v1012, %v1016 : i64
        %v1018 = arith.muli %v1010, %v75 : i64
        %v1019 = arith.addi %v1018, %v601 : i64
        %v1020 = llvm.getelementptr %in_x[%v1017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1021 = llvm.load %v1020 : !llvm.ptr -> f32
        %v1022 = arith.addi %v600, %v514 : i64
        %v1023 = arith.constant true
        %v1024 = arith.addi %v30, %v1022 : i64
        %v1025 = llvm.getelementptr %v5[%v1024] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1026 = llvm.load %v1025 : !llvm.ptr<3> -> i64
        %v1027 = arith.addi %v599, %v601 : i64
        %v1028 = arith.cmpi slt, %v1027, %v61 : i64
        %v1029 = arith.subi %size_L, %v1 : i64
        %v1030 = arith.minsi %v1027, %v1029 : i64
        %v1031 = arith.addi %v1026, %v1030 : i64
        %v1032 = arith.muli %v1024, %v75 : i64
        %v1033 = arith.addi %v1032, %v601 : i64
        %v1034 = llvm.getelementptr %in_x[%v1031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1035 = llvm.load %v1034 : !llvm.ptr -> f32
        %v1036 = arith.addi %v600, %v529 : i64
        %v1037 = arith.constant true
        %v1038 = arith.addi %v30, %v1036 : i64
        %v1039 = llvm.getelementptr %v5[%v1038] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1040 = llvm.load %v1039 : !llvm.ptr<3> -> i64
        %v1041 = arith.addi %v599, %v601 : i64
        %v1042 = arith.cmpi slt, %v1041, %v61 : i64
        %v1043 = arith.subi %size_L, %v1 : i64
        %v1044 = arith.minsi %v1041, %v1043 : i64
        %v1045 = arith.addi %v1040, %v1044 : i64
        %v1046 = arith.muli %v1038, %v75 : i64
        %v1047 = arith.addi %v1046, %v601 : i64
        %v1048 = llvm.getelementptr %in_x[%v1045] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1049 = llvm.load %v1048 : !llvm.ptr -> f32
        %v1050 = arith.index_cast %v30 : i64 to index
        %v1051 = arith.index_cast %v598 : i64 to index
        %v1052 = arith.index_cast %v1 : i64 to index
        scf.for %v1053 = %v1050 to %v1051 step %v1052 {
          %v1054 = arith.index_cast %v1053 : index to i64
          %v1055 = arith.addi %v580, %v1054 : i64
          %v1067 = arith.muli %v30, %v15 : i64
          %v1068 = arith.addi %v1067, %v13 : i64
          %v1069 = arith.muli %v1068, %v75 : i64
          %v1070 = arith.addi %v1069, %v1054 : i64
          %v1071 = llvm.getelementptr %v6[%v1070] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v1072 = llvm.load %v1071 : !llvm.ptr<3> -> f32
          %v1073 = arith.mulf %v1066, %v1072 fastmath<contract> : f32
          %v1074 = llvm.load %v4 : !llvm.ptr -> f32
          %v1075 = arith.mulf %v1065, %v1074 fastmath<contract> : f32
          %v1076 = arith.addf %v1075, %v1073 fastmath<contract> : f32
          llvm.store %v1076, %v4 : f32, !llvm.ptr
          %v1077 = llvm.load %v4 : !llvm.ptr -> f32
          %v1078 = arith.muli %v1, %v15 : i64
          %v1079 = arith.addi %v1078, %v13 : i64
          %v1080 = arith.muli %v1079, %v75 : i64
          %v1081 = arith.addi %v1080, %v1054 : i64
          %v1082 = llvm.getelementptr %v6[%v1081] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1077, %v1082 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v1083 = arith.addi %v30, %v13 : i64
        %v1084 = arith.divui %v1083, %v62 : i64
        %v1085 = arith.remui %v1083, %v62 : i64
        %v1086 = arith.addi %v30, %v1084 : i64
        %v1087 = arith.muli %v1086, %v75 : i64
        %v1088 = arith.addi %v1087, %v1085 : i64
        %v1089 = llvm.getelementptr %v6[%v1088] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v615, %v1089 : f32, !llvm.ptr<3>
        %v1090 = arith.addi %v15, %v13 : i64
        %v1091 = arith.divui %v1090, %v62 : i64
        %v1092 = arith.remui %v1090, %v62 : i64
        %v1093 = arith.addi %v30, %v1091 : i64
        %v1094 = arith.muli %v1093, %v75 : i64
        %v1095 = arith.addi %v1094, %v1092 : i64
        %v1096 = llvm.getelementptr %v6[%v1095] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v629, %v1096 : f32, !llvm.ptr<3>
        %v1098 = arith.addi %v1097, %v13 : i64
        %v1099 = arith.divui %v1098, %v62 : i64
        %v1100 = arith.remui %v1098, %v62 : i64
        %v1101 = arith.addi %v30, %v1099 : i64
        %v1102 = arith.muli %v1101, %v75 : i64
        %v1103 = arith.addi %v1102, %v1100 : i64
        %v1104 = llvm.getelementptr %v6[%v1103] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v643, %v1104 : f32, !llvm.ptr<3>
        %v1106 = arith.addi %v1105, %v13 : i64
        %v1107 = arith.divui %v1106, %v62 : i64
        %v1108 = arith.remui %v1106, %v62 : i64
        %v1109 = arith.addi %v30, %v1107 : i64
        %v1110 = arith.muli %v1109, %v75 : i64
        %v1111 = arith.addi %v1110, %v1108 : i64
        %v1112 = llvm.getelementptr %v6[%v1111] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v657, %v1112 : f32, !llvm.ptr<3>
        %v1113 = arith.addi %v9, %v13 : i64
        %v1114 = arith.divui %v1113, %v62 : i64
        %v1115 = arith.remui %v1113, %v62 : i64
        %v1116 = arith.addi %v30, %v1114 : i64
        %v1117 = arith.muli %v1116, %v75 : i64
        %v1118 = arith.addi %v1117, %v1115 : i64
        %v1119 = llvm.getelementptr %v6[%v1118] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v671, %v1119 : f32, !llvm.ptr<3>
        %v1121 = arith.addi %v1120, %v13 : i64
        %v1122 = arith.divui %v1121, %v62 : i64
        %v1123 = arith.remui %v1121, %v62 : i64
        %v1124 = arith.addi %v30, %v1122 : i64
        %v1125 = arith.muli %v1124, %v75 : i64
        %v1126 = arith.addi %v1125, %v1123 : i64
        %v1127 = llvm.getelementptr %v6[%v1126] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v685, %v1127 : f32, !llvm.ptr<3>
        %v1129 = arith.addi %v1128, %v13 : i64
        %v1130 = arith.divui %v1129, %v62 : i64
        %v1131 = arith.remui %v1129, %v62 : i64
        %v1132 = arith.addi %v30, %v1130 : i64
        %v1133 = arith.muli %v1132, %v75 : i64
        %v1134 = arith.addi %v1133, %v1131 : i64
        %v1135 = llvm.getelementptr %v6[%v1134] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v699, %v1135 : f32, !llvm.ptr<3>
        %v1137 = arith.addi %v1136, %v13 : i64
        %v1138 = arith.divui %v1137, %v62 : i64
        %v1139 = arith.remui %v1137, %v62 : i64
        %v1140 = arith.addi %v30, %v1138 : i64
        %v1141 = arith.muli %v1140, %v75 : i64
        %v1142 = arith.addi %v1141, %v1139 : i64
        %v1143 = llvm.getelementptr %v6[%v1142] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v713, %v1143 : f32, !llvm.ptr<3>
        %v1145 = arith.addi %v1144, %v13 : i64
        %v1146 = arith.divui %v1145, %v62 : i64
        %v1147 = arith.remui %v1145, %v62 : i64
        %v1148 = arith.addi %v30, %v1146 : i64
        %v1149 = arith.muli %v1148, %v75 : i64
        %v1150 = arith.addi %v1149, %v1147 : i64
        %v1151 = llvm.getelementptr %v6[%v1150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v727, %v1151 : f32, !llvm.ptr<3>
        %v1153 = arith.addi %v1152, %v13 : i64
        %v1154 = arith.divui %v1153, %v62 : i64
        %v1155 = arith.remui %v1153, %v62 : i64
        %v1156 = arith.addi %v30, %v1154 : i64
        %v1157 = arith.muli %v1156, %v75 : i64
        %v1158 = arith.addi %v1157, %v1155 : i64
        %v1159 = llvm.getelementptr %v6[%v1158] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v741, %v1159 : f32, !llvm.ptr<3>
        %v1161 = arith.addi %v1160, %v13 : i64
        %v1162 = arith.divui %v1161, %v62 : i64
        %v1163 = arith.remui %v1161, %v62 : i64
        %v1164 = arith.addi %v30, %v1162 : i64
        %v1165 = arith.muli %v1164, %v75 : i64
        %v1166 = arith.addi %v1165, %v1163 : i64
        %v1167 = llvm.getelementptr %v6[%v1166] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v755, %v1167 : f32, !llvm.ptr<3>
        %v1169 = arith.addi %v1168, %v13 : i64
        %v1170 = arith.divui %v1169, %v62 : i64
        %v1171 = arith.remui %v1169, %v62 : i64
        %v1172 = arith.addi %v30, %v1170 : i64
        %v1173 = arith.muli %v1172, %v75 : i64
        %v1174 = arith.addi %v1173, %v1171 : i64
        %v1175 = llvm.getelementptr %v6[%v1174] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v769, %v1175 : f32, !llvm.ptr<3>
        %v1177 = arith.addi %v1176, %v13 : i64
        %v1178 = arith.divui %v1177, %v62 : i64
        %v1179 = arith.remui %v1177, %v62 : i64
        %v1180 = arith.addi %v30, %v1178 : i64
        %v1181 = arith.muli %v1180, %v75 : i64
        %v1182 = arith.addi %v1181, %v1179 : i64
        %v1183 = llvm.getelementptr %v6[%v1182] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v783, %v1183 : f32, !llvm.ptr<3>
        %v1185 = arith.addi %v1184, %v13 : i64
        %v1186 = arith.divui %v1185, %v62 : i64
        %v1187 = arith.remui %v1185, %v62 : i64
        %v1188 = arith.addi %v30, %v1186 : i64
        %v1189 = arith.muli %v1188, %v75 : i64
        %v1190 = arith.addi %v1189, %v1187 : i64
        %v1191 = llvm.getelementptr %v6[%v1190] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v797, %v1191 : f32, !llvm.ptr<3>
        %v1193 = arith.addi %v1192, %v13 : i64
        %v1194 = arith.divui %v1193, %v62 : i64
        %v1195 = arith.remui %v1193, %v62 : i64
        %v1196 = arith.addi %v30, %v1194 : i64
        %v1197 = arith.muli %v1196, %v75 : i64
        %v1198 = arith.addi %v1197, %v1195 : i64
        %v1199 = llvm.getelementptr %v6[%v1198] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v811, %v1199 : f32, !llvm.ptr<3>
        %v1201 = arith.addi %v1200, %v13 : i64
        %v1202 = arith.divui %v1201, %v62 : i64
        %v1203 = arith.remui %v1201, %v62 : i64
        %v1204 = arith.addi %v30, %v1202 : i64
        %v1205 = arith.muli %v1204, %v75 : i64
        %v1206 = arith.addi %v1205, %v1203 : i64
        %v1207 = llvm.getelementptr %v6[%v1206] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v825, %v1207 : f32, !llvm.ptr<3>
        %v1209 = arith.addi %v1208, %v13 : i64
        %v1210 = arith.divui %v1209, %v62 : i64
        %v1211 = arith.remui %v1209, %v62 : i64
        %v1212 = arith.addi %v30, %v1210 : i64
        %v1213 = arith.muli %v1212, %v75 : i64
        %v1214 = arith.addi %v1213, %v1211 : i64
        %v1215 = llvm.getelementptr %v6[%v1214] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v839, %v1215 : f32, !llvm.ptr<3>
        %v1217 = arith.addi %v1216, %v13 : i64
        %v1218 = arith.divui %v1217, %v62 : i64
        %v1219 = arith.remui %v1217, %v62 : i64
        %v1220 = arith.addi %v30, %v1218 : i64
        %v1221 = arith.muli %v1220, %v75 : i64
        %v1222 = arith.addi %v1221, %v1219 : i64
        %v1223 = llvm.getelementptr %v6[%v1222] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v853, %v1223 : f32, !llvm.ptr<3>
        %v1225 = arith.addi %v1224, %v13 : i64
        %v1226 = arith.divui %v1225, %v62 : i64
        %v1227 = arith.remui %v1225, %v62 : i64
        %v1228 = arith.addi %v30, %v1226 : i64
        %v1229 = arith.muli %v1228, %v75 : i64
        %v1230 = arith.addi %v1229, %v1227 : i64
        %v1231 = llvm.getelementptr %v6[%v1230] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v867, %v1231 : f32, !llvm.ptr<3>
        %v1233 = arith.addi %v1232, %v13 : i64
        %v1234 = arith.divui %v1233, %v62 : i64
        %v1235 = arith.remui %v1233, %v62 : i64
        %v1236 = arith.addi %v30, %v1234 : i64
        %v1237 = arith.muli %v1236, %v75 : i64
        %v1238 = arith.addi %v1237, %v1235 : i64
        %v1239 = llvm.getelementptr %v6[%v1238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v881, %v1239 : f32, !llvm.ptr<3>
        %v1241 = arith.addi %v1240, %v13 : i64
        %v1242 = arith.divui %v1241, %v62 : i64
        %v1243 = arith.remui %v1241, %v62 : i64
        %v1244 = arith.addi %v30, %v1242 : i64
        %v1245 = arith.muli %v1244, %v75 : i64
        %v1246 = arith.addi %v1245, %v1243 : i64
        %v1247 = llvm.getelementptr %v6[%v1246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v895, %v1247 : f32, !llvm.ptr<3>
        %v1249 = arith.addi %v1248, %v13 : i64
        %v1250 = arith.divui %v1249, %v62 : i64
        %v1251 = arith.remui %v1249, %v62 : i64
        %v1252 = arith.addi %v30, %v1250 : i64
        %v1253 = arith.muli %v1252, %v75 : i64
        %v1254 = arith.addi %v1253, %v1251 : i64
        %v1255 = llvm.getelementptr %v6[%v1254] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v909, %v1255 : f32, !llvm.ptr<3>
        %v1257 = arith.addi %v1256, %v13 : i64
        %v1258 = arith.divui %v1257, %v62 : i64
        %v1259 = arith.remui %v1257, %v62 : i64
        %v1260 = arith.addi %v30, %v1258 : i64
        %v1261 = arith.muli %v1260, %v75 : i64
        %v1262 = arith.addi %v1261, %v1259 : i64
        %v1263 = llvm.getelementptr %v6[%v1262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v923, %v1263 : f32, !llvm.ptr<3>
        %v1265 = arith.addi %v1264, %v13 : i64
        %v1266 = arith.divui %v1265, %v62 : i64
        %v1267 = arith.remui %v1265, %v62 : i64
        %v1268 = arith.addi %v30, %v1266 : i64
        %v1269 = arith.muli %v1268, %v75 : i64
        %v1270 = arith.addi %v1269, %v1267 : i64
        %v1271 = llvm.getelementptr %v6[%v1270] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v937, %v1271 : f32, !llvm.ptr<3>
        %v1273 = arith.addi %v1272, %v13 : i64
        %v1274 = arith.divui %v1273, %v62 : i64
        %v1275 = arith.remui %v1273, %v62 : i64
        %v1276 = arith.addi %v30, %v1274 : i64
        %v1277 = arith.muli %v1276, %v75 : i64
        %v1278 = arith.addi %v1277, %v1275 : i64
        %v1279 = llvm.getelementptr %v6[%v1278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v951, %v1279 : f32, !llvm.ptr<3>
        %v1281 = arith.addi %v1280, %v13 : i64
        %v1282 = arith.divui %v1281, %v62 : i64
        %v1283 = arith.remui %v1281, %v62 : i64
        %v1284 = arith.addi %v30, %v1282 : i64
        %v1285 = arith.muli %v1284, %v75 : i64
        %v1286 = arith.addi %v1285, %v1283 : i64
        %v1287 = llvm.getelementptr %v6[%v1286] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v965, %v1287 : f32, !llvm.ptr<3>
        %v1289 = arith.addi %v1288, %v13 : i64
        %v1290 = arith.divui %v1289, %v62 : i64
        %v1291 = arith.remui %v1289, %v62 : i64
        %v1292 = arith.addi %v30, %v1290 : i64
        %v1293 = arith.muli %v1292, %v75 : i64
        %v1294 = arith.addi %v1293, %v1291 : i64
        %v1295 = llvm.getelementptr %v6[%v1294] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v979, %v1295 : f32, !llvm.ptr<3>
        %v1297 = arith.addi %v1296, %v13 : i64
        %v1298 = arith.divui %v1297, %v62 : i64
        %v1299 = arith.remui %v1297, %v62 : i64
        %v1300 = arith.addi %v30, %v1298 : i64
        %v1301 = arith.muli %v1300, %v75 : i64
        %v1302 = arith.addi %v1301, %v1299 : i64
        %v1303 = llvm.getelementptr %v6[%v1302] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v993, %v1303 : f32, !llvm.ptr<3>
        %v1305 = arith.addi %v1304, %v13 : i64
        %v1306 = arith.divui %v1305, %v62 : i64
        %v1307 = arith.remui %v1305, %v62 : i64
        %v1308 = arith.addi %v30, %v1306 : i64
        %v1309 = arith.muli %v1308, %v75 : i64
        %v1310 = arith.addi %v1309, %v1307 : i64
        %v1311 = llvm.getelementptr %v6[%v1310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1007, %v1311 : f32, !llvm.ptr<3>
        %v1313 = arith.addi %v1312, %v13 : i64
        %v1314 = arith.divui %v1313, %v62 : i64
        %v1315 = arith.remui %v1313, %v62 : i64
        %v1316 = arith.addi %v30, %v1314 : i64
        %v1317 = arith.muli %v1316, %v75 : i64
        %v1318 = arith.addi %v1317, %v1315 : i64
        %v1319 = llvm.getelementptr %v6[%v1318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1021, %v1319 : f32, !llvm.ptr<3>
        %v1321 = arith.addi %v1320, %v13 : i64
        %v1322 = arith.divui %v1321, %v62 : i64
        %v1323 = arith.remui %v1321, %v62 : i64
        %v1324 = arith.addi %v30, %v1322 : i64
        %v1325 = arith.muli %v1324, %v75 : i64
        %v1326 = arith.addi %v1325, %v1323 : i64
        %v1327 = llvm.getelementptr %v6[%v1326] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1035, %v1327 : f32, !llvm.ptr<3>
        %v1329 = arith.addi %v1328, %v13 : i64
        %v1330 = arith.divui %v1329, %v62 : i64
        %v1331 = arith.remui %v1329, %v62 : i64
        %v1332 = arith.addi %v30, %v1330 : i64
        %v1333 = arith.muli %v1332, %v75 : i64
        %v1334 = arith.addi %v1333, %v1331 : i64
        %v1335 = llvm.getelementptr %v6[%v1334] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1049, %v1335 : f32, !llvm.ptr<3>
        %v1336 = arith.divui %v13, %v62 : i64
        %v1337 = arith.remui %v13, %v62 : i64
        %v1338 = arith.addi %v1336, %v30 : i64
        %v1339 = arith.constant true
        %v1340 = arith.addi %v15, %v1338 : i64
        %v1341 = llvm.getelementptr %v5[%v1340] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1342 = llvm.load %v1341 : !llvm.ptr<3> -> i64
        %v1343 = arith.addi %v580, %v1337 : i64
        %v1344 = arith.cmpi slt, %v1343, %v61 : i64
        %v1345 = arith.subi %size_L, %v1 : i64
        %v1346 = arith.minsi %v1343, %v1345 : i64
        %v1347 = arith.addi %v1342, %v1346 : i64
        %v1348 = arith.muli %v1340, %v75 : i64
        %v1349 = arith.addi %v1348, %v1337 : i64
        %v1350 = arith.cmpi sge, %v1342, %v30 : i64
        %v1351 = arith.andi %v1344, %v1350 : i1
        %v1352 = arith.andi %v1351, %v1339 : i1
        %v1353 = llvm.getelementptr %v6[%v1349] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1354 = llvm.load %v1353 : !llvm.ptr<3> -> f32
        %v1355 = arith.addi %v1336, %v80 : i64
        %v1356 = arith.constant true
        %v1357 = arith.addi %v15, %v1355 : i64
        %v1358 = llvm.getelementptr %v5[%v1357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1359 = llvm.load %v1358 : !llvm.ptr<3> -> i64
        %v1360 = arith.addi %v580, %v1337 : i64
        %v1361 = arith.cmpi slt, %v1360, %v61 : i64
        %v1362 = arith.subi %size_L, %v1 : i64
        %v1363 = arith.minsi %v1360, %v1362 : i64
        %v1364 = arith.addi %v1359, %v1363 : i64
        %v1365 = arith.muli %v1357, %v75 : i64
        %v1366 = arith.addi %v1365, %v1337 : i64
        %v1367 = arith.cmpi sge, %v1359, %v30 : i64
        %v1368 = arith.andi %v1361, %v1367 : i1
        %v1369 = arith.andi %v1368, %v1356 : i1
        %v1370 = llvm.getelementptr %v6[%v1366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1371 = llvm.load %v1370 : !llvm.ptr<3> -> f32
        %v1372 = arith.addi %v1336, %v95 : i64
        %v1373 = arith.constant true
        %v1374 = arith.addi %v15, %v1372 : i64
        %v1375 = llvm.getelementptr %v5[%v1374] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1376 = llvm.load %v1375 : !llvm.ptr<3> -> i64
        %v1377 = arith.addi %v580, %v1337 : i64
        %v1378 = arith.cmpi slt, %v1377, %v61 : i64
        %v1379 = arith.subi %size_L, %v1 : i64
        %v1380 = arith.minsi %v1377, %v1379 : i64
        %v1381 = arith.addi %v1376, %v1380 : i64
        %v1382 = arith.muli %v1374, %v75 : i64
        %v1383 = arith.addi %v1382, %v1337 : i64
        %v1384 = arith.cmpi sge, %v1376, %v30 : i64
        %v1385 = arith.andi %v1378, %v1384 : i1
        %v1386 = arith.andi %v1385, %v1373 : i1
        %v1387 = llvm.getelementptr %v6[%v1383] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1388 = llvm.load %v1387 : !llvm.ptr<3> -> f32
        %v1389 = arith.addi %v1336, %v110 : i64
        %v1390 = arith.constant true
        %v1391 = arith.addi %v15, %v1389 : i64
        %v1392 = llvm.getelementptr %v5[%v1391] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1393 = llvm.load %v1392 : !llvm.ptr<3> -> i64
        %v1394 = arith.addi %v580, %v1337 : i64
        %v1395 = arith.cmpi slt, %v1394, %v61 : i64
        %v1396 = arith.subi %size_L, %v1 : i64
        %v1397 = arith.minsi %v1394, %v1396 : i64
        %v1398 = arith.addi %v1393, %v1397 : i64
        %v1399 = arith.muli %v1391, %v75 : i64
        %v1400 = arith.addi %v1399, %v1337 : i64
        %v1401 = arith.cmpi sge, %v1393, %v30 : i64
        %v1402 = arith.andi %v1395, %v1401 : i1
        %v1403 = arith.andi %v1402, %v1390 : i1
        %v1404 = llvm.getelementptr %v6[%v1400] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1405 = llvm.load %v1404 : !llvm.ptr<3> -> f32
        %v1406 = arith.addi %v1336, %v125 : i64
        %v1407 = arith.constant true
        %v1408 = arith.addi %v15, %v1406 : i64
        %v1409 = llvm.getelementptr %v5[%v1408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1410 = llvm.load %v1409 : !llvm.ptr<3> -> i64
        %v1411 = arith.addi %v580, %v1337 : i64
        %v1412 = arith.cmpi slt, %v1411, %v61 : i64
        %v1413 = arith.subi %size_L, %v1 : i64
        %v1414 = arith.minsi %v1411, %v1413 : i64
        %v1415 = arith.addi %v1410, %v1414 : i64
        %v1416 = arith.muli %v1408, %v75 : i64
        %v1417 = arith.addi %v1416, %v1337 : i64
        %v1418 = arith.cmpi sge, %v1410, %v30 : i64
        %v1419 = arith.andi %v1412, %v1418 : i1
        %v1420 = arith.andi %v1419, %v1407 : i1
        %v1421 = llvm.getelementptr %v6[%v1417] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1422 = llvm.load %v1421 : !llvm.ptr<3> -> f32
        %v1423 = arith.addi %v1336, %v140 : i64
        %v1424 = arith.constant true
        %v1425 = arith.addi %v15, %v1423 : i64
        %v1426 = llvm.getelementptr %v5[%v1425] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1427 = llvm.load %v1426 : !llvm.ptr<3> -> i64
        %v1428 = arith.addi %v580, %v1337 : i64
        %v1429 = arith.cmpi slt, %v1428, %v61 : i64
        %v1430 = arith.subi %size_L, %v1 : i64
        %v1431 = arith.minsi %v1428, %v1430 : i64
        %v1432 = arith.addi %v1427, %v1431 : i64
        %v1433 = arith.muli %v1425, %v75 : i64
        %v1434 = arith.addi %v1433, %v1337 : i64
        %v1435 = arith.cmpi sge, %v1427, %v30 : i64
        %v1436 = arith.andi %v1429, %v1435 : i1
        %v1437 = arith.andi %v1436, %v1424 : i1
        %v1438 = llvm.getelementptr %v6[%v1434] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1439 = llvm.load %v1438 : !llvm.ptr<3> -> f32
        %v1440 = arith.addi %v1336, %v155 : i64
        %v1441 = arith.constant true
        %v1442 = arith.addi %v15, %v1440 : i64
        %v1443 = llvm.getelementptr %v5[%v1442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1444 = llvm.load %v1443 : !llvm.ptr<3> -> i64
        %v1445 = arith.addi %v580, %v1337 : i64
        %v1446 = arith.cmpi slt, %v1445, %v61 : i64
        %v1447 = arith.subi %size_L, %v1 : i64
        %v1448 = arith.minsi %v1445, %v1447 : i64
        %v1449 = arith.addi %v1444, %v1448 : i64
        %v1450 = arith.muli %v1442, %v75 : i64
        %v1451 = arith.addi %v1450, %v1337 : i64
        %v1452 = arith.cmpi sge, %v1444, %v30 : i64
        %v1453 = arith.andi %v1446, %v1452 : i1
        %v1454 = arith.andi %v1453, %v1441 : i1
        %v1455 = llvm.getelementptr %v6[%v1451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1456 = llvm.load %v1455 : !llvm.ptr<3> -> f32
        %v1457 = arith.addi %v1336, %v170 : i64
        %v1458 = arith.constant true
        %v1459 = arith.addi %v15, %v1457 : i64
        %v1460 = llvm.getelementptr %v5[%v1459] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1461 = llvm.load %v1460 : !llvm.ptr<3> -> i64
        %v1462 = arith.addi %v580, %v1337 : i64
        %v1463 = arith.cmpi slt, %v1462, %v61 : i64
        %v1464 = arith.subi %size_L, %v1 : i64
        %v1465 = arith.minsi %v1462, %v1464 : i64
        %v1466 = arith.addi %v1461, %v1465 : i64
        %v1467 = arith.muli %v1459, %v75 : i64
        %v1468 = arith.addi %v1467, %v1337 : i64
        %v1469 = arith.cmpi sge, %v1461, %v30 : i64
        %v1470 = arith.andi %v1463, %v1469 : i1
        %v1471 = arith.andi %v1470, %v1458 : i1
        %v1472 = llvm.getelementptr %v6[%v1468] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1473 = llvm.load %v1472 : !llvm.ptr<3> -> f32
        %v1474 = arith.addi %v1336, %v185 : i64
        %v1475 = arith.constant true
        %v1476 = arith.addi %v15, %v1474 : i64
        %v1477 = llvm.getelementptr %v5[%v1476] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1478 = llvm.load %v1477 : !llvm.ptr<3> -> i64
        %v1479 = arith.addi %v580, %v1337 : i64
        %v1480 = arith.cmpi slt, %v1479, %v61 : i64
        %v1481 = arith.subi %size_L, %v1 : i64
        %v1482 = arith.minsi %v1479, %v1481 : i64
        %v1483 = arith.addi %v1478, %v1482 : i64
        %v1484 = arith.muli %v1476, %v75 : i64
        %v1485 = arith.addi %v1484, %v1337 : i64
        %v1486 = arith.cmpi sge, %v1478, %v30 : i64
        %v1487 = arith.andi %v1480, %v1486 : i1
        %v1488 = arith.andi %v1487, %v1475 : i1
        %v1489 = llvm.getelementptr %v6[%v1485] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1490 = llvm.load %v1489 : !llvm.ptr<3> -> f32
        %v1491 = arith.addi %v1336, %v200 : i64
        %v1492 = arith.constant true
        %v1493 = arith.addi %v15, %v1491 : i64
        %v1494 = llvm.getelementptr %v5[%v1493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1495 = llvm.load %v1494 : !llvm.ptr<3> -> i64
        %v1496 = arith.addi %v580, %v1337 : i64
        %v1497 = arith.cmpi slt, %v1496, %v61 : i64
        %v1498 = arith.subi %size_L, %v1 : i64
        %v1499 = arith.minsi %v1496, %v1498 : i64
        %v1500 = arith.addi %v1495, %v1499 : i64
        %v1501 = arith.muli %v1493, %v75 : i64
        %v1502 = arith.addi %v1501, %v1337 : i64
        %v1503 = arith.cmpi sge, %v1495, %v30 : i64
        %v1504 = arith.andi %v1497, %v1503 : i1
        %v1505 = arith.andi %v1504, %v1492 : i1
        %v1506 = llvm.getelementptr %v6[%v1502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1507 = llvm.load %v1506 : !llvm.ptr<3> -> f32
        %v1508 = arith.addi %v1336, %v215 : i64
        %v1509 = arith.constant true
        %v1510 = arith.addi %v15, %v1508 : i64
        %v1511 = llvm.getelementptr %v5[%v1510] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1512 = llvm.load %v1511 : !llvm.ptr<3> -> i64
        %v1513 = arith.addi %v580, %v1337 : i64
        %v1514 = arith.cmpi slt, %v1513, %v61 : i64
        %v1515 = arith.subi %size_L, %v1 : i64
        %v1516 = arith.minsi %v1513, %v1515 : i64
        %v1517 = arith.addi %v1512, %v1516 : i64
        %v1518 = arith.muli %v1510, %v75 : i64
        %v1519 = arith.addi %v1518, %v1337 : i64
        %v1520 = arith.cmpi sge, %v1512, %v30 : i64
        %v1521 = arith.andi %v1514, %v1520 : i1
        %v1522 = arith.andi %v1521, %v1509 : i1
        %v1523 = llvm.getelementptr %v6[%v1519] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1524 = llvm.load %v1523 : !llvm.ptr<3> -> f32
        %v1525 = arith.addi %v1336, %v230 : i64
        %v1526 = arith.constant true
        %v1527 = arith.addi %v15, %v1525 : i64
        %v1528 = llvm.getelementptr %v5[%v1527] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1529 = llvm.load %v1528 : !llvm.ptr<3> -> i64
        %v1530 = arith.addi %v580, %v1337 : i64
        %v1531 = arith.cmpi slt, %v1530, %v61 : i64
        %v1532 = arith.subi %size_L, %v1 : i64
        %v1533 = arith.minsi %v1530, %v1532 : i64
        %v1534 = arith.addi %v1529, %v1533 : i64
        %v1535 = arith.muli %v1527, %v75 : i64
        %v1536 = arith.addi %v1535, %v1337 : i64
        %v1537 = arith.cmpi sge, %v1529, %v30 : i64
        %v1538 = arith.andi %v1531, %v1537 : i1
        %v1539 = arith.andi %v1538, %v1526 : i1
        %v1540 = llvm.getelementptr %v6[%v1536] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1541 = llvm.load %v1540 : !llvm.ptr<3> -> f32
        %v1542 = arith.addi %v1336, %v245 : i64
        %v1543 = arith.constant true
        %v1544 = arith.addi %v15, %v1542 : i64
        %v1545 = llvm.getelementptr %v5[%v1544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1546 = llvm.load %v1545 : !llvm.ptr<3> -> i64
        %v1547 = arith.addi %v580, %v1337 : i64
        %v1548 = arith.cmpi slt, %v1547, %v61 : i64
        %v1549 = arith.subi %size_L, %v1 : i64
        %v1550 = arith.minsi %v1547, %v1549 : i64
        %v1551 = arith.addi %v1546, %v1550 : i64
        %v1552 = arith.muli %v1544, %v75 : i64
        %v1553 = arith.addi %v1552, %v1337 : i64
        %v1554 = arith.cmpi sge, %v1546, %v30 : i64
        %v1555 = arith.andi %v1548, %v1554 : i1
        %v1556 = arith.andi %v1555, %v1543 : i1
        %v1557 = llvm.getelementptr %v6[%v1553] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1558 = llvm.load %v1557 : !llvm.ptr<3> -> f32
        %v1559 = arith.addi %v1336, %v260 : i64
        %v1560 = arith.constant true
        %v1561 = arith.addi %v15, %v1559 : i64
        %v1562 = llvm.getelementptr %v5[%v1561] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1563 = llvm.load %v1562 : !llvm.ptr<3> -> i64
        %v1564 = arith.addi %v580, %v1337 : i64
        %v1565 = arith.cmpi slt, %v1564, %v61 : i64
        %v1566 = arith.subi %size_L, %v1 : i64
        %v1567 = arith.minsi %v1564, %v1566 : i64
        %v1568 = arith.addi %v1563, %v1567 : i64
        %v1569 = arith.muli %v1561, %v75 : i64
        %v1570 = arith.addi %v1569, %v1337 : i64
        %v1571 = arith.cmpi sge, %v1563, %v30 : i64
        %v1572 = arith.andi %v1565, %v1571 : i1
        %v1573 = arith.andi %v1572, %v1560 : i1
        %v1574 = llvm.getelementptr %v6[%v1570] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1575 = llvm.load %v1574 : !llvm.ptr<3> -> f32
        %v1576 = arith.addi %v1336, %v275 : i64
        %v1577 = arith.constant true
        %v1578 = arith.addi %v15, %v1576 : i64
        %v1579 = llvm.getelementptr %v5[%v1578] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1580 = llvm.load %v1579 : !llvm.ptr<3> -> i64
        %v1581 = arith.addi %v580, %v1337 : i64
        %v1582 = arith.cmpi slt, %v1581, %v61 : i64
        %v1583 = arith.subi %size_L, %v1 : i64
        %v1584 = arith.minsi %v1581, %v1583 : i64
        %v1585 = arith.addi %v1580, %v1584 : i64
        %v1586 = arith.muli %v1578, %v75 : i64
        %v1587 = arith.addi %v1586, %v1337 : i64
        %v1588 = arith.cmpi sge, %v1580, %v30 : i64
        %v1589 = arith.andi %v1582, %v1588 : i1
        %v1590 = arith.andi %v1589, %v1577 : i1
        %v1591 = llvm.getelementptr %v6[%v1587] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1592 = llvm.load %v1591 : !llvm.ptr<3> -> f32
        %v1593 = arith.addi %v1336, %v290 : i64
        %v1594 = arith.constant true
        %v1595 = arith.addi %v15, %v1593 : i64
        %v1596 = llvm.getelementptr %v5[%v1595] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1597 = llvm.load %v1596 : !llvm.ptr<3> -> i64
        %v1598 = arith.addi %v580, %v1337 : i64
        %v1599 = arith.cmpi slt, %v1598, %v61 : i64
        %v1600 = arith.subi %size_L, %v1 : i64
        %v1601 = arith.minsi %v1598, %v1600 : i64
        %v1602 = arith.addi %v1597, %v1601 : i64
        %v1603 = arith.muli %v1595, %v75 : i64
        %v1604 = arith.addi %v1603, %v1337 : i64
        %v1605 = arith.cmpi sge, %v1597, %v30 : i64
        %v1606 = arith.andi %v1599, %v1605 : i1
        %v1607 = arith.andi %v1606, %v1594 : i1
        %v1608 = llvm.getelementptr %v6[%v1604] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1609 = llvm.load %v1608 : !llvm.ptr<3> -> f32
        %v1610 = arith.addi %v1336, %v62 : i64
        %v1611 = arith.constant true
        %v1612 = arith.addi %v15, %v1610 : i64
        %v1613 = llvm.getelementptr %v5[%v1612] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1614 = llvm.load %v1613 : !llvm.ptr<3> -> i64
        %v1615 = arith.addi %v580, %v1337 : i64
        %v1616 = arith.cmpi slt, %v1615, %v61 : i64
        %v1617 = arith.subi %size_L, %v1 : i64
        %v1618 = arith.minsi %v1615, %v1617 : i64
        %v1619 = arith.addi %v1614, %v1618 : i64
        %v1620 = arith.muli %v1612, %v75 : i64
        %v1621 = arith.addi %v1620, %v1337 : i64
        %v1622 = arith.cmpi sge, %v1614, %v30 : i64
        %v1623 = arith.andi %v1616, %v1622 : i1
        %v1624 = arith.andi %v1623, %v1611 : i1
        %v1625 = llvm.getelementptr %v6[%v1621] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1626 = llvm.load %v1625 : !llvm.ptr<3> -> f32
        %v1627 = arith.addi %v1336, %v319 : i64
        %v1628 = arith.constant true
        %v1629 = arith.addi %v15, %v1627 : i64
        %v1630 = llvm.getelementptr %v5[%v1629] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1631 = llvm.load %v1630 : !llvm.ptr<3> -> i64
        %v1632 = arith.addi %v580, %v1337 : i64
        %v1633 = arith.cmpi slt, %v1632, %v61 : i64
        %v1634 = arith.subi %size_L, %v1 : i64
        %v1635 = arith.minsi %v1632, %v1634 : i64
        %v1636 = arith.addi %v1631, %v1635 : i64
        %v1637 = arith.muli %v1629, %v75 : i64
        %v1638 = arith.addi %v1637, %v1337 : i64
        %v1639 = arith.cmpi sge, %v1631, %v30 : i64
        %v1640 = arith.andi %v1633, %v1639 : i1
        %v1641 = arith.andi %v1640, %v1628 : i1
        %v1642 = llvm.getelementptr %v6[%v1638] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1643 = llvm.load %v1642 : !llvm.ptr<3> -> f32
        %v1644 = arith.addi %v1336, %v334 : i64
        %v1645 = arith.constant true
        %v1646 = arith.addi %v15, %v1644 : i64
        %v1647 = llvm.getelementptr %v5[%v1646] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1648 = llvm.load %v1647 : !llvm.ptr<3> -> i64
        %v1649 = arith.addi %v580, %v1337 : i64
        %v1650 = arith.cmpi slt, %v1649, %v61 : i64
        %v1651 = arith.subi %size_L, %v1 : i64
        %v1652 = arith.minsi %v1649, %v1651 : i64
        %v1653 = arith.addi %v1648, %v1652 : i64
        %v1654 = arith.muli %v1646, %v75 : i64
        %v1655 = arith.addi %v1654, %v1337 : i64
        %v1656 = arith.cmpi sge, %v1648, %v30 : i64
        %v1657 = arith.andi %v1650, %v1656 : i1
        %v1658 = arith.andi %v1657, %v1645 : i1
        %v1659 = llvm.getelementptr %v6[%v1655] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1660 = llvm.load %v1659 : !llvm.ptr<3> -> f32
        %v1661 = arith.addi %v1336, %v349 : i64
        %v1662 = arith.constant true
        %v1663 = arith.addi %v15, %v1661 : i64
        %v1664 = llvm.getelementptr %v5[%v1663] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1665 = llvm.load %v1664 : !llvm.ptr<3> -> i64
        %v1666 = arith.addi %v580, %v1337 : i64
        %v1667 = arith.cmpi slt, %v1666, %v61 : i64
        %v1668 = arith.subi %size_L, %v1 : i64
        %v1669 = arith.minsi %v1666, %v1668 : i64
        %v1670 = arith.addi %v1665, %v1669 : i64
        %v1671 = arith.muli %v1663, %v75 : i64
        %v1672 = arith.addi %v1671, %v1337 : i64
        %v1673 = arith.cmpi sge, %v1665, %v30 : i64
        %v1674 = arith.andi %v1667, %v1673 : i1
        %v1675 = arith.andi %v1674, %v1662 : i1
        %v1676 = llvm.getelementptr %v6[%v1672] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1677 = llvm.load %v1676 : !llvm.ptr<3> -> f32
        %v1678 = arith.addi %v1336, %v364 : i64
        %v1679 = arith.constant true
        %v1680 = arith.addi %v15, %v1678 : i64
        %v1681 = llvm.getelementptr %v5[%v1680] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1682 = llvm.load %v1681 : !llvm.ptr<3> -> i64
        %v1683 = arith.addi %v580, %v1337 : i64
        %v1684 = arith.cmpi slt, %v1683, %v61 : i64
        %v1685 = arith.subi %size_L, %v1 : i64
        %v1686 = arith.minsi %v1683, %v1685 : i64
        %v1687 = arith.addi %v1682, %v1686 : i64
        %v1688 = arith.muli %v1680, %v75 : i64
        %v1689 = arith.addi %v1688, %v1337 : i64
        %v1690 = arith.cmpi sge, %v1682, %v30 : i64
        %v1691 = arith.andi %v1684, %v1690 : i1
        %v1692 = arith.andi %v1691, %v1679 : i1
        %v1693 = llvm.getelementptr %v6[%v1689] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1694 = llvm.load %v1693 : !llvm.ptr<3> -> f32
        %v1695 = arith.addi %v1336, %v379 : i64
        %v1696 = arith.constant true
        %v1697 = arith.addi %v15, %v1695 : i64
        %v1698 = llvm.getelementptr %v5[%v1697] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1699 = llvm.load %v1698 : !llvm.ptr<3> -> i64
        %v1700 = arith.addi %v580, %v1337 : i64
        %v1701 = arith.cmpi slt, %v1700, %v61 : i64
        %v1702 = arith.subi %size_L, %v1 : i64
        %v1703 = arith.minsi %v1700, %v1702 : i64
        %v1704 = arith.addi %v1699, %v1703 : i64
        %v1705 = arith.muli %v1697, %v75 : i64
        %v1706 = arith.addi %v1705, %v1337 : i64
        %v1707 = arith.cmpi sge, %v1699, %v30 : i64
        %v1708 = arith.andi %v1701, %v1707 : i1
        %v1709 = arith.andi %v1708, %v1696 : i1
        %v1710 = llvm.getelementptr %v6[%v1706] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1711 = llvm.load %v1710 : !llvm.ptr<3> -> f32
        %v1712 = arith.addi %v1336, %v394 : i64
        %v1713 = arith.constant true
        %v1714 = arith.addi %v15, %v1712 : i64
        %v1715 = llvm.getelementptr %v5[%v1714] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1716 = llvm.load %v1715 : !llvm.ptr<3> -> i64
        %v1717 = arith.addi %v580, %v1337 : i64
        %v1718 = arith.cmpi slt, %v1717, %v61 : i64
        %v1719 = arith.subi %size_L, %v1 : i64
        %v1720 = arith.minsi %v1717, %v1719 : i64
        %v1721 = arith.addi %v1716, %v1720 : i64
        %v1722 = arith.muli %v1714, %v75 : i64
        %v1723 = arith.addi %v1722, %v1337 : i64
        %v1724 = arith.cmpi sge, %v1716, %v30 : i64
        %v1725 = arith.andi %v1718, %v1724 : i1
        %v1726 = arith.andi %v1725, %v1713 : i1
        %v1727 = llvm.getelementptr %v6[%v1723] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1728 = llvm.load %v1727 : !llvm.ptr<3> -> f32
        %v1729 = arith.addi %v1336, %v409 : i64
        %v1730 = arith.constant true
        %v1731 = arith.addi %v15, %v1729 : i64
        %v1732 = llvm.getelementptr %v5[%v1731] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1733 = llvm.load %v1732 : !llvm.ptr<3> -> i64
        %v1734 = arith.addi %v580, %v1337 : i64
        %v1735 = arith.cmpi slt, %v1734, %v61 : i64
        %v1736 = arith.subi %size_L, %v1 : i64
        %v1737 = arith.minsi %v1734, %v1736 : i64
        %v1738 = arith.addi %v1733, %v1737 : i64
        %v1739 = arith.muli %v1731, %v75 : i64
        %v1740 = arith.addi %v1739, %v1337 : i64
        %v1741 = arith.cmpi sge, %v1733, %v30 : i64
        %v1742 = arith.andi %v1735, %v1741 : i1
        %v1743 = arith.andi %v1742, %v1730 : i1
        %v1744 = llvm.getelementptr %v6[%v1740] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1745 = llvm.load %v1744 : !llvm.ptr<3> -> f32
        %v1746 = arith.addi %v1336, %v424 : i64
        %v1747 = arith.constant true
        %v1748 = arith.addi %v15, %v1746 : i64
        %v1749 = llvm.getelementptr %v5[%v1748] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1750 = llvm.load %v1749 : !llvm.ptr<3> -> i64
        %v1751 = arith.addi %v580, %v1337 : i64
        %v1752 = arith.cmpi slt, %v1751, %v61 : i64
        %v1753 = arith.subi %size_L, %v1 : i64
        %v1754 = arith.minsi %v1751, %v1753 : i64
        %v1755 = arith.addi %v1750, %v1754 : i64
        %v1756 = arith.muli %v1748, %v75 : i64
        %v1757 = arith.addi %v1756, %v1337 : i64
        %v1758 = arith.cmpi sge, %v1750, %v30 : i64
        %v1759 = arith.andi %v1752, %v1758 : i1
        %v1760 = arith.andi %v1759, %v1747 : i1
        %v1761 = llvm.getelementptr %v6[%v1757] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1762 = llvm.load %v1761 : !llvm.ptr<3> -> f32
        %v1763 = arith.addi %v1336, %v439 : i64
        %v1764 = arith.constant true
        %v1765 = arith.addi %v15, %v1763 : i64
        %v1766 = llvm.getelementptr %v5[%v1765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1767 = llvm.load %v1766 : !llvm.ptr<3> -> i64
        %v1768 = arith.addi %v580, %v1337 : i64
        %v1769 = arith.cmpi slt, %v1768, %v61 : i64
        %v1770 = arith.subi %size_L, %v1 : i64
        %v1771 = arith.minsi %v1768, %v1770 : i64
        %v1772 = arith.addi %v1767, %v1771 : i64
        %v1773 = arith.muli %v1765, %v75 : i64
        %v1774 = arith.addi %v1773, %v1337 : i64
        %v1775 = arith.cmpi sge, %v1767, %v30 : i64
        %v1776 = arith.andi %v1769, %v1775 : i1
        %v1777 = arith.andi %v1776, %v1764 : i1
        %v1778 = llvm.getelementptr %v6[%v1774] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1779 = llvm.load %v1778 : !llvm.ptr<3> -> f32
        %v1780 = arith.addi %v1336, %v454 : i64
        %v1781 = arith.constant true
        %v1782 = arith.addi %v15, %v1780 : i64
        %v1783 = llvm.getelementptr %v5[%v1782] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1784 = llvm.load %v1783 : !llvm.ptr<3> -> i64
        %v1785 = arith.addi %v580, %v1337 : i64
        %v1786 = arith.cmpi slt, %v1785, %v61 : i64
        %v1787 = arith.subi %size_L, %v1 : i64
        %v1788 = arith.minsi %v1785, %v1787 : i64
        %v1789 = arith.addi %v1784, %v1788 : i64
        %v1790 = arith.muli %v1782, %v75 : i64
        %v1791 = arith.addi %v1790, %v1337 : i64
        %v1792 = arith.cmpi sge, %v1784, %v30 : i64
        %v1793 = arith.andi %v1786, %v1792 : i1
        %v1794 = arith.andi %v1793, %v1781 : i1
        %v1795 = llvm.getelementptr %v6[%v1791] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1796 = llvm.load %v1795 : !llvm.ptr<3> -> f32
        %v1797 = arith.addi %v1336, %v469 : i64
        %v1798 = arith.constant true
        %v1799 = arith.addi %v15, %v1797 : i64
        %v1800 = llvm.getelementptr %v5[%v1799] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1801 = llvm.load %v1800 : !llvm.ptr<3> -> i64
        %v1802 = arith.addi %v580, %v1337 : i64
        %v1803 = arith.cmpi slt, %v1802, %v61 : i64
        %v1804 = arith.subi %size_L, %v1 : i64
        %v1805 = arith.minsi %v1802, %v1804 : i64
        %v1806 = arith.addi %v1801, %v1805 : i64
        %v1807 = arith.muli %v1799, %v75 : i64
        %v1808 = arith.addi %v1807, %v1337 : i64
        %v1809 = arith.cmpi sge, %v1801, %v30 : i64
        %v1810 = arith.andi %v1803, %v1809 : i1
        %v1811 = arith.andi %v1810, %v1798 : i1
        %v1812 = llvm.getelementptr %v6[%v1808] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1813 = llvm.load %v1812 : !llvm.ptr<3> -> f32
        %v1814 = arith.addi %v1336, %v484 : i64
        %v1815 = arith.constant true
        %v1816 = arith.addi %v15, %v1814 : i64
        %v1817 = llvm.getelementptr %v5[%v1816] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1818 = llvm.load %v1817 : !llvm.ptr<3> -> i64
        %v1819 = arith.addi %v580, %v1337 : i64
        %v1820 = arith.cmpi slt, %v1819, %v61 : i64
        %v1821 = arith.subi %size_L, %v1 : i64
        %v1822 = arith.minsi %v1819, %v1821 : i64
        %v1823 = arith.addi %v1818, %v1822 : i64
        %v1824 = arith.muli %v1816, %v75 : i64
        %v1825 = arith.addi %v1824, %v1337 : i64
        %v1826 = arith.cmpi sge, %v1818, %v30 : i64
        %v1827 = arith.andi %v1820, %v1826 : i1
        %v1828 = arith.andi %v1827, %v1815 : i1
        %v1829 = llvm.getelementptr %v6[%v1825] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1830 = llvm.load %v1829 : !llvm.ptr<3> -> f32
        %v1831 = arith.addi %v1336, %v499 : i64
        %v1832 = arith.constant true
        %v1833 = arith.addi %v15, %v1831 : i64
        %v1834 = llvm.getelementptr %v5[%v1833] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1835 = llvm.load %v1834 : !llvm.ptr<3> -> i64
        %v1836 = arith.addi %v580, %v1337 : i64
        %v1837 = arith.cmpi slt, %v1836, %v61 : i64
        %v1838 = arith.subi %size_L, %v1 : i64
        %v1839 = arith.minsi %v1836, %v1838 : i64
        %v1840 = arith.addi %v1835, %v1839 : i64
        %v1841 = arith.muli %v1833, %v75 : i64
        %v1842 = arith.addi %v1841, %v1337 : i64
        %v1843 = arith.cmpi sge, %v1835, %v30 : i64
        %v1844 = arith.andi %v1837, %v1843 : i1
        %v1845 = arith.andi %v1844, %v1832 : i1
        %v1846 = llvm.getelementptr %v6[%v1842] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1847 = llvm.load %v1846 : !llvm.ptr<3> -> f32
        %v1848 = arith.addi %v1336, %v514 : i64
        %v1849 = arith.constant true
        %v1850 = arith.addi %v15, %v1848 : i64
        %v1851 = llvm.getelementptr %v5[%v1850] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1852 = llvm.load %v1851 : !llvm.ptr<3> -> i64
        %v1853 = arith.addi %v580, %v1337 : i64
        %v1854 = arith.cmpi slt, %v1853, %v61 : i64
        %v1855 = arith.subi %size_L, %v1 : i64
        %v1856 = arith.minsi %v1853, %v1855 : i64
        %v1857 = arith.addi %v1852, %v1856 : i64
        %v1858 = arith.muli %v1850, %v75 : i64
        %v1859 = arith.addi %v1858, %v1337 : i64
        %v1860 = arith.cmpi sge, %v1852, %v30 : i64
        %v1861 = arith.andi %v1854, %v1860 : i1
        %v1862 = arith.andi %v1861, %v1849 : i1
        %v1863 = llvm.getelementptr %v6[%v1859] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1864 = llvm.load %v1863 : !llvm.ptr<3> -> f32
        %v1865 = arith.addi %v1336, %v529 : i64
        %v1866 = arith.constant true
        %v1867 = arith.addi %v15, %v1865 : i64
        %v1868 = llvm.getelementptr %v5[%v1867] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1869 = llvm.load %v1868 : !llvm.ptr<3> -> i64
        %v1870 = arith.addi %v580, %v1337 : i64
        %v1871 = arith.cmpi slt, %v1870, %v61 : i64
        %v1872 = arith.subi %size_L, %v1 : i64
        %v1873 = arith.minsi %v1870, %v1872 : i64
        %v1874 = arith.addi %v1869, %v1873 : i64
        %v1875 = arith.muli %v1867, %v75 : i64
        %v1876 = arith.addi %v1875, %v1337 : i64
        %v1877 = arith.cmpi sge, %v1869, %v30 : i64
        %v1878 = arith.andi %v1871, %v1877 : i1
        %v1879 = arith.andi %v1878, %v1866 : i1
        %v1880 = llvm.getelementptr %v6[%v1876] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1881 = llvm.load %v1880 : !llvm.ptr<3> -> f32
        scf.if %v1352 {
          %v1882 = llvm.getelementptr %out_y[%v1347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1354, %v1882 : f32, !llvm.ptr
        }
        scf.if %v1369 {
          %v1883 = llvm.getelementptr %out_y[%v1364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1371, %v1883 : f32, !llvm.ptr
        }
        scf.if %v1386 {
          %v1884 = llvm.getelementptr %out_y[%v1381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1388, %v1884 : f32, !llvm.ptr
        }
        scf.if %v1403 {
          %v1885 = llvm.getelementptr %out_y[%v1398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1405, %v1885 : f32, !llvm.ptr
        }
        scf.if %v1420 {
          %v1886 = llvm.getelementptr %out_y[%v1415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1422, %v1886 : f32, !llvm.ptr
        }
        scf.if %v1437 {
          %v1887 = llvm.getelementptr %out_y[%v1432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1439, %v1887 : f32, !llvm.ptr
        }
        scf.if %v1454 {
          %v1888 = llvm.getelementptr %out_y[%v1449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1456, %v1888 : f32, !llvm.ptr
        }
        scf.if %v1471 {
          %v1889 = llvm.getelementptr %out_y[%v1466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1473, %v1889 : f32, !llvm.ptr
        }
        scf.if %v1488 {
          %v1890 = llvm.getelementptr %out_y[%v1483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1490, %v1890 : f32, !llvm.ptr
        }
        scf.if %v1505 {
          %v1891 = llvm.getelementptr %out_y[%v1500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1507, %v1891 : f32, !llvm.ptr
        }
        scf.if %v1522 {
          %v1892 = llvm.getelementptr %out_y[%v1517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1524, %v1892 : f32, !llvm.ptr
        }
        scf.if %v1539 {
          %v1893 = llvm.getelementptr %out_y[%v1534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1541, %v1893 : f32, !llvm.ptr
        }
        scf.if %v1556 {
          %v1894 = llvm.getelementptr %out_y[%v1551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1558, %v1894 : f32, !llvm.ptr
        }
        scf.if %v1573 {
          %v1895 = llvm.getelementptr %out_y[%v1568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1575, %v1895 : f32, !llvm.ptr
        }
        scf.if %v1590 {
          %v1896 = llvm.getelementptr %out_y[%v1585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1592, %v1896 : f32, !llvm.ptr
        }
        scf.if %v1607 {
          %v1897 = llvm.getelementptr %out_y[%v1602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1609, %v1897 : f32, !llvm.ptr
        }
        scf.if %v1624 {
          %v1898 = llvm.getelementptr %out_y[%v1619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1626, %v1898 : f32, !llvm.ptr
        }
        scf.if %v1641 {
          %v1899 = llvm.getelementptr %out_y[%v1636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1643, %v1899 : f32, !llvm.ptr
        }
        scf.if %v1658 {
          %v1900 = llvm.getelementptr %out_y[%v1653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1660, %v1900 : f32, !llvm.ptr
        }
        scf.if %v1675 {
          %v1901 = llvm.getelementptr %out_y[%v1670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1677, %v1901 : f32, !llvm.ptr
        }
        scf.if %v1692 {
          %v1902 = llvm.getelementptr %out_y[%v1687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1694, %v1902 : f32, !llvm.ptr
        }
        scf.if %v1709 {
          %v1903 = llvm.getelementptr %out_y[%v1704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1711, %v1903 : f32, !llvm.ptr
        }
        scf.if %v1726 {
          %v1904 = llvm.getelementptr %out_y[%v1721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1728, %v1904 : f32, !llvm.ptr
        }
        scf.if %v1743 {
          %v1905 = llvm.getelementptr %out_y[%v1738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1745, %v1905 : f32, !llvm.ptr
        }
        scf.if %v1760 {
          %v1906 = llvm.getelementptr %out_y[%v1755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1762, %v1906 : f32, !llvm.ptr
        }
        scf.if %v1777 {
          %v1907 = llvm.getelementptr %out_y[%v1772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1779, %v1907 : f32, !llvm.ptr
        }
        scf.if %v1794 {
          %v1908 = llvm.getelementptr %out_y[%v1789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1796, %v1908 : f32, !llvm.ptr
        }
        scf.if %v1811 {
          %v1909 = llvm.getelementptr %out_y[%v1806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1813, %v1909 : f32, !llvm.ptr
        }
        scf.if %v1828 {
          %v1910 = llvm.getelementptr %out_y[%v1823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1830, %v1910 : f32, !llvm.ptr
        }
        scf.if %v1845 {
          %v1911 = llvm.getelementptr %out_y[%v1840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1847, %v1911 : f32, !llvm.ptr
        }
        scf.if %v1862 {
          %v1912 = llvm.getelementptr %out_y[%v1857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1864, %v1912 : f32, !llvm.ptr
        }
        scf.if %v1879 {
          %v1913 = llvm.getelementptr %out_y[%v1874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1881, %v1913 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      %v1914 = arith.subi %v10, %v1 : i64
      %v1915 = arith.cmpi eq, %v19, %v1914 : i64
      %v1916 = arith.andi %v23, %v1915 : i1
      gpu.return
    }
  }
}
