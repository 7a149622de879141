module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_hgrn_complex_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<320 x i64>
    llvm.mlir.global internal @smem_hgrn_complex_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<10560 x f32>
    gpu.func @hgrn_complex_chunk_reduce(%in_f: !llvm.ptr, %in_c_re: !llvm.ptr, %in_c_im: !llvm.ptr, %in_g_re: !llvm.ptr, %in_g_im: !llvm.ptr, %in_gamma: !llvm.ptr, %in_theta: !llvm.ptr, %agga_h_re: !llvm.ptr, %aggb_h_re: !llvm.ptr, %agga_h_im: !llvm.ptr, %aggb_h_im: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.mlir.addressof @rows_hgrn_complex_chunk_reduce : !llvm.ptr<3>
      %v10 = llvm.mlir.addressof @smem_hgrn_complex_chunk_reduce : !llvm.ptr<3>
      %v11 = arith.constant 255 : i64
      %v12 = arith.addi %size_L, %v11 : i64
      %v13 = arith.constant 256 : i64
      %v14 = arith.divui %v12, %v13 : i64
      %v19 = arith.constant 64 : i64
      %v20 = arith.constant 63 : i64
      %v34 = arith.constant 0 : i64
      %v35 = arith.muli %size_L, %size_D : i64
      %v48 = arith.constant 2 : i64
      %v49 = arith.constant 128 : i64
      %v55 = arith.constant 3 : i64
      %v56 = arith.constant 192 : i64
      %v62 = arith.constant 4 : i64
      %v65 = arith.constant 0x00000000 : f32
      %v66 = arith.constant 0x3F800000 : f32
      %v70 = arith.constant 32 : i64
      %v88 = arith.constant 33 : i64
      %v119 = arith.constant 6 : i64
      %v133 = arith.constant 8 : i64
      %v147 = arith.constant 10 : i64
      %v161 = arith.constant 12 : i64
      %v175 = arith.constant 14 : i64
      %v189 = arith.constant 16 : i64
      %v203 = arith.constant 18 : i64
      %v217 = arith.constant 20 : i64
      %v231 = arith.constant 22 : i64
      %v245 = arith.constant 24 : i64
      %v259 = arith.constant 26 : i64
      %v273 = arith.constant 28 : i64
      %v287 = arith.constant 30 : i64
      %v314 = arith.constant 34 : i64
      %v328 = arith.constant 36 : i64
      %v342 = arith.constant 38 : i64
      %v356 = arith.constant 40 : i64
      %v370 = arith.constant 42 : i64
      %v384 = arith.constant 44 : i64
      %v398 = arith.constant 46 : i64
      %v412 = arith.constant 48 : i64
      %v426 = arith.constant 50 : i64
      %v440 = arith.constant 52 : i64
      %v454 = arith.constant 54 : i64
      %v468 = arith.constant 56 : i64
      %v482 = arith.constant 58 : i64
      %v496 = arith.constant 60 : i64
      %v510 = arith.constant 62 : i64
      %v2494 = arith.constant 0x3FB8AA3B : f32
      %v2503 = arith.constant 0x3E22F983 : f32
      %v2506 = arith.constant 0x40C90000 : f32
      %v2507 = arith.constant 0x3AFDAA22 : f32
      %v15 = gpu.block_id x
      %v16 = gpu.thread_id x
      %v17 = arith.index_cast %v16 : index to i64
      %v18 = arith.index_cast %v15 : index to i64
      %v21 = arith.addi %v2, %v20 : i64
      %v22 = arith.divui %v21, %v19 : i64
      %v23 = arith.divui %v18, %v22 : i64
      %v24 = arith.remui %v18, %v22 : i64
      %v25 = arith.muli %v24, %v19 : i64
      %v26 = arith.addi %v25, %v17 : i64
      %v27 = arith.cmpi slt, %v26, %v2 : i64
      %v28 = arith.subi %v2, %v1 : i64
      %v29 = arith.minsi %v26, %v28 : i64
      %v30 = arith.remui %v29, %size_D : i64
      %v31 = arith.divui %v29, %size_D : i64
      %v32 = arith.remui %v31, %size_B : i64
      %v33 = arith.divui %v31, %size_B : i64
      %v2486 = llvm.getelementptr %in_gamma[%v30] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2487 = llvm.load %v2486 : !llvm.ptr -> f32
      %v2488 = arith.subf %v66, %v2487 fastmath<contract> : f32
      %v2501 = llvm.getelementptr %in_theta[%v30] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2502 = llvm.load %v2501 : !llvm.ptr -> f32
      %v2504 = arith.mulf %v2502, %v2503 fastmath<contract> : f32
      %v2505 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2504) : (f32) -> f32
      %v2508 = arith.mulf %v2505, %v2506 fastmath<contract> : f32
      %v2509 = arith.subf %v2502, %v2508 fastmath<contract> : f32
      %v2510 = arith.mulf %v2505, %v2507 fastmath<contract> : f32
      %v2511 = arith.subf %v2509, %v2510 fastmath<contract> : f32
      %v2512 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2511) : (f32) -> f32
      %v2530 = arith.mulf %v2502, %v2503 fastmath<contract> : f32
      %v2531 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2530) : (f32) -> f32
      %v2532 = arith.mulf %v2531, %v2506 fastmath<contract> : f32
      %v2533 = arith.subf %v2502, %v2532 fastmath<contract> : f32
      %v2534 = arith.mulf %v2531, %v2507 fastmath<contract> : f32
      %v2535 = arith.subf %v2533, %v2534 fastmath<contract> : f32
      %v2536 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2535) : (f32) -> f32
      %v36 = arith.muli %v32, %v35 : i64
      %v37 = arith.muli %v30, %size_L : i64
      %v38 = arith.addi %v36, %v37 : i64
      %v39 = llvm.getelementptr %v9[%v17] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v38, %v39 : i64, !llvm.ptr<3>
      %v40 = arith.muli %v32, %v35 : i64
      %v41 = arith.muli %v30, %size_L : i64
      %v42 = arith.addi %v40, %v41 : i64
      %v43 = arith.addi %v19, %v17 : i64
      %v44 = llvm.getelementptr %v9[%v43] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v42, %v44 : i64, !llvm.ptr<3>
      %v45 = arith.muli %v32, %v35 : i64
      %v46 = arith.muli %v30, %size_L : i64
      %v47 = arith.addi %v45, %v46 : i64
      %v50 = arith.addi %v49, %v17 : i64
      %v51 = llvm.getelementptr %v9[%v50] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v47, %v51 : i64, !llvm.ptr<3>
      %v52 = arith.muli %v32, %v35 : i64
      %v53 = arith.muli %v30, %size_L : i64
      %v54 = arith.addi %v52, %v53 : i64
      %v57 = arith.addi %v56, %v17 : i64
      %v58 = llvm.getelementptr %v9[%v57] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v54, %v58 : i64, !llvm.ptr<3>
      %v59 = arith.muli %v32, %v35 : i64
      %v60 = arith.muli %v30, %size_L : i64
      %v61 = arith.addi %v59, %v60 : i64
      %v63 = arith.addi %v13, %v17 : i64
      %v64 = llvm.getelementptr %v9[%v63] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v61, %v64 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v65, %v3 : f32, !llvm.ptr
      llvm.store %v65, %v4 : f32, !llvm.ptr
      llvm.store %v66, %v5 : f32, !llvm.ptr
      llvm.store %v65, %v6 : f32, !llvm.ptr
      llvm.store %v65, %v7 : f32, !llvm.ptr
      llvm.store %v66, %v8 : f32, !llvm.ptr
      %v67 = arith.muli %v23, %v13 : i64
      %v68 = arith.addi %v67, %v13 : i64
      %v69 = arith.minsi %v68, %size_L : i64
      %v71 = arith.index_cast %v67 : i64 to index
      %v72 = arith.index_cast %v69 : i64 to index
      %v73 = arith.index_cast %v70 : i64 to index
      scf.for %v74 = %v71 to %v72 step %v73 {
        %v75 = arith.index_cast %v74 : index to i64
        %v76 = arith.subi %v69, %v75 : i64
        %v77 = arith.minsi %v76, %v70 : i64
        %v78 = arith.divui %v17, %v70 : i64
        %v79 = arith.remui %v17, %v70 : i64
        %v80 = arith.constant true
        %v81 = llvm.getelementptr %v9[%v78] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v82 = llvm.load %v81 : !llvm.ptr<3> -> i64
        %v83 = arith.addi %v75, %v79 : i64
        %v84 = arith.cmpi slt, %v83, %v69 : i64
        %v85 = arith.subi %size_L, %v1 : i64
        %v86 = arith.minsi %v83, %v85 : i64
        %v87 = arith.addi %v82, %v86 : i64
        %v89 = arith.muli %v78, %v88 : i64
        %v90 = arith.addi %v89, %v79 : i64
        %v91 = llvm.getelementptr %in_f[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v92 = llvm.load %v91 : !llvm.ptr -> f32
        %v93 = arith.addi %v78, %v48 : i64
        %v94 = arith.constant true
        %v95 = llvm.getelementptr %v9[%v93] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v96 = llvm.load %v95 : !llvm.ptr<3> -> i64
        %v97 = arith.addi %v75, %v79 : i64
        %v98 = arith.cmpi slt, %v97, %v69 : i64
        %v99 = arith.subi %size_L, %v1 : i64
        %v100 = arith.minsi %v97, %v99 : i64
        %v101 = arith.addi %v96, %v100 : i64
        %v102 = arith.muli %v93, %v88 : i64
        %v103 = arith.addi %v102, %v79 : i64
        %v104 = llvm.getelementptr %in_f[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v105 = llvm.load %v104 : !llvm.ptr -> f32
        %v106 = arith.addi %v78, %v62 : i64
        %v107 = arith.constant true
        %v108 = llvm.getelementptr %v9[%v106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v109 = llvm.load %v108 : !llvm.ptr<3> -> i64
        %v110 = arith.addi %v75, %v79 : i64
        %v111 = arith.cmpi slt, %v110, %v69 : i64
        %v112 = arith.subi %size_L, %v1 : i64
        %v113 = arith.minsi %v110, %v112 : i64
        %v114 = arith.addi %v109, %v113 : i64
        %v115 = arith.muli %v106, %v88 : i64
        %v116 = arith.addi %v115, %v79 : i64
        %v117 = llvm.getelementptr %in_f[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v118 = llvm.load %v117 : !llvm.ptr -> f32
        %v120 = arith.addi %v78, %v119 : i64
        %v121 = arith.constant true
        %v122 = llvm.getelementptr %v9[%v120] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v123 = llvm.load %v122 : !llvm.ptr<3> -> i64
        %v124 = arith.addi %v75, %v79 : i64
        %v125 = arith.cmpi slt, %v124, %v69 : i64
        %v126 = arith.subi %size_L, %v1 : i64
        %v127 = arith.minsi %v124, %v126 : i64
        %v128 = arith.addi %v123, %v127 : i64
        %v129 = arith.muli %v120, %v88 : i64
        %v130 = arith.addi %v129, %v79 : i64
        %v131 = llvm.getelementptr %in_f[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v132 = llvm.load %v131 : !llvm.ptr -> f32
        %v134 = arith.addi %v78, %v133 : i64
        %v135 = arith.constant true
        %v136 = llvm.getelementptr %v9[%v134] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v137 = llvm.load %v136 : !llvm.ptr<3> -> i64
        %v138 = arith.addi %v75, %v79 : i64
        %v139 = arith.cmpi slt, %v138, %v69 : i64
        %v140 = arith.subi %size_L, %v1 : i64
        %v141 = arith.minsi %v138, %v140 : i64
        %v142 = arith.addi %v137, %v141 : i64
        %v143 = arith.muli %v134, %v88 : i64
        %v144 = arith.addi %v143, %v79 : i64
        %v145 = llvm.getelementptr %in_f[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v146 = llvm.load %v145 : !llvm.ptr -> f32
        %v148 = arith.addi %v78, %v147 : i64
        %v149 = arith.constant true
        %v150 = llvm.getelementptr %v9[%v148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v151 = llvm.load %v150 : !llvm.ptr<3> -> i64
        %v152 = arith.addi %v75, %v79 : i64
        %v153 = arith.cmpi slt, %v152, %v69 : i64
        %v154 = arith.subi %size_L, %v1 : i64
        %v155 = arith.minsi %v152, %v154 : i64
        %v156 = arith.addi %v151, %v155 : i64
        %v157 = arith.muli %v148, %v88 : i64
        %v158 = arith.addi %v157, %v79 : i64
        %v159 = llvm.getelementptr %in_f[%v156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v160 = llvm.load %v159 : !llvm.ptr -> f32
        %v162 = arith.addi %v78, %v161 : i64
        %v163 = arith.constant true
        %v164 = llvm.getelementptr %v9[%v162] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v165 = llvm.load %v164 : !llvm.ptr<3> -> i64
        %v166 = arith.addi %v75, %v79 : i64
        %v167 = arith.cmpi slt, %v166, %v69 : i64
        %v168 = arith.subi %size_L, %v1 : i64
        %v169 = arith.minsi %v166, %v168 : i64
        %v170 = arith.addi %v165, %v169 : i64
        %v171 = arith.muli %v162, %v88 : i64
        %v172 = arith.addi %v171, %v79 : i64
        %v173 = llvm.getelementptr %in_f[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v174 = llvm.load %v173 : !llvm.ptr -> f32
        %v176 = arith.addi %v78, %v175 : i64
        %v177 = arith.constant true
        %v178 = llvm.getelementptr %v9[%v176] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v179 = llvm.load %v178 : !llvm.ptr<3> -> i64
        %v180 = arith.addi %v75, %v79 : i64
        %v181 = arith.cmpi slt, %v180, %v69 : i64
        %v182 = arith.subi %size_L, %v1 : i64
        %v183 = arith.minsi %v180, %v182 : i64
        %v184 = arith.addi %v179, %v183 : i64
        %v185 = arith.muli %v176, %v88 : i64
        %v186 = arith.addi %v185, %v79 : i64
        %v187 = llvm.getelementptr %in_f[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v188 = llvm.load %v187 : !llvm.ptr -> f32
        %v190 = arith.addi %v78, %v189 : i64
        %v191 = arith.constant true
        %v192 = llvm.getelementptr %v9[%v190] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v193 = llvm.load %v192 : !llvm.ptr<3> -> i64
        %v194 = arith.addi %v75, %v79 : i64
        %v195 = arith.cmpi slt, %v194, %v69 : i64
        %v196 = arith.subi %size_L, %v1 : i64
        %v197 = arith.minsi %v194, %v196 : i64
        %v198 = arith.addi %v193, %v197 : i64
        %v199 = arith.muli %v190, %v88 : i64
        %v200 = arith.addi %v199, %v79 : i64
        %v201 = llvm.getelementptr %in_f[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v202 = llvm.load %v201 : !llvm.ptr -> f32
        %v204 = arith.addi %v78, %v203 : i64
        %v205 = arith.constant true
        %v206 = llvm.getelementptr %v9[%v204] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v207 = llvm.load %v206 : !llvm.ptr<3> -> i64
        %v208 = arith.addi %v75, %v79 : i64
        %v209 = arith.cmpi slt, %v208, %v69 : i64
        %v210 = arith.subi %size_L, %v1 : i64
        %v211 = arith.minsi %v208, %v210 : i64
        %v212 = arith.addi %v207, %v211 : i64
        %v213 = arith.muli %v204, %v88 : i64
        %v214 = arith.addi %v213, %v79 : i64
        %v215 = llvm.getelementptr %in_f[%v212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v216 = llvm.load %v215 : !llvm.ptr -> f32
        %v218 = arith.addi %v78, %v217 : i64
        %v219 = arith.constant true
        %v220 = llvm.getelementptr %v9[%v218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v221 = llvm.load %v220 : !llvm.ptr<3> -> i64
        %v222 = arith.addi %v75, %v79 : i64
        %v223 = arith.cmpi slt, %v222, %v69 : i64
        %v224 = arith.subi %size_L, %v1 : i64
        %v225 = arith.minsi %v222, %v224 : i64
        %v226 = arith.addi %v221, %v225 : i64
        %v227 = arith.muli %v218, %v88 : i64
        %v228 = arith.addi %v227, %v79 : i64
        %v229 = llvm.getelementptr %in_f[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v230 = llvm.load %v229 : !llvm.ptr -> f32
        %v232 = arith.addi %v78, %v231 : i64
        %v233 = arith.constant true
        %v234 = llvm.getelementptr %v9[%v232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v235 = llvm.load %v234 : !llvm.ptr<3> -> i64
        %v236 = arith.addi %v75, %v79 : i64
        %v237 = arith.cmpi slt, %v236, %v69 : i64
        %v238 = arith.subi %size_L, %v1 : i64
        %v239 = arith.minsi %v236, %v238 : i64
        %v240 = arith.addi %v235, %v239 : i64
        %v241 = arith.muli %v232, %v88 : i64
        %v242 = arith.addi %v241, %v79 : i64
        %v243 = llvm.getelementptr %in_f[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v244 = llvm.load %v243 : !llvm.ptr -> f32
        %v246 = arith.addi %v78, %v245 : i64
        %v247 = arith.constant true
        %v248 = llvm.getelementptr %v9[%v246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v249 = llvm.load %v248 : !llvm.ptr<3> -> i64
        %v250 = arith.addi %v75, %v79 : i64
        %v251 = arith.cmpi slt, %v250, %v69 : i64
        %v252 = arith.subi %size_L, %v1 : i64
        %v253 = arith.minsi %v250, %v252 : i64
        %v254 = arith.addi %v249, %v253 : i64
        %v255 = arith.muli %v246, %v88 : i64
        %v256 = arith.addi %v255, %v79 : i64
        %v257 = llvm.getelementptr %in_f[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v258 = llvm.load %v257 : !llvm.ptr -> f32
        %v260 = arith.addi %v78, %v259 : i64
        %v261 = arith.constant true
        %v262 = llvm.getelementptr %v9[%v260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v263 = llvm.load %v262 : !llvm.ptr<3> -> i64
        %v264 = arith.addi %v75, %v79 : i64
        %v265 = arith.cmpi slt, %v264, %v69 : i64
        %v266 = arith.subi %size_L, %v1 : i64
        %v267 = arith.minsi %v264, %v266 : i64
        %v268 = arith.addi %v263, %v267 : i64
        %v269 = arith.muli %v260, %v88 : i64
        %v270 = arith.addi %v269, %v79 : i64
        %v271 = llvm.getelementptr %in_f[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v272 = llvm.load %v271 : !llvm.ptr -> f32
        %v274 = arith.addi %v78, %v273 : i64
        %v275 = arith.constant true
        %v276 = llvm.getelementptr %v9[%v274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v277 = llvm.load %v276 : !llvm.ptr<3> -> i64
        %v278 = arith.addi %v75, %v79 : i64
        %v279 = arith.cmpi slt, %v278, %v69 : i64
        %v280 = arith.subi %size_L, %v1 : i64
        %v281 = arith.minsi %v278, %v280 : i64
        %v282 = arith.addi %v277, %v281 : i64
        %v283 = arith.muli %v274, %v88 : i64
        %v284 = arith.addi %v283, %v79 : i64
        %v285 = llvm.getelementptr %in_f[%v282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v286 = llvm.load %v285 : !llvm.ptr -> f32
        %v288 = arith.addi %v78, %v287 : i64
        %v289 = arith.constant true
        %v290 = llvm.getelementptr %v9[%v288] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v291 = llvm.load %v290 : !llvm.ptr<3> -> i64
        %v292 = arith.addi %v75, %v79 : i64
        %v293 = arith.cmpi slt, %v292, %v69 : i64
        %v294 = arith.subi %size_L, %v1 : i64
        %v295 = arith.minsi %v292, %v294 : i64
        %v296 = arith.addi %v291, %v295 : i64
        %v297 = arith.muli %v288, %v88 : i64
        %v298 = arith.addi %v297, %v79 : i64
        %v299 = llvm.getelementptr %in_f[%v296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v300 = llvm.load %v299 : !llvm.ptr -> f32
        %v301 = arith.addi %v78, %v70 : i64
        %v302 = arith.constant true
        %v303 = llvm.getelementptr %v9[%v301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v304 = llvm.load %v303 : !llvm.ptr<3> -> i64
        %v305 = arith.addi %v75, %v79 : i64
        %v306 = arith.cmpi slt, %v305, %v69 : i64
        %v307 = arith.subi %size_L, %v1 : i64
        %v308 = arith.minsi %v305, %v307 : i64
        %v309 = arith.addi %v304, %v308 : i64
        %v310 = arith.muli %v301, %v88 : i64
        %v311 = arith.addi %v310, %v79 : i64
        %v312 = llvm.getelementptr %in_f[%v309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v313 = llvm.load %v312 : !llvm.ptr -> f32
        %v315 = arith.addi %v78, %v314 : i64
        %v316 = arith.constant true
        %v317 = llvm.getelementptr %v9[%v315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v318 = llvm.load %v317 : !llvm.ptr<3> -> i64
        %v319 = arith.addi %v75, %v79 : i64
        %v320 = arith.cmpi slt, %v319, %v69 : i64
        %v321 = arith.subi %size_L, %v1 : i64
        %v322 = arith.minsi %v319, %v321 : i64
        %v323 = arith.addi %v318, %v322 : i64
        %v324 = arith.muli %v315, %v88 : i64
        %v325 = arith.addi %v324, %v79 : i64
        %v326 = llvm.getelementptr %in_f[%v323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v327 = llvm.load %v326 : !llvm.ptr -> f32
        %v329 = arith.addi %v78, %v328 : i64
        %v330 = arith.constant true
        %v331 = llvm.getelementptr %v9[%v329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v332 = llvm.load %v331 : !llvm.ptr<3> -> i64
        %v333 = arith.addi %v75, %v79 : i64
        %v334 = arith.cmpi slt, %v333, %v69 : i64
        %v335 = arith.subi %size_L, %v1 : i64
        %v336 = arith.minsi %v333, %v335 : i64
        %v337 = arith.addi %v332, %v336 : i64
        %v338 = arith.muli %v329, %v88 : i64
        %v339 = arith.addi %v338, %v79 : i64
        %v340 = llvm.getelementptr %in_f[%v337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v341 = llvm.load %v340 : !llvm.ptr -> f32
        %v343 = arith.addi %v78, %v342 : i64
        %v344 = arith.constant true
        %v345 = llvm.getelementptr %v9[%v343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v346 = llvm.load %v345 : !llvm.ptr<3> -> i64
        %v347 = arith.addi %v75, %v79 : i64
        %v348 = arith.cmpi slt, %v347, %v69 : i64
        %v349 = arith.subi %size_L, %v1 : i64
        %v350 = arith.minsi %v347, %v349 : i64
        %v351 = arith.addi %v346, %v350 : i64
        %v352 = arith.muli %v343, %v88 : i64
        %v353 = arith.addi %v352, %v79 : i64
        %v354 = llvm.getelementptr %in_f[%v351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v355 = llvm.load %v354 : !llvm.ptr -> f32
        %v357 = arith.addi %v78, %v356 : i64
        %v358 = arith.constant true
        %v359 = llvm.getelementptr %v9[%v357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v360 = llvm.load %v359 : !llvm.ptr<3> -> i64
        %v361 = arith.addi %v75, %v79 : i64
        %v362 = arith.cmpi slt, %v361, %v69 : i64
        %v363 = arith.subi %size_L, %v1 : i64
        %v364 = arith.minsi %v361, %v363 : i64
        %v365 = arith.addi %v360, %v364 : i64
        %v366 = arith.muli %v357, %v88 : i64
        %v367 = arith.addi %v366, %v79 : i64
        %v368 = llvm.getelementptr %in_f[%v365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v369 = llvm.load %v368 : !llvm.ptr -> f32
        %v371 = arith.addi %v78, %v370 : i64
        %v372 = arith.constant true
        %v373 = llvm.getelementptr %v9[%v371] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v374 = llvm.load %v373 : !llvm.ptr<3> -> i64
        %v375 = arith.addi %v75, %v79 : i64
        %v376 = arith.cmpi slt, %v375, %v69 : i64
        %v377 = arith.subi %size_L, %v1 : i64
        %v378 = arith.minsi %v375, %v377 : i64
        %v379 = arith.addi %v374, %v378 : i64
        %v380 = arith.muli %v371, %v88 : i64
        %v381 = arith.addi %v380, %v79 : i64
        %v382 = llvm.getelementptr %in_f[%v379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v383 = llvm.load %v382 : !llvm.ptr -> f32
        %v385 = arith.addi %v78, %v384 : i64
        %v386 = arith.constant true
        %v387 = llvm.getelementptr %v9[%v385] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v388 = llvm.load %v387 : !llvm.ptr<3> -> i64
        %v389 = arith.addi %v75, %v79 : i64
        %v390 = arith.cmpi slt, %v389, %v69 : i64
        %v391 = arith.subi %size_L, %v1 : i64
        %v392 = arith.minsi %v389, %v391 : i64
        %v393 = arith.addi %v388, %v392 : i64
        %v394 = arith.muli %v385, %v88 : i64
        %v395 = arith.addi %v394, %v79 : i64
        %v396 = llvm.getelementptr %in_f[%v393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v397 = llvm.load %v396 : !llvm.ptr -> f32
        %v399 = arith.addi %v78, %v398 : i64
        %v400 = arith.constant true
        %v401 = llvm.getelementptr %v9[%v399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v402 = llvm.load %v401 : !llvm.ptr<3> -> i64
        %v403 = arith.addi %v75, %v79 : i64
        %v404 = arith.cmpi slt, %v403, %v69 : i64
        %v405 = arith.subi %size_L, %v1 : i64
        %v406 = arith.minsi %v403, %v405 : i64
        %v407 = arith.addi %v402, %v406 : i64
        %v408 = arith.muli %v399, %v88 : i64
        %v409 = arith.addi %v408, %v79 : i64
        %v410 = llvm.getelementptr %in_f[%v407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v411 = llvm.load %v410 : !llvm.ptr -> f32
        %v413 = arith.addi %v78, %v412 : i64
        %v414 = arith.constant true
        %v415 = llvm.getelementptr %v9[%v413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v416 = llvm.load %v415 : !llvm.ptr<3> -> i64
        %v417 = arith.addi %v75, %v79 : i64
        %v418 = arith.cmpi slt, %v417, %v69 : i64
        %v419 = arith.subi %size_L, %v1 : i64
        %v420 = arith.minsi %v417, %v419 : i64
        %v421 = arith.addi %v416, %v420 : i64
        %v422 = arith.muli %v413, %v88 : i64
        %v423 = arith.addi %v422, %v79 : i64
        %v424 = llvm.getelementptr %in_f[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v425 = llvm.load %v424 : !llvm.ptr -> f32
        %v427 = arith.addi %v78, %v426 : i64
        %v428 = arith.constant true
        %v429 = llvm.getelementptr %v9[%v427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v430 = llvm.load %v429 : !llvm.ptr<3> -> i64
        %v431 = arith.addi %v75, %v79 : i64
        %v432 = arith.cmpi slt, %v431, %v69 : i64
        %v433 = arith.subi %size_L, %v1 : i64
        %v434 = arith.minsi %v431, %v433 : i64
        %v435 = arith.addi %v430, %v434 : i64
        %v436 = arith.muli %v427, %v88 : i64
        %v437 = arith.addi %v436, %v79 : i64
        %v438 = llvm.getelementptr %in_f[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v439 = llvm.load %v438 : !llvm.ptr -> f32
        %v441 = arith.addi %v78, %v440 : i64
        %v442 = arith.constant true
        %v443 = llvm.getelementptr %v9[%v441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v444 = llvm.load %v443 : !llvm.ptr<3> -> i64
        %v445 = arith.addi %v75, %v79 : i64
        %v446 = arith.cmpi slt, %v445, %v69 : i64
        %v447 = arith.subi %size_L, %v1 : i64
        %v448 = arith.minsi %v445, %v447 : i64
        %v449 = arith.addi %v444, %v448 : i64
        %v450 = arith.muli %v441, %v88 : i64
        %v451 = arith.addi %v450, %v79 : i64
        %v452 = llvm.getelementptr %in_f[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v453 = llvm.load %v452 : !llvm.ptr -> f32
        %v455 = arith.addi %v78, %v454 : i64
        %v456 = arith.constant true
        %v457 = llvm.getelementptr %v9[%v455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v458 = llvm.load %v457 : !llvm.ptr<3> -> i64
        %v459 = arith.addi %v75, %v79 : i64
        %v460 = arith.cmpi slt, %v459, %v69 : i64
        %v461 = arith.subi %size_L, %v1 : i64
        %v462 = arith.minsi %v459, %v461 : i64
        %v463 = arith.addi %v458, %v462 : i64
        %v464 = arith.muli %v455, %v88 : i64
        %v465 = arith.addi %v464, %v79 : i64
        %v466 = llvm.getelementptr %in_f[%v463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v467 = llvm.load %v466 : !llvm.ptr -> f32
        %v469 = arith.addi %v78, %v468 : i64
        %v470 = arith.constant true
        %v471 = llvm.getelementptr %v9[%v469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v472 = llvm.load %v471 : !llvm.ptr<3> -> i64
        %v473 = arith.addi %v75, %v79 : i64
        %v474 = arith.cmpi slt, %v473, %v69 : i64
        %v475 = arith.subi %size_L, %v1 : i64
        %v476 = arith.minsi %v473, %v475 : i64
        %v477 = arith.addi %v472, %v476 : i64
        %v478 = arith.muli %v469, %v88 : i64
        %v479 = arith.addi %v478, %v79 : i64
        %v480 = llvm.getelementptr %in_f[%v477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v481 = llvm.load %v480 : !llvm.ptr -> f32
        %v483 = arith.addi %v78, %v482 : i64
        %v484 = arith.constant true
        %v485 = llvm.getelementptr %v9[%v483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v486 = llvm.load %v485 : !llvm.ptr<3> -> i64
        %v487 = arith.addi %v75, %v79 : i64
        %v488 = arith.cmpi slt, %v487, %v69 : i64
        %v489 = arith.subi %size_L, %v1 : i64
        %v490 = arith.minsi %v487, %v489 : i64
        %v491 = arith.addi %v486, %v490 : i64
        %v492 = arith.muli %v483, %v88 : i64
        %v493 = arith.addi %v492, %v79 : i64
        %v494 = llvm.getelementptr %in_f[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v495 = llvm.load %v494 : !llvm.ptr -> f32
        %v497 = arith.addi %v78, %v496 : i64
        %v498 = arith.constant true
        %v499 = llvm.getelementptr %v9[%v497] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v500 = llvm.load %v499 : !llvm.ptr<3> -> i64
        %v501 = arith.addi %v75, %v79 : i64
        %v502 = arith.cmpi slt, %v501, %v69 : i64
        %v503 = arith.subi %size_L, %v1 : i64
        %v504 = arith.minsi %v501, %v503 : i64
        %v505 = arith.addi %v500, %v504 : i64
        %v506 = arith.muli %v497, %v88 : i64
        %v507 = arith.addi %v506, %v79 : i64
        %v508 = llvm.getelementptr %in_f[%v505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v509 = llvm.load %v508 : !llvm.ptr -> f32
        %v511 = arith.addi %v78, %v510 : i64
        %v512 = arith.constant true
        %v513 = llvm.getelementptr %v9[%v511] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v514 = llvm.load %v513 : !llvm.ptr<3> -> i64
        %v515 = arith.addi %v75, %v79 : i64
        %v516 = arith.cmpi slt, %v515, %v69 : i64
        %v517 = arith.subi %size_L, %v1 : i64
        %v518 = arith.minsi %v515, %v517 : i64
        %v519 = arith.addi %v514, %v518 : i64
        %v520 = arith.muli %v511, %v88 : i64
        %v521 = arith.addi %v520, %v79 : i64
        %v522 = llvm.getelementptr %in_f[%v519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v523 = llvm.load %v522 : !llvm.ptr -> f32
        scf.if %v80 {
          %v524 = llvm.getelementptr %v10[%v90] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v92, %v524 : f32, !llvm.ptr<3>
        }
        scf.if %v94 {
          %v525 = llvm.getelementptr %v10[%v103] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v105, %v525 : f32, !llvm.ptr<3>
        }
        scf.if %v107 {
          %v526 = llvm.getelementptr %v10[%v116] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v118, %v526 : f32, !llvm.ptr<3>
        }
        scf.if %v121 {
          %v527 = llvm.getelementptr %v10[%v130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v132, %v527 : f32, !llvm.ptr<3>
        }
        scf.if %v135 {
          %v528 = llvm.getelementptr %v10[%v144] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v146, %v528 : f32, !llvm.ptr<3>
        }
        scf.if %v149 {
          %v529 = llvm.getelementptr %v10[%v158] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v160, %v529 : f32, !llvm.ptr<3>
        }
        scf.if %v163 {
          %v530 = llvm.getelementptr %v10[%v172] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v174, %v530 : f32, !llvm.ptr<3>
        }
        scf.if %v177 {
          %v531 = llvm.getelementptr %v10[%v186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v188, %v531 : f32, !llvm.ptr<3>
        }
        scf.if %v191 {
          %v532 = llvm.getelementptr %v10[%v200] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v202, %v532 : f32, !llvm.ptr<3>
        }
        scf.if %v205 {
          %v533 = llvm.getelementptr %v10[%v214] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v216, %v533 : f32, !llvm.ptr<3>
        }
        scf.if %v219 {
          %v534 = llvm.getelementptr %v10[%v228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v230, %v534 : f32, !llvm.ptr<3>
        }
        scf.if %v233 {
          %v535 = llvm.getelementptr %v10[%v242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v244, %v535 : f32, !llvm.ptr<3>
        }
        scf.if %v247 {
          %v536 = llvm.getelementptr %v10[%v256] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v258, %v536 : f32, !llvm.ptr<3>
        }
        scf.if %v261 {
          %v537 = llvm.getelementptr %v10[%v270] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v272, %v537 : f32, !llvm.ptr<3>
        }
        scf.if %v275 {
          %v538 = llvm.getelementptr %v10[%v284] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v286, %v538 : f32, !llvm.ptr<3>
        }
        scf.if %v289 {
          %v539 = llvm.getelementptr %v10[%v298] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v300, %v539 : f32, !llvm.ptr<3>
        }
        scf.if %v302 {
          %v540 = llvm.getelementptr %v10[%v311] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v313, %v540 : f32, !llvm.ptr<3>
        }
        scf.if %v316 {
          %v541 = llvm.getelementptr %v10[%v325] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v327, %v541 : f32, !llvm.ptr<3>
        }
        scf.if %v330 {
          %v542 = llvm.getelementptr %v10[%v339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v341, %v542 : f32, !llvm.ptr<3>
        }
        scf.if %v344 {
          %v543 = llvm.getelementptr %v10[%v353] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v355, %v543 : f32, !llvm.ptr<3>
        }
        scf.if %v358 {
          %v544 = llvm.getelementptr %v10[%v367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v369, %v544 : f32, !llvm.ptr<3>
        }
        scf.if %v372 {
          %v545 = llvm.getelementptr %v10[%v381] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v383, %v545 : f32, !llvm.ptr<3>
        }
        scf.if %v386 {
          %v546 = llvm.getelementptr %v10[%v395] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v397, %v546 : f32, !llvm.ptr<3>
        }
        scf.if %v400 {
          %v547 = llvm.getelementptr %v10[%v409] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v411, %v547 : f32, !llvm.ptr<3>
        }
        scf.if %v414 {
          %v548 = llvm.getelementptr %v10[%v423] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v425, %v548 : f32, !llvm.ptr<3>
        }
        scf.if %v428 {
          %v549 = llvm.getelementptr %v10[%v437] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v439, %v549 : f32, !llvm.ptr<3>
        }
        scf.if %v442 {
          %v550 = llvm.getelementptr %v10[%v451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v453, %v550 : f32, !llvm.ptr<3>
        }
        scf.if %v456 {
          %v551 = llvm.getelementptr %v10[%v465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v467, %v551 : f32, !llvm.ptr<3>
        }
        scf.if %v470 {
          %v552 = llvm.getelementptr %v10[%v479] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v481, %v552 : f32, !llvm.ptr<3>
        }
        scf.if %v484 {
          %v553 = llvm.getelementptr %v10[%v493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v495, %v553 : f32, !llvm.ptr<3>
        }
        scf.if %v498 {
          %v554 = llvm.getelementptr %v10[%v507] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v509, %v554 : f32, !llvm.ptr<3>
        }
        scf.if %v512 {
          %v555 = llvm.getelementptr %v10[%v521] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v523, %v555 : f32, !llvm.ptr<3>
        }
        %v556 = arith.divui %v17, %v70 : i64
        %v557 = arith.remui %v17, %v70 : i64
        %v558 = arith.constant true
        %v559 = arith.addi %v19, %v556 : i64
        %v560 = llvm.getelementptr %v9[%v559] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v561 = llvm.load %v560 : !llvm.ptr<3> -> i64
        %v562 = arith.addi %v75, %v557 : i64
        %v563 = arith.cmpi slt, %v562, %v69 : i64
        %v564 = arith.subi %size_L, %v1 : i64
        %v565 = arith.minsi %v562, %v564 : i64
        %v566 = arith.addi %v561, %v565 : i64
        %v567 = arith.muli %v559, %v88 : i64
        %v568 = arith.addi %v567, %v557 : i64
        %v569 = llvm.getelementptr %in_c_re[%v566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v570 = llvm.load %v569 : !llvm.ptr -> f32
        %v571 = arith.addi %v556, %v48 : i64
        %v572 = arith.constant true
        %v573 = arith.addi %v19, %v571 : i64
        %v574 = llvm.getelementptr %v9[%v573] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v575 = llvm.load %v574 : !llvm.ptr<3> -> i64
        %v576 = arith.addi %v75, %v557 : i64
        %v577 = arith.cmpi slt, %v576, %v69 : i64
        %v578 = arith.subi %size_L, %v1 : i64
        %v579 = arith.minsi %v576, %v578 : i64
        %v580 = arith.addi %v575, %v579 : i64
        %v581 = arith.muli %v573, %v88 : i64
        %v582 = arith.addi %v581, %v557 : i64
        %v583 = llvm.getelementptr %in_c_re[%v580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v584 = llvm.load %v583 : !llvm.ptr -> f32
        %v585 = arith.addi %v556, %v62 : i64
        %v586 = arith.constant true
        %v587 = arith.addi %v19, %v585 : i64
        %v588 = llvm.getelementptr %v9[%v587] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v589 = llvm.load %v588 : !llvm.ptr<3> -> i64
        %v590 = arith.addi %v75, %v557 : i64
        %v591 = arith.cmpi slt, %v590, %v69 : i64
        %v592 = arith.subi %size_L, %v1 : i64
        %v593 = arith.minsi %v590, %v592 : i64
        %v594 = arith.addi %v589, %v593 : i64
        %v595 = arith.muli %v587, %v88 : i64
        %v596 = arith.addi %v595, %v557 : i64
        %v597 = llvm.getelementptr %in_c_re[%v594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v598 = llvm.load %v597 : !llvm.ptr -> f32
        %v599 = arith.addi %v556, %v119 : i64
        %v600 = arith.constant true
        %v601 = arith.addi %v19, %v599 : i64
        %v602 = llvm.getelementptr %v9[%v601] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v603 = llvm.load %v602 : !llvm.ptr<3> -> i64
        %v604 = arith.addi %v75, %v557 : i64
        %v605 = arith.cmpi slt, %v604, %v69 : i64
        %v606 = arith.subi %size_L, %v1 : i64
        %v607 = arith.minsi %v604, %v606 : i64
        %v608 = arith.addi %v603, %v607 : i64
        %v609 = arith.muli %v601, %v88 : i64
        %v610 = arith.addi %v609, %v557 : i64
        %v611 = llvm.getelementptr %in_c_re[%v608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v612 = llvm.load %v611 : !llvm.ptr -> f32
        %v613 = arith.addi %v556, %v133 : i64
        %v614 = arith.constant true
        %v615 = arith.addi %v19, %v613 : i64
        %v616 = llvm.getelementptr %v9[%v615] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v617 = llvm.load %v616 : !llvm.ptr<3> -> i64
        %v618 = arith.addi %v75, %v557 : i64
        %v619 = arith.cmpi slt, %v618, %v69 : i64
        %v620 = arith.subi %size_L, %v1 : i64
        %v621 = arith.minsi %v618, %v620 : i64
        %v622 = arith.addi %v617, %v621 : i64
        %v623 = arith.muli %v615, %v88 : i64
        %v624 = arith.addi %v623, %v557 : i64
        %v625 = llvm.getelementptr %in_c_re[%v622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v626 = llvm.load %v625 : !llvm.ptr -> f32
        %v627 = arith.addi %v556, %v147 : i64
        %v628 = arith.constant true
        %v629 = arith.addi %v19, %v627 : i64
        %v630 = llvm.getelementptr %v9[%v629] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v631 = llvm.load %v630 : !llvm.ptr<3> -> i64
        %v632 = arith.addi %v75, %v557 : i64
        %v633 = arith.cmpi slt, %v632, %v69 : i64
        %v634 = arith.subi %size_L, %v1 : i64
        %v635 = arith.minsi %v632, %v634 : i64
        %v636 = arith.addi %v631, %v635 : i64
        %v637 = arith.muli %v629, %v88 : i64
        %v638 = arith.addi %v637, %v557 : i64
        %v639 = llvm.getelementptr %in_c_re[%v636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v640 = llvm.load %v639 : !llvm.ptr -> f32
        %v641 = arith.addi %v556, %v161 : i64
        %v642 = arith.constant true
        %v643 = arith.addi %v19, %v641 : i64
        %v644 = llvm.getelementptr %v9[%v643] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v645 = llvm.load %v644 : !llvm.ptr<3> -> i64
        %v646 = arith.addi %v75, %v557 : i64
        %v647 = arith.cmpi slt, %v646, %v69 : i64
        %v648 = arith.subi %size_L, %v1 : i64
        %v649 = arith.minsi %v646, %v648 : i64
        %v650 = arith.addi %v645, %v649 : i64
        %v651 = arith.muli %v643, %v88 : i64
        %v652 = arith.addi %v651, %v557 : i64
        %v653 = llvm.getelementptr %in_c_re[%v650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v654 = llvm.load %v653 : !llvm.ptr -> f32
        %v655 = arith.addi %v556, %v175 : i64
        %v656 = arith.constant true
        %v657 = arith.addi %v19, %v655 : i64
        %v658 = llvm.getelementptr %v9[%v657] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v659 = llvm.load %v658 : !llvm.ptr<3> -> i64
        %v660 = arith.addi %v75, %v557 : i64
        %v661 = arith.cmpi slt, %v660, %v69 : i64
        %v662 = arith.subi %size_L, %v1 : i64
        %v663 = arith.minsi %v660, %v662 : i64
        %v664 = arith.addi %v659, %v663 : i64
        %v665 = arith.muli %v657, %v88 : i64
        %v666 = arith.addi %v665, %v557 : i64
        %v667 = llvm.getelementptr %in_c_re[%v664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v668 = llvm.load %v667 : !llvm.ptr -> f32
        %v669 = arith.addi %v556, %v189 : i64
        %v670 = arith.constant true
        %v671 = arith.addi %v19, %v669 : i64
        %v672 = llvm.getelementptr %v9[%v671] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v673 = llvm.load %v672 : !llvm.ptr<3> -> i64
        %v674 = arith.addi %v75, %v557 : i64
        %v675 = arith.cmpi slt, %v674, %v69 : i64
        %v676 = arith.subi %size_L, %v1 : i64
        %v677 = arith.minsi %v674, %v676 : i64
        %v678 = arith.addi %v673, %v677 : i64
        %v679 = arith.muli %v671, %v88 : i64
        %v680 = arith.addi %v679, %v557 : i64
        %v681 = llvm.getelementptr %in_c_re[%v678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v682 = llvm.load %v681 : !llvm.ptr -> f32
        %v683 = arith.addi %v556, %v203 : i64
        %v684 = arith.constant true
        %v685 = arith.addi %v19, %v683 : i64
        %v686 = llvm.getelementptr %v9[%v685] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v687 = llvm.load %v686 : !llvm.ptr<3> -> i64
        %v688 = arith.addi %v75, %v557 : i64
        %v689 = arith.cmpi slt, %v688, %v69 : i64
        %v690 = arith.subi %size_L, %v1 : i64
        %v691 = arith.minsi %v688, %v690 : i64
        %v692 = arith.addi %v687, %v691 : i64
        %v693 = arith.muli %v685, %v88 : i64
        %v694 = arith.addi %v693, %v557 : i64
        %v695 = llvm.getelementptr %in_c_re[%v692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v696 = llvm.load %v695 : !llvm.ptr -> f32
        %v697 = arith.addi %v556, %v217 : i64
        %v698 = arith.constant true
        %v699 = arith.addi %v19, %v697 : i64
        %v700 = llvm.getelementptr %v9[%v699] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v701 = llvm.load %v700 : !llvm.ptr<3> -> i64
        %v702 = arith.addi %v75, %v557 : i64
        %v703 = arith.cmpi slt, %v702, %v69 : i64
        %v704 = arith.subi %size_L, %v1 : i64
        %v705 = arith.minsi %v702, %v704 : i64
        %v706 = arith.addi %v701, %v705 : i64
        %v707 = arith.muli %v699, %v88 : i64
        %v708 = arith.addi %v707, %v557 : i64
        %v709 = llvm.getelementptr %in_c_re[%v706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v710 = llvm.load %v709 : !llvm.ptr -> f32
        %v711 = arith.addi %v556, %v231 : i64
        %v712 = arith.constant true
        %v713 = arith.addi %v19, %v711 : i64
        %v714 = llvm.getelementptr %v9[%v713] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v715 = llvm.load %v714 : !llvm.ptr<3> -> i64
        %v716 = arith.addi %v75, %v557 : i64
        %v717 = arith.cmpi slt, %v716, %v69 : i64
        %v718 = arith.subi %size_L, %v1 : i64
        %v719 = arith.minsi %v716, %v718 : i64
        %v720 = arith.addi %v715, %v719 : i64
        %v721 = arith.muli %v713, %v88 : i64
        %v722 = arith.addi %v721, %v557 : i64
        %v723 = llvm.getelementptr %in_c_re[%v720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v724 = llvm.load %v723 : !llvm.ptr -> f32
        %v725 = arith.addi %v556, %v245 : i64
        %v726 = arith.constant true
        %v727 = arith.addi %v19, %v725 : i64
        %v728 = llvm.getelementptr %v9[%v727] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v729 = llvm.load %v728 : !llvm.ptr<3> -> i64
        %v730 = arith.addi %v75, %v557 : i64
        %v731 = arith.cmpi slt, %v730, %v69 : i64
        %v732 = arith.subi %size_L, %v1 : i64
        %v733 = arith.minsi %v730, %v732 : i64
        %v734 = arith.addi %v729, %v733 : i64
        %v735 = arith.muli %v727, %v88 : i64
        %v736 = arith.addi %v735, %v557 : i64
        %v737 = llvm.getelementptr %in_c_re[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v738 = llvm.load %v737 : !llvm.ptr -> f32
        %v739 = arith.addi %v556, %v259 : i64
        %v740 = arith.constant true
        %v741 = arith.addi %v19, %v739 : i64
        %v742 = llvm.getelementptr %v9[%v741] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v743 = llvm.load %v742 : !llvm.ptr<3> -> i64
        %v744 = arith.addi %v75, %v557 : i64
        %v745 = arith.cmpi slt, %v744, %v69 : i64
        %v746 = arith.subi %size_L, %v1 : i64
        %v747 = arith.minsi %v744, %v746 : i64
        %v748 = arith.addi %v743, %v747 : i64
        %v749 = arith.muli %v741, %v88 : i64
        %v750 = arith.addi %v749, %v557 : i64
        %v751 = llvm.getelementptr %in_c_re[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v752 = llvm.load %v751 : !llvm.ptr -> f32
        %v753 = arith.addi %v556, %v273 : i64
        %v754 = arith.constant true
        %v755 = arith.addi %v19, %v753 : i64
        %v756 = llvm.getelementptr %v9[%v755] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v757 = llvm.load %v756 : !llvm.ptr<3> -> i64
        %v758 = arith.addi %v75, %v557 : i64
        %v759 = arith.cmpi slt, %v758, %v69 : i64
        %v760 = arith.subi %size_L, %v1 : i64
        %v761 = arith.minsi %v758, %v760 : i64
        %v762 = arith.addi %v757, %v761 : i64
        %v763 = arith.muli %v755, %v88 : i64
        %v764 = arith.addi %v763, %v557 : i64
        %v765 = llvm.getelementptr %in_c_re[%v762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v766 = llvm.load %v765 : !llvm.ptr -> f32
        %v767 = arith.addi %v556, %v287 : i64
        %v768 = arith.constant true
        %v769 = arith.addi %v19, %v767 : i64
        %v770 = llvm.getelementptr %v9[%v769] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v771 = llvm.load %v770 : !llvm.ptr<3> -> i64
        %v772 = arith.addi %v75, %v557 : i64
        %v773 = arith.cmpi slt, %v772, %v69 : i64
        %v774 = arith.subi %size_L, %v1 : i64
        %v775 = arith.minsi %v772, %v774 : i64
        %v776 = arith.addi %v771, %v775 : i64
        %v777 = arith.muli %v769, %v88 : i64
        %v778 = arith.addi %v777, %v557 : i64
        %v779 = llvm.getelementptr %in_c_re[%v776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v780 = llvm.load %v779 : !llvm.ptr -> f32
        %v781 = arith.addi %v556, %v70 : i64
        %v782 = arith.constant true
        %v783 = arith.addi %v19, %v781 : i64
        %v784 = llvm.getelementptr %v9[%v783] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v785 = llvm.load %v784 : !llvm.ptr<3> -> i64
        %v786 = arith.addi %v75, %v557 : i64
        %v787 = arith.cmpi slt, %v786, %v69 : i64
        %v788 = arith.subi %size_L, %v1 : i64
        %v789 = arith.minsi %v786, %v788 : i64
        %v790 = arith.addi %v785, %v789 : i64
        %v791 = arith.muli %v783, %v88 : i64
        %v792 = arith.addi %v791, %v557 : i64
        %v793 = llvm.getelementptr %in_c_re[%v790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v794 = llvm.load %v793 : !llvm.ptr -> f32
        %v795 = arith.addi %v556, %v314 : i64
        %v796 = arith.constant true
        %v797 = arith.addi %v19, %v795 : i64
        %v798 = llvm.getelementptr %v9[%v797] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v799 = llvm.load %v798 : !llvm.ptr<3> -> i64
        %v800 = arith.addi %v75, %v557 : i64
        %v801 = arith.cmpi slt, %v800, %v69 : i64
        %v802 = arith.subi %size_L, %v1 : i64
        %v803 = arith.minsi %v800, %v802 : i64
        %v804 = arith.addi %v799, %v803 : i64
        %v805 = arith.muli %v797, %v88 : i64
        %v806 = arith.addi %v805, %v557 : i64
        %v807 = llvm.getelementptr %in_c_re[%v804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v808 = llvm.load %v807 : !llvm.ptr -> f32
        %v809 = arith.addi %v556, %v328 : i64
        %v810 = arith.constant true
        %v811 = arith.addi %v19, %v809 : i64
        %v812 = llvm.getelementptr %v9[%v811] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v813 = llvm.load %v812 : !llvm.ptr<3> -> i64
        %v814 = arith.addi %v75, %v557 : i64
        %v815 = arith.cmpi slt, %v814, %v69 : i64
        %v816 = arith.subi %size_L, %v1 : i64
        %v817 = arith.minsi %v814, %v816 : i64
        %v818 = arith.addi %v813, %v817 : i64
        %v819 = arith.muli %v811, %v88 : i64
        %v820 = arith.addi %v819, %v557 : i64
        %v821 = llvm.getelementptr %in_c_re[%v818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v822 = llvm.load %v821 : !llvm.ptr -> f32
        %v823 = arith.addi %v556, %v342 : i64
        %v824 = arith.constant true
        %v825 = arith.addi %v19, %v823 : i64
        %v826 = llvm.getelementptr %v9[%v825] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v827 = llvm.load %v826 : !llvm.ptr<3> -> i64
        %v828 = arith.addi %v75, %v557 : i64
        %v829 = arith.cmpi slt, %v828, %v69 : i64
        %v830 = arith.subi %size_L, %v1 : i64
        %v831 = arith.minsi %v828, %v830 : i64
        %v832 = arith.addi %v827, %v831 : i64
        %v833 = arith.muli %v825, %v88 : i64
        %v834 = arith.addi %v833, %v557 : i64
        %v835 = llvm.getelementptr %in_c_re[%v832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v836 = llvm.load %v835 : !llvm.ptr -> f32
        %v837 = arith.addi %v556, %v356 : i64
        %v838 = arith.constant true
        %v839 = arith.addi %v19, %v837 : i64
        %v840 = llvm.getelementptr %v9[%v839] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v841 = llvm.load %v840 : !llvm.ptr<3> -> i64
        %v842 = arith.addi %v75, %v557 : i64
        %v843 = arith.cmpi slt, %v842, %v69 : i64
        %v844 = arith.subi %size_L, %v1 : i64
        %v845 = arith.minsi %v842, %v844 : i64
        %v846 = arith.addi %v841, %v845 : i64
        %v847 = arith.muli %v839, %v88 : i64
        %v848 = arith.addi %v847, %v557 : i64
        %v849 = llvm.getelementptr %in_c_re[%v846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v850 = llvm.load %v849 : !llvm.ptr -> f32
        %v851 = arith.addi %v556, %v370 : i64
        %v852 = arith.constant true
        %v853 = arith.addi %v19, %v851 : i64
        %v854 = llvm.getelementptr %v9[%v853] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v855 = llvm.load %v854 : !llvm.ptr<3> -> i64
        %v856 = arith.addi %v75, %v557 : i64
        %v857 = arith.cmpi slt, %v856, %v69 : i64
        %v858 = arith.subi %size_L, %v1 : i64
        %v859 = arith.minsi %v856, %v858 : i64
        %v860 = arith.addi %v855, %v859 : i64
        %v861 = arith.muli %v853, %v88 : i64
        %v862 = arith.addi %v861, %v557 : i64
        %v863 = llvm.getelementptr %in_c_re[%v860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v864 = llvm.load %v863 : !llvm.ptr -> f32
        %v865 = arith.addi %v556, %v384 : i64
        %v866 = arith.constant true
        %v867 = arith.addi %v19, %v865 : i64
        %v868 = llvm.getelementptr %v9[%v867] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v869 = llvm.load %v868 : !llvm.ptr<3> -> i64
        %v870 = arith.addi %v75, %v557 : i64
        %v871 = arith.cmpi slt, %v870, %v69 : i64
        %v872 = arith.subi %size_L, %v1 : i64
        %v873 = arith.minsi %v870, %v872 : i64
        %v874 = arith.addi %v869, %v873 : i64
        %v875 = arith.muli %v867, %v88 : i64
        %v876 = arith.addi %v875, %v557 : i64
        %v877 = llvm.getelementptr %in_c_re[%v874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v878 = llvm.load %v877 : !llvm.ptr -> f32
        %v879 = arith.addi %v556, %v398 : i64
        %v880 = arith.constant true
        %v881 = arith.addi %v19, %v879 : i64
        %v882 = llvm.getelementptr %v9[%v881] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v883 = llvm.load %v882 : !llvm.ptr<3> -> i64
        %v884 = arith.addi %v75, %v557 : i64
        %v885 = arith.cmpi slt, %v884, %v69 : i64
        %v886 = arith.subi %size_L, %v1 : i64
        %v887 = arith.minsi %v884, %v886 : i64
        %v888 = arith.addi %v883, %v887 : i64
        %v889 = arith.muli %v881, %v88 : i64
        %v890 = arith.addi %v889, %v557 : i64
        %v891 = llvm.getelementptr %in_c_re[%v888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v892 = llvm.load %v891 : !llvm.ptr -> f32
        %v893 = arith.addi %v556, %v412 : i64
        %v894 = arith.constant true
        %v895 = arith.addi %v19, %v893 : i64
        %v896 = llvm.getelementptr %v9[%v895] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v897 = llvm.load %v896 : !llvm.ptr<3> -> i64
        %v898 = arith.addi %v75, %v557 : i64
        %v899 = arith.cmpi slt, %v898, %v69 : i64
        %v900 = arith.subi %size_L, %v1 : i64
        %v901 = arith.minsi %v898, %v900 : i64
        %v902 = arith.addi %v897, %v901 : i64
        %v903 = arith.muli %v895, %v88 : i64
        %v904 = arith.addi %v903, %v557 : i64
        %v905 = llvm.getelementptr %in_c_re[%v902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v906 = llvm.load %v905 : !llvm.ptr -> f32
        %v907 = arith.addi %v556, %v426 : i64
        %v908 = arith.constant true
        %v909 = arith.addi %v19, %v907 : i64
        %v910 = llvm.getelementptr %v9[%v909] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v911 = llvm.load %v910 : !llvm.ptr<3> -> i64
        %v912 = arith.addi %v75, %v557 : i64
        %v913 = arith.cmpi slt, %v912, %v69 : i64
        %v914 = arith.subi %size_L, %v1 : i64
        %v915 = arith.minsi %v912, %v914 : i64
        %v916 = arith.addi %v911, %v915 : i64
        %v917 = arith.muli %v909, %v88 : i64
        %v918 = arith.addi %v917, %v557 : i64
        %v919 = llvm.getelementptr %in_c_re[%v916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v920 = llvm.load %v919 : !llvm.ptr -> f32
        %v921 = arith.addi %v556, %v440 : i64
        %v922 = arith.constant true
        %v923 = arith.addi %v19, %v921 : i64
        %v924 = llvm.getelementptr %v9[%v923] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v925 = llvm.load %v924 : !llvm.ptr<3> -> i64
        %v926 = arith.addi %v75, %v557 : i64
        %v927 = arith.cmpi slt, %v926, %v69 : i64
        %v928 = arith.subi %size_L, %v1 : i64
        %v929 = arith.minsi %v926, %v928 : i64
        %v930 = arith.addi %v925, %v929 : i64
        %v931 = arith.muli %v923, %v88 : i64
        %v932 = arith.addi %v931, %v557 : i64
        %v933 = llvm.getelementptr %in_c_re[%v930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v934 = llvm.load %v933 : !llvm.ptr -> f32
        %v935 = arith.addi %v556, %v454 : i64
        %v936 = arith.constant true
        %v937 = arith.addi %v19, %v935 : i64
        %v938 = llvm.getelementptr %v9[%v937] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v939 = llvm.load %v938 : !llvm.ptr<3> -> i64
        %v940 = arith.addi %v75, %v557 : i64
        %v941 = arith.cmpi slt, %v940, %v69 : i64
        %v942 = arith.subi %size_L, %v1 : i64
        %v943 = arith.minsi %v940, %v942 : i64
        %v944 = arith.addi %v939, %v943 : i64
        %v945 = arith.muli %v937, %v88 : i64
        %v946 = arith.addi %v945, %v557 : i64
        %v947 = llvm.getelementptr %in_c_re[%v944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v948 = llvm.load %v947 : !llvm.ptr -> f32
        %v949 = arith.addi %v556, %v468 : i64
        %v950 = arith.constant true
        %v951 = arith.addi %v19, %v949 : i64
        %v952 = llvm.getelementptr %v9[%v951] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v953 = llvm.load %v952 : !llvm.ptr<3> -> i64
        %v954 = arith.addi %v75, %v557 : i64
        %v955 = arith.cmpi slt, %v954, %v69 : i64
        %v956 = arith.subi %size_L, %v1 : i64
        %v957 = arith.minsi %v954, %v956 : i64
        %v958 = arith.addi %v953, %v957 : i64
        %v959 = arith.muli %v951, %v88 : i64
        %v960 = arith.addi %v959, %v557 : i64
        %v961 = llvm.getelementptr %in_c_re[%v958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v962 = llvm.load %v961 : !llvm.ptr -> f32
        %v963 = arith.addi %v556, %v482 : i64
        %v964 = arith.constant true
        %v965 = arith.addi %v19, %v963 : i64
        %v966 = llvm.getelementptr %v9[%v965] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v967 = llvm.load %v966 : !llvm.ptr<3> -> i64
        %v968 = arith.addi %v75, %v557 : i64
        %v969 = arith.cmpi slt, %v968, %v69 : i64
        %v970 = arith.subi %size_L, %v1 : i64
        %v971 = arith.minsi %v968, %v970 : i64
        %v972 = arith.addi %v967, %v971 : i64
        %v973 = arith.muli %v965, %v88 : i64
        %v974 = arith.addi %v973, %v557 : i64
        %v975 = llvm.getelementptr %in_c_re[%v972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v976 = llvm.load %v975 : !llvm.ptr -> f32
        %v977 = arith.addi %v556, %v496 : i64
        %v978 = arith.constant true
        %v979 = arith.addi %v19, %v977 : i64
        %v980 = llvm.getelementptr %v9[%v979] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v981 = llvm.load %v980 : !llvm.ptr<3> -> i64
        %v982 = arith.addi %v75, %v557 : i64
        %v983 = arith.cmpi slt, %v982, %v69 : i64
        %v984 = arith.subi %size_L, %v1 : i64
        %v985 = arith.minsi %v982, %v984 : i64
        %v986 = arith.addi %v981, %v985 : i64
        %v987 = arith.muli %v979, %v88 : i64
        %v988 = arith.addi %v987, %v557 : i64
        %v989 = llvm.getelementptr %in_c_re[%v986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v990 = llvm.load %v989 : !llvm.ptr -> f32
        %v991 = arith.addi %v556, %v510 : i64
        %v992 = arith.constant true
        %v993 = arith.addi %v19, %v991 : i64
        %v994 = llvm.getelementptr %v9[%v993] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v995 = llvm.load %v994 : !llvm.ptr<3> -> i64
        %v996 = arith.addi %v75, %v557 : i64
        %v997 = arith.cmpi slt, %v996, %v69 : i64
        %v998 = arith.subi %size_L, %v1 : i64
        %v999 = arith.minsi %v996, %v998 : i64
        %v1000 = arith.addi %v995, %v999 : i64
        %v1001 = arith.muli %v993, %v88 : i64
        %v1002 = arith.addi %v1001, %v557 : i64
        %v1003 = llvm.getelementptr %in_c_re[%v1000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1004 = llvm.load %v1003 : !llvm.ptr -> f32
        scf.if %v558 {
          %v1005 = llvm.getelementptr %v10[%v568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v570, %v1005 : f32, !llvm.ptr<3>
        }
        scf.if %v572 {
          %v1006 = llvm.getelementptr %v10[%v582] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v584, %v1006 : f32, !llvm.ptr<3>
        }
        scf.if %v586 {
          %v1007 = llvm.getelementptr %v10[%v596] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v598, %v1007 : f32, !llvm.ptr<3>
        }
        scf.if %v600 {
          %v1008 = llvm.getelementptr %v10[%v610] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v612, %v1008 : f32, !llvm.ptr<3>
        }
        scf.if %v614 {
          %v1009 = llvm.getelementptr %v10[%v624] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v626, %v1009 : f32, !llvm.ptr<3>
        }
        scf.if %v628 {
          %v1010 = llvm.getelementptr %v10[%v638] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v640, %v1010 : f32, !llvm.ptr<3>
        }
        scf.if %v642 {
          %v1011 = llvm.getelementptr %v10[%v652] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v654, %v1011 : f32, !llvm.ptr<3>
        }
        scf.if %v656 {
          %v1012 = llvm.getelementptr %v10[%v666] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v668, %v1012 : f32, !llvm.ptr<3>
        }
        scf.if %v670 {
          %v1013 = llvm.getelementptr %v10[%v680] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v682, %v1013 : f32, !llvm.ptr<3>
        }
        scf.if %v684 {
          %v1014 = llvm.getelementptr %v10[%v694] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v696, %v1014 : f32, !llvm.ptr<3>
        }
        scf.if %v698 {
          %v1015 = llvm.getelementptr %v10[%v708] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v710, %v1015 : f32, !llvm.ptr<3>
        }
        scf.if %v712 {
          %v1016 = llvm.getelementptr %v10[%v722] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v724, %v1016 : f32, !llvm.ptr<3>
        }
        scf.if %v726 {
          %v1017 = llvm.getelementptr %v10[%v736] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v738, %v1017 : f32, !llvm.ptr<3>
        }
        scf.if %v740 {
          %v1018 = llvm.getelementptr %v10[%v750] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v752, %v1018 : f32, !llvm.ptr<3>
        }
        scf.if %v754 {
          %v1019 = llvm.getelementptr %v10[%v764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v766, %v1019 : f32, !llvm.ptr<3>
        }
        scf.if %v768 {
          %v1020 = llvm.getelementptr %v10[%v778] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v780, %v1020 : f32, !llvm.ptr<3>
        }
        scf.if %v782 {
          %v1021 = llvm.getelementptr %v10[%v792] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v794, %v1021 : f32, !llvm.ptr<3>
        }
        scf.if %v796 {
          %v1022 = llvm.getelementptr %v10[%v806] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v808, %v1022 : f32, !llvm.ptr<3>
        }
        scf.if %v810 {
          %v1023 = llvm.getelementptr %v10[%v820] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v822, %v1023 : f32, !llvm.ptr<3>
        }
        scf.if %v824 {
          %v1024 = llvm.getelementptr %v10[%v834] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v836, %v1024 : f32, !llvm.ptr<3>
        }
        scf.if %v838 {
          %v1025 = llvm.getelementptr %v10[%v848] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v850, %v1025 : f32, !llvm.ptr<3>
        }
        scf.if %v852 {
          %v1026 = llvm.getelementptr %v10[%v862] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v864, %v1026 : f32, !llvm.ptr<3>
        }
        scf.if %v866 {
          %v1027 = llvm.getelementptr %v10[%v876] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v878, %v1027 : f32, !llvm.ptr<3>
        }
        scf.if %v880 {
          %v1028 = llvm.getelementptr %v10[%v890] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v892, %v1028 : f32, !llvm.ptr<3>
        }
        scf.if %v894 {
          %v1029 = llvm.getelementptr %v10[%v904] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v906, %v1029 : f32, !llvm.ptr<3>
        }
        scf.if %v908 {
          %v1030 = llvm.getelementptr %v10[%v918] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v920, %v1030 : f32, !llvm.ptr<3>
        }
        scf.if %v922 {
          %v1031 = llvm.getelementptr %v10[%v932] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v934, %v1031 : f32, !llvm.ptr<3>
        }
        scf.if %v936 {
          %v1032 = llvm.getelementptr %v10[%v946] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v948, %v1032 : f32, !llvm.ptr<3>
        }
        scf.if %v950 {
          %v1033 = llvm.getelementptr %v10[%v960] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v962, %v1033 : f32, !llvm.ptr<3>
        }
        scf.if %v964 {
          %v1034 = llvm.getelementptr %v10[%v974] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v976, %v1034 : f32, !llvm.ptr<3>
        }
        scf.if %v978 {
          %v1035 = llvm.getelementptr %v10[%v988] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v990, %v1035 : f32, !llvm.ptr<3>
        }
        scf.if %v992 {
          %v1036 = llvm.getelementptr %v10[%v1002] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1004, %v1036 : f32, !llvm.ptr<3>
        }
        %v1037 = arith.divui %v17, %v70 : i64
        %v1038 = arith.remui %v17, %v70 : i64
        %v1039 = arith.constant true
        %v1040 = arith.addi %v49, %v1037 : i64
        %v1041 = llvm.getelementptr %v9[%v1040] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1042 = llvm.load %v1041 : !llvm.ptr<3> -> i64
        %v1043 = arith.addi %v75, %v1038 : i64
        %v1044 = arith.cmpi slt, %v1043, %v69 : i64
        %v1045 = arith.subi %size_L, %v1 : i64
        %v1046 = arith.minsi %v1043, %v1045 : i64
        %v1047 = arith.addi %v1042, %v1046 : i64
        %v1048 = arith.muli %v1040, %v88 : i64
        %v1049 = arith.addi %v1048, %v1038 : i64
        %v1050 = llvm.getelementptr %in_c_im[%v1047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1051 = llvm.load %v1050 : !llvm.ptr -> f32
        %v1052 = arith.addi %v1037, %v48 : i64
        %v1053 = arith.constant true
        %v1054 = arith.addi %v49, %v1052 : i64
        %v1055 = llvm.getelementptr %v9[%v1054] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1056 = llvm.load %v1055 : !llvm.ptr<3> -> i64
        %v1057 = arith.addi %v75, %v1038 : i64
        %v1058 = arith.cmpi slt, %v1057, %v69 : i64
        %v1059 = arith.subi %size_L, %v1 : i64
        %v1060 = arith.minsi %v1057, %v1059 : i64
        %v1061 = arith.addi %v1056, %v1060 : i64
        %v1062 = arith.muli %v1054, %v88 : i64
        %v1063 = arith.addi %v1062, %v1038 : i64
        %v1064 = llvm.getelementptr %in_c_im[%v1061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1065 = llvm.load %v1064 : !llvm.ptr -> f32
        %v1066 = arith.addi %v1037, %v62 : i64
        %v1067 = arith.constant true
        %v1068 = arith.addi %v49, %v1066 : i64
        %v1069 = llvm.getelementptr %v9[%v1068] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1070 = llvm.load %v1069 : !llvm.ptr<3> -> i64
        %v1071 = arith.addi %v75, %v1038 : i64
        %v1072 = arith.cmpi slt, %v1071, %v69 : i64
        %v1073 = arith.subi %size_L, %v1 : i64
        %v1074 = arith.minsi %v1071, %v1073 : i64
        %v1075 = arith.addi %v1070, %v1074 : i64
        %v1076 = arith.muli %v1068, %v88 : i64
        %v1077 = arith.addi %v1076, %v1038 : i64
        %v1078 = llvm.getelementptr %in_c_im[%v1075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1079 = llvm.load %v1078 : !llvm.ptr -> f32
        %v1080 = arith.addi %v1037, %v119 : i64
        %v1081 = arith.constant true
        %v1082 = arith.addi %v49, %v1080 : i64
        %v1083 = llvm.getelementptr %v9[%v1082] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1084 = llvm.load %v1083 : !llvm.ptr<3> -> i64
        %v1085 = arith.addi %v75, %v1038 : i64
        %v1086 = arith.cmpi slt, %v1085, %v69 : i64
        %v1087 = arith.subi %size_L, %v1 : i64
        %v1088 = arith.minsi %v1085, %v1087 : i64
        %v1089 = arith.addi %v1084, %v1088 : i64
        %v1090 = arith.muli %v1082, %v88 : i64
        %v1091 = arith.addi %v1090, %v1038 : i64
        %v1092 = llvm.getelementptr %in_c_im[%v1089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1093 = llvm.load %v1092 : !llvm.ptr -> f32
        %v1094 = arith.addi %v1037, %v133 : i64
        %v1095 = arith.constant true
        %v1096 = arith.addi %v49, %v1094 : i64
        %v1097 = llvm.getelementptr %v9[%v1096] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1098 = llvm.load %v1097 : !llvm.ptr<3> -> i64
        %v1099 = arith.addi %v75, %v1038 : i64
        %v1100 = arith.cmpi slt, %v1099, %v69 : i64
        %v1101 = arith.subi %size_L, %v1 : i64
        %v1102 = arith.minsi %v1099, %v1101 : i64
        %v1103 = arith.addi %v1098, %v1102 : i64
        %v1104 = arith.muli %v1096, %v88 : i64
        %v1105 = arith.addi %v1104, %v1038 : i64
        %v1106 = llvm.getelementptr %in_c_im[%v1103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1107 = llvm.load %v1106 : !llvm.ptr -> f32
        %v1108 = arith.addi %v1037, %v147 : i64
        %v1109 = arith.constant true
        %v1110 = arith.addi %v49, %v1108 : i64
        %v1111 = llvm.getelementptr %v9[%v1110] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1112 = llvm.load %v1111 : !llvm.ptr<3> -> i64
        %v1113 = arith.addi %v75, %v1038 : i64
        %v1114 = arith.cmpi slt, %v1113, %v69 : i64
        %v1115 = arith.subi %size_L, %v1 : i64
        %v1116 = arith.minsi %v1113, %v1115 : i64
        %v1117 = arith.addi %v1112, %v1116 : i64
        %v1118 = arith.muli %v1110, %v88 : i64
        %v1119 = arith.addi %v1118, %v1038 : i64
        %v1120 = llvm.getelementptr %in_c_im[%v1117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1121 = llvm.load %v1120 : !llvm.ptr -> f32
        %v1122 = arith.addi %v1037, %v161 : i64
        %v1123 = arith.constant true
        %v1124 = arith.addi %v49, %v1122 : i64
        %v1125 = llvm.getelementptr %v9[%v1124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1126 = llvm.load %v1125 : !llvm.ptr<3> -> i64
        %v1127 = arith.addi %v75, %v1038 : i64
        %v1128 = arith.cmpi slt, %v1127, %v69 : i64
        %v1129 = arith.subi %size_L, %v1 : i64
        %v1130 = arith.minsi %v1127, %v1129 : i64
        %v1131 = arith.addi %v1126, %v1130 : i64
        %v1132 = arith.muli %v1124, %v88 : i64
        %v1133 = arith.addi %v1132, %v1038 : i64
        %v1134 = llvm.getelementptr %in_c_im[%v1131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1135 = llvm.load %v1134 : !llvm.ptr -> f32
        %v1136 = arith.addi %v1037, %v175 : i64
        %v1137 = arith.constant true
        %v1138 = arith.addi %v49, %v1136 : i64
        %v1139 = llvm.getelementptr %v9[%v1138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1140 = llvm.load %v1139 : !llvm.ptr<3> -> i64
        %v1141 = arith.addi %v75, %v1038 : i64
        %v1142 = arith.cmpi slt, %v1141, %v69 : i64
        %v1143 = arith.subi %size_L, %v1 : i64
        %v1144 = arith.minsi %v1141, %v1143 : i64
        %v1145 = arith.addi %v1140, %v1144 : i64
        %v1146 = arith.muli %v1138, %v88 : i64
        %v1147 = arith.addi %v1146, %v1038 : i64
        %v1148 = llvm.getelementptr %in_c_im[%v1145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1149 = llvm.load %v1148 : !llvm.ptr -> f32
        %v1150 = arith.addi %v1037, %v189 : i64
        %v1151 = arith.constant true
        %v1152 = arith.addi %v49, %v1150 : i64
        %v1153 = llvm.getelementptr %v9[%v1152] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1154 = llvm.load %v1153 : !llvm.ptr<3> -> i64
        %v1155 = arith.addi %v75, %v1038 : i64
        %v1156 = arith.cmpi slt, %v1155, %v69 : i64
        %v1157 = arith.subi %size_L, %v1 : i64
        %v1158 = arith.minsi %v1155, %v1157 : i64
        %v1159 = arith.addi %v1154, %v1158 : i64
        %v1160 = arith.muli %v1152, %v88 : i64
        %v1161 = arith.addi %v1160, %v1038 : i64
        %v1162 = llvm.getelementptr %in_c_im[%v1159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1163 = llvm.load %v1162 : !llvm.ptr -> f32
        %v1164 = arith.addi %v1037, %v203 : i64
        %v1165 = arith.constant true
        %v1166 = arith.addi %v49, %v1164 : i64
        %v1167 = llvm.getelementptr %v9[%v1166] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1168 = llvm.load %v1167 : !llvm.ptr<3> -> i64
        %v1169 = arith.addi %v75, %v1038 : i64
        %v1170 = arith.cmpi slt, %v1169, %v69 : i64
        %v1171 = arith.subi %size_L, %v1 : i64
        %v1172 = arith.minsi %v1169, %v1171 : i64
        %v1173 = arith.addi %v1168, %v1172 : i64
        %v1174 = arith.muli %v1166, %v88 : i64
        %v1175 = arith.addi %v1174, %v1038 : i64
        %v1176 = llvm.getelementptr %in_c_im[%v1173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1177 = llvm.load %v1176 : !llvm.ptr -> f32
        %v1178 = arith.addi %v1037, %v217 : i64
        %v1179 = arith.constant true
        %v1180 = arith.addi %v49, %v1178 : i64
        %v1181 = llvm.getelementptr %v9[%v1180] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1182 = llvm.load %v1181 : !llvm.ptr<3> -> i64
        %v1183 = arith.addi %v75, %v1038 : i64
        %v1184 = arith.cmpi slt, %v1183, %v69 : i64
        %v1185 = arith.subi %size_L, %v1 : i64
        %v1186 = arith.minsi %v1183, %v1185 : i64
        %v1187 = arith.addi %v1182, %v1186 : i64
        %v1188 = arith.muli %v1180, %v88 : i64
        %v1189 = arith.addi %v1188, %v1038 : i64
        %v1190 = llvm.getelementptr %in_c_im[%v1187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1191 = llvm.load %v1190 : !llvm.ptr -> f32
        %v1192 = arith.addi %v1037, %v231 : i64
        %v1193 = arith.constant true
        %v1194 = arith.addi %v49, %v1192 : i64
        %v1195 = llvm.getelementptr %v9[%v1194] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1196 = llvm.load %v1195 : !llvm.ptr<3> -> i64
        %v1197 = arith.addi %v75, %v1038 : i64
        %v1198 = arith.cmpi slt, %v1197, %v69 : i64
        %v1199 = arith.subi %size_L, %v1 : i64
        %v1200 = arith.minsi %v1197, %v1199 : i64
        %v1201 = arith.addi %v1196, %v1200 : i64
        %v1202 = arith.muli %v1194, %v88 : i64
        %v1203 = arith.addi %v1202, %v1038 : i64
        %v1204 = llvm.getelementptr %in_c_im[%v1201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1205 = llvm.load %v1204 : !llvm.ptr -> f32
        %v1206 = arith.addi %v1037, %v245 : i64
        %v1207 = arith.constant true
        %v1208 = arith.addi %v49, %v1206 : i64
        %v1209 = llvm.getelementptr %v9[%v1208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1210 = llvm.load %v1209 : !llvm.ptr<3> -> i64
        %v1211 = arith.addi %v75, %v1038 : i64
        %v1212 = arith.cmpi slt, %v1211, %v69 : i64
        %v1213 = arith.subi %size_L, %v1 : i64
        %v1214 = arith.minsi %v1211, %v1213 : i64
        %v1215 = arith.addi %v1210, %v1214 : i64
        %v1216 = arith.muli %v1208, %v88 : i64
        %v1217 = arith.addi %v1216, %v1038 : i64
        %v1218 = llvm.getelementptr %in_c_im[%v1215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1219 = llvm.load %v1218 : !llvm.ptr -> f32
        %v1220 = arith.addi %v1037, %v259 : i64
        %v1221 = arith.constant true
        %v1222 = arith.addi %v49, %v1220 : i64
        %v1223 = llvm.getelementptr %v9[%v1222] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1224 = llvm.load %v1223 : !llvm.ptr<3> -> i64
        %v1225 = arith.addi %v75, %v1038 : i64
        %v1226 = arith.cmpi slt, %v1225, %v69 : i64
        %v1227 = arith.subi %size_L, %v1 : i64
        %v1228 = arith.minsi %v1225, %v1227 : i64
        %v1229 = arith.addi %v1224, %v1228 : i64
        %v1230 = arith.muli %v1222, %v88 : i64
        %v1231 = arith.addi %v1230, %v1038 : i64
        %v1232 = llvm.getelementptr %in_c_im[%v1229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1233 = llvm.load %v1232 : !llvm.ptr -> f32
        %v1234 = arith.addi %v1037, %v273 : i64
        %v1235 = arith.constant true
        %v1236 = arith.addi %v49, %v1234 : i64
        %v1237 = llvm.getelementptr %v9[%v1236] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1238 = llvm.load %v1237 : !llvm.ptr<3> -> i64
        %v1239 = arith.addi %v75, %v1038 : i64
        %v1240 = arith.cmpi slt, %v1239, %v69 : i64
        %v1241 = arith.subi %size_L, %v1 : i64
        %v1242 = arith.minsi %v1239, %v1241 : i64
        %v1243 = arith.addi %v1238, %v1242 : i64
        %v1244 = arith.muli %v1236, %v88 : i64
        %v1245 = arith.addi %v1244, %v1038 : i64
        %v1246 = llvm.getelementptr %in_c_im[%v1243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1247 = llvm.load %v1246 : !llvm.ptr -> f32
        %v1248 = arith.addi %v1037, %v287 : i64
        %v1249 = arith.constant true
        %v1250 = arith.addi %v49, %v1248 : i64
        %v1251 = llvm.getelementptr %v9[%v1250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1252 = llvm.load %v1251 : !llvm.ptr<3> -> i64
        %v1253 = arith.addi %v75, %v1038 : i64
        %v1254 = arith.cmpi slt, %v1253, %v69 : i64
        %v1255 = arith.subi %size_L, %v1 : i64
        %v1256 = arith.minsi %v1253, %v1255 : i64
        %v1257 = arith.addi %v1252, %v1256 : i64
        %v1258 = arith.muli %v1250, %v88 : i64
        %v1259 = arith.addi %v1258, %v1038 : i64
        %v1260 = llvm.getelementptr %in_c_im[%v1257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1261 = llvm.load %v1260 : !llvm.ptr -> f32
        %v1262 = arith.addi %v1037, %v70 : i64
        %v1263 = arith.constant true
        %v1264 = arith.addi %v49, %v1262 : i64
        %v1265 = llvm.getelementptr %v9[%v1264] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1266 = llvm.load %v1265 : !llvm.ptr<3> -> i64
        %v1267 = arith.addi %v75, %v1038 : i64
        %v1268 = arith.cmpi slt, %v1267, %v69 : i64
        %v1269 = arith.subi %size_L, %v1 : i64
        %v1270 = arith.minsi %v1267, %v1269 : i64
        %v1271 = arith.addi %v1266, %v1270 : i64
        %v1272 = arith.muli %v1264, %v88 : i64
        %v1273 = arith.addi %v1272, %v1038 : i64
        %v1274 = llvm.getelementptr %in_c_im[%v1271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1275 = llvm.load %v1274 : !llvm.ptr -> f32
        %v1276 = arith.addi %v1037, %v314 : i64
        %v1277 = arith.constant true
        %v1278 = arith.addi %v49, %v1276 : i64
        %v1279 = llvm.getelementptr %v9[%v1278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1280 = llvm.load %v1279 : !llvm.ptr<3> -> i64
        %v1281 = arith.addi %v75, %v1038 : i64
        %v1282 = arith.cmpi slt, %v1281, %v69 : i64
        %v1283 = arith.subi %size_L, %v1 : i64
        %v1284 = arith.minsi %v1281, %v1283 : i64
        %v1285 = arith.addi %v1280, %v1284 : i64
        %v1286 = arith.muli %v1278, %v88 : i64
        %v1287 = arith.addi %v1286, %v1038 : i64
        %v1288 = llvm.getelementptr %in_c_im[%v1285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1289 = llvm.load %v1288 : !llvm.ptr -> f32
        %v1290 = arith.addi %v1037, %v328 : i64
        %v1291 = arith.constant true
        %v1292 = arith.addi %v49, %v1290 : i64
        %v1293 = llvm.getelementptr %v9[%v1292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1294 = llvm.load %v1293 : !llvm.ptr<3> -> i64
        %v1295 = arith.addi %v75, %v1038 : i64
        %v1296 = arith.cmpi slt, %v1295, %v69 : i64
        %v1297 = arith.subi %size_L, %v1 : i64
        %v1298 = arith.minsi %v1295, %v1297 : i64
        %v1299 = arith.addi %v1294, %v1298 : i64
        %v1300 = arith.muli %v1292, %v88 : i64
        %v1301 = arith.addi %v1300, %v1038 : i64
        %v1302 = llvm.getelementptr %in_c_im[%v1299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1303 = llvm.load %v1302 : !llvm.ptr -> f32
        %v1304 = arith.addi %v1037, %v342 : i64
        %v1305 = arith.constant true
        %v1306 = arith.addi %v49, %v1304 : i64
        %v1307 = llvm.getelementptr %v9[%v1306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1308 = llvm.load %v1307 : !llvm.ptr<3> -> i64
        %v1309 = arith.addi %v75, %v1038 : i64
        %v1310 = arith.cmpi slt, %v1309, %v69 : i64
        %v1311 = arith.subi %size_L, %v1 : i64
        %v1312 = arith.minsi %v1309, %v1311 : i64
        %v1313 = arith.addi %v1308, %v1312 : i64
        %v1314 = arith.muli %v1306, %v88 : i64
        %v1315 = arith.addi %v1314, %v1038 : i64
        %v1316 = llvm.getelementptr %in_c_im[%v1313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1317 = llvm.load %v1316 : !llvm.ptr -> f32
        %v1318 = arith.addi %v1037, %v356 : i64
        %v1319 = arith.constant true
        %v1320 = arith.addi %v49, %v1318 : i64
        %v1321 = llvm.getelementptr %v9[%v1320] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1322 = llvm.load %v1321 : !llvm.ptr<3> -> i64
        %v1323 = arith.addi %v75, %v1038 : i64
        %v1324 = arith.cmpi slt, %v1323, %v69 : i64
        %v1325 = arith.subi %size_L, %v1 : i64
        %v1326 = arith.minsi %v1323, %v1325 : i64
        %v1327 = arith.addi %v1322, %v1326 : i64
        %v1328 = arith.muli %v1320, %v88 : i64
        %v1329 = arith.addi %v1328, %v1038 : i64
        %v1330 = llvm.getelementptr %in_c_im[%v1327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1331 = llvm.load %v1330 : !llvm.ptr -> f32
        %v1332 = arith.addi %v1037, %v370 : i64
        %v1333 = arith.constant true
        %v1334 = arith.addi %v49, %v1332 : i64
        %v1335 = llvm.getelementptr %v9[%v1334] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1336 = llvm.load %v1335 : !llvm.ptr<3> -> i64
        %v1337 = arith.addi %v75, %v1038 : i64
        %v1338 = arith.cmpi slt, %v1337, %v69 : i64
        %v1339 = arith.subi %size_L, %v1 : i64
        %v1340 = arith.minsi %v1337, %v1339 : i64
        %v1341 = arith.addi %v1336, %v1340 : i64
        %v1342 = arith.muli %v1334, %v88 : i64
        %v1343 = arith.addi %v1342, %v1038 : i64
        %v1344 = llvm.getelementptr %in_c_im[%v1341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1345 = llvm.load %v1344 : !llvm.ptr -> f32
        %v1346 = arith.addi %v1037, %v384 : i64
        %v1347 = arith.constant true
        %v1348 = arith.addi %v49, %v1346 : i64
        %v1349 = llvm.getelementptr %v9[%v1348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1350 = llvm.load %v1349 : !llvm.ptr<3> -> i64
        %v1351 = arith.addi %v75, %v1038 : i64
        %v1352 = arith.cmpi slt, %v1351, %v69 : i64
        %v1353 = arith.subi %size_L, %v1 : i64
        %v1354 = arith.minsi %v1351, %v1353 : i64
        %v1355 = arith.addi %v1350, %v1354 : i64
        %v1356 = arith.muli %v1348, %v88 : i64
        %v1357 = arith.addi %v1356, %v1038 : i64
        %v1358 = llvm.getelementptr %in_c_im[%v1355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1359 = llvm.load %v1358 : !llvm.ptr -> f32
        %v1360 = arith.addi %v1037, %v398 : i64
        %v1361 = arith.constant true
        %v1362 = arith.addi %v49, %v1360 : i64
        %v1363 = llvm.getelementptr %v9[%v1362] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1364 = llvm.load %v1363 : !llvm.ptr<3> -> i64
        %v1365 = arith.addi %v75, %v1038 : i64
        %v1366 = arith.cmpi slt, %v1365, %v69 : i64
        %v1367 = arith.subi %size_L, %v1 : i64
        %v1368 = arith.minsi %v1365, %v1367 : i64
        %v1369 = arith.addi %v1364, %v1368 : i64
        %v1370 = arith.muli %v1362, %v88 : i64
        %v1371 = arith.addi %v1370, %v1038 : i64
        %v1372 = llvm.getelementptr %in_c_im[%v1369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1373 = llvm.load %v1372 : !llvm.ptr -> f32
        %v1374 = arith.addi %v1037, %v412 : i64
        %v1375 = arith.constant true
        %v1376 = arith.addi %v49, %v1374 : i64
        %v1377 = llvm.getelementptr %v9[%v1376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1378 = llvm.load %v1377 : !llvm.ptr<3> -> i64
        %v1379 = arith.addi %v75, %v1038 : i64
        %v1380 = arith.cmpi slt, %v1379, %v69 : i64
        %v1381 = arith.subi %size_L, %v1 : i64
        %v1382 = arith.minsi %v1379, %v1381 : i64
        %v1383 = arith.addi %v1378, %v1382 : i64
        %v1384 = arith.muli %v1376, %v88 : i64
        %v1385 = arith.addi %v1384, %v1038 : i64
        %v1386 = llvm.getelementptr %in_c_im[%v1383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1387 = llvm.load %v1386 : !llvm.ptr -> f32
        %v1388 = arith.addi %v1037, %v426 : i64
        %v1389 = arith.constant true
        %v1390 = arith.addi %v49, %v1388 : i64
        %v1391 = llvm.getelementptr %v9[%v1390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1392 = llvm.load %v1391 : !llvm.ptr<3> -> i64
        %v1393 = arith.addi %v75, %v1038 : i64
        %v1394 = arith.cmpi slt, %v1393, %v69 : i64
        %v1395 = arith.subi %size_L, %v1 : i64
        %v1396 = arith.minsi %v1393, %v1395 : i64
        %v1397 = arith.addi %v1392, %v1396 : i64
        %v1398 = arith.muli %v1390, %v88 : i64
        %v1399 = arith.addi %v1398, %v1038 : i64
        %v1400 = llvm.getelementptr %in_c_im[%v1397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1401 = llvm.load %v1400 : !llvm.ptr -> f32
        %v1402 = arith.addi %v1037, %v440 : i64
        %v1403 = arith.constant true
        %v1404 = arith.addi %v49, %v1402 : i64
        %v1405 = llvm.getelementptr %v9[%v1404] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1406 = llvm.load %v1405 : !llvm.ptr<3> -> i64
        %v1407 = arith.addi %v75, %v1038 : i64
        %v1408 = arith.cmpi slt, %v1407, %v69 : i64
        %v1409 = arith.subi %size_L, %v1 : i64
        %v1410 = arith.minsi %v1407, %v1409 : i64
        %v1411 = arith.addi %v1406, %v1410 : i64
        %v1412 = arith.muli %v1404, %v88 : i64
        %v1413 = arith.addi %v1412, %v1038 : i64
        %v1414 = llvm.getelementptr %in_c_im[%v1411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1415 = llvm.load %v1414 : !llvm.ptr -> f32
        %v1416 = arith.addi %v1037, %v454 : i64
        %v1417 = arith.constant true
        %v1418 = arith.addi %v49, %v1416 : i64
        %v1419 = llvm.getelementptr %v9[%v1418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1420 = llvm.load %v1419 : !llvm.ptr<3> -> i64
        %v1421 = arith.addi %v75, %v1038 : i64
        %v1422 = arith.cmpi slt, %v1421, %v69 : i64
        %v1423 = arith.subi %size_L, %v1 : i64
        %v1424 = arith.minsi %v1421, %v1423 : i64
        %v1425 = arith.addi %v1420, %v1424 : i64
        %v1426 = arith.muli %v1418, %v88 : i64
        %v1427 = arith.addi %v1426, %v1038 : i64
        %v1428 = llvm.getelementptr %in_c_im[%v1425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1429 = llvm.load %v1428 : !llvm.ptr -> f32
        %v1430 = arith.addi %v1037, %v468 : i64
        %v1431 = arith.constant true
        %v1432 = arith.addi %v49, %v1430 : i64
        %v1433 = llvm.getelementptr %v9[%v1432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1434 = llvm.load %v1433 : !llvm.ptr<3> -> i64
        %v1435 = arith.addi %v75, %v1038 : i64
        %v1436 = arith.cmpi slt, %v1435, %v69 : i64
        %v1437 = arith.subi %size_L, %v1 : i64
        %v1438 = arith.minsi %v1435, %v1437 : i64
        %v1439 = arith.addi %v1434, %v1438 : i64
        %v1440 = arith.muli %v1432, %v88 : i64
        %v1441 = arith.addi %v1440, %v1038 : i64
        %v1442 = llvm.getelementptr %in_c_im[%v1439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1443 = llvm.load %v1442 : !llvm.ptr -> f32
        %v1444 = arith.addi %v1037, %v482 : i64
        %v1445 = arith.constant true
        %v1446 = arith.addi %v49, %v1444 : i64
        %v1447 = llvm.getelementptr %v9[%v1446] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1448 = llvm.load %v1447 : !llvm.ptr<3> -> i64
        %v1449 = arith.addi %v75, %v1038 : i64
        %v1450 = arith.cmpi slt, %v1449, %v69 : i64
        %v1451 = arith.subi %size_L, %v1 : i64
        %v1452 = arith.minsi %v1449, %v1451 : i64
        %v1453 = arith.addi %v1448, %v1452 : i64
        %v1454 = arith.muli %v1446, %v88 : i64
        %v1455 = arith.addi %v1454, %v1038 : i64
        %v1456 = llvm.getelementptr %in_c_im[%v1453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1457 = llvm.load %v1456 : !llvm.ptr -> f32
        %v1458 = arith.addi %v1037, %v496 : i64
        %v1459 = arith.constant true
        %v1460 = arith.addi %v49, %v1458 : i64
        %v1461 = llvm.getelementptr %v9[%v1460] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1462 = llvm.load %v1461 : !llvm.ptr<3> -> i64
        %v1463 = arith.addi %v75, %v1038 : i64
        %v1464 = arith.cmpi slt, %v1463, %v69 : i64
        %v1465 = arith.subi %size_L, %v1 : i64
        %v1466 = arith.minsi %v1463, %v1465 : i64
        %v1467 = arith.addi %v1462, %v1466 : i64
        %v1468 = arith.muli %v1460, %v88 : i64
        %v1469 = arith.addi %v1468, %v1038 : i64
        %v1470 = llvm.getelementptr %in_c_im[%v1467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1471 = llvm.load %v1470 : !llvm.ptr -> f32
        %v1472 = arith.addi %v1037, %v510 : i64
        %v1473 = arith.constant true
        %v1474 = arith.addi %v49, %v1472 : i64
        %v1475 = llvm.getelementptr %v9[%v1474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1476 = llvm.load %v1475 : !llvm.ptr<3> -> i64
        %v1477 = arith.addi %v75, %v1038 : i64
        %v1478 = arith.cmpi slt, %v1477, %v69 : i64
        %v1479 = arith.subi %size_L, %v1 : i64
        %v1480 = arith.minsi %v1477, %v1479 : i64
        %v1481 = arith.addi %v1476, %v1480 : i64
        %v1482 = arith.muli %v1474, %v88 : i64
        %v1483 = arith.addi %v1482, %v1038 : i64
        %v1484 = llvm.getelementptr %in_c_im[%v1481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1485 = llvm.load %v1484 : !llvm.ptr -> f32
        scf.if %v1039 {
          %v1486 = llvm.getelementptr %v10[%v1049] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1051, %v1486 : f32, !llvm.ptr<3>
        }
        scf.if %v1053 {
          %v1487 = llvm.getelementptr %v10[%v1063] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1065, %v1487 : f32, !llvm.ptr<3>
        }
        scf.if %v1067 {
          %v1488 = llvm.getelementptr %v10[%v1077] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1079, %v1488 : f32, !llvm.ptr<3>
        }
        scf.if %v1081 {
          %v1489 = llvm.getelementptr %v10[%v1091] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1093, %v1489 : f32, !llvm.ptr<3>
        }
        scf.if %v1095 {
          %v1490 = llvm.getelementptr %v10[%v1105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1107, %v1490 : f32, !llvm.ptr<3>
        }
        scf.if %v1109 {
          %v1491 = llvm.getelementptr %v10[%v1119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1121, %v1491 : f32, !llvm.ptr<3>
        }
        scf.if %v1123 {
          %v1492 = llvm.getelementptr %v10[%v1133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1135, %v1492 : f32, !llvm.ptr<3>
        }
        scf.if %v1137 {
          %v1493 = llvm.getelementptr %v10[%v1147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1149, %v1493 : f32, !llvm.ptr<3>
        }
        scf.if %v1151 {
          %v1494 = llvm.getelementptr %v10[%v1161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1163, %v1494 : f32, !llvm.ptr<3>
        }
        scf.if %v1165 {
          %v1495 = llvm.getelementptr %v10[%v1175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1177, %v1495 : f32, !llvm.ptr<3>
        }
        scf.if %v1179 {
          %v1496 = llvm.getelementptr %v10[%v1189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1191, %v1496 : f32, !llvm.ptr<3>
        }
        scf.if %v1193 {
          %v1497 = llvm.getelementptr %v10[%v1203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1205, %v1497 : f32, !llvm.ptr<3>
        }
        scf.if %v1207 {
          %v1498 = llvm.getelementptr %v10[%v1217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1219, %v1498 : f32, !llvm.ptr<3>
        }
        scf.if %v1221 {
          %v1499 = llvm.getelementptr %v10[%v1231] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1233, %v1499 : f32, !llvm.ptr<3>
        }
        scf.if %v1235 {
          %v1500 = llvm.getelementptr %v10[%v1245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1247, %v1500 : f32, !llvm.ptr<3>
        }
        scf.if %v1249 {
          %v1501 = llvm.getelementptr %v10[%v1259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1261, %v1501 : f32, !llvm.ptr<3>
        }
        scf.if %v1263 {
          %v1502 = llvm.getelementptr %v10[%v1273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1275, %v1502 : f32, !llvm.ptr<3>
        }
        scf.if %v1277 {
          %v1503 = llvm.getelementptr %v10[%v1287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1289, %v1503 : f32, !llvm.ptr<3>
        }
        scf.if %v1291 {
          %v1504 = llvm.getelementptr %v10[%v1301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1303, %v1504 : f32, !llvm.ptr<3>
        }
        scf.if %v1305 {
          %v1505 = llvm.getelementptr %v10[%v1315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1317, %v1505 : f32, !llvm.ptr<3>
        }
        scf.if %v1319 {
          %v1506 = llvm.getelementptr %v10[%v1329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1331, %v1506 : f32, !llvm.ptr<3>
        }
        scf.if %v1333 {
          %v1507 = llvm.getelementptr %v10[%v1343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1345, %v1507 : f32, !llvm.ptr<3>
        }
        scf.if %v1347 {
          %v1508 = llvm.getelementptr %v10[%v1357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1359, %v1508 : f32, !llvm.ptr<3>
        }
        scf.if %v1361 {
          %v1509 = llvm.getelementptr %v10[%v1371] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1373, %v1509 : f32, !llvm.ptr<3>
        }
        scf.if %v1375 {
          %v1510 = llvm.getelementptr %v10[%v1385] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1387, %v1510 : f32, !llvm.ptr<3>
        }
        scf.if %v1389 {
          %v1511 = llvm.getelementptr %v10[%v1399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1401, %v1511 : f32, !llvm.ptr<3>
        }
        scf.if %v1403 {
          %v1512 = llvm.getelementptr %v10[%v1413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1415, %v1512 : f32, !llvm.ptr<3>
        }
        scf.if %v1417 {
          %v1513 = llvm.getelementptr %v10[%v1427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1429, %v1513 : f32, !llvm.ptr<3>
        }
        scf.if %v1431 {
          %v1514 = llvm.getelementptr %v10[%v1441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1443, %v1514 : f32, !llvm.ptr<3>
        }
        scf.if %v1445 {
          %v1515 = llvm.getelementptr %v10[%v1455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1457, %v1515 : f32, !llvm.ptr<3>
        }
        scf.if %v1459 {
          %v1516 = llvm.getelementptr %v10[%v1469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1471, %v1516 : f32, !llvm.ptr<3>
        }
        scf.if %v1473 {
          %v1517 = llvm.getelementptr %v10[%v1483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1485, %v1517 : f32, !llvm.ptr<3>
        }
        %v1518 = arith.divui %v17, %v70 : i64
        %v1519 = arith.remui %v17, %v70 : i64
        %v1520 = arith.constant true
        %v1521 = arith.addi %v56, %v1518 : i64
        %v1522 = llvm.getelementptr %v9[%v1521] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1523 = llvm.load %v1522 : !llvm.ptr<3> -> i64
        %v1524 = arith.addi %v75, %v1519 : i64
        %v1525 = arith.cmpi slt, %v1524, %v69 : i64
        %v1526 = arith.subi %size_L, %v1 : i64
        %v1527 = arith.minsi %v1524, %v1526 : i64
        %v1528 = arith.addi %v1523, %v1527 : i64
        %v1529 = arith.muli %v1521, %v88 : i64
        %v1530 = arith.addi %v1529, %v1519 : i64
        %v1531 = llvm.getelementptr %in_g_re[%v1528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1532 = llvm.load %v1531 : !llvm.ptr -> f32
        %v1533 = arith.addi %v1518, %v48 : i64
        %v1534 = arith.constant true
        %v1535 = arith.addi %v56, %v1533 : i64
        %v1536 = llvm.getelementptr %v9[%v1535] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1537 = llvm.load %v1536 : !llvm.ptr<3> -> i64
        %v1538 = arith.addi %v75, %v1519 : i64
        %v1539 = arith.cmpi slt, %v1538, %v69 : i64
        %v1540 = arith.subi %size_L, %v1 : i64
        %v1541 = arith.minsi %v1538, %v1540 : i64
        %v1542 = arith.addi %v1537, %v1541 : i64
        %v1543 = arith.muli %v1535, %v88 : i64
        %v1544 = arith.addi %v1543, %v1519 : i64
        %v1545 = llvm.getelementptr %in_g_re[%v1542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1546 = llvm.load %v1545 : !llvm.ptr -> f32
        %v1547 = arith.addi %v1518, %v62 : i64
        %v1548 = arith.constant true
        %v1549 = arith.addi %v56, %v1547 : i64
        %v1550 = llvm.getelementptr %v9[%v1549] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1551 = llvm.load %v1550 : !llvm.ptr<3> -> i64
        %v1552 = arith.addi %v75, %v1519 : i64
        %v1553 = arith.cmpi slt, %v1552, %v69 : i64
        %v1554 = arith.subi %size_L, %v1 : i64
        %v1555 = arith.minsi %v1552, %v1554 : i64
        %v1556 = arith.addi %v1551, %v1555 : i64
        %v1557 = arith.muli %v1549, %v88 : i64
        %v1558 = arith.addi %v1557, %v1519 : i64
        %v1559 = llvm.getelementptr %in_g_re[%v1556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1560 = llvm.load %v1559 : !llvm.ptr -> f32
        %v1561 = arith.addi %v1518, %v119 : i64
        %v1562 = arith.constant true
        %v1563 = arith.addi %v56, %v1561 : i64
        %v1564 = llvm.getelementptr %v9[%v1563] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1565 = llvm.load %v1564 : !llvm.ptr<3> -> i64
        %v1566 = arith.addi %v75, %v1519 : i64
        %v1567 = arith.cmpi slt, %v1566, %v69 : i64
        %v1568 = arith.subi %size_L, %v1 : i64
        %v1569 = arith.minsi %v1566, %v1568 : i64
        %v1570 = arith.addi %v1565, %v1569 : i64
        %v1571 = arith.muli %v1563, %v88 : i64
        %v1572 = arith.addi %v1571, %v1519 : i64
        %v1573 = llvm.getelementptr %in_g_re[%v1570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1574 = llvm.load %v1573 : !llvm.ptr -> f32
        %v1575 = arith.addi %v1518, %v133 : i64
        %v1576 = arith.constant true
        %v1577 = arith.addi %v56, %v1575 : i64
        %v1578 = llvm.getelementptr %v9[%v1577] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1579 = llvm.load %v1578 : !llvm.ptr<3> -> i64
        %v1580 = arith.addi %v75, %v1519 : i64
        %v1581 = arith.cmpi slt, %v1580, %v69 : i64
        %v1582 = arith.subi %size_L, %v1 : i64
        %v1583 = arith.minsi %v1580, %v1582 : i64
        %v1584 = arith.addi %v1579, %v1583 : i64
        %v1585 = arith.muli %v1577, %v88 : i64
        %v1586 = arith.addi %v1585, %v1519 : i64
        %v1587 = llvm.getelementptr %in_g_re[%v1584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1588 = llvm.load %v1587 : !llvm.ptr -> f32
        %v1589 = arith.addi %v1518, %v147 : i64
        %v1590 = arith.constant true
        %v1591 = arith.addi %v56, %v1589 : i64
        %v1592 = llvm.getelementptr %v9[%v1591] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1593 = llvm.load %v1592 : !llvm.ptr<3> -> i64
        %v1594 = arith.addi %v75, %v1519 : i64
        %v1595 = arith.cmpi slt, %v1594, %v69 : i64
        %v1596 = arith.subi %size_L, %v1 : i64
        %v1597 = arith.minsi %v1594, %v1596 : i64
        %v1598 = arith.addi %v1593, %v1597 : i64
        %v1599 = arith.muli %v1591, %v88 : i64
        %v1600 = arith.addi %v1599, %v1519 : i64
        %v1601 = llvm.getelementptr %in_g_re[%v1598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1602 = llvm.load %v1601 : !llvm.ptr -> f32
        %v1603 = arith.addi %v1518, %v161 : i64
        %v1604 = arith.constant true
        %v1605 = arith.addi %v56, %v1603 : i64
        %v1606 = llvm.getelementptr %v9[%v1605] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1607 = llvm.load %v1606 : !llvm.ptr<3> -> i64
        %v1608 = arith.addi %v75, %v1519 : i64
        %v1609 = arith.cmpi slt, %v1608, %v69 : i64
        %v1610 = arith.subi %size_L, %v1 : i64
        %v1611 = arith.minsi %v1608, %v1610 : i64
        %v1612 = arith.addi %v1607, %v1611 : i64
        %v1613 = arith.muli %v1605, %v88 : i64
        %v1614 = arith.addi %v1613, %v1519 : i64
        %v1615 = llvm.getelementptr %in_g_re[%v1612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1616 = llvm.load %v1615 : !llvm.ptr -> f32
        %v1617 = arith.addi %v1518, %v175 : i64
        %v1618 = arith.constant true
        %v1619 = arith.addi %v56, %v1617 : i64
        %v1620 = llvm.getelementptr %v9[%v1619] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1621 = llvm.load %v1620 : !llvm.ptr<3> -> i64
        %v1622 = arith.addi %v75, %v1519 : i64
        %v1623 = arith.cmpi slt, %v1622, %v69 : i64
        %v1624 = arith.subi %size_L, %v1 : i64
        %v1625 = arith.minsi %v1622, %v1624 : i64
        %v1626 = arith.addi %v1621, %v1625 : i64
        %v1627 = arith.muli %v1619, %v88 : i64
        %v1628 = arith.addi %v1627, %v1519 : i64
        %v1629 = llvm.getelementptr %in_g_re[%v1626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1630 = llvm.load %v1629 : !llvm.ptr -> f32
        %v1631 = arith.addi %v1518, %v189 : i64
        %v1632 = arith.constant true
        %v1633 = arith.addi %v56, %v1631 : i64
        %v1634 = llvm.getelementptr %v9[%v1633] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1635 = llvm.load %v1634 : !llvm.ptr<3> -> i64
        %v1636 = arith.addi %v75, %v1519 : i64
        %v1637 = arith.cmpi slt, %v1636, %v69 : i64
        %v1638 = arith.subi %size_L, %v1 : i64
        %v1639 = arith.minsi %v1636, %v1638 : i64
        %v1640 = arith.addi %v1635, %v1639 : i64
        %v1641 = arith.muli %v1633, %v88 : i64
        %v1642 = arith.addi %v1641, %v1519 : i64
        %v1643 = llvm.getelementptr %in_g_re[%v1640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1644 = llvm.load %v1643 : !llvm.ptr -> f32
        %v1645 = arith.addi %v1518, %v203 : i64
        %v1646 = arith.constant true
        %v1647 = arith.addi %v56, %v1645 : i64
        %v1648 = llvm.getelementptr %v9[%v1647] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1649 = llvm.load %v1648 : !llvm.ptr<3> -> i64
        %v1650 = arith.addi %v75, %v1519 : i64
        %v1651 = arith.cmpi slt, %v1650, %v69 : i64
        %v1652 = arith.subi %size_L, %v1 : i64
        %v1653 = arith.minsi %v1650, %v1652 : i64
        %v1654 = arith.addi %v1649, %v1653 : i64
        %v1655 = arith.muli %v1647, %v88 : i64
        %v1656 = arith.addi %v1655, %v1519 : i64
        %v1657 = llvm.getelementptr %in_g_re[%v1654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1658 = llvm.load %v1657 : !llvm.ptr -> f32
        %v1659 = arith.addi %v1518, %v217 : i64
        %v1660 = arith.constant true
        %v1661 = arith.addi %v56, %v1659 : i64
        %v1662 = llvm.getelementptr %v9[%v1661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1663 = llvm.load %v1662 : !llvm.ptr<3> -> i64
        %v1664 = arith.addi %v75, %v1519 : i64
        %v1665 = arith.cmpi slt, %v1664, %v69 : i64
        %v1666 = arith.subi %size_L, %v1 : i64
        %v1667 = arith.minsi %v1664, %v1666 : i64
        %v1668 = arith.addi %v1663, %v1667 : i64
        %v1669 = arith.muli %v1661, %v88 : i64
        %v1670 = arith.addi %v1669, %v1519 : i64
        %v1671 = llvm.getelementptr %in_g_re[%v1668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1672 = llvm.load %v1671 : !llvm.ptr -> f32
        %v1673 = arith.addi %v1518, %v231 : i64
        %v1674 = arith.constant true
        %v1675 = arith.addi %v56, %v1673 : i64
        %v1676 = llvm.getelementptr %v9[%v1675] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1677 = llvm.load %v1676 : !llvm.ptr<3> -> i64
        %v1678 = arith.addi %v75, %v1519 : i64
        %v1679 = arith.cmpi slt, %v1678, %v69 : i64
        %v1680 = arith.subi %size_L, %v1 : i64
        %v1681 = arith.minsi %v1678, %v1680 : i64
        %v1682 = arith.addi %v1677, %v1681 : i64
        %v1683 = arith.muli %v1675, %v88 : i64
        %v1684 = arith.addi %v1683, %v1519 : i64
        %v1685 = llvm.getelementptr %in_g_re[%v1682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1686 = llvm.load %v1685 : !llvm.ptr -> f32
        %v1687 = arith.addi %v1518, %v245 : i64
        %v1688 = arith.constant true
        %v1689 = arith.addi %v56, %v1687 : i64
        %v1690 = llvm.getelementptr %v9[%v1689] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1691 = llvm.load %v1690 : !llvm.ptr<3> -> i64
        %v1692 = arith.addi %v75, %v1519 : i64
        %v1693 = arith.cmpi slt, %v1692, %v69 : i64
        %v1694 = arith.subi %size_L, %v1 : i64
        %v1695 = arith.minsi %v1692, %v1694 : i64
        %v1696 = arith.addi %v1691, %v1695 : i64
        %v1697 = arith.muli %v1689, %v88 : i64
        %v1698 = arith.addi %v1697, %v1519 : i64
        %v1699 = llvm.getelementptr %in_g_re[%v1696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1700 = llvm.load %v1699 : !llvm.ptr -> f32
        %v1701 = arith.addi %v1518, %v259 : i64
        %v1702 = arith.constant true
        %v1703 = arith.addi %v56, %v1701 : i64
        %v1704 = llvm.getelementptr %v9[%v1703] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1705 = llvm.load %v1704 : !llvm.ptr<3> -> i64
        %v1706 = arith.addi %v75, %v1519 : i64
        %v1707 = arith.cmpi slt, %v1706, %v69 : i64
        %v1708 = arith.subi %size_L, %v1 : i64
        %v1709 = arith.minsi %v1706, %v1708 : i64
        %v1710 = arith.addi %v1705, %v1709 : i64
        %v1711 = arith.muli %v1703, %v88 : i64
        %v1712 = arith.addi %v1711, %v1519 : i64
        %v1713 = llvm.getelementptr %in_g_re[%v1710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1714 = llvm.load %v1713 : !llvm.ptr -> f32
        %v1715 = arith.addi %v1518, %v273 : i64
        %v1716 = arith.constant true
        %v1717 = arith.addi %v56, %v1715 : i64
        %v1718 = llvm.getelementptr %v9[%v1717] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1719 = llvm.load %v1718 : !llvm.ptr<3> -> i64
        %v1720 = arith.addi %v75, %v1519 : i64
        %v1721 = arith.cmpi slt, %v1720, %v69 : i64
        %v1722 = arith.subi %size_L, %v1 : i64
        %v1723 = arith.minsi %v1720, %v1722 : i64
        %v1724 = arith.addi %v1719, %v1723 : i64
        %v1725 = arith.muli %v1717, %v88 : i64
        %v1726 = arith.addi %v1725, %v1519 : i64
        %v1727 = llvm.getelementptr %in_g_re[%v1724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1728 = llvm.load %v1727 : !llvm.ptr -> f32
        %v1729 = arith.addi %v1518, %v287 : i64
        %v1730 = arith.constant true
        %v1731 = arith.addi %v56, %v1729 : i64
        %v1732 = llvm.getelementptr %v9[%v1731] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1733 = llvm.load %v1732 : !llvm.ptr<3> -> i64
        %v1734 = arith.addi %v75, %v1519 : i64
        %v1735 = arith.cmpi slt, %v1734, %v69 : i64
        %v1736 = arith.subi %size_L, %v1 : i64
        %v1737 = arith.minsi %v1734, %v1736 : i64
        %v1738 = arith.addi %v1733, %v1737 : i64
        %v1739 = arith.muli %v1731, %v88 : i64
        %v1740 = arith.addi %v1739, %v1519 : i64
        %v1741 = llvm.getelementptr %in_g_re[%v1738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1742 = llvm.load %v1741 : !llvm.ptr -> f32
        %v1743 = arith.addi %v1518, %v70 : i64
        %v1744 = arith.constant true
        %v1745 = arith.addi %v56, %v1743 : i64
        %v1746 = llvm.getelementptr %v9[%v1745] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1747 = llvm.load %v1746 : !llvm.ptr<3> -> i64
        %v1748 = arith.addi %v75, %v1519 : i64
        %v1749 = arith.cmpi slt, %v1748, %v69 : i64
        %v1750 = arith.subi %size_L, %v1 : i64
        %v1751 = arith.minsi %v1748, %v1750 : i64
        %v1752 = arith.addi %v1747, %v1751 : i64
        %v1753 = arith.muli %v1745, %v88 : i64
        %v1754 = arith.addi %v1753, %v1519 : i64
        %v1755 = llvm.getelementptr %in_g_re[%v1752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1756 = llvm.load %v1755 : !llvm.ptr -> f32
        %v1757 = arith.addi %v1518, %v314 : i64
        %v1758 = arith.constant true
        %v1759 = arith.addi %v56, %v1757 : i64
        %v1760 = llvm.getelementptr %v9[%v1759] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1761 = llvm.load %v1760 : !llvm.ptr<3> -> i64
        %v1762 = arith.addi %v75, %v1519 : i64
        %v1763 = arith.cmpi slt, %v1762, %v69 : i64
        %v1764 = arith.subi %size_L, %v1 : i64
        %v1765 = arith.minsi %v1762, %v1764 : i64
        %v1766 = arith.addi %v1761, %v1765 : i64
        %v1767 = arith.muli %v1759, %v88 : i64
        %v1768 = arith.addi %v1767, %v1519 : i64
        %v1769 = llvm.getelementptr %in_g_re[%v1766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1770 = llvm.load %v1769 : !llvm.ptr -> f32
        %v1771 = arith.addi %v1518, %v328 : i64
        %v1772 = arith.constant true
        %v1773 = arith.addi %v56, %v1771 : i64
        %v1774 = llvm.getelementptr %v9[%v1773] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1775 = llvm.load %v1774 : !llvm.ptr<3> -> i64
        %v1776 = arith.addi %v75, %v1519 : i64
        %v1777 = arith.cmpi slt, %v1776, %v69 : i64
        %v1778 = arith.subi %size_L, %v1 : i64
        %v1779 = arith.minsi %v1776, %v1778 : i64
        %v1780 = arith.addi %v1775, %v1779 : i64
        %v1781 = arith.muli %v1773, %v88 : i64
        %v1782 = arith.addi %v1781, %v1519 : i64
        %v1783 = llvm.getelementptr %in_g_re[%v1780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1784 = llvm.load %v1783 : !llvm.ptr -> f32
        %v1785 = arith.addi %v1518, %v342 : i64
        %v1786 = arith.constant true
        %v1787 = arith.addi %v56, %v1785 : i64
        %v1788 = llvm.getelementptr %v9[%v1787] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1789 = llvm.load %v1788 : !llvm.ptr<3> -> i64
        %v1790 = arith.addi %v75, %v1519 : i64
        %v1791 = arith.cmpi slt, %v1790, %v69 : i64
        %v1792 = arith.subi %size_L, %v1 : i64
        %v1793 = arith.minsi %v1790, %v1792 : i64
        %v1794 = arith.addi %v1789, %v1793 : i64
        %v1795 = arith.muli %v1787, %v88 : i64
        %v1796 = arith.addi %v1795, %v1519 : i64
        %v1797 = llvm.getelementptr %in_g_re[%v1794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1798 = llvm.load %v1797 : !llvm.ptr -> f32
        %v1799 = arith.addi %v1518, %v356 : i64
        %v1800 = arith.constant true
        %v1801 = arith.addi %v56, %v1799 : i64
        %v1802 = llvm.getelementptr %v9[%v1801] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1803 = llvm.load %v1802 : !llvm.ptr<3> -> i64
        %v1804 = arith.addi %v75, %v1519 : i64
        %v1805 = arith.cmpi slt, %v1804, %v69 : i64
        %v1806 = arith.subi %size_L, %v1 : i64
        %v1807 = arith.minsi %v1804, %v1806 : i64
        %v1808 = arith.addi %v1803, %v1807 : i64
        %v1809 = arith.muli %v1801, %v88 : i64
        %v1810 = arith.addi %v1809, %v1519 : i64
        %v1811 = llvm.getelementptr %in_g_re[%v1808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1812 = llvm.load %v1811 : !llvm.ptr -> f32
        %v1813 = arith.addi %v1518, %v370 : i64
        %v1814 = arith.constant true
        %v1815 = arith.addi %v56, %v1813 : i64
        %v1816 = llvm.getelementptr %v9[%v1815] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1817 = llvm.load %v1816 : !llvm.ptr<3> -> i64
        %v1818 = arith.addi %v75, %v1519 : i64
        %v1819 = arith.cmpi slt, %v1818, %v69 : i64
        %v1820 = arith.subi %size_L, %v1 : i64
        %v1821 = arith.minsi %v1818, %v1820 : i64
        %v1822 = arith.addi %v1817, %v1821 : i64
        %v1823 = arith.muli %v1815, %v88 : i64
        %v1824 = arith.addi %v1823, %v1519 : i64
        %v1825 = llvm.getelementptr %in_g_re[%v1822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1826 = llvm.load %v1825 : !llvm.ptr -> f32
        %v1827 = arith.addi %v1518, %v384 : i64
        %v1828 = arith.constant true
        %v1829 = arith.addi %v56, %v1827 : i64
        %v1830 = llvm.getelementptr %v9[%v1829] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1831 = llvm.load %v1830 : !llvm.ptr<3> -> i64
        %v1832 = arith.addi %v75, %v1519 : i64
        %v1833 = arith.cmpi slt, %v1832, %v69 : i64
        %v1834 = arith.subi %size_L, %v1 : i64
        %v1835 = arith.minsi %v1832, %v1834 : i64
        %v1836 = arith.addi %v1831, %v1835 : i64
        %v1837 = arith.muli %v1829, %v88 : i64
        %v1838 = arith.addi %v1837, %v1519 : i64
        %v1839 = llvm.getelementptr %in_g_re[%v1836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1840 = llvm.load %v1839 : !llvm.ptr -> f32
        %v1841 = arith.addi %v1518, %v398 : i64
        %v1842 = arith.constant true
        %v1843 = arith.addi %v56, %v1841 : i64
        %v1844 = llvm.getelementptr %v9[%v1843] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1845 = llvm.load %v1844 : !llvm.ptr<3> -> i64
        %v1846 = arith.addi %v75, %v1519 : i64
        %v1847 = arith.cmpi slt, %v1846, %v69 : i64
        %v1848 = arith.subi %size_L, %v1 : i64
        %v1849 = arith.minsi %v1846, %v1848 : i64
        %v1850 = arith.addi %v1845, %v1849 : i64
        %v1851 = arith.muli %v1843, %v88 : i64
        %v1852 = arith.addi %v1851, %v1519 : i64
        %v1853 = llvm.getelementptr %in_g_re[%v1850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1854 = llvm.load %v1853 : !llvm.ptr -> f32
        %v1855 = arith.addi %v1518, %v412 : i64
        %v1856 = arith.constant true
        %v1857 = arith.addi %v56, %v1855 : i64
        %v1858 = llvm.getelementptr %v9[%v1857] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1859 = llvm.load %v1858 : !llvm.ptr<3> -> i64
        %v1860 = arith.addi %v75, %v1519 : i64
        %v1861 = arith.cmpi slt, %v1860, %v69 : i64
        %v1862 = arith.subi %size_L, %v1 : i64
        %v1863 = arith.minsi %v1860, %v1862 : i64
        %v1864 = arith.addi %v1859, %v1863 : i64
        %v1865 = arith.muli %v1857, %v88 : i64
        %v1866 = arith.addi %v1865, %v1519 : i64
        %v1867 = llvm.getelementptr %in_g_re[%v1864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1868 = llvm.load %v1867 : !llvm.ptr -> f32
        %v1869 = arith.addi %v1518, %v426 : i64
        %v1870 = arith.constant true
        %v1871 = arith.addi %v56, %v1869 : i64
        %v1872 = llvm.getelementptr %v9[%v1871] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1873 = llvm.load %v1872 : !llvm.ptr<3> -> i64
        %v1874 = arith.addi %v75, %v1519 : i64
        %v1875 = arith.cmpi slt, %v1874, %v69 : i64
        %v1876 = arith.subi %size_L, %v1 : i64
        %v1877 = arith.minsi %v1874, %v1876 : i64
        %v1878 = arith.addi %v1873, %v1877 : i64
        %v1879 = arith.muli %v1871, %v88 : i64
        %v1880 = arith.addi %v1879, %v1519 : i64
        %v1881 = llvm.getelementptr %in_g_re[%v1878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1882 = llvm.load %v1881 : !llvm.ptr -> f32
        %v1883 = arith.addi %v1518, %v440 : i64
        %v1884 = arith.constant true
        %v1885 = arith.addi %v56, %v1883 : i64
        %v1886 = llvm.getelementptr %v9[%v1885] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1887 = llvm.load %v1886 : !llvm.ptr<3> -> i64
        %v1888 = arith.addi %v75, %v1519 : i64
        %v1889 = arith.cmpi slt, %v1888, %v69 : i64
        %v1890 = arith.subi %size_L, %v1 : i64
        %v1891 = arith.minsi %v1888, %v1890 : i64
        %v1892 = arith.addi %v1887, %v1891 : i64
        %v1893 = arith.muli %v1885, %v88 : i64
        %v1894 = arith.addi %v1893, %v1519 : i64
        %v1895 = llvm.getelementptr %in_g_re[%v1892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1896 = llvm.load %v1895 : !llvm.ptr -> f32
        %v1897 = arith.addi %v1518, %v454 : i64
        %v1898 = arith.constant true
        %v1899 = arith.addi %v56, %v1897 : i64
        %v1900 = llvm.getelementptr %v9[%v1899] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1901 = llvm.load %v1900 : !llvm.ptr<3> -> i64
        %v1902 = arith.addi %v75, %v1519 : i64
        %v1903 = arith.cmpi slt, %v1902, %v69 : i64
        %v1904 = arith.subi %size_L, %v1 : i64
        %v1905 = arith.minsi %v1902, %v1904 : i64
        %v1906 = arith.addi %v1901, %v1905 : i64
        %v1907 = arith.muli %v1899, %v88 : i64
        %v1908 = arith.addi %v1907, %v1519 : i64
        %v1909 = llvm.getelementptr %in_g_re[%v1906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1910 = llvm.load %v1909 : !llvm.ptr -> f32
        %v1911 = arith.addi %v1518, %v468 : i64
        %v1912 = arith.constant true
        %v1913 = arith.addi %v56, %v1911 : i64
        %v1914 = llvm.getelementptr %v9[%v1913] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1915 = llvm.load %v1914 : !llvm.ptr<3> -> i64
        %v1916 = arith.addi %v75, %v1519 : i64
        %v1917 = arith.cmpi slt, %v1916, %v69 : i64
        %v1918 = arith.subi %size_L, %v1 : i64
        %v1919 = arith.minsi %v1916, %v1918 : i64
        %v1920 = arith.addi %v1915, %v1919 : i64
        %v1921 = arith.muli %v1913, %v88 : i64
        %v1922 = arith.addi %v1921, %v1519 : i64
        %v1923 = llvm.getelementptr %in_g_re[%v1920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1924 = llvm.load %v1923 : !llvm.ptr -> f32
        %v1925 = arith.addi %v1518, %v482 : i64
        %v1926 = arith.constant true
        %v1927 = arith.addi %v56, %v1925 : i64
        %v1928 = llvm.getelementptr %v9[%v1927] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1929 = llvm.load %v1928 : !llvm.ptr<3> -> i64
        %v1930 = arith.addi %v75, %v1519 : i64
        %v1931 = arith.cmpi slt, %v1930, %v69 : i64
        %v1932 = arith.subi %size_L, %v1 : i64
        %v1933 = arith.minsi %v1930, %v1932 : i64
        %v1934 = arith.addi %v1929, %v1933 : i64
        %v1935 = arith.muli %v1927, %v88 : i64
        %v1936 = arith.addi %v1935, %v1519 : i64
        %v1937 = llvm.getelementptr %in_g_re[%v1934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1938 = llvm.load %v1937 : !llvm.ptr -> f32
        %v1939 = arith.addi %v1518, %v496 : i64
        %v1940 = arith.constant true
        %v1941 = arith.addi %v56, %v1939 : i64
        %v1942 = llvm.getelementptr %v9[%v1941] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1943 = llvm.load %v1942 : !llvm.ptr<3> -> i64
        %v1944 = arith.addi %v75, %v1519 : i64
        %v1945 = arith.cmpi slt, %v1944, %v69 : i64
        %v1946 = arith.subi %size_L, %v1 : i64
        %v1947 = arith.minsi %v1944, %v1946 : i64
        %v1948 = arith.addi %v1943, %v1947 : i64
        %v1949 = arith.muli %v1941, %v88 : i64
        %v1950 = arith.addi %v1949, %v1519 : i64
        %v1951 = llvm.getelementptr %in_g_re[%v1948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1952 = llvm.load %v1951 : !llvm.ptr -> f32
        %v1953 = arith.addi %v1518, %v510 : i64
        %v1954 = arith.constant true
        %v1955 = arith.addi %v56, %v1953 : i64
        %v1956 = llvm.getelementptr %v9[%v1955] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1957 = llvm.load %v1956 : !llvm.ptr<3> -> i64
        %v1958 = arith.addi %v75, %v1519 : i64
        %v1959 = arith.cmpi slt, %v1958, %v69 : i64
        %v1960 = arith.subi %size_L, %v1 : i64
        %v1961 = arith.minsi %v1958, %v1960 : i64
        %v1962 = arith.addi %v1957, %v1961 : i64
        %v1963 = arith.muli %v1955, %v88 : i64
        %v1964 = arith.addi %v1963, %v1519 : i64
        %v1965 = llvm.getelementptr %in_g_re[%v1962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1966 = llvm.load %v1965 : !llvm.ptr -> f32
        scf.if %v1520 {
          %v1967 = llvm.getelementptr %v10[%v1530] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1532, %v1967 : f32, !llvm.ptr<3>
        }
        scf.if %v1534 {
          %v1968 = llvm.getelementptr %v10[%v1544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1546, %v1968 : f32, !llvm.ptr<3>
        }
        scf.if %v1548 {
          %v1969 = llvm.getelementptr %v10[%v1558] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1560, %v1969 : f32, !llvm.ptr<3>
        }
        scf.if %v1562 {
          %v1970 = llvm.getelementptr %v10[%v1572] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1574, %v1970 : f32, !llvm.ptr<3>
        }
        scf.if %v1576 {
          %v1971 = llvm.getelementptr %v10[%v1586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1588, %v1971 : f32, !llvm.ptr<3>
        }
        scf.if %v1590 {
          %v1972 = llvm.getelementptr %v10[%v1600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1602, %v1972 : f32, !llvm.ptr<3>
        }
        scf.if %v1604 {
          %v1973 = llvm.getelementptr %v10[%v1614] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1616, %v1973 : f32, !llvm.ptr<3>
        }
        scf.if %v1618 {
          %v1974 = llvm.getelementptr %v10[%v1628] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1630, %v1974 : f32, !llvm.ptr<3>
        }
        scf.if %v1632 {
          %v1975 = llvm.getelementptr %v10[%v1642] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1644, %v1975 : f32, !llvm.ptr<3>
        }
        scf.if %v1646 {
          %v1976 = llvm.getelementptr %v10[%v1656] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1658, %v1976 : f32, !llvm.ptr<3>
        }
        scf.if %v1660 {
          %v1977 = llvm.getelementptr %v10[%v1670] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1672, %v1977 : f32, !llvm.ptr<3>
        }
        scf.if %v1674 {
          %v1978 = llvm.getelementptr %v10[%v1684] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1686, %v1978 : f32, !llvm.ptr<3>
        }
        scf.if %v1688 {
          %v1979 = llvm.getelementptr %v10[%v1698] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1700, %v1979 : f32, !llvm.ptr<3>
        }
        scf.if %v1702 {
          %v1980 = llvm.getelementptr %v10[%v1712] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1714, %v1980 : f32, !llvm.ptr<3>
        }
        scf.if %v1716 {
          %v1981 = llvm.getelementptr %v10[%v1726] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1728, %v1981 : f32, !llvm.ptr<3>
        }
        scf.if %v1730 {
          %v1982 = llvm.getelementptr %v10[%v1740] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1742, %v1982 : f32, !llvm.ptr<3>
        }
        scf.if %v1744 {
          %v1983 = llvm.getelementptr %v10[%v1754] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1756, %v1983 : f32, !llvm.ptr<3>
        }
        scf.if %v1758 {
          %v1984 = llvm.getelementptr %v10[%v1768] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1770, %v1984 : f32, !llvm.ptr<3>
        }
        scf.if %v1772 {
          %v1985 = llvm.getelementptr %v10[%v1782] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1784, %v1985 : f32, !llvm.ptr<3>
        }
        scf.if %v1786 {
          %v1986 = llvm.getelementptr %v10[%v1796] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1798, %v1986 : f32, !llvm.ptr<3>
        }
        scf.if %v1800 {
          %v1987 = llvm.getelementptr %v10[%v1810] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1812, %v1987 : f32, !llvm.ptr<3>
        }
        scf.if %v1814 {
          %v1988 = llvm.getelementptr %v10[%v1824] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1826, %v1988 : f32, !llvm.ptr<3>
        }
        scf.if %v1828 {
          %v1989 = llvm.getelementptr %v10[%v1838] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1840, %v1989 : f32, !llvm.ptr<3>
        }
        scf.if %v1842 {
          %v1990 = llvm.getelementptr %v10[%v1852] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1854, %v1990 : f32, !llvm.ptr<3>
        }
        scf.if %v1856 {
          %v1991 = llvm.getelementptr %v10[%v1866] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1868, %v1991 : f32, !llvm.ptr<3>
        }
        scf.if %v1870 {
          %v1992 = llvm.getelementptr %v10[%v1880] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1882, %v1992 : f32, !llvm.ptr<3>
        }
        scf.if %v1884 {
          %v1993 = llvm.getelementptr %v10[%v1894] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1896, %v1993 : f32, !llvm.ptr<3>
        }
        scf.if %v1898 {
          %v1994 = llvm.getelementptr %v10[%v1908] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1910, %v1994 : f32, !llvm.ptr<3>
        }
        scf.if %v1912 {
          %v1995 = llvm.getelementptr %v10[%v1922] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1924, %v1995 : f32, !llvm.ptr<3>
        }
        scf.if %v1926 {
          %v1996 = llvm.getelementptr %v10[%v1936] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1938, %v1996 : f32, !llvm.ptr<3>
        }
        scf.if %v1940 {
          %v1997 = llvm.getelementptr %v10[%v1950] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1952, %v1997 : f32, !llvm.ptr<3>
        }
        scf.if %v1954 {
          %v1998 = llvm.getelementptr %v10[%v1964] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1966, %v1998 : f32, !llvm.ptr<3>
        }
        %v1999 = arith.divui %v17, %v70 : i64
        %v2000 = arith.remui %v17, %v70 : i64
        %v2001 = arith.constant true
        %v2002 = arith.addi %v13, %v1999 : i64
        %v2003 = llvm.getelementptr %v9[%v2002] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2004 = llvm.load %v2003 : !llvm.ptr<3> -> i64
        %v2005 = arith.addi %v75, %v2000 : i64
        %v2006 = arith.cmpi slt, %v2005, %v69 : i64
        %v2007 = arith.subi %size_L, %v1 : i64
        %v2008 = arith.minsi %v2005, %v2007 : i64
        %v2009 = arith.addi %v2004, %v2008 : i64
        %v2010 = arith.muli %v2002, %v88 : i64
        %v2011 = arith.addi %v2010, %v2000 : i64
        %v2012 = llvm.getelementptr %in_g_im[%v2009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2013 = llvm.load %v2012 : !llvm.ptr -> f32
        %v2014 = arith.addi %v1999, %v48 : i64
        %v2015 = arith.constant true
        %v2016 = arith.addi %v13, %v2014 : i64
        %v2017 = llvm.getelementptr %v9[%v2016] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2018 = llvm.load %v2017 : !llvm.ptr<3> -> i64
        %v2019 = arith.addi %v75, %v2000 : i64
        %v2020 = arith.cmpi slt, %v2019, %v69 : i64
        %v2021 = arith.subi %size_L, %v1 : i64
        %v2022 = arith.minsi %v2019, %v2021 : i64
        %v2023 = arith.addi %v2018, %v2022 : i64
        %v2024 = arith.muli %v2016, %v88 : i64
        %v2025 = arith.addi %v2024, %v2000 : i64
        %v2026 = llvm.getelementptr %in_g_im[%v2023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2027 = llvm.load %v2026 : !llvm.ptr -> f32
        %v2028 = arith.addi %v1999, %v62 : i64
        %v2029 = arith.constant true
        %v2030 = arith.addi %v13, %v2028 : i64
        %v2031 = llvm.getelementptr %v9[%v2030] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2032 = llvm.load %v2031 : !llvm.ptr<3> -> i64
        %v2033 = arith.addi %v75, %v2000 : i64
        %v2034 = arith.cmpi slt, %v2033, %v69 : i64
        %v2035 = arith.subi %size_L, %v1 : i64
        %v2036 = arith.minsi %v2033, %v2035 : i64
        %v2037 = arith.addi %v2032, %v2036 : i64
        %v2038 = arith.muli %v2030, %v88 : i64
        %v2039 = arith.addi %v2038, %v2000 : i64
        %v2040 = llvm.getelementptr %in_g_im[%v2037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2041 = llvm.load %v2040 : !llvm.ptr -> f32
        %v2042 = arith.addi %v1999, %v119 : i64
        %v2043 = arith.constant true
        %v2044 = arith.addi %v13, %v2042 : i64
        %v2045 = llvm.getelementptr %v9[%v2044] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2046 = llvm.load %v2045 : !llvm.ptr<3> -> i64
        %v2047 = arith.addi %v75, %v2000 : i64
        %v2048 = arith.cmpi slt, %v2047, %v69 : i64
        %v2049 = arith.subi %size_L, %v1 : i64
        %v2050 = arith.minsi %v2047, %v2049 : i64
        %v2051 = arith.addi %v2046, %v2050 : i64
        %v2052 = arith.muli %v2044, %v88 : i64
        %v2053 = arith.addi %v2052, %v2000 : i64
        %v2054 = llvm.getelementptr %in_g_im[%v2051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2055 = llvm.load %v2054 : !llvm.ptr -> f32
        %v2056 = arith.addi %v1999, %v133 : i64
        %v2057 = arith.constant true
        %v2058 = arith.addi %v13, %v2056 : i64
        %v2059 = llvm.getelementptr %v9[%v2058] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2060 = llvm.load %v2059 : !llvm.ptr<3> -> i64
        %v2061 = arith.addi %v75, %v2000 : i64
        %v2062 = arith.cmpi slt, %v2061, %v69 : i64
        %v2063 = arith.subi %size_L, %v1 : i64
        %v2064 = arith.minsi %v2061, %v2063 : i64
        %v2065 = arith.addi %v2060, %v2064 : i64
        %v2066 = arith.muli %v2058, %v88 : i64
        %v2067 = arith.addi %v2066, %v2000 : i64
        %v2068 = llvm.getelementptr %in_g_im[%v2065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2069 = llvm.load %v2068 : !llvm.ptr -> f32
        %v2070 = arith.addi %v1999, %v147 : i64
        %v2071 = arith.constant true
        %v2072 = arith.addi %v13, %v2070 : i64
        %v2073 = llvm.getelementptr %v9[%v2072] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2074 = llvm.load %v2073 : !llvm.ptr<3> -> i64
        %v2075 = arith.addi %v75, %v2000 : i64
        %v2076 = arith.cmpi slt, %v2075, %v69 : i64
        %v2077 = arith.subi %size_L, %v1 : i64
        %v2078 = arith.minsi %v2075, %v2077 : i64
        %v2079 = arith.addi %v2074, %v2078 : i64
        %v2080 = arith.muli %v2072, %v88 : i64
        %v2081 = arith.addi %v2080, %v2000 : i64
        %v2082 = llvm.getelementptr %in_g_im[%v2079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2083 = llvm.load %v2082 : !llvm.ptr -> f32
        %v2084 = arith.addi %v1999, %v161 : i64
        %v2085 = arith.constant true
        %v2086 = arith.addi %v13, %v2084 : i64
        %v2087 = llvm.getelementptr %v9[%v2086] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2088 = llvm.load %v2087 : !llvm.ptr<3> -> i64
        %v2089 = arith.addi %v75, %v2000 : i64
        %v2090 = arith.cmpi slt, %v2089, %v69 : i64
        %v2091 = arith.subi %size_L, %v1 : i64
        %v2092 = arith.minsi %v2089, %v2091 : i64
        %v2093 = arith.addi %v2088, %v2092 : i64
        %v2094 = arith.muli %v2086, %v88 : i64
        %v2095 = arith.addi %v2094, %v2000 : i64
        %v2096 = llvm.getelementptr %in_g_im[%v2093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2097 = llvm.load %v2096 : !llvm.ptr -> f32
        %v2098 = arith.addi %v1999, %v175 : i64
        %v2099 = arith.constant true
        %v2100 = arith.addi %v13, %v2098 : i64
        %v2101 = llvm.getelementptr %v9[%v2100] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2102 = llvm.load %v2101 : !llvm.ptr<3> -> i64
        %v2103 = arith.addi %v75, %v2000 : i64
        %v2104 = arith.cmpi slt, %v2103, %v69 : i64
        %v2105 = arith.subi %size_L, %v1 : i64
        %v2106 = arith.minsi %v2103, %v2105 : i64
        %v2107 = arith.addi %v2102, %v2106 : i64
        %v2108 = arith.muli %v2100, %v88 : i64
        %v2109 = arith.addi %v2108, %v2000 : i64
        %v2110 = llvm.getelementptr %in_g_im[%v2107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2111 = llvm.load %v2110 : !llvm.ptr -> f32
        %v2112 = arith.addi %v1999, %v189 : i64
        %v2113 = arith.constant true
        %v2114 = arith.addi %v13, %v2112 : i64
        %v2115 = llvm.getelementptr %v9[%v2114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2116 = llvm.load %v2115 : !llvm.ptr<3> -> i64
        %v2117 = arith.addi %v75, %v2000 : i64
        %v2118 = arith.cmpi slt, %v2117, %v69 : i64
        %v2119 = arith.subi %size_L, %v1 : i64
        %v2120 = arith.minsi %v2117, %v2119 : i64
        %v2121 = arith.addi %v2116, %v2120 : i64
        %v2122 = arith.muli %v2114, %v88 : i64
        %v2123 = arith.addi %v2122, %v2000 : i64
        %v2124 = llvm.getelementptr %in_g_im[%v2121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2125 = llvm.load %v2124 : !llvm.ptr -> f32
        %v2126 = arith.addi %v1999, %v203 : i64
        %v2127 = arith.constant true
        %v2128 = arith.addi %v13, %v2126 : i64
        %v2129 = llvm.getelementptr %v9[%v2128] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2130 = llvm.load %v2129 : !llvm.ptr<3> -> i64
        %v2131 = arith.addi %v75, %v2000 : i64
        %v2132 = arith.cmpi slt, %v2131, %v69 : i64
        %v2133 = arith.subi %size_L, %v1 : i64
        %v2134 = arith.minsi %v2131, %v2133 : i64
        %v2135 = arith.addi %v2130, %v2134 : i64
        %v2136 = arith.muli %v2128, %v88 : i64
        %v2137 = arith.addi %v2136, %v2000 : i64
        %v2138 = llvm.getelementptr %in_g_im[%v2135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2139 = llvm.load %v2138 : !llvm.ptr -> f32
        %v2140 = arith.addi %v1999, %v217 : i64
        %v2141 = arith.constant true
        %v2142 = arith.addi %v13, %v2140 : i64
        %v2143 = llvm.getelementptr %v9[%v2142] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2144 = llvm.load %v2143 : !llvm.ptr<3> -> i64
        %v2145 = arith.addi %v75, %v2000 : i64
        %v2146 = arith.cmpi slt, %v2145, %v69 : i64
        %v2147 = arith.subi %size_L, %v1 : i64
        %v2148 = arith.minsi %v2145, %v2147 : i64
        %v2149 = arith.addi %v2144, %v2148 : i64
        %v2150 = arith.muli %v2142, %v88 : i64
        %v2151 = arith.addi %v2150, %v2000 : i64
        %v2152 = llvm.getelementptr %in_g_im[%v2149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2153 = llvm.load %v2152 : !llvm.ptr -> f32
        %v2154 = arith.addi %v1999, %v231 : i64
        %v2155 = arith.constant true
        %v2156 = arith.addi %v13, %v2154 : i64
        %v2157 = llvm.getelementptr %v9[%v2156] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2158 = llvm.load %v2157 : !llvm.ptr<3> -> i64
        %v2159 = arith.addi %v75, %v2000 : i64
        %v2160 = arith.cmpi slt, %v2159, %v69 : i64
        %v2161 = arith.subi %size_L, %v1 : i64
        %v2162 = arith.minsi %v2159, %v2161 : i64
        %v2163 = arith.addi %v2158, %v2162 : i64
        %v2164 = arith.muli %v2156, %v88 : i64
        %v2165 = arith.addi %v2164, %v2000 : i64
        %v2166 = llvm.getelementptr %in_g_im[%v2163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2167 = llvm.load %v2166 : !llvm.ptr -> f32
        %v2168 = arith.addi %v1999, %v245 : i64
        %v2169 = arith.constant true
        %v2170 = arith.addi %v13, %v2168 : i64
        %v2171 = llvm.getelementptr %v9[%v2170] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2172 = llvm.load %v2171 : !llvm.ptr<3> -> i64
        %v2173 = arith.addi %v75, %v2000 : i64
        %v2174 = arith.cmpi slt, %v2173, %v69 : i64
        %v2175 = arith.subi %size_L, %v1 : i64
        %v2176 = arith.minsi %v2173, %v2175 : i64
        %v2177 = arith.addi %v2172, %v2176 : i64
        %v2178 = arith.muli %v2170, %v88 : i64
        %v2179 = arith.addi %v2178, %v2000 : i64
        %v2180 = llvm.getelementptr %in_g_im[%v2177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2181 = llvm.load %v2180 : !llvm.ptr -> f32
        %v2182 = arith.addi %v1999, %v259 : i64
        %v2183 = arith.constant true
        %v2184 = arith.addi %v13, %v2182 : i64
        %v2185 = llvm.getelementptr %v9[%v2184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2186 = llvm.load %v2185 : !llvm.ptr<3> -> i64
        %v2187 = arith.addi %v75, %v2000 : i64
        %v2188 = arith.cmpi slt, %v2187, %v69 : i64
        %v2189 = arith.subi %size_L, %v1 : i64
        %v2190 = arith.minsi %v2187, %v2189 : i64
        %v2191 = arith.addi %v2186, %v2190 : i64
        %v2192 = arith.muli %v2184, %v88 : i64
        %v2193 = arith.addi %v2192, %v2000 : i64
        %v2194 = llvm.getelementptr %in_g_im[%v2191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2195 = llvm.load %v2194 : !llvm.ptr -> f32
        %v2196 = arith.addi %v1999, %v273 : i64
        %v2197 = arith.constant true
        %v2198 = arith.addi %v13, %v2196 : i64
        %v2199 = llvm.getelementptr %v9[%v2198] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2200 = llvm.load %v2199 : !llvm.ptr<3> -> i64
        %v2201 = arith.addi %v75, %v2000 : i64
        %v2202 = arith.cmpi slt, %v2201, %v69 : i64
        %v2203 = arith.subi %size_L, %v1 : i64
        %v2204 = arith.minsi %v2201, %v2203 : i64
        %v2205 = arith.addi %v2200, %v2204 : i64
        %v2206 = arith.muli %v2198, %v88 : i64
        %v2207 = arith.addi %v2206, %v2000 : i64
        %v2208 = llvm.getelementptr %in_g_im[%v2205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2209 = llvm.load %v2208 : !llvm.ptr -> f32
        %v2210 = arith.addi %v1999, %v287 : i64
        %v2211 = arith.constant true
        %v2212 = arith.addi %v13, %v2210 : i64
        %v2213 = llvm.getelementptr %v9[%v2212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2214 = llvm.load %v2213 : !llvm.ptr<3> -> i64
        %v2215 = arith.addi %v75, %v2000 : i64
        %v2216 = arith.cmpi slt, %v2215, %v69 : i64
        %v2217 = arith.subi %size_L, %v1 : i64
        %v2218 = arith.minsi %v2215, %v2217 : i64
        %v2219 = arith.addi %v2214, %v2218 : i64
        %v2220 = arith.muli %v2212, %v88 : i64
        %v2221 = arith.addi %v2220, %v2000 : i64
        %v2222 = llvm.getelementptr %in_g_im[%v2219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2223 = llvm.load %v2222 : !llvm.ptr -> f32
        %v2224 = arith.addi %v1999, %v70 : i64
        %v2225 = arith.constant true
        %v2226 = arith.addi %v13, %v2224 : i64
        %v2227 = llvm.getelementptr %v9[%v2226] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2228 = llvm.load %v2227 : !llvm.ptr<3> -> i64
        %v2229 = arith.addi %v75, %v2000 : i64
        %v2230 = arith.cmpi slt, %v2229, %v69 : i64
        %v2231 = arith.subi %size_L, %v1 : i64
        %v2232 = arith.minsi %v2229, %v2231 : i64
        %v2233 = arith.addi %v2228, %v2232 : i64
        %v2234 = arith.muli %v2226, %v88 : i64
        %v2235 = arith.addi %v2234, %v2000 : i64
        %v2236 = llvm.getelementptr %in_g_im[%v2233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2237 = llvm.load %v2236 : !llvm.ptr -> f32
        %v2238 = arith.addi %v1999, %v314 : i64
        %v2239 = arith.constant true
        %v2240 = arith.addi %v13, %v2238 : i64
        %v2241 = llvm.getelementptr %v9[%v2240] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2242 = llvm.load %v2241 : !llvm.ptr<3> -> i64
        %v2243 = arith.addi %v75, %v2000 : i64
        %v2244 = arith.cmpi slt, %v2243, %v69 : i64
        %v2245 = arith.subi %size_L, %v1 : i64
        %v2246 = arith.minsi %v2243, %v2245 : i64
        %v2247 = arith.addi %v2242, %v2246 : i64
        %v2248 = arith.muli %v2240, %v88 : i64
        %v2249 = arith.addi %v2248, %v2000 : i64
        %v2250 = llvm.getelementptr %in_g_im[%v2247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2251 = llvm.load %v2250 : !llvm.ptr -> f32
        %v2252 = arith.addi %v1999, %v328 : i64
        %v2253 = arith.constant true
        %v2254 = arith.addi %v13, %v2252 : i64
        %v2255 = llvm.getelementptr %v9[%v2254] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2256 = llvm.load %v2255 : !llvm.ptr<3> -> i64
        %v2257 = arith.addi %v75, %v2000 : i64
        %v2258 = arith.cmpi slt, %v2257, %v69 : i64
        %v2259 = arith.subi %size_L, %v1 : i64
        %v2260 = arith.minsi %v2257, %v2259 : i64
        %v2261 = arith.addi %v2256, %v2260 : i64
        %v2262 = arith.muli %v2254, %v88 : i64
        %v2263 = arith.addi %v2262, %v2000 : i64
        %v2264 = llvm.getelementptr %in_g_im[%v2261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2265 = llvm.load %v2264 : !llvm.ptr -> f32
        %v2266 = arith.addi %v1999, %v342 : i64
        %v2267 = arith.constant true
        %v2268 = arith.addi %v13, %v2266 : i64
        %v2269 = llvm.getelementptr %v9[%v2268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2270 = llvm.load %v2269 : !llvm.ptr<3> -> i64
        %v2271 = arith.addi %v75, %v2000 : i64
        %v2272 = arith.cmpi slt, %v2271, %v69 : i64
        %v2273 = arith.subi %size_L, %v1 : i64
        %v2274 = arith.minsi %v2271, %v2273 : i64
        %v2275 = arith.addi %v2270, %v2274 : i64
        %v2276 = arith.muli %v2268, %v88 : i64
        %v2277 = arith.addi %v2276, %v2000 : i64
        %v2278 = llvm.getelementptr %in_g_im[%v2275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2279 = llvm.load %v2278 : !llvm.ptr -> f32
        %v2280 = arith.addi %v1999, %v356 : i64
        %v2281 = arith.constant true
        %v2282 = arith.addi %v13, %v2280 : i64
        %v2283 = llvm.getelementptr %v9[%v2282] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2284 = llvm.load %v2283 : !llvm.ptr<3> -> i64
        %v2285 = arith.addi %v75, %v2000 : i64
        %v2286 = arith.cmpi slt, %v2285, %v69 : i64
        %v2287 = arith.subi %size_L, %v1 : i64
        %v2288 = arith.minsi %v2285, %v2287 : i64
        %v2289 = arith.addi %v2284, %v2288 : i64
        %v2290 = arith.muli %v2282, %v88 : i64
        %v2291 = arith.addi %v2290, %v2000 : i64
        %v2292 = llvm.getelementptr %in_g_im[%v2289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2293 = llvm.load %v2292 : !llvm.ptr -> f32
        %v2294 = arith.addi %v1999, %v370 : i64
        %v2295 = arith.constant true
        %v2296 = arith.addi %v13, %v2294 : i64
        %v2297 = llvm.getelementptr %v9[%v2296] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2298 = llvm.load %v2297 : !llvm.ptr<3> -> i64
        %v2299 = arith.addi %v75, %v2000 : i64
        %v2300 = arith.cmpi slt, %v2299, %v69 : i64
        %v2301 = arith.subi %size_L, %v1 : i64
        %v2302 = arith.minsi %v2299, %v2301 : i64
        %v2303 = arith.addi %v2298, %v2302 : i64
        %v2304 = arith.muli %v2296, %v88 : i64
        %v2305 = arith.addi %v2304, %v2000 : i64
        %v2306 = llvm.getelementptr %in_g_im[%v2303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2307 = llvm.load %v2306 : !llvm.ptr -> f32
        %v2308 = arith.addi %v1999, %v384 : i64
        %v2309 = arith.constant true
        %v2310 = arith.addi %v13, %v2308 : i64
        %v2311 = llvm.getelementptr %v9[%v2310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2312 = llvm.load %v2311 : !llvm.ptr<3> -> i64
        %v2313 = arith.addi %v75, %v2000 : i64
        %v2314 = arith.cmpi slt, %v2313, %v69 : i64
        %v2315 = arith.subi %size_L, %v1 : i64
        %v2316 = arith.minsi %v2313, %v2315 : i64
        %v2317 = arith.addi %v2312, %v2316 : i64
        %v2318 = arith.muli %v2310, %v88 : i64
        %v2319 = arith.addi %v2318, %v2000 : i64
        %v2320 = llvm.getelementptr %in_g_im[%v2317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2321 = llvm.load %v2320 : !llvm.ptr -> f32
        %v2322 = arith.addi %v1999, %v398 : i64
        %v2323 = arith.constant true
        %v2324 = arith.addi %v13, %v2322 : i64
        %v2325 = llvm.getelementptr %v9[%v2324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2326 = llvm.load %v2325 : !llvm.ptr<3> -> i64
        %v2327 = arith.addi %v75, %v2000 : i64
        %v2328 = arith.cmpi slt, %v2327, %v69 : i64
        %v2329 = arith.subi %size_L, %v1 : i64
        %v2330 = arith.minsi %v2327, %v2329 : i64
        %v2331 = arith.addi %v2326, %v2330 : i64
        %v2332 = arith.muli %v2324, %v88 : i64
        %v2333 = arith.addi %v2332, %v2000 : i64
        %v2334 = llvm.getelementptr %in_g_im[%v2331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2335 = llvm.load %v2334 : !llvm.ptr -> f32
        %v2336 = arith.addi %v1999, %v412 : i64
        %v2337 = arith.constant true
        %v2338 = arith.addi %v13, %v2336 : i64
        %v2339 = llvm.getelementptr %v9[%v2338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2340 = llvm.load %v2339 : !llvm.ptr<3> -> i64
        %v2341 = arith.addi %v75, %v2000 : i64
        %v2342 = arith.cmpi slt, %v2341, %v69 : i64
        %v2343 = arith.subi %size_L, %v1 : i64
        %v2344 = arith.minsi %v2341, %v2343 : i64
        %v2345 = arith.addi %v2340, %v2344 : i64
        %v2346 = arith.muli %v2338, %v88 : i64
        %v2347 = arith.addi %v2346, %v2000 : i64
        %v2348 = llvm.getelementptr %in_g_im[%v2345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2349 = llvm.load %v2348 : !llvm.ptr -> f32
        %v2350 = arith.addi %v1999, %v426 : i64
        %v2351 = arith.constant true
        %v2352 = arith.addi %v13, %v2350 : i64
        %v2353 = llvm.getelementptr %v9[%v2352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2354 = llvm.load %v2353 : !llvm.ptr<3> -> i64
        %v2355 = arith.addi %v75, %v2000 : i64
        %v2356 = arith.cmpi slt, %v2355, %v69 : i64
        %v2357 = arith.subi %size_L, %v1 : i64
        %v2358 = arith.minsi %v2355, %v2357 : i64
        %v2359 = arith.addi %v2354, %v2358 : i64
        %v2360 = arith.muli %v2352, %v88 : i64
        %v2361 = arith.addi %v2360, %v2000 : i64
        %v2362 = llvm.getelementptr %in_g_im[%v2359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2363 = llvm.load %v2362 : !llvm.ptr -> f32
        %v2364 = arith.addi %v1999, %v440 : i64
        %v2365 = arith.constant true
        %v2366 = arith.addi %v13, %v2364 : i64
        %v2367 = llvm.getelementptr %v9[%v2366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2368 = llvm.load %v2367 : !llvm.ptr<3> -> i64
        %v2369 = arith.addi %v75, %v2000 : i64
        %v2370 = arith.cmpi slt, %v2369, %v69 : i64
        %v2371 = arith.subi %size_L, %v1 : i64
        %v2372 = arith.minsi %v2369, %v2371 : i64
        %v2373 = arith.addi %v2368, %v2372 : i64
        %v2374 = arith.muli %v2366, %v88 : i64
        %v2375 = arith.addi %v2374, %v2000 : i64
        %v2376 = llvm.getelementptr %in_g_im[%v2373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2377 = llvm.load %v2376 : !llvm.ptr -> f32
        %v2378 = arith.addi %v1999, %v454 : i64
        %v2379 = arith.constant true
        %v2380 = arith.addi %v13, %v2378 : i64
        %v2381 = llvm.getelementptr %v9[%v2380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2382 = llvm.load %v2381 : !llvm.ptr<3> -> i64
        %v2383 = arith.addi %v75, %v2000 : i64
        %v2384 = arith.cmpi slt, %v2383, %v69 : i64
        %v2385 = arith.subi %size_L, %v1 : i64
        %v2386 = arith.minsi %v2383, %v2385 : i64
        %v2387 = arith.addi %v2382, %v2386 : i64
        %v2388 = arith.muli %v2380, %v88 : i64
        %v2389 = arith.addi %v2388, %v2000 : i64
        %v2390 = llvm.getelementptr %in_g_im[%v2387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2391 = llvm.load %v2390 : !llvm.ptr -> f32
        %v2392 = arith.addi %v1999, %v468 : i64
        %v2393 = arith.constant true
        %v2394 = arith.addi %v13, %v2392 : i64
        %v2395 = llvm.getelementptr %v9[%v2394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2396 = llvm.load %v2395 : !llvm.ptr<3> -> i64
        %v2397 = arith.addi %v75, %v2000 : i64
        %v2398 = arith.cmpi slt, %v2397, %v69 : i64
        %v2399 = arith.subi %size_L, %v1 : i64
        %v2400 = arith.minsi %v2397, %v2399 : i64
        %v2401 = arith.addi %v2396, %v2400 : i64
        %v2402 = arith.muli %v2394, %v88 : i64
        %v2403 = arith.addi %v2402, %v2000 : i64
        %v2404 = llvm.getelementptr %in_g_im[%v2401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2405 = llvm.load %v2404 : !llvm.ptr -> f32
        %v2406 = arith.addi %v1999, %v482 : i64
        %v2407 = arith.constant true
        %v2408 = arith.addi %v13, %v2406 : i64
        %v2409 = llvm.getelementptr %v9[%v2408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2410 = llvm.load %v2409 : !llvm.ptr<3> -> i64
        %v2411 = arith.addi %v75, %v2000 : i64
        %v2412 = arith.cmpi slt, %v2411, %v69 : i64
        %v2413 = arith.subi %size_L, %v1 : i64
        %v2414 = arith.minsi %v2411, %v2413 : i64
        %v2415 = arith.addi %v2410, %v2414 : i64
        %v2416 = arith.muli %v2408, %v88 : i64
        %v2417 = arith.addi %v2416, %v2000 : i64
        %v2418 = llvm.getelementptr %in_g_im[%v2415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2419 = llvm.load %v2418 : !llvm.ptr -> f32
        %v2420 = arith.addi %v1999, %v496 : i64
        %v2421 = arith.constant true
        %v2422 = arith.addi %v13, %v2420 : i64
        %v2423 = llvm.getelementptr %v9[%v2422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2424 = llvm.load %v2423 : !llvm.ptr<3> -> i64
        %v2425 = arith.addi %v75, %v2000 : i64
        %v2426 = arith.cmpi slt, %v2425, %v69 : i64
        %v2427 = arith.subi %size_L, %v1 : i64
        %v2428 = arith.minsi %v2425, %v2427 : i64
        %v2429 = arith.addi %v2424, %v2428 : i64
        %v2430 = arith.muli %v2422, %v88 : i64
        %v2431 = arith.addi %v2430, %v2000 : i64
        %v2432 = llvm.getelementptr %in_g_im[%v2429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2433 = llvm.load %v2432 : !llvm.ptr -> f32
        %v2434 = arith.addi %v1999, %v510 : i64
        %v2435 = arith.constant true
        %v2436 = arith.addi %v13, %v2434 : i64
        %v2437 = llvm.getelementptr %v9[%v2436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2438 = llvm.load %v2437 : !llvm.ptr<3> -> i64
        %v2439 = arith.addi %v75, %v2000 : i64
        %v2440 = arith.cmpi slt, %v2439, %v69 : i64
        %v2441 = arith.subi %size_L, %v1 : i64
        %v2442 = arith.minsi %v2439, %v2441 : i64
        %v2443 = arith.addi %v2438, %v2442 : i64
        %v2444 = arith.muli %v2436, %v88 : i64
        %v2445 = arith.addi %v2444, %v2000 : i64
        %v2446 = llvm.getelementptr %in_g_im[%v2443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2447 = llvm.load %v2446 : !llvm.ptr -> f32
        scf.if %v2001 {
          %v2448 = llvm.getelementptr %v10[%v2011] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2013, %v2448 : f32, !llvm.ptr<3>
        }
        scf.if %v2015 {
          %v2449 = llvm.getelementptr %v10[%v2025] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2027, %v2449 : f32, !llvm.ptr<3>
        }
        scf.if %v2029 {
          %v2450 = llvm.getelementptr %v10[%v2039] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2041, %v2450 : f32, !llvm.ptr<3>
        }
        scf.if %v2043 {
          %v2451 = llvm.getelementptr %v10[%v2053] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2055, %v2451 : f32, !llvm.ptr<3>
        }
        scf.if %v2057 {
          %v2452 = llvm.getelementptr %v10[%v2067] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2069, %v2452 : f32, !llvm.ptr<3>
        }
        scf.if %v2071 {
          %v2453 = llvm.getelementptr %v10[%v2081] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2083, %v2453 : f32, !llvm.ptr<3>
        }
        scf.if %v2085 {
          %v2454 = llvm.getelementptr %v10[%v2095] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2097, %v2454 : f32, !llvm.ptr<3>
        }
        scf.if %v2099 {
          %v2455 = llvm.getelementptr %v10[%v2109] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2111, %v2455 : f32, !llvm.ptr<3>
        }
        scf.if %v2113 {
          %v2456 = llvm.getelementptr %v10[%v2123] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2125, %v2456 : f32, !llvm.ptr<3>
        }
        scf.if %v2127 {
          %v2457 = llvm.getelementptr %v10[%v2137] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2139, %v2457 : f32, !llvm.ptr<3>
        }
        scf.if %v2141 {
          %v2458 = llvm.getelementptr %v10[%v2151] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2153, %v2458 : f32, !llvm.ptr<3>
        }
        scf.if %v2155 {
          %v2459 = llvm.getelementptr %v10[%v2165] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2167, %v2459 : f32, !llvm.ptr<3>
        }
        scf.if %v2169 {
          %v2460 = llvm.getelementptr %v10[%v2179] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2181, %v2460 : f32, !llvm.ptr<3>
        }
        scf.if %v2183 {
          %v2461 = llvm.getelementptr %v10[%v2193] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2195, %v2461 : f32, !llvm.ptr<3>
        }
        scf.if %v2197 {
          %v2462 = llvm.getelementptr %v10[%v2207] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2209, %v2462 : f32, !llvm.ptr<3>
        }
        scf.if %v2211 {
          %v2463 = llvm.getelementptr %v10[%v2221] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2223, %v2463 : f32, !llvm.ptr<3>
        }
        scf.if %v2225 {
          %v2464 = llvm.getelementptr %v10[%v2235] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2237, %v2464 : f32, !llvm.ptr<3>
        }
        scf.if %v2239 {
          %v2465 = llvm.getelementptr %v10[%v2249] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2251, %v2465 : f32, !llvm.ptr<3>
        }
        scf.if %v2253 {
          %v2466 = llvm.getelementptr %v10[%v2263] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2265, %v2466 : f32, !llvm.ptr<3>
        }
        scf.if %v2267 {
          %v2467 = llvm.getelementptr %v10[%v2277] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2279, %v2467 : f32, !llvm.ptr<3>
        }
        scf.if %v2281 {
          %v2468 = llvm.getelementptr %v10[%v2291] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2293, %v2468 : f32, !llvm.ptr<3>
        }
        scf.if %v2295 {
          %v2469 = llvm.getelementptr %v10[%v2305] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2307, %v2469 : f32, !llvm.ptr<3>
        }
        scf.if %v2309 {
          %v2470 = llvm.getelementptr %v10[%v2319] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2321, %v2470 : f32, !llvm.ptr<3>
        }
        scf.if %v2323 {
          %v2471 = llvm.getelementptr %v10[%v2333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2335, %v2471 : f32, !llvm.ptr<3>
        }
        scf.if %v2337 {
          %v2472 = llvm.getelementptr %v10[%v2347] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2349, %v2472 : f32, !llvm.ptr<3>
        }
        scf.if %v2351 {
          %v2473 = llvm.getelementptr %v10[%v2361] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2363, %v2473 : f32, !llvm.ptr<3>
        }
        scf.if %v2365 {
          %v2474 = llvm.getelementptr %v10[%v2375] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2377, %v2474 : f32, !llvm.ptr<3>
        }
        scf.if %v2379 {
          %v2475 = llvm.getelementptr %v10[%v2389] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2391, %v2475 : f32, !llvm.ptr<3>
        }
        scf.if %v2393 {
          %v2476 = llvm.getelementptr %v10[%v2403] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2405, %v2476 : f32, !llvm.ptr<3>
        }
        scf.if %v2407 {
          %v2477 = llvm.getelementptr %v10[%v2417] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2419, %v2477 : f32, !llvm.ptr<3>
        }
        scf.if %v2421 {
          %v2478 = llvm.getelementptr %v10[%v2431] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2433, %v2478 : f32, !llvm.ptr<3>
        }
        scf.if %v2435 {
          %v2479 = llvm.getelementptr %v10[%v2445] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2447, %v2479 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v2480 = arith.index_cast %v34 : i64 to index
        %v2481 = arith.index_cast %v77 : i64 to index
        %v2482 = arith.index_cast %v1 : i64 to index
        scf.for %v2483 = %v2480 to %v2481 step %v2482 {
          %v2484 = arith.index_cast %v2483 : index to i64
          %v2485 = arith.addi %v75, %v2484 : i64
          %v2489 = arith.muli %v17, %v88 : i64
          %v2490 = arith.addi %v2489, %v2484 : i64
          %v2491 = llvm.getelementptr %v10[%v2490] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2492 = llvm.load %v2491 : !llvm.ptr<3> -> f32
          %v2493 = arith.negf %v2492 : f32
          %v2495 = arith.mulf %v2493, %v2494 fastmath<contract> : f32
          %v2496 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2495) : (f32) -> f32
          %v2497 = arith.addf %v66, %v2496 fastmath<contract> : f32
          %v2498 = arith.divf %v66, %v2497 : f32
          %v2499 = arith.mulf %v2488, %v2498 fastmath<contract> : f32
          %v2500 = arith.addf %v2487, %v2499 fastmath<contract> : f32
          %v2513 = arith.mulf %v2500, %v2512 fastmath<contract> : f32
          %v2514 = arith.subf %v66, %v2500 fastmath<contract> : f32
          %v2515 = arith.addi %v19, %v17 : i64
          %v2516 = arith.muli %v2515, %v88 : i64
          %v2517 = arith.addi %v2516, %v2484 : i64
          %v2518 = llvm.getelementptr %v10[%v2517] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2519 = llvm.load %v2518 : !llvm.ptr<3> -> f32
          %v2520 = arith.negf %v2519 : f32
          %v2521 = arith.mulf %v2520, %v2494 fastmath<contract> : f32
          %v2522 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2521) : (f32) -> f32
          %v2523 = arith.addf %v66, %v2522 fastmath<contract> : f32
          %v2524 = arith.divf %v66, %v2523 : f32
          %v2525 = arith.mulf %v2519, %v2524 fastmath<contract> : f32
          %v2526 = arith.mulf %v2514, %v2525 fastmath<contract> : f32
          %v2527 = llvm.load %v3 : !llvm.ptr -> f32
          %v2528 = arith.mulf %v2513, %v2527 fastmath<contract> : f32
          %v2529 = arith.addf %v2528, %v2526 fastmath<contract> : f32
          %v2537 = arith.mulf %v2500, %v2536 fastmath<contract> : f32
          %v2538 = arith.negf %v2537 : f32
          %v2539 = llvm.load %v4 : !llvm.ptr -> f32
          %v2540 = arith.mulf %v2538, %v2539 fastmath<contract> : f32
          %v2541 = arith.addf %v2529, %v2540 fastmath<contract> : f32
          %v2542 = llvm.load %v5 : !llvm.ptr -> f32
          %v2543 = arith.mulf %v2513, %v2542 fastmath<contract> : f32
          %v2544 = llvm.load %v7 : !llvm.ptr -> f32
          %v2545 = arith.mulf %v2538, %v2544 fastmath<contract> : f32
          %v2546 = arith.addf %v2543, %v2545 fastmath<contract> : f32
          %v2547 = llvm.load %v6 : !llvm.ptr -> f32
          %v2548 = arith.mulf %v2513, %v2547 fastmath<contract> : f32
          %v2549 = llvm.load %v8 : !llvm.ptr -> f32
          %v2550 = arith.mulf %v2538, %v2549 fastmath<contract> : f32
          %v2551 = arith.addf %v2548, %v2550 fastmath<contract> : f32
          %v2552 = arith.addi %v49, %v17 : i64
          %v2553 = arith.muli %v2552, %v88 : i64
          %v2554 = arith.addi %v2553, %v2484 : i64
          %v2555 = llvm.getelementptr %v10[%v2554] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2556 = llvm.load %v2555 : !llvm.ptr<3> -> f32
          %v2557 = arith.negf %v2556 : f32
          %v2558 = arith.mulf %v2557, %v2494 fastmath<contract> : f32
          %v2559 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2558) : (f32) -> f32
          %v2560 = arith.addf %v66, %v2559 fastmath<contract> : f32
          %v2561 = arith.divf %v66, %v2560 : f32
          %v2562 = arith.mulf %v2556, %v2561 fastmath<contract> : f32
          %v2563 = arith.mulf %v2514, %v2562 fastmath<contract> : f32
          %v2564 = llvm.load %v4 : !llvm.ptr -> f32
          %v2565 = arith.mulf %v2513, %v2564 fastmath<contract> : f32
          %v2566 = arith.addf %v2565, %v2563 fastmath<contract> : f32
          %v2567 = llvm.load %v3 : !llvm.ptr -> f32
          %v2568 = arith.mulf %v2537, %v2567 fastmath<contract> : f32
          %v2569 = arith.addf %v2566, %v2568 fastmath<contract> : f32
          %v2570 = llvm.load %v7 : !llvm.ptr -> f32
          %v2571 = arith.mulf %v2513, %v2570 fastmath<contract> : f32
          %v2572 = llvm.load %v5 : !llvm.ptr -> f32
          %v2573 = arith.mulf %v2537, %v2572 fastmath<contract> : f32
          %v2574 = arith.addf %v2571, %v2573 fastmath<contract> : f32
          %v2575 = llvm.load %v8 : !llvm.ptr -> f32
          %v2576 = arith.mulf %v2513, %v2575 fastmath<contract> : f32
          %v2577 = llvm.load %v6 : !llvm.ptr -> f32
          %v2578 = arith.mulf %v2537, %v2577 fastmath<contract> : f32
          %v2579 = arith.addf %v2576, %v2578 fastmath<contract> : f32
          llvm.store %v2541, %v3 : f32, !llvm.ptr
          llvm.store %v2546, %v5 : f32, !llvm.ptr
          llvm.store %v2551, %v6 : f32, !llvm.ptr
          llvm.store %v2569, %v4 : f32, !llvm.ptr
          llvm.store %v2574, %v7 : f32, !llvm.ptr
          llvm.store %v2579, %v8 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      scf.if %v27 {
        %v2580 = arith.muli %v23, %v2 : i64
        %v2581 = arith.subi %v2, %v1 : i64
        %v2582 = arith.minsi %v26, %v2581 : i64
        %v2583 = arith.addi %v2580, %v2582 : i64
        %v2584 = arith.muli %v23, %v2 : i64
        %v2585 = arith.subi %v2, %v1 : i64
        %v2586 = arith.minsi %v26, %v2585 : i64
        %v2587 = arith.addi %v2584, %v2586 : i64
        %v2588 = arith.muli %v2587, %v48 : i64
        %v2589 = llvm.load %v5 : !llvm.ptr -> f32
        %v2590 = llvm.getelementptr %agga_h_re[%v2588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2589, %v2590 : f32, !llvm.ptr
        %v2591 = arith.muli %v23, %v2 : i64
        %v2592 = arith.subi %v2, %v1 : i64
        %v2593 = arith.minsi %v26, %v2592 : i64
        %v2594 = arith.addi %v2591, %v2593 : i64
        %v2595 = arith.muli %v2594, %v48 : i64
        %v2596 = arith.addi %v2595, %v1 : i64
        %v2597 = llvm.load %v6 : !llvm.ptr -> f32
        %v2598 = llvm.getelementptr %agga_h_re[%v2596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2597, %v2598 : f32, !llvm.ptr
        %v2599 = llvm.load %v3 : !llvm.ptr -> f32
        %v2600 = llvm.getelementptr %aggb_h_re[%v2583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2599, %v2600 : f32, !llvm.ptr
        %v2601 = arith.muli %v23, %v2 : i64
        %v2602 = arith.subi %v2, %v1 : i64
        %v2603 = arith.minsi %v26, %v2602 : i64
        %v2604 = arith.addi %v2601, %v2603 : i64
        %v2605 = arith.muli %v23, %v2 : i64
        %v2606 = arith.subi %v2, %v1 : i64
        %v2607 = arith.minsi %v26, %v2606 : i64
        %v2608 = arith.addi %v2605, %v2607 : i64
        %v2609 = arith.muli %v2608, %v48 : i64
        %v2610 = llvm.load %v7 : !llvm.ptr -> f32
        %v2611 = llvm.getelementptr %agga_h_im[%v2609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2610, %v2611 : f32, !llvm.ptr
        %v2612 = arith.muli %v23, %v2 : i64
        %v2613 = arith.subi %v2, %v1 : i64
        %v2614 = arith.minsi %v26, %v2613 : i64
        %v2615 = arith.addi %v2612, %v2614 : i64
        %v2616 = arith.muli %v2615, %v48 : i64
        %v2617 = arith.addi %v2616, %v1 : i64
        %v2618 = llvm.load %v8 : !llvm.ptr -> f32
        %v2619 = llvm.getelementptr %agga_h_im[%v2617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2618, %v2619 : f32, !llvm.ptr
        %v2620 = llvm.load %v4 : !llvm.ptr -> f32
        %v2621 = llvm.getelementptr %aggb_h_im[%v2604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2620, %v2621 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
