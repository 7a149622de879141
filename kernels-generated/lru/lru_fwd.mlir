module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @lru_fwd(%in_nu_log: !llvm.ptr, %in_theta_log: !llvm.ptr, %in_sum0: !llvm.ptr, %in_sum1: !llvm.ptr, %out_x_re_seq: !llvm.ptr, %out_x_im_seq: !llvm.ptr, %ckpt_x_re: !llvm.ptr, %ckpt_x_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_N : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = arith.constant 63 : i64
      %v6 = arith.addi %size_L, %v5 : i64
      %v7 = arith.constant 64 : i64
      %v8 = arith.divui %v6, %v7 : i64
      %v22 = arith.constant 0x00000000 : f32
      %v23 = arith.constant 0 : i64
      %v24 = arith.constant 32 : i64
      %v36 = arith.muli %size_B, %size_N : i64
      %v45 = arith.muli %size_B, %size_N : i64
      %v54 = arith.constant 16 : i64
      %v63 = arith.constant 2 : i64
      %v65 = arith.constant 3 : i64
      %v67 = arith.constant 4 : i64
      %v69 = arith.constant 5 : i64
      %v71 = arith.constant 6 : i64
      %v73 = arith.constant 7 : i64
      %v75 = arith.constant 8 : i64
      %v77 = arith.constant 9 : i64
      %v79 = arith.constant 10 : i64
      %v81 = arith.constant 11 : i64
      %v83 = arith.constant 12 : i64
      %v85 = arith.constant 13 : i64
      %v87 = arith.constant 14 : i64
      %v89 = arith.constant 15 : i64
      %v92 = arith.muli %size_N, %size_L : i64
      %v303 = arith.constant 0x3FB8AA3B : f32
      %v313 = arith.constant 0x3E22F983 : f32
      %v316 = arith.constant 0x40C90000 : f32
      %v317 = arith.constant 0x3AFDAA22 : f32
      %v324 = arith.constant 0x3F800000 : f32
      %v9 = gpu.block_id x
      %v10 = gpu.thread_id x
      %v11 = arith.index_cast %v10 : index to i64
      %v12 = arith.index_cast %v9 : index to i64
      %v13 = arith.muli %v12, %v7 : i64
      %v14 = arith.addi %v13, %v11 : i64
      %v15 = arith.cmpi slt, %v14, %v2 : i64
      %v16 = arith.subi %v2, %v1 : i64
      %v17 = arith.minsi %v14, %v16 : i64
      %v18 = arith.remui %v17, %size_N : i64
      %v19 = arith.divui %v17, %size_N : i64
      %v20 = arith.remui %v19, %size_B : i64
      %v21 = arith.divui %v19, %size_B : i64
      %v301 = llvm.getelementptr %in_nu_log[%v18] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v302 = llvm.load %v301 : !llvm.ptr -> f32
      %v304 = arith.mulf %v302, %v303 fastmath<contract> : f32
      %v305 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v304) : (f32) -> f32
      %v306 = arith.negf %v305 : f32
      %v307 = arith.mulf %v306, %v303 fastmath<contract> : f32
      %v308 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v307) : (f32) -> f32
      %v309 = llvm.getelementptr %in_theta_log[%v18] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v310 = llvm.load %v309 : !llvm.ptr -> f32
      %v311 = arith.mulf %v310, %v303 fastmath<contract> : f32
      %v312 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v311) : (f32) -> f32
      %v314 = arith.mulf %v312, %v313 fastmath<contract> : f32
      %v315 = llvm.call_intrinsic "llvm.roundeven.f32"(%v314) : (f32) -> f32
      %v318 = arith.mulf %v315, %v316 fastmath<contract> : f32
      %v319 = arith.subf %v312, %v318 fastmath<contract> : f32
      %v320 = arith.mulf %v315, %v317 fastmath<contract> : f32
      %v321 = arith.subf %v319, %v320 fastmath<contract> : f32
      %v322 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v321) : (f32) -> f32
      %v323 = arith.mulf %v308, %v322 fastmath<contract> : f32
      %v325 = arith.mulf %v323, %v323 fastmath<contract> : f32
      %v326 = arith.mulf %v312, %v313 fastmath<contract> : f32
      %v327 = llvm.call_intrinsic "llvm.roundeven.f32"(%v326) : (f32) -> f32
      %v328 = arith.mulf %v327, %v316 fastmath<contract> : f32
      %v329 = arith.subf %v312, %v328 fastmath<contract> : f32
      %v330 = arith.mulf %v327, %v317 fastmath<contract> : f32
      %v331 = arith.subf %v329, %v330 fastmath<contract> : f32
      %v332 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v331) : (f32) -> f32
      %v333 = arith.mulf %v308, %v332 fastmath<contract> : f32
      %v334 = arith.mulf %v333, %v333 fastmath<contract> : f32
      %v335 = arith.addf %v325, %v334 fastmath<contract> : f32
      %v336 = llvm.call_intrinsic "llvm.sqrt.f32"(%v335) : (f32) -> f32
      %v337 = arith.mulf %v336, %v336 fastmath<contract> : f32
      %v338 = arith.subf %v324, %v337 fastmath<contract> : f32
      %v339 = llvm.call_intrinsic "llvm.sqrt.f32"(%v338) : (f32) -> f32
      %v344 = arith.negf %v333 : f32
      llvm.store %v22, %v3 : f32, !llvm.ptr
      llvm.store %v22, %v4 : f32, !llvm.ptr
      %v25 = arith.index_cast %v23 : i64 to index
      %v26 = arith.index_cast %size_L : i64 to index
      %v27 = arith.index_cast %v24 : i64 to index
      scf.for %v28 = %v25 to %v26 step %v27 {
        %v29 = arith.index_cast %v28 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v30 = arith.remui %v29, %v7 : i64
        %v31 = arith.cmpi eq, %v30, %v23 : i64
        %v32 = arith.andi %v31, %v15 : i1
        scf.if %v32 {
          %v33 = arith.divui %v29, %v7 : i64
          %v34 = llvm.mlir.zero : !llvm.ptr
          %v35 = llvm.icmp "ne" %ckpt_x_re, %v34 : !llvm.ptr
          scf.if %v35 {
            %v37 = arith.muli %v33, %v36 : i64
            %v38 = llvm.load %v3 : !llvm.ptr -> f32
            %v39 = arith.muli %v20, %size_N : i64
            %v40 = arith.addi %v39, %v18 : i64
            %v41 = arith.addi %v37, %v40 : i64
            %v42 = llvm.getelementptr %ckpt_x_re[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v38, %v42 : f32, !llvm.ptr
          }
          %v43 = llvm.mlir.zero : !llvm.ptr
          %v44 = llvm.icmp "ne" %ckpt_x_im, %v43 : !llvm.ptr
          scf.if %v44 {
            %v46 = arith.muli %v33, %v45 : i64
            %v47 = llvm.load %v4 : !llvm.ptr -> f32
            %v48 = arith.muli %v20, %size_N : i64
            %v49 = arith.addi %v48, %v18 : i64
            %v50 = arith.addi %v46, %v49 : i64
            %v51 = llvm.getelementptr %ckpt_x_im[%v50] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v47, %v51 : f32, !llvm.ptr
          }
        }
        // end save
        %v52 = arith.subi %size_L, %v29 : i64
        %v53 = arith.minsi %v52, %v24 : i64
        %v55 = arith.divui %v53, %v54 : i64
        %v56 = arith.index_cast %v23 : i64 to index
        %v57 = arith.index_cast %v55 : i64 to index
        %v58 = arith.index_cast %v1 : i64 to index
        scf.for %v59 = %v56 to %v57 step %v58 {
          %v60 = arith.index_cast %v59 : index to i64
          %v61 = arith.muli %v60, %v54 : i64
          %v62 = arith.addi %v61, %v1 : i64
          %v64 = arith.addi %v61, %v63 : i64
          %v66 = arith.addi %v61, %v65 : i64
          %v68 = arith.addi %v61, %v67 : i64
          %v70 = arith.addi %v61, %v69 : i64
          %v72 = arith.addi %v61, %v71 : i64
          %v74 = arith.addi %v61, %v73 : i64
          %v76 = arith.addi %v61, %v75 : i64
          %v78 = arith.addi %v61, %v77 : i64
          %v80 = arith.addi %v61, %v79 : i64
          %v82 = arith.addi %v61, %v81 : i64
          %v84 = arith.addi %v61, %v83 : i64
          %v86 = arith.addi %v61, %v85 : i64
          %v88 = arith.addi %v61, %v87 : i64
          %v90 = arith.addi %v61, %v89 : i64
          %v91 = arith.addi %v29, %v61 : i64
          %v93 = arith.muli %v20, %v92 : i64
          %v94 = arith.muli %v91, %size_N : i64
          %v95 = arith.addi %v93, %v94 : i64
          %v96 = arith.addi %v95, %v18 : i64
          %v97 = llvm.getelementptr %in_sum0[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v98 = llvm.load %v97 : !llvm.ptr -> f32
          %v99 = arith.muli %v20, %v92 : i64
          %v100 = arith.muli %v91, %size_N : i64
          %v101 = arith.addi %v99, %v100 : i64
          %v102 = arith.addi %v101, %v18 : i64
          %v103 = llvm.getelementptr %in_sum1[%v102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v104 = llvm.load %v103 : !llvm.ptr -> f32
          %v105 = arith.addi %v29, %v62 : i64
          %v106 = arith.muli %v20, %v92 : i64
          %v107 = arith.muli %v105, %size_N : i64
          %v108 = arith.addi %v106, %v107 : i64
          %v109 = arith.addi %v108, %v18 : i64
          %v110 = llvm.getelementptr %in_sum0[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v111 = llvm.load %v110 : !llvm.ptr -> f32
          %v112 = arith.muli %v20, %v92 : i64
          %v113 = arith.muli %v105, %size_N : i64
          %v114 = arith.addi %v112, %v113 : i64
          %v115 = arith.addi %v114, %v18 : i64
          %v116 = llvm.getelementptr %in_sum1[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v117 = llvm.load %v116 : !llvm.ptr -> f32
          %v118 = arith.addi %v29, %v64 : i64
          %v119 = arith.muli %v20, %v92 : i64
          %v120 = arith.muli %v118, %size_N : i64
          %v121 = arith.addi %v119, %v120 : i64
          %v122 = arith.addi %v121, %v18 : i64
          %v123 = llvm.getelementptr %in_sum0[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v124 = llvm.load %v123 : !llvm.ptr -> f32
          %v125 = arith.muli %v20, %v92 : i64
          %v126 = arith.muli %v118, %size_N : i64
          %v127 = arith.addi %v125, %v126 : i64
          %v128 = arith.addi %v127, %v18 : i64
          %v129 = llvm.getelementptr %in_sum1[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v130 = llvm.load %v129 : !llvm.ptr -> f32
          %v131 = arith.addi %v29, %v66 : i64
          %v132 = arith.muli %v20, %v92 : i64
          %v133 = arith.muli %v131, %size_N : i64
          %v134 = arith.addi %v132, %v133 : i64
          %v135 = arith.addi %v134, %v18 : i64
          %v136 = llvm.getelementptr %in_sum0[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v137 = llvm.load %v136 : !llvm.ptr -> f32
          %v138 = arith.muli %v20, %v92 : i64
          %v139 = arith.muli %v131, %size_N : i64
          %v140 = arith.addi %v138, %v139 : i64
          %v141 = arith.addi %v140, %v18 : i64
          %v142 = llvm.getelementptr %in_sum1[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v143 = llvm.load %v142 : !llvm.ptr -> f32
          %v144 = arith.addi %v29, %v68 : i64
          %v145 = arith.muli %v20, %v92 : i64
          %v146 = arith.muli %v144, %size_N : i64
          %v147 = arith.addi %v145, %v146 : i64
          %v148 = arith.addi %v147, %v18 : i64
          %v149 = llvm.getelementptr %in_sum0[%v148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v150 = llvm.load %v149 : !llvm.ptr -> f32
          %v151 = arith.muli %v20, %v92 : i64
          %v152 = arith.muli %v144, %size_N : i64
          %v153 = arith.addi %v151, %v152 : i64
          %v154 = arith.addi %v153, %v18 : i64
          %v155 = llvm.getelementptr %in_sum1[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v156 = llvm.load %v155 : !llvm.ptr -> f32
          %v157 = arith.addi %v29, %v70 : i64
          %v158 = arith.muli %v20, %v92 : i64
          %v159 = arith.muli %v157, %size_N : i64
          %v160 = arith.addi %v158, %v159 : i64
          %v161 = arith.addi %v160, %v18 : i64
          %v162 = llvm.getelementptr %in_sum0[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v163 = llvm.load %v162 : !llvm.ptr -> f32
          %v164 = arith.muli %v20, %v92 : i64
          %v165 = arith.muli %v157, %size_N : i64
          %v166 = arith.addi %v164, %v165 : i64
          %v167 = arith.addi %v166, %v18 : i64
          %v168 = llvm.getelementptr %in_sum1[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v169 = llvm.load %v168 : !llvm.ptr -> f32
          %v170 = arith.addi %v29, %v72 : i64
          %v171 = arith.muli %v20, %v92 : i64
          %v172 = arith.muli %v170, %size_N : i64
          %v173 = arith.addi %v171, %v172 : i64
          %v174 = arith.addi %v173, %v18 : i64
          %v175 = llvm.getelementptr %in_sum0[%v174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v176 = llvm.load %v175 : !llvm.ptr -> f32
          %v177 = arith.muli %v20, %v92 : i64
          %v178 = arith.muli %v170, %size_N : i64
          %v179 = arith.addi %v177, %v178 : i64
          %v180 = arith.addi %v179, %v18 : i64
          %v181 = llvm.getelementptr %in_sum1[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v182 = llvm.load %v181 : !llvm.ptr -> f32
          %v183 = arith.addi %v29, %v74 : i64
          %v184 = arith.muli %v20, %v92 : i64
          %v185 = arith.muli %v183, %size_N : i64
          %v186 = arith.addi %v184, %v185 : i64
          %v187 = arith.addi %v186, %v18 : i64
          %v188 = llvm.getelementptr %in_sum0[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v189 = llvm.load %v188 : !llvm.ptr -> f32
          %v190 = arith.muli %v20, %v92 : i64
          %v191 = arith.muli %v183, %size_N : i64
          %v192 = arith.addi %v190, %v191 : i64
          %v193 = arith.addi %v192, %v18 : i64
          %v194 = llvm.getelementptr %in_sum1[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v195 = llvm.load %v194 : !llvm.ptr -> f32
          %v196 = arith.addi %v29, %v76 : i64
          %v197 = arith.muli %v20, %v92 : i64
          %v198 = arith.muli %v196, %size_N : i64
          %v199 = arith.addi %v197, %v198 : i64
          %v200 = arith.addi %v199, %v18 : i64
          %v201 = llvm.getelementptr %in_sum0[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v202 = llvm.load %v201 : !llvm.ptr -> f32
          %v203 = arith.muli %v20, %v92 : i64
          %v204 = arith.muli %v196, %size_N : i64
          %v205 = arith.addi %v203, %v204 : i64
          %v206 = arith.addi %v205, %v18 : i64
          %v207 = llvm.getelementptr %in_sum1[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v208 = llvm.load %v207 : !llvm.ptr -> f32
          %v209 = arith.addi %v29, %v78 : i64
          %v210 = arith.muli %v20, %v92 : i64
          %v211 = arith.muli %v209, %size_N : i64
          %v212 = arith.addi %v210, %v211 : i64
          %v213 = arith.addi %v212, %v18 : i64
          %v214 = llvm.getelementptr %in_sum0[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v215 = llvm.load %v214 : !llvm.ptr -> f32
          %v216 = arith.muli %v20, %v92 : i64
          %v217 = arith.muli %v209, %size_N : i64
          %v218 = arith.addi %v216, %v217 : i64
          %v219 = arith.addi %v218, %v18 : i64
          %v220 = llvm.getelementptr %in_sum1[%v219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v221 = llvm.load %v220 : !llvm.ptr -> f32
          %v222 = arith.addi %v29, %v80 : i64
          %v223 = arith.muli %v20, %v92 : i64
          %v224 = arith.muli %v222, %size_N : i64
          %v225 = arith.addi %v223, %v224 : i64
          %v226 = arith.addi %v225, %v18 : i64
          %v227 = llvm.getelementptr %in_sum0[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v228 = llvm.load %v227 : !llvm.ptr -> f32
          %v229 = arith.muli %v20, %v92 : i64
          %v230 = arith.muli %v222, %size_N : i64
          %v231 = arith.addi %v229, %v230 : i64
          %v232 = arith.addi %v231, %v18 : i64
          %v233 = llvm.getelementptr %in_sum1[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v234 = llvm.load %v233 : !llvm.ptr -> f32
          %v235 = arith.addi %v29, %v82 : i64
          %v236 = arith.muli %v20, %v92 : i64
          %v237 = arith.muli %v235, %size_N : i64
          %v238 = arith.addi %v236, %v237 : i64
          %v239 = arith.addi %v238, %v18 : i64
          %v240 = llvm.getelementptr %in_sum0[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v241 = llvm.load %v240 : !llvm.ptr -> f32
          %v242 = arith.muli %v20, %v92 : i64
          %v243 = arith.muli %v235, %size_N : i64
          %v244 = arith.addi %v242, %v243 : i64
          %v245 = arith.addi %v244, %v18 : i64
          %v246 = llvm.getelementptr %in_sum1[%v245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v247 = llvm.load %v246 : !llvm.ptr -> f32
          %v248 = arith.addi %v29, %v84 : i64
          %v249 = arith.muli %v20, %v92 : i64
          %v250 = arith.muli %v248, %size_N : i64
          %v251 = arith.addi %v249, %v250 : i64
          %v252 = arith.addi %v251, %v18 : i64
          %v253 = llvm.getelementptr %in_sum0[%v252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v254 = llvm.load %v253 : !llvm.ptr -> f32
          %v255 = arith.muli %v20, %v92 : i64
          %v256 = arith.muli %v248, %size_N : i64
          %v257 = arith.addi %v255, %v256 : i64
          %v258 = arith.addi %v257, %v18 : i64
          %v259 = llvm.getelementptr %in_sum1[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v260 = llvm.load %v259 : !llvm.ptr -> f32
          %v261 = arith.addi %v29, %v86 : i64
          %v262 = arith.muli %v20, %v92 : i64
          %v263 = arith.muli %v261, %size_N : i64
          %v264 = arith.addi %v262, %v263 : i64
          %v265 = arith.addi %v264, %v18 : i64
          %v266 = llvm.getelementptr %in_sum0[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v267 = llvm.load %v266 : !llvm.ptr -> f32
          %v268 = arith.muli %v20, %v92 : i64
          %v269 = arith.muli %v261, %size_N : i64
          %v270 = arith.addi %v268, %v269 : i64
          %v271 = arith.addi %v270, %v18 : i64
          %v272 = llvm.getelementptr %in_sum1[%v271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v273 = llvm.load %v272 : !llvm.ptr -> f32
          %v274 = arith.addi %v29, %v88 : i64
          %v275 = arith.muli %v20, %v92 : i64
          %v276 = arith.muli %v274, %size_N : i64
          %v277 = arith.addi %v275, %v276 : i64
          %v278 = arith.addi %v277, %v18 : i64
          %v279 = llvm.getelementptr %in_sum0[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v280 = llvm.load %v279 : !llvm.ptr -> f32
          %v281 = arith.muli %v20, %v92 : i64
          %v282 = arith.muli %v274, %size_N : i64
          %v283 = arith.addi %v281, %v282 : i64
          %v284 = arith.addi %v283, %v18 : i64
          %v285 = llvm.getelementptr %in_sum1[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v286 = llvm.load %v285 : !llvm.ptr -> f32
          %v287 = arith.addi %v29, %v90 : i64
          %v288 = arith.muli %v20, %v92 : i64
          %v289 = arith.muli %v287, %size_N : i64
          %v290 = arith.addi %v288, %v289 : i64
          %v291 = arith.addi %v290, %v18 : i64
          %v292 = llvm.getelementptr %in_sum0[%v291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v293 = llvm.load %v292 : !llvm.ptr -> f32
          %v294 = arith.muli %v20, %v92 : i64
          %v295 = arith.muli %v287, %size_N : i64
          %v296 = arith.addi %v294, %v295 : i64
          %v297 = arith.addi %v296, %v18 : i64
          %v298 = llvm.getelementptr %in_sum1[%v297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v299 = llvm.load %v298 : !llvm.ptr -> f32
          %v300 = arith.addi %v29, %v61 : i64
          %v340 = arith.mulf %v339, %v98 fastmath<contract> : f32
          %v341 = llvm.load %v3 : !llvm.ptr -> f32
          %v342 = arith.mulf %v323, %v341 fastmath<contract> : f32
          %v343 = arith.addf %v342, %v340 fastmath<contract> : f32
          %v345 = llvm.load %v4 : !llvm.ptr -> f32
          %v346 = arith.mulf %v344, %v345 fastmath<contract> : f32
          %v347 = arith.addf %v343, %v346 fastmath<contract> : f32
          %v348 = arith.mulf %v339, %v104 fastmath<contract> : f32
          %v349 = llvm.load %v4 : !llvm.ptr -> f32
          %v350 = arith.mulf %v323, %v349 fastmath<contract> : f32
          %v351 = arith.addf %v350, %v348 fastmath<contract> : f32
          %v352 = llvm.load %v3 : !llvm.ptr -> f32
          %v353 = arith.mulf %v333, %v352 fastmath<contract> : f32
          %v354 = arith.addf %v351, %v353 fastmath<contract> : f32
          llvm.store %v347, %v3 : f32, !llvm.ptr
          llvm.store %v354, %v4 : f32, !llvm.ptr
          %v355 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v356 = arith.muli %v20, %v92 : i64
            %v357 = arith.muli %v300, %size_N : i64
            %v358 = arith.addi %v356, %v357 : i64
            %v359 = arith.addi %v358, %v18 : i64
            %v360 = llvm.getelementptr %out_x_re_seq[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v355, %v360 : f32, !llvm.ptr
          }
          %v361 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v362 = arith.muli %v20, %v92 : i64
            %v363 = arith.muli %v300, %size_N : i64
            %v364 = arith.addi %v362, %v363 : i64
            %v365 = arith.addi %v364, %v18 : i64
            %v366 = llvm.getelementptr %out_x_im_seq[%v365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v361, %v366 : f32, !llvm.ptr
          }
          %v367 = arith.addi %v29, %v62 : i64
          %v368 = arith.mulf %v339, %v111 fastmath<contract> : f32
          %v369 = llvm.load %v3 : !llvm.ptr -> f32
          %v370 = arith.mulf %v323, %v369 fastmath<contract> : f32
          %v371 = arith.addf %v370, %v368 fastmath<contract> : f32
          %v372 = llvm.load %v4 : !llvm.ptr -> f32
          %v373 = arith.mulf %v344, %v372 fastmath<contract> : f32
          %v374 = arith.addf %v371, %v373 fastmath<contract> : f32
          %v375 = arith.mulf %v339, %v117 fastmath<contract> : f32
          %v376 = llvm.load %v4 : !llvm.ptr -> f32
          %v377 = arith.mulf %v323, %v376 fastmath<contract> : f32
          %v378 = arith.addf %v377, %v375 fastmath<contract> : f32
          %v379 = llvm.load %v3 : !llvm.ptr -> f32
          %v380 = arith.mulf %v333, %v379 fastmath<contract> : f32
          %v381 = arith.addf %v378, %v380 fastmath<contract> : f32
          llvm.store %v374, %v3 : f32, !llvm.ptr
          llvm.store %v381, %v4 : f32, !llvm.ptr
          %v382 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v383 = arith.muli %v20, %v92 : i64
            %v384 = arith.muli %v367, %size_N : i64
            %v385 = arith.addi %v383, %v384 : i64
            %v386 = arith.addi %v385, %v18 : i64
            %v387 = llvm.getelementptr %out_x_re_seq[%v386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v382, %v387 : f32, !llvm.ptr
          }
          %v388 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v389 = arith.muli %v20, %v92 : i64
            %v390 = arith.muli %v367, %size_N : i64
            %v391 = arith.addi %v389, %v390 : i64
            %v392 = arith.addi %v391, %v18 : i64
            %v393 = llvm.getelementptr %out_x_im_seq[%v392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v388, %v393 : f32, !llvm.ptr
          }
          %v394 = arith.addi %v29, %v64 : i64
          %v395 = arith.mulf %v339, %v124 fastmath<contract> : f32
          %v396 = llvm.load %v3 : !llvm.ptr -> f32
          %v397 = arith.mulf %v323, %v396 fastmath<contract> : f32
          %v398 = arith.addf %v397, %v395 fastmath<contract> : f32
          %v399 = llvm.load %v4 : !llvm.ptr -> f32
          %v400 = arith.mulf %v344, %v399 fastmath<contract> : f32
          %v401 = arith.addf %v398, %v400 fastmath<contract> : f32
          %v402 = arith.mulf %v339, %v130 fastmath<contract> : f32
          %v403 = llvm.load %v4 : !llvm.ptr -> f32
          %v404 = arith.mulf %v323, %v403 fastmath<contract> : f32
          %v405 = arith.addf %v404, %v402 fastmath<contract> : f32
          %v406 = llvm.load %v3 : !llvm.ptr -> f32
          %v407 = arith.mulf %v333, %v406 fastmath<contract> : f32
          %v408 = arith.addf %v405, %v407 fastmath<contract> : f32
          llvm.store %v401, %v3 : f32, !llvm.ptr
          llvm.store %v408, %v4 : f32, !llvm.ptr
          %v409 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v410 = arith.muli %v20, %v92 : i64
            %v411 = arith.muli %v394, %size_N : i64
            %v412 = arith.addi %v410, %v411 : i64
            %v413 = arith.addi %v412, %v18 : i64
            %v414 = llvm.getelementptr %out_x_re_seq[%v413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v409, %v414 : f32, !llvm.ptr
          }
          %v415 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v416 = arith.muli %v20, %v92 : i64
            %v417 = arith.muli %v394, %size_N : i64
            %v418 = arith.addi %v416, %v417 : i64
            %v419 = arith.addi %v418, %v18 : i64
            %v420 = llvm.getelementptr %out_x_im_seq[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v415, %v420 : f32, !llvm.ptr
          }
          %v421 = arith.addi %v29, %v66 : i64
          %v422 = arith.mulf %v339, %v137 fastmath<contract> : f32
          %v423 = llvm.load %v3 : !llvm.ptr -> f32
          %v424 = arith.mulf %v323, %v423 fastmath<contract> : f32
          %v425 = arith.addf %v424, %v422 fastmath<contract> : f32
          %v426 = llvm.load %v4 : !llvm.ptr -> f32
          %v427 = arith.mulf %v344, %v426 fastmath<contract> : f32
          %v428 = arith.addf %v425, %v427 fastmath<contract> : f32
          %v429 = arith.mulf %v339, %v143 fastmath<contract> : f32
          %v430 = llvm.load %v4 : !llvm.ptr -> f32
          %v431 = arith.mulf %v323, %v430 fastmath<contract> : f32
          %v432 = arith.addf %v431, %v429 fastmath<contract> : f32
          %v433 = llvm.load %v3 : !llvm.ptr -> f32
          %v434 = arith.mulf %v333, %v433 fastmath<contract> : f32
          %v435 = arith.addf %v432, %v434 fastmath<contract> : f32
          llvm.store %v428, %v3 : f32, !llvm.ptr
          llvm.store %v435, %v4 : f32, !llvm.ptr
          %v436 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v437 = arith.muli %v20, %v92 : i64
            %v438 = arith.muli %v421, %size_N : i64
            %v439 = arith.addi %v437, %v438 : i64
            %v440 = arith.addi %v439, %v18 : i64
            %v441 = llvm.getelementptr %out_x_re_seq[%v440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v436, %v441 : f32, !llvm.ptr
          }
          %v442 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v443 = arith.muli %v20, %v92 : i64
            %v444 = arith.muli %v421, %size_N : i64
            %v445 = arith.addi %v443, %v444 : i64
            %v446 = arith.addi %v445, %v18 : i64
            %v447 = llvm.getelementptr %out_x_im_seq[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v442, %v447 : f32, !llvm.ptr
          }
          %v448 = arith.addi %v29, %v68 : i64
          %v449 = arith.mulf %v339, %v150 fastmath<contract> : f32
          %v450 = llvm.load %v3 : !llvm.ptr -> f32
          %v451 = arith.mulf %v323, %v450 fastmath<contract> : f32
          %v452 = arith.addf %v451, %v449 fastmath<contract> : f32
          %v453 = llvm.load %v4 : !llvm.ptr -> f32
          %v454 = arith.mulf %v344, %v453 fastmath<contract> : f32
          %v455 = arith.addf %v452, %v454 fastmath<contract> : f32
          %v456 = arith.mulf %v339, %v156 fastmath<contract> : f32
          %v457 = llvm.load %v4 : !llvm.ptr -> f32
          %v458 = arith.mulf %v323, %v457 fastmath<contract> : f32
          %v459 = arith.addf %v458, %v456 fastmath<contract> : f32
          %v460 = llvm.load %v3 : !llvm.ptr -> f32
          %v461 = arith.mulf %v333, %v460 fastmath<contract> : f32
          %v462 = arith.addf %v459, %v461 fastmath<contract> : f32
          llvm.store %v455, %v3 : f32, !llvm.ptr
          llvm.store %v462, %v4 : f32, !llvm.ptr
          %v463 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v464 = arith.muli %v20, %v92 : i64
            %v465 = arith.muli %v448, %size_N : i64
            %v466 = arith.addi %v464, %v465 : i64
            %v467 = arith.addi %v466, %v18 : i64
            %v468 = llvm.getelementptr %out_x_re_seq[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v463, %v468 : f32, !llvm.ptr
          }
          %v469 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v470 = arith.muli %v20, %v92 : i64
            %v471 = arith.muli %v448, %size_N : i64
            %v472 = arith.addi %v470, %v471 : i64
            %v473 = arith.addi %v472, %v18 : i64
            %v474 = llvm.getelementptr %out_x_im_seq[%v473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v469, %v474 : f32, !llvm.ptr
          }
          %v475 = arith.addi %v29, %v70 : i64
          %v476 = arith.mulf %v339, %v163 fastmath<contract> : f32
          %v477 = llvm.load %v3 : !llvm.ptr -> f32
          %v478 = arith.mulf %v323, %v477 fastmath<contract> : f32
          %v479 = arith.addf %v478, %v476 fastmath<contract> : f32
          %v480 = llvm.load %v4 : !llvm.ptr -> f32
          %v481 = arith.mulf %v344, %v480 fastmath<contract> : f32
          %v482 = arith.addf %v479, %v481 fastmath<contract> : f32
          %v483 = arith.mulf %v339, %v169 fastmath<contract> : f32
          %v484 = llvm.load %v4 : !llvm.ptr -> f32
          %v485 = arith.mulf %v323, %v484 fastmath<contract> : f32
          %v486 = arith.addf %v485, %v483 fastmath<contract> : f32
          %v487 = llvm.load %v3 : !llvm.ptr -> f32
          %v488 = arith.mulf %v333, %v487 fastmath<contract> : f32
          %v489 = arith.addf %v486, %v488 fastmath<contract> : f32
          llvm.store %v482, %v3 : f32, !llvm.ptr
          llvm.store %v489, %v4 : f32, !llvm.ptr
          %v490 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v491 = arith.muli %v20, %v92 : i64
            %v492 = arith.muli %v475, %size_N : i64
            %v493 = arith.addi %v491, %v492 : i64
            %v494 = arith.addi %v493, %v18 : i64
            %v495 = llvm.getelementptr %out_x_re_seq[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v490, %v495 : f32, !llvm.ptr
          }
          %v496 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v497 = arith.muli %v20, %v92 : i64
            %v498 = arith.muli %v475, %size_N : i64
            %v499 = arith.addi %v497, %v498 : i64
            %v500 = arith.addi %v499, %v18 : i64
            %v501 = llvm.getelementptr %out_x_im_seq[%v500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v496, %v501 : f32, !llvm.ptr
          }
          %v502 = arith.addi %v29, %v72 : i64
          %v503 = arith.mulf %v339, %v176 fastmath<contract> : f32
          %v504 = llvm.load %v3 : !llvm.ptr -> f32
          %v505 = arith.mulf %v323, %v504 fastmath<contract> : f32
          %v506 = arith.addf %v505, %v503 fastmath<contract> : f32
          %v507 = llvm.load %v4 : !llvm.ptr -> f32
          %v508 = arith.mulf %v344, %v507 fastmath<contract> : f32
          %v509 = arith.addf %v506, %v508 fastmath<contract> : f32
          %v510 = arith.mulf %v339, %v182 fastmath<contract> : f32
          %v511 = llvm.load %v4 : !llvm.ptr -> f32
          %v512 = arith.mulf %v323, %v511 fastmath<contract> : f32
          %v513 = arith.addf %v512, %v510 fastmath<contract> : f32
          %v514 = llvm.load %v3 : !llvm.ptr -> f32
          %v515 = arith.mulf %v333, %v514 fastmath<contract> : f32
          %v516 = arith.addf %v513, %v515 fastmath<contract> : f32
          llvm.store %v509, %v3 : f32, !llvm.ptr
          llvm.store %v516, %v4 : f32, !llvm.ptr
          %v517 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v518 = arith.muli %v20, %v92 : i64
            %v519 = arith.muli %v502, %size_N : i64
            %v520 = arith.addi %v518, %v519 : i64
            %v521 = arith.addi %v520, %v18 : i64
            %v522 = llvm.getelementptr %out_x_re_seq[%v521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v517, %v522 : f32, !llvm.ptr
          }
          %v523 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v524 = arith.muli %v20, %v92 : i64
            %v525 = arith.muli %v502, %size_N : i64
            %v526 = arith.addi %v524, %v525 : i64
            %v527 = arith.addi %v526, %v18 : i64
            %v528 = llvm.getelementptr %out_x_im_seq[%v527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v523, %v528 : f32, !llvm.ptr
          }
          %v529 = arith.addi %v29, %v74 : i64
          %v530 = arith.mulf %v339, %v189 fastmath<contract> : f32
          %v531 = llvm.load %v3 : !llvm.ptr -> f32
          %v532 = arith.mulf %v323, %v531 fastmath<contract> : f32
          %v533 = arith.addf %v532, %v530 fastmath<contract> : f32
          %v534 = llvm.load %v4 : !llvm.ptr -> f32
          %v535 = arith.mulf %v344, %v534 fastmath<contract> : f32
          %v536 = arith.addf %v533, %v535 fastmath<contract> : f32
          %v537 = arith.mulf %v339, %v195 fastmath<contract> : f32
          %v538 = llvm.load %v4 : !llvm.ptr -> f32
          %v539 = arith.mulf %v323, %v538 fastmath<contract> : f32
          %v540 = arith.addf %v539, %v537 fastmath<contract> : f32
          %v541 = llvm.load %v3 : !llvm.ptr -> f32
          %v542 = arith.mulf %v333, %v541 fastmath<contract> : f32
          %v543 = arith.addf %v540, %v542 fastmath<contract> : f32
          llvm.store %v536, %v3 : f32, !llvm.ptr
          llvm.store %v543, %v4 : f32, !llvm.ptr
          %v544 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v545 = arith.muli %v20, %v92 : i64
            %v546 = arith.muli %v529, %size_N : i64
            %v547 = arith.addi %v545, %v546 : i64
            %v548 = arith.addi %v547, %v18 : i64
            %v549 = llvm.getelementptr %out_x_re_seq[%v548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v544, %v549 : f32, !llvm.ptr
          }
          %v550 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v551 = arith.muli %v20, %v92 : i64
            %v552 = arith.muli %v529, %size_N : i64
            %v553 = arith.addi %v551, %v552 : i64
            %v554 = arith.addi %v553, %v18 : i64
            %v555 = llvm.getelementptr %out_x_im_seq[%v554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v550, %v555 : f32, !llvm.ptr
          }
          %v556 = arith.addi %v29, %v76 : i64
          %v557 = arith.mulf %v339, %v202 fastmath<contract> : f32
          %v558 = llvm.load %v3 : !llvm.ptr -> f32
          %v559 = arith.mulf %v323, %v558 fastmath<contract> : f32
          %v560 = arith.addf %v559, %v557 fastmath<contract> : f32
          %v561 = llvm.load %v4 : !llvm.ptr -> f32
          %v562 = arith.mulf %v344, %v561 fastmath<contract> : f32
          %v563 = arith.addf %v560, %v562 fastmath<contract> : f32
          %v564 = arith.mulf %v339, %v208 fastmath<contract> : f32
          %v565 = llvm.load %v4 : !llvm.ptr -> f32
          %v566 = arith.mulf %v323, %v565 fastmath<contract> : f32
          %v567 = arith.addf %v566, %v564 fastmath<contract> : f32
          %v568 = llvm.load %v3 : !llvm.ptr -> f32
          %v569 = arith.mulf %v333, %v568 fastmath<contract> : f32
          %v570 = arith.addf %v567, %v569 fastmath<contract> : f32
          llvm.store %v563, %v3 : f32, !llvm.ptr
          llvm.store %v570, %v4 : f32, !llvm.ptr
          %v571 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v572 = arith.muli %v20, %v92 : i64
            %v573 = arith.muli %v556, %size_N : i64
            %v574 = arith.addi %v572, %v573 : i64
            %v575 = arith.addi %v574, %v18 : i64
            %v576 = llvm.getelementptr %out_x_re_seq[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v571, %v576 : f32, !llvm.ptr
          }
          %v577 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v578 = arith.muli %v20, %v92 : i64
            %v579 = arith.muli %v556, %size_N : i64
            %v580 = arith.addi %v578, %v579 : i64
            %v581 = arith.addi %v580, %v18 : i64
            %v582 = llvm.getelementptr %out_x_im_seq[%v581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v577, %v582 : f32, !llvm.ptr
          }
          %v583 = arith.addi %v29, %v78 : i64
          %v584 = arith.mulf %v339, %v215 fastmath<contract> : f32
          %v585 = llvm.load %v3 : !llvm.ptr -> f32
          %v586 = arith.mulf %v323, %v585 fastmath<contract> : f32
          %v587 = arith.addf %v586, %v584 fastmath<contract> : f32
          %v588 = llvm.load %v4 : !llvm.ptr -> f32
          %v589 = arith.mulf %v344, %v588 fastmath<contract> : f32
          %v590 = arith.addf %v587, %v589 fastmath<contract> : f32
          %v591 = arith.mulf %v339, %v221 fastmath<contract> : f32
          %v592 = llvm.load %v4 : !llvm.ptr -> f32
          %v593 = arith.mulf %v323, %v592 fastmath<contract> : f32
          %v594 = arith.addf %v593, %v591 fastmath<contract> : f32
          %v595 = llvm.load %v3 : !llvm.ptr -> f32
          %v596 = arith.mulf %v333, %v595 fastmath<contract> : f32
          %v597 = arith.addf %v594, %v596 fastmath<contract> : f32
          llvm.store %v590, %v3 : f32, !llvm.ptr
          llvm.store %v597, %v4 : f32, !llvm.ptr
          %v598 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v599 = arith.muli %v20, %v92 : i64
            %v600 = arith.muli %v583, %size_N : i64
            %v601 = arith.addi %v599, %v600 : i64
            %v602 = arith.addi %v601, %v18 : i64
            %v603 = llvm.getelementptr %out_x_re_seq[%v602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v598, %v603 : f32, !llvm.ptr
          }
          %v604 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v605 = arith.muli %v20, %v92 : i64
            %v606 = arith.muli %v583, %size_N : i64
            %v607 = arith.addi %v605, %v606 : i64
            %v608 = arith.addi %v607, %v18 : i64
            %v609 = llvm.getelementptr %out_x_im_seq[%v608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v604, %v609 : f32, !llvm.ptr
          }
          %v610 = arith.addi %v29, %v80 : i64
          %v611 = arith.mulf %v339, %v228 fastmath<contract> : f32
          %v612 = llvm.load %v3 : !llvm.ptr -> f32
          %v613 = arith.mulf %v323, %v612 fastmath<contract> : f32
          %v614 = arith.addf %v613, %v611 fastmath<contract> : f32
          %v615 = llvm.load %v4 : !llvm.ptr -> f32
          %v616 = arith.mulf %v344, %v615 fastmath<contract> : f32
          %v617 = arith.addf %v614, %v616 fastmath<contract> : f32
          %v618 = arith.mulf %v339, %v234 fastmath<contract> : f32
          %v619 = llvm.load %v4 : !llvm.ptr -> f32
          %v620 = arith.mulf %v323, %v619 fastmath<contract> : f32
          %v621 = arith.addf %v620, %v618 fastmath<contract> : f32
          %v622 = llvm.load %v3 : !llvm.ptr -> f32
          %v623 = arith.mulf %v333, %v622 fastmath<contract> : f32
          %v624 = arith.addf %v621, %v623 fastmath<contract> : f32
          llvm.store %v617, %v3 : f32, !llvm.ptr
          llvm.store %v624, %v4 : f32, !llvm.ptr
          %v625 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v626 = arith.muli %v20, %v92 : i64
            %v627 = arith.muli %v610, %size_N : i64
            %v628 = arith.addi %v626, %v627 : i64
            %v629 = arith.addi %v628, %v18 : i64
            %v630 = llvm.getelementptr %out_x_re_seq[%v629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v625, %v630 : f32, !llvm.ptr
          }
          %v631 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v632 = arith.muli %v20, %v92 : i64
            %v633 = arith.muli %v610, %size_N : i64
            %v634 = arith.addi %v632, %v633 : i64
            %v635 = arith.addi %v634, %v18 : i64
            %v636 = llvm.getelementptr %out_x_im_seq[%v635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v631, %v636 : f32, !llvm.ptr
          }
          %v637 = arith.addi %v29, %v82 : i64
          %v638 = arith.mulf %v339, %v241 fastmath<contract> : f32
          %v639 = llvm.load %v3 : !llvm.ptr -> f32
          %v640 = arith.mulf %v323, %v639 fastmath<contract> : f32
          %v641 = arith.addf %v640, %v638 fastmath<contract> : f32
          %v642 = llvm.load %v4 : !llvm.ptr -> f32
          %v643 = arith.mulf %v344, %v642 fastmath<contract> : f32
          %v644 = arith.addf %v641, %v643 fastmath<contract> : f32
          %v645 = arith.mulf %v339, %v247 fastmath<contract> : f32
          %v646 = llvm.load %v4 : !llvm.ptr -> f32
          %v647 = arith.mulf %v323, %v646 fastmath<contract> : f32
          %v648 = arith.addf %v647, %v645 fastmath<contract> : f32
          %v649 = llvm.load %v3 : !llvm.ptr -> f32
          %v650 = arith.mulf %v333, %v649 fastmath<contract> : f32
          %v651 = arith.addf %v648, %v650 fastmath<contract> : f32
          llvm.store %v644, %v3 : f32, !llvm.ptr
          llvm.store %v651, %v4 : f32, !llvm.ptr
          %v652 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v653 = arith.muli %v20, %v92 : i64
            %v654 = arith.muli %v637, %size_N : i64
            %v655 = arith.addi %v653, %v654 : i64
            %v656 = arith.addi %v655, %v18 : i64
            %v657 = llvm.getelementptr %out_x_re_seq[%v656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v652, %v657 : f32, !llvm.ptr
          }
          %v658 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v659 = arith.muli %v20, %v92 : i64
            %v660 = arith.muli %v637, %size_N : i64
            %v661 = arith.addi %v659, %v660 : i64
            %v662 = arith.addi %v661, %v18 : i64
            %v663 = llvm.getelementptr %out_x_im_seq[%v662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v658, %v663 : f32, !llvm.ptr
          }
          %v664 = arith.addi %v29, %v84 : i64
          %v665 = arith.mulf %v339, %v254 fastmath<contract> : f32
          %v666 = llvm.load %v3 : !llvm.ptr -> f32
          %v667 = arith.mulf %v323, %v666 fastmath<contract> : f32
          %v668 = arith.addf %v667, %v665 fastmath<contract> : f32
          %v669 = llvm.load %v4 : !llvm.ptr -> f32
          %v670 = arith.mulf %v344, %v669 fastmath<contract> : f32
          %v671 = arith.addf %v668, %v670 fastmath<contract> : f32
          %v672 = arith.mulf %v339, %v260 fastmath<contract> : f32
          %v673 = llvm.load %v4 : !llvm.ptr -> f32
          %v674 = arith.mulf %v323, %v673 fastmath<contract> : f32
          %v675 = arith.addf %v674, %v672 fastmath<contract> : f32
          %v676 = llvm.load %v3 : !llvm.ptr -> f32
          %v677 = arith.mulf %v333, %v676 fastmath<contract> : f32
          %v678 = arith.addf %v675, %v677 fastmath<contract> : f32
          llvm.store %v671, %v3 : f32, !llvm.ptr
          llvm.store %v678, %v4 : f32, !llvm.ptr
          %v679 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v680 = arith.muli %v20, %v92 : i64
            %v681 = arith.muli %v664, %size_N : i64
            %v682 = arith.addi %v680, %v681 : i64
            %v683 = arith.addi %v682, %v18 : i64
            %v684 = llvm.getelementptr %out_x_re_seq[%v683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v679, %v684 : f32, !llvm.ptr
          }
          %v685 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v686 = arith.muli %v20, %v92 : i64
            %v687 = arith.muli %v664, %size_N : i64
            %v688 = arith.addi %v686, %v687 : i64
            %v689 = arith.addi %v688, %v18 : i64
            %v690 = llvm.getelementptr %out_x_im_seq[%v689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v685, %v690 : f32, !llvm.ptr
          }
          %v691 = arith.addi %v29, %v86 : i64
          %v692 = arith.mulf %v339, %v267 fastmath<contract> : f32
          %v693 = llvm.load %v3 : !llvm.ptr -> f32
          %v694 = arith.mulf %v323, %v693 fastmath<contract> : f32
          %v695 = arith.addf %v694, %v692 fastmath<contract> : f32
          %v696 = llvm.load %v4 : !llvm.ptr -> f32
          %v697 = arith.mulf %v344, %v696 fastmath<contract> : f32
          %v698 = arith.addf %v695, %v697 fastmath<contract> : f32
          %v699 = arith.mulf %v339, %v273 fastmath<contract> : f32
          %v700 = llvm.load %v4 : !llvm.ptr -> f32
          %v701 = arith.mulf %v323, %v700 fastmath<contract> : f32
          %v702 = arith.addf %v701, %v699 fastmath<contract> : f32
          %v703 = llvm.load %v3 : !llvm.ptr -> f32
          %v704 = arith.mulf %v333, %v703 fastmath<contract> : f32
          %v705 = arith.addf %v702, %v704 fastmath<contract> : f32
          llvm.store %v698, %v3 : f32, !llvm.ptr
          llvm.store %v705, %v4 : f32, !llvm.ptr
          %v706 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v707 = arith.muli %v20, %v92 : i64
            %v708 = arith.muli %v691, %size_N : i64
            %v709 = arith.addi %v707, %v708 : i64
            %v710 = arith.addi %v709, %v18 : i64
            %v711 = llvm.getelementptr %out_x_re_seq[%v710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v706, %v711 : f32, !llvm.ptr
          }
          %v712 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v713 = arith.muli %v20, %v92 : i64
            %v714 = arith.muli %v691, %size_N : i64
            %v715 = arith.addi %v713, %v714 : i64
            %v716 = arith.addi %v715, %v18 : i64
            %v717 = llvm.getelementptr %out_x_im_seq[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v712, %v717 : f32, !llvm.ptr
          }
          %v718 = arith.addi %v29, %v88 : i64
          %v719 = arith.mulf %v339, %v280 fastmath<contract> : f32
          %v720 = llvm.load %v3 : !llvm.ptr -> f32
          %v721 = arith.mulf %v323, %v720 fastmath<contract> : f32
          %v722 = arith.addf %v721, %v719 fastmath<contract> : f32
          %v723 = llvm.load %v4 : !llvm.ptr -> f32
          %v724 = arith.mulf %v344, %v723 fastmath<contract> : f32
          %v725 = arith.addf %v722, %v724 fastmath<contract> : f32
          %v726 = arith.mulf %v339, %v286 fastmath<contract> : f32
          %v727 = llvm.load %v4 : !llvm.ptr -> f32
          %v728 = arith.mulf %v323, %v727 fastmath<contract> : f32
          %v729 = arith.addf %v728, %v726 fastmath<contract> : f32
          %v730 = llvm.load %v3 : !llvm.ptr -> f32
          %v731 = arith.mulf %v333, %v730 fastmath<contract> : f32
          %v732 = arith.addf %v729, %v731 fastmath<contract> : f32
          llvm.store %v725, %v3 : f32, !llvm.ptr
          llvm.store %v732, %v4 : f32, !llvm.ptr
          %v733 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v734 = arith.muli %v20, %v92 : i64
            %v735 = arith.muli %v718, %size_N : i64
            %v736 = arith.addi %v734, %v735 : i64
            %v737 = arith.addi %v736, %v18 : i64
            %v738 = llvm.getelementptr %out_x_re_seq[%v737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v733, %v738 : f32, !llvm.ptr
          }
          %v739 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v740 = arith.muli %v20, %v92 : i64
            %v741 = arith.muli %v718, %size_N : i64
            %v742 = arith.addi %v740, %v741 : i64
            %v743 = arith.addi %v742, %v18 : i64
            %v744 = llvm.getelementptr %out_x_im_seq[%v743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v739, %v744 : f32, !llvm.ptr
          }
          %v745 = arith.addi %v29, %v90 : i64
          %v746 = arith.mulf %v339, %v293 fastmath<contract> : f32
          %v747 = llvm.load %v3 : !llvm.ptr -> f32
          %v748 = arith.mulf %v323, %v747 fastmath<contract> : f32
          %v749 = arith.addf %v748, %v746 fastmath<contract> : f32
          %v750 = llvm.load %v4 : !llvm.ptr -> f32
          %v751 = arith.mulf %v344, %v750 fastmath<contract> : f32
          %v752 = arith.addf %v749, %v751 fastmath<contract> : f32
          %v753 = arith.mulf %v339, %v299 fastmath<contract> : f32
          %v754 = llvm.load %v4 : !llvm.ptr -> f32
          %v755 = arith.mulf %v323, %v754 fastmath<contract> : f32
          %v756 = arith.addf %v755, %v753 fastmath<contract> : f32
          %v757 = llvm.load %v3 : !llvm.ptr -> f32
          %v758 = arith.mulf %v333, %v757 fastmath<contract> : f32
          %v759 = arith.addf %v756, %v758 fastmath<contract> : f32
          llvm.store %v752, %v3 : f32, !llvm.ptr
          llvm.store %v759, %v4 : f32, !llvm.ptr
          %v760 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v761 = arith.muli %v20, %v92 : i64
            %v762 = arith.muli %v745, %size_N : i64
            %v763 = arith.addi %v761, %v762 : i64
            %v764 = arith.addi %v763, %v18 : i64
            %v765 = llvm.getelementptr %out_x_re_seq[%v764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v760, %v765 : f32, !llvm.ptr
          }
          %v766 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v767 = arith.muli %v20, %v92 : i64
            %v768 = arith.muli %v745, %size_N : i64
            %v769 = arith.addi %v767, %v768 : i64
            %v770 = arith.addi %v769, %v18 : i64
            %v771 = llvm.getelementptr %out_x_im_seq[%v770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v766, %v771 : f32, !llvm.ptr
          }
        }
        %v772 = arith.muli %v55, %v54 : i64
        %v773 = arith.index_cast %v772 : i64 to index
        %v774 = arith.index_cast %v53 : i64 to index
        %v775 = arith.index_cast %v1 : i64 to index
        scf.for %v776 = %v773 to %v774 step %v775 {
          %v777 = arith.index_cast %v776 : index to i64
          %v778 = arith.addi %v29, %v777 : i64
          %v779 = arith.muli %v20, %v92 : i64
          %v780 = arith.muli %v778, %size_N : i64
          %v781 = arith.addi %v779, %v780 : i64
          %v782 = arith.addi %v781, %v18 : i64
          %v783 = llvm.getelementptr %in_sum0[%v782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v784 = llvm.load %v783 : !llvm.ptr -> f32
          %v785 = arith.mulf %v339, %v784 fastmath<contract> : f32
          %v786 = llvm.load %v3 : !llvm.ptr -> f32
          %v787 = arith.mulf %v323, %v786 fastmath<contract> : f32
          %v788 = arith.addf %v787, %v785 fastmath<contract> : f32
          %v789 = llvm.load %v4 : !llvm.ptr -> f32
          %v790 = arith.mulf %v344, %v789 fastmath<contract> : f32
          %v791 = arith.addf %v788, %v790 fastmath<contract> : f32
          %v792 = arith.muli %v20, %v92 : i64
          %v793 = arith.muli %v778, %size_N : i64
          %v794 = arith.addi %v792, %v793 : i64
          %v795 = arith.addi %v794, %v18 : i64
          %v796 = llvm.getelementptr %in_sum1[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v797 = llvm.load %v796 : !llvm.ptr -> f32
          %v798 = arith.mulf %v339, %v797 fastmath<contract> : f32
          %v799 = llvm.load %v4 : !llvm.ptr -> f32
          %v800 = arith.mulf %v323, %v799 fastmath<contract> : f32
          %v801 = arith.addf %v800, %v798 fastmath<contract> : f32
          %v802 = llvm.load %v3 : !llvm.ptr -> f32
          %v803 = arith.mulf %v333, %v802 fastmath<contract> : f32
          %v804 = arith.addf %v801, %v803 fastmath<contract> : f32
          llvm.store %v791, %v3 : f32, !llvm.ptr
          llvm.store %v804, %v4 : f32, !llvm.ptr
          %v805 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v806 = arith.muli %v20, %v92 : i64
            %v807 = arith.muli %v778, %size_N : i64
            %v808 = arith.addi %v806, %v807 : i64
            %v809 = arith.addi %v808, %v18 : i64
            %v810 = llvm.getelementptr %out_x_re_seq[%v809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v805, %v810 : f32, !llvm.ptr
          }
          %v811 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v812 = arith.muli %v20, %v92 : i64
            %v813 = arith.muli %v778, %size_N : i64
            %v814 = arith.addi %v812, %v813 : i64
            %v815 = arith.addi %v814, %v18 : i64
            %v816 = llvm.getelementptr %out_x_im_seq[%v815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v811, %v816 : f32, !llvm.ptr
          }
        }
      }
      gpu.return
    }
  }
}
