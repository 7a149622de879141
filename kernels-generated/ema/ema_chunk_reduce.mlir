module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_ema_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<64 x i64>
    llvm.mlir.global internal @smem_ema_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<2112 x f32>
    gpu.func @ema_chunk_reduce(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.mlir.addressof @rows_ema_chunk_reduce : !llvm.ptr<3>
      %v6 = llvm.mlir.addressof @smem_ema_chunk_reduce : !llvm.ptr<3>
      %v7 = arith.constant 255 : i64
      %v8 = arith.addi %size_L, %v7 : i64
      %v9 = arith.constant 256 : i64
      %v10 = arith.divui %v8, %v9 : i64
      %v15 = arith.constant 64 : i64
      %v16 = arith.constant 63 : i64
      %v30 = arith.constant 0 : i64
      %v31 = arith.muli %size_L, %size_D : i64
      %v36 = arith.constant 0x00000000 : f32
      %v37 = arith.constant 0x3F800000 : f32
      %v41 = arith.constant 32 : i64
      %v52 = arith.constant 33 : i64
      %v57 = arith.constant 2 : i64
      %v71 = arith.constant 4 : i64
      %v85 = arith.constant 6 : i64
      %v99 = arith.constant 8 : i64
      %v113 = arith.constant 10 : i64
      %v127 = arith.constant 12 : i64
      %v141 = arith.constant 14 : i64
      %v155 = arith.constant 16 : i64
      %v169 = arith.constant 18 : i64
      %v183 = arith.constant 20 : i64
      %v197 = arith.constant 22 : i64
      %v211 = arith.constant 24 : i64
      %v225 = arith.constant 26 : i64
      %v239 = arith.constant 28 : i64
      %v253 = arith.constant 30 : i64
      %v280 = arith.constant 34 : i64
      %v294 = arith.constant 36 : i64
      %v308 = arith.constant 38 : i64
      %v322 = arith.constant 40 : i64
      %v336 = arith.constant 42 : i64
      %v350 = arith.constant 44 : i64
      %v364 = arith.constant 46 : i64
      %v378 = arith.constant 48 : i64
      %v392 = arith.constant 50 : i64
      %v406 = arith.constant 52 : i64
      %v420 = arith.constant 54 : i64
      %v434 = arith.constant 56 : i64
      %v448 = arith.constant 58 : i64
      %v462 = arith.constant 60 : i64
      %v476 = arith.constant 62 : i64
      %v956 = arith.constant 0x3FB8AA3B : f32
      %v983 = arith.constant 128 : i64
      %v990 = arith.constant 192 : i64
      %v1003 = arith.constant 320 : i64
      %v1010 = arith.constant 384 : i64
      %v1017 = arith.constant 448 : i64
      %v1024 = arith.constant 512 : i64
      %v1031 = arith.constant 576 : i64
      %v1038 = arith.constant 640 : i64
      %v1045 = arith.constant 704 : i64
      %v1052 = arith.constant 768 : i64
      %v1059 = arith.constant 832 : i64
      %v1066 = arith.constant 896 : i64
      %v1073 = arith.constant 960 : i64
      %v1080 = arith.constant 1024 : i64
      %v1087 = arith.constant 1088 : i64
      %v1094 = arith.constant 1152 : i64
      %v1101 = arith.constant 1216 : i64
      %v1108 = arith.constant 1280 : i64
      %v1115 = arith.constant 1344 : i64
      %v1122 = arith.constant 1408 : i64
      %v1129 = arith.constant 1472 : i64
      %v1136 = arith.constant 1536 : i64
      %v1143 = arith.constant 1600 : i64
      %v1150 = arith.constant 1664 : i64
      %v1157 = arith.constant 1728 : i64
      %v1164 = arith.constant 1792 : i64
      %v1171 = arith.constant 1856 : i64
      %v1178 = arith.constant 1920 : i64
      %v1185 = arith.constant 1984 : i64
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
      %v953 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v954 = llvm.load %v953 : !llvm.ptr -> f32
      %v955 = arith.negf %v954 : f32
      %v957 = arith.mulf %v955, %v956 fastmath<contract> : f32
      %v958 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v957) : (f32) -> f32
      %v959 = arith.addf %v37, %v958 fastmath<contract> : f32
      %v960 = arith.divf %v37, %v959 : f32
      %v961 = arith.subf %v37, %v960 fastmath<contract> : f32
      %v32 = arith.muli %v28, %v31 : i64
      %v33 = arith.muli %v26, %size_L : i64
      %v34 = arith.addi %v32, %v33 : i64
      %v35 = llvm.getelementptr %v5[%v13] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v34, %v35 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v36, %v3 : f32, !llvm.ptr
      llvm.store %v37, %v4 : f32, !llvm.ptr
      %v38 = arith.muli %v19, %v9 : i64
      %v39 = arith.addi %v38, %v9 : i64
      %v40 = arith.minsi %v39, %size_L : i64
      // staged load of `x`'s first tile: read, then shared memory
      %v42 = arith.divui %v13, %v41 : i64
      %v43 = arith.remui %v13, %v41 : i64
      %v44 = arith.constant true
      %v45 = llvm.getelementptr %v5[%v42] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v46 = llvm.load %v45 : !llvm.ptr<3> -> i64
      %v47 = arith.addi %v38, %v43 : i64
      %v48 = arith.cmpi slt, %v47, %v40 : i64
      %v49 = arith.subi %size_L, %v1 : i64
      %v50 = arith.minsi %v47, %v49 : i64
      %v51 = arith.addi %v46, %v50 : i64
      %v53 = arith.muli %v42, %v52 : i64
      %v54 = arith.addi %v53, %v43 : i64
      %v55 = llvm.getelementptr %in_x[%v51] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v56 = llvm.load %v55 : !llvm.ptr -> f32
      %v58 = arith.addi %v42, %v57 : i64
      %v59 = arith.constant true
      %v60 = llvm.getelementptr %v5[%v58] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v61 = llvm.load %v60 : !llvm.ptr<3> -> i64
      %v62 = arith.addi %v38, %v43 : i64
      %v63 = arith.cmpi slt, %v62, %v40 : i64
      %v64 = arith.subi %size_L, %v1 : i64
      %v65 = arith.minsi %v62, %v64 : i64
      %v66 = arith.addi %v61, %v65 : i64
      %v67 = arith.muli %v58, %v52 : i64
      %v68 = arith.addi %v67, %v43 : i64
      %v69 = llvm.getelementptr %in_x[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v70 = llvm.load %v69 : !llvm.ptr -> f32
      %v72 = arith.addi %v42, %v71 : i64
      %v73 = arith.constant true
      %v74 = llvm.getelementptr %v5[%v72] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v75 = llvm.load %v74 : !llvm.ptr<3> -> i64
      %v76 = arith.addi %v38, %v43 : i64
      %v77 = arith.cmpi slt, %v76, %v40 : i64
      %v78 = arith.subi %size_L, %v1 : i64
      %v79 = arith.minsi %v76, %v78 : i64
      %v80 = arith.addi %v75, %v79 : i64
      %v81 = arith.muli %v72, %v52 : i64
      %v82 = arith.addi %v81, %v43 : i64
      %v83 = llvm.getelementptr %in_x[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v84 = llvm.load %v83 : !llvm.ptr -> f32
      %v86 = arith.addi %v42, %v85 : i64
      %v87 = arith.constant true
      %v88 = llvm.getelementptr %v5[%v86] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v89 = llvm.load %v88 : !llvm.ptr<3> -> i64
      %v90 = arith.addi %v38, %v43 : i64
      %v91 = arith.cmpi slt, %v90, %v40 : i64
      %v92 = arith.subi %size_L, %v1 : i64
      %v93 = arith.minsi %v90, %v92 : i64
      %v94 = arith.addi %v89, %v93 : i64
      %v95 = arith.muli %v86, %v52 : i64
      %v96 = arith.addi %v95, %v43 : i64
      %v97 = llvm.getelementptr %in_x[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v98 = llvm.load %v97 : !llvm.ptr -> f32
      %v100 = arith.addi %v42, %v99 : i64
      %v101 = arith.constant true
      %v102 = llvm.getelementptr %v5[%v100] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v103 = llvm.load %v102 : !llvm.ptr<3> -> i64
      %v104 = arith.addi %v38, %v43 : i64
      %v105 = arith.cmpi slt, %v104, %v40 : i64
      %v106 = arith.subi %size_L, %v1 : i64
      %v107 = arith.minsi %v104, %v106 : i64
      %v108 = arith.addi %v103, %v107 : i64
      %v109 = arith.muli %v100, %v52 : i64
      %v110 = arith.addi %v109, %v43 : i64
      %v111 = llvm.getelementptr %in_x[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v112 = llvm.load %v111 : !llvm.ptr -> f32
      %v114 = arith.addi %v42, %v113 : i64
      %v115 = arith.constant true
      %v116 = llvm.getelementptr %v5[%v114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v117 = llvm.load %v116 : !llvm.ptr<3> -> i64
      %v118 = arith.addi %v38, %v43 : i64
      %v119 = arith.cmpi slt, %v118, %v40 : i64
      %v120 = arith.subi %size_L, %v1 : i64
      %v121 = arith.minsi %v118, %v120 : i64
      %v122 = arith.addi %v117, %v121 : i64
      %v123 = arith.muli %v114, %v52 : i64
      %v124 = arith.addi %v123, %v43 : i64
      %v125 = llvm.getelementptr %in_x[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v126 = llvm.load %v125 : !llvm.ptr -> f32
      %v128 = arith.addi %v42, %v127 : i64
      %v129 = arith.constant true
      %v130 = llvm.getelementptr %v5[%v128] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v131 = llvm.load %v130 : !llvm.ptr<3> -> i64
      %v132 = arith.addi %v38, %v43 : i64
      %v133 = arith.cmpi slt, %v132, %v40 : i64
      %v134 = arith.subi %size_L, %v1 : i64
      %v135 = arith.minsi %v132, %v134 : i64
      %v136 = arith.addi %v131, %v135 : i64
      %v137 = arith.muli %v128, %v52 : i64
      %v138 = arith.addi %v137, %v43 : i64
      %v139 = llvm.getelementptr %in_x[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v140 = llvm.load %v139 : !llvm.ptr -> f32
      %v142 = arith.addi %v42, %v141 : i64
      %v143 = arith.constant true
      %v144 = llvm.getelementptr %v5[%v142] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v145 = llvm.load %v144 : !llvm.ptr<3> -> i64
      %v146 = arith.addi %v38, %v43 : i64
      %v147 = arith.cmpi slt, %v146, %v40 : i64
      %v148 = arith.subi %size_L, %v1 : i64
      %v149 = arith.minsi %v146, %v148 : i64
      %v150 = arith.addi %v145, %v149 : i64
      %v151 = arith.muli %v142, %v52 : i64
      %v152 = arith.addi %v151, %v43 : i64
      %v153 = llvm.getelementptr %in_x[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v154 = llvm.load %v153 : !llvm.ptr -> f32
      %v156 = arith.addi %v42, %v155 : i64
      %v157 = arith.constant true
      %v158 = llvm.getelementptr %v5[%v156] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v159 = llvm.load %v158 : !llvm.ptr<3> -> i64
      %v160 = arith.addi %v38, %v43 : i64
      %v161 = arith.cmpi slt, %v160, %v40 : i64
      %v162 = arith.subi %size_L, %v1 : i64
      %v163 = arith.minsi %v160, %v162 : i64
      %v164 = arith.addi %v159, %v163 : i64
      %v165 = arith.muli %v156, %v52 : i64
      %v166 = arith.addi %v165, %v43 : i64
      %v167 = llvm.getelementptr %in_x[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v168 = llvm.load %v167 : !llvm.ptr -> f32
      %v170 = arith.addi %v42, %v169 : i64
      %v171 = arith.constant true
      %v172 = llvm.getelementptr %v5[%v170] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v173 = llvm.load %v172 : !llvm.ptr<3> -> i64
      %v174 = arith.addi %v38, %v43 : i64
      %v175 = arith.cmpi slt, %v174, %v40 : i64
      %v176 = arith.subi %size_L, %v1 : i64
      %v177 = arith.minsi %v174, %v176 : i64
      %v178 = arith.addi %v173, %v177 : i64
      %v179 = arith.muli %v170, %v52 : i64
      %v180 = arith.addi %v179, %v43 : i64
      %v181 = llvm.getelementptr %in_x[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v182 = llvm.load %v181 : !llvm.ptr -> f32
      %v184 = arith.addi %v42, %v183 : i64
      %v185 = arith.constant true
      %v186 = llvm.getelementptr %v5[%v184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v187 = llvm.load %v186 : !llvm.ptr<3> -> i64
      %v188 = arith.addi %v38, %v43 : i64
      %v189 = arith.cmpi slt, %v188, %v40 : i64
      %v190 = arith.subi %size_L, %v1 : i64
      %v191 = arith.minsi %v188, %v190 : i64
      %v192 = arith.addi %v187, %v191 : i64
      %v193 = arith.muli %v184, %v52 : i64
      %v194 = arith.addi %v193, %v43 : i64
      %v195 = llvm.getelementptr %in_x[%v192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v196 = llvm.load %v195 : !llvm.ptr -> f32
      %v198 = arith.addi %v42, %v197 : i64
      %v199 = arith.constant true
      %v200 = llvm.getelementptr %v5[%v198] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v201 = llvm.load %v200 : !llvm.ptr<3> -> i64
      %v202 = arith.addi %v38, %v43 : i64
      %v203 = arith.cmpi slt, %v202, %v40 : i64
      %v204 = arith.subi %size_L, %v1 : i64
      %v205 = arith.minsi %v202, %v204 : i64
      %v206 = arith.addi %v201, %v205 : i64
      %v207 = arith.muli %v198, %v52 : i64
      %v208 = arith.addi %v207, %v43 : i64
      %v209 = llvm.getelementptr %in_x[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v210 = llvm.load %v209 : !llvm.ptr -> f32
      %v212 = arith.addi %v42, %v211 : i64
      %v213 = arith.constant true
      %v214 = llvm.getelementptr %v5[%v212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v215 = llvm.load %v214 : !llvm.ptr<3> -> i64
      %v216 = arith.addi %v38, %v43 : i64
      %v217 = arith.cmpi slt, %v216, %v40 : i64
      %v218 = arith.subi %size_L, %v1 : i64
      %v219 = arith.minsi %v216, %v218 : i64
      %v220 = arith.addi %v215, %v219 : i64
      %v221 = arith.muli %v212, %v52 : i64
      %v222 = arith.addi %v221, %v43 : i64
      %v223 = llvm.getelementptr %in_x[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v224 = llvm.load %v223 : !llvm.ptr -> f32
      %v226 = arith.addi %v42, %v225 : i64
      %v227 = arith.constant true
      %v228 = llvm.getelementptr %v5[%v226] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v229 = llvm.load %v228 : !llvm.ptr<3> -> i64
      %v230 = arith.addi %v38, %v43 : i64
      %v231 = arith.cmpi slt, %v230, %v40 : i64
      %v232 = arith.subi %size_L, %v1 : i64
      %v233 = arith.minsi %v230, %v232 : i64
      %v234 = arith.addi %v229, %v233 : i64
      %v235 = arith.muli %v226, %v52 : i64
      %v236 = arith.addi %v235, %v43 : i64
      %v237 = llvm.getelementptr %in_x[%v234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v238 = llvm.load %v237 : !llvm.ptr -> f32
      %v240 = arith.addi %v42, %v239 : i64
      %v241 = arith.constant true
      %v242 = llvm.getelementptr %v5[%v240] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v243 = llvm.load %v242 : !llvm.ptr<3> -> i64
      %v244 = arith.addi %v38, %v43 : i64
      %v245 = arith.cmpi slt, %v244, %v40 : i64
      %v246 = arith.subi %size_L, %v1 : i64
      %v247 = arith.minsi %v244, %v246 : i64
      %v248 = arith.addi %v243, %v247 : i64
      %v249 = arith.muli %v240, %v52 : i64
      %v250 = arith.addi %v249, %v43 : i64
      %v251 = llvm.getelementptr %in_x[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v252 = llvm.load %v251 : !llvm.ptr -> f32
      %v254 = arith.addi %v42, %v253 : i64
      %v255 = arith.constant true
      %v256 = llvm.getelementptr %v5[%v254] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v257 = llvm.load %v256 : !llvm.ptr<3> -> i64
      %v258 = arith.addi %v38, %v43 : i64
      %v259 = arith.cmpi slt, %v258, %v40 : i64
      %v260 = arith.subi %size_L, %v1 : i64
      %v261 = arith.minsi %v258, %v260 : i64
      %v262 = arith.addi %v257, %v261 : i64
      %v263 = arith.muli %v254, %v52 : i64
      %v264 = arith.addi %v263, %v43 : i64
      %v265 = llvm.getelementptr %in_x[%v262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v266 = llvm.load %v265 : !llvm.ptr -> f32
      %v267 = arith.addi %v42, %v41 : i64
      %v268 = arith.constant true
      %v269 = llvm.getelementptr %v5[%v267] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v270 = llvm.load %v269 : !llvm.ptr<3> -> i64
      %v271 = arith.addi %v38, %v43 : i64
      %v272 = arith.cmpi slt, %v271, %v40 : i64
      %v273 = arith.subi %size_L, %v1 : i64
      %v274 = arith.minsi %v271, %v273 : i64
      %v275 = arith.addi %v270, %v274 : i64
      %v276 = arith.muli %v267, %v52 : i64
      %v277 = arith.addi %v276, %v43 : i64
      %v278 = llvm.getelementptr %in_x[%v275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v279 = llvm.load %v278 : !llvm.ptr -> f32
      %v281 = arith.addi %v42, %v280 : i64
      %v282 = arith.constant true
      %v283 = llvm.getelementptr %v5[%v281] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v284 = llvm.load %v283 : !llvm.ptr<3> -> i64
      %v285 = arith.addi %v38, %v43 : i64
      %v286 = arith.cmpi slt, %v285, %v40 : i64
      %v287 = arith.subi %size_L, %v1 : i64
      %v288 = arith.minsi %v285, %v287 : i64
      %v289 = arith.addi %v284, %v288 : i64
      %v290 = arith.muli %v281, %v52 : i64
      %v291 = arith.addi %v290, %v43 : i64
      %v292 = llvm.getelementptr %in_x[%v289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v293 = llvm.load %v292 : !llvm.ptr -> f32
      %v295 = arith.addi %v42, %v294 : i64
      %v296 = arith.constant true
      %v297 = llvm.getelementptr %v5[%v295] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v298 = llvm.load %v297 : !llvm.ptr<3> -> i64
      %v299 = arith.addi %v38, %v43 : i64
      %v300 = arith.cmpi slt, %v299, %v40 : i64
      %v301 = arith.subi %size_L, %v1 : i64
      %v302 = arith.minsi %v299, %v301 : i64
      %v303 = arith.addi %v298, %v302 : i64
      %v304 = arith.muli %v295, %v52 : i64
      %v305 = arith.addi %v304, %v43 : i64
      %v306 = llvm.getelementptr %in_x[%v303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v307 = llvm.load %v306 : !llvm.ptr -> f32
      %v309 = arith.addi %v42, %v308 : i64
      %v310 = arith.constant true
      %v311 = llvm.getelementptr %v5[%v309] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v312 = llvm.load %v311 : !llvm.ptr<3> -> i64
      %v313 = arith.addi %v38, %v43 : i64
      %v314 = arith.cmpi slt, %v313, %v40 : i64
      %v315 = arith.subi %size_L, %v1 : i64
      %v316 = arith.minsi %v313, %v315 : i64
      %v317 = arith.addi %v312, %v316 : i64
      %v318 = arith.muli %v309, %v52 : i64
      %v319 = arith.addi %v318, %v43 : i64
      %v320 = llvm.getelementptr %in_x[%v317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v321 = llvm.load %v320 : !llvm.ptr -> f32
      %v323 = arith.addi %v42, %v322 : i64
      %v324 = arith.constant true
      %v325 = llvm.getelementptr %v5[%v323] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v326 = llvm.load %v325 : !llvm.ptr<3> -> i64
      %v327 = arith.addi %v38, %v43 : i64
      %v328 = arith.cmpi slt, %v327, %v40 : i64
      %v329 = arith.subi %size_L, %v1 : i64
      %v330 = arith.minsi %v327, %v329 : i64
      %v331 = arith.addi %v326, %v330 : i64
      %v332 = arith.muli %v323, %v52 : i64
      %v333 = arith.addi %v332, %v43 : i64
      %v334 = llvm.getelementptr %in_x[%v331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v335 = llvm.load %v334 : !llvm.ptr -> f32
      %v337 = arith.addi %v42, %v336 : i64
      %v338 = arith.constant true
      %v339 = llvm.getelementptr %v5[%v337] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v340 = llvm.load %v339 : !llvm.ptr<3> -> i64
      %v341 = arith.addi %v38, %v43 : i64
      %v342 = arith.cmpi slt, %v341, %v40 : i64
      %v343 = arith.subi %size_L, %v1 : i64
      %v344 = arith.minsi %v341, %v343 : i64
      %v345 = arith.addi %v340, %v344 : i64
      %v346 = arith.muli %v337, %v52 : i64
      %v347 = arith.addi %v346, %v43 : i64
      %v348 = llvm.getelementptr %in_x[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v349 = llvm.load %v348 : !llvm.ptr -> f32
      %v351 = arith.addi %v42, %v350 : i64
      %v352 = arith.constant true
      %v353 = llvm.getelementptr %v5[%v351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v354 = llvm.load %v353 : !llvm.ptr<3> -> i64
      %v355 = arith.addi %v38, %v43 : i64
      %v356 = arith.cmpi slt, %v355, %v40 : i64
      %v357 = arith.subi %size_L, %v1 : i64
      %v358 = arith.minsi %v355, %v357 : i64
      %v359 = arith.addi %v354, %v358 : i64
      %v360 = arith.muli %v351, %v52 : i64
      %v361 = arith.addi %v360, %v43 : i64
      %v362 = llvm.getelementptr %in_x[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v363 = llvm.load %v362 : !llvm.ptr -> f32
      %v365 = arith.addi %v42, %v364 : i64
      %v366 = arith.constant true
      %v367 = llvm.getelementptr %v5[%v365] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v368 = llvm.load %v367 : !llvm.ptr<3> -> i64
      %v369 = arith.addi %v38, %v43 : i64
      %v370 = arith.cmpi slt, %v369, %v40 : i64
      %v371 = arith.subi %size_L, %v1 : i64
      %v372 = arith.minsi %v369, %v371 : i64
      %v373 = arith.addi %v368, %v372 : i64
      %v374 = arith.muli %v365, %v52 : i64
      %v375 = arith.addi %v374, %v43 : i64
      %v376 = llvm.getelementptr %in_x[%v373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v377 = llvm.load %v376 : !llvm.ptr -> f32
      %v379 = arith.addi %v42, %v378 : i64
      %v380 = arith.constant true
      %v381 = llvm.getelementptr %v5[%v379] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v382 = llvm.load %v381 : !llvm.ptr<3> -> i64
      %v383 = arith.addi %v38, %v43 : i64
      %v384 = arith.cmpi slt, %v383, %v40 : i64
      %v385 = arith.subi %size_L, %v1 : i64
      %v386 = arith.minsi %v383, %v385 : i64
      %v387 = arith.addi %v382, %v386 : i64
      %v388 = arith.muli %v379, %v52 : i64
      %v389 = arith.addi %v388, %v43 : i64
      %v390 = llvm.getelementptr %in_x[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v391 = llvm.load %v390 : !llvm.ptr -> f32
      %v393 = arith.addi %v42, %v392 : i64
      %v394 = arith.constant true
      %v395 = llvm.getelementptr %v5[%v393] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v396 = llvm.load %v395 : !llvm.ptr<3> -> i64
      %v397 = arith.addi %v38, %v43 : i64
      %v398 = arith.cmpi slt, %v397, %v40 : i64
      %v399 = arith.subi %size_L, %v1 : i64
      %v400 = arith.minsi %v397, %v399 : i64
      %v401 = arith.addi %v396, %v400 : i64
      %v402 = arith.muli %v393, %v52 : i64
      %v403 = arith.addi %v402, %v43 : i64
      %v404 = llvm.getelementptr %in_x[%v401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v405 = llvm.load %v404 : !llvm.ptr -> f32
      %v407 = arith.addi %v42, %v406 : i64
      %v408 = arith.constant true
      %v409 = llvm.getelementptr %v5[%v407] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v410 = llvm.load %v409 : !llvm.ptr<3> -> i64
      %v411 = arith.addi %v38, %v43 : i64
      %v412 = arith.cmpi slt, %v411, %v40 : i64
      %v413 = arith.subi %size_L, %v1 : i64
      %v414 = arith.minsi %v411, %v413 : i64
      %v415 = arith.addi %v410, %v414 : i64
      %v416 = arith.muli %v407, %v52 : i64
      %v417 = arith.addi %v416, %v43 : i64
      %v418 = llvm.getelementptr %in_x[%v415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v419 = llvm.load %v418 : !llvm.ptr -> f32
      %v421 = arith.addi %v42, %v420 : i64
      %v422 = arith.constant true
      %v423 = llvm.getelementptr %v5[%v421] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v424 = llvm.load %v423 : !llvm.ptr<3> -> i64
      %v425 = arith.addi %v38, %v43 : i64
      %v426 = arith.cmpi slt, %v425, %v40 : i64
      %v427 = arith.subi %size_L, %v1 : i64
      %v428 = arith.minsi %v425, %v427 : i64
      %v429 = arith.addi %v424, %v428 : i64
      %v430 = arith.muli %v421, %v52 : i64
      %v431 = arith.addi %v430, %v43 : i64
      %v432 = llvm.getelementptr %in_x[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v433 = llvm.load %v432 : !llvm.ptr -> f32
      %v435 = arith.addi %v42, %v434 : i64
      %v436 = arith.constant true
      %v437 = llvm.getelementptr %v5[%v435] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v438 = llvm.load %v437 : !llvm.ptr<3> -> i64
      %v439 = arith.addi %v38, %v43 : i64
      %v440 = arith.cmpi slt, %v439, %v40 : i64
      %v441 = arith.subi %size_L, %v1 : i64
      %v442 = arith.minsi %v439, %v441 : i64
      %v443 = arith.addi %v438, %v442 : i64
      %v444 = arith.muli %v435, %v52 : i64
      %v445 = arith.addi %v444, %v43 : i64
      %v446 = llvm.getelementptr %in_x[%v443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v447 = llvm.load %v446 : !llvm.ptr -> f32
      %v449 = arith.addi %v42, %v448 : i64
      %v450 = arith.constant true
      %v451 = llvm.getelementptr %v5[%v449] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v452 = llvm.load %v451 : !llvm.ptr<3> -> i64
      %v453 = arith.addi %v38, %v43 : i64
      %v454 = arith.cmpi slt, %v453, %v40 : i64
      %v455 = arith.subi %size_L, %v1 : i64
      %v456 = arith.minsi %v453, %v455 : i64
      %v457 = arith.addi %v452, %v456 : i64
      %v458 = arith.muli %v449, %v52 : i64
      %v459 = arith.addi %v458, %v43 : i64
      %v460 = llvm.getelementptr %in_x[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v461 = llvm.load %v460 : !llvm.ptr -> f32
      %v463 = arith.addi %v42, %v462 : i64
      %v464 = arith.constant true
      %v465 = llvm.getelementptr %v5[%v463] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v466 = llvm.load %v465 : !llvm.ptr<3> -> i64
      %v467 = arith.addi %v38, %v43 : i64
      %v468 = arith.cmpi slt, %v467, %v40 : i64
      %v469 = arith.subi %size_L, %v1 : i64
      %v470 = arith.minsi %v467, %v469 : i64
      %v471 = arith.addi %v466, %v470 : i64
      %v472 = arith.muli %v463, %v52 : i64
      %v473 = arith.addi %v472, %v43 : i64
      %v474 = llvm.getelementptr %in_x[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v475 = llvm.load %v474 : !llvm.ptr -> f32
      %v477 = arith.addi %v42, %v476 : i64
      %v478 = arith.constant true
      %v479 = llvm.getelementptr %v5[%v477] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v480 = llvm.load %v479 : !llvm.ptr<3> -> i64
      %v481 = arith.addi %v38, %v43 : i64
      %v482 = arith.cmpi slt, %v481, %v40 : i64
      %v483 = arith.subi %size_L, %v1 : i64
      %v484 = arith.minsi %v481, %v483 : i64
      %v485 = arith.addi %v480, %v484 : i64
      %v486 = arith.muli %v477, %v52 : i64
      %v487 = arith.addi %v486, %v43 : i64
      %v488 = llvm.getelementptr %in_x[%v485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v489 = llvm.load %v488 : !llvm.ptr -> f32
      scf.if %v44 {
        %v490 = llvm.getelementptr %v6[%v54] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v56, %v490 : f32, !llvm.ptr<3>
      }
      scf.if %v59 {
        %v491 = llvm.getelementptr %v6[%v68] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v70, %v491 : f32, !llvm.ptr<3>
      }
      scf.if %v73 {
        %v492 = llvm.getelementptr %v6[%v82] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v84, %v492 : f32, !llvm.ptr<3>
      }
      scf.if %v87 {
        %v493 = llvm.getelementptr %v6[%v96] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v98, %v493 : f32, !llvm.ptr<3>
      }
      scf.if %v101 {
        %v494 = llvm.getelementptr %v6[%v110] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v112, %v494 : f32, !llvm.ptr<3>
      }
      scf.if %v115 {
        %v495 = llvm.getelementptr %v6[%v124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v126, %v495 : f32, !llvm.ptr<3>
      }
      scf.if %v129 {
        %v496 = llvm.getelementptr %v6[%v138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v140, %v496 : f32, !llvm.ptr<3>
      }
      scf.if %v143 {
        %v497 = llvm.getelementptr %v6[%v152] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v154, %v497 : f32, !llvm.ptr<3>
      }
      scf.if %v157 {
        %v498 = llvm.getelementptr %v6[%v166] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v168, %v498 : f32, !llvm.ptr<3>
      }
      scf.if %v171 {
        %v499 = llvm.getelementptr %v6[%v180] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v182, %v499 : f32, !llvm.ptr<3>
      }
      scf.if %v185 {
        %v500 = llvm.getelementptr %v6[%v194] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v196, %v500 : f32, !llvm.ptr<3>
      }
      scf.if %v199 {
        %v501 = llvm.getelementptr %v6[%v208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v210, %v501 : f32, !llvm.ptr<3>
      }
      scf.if %v213 {
        %v502 = llvm.getelementptr %v6[%v222] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v224, %v502 : f32, !llvm.ptr<3>
      }
      scf.if %v227 {
        %v503 = llvm.getelementptr %v6[%v236] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v238, %v503 : f32, !llvm.ptr<3>
      }
      scf.if %v241 {
        %v504 = llvm.getelementptr %v6[%v250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v252, %v504 : f32, !llvm.ptr<3>
      }
      scf.if %v255 {
        %v505 = llvm.getelementptr %v6[%v264] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v266, %v505 : f32, !llvm.ptr<3>
      }
      scf.if %v268 {
        %v506 = llvm.getelementptr %v6[%v277] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v279, %v506 : f32, !llvm.ptr<3>
      }
      scf.if %v282 {
        %v507 = llvm.getelementptr %v6[%v291] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v293, %v507 : f32, !llvm.ptr<3>
      }
      scf.if %v296 {
        %v508 = llvm.getelementptr %v6[%v305] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v307, %v508 : f32, !llvm.ptr<3>
      }
      scf.if %v310 {
        %v509 = llvm.getelementptr %v6[%v319] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v321, %v509 : f32, !llvm.ptr<3>
      }
      scf.if %v324 {
        %v510 = llvm.getelementptr %v6[%v333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v335, %v510 : f32, !llvm.ptr<3>
      }
      scf.if %v338 {
        %v511 = llvm.getelementptr %v6[%v347] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v349, %v511 : f32, !llvm.ptr<3>
      }
      scf.if %v352 {
        %v512 = llvm.getelementptr %v6[%v361] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v363, %v512 : f32, !llvm.ptr<3>
      }
      scf.if %v366 {
        %v513 = llvm.getelementptr %v6[%v375] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v377, %v513 : f32, !llvm.ptr<3>
      }
      scf.if %v380 {
        %v514 = llvm.getelementptr %v6[%v389] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v391, %v514 : f32, !llvm.ptr<3>
      }
      scf.if %v394 {
        %v515 = llvm.getelementptr %v6[%v403] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v405, %v515 : f32, !llvm.ptr<3>
      }
      scf.if %v408 {
        %v516 = llvm.getelementptr %v6[%v417] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v419, %v516 : f32, !llvm.ptr<3>
      }
      scf.if %v422 {
        %v517 = llvm.getelementptr %v6[%v431] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v433, %v517 : f32, !llvm.ptr<3>
      }
      scf.if %v436 {
        %v518 = llvm.getelementptr %v6[%v445] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v447, %v518 : f32, !llvm.ptr<3>
      }
      scf.if %v450 {
        %v519 = llvm.getelementptr %v6[%v459] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v461, %v519 : f32, !llvm.ptr<3>
      }
      scf.if %v464 {
        %v520 = llvm.getelementptr %v6[%v473] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v475, %v520 : f32, !llvm.ptr<3>
      }
      scf.if %v478 {
        %v521 = llvm.getelementptr %v6[%v487] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v489, %v521 : f32, !llvm.ptr<3>
      }
      // end staged load of `x`
      gpu.barrier
      %v522 = arith.index_cast %v38 : i64 to index
      %v523 = arith.index_cast %v40 : i64 to index
      %v524 = arith.index_cast %v41 : i64 to index
      scf.for %v525 = %v522 to %v523 step %v524 {
        %v526 = arith.index_cast %v525 : index to i64
        %v527 = arith.subi %v40, %v526 : i64
        %v528 = arith.minsi %v527, %v41 : i64
        %v529 = arith.addi %v526, %v41 : i64
        %v530 = arith.divui %v13, %v41 : i64
        %v531 = arith.remui %v13, %v41 : i64
        %v532 = arith.constant true
        %v533 = llvm.getelementptr %v5[%v530] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v534 = llvm.load %v533 : !llvm.ptr<3> -> i64
        %v535 = arith.addi %v529, %v531 : i64
        %v536 = arith.cmpi slt, %v535, %v40 : i64
        %v537 = arith.subi %size_L, %v1 : i64
        %v538 = arith.minsi %v535, %v537 : i64
        %v539 = arith.addi %v534, %v538 : i64
        %v540 = arith.muli %v530, %v52 : i64
        %v541 = arith.addi %v540, %v531 : i64
        %v542 = llvm.getelementptr %in_x[%v539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v543 = llvm.load %v542 : !llvm.ptr -> f32
        %v544 = arith.addi %v530, %v57 : i64
        %v545 = arith.constant true
        %v546 = llvm.getelementptr %v5[%v544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v547 = llvm.load %v546 : !llvm.ptr<3> -> i64
        %v548 = arith.addi %v529, %v531 : i64
        %v549 = arith.cmpi slt, %v548, %v40 : i64
        %v550 = arith.subi %size_L, %v1 : i64
        %v551 = arith.minsi %v548, %v550 : i64
        %v552 = arith.addi %v547, %v551 : i64
        %v553 = arith.muli %v544, %v52 : i64
        %v554 = arith.addi %v553, %v531 : i64
        %v555 = llvm.getelementptr %in_x[%v552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v556 = llvm.load %v555 : !llvm.ptr -> f32
        %v557 = arith.addi %v530, %v71 : i64
        %v558 = arith.constant true
        %v559 = llvm.getelementptr %v5[%v557] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v560 = llvm.load %v559 : !llvm.ptr<3> -> i64
        %v561 = arith.addi %v529, %v531 : i64
        %v562 = arith.cmpi slt, %v561, %v40 : i64
        %v563 = arith.subi %size_L, %v1 : i64
        %v564 = arith.minsi %v561, %v563 : i64
        %v565 = arith.addi %v560, %v564 : i64
        %v566 = arith.muli %v557, %v52 : i64
        %v567 = arith.addi %v566, %v531 : i64
        %v568 = llvm.getelementptr %in_x[%v565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v569 = llvm.load %v568 : !llvm.ptr -> f32
        %v570 = arith.addi %v530, %v85 : i64
        %v571 = arith.constant true
        %v572 = llvm.getelementptr %v5[%v570] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v573 = llvm.load %v572 : !llvm.ptr<3> -> i64
        %v574 = arith.addi %v529, %v531 : i64
        %v575 = arith.cmpi slt, %v574, %v40 : i64
        %v576 = arith.subi %size_L, %v1 : i64
        %v577 = arith.minsi %v574, %v576 : i64
        %v578 = arith.addi %v573, %v577 : i64
        %v579 = arith.muli %v570, %v52 : i64
        %v580 = arith.addi %v579, %v531 : i64
        %v581 = llvm.getelementptr %in_x[%v578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v582 = llvm.load %v581 : !llvm.ptr -> f32
        %v583 = arith.addi %v530, %v99 : i64
        %v584 = arith.constant true
        %v585 = llvm.getelementptr %v5[%v583] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v586 = llvm.load %v585 : !llvm.ptr<3> -> i64
        %v587 = arith.addi %v529, %v531 : i64
        %v588 = arith.cmpi slt, %v587, %v40 : i64
        %v589 = arith.subi %size_L, %v1 : i64
        %v590 = arith.minsi %v587, %v589 : i64
        %v591 = arith.addi %v586, %v590 : i64
        %v592 = arith.muli %v583, %v52 : i64
        %v593 = arith.addi %v592, %v531 : i64
        %v594 = llvm.getelementptr %in_x[%v591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v595 = llvm.load %v594 : !llvm.ptr -> f32
        %v596 = arith.addi %v530, %v113 : i64
        %v597 = arith.constant true
        %v598 = llvm.getelementptr %v5[%v596] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v599 = llvm.load %v598 : !llvm.ptr<3> -> i64
        %v600 = arith.addi %v529, %v531 : i64
        %v601 = arith.cmpi slt, %v600, %v40 : i64
        %v602 = arith.subi %size_L, %v1 : i64
        %v603 = arith.minsi %v600, %v602 : i64
        %v604 = arith.addi %v599, %v603 : i64
        %v605 = arith.muli %v596, %v52 : i64
        %v606 = arith.addi %v605, %v531 : i64
        %v607 = llvm.getelementptr %in_x[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v608 = llvm.load %v607 : !llvm.ptr -> f32
        %v609 = arith.addi %v530, %v127 : i64
        %v610 = arith.constant true
        %v611 = llvm.getelementptr %v5[%v609] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v612 = llvm.load %v611 : !llvm.ptr<3> -> i64
        %v613 = arith.addi %v529, %v531 : i64
        %v614 = arith.cmpi slt, %v613, %v40 : i64
        %v615 = arith.subi %size_L, %v1 : i64
        %v616 = arith.minsi %v613, %v615 : i64
        %v617 = arith.addi %v612, %v616 : i64
        %v618 = arith.muli %v609, %v52 : i64
        %v619 = arith.addi %v618, %v531 : i64
        %v620 = llvm.getelementptr %in_x[%v617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v621 = llvm.load %v620 : !llvm.ptr -> f32
        %v622 = arith.addi %v530, %v141 : i64
        %v623 = arith.constant true
        %v624 = llvm.getelementptr %v5[%v622] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v625 = llvm.load %v624 : !llvm.ptr<3> -> i64
        %v626 = arith.addi %v529, %v531 : i64
        %v627 = arith.cmpi slt, %v626, %v40 : i64
        %v628 = arith.subi %size_L, %v1 : i64
        %v629 = arith.minsi %v626, %v628 : i64
        %v630 = arith.addi %v625, %v629 : i64
        %v631 = arith.muli %v622, %v52 : i64
        %v632 = arith.addi %v631, %v531 : i64
        %v633 = llvm.getelementptr %in_x[%v630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v634 = llvm.load %v633 : !llvm.ptr -> f32
        %v635 = arith.addi %v530, %v155 : i64
        %v636 = arith.constant true
        %v637 = llvm.getelementptr %v5[%v635] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v638 = llvm.load %v637 : !llvm.ptr<3> -> i64
        %v639 = arith.addi %v529, %v531 : i64
        %v640 = arith.cmpi slt, %v639, %v40 : i64
        %v641 = arith.subi %size_L, %v1 : i64
        %v642 = arith.minsi %v639, %v641 : i64
        %v643 = arith.addi %v638, %v642 : i64
        %v644 = arith.muli %v635, %v52 : i64
        %v645 = arith.addi %v644, %v531 : i64
        %v646 = llvm.getelementptr %in_x[%v643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v647 = llvm.load %v646 : !llvm.ptr -> f32
        %v648 = arith.addi %v530, %v169 : i64
        %v649 = arith.constant true
        %v650 = llvm.getelementptr %v5[%v648] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v651 = llvm.load %v650 : !llvm.ptr<3> -> i64
        %v652 = arith.addi %v529, %v531 : i64
        %v653 = arith.cmpi slt, %v652, %v40 : i64
        %v654 = arith.subi %size_L, %v1 : i64
        %v655 = arith.minsi %v652, %v654 : i64
        %v656 = arith.addi %v651, %v655 : i64
        %v657 = arith.muli %v648, %v52 : i64
        %v658 = arith.addi %v657, %v531 : i64
        %v659 = llvm.getelementptr %in_x[%v656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v660 = llvm.load %v659 : !llvm.ptr -> f32
        %v661 = arith.addi %v530, %v183 : i64
        %v662 = arith.constant true
        %v663 = llvm.getelementptr %v5[%v661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v664 = llvm.load %v663 : !llvm.ptr<3> -> i64
        %v665 = arith.addi %v529, %v531 : i64
        %v666 = arith.cmpi slt, %v665, %v40 : i64
        %v667 = arith.subi %size_L, %v1 : i64
        %v668 = arith.minsi %v665, %v667 : i64
        %v669 = arith.addi %v664, %v668 : i64
        %v670 = arith.muli %v661, %v52 : i64
        %v671 = arith.addi %v670, %v531 : i64
        %v672 = llvm.getelementptr %in_x[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v673 = llvm.load %v672 : !llvm.ptr -> f32
        %v674 = arith.addi %v530, %v197 : i64
        %v675 = arith.constant true
        %v676 = llvm.getelementptr %v5[%v674] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v677 = llvm.load %v676 : !llvm.ptr<3> -> i64
        %v678 = arith.addi %v529, %v531 : i64
        %v679 = arith.cmpi slt, %v678, %v40 : i64
        %v680 = arith.subi %size_L, %v1 : i64
        %v681 = arith.minsi %v678, %v680 : i64
        %v682 = arith.addi %v677, %v681 : i64
        %v683 = arith.muli %v674, %v52 : i64
        %v684 = arith.addi %v683, %v531 : i64
        %v685 = llvm.getelementptr %in_x[%v682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v686 = llvm.load %v685 : !llvm.ptr -> f32
        %v687 = arith.addi %v530, %v211 : i64
        %v688 = arith.constant true
        %v689 = llvm.getelementptr %v5[%v687] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v690 = llvm.load %v689 : !llvm.ptr<3> -> i64
        %v691 = arith.addi %v529, %v531 : i64
        %v692 = arith.cmpi slt, %v691, %v40 : i64
        %v693 = arith.subi %size_L, %v1 : i64
        %v694 = arith.minsi %v691, %v693 : i64
        %v695 = arith.addi %v690, %v694 : i64
        %v696 = arith.muli %v687, %v52 : i64
        %v697 = arith.addi %v696, %v531 : i64
        %v698 = llvm.getelementptr %in_x[%v695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v699 = llvm.load %v698 : !llvm.ptr -> f32
        %v700 = arith.addi %v530, %v225 : i64
        %v701 = arith.constant true
        %v702 = llvm.getelementptr %v5[%v700] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v703 = llvm.load %v702 : !llvm.ptr<3> -> i64
        %v704 = arith.addi %v529, %v531 : i64
        %v705 = arith.cmpi slt, %v704, %v40 : i64
        %v706 = arith.subi %size_L, %v1 : i64
        %v707 = arith.minsi %v704, %v706 : i64
        %v708 = arith.addi %v703, %v707 : i64
        %v709 = arith.muli %v700, %v52 : i64
        %v710 = arith.addi %v709, %v531 : i64
        %v711 = llvm.getelementptr %in_x[%v708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v712 = llvm.load %v711 : !llvm.ptr -> f32
        %v713 = arith.addi %v530, %v239 : i64
        %v714 = arith.constant true
        %v715 = llvm.getelementptr %v5[%v713] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v716 = llvm.load %v715 : !llvm.ptr<3> -> i64
        %v717 = arith.addi %v529, %v531 : i64
        %v718 = arith.cmpi slt, %v717, %v40 : i64
        %v719 = arith.subi %size_L, %v1 : i64
        %v720 = arith.minsi %v717, %v719 : i64
        %v721 = arith.addi %v716, %v720 : i64
        %v722 = arith.muli %v713, %v52 : i64
        %v723 = arith.addi %v722, %v531 : i64
        %v724 = llvm.getelementptr %in_x[%v721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v725 = llvm.load %v724 : !llvm.ptr -> f32
        %v726 = arith.addi %v530, %v253 : i64
        %v727 = arith.constant true
        %v728 = llvm.getelementptr %v5[%v726] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v729 = llvm.load %v728 : !llvm.ptr<3> -> i64
        %v730 = arith.addi %v529, %v531 : i64
        %v731 = arith.cmpi slt, %v730, %v40 : i64
        %v732 = arith.subi %size_L, %v1 : i64
        %v733 = arith.minsi %v730, %v732 : i64
        %v734 = arith.addi %v729, %v733 : i64
        %v735 = arith.muli %v726, %v52 : i64
        %v736 = arith.addi %v735, %v531 : i64
        %v737 = llvm.getelementptr %in_x[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v738 = llvm.load %v737 : !llvm.ptr -> f32
        %v739 = arith.addi %v530, %v41 : i64
        %v740 = arith.constant true
        %v741 = llvm.getelementptr %v5[%v739] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v742 = llvm.load %v741 : !llvm.ptr<3> -> i64
        %v743 = arith.addi %v529, %v531 : i64
        %v744 = arith.cmpi slt, %v743, %v40 : i64
        %v745 = arith.subi %size_L, %v1 : i64
        %v746 = arith.minsi %v743, %v745 : i64
        %v747 = arith.addi %v742, %v746 : i64
        %v748 = arith.muli %v739, %v52 : i64
        %v749 = arith.addi %v748, %v531 : i64
        %v750 = llvm.getelementptr %in_x[%v747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v751 = llvm.load %v750 : !llvm.ptr -> f32
        %v752 = arith.addi %v530, %v280 : i64
        %v753 = arith.constant true
        %v754 = llvm.getelementptr %v5[%v752] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v755 = llvm.load %v754 : !llvm.ptr<3> -> i64
        %v756 = arith.addi %v529, %v531 : i64
        %v757 = arith.cmpi slt, %v756, %v40 : i64
        %v758 = arith.subi %size_L, %v1 : i64
        %v759 = arith.minsi %v756, %v758 : i64
        %v760 = arith.addi %v755, %v759 : i64
        %v761 = arith.muli %v752, %v52 : i64
        %v762 = arith.addi %v761, %v531 : i64
        %v763 = llvm.getelementptr %in_x[%v760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v764 = llvm.load %v763 : !llvm.ptr -> f32
        %v765 = arith.addi %v530, %v294 : i64
        %v766 = arith.constant true
        %v767 = llvm.getelementptr %v5[%v765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v768 = llvm.load %v767 : !llvm.ptr<3> -> i64
        %v769 = arith.addi %v529, %v531 : i64
        %v770 = arith.cmpi slt, %v769, %v40 : i64
        %v771 = arith.subi %size_L, %v1 : i64
        %v772 = arith.minsi %v769, %v771 : i64
        %v773 = arith.addi %v768, %v772 : i64
        %v774 = arith.muli %v765, %v52 : i64
        %v775 = arith.addi %v774, %v531 : i64
        %v776 = llvm.getelementptr %in_x[%v773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v777 = llvm.load %v776 : !llvm.ptr -> f32
        %v778 = arith.addi %v530, %v308 : i64
        %v779 = arith.constant true
        %v780 = llvm.getelementptr %v5[%v778] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v781 = llvm.load %v780 : !llvm.ptr<3> -> i64
        %v782 = arith.addi %v529, %v531 : i64
        %v783 = arith.cmpi slt, %v782, %v40 : i64
        %v784 = arith.subi %size_L, %v1 : i64
        %v785 = arith.minsi %v782, %v784 : i64
        %v786 = arith.addi %v781, %v785 : i64
        %v787 = arith.muli %v778, %v52 : i64
        %v788 = arith.addi %v787, %v531 : i64
        %v789 = llvm.getelementptr %in_x[%v786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v790 = llvm.load %v789 : !llvm.ptr -> f32
        %v791 = arith.addi %v530, %v322 : i64
        %v792 = arith.constant true
        %v793 = llvm.getelementptr %v5[%v791] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v794 = llvm.load %v793 : !llvm.ptr<3> -> i64
        %v795 = arith.addi %v529, %v531 : i64
        %v796 = arith.cmpi slt, %v795, %v40 : i64
        %v797 = arith.subi %size_L, %v1 : i64
        %v798 = arith.minsi %v795, %v797 : i64
        %v799 = arith.addi %v794, %v798 : i64
        %v800 = arith.muli %v791, %v52 : i64
        %v801 = arith.addi %v800, %v531 : i64
        %v802 = llvm.getelementptr %in_x[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v803 = llvm.load %v802 : !llvm.ptr -> f32
        %v804 = arith.addi %v530, %v336 : i64
        %v805 = arith.constant true
        %v806 = llvm.getelementptr %v5[%v804] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v807 = llvm.load %v806 : !llvm.ptr<3> -> i64
        %v808 = arith.addi %v529, %v531 : i64
        %v809 = arith.cmpi slt, %v808, %v40 : i64
        %v810 = arith.subi %size_L, %v1 : i64
        %v811 = arith.minsi %v808, %v810 : i64
        %v812 = arith.addi %v807, %v811 : i64
        %v813 = arith.muli %v804, %v52 : i64
        %v814 = arith.addi %v813, %v531 : i64
        %v815 = llvm.getelementptr %in_x[%v812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v816 = llvm.load %v815 : !llvm.ptr -> f32
        %v817 = arith.addi %v530, %v350 : i64
        %v818 = arith.constant true
        %v819 = llvm.getelementptr %v5[%v817] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v820 = llvm.load %v819 : !llvm.ptr<3> -> i64
        %v821 = arith.addi %v529, %v531 : i64
        %v822 = arith.cmpi slt, %v821, %v40 : i64
        %v823 = arith.subi %size_L, %v1 : i64
        %v824 = arith.minsi %v821, %v823 : i64
        %v825 = arith.addi %v820, %v824 : i64
        %v826 = arith.muli %v817, %v52 : i64
        %v827 = arith.addi %v826, %v531 : i64
        %v828 = llvm.getelementptr %in_x[%v825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v829 = llvm.load %v828 : !llvm.ptr -> f32
        %v830 = arith.addi %v530, %v364 : i64
        %v831 = arith.constant true
        %v832 = llvm.getelementptr %v5[%v830] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v833 = llvm.load %v832 : !llvm.ptr<3> -> i64
        %v834 = arith.addi %v529, %v531 : i64
        %v835 = arith.cmpi slt, %v834, %v40 : i64
        %v836 = arith.subi %size_L, %v1 : i64
        %v837 = arith.minsi %v834, %v836 : i64
        %v838 = arith.addi %v833, %v837 : i64
        %v839 = arith.muli %v830, %v52 : i64
        %v840 = arith.addi %v839, %v531 : i64
        %v841 = llvm.getelementptr %in_x[%v838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v842 = llvm.load %v841 : !llvm.ptr -> f32
        %v843 = arith.addi %v530, %v378 : i64
        %v844 = arith.constant true
        %v845 = llvm.getelementptr %v5[%v843] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v846 = llvm.load %v845 : !llvm.ptr<3> -> i64
        %v847 = arith.addi %v529, %v531 : i64
        %v848 = arith.cmpi slt, %v847, %v40 : i64
        %v849 = arith.subi %size_L, %v1 : i64
        %v850 = arith.minsi %v847, %v849 : i64
        %v851 = arith.addi %v846, %v850 : i64
        %v852 = arith.muli %v843, %v52 : i64
        %v853 = arith.addi %v852, %v531 : i64
        %v854 = llvm.getelementptr %in_x[%v851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v855 = llvm.load %v854 : !llvm.ptr -> f32
        %v856 = arith.addi %v530, %v392 : i64
        %v857 = arith.constant true
        %v858 = llvm.getelementptr %v5[%v856] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v859 = llvm.load %v858 : !llvm.ptr<3> -> i64
        %v860 = arith.addi %v529, %v531 : i64
        %v861 = arith.cmpi slt, %v860, %v40 : i64
        %v862 = arith.subi %size_L, %v1 : i64
        %v863 = arith.minsi %v860, %v862 : i64
        %v864 = arith.addi %v859, %v863 : i64
        %v865 = arith.muli %v856, %v52 : i64
        %v866 = arith.addi %v865, %v531 : i64
        %v867 = llvm.getelementptr %in_x[%v864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v868 = llvm.load %v867 : !llvm.ptr -> f32
        %v869 = arith.addi %v530, %v406 : i64
        %v870 = arith.constant true
        %v871 = llvm.getelementptr %v5[%v869] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v872 = llvm.load %v871 : !llvm.ptr<3> -> i64
        %v873 = arith.addi %v529, %v531 : i64
        %v874 = arith.cmpi slt, %v873, %v40 : i64
        %v875 = arith.subi %size_L, %v1 : i64
        %v876 = arith.minsi %v873, %v875 : i64
        %v877 = arith.addi %v872, %v876 : i64
        %v878 = arith.muli %v869, %v52 : i64
        %v879 = arith.addi %v878, %v531 : i64
        %v880 = llvm.getelementptr %in_x[%v877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v881 = llvm.load %v880 : !llvm.ptr -> f32
        %v882 = arith.addi %v530, %v420 : i64
        %v883 = arith.constant true
        %v884 = llvm.getelementptr %v5[%v882] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v885 = llvm.load %v884 : !llvm.ptr<3> -> i64
        %v886 = arith.addi %v529, %v531 : i64
        %v887 = arith.cmpi slt, %v886, %v40 : i64
        %v888 = arith.subi %size_L, %v1 : i64
        %v889 = arith.minsi %v886, %v888 : i64
        %v890 = arith.addi %v885, %v889 : i64
        %v891 = arith.muli %v882, %v52 : i64
        %v892 = arith.addi %v891, %v531 : i64
        %v893 = llvm.getelementptr %in_x[%v890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v894 = llvm.load %v893 : !llvm.ptr -> f32
        %v895 = arith.addi %v530, %v434 : i64
        %v896 = arith.constant true
        %v897 = llvm.getelementptr %v5[%v895] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v898 = llvm.load %v897 : !llvm.ptr<3> -> i64
        %v899 = arith.addi %v529, %v531 : i64
        %v900 = arith.cmpi slt, %v899, %v40 : i64
        %v901 = arith.subi %size_L, %v1 : i64
        %v902 = arith.minsi %v899, %v901 : i64
        %v903 = arith.addi %v898, %v902 : i64
        %v904 = arith.muli %v895, %v52 : i64
        %v905 = arith.addi %v904, %v531 : i64
        %v906 = llvm.getelementptr %in_x[%v903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v907 = llvm.load %v906 : !llvm.ptr -> f32
        %v908 = arith.addi %v530, %v448 : i64
        %v909 = arith.constant true
        %v910 = llvm.getelementptr %v5[%v908] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v911 = llvm.load %v910 : !llvm.ptr<3> -> i64
        %v912 = arith.addi %v529, %v531 : i64
        %v913 = arith.cmpi slt, %v912, %v40 : i64
        %v914 = arith.subi %size_L, %v1 : i64
        %v915 = arith.minsi %v912, %v914 : i64
        %v916 = arith.addi %v911, %v915 : i64
        %v917 = arith.muli %v908, %v52 : i64
        %v918 = arith.addi %v917, %v531 : i64
        %v919 = llvm.getelementptr %in_x[%v916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v920 = llvm.load %v919 : !llvm.ptr -> f32
        %v921 = arith.addi %v530, %v462 : i64
        %v922 = arith.constant true
        %v923 = llvm.getelementptr %v5[%v921] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v924 = llvm.load %v923 : !llvm.ptr<3> -> i64
        %v925 = arith.addi %v529, %v531 : i64
        %v926 = arith.cmpi slt, %v925, %v40 : i64
        %v927 = arith.subi %size_L, %v1 : i64
        %v928 = arith.minsi %v925, %v927 : i64
        %v929 = arith.addi %v924, %v928 : i64
        %v930 = arith.muli %v921, %v52 : i64
        %v931 = arith.addi %v930, %v531 : i64
        %v932 = llvm.getelementptr %in_x[%v929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v933 = llvm.load %v932 : !llvm.ptr -> f32
        %v934 = arith.addi %v530, %v476 : i64
        %v935 = arith.constant true
        %v936 = llvm.getelementptr %v5[%v934] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v937 = llvm.load %v936 : !llvm.ptr<3> -> i64
        %v938 = arith.addi %v529, %v531 : i64
        %v939 = arith.cmpi slt, %v938, %v40 : i64
        %v940 = arith.subi %size_L, %v1 : i64
        %v941 = arith.minsi %v938, %v940 : i64
        %v942 = arith.addi %v937, %v941 : i64
        %v943 = arith.muli %v934, %v52 : i64
        %v944 = arith.addi %v943, %v531 : i64
        %v945 = llvm.getelementptr %in_x[%v942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v946 = llvm.load %v945 : !llvm.ptr -> f32
        %v947 = arith.index_cast %v30 : i64 to index
        %v948 = arith.index_cast %v528 : i64 to index
        %v949 = arith.index_cast %v1 : i64 to index
        scf.for %v950 = %v947 to %v948 step %v949 {
          %v951 = arith.index_cast %v950 : index to i64
          %v952 = arith.addi %v526, %v951 : i64
          %v962 = arith.muli %v13, %v52 : i64
          %v963 = arith.addi %v962, %v951 : i64
          %v964 = llvm.getelementptr %v6[%v963] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v965 = llvm.load %v964 : !llvm.ptr<3> -> f32
          %v966 = arith.mulf %v961, %v965 fastmath<contract> : f32
          %v967 = llvm.load %v3 : !llvm.ptr -> f32
          %v968 = arith.mulf %v960, %v967 fastmath<contract> : f32
          %v969 = arith.addf %v968, %v966 fastmath<contract> : f32
          %v970 = llvm.load %v4 : !llvm.ptr -> f32
          %v971 = arith.mulf %v960, %v970 fastmath<contract> : f32
          llvm.store %v969, %v3 : f32, !llvm.ptr
          llvm.store %v971, %v4 : f32, !llvm.ptr
        }
        gpu.barrier
        %v972 = arith.divui %v13, %v41 : i64
        %v973 = arith.remui %v13, %v41 : i64
        %v974 = arith.muli %v972, %v52 : i64
        %v975 = arith.addi %v974, %v973 : i64
        %v976 = llvm.getelementptr %v6[%v975] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v543, %v976 : f32, !llvm.ptr<3>
        %v977 = arith.addi %v15, %v13 : i64
        %v978 = arith.divui %v977, %v41 : i64
        %v979 = arith.remui %v977, %v41 : i64
        %v980 = arith.muli %v978, %v52 : i64
        %v981 = arith.addi %v980, %v979 : i64
        %v982 = llvm.getelementptr %v6[%v981] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v556, %v982 : f32, !llvm.ptr<3>
        %v984 = arith.addi %v983, %v13 : i64
        %v985 = arith.divui %v984, %v41 : i64
        %v986 = arith.remui %v984, %v41 : i64
        %v987 = arith.muli %v985, %v52 : i64
        %v988 = arith.addi %v987, %v986 : i64
        %v989 = llvm.getelementptr %v6[%v988] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v569, %v989 : f32, !llvm.ptr<3>
        %v991 = arith.addi %v990, %v13 : i64
        %v992 = arith.divui %v991, %v41 : i64
        %v993 = arith.remui %v991, %v41 : i64
        %v994 = arith.muli %v992, %v52 : i64
        %v995 = arith.addi %v994, %v993 : i64
        %v996 = llvm.getelementptr %v6[%v995] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v582, %v996 : f32, !llvm.ptr<3>
        %v997 = arith.addi %v9, %v13 : i64
        %v998 = arith.divui %v997, %v41 : i64
        %v999 = arith.remui %v997, %v41 : i64
        %v1000 = arith.muli %v998, %v52 : i64
        %v1001 = arith.addi %v1000, %v999 : i64
        %v1002 = llvm.getelementptr %v6[%v1001] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v595, %v1002 : f32, !llvm.ptr<3>
        %v1004 = arith.addi %v1003, %v13 : i64
        %v1005 = arith.divui %v1004, %v41 : i64
        %v1006 = arith.remui %v1004, %v41 : i64
        %v1007 = arith.muli %v1005, %v52 : i64
        %v1008 = arith.addi %v1007, %v1006 : i64
        %v1009 = llvm.getelementptr %v6[%v1008] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v608, %v1009 : f32, !llvm.ptr<3>
        %v1011 = arith.addi %v1010, %v13 : i64
        %v1012 = arith.divui %v1011, %v41 : i64
        %v1013 = arith.remui %v1011, %v41 : i64
        %v1014 = arith.muli %v1012, %v52 : i64
        %v1015 = arith.addi %v1014, %v1013 : i64
        %v1016 = llvm.getelementptr %v6[%v1015] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v621, %v1016 : f32, !llvm.ptr<3>
        %v1018 = arith.addi %v1017, %v13 : i64
        %v1019 = arith.divui %v1018, %v41 : i64
        %v1020 = arith.remui %v1018, %v41 : i64
        %v1021 = arith.muli %v1019, %v52 : i64
        %v1022 = arith.addi %v1021, %v1020 : i64
        %v1023 = llvm.getelementptr %v6[%v1022] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v634, %v1023 : f32, !llvm.ptr<3>
        %v1025 = arith.addi %v1024, %v13 : i64
        %v1026 = arith.divui %v1025, %v41 : i64
        %v1027 = arith.remui %v1025, %v41 : i64
        %v1028 = arith.muli %v1026, %v52 : i64
        %v1029 = arith.addi %v1028, %v1027 : i64
        %v1030 = llvm.getelementptr %v6[%v1029] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v647, %v1030 : f32, !llvm.ptr<3>
        %v1032 = arith.addi %v1031, %v13 : i64
        %v1033 = arith.divui %v1032, %v41 : i64
        %v1034 = arith.remui %v1032, %v41 : i64
        %v1035 = arith.muli %v1033, %v52 : i64
        %v1036 = arith.addi %v1035, %v1034 : i64
        %v1037 = llvm.getelementptr %v6[%v1036] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v660, %v1037 : f32, !llvm.ptr<3>
        %v1039 = arith.addi %v1038, %v13 : i64
        %v1040 = arith.divui %v1039, %v41 : i64
        %v1041 = arith.remui %v1039, %v41 : i64
        %v1042 = arith.muli %v1040, %v52 : i64
        %v1043 = arith.addi %v1042, %v1041 : i64
        %v1044 = llvm.getelementptr %v6[%v1043] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v673, %v1044 : f32, !llvm.ptr<3>
        %v1046 = arith.addi %v1045, %v13 : i64
        %v1047 = arith.divui %v1046, %v41 : i64
        %v1048 = arith.remui %v1046, %v41 : i64
        %v1049 = arith.muli %v1047, %v52 : i64
        %v1050 = arith.addi %v1049, %v1048 : i64
        %v1051 = llvm.getelementptr %v6[%v1050] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v686, %v1051 : f32, !llvm.ptr<3>
        %v1053 = arith.addi %v1052, %v13 : i64
        %v1054 = arith.divui %v1053, %v41 : i64
        %v1055 = arith.remui %v1053, %v41 : i64
        %v1056 = arith.muli %v1054, %v52 : i64
        %v1057 = arith.addi %v1056, %v1055 : i64
        %v1058 = llvm.getelementptr %v6[%v1057] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v699, %v1058 : f32, !llvm.ptr<3>
        %v1060 = arith.addi %v1059, %v13 : i64
        %v1061 = arith.divui %v1060, %v41 : i64
        %v1062 = arith.remui %v1060, %v41 : i64
        %v1063 = arith.muli %v1061, %v52 : i64
        %v1064 = arith.addi %v1063, %v1062 : i64
        %v1065 = llvm.getelementptr %v6[%v1064] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v712, %v1065 : f32, !llvm.ptr<3>
        %v1067 = arith.addi %v1066, %v13 : i64
        %v1068 = arith.divui %v1067, %v41 : i64
        %v1069 = arith.remui %v1067, %v41 : i64
        %v1070 = arith.muli %v1068, %v52 : i64
        %v1071 = arith.addi %v1070, %v1069 : i64
        %v1072 = llvm.getelementptr %v6[%v1071] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v725, %v1072 : f32, !llvm.ptr<3>
        %v1074 = arith.addi %v1073, %v13 : i64
        %v1075 = arith.divui %v1074, %v41 : i64
        %v1076 = arith.remui %v1074, %v41 : i64
        %v1077 = arith.muli %v1075, %v52 : i64
        %v1078 = arith.addi %v1077, %v1076 : i64
        %v1079 = llvm.getelementptr %v6[%v1078] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v738, %v1079 : f32, !llvm.ptr<3>
        %v1081 = arith.addi %v1080, %v13 : i64
        %v1082 = arith.divui %v1081, %v41 : i64
        %v1083 = arith.remui %v1081, %v41 : i64
        %v1084 = arith.muli %v1082, %v52 : i64
        %v1085 = arith.addi %v1084, %v1083 : i64
        %v1086 = llvm.getelementptr %v6[%v1085] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v751, %v1086 : f32, !llvm.ptr<3>
        %v1088 = arith.addi %v1087, %v13 : i64
        %v1089 = arith.divui %v1088, %v41 : i64
        %v1090 = arith.remui %v1088, %v41 : i64
        %v1091 = arith.muli %v1089, %v52 : i64
        %v1092 = arith.addi %v1091, %v1090 : i64
        %v1093 = llvm.getelementptr %v6[%v1092] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v764, %v1093 : f32, !llvm.ptr<3>
        %v1095 = arith.addi %v1094, %v13 : i64
        %v1096 = arith.divui %v1095, %v41 : i64
        %v1097 = arith.remui %v1095, %v41 : i64
        %v1098 = arith.muli %v1096, %v52 : i64
        %v1099 = arith.addi %v1098, %v1097 : i64
        %v1100 = llvm.getelementptr %v6[%v1099] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v777, %v1100 : f32, !llvm.ptr<3>
        %v1102 = arith.addi %v1101, %v13 : i64
        %v1103 = arith.divui %v1102, %v41 : i64
        %v1104 = arith.remui %v1102, %v41 : i64
        %v1105 = arith.muli %v1103, %v52 : i64
        %v1106 = arith.addi %v1105, %v1104 : i64
        %v1107 = llvm.getelementptr %v6[%v1106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v790, %v1107 : f32, !llvm.ptr<3>
        %v1109 = arith.addi %v1108, %v13 : i64
        %v1110 = arith.divui %v1109, %v41 : i64
        %v1111 = arith.remui %v1109, %v41 : i64
        %v1112 = arith.muli %v1110, %v52 : i64
        %v1113 = arith.addi %v1112, %v1111 : i64
        %v1114 = llvm.getelementptr %v6[%v1113] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v803, %v1114 : f32, !llvm.ptr<3>
        %v1116 = arith.addi %v1115, %v13 : i64
        %v1117 = arith.divui %v1116, %v41 : i64
        %v1118 = arith.remui %v1116, %v41 : i64
        %v1119 = arith.muli %v1117, %v52 : i64
        %v1120 = arith.addi %v1119, %v1118 : i64
        %v1121 = llvm.getelementptr %v6[%v1120] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v816, %v1121 : f32, !llvm.ptr<3>
        %v1123 = arith.addi %v1122, %v13 : i64
        %v1124 = arith.divui %v1123, %v41 : i64
        %v1125 = arith.remui %v1123, %v41 : i64
        %v1126 = arith.muli %v1124, %v52 : i64
        %v1127 = arith.addi %v1126, %v1125 : i64
        %v1128 = llvm.getelementptr %v6[%v1127] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v829, %v1128 : f32, !llvm.ptr<3>
        %v1130 = arith.addi %v1129, %v13 : i64
        %v1131 = arith.divui %v1130, %v41 : i64
        %v1132 = arith.remui %v1130, %v41 : i64
        %v1133 = arith.muli %v1131, %v52 : i64
        %v1134 = arith.addi %v1133, %v1132 : i64
        %v1135 = llvm.getelementptr %v6[%v1134] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v842, %v1135 : f32, !llvm.ptr<3>
        %v1137 = arith.addi %v1136, %v13 : i64
        %v1138 = arith.divui %v1137, %v41 : i64
        %v1139 = arith.remui %v1137, %v41 : i64
        %v1140 = arith.muli %v1138, %v52 : i64
        %v1141 = arith.addi %v1140, %v1139 : i64
        %v1142 = llvm.getelementptr %v6[%v1141] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v855, %v1142 : f32, !llvm.ptr<3>
        %v1144 = arith.addi %v1143, %v13 : i64
        %v1145 = arith.divui %v1144, %v41 : i64
        %v1146 = arith.remui %v1144, %v41 : i64
        %v1147 = arith.muli %v1145, %v52 : i64
        %v1148 = arith.addi %v1147, %v1146 : i64
        %v1149 = llvm.getelementptr %v6[%v1148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v868, %v1149 : f32, !llvm.ptr<3>
        %v1151 = arith.addi %v1150, %v13 : i64
        %v1152 = arith.divui %v1151, %v41 : i64
        %v1153 = arith.remui %v1151, %v41 : i64
        %v1154 = arith.muli %v1152, %v52 : i64
        %v1155 = arith.addi %v1154, %v1153 : i64
        %v1156 = llvm.getelementptr %v6[%v1155] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v881, %v1156 : f32, !llvm.ptr<3>
        %v1158 = arith.addi %v1157, %v13 : i64
        %v1159 = arith.divui %v1158, %v41 : i64
        %v1160 = arith.remui %v1158, %v41 : i64
        %v1161 = arith.muli %v1159, %v52 : i64
        %v1162 = arith.addi %v1161, %v1160 : i64
        %v1163 = llvm.getelementptr %v6[%v1162] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v894, %v1163 : f32, !llvm.ptr<3>
        %v1165 = arith.addi %v1164, %v13 : i64
        %v1166 = arith.divui %v1165, %v41 : i64
        %v1167 = arith.remui %v1165, %v41 : i64
        %v1168 = arith.muli %v1166, %v52 : i64
        %v1169 = arith.addi %v1168, %v1167 : i64
        %v1170 = llvm.getelementptr %v6[%v1169] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v907, %v1170 : f32, !llvm.ptr<3>
        %v1172 = arith.addi %v1171, %v13 : i64
        %v1173 = arith.divui %v1172, %v41 : i64
        %v1174 = arith.remui %v1172, %v41 : i64
        %v1175 = arith.muli %v1173, %v52 : i64
        %v1176 = arith.addi %v1175, %v1174 : i64
        %v1177 = llvm.getelementptr %v6[%v1176] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v920, %v1177 : f32, !llvm.ptr<3>
        %v1179 = arith.addi %v1178, %v13 : i64
        %v1180 = arith.divui %v1179, %v41 : i64
        %v1181 = arith.remui %v1179, %v41 : i64
        %v1182 = arith.muli %v1180, %v52 : i64
        %v1183 = arith.addi %v1182, %v1181 : i64
        %v1184 = llvm.getelementptr %v6[%v1183] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v933, %v1184 : f32, !llvm.ptr<3>
        %v1186 = arith.addi %v1185, %v13 : i64
        %v1187 = arith.divui %v1186, %v41 : i64
        %v1188 = arith.remui %v1186, %v41 : i64
        %v1189 = arith.muli %v1187, %v52 : i64
        %v1190 = arith.addi %v1189, %v1188 : i64
        %v1191 = llvm.getelementptr %v6[%v1190] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v946, %v1191 : f32, !llvm.ptr<3>
        gpu.barrier
      }
      scf.if %v23 {
        %v1192 = arith.muli %v19, %v2 : i64
        %v1193 = arith.subi %v2, %v1 : i64
        %v1194 = arith.minsi %v22, %v1193 : i64
        %v1195 = arith.addi %v1192, %v1194 : i64
        %v1196 = llvm.load %v4 : !llvm.ptr -> f32
        %v1197 = llvm.getelementptr %agga_h[%v1195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1196, %v1197 : f32, !llvm.ptr
        %v1198 = llvm.load %v3 : !llvm.ptr -> f32
        %v1199 = llvm.getelementptr %aggb_h[%v1195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1198, %v1199 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
