module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_ema_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<128 x i64>
    llvm.mlir.global internal @smem_ema_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    gpu.func @ema_fwd(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %out_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.mlir.addressof @rows_ema_fwd : !llvm.ptr<3>
      %v6 = llvm.mlir.addressof @smem_ema_fwd : !llvm.ptr<3>
      %v7 = arith.constant 255 : i64
      %v8 = arith.addi %size_L, %v7 : i64
      %v9 = arith.constant 256 : i64
      %v10 = arith.divui %v8, %v9 : i64
      %v15 = arith.constant 64 : i64
      %v25 = arith.constant 0 : i64
      %v26 = arith.muli %v1, %size_L : i64
      %v27 = arith.muli %v26, %size_D : i64
      %v41 = arith.constant -1 : i64
      %v46 = arith.constant 0x00000000 : f32
      %v47 = arith.constant 32 : i64
      %v60 = arith.constant 33 : i64
      %v65 = arith.constant 2 : i64
      %v80 = arith.constant 4 : i64
      %v95 = arith.constant 6 : i64
      %v110 = arith.constant 8 : i64
      %v125 = arith.constant 10 : i64
      %v140 = arith.constant 12 : i64
      %v155 = arith.constant 14 : i64
      %v170 = arith.constant 16 : i64
      %v185 = arith.constant 18 : i64
      %v200 = arith.constant 20 : i64
      %v215 = arith.constant 22 : i64
      %v230 = arith.constant 24 : i64
      %v245 = arith.constant 26 : i64
      %v260 = arith.constant 28 : i64
      %v275 = arith.constant 30 : i64
      %v304 = arith.constant 34 : i64
      %v319 = arith.constant 36 : i64
      %v334 = arith.constant 38 : i64
      %v349 = arith.constant 40 : i64
      %v364 = arith.constant 42 : i64
      %v379 = arith.constant 44 : i64
      %v394 = arith.constant 46 : i64
      %v409 = arith.constant 48 : i64
      %v424 = arith.constant 50 : i64
      %v439 = arith.constant 52 : i64
      %v454 = arith.constant 54 : i64
      %v469 = arith.constant 56 : i64
      %v484 = arith.constant 58 : i64
      %v499 = arith.constant 60 : i64
      %v514 = arith.constant 62 : i64
      %v572 = arith.muli %v1, %size_B : i64
      %v573 = arith.muli %v572, %size_D : i64
      %v576 = arith.muli %v1, %size_D : i64
      %v1044 = arith.constant 0x3F800000 : f32
      %v1046 = arith.constant 0x3FB8AA3B : f32
      %v1082 = arith.constant 128 : i64
      %v1090 = arith.constant 192 : i64
      %v1105 = arith.constant 320 : i64
      %v1113 = arith.constant 384 : i64
      %v1121 = arith.constant 448 : i64
      %v1129 = arith.constant 512 : i64
      %v1137 = arith.constant 576 : i64
      %v1145 = arith.constant 640 : i64
      %v1153 = arith.constant 704 : i64
      %v1161 = arith.constant 768 : i64
      %v1169 = arith.constant 832 : i64
      %v1177 = arith.constant 896 : i64
      %v1185 = arith.constant 960 : i64
      %v1193 = arith.constant 1024 : i64
      %v1201 = arith.constant 1088 : i64
      %v1209 = arith.constant 1152 : i64
      %v1217 = arith.constant 1216 : i64
      %v1225 = arith.constant 1280 : i64
      %v1233 = arith.constant 1344 : i64
      %v1241 = arith.constant 1408 : i64
      %v1249 = arith.constant 1472 : i64
      %v1257 = arith.constant 1536 : i64
      %v1265 = arith.constant 1600 : i64
      %v1273 = arith.constant 1664 : i64
      %v1281 = arith.constant 1728 : i64
      %v1289 = arith.constant 1792 : i64
      %v1297 = arith.constant 1856 : i64
      %v1305 = arith.constant 1920 : i64
      %v1313 = arith.constant 1984 : i64
      %v11 = gpu.block_id x
      %v12 = gpu.thread_id x
      %v13 = arith.index_cast %v12 : index to i64
      %v14 = arith.index_cast %v11 : index to i64
      %v16 = arith.muli %v14, %v15 : i64
      %v17 = arith.addi %v16, %v13 : i64
      %v18 = arith.cmpi slt, %v17, %v3 : i64
      %v19 = arith.subi %v3, %v1 : i64
      %v20 = arith.minsi %v17, %v19 : i64
      %v21 = arith.remui %v20, %size_D : i64
      %v22 = arith.divui %v20, %size_D : i64
      %v23 = arith.remui %v22, %size_B : i64
      %v24 = arith.divui %v22, %size_B : i64
      %v1041 = arith.muli %v21, %v1 : i64
      %v1042 = llvm.getelementptr %in_w[%v1041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1043 = llvm.load %v1042 : !llvm.ptr -> f32
      %v1045 = arith.negf %v1043 : f32
      %v1047 = arith.mulf %v1045, %v1046 fastmath<contract> : f32
      %v1048 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1047) : (f32) -> f32
      %v1049 = arith.addf %v1044, %v1048 fastmath<contract> : f32
      %v1050 = arith.divf %v1044, %v1049 : f32
      %v1051 = arith.subf %v1044, %v1050 fastmath<contract> : f32
      %v28 = arith.muli %v23, %v27 : i64
      %v29 = arith.muli %v21, %v26 : i64
      %v30 = arith.addi %v28, %v29 : i64
      %v31 = arith.muli %v25, %v1 : i64
      %v32 = arith.addi %v30, %v31 : i64
      %v33 = arith.muli %v25, %v15 : i64
      %v34 = arith.addi %v33, %v13 : i64
      %v35 = llvm.getelementptr %v5[%v34] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v32, %v35 : i64, !llvm.ptr<3>
      %v36 = arith.muli %v23, %v27 : i64
      %v37 = arith.muli %v21, %v26 : i64
      %v38 = arith.addi %v36, %v37 : i64
      %v39 = arith.muli %v25, %v1 : i64
      %v40 = arith.addi %v38, %v39 : i64
      %v42 = arith.select %v18, %v40, %v41 : i64
      %v43 = arith.muli %v1, %v15 : i64
      %v44 = arith.addi %v43, %v13 : i64
      %v45 = llvm.getelementptr %v5[%v44] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v42, %v45 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v46, %v4 : f32, !llvm.ptr
      // staged load of `x`'s first tile: read, then shared memory
      %v48 = arith.divui %v13, %v47 : i64
      %v49 = arith.remui %v13, %v47 : i64
      %v50 = arith.addi %v48, %v25 : i64
      %v51 = arith.constant true
      %v52 = arith.addi %v25, %v50 : i64
      %v53 = llvm.getelementptr %v5[%v52] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v54 = llvm.load %v53 : !llvm.ptr<3> -> i64
      %v55 = arith.addi %v25, %v49 : i64
      %v56 = arith.cmpi slt, %v55, %size_L : i64
      %v57 = arith.subi %size_L, %v1 : i64
      %v58 = arith.minsi %v55, %v57 : i64
      %v59 = arith.addi %v54, %v58 : i64
      %v61 = arith.muli %v52, %v60 : i64
      %v62 = arith.addi %v61, %v49 : i64
      %v63 = llvm.getelementptr %in_x[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v64 = llvm.load %v63 : !llvm.ptr -> f32
      %v66 = arith.addi %v48, %v65 : i64
      %v67 = arith.constant true
      %v68 = arith.addi %v25, %v66 : i64
      %v69 = llvm.getelementptr %v5[%v68] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v70 = llvm.load %v69 : !llvm.ptr<3> -> i64
      %v71 = arith.addi %v25, %v49 : i64
      %v72 = arith.cmpi slt, %v71, %size_L : i64
      %v73 = arith.subi %size_L, %v1 : i64
      %v74 = arith.minsi %v71, %v73 : i64
      %v75 = arith.addi %v70, %v74 : i64
      %v76 = arith.muli %v68, %v60 : i64
      %v77 = arith.addi %v76, %v49 : i64
      %v78 = llvm.getelementptr %in_x[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v79 = llvm.load %v78 : !llvm.ptr -> f32
      %v81 = arith.addi %v48, %v80 : i64
      %v82 = arith.constant true
      %v83 = arith.addi %v25, %v81 : i64
      %v84 = llvm.getelementptr %v5[%v83] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v85 = llvm.load %v84 : !llvm.ptr<3> -> i64
      %v86 = arith.addi %v25, %v49 : i64
      %v87 = arith.cmpi slt, %v86, %size_L : i64
      %v88 = arith.subi %size_L, %v1 : i64
      %v89 = arith.minsi %v86, %v88 : i64
      %v90 = arith.addi %v85, %v89 : i64
      %v91 = arith.muli %v83, %v60 : i64
      %v92 = arith.addi %v91, %v49 : i64
      %v93 = llvm.getelementptr %in_x[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v94 = llvm.load %v93 : !llvm.ptr -> f32
      %v96 = arith.addi %v48, %v95 : i64
      %v97 = arith.constant true
      %v98 = arith.addi %v25, %v96 : i64
      %v99 = llvm.getelementptr %v5[%v98] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v100 = llvm.load %v99 : !llvm.ptr<3> -> i64
      %v101 = arith.addi %v25, %v49 : i64
      %v102 = arith.cmpi slt, %v101, %size_L : i64
      %v103 = arith.subi %size_L, %v1 : i64
      %v104 = arith.minsi %v101, %v103 : i64
      %v105 = arith.addi %v100, %v104 : i64
      %v106 = arith.muli %v98, %v60 : i64
      %v107 = arith.addi %v106, %v49 : i64
      %v108 = llvm.getelementptr %in_x[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v109 = llvm.load %v108 : !llvm.ptr -> f32
      %v111 = arith.addi %v48, %v110 : i64
      %v112 = arith.constant true
      %v113 = arith.addi %v25, %v111 : i64
      %v114 = llvm.getelementptr %v5[%v113] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v115 = llvm.load %v114 : !llvm.ptr<3> -> i64
      %v116 = arith.addi %v25, %v49 : i64
      %v117 = arith.cmpi slt, %v116, %size_L : i64
      %v118 = arith.subi %size_L, %v1 : i64
      %v119 = arith.minsi %v116, %v118 : i64
      %v120 = arith.addi %v115, %v119 : i64
      %v121 = arith.muli %v113, %v60 : i64
      %v122 = arith.addi %v121, %v49 : i64
      %v123 = llvm.getelementptr %in_x[%v120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v124 = llvm.load %v123 : !llvm.ptr -> f32
      %v126 = arith.addi %v48, %v125 : i64
      %v127 = arith.constant true
      %v128 = arith.addi %v25, %v126 : i64
      %v129 = llvm.getelementptr %v5[%v128] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v130 = llvm.load %v129 : !llvm.ptr<3> -> i64
      %v131 = arith.addi %v25, %v49 : i64
      %v132 = arith.cmpi slt, %v131, %size_L : i64
      %v133 = arith.subi %size_L, %v1 : i64
      %v134 = arith.minsi %v131, %v133 : i64
      %v135 = arith.addi %v130, %v134 : i64
      %v136 = arith.muli %v128, %v60 : i64
      %v137 = arith.addi %v136, %v49 : i64
      %v138 = llvm.getelementptr %in_x[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v139 = llvm.load %v138 : !llvm.ptr -> f32
      %v141 = arith.addi %v48, %v140 : i64
      %v142 = arith.constant true
      %v143 = arith.addi %v25, %v141 : i64
      %v144 = llvm.getelementptr %v5[%v143] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v145 = llvm.load %v144 : !llvm.ptr<3> -> i64
      %v146 = arith.addi %v25, %v49 : i64
      %v147 = arith.cmpi slt, %v146, %size_L : i64
      %v148 = arith.subi %size_L, %v1 : i64
      %v149 = arith.minsi %v146, %v148 : i64
      %v150 = arith.addi %v145, %v149 : i64
      %v151 = arith.muli %v143, %v60 : i64
      %v152 = arith.addi %v151, %v49 : i64
      %v153 = llvm.getelementptr %in_x[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v154 = llvm.load %v153 : !llvm.ptr -> f32
      %v156 = arith.addi %v48, %v155 : i64
      %v157 = arith.constant true
      %v158 = arith.addi %v25, %v156 : i64
      %v159 = llvm.getelementptr %v5[%v158] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v160 = llvm.load %v159 : !llvm.ptr<3> -> i64
      %v161 = arith.addi %v25, %v49 : i64
      %v162 = arith.cmpi slt, %v161, %size_L : i64
      %v163 = arith.subi %size_L, %v1 : i64
      %v164 = arith.minsi %v161, %v163 : i64
      %v165 = arith.addi %v160, %v164 : i64
      %v166 = arith.muli %v158, %v60 : i64
      %v167 = arith.addi %v166, %v49 : i64
      %v168 = llvm.getelementptr %in_x[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v169 = llvm.load %v168 : !llvm.ptr -> f32
      %v171 = arith.addi %v48, %v170 : i64
      %v172 = arith.constant true
      %v173 = arith.addi %v25, %v171 : i64
      %v174 = llvm.getelementptr %v5[%v173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v175 = llvm.load %v174 : !llvm.ptr<3> -> i64
      %v176 = arith.addi %v25, %v49 : i64
      %v177 = arith.cmpi slt, %v176, %size_L : i64
      %v178 = arith.subi %size_L, %v1 : i64
      %v179 = arith.minsi %v176, %v178 : i64
      %v180 = arith.addi %v175, %v179 : i64
      %v181 = arith.muli %v173, %v60 : i64
      %v182 = arith.addi %v181, %v49 : i64
      %v183 = llvm.getelementptr %in_x[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v184 = llvm.load %v183 : !llvm.ptr -> f32
      %v186 = arith.addi %v48, %v185 : i64
      %v187 = arith.constant true
      %v188 = arith.addi %v25, %v186 : i64
      %v189 = llvm.getelementptr %v5[%v188] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v190 = llvm.load %v189 : !llvm.ptr<3> -> i64
      %v191 = arith.addi %v25, %v49 : i64
      %v192 = arith.cmpi slt, %v191, %size_L : i64
      %v193 = arith.subi %size_L, %v1 : i64
      %v194 = arith.minsi %v191, %v193 : i64
      %v195 = arith.addi %v190, %v194 : i64
      %v196 = arith.muli %v188, %v60 : i64
      %v197 = arith.addi %v196, %v49 : i64
      %v198 = llvm.getelementptr %in_x[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v199 = llvm.load %v198 : !llvm.ptr -> f32
      %v201 = arith.addi %v48, %v200 : i64
      %v202 = arith.constant true
      %v203 = arith.addi %v25, %v201 : i64
      %v204 = llvm.getelementptr %v5[%v203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v205 = llvm.load %v204 : !llvm.ptr<3> -> i64
      %v206 = arith.addi %v25, %v49 : i64
      %v207 = arith.cmpi slt, %v206, %size_L : i64
      %v208 = arith.subi %size_L, %v1 : i64
      %v209 = arith.minsi %v206, %v208 : i64
      %v210 = arith.addi %v205, %v209 : i64
      %v211 = arith.muli %v203, %v60 : i64
      %v212 = arith.addi %v211, %v49 : i64
      %v213 = llvm.getelementptr %in_x[%v210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v214 = llvm.load %v213 : !llvm.ptr -> f32
      %v216 = arith.addi %v48, %v215 : i64
      %v217 = arith.constant true
      %v218 = arith.addi %v25, %v216 : i64
      %v219 = llvm.getelementptr %v5[%v218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v220 = llvm.load %v219 : !llvm.ptr<3> -> i64
      %v221 = arith.addi %v25, %v49 : i64
      %v222 = arith.cmpi slt, %v221, %size_L : i64
      %v223 = arith.subi %size_L, %v1 : i64
      %v224 = arith.minsi %v221, %v223 : i64
      %v225 = arith.addi %v220, %v224 : i64
      %v226 = arith.muli %v218, %v60 : i64
      %v227 = arith.addi %v226, %v49 : i64
      %v228 = llvm.getelementptr %in_x[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v229 = llvm.load %v228 : !llvm.ptr -> f32
      %v231 = arith.addi %v48, %v230 : i64
      %v232 = arith.constant true
      %v233 = arith.addi %v25, %v231 : i64
      %v234 = llvm.getelementptr %v5[%v233] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v235 = llvm.load %v234 : !llvm.ptr<3> -> i64
      %v236 = arith.addi %v25, %v49 : i64
      %v237 = arith.cmpi slt, %v236, %size_L : i64
      %v238 = arith.subi %size_L, %v1 : i64
      %v239 = arith.minsi %v236, %v238 : i64
      %v240 = arith.addi %v235, %v239 : i64
      %v241 = arith.muli %v233, %v60 : i64
      %v242 = arith.addi %v241, %v49 : i64
      %v243 = llvm.getelementptr %in_x[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v244 = llvm.load %v243 : !llvm.ptr -> f32
      %v246 = arith.addi %v48, %v245 : i64
      %v247 = arith.constant true
      %v248 = arith.addi %v25, %v246 : i64
      %v249 = llvm.getelementptr %v5[%v248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v250 = llvm.load %v249 : !llvm.ptr<3> -> i64
      %v251 = arith.addi %v25, %v49 : i64
      %v252 = arith.cmpi slt, %v251, %size_L : i64
      %v253 = arith.subi %size_L, %v1 : i64
      %v254 = arith.minsi %v251, %v253 : i64
      %v255 = arith.addi %v250, %v254 : i64
      %v256 = arith.muli %v248, %v60 : i64
      %v257 = arith.addi %v256, %v49 : i64
      %v258 = llvm.getelementptr %in_x[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v259 = llvm.load %v258 : !llvm.ptr -> f32
      %v261 = arith.addi %v48, %v260 : i64
      %v262 = arith.constant true
      %v263 = arith.addi %v25, %v261 : i64
      %v264 = llvm.getelementptr %v5[%v263] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v265 = llvm.load %v264 : !llvm.ptr<3> -> i64
      %v266 = arith.addi %v25, %v49 : i64
      %v267 = arith.cmpi slt, %v266, %size_L : i64
      %v268 = arith.subi %size_L, %v1 : i64
      %v269 = arith.minsi %v266, %v268 : i64
      %v270 = arith.addi %v265, %v269 : i64
      %v271 = arith.muli %v263, %v60 : i64
      %v272 = arith.addi %v271, %v49 : i64
      %v273 = llvm.getelementptr %in_x[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v274 = llvm.load %v273 : !llvm.ptr -> f32
      %v276 = arith.addi %v48, %v275 : i64
      %v277 = arith.constant true
      %v278 = arith.addi %v25, %v276 : i64
      %v279 = llvm.getelementptr %v5[%v278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v280 = llvm.load %v279 : !llvm.ptr<3> -> i64
      %v281 = arith.addi %v25, %v49 : i64
      %v282 = arith.cmpi slt, %v281, %size_L : i64
      %v283 = arith.subi %size_L, %v1 : i64
      %v284 = arith.minsi %v281, %v283 : i64
      %v285 = arith.addi %v280, %v284 : i64
      %v286 = arith.muli %v278, %v60 : i64
      %v287 = arith.addi %v286, %v49 : i64
      %v288 = llvm.getelementptr %in_x[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v289 = llvm.load %v288 : !llvm.ptr -> f32
      %v290 = arith.addi %v48, %v47 : i64
      %v291 = arith.constant true
      %v292 = arith.addi %v25, %v290 : i64
      %v293 = llvm.getelementptr %v5[%v292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v294 = llvm.load %v293 : !llvm.ptr<3> -> i64
      %v295 = arith.addi %v25, %v49 : i64
      %v296 = arith.cmpi slt, %v295, %size_L : i64
      %v297 = arith.subi %size_L, %v1 : i64
      %v298 = arith.minsi %v295, %v297 : i64
      %v299 = arith.addi %v294, %v298 : i64
      %v300 = arith.muli %v292, %v60 : i64
      %v301 = arith.addi %v300, %v49 : i64
      %v302 = llvm.getelementptr %in_x[%v299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v303 = llvm.load %v302 : !llvm.ptr -> f32
      %v305 = arith.addi %v48, %v304 : i64
      %v306 = arith.constant true
      %v307 = arith.addi %v25, %v305 : i64
      %v308 = llvm.getelementptr %v5[%v307] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v309 = llvm.load %v308 : !llvm.ptr<3> -> i64
      %v310 = arith.addi %v25, %v49 : i64
      %v311 = arith.cmpi slt, %v310, %size_L : i64
      %v312 = arith.subi %size_L, %v1 : i64
      %v313 = arith.minsi %v310, %v312 : i64
      %v314 = arith.addi %v309, %v313 : i64
      %v315 = arith.muli %v307, %v60 : i64
      %v316 = arith.addi %v315, %v49 : i64
      %v317 = llvm.getelementptr %in_x[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v318 = llvm.load %v317 : !llvm.ptr -> f32
      %v320 = arith.addi %v48, %v319 : i64
      %v321 = arith.constant true
      %v322 = arith.addi %v25, %v320 : i64
      %v323 = llvm.getelementptr %v5[%v322] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v324 = llvm.load %v323 : !llvm.ptr<3> -> i64
      %v325 = arith.addi %v25, %v49 : i64
      %v326 = arith.cmpi slt, %v325, %size_L : i64
      %v327 = arith.subi %size_L, %v1 : i64
      %v328 = arith.minsi %v325, %v327 : i64
      %v329 = arith.addi %v324, %v328 : i64
      %v330 = arith.muli %v322, %v60 : i64
      %v331 = arith.addi %v330, %v49 : i64
      %v332 = llvm.getelementptr %in_x[%v329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v333 = llvm.load %v332 : !llvm.ptr -> f32
      %v335 = arith.addi %v48, %v334 : i64
      %v336 = arith.constant true
      %v337 = arith.addi %v25, %v335 : i64
      %v338 = llvm.getelementptr %v5[%v337] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v339 = llvm.load %v338 : !llvm.ptr<3> -> i64
      %v340 = arith.addi %v25, %v49 : i64
      %v341 = arith.cmpi slt, %v340, %size_L : i64
      %v342 = arith.subi %size_L, %v1 : i64
      %v343 = arith.minsi %v340, %v342 : i64
      %v344 = arith.addi %v339, %v343 : i64
      %v345 = arith.muli %v337, %v60 : i64
      %v346 = arith.addi %v345, %v49 : i64
      %v347 = llvm.getelementptr %in_x[%v344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v348 = llvm.load %v347 : !llvm.ptr -> f32
      %v350 = arith.addi %v48, %v349 : i64
      %v351 = arith.constant true
      %v352 = arith.addi %v25, %v350 : i64
      %v353 = llvm.getelementptr %v5[%v352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v354 = llvm.load %v353 : !llvm.ptr<3> -> i64
      %v355 = arith.addi %v25, %v49 : i64
      %v356 = arith.cmpi slt, %v355, %size_L : i64
      %v357 = arith.subi %size_L, %v1 : i64
      %v358 = arith.minsi %v355, %v357 : i64
      %v359 = arith.addi %v354, %v358 : i64
      %v360 = arith.muli %v352, %v60 : i64
      %v361 = arith.addi %v360, %v49 : i64
      %v362 = llvm.getelementptr %in_x[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v363 = llvm.load %v362 : !llvm.ptr -> f32
      %v365 = arith.addi %v48, %v364 : i64
      %v366 = arith.constant true
      %v367 = arith.addi %v25, %v365 : i64
      %v368 = llvm.getelementptr %v5[%v367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v369 = llvm.load %v368 : !llvm.ptr<3> -> i64
      %v370 = arith.addi %v25, %v49 : i64
      %v371 = arith.cmpi slt, %v370, %size_L : i64
      %v372 = arith.subi %size_L, %v1 : i64
      %v373 = arith.minsi %v370, %v372 : i64
      %v374 = arith.addi %v369, %v373 : i64
      %v375 = arith.muli %v367, %v60 : i64
      %v376 = arith.addi %v375, %v49 : i64
      %v377 = llvm.getelementptr %in_x[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v378 = llvm.load %v377 : !llvm.ptr -> f32
      %v380 = arith.addi %v48, %v379 : i64
      %v381 = arith.constant true
      %v382 = arith.addi %v25, %v380 : i64
      %v383 = llvm.getelementptr %v5[%v382] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v384 = llvm.load %v383 : !llvm.ptr<3> -> i64
      %v385 = arith.addi %v25, %v49 : i64
      %v386 = arith.cmpi slt, %v385, %size_L : i64
      %v387 = arith.subi %size_L, %v1 : i64
      %v388 = arith.minsi %v385, %v387 : i64
      %v389 = arith.addi %v384, %v388 : i64
      %v390 = arith.muli %v382, %v60 : i64
      %v391 = arith.addi %v390, %v49 : i64
      %v392 = llvm.getelementptr %in_x[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v393 = llvm.load %v392 : !llvm.ptr -> f32
      %v395 = arith.addi %v48, %v394 : i64
      %v396 = arith.constant true
      %v397 = arith.addi %v25, %v395 : i64
      %v398 = llvm.getelementptr %v5[%v397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v399 = llvm.load %v398 : !llvm.ptr<3> -> i64
      %v400 = arith.addi %v25, %v49 : i64
      %v401 = arith.cmpi slt, %v400, %size_L : i64
      %v402 = arith.subi %size_L, %v1 : i64
      %v403 = arith.minsi %v400, %v402 : i64
      %v404 = arith.addi %v399, %v403 : i64
      %v405 = arith.muli %v397, %v60 : i64
      %v406 = arith.addi %v405, %v49 : i64
      %v407 = llvm.getelementptr %in_x[%v404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v408 = llvm.load %v407 : !llvm.ptr -> f32
      %v410 = arith.addi %v48, %v409 : i64
      %v411 = arith.constant true
      %v412 = arith.addi %v25, %v410 : i64
      %v413 = llvm.getelementptr %v5[%v412] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v414 = llvm.load %v413 : !llvm.ptr<3> -> i64
      %v415 = arith.addi %v25, %v49 : i64
      %v416 = arith.cmpi slt, %v415, %size_L : i64
      %v417 = arith.subi %size_L, %v1 : i64
      %v418 = arith.minsi %v415, %v417 : i64
      %v419 = arith.addi %v414, %v418 : i64
      %v420 = arith.muli %v412, %v60 : i64
      %v421 = arith.addi %v420, %v49 : i64
      %v422 = llvm.getelementptr %in_x[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v423 = llvm.load %v422 : !llvm.ptr -> f32
      %v425 = arith.addi %v48, %v424 : i64
      %v426 = arith.constant true
      %v427 = arith.addi %v25, %v425 : i64
      %v428 = llvm.getelementptr %v5[%v427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v429 = llvm.load %v428 : !llvm.ptr<3> -> i64
      %v430 = arith.addi %v25, %v49 : i64
      %v431 = arith.cmpi slt, %v430, %size_L : i64
      %v432 = arith.subi %size_L, %v1 : i64
      %v433 = arith.minsi %v430, %v432 : i64
      %v434 = arith.addi %v429, %v433 : i64
      %v435 = arith.muli %v427, %v60 : i64
      %v436 = arith.addi %v435, %v49 : i64
      %v437 = llvm.getelementptr %in_x[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v438 = llvm.load %v437 : !llvm.ptr -> f32
      %v440 = arith.addi %v48, %v439 : i64
      %v441 = arith.constant true
      %v442 = arith.addi %v25, %v440 : i64
      %v443 = llvm.getelementptr %v5[%v442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v444 = llvm.load %v443 : !llvm.ptr<3> -> i64
      %v445 = arith.addi %v25, %v49 : i64
      %v446 = arith.cmpi slt, %v445, %size_L : i64
      %v447 = arith.subi %size_L, %v1 : i64
      %v448 = arith.minsi %v445, %v447 : i64
      %v449 = arith.addi %v444, %v448 : i64
      %v450 = arith.muli %v442, %v60 : i64
      %v451 = arith.addi %v450, %v49 : i64
      %v452 = llvm.getelementptr %in_x[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v453 = llvm.load %v452 : !llvm.ptr -> f32
      %v455 = arith.addi %v48, %v454 : i64
      %v456 = arith.constant true
      %v457 = arith.addi %v25, %v455 : i64
      %v458 = llvm.getelementptr %v5[%v457] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v459 = llvm.load %v458 : !llvm.ptr<3> -> i64
      %v460 = arith.addi %v25, %v49 : i64
      %v461 = arith.cmpi slt, %v460, %size_L : i64
      %v462 = arith.subi %size_L, %v1 : i64
      %v463 = arith.minsi %v460, %v462 : i64
      %v464 = arith.addi %v459, %v463 : i64
      %v465 = arith.muli %v457, %v60 : i64
      %v466 = arith.addi %v465, %v49 : i64
      %v467 = llvm.getelementptr %in_x[%v464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v468 = llvm.load %v467 : !llvm.ptr -> f32
      %v470 = arith.addi %v48, %v469 : i64
      %v471 = arith.constant true
      %v472 = arith.addi %v25, %v470 : i64
      %v473 = llvm.getelementptr %v5[%v472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v474 = llvm.load %v473 : !llvm.ptr<3> -> i64
      %v475 = arith.addi %v25, %v49 : i64
      %v476 = arith.cmpi slt, %v475, %size_L : i64
      %v477 = arith.subi %size_L, %v1 : i64
      %v478 = arith.minsi %v475, %v477 : i64
      %v479 = arith.addi %v474, %v478 : i64
      %v480 = arith.muli %v472, %v60 : i64
      %v481 = arith.addi %v480, %v49 : i64
      %v482 = llvm.getelementptr %in_x[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v483 = llvm.load %v482 : !llvm.ptr -> f32
      %v485 = arith.addi %v48, %v484 : i64
      %v486 = arith.constant true
      %v487 = arith.addi %v25, %v485 : i64
      %v488 = llvm.getelementptr %v5[%v487] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v489 = llvm.load %v488 : !llvm.ptr<3> -> i64
      %v490 = arith.addi %v25, %v49 : i64
      %v491 = arith.cmpi slt, %v490, %size_L : i64
      %v492 = arith.subi %size_L, %v1 : i64
      %v493 = arith.minsi %v490, %v492 : i64
      %v494 = arith.addi %v489, %v493 : i64
      %v495 = arith.muli %v487, %v60 : i64
      %v496 = arith.addi %v495, %v49 : i64
      %v497 = llvm.getelementptr %in_x[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v498 = llvm.load %v497 : !llvm.ptr -> f32
      %v500 = arith.addi %v48, %v499 : i64
      %v501 = arith.constant true
      %v502 = arith.addi %v25, %v500 : i64
      %v503 = llvm.getelementptr %v5[%v502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v504 = llvm.load %v503 : !llvm.ptr<3> -> i64
      %v505 = arith.addi %v25, %v49 : i64
      %v506 = arith.cmpi slt, %v505, %size_L : i64
      %v507 = arith.subi %size_L, %v1 : i64
      %v508 = arith.minsi %v505, %v507 : i64
      %v509 = arith.addi %v504, %v508 : i64
      %v510 = arith.muli %v502, %v60 : i64
      %v511 = arith.addi %v510, %v49 : i64
      %v512 = llvm.getelementptr %in_x[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v513 = llvm.load %v512 : !llvm.ptr -> f32
      %v515 = arith.addi %v48, %v514 : i64
      %v516 = arith.constant true
      %v517 = arith.addi %v25, %v515 : i64
      %v518 = llvm.getelementptr %v5[%v517] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v519 = llvm.load %v518 : !llvm.ptr<3> -> i64
      %v520 = arith.addi %v25, %v49 : i64
      %v521 = arith.cmpi slt, %v520, %size_L : i64
      %v522 = arith.subi %size_L, %v1 : i64
      %v523 = arith.minsi %v520, %v522 : i64
      %v524 = arith.addi %v519, %v523 : i64
      %v525 = arith.muli %v517, %v60 : i64
      %v526 = arith.addi %v525, %v49 : i64
      %v527 = llvm.getelementptr %in_x[%v524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v528 = llvm.load %v527 : !llvm.ptr -> f32
      scf.if %v51 {
        %v529 = llvm.getelementptr %v6[%v62] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v64, %v529 : f32, !llvm.ptr<3>
      }
      scf.if %v67 {
        %v530 = llvm.getelementptr %v6[%v77] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v79, %v530 : f32, !llvm.ptr<3>
      }
      scf.if %v82 {
        %v531 = llvm.getelementptr %v6[%v92] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v94, %v531 : f32, !llvm.ptr<3>
      }
      scf.if %v97 {
        %v532 = llvm.getelementptr %v6[%v107] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v109, %v532 : f32, !llvm.ptr<3>
      }
      scf.if %v112 {
        %v533 = llvm.getelementptr %v6[%v122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v124, %v533 : f32, !llvm.ptr<3>
      }
      scf.if %v127 {
        %v534 = llvm.getelementptr %v6[%v137] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v139, %v534 : f32, !llvm.ptr<3>
      }
      scf.if %v142 {
        %v535 = llvm.getelementptr %v6[%v152] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v154, %v535 : f32, !llvm.ptr<3>
      }
      scf.if %v157 {
        %v536 = llvm.getelementptr %v6[%v167] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v169, %v536 : f32, !llvm.ptr<3>
      }
      scf.if %v172 {
        %v537 = llvm.getelementptr %v6[%v182] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v184, %v537 : f32, !llvm.ptr<3>
      }
      scf.if %v187 {
        %v538 = llvm.getelementptr %v6[%v197] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v199, %v538 : f32, !llvm.ptr<3>
      }
      scf.if %v202 {
        %v539 = llvm.getelementptr %v6[%v212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v214, %v539 : f32, !llvm.ptr<3>
      }
      scf.if %v217 {
        %v540 = llvm.getelementptr %v6[%v227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v229, %v540 : f32, !llvm.ptr<3>
      }
      scf.if %v232 {
        %v541 = llvm.getelementptr %v6[%v242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v244, %v541 : f32, !llvm.ptr<3>
      }
      scf.if %v247 {
        %v542 = llvm.getelementptr %v6[%v257] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v259, %v542 : f32, !llvm.ptr<3>
      }
      scf.if %v262 {
        %v543 = llvm.getelementptr %v6[%v272] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v274, %v543 : f32, !llvm.ptr<3>
      }
      scf.if %v277 {
        %v544 = llvm.getelementptr %v6[%v287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v289, %v544 : f32, !llvm.ptr<3>
      }
      scf.if %v291 {
        %v545 = llvm.getelementptr %v6[%v301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v303, %v545 : f32, !llvm.ptr<3>
      }
      scf.if %v306 {
        %v546 = llvm.getelementptr %v6[%v316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v318, %v546 : f32, !llvm.ptr<3>
      }
      scf.if %v321 {
        %v547 = llvm.getelementptr %v6[%v331] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v333, %v547 : f32, !llvm.ptr<3>
      }
      scf.if %v336 {
        %v548 = llvm.getelementptr %v6[%v346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v348, %v548 : f32, !llvm.ptr<3>
      }
      scf.if %v351 {
        %v549 = llvm.getelementptr %v6[%v361] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v363, %v549 : f32, !llvm.ptr<3>
      }
      scf.if %v366 {
        %v550 = llvm.getelementptr %v6[%v376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v378, %v550 : f32, !llvm.ptr<3>
      }
      scf.if %v381 {
        %v551 = llvm.getelementptr %v6[%v391] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v393, %v551 : f32, !llvm.ptr<3>
      }
      scf.if %v396 {
        %v552 = llvm.getelementptr %v6[%v406] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v408, %v552 : f32, !llvm.ptr<3>
      }
      scf.if %v411 {
        %v553 = llvm.getelementptr %v6[%v421] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v423, %v553 : f32, !llvm.ptr<3>
      }
      scf.if %v426 {
        %v554 = llvm.getelementptr %v6[%v436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v438, %v554 : f32, !llvm.ptr<3>
      }
      scf.if %v441 {
        %v555 = llvm.getelementptr %v6[%v451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v453, %v555 : f32, !llvm.ptr<3>
      }
      scf.if %v456 {
        %v556 = llvm.getelementptr %v6[%v466] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v468, %v556 : f32, !llvm.ptr<3>
      }
      scf.if %v471 {
        %v557 = llvm.getelementptr %v6[%v481] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v483, %v557 : f32, !llvm.ptr<3>
      }
      scf.if %v486 {
        %v558 = llvm.getelementptr %v6[%v496] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v498, %v558 : f32, !llvm.ptr<3>
      }
      scf.if %v501 {
        %v559 = llvm.getelementptr %v6[%v511] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v513, %v559 : f32, !llvm.ptr<3>
      }
      scf.if %v516 {
        %v560 = llvm.getelementptr %v6[%v526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v528, %v560 : f32, !llvm.ptr<3>
      }
      // end staged load of `x`
      gpu.barrier
      %v561 = arith.index_cast %v25 : i64 to index
      %v562 = arith.index_cast %size_L : i64 to index
      %v563 = arith.index_cast %v47 : i64 to index
      scf.for %v564 = %v561 to %v562 step %v563 {
        %v565 = arith.index_cast %v564 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v566 = arith.remui %v565, %v15 : i64
        %v567 = arith.cmpi eq, %v566, %v25 : i64
        %v568 = arith.andi %v567, %v18 : i1
        scf.if %v568 {
          %v569 = arith.divui %v565, %v15 : i64
          %v570 = llvm.mlir.zero : !llvm.ptr
          %v571 = llvm.icmp "ne" %ckpt_h, %v570 : !llvm.ptr
          scf.if %v571 {
            %v574 = arith.muli %v569, %v573 : i64
            %v575 = llvm.load %v4 : !llvm.ptr -> f32
            %v577 = arith.muli %v23, %v576 : i64
            %v578 = arith.muli %v21, %v1 : i64
            %v579 = arith.addi %v577, %v578 : i64
            %v580 = arith.addi %v574, %v579 : i64
            %v581 = llvm.getelementptr %ckpt_h[%v580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v575, %v581 : f32, !llvm.ptr
          }
        }
        // end save
        %v582 = arith.subi %size_L, %v565 : i64
        %v583 = arith.minsi %v582, %v47 : i64
        %v584 = arith.addi %v565, %v47 : i64
        %v585 = arith.divui %v13, %v47 : i64
        %v586 = arith.remui %v13, %v47 : i64
        %v587 = arith.addi %v585, %v25 : i64
        %v588 = arith.constant true
        %v589 = arith.addi %v25, %v587 : i64
        %v590 = llvm.getelementptr %v5[%v589] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v591 = llvm.load %v590 : !llvm.ptr<3> -> i64
        %v592 = arith.addi %v584, %v586 : i64
        %v593 = arith.cmpi slt, %v592, %size_L : i64
        %v594 = arith.subi %size_L, %v1 : i64
        %v595 = arith.minsi %v592, %v594 : i64
        %v596 = arith.addi %v591, %v595 : i64
        %v597 = arith.muli %v589, %v60 : i64
        %v598 = arith.addi %v597, %v586 : i64
        %v599 = llvm.getelementptr %in_x[%v596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v600 = llvm.load %v599 : !llvm.ptr -> f32
        %v601 = arith.addi %v585, %v65 : i64
        %v602 = arith.constant true
        %v603 = arith.addi %v25, %v601 : i64
        %v604 = llvm.getelementptr %v5[%v603] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v605 = llvm.load %v604 : !llvm.ptr<3> -> i64
        %v606 = arith.addi %v584, %v586 : i64
        %v607 = arith.cmpi slt, %v606, %size_L : i64
        %v608 = arith.subi %size_L, %v1 : i64
        %v609 = arith.minsi %v606, %v608 : i64
        %v610 = arith.addi %v605, %v609 : i64
        %v611 = arith.muli %v603, %v60 : i64
        %v612 = arith.addi %v611, %v586 : i64
        %v613 = llvm.getelementptr %in_x[%v610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v614 = llvm.load %v613 : !llvm.ptr -> f32
        %v615 = arith.addi %v585, %v80 : i64
        %v616 = arith.constant true
        %v617 = arith.addi %v25, %v615 : i64
        %v618 = llvm.getelementptr %v5[%v617] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v619 = llvm.load %v618 : !llvm.ptr<3> -> i64
        %v620 = arith.addi %v584, %v586 : i64
        %v621 = arith.cmpi slt, %v620, %size_L : i64
        %v622 = arith.subi %size_L, %v1 : i64
        %v623 = arith.minsi %v620, %v622 : i64
        %v624 = arith.addi %v619, %v623 : i64
        %v625 = arith.muli %v617, %v60 : i64
        %v626 = arith.addi %v625, %v586 : i64
        %v627 = llvm.getelementptr %in_x[%v624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v628 = llvm.load %v627 : !llvm.ptr -> f32
        %v629 = arith.addi %v585, %v95 : i64
        %v630 = arith.constant true
        %v631 = arith.addi %v25, %v629 : i64
        %v632 = llvm.getelementptr %v5[%v631] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v633 = llvm.load %v632 : !llvm.ptr<3> -> i64
        %v634 = arith.addi %v584, %v586 : i64
        %v635 = arith.cmpi slt, %v634, %size_L : i64
        %v636 = arith.subi %size_L, %v1 : i64
        %v637 = arith.minsi %v634, %v636 : i64
        %v638 = arith.addi %v633, %v637 : i64
        %v639 = arith.muli %v631, %v60 : i64
        %v640 = arith.addi %v639, %v586 : i64
        %v641 = llvm.getelementptr %in_x[%v638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v642 = llvm.load %v641 : !llvm.ptr -> f32
        %v643 = arith.addi %v585, %v110 : i64
        %v644 = arith.constant true
        %v645 = arith.addi %v25, %v643 : i64
        %v646 = llvm.getelementptr %v5[%v645] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v647 = llvm.load %v646 : !llvm.ptr<3> -> i64
        %v648 = arith.addi %v584, %v586 : i64
        %v649 = arith.cmpi slt, %v648, %size_L : i64
        %v650 = arith.subi %size_L, %v1 : i64
        %v651 = arith.minsi %v648, %v650 : i64
        %v652 = arith.addi %v647, %v651 : i64
        %v653 = arith.muli %v645, %v60 : i64
        %v654 = arith.addi %v653, %v586 : i64
        %v655 = llvm.getelementptr %in_x[%v652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v656 = llvm.load %v655 : !llvm.ptr -> f32
        %v657 = arith.addi %v585, %v125 : i64
        %v658 = arith.constant true
        %v659 = arith.addi %v25, %v657 : i64
        %v660 = llvm.getelementptr %v5[%v659] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v661 = llvm.load %v660 : !llvm.ptr<3> -> i64
        %v662 = arith.addi %v584, %v586 : i64
        %v663 = arith.cmpi slt, %v662, %size_L : i64
        %v664 = arith.subi %size_L, %v1 : i64
        %v665 = arith.minsi %v662, %v664 : i64
        %v666 = arith.addi %v661, %v665 : i64
        %v667 = arith.muli %v659, %v60 : i64
        %v668 = arith.addi %v667, %v586 : i64
        %v669 = llvm.getelementptr %in_x[%v666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v670 = llvm.load %v669 : !llvm.ptr -> f32
        %v671 = arith.addi %v585, %v140 : i64
        %v672 = arith.constant true
        %v673 = arith.addi %v25, %v671 : i64
        %v674 = llvm.getelementptr %v5[%v673] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v675 = llvm.load %v674 : !llvm.ptr<3> -> i64
        %v676 = arith.addi %v584, %v586 : i64
        %v677 = arith.cmpi slt, %v676, %size_L : i64
        %v678 = arith.subi %size_L, %v1 : i64
        %v679 = arith.minsi %v676, %v678 : i64
        %v680 = arith.addi %v675, %v679 : i64
        %v681 = arith.muli %v673, %v60 : i64
        %v682 = arith.addi %v681, %v586 : i64
        %v683 = llvm.getelementptr %in_x[%v680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v684 = llvm.load %v683 : !llvm.ptr -> f32
        %v685 = arith.addi %v585, %v155 : i64
        %v686 = arith.constant true
        %v687 = arith.addi %v25, %v685 : i64
        %v688 = llvm.getelementptr %v5[%v687] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v689 = llvm.load %v688 : !llvm.ptr<3> -> i64
        %v690 = arith.addi %v584, %v586 : i64
        %v691 = arith.cmpi slt, %v690, %size_L : i64
        %v692 = arith.subi %size_L, %v1 : i64
        %v693 = arith.minsi %v690, %v692 : i64
        %v694 = arith.addi %v689, %v693 : i64
        %v695 = arith.muli %v687, %v60 : i64
        %v696 = arith.addi %v695, %v586 : i64
        %v697 = llvm.getelementptr %in_x[%v694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v698 = llvm.load %v697 : !llvm.ptr -> f32
        %v699 = arith.addi %v585, %v170 : i64
        %v700 = arith.constant true
        %v701 = arith.addi %v25, %v699 : i64
        %v702 = llvm.getelementptr %v5[%v701] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v703 = llvm.load %v702 : !llvm.ptr<3> -> i64
        %v704 = arith.addi %v584, %v586 : i64
        %v705 = arith.cmpi slt, %v704, %size_L : i64
        %v706 = arith.subi %size_L, %v1 : i64
        %v707 = arith.minsi %v704, %v706 : i64
        %v708 = arith.addi %v703, %v707 : i64
        %v709 = arith.muli %v701, %v60 : i64
        %v710 = arith.addi %v709, %v586 : i64
        %v711 = llvm.getelementptr %in_x[%v708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v712 = llvm.load %v711 : !llvm.ptr -> f32
        %v713 = arith.addi %v585, %v185 : i64
        %v714 = arith.constant true
        %v715 = arith.addi %v25, %v713 : i64
        %v716 = llvm.getelementptr %v5[%v715] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v717 = llvm.load %v716 : !llvm.ptr<3> -> i64
        %v718 = arith.addi %v584, %v586 : i64
        %v719 = arith.cmpi slt, %v718, %size_L : i64
        %v720 = arith.subi %size_L, %v1 : i64
        %v721 = arith.minsi %v718, %v720 : i64
        %v722 = arith.addi %v717, %v721 : i64
        %v723 = arith.muli %v715, %v60 : i64
        %v724 = arith.addi %v723, %v586 : i64
        %v725 = llvm.getelementptr %in_x[%v722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v726 = llvm.load %v725 : !llvm.ptr -> f32
        %v727 = arith.addi %v585, %v200 : i64
        %v728 = arith.constant true
        %v729 = arith.addi %v25, %v727 : i64
        %v730 = llvm.getelementptr %v5[%v729] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v731 = llvm.load %v730 : !llvm.ptr<3> -> i64
        %v732 = arith.addi %v584, %v586 : i64
        %v733 = arith.cmpi slt, %v732, %size_L : i64
        %v734 = arith.subi %size_L, %v1 : i64
        %v735 = arith.minsi %v732, %v734 : i64
        %v736 = arith.addi %v731, %v735 : i64
        %v737 = arith.muli %v729, %v60 : i64
        %v738 = arith.addi %v737, %v586 : i64
        %v739 = llvm.getelementptr %in_x[%v736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v740 = llvm.load %v739 : !llvm.ptr -> f32
        %v741 = arith.addi %v585, %v215 : i64
        %v742 = arith.constant true
        %v743 = arith.addi %v25, %v741 : i64
        %v744 = llvm.getelementptr %v5[%v743] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v745 = llvm.load %v744 : !llvm.ptr<3> -> i64
        %v746 = arith.addi %v584, %v586 : i64
        %v747 = arith.cmpi slt, %v746, %size_L : i64
        %v748 = arith.subi %size_L, %v1 : i64
        %v749 = arith.minsi %v746, %v748 : i64
        %v750 = arith.addi %v745, %v749 : i64
        %v751 = arith.muli %v743, %v60 : i64
        %v752 = arith.addi %v751, %v586 : i64
        %v753 = llvm.getelementptr %in_x[%v750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v754 = llvm.load %v753 : !llvm.ptr -> f32
        %v755 = arith.addi %v585, %v230 : i64
        %v756 = arith.constant true
        %v757 = arith.addi %v25, %v755 : i64
        %v758 = llvm.getelementptr %v5[%v757] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v759 = llvm.load %v758 : !llvm.ptr<3> -> i64
        %v760 = arith.addi %v584, %v586 : i64
        %v761 = arith.cmpi slt, %v760, %size_L : i64
        %v762 = arith.subi %size_L, %v1 : i64
        %v763 = arith.minsi %v760, %v762 : i64
        %v764 = arith.addi %v759, %v763 : i64
        %v765 = arith.muli %v757, %v60 : i64
        %v766 = arith.addi %v765, %v586 : i64
        %v767 = llvm.getelementptr %in_x[%v764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v768 = llvm.load %v767 : !llvm.ptr -> f32
        %v769 = arith.addi %v585, %v245 : i64
        %v770 = arith.constant true
        %v771 = arith.addi %v25, %v769 : i64
        %v772 = llvm.getelementptr %v5[%v771] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v773 = llvm.load %v772 : !llvm.ptr<3> -> i64
        %v774 = arith.addi %v584, %v586 : i64
        %v775 = arith.cmpi slt, %v774, %size_L : i64
        %v776 = arith.subi %size_L, %v1 : i64
        %v777 = arith.minsi %v774, %v776 : i64
        %v778 = arith.addi %v773, %v777 : i64
        %v779 = arith.muli %v771, %v60 : i64
        %v780 = arith.addi %v779, %v586 : i64
        %v781 = llvm.getelementptr %in_x[%v778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v782 = llvm.load %v781 : !llvm.ptr -> f32
        %v783 = arith.addi %v585, %v260 : i64
        %v784 = arith.constant true
        %v785 = arith.addi %v25, %v783 : i64
        %v786 = llvm.getelementptr %v5[%v785] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v787 = llvm.load %v786 : !llvm.ptr<3> -> i64
        %v788 = arith.addi %v584, %v586 : i64
        %v789 = arith.cmpi slt, %v788, %size_L : i64
        %v790 = arith.subi %size_L, %v1 : i64
        %v791 = arith.minsi %v788, %v790 : i64
        %v792 = arith.addi %v787, %v791 : i64
        %v793 = arith.muli %v785, %v60 : i64
        %v794 = arith.addi %v793, %v586 : i64
        %v795 = llvm.getelementptr %in_x[%v792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v796 = llvm.load %v795 : !llvm.ptr -> f32
        %v797 = arith.addi %v585, %v275 : i64
        %v798 = arith.constant true
        %v799 = arith.addi %v25, %v797 : i64
        %v800 = llvm.getelementptr %v5[%v799] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v801 = llvm.load %v800 : !llvm.ptr<3> -> i64
        %v802 = arith.addi %v584, %v586 : i64
        %v803 = arith.cmpi slt, %v802, %size_L : i64
        %v804 = arith.subi %size_L, %v1 : i64
        %v805 = arith.minsi %v802, %v804 : i64
        %v806 = arith.addi %v801, %v805 : i64
        %v807 = arith.muli %v799, %v60 : i64
        %v808 = arith.addi %v807, %v586 : i64
        %v809 = llvm.getelementptr %in_x[%v806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v810 = llvm.load %v809 : !llvm.ptr -> f32
        %v811 = arith.addi %v585, %v47 : i64
        %v812 = arith.constant true
        %v813 = arith.addi %v25, %v811 : i64
        %v814 = llvm.getelementptr %v5[%v813] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v815 = llvm.load %v814 : !llvm.ptr<3> -> i64
        %v816 = arith.addi %v584, %v586 : i64
        %v817 = arith.cmpi slt, %v816, %size_L : i64
        %v818 = arith.subi %size_L, %v1 : i64
        %v819 = arith.minsi %v816, %v818 : i64
        %v820 = arith.addi %v815, %v819 : i64
        %v821 = arith.muli %v813, %v60 : i64
        %v822 = arith.addi %v821, %v586 : i64
        %v823 = llvm.getelementptr %in_x[%v820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v824 = llvm.load %v823 : !llvm.ptr -> f32
        %v825 = arith.addi %v585, %v304 : i64
        %v826 = arith.constant true
        %v827 = arith.addi %v25, %v825 : i64
        %v828 = llvm.getelementptr %v5[%v827] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v829 = llvm.load %v828 : !llvm.ptr<3> -> i64
        %v830 = arith.addi %v584, %v586 : i64
        %v831 = arith.cmpi slt, %v830, %size_L : i64
        %v832 = arith.subi %size_L, %v1 : i64
        %v833 = arith.minsi %v830, %v832 : i64
        %v834 = arith.addi %v829, %v833 : i64
        %v835 = arith.muli %v827, %v60 : i64
        %v836 = arith.addi %v835, %v586 : i64
        %v837 = llvm.getelementptr %in_x[%v834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v838 = llvm.load %v837 : !llvm.ptr -> f32
        %v839 = arith.addi %v585, %v319 : i64
        %v840 = arith.constant true
        %v841 = arith.addi %v25, %v839 : i64
        %v842 = llvm.getelementptr %v5[%v841] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v843 = llvm.load %v842 : !llvm.ptr<3> -> i64
        %v844 = arith.addi %v584, %v586 : i64
        %v845 = arith.cmpi slt, %v844, %size_L : i64
        %v846 = arith.subi %size_L, %v1 : i64
        %v847 = arith.minsi %v844, %v846 : i64
        %v848 = arith.addi %v843, %v847 : i64
        %v849 = arith.muli %v841, %v60 : i64
        %v850 = arith.addi %v849, %v586 : i64
        %v851 = llvm.getelementptr %in_x[%v848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v852 = llvm.load %v851 : !llvm.ptr -> f32
        %v853 = arith.addi %v585, %v334 : i64
        %v854 = arith.constant true
        %v855 = arith.addi %v25, %v853 : i64
        %v856 = llvm.getelementptr %v5[%v855] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v857 = llvm.load %v856 : !llvm.ptr<3> -> i64
        %v858 = arith.addi %v584, %v586 : i64
        %v859 = arith.cmpi slt, %v858, %size_L : i64
        %v860 = arith.subi %size_L, %v1 : i64
        %v861 = arith.minsi %v858, %v860 : i64
        %v862 = arith.addi %v857, %v861 : i64
        %v863 = arith.muli %v855, %v60 : i64
        %v864 = arith.addi %v863, %v586 : i64
        %v865 = llvm.getelementptr %in_x[%v862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v866 = llvm.load %v865 : !llvm.ptr -> f32
        %v867 = arith.addi %v585, %v349 : i64
        %v868 = arith.constant true
        %v869 = arith.addi %v25, %v867 : i64
        %v870 = llvm.getelementptr %v5[%v869] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v871 = llvm.load %v870 : !llvm.ptr<3> -> i64
        %v872 = arith.addi %v584, %v586 : i64
        %v873 = arith.cmpi slt, %v872, %size_L : i64
        %v874 = arith.subi %size_L, %v1 : i64
        %v875 = arith.minsi %v872, %v874 : i64
        %v876 = arith.addi %v871, %v875 : i64
        %v877 = arith.muli %v869, %v60 : i64
        %v878 = arith.addi %v877, %v586 : i64
        %v879 = llvm.getelementptr %in_x[%v876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v880 = llvm.load %v879 : !llvm.ptr -> f32
        %v881 = arith.addi %v585, %v364 : i64
        %v882 = arith.constant true
        %v883 = arith.addi %v25, %v881 : i64
        %v884 = llvm.getelementptr %v5[%v883] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v885 = llvm.load %v884 : !llvm.ptr<3> -> i64
        %v886 = arith.addi %v584, %v586 : i64
        %v887 = arith.cmpi slt, %v886, %size_L : i64
        %v888 = arith.subi %size_L, %v1 : i64
        %v889 = arith.minsi %v886, %v888 : i64
        %v890 = arith.addi %v885, %v889 : i64
        %v891 = arith.muli %v883, %v60 : i64
        %v892 = arith.addi %v891, %v586 : i64
        %v893 = llvm.getelementptr %in_x[%v890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v894 = llvm.load %v893 : !llvm.ptr -> f32
        %v895 = arith.addi %v585, %v379 : i64
        %v896 = arith.constant true
        %v897 = arith.addi %v25, %v895 : i64
        %v898 = llvm.getelementptr %v5[%v897] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v899 = llvm.load %v898 : !llvm.ptr<3> -> i64
        %v900 = arith.addi %v584, %v586 : i64
        %v901 = arith.cmpi slt, %v900, %size_L : i64
        %v902 = arith.subi %size_L, %v1 : i64
        %v903 = arith.minsi %v900, %v902 : i64
        %v904 = arith.addi %v899, %v903 : i64
        %v905 = arith.muli %v897, %v60 : i64
        %v906 = arith.addi %v905, %v586 : i64
        %v907 = llvm.getelementptr %in_x[%v904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v908 = llvm.load %v907 : !llvm.ptr -> f32
        %v909 = arith.addi %v585, %v394 : i64
        %v910 = arith.constant true
        %v911 = arith.addi %v25, %v909 : i64
        %v912 = llvm.getelementptr %v5[%v911] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v913 = llvm.load %v912 : !llvm.ptr<3> -> i64
        %v914 = arith.addi %v584, %v586 : i64
        %v915 = arith.cmpi slt, %v914, %size_L : i64
        %v916 = arith.subi %size_L, %v1 : i64
        %v917 = arith.minsi %v914, %v916 : i64
        %v918 = arith.addi %v913, %v917 : i64
        %v919 = arith.muli %v911, %v60 : i64
        %v920 = arith.addi %v919, %v586 : i64
        %v921 = llvm.getelementptr %in_x[%v918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v922 = llvm.load %v921 : !llvm.ptr -> f32
        %v923 = arith.addi %v585, %v409 : i64
        %v924 = arith.constant true
        %v925 = arith.addi %v25, %v923 : i64
        %v926 = llvm.getelementptr %v5[%v925] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v927 = llvm.load %v926 : !llvm.ptr<3> -> i64
        %v928 = arith.addi %v584, %v586 : i64
        %v929 = arith.cmpi slt, %v928, %size_L : i64
        %v930 = arith.subi %size_L, %v1 : i64
        %v931 = arith.minsi %v928, %v930 : i64
        %v932 = arith.addi %v927, %v931 : i64
        %v933 = arith.muli %v925, %v60 : i64
        %v934 = arith.addi %v933, %v586 : i64
        %v935 = llvm.getelementptr %in_x[%v932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v936 = llvm.load %v935 : !llvm.ptr -> f32
        %v937 = arith.addi %v585, %v424 : i64
        %v938 = arith.constant true
        %v939 = arith.addi %v25, %v937 : i64
        %v940 = llvm.getelementptr %v5[%v939] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v941 = llvm.load %v940 : !llvm.ptr<3> -> i64
        %v942 = arith.addi %v584, %v586 : i64
        %v943 = arith.cmpi slt, %v942, %size_L : i64
        %v944 = arith.subi %size_L, %v1 : i64
        %v945 = arith.minsi %v942, %v944 : i64
        %v946 = arith.addi %v941, %v945 : i64
        %v947 = arith.muli %v939, %v60 : i64
        %v948 = arith.addi %v947, %v586 : i64
        %v949 = llvm.getelementptr %in_x[%v946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v950 = llvm.load %v949 : !llvm.ptr -> f32
        %v951 = arith.addi %v585, %v439 : i64
        %v952 = arith.constant true
        %v953 = arith.addi %v25, %v951 : i64
        %v954 = llvm.getelementptr %v5[%v953] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v955 = llvm.load %v954 : !llvm.ptr<3> -> i64
        %v956 = arith.addi %v584, %v586 : i64
        %v957 = arith.cmpi slt, %v956, %size_L : i64
        %v958 = arith.subi %size_L, %v1 : i64
        %v959 = arith.minsi %v956, %v958 : i64
        %v960 = arith.addi %v955, %v959 : i64
        %v961 = arith.muli %v953, %v60 : i64
        %v962 = arith.addi %v961, %v586 : i64
        %v963 = llvm.getelementptr %in_x[%v960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v964 = llvm.load %v963 : !llvm.ptr -> f32
        %v965 = arith.addi %v585, %v454 : i64
        %v966 = arith.constant true
        %v967 = arith.addi %v25, %v965 : i64
        %v968 = llvm.getelementptr %v5[%v967] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v969 = llvm.load %v968 : !llvm.ptr<3> -> i64
        %v970 = arith.addi %v584, %v586 : i64
        %v971 = arith.cmpi slt, %v970, %size_L : i64
        %v972 = arith.subi %size_L, %v1 : i64
        %v973 = arith.minsi %v970, %v972 : i64
        %v974 = arith.addi %v969, %v973 : i64
        %v975 = arith.muli %v967, %v60 : i64
        %v976 = arith.addi %v975, %v586 : i64
        %v977 = llvm.getelementptr %in_x[%v974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v978 = llvm.load %v977 : !llvm.ptr -> f32
        %v979 = arith.addi %v585, %v469 : i64
        %v980 = arith.constant true
        %v981 = arith.addi %v25, %v979 : i64
        %v982 = llvm.getelementptr %v5[%v981] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v983 = llvm.load %v982 : !llvm.ptr<3> -> i64
        %v984 = arith.addi %v584, %v586 : i64
        %v985 = arith.cmpi slt, %v984, %size_L : i64
        %v986 = arith.subi %size_L, %v1 : i64
        %v987 = arith.minsi %v984, %v986 : i64
        %v988 = arith.addi %v983, %v987 : i64
        %v989 = arith.muli %v981, %v60 : i64
        %v990 = arith.addi %v989, %v586 : i64
        %v991 = llvm.getelementptr %in_x[%v988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v992 = llvm.load %v991 : !llvm.ptr -> f32
        %v993 = arith.addi %v585, %v484 : i64
        %v994 = arith.constant true
        %v995 = arith.addi %v25, %v993 : i64
        %v996 = llvm.getelementptr %v5[%v995] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v997 = llvm.load %v996 : !llvm.ptr<3> -> i64
        %v998 = arith.addi %v584, %v586 : i64
        %v999 = arith.cmpi slt, %v998, %size_L : i64
        %v1000 = arith.subi %size_L, %v1 : i64
        %v1001 = arith.minsi %v998, %v1000 : i64
        %v1002 = arith.addi %v997, %v1001 : i64
        %v1003 = arith.muli %v995, %v60 : i64
        %v1004 = arith.addi %v1003, %v586 : i64
        %v1005 = llvm.getelementptr %in_x[%v1002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1006 = llvm.load %v1005 : !llvm.ptr -> f32
        %v1007 = arith.addi %v585, %v499 : i64
        %v1008 = arith.constant true
        %v1009 = arith.addi %v25, %v1007 : i64
        %v1010 = llvm.getelementptr %v5[%v1009] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1011 = llvm.load %v1010 : !llvm.ptr<3> -> i64
        %v1012 = arith.addi %v584, %v586 : i64
        %v1013 = arith.cmpi slt, %v1012, %size_L : i64
        %v1014 = arith.subi %size_L, %v1 : i64
        %v1015 = arith.minsi %v1012, %v1014 : i64
        %v1016 = arith.addi %v1011, %v1015 : i64
        %v1017 = arith.muli %v1009, %v60 : i64
        %v1018 = arith.addi %v1017, %v586 : i64
        %v1019 = llvm.getelementptr %in_x[%v1016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1020 = llvm.load %v1019 : !llvm.ptr -> f32
        %v1021 = arith.addi %v585, %v514 : i64
        %v1022 = arith.constant true
        %v1023 = arith.addi %v25, %v1021 : i64
        %v1024 = llvm.getelementptr %v5[%v1023] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1025 = llvm.load %v1024 : !llvm.ptr<3> -> i64
        %v1026 = arith.addi %v584, %v586 : i64
        %v1027 = arith.cmpi slt, %v1026, %size_L : i64
        %v1028 = arith.subi %size_L, %v1 : i64
        %v1029 = arith.minsi %v1026, %v1028 : i64
        %v1030 = arith.addi %v1025, %v1029 : i64
        %v1031 = arith.muli %v1023, %v60 : i64
        %v1032 = arith.addi %v1031, %v586 : i64
        %v1033 = llvm.getelementptr %in_x[%v1030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1034 = llvm.load %v1033 : !llvm.ptr -> f32
        %v1035 = arith.index_cast %v25 : i64 to index
        %v1036 = arith.index_cast %v583 : i64 to index
        %v1037 = arith.index_cast %v1 : i64 to index
        scf.for %v1038 = %v1035 to %v1036 step %v1037 {
          %v1039 = arith.index_cast %v1038 : index to i64
          %v1040 = arith.addi %v565, %v1039 : i64
          %v1052 = arith.muli %v25, %v15 : i64
          %v1053 = arith.addi %v1052, %v13 : i64
          %v1054 = arith.muli %v1053, %v60 : i64
          %v1055 = arith.addi %v1054, %v1039 : i64
          %v1056 = llvm.getelementptr %v6[%v1055] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v1057 = llvm.load %v1056 : !llvm.ptr<3> -> f32
          %v1058 = arith.mulf %v1051, %v1057 fastmath<contract> : f32
          %v1059 = llvm.load %v4 : !llvm.ptr -> f32
          %v1060 = arith.mulf %v1050, %v1059 fastmath<contract> : f32
          %v1061 = arith.addf %v1060, %v1058 fastmath<contract> : f32
          llvm.store %v1061, %v4 : f32, !llvm.ptr
          %v1062 = llvm.load %v4 : !llvm.ptr -> f32
          %v1063 = arith.muli %v1, %v15 : i64
          %v1064 = arith.addi %v1063, %v13 : i64
          %v1065 = arith.muli %v1064, %v60 : i64
          %v1066 = arith.addi %v1065, %v1039 : i64
          %v1067 = llvm.getelementptr %v6[%v1066] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1062, %v1067 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v1068 = arith.addi %v25, %v13 : i64
        %v1069 = arith.divui %v1068, %v47 : i64
        %v1070 = arith.remui %v1068, %v47 : i64
        %v1071 = arith.addi %v25, %v1069 : i64
        %v1072 = arith.muli %v1071, %v60 : i64
        %v1073 = arith.addi %v1072, %v1070 : i64
        %v1074 = llvm.getelementptr %v6[%v1073] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v600, %v1074 : f32, !llvm.ptr<3>
        %v1075 = arith.addi %v15, %v13 : i64
        %v1076 = arith.divui %v1075, %v47 : i64
        %v1077 = arith.remui %v1075, %v47 : i64
        %v1078 = arith.addi %v25, %v1076 : i64
        %v1079 = arith.muli %v1078, %v60 : i64
        %v1080 = arith.addi %v1079, %v1077 : i64
        %v1081 = llvm.getelementptr %v6[%v1080] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v614, %v1081 : f32, !llvm.ptr<3>
        %v1083 = arith.addi %v1082, %v13 : i64
        %v1084 = arith.divui %v1083, %v47 : i64
        %v1085 = arith.remui %v1083, %v47 : i64
        %v1086 = arith.addi %v25, %v1084 : i64
        %v1087 = arith.muli %v1086, %v60 : i64
        %v1088 = arith.addi %v1087, %v1085 : i64
        %v1089 = llvm.getelementptr %v6[%v1088] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v628, %v1089 : f32, !llvm.ptr<3>
        %v1091 = arith.addi %v1090, %v13 : i64
        %v1092 = arith.divui %v1091, %v47 : i64
        %v1093 = arith.remui %v1091, %v47 : i64
        %v1094 = arith.addi %v25, %v1092 : i64
        %v1095 = arith.muli %v1094, %v60 : i64
        %v1096 = arith.addi %v1095, %v1093 : i64
        %v1097 = llvm.getelementptr %v6[%v1096] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v642, %v1097 : f32, !llvm.ptr<3>
        %v1098 = arith.addi %v9, %v13 : i64
        %v1099 = arith.divui %v1098, %v47 : i64
        %v1100 = arith.remui %v1098, %v47 : i64
        %v1101 = arith.addi %v25, %v1099 : i64
        %v1102 = arith.muli %v1101, %v60 : i64
        %v1103 = arith.addi %v1102, %v1100 : i64
        %v1104 = llvm.getelementptr %v6[%v1103] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v656, %v1104 : f32, !llvm.ptr<3>
        %v1106 = arith.addi %v1105, %v13 : i64
        %v1107 = arith.divui %v1106, %v47 : i64
        %v1108 = arith.remui %v1106, %v47 : i64
        %v1109 = arith.addi %v25, %v1107 : i64
        %v1110 = arith.muli %v1109, %v60 : i64
        %v1111 = arith.addi %v1110, %v1108 : i64
        %v1112 = llvm.getelementptr %v6[%v1111] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v670, %v1112 : f32, !llvm.ptr<3>
        %v1114 = arith.addi %v1113, %v13 : i64
        %v1115 = arith.divui %v1114, %v47 : i64
        %v1116 = arith.remui %v1114, %v47 : i64
        %v1117 = arith.addi %v25, %v1115 : i64
        %v1118 = arith.muli %v1117, %v60 : i64
        %v1119 = arith.addi %v1118, %v1116 : i64
        %v1120 = llvm.getelementptr %v6[%v1119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v684, %v1120 : f32, !llvm.ptr<3>
        %v1122 = arith.addi %v1121, %v13 : i64
        %v1123 = arith.divui %v1122, %v47 : i64
        %v1124 = arith.remui %v1122, %v47 : i64
        %v1125 = arith.addi %v25, %v1123 : i64
        %v1126 = arith.muli %v1125, %v60 : i64
        %v1127 = arith.addi %v1126, %v1124 : i64
        %v1128 = llvm.getelementptr %v6[%v1127] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v698, %v1128 : f32, !llvm.ptr<3>
        %v1130 = arith.addi %v1129, %v13 : i64
        %v1131 = arith.divui %v1130, %v47 : i64
        %v1132 = arith.remui %v1130, %v47 : i64
        %v1133 = arith.addi %v25, %v1131 : i64
        %v1134 = arith.muli %v1133, %v60 : i64
        %v1135 = arith.addi %v1134, %v1132 : i64
        %v1136 = llvm.getelementptr %v6[%v1135] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v712, %v1136 : f32, !llvm.ptr<3>
        %v1138 = arith.addi %v1137, %v13 : i64
        %v1139 = arith.divui %v1138, %v47 : i64
        %v1140 = arith.remui %v1138, %v47 : i64
        %v1141 = arith.addi %v25, %v1139 : i64
        %v1142 = arith.muli %v1141, %v60 : i64
        %v1143 = arith.addi %v1142, %v1140 : i64
        %v1144 = llvm.getelementptr %v6[%v1143] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v726, %v1144 : f32, !llvm.ptr<3>
        %v1146 = arith.addi %v1145, %v13 : i64
        %v1147 = arith.divui %v1146, %v47 : i64
        %v1148 = arith.remui %v1146, %v47 : i64
        %v1149 = arith.addi %v25, %v1147 : i64
        %v1150 = arith.muli %v1149, %v60 : i64
        %v1151 = arith.addi %v1150, %v1148 : i64
        %v1152 = llvm.getelementptr %v6[%v1151] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v740, %v1152 : f32, !llvm.ptr<3>
        %v1154 = arith.addi %v1153, %v13 : i64
        %v1155 = arith.divui %v1154, %v47 : i64
        %v1156 = arith.remui %v1154, %v47 : i64
        %v1157 = arith.addi %v25, %v1155 : i64
        %v1158 = arith.muli %v1157, %v60 : i64
        %v1159 = arith.addi %v1158, %v1156 : i64
        %v1160 = llvm.getelementptr %v6[%v1159] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v754, %v1160 : f32, !llvm.ptr<3>
        %v1162 = arith.addi %v1161, %v13 : i64
        %v1163 = arith.divui %v1162, %v47 : i64
        %v1164 = arith.remui %v1162, %v47 : i64
        %v1165 = arith.addi %v25, %v1163 : i64
        %v1166 = arith.muli %v1165, %v60 : i64
        %v1167 = arith.addi %v1166, %v1164 : i64
        %v1168 = llvm.getelementptr %v6[%v1167] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v768, %v1168 : f32, !llvm.ptr<3>
        %v1170 = arith.addi %v1169, %v13 : i64
        %v1171 = arith.divui %v1170, %v47 : i64
        %v1172 = arith.remui %v1170, %v47 : i64
        %v1173 = arith.addi %v25, %v1171 : i64
        %v1174 = arith.muli %v1173, %v60 : i64
        %v1175 = arith.addi %v1174, %v1172 : i64
        %v1176 = llvm.getelementptr %v6[%v1175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v782, %v1176 : f32, !llvm.ptr<3>
        %v1178 = arith.addi %v1177, %v13 : i64
        %v1179 = arith.divui %v1178, %v47 : i64
        %v1180 = arith.remui %v1178, %v47 : i64
        %v1181 = arith.addi %v25, %v1179 : i64
        %v1182 = arith.muli %v1181, %v60 : i64
        %v1183 = arith.addi %v1182, %v1180 : i64
        %v1184 = llvm.getelementptr %v6[%v1183] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v796, %v1184 : f32, !llvm.ptr<3>
        %v1186 = arith.addi %v1185, %v13 : i64
        %v1187 = arith.divui %v1186, %v47 : i64
        %v1188 = arith.remui %v1186, %v47 : i64
        %v1189 = arith.addi %v25, %v1187 : i64
        %v1190 = arith.muli %v1189, %v60 : i64
        %v1191 = arith.addi %v1190, %v1188 : i64
        %v1192 = llvm.getelementptr %v6[%v1191] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v810, %v1192 : f32, !llvm.ptr<3>
        %v1194 = arith.addi %v1193, %v13 : i64
        %v1195 = arith.divui %v1194, %v47 : i64
        %v1196 = arith.remui %v1194, %v47 : i64
        %v1197 = arith.addi %v25, %v1195 : i64
        %v1198 = arith.muli %v1197, %v60 : i64
        %v1199 = arith.addi %v1198, %v1196 : i64
        %v1200 = llvm.getelementptr %v6[%v1199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v824, %v1200 : f32, !llvm.ptr<3>
        %v1202 = arith.addi %v1201, %v13 : i64
        %v1203 = arith.divui %v1202, %v47 : i64
        %v1204 = arith.remui %v1202, %v47 : i64
        %v1205 = arith.addi %v25, %v1203 : i64
        %v1206 = arith.muli %v1205, %v60 : i64
        %v1207 = arith.addi %v1206, %v1204 : i64
        %v1208 = llvm.getelementptr %v6[%v1207] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v838, %v1208 : f32, !llvm.ptr<3>
        %v1210 = arith.addi %v1209, %v13 : i64
        %v1211 = arith.divui %v1210, %v47 : i64
        %v1212 = arith.remui %v1210, %v47 : i64
        %v1213 = arith.addi %v25, %v1211 : i64
        %v1214 = arith.muli %v1213, %v60 : i64
        %v1215 = arith.addi %v1214, %v1212 : i64
        %v1216 = llvm.getelementptr %v6[%v1215] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v852, %v1216 : f32, !llvm.ptr<3>
        %v1218 = arith.addi %v1217, %v13 : i64
        %v1219 = arith.divui %v1218, %v47 : i64
        %v1220 = arith.remui %v1218, %v47 : i64
        %v1221 = arith.addi %v25, %v1219 : i64
        %v1222 = arith.muli %v1221, %v60 : i64
        %v1223 = arith.addi %v1222, %v1220 : i64
        %v1224 = llvm.getelementptr %v6[%v1223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v866, %v1224 : f32, !llvm.ptr<3>
        %v1226 = arith.addi %v1225, %v13 : i64
        %v1227 = arith.divui %v1226, %v47 : i64
        %v1228 = arith.remui %v1226, %v47 : i64
        %v1229 = arith.addi %v25, %v1227 : i64
        %v1230 = arith.muli %v1229, %v60 : i64
        %v1231 = arith.addi %v1230, %v1228 : i64
        %v1232 = llvm.getelementptr %v6[%v1231] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v880, %v1232 : f32, !llvm.ptr<3>
        %v1234 = arith.addi %v1233, %v13 : i64
        %v1235 = arith.divui %v1234, %v47 : i64
        %v1236 = arith.remui %v1234, %v47 : i64
        %v1237 = arith.addi %v25, %v1235 : i64
        %v1238 = arith.muli %v1237, %v60 : i64
        %v1239 = arith.addi %v1238, %v1236 : i64
        %v1240 = llvm.getelementptr %v6[%v1239] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v894, %v1240 : f32, !llvm.ptr<3>
        %v1242 = arith.addi %v1241, %v13 : i64
        %v1243 = arith.divui %v1242, %v47 : i64
        %v1244 = arith.remui %v1242, %v47 : i64
        %v1245 = arith.addi %v25, %v1243 : i64
        %v1246 = arith.muli %v1245, %v60 : i64
        %v1247 = arith.addi %v1246, %v1244 : i64
        %v1248 = llvm.getelementptr %v6[%v1247] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v908, %v1248 : f32, !llvm.ptr<3>
        %v1250 = arith.addi %v1249, %v13 : i64
        %v1251 = arith.divui %v1250, %v47 : i64
        %v1252 = arith.remui %v1250, %v47 : i64
        %v1253 = arith.addi %v25, %v1251 : i64
        %v1254 = arith.muli %v1253, %v60 : i64
        %v1255 = arith.addi %v1254, %v1252 : i64
        %v1256 = llvm.getelementptr %v6[%v1255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v922, %v1256 : f32, !llvm.ptr<3>
        %v1258 = arith.addi %v1257, %v13 : i64
        %v1259 = arith.divui %v1258, %v47 : i64
        %v1260 = arith.remui %v1258, %v47 : i64
        %v1261 = arith.addi %v25, %v1259 : i64
        %v1262 = arith.muli %v1261, %v60 : i64
        %v1263 = arith.addi %v1262, %v1260 : i64
        %v1264 = llvm.getelementptr %v6[%v1263] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v936, %v1264 : f32, !llvm.ptr<3>
        %v1266 = arith.addi %v1265, %v13 : i64
        %v1267 = arith.divui %v1266, %v47 : i64
        %v1268 = arith.remui %v1266, %v47 : i64
        %v1269 = arith.addi %v25, %v1267 : i64
        %v1270 = arith.muli %v1269, %v60 : i64
        %v1271 = arith.addi %v1270, %v1268 : i64
        %v1272 = llvm.getelementptr %v6[%v1271] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v950, %v1272 : f32, !llvm.ptr<3>
        %v1274 = arith.addi %v1273, %v13 : i64
        %v1275 = arith.divui %v1274, %v47 : i64
        %v1276 = arith.remui %v1274, %v47 : i64
        %v1277 = arith.addi %v25, %v1275 : i64
        %v1278 = arith.muli %v1277, %v60 : i64
        %v1279 = arith.addi %v1278, %v1276 : i64
        %v1280 = llvm.getelementptr %v6[%v1279] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v964, %v1280 : f32, !llvm.ptr<3>
        %v1282 = arith.addi %v1281, %v13 : i64
        %v1283 = arith.divui %v1282, %v47 : i64
        %v1284 = arith.remui %v1282, %v47 : i64
        %v1285 = arith.addi %v25, %v1283 : i64
        %v1286 = arith.muli %v1285, %v60 : i64
        %v1287 = arith.addi %v1286, %v1284 : i64
        %v1288 = llvm.getelementptr %v6[%v1287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v978, %v1288 : f32, !llvm.ptr<3>
        %v1290 = arith.addi %v1289, %v13 : i64
        %v1291 = arith.divui %v1290, %v47 : i64
        %v1292 = arith.remui %v1290, %v47 : i64
        %v1293 = arith.addi %v25, %v1291 : i64
        %v1294 = arith.muli %v1293, %v60 : i64
        %v1295 = arith.addi %v1294, %v1292 : i64
        %v1296 = llvm.getelementptr %v6[%v1295] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v992, %v1296 : f32, !llvm.ptr<3>
        %v1298 = arith.addi %v1297, %v13 : i64
        %v1299 = arith.divui %v1298, %v47 : i64
        %v1300 = arith.remui %v1298, %v47 : i64
        %v1301 = arith.addi %v25, %v1299 : i64
        %v1302 = arith.muli %v1301, %v60 : i64
        %v1303 = arith.addi %v1302, %v1300 : i64
        %v1304 = llvm.getelementptr %v6[%v1303] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1006, %v1304 : f32, !llvm.ptr<3>
        %v1306 = arith.addi %v1305, %v13 : i64
        %v1307 = arith.divui %v1306, %v47 : i64
        %v1308 = arith.remui %v1306, %v47 : i64
        %v1309 = arith.addi %v25, %v1307 : i64
        %v1310 = arith.muli %v1309, %v60 : i64
        %v1311 = arith.addi %v1310, %v1308 : i64
        %v1312 = llvm.getelementptr %v6[%v1311] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1020, %v1312 : f32, !llvm.ptr<3>
        %v1314 = arith.addi %v1313, %v13 : i64
        %v1315 = arith.divui %v1314, %v47 : i64
        %v1316 = arith.remui %v1314, %v47 : i64
        %v1317 = arith.addi %v25, %v1315 : i64
        %v1318 = arith.muli %v1317, %v60 : i64
        %v1319 = arith.addi %v1318, %v1316 : i64
        %v1320 = llvm.getelementptr %v6[%v1319] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1034, %v1320 : f32, !llvm.ptr<3>
        %v1321 = arith.divui %v13, %v47 : i64
        %v1322 = arith.remui %v13, %v47 : i64
        %v1323 = arith.addi %v1321, %v25 : i64
        %v1324 = arith.constant true
        %v1325 = arith.addi %v15, %v1323 : i64
        %v1326 = llvm.getelementptr %v5[%v1325] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1327 = llvm.load %v1326 : !llvm.ptr<3> -> i64
        %v1328 = arith.addi %v565, %v1322 : i64
        %v1329 = arith.cmpi slt, %v1328, %size_L : i64
        %v1330 = arith.subi %size_L, %v1 : i64
        %v1331 = arith.minsi %v1328, %v1330 : i64
        %v1332 = arith.addi %v1327, %v1331 : i64
        %v1333 = arith.muli %v1325, %v60 : i64
        %v1334 = arith.addi %v1333, %v1322 : i64
        %v1335 = arith.cmpi sge, %v1327, %v25 : i64
        %v1336 = arith.andi %v1329, %v1335 : i1
        %v1337 = arith.andi %v1336, %v1324 : i1
        %v1338 = llvm.getelementptr %v6[%v1334] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1339 = llvm.load %v1338 : !llvm.ptr<3> -> f32
        %v1340 = arith.addi %v1321, %v65 : i64
        %v1341 = arith.constant true
        %v1342 = arith.addi %v15, %v1340 : i64
        %v1343 = llvm.getelementptr %v5[%v1342] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1344 = llvm.load %v1343 : !llvm.ptr<3> -> i64
        %v1345 = arith.addi %v565, %v1322 : i64
        %v1346 = arith.cmpi slt, %v1345, %size_L : i64
        %v1347 = arith.subi %size_L, %v1 : i64
        %v1348 = arith.minsi %v1345, %v1347 : i64
        %v1349 = arith.addi %v1344, %v1348 : i64
        %v1350 = arith.muli %v1342, %v60 : i64
        %v1351 = arith.addi %v1350, %v1322 : i64
        %v1352 = arith.cmpi sge, %v1344, %v25 : i64
        %v1353 = arith.andi %v1346, %v1352 : i1
        %v1354 = arith.andi %v1353, %v1341 : i1
        %v1355 = llvm.getelementptr %v6[%v1351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1356 = llvm.load %v1355 : !llvm.ptr<3> -> f32
        %v1357 = arith.addi %v1321, %v80 : i64
        %v1358 = arith.constant true
        %v1359 = arith.addi %v15, %v1357 : i64
        %v1360 = llvm.getelementptr %v5[%v1359] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1361 = llvm.load %v1360 : !llvm.ptr<3> -> i64
        %v1362 = arith.addi %v565, %v1322 : i64
        %v1363 = arith.cmpi slt, %v1362, %size_L : i64
        %v1364 = arith.subi %size_L, %v1 : i64
        %v1365 = arith.minsi %v1362, %v1364 : i64
        %v1366 = arith.addi %v1361, %v1365 : i64
        %v1367 = arith.muli %v1359, %v60 : i64
        %v1368 = arith.addi %v1367, %v1322 : i64
        %v1369 = arith.cmpi sge, %v1361, %v25 : i64
        %v1370 = arith.andi %v1363, %v1369 : i1
        %v1371 = arith.andi %v1370, %v1358 : i1
        %v1372 = llvm.getelementptr %v6[%v1368] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1373 = llvm.load %v1372 : !llvm.ptr<3> -> f32
        %v1374 = arith.addi %v1321, %v95 : i64
        %v1375 = arith.constant true
        %v1376 = arith.addi %v15, %v1374 : i64
        %v1377 = llvm.getelementptr %v5[%v1376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1378 = llvm.load %v1377 : !llvm.ptr<3> -> i64
        %v1379 = arith.addi %v565, %v1322 : i64
        %v1380 = arith.cmpi slt, %v1379, %size_L : i64
        %v1381 = arith.subi %size_L, %v1 : i64
        %v1382 = arith.minsi %v1379, %v1381 : i64
        %v1383 = arith.addi %v1378, %v1382 : i64
        %v1384 = arith.muli %v1376, %v60 : i64
        %v1385 = arith.addi %v1384, %v1322 : i64
        %v1386 = arith.cmpi sge, %v1378, %v25 : i64
        %v1387 = arith.andi %v1380, %v1386 : i1
        %v1388 = arith.andi %v1387, %v1375 : i1
        %v1389 = llvm.getelementptr %v6[%v1385] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1390 = llvm.load %v1389 : !llvm.ptr<3> -> f32
        %v1391 = arith.addi %v1321, %v110 : i64
        %v1392 = arith.constant true
        %v1393 = arith.addi %v15, %v1391 : i64
        %v1394 = llvm.getelementptr %v5[%v1393] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1395 = llvm.load %v1394 : !llvm.ptr<3> -> i64
        %v1396 = arith.addi %v565, %v1322 : i64
        %v1397 = arith.cmpi slt, %v1396, %size_L : i64
        %v1398 = arith.subi %size_L, %v1 : i64
        %v1399 = arith.minsi %v1396, %v1398 : i64
        %v1400 = arith.addi %v1395, %v1399 : i64
        %v1401 = arith.muli %v1393, %v60 : i64
        %v1402 = arith.addi %v1401, %v1322 : i64
        %v1403 = arith.cmpi sge, %v1395, %v25 : i64
        %v1404 = arith.andi %v1397, %v1403 : i1
        %v1405 = arith.andi %v1404, %v1392 : i1
        %v1406 = llvm.getelementptr %v6[%v1402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1407 = llvm.load %v1406 : !llvm.ptr<3> -> f32
        %v1408 = arith.addi %v1321, %v125 : i64
        %v1409 = arith.constant true
        %v1410 = arith.addi %v15, %v1408 : i64
        %v1411 = llvm.getelementptr %v5[%v1410] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1412 = llvm.load %v1411 : !llvm.ptr<3> -> i64
        %v1413 = arith.addi %v565, %v1322 : i64
        %v1414 = arith.cmpi slt, %v1413, %size_L : i64
        %v1415 = arith.subi %size_L, %v1 : i64
        %v1416 = arith.minsi %v1413, %v1415 : i64
        %v1417 = arith.addi %v1412, %v1416 : i64
        %v1418 = arith.muli %v1410, %v60 : i64
        %v1419 = arith.addi %v1418, %v1322 : i64
        %v1420 = arith.cmpi sge, %v1412, %v25 : i64
        %v1421 = arith.andi %v1414, %v1420 : i1
        %v1422 = arith.andi %v1421, %v1409 : i1
        %v1423 = llvm.getelementptr %v6[%v1419] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1424 = llvm.load %v1423 : !llvm.ptr<3> -> f32
        %v1425 = arith.addi %v1321, %v140 : i64
        %v1426 = arith.constant true
        %v1427 = arith.addi %v15, %v1425 : i64
        %v1428 = llvm.getelementptr %v5[%v1427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1429 = llvm.load %v1428 : !llvm.ptr<3> -> i64
        %v1430 = arith.addi %v565, %v1322 : i64
        %v1431 = arith.cmpi slt, %v1430, %size_L : i64
        %v1432 = arith.subi %size_L, %v1 : i64
        %v1433 = arith.minsi %v1430, %v1432 : i64
        %v1434 = arith.addi %v1429, %v1433 : i64
        %v1435 = arith.muli %v1427, %v60 : i64
        %v1436 = arith.addi %v1435, %v1322 : i64
        %v1437 = arith.cmpi sge, %v1429, %v25 : i64
        %v1438 = arith.andi %v1431, %v1437 : i1
        %v1439 = arith.andi %v1438, %v1426 : i1
        %v1440 = llvm.getelementptr %v6[%v1436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1441 = llvm.load %v1440 : !llvm.ptr<3> -> f32
        %v1442 = arith.addi %v1321, %v155 : i64
        %v1443 = arith.constant true
        %v1444 = arith.addi %v15, %v1442 : i64
        %v1445 = llvm.getelementptr %v5[%v1444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1446 = llvm.load %v1445 : !llvm.ptr<3> -> i64
        %v1447 = arith.addi %v565, %v1322 : i64
        %v1448 = arith.cmpi slt, %v1447, %size_L : i64
        %v1449 = arith.subi %size_L, %v1 : i64
        %v1450 = arith.minsi %v1447, %v1449 : i64
        %v1451 = arith.addi %v1446, %v1450 : i64
        %v1452 = arith.muli %v1444, %v60 : i64
        %v1453 = arith.addi %v1452, %v1322 : i64
        %v1454 = arith.cmpi sge, %v1446, %v25 : i64
        %v1455 = arith.andi %v1448, %v1454 : i1
        %v1456 = arith.andi %v1455, %v1443 : i1
        %v1457 = llvm.getelementptr %v6[%v1453] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1458 = llvm.load %v1457 : !llvm.ptr<3> -> f32
        %v1459 = arith.addi %v1321, %v170 : i64
        %v1460 = arith.constant true
        %v1461 = arith.addi %v15, %v1459 : i64
        %v1462 = llvm.getelementptr %v5[%v1461] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1463 = llvm.load %v1462 : !llvm.ptr<3> -> i64
        %v1464 = arith.addi %v565, %v1322 : i64
        %v1465 = arith.cmpi slt, %v1464, %size_L : i64
        %v1466 = arith.subi %size_L, %v1 : i64
        %v1467 = arith.minsi %v1464, %v1466 : i64
        %v1468 = arith.addi %v1463, %v1467 : i64
        %v1469 = arith.muli %v1461, %v60 : i64
        %v1470 = arith.addi %v1469, %v1322 : i64
        %v1471 = arith.cmpi sge, %v1463, %v25 : i64
        %v1472 = arith.andi %v1465, %v1471 : i1
        %v1473 = arith.andi %v1472, %v1460 : i1
        %v1474 = llvm.getelementptr %v6[%v1470] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1475 = llvm.load %v1474 : !llvm.ptr<3> -> f32
        %v1476 = arith.addi %v1321, %v185 : i64
        %v1477 = arith.constant true
        %v1478 = arith.addi %v15, %v1476 : i64
        %v1479 = llvm.getelementptr %v5[%v1478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1480 = llvm.load %v1479 : !llvm.ptr<3> -> i64
        %v1481 = arith.addi %v565, %v1322 : i64
        %v1482 = arith.cmpi slt, %v1481, %size_L : i64
        %v1483 = arith.subi %size_L, %v1 : i64
        %v1484 = arith.minsi %v1481, %v1483 : i64
        %v1485 = arith.addi %v1480, %v1484 : i64
        %v1486 = arith.muli %v1478, %v60 : i64
        %v1487 = arith.addi %v1486, %v1322 : i64
        %v1488 = arith.cmpi sge, %v1480, %v25 : i64
        %v1489 = arith.andi %v1482, %v1488 : i1
        %v1490 = arith.andi %v1489, %v1477 : i1
        %v1491 = llvm.getelementptr %v6[%v1487] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1492 = llvm.load %v1491 : !llvm.ptr<3> -> f32
        %v1493 = arith.addi %v1321, %v200 : i64
        %v1494 = arith.constant true
        %v1495 = arith.addi %v15, %v1493 : i64
        %v1496 = llvm.getelementptr %v5[%v1495] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1497 = llvm.load %v1496 : !llvm.ptr<3> -> i64
        %v1498 = arith.addi %v565, %v1322 : i64
        %v1499 = arith.cmpi slt, %v1498, %size_L : i64
        %v1500 = arith.subi %size_L, %v1 : i64
        %v1501 = arith.minsi %v1498, %v1500 : i64
        %v1502 = arith.addi %v1497, %v1501 : i64
        %v1503 = arith.muli %v1495, %v60 : i64
        %v1504 = arith.addi %v1503, %v1322 : i64
        %v1505 = arith.cmpi sge, %v1497, %v25 : i64
        %v1506 = arith.andi %v1499, %v1505 : i1
        %v1507 = arith.andi %v1506, %v1494 : i1
        %v1508 = llvm.getelementptr %v6[%v1504] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1509 = llvm.load %v1508 : !llvm.ptr<3> -> f32
        %v1510 = arith.addi %v1321, %v215 : i64
        %v1511 = arith.constant true
        %v1512 = arith.addi %v15, %v1510 : i64
        %v1513 = llvm.getelementptr %v5[%v1512] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1514 = llvm.load %v1513 : !llvm.ptr<3> -> i64
        %v1515 = arith.addi %v565, %v1322 : i64
        %v1516 = arith.cmpi slt, %v1515, %size_L : i64
        %v1517 = arith.subi %size_L, %v1 : i64
        %v1518 = arith.minsi %v1515, %v1517 : i64
        %v1519 = arith.addi %v1514, %v1518 : i64
        %v1520 = arith.muli %v1512, %v60 : i64
        %v1521 = arith.addi %v1520, %v1322 : i64
        %v1522 = arith.cmpi sge, %v1514, %v25 : i64
        %v1523 = arith.andi %v1516, %v1522 : i1
        %v1524 = arith.andi %v1523, %v1511 : i1
        %v1525 = llvm.getelementptr %v6[%v1521] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1526 = llvm.load %v1525 : !llvm.ptr<3> -> f32
        %v1527 = arith.addi %v1321, %v230 : i64
        %v1528 = arith.constant true
        %v1529 = arith.addi %v15, %v1527 : i64
        %v1530 = llvm.getelementptr %v5[%v1529] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1531 = llvm.load %v1530 : !llvm.ptr<3> -> i64
        %v1532 = arith.addi %v565, %v1322 : i64
        %v1533 = arith.cmpi slt, %v1532, %size_L : i64
        %v1534 = arith.subi %size_L, %v1 : i64
        %v1535 = arith.minsi %v1532, %v1534 : i64
        %v1536 = arith.addi %v1531, %v1535 : i64
        %v1537 = arith.muli %v1529, %v60 : i64
        %v1538 = arith.addi %v1537, %v1322 : i64
        %v1539 = arith.cmpi sge, %v1531, %v25 : i64
        %v1540 = arith.andi %v1533, %v1539 : i1
        %v1541 = arith.andi %v1540, %v1528 : i1
        %v1542 = llvm.getelementptr %v6[%v1538] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1543 = llvm.load %v1542 : !llvm.ptr<3> -> f32
        %v1544 = arith.addi %v1321, %v245 : i64
        %v1545 = arith.constant true
        %v1546 = arith.addi %v15, %v1544 : i64
        %v1547 = llvm.getelementptr %v5[%v1546] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1548 = llvm.load %v1547 : !llvm.ptr<3> -> i64
        %v1549 = arith.addi %v565, %v1322 : i64
        %v1550 = arith.cmpi slt, %v1549, %size_L : i64
        %v1551 = arith.subi %size_L, %v1 : i64
        %v1552 = arith.minsi %v1549, %v1551 : i64
        %v1553 = arith.addi %v1548, %v1552 : i64
        %v1554 = arith.muli %v1546, %v60 : i64
        %v1555 = arith.addi %v1554, %v1322 : i64
        %v1556 = arith.cmpi sge, %v1548, %v25 : i64
        %v1557 = arith.andi %v1550, %v1556 : i1
        %v1558 = arith.andi %v1557, %v1545 : i1
        %v1559 = llvm.getelementptr %v6[%v1555] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1560 = llvm.load %v1559 : !llvm.ptr<3> -> f32
        %v1561 = arith.addi %v1321, %v260 : i64
        %v1562 = arith.constant true
        %v1563 = arith.addi %v15, %v1561 : i64
        %v1564 = llvm.getelementptr %v5[%v1563] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1565 = llvm.load %v1564 : !llvm.ptr<3> -> i64
        %v1566 = arith.addi %v565, %v1322 : i64
        %v1567 = arith.cmpi slt, %v1566, %size_L : i64
        %v1568 = arith.subi %size_L, %v1 : i64
        %v1569 = arith.minsi %v1566, %v1568 : i64
        %v1570 = arith.addi %v1565, %v1569 : i64
        %v1571 = arith.muli %v1563, %v60 : i64
        %v1572 = arith.addi %v1571, %v1322 : i64
        %v1573 = arith.cmpi sge, %v1565, %v25 : i64
        %v1574 = arith.andi %v1567, %v1573 : i1
        %v1575 = arith.andi %v1574, %v1562 : i1
        %v1576 = llvm.getelementptr %v6[%v1572] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1577 = llvm.load %v1576 : !llvm.ptr<3> -> f32
        %v1578 = arith.addi %v1321, %v275 : i64
        %v1579 = arith.constant true
        %v1580 = arith.addi %v15, %v1578 : i64
        %v1581 = llvm.getelementptr %v5[%v1580] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1582 = llvm.load %v1581 : !llvm.ptr<3> -> i64
        %v1583 = arith.addi %v565, %v1322 : i64
        %v1584 = arith.cmpi slt, %v1583, %size_L : i64
        %v1585 = arith.subi %size_L, %v1 : i64
        %v1586 = arith.minsi %v1583, %v1585 : i64
        %v1587 = arith.addi %v1582, %v1586 : i64
        %v1588 = arith.muli %v1580, %v60 : i64
        %v1589 = arith.addi %v1588, %v1322 : i64
        %v1590 = arith.cmpi sge, %v1582, %v25 : i64
        %v1591 = arith.andi %v1584, %v1590 : i1
        %v1592 = arith.andi %v1591, %v1579 : i1
        %v1593 = llvm.getelementptr %v6[%v1589] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1594 = llvm.load %v1593 : !llvm.ptr<3> -> f32
        %v1595 = arith.addi %v1321, %v47 : i64
        %v1596 = arith.constant true
        %v1597 = arith.addi %v15, %v1595 : i64
        %v1598 = llvm.getelementptr %v5[%v1597] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1599 = llvm.load %v1598 : !llvm.ptr<3> -> i64
        %v1600 = arith.addi %v565, %v1322 : i64
        %v1601 = arith.cmpi slt, %v1600, %size_L : i64
        %v1602 = arith.subi %size_L, %v1 : i64
        %v1603 = arith.minsi %v1600, %v1602 : i64
        %v1604 = arith.addi %v1599, %v1603 : i64
        %v1605 = arith.muli %v1597, %v60 : i64
        %v1606 = arith.addi %v1605, %v1322 : i64
        %v1607 = arith.cmpi sge, %v1599, %v25 : i64
        %v1608 = arith.andi %v1601, %v1607 : i1
        %v1609 = arith.andi %v1608, %v1596 : i1
        %v1610 = llvm.getelementptr %v6[%v1606] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1611 = llvm.load %v1610 : !llvm.ptr<3> -> f32
        %v1612 = arith.addi %v1321, %v304 : i64
        %v1613 = arith.constant true
        %v1614 = arith.addi %v15, %v1612 : i64
        %v1615 = llvm.getelementptr %v5[%v1614] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1616 = llvm.load %v1615 : !llvm.ptr<3> -> i64
        %v1617 = arith.addi %v565, %v1322 : i64
        %v1618 = arith.cmpi slt, %v1617, %size_L : i64
        %v1619 = arith.subi %size_L, %v1 : i64
        %v1620 = arith.minsi %v1617, %v1619 : i64
        %v1621 = arith.addi %v1616, %v1620 : i64
        %v1622 = arith.muli %v1614, %v60 : i64
        %v1623 = arith.addi %v1622, %v1322 : i64
        %v1624 = arith.cmpi sge, %v1616, %v25 : i64
        %v1625 = arith.andi %v1618, %v1624 : i1
        %v1626 = arith.andi %v1625, %v1613 : i1
        %v1627 = llvm.getelementptr %v6[%v1623] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1628 = llvm.load %v1627 : !llvm.ptr<3> -> f32
        %v1629 = arith.addi %v1321, %v319 : i64
        %v1630 = arith.constant true
        %v1631 = arith.addi %v15, %v1629 : i64
        %v1632 = llvm.getelementptr %v5[%v1631] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1633 = llvm.load %v1632 : !llvm.ptr<3> -> i64
        %v1634 = arith.addi %v565, %v1322 : i64
        %v1635 = arith.cmpi slt, %v1634, %size_L : i64
        %v1636 = arith.subi %size_L, %v1 : i64
        %v1637 = arith.minsi %v1634, %v1636 : i64
        %v1638 = arith.addi %v1633, %v1637 : i64
        %v1639 = arith.muli %v1631, %v60 : i64
        %v1640 = arith.addi %v1639, %v1322 : i64
        %v1641 = arith.cmpi sge, %v1633, %v25 : i64
        %v1642 = arith.andi %v1635, %v1641 : i1
        %v1643 = arith.andi %v1642, %v1630 : i1
        %v1644 = llvm.getelementptr %v6[%v1640] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1645 = llvm.load %v1644 : !llvm.ptr<3> -> f32
        %v1646 = arith.addi %v1321, %v334 : i64
        %v1647 = arith.constant true
        %v1648 = arith.addi %v15, %v1646 : i64
        %v1649 = llvm.getelementptr %v5[%v1648] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1650 = llvm.load %v1649 : !llvm.ptr<3> -> i64
        %v1651 = arith.addi %v565, %v1322 : i64
        %v1652 = arith.cmpi slt, %v1651, %size_L : i64
        %v1653 = arith.subi %size_L, %v1 : i64
        %v1654 = arith.minsi %v1651, %v1653 : i64
        %v1655 = arith.addi %v1650, %v1654 : i64
        %v1656 = arith.muli %v1648, %v60 : i64
        %v1657 = arith.addi %v1656, %v1322 : i64
        %v1658 = arith.cmpi sge, %v1650, %v25 : i64
        %v1659 = arith.andi %v1652, %v1658 : i1
        %v1660 = arith.andi %v1659, %v1647 : i1
        %v1661 = llvm.getelementptr %v6[%v1657] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1662 = llvm.load %v1661 : !llvm.ptr<3> -> f32
        %v1663 = arith.addi %v1321, %v349 : i64
        %v1664 = arith.constant true
        %v1665 = arith.addi %v15, %v1663 : i64
        %v1666 = llvm.getelementptr %v5[%v1665] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1667 = llvm.load %v1666 : !llvm.ptr<3> -> i64
        %v1668 = arith.addi %v565, %v1322 : i64
        %v1669 = arith.cmpi slt, %v1668, %size_L : i64
        %v1670 = arith.subi %size_L, %v1 : i64
        %v1671 = arith.minsi %v1668, %v1670 : i64
        %v1672 = arith.addi %v1667, %v1671 : i64
        %v1673 = arith.muli %v1665, %v60 : i64
        %v1674 = arith.addi %v1673, %v1322 : i64
        %v1675 = arith.cmpi sge, %v1667, %v25 : i64
        %v1676 = arith.andi %v1669, %v1675 : i1
        %v1677 = arith.andi %v1676, %v1664 : i1
        %v1678 = llvm.getelementptr %v6[%v1674] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1679 = llvm.load %v1678 : !llvm.ptr<3> -> f32
        %v1680 = arith.addi %v1321, %v364 : i64
        %v1681 = arith.constant true
        %v1682 = arith.addi %v15, %v1680 : i64
        %v1683 = llvm.getelementptr %v5[%v1682] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1684 = llvm.load %v1683 : !llvm.ptr<3> -> i64
        %v1685 = arith.addi %v565, %v1322 : i64
        %v1686 = arith.cmpi slt, %v1685, %size_L : i64
        %v1687 = arith.subi %size_L, %v1 : i64
        %v1688 = arith.minsi %v1685, %v1687 : i64
        %v1689 = arith.addi %v1684, %v1688 : i64
        %v1690 = arith.muli %v1682, %v60 : i64
        %v1691 = arith.addi %v1690, %v1322 : i64
        %v1692 = arith.cmpi sge, %v1684, %v25 : i64
        %v1693 = arith.andi %v1686, %v1692 : i1
        %v1694 = arith.andi %v1693, %v1681 : i1
        %v1695 = llvm.getelementptr %v6[%v1691] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1696 = llvm.load %v1695 : !llvm.ptr<3> -> f32
        %v1697 = arith.addi %v1321, %v379 : i64
        %v1698 = arith.constant true
        %v1699 = arith.addi %v15, %v1697 : i64
        %v1700 = llvm.getelementptr %v5[%v1699] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1701 = llvm.load %v1700 : !llvm.ptr<3> -> i64
        %v1702 = arith.addi %v565, %v1322 : i64
        %v1703 = arith.cmpi slt, %v1702, %size_L : i64
        %v1704 = arith.subi %size_L, %v1 : i64
        %v1705 = arith.minsi %v1702, %v1704 : i64
        %v1706 = arith.addi %v1701, %v1705 : i64
        %v1707 = arith.muli %v1699, %v60 : i64
        %v1708 = arith.addi %v1707, %v1322 : i64
        %v1709 = arith.cmpi sge, %v1701, %v25 : i64
        %v1710 = arith.andi %v1703, %v1709 : i1
        %v1711 = arith.andi %v1710, %v1698 : i1
        %v1712 = llvm.getelementptr %v6[%v1708] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1713 = llvm.load %v1712 : !llvm.ptr<3> -> f32
        %v1714 = arith.addi %v1321, %v394 : i64
        %v1715 = arith.constant true
        %v1716 = arith.addi %v15, %v1714 : i64
        %v1717 = llvm.getelementptr %v5[%v1716] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1718 = llvm.load %v1717 : !llvm.ptr<3> -> i64
        %v1719 = arith.addi %v565, %v1322 : i64
        %v1720 = arith.cmpi slt, %v1719, %size_L : i64
        %v1721 = arith.subi %size_L, %v1 : i64
        %v1722 = arith.minsi %v1719, %v1721 : i64
        %v1723 = arith.addi %v1718, %v1722 : i64
        %v1724 = arith.muli %v1716, %v60 : i64
        %v1725 = arith.addi %v1724, %v1322 : i64
        %v1726 = arith.cmpi sge, %v1718, %v25 : i64
        %v1727 = arith.andi %v1720, %v1726 : i1
        %v1728 = arith.andi %v1727, %v1715 : i1
        %v1729 = llvm.getelementptr %v6[%v1725] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1730 = llvm.load %v1729 : !llvm.ptr<3> -> f32
        %v1731 = arith.addi %v1321, %v409 : i64
        %v1732 = arith.constant true
        %v1733 = arith.addi %v15, %v1731 : i64
        %v1734 = llvm.getelementptr %v5[%v1733] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1735 = llvm.load %v1734 : !llvm.ptr<3> -> i64
        %v1736 = arith.addi %v565, %v1322 : i64
        %v1737 = arith.cmpi slt, %v1736, %size_L : i64
        %v1738 = arith.subi %size_L, %v1 : i64
        %v1739 = arith.minsi %v1736, %v1738 : i64
        %v1740 = arith.addi %v1735, %v1739 : i64
        %v1741 = arith.muli %v1733, %v60 : i64
        %v1742 = arith.addi %v1741, %v1322 : i64
        %v1743 = arith.cmpi sge, %v1735, %v25 : i64
        %v1744 = arith.andi %v1737, %v1743 : i1
        %v1745 = arith.andi %v1744, %v1732 : i1
        %v1746 = llvm.getelementptr %v6[%v1742] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1747 = llvm.load %v1746 : !llvm.ptr<3> -> f32
        %v1748 = arith.addi %v1321, %v424 : i64
        %v1749 = arith.constant true
        %v1750 = arith.addi %v15, %v1748 : i64
        %v1751 = llvm.getelementptr %v5[%v1750] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1752 = llvm.load %v1751 : !llvm.ptr<3> -> i64
        %v1753 = arith.addi %v565, %v1322 : i64
        %v1754 = arith.cmpi slt, %v1753, %size_L : i64
        %v1755 = arith.subi %size_L, %v1 : i64
        %v1756 = arith.minsi %v1753, %v1755 : i64
        %v1757 = arith.addi %v1752, %v1756 : i64
        %v1758 = arith.muli %v1750, %v60 : i64
        %v1759 = arith.addi %v1758, %v1322 : i64
        %v1760 = arith.cmpi sge, %v1752, %v25 : i64
        %v1761 = arith.andi %v1754, %v1760 : i1
        %v1762 = arith.andi %v1761, %v1749 : i1
        %v1763 = llvm.getelementptr %v6[%v1759] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1764 = llvm.load %v1763 : !llvm.ptr<3> -> f32
        %v1765 = arith.addi %v1321, %v439 : i64
        %v1766 = arith.constant true
        %v1767 = arith.addi %v15, %v1765 : i64
        %v1768 = llvm.getelementptr %v5[%v1767] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1769 = llvm.load %v1768 : !llvm.ptr<3> -> i64
        %v1770 = arith.addi %v565, %v1322 : i64
        %v1771 = arith.cmpi slt, %v1770, %size_L : i64
        %v1772 = arith.subi %size_L, %v1 : i64
        %v1773 = arith.minsi %v1770, %v1772 : i64
        %v1774 = arith.addi %v1769, %v1773 : i64
        %v1775 = arith.muli %v1767, %v60 : i64
        %v1776 = arith.addi %v1775, %v1322 : i64
        %v1777 = arith.cmpi sge, %v1769, %v25 : i64
        %v1778 = arith.andi %v1771, %v1777 : i1
        %v1779 = arith.andi %v1778, %v1766 : i1
        %v1780 = llvm.getelementptr %v6[%v1776] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1781 = llvm.load %v1780 : !llvm.ptr<3> -> f32
        %v1782 = arith.addi %v1321, %v454 : i64
        %v1783 = arith.constant true
        %v1784 = arith.addi %v15, %v1782 : i64
        %v1785 = llvm.getelementptr %v5[%v1784] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1786 = llvm.load %v1785 : !llvm.ptr<3> -> i64
        %v1787 = arith.addi %v565, %v1322 : i64
        %v1788 = arith.cmpi slt, %v1787, %size_L : i64
        %v1789 = arith.subi %size_L, %v1 : i64
        %v1790 = arith.minsi %v1787, %v1789 : i64
        %v1791 = arith.addi %v1786, %v1790 : i64
        %v1792 = arith.muli %v1784, %v60 : i64
        %v1793 = arith.addi %v1792, %v1322 : i64
        %v1794 = arith.cmpi sge, %v1786, %v25 : i64
        %v1795 = arith.andi %v1788, %v1794 : i1
        %v1796 = arith.andi %v1795, %v1783 : i1
        %v1797 = llvm.getelementptr %v6[%v1793] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1798 = llvm.load %v1797 : !llvm.ptr<3> -> f32
        %v1799 = arith.addi %v1321, %v469 : i64
        %v1800 = arith.constant true
        %v1801 = arith.addi %v15, %v1799 : i64
        %v1802 = llvm.getelementptr %v5[%v1801] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1803 = llvm.load %v1802 : !llvm.ptr<3> -> i64
        %v1804 = arith.addi %v565, %v1322 : i64
        %v1805 = arith.cmpi slt, %v1804, %size_L : i64
        %v1806 = arith.subi %size_L, %v1 : i64
        %v1807 = arith.minsi %v1804, %v1806 : i64
        %v1808 = arith.addi %v1803, %v1807 : i64
        %v1809 = arith.muli %v1801, %v60 : i64
        %v1810 = arith.addi %v1809, %v1322 : i64
        %v1811 = arith.cmpi sge, %v1803, %v25 : i64
        %v1812 = arith.andi %v1805, %v1811 : i1
        %v1813 = arith.andi %v1812, %v1800 : i1
        %v1814 = llvm.getelementptr %v6[%v1810] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1815 = llvm.load %v1814 : !llvm.ptr<3> -> f32
        %v1816 = arith.addi %v1321, %v484 : i64
        %v1817 = arith.constant true
        %v1818 = arith.addi %v15, %v1816 : i64
        %v1819 = llvm.getelementptr %v5[%v1818] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1820 = llvm.load %v1819 : !llvm.ptr<3> -> i64
        %v1821 = arith.addi %v565, %v1322 : i64
        %v1822 = arith.cmpi slt, %v1821, %size_L : i64
        %v1823 = arith.subi %size_L, %v1 : i64
        %v1824 = arith.minsi %v1821, %v1823 : i64
        %v1825 = arith.addi %v1820, %v1824 : i64
        %v1826 = arith.muli %v1818, %v60 : i64
        %v1827 = arith.addi %v1826, %v1322 : i64
        %v1828 = arith.cmpi sge, %v1820, %v25 : i64
        %v1829 = arith.andi %v1822, %v1828 : i1
        %v1830 = arith.andi %v1829, %v1817 : i1
        %v1831 = llvm.getelementptr %v6[%v1827] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1832 = llvm.load %v1831 : !llvm.ptr<3> -> f32
        %v1833 = arith.addi %v1321, %v499 : i64
        %v1834 = arith.constant true
        %v1835 = arith.addi %v15, %v1833 : i64
        %v1836 = llvm.getelementptr %v5[%v1835] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1837 = llvm.load %v1836 : !llvm.ptr<3> -> i64
        %v1838 = arith.addi %v565, %v1322 : i64
        %v1839 = arith.cmpi slt, %v1838, %size_L : i64
        %v1840 = arith.subi %size_L, %v1 : i64
        %v1841 = arith.minsi %v1838, %v1840 : i64
        %v1842 = arith.addi %v1837, %v1841 : i64
        %v1843 = arith.muli %v1835, %v60 : i64
        %v1844 = arith.addi %v1843, %v1322 : i64
        %v1845 = arith.cmpi sge, %v1837, %v25 : i64
        %v1846 = arith.andi %v1839, %v1845 : i1
        %v1847 = arith.andi %v1846, %v1834 : i1
        %v1848 = llvm.getelementptr %v6[%v1844] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1849 = llvm.load %v1848 : !llvm.ptr<3> -> f32
        %v1850 = arith.addi %v1321, %v514 : i64
        %v1851 = arith.constant true
        %v1852 = arith.addi %v15, %v1850 : i64
        %v1853 = llvm.getelementptr %v5[%v1852] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1854 = llvm.load %v1853 : !llvm.ptr<3> -> i64
        %v1855 = arith.addi %v565, %v1322 : i64
        %v1856 = arith.cmpi slt, %v1855, %size_L : i64
        %v1857 = arith.subi %size_L, %v1 : i64
        %v1858 = arith.minsi %v1855, %v1857 : i64
        %v1859 = arith.addi %v1854, %v1858 : i64
        %v1860 = arith.muli %v1852, %v60 : i64
        %v1861 = arith.addi %v1860, %v1322 : i64
        %v1862 = arith.cmpi sge, %v1854, %v25 : i64
        %v1863 = arith.andi %v1856, %v1862 : i1
        %v1864 = arith.andi %v1863, %v1851 : i1
        %v1865 = llvm.getelementptr %v6[%v1861] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1866 = llvm.load %v1865 : !llvm.ptr<3> -> f32
        scf.if %v1337 {
          %v1867 = llvm.getelementptr %out_y[%v1332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1339, %v1867 : f32, !llvm.ptr
        }
        scf.if %v1354 {
          %v1868 = llvm.getelementptr %out_y[%v1349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1356, %v1868 : f32, !llvm.ptr
        }
        scf.if %v1371 {
          %v1869 = llvm.getelementptr %out_y[%v1366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1373, %v1869 : f32, !llvm.ptr
        }
        scf.if %v1388 {
          %v1870 = llvm.getelementptr %out_y[%v1383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1390, %v1870 : f32, !llvm.ptr
        }
        scf.if %v1405 {
          %v1871 = llvm.getelementptr %out_y[%v1400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1407, %v1871 : f32, !llvm.ptr
        }
        scf.if %v1422 {
          %v1872 = llvm.getelementptr %out_y[%v1417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1424, %v1872 : f32, !llvm.ptr
        }
        scf.if %v1439 {
          %v1873 = llvm.getelementptr %out_y[%v1434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1441, %v1873 : f32, !llvm.ptr
        }
        scf.if %v1456 {
          %v1874 = llvm.getelementptr %out_y[%v1451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1458, %v1874 : f32, !llvm.ptr
        }
        scf.if %v1473 {
          %v1875 = llvm.getelementptr %out_y[%v1468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1475, %v1875 : f32, !llvm.ptr
        }
        scf.if %v1490 {
          %v1876 = llvm.getelementptr %out_y[%v1485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1492, %v1876 : f32, !llvm.ptr
        }
        scf.if %v1507 {
          %v1877 = llvm.getelementptr %out_y[%v1502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1509, %v1877 : f32, !llvm.ptr
        }
        scf.if %v1524 {
          %v1878 = llvm.getelementptr %out_y[%v1519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1526, %v1878 : f32, !llvm.ptr
        }
        scf.if %v1541 {
          %v1879 = llvm.getelementptr %out_y[%v1536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1543, %v1879 : f32, !llvm.ptr
        }
        scf.if %v1558 {
          %v1880 = llvm.getelementptr %out_y[%v1553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1560, %v1880 : f32, !llvm.ptr
        }
        scf.if %v1575 {
          %v1881 = llvm.getelementptr %out_y[%v1570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1577, %v1881 : f32, !llvm.ptr
        }
        scf.if %v1592 {
          %v1882 = llvm.getelementptr %out_y[%v1587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1594, %v1882 : f32, !llvm.ptr
        }
        scf.if %v1609 {
          %v1883 = llvm.getelementptr %out_y[%v1604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1611, %v1883 : f32, !llvm.ptr
        }
        scf.if %v1626 {
          %v1884 = llvm.getelementptr %out_y[%v1621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1628, %v1884 : f32, !llvm.ptr
        }
        scf.if %v1643 {
          %v1885 = llvm.getelementptr %out_y[%v1638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1645, %v1885 : f32, !llvm.ptr
        }
        scf.if %v1660 {
          %v1886 = llvm.getelementptr %out_y[%v1655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1662, %v1886 : f32, !llvm.ptr
        }
        scf.if %v1677 {
          %v1887 = llvm.getelementptr %out_y[%v1672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1679, %v1887 : f32, !llvm.ptr
        }
        scf.if %v1694 {
          %v1888 = llvm.getelementptr %out_y[%v1689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1696, %v1888 : f32, !llvm.ptr
        }
        scf.if %v1711 {
          %v1889 = llvm.getelementptr %out_y[%v1706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1713, %v1889 : f32, !llvm.ptr
        }
        scf.if %v1728 {
          %v1890 = llvm.getelementptr %out_y[%v1723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1730, %v1890 : f32, !llvm.ptr
        }
        scf.if %v1745 {
          %v1891 = llvm.getelementptr %out_y[%v1740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1747, %v1891 : f32, !llvm.ptr
        }
        scf.if %v1762 {
          %v1892 = llvm.getelementptr %out_y[%v1757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1764, %v1892 : f32, !llvm.ptr
        }
        scf.if %v1779 {
          %v1893 = llvm.getelementptr %out_y[%v1774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1781, %v1893 : f32, !llvm.ptr
        }
        scf.if %v1796 {
          %v1894 = llvm.getelementptr %out_y[%v1791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1798, %v1894 : f32, !llvm.ptr
        }
        scf.if %v1813 {
          %v1895 = llvm.getelementptr %out_y[%v1808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1815, %v1895 : f32, !llvm.ptr
        }
        scf.if %v1830 {
          %v1896 = llvm.getelementptr %out_y[%v1825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1832, %v1896 : f32, !llvm.ptr
        }
        scf.if %v1847 {
          %v1897 = llvm.getelementptr %out_y[%v1842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1849, %v1897 : f32, !llvm.ptr
        }
        scf.if %v1864 {
          %v1898 = llvm.getelementptr %out_y[%v1859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1866, %v1898 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      gpu.return
    }
  }
}
