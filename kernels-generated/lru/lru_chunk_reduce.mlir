module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @lru_chunk_reduce(%in_nu_log: !llvm.ptr, %in_theta_log: !llvm.ptr, %in_sum0: !llvm.ptr, %in_sum1: !llvm.ptr, %agga_x_re: !llvm.ptr, %aggb_x_re: !llvm.ptr, %agga_x_im: !llvm.ptr, %aggb_x_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v293 = arith.constant 0x3FB8AA3B : f32
      %v303 = arith.constant 0x3E22F983 : f32
      %v306 = arith.constant 0x40C90000 : f32
      %v307 = arith.constant 0x3AFDAA22 : f32
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
      %v291 = llvm.getelementptr %in_nu_log[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v292 = llvm.load %v291 : !llvm.ptr -> f32
      %v294 = arith.mulf %v292, %v293 fastmath<contract> : f32
      %v295 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v294) : (f32) -> f32
      %v296 = arith.negf %v295 : f32
      %v297 = arith.mulf %v296, %v293 fastmath<contract> : f32
      %v298 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v297) : (f32) -> f32
      %v299 = llvm.getelementptr %in_theta_log[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v300 = llvm.load %v299 : !llvm.ptr -> f32
      %v301 = arith.mulf %v300, %v293 fastmath<contract> : f32
      %v302 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v301) : (f32) -> f32
      %v304 = arith.mulf %v302, %v303 fastmath<contract> : f32
      %v305 = llvm.call_intrinsic "llvm.roundeven.f32"(%v304) : (f32) -> f32
      %v308 = arith.mulf %v305, %v306 fastmath<contract> : f32
      %v309 = arith.subf %v302, %v308 fastmath<contract> : f32
      %v310 = arith.mulf %v305, %v307 fastmath<contract> : f32
      %v311 = arith.subf %v309, %v310 fastmath<contract> : f32
      %v312 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v311) : (f32) -> f32
      %v313 = arith.mulf %v298, %v312 fastmath<contract> : f32
      %v314 = arith.mulf %v313, %v313 fastmath<contract> : f32
      %v315 = arith.mulf %v302, %v303 fastmath<contract> : f32
      %v316 = llvm.call_intrinsic "llvm.roundeven.f32"(%v315) : (f32) -> f32
      %v317 = arith.mulf %v316, %v306 fastmath<contract> : f32
      %v318 = arith.subf %v302, %v317 fastmath<contract> : f32
      %v319 = arith.mulf %v316, %v307 fastmath<contract> : f32
      %v320 = arith.subf %v318, %v319 fastmath<contract> : f32
      %v321 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v320) : (f32) -> f32
      %v322 = arith.mulf %v298, %v321 fastmath<contract> : f32
      %v323 = arith.mulf %v322, %v322 fastmath<contract> : f32
      %v324 = arith.addf %v314, %v323 fastmath<contract> : f32
      %v325 = llvm.call_intrinsic "llvm.sqrt.f32"(%v324) : (f32) -> f32
      %v326 = arith.mulf %v325, %v325 fastmath<contract> : f32
      %v327 = arith.subf %v31, %v326 fastmath<contract> : f32
      %v328 = llvm.call_intrinsic "llvm.sqrt.f32"(%v327) : (f32) -> f32
      %v333 = arith.negf %v322 : f32
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
          %v87 = llvm.getelementptr %in_sum0[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v88 = llvm.load %v87 : !llvm.ptr -> f32
          %v89 = arith.muli %v28, %v82 : i64
          %v90 = arith.muli %v81, %size_N : i64
          %v91 = arith.addi %v89, %v90 : i64
          %v92 = arith.addi %v91, %v26 : i64
          %v93 = llvm.getelementptr %in_sum1[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v94 = llvm.load %v93 : !llvm.ptr -> f32
          %v95 = arith.addi %v40, %v52 : i64
          %v96 = arith.muli %v28, %v82 : i64
          %v97 = arith.muli %v95, %size_N : i64
          %v98 = arith.addi %v96, %v97 : i64
          %v99 = arith.addi %v98, %v26 : i64
          %v100 = llvm.getelementptr %in_sum0[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v101 = llvm.load %v100 : !llvm.ptr -> f32
          %v102 = arith.muli %v28, %v82 : i64
          %v103 = arith.muli %v95, %size_N : i64
          %v104 = arith.addi %v102, %v103 : i64
          %v105 = arith.addi %v104, %v26 : i64
          %v106 = llvm.getelementptr %in_sum1[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v107 = llvm.load %v106 : !llvm.ptr -> f32
          %v108 = arith.addi %v40, %v54 : i64
          %v109 = arith.muli %v28, %v82 : i64
          %v110 = arith.muli %v108, %size_N : i64
          %v111 = arith.addi %v109, %v110 : i64
          %v112 = arith.addi %v111, %v26 : i64
          %v113 = llvm.getelementptr %in_sum0[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v114 = llvm.load %v113 : !llvm.ptr -> f32
          %v115 = arith.muli %v28, %v82 : i64
          %v116 = arith.muli %v108, %size_N : i64
          %v117 = arith.addi %v115, %v116 : i64
          %v118 = arith.addi %v117, %v26 : i64
          %v119 = llvm.getelementptr %in_sum1[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v120 = llvm.load %v119 : !llvm.ptr -> f32
          %v121 = arith.addi %v40, %v56 : i64
          %v122 = arith.muli %v28, %v82 : i64
          %v123 = arith.muli %v121, %size_N : i64
          %v124 = arith.addi %v122, %v123 : i64
          %v125 = arith.addi %v124, %v26 : i64
          %v126 = llvm.getelementptr %in_sum0[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v127 = llvm.load %v126 : !llvm.ptr -> f32
          %v128 = arith.muli %v28, %v82 : i64
          %v129 = arith.muli %v121, %size_N : i64
          %v130 = arith.addi %v128, %v129 : i64
          %v131 = arith.addi %v130, %v26 : i64
          %v132 = llvm.getelementptr %in_sum1[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v133 = llvm.load %v132 : !llvm.ptr -> f32
          %v134 = arith.addi %v40, %v58 : i64
          %v135 = arith.muli %v28, %v82 : i64
          %v136 = arith.muli %v134, %size_N : i64
          %v137 = arith.addi %v135, %v136 : i64
          %v138 = arith.addi %v137, %v26 : i64
          %v139 = llvm.getelementptr %in_sum0[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v140 = llvm.load %v139 : !llvm.ptr -> f32
          %v141 = arith.muli %v28, %v82 : i64
          %v142 = arith.muli %v134, %size_N : i64
          %v143 = arith.addi %v141, %v142 : i64
          %v144 = arith.addi %v143, %v26 : i64
          %v145 = llvm.getelementptr %in_sum1[%v144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v146 = llvm.load %v145 : !llvm.ptr -> f32
          %v147 = arith.addi %v40, %v60 : i64
          %v148 = arith.muli %v28, %v82 : i64
          %v149 = arith.muli %v147, %size_N : i64
          %v150 = arith.addi %v148, %v149 : i64
          %v151 = arith.addi %v150, %v26 : i64
          %v152 = llvm.getelementptr %in_sum0[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v153 = llvm.load %v152 : !llvm.ptr -> f32
          %v154 = arith.muli %v28, %v82 : i64
          %v155 = arith.muli %v147, %size_N : i64
          %v156 = arith.addi %v154, %v155 : i64
          %v157 = arith.addi %v156, %v26 : i64
          %v158 = llvm.getelementptr %in_sum1[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v159 = llvm.load %v158 : !llvm.ptr -> f32
          %v160 = arith.addi %v40, %v62 : i64
          %v161 = arith.muli %v28, %v82 : i64
          %v162 = arith.muli %v160, %size_N : i64
          %v163 = arith.addi %v161, %v162 : i64
          %v164 = arith.addi %v163, %v26 : i64
          %v165 = llvm.getelementptr %in_sum0[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v166 = llvm.load %v165 : !llvm.ptr -> f32
          %v167 = arith.muli %v28, %v82 : i64
          %v168 = arith.muli %v160, %size_N : i64
          %v169 = arith.addi %v167, %v168 : i64
          %v170 = arith.addi %v169, %v26 : i64
          %v171 = llvm.getelementptr %in_sum1[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v172 = llvm.load %v171 : !llvm.ptr -> f32
          %v173 = arith.addi %v40, %v64 : i64
          %v174 = arith.muli %v28, %v82 : i64
          %v175 = arith.muli %v173, %size_N : i64
          %v176 = arith.addi %v174, %v175 : i64
          %v177 = arith.addi %v176, %v26 : i64
          %v178 = llvm.getelementptr %in_sum0[%v177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v179 = llvm.load %v178 : !llvm.ptr -> f32
          %v180 = arith.muli %v28, %v82 : i64
          %v181 = arith.muli %v173, %size_N : i64
          %v182 = arith.addi %v180, %v181 : i64
          %v183 = arith.addi %v182, %v26 : i64
          %v184 = llvm.getelementptr %in_sum1[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v185 = llvm.load %v184 : !llvm.ptr -> f32
          %v186 = arith.addi %v40, %v66 : i64
          %v187 = arith.muli %v28, %v82 : i64
          %v188 = arith.muli %v186, %size_N : i64
          %v189 = arith.addi %v187, %v188 : i64
          %v190 = arith.addi %v189, %v26 : i64
          %v191 = llvm.getelementptr %in_sum0[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v192 = llvm.load %v191 : !llvm.ptr -> f32
          %v193 = arith.muli %v28, %v82 : i64
          %v194 = arith.muli %v186, %size_N : i64
          %v195 = arith.addi %v193, %v194 : i64
          %v196 = arith.addi %v195, %v26 : i64
          %v197 = llvm.getelementptr %in_sum1[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v198 = llvm.load %v197 : !llvm.ptr -> f32
          %v199 = arith.addi %v40, %v68 : i64
          %v200 = arith.muli %v28, %v82 : i64
          %v201 = arith.muli %v199, %size_N : i64
          %v202 = arith.addi %v200, %v201 : i64
          %v203 = arith.addi %v202, %v26 : i64
          %v204 = llvm.getelementptr %in_sum0[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v205 = llvm.load %v204 : !llvm.ptr -> f32
          %v206 = arith.muli %v28, %v82 : i64
          %v207 = arith.muli %v199, %size_N : i64
          %v208 = arith.addi %v206, %v207 : i64
          %v209 = arith.addi %v208, %v26 : i64
          %v210 = llvm.getelementptr %in_sum1[%v209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v211 = llvm.load %v210 : !llvm.ptr -> f32
          %v212 = arith.addi %v40, %v70 : i64
          %v213 = arith.muli %v28, %v82 : i64
          %v214 = arith.muli %v212, %size_N : i64
          %v215 = arith.addi %v213, %v214 : i64
          %v216 = arith.addi %v215, %v26 : i64
          %v217 = llvm.getelementptr %in_sum0[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v218 = llvm.load %v217 : !llvm.ptr -> f32
          %v219 = arith.muli %v28, %v82 : i64
          %v220 = arith.muli %v212, %size_N : i64
          %v221 = arith.addi %v219, %v220 : i64
          %v222 = arith.addi %v221, %v26 : i64
          %v223 = llvm.getelementptr %in_sum1[%v222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v224 = llvm.load %v223 : !llvm.ptr -> f32
          %v225 = arith.addi %v40, %v72 : i64
          %v226 = arith.muli %v28, %v82 : i64
          %v227 = arith.muli %v225, %size_N : i64
          %v228 = arith.addi %v226, %v227 : i64
          %v229 = arith.addi %v228, %v26 : i64
          %v230 = llvm.getelementptr %in_sum0[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v231 = llvm.load %v230 : !llvm.ptr -> f32
          %v232 = arith.muli %v28, %v82 : i64
          %v233 = arith.muli %v225, %size_N : i64
          %v234 = arith.addi %v232, %v233 : i64
          %v235 = arith.addi %v234, %v26 : i64
          %v236 = llvm.getelementptr %in_sum1[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v237 = llvm.load %v236 : !llvm.ptr -> f32
          %v238 = arith.addi %v40, %v74 : i64
          %v239 = arith.muli %v28, %v82 : i64
          %v240 = arith.muli %v238, %size_N : i64
          %v241 = arith.addi %v239, %v240 : i64
          %v242 = arith.addi %v241, %v26 : i64
          %v243 = llvm.getelementptr %in_sum0[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v244 = llvm.load %v243 : !llvm.ptr -> f32
          %v245 = arith.muli %v28, %v82 : i64
          %v246 = arith.muli %v238, %size_N : i64
          %v247 = arith.addi %v245, %v246 : i64
          %v248 = arith.addi %v247, %v26 : i64
          %v249 = llvm.getelementptr %in_sum1[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v250 = llvm.load %v249 : !llvm.ptr -> f32
          %v251 = arith.addi %v40, %v76 : i64
          %v252 = arith.muli %v28, %v82 : i64
          %v253 = arith.muli %v251, %size_N : i64
          %v254 = arith.addi %v252, %v253 : i64
          %v255 = arith.addi %v254, %v26 : i64
          %v256 = llvm.getelementptr %in_sum0[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v257 = llvm.load %v256 : !llvm.ptr -> f32
          %v258 = arith.muli %v28, %v82 : i64
          %v259 = arith.muli %v251, %size_N : i64
          %v260 = arith.addi %v258, %v259 : i64
          %v261 = arith.addi %v260, %v26 : i64
          %v262 = llvm.getelementptr %in_sum1[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v263 = llvm.load %v262 : !llvm.ptr -> f32
          %v264 = arith.addi %v40, %v78 : i64
          %v265 = arith.muli %v28, %v82 : i64
          %v266 = arith.muli %v264, %size_N : i64
          %v267 = arith.addi %v265, %v266 : i64
          %v268 = arith.addi %v267, %v26 : i64
          %v269 = llvm.getelementptr %in_sum0[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v270 = llvm.load %v269 : !llvm.ptr -> f32
          %v271 = arith.muli %v28, %v82 : i64
          %v272 = arith.muli %v264, %size_N : i64
          %v273 = arith.addi %v271, %v272 : i64
          %v274 = arith.addi %v273, %v26 : i64
          %v275 = llvm.getelementptr %in_sum1[%v274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v276 = llvm.load %v275 : !llvm.ptr -> f32
          %v277 = arith.addi %v40, %v80 : i64
          %v278 = arith.muli %v28, %v82 : i64
          %v279 = arith.muli %v277, %size_N : i64
          %v280 = arith.addi %v278, %v279 : i64
          %v281 = arith.addi %v280, %v26 : i64
          %v282 = llvm.getelementptr %in_sum0[%v281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v283 = llvm.load %v282 : !llvm.ptr -> f32
          %v284 = arith.muli %v28, %v82 : i64
          %v285 = arith.muli %v277, %size_N : i64
          %v286 = arith.addi %v284, %v285 : i64
          %v287 = arith.addi %v286, %v26 : i64
          %v288 = llvm.getelementptr %in_sum1[%v287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v289 = llvm.load %v288 : !llvm.ptr -> f32
          %v290 = arith.addi %v40, %v51 : i64
          %v329 = arith.mulf %v328, %v88 fastmath<contract> : f32
          %v330 = llvm.load %v3 : !llvm.ptr -> f32
          %v331 = arith.mulf %v313, %v330 fastmath<contract> : f32
          %v332 = arith.addf %v331, %v329 fastmath<contract> : f32
          %v334 = llvm.load %v4 : !llvm.ptr -> f32
          %v335 = arith.mulf %v333, %v334 fastmath<contract> : f32
          %v336 = arith.addf %v332, %v335 fastmath<contract> : f32
          %v337 = llvm.load %v5 : !llvm.ptr -> f32
          %v338 = arith.mulf %v313, %v337 fastmath<contract> : f32
          %v339 = llvm.load %v7 : !llvm.ptr -> f32
          %v340 = arith.mulf %v333, %v339 fastmath<contract> : f32
          %v341 = arith.addf %v338, %v340 fastmath<contract> : f32
          %v342 = llvm.load %v6 : !llvm.ptr -> f32
          %v343 = arith.mulf %v313, %v342 fastmath<contract> : f32
          %v344 = llvm.load %v8 : !llvm.ptr -> f32
          %v345 = arith.mulf %v333, %v344 fastmath<contract> : f32
          %v346 = arith.addf %v343, %v345 fastmath<contract> : f32
          %v347 = arith.mulf %v328, %v94 fastmath<contract> : f32
          %v348 = llvm.load %v4 : !llvm.ptr -> f32
          %v349 = arith.mulf %v313, %v348 fastmath<contract> : f32
          %v350 = arith.addf %v349, %v347 fastmath<contract> : f32
          %v351 = llvm.load %v3 : !llvm.ptr -> f32
          %v352 = arith.mulf %v322, %v351 fastmath<contract> : f32
          %v353 = arith.addf %v350, %v352 fastmath<contract> : f32
          %v354 = llvm.load %v7 : !llvm.ptr -> f32
          %v355 = arith.mulf %v313, %v354 fastmath<contract> : f32
          %v356 = llvm.load %v5 : !llvm.ptr -> f32
          %v357 = arith.mulf %v322, %v356 fastmath<contract> : f32
          %v358 = arith.addf %v355, %v357 fastmath<contract> : f32
          %v359 = llvm.load %v8 : !llvm.ptr -> f32
          %v360 = arith.mulf %v313, %v359 fastmath<contract> : f32
          %v361 = llvm.load %v6 : !llvm.ptr -> f32
          %v362 = arith.mulf %v322, %v361 fastmath<contract> : f32
          %v363 = arith.addf %v360, %v362 fastmath<contract> : f32
          llvm.store %v336, %v3 : f32, !llvm.ptr
          llvm.store %v341, %v5 : f32, !llvm.ptr
          llvm.store %v346, %v6 : f32, !llvm.ptr
          llvm.store %v353, %v4 : f32, !llvm.ptr
          llvm.store %v358, %v7 : f32, !llvm.ptr
          llvm.store %v363, %v8 : f32, !llvm.ptr
          %v364 = arith.addi %v40, %v52 : i64
          %v365 = arith.mulf %v328, %v101 fastmath<contract> : f32
          %v366 = llvm.load %v3 : !llvm.ptr -> f32
          %v367 = arith.mulf %v313, %v366 fastmath<contract> : f32
          %v368 = arith.addf %v367, %v365 fastmath<contract> : f32
          %v369 = llvm.load %v4 : !llvm.ptr -> f32
          %v370 = arith.mulf %v333, %v369 fastmath<contract> : f32
          %v371 = arith.addf %v368, %v370 fastmath<contract> : f32
          %v372 = llvm.load %v5 : !llvm.ptr -> f32
          %v373 = arith.mulf %v313, %v372 fastmath<contract> : f32
          %v374 = llvm.load %v7 : !llvm.ptr -> f32
          %v375 = arith.mulf %v333, %v374 fastmath<contract> : f32
          %v376 = arith.addf %v373, %v375 fastmath<contract> : f32
          %v377 = llvm.load %v6 : !llvm.ptr -> f32
          %v378 = arith.mulf %v313, %v377 fastmath<contract> : f32
          %v379 = llvm.load %v8 : !llvm.ptr -> f32
          %v380 = arith.mulf %v333, %v379 fastmath<contract> : f32
          %v381 = arith.addf %v378, %v380 fastmath<contract> : f32
          %v382 = arith.mulf %v328, %v107 fastmath<contract> : f32
          %v383 = llvm.load %v4 : !llvm.ptr -> f32
          %v384 = arith.mulf %v313, %v383 fastmath<contract> : f32
          %v385 = arith.addf %v384, %v382 fastmath<contract> : f32
          %v386 = llvm.load %v3 : !llvm.ptr -> f32
          %v387 = arith.mulf %v322, %v386 fastmath<contract> : f32
          %v388 = arith.addf %v385, %v387 fastmath<contract> : f32
          %v389 = llvm.load %v7 : !llvm.ptr -> f32
          %v390 = arith.mulf %v313, %v389 fastmath<contract> : f32
          %v391 = llvm.load %v5 : !llvm.ptr -> f32
          %v392 = arith.mulf %v322, %v391 fastmath<contract> : f32
          %v393 = arith.addf %v390, %v392 fastmath<contract> : f32
          %v394 = llvm.load %v8 : !llvm.ptr -> f32
          %v395 = arith.mulf %v313, %v394 fastmath<contract> : f32
          %v396 = llvm.load %v6 : !llvm.ptr -> f32
          %v397 = arith.mulf %v322, %v396 fastmath<contract> : f32
          %v398 = arith.addf %v395, %v397 fastmath<contract> : f32
          llvm.store %v371, %v3 : f32, !llvm.ptr
          llvm.store %v376, %v5 : f32, !llvm.ptr
          llvm.store %v381, %v6 : f32, !llvm.ptr
          llvm.store %v388, %v4 : f32, !llvm.ptr
          llvm.store %v393, %v7 : f32, !llvm.ptr
          llvm.store %v398, %v8 : f32, !llvm.ptr
          %v399 = arith.addi %v40, %v54 : i64
          %v400 = arith.mulf %v328, %v114 fastmath<contract> : f32
          %v401 = llvm.load %v3 : !llvm.ptr -> f32
          %v402 = arith.mulf %v313, %v401 fastmath<contract> : f32
          %v403 = arith.addf %v402, %v400 fastmath<contract> : f32
          %v404 = llvm.load %v4 : !llvm.ptr -> f32
          %v405 = arith.mulf %v333, %v404 fastmath<contract> : f32
          %v406 = arith.addf %v403, %v405 fastmath<contract> : f32
          %v407 = llvm.load %v5 : !llvm.ptr -> f32
          %v408 = arith.mulf %v313, %v407 fastmath<contract> : f32
          %v409 = llvm.load %v7 : !llvm.ptr -> f32
          %v410 = arith.mulf %v333, %v409 fastmath<contract> : f32
          %v411 = arith.addf %v408, %v410 fastmath<contract> : f32
          %v412 = llvm.load %v6 : !llvm.ptr -> f32
          %v413 = arith.mulf %v313, %v412 fastmath<contract> : f32
          %v414 = llvm.load %v8 : !llvm.ptr -> f32
          %v415 = arith.mulf %v333, %v414 fastmath<contract> : f32
          %v416 = arith.addf %v413, %v415 fastmath<contract> : f32
          %v417 = arith.mulf %v328, %v120 fastmath<contract> : f32
          %v418 = llvm.load %v4 : !llvm.ptr -> f32
          %v419 = arith.mulf %v313, %v418 fastmath<contract> : f32
          %v420 = arith.addf %v419, %v417 fastmath<contract> : f32
          %v421 = llvm.load %v3 : !llvm.ptr -> f32
          %v422 = arith.mulf %v322, %v421 fastmath<contract> : f32
          %v423 = arith.addf %v420, %v422 fastmath<contract> : f32
          %v424 = llvm.load %v7 : !llvm.ptr -> f32
          %v425 = arith.mulf %v313, %v424 fastmath<contract> : f32
          %v426 = llvm.load %v5 : !llvm.ptr -> f32
          %v427 = arith.mulf %v322, %v426 fastmath<contract> : f32
          %v428 = arith.addf %v425, %v427 fastmath<contract> : f32
          %v429 = llvm.load %v8 : !llvm.ptr -> f32
          %v430 = arith.mulf %v313, %v429 fastmath<contract> : f32
          %v431 = llvm.load %v6 : !llvm.ptr -> f32
          %v432 = arith.mulf %v322, %v431 fastmath<contract> : f32
          %v433 = arith.addf %v430, %v432 fastmath<contract> : f32
          llvm.store %v406, %v3 : f32, !llvm.ptr
          llvm.store %v411, %v5 : f32, !llvm.ptr
          llvm.store %v416, %v6 : f32, !llvm.ptr
          llvm.store %v423, %v4 : f32, !llvm.ptr
          llvm.store %v428, %v7 : f32, !llvm.ptr
          llvm.store %v433, %v8 : f32, !llvm.ptr
          %v434 = arith.addi %v40, %v56 : i64
          %v435 = arith.mulf %v328, %v127 fastmath<contract> : f32
          %v436 = llvm.load %v3 : !llvm.ptr -> f32
          %v437 = arith.mulf %v313, %v436 fastmath<contract> : f32
          %v438 = arith.addf %v437, %v435 fastmath<contract> : f32
          %v439 = llvm.load %v4 : !llvm.ptr -> f32
          %v440 = arith.mulf %v333, %v439 fastmath<contract> : f32
          %v441 = arith.addf %v438, %v440 fastmath<contract> : f32
          %v442 = llvm.load %v5 : !llvm.ptr -> f32
          %v443 = arith.mulf %v313, %v442 fastmath<contract> : f32
          %v444 = llvm.load %v7 : !llvm.ptr -> f32
          %v445 = arith.mulf %v333, %v444 fastmath<contract> : f32
          %v446 = arith.addf %v443, %v445 fastmath<contract> : f32
          %v447 = llvm.load %v6 : !llvm.ptr -> f32
          %v448 = arith.mulf %v313, %v447 fastmath<contract> : f32
          %v449 = llvm.load %v8 : !llvm.ptr -> f32
          %v450 = arith.mulf %v333, %v449 fastmath<contract> : f32
          %v451 = arith.addf %v448, %v450 fastmath<contract> : f32
          %v452 = arith.mulf %v328, %v133 fastmath<contract> : f32
          %v453 = llvm.load %v4 : !llvm.ptr -> f32
          %v454 = arith.mulf %v313, %v453 fastmath<contract> : f32
          %v455 = arith.addf %v454, %v452 fastmath<contract> : f32
          %v456 = llvm.load %v3 : !llvm.ptr -> f32
          %v457 = arith.mulf %v322, %v456 fastmath<contract> : f32
          %v458 = arith.addf %v455, %v457 fastmath<contract> : f32
          %v459 = llvm.load %v7 : !llvm.ptr -> f32
          %v460 = arith.mulf %v313, %v459 fastmath<contract> : f32
          %v461 = llvm.load %v5 : !llvm.ptr -> f32
          %v462 = arith.mulf %v322, %v461 fastmath<contract> : f32
          %v463 = arith.addf %v460, %v462 fastmath<contract> : f32
          %v464 = llvm.load %v8 : !llvm.ptr -> f32
          %v465 = arith.mulf %v313, %v464 fastmath<contract> : f32
          %v466 = llvm.load %v6 : !llvm.ptr -> f32
          %v467 = arith.mulf %v322, %v466 fastmath<contract> : f32
          %v468 = arith.addf %v465, %v467 fastmath<contract> : f32
          llvm.store %v441, %v3 : f32, !llvm.ptr
          llvm.store %v446, %v5 : f32, !llvm.ptr
          llvm.store %v451, %v6 : f32, !llvm.ptr
          llvm.store %v458, %v4 : f32, !llvm.ptr
          llvm.store %v463, %v7 : f32, !llvm.ptr
          llvm.store %v468, %v8 : f32, !llvm.ptr
          %v469 = arith.addi %v40, %v58 : i64
          %v470 = arith.mulf %v328, %v140 fastmath<contract> : f32
          %v471 = llvm.load %v3 : !llvm.ptr -> f32
          %v472 = arith.mulf %v313, %v471 fastmath<contract> : f32
          %v473 = arith.addf %v472, %v470 fastmath<contract> : f32
          %v474 = llvm.load %v4 : !llvm.ptr -> f32
          %v475 = arith.mulf %v333, %v474 fastmath<contract> : f32
          %v476 = arith.addf %v473, %v475 fastmath<contract> : f32
          %v477 = llvm.load %v5 : !llvm.ptr -> f32
          %v478 = arith.mulf %v313, %v477 fastmath<contract> : f32
          %v479 = llvm.load %v7 : !llvm.ptr -> f32
          %v480 = arith.mulf %v333, %v479 fastmath<contract> : f32
          %v481 = arith.addf %v478, %v480 fastmath<contract> : f32
          %v482 = llvm.load %v6 : !llvm.ptr -> f32
          %v483 = arith.mulf %v313, %v482 fastmath<contract> : f32
          %v484 = llvm.load %v8 : !llvm.ptr -> f32
          %v485 = arith.mulf %v333, %v484 fastmath<contract> : f32
          %v486 = arith.addf %v483, %v485 fastmath<contract> : f32
          %v487 = arith.mulf %v328, %v146 fastmath<contract> : f32
          %v488 = llvm.load %v4 : !llvm.ptr -> f32
          %v489 = arith.mulf %v313, %v488 fastmath<contract> : f32
          %v490 = arith.addf %v489, %v487 fastmath<contract> : f32
          %v491 = llvm.load %v3 : !llvm.ptr -> f32
          %v492 = arith.mulf %v322, %v491 fastmath<contract> : f32
          %v493 = arith.addf %v490, %v492 fastmath<contract> : f32
          %v494 = llvm.load %v7 : !llvm.ptr -> f32
          %v495 = arith.mulf %v313, %v494 fastmath<contract> : f32
          %v496 = llvm.load %v5 : !llvm.ptr -> f32
          %v497 = arith.mulf %v322, %v496 fastmath<contract> : f32
          %v498 = arith.addf %v495, %v497 fastmath<contract> : f32
          %v499 = llvm.load %v8 : !llvm.ptr -> f32
          %v500 = arith.mulf %v313, %v499 fastmath<contract> : f32
          %v501 = llvm.load %v6 : !llvm.ptr -> f32
          %v502 = arith.mulf %v322, %v501 fastmath<contract> : f32
          %v503 = arith.addf %v500, %v502 fastmath<contract> : f32
          llvm.store %v476, %v3 : f32, !llvm.ptr
          llvm.store %v481, %v5 : f32, !llvm.ptr
          llvm.store %v486, %v6 : f32, !llvm.ptr
          llvm.store %v493, %v4 : f32, !llvm.ptr
          llvm.store %v498, %v7 : f32, !llvm.ptr
          llvm.store %v503, %v8 : f32, !llvm.ptr
          %v504 = arith.addi %v40, %v60 : i64
          %v505 = arith.mulf %v328, %v153 fastmath<contract> : f32
          %v506 = llvm.load %v3 : !llvm.ptr -> f32
          %v507 = arith.mulf %v313, %v506 fastmath<contract> : f32
          %v508 = arith.addf %v507, %v505 fastmath<contract> : f32
          %v509 = llvm.load %v4 : !llvm.ptr -> f32
          %v510 = arith.mulf %v333, %v509 fastmath<contract> : f32
          %v511 = arith.addf %v508, %v510 fastmath<contract> : f32
          %v512 = llvm.load %v5 : !llvm.ptr -> f32
          %v513 = arith.mulf %v313, %v512 fastmath<contract> : f32
          %v514 = llvm.load %v7 : !llvm.ptr -> f32
          %v515 = arith.mulf %v333, %v514 fastmath<contract> : f32
          %v516 = arith.addf %v513, %v515 fastmath<contract> : f32
          %v517 = llvm.load %v6 : !llvm.ptr -> f32
          %v518 = arith.mulf %v313, %v517 fastmath<contract> : f32
          %v519 = llvm.load %v8 : !llvm.ptr -> f32
          %v520 = arith.mulf %v333, %v519 fastmath<contract> : f32
          %v521 = arith.addf %v518, %v520 fastmath<contract> : f32
          %v522 = arith.mulf %v328, %v159 fastmath<contract> : f32
          %v523 = llvm.load %v4 : !llvm.ptr -> f32
          %v524 = arith.mulf %v313, %v523 fastmath<contract> : f32
          %v525 = arith.addf %v524, %v522 fastmath<contract> : f32
          %v526 = llvm.load %v3 : !llvm.ptr -> f32
          %v527 = arith.mulf %v322, %v526 fastmath<contract> : f32
          %v528 = arith.addf %v525, %v527 fastmath<contract> : f32
          %v529 = llvm.load %v7 : !llvm.ptr -> f32
          %v530 = arith.mulf %v313, %v529 fastmath<contract> : f32
          %v531 = llvm.load %v5 : !llvm.ptr -> f32
          %v532 = arith.mulf %v322, %v531 fastmath<contract> : f32
          %v533 = arith.addf %v530, %v532 fastmath<contract> : f32
          %v534 = llvm.load %v8 : !llvm.ptr -> f32
          %v535 = arith.mulf %v313, %v534 fastmath<contract> : f32
          %v536 = llvm.load %v6 : !llvm.ptr -> f32
          %v537 = arith.mulf %v322, %v536 fastmath<contract> : f32
          %v538 = arith.addf %v535, %v537 fastmath<contract> : f32
          llvm.store %v511, %v3 : f32, !llvm.ptr
          llvm.store %v516, %v5 : f32, !llvm.ptr
          llvm.store %v521, %v6 : f32, !llvm.ptr
          llvm.store %v528, %v4 : f32, !llvm.ptr
          llvm.store %v533, %v7 : f32, !llvm.ptr
          llvm.store %v538, %v8 : f32, !llvm.ptr
          %v539 = arith.addi %v40, %v62 : i64
          %v540 = arith.mulf %v328, %v166 fastmath<contract> : f32
          %v541 = llvm.load %v3 : !llvm.ptr -> f32
          %v542 = arith.mulf %v313, %v541 fastmath<contract> : f32
          %v543 = arith.addf %v542, %v540 fastmath<contract> : f32
          %v544 = llvm.load %v4 : !llvm.ptr -> f32
          %v545 = arith.mulf %v333, %v544 fastmath<contract> : f32
          %v546 = arith.addf %v543, %v545 fastmath<contract> : f32
          %v547 = llvm.load %v5 : !llvm.ptr -> f32
          %v548 = arith.mulf %v313, %v547 fastmath<contract> : f32
          %v549 = llvm.load %v7 : !llvm.ptr -> f32
          %v550 = arith.mulf %v333, %v549 fastmath<contract> : f32
          %v551 = arith.addf %v548, %v550 fastmath<contract> : f32
          %v552 = llvm.load %v6 : !llvm.ptr -> f32
          %v553 = arith.mulf %v313, %v552 fastmath<contract> : f32
          %v554 = llvm.load %v8 : !llvm.ptr -> f32
          %v555 = arith.mulf %v333, %v554 fastmath<contract> : f32
          %v556 = arith.addf %v553, %v555 fastmath<contract> : f32
          %v557 = arith.mulf %v328, %v172 fastmath<contract> : f32
          %v558 = llvm.load %v4 : !llvm.ptr -> f32
          %v559 = arith.mulf %v313, %v558 fastmath<contract> : f32
          %v560 = arith.addf %v559, %v557 fastmath<contract> : f32
          %v561 = llvm.load %v3 : !llvm.ptr -> f32
          %v562 = arith.mulf %v322, %v561 fastmath<contract> : f32
          %v563 = arith.addf %v560, %v562 fastmath<contract> : f32
          %v564 = llvm.load %v7 : !llvm.ptr -> f32
          %v565 = arith.mulf %v313, %v564 fastmath<contract> : f32
          %v566 = llvm.load %v5 : !llvm.ptr -> f32
          %v567 = arith.mulf %v322, %v566 fastmath<contract> : f32
          %v568 = arith.addf %v565, %v567 fastmath<contract> : f32
          %v569 = llvm.load %v8 : !llvm.ptr -> f32
          %v570 = arith.mulf %v313, %v569 fastmath<contract> : f32
          %v571 = llvm.load %v6 : !llvm.ptr -> f32
          %v572 = arith.mulf %v322, %v571 fastmath<contract> : f32
          %v573 = arith.addf %v570, %v572 fastmath<contract> : f32
          llvm.store %v546, %v3 : f32, !llvm.ptr
          llvm.store %v551, %v5 : f32, !llvm.ptr
          llvm.store %v556, %v6 : f32, !llvm.ptr
          llvm.store %v563, %v4 : f32, !llvm.ptr
          llvm.store %v568, %v7 : f32, !llvm.ptr
          llvm.store %v573, %v8 : f32, !llvm.ptr
          %v574 = arith.addi %v40, %v64 : i64
          %v575 = arith.mulf %v328, %v179 fastmath<contract> : f32
          %v576 = llvm.load %v3 : !llvm.ptr -> f32
          %v577 = arith.mulf %v313, %v576 fastmath<contract> : f32
          %v578 = arith.addf %v577, %v575 fastmath<contract> : f32
          %v579 = llvm.load %v4 : !llvm.ptr -> f32
          %v580 = arith.mulf %v333, %v579 fastmath<contract> : f32
          %v581 = arith.addf %v578, %v580 fastmath<contract> : f32
          %v582 = llvm.load %v5 : !llvm.ptr -> f32
          %v583 = arith.mulf %v313, %v582 fastmath<contract> : f32
          %v584 = llvm.load %v7 : !llvm.ptr -> f32
          %v585 = arith.mulf %v333, %v584 fastmath<contract> : f32
          %v586 = arith.addf %v583, %v585 fastmath<contract> : f32
          %v587 = llvm.load %v6 : !llvm.ptr -> f32
          %v588 = arith.mulf %v313, %v587 fastmath<contract> : f32
          %v589 = llvm.load %v8 : !llvm.ptr -> f32
          %v590 = arith.mulf %v333, %v589 fastmath<contract> : f32
          %v591 = arith.addf %v588, %v590 fastmath<contract> : f32
          %v592 = arith.mulf %v328, %v185 fastmath<contract> : f32
          %v593 = llvm.load %v4 : !llvm.ptr -> f32
          %v594 = arith.mulf %v313, %v593 fastmath<contract> : f32
          %v595 = arith.addf %v594, %v592 fastmath<contract> : f32
          %v596 = llvm.load %v3 : !llvm.ptr -> f32
          %v597 = arith.mulf %v322, %v596 fastmath<contract> : f32
          %v598 = arith.addf %v595, %v597 fastmath<contract> : f32
          %v599 = llvm.load %v7 : !llvm.ptr -> f32
          %v600 = arith.mulf %v313, %v599 fastmath<contract> : f32
          %v601 = llvm.load %v5 : !llvm.ptr -> f32
          %v602 = arith.mulf %v322, %v601 fastmath<contract> : f32
          %v603 = arith.addf %v600, %v602 fastmath<contract> : f32
          %v604 = llvm.load %v8 : !llvm.ptr -> f32
          %v605 = arith.mulf %v313, %v604 fastmath<contract> : f32
          %v606 = llvm.load %v6 : !llvm.ptr -> f32
          %v607 = arith.mulf %v322, %v606 fastmath<contract> : f32
          %v608 = arith.addf %v605, %v607 fastmath<contract> : f32
          llvm.store %v581, %v3 : f32, !llvm.ptr
          llvm.store %v586, %v5 : f32, !llvm.ptr
          llvm.store %v591, %v6 : f32, !llvm.ptr
          llvm.store %v598, %v4 : f32, !llvm.ptr
          llvm.store %v603, %v7 : f32, !llvm.ptr
          llvm.store %v608, %v8 : f32, !llvm.ptr
          %v609 = arith.addi %v40, %v66 : i64
          %v610 = arith.mulf %v328, %v192 fastmath<contract> : f32
          %v611 = llvm.load %v3 : !llvm.ptr -> f32
          %v612 = arith.mulf %v313, %v611 fastmath<contract> : f32
          %v613 = arith.addf %v612, %v610 fastmath<contract> : f32
          %v614 = llvm.load %v4 : !llvm.ptr -> f32
          %v615 = arith.mulf %v333, %v614 fastmath<contract> : f32
          %v616 = arith.addf %v613, %v615 fastmath<contract> : f32
          %v617 = llvm.load %v5 : !llvm.ptr -> f32
          %v618 = arith.mulf %v313, %v617 fastmath<contract> : f32
          %v619 = llvm.load %v7 : !llvm.ptr -> f32
          %v620 = arith.mulf %v333, %v619 fastmath<contract> : f32
          %v621 = arith.addf %v618, %v620 fastmath<contract> : f32
          %v622 = llvm.load %v6 : !llvm.ptr -> f32
          %v623 = arith.mulf %v313, %v622 fastmath<contract> : f32
          %v624 = llvm.load %v8 : !llvm.ptr -> f32
          %v625 = arith.mulf %v333, %v624 fastmath<contract> : f32
          %v626 = arith.addf %v623, %v625 fastmath<contract> : f32
          %v627 = arith.mulf %v328, %v198 fastmath<contract> : f32
          %v628 = llvm.load %v4 : !llvm.ptr -> f32
          %v629 = arith.mulf %v313, %v628 fastmath<contract> : f32
          %v630 = arith.addf %v629, %v627 fastmath<contract> : f32
          %v631 = llvm.load %v3 : !llvm.ptr -> f32
          %v632 = arith.mulf %v322, %v631 fastmath<contract> : f32
          %v633 = arith.addf %v630, %v632 fastmath<contract> : f32
          %v634 = llvm.load %v7 : !llvm.ptr -> f32
          %v635 = arith.mulf %v313, %v634 fastmath<contract> : f32
          %v636 = llvm.load %v5 : !llvm.ptr -> f32
          %v637 = arith.mulf %v322, %v636 fastmath<contract> : f32
          %v638 = arith.addf %v635, %v637 fastmath<contract> : f32
          %v639 = llvm.load %v8 : !llvm.ptr -> f32
          %v640 = arith.mulf %v313, %v639 fastmath<contract> : f32
          %v641 = llvm.load %v6 : !llvm.ptr -> f32
          %v642 = arith.mulf %v322, %v641 fastmath<contract> : f32
          %v643 = arith.addf %v640, %v642 fastmath<contract> : f32
          llvm.store %v616, %v3 : f32, !llvm.ptr
          llvm.store %v621, %v5 : f32, !llvm.ptr
          llvm.store %v626, %v6 : f32, !llvm.ptr
          llvm.store %v633, %v4 : f32, !llvm.ptr
          llvm.store %v638, %v7 : f32, !llvm.ptr
          llvm.store %v643, %v8 : f32, !llvm.ptr
          %v644 = arith.addi %v40, %v68 : i64
          %v645 = arith.mulf %v328, %v205 fastmath<contract> : f32
          %v646 = llvm.load %v3 : !llvm.ptr -> f32
          %v647 = arith.mulf %v313, %v646 fastmath<contract> : f32
          %v648 = arith.addf %v647, %v645 fastmath<contract> : f32
          %v649 = llvm.load %v4 : !llvm.ptr -> f32
          %v650 = arith.mulf %v333, %v649 fastmath<contract> : f32
          %v651 = arith.addf %v648, %v650 fastmath<contract> : f32
          %v652 = llvm.load %v5 : !llvm.ptr -> f32
          %v653 = arith.mulf %v313, %v652 fastmath<contract> : f32
          %v654 = llvm.load %v7 : !llvm.ptr -> f32
          %v655 = arith.mulf %v333, %v654 fastmath<contract> : f32
          %v656 = arith.addf %v653, %v655 fastmath<contract> : f32
          %v657 = llvm.load %v6 : !llvm.ptr -> f32
          %v658 = arith.mulf %v313, %v657 fastmath<contract> : f32
          %v659 = llvm.load %v8 : !llvm.ptr -> f32
          %v660 = arith.mulf %v333, %v659 fastmath<contract> : f32
          %v661 = arith.addf %v658, %v660 fastmath<contract> : f32
          %v662 = arith.mulf %v328, %v211 fastmath<contract> : f32
          %v663 = llvm.load %v4 : !llvm.ptr -> f32
          %v664 = arith.mulf %v313, %v663 fastmath<contract> : f32
          %v665 = arith.addf %v664, %v662 fastmath<contract> : f32
          %v666 = llvm.load %v3 : !llvm.ptr -> f32
          %v667 = arith.mulf %v322, %v666 fastmath<contract> : f32
          %v668 = arith.addf %v665, %v667 fastmath<contract> : f32
          %v669 = llvm.load %v7 : !llvm.ptr -> f32
          %v670 = arith.mulf %v313, %v669 fastmath<contract> : f32
          %v671 = llvm.load %v5 : !llvm.ptr -> f32
          %v672 = arith.mulf %v322, %v671 fastmath<contract> : f32
          %v673 = arith.addf %v670, %v672 fastmath<contract> : f32
          %v674 = llvm.load %v8 : !llvm.ptr -> f32
          %v675 = arith.mulf %v313, %v674 fastmath<contract> : f32
          %v676 = llvm.load %v6 : !llvm.ptr -> f32
          %v677 = arith.mulf %v322, %v676 fastmath<contract> : f32
          %v678 = arith.addf %v675, %v677 fastmath<contract> : f32
          llvm.store %v651, %v3 : f32, !llvm.ptr
          llvm.store %v656, %v5 : f32, !llvm.ptr
          llvm.store %v661, %v6 : f32, !llvm.ptr
          llvm.store %v668, %v4 : f32, !llvm.ptr
          llvm.store %v673, %v7 : f32, !llvm.ptr
          llvm.store %v678, %v8 : f32, !llvm.ptr
          %v679 = arith.addi %v40, %v70 : i64
          %v680 = arith.mulf %v328, %v218 fastmath<contract> : f32
          %v681 = llvm.load %v3 : !llvm.ptr -> f32
          %v682 = arith.mulf %v313, %v681 fastmath<contract> : f32
          %v683 = arith.addf %v682, %v680 fastmath<contract> : f32
          %v684 = llvm.load %v4 : !llvm.ptr -> f32
          %v685 = arith.mulf %v333, %v684 fastmath<contract> : f32
          %v686 = arith.addf %v683, %v685 fastmath<contract> : f32
          %v687 = llvm.load %v5 : !llvm.ptr -> f32
          %v688 = arith.mulf %v313, %v687 fastmath<contract> : f32
          %v689 = llvm.load %v7 : !llvm.ptr -> f32
          %v690 = arith.mulf %v333, %v689 fastmath<contract> : f32
          %v691 = arith.addf %v688, %v690 fastmath<contract> : f32
          %v692 = llvm.load %v6 : !llvm.ptr -> f32
          %v693 = arith.mulf %v313, %v692 fastmath<contract> : f32
          %v694 = llvm.load %v8 : !llvm.ptr -> f32
          %v695 = arith.mulf %v333, %v694 fastmath<contract> : f32
          %v696 = arith.addf %v693, %v695 fastmath<contract> : f32
          %v697 = arith.mulf %v328, %v224 fastmath<contract> : f32
          %v698 = llvm.load %v4 : !llvm.ptr -> f32
          %v699 = arith.mulf %v313, %v698 fastmath<contract> : f32
          %v700 = arith.addf %v699, %v697 fastmath<contract> : f32
          %v701 = llvm.load %v3 : !llvm.ptr -> f32
          %v702 = arith.mulf %v322, %v701 fastmath<contract> : f32
          %v703 = arith.addf %v700, %v702 fastmath<contract> : f32
          %v704 = llvm.load %v7 : !llvm.ptr -> f32
          %v705 = arith.mulf %v313, %v704 fastmath<contract> : f32
          %v706 = llvm.load %v5 : !llvm.ptr -> f32
          %v707 = arith.mulf %v322, %v706 fastmath<contract> : f32
          %v708 = arith.addf %v705, %v707 fastmath<contract> : f32
          %v709 = llvm.load %v8 : !llvm.ptr -> f32
          %v710 = arith.mulf %v313, %v709 fastmath<contract> : f32
          %v711 = llvm.load %v6 : !llvm.ptr -> f32
          %v712 = arith.mulf %v322, %v711 fastmath<contract> : f32
          %v713 = arith.addf %v710, %v712 fastmath<contract> : f32
          llvm.store %v686, %v3 : f32, !llvm.ptr
          llvm.store %v691, %v5 : f32, !llvm.ptr
          llvm.store %v696, %v6 : f32, !llvm.ptr
          llvm.store %v703, %v4 : f32, !llvm.ptr
          llvm.store %v708, %v7 : f32, !llvm.ptr
          llvm.store %v713, %v8 : f32, !llvm.ptr
          %v714 = arith.addi %v40, %v72 : i64
          %v715 = arith.mulf %v328, %v231 fastmath<contract> : f32
          %v716 = llvm.load %v3 : !llvm.ptr -> f32
          %v717 = arith.mulf %v313, %v716 fastmath<contract> : f32
          %v718 = arith.addf %v717, %v715 fastmath<contract> : f32
          %v719 = llvm.load %v4 : !llvm.ptr -> f32
          %v720 = arith.mulf %v333, %v719 fastmath<contract> : f32
          %v721 = arith.addf %v718, %v720 fastmath<contract> : f32
          %v722 = llvm.load %v5 : !llvm.ptr -> f32
          %v723 = arith.mulf %v313, %v722 fastmath<contract> : f32
          %v724 = llvm.load %v7 : !llvm.ptr -> f32
          %v725 = arith.mulf %v333, %v724 fastmath<contract> : f32
          %v726 = arith.addf %v723, %v725 fastmath<contract> : f32
          %v727 = llvm.load %v6 : !llvm.ptr -> f32
          %v728 = arith.mulf %v313, %v727 fastmath<contract> : f32
          %v729 = llvm.load %v8 : !llvm.ptr -> f32
          %v730 = arith.mulf %v333, %v729 fastmath<contract> : f32
          %v731 = arith.addf %v728, %v730 fastmath<contract> : f32
          %v732 = arith.mulf %v328, %v237 fastmath<contract> : f32
          %v733 = llvm.load %v4 : !llvm.ptr -> f32
          %v734 = arith.mulf %v313, %v733 fastmath<contract> : f32
          %v735 = arith.addf %v734, %v732 fastmath<contract> : f32
          %v736 = llvm.load %v3 : !llvm.ptr -> f32
          %v737 = arith.mulf %v322, %v736 fastmath<contract> : f32
          %v738 = arith.addf %v735, %v737 fastmath<contract> : f32
          %v739 = llvm.load %v7 : !llvm.ptr -> f32
          %v740 = arith.mulf %v313, %v739 fastmath<contract> : f32
          %v741 = llvm.load %v5 : !llvm.ptr -> f32
          %v742 = arith.mulf %v322, %v741 fastmath<contract> : f32
          %v743 = arith.addf %v740, %v742 fastmath<contract> : f32
          %v744 = llvm.load %v8 : !llvm.ptr -> f32
          %v745 = arith.mulf %v313, %v744 fastmath<contract> : f32
          %v746 = llvm.load %v6 : !llvm.ptr -> f32
          %v747 = arith.mulf %v322, %v746 fastmath<contract> : f32
          %v748 = arith.addf %v745, %v747 fastmath<contract> : f32
          llvm.store %v721, %v3 : f32, !llvm.ptr
          llvm.store %v726, %v5 : f32, !llvm.ptr
          llvm.store %v731, %v6 : f32, !llvm.ptr
          llvm.store %v738, %v4 : f32, !llvm.ptr
          llvm.store %v743, %v7 : f32, !llvm.ptr
          llvm.store %v748, %v8 : f32, !llvm.ptr
          %v749 = arith.addi %v40, %v74 : i64
          %v750 = arith.mulf %v328, %v244 fastmath<contract> : f32
          %v751 = llvm.load %v3 : !llvm.ptr -> f32
          %v752 = arith.mulf %v313, %v751 fastmath<contract> : f32
          %v753 = arith.addf %v752, %v750 fastmath<contract> : f32
          %v754 = llvm.load %v4 : !llvm.ptr -> f32
          %v755 = arith.mulf %v333, %v754 fastmath<contract> : f32
          %v756 = arith.addf %v753, %v755 fastmath<contract> : f32
          %v757 = llvm.load %v5 : !llvm.ptr -> f32
          %v758 = arith.mulf %v313, %v757 fastmath<contract> : f32
          %v759 = llvm.load %v7 : !llvm.ptr -> f32
          %v760 = arith.mulf %v333, %v759 fastmath<contract> : f32
          %v761 = arith.addf %v758, %v760 fastmath<contract> : f32
          %v762 = llvm.load %v6 : !llvm.ptr -> f32
          %v763 = arith.mulf %v313, %v762 fastmath<contract> : f32
          %v764 = llvm.load %v8 : !llvm.ptr -> f32
          %v765 = arith.mulf %v333, %v764 fastmath<contract> : f32
          %v766 = arith.addf %v763, %v765 fastmath<contract> : f32
          %v767 = arith.mulf %v328, %v250 fastmath<contract> : f32
          %v768 = llvm.load %v4 : !llvm.ptr -> f32
          %v769 = arith.mulf %v313, %v768 fastmath<contract> : f32
          %v770 = arith.addf %v769, %v767 fastmath<contract> : f32
          %v771 = llvm.load %v3 : !llvm.ptr -> f32
          %v772 = arith.mulf %v322, %v771 fastmath<contract> : f32
          %v773 = arith.addf %v770, %v772 fastmath<contract> : f32
          %v774 = llvm.load %v7 : !llvm.ptr -> f32
          %v775 = arith.mulf %v313, %v774 fastmath<contract> : f32
          %v776 = llvm.load %v5 : !llvm.ptr -> f32
          %v777 = arith.mulf %v322, %v776 fastmath<contract> : f32
          %v778 = arith.addf %v775, %v777 fastmath<contract> : f32
          %v779 = llvm.load %v8 : !llvm.ptr -> f32
          %v780 = arith.mulf %v313, %v779 fastmath<contract> : f32
          %v781 = llvm.load %v6 : !llvm.ptr -> f32
          %v782 = arith.mulf %v322, %v781 fastmath<contract> : f32
          %v783 = arith.addf %v780, %v782 fastmath<contract> : f32
          llvm.store %v756, %v3 : f32, !llvm.ptr
          llvm.store %v761, %v5 : f32, !llvm.ptr
          llvm.store %v766, %v6 : f32, !llvm.ptr
          llvm.store %v773, %v4 : f32, !llvm.ptr
          llvm.store %v778, %v7 : f32, !llvm.ptr
          llvm.store %v783, %v8 : f32, !llvm.ptr
          %v784 = arith.addi %v40, %v76 : i64
          %v785 = arith.mulf %v328, %v257 fastmath<contract> : f32
          %v786 = llvm.load %v3 : !llvm.ptr -> f32
          %v787 = arith.mulf %v313, %v786 fastmath<contract> : f32
          %v788 = arith.addf %v787, %v785 fastmath<contract> : f32
          %v789 = llvm.load %v4 : !llvm.ptr -> f32
          %v790 = arith.mulf %v333, %v789 fastmath<contract> : f32
          %v791 = arith.addf %v788, %v790 fastmath<contract> : f32
          %v792 = llvm.load %v5 : !llvm.ptr -> f32
          %v793 = arith.mulf %v313, %v792 fastmath<contract> : f32
          %v794 = llvm.load %v7 : !llvm.ptr -> f32
          %v795 = arith.mulf %v333, %v794 fastmath<contract> : f32
          %v796 = arith.addf %v793, %v795 fastmath<contract> : f32
          %v797 = llvm.load %v6 : !llvm.ptr -> f32
          %v798 = arith.mulf %v313, %v797 fastmath<contract> : f32
          %v799 = llvm.load %v8 : !llvm.ptr -> f32
          %v800 = arith.mulf %v333, %v799 fastmath<contract> : f32
          %v801 = arith.addf %v798, %v800 fastmath<contract> : f32
          %v802 = arith.mulf %v328, %v263 fastmath<contract> : f32
          %v803 = llvm.load %v4 : !llvm.ptr -> f32
          %v804 = arith.mulf %v313, %v803 fastmath<contract> : f32
          %v805 = arith.addf %v804, %v802 fastmath<contract> : f32
          %v806 = llvm.load %v3 : !llvm.ptr -> f32
          %v807 = arith.mulf %v322, %v806 fastmath<contract> : f32
          %v808 = arith.addf %v805, %v807 fastmath<contract> : f32
          %v809 = llvm.load %v7 : !llvm.ptr -> f32
          %v810 = arith.mulf %v313, %v809 fastmath<contract> : f32
          %v811 = llvm.load %v5 : !llvm.ptr -> f32
          %v812 = arith.mulf %v322, %v811 fastmath<contract> : f32
          %v813 = arith.addf %v810, %v812 fastmath<contract> : f32
          %v814 = llvm.load %v8 : !llvm.ptr -> f32
          %v815 = arith.mulf %v313, %v814 fastmath<contract> : f32
          %v816 = llvm.load %v6 : !llvm.ptr -> f32
          %v817 = arith.mulf %v322, %v816 fastmath<contract> : f32
          %v818 = arith.addf %v815, %v817 fastmath<contract> : f32
          llvm.store %v791, %v3 : f32, !llvm.ptr
          llvm.store %v796, %v5 : f32, !llvm.ptr
          llvm.store %v801, %v6 : f32, !llvm.ptr
          llvm.store %v808, %v4 : f32, !llvm.ptr
          llvm.store %v813, %v7 : f32, !llvm.ptr
          llvm.store %v818, %v8 : f32, !llvm.ptr
          %v819 = arith.addi %v40, %v78 : i64
          %v820 = arith.mulf %v328, %v270 fastmath<contract> : f32
          %v821 = llvm.load %v3 : !llvm.ptr -> f32
          %v822 = arith.mulf %v313, %v821 fastmath<contract> : f32
          %v823 = arith.addf %v822, %v820 fastmath<contract> : f32
          %v824 = llvm.load %v4 : !llvm.ptr -> f32
          %v825 = arith.mulf %v333, %v824 fastmath<contract> : f32
          %v826 = arith.addf %v823, %v825 fastmath<contract> : f32
          %v827 = llvm.load %v5 : !llvm.ptr -> f32
          %v828 = arith.mulf %v313, %v827 fastmath<contract> : f32
          %v829 = llvm.load %v7 : !llvm.ptr -> f32
          %v830 = arith.mulf %v333, %v829 fastmath<contract> : f32
          %v831 = arith.addf %v828, %v830 fastmath<contract> : f32
          %v832 = llvm.load %v6 : !llvm.ptr -> f32
          %v833 = arith.mulf %v313, %v832 fastmath<contract> : f32
          %v834 = llvm.load %v8 : !llvm.ptr -> f32
          %v835 = arith.mulf %v333, %v834 fastmath<contract> : f32
          %v836 = arith.addf %v833, %v835 fastmath<contract> : f32
          %v837 = arith.mulf %v328, %v276 fastmath<contract> : f32
          %v838 = llvm.load %v4 : !llvm.ptr -> f32
          %v839 = arith.mulf %v313, %v838 fastmath<contract> : f32
          %v840 = arith.addf %v839, %v837 fastmath<contract> : f32
          %v841 = llvm.load %v3 : !llvm.ptr -> f32
          %v842 = arith.mulf %v322, %v841 fastmath<contract> : f32
          %v843 = arith.addf %v840, %v842 fastmath<contract> : f32
          %v844 = llvm.load %v7 : !llvm.ptr -> f32
          %v845 = arith.mulf %v313, %v844 fastmath<contract> : f32
          %v846 = llvm.load %v5 : !llvm.ptr -> f32
          %v847 = arith.mulf %v322, %v846 fastmath<contract> : f32
          %v848 = arith.addf %v845, %v847 fastmath<contract> : f32
          %v849 = llvm.load %v8 : !llvm.ptr -> f32
          %v850 = arith.mulf %v313, %v849 fastmath<contract> : f32
          %v851 = llvm.load %v6 : !llvm.ptr -> f32
          %v852 = arith.mulf %v322, %v851 fastmath<contract> : f32
          %v853 = arith.addf %v850, %v852 fastmath<contract> : f32
          llvm.store %v826, %v3 : f32, !llvm.ptr
          llvm.store %v831, %v5 : f32, !llvm.ptr
          llvm.store %v836, %v6 : f32, !llvm.ptr
          llvm.store %v843, %v4 : f32, !llvm.ptr
          llvm.store %v848, %v7 : f32, !llvm.ptr
          llvm.store %v853, %v8 : f32, !llvm.ptr
          %v854 = arith.addi %v40, %v80 : i64
          %v855 = arith.mulf %v328, %v283 fastmath<contract> : f32
          %v856 = llvm.load %v3 : !llvm.ptr -> f32
          %v857 = arith.mulf %v313, %v856 fastmath<contract> : f32
          %v858 = arith.addf %v857, %v855 fastmath<contract> : f32
          %v859 = llvm.load %v4 : !llvm.ptr -> f32
          %v860 = arith.mulf %v333, %v859 fastmath<contract> : f32
          %v861 = arith.addf %v858, %v860 fastmath<contract> : f32
          %v862 = llvm.load %v5 : !llvm.ptr -> f32
          %v863 = arith.mulf %v313, %v862 fastmath<contract> : f32
          %v864 = llvm.load %v7 : !llvm.ptr -> f32
          %v865 = arith.mulf %v333, %v864 fastmath<contract> : f32
          %v866 = arith.addf %v863, %v865 fastmath<contract> : f32
          %v867 = llvm.load %v6 : !llvm.ptr -> f32
          %v868 = arith.mulf %v313, %v867 fastmath<contract> : f32
          %v869 = llvm.load %v8 : !llvm.ptr -> f32
          %v870 = arith.mulf %v333, %v869 fastmath<contract> : f32
          %v871 = arith.addf %v868, %v870 fastmath<contract> : f32
          %v872 = arith.mulf %v328, %v289 fastmath<contract> : f32
          %v873 = llvm.load %v4 : !llvm.ptr -> f32
          %v874 = arith.mulf %v313, %v873 fastmath<contract> : f32
          %v875 = arith.addf %v874, %v872 fastmath<contract> : f32
          %v876 = llvm.load %v3 : !llvm.ptr -> f32
          %v877 = arith.mulf %v322, %v876 fastmath<contract> : f32
          %v878 = arith.addf %v875, %v877 fastmath<contract> : f32
          %v879 = llvm.load %v7 : !llvm.ptr -> f32
          %v880 = arith.mulf %v313, %v879 fastmath<contract> : f32
          %v881 = llvm.load %v5 : !llvm.ptr -> f32
          %v882 = arith.mulf %v322, %v881 fastmath<contract> : f32
          %v883 = arith.addf %v880, %v882 fastmath<contract> : f32
          %v884 = llvm.load %v8 : !llvm.ptr -> f32
          %v885 = arith.mulf %v313, %v884 fastmath<contract> : f32
          %v886 = llvm.load %v6 : !llvm.ptr -> f32
          %v887 = arith.mulf %v322, %v886 fastmath<contract> : f32
          %v888 = arith.addf %v885, %v887 fastmath<contract> : f32
          llvm.store %v861, %v3 : f32, !llvm.ptr
          llvm.store %v866, %v5 : f32, !llvm.ptr
          llvm.store %v871, %v6 : f32, !llvm.ptr
          llvm.store %v878, %v4 : f32, !llvm.ptr
          llvm.store %v883, %v7 : f32, !llvm.ptr
          llvm.store %v888, %v8 : f32, !llvm.ptr
        }
        %v889 = arith.muli %v45, %v44 : i64
        %v890 = arith.index_cast %v889 : i64 to index
        %v891 = arith.index_cast %v42 : i64 to index
        %v892 = arith.index_cast %v1 : i64 to index
        scf.for %v893 = %v890 to %v891 step %v892 {
          %v894 = arith.index_cast %v893 : index to i64
          %v895 = arith.addi %v40, %v894 : i64
          %v896 = arith.muli %v28, %v82 : i64
          %v897 = arith.muli %v895, %size_N : i64
          %v898 = arith.addi %v896, %v897 : i64
          %v899 = arith.addi %v898, %v26 : i64
          %v900 = llvm.getelementptr %in_sum0[%v899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v901 = llvm.load %v900 : !llvm.ptr -> f32
          %v902 = arith.mulf %v328, %v901 fastmath<contract> : f32
          %v903 = llvm.load %v3 : !llvm.ptr -> f32
          %v904 = arith.mulf %v313, %v903 fastmath<contract> : f32
          %v905 = arith.addf %v904, %v902 fastmath<contract> : f32
          %v906 = llvm.load %v4 : !llvm.ptr -> f32
          %v907 = arith.mulf %v333, %v906 fastmath<contract> : f32
          %v908 = arith.addf %v905, %v907 fastmath<contract> : f32
          %v909 = llvm.load %v5 : !llvm.ptr -> f32
          %v910 = arith.mulf %v313, %v909 fastmath<contract> : f32
          %v911 = llvm.load %v7 : !llvm.ptr -> f32
          %v912 = arith.mulf %v333, %v911 fastmath<contract> : f32
          %v913 = arith.addf %v910, %v912 fastmath<contract> : f32
          %v914 = llvm.load %v6 : !llvm.ptr -> f32
          %v915 = arith.mulf %v313, %v914 fastmath<contract> : f32
          %v916 = llvm.load %v8 : !llvm.ptr -> f32
          %v917 = arith.mulf %v333, %v916 fastmath<contract> : f32
          %v918 = arith.addf %v915, %v917 fastmath<contract> : f32
          %v919 = arith.muli %v28, %v82 : i64
          %v920 = arith.muli %v895, %size_N : i64
          %v921 = arith.addi %v919, %v920 : i64
          %v922 = arith.addi %v921, %v26 : i64
          %v923 = llvm.getelementptr %in_sum1[%v922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v924 = llvm.load %v923 : !llvm.ptr -> f32
          %v925 = arith.mulf %v328, %v924 fastmath<contract> : f32
          %v926 = llvm.load %v4 : !llvm.ptr -> f32
          %v927 = arith.mulf %v313, %v926 fastmath<contract> : f32
          %v928 = arith.addf %v927, %v925 fastmath<contract> : f32
          %v929 = llvm.load %v3 : !llvm.ptr -> f32
          %v930 = arith.mulf %v322, %v929 fastmath<contract> : f32
          %v931 = arith.addf %v928, %v930 fastmath<contract> : f32
          %v932 = llvm.load %v7 : !llvm.ptr -> f32
          %v933 = arith.mulf %v313, %v932 fastmath<contract> : f32
          %v934 = llvm.load %v5 : !llvm.ptr -> f32
          %v935 = arith.mulf %v322, %v934 fastmath<contract> : f32
          %v936 = arith.addf %v933, %v935 fastmath<contract> : f32
          %v937 = llvm.load %v8 : !llvm.ptr -> f32
          %v938 = arith.mulf %v313, %v937 fastmath<contract> : f32
          %v939 = llvm.load %v6 : !llvm.ptr -> f32
          %v940 = arith.mulf %v322, %v939 fastmath<contract> : f32
          %v941 = arith.addf %v938, %v940 fastmath<contract> : f32
          llvm.store %v908, %v3 : f32, !llvm.ptr
          llvm.store %v913, %v5 : f32, !llvm.ptr
          llvm.store %v918, %v6 : f32, !llvm.ptr
          llvm.store %v931, %v4 : f32, !llvm.ptr
          llvm.store %v936, %v7 : f32, !llvm.ptr
          llvm.store %v941, %v8 : f32, !llvm.ptr
        }
      }
      scf.if %v23 {
        %v942 = arith.muli %v19, %v2 : i64
        %v943 = arith.subi %v2, %v1 : i64
        %v944 = arith.minsi %v22, %v943 : i64
        %v945 = arith.addi %v942, %v944 : i64
        %v946 = arith.muli %v19, %v2 : i64
        %v947 = arith.subi %v2, %v1 : i64
        %v948 = arith.minsi %v22, %v947 : i64
        %v949 = arith.addi %v946, %v948 : i64
        %v950 = arith.muli %v949, %v53 : i64
        %v951 = llvm.load %v5 : !llvm.ptr -> f32
        %v952 = llvm.getelementptr %agga_x_re[%v950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v951, %v952 : f32, !llvm.ptr
        %v953 = arith.muli %v19, %v2 : i64
        %v954 = arith.subi %v2, %v1 : i64
        %v955 = arith.minsi %v22, %v954 : i64
        %v956 = arith.addi %v953, %v955 : i64
        %v957 = arith.muli %v956, %v53 : i64
        %v958 = arith.addi %v957, %v1 : i64
        %v959 = llvm.load %v6 : !llvm.ptr -> f32
        %v960 = llvm.getelementptr %agga_x_re[%v958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v959, %v960 : f32, !llvm.ptr
        %v961 = llvm.load %v3 : !llvm.ptr -> f32
        %v962 = llvm.getelementptr %aggb_x_re[%v945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v961, %v962 : f32, !llvm.ptr
        %v963 = arith.muli %v19, %v2 : i64
        %v964 = arith.subi %v2, %v1 : i64
        %v965 = arith.minsi %v22, %v964 : i64
        %v966 = arith.addi %v963, %v965 : i64
        %v967 = arith.muli %v19, %v2 : i64
        %v968 = arith.subi %v2, %v1 : i64
        %v969 = arith.minsi %v22, %v968 : i64
        %v970 = arith.addi %v967, %v969 : i64
        %v971 = arith.muli %v970, %v53 : i64
        %v972 = llvm.load %v7 : !llvm.ptr -> f32
        %v973 = llvm.getelementptr %agga_x_im[%v971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v972, %v973 : f32, !llvm.ptr
        %v974 = arith.muli %v19, %v2 : i64
        %v975 = arith.subi %v2, %v1 : i64
        %v976 = arith.minsi %v22, %v975 : i64
        %v977 = arith.addi %v974, %v976 : i64
        %v978 = arith.muli %v977, %v53 : i64
        %v979 = arith.addi %v978, %v1 : i64
        %v980 = llvm.load %v8 : !llvm.ptr -> f32
        %v981 = llvm.getelementptr %agga_x_im[%v979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v980, %v981 : f32, !llvm.ptr
        %v982 = llvm.load %v4 : !llvm.ptr -> f32
        %v983 = llvm.getelementptr %aggb_x_im[%v966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v982, %v983 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
