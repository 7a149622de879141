module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_step_batch_fold_delta(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %out_y: !llvm.ptr, %state_h: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64, %fold_rows: !llvm.ptr, %fold_weight: !llvm.ptr, %fold_rank: i64) kernel {
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_D : i64
      %v4 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v8 = arith.constant 63 : i64
      %v9 = arith.constant 64 : i64
      %v10 = arith.divui %v9, %v9 : i64
      %v15 = arith.constant 4 : i64
      %v27 = arith.muli %v1, %size_D : i64
      %v58 = arith.constant 0 : i64
      %v64 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v65 = arith.constant 0x00000000 : f32
      %v81 = arith.constant 1 : i32
      %v82 = arith.constant 32 : i32
      %v86 = arith.constant 2 : i32
      %v94 = arith.constant 0x3FB8AA3B : f32
      %v104 = arith.constant 0x3F800000 : f32
      %v107 = arith.constant 0x3F317218 : f32
      %v109 = arith.constant 0x3E124925 : f32
      %v111 = arith.constant 0xBE2AAAAB : f32
      %v114 = arith.constant 0x3E4CCCCD : f32
      %v117 = arith.constant 0xBE800000 : f32
      %v120 = arith.constant 0x3EAAAAAB : f32
      %v123 = arith.constant 0xBF000000 : f32
      %v129 = arith.constant 0x3D800000 : f32
      %v11 = gpu.block_id x
      %v12 = gpu.thread_id x
      %v13 = arith.index_cast %v12 : index to i64
      %v14 = arith.index_cast %v11 : index to i64
      %v16 = arith.remui %v13, %v15 : i64
      %v17 = arith.divui %v13, %v15 : i64
      %v18 = arith.muli %v14, %v1 : i64
      %v19 = arith.addi %v18, %v17 : i64
      %v20 = arith.cmpi slt, %v19, %v3 : i64
      %v21 = arith.subi %v3, %v2 : i64
      %v22 = arith.minsi %v19, %v21 : i64
      %v23 = arith.remui %v22, %size_D : i64
      %v24 = arith.divui %v22, %size_D : i64
      %v25 = arith.remui %v24, %size_B : i64
      %v26 = arith.divui %v24, %size_B : i64
      %v90 = arith.muli %v23, %v1 : i64
      %v91 = arith.addi %v90, %v16 : i64
      %v92 = llvm.getelementptr %in_A[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v93 = llvm.load %v92 : !llvm.ptr -> f32
      %v95 = arith.mulf %v93, %v94 fastmath<contract> : f32
      %v96 = llvm.getelementptr %in_dt_bias[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v97 = llvm.load %v96 : !llvm.ptr -> f32
      %v148 = arith.muli %v23, %v1 : i64
      %v149 = arith.constant 4 : i64
      %v150 = arith.addi %v149, %v16 : i64
      %v151 = arith.addi %v148, %v150 : i64
      %v152 = llvm.getelementptr %in_A[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v153 = llvm.load %v152 : !llvm.ptr -> f32
      %v154 = arith.mulf %v153, %v94 fastmath<contract> : f32
      %v167 = arith.muli %v23, %v1 : i64
      %v168 = arith.constant 8 : i64
      %v169 = arith.addi %v168, %v16 : i64
      %v170 = arith.addi %v167, %v169 : i64
      %v171 = llvm.getelementptr %in_A[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v172 = llvm.load %v171 : !llvm.ptr -> f32
      %v173 = arith.mulf %v172, %v94 fastmath<contract> : f32
      %v186 = arith.muli %v23, %v1 : i64
      %v187 = arith.constant 12 : i64
      %v188 = arith.addi %v187, %v16 : i64
      %v189 = arith.addi %v186, %v188 : i64
      %v190 = llvm.getelementptr %in_A[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v191 = llvm.load %v190 : !llvm.ptr -> f32
      %v192 = arith.mulf %v191, %v94 fastmath<contract> : f32
      %v244 = llvm.getelementptr %in_Dskip[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v245 = llvm.load %v244 : !llvm.ptr -> f32
      %v28 = arith.muli %v25, %v27 : i64
      %v29 = arith.muli %v23, %v1 : i64
      %v30 = arith.addi %v28, %v29 : i64
      %v31 = arith.addi %v30, %v16 : i64
      %v32 = llvm.getelementptr %state_h[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v33 = llvm.load %v32 : !llvm.ptr -> f32
      llvm.store %v33, %v4 : f32, !llvm.ptr
      %v34 = arith.muli %v25, %v27 : i64
      %v35 = arith.muli %v23, %v1 : i64
      %v36 = arith.addi %v34, %v35 : i64
      %v37 = arith.constant 4 : i64
      %v38 = arith.addi %v37, %v16 : i64
      %v39 = arith.addi %v36, %v38 : i64
      %v40 = llvm.getelementptr %state_h[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v41 = llvm.load %v40 : !llvm.ptr -> f32
      llvm.store %v41, %v5 : f32, !llvm.ptr
      %v42 = arith.muli %v25, %v27 : i64
      %v43 = arith.muli %v23, %v1 : i64
      %v44 = arith.addi %v42, %v43 : i64
      %v45 = arith.constant 8 : i64
      %v46 = arith.addi %v45, %v16 : i64
      %v47 = arith.addi %v44, %v46 : i64
      %v48 = llvm.getelementptr %state_h[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v49 = llvm.load %v48 : !llvm.ptr -> f32
      llvm.store %v49, %v6 : f32, !llvm.ptr
      %v50 = arith.muli %v25, %v27 : i64
      %v51 = arith.muli %v23, %v1 : i64
      %v52 = arith.addi %v50, %v51 : i64
      %v53 = arith.constant 12 : i64
      %v54 = arith.addi %v53, %v16 : i64
      %v55 = arith.addi %v52, %v54 : i64
      %v56 = llvm.getelementptr %state_h[%v55] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v57 = llvm.load %v56 : !llvm.ptr -> f32
      llvm.store %v57, %v7 : f32, !llvm.ptr
      // `delta` folded in: Σ_r weight[o, r] · rows[row, r], r split across the lanes
      %v59 = arith.muli %v25, %size_D : i64
      %v60 = arith.addi %v59, %v23 : i64
      %v61 = arith.divui %v60, %size_D : i64
      %v62 = arith.muli %v61, %fold_rank : i64
      %v63 = arith.muli %v23, %fold_rank : i64
      llvm.store %v65, %v64 : f32, !llvm.ptr
      %v66 = arith.index_cast %v16 : i64 to index
      %v67 = arith.index_cast %fold_rank : i64 to index
      %v68 = arith.index_cast %v15 : i64 to index
      scf.for %v69 = %v66 to %v67 step %v68 {
        %v70 = arith.index_cast %v69 : index to i64
        %v71 = arith.addi %v62, %v70 : i64
        %v72 = arith.addi %v63, %v70 : i64
        %v73 = llvm.getelementptr %fold_rows[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v74 = llvm.load %v73 : !llvm.ptr -> f32
        %v75 = llvm.getelementptr %fold_weight[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v76 = llvm.load %v75 : !llvm.ptr -> f32
        %v77 = llvm.load %v64 : !llvm.ptr -> f32
        %v78 = arith.mulf %v76, %v74 fastmath<contract> : f32
        %v79 = arith.addf %v77, %v78 fastmath<contract> : f32
        llvm.store %v79, %v64 : f32, !llvm.ptr
      }
      %v80 = llvm.load %v64 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v83, %v84 = gpu.shuffle xor %v80, %v81, %v82 : f32
      %v85 = arith.addf %v80, %v83 fastmath<contract> : f32
      %v87, %v88 = gpu.shuffle xor %v85, %v86, %v82 : f32
      %v89 = arith.addf %v85, %v87 fastmath<contract> : f32
      // end sum over the lanes
      // end fold
      %v98 = arith.addf %v89, %v97 fastmath<contract> : f32
      %v99 = arith.maximumf %v98, %v65 : f32
      %v100 = llvm.call_intrinsic "llvm.fabs.f32"(%v98) : (f32) -> f32
      %v101 = arith.negf %v100 : f32
      %v102 = arith.mulf %v101, %v94 fastmath<contract> : f32
      %v103 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v102) : (f32) -> f32
      %v105 = arith.addf %v104, %v103 fastmath<contract> : f32
      %v106 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v105) : (f32) -> f32
      %v108 = arith.mulf %v106, %v107 fastmath<contract> : f32
      %v110 = arith.mulf %v109, %v103 fastmath<contract> : f32
      %v112 = arith.addf %v110, %v111 fastmath<contract> : f32
      %v113 = arith.mulf %v112, %v103 fastmath<contract> : f32
      %v115 = arith.addf %v113, %v114 fastmath<contract> : f32
      %v116 = arith.mulf %v115, %v103 fastmath<contract> : f32
      %v118 = arith.addf %v116, %v117 fastmath<contract> : f32
      %v119 = arith.mulf %v118, %v103 fastmath<contract> : f32
      %v121 = arith.addf %v119, %v120 fastmath<contract> : f32
      %v122 = arith.mulf %v121, %v103 fastmath<contract> : f32
      %v124 = arith.addf %v122, %v123 fastmath<contract> : f32
      %v125 = arith.mulf %v124, %v103 fastmath<contract> : f32
      %v126 = arith.addf %v125, %v104 fastmath<contract> : f32
      %v127 = arith.mulf %v126, %v103 fastmath<contract> : f32
      %v128 = llvm.call_intrinsic "llvm.fabs.f32"(%v103) : (f32) -> f32
      %v130 = arith.cmpf olt, %v128, %v129 : f32
      %v131 = arith.select %v130, %v127, %v108 : f32
      %v132 = arith.addf %v99, %v131 fastmath<contract> : f32
      %v133 = arith.mulf %v132, %v95 fastmath<contract> : f32
      %v134 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v133) : (f32) -> f32
      %v135 = arith.muli %v25, %v1 : i64
      %v136 = arith.addi %v135, %v16 : i64
      %v137 = llvm.getelementptr %in_Bm[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v138 = llvm.load %v137 : !llvm.ptr -> f32
      %v139 = arith.muli %v25, %size_D : i64
      %v140 = arith.addi %v139, %v23 : i64
      %v141 = llvm.getelementptr %in_u[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v142 = llvm.load %v141 : !llvm.ptr -> f32
      %v143 = arith.mulf %v132, %v142 fastmath<contract> : f32
      %v144 = arith.mulf %v138, %v143 fastmath<contract> : f32
      %v145 = llvm.load %v4 : !llvm.ptr -> f32
      %v146 = arith.mulf %v134, %v145 fastmath<contract> : f32
      %v147 = arith.addf %v146, %v144 fastmath<contract> : f32
      %v155 = arith.mulf %v132, %v154 fastmath<contract> : f32
      %v156 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v155) : (f32) -> f32
      %v157 = arith.muli %v25, %v1 : i64
      %v158 = arith.constant 4 : i64
      %v159 = arith.addi %v158, %v16 : i64
      %v160 = arith.addi %v157, %v159 : i64
      %v161 = llvm.getelementptr %in_Bm[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v162 = llvm.load %v161 : !llvm.ptr -> f32
      %v163 = arith.mulf %v162, %v143 fastmath<contract> : f32
      %v164 = llvm.load %v5 : !llvm.ptr -> f32
      %v165 = arith.mulf %v156, %v164 fastmath<contract> : f32
      %v166 = arith.addf %v165, %v163 fastmath<contract> : f32
      %v174 = arith.mulf %v132, %v173 fastmath<contract> : f32
      %v175 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v174) : (f32) -> f32
      %v176 = arith.muli %v25, %v1 : i64
      %v177 = arith.constant 8 : i64
      %v178 = arith.addi %v177, %v16 : i64
      %v179 = arith.addi %v176, %v178 : i64
      %v180 = llvm.getelementptr %in_Bm[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v181 = llvm.load %v180 : !llvm.ptr -> f32
      %v182 = arith.mulf %v181, %v143 fastmath<contract> : f32
      %v183 = llvm.load %v6 : !llvm.ptr -> f32
      %v184 = arith.mulf %v175, %v183 fastmath<contract> : f32
      %v185 = arith.addf %v184, %v182 fastmath<contract> : f32
      %v193 = arith.mulf %v132, %v192 fastmath<contract> : f32
      %v194 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v193) : (f32) -> f32
      %v195 = arith.muli %v25, %v1 : i64
      %v196 = arith.constant 12 : i64
      %v197 = arith.addi %v196, %v16 : i64
      %v198 = arith.addi %v195, %v197 : i64
      %v199 = llvm.getelementptr %in_Bm[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v200 = llvm.load %v199 : !llvm.ptr -> f32
      %v201 = arith.mulf %v200, %v143 fastmath<contract> : f32
      %v202 = llvm.load %v7 : !llvm.ptr -> f32
      %v203 = arith.mulf %v194, %v202 fastmath<contract> : f32
      %v204 = arith.addf %v203, %v201 fastmath<contract> : f32
      llvm.store %v147, %v4 : f32, !llvm.ptr
      llvm.store %v166, %v5 : f32, !llvm.ptr
      llvm.store %v185, %v6 : f32, !llvm.ptr
      llvm.store %v204, %v7 : f32, !llvm.ptr
      %v205 = arith.muli %v25, %v1 : i64
      %v206 = arith.addi %v205, %v16 : i64
      %v207 = llvm.getelementptr %in_Cm[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v208 = llvm.load %v207 : !llvm.ptr -> f32
      %v209 = llvm.load %v4 : !llvm.ptr -> f32
      %v210 = arith.mulf %v208, %v209 fastmath<contract> : f32
      %v211 = arith.muli %v25, %v1 : i64
      %v212 = arith.constant 4 : i64
      %v213 = arith.addi %v212, %v16 : i64
      %v214 = arith.addi %v211, %v213 : i64
      %v215 = llvm.getelementptr %in_Cm[%v214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v216 = llvm.load %v215 : !llvm.ptr -> f32
      %v217 = llvm.load %v5 : !llvm.ptr -> f32
      %v218 = arith.mulf %v216, %v217 fastmath<contract> : f32
      %v219 = arith.addf %v210, %v218 fastmath<contract> : f32
      %v220 = arith.muli %v25, %v1 : i64
      %v221 = arith.constant 8 : i64
      %v222 = arith.addi %v221, %v16 : i64
      %v223 = arith.addi %v220, %v222 : i64
      %v224 = llvm.getelementptr %in_Cm[%v223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v225 = llvm.load %v224 : !llvm.ptr -> f32
      %v226 = llvm.load %v6 : !llvm.ptr -> f32
      %v227 = arith.mulf %v225, %v226 fastmath<contract> : f32
      %v228 = arith.addf %v219, %v227 fastmath<contract> : f32
      %v229 = arith.muli %v25, %v1 : i64
      %v230 = arith.constant 12 : i64
      %v231 = arith.addi %v230, %v16 : i64
      %v232 = arith.addi %v229, %v231 : i64
      %v233 = llvm.getelementptr %in_Cm[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v234 = llvm.load %v233 : !llvm.ptr -> f32
      %v235 = llvm.load %v7 : !llvm.ptr -> f32
      %v236 = arith.mulf %v234, %v235 fastmath<contract> : f32
      %v237 = arith.addf %v228, %v236 fastmath<contract> : f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v238, %v239 = gpu.shuffle xor %v237, %v81, %v82 : f32
      %v240 = arith.addf %v237, %v238 fastmath<contract> : f32
      %v241, %v242 = gpu.shuffle xor %v240, %v86, %v82 : f32
      %v243 = arith.addf %v240, %v241 fastmath<contract> : f32
      // end sum over the lanes
      %v246 = arith.mulf %v142, %v245 fastmath<contract> : f32
      %v247 = arith.addf %v243, %v246 fastmath<contract> : f32
      %v248 = arith.muli %v25, %size_D : i64
      %v249 = arith.addi %v248, %v23 : i64
      %v250 = llvm.getelementptr %in_z[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v251 = llvm.load %v250 : !llvm.ptr -> f32
      %v252 = arith.negf %v251 : f32
      %v253 = arith.mulf %v252, %v94 fastmath<contract> : f32
      %v254 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v253) : (f32) -> f32
      %v255 = arith.addf %v104, %v254 fastmath<contract> : f32
      %v256 = arith.divf %v104, %v255 : f32
      %v257 = arith.mulf %v251, %v256 fastmath<contract> : f32
      %v258 = arith.mulf %v247, %v257 fastmath<contract> : f32
      scf.if %v20 {
        %v259 = arith.muli %v25, %size_D : i64
        %v260 = arith.addi %v259, %v23 : i64
        %v261 = llvm.getelementptr %out_y[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v258, %v261 : f32, !llvm.ptr
      }
      scf.if %v20 {
        %v262 = llvm.load %v4 : !llvm.ptr -> f32
        %v263 = arith.muli %v25, %v27 : i64
        %v264 = arith.muli %v23, %v1 : i64
        %v265 = arith.addi %v263, %v264 : i64
        %v266 = arith.addi %v265, %v16 : i64
        %v267 = llvm.getelementptr %state_h[%v266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v262, %v267 : f32, !llvm.ptr
        %v268 = llvm.load %v5 : !llvm.ptr -> f32
        %v269 = arith.muli %v25, %v27 : i64
        %v270 = arith.muli %v23, %v1 : i64
        %v271 = arith.addi %v269, %v270 : i64
        %v272 = arith.constant 4 : i64
        %v273 = arith.addi %v272, %v16 : i64
        %v274 = arith.addi %v271, %v273 : i64
        %v275 = llvm.getelementptr %state_h[%v274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v268, %v275 : f32, !llvm.ptr
        %v276 = llvm.load %v6 : !llvm.ptr -> f32
        %v277 = arith.muli %v25, %v27 : i64
        %v278 = arith.muli %v23, %v1 : i64
        %v279 = arith.addi %v277, %v278 : i64
        %v280 = arith.constant 8 : i64
        %v281 = arith.addi %v280, %v16 : i64
        %v282 = arith.addi %v279, %v281 : i64
        %v283 = llvm.getelementptr %state_h[%v282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v276, %v283 : f32, !llvm.ptr
        %v284 = llvm.load %v7 : !llvm.ptr -> f32
        %v285 = arith.muli %v25, %v27 : i64
        %v286 = arith.muli %v23, %v1 : i64
        %v287 = arith.addi %v285, %v286 : i64
        %v288 = arith.constant 12 : i64
        %v289 = arith.addi %v288, %v16 : i64
        %v290 = arith.addi %v287, %v289 : i64
        %v291 = llvm.getelementptr %state_h[%v290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v284, %v291 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
