module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_hgrn_complex_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<320 x i64>
    llvm.mlir.global internal @smem_hgrn_complex_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<10560 x f32>
    gpu.func @hgrn_complex_chunk_apply(%in_f: !llvm.ptr, %in_c_re: !llvm.ptr, %in_c_im: !llvm.ptr, %in_g_re: !llvm.ptr, %in_g_im: !llvm.ptr, %in_gamma: !llvm.ptr, %in_theta: !llvm.ptr, %out_y_re: !llvm.ptr, %out_y_im: !llvm.ptr, %carry_h_re: !llvm.ptr, %ckpt_h_re: !llvm.ptr, %carry_h_im: !llvm.ptr, %ckpt_h_im: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.mlir.addressof @rows_hgrn_complex_chunk_apply : !llvm.ptr<3>
      %v7 = llvm.mlir.addressof @smem_hgrn_complex_chunk_apply : !llvm.ptr<3>
      %v8 = arith.constant 255 : i64
      %v9 = arith.addi %size_L, %v8 : i64
      %v10 = arith.constant 256 : i64
      %v11 = arith.divui %v9, %v10 : i64
      %v16 = arith.constant 64 : i64
      %v31 = arith.constant 0 : i64
      %v32 = arith.muli %v1, %size_L : i64
      %v33 = arith.muli %v32, %size_D : i64
      %v55 = arith.constant 2 : i64
      %v64 = arith.constant 3 : i64
      %v73 = arith.constant 4 : i64
      %v96 = arith.constant 32 : i64
      %v108 = arith.muli %v1, %size_B : i64
      %v109 = arith.muli %v108, %size_D : i64
      %v112 = arith.muli %v1, %size_D : i64
      %v120 = arith.muli %v1, %size_B : i64
      %v121 = arith.muli %v120, %size_D : i64
      %v143 = arith.constant 33 : i64
      %v176 = arith.constant 6 : i64
      %v191 = arith.constant 8 : i64
      %v206 = arith.constant 10 : i64
      %v221 = arith.constant 12 : i64
      %v236 = arith.constant 14 : i64
      %v251 = arith.constant 16 : i64
      %v266 = arith.constant 18 : i64
      %v281 = arith.constant 20 : i64
      %v296 = arith.constant 22 : i64
      %v311 = arith.constant 24 : i64
      %v326 = arith.constant 26 : i64
      %v341 = arith.constant 28 : i64
      %v356 = arith.constant 30 : i64
      %v385 = arith.constant 34 : i64
      %v400 = arith.constant 36 : i64
      %v415 = arith.constant 38 : i64
      %v430 = arith.constant 40 : i64
      %v445 = arith.constant 42 : i64
      %v460 = arith.constant 44 : i64
      %v475 = arith.constant 46 : i64
      %v490 = arith.constant 48 : i64
      %v505 = arith.constant 50 : i64
      %v520 = arith.constant 52 : i64
      %v535 = arith.constant 54 : i64
      %v550 = arith.constant 56 : i64
      %v565 = arith.constant 58 : i64
      %v580 = arith.constant 60 : i64
      %v595 = arith.constant 62 : i64
      %v1128 = arith.constant 128 : i64
      %v1611 = arith.constant 192 : i64
      %v2581 = arith.constant 0x3F800000 : f32
      %v2590 = arith.constant 0x3FB8AA3B : f32
      %v2600 = arith.constant 0x3E22F983 : f32
      %v2603 = arith.constant 0x40C90000 : f32
      %v2604 = arith.constant 0x3AFDAA22 : f32
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
      %v2578 = arith.muli %v27, %v1 : i64
      %v2579 = llvm.getelementptr %in_gamma[%v2578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2580 = llvm.load %v2579 : !llvm.ptr -> f32
      %v2582 = arith.subf %v2581, %v2580 fastmath<contract> : f32
      %v2597 = arith.muli %v27, %v1 : i64
      %v2598 = llvm.getelementptr %in_theta[%v2597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2599 = llvm.load %v2598 : !llvm.ptr -> f32
      %v2601 = arith.mulf %v2599, %v2600 fastmath<contract> : f32
      %v2602 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2601) : (f32) -> f32
      %v2605 = arith.mulf %v2602, %v2603 fastmath<contract> : f32
      %v2606 = arith.subf %v2599, %v2605 fastmath<contract> : f32
      %v2607 = arith.mulf %v2602, %v2604 fastmath<contract> : f32
      %v2608 = arith.subf %v2606, %v2607 fastmath<contract> : f32
      %v2609 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2608) : (f32) -> f32
      %v2628 = arith.mulf %v2599, %v2600 fastmath<contract> : f32
      %v2629 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2628) : (f32) -> f32
      %v2630 = arith.mulf %v2629, %v2603 fastmath<contract> : f32
      %v2631 = arith.subf %v2599, %v2630 fastmath<contract> : f32
      %v2632 = arith.mulf %v2629, %v2604 fastmath<contract> : f32
      %v2633 = arith.subf %v2631, %v2632 fastmath<contract> : f32
      %v2634 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2633) : (f32) -> f32
      %v34 = arith.muli %v29, %v33 : i64
      %v35 = arith.muli %v27, %v32 : i64
      %v36 = arith.addi %v34, %v35 : i64
      %v37 = arith.muli %v31, %v1 : i64
      %v38 = arith.addi %v36, %v37 : i64
      %v39 = arith.muli %v31, %v16 : i64
      %v40 = arith.addi %v39, %v14 : i64
      %v41 = llvm.getelementptr %v6[%v40] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v38, %v41 : i64, !llvm.ptr<3>
      %v42 = arith.muli %v29, %v33 : i64
      %v43 = arith.muli %v27, %v32 : i64
      %v44 = arith.addi %v42, %v43 : i64
      %v45 = arith.muli %v31, %v1 : i64
      %v46 = arith.addi %v44, %v45 : i64
      %v47 = arith.muli %v1, %v16 : i64
      %v48 = arith.addi %v47, %v14 : i64
      %v49 = llvm.getelementptr %v6[%v48] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v46, %v49 : i64, !llvm.ptr<3>
      %v50 = arith.muli %v29, %v33 : i64
      %v51 = arith.muli %v27, %v32 : i64
      %v52 = arith.addi %v50, %v51 : i64
      %v53 = arith.muli %v31, %v1 : i64
      %v54 = arith.addi %v52, %v53 : i64
      %v56 = arith.muli %v55, %v16 : i64
      %v57 = arith.addi %v56, %v14 : i64
      %v58 = llvm.getelementptr %v6[%v57] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v54, %v58 : i64, !llvm.ptr<3>
      %v59 = arith.muli %v29, %v33 : i64
      %v60 = arith.muli %v27, %v32 : i64
      %v61 = arith.addi %v59, %v60 : i64
      %v62 = arith.muli %v31, %v1 : i64
      %v63 = arith.addi %v61, %v62 : i64
      %v65 = arith.muli %v64, %v16 : i64
      %v66 = arith.addi %v65, %v14 : i64
      %v67 = llvm.getelementptr %v6[%v66] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v63, %v67 : i64, !llvm.ptr<3>
      %v68 = arith.muli %v29, %v33 : i64
      %v69 = arith.muli %v27, %v32 : i64
      %v70 = arith.addi %v68, %v69 : i64
      %v71 = arith.muli %v31, %v1 : i64
      %v72 = arith.addi %v70, %v71 : i64
      %v74 = arith.muli %v73, %v16 : i64
      %v75 = arith.addi %v74, %v14 : i64
      %v76 = llvm.getelementptr %v6[%v75] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v72, %v76 : i64, !llvm.ptr<3>
      gpu.barrier
      %v77 = arith.muli %v20, %v3 : i64
      %v78 = arith.subi %v3, %v1 : i64
      %v79 = arith.minsi %v23, %v78 : i64
      %v80 = arith.addi %v77, %v79 : i64
      %v81 = arith.muli %v80, %v1 : i64
      %v82 = arith.addi %v81, %v31 : i64
      %v83 = llvm.getelementptr %carry_h_re[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v84 = llvm.load %v83 : !llvm.ptr -> f32
      llvm.store %v84, %v4 : f32, !llvm.ptr
      %v85 = arith.muli %v20, %v3 : i64
      %v86 = arith.subi %v3, %v1 : i64
      %v87 = arith.minsi %v23, %v86 : i64
      %v88 = arith.addi %v85, %v87 : i64
      %v89 = arith.muli %v88, %v1 : i64
      %v90 = arith.addi %v89, %v31 : i64
      %v91 = llvm.getelementptr %carry_h_im[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v92 = llvm.load %v91 : !llvm.ptr -> f32
      llvm.store %v92, %v5 : f32, !llvm.ptr
      %v93 = arith.muli %v20, %v10 : i64
      %v94 = arith.addi %v93, %v10 : i64
      %v95 = arith.minsi %v94, %size_L : i64
      %v97 = arith.index_cast %v93 : i64 to index
      %v98 = arith.index_cast %v95 : i64 to index
      %v99 = arith.index_cast %v96 : i64 to index
      scf.for %v100 = %v97 to %v98 step %v99 {
        %v101 = arith.index_cast %v100 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v102 = arith.remui %v101, %v16 : i64
        %v103 = arith.cmpi eq, %v102, %v31 : i64
        %v104 = arith.andi %v103, %v24 : i1
        scf.if %v104 {
          %v105 = arith.divui %v101, %v16 : i64
          %v106 = llvm.mlir.zero : !llvm.ptr
          %v107 = llvm.icmp "ne" %ckpt_h_re, %v106 : !llvm.ptr
          scf.if %v107 {
            %v110 = arith.muli %v105, %v109 : i64
            %v111 = llvm.load %v4 : !llvm.ptr -> f32
            %v113 = arith.muli %v29, %v112 : i64
            %v114 = arith.muli %v27, %v1 : i64
            %v115 = arith.addi %v113, %v114 : i64
            %v116 = arith.addi %v110, %v115 : i64
            %v117 = llvm.getelementptr %ckpt_h_re[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v111, %v117 : f32, !llvm.ptr
          }
          %v118 = llvm.mlir.zero : !llvm.ptr
          %v119 = llvm.icmp "ne" %ckpt_h_im, %v118 : !llvm.ptr
          scf.if %v119 {
            %v122 = arith.muli %v105, %v121 : i64
            %v123 = llvm.load %v5 : !llvm.ptr -> f32
            %v124 = arith.muli %v29, %v112 : i64
            %v125 = arith.muli %v27, %v1 : i64
            %v126 = arith.addi %v124, %v125 : i64
            %v127 = arith.addi %v122, %v126 : i64
            %v128 = llvm.getelementptr %ckpt_h_im[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v123, %v128 : f32, !llvm.ptr
          }
        }
        // end save
        %v129 = arith.subi %v95, %v101 : i64
        %v130 = arith.minsi %v129, %v96 : i64
        %v131 = arith.divui %v14, %v96 : i64
        %v132 = arith.remui %v14, %v96 : i64
        %v133 = arith.addi %v131, %v31 : i64
        %v134 = arith.constant true
        %v135 = arith.addi %v31, %v133 : i64
        %v136 = llvm.getelementptr %v6[%v135] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v137 = llvm.load %v136 : !llvm.ptr<3> -> i64
        %v138 = arith.addi %v101, %v132 : i64
        %v139 = arith.cmpi slt, %v138, %v95 : i64
        %v140 = arith.subi %size_L, %v1 : i64
        %v141 = arith.minsi %v138, %v140 : i64
        %v142 = arith.addi %v137, %v141 : i64
        %v144 = arith.muli %v135, %v143 : i64
        %v145 = arith.addi %v144, %v132 : i64
        %v146 = llvm.getelementptr %in_f[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v147 = llvm.load %v146 : !llvm.ptr -> f32
        %v148 = arith.addi %v131, %v55 : i64
        %v149 = arith.constant true
        %v150 = arith.addi %v31, %v148 : i64
        %v151 = llvm.getelementptr %v6[%v150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v152 = llvm.load %v151 : !llvm.ptr<3> -> i64
        %v153 = arith.addi %v101, %v132 : i64
        %v154 = arith.cmpi slt, %v153, %v95 : i64
        %v155 = arith.subi %size_L, %v1 : i64
        %v156 = arith.minsi %v153, %v155 : i64
        %v157 = arith.addi %v152, %v156 : i64
        %v158 = arith.muli %v150, %v143 : i64
        %v159 = arith.addi %v158, %v132 : i64
        %v160 = llvm.getelementptr %in_f[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v161 = llvm.load %v160 : !llvm.ptr -> f32
        %v162 = arith.addi %v131, %v73 : i64
        %v163 = arith.constant true
        %v164 = arith.addi %v31, %v162 : i64
        %v165 = llvm.getelementptr %v6[%v164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v166 = llvm.load %v165 : !llvm.ptr<3> -> i64
        %v167 = arith.addi %v101, %v132 : i64
        %v168 = arith.cmpi slt, %v167, %v95 : i64
        %v169 = arith.subi %size_L, %v1 : i64
        %v170 = arith.minsi %v167, %v169 : i64
        %v171 = arith.addi %v166, %v170 : i64
        %v172 = arith.muli %v164, %v143 : i64
        %v173 = arith.addi %v172, %v132 : i64
        %v174 = llvm.getelementptr %in_f[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v175 = llvm.load %v174 : !llvm.ptr -> f32
        %v177 = arith.addi %v131, %v176 : i64
        %v178 = arith.constant true
        %v179 = arith.addi %v31, %v177 : i64
        %v180 = llvm.getelementptr %v6[%v179] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v181 = llvm.load %v180 : !llvm.ptr<3> -> i64
        %v182 = arith.addi %v101, %v132 : i64
        %v183 = arith.cmpi slt, %v182, %v95 : i64
        %v184 = arith.subi %size_L, %v1 : i64
        %v185 = arith.minsi %v182, %v184 : i64
        %v186 = arith.addi %v181, %v185 : i64
        %v187 = arith.muli %v179, %v143 : i64
        %v188 = arith.addi %v187, %v132 : i64
        %v189 = llvm.getelementptr %in_f[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v190 = llvm.load %v189 : !llvm.ptr -> f32
        %v192 = arith.addi %v131, %v191 : i64
        %v193 = arith.constant true
        %v194 = arith.addi %v31, %v192 : i64
        %v195 = llvm.getelementptr %v6[%v194] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v196 = llvm.load %v195 : !llvm.ptr<3> -> i64
        %v197 = arith.addi %v101, %v132 : i64
        %v198 = arith.cmpi slt, %v197, %v95 : i64
        %v199 = arith.subi %size_L, %v1 : i64
        %v200 = arith.minsi %v197, %v199 : i64
        %v201 = arith.addi %v196, %v200 : i64
        %v202 = arith.muli %v194, %v143 : i64
        %v203 = arith.addi %v202, %v132 : i64
        %v204 = llvm.getelementptr %in_f[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v205 = llvm.load %v204 : !llvm.ptr -> f32
        %v207 = arith.addi %v131, %v206 : i64
        %v208 = arith.constant true
        %v209 = arith.addi %v31, %v207 : i64
        %v210 = llvm.getelementptr %v6[%v209] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v211 = llvm.load %v210 : !llvm.ptr<3> -> i64
        %v212 = arith.addi %v101, %v132 : i64
        %v213 = arith.cmpi slt, %v212, %v95 : i64
        %v214 = arith.subi %size_L, %v1 : i64
        %v215 = arith.minsi %v212, %v214 : i64
        %v216 = arith.addi %v211, %v215 : i64
        %v217 = arith.muli %v209, %v143 : i64
        %v218 = arith.addi %v217, %v132 : i64
        %v219 = llvm.getelementptr %in_f[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v220 = llvm.load %v219 : !llvm.ptr -> f32
        %v222 = arith.addi %v131, %v221 : i64
        %v223 = arith.constant true
        %v224 = arith.addi %v31, %v222 : i64
        %v225 = llvm.getelementptr %v6[%v224] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v226 = llvm.load %v225 : !llvm.ptr<3> -> i64
        %v227 = arith.addi %v101, %v132 : i64
        %v228 = arith.cmpi slt, %v227, %v95 : i64
        %v229 = arith.subi %size_L, %v1 : i64
        %v230 = arith.minsi %v227, %v229 : i64
        %v231 = arith.addi %v226, %v230 : i64
        %v232 = arith.muli %v224, %v143 : i64
        %v233 = arith.addi %v232, %v132 : i64
        %v234 = llvm.getelementptr %in_f[%v231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v235 = llvm.load %v234 : !llvm.ptr -> f32
        %v237 = arith.addi %v131, %v236 : i64
        %v238 = arith.constant true
        %v239 = arith.addi %v31, %v237 : i64
        %v240 = llvm.getelementptr %v6[%v239] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v241 = llvm.load %v240 : !llvm.ptr<3> -> i64
        %v242 = arith.addi %v101, %v132 : i64
        %v243 = arith.cmpi slt, %v242, %v95 : i64
        %v244 = arith.subi %size_L, %v1 : i64
        %v245 = arith.minsi %v242, %v244 : i64
        %v246 = arith.addi %v241, %v245 : i64
        %v247 = arith.muli %v239, %v143 : i64
        %v248 = arith.addi %v247, %v132 : i64
        %v249 = llvm.getelementptr %in_f[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v250 = llvm.load %v249 : !llvm.ptr -> f32
        %v252 = arith.addi %v131, %v251 : i64
        %v253 = arith.constant true
        %v254 = arith.addi %v31, %v252 : i64
        %v255 = llvm.getelementptr %v6[%v254] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v256 = llvm.load %v255 : !llvm.ptr<3> -> i64
        %v257 = arith.addi %v101, %v132 : i64
        %v258 = arith.cmpi slt, %v257, %v95 : i64
        %v259 = arith.subi %size_L, %v1 : i64
        %v260 = arith.minsi %v257, %v259 : i64
        %v261 = arith.addi %v256, %v260 : i64
        %v262 = arith.muli %v254, %v143 : i64
        %v263 = arith.addi %v262, %v132 : i64
        %v264 = llvm.getelementptr %in_f[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v265 = llvm.load %v264 : !llvm.ptr -> f32
        %v267 = arith.addi %v131, %v266 : i64
        %v268 = arith.constant true
        %v269 = arith.addi %v31, %v267 : i64
        %v270 = llvm.getelementptr %v6[%v269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v271 = llvm.load %v270 : !llvm.ptr<3> -> i64
        %v272 = arith.addi %v101, %v132 : i64
        %v273 = arith.cmpi slt, %v272, %v95 : i64
        %v274 = arith.subi %size_L, %v1 : i64
        %v275 = arith.minsi %v272, %v274 : i64
        %v276 = arith.addi %v271, %v275 : i64
        %v277 = arith.muli %v269, %v143 : i64
        %v278 = arith.addi %v277, %v132 : i64
        %v279 = llvm.getelementptr %in_f[%v276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v280 = llvm.load %v279 : !llvm.ptr -> f32
        %v282 = arith.addi %v131, %v281 : i64
        %v283 = arith.constant true
        %v284 = arith.addi %v31, %v282 : i64
        %v285 = llvm.getelementptr %v6[%v284] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v286 = llvm.load %v285 : !llvm.ptr<3> -> i64
        %v287 = arith.addi %v101, %v132 : i64
        %v288 = arith.cmpi slt, %v287, %v95 : i64
        %v289 = arith.subi %size_L, %v1 : i64
        %v290 = arith.minsi %v287, %v289 : i64
        %v291 = arith.addi %v286, %v290 : i64
        %v292 = arith.muli %v284, %v143 : i64
        %v293 = arith.addi %v292, %v132 : i64
        %v294 = llvm.getelementptr %in_f[%v291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v295 = llvm.load %v294 : !llvm.ptr -> f32
        %v297 = arith.addi %v131, %v296 : i64
        %v298 = arith.constant true
        %v299 = arith.addi %v31, %v297 : i64
        %v300 = llvm.getelementptr %v6[%v299] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v301 = llvm.load %v300 : !llvm.ptr<3> -> i64
        %v302 = arith.addi %v101, %v132 : i64
        %v303 = arith.cmpi slt, %v302, %v95 : i64
        %v304 = arith.subi %size_L, %v1 : i64
        %v305 = arith.minsi %v302, %v304 : i64
        %v306 = arith.addi %v301, %v305 : i64
        %v307 = arith.muli %v299, %v143 : i64
        %v308 = arith.addi %v307, %v132 : i64
        %v309 = llvm.getelementptr %in_f[%v306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v310 = llvm.load %v309 : !llvm.ptr -> f32
        %v312 = arith.addi %v131, %v311 : i64
        %v313 = arith.constant true
        %v314 = arith.addi %v31, %v312 : i64
        %v315 = llvm.getelementptr %v6[%v314] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v316 = llvm.load %v315 : !llvm.ptr<3> -> i64
        %v317 = arith.addi %v101, %v132 : i64
        %v318 = arith.cmpi slt, %v317, %v95 : i64
        %v319 = arith.subi %size_L, %v1 : i64
        %v320 = arith.minsi %v317, %v319 : i64
        %v321 = arith.addi %v316, %v320 : i64
        %v322 = arith.muli %v314, %v143 : i64
        %v323 = arith.addi %v322, %v132 : i64
        %v324 = llvm.getelementptr %in_f[%v321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v325 = llvm.load %v324 : !llvm.ptr -> f32
        %v327 = arith.addi %v131, %v326 : i64
        %v328 = arith.constant true
        %v329 = arith.addi %v31, %v327 : i64
        %v330 = llvm.getelementptr %v6[%v329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v331 = llvm.load %v330 : !llvm.ptr<3> -> i64
        %v332 = arith.addi %v101, %v132 : i64
        %v333 = arith.cmpi slt, %v332, %v95 : i64
        %v334 = arith.subi %size_L, %v1 : i64
        %v335 = arith.minsi %v332, %v334 : i64
        %v336 = arith.addi %v331, %v335 : i64
        %v337 = arith.muli %v329, %v143 : i64
        %v338 = arith.addi %v337, %v132 : i64
        %v339 = llvm.getelementptr %in_f[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v340 = llvm.load %v339 : !llvm.ptr -> f32
        %v342 = arith.addi %v131, %v341 : i64
        %v343 = arith.constant true
        %v344 = arith.addi %v31, %v342 : i64
        %v345 = llvm.getelementptr %v6[%v344] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v346 = llvm.load %v345 : !llvm.ptr<3> -> i64
        %v347 = arith.addi %v101, %v132 : i64
        %v348 = arith.cmpi slt, %v347, %v95 : i64
        %v349 = arith.subi %size_L, %v1 : i64
        %v350 = arith.minsi %v347, %v349 : i64
        %v351 = arith.addi %v346, %v350 : i64
        %v352 = arith.muli %v344, %v143 : i64
        %v353 = arith.addi %v352, %v132 : i64
        %v354 = llvm.getelementptr %in_f[%v351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v355 = llvm.load %v354 : !llvm.ptr -> f32
        %v357 = arith.addi %v131, %v356 : i64
        %v358 = arith.constant true
        %v359 = arith.addi %v31, %v357 : i64
        %v360 = llvm.getelementptr %v6[%v359] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v361 = llvm.load %v360 : !llvm.ptr<3> -> i64
        %v362 = arith.addi %v101, %v132 : i64
        %v363 = arith.cmpi slt, %v362, %v95 : i64
        %v364 = arith.subi %size_L, %v1 : i64
        %v365 = arith.minsi %v362, %v364 : i64
        %v366 = arith.addi %v361, %v365 : i64
        %v367 = arith.muli %v359, %v143 : i64
        %v368 = arith.addi %v367, %v132 : i64
        %v369 = llvm.getelementptr %in_f[%v366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v370 = llvm.load %v369 : !llvm.ptr -> f32
        %v371 = arith.addi %v131, %v96 : i64
        %v372 = arith.constant true
        %v373 = arith.addi %v31, %v371 : i64
        %v374 = llvm.getelementptr %v6[%v373] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v375 = llvm.load %v374 : !llvm.ptr<3> -> i64
        %v376 = arith.addi %v101, %v132 : i64
        %v377 = arith.cmpi slt, %v376, %v95 : i64
        %v378 = arith.subi %size_L, %v1 : i64
        %v379 = arith.minsi %v376, %v378 : i64
        %v380 = arith.addi %v375, %v379 : i64
        %v381 = arith.muli %v373, %v143 : i64
        %v382 = arith.addi %v381, %v132 : i64
        %v383 = llvm.getelementptr %in_f[%v380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v384 = llvm.load %v383 : !llvm.ptr -> f32
        %v386 = arith.addi %v131, %v385 : i64
        %v387 = arith.constant true
        %v388 = arith.addi %v31, %v386 : i64
        %v389 = llvm.getelementptr %v6[%v388] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v390 = llvm.load %v389 : !llvm.ptr<3> -> i64
        %v391 = arith.addi %v101, %v132 : i64
        %v392 = arith.cmpi slt, %v391, %v95 : i64
        %v393 = arith.subi %size_L, %v1 : i64
        %v394 = arith.minsi %v391, %v393 : i64
        %v395 = arith.addi %v390, %v394 : i64
        %v396 = arith.muli %v388, %v143 : i64
        %v397 = arith.addi %v396, %v132 : i64
        %v398 = llvm.getelementptr %in_f[%v395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v399 = llvm.load %v398 : !llvm.ptr -> f32
        %v401 = arith.addi %v131, %v400 : i64
        %v402 = arith.constant true
        %v403 = arith.addi %v31, %v401 : i64
        %v404 = llvm.getelementptr %v6[%v403] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v405 = llvm.load %v404 : !llvm.ptr<3> -> i64
        %v406 = arith.addi %v101, %v132 : i64
        %v407 = arith.cmpi slt, %v406, %v95 : i64
        %v408 = arith.subi %size_L, %v1 : i64
        %v409 = arith.minsi %v406, %v408 : i64
        %v410 = arith.addi %v405, %v409 : i64
        %v411 = arith.muli %v403, %v143 : i64
        %v412 = arith.addi %v411, %v132 : i64
        %v413 = llvm.getelementptr %in_f[%v410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v414 = llvm.load %v413 : !llvm.ptr -> f32
        %v416 = arith.addi %v131, %v415 : i64
        %v417 = arith.constant true
        %v418 = arith.addi %v31, %v416 : i64
        %v419 = llvm.getelementptr %v6[%v418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v420 = llvm.load %v419 : !llvm.ptr<3> -> i64
        %v421 = arith.addi %v101, %v132 : i64
        %v422 = arith.cmpi slt, %v421, %v95 : i64
        %v423 = arith.subi %size_L, %v1 : i64
        %v424 = arith.minsi %v421, %v423 : i64
        %v425 = arith.addi %v420, %v424 : i64
        %v426 = arith.muli %v418, %v143 : i64
        %v427 = arith.addi %v426, %v132 : i64
        %v428 = llvm.getelementptr %in_f[%v425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v429 = llvm.load %v428 : !llvm.ptr -> f32
        %v431 = arith.addi %v131, %v430 : i64
        %v432 = arith.constant true
        %v433 = arith.addi %v31, %v431 : i64
        %v434 = llvm.getelementptr %v6[%v433] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v435 = llvm.load %v434 : !llvm.ptr<3> -> i64
        %v436 = arith.addi %v101, %v132 : i64
        %v437 = arith.cmpi slt, %v436, %v95 : i64
        %v438 = arith.subi %size_L, %v1 : i64
        %v439 = arith.minsi %v436, %v438 : i64
        %v440 = arith.addi %v435, %v439 : i64
        %v441 = arith.muli %v433, %v143 : i64
        %v442 = arith.addi %v441, %v132 : i64
        %v443 = llvm.getelementptr %in_f[%v440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v444 = llvm.load %v443 : !llvm.ptr -> f32
        %v446 = arith.addi %v131, %v445 : i64
        %v447 = arith.constant true
        %v448 = arith.addi %v31, %v446 : i64
        %v449 = llvm.getelementptr %v6[%v448] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v450 = llvm.load %v449 : !llvm.ptr<3> -> i64
        %v451 = arith.addi %v101, %v132 : i64
        %v452 = arith.cmpi slt, %v451, %v95 : i64
        %v453 = arith.subi %size_L, %v1 : i64
        %v454 = arith.minsi %v451, %v453 : i64
        %v455 = arith.addi %v450, %v454 : i64
        %v456 = arith.muli %v448, %v143 : i64
        %v457 = arith.addi %v456, %v132 : i64
        %v458 = llvm.getelementptr %in_f[%v455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v459 = llvm.load %v458 : !llvm.ptr -> f32
        %v461 = arith.addi %v131, %v460 : i64
        %v462 = arith.constant true
        %v463 = arith.addi %v31, %v461 : i64
        %v464 = llvm.getelementptr %v6[%v463] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v465 = llvm.load %v464 : !llvm.ptr<3> -> i64
        %v466 = arith.addi %v101, %v132 : i64
        %v467 = arith.cmpi slt, %v466, %v95 : i64
        %v468 = arith.subi %size_L, %v1 : i64
        %v469 = arith.minsi %v466, %v468 : i64
        %v470 = arith.addi %v465, %v469 : i64
        %v471 = arith.muli %v463, %v143 : i64
        %v472 = arith.addi %v471, %v132 : i64
        %v473 = llvm.getelementptr %in_f[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v474 = llvm.load %v473 : !llvm.ptr -> f32
        %v476 = arith.addi %v131, %v475 : i64
        %v477 = arith.constant true
        %v478 = arith.addi %v31, %v476 : i64
        %v479 = llvm.getelementptr %v6[%v478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v480 = llvm.load %v479 : !llvm.ptr<3> -> i64
        %v481 = arith.addi %v101, %v132 : i64
        %v482 = arith.cmpi slt, %v481, %v95 : i64
        %v483 = arith.subi %size_L, %v1 : i64
        %v484 = arith.minsi %v481, %v483 : i64
        %v485 = arith.addi %v480, %v484 : i64
        %v486 = arith.muli %v478, %v143 : i64
        %v487 = arith.addi %v486, %v132 : i64
        %v488 = llvm.getelementptr %in_f[%v485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v489 = llvm.load %v488 : !llvm.ptr -> f32
        %v491 = arith.addi %v131, %v490 : i64
        %v492 = arith.constant true
        %v493 = arith.addi %v31, %v491 : i64
        %v494 = llvm.getelementptr %v6[%v493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v495 = llvm.load %v494 : !llvm.ptr<3> -> i64
        %v496 = arith.addi %v101, %v132 : i64
        %v497 = arith.cmpi slt, %v496, %v95 : i64
        %v498 = arith.subi %size_L, %v1 : i64
        %v499 = arith.minsi %v496, %v498 : i64
        %v500 = arith.addi %v495, %v499 : i64
        %v501 = arith.muli %v493, %v143 : i64
        %v502 = arith.addi %v501, %v132 : i64
        %v503 = llvm.getelementptr %in_f[%v500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v504 = llvm.load %v503 : !llvm.ptr -> f32
        %v506 = arith.addi %v131, %v505 : i64
        %v507 = arith.constant true
        %v508 = arith.addi %v31, %v506 : i64
        %v509 = llvm.getelementptr %v6[%v508] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v510 = llvm.load %v509 : !llvm.ptr<3> -> i64
        %v511 = arith.addi %v101, %v132 : i64
        %v512 = arith.cmpi slt, %v511, %v95 : i64
        %v513 = arith.subi %size_L, %v1 : i64
        %v514 = arith.minsi %v511, %v513 : i64
        %v515 = arith.addi %v510, %v514 : i64
        %v516 = arith.muli %v508, %v143 : i64
        %v517 = arith.addi %v516, %v132 : i64
        %v518 = llvm.getelementptr %in_f[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v519 = llvm.load %v518 : !llvm.ptr -> f32
        %v521 = arith.addi %v131, %v520 : i64
        %v522 = arith.constant true
        %v523 = arith.addi %v31, %v521 : i64
        %v524 = llvm.getelementptr %v6[%v523] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v525 = llvm.load %v524 : !llvm.ptr<3> -> i64
        %v526 = arith.addi %v101, %v132 : i64
        %v527 = arith.cmpi slt, %v526, %v95 : i64
        %v528 = arith.subi %size_L, %v1 : i64
        %v529 = arith.minsi %v526, %v528 : i64
        %v530 = arith.addi %v525, %v529 : i64
        %v531 = arith.muli %v523, %v143 : i64
        %v532 = arith.addi %v531, %v132 : i64
        %v533 = llvm.getelementptr %in_f[%v530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v534 = llvm.load %v533 : !llvm.ptr -> f32
        %v536 = arith.addi %v131, %v535 : i64
        %v537 = arith.constant true
        %v538 = arith.addi %v31, %v536 : i64
        %v539 = llvm.getelementptr %v6[%v538] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v540 = llvm.load %v539 : !llvm.ptr<3> -> i64
        %v541 = arith.addi %v101, %v132 : i64
        %v542 = arith.cmpi slt, %v541, %v95 : i64
        %v543 = arith.subi %size_L, %v1 : i64
        %v544 = arith.minsi %v541, %v543 : i64
        %v545 = arith.addi %v540, %v544 : i64
        %v546 = arith.muli %v538, %v143 : i64
        %v547 = arith.addi %v546, %v132 : i64
        %v548 = llvm.getelementptr %in_f[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v549 = llvm.load %v548 : !llvm.ptr -> f32
        %v551 = arith.addi %v131, %v550 : i64
        %v552 = arith.constant true
        %v553 = arith.addi %v31, %v551 : i64
        %v554 = llvm.getelementptr %v6[%v553] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v555 = llvm.load %v554 : !llvm.ptr<3> -> i64
        %v556 = arith.addi %v101, %v132 : i64
        %v557 = arith.cmpi slt, %v556, %v95 : i64
        %v558 = arith.subi %size_L, %v1 : i64
        %v559 = arith.minsi %v556, %v558 : i64
        %v560 = arith.addi %v555, %v559 : i64
        %v561 = arith.muli %v553, %v143 : i64
        %v562 = arith.addi %v561, %v132 : i64
        %v563 = llvm.getelementptr %in_f[%v560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v564 = llvm.load %v563 : !llvm.ptr -> f32
        %v566 = arith.addi %v131, %v565 : i64
        %v567 = arith.constant true
        %v568 = arith.addi %v31, %v566 : i64
        %v569 = llvm.getelementptr %v6[%v568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v570 = llvm.load %v569 : !llvm.ptr<3> -> i64
        %v571 = arith.addi %v101, %v132 : i64
        %v572 = arith.cmpi slt, %v571, %v95 : i64
        %v573 = arith.subi %size_L, %v1 : i64
        %v574 = arith.minsi %v571, %v573 : i64
        %v575 = arith.addi %v570, %v574 : i64
        %v576 = arith.muli %v568, %v143 : i64
        %v577 = arith.addi %v576, %v132 : i64
        %v578 = llvm.getelementptr %in_f[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v579 = llvm.load %v578 : !llvm.ptr -> f32
        %v581 = arith.addi %v131, %v580 : i64
        %v582 = arith.constant true
        %v583 = arith.addi %v31, %v581 : i64
        %v584 = llvm.getelementptr %v6[%v583] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v585 = llvm.load %v584 : !llvm.ptr<3> -> i64
        %v586 = arith.addi %v101, %v132 : i64
        %v587 = arith.cmpi slt, %v586, %v95 : i64
        %v588 = arith.subi %size_L, %v1 : i64
        %v589 = arith.minsi %v586, %v588 : i64
        %v590 = arith.addi %v585, %v589 : i64
        %v591 = arith.muli %v583, %v143 : i64
        %v592 = arith.addi %v591, %v132 : i64
        %v593 = llvm.getelementptr %in_f[%v590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v594 = llvm.load %v593 : !llvm.ptr -> f32
        %v596 = arith.addi %v131, %v595 : i64
        %v597 = arith.constant true
        %v598 = arith.addi %v31, %v596 : i64
        %v599 = llvm.getelementptr %v6[%v598] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v600 = llvm.load %v599 : !llvm.ptr<3> -> i64
        %v601 = arith.addi %v101, %v132 : i64
        %v602 = arith.cmpi slt, %v601, %v95 : i64
        %v603 = arith.subi %size_L, %v1 : i64
        %v604 = arith.minsi %v601, %v603 : i64
        %v605 = arith.addi %v600, %v604 : i64
        %v606 = arith.muli %v598, %v143 : i64
        %v607 = arith.addi %v606, %v132 : i64
        %v608 = llvm.getelementptr %in_f[%v605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v609 = llvm.load %v608 : !llvm.ptr -> f32
        scf.if %v134 {
          %v610 = llvm.getelementptr %v7[%v145] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v147, %v610 : f32, !llvm.ptr<3>
        }
        scf.if %v149 {
          %v611 = llvm.getelementptr %v7[%v159] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v161, %v611 : f32, !llvm.ptr<3>
        }
        scf.if %v163 {
          %v612 = llvm.getelementptr %v7[%v173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v175, %v612 : f32, !llvm.ptr<3>
        }
        scf.if %v178 {
          %v613 = llvm.getelementptr %v7[%v188] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v190, %v613 : f32, !llvm.ptr<3>
        }
        scf.if %v193 {
          %v614 = llvm.getelementptr %v7[%v203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v205, %v614 : f32, !llvm.ptr<3>
        }
        scf.if %v208 {
          %v615 = llvm.getelementptr %v7[%v218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v220, %v615 : f32, !llvm.ptr<3>
        }
        scf.if %v223 {
          %v616 = llvm.getelementptr %v7[%v233] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v235, %v616 : f32, !llvm.ptr<3>
        }
        scf.if %v238 {
          %v617 = llvm.getelementptr %v7[%v248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v250, %v617 : f32, !llvm.ptr<3>
        }
        scf.if %v253 {
          %v618 = llvm.getelementptr %v7[%v263] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v265, %v618 : f32, !llvm.ptr<3>
        }
        scf.if %v268 {
          %v619 = llvm.getelementptr %v7[%v278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v280, %v619 : f32, !llvm.ptr<3>
        }
        scf.if %v283 {
          %v620 = llvm.getelementptr %v7[%v293] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v295, %v620 : f32, !llvm.ptr<3>
        }
        scf.if %v298 {
          %v621 = llvm.getelementptr %v7[%v308] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v310, %v621 : f32, !llvm.ptr<3>
        }
        scf.if %v313 {
          %v622 = llvm.getelementptr %v7[%v323] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v325, %v622 : f32, !llvm.ptr<3>
        }
        scf.if %v328 {
          %v623 = llvm.getelementptr %v7[%v338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v340, %v623 : f32, !llvm.ptr<3>
        }
        scf.if %v343 {
          %v624 = llvm.getelementptr %v7[%v353] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v355, %v624 : f32, !llvm.ptr<3>
        }
        scf.if %v358 {
          %v625 = llvm.getelementptr %v7[%v368] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v370, %v625 : f32, !llvm.ptr<3>
        }
        scf.if %v372 {
          %v626 = llvm.getelementptr %v7[%v382] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v384, %v626 : f32, !llvm.ptr<3>
        }
        scf.if %v387 {
          %v627 = llvm.getelementptr %v7[%v397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v399, %v627 : f32, !llvm.ptr<3>
        }
        scf.if %v402 {
          %v628 = llvm.getelementptr %v7[%v412] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v414, %v628 : f32, !llvm.ptr<3>
        }
        scf.if %v417 {
          %v629 = llvm.getelementptr %v7[%v427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v429, %v629 : f32, !llvm.ptr<3>
        }
        scf.if %v432 {
          %v630 = llvm.getelementptr %v7[%v442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v444, %v630 : f32, !llvm.ptr<3>
        }
        scf.if %v447 {
          %v631 = llvm.getelementptr %v7[%v457] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v459, %v631 : f32, !llvm.ptr<3>
        }
        scf.if %v462 {
          %v632 = llvm.getelementptr %v7[%v472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v474, %v632 : f32, !llvm.ptr<3>
        }
        scf.if %v477 {
          %v633 = llvm.getelementptr %v7[%v487] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v489, %v633 : f32, !llvm.ptr<3>
        }
        scf.if %v492 {
          %v634 = llvm.getelementptr %v7[%v502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v504, %v634 : f32, !llvm.ptr<3>
        }
        scf.if %v507 {
          %v635 = llvm.getelementptr %v7[%v517] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v519, %v635 : f32, !llvm.ptr<3>
        }
        scf.if %v522 {
          %v636 = llvm.getelementptr %v7[%v532] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v534, %v636 : f32, !llvm.ptr<3>
        }
        scf.if %v537 {
          %v637 = llvm.getelementptr %v7[%v547] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v549, %v637 : f32, !llvm.ptr<3>
        }
        scf.if %v552 {
          %v638 = llvm.getelementptr %v7[%v562] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v564, %v638 : f32, !llvm.ptr<3>
        }
        scf.if %v567 {
          %v639 = llvm.getelementptr %v7[%v577] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v579, %v639 : f32, !llvm.ptr<3>
        }
        scf.if %v582 {
          %v640 = llvm.getelementptr %v7[%v592] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v594, %v640 : f32, !llvm.ptr<3>
        }
        scf.if %v597 {
          %v641 = llvm.getelementptr %v7[%v607] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v609, %v641 : f32, !llvm.ptr<3>
        }
        %v642 = arith.divui %v14, %v96 : i64
        %v643 = arith.remui %v14, %v96 : i64
        %v644 = arith.addi %v642, %v31 : i64
        %v645 = arith.constant true
        %v646 = arith.addi %v16, %v644 : i64
        %v647 = llvm.getelementptr %v6[%v646] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v648 = llvm.load %v647 : !llvm.ptr<3> -> i64
        %v649 = arith.addi %v101, %v643 : i64
        %v650 = arith.cmpi slt, %v649, %v95 : i64
        %v651 = arith.subi %size_L, %v1 : i64
        %v652 = arith.minsi %v649, %v651 : i64
        %v653 = arith.addi %v648, %v652 : i64
        %v654 = arith.muli %v646, %v143 : i64
        %v655 = arith.addi %v654, %v643 : i64
        %v656 = llvm.getelementptr %in_c_re[%v653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v657 = llvm.load %v656 : !llvm.ptr -> f32
        %v658 = arith.addi %v642, %v55 : i64
        %v659 = arith.constant true
        %v660 = arith.addi %v16, %v658 : i64
        %v661 = llvm.getelementptr %v6[%v660] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v662 = llvm.load %v661 : !llvm.ptr<3> -> i64
        %v663 = arith.addi %v101, %v643 : i64
        %v664 = arith.cmpi slt, %v663, %v95 : i64
        %v665 = arith.subi %size_L, %v1 : i64
        %v666 = arith.minsi %v663, %v665 : i64
        %v667 = arith.addi %v662, %v666 : i64
        %v668 = arith.muli %v660, %v143 : i64
        %v669 = arith.addi %v668, %v643 : i64
        %v670 = llvm.getelementptr %in_c_re[%v667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v671 = llvm.load %v670 : !llvm.ptr -> f32
        %v672 = arith.addi %v642, %v73 : i64
        %v673 = arith.constant true
        %v674 = arith.addi %v16, %v672 : i64
        %v675 = llvm.getelementptr %v6[%v674] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v676 = llvm.load %v675 : !llvm.ptr<3> -> i64
        %v677 = arith.addi %v101, %v643 : i64
        %v678 = arith.cmpi slt, %v677, %v95 : i64
        %v679 = arith.subi %size_L, %v1 : i64
        %v680 = arith.minsi %v677, %v679 : i64
        %v681 = arith.addi %v676, %v680 : i64
        %v682 = arith.muli %v674, %v143 : i64
        %v683 = arith.addi %v682, %v643 : i64
        %v684 = llvm.getelementptr %in_c_re[%v681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v685 = llvm.load %v684 : !llvm.ptr -> f32
        %v686 = arith.addi %v642, %v176 : i64
        %v687 = arith.constant true
        %v688 = arith.addi %v16, %v686 : i64
        %v689 = llvm.getelementptr %v6[%v688] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v690 = llvm.load %v689 : !llvm.ptr<3> -> i64
        %v691 = arith.addi %v101, %v643 : i64
        %v692 = arith.cmpi slt, %v691, %v95 : i64
        %v693 = arith.subi %size_L, %v1 : i64
        %v694 = arith.minsi %v691, %v693 : i64
        %v695 = arith.addi %v690, %v694 : i64
        %v696 = arith.muli %v688, %v143 : i64
        %v697 = arith.addi %v696, %v643 : i64
        %v698 = llvm.getelementptr %in_c_re[%v695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v699 = llvm.load %v698 : !llvm.ptr -> f32
        %v700 = arith.addi %v642, %v191 : i64
        %v701 = arith.constant true
        %v702 = arith.addi %v16, %v700 : i64
        %v703 = llvm.getelementptr %v6[%v702] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v704 = llvm.load %v703 : !llvm.ptr<3> -> i64
        %v705 = arith.addi %v101, %v643 : i64
        %v706 = arith.cmpi slt, %v705, %v95 : i64
        %v707 = arith.subi %size_L, %v1 : i64
        %v708 = arith.minsi %v705, %v707 : i64
        %v709 = arith.addi %v704, %v708 : i64
        %v710 = arith.muli %v702, %v143 : i64
        %v711 = arith.addi %v710, %v643 : i64
        %v712 = llvm.getelementptr %in_c_re[%v709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v713 = llvm.load %v712 : !llvm.ptr -> f32
        %v714 = arith.addi %v642, %v206 : i64
        %v715 = arith.constant true
        %v716 = arith.addi %v16, %v714 : i64
        %v717 = llvm.getelementptr %v6[%v716] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v718 = llvm.load %v717 : !llvm.ptr<3> -> i64
        %v719 = arith.addi %v101, %v643 : i64
        %v720 = arith.cmpi slt, %v719, %v95 : i64
        %v721 = arith.subi %size_L, %v1 : i64
        %v722 = arith.minsi %v719, %v721 : i64
        %v723 = arith.addi %v718, %v722 : i64
        %v724 = arith.muli %v716, %v143 : i64
        %v725 = arith.addi %v724, %v643 : i64
        %v726 = llvm.getelementptr %in_c_re[%v723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v727 = llvm.load %v726 : !llvm.ptr -> f32
        %v728 = arith.addi %v642, %v221 : i64
        %v729 = arith.constant true
        %v730 = arith.addi %v16, %v728 : i64
        %v731 = llvm.getelementptr %v6[%v730] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v732 = llvm.load %v731 : !llvm.ptr<3> -> i64
        %v733 = arith.addi %v101, %v643 : i64
        %v734 = arith.cmpi slt, %v733, %v95 : i64
        %v735 = arith.subi %size_L, %v1 : i64
        %v736 = arith.minsi %v733, %v735 : i64
        %v737 = arith.addi %v732, %v736 : i64
        %v738 = arith.muli %v730, %v143 : i64
        %v739 = arith.addi %v738, %v643 : i64
        %v740 = llvm.getelementptr %in_c_re[%v737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v741 = llvm.load %v740 : !llvm.ptr -> f32
        %v742 = arith.addi %v642, %v236 : i64
        %v743 = arith.constant true
        %v744 = arith.addi %v16, %v742 : i64
        %v745 = llvm.getelementptr %v6[%v744] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v746 = llvm.load %v745 : !llvm.ptr<3> -> i64
        %v747 = arith.addi %v101, %v643 : i64
        %v748 = arith.cmpi slt, %v747, %v95 : i64
        %v749 = arith.subi %size_L, %v1 : i64
        %v750 = arith.minsi %v747, %v749 : i64
        %v751 = arith.addi %v746, %v750 : i64
        %v752 = arith.muli %v744, %v143 : i64
        %v753 = arith.addi %v752, %v643 : i64
        %v754 = llvm.getelementptr %in_c_re[%v751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v755 = llvm.load %v754 : !llvm.ptr -> f32
        %v756 = arith.addi %v642, %v251 : i64
        %v757 = arith.constant true
        %v758 = arith.addi %v16, %v756 : i64
        %v759 = llvm.getelementptr %v6[%v758] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v760 = llvm.load %v759 : !llvm.ptr<3> -> i64
        %v761 = arith.addi %v101, %v643 : i64
        %v762 = arith.cmpi slt, %v761, %v95 : i64
        %v763 = arith.subi %size_L, %v1 : i64
        %v764 = arith.minsi %v761, %v763 : i64
        %v765 = arith.addi %v760, %v764 : i64
        %v766 = arith.muli %v758, %v143 : i64
        %v767 = arith.addi %v766, %v643 : i64
        %v768 = llvm.getelementptr %in_c_re[%v765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v769 = llvm.load %v768 : !llvm.ptr -> f32
        %v770 = arith.addi %v642, %v266 : i64
        %v771 = arith.constant true
        %v772 = arith.addi %v16, %v770 : i64
        %v773 = llvm.getelementptr %v6[%v772] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v774 = llvm.load %v773 : !llvm.ptr<3> -> i64
        %v775 = arith.addi %v101, %v643 : i64
        %v776 = arith.cmpi slt, %v775, %v95 : i64
        %v777 = arith.subi %size_L, %v1 : i64
        %v778 = arith.minsi %v775, %v777 : i64
        %v779 = arith.addi %v774, %v778 : i64
        %v780 = arith.muli %v772, %v143 : i64
        %v781 = arith.addi %v780, %v643 : i64
        %v782 = llvm.getelementptr %in_c_re[%v779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v783 = llvm.load %v782 : !llvm.ptr -> f32
        %v784 = arith.addi %v642, %v281 : i64
        %v785 = arith.constant true
        %v786 = arith.addi %v16, %v784 : i64
        %v787 = llvm.getelementptr %v6[%v786] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v788 = llvm.load %v787 : !llvm.ptr<3> -> i64
        %v789 = arith.addi %v101, %v643 : i64
        %v790 = arith.cmpi slt, %v789, %v95 : i64
        %v791 = arith.subi %size_L, %v1 : i64
        %v792 = arith.minsi %v789, %v791 : i64
        %v793 = arith.addi %v788, %v792 : i64
        %v794 = arith.muli %v786, %v143 : i64
        %v795 = arith.addi %v794, %v643 : i64
        %v796 = llvm.getelementptr %in_c_re[%v793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v797 = llvm.load %v796 : !llvm.ptr -> f32
        %v798 = arith.addi %v642, %v296 : i64
        %v799 = arith.constant true
        %v800 = arith.addi %v16, %v798 : i64
        %v801 = llvm.getelementptr %v6[%v800] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v802 = llvm.load %v801 : !llvm.ptr<3> -> i64
        %v803 = arith.addi %v101, %v643 : i64
        %v804 = arith.cmpi slt, %v803, %v95 : i64
        %v805 = arith.subi %size_L, %v1 : i64
        %v806 = arith.minsi %v803, %v805 : i64
        %v807 = arith.addi %v802, %v806 : i64
        %v808 = arith.muli %v800, %v143 : i64
        %v809 = arith.addi %v808, %v643 : i64
        %v810 = llvm.getelementptr %in_c_re[%v807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v811 = llvm.load %v810 : !llvm.ptr -> f32
        %v812 = arith.addi %v642, %v311 : i64
        %v813 = arith.constant true
        %v814 = arith.addi %v16, %v812 : i64
        %v815 = llvm.getelementptr %v6[%v814] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v816 = llvm.load %v815 : !llvm.ptr<3> -> i64
        %v817 = arith.addi %v101, %v643 : i64
        %v818 = arith.cmpi slt, %v817, %v95 : i64
        %v819 = arith.subi %size_L, %v1 : i64
        %v820 = arith.minsi %v817, %v819 : i64
        %v821 = arith.addi %v816, %v820 : i64
        %v822 = arith.muli %v814, %v143 : i64
        %v823 = arith.addi %v822, %v643 : i64
        %v824 = llvm.getelementptr %in_c_re[%v821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v825 = llvm.load %v824 : !llvm.ptr -> f32
        %v826 = arith.addi %v642, %v326 : i64
        %v827 = arith.constant true
        %v828 = arith.addi %v16, %v826 : i64
        %v829 = llvm.getelementptr %v6[%v828] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v830 = llvm.load %v829 : !llvm.ptr<3> -> i64
        %v831 = arith.addi %v101, %v643 : i64
        %v832 = arith.cmpi slt, %v831, %v95 : i64
        %v833 = arith.subi %size_L, %v1 : i64
        %v834 = arith.minsi %v831, %v833 : i64
        %v835 = arith.addi %v830, %v834 : i64
        %v836 = arith.muli %v828, %v143 : i64
        %v837 = arith.addi %v836, %v643 : i64
        %v838 = llvm.getelementptr %in_c_re[%v835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v839 = llvm.load %v838 : !llvm.ptr -> f32
        %v840 = arith.addi %v642, %v341 : i64
        %v841 = arith.constant true
        %v842 = arith.addi %v16, %v840 : i64
        %v843 = llvm.getelementptr %v6[%v842] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v844 = llvm.load %v843 : !llvm.ptr<3> -> i64
        %v845 = arith.addi %v101, %v643 : i64
        %v846 = arith.cmpi slt, %v845, %v95 : i64
        %v847 = arith.subi %size_L, %v1 : i64
        %v848 = arith.minsi %v845, %v847 : i64
        %v849 = arith.addi %v844, %v848 : i64
        %v850 = arith.muli %v842, %v143 : i64
        %v851 = arith.addi %v850, %v643 : i64
        %v852 = llvm.getelementptr %in_c_re[%v849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v853 = llvm.load %v852 : !llvm.ptr -> f32
        %v854 = arith.addi %v642, %v356 : i64
        %v855 = arith.constant true
        %v856 = arith.addi %v16, %v854 : i64
        %v857 = llvm.getelementptr %v6[%v856] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v858 = llvm.load %v857 : !llvm.ptr<3> -> i64
        %v859 = arith.addi %v101, %v643 : i64
        %v860 = arith.cmpi slt, %v859, %v95 : i64
        %v861 = arith.subi %size_L, %v1 : i64
        %v862 = arith.minsi %v859, %v861 : i64
        %v863 = arith.addi %v858, %v862 : i64
        %v864 = arith.muli %v856, %v143 : i64
        %v865 = arith.addi %v864, %v643 : i64
        %v866 = llvm.getelementptr %in_c_re[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v867 = llvm.load %v866 : !llvm.ptr -> f32
        %v868 = arith.addi %v642, %v96 : i64
        %v869 = arith.constant true
        %v870 = arith.addi %v16, %v868 : i64
        %v871 = llvm.getelementptr %v6[%v870] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v872 = llvm.load %v871 : !llvm.ptr<3> -> i64
        %v873 = arith.addi %v101, %v643 : i64
        %v874 = arith.cmpi slt, %v873, %v95 : i64
        %v875 = arith.subi %size_L, %v1 : i64
        %v876 = arith.minsi %v873, %v875 : i64
        %v877 = arith.addi %v872, %v876 : i64
        %v878 = arith.muli %v870, %v143 : i64
        %v879 = arith.addi %v878, %v643 : i64
        %v880 = llvm.getelementptr %in_c_re[%v877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v881 = llvm.load %v880 : !llvm.ptr -> f32
        %v882 = arith.addi %v642, %v385 : i64
        %v883 = arith.constant true
        %v884 = arith.addi %v16, %v882 : i64
        %v885 = llvm.getelementptr %v6[%v884] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v886 = llvm.load %v885 : !llvm.ptr<3> -> i64
        %v887 = arith.addi %v101, %v643 : i64
        %v888 = arith.cmpi slt, %v887, %v95 : i64
        %v889 = arith.subi %size_L, %v1 : i64
        %v890 = arith.minsi %v887, %v889 : i64
        %v891 = arith.addi %v886, %v890 : i64
        %v892 = arith.muli %v884, %v143 : i64
        %v893 = arith.addi %v892, %v643 : i64
        %v894 = llvm.getelementptr %in_c_re[%v891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v895 = llvm.load %v894 : !llvm.ptr -> f32
        %v896 = arith.addi %v642, %v400 : i64
        %v897 = arith.constant true
        %v898 = arith.addi %v16, %v896 : i64
        %v899 = llvm.getelementptr %v6[%v898] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v900 = llvm.load %v899 : !llvm.ptr<3> -> i64
        %v901 = arith.addi %v101, %v643 : i64
        %v902 = arith.cmpi slt, %v901, %v95 : i64
        %v903 = arith.subi %size_L, %v1 : i64
        %v904 = arith.minsi %v901, %v903 : i64
        %v905 = arith.addi %v900, %v904 : i64
        %v906 = arith.muli %v898, %v143 : i64
        %v907 = arith.addi %v906, %v643 : i64
        %v908 = llvm.getelementptr %in_c_re[%v905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v909 = llvm.load %v908 : !llvm.ptr -> f32
        %v910 = arith.addi %v642, %v415 : i64
        %v911 = arith.constant true
        %v912 = arith.addi %v16, %v910 : i64
        %v913 = llvm.getelementptr %v6[%v912] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v914 = llvm.load %v913 : !llvm.ptr<3> -> i64
        %v915 = arith.addi %v101, %v643 : i64
        %v916 = arith.cmpi slt, %v915, %v95 : i64
        %v917 = arith.subi %size_L, %v1 : i64
        %v918 = arith.minsi %v915, %v917 : i64
        %v919 = arith.addi %v914, %v918 : i64
        %v920 = arith.muli %v912, %v143 : i64
        %v921 = arith.addi %v920, %v643 : i64
        %v922 = llvm.getelementptr %in_c_re[%v919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v923 = llvm.load %v922 : !llvm.ptr -> f32
        %v924 = arith.addi %v642, %v430 : i64
        %v925 = arith.constant true
        %v926 = arith.addi %v16, %v924 : i64
        %v927 = llvm.getelementptr %v6[%v926] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v928 = llvm.load %v927 : !llvm.ptr<3> -> i64
        %v929 = arith.addi %v101, %v643 : i64
        %v930 = arith.cmpi slt, %v929, %v95 : i64
        %v931 = arith.subi %size_L, %v1 : i64
        %v932 = arith.minsi %v929, %v931 : i64
        %v933 = arith.addi %v928, %v932 : i64
        %v934 = arith.muli %v926, %v143 : i64
        %v935 = arith.addi %v934, %v643 : i64
        %v936 = llvm.getelementptr %in_c_re[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v937 = llvm.load %v936 : !llvm.ptr -> f32
        %v938 = arith.addi %v642, %v445 : i64
        %v939 = arith.constant true
        %v940 = arith.addi %v16, %v938 : i64
        %v941 = llvm.getelementptr %v6[%v940] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v942 = llvm.load %v941 : !llvm.ptr<3> -> i64
        %v943 = arith.addi %v101, %v643 : i64
        %v944 = arith.cmpi slt, %v943, %v95 : i64
        %v945 = arith.subi %size_L, %v1 : i64
        %v946 = arith.minsi %v943, %v945 : i64
        %v947 = arith.addi %v942, %v946 : i64
        %v948 = arith.muli %v940, %v143 : i64
        %v949 = arith.addi %v948, %v643 : i64
        %v950 = llvm.getelementptr %in_c_re[%v947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v951 = llvm.load %v950 : !llvm.ptr -> f32
        %v952 = arith.addi %v642, %v460 : i64
        %v953 = arith.constant true
        %v954 = arith.addi %v16, %v952 : i64
        %v955 = llvm.getelementptr %v6[%v954] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v956 = llvm.load %v955 : !llvm.ptr<3> -> i64
        %v957 = arith.addi %v101, %v643 : i64
        %v958 = arith.cmpi slt, %v957, %v95 : i64
        %v959 = arith.subi %size_L, %v1 : i64
        %v960 = arith.minsi %v957, %v959 : i64
        %v961 = arith.addi %v956, %v960 : i64
        %v962 = arith.muli %v954, %v143 : i64
        %v963 = arith.addi %v962, %v643 : i64
        %v964 = llvm.getelementptr %in_c_re[%v961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v965 = llvm.load %v964 : !llvm.ptr -> f32
        %v966 = arith.addi %v642, %v475 : i64
        %v967 = arith.constant true
        %v968 = arith.addi %v16, %v966 : i64
        %v969 = llvm.getelementptr %v6[%v968] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v970 = llvm.load %v969 : !llvm.ptr<3> -> i64
        %v971 = arith.addi %v101, %v643 : i64
        %v972 = arith.cmpi slt, %v971, %v95 : i64
        %v973 = arith.subi %size_L, %v1 : i64
        %v974 = arith.minsi %v971, %v973 : i64
        %v975 = arith.addi %v970, %v974 : i64
        %v976 = arith.muli %v968, %v143 : i64
        %v977 = arith.addi %v976, %v643 : i64
        %v978 = llvm.getelementptr %in_c_re[%v975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v979 = llvm.load %v978 : !llvm.ptr -> f32
        %v980 = arith.addi %v642, %v490 : i64
        %v981 = arith.constant true
        %v982 = arith.addi %v16, %v980 : i64
        %v983 = llvm.getelementptr %v6[%v982] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v984 = llvm.load %v983 : !llvm.ptr<3> -> i64
        %v985 = arith.addi %v101, %v643 : i64
        %v986 = arith.cmpi slt, %v985, %v95 : i64
        %v987 = arith.subi %size_L, %v1 : i64
        %v988 = arith.minsi %v985, %v987 : i64
        %v989 = arith.addi %v984, %v988 : i64
        %v990 = arith.muli %v982, %v143 : i64
        %v991 = arith.addi %v990, %v643 : i64
        %v992 = llvm.getelementptr %in_c_re[%v989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v993 = llvm.load %v992 : !llvm.ptr -> f32
        %v994 = arith.addi %v642, %v505 : i64
        %v995 = arith.constant true
        %v996 = arith.addi %v16, %v994 : i64
        %v997 = llvm.getelementptr %v6[%v996] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v998 = llvm.load %v997 : !llvm.ptr<3> -> i64
        %v999 = arith.addi %v101, %v643 : i64
        %v1000 = arith.cmpi slt, %v999, %v95 : i64
        %v1001 = arith.subi %size_L, %v1 : i64
        %v1002 = arith.minsi %v999, %v1001 : i64
        %v1003 = arith.addi %v998, %v1002 : i64
        %v1004 = arith.muli %v996, %v143 : i64
        %v1005 = arith.addi %v1004, %v643 : i64
        %v1006 = llvm.getelementptr %in_c_re[%v1003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1007 = llvm.load %v1006 : !llvm.ptr -> f32
        %v1008 = arith.addi %v642, %v520 : i64
        %v1009 = arith.constant true
        %v1010 = arith.addi %v16, %v1008 : i64
        %v1011 = llvm.getelementptr %v6[%v1010] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1012 = llvm.load %v1011 : !llvm.ptr<3> -> i64
        %v1013 = arith.addi %v101, %v643 : i64
        %v1014 = arith.cmpi slt, %v1013, %v95 : i64
        %v1015 = arith.subi %size_L, %v1 : i64
        %v1016 = arith.minsi %v1013, %v1015 : i64
        %v1017 = arith.addi %v1012, %v1016 : i64
        %v1018 = arith.muli %v1010, %v143 : i64
        %v1019 = arith.addi %v1018, %v643 : i64
        %v1020 = llvm.getelementptr %in_c_re[%v1017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1021 = llvm.load %v1020 : !llvm.ptr -> f32
        %v1022 = arith.addi %v642, %v535 : i64
        %v1023 = arith.constant true
        %v1024 = arith.addi %v16, %v1022 : i64
        %v1025 = llvm.getelementptr %v6[%v1024] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1026 = llvm.load %v1025 : !llvm.ptr<3> -> i64
        %v1027 = arith.addi %v101, %v643 : i64
        %v1028 = arith.cmpi slt, %v1027, %v95 : i64
        %v1029 = arith.subi %size_L, %v1 : i64
        %v1030 = arith.minsi %v1027, %v1029 : i64
        %v1031 = arith.addi %v1026, %v1030 : i64
        %v1032 = arith.muli %v1024, %v143 : i64
        %v1033 = arith.addi %v1032, %v643 : i64
        %v1034 = llvm.getelementptr %in_c_re[%v1031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1035 = llvm.load %v1034 : !llvm.ptr -> f32
        %v1036 = arith.addi %v642, %v550 : i64
        %v1037 = arith.constant true
        %v1038 = arith.addi %v16, %v1036 : i64
        %v1039 = llvm.getelementptr %v6[%v1038] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1040 = llvm.load %v1039 : !llvm.ptr<3> -> i64
        %v1041 = arith.addi %v101, %v643 : i64
        %v1042 = arith.cmpi slt, %v1041, %v95 : i64
        %v1043 = arith.subi %size_L, %v1 : i64
        %v1044 = arith.minsi %v1041, %v1043 : i64
        %v1045 = arith.addi %v1040, %v1044 : i64
        %v1046 = arith.muli %v1038, %v143 : i64
        %v1047 = arith.addi %v1046, %v643 : i64
        %v1048 = llvm.getelementptr %in_c_re[%v1045] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1049 = llvm.load %v1048 : !llvm.ptr -> f32
        %v1050 = arith.addi %v642, %v565 : i64
        %v1051 = arith.constant true
        %v1052 = arith.addi %v16, %v1050 : i64
        %v1053 = llvm.getelementptr %v6[%v1052] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1054 = llvm.load %v1053 : !llvm.ptr<3> -> i64
        %v1055 = arith.addi %v101, %v643 : i64
        %v1056 = arith.cmpi slt, %v1055, %v95 : i64
        %v1057 = arith.subi %size_L, %v1 : i64
        %v1058 = arith.minsi %v1055, %v1057 : i64
        %v1059 = arith.addi %v1054, %v1058 : i64
        %v1060 = arith.muli %v1052, %v143 : i64
        %v1061 = arith.addi %v1060, %v643 : i64
        %v1062 = llvm.getelementptr %in_c_re[%v1059] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1063 = llvm.load %v1062 : !llvm.ptr -> f32
        %v1064 = arith.addi %v642, %v580 : i64
        %v1065 = arith.constant true
        %v1066 = arith.addi %v16, %v1064 : i64
        %v1067 = llvm.getelementptr %v6[%v1066] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1068 = llvm.load %v1067 : !llvm.ptr<3> -> i64
        %v1069 = arith.addi %v101, %v643 : i64
        %v1070 = arith.cmpi slt, %v1069, %v95 : i64
        %v1071 = arith.subi %size_L, %v1 : i64
        %v1072 = arith.minsi %v1069, %v1071 : i64
        %v1073 = arith.addi %v1068, %v1072 : i64
        %v1074 = arith.muli %v1066, %v143 : i64
        %v1075 = arith.addi %v1074, %v643 : i64
        %v1076 = llvm.getelementptr %in_c_re[%v1073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1077 = llvm.load %v1076 : !llvm.ptr -> f32
        %v1078 = arith.addi %v642, %v595 : i64
        %v1079 = arith.constant true
        %v1080 = arith.addi %v16, %v1078 : i64
        %v1081 = llvm.getelementptr %v6[%v1080] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1082 = llvm.load %v1081 : !llvm.ptr<3> -> i64
        %v1083 = arith.addi %v101, %v643 : i64
        %v1084 = arith.cmpi slt, %v1083, %v95 : i64
        %v1085 = arith.subi %size_L, %v1 : i64
        %v1086 = arith.minsi %v1083, %v1085 : i64
        %v1087 = arith.addi %v1082, %v1086 : i64
        %v1088 = arith.muli %v1080, %v143 : i64
        %v1089 = arith.addi %v1088, %v643 : i64
        %v1090 = llvm.getelementptr %in_c_re[%v1087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1091 = llvm.load %v1090 : !llvm.ptr -> f32
        scf.if %v645 {
          %v1092 = llvm.getelementptr %v7[%v655] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v657, %v1092 : f32, !llvm.ptr<3>
        }
        scf.if %v659 {
          %v1093 = llvm.getelementptr %v7[%v669] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v671, %v1093 : f32, !llvm.ptr<3>
        }
        scf.if %v673 {
          %v1094 = llvm.getelementptr %v7[%v683] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v685, %v1094 : f32, !llvm.ptr<3>
        }
        scf.if %v687 {
          %v1095 = llvm.getelementptr %v7[%v697] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v699, %v1095 : f32, !llvm.ptr<3>
        }
        scf.if %v701 {
          %v1096 = llvm.getelementptr %v7[%v711] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v713, %v1096 : f32, !llvm.ptr<3>
        }
        scf.if %v715 {
          %v1097 = llvm.getelementptr %v7[%v725] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v727, %v1097 : f32, !llvm.ptr<3>
        }
        scf.if %v729 {
          %v1098 = llvm.getelementptr %v7[%v739] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v741, %v1098 : f32, !llvm.ptr<3>
        }
        scf.if %v743 {
          %v1099 = llvm.getelementptr %v7[%v753] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v755, %v1099 : f32, !llvm.ptr<3>
        }
        scf.if %v757 {
          %v1100 = llvm.getelementptr %v7[%v767] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v769, %v1100 : f32, !llvm.ptr<3>
        }
        scf.if %v771 {
          %v1101 = llvm.getelementptr %v7[%v781] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v783, %v1101 : f32, !llvm.ptr<3>
        }
        scf.if %v785 {
          %v1102 = llvm.getelementptr %v7[%v795] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v797, %v1102 : f32, !llvm.ptr<3>
        }
        scf.if %v799 {
          %v1103 = llvm.getelementptr %v7[%v809] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v811, %v1103 : f32, !llvm.ptr<3>
        }
        scf.if %v813 {
          %v1104 = llvm.getelementptr %v7[%v823] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v825, %v1104 : f32, !llvm.ptr<3>
        }
        scf.if %v827 {
          %v1105 = llvm.getelementptr %v7[%v837] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v839, %v1105 : f32, !llvm.ptr<3>
        }
        scf.if %v841 {
          %v1106 = llvm.getelementptr %v7[%v851] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v853, %v1106 : f32, !llvm.ptr<3>
        }
        scf.if %v855 {
          %v1107 = llvm.getelementptr %v7[%v865] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v867, %v1107 : f32, !llvm.ptr<3>
        }
        scf.if %v869 {
          %v1108 = llvm.getelementptr %v7[%v879] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v881, %v1108 : f32, !llvm.ptr<3>
        }
        scf.if %v883 {
          %v1109 = llvm.getelementptr %v7[%v893] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v895, %v1109 : f32, !llvm.ptr<3>
        }
        scf.if %v897 {
          %v1110 = llvm.getelementptr %v7[%v907] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v909, %v1110 : f32, !llvm.ptr<3>
        }
        scf.if %v911 {
          %v1111 = llvm.getelementptr %v7[%v921] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v923, %v1111 : f32, !llvm.ptr<3>
        }
        scf.if %v925 {
          %v1112 = llvm.getelementptr %v7[%v935] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v937, %v1112 : f32, !llvm.ptr<3>
        }
        scf.if %v939 {
          %v1113 = llvm.getelementptr %v7[%v949] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v951, %v1113 : f32, !llvm.ptr<3>
        }
        scf.if %v953 {
          %v1114 = llvm.getelementptr %v7[%v963] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v965, %v1114 : f32, !llvm.ptr<3>
        }
        scf.if %v967 {
          %v1115 = llvm.getelementptr %v7[%v977] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v979, %v1115 : f32, !llvm.ptr<3>
        }
        scf.if %v981 {
          %v1116 = llvm.getelementptr %v7[%v991] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v993, %v1116 : f32, !llvm.ptr<3>
        }
        scf.if %v995 {
          %v1117 = llvm.getelementptr %v7[%v1005] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1007, %v1117 : f32, !llvm.ptr<3>
        }
        scf.if %v1009 {
          %v1118 = llvm.getelementptr %v7[%v1019] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1021, %v1118 : f32, !llvm.ptr<3>
        }
        scf.if %v1023 {
          %v1119 = llvm.getelementptr %v7[%v1033] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1035, %v1119 : f32, !llvm.ptr<3>
        }
        scf.if %v1037 {
          %v1120 = llvm.getelementptr %v7[%v1047] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1049, %v1120 : f32, !llvm.ptr<3>
        }
        scf.if %v1051 {
          %v1121 = llvm.getelementptr %v7[%v1061] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1063, %v1121 : f32, !llvm.ptr<3>
        }
        scf.if %v1065 {
          %v1122 = llvm.getelementptr %v7[%v1075] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1077, %v1122 : f32, !llvm.ptr<3>
        }
        scf.if %v1079 {
          %v1123 = llvm.getelementptr %v7[%v1089] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1091, %v1123 : f32, !llvm.ptr<3>
        }
        %v1124 = arith.divui %v14, %v96 : i64
        %v1125 = arith.remui %v14, %v96 : i64
        %v1126 = arith.addi %v1124, %v31 : i64
        %v1127 = arith.constant true
        %v1129 = arith.addi %v1128, %v1126 : i64
        %v1130 = llvm.getelementptr %v6[%v1129] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1131 = llvm.load %v1130 : !llvm.ptr<3> -> i64
        %v1132 = arith.addi %v101, %v1125 : i64
        %v1133 = arith.cmpi slt, %v1132, %v95 : i64
        %v1134 = arith.subi %size_L, %v1 : i64
        %v1135 = arith.minsi %v1132, %v1134 : i64
        %v1136 = arith.addi %v1131, %v1135 : i64
        %v1137 = arith.muli %v1129, %v143 : i64
        %v1138 = arith.addi %v1137, %v1125 : i64
        %v1139 = llvm.getelementptr %in_c_im[%v1136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1140 = llvm.load %v1139 : !llvm.ptr -> f32
        %v1141 = arith.addi %v1124, %v55 : i64
        %v1142 = arith.constant true
        %v1143 = arith.addi %v1128, %v1141 : i64
        %v1144 = llvm.getelementptr %v6[%v1143] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1145 = llvm.load %v1144 : !llvm.ptr<3> -> i64
        %v1146 = arith.addi %v101, %v1125 : i64
        %v1147 = arith.cmpi slt, %v1146, %v95 : i64
        %v1148 = arith.subi %size_L, %v1 : i64
        %v1149 = arith.minsi %v1146, %v1148 : i64
        %v1150 = arith.addi %v1145, %v1149 : i64
        %v1151 = arith.muli %v1143, %v143 : i64
        %v1152 = arith.addi %v1151, %v1125 : i64
        %v1153 = llvm.getelementptr %in_c_im[%v1150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1154 = llvm.load %v1153 : !llvm.ptr -> f32
        %v1155 = arith.addi %v1124, %v73 : i64
        %v1156 = arith.constant true
        %v1157 = arith.addi %v1128, %v1155 : i64
        %v1158 = llvm.getelementptr %v6[%v1157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1159 = llvm.load %v1158 : !llvm.ptr<3> -> i64
        %v1160 = arith.addi %v101, %v1125 : i64
        %v1161 = arith.cmpi slt, %v1160, %v95 : i64
        %v1162 = arith.subi %size_L, %v1 : i64
        %v1163 = arith.minsi %v1160, %v1162 : i64
        %v1164 = arith.addi %v1159, %v1163 : i64
        %v1165 = arith.muli %v1157, %v143 : i64
        %v1166 = arith.addi %v1165, %v1125 : i64
        %v1167 = llvm.getelementptr %in_c_im[%v1164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1168 = llvm.load %v1167 : !llvm.ptr -> f32
        %v1169 = arith.addi %v1124, %v176 : i64
        %v1170 = arith.constant true
        %v1171 = arith.addi %v1128, %v1169 : i64
        %v1172 = llvm.getelementptr %v6[%v1171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1173 = llvm.load %v1172 : !llvm.ptr<3> -> i64
        %v1174 = arith.addi %v101, %v1125 : i64
        %v1175 = arith.cmpi slt, %v1174, %v95 : i64
        %v1176 = arith.subi %size_L, %v1 : i64
        %v1177 = arith.minsi %v1174, %v1176 : i64
        %v1178 = arith.addi %v1173, %v1177 : i64
        %v1179 = arith.muli %v1171, %v143 : i64
        %v1180 = arith.addi %v1179, %v1125 : i64
        %v1181 = llvm.getelementptr %in_c_im[%v1178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1182 = llvm.load %v1181 : !llvm.ptr -> f32
        %v1183 = arith.addi %v1124, %v191 : i64
        %v1184 = arith.constant true
        %v1185 = arith.addi %v1128, %v1183 : i64
        %v1186 = llvm.getelementptr %v6[%v1185] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1187 = llvm.load %v1186 : !llvm.ptr<3> -> i64
        %v1188 = arith.addi %v101, %v1125 : i64
        %v1189 = arith.cmpi slt, %v1188, %v95 : i64
        %v1190 = arith.subi %size_L, %v1 : i64
        %v1191 = arith.minsi %v1188, %v1190 : i64
        %v1192 = arith.addi %v1187, %v1191 : i64
        %v1193 = arith.muli %v1185, %v143 : i64
        %v1194 = arith.addi %v1193, %v1125 : i64
        %v1195 = llvm.getelementptr %in_c_im[%v1192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1196 = llvm.load %v1195 : !llvm.ptr -> f32
        %v1197 = arith.addi %v1124, %v206 : i64
        %v1198 = arith.constant true
        %v1199 = arith.addi %v1128, %v1197 : i64
        %v1200 = llvm.getelementptr %v6[%v1199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1201 = llvm.load %v1200 : !llvm.ptr<3> -> i64
        %v1202 = arith.addi %v101, %v1125 : i64
        %v1203 = arith.cmpi slt, %v1202, %v95 : i64
        %v1204 = arith.subi %size_L, %v1 : i64
        %v1205 = arith.minsi %v1202, %v1204 : i64
        %v1206 = arith.addi %v1201, %v1205 : i64
        %v1207 = arith.muli %v1199, %v143 : i64
        %v1208 = arith.addi %v1207, %v1125 : i64
        %v1209 = llvm.getelementptr %in_c_im[%v1206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1210 = llvm.load %v1209 : !llvm.ptr -> f32
        %v1211 = arith.addi %v1124, %v221 : i64
        %v1212 = arith.constant true
        %v1213 = arith.addi %v1128, %v1211 : i64
        %v1214 = llvm.getelementptr %v6[%v1213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1215 = llvm.load %v1214 : !llvm.ptr<3> -> i64
        %v1216 = arith.addi %v101, %v1125 : i64
        %v1217 = arith.cmpi slt, %v1216, %v95 : i64
        %v1218 = arith.subi %size_L, %v1 : i64
        %v1219 = arith.minsi %v1216, %v1218 : i64
        %v1220 = arith.addi %v1215, %v1219 : i64
        %v1221 = arith.muli %v1213, %v143 : i64
        %v1222 = arith.addi %v1221, %v1125 : i64
        %v1223 = llvm.getelementptr %in_c_im[%v1220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1224 = llvm.load %v1223 : !llvm.ptr -> f32
        %v1225 = arith.addi %v1124, %v236 : i64
        %v1226 = arith.constant true
        %v1227 = arith.addi %v1128, %v1225 : i64
        %v1228 = llvm.getelementptr %v6[%v1227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1229 = llvm.load %v1228 : !llvm.ptr<3> -> i64
        %v1230 = arith.addi %v101, %v1125 : i64
        %v1231 = arith.cmpi slt, %v1230, %v95 : i64
        %v1232 = arith.subi %size_L, %v1 : i64
        %v1233 = arith.minsi %v1230, %v1232 : i64
        %v1234 = arith.addi %v1229, %v1233 : i64
        %v1235 = arith.muli %v1227, %v143 : i64
        %v1236 = arith.addi %v1235, %v1125 : i64
        %v1237 = llvm.getelementptr %in_c_im[%v1234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1238 = llvm.load %v1237 : !llvm.ptr -> f32
        %v1239 = arith.addi %v1124, %v251 : i64
        %v1240 = arith.constant true
        %v1241 = arith.addi %v1128, %v1239 : i64
        %v1242 = llvm.getelementptr %v6[%v1241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1243 = llvm.load %v1242 : !llvm.ptr<3> -> i64
        %v1244 = arith.addi %v101, %v1125 : i64
        %v1245 = arith.cmpi slt, %v1244, %v95 : i64
        %v1246 = arith.subi %size_L, %v1 : i64
        %v1247 = arith.minsi %v1244, %v1246 : i64
        %v1248 = arith.addi %v1243, %v1247 : i64
        %v1249 = arith.muli %v1241, %v143 : i64
        %v1250 = arith.addi %v1249, %v1125 : i64
        %v1251 = llvm.getelementptr %in_c_im[%v1248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1252 = llvm.load %v1251 : !llvm.ptr -> f32
        %v1253 = arith.addi %v1124, %v266 : i64
        %v1254 = arith.constant true
        %v1255 = arith.addi %v1128, %v1253 : i64
        %v1256 = llvm.getelementptr %v6[%v1255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1257 = llvm.load %v1256 : !llvm.ptr<3> -> i64
        %v1258 = arith.addi %v101, %v1125 : i64
        %v1259 = arith.cmpi slt, %v1258, %v95 : i64
        %v1260 = arith.subi %size_L, %v1 : i64
        %v1261 = arith.minsi %v1258, %v1260 : i64
        %v1262 = arith.addi %v1257, %v1261 : i64
        %v1263 = arith.muli %v1255, %v143 : i64
        %v1264 = arith.addi %v1263, %v1125 : i64
        %v1265 = llvm.getelementptr %in_c_im[%v1262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1266 = llvm.load %v1265 : !llvm.ptr -> f32
        %v1267 = arith.addi %v1124, %v281 : i64
        %v1268 = arith.constant true
        %v1269 = arith.addi %v1128, %v1267 : i64
        %v1270 = llvm.getelementptr %v6[%v1269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1271 = llvm.load %v1270 : !llvm.ptr<3> -> i64
        %v1272 = arith.addi %v101, %v1125 : i64
        %v1273 = arith.cmpi slt, %v1272, %v95 : i64
        %v1274 = arith.subi %size_L, %v1 : i64
        %v1275 = arith.minsi %v1272, %v1274 : i64
        %v1276 = arith.addi %v1271, %v1275 : i64
        %v1277 = arith.muli %v1269, %v143 : i64
        %v1278 = arith.addi %v1277, %v1125 : i64
        %v1279 = llvm.getelementptr %in_c_im[%v1276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1280 = llvm.load %v1279 : !llvm.ptr -> f32
        %v1281 = arith.addi %v1124, %v296 : i64
        %v1282 = arith.constant true
        %v1283 = arith.addi %v1128, %v1281 : i64
        %v1284 = llvm.getelementptr %v6[%v1283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1285 = llvm.load %v1284 : !llvm.ptr<3> -> i64
        %v1286 = arith.addi %v101, %v1125 : i64
        %v1287 = arith.cmpi slt, %v1286, %v95 : i64
        %v1288 = arith.subi %size_L, %v1 : i64
        %v1289 = arith.minsi %v1286, %v1288 : i64
        %v1290 = arith.addi %v1285, %v1289 : i64
        %v1291 = arith.muli %v1283, %v143 : i64
        %v1292 = arith.addi %v1291, %v1125 : i64
        %v1293 = llvm.getelementptr %in_c_im[%v1290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1294 = llvm.load %v1293 : !llvm.ptr -> f32
        %v1295 = arith.addi %v1124, %v311 : i64
        %v1296 = arith.constant true
        %v1297 = arith.addi %v1128, %v1295 : i64
        %v1298 = llvm.getelementptr %v6[%v1297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1299 = llvm.load %v1298 : !llvm.ptr<3> -> i64
        %v1300 = arith.addi %v101, %v1125 : i64
        %v1301 = arith.cmpi slt, %v1300, %v95 : i64
        %v1302 = arith.subi %size_L, %v1 : i64
        %v1303 = arith.minsi %v1300, %v1302 : i64
        %v1304 = arith.addi %v1299, %v1303 : i64
        %v1305 = arith.muli %v1297, %v143 : i64
        %v1306 = arith.addi %v1305, %v1125 : i64
        %v1307 = llvm.getelementptr %in_c_im[%v1304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1308 = llvm.load %v1307 : !llvm.ptr -> f32
        %v1309 = arith.addi %v1124, %v326 : i64
        %v1310 = arith.constant true
        %v1311 = arith.addi %v1128, %v1309 : i64
        %v1312 = llvm.getelementptr %v6[%v1311] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1313 = llvm.load %v1312 : !llvm.ptr<3> -> i64
        %v1314 = arith.addi %v101, %v1125 : i64
        %v1315 = arith.cmpi slt, %v1314, %v95 : i64
        %v1316 = arith.subi %size_L, %v1 : i64
        %v1317 = arith.minsi %v1314, %v1316 : i64
        %v1318 = arith.addi %v1313, %v1317 : i64
        %v1319 = arith.muli %v1311, %v143 : i64
        %v1320 = arith.addi %v1319, %v1125 : i64
        %v1321 = llvm.getelementptr %in_c_im[%v1318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1322 = llvm.load %v1321 : !llvm.ptr -> f32
        %v1323 = arith.addi %v1124, %v341 : i64
        %v1324 = arith.constant true
        %v1325 = arith.addi %v1128, %v1323 : i64
        %v1326 = llvm.getelementptr %v6[%v1325] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1327 = llvm.load %v1326 : !llvm.ptr<3> -> i64
        %v1328 = arith.addi %v101, %v1125 : i64
        %v1329 = arith.cmpi slt, %v1328, %v95 : i64
        %v1330 = arith.subi %size_L, %v1 : i64
        %v1331 = arith.minsi %v1328, %v1330 : i64
        %v1332 = arith.addi %v1327, %v1331 : i64
        %v1333 = arith.muli %v1325, %v143 : i64
        %v1334 = arith.addi %v1333, %v1125 : i64
        %v1335 = llvm.getelementptr %in_c_im[%v1332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1336 = llvm.load %v1335 : !llvm.ptr -> f32
        %v1337 = arith.addi %v1124, %v356 : i64
        %v1338 = arith.constant true
        %v1339 = arith.addi %v1128, %v1337 : i64
        %v1340 = llvm.getelementptr %v6[%v1339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1341 = llvm.load %v1340 : !llvm.ptr<3> -> i64
        %v1342 = arith.addi %v101, %v1125 : i64
        %v1343 = arith.cmpi slt, %v1342, %v95 : i64
        %v1344 = arith.subi %size_L, %v1 : i64
        %v1345 = arith.minsi %v1342, %v1344 : i64
        %v1346 = arith.addi %v1341, %v1345 : i64
        %v1347 = arith.muli %v1339, %v143 : i64
        %v1348 = arith.addi %v1347, %v1125 : i64
        %v1349 = llvm.getelementptr %in_c_im[%v1346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1350 = llvm.load %v1349 : !llvm.ptr -> f32
        %v1351 = arith.addi %v1124, %v96 : i64
        %v1352 = arith.constant true
        %v1353 = arith.addi %v1128, %v1351 : i64
        %v1354 = llvm.getelementptr %v6[%v1353] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1355 = llvm.load %v1354 : !llvm.ptr<3> -> i64
        %v1356 = arith.addi %v101, %v1125 : i64
        %v1357 = arith.cmpi slt, %v1356, %v95 : i64
        %v1358 = arith.subi %size_L, %v1 : i64
        %v1359 = arith.minsi %v1356, %v1358 : i64
        %v1360 = arith.addi %v1355, %v1359 : i64
        %v1361 = arith.muli %v1353, %v143 : i64
        %v1362 = arith.addi %v1361, %v1125 : i64
        %v1363 = llvm.getelementptr %in_c_im[%v1360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1364 = llvm.load %v1363 : !llvm.ptr -> f32
        %v1365 = arith.addi %v1124, %v385 : i64
        %v1366 = arith.constant true
        %v1367 = arith.addi %v1128, %v1365 : i64
        %v1368 = llvm.getelementptr %v6[%v1367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1369 = llvm.load %v1368 : !llvm.ptr<3> -> i64
        %v1370 = arith.addi %v101, %v1125 : i64
        %v1371 = arith.cmpi slt, %v1370, %v95 : i64
        %v1372 = arith.subi %size_L, %v1 : i64
        %v1373 = arith.minsi %v1370, %v1372 : i64
        %v1374 = arith.addi %v1369, %v1373 : i64
        %v1375 = arith.muli %v1367, %v143 : i64
        %v1376 = arith.addi %v1375, %v1125 : i64
        %v1377 = llvm.getelementptr %in_c_im[%v1374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1378 = llvm.load %v1377 : !llvm.ptr -> f32
        %v1379 = arith.addi %v1124, %v400 : i64
        %v1380 = arith.constant true
        %v1381 = arith.addi %v1128, %v1379 : i64
        %v1382 = llvm.getelementptr %v6[%v1381] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1383 = llvm.load %v1382 : !llvm.ptr<3> -> i64
        %v1384 = arith.addi %v101, %v1125 : i64
        %v1385 = arith.cmpi slt, %v1384, %v95 : i64
        %v1386 = arith.subi %size_L, %v1 : i64
        %v1387 = arith.minsi %v1384, %v1386 : i64
        %v1388 = arith.addi %v1383, %v1387 : i64
        %v1389 = arith.muli %v1381, %v143 : i64
        %v1390 = arith.addi %v1389, %v1125 : i64
        %v1391 = llvm.getelementptr %in_c_im[%v1388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1392 = llvm.load %v1391 : !llvm.ptr -> f32
        %v1393 = arith.addi %v1124, %v415 : i64
        %v1394 = arith.constant true
        %v1395 = arith.addi %v1128, %v1393 : i64
        %v1396 = llvm.getelementptr %v6[%v1395] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1397 = llvm.load %v1396 : !llvm.ptr<3> -> i64
        %v1398 = arith.addi %v101, %v1125 : i64
        %v1399 = arith.cmpi slt, %v1398, %v95 : i64
        %v1400 = arith.subi %size_L, %v1 : i64
        %v1401 = arith.minsi %v1398, %v1400 : i64
        %v1402 = arith.addi %v1397, %v1401 : i64
        %v1403 = arith.muli %v1395, %v143 : i64
        %v1404 = arith.addi %v1403, %v1125 : i64
        %v1405 = llvm.getelementptr %in_c_im[%v1402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1406 = llvm.load %v1405 : !llvm.ptr -> f32
        %v1407 = arith.addi %v1124, %v430 : i64
        %v1408 = arith.constant true
        %v1409 = arith.addi %v1128, %v1407 : i64
        %v1410 = llvm.getelementptr %v6[%v1409] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1411 = llvm.load %v1410 : !llvm.ptr<3> -> i64
        %v1412 = arith.addi %v101, %v1125 : i64
        %v1413 = arith.cmpi slt, %v1412, %v95 : i64
        %v1414 = arith.subi %size_L, %v1 : i64
        %v1415 = arith.minsi %v1412, %v1414 : i64
        %v1416 = arith.addi %v1411, %v1415 : i64
        %v1417 = arith.muli %v1409, %v143 : i64
        %v1418 = arith.addi %v1417, %v1125 : i64
        %v1419 = llvm.getelementptr %in_c_im[%v1416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1420 = llvm.load %v1419 : !llvm.ptr -> f32
        %v1421 = arith.addi %v1124, %v445 : i64
        %v1422 = arith.constant true
        %v1423 = arith.addi %v1128, %v1421 : i64
        %v1424 = llvm.getelementptr %v6[%v1423] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1425 = llvm.load %v1424 : !llvm.ptr<3> -> i64
        %v1426 = arith.addi %v101, %v1125 : i64
        %v1427 = arith.cmpi slt, %v1426, %v95 : i64
        %v1428 = arith.subi %size_L, %v1 : i64
        %v1429 = arith.minsi %v1426, %v1428 : i64
        %v1430 = arith.addi %v1425, %v1429 : i64
        %v1431 = arith.muli %v1423, %v143 : i64
        %v1432 = arith.addi %v1431, %v1125 : i64
        %v1433 = llvm.getelementptr %in_c_im[%v1430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1434 = llvm.load %v1433 : !llvm.ptr -> f32
        %v1435 = arith.addi %v1124, %v460 : i64
        %v1436 = arith.constant true
        %v1437 = arith.addi %v1128, %v1435 : i64
        %v1438 = llvm.getelementptr %v6[%v1437] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1439 = llvm.load %v1438 : !llvm.ptr<3> -> i64
        %v1440 = arith.addi %v101, %v1125 : i64
        %v1441 = arith.cmpi slt, %v1440, %v95 : i64
        %v1442 = arith.subi %size_L, %v1 : i64
        %v1443 = arith.minsi %v1440, %v1442 : i64
        %v1444 = arith.addi %v1439, %v1443 : i64
        %v1445 = arith.muli %v1437, %v143 : i64
        %v1446 = arith.addi %v1445, %v1125 : i64
        %v1447 = llvm.getelementptr %in_c_im[%v1444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1448 = llvm.load %v1447 : !llvm.ptr -> f32
        %v1449 = arith.addi %v1124, %v475 : i64
        %v1450 = arith.constant true
        %v1451 = arith.addi %v1128, %v1449 : i64
        %v1452 = llvm.getelementptr %v6[%v1451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1453 = llvm.load %v1452 : !llvm.ptr<3> -> i64
        %v1454 = arith.addi %v101, %v1125 : i64
        %v1455 = arith.cmpi slt, %v1454, %v95 : i64
        %v1456 = arith.subi %size_L, %v1 : i64
        %v1457 = arith.minsi %v1454, %v1456 : i64
        %v1458 = arith.addi %v1453, %v1457 : i64
        %v1459 = arith.muli %v1451, %v143 : i64
        %v1460 = arith.addi %v1459, %v1125 : i64
        %v1461 = llvm.getelementptr %in_c_im[%v1458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1462 = llvm.load %v1461 : !llvm.ptr -> f32
        %v1463 = arith.addi %v1124, %v490 : i64
        %v1464 = arith.constant true
        %v1465 = arith.addi %v1128, %v1463 : i64
        %v1466 = llvm.getelementptr %v6[%v1465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1467 = llvm.load %v1466 : !llvm.ptr<3> -> i64
        %v1468 = arith.addi %v101, %v1125 : i64
        %v1469 = arith.cmpi slt, %v1468, %v95 : i64
        %v1470 = arith.subi %size_L, %v1 : i64
        %v1471 = arith.minsi %v1468, %v1470 : i64
        %v1472 = arith.addi %v1467, %v1471 : i64
        %v1473 = arith.muli %v1465, %v143 : i64
        %v1474 = arith.addi %v1473, %v1125 : i64
        %v1475 = llvm.getelementptr %in_c_im[%v1472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1476 = llvm.load %v1475 : !llvm.ptr -> f32
        %v1477 = arith.addi %v1124, %v505 : i64
        %v1478 = arith.constant true
        %v1479 = arith.addi %v1128, %v1477 : i64
        %v1480 = llvm.getelementptr %v6[%v1479] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1481 = llvm.load %v1480 : !llvm.ptr<3> -> i64
        %v1482 = arith.addi %v101, %v1125 : i64
        %v1483 = arith.cmpi slt, %v1482, %v95 : i64
        %v1484 = arith.subi %size_L, %v1 : i64
        %v1485 = arith.minsi %v1482, %v1484 : i64
        %v1486 = arith.addi %v1481, %v1485 : i64
        %v1487 = arith.muli %v1479, %v143 : i64
        %v1488 = arith.addi %v1487, %v1125 : i64
        %v1489 = llvm.getelementptr %in_c_im[%v1486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1490 = llvm.load %v1489 : !llvm.ptr -> f32
        %v1491 = arith.addi %v1124, %v520 : i64
        %v1492 = arith.constant true
        %v1493 = arith.addi %v1128, %v1491 : i64
        %v1494 = llvm.getelementptr %v6[%v1493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1495 = llvm.load %v1494 : !llvm.ptr<3> -> i64
        %v1496 = arith.addi %v101, %v1125 : i64
        %v1497 = arith.cmpi slt, %v1496, %v95 : i64
        %v1498 = arith.subi %size_L, %v1 : i64
        %v1499 = arith.minsi %v1496, %v1498 : i64
        %v1500 = arith.addi %v1495, %v1499 : i64
        %v1501 = arith.muli %v1493, %v143 : i64
        %v1502 = arith.addi %v1501, %v1125 : i64
        %v1503 = llvm.getelementptr %in_c_im[%v1500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1504 = llvm.load %v1503 : !llvm.ptr -> f32
        %v1505 = arith.addi %v1124, %v535 : i64
        %v1506 = arith.constant true
        %v1507 = arith.addi %v1128, %v1505 : i64
        %v1508 = llvm.getelementptr %v6[%v1507] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1509 = llvm.load %v1508 : !llvm.ptr<3> -> i64
        %v1510 = arith.addi %v101, %v1125 : i64
        %v1511 = arith.cmpi slt, %v1510, %v95 : i64
        %v1512 = arith.subi %size_L, %v1 : i64
        %v1513 = arith.minsi %v1510, %v1512 : i64
        %v1514 = arith.addi %v1509, %v1513 : i64
        %v1515 = arith.muli %v1507, %v143 : i64
        %v1516 = arith.addi %v1515, %v1125 : i64
        %v1517 = llvm.getelementptr %in_c_im[%v1514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1518 = llvm.load %v1517 : !llvm.ptr -> f32
        %v1519 = arith.addi %v1124, %v550 : i64
        %v1520 = arith.constant true
        %v1521 = arith.addi %v1128, %v1519 : i64
        %v1522 = llvm.getelementptr %v6[%v1521] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1523 = llvm.load %v1522 : !llvm.ptr<3> -> i64
        %v1524 = arith.addi %v101, %v1125 : i64
        %v1525 = arith.cmpi slt, %v1524, %v95 : i64
        %v1526 = arith.subi %size_L, %v1 : i64
        %v1527 = arith.minsi %v1524, %v1526 : i64
        %v1528 = arith.addi %v1523, %v1527 : i64
        %v1529 = arith.muli %v1521, %v143 : i64
        %v1530 = arith.addi %v1529, %v1125 : i64
        %v1531 = llvm.getelementptr %in_c_im[%v1528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1532 = llvm.load %v1531 : !llvm.ptr -> f32
        %v1533 = arith.addi %v1124, %v565 : i64
        %v1534 = arith.constant true
        %v1535 = arith.addi %v1128, %v1533 : i64
        %v1536 = llvm.getelementptr %v6[%v1535] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1537 = llvm.load %v1536 : !llvm.ptr<3> -> i64
        %v1538 = arith.addi %v101, %v1125 : i64
        %v1539 = arith.cmpi slt, %v1538, %v95 : i64
        %v1540 = arith.subi %size_L, %v1 : i64
        %v1541 = arith.minsi %v1538, %v1540 : i64
        %v1542 = arith.addi %v1537, %v1541 : i64
        %v1543 = arith.muli %v1535, %v143 : i64
        %v1544 = arith.addi %v1543, %v1125 : i64
        %v1545 = llvm.getelementptr %in_c_im[%v1542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1546 = llvm.load %v1545 : !llvm.ptr -> f32
        %v1547 = arith.addi %v1124, %v580 : i64
        %v1548 = arith.constant true
        %v1549 = arith.addi %v1128, %v1547 : i64
        %v1550 = llvm.getelementptr %v6[%v1549] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1551 = llvm.load %v1550 : !llvm.ptr<3> -> i64
        %v1552 = arith.addi %v101, %v1125 : i64
        %v1553 = arith.cmpi slt, %v1552, %v95 : i64
        %v1554 = arith.subi %size_L, %v1 : i64
        %v1555 = arith.minsi %v1552, %v1554 : i64
        %v1556 = arith.addi %v1551, %v1555 : i64
        %v1557 = arith.muli %v1549, %v143 : i64
        %v1558 = arith.addi %v1557, %v1125 : i64
        %v1559 = llvm.getelementptr %in_c_im[%v1556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1560 = llvm.load %v1559 : !llvm.ptr -> f32
        %v1561 = arith.addi %v1124, %v595 : i64
        %v1562 = arith.constant true
        %v1563 = arith.addi %v1128, %v1561 : i64
        %v1564 = llvm.getelementptr %v6[%v1563] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1565 = llvm.load %v1564 : !llvm.ptr<3> -> i64
        %v1566 = arith.addi %v101, %v1125 : i64
        %v1567 = arith.cmpi slt, %v1566, %v95 : i64
        %v1568 = arith.subi %size_L, %v1 : i64
        %v1569 = arith.minsi %v1566, %v1568 : i64
        %v1570 = arith.addi %v1565, %v1569 : i64
        %v1571 = arith.muli %v1563, %v143 : i64
        %v1572 = arith.addi %v1571, %v1125 : i64
        %v1573 = llvm.getelementptr %in_c_im[%v1570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1574 = llvm.load %v1573 : !llvm.ptr -> f32
        scf.if %v1127 {
          %v1575 = llvm.getelementptr %v7[%v1138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1140, %v1575 : f32, !llvm.ptr<3>
        }
        scf.if %v1142 {
          %v1576 = llvm.getelementptr %v7[%v1152] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1154, %v1576 : f32, !llvm.ptr<3>
        }
        scf.if %v1156 {
          %v1577 = llvm.getelementptr %v7[%v1166] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1168, %v1577 : f32, !llvm.ptr<3>
        }
        scf.if %v1170 {
          %v1578 = llvm.getelementptr %v7[%v1180] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1182, %v1578 : f32, !llvm.ptr<3>
        }
        scf.if %v1184 {
          %v1579 = llvm.getelementptr %v7[%v1194] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1196, %v1579 : f32, !llvm.ptr<3>
        }
        scf.if %v1198 {
          %v1580 = llvm.getelementptr %v7[%v1208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1210, %v1580 : f32, !llvm.ptr<3>
        }
        scf.if %v1212 {
          %v1581 = llvm.getelementptr %v7[%v1222] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1224, %v1581 : f32, !llvm.ptr<3>
        }
        scf.if %v1226 {
          %v1582 = llvm.getelementptr %v7[%v1236] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1238, %v1582 : f32, !llvm.ptr<3>
        }
        scf.if %v1240 {
          %v1583 = llvm.getelementptr %v7[%v1250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1252, %v1583 : f32, !llvm.ptr<3>
        }
        scf.if %v1254 {
          %v1584 = llvm.getelementptr %v7[%v1264] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1266, %v1584 : f32, !llvm.ptr<3>
        }
        scf.if %v1268 {
          %v1585 = llvm.getelementptr %v7[%v1278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1280, %v1585 : f32, !llvm.ptr<3>
        }
        scf.if %v1282 {
          %v1586 = llvm.getelementptr %v7[%v1292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1294, %v1586 : f32, !llvm.ptr<3>
        }
        scf.if %v1296 {
          %v1587 = llvm.getelementptr %v7[%v1306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1308, %v1587 : f32, !llvm.ptr<3>
        }
        scf.if %v1310 {
          %v1588 = llvm.getelementptr %v7[%v1320] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1322, %v1588 : f32, !llvm.ptr<3>
        }
        scf.if %v1324 {
          %v1589 = llvm.getelementptr %v7[%v1334] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1336, %v1589 : f32, !llvm.ptr<3>
        }
        scf.if %v1338 {
          %v1590 = llvm.getelementptr %v7[%v1348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1350, %v1590 : f32, !llvm.ptr<3>
        }
        scf.if %v1352 {
          %v1591 = llvm.getelementptr %v7[%v1362] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1364, %v1591 : f32, !llvm.ptr<3>
        }
        scf.if %v1366 {
          %v1592 = llvm.getelementptr %v7[%v1376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1378, %v1592 : f32, !llvm.ptr<3>
        }
        scf.if %v1380 {
          %v1593 = llvm.getelementptr %v7[%v1390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1392, %v1593 : f32, !llvm.ptr<3>
        }
        scf.if %v1394 {
          %v1594 = llvm.getelementptr %v7[%v1404] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1406, %v1594 : f32, !llvm.ptr<3>
        }
        scf.if %v1408 {
          %v1595 = llvm.getelementptr %v7[%v1418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1420, %v1595 : f32, !llvm.ptr<3>
        }
        scf.if %v1422 {
          %v1596 = llvm.getelementptr %v7[%v1432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1434, %v1596 : f32, !llvm.ptr<3>
        }
        scf.if %v1436 {
          %v1597 = llvm.getelementptr %v7[%v1446] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1448, %v1597 : f32, !llvm.ptr<3>
        }
        scf.if %v1450 {
          %v1598 = llvm.getelementptr %v7[%v1460] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1462, %v1598 : f32, !llvm.ptr<3>
        }
        scf.if %v1464 {
          %v1599 = llvm.getelementptr %v7[%v1474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1476, %v1599 : f32, !llvm.ptr<3>
        }
        scf.if %v1478 {
          %v1600 = llvm.getelementptr %v7[%v1488] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1490, %v1600 : f32, !llvm.ptr<3>
        }
        scf.if %v1492 {
          %v1601 = llvm.getelementptr %v7[%v1502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1504, %v1601 : f32, !llvm.ptr<3>
        }
        scf.if %v1506 {
          %v1602 = llvm.getelementptr %v7[%v1516] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1518, %v1602 : f32, !llvm.ptr<3>
        }
        scf.if %v1520 {
          %v1603 = llvm.getelementptr %v7[%v1530] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1532, %v1603 : f32, !llvm.ptr<3>
        }
        scf.if %v1534 {
          %v1604 = llvm.getelementptr %v7[%v1544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1546, %v1604 : f32, !llvm.ptr<3>
        }
        scf.if %v1548 {
          %v1605 = llvm.getelementptr %v7[%v1558] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1560, %v1605 : f32, !llvm.ptr<3>
        }
        scf.if %v1562 {
          %v1606 = llvm.getelementptr %v7[%v1572] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1574, %v1606 : f32, !llvm.ptr<3>
        }
        %v1607 = arith.divui %v14, %v96 : i64
        %v1608 = arith.remui %v14, %v96 : i64
        %v1609 = arith.addi %v1607, %v31 : i64
        %v1610 = arith.constant true
        %v1612 = arith.addi %v1611, %v1609 : i64
        %v1613 = llvm.getelementptr %v6[%v1612] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1614 = llvm.load %v1613 : !llvm.ptr<3> -> i64
        %v1615 = arith.addi %v101, %v1608 : i64
        %v1616 = arith.cmpi slt, %v1615, %v95 : i64
        %v1617 = arith.subi %size_L, %v1 : i64
        %v1618 = arith.minsi %v1615, %v1617 : i64
        %v1619 = arith.addi %v1614, %v1618 : i64
        %v1620 = arith.muli %v1612, %v143 : i64
        %v1621 = arith.addi %v1620, %v1608 : i64
        %v1622 = llvm.getelementptr %in_g_re[%v1619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1623 = llvm.load %v1622 : !llvm.ptr -> f32
        %v1624 = arith.addi %v1607, %v55 : i64
        %v1625 = arith.constant true
        %v1626 = arith.addi %v1611, %v1624 : i64
        %v1627 = llvm.getelementptr %v6[%v1626] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1628 = llvm.load %v1627 : !llvm.ptr<3> -> i64
        %v1629 = arith.addi %v101, %v1608 : i64
        %v1630 = arith.cmpi slt, %v1629, %v95 : i64
        %v1631 = arith.subi %size_L, %v1 : i64
        %v1632 = arith.minsi %v1629, %v1631 : i64
        %v1633 = arith.addi %v1628, %v1632 : i64
        %v1634 = arith.muli %v1626, %v143 : i64
        %v1635 = arith.addi %v1634, %v1608 : i64
        %v1636 = llvm.getelementptr %in_g_re[%v1633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1637 = llvm.load %v1636 : !llvm.ptr -> f32
        %v1638 = arith.addi %v1607, %v73 : i64
        %v1639 = arith.constant true
        %v1640 = arith.addi %v1611, %v1638 : i64
        %v1641 = llvm.getelementptr %v6[%v1640] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1642 = llvm.load %v1641 : !llvm.ptr<3> -> i64
        %v1643 = arith.addi %v101, %v1608 : i64
        %v1644 = arith.cmpi slt, %v1643, %v95 : i64
        %v1645 = arith.subi %size_L, %v1 : i64
        %v1646 = arith.minsi %v1643, %v1645 : i64
        %v1647 = arith.addi %v1642, %v1646 : i64
        %v1648 = arith.muli %v1640, %v143 : i64
        %v1649 = arith.addi %v1648, %v1608 : i64
        %v1650 = llvm.getelementptr %in_g_re[%v1647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1651 = llvm.load %v1650 : !llvm.ptr -> f32
        %v1652 = arith.addi %v1607, %v176 : i64
        %v1653 = arith.constant true
        %v1654 = arith.addi %v1611, %v1652 : i64
        %v1655 = llvm.getelementptr %v6[%v1654] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1656 = llvm.load %v1655 : !llvm.ptr<3> -> i64
        %v1657 = arith.addi %v101, %v1608 : i64
        %v1658 = arith.cmpi slt, %v1657, %v95 : i64
        %v1659 = arith.subi %size_L, %v1 : i64
        %v1660 = arith.minsi %v1657, %v1659 : i64
        %v1661 = arith.addi %v1656, %v1660 : i64
        %v1662 = arith.muli %v1654, %v143 : i64
        %v1663 = arith.addi %v1662, %v1608 : i64
        %v1664 = llvm.getelementptr %in_g_re[%v1661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1665 = llvm.load %v1664 : !llvm.ptr -> f32
        %v1666 = arith.addi %v1607, %v191 : i64
        %v1667 = arith.constant true
        %v1668 = arith.addi %v1611, %v1666 : i64
        %v1669 = llvm.getelementptr %v6[%v1668] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1670 = llvm.load %v1669 : !llvm.ptr<3> -> i64
        %v1671 = arith.addi %v101, %v1608 : i64
        %v1672 = arith.cmpi slt, %v1671, %v95 : i64
        %v1673 = arith.subi %size_L, %v1 : i64
        %v1674 = arith.minsi %v1671, %v1673 : i64
        %v1675 = arith.addi %v1670, %v1674 : i64
        %v1676 = arith.muli %v1668, %v143 : i64
        %v1677 = arith.addi %v1676, %v1608 : i64
        %v1678 = llvm.getelementptr %in_g_re[%v1675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1679 = llvm.load %v1678 : !llvm.ptr -> f32
        %v1680 = arith.addi %v1607, %v206 : i64
        %v1681 = arith.constant true
        %v1682 = arith.addi %v1611, %v1680 : i64
        %v1683 = llvm.getelementptr %v6[%v1682] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1684 = llvm.load %v1683 : !llvm.ptr<3> -> i64
        %v1685 = arith.addi %v101, %v1608 : i64
        %v1686 = arith.cmpi slt, %v1685, %v95 : i64
        %v1687 = arith.subi %size_L, %v1 : i64
        %v1688 = arith.minsi %v1685, %v1687 : i64
        %v1689 = arith.addi %v1684, %v1688 : i64
        %v1690 = arith.muli %v1682, %v143 : i64
        %v1691 = arith.addi %v1690, %v1608 : i64
        %v1692 = llvm.getelementptr %in_g_re[%v1689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1693 = llvm.load %v1692 : !llvm.ptr -> f32
        %v1694 = arith.addi %v1607, %v221 : i64
        %v1695 = arith.constant true
        %v1696 = arith.addi %v1611, %v1694 : i64
        %v1697 = llvm.getelementptr %v6[%v1696] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1698 = llvm.load %v1697 : !llvm.ptr<3> -> i64
        %v1699 = arith.addi %v101, %v1608 : i64
        %v1700 = arith.cmpi slt, %v1699, %v95 : i64
        %v1701 = arith.subi %size_L, %v1 : i64
        %v1702 = arith.minsi %v1699, %v1701 : i64
        %v1703 = arith.addi %v1698, %v1702 : i64
        %v1704 = arith.muli %v1696, %v143 : i64
        %v1705 = arith.addi %v1704, %v1608 : i64
        %v1706 = llvm.getelementptr %in_g_re[%v1703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1707 = llvm.load %v1706 : !llvm.ptr -> f32
        %v1708 = arith.addi %v1607, %v236 : i64
        %v1709 = arith.constant true
        %v1710 = arith.addi %v1611, %v1708 : i64
        %v1711 = llvm.getelementptr %v6[%v1710] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1712 = llvm.load %v1711 : !llvm.ptr<3> -> i64
        %v1713 = arith.addi %v101, %v1608 : i64
        %v1714 = arith.cmpi slt, %v1713, %v95 : i64
        %v1715 = arith.subi %size_L, %v1 : i64
        %v1716 = arith.minsi %v1713, %v1715 : i64
        %v1717 = arith.addi %v1712, %v1716 : i64
        %v1718 = arith.muli %v1710, %v143 : i64
        %v1719 = arith.addi %v1718, %v1608 : i64
        %v1720 = llvm.getelementptr %in_g_re[%v1717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1721 = llvm.load %v1720 : !llvm.ptr -> f32
        %v1722 = arith.addi %v1607, %v251 : i64
        %v1723 = arith.constant true
        %v1724 = arith.addi %v1611, %v1722 : i64
        %v1725 = llvm.getelementptr %v6[%v1724] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1726 = llvm.load %v1725 : !llvm.ptr<3> -> i64
        %v1727 = arith.addi %v101, %v1608 : i64
        %v1728 = arith.cmpi slt, %v1727, %v95 : i64
        %v1729 = arith.subi %size_L, %v1 : i64
        %v1730 = arith.minsi %v1727, %v1729 : i64
        %v1731 = arith.addi %v1726, %v1730 : i64
        %v1732 = arith.muli %v1724, %v143 : i64
        %v1733 = arith.addi %v1732, %v1608 : i64
        %v1734 = llvm.getelementptr %in_g_re[%v1731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1735 = llvm.load %v1734 : !llvm.ptr -> f32
        %v1736 = arith.addi %v1607, %v266 : i64
        %v1737 = arith.constant true
        %v1738 = arith.addi %v1611, %v1736 : i64
        %v1739 = llvm.getelementptr %v6[%v1738] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1740 = llvm.load %v1739 : !llvm.ptr<3> -> i64
        %v1741 = arith.addi %v101, %v1608 : i64
        %v1742 = arith.cmpi slt, %v1741, %v95 : i64
        %v1743 = arith.subi %size_L, %v1 : i64
        %v1744 = arith.minsi %v1741, %v1743 : i64
        %v1745 = arith.addi %v1740, %v1744 : i64
        %v1746 = arith.muli %v1738, %v143 : i64
        %v1747 = arith.addi %v1746, %v1608 : i64
        %v1748 = llvm.getelementptr %in_g_re[%v1745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1749 = llvm.load %v1748 : !llvm.ptr -> f32
        %v1750 = arith.addi %v1607, %v281 : i64
        %v1751 = arith.constant true
        %v1752 = arith.addi %v1611, %v1750 : i64
        %v1753 = llvm.getelementptr %v6[%v1752] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1754 = llvm.load %v1753 : !llvm.ptr<3> -> i64
        %v1755 = arith.addi %v101, %v1608 : i64
        %v1756 = arith.cmpi slt, %v1755, %v95 : i64
        %v1757 = arith.subi %size_L, %v1 : i64
        %v1758 = arith.minsi %v1755, %v1757 : i64
        %v1759 = arith.addi %v1754, %v1758 : i64
        %v1760 = arith.muli %v1752, %v143 : i64
        %v1761 = arith.addi %v1760, %v1608 : i64
        %v1762 = llvm.getelementptr %in_g_re[%v1759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1763 = llvm.load %v1762 : !llvm.ptr -> f32
        %v1764 = arith.addi %v1607, %v296 : i64
        %v1765 = arith.constant true
        %v1766 = arith.addi %v1611, %v1764 : i64
        %v1767 = llvm.getelementptr %v6[%v1766] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1768 = llvm.load %v1767 : !llvm.ptr<3> -> i64
        %v1769 = arith.addi %v101, %v1608 : i64
        %v1770 = arith.cmpi slt, %v1769, %v95 : i64
        %v1771 = arith.subi %size_L, %v1 : i64
        %v1772 = arith.minsi %v1769, %v1771 : i64
        %v1773 = arith.addi %v1768, %v1772 : i64
        %v1774 = arith.muli %v1766, %v143 : i64
        %v1775 = arith.addi %v1774, %v1608 : i64
        %v1776 = llvm.getelementptr %in_g_re[%v1773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1777 = llvm.load %v1776 : !llvm.ptr -> f32
        %v1778 = arith.addi %v1607, %v311 : i64
        %v1779 = arith.constant true
        %v1780 = arith.addi %v1611, %v1778 : i64
        %v1781 = llvm.getelementptr %v6[%v1780] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1782 = llvm.load %v1781 : !llvm.ptr<3> -> i64
        %v1783 = arith.addi %v101, %v1608 : i64
        %v1784 = arith.cmpi slt, %v1783, %v95 : i64
        %v1785 = arith.subi %size_L, %v1 : i64
        %v1786 = arith.minsi %v1783, %v1785 : i64
        %v1787 = arith.addi %v1782, %v1786 : i64
        %v1788 = arith.muli %v1780, %v143 : i64
        %v1789 = arith.addi %v1788, %v1608 : i64
        %v1790 = llvm.getelementptr %in_g_re[%v1787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1791 = llvm.load %v1790 : !llvm.ptr -> f32
        %v1792 = arith.addi %v1607, %v326 : i64
        %v1793 = arith.constant true
        %v1794 = arith.addi %v1611, %v1792 : i64
        %v1795 = llvm.getelementptr %v6[%v1794] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1796 = llvm.load %v1795 : !llvm.ptr<3> -> i64
        %v1797 = arith.addi %v101, %v1608 : i64
        %v1798 = arith.cmpi slt, %v1797, %v95 : i64
        %v1799 = arith.subi %size_L, %v1 : i64
        %v1800 = arith.minsi %v1797, %v1799 : i64
        %v1801 = arith.addi %v1796, %v1800 : i64
        %v1802 = arith.muli %v1794, %v143 : i64
        %v1803 = arith.addi %v1802, %v1608 : i64
        %v1804 = llvm.getelementptr %in_g_re[%v1801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1805 = llvm.load %v1804 : !llvm.ptr -> f32
        %v1806 = arith.addi %v1607, %v341 : i64
        %v1807 = arith.constant true
        %v1808 = arith.addi %v1611, %v1806 : i64
        %v1809 = llvm.getelementptr %v6[%v1808] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1810 = llvm.load %v1809 : !llvm.ptr<3> -> i64
        %v1811 = arith.addi %v101, %v1608 : i64
        %v1812 = arith.cmpi slt, %v1811, %v95 : i64
        %v1813 = arith.subi %size_L, %v1 : i64
        %v1814 = arith.minsi %v1811, %v1813 : i64
        %v1815 = arith.addi %v1810, %v1814 : i64
        %v1816 = arith.muli %v1808, %v143 : i64
        %v1817 = arith.addi %v1816, %v1608 : i64
        %v1818 = llvm.getelementptr %in_g_re[%v1815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1819 = llvm.load %v1818 : !llvm.ptr -> f32
        %v1820 = arith.addi %v1607, %v356 : i64
        %v1821 = arith.constant true
        %v1822 = arith.addi %v1611, %v1820 : i64
        %v1823 = llvm.getelementptr %v6[%v1822] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1824 = llvm.load %v1823 : !llvm.ptr<3> -> i64
        %v1825 = arith.addi %v101, %v1608 : i64
        %v1826 = arith.cmpi slt, %v1825, %v95 : i64
        %v1827 = arith.subi %size_L, %v1 : i64
        %v1828 = arith.minsi %v1825, %v1827 : i64
        %v1829 = arith.addi %v1824, %v1828 : i64
        %v1830 = arith.muli %v1822, %v143 : i64
        %v1831 = arith.addi %v1830, %v1608 : i64
        %v1832 = llvm.getelementptr %in_g_re[%v1829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1833 = llvm.load %v1832 : !llvm.ptr -> f32
        %v1834 = arith.addi %v1607, %v96 : i64
        %v1835 = arith.constant true
        %v1836 = arith.addi %v1611, %v1834 : i64
        %v1837 = llvm.getelementptr %v6[%v1836] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1838 = llvm.load %v1837 : !llvm.ptr<3> -> i64
        %v1839 = arith.addi %v101, %v1608 : i64
        %v1840 = arith.cmpi slt, %v1839, %v95 : i64
        %v1841 = arith.subi %size_L, %v1 : i64
        %v1842 = arith.minsi %v1839, %v1841 : i64
        %v1843 = arith.addi %v1838, %v1842 : i64
        %v1844 = arith.muli %v1836, %v143 : i64
        %v1845 = arith.addi %v1844, %v1608 : i64
        %v1846 = llvm.getelementptr %in_g_re[%v1843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1847 = llvm.load %v1846 : !llvm.ptr -> f32
        %v1848 = arith.addi %v1607, %v385 : i64
        %v1849 = arith.constant true
        %v1850 = arith.addi %v1611, %v1848 : i64
        %v1851 = llvm.getelementptr %v6[%v1850] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1852 = llvm.load %v1851 : !llvm.ptr<3> -> i64
        %v1853 = arith.addi %v101, %v1608 : i64
        %v1854 = arith.cmpi slt, %v1853, %v95 : i64
        %v1855 = arith.subi %size_L, %v1 : i64
        %v1856 = arith.minsi %v1853, %v1855 : i64
        %v1857 = arith.addi %v1852, %v1856 : i64
        %v1858 = arith.muli %v1850, %v143 : i64
        %v1859 = arith.addi %v1858, %v1608 : i64
        %v1860 = llvm.getelementptr %in_g_re[%v1857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1861 = llvm.load %v1860 : !llvm.ptr -> f32
        %v1862 = arith.addi %v1607, %v400 : i64
        %v1863 = arith.constant true
        %v1864 = arith.addi %v1611, %v1862 : i64
        %v1865 = llvm.getelementptr %v6[%v1864] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1866 = llvm.load %v1865 : !llvm.ptr<3> -> i64
        %v1867 = arith.addi %v101, %v1608 : i64
        %v1868 = arith.cmpi slt, %v1867, %v95 : i64
        %v1869 = arith.subi %size_L, %v1 : i64
        %v1870 = arith.minsi %v1867, %v1869 : i64
        %v1871 = arith.addi %v1866, %v1870 : i64
        %v1872 = arith.muli %v1864, %v143 : i64
        %v1873 = arith.addi %v1872, %v1608 : i64
        %v1874 = llvm.getelementptr %in_g_re[%v1871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1875 = llvm.load %v1874 : !llvm.ptr -> f32
        %v1876 = arith.addi %v1607, %v415 : i64
        %v1877 = arith.constant true
        %v1878 = arith.addi %v1611, %v1876 : i64
        %v1879 = llvm.getelementptr %v6[%v1878] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1880 = llvm.load %v1879 : !llvm.ptr<3> -> i64
        %v1881 = arith.addi %v101, %v1608 : i64
        %v1882 = arith.cmpi slt, %v1881, %v95 : i64
        %v1883 = arith.subi %size_L, %v1 : i64
        %v1884 = arith.minsi %v1881, %v1883 : i64
        %v1885 = arith.addi %v1880, %v1884 : i64
        %v1886 = arith.muli %v1878, %v143 : i64
        %v1887 = arith.addi %v1886, %v1608 : i64
        %v1888 = llvm.getelementptr %in_g_re[%v1885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1889 = llvm.load %v1888 : !llvm.ptr -> f32
        %v1890 = arith.addi %v1607, %v430 : i64
        %v1891 = arith.constant true
        %v1892 = arith.addi %v1611, %v1890 : i64
        %v1893 = llvm.getelementptr %v6[%v1892] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1894 = llvm.load %v1893 : !llvm.ptr<3> -> i64
        %v1895 = arith.addi %v101, %v1608 : i64
        %v1896 = arith.cmpi slt, %v1895, %v95 : i64
        %v1897 = arith.subi %size_L, %v1 : i64
        %v1898 = arith.minsi %v1895, %v1897 : i64
        %v1899 = arith.addi %v1894, %v1898 : i64
        %v1900 = arith.muli %v1892, %v143 : i64
        %v1901 = arith.addi %v1900, %v1608 : i64
        %v1902 = llvm.getelementptr %in_g_re[%v1899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1903 = llvm.load %v1902 : !llvm.ptr -> f32
        %v1904 = arith.addi %v1607, %v445 : i64
        %v1905 = arith.constant true
        %v1906 = arith.addi %v1611, %v1904 : i64
        %v1907 = llvm.getelementptr %v6[%v1906] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1908 = llvm.load %v1907 : !llvm.ptr<3> -> i64
        %v1909 = arith.addi %v101, %v1608 : i64
        %v1910 = arith.cmpi slt, %v1909, %v95 : i64
        %v1911 = arith.subi %size_L, %v1 : i64
        %v1912 = arith.minsi %v1909, %v1911 : i64
        %v1913 = arith.addi %v1908, %v1912 : i64
        %v1914 = arith.muli %v1906, %v143 : i64
        %v1915 = arith.addi %v1914, %v1608 : i64
        %v1916 = llvm.getelementptr %in_g_re[%v1913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1917 = llvm.load %v1916 : !llvm.ptr -> f32
        %v1918 = arith.addi %v1607, %v460 : i64
        %v1919 = arith.constant true
        %v1920 = arith.addi %v1611, %v1918 : i64
        %v1921 = llvm.getelementptr %v6[%v1920] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1922 = llvm.load %v1921 : !llvm.ptr<3> -> i64
        %v1923 = arith.addi %v101, %v1608 : i64
        %v1924 = arith.cmpi slt, %v1923, %v95 : i64
        %v1925 = arith.subi %size_L, %v1 : i64
        %v1926 = arith.minsi %v1923, %v1925 : i64
        %v1927 = arith.addi %v1922, %v1926 : i64
        %v1928 = arith.muli %v1920, %v143 : i64
        %v1929 = arith.addi %v1928, %v1608 : i64
        %v1930 = llvm.getelementptr %in_g_re[%v1927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1931 = llvm.load %v1930 : !llvm.ptr -> f32
        %v1932 = arith.addi %v1607, %v475 : i64
        %v1933 = arith.constant true
        %v1934 = arith.addi %v1611, %v1932 : i64
        %v1935 = llvm.getelementptr %v6[%v1934] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1936 = llvm.load %v1935 : !llvm.ptr<3> -> i64
        %v1937 = arith.addi %v101, %v1608 : i64
        %v1938 = arith.cmpi slt, %v1937, %v95 : i64
        %v1939 = arith.subi %size_L, %v1 : i64
        %v1940 = arith.minsi %v1937, %v1939 : i64
        %v1941 = arith.addi %v1936, %v1940 : i64
        %v1942 = arith.muli %v1934, %v143 : i64
        %v1943 = arith.addi %v1942, %v1608 : i64
        %v1944 = llvm.getelementptr %in_g_re[%v1941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1945 = llvm.load %v1944 : !llvm.ptr -> f32
        %v1946 = arith.addi %v1607, %v490 : i64
        %v1947 = arith.constant true
        %v1948 = arith.addi %v1611, %v1946 : i64
        %v1949 = llvm.getelementptr %v6[%v1948] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1950 = llvm.load %v1949 : !llvm.ptr<3> -> i64
        %v1951 = arith.addi %v101, %v1608 : i64
        %v1952 = arith.cmpi slt, %v1951, %v95 : i64
        %v1953 = arith.subi %size_L, %v1 : i64
        %v1954 = arith.minsi %v1951, %v1953 : i64
        %v1955 = arith.addi %v1950, %v1954 : i64
        %v1956 = arith.muli %v1948, %v143 : i64
        %v1957 = arith.addi %v1956, %v1608 : i64
        %v1958 = llvm.getelementptr %in_g_re[%v1955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1959 = llvm.load %v1958 : !llvm.ptr -> f32
        %v1960 = arith.addi %v1607, %v505 : i64
        %v1961 = arith.constant true
        %v1962 = arith.addi %v1611, %v1960 : i64
        %v1963 = llvm.getelementptr %v6[%v1962] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1964 = llvm.load %v1963 : !llvm.ptr<3> -> i64
        %v1965 = arith.addi %v101, %v1608 : i64
        %v1966 = arith.cmpi slt, %v1965, %v95 : i64
        %v1967 = arith.subi %size_L, %v1 : i64
        %v1968 = arith.minsi %v1965, %v1967 : i64
        %v1969 = arith.addi %v1964, %v1968 : i64
        %v1970 = arith.muli %v1962, %v143 : i64
        %v1971 = arith.addi %v1970, %v1608 : i64
        %v1972 = llvm.getelementptr %in_g_re[%v1969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1973 = llvm.load %v1972 : !llvm.ptr -> f32
        %v1974 = arith.addi %v1607, %v520 : i64
        %v1975 = arith.constant true
        %v1976 = arith.addi %v1611, %v1974 : i64
        %v1977 = llvm.getelementptr %v6[%v1976] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1978 = llvm.load %v1977 : !llvm.ptr<3> -> i64
        %v1979 = arith.addi %v101, %v1608 : i64
        %v1980 = arith.cmpi slt, %v1979, %v95 : i64
        %v1981 = arith.subi %size_L, %v1 : i64
        %v1982 = arith.minsi %v1979, %v1981 : i64
        %v1983 = arith.addi %v1978, %v1982 : i64
        %v1984 = arith.muli %v1976, %v143 : i64
        %v1985 = arith.addi %v1984, %v1608 : i64
        %v1986 = llvm.getelementptr %in_g_re[%v1983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1987 = llvm.load %v1986 : !llvm.ptr -> f32
        %v1988 = arith.addi %v1607, %v535 : i64
        %v1989 = arith.constant true
        %v1990 = arith.addi %v1611, %v1988 : i64
        %v1991 = llvm.getelementptr %v6[%v1990] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1992 = llvm.load %v1991 : !llvm.ptr<3> -> i64
        %v1993 = arith.addi %v101, %v1608 : i64
        %v1994 = arith.cmpi slt, %v1993, %v95 : i64
        %v1995 = arith.subi %size_L, %v1 : i64
        %v1996 = arith.minsi %v1993, %v1995 : i64
        %v1997 = arith.addi %v1992, %v1996 : i64
        %v1998 = arith.muli %v1990, %v143 : i64
        %v1999 = arith.addi %v1998, %v1608 : i64
        %v2000 = llvm.getelementptr %in_g_re[%v1997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2001 = llvm.load %v2000 : !llvm.ptr -> f32
        %v2002 = arith.addi %v1607, %v550 : i64
        %v2003 = arith.constant true
        %v2004 = arith.addi %v1611, %v2002 : i64
        %v2005 = llvm.getelementptr %v6[%v2004] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2006 = llvm.load %v2005 : !llvm.ptr<3> -> i64
        %v2007 = arith.addi %v101, %v1608 : i64
        %v2008 = arith.cmpi slt, %v2007, %v95 : i64
        %v2009 = arith.subi %size_L, %v1 : i64
        %v2010 = arith.minsi %v2007, %v2009 : i64
        %v2011 = arith.addi %v2006, %v2010 : i64
        %v2012 = arith.muli %v2004, %v143 : i64
        %v2013 = arith.addi %v2012, %v1608 : i64
        %v2014 = llvm.getelementptr %in_g_re[%v2011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2015 = llvm.load %v2014 : !llvm.ptr -> f32
        %v2016 = arith.addi %v1607, %v565 : i64
        %v2017 = arith.constant true
        %v2018 = arith.addi %v1611, %v2016 : i64
        %v2019 = llvm.getelementptr %v6[%v2018] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2020 = llvm.load %v2019 : !llvm.ptr<3> -> i64
        %v2021 = arith.addi %v101, %v1608 : i64
        %v2022 = arith.cmpi slt, %v2021, %v95 : i64
        %v2023 = arith.subi %size_L, %v1 : i64
        %v2024 = arith.minsi %v2021, %v2023 : i64
        %v2025 = arith.addi %v2020, %v2024 : i64
        %v2026 = arith.muli %v2018, %v143 : i64
        %v2027 = arith.addi %v2026, %v1608 : i64
        %v2028 = llvm.getelementptr %in_g_re[%v2025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2029 = llvm.load %v2028 : !llvm.ptr -> f32
        %v2030 = arith.addi %v1607, %v580 : i64
        %v2031 = arith.constant true
        %v2032 = arith.addi %v1611, %v2030 : i64
        %v2033 = llvm.getelementptr %v6[%v2032] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2034 = llvm.load %v2033 : !llvm.ptr<3> -> i64
        %v2035 = arith.addi %v101, %v1608 : i64
        %v2036 = arith.cmpi slt, %v2035, %v95 : i64
        %v2037 = arith.subi %size_L, %v1 : i64
        %v2038 = arith.minsi %v2035, %v2037 : i64
        %v2039 = arith.addi %v2034, %v2038 : i64
        %v2040 = arith.muli %v2032, %v143 : i64
        %v2041 = arith.addi %v2040, %v1608 : i64
        %v2042 = llvm.getelementptr %in_g_re[%v2039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2043 = llvm.load %v2042 : !llvm.ptr -> f32
        %v2044 = arith.addi %v1607, %v595 : i64
        %v2045 = arith.constant true
        %v2046 = arith.addi %v1611, %v2044 : i64
        %v2047 = llvm.getelementptr %v6[%v2046] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2048 = llvm.load %v2047 : !llvm.ptr<3> -> i64
        %v2049 = arith.addi %v101, %v1608 : i64
        %v2050 = arith.cmpi slt, %v2049, %v95 : i64
        %v2051 = arith.subi %size_L, %v1 : i64
        %v2052 = arith.minsi %v2049, %v2051 : i64
        %v2053 = arith.addi %v2048, %v2052 : i64
        %v2054 = arith.muli %v2046, %v143 : i64
        %v2055 = arith.addi %v2054, %v1608 : i64
        %v2056 = llvm.getelementptr %in_g_re[%v2053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2057 = llvm.load %v2056 : !llvm.ptr -> f32
        scf.if %v1610 {
          %v2058 = llvm.getelementptr %v7[%v1621] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1623, %v2058 : f32, !llvm.ptr<3>
        }
        scf.if %v1625 {
          %v2059 = llvm.getelementptr %v7[%v1635] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1637, %v2059 : f32, !llvm.ptr<3>
        }
        scf.if %v1639 {
          %v2060 = llvm.getelementptr %v7[%v1649] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1651, %v2060 : f32, !llvm.ptr<3>
        }
        scf.if %v1653 {
          %v2061 = llvm.getelementptr %v7[%v1663] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1665, %v2061 : f32, !llvm.ptr<3>
        }
        scf.if %v1667 {
          %v2062 = llvm.getelementptr %v7[%v1677] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1679, %v2062 : f32, !llvm.ptr<3>
        }
        scf.if %v1681 {
          %v2063 = llvm.getelementptr %v7[%v1691] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1693, %v2063 : f32, !llvm.ptr<3>
        }
        scf.if %v1695 {
          %v2064 = llvm.getelementptr %v7[%v1705] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1707, %v2064 : f32, !llvm.ptr<3>
        }
        scf.if %v1709 {
          %v2065 = llvm.getelementptr %v7[%v1719] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1721, %v2065 : f32, !llvm.ptr<3>
        }
        scf.if %v1723 {
          %v2066 = llvm.getelementptr %v7[%v1733] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1735, %v2066 : f32, !llvm.ptr<3>
        }
        scf.if %v1737 {
          %v2067 = llvm.getelementptr %v7[%v1747] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1749, %v2067 : f32, !llvm.ptr<3>
        }
        scf.if %v1751 {
          %v2068 = llvm.getelementptr %v7[%v1761] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1763, %v2068 : f32, !llvm.ptr<3>
        }
        scf.if %v1765 {
          %v2069 = llvm.getelementptr %v7[%v1775] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1777, %v2069 : f32, !llvm.ptr<3>
        }
        scf.if %v1779 {
          %v2070 = llvm.getelementptr %v7[%v1789] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1791, %v2070 : f32, !llvm.ptr<3>
        }
        scf.if %v1793 {
          %v2071 = llvm.getelementptr %v7[%v1803] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1805, %v2071 : f32, !llvm.ptr<3>
        }
        scf.if %v1807 {
          %v2072 = llvm.getelementptr %v7[%v1817] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1819, %v2072 : f32, !llvm.ptr<3>
        }
        scf.if %v1821 {
          %v2073 = llvm.getelementptr %v7[%v1831] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1833, %v2073 : f32, !llvm.ptr<3>
        }
        scf.if %v1835 {
          %v2074 = llvm.getelementptr %v7[%v1845] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1847, %v2074 : f32, !llvm.ptr<3>
        }
        scf.if %v1849 {
          %v2075 = llvm.getelementptr %v7[%v1859] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1861, %v2075 : f32, !llvm.ptr<3>
        }
        scf.if %v1863 {
          %v2076 = llvm.getelementptr %v7[%v1873] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1875, %v2076 : f32, !llvm.ptr<3>
        }
        scf.if %v1877 {
          %v2077 = llvm.getelementptr %v7[%v1887] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1889, %v2077 : f32, !llvm.ptr<3>
        }
        scf.if %v1891 {
          %v2078 = llvm.getelementptr %v7[%v1901] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1903, %v2078 : f32, !llvm.ptr<3>
        }
        scf.if %v1905 {
          %v2079 = llvm.getelementptr %v7[%v1915] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1917, %v2079 : f32, !llvm.ptr<3>
        }
        scf.if %v1919 {
          %v2080 = llvm.getelementptr %v7[%v1929] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1931, %v2080 : f32, !llvm.ptr<3>
        }
        scf.if %v1933 {
          %v2081 = llvm.getelementptr %v7[%v1943] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1945, %v2081 : f32, !llvm.ptr<3>
        }
        scf.if %v1947 {
          %v2082 = llvm.getelementptr %v7[%v1957] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1959, %v2082 : f32, !llvm.ptr<3>
        }
        scf.if %v1961 {
          %v2083 = llvm.getelementptr %v7[%v1971] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1973, %v2083 : f32, !llvm.ptr<3>
        }
        scf.if %v1975 {
          %v2084 = llvm.getelementptr %v7[%v1985] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1987, %v2084 : f32, !llvm.ptr<3>
        }
        scf.if %v1989 {
          %v2085 = llvm.getelementptr %v7[%v1999] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2001, %v2085 : f32, !llvm.ptr<3>
        }
        scf.if %v2003 {
          %v2086 = llvm.getelementptr %v7[%v2013] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2015, %v2086 : f32, !llvm.ptr<3>
        }
        scf.if %v2017 {
          %v2087 = llvm.getelementptr %v7[%v2027] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2029, %v2087 : f32, !llvm.ptr<3>
        }
        scf.if %v2031 {
          %v2088 = llvm.getelementptr %v7[%v2041] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2043, %v2088 : f32, !llvm.ptr<3>
        }
        scf.if %v2045 {
          %v2089 = llvm.getelementptr %v7[%v2055] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2057, %v2089 : f32, !llvm.ptr<3>
        }
        %v2090 = arith.divui %v14, %v96 : i64
        %v2091 = arith.remui %v14, %v96 : i64
        %v2092 = arith.addi %v2090, %v31 : i64
        %v2093 = arith.constant true
        %v2094 = arith.addi %v10, %v2092 : i64
        %v2095 = llvm.getelementptr %v6[%v2094] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2096 = llvm.load %v2095 : !llvm.ptr<3> -> i64
        %v2097 = arith.addi %v101, %v2091 : i64
        %v2098 = arith.cmpi slt, %v2097, %v95 : i64
        %v2099 = arith.subi %size_L, %v1 : i64
        %v2100 = arith.minsi %v2097, %v2099 : i64
        %v2101 = arith.addi %v2096, %v2100 : i64
        %v2102 = arith.muli %v2094, %v143 : i64
        %v2103 = arith.addi %v2102, %v2091 : i64
        %v2104 = llvm.getelementptr %in_g_im[%v2101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2105 = llvm.load %v2104 : !llvm.ptr -> f32
        %v2106 = arith.addi %v2090, %v55 : i64
        %v2107 = arith.constant true
        %v2108 = arith.addi %v10, %v2106 : i64
        %v2109 = llvm.getelementptr %v6[%v2108] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2110 = llvm.load %v2109 : !llvm.ptr<3> -> i64
        %v2111 = arith.addi %v101, %v2091 : i64
        %v2112 = arith.cmpi slt, %v2111, %v95 : i64
        %v2113 = arith.subi %size_L, %v1 : i64
        %v2114 = arith.minsi %v2111, %v2113 : i64
        %v2115 = arith.addi %v2110, %v2114 : i64
        %v2116 = arith.muli %v2108, %v143 : i64
        %v2117 = arith.addi %v2116, %v2091 : i64
        %v2118 = llvm.getelementptr %in_g_im[%v2115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2119 = llvm.load %v2118 : !llvm.ptr -> f32
        %v2120 = arith.addi %v2090, %v73 : i64
        %v2121 = arith.constant true
        %v2122 = arith.addi %v10, %v2120 : i64
        %v2123 = llvm.getelementptr %v6[%v2122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2124 = llvm.load %v2123 : !llvm.ptr<3> -> i64
        %v2125 = arith.addi %v101, %v2091 : i64
        %v2126 = arith.cmpi slt, %v2125, %v95 : i64
        %v2127 = arith.subi %size_L, %v1 : i64
        %v2128 = arith.minsi %v2125, %v2127 : i64
        %v2129 = arith.addi %v2124, %v2128 : i64
        %v2130 = arith.muli %v2122, %v143 : i64
        %v2131 = arith.addi %v2130, %v2091 : i64
        %v2132 = llvm.getelementptr %in_g_im[%v2129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2133 = llvm.load %v2132 : !llvm.ptr -> f32
        %v2134 = arith.addi %v2090, %v176 : i64
        %v2135 = arith.constant true
        %v2136 = arith.addi %v10, %v2134 : i64
        %v2137 = llvm.getelementptr %v6[%v2136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2138 = llvm.load %v2137 : !llvm.ptr<3> -> i64
        %v2139 = arith.addi %v101, %v2091 : i64
        %v2140 = arith.cmpi slt, %v2139, %v95 : i64
        %v2141 = arith.subi %size_L, %v1 : i64
        %v2142 = arith.minsi %v2139, %v2141 : i64
        %v2143 = arith.addi %v2138, %v2142 : i64
        %v2144 = arith.muli %v2136, %v143 : i64
        %v2145 = arith.addi %v2144, %v2091 : i64
        %v2146 = llvm.getelementptr %in_g_im[%v2143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2147 = llvm.load %v2146 : !llvm.ptr -> f32
        %v2148 = arith.addi %v2090, %v191 : i64
        %v2149 = arith.constant true
        %v2150 = arith.addi %v10, %v2148 : i64
        %v2151 = llvm.getelementptr %v6[%v2150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2152 = llvm.load %v2151 : !llvm.ptr<3> -> i64
        %v2153 = arith.addi %v101, %v2091 : i64
        %v2154 = arith.cmpi slt, %v2153, %v95 : i64
        %v2155 = arith.subi %size_L, %v1 : i64
        %v2156 = arith.minsi %v2153, %v2155 : i64
        %v2157 = arith.addi %v2152, %v2156 : i64
        %v2158 = arith.muli %v2150, %v143 : i64
        %v2159 = arith.addi %v2158, %v2091 : i64
        %v2160 = llvm.getelementptr %in_g_im[%v2157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2161 = llvm.load %v2160 : !llvm.ptr -> f32
        %v2162 = arith.addi %v2090, %v206 : i64
        %v2163 = arith.constant true
        %v2164 = arith.addi %v10, %v2162 : i64
        %v2165 = llvm.getelementptr %v6[%v2164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2166 = llvm.load %v2165 : !llvm.ptr<3> -> i64
        %v2167 = arith.addi %v101, %v2091 : i64
        %v2168 = arith.cmpi slt, %v2167, %v95 : i64
        %v2169 = arith.subi %size_L, %v1 : i64
        %v2170 = arith.minsi %v2167, %v2169 : i64
        %v2171 = arith.addi %v2166, %v2170 : i64
        %v2172 = arith.muli %v2164, %v143 : i64
        %v2173 = arith.addi %v2172, %v2091 : i64
        %v2174 = llvm.getelementptr %in_g_im[%v2171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2175 = llvm.load %v2174 : !llvm.ptr -> f32
        %v2176 = arith.addi %v2090, %v221 : i64
        %v2177 = arith.constant true
        %v2178 = arith.addi %v10, %v2176 : i64
        %v2179 = llvm.getelementptr %v6[%v2178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2180 = llvm.load %v2179 : !llvm.ptr<3> -> i64
        %v2181 = arith.addi %v101, %v2091 : i64
        %v2182 = arith.cmpi slt, %v2181, %v95 : i64
        %v2183 = arith.subi %size_L, %v1 : i64
        %v2184 = arith.minsi %v2181, %v2183 : i64
        %v2185 = arith.addi %v2180, %v2184 : i64
        %v2186 = arith.muli %v2178, %v143 : i64
        %v2187 = arith.addi %v2186, %v2091 : i64
        %v2188 = llvm.getelementptr %in_g_im[%v2185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2189 = llvm.load %v2188 : !llvm.ptr -> f32
        %v2190 = arith.addi %v2090, %v236 : i64
        %v2191 = arith.constant true
        %v2192 = arith.addi %v10, %v2190 : i64
        %v2193 = llvm.getelementptr %v6[%v2192] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2194 = llvm.load %v2193 : !llvm.ptr<3> -> i64
        %v2195 = arith.addi %v101, %v2091 : i64
        %v2196 = arith.cmpi slt, %v2195, %v95 : i64
        %v2197 = arith.subi %size_L, %v1 : i64
        %v2198 = arith.minsi %v2195, %v2197 : i64
        %v2199 = arith.addi %v2194, %v2198 : i64
        %v2200 = arith.muli %v2192, %v143 : i64
        %v2201 = arith.addi %v2200, %v2091 : i64
        %v2202 = llvm.getelementptr %in_g_im[%v2199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2203 = llvm.load %v2202 : !llvm.ptr -> f32
        %v2204 = arith.addi %v2090, %v251 : i64
        %v2205 = arith.constant true
        %v2206 = arith.addi %v10, %v2204 : i64
        %v2207 = llvm.getelementptr %v6[%v2206] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2208 = llvm.load %v2207 : !llvm.ptr<3> -> i64
        %v2209 = arith.addi %v101, %v2091 : i64
        %v2210 = arith.cmpi slt, %v2209, %v95 : i64
        %v2211 = arith.subi %size_L, %v1 : i64
        %v2212 = arith.minsi %v2209, %v2211 : i64
        %v2213 = arith.addi %v2208, %v2212 : i64
        %v2214 = arith.muli %v2206, %v143 : i64
        %v2215 = arith.addi %v2214, %v2091 : i64
        %v2216 = llvm.getelementptr %in_g_im[%v2213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2217 = llvm.load %v2216 : !llvm.ptr -> f32
        %v2218 = arith.addi %v2090, %v266 : i64
        %v2219 = arith.constant true
        %v2220 = arith.addi %v10, %v2218 : i64
        %v2221 = llvm.getelementptr %v6[%v2220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2222 = llvm.load %v2221 : !llvm.ptr<3> -> i64
        %v2223 = arith.addi %v101, %v2091 : i64
        %v2224 = arith.cmpi slt, %v2223, %v95 : i64
        %v2225 = arith.subi %size_L, %v1 : i64
        %v2226 = arith.minsi %v2223, %v2225 : i64
        %v2227 = arith.addi %v2222, %v2226 : i64
        %v2228 = arith.muli %v2220, %v143 : i64
        %v2229 = arith.addi %v2228, %v2091 : i64
        %v2230 = llvm.getelementptr %in_g_im[%v2227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2231 = llvm.load %v2230 : !llvm.ptr -> f32
        %v2232 = arith.addi %v2090, %v281 : i64
        %v2233 = arith.constant true
        %v2234 = arith.addi %v10, %v2232 : i64
        %v2235 = llvm.getelementptr %v6[%v2234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2236 = llvm.load %v2235 : !llvm.ptr<3> -> i64
        %v2237 = arith.addi %v101, %v2091 : i64
        %v2238 = arith.cmpi slt, %v2237, %v95 : i64
        %v2239 = arith.subi %size_L, %v1 : i64
        %v2240 = arith.minsi %v2237, %v2239 : i64
        %v2241 = arith.addi %v2236, %v2240 : i64
        %v2242 = arith.muli %v2234, %v143 : i64
        %v2243 = arith.addi %v2242, %v2091 : i64
        %v2244 = llvm.getelementptr %in_g_im[%v2241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2245 = llvm.load %v2244 : !llvm.ptr -> f32
        %v2246 = arith.addi %v2090, %v296 : i64
        %v2247 = arith.constant true
        %v2248 = arith.addi %v10, %v2246 : i64
        %v2249 = llvm.getelementptr %v6[%v2248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2250 = llvm.load %v2249 : !llvm.ptr<3> -> i64
        %v2251 = arith.addi %v101, %v2091 : i64
        %v2252 = arith.cmpi slt, %v2251, %v95 : i64
        %v2253 = arith.subi %size_L, %v1 : i64
        %v2254 = arith.minsi %v2251, %v2253 : i64
        %v2255 = arith.addi %v2250, %v2254 : i64
        %v2256 = arith.muli %v2248, %v143 : i64
        %v2257 = arith.addi %v2256, %v2091 : i64
        %v2258 = llvm.getelementptr %in_g_im[%v2255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2259 = llvm.load %v2258 : !llvm.ptr -> f32
        %v2260 = arith.addi %v2090, %v311 : i64
        %v2261 = arith.constant true
        %v2262 = arith.addi %v10, %v2260 : i64
        %v2263 = llvm.getelementptr %v6[%v2262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2264 = llvm.load %v2263 : !llvm.ptr<3> -> i64
        %v2265 = arith.addi %v101, %v2091 : i64
        %v2266 = arith.cmpi slt, %v2265, %v95 : i64
        %v2267 = arith.subi %size_L, %v1 : i64
        %v2268 = arith.minsi %v2265, %v2267 : i64
        %v2269 = arith.addi %v2264, %v2268 : i64
        %v2270 = arith.muli %v2262, %v143 : i64
        %v2271 = arith.addi %v2270, %v2091 : i64
        %v2272 = llvm.getelementptr %in_g_im[%v2269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2273 = llvm.load %v2272 : !llvm.ptr -> f32
        %v2274 = arith.addi %v2090, %v326 : i64
        %v2275 = arith.constant true
        %v2276 = arith.addi %v10, %v2274 : i64
        %v2277 = llvm.getelementptr %v6[%v2276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2278 = llvm.load %v2277 : !llvm.ptr<3> -> i64
        %v2279 = arith.addi %v101, %v2091 : i64
        %v2280 = arith.cmpi slt, %v2279, %v95 : i64
        %v2281 = arith.subi %size_L, %v1 : i64
        %v2282 = arith.minsi %v2279, %v2281 : i64
        %v2283 = arith.addi %v2278, %v2282 : i64
        %v2284 = arith.muli %v2276, %v143 : i64
        %v2285 = arith.addi %v2284, %v2091 : i64
        %v2286 = llvm.getelementptr %in_g_im[%v2283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2287 = llvm.load %v2286 : !llvm.ptr -> f32
        %v2288 = arith.addi %v2090, %v341 : i64
        %v2289 = arith.constant true
        %v2290 = arith.addi %v10, %v2288 : i64
        %v2291 = llvm.getelementptr %v6[%v2290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2292 = llvm.load %v2291 : !llvm.ptr<3> -> i64
        %v2293 = arith.addi %v101, %v2091 : i64
        %v2294 = arith.cmpi slt, %v2293, %v95 : i64
        %v2295 = arith.subi %size_L, %v1 : i64
        %v2296 = arith.minsi %v2293, %v2295 : i64
        %v2297 = arith.addi %v2292, %v2296 : i64
        %v2298 = arith.muli %v2290, %v143 : i64
        %v2299 = arith.addi %v2298, %v2091 : i64
        %v2300 = llvm.getelementptr %in_g_im[%v2297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2301 = llvm.load %v2300 : !llvm.ptr -> f32
        %v2302 = arith.addi %v2090, %v356 : i64
        %v2303 = arith.constant true
        %v2304 = arith.addi %v10, %v2302 : i64
        %v2305 = llvm.getelementptr %v6[%v2304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2306 = llvm.load %v2305 : !llvm.ptr<3> -> i64
        %v2307 = arith.addi %v101, %v2091 : i64
        %v2308 = arith.cmpi slt, %v2307, %v95 : i64
        %v2309 = arith.subi %size_L, %v1 : i64
        %v2310 = arith.minsi %v2307, %v2309 : i64
        %v2311 = arith.addi %v2306, %v2310 : i64
        %v2312 = arith.muli %v2304, %v143 : i64
        %v2313 = arith.addi %v2312, %v2091 : i64
        %v2314 = llvm.getelementptr %in_g_im[%v2311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2315 = llvm.load %v2314 : !llvm.ptr -> f32
        %v2316 = arith.addi %v2090, %v96 : i64
        %v2317 = arith.constant true
        %v2318 = arith.addi %v10, %v2316 : i64
        %v2319 = llvm.getelementptr %v6[%v2318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2320 = llvm.load %v2319 : !llvm.ptr<3> -> i64
        %v2321 = arith.addi %v101, %v2091 : i64
        %v2322 = arith.cmpi slt, %v2321, %v95 : i64
        %v2323 = arith.subi %size_L, %v1 : i64
        %v2324 = arith.minsi %v2321, %v2323 : i64
        %v2325 = arith.addi %v2320, %v2324 : i64
        %v2326 = arith.muli %v2318, %v143 : i64
        %v2327 = arith.addi %v2326, %v2091 : i64
        %v2328 = llvm.getelementptr %in_g_im[%v2325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2329 = llvm.load %v2328 : !llvm.ptr -> f32
        %v2330 = arith.addi %v2090, %v385 : i64
        %v2331 = arith.constant true
        %v2332 = arith.addi %v10, %v2330 : i64
        %v2333 = llvm.getelementptr %v6[%v2332] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2334 = llvm.load %v2333 : !llvm.ptr<3> -> i64
        %v2335 = arith.addi %v101, %v2091 : i64
        %v2336 = arith.cmpi slt, %v2335, %v95 : i64
        %v2337 = arith.subi %size_L, %v1 : i64
        %v2338 = arith.minsi %v2335, %v2337 : i64
        %v2339 = arith.addi %v2334, %v2338 : i64
        %v2340 = arith.muli %v2332, %v143 : i64
        %v2341 = arith.addi %v2340, %v2091 : i64
        %v2342 = llvm.getelementptr %in_g_im[%v2339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2343 = llvm.load %v2342 : !llvm.ptr -> f32
        %v2344 = arith.addi %v2090, %v400 : i64
        %v2345 = arith.constant true
        %v2346 = arith.addi %v10, %v2344 : i64
        %v2347 = llvm.getelementptr %v6[%v2346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2348 = llvm.load %v2347 : !llvm.ptr<3> -> i64
        %v2349 = arith.addi %v101, %v2091 : i64
        %v2350 = arith.cmpi slt, %v2349, %v95 : i64
        %v2351 = arith.subi %size_L, %v1 : i64
        %v2352 = arith.minsi %v2349, %v2351 : i64
        %v2353 = arith.addi %v2348, %v2352 : i64
        %v2354 = arith.muli %v2346, %v143 : i64
        %v2355 = arith.addi %v2354, %v2091 : i64
        %v2356 = llvm.getelementptr %in_g_im[%v2353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2357 = llvm.load %v2356 : !llvm.ptr -> f32
        %v2358 = arith.addi %v2090, %v415 : i64
        %v2359 = arith.constant true
        %v2360 = arith.addi %v10, %v2358 : i64
        %v2361 = llvm.getelementptr %v6[%v2360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2362 = llvm.load %v2361 : !llvm.ptr<3> -> i64
        %v2363 = arith.addi %v101, %v2091 : i64
        %v2364 = arith.cmpi slt, %v2363, %v95 : i64
        %v2365 = arith.subi %size_L, %v1 : i64
        %v2366 = arith.minsi %v2363, %v2365 : i64
        %v2367 = arith.addi %v2362, %v2366 : i64
        %v2368 = arith.muli %v2360, %v143 : i64
        %v2369 = arith.addi %v2368, %v2091 : i64
        %v2370 = llvm.getelementptr %in_g_im[%v2367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2371 = llvm.load %v2370 : !llvm.ptr -> f32
        %v2372 = arith.addi %v2090, %v430 : i64
        %v2373 = arith.constant true
        %v2374 = arith.addi %v10, %v2372 : i64
        %v2375 = llvm.getelementptr %v6[%v2374] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2376 = llvm.load %v2375 : !llvm.ptr<3> -> i64
        %v2377 = arith.addi %v101, %v2091 : i64
        %v2378 = arith.cmpi slt, %v2377, %v95 : i64
        %v2379 = arith.subi %size_L, %v1 : i64
        %v2380 = arith.minsi %v2377, %v2379 : i64
        %v2381 = arith.addi %v2376, %v2380 : i64
        %v2382 = arith.muli %v2374, %v143 : i64
        %v2383 = arith.addi %v2382, %v2091 : i64
        %v2384 = llvm.getelementptr %in_g_im[%v2381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2385 = llvm.load %v2384 : !llvm.ptr -> f32
        %v2386 = arith.addi %v2090, %v445 : i64
        %v2387 = arith.constant true
        %v2388 = arith.addi %v10, %v2386 : i64
        %v2389 = llvm.getelementptr %v6[%v2388] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2390 = llvm.load %v2389 : !llvm.ptr<3> -> i64
        %v2391 = arith.addi %v101, %v2091 : i64
        %v2392 = arith.cmpi slt, %v2391, %v95 : i64
        %v2393 = arith.subi %size_L, %v1 : i64
        %v2394 = arith.minsi %v2391, %v2393 : i64
        %v2395 = arith.addi %v2390, %v2394 : i64
        %v2396 = arith.muli %v2388, %v143 : i64
        %v2397 = arith.addi %v2396, %v2091 : i64
        %v2398 = llvm.getelementptr %in_g_im[%v2395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2399 = llvm.load %v2398 : !llvm.ptr -> f32
        %v2400 = arith.addi %v2090, %v460 : i64
        %v2401 = arith.constant true
        %v2402 = arith.addi %v10, %v2400 : i64
        %v2403 = llvm.getelementptr %v6[%v2402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2404 = llvm.load %v2403 : !llvm.ptr<3> -> i64
        %v2405 = arith.addi %v101, %v2091 : i64
        %v2406 = arith.cmpi slt, %v2405, %v95 : i64
        %v2407 = arith.subi %size_L, %v1 : i64
        %v2408 = arith.minsi %v2405, %v2407 : i64
        %v2409 = arith.addi %v2404, %v2408 : i64
        %v2410 = arith.muli %v2402, %v143 : i64
        %v2411 = arith.addi %v2410, %v2091 : i64
        %v2412 = llvm.getelementptr %in_g_im[%v2409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2413 = llvm.load %v2412 : !llvm.ptr -> f32
        %v2414 = arith.addi %v2090, %v475 : i64
        %v2415 = arith.constant true
        %v2416 = arith.addi %v10, %v2414 : i64
        %v2417 = llvm.getelementptr %v6[%v2416] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2418 = llvm.load %v2417 : !llvm.ptr<3> -> i64
        %v2419 = arith.addi %v101, %v2091 : i64
        %v2420 = arith.cmpi slt, %v2419, %v95 : i64
        %v2421 = arith.subi %size_L, %v1 : i64
        %v2422 = arith.minsi %v2419, %v2421 : i64
        %v2423 = arith.addi %v2418, %v2422 : i64
        %v2424 = arith.muli %v2416, %v143 : i64
        %v2425 = arith.addi %v2424, %v2091 : i64
        %v2426 = llvm.getelementptr %in_g_im[%v2423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2427 = llvm.load %v2426 : !llvm.ptr -> f32
        %v2428 = arith.addi %v2090, %v490 : i64
        %v2429 = arith.constant true
        %v2430 = arith.addi %v10, %v2428 : i64
        %v2431 = llvm.getelementptr %v6[%v2430] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2432 = llvm.load %v2431 : !llvm.ptr<3> -> i64
        %v2433 = arith.addi %v101, %v2091 : i64
        %v2434 = arith.cmpi slt, %v2433, %v95 : i64
        %v2435 = arith.subi %size_L, %v1 : i64
        %v2436 = arith.minsi %v2433, %v2435 : i64
        %v2437 = arith.addi %v2432, %v2436 : i64
        %v2438 = arith.muli %v2430, %v143 : i64
        %v2439 = arith.addi %v2438, %v2091 : i64
        %v2440 = llvm.getelementptr %in_g_im[%v2437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2441 = llvm.load %v2440 : !llvm.ptr -> f32
        %v2442 = arith.addi %v2090, %v505 : i64
        %v2443 = arith.constant true
        %v2444 = arith.addi %v10, %v2442 : i64
        %v2445 = llvm.getelementptr %v6[%v2444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2446 = llvm.load %v2445 : !llvm.ptr<3> -> i64
        %v2447 = arith.addi %v101, %v2091 : i64
        %v2448 = arith.cmpi slt, %v2447, %v95 : i64
        %v2449 = arith.subi %size_L, %v1 : i64
        %v2450 = arith.minsi %v2447, %v2449 : i64
        %v2451 = arith.addi %v2446, %v2450 : i64
        %v2452 = arith.muli %v2444, %v143 : i64
        %v2453 = arith.addi %v2452, %v2091 : i64
        %v2454 = llvm.getelementptr %in_g_im[%v2451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2455 = llvm.load %v2454 : !llvm.ptr -> f32
        %v2456 = arith.addi %v2090, %v520 : i64
        %v2457 = arith.constant true
        %v2458 = arith.addi %v10, %v2456 : i64
        %v2459 = llvm.getelementptr %v6[%v2458] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2460 = llvm.load %v2459 : !llvm.ptr<3> -> i64
        %v2461 = arith.addi %v101, %v2091 : i64
        %v2462 = arith.cmpi slt, %v2461, %v95 : i64
        %v2463 = arith.subi %size_L, %v1 : i64
        %v2464 = arith.minsi %v2461, %v2463 : i64
        %v2465 = arith.addi %v2460, %v2464 : i64
        %v2466 = arith.muli %v2458, %v143 : i64
        %v2467 = arith.addi %v2466, %v2091 : i64
        %v2468 = llvm.getelementptr %in_g_im[%v2465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2469 = llvm.load %v2468 : !llvm.ptr -> f32
        %v2470 = arith.addi %v2090, %v535 : i64
        %v2471 = arith.constant true
        %v2472 = arith.addi %v10, %v2470 : i64
        %v2473 = llvm.getelementptr %v6[%v2472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2474 = llvm.load %v2473 : !llvm.ptr<3> -> i64
        %v2475 = arith.addi %v101, %v2091 : i64
        %v2476 = arith.cmpi slt, %v2475, %v95 : i64
        %v2477 = arith.subi %size_L, %v1 : i64
        %v2478 = arith.minsi %v2475, %v2477 : i64
        %v2479 = arith.addi %v2474, %v2478 : i64
        %v2480 = arith.muli %v2472, %v143 : i64
        %v2481 = arith.addi %v2480, %v2091 : i64
        %v2482 = llvm.getelementptr %in_g_im[%v2479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2483 = llvm.load %v2482 : !llvm.ptr -> f32
        %v2484 = arith.addi %v2090, %v550 : i64
        %v2485 = arith.constant true
        %v2486 = arith.addi %v10, %v2484 : i64
        %v2487 = llvm.getelementptr %v6[%v2486] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2488 = llvm.load %v2487 : !llvm.ptr<3> -> i64
        %v2489 = arith.addi %v101, %v2091 : i64
        %v2490 = arith.cmpi slt, %v2489, %v95 : i64
        %v2491 = arith.subi %size_L, %v1 : i64
        %v2492 = arith.minsi %v2489, %v2491 : i64
        %v2493 = arith.addi %v2488, %v2492 : i64
        %v2494 = arith.muli %v2486, %v143 : i64
        %v2495 = arith.addi %v2494, %v2091 : i64
        %v2496 = llvm.getelementptr %in_g_im[%v2493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2497 = llvm.load %v2496 : !llvm.ptr -> f32
        %v2498 = arith.addi %v2090, %v565 : i64
        %v2499 = arith.constant true
        %v2500 = arith.addi %v10, %v2498 : i64
        %v2501 = llvm.getelementptr %v6[%v2500] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2502 = llvm.load %v2501 : !llvm.ptr<3> -> i64
        %v2503 = arith.addi %v101, %v2091 : i64
        %v2504 = arith.cmpi slt, %v2503, %v95 : i64
        %v2505 = arith.subi %size_L, %v1 : i64
        %v2506 = arith.minsi %v2503, %v2505 : i64
        %v2507 = arith.addi %v2502, %v2506 : i64
        %v2508 = arith.muli %v2500, %v143 : i64
        %v2509 = arith.addi %v2508, %v2091 : i64
        %v2510 = llvm.getelementptr %in_g_im[%v2507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2511 = llvm.load %v2510 : !llvm.ptr -> f32
        %v2512 = arith.addi %v2090, %v580 : i64
        %v2513 = arith.constant true
        %v2514 = arith.addi %v10, %v2512 : i64
        %v2515 = llvm.getelementptr %v6[%v2514] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2516 = llvm.load %v2515 : !llvm.ptr<3> -> i64
        %v2517 = arith.addi %v101, %v2091 : i64
        %v2518 = arith.cmpi slt, %v2517, %v95 : i64
        %v2519 = arith.subi %size_L, %v1 : i64
        %v2520 = arith.minsi %v2517, %v2519 : i64
        %v2521 = arith.addi %v2516, %v2520 : i64
        %v2522 = arith.muli %v2514, %v143 : i64
        %v2523 = arith.addi %v2522, %v2091 : i64
        %v2524 = llvm.getelementptr %in_g_im[%v2521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2525 = llvm.load %v2524 : !llvm.ptr -> f32
        %v2526 = arith.addi %v2090, %v595 : i64
        %v2527 = arith.constant true
        %v2528 = arith.addi %v10, %v2526 : i64
        %v2529 = llvm.getelementptr %v6[%v2528] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2530 = llvm.load %v2529 : !llvm.ptr<3> -> i64
        %v2531 = arith.addi %v101, %v2091 : i64
        %v2532 = arith.cmpi slt, %v2531, %v95 : i64
        %v2533 = arith.subi %size_L, %v1 : i64
        %v2534 = arith.minsi %v2531, %v2533 : i64
        %v2535 = arith.addi %v2530, %v2534 : i64
        %v2536 = arith.muli %v2528, %v143 : i64
        %v2537 = arith.addi %v2536, %v2091 : i64
        %v2538 = llvm.getelementptr %in_g_im[%v2535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2539 = llvm.load %v2538 : !llvm.ptr -> f32
        scf.if %v2093 {
          %v2540 = llvm.getelementptr %v7[%v2103] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2105, %v2540 : f32, !llvm.ptr<3>
        }
        scf.if %v2107 {
          %v2541 = llvm.getelementptr %v7[%v2117] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2119, %v2541 : f32, !llvm.ptr<3>
        }
        scf.if %v2121 {
          %v2542 = llvm.getelementptr %v7[%v2131] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2133, %v2542 : f32, !llvm.ptr<3>
        }
        scf.if %v2135 {
          %v2543 = llvm.getelementptr %v7[%v2145] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2147, %v2543 : f32, !llvm.ptr<3>
        }
        scf.if %v2149 {
          %v2544 = llvm.getelementptr %v7[%v2159] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2161, %v2544 : f32, !llvm.ptr<3>
        }
        scf.if %v2163 {
          %v2545 = llvm.getelementptr %v7[%v2173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2175, %v2545 : f32, !llvm.ptr<3>
        }
        scf.if %v2177 {
          %v2546 = llvm.getelementptr %v7[%v2187] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2189, %v2546 : f32, !llvm.ptr<3>
        }
        scf.if %v2191 {
          %v2547 = llvm.getelementptr %v7[%v2201] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2203, %v2547 : f32, !llvm.ptr<3>
        }
        scf.if %v2205 {
          %v2548 = llvm.getelementptr %v7[%v2215] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2217, %v2548 : f32, !llvm.ptr<3>
        }
        scf.if %v2219 {
          %v2549 = llvm.getelementptr %v7[%v2229] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2231, %v2549 : f32, !llvm.ptr<3>
        }
        scf.if %v2233 {
          %v2550 = llvm.getelementptr %v7[%v2243] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2245, %v2550 : f32, !llvm.ptr<3>
        }
        scf.if %v2247 {
          %v2551 = llvm.getelementptr %v7[%v2257] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2259, %v2551 : f32, !llvm.ptr<3>
        }
        scf.if %v2261 {
          %v2552 = llvm.getelementptr %v7[%v2271] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2273, %v2552 : f32, !llvm.ptr<3>
        }
        scf.if %v2275 {
          %v2553 = llvm.getelementptr %v7[%v2285] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2287, %v2553 : f32, !llvm.ptr<3>
        }
        scf.if %v2289 {
          %v2554 = llvm.getelementptr %v7[%v2299] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2301, %v2554 : f32, !llvm.ptr<3>
        }
        scf.if %v2303 {
          %v2555 = llvm.getelementptr %v7[%v2313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2315, %v2555 : f32, !llvm.ptr<3>
        }
        scf.if %v2317 {
          %v2556 = llvm.getelementptr %v7[%v2327] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2329, %v2556 : f32, !llvm.ptr<3>
        }
        scf.if %v2331 {
          %v2557 = llvm.getelementptr %v7[%v2341] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2343, %v2557 : f32, !llvm.ptr<3>
        }
        scf.if %v2345 {
          %v2558 = llvm.getelementptr %v7[%v2355] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2357, %v2558 : f32, !llvm.ptr<3>
        }
        scf.if %v2359 {
          %v2559 = llvm.getelementptr %v7[%v2369] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2371, %v2559 : f32, !llvm.ptr<3>
        }
        scf.if %v2373 {
          %v2560 = llvm.getelementptr %v7[%v2383] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2385, %v2560 : f32, !llvm.ptr<3>
        }
        scf.if %v2387 {
          %v2561 = llvm.getelementptr %v7[%v2397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2399, %v2561 : f32, !llvm.ptr<3>
        }
        scf.if %v2401 {
          %v2562 = llvm.getelementptr %v7[%v2411] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2413, %v2562 : f32, !llvm.ptr<3>
        }
        scf.if %v2415 {
          %v2563 = llvm.getelementptr %v7[%v2425] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2427, %v2563 : f32, !llvm.ptr<3>
        }
        scf.if %v2429 {
          %v2564 = llvm.getelementptr %v7[%v2439] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2441, %v2564 : f32, !llvm.ptr<3>
        }
        scf.if %v2443 {
          %v2565 = llvm.getelementptr %v7[%v2453] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2455, %v2565 : f32, !llvm.ptr<3>
        }
        scf.if %v2457 {
          %v2566 = llvm.getelementptr %v7[%v2467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2469, %v2566 : f32, !llvm.ptr<3>
        }
        scf.if %v2471 {
          %v2567 = llvm.getelementptr %v7[%v2481] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2483, %v2567 : f32, !llvm.ptr<3>
        }
        scf.if %v2485 {
          %v2568 = llvm.getelementptr %v7[%v2495] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2497, %v2568 : f32, !llvm.ptr<3>
        }
        scf.if %v2499 {
          %v2569 = llvm.getelementptr %v7[%v2509] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2511, %v2569 : f32, !llvm.ptr<3>
        }
        scf.if %v2513 {
          %v2570 = llvm.getelementptr %v7[%v2523] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2525, %v2570 : f32, !llvm.ptr<3>
        }
        scf.if %v2527 {
          %v2571 = llvm.getelementptr %v7[%v2537] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2539, %v2571 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v2572 = arith.index_cast %v31 : i64 to index
        %v2573 = arith.index_cast %v130 : i64 to index
        %v2574 = arith.index_cast %v1 : i64 to index
        scf.for %v2575 = %v2572 to %v2573 step %v2574 {
          %v2576 = arith.index_cast %v2575 : index to i64
          %v2577 = arith.addi %v101, %v2576 : i64
          %v2583 = arith.muli %v31, %v16 : i64
          %v2584 = arith.addi %v2583, %v14 : i64
          %v2585 = arith.muli %v2584, %v143 : i64
          %v2586 = arith.addi %v2585, %v2576 : i64
          %v2587 = llvm.getelementptr %v7[%v2586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2588 = llvm.load %v2587 : !llvm.ptr<3> -> f32
          %v2589 = arith.negf %v2588 : f32
          %v2591 = arith.mulf %v2589, %v2590 fastmath<contract> : f32
          %v2592 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2591) : (f32) -> f32
          %v2593 = arith.addf %v2581, %v2592 fastmath<contract> : f32
          %v2594 = arith.divf %v2581, %v2593 : f32
          %v2595 = arith.mulf %v2582, %v2594 fastmath<contract> : f32
          %v2596 = arith.addf %v2580, %v2595 fastmath<contract> : f32
          %v2610 = arith.mulf %v2596, %v2609 fastmath<contract> : f32
          %v2611 = arith.subf %v2581, %v2596 fastmath<contract> : f32
          %v2612 = arith.muli %v1, %v16 : i64
          %v2613 = arith.addi %v2612, %v14 : i64
          %v2614 = arith.muli %v2613, %v143 : i64
          %v2615 = arith.addi %v2614, %v2576 : i64
          %v2616 = llvm.getelementptr %v7[%v2615] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2617 = llvm.load %v2616 : !llvm.ptr<3> -> f32
          %v2618 = arith.negf %v2617 : f32
          %v2619 = arith.mulf %v2618, %v2590 fastmath<contract> : f32
          %v2620 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2619) : (f32) -> f32
          %v2621 = arith.addf %v2581, %v2620 fastmath<contract> : f32
          %v2622 = arith.divf %v2581, %v2621 : f32
          %v2623 = arith.mulf %v2617, %v2622 fastmath<contract> : f32
          %v2624 = arith.mulf %v2611, %v2623 fastmath<contract> : f32
          %v2625 = llvm.load %v4 : !llvm.ptr -> f32
          %v2626 = arith.mulf %v2610, %v2625 fastmath<contract> : f32
          %v2627 = arith.addf %v2626, %v2624 fastmath<contract> : f32
          %v2635 = arith.mulf %v2596, %v2634 fastmath<contract> : f32
          %v2636 = arith.negf %v2635 : f32
          %v2637 = llvm.load %v5 : !llvm.ptr -> f32
          %v2638 = arith.mulf %v2636, %v2637 fastmath<contract> : f32
          %v2639 = arith.addf %v2627, %v2638 fastmath<contract> : f32
          %v2640 = arith.muli %v55, %v16 : i64
          %v2641 = arith.addi %v2640, %v14 : i64
          %v2642 = arith.muli %v2641, %v143 : i64
          %v2643 = arith.addi %v2642, %v2576 : i64
          %v2644 = llvm.getelementptr %v7[%v2643] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2645 = llvm.load %v2644 : !llvm.ptr<3> -> f32
          %v2646 = arith.negf %v2645 : f32
          %v2647 = arith.mulf %v2646, %v2590 fastmath<contract> : f32
          %v2648 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2647) : (f32) -> f32
          %v2649 = arith.addf %v2581, %v2648 fastmath<contract> : f32
          %v2650 = arith.divf %v2581, %v2649 : f32
          %v2651 = arith.mulf %v2645, %v2650 fastmath<contract> : f32
          %v2652 = arith.mulf %v2611, %v2651 fastmath<contract> : f32
          %v2653 = llvm.load %v5 : !llvm.ptr -> f32
          %v2654 = arith.mulf %v2610, %v2653 fastmath<contract> : f32
          %v2655 = arith.addf %v2654, %v2652 fastmath<contract> : f32
          %v2656 = llvm.load %v4 : !llvm.ptr -> f32
          %v2657 = arith.mulf %v2635, %v2656 fastmath<contract> : f32
          %v2658 = arith.addf %v2655, %v2657 fastmath<contract> : f32
          llvm.store %v2639, %v4 : f32, !llvm.ptr
          llvm.store %v2658, %v5 : f32, !llvm.ptr
          %v2659 = arith.muli %v64, %v16 : i64
          %v2660 = arith.addi %v2659, %v14 : i64
          %v2661 = arith.muli %v2660, %v143 : i64
          %v2662 = arith.addi %v2661, %v2576 : i64
          %v2663 = llvm.getelementptr %v7[%v2662] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2664 = llvm.load %v2663 : !llvm.ptr<3> -> f32
          %v2665 = arith.negf %v2664 : f32
          %v2666 = arith.mulf %v2665, %v2590 fastmath<contract> : f32
          %v2667 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2666) : (f32) -> f32
          %v2668 = arith.addf %v2581, %v2667 fastmath<contract> : f32
          %v2669 = arith.divf %v2581, %v2668 : f32
          %v2670 = llvm.load %v4 : !llvm.ptr -> f32
          %v2671 = arith.mulf %v2669, %v2670 fastmath<contract> : f32
          scf.if %v24 {
            %v2672 = arith.muli %v29, %v33 : i64
            %v2673 = arith.muli %v27, %v32 : i64
            %v2674 = arith.addi %v2672, %v2673 : i64
            %v2675 = arith.muli %v2577, %v1 : i64
            %v2676 = arith.addi %v2674, %v2675 : i64
            %v2677 = llvm.getelementptr %out_y_re[%v2676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2671, %v2677 : f32, !llvm.ptr
          }
          %v2678 = llvm.load %v5 : !llvm.ptr -> f32
          %v2679 = arith.muli %v73, %v16 : i64
          %v2680 = arith.addi %v2679, %v14 : i64
          %v2681 = arith.muli %v2680, %v143 : i64
          %v2682 = arith.addi %v2681, %v2576 : i64
          %v2683 = llvm.getelementptr %v7[%v2682] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2684 = llvm.load %v2683 : !llvm.ptr<3> -> f32
          %v2685 = arith.negf %v2684 : f32
          %v2686 = arith.mulf %v2685, %v2590 fastmath<contract> : f32
          %v2687 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2686) : (f32) -> f32
          %v2688 = arith.addf %v2581, %v2687 fastmath<contract> : f32
          %v2689 = arith.divf %v2581, %v2688 : f32
          %v2690 = arith.mulf %v2678, %v2689 fastmath<contract> : f32
          scf.if %v24 {
            %v2691 = arith.muli %v29, %v33 : i64
            %v2692 = arith.muli %v27, %v32 : i64
            %v2693 = arith.addi %v2691, %v2692 : i64
            %v2694 = arith.muli %v2577, %v1 : i64
            %v2695 = arith.addi %v2693, %v2694 : i64
            %v2696 = llvm.getelementptr %out_y_im[%v2695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2690, %v2696 : f32, !llvm.ptr
          }
        }
        gpu.barrier
      }
      %v2697 = arith.subi %v11, %v1 : i64
      %v2698 = arith.cmpi eq, %v20, %v2697 : i64
      %v2699 = arith.andi %v24, %v2698 : i1
      gpu.return
    }
  }
}
