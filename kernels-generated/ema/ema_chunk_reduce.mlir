module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_ema_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<64 x i64>
    llvm.mlir.global internal @smem_ema_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<2112 x f32>
    gpu.func @ema_chunk_reduce(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.mlir.addressof @rows_ema_chunk_reduce : !llvm.ptr<3>
      %v7 = llvm.mlir.addressof @smem_ema_chunk_reduce : !llvm.ptr<3>
      %v8 = arith.constant 255 : i64
      %v9 = arith.addi %size_L, %v8 : i64
      %v10 = arith.constant 256 : i64
      %v11 = arith.divui %v9, %v10 : i64
      %v16 = arith.constant 64 : i64
      %v31 = arith.constant 0 : i64
      %v32 = arith.muli %v1, %size_L : i64
      %v33 = arith.muli %v32, %size_D : i64
      %v42 = arith.constant 0x00000000 : f32
      %v43 = arith.constant 0x3F800000 : f32
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
      %v1029 = arith.constant 0x3FB8AA3B : f32
      %v1061 = arith.constant 128 : i64
      %v1069 = arith.constant 192 : i64
      %v1084 = arith.constant 320 : i64
      %v1092 = arith.constant 384 : i64
      %v1100 = arith.constant 448 : i64
      %v1108 = arith.constant 512 : i64
      %v1116 = arith.constant 576 : i64
      %v1124 = arith.constant 640 : i64
      %v1132 = arith.constant 704 : i64
      %v1140 = arith.constant 768 : i64
      %v1148 = arith.constant 832 : i64
      %v1156 = arith.constant 896 : i64
      %v1164 = arith.constant 960 : i64
      %v1172 = arith.constant 1024 : i64
      %v1180 = arith.constant 1088 : i64
      %v1188 = arith.constant 1152 : i64
      %v1196 = arith.constant 1216 : i64
      %v1204 = arith.constant 1280 : i64
      %v1212 = arith.constant 1344 : i64
      %v1220 = arith.constant 1408 : i64
      %v1228 = arith.constant 1472 : i64
      %v1236 = arith.constant 1536 : i64
      %v1244 = arith.constant 1600 : i64
      %v1252 = arith.constant 1664 : i64
      %v1260 = arith.constant 1728 : i64
      %v1268 = arith.constant 1792 : i64
      %v1276 = arith.constant 1856 : i64
      %v1284 = arith.constant 1920 : i64
      %v1292 = arith.constant 1984 : i64
      %v12 = gpu.block_id x
      %v13 = gpu.thread_id x
      %v14 = arith.index_cast %v13 : index to i64
      %v15 = arith.index_cast %v12 : index to i64
      %v17 = arith.subi %v16, %v1 : i64
      %v18 = arith.addi %v3, %v17 : i64
      %v19 = arith.divui %v18, %v16 : i64
      %v20 = arith.divui %v15, %v19 : i64
      %v21 = arith.remui %v15, %v19 : i64
      %v22 = arith.muli %v21, %v16 : i64
      %v23 = arith.addi %v22, %v14 : i64
      %v24 = arith.cmpi slt, %v23, %v3 : i64
      %v25 = arith.subi %v3, %v1 : i64
      %v26 = arith.minsi %v23, %v25 : i64
      %v27 = arith.remui %v26, %size_D : i64
      %v28 = arith.divui %v26, %size_D : i64
      %v29 = arith.remui %v28, %size_B : i64
      %v30 = arith.divui %v28, %size_B : i64
      %v1025 = arith.muli %v27, %v1 : i64
      %v1026 = llvm.getelementptr %in_w[%v1025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1027 = llvm.load %v1026 : !llvm.ptr -> f32
      %v1028 = arith.negf %v1027 : f32
      %v1030 = arith.mulf %v1028, %v1029 fastmath<contract> : f32
      %v1031 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1030) : (f32) -> f32
      %v1032 = arith.addf %v43, %v1031 fastmath<contract> : f32
      %v1033 = arith.divf %v43, %v1032 : f32
      %v1034 = arith.subf %v43, %v1033 fastmath<contract> : f32
      %v34 = arith.muli %v29, %v33 : i64
      %v35 = arith.muli %v27, %v32 : i64
      %v36 = arith.addi %v34, %v35 : i64
      %v37 = arith.muli %v31, %v1 : i64
      %v38 = arith.addi %v36, %v37 : i64
      %v39 = arith.muli %v31, %v16 : i64
      %v40 = arith.addi %v39, %v14 : i64
      %v41 = llvm.getelementptr %v6[%v40] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v38, %v41 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v42, %v4 : f32, !llvm.ptr
      llvm.store %v43, %v5 : f32, !llvm.ptr
      %v44 = arith.muli %v20, %v10 : i64
      %v45 = arith.addi %v44, %v10 : i64
      %v46 = arith.minsi %v45, %size_L : i64
      // staged load of `x`'s first tile: read, then shared memory
      %v48 = arith.divui %v14, %v47 : i64
      %v49 = arith.remui %v14, %v47 : i64
      %v50 = arith.addi %v48, %v31 : i64
      %v51 = arith.constant true
      %v52 = arith.addi %v31, %v50 : i64
      %v53 = llvm.getelementptr %v6[%v52] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v54 = llvm.load %v53 : !llvm.ptr<3> -> i64
      %v55 = arith.addi %v44, %v49 : i64
      %v56 = arith.cmpi slt, %v55, %v46 : i64
      %v57 = arith.subi %size_L, %v1 : i64
      %v58 = arith.minsi %v55, %v57 : i64
      %v59 = arith.addi %v54, %v58 : i64
      %v61 = arith.muli %v52, %v60 : i64
      %v62 = arith.addi %v61, %v49 : i64
      %v63 = llvm.getelementptr %in_x[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v64 = llvm.load %v63 : !llvm.ptr -> f32
      %v66 = arith.addi %v48, %v65 : i64
      %v67 = arith.constant true
      %v68 = arith.addi %v31, %v66 : i64
      %v69 = llvm.getelementptr %v6[%v68] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v70 = llvm.load %v69 : !llvm.ptr<3> -> i64
      %v71 = arith.addi %v44, %v49 : i64
      %v72 = arith.cmpi slt, %v71, %v46 : i64
      %v73 = arith.subi %size_L, %v1 : i64
      %v74 = arith.minsi %v71, %v73 : i64
      %v75 = arith.addi %v70, %v74 : i64
      %v76 = arith.muli %v68, %v60 : i64
      %v77 = arith.addi %v76, %v49 : i64
      %v78 = llvm.getelementptr %in_x[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v79 = llvm.load %v78 : !llvm.ptr -> f32
      %v81 = arith.addi %v48, %v80 : i64
      %v82 = arith.constant true
      %v83 = arith.addi %v31, %v81 : i64
      %v84 = llvm.getelementptr %v6[%v83] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v85 = llvm.load %v84 : !llvm.ptr<3> -> i64
      %v86 = arith.addi %v44, %v49 : i64
      %v87 = arith.cmpi slt, %v86, %v46 : i64
      %v88 = arith.subi %size_L, %v1 : i64
      %v89 = arith.minsi %v86, %v88 : i64
      %v90 = arith.addi %v85, %v89 : i64
      %v91 = arith.muli %v83, %v60 : i64
      %v92 = arith.addi %v91, %v49 : i64
      %v93 = llvm.getelementptr %in_x[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v94 = llvm.load %v93 : !llvm.ptr -> f32
      %v96 = arith.addi %v48, %v95 : i64
      %v97 = arith.constant true
      %v98 = arith.addi %v31, %v96 : i64
      %v99 = llvm.getelementptr %v6[%v98] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v100 = llvm.load %v99 : !llvm.ptr<3> -> i64
      %v101 = arith.addi %v44, %v49 : i64
      %v102 = arith.cmpi slt, %v101, %v46 : i64
      %v103 = arith.subi %size_L, %v1 : i64
      %v104 = arith.minsi %v101, %v103 : i64
      %v105 = arith.addi %v100, %v104 : i64
      %v106 = arith.muli %v98, %v60 : i64
      %v107 = arith.addi %v106, %v49 : i64
      %v108 = llvm.getelementptr %in_x[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v109 = llvm.load %v108 : !llvm.ptr -> f32
      %v111 = arith.addi %v48, %v110 : i64
      %v112 = arith.constant true
      %v113 = arith.addi %v31, %v111 : i64
      %v114 = llvm.getelementptr %v6[%v113] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v115 = llvm.load %v114 : !llvm.ptr<3> -> i64
      %v116 = arith.addi %v44, %v49 : i64
      %v117 = arith.cmpi slt, %v116, %v46 : i64
      %v118 = arith.subi %size_L, %v1 : i64
      %v119 = arith.minsi %v116, %v118 : i64
      %v120 = arith.addi %v115, %v119 : i64
      %v121 = arith.muli %v113, %v60 : i64
      %v122 = arith.addi %v121, %v49 : i64
      %v123 = llvm.getelementptr %in_x[%v120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v124 = llvm.load %v123 : !llvm.ptr -> f32
      %v126 = arith.addi %v48, %v125 : i64
      %v127 = arith.constant true
      %v128 = arith.addi %v31, %v126 : i64
      %v129 = llvm.getelementptr %v6[%v128] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v130 = llvm.load %v129 : !llvm.ptr<3> -> i64
      %v131 = arith.addi %v44, %v49 : i64
      %v132 = arith.cmpi slt, %v131, %v46 : i64
      %v133 = arith.subi %size_L, %v1 : i64
      %v134 = arith.minsi %v131, %v133 : i64
      %v135 = arith.addi %v130, %v134 : i64
      %v136 = arith.muli %v128, %v60 : i64
      %v137 = arith.addi %v136, %v49 : i64
      %v138 = llvm.getelementptr %in_x[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v139 = llvm.load %v138 : !llvm.ptr -> f32
      %v141 = arith.addi %v48, %v140 : i64
      %v142 = arith.constant true
      %v143 = arith.addi %v31, %v141 : i64
      %v144 = llvm.getelementptr %v6[%v143] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v145 = llvm.load %v144 : !llvm.ptr<3> -> i64
      %v146 = arith.addi %v44, %v49 : i64
      %v147 = arith.cmpi slt, %v146, %v46 : i64
      %v148 = arith.subi %size_L, %v1 : i64
      %v149 = arith.minsi %v146, %v148 : i64
      %v150 = arith.addi %v145, %v149 : i64
      %v151 = arith.muli %v143, %v60 : i64
      %v152 = arith.addi %v151, %v49 : i64
      %v153 = llvm.getelementptr %in_x[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v154 = llvm.load %v153 : !llvm.ptr -> f32
      %v156 = arith.addi %v48, %v155 : i64
      %v157 = arith.constant true
      %v158 = arith.addi %v31, %v156 : i64
      %v159 = llvm.getelementptr %v6[%v158] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v160 = llvm.load %v159 : !llvm.ptr<3> -> i64
      %v161 = arith.addi %v44, %v49 : i64
      %v162 = arith.cmpi slt, %v161, %v46 : i64
      %v163 = arith.subi %size_L, %v1 : i64
      %v164 = arith.minsi %v161, %v163 : i64
      %v165 = arith.addi %v160, %v164 : i64
      %v166 = arith.muli %v158, %v60 : i64
      %v167 = arith.addi %v166, %v49 : i64
      %v168 = llvm.getelementptr %in_x[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v169 = llvm.load %v168 : !llvm.ptr -> f32
      %v171 = arith.addi %v48, %v170 : i64
      %v172 = arith.constant true
      %v173 = arith.addi %v31, %v171 : i64
      %v174 = llvm.getelementptr %v6[%v173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v175 = llvm.load %v174 : !llvm.ptr<3> -> i64
      %v176 = arith.addi %v44, %v49 : i64
      %v177 = arith.cmpi slt, %v176, %v46 : i64
      %v178 = arith.subi %size_L, %v1 : i64
      %v179 = arith.minsi %v176, %v178 : i64
      %v180 = arith.addi %v175, %v179 : i64
      %v181 = arith.muli %v173, %v60 : i64
      %v182 = arith.addi %v181, %v49 : i64
      %v183 = llvm.getelementptr %in_x[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v184 = llvm.load %v183 : !llvm.ptr -> f32
      %v186 = arith.addi %v48, %v185 : i64
      %v187 = arith.constant true
      %v188 = arith.addi %v31, %v186 : i64
      %v189 = llvm.getelementptr %v6[%v188] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v190 = llvm.load %v189 : !llvm.ptr<3> -> i64
      %v191 = arith.addi %v44, %v49 : i64
      %v192 = arith.cmpi slt, %v191, %v46 : i64
      %v193 = arith.subi %size_L, %v1 : i64
      %v194 = arith.minsi %v191, %v193 : i64
      %v195 = arith.addi %v190, %v194 : i64
      %v196 = arith.muli %v188, %v60 : i64
      %v197 = arith.addi %v196, %v49 : i64
      %v198 = llvm.getelementptr %in_x[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v199 = llvm.load %v198 : !llvm.ptr -> f32
      %v201 = arith.addi %v48, %v200 : i64
      %v202 = arith.constant true
      %v203 = arith.addi %v31, %v201 : i64
      %v204 = llvm.getelementptr %v6[%v203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v205 = llvm.load %v204 : !llvm.ptr<3> -> i64
      %v206 = arith.addi %v44, %v49 : i64
      %v207 = arith.cmpi slt, %v206, %v46 : i64
      %v208 = arith.subi %size_L, %v1 : i64
      %v209 = arith.minsi %v206, %v208 : i64
      %v210 = arith.addi %v205, %v209 : i64
      %v211 = arith.muli %v203, %v60 : i64
      %v212 = arith.addi %v211, %v49 : i64
      %v213 = llvm.getelementptr %in_x[%v210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v214 = llvm.load %v213 : !llvm.ptr -> f32
      %v216 = arith.addi %v48, %v215 : i64
      %v217 = arith.constant true
      %v218 = arith.addi %v31, %v216 : i64
      %v219 = llvm.getelementptr %v6[%v218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v220 = llvm.load %v219 : !llvm.ptr<3> -> i64
      %v221 = arith.addi %v44, %v49 : i64
      %v222 = arith.cmpi slt, %v221, %v46 : i64
      %v223 = arith.subi %size_L, %v1 : i64
      %v224 = arith.minsi %v221, %v223 : i64
      %v225 = arith.addi %v220, %v224 : i64
      %v226 = arith.muli %v218, %v60 : i64
      %v227 = arith.addi %v226, %v49 : i64
      %v228 = llvm.getelementptr %in_x[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v229 = llvm.load %v228 : !llvm.ptr -> f32
      %v231 = arith.addi %v48, %v230 : i64
      %v232 = arith.constant true
      %v233 = arith.addi %v31, %v231 : i64
      %v234 = llvm.getelementptr %v6[%v233] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v235 = llvm.load %v234 : !llvm.ptr<3> -> i64
      %v236 = arith.addi %v44, %v49 : i64
      %v237 = arith.cmpi slt, %v236, %v46 : i64
      %v238 = arith.subi %size_L, %v1 : i64
      %v239 = arith.minsi %v236, %v238 : i64
      %v240 = arith.addi %v235, %v239 : i64
      %v241 = arith.muli %v233, %v60 : i64
      %v242 = arith.addi %v241, %v49 : i64
      %v243 = llvm.getelementptr %in_x[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v244 = llvm.load %v243 : !llvm.ptr -> f32
      %v246 = arith.addi %v48, %v245 : i64
      %v247 = arith.constant true
      %v248 = arith.addi %v31, %v246 : i64
      %v249 = llvm.getelementptr %v6[%v248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v250 = llvm.load %v249 : !llvm.ptr<3> -> i64
      %v251 = arith.addi %v44, %v49 : i64
      %v252 = arith.cmpi slt, %v251, %v46 : i64
      %v253 = arith.subi %size_L, %v1 : i64
      %v254 = arith.minsi %v251, %v253 : i64
      %v255 = arith.addi %v250, %v254 : i64
      %v256 = arith.muli %v248, %v60 : i64
      %v257 = arith.addi %v256, %v49 : i64
      %v258 = llvm.getelementptr %in_x[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v259 = llvm.load %v258 : !llvm.ptr -> f32
      %v261 = arith.addi %v48, %v260 : i64
      %v262 = arith.constant true
      %v263 = arith.addi %v31, %v261 : i64
      %v264 = llvm.getelementptr %v6[%v263] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v265 = llvm.load %v264 : !llvm.ptr<3> -> i64
      %v266 = arith.addi %v44, %v49 : i64
      %v267 = arith.cmpi slt, %v266, %v46 : i64
      %v268 = arith.subi %size_L, %v1 : i64
      %v269 = arith.minsi %v266, %v268 : i64
      %v270 = arith.addi %v265, %v269 : i64
      %v271 = arith.muli %v263, %v60 : i64
      %v272 = arith.addi %v271, %v49 : i64
      %v273 = llvm.getelementptr %in_x[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v274 = llvm.load %v273 : !llvm.ptr -> f32
      %v276 = arith.addi %v48, %v275 : i64
      %v277 = arith.constant true
      %v278 = arith.addi %v31, %v276 : i64
      %v279 = llvm.getelementptr %v6[%v278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v280 = llvm.load %v279 : !llvm.ptr<3> -> i64
      %v281 = arith.addi %v44, %v49 : i64
      %v282 = arith.cmpi slt, %v281, %v46 : i64
      %v283 = arith.subi %size_L, %v1 : i64
      %v284 = arith.minsi %v281, %v283 : i64
      %v285 = arith.addi %v280, %v284 : i64
      %v286 = arith.muli %v278, %v60 : i64
      %v287 = arith.addi %v286, %v49 : i64
      %v288 = llvm.getelementptr %in_x[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v289 = llvm.load %v288 : !llvm.ptr -> f32
      %v290 = arith.addi %v48, %v47 : i64
      %v291 = arith.constant true
      %v292 = arith.addi %v31, %v290 : i64
      %v293 = llvm.getelementptr %v6[%v292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v294 = llvm.load %v293 : !llvm.ptr<3> -> i64
      %v295 = arith.addi %v44, %v49 : i64
      %v296 = arith.cmpi slt, %v295, %v46 : i64
      %v297 = arith.subi %size_L, %v1 : i64
      %v298 = arith.minsi %v295, %v297 : i64
      %v299 = arith.addi %v294, %v298 : i64
      %v300 = arith.muli %v292, %v60 : i64
      %v301 = arith.addi %v300, %v49 : i64
      %v302 = llvm.getelementptr %in_x[%v299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v303 = llvm.load %v302 : !llvm.ptr -> f32
      %v305 = arith.addi %v48, %v304 : i64
      %v306 = arith.constant true
      %v307 = arith.addi %v31, %v305 : i64
      %v308 = llvm.getelementptr %v6[%v307] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v309 = llvm.load %v308 : !llvm.ptr<3> -> i64
      %v310 = arith.addi %v44, %v49 : i64
      %v311 = arith.cmpi slt, %v310, %v46 : i64
      %v312 = arith.subi %size_L, %v1 : i64
      %v313 = arith.minsi %v310, %v312 : i64
      %v314 = arith.addi %v309, %v313 : i64
      %v315 = arith.muli %v307, %v60 : i64
      %v316 = arith.addi %v315, %v49 : i64
      %v317 = llvm.getelementptr %in_x[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v318 = llvm.load %v317 : !llvm.ptr -> f32
      %v320 = arith.addi %v48, %v319 : i64
      %v321 = arith.constant true
      %v322 = arith.addi %v31, %v320 : i64
      %v323 = llvm.getelementptr %v6[%v322] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v324 = llvm.load %v323 : !llvm.ptr<3> -> i64
      %v325 = arith.addi %v44, %v49 : i64
      %v326 = arith.cmpi slt, %v325, %v46 : i64
      %v327 = arith.subi %size_L, %v1 : i64
      %v328 = arith.minsi %v325, %v327 : i64
      %v329 = arith.addi %v324, %v328 : i64
      %v330 = arith.muli %v322, %v60 : i64
      %v331 = arith.addi %v330, %v49 : i64
      %v332 = llvm.getelementptr %in_x[%v329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v333 = llvm.load %v332 : !llvm.ptr -> f32
      %v335 = arith.addi %v48, %v334 : i64
      %v336 = arith.constant true
      %v337 = arith.addi %v31, %v335 : i64
      %v338 = llvm.getelementptr %v6[%v337] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v339 = llvm.load %v338 : !llvm.ptr<3> -> i64
      %v340 = arith.addi %v44, %v49 : i64
      %v341 = arith.cmpi slt, %v340, %v46 : i64
      %v342 = arith.subi %size_L, %v1 : i64
      %v343 = arith.minsi %v340, %v342 : i64
      %v344 = arith.addi %v339, %v343 : i64
      %v345 = arith.muli %v337, %v60 : i64
      %v346 = arith.addi %v345, %v49 : i64
      %v347 = llvm.getelementptr %in_x[%v344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v348 = llvm.load %v347 : !llvm.ptr -> f32
      %v350 = arith.addi %v48, %v349 : i64
      %v351 = arith.constant true
      %v352 = arith.addi %v31, %v350 : i64
      %v353 = llvm.getelementptr %v6[%v352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v354 = llvm.load %v353 : !llvm.ptr<3> -> i64
      %v355 = arith.addi %v44, %v49 : i64
      %v356 = arith.cmpi slt, %v355, %v46 : i64
      %v357 = arith.subi %size_L, %v1 : i64
      %v358 = arith.minsi %v355, %v357 : i64
      %v359 = arith.addi %v354, %v358 : i64
      %v360 = arith.muli %v352, %v60 : i64
      %v361 = arith.addi %v360, %v49 : i64
      %v362 = llvm.getelementptr %in_x[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v363 = llvm.load %v362 : !llvm.ptr -> f32
      %v365 = arith.addi %v48, %v364 : i64
      %v366 = arith.constant true
      %v367 = arith.addi %v31, %v365 : i64
      %v368 = llvm.getelementptr %v6[%v367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v369 = llvm.load %v368 : !llvm.ptr<3> -> i64
      %v370 = arith.addi %v44, %v49 : i64
      %v371 = arith.cmpi slt, %v370, %v46 : i64
      %v372 = arith.subi %size_L, %v1 : i64
      %v373 = arith.minsi %v370, %v372 : i64
      %v374 = arith.addi %v369, %v373 : i64
      %v375 = arith.muli %v367, %v60 : i64
      %v376 = arith.addi %v375, %v49 : i64
      %v377 = llvm.getelementptr %in_x[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v378 = llvm.load %v377 : !llvm.ptr -> f32
      %v380 = arith.addi %v48, %v379 : i64
      %v381 = arith.constant true
      %v382 = arith.addi %v31, %v380 : i64
      %v383 = llvm.getelementptr %v6[%v382] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v384 = llvm.load %v383 : !llvm.ptr<3> -> i64
      %v385 = arith.addi %v44, %v49 : i64
      %v386 = arith.cmpi slt, %v385, %v46 : i64
      %v387 = arith.subi %size_L, %v1 : i64
      %v388 = arith.minsi %v385, %v387 : i64
      %v389 = arith.addi %v384, %v388 : i64
      %v390 = arith.muli %v382, %v60 : i64
      %v391 = arith.addi %v390, %v49 : i64
      %v392 = llvm.getelementptr %in_x[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v393 = llvm.load %v392 : !llvm.ptr -> f32
      %v395 = arith.addi %v48, %v394 : i64
      %v396 = arith.constant true
      %v397 = arith.addi %v31, %v395 : i64
      %v398 = llvm.getelementptr %v6[%v397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v399 = llvm.load %v398 : !llvm.ptr<3> -> i64
      %v400 = arith.addi %v44, %v49 : i64
      %v401 = arith.cmpi slt, %v400, %v46 : i64
      %v402 = arith.subi %size_L, %v1 : i64
      %v403 = arith.minsi %v400, %v402 : i64
      %v404 = arith.addi %v399, %v403 : i64
      %v405 = arith.muli %v397, %v60 : i64
      %v406 = arith.addi %v405, %v49 : i64
      %v407 = llvm.getelementptr %in_x[%v404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v408 = llvm.load %v407 : !llvm.ptr -> f32
      %v410 = arith.addi %v48, %v409 : i64
      %v411 = arith.constant true
      %v412 = arith.addi %v31, %v410 : i64
      %v413 = llvm.getelementptr %v6[%v412] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v414 = llvm.load %v413 : !llvm.ptr<3> -> i64
      %v415 = arith.addi %v44, %v49 : i64
      %v416 = arith.cmpi slt, %v415, %v46 : i64
      %v417 = arith.subi %size_L, %v1 : i64
      %v418 = arith.minsi %v415, %v417 : i64
      %v419 = arith.addi %v414, %v418 : i64
      %v420 = arith.muli %v412, %v60 : i64
      %v421 = arith.addi %v420, %v49 : i64
      %v422 = llvm.getelementptr %in_x[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v423 = llvm.load %v422 : !llvm.ptr -> f32
      %v425 = arith.addi %v48, %v424 : i64
      %v426 = arith.constant true
      %v427 = arith.addi %v31, %v425 : i64
      %v428 = llvm.getelementptr %v6[%v427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v429 = llvm.load %v428 : !llvm.ptr<3> -> i64
      %v430 = arith.addi %v44, %v49 : i64
      %v431 = arith.cmpi slt, %v430, %v46 : i64
      %v432 = arith.subi %size_L, %v1 : i64
      %v433 = arith.minsi %v430, %v432 : i64
      %v434 = arith.addi %v429, %v433 : i64
      %v435 = arith.muli %v427, %v60 : i64
      %v436 = arith.addi %v435, %v49 : i64
      %v437 = llvm.getelementptr %in_x[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v438 = llvm.load %v437 : !llvm.ptr -> f32
      %v440 = arith.addi %v48, %v439 : i64
      %v441 = arith.constant true
      %v442 = arith.addi %v31, %v440 : i64
      %v443 = llvm.getelementptr %v6[%v442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v444 = llvm.load %v443 : !llvm.ptr<3> -> i64
      %v445 = arith.addi %v44, %v49 : i64
      %v446 = arith.cmpi slt, %v445, %v46 : i64
      %v447 = arith.subi %size_L, %v1 : i64
      %v448 = arith.minsi %v445, %v447 : i64
      %v449 = arith.addi %v444, %v448 : i64
      %v450 = arith.muli %v442, %v60 : i64
      %v451 = arith.addi %v450, %v49 : i64
      %v452 = llvm.getelementptr %in_x[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v453 = llvm.load %v452 : !llvm.ptr -> f32
      %v455 = arith.addi %v48, %v454 : i64
      %v456 = arith.constant true
      %v457 = arith.addi %v31, %v455 : i64
      %v458 = llvm.getelementptr %v6[%v457] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v459 = llvm.load %v458 : !llvm.ptr<3> -> i64
      %v460 = arith.addi %v44, %v49 : i64
      %v461 = arith.cmpi slt, %v460, %v46 : i64
      %v462 = arith.subi %size_L, %v1 : i64
      %v463 = arith.minsi %v460, %v462 : i64
      %v464 = arith.addi %v459, %v463 : i64
      %v465 = arith.muli %v457, %v60 : i64
      %v466 = arith.addi %v465, %v49 : i64
      %v467 = llvm.getelementptr %in_x[%v464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v468 = llvm.load %v467 : !llvm.ptr -> f32
      %v470 = arith.addi %v48, %v469 : i64
      %v471 = arith.constant true
      %v472 = arith.addi %v31, %v470 : i64
      %v473 = llvm.getelementptr %v6[%v472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v474 = llvm.load %v473 : !llvm.ptr<3> -> i64
      %v475 = arith.addi %v44, %v49 : i64
      %v476 = arith.cmpi slt, %v475, %v46 : i64
      %v477 = arith.subi %size_L, %v1 : i64
      %v478 = arith.minsi %v475, %v477 : i64
      %v479 = arith.addi %v474, %v478 : i64
      %v480 = arith.muli %v472, %v60 : i64
      %v481 = arith.addi %v480, %v49 : i64
      %v482 = llvm.getelementptr %in_x[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v483 = llvm.load %v482 : !llvm.ptr -> f32
      %v485 = arith.addi %v48, %v484 : i64
      %v486 = arith.constant true
      %v487 = arith.addi %v31, %v485 : i64
      %v488 = llvm.getelementptr %v6[%v487] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v489 = llvm.load %v488 : !llvm.ptr<3> -> i64
      %v490 = arith.addi %v44, %v49 : i64
      %v491 = arith.cmpi slt, %v490, %v46 : i64
      %v492 = arith.subi %size_L, %v1 : i64
      %v493 = arith.minsi %v490, %v492 : i64
      %v494 = arith.addi %v489, %v493 : i64
      %v495 = arith.muli %v487, %v60 : i64
      %v496 = arith.addi %v495, %v49 : i64
      %v497 = llvm.getelementptr %in_x[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v498 = llvm.load %v497 : !llvm.ptr -> f32
      %v500 = arith.addi %v48, %v499 : i64
      %v501 = arith.constant true
      %v502 = arith.addi %v31, %v500 : i64
      %v503 = llvm.getelementptr %v6[%v502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v504 = llvm.load %v503 : !llvm.ptr<3> -> i64
      %v505 = arith.addi %v44, %v49 : i64
      %v506 = arith.cmpi slt, %v505, %v46 : i64
      %v507 = arith.subi %size_L, %v1 : i64
      %v508 = arith.minsi %v505, %v507 : i64
      %v509 = arith.addi %v504, %v508 : i64
      %v510 = arith.muli %v502, %v60 : i64
      %v511 = arith.addi %v510, %v49 : i64
      %v512 = llvm.getelementptr %in_x[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v513 = llvm.load %v512 : !llvm.ptr -> f32
      %v515 = arith.addi %v48, %v514 : i64
      %v516 = arith.constant true
      %v517 = arith.addi %v31, %v515 : i64
      %v518 = llvm.getelementptr %v6[%v517] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v519 = llvm.load %v518 : !llvm.ptr<3> -> i64
      %v520 = arith.addi %v44, %v49 : i64
      %v521 = arith.cmpi slt, %v520, %v46 : i64
      %v522 = arith.subi %size_L, %v1 : i64
      %v523 = arith.minsi %v520, %v522 : i64
      %v524 = arith.addi %v519, %v523 : i64
      %v525 = arith.muli %v517, %v60 : i64
      %v526 = arith.addi %v525, %v49 : i64
      %v527 = llvm.getelementptr %in_x[%v524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v528 = llvm.load %v527 : !llvm.ptr -> f32
      scf.if %v51 {
        %v529 = llvm.getelementptr %v7[%v62] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v64, %v529 : f32, !llvm.ptr<3>
      }
      scf.if %v67 {
        %v530 = llvm.getelementptr %v7[%v77] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v79, %v530 : f32, !llvm.ptr<3>
      }
      scf.if %v82 {
        %v531 = llvm.getelementptr %v7[%v92] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v94, %v531 : f32, !llvm.ptr<3>
      }
      scf.if %v97 {
        %v532 = llvm.getelementptr %v7[%v107] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v109, %v532 : f32, !llvm.ptr<3>
      }
      scf.if %v112 {
        %v533 = llvm.getelementptr %v7[%v122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v124, %v533 : f32, !llvm.ptr<3>
      }
      scf.if %v127 {
        %v534 = llvm.getelementptr %v7[%v137] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v139, %v534 : f32, !llvm.ptr<3>
      }
      scf.if %v142 {
        %v535 = llvm.getelementptr %v7[%v152] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v154, %v535 : f32, !llvm.ptr<3>
      }
      scf.if %v157 {
        %v536 = llvm.getelementptr %v7[%v167] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v169, %v536 : f32, !llvm.ptr<3>
      }
      scf.if %v172 {
        %v537 = llvm.getelementptr %v7[%v182] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v184, %v537 : f32, !llvm.ptr<3>
      }
      scf.if %v187 {
        %v538 = llvm.getelementptr %v7[%v197] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v199, %v538 : f32, !llvm.ptr<3>
      }
      scf.if %v202 {
        %v539 = llvm.getelementptr %v7[%v212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v214, %v539 : f32, !llvm.ptr<3>
      }
      scf.if %v217 {
        %v540 = llvm.getelementptr %v7[%v227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v229, %v540 : f32, !llvm.ptr<3>
      }
      scf.if %v232 {
        %v541 = llvm.getelementptr %v7[%v242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v244, %v541 : f32, !llvm.ptr<3>
      }
      scf.if %v247 {
        %v542 = llvm.getelementptr %v7[%v257] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v259, %v542 : f32, !llvm.ptr<3>
      }
      scf.if %v262 {
        %v543 = llvm.getelementptr %v7[%v272] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v274, %v543 : f32, !llvm.ptr<3>
      }
      scf.if %v277 {
        %v544 = llvm.getelementptr %v7[%v287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v289, %v544 : f32, !llvm.ptr<3>
      }
      scf.if %v291 {
        %v545 = llvm.getelementptr %v7[%v301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v303, %v545 : f32, !llvm.ptr<3>
      }
      scf.if %v306 {
        %v546 = llvm.getelementptr %v7[%v316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v318, %v546 : f32, !llvm.ptr<3>
      }
      scf.if %v321 {
        %v547 = llvm.getelementptr %v7[%v331] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v333, %v547 : f32, !llvm.ptr<3>
      }
      scf.if %v336 {
        %v548 = llvm.getelementptr %v7[%v346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v348, %v548 : f32, !llvm.ptr<3>
      }
      scf.if %v351 {
        %v549 = llvm.getelementptr %v7[%v361] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v363, %v549 : f32, !llvm.ptr<3>
      }
      scf.if %v366 {
        %v550 = llvm.getelementptr %v7[%v376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v378, %v550 : f32, !llvm.ptr<3>
      }
      scf.if %v381 {
        %v551 = llvm.getelementptr %v7[%v391] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v393, %v551 : f32, !llvm.ptr<3>
      }
      scf.if %v396 {
        %v552 = llvm.getelementptr %v7[%v406] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v408, %v552 : f32, !llvm.ptr<3>
      }
      scf.if %v411 {
        %v553 = llvm.getelementptr %v7[%v421] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v423, %v553 : f32, !llvm.ptr<3>
      }
      scf.if %v426 {
        %v554 = llvm.getelementptr %v7[%v436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v438, %v554 : f32, !llvm.ptr<3>
      }
      scf.if %v441 {
        %v555 = llvm.getelementptr %v7[%v451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v453, %v555 : f32, !llvm.ptr<3>
      }
      scf.if %v456 {
        %v556 = llvm.getelementptr %v7[%v466] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v468, %v556 : f32, !llvm.ptr<3>
      }
      scf.if %v471 {
        %v557 = llvm.getelementptr %v7[%v481] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v483, %v557 : f32, !llvm.ptr<3>
      }
      scf.if %v486 {
        %v558 = llvm.getelementptr %v7[%v496] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v498, %v558 : f32, !llvm.ptr<3>
      }
      scf.if %v501 {
        %v559 = llvm.getelementptr %v7[%v511] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v513, %v559 : f32, !llvm.ptr<3>
      }
      scf.if %v516 {
        %v560 = llvm.getelementptr %v7[%v526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v528, %v560 : f32, !llvm.ptr<3>
      }
      // end staged load of `x`
      gpu.barrier
      %v561 = arith.index_cast %v44 : i64 to index
      %v562 = arith.index_cast %v46 : i64 to index
      %v563 = arith.index_cast %v47 : i64 to index
      scf.for %v564 = %v561 to %v562 step %v563 {
        %v565 = arith.index_cast %v564 : index to i64
        %v566 = arith.subi %v46, %v565 : i64
        %v567 = arith.minsi %v566, %v47 : i64
        %v568 = arith.addi %v565, %v47 : i64
        %v569 = arith.divui %v14, %v47 : i64
        %v570 = arith.remui %v14, %v47 : i64
        %v571 = arith.addi %v569, %v31 : i64
        %v572 = arith.constant true
        %v573 = arith.addi %v31, %v571 : i64
        %v574 = llvm.getelementptr %v6[%v573] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v575 = llvm.load %v574 : !llvm.ptr<3> -> i64
        %v576 = arith.addi %v568, %v570 : i64
        %v577 = arith.cmpi slt, %v576, %v46 : i64
        %v578 = arith.subi %size_L, %v1 : i64
        %v579 = arith.minsi %v576, %v578 : i64
        %v580 = arith.addi %v575, %v579 : i64
        %v581 = arith.muli %v573, %v60 : i64
        %v582 = arith.addi %v581, %v570 : i64
        %v583 = llvm.getelementptr %in_x[%v580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v584 = llvm.load %v583 : !llvm.ptr -> f32
        %v585 = arith.addi %v569, %v65 : i64
        %v586 = arith.constant true
        %v587 = arith.addi %v31, %v585 : i64
        %v588 = llvm.getelementptr %v6[%v587] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v589 = llvm.load %v588 : !llvm.ptr<3> -> i64
        %v590 = arith.addi %v568, %v570 : i64
        %v591 = arith.cmpi slt, %v590, %v46 : i64
        %v592 = arith.subi %size_L, %v1 : i64
        %v593 = arith.minsi %v590, %v592 : i64
        %v594 = arith.addi %v589, %v593 : i64
        %v595 = arith.muli %v587, %v60 : i64
        %v596 = arith.addi %v595, %v570 : i64
        %v597 = llvm.getelementptr %in_x[%v594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v598 = llvm.load %v597 : !llvm.ptr -> f32
        %v599 = arith.addi %v569, %v80 : i64
        %v600 = arith.constant true
        %v601 = arith.addi %v31, %v599 : i64
        %v602 = llvm.getelementptr %v6[%v601] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v603 = llvm.load %v602 : !llvm.ptr<3> -> i64
        %v604 = arith.addi %v568, %v570 : i64
        %v605 = arith.cmpi slt, %v604, %v46 : i64
        %v606 = arith.subi %size_L, %v1 : i64
        %v607 = arith.minsi %v604, %v606 : i64
        %v608 = arith.addi %v603, %v607 : i64
        %v609 = arith.muli %v601, %v60 : i64
        %v610 = arith.addi %v609, %v570 : i64
        %v611 = llvm.getelementptr %in_x[%v608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v612 = llvm.load %v611 : !llvm.ptr -> f32
        %v613 = arith.addi %v569, %v95 : i64
        %v614 = arith.constant true
        %v615 = arith.addi %v31, %v613 : i64
        %v616 = llvm.getelementptr %v6[%v615] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v617 = llvm.load %v616 : !llvm.ptr<3> -> i64
        %v618 = arith.addi %v568, %v570 : i64
        %v619 = arith.cmpi slt, %v618, %v46 : i64
        %v620 = arith.subi %size_L, %v1 : i64
        %v621 = arith.minsi %v618, %v620 : i64
        %v622 = arith.addi %v617, %v621 : i64
        %v623 = arith.muli %v615, %v60 : i64
        %v624 = arith.addi %v623, %v570 : i64
        %v625 = llvm.getelementptr %in_x[%v622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v626 = llvm.load %v625 : !llvm.ptr -> f32
        %v627 = arith.addi %v569, %v110 : i64
        %v628 = arith.constant true
        %v629 = arith.addi %v31, %v627 : i64
        %v630 = llvm.getelementptr %v6[%v629] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v631 = llvm.load %v630 : !llvm.ptr<3> -> i64
        %v632 = arith.addi %v568, %v570 : i64
        %v633 = arith.cmpi slt, %v632, %v46 : i64
        %v634 = arith.subi %size_L, %v1 : i64
        %v635 = arith.minsi %v632, %v634 : i64
        %v636 = arith.addi %v631, %v635 : i64
        %v637 = arith.muli %v629, %v60 : i64
        %v638 = arith.addi %v637, %v570 : i64
        %v639 = llvm.getelementptr %in_x[%v636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v640 = llvm.load %v639 : !llvm.ptr -> f32
        %v641 = arith.addi %v569, %v125 : i64
        %v642 = arith.constant true
        %v643 = arith.addi %v31, %v641 : i64
        %v644 = llvm.getelementptr %v6[%v643] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v645 = llvm.load %v644 : !llvm.ptr<3> -> i64
        %v646 = arith.addi %v568, %v570 : i64
        %v647 = arith.cmpi slt, %v646, %v46 : i64
        %v648 = arith.subi %size_L, %v1 : i64
        %v649 = arith.minsi %v646, %v648 : i64
        %v650 = arith.addi %v645, %v649 : i64
        %v651 = arith.muli %v643, %v60 : i64
        %v652 = arith.addi %v651, %v570 : i64
        %v653 = llvm.getelementptr %in_x[%v650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v654 = llvm.load %v653 : !llvm.ptr -> f32
        %v655 = arith.addi %v569, %v140 : i64
        %v656 = arith.constant true
        %v657 = arith.addi %v31, %v655 : i64
        %v658 = llvm.getelementptr %v6[%v657] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v659 = llvm.load %v658 : !llvm.ptr<3> -> i64
        %v660 = arith.addi %v568, %v570 : i64
        %v661 = arith.cmpi slt, %v660, %v46 : i64
        %v662 = arith.subi %size_L, %v1 : i64
        %v663 = arith.minsi %v660, %v662 : i64
        %v664 = arith.addi %v659, %v663 : i64
        %v665 = arith.muli %v657, %v60 : i64
        %v666 = arith.addi %v665, %v570 : i64
        %v667 = llvm.getelementptr %in_x[%v664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v668 = llvm.load %v667 : !llvm.ptr -> f32
        %v669 = arith.addi %v569, %v155 : i64
        %v670 = arith.constant true
        %v671 = arith.addi %v31, %v669 : i64
        %v672 = llvm.getelementptr %v6[%v671] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v673 = llvm.load %v672 : !llvm.ptr<3> -> i64
        %v674 = arith.addi %v568, %v570 : i64
        %v675 = arith.cmpi slt, %v674, %v46 : i64
        %v676 = arith.subi %size_L, %v1 : i64
        %v677 = arith.minsi %v674, %v676 : i64
        %v678 = arith.addi %v673, %v677 : i64
        %v679 = arith.muli %v671, %v60 : i64
        %v680 = arith.addi %v679, %v570 : i64
        %v681 = llvm.getelementptr %in_x[%v678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v682 = llvm.load %v681 : !llvm.ptr -> f32
        %v683 = arith.addi %v569, %v170 : i64
        %v684 = arith.constant true
        %v685 = arith.addi %v31, %v683 : i64
        %v686 = llvm.getelementptr %v6[%v685] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v687 = llvm.load %v686 : !llvm.ptr<3> -> i64
        %v688 = arith.addi %v568, %v570 : i64
        %v689 = arith.cmpi slt, %v688, %v46 : i64
        %v690 = arith.subi %size_L, %v1 : i64
        %v691 = arith.minsi %v688, %v690 : i64
        %v692 = arith.addi %v687, %v691 : i64
        %v693 = arith.muli %v685, %v60 : i64
        %v694 = arith.addi %v693, %v570 : i64
        %v695 = llvm.getelementptr %in_x[%v692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v696 = llvm.load %v695 : !llvm.ptr -> f32
        %v697 = arith.addi %v569, %v185 : i64
        %v698 = arith.constant true
        %v699 = arith.addi %v31, %v697 : i64
        %v700 = llvm.getelementptr %v6[%v699] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v701 = llvm.load %v700 : !llvm.ptr<3> -> i64
        %v702 = arith.addi %v568, %v570 : i64
        %v703 = arith.cmpi slt, %v702, %v46 : i64
        %v704 = arith.subi %size_L, %v1 : i64
        %v705 = arith.minsi %v702, %v704 : i64
        %v706 = arith.addi %v701, %v705 : i64
        %v707 = arith.muli %v699, %v60 : i64
        %v708 = arith.addi %v707, %v570 : i64
        %v709 = llvm.getelementptr %in_x[%v706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v710 = llvm.load %v709 : !llvm.ptr -> f32
        %v711 = arith.addi %v569, %v200 : i64
        %v712 = arith.constant true
        %v713 = arith.addi %v31, %v711 : i64
        %v714 = llvm.getelementptr %v6[%v713] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v715 = llvm.load %v714 : !llvm.ptr<3> -> i64
        %v716 = arith.addi %v568, %v570 : i64
        %v717 = arith.cmpi slt, %v716, %v46 : i64
        %v718 = arith.subi %size_L, %v1 : i64
        %v719 = arith.minsi %v716, %v718 : i64
        %v720 = arith.addi %v715, %v719 : i64
        %v721 = arith.muli %v713, %v60 : i64
        %v722 = arith.addi %v721, %v570 : i64
        %v723 = llvm.getelementptr %in_x[%v720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v724 = llvm.load %v723 : !llvm.ptr -> f32
        %v725 = arith.addi %v569, %v215 : i64
        %v726 = arith.constant true
        %v727 = arith.addi %v31, %v725 : i64
        %v728 = llvm.getelementptr %v6[%v727] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v729 = llvm.load %v728 : !llvm.ptr<3> -> i64
        %v730 = arith.addi %v568, %v570 : i64
        %v731 = arith.cmpi slt, %v730, %v46 : i64
        %v732 = arith.subi %size_L, %v1 : i64
        %v733 = arith.minsi %v730, %v732 : i64
        %v734 = arith.addi %v729, %v733 : i64
        %v735 = arith.muli %v727, %v60 : i64
        %v736 = arith.addi %v735, %v570 : i64
        %v737 = llvm.getelementptr %in_x[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v738 = llvm.load %v737 : !llvm.ptr -> f32
        %v739 = arith.addi %v569, %v230 : i64
        %v740 = arith.constant true
        %v741 = arith.addi %v31, %v739 : i64
        %v742 = llvm.getelementptr %v6[%v741] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v743 = llvm.load %v742 : !llvm.ptr<3> -> i64
        %v744 = arith.addi %v568, %v570 : i64
        %v745 = arith.cmpi slt, %v744, %v46 : i64
        %v746 = arith.subi %size_L, %v1 : i64
        %v747 = arith.minsi %v744, %v746 : i64
        %v748 = arith.addi %v743, %v747 : i64
        %v749 = arith.muli %v741, %v60 : i64
        %v750 = arith.addi %v749, %v570 : i64
        %v751 = llvm.getelementptr %in_x[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v752 = llvm.load %v751 : !llvm.ptr -> f32
        %v753 = arith.addi %v569, %v245 : i64
        %v754 = arith.constant true
        %v755 = arith.addi %v31, %v753 : i64
        %v756 = llvm.getelementptr %v6[%v755] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v757 = llvm.load %v756 : !llvm.ptr<3> -> i64
        %v758 = arith.addi %v568, %v570 : i64
        %v759 = arith.cmpi slt, %v758, %v46 : i64
        %v760 = arith.subi %size_L, %v1 : i64
        %v761 = arith.minsi %v758, %v760 : i64
        %v762 = arith.addi %v757, %v761 : i64
        %v763 = arith.muli %v755, %v60 : i64
        %v764 = arith.addi %v763, %v570 : i64
        %v765 = llvm.getelementptr %in_x[%v762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v766 = llvm.load %v765 : !llvm.ptr -> f32
        %v767 = arith.addi %v569, %v260 : i64
        %v768 = arith.constant true
        %v769 = arith.addi %v31, %v767 : i64
        %v770 = llvm.getelementptr %v6[%v769] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v771 = llvm.load %v770 : !llvm.ptr<3> -> i64
        %v772 = arith.addi %v568, %v570 : i64
        %v773 = arith.cmpi slt, %v772, %v46 : i64
        %v774 = arith.subi %size_L, %v1 : i64
        %v775 = arith.minsi %v772, %v774 : i64
        %v776 = arith.addi %v771, %v775 : i64
        %v777 = arith.muli %v769, %v60 : i64
        %v778 = arith.addi %v777, %v570 : i64
        %v779 = llvm.getelementptr %in_x[%v776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v780 = llvm.load %v779 : !llvm.ptr -> f32
        %v781 = arith.addi %v569, %v275 : i64
        %v782 = arith.constant true
        %v783 = arith.addi %v31, %v781 : i64
        %v784 = llvm.getelementptr %v6[%v783] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v785 = llvm.load %v784 : !llvm.ptr<3> -> i64
        %v786 = arith.addi %v568, %v570 : i64
        %v787 = arith.cmpi slt, %v786, %v46 : i64
        %v788 = arith.subi %size_L, %v1 : i64
        %v789 = arith.minsi %v786, %v788 : i64
        %v790 = arith.addi %v785, %v789 : i64
        %v791 = arith.muli %v783, %v60 : i64
        %v792 = arith.addi %v791, %v570 : i64
        %v793 = llvm.getelementptr %in_x[%v790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v794 = llvm.load %v793 : !llvm.ptr -> f32
        %v795 = arith.addi %v569, %v47 : i64
        %v796 = arith.constant true
        %v797 = arith.addi %v31, %v795 : i64
        %v798 = llvm.getelementptr %v6[%v797] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v799 = llvm.load %v798 : !llvm.ptr<3> -> i64
        %v800 = arith.addi %v568, %v570 : i64
        %v801 = arith.cmpi slt, %v800, %v46 : i64
        %v802 = arith.subi %size_L, %v1 : i64
        %v803 = arith.minsi %v800, %v802 : i64
        %v804 = arith.addi %v799, %v803 : i64
        %v805 = arith.muli %v797, %v60 : i64
        %v806 = arith.addi %v805, %v570 : i64
        %v807 = llvm.getelementptr %in_x[%v804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v808 = llvm.load %v807 : !llvm.ptr -> f32
        %v809 = arith.addi %v569, %v304 : i64
        %v810 = arith.constant true
        %v811 = arith.addi %v31, %v809 : i64
        %v812 = llvm.getelementptr %v6[%v811] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v813 = llvm.load %v812 : !llvm.ptr<3> -> i64
        %v814 = arith.addi %v568, %v570 : i64
        %v815 = arith.cmpi slt, %v814, %v46 : i64
        %v816 = arith.subi %size_L, %v1 : i64
        %v817 = arith.minsi %v814, %v816 : i64
        %v818 = arith.addi %v813, %v817 : i64
        %v819 = arith.muli %v811, %v60 : i64
        %v820 = arith.addi %v819, %v570 : i64
        %v821 = llvm.getelementptr %in_x[%v818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v822 = llvm.load %v821 : !llvm.ptr -> f32
        %v823 = arith.addi %v569, %v319 : i64
        %v824 = arith.constant true
        %v825 = arith.addi %v31, %v823 : i64
        %v826 = llvm.getelementptr %v6[%v825] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v827 = llvm.load %v826 : !llvm.ptr<3> -> i64
        %v828 = arith.addi %v568, %v570 : i64
        %v829 = arith.cmpi slt, %v828, %v46 : i64
        %v830 = arith.subi %size_L, %v1 : i64
        %v831 = arith.minsi %v828, %v830 : i64
        %v832 = arith.addi %v827, %v831 : i64
        %v833 = arith.muli %v825, %v60 : i64
        %v834 = arith.addi %v833, %v570 : i64
        %v835 = llvm.getelementptr %in_x[%v832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v836 = llvm.load %v835 : !llvm.ptr -> f32
        %v837 = arith.addi %v569, %v334 : i64
        %v838 = arith.constant true
        %v839 = arith.addi %v31, %v837 : i64
        %v840 = llvm.getelementptr %v6[%v839] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v841 = llvm.load %v840 : !llvm.ptr<3> -> i64
        %v842 = arith.addi %v568, %v570 : i64
        %v843 = arith.cmpi slt, %v842, %v46 : i64
        %v844 = arith.subi %size_L, %v1 : i64
        %v845 = arith.minsi %v842, %v844 : i64
        %v846 = arith.addi %v841, %v845 : i64
        %v847 = arith.muli %v839, %v60 : i64
        %v848 = arith.addi %v847, %v570 : i64
        %v849 = llvm.getelementptr %in_x[%v846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v850 = llvm.load %v849 : !llvm.ptr -> f32
        %v851 = arith.addi %v569, %v349 : i64
        %v852 = arith.constant true
        %v853 = arith.addi %v31, %v851 : i64
        %v854 = llvm.getelementptr %v6[%v853] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v855 = llvm.load %v854 : !llvm.ptr<3> -> i64
        %v856 = arith.addi %v568, %v570 : i64
        %v857 = arith.cmpi slt, %v856, %v46 : i64
        %v858 = arith.subi %size_L, %v1 : i64
        %v859 = arith.minsi %v856, %v858 : i64
        %v860 = arith.addi %v855, %v859 : i64
        %v861 = arith.muli %v853, %v60 : i64
        %v862 = arith.addi %v861, %v570 : i64
        %v863 = llvm.getelementptr %in_x[%v860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v864 = llvm.load %v863 : !llvm.ptr -> f32
        %v865 = arith.addi %v569, %v364 : i64
        %v866 = arith.constant true
        %v867 = arith.addi %v31, %v865 : i64
        %v868 = llvm.getelementptr %v6[%v867] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v869 = llvm.load %v868 : !llvm.ptr<3> -> i64
        %v870 = arith.addi %v568, %v570 : i64
        %v871 = arith.cmpi slt, %v870, %v46 : i64
        %v872 = arith.subi %size_L, %v1 : i64
        %v873 = arith.minsi %v870, %v872 : i64
        %v874 = arith.addi %v869, %v873 : i64
        %v875 = arith.muli %v867, %v60 : i64
        %v876 = arith.addi %v875, %v570 : i64
        %v877 = llvm.getelementptr %in_x[%v874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v878 = llvm.load %v877 : !llvm.ptr -> f32
        %v879 = arith.addi %v569, %v379 : i64
        %v880 = arith.constant true
        %v881 = arith.addi %v31, %v879 : i64
        %v882 = llvm.getelementptr %v6[%v881] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v883 = llvm.load %v882 : !llvm.ptr<3> -> i64
        %v884 = arith.addi %v568, %v570 : i64
        %v885 = arith.cmpi slt, %v884, %v46 : i64
        %v886 = arith.subi %size_L, %v1 : i64
        %v887 = arith.minsi %v884, %v886 : i64
        %v888 = arith.addi %v883, %v887 : i64
        %v889 = arith.muli %v881, %v60 : i64
        %v890 = arith.addi %v889, %v570 : i64
        %v891 = llvm.getelementptr %in_x[%v888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v892 = llvm.load %v891 : !llvm.ptr -> f32
        %v893 = arith.addi %v569, %v394 : i64
        %v894 = arith.constant true
        %v895 = arith.addi %v31, %v893 : i64
        %v896 = llvm.getelementptr %v6[%v895] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v897 = llvm.load %v896 : !llvm.ptr<3> -> i64
        %v898 = arith.addi %v568, %v570 : i64
        %v899 = arith.cmpi slt, %v898, %v46 : i64
        %v900 = arith.subi %size_L, %v1 : i64
        %v901 = arith.minsi %v898, %v900 : i64
        %v902 = arith.addi %v897, %v901 : i64
        %v903 = arith.muli %v895, %v60 : i64
        %v904 = arith.addi %v903, %v570 : i64
        %v905 = llvm.getelementptr %in_x[%v902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v906 = llvm.load %v905 : !llvm.ptr -> f32
        %v907 = arith.addi %v569, %v409 : i64
        %v908 = arith.constant true
        %v909 = arith.addi %v31, %v907 : i64
        %v910 = llvm.getelementptr %v6[%v909] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v911 = llvm.load %v910 : !llvm.ptr<3> -> i64
        %v912 = arith.addi %v568, %v570 : i64
        %v913 = arith.cmpi slt, %v912, %v46 : i64
        %v914 = arith.subi %size_L, %v1 : i64
        %v915 = arith.minsi %v912, %v914 : i64
        %v916 = arith.addi %v911, %v915 : i64
        %v917 = arith.muli %v909, %v60 : i64
        %v918 = arith.addi %v917, %v570 : i64
        %v919 = llvm.getelementptr %in_x[%v916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v920 = llvm.load %v919 : !llvm.ptr -> f32
        %v921 = arith.addi %v569, %v424 : i64
        %v922 = arith.constant true
        %v923 = arith.addi %v31, %v921 : i64
        %v924 = llvm.getelementptr %v6[%v923] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v925 = llvm.load %v924 : !llvm.ptr<3> -> i64
        %v926 = arith.addi %v568, %v570 : i64
        %v927 = arith.cmpi slt, %v926, %v46 : i64
        %v928 = arith.subi %size_L, %v1 : i64
        %v929 = arith.minsi %v926, %v928 : i64
        %v930 = arith.addi %v925, %v929 : i64
        %v931 = arith.muli %v923, %v60 : i64
        %v932 = arith.addi %v931, %v570 : i64
        %v933 = llvm.getelementptr %in_x[%v930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v934 = llvm.load %v933 : !llvm.ptr -> f32
        %v935 = arith.addi %v569, %v439 : i64
        %v936 = arith.constant true
        %v937 = arith.addi %v31, %v935 : i64
        %v938 = llvm.getelementptr %v6[%v937] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v939 = llvm.load %v938 : !llvm.ptr<3> -> i64
        %v940 = arith.addi %v568, %v570 : i64
        %v941 = arith.cmpi slt, %v940, %v46 : i64
        %v942 = arith.subi %size_L, %v1 : i64
        %v943 = arith.minsi %v940, %v942 : i64
        %v944 = arith.addi %v939, %v943 : i64
        %v945 = arith.muli %v937, %v60 : i64
        %v946 = arith.addi %v945, %v570 : i64
        %v947 = llvm.getelementptr %in_x[%v944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v948 = llvm.load %v947 : !llvm.ptr -> f32
        %v949 = arith.addi %v569, %v454 : i64
        %v950 = arith.constant true
        %v951 = arith.addi %v31, %v949 : i64
        %v952 = llvm.getelementptr %v6[%v951] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v953 = llvm.load %v952 : !llvm.ptr<3> -> i64
        %v954 = arith.addi %v568, %v570 : i64
        %v955 = arith.cmpi slt, %v954, %v46 : i64
        %v956 = arith.subi %size_L, %v1 : i64
        %v957 = arith.minsi %v954, %v956 : i64
        %v958 = arith.addi %v953, %v957 : i64
        %v959 = arith.muli %v951, %v60 : i64
        %v960 = arith.addi %v959, %v570 : i64
        %v961 = llvm.getelementptr %in_x[%v958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v962 = llvm.load %v961 : !llvm.ptr -> f32
        %v963 = arith.addi %v569, %v469 : i64
        %v964 = arith.constant true
        %v965 = arith.addi %v31, %v963 : i64
        %v966 = llvm.getelementptr %v6[%v965] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v967 = llvm.load %v966 : !llvm.ptr<3> -> i64
        %v968 = arith.addi %v568, %v570 : i64
        %v969 = arith.cmpi slt, %v968, %v46 : i64
        %v970 = arith.subi %size_L, %v1 : i64
        %v971 = arith.minsi %v968, %v970 : i64
        %v972 = arith.addi %v967, %v971 : i64
        %v973 = arith.muli %v965, %v60 : i64
        %v974 = arith.addi %v973, %v570 : i64
        %v975 = llvm.getelementptr %in_x[%v972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v976 = llvm.load %v975 : !llvm.ptr -> f32
        %v977 = arith.addi %v569, %v484 : i64
        %v978 = arith.constant true
        %v979 = arith.addi %v31, %v977 : i64
        %v980 = llvm.getelementptr %v6[%v979] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v981 = llvm.load %v980 : !llvm.ptr<3> -> i64
        %v982 = arith.addi %v568, %v570 : i64
        %v983 = arith.cmpi slt, %v982, %v46 : i64
        %v984 = arith.subi %size_L, %v1 : i64
        %v985 = arith.minsi %v982, %v984 : i64
        %v986 = arith.addi %v981, %v985 : i64
        %v987 = arith.muli %v979, %v60 : i64
        %v988 = arith.addi %v987, %v570 : i64
        %v989 = llvm.getelementptr %in_x[%v986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v990 = llvm.load %v989 : !llvm.ptr -> f32
        %v991 = arith.addi %v569, %v499 : i64
        %v992 = arith.constant true
        %v993 = arith.addi %v31, %v991 : i64
        %v994 = llvm.getelementptr %v6[%v993] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v995 = llvm.load %v994 : !llvm.ptr<3> -> i64
        %v996 = arith.addi %v568, %v570 : i64
        %v997 = arith.cmpi slt, %v996, %v46 : i64
        %v998 = arith.subi %size_L, %v1 : i64
        %v999 = arith.minsi %v996, %v998 : i64
        %v1000 = arith.addi %v995, %v999 : i64
        %v1001 = arith.muli %v993, %v60 : i64
        %v1002 = arith.addi %v1001, %v570 : i64
        %v1003 = llvm.getelementptr %in_x[%v1000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1004 = llvm.load %v1003 : !llvm.ptr -> f32
        %v1005 = arith.addi %v569, %v514 : i64
        %v1006 = arith.constant true
        %v1007 = arith.addi %v31, %v1005 : i64
        %v1008 = llvm.getelementptr %v6[%v1007] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1009 = llvm.load %v1008 : !llvm.ptr<3> -> i64
        %v1010 = arith.addi %v568, %v570 : i64
        %v1011 = arith.cmpi slt, %v1010, %v46 : i64
        %v1012 = arith.subi %size_L, %v1 : i64
        %v1013 = arith.minsi %v1010, %v1012 : i64
        %v1014 = arith.addi %v1009, %v1013 : i64
        %v1015 = arith.muli %v1007, %v60 : i64
        %v1016 = arith.addi %v1015, %v570 : i64
        %v1017 = llvm.getelementptr %in_x[%v1014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1018 = llvm.load %v1017 : !llvm.ptr -> f32
        %v1019 = arith.index_cast %v31 : i64 to index
        %v1020 = arith.index_cast %v567 : i64 to index
        %v1021 = arith.index_cast %v1 : i64 to index
        scf.for %v1022 = %v1019 to %v1020 step %v1021 {
          %v1023 = arith.index_cast %v1022 : index to i64
          %v1024 = arith.addi %v565, %v1023 : i64
          %v1035 = arith.muli %v31, %v16 : i64
          %v1036 = arith.addi %v1035, %v14 : i64
          %v1037 = arith.muli %v1036, %v60 : i64
          %v1038 = arith.addi %v1037, %v1023 : i64
          %v1039 = llvm.getelementptr %v7[%v1038] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v1040 = llvm.load %v1039 : !llvm.ptr<3> -> f32
          %v1041 = arith.mulf %v1034, %v1040 fastmath<contract> : f32
          %v1042 = llvm.load %v4 : !llvm.ptr -> f32
          %v1043 = arith.mulf %v1033, %v1042 fastmath<contract> : f32
          %v1044 = arith.addf %v1043, %v1041 fastmath<contract> : f32
          %v1045 = llvm.load %v5 : !llvm.ptr -> f32
          %v1046 = arith.mulf %v1033, %v1045 fastmath<contract> : f32
          llvm.store %v1044, %v4 : f32, !llvm.ptr
          llvm.store %v1046, %v5 : f32, !llvm.ptr
        }
        gpu.barrier
        %v1047 = arith.addi %v31, %v14 : i64
        %v1048 = arith.divui %v1047, %v47 : i64
        %v1049 = arith.remui %v1047, %v47 : i64
        %v1050 = arith.addi %v31, %v1048 : i64
        %v1051 = arith.muli %v1050, %v60 : i64
        %v1052 = arith.addi %v1051, %v1049 : i64
        %v1053 = llvm.getelementptr %v7[%v1052] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v584, %v1053 : f32, !llvm.ptr<3>
        %v1054 = arith.addi %v16, %v14 : i64
        %v1055 = arith.divui %v1054, %v47 : i64
        %v1056 = arith.remui %v1054, %v47 : i64
        %v1057 = arith.addi %v31, %v1055 : i64
        %v1058 = arith.muli %v1057, %v60 : i64
        %v1059 = arith.addi %v1058, %v1056 : i64
        %v1060 = llvm.getelementptr %v7[%v1059] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v598, %v1060 : f32, !llvm.ptr<3>
        %v1062 = arith.addi %v1061, %v14 : i64
        %v1063 = arith.divui %v1062, %v47 : i64
        %v1064 = arith.remui %v1062, %v47 : i64
        %v1065 = arith.addi %v31, %v1063 : i64
        %v1066 = arith.muli %v1065, %v60 : i64
        %v1067 = arith.addi %v1066, %v1064 : i64
        %v1068 = llvm.getelementptr %v7[%v1067] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v612, %v1068 : f32, !llvm.ptr<3>
        %v1070 = arith.addi %v1069, %v14 : i64
        %v1071 = arith.divui %v1070, %v47 : i64
        %v1072 = arith.remui %v1070, %v47 : i64
        %v1073 = arith.addi %v31, %v1071 : i64
        %v1074 = arith.muli %v1073, %v60 : i64
        %v1075 = arith.addi %v1074, %v1072 : i64
        %v1076 = llvm.getelementptr %v7[%v1075] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v626, %v1076 : f32, !llvm.ptr<3>
        %v1077 = arith.addi %v10, %v14 : i64
        %v1078 = arith.divui %v1077, %v47 : i64
        %v1079 = arith.remui %v1077, %v47 : i64
        %v1080 = arith.addi %v31, %v1078 : i64
        %v1081 = arith.muli %v1080, %v60 : i64
        %v1082 = arith.addi %v1081, %v1079 : i64
        %v1083 = llvm.getelementptr %v7[%v1082] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v640, %v1083 : f32, !llvm.ptr<3>
        %v1085 = arith.addi %v1084, %v14 : i64
        %v1086 = arith.divui %v1085, %v47 : i64
        %v1087 = arith.remui %v1085, %v47 : i64
        %v1088 = arith.addi %v31, %v1086 : i64
        %v1089 = arith.muli %v1088, %v60 : i64
        %v1090 = arith.addi %v1089, %v1087 : i64
        %v1091 = llvm.getelementptr %v7[%v1090] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v654, %v1091 : f32, !llvm.ptr<3>
        %v1093 = arith.addi %v1092, %v14 : i64
        %v1094 = arith.divui %v1093, %v47 : i64
        %v1095 = arith.remui %v1093, %v47 : i64
        %v1096 = arith.addi %v31, %v1094 : i64
        %v1097 = arith.muli %v1096, %v60 : i64
        %v1098 = arith.addi %v1097, %v1095 : i64
        %v1099 = llvm.getelementptr %v7[%v1098] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v668, %v1099 : f32, !llvm.ptr<3>
        %v1101 = arith.addi %v1100, %v14 : i64
        %v1102 = arith.divui %v1101, %v47 : i64
        %v1103 = arith.remui %v1101, %v47 : i64
        %v1104 = arith.addi %v31, %v1102 : i64
        %v1105 = arith.muli %v1104, %v60 : i64
        %v1106 = arith.addi %v1105, %v1103 : i64
        %v1107 = llvm.getelementptr %v7[%v1106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v682, %v1107 : f32, !llvm.ptr<3>
        %v1109 = arith.addi %v1108, %v14 : i64
        %v1110 = arith.divui %v1109, %v47 : i64
        %v1111 = arith.remui %v1109, %v47 : i64
        %v1112 = arith.addi %v31, %v1110 : i64
        %v1113 = arith.muli %v1112, %v60 : i64
        %v1114 = arith.addi %v1113, %v1111 : i64
        %v1115 = llvm.getelementptr %v7[%v1114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v696, %v1115 : f32, !llvm.ptr<3>
        %v1117 = arith.addi %v1116, %v14 : i64
        %v1118 = arith.divui %v1117, %v47 : i64
        %v1119 = arith.remui %v1117, %v47 : i64
        %v1120 = arith.addi %v31, %v1118 : i64
        %v1121 = arith.muli %v1120, %v60 : i64
        %v1122 = arith.addi %v1121, %v1119 : i64
        %v1123 = llvm.getelementptr %v7[%v1122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v710, %v1123 : f32, !llvm.ptr<3>
        %v1125 = arith.addi %v1124, %v14 : i64
        %v1126 = arith.divui %v1125, %v47 : i64
        %v1127 = arith.remui %v1125, %v47 : i64
        %v1128 = arith.addi %v31, %v1126 : i64
        %v1129 = arith.muli %v1128, %v60 : i64
        %v1130 = arith.addi %v1129, %v1127 : i64
        %v1131 = llvm.getelementptr %v7[%v1130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v724, %v1131 : f32, !llvm.ptr<3>
        %v1133 = arith.addi %v1132, %v14 : i64
        %v1134 = arith.divui %v1133, %v47 : i64
        %v1135 = arith.remui %v1133, %v47 : i64
        %v1136 = arith.addi %v31, %v1134 : i64
        %v1137 = arith.muli %v1136, %v60 : i64
        %v1138 = arith.addi %v1137, %v1135 : i64
        %v1139 = llvm.getelementptr %v7[%v1138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v738, %v1139 : f32, !llvm.ptr<3>
        %v1141 = arith.addi %v1140, %v14 : i64
        %v1142 = arith.divui %v1141, %v47 : i64
        %v1143 = arith.remui %v1141, %v47 : i64
        %v1144 = arith.addi %v31, %v1142 : i64
        %v1145 = arith.muli %v1144, %v60 : i64
        %v1146 = arith.addi %v1145, %v1143 : i64
        %v1147 = llvm.getelementptr %v7[%v1146] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v752, %v1147 : f32, !llvm.ptr<3>
        %v1149 = arith.addi %v1148, %v14 : i64
        %v1150 = arith.divui %v1149, %v47 : i64
        %v1151 = arith.remui %v1149, %v47 : i64
        %v1152 = arith.addi %v31, %v1150 : i64
        %v1153 = arith.muli %v1152, %v60 : i64
        %v1154 = arith.addi %v1153, %v1151 : i64
        %v1155 = llvm.getelementptr %v7[%v1154] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v766, %v1155 : f32, !llvm.ptr<3>
        %v1157 = arith.addi %v1156, %v14 : i64
        %v1158 = arith.divui %v1157, %v47 : i64
        %v1159 = arith.remui %v1157, %v47 : i64
        %v1160 = arith.addi %v31, %v1158 : i64
        %v1161 = arith.muli %v1160, %v60 : i64
        %v1162 = arith.addi %v1161, %v1159 : i64
        %v1163 = llvm.getelementptr %v7[%v1162] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v780, %v1163 : f32, !llvm.ptr<3>
        %v1165 = arith.addi %v1164, %v14 : i64
        %v1166 = arith.divui %v1165, %v47 : i64
        %v1167 = arith.remui %v1165, %v47 : i64
        %v1168 = arith.addi %v31, %v1166 : i64
        %v1169 = arith.muli %v1168, %v60 : i64
        %v1170 = arith.addi %v1169, %v1167 : i64
        %v1171 = llvm.getelementptr %v7[%v1170] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v794, %v1171 : f32, !llvm.ptr<3>
        %v1173 = arith.addi %v1172, %v14 : i64
        %v1174 = arith.divui %v1173, %v47 : i64
        %v1175 = arith.remui %v1173, %v47 : i64
        %v1176 = arith.addi %v31, %v1174 : i64
        %v1177 = arith.muli %v1176, %v60 : i64
        %v1178 = arith.addi %v1177, %v1175 : i64
        %v1179 = llvm.getelementptr %v7[%v1178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v808, %v1179 : f32, !llvm.ptr<3>
        %v1181 = arith.addi %v1180, %v14 : i64
        %v1182 = arith.divui %v1181, %v47 : i64
        %v1183 = arith.remui %v1181, %v47 : i64
        %v1184 = arith.addi %v31, %v1182 : i64
        %v1185 = arith.muli %v1184, %v60 : i64
        %v1186 = arith.addi %v1185, %v1183 : i64
        %v1187 = llvm.getelementptr %v7[%v1186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v822, %v1187 : f32, !llvm.ptr<3>
        %v1189 = arith.addi %v1188, %v14 : i64
        %v1190 = arith.divui %v1189, %v47 : i64
        %v1191 = arith.remui %v1189, %v47 : i64
        %v1192 = arith.addi %v31, %v1190 : i64
        %v1193 = arith.muli %v1192, %v60 : i64
        %v1194 = arith.addi %v1193, %v1191 : i64
        %v1195 = llvm.getelementptr %v7[%v1194] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v836, %v1195 : f32, !llvm.ptr<3>
        %v1197 = arith.addi %v1196, %v14 : i64
        %v1198 = arith.divui %v1197, %v47 : i64
        %v1199 = arith.remui %v1197, %v47 : i64
        %v1200 = arith.addi %v31, %v1198 : i64
        %v1201 = arith.muli %v1200, %v60 : i64
        %v1202 = arith.addi %v1201, %v1199 : i64
        %v1203 = llvm.getelementptr %v7[%v1202] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v850, %v1203 : f32, !llvm.ptr<3>
        %v1205 = arith.addi %v1204, %v14 : i64
        %v1206 = arith.divui %v1205, %v47 : i64
        %v1207 = arith.remui %v1205, %v47 : i64
        %v1208 = arith.addi %v31, %v1206 : i64
        %v1209 = arith.muli %v1208, %v60 : i64
        %v1210 = arith.addi %v1209, %v1207 : i64
        %v1211 = llvm.getelementptr %v7[%v1210] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v864, %v1211 : f32, !llvm.ptr<3>
        %v1213 = arith.addi %v1212, %v14 : i64
        %v1214 = arith.divui %v1213, %v47 : i64
        %v1215 = arith.remui %v1213, %v47 : i64
        %v1216 = arith.addi %v31, %v1214 : i64
        %v1217 = arith.muli %v1216, %v60 : i64
        %v1218 = arith.addi %v1217, %v1215 : i64
        %v1219 = llvm.getelementptr %v7[%v1218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v878, %v1219 : f32, !llvm.ptr<3>
        %v1221 = arith.addi %v1220, %v14 : i64
        %v1222 = arith.divui %v1221, %v47 : i64
        %v1223 = arith.remui %v1221, %v47 : i64
        %v1224 = arith.addi %v31, %v1222 : i64
        %v1225 = arith.muli %v1224, %v60 : i64
        %v1226 = arith.addi %v1225, %v1223 : i64
        %v1227 = llvm.getelementptr %v7[%v1226] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v892, %v1227 : f32, !llvm.ptr<3>
        %v1229 = arith.addi %v1228, %v14 : i64
        %v1230 = arith.divui %v1229, %v47 : i64
        %v1231 = arith.remui %v1229, %v47 : i64
        %v1232 = arith.addi %v31, %v1230 : i64
        %v1233 = arith.muli %v1232, %v60 : i64
        %v1234 = arith.addi %v1233, %v1231 : i64
        %v1235 = llvm.getelementptr %v7[%v1234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v906, %v1235 : f32, !llvm.ptr<3>
        %v1237 = arith.addi %v1236, %v14 : i64
        %v1238 = arith.divui %v1237, %v47 : i64
        %v1239 = arith.remui %v1237, %v47 : i64
        %v1240 = arith.addi %v31, %v1238 : i64
        %v1241 = arith.muli %v1240, %v60 : i64
        %v1242 = arith.addi %v1241, %v1239 : i64
        %v1243 = llvm.getelementptr %v7[%v1242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v920, %v1243 : f32, !llvm.ptr<3>
        %v1245 = arith.addi %v1244, %v14 : i64
        %v1246 = arith.divui %v1245, %v47 : i64
        %v1247 = arith.remui %v1245, %v47 : i64
        %v1248 = arith.addi %v31, %v1246 : i64
        %v1249 = arith.muli %v1248, %v60 : i64
        %v1250 = arith.addi %v1249, %v1247 : i64
        %v1251 = llvm.getelementptr %v7[%v1250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v934, %v1251 : f32, !llvm.ptr<3>
        %v1253 = arith.addi %v1252, %v14 : i64
        %v1254 = arith.divui %v1253, %v47 : i64
        %v1255 = arith.remui %v1253, %v47 : i64
        %v1256 = arith.addi %v31, %v1254 : i64
        %v1257 = arith.muli %v1256, %v60 : i64
        %v1258 = arith.addi %v1257, %v1255 : i64
        %v1259 = llvm.getelementptr %v7[%v1258] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v948, %v1259 : f32, !llvm.ptr<3>
        %v1261 = arith.addi %v1260, %v14 : i64
        %v1262 = arith.divui %v1261, %v47 : i64
        %v1263 = arith.remui %v1261, %v47 : i64
        %v1264 = arith.addi %v31, %v1262 : i64
        %v1265 = arith.muli %v1264, %v60 : i64
        %v1266 = arith.addi %v1265, %v1263 : i64
        %v1267 = llvm.getelementptr %v7[%v1266] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v962, %v1267 : f32, !llvm.ptr<3>
        %v1269 = arith.addi %v1268, %v14 : i64
        %v1270 = arith.divui %v1269, %v47 : i64
        %v1271 = arith.remui %v1269, %v47 : i64
        %v1272 = arith.addi %v31, %v1270 : i64
        %v1273 = arith.muli %v1272, %v60 : i64
        %v1274 = arith.addi %v1273, %v1271 : i64
        %v1275 = llvm.getelementptr %v7[%v1274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v976, %v1275 : f32, !llvm.ptr<3>
        %v1277 = arith.addi %v1276, %v14 : i64
        %v1278 = arith.divui %v1277, %v47 : i64
        %v1279 = arith.remui %v1277, %v47 : i64
        %v1280 = arith.addi %v31, %v1278 : i64
        %v1281 = arith.muli %v1280, %v60 : i64
        %v1282 = arith.addi %v1281, %v1279 : i64
        %v1283 = llvm.getelementptr %v7[%v1282] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v990, %v1283 : f32, !llvm.ptr<3>
        %v1285 = arith.addi %v1284, %v14 : i64
        %v1286 = arith.divui %v1285, %v47 : i64
        %v1287 = arith.remui %v1285, %v47 : i64
        %v1288 = arith.addi %v31, %v1286 : i64
        %v1289 = arith.muli %v1288, %v60 : i64
        %v1290 = arith.addi %v1289, %v1287 : i64
        %v1291 = llvm.getelementptr %v7[%v1290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1004, %v1291 : f32, !llvm.ptr<3>
        %v1293 = arith.addi %v1292, %v14 : i64
        %v1294 = arith.divui %v1293, %v47 : i64
        %v1295 = arith.remui %v1293, %v47 : i64
        %v1296 = arith.addi %v31, %v1294 : i64
        %v1297 = arith.muli %v1296, %v60 : i64
        %v1298 = arith.addi %v1297, %v1295 : i64
        %v1299 = llvm.getelementptr %v7[%v1298] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1018, %v1299 : f32, !llvm.ptr<3>
        gpu.barrier
      }
      scf.if %v24 {
        %v1300 = arith.muli %v20, %v3 : i64
        %v1301 = arith.subi %v3, %v1 : i64
        %v1302 = arith.minsi %v23, %v1301 : i64
        %v1303 = arith.addi %v1300, %v1302 : i64
        %v1304 = arith.muli %v1303, %v1 : i64
        %v1305 = arith.addi %v1304, %v31 : i64
        %v1306 = llvm.load %v5 : !llvm.ptr -> f32
        %v1307 = llvm.getelementptr %agga_h[%v1305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1306, %v1307 : f32, !llvm.ptr
        %v1308 = llvm.load %v4 : !llvm.ptr -> f32
        %v1309 = llvm.getelementptr %aggb_h[%v1305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1308, %v1309 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
