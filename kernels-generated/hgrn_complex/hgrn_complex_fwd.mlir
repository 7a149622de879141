module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_hgrn_complex_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<320 x i64>
    llvm.mlir.global internal @smem_hgrn_complex_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<10560 x f32>
    gpu.func @hgrn_complex_fwd(%in_f: !llvm.ptr, %in_c_re: !llvm.ptr, %in_c_im: !llvm.ptr, %in_g_re: !llvm.ptr, %in_g_im: !llvm.ptr, %in_gamma: !llvm.ptr, %in_theta: !llvm.ptr, %out_y_re: !llvm.ptr, %out_y_im: !llvm.ptr, %ckpt_h_re: !llvm.ptr, %ckpt_h_im: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.mlir.addressof @rows_hgrn_complex_fwd : !llvm.ptr<3>
      %v6 = llvm.mlir.addressof @smem_hgrn_complex_fwd : !llvm.ptr<3>
      %v7 = arith.constant 255 : i64
      %v8 = arith.addi %size_L, %v7 : i64
      %v9 = arith.constant 256 : i64
      %v10 = arith.divui %v8, %v9 : i64
      %v15 = arith.constant 64 : i64
      %v25 = arith.constant 0 : i64
      %v26 = arith.muli %size_L, %size_D : i64
      %v39 = arith.constant 2 : i64
      %v40 = arith.constant 128 : i64
      %v46 = arith.constant 3 : i64
      %v47 = arith.constant 192 : i64
      %v53 = arith.constant 4 : i64
      %v56 = arith.constant 0x00000000 : f32
      %v57 = arith.constant 32 : i64
      %v69 = arith.muli %size_B, %size_D : i64
      %v78 = arith.muli %size_B, %size_D : i64
      %v97 = arith.constant 33 : i64
      %v128 = arith.constant 6 : i64
      %v142 = arith.constant 8 : i64
      %v156 = arith.constant 10 : i64
      %v170 = arith.constant 12 : i64
      %v184 = arith.constant 14 : i64
      %v198 = arith.constant 16 : i64
      %v212 = arith.constant 18 : i64
      %v226 = arith.constant 20 : i64
      %v240 = arith.constant 22 : i64
      %v254 = arith.constant 24 : i64
      %v268 = arith.constant 26 : i64
      %v282 = arith.constant 28 : i64
      %v296 = arith.constant 30 : i64
      %v323 = arith.constant 34 : i64
      %v337 = arith.constant 36 : i64
      %v351 = arith.constant 38 : i64
      %v365 = arith.constant 40 : i64
      %v379 = arith.constant 42 : i64
      %v393 = arith.constant 44 : i64
      %v407 = arith.constant 46 : i64
      %v421 = arith.constant 48 : i64
      %v435 = arith.constant 50 : i64
      %v449 = arith.constant 52 : i64
      %v463 = arith.constant 54 : i64
      %v477 = arith.constant 56 : i64
      %v491 = arith.constant 58 : i64
      %v505 = arith.constant 60 : i64
      %v519 = arith.constant 62 : i64
      %v2497 = arith.constant 0x3F800000 : f32
      %v2504 = arith.constant 0x3FB8AA3B : f32
      %v2513 = arith.constant 0x3E22F983 : f32
      %v2516 = arith.constant 0x40C90000 : f32
      %v2517 = arith.constant 0x3AFDAA22 : f32
      %v11 = gpu.block_id x
      %v12 = gpu.thread_id x
      %v13 = arith.index_cast %v12 : index to i64
      %v14 = arith.index_cast %v11 : index to i64
      %v16 = arith.muli %v14, %v15 : i64
      %v17 = arith.addi %v16, %v13 : i64
      %v18 = arith.cmpi slt, %v17, %v2 : i64
      %v19 = arith.subi %v2, %v1 : i64
      %v20 = arith.minsi %v17, %v19 : i64
      %v21 = arith.remui %v20, %size_D : i64
      %v22 = arith.divui %v20, %size_D : i64
      %v23 = arith.remui %v22, %size_B : i64
      %v24 = arith.divui %v22, %size_B : i64
      %v2495 = llvm.getelementptr %in_gamma[%v21] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2496 = llvm.load %v2495 : !llvm.ptr -> f32
      %v2498 = arith.subf %v2497, %v2496 fastmath<contract> : f32
      %v2511 = llvm.getelementptr %in_theta[%v21] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2512 = llvm.load %v2511 : !llvm.ptr -> f32
      %v2514 = arith.mulf %v2512, %v2513 fastmath<contract> : f32
      %v2515 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2514) : (f32) -> f32
      %v2518 = arith.mulf %v2515, %v2516 fastmath<contract> : f32
      %v2519 = arith.subf %v2512, %v2518 fastmath<contract> : f32
      %v2520 = arith.mulf %v2515, %v2517 fastmath<contract> : f32
      %v2521 = arith.subf %v2519, %v2520 fastmath<contract> : f32
      %v2522 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2521) : (f32) -> f32
      %v2540 = arith.mulf %v2512, %v2513 fastmath<contract> : f32
      %v2541 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2540) : (f32) -> f32
      %v2542 = arith.mulf %v2541, %v2516 fastmath<contract> : f32
      %v2543 = arith.subf %v2512, %v2542 fastmath<contract> : f32
      %v2544 = arith.mulf %v2541, %v2517 fastmath<contract> : f32
      %v2545 = arith.subf %v2543, %v2544 fastmath<contract> : f32
      %v2546 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2545) : (f32) -> f32
      %v27 = arith.muli %v23, %v26 : i64
      %v28 = arith.muli %v21, %size_L : i64
      %v29 = arith.addi %v27, %v28 : i64
      %v30 = llvm.getelementptr %v5[%v13] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v29, %v30 : i64, !llvm.ptr<3>
      %v31 = arith.muli %v23, %v26 : i64
      %v32 = arith.muli %v21, %size_L : i64
      %v33 = arith.addi %v31, %v32 : i64
      %v34 = arith.addi %v15, %v13 : i64
      %v35 = llvm.getelementptr %v5[%v34] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v33, %v35 : i64, !llvm.ptr<3>
      %v36 = arith.muli %v23, %v26 : i64
      %v37 = arith.muli %v21, %size_L : i64
      %v38 = arith.addi %v36, %v37 : i64
      %v41 = arith.addi %v40, %v13 : i64
      %v42 = llvm.getelementptr %v5[%v41] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v38, %v42 : i64, !llvm.ptr<3>
      %v43 = arith.muli %v23, %v26 : i64
      %v44 = arith.muli %v21, %size_L : i64
      %v45 = arith.addi %v43, %v44 : i64
      %v48 = arith.addi %v47, %v13 : i64
      %v49 = llvm.getelementptr %v5[%v48] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v45, %v49 : i64, !llvm.ptr<3>
      %v50 = arith.muli %v23, %v26 : i64
      %v51 = arith.muli %v21, %size_L : i64
      %v52 = arith.addi %v50, %v51 : i64
      %v54 = arith.addi %v9, %v13 : i64
      %v55 = llvm.getelementptr %v5[%v54] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v52, %v55 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v56, %v3 : f32, !llvm.ptr
      llvm.store %v56, %v4 : f32, !llvm.ptr
      %v58 = arith.index_cast %v25 : i64 to index
      %v59 = arith.index_cast %size_L : i64 to index
      %v60 = arith.index_cast %v57 : i64 to index
      scf.for %v61 = %v58 to %v59 step %v60 {
        %v62 = arith.index_cast %v61 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v63 = arith.remui %v62, %v15 : i64
        %v64 = arith.cmpi eq, %v63, %v25 : i64
        %v65 = arith.andi %v64, %v18 : i1
        scf.if %v65 {
          %v66 = arith.divui %v62, %v15 : i64
          %v67 = llvm.mlir.zero : !llvm.ptr
          %v68 = llvm.icmp "ne" %ckpt_h_re, %v67 : !llvm.ptr
          scf.if %v68 {
            %v70 = arith.muli %v66, %v69 : i64
            %v71 = llvm.load %v3 : !llvm.ptr -> f32
            %v72 = arith.muli %v23, %size_D : i64
            %v73 = arith.addi %v72, %v21 : i64
            %v74 = arith.addi %v70, %v73 : i64
            %v75 = llvm.getelementptr %ckpt_h_re[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v71, %v75 : f32, !llvm.ptr
          }
          %v76 = llvm.mlir.zero : !llvm.ptr
          %v77 = llvm.icmp "ne" %ckpt_h_im, %v76 : !llvm.ptr
          scf.if %v77 {
            %v79 = arith.muli %v66, %v78 : i64
            %v80 = llvm.load %v4 : !llvm.ptr -> f32
            %v81 = arith.muli %v23, %size_D : i64
            %v82 = arith.addi %v81, %v21 : i64
            %v83 = arith.addi %v79, %v82 : i64
            %v84 = llvm.getelementptr %ckpt_h_im[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v80, %v84 : f32, !llvm.ptr
          }
        }
        // end save
        %v85 = arith.subi %size_L, %v62 : i64
        %v86 = arith.minsi %v85, %v57 : i64
        %v87 = arith.divui %v13, %v57 : i64
        %v88 = arith.remui %v13, %v57 : i64
        %v89 = arith.constant true
        %v90 = llvm.getelementptr %v5[%v87] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v91 = llvm.load %v90 : !llvm.ptr<3> -> i64
        %v92 = arith.addi %v62, %v88 : i64
        %v93 = arith.cmpi slt, %v92, %size_L : i64
        %v94 = arith.subi %size_L, %v1 : i64
        %v95 = arith.minsi %v92, %v94 : i64
        %v96 = arith.addi %v91, %v95 : i64
        %v98 = arith.muli %v87, %v97 : i64
        %v99 = arith.addi %v98, %v88 : i64
        %v100 = llvm.getelementptr %in_f[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v101 = llvm.load %v100 : !llvm.ptr -> f32
        %v102 = arith.addi %v87, %v39 : i64
        %v103 = arith.constant true
        %v104 = llvm.getelementptr %v5[%v102] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v105 = llvm.load %v104 : !llvm.ptr<3> -> i64
        %v106 = arith.addi %v62, %v88 : i64
        %v107 = arith.cmpi slt, %v106, %size_L : i64
        %v108 = arith.subi %size_L, %v1 : i64
        %v109 = arith.minsi %v106, %v108 : i64
        %v110 = arith.addi %v105, %v109 : i64
        %v111 = arith.muli %v102, %v97 : i64
        %v112 = arith.addi %v111, %v88 : i64
        %v113 = llvm.getelementptr %in_f[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v114 = llvm.load %v113 : !llvm.ptr -> f32
        %v115 = arith.addi %v87, %v53 : i64
        %v116 = arith.constant true
        %v117 = llvm.getelementptr %v5[%v115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v118 = llvm.load %v117 : !llvm.ptr<3> -> i64
        %v119 = arith.addi %v62, %v88 : i64
        %v120 = arith.cmpi slt, %v119, %size_L : i64
        %v121 = arith.subi %size_L, %v1 : i64
        %v122 = arith.minsi %v119, %v121 : i64
        %v123 = arith.addi %v118, %v122 : i64
        %v124 = arith.muli %v115, %v97 : i64
        %v125 = arith.addi %v124, %v88 : i64
        %v126 = llvm.getelementptr %in_f[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v127 = llvm.load %v126 : !llvm.ptr -> f32
        %v129 = arith.addi %v87, %v128 : i64
        %v130 = arith.constant true
        %v131 = llvm.getelementptr %v5[%v129] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v132 = llvm.load %v131 : !llvm.ptr<3> -> i64
        %v133 = arith.addi %v62, %v88 : i64
        %v134 = arith.cmpi slt, %v133, %size_L : i64
        %v135 = arith.subi %size_L, %v1 : i64
        %v136 = arith.minsi %v133, %v135 : i64
        %v137 = arith.addi %v132, %v136 : i64
        %v138 = arith.muli %v129, %v97 : i64
        %v139 = arith.addi %v138, %v88 : i64
        %v140 = llvm.getelementptr %in_f[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v141 = llvm.load %v140 : !llvm.ptr -> f32
        %v143 = arith.addi %v87, %v142 : i64
        %v144 = arith.constant true
        %v145 = llvm.getelementptr %v5[%v143] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v146 = llvm.load %v145 : !llvm.ptr<3> -> i64
        %v147 = arith.addi %v62, %v88 : i64
        %v148 = arith.cmpi slt, %v147, %size_L : i64
        %v149 = arith.subi %size_L, %v1 : i64
        %v150 = arith.minsi %v147, %v149 : i64
        %v151 = arith.addi %v146, %v150 : i64
        %v152 = arith.muli %v143, %v97 : i64
        %v153 = arith.addi %v152, %v88 : i64
        %v154 = llvm.getelementptr %in_f[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v155 = llvm.load %v154 : !llvm.ptr -> f32
        %v157 = arith.addi %v87, %v156 : i64
        %v158 = arith.constant true
        %v159 = llvm.getelementptr %v5[%v157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v160 = llvm.load %v159 : !llvm.ptr<3> -> i64
        %v161 = arith.addi %v62, %v88 : i64
        %v162 = arith.cmpi slt, %v161, %size_L : i64
        %v163 = arith.subi %size_L, %v1 : i64
        %v164 = arith.minsi %v161, %v163 : i64
        %v165 = arith.addi %v160, %v164 : i64
        %v166 = arith.muli %v157, %v97 : i64
        %v167 = arith.addi %v166, %v88 : i64
        %v168 = llvm.getelementptr %in_f[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v169 = llvm.load %v168 : !llvm.ptr -> f32
        %v171 = arith.addi %v87, %v170 : i64
        %v172 = arith.constant true
        %v173 = llvm.getelementptr %v5[%v171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v174 = llvm.load %v173 : !llvm.ptr<3> -> i64
        %v175 = arith.addi %v62, %v88 : i64
        %v176 = arith.cmpi slt, %v175, %size_L : i64
        %v177 = arith.subi %size_L, %v1 : i64
        %v178 = arith.minsi %v175, %v177 : i64
        %v179 = arith.addi %v174, %v178 : i64
        %v180 = arith.muli %v171, %v97 : i64
        %v181 = arith.addi %v180, %v88 : i64
        %v182 = llvm.getelementptr %in_f[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v183 = llvm.load %v182 : !llvm.ptr -> f32
        %v185 = arith.addi %v87, %v184 : i64
        %v186 = arith.constant true
        %v187 = llvm.getelementptr %v5[%v185] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v188 = llvm.load %v187 : !llvm.ptr<3> -> i64
        %v189 = arith.addi %v62, %v88 : i64
        %v190 = arith.cmpi slt, %v189, %size_L : i64
        %v191 = arith.subi %size_L, %v1 : i64
        %v192 = arith.minsi %v189, %v191 : i64
        %v193 = arith.addi %v188, %v192 : i64
        %v194 = arith.muli %v185, %v97 : i64
        %v195 = arith.addi %v194, %v88 : i64
        %v196 = llvm.getelementptr %in_f[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v197 = llvm.load %v196 : !llvm.ptr -> f32
        %v199 = arith.addi %v87, %v198 : i64
        %v200 = arith.constant true
        %v201 = llvm.getelementptr %v5[%v199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v202 = llvm.load %v201 : !llvm.ptr<3> -> i64
        %v203 = arith.addi %v62, %v88 : i64
        %v204 = arith.cmpi slt, %v203, %size_L : i64
        %v205 = arith.subi %size_L, %v1 : i64
        %v206 = arith.minsi %v203, %v205 : i64
        %v207 = arith.addi %v202, %v206 : i64
        %v208 = arith.muli %v199, %v97 : i64
        %v209 = arith.addi %v208, %v88 : i64
        %v210 = llvm.getelementptr %in_f[%v207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v211 = llvm.load %v210 : !llvm.ptr -> f32
        %v213 = arith.addi %v87, %v212 : i64
        %v214 = arith.constant true
        %v215 = llvm.getelementptr %v5[%v213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v216 = llvm.load %v215 : !llvm.ptr<3> -> i64
        %v217 = arith.addi %v62, %v88 : i64
        %v218 = arith.cmpi slt, %v217, %size_L : i64
        %v219 = arith.subi %size_L, %v1 : i64
        %v220 = arith.minsi %v217, %v219 : i64
        %v221 = arith.addi %v216, %v220 : i64
        %v222 = arith.muli %v213, %v97 : i64
        %v223 = arith.addi %v222, %v88 : i64
        %v224 = llvm.getelementptr %in_f[%v221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v225 = llvm.load %v224 : !llvm.ptr -> f32
        %v227 = arith.addi %v87, %v226 : i64
        %v228 = arith.constant true
        %v229 = llvm.getelementptr %v5[%v227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v230 = llvm.load %v229 : !llvm.ptr<3> -> i64
        %v231 = arith.addi %v62, %v88 : i64
        %v232 = arith.cmpi slt, %v231, %size_L : i64
        %v233 = arith.subi %size_L, %v1 : i64
        %v234 = arith.minsi %v231, %v233 : i64
        %v235 = arith.addi %v230, %v234 : i64
        %v236 = arith.muli %v227, %v97 : i64
        %v237 = arith.addi %v236, %v88 : i64
        %v238 = llvm.getelementptr %in_f[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v239 = llvm.load %v238 : !llvm.ptr -> f32
        %v241 = arith.addi %v87, %v240 : i64
        %v242 = arith.constant true
        %v243 = llvm.getelementptr %v5[%v241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v244 = llvm.load %v243 : !llvm.ptr<3> -> i64
        %v245 = arith.addi %v62, %v88 : i64
        %v246 = arith.cmpi slt, %v245, %size_L : i64
        %v247 = arith.subi %size_L, %v1 : i64
        %v248 = arith.minsi %v245, %v247 : i64
        %v249 = arith.addi %v244, %v248 : i64
        %v250 = arith.muli %v241, %v97 : i64
        %v251 = arith.addi %v250, %v88 : i64
        %v252 = llvm.getelementptr %in_f[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v253 = llvm.load %v252 : !llvm.ptr -> f32
        %v255 = arith.addi %v87, %v254 : i64
        %v256 = arith.constant true
        %v257 = llvm.getelementptr %v5[%v255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v258 = llvm.load %v257 : !llvm.ptr<3> -> i64
        %v259 = arith.addi %v62, %v88 : i64
        %v260 = arith.cmpi slt, %v259, %size_L : i64
        %v261 = arith.subi %size_L, %v1 : i64
        %v262 = arith.minsi %v259, %v261 : i64
        %v263 = arith.addi %v258, %v262 : i64
        %v264 = arith.muli %v255, %v97 : i64
        %v265 = arith.addi %v264, %v88 : i64
        %v266 = llvm.getelementptr %in_f[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v267 = llvm.load %v266 : !llvm.ptr -> f32
        %v269 = arith.addi %v87, %v268 : i64
        %v270 = arith.constant true
        %v271 = llvm.getelementptr %v5[%v269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v272 = llvm.load %v271 : !llvm.ptr<3> -> i64
        %v273 = arith.addi %v62, %v88 : i64
        %v274 = arith.cmpi slt, %v273, %size_L : i64
        %v275 = arith.subi %size_L, %v1 : i64
        %v276 = arith.minsi %v273, %v275 : i64
        %v277 = arith.addi %v272, %v276 : i64
        %v278 = arith.muli %v269, %v97 : i64
        %v279 = arith.addi %v278, %v88 : i64
        %v280 = llvm.getelementptr %in_f[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v281 = llvm.load %v280 : !llvm.ptr -> f32
        %v283 = arith.addi %v87, %v282 : i64
        %v284 = arith.constant true
        %v285 = llvm.getelementptr %v5[%v283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v286 = llvm.load %v285 : !llvm.ptr<3> -> i64
        %v287 = arith.addi %v62, %v88 : i64
        %v288 = arith.cmpi slt, %v287, %size_L : i64
        %v289 = arith.subi %size_L, %v1 : i64
        %v290 = arith.minsi %v287, %v289 : i64
        %v291 = arith.addi %v286, %v290 : i64
        %v292 = arith.muli %v283, %v97 : i64
        %v293 = arith.addi %v292, %v88 : i64
        %v294 = llvm.getelementptr %in_f[%v291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v295 = llvm.load %v294 : !llvm.ptr -> f32
        %v297 = arith.addi %v87, %v296 : i64
        %v298 = arith.constant true
        %v299 = llvm.getelementptr %v5[%v297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v300 = llvm.load %v299 : !llvm.ptr<3> -> i64
        %v301 = arith.addi %v62, %v88 : i64
        %v302 = arith.cmpi slt, %v301, %size_L : i64
        %v303 = arith.subi %size_L, %v1 : i64
        %v304 = arith.minsi %v301, %v303 : i64
        %v305 = arith.addi %v300, %v304 : i64
        %v306 = arith.muli %v297, %v97 : i64
        %v307 = arith.addi %v306, %v88 : i64
        %v308 = llvm.getelementptr %in_f[%v305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v309 = llvm.load %v308 : !llvm.ptr -> f32
        %v310 = arith.addi %v87, %v57 : i64
        %v311 = arith.constant true
        %v312 = llvm.getelementptr %v5[%v310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v313 = llvm.load %v312 : !llvm.ptr<3> -> i64
        %v314 = arith.addi %v62, %v88 : i64
        %v315 = arith.cmpi slt, %v314, %size_L : i64
        %v316 = arith.subi %size_L, %v1 : i64
        %v317 = arith.minsi %v314, %v316 : i64
        %v318 = arith.addi %v313, %v317 : i64
        %v319 = arith.muli %v310, %v97 : i64
        %v320 = arith.addi %v319, %v88 : i64
        %v321 = llvm.getelementptr %in_f[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v322 = llvm.load %v321 : !llvm.ptr -> f32
        %v324 = arith.addi %v87, %v323 : i64
        %v325 = arith.constant true
        %v326 = llvm.getelementptr %v5[%v324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v327 = llvm.load %v326 : !llvm.ptr<3> -> i64
        %v328 = arith.addi %v62, %v88 : i64
        %v329 = arith.cmpi slt, %v328, %size_L : i64
        %v330 = arith.subi %size_L, %v1 : i64
        %v331 = arith.minsi %v328, %v330 : i64
        %v332 = arith.addi %v327, %v331 : i64
        %v333 = arith.muli %v324, %v97 : i64
        %v334 = arith.addi %v333, %v88 : i64
        %v335 = llvm.getelementptr %in_f[%v332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v336 = llvm.load %v335 : !llvm.ptr -> f32
        %v338 = arith.addi %v87, %v337 : i64
        %v339 = arith.constant true
        %v340 = llvm.getelementptr %v5[%v338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v341 = llvm.load %v340 : !llvm.ptr<3> -> i64
        %v342 = arith.addi %v62, %v88 : i64
        %v343 = arith.cmpi slt, %v342, %size_L : i64
        %v344 = arith.subi %size_L, %v1 : i64
        %v345 = arith.minsi %v342, %v344 : i64
        %v346 = arith.addi %v341, %v345 : i64
        %v347 = arith.muli %v338, %v97 : i64
        %v348 = arith.addi %v347, %v88 : i64
        %v349 = llvm.getelementptr %in_f[%v346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v350 = llvm.load %v349 : !llvm.ptr -> f32
        %v352 = arith.addi %v87, %v351 : i64
        %v353 = arith.constant true
        %v354 = llvm.getelementptr %v5[%v352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v355 = llvm.load %v354 : !llvm.ptr<3> -> i64
        %v356 = arith.addi %v62, %v88 : i64
        %v357 = arith.cmpi slt, %v356, %size_L : i64
        %v358 = arith.subi %size_L, %v1 : i64
        %v359 = arith.minsi %v356, %v358 : i64
        %v360 = arith.addi %v355, %v359 : i64
        %v361 = arith.muli %v352, %v97 : i64
        %v362 = arith.addi %v361, %v88 : i64
        %v363 = llvm.getelementptr %in_f[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v364 = llvm.load %v363 : !llvm.ptr -> f32
        %v366 = arith.addi %v87, %v365 : i64
        %v367 = arith.constant true
        %v368 = llvm.getelementptr %v5[%v366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v369 = llvm.load %v368 : !llvm.ptr<3> -> i64
        %v370 = arith.addi %v62, %v88 : i64
        %v371 = arith.cmpi slt, %v370, %size_L : i64
        %v372 = arith.subi %size_L, %v1 : i64
        %v373 = arith.minsi %v370, %v372 : i64
        %v374 = arith.addi %v369, %v373 : i64
        %v375 = arith.muli %v366, %v97 : i64
        %v376 = arith.addi %v375, %v88 : i64
        %v377 = llvm.getelementptr %in_f[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v378 = llvm.load %v377 : !llvm.ptr -> f32
        %v380 = arith.addi %v87, %v379 : i64
        %v381 = arith.constant true
        %v382 = llvm.getelementptr %v5[%v380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v383 = llvm.load %v382 : !llvm.ptr<3> -> i64
        %v384 = arith.addi %v62, %v88 : i64
        %v385 = arith.cmpi slt, %v384, %size_L : i64
        %v386 = arith.subi %size_L, %v1 : i64
        %v387 = arith.minsi %v384, %v386 : i64
        %v388 = arith.addi %v383, %v387 : i64
        %v389 = arith.muli %v380, %v97 : i64
        %v390 = arith.addi %v389, %v88 : i64
        %v391 = llvm.getelementptr %in_f[%v388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v392 = llvm.load %v391 : !llvm.ptr -> f32
        %v394 = arith.addi %v87, %v393 : i64
        %v395 = arith.constant true
        %v396 = llvm.getelementptr %v5[%v394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v397 = llvm.load %v396 : !llvm.ptr<3> -> i64
        %v398 = arith.addi %v62, %v88 : i64
        %v399 = arith.cmpi slt, %v398, %size_L : i64
        %v400 = arith.subi %size_L, %v1 : i64
        %v401 = arith.minsi %v398, %v400 : i64
        %v402 = arith.addi %v397, %v401 : i64
        %v403 = arith.muli %v394, %v97 : i64
        %v404 = arith.addi %v403, %v88 : i64
        %v405 = llvm.getelementptr %in_f[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v406 = llvm.load %v405 : !llvm.ptr -> f32
        %v408 = arith.addi %v87, %v407 : i64
        %v409 = arith.constant true
        %v410 = llvm.getelementptr %v5[%v408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v411 = llvm.load %v410 : !llvm.ptr<3> -> i64
        %v412 = arith.addi %v62, %v88 : i64
        %v413 = arith.cmpi slt, %v412, %size_L : i64
        %v414 = arith.subi %size_L, %v1 : i64
        %v415 = arith.minsi %v412, %v414 : i64
        %v416 = arith.addi %v411, %v415 : i64
        %v417 = arith.muli %v408, %v97 : i64
        %v418 = arith.addi %v417, %v88 : i64
        %v419 = llvm.getelementptr %in_f[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v420 = llvm.load %v419 : !llvm.ptr -> f32
        %v422 = arith.addi %v87, %v421 : i64
        %v423 = arith.constant true
        %v424 = llvm.getelementptr %v5[%v422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v425 = llvm.load %v424 : !llvm.ptr<3> -> i64
        %v426 = arith.addi %v62, %v88 : i64
        %v427 = arith.cmpi slt, %v426, %size_L : i64
        %v428 = arith.subi %size_L, %v1 : i64
        %v429 = arith.minsi %v426, %v428 : i64
        %v430 = arith.addi %v425, %v429 : i64
        %v431 = arith.muli %v422, %v97 : i64
        %v432 = arith.addi %v431, %v88 : i64
        %v433 = llvm.getelementptr %in_f[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v434 = llvm.load %v433 : !llvm.ptr -> f32
        %v436 = arith.addi %v87, %v435 : i64
        %v437 = arith.constant true
        %v438 = llvm.getelementptr %v5[%v436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v439 = llvm.load %v438 : !llvm.ptr<3> -> i64
        %v440 = arith.addi %v62, %v88 : i64
        %v441 = arith.cmpi slt, %v440, %size_L : i64
        %v442 = arith.subi %size_L, %v1 : i64
        %v443 = arith.minsi %v440, %v442 : i64
        %v444 = arith.addi %v439, %v443 : i64
        %v445 = arith.muli %v436, %v97 : i64
        %v446 = arith.addi %v445, %v88 : i64
        %v447 = llvm.getelementptr %in_f[%v444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v448 = llvm.load %v447 : !llvm.ptr -> f32
        %v450 = arith.addi %v87, %v449 : i64
        %v451 = arith.constant true
        %v452 = llvm.getelementptr %v5[%v450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v453 = llvm.load %v452 : !llvm.ptr<3> -> i64
        %v454 = arith.addi %v62, %v88 : i64
        %v455 = arith.cmpi slt, %v454, %size_L : i64
        %v456 = arith.subi %size_L, %v1 : i64
        %v457 = arith.minsi %v454, %v456 : i64
        %v458 = arith.addi %v453, %v457 : i64
        %v459 = arith.muli %v450, %v97 : i64
        %v460 = arith.addi %v459, %v88 : i64
        %v461 = llvm.getelementptr %in_f[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v462 = llvm.load %v461 : !llvm.ptr -> f32
        %v464 = arith.addi %v87, %v463 : i64
        %v465 = arith.constant true
        %v466 = llvm.getelementptr %v5[%v464] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v467 = llvm.load %v466 : !llvm.ptr<3> -> i64
        %v468 = arith.addi %v62, %v88 : i64
        %v469 = arith.cmpi slt, %v468, %size_L : i64
        %v470 = arith.subi %size_L, %v1 : i64
        %v471 = arith.minsi %v468, %v470 : i64
        %v472 = arith.addi %v467, %v471 : i64
        %v473 = arith.muli %v464, %v97 : i64
        %v474 = arith.addi %v473, %v88 : i64
        %v475 = llvm.getelementptr %in_f[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v476 = llvm.load %v475 : !llvm.ptr -> f32
        %v478 = arith.addi %v87, %v477 : i64
        %v479 = arith.constant true
        %v480 = llvm.getelementptr %v5[%v478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v481 = llvm.load %v480 : !llvm.ptr<3> -> i64
        %v482 = arith.addi %v62, %v88 : i64
        %v483 = arith.cmpi slt, %v482, %size_L : i64
        %v484 = arith.subi %size_L, %v1 : i64
        %v485 = arith.minsi %v482, %v484 : i64
        %v486 = arith.addi %v481, %v485 : i64
        %v487 = arith.muli %v478, %v97 : i64
        %v488 = arith.addi %v487, %v88 : i64
        %v489 = llvm.getelementptr %in_f[%v486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v490 = llvm.load %v489 : !llvm.ptr -> f32
        %v492 = arith.addi %v87, %v491 : i64
        %v493 = arith.constant true
        %v494 = llvm.getelementptr %v5[%v492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v495 = llvm.load %v494 : !llvm.ptr<3> -> i64
        %v496 = arith.addi %v62, %v88 : i64
        %v497 = arith.cmpi slt, %v496, %size_L : i64
        %v498 = arith.subi %size_L, %v1 : i64
        %v499 = arith.minsi %v496, %v498 : i64
        %v500 = arith.addi %v495, %v499 : i64
        %v501 = arith.muli %v492, %v97 : i64
        %v502 = arith.addi %v501, %v88 : i64
        %v503 = llvm.getelementptr %in_f[%v500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v504 = llvm.load %v503 : !llvm.ptr -> f32
        %v506 = arith.addi %v87, %v505 : i64
        %v507 = arith.constant true
        %v508 = llvm.getelementptr %v5[%v506] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v509 = llvm.load %v508 : !llvm.ptr<3> -> i64
        %v510 = arith.addi %v62, %v88 : i64
        %v511 = arith.cmpi slt, %v510, %size_L : i64
        %v512 = arith.subi %size_L, %v1 : i64
        %v513 = arith.minsi %v510, %v512 : i64
        %v514 = arith.addi %v509, %v513 : i64
        %v515 = arith.muli %v506, %v97 : i64
        %v516 = arith.addi %v515, %v88 : i64
        %v517 = llvm.getelementptr %in_f[%v514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v518 = llvm.load %v517 : !llvm.ptr -> f32
        %v520 = arith.addi %v87, %v519 : i64
        %v521 = arith.constant true
        %v522 = llvm.getelementptr %v5[%v520] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v523 = llvm.load %v522 : !llvm.ptr<3> -> i64
        %v524 = arith.addi %v62, %v88 : i64
        %v525 = arith.cmpi slt, %v524, %size_L : i64
        %v526 = arith.subi %size_L, %v1 : i64
        %v527 = arith.minsi %v524, %v526 : i64
        %v528 = arith.addi %v523, %v527 : i64
        %v529 = arith.muli %v520, %v97 : i64
        %v530 = arith.addi %v529, %v88 : i64
        %v531 = llvm.getelementptr %in_f[%v528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v532 = llvm.load %v531 : !llvm.ptr -> f32
        scf.if %v89 {
          %v533 = llvm.getelementptr %v6[%v99] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v101, %v533 : f32, !llvm.ptr<3>
        }
        scf.if %v103 {
          %v534 = llvm.getelementptr %v6[%v112] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v114, %v534 : f32, !llvm.ptr<3>
        }
        scf.if %v116 {
          %v535 = llvm.getelementptr %v6[%v125] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v127, %v535 : f32, !llvm.ptr<3>
        }
        scf.if %v130 {
          %v536 = llvm.getelementptr %v6[%v139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v141, %v536 : f32, !llvm.ptr<3>
        }
        scf.if %v144 {
          %v537 = llvm.getelementptr %v6[%v153] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v155, %v537 : f32, !llvm.ptr<3>
        }
        scf.if %v158 {
          %v538 = llvm.getelementptr %v6[%v167] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v169, %v538 : f32, !llvm.ptr<3>
        }
        scf.if %v172 {
          %v539 = llvm.getelementptr %v6[%v181] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v183, %v539 : f32, !llvm.ptr<3>
        }
        scf.if %v186 {
          %v540 = llvm.getelementptr %v6[%v195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v197, %v540 : f32, !llvm.ptr<3>
        }
        scf.if %v200 {
          %v541 = llvm.getelementptr %v6[%v209] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v211, %v541 : f32, !llvm.ptr<3>
        }
        scf.if %v214 {
          %v542 = llvm.getelementptr %v6[%v223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v225, %v542 : f32, !llvm.ptr<3>
        }
        scf.if %v228 {
          %v543 = llvm.getelementptr %v6[%v237] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v239, %v543 : f32, !llvm.ptr<3>
        }
        scf.if %v242 {
          %v544 = llvm.getelementptr %v6[%v251] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v253, %v544 : f32, !llvm.ptr<3>
        }
        scf.if %v256 {
          %v545 = llvm.getelementptr %v6[%v265] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v267, %v545 : f32, !llvm.ptr<3>
        }
        scf.if %v270 {
          %v546 = llvm.getelementptr %v6[%v279] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v281, %v546 : f32, !llvm.ptr<3>
        }
        scf.if %v284 {
          %v547 = llvm.getelementptr %v6[%v293] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v295, %v547 : f32, !llvm.ptr<3>
        }
        scf.if %v298 {
          %v548 = llvm.getelementptr %v6[%v307] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v309, %v548 : f32, !llvm.ptr<3>
        }
        scf.if %v311 {
          %v549 = llvm.getelementptr %v6[%v320] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v322, %v549 : f32, !llvm.ptr<3>
        }
        scf.if %v325 {
          %v550 = llvm.getelementptr %v6[%v334] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v336, %v550 : f32, !llvm.ptr<3>
        }
        scf.if %v339 {
          %v551 = llvm.getelementptr %v6[%v348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v350, %v551 : f32, !llvm.ptr<3>
        }
        scf.if %v353 {
          %v552 = llvm.getelementptr %v6[%v362] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v364, %v552 : f32, !llvm.ptr<3>
        }
        scf.if %v367 {
          %v553 = llvm.getelementptr %v6[%v376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v378, %v553 : f32, !llvm.ptr<3>
        }
        scf.if %v381 {
          %v554 = llvm.getelementptr %v6[%v390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v392, %v554 : f32, !llvm.ptr<3>
        }
        scf.if %v395 {
          %v555 = llvm.getelementptr %v6[%v404] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v406, %v555 : f32, !llvm.ptr<3>
        }
        scf.if %v409 {
          %v556 = llvm.getelementptr %v6[%v418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v420, %v556 : f32, !llvm.ptr<3>
        }
        scf.if %v423 {
          %v557 = llvm.getelementptr %v6[%v432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v434, %v557 : f32, !llvm.ptr<3>
        }
        scf.if %v437 {
          %v558 = llvm.getelementptr %v6[%v446] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v448, %v558 : f32, !llvm.ptr<3>
        }
        scf.if %v451 {
          %v559 = llvm.getelementptr %v6[%v460] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v462, %v559 : f32, !llvm.ptr<3>
        }
        scf.if %v465 {
          %v560 = llvm.getelementptr %v6[%v474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v476, %v560 : f32, !llvm.ptr<3>
        }
        scf.if %v479 {
          %v561 = llvm.getelementptr %v6[%v488] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v490, %v561 : f32, !llvm.ptr<3>
        }
        scf.if %v493 {
          %v562 = llvm.getelementptr %v6[%v502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v504, %v562 : f32, !llvm.ptr<3>
        }
        scf.if %v507 {
          %v563 = llvm.getelementptr %v6[%v516] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v518, %v563 : f32, !llvm.ptr<3>
        }
        scf.if %v521 {
          %v564 = llvm.getelementptr %v6[%v530] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v532, %v564 : f32, !llvm.ptr<3>
        }
        %v565 = arith.divui %v13, %v57 : i64
        %v566 = arith.remui %v13, %v57 : i64
        %v567 = arith.constant true
        %v568 = arith.addi %v15, %v565 : i64
        %v569 = llvm.getelementptr %v5[%v568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v570 = llvm.load %v569 : !llvm.ptr<3> -> i64
        %v571 = arith.addi %v62, %v566 : i64
        %v572 = arith.cmpi slt, %v571, %size_L : i64
        %v573 = arith.subi %size_L, %v1 : i64
        %v574 = arith.minsi %v571, %v573 : i64
        %v575 = arith.addi %v570, %v574 : i64
        %v576 = arith.muli %v568, %v97 : i64
        %v577 = arith.addi %v576, %v566 : i64
        %v578 = llvm.getelementptr %in_c_re[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v579 = llvm.load %v578 : !llvm.ptr -> f32
        %v580 = arith.addi %v565, %v39 : i64
        %v581 = arith.constant true
        %v582 = arith.addi %v15, %v580 : i64
        %v583 = llvm.getelementptr %v5[%v582] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v584 = llvm.load %v583 : !llvm.ptr<3> -> i64
        %v585 = arith.addi %v62, %v566 : i64
        %v586 = arith.cmpi slt, %v585, %size_L : i64
        %v587 = arith.subi %size_L, %v1 : i64
        %v588 = arith.minsi %v585, %v587 : i64
        %v589 = arith.addi %v584, %v588 : i64
        %v590 = arith.muli %v582, %v97 : i64
        %v591 = arith.addi %v590, %v566 : i64
        %v592 = llvm.getelementptr %in_c_re[%v589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v593 = llvm.load %v592 : !llvm.ptr -> f32
        %v594 = arith.addi %v565, %v53 : i64
        %v595 = arith.constant true
        %v596 = arith.addi %v15, %v594 : i64
        %v597 = llvm.getelementptr %v5[%v596] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v598 = llvm.load %v597 : !llvm.ptr<3> -> i64
        %v599 = arith.addi %v62, %v566 : i64
        %v600 = arith.cmpi slt, %v599, %size_L : i64
        %v601 = arith.subi %size_L, %v1 : i64
        %v602 = arith.minsi %v599, %v601 : i64
        %v603 = arith.addi %v598, %v602 : i64
        %v604 = arith.muli %v596, %v97 : i64
        %v605 = arith.addi %v604, %v566 : i64
        %v606 = llvm.getelementptr %in_c_re[%v603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v607 = llvm.load %v606 : !llvm.ptr -> f32
        %v608 = arith.addi %v565, %v128 : i64
        %v609 = arith.constant true
        %v610 = arith.addi %v15, %v608 : i64
        %v611 = llvm.getelementptr %v5[%v610] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v612 = llvm.load %v611 : !llvm.ptr<3> -> i64
        %v613 = arith.addi %v62, %v566 : i64
        %v614 = arith.cmpi slt, %v613, %size_L : i64
        %v615 = arith.subi %size_L, %v1 : i64
        %v616 = arith.minsi %v613, %v615 : i64
        %v617 = arith.addi %v612, %v616 : i64
        %v618 = arith.muli %v610, %v97 : i64
        %v619 = arith.addi %v618, %v566 : i64
        %v620 = llvm.getelementptr %in_c_re[%v617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v621 = llvm.load %v620 : !llvm.ptr -> f32
        %v622 = arith.addi %v565, %v142 : i64
        %v623 = arith.constant true
        %v624 = arith.addi %v15, %v622 : i64
        %v625 = llvm.getelementptr %v5[%v624] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v626 = llvm.load %v625 : !llvm.ptr<3> -> i64
        %v627 = arith.addi %v62, %v566 : i64
        %v628 = arith.cmpi slt, %v627, %size_L : i64
        %v629 = arith.subi %size_L, %v1 : i64
        %v630 = arith.minsi %v627, %v629 : i64
        %v631 = arith.addi %v626, %v630 : i64
        %v632 = arith.muli %v624, %v97 : i64
        %v633 = arith.addi %v632, %v566 : i64
        %v634 = llvm.getelementptr %in_c_re[%v631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v635 = llvm.load %v634 : !llvm.ptr -> f32
        %v636 = arith.addi %v565, %v156 : i64
        %v637 = arith.constant true
        %v638 = arith.addi %v15, %v636 : i64
        %v639 = llvm.getelementptr %v5[%v638] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v640 = llvm.load %v639 : !llvm.ptr<3> -> i64
        %v641 = arith.addi %v62, %v566 : i64
        %v642 = arith.cmpi slt, %v641, %size_L : i64
        %v643 = arith.subi %size_L, %v1 : i64
        %v644 = arith.minsi %v641, %v643 : i64
        %v645 = arith.addi %v640, %v644 : i64
        %v646 = arith.muli %v638, %v97 : i64
        %v647 = arith.addi %v646, %v566 : i64
        %v648 = llvm.getelementptr %in_c_re[%v645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v649 = llvm.load %v648 : !llvm.ptr -> f32
        %v650 = arith.addi %v565, %v170 : i64
        %v651 = arith.constant true
        %v652 = arith.addi %v15, %v650 : i64
        %v653 = llvm.getelementptr %v5[%v652] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v654 = llvm.load %v653 : !llvm.ptr<3> -> i64
        %v655 = arith.addi %v62, %v566 : i64
        %v656 = arith.cmpi slt, %v655, %size_L : i64
        %v657 = arith.subi %size_L, %v1 : i64
        %v658 = arith.minsi %v655, %v657 : i64
        %v659 = arith.addi %v654, %v658 : i64
        %v660 = arith.muli %v652, %v97 : i64
        %v661 = arith.addi %v660, %v566 : i64
        %v662 = llvm.getelementptr %in_c_re[%v659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v663 = llvm.load %v662 : !llvm.ptr -> f32
        %v664 = arith.addi %v565, %v184 : i64
        %v665 = arith.constant true
        %v666 = arith.addi %v15, %v664 : i64
        %v667 = llvm.getelementptr %v5[%v666] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v668 = llvm.load %v667 : !llvm.ptr<3> -> i64
        %v669 = arith.addi %v62, %v566 : i64
        %v670 = arith.cmpi slt, %v669, %size_L : i64
        %v671 = arith.subi %size_L, %v1 : i64
        %v672 = arith.minsi %v669, %v671 : i64
        %v673 = arith.addi %v668, %v672 : i64
        %v674 = arith.muli %v666, %v97 : i64
        %v675 = arith.addi %v674, %v566 : i64
        %v676 = llvm.getelementptr %in_c_re[%v673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v677 = llvm.load %v676 : !llvm.ptr -> f32
        %v678 = arith.addi %v565, %v198 : i64
        %v679 = arith.constant true
        %v680 = arith.addi %v15, %v678 : i64
        %v681 = llvm.getelementptr %v5[%v680] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v682 = llvm.load %v681 : !llvm.ptr<3> -> i64
        %v683 = arith.addi %v62, %v566 : i64
        %v684 = arith.cmpi slt, %v683, %size_L : i64
        %v685 = arith.subi %size_L, %v1 : i64
        %v686 = arith.minsi %v683, %v685 : i64
        %v687 = arith.addi %v682, %v686 : i64
        %v688 = arith.muli %v680, %v97 : i64
        %v689 = arith.addi %v688, %v566 : i64
        %v690 = llvm.getelementptr %in_c_re[%v687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v691 = llvm.load %v690 : !llvm.ptr -> f32
        %v692 = arith.addi %v565, %v212 : i64
        %v693 = arith.constant true
        %v694 = arith.addi %v15, %v692 : i64
        %v695 = llvm.getelementptr %v5[%v694] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v696 = llvm.load %v695 : !llvm.ptr<3> -> i64
        %v697 = arith.addi %v62, %v566 : i64
        %v698 = arith.cmpi slt, %v697, %size_L : i64
        %v699 = arith.subi %size_L, %v1 : i64
        %v700 = arith.minsi %v697, %v699 : i64
        %v701 = arith.addi %v696, %v700 : i64
        %v702 = arith.muli %v694, %v97 : i64
        %v703 = arith.addi %v702, %v566 : i64
        %v704 = llvm.getelementptr %in_c_re[%v701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v705 = llvm.load %v704 : !llvm.ptr -> f32
        %v706 = arith.addi %v565, %v226 : i64
        %v707 = arith.constant true
        %v708 = arith.addi %v15, %v706 : i64
        %v709 = llvm.getelementptr %v5[%v708] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v710 = llvm.load %v709 : !llvm.ptr<3> -> i64
        %v711 = arith.addi %v62, %v566 : i64
        %v712 = arith.cmpi slt, %v711, %size_L : i64
        %v713 = arith.subi %size_L, %v1 : i64
        %v714 = arith.minsi %v711, %v713 : i64
        %v715 = arith.addi %v710, %v714 : i64
        %v716 = arith.muli %v708, %v97 : i64
        %v717 = arith.addi %v716, %v566 : i64
        %v718 = llvm.getelementptr %in_c_re[%v715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v719 = llvm.load %v718 : !llvm.ptr -> f32
        %v720 = arith.addi %v565, %v240 : i64
        %v721 = arith.constant true
        %v722 = arith.addi %v15, %v720 : i64
        %v723 = llvm.getelementptr %v5[%v722] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v724 = llvm.load %v723 : !llvm.ptr<3> -> i64
        %v725 = arith.addi %v62, %v566 : i64
        %v726 = arith.cmpi slt, %v725, %size_L : i64
        %v727 = arith.subi %size_L, %v1 : i64
        %v728 = arith.minsi %v725, %v727 : i64
        %v729 = arith.addi %v724, %v728 : i64
        %v730 = arith.muli %v722, %v97 : i64
        %v731 = arith.addi %v730, %v566 : i64
        %v732 = llvm.getelementptr %in_c_re[%v729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v733 = llvm.load %v732 : !llvm.ptr -> f32
        %v734 = arith.addi %v565, %v254 : i64
        %v735 = arith.constant true
        %v736 = arith.addi %v15, %v734 : i64
        %v737 = llvm.getelementptr %v5[%v736] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v738 = llvm.load %v737 : !llvm.ptr<3> -> i64
        %v739 = arith.addi %v62, %v566 : i64
        %v740 = arith.cmpi slt, %v739, %size_L : i64
        %v741 = arith.subi %size_L, %v1 : i64
        %v742 = arith.minsi %v739, %v741 : i64
        %v743 = arith.addi %v738, %v742 : i64
        %v744 = arith.muli %v736, %v97 : i64
        %v745 = arith.addi %v744, %v566 : i64
        %v746 = llvm.getelementptr %in_c_re[%v743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v747 = llvm.load %v746 : !llvm.ptr -> f32
        %v748 = arith.addi %v565, %v268 : i64
        %v749 = arith.constant true
        %v750 = arith.addi %v15, %v748 : i64
        %v751 = llvm.getelementptr %v5[%v750] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v752 = llvm.load %v751 : !llvm.ptr<3> -> i64
        %v753 = arith.addi %v62, %v566 : i64
        %v754 = arith.cmpi slt, %v753, %size_L : i64
        %v755 = arith.subi %size_L, %v1 : i64
        %v756 = arith.minsi %v753, %v755 : i64
        %v757 = arith.addi %v752, %v756 : i64
        %v758 = arith.muli %v750, %v97 : i64
        %v759 = arith.addi %v758, %v566 : i64
        %v760 = llvm.getelementptr %in_c_re[%v757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v761 = llvm.load %v760 : !llvm.ptr -> f32
        %v762 = arith.addi %v565, %v282 : i64
        %v763 = arith.constant true
        %v764 = arith.addi %v15, %v762 : i64
        %v765 = llvm.getelementptr %v5[%v764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v766 = llvm.load %v765 : !llvm.ptr<3> -> i64
        %v767 = arith.addi %v62, %v566 : i64
        %v768 = arith.cmpi slt, %v767, %size_L : i64
        %v769 = arith.subi %size_L, %v1 : i64
        %v770 = arith.minsi %v767, %v769 : i64
        %v771 = arith.addi %v766, %v770 : i64
        %v772 = arith.muli %v764, %v97 : i64
        %v773 = arith.addi %v772, %v566 : i64
        %v774 = llvm.getelementptr %in_c_re[%v771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v775 = llvm.load %v774 : !llvm.ptr -> f32
        %v776 = arith.addi %v565, %v296 : i64
        %v777 = arith.constant true
        %v778 = arith.addi %v15, %v776 : i64
        %v779 = llvm.getelementptr %v5[%v778] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v780 = llvm.load %v779 : !llvm.ptr<3> -> i64
        %v781 = arith.addi %v62, %v566 : i64
        %v782 = arith.cmpi slt, %v781, %size_L : i64
        %v783 = arith.subi %size_L, %v1 : i64
        %v784 = arith.minsi %v781, %v783 : i64
        %v785 = arith.addi %v780, %v784 : i64
        %v786 = arith.muli %v778, %v97 : i64
        %v787 = arith.addi %v786, %v566 : i64
        %v788 = llvm.getelementptr %in_c_re[%v785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v789 = llvm.load %v788 : !llvm.ptr -> f32
        %v790 = arith.addi %v565, %v57 : i64
        %v791 = arith.constant true
        %v792 = arith.addi %v15, %v790 : i64
        %v793 = llvm.getelementptr %v5[%v792] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v794 = llvm.load %v793 : !llvm.ptr<3> -> i64
        %v795 = arith.addi %v62, %v566 : i64
        %v796 = arith.cmpi slt, %v795, %size_L : i64
        %v797 = arith.subi %size_L, %v1 : i64
        %v798 = arith.minsi %v795, %v797 : i64
        %v799 = arith.addi %v794, %v798 : i64
        %v800 = arith.muli %v792, %v97 : i64
        %v801 = arith.addi %v800, %v566 : i64
        %v802 = llvm.getelementptr %in_c_re[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v803 = llvm.load %v802 : !llvm.ptr -> f32
        %v804 = arith.addi %v565, %v323 : i64
        %v805 = arith.constant true
        %v806 = arith.addi %v15, %v804 : i64
        %v807 = llvm.getelementptr %v5[%v806] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v808 = llvm.load %v807 : !llvm.ptr<3> -> i64
        %v809 = arith.addi %v62, %v566 : i64
        %v810 = arith.cmpi slt, %v809, %size_L : i64
        %v811 = arith.subi %size_L, %v1 : i64
        %v812 = arith.minsi %v809, %v811 : i64
        %v813 = arith.addi %v808, %v812 : i64
        %v814 = arith.muli %v806, %v97 : i64
        %v815 = arith.addi %v814, %v566 : i64
        %v816 = llvm.getelementptr %in_c_re[%v813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v817 = llvm.load %v816 : !llvm.ptr -> f32
        %v818 = arith.addi %v565, %v337 : i64
        %v819 = arith.constant true
        %v820 = arith.addi %v15, %v818 : i64
        %v821 = llvm.getelementptr %v5[%v820] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v822 = llvm.load %v821 : !llvm.ptr<3> -> i64
        %v823 = arith.addi %v62, %v566 : i64
        %v824 = arith.cmpi slt, %v823, %size_L : i64
        %v825 = arith.subi %size_L, %v1 : i64
        %v826 = arith.minsi %v823, %v825 : i64
        %v827 = arith.addi %v822, %v826 : i64
        %v828 = arith.muli %v820, %v97 : i64
        %v829 = arith.addi %v828, %v566 : i64
        %v830 = llvm.getelementptr %in_c_re[%v827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v831 = llvm.load %v830 : !llvm.ptr -> f32
        %v832 = arith.addi %v565, %v351 : i64
        %v833 = arith.constant true
        %v834 = arith.addi %v15, %v832 : i64
        %v835 = llvm.getelementptr %v5[%v834] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v836 = llvm.load %v835 : !llvm.ptr<3> -> i64
        %v837 = arith.addi %v62, %v566 : i64
        %v838 = arith.cmpi slt, %v837, %size_L : i64
        %v839 = arith.subi %size_L, %v1 : i64
        %v840 = arith.minsi %v837, %v839 : i64
        %v841 = arith.addi %v836, %v840 : i64
        %v842 = arith.muli %v834, %v97 : i64
        %v843 = arith.addi %v842, %v566 : i64
        %v844 = llvm.getelementptr %in_c_re[%v841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v845 = llvm.load %v844 : !llvm.ptr -> f32
        %v846 = arith.addi %v565, %v365 : i64
        %v847 = arith.constant true
        %v848 = arith.addi %v15, %v846 : i64
        %v849 = llvm.getelementptr %v5[%v848] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v850 = llvm.load %v849 : !llvm.ptr<3> -> i64
        %v851 = arith.addi %v62, %v566 : i64
        %v852 = arith.cmpi slt, %v851, %size_L : i64
        %v853 = arith.subi %size_L, %v1 : i64
        %v854 = arith.minsi %v851, %v853 : i64
        %v855 = arith.addi %v850, %v854 : i64
        %v856 = arith.muli %v848, %v97 : i64
        %v857 = arith.addi %v856, %v566 : i64
        %v858 = llvm.getelementptr %in_c_re[%v855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v859 = llvm.load %v858 : !llvm.ptr -> f32
        %v860 = arith.addi %v565, %v379 : i64
        %v861 = arith.constant true
        %v862 = arith.addi %v15, %v860 : i64
        %v863 = llvm.getelementptr %v5[%v862] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v864 = llvm.load %v863 : !llvm.ptr<3> -> i64
        %v865 = arith.addi %v62, %v566 : i64
        %v866 = arith.cmpi slt, %v865, %size_L : i64
        %v867 = arith.subi %size_L, %v1 : i64
        %v868 = arith.minsi %v865, %v867 : i64
        %v869 = arith.addi %v864, %v868 : i64
        %v870 = arith.muli %v862, %v97 : i64
        %v871 = arith.addi %v870, %v566 : i64
        %v872 = llvm.getelementptr %in_c_re[%v869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v873 = llvm.load %v872 : !llvm.ptr -> f32
        %v874 = arith.addi %v565, %v393 : i64
        %v875 = arith.constant true
        %v876 = arith.addi %v15, %v874 : i64
        %v877 = llvm.getelementptr %v5[%v876] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v878 = llvm.load %v877 : !llvm.ptr<3> -> i64
        %v879 = arith.addi %v62, %v566 : i64
        %v880 = arith.cmpi slt, %v879, %size_L : i64
        %v881 = arith.subi %size_L, %v1 : i64
        %v882 = arith.minsi %v879, %v881 : i64
        %v883 = arith.addi %v878, %v882 : i64
        %v884 = arith.muli %v876, %v97 : i64
        %v885 = arith.addi %v884, %v566 : i64
        %v886 = llvm.getelementptr %in_c_re[%v883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v887 = llvm.load %v886 : !llvm.ptr -> f32
        %v888 = arith.addi %v565, %v407 : i64
        %v889 = arith.constant true
        %v890 = arith.addi %v15, %v888 : i64
        %v891 = llvm.getelementptr %v5[%v890] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v892 = llvm.load %v891 : !llvm.ptr<3> -> i64
        %v893 = arith.addi %v62, %v566 : i64
        %v894 = arith.cmpi slt, %v893, %size_L : i64
        %v895 = arith.subi %size_L, %v1 : i64
        %v896 = arith.minsi %v893, %v895 : i64
        %v897 = arith.addi %v892, %v896 : i64
        %v898 = arith.muli %v890, %v97 : i64
        %v899 = arith.addi %v898, %v566 : i64
        %v900 = llvm.getelementptr %in_c_re[%v897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v901 = llvm.load %v900 : !llvm.ptr -> f32
        %v902 = arith.addi %v565, %v421 : i64
        %v903 = arith.constant true
        %v904 = arith.addi %v15, %v902 : i64
        %v905 = llvm.getelementptr %v5[%v904] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v906 = llvm.load %v905 : !llvm.ptr<3> -> i64
        %v907 = arith.addi %v62, %v566 : i64
        %v908 = arith.cmpi slt, %v907, %size_L : i64
        %v909 = arith.subi %size_L, %v1 : i64
        %v910 = arith.minsi %v907, %v909 : i64
        %v911 = arith.addi %v906, %v910 : i64
        %v912 = arith.muli %v904, %v97 : i64
        %v913 = arith.addi %v912, %v566 : i64
        %v914 = llvm.getelementptr %in_c_re[%v911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v915 = llvm.load %v914 : !llvm.ptr -> f32
        %v916 = arith.addi %v565, %v435 : i64
        %v917 = arith.constant true
        %v918 = arith.addi %v15, %v916 : i64
        %v919 = llvm.getelementptr %v5[%v918] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v920 = llvm.load %v919 : !llvm.ptr<3> -> i64
        %v921 = arith.addi %v62, %v566 : i64
        %v922 = arith.cmpi slt, %v921, %size_L : i64
        %v923 = arith.subi %size_L, %v1 : i64
        %v924 = arith.minsi %v921, %v923 : i64
        %v925 = arith.addi %v920, %v924 : i64
        %v926 = arith.muli %v918, %v97 : i64
        %v927 = arith.addi %v926, %v566 : i64
        %v928 = llvm.getelementptr %in_c_re[%v925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v929 = llvm.load %v928 : !llvm.ptr -> f32
        %v930 = arith.addi %v565, %v449 : i64
        %v931 = arith.constant true
        %v932 = arith.addi %v15, %v930 : i64
        %v933 = llvm.getelementptr %v5[%v932] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v934 = llvm.load %v933 : !llvm.ptr<3> -> i64
        %v935 = arith.addi %v62, %v566 : i64
        %v936 = arith.cmpi slt, %v935, %size_L : i64
        %v937 = arith.subi %size_L, %v1 : i64
        %v938 = arith.minsi %v935, %v937 : i64
        %v939 = arith.addi %v934, %v938 : i64
        %v940 = arith.muli %v932, %v97 : i64
        %v941 = arith.addi %v940, %v566 : i64
        %v942 = llvm.getelementptr %in_c_re[%v939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v943 = llvm.load %v942 : !llvm.ptr -> f32
        %v944 = arith.addi %v565, %v463 : i64
        %v945 = arith.constant true
        %v946 = arith.addi %v15, %v944 : i64
        %v947 = llvm.getelementptr %v5[%v946] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v948 = llvm.load %v947 : !llvm.ptr<3> -> i64
        %v949 = arith.addi %v62, %v566 : i64
        %v950 = arith.cmpi slt, %v949, %size_L : i64
        %v951 = arith.subi %size_L, %v1 : i64
        %v952 = arith.minsi %v949, %v951 : i64
        %v953 = arith.addi %v948, %v952 : i64
        %v954 = arith.muli %v946, %v97 : i64
        %v955 = arith.addi %v954, %v566 : i64
        %v956 = llvm.getelementptr %in_c_re[%v953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v957 = llvm.load %v956 : !llvm.ptr -> f32
        %v958 = arith.addi %v565, %v477 : i64
        %v959 = arith.constant true
        %v960 = arith.addi %v15, %v958 : i64
        %v961 = llvm.getelementptr %v5[%v960] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v962 = llvm.load %v961 : !llvm.ptr<3> -> i64
        %v963 = arith.addi %v62, %v566 : i64
        %v964 = arith.cmpi slt, %v963, %size_L : i64
        %v965 = arith.subi %size_L, %v1 : i64
        %v966 = arith.minsi %v963, %v965 : i64
        %v967 = arith.addi %v962, %v966 : i64
        %v968 = arith.muli %v960, %v97 : i64
        %v969 = arith.addi %v968, %v566 : i64
        %v970 = llvm.getelementptr %in_c_re[%v967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v971 = llvm.load %v970 : !llvm.ptr -> f32
        %v972 = arith.addi %v565, %v491 : i64
        %v973 = arith.constant true
        %v974 = arith.addi %v15, %v972 : i64
        %v975 = llvm.getelementptr %v5[%v974] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v976 = llvm.load %v975 : !llvm.ptr<3> -> i64
        %v977 = arith.addi %v62, %v566 : i64
        %v978 = arith.cmpi slt, %v977, %size_L : i64
        %v979 = arith.subi %size_L, %v1 : i64
        %v980 = arith.minsi %v977, %v979 : i64
        %v981 = arith.addi %v976, %v980 : i64
        %v982 = arith.muli %v974, %v97 : i64
        %v983 = arith.addi %v982, %v566 : i64
        %v984 = llvm.getelementptr %in_c_re[%v981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v985 = llvm.load %v984 : !llvm.ptr -> f32
        %v986 = arith.addi %v565, %v505 : i64
        %v987 = arith.constant true
        %v988 = arith.addi %v15, %v986 : i64
        %v989 = llvm.getelementptr %v5[%v988] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v990 = llvm.load %v989 : !llvm.ptr<3> -> i64
        %v991 = arith.addi %v62, %v566 : i64
        %v992 = arith.cmpi slt, %v991, %size_L : i64
        %v993 = arith.subi %size_L, %v1 : i64
        %v994 = arith.minsi %v991, %v993 : i64
        %v995 = arith.addi %v990, %v994 : i64
        %v996 = arith.muli %v988, %v97 : i64
        %v997 = arith.addi %v996, %v566 : i64
        %v998 = llvm.getelementptr %in_c_re[%v995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v999 = llvm.load %v998 : !llvm.ptr -> f32
        %v1000 = arith.addi %v565, %v519 : i64
        %v1001 = arith.constant true
        %v1002 = arith.addi %v15, %v1000 : i64
        %v1003 = llvm.getelementptr %v5[%v1002] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1004 = llvm.load %v1003 : !llvm.ptr<3> -> i64
        %v1005 = arith.addi %v62, %v566 : i64
        %v1006 = arith.cmpi slt, %v1005, %size_L : i64
        %v1007 = arith.subi %size_L, %v1 : i64
        %v1008 = arith.minsi %v1005, %v1007 : i64
        %v1009 = arith.addi %v1004, %v1008 : i64
        %v1010 = arith.muli %v1002, %v97 : i64
        %v1011 = arith.addi %v1010, %v566 : i64
        %v1012 = llvm.getelementptr %in_c_re[%v1009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1013 = llvm.load %v1012 : !llvm.ptr -> f32
        scf.if %v567 {
          %v1014 = llvm.getelementptr %v6[%v577] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v579, %v1014 : f32, !llvm.ptr<3>
        }
        scf.if %v581 {
          %v1015 = llvm.getelementptr %v6[%v591] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v593, %v1015 : f32, !llvm.ptr<3>
        }
        scf.if %v595 {
          %v1016 = llvm.getelementptr %v6[%v605] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v607, %v1016 : f32, !llvm.ptr<3>
        }
        scf.if %v609 {
          %v1017 = llvm.getelementptr %v6[%v619] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v621, %v1017 : f32, !llvm.ptr<3>
        }
        scf.if %v623 {
          %v1018 = llvm.getelementptr %v6[%v633] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v635, %v1018 : f32, !llvm.ptr<3>
        }
        scf.if %v637 {
          %v1019 = llvm.getelementptr %v6[%v647] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v649, %v1019 : f32, !llvm.ptr<3>
        }
        scf.if %v651 {
          %v1020 = llvm.getelementptr %v6[%v661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v663, %v1020 : f32, !llvm.ptr<3>
        }
        scf.if %v665 {
          %v1021 = llvm.getelementptr %v6[%v675] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v677, %v1021 : f32, !llvm.ptr<3>
        }
        scf.if %v679 {
          %v1022 = llvm.getelementptr %v6[%v689] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v691, %v1022 : f32, !llvm.ptr<3>
        }
        scf.if %v693 {
          %v1023 = llvm.getelementptr %v6[%v703] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v705, %v1023 : f32, !llvm.ptr<3>
        }
        scf.if %v707 {
          %v1024 = llvm.getelementptr %v6[%v717] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v719, %v1024 : f32, !llvm.ptr<3>
        }
        scf.if %v721 {
          %v1025 = llvm.getelementptr %v6[%v731] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v733, %v1025 : f32, !llvm.ptr<3>
        }
        scf.if %v735 {
          %v1026 = llvm.getelementptr %v6[%v745] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v747, %v1026 : f32, !llvm.ptr<3>
        }
        scf.if %v749 {
          %v1027 = llvm.getelementptr %v6[%v759] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v761, %v1027 : f32, !llvm.ptr<3>
        }
        scf.if %v763 {
          %v1028 = llvm.getelementptr %v6[%v773] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v775, %v1028 : f32, !llvm.ptr<3>
        }
        scf.if %v777 {
          %v1029 = llvm.getelementptr %v6[%v787] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v789, %v1029 : f32, !llvm.ptr<3>
        }
        scf.if %v791 {
          %v1030 = llvm.getelementptr %v6[%v801] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v803, %v1030 : f32, !llvm.ptr<3>
        }
        scf.if %v805 {
          %v1031 = llvm.getelementptr %v6[%v815] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v817, %v1031 : f32, !llvm.ptr<3>
        }
        scf.if %v819 {
          %v1032 = llvm.getelementptr %v6[%v829] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v831, %v1032 : f32, !llvm.ptr<3>
        }
        scf.if %v833 {
          %v1033 = llvm.getelementptr %v6[%v843] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v845, %v1033 : f32, !llvm.ptr<3>
        }
        scf.if %v847 {
          %v1034 = llvm.getelementptr %v6[%v857] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v859, %v1034 : f32, !llvm.ptr<3>
        }
        scf.if %v861 {
          %v1035 = llvm.getelementptr %v6[%v871] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v873, %v1035 : f32, !llvm.ptr<3>
        }
        scf.if %v875 {
          %v1036 = llvm.getelementptr %v6[%v885] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v887, %v1036 : f32, !llvm.ptr<3>
        }
        scf.if %v889 {
          %v1037 = llvm.getelementptr %v6[%v899] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v901, %v1037 : f32, !llvm.ptr<3>
        }
        scf.if %v903 {
          %v1038 = llvm.getelementptr %v6[%v913] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v915, %v1038 : f32, !llvm.ptr<3>
        }
        scf.if %v917 {
          %v1039 = llvm.getelementptr %v6[%v927] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v929, %v1039 : f32, !llvm.ptr<3>
        }
        scf.if %v931 {
          %v1040 = llvm.getelementptr %v6[%v941] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v943, %v1040 : f32, !llvm.ptr<3>
        }
        scf.if %v945 {
          %v1041 = llvm.getelementptr %v6[%v955] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v957, %v1041 : f32, !llvm.ptr<3>
        }
        scf.if %v959 {
          %v1042 = llvm.getelementptr %v6[%v969] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v971, %v1042 : f32, !llvm.ptr<3>
        }
        scf.if %v973 {
          %v1043 = llvm.getelementptr %v6[%v983] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v985, %v1043 : f32, !llvm.ptr<3>
        }
        scf.if %v987 {
          %v1044 = llvm.getelementptr %v6[%v997] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v999, %v1044 : f32, !llvm.ptr<3>
        }
        scf.if %v1001 {
          %v1045 = llvm.getelementptr %v6[%v1011] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1013, %v1045 : f32, !llvm.ptr<3>
        }
        %v1046 = arith.divui %v13, %v57 : i64
        %v1047 = arith.remui %v13, %v57 : i64
        %v1048 = arith.constant true
        %v1049 = arith.addi %v40, %v1046 : i64
        %v1050 = llvm.getelementptr %v5[%v1049] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1051 = llvm.load %v1050 : !llvm.ptr<3> -> i64
        %v1052 = arith.addi %v62, %v1047 : i64
        %v1053 = arith.cmpi slt, %v1052, %size_L : i64
        %v1054 = arith.subi %size_L, %v1 : i64
        %v1055 = arith.minsi %v1052, %v1054 : i64
        %v1056 = arith.addi %v1051, %v1055 : i64
        %v1057 = arith.muli %v1049, %v97 : i64
        %v1058 = arith.addi %v1057, %v1047 : i64
        %v1059 = llvm.getelementptr %in_c_im[%v1056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1060 = llvm.load %v1059 : !llvm.ptr -> f32
        %v1061 = arith.addi %v1046, %v39 : i64
        %v1062 = arith.constant true
        %v1063 = arith.addi %v40, %v1061 : i64
        %v1064 = llvm.getelementptr %v5[%v1063] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1065 = llvm.load %v1064 : !llvm.ptr<3> -> i64
        %v1066 = arith.addi %v62, %v1047 : i64
        %v1067 = arith.cmpi slt, %v1066, %size_L : i64
        %v1068 = arith.subi %size_L, %v1 : i64
        %v1069 = arith.minsi %v1066, %v1068 : i64
        %v1070 = arith.addi %v1065, %v1069 : i64
        %v1071 = arith.muli %v1063, %v97 : i64
        %v1072 = arith.addi %v1071, %v1047 : i64
        %v1073 = llvm.getelementptr %in_c_im[%v1070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1074 = llvm.load %v1073 : !llvm.ptr -> f32
        %v1075 = arith.addi %v1046, %v53 : i64
        %v1076 = arith.constant true
        %v1077 = arith.addi %v40, %v1075 : i64
        %v1078 = llvm.getelementptr %v5[%v1077] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1079 = llvm.load %v1078 : !llvm.ptr<3> -> i64
        %v1080 = arith.addi %v62, %v1047 : i64
        %v1081 = arith.cmpi slt, %v1080, %size_L : i64
        %v1082 = arith.subi %size_L, %v1 : i64
        %v1083 = arith.minsi %v1080, %v1082 : i64
        %v1084 = arith.addi %v1079, %v1083 : i64
        %v1085 = arith.muli %v1077, %v97 : i64
        %v1086 = arith.addi %v1085, %v1047 : i64
        %v1087 = llvm.getelementptr %in_c_im[%v1084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1088 = llvm.load %v1087 : !llvm.ptr -> f32
        %v1089 = arith.addi %v1046, %v128 : i64
        %v1090 = arith.constant true
        %v1091 = arith.addi %v40, %v1089 : i64
        %v1092 = llvm.getelementptr %v5[%v1091] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1093 = llvm.load %v1092 : !llvm.ptr<3> -> i64
        %v1094 = arith.addi %v62, %v1047 : i64
        %v1095 = arith.cmpi slt, %v1094, %size_L : i64
        %v1096 = arith.subi %size_L, %v1 : i64
        %v1097 = arith.minsi %v1094, %v1096 : i64
        %v1098 = arith.addi %v1093, %v1097 : i64
        %v1099 = arith.muli %v1091, %v97 : i64
        %v1100 = arith.addi %v1099, %v1047 : i64
        %v1101 = llvm.getelementptr %in_c_im[%v1098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1102 = llvm.load %v1101 : !llvm.ptr -> f32
        %v1103 = arith.addi %v1046, %v142 : i64
        %v1104 = arith.constant true
        %v1105 = arith.addi %v40, %v1103 : i64
        %v1106 = llvm.getelementptr %v5[%v1105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1107 = llvm.load %v1106 : !llvm.ptr<3> -> i64
        %v1108 = arith.addi %v62, %v1047 : i64
        %v1109 = arith.cmpi slt, %v1108, %size_L : i64
        %v1110 = arith.subi %size_L, %v1 : i64
        %v1111 = arith.minsi %v1108, %v1110 : i64
        %v1112 = arith.addi %v1107, %v1111 : i64
        %v1113 = arith.muli %v1105, %v97 : i64
        %v1114 = arith.addi %v1113, %v1047 : i64
        %v1115 = llvm.getelementptr %in_c_im[%v1112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1116 = llvm.load %v1115 : !llvm.ptr -> f32
        %v1117 = arith.addi %v1046, %v156 : i64
        %v1118 = arith.constant true
        %v1119 = arith.addi %v40, %v1117 : i64
        %v1120 = llvm.getelementptr %v5[%v1119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1121 = llvm.load %v1120 : !llvm.ptr<3> -> i64
        %v1122 = arith.addi %v62, %v1047 : i64
        %v1123 = arith.cmpi slt, %v1122, %size_L : i64
        %v1124 = arith.subi %size_L, %v1 : i64
        %v1125 = arith.minsi %v1122, %v1124 : i64
        %v1126 = arith.addi %v1121, %v1125 : i64
        %v1127 = arith.muli %v1119, %v97 : i64
        %v1128 = arith.addi %v1127, %v1047 : i64
        %v1129 = llvm.getelementptr %in_c_im[%v1126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1130 = llvm.load %v1129 : !llvm.ptr -> f32
        %v1131 = arith.addi %v1046, %v170 : i64
        %v1132 = arith.constant true
        %v1133 = arith.addi %v40, %v1131 : i64
        %v1134 = llvm.getelementptr %v5[%v1133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1135 = llvm.load %v1134 : !llvm.ptr<3> -> i64
        %v1136 = arith.addi %v62, %v1047 : i64
        %v1137 = arith.cmpi slt, %v1136, %size_L : i64
        %v1138 = arith.subi %size_L, %v1 : i64
        %v1139 = arith.minsi %v1136, %v1138 : i64
        %v1140 = arith.addi %v1135, %v1139 : i64
        %v1141 = arith.muli %v1133, %v97 : i64
        %v1142 = arith.addi %v1141, %v1047 : i64
        %v1143 = llvm.getelementptr %in_c_im[%v1140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1144 = llvm.load %v1143 : !llvm.ptr -> f32
        %v1145 = arith.addi %v1046, %v184 : i64
        %v1146 = arith.constant true
        %v1147 = arith.addi %v40, %v1145 : i64
        %v1148 = llvm.getelementptr %v5[%v1147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1149 = llvm.load %v1148 : !llvm.ptr<3> -> i64
        %v1150 = arith.addi %v62, %v1047 : i64
        %v1151 = arith.cmpi slt, %v1150, %size_L : i64
        %v1152 = arith.subi %size_L, %v1 : i64
        %v1153 = arith.minsi %v1150, %v1152 : i64
        %v1154 = arith.addi %v1149, %v1153 : i64
        %v1155 = arith.muli %v1147, %v97 : i64
        %v1156 = arith.addi %v1155, %v1047 : i64
        %v1157 = llvm.getelementptr %in_c_im[%v1154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1158 = llvm.load %v1157 : !llvm.ptr -> f32
        %v1159 = arith.addi %v1046, %v198 : i64
        %v1160 = arith.constant true
        %v1161 = arith.addi %v40, %v1159 : i64
        %v1162 = llvm.getelementptr %v5[%v1161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1163 = llvm.load %v1162 : !llvm.ptr<3> -> i64
        %v1164 = arith.addi %v62, %v1047 : i64
        %v1165 = arith.cmpi slt, %v1164, %size_L : i64
        %v1166 = arith.subi %size_L, %v1 : i64
        %v1167 = arith.minsi %v1164, %v1166 : i64
        %v1168 = arith.addi %v1163, %v1167 : i64
        %v1169 = arith.muli %v1161, %v97 : i64
        %v1170 = arith.addi %v1169, %v1047 : i64
        %v1171 = llvm.getelementptr %in_c_im[%v1168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1172 = llvm.load %v1171 : !llvm.ptr -> f32
        %v1173 = arith.addi %v1046, %v212 : i64
        %v1174 = arith.constant true
        %v1175 = arith.addi %v40, %v1173 : i64
        %v1176 = llvm.getelementptr %v5[%v1175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1177 = llvm.load %v1176 : !llvm.ptr<3> -> i64
        %v1178 = arith.addi %v62, %v1047 : i64
        %v1179 = arith.cmpi slt, %v1178, %size_L : i64
        %v1180 = arith.subi %size_L, %v1 : i64
        %v1181 = arith.minsi %v1178, %v1180 : i64
        %v1182 = arith.addi %v1177, %v1181 : i64
        %v1183 = arith.muli %v1175, %v97 : i64
        %v1184 = arith.addi %v1183, %v1047 : i64
        %v1185 = llvm.getelementptr %in_c_im[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1186 = llvm.load %v1185 : !llvm.ptr -> f32
        %v1187 = arith.addi %v1046, %v226 : i64
        %v1188 = arith.constant true
        %v1189 = arith.addi %v40, %v1187 : i64
        %v1190 = llvm.getelementptr %v5[%v1189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1191 = llvm.load %v1190 : !llvm.ptr<3> -> i64
        %v1192 = arith.addi %v62, %v1047 : i64
        %v1193 = arith.cmpi slt, %v1192, %size_L : i64
        %v1194 = arith.subi %size_L, %v1 : i64
        %v1195 = arith.minsi %v1192, %v1194 : i64
        %v1196 = arith.addi %v1191, %v1195 : i64
        %v1197 = arith.muli %v1189, %v97 : i64
        %v1198 = arith.addi %v1197, %v1047 : i64
        %v1199 = llvm.getelementptr %in_c_im[%v1196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1200 = llvm.load %v1199 : !llvm.ptr -> f32
        %v1201 = arith.addi %v1046, %v240 : i64
        %v1202 = arith.constant true
        %v1203 = arith.addi %v40, %v1201 : i64
        %v1204 = llvm.getelementptr %v5[%v1203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1205 = llvm.load %v1204 : !llvm.ptr<3> -> i64
        %v1206 = arith.addi %v62, %v1047 : i64
        %v1207 = arith.cmpi slt, %v1206, %size_L : i64
        %v1208 = arith.subi %size_L, %v1 : i64
        %v1209 = arith.minsi %v1206, %v1208 : i64
        %v1210 = arith.addi %v1205, %v1209 : i64
        %v1211 = arith.muli %v1203, %v97 : i64
        %v1212 = arith.addi %v1211, %v1047 : i64
        %v1213 = llvm.getelementptr %in_c_im[%v1210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1214 = llvm.load %v1213 : !llvm.ptr -> f32
        %v1215 = arith.addi %v1046, %v254 : i64
        %v1216 = arith.constant true
        %v1217 = arith.addi %v40, %v1215 : i64
        %v1218 = llvm.getelementptr %v5[%v1217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1219 = llvm.load %v1218 : !llvm.ptr<3> -> i64
        %v1220 = arith.addi %v62, %v1047 : i64
        %v1221 = arith.cmpi slt, %v1220, %size_L : i64
        %v1222 = arith.subi %size_L, %v1 : i64
        %v1223 = arith.minsi %v1220, %v1222 : i64
        %v1224 = arith.addi %v1219, %v1223 : i64
        %v1225 = arith.muli %v1217, %v97 : i64
        %v1226 = arith.addi %v1225, %v1047 : i64
        %v1227 = llvm.getelementptr %in_c_im[%v1224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1228 = llvm.load %v1227 : !llvm.ptr -> f32
        %v1229 = arith.addi %v1046, %v268 : i64
        %v1230 = arith.constant true
        %v1231 = arith.addi %v40, %v1229 : i64
        %v1232 = llvm.getelementptr %v5[%v1231] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1233 = llvm.load %v1232 : !llvm.ptr<3> -> i64
        %v1234 = arith.addi %v62, %v1047 : i64
        %v1235 = arith.cmpi slt, %v1234, %size_L : i64
        %v1236 = arith.subi %size_L, %v1 : i64
        %v1237 = arith.minsi %v1234, %v1236 : i64
        %v1238 = arith.addi %v1233, %v1237 : i64
        %v1239 = arith.muli %v1231, %v97 : i64
        %v1240 = arith.addi %v1239, %v1047 : i64
        %v1241 = llvm.getelementptr %in_c_im[%v1238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1242 = llvm.load %v1241 : !llvm.ptr -> f32
        %v1243 = arith.addi %v1046, %v282 : i64
        %v1244 = arith.constant true
        %v1245 = arith.addi %v40, %v1243 : i64
        %v1246 = llvm.getelementptr %v5[%v1245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1247 = llvm.load %v1246 : !llvm.ptr<3> -> i64
        %v1248 = arith.addi %v62, %v1047 : i64
        %v1249 = arith.cmpi slt, %v1248, %size_L : i64
        %v1250 = arith.subi %size_L, %v1 : i64
        %v1251 = arith.minsi %v1248, %v1250 : i64
        %v1252 = arith.addi %v1247, %v1251 : i64
        %v1253 = arith.muli %v1245, %v97 : i64
        %v1254 = arith.addi %v1253, %v1047 : i64
        %v1255 = llvm.getelementptr %in_c_im[%v1252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1256 = llvm.load %v1255 : !llvm.ptr -> f32
        %v1257 = arith.addi %v1046, %v296 : i64
        %v1258 = arith.constant true
        %v1259 = arith.addi %v40, %v1257 : i64
        %v1260 = llvm.getelementptr %v5[%v1259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1261 = llvm.load %v1260 : !llvm.ptr<3> -> i64
        %v1262 = arith.addi %v62, %v1047 : i64
        %v1263 = arith.cmpi slt, %v1262, %size_L : i64
        %v1264 = arith.subi %size_L, %v1 : i64
        %v1265 = arith.minsi %v1262, %v1264 : i64
        %v1266 = arith.addi %v1261, %v1265 : i64
        %v1267 = arith.muli %v1259, %v97 : i64
        %v1268 = arith.addi %v1267, %v1047 : i64
        %v1269 = llvm.getelementptr %in_c_im[%v1266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1270 = llvm.load %v1269 : !llvm.ptr -> f32
        %v1271 = arith.addi %v1046, %v57 : i64
        %v1272 = arith.constant true
        %v1273 = arith.addi %v40, %v1271 : i64
        %v1274 = llvm.getelementptr %v5[%v1273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1275 = llvm.load %v1274 : !llvm.ptr<3> -> i64
        %v1276 = arith.addi %v62, %v1047 : i64
        %v1277 = arith.cmpi slt, %v1276, %size_L : i64
        %v1278 = arith.subi %size_L, %v1 : i64
        %v1279 = arith.minsi %v1276, %v1278 : i64
        %v1280 = arith.addi %v1275, %v1279 : i64
        %v1281 = arith.muli %v1273, %v97 : i64
        %v1282 = arith.addi %v1281, %v1047 : i64
        %v1283 = llvm.getelementptr %in_c_im[%v1280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1284 = llvm.load %v1283 : !llvm.ptr -> f32
        %v1285 = arith.addi %v1046, %v323 : i64
        %v1286 = arith.constant true
        %v1287 = arith.addi %v40, %v1285 : i64
        %v1288 = llvm.getelementptr %v5[%v1287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1289 = llvm.load %v1288 : !llvm.ptr<3> -> i64
        %v1290 = arith.addi %v62, %v1047 : i64
        %v1291 = arith.cmpi slt, %v1290, %size_L : i64
        %v1292 = arith.subi %size_L, %v1 : i64
        %v1293 = arith.minsi %v1290, %v1292 : i64
        %v1294 = arith.addi %v1289, %v1293 : i64
        %v1295 = arith.muli %v1287, %v97 : i64
        %v1296 = arith.addi %v1295, %v1047 : i64
        %v1297 = llvm.getelementptr %in_c_im[%v1294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1298 = llvm.load %v1297 : !llvm.ptr -> f32
        %v1299 = arith.addi %v1046, %v337 : i64
        %v1300 = arith.constant true
        %v1301 = arith.addi %v40, %v1299 : i64
        %v1302 = llvm.getelementptr %v5[%v1301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1303 = llvm.load %v1302 : !llvm.ptr<3> -> i64
        %v1304 = arith.addi %v62, %v1047 : i64
        %v1305 = arith.cmpi slt, %v1304, %size_L : i64
        %v1306 = arith.subi %size_L, %v1 : i64
        %v1307 = arith.minsi %v1304, %v1306 : i64
        %v1308 = arith.addi %v1303, %v1307 : i64
        %v1309 = arith.muli %v1301, %v97 : i64
        %v1310 = arith.addi %v1309, %v1047 : i64
        %v1311 = llvm.getelementptr %in_c_im[%v1308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1312 = llvm.load %v1311 : !llvm.ptr -> f32
        %v1313 = arith.addi %v1046, %v351 : i64
        %v1314 = arith.constant true
        %v1315 = arith.addi %v40, %v1313 : i64
        %v1316 = llvm.getelementptr %v5[%v1315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1317 = llvm.load %v1316 : !llvm.ptr<3> -> i64
        %v1318 = arith.addi %v62, %v1047 : i64
        %v1319 = arith.cmpi slt, %v1318, %size_L : i64
        %v1320 = arith.subi %size_L, %v1 : i64
        %v1321 = arith.minsi %v1318, %v1320 : i64
        %v1322 = arith.addi %v1317, %v1321 : i64
        %v1323 = arith.muli %v1315, %v97 : i64
        %v1324 = arith.addi %v1323, %v1047 : i64
        %v1325 = llvm.getelementptr %in_c_im[%v1322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1326 = llvm.load %v1325 : !llvm.ptr -> f32
        %v1327 = arith.addi %v1046, %v365 : i64
        %v1328 = arith.constant true
        %v1329 = arith.addi %v40, %v1327 : i64
        %v1330 = llvm.getelementptr %v5[%v1329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1331 = llvm.load %v1330 : !llvm.ptr<3> -> i64
        %v1332 = arith.addi %v62, %v1047 : i64
        %v1333 = arith.cmpi slt, %v1332, %size_L : i64
        %v1334 = arith.subi %size_L, %v1 : i64
        %v1335 = arith.minsi %v1332, %v1334 : i64
        %v1336 = arith.addi %v1331, %v1335 : i64
        %v1337 = arith.muli %v1329, %v97 : i64
        %v1338 = arith.addi %v1337, %v1047 : i64
        %v1339 = llvm.getelementptr %in_c_im[%v1336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1340 = llvm.load %v1339 : !llvm.ptr -> f32
        %v1341 = arith.addi %v1046, %v379 : i64
        %v1342 = arith.constant true
        %v1343 = arith.addi %v40, %v1341 : i64
        %v1344 = llvm.getelementptr %v5[%v1343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1345 = llvm.load %v1344 : !llvm.ptr<3> -> i64
        %v1346 = arith.addi %v62, %v1047 : i64
        %v1347 = arith.cmpi slt, %v1346, %size_L : i64
        %v1348 = arith.subi %size_L, %v1 : i64
        %v1349 = arith.minsi %v1346, %v1348 : i64
        %v1350 = arith.addi %v1345, %v1349 : i64
        %v1351 = arith.muli %v1343, %v97 : i64
        %v1352 = arith.addi %v1351, %v1047 : i64
        %v1353 = llvm.getelementptr %in_c_im[%v1350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1354 = llvm.load %v1353 : !llvm.ptr -> f32
        %v1355 = arith.addi %v1046, %v393 : i64
        %v1356 = arith.constant true
        %v1357 = arith.addi %v40, %v1355 : i64
        %v1358 = llvm.getelementptr %v5[%v1357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1359 = llvm.load %v1358 : !llvm.ptr<3> -> i64
        %v1360 = arith.addi %v62, %v1047 : i64
        %v1361 = arith.cmpi slt, %v1360, %size_L : i64
        %v1362 = arith.subi %size_L, %v1 : i64
        %v1363 = arith.minsi %v1360, %v1362 : i64
        %v1364 = arith.addi %v1359, %v1363 : i64
        %v1365 = arith.muli %v1357, %v97 : i64
        %v1366 = arith.addi %v1365, %v1047 : i64
        %v1367 = llvm.getelementptr %in_c_im[%v1364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1368 = llvm.load %v1367 : !llvm.ptr -> f32
        %v1369 = arith.addi %v1046, %v407 : i64
        %v1370 = arith.constant true
        %v1371 = arith.addi %v40, %v1369 : i64
        %v1372 = llvm.getelementptr %v5[%v1371] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1373 = llvm.load %v1372 : !llvm.ptr<3> -> i64
        %v1374 = arith.addi %v62, %v1047 : i64
        %v1375 = arith.cmpi slt, %v1374, %size_L : i64
        %v1376 = arith.subi %size_L, %v1 : i64
        %v1377 = arith.minsi %v1374, %v1376 : i64
        %v1378 = arith.addi %v1373, %v1377 : i64
        %v1379 = arith.muli %v1371, %v97 : i64
        %v1380 = arith.addi %v1379, %v1047 : i64
        %v1381 = llvm.getelementptr %in_c_im[%v1378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1382 = llvm.load %v1381 : !llvm.ptr -> f32
        %v1383 = arith.addi %v1046, %v421 : i64
        %v1384 = arith.constant true
        %v1385 = arith.addi %v40, %v1383 : i64
        %v1386 = llvm.getelementptr %v5[%v1385] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1387 = llvm.load %v1386 : !llvm.ptr<3> -> i64
        %v1388 = arith.addi %v62, %v1047 : i64
        %v1389 = arith.cmpi slt, %v1388, %size_L : i64
        %v1390 = arith.subi %size_L, %v1 : i64
        %v1391 = arith.minsi %v1388, %v1390 : i64
        %v1392 = arith.addi %v1387, %v1391 : i64
        %v1393 = arith.muli %v1385, %v97 : i64
        %v1394 = arith.addi %v1393, %v1047 : i64
        %v1395 = llvm.getelementptr %in_c_im[%v1392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1396 = llvm.load %v1395 : !llvm.ptr -> f32
        %v1397 = arith.addi %v1046, %v435 : i64
        %v1398 = arith.constant true
        %v1399 = arith.addi %v40, %v1397 : i64
        %v1400 = llvm.getelementptr %v5[%v1399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1401 = llvm.load %v1400 : !llvm.ptr<3> -> i64
        %v1402 = arith.addi %v62, %v1047 : i64
        %v1403 = arith.cmpi slt, %v1402, %size_L : i64
        %v1404 = arith.subi %size_L, %v1 : i64
        %v1405 = arith.minsi %v1402, %v1404 : i64
        %v1406 = arith.addi %v1401, %v1405 : i64
        %v1407 = arith.muli %v1399, %v97 : i64
        %v1408 = arith.addi %v1407, %v1047 : i64
        %v1409 = llvm.getelementptr %in_c_im[%v1406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1410 = llvm.load %v1409 : !llvm.ptr -> f32
        %v1411 = arith.addi %v1046, %v449 : i64
        %v1412 = arith.constant true
        %v1413 = arith.addi %v40, %v1411 : i64
        %v1414 = llvm.getelementptr %v5[%v1413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1415 = llvm.load %v1414 : !llvm.ptr<3> -> i64
        %v1416 = arith.addi %v62, %v1047 : i64
        %v1417 = arith.cmpi slt, %v1416, %size_L : i64
        %v1418 = arith.subi %size_L, %v1 : i64
        %v1419 = arith.minsi %v1416, %v1418 : i64
        %v1420 = arith.addi %v1415, %v1419 : i64
        %v1421 = arith.muli %v1413, %v97 : i64
        %v1422 = arith.addi %v1421, %v1047 : i64
        %v1423 = llvm.getelementptr %in_c_im[%v1420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1424 = llvm.load %v1423 : !llvm.ptr -> f32
        %v1425 = arith.addi %v1046, %v463 : i64
        %v1426 = arith.constant true
        %v1427 = arith.addi %v40, %v1425 : i64
        %v1428 = llvm.getelementptr %v5[%v1427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1429 = llvm.load %v1428 : !llvm.ptr<3> -> i64
        %v1430 = arith.addi %v62, %v1047 : i64
        %v1431 = arith.cmpi slt, %v1430, %size_L : i64
        %v1432 = arith.subi %size_L, %v1 : i64
        %v1433 = arith.minsi %v1430, %v1432 : i64
        %v1434 = arith.addi %v1429, %v1433 : i64
        %v1435 = arith.muli %v1427, %v97 : i64
        %v1436 = arith.addi %v1435, %v1047 : i64
        %v1437 = llvm.getelementptr %in_c_im[%v1434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1438 = llvm.load %v1437 : !llvm.ptr -> f32
        %v1439 = arith.addi %v1046, %v477 : i64
        %v1440 = arith.constant true
        %v1441 = arith.addi %v40, %v1439 : i64
        %v1442 = llvm.getelementptr %v5[%v1441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1443 = llvm.load %v1442 : !llvm.ptr<3> -> i64
        %v1444 = arith.addi %v62, %v1047 : i64
        %v1445 = arith.cmpi slt, %v1444, %size_L : i64
        %v1446 = arith.subi %size_L, %v1 : i64
        %v1447 = arith.minsi %v1444, %v1446 : i64
        %v1448 = arith.addi %v1443, %v1447 : i64
        %v1449 = arith.muli %v1441, %v97 : i64
        %v1450 = arith.addi %v1449, %v1047 : i64
        %v1451 = llvm.getelementptr %in_c_im[%v1448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1452 = llvm.load %v1451 : !llvm.ptr -> f32
        %v1453 = arith.addi %v1046, %v491 : i64
        %v1454 = arith.constant true
        %v1455 = arith.addi %v40, %v1453 : i64
        %v1456 = llvm.getelementptr %v5[%v1455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1457 = llvm.load %v1456 : !llvm.ptr<3> -> i64
        %v1458 = arith.addi %v62, %v1047 : i64
        %v1459 = arith.cmpi slt, %v1458, %size_L : i64
        %v1460 = arith.subi %size_L, %v1 : i64
        %v1461 = arith.minsi %v1458, %v1460 : i64
        %v1462 = arith.addi %v1457, %v1461 : i64
        %v1463 = arith.muli %v1455, %v97 : i64
        %v1464 = arith.addi %v1463, %v1047 : i64
        %v1465 = llvm.getelementptr %in_c_im[%v1462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1466 = llvm.load %v1465 : !llvm.ptr -> f32
        %v1467 = arith.addi %v1046, %v505 : i64
        %v1468 = arith.constant true
        %v1469 = arith.addi %v40, %v1467 : i64
        %v1470 = llvm.getelementptr %v5[%v1469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1471 = llvm.load %v1470 : !llvm.ptr<3> -> i64
        %v1472 = arith.addi %v62, %v1047 : i64
        %v1473 = arith.cmpi slt, %v1472, %size_L : i64
        %v1474 = arith.subi %size_L, %v1 : i64
        %v1475 = arith.minsi %v1472, %v1474 : i64
        %v1476 = arith.addi %v1471, %v1475 : i64
        %v1477 = arith.muli %v1469, %v97 : i64
        %v1478 = arith.addi %v1477, %v1047 : i64
        %v1479 = llvm.getelementptr %in_c_im[%v1476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1480 = llvm.load %v1479 : !llvm.ptr -> f32
        %v1481 = arith.addi %v1046, %v519 : i64
        %v1482 = arith.constant true
        %v1483 = arith.addi %v40, %v1481 : i64
        %v1484 = llvm.getelementptr %v5[%v1483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1485 = llvm.load %v1484 : !llvm.ptr<3> -> i64
        %v1486 = arith.addi %v62, %v1047 : i64
        %v1487 = arith.cmpi slt, %v1486, %size_L : i64
        %v1488 = arith.subi %size_L, %v1 : i64
        %v1489 = arith.minsi %v1486, %v1488 : i64
        %v1490 = arith.addi %v1485, %v1489 : i64
        %v1491 = arith.muli %v1483, %v97 : i64
        %v1492 = arith.addi %v1491, %v1047 : i64
        %v1493 = llvm.getelementptr %in_c_im[%v1490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1494 = llvm.load %v1493 : !llvm.ptr -> f32
        scf.if %v1048 {
          %v1495 = llvm.getelementptr %v6[%v1058] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1060, %v1495 : f32, !llvm.ptr<3>
        }
        scf.if %v1062 {
          %v1496 = llvm.getelementptr %v6[%v1072] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1074, %v1496 : f32, !llvm.ptr<3>
        }
        scf.if %v1076 {
          %v1497 = llvm.getelementptr %v6[%v1086] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1088, %v1497 : f32, !llvm.ptr<3>
        }
        scf.if %v1090 {
          %v1498 = llvm.getelementptr %v6[%v1100] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1102, %v1498 : f32, !llvm.ptr<3>
        }
        scf.if %v1104 {
          %v1499 = llvm.getelementptr %v6[%v1114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1116, %v1499 : f32, !llvm.ptr<3>
        }
        scf.if %v1118 {
          %v1500 = llvm.getelementptr %v6[%v1128] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1130, %v1500 : f32, !llvm.ptr<3>
        }
        scf.if %v1132 {
          %v1501 = llvm.getelementptr %v6[%v1142] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1144, %v1501 : f32, !llvm.ptr<3>
        }
        scf.if %v1146 {
          %v1502 = llvm.getelementptr %v6[%v1156] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1158, %v1502 : f32, !llvm.ptr<3>
        }
        scf.if %v1160 {
          %v1503 = llvm.getelementptr %v6[%v1170] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1172, %v1503 : f32, !llvm.ptr<3>
        }
        scf.if %v1174 {
          %v1504 = llvm.getelementptr %v6[%v1184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1186, %v1504 : f32, !llvm.ptr<3>
        }
        scf.if %v1188 {
          %v1505 = llvm.getelementptr %v6[%v1198] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1200, %v1505 : f32, !llvm.ptr<3>
        }
        scf.if %v1202 {
          %v1506 = llvm.getelementptr %v6[%v1212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1214, %v1506 : f32, !llvm.ptr<3>
        }
        scf.if %v1216 {
          %v1507 = llvm.getelementptr %v6[%v1226] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1228, %v1507 : f32, !llvm.ptr<3>
        }
        scf.if %v1230 {
          %v1508 = llvm.getelementptr %v6[%v1240] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1242, %v1508 : f32, !llvm.ptr<3>
        }
        scf.if %v1244 {
          %v1509 = llvm.getelementptr %v6[%v1254] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1256, %v1509 : f32, !llvm.ptr<3>
        }
        scf.if %v1258 {
          %v1510 = llvm.getelementptr %v6[%v1268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1270, %v1510 : f32, !llvm.ptr<3>
        }
        scf.if %v1272 {
          %v1511 = llvm.getelementptr %v6[%v1282] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1284, %v1511 : f32, !llvm.ptr<3>
        }
        scf.if %v1286 {
          %v1512 = llvm.getelementptr %v6[%v1296] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1298, %v1512 : f32, !llvm.ptr<3>
        }
        scf.if %v1300 {
          %v1513 = llvm.getelementptr %v6[%v1310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1312, %v1513 : f32, !llvm.ptr<3>
        }
        scf.if %v1314 {
          %v1514 = llvm.getelementptr %v6[%v1324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1326, %v1514 : f32, !llvm.ptr<3>
        }
        scf.if %v1328 {
          %v1515 = llvm.getelementptr %v6[%v1338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1340, %v1515 : f32, !llvm.ptr<3>
        }
        scf.if %v1342 {
          %v1516 = llvm.getelementptr %v6[%v1352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1354, %v1516 : f32, !llvm.ptr<3>
        }
        scf.if %v1356 {
          %v1517 = llvm.getelementptr %v6[%v1366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1368, %v1517 : f32, !llvm.ptr<3>
        }
        scf.if %v1370 {
          %v1518 = llvm.getelementptr %v6[%v1380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1382, %v1518 : f32, !llvm.ptr<3>
        }
        scf.if %v1384 {
          %v1519 = llvm.getelementptr %v6[%v1394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1396, %v1519 : f32, !llvm.ptr<3>
        }
        scf.if %v1398 {
          %v1520 = llvm.getelementptr %v6[%v1408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1410, %v1520 : f32, !llvm.ptr<3>
        }
        scf.if %v1412 {
          %v1521 = llvm.getelementptr %v6[%v1422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1424, %v1521 : f32, !llvm.ptr<3>
        }
        scf.if %v1426 {
          %v1522 = llvm.getelementptr %v6[%v1436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1438, %v1522 : f32, !llvm.ptr<3>
        }
        scf.if %v1440 {
          %v1523 = llvm.getelementptr %v6[%v1450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1452, %v1523 : f32, !llvm.ptr<3>
        }
        scf.if %v1454 {
          %v1524 = llvm.getelementptr %v6[%v1464] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1466, %v1524 : f32, !llvm.ptr<3>
        }
        scf.if %v1468 {
          %v1525 = llvm.getelementptr %v6[%v1478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1480, %v1525 : f32, !llvm.ptr<3>
        }
        scf.if %v1482 {
          %v1526 = llvm.getelementptr %v6[%v1492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1494, %v1526 : f32, !llvm.ptr<3>
        }
        %v1527 = arith.divui %v13, %v57 : i64
        %v1528 = arith.remui %v13, %v57 : i64
        %v1529 = arith.constant true
        %v1530 = arith.addi %v47, %v1527 : i64
        %v1531 = llvm.getelementptr %v5[%v1530] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1532 = llvm.load %v1531 : !llvm.ptr<3> -> i64
        %v1533 = arith.addi %v62, %v1528 : i64
        %v1534 = arith.cmpi slt, %v1533, %size_L : i64
        %v1535 = arith.subi %size_L, %v1 : i64
        %v1536 = arith.minsi %v1533, %v1535 : i64
        %v1537 = arith.addi %v1532, %v1536 : i64
        %v1538 = arith.muli %v1530, %v97 : i64
        %v1539 = arith.addi %v1538, %v1528 : i64
        %v1540 = llvm.getelementptr %in_g_re[%v1537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1541 = llvm.load %v1540 : !llvm.ptr -> f32
        %v1542 = arith.addi %v1527, %v39 : i64
        %v1543 = arith.constant true
        %v1544 = arith.addi %v47, %v1542 : i64
        %v1545 = llvm.getelementptr %v5[%v1544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1546 = llvm.load %v1545 : !llvm.ptr<3> -> i64
        %v1547 = arith.addi %v62, %v1528 : i64
        %v1548 = arith.cmpi slt, %v1547, %size_L : i64
        %v1549 = arith.subi %size_L, %v1 : i64
        %v1550 = arith.minsi %v1547, %v1549 : i64
        %v1551 = arith.addi %v1546, %v1550 : i64
        %v1552 = arith.muli %v1544, %v97 : i64
        %v1553 = arith.addi %v1552, %v1528 : i64
        %v1554 = llvm.getelementptr %in_g_re[%v1551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1555 = llvm.load %v1554 : !llvm.ptr -> f32
        %v1556 = arith.addi %v1527, %v53 : i64
        %v1557 = arith.constant true
        %v1558 = arith.addi %v47, %v1556 : i64
        %v1559 = llvm.getelementptr %v5[%v1558] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1560 = llvm.load %v1559 : !llvm.ptr<3> -> i64
        %v1561 = arith.addi %v62, %v1528 : i64
        %v1562 = arith.cmpi slt, %v1561, %size_L : i64
        %v1563 = arith.subi %size_L, %v1 : i64
        %v1564 = arith.minsi %v1561, %v1563 : i64
        %v1565 = arith.addi %v1560, %v1564 : i64
        %v1566 = arith.muli %v1558, %v97 : i64
        %v1567 = arith.addi %v1566, %v1528 : i64
        %v1568 = llvm.getelementptr %in_g_re[%v1565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1569 = llvm.load %v1568 : !llvm.ptr -> f32
        %v1570 = arith.addi %v1527, %v128 : i64
        %v1571 = arith.constant true
        %v1572 = arith.addi %v47, %v1570 : i64
        %v1573 = llvm.getelementptr %v5[%v1572] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1574 = llvm.load %v1573 : !llvm.ptr<3> -> i64
        %v1575 = arith.addi %v62, %v1528 : i64
        %v1576 = arith.cmpi slt, %v1575, %size_L : i64
        %v1577 = arith.subi %size_L, %v1 : i64
        %v1578 = arith.minsi %v1575, %v1577 : i64
        %v1579 = arith.addi %v1574, %v1578 : i64
        %v1580 = arith.muli %v1572, %v97 : i64
        %v1581 = arith.addi %v1580, %v1528 : i64
        %v1582 = llvm.getelementptr %in_g_re[%v1579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1583 = llvm.load %v1582 : !llvm.ptr -> f32
        %v1584 = arith.addi %v1527, %v142 : i64
        %v1585 = arith.constant true
        %v1586 = arith.addi %v47, %v1584 : i64
        %v1587 = llvm.getelementptr %v5[%v1586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1588 = llvm.load %v1587 : !llvm.ptr<3> -> i64
        %v1589 = arith.addi %v62, %v1528 : i64
        %v1590 = arith.cmpi slt, %v1589, %size_L : i64
        %v1591 = arith.subi %size_L, %v1 : i64
        %v1592 = arith.minsi %v1589, %v1591 : i64
        %v1593 = arith.addi %v1588, %v1592 : i64
        %v1594 = arith.muli %v1586, %v97 : i64
        %v1595 = arith.addi %v1594, %v1528 : i64
        %v1596 = llvm.getelementptr %in_g_re[%v1593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1597 = llvm.load %v1596 : !llvm.ptr -> f32
        %v1598 = arith.addi %v1527, %v156 : i64
        %v1599 = arith.constant true
        %v1600 = arith.addi %v47, %v1598 : i64
        %v1601 = llvm.getelementptr %v5[%v1600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1602 = llvm.load %v1601 : !llvm.ptr<3> -> i64
        %v1603 = arith.addi %v62, %v1528 : i64
        %v1604 = arith.cmpi slt, %v1603, %size_L : i64
        %v1605 = arith.subi %size_L, %v1 : i64
        %v1606 = arith.minsi %v1603, %v1605 : i64
        %v1607 = arith.addi %v1602, %v1606 : i64
        %v1608 = arith.muli %v1600, %v97 : i64
        %v1609 = arith.addi %v1608, %v1528 : i64
        %v1610 = llvm.getelementptr %in_g_re[%v1607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1611 = llvm.load %v1610 : !llvm.ptr -> f32
        %v1612 = arith.addi %v1527, %v170 : i64
        %v1613 = arith.constant true
        %v1614 = arith.addi %v47, %v1612 : i64
        %v1615 = llvm.getelementptr %v5[%v1614] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1616 = llvm.load %v1615 : !llvm.ptr<3> -> i64
        %v1617 = arith.addi %v62, %v1528 : i64
        %v1618 = arith.cmpi slt, %v1617, %size_L : i64
        %v1619 = arith.subi %size_L, %v1 : i64
        %v1620 = arith.minsi %v1617, %v1619 : i64
        %v1621 = arith.addi %v1616, %v1620 : i64
        %v1622 = arith.muli %v1614, %v97 : i64
        %v1623 = arith.addi %v1622, %v1528 : i64
        %v1624 = llvm.getelementptr %in_g_re[%v1621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1625 = llvm.load %v1624 : !llvm.ptr -> f32
        %v1626 = arith.addi %v1527, %v184 : i64
        %v1627 = arith.constant true
        %v1628 = arith.addi %v47, %v1626 : i64
        %v1629 = llvm.getelementptr %v5[%v1628] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1630 = llvm.load %v1629 : !llvm.ptr<3> -> i64
        %v1631 = arith.addi %v62, %v1528 : i64
        %v1632 = arith.cmpi slt, %v1631, %size_L : i64
        %v1633 = arith.subi %size_L, %v1 : i64
        %v1634 = arith.minsi %v1631, %v1633 : i64
        %v1635 = arith.addi %v1630, %v1634 : i64
        %v1636 = arith.muli %v1628, %v97 : i64
        %v1637 = arith.addi %v1636, %v1528 : i64
        %v1638 = llvm.getelementptr %in_g_re[%v1635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1639 = llvm.load %v1638 : !llvm.ptr -> f32
        %v1640 = arith.addi %v1527, %v198 : i64
        %v1641 = arith.constant true
        %v1642 = arith.addi %v47, %v1640 : i64
        %v1643 = llvm.getelementptr %v5[%v1642] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1644 = llvm.load %v1643 : !llvm.ptr<3> -> i64
        %v1645 = arith.addi %v62, %v1528 : i64
        %v1646 = arith.cmpi slt, %v1645, %size_L : i64
        %v1647 = arith.subi %size_L, %v1 : i64
        %v1648 = arith.minsi %v1645, %v1647 : i64
        %v1649 = arith.addi %v1644, %v1648 : i64
        %v1650 = arith.muli %v1642, %v97 : i64
        %v1651 = arith.addi %v1650, %v1528 : i64
        %v1652 = llvm.getelementptr %in_g_re[%v1649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1653 = llvm.load %v1652 : !llvm.ptr -> f32
        %v1654 = arith.addi %v1527, %v212 : i64
        %v1655 = arith.constant true
        %v1656 = arith.addi %v47, %v1654 : i64
        %v1657 = llvm.getelementptr %v5[%v1656] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1658 = llvm.load %v1657 : !llvm.ptr<3> -> i64
        %v1659 = arith.addi %v62, %v1528 : i64
        %v1660 = arith.cmpi slt, %v1659, %size_L : i64
        %v1661 = arith.subi %size_L, %v1 : i64
        %v1662 = arith.minsi %v1659, %v1661 : i64
        %v1663 = arith.addi %v1658, %v1662 : i64
        %v1664 = arith.muli %v1656, %v97 : i64
        %v1665 = arith.addi %v1664, %v1528 : i64
        %v1666 = llvm.getelementptr %in_g_re[%v1663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1667 = llvm.load %v1666 : !llvm.ptr -> f32
        %v1668 = arith.addi %v1527, %v226 : i64
        %v1669 = arith.constant true
        %v1670 = arith.addi %v47, %v1668 : i64
        %v1671 = llvm.getelementptr %v5[%v1670] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1672 = llvm.load %v1671 : !llvm.ptr<3> -> i64
        %v1673 = arith.addi %v62, %v1528 : i64
        %v1674 = arith.cmpi slt, %v1673, %size_L : i64
        %v1675 = arith.subi %size_L, %v1 : i64
        %v1676 = arith.minsi %v1673, %v1675 : i64
        %v1677 = arith.addi %v1672, %v1676 : i64
        %v1678 = arith.muli %v1670, %v97 : i64
        %v1679 = arith.addi %v1678, %v1528 : i64
        %v1680 = llvm.getelementptr %in_g_re[%v1677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1681 = llvm.load %v1680 : !llvm.ptr -> f32
        %v1682 = arith.addi %v1527, %v240 : i64
        %v1683 = arith.constant true
        %v1684 = arith.addi %v47, %v1682 : i64
        %v1685 = llvm.getelementptr %v5[%v1684] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1686 = llvm.load %v1685 : !llvm.ptr<3> -> i64
        %v1687 = arith.addi %v62, %v1528 : i64
        %v1688 = arith.cmpi slt, %v1687, %size_L : i64
        %v1689 = arith.subi %size_L, %v1 : i64
        %v1690 = arith.minsi %v1687, %v1689 : i64
        %v1691 = arith.addi %v1686, %v1690 : i64
        %v1692 = arith.muli %v1684, %v97 : i64
        %v1693 = arith.addi %v1692, %v1528 : i64
        %v1694 = llvm.getelementptr %in_g_re[%v1691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1695 = llvm.load %v1694 : !llvm.ptr -> f32
        %v1696 = arith.addi %v1527, %v254 : i64
        %v1697 = arith.constant true
        %v1698 = arith.addi %v47, %v1696 : i64
        %v1699 = llvm.getelementptr %v5[%v1698] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1700 = llvm.load %v1699 : !llvm.ptr<3> -> i64
        %v1701 = arith.addi %v62, %v1528 : i64
        %v1702 = arith.cmpi slt, %v1701, %size_L : i64
        %v1703 = arith.subi %size_L, %v1 : i64
        %v1704 = arith.minsi %v1701, %v1703 : i64
        %v1705 = arith.addi %v1700, %v1704 : i64
        %v1706 = arith.muli %v1698, %v97 : i64
        %v1707 = arith.addi %v1706, %v1528 : i64
        %v1708 = llvm.getelementptr %in_g_re[%v1705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1709 = llvm.load %v1708 : !llvm.ptr -> f32
        %v1710 = arith.addi %v1527, %v268 : i64
        %v1711 = arith.constant true
        %v1712 = arith.addi %v47, %v1710 : i64
        %v1713 = llvm.getelementptr %v5[%v1712] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1714 = llvm.load %v1713 : !llvm.ptr<3> -> i64
        %v1715 = arith.addi %v62, %v1528 : i64
        %v1716 = arith.cmpi slt, %v1715, %size_L : i64
        %v1717 = arith.subi %size_L, %v1 : i64
        %v1718 = arith.minsi %v1715, %v1717 : i64
        %v1719 = arith.addi %v1714, %v1718 : i64
        %v1720 = arith.muli %v1712, %v97 : i64
        %v1721 = arith.addi %v1720, %v1528 : i64
        %v1722 = llvm.getelementptr %in_g_re[%v1719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1723 = llvm.load %v1722 : !llvm.ptr -> f32
        %v1724 = arith.addi %v1527, %v282 : i64
        %v1725 = arith.constant true
        %v1726 = arith.addi %v47, %v1724 : i64
        %v1727 = llvm.getelementptr %v5[%v1726] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1728 = llvm.load %v1727 : !llvm.ptr<3> -> i64
        %v1729 = arith.addi %v62, %v1528 : i64
        %v1730 = arith.cmpi slt, %v1729, %size_L : i64
        %v1731 = arith.subi %size_L, %v1 : i64
        %v1732 = arith.minsi %v1729, %v1731 : i64
        %v1733 = arith.addi %v1728, %v1732 : i64
        %v1734 = arith.muli %v1726, %v97 : i64
        %v1735 = arith.addi %v1734, %v1528 : i64
        %v1736 = llvm.getelementptr %in_g_re[%v1733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1737 = llvm.load %v1736 : !llvm.ptr -> f32
        %v1738 = arith.addi %v1527, %v296 : i64
        %v1739 = arith.constant true
        %v1740 = arith.addi %v47, %v1738 : i64
        %v1741 = llvm.getelementptr %v5[%v1740] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1742 = llvm.load %v1741 : !llvm.ptr<3> -> i64
        %v1743 = arith.addi %v62, %v1528 : i64
        %v1744 = arith.cmpi slt, %v1743, %size_L : i64
        %v1745 = arith.subi %size_L, %v1 : i64
        %v1746 = arith.minsi %v1743, %v1745 : i64
        %v1747 = arith.addi %v1742, %v1746 : i64
        %v1748 = arith.muli %v1740, %v97 : i64
        %v1749 = arith.addi %v1748, %v1528 : i64
        %v1750 = llvm.getelementptr %in_g_re[%v1747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1751 = llvm.load %v1750 : !llvm.ptr -> f32
        %v1752 = arith.addi %v1527, %v57 : i64
        %v1753 = arith.constant true
        %v1754 = arith.addi %v47, %v1752 : i64
        %v1755 = llvm.getelementptr %v5[%v1754] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1756 = llvm.load %v1755 : !llvm.ptr<3> -> i64
        %v1757 = arith.addi %v62, %v1528 : i64
        %v1758 = arith.cmpi slt, %v1757, %size_L : i64
        %v1759 = arith.subi %size_L, %v1 : i64
        %v1760 = arith.minsi %v1757, %v1759 : i64
        %v1761 = arith.addi %v1756, %v1760 : i64
        %v1762 = arith.muli %v1754, %v97 : i64
        %v1763 = arith.addi %v1762, %v1528 : i64
        %v1764 = llvm.getelementptr %in_g_re[%v1761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1765 = llvm.load %v1764 : !llvm.ptr -> f32
        %v1766 = arith.addi %v1527, %v323 : i64
        %v1767 = arith.constant true
        %v1768 = arith.addi %v47, %v1766 : i64
        %v1769 = llvm.getelementptr %v5[%v1768] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1770 = llvm.load %v1769 : !llvm.ptr<3> -> i64
        %v1771 = arith.addi %v62, %v1528 : i64
        %v1772 = arith.cmpi slt, %v1771, %size_L : i64
        %v1773 = arith.subi %size_L, %v1 : i64
        %v1774 = arith.minsi %v1771, %v1773 : i64
        %v1775 = arith.addi %v1770, %v1774 : i64
        %v1776 = arith.muli %v1768, %v97 : i64
        %v1777 = arith.addi %v1776, %v1528 : i64
        %v1778 = llvm.getelementptr %in_g_re[%v1775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1779 = llvm.load %v1778 : !llvm.ptr -> f32
        %v1780 = arith.addi %v1527, %v337 : i64
        %v1781 = arith.constant true
        %v1782 = arith.addi %v47, %v1780 : i64
        %v1783 = llvm.getelementptr %v5[%v1782] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1784 = llvm.load %v1783 : !llvm.ptr<3> -> i64
        %v1785 = arith.addi %v62, %v1528 : i64
        %v1786 = arith.cmpi slt, %v1785, %size_L : i64
        %v1787 = arith.subi %size_L, %v1 : i64
        %v1788 = arith.minsi %v1785, %v1787 : i64
        %v1789 = arith.addi %v1784, %v1788 : i64
        %v1790 = arith.muli %v1782, %v97 : i64
        %v1791 = arith.addi %v1790, %v1528 : i64
        %v1792 = llvm.getelementptr %in_g_re[%v1789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1793 = llvm.load %v1792 : !llvm.ptr -> f32
        %v1794 = arith.addi %v1527, %v351 : i64
        %v1795 = arith.constant true
        %v1796 = arith.addi %v47, %v1794 : i64
        %v1797 = llvm.getelementptr %v5[%v1796] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1798 = llvm.load %v1797 : !llvm.ptr<3> -> i64
        %v1799 = arith.addi %v62, %v1528 : i64
        %v1800 = arith.cmpi slt, %v1799, %size_L : i64
        %v1801 = arith.subi %size_L, %v1 : i64
        %v1802 = arith.minsi %v1799, %v1801 : i64
        %v1803 = arith.addi %v1798, %v1802 : i64
        %v1804 = arith.muli %v1796, %v97 : i64
        %v1805 = arith.addi %v1804, %v1528 : i64
        %v1806 = llvm.getelementptr %in_g_re[%v1803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1807 = llvm.load %v1806 : !llvm.ptr -> f32
        %v1808 = arith.addi %v1527, %v365 : i64
        %v1809 = arith.constant true
        %v1810 = arith.addi %v47, %v1808 : i64
        %v1811 = llvm.getelementptr %v5[%v1810] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1812 = llvm.load %v1811 : !llvm.ptr<3> -> i64
        %v1813 = arith.addi %v62, %v1528 : i64
        %v1814 = arith.cmpi slt, %v1813, %size_L : i64
        %v1815 = arith.subi %size_L, %v1 : i64
        %v1816 = arith.minsi %v1813, %v1815 : i64
        %v1817 = arith.addi %v1812, %v1816 : i64
        %v1818 = arith.muli %v1810, %v97 : i64
        %v1819 = arith.addi %v1818, %v1528 : i64
        %v1820 = llvm.getelementptr %in_g_re[%v1817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1821 = llvm.load %v1820 : !llvm.ptr -> f32
        %v1822 = arith.addi %v1527, %v379 : i64
        %v1823 = arith.constant true
        %v1824 = arith.addi %v47, %v1822 : i64
        %v1825 = llvm.getelementptr %v5[%v1824] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1826 = llvm.load %v1825 : !llvm.ptr<3> -> i64
        %v1827 = arith.addi %v62, %v1528 : i64
        %v1828 = arith.cmpi slt, %v1827, %size_L : i64
        %v1829 = arith.subi %size_L, %v1 : i64
        %v1830 = arith.minsi %v1827, %v1829 : i64
        %v1831 = arith.addi %v1826, %v1830 : i64
        %v1832 = arith.muli %v1824, %v97 : i64
        %v1833 = arith.addi %v1832, %v1528 : i64
        %v1834 = llvm.getelementptr %in_g_re[%v1831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1835 = llvm.load %v1834 : !llvm.ptr -> f32
        %v1836 = arith.addi %v1527, %v393 : i64
        %v1837 = arith.constant true
        %v1838 = arith.addi %v47, %v1836 : i64
        %v1839 = llvm.getelementptr %v5[%v1838] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1840 = llvm.load %v1839 : !llvm.ptr<3> -> i64
        %v1841 = arith.addi %v62, %v1528 : i64
        %v1842 = arith.cmpi slt, %v1841, %size_L : i64
        %v1843 = arith.subi %size_L, %v1 : i64
        %v1844 = arith.minsi %v1841, %v1843 : i64
        %v1845 = arith.addi %v1840, %v1844 : i64
        %v1846 = arith.muli %v1838, %v97 : i64
        %v1847 = arith.addi %v1846, %v1528 : i64
        %v1848 = llvm.getelementptr %in_g_re[%v1845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1849 = llvm.load %v1848 : !llvm.ptr -> f32
        %v1850 = arith.addi %v1527, %v407 : i64
        %v1851 = arith.constant true
        %v1852 = arith.addi %v47, %v1850 : i64
        %v1853 = llvm.getelementptr %v5[%v1852] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1854 = llvm.load %v1853 : !llvm.ptr<3> -> i64
        %v1855 = arith.addi %v62, %v1528 : i64
        %v1856 = arith.cmpi slt, %v1855, %size_L : i64
        %v1857 = arith.subi %size_L, %v1 : i64
        %v1858 = arith.minsi %v1855, %v1857 : i64
        %v1859 = arith.addi %v1854, %v1858 : i64
        %v1860 = arith.muli %v1852, %v97 : i64
        %v1861 = arith.addi %v1860, %v1528 : i64
        %v1862 = llvm.getelementptr %in_g_re[%v1859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1863 = llvm.load %v1862 : !llvm.ptr -> f32
        %v1864 = arith.addi %v1527, %v421 : i64
        %v1865 = arith.constant true
        %v1866 = arith.addi %v47, %v1864 : i64
        %v1867 = llvm.getelementptr %v5[%v1866] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1868 = llvm.load %v1867 : !llvm.ptr<3> -> i64
        %v1869 = arith.addi %v62, %v1528 : i64
        %v1870 = arith.cmpi slt, %v1869, %size_L : i64
        %v1871 = arith.subi %size_L, %v1 : i64
        %v1872 = arith.minsi %v1869, %v1871 : i64
        %v1873 = arith.addi %v1868, %v1872 : i64
        %v1874 = arith.muli %v1866, %v97 : i64
        %v1875 = arith.addi %v1874, %v1528 : i64
        %v1876 = llvm.getelementptr %in_g_re[%v1873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1877 = llvm.load %v1876 : !llvm.ptr -> f32
        %v1878 = arith.addi %v1527, %v435 : i64
        %v1879 = arith.constant true
        %v1880 = arith.addi %v47, %v1878 : i64
        %v1881 = llvm.getelementptr %v5[%v1880] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1882 = llvm.load %v1881 : !llvm.ptr<3> -> i64
        %v1883 = arith.addi %v62, %v1528 : i64
        %v1884 = arith.cmpi slt, %v1883, %size_L : i64
        %v1885 = arith.subi %size_L, %v1 : i64
        %v1886 = arith.minsi %v1883, %v1885 : i64
        %v1887 = arith.addi %v1882, %v1886 : i64
        %v1888 = arith.muli %v1880, %v97 : i64
        %v1889 = arith.addi %v1888, %v1528 : i64
        %v1890 = llvm.getelementptr %in_g_re[%v1887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1891 = llvm.load %v1890 : !llvm.ptr -> f32
        %v1892 = arith.addi %v1527, %v449 : i64
        %v1893 = arith.constant true
        %v1894 = arith.addi %v47, %v1892 : i64
        %v1895 = llvm.getelementptr %v5[%v1894] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1896 = llvm.load %v1895 : !llvm.ptr<3> -> i64
        %v1897 = arith.addi %v62, %v1528 : i64
        %v1898 = arith.cmpi slt, %v1897, %size_L : i64
        %v1899 = arith.subi %size_L, %v1 : i64
        %v1900 = arith.minsi %v1897, %v1899 : i64
        %v1901 = arith.addi %v1896, %v1900 : i64
        %v1902 = arith.muli %v1894, %v97 : i64
        %v1903 = arith.addi %v1902, %v1528 : i64
        %v1904 = llvm.getelementptr %in_g_re[%v1901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1905 = llvm.load %v1904 : !llvm.ptr -> f32
        %v1906 = arith.addi %v1527, %v463 : i64
        %v1907 = arith.constant true
        %v1908 = arith.addi %v47, %v1906 : i64
        %v1909 = llvm.getelementptr %v5[%v1908] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1910 = llvm.load %v1909 : !llvm.ptr<3> -> i64
        %v1911 = arith.addi %v62, %v1528 : i64
        %v1912 = arith.cmpi slt, %v1911, %size_L : i64
        %v1913 = arith.subi %size_L, %v1 : i64
        %v1914 = arith.minsi %v1911, %v1913 : i64
        %v1915 = arith.addi %v1910, %v1914 : i64
        %v1916 = arith.muli %v1908, %v97 : i64
        %v1917 = arith.addi %v1916, %v1528 : i64
        %v1918 = llvm.getelementptr %in_g_re[%v1915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1919 = llvm.load %v1918 : !llvm.ptr -> f32
        %v1920 = arith.addi %v1527, %v477 : i64
        %v1921 = arith.constant true
        %v1922 = arith.addi %v47, %v1920 : i64
        %v1923 = llvm.getelementptr %v5[%v1922] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1924 = llvm.load %v1923 : !llvm.ptr<3> -> i64
        %v1925 = arith.addi %v62, %v1528 : i64
        %v1926 = arith.cmpi slt, %v1925, %size_L : i64
        %v1927 = arith.subi %size_L, %v1 : i64
        %v1928 = arith.minsi %v1925, %v1927 : i64
        %v1929 = arith.addi %v1924, %v1928 : i64
        %v1930 = arith.muli %v1922, %v97 : i64
        %v1931 = arith.addi %v1930, %v1528 : i64
        %v1932 = llvm.getelementptr %in_g_re[%v1929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1933 = llvm.load %v1932 : !llvm.ptr -> f32
        %v1934 = arith.addi %v1527, %v491 : i64
        %v1935 = arith.constant true
        %v1936 = arith.addi %v47, %v1934 : i64
        %v1937 = llvm.getelementptr %v5[%v1936] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1938 = llvm.load %v1937 : !llvm.ptr<3> -> i64
        %v1939 = arith.addi %v62, %v1528 : i64
        %v1940 = arith.cmpi slt, %v1939, %size_L : i64
        %v1941 = arith.subi %size_L, %v1 : i64
        %v1942 = arith.minsi %v1939, %v1941 : i64
        %v1943 = arith.addi %v1938, %v1942 : i64
        %v1944 = arith.muli %v1936, %v97 : i64
        %v1945 = arith.addi %v1944, %v1528 : i64
        %v1946 = llvm.getelementptr %in_g_re[%v1943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1947 = llvm.load %v1946 : !llvm.ptr -> f32
        %v1948 = arith.addi %v1527, %v505 : i64
        %v1949 = arith.constant true
        %v1950 = arith.addi %v47, %v1948 : i64
        %v1951 = llvm.getelementptr %v5[%v1950] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1952 = llvm.load %v1951 : !llvm.ptr<3> -> i64
        %v1953 = arith.addi %v62, %v1528 : i64
        %v1954 = arith.cmpi slt, %v1953, %size_L : i64
        %v1955 = arith.subi %size_L, %v1 : i64
        %v1956 = arith.minsi %v1953, %v1955 : i64
        %v1957 = arith.addi %v1952, %v1956 : i64
        %v1958 = arith.muli %v1950, %v97 : i64
        %v1959 = arith.addi %v1958, %v1528 : i64
        %v1960 = llvm.getelementptr %in_g_re[%v1957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1961 = llvm.load %v1960 : !llvm.ptr -> f32
        %v1962 = arith.addi %v1527, %v519 : i64
        %v1963 = arith.constant true
        %v1964 = arith.addi %v47, %v1962 : i64
        %v1965 = llvm.getelementptr %v5[%v1964] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1966 = llvm.load %v1965 : !llvm.ptr<3> -> i64
        %v1967 = arith.addi %v62, %v1528 : i64
        %v1968 = arith.cmpi slt, %v1967, %size_L : i64
        %v1969 = arith.subi %size_L, %v1 : i64
        %v1970 = arith.minsi %v1967, %v1969 : i64
        %v1971 = arith.addi %v1966, %v1970 : i64
        %v1972 = arith.muli %v1964, %v97 : i64
        %v1973 = arith.addi %v1972, %v1528 : i64
        %v1974 = llvm.getelementptr %in_g_re[%v1971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1975 = llvm.load %v1974 : !llvm.ptr -> f32
        scf.if %v1529 {
          %v1976 = llvm.getelementptr %v6[%v1539] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1541, %v1976 : f32, !llvm.ptr<3>
        }
        scf.if %v1543 {
          %v1977 = llvm.getelementptr %v6[%v1553] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1555, %v1977 : f32, !llvm.ptr<3>
        }
        scf.if %v1557 {
          %v1978 = llvm.getelementptr %v6[%v1567] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1569, %v1978 : f32, !llvm.ptr<3>
        }
        scf.if %v1571 {
          %v1979 = llvm.getelementptr %v6[%v1581] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1583, %v1979 : f32, !llvm.ptr<3>
        }
        scf.if %v1585 {
          %v1980 = llvm.getelementptr %v6[%v1595] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1597, %v1980 : f32, !llvm.ptr<3>
        }
        scf.if %v1599 {
          %v1981 = llvm.getelementptr %v6[%v1609] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1611, %v1981 : f32, !llvm.ptr<3>
        }
        scf.if %v1613 {
          %v1982 = llvm.getelementptr %v6[%v1623] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1625, %v1982 : f32, !llvm.ptr<3>
        }
        scf.if %v1627 {
          %v1983 = llvm.getelementptr %v6[%v1637] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1639, %v1983 : f32, !llvm.ptr<3>
        }
        scf.if %v1641 {
          %v1984 = llvm.getelementptr %v6[%v1651] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1653, %v1984 : f32, !llvm.ptr<3>
        }
        scf.if %v1655 {
          %v1985 = llvm.getelementptr %v6[%v1665] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1667, %v1985 : f32, !llvm.ptr<3>
        }
        scf.if %v1669 {
          %v1986 = llvm.getelementptr %v6[%v1679] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1681, %v1986 : f32, !llvm.ptr<3>
        }
        scf.if %v1683 {
          %v1987 = llvm.getelementptr %v6[%v1693] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1695, %v1987 : f32, !llvm.ptr<3>
        }
        scf.if %v1697 {
          %v1988 = llvm.getelementptr %v6[%v1707] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1709, %v1988 : f32, !llvm.ptr<3>
        }
        scf.if %v1711 {
          %v1989 = llvm.getelementptr %v6[%v1721] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1723, %v1989 : f32, !llvm.ptr<3>
        }
        scf.if %v1725 {
          %v1990 = llvm.getelementptr %v6[%v1735] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1737, %v1990 : f32, !llvm.ptr<3>
        }
        scf.if %v1739 {
          %v1991 = llvm.getelementptr %v6[%v1749] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1751, %v1991 : f32, !llvm.ptr<3>
        }
        scf.if %v1753 {
          %v1992 = llvm.getelementptr %v6[%v1763] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1765, %v1992 : f32, !llvm.ptr<3>
        }
        scf.if %v1767 {
          %v1993 = llvm.getelementptr %v6[%v1777] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1779, %v1993 : f32, !llvm.ptr<3>
        }
        scf.if %v1781 {
          %v1994 = llvm.getelementptr %v6[%v1791] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1793, %v1994 : f32, !llvm.ptr<3>
        }
        scf.if %v1795 {
          %v1995 = llvm.getelementptr %v6[%v1805] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1807, %v1995 : f32, !llvm.ptr<3>
        }
        scf.if %v1809 {
          %v1996 = llvm.getelementptr %v6[%v1819] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1821, %v1996 : f32, !llvm.ptr<3>
        }
        scf.if %v1823 {
          %v1997 = llvm.getelementptr %v6[%v1833] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1835, %v1997 : f32, !llvm.ptr<3>
        }
        scf.if %v1837 {
          %v1998 = llvm.getelementptr %v6[%v1847] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1849, %v1998 : f32, !llvm.ptr<3>
        }
        scf.if %v1851 {
          %v1999 = llvm.getelementptr %v6[%v1861] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1863, %v1999 : f32, !llvm.ptr<3>
        }
        scf.if %v1865 {
          %v2000 = llvm.getelementptr %v6[%v1875] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1877, %v2000 : f32, !llvm.ptr<3>
        }
        scf.if %v1879 {
          %v2001 = llvm.getelementptr %v6[%v1889] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1891, %v2001 : f32, !llvm.ptr<3>
        }
        scf.if %v1893 {
          %v2002 = llvm.getelementptr %v6[%v1903] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1905, %v2002 : f32, !llvm.ptr<3>
        }
        scf.if %v1907 {
          %v2003 = llvm.getelementptr %v6[%v1917] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1919, %v2003 : f32, !llvm.ptr<3>
        }
        scf.if %v1921 {
          %v2004 = llvm.getelementptr %v6[%v1931] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1933, %v2004 : f32, !llvm.ptr<3>
        }
        scf.if %v1935 {
          %v2005 = llvm.getelementptr %v6[%v1945] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1947, %v2005 : f32, !llvm.ptr<3>
        }
        scf.if %v1949 {
          %v2006 = llvm.getelementptr %v6[%v1959] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1961, %v2006 : f32, !llvm.ptr<3>
        }
        scf.if %v1963 {
          %v2007 = llvm.getelementptr %v6[%v1973] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1975, %v2007 : f32, !llvm.ptr<3>
        }
        %v2008 = arith.divui %v13, %v57 : i64
        %v2009 = arith.remui %v13, %v57 : i64
        %v2010 = arith.constant true
        %v2011 = arith.addi %v9, %v2008 : i64
        %v2012 = llvm.getelementptr %v5[%v2011] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2013 = llvm.load %v2012 : !llvm.ptr<3> -> i64
        %v2014 = arith.addi %v62, %v2009 : i64
        %v2015 = arith.cmpi slt, %v2014, %size_L : i64
        %v2016 = arith.subi %size_L, %v1 : i64
        %v2017 = arith.minsi %v2014, %v2016 : i64
        %v2018 = arith.addi %v2013, %v2017 : i64
        %v2019 = arith.muli %v2011, %v97 : i64
        %v2020 = arith.addi %v2019, %v2009 : i64
        %v2021 = llvm.getelementptr %in_g_im[%v2018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2022 = llvm.load %v2021 : !llvm.ptr -> f32
        %v2023 = arith.addi %v2008, %v39 : i64
        %v2024 = arith.constant true
        %v2025 = arith.addi %v9, %v2023 : i64
        %v2026 = llvm.getelementptr %v5[%v2025] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2027 = llvm.load %v2026 : !llvm.ptr<3> -> i64
        %v2028 = arith.addi %v62, %v2009 : i64
        %v2029 = arith.cmpi slt, %v2028, %size_L : i64
        %v2030 = arith.subi %size_L, %v1 : i64
        %v2031 = arith.minsi %v2028, %v2030 : i64
        %v2032 = arith.addi %v2027, %v2031 : i64
        %v2033 = arith.muli %v2025, %v97 : i64
        %v2034 = arith.addi %v2033, %v2009 : i64
        %v2035 = llvm.getelementptr %in_g_im[%v2032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2036 = llvm.load %v2035 : !llvm.ptr -> f32
        %v2037 = arith.addi %v2008, %v53 : i64
        %v2038 = arith.constant true
        %v2039 = arith.addi %v9, %v2037 : i64
        %v2040 = llvm.getelementptr %v5[%v2039] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2041 = llvm.load %v2040 : !llvm.ptr<3> -> i64
        %v2042 = arith.addi %v62, %v2009 : i64
        %v2043 = arith.cmpi slt, %v2042, %size_L : i64
        %v2044 = arith.subi %size_L, %v1 : i64
        %v2045 = arith.minsi %v2042, %v2044 : i64
        %v2046 = arith.addi %v2041, %v2045 : i64
        %v2047 = arith.muli %v2039, %v97 : i64
        %v2048 = arith.addi %v2047, %v2009 : i64
        %v2049 = llvm.getelementptr %in_g_im[%v2046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2050 = llvm.load %v2049 : !llvm.ptr -> f32
        %v2051 = arith.addi %v2008, %v128 : i64
        %v2052 = arith.constant true
        %v2053 = arith.addi %v9, %v2051 : i64
        %v2054 = llvm.getelementptr %v5[%v2053] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2055 = llvm.load %v2054 : !llvm.ptr<3> -> i64
        %v2056 = arith.addi %v62, %v2009 : i64
        %v2057 = arith.cmpi slt, %v2056, %size_L : i64
        %v2058 = arith.subi %size_L, %v1 : i64
        %v2059 = arith.minsi %v2056, %v2058 : i64
        %v2060 = arith.addi %v2055, %v2059 : i64
        %v2061 = arith.muli %v2053, %v97 : i64
        %v2062 = arith.addi %v2061, %v2009 : i64
        %v2063 = llvm.getelementptr %in_g_im[%v2060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2064 = llvm.load %v2063 : !llvm.ptr -> f32
        %v2065 = arith.addi %v2008, %v142 : i64
        %v2066 = arith.constant true
        %v2067 = arith.addi %v9, %v2065 : i64
        %v2068 = llvm.getelementptr %v5[%v2067] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2069 = llvm.load %v2068 : !llvm.ptr<3> -> i64
        %v2070 = arith.addi %v62, %v2009 : i64
        %v2071 = arith.cmpi slt, %v2070, %size_L : i64
        %v2072 = arith.subi %size_L, %v1 : i64
        %v2073 = arith.minsi %v2070, %v2072 : i64
        %v2074 = arith.addi %v2069, %v2073 : i64
        %v2075 = arith.muli %v2067, %v97 : i64
        %v2076 = arith.addi %v2075, %v2009 : i64
        %v2077 = llvm.getelementptr %in_g_im[%v2074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2078 = llvm.load %v2077 : !llvm.ptr -> f32
        %v2079 = arith.addi %v2008, %v156 : i64
        %v2080 = arith.constant true
        %v2081 = arith.addi %v9, %v2079 : i64
        %v2082 = llvm.getelementptr %v5[%v2081] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2083 = llvm.load %v2082 : !llvm.ptr<3> -> i64
        %v2084 = arith.addi %v62, %v2009 : i64
        %v2085 = arith.cmpi slt, %v2084, %size_L : i64
        %v2086 = arith.subi %size_L, %v1 : i64
        %v2087 = arith.minsi %v2084, %v2086 : i64
        %v2088 = arith.addi %v2083, %v2087 : i64
        %v2089 = arith.muli %v2081, %v97 : i64
        %v2090 = arith.addi %v2089, %v2009 : i64
        %v2091 = llvm.getelementptr %in_g_im[%v2088] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2092 = llvm.load %v2091 : !llvm.ptr -> f32
        %v2093 = arith.addi %v2008, %v170 : i64
        %v2094 = arith.constant true
        %v2095 = arith.addi %v9, %v2093 : i64
        %v2096 = llvm.getelementptr %v5[%v2095] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2097 = llvm.load %v2096 : !llvm.ptr<3> -> i64
        %v2098 = arith.addi %v62, %v2009 : i64
        %v2099 = arith.cmpi slt, %v2098, %size_L : i64
        %v2100 = arith.subi %size_L, %v1 : i64
        %v2101 = arith.minsi %v2098, %v2100 : i64
        %v2102 = arith.addi %v2097, %v2101 : i64
        %v2103 = arith.muli %v2095, %v97 : i64
        %v2104 = arith.addi %v2103, %v2009 : i64
        %v2105 = llvm.getelementptr %in_g_im[%v2102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2106 = llvm.load %v2105 : !llvm.ptr -> f32
        %v2107 = arith.addi %v2008, %v184 : i64
        %v2108 = arith.constant true
        %v2109 = arith.addi %v9, %v2107 : i64
        %v2110 = llvm.getelementptr %v5[%v2109] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2111 = llvm.load %v2110 : !llvm.ptr<3> -> i64
        %v2112 = arith.addi %v62, %v2009 : i64
        %v2113 = arith.cmpi slt, %v2112, %size_L : i64
        %v2114 = arith.subi %size_L, %v1 : i64
        %v2115 = arith.minsi %v2112, %v2114 : i64
        %v2116 = arith.addi %v2111, %v2115 : i64
        %v2117 = arith.muli %v2109, %v97 : i64
        %v2118 = arith.addi %v2117, %v2009 : i64
        %v2119 = llvm.getelementptr %in_g_im[%v2116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2120 = llvm.load %v2119 : !llvm.ptr -> f32
        %v2121 = arith.addi %v2008, %v198 : i64
        %v2122 = arith.constant true
        %v2123 = arith.addi %v9, %v2121 : i64
        %v2124 = llvm.getelementptr %v5[%v2123] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2125 = llvm.load %v2124 : !llvm.ptr<3> -> i64
        %v2126 = arith.addi %v62, %v2009 : i64
        %v2127 = arith.cmpi slt, %v2126, %size_L : i64
        %v2128 = arith.subi %size_L, %v1 : i64
        %v2129 = arith.minsi %v2126, %v2128 : i64
        %v2130 = arith.addi %v2125, %v2129 : i64
        %v2131 = arith.muli %v2123, %v97 : i64
        %v2132 = arith.addi %v2131, %v2009 : i64
        %v2133 = llvm.getelementptr %in_g_im[%v2130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2134 = llvm.load %v2133 : !llvm.ptr -> f32
        %v2135 = arith.addi %v2008, %v212 : i64
        %v2136 = arith.constant true
        %v2137 = arith.addi %v9, %v2135 : i64
        %v2138 = llvm.getelementptr %v5[%v2137] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2139 = llvm.load %v2138 : !llvm.ptr<3> -> i64
        %v2140 = arith.addi %v62, %v2009 : i64
        %v2141 = arith.cmpi slt, %v2140, %size_L : i64
        %v2142 = arith.subi %size_L, %v1 : i64
        %v2143 = arith.minsi %v2140, %v2142 : i64
        %v2144 = arith.addi %v2139, %v2143 : i64
        %v2145 = arith.muli %v2137, %v97 : i64
        %v2146 = arith.addi %v2145, %v2009 : i64
        %v2147 = llvm.getelementptr %in_g_im[%v2144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2148 = llvm.load %v2147 : !llvm.ptr -> f32
        %v2149 = arith.addi %v2008, %v226 : i64
        %v2150 = arith.constant true
        %v2151 = arith.addi %v9, %v2149 : i64
        %v2152 = llvm.getelementptr %v5[%v2151] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2153 = llvm.load %v2152 : !llvm.ptr<3> -> i64
        %v2154 = arith.addi %v62, %v2009 : i64
        %v2155 = arith.cmpi slt, %v2154, %size_L : i64
        %v2156 = arith.subi %size_L, %v1 : i64
        %v2157 = arith.minsi %v2154, %v2156 : i64
        %v2158 = arith.addi %v2153, %v2157 : i64
        %v2159 = arith.muli %v2151, %v97 : i64
        %v2160 = arith.addi %v2159, %v2009 : i64
        %v2161 = llvm.getelementptr %in_g_im[%v2158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2162 = llvm.load %v2161 : !llvm.ptr -> f32
        %v2163 = arith.addi %v2008, %v240 : i64
        %v2164 = arith.constant true
        %v2165 = arith.addi %v9, %v2163 : i64
        %v2166 = llvm.getelementptr %v5[%v2165] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2167 = llvm.load %v2166 : !llvm.ptr<3> -> i64
        %v2168 = arith.addi %v62, %v2009 : i64
        %v2169 = arith.cmpi slt, %v2168, %size_L : i64
        %v2170 = arith.subi %size_L, %v1 : i64
        %v2171 = arith.minsi %v2168, %v2170 : i64
        %v2172 = arith.addi %v2167, %v2171 : i64
        %v2173 = arith.muli %v2165, %v97 : i64
        %v2174 = arith.addi %v2173, %v2009 : i64
        %v2175 = llvm.getelementptr %in_g_im[%v2172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2176 = llvm.load %v2175 : !llvm.ptr -> f32
        %v2177 = arith.addi %v2008, %v254 : i64
        %v2178 = arith.constant true
        %v2179 = arith.addi %v9, %v2177 : i64
        %v2180 = llvm.getelementptr %v5[%v2179] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2181 = llvm.load %v2180 : !llvm.ptr<3> -> i64
        %v2182 = arith.addi %v62, %v2009 : i64
        %v2183 = arith.cmpi slt, %v2182, %size_L : i64
        %v2184 = arith.subi %size_L, %v1 : i64
        %v2185 = arith.minsi %v2182, %v2184 : i64
        %v2186 = arith.addi %v2181, %v2185 : i64
        %v2187 = arith.muli %v2179, %v97 : i64
        %v2188 = arith.addi %v2187, %v2009 : i64
        %v2189 = llvm.getelementptr %in_g_im[%v2186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2190 = llvm.load %v2189 : !llvm.ptr -> f32
        %v2191 = arith.addi %v2008, %v268 : i64
        %v2192 = arith.constant true
        %v2193 = arith.addi %v9, %v2191 : i64
        %v2194 = llvm.getelementptr %v5[%v2193] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2195 = llvm.load %v2194 : !llvm.ptr<3> -> i64
        %v2196 = arith.addi %v62, %v2009 : i64
        %v2197 = arith.cmpi slt, %v2196, %size_L : i64
        %v2198 = arith.subi %size_L, %v1 : i64
        %v2199 = arith.minsi %v2196, %v2198 : i64
        %v2200 = arith.addi %v2195, %v2199 : i64
        %v2201 = arith.muli %v2193, %v97 : i64
        %v2202 = arith.addi %v2201, %v2009 : i64
        %v2203 = llvm.getelementptr %in_g_im[%v2200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2204 = llvm.load %v2203 : !llvm.ptr -> f32
        %v2205 = arith.addi %v2008, %v282 : i64
        %v2206 = arith.constant true
        %v2207 = arith.addi %v9, %v2205 : i64
        %v2208 = llvm.getelementptr %v5[%v2207] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2209 = llvm.load %v2208 : !llvm.ptr<3> -> i64
        %v2210 = arith.addi %v62, %v2009 : i64
        %v2211 = arith.cmpi slt, %v2210, %size_L : i64
        %v2212 = arith.subi %size_L, %v1 : i64
        %v2213 = arith.minsi %v2210, %v2212 : i64
        %v2214 = arith.addi %v2209, %v2213 : i64
        %v2215 = arith.muli %v2207, %v97 : i64
        %v2216 = arith.addi %v2215, %v2009 : i64
        %v2217 = llvm.getelementptr %in_g_im[%v2214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2218 = llvm.load %v2217 : !llvm.ptr -> f32
        %v2219 = arith.addi %v2008, %v296 : i64
        %v2220 = arith.constant true
        %v2221 = arith.addi %v9, %v2219 : i64
        %v2222 = llvm.getelementptr %v5[%v2221] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2223 = llvm.load %v2222 : !llvm.ptr<3> -> i64
        %v2224 = arith.addi %v62, %v2009 : i64
        %v2225 = arith.cmpi slt, %v2224, %size_L : i64
        %v2226 = arith.subi %size_L, %v1 : i64
        %v2227 = arith.minsi %v2224, %v2226 : i64
        %v2228 = arith.addi %v2223, %v2227 : i64
        %v2229 = arith.muli %v2221, %v97 : i64
        %v2230 = arith.addi %v2229, %v2009 : i64
        %v2231 = llvm.getelementptr %in_g_im[%v2228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2232 = llvm.load %v2231 : !llvm.ptr -> f32
        %v2233 = arith.addi %v2008, %v57 : i64
        %v2234 = arith.constant true
        %v2235 = arith.addi %v9, %v2233 : i64
        %v2236 = llvm.getelementptr %v5[%v2235] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2237 = llvm.load %v2236 : !llvm.ptr<3> -> i64
        %v2238 = arith.addi %v62, %v2009 : i64
        %v2239 = arith.cmpi slt, %v2238, %size_L : i64
        %v2240 = arith.subi %size_L, %v1 : i64
        %v2241 = arith.minsi %v2238, %v2240 : i64
        %v2242 = arith.addi %v2237, %v2241 : i64
        %v2243 = arith.muli %v2235, %v97 : i64
        %v2244 = arith.addi %v2243, %v2009 : i64
        %v2245 = llvm.getelementptr %in_g_im[%v2242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2246 = llvm.load %v2245 : !llvm.ptr -> f32
        %v2247 = arith.addi %v2008, %v323 : i64
        %v2248 = arith.constant true
        %v2249 = arith.addi %v9, %v2247 : i64
        %v2250 = llvm.getelementptr %v5[%v2249] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2251 = llvm.load %v2250 : !llvm.ptr<3> -> i64
        %v2252 = arith.addi %v62, %v2009 : i64
        %v2253 = arith.cmpi slt, %v2252, %size_L : i64
        %v2254 = arith.subi %size_L, %v1 : i64
        %v2255 = arith.minsi %v2252, %v2254 : i64
        %v2256 = arith.addi %v2251, %v2255 : i64
        %v2257 = arith.muli %v2249, %v97 : i64
        %v2258 = arith.addi %v2257, %v2009 : i64
        %v2259 = llvm.getelementptr %in_g_im[%v2256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2260 = llvm.load %v2259 : !llvm.ptr -> f32
        %v2261 = arith.addi %v2008, %v337 : i64
        %v2262 = arith.constant true
        %v2263 = arith.addi %v9, %v2261 : i64
        %v2264 = llvm.getelementptr %v5[%v2263] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2265 = llvm.load %v2264 : !llvm.ptr<3> -> i64
        %v2266 = arith.addi %v62, %v2009 : i64
        %v2267 = arith.cmpi slt, %v2266, %size_L : i64
        %v2268 = arith.subi %size_L, %v1 : i64
        %v2269 = arith.minsi %v2266, %v2268 : i64
        %v2270 = arith.addi %v2265, %v2269 : i64
        %v2271 = arith.muli %v2263, %v97 : i64
        %v2272 = arith.addi %v2271, %v2009 : i64
        %v2273 = llvm.getelementptr %in_g_im[%v2270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2274 = llvm.load %v2273 : !llvm.ptr -> f32
        %v2275 = arith.addi %v2008, %v351 : i64
        %v2276 = arith.constant true
        %v2277 = arith.addi %v9, %v2275 : i64
        %v2278 = llvm.getelementptr %v5[%v2277] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2279 = llvm.load %v2278 : !llvm.ptr<3> -> i64
        %v2280 = arith.addi %v62, %v2009 : i64
        %v2281 = arith.cmpi slt, %v2280, %size_L : i64
        %v2282 = arith.subi %size_L, %v1 : i64
        %v2283 = arith.minsi %v2280, %v2282 : i64
        %v2284 = arith.addi %v2279, %v2283 : i64
        %v2285 = arith.muli %v2277, %v97 : i64
        %v2286 = arith.addi %v2285, %v2009 : i64
        %v2287 = llvm.getelementptr %in_g_im[%v2284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2288 = llvm.load %v2287 : !llvm.ptr -> f32
        %v2289 = arith.addi %v2008, %v365 : i64
        %v2290 = arith.constant true
        %v2291 = arith.addi %v9, %v2289 : i64
        %v2292 = llvm.getelementptr %v5[%v2291] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2293 = llvm.load %v2292 : !llvm.ptr<3> -> i64
        %v2294 = arith.addi %v62, %v2009 : i64
        %v2295 = arith.cmpi slt, %v2294, %size_L : i64
        %v2296 = arith.subi %size_L, %v1 : i64
        %v2297 = arith.minsi %v2294, %v2296 : i64
        %v2298 = arith.addi %v2293, %v2297 : i64
        %v2299 = arith.muli %v2291, %v97 : i64
        %v2300 = arith.addi %v2299, %v2009 : i64
        %v2301 = llvm.getelementptr %in_g_im[%v2298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2302 = llvm.load %v2301 : !llvm.ptr -> f32
        %v2303 = arith.addi %v2008, %v379 : i64
        %v2304 = arith.constant true
        %v2305 = arith.addi %v9, %v2303 : i64
        %v2306 = llvm.getelementptr %v5[%v2305] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2307 = llvm.load %v2306 : !llvm.ptr<3> -> i64
        %v2308 = arith.addi %v62, %v2009 : i64
        %v2309 = arith.cmpi slt, %v2308, %size_L : i64
        %v2310 = arith.subi %size_L, %v1 : i64
        %v2311 = arith.minsi %v2308, %v2310 : i64
        %v2312 = arith.addi %v2307, %v2311 : i64
        %v2313 = arith.muli %v2305, %v97 : i64
        %v2314 = arith.addi %v2313, %v2009 : i64
        %v2315 = llvm.getelementptr %in_g_im[%v2312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2316 = llvm.load %v2315 : !llvm.ptr -> f32
        %v2317 = arith.addi %v2008, %v393 : i64
        %v2318 = arith.constant true
        %v2319 = arith.addi %v9, %v2317 : i64
        %v2320 = llvm.getelementptr %v5[%v2319] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2321 = llvm.load %v2320 : !llvm.ptr<3> -> i64
        %v2322 = arith.addi %v62, %v2009 : i64
        %v2323 = arith.cmpi slt, %v2322, %size_L : i64
        %v2324 = arith.subi %size_L, %v1 : i64
        %v2325 = arith.minsi %v2322, %v2324 : i64
        %v2326 = arith.addi %v2321, %v2325 : i64
        %v2327 = arith.muli %v2319, %v97 : i64
        %v2328 = arith.addi %v2327, %v2009 : i64
        %v2329 = llvm.getelementptr %in_g_im[%v2326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2330 = llvm.load %v2329 : !llvm.ptr -> f32
        %v2331 = arith.addi %v2008, %v407 : i64
        %v2332 = arith.constant true
        %v2333 = arith.addi %v9, %v2331 : i64
        %v2334 = llvm.getelementptr %v5[%v2333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2335 = llvm.load %v2334 : !llvm.ptr<3> -> i64
        %v2336 = arith.addi %v62, %v2009 : i64
        %v2337 = arith.cmpi slt, %v2336, %size_L : i64
        %v2338 = arith.subi %size_L, %v1 : i64
        %v2339 = arith.minsi %v2336, %v2338 : i64
        %v2340 = arith.addi %v2335, %v2339 : i64
        %v2341 = arith.muli %v2333, %v97 : i64
        %v2342 = arith.addi %v2341, %v2009 : i64
        %v2343 = llvm.getelementptr %in_g_im[%v2340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2344 = llvm.load %v2343 : !llvm.ptr -> f32
        %v2345 = arith.addi %v2008, %v421 : i64
        %v2346 = arith.constant true
        %v2347 = arith.addi %v9, %v2345 : i64
        %v2348 = llvm.getelementptr %v5[%v2347] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2349 = llvm.load %v2348 : !llvm.ptr<3> -> i64
        %v2350 = arith.addi %v62, %v2009 : i64
        %v2351 = arith.cmpi slt, %v2350, %size_L : i64
        %v2352 = arith.subi %size_L, %v1 : i64
        %v2353 = arith.minsi %v2350, %v2352 : i64
        %v2354 = arith.addi %v2349, %v2353 : i64
        %v2355 = arith.muli %v2347, %v97 : i64
        %v2356 = arith.addi %v2355, %v2009 : i64
        %v2357 = llvm.getelementptr %in_g_im[%v2354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2358 = llvm.load %v2357 : !llvm.ptr -> f32
        %v2359 = arith.addi %v2008, %v435 : i64
        %v2360 = arith.constant true
        %v2361 = arith.addi %v9, %v2359 : i64
        %v2362 = llvm.getelementptr %v5[%v2361] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2363 = llvm.load %v2362 : !llvm.ptr<3> -> i64
        %v2364 = arith.addi %v62, %v2009 : i64
        %v2365 = arith.cmpi slt, %v2364, %size_L : i64
        %v2366 = arith.subi %size_L, %v1 : i64
        %v2367 = arith.minsi %v2364, %v2366 : i64
        %v2368 = arith.addi %v2363, %v2367 : i64
        %v2369 = arith.muli %v2361, %v97 : i64
        %v2370 = arith.addi %v2369, %v2009 : i64
        %v2371 = llvm.getelementptr %in_g_im[%v2368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2372 = llvm.load %v2371 : !llvm.ptr -> f32
        %v2373 = arith.addi %v2008, %v449 : i64
        %v2374 = arith.constant true
        %v2375 = arith.addi %v9, %v2373 : i64
        %v2376 = llvm.getelementptr %v5[%v2375] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2377 = llvm.load %v2376 : !llvm.ptr<3> -> i64
        %v2378 = arith.addi %v62, %v2009 : i64
        %v2379 = arith.cmpi slt, %v2378, %size_L : i64
        %v2380 = arith.subi %size_L, %v1 : i64
        %v2381 = arith.minsi %v2378, %v2380 : i64
        %v2382 = arith.addi %v2377, %v2381 : i64
        %v2383 = arith.muli %v2375, %v97 : i64
        %v2384 = arith.addi %v2383, %v2009 : i64
        %v2385 = llvm.getelementptr %in_g_im[%v2382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2386 = llvm.load %v2385 : !llvm.ptr -> f32
        %v2387 = arith.addi %v2008, %v463 : i64
        %v2388 = arith.constant true
        %v2389 = arith.addi %v9, %v2387 : i64
        %v2390 = llvm.getelementptr %v5[%v2389] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2391 = llvm.load %v2390 : !llvm.ptr<3> -> i64
        %v2392 = arith.addi %v62, %v2009 : i64
        %v2393 = arith.cmpi slt, %v2392, %size_L : i64
        %v2394 = arith.subi %size_L, %v1 : i64
        %v2395 = arith.minsi %v2392, %v2394 : i64
        %v2396 = arith.addi %v2391, %v2395 : i64
        %v2397 = arith.muli %v2389, %v97 : i64
        %v2398 = arith.addi %v2397, %v2009 : i64
        %v2399 = llvm.getelementptr %in_g_im[%v2396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2400 = llvm.load %v2399 : !llvm.ptr -> f32
        %v2401 = arith.addi %v2008, %v477 : i64
        %v2402 = arith.constant true
        %v2403 = arith.addi %v9, %v2401 : i64
        %v2404 = llvm.getelementptr %v5[%v2403] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2405 = llvm.load %v2404 : !llvm.ptr<3> -> i64
        %v2406 = arith.addi %v62, %v2009 : i64
        %v2407 = arith.cmpi slt, %v2406, %size_L : i64
        %v2408 = arith.subi %size_L, %v1 : i64
        %v2409 = arith.minsi %v2406, %v2408 : i64
        %v2410 = arith.addi %v2405, %v2409 : i64
        %v2411 = arith.muli %v2403, %v97 : i64
        %v2412 = arith.addi %v2411, %v2009 : i64
        %v2413 = llvm.getelementptr %in_g_im[%v2410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2414 = llvm.load %v2413 : !llvm.ptr -> f32
        %v2415 = arith.addi %v2008, %v491 : i64
        %v2416 = arith.constant true
        %v2417 = arith.addi %v9, %v2415 : i64
        %v2418 = llvm.getelementptr %v5[%v2417] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2419 = llvm.load %v2418 : !llvm.ptr<3> -> i64
        %v2420 = arith.addi %v62, %v2009 : i64
        %v2421 = arith.cmpi slt, %v2420, %size_L : i64
        %v2422 = arith.subi %size_L, %v1 : i64
        %v2423 = arith.minsi %v2420, %v2422 : i64
        %v2424 = arith.addi %v2419, %v2423 : i64
        %v2425 = arith.muli %v2417, %v97 : i64
        %v2426 = arith.addi %v2425, %v2009 : i64
        %v2427 = llvm.getelementptr %in_g_im[%v2424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2428 = llvm.load %v2427 : !llvm.ptr -> f32
        %v2429 = arith.addi %v2008, %v505 : i64
        %v2430 = arith.constant true
        %v2431 = arith.addi %v9, %v2429 : i64
        %v2432 = llvm.getelementptr %v5[%v2431] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2433 = llvm.load %v2432 : !llvm.ptr<3> -> i64
        %v2434 = arith.addi %v62, %v2009 : i64
        %v2435 = arith.cmpi slt, %v2434, %size_L : i64
        %v2436 = arith.subi %size_L, %v1 : i64
        %v2437 = arith.minsi %v2434, %v2436 : i64
        %v2438 = arith.addi %v2433, %v2437 : i64
        %v2439 = arith.muli %v2431, %v97 : i64
        %v2440 = arith.addi %v2439, %v2009 : i64
        %v2441 = llvm.getelementptr %in_g_im[%v2438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2442 = llvm.load %v2441 : !llvm.ptr -> f32
        %v2443 = arith.addi %v2008, %v519 : i64
        %v2444 = arith.constant true
        %v2445 = arith.addi %v9, %v2443 : i64
        %v2446 = llvm.getelementptr %v5[%v2445] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2447 = llvm.load %v2446 : !llvm.ptr<3> -> i64
        %v2448 = arith.addi %v62, %v2009 : i64
        %v2449 = arith.cmpi slt, %v2448, %size_L : i64
        %v2450 = arith.subi %size_L, %v1 : i64
        %v2451 = arith.minsi %v2448, %v2450 : i64
        %v2452 = arith.addi %v2447, %v2451 : i64
        %v2453 = arith.muli %v2445, %v97 : i64
        %v2454 = arith.addi %v2453, %v2009 : i64
        %v2455 = llvm.getelementptr %in_g_im[%v2452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2456 = llvm.load %v2455 : !llvm.ptr -> f32
        scf.if %v2010 {
          %v2457 = llvm.getelementptr %v6[%v2020] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2022, %v2457 : f32, !llvm.ptr<3>
        }
        scf.if %v2024 {
          %v2458 = llvm.getelementptr %v6[%v2034] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2036, %v2458 : f32, !llvm.ptr<3>
        }
        scf.if %v2038 {
          %v2459 = llvm.getelementptr %v6[%v2048] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2050, %v2459 : f32, !llvm.ptr<3>
        }
        scf.if %v2052 {
          %v2460 = llvm.getelementptr %v6[%v2062] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2064, %v2460 : f32, !llvm.ptr<3>
        }
        scf.if %v2066 {
          %v2461 = llvm.getelementptr %v6[%v2076] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2078, %v2461 : f32, !llvm.ptr<3>
        }
        scf.if %v2080 {
          %v2462 = llvm.getelementptr %v6[%v2090] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2092, %v2462 : f32, !llvm.ptr<3>
        }
        scf.if %v2094 {
          %v2463 = llvm.getelementptr %v6[%v2104] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2106, %v2463 : f32, !llvm.ptr<3>
        }
        scf.if %v2108 {
          %v2464 = llvm.getelementptr %v6[%v2118] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2120, %v2464 : f32, !llvm.ptr<3>
        }
        scf.if %v2122 {
          %v2465 = llvm.getelementptr %v6[%v2132] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2134, %v2465 : f32, !llvm.ptr<3>
        }
        scf.if %v2136 {
          %v2466 = llvm.getelementptr %v6[%v2146] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2148, %v2466 : f32, !llvm.ptr<3>
        }
        scf.if %v2150 {
          %v2467 = llvm.getelementptr %v6[%v2160] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2162, %v2467 : f32, !llvm.ptr<3>
        }
        scf.if %v2164 {
          %v2468 = llvm.getelementptr %v6[%v2174] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2176, %v2468 : f32, !llvm.ptr<3>
        }
        scf.if %v2178 {
          %v2469 = llvm.getelementptr %v6[%v2188] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2190, %v2469 : f32, !llvm.ptr<3>
        }
        scf.if %v2192 {
          %v2470 = llvm.getelementptr %v6[%v2202] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2204, %v2470 : f32, !llvm.ptr<3>
        }
        scf.if %v2206 {
          %v2471 = llvm.getelementptr %v6[%v2216] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2218, %v2471 : f32, !llvm.ptr<3>
        }
        scf.if %v2220 {
          %v2472 = llvm.getelementptr %v6[%v2230] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2232, %v2472 : f32, !llvm.ptr<3>
        }
        scf.if %v2234 {
          %v2473 = llvm.getelementptr %v6[%v2244] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2246, %v2473 : f32, !llvm.ptr<3>
        }
        scf.if %v2248 {
          %v2474 = llvm.getelementptr %v6[%v2258] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2260, %v2474 : f32, !llvm.ptr<3>
        }
        scf.if %v2262 {
          %v2475 = llvm.getelementptr %v6[%v2272] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2274, %v2475 : f32, !llvm.ptr<3>
        }
        scf.if %v2276 {
          %v2476 = llvm.getelementptr %v6[%v2286] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2288, %v2476 : f32, !llvm.ptr<3>
        }
        scf.if %v2290 {
          %v2477 = llvm.getelementptr %v6[%v2300] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2302, %v2477 : f32, !llvm.ptr<3>
        }
        scf.if %v2304 {
          %v2478 = llvm.getelementptr %v6[%v2314] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2316, %v2478 : f32, !llvm.ptr<3>
        }
        scf.if %v2318 {
          %v2479 = llvm.getelementptr %v6[%v2328] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2330, %v2479 : f32, !llvm.ptr<3>
        }
        scf.if %v2332 {
          %v2480 = llvm.getelementptr %v6[%v2342] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2344, %v2480 : f32, !llvm.ptr<3>
        }
        scf.if %v2346 {
          %v2481 = llvm.getelementptr %v6[%v2356] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2358, %v2481 : f32, !llvm.ptr<3>
        }
        scf.if %v2360 {
          %v2482 = llvm.getelementptr %v6[%v2370] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2372, %v2482 : f32, !llvm.ptr<3>
        }
        scf.if %v2374 {
          %v2483 = llvm.getelementptr %v6[%v2384] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2386, %v2483 : f32, !llvm.ptr<3>
        }
        scf.if %v2388 {
          %v2484 = llvm.getelementptr %v6[%v2398] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2400, %v2484 : f32, !llvm.ptr<3>
        }
        scf.if %v2402 {
          %v2485 = llvm.getelementptr %v6[%v2412] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2414, %v2485 : f32, !llvm.ptr<3>
        }
        scf.if %v2416 {
          %v2486 = llvm.getelementptr %v6[%v2426] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2428, %v2486 : f32, !llvm.ptr<3>
        }
        scf.if %v2430 {
          %v2487 = llvm.getelementptr %v6[%v2440] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2442, %v2487 : f32, !llvm.ptr<3>
        }
        scf.if %v2444 {
          %v2488 = llvm.getelementptr %v6[%v2454] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2456, %v2488 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v2489 = arith.index_cast %v25 : i64 to index
        %v2490 = arith.index_cast %v86 : i64 to index
        %v2491 = arith.index_cast %v1 : i64 to index
        scf.for %v2492 = %v2489 to %v2490 step %v2491 {
          %v2493 = arith.index_cast %v2492 : index to i64
          %v2494 = arith.addi %v62, %v2493 : i64
          %v2499 = arith.muli %v13, %v97 : i64
          %v2500 = arith.addi %v2499, %v2493 : i64
          %v2501 = llvm.getelementptr %v6[%v2500] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2502 = llvm.load %v2501 : !llvm.ptr<3> -> f32
          %v2503 = arith.negf %v2502 : f32
          %v2505 = arith.mulf %v2503, %v2504 fastmath<contract> : f32
          %v2506 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2505) : (f32) -> f32
          %v2507 = arith.addf %v2497, %v2506 fastmath<contract> : f32
          %v2508 = arith.divf %v2497, %v2507 : f32
          %v2509 = arith.mulf %v2498, %v2508 fastmath<contract> : f32
          %v2510 = arith.addf %v2496, %v2509 fastmath<contract> : f32
          %v2523 = arith.mulf %v2510, %v2522 fastmath<contract> : f32
          %v2524 = arith.subf %v2497, %v2510 fastmath<contract> : f32
          %v2525 = arith.addi %v15, %v13 : i64
          %v2526 = arith.muli %v2525, %v97 : i64
          %v2527 = arith.addi %v2526, %v2493 : i64
          %v2528 = llvm.getelementptr %v6[%v2527] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2529 = llvm.load %v2528 : !llvm.ptr<3> -> f32
          %v2530 = arith.negf %v2529 : f32
          %v2531 = arith.mulf %v2530, %v2504 fastmath<contract> : f32
          %v2532 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2531) : (f32) -> f32
          %v2533 = arith.addf %v2497, %v2532 fastmath<contract> : f32
          %v2534 = arith.divf %v2497, %v2533 : f32
          %v2535 = arith.mulf %v2529, %v2534 fastmath<contract> : f32
          %v2536 = arith.mulf %v2524, %v2535 fastmath<contract> : f32
          %v2537 = llvm.load %v3 : !llvm.ptr -> f32
          %v2538 = arith.mulf %v2523, %v2537 fastmath<contract> : f32
          %v2539 = arith.addf %v2538, %v2536 fastmath<contract> : f32
          %v2547 = arith.mulf %v2510, %v2546 fastmath<contract> : f32
          %v2548 = arith.negf %v2547 : f32
          %v2549 = llvm.load %v4 : !llvm.ptr -> f32
          %v2550 = arith.mulf %v2548, %v2549 fastmath<contract> : f32
          %v2551 = arith.addf %v2539, %v2550 fastmath<contract> : f32
          %v2552 = arith.addi %v40, %v13 : i64
          %v2553 = arith.muli %v2552, %v97 : i64
          %v2554 = arith.addi %v2553, %v2493 : i64
          %v2555 = llvm.getelementptr %v6[%v2554] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2556 = llvm.load %v2555 : !llvm.ptr<3> -> f32
          %v2557 = arith.negf %v2556 : f32
          %v2558 = arith.mulf %v2557, %v2504 fastmath<contract> : f32
          %v2559 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2558) : (f32) -> f32
          %v2560 = arith.addf %v2497, %v2559 fastmath<contract> : f32
          %v2561 = arith.divf %v2497, %v2560 : f32
          %v2562 = arith.mulf %v2556, %v2561 fastmath<contract> : f32
          %v2563 = arith.mulf %v2524, %v2562 fastmath<contract> : f32
          %v2564 = llvm.load %v4 : !llvm.ptr -> f32
          %v2565 = arith.mulf %v2523, %v2564 fastmath<contract> : f32
          %v2566 = arith.addf %v2565, %v2563 fastmath<contract> : f32
          %v2567 = llvm.load %v3 : !llvm.ptr -> f32
          %v2568 = arith.mulf %v2547, %v2567 fastmath<contract> : f32
          %v2569 = arith.addf %v2566, %v2568 fastmath<contract> : f32
          llvm.store %v2551, %v3 : f32, !llvm.ptr
          llvm.store %v2569, %v4 : f32, !llvm.ptr
          %v2570 = arith.addi %v47, %v13 : i64
          %v2571 = arith.muli %v2570, %v97 : i64
          %v2572 = arith.addi %v2571, %v2493 : i64
          %v2573 = llvm.getelementptr %v6[%v2572] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2574 = llvm.load %v2573 : !llvm.ptr<3> -> f32
          %v2575 = arith.negf %v2574 : f32
          %v2576 = arith.mulf %v2575, %v2504 fastmath<contract> : f32
          %v2577 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2576) : (f32) -> f32
          %v2578 = arith.addf %v2497, %v2577 fastmath<contract> : f32
          %v2579 = arith.divf %v2497, %v2578 : f32
          %v2580 = llvm.load %v3 : !llvm.ptr -> f32
          %v2581 = arith.mulf %v2579, %v2580 fastmath<contract> : f32
          scf.if %v18 {
            %v2582 = arith.muli %v23, %v26 : i64
            %v2583 = arith.muli %v21, %size_L : i64
            %v2584 = arith.addi %v2582, %v2583 : i64
            %v2585 = arith.addi %v2584, %v2494 : i64
            %v2586 = llvm.getelementptr %out_y_re[%v2585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2581, %v2586 : f32, !llvm.ptr
          }
          %v2587 = llvm.load %v4 : !llvm.ptr -> f32
          %v2588 = arith.addi %v9, %v13 : i64
          %v2589 = arith.muli %v2588, %v97 : i64
          %v2590 = arith.addi %v2589, %v2493 : i64
          %v2591 = llvm.getelementptr %v6[%v2590] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2592 = llvm.load %v2591 : !llvm.ptr<3> -> f32
          %v2593 = arith.negf %v2592 : f32
          %v2594 = arith.mulf %v2593, %v2504 fastmath<contract> : f32
          %v2595 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2594) : (f32) -> f32
          %v2596 = arith.addf %v2497, %v2595 fastmath<contract> : f32
          %v2597 = arith.divf %v2497, %v2596 : f32
          %v2598 = arith.mulf %v2587, %v2597 fastmath<contract> : f32
          scf.if %v18 {
            %v2599 = arith.muli %v23, %v26 : i64
            %v2600 = arith.muli %v21, %size_L : i64
            %v2601 = arith.addi %v2599, %v2600 : i64
            %v2602 = arith.addi %v2601, %v2494 : i64
            %v2603 = llvm.getelementptr %out_y_im[%v2602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2598, %v2603 : f32, !llvm.ptr
          }
        }
        gpu.barrier
      }
      gpu.return
    }
  }
}
