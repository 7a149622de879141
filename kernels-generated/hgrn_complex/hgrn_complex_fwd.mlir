module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_hgrn_complex_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<320 x i64>
    llvm.mlir.global internal @smem_hgrn_complex_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<10560 x f32>
    gpu.func @hgrn_complex_fwd(%in_f: !llvm.ptr, %in_c_re: !llvm.ptr, %in_c_im: !llvm.ptr, %in_g_re: !llvm.ptr, %in_g_im: !llvm.ptr, %in_gamma: !llvm.ptr, %in_theta: !llvm.ptr, %out_y_re: !llvm.ptr, %out_y_im: !llvm.ptr, %ckpt_h_re: !llvm.ptr, %ckpt_h_im: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.mlir.addressof @rows_hgrn_complex_fwd : !llvm.ptr<3>
      %v7 = llvm.mlir.addressof @smem_hgrn_complex_fwd : !llvm.ptr<3>
      %v8 = arith.constant 255 : i64
      %v9 = arith.addi %size_L, %v8 : i64
      %v10 = arith.constant 256 : i64
      %v11 = arith.divui %v9, %v10 : i64
      %v16 = arith.constant 64 : i64
      %v26 = arith.constant 0 : i64
      %v27 = arith.muli %v1, %size_L : i64
      %v28 = arith.muli %v27, %size_D : i64
      %v50 = arith.constant 2 : i64
      %v59 = arith.constant 3 : i64
      %v68 = arith.constant 4 : i64
      %v72 = arith.constant 0x00000000 : f32
      %v73 = arith.constant 32 : i64
      %v85 = arith.muli %v1, %size_B : i64
      %v86 = arith.muli %v85, %size_D : i64
      %v89 = arith.muli %v1, %size_D : i64
      %v97 = arith.muli %v1, %size_B : i64
      %v98 = arith.muli %v97, %size_D : i64
      %v120 = arith.constant 33 : i64
      %v153 = arith.constant 6 : i64
      %v168 = arith.constant 8 : i64
      %v183 = arith.constant 10 : i64
      %v198 = arith.constant 12 : i64
      %v213 = arith.constant 14 : i64
      %v228 = arith.constant 16 : i64
      %v243 = arith.constant 18 : i64
      %v258 = arith.constant 20 : i64
      %v273 = arith.constant 22 : i64
      %v288 = arith.constant 24 : i64
      %v303 = arith.constant 26 : i64
      %v318 = arith.constant 28 : i64
      %v333 = arith.constant 30 : i64
      %v362 = arith.constant 34 : i64
      %v377 = arith.constant 36 : i64
      %v392 = arith.constant 38 : i64
      %v407 = arith.constant 40 : i64
      %v422 = arith.constant 42 : i64
      %v437 = arith.constant 44 : i64
      %v452 = arith.constant 46 : i64
      %v467 = arith.constant 48 : i64
      %v482 = arith.constant 50 : i64
      %v497 = arith.constant 52 : i64
      %v512 = arith.constant 54 : i64
      %v527 = arith.constant 56 : i64
      %v542 = arith.constant 58 : i64
      %v557 = arith.constant 60 : i64
      %v572 = arith.constant 62 : i64
      %v1105 = arith.constant 128 : i64
      %v1588 = arith.constant 192 : i64
      %v2558 = arith.constant 0x3F800000 : f32
      %v2567 = arith.constant 0x3FB8AA3B : f32
      %v2577 = arith.constant 0x3E22F983 : f32
      %v2580 = arith.constant 0x40C90000 : f32
      %v2581 = arith.constant 0x3AFDAA22 : f32
      %v12 = gpu.block_id x
      %v13 = gpu.thread_id x
      %v14 = arith.index_cast %v13 : index to i64
      %v15 = arith.index_cast %v12 : index to i64
      %v17 = arith.muli %v15, %v16 : i64
      %v18 = arith.addi %v17, %v14 : i64
      %v19 = arith.cmpi slt, %v18, %v3 : i64
      %v20 = arith.subi %v3, %v1 : i64
      %v21 = arith.minsi %v18, %v20 : i64
      %v22 = arith.remui %v21, %size_D : i64
      %v23 = arith.divui %v21, %size_D : i64
      %v24 = arith.remui %v23, %size_B : i64
      %v25 = arith.divui %v23, %size_B : i64
      %v2555 = arith.muli %v22, %v1 : i64
      %v2556 = llvm.getelementptr %in_gamma[%v2555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2557 = llvm.load %v2556 : !llvm.ptr -> f32
      %v2559 = arith.subf %v2558, %v2557 fastmath<contract> : f32
      %v2574 = arith.muli %v22, %v1 : i64
      %v2575 = llvm.getelementptr %in_theta[%v2574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2576 = llvm.load %v2575 : !llvm.ptr -> f32
      %v2578 = arith.mulf %v2576, %v2577 fastmath<contract> : f32
      %v2579 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2578) : (f32) -> f32
      %v2582 = arith.mulf %v2579, %v2580 fastmath<contract> : f32
      %v2583 = arith.subf %v2576, %v2582 fastmath<contract> : f32
      %v2584 = arith.mulf %v2579, %v2581 fastmath<contract> : f32
      %v2585 = arith.subf %v2583, %v2584 fastmath<contract> : f32
      %v2586 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2585) : (f32) -> f32
      %v2605 = arith.mulf %v2576, %v2577 fastmath<contract> : f32
      %v2606 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2605) : (f32) -> f32
      %v2607 = arith.mulf %v2606, %v2580 fastmath<contract> : f32
      %v2608 = arith.subf %v2576, %v2607 fastmath<contract> : f32
      %v2609 = arith.mulf %v2606, %v2581 fastmath<contract> : f32
      %v2610 = arith.subf %v2608, %v2609 fastmath<contract> : f32
      %v2611 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2610) : (f32) -> f32
      %v29 = arith.muli %v24, %v28 : i64
      %v30 = arith.muli %v22, %v27 : i64
      %v31 = arith.addi %v29, %v30 : i64
      %v32 = arith.muli %v26, %v1 : i64
      %v33 = arith.addi %v31, %v32 : i64
      %v34 = arith.muli %v26, %v16 : i64
      %v35 = arith.addi %v34, %v14 : i64
      %v36 = llvm.getelementptr %v6[%v35] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v33, %v36 : i64, !llvm.ptr<3>
      %v37 = arith.muli %v24, %v28 : i64
      %v38 = arith.muli %v22, %v27 : i64
      %v39 = arith.addi %v37, %v38 : i64
      %v40 = arith.muli %v26, %v1 : i64
      %v41 = arith.addi %v39, %v40 : i64
      %v42 = arith.muli %v1, %v16 : i64
      %v43 = arith.addi %v42, %v14 : i64
      %v44 = llvm.getelementptr %v6[%v43] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v41, %v44 : i64, !llvm.ptr<3>
      %v45 = arith.muli %v24, %v28 : i64
      %v46 = arith.muli %v22, %v27 : i64
      %v47 = arith.addi %v45, %v46 : i64
      %v48 = arith.muli %v26, %v1 : i64
      %v49 = arith.addi %v47, %v48 : i64
      %v51 = arith.muli %v50, %v16 : i64
      %v52 = arith.addi %v51, %v14 : i64
      %v53 = llvm.getelementptr %v6[%v52] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v49, %v53 : i64, !llvm.ptr<3>
      %v54 = arith.muli %v24, %v28 : i64
      %v55 = arith.muli %v22, %v27 : i64
      %v56 = arith.addi %v54, %v55 : i64
      %v57 = arith.muli %v26, %v1 : i64
      %v58 = arith.addi %v56, %v57 : i64
      %v60 = arith.muli %v59, %v16 : i64
      %v61 = arith.addi %v60, %v14 : i64
      %v62 = llvm.getelementptr %v6[%v61] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v58, %v62 : i64, !llvm.ptr<3>
      %v63 = arith.muli %v24, %v28 : i64
      %v64 = arith.muli %v22, %v27 : i64
      %v65 = arith.addi %v63, %v64 : i64
      %v66 = arith.muli %v26, %v1 : i64
      %v67 = arith.addi %v65, %v66 : i64
      %v69 = arith.muli %v68, %v16 : i64
      %v70 = arith.addi %v69, %v14 : i64
      %v71 = llvm.getelementptr %v6[%v70] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v67, %v71 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v72, %v4 : f32, !llvm.ptr
      llvm.store %v72, %v5 : f32, !llvm.ptr
      %v74 = arith.index_cast %v26 : i64 to index
      %v75 = arith.index_cast %size_L : i64 to index
      %v76 = arith.index_cast %v73 : i64 to index
      scf.for %v77 = %v74 to %v75 step %v76 {
        %v78 = arith.index_cast %v77 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v79 = arith.remui %v78, %v16 : i64
        %v80 = arith.cmpi eq, %v79, %v26 : i64
        %v81 = arith.andi %v80, %v19 : i1
        scf.if %v81 {
          %v82 = arith.divui %v78, %v16 : i64
          %v83 = llvm.mlir.zero : !llvm.ptr
          %v84 = llvm.icmp "ne" %ckpt_h_re, %v83 : !llvm.ptr
          scf.if %v84 {
            %v87 = arith.muli %v82, %v86 : i64
            %v88 = llvm.load %v4 : !llvm.ptr -> f32
            %v90 = arith.muli %v24, %v89 : i64
            %v91 = arith.muli %v22, %v1 : i64
            %v92 = arith.addi %v90, %v91 : i64
            %v93 = arith.addi %v87, %v92 : i64
            %v94 = llvm.getelementptr %ckpt_h_re[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v88, %v94 : f32, !llvm.ptr
          }
          %v95 = llvm.mlir.zero : !llvm.ptr
          %v96 = llvm.icmp "ne" %ckpt_h_im, %v95 : !llvm.ptr
          scf.if %v96 {
            %v99 = arith.muli %v82, %v98 : i64
            %v100 = llvm.load %v5 : !llvm.ptr -> f32
            %v101 = arith.muli %v24, %v89 : i64
            %v102 = arith.muli %v22, %v1 : i64
            %v103 = arith.addi %v101, %v102 : i64
            %v104 = arith.addi %v99, %v103 : i64
            %v105 = llvm.getelementptr %ckpt_h_im[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v100, %v105 : f32, !llvm.ptr
          }
        }
        // end save
        %v106 = arith.subi %size_L, %v78 : i64
        %v107 = arith.minsi %v106, %v73 : i64
        %v108 = arith.divui %v14, %v73 : i64
        %v109 = arith.remui %v14, %v73 : i64
        %v110 = arith.addi %v108, %v26 : i64
        %v111 = arith.constant true
        %v112 = arith.addi %v26, %v110 : i64
        %v113 = llvm.getelementptr %v6[%v112] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v114 = llvm.load %v113 : !llvm.ptr<3> -> i64
        %v115 = arith.addi %v78, %v109 : i64
        %v116 = arith.cmpi slt, %v115, %size_L : i64
        %v117 = arith.subi %size_L, %v1 : i64
        %v118 = arith.minsi %v115, %v117 : i64
        %v119 = arith.addi %v114, %v118 : i64
        %v121 = arith.muli %v112, %v120 : i64
        %v122 = arith.addi %v121, %v109 : i64
        %v123 = llvm.getelementptr %in_f[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v124 = llvm.load %v123 : !llvm.ptr -> f32
        %v125 = arith.addi %v108, %v50 : i64
        %v126 = arith.constant true
        %v127 = arith.addi %v26, %v125 : i64
        %v128 = llvm.getelementptr %v6[%v127] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v129 = llvm.load %v128 : !llvm.ptr<3> -> i64
        %v130 = arith.addi %v78, %v109 : i64
        %v131 = arith.cmpi slt, %v130, %size_L : i64
        %v132 = arith.subi %size_L, %v1 : i64
        %v133 = arith.minsi %v130, %v132 : i64
        %v134 = arith.addi %v129, %v133 : i64
        %v135 = arith.muli %v127, %v120 : i64
        %v136 = arith.addi %v135, %v109 : i64
        %v137 = llvm.getelementptr %in_f[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v138 = llvm.load %v137 : !llvm.ptr -> f32
        %v139 = arith.addi %v108, %v68 : i64
        %v140 = arith.constant true
        %v141 = arith.addi %v26, %v139 : i64
        %v142 = llvm.getelementptr %v6[%v141] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v143 = llvm.load %v142 : !llvm.ptr<3> -> i64
        %v144 = arith.addi %v78, %v109 : i64
        %v145 = arith.cmpi slt, %v144, %size_L : i64
        %v146 = arith.subi %size_L, %v1 : i64
        %v147 = arith.minsi %v144, %v146 : i64
        %v148 = arith.addi %v143, %v147 : i64
        %v149 = arith.muli %v141, %v120 : i64
        %v150 = arith.addi %v149, %v109 : i64
        %v151 = llvm.getelementptr %in_f[%v148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v152 = llvm.load %v151 : !llvm.ptr -> f32
        %v154 = arith.addi %v108, %v153 : i64
        %v155 = arith.constant true
        %v156 = arith.addi %v26, %v154 : i64
        %v157 = llvm.getelementptr %v6[%v156] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v158 = llvm.load %v157 : !llvm.ptr<3> -> i64
        %v159 = arith.addi %v78, %v109 : i64
        %v160 = arith.cmpi slt, %v159, %size_L : i64
        %v161 = arith.subi %size_L, %v1 : i64
        %v162 = arith.minsi %v159, %v161 : i64
        %v163 = arith.addi %v158, %v162 : i64
        %v164 = arith.muli %v156, %v120 : i64
        %v165 = arith.addi %v164, %v109 : i64
        %v166 = llvm.getelementptr %in_f[%v163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v167 = llvm.load %v166 : !llvm.ptr -> f32
        %v169 = arith.addi %v108, %v168 : i64
        %v170 = arith.constant true
        %v171 = arith.addi %v26, %v169 : i64
        %v172 = llvm.getelementptr %v6[%v171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v173 = llvm.load %v172 : !llvm.ptr<3> -> i64
        %v174 = arith.addi %v78, %v109 : i64
        %v175 = arith.cmpi slt, %v174, %size_L : i64
        %v176 = arith.subi %size_L, %v1 : i64
        %v177 = arith.minsi %v174, %v176 : i64
        %v178 = arith.addi %v173, %v177 : i64
        %v179 = arith.muli %v171, %v120 : i64
        %v180 = arith.addi %v179, %v109 : i64
        %v181 = llvm.getelementptr %in_f[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v182 = llvm.load %v181 : !llvm.ptr -> f32
        %v184 = arith.addi %v108, %v183 : i64
        %v185 = arith.constant true
        %v186 = arith.addi %v26, %v184 : i64
        %v187 = llvm.getelementptr %v6[%v186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v188 = llvm.load %v187 : !llvm.ptr<3> -> i64
        %v189 = arith.addi %v78, %v109 : i64
        %v190 = arith.cmpi slt, %v189, %size_L : i64
        %v191 = arith.subi %size_L, %v1 : i64
        %v192 = arith.minsi %v189, %v191 : i64
        %v193 = arith.addi %v188, %v192 : i64
        %v194 = arith.muli %v186, %v120 : i64
        %v195 = arith.addi %v194, %v109 : i64
        %v196 = llvm.getelementptr %in_f[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v197 = llvm.load %v196 : !llvm.ptr -> f32
        %v199 = arith.addi %v108, %v198 : i64
        %v200 = arith.constant true
        %v201 = arith.addi %v26, %v199 : i64
        %v202 = llvm.getelementptr %v6[%v201] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v203 = llvm.load %v202 : !llvm.ptr<3> -> i64
        %v204 = arith.addi %v78, %v109 : i64
        %v205 = arith.cmpi slt, %v204, %size_L : i64
        %v206 = arith.subi %size_L, %v1 : i64
        %v207 = arith.minsi %v204, %v206 : i64
        %v208 = arith.addi %v203, %v207 : i64
        %v209 = arith.muli %v201, %v120 : i64
        %v210 = arith.addi %v209, %v109 : i64
        %v211 = llvm.getelementptr %in_f[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v212 = llvm.load %v211 : !llvm.ptr -> f32
        %v214 = arith.addi %v108, %v213 : i64
        %v215 = arith.constant true
        %v216 = arith.addi %v26, %v214 : i64
        %v217 = llvm.getelementptr %v6[%v216] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v218 = llvm.load %v217 : !llvm.ptr<3> -> i64
        %v219 = arith.addi %v78, %v109 : i64
        %v220 = arith.cmpi slt, %v219, %size_L : i64
        %v221 = arith.subi %size_L, %v1 : i64
        %v222 = arith.minsi %v219, %v221 : i64
        %v223 = arith.addi %v218, %v222 : i64
        %v224 = arith.muli %v216, %v120 : i64
        %v225 = arith.addi %v224, %v109 : i64
        %v226 = llvm.getelementptr %in_f[%v223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v227 = llvm.load %v226 : !llvm.ptr -> f32
        %v229 = arith.addi %v108, %v228 : i64
        %v230 = arith.constant true
        %v231 = arith.addi %v26, %v229 : i64
        %v232 = llvm.getelementptr %v6[%v231] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v233 = llvm.load %v232 : !llvm.ptr<3> -> i64
        %v234 = arith.addi %v78, %v109 : i64
        %v235 = arith.cmpi slt, %v234, %size_L : i64
        %v236 = arith.subi %size_L, %v1 : i64
        %v237 = arith.minsi %v234, %v236 : i64
        %v238 = arith.addi %v233, %v237 : i64
        %v239 = arith.muli %v231, %v120 : i64
        %v240 = arith.addi %v239, %v109 : i64
        %v241 = llvm.getelementptr %in_f[%v238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v242 = llvm.load %v241 : !llvm.ptr -> f32
        %v244 = arith.addi %v108, %v243 : i64
        %v245 = arith.constant true
        %v246 = arith.addi %v26, %v244 : i64
        %v247 = llvm.getelementptr %v6[%v246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v248 = llvm.load %v247 : !llvm.ptr<3> -> i64
        %v249 = arith.addi %v78, %v109 : i64
        %v250 = arith.cmpi slt, %v249, %size_L : i64
        %v251 = arith.subi %size_L, %v1 : i64
        %v252 = arith.minsi %v249, %v251 : i64
        %v253 = arith.addi %v248, %v252 : i64
        %v254 = arith.muli %v246, %v120 : i64
        %v255 = arith.addi %v254, %v109 : i64
        %v256 = llvm.getelementptr %in_f[%v253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v257 = llvm.load %v256 : !llvm.ptr -> f32
        %v259 = arith.addi %v108, %v258 : i64
        %v260 = arith.constant true
        %v261 = arith.addi %v26, %v259 : i64
        %v262 = llvm.getelementptr %v6[%v261] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v263 = llvm.load %v262 : !llvm.ptr<3> -> i64
        %v264 = arith.addi %v78, %v109 : i64
        %v265 = arith.cmpi slt, %v264, %size_L : i64
        %v266 = arith.subi %size_L, %v1 : i64
        %v267 = arith.minsi %v264, %v266 : i64
        %v268 = arith.addi %v263, %v267 : i64
        %v269 = arith.muli %v261, %v120 : i64
        %v270 = arith.addi %v269, %v109 : i64
        %v271 = llvm.getelementptr %in_f[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v272 = llvm.load %v271 : !llvm.ptr -> f32
        %v274 = arith.addi %v108, %v273 : i64
        %v275 = arith.constant true
        %v276 = arith.addi %v26, %v274 : i64
        %v277 = llvm.getelementptr %v6[%v276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v278 = llvm.load %v277 : !llvm.ptr<3> -> i64
        %v279 = arith.addi %v78, %v109 : i64
        %v280 = arith.cmpi slt, %v279, %size_L : i64
        %v281 = arith.subi %size_L, %v1 : i64
        %v282 = arith.minsi %v279, %v281 : i64
        %v283 = arith.addi %v278, %v282 : i64
        %v284 = arith.muli %v276, %v120 : i64
        %v285 = arith.addi %v284, %v109 : i64
        %v286 = llvm.getelementptr %in_f[%v283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v287 = llvm.load %v286 : !llvm.ptr -> f32
        %v289 = arith.addi %v108, %v288 : i64
        %v290 = arith.constant true
        %v291 = arith.addi %v26, %v289 : i64
        %v292 = llvm.getelementptr %v6[%v291] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v293 = llvm.load %v292 : !llvm.ptr<3> -> i64
        %v294 = arith.addi %v78, %v109 : i64
        %v295 = arith.cmpi slt, %v294, %size_L : i64
        %v296 = arith.subi %size_L, %v1 : i64
        %v297 = arith.minsi %v294, %v296 : i64
        %v298 = arith.addi %v293, %v297 : i64
        %v299 = arith.muli %v291, %v120 : i64
        %v300 = arith.addi %v299, %v109 : i64
        %v301 = llvm.getelementptr %in_f[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v302 = llvm.load %v301 : !llvm.ptr -> f32
        %v304 = arith.addi %v108, %v303 : i64
        %v305 = arith.constant true
        %v306 = arith.addi %v26, %v304 : i64
        %v307 = llvm.getelementptr %v6[%v306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v308 = llvm.load %v307 : !llvm.ptr<3> -> i64
        %v309 = arith.addi %v78, %v109 : i64
        %v310 = arith.cmpi slt, %v309, %size_L : i64
        %v311 = arith.subi %size_L, %v1 : i64
        %v312 = arith.minsi %v309, %v311 : i64
        %v313 = arith.addi %v308, %v312 : i64
        %v314 = arith.muli %v306, %v120 : i64
        %v315 = arith.addi %v314, %v109 : i64
        %v316 = llvm.getelementptr %in_f[%v313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v317 = llvm.load %v316 : !llvm.ptr -> f32
        %v319 = arith.addi %v108, %v318 : i64
        %v320 = arith.constant true
        %v321 = arith.addi %v26, %v319 : i64
        %v322 = llvm.getelementptr %v6[%v321] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v323 = llvm.load %v322 : !llvm.ptr<3> -> i64
        %v324 = arith.addi %v78, %v109 : i64
        %v325 = arith.cmpi slt, %v324, %size_L : i64
        %v326 = arith.subi %size_L, %v1 : i64
        %v327 = arith.minsi %v324, %v326 : i64
        %v328 = arith.addi %v323, %v327 : i64
        %v329 = arith.muli %v321, %v120 : i64
        %v330 = arith.addi %v329, %v109 : i64
        %v331 = llvm.getelementptr %in_f[%v328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v332 = llvm.load %v331 : !llvm.ptr -> f32
        %v334 = arith.addi %v108, %v333 : i64
        %v335 = arith.constant true
        %v336 = arith.addi %v26, %v334 : i64
        %v337 = llvm.getelementptr %v6[%v336] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v338 = llvm.load %v337 : !llvm.ptr<3> -> i64
        %v339 = arith.addi %v78, %v109 : i64
        %v340 = arith.cmpi slt, %v339, %size_L : i64
        %v341 = arith.subi %size_L, %v1 : i64
        %v342 = arith.minsi %v339, %v341 : i64
        %v343 = arith.addi %v338, %v342 : i64
        %v344 = arith.muli %v336, %v120 : i64
        %v345 = arith.addi %v344, %v109 : i64
        %v346 = llvm.getelementptr %in_f[%v343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v347 = llvm.load %v346 : !llvm.ptr -> f32
        %v348 = arith.addi %v108, %v73 : i64
        %v349 = arith.constant true
        %v350 = arith.addi %v26, %v348 : i64
        %v351 = llvm.getelementptr %v6[%v350] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v352 = llvm.load %v351 : !llvm.ptr<3> -> i64
        %v353 = arith.addi %v78, %v109 : i64
        %v354 = arith.cmpi slt, %v353, %size_L : i64
        %v355 = arith.subi %size_L, %v1 : i64
        %v356 = arith.minsi %v353, %v355 : i64
        %v357 = arith.addi %v352, %v356 : i64
        %v358 = arith.muli %v350, %v120 : i64
        %v359 = arith.addi %v358, %v109 : i64
        %v360 = llvm.getelementptr %in_f[%v357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v361 = llvm.load %v360 : !llvm.ptr -> f32
        %v363 = arith.addi %v108, %v362 : i64
        %v364 = arith.constant true
        %v365 = arith.addi %v26, %v363 : i64
        %v366 = llvm.getelementptr %v6[%v365] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v367 = llvm.load %v366 : !llvm.ptr<3> -> i64
        %v368 = arith.addi %v78, %v109 : i64
        %v369 = arith.cmpi slt, %v368, %size_L : i64
        %v370 = arith.subi %size_L, %v1 : i64
        %v371 = arith.minsi %v368, %v370 : i64
        %v372 = arith.addi %v367, %v371 : i64
        %v373 = arith.muli %v365, %v120 : i64
        %v374 = arith.addi %v373, %v109 : i64
        %v375 = llvm.getelementptr %in_f[%v372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v376 = llvm.load %v375 : !llvm.ptr -> f32
        %v378 = arith.addi %v108, %v377 : i64
        %v379 = arith.constant true
        %v380 = arith.addi %v26, %v378 : i64
        %v381 = llvm.getelementptr %v6[%v380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v382 = llvm.load %v381 : !llvm.ptr<3> -> i64
        %v383 = arith.addi %v78, %v109 : i64
        %v384 = arith.cmpi slt, %v383, %size_L : i64
        %v385 = arith.subi %size_L, %v1 : i64
        %v386 = arith.minsi %v383, %v385 : i64
        %v387 = arith.addi %v382, %v386 : i64
        %v388 = arith.muli %v380, %v120 : i64
        %v389 = arith.addi %v388, %v109 : i64
        %v390 = llvm.getelementptr %in_f[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v391 = llvm.load %v390 : !llvm.ptr -> f32
        %v393 = arith.addi %v108, %v392 : i64
        %v394 = arith.constant true
        %v395 = arith.addi %v26, %v393 : i64
        %v396 = llvm.getelementptr %v6[%v395] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v397 = llvm.load %v396 : !llvm.ptr<3> -> i64
        %v398 = arith.addi %v78, %v109 : i64
        %v399 = arith.cmpi slt, %v398, %size_L : i64
        %v400 = arith.subi %size_L, %v1 : i64
        %v401 = arith.minsi %v398, %v400 : i64
        %v402 = arith.addi %v397, %v401 : i64
        %v403 = arith.muli %v395, %v120 : i64
        %v404 = arith.addi %v403, %v109 : i64
        %v405 = llvm.getelementptr %in_f[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v406 = llvm.load %v405 : !llvm.ptr -> f32
        %v408 = arith.addi %v108, %v407 : i64
        %v409 = arith.constant true
        %v410 = arith.addi %v26, %v408 : i64
        %v411 = llvm.getelementptr %v6[%v410] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v412 = llvm.load %v411 : !llvm.ptr<3> -> i64
        %v413 = arith.addi %v78, %v109 : i64
        %v414 = arith.cmpi slt, %v413, %size_L : i64
        %v415 = arith.subi %size_L, %v1 : i64
        %v416 = arith.minsi %v413, %v415 : i64
        %v417 = arith.addi %v412, %v416 : i64
        %v418 = arith.muli %v410, %v120 : i64
        %v419 = arith.addi %v418, %v109 : i64
        %v420 = llvm.getelementptr %in_f[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v421 = llvm.load %v420 : !llvm.ptr -> f32
        %v423 = arith.addi %v108, %v422 : i64
        %v424 = arith.constant true
        %v425 = arith.addi %v26, %v423 : i64
        %v426 = llvm.getelementptr %v6[%v425] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v427 = llvm.load %v426 : !llvm.ptr<3> -> i64
        %v428 = arith.addi %v78, %v109 : i64
        %v429 = arith.cmpi slt, %v428, %size_L : i64
        %v430 = arith.subi %size_L, %v1 : i64
        %v431 = arith.minsi %v428, %v430 : i64
        %v432 = arith.addi %v427, %v431 : i64
        %v433 = arith.muli %v425, %v120 : i64
        %v434 = arith.addi %v433, %v109 : i64
        %v435 = llvm.getelementptr %in_f[%v432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v436 = llvm.load %v435 : !llvm.ptr -> f32
        %v438 = arith.addi %v108, %v437 : i64
        %v439 = arith.constant true
        %v440 = arith.addi %v26, %v438 : i64
        %v441 = llvm.getelementptr %v6[%v440] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v442 = llvm.load %v441 : !llvm.ptr<3> -> i64
        %v443 = arith.addi %v78, %v109 : i64
        %v444 = arith.cmpi slt, %v443, %size_L : i64
        %v445 = arith.subi %size_L, %v1 : i64
        %v446 = arith.minsi %v443, %v445 : i64
        %v447 = arith.addi %v442, %v446 : i64
        %v448 = arith.muli %v440, %v120 : i64
        %v449 = arith.addi %v448, %v109 : i64
        %v450 = llvm.getelementptr %in_f[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v451 = llvm.load %v450 : !llvm.ptr -> f32
        %v453 = arith.addi %v108, %v452 : i64
        %v454 = arith.constant true
        %v455 = arith.addi %v26, %v453 : i64
        %v456 = llvm.getelementptr %v6[%v455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v457 = llvm.load %v456 : !llvm.ptr<3> -> i64
        %v458 = arith.addi %v78, %v109 : i64
        %v459 = arith.cmpi slt, %v458, %size_L : i64
        %v460 = arith.subi %size_L, %v1 : i64
        %v461 = arith.minsi %v458, %v460 : i64
        %v462 = arith.addi %v457, %v461 : i64
        %v463 = arith.muli %v455, %v120 : i64
        %v464 = arith.addi %v463, %v109 : i64
        %v465 = llvm.getelementptr %in_f[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v466 = llvm.load %v465 : !llvm.ptr -> f32
        %v468 = arith.addi %v108, %v467 : i64
        %v469 = arith.constant true
        %v470 = arith.addi %v26, %v468 : i64
        %v471 = llvm.getelementptr %v6[%v470] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v472 = llvm.load %v471 : !llvm.ptr<3> -> i64
        %v473 = arith.addi %v78, %v109 : i64
        %v474 = arith.cmpi slt, %v473, %size_L : i64
        %v475 = arith.subi %size_L, %v1 : i64
        %v476 = arith.minsi %v473, %v475 : i64
        %v477 = arith.addi %v472, %v476 : i64
        %v478 = arith.muli %v470, %v120 : i64
        %v479 = arith.addi %v478, %v109 : i64
        %v480 = llvm.getelementptr %in_f[%v477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v481 = llvm.load %v480 : !llvm.ptr -> f32
        %v483 = arith.addi %v108, %v482 : i64
        %v484 = arith.constant true
        %v485 = arith.addi %v26, %v483 : i64
        %v486 = llvm.getelementptr %v6[%v485] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v487 = llvm.load %v486 : !llvm.ptr<3> -> i64
        %v488 = arith.addi %v78, %v109 : i64
        %v489 = arith.cmpi slt, %v488, %size_L : i64
        %v490 = arith.subi %size_L, %v1 : i64
        %v491 = arith.minsi %v488, %v490 : i64
        %v492 = arith.addi %v487, %v491 : i64
        %v493 = arith.muli %v485, %v120 : i64
        %v494 = arith.addi %v493, %v109 : i64
        %v495 = llvm.getelementptr %in_f[%v492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v496 = llvm.load %v495 : !llvm.ptr -> f32
        %v498 = arith.addi %v108, %v497 : i64
        %v499 = arith.constant true
        %v500 = arith.addi %v26, %v498 : i64
        %v501 = llvm.getelementptr %v6[%v500] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v502 = llvm.load %v501 : !llvm.ptr<3> -> i64
        %v503 = arith.addi %v78, %v109 : i64
        %v504 = arith.cmpi slt, %v503, %size_L : i64
        %v505 = arith.subi %size_L, %v1 : i64
        %v506 = arith.minsi %v503, %v505 : i64
        %v507 = arith.addi %v502, %v506 : i64
        %v508 = arith.muli %v500, %v120 : i64
        %v509 = arith.addi %v508, %v109 : i64
        %v510 = llvm.getelementptr %in_f[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v511 = llvm.load %v510 : !llvm.ptr -> f32
        %v513 = arith.addi %v108, %v512 : i64
        %v514 = arith.constant true
        %v515 = arith.addi %v26, %v513 : i64
        %v516 = llvm.getelementptr %v6[%v515] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v517 = llvm.load %v516 : !llvm.ptr<3> -> i64
        %v518 = arith.addi %v78, %v109 : i64
        %v519 = arith.cmpi slt, %v518, %size_L : i64
        %v520 = arith.subi %size_L, %v1 : i64
        %v521 = arith.minsi %v518, %v520 : i64
        %v522 = arith.addi %v517, %v521 : i64
        %v523 = arith.muli %v515, %v120 : i64
        %v524 = arith.addi %v523, %v109 : i64
        %v525 = llvm.getelementptr %in_f[%v522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v526 = llvm.load %v525 : !llvm.ptr -> f32
        %v528 = arith.addi %v108, %v527 : i64
        %v529 = arith.constant true
        %v530 = arith.addi %v26, %v528 : i64
        %v531 = llvm.getelementptr %v6[%v530] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v532 = llvm.load %v531 : !llvm.ptr<3> -> i64
        %v533 = arith.addi %v78, %v109 : i64
        %v534 = arith.cmpi slt, %v533, %size_L : i64
        %v535 = arith.subi %size_L, %v1 : i64
        %v536 = arith.minsi %v533, %v535 : i64
        %v537 = arith.addi %v532, %v536 : i64
        %v538 = arith.muli %v530, %v120 : i64
        %v539 = arith.addi %v538, %v109 : i64
        %v540 = llvm.getelementptr %in_f[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v541 = llvm.load %v540 : !llvm.ptr -> f32
        %v543 = arith.addi %v108, %v542 : i64
        %v544 = arith.constant true
        %v545 = arith.addi %v26, %v543 : i64
        %v546 = llvm.getelementptr %v6[%v545] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v547 = llvm.load %v546 : !llvm.ptr<3> -> i64
        %v548 = arith.addi %v78, %v109 : i64
        %v549 = arith.cmpi slt, %v548, %size_L : i64
        %v550 = arith.subi %size_L, %v1 : i64
        %v551 = arith.minsi %v548, %v550 : i64
        %v552 = arith.addi %v547, %v551 : i64
        %v553 = arith.muli %v545, %v120 : i64
        %v554 = arith.addi %v553, %v109 : i64
        %v555 = llvm.getelementptr %in_f[%v552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v556 = llvm.load %v555 : !llvm.ptr -> f32
        %v558 = arith.addi %v108, %v557 : i64
        %v559 = arith.constant true
        %v560 = arith.addi %v26, %v558 : i64
        %v561 = llvm.getelementptr %v6[%v560] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v562 = llvm.load %v561 : !llvm.ptr<3> -> i64
        %v563 = arith.addi %v78, %v109 : i64
        %v564 = arith.cmpi slt, %v563, %size_L : i64
        %v565 = arith.subi %size_L, %v1 : i64
        %v566 = arith.minsi %v563, %v565 : i64
        %v567 = arith.addi %v562, %v566 : i64
        %v568 = arith.muli %v560, %v120 : i64
        %v569 = arith.addi %v568, %v109 : i64
        %v570 = llvm.getelementptr %in_f[%v567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v571 = llvm.load %v570 : !llvm.ptr -> f32
        %v573 = arith.addi %v108, %v572 : i64
        %v574 = arith.constant true
        %v575 = arith.addi %v26, %v573 : i64
        %v576 = llvm.getelementptr %v6[%v575] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v577 = llvm.load %v576 : !llvm.ptr<3> -> i64
        %v578 = arith.addi %v78, %v109 : i64
        %v579 = arith.cmpi slt, %v578, %size_L : i64
        %v580 = arith.subi %size_L, %v1 : i64
        %v581 = arith.minsi %v578, %v580 : i64
        %v582 = arith.addi %v577, %v581 : i64
        %v583 = arith.muli %v575, %v120 : i64
        %v584 = arith.addi %v583, %v109 : i64
        %v585 = llvm.getelementptr %in_f[%v582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v586 = llvm.load %v585 : !llvm.ptr -> f32
        scf.if %v111 {
          %v587 = llvm.getelementptr %v7[%v122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v124, %v587 : f32, !llvm.ptr<3>
        }
        scf.if %v126 {
          %v588 = llvm.getelementptr %v7[%v136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v138, %v588 : f32, !llvm.ptr<3>
        }
        scf.if %v140 {
          %v589 = llvm.getelementptr %v7[%v150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v152, %v589 : f32, !llvm.ptr<3>
        }
        scf.if %v155 {
          %v590 = llvm.getelementptr %v7[%v165] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v167, %v590 : f32, !llvm.ptr<3>
        }
        scf.if %v170 {
          %v591 = llvm.getelementptr %v7[%v180] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v182, %v591 : f32, !llvm.ptr<3>
        }
        scf.if %v185 {
          %v592 = llvm.getelementptr %v7[%v195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v197, %v592 : f32, !llvm.ptr<3>
        }
        scf.if %v200 {
          %v593 = llvm.getelementptr %v7[%v210] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v212, %v593 : f32, !llvm.ptr<3>
        }
        scf.if %v215 {
          %v594 = llvm.getelementptr %v7[%v225] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v227, %v594 : f32, !llvm.ptr<3>
        }
        scf.if %v230 {
          %v595 = llvm.getelementptr %v7[%v240] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v242, %v595 : f32, !llvm.ptr<3>
        }
        scf.if %v245 {
          %v596 = llvm.getelementptr %v7[%v255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v257, %v596 : f32, !llvm.ptr<3>
        }
        scf.if %v260 {
          %v597 = llvm.getelementptr %v7[%v270] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v272, %v597 : f32, !llvm.ptr<3>
        }
        scf.if %v275 {
          %v598 = llvm.getelementptr %v7[%v285] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v287, %v598 : f32, !llvm.ptr<3>
        }
        scf.if %v290 {
          %v599 = llvm.getelementptr %v7[%v300] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v302, %v599 : f32, !llvm.ptr<3>
        }
        scf.if %v305 {
          %v600 = llvm.getelementptr %v7[%v315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v317, %v600 : f32, !llvm.ptr<3>
        }
        scf.if %v320 {
          %v601 = llvm.getelementptr %v7[%v330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v332, %v601 : f32, !llvm.ptr<3>
        }
        scf.if %v335 {
          %v602 = llvm.getelementptr %v7[%v345] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v347, %v602 : f32, !llvm.ptr<3>
        }
        scf.if %v349 {
          %v603 = llvm.getelementptr %v7[%v359] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v361, %v603 : f32, !llvm.ptr<3>
        }
        scf.if %v364 {
          %v604 = llvm.getelementptr %v7[%v374] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v376, %v604 : f32, !llvm.ptr<3>
        }
        scf.if %v379 {
          %v605 = llvm.getelementptr %v7[%v389] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v391, %v605 : f32, !llvm.ptr<3>
        }
        scf.if %v394 {
          %v606 = llvm.getelementptr %v7[%v404] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v406, %v606 : f32, !llvm.ptr<3>
        }
        scf.if %v409 {
          %v607 = llvm.getelementptr %v7[%v419] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v421, %v607 : f32, !llvm.ptr<3>
        }
        scf.if %v424 {
          %v608 = llvm.getelementptr %v7[%v434] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v436, %v608 : f32, !llvm.ptr<3>
        }
        scf.if %v439 {
          %v609 = llvm.getelementptr %v7[%v449] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v451, %v609 : f32, !llvm.ptr<3>
        }
        scf.if %v454 {
          %v610 = llvm.getelementptr %v7[%v464] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v466, %v610 : f32, !llvm.ptr<3>
        }
        scf.if %v469 {
          %v611 = llvm.getelementptr %v7[%v479] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v481, %v611 : f32, !llvm.ptr<3>
        }
        scf.if %v484 {
          %v612 = llvm.getelementptr %v7[%v494] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v496, %v612 : f32, !llvm.ptr<3>
        }
        scf.if %v499 {
          %v613 = llvm.getelementptr %v7[%v509] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v511, %v613 : f32, !llvm.ptr<3>
        }
        scf.if %v514 {
          %v614 = llvm.getelementptr %v7[%v524] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v526, %v614 : f32, !llvm.ptr<3>
        }
        scf.if %v529 {
          %v615 = llvm.getelementptr %v7[%v539] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v541, %v615 : f32, !llvm.ptr<3>
        }
        scf.if %v544 {
          %v616 = llvm.getelementptr %v7[%v554] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v556, %v616 : f32, !llvm.ptr<3>
        }
        scf.if %v559 {
          %v617 = llvm.getelementptr %v7[%v569] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v571, %v617 : f32, !llvm.ptr<3>
        }
        scf.if %v574 {
          %v618 = llvm.getelementptr %v7[%v584] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v586, %v618 : f32, !llvm.ptr<3>
        }
        %v619 = arith.divui %v14, %v73 : i64
        %v620 = arith.remui %v14, %v73 : i64
        %v621 = arith.addi %v619, %v26 : i64
        %v622 = arith.constant true
        %v623 = arith.addi %v16, %v621 : i64
        %v624 = llvm.getelementptr %v6[%v623] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v625 = llvm.load %v624 : !llvm.ptr<3> -> i64
        %v626 = arith.addi %v78, %v620 : i64
        %v627 = arith.cmpi slt, %v626, %size_L : i64
        %v628 = arith.subi %size_L, %v1 : i64
        %v629 = arith.minsi %v626, %v628 : i64
        %v630 = arith.addi %v625, %v629 : i64
        %v631 = arith.muli %v623, %v120 : i64
        %v632 = arith.addi %v631, %v620 : i64
        %v633 = llvm.getelementptr %in_c_re[%v630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v634 = llvm.load %v633 : !llvm.ptr -> f32
        %v635 = arith.addi %v619, %v50 : i64
        %v636 = arith.constant true
        %v637 = arith.addi %v16, %v635 : i64
        %v638 = llvm.getelementptr %v6[%v637] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v639 = llvm.load %v638 : !llvm.ptr<3> -> i64
        %v640 = arith.addi %v78, %v620 : i64
        %v641 = arith.cmpi slt, %v640, %size_L : i64
        %v642 = arith.subi %size_L, %v1 : i64
        %v643 = arith.minsi %v640, %v642 : i64
        %v644 = arith.addi %v639, %v643 : i64
        %v645 = arith.muli %v637, %v120 : i64
        %v646 = arith.addi %v645, %v620 : i64
        %v647 = llvm.getelementptr %in_c_re[%v644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v648 = llvm.load %v647 : !llvm.ptr -> f32
        %v649 = arith.addi %v619, %v68 : i64
        %v650 = arith.constant true
        %v651 = arith.addi %v16, %v649 : i64
        %v652 = llvm.getelementptr %v6[%v651] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v653 = llvm.load %v652 : !llvm.ptr<3> -> i64
        %v654 = arith.addi %v78, %v620 : i64
        %v655 = arith.cmpi slt, %v654, %size_L : i64
        %v656 = arith.subi %size_L, %v1 : i64
        %v657 = arith.minsi %v654, %v656 : i64
        %v658 = arith.addi %v653, %v657 : i64
        %v659 = arith.muli %v651, %v120 : i64
        %v660 = arith.addi %v659, %v620 : i64
        %v661 = llvm.getelementptr %in_c_re[%v658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v662 = llvm.load %v661 : !llvm.ptr -> f32
        %v663 = arith.addi %v619, %v153 : i64
        %v664 = arith.constant true
        %v665 = arith.addi %v16, %v663 : i64
        %v666 = llvm.getelementptr %v6[%v665] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v667 = llvm.load %v666 : !llvm.ptr<3> -> i64
        %v668 = arith.addi %v78, %v620 : i64
        %v669 = arith.cmpi slt, %v668, %size_L : i64
        %v670 = arith.subi %size_L, %v1 : i64
        %v671 = arith.minsi %v668, %v670 : i64
        %v672 = arith.addi %v667, %v671 : i64
        %v673 = arith.muli %v665, %v120 : i64
        %v674 = arith.addi %v673, %v620 : i64
        %v675 = llvm.getelementptr %in_c_re[%v672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v676 = llvm.load %v675 : !llvm.ptr -> f32
        %v677 = arith.addi %v619, %v168 : i64
        %v678 = arith.constant true
        %v679 = arith.addi %v16, %v677 : i64
        %v680 = llvm.getelementptr %v6[%v679] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v681 = llvm.load %v680 : !llvm.ptr<3> -> i64
        %v682 = arith.addi %v78, %v620 : i64
        %v683 = arith.cmpi slt, %v682, %size_L : i64
        %v684 = arith.subi %size_L, %v1 : i64
        %v685 = arith.minsi %v682, %v684 : i64
        %v686 = arith.addi %v681, %v685 : i64
        %v687 = arith.muli %v679, %v120 : i64
        %v688 = arith.addi %v687, %v620 : i64
        %v689 = llvm.getelementptr %in_c_re[%v686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v690 = llvm.load %v689 : !llvm.ptr -> f32
        %v691 = arith.addi %v619, %v183 : i64
        %v692 = arith.constant true
        %v693 = arith.addi %v16, %v691 : i64
        %v694 = llvm.getelementptr %v6[%v693] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v695 = llvm.load %v694 : !llvm.ptr<3> -> i64
        %v696 = arith.addi %v78, %v620 : i64
        %v697 = arith.cmpi slt, %v696, %size_L : i64
        %v698 = arith.subi %size_L, %v1 : i64
        %v699 = arith.minsi %v696, %v698 : i64
        %v700 = arith.addi %v695, %v699 : i64
        %v701 = arith.muli %v693, %v120 : i64
        %v702 = arith.addi %v701, %v620 : i64
        %v703 = llvm.getelementptr %in_c_re[%v700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v704 = llvm.load %v703 : !llvm.ptr -> f32
        %v705 = arith.addi %v619, %v198 : i64
        %v706 = arith.constant true
        %v707 = arith.addi %v16, %v705 : i64
        %v708 = llvm.getelementptr %v6[%v707] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v709 = llvm.load %v708 : !llvm.ptr<3> -> i64
        %v710 = arith.addi %v78, %v620 : i64
        %v711 = arith.cmpi slt, %v710, %size_L : i64
        %v712 = arith.subi %size_L, %v1 : i64
        %v713 = arith.minsi %v710, %v712 : i64
        %v714 = arith.addi %v709, %v713 : i64
        %v715 = arith.muli %v707, %v120 : i64
        %v716 = arith.addi %v715, %v620 : i64
        %v717 = llvm.getelementptr %in_c_re[%v714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v718 = llvm.load %v717 : !llvm.ptr -> f32
        %v719 = arith.addi %v619, %v213 : i64
        %v720 = arith.constant true
        %v721 = arith.addi %v16, %v719 : i64
        %v722 = llvm.getelementptr %v6[%v721] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v723 = llvm.load %v722 : !llvm.ptr<3> -> i64
        %v724 = arith.addi %v78, %v620 : i64
        %v725 = arith.cmpi slt, %v724, %size_L : i64
        %v726 = arith.subi %size_L, %v1 : i64
        %v727 = arith.minsi %v724, %v726 : i64
        %v728 = arith.addi %v723, %v727 : i64
        %v729 = arith.muli %v721, %v120 : i64
        %v730 = arith.addi %v729, %v620 : i64
        %v731 = llvm.getelementptr %in_c_re[%v728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v732 = llvm.load %v731 : !llvm.ptr -> f32
        %v733 = arith.addi %v619, %v228 : i64
        %v734 = arith.constant true
        %v735 = arith.addi %v16, %v733 : i64
        %v736 = llvm.getelementptr %v6[%v735] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v737 = llvm.load %v736 : !llvm.ptr<3> -> i64
        %v738 = arith.addi %v78, %v620 : i64
        %v739 = arith.cmpi slt, %v738, %size_L : i64
        %v740 = arith.subi %size_L, %v1 : i64
        %v741 = arith.minsi %v738, %v740 : i64
        %v742 = arith.addi %v737, %v741 : i64
        %v743 = arith.muli %v735, %v120 : i64
        %v744 = arith.addi %v743, %v620 : i64
        %v745 = llvm.getelementptr %in_c_re[%v742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v746 = llvm.load %v745 : !llvm.ptr -> f32
        %v747 = arith.addi %v619, %v243 : i64
        %v748 = arith.constant true
        %v749 = arith.addi %v16, %v747 : i64
        %v750 = llvm.getelementptr %v6[%v749] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v751 = llvm.load %v750 : !llvm.ptr<3> -> i64
        %v752 = arith.addi %v78, %v620 : i64
        %v753 = arith.cmpi slt, %v752, %size_L : i64
        %v754 = arith.subi %size_L, %v1 : i64
        %v755 = arith.minsi %v752, %v754 : i64
        %v756 = arith.addi %v751, %v755 : i64
        %v757 = arith.muli %v749, %v120 : i64
        %v758 = arith.addi %v757, %v620 : i64
        %v759 = llvm.getelementptr %in_c_re[%v756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v760 = llvm.load %v759 : !llvm.ptr -> f32
        %v761 = arith.addi %v619, %v258 : i64
        %v762 = arith.constant true
        %v763 = arith.addi %v16, %v761 : i64
        %v764 = llvm.getelementptr %v6[%v763] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v765 = llvm.load %v764 : !llvm.ptr<3> -> i64
        %v766 = arith.addi %v78, %v620 : i64
        %v767 = arith.cmpi slt, %v766, %size_L : i64
        %v768 = arith.subi %size_L, %v1 : i64
        %v769 = arith.minsi %v766, %v768 : i64
        %v770 = arith.addi %v765, %v769 : i64
        %v771 = arith.muli %v763, %v120 : i64
        %v772 = arith.addi %v771, %v620 : i64
        %v773 = llvm.getelementptr %in_c_re[%v770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v774 = llvm.load %v773 : !llvm.ptr -> f32
        %v775 = arith.addi %v619, %v273 : i64
        %v776 = arith.constant true
        %v777 = arith.addi %v16, %v775 : i64
        %v778 = llvm.getelementptr %v6[%v777] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v779 = llvm.load %v778 : !llvm.ptr<3> -> i64
        %v780 = arith.addi %v78, %v620 : i64
        %v781 = arith.cmpi slt, %v780, %size_L : i64
        %v782 = arith.subi %size_L, %v1 : i64
        %v783 = arith.minsi %v780, %v782 : i64
        %v784 = arith.addi %v779, %v783 : i64
        %v785 = arith.muli %v777, %v120 : i64
        %v786 = arith.addi %v785, %v620 : i64
        %v787 = llvm.getelementptr %in_c_re[%v784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v788 = llvm.load %v787 : !llvm.ptr -> f32
        %v789 = arith.addi %v619, %v288 : i64
        %v790 = arith.constant true
        %v791 = arith.addi %v16, %v789 : i64
        %v792 = llvm.getelementptr %v6[%v791] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v793 = llvm.load %v792 : !llvm.ptr<3> -> i64
        %v794 = arith.addi %v78, %v620 : i64
        %v795 = arith.cmpi slt, %v794, %size_L : i64
        %v796 = arith.subi %size_L, %v1 : i64
        %v797 = arith.minsi %v794, %v796 : i64
        %v798 = arith.addi %v793, %v797 : i64
        %v799 = arith.muli %v791, %v120 : i64
        %v800 = arith.addi %v799, %v620 : i64
        %v801 = llvm.getelementptr %in_c_re[%v798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v802 = llvm.load %v801 : !llvm.ptr -> f32
        %v803 = arith.addi %v619, %v303 : i64
        %v804 = arith.constant true
        %v805 = arith.addi %v16, %v803 : i64
        %v806 = llvm.getelementptr %v6[%v805] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v807 = llvm.load %v806 : !llvm.ptr<3> -> i64
        %v808 = arith.addi %v78, %v620 : i64
        %v809 = arith.cmpi slt, %v808, %size_L : i64
        %v810 = arith.subi %size_L, %v1 : i64
        %v811 = arith.minsi %v808, %v810 : i64
        %v812 = arith.addi %v807, %v811 : i64
        %v813 = arith.muli %v805, %v120 : i64
        %v814 = arith.addi %v813, %v620 : i64
        %v815 = llvm.getelementptr %in_c_re[%v812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v816 = llvm.load %v815 : !llvm.ptr -> f32
        %v817 = arith.addi %v619, %v318 : i64
        %v818 = arith.constant true
        %v819 = arith.addi %v16, %v817 : i64
        %v820 = llvm.getelementptr %v6[%v819] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v821 = llvm.load %v820 : !llvm.ptr<3> -> i64
        %v822 = arith.addi %v78, %v620 : i64
        %v823 = arith.cmpi slt, %v822, %size_L : i64
        %v824 = arith.subi %size_L, %v1 : i64
        %v825 = arith.minsi %v822, %v824 : i64
        %v826 = arith.addi %v821, %v825 : i64
        %v827 = arith.muli %v819, %v120 : i64
        %v828 = arith.addi %v827, %v620 : i64
        %v829 = llvm.getelementptr %in_c_re[%v826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v830 = llvm.load %v829 : !llvm.ptr -> f32
        %v831 = arith.addi %v619, %v333 : i64
        %v832 = arith.constant true
        %v833 = arith.addi %v16, %v831 : i64
        %v834 = llvm.getelementptr %v6[%v833] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v835 = llvm.load %v834 : !llvm.ptr<3> -> i64
        %v836 = arith.addi %v78, %v620 : i64
        %v837 = arith.cmpi slt, %v836, %size_L : i64
        %v838 = arith.subi %size_L, %v1 : i64
        %v839 = arith.minsi %v836, %v838 : i64
        %v840 = arith.addi %v835, %v839 : i64
        %v841 = arith.muli %v833, %v120 : i64
        %v842 = arith.addi %v841, %v620 : i64
        %v843 = llvm.getelementptr %in_c_re[%v840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v844 = llvm.load %v843 : !llvm.ptr -> f32
        %v845 = arith.addi %v619, %v73 : i64
        %v846 = arith.constant true
        %v847 = arith.addi %v16, %v845 : i64
        %v848 = llvm.getelementptr %v6[%v847] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v849 = llvm.load %v848 : !llvm.ptr<3> -> i64
        %v850 = arith.addi %v78, %v620 : i64
        %v851 = arith.cmpi slt, %v850, %size_L : i64
        %v852 = arith.subi %size_L, %v1 : i64
        %v853 = arith.minsi %v850, %v852 : i64
        %v854 = arith.addi %v849, %v853 : i64
        %v855 = arith.muli %v847, %v120 : i64
        %v856 = arith.addi %v855, %v620 : i64
        %v857 = llvm.getelementptr %in_c_re[%v854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v858 = llvm.load %v857 : !llvm.ptr -> f32
        %v859 = arith.addi %v619, %v362 : i64
        %v860 = arith.constant true
        %v861 = arith.addi %v16, %v859 : i64
        %v862 = llvm.getelementptr %v6[%v861] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v863 = llvm.load %v862 : !llvm.ptr<3> -> i64
        %v864 = arith.addi %v78, %v620 : i64
        %v865 = arith.cmpi slt, %v864, %size_L : i64
        %v866 = arith.subi %size_L, %v1 : i64
        %v867 = arith.minsi %v864, %v866 : i64
        %v868 = arith.addi %v863, %v867 : i64
        %v869 = arith.muli %v861, %v120 : i64
        %v870 = arith.addi %v869, %v620 : i64
        %v871 = llvm.getelementptr %in_c_re[%v868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v872 = llvm.load %v871 : !llvm.ptr -> f32
        %v873 = arith.addi %v619, %v377 : i64
        %v874 = arith.constant true
        %v875 = arith.addi %v16, %v873 : i64
        %v876 = llvm.getelementptr %v6[%v875] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v877 = llvm.load %v876 : !llvm.ptr<3> -> i64
        %v878 = arith.addi %v78, %v620 : i64
        %v879 = arith.cmpi slt, %v878, %size_L : i64
        %v880 = arith.subi %size_L, %v1 : i64
        %v881 = arith.minsi %v878, %v880 : i64
        %v882 = arith.addi %v877, %v881 : i64
        %v883 = arith.muli %v875, %v120 : i64
        %v884 = arith.addi %v883, %v620 : i64
        %v885 = llvm.getelementptr %in_c_re[%v882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v886 = llvm.load %v885 : !llvm.ptr -> f32
        %v887 = arith.addi %v619, %v392 : i64
        %v888 = arith.constant true
        %v889 = arith.addi %v16, %v887 : i64
        %v890 = llvm.getelementptr %v6[%v889] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v891 = llvm.load %v890 : !llvm.ptr<3> -> i64
        %v892 = arith.addi %v78, %v620 : i64
        %v893 = arith.cmpi slt, %v892, %size_L : i64
        %v894 = arith.subi %size_L, %v1 : i64
        %v895 = arith.minsi %v892, %v894 : i64
        %v896 = arith.addi %v891, %v895 : i64
        %v897 = arith.muli %v889, %v120 : i64
        %v898 = arith.addi %v897, %v620 : i64
        %v899 = llvm.getelementptr %in_c_re[%v896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v900 = llvm.load %v899 : !llvm.ptr -> f32
        %v901 = arith.addi %v619, %v407 : i64
        %v902 = arith.constant true
        %v903 = arith.addi %v16, %v901 : i64
        %v904 = llvm.getelementptr %v6[%v903] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v905 = llvm.load %v904 : !llvm.ptr<3> -> i64
        %v906 = arith.addi %v78, %v620 : i64
        %v907 = arith.cmpi slt, %v906, %size_L : i64
        %v908 = arith.subi %size_L, %v1 : i64
        %v909 = arith.minsi %v906, %v908 : i64
        %v910 = arith.addi %v905, %v909 : i64
        %v911 = arith.muli %v903, %v120 : i64
        %v912 = arith.addi %v911, %v620 : i64
        %v913 = llvm.getelementptr %in_c_re[%v910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v914 = llvm.load %v913 : !llvm.ptr -> f32
        %v915 = arith.addi %v619, %v422 : i64
        %v916 = arith.constant true
        %v917 = arith.addi %v16, %v915 : i64
        %v918 = llvm.getelementptr %v6[%v917] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v919 = llvm.load %v918 : !llvm.ptr<3> -> i64
        %v920 = arith.addi %v78, %v620 : i64
        %v921 = arith.cmpi slt, %v920, %size_L : i64
        %v922 = arith.subi %size_L, %v1 : i64
        %v923 = arith.minsi %v920, %v922 : i64
        %v924 = arith.addi %v919, %v923 : i64
        %v925 = arith.muli %v917, %v120 : i64
        %v926 = arith.addi %v925, %v620 : i64
        %v927 = llvm.getelementptr %in_c_re[%v924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v928 = llvm.load %v927 : !llvm.ptr -> f32
        %v929 = arith.addi %v619, %v437 : i64
        %v930 = arith.constant true
        %v931 = arith.addi %v16, %v929 : i64
        %v932 = llvm.getelementptr %v6[%v931] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v933 = llvm.load %v932 : !llvm.ptr<3> -> i64
        %v934 = arith.addi %v78, %v620 : i64
        %v935 = arith.cmpi slt, %v934, %size_L : i64
        %v936 = arith.subi %size_L, %v1 : i64
        %v937 = arith.minsi %v934, %v936 : i64
        %v938 = arith.addi %v933, %v937 : i64
        %v939 = arith.muli %v931, %v120 : i64
        %v940 = arith.addi %v939, %v620 : i64
        %v941 = llvm.getelementptr %in_c_re[%v938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v942 = llvm.load %v941 : !llvm.ptr -> f32
        %v943 = arith.addi %v619, %v452 : i64
        %v944 = arith.constant true
        %v945 = arith.addi %v16, %v943 : i64
        %v946 = llvm.getelementptr %v6[%v945] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v947 = llvm.load %v946 : !llvm.ptr<3> -> i64
        %v948 = arith.addi %v78, %v620 : i64
        %v949 = arith.cmpi slt, %v948, %size_L : i64
        %v950 = arith.subi %size_L, %v1 : i64
        %v951 = arith.minsi %v948, %v950 : i64
        %v952 = arith.addi %v947, %v951 : i64
        %v953 = arith.muli %v945, %v120 : i64
        %v954 = arith.addi %v953, %v620 : i64
        %v955 = llvm.getelementptr %in_c_re[%v952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v956 = llvm.load %v955 : !llvm.ptr -> f32
        %v957 = arith.addi %v619, %v467 : i64
        %v958 = arith.constant true
        %v959 = arith.addi %v16, %v957 : i64
        %v960 = llvm.getelementptr %v6[%v959] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v961 = llvm.load %v960 : !llvm.ptr<3> -> i64
        %v962 = arith.addi %v78, %v620 : i64
        %v963 = arith.cmpi slt, %v962, %size_L : i64
        %v964 = arith.subi %size_L, %v1 : i64
        %v965 = arith.minsi %v962, %v964 : i64
        %v966 = arith.addi %v961, %v965 : i64
        %v967 = arith.muli %v959, %v120 : i64
        %v968 = arith.addi %v967, %v620 : i64
        %v969 = llvm.getelementptr %in_c_re[%v966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v970 = llvm.load %v969 : !llvm.ptr -> f32
        %v971 = arith.addi %v619, %v482 : i64
        %v972 = arith.constant true
        %v973 = arith.addi %v16, %v971 : i64
        %v974 = llvm.getelementptr %v6[%v973] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v975 = llvm.load %v974 : !llvm.ptr<3> -> i64
        %v976 = arith.addi %v78, %v620 : i64
        %v977 = arith.cmpi slt, %v976, %size_L : i64
        %v978 = arith.subi %size_L, %v1 : i64
        %v979 = arith.minsi %v976, %v978 : i64
        %v980 = arith.addi %v975, %v979 : i64
        %v981 = arith.muli %v973, %v120 : i64
        %v982 = arith.addi %v981, %v620 : i64
        %v983 = llvm.getelementptr %in_c_re[%v980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v984 = llvm.load %v983 : !llvm.ptr -> f32
        %v985 = arith.addi %v619, %v497 : i64
        %v986 = arith.constant true
        %v987 = arith.addi %v16, %v985 : i64
        %v988 = llvm.getelementptr %v6[%v987] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v989 = llvm.load %v988 : !llvm.ptr<3> -> i64
        %v990 = arith.addi %v78, %v620 : i64
        %v991 = arith.cmpi slt, %v990, %size_L : i64
        %v992 = arith.subi %size_L, %v1 : i64
        %v993 = arith.minsi %v990, %v992 : i64
        %v994 = arith.addi %v989, %v993 : i64
        %v995 = arith.muli %v987, %v120 : i64
        %v996 = arith.addi %v995, %v620 : i64
        %v997 = llvm.getelementptr %in_c_re[%v994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v998 = llvm.load %v997 : !llvm.ptr -> f32
        %v999 = arith.addi %v619, %v512 : i64
        %v1000 = arith.constant true
        %v1001 = arith.addi %v16, %v999 : i64
        %v1002 = llvm.getelementptr %v6[%v1001] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1003 = llvm.load %v1002 : !llvm.ptr<3> -> i64
        %v1004 = arith.addi %v78, %v620 : i64
        %v1005 = arith.cmpi slt, %v1004, %size_L : i64
        %v1006 = arith.subi %size_L, %v1 : i64
        %v1007 = arith.minsi %v1004, %v1006 : i64
        %v1008 = arith.addi %v1003, %v1007 : i64
        %v1009 = arith.muli %v1001, %v120 : i64
        %v1010 = arith.addi %v1009, %v620 : i64
        %v1011 = llvm.getelementptr %in_c_re[%v1008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1012 = llvm.load %v1011 : !llvm.ptr -> f32
        %v1013 = arith.addi %v619, %v527 : i64
        %v1014 = arith.constant true
        %v1015 = arith.addi %v16, %v1013 : i64
        %v1016 = llvm.getelementptr %v6[%v1015] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1017 = llvm.load %v1016 : !llvm.ptr<3> -> i64
        %v1018 = arith.addi %v78, %v620 : i64
        %v1019 = arith.cmpi slt, %v1018, %size_L : i64
        %v1020 = arith.subi %size_L, %v1 : i64
        %v1021 = arith.minsi %v1018, %v1020 : i64
        %v1022 = arith.addi %v1017, %v1021 : i64
        %v1023 = arith.muli %v1015, %v120 : i64
        %v1024 = arith.addi %v1023, %v620 : i64
        %v1025 = llvm.getelementptr %in_c_re[%v1022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1026 = llvm.load %v1025 : !llvm.ptr -> f32
        %v1027 = arith.addi %v619, %v542 : i64
        %v1028 = arith.constant true
        %v1029 = arith.addi %v16, %v1027 : i64
        %v1030 = llvm.getelementptr %v6[%v1029] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1031 = llvm.load %v1030 : !llvm.ptr<3> -> i64
        %v1032 = arith.addi %v78, %v620 : i64
        %v1033 = arith.cmpi slt, %v1032, %size_L : i64
        %v1034 = arith.subi %size_L, %v1 : i64
        %v1035 = arith.minsi %v1032, %v1034 : i64
        %v1036 = arith.addi %v1031, %v1035 : i64
        %v1037 = arith.muli %v1029, %v120 : i64
        %v1038 = arith.addi %v1037, %v620 : i64
        %v1039 = llvm.getelementptr %in_c_re[%v1036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1040 = llvm.load %v1039 : !llvm.ptr -> f32
        %v1041 = arith.addi %v619, %v557 : i64
        %v1042 = arith.constant true
        %v1043 = arith.addi %v16, %v1041 : i64
        %v1044 = llvm.getelementptr %v6[%v1043] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1045 = llvm.load %v1044 : !llvm.ptr<3> -> i64
        %v1046 = arith.addi %v78, %v620 : i64
        %v1047 = arith.cmpi slt, %v1046, %size_L : i64
        %v1048 = arith.subi %size_L, %v1 : i64
        %v1049 = arith.minsi %v1046, %v1048 : i64
        %v1050 = arith.addi %v1045, %v1049 : i64
        %v1051 = arith.muli %v1043, %v120 : i64
        %v1052 = arith.addi %v1051, %v620 : i64
        %v1053 = llvm.getelementptr %in_c_re[%v1050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1054 = llvm.load %v1053 : !llvm.ptr -> f32
        %v1055 = arith.addi %v619, %v572 : i64
        %v1056 = arith.constant true
        %v1057 = arith.addi %v16, %v1055 : i64
        %v1058 = llvm.getelementptr %v6[%v1057] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1059 = llvm.load %v1058 : !llvm.ptr<3> -> i64
        %v1060 = arith.addi %v78, %v620 : i64
        %v1061 = arith.cmpi slt, %v1060, %size_L : i64
        %v1062 = arith.subi %size_L, %v1 : i64
        %v1063 = arith.minsi %v1060, %v1062 : i64
        %v1064 = arith.addi %v1059, %v1063 : i64
        %v1065 = arith.muli %v1057, %v120 : i64
        %v1066 = arith.addi %v1065, %v620 : i64
        %v1067 = llvm.getelementptr %in_c_re[%v1064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1068 = llvm.load %v1067 : !llvm.ptr -> f32
        scf.if %v622 {
          %v1069 = llvm.getelementptr %v7[%v632] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v634, %v1069 : f32, !llvm.ptr<3>
        }
        scf.if %v636 {
          %v1070 = llvm.getelementptr %v7[%v646] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v648, %v1070 : f32, !llvm.ptr<3>
        }
        scf.if %v650 {
          %v1071 = llvm.getelementptr %v7[%v660] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v662, %v1071 : f32, !llvm.ptr<3>
        }
        scf.if %v664 {
          %v1072 = llvm.getelementptr %v7[%v674] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v676, %v1072 : f32, !llvm.ptr<3>
        }
        scf.if %v678 {
          %v1073 = llvm.getelementptr %v7[%v688] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v690, %v1073 : f32, !llvm.ptr<3>
        }
        scf.if %v692 {
          %v1074 = llvm.getelementptr %v7[%v702] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v704, %v1074 : f32, !llvm.ptr<3>
        }
        scf.if %v706 {
          %v1075 = llvm.getelementptr %v7[%v716] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v718, %v1075 : f32, !llvm.ptr<3>
        }
        scf.if %v720 {
          %v1076 = llvm.getelementptr %v7[%v730] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v732, %v1076 : f32, !llvm.ptr<3>
        }
        scf.if %v734 {
          %v1077 = llvm.getelementptr %v7[%v744] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v746, %v1077 : f32, !llvm.ptr<3>
        }
        scf.if %v748 {
          %v1078 = llvm.getelementptr %v7[%v758] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v760, %v1078 : f32, !llvm.ptr<3>
        }
        scf.if %v762 {
          %v1079 = llvm.getelementptr %v7[%v772] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v774, %v1079 : f32, !llvm.ptr<3>
        }
        scf.if %v776 {
          %v1080 = llvm.getelementptr %v7[%v786] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v788, %v1080 : f32, !llvm.ptr<3>
        }
        scf.if %v790 {
          %v1081 = llvm.getelementptr %v7[%v800] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v802, %v1081 : f32, !llvm.ptr<3>
        }
        scf.if %v804 {
          %v1082 = llvm.getelementptr %v7[%v814] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v816, %v1082 : f32, !llvm.ptr<3>
        }
        scf.if %v818 {
          %v1083 = llvm.getelementptr %v7[%v828] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v830, %v1083 : f32, !llvm.ptr<3>
        }
        scf.if %v832 {
          %v1084 = llvm.getelementptr %v7[%v842] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v844, %v1084 : f32, !llvm.ptr<3>
        }
        scf.if %v846 {
          %v1085 = llvm.getelementptr %v7[%v856] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v858, %v1085 : f32, !llvm.ptr<3>
        }
        scf.if %v860 {
          %v1086 = llvm.getelementptr %v7[%v870] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v872, %v1086 : f32, !llvm.ptr<3>
        }
        scf.if %v874 {
          %v1087 = llvm.getelementptr %v7[%v884] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v886, %v1087 : f32, !llvm.ptr<3>
        }
        scf.if %v888 {
          %v1088 = llvm.getelementptr %v7[%v898] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v900, %v1088 : f32, !llvm.ptr<3>
        }
        scf.if %v902 {
          %v1089 = llvm.getelementptr %v7[%v912] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v914, %v1089 : f32, !llvm.ptr<3>
        }
        scf.if %v916 {
          %v1090 = llvm.getelementptr %v7[%v926] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v928, %v1090 : f32, !llvm.ptr<3>
        }
        scf.if %v930 {
          %v1091 = llvm.getelementptr %v7[%v940] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v942, %v1091 : f32, !llvm.ptr<3>
        }
        scf.if %v944 {
          %v1092 = llvm.getelementptr %v7[%v954] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v956, %v1092 : f32, !llvm.ptr<3>
        }
        scf.if %v958 {
          %v1093 = llvm.getelementptr %v7[%v968] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v970, %v1093 : f32, !llvm.ptr<3>
        }
        scf.if %v972 {
          %v1094 = llvm.getelementptr %v7[%v982] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v984, %v1094 : f32, !llvm.ptr<3>
        }
        scf.if %v986 {
          %v1095 = llvm.getelementptr %v7[%v996] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v998, %v1095 : f32, !llvm.ptr<3>
        }
        scf.if %v1000 {
          %v1096 = llvm.getelementptr %v7[%v1010] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1012, %v1096 : f32, !llvm.ptr<3>
        }
        scf.if %v1014 {
          %v1097 = llvm.getelementptr %v7[%v1024] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1026, %v1097 : f32, !llvm.ptr<3>
        }
        scf.if %v1028 {
          %v1098 = llvm.getelementptr %v7[%v1038] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1040, %v1098 : f32, !llvm.ptr<3>
        }
        scf.if %v1042 {
          %v1099 = llvm.getelementptr %v7[%v1052] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1054, %v1099 : f32, !llvm.ptr<3>
        }
        scf.if %v1056 {
          %v1100 = llvm.getelementptr %v7[%v1066] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1068, %v1100 : f32, !llvm.ptr<3>
        }
        %v1101 = arith.divui %v14, %v73 : i64
        %v1102 = arith.remui %v14, %v73 : i64
        %v1103 = arith.addi %v1101, %v26 : i64
        %v1104 = arith.constant true
        %v1106 = arith.addi %v1105, %v1103 : i64
        %v1107 = llvm.getelementptr %v6[%v1106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1108 = llvm.load %v1107 : !llvm.ptr<3> -> i64
        %v1109 = arith.addi %v78, %v1102 : i64
        %v1110 = arith.cmpi slt, %v1109, %size_L : i64
        %v1111 = arith.subi %size_L, %v1 : i64
        %v1112 = arith.minsi %v1109, %v1111 : i64
        %v1113 = arith.addi %v1108, %v1112 : i64
        %v1114 = arith.muli %v1106, %v120 : i64
        %v1115 = arith.addi %v1114, %v1102 : i64
        %v1116 = llvm.getelementptr %in_c_im[%v1113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1117 = llvm.load %v1116 : !llvm.ptr -> f32
        %v1118 = arith.addi %v1101, %v50 : i64
        %v1119 = arith.constant true
        %v1120 = arith.addi %v1105, %v1118 : i64
        %v1121 = llvm.getelementptr %v6[%v1120] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1122 = llvm.load %v1121 : !llvm.ptr<3> -> i64
        %v1123 = arith.addi %v78, %v1102 : i64
        %v1124 = arith.cmpi slt, %v1123, %size_L : i64
        %v1125 = arith.subi %size_L, %v1 : i64
        %v1126 = arith.minsi %v1123, %v1125 : i64
        %v1127 = arith.addi %v1122, %v1126 : i64
        %v1128 = arith.muli %v1120, %v120 : i64
        %v1129 = arith.addi %v1128, %v1102 : i64
        %v1130 = llvm.getelementptr %in_c_im[%v1127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1131 = llvm.load %v1130 : !llvm.ptr -> f32
        %v1132 = arith.addi %v1101, %v68 : i64
        %v1133 = arith.constant true
        %v1134 = arith.addi %v1105, %v1132 : i64
        %v1135 = llvm.getelementptr %v6[%v1134] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1136 = llvm.load %v1135 : !llvm.ptr<3> -> i64
        %v1137 = arith.addi %v78, %v1102 : i64
        %v1138 = arith.cmpi slt, %v1137, %size_L : i64
        %v1139 = arith.subi %size_L, %v1 : i64
        %v1140 = arith.minsi %v1137, %v1139 : i64
        %v1141 = arith.addi %v1136, %v1140 : i64
        %v1142 = arith.muli %v1134, %v120 : i64
        %v1143 = arith.addi %v1142, %v1102 : i64
        %v1144 = llvm.getelementptr %in_c_im[%v1141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1145 = llvm.load %v1144 : !llvm.ptr -> f32
        %v1146 = arith.addi %v1101, %v153 : i64
        %v1147 = arith.constant true
        %v1148 = arith.addi %v1105, %v1146 : i64
        %v1149 = llvm.getelementptr %v6[%v1148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1150 = llvm.load %v1149 : !llvm.ptr<3> -> i64
        %v1151 = arith.addi %v78, %v1102 : i64
        %v1152 = arith.cmpi slt, %v1151, %size_L : i64
        %v1153 = arith.subi %size_L, %v1 : i64
        %v1154 = arith.minsi %v1151, %v1153 : i64
        %v1155 = arith.addi %v1150, %v1154 : i64
        %v1156 = arith.muli %v1148, %v120 : i64
        %v1157 = arith.addi %v1156, %v1102 : i64
        %v1158 = llvm.getelementptr %in_c_im[%v1155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1159 = llvm.load %v1158 : !llvm.ptr -> f32
        %v1160 = arith.addi %v1101, %v168 : i64
        %v1161 = arith.constant true
        %v1162 = arith.addi %v1105, %v1160 : i64
        %v1163 = llvm.getelementptr %v6[%v1162] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1164 = llvm.load %v1163 : !llvm.ptr<3> -> i64
        %v1165 = arith.addi %v78, %v1102 : i64
        %v1166 = arith.cmpi slt, %v1165, %size_L : i64
        %v1167 = arith.subi %size_L, %v1 : i64
        %v1168 = arith.minsi %v1165, %v1167 : i64
        %v1169 = arith.addi %v1164, %v1168 : i64
        %v1170 = arith.muli %v1162, %v120 : i64
        %v1171 = arith.addi %v1170, %v1102 : i64
        %v1172 = llvm.getelementptr %in_c_im[%v1169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1173 = llvm.load %v1172 : !llvm.ptr -> f32
        %v1174 = arith.addi %v1101, %v183 : i64
        %v1175 = arith.constant true
        %v1176 = arith.addi %v1105, %v1174 : i64
        %v1177 = llvm.getelementptr %v6[%v1176] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1178 = llvm.load %v1177 : !llvm.ptr<3> -> i64
        %v1179 = arith.addi %v78, %v1102 : i64
        %v1180 = arith.cmpi slt, %v1179, %size_L : i64
        %v1181 = arith.subi %size_L, %v1 : i64
        %v1182 = arith.minsi %v1179, %v1181 : i64
        %v1183 = arith.addi %v1178, %v1182 : i64
        %v1184 = arith.muli %v1176, %v120 : i64
        %v1185 = arith.addi %v1184, %v1102 : i64
        %v1186 = llvm.getelementptr %in_c_im[%v1183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1187 = llvm.load %v1186 : !llvm.ptr -> f32
        %v1188 = arith.addi %v1101, %v198 : i64
        %v1189 = arith.constant true
        %v1190 = arith.addi %v1105, %v1188 : i64
        %v1191 = llvm.getelementptr %v6[%v1190] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1192 = llvm.load %v1191 : !llvm.ptr<3> -> i64
        %v1193 = arith.addi %v78, %v1102 : i64
        %v1194 = arith.cmpi slt, %v1193, %size_L : i64
        %v1195 = arith.subi %size_L, %v1 : i64
        %v1196 = arith.minsi %v1193, %v1195 : i64
        %v1197 = arith.addi %v1192, %v1196 : i64
        %v1198 = arith.muli %v1190, %v120 : i64
        %v1199 = arith.addi %v1198, %v1102 : i64
        %v1200 = llvm.getelementptr %in_c_im[%v1197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1201 = llvm.load %v1200 : !llvm.ptr -> f32
        %v1202 = arith.addi %v1101, %v213 : i64
        %v1203 = arith.constant true
        %v1204 = arith.addi %v1105, %v1202 : i64
        %v1205 = llvm.getelementptr %v6[%v1204] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1206 = llvm.load %v1205 : !llvm.ptr<3> -> i64
        %v1207 = arith.addi %v78, %v1102 : i64
        %v1208 = arith.cmpi slt, %v1207, %size_L : i64
        %v1209 = arith.subi %size_L, %v1 : i64
        %v1210 = arith.minsi %v1207, %v1209 : i64
        %v1211 = arith.addi %v1206, %v1210 : i64
        %v1212 = arith.muli %v1204, %v120 : i64
        %v1213 = arith.addi %v1212, %v1102 : i64
        %v1214 = llvm.getelementptr %in_c_im[%v1211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1215 = llvm.load %v1214 : !llvm.ptr -> f32
        %v1216 = arith.addi %v1101, %v228 : i64
        %v1217 = arith.constant true
        %v1218 = arith.addi %v1105, %v1216 : i64
        %v1219 = llvm.getelementptr %v6[%v1218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1220 = llvm.load %v1219 : !llvm.ptr<3> -> i64
        %v1221 = arith.addi %v78, %v1102 : i64
        %v1222 = arith.cmpi slt, %v1221, %size_L : i64
        %v1223 = arith.subi %size_L, %v1 : i64
        %v1224 = arith.minsi %v1221, %v1223 : i64
        %v1225 = arith.addi %v1220, %v1224 : i64
        %v1226 = arith.muli %v1218, %v120 : i64
        %v1227 = arith.addi %v1226, %v1102 : i64
        %v1228 = llvm.getelementptr %in_c_im[%v1225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1229 = llvm.load %v1228 : !llvm.ptr -> f32
        %v1230 = arith.addi %v1101, %v243 : i64
        %v1231 = arith.constant true
        %v1232 = arith.addi %v1105, %v1230 : i64
        %v1233 = llvm.getelementptr %v6[%v1232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1234 = llvm.load %v1233 : !llvm.ptr<3> -> i64
        %v1235 = arith.addi %v78, %v1102 : i64
        %v1236 = arith.cmpi slt, %v1235, %size_L : i64
        %v1237 = arith.subi %size_L, %v1 : i64
        %v1238 = arith.minsi %v1235, %v1237 : i64
        %v1239 = arith.addi %v1234, %v1238 : i64
        %v1240 = arith.muli %v1232, %v120 : i64
        %v1241 = arith.addi %v1240, %v1102 : i64
        %v1242 = llvm.getelementptr %in_c_im[%v1239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1243 = llvm.load %v1242 : !llvm.ptr -> f32
        %v1244 = arith.addi %v1101, %v258 : i64
        %v1245 = arith.constant true
        %v1246 = arith.addi %v1105, %v1244 : i64
        %v1247 = llvm.getelementptr %v6[%v1246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1248 = llvm.load %v1247 : !llvm.ptr<3> -> i64
        %v1249 = arith.addi %v78, %v1102 : i64
        %v1250 = arith.cmpi slt, %v1249, %size_L : i64
        %v1251 = arith.subi %size_L, %v1 : i64
        %v1252 = arith.minsi %v1249, %v1251 : i64
        %v1253 = arith.addi %v1248, %v1252 : i64
        %v1254 = arith.muli %v1246, %v120 : i64
        %v1255 = arith.addi %v1254, %v1102 : i64
        %v1256 = llvm.getelementptr %in_c_im[%v1253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1257 = llvm.load %v1256 : !llvm.ptr -> f32
        %v1258 = arith.addi %v1101, %v273 : i64
        %v1259 = arith.constant true
        %v1260 = arith.addi %v1105, %v1258 : i64
        %v1261 = llvm.getelementptr %v6[%v1260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1262 = llvm.load %v1261 : !llvm.ptr<3> -> i64
        %v1263 = arith.addi %v78, %v1102 : i64
        %v1264 = arith.cmpi slt, %v1263, %size_L : i64
        %v1265 = arith.subi %size_L, %v1 : i64
        %v1266 = arith.minsi %v1263, %v1265 : i64
        %v1267 = arith.addi %v1262, %v1266 : i64
        %v1268 = arith.muli %v1260, %v120 : i64
        %v1269 = arith.addi %v1268, %v1102 : i64
        %v1270 = llvm.getelementptr %in_c_im[%v1267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1271 = llvm.load %v1270 : !llvm.ptr -> f32
        %v1272 = arith.addi %v1101, %v288 : i64
        %v1273 = arith.constant true
        %v1274 = arith.addi %v1105, %v1272 : i64
        %v1275 = llvm.getelementptr %v6[%v1274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1276 = llvm.load %v1275 : !llvm.ptr<3> -> i64
        %v1277 = arith.addi %v78, %v1102 : i64
        %v1278 = arith.cmpi slt, %v1277, %size_L : i64
        %v1279 = arith.subi %size_L, %v1 : i64
        %v1280 = arith.minsi %v1277, %v1279 : i64
        %v1281 = arith.addi %v1276, %v1280 : i64
        %v1282 = arith.muli %v1274, %v120 : i64
        %v1283 = arith.addi %v1282, %v1102 : i64
        %v1284 = llvm.getelementptr %in_c_im[%v1281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1285 = llvm.load %v1284 : !llvm.ptr -> f32
        %v1286 = arith.addi %v1101, %v303 : i64
        %v1287 = arith.constant true
        %v1288 = arith.addi %v1105, %v1286 : i64
        %v1289 = llvm.getelementptr %v6[%v1288] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1290 = llvm.load %v1289 : !llvm.ptr<3> -> i64
        %v1291 = arith.addi %v78, %v1102 : i64
        %v1292 = arith.cmpi slt, %v1291, %size_L : i64
        %v1293 = arith.subi %size_L, %v1 : i64
        %v1294 = arith.minsi %v1291, %v1293 : i64
        %v1295 = arith.addi %v1290, %v1294 : i64
        %v1296 = arith.muli %v1288, %v120 : i64
        %v1297 = arith.addi %v1296, %v1102 : i64
        %v1298 = llvm.getelementptr %in_c_im[%v1295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1299 = llvm.load %v1298 : !llvm.ptr -> f32
        %v1300 = arith.addi %v1101, %v318 : i64
        %v1301 = arith.constant true
        %v1302 = arith.addi %v1105, %v1300 : i64
        %v1303 = llvm.getelementptr %v6[%v1302] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1304 = llvm.load %v1303 : !llvm.ptr<3> -> i64
        %v1305 = arith.addi %v78, %v1102 : i64
        %v1306 = arith.cmpi slt, %v1305, %size_L : i64
        %v1307 = arith.subi %size_L, %v1 : i64
        %v1308 = arith.minsi %v1305, %v1307 : i64
        %v1309 = arith.addi %v1304, %v1308 : i64
        %v1310 = arith.muli %v1302, %v120 : i64
        %v1311 = arith.addi %v1310, %v1102 : i64
        %v1312 = llvm.getelementptr %in_c_im[%v1309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1313 = llvm.load %v1312 : !llvm.ptr -> f32
        %v1314 = arith.addi %v1101, %v333 : i64
        %v1315 = arith.constant true
        %v1316 = arith.addi %v1105, %v1314 : i64
        %v1317 = llvm.getelementptr %v6[%v1316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1318 = llvm.load %v1317 : !llvm.ptr<3> -> i64
        %v1319 = arith.addi %v78, %v1102 : i64
        %v1320 = arith.cmpi slt, %v1319, %size_L : i64
        %v1321 = arith.subi %size_L, %v1 : i64
        %v1322 = arith.minsi %v1319, %v1321 : i64
        %v1323 = arith.addi %v1318, %v1322 : i64
        %v1324 = arith.muli %v1316, %v120 : i64
        %v1325 = arith.addi %v1324, %v1102 : i64
        %v1326 = llvm.getelementptr %in_c_im[%v1323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1327 = llvm.load %v1326 : !llvm.ptr -> f32
        %v1328 = arith.addi %v1101, %v73 : i64
        %v1329 = arith.constant true
        %v1330 = arith.addi %v1105, %v1328 : i64
        %v1331 = llvm.getelementptr %v6[%v1330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1332 = llvm.load %v1331 : !llvm.ptr<3> -> i64
        %v1333 = arith.addi %v78, %v1102 : i64
        %v1334 = arith.cmpi slt, %v1333, %size_L : i64
        %v1335 = arith.subi %size_L, %v1 : i64
        %v1336 = arith.minsi %v1333, %v1335 : i64
        %v1337 = arith.addi %v1332, %v1336 : i64
        %v1338 = arith.muli %v1330, %v120 : i64
        %v1339 = arith.addi %v1338, %v1102 : i64
        %v1340 = llvm.getelementptr %in_c_im[%v1337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1341 = llvm.load %v1340 : !llvm.ptr -> f32
        %v1342 = arith.addi %v1101, %v362 : i64
        %v1343 = arith.constant true
        %v1344 = arith.addi %v1105, %v1342 : i64
        %v1345 = llvm.getelementptr %v6[%v1344] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1346 = llvm.load %v1345 : !llvm.ptr<3> -> i64
        %v1347 = arith.addi %v78, %v1102 : i64
        %v1348 = arith.cmpi slt, %v1347, %size_L : i64
        %v1349 = arith.subi %size_L, %v1 : i64
        %v1350 = arith.minsi %v1347, %v1349 : i64
        %v1351 = arith.addi %v1346, %v1350 : i64
        %v1352 = arith.muli %v1344, %v120 : i64
        %v1353 = arith.addi %v1352, %v1102 : i64
        %v1354 = llvm.getelementptr %in_c_im[%v1351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1355 = llvm.load %v1354 : !llvm.ptr -> f32
        %v1356 = arith.addi %v1101, %v377 : i64
        %v1357 = arith.constant true
        %v1358 = arith.addi %v1105, %v1356 : i64
        %v1359 = llvm.getelementptr %v6[%v1358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1360 = llvm.load %v1359 : !llvm.ptr<3> -> i64
        %v1361 = arith.addi %v78, %v1102 : i64
        %v1362 = arith.cmpi slt, %v1361, %size_L : i64
        %v1363 = arith.subi %size_L, %v1 : i64
        %v1364 = arith.minsi %v1361, %v1363 : i64
        %v1365 = arith.addi %v1360, %v1364 : i64
        %v1366 = arith.muli %v1358, %v120 : i64
        %v1367 = arith.addi %v1366, %v1102 : i64
        %v1368 = llvm.getelementptr %in_c_im[%v1365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1369 = llvm.load %v1368 : !llvm.ptr -> f32
        %v1370 = arith.addi %v1101, %v392 : i64
        %v1371 = arith.constant true
        %v1372 = arith.addi %v1105, %v1370 : i64
        %v1373 = llvm.getelementptr %v6[%v1372] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1374 = llvm.load %v1373 : !llvm.ptr<3> -> i64
        %v1375 = arith.addi %v78, %v1102 : i64
        %v1376 = arith.cmpi slt, %v1375, %size_L : i64
        %v1377 = arith.subi %size_L, %v1 : i64
        %v1378 = arith.minsi %v1375, %v1377 : i64
        %v1379 = arith.addi %v1374, %v1378 : i64
        %v1380 = arith.muli %v1372, %v120 : i64
        %v1381 = arith.addi %v1380, %v1102 : i64
        %v1382 = llvm.getelementptr %in_c_im[%v1379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1383 = llvm.load %v1382 : !llvm.ptr -> f32
        %v1384 = arith.addi %v1101, %v407 : i64
        %v1385 = arith.constant true
        %v1386 = arith.addi %v1105, %v1384 : i64
        %v1387 = llvm.getelementptr %v6[%v1386] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1388 = llvm.load %v1387 : !llvm.ptr<3> -> i64
        %v1389 = arith.addi %v78, %v1102 : i64
        %v1390 = arith.cmpi slt, %v1389, %size_L : i64
        %v1391 = arith.subi %size_L, %v1 : i64
        %v1392 = arith.minsi %v1389, %v1391 : i64
        %v1393 = arith.addi %v1388, %v1392 : i64
        %v1394 = arith.muli %v1386, %v120 : i64
        %v1395 = arith.addi %v1394, %v1102 : i64
        %v1396 = llvm.getelementptr %in_c_im[%v1393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1397 = llvm.load %v1396 : !llvm.ptr -> f32
        %v1398 = arith.addi %v1101, %v422 : i64
        %v1399 = arith.constant true
        %v1400 = arith.addi %v1105, %v1398 : i64
        %v1401 = llvm.getelementptr %v6[%v1400] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1402 = llvm.load %v1401 : !llvm.ptr<3> -> i64
        %v1403 = arith.addi %v78, %v1102 : i64
        %v1404 = arith.cmpi slt, %v1403, %size_L : i64
        %v1405 = arith.subi %size_L, %v1 : i64
        %v1406 = arith.minsi %v1403, %v1405 : i64
        %v1407 = arith.addi %v1402, %v1406 : i64
        %v1408 = arith.muli %v1400, %v120 : i64
        %v1409 = arith.addi %v1408, %v1102 : i64
        %v1410 = llvm.getelementptr %in_c_im[%v1407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1411 = llvm.load %v1410 : !llvm.ptr -> f32
        %v1412 = arith.addi %v1101, %v437 : i64
        %v1413 = arith.constant true
        %v1414 = arith.addi %v1105, %v1412 : i64
        %v1415 = llvm.getelementptr %v6[%v1414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1416 = llvm.load %v1415 : !llvm.ptr<3> -> i64
        %v1417 = arith.addi %v78, %v1102 : i64
        %v1418 = arith.cmpi slt, %v1417, %size_L : i64
        %v1419 = arith.subi %size_L, %v1 : i64
        %v1420 = arith.minsi %v1417, %v1419 : i64
        %v1421 = arith.addi %v1416, %v1420 : i64
        %v1422 = arith.muli %v1414, %v120 : i64
        %v1423 = arith.addi %v1422, %v1102 : i64
        %v1424 = llvm.getelementptr %in_c_im[%v1421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1425 = llvm.load %v1424 : !llvm.ptr -> f32
        %v1426 = arith.addi %v1101, %v452 : i64
        %v1427 = arith.constant true
        %v1428 = arith.addi %v1105, %v1426 : i64
        %v1429 = llvm.getelementptr %v6[%v1428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1430 = llvm.load %v1429 : !llvm.ptr<3> -> i64
        %v1431 = arith.addi %v78, %v1102 : i64
        %v1432 = arith.cmpi slt, %v1431, %size_L : i64
        %v1433 = arith.subi %size_L, %v1 : i64
        %v1434 = arith.minsi %v1431, %v1433 : i64
        %v1435 = arith.addi %v1430, %v1434 : i64
        %v1436 = arith.muli %v1428, %v120 : i64
        %v1437 = arith.addi %v1436, %v1102 : i64
        %v1438 = llvm.getelementptr %in_c_im[%v1435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1439 = llvm.load %v1438 : !llvm.ptr -> f32
        %v1440 = arith.addi %v1101, %v467 : i64
        %v1441 = arith.constant true
        %v1442 = arith.addi %v1105, %v1440 : i64
        %v1443 = llvm.getelementptr %v6[%v1442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1444 = llvm.load %v1443 : !llvm.ptr<3> -> i64
        %v1445 = arith.addi %v78, %v1102 : i64
        %v1446 = arith.cmpi slt, %v1445, %size_L : i64
        %v1447 = arith.subi %size_L, %v1 : i64
        %v1448 = arith.minsi %v1445, %v1447 : i64
        %v1449 = arith.addi %v1444, %v1448 : i64
        %v1450 = arith.muli %v1442, %v120 : i64
        %v1451 = arith.addi %v1450, %v1102 : i64
        %v1452 = llvm.getelementptr %in_c_im[%v1449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1453 = llvm.load %v1452 : !llvm.ptr -> f32
        %v1454 = arith.addi %v1101, %v482 : i64
        %v1455 = arith.constant true
        %v1456 = arith.addi %v1105, %v1454 : i64
        %v1457 = llvm.getelementptr %v6[%v1456] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1458 = llvm.load %v1457 : !llvm.ptr<3> -> i64
        %v1459 = arith.addi %v78, %v1102 : i64
        %v1460 = arith.cmpi slt, %v1459, %size_L : i64
        %v1461 = arith.subi %size_L, %v1 : i64
        %v1462 = arith.minsi %v1459, %v1461 : i64
        %v1463 = arith.addi %v1458, %v1462 : i64
        %v1464 = arith.muli %v1456, %v120 : i64
        %v1465 = arith.addi %v1464, %v1102 : i64
        %v1466 = llvm.getelementptr %in_c_im[%v1463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1467 = llvm.load %v1466 : !llvm.ptr -> f32
        %v1468 = arith.addi %v1101, %v497 : i64
        %v1469 = arith.constant true
        %v1470 = arith.addi %v1105, %v1468 : i64
        %v1471 = llvm.getelementptr %v6[%v1470] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1472 = llvm.load %v1471 : !llvm.ptr<3> -> i64
        %v1473 = arith.addi %v78, %v1102 : i64
        %v1474 = arith.cmpi slt, %v1473, %size_L : i64
        %v1475 = arith.subi %size_L, %v1 : i64
        %v1476 = arith.minsi %v1473, %v1475 : i64
        %v1477 = arith.addi %v1472, %v1476 : i64
        %v1478 = arith.muli %v1470, %v120 : i64
        %v1479 = arith.addi %v1478, %v1102 : i64
        %v1480 = llvm.getelementptr %in_c_im[%v1477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1481 = llvm.load %v1480 : !llvm.ptr -> f32
        %v1482 = arith.addi %v1101, %v512 : i64
        %v1483 = arith.constant true
        %v1484 = arith.addi %v1105, %v1482 : i64
        %v1485 = llvm.getelementptr %v6[%v1484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1486 = llvm.load %v1485 : !llvm.ptr<3> -> i64
        %v1487 = arith.addi %v78, %v1102 : i64
        %v1488 = arith.cmpi slt, %v1487, %size_L : i64
        %v1489 = arith.subi %size_L, %v1 : i64
        %v1490 = arith.minsi %v1487, %v1489 : i64
        %v1491 = arith.addi %v1486, %v1490 : i64
        %v1492 = arith.muli %v1484, %v120 : i64
        %v1493 = arith.addi %v1492, %v1102 : i64
        %v1494 = llvm.getelementptr %in_c_im[%v1491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1495 = llvm.load %v1494 : !llvm.ptr -> f32
        %v1496 = arith.addi %v1101, %v527 : i64
        %v1497 = arith.constant true
        %v1498 = arith.addi %v1105, %v1496 : i64
        %v1499 = llvm.getelementptr %v6[%v1498] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1500 = llvm.load %v1499 : !llvm.ptr<3> -> i64
        %v1501 = arith.addi %v78, %v1102 : i64
        %v1502 = arith.cmpi slt, %v1501, %size_L : i64
        %v1503 = arith.subi %size_L, %v1 : i64
        %v1504 = arith.minsi %v1501, %v1503 : i64
        %v1505 = arith.addi %v1500, %v1504 : i64
        %v1506 = arith.muli %v1498, %v120 : i64
        %v1507 = arith.addi %v1506, %v1102 : i64
        %v1508 = llvm.getelementptr %in_c_im[%v1505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1509 = llvm.load %v1508 : !llvm.ptr -> f32
        %v1510 = arith.addi %v1101, %v542 : i64
        %v1511 = arith.constant true
        %v1512 = arith.addi %v1105, %v1510 : i64
        %v1513 = llvm.getelementptr %v6[%v1512] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1514 = llvm.load %v1513 : !llvm.ptr<3> -> i64
        %v1515 = arith.addi %v78, %v1102 : i64
        %v1516 = arith.cmpi slt, %v1515, %size_L : i64
        %v1517 = arith.subi %size_L, %v1 : i64
        %v1518 = arith.minsi %v1515, %v1517 : i64
        %v1519 = arith.addi %v1514, %v1518 : i64
        %v1520 = arith.muli %v1512, %v120 : i64
        %v1521 = arith.addi %v1520, %v1102 : i64
        %v1522 = llvm.getelementptr %in_c_im[%v1519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1523 = llvm.load %v1522 : !llvm.ptr -> f32
        %v1524 = arith.addi %v1101, %v557 : i64
        %v1525 = arith.constant true
        %v1526 = arith.addi %v1105, %v1524 : i64
        %v1527 = llvm.getelementptr %v6[%v1526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1528 = llvm.load %v1527 : !llvm.ptr<3> -> i64
        %v1529 = arith.addi %v78, %v1102 : i64
        %v1530 = arith.cmpi slt, %v1529, %size_L : i64
        %v1531 = arith.subi %size_L, %v1 : i64
        %v1532 = arith.minsi %v1529, %v1531 : i64
        %v1533 = arith.addi %v1528, %v1532 : i64
        %v1534 = arith.muli %v1526, %v120 : i64
        %v1535 = arith.addi %v1534, %v1102 : i64
        %v1536 = llvm.getelementptr %in_c_im[%v1533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1537 = llvm.load %v1536 : !llvm.ptr -> f32
        %v1538 = arith.addi %v1101, %v572 : i64
        %v1539 = arith.constant true
        %v1540 = arith.addi %v1105, %v1538 : i64
        %v1541 = llvm.getelementptr %v6[%v1540] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1542 = llvm.load %v1541 : !llvm.ptr<3> -> i64
        %v1543 = arith.addi %v78, %v1102 : i64
        %v1544 = arith.cmpi slt, %v1543, %size_L : i64
        %v1545 = arith.subi %size_L, %v1 : i64
        %v1546 = arith.minsi %v1543, %v1545 : i64
        %v1547 = arith.addi %v1542, %v1546 : i64
        %v1548 = arith.muli %v1540, %v120 : i64
        %v1549 = arith.addi %v1548, %v1102 : i64
        %v1550 = llvm.getelementptr %in_c_im[%v1547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1551 = llvm.load %v1550 : !llvm.ptr -> f32
        scf.if %v1104 {
          %v1552 = llvm.getelementptr %v7[%v1115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1117, %v1552 : f32, !llvm.ptr<3>
        }
        scf.if %v1119 {
          %v1553 = llvm.getelementptr %v7[%v1129] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1131, %v1553 : f32, !llvm.ptr<3>
        }
        scf.if %v1133 {
          %v1554 = llvm.getelementptr %v7[%v1143] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1145, %v1554 : f32, !llvm.ptr<3>
        }
        scf.if %v1147 {
          %v1555 = llvm.getelementptr %v7[%v1157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1159, %v1555 : f32, !llvm.ptr<3>
        }
        scf.if %v1161 {
          %v1556 = llvm.getelementptr %v7[%v1171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1173, %v1556 : f32, !llvm.ptr<3>
        }
        scf.if %v1175 {
          %v1557 = llvm.getelementptr %v7[%v1185] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1187, %v1557 : f32, !llvm.ptr<3>
        }
        scf.if %v1189 {
          %v1558 = llvm.getelementptr %v7[%v1199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1201, %v1558 : f32, !llvm.ptr<3>
        }
        scf.if %v1203 {
          %v1559 = llvm.getelementptr %v7[%v1213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1215, %v1559 : f32, !llvm.ptr<3>
        }
        scf.if %v1217 {
          %v1560 = llvm.getelementptr %v7[%v1227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1229, %v1560 : f32, !llvm.ptr<3>
        }
        scf.if %v1231 {
          %v1561 = llvm.getelementptr %v7[%v1241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1243, %v1561 : f32, !llvm.ptr<3>
        }
        scf.if %v1245 {
          %v1562 = llvm.getelementptr %v7[%v1255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1257, %v1562 : f32, !llvm.ptr<3>
        }
        scf.if %v1259 {
          %v1563 = llvm.getelementptr %v7[%v1269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1271, %v1563 : f32, !llvm.ptr<3>
        }
        scf.if %v1273 {
          %v1564 = llvm.getelementptr %v7[%v1283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1285, %v1564 : f32, !llvm.ptr<3>
        }
        scf.if %v1287 {
          %v1565 = llvm.getelementptr %v7[%v1297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1299, %v1565 : f32, !llvm.ptr<3>
        }
        scf.if %v1301 {
          %v1566 = llvm.getelementptr %v7[%v1311] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1313, %v1566 : f32, !llvm.ptr<3>
        }
        scf.if %v1315 {
          %v1567 = llvm.getelementptr %v7[%v1325] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1327, %v1567 : f32, !llvm.ptr<3>
        }
        scf.if %v1329 {
          %v1568 = llvm.getelementptr %v7[%v1339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1341, %v1568 : f32, !llvm.ptr<3>
        }
        scf.if %v1343 {
          %v1569 = llvm.getelementptr %v7[%v1353] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1355, %v1569 : f32, !llvm.ptr<3>
        }
        scf.if %v1357 {
          %v1570 = llvm.getelementptr %v7[%v1367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1369, %v1570 : f32, !llvm.ptr<3>
        }
        scf.if %v1371 {
          %v1571 = llvm.getelementptr %v7[%v1381] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1383, %v1571 : f32, !llvm.ptr<3>
        }
        scf.if %v1385 {
          %v1572 = llvm.getelementptr %v7[%v1395] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1397, %v1572 : f32, !llvm.ptr<3>
        }
        scf.if %v1399 {
          %v1573 = llvm.getelementptr %v7[%v1409] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1411, %v1573 : f32, !llvm.ptr<3>
        }
        scf.if %v1413 {
          %v1574 = llvm.getelementptr %v7[%v1423] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1425, %v1574 : f32, !llvm.ptr<3>
        }
        scf.if %v1427 {
          %v1575 = llvm.getelementptr %v7[%v1437] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1439, %v1575 : f32, !llvm.ptr<3>
        }
        scf.if %v1441 {
          %v1576 = llvm.getelementptr %v7[%v1451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1453, %v1576 : f32, !llvm.ptr<3>
        }
        scf.if %v1455 {
          %v1577 = llvm.getelementptr %v7[%v1465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1467, %v1577 : f32, !llvm.ptr<3>
        }
        scf.if %v1469 {
          %v1578 = llvm.getelementptr %v7[%v1479] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1481, %v1578 : f32, !llvm.ptr<3>
        }
        scf.if %v1483 {
          %v1579 = llvm.getelementptr %v7[%v1493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1495, %v1579 : f32, !llvm.ptr<3>
        }
        scf.if %v1497 {
          %v1580 = llvm.getelementptr %v7[%v1507] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1509, %v1580 : f32, !llvm.ptr<3>
        }
        scf.if %v1511 {
          %v1581 = llvm.getelementptr %v7[%v1521] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1523, %v1581 : f32, !llvm.ptr<3>
        }
        scf.if %v1525 {
          %v1582 = llvm.getelementptr %v7[%v1535] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1537, %v1582 : f32, !llvm.ptr<3>
        }
        scf.if %v1539 {
          %v1583 = llvm.getelementptr %v7[%v1549] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1551, %v1583 : f32, !llvm.ptr<3>
        }
        %v1584 = arith.divui %v14, %v73 : i64
        %v1585 = arith.remui %v14, %v73 : i64
        %v1586 = arith.addi %v1584, %v26 : i64
        %v1587 = arith.constant true
        %v1589 = arith.addi %v1588, %v1586 : i64
        %v1590 = llvm.getelementptr %v6[%v1589] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1591 = llvm.load %v1590 : !llvm.ptr<3> -> i64
        %v1592 = arith.addi %v78, %v1585 : i64
        %v1593 = arith.cmpi slt, %v1592, %size_L : i64
        %v1594 = arith.subi %size_L, %v1 : i64
        %v1595 = arith.minsi %v1592, %v1594 : i64
        %v1596 = arith.addi %v1591, %v1595 : i64
        %v1597 = arith.muli %v1589, %v120 : i64
        %v1598 = arith.addi %v1597, %v1585 : i64
        %v1599 = llvm.getelementptr %in_g_re[%v1596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1600 = llvm.load %v1599 : !llvm.ptr -> f32
        %v1601 = arith.addi %v1584, %v50 : i64
        %v1602 = arith.constant true
        %v1603 = arith.addi %v1588, %v1601 : i64
        %v1604 = llvm.getelementptr %v6[%v1603] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1605 = llvm.load %v1604 : !llvm.ptr<3> -> i64
        %v1606 = arith.addi %v78, %v1585 : i64
        %v1607 = arith.cmpi slt, %v1606, %size_L : i64
        %v1608 = arith.subi %size_L, %v1 : i64
        %v1609 = arith.minsi %v1606, %v1608 : i64
        %v1610 = arith.addi %v1605, %v1609 : i64
        %v1611 = arith.muli %v1603, %v120 : i64
        %v1612 = arith.addi %v1611, %v1585 : i64
        %v1613 = llvm.getelementptr %in_g_re[%v1610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1614 = llvm.load %v1613 : !llvm.ptr -> f32
        %v1615 = arith.addi %v1584, %v68 : i64
        %v1616 = arith.constant true
        %v1617 = arith.addi %v1588, %v1615 : i64
        %v1618 = llvm.getelementptr %v6[%v1617] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1619 = llvm.load %v1618 : !llvm.ptr<3> -> i64
        %v1620 = arith.addi %v78, %v1585 : i64
        %v1621 = arith.cmpi slt, %v1620, %size_L : i64
        %v1622 = arith.subi %size_L, %v1 : i64
        %v1623 = arith.minsi %v1620, %v1622 : i64
        %v1624 = arith.addi %v1619, %v1623 : i64
        %v1625 = arith.muli %v1617, %v120 : i64
        %v1626 = arith.addi %v1625, %v1585 : i64
        %v1627 = llvm.getelementptr %in_g_re[%v1624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1628 = llvm.load %v1627 : !llvm.ptr -> f32
        %v1629 = arith.addi %v1584, %v153 : i64
        %v1630 = arith.constant true
        %v1631 = arith.addi %v1588, %v1629 : i64
        %v1632 = llvm.getelementptr %v6[%v1631] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1633 = llvm.load %v1632 : !llvm.ptr<3> -> i64
        %v1634 = arith.addi %v78, %v1585 : i64
        %v1635 = arith.cmpi slt, %v1634, %size_L : i64
        %v1636 = arith.subi %size_L, %v1 : i64
        %v1637 = arith.minsi %v1634, %v1636 : i64
        %v1638 = arith.addi %v1633, %v1637 : i64
        %v1639 = arith.muli %v1631, %v120 : i64
        %v1640 = arith.addi %v1639, %v1585 : i64
        %v1641 = llvm.getelementptr %in_g_re[%v1638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1642 = llvm.load %v1641 : !llvm.ptr -> f32
        %v1643 = arith.addi %v1584, %v168 : i64
        %v1644 = arith.constant true
        %v1645 = arith.addi %v1588, %v1643 : i64
        %v1646 = llvm.getelementptr %v6[%v1645] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1647 = llvm.load %v1646 : !llvm.ptr<3> -> i64
        %v1648 = arith.addi %v78, %v1585 : i64
        %v1649 = arith.cmpi slt, %v1648, %size_L : i64
        %v1650 = arith.subi %size_L, %v1 : i64
        %v1651 = arith.minsi %v1648, %v1650 : i64
        %v1652 = arith.addi %v1647, %v1651 : i64
        %v1653 = arith.muli %v1645, %v120 : i64
        %v1654 = arith.addi %v1653, %v1585 : i64
        %v1655 = llvm.getelementptr %in_g_re[%v1652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1656 = llvm.load %v1655 : !llvm.ptr -> f32
        %v1657 = arith.addi %v1584, %v183 : i64
        %v1658 = arith.constant true
        %v1659 = arith.addi %v1588, %v1657 : i64
        %v1660 = llvm.getelementptr %v6[%v1659] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1661 = llvm.load %v1660 : !llvm.ptr<3> -> i64
        %v1662 = arith.addi %v78, %v1585 : i64
        %v1663 = arith.cmpi slt, %v1662, %size_L : i64
        %v1664 = arith.subi %size_L, %v1 : i64
        %v1665 = arith.minsi %v1662, %v1664 : i64
        %v1666 = arith.addi %v1661, %v1665 : i64
        %v1667 = arith.muli %v1659, %v120 : i64
        %v1668 = arith.addi %v1667, %v1585 : i64
        %v1669 = llvm.getelementptr %in_g_re[%v1666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1670 = llvm.load %v1669 : !llvm.ptr -> f32
        %v1671 = arith.addi %v1584, %v198 : i64
        %v1672 = arith.constant true
        %v1673 = arith.addi %v1588, %v1671 : i64
        %v1674 = llvm.getelementptr %v6[%v1673] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1675 = llvm.load %v1674 : !llvm.ptr<3> -> i64
        %v1676 = arith.addi %v78, %v1585 : i64
        %v1677 = arith.cmpi slt, %v1676, %size_L : i64
        %v1678 = arith.subi %size_L, %v1 : i64
        %v1679 = arith.minsi %v1676, %v1678 : i64
        %v1680 = arith.addi %v1675, %v1679 : i64
        %v1681 = arith.muli %v1673, %v120 : i64
        %v1682 = arith.addi %v1681, %v1585 : i64
        %v1683 = llvm.getelementptr %in_g_re[%v1680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1684 = llvm.load %v1683 : !llvm.ptr -> f32
        %v1685 = arith.addi %v1584, %v213 : i64
        %v1686 = arith.constant true
        %v1687 = arith.addi %v1588, %v1685 : i64
        %v1688 = llvm.getelementptr %v6[%v1687] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1689 = llvm.load %v1688 : !llvm.ptr<3> -> i64
        %v1690 = arith.addi %v78, %v1585 : i64
        %v1691 = arith.cmpi slt, %v1690, %size_L : i64
        %v1692 = arith.subi %size_L, %v1 : i64
        %v1693 = arith.minsi %v1690, %v1692 : i64
        %v1694 = arith.addi %v1689, %v1693 : i64
        %v1695 = arith.muli %v1687, %v120 : i64
        %v1696 = arith.addi %v1695, %v1585 : i64
        %v1697 = llvm.getelementptr %in_g_re[%v1694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1698 = llvm.load %v1697 : !llvm.ptr -> f32
        %v1699 = arith.addi %v1584, %v228 : i64
        %v1700 = arith.constant true
        %v1701 = arith.addi %v1588, %v1699 : i64
        %v1702 = llvm.getelementptr %v6[%v1701] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1703 = llvm.load %v1702 : !llvm.ptr<3> -> i64
        %v1704 = arith.addi %v78, %v1585 : i64
        %v1705 = arith.cmpi slt, %v1704, %size_L : i64
        %v1706 = arith.subi %size_L, %v1 : i64
        %v1707 = arith.minsi %v1704, %v1706 : i64
        %v1708 = arith.addi %v1703, %v1707 : i64
        %v1709 = arith.muli %v1701, %v120 : i64
        %v1710 = arith.addi %v1709, %v1585 : i64
        %v1711 = llvm.getelementptr %in_g_re[%v1708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1712 = llvm.load %v1711 : !llvm.ptr -> f32
        %v1713 = arith.addi %v1584, %v243 : i64
        %v1714 = arith.constant true
        %v1715 = arith.addi %v1588, %v1713 : i64
        %v1716 = llvm.getelementptr %v6[%v1715] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1717 = llvm.load %v1716 : !llvm.ptr<3> -> i64
        %v1718 = arith.addi %v78, %v1585 : i64
        %v1719 = arith.cmpi slt, %v1718, %size_L : i64
        %v1720 = arith.subi %size_L, %v1 : i64
        %v1721 = arith.minsi %v1718, %v1720 : i64
        %v1722 = arith.addi %v1717, %v1721 : i64
        %v1723 = arith.muli %v1715, %v120 : i64
        %v1724 = arith.addi %v1723, %v1585 : i64
        %v1725 = llvm.getelementptr %in_g_re[%v1722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1726 = llvm.load %v1725 : !llvm.ptr -> f32
        %v1727 = arith.addi %v1584, %v258 : i64
        %v1728 = arith.constant true
        %v1729 = arith.addi %v1588, %v1727 : i64
        %v1730 = llvm.getelementptr %v6[%v1729] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1731 = llvm.load %v1730 : !llvm.ptr<3> -> i64
        %v1732 = arith.addi %v78, %v1585 : i64
        %v1733 = arith.cmpi slt, %v1732, %size_L : i64
        %v1734 = arith.subi %size_L, %v1 : i64
        %v1735 = arith.minsi %v1732, %v1734 : i64
        %v1736 = arith.addi %v1731, %v1735 : i64
        %v1737 = arith.muli %v1729, %v120 : i64
        %v1738 = arith.addi %v1737, %v1585 : i64
        %v1739 = llvm.getelementptr %in_g_re[%v1736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1740 = llvm.load %v1739 : !llvm.ptr -> f32
        %v1741 = arith.addi %v1584, %v273 : i64
        %v1742 = arith.constant true
        %v1743 = arith.addi %v1588, %v1741 : i64
        %v1744 = llvm.getelementptr %v6[%v1743] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1745 = llvm.load %v1744 : !llvm.ptr<3> -> i64
        %v1746 = arith.addi %v78, %v1585 : i64
        %v1747 = arith.cmpi slt, %v1746, %size_L : i64
        %v1748 = arith.subi %size_L, %v1 : i64
        %v1749 = arith.minsi %v1746, %v1748 : i64
        %v1750 = arith.addi %v1745, %v1749 : i64
        %v1751 = arith.muli %v1743, %v120 : i64
        %v1752 = arith.addi %v1751, %v1585 : i64
        %v1753 = llvm.getelementptr %in_g_re[%v1750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1754 = llvm.load %v1753 : !llvm.ptr -> f32
        %v1755 = arith.addi %v1584, %v288 : i64
        %v1756 = arith.constant true
        %v1757 = arith.addi %v1588, %v1755 : i64
        %v1758 = llvm.getelementptr %v6[%v1757] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1759 = llvm.load %v1758 : !llvm.ptr<3> -> i64
        %v1760 = arith.addi %v78, %v1585 : i64
        %v1761 = arith.cmpi slt, %v1760, %size_L : i64
        %v1762 = arith.subi %size_L, %v1 : i64
        %v1763 = arith.minsi %v1760, %v1762 : i64
        %v1764 = arith.addi %v1759, %v1763 : i64
        %v1765 = arith.muli %v1757, %v120 : i64
        %v1766 = arith.addi %v1765, %v1585 : i64
        %v1767 = llvm.getelementptr %in_g_re[%v1764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1768 = llvm.load %v1767 : !llvm.ptr -> f32
        %v1769 = arith.addi %v1584, %v303 : i64
        %v1770 = arith.constant true
        %v1771 = arith.addi %v1588, %v1769 : i64
        %v1772 = llvm.getelementptr %v6[%v1771] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1773 = llvm.load %v1772 : !llvm.ptr<3> -> i64
        %v1774 = arith.addi %v78, %v1585 : i64
        %v1775 = arith.cmpi slt, %v1774, %size_L : i64
        %v1776 = arith.subi %size_L, %v1 : i64
        %v1777 = arith.minsi %v1774, %v1776 : i64
        %v1778 = arith.addi %v1773, %v1777 : i64
        %v1779 = arith.muli %v1771, %v120 : i64
        %v1780 = arith.addi %v1779, %v1585 : i64
        %v1781 = llvm.getelementptr %in_g_re[%v1778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1782 = llvm.load %v1781 : !llvm.ptr -> f32
        %v1783 = arith.addi %v1584, %v318 : i64
        %v1784 = arith.constant true
        %v1785 = arith.addi %v1588, %v1783 : i64
        %v1786 = llvm.getelementptr %v6[%v1785] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1787 = llvm.load %v1786 : !llvm.ptr<3> -> i64
        %v1788 = arith.addi %v78, %v1585 : i64
        %v1789 = arith.cmpi slt, %v1788, %size_L : i64
        %v1790 = arith.subi %size_L, %v1 : i64
        %v1791 = arith.minsi %v1788, %v1790 : i64
        %v1792 = arith.addi %v1787, %v1791 : i64
        %v1793 = arith.muli %v1785, %v120 : i64
        %v1794 = arith.addi %v1793, %v1585 : i64
        %v1795 = llvm.getelementptr %in_g_re[%v1792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1796 = llvm.load %v1795 : !llvm.ptr -> f32
        %v1797 = arith.addi %v1584, %v333 : i64
        %v1798 = arith.constant true
        %v1799 = arith.addi %v1588, %v1797 : i64
        %v1800 = llvm.getelementptr %v6[%v1799] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1801 = llvm.load %v1800 : !llvm.ptr<3> -> i64
        %v1802 = arith.addi %v78, %v1585 : i64
        %v1803 = arith.cmpi slt, %v1802, %size_L : i64
        %v1804 = arith.subi %size_L, %v1 : i64
        %v1805 = arith.minsi %v1802, %v1804 : i64
        %v1806 = arith.addi %v1801, %v1805 : i64
        %v1807 = arith.muli %v1799, %v120 : i64
        %v1808 = arith.addi %v1807, %v1585 : i64
        %v1809 = llvm.getelementptr %in_g_re[%v1806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1810 = llvm.load %v1809 : !llvm.ptr -> f32
        %v1811 = arith.addi %v1584, %v73 : i64
        %v1812 = arith.constant true
        %v1813 = arith.addi %v1588, %v1811 : i64
        %v1814 = llvm.getelementptr %v6[%v1813] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1815 = llvm.load %v1814 : !llvm.ptr<3> -> i64
        %v1816 = arith.addi %v78, %v1585 : i64
        %v1817 = arith.cmpi slt, %v1816, %size_L : i64
        %v1818 = arith.subi %size_L, %v1 : i64
        %v1819 = arith.minsi %v1816, %v1818 : i64
        %v1820 = arith.addi %v1815, %v1819 : i64
        %v1821 = arith.muli %v1813, %v120 : i64
        %v1822 = arith.addi %v1821, %v1585 : i64
        %v1823 = llvm.getelementptr %in_g_re[%v1820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1824 = llvm.load %v1823 : !llvm.ptr -> f32
        %v1825 = arith.addi %v1584, %v362 : i64
        %v1826 = arith.constant true
        %v1827 = arith.addi %v1588, %v1825 : i64
        %v1828 = llvm.getelementptr %v6[%v1827] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1829 = llvm.load %v1828 : !llvm.ptr<3> -> i64
        %v1830 = arith.addi %v78, %v1585 : i64
        %v1831 = arith.cmpi slt, %v1830, %size_L : i64
        %v1832 = arith.subi %size_L, %v1 : i64
        %v1833 = arith.minsi %v1830, %v1832 : i64
        %v1834 = arith.addi %v1829, %v1833 : i64
        %v1835 = arith.muli %v1827, %v120 : i64
        %v1836 = arith.addi %v1835, %v1585 : i64
        %v1837 = llvm.getelementptr %in_g_re[%v1834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1838 = llvm.load %v1837 : !llvm.ptr -> f32
        %v1839 = arith.addi %v1584, %v377 : i64
        %v1840 = arith.constant true
        %v1841 = arith.addi %v1588, %v1839 : i64
        %v1842 = llvm.getelementptr %v6[%v1841] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1843 = llvm.load %v1842 : !llvm.ptr<3> -> i64
        %v1844 = arith.addi %v78, %v1585 : i64
        %v1845 = arith.cmpi slt, %v1844, %size_L : i64
        %v1846 = arith.subi %size_L, %v1 : i64
        %v1847 = arith.minsi %v1844, %v1846 : i64
        %v1848 = arith.addi %v1843, %v1847 : i64
        %v1849 = arith.muli %v1841, %v120 : i64
        %v1850 = arith.addi %v1849, %v1585 : i64
        %v1851 = llvm.getelementptr %in_g_re[%v1848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1852 = llvm.load %v1851 : !llvm.ptr -> f32
        %v1853 = arith.addi %v1584, %v392 : i64
        %v1854 = arith.constant true
        %v1855 = arith.addi %v1588, %v1853 : i64
        %v1856 = llvm.getelementptr %v6[%v1855] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1857 = llvm.load %v1856 : !llvm.ptr<3> -> i64
        %v1858 = arith.addi %v78, %v1585 : i64
        %v1859 = arith.cmpi slt, %v1858, %size_L : i64
        %v1860 = arith.subi %size_L, %v1 : i64
        %v1861 = arith.minsi %v1858, %v1860 : i64
        %v1862 = arith.addi %v1857, %v1861 : i64
        %v1863 = arith.muli %v1855, %v120 : i64
        %v1864 = arith.addi %v1863, %v1585 : i64
        %v1865 = llvm.getelementptr %in_g_re[%v1862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1866 = llvm.load %v1865 : !llvm.ptr -> f32
        %v1867 = arith.addi %v1584, %v407 : i64
        %v1868 = arith.constant true
        %v1869 = arith.addi %v1588, %v1867 : i64
        %v1870 = llvm.getelementptr %v6[%v1869] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1871 = llvm.load %v1870 : !llvm.ptr<3> -> i64
        %v1872 = arith.addi %v78, %v1585 : i64
        %v1873 = arith.cmpi slt, %v1872, %size_L : i64
        %v1874 = arith.subi %size_L, %v1 : i64
        %v1875 = arith.minsi %v1872, %v1874 : i64
        %v1876 = arith.addi %v1871, %v1875 : i64
        %v1877 = arith.muli %v1869, %v120 : i64
        %v1878 = arith.addi %v1877, %v1585 : i64
        %v1879 = llvm.getelementptr %in_g_re[%v1876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1880 = llvm.load %v1879 : !llvm.ptr -> f32
        %v1881 = arith.addi %v1584, %v422 : i64
        %v1882 = arith.constant true
        %v1883 = arith.addi %v1588, %v1881 : i64
        %v1884 = llvm.getelementptr %v6[%v1883] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1885 = llvm.load %v1884 : !llvm.ptr<3> -> i64
        %v1886 = arith.addi %v78, %v1585 : i64
        %v1887 = arith.cmpi slt, %v1886, %size_L : i64
        %v1888 = arith.subi %size_L, %v1 : i64
        %v1889 = arith.minsi %v1886, %v1888 : i64
        %v1890 = arith.addi %v1885, %v1889 : i64
        %v1891 = arith.muli %v1883, %v120 : i64
        %v1892 = arith.addi %v1891, %v1585 : i64
        %v1893 = llvm.getelementptr %in_g_re[%v1890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1894 = llvm.load %v1893 : !llvm.ptr -> f32
        %v1895 = arith.addi %v1584, %v437 : i64
        %v1896 = arith.constant true
        %v1897 = arith.addi %v1588, %v1895 : i64
        %v1898 = llvm.getelementptr %v6[%v1897] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1899 = llvm.load %v1898 : !llvm.ptr<3> -> i64
        %v1900 = arith.addi %v78, %v1585 : i64
        %v1901 = arith.cmpi slt, %v1900, %size_L : i64
        %v1902 = arith.subi %size_L, %v1 : i64
        %v1903 = arith.minsi %v1900, %v1902 : i64
        %v1904 = arith.addi %v1899, %v1903 : i64
        %v1905 = arith.muli %v1897, %v120 : i64
        %v1906 = arith.addi %v1905, %v1585 : i64
        %v1907 = llvm.getelementptr %in_g_re[%v1904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1908 = llvm.load %v1907 : !llvm.ptr -> f32
        %v1909 = arith.addi %v1584, %v452 : i64
        %v1910 = arith.constant true
        %v1911 = arith.addi %v1588, %v1909 : i64
        %v1912 = llvm.getelementptr %v6[%v1911] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1913 = llvm.load %v1912 : !llvm.ptr<3> -> i64
        %v1914 = arith.addi %v78, %v1585 : i64
        %v1915 = arith.cmpi slt, %v1914, %size_L : i64
        %v1916 = arith.subi %size_L, %v1 : i64
        %v1917 = arith.minsi %v1914, %v1916 : i64
        %v1918 = arith.addi %v1913, %v1917 : i64
        %v1919 = arith.muli %v1911, %v120 : i64
        %v1920 = arith.addi %v1919, %v1585 : i64
        %v1921 = llvm.getelementptr %in_g_re[%v1918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1922 = llvm.load %v1921 : !llvm.ptr -> f32
        %v1923 = arith.addi %v1584, %v467 : i64
        %v1924 = arith.constant true
        %v1925 = arith.addi %v1588, %v1923 : i64
        %v1926 = llvm.getelementptr %v6[%v1925] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1927 = llvm.load %v1926 : !llvm.ptr<3> -> i64
        %v1928 = arith.addi %v78, %v1585 : i64
        %v1929 = arith.cmpi slt, %v1928, %size_L : i64
        %v1930 = arith.subi %size_L, %v1 : i64
        %v1931 = arith.minsi %v1928, %v1930 : i64
        %v1932 = arith.addi %v1927, %v1931 : i64
        %v1933 = arith.muli %v1925, %v120 : i64
        %v1934 = arith.addi %v1933, %v1585 : i64
        %v1935 = llvm.getelementptr %in_g_re[%v1932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1936 = llvm.load %v1935 : !llvm.ptr -> f32
        %v1937 = arith.addi %v1584, %v482 : i64
        %v1938 = arith.constant true
        %v1939 = arith.addi %v1588, %v1937 : i64
        %v1940 = llvm.getelementptr %v6[%v1939] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1941 = llvm.load %v1940 : !llvm.ptr<3> -> i64
        %v1942 = arith.addi %v78, %v1585 : i64
        %v1943 = arith.cmpi slt, %v1942, %size_L : i64
        %v1944 = arith.subi %size_L, %v1 : i64
        %v1945 = arith.minsi %v1942, %v1944 : i64
        %v1946 = arith.addi %v1941, %v1945 : i64
        %v1947 = arith.muli %v1939, %v120 : i64
        %v1948 = arith.addi %v1947, %v1585 : i64
        %v1949 = llvm.getelementptr %in_g_re[%v1946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1950 = llvm.load %v1949 : !llvm.ptr -> f32
        %v1951 = arith.addi %v1584, %v497 : i64
        %v1952 = arith.constant true
        %v1953 = arith.addi %v1588, %v1951 : i64
        %v1954 = llvm.getelementptr %v6[%v1953] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1955 = llvm.load %v1954 : !llvm.ptr<3> -> i64
        %v1956 = arith.addi %v78, %v1585 : i64
        %v1957 = arith.cmpi slt, %v1956, %size_L : i64
        %v1958 = arith.subi %size_L, %v1 : i64
        %v1959 = arith.minsi %v1956, %v1958 : i64
        %v1960 = arith.addi %v1955, %v1959 : i64
        %v1961 = arith.muli %v1953, %v120 : i64
        %v1962 = arith.addi %v1961, %v1585 : i64
        %v1963 = llvm.getelementptr %in_g_re[%v1960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1964 = llvm.load %v1963 : !llvm.ptr -> f32
        %v1965 = arith.addi %v1584, %v512 : i64
        %v1966 = arith.constant true
        %v1967 = arith.addi %v1588, %v1965 : i64
        %v1968 = llvm.getelementptr %v6[%v1967] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1969 = llvm.load %v1968 : !llvm.ptr<3> -> i64
        %v1970 = arith.addi %v78, %v1585 : i64
        %v1971 = arith.cmpi slt, %v1970, %size_L : i64
        %v1972 = arith.subi %size_L, %v1 : i64
        %v1973 = arith.minsi %v1970, %v1972 : i64
        %v1974 = arith.addi %v1969, %v1973 : i64
        %v1975 = arith.muli %v1967, %v120 : i64
        %v1976 = arith.addi %v1975, %v1585 : i64
        %v1977 = llvm.getelementptr %in_g_re[%v1974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1978 = llvm.load %v1977 : !llvm.ptr -> f32
        %v1979 = arith.addi %v1584, %v527 : i64
        %v1980 = arith.constant true
        %v1981 = arith.addi %v1588, %v1979 : i64
        %v1982 = llvm.getelementptr %v6[%v1981] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1983 = llvm.load %v1982 : !llvm.ptr<3> -> i64
        %v1984 = arith.addi %v78, %v1585 : i64
        %v1985 = arith.cmpi slt, %v1984, %size_L : i64
        %v1986 = arith.subi %size_L, %v1 : i64
        %v1987 = arith.minsi %v1984, %v1986 : i64
        %v1988 = arith.addi %v1983, %v1987 : i64
        %v1989 = arith.muli %v1981, %v120 : i64
        %v1990 = arith.addi %v1989, %v1585 : i64
        %v1991 = llvm.getelementptr %in_g_re[%v1988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1992 = llvm.load %v1991 : !llvm.ptr -> f32
        %v1993 = arith.addi %v1584, %v542 : i64
        %v1994 = arith.constant true
        %v1995 = arith.addi %v1588, %v1993 : i64
        %v1996 = llvm.getelementptr %v6[%v1995] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1997 = llvm.load %v1996 : !llvm.ptr<3> -> i64
        %v1998 = arith.addi %v78, %v1585 : i64
        %v1999 = arith.cmpi slt, %v1998, %size_L : i64
        %v2000 = arith.subi %size_L, %v1 : i64
        %v2001 = arith.minsi %v1998, %v2000 : i64
        %v2002 = arith.addi %v1997, %v2001 : i64
        %v2003 = arith.muli %v1995, %v120 : i64
        %v2004 = arith.addi %v2003, %v1585 : i64
        %v2005 = llvm.getelementptr %in_g_re[%v2002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2006 = llvm.load %v2005 : !llvm.ptr -> f32
        %v2007 = arith.addi %v1584, %v557 : i64
        %v2008 = arith.constant true
        %v2009 = arith.addi %v1588, %v2007 : i64
        %v2010 = llvm.getelementptr %v6[%v2009] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2011 = llvm.load %v2010 : !llvm.ptr<3> -> i64
        %v2012 = arith.addi %v78, %v1585 : i64
        %v2013 = arith.cmpi slt, %v2012, %size_L : i64
        %v2014 = arith.subi %size_L, %v1 : i64
        %v2015 = arith.minsi %v2012, %v2014 : i64
        %v2016 = arith.addi %v2011, %v2015 : i64
        %v2017 = arith.muli %v2009, %v120 : i64
        %v2018 = arith.addi %v2017, %v1585 : i64
        %v2019 = llvm.getelementptr %in_g_re[%v2016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2020 = llvm.load %v2019 : !llvm.ptr -> f32
        %v2021 = arith.addi %v1584, %v572 : i64
        %v2022 = arith.constant true
        %v2023 = arith.addi %v1588, %v2021 : i64
        %v2024 = llvm.getelementptr %v6[%v2023] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2025 = llvm.load %v2024 : !llvm.ptr<3> -> i64
        %v2026 = arith.addi %v78, %v1585 : i64
        %v2027 = arith.cmpi slt, %v2026, %size_L : i64
        %v2028 = arith.subi %size_L, %v1 : i64
        %v2029 = arith.minsi %v2026, %v2028 : i64
        %v2030 = arith.addi %v2025, %v2029 : i64
        %v2031 = arith.muli %v2023, %v120 : i64
        %v2032 = arith.addi %v2031, %v1585 : i64
        %v2033 = llvm.getelementptr %in_g_re[%v2030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2034 = llvm.load %v2033 : !llvm.ptr -> f32
        scf.if %v1587 {
          %v2035 = llvm.getelementptr %v7[%v1598] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1600, %v2035 : f32, !llvm.ptr<3>
        }
        scf.if %v1602 {
          %v2036 = llvm.getelementptr %v7[%v1612] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1614, %v2036 : f32, !llvm.ptr<3>
        }
        scf.if %v1616 {
          %v2037 = llvm.getelementptr %v7[%v1626] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1628, %v2037 : f32, !llvm.ptr<3>
        }
        scf.if %v1630 {
          %v2038 = llvm.getelementptr %v7[%v1640] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1642, %v2038 : f32, !llvm.ptr<3>
        }
        scf.if %v1644 {
          %v2039 = llvm.getelementptr %v7[%v1654] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1656, %v2039 : f32, !llvm.ptr<3>
        }
        scf.if %v1658 {
          %v2040 = llvm.getelementptr %v7[%v1668] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1670, %v2040 : f32, !llvm.ptr<3>
        }
        scf.if %v1672 {
          %v2041 = llvm.getelementptr %v7[%v1682] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1684, %v2041 : f32, !llvm.ptr<3>
        }
        scf.if %v1686 {
          %v2042 = llvm.getelementptr %v7[%v1696] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1698, %v2042 : f32, !llvm.ptr<3>
        }
        scf.if %v1700 {
          %v2043 = llvm.getelementptr %v7[%v1710] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1712, %v2043 : f32, !llvm.ptr<3>
        }
        scf.if %v1714 {
          %v2044 = llvm.getelementptr %v7[%v1724] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1726, %v2044 : f32, !llvm.ptr<3>
        }
        scf.if %v1728 {
          %v2045 = llvm.getelementptr %v7[%v1738] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1740, %v2045 : f32, !llvm.ptr<3>
        }
        scf.if %v1742 {
          %v2046 = llvm.getelementptr %v7[%v1752] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1754, %v2046 : f32, !llvm.ptr<3>
        }
        scf.if %v1756 {
          %v2047 = llvm.getelementptr %v7[%v1766] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1768, %v2047 : f32, !llvm.ptr<3>
        }
        scf.if %v1770 {
          %v2048 = llvm.getelementptr %v7[%v1780] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1782, %v2048 : f32, !llvm.ptr<3>
        }
        scf.if %v1784 {
          %v2049 = llvm.getelementptr %v7[%v1794] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1796, %v2049 : f32, !llvm.ptr<3>
        }
        scf.if %v1798 {
          %v2050 = llvm.getelementptr %v7[%v1808] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1810, %v2050 : f32, !llvm.ptr<3>
        }
        scf.if %v1812 {
          %v2051 = llvm.getelementptr %v7[%v1822] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1824, %v2051 : f32, !llvm.ptr<3>
        }
        scf.if %v1826 {
          %v2052 = llvm.getelementptr %v7[%v1836] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1838, %v2052 : f32, !llvm.ptr<3>
        }
        scf.if %v1840 {
          %v2053 = llvm.getelementptr %v7[%v1850] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1852, %v2053 : f32, !llvm.ptr<3>
        }
        scf.if %v1854 {
          %v2054 = llvm.getelementptr %v7[%v1864] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1866, %v2054 : f32, !llvm.ptr<3>
        }
        scf.if %v1868 {
          %v2055 = llvm.getelementptr %v7[%v1878] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1880, %v2055 : f32, !llvm.ptr<3>
        }
        scf.if %v1882 {
          %v2056 = llvm.getelementptr %v7[%v1892] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1894, %v2056 : f32, !llvm.ptr<3>
        }
        scf.if %v1896 {
          %v2057 = llvm.getelementptr %v7[%v1906] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1908, %v2057 : f32, !llvm.ptr<3>
        }
        scf.if %v1910 {
          %v2058 = llvm.getelementptr %v7[%v1920] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1922, %v2058 : f32, !llvm.ptr<3>
        }
        scf.if %v1924 {
          %v2059 = llvm.getelementptr %v7[%v1934] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1936, %v2059 : f32, !llvm.ptr<3>
        }
        scf.if %v1938 {
          %v2060 = llvm.getelementptr %v7[%v1948] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1950, %v2060 : f32, !llvm.ptr<3>
        }
        scf.if %v1952 {
          %v2061 = llvm.getelementptr %v7[%v1962] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1964, %v2061 : f32, !llvm.ptr<3>
        }
        scf.if %v1966 {
          %v2062 = llvm.getelementptr %v7[%v1976] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1978, %v2062 : f32, !llvm.ptr<3>
        }
        scf.if %v1980 {
          %v2063 = llvm.getelementptr %v7[%v1990] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1992, %v2063 : f32, !llvm.ptr<3>
        }
        scf.if %v1994 {
          %v2064 = llvm.getelementptr %v7[%v2004] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2006, %v2064 : f32, !llvm.ptr<3>
        }
        scf.if %v2008 {
          %v2065 = llvm.getelementptr %v7[%v2018] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2020, %v2065 : f32, !llvm.ptr<3>
        }
        scf.if %v2022 {
          %v2066 = llvm.getelementptr %v7[%v2032] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2034, %v2066 : f32, !llvm.ptr<3>
        }
        %v2067 = arith.divui %v14, %v73 : i64
        %v2068 = arith.remui %v14, %v73 : i64
        %v2069 = arith.addi %v2067, %v26 : i64
        %v2070 = arith.constant true
        %v2071 = arith.addi %v10, %v2069 : i64
        %v2072 = llvm.getelementptr %v6[%v2071] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2073 = llvm.load %v2072 : !llvm.ptr<3> -> i64
        %v2074 = arith.addi %v78, %v2068 : i64
        %v2075 = arith.cmpi slt, %v2074, %size_L : i64
        %v2076 = arith.subi %size_L, %v1 : i64
        %v2077 = arith.minsi %v2074, %v2076 : i64
        %v2078 = arith.addi %v2073, %v2077 : i64
        %v2079 = arith.muli %v2071, %v120 : i64
        %v2080 = arith.addi %v2079, %v2068 : i64
        %v2081 = llvm.getelementptr %in_g_im[%v2078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2082 = llvm.load %v2081 : !llvm.ptr -> f32
        %v2083 = arith.addi %v2067, %v50 : i64
        %v2084 = arith.constant true
        %v2085 = arith.addi %v10, %v2083 : i64
        %v2086 = llvm.getelementptr %v6[%v2085] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2087 = llvm.load %v2086 : !llvm.ptr<3> -> i64
        %v2088 = arith.addi %v78, %v2068 : i64
        %v2089 = arith.cmpi slt, %v2088, %size_L : i64
        %v2090 = arith.subi %size_L, %v1 : i64
        %v2091 = arith.minsi %v2088, %v2090 : i64
        %v2092 = arith.addi %v2087, %v2091 : i64
        %v2093 = arith.muli %v2085, %v120 : i64
        %v2094 = arith.addi %v2093, %v2068 : i64
        %v2095 = llvm.getelementptr %in_g_im[%v2092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2096 = llvm.load %v2095 : !llvm.ptr -> f32
        %v2097 = arith.addi %v2067, %v68 : i64
        %v2098 = arith.constant true
        %v2099 = arith.addi %v10, %v2097 : i64
        %v2100 = llvm.getelementptr %v6[%v2099] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2101 = llvm.load %v2100 : !llvm.ptr<3> -> i64
        %v2102 = arith.addi %v78, %v2068 : i64
        %v2103 = arith.cmpi slt, %v2102, %size_L : i64
        %v2104 = arith.subi %size_L, %v1 : i64
        %v2105 = arith.minsi %v2102, %v2104 : i64
        %v2106 = arith.addi %v2101, %v2105 : i64
        %v2107 = arith.muli %v2099, %v120 : i64
        %v2108 = arith.addi %v2107, %v2068 : i64
        %v2109 = llvm.getelementptr %in_g_im[%v2106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2110 = llvm.load %v2109 : !llvm.ptr -> f32
        %v2111 = arith.addi %v2067, %v153 : i64
        %v2112 = arith.constant true
        %v2113 = arith.addi %v10, %v2111 : i64
        %v2114 = llvm.getelementptr %v6[%v2113] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2115 = llvm.load %v2114 : !llvm.ptr<3> -> i64
        %v2116 = arith.addi %v78, %v2068 : i64
        %v2117 = arith.cmpi slt, %v2116, %size_L : i64
        %v2118 = arith.subi %size_L, %v1 : i64
        %v2119 = arith.minsi %v2116, %v2118 : i64
        %v2120 = arith.addi %v2115, %v2119 : i64
        %v2121 = arith.muli %v2113, %v120 : i64
        %v2122 = arith.addi %v2121, %v2068 : i64
        %v2123 = llvm.getelementptr %in_g_im[%v2120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2124 = llvm.load %v2123 : !llvm.ptr -> f32
        %v2125 = arith.addi %v2067, %v168 : i64
        %v2126 = arith.constant true
        %v2127 = arith.addi %v10, %v2125 : i64
        %v2128 = llvm.getelementptr %v6[%v2127] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2129 = llvm.load %v2128 : !llvm.ptr<3> -> i64
        %v2130 = arith.addi %v78, %v2068 : i64
        %v2131 = arith.cmpi slt, %v2130, %size_L : i64
        %v2132 = arith.subi %size_L, %v1 : i64
        %v2133 = arith.minsi %v2130, %v2132 : i64
        %v2134 = arith.addi %v2129, %v2133 : i64
        %v2135 = arith.muli %v2127, %v120 : i64
        %v2136 = arith.addi %v2135, %v2068 : i64
        %v2137 = llvm.getelementptr %in_g_im[%v2134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2138 = llvm.load %v2137 : !llvm.ptr -> f32
        %v2139 = arith.addi %v2067, %v183 : i64
        %v2140 = arith.constant true
        %v2141 = arith.addi %v10, %v2139 : i64
        %v2142 = llvm.getelementptr %v6[%v2141] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2143 = llvm.load %v2142 : !llvm.ptr<3> -> i64
        %v2144 = arith.addi %v78, %v2068 : i64
        %v2145 = arith.cmpi slt, %v2144, %size_L : i64
        %v2146 = arith.subi %size_L, %v1 : i64
        %v2147 = arith.minsi %v2144, %v2146 : i64
        %v2148 = arith.addi %v2143, %v2147 : i64
        %v2149 = arith.muli %v2141, %v120 : i64
        %v2150 = arith.addi %v2149, %v2068 : i64
        %v2151 = llvm.getelementptr %in_g_im[%v2148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2152 = llvm.load %v2151 : !llvm.ptr -> f32
        %v2153 = arith.addi %v2067, %v198 : i64
        %v2154 = arith.constant true
        %v2155 = arith.addi %v10, %v2153 : i64
        %v2156 = llvm.getelementptr %v6[%v2155] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2157 = llvm.load %v2156 : !llvm.ptr<3> -> i64
        %v2158 = arith.addi %v78, %v2068 : i64
        %v2159 = arith.cmpi slt, %v2158, %size_L : i64
        %v2160 = arith.subi %size_L, %v1 : i64
        %v2161 = arith.minsi %v2158, %v2160 : i64
        %v2162 = arith.addi %v2157, %v2161 : i64
        %v2163 = arith.muli %v2155, %v120 : i64
        %v2164 = arith.addi %v2163, %v2068 : i64
        %v2165 = llvm.getelementptr %in_g_im[%v2162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2166 = llvm.load %v2165 : !llvm.ptr -> f32
        %v2167 = arith.addi %v2067, %v213 : i64
        %v2168 = arith.constant true
        %v2169 = arith.addi %v10, %v2167 : i64
        %v2170 = llvm.getelementptr %v6[%v2169] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2171 = llvm.load %v2170 : !llvm.ptr<3> -> i64
        %v2172 = arith.addi %v78, %v2068 : i64
        %v2173 = arith.cmpi slt, %v2172, %size_L : i64
        %v2174 = arith.subi %size_L, %v1 : i64
        %v2175 = arith.minsi %v2172, %v2174 : i64
        %v2176 = arith.addi %v2171, %v2175 : i64
        %v2177 = arith.muli %v2169, %v120 : i64
        %v2178 = arith.addi %v2177, %v2068 : i64
        %v2179 = llvm.getelementptr %in_g_im[%v2176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2180 = llvm.load %v2179 : !llvm.ptr -> f32
        %v2181 = arith.addi %v2067, %v228 : i64
        %v2182 = arith.constant true
        %v2183 = arith.addi %v10, %v2181 : i64
        %v2184 = llvm.getelementptr %v6[%v2183] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2185 = llvm.load %v2184 : !llvm.ptr<3> -> i64
        %v2186 = arith.addi %v78, %v2068 : i64
        %v2187 = arith.cmpi slt, %v2186, %size_L : i64
        %v2188 = arith.subi %size_L, %v1 : i64
        %v2189 = arith.minsi %v2186, %v2188 : i64
        %v2190 = arith.addi %v2185, %v2189 : i64
        %v2191 = arith.muli %v2183, %v120 : i64
        %v2192 = arith.addi %v2191, %v2068 : i64
        %v2193 = llvm.getelementptr %in_g_im[%v2190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2194 = llvm.load %v2193 : !llvm.ptr -> f32
        %v2195 = arith.addi %v2067, %v243 : i64
        %v2196 = arith.constant true
        %v2197 = arith.addi %v10, %v2195 : i64
        %v2198 = llvm.getelementptr %v6[%v2197] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2199 = llvm.load %v2198 : !llvm.ptr<3> -> i64
        %v2200 = arith.addi %v78, %v2068 : i64
        %v2201 = arith.cmpi slt, %v2200, %size_L : i64
        %v2202 = arith.subi %size_L, %v1 : i64
        %v2203 = arith.minsi %v2200, %v2202 : i64
        %v2204 = arith.addi %v2199, %v2203 : i64
        %v2205 = arith.muli %v2197, %v120 : i64
        %v2206 = arith.addi %v2205, %v2068 : i64
        %v2207 = llvm.getelementptr %in_g_im[%v2204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2208 = llvm.load %v2207 : !llvm.ptr -> f32
        %v2209 = arith.addi %v2067, %v258 : i64
        %v2210 = arith.constant true
        %v2211 = arith.addi %v10, %v2209 : i64
        %v2212 = llvm.getelementptr %v6[%v2211] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2213 = llvm.load %v2212 : !llvm.ptr<3> -> i64
        %v2214 = arith.addi %v78, %v2068 : i64
        %v2215 = arith.cmpi slt, %v2214, %size_L : i64
        %v2216 = arith.subi %size_L, %v1 : i64
        %v2217 = arith.minsi %v2214, %v2216 : i64
        %v2218 = arith.addi %v2213, %v2217 : i64
        %v2219 = arith.muli %v2211, %v120 : i64
        %v2220 = arith.addi %v2219, %v2068 : i64
        %v2221 = llvm.getelementptr %in_g_im[%v2218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2222 = llvm.load %v2221 : !llvm.ptr -> f32
        %v2223 = arith.addi %v2067, %v273 : i64
        %v2224 = arith.constant true
        %v2225 = arith.addi %v10, %v2223 : i64
        %v2226 = llvm.getelementptr %v6[%v2225] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2227 = llvm.load %v2226 : !llvm.ptr<3> -> i64
        %v2228 = arith.addi %v78, %v2068 : i64
        %v2229 = arith.cmpi slt, %v2228, %size_L : i64
        %v2230 = arith.subi %size_L, %v1 : i64
        %v2231 = arith.minsi %v2228, %v2230 : i64
        %v2232 = arith.addi %v2227, %v2231 : i64
        %v2233 = arith.muli %v2225, %v120 : i64
        %v2234 = arith.addi %v2233, %v2068 : i64
        %v2235 = llvm.getelementptr %in_g_im[%v2232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2236 = llvm.load %v2235 : !llvm.ptr -> f32
        %v2237 = arith.addi %v2067, %v288 : i64
        %v2238 = arith.constant true
        %v2239 = arith.addi %v10, %v2237 : i64
        %v2240 = llvm.getelementptr %v6[%v2239] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2241 = llvm.load %v2240 : !llvm.ptr<3> -> i64
        %v2242 = arith.addi %v78, %v2068 : i64
        %v2243 = arith.cmpi slt, %v2242, %size_L : i64
        %v2244 = arith.subi %size_L, %v1 : i64
        %v2245 = arith.minsi %v2242, %v2244 : i64
        %v2246 = arith.addi %v2241, %v2245 : i64
        %v2247 = arith.muli %v2239, %v120 : i64
        %v2248 = arith.addi %v2247, %v2068 : i64
        %v2249 = llvm.getelementptr %in_g_im[%v2246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2250 = llvm.load %v2249 : !llvm.ptr -> f32
        %v2251 = arith.addi %v2067, %v303 : i64
        %v2252 = arith.constant true
        %v2253 = arith.addi %v10, %v2251 : i64
        %v2254 = llvm.getelementptr %v6[%v2253] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2255 = llvm.load %v2254 : !llvm.ptr<3> -> i64
        %v2256 = arith.addi %v78, %v2068 : i64
        %v2257 = arith.cmpi slt, %v2256, %size_L : i64
        %v2258 = arith.subi %size_L, %v1 : i64
        %v2259 = arith.minsi %v2256, %v2258 : i64
        %v2260 = arith.addi %v2255, %v2259 : i64
        %v2261 = arith.muli %v2253, %v120 : i64
        %v2262 = arith.addi %v2261, %v2068 : i64
        %v2263 = llvm.getelementptr %in_g_im[%v2260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2264 = llvm.load %v2263 : !llvm.ptr -> f32
        %v2265 = arith.addi %v2067, %v318 : i64
        %v2266 = arith.constant true
        %v2267 = arith.addi %v10, %v2265 : i64
        %v2268 = llvm.getelementptr %v6[%v2267] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2269 = llvm.load %v2268 : !llvm.ptr<3> -> i64
        %v2270 = arith.addi %v78, %v2068 : i64
        %v2271 = arith.cmpi slt, %v2270, %size_L : i64
        %v2272 = arith.subi %size_L, %v1 : i64
        %v2273 = arith.minsi %v2270, %v2272 : i64
        %v2274 = arith.addi %v2269, %v2273 : i64
        %v2275 = arith.muli %v2267, %v120 : i64
        %v2276 = arith.addi %v2275, %v2068 : i64
        %v2277 = llvm.getelementptr %in_g_im[%v2274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2278 = llvm.load %v2277 : !llvm.ptr -> f32
        %v2279 = arith.addi %v2067, %v333 : i64
        %v2280 = arith.constant true
        %v2281 = arith.addi %v10, %v2279 : i64
        %v2282 = llvm.getelementptr %v6[%v2281] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2283 = llvm.load %v2282 : !llvm.ptr<3> -> i64
        %v2284 = arith.addi %v78, %v2068 : i64
        %v2285 = arith.cmpi slt, %v2284, %size_L : i64
        %v2286 = arith.subi %size_L, %v1 : i64
        %v2287 = arith.minsi %v2284, %v2286 : i64
        %v2288 = arith.addi %v2283, %v2287 : i64
        %v2289 = arith.muli %v2281, %v120 : i64
        %v2290 = arith.addi %v2289, %v2068 : i64
        %v2291 = llvm.getelementptr %in_g_im[%v2288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2292 = llvm.load %v2291 : !llvm.ptr -> f32
        %v2293 = arith.addi %v2067, %v73 : i64
        %v2294 = arith.constant true
        %v2295 = arith.addi %v10, %v2293 : i64
        %v2296 = llvm.getelementptr %v6[%v2295] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2297 = llvm.load %v2296 : !llvm.ptr<3> -> i64
        %v2298 = arith.addi %v78, %v2068 : i64
        %v2299 = arith.cmpi slt, %v2298, %size_L : i64
        %v2300 = arith.subi %size_L, %v1 : i64
        %v2301 = arith.minsi %v2298, %v2300 : i64
        %v2302 = arith.addi %v2297, %v2301 : i64
        %v2303 = arith.muli %v2295, %v120 : i64
        %v2304 = arith.addi %v2303, %v2068 : i64
        %v2305 = llvm.getelementptr %in_g_im[%v2302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2306 = llvm.load %v2305 : !llvm.ptr -> f32
        %v2307 = arith.addi %v2067, %v362 : i64
        %v2308 = arith.constant true
        %v2309 = arith.addi %v10, %v2307 : i64
        %v2310 = llvm.getelementptr %v6[%v2309] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2311 = llvm.load %v2310 : !llvm.ptr<3> -> i64
        %v2312 = arith.addi %v78, %v2068 : i64
        %v2313 = arith.cmpi slt, %v2312, %size_L : i64
        %v2314 = arith.subi %size_L, %v1 : i64
        %v2315 = arith.minsi %v2312, %v2314 : i64
        %v2316 = arith.addi %v2311, %v2315 : i64
        %v2317 = arith.muli %v2309, %v120 : i64
        %v2318 = arith.addi %v2317, %v2068 : i64
        %v2319 = llvm.getelementptr %in_g_im[%v2316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2320 = llvm.load %v2319 : !llvm.ptr -> f32
        %v2321 = arith.addi %v2067, %v377 : i64
        %v2322 = arith.constant true
        %v2323 = arith.addi %v10, %v2321 : i64
        %v2324 = llvm.getelementptr %v6[%v2323] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2325 = llvm.load %v2324 : !llvm.ptr<3> -> i64
        %v2326 = arith.addi %v78, %v2068 : i64
        %v2327 = arith.cmpi slt, %v2326, %size_L : i64
        %v2328 = arith.subi %size_L, %v1 : i64
        %v2329 = arith.minsi %v2326, %v2328 : i64
        %v2330 = arith.addi %v2325, %v2329 : i64
        %v2331 = arith.muli %v2323, %v120 : i64
        %v2332 = arith.addi %v2331, %v2068 : i64
        %v2333 = llvm.getelementptr %in_g_im[%v2330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2334 = llvm.load %v2333 : !llvm.ptr -> f32
        %v2335 = arith.addi %v2067, %v392 : i64
        %v2336 = arith.constant true
        %v2337 = arith.addi %v10, %v2335 : i64
        %v2338 = llvm.getelementptr %v6[%v2337] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2339 = llvm.load %v2338 : !llvm.ptr<3> -> i64
        %v2340 = arith.addi %v78, %v2068 : i64
        %v2341 = arith.cmpi slt, %v2340, %size_L : i64
        %v2342 = arith.subi %size_L, %v1 : i64
        %v2343 = arith.minsi %v2340, %v2342 : i64
        %v2344 = arith.addi %v2339, %v2343 : i64
        %v2345 = arith.muli %v2337, %v120 : i64
        %v2346 = arith.addi %v2345, %v2068 : i64
        %v2347 = llvm.getelementptr %in_g_im[%v2344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2348 = llvm.load %v2347 : !llvm.ptr -> f32
        %v2349 = arith.addi %v2067, %v407 : i64
        %v2350 = arith.constant true
        %v2351 = arith.addi %v10, %v2349 : i64
        %v2352 = llvm.getelementptr %v6[%v2351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2353 = llvm.load %v2352 : !llvm.ptr<3> -> i64
        %v2354 = arith.addi %v78, %v2068 : i64
        %v2355 = arith.cmpi slt, %v2354, %size_L : i64
        %v2356 = arith.subi %size_L, %v1 : i64
        %v2357 = arith.minsi %v2354, %v2356 : i64
        %v2358 = arith.addi %v2353, %v2357 : i64
        %v2359 = arith.muli %v2351, %v120 : i64
        %v2360 = arith.addi %v2359, %v2068 : i64
        %v2361 = llvm.getelementptr %in_g_im[%v2358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2362 = llvm.load %v2361 : !llvm.ptr -> f32
        %v2363 = arith.addi %v2067, %v422 : i64
        %v2364 = arith.constant true
        %v2365 = arith.addi %v10, %v2363 : i64
        %v2366 = llvm.getelementptr %v6[%v2365] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2367 = llvm.load %v2366 : !llvm.ptr<3> -> i64
        %v2368 = arith.addi %v78, %v2068 : i64
        %v2369 = arith.cmpi slt, %v2368, %size_L : i64
        %v2370 = arith.subi %size_L, %v1 : i64
        %v2371 = arith.minsi %v2368, %v2370 : i64
        %v2372 = arith.addi %v2367, %v2371 : i64
        %v2373 = arith.muli %v2365, %v120 : i64
        %v2374 = arith.addi %v2373, %v2068 : i64
        %v2375 = llvm.getelementptr %in_g_im[%v2372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2376 = llvm.load %v2375 : !llvm.ptr -> f32
        %v2377 = arith.addi %v2067, %v437 : i64
        %v2378 = arith.constant true
        %v2379 = arith.addi %v10, %v2377 : i64
        %v2380 = llvm.getelementptr %v6[%v2379] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2381 = llvm.load %v2380 : !llvm.ptr<3> -> i64
        %v2382 = arith.addi %v78, %v2068 : i64
        %v2383 = arith.cmpi slt, %v2382, %size_L : i64
        %v2384 = arith.subi %size_L, %v1 : i64
        %v2385 = arith.minsi %v2382, %v2384 : i64
        %v2386 = arith.addi %v2381, %v2385 : i64
        %v2387 = arith.muli %v2379, %v120 : i64
        %v2388 = arith.addi %v2387, %v2068 : i64
        %v2389 = llvm.getelementptr %in_g_im[%v2386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2390 = llvm.load %v2389 : !llvm.ptr -> f32
        %v2391 = arith.addi %v2067, %v452 : i64
        %v2392 = arith.constant true
        %v2393 = arith.addi %v10, %v2391 : i64
        %v2394 = llvm.getelementptr %v6[%v2393] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2395 = llvm.load %v2394 : !llvm.ptr<3> -> i64
        %v2396 = arith.addi %v78, %v2068 : i64
        %v2397 = arith.cmpi slt, %v2396, %size_L : i64
        %v2398 = arith.subi %size_L, %v1 : i64
        %v2399 = arith.minsi %v2396, %v2398 : i64
        %v2400 = arith.addi %v2395, %v2399 : i64
        %v2401 = arith.muli %v2393, %v120 : i64
        %v2402 = arith.addi %v2401, %v2068 : i64
        %v2403 = llvm.getelementptr %in_g_im[%v2400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2404 = llvm.load %v2403 : !llvm.ptr -> f32
        %v2405 = arith.addi %v2067, %v467 : i64
        %v2406 = arith.constant true
        %v2407 = arith.addi %v10, %v2405 : i64
        %v2408 = llvm.getelementptr %v6[%v2407] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2409 = llvm.load %v2408 : !llvm.ptr<3> -> i64
        %v2410 = arith.addi %v78, %v2068 : i64
        %v2411 = arith.cmpi slt, %v2410, %size_L : i64
        %v2412 = arith.subi %size_L, %v1 : i64
        %v2413 = arith.minsi %v2410, %v2412 : i64
        %v2414 = arith.addi %v2409, %v2413 : i64
        %v2415 = arith.muli %v2407, %v120 : i64
        %v2416 = arith.addi %v2415, %v2068 : i64
        %v2417 = llvm.getelementptr %in_g_im[%v2414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2418 = llvm.load %v2417 : !llvm.ptr -> f32
        %v2419 = arith.addi %v2067, %v482 : i64
        %v2420 = arith.constant true
        %v2421 = arith.addi %v10, %v2419 : i64
        %v2422 = llvm.getelementptr %v6[%v2421] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2423 = llvm.load %v2422 : !llvm.ptr<3> -> i64
        %v2424 = arith.addi %v78, %v2068 : i64
        %v2425 = arith.cmpi slt, %v2424, %size_L : i64
        %v2426 = arith.subi %size_L, %v1 : i64
        %v2427 = arith.minsi %v2424, %v2426 : i64
        %v2428 = arith.addi %v2423, %v2427 : i64
        %v2429 = arith.muli %v2421, %v120 : i64
        %v2430 = arith.addi %v2429, %v2068 : i64
        %v2431 = llvm.getelementptr %in_g_im[%v2428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2432 = llvm.load %v2431 : !llvm.ptr -> f32
        %v2433 = arith.addi %v2067, %v497 : i64
        %v2434 = arith.constant true
        %v2435 = arith.addi %v10, %v2433 : i64
        %v2436 = llvm.getelementptr %v6[%v2435] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2437 = llvm.load %v2436 : !llvm.ptr<3> -> i64
        %v2438 = arith.addi %v78, %v2068 : i64
        %v2439 = arith.cmpi slt, %v2438, %size_L : i64
        %v2440 = arith.subi %size_L, %v1 : i64
        %v2441 = arith.minsi %v2438, %v2440 : i64
        %v2442 = arith.addi %v2437, %v2441 : i64
        %v2443 = arith.muli %v2435, %v120 : i64
        %v2444 = arith.addi %v2443, %v2068 : i64
        %v2445 = llvm.getelementptr %in_g_im[%v2442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2446 = llvm.load %v2445 : !llvm.ptr -> f32
        %v2447 = arith.addi %v2067, %v512 : i64
        %v2448 = arith.constant true
        %v2449 = arith.addi %v10, %v2447 : i64
        %v2450 = llvm.getelementptr %v6[%v2449] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2451 = llvm.load %v2450 : !llvm.ptr<3> -> i64
        %v2452 = arith.addi %v78, %v2068 : i64
        %v2453 = arith.cmpi slt, %v2452, %size_L : i64
        %v2454 = arith.subi %size_L, %v1 : i64
        %v2455 = arith.minsi %v2452, %v2454 : i64
        %v2456 = arith.addi %v2451, %v2455 : i64
        %v2457 = arith.muli %v2449, %v120 : i64
        %v2458 = arith.addi %v2457, %v2068 : i64
        %v2459 = llvm.getelementptr %in_g_im[%v2456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2460 = llvm.load %v2459 : !llvm.ptr -> f32
        %v2461 = arith.addi %v2067, %v527 : i64
        %v2462 = arith.constant true
        %v2463 = arith.addi %v10, %v2461 : i64
        %v2464 = llvm.getelementptr %v6[%v2463] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2465 = llvm.load %v2464 : !llvm.ptr<3> -> i64
        %v2466 = arith.addi %v78, %v2068 : i64
        %v2467 = arith.cmpi slt, %v2466, %size_L : i64
        %v2468 = arith.subi %size_L, %v1 : i64
        %v2469 = arith.minsi %v2466, %v2468 : i64
        %v2470 = arith.addi %v2465, %v2469 : i64
        %v2471 = arith.muli %v2463, %v120 : i64
        %v2472 = arith.addi %v2471, %v2068 : i64
        %v2473 = llvm.getelementptr %in_g_im[%v2470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2474 = llvm.load %v2473 : !llvm.ptr -> f32
        %v2475 = arith.addi %v2067, %v542 : i64
        %v2476 = arith.constant true
        %v2477 = arith.addi %v10, %v2475 : i64
        %v2478 = llvm.getelementptr %v6[%v2477] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2479 = llvm.load %v2478 : !llvm.ptr<3> -> i64
        %v2480 = arith.addi %v78, %v2068 : i64
        %v2481 = arith.cmpi slt, %v2480, %size_L : i64
        %v2482 = arith.subi %size_L, %v1 : i64
        %v2483 = arith.minsi %v2480, %v2482 : i64
        %v2484 = arith.addi %v2479, %v2483 : i64
        %v2485 = arith.muli %v2477, %v120 : i64
        %v2486 = arith.addi %v2485, %v2068 : i64
        %v2487 = llvm.getelementptr %in_g_im[%v2484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2488 = llvm.load %v2487 : !llvm.ptr -> f32
        %v2489 = arith.addi %v2067, %v557 : i64
        %v2490 = arith.constant true
        %v2491 = arith.addi %v10, %v2489 : i64
        %v2492 = llvm.getelementptr %v6[%v2491] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2493 = llvm.load %v2492 : !llvm.ptr<3> -> i64
        %v2494 = arith.addi %v78, %v2068 : i64
        %v2495 = arith.cmpi slt, %v2494, %size_L : i64
        %v2496 = arith.subi %size_L, %v1 : i64
        %v2497 = arith.minsi %v2494, %v2496 : i64
        %v2498 = arith.addi %v2493, %v2497 : i64
        %v2499 = arith.muli %v2491, %v120 : i64
        %v2500 = arith.addi %v2499, %v2068 : i64
        %v2501 = llvm.getelementptr %in_g_im[%v2498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2502 = llvm.load %v2501 : !llvm.ptr -> f32
        %v2503 = arith.addi %v2067, %v572 : i64
        %v2504 = arith.constant true
        %v2505 = arith.addi %v10, %v2503 : i64
        %v2506 = llvm.getelementptr %v6[%v2505] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2507 = llvm.load %v2506 : !llvm.ptr<3> -> i64
        %v2508 = arith.addi %v78, %v2068 : i64
        %v2509 = arith.cmpi slt, %v2508, %size_L : i64
        %v2510 = arith.subi %size_L, %v1 : i64
        %v2511 = arith.minsi %v2508, %v2510 : i64
        %v2512 = arith.addi %v2507, %v2511 : i64
        %v2513 = arith.muli %v2505, %v120 : i64
        %v2514 = arith.addi %v2513, %v2068 : i64
        %v2515 = llvm.getelementptr %in_g_im[%v2512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2516 = llvm.load %v2515 : !llvm.ptr -> f32
        scf.if %v2070 {
          %v2517 = llvm.getelementptr %v7[%v2080] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2082, %v2517 : f32, !llvm.ptr<3>
        }
        scf.if %v2084 {
          %v2518 = llvm.getelementptr %v7[%v2094] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2096, %v2518 : f32, !llvm.ptr<3>
        }
        scf.if %v2098 {
          %v2519 = llvm.getelementptr %v7[%v2108] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2110, %v2519 : f32, !llvm.ptr<3>
        }
        scf.if %v2112 {
          %v2520 = llvm.getelementptr %v7[%v2122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2124, %v2520 : f32, !llvm.ptr<3>
        }
        scf.if %v2126 {
          %v2521 = llvm.getelementptr %v7[%v2136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2138, %v2521 : f32, !llvm.ptr<3>
        }
        scf.if %v2140 {
          %v2522 = llvm.getelementptr %v7[%v2150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2152, %v2522 : f32, !llvm.ptr<3>
        }
        scf.if %v2154 {
          %v2523 = llvm.getelementptr %v7[%v2164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2166, %v2523 : f32, !llvm.ptr<3>
        }
        scf.if %v2168 {
          %v2524 = llvm.getelementptr %v7[%v2178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2180, %v2524 : f32, !llvm.ptr<3>
        }
        scf.if %v2182 {
          %v2525 = llvm.getelementptr %v7[%v2192] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2194, %v2525 : f32, !llvm.ptr<3>
        }
        scf.if %v2196 {
          %v2526 = llvm.getelementptr %v7[%v2206] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2208, %v2526 : f32, !llvm.ptr<3>
        }
        scf.if %v2210 {
          %v2527 = llvm.getelementptr %v7[%v2220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2222, %v2527 : f32, !llvm.ptr<3>
        }
        scf.if %v2224 {
          %v2528 = llvm.getelementptr %v7[%v2234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2236, %v2528 : f32, !llvm.ptr<3>
        }
        scf.if %v2238 {
          %v2529 = llvm.getelementptr %v7[%v2248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2250, %v2529 : f32, !llvm.ptr<3>
        }
        scf.if %v2252 {
          %v2530 = llvm.getelementptr %v7[%v2262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2264, %v2530 : f32, !llvm.ptr<3>
        }
        scf.if %v2266 {
          %v2531 = llvm.getelementptr %v7[%v2276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2278, %v2531 : f32, !llvm.ptr<3>
        }
        scf.if %v2280 {
          %v2532 = llvm.getelementptr %v7[%v2290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2292, %v2532 : f32, !llvm.ptr<3>
        }
        scf.if %v2294 {
          %v2533 = llvm.getelementptr %v7[%v2304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2306, %v2533 : f32, !llvm.ptr<3>
        }
        scf.if %v2308 {
          %v2534 = llvm.getelementptr %v7[%v2318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2320, %v2534 : f32, !llvm.ptr<3>
        }
        scf.if %v2322 {
          %v2535 = llvm.getelementptr %v7[%v2332] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2334, %v2535 : f32, !llvm.ptr<3>
        }
        scf.if %v2336 {
          %v2536 = llvm.getelementptr %v7[%v2346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2348, %v2536 : f32, !llvm.ptr<3>
        }
        scf.if %v2350 {
          %v2537 = llvm.getelementptr %v7[%v2360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2362, %v2537 : f32, !llvm.ptr<3>
        }
        scf.if %v2364 {
          %v2538 = llvm.getelementptr %v7[%v2374] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2376, %v2538 : f32, !llvm.ptr<3>
        }
        scf.if %v2378 {
          %v2539 = llvm.getelementptr %v7[%v2388] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2390, %v2539 : f32, !llvm.ptr<3>
        }
        scf.if %v2392 {
          %v2540 = llvm.getelementptr %v7[%v2402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2404, %v2540 : f32, !llvm.ptr<3>
        }
        scf.if %v2406 {
          %v2541 = llvm.getelementptr %v7[%v2416] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2418, %v2541 : f32, !llvm.ptr<3>
        }
        scf.if %v2420 {
          %v2542 = llvm.getelementptr %v7[%v2430] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2432, %v2542 : f32, !llvm.ptr<3>
        }
        scf.if %v2434 {
          %v2543 = llvm.getelementptr %v7[%v2444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2446, %v2543 : f32, !llvm.ptr<3>
        }
        scf.if %v2448 {
          %v2544 = llvm.getelementptr %v7[%v2458] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2460, %v2544 : f32, !llvm.ptr<3>
        }
        scf.if %v2462 {
          %v2545 = llvm.getelementptr %v7[%v2472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2474, %v2545 : f32, !llvm.ptr<3>
        }
        scf.if %v2476 {
          %v2546 = llvm.getelementptr %v7[%v2486] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2488, %v2546 : f32, !llvm.ptr<3>
        }
        scf.if %v2490 {
          %v2547 = llvm.getelementptr %v7[%v2500] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2502, %v2547 : f32, !llvm.ptr<3>
        }
        scf.if %v2504 {
          %v2548 = llvm.getelementptr %v7[%v2514] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2516, %v2548 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v2549 = arith.index_cast %v26 : i64 to index
        %v2550 = arith.index_cast %v107 : i64 to index
        %v2551 = arith.index_cast %v1 : i64 to index
        scf.for %v2552 = %v2549 to %v2550 step %v2551 {
          %v2553 = arith.index_cast %v2552 : index to i64
          %v2554 = arith.addi %v78, %v2553 : i64
          %v2560 = arith.muli %v26, %v16 : i64
          %v2561 = arith.addi %v2560, %v14 : i64
          %v2562 = arith.muli %v2561, %v120 : i64
          %v2563 = arith.addi %v2562, %v2553 : i64
          %v2564 = llvm.getelementptr %v7[%v2563] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2565 = llvm.load %v2564 : !llvm.ptr<3> -> f32
          %v2566 = arith.negf %v2565 : f32
          %v2568 = arith.mulf %v2566, %v2567 fastmath<contract> : f32
          %v2569 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2568) : (f32) -> f32
          %v2570 = arith.addf %v2558, %v2569 fastmath<contract> : f32
          %v2571 = arith.divf %v2558, %v2570 : f32
          %v2572 = arith.mulf %v2559, %v2571 fastmath<contract> : f32
          %v2573 = arith.addf %v2557, %v2572 fastmath<contract> : f32
          %v2587 = arith.mulf %v2573, %v2586 fastmath<contract> : f32
          %v2588 = arith.subf %v2558, %v2573 fastmath<contract> : f32
          %v2589 = arith.muli %v1, %v16 : i64
          %v2590 = arith.addi %v2589, %v14 : i64
          %v2591 = arith.muli %v2590, %v120 : i64
          %v2592 = arith.addi %v2591, %v2553 : i64
          %v2593 = llvm.getelementptr %v7[%v2592] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2594 = llvm.load %v2593 : !llvm.ptr<3> -> f32
          %v2595 = arith.negf %v2594 : f32
          %v2596 = arith.mulf %v2595, %v2567 fastmath<contract> : f32
          %v2597 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2596) : (f32) -> f32
          %v2598 = arith.addf %v2558, %v2597 fastmath<contract> : f32
          %v2599 = arith.divf %v2558, %v2598 : f32
          %v2600 = arith.mulf %v2594, %v2599 fastmath<contract> : f32
          %v2601 = arith.mulf %v2588, %v2600 fastmath<contract> : f32
          %v2602 = llvm.load %v4 : !llvm.ptr -> f32
          %v2603 = arith.mulf %v2587, %v2602 fastmath<contract> : f32
          %v2604 = arith.addf %v2603, %v2601 fastmath<contract> : f32
          %v2612 = arith.mulf %v2573, %v2611 fastmath<contract> : f32
          %v2613 = arith.negf %v2612 : f32
          %v2614 = llvm.load %v5 : !llvm.ptr -> f32
          %v2615 = arith.mulf %v2613, %v2614 fastmath<contract> : f32
          %v2616 = arith.addf %v2604, %v2615 fastmath<contract> : f32
          %v2617 = arith.muli %v50, %v16 : i64
          %v2618 = arith.addi %v2617, %v14 : i64
          %v2619 = arith.muli %v2618, %v120 : i64
          %v2620 = arith.addi %v2619, %v2553 : i64
          %v2621 = llvm.getelementptr %v7[%v2620] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2622 = llvm.load %v2621 : !llvm.ptr<3> -> f32
          %v2623 = arith.negf %v2622 : f32
          %v2624 = arith.mulf %v2623, %v2567 fastmath<contract> : f32
          %v2625 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2624) : (f32) -> f32
          %v2626 = arith.addf %v2558, %v2625 fastmath<contract> : f32
          %v2627 = arith.divf %v2558, %v2626 : f32
          %v2628 = arith.mulf %v2622, %v2627 fastmath<contract> : f32
          %v2629 = arith.mulf %v2588, %v2628 fastmath<contract> : f32
          %v2630 = llvm.load %v5 : !llvm.ptr -> f32
          %v2631 = arith.mulf %v2587, %v2630 fastmath<contract> : f32
          %v2632 = arith.addf %v2631, %v2629 fastmath<contract> : f32
          %v2633 = llvm.load %v4 : !llvm.ptr -> f32
          %v2634 = arith.mulf %v2612, %v2633 fastmath<contract> : f32
          %v2635 = arith.addf %v2632, %v2634 fastmath<contract> : f32
          llvm.store %v2616, %v4 : f32, !llvm.ptr
          llvm.store %v2635, %v5 : f32, !llvm.ptr
          %v2636 = arith.muli %v59, %v16 : i64
          %v2637 = arith.addi %v2636, %v14 : i64
          %v2638 = arith.muli %v2637, %v120 : i64
          %v2639 = arith.addi %v2638, %v2553 : i64
          %v2640 = llvm.getelementptr %v7[%v2639] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2641 = llvm.load %v2640 : !llvm.ptr<3> -> f32
          %v2642 = arith.negf %v2641 : f32
          %v2643 = arith.mulf %v2642, %v2567 fastmath<contract> : f32
          %v2644 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2643) : (f32) -> f32
          %v2645 = arith.addf %v2558, %v2644 fastmath<contract> : f32
          %v2646 = arith.divf %v2558, %v2645 : f32
          %v2647 = llvm.load %v4 : !llvm.ptr -> f32
          %v2648 = arith.mulf %v2646, %v2647 fastmath<contract> : f32
          scf.if %v19 {
            %v2649 = arith.muli %v24, %v28 : i64
            %v2650 = arith.muli %v22, %v27 : i64
            %v2651 = arith.addi %v2649, %v2650 : i64
            %v2652 = arith.muli %v2554, %v1 : i64
            %v2653 = arith.addi %v2651, %v2652 : i64
            %v2654 = llvm.getelementptr %out_y_re[%v2653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2648, %v2654 : f32, !llvm.ptr
          }
          %v2655 = llvm.load %v5 : !llvm.ptr -> f32
          %v2656 = arith.muli %v68, %v16 : i64
          %v2657 = arith.addi %v2656, %v14 : i64
          %v2658 = arith.muli %v2657, %v120 : i64
          %v2659 = arith.addi %v2658, %v2553 : i64
          %v2660 = llvm.getelementptr %v7[%v2659] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2661 = llvm.load %v2660 : !llvm.ptr<3> -> f32
          %v2662 = arith.negf %v2661 : f32
          %v2663 = arith.mulf %v2662, %v2567 fastmath<contract> : f32
          %v2664 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2663) : (f32) -> f32
          %v2665 = arith.addf %v2558, %v2664 fastmath<contract> : f32
          %v2666 = arith.divf %v2558, %v2665 : f32
          %v2667 = arith.mulf %v2655, %v2666 fastmath<contract> : f32
          scf.if %v19 {
            %v2668 = arith.muli %v24, %v28 : i64
            %v2669 = arith.muli %v22, %v27 : i64
            %v2670 = arith.addi %v2668, %v2669 : i64
            %v2671 = arith.muli %v2554, %v1 : i64
            %v2672 = arith.addi %v2670, %v2671 : i64
            %v2673 = llvm.getelementptr %out_y_im[%v2672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2667, %v2673 : f32, !llvm.ptr
          }
        }
        gpu.barrier
      }
      gpu.return
    }
  }
}
