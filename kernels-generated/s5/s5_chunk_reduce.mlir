module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_chunk_reduce(%in_lam_re: !llvm.ptr, %in_lam_im: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_bu_re: !llvm.ptr, %in_bu_im: !llvm.ptr, %agga_x_re: !llvm.ptr, %aggb_x_re: !llvm.ptr, %agga_x_im: !llvm.ptr, %aggb_x_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_N : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v9 = arith.constant 63 : i64
      %v10 = arith.addi %size_L, %v9 : i64
      %v11 = arith.constant 64 : i64
      %v12 = arith.divui %v10, %v11 : i64
      %v30 = arith.constant 0x00000000 : f32
      %v31 = arith.constant 0x3F800000 : f32
      %v35 = arith.constant 32 : i64
      %v43 = arith.constant 0 : i64
      %v44 = arith.constant 16 : i64
      %v53 = arith.constant 2 : i64
      %v55 = arith.constant 3 : i64
      %v57 = arith.constant 4 : i64
      %v59 = arith.constant 5 : i64
      %v61 = arith.constant 6 : i64
      %v63 = arith.constant 7 : i64
      %v65 = arith.constant 8 : i64
      %v67 = arith.constant 9 : i64
      %v69 = arith.constant 10 : i64
      %v71 = arith.constant 11 : i64
      %v73 = arith.constant 12 : i64
      %v75 = arith.constant 13 : i64
      %v77 = arith.constant 14 : i64
      %v79 = arith.constant 15 : i64
      %v82 = arith.muli %size_N, %size_L : i64
      %v295 = arith.constant 0x3FB8AA3B : f32
      %v304 = arith.constant 0x3E22F983 : f32
      %v307 = arith.constant 0x40C90000 : f32
      %v308 = arith.constant 0x3AFDAA22 : f32
      %v13 = gpu.block_id x
      %v14 = gpu.thread_id x
      %v15 = arith.index_cast %v14 : index to i64
      %v16 = arith.index_cast %v13 : index to i64
      %v17 = arith.addi %v2, %v9 : i64
      %v18 = arith.divui %v17, %v11 : i64
      %v19 = arith.divui %v16, %v18 : i64
      %v20 = arith.remui %v16, %v18 : i64
      %v21 = arith.muli %v20, %v11 : i64
      %v22 = arith.addi %v21, %v15 : i64
      %v23 = arith.cmpi slt, %v22, %v2 : i64
      %v24 = arith.subi %v2, %v1 : i64
      %v25 = arith.minsi %v22, %v24 : i64
      %v26 = arith.remui %v25, %size_N : i64
      %v27 = arith.divui %v25, %size_N : i64
      %v28 = arith.remui %v27, %size_B : i64
      %v29 = arith.divui %v27, %size_B : i64
      %v291 = llvm.getelementptr %in_lam_re[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v292 = llvm.load %v291 : !llvm.ptr -> f32
      %v293 = llvm.getelementptr %in_log_dt[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v294 = llvm.load %v293 : !llvm.ptr -> f32
      %v296 = arith.mulf %v294, %v295 fastmath<contract> : f32
      %v297 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v296) : (f32) -> f32
      %v298 = arith.mulf %v292, %v297 fastmath<contract> : f32
      %v299 = arith.mulf %v298, %v295 fastmath<contract> : f32
      %v300 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v299) : (f32) -> f32
      %v301 = llvm.getelementptr %in_lam_im[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v302 = llvm.load %v301 : !llvm.ptr -> f32
      %v303 = arith.mulf %v302, %v297 fastmath<contract> : f32
      %v305 = arith.mulf %v303, %v304 fastmath<contract> : f32
      %v306 = llvm.call_intrinsic "llvm.roundeven.f32"(%v305) : (f32) -> f32
      %v309 = arith.mulf %v306, %v307 fastmath<contract> : f32
      %v310 = arith.subf %v303, %v309 fastmath<contract> : f32
      %v311 = arith.mulf %v306, %v308 fastmath<contract> : f32
      %v312 = arith.subf %v310, %v311 fastmath<contract> : f32
      %v313 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v312) : (f32) -> f32
      %v314 = arith.mulf %v300, %v313 fastmath<contract> : f32
      %v315 = arith.subf %v314, %v31 fastmath<contract> : f32
      %v316 = arith.mulf %v292, %v315 fastmath<contract> : f32
      %v317 = arith.mulf %v303, %v304 fastmath<contract> : f32
      %v318 = llvm.call_intrinsic "llvm.roundeven.f32"(%v317) : (f32) -> f32
      %v319 = arith.mulf %v318, %v307 fastmath<contract> : f32
      %v320 = arith.subf %v303, %v319 fastmath<contract> : f32
      %v321 = arith.mulf %v318, %v308 fastmath<contract> : f32
      %v322 = arith.subf %v320, %v321 fastmath<contract> : f32
      %v323 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v322) : (f32) -> f32
      %v324 = arith.mulf %v300, %v323 fastmath<contract> : f32
      %v325 = arith.mulf %v302, %v324 fastmath<contract> : f32
      %v326 = arith.addf %v316, %v325 fastmath<contract> : f32
      %v327 = arith.mulf %v292, %v292 fastmath<contract> : f32
      %v328 = arith.mulf %v302, %v302 fastmath<contract> : f32
      %v329 = arith.addf %v327, %v328 fastmath<contract> : f32
      %v330 = arith.divf %v326, %v329 : f32
      %v332 = arith.mulf %v292, %v324 fastmath<contract> : f32
      %v333 = arith.mulf %v302, %v315 fastmath<contract> : f32
      %v334 = arith.subf %v332, %v333 fastmath<contract> : f32
      %v335 = arith.divf %v334, %v329 : f32
      %v341 = arith.negf %v324 : f32
      llvm.store %v30, %v3 : f32, !llvm.ptr
      llvm.store %v30, %v4 : f32, !llvm.ptr
      llvm.store %v31, %v5 : f32, !llvm.ptr
      llvm.store %v30, %v6 : f32, !llvm.ptr
      llvm.store %v30, %v7 : f32, !llvm.ptr
      llvm.store %v31, %v8 : f32, !llvm.ptr
      %v32 = arith.muli %v19, %v11 : i64
      %v33 = arith.addi %v32, %v11 : i64
      %v34 = arith.minsi %v33, %size_L : i64
      %v36 = arith.index_cast %v32 : i64 to index
      %v37 = arith.index_cast %v34 : i64 to index
      %v38 = arith.index_cast %v35 : i64 to index
      scf.for %v39 = %v36 to %v37 step %v38 {
        %v40 = arith.index_cast %v39 : index to i64
        %v41 = arith.subi %v34, %v40 : i64
        %v42 = arith.minsi %v41, %v35 : i64
        %v45 = arith.divui %v42, %v44 : i64
        %v46 = arith.index_cast %v43 : i64 to index
        %v47 = arith.index_cast %v45 : i64 to index
        %v48 = arith.index_cast %v1 : i64 to index
        scf.for %v49 = %v46 to %v47 step %v48 {
          %v50 = arith.index_cast %v49 : index to i64
          %v51 = arith.muli %v50, %v44 : i64
          %v52 = arith.addi %v51, %v1 : i64
          %v54 = arith.addi %v51, %v53 : i64
          %v56 = arith.addi %v51, %v55 : i64
          %v58 = arith.addi %v51, %v57 : i64
          %v60 = arith.addi %v51, %v59 : i64
          %v62 = arith.addi %v51, %v61 : i64
          %v64 = arith.addi %v51, %v63 : i64
          %v66 = arith.addi %v51, %v65 : i64
          %v68 = arith.addi %v51, %v67 : i64
          %v70 = arith.addi %v51, %v69 : i64
          %v72 = arith.addi %v51, %v71 : i64
          %v74 = arith.addi %v51, %v73 : i64
          %v76 = arith.addi %v51, %v75 : i64
          %v78 = arith.addi %v51, %v77 : i64
          %v80 = arith.addi %v51, %v79 : i64
          %v81 = arith.addi %v40, %v51 : i64
          %v83 = arith.muli %v28, %v82 : i64
          %v84 = arith.muli %v81, %size_N : i64
          %v85 = arith.addi %v83, %v84 : i64
          %v86 = arith.addi %v85, %v26 : i64
          %v87 = llvm.getelementptr %in_bu_re[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v88 = llvm.load %v87 : !llvm.ptr -> f32
          %v89 = arith.muli %v28, %v82 : i64
          %v90 = arith.muli %v81, %size_N : i64
          %v91 = arith.addi %v89, %v90 : i64
          %v92 = arith.addi %v91, %v26 : i64
          %v93 = llvm.getelementptr %in_bu_im[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v94 = llvm.load %v93 : !llvm.ptr -> f32
          %v95 = arith.addi %v40, %v52 : i64
          %v96 = arith.muli %v28, %v82 : i64
          %v97 = arith.muli %v95, %size_N : i64
          %v98 = arith.addi %v96, %v97 : i64
          %v99 = arith.addi %v98, %v26 : i64
          %v100 = llvm.getelementptr %in_bu_re[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v101 = llvm.load %v100 : !llvm.ptr -> f32
          %v102 = arith.muli %v28, %v82 : i64
          %v103 = arith.muli %v95, %size_N : i64
          %v104 = arith.addi %v102, %v103 : i64
          %v105 = arith.addi %v104, %v26 : i64
          %v106 = llvm.getelementptr %in_bu_im[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v107 = llvm.load %v106 : !llvm.ptr -> f32
          %v108 = arith.addi %v40, %v54 : i64
          %v109 = arith.muli %v28, %v82 : i64
          %v110 = arith.muli %v108, %size_N : i64
          %v111 = arith.addi %v109, %v110 : i64
          %v112 = arith.addi %v111, %v26 : i64
          %v113 = llvm.getelementptr %in_bu_re[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v114 = llvm.load %v113 : !llvm.ptr -> f32
          %v115 = arith.muli %v28, %v82 : i64
          %v116 = arith.muli %v108, %size_N : i64
          %v117 = arith.addi %v115, %v116 : i64
          %v118 = arith.addi %v117, %v26 : i64
          %v119 = llvm.getelementptr %in_bu_im[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v120 = llvm.load %v119 : !llvm.ptr -> f32
          %v121 = arith.addi %v40, %v56 : i64
          %v122 = arith.muli %v28, %v82 : i64
          %v123 = arith.muli %v121, %size_N : i64
          %v124 = arith.addi %v122, %v123 : i64
          %v125 = arith.addi %v124, %v26 : i64
          %v126 = llvm.getelementptr %in_bu_re[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v127 = llvm.load %v126 : !llvm.ptr -> f32
          %v128 = arith.muli %v28, %v82 : i64
          %v129 = arith.muli %v121, %size_N : i64
          %v130 = arith.addi %v128, %v129 : i64
          %v131 = arith.addi %v130, %v26 : i64
          %v132 = llvm.getelementptr %in_bu_im[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v133 = llvm.load %v132 : !llvm.ptr -> f32
          %v134 = arith.addi %v40, %v58 : i64
          %v135 = arith.muli %v28, %v82 : i64
          %v136 = arith.muli %v134, %size_N : i64
          %v137 = arith.addi %v135, %v136 : i64
          %v138 = arith.addi %v137, %v26 : i64
          %v139 = llvm.getelementptr %in_bu_re[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v140 = llvm.load %v139 : !llvm.ptr -> f32
          %v141 = arith.muli %v28, %v82 : i64
          %v142 = arith.muli %v134, %size_N : i64
          %v143 = arith.addi %v141, %v142 : i64
          %v144 = arith.addi %v143, %v26 : i64
          %v145 = llvm.getelementptr %in_bu_im[%v144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v146 = llvm.load %v145 : !llvm.ptr -> f32
          %v147 = arith.addi %v40, %v60 : i64
          %v148 = arith.muli %v28, %v82 : i64
          %v149 = arith.muli %v147, %size_N : i64
          %v150 = arith.addi %v148, %v149 : i64
          %v151 = arith.addi %v150, %v26 : i64
          %v152 = llvm.getelementptr %in_bu_re[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v153 = llvm.load %v152 : !llvm.ptr -> f32
          %v154 = arith.muli %v28, %v82 : i64
          %v155 = arith.muli %v147, %size_N : i64
          %v156 = arith.addi %v154, %v155 : i64
          %v157 = arith.addi %v156, %v26 : i64
          %v158 = llvm.getelementptr %in_bu_im[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v159 = llvm.load %v158 : !llvm.ptr -> f32
          %v160 = arith.addi %v40, %v62 : i64
          %v161 = arith.muli %v28, %v82 : i64
          %v162 = arith.muli %v160, %size_N : i64
          %v163 = arith.addi %v161, %v162 : i64
          %v164 = arith.addi %v163, %v26 : i64
          %v165 = llvm.getelementptr %in_bu_re[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v166 = llvm.load %v165 : !llvm.ptr -> f32
          %v167 = arith.muli %v28, %v82 : i64
          %v168 = arith.muli %v160, %size_N : i64
          %v169 = arith.addi %v167, %v168 : i64
          %v170 = arith.addi %v169, %v26 : i64
          %v171 = llvm.getelementptr %in_bu_im[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v172 = llvm.load %v171 : !llvm.ptr -> f32
          %v173 = arith.addi %v40, %v64 : i64
          %v174 = arith.muli %v28, %v82 : i64
          %v175 = arith.muli %v173, %size_N : i64
          %v176 = arith.addi %v174, %v175 : i64
          %v177 = arith.addi %v176, %v26 : i64
          %v178 = llvm.getelementptr %in_bu_re[%v177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v179 = llvm.load %v178 : !llvm.ptr -> f32
          %v180 = arith.muli %v28, %v82 : i64
          %v181 = arith.muli %v173, %size_N : i64
          %v182 = arith.addi %v180, %v181 : i64
          %v183 = arith.addi %v182, %v26 : i64
          %v184 = llvm.getelementptr %in_bu_im[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v185 = llvm.load %v184 : !llvm.ptr -> f32
          %v186 = arith.addi %v40, %v66 : i64
          %v187 = arith.muli %v28, %v82 : i64
          %v188 = arith.muli %v186, %size_N : i64
          %v189 = arith.addi %v187, %v188 : i64
          %v190 = arith.addi %v189, %v26 : i64
          %v191 = llvm.getelementptr %in_bu_re[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v192 = llvm.load %v191 : !llvm.ptr -> f32
          %v193 = arith.muli %v28, %v82 : i64
          %v194 = arith.muli %v186, %size_N : i64
          %v195 = arith.addi %v193, %v194 : i64
          %v196 = arith.addi %v195, %v26 : i64
          %v197 = llvm.getelementptr %in_bu_im[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v198 = llvm.load %v197 : !llvm.ptr -> f32
          %v199 = arith.addi %v40, %v68 : i64
          %v200 = arith.muli %v28, %v82 : i64
          %v201 = arith.muli %v199, %size_N : i64
          %v202 = arith.addi %v200, %v201 : i64
          %v203 = arith.addi %v202, %v26 : i64
          %v204 = llvm.getelementptr %in_bu_re[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v205 = llvm.load %v204 : !llvm.ptr -> f32
          %v206 = arith.muli %v28, %v82 : i64
          %v207 = arith.muli %v199, %size_N : i64
          %v208 = arith.addi %v206, %v207 : i64
          %v209 = arith.addi %v208, %v26 : i64
          %v210 = llvm.getelementptr %in_bu_im[%v209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v211 = llvm.load %v210 : !llvm.ptr -> f32
          %v212 = arith.addi %v40, %v70 : i64
          %v213 = arith.muli %v28, %v82 : i64
          %v214 = arith.muli %v212, %size_N : i64
          %v215 = arith.addi %v213, %v214 : i64
          %v216 = arith.addi %v215, %v26 : i64
          %v217 = llvm.getelementptr %in_bu_re[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v218 = llvm.load %v217 : !llvm.ptr -> f32
          %v219 = arith.muli %v28, %v82 : i64
          %v220 = arith.muli %v212, %size_N : i64
          %v221 = arith.addi %v219, %v220 : i64
          %v222 = arith.addi %v221, %v26 : i64
          %v223 = llvm.getelementptr %in_bu_im[%v222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v224 = llvm.load %v223 : !llvm.ptr -> f32
          %v225 = arith.addi %v40, %v72 : i64
          %v226 = arith.muli %v28, %v82 : i64
          %v227 = arith.muli %v225, %size_N : i64
          %v228 = arith.addi %v226, %v227 : i64
          %v229 = arith.addi %v228, %v26 : i64
          %v230 = llvm.getelementptr %in_bu_re[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v231 = llvm.load %v230 : !llvm.ptr -> f32
          %v232 = arith.muli %v28, %v82 : i64
          %v233 = arith.muli %v225, %size_N : i64
          %v234 = arith.addi %v232, %v233 : i64
          %v235 = arith.addi %v234, %v26 : i64
          %v236 = llvm.getelementptr %in_bu_im[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v237 = llvm.load %v236 : !llvm.ptr -> f32
          %v238 = arith.addi %v40, %v74 : i64
          %v239 = arith.muli %v28, %v82 : i64
          %v240 = arith.muli %v238, %size_N : i64
          %v241 = arith.addi %v239, %v240 : i64
          %v242 = arith.addi %v241, %v26 : i64
          %v243 = llvm.getelementptr %in_bu_re[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v244 = llvm.load %v243 : !llvm.ptr -> f32
          %v245 = arith.muli %v28, %v82 : i64
          %v246 = arith.muli %v238, %size_N : i64
          %v247 = arith.addi %v245, %v246 : i64
          %v248 = arith.addi %v247, %v26 : i64
          %v249 = llvm.getelementptr %in_bu_im[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v250 = llvm.load %v249 : !llvm.ptr -> f32
          %v251 = arith.addi %v40, %v76 : i64
          %v252 = arith.muli %v28, %v82 : i64
          %v253 = arith.muli %v251, %size_N : i64
          %v254 = arith.addi %v252, %v253 : i64
          %v255 = arith.addi %v254, %v26 : i64
          %v256 = llvm.getelementptr %in_bu_re[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v257 = llvm.load %v256 : !llvm.ptr -> f32
          %v258 = arith.muli %v28, %v82 : i64
          %v259 = arith.muli %v251, %size_N : i64
          %v260 = arith.addi %v258, %v259 : i64
          %v261 = arith.addi %v260, %v26 : i64
          %v262 = llvm.getelementptr %in_bu_im[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v263 = llvm.load %v262 : !llvm.ptr -> f32
          %v264 = arith.addi %v40, %v78 : i64
          %v265 = arith.muli %v28, %v82 : i64
          %v266 = arith.muli %v264, %size_N : i64
          %v267 = arith.addi %v265, %v266 : i64
          %v268 = arith.addi %v267, %v26 : i64
          %v269 = llvm.getelementptr %in_bu_re[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v270 = llvm.load %v269 : !llvm.ptr -> f32
          %v271 = arith.muli %v28, %v82 : i64
          %v272 = arith.muli %v264, %size_N : i64
          %v273 = arith.addi %v271, %v272 : i64
          %v274 = arith.addi %v273, %v26 : i64
          %v275 = llvm.getelementptr %in_bu_im[%v274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v276 = llvm.load %v275 : !llvm.ptr -> f32
          %v277 = arith.addi %v40, %v80 : i64
          %v278 = arith.muli %v28, %v82 : i64
          %v279 = arith.muli %v277, %size_N : i64
          %v280 = arith.addi %v278, %v279 : i64
          %v281 = arith.addi %v280, %v26 : i64
          %v282 = llvm.getelementptr %in_bu_re[%v281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v283 = llvm.load %v282 : !llvm.ptr -> f32
          %v284 = arith.muli %v28, %v82 : i64
          %v285 = arith.muli %v277, %size_N : i64
          %v286 = arith.addi %v284, %v285 : i64
          %v287 = arith.addi %v286, %v26 : i64
          %v288 = llvm.getelementptr %in_bu_im[%v287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v289 = llvm.load %v288 : !llvm.ptr -> f32
          %v290 = arith.addi %v40, %v51 : i64
          %v331 = arith.mulf %v330, %v88 fastmath<contract> : f32
          %v336 = arith.mulf %v335, %v94 fastmath<contract> : f32
          %v337 = arith.subf %v331, %v336 fastmath<contract> : f32
          %v338 = llvm.load %v3 : !llvm.ptr -> f32
          %v339 = arith.mulf %v314, %v338 fastmath<contract> : f32
          %v340 = arith.addf %v339, %v337 fastmath<contract> : f32
          %v342 = llvm.load %v4 : !llvm.ptr -> f32
          %v343 = arith.mulf %v341, %v342 fastmath<contract> : f32
          %v344 = arith.addf %v340, %v343 fastmath<contract> : f32
          %v345 = llvm.load %v5 : !llvm.ptr -> f32
          %v346 = arith.mulf %v314, %v345 fastmath<contract> : f32
          %v347 = llvm.load %v7 : !llvm.ptr -> f32
          %v348 = arith.mulf %v341, %v347 fastmath<contract> : f32
          %v349 = arith.addf %v346, %v348 fastmath<contract> : f32
          %v350 = llvm.load %v6 : !llvm.ptr -> f32
          %v351 = arith.mulf %v314, %v350 fastmath<contract> : f32
          %v352 = llvm.load %v8 : !llvm.ptr -> f32
          %v353 = arith.mulf %v341, %v352 fastmath<contract> : f32
          %v354 = arith.addf %v351, %v353 fastmath<contract> : f32
          %v355 = arith.mulf %v330, %v94 fastmath<contract> : f32
          %v356 = arith.mulf %v335, %v88 fastmath<contract> : f32
          %v357 = arith.addf %v355, %v356 fastmath<contract> : f32
          %v358 = llvm.load %v4 : !llvm.ptr -> f32
          %v359 = arith.mulf %v314, %v358 fastmath<contract> : f32
          %v360 = arith.addf %v359, %v357 fastmath<contract> : f32
          %v361 = llvm.load %v3 : !llvm.ptr -> f32
          %v362 = arith.mulf %v324, %v361 fastmath<contract> : f32
          %v363 = arith.addf %v360, %v362 fastmath<contract> : f32
          %v364 = llvm.load %v7 : !llvm.ptr -> f32
          %v365 = arith.mulf %v314, %v364 fastmath<contract> : f32
          %v366 = llvm.load %v5 : !llvm.ptr -> f32
          %v367 = arith.mulf %v324, %v366 fastmath<contract> : f32
          %v368 = arith.addf %v365, %v367 fastmath<contract> : f32
          %v369 = llvm.load %v8 : !llvm.ptr -> f32
          %v370 = arith.mulf %v314, %v369 fastmath<contract> : f32
          %v371 = llvm.load %v6 : !llvm.ptr -> f32
          %v372 = arith.mulf %v324, %v371 fastmath<contract> : f32
          %v373 = arith.addf %v370, %v372 fastmath<contract> : f32
          llvm.store %v344, %v3 : f32, !llvm.ptr
          llvm.store %v349, %v5 : f32, !llvm.ptr
          llvm.store %v354, %v6 : f32, !llvm.ptr
          llvm.store %v363, %v4 : f32, !llvm.ptr
          llvm.store %v368, %v7 : f32, !llvm.ptr
          llvm.store %v373, %v8 : f32, !llvm.ptr
          %v374 = arith.addi %v40, %v52 : i64
          %v375 = arith.mulf %v330, %v101 fastmath<contract> : f32
          %v376 = arith.mulf %v335, %v107 fastmath<contract> : f32
          %v377 = arith.subf %v375, %v376 fastmath<contract> : f32
          %v378 = llvm.load %v3 : !llvm.ptr -> f32
          %v379 = arith.mulf %v314, %v378 fastmath<contract> : f32
          %v380 = arith.addf %v379, %v377 fastmath<contract> : f32
          %v381 = llvm.load %v4 : !llvm.ptr -> f32
          %v382 = arith.mulf %v341, %v381 fastmath<contract> : f32
          %v383 = arith.addf %v380, %v382 fastmath<contract> : f32
          %v384 = llvm.load %v5 : !llvm.ptr -> f32
          %v385 = arith.mulf %v314, %v384 fastmath<contract> : f32
          %v386 = llvm.load %v7 : !llvm.ptr -> f32
          %v387 = arith.mulf %v341, %v386 fastmath<contract> : f32
          %v388 = arith.addf %v385, %v387 fastmath<contract> : f32
          %v389 = llvm.load %v6 : !llvm.ptr -> f32
          %v390 = arith.mulf %v314, %v389 fastmath<contract> : f32
          %v391 = llvm.load %v8 : !llvm.ptr -> f32
          %v392 = arith.mulf %v341, %v391 fastmath<contract> : f32
          %v393 = arith.addf %v390, %v392 fastmath<contract> : f32
          %v394 = arith.mulf %v330, %v107 fastmath<contract> : f32
          %v395 = arith.mulf %v335, %v101 fastmath<contract> : f32
          %v396 = arith.addf %v394, %v395 fastmath<contract> : f32
          %v397 = llvm.load %v4 : !llvm.ptr -> f32
          %v398 = arith.mulf %v314, %v397 fastmath<contract> : f32
          %v399 = arith.addf %v398, %v396 fastmath<contract> : f32
          %v400 = llvm.load %v3 : !llvm.ptr -> f32
          %v401 = arith.mulf %v324, %v400 fastmath<contract> : f32
          %v402 = arith.addf %v399, %v401 fastmath<contract> : f32
          %v403 = llvm.load %v7 : !llvm.ptr -> f32
          %v404 = arith.mulf %v314, %v403 fastmath<contract> : f32
          %v405 = llvm.load %v5 : !llvm.ptr -> f32
          %v406 = arith.mulf %v324, %v405 fastmath<contract> : f32
          %v407 = arith.addf %v404, %v406 fastmath<contract> : f32
          %v408 = llvm.load %v8 : !llvm.ptr -> f32
          %v409 = arith.mulf %v314, %v408 fastmath<contract> : f32
          %v410 = llvm.load %v6 : !llvm.ptr -> f32
          %v411 = arith.mulf %v324, %v410 fastmath<contract> : f32
          %v412 = arith.addf %v409, %v411 fastmath<contract> : f32
          llvm.store %v383, %v3 : f32, !llvm.ptr
          llvm.store %v388, %v5 : f32, !llvm.ptr
          llvm.store %v393, %v6 : f32, !llvm.ptr
          llvm.store %v402, %v4 : f32, !llvm.ptr
          llvm.store %v407, %v7 : f32, !llvm.ptr
          llvm.store %v412, %v8 : f32, !llvm.ptr
          %v413 = arith.addi %v40, %v54 : i64
          %v414 = arith.mulf %v330, %v114 fastmath<contract> : f32
          %v415 = arith.mulf %v335, %v120 fastmath<contract> : f32
          %v416 = arith.subf %v414, %v415 fastmath<contract> : f32
          %v417 = llvm.load %v3 : !llvm.ptr -> f32
          %v418 = arith.mulf %v314, %v417 fastmath<contract> : f32
          %v419 = arith.addf %v418, %v416 fastmath<contract> : f32
          %v420 = llvm.load %v4 : !llvm.ptr -> f32
          %v421 = arith.mulf %v341, %v420 fastmath<contract> : f32
          %v422 = arith.addf %v419, %v421 fastmath<contract> : f32
          %v423 = llvm.load %v5 : !llvm.ptr -> f32
          %v424 = arith.mulf %v314, %v423 fastmath<contract> : f32
          %v425 = llvm.load %v7 : !llvm.ptr -> f32
          %v426 = arith.mulf %v341, %v425 fastmath<contract> : f32
          %v427 = arith.addf %v424, %v426 fastmath<contract> : f32
          %v428 = llvm.load %v6 : !llvm.ptr -> f32
          %v429 = arith.mulf %v314, %v428 fastmath<contract> : f32
          %v430 = llvm.load %v8 : !llvm.ptr -> f32
          %v431 = arith.mulf %v341, %v430 fastmath<contract> : f32
          %v432 = arith.addf %v429, %v431 fastmath<contract> : f32
          %v433 = arith.mulf %v330, %v120 fastmath<contract> : f32
          %v434 = arith.mulf %v335, %v114 fastmath<contract> : f32
          %v435 = arith.addf %v433, %v434 fastmath<contract> : f32
          %v436 = llvm.load %v4 : !llvm.ptr -> f32
          %v437 = arith.mulf %v314, %v436 fastmath<contract> : f32
          %v438 = arith.addf %v437, %v435 fastmath<contract> : f32
          %v439 = llvm.load %v3 : !llvm.ptr -> f32
          %v440 = arith.mulf %v324, %v439 fastmath<contract> : f32
          %v441 = arith.addf %v438, %v440 fastmath<contract> : f32
          %v442 = llvm.load %v7 : !llvm.ptr -> f32
          %v443 = arith.mulf %v314, %v442 fastmath<contract> : f32
          %v444 = llvm.load %v5 : !llvm.ptr -> f32
          %v445 = arith.mulf %v324, %v444 fastmath<contract> : f32
          %v446 = arith.addf %v443, %v445 fastmath<contract> : f32
          %v447 = llvm.load %v8 : !llvm.ptr -> f32
          %v448 = arith.mulf %v314, %v447 fastmath<contract> : f32
          %v449 = llvm.load %v6 : !llvm.ptr -> f32
          %v450 = arith.mulf %v324, %v449 fastmath<contract> : f32
          %v451 = arith.addf %v448, %v450 fastmath<contract> : f32
          llvm.store %v422, %v3 : f32, !llvm.ptr
          llvm.store %v427, %v5 : f32, !llvm.ptr
          llvm.store %v432, %v6 : f32, !llvm.ptr
          llvm.store %v441, %v4 : f32, !llvm.ptr
          llvm.store %v446, %v7 : f32, !llvm.ptr
          llvm.store %v451, %v8 : f32, !llvm.ptr
          %v452 = arith.addi %v40, %v56 : i64
          %v453 = arith.mulf %v330, %v127 fastmath<contract> : f32
          %v454 = arith.mulf %v335, %v133 fastmath<contract> : f32
          %v455 = arith.subf %v453, %v454 fastmath<contract> : f32
          %v456 = llvm.load %v3 : !llvm.ptr -> f32
          %v457 = arith.mulf %v314, %v456 fastmath<contract> : f32
          %v458 = arith.addf %v457, %v455 fastmath<contract> : f32
          %v459 = llvm.load %v4 : !llvm.ptr -> f32
          %v460 = arith.mulf %v341, %v459 fastmath<contract> : f32
          %v461 = arith.addf %v458, %v460 fastmath<contract> : f32
          %v462 = llvm.load %v5 : !llvm.ptr -> f32
          %v463 = arith.mulf %v314, %v462 fastmath<contract> : f32
          %v464 = llvm.load %v7 : !llvm.ptr -> f32
          %v465 = arith.mulf %v341, %v464 fastmath<contract> : f32
          %v466 = arith.addf %v463, %v465 fastmath<contract> : f32
          %v467 = llvm.load %v6 : !llvm.ptr -> f32
          %v468 = arith.mulf %v314, %v467 fastmath<contract> : f32
          %v469 = llvm.load %v8 : !llvm.ptr -> f32
          %v470 = arith.mulf %v341, %v469 fastmath<contract> : f32
          %v471 = arith.addf %v468, %v470 fastmath<contract> : f32
          %v472 = arith.mulf %v330, %v133 fastmath<contract> : f32
          %v473 = arith.mulf %v335, %v127 fastmath<contract> : f32
          %v474 = arith.addf %v472, %v473 fastmath<contract> : f32
          %v475 = llvm.load %v4 : !llvm.ptr -> f32
          %v476 = arith.mulf %v314, %v475 fastmath<contract> : f32
          %v477 = arith.addf %v476, %v474 fastmath<contract> : f32
          %v478 = llvm.load %v3 : !llvm.ptr -> f32
          %v479 = arith.mulf %v324, %v478 fastmath<contract> : f32
          %v480 = arith.addf %v477, %v479 fastmath<contract> : f32
          %v481 = llvm.load %v7 : !llvm.ptr -> f32
          %v482 = arith.mulf %v314, %v481 fastmath<contract> : f32
          %v483 = llvm.load %v5 : !llvm.ptr -> f32
          %v484 = arith.mulf %v324, %v483 fastmath<contract> : f32
          %v485 = arith.addf %v482, %v484 fastmath<contract> : f32
          %v486 = llvm.load %v8 : !llvm.ptr -> f32
          %v487 = arith.mulf %v314, %v486 fastmath<contract> : f32
          %v488 = llvm.load %v6 : !llvm.ptr -> f32
          %v489 = arith.mulf %v324, %v488 fastmath<contract> : f32
          %v490 = arith.addf %v487, %v489 fastmath<contract> : f32
          llvm.store %v461, %v3 : f32, !llvm.ptr
          llvm.store %v466, %v5 : f32, !llvm.ptr
          llvm.store %v471, %v6 : f32, !llvm.ptr
          llvm.store %v480, %v4 : f32, !llvm.ptr
          llvm.store %v485, %v7 : f32, !llvm.ptr
          llvm.store %v490, %v8 : f32, !llvm.ptr
          %v491 = arith.addi %v40, %v58 : i64
          %v492 = arith.mulf %v330, %v140 fastmath<contract> : f32
          %v493 = arith.mulf %v335, %v146 fastmath<contract> : f32
          %v494 = arith.subf %v492, %v493 fastmath<contract> : f32
          %v495 = llvm.load %v3 : !llvm.ptr -> f32
          %v496 = arith.mulf %v314, %v495 fastmath<contract> : f32
          %v497 = arith.addf %v496, %v494 fastmath<contract> : f32
          %v498 = llvm.load %v4 : !llvm.ptr -> f32
          %v499 = arith.mulf %v341, %v498 fastmath<contract> : f32
          %v500 = arith.addf %v497, %v499 fastmath<contract> : f32
          %v501 = llvm.load %v5 : !llvm.ptr -> f32
          %v502 = arith.mulf %v314, %v501 fastmath<contract> : f32
          %v503 = llvm.load %v7 : !llvm.ptr -> f32
          %v504 = arith.mulf %v341, %v503 fastmath<contract> : f32
          %v505 = arith.addf %v502, %v504 fastmath<contract> : f32
          %v506 = llvm.load %v6 : !llvm.ptr -> f32
          %v507 = arith.mulf %v314, %v506 fastmath<contract> : f32
          %v508 = llvm.load %v8 : !llvm.ptr -> f32
          %v509 = arith.mulf %v341, %v508 fastmath<contract> : f32
          %v510 = arith.addf %v507, %v509 fastmath<contract> : f32
          %v511 = arith.mulf %v330, %v146 fastmath<contract> : f32
          %v512 = arith.mulf %v335, %v140 fastmath<contract> : f32
          %v513 = arith.addf %v511, %v512 fastmath<contract> : f32
          %v514 = llvm.load %v4 : !llvm.ptr -> f32
          %v515 = arith.mulf %v314, %v514 fastmath<contract> : f32
          %v516 = arith.addf %v515, %v513 fastmath<contract> : f32
          %v517 = llvm.load %v3 : !llvm.ptr -> f32
          %v518 = arith.mulf %v324, %v517 fastmath<contract> : f32
          %v519 = arith.addf %v516, %v518 fastmath<contract> : f32
          %v520 = llvm.load %v7 : !llvm.ptr -> f32
          %v521 = arith.mulf %v314, %v520 fastmath<contract> : f32
          %v522 = llvm.load %v5 : !llvm.ptr -> f32
          %v523 = arith.mulf %v324, %v522 fastmath<contract> : f32
          %v524 = arith.addf %v521, %v523 fastmath<contract> : f32
          %v525 = llvm.load %v8 : !llvm.ptr -> f32
          %v526 = arith.mulf %v314, %v525 fastmath<contract> : f32
          %v527 = llvm.load %v6 : !llvm.ptr -> f32
          %v528 = arith.mulf %v324, %v527 fastmath<contract> : f32
          %v529 = arith.addf %v526, %v528 fastmath<contract> : f32
          llvm.store %v500, %v3 : f32, !llvm.ptr
          llvm.store %v505, %v5 : f32, !llvm.ptr
          llvm.store %v510, %v6 : f32, !llvm.ptr
          llvm.store %v519, %v4 : f32, !llvm.ptr
          llvm.store %v524, %v7 : f32, !llvm.ptr
          llvm.store %v529, %v8 : f32, !llvm.ptr
          %v530 = arith.addi %v40, %v60 : i64
          %v531 = arith.mulf %v330, %v153 fastmath<contract> : f32
          %v532 = arith.mulf %v335, %v159 fastmath<contract> : f32
          %v533 = arith.subf %v531, %v532 fastmath<contract> : f32
          %v534 = llvm.load %v3 : !llvm.ptr -> f32
          %v535 = arith.mulf %v314, %v534 fastmath<contract> : f32
          %v536 = arith.addf %v535, %v533 fastmath<contract> : f32
          %v537 = llvm.load %v4 : !llvm.ptr -> f32
          %v538 = arith.mulf %v341, %v537 fastmath<contract> : f32
          %v539 = arith.addf %v536, %v538 fastmath<contract> : f32
          %v540 = llvm.load %v5 : !llvm.ptr -> f32
          %v541 = arith.mulf %v314, %v540 fastmath<contract> : f32
          %v542 = llvm.load %v7 : !llvm.ptr -> f32
          %v543 = arith.mulf %v341, %v542 fastmath<contract> : f32
          %v544 = arith.addf %v541, %v543 fastmath<contract> : f32
          %v545 = llvm.load %v6 : !llvm.ptr -> f32
          %v546 = arith.mulf %v314, %v545 fastmath<contract> : f32
          %v547 = llvm.load %v8 : !llvm.ptr -> f32
          %v548 = arith.mulf %v341, %v547 fastmath<contract> : f32
          %v549 = arith.addf %v546, %v548 fastmath<contract> : f32
          %v550 = arith.mulf %v330, %v159 fastmath<contract> : f32
          %v551 = arith.mulf %v335, %v153 fastmath<contract> : f32
          %v552 = arith.addf %v550, %v551 fastmath<contract> : f32
          %v553 = llvm.load %v4 : !llvm.ptr -> f32
          %v554 = arith.mulf %v314, %v553 fastmath<contract> : f32
          %v555 = arith.addf %v554, %v552 fastmath<contract> : f32
          %v556 = llvm.load %v3 : !llvm.ptr -> f32
          %v557 = arith.mulf %v324, %v556 fastmath<contract> : f32
          %v558 = arith.addf %v555, %v557 fastmath<contract> : f32
          %v559 = llvm.load %v7 : !llvm.ptr -> f32
          %v560 = arith.mulf %v314, %v559 fastmath<contract> : f32
          %v561 = llvm.load %v5 : !llvm.ptr -> f32
          %v562 = arith.mulf %v324, %v561 fastmath<contract> : f32
          %v563 = arith.addf %v560, %v562 fastmath<contract> : f32
          %v564 = llvm.load %v8 : !llvm.ptr -> f32
          %v565 = arith.mulf %v314, %v564 fastmath<contract> : f32
          %v566 = llvm.load %v6 : !llvm.ptr -> f32
          %v567 = arith.mulf %v324, %v566 fastmath<contract> : f32
          %v568 = arith.addf %v565, %v567 fastmath<contract> : f32
          llvm.store %v539, %v3 : f32, !llvm.ptr
          llvm.store %v544, %v5 : f32, !llvm.ptr
          llvm.store %v549, %v6 : f32, !llvm.ptr
          llvm.store %v558, %v4 : f32, !llvm.ptr
          llvm.store %v563, %v7 : f32, !llvm.ptr
          llvm.store %v568, %v8 : f32, !llvm.ptr
          %v569 = arith.addi %v40, %v62 : i64
          %v570 = arith.mulf %v330, %v166 fastmath<contract> : f32
          %v571 = arith.mulf %v335, %v172 fastmath<contract> : f32
          %v572 = arith.subf %v570, %v571 fastmath<contract> : f32
          %v573 = llvm.load %v3 : !llvm.ptr -> f32
          %v574 = arith.mulf %v314, %v573 fastmath<contract> : f32
          %v575 = arith.addf %v574, %v572 fastmath<contract> : f32
          %v576 = llvm.load %v4 : !llvm.ptr -> f32
          %v577 = arith.mulf %v341, %v576 fastmath<contract> : f32
          %v578 = arith.addf %v575, %v577 fastmath<contract> : f32
          %v579 = llvm.load %v5 : !llvm.ptr -> f32
          %v580 = arith.mulf %v314, %v579 fastmath<contract> : f32
          %v581 = llvm.load %v7 : !llvm.ptr -> f32
          %v582 = arith.mulf %v341, %v581 fastmath<contract> : f32
          %v583 = arith.addf %v580, %v582 fastmath<contract> : f32
          %v584 = llvm.load %v6 : !llvm.ptr -> f32
          %v585 = arith.mulf %v314, %v584 fastmath<contract> : f32
          %v586 = llvm.load %v8 : !llvm.ptr -> f32
          %v587 = arith.mulf %v341, %v586 fastmath<contract> : f32
          %v588 = arith.addf %v585, %v587 fastmath<contract> : f32
          %v589 = arith.mulf %v330, %v172 fastmath<contract> : f32
          %v590 = arith.mulf %v335, %v166 fastmath<contract> : f32
          %v591 = arith.addf %v589, %v590 fastmath<contract> : f32
          %v592 = llvm.load %v4 : !llvm.ptr -> f32
          %v593 = arith.mulf %v314, %v592 fastmath<contract> : f32
          %v594 = arith.addf %v593, %v591 fastmath<contract> : f32
          %v595 = llvm.load %v3 : !llvm.ptr -> f32
          %v596 = arith.mulf %v324, %v595 fastmath<contract> : f32
          %v597 = arith.addf %v594, %v596 fastmath<contract> : f32
          %v598 = llvm.load %v7 : !llvm.ptr -> f32
          %v599 = arith.mulf %v314, %v598 fastmath<contract> : f32
          %v600 = llvm.load %v5 : !llvm.ptr -> f32
          %v601 = arith.mulf %v324, %v600 fastmath<contract> : f32
          %v602 = arith.addf %v599, %v601 fastmath<contract> : f32
          %v603 = llvm.load %v8 : !llvm.ptr -> f32
          %v604 = arith.mulf %v314, %v603 fastmath<contract> : f32
          %v605 = llvm.load %v6 : !llvm.ptr -> f32
          %v606 = arith.mulf %v324, %v605 fastmath<contract> : f32
          %v607 = arith.addf %v604, %v606 fastmath<contract> : f32
          llvm.store %v578, %v3 : f32, !llvm.ptr
          llvm.store %v583, %v5 : f32, !llvm.ptr
          llvm.store %v588, %v6 : f32, !llvm.ptr
          llvm.store %v597, %v4 : f32, !llvm.ptr
          llvm.store %v602, %v7 : f32, !llvm.ptr
          llvm.store %v607, %v8 : f32, !llvm.ptr
          %v608 = arith.addi %v40, %v64 : i64
          %v609 = arith.mulf %v330, %v179 fastmath<contract> : f32
          %v610 = arith.mulf %v335, %v185 fastmath<contract> : f32
          %v611 = arith.subf %v609, %v610 fastmath<contract> : f32
          %v612 = llvm.load %v3 : !llvm.ptr -> f32
          %v613 = arith.mulf %v314, %v612 fastmath<contract> : f32
          %v614 = arith.addf %v613, %v611 fastmath<contract> : f32
          %v615 = llvm.load %v4 : !llvm.ptr -> f32
          %v616 = arith.mulf %v341, %v615 fastmath<contract> : f32
          %v617 = arith.addf %v614, %v616 fastmath<contract> : f32
          %v618 = llvm.load %v5 : !llvm.ptr -> f32
          %v619 = arith.mulf %v314, %v618 fastmath<contract> : f32
          %v620 = llvm.load %v7 : !llvm.ptr -> f32
          %v621 = arith.mulf %v341, %v620 fastmath<contract> : f32
          %v622 = arith.addf %v619, %v621 fastmath<contract> : f32
          %v623 = llvm.load %v6 : !llvm.ptr -> f32
          %v624 = arith.mulf %v314, %v623 fastmath<contract> : f32
          %v625 = llvm.load %v8 : !llvm.ptr -> f32
          %v626 = arith.mulf %v341, %v625 fastmath<contract> : f32
          %v627 = arith.addf %v624, %v626 fastmath<contract> : f32
          %v628 = arith.mulf %v330, %v185 fastmath<contract> : f32
          %v629 = arith.mulf %v335, %v179 fastmath<contract> : f32
          %v630 = arith.addf %v628, %v629 fastmath<contract> : f32
          %v631 = llvm.load %v4 : !llvm.ptr -> f32
          %v632 = arith.mulf %v314, %v631 fastmath<contract> : f32
          %v633 = arith.addf %v632, %v630 fastmath<contract> : f32
          %v634 = llvm.load %v3 : !llvm.ptr -> f32
          %v635 = arith.mulf %v324, %v634 fastmath<contract> : f32
          %v636 = arith.addf %v633, %v635 fastmath<contract> : f32
          %v637 = llvm.load %v7 : !llvm.ptr -> f32
          %v638 = arith.mulf %v314, %v637 fastmath<contract> : f32
          %v639 = llvm.load %v5 : !llvm.ptr -> f32
          %v640 = arith.mulf %v324, %v639 fastmath<contract> : f32
          %v641 = arith.addf %v638, %v640 fastmath<contract> : f32
          %v642 = llvm.load %v8 : !llvm.ptr -> f32
          %v643 = arith.mulf %v314, %v642 fastmath<contract> : f32
          %v644 = llvm.load %v6 : !llvm.ptr -> f32
          %v645 = arith.mulf %v324, %v644 fastmath<contract> : f32
          %v646 = arith.addf %v643, %v645 fastmath<contract> : f32
          llvm.store %v617, %v3 : f32, !llvm.ptr
          llvm.store %v622, %v5 : f32, !llvm.ptr
          llvm.store %v627, %v6 : f32, !llvm.ptr
          llvm.store %v636, %v4 : f32, !llvm.ptr
          llvm.store %v641, %v7 : f32, !llvm.ptr
          llvm.store %v646, %v8 : f32, !llvm.ptr
          %v647 = arith.addi %v40, %v66 : i64
          %v648 = arith.mulf %v330, %v192 fastmath<contract> : f32
          %v649 = arith.mulf %v335, %v198 fastmath<contract> : f32
          %v650 = arith.subf %v648, %v649 fastmath<contract> : f32
          %v651 = llvm.load %v3 : !llvm.ptr -> f32
          %v652 = arith.mulf %v314, %v651 fastmath<contract> : f32
          %v653 = arith.addf %v652, %v650 fastmath<contract> : f32
          %v654 = llvm.load %v4 : !llvm.ptr -> f32
          %v655 = arith.mulf %v341, %v654 fastmath<contract> : f32
          %v656 = arith.addf %v653, %v655 fastmath<contract> : f32
          %v657 = llvm.load %v5 : !llvm.ptr -> f32
          %v658 = arith.mulf %v314, %v657 fastmath<contract> : f32
          %v659 = llvm.load %v7 : !llvm.ptr -> f32
          %v660 = arith.mulf %v341, %v659 fastmath<contract> : f32
          %v661 = arith.addf %v658, %v660 fastmath<contract> : f32
          %v662 = llvm.load %v6 : !llvm.ptr -> f32
          %v663 = arith.mulf %v314, %v662 fastmath<contract> : f32
          %v664 = llvm.load %v8 : !llvm.ptr -> f32
          %v665 = arith.mulf %v341, %v664 fastmath<contract> : f32
          %v666 = arith.addf %v663, %v665 fastmath<contract> : f32
          %v667 = arith.mulf %v330, %v198 fastmath<contract> : f32
          %v668 = arith.mulf %v335, %v192 fastmath<contract> : f32
          %v669 = arith.addf %v667, %v668 fastmath<contract> : f32
          %v670 = llvm.load %v4 : !llvm.ptr -> f32
          %v671 = arith.mulf %v314, %v670 fastmath<contract> : f32
          %v672 = arith.addf %v671, %v669 fastmath<contract> : f32
          %v673 = llvm.load %v3 : !llvm.ptr -> f32
          %v674 = arith.mulf %v324, %v673 fastmath<contract> : f32
          %v675 = arith.addf %v672, %v674 fastmath<contract> : f32
          %v676 = llvm.load %v7 : !llvm.ptr -> f32
          %v677 = arith.mulf %v314, %v676 fastmath<contract> : f32
          %v678 = llvm.load %v5 : !llvm.ptr -> f32
          %v679 = arith.mulf %v324, %v678 fastmath<contract> : f32
          %v680 = arith.addf %v677, %v679 fastmath<contract> : f32
          %v681 = llvm.load %v8 : !llvm.ptr -> f32
          %v682 = arith.mulf %v314, %v681 fastmath<contract> : f32
          %v683 = llvm.load %v6 : !llvm.ptr -> f32
          %v684 = arith.mulf %v324, %v683 fastmath<contract> : f32
          %v685 = arith.addf %v682, %v684 fastmath<contract> : f32
          llvm.store %v656, %v3 : f32, !llvm.ptr
          llvm.store %v661, %v5 : f32, !llvm.ptr
          llvm.store %v666, %v6 : f32, !llvm.ptr
          llvm.store %v675, %v4 : f32, !llvm.ptr
          llvm.store %v680, %v7 : f32, !llvm.ptr
          llvm.store %v685, %v8 : f32, !llvm.ptr
          %v686 = arith.addi %v40, %v68 : i64
          %v687 = arith.mulf %v330, %v205 fastmath<contract> : f32
          %v688 = arith.mulf %v335, %v211 fastmath<contract> : f32
          %v689 = arith.subf %v687, %v688 fastmath<contract> : f32
          %v690 = llvm.load %v3 : !llvm.ptr -> f32
          %v691 = arith.mulf %v314, %v690 fastmath<contract> : f32
          %v692 = arith.addf %v691, %v689 fastmath<contract> : f32
          %v693 = llvm.load %v4 : !llvm.ptr -> f32
          %v694 = arith.mulf %v341, %v693 fastmath<contract> : f32
          %v695 = arith.addf %v692, %v694 fastmath<contract> : f32
          %v696 = llvm.load %v5 : !llvm.ptr -> f32
          %v697 = arith.mulf %v314, %v696 fastmath<contract> : f32
          %v698 = llvm.load %v7 : !llvm.ptr -> f32
          %v699 = arith.mulf %v341, %v698 fastmath<contract> : f32
          %v700 = arith.addf %v697, %v699 fastmath<contract> : f32
          %v701 = llvm.load %v6 : !llvm.ptr -> f32
          %v702 = arith.mulf %v314, %v701 fastmath<contract> : f32
          %v703 = llvm.load %v8 : !llvm.ptr -> f32
          %v704 = arith.mulf %v341, %v703 fastmath<contract> : f32
          %v705 = arith.addf %v702, %v704 fastmath<contract> : f32
          %v706 = arith.mulf %v330, %v211 fastmath<contract> : f32
          %v707 = arith.mulf %v335, %v205 fastmath<contract> : f32
          %v708 = arith.addf %v706, %v707 fastmath<contract> : f32
          %v709 = llvm.load %v4 : !llvm.ptr -> f32
          %v710 = arith.mulf %v314, %v709 fastmath<contract> : f32
          %v711 = arith.addf %v710, %v708 fastmath<contract> : f32
          %v712 = llvm.load %v3 : !llvm.ptr -> f32
          %v713 = arith.mulf %v324, %v712 fastmath<contract> : f32
          %v714 = arith.addf %v711, %v713 fastmath<contract> : f32
          %v715 = llvm.load %v7 : !llvm.ptr -> f32
          %v716 = arith.mulf %v314, %v715 fastmath<contract> : f32
          %v717 = llvm.load %v5 : !llvm.ptr -> f32
          %v718 = arith.mulf %v324, %v717 fastmath<contract> : f32
          %v719 = arith.addf %v716, %v718 fastmath<contract> : f32
          %v720 = llvm.load %v8 : !llvm.ptr -> f32
          %v721 = arith.mulf %v314, %v720 fastmath<contract> : f32
          %v722 = llvm.load %v6 : !llvm.ptr -> f32
          %v723 = arith.mulf %v324, %v722 fastmath<contract> : f32
          %v724 = arith.addf %v721, %v723 fastmath<contract> : f32
          llvm.store %v695, %v3 : f32, !llvm.ptr
          llvm.store %v700, %v5 : f32, !llvm.ptr
          llvm.store %v705, %v6 : f32, !llvm.ptr
          llvm.store %v714, %v4 : f32, !llvm.ptr
          llvm.store %v719, %v7 : f32, !llvm.ptr
          llvm.store %v724, %v8 : f32, !llvm.ptr
          %v725 = arith.addi %v40, %v70 : i64
          %v726 = arith.mulf %v330, %v218 fastmath<contract> : f32
          %v727 = arith.mulf %v335, %v224 fastmath<contract> : f32
          %v728 = arith.subf %v726, %v727 fastmath<contract> : f32
          %v729 = llvm.load %v3 : !llvm.ptr -> f32
          %v730 = arith.mulf %v314, %v729 fastmath<contract> : f32
          %v731 = arith.addf %v730, %v728 fastmath<contract> : f32
          %v732 = llvm.load %v4 : !llvm.ptr -> f32
          %v733 = arith.mulf %v341, %v732 fastmath<contract> : f32
          %v734 = arith.addf %v731, %v733 fastmath<contract> : f32
          %v735 = llvm.load %v5 : !llvm.ptr -> f32
          %v736 = arith.mulf %v314, %v735 fastmath<contract> : f32
          %v737 = llvm.load %v7 : !llvm.ptr -> f32
          %v738 = arith.mulf %v341, %v737 fastmath<contract> : f32
          %v739 = arith.addf %v736, %v738 fastmath<contract> : f32
          %v740 = llvm.load %v6 : !llvm.ptr -> f32
          %v741 = arith.mulf %v314, %v740 fastmath<contract> : f32
          %v742 = llvm.load %v8 : !llvm.ptr -> f32
          %v743 = arith.mulf %v341, %v742 fastmath<contract> : f32
          %v744 = arith.addf %v741, %v743 fastmath<contract> : f32
          %v745 = arith.mulf %v330, %v224 fastmath<contract> : f32
          %v746 = arith.mulf %v335, %v218 fastmath<contract> : f32
          %v747 = arith.addf %v745, %v746 fastmath<contract> : f32
          %v748 = llvm.load %v4 : !llvm.ptr -> f32
          %v749 = arith.mulf %v314, %v748 fastmath<contract> : f32
          %v750 = arith.addf %v749, %v747 fastmath<contract> : f32
          %v751 = llvm.load %v3 : !llvm.ptr -> f32
          %v752 = arith.mulf %v324, %v751 fastmath<contract> : f32
          %v753 = arith.addf %v750, %v752 fastmath<contract> : f32
          %v754 = llvm.load %v7 : !llvm.ptr -> f32
          %v755 = arith.mulf %v314, %v754 fastmath<contract> : f32
          %v756 = llvm.load %v5 : !llvm.ptr -> f32
          %v757 = arith.mulf %v324, %v756 fastmath<contract> : f32
          %v758 = arith.addf %v755, %v757 fastmath<contract> : f32
          %v759 = llvm.load %v8 : !llvm.ptr -> f32
          %v760 = arith.mulf %v314, %v759 fastmath<contract> : f32
          %v761 = llvm.load %v6 : !llvm.ptr -> f32
          %v762 = arith.mulf %v324, %v761 fastmath<contract> : f32
          %v763 = arith.addf %v760, %v762 fastmath<contract> : f32
          llvm.store %v734, %v3 : f32, !llvm.ptr
          llvm.store %v739, %v5 : f32, !llvm.ptr
          llvm.store %v744, %v6 : f32, !llvm.ptr
          llvm.store %v753, %v4 : f32, !llvm.ptr
          llvm.store %v758, %v7 : f32, !llvm.ptr
          llvm.store %v763, %v8 : f32, !llvm.ptr
          %v764 = arith.addi %v40, %v72 : i64
          %v765 = arith.mulf %v330, %v231 fastmath<contract> : f32
          %v766 = arith.mulf %v335, %v237 fastmath<contract> : f32
          %v767 = arith.subf %v765, %v766 fastmath<contract> : f32
          %v768 = llvm.load %v3 : !llvm.ptr -> f32
          %v769 = arith.mulf %v314, %v768 fastmath<contract> : f32
          %v770 = arith.addf %v769, %v767 fastmath<contract> : f32
          %v771 = llvm.load %v4 : !llvm.ptr -> f32
          %v772 = arith.mulf %v341, %v771 fastmath<contract> : f32
          %v773 = arith.addf %v770, %v772 fastmath<contract> : f32
          %v774 = llvm.load %v5 : !llvm.ptr -> f32
          %v775 = arith.mulf %v314, %v774 fastmath<contract> : f32
          %v776 = llvm.load %v7 : !llvm.ptr -> f32
          %v777 = arith.mulf %v341, %v776 fastmath<contract> : f32
          %v778 = arith.addf %v775, %v777 fastmath<contract> : f32
          %v779 = llvm.load %v6 : !llvm.ptr -> f32
          %v780 = arith.mulf %v314, %v779 fastmath<contract> : f32
          %v781 = llvm.load %v8 : !llvm.ptr -> f32
          %v782 = arith.mulf %v341, %v781 fastmath<contract> : f32
          %v783 = arith.addf %v780, %v782 fastmath<contract> : f32
          %v784 = arith.mulf %v330, %v237 fastmath<contract> : f32
          %v785 = arith.mulf %v335, %v231 fastmath<contract> : f32
          %v786 = arith.addf %v784, %v785 fastmath<contract> : f32
          %v787 = llvm.load %v4 : !llvm.ptr -> f32
          %v788 = arith.mulf %v314, %v787 fastmath<contract> : f32
          %v789 = arith.addf %v788, %v786 fastmath<contract> : f32
          %v790 = llvm.load %v3 : !llvm.ptr -> f32
          %v791 = arith.mulf %v324, %v790 fastmath<contract> : f32
          %v792 = arith.addf %v789, %v791 fastmath<contract> : f32
          %v793 = llvm.load %v7 : !llvm.ptr -> f32
          %v794 = arith.mulf %v314, %v793 fastmath<contract> : f32
          %v795 = llvm.load %v5 : !llvm.ptr -> f32
          %v796 = arith.mulf %v324, %v795 fastmath<contract> : f32
          %v797 = arith.addf %v794, %v796 fastmath<contract> : f32
          %v798 = llvm.load %v8 : !llvm.ptr -> f32
          %v799 = arith.mulf %v314, %v798 fastmath<contract> : f32
          %v800 = llvm.load %v6 : !llvm.ptr -> f32
          %v801 = arith.mulf %v324, %v800 fastmath<contract> : f32
          %v802 = arith.addf %v799, %v801 fastmath<contract> : f32
          llvm.store %v773, %v3 : f32, !llvm.ptr
          llvm.store %v778, %v5 : f32, !llvm.ptr
          llvm.store %v783, %v6 : f32, !llvm.ptr
          llvm.store %v792, %v4 : f32, !llvm.ptr
          llvm.store %v797, %v7 : f32, !llvm.ptr
          llvm.store %v802, %v8 : f32, !llvm.ptr
          %v803 = arith.addi %v40, %v74 : i64
          %v804 = arith.mulf %v330, %v244 fastmath<contract> : f32
          %v805 = arith.mulf %v335, %v250 fastmath<contract> : f32
          %v806 = arith.subf %v804, %v805 fastmath<contract> : f32
          %v807 = llvm.load %v3 : !llvm.ptr -> f32
          %v808 = arith.mulf %v314, %v807 fastmath<contract> : f32
          %v809 = arith.addf %v808, %v806 fastmath<contract> : f32
          %v810 = llvm.load %v4 : !llvm.ptr -> f32
          %v811 = arith.mulf %v341, %v810 fastmath<contract> : f32
          %v812 = arith.addf %v809, %v811 fastmath<contract> : f32
          %v813 = llvm.load %v5 : !llvm.ptr -> f32
          %v814 = arith.mulf %v314, %v813 fastmath<contract> : f32
          %v815 = llvm.load %v7 : !llvm.ptr -> f32
          %v816 = arith.mulf %v341, %v815 fastmath<contract> : f32
          %v817 = arith.addf %v814, %v816 fastmath<contract> : f32
          %v818 = llvm.load %v6 : !llvm.ptr -> f32
          %v819 = arith.mulf %v314, %v818 fastmath<contract> : f32
          %v820 = llvm.load %v8 : !llvm.ptr -> f32
          %v821 = arith.mulf %v341, %v820 fastmath<contract> : f32
          %v822 = arith.addf %v819, %v821 fastmath<contract> : f32
          %v823 = arith.mulf %v330, %v250 fastmath<contract> : f32
          %v824 = arith.mulf %v335, %v244 fastmath<contract> : f32
          %v825 = arith.addf %v823, %v824 fastmath<contract> : f32
          %v826 = llvm.load %v4 : !llvm.ptr -> f32
          %v827 = arith.mulf %v314, %v826 fastmath<contract> : f32
          %v828 = arith.addf %v827, %v825 fastmath<contract> : f32
          %v829 = llvm.load %v3 : !llvm.ptr -> f32
          %v830 = arith.mulf %v324, %v829 fastmath<contract> : f32
          %v831 = arith.addf %v828, %v830 fastmath<contract> : f32
          %v832 = llvm.load %v7 : !llvm.ptr -> f32
          %v833 = arith.mulf %v314, %v832 fastmath<contract> : f32
          %v834 = llvm.load %v5 : !llvm.ptr -> f32
          %v835 = arith.mulf %v324, %v834 fastmath<contract> : f32
          %v836 = arith.addf %v833, %v835 fastmath<contract> : f32
          %v837 = llvm.load %v8 : !llvm.ptr -> f32
          %v838 = arith.mulf %v314, %v837 fastmath<contract> : f32
          %v839 = llvm.load %v6 : !llvm.ptr -> f32
          %v840 = arith.mulf %v324, %v839 fastmath<contract> : f32
          %v841 = arith.addf %v838, %v840 fastmath<contract> : f32
          llvm.store %v812, %v3 : f32, !llvm.ptr
          llvm.store %v817, %v5 : f32, !llvm.ptr
          llvm.store %v822, %v6 : f32, !llvm.ptr
          llvm.store %v831, %v4 : f32, !llvm.ptr
          llvm.store %v836, %v7 : f32, !llvm.ptr
          llvm.store %v841, %v8 : f32, !llvm.ptr
          %v842 = arith.addi %v40, %v76 : i64
          %v843 = arith.mulf %v330, %v257 fastmath<contract> : f32
          %v844 = arith.mulf %v335, %v263 fastmath<contract> : f32
          %v845 = arith.subf %v843, %v844 fastmath<contract> : f32
          %v846 = llvm.load %v3 : !llvm.ptr -> f32
          %v847 = arith.mulf %v314, %v846 fastmath<contract> : f32
          %v848 = arith.addf %v847, %v845 fastmath<contract> : f32
          %v849 = llvm.load %v4 : !llvm.ptr -> f32
          %v850 = arith.mulf %v341, %v849 fastmath<contract> : f32
          %v851 = arith.addf %v848, %v850 fastmath<contract> : f32
          %v852 = llvm.load %v5 : !llvm.ptr -> f32
          %v853 = arith.mulf %v314, %v852 fastmath<contract> : f32
          %v854 = llvm.load %v7 : !llvm.ptr -> f32
          %v855 = arith.mulf %v341, %v854 fastmath<contract> : f32
          %v856 = arith.addf %v853, %v855 fastmath<contract> : f32
          %v857 = llvm.load %v6 : !llvm.ptr -> f32
          %v858 = arith.mulf %v314, %v857 fastmath<contract> : f32
          %v859 = llvm.load %v8 : !llvm.ptr -> f32
          %v860 = arith.mulf %v341, %v859 fastmath<contract> : f32
          %v861 = arith.addf %v858, %v860 fastmath<contract> : f32
          %v862 = arith.mulf %v330, %v263 fastmath<contract> : f32
          %v863 = arith.mulf %v335, %v257 fastmath<contract> : f32
          %v864 = arith.addf %v862, %v863 fastmath<contract> : f32
          %v865 = llvm.load %v4 : !llvm.ptr -> f32
          %v866 = arith.mulf %v314, %v865 fastmath<contract> : f32
          %v867 = arith.addf %v866, %v864 fastmath<contract> : f32
          %v868 = llvm.load %v3 : !llvm.ptr -> f32
          %v869 = arith.mulf %v324, %v868 fastmath<contract> : f32
          %v870 = arith.addf %v867, %v869 fastmath<contract> : f32
          %v871 = llvm.load %v7 : !llvm.ptr -> f32
          %v872 = arith.mulf %v314, %v871 fastmath<contract> : f32
          %v873 = llvm.load %v5 : !llvm.ptr -> f32
          %v874 = arith.mulf %v324, %v873 fastmath<contract> : f32
          %v875 = arith.addf %v872, %v874 fastmath<contract> : f32
          %v876 = llvm.load %v8 : !llvm.ptr -> f32
          %v877 = arith.mulf %v314, %v876 fastmath<contract> : f32
          %v878 = llvm.load %v6 : !llvm.ptr -> f32
          %v879 = arith.mulf %v324, %v878 fastmath<contract> : f32
          %v880 = arith.addf %v877, %v879 fastmath<contract> : f32
          llvm.store %v851, %v3 : f32, !llvm.ptr
          llvm.store %v856, %v5 : f32, !llvm.ptr
          llvm.store %v861, %v6 : f32, !llvm.ptr
          llvm.store %v870, %v4 : f32, !llvm.ptr
          llvm.store %v875, %v7 : f32, !llvm.ptr
          llvm.store %v880, %v8 : f32, !llvm.ptr
          %v881 = arith.addi %v40, %v78 : i64
          %v882 = arith.mulf %v330, %v270 fastmath<contract> : f32
          %v883 = arith.mulf %v335, %v276 fastmath<contract> : f32
          %v884 = arith.subf %v882, %v883 fastmath<contract> : f32
          %v885 = llvm.load %v3 : !llvm.ptr -> f32
          %v886 = arith.mulf %v314, %v885 fastmath<contract> : f32
          %v887 = arith.addf %v886, %v884 fastmath<contract> : f32
          %v888 = llvm.load %v4 : !llvm.ptr -> f32
          %v889 = arith.mulf %v341, %v888 fastmath<contract> : f32
          %v890 = arith.addf %v887, %v889 fastmath<contract> : f32
          %v891 = llvm.load %v5 : !llvm.ptr -> f32
          %v892 = arith.mulf %v314, %v891 fastmath<contract> : f32
          %v893 = llvm.load %v7 : !llvm.ptr -> f32
          %v894 = arith.mulf %v341, %v893 fastmath<contract> : f32
          %v895 = arith.addf %v892, %v894 fastmath<contract> : f32
          %v896 = llvm.load %v6 : !llvm.ptr -> f32
          %v897 = arith.mulf %v314, %v896 fastmath<contract> : f32
          %v898 = llvm.load %v8 : !llvm.ptr -> f32
          %v899 = arith.mulf %v341, %v898 fastmath<contract> : f32
          %v900 = arith.addf %v897, %v899 fastmath<contract> : f32
          %v901 = arith.mulf %v330, %v276 fastmath<contract> : f32
          %v902 = arith.mulf %v335, %v270 fastmath<contract> : f32
          %v903 = arith.addf %v901, %v902 fastmath<contract> : f32
          %v904 = llvm.load %v4 : !llvm.ptr -> f32
          %v905 = arith.mulf %v314, %v904 fastmath<contract> : f32
          %v906 = arith.addf %v905, %v903 fastmath<contract> : f32
          %v907 = llvm.load %v3 : !llvm.ptr -> f32
          %v908 = arith.mulf %v324, %v907 fastmath<contract> : f32
          %v909 = arith.addf %v906, %v908 fastmath<contract> : f32
          %v910 = llvm.load %v7 : !llvm.ptr -> f32
          %v911 = arith.mulf %v314, %v910 fastmath<contract> : f32
          %v912 = llvm.load %v5 : !llvm.ptr -> f32
          %v913 = arith.mulf %v324, %v912 fastmath<contract> : f32
          %v914 = arith.addf %v911, %v913 fastmath<contract> : f32
          %v915 = llvm.load %v8 : !llvm.ptr -> f32
          %v916 = arith.mulf %v314, %v915 fastmath<contract> : f32
          %v917 = llvm.load %v6 : !llvm.ptr -> f32
          %v918 = arith.mulf %v324, %v917 fastmath<contract> : f32
          %v919 = arith.addf %v916, %v918 fastmath<contract> : f32
          llvm.store %v890, %v3 : f32, !llvm.ptr
          llvm.store %v895, %v5 : f32, !llvm.ptr
          llvm.store %v900, %v6 : f32, !llvm.ptr
          llvm.store %v909, %v4 : f32, !llvm.ptr
          llvm.store %v914, %v7 : f32, !llvm.ptr
          llvm.store %v919, %v8 : f32, !llvm.ptr
          %v920 = arith.addi %v40, %v80 : i64
          %v921 = arith.mulf %v330, %v283 fastmath<contract> : f32
          %v922 = arith.mulf %v335, %v289 fastmath<contract> : f32
          %v923 = arith.subf %v921, %v922 fastmath<contract> : f32
          %v924 = llvm.load %v3 : !llvm.ptr -> f32
          %v925 = arith.mulf %v314, %v924 fastmath<contract> : f32
          %v926 = arith.addf %v925, %v923 fastmath<contract> : f32
          %v927 = llvm.load %v4 : !llvm.ptr -> f32
          %v928 = arith.mulf %v341, %v927 fastmath<contract> : f32
          %v929 = arith.addf %v926, %v928 fastmath<contract> : f32
          %v930 = llvm.load %v5 : !llvm.ptr -> f32
          %v931 = arith.mulf %v314, %v930 fastmath<contract> : f32
          %v932 = llvm.load %v7 : !llvm.ptr -> f32
          %v933 = arith.mulf %v341, %v932 fastmath<contract> : f32
          %v934 = arith.addf %v931, %v933 fastmath<contract> : f32
          %v935 = llvm.load %v6 : !llvm.ptr -> f32
          %v936 = arith.mulf %v314, %v935 fastmath<contract> : f32
          %v937 = llvm.load %v8 : !llvm.ptr -> f32
          %v938 = arith.mulf %v341, %v937 fastmath<contract> : f32
          %v939 = arith.addf %v936, %v938 fastmath<contract> : f32
          %v940 = arith.mulf %v330, %v289 fastmath<contract> : f32
          %v941 = arith.mulf %v335, %v283 fastmath<contract> : f32
          %v942 = arith.addf %v940, %v941 fastmath<contract> : f32
          %v943 = llvm.load %v4 : !llvm.ptr -> f32
          %v944 = arith.mulf %v314, %v943 fastmath<contract> : f32
          %v945 = arith.addf %v944, %v942 fastmath<contract> : f32
          %v946 = llvm.load %v3 : !llvm.ptr -> f32
          %v947 = arith.mulf %v324, %v946 fastmath<contract> : f32
          %v948 = arith.addf %v945, %v947 fastmath<contract> : f32
          %v949 = llvm.load %v7 : !llvm.ptr -> f32
          %v950 = arith.mulf %v314, %v949 fastmath<contract> : f32
          %v951 = llvm.load %v5 : !llvm.ptr -> f32
          %v952 = arith.mulf %v324, %v951 fastmath<contract> : f32
          %v953 = arith.addf %v950, %v952 fastmath<contract> : f32
          %v954 = llvm.load %v8 : !llvm.ptr -> f32
          %v955 = arith.mulf %v314, %v954 fastmath<contract> : f32
          %v956 = llvm.load %v6 : !llvm.ptr -> f32
          %v957 = arith.mulf %v324, %v956 fastmath<contract> : f32
          %v958 = arith.addf %v955, %v957 fastmath<contract> : f32
          llvm.store %v929, %v3 : f32, !llvm.ptr
          llvm.store %v934, %v5 : f32, !llvm.ptr
          llvm.store %v939, %v6 : f32, !llvm.ptr
          llvm.store %v948, %v4 : f32, !llvm.ptr
          llvm.store %v953, %v7 : f32, !llvm.ptr
          llvm.store %v958, %v8 : f32, !llvm.ptr
        }
        %v959 = arith.muli %v45, %v44 : i64
        %v960 = arith.index_cast %v959 : i64 to index
        %v961 = arith.index_cast %v42 : i64 to index
        %v962 = arith.index_cast %v1 : i64 to index
        scf.for %v963 = %v960 to %v961 step %v962 {
          %v964 = arith.index_cast %v963 : index to i64
          %v965 = arith.addi %v40, %v964 : i64
          %v966 = arith.muli %v28, %v82 : i64
          %v967 = arith.muli %v965, %size_N : i64
          %v968 = arith.addi %v966, %v967 : i64
          %v969 = arith.addi %v968, %v26 : i64
          %v970 = llvm.getelementptr %in_bu_re[%v969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v971 = llvm.load %v970 : !llvm.ptr -> f32
          %v972 = arith.mulf %v330, %v971 fastmath<contract> : f32
          %v973 = arith.muli %v28, %v82 : i64
          %v974 = arith.muli %v965, %size_N : i64
          %v975 = arith.addi %v973, %v974 : i64
          %v976 = arith.addi %v975, %v26 : i64
          %v977 = llvm.getelementptr %in_bu_im[%v976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v978 = llvm.load %v977 : !llvm.ptr -> f32
          %v979 = arith.mulf %v335, %v978 fastmath<contract> : f32
          %v980 = arith.subf %v972, %v979 fastmath<contract> : f32
          %v981 = llvm.load %v3 : !llvm.ptr -> f32
          %v982 = arith.mulf %v314, %v981 fastmath<contract> : f32
          %v983 = arith.addf %v982, %v980 fastmath<contract> : f32
          %v984 = llvm.load %v4 : !llvm.ptr -> f32
          %v985 = arith.mulf %v341, %v984 fastmath<contract> : f32
          %v986 = arith.addf %v983, %v985 fastmath<contract> : f32
          %v987 = llvm.load %v5 : !llvm.ptr -> f32
          %v988 = arith.mulf %v314, %v987 fastmath<contract> : f32
          %v989 = llvm.load %v7 : !llvm.ptr -> f32
          %v990 = arith.mulf %v341, %v989 fastmath<contract> : f32
          %v991 = arith.addf %v988, %v990 fastmath<contract> : f32
          %v992 = llvm.load %v6 : !llvm.ptr -> f32
          %v993 = arith.mulf %v314, %v992 fastmath<contract> : f32
          %v994 = llvm.load %v8 : !llvm.ptr -> f32
          %v995 = arith.mulf %v341, %v994 fastmath<contract> : f32
          %v996 = arith.addf %v993, %v995 fastmath<contract> : f32
          %v997 = arith.mulf %v330, %v978 fastmath<contract> : f32
          %v998 = arith.mulf %v335, %v971 fastmath<contract> : f32
          %v999 = arith.addf %v997, %v998 fastmath<contract> : f32
          %v1000 = llvm.load %v4 : !llvm.ptr -> f32
          %v1001 = arith.mulf %v314, %v1000 fastmath<contract> : f32
          %v1002 = arith.addf %v1001, %v999 fastmath<contract> : f32
          %v1003 = llvm.load %v3 : !llvm.ptr -> f32
          %v1004 = arith.mulf %v324, %v1003 fastmath<contract> : f32
          %v1005 = arith.addf %v1002, %v1004 fastmath<contract> : f32
          %v1006 = llvm.load %v7 : !llvm.ptr -> f32
          %v1007 = arith.mulf %v314, %v1006 fastmath<contract> : f32
          %v1008 = llvm.load %v5 : !llvm.ptr -> f32
          %v1009 = arith.mulf %v324, %v1008 fastmath<contract> : f32
          %v1010 = arith.addf %v1007, %v1009 fastmath<contract> : f32
          %v1011 = llvm.load %v8 : !llvm.ptr -> f32
          %v1012 = arith.mulf %v314, %v1011 fastmath<contract> : f32
          %v1013 = llvm.load %v6 : !llvm.ptr -> f32
          %v1014 = arith.mulf %v324, %v1013 fastmath<contract> : f32
          %v1015 = arith.addf %v1012, %v1014 fastmath<contract> : f32
          llvm.store %v986, %v3 : f32, !llvm.ptr
          llvm.store %v991, %v5 : f32, !llvm.ptr
          llvm.store %v996, %v6 : f32, !llvm.ptr
          llvm.store %v1005, %v4 : f32, !llvm.ptr
          llvm.store %v1010, %v7 : f32, !llvm.ptr
          llvm.store %v1015, %v8 : f32, !llvm.ptr
        }
      }
      scf.if %v23 {
        %v1016 = arith.muli %v19, %v2 : i64
        %v1017 = arith.subi %v2, %v1 : i64
        %v1018 = arith.minsi %v22, %v1017 : i64
        %v1019 = arith.addi %v1016, %v1018 : i64
        %v1020 = arith.muli %v19, %v2 : i64
        %v1021 = arith.subi %v2, %v1 : i64
        %v1022 = arith.minsi %v22, %v1021 : i64
        %v1023 = arith.addi %v1020, %v1022 : i64
        %v1024 = arith.muli %v1023, %v53 : i64
        %v1025 = llvm.load %v5 : !llvm.ptr -> f32
        %v1026 = llvm.getelementptr %agga_x_re[%v1024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1025, %v1026 : f32, !llvm.ptr
        %v1027 = arith.muli %v19, %v2 : i64
        %v1028 = arith.subi %v2, %v1 : i64
        %v1029 = arith.minsi %v22, %v1028 : i64
        %v1030 = arith.addi %v1027, %v1029 : i64
        %v1031 = arith.muli %v1030, %v53 : i64
        %v1032 = arith.addi %v1031, %v1 : i64
        %v1033 = llvm.load %v6 : !llvm.ptr -> f32
        %v1034 = llvm.getelementptr %agga_x_re[%v1032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1033, %v1034 : f32, !llvm.ptr
        %v1035 = llvm.load %v3 : !llvm.ptr -> f32
        %v1036 = llvm.getelementptr %aggb_x_re[%v1019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1035, %v1036 : f32, !llvm.ptr
        %v1037 = arith.muli %v19, %v2 : i64
        %v1038 = arith.subi %v2, %v1 : i64
        %v1039 = arith.minsi %v22, %v1038 : i64
        %v1040 = arith.addi %v1037, %v1039 : i64
        %v1041 = arith.muli %v19, %v2 : i64
        %v1042 = arith.subi %v2, %v1 : i64
        %v1043 = arith.minsi %v22, %v1042 : i64
        %v1044 = arith.addi %v1041, %v1043 : i64
        %v1045 = arith.muli %v1044, %v53 : i64
        %v1046 = llvm.load %v7 : !llvm.ptr -> f32
        %v1047 = llvm.getelementptr %agga_x_im[%v1045] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1046, %v1047 : f32, !llvm.ptr
        %v1048 = arith.muli %v19, %v2 : i64
        %v1049 = arith.subi %v2, %v1 : i64
        %v1050 = arith.minsi %v22, %v1049 : i64
        %v1051 = arith.addi %v1048, %v1050 : i64
        %v1052 = arith.muli %v1051, %v53 : i64
        %v1053 = arith.addi %v1052, %v1 : i64
        %v1054 = llvm.load %v8 : !llvm.ptr -> f32
        %v1055 = llvm.getelementptr %agga_x_im[%v1053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1054, %v1055 : f32, !llvm.ptr
        %v1056 = llvm.load %v4 : !llvm.ptr -> f32
        %v1057 = llvm.getelementptr %aggb_x_im[%v1040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1056, %v1057 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
