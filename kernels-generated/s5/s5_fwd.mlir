module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_fwd(%in_lam_re: !llvm.ptr, %in_lam_im: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_bu_re: !llvm.ptr, %in_bu_im: !llvm.ptr, %out_x_re_seq: !llvm.ptr, %out_x_im_seq: !llvm.ptr, %ckpt_x_re: !llvm.ptr, %ckpt_x_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v305 = arith.constant 0x3FB8AA3B : f32
      %v314 = arith.constant 0x3E22F983 : f32
      %v317 = arith.constant 0x40C90000 : f32
      %v318 = arith.constant 0x3AFDAA22 : f32
      %v325 = arith.constant 0x3F800000 : f32
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
      %v301 = llvm.getelementptr %in_lam_re[%v18] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v302 = llvm.load %v301 : !llvm.ptr -> f32
      %v303 = llvm.getelementptr %in_log_dt[%v18] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v304 = llvm.load %v303 : !llvm.ptr -> f32
      %v306 = arith.mulf %v304, %v305 fastmath<contract> : f32
      %v307 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v306) : (f32) -> f32
      %v308 = arith.mulf %v302, %v307 fastmath<contract> : f32
      %v309 = arith.mulf %v308, %v305 fastmath<contract> : f32
      %v310 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v309) : (f32) -> f32
      %v311 = llvm.getelementptr %in_lam_im[%v18] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v312 = llvm.load %v311 : !llvm.ptr -> f32
      %v313 = arith.mulf %v312, %v307 fastmath<contract> : f32
      %v315 = arith.mulf %v313, %v314 fastmath<contract> : f32
      %v316 = llvm.call_intrinsic "llvm.roundeven.f32"(%v315) : (f32) -> f32
      %v319 = arith.mulf %v316, %v317 fastmath<contract> : f32
      %v320 = arith.subf %v313, %v319 fastmath<contract> : f32
      %v321 = arith.mulf %v316, %v318 fastmath<contract> : f32
      %v322 = arith.subf %v320, %v321 fastmath<contract> : f32
      %v323 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v322) : (f32) -> f32
      %v324 = arith.mulf %v310, %v323 fastmath<contract> : f32
      %v326 = arith.subf %v324, %v325 fastmath<contract> : f32
      %v327 = arith.mulf %v302, %v326 fastmath<contract> : f32
      %v328 = arith.mulf %v313, %v314 fastmath<contract> : f32
      %v329 = llvm.call_intrinsic "llvm.roundeven.f32"(%v328) : (f32) -> f32
      %v330 = arith.mulf %v329, %v317 fastmath<contract> : f32
      %v331 = arith.subf %v313, %v330 fastmath<contract> : f32
      %v332 = arith.mulf %v329, %v318 fastmath<contract> : f32
      %v333 = arith.subf %v331, %v332 fastmath<contract> : f32
      %v334 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v333) : (f32) -> f32
      %v335 = arith.mulf %v310, %v334 fastmath<contract> : f32
      %v336 = arith.mulf %v312, %v335 fastmath<contract> : f32
      %v337 = arith.addf %v327, %v336 fastmath<contract> : f32
      %v338 = arith.mulf %v302, %v302 fastmath<contract> : f32
      %v339 = arith.mulf %v312, %v312 fastmath<contract> : f32
      %v340 = arith.addf %v338, %v339 fastmath<contract> : f32
      %v341 = arith.divf %v337, %v340 : f32
      %v343 = arith.mulf %v302, %v335 fastmath<contract> : f32
      %v344 = arith.mulf %v312, %v326 fastmath<contract> : f32
      %v345 = arith.subf %v343, %v344 fastmath<contract> : f32
      %v346 = arith.divf %v345, %v340 : f32
      %v352 = arith.negf %v335 : f32
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
          %v97 = llvm.getelementptr %in_bu_re[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v98 = llvm.load %v97 : !llvm.ptr -> f32
          %v99 = arith.muli %v20, %v92 : i64
          %v100 = arith.muli %v91, %size_N : i64
          %v101 = arith.addi %v99, %v100 : i64
          %v102 = arith.addi %v101, %v18 : i64
          %v103 = llvm.getelementptr %in_bu_im[%v102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v104 = llvm.load %v103 : !llvm.ptr -> f32
          %v105 = arith.addi %v29, %v62 : i64
          %v106 = arith.muli %v20, %v92 : i64
          %v107 = arith.muli %v105, %size_N : i64
          %v108 = arith.addi %v106, %v107 : i64
          %v109 = arith.addi %v108, %v18 : i64
          %v110 = llvm.getelementptr %in_bu_re[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v111 = llvm.load %v110 : !llvm.ptr -> f32
          %v112 = arith.muli %v20, %v92 : i64
          %v113 = arith.muli %v105, %size_N : i64
          %v114 = arith.addi %v112, %v113 : i64
          %v115 = arith.addi %v114, %v18 : i64
          %v116 = llvm.getelementptr %in_bu_im[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v117 = llvm.load %v116 : !llvm.ptr -> f32
          %v118 = arith.addi %v29, %v64 : i64
          %v119 = arith.muli %v20, %v92 : i64
          %v120 = arith.muli %v118, %size_N : i64
          %v121 = arith.addi %v119, %v120 : i64
          %v122 = arith.addi %v121, %v18 : i64
          %v123 = llvm.getelementptr %in_bu_re[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v124 = llvm.load %v123 : !llvm.ptr -> f32
          %v125 = arith.muli %v20, %v92 : i64
          %v126 = arith.muli %v118, %size_N : i64
          %v127 = arith.addi %v125, %v126 : i64
          %v128 = arith.addi %v127, %v18 : i64
          %v129 = llvm.getelementptr %in_bu_im[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v130 = llvm.load %v129 : !llvm.ptr -> f32
          %v131 = arith.addi %v29, %v66 : i64
          %v132 = arith.muli %v20, %v92 : i64
          %v133 = arith.muli %v131, %size_N : i64
          %v134 = arith.addi %v132, %v133 : i64
          %v135 = arith.addi %v134, %v18 : i64
          %v136 = llvm.getelementptr %in_bu_re[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v137 = llvm.load %v136 : !llvm.ptr -> f32
          %v138 = arith.muli %v20, %v92 : i64
          %v139 = arith.muli %v131, %size_N : i64
          %v140 = arith.addi %v138, %v139 : i64
          %v141 = arith.addi %v140, %v18 : i64
          %v142 = llvm.getelementptr %in_bu_im[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v143 = llvm.load %v142 : !llvm.ptr -> f32
          %v144 = arith.addi %v29, %v68 : i64
          %v145 = arith.muli %v20, %v92 : i64
          %v146 = arith.muli %v144, %size_N : i64
          %v147 = arith.addi %v145, %v146 : i64
          %v148 = arith.addi %v147, %v18 : i64
          %v149 = llvm.getelementptr %in_bu_re[%v148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v150 = llvm.load %v149 : !llvm.ptr -> f32
          %v151 = arith.muli %v20, %v92 : i64
          %v152 = arith.muli %v144, %size_N : i64
          %v153 = arith.addi %v151, %v152 : i64
          %v154 = arith.addi %v153, %v18 : i64
          %v155 = llvm.getelementptr %in_bu_im[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v156 = llvm.load %v155 : !llvm.ptr -> f32
          %v157 = arith.addi %v29, %v70 : i64
          %v158 = arith.muli %v20, %v92 : i64
          %v159 = arith.muli %v157, %size_N : i64
          %v160 = arith.addi %v158, %v159 : i64
          %v161 = arith.addi %v160, %v18 : i64
          %v162 = llvm.getelementptr %in_bu_re[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v163 = llvm.load %v162 : !llvm.ptr -> f32
          %v164 = arith.muli %v20, %v92 : i64
          %v165 = arith.muli %v157, %size_N : i64
          %v166 = arith.addi %v164, %v165 : i64
          %v167 = arith.addi %v166, %v18 : i64
          %v168 = llvm.getelementptr %in_bu_im[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v169 = llvm.load %v168 : !llvm.ptr -> f32
          %v170 = arith.addi %v29, %v72 : i64
          %v171 = arith.muli %v20, %v92 : i64
          %v172 = arith.muli %v170, %size_N : i64
          %v173 = arith.addi %v171, %v172 : i64
          %v174 = arith.addi %v173, %v18 : i64
          %v175 = llvm.getelementptr %in_bu_re[%v174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v176 = llvm.load %v175 : !llvm.ptr -> f32
          %v177 = arith.muli %v20, %v92 : i64
          %v178 = arith.muli %v170, %size_N : i64
          %v179 = arith.addi %v177, %v178 : i64
          %v180 = arith.addi %v179, %v18 : i64
          %v181 = llvm.getelementptr %in_bu_im[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v182 = llvm.load %v181 : !llvm.ptr -> f32
          %v183 = arith.addi %v29, %v74 : i64
          %v184 = arith.muli %v20, %v92 : i64
          %v185 = arith.muli %v183, %size_N : i64
          %v186 = arith.addi %v184, %v185 : i64
          %v187 = arith.addi %v186, %v18 : i64
          %v188 = llvm.getelementptr %in_bu_re[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v189 = llvm.load %v188 : !llvm.ptr -> f32
          %v190 = arith.muli %v20, %v92 : i64
          %v191 = arith.muli %v183, %size_N : i64
          %v192 = arith.addi %v190, %v191 : i64
          %v193 = arith.addi %v192, %v18 : i64
          %v194 = llvm.getelementptr %in_bu_im[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v195 = llvm.load %v194 : !llvm.ptr -> f32
          %v196 = arith.addi %v29, %v76 : i64
          %v197 = arith.muli %v20, %v92 : i64
          %v198 = arith.muli %v196, %size_N : i64
          %v199 = arith.addi %v197, %v198 : i64
          %v200 = arith.addi %v199, %v18 : i64
          %v201 = llvm.getelementptr %in_bu_re[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v202 = llvm.load %v201 : !llvm.ptr -> f32
          %v203 = arith.muli %v20, %v92 : i64
          %v204 = arith.muli %v196, %size_N : i64
          %v205 = arith.addi %v203, %v204 : i64
          %v206 = arith.addi %v205, %v18 : i64
          %v207 = llvm.getelementptr %in_bu_im[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v208 = llvm.load %v207 : !llvm.ptr -> f32
          %v209 = arith.addi %v29, %v78 : i64
          %v210 = arith.muli %v20, %v92 : i64
          %v211 = arith.muli %v209, %size_N : i64
          %v212 = arith.addi %v210, %v211 : i64
          %v213 = arith.addi %v212, %v18 : i64
          %v214 = llvm.getelementptr %in_bu_re[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v215 = llvm.load %v214 : !llvm.ptr -> f32
          %v216 = arith.muli %v20, %v92 : i64
          %v217 = arith.muli %v209, %size_N : i64
          %v218 = arith.addi %v216, %v217 : i64
          %v219 = arith.addi %v218, %v18 : i64
          %v220 = llvm.getelementptr %in_bu_im[%v219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v221 = llvm.load %v220 : !llvm.ptr -> f32
          %v222 = arith.addi %v29, %v80 : i64
          %v223 = arith.muli %v20, %v92 : i64
          %v224 = arith.muli %v222, %size_N : i64
          %v225 = arith.addi %v223, %v224 : i64
          %v226 = arith.addi %v225, %v18 : i64
          %v227 = llvm.getelementptr %in_bu_re[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v228 = llvm.load %v227 : !llvm.ptr -> f32
          %v229 = arith.muli %v20, %v92 : i64
          %v230 = arith.muli %v222, %size_N : i64
          %v231 = arith.addi %v229, %v230 : i64
          %v232 = arith.addi %v231, %v18 : i64
          %v233 = llvm.getelementptr %in_bu_im[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v234 = llvm.load %v233 : !llvm.ptr -> f32
          %v235 = arith.addi %v29, %v82 : i64
          %v236 = arith.muli %v20, %v92 : i64
          %v237 = arith.muli %v235, %size_N : i64
          %v238 = arith.addi %v236, %v237 : i64
          %v239 = arith.addi %v238, %v18 : i64
          %v240 = llvm.getelementptr %in_bu_re[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v241 = llvm.load %v240 : !llvm.ptr -> f32
          %v242 = arith.muli %v20, %v92 : i64
          %v243 = arith.muli %v235, %size_N : i64
          %v244 = arith.addi %v242, %v243 : i64
          %v245 = arith.addi %v244, %v18 : i64
          %v246 = llvm.getelementptr %in_bu_im[%v245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v247 = llvm.load %v246 : !llvm.ptr -> f32
          %v248 = arith.addi %v29, %v84 : i64
          %v249 = arith.muli %v20, %v92 : i64
          %v250 = arith.muli %v248, %size_N : i64
          %v251 = arith.addi %v249, %v250 : i64
          %v252 = arith.addi %v251, %v18 : i64
          %v253 = llvm.getelementptr %in_bu_re[%v252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v254 = llvm.load %v253 : !llvm.ptr -> f32
          %v255 = arith.muli %v20, %v92 : i64
          %v256 = arith.muli %v248, %size_N : i64
          %v257 = arith.addi %v255, %v256 : i64
          %v258 = arith.addi %v257, %v18 : i64
          %v259 = llvm.getelementptr %in_bu_im[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v260 = llvm.load %v259 : !llvm.ptr -> f32
          %v261 = arith.addi %v29, %v86 : i64
          %v262 = arith.muli %v20, %v92 : i64
          %v263 = arith.muli %v261, %size_N : i64
          %v264 = arith.addi %v262, %v263 : i64
          %v265 = arith.addi %v264, %v18 : i64
          %v266 = llvm.getelementptr %in_bu_re[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v267 = llvm.load %v266 : !llvm.ptr -> f32
          %v268 = arith.muli %v20, %v92 : i64
          %v269 = arith.muli %v261, %size_N : i64
          %v270 = arith.addi %v268, %v269 : i64
          %v271 = arith.addi %v270, %v18 : i64
          %v272 = llvm.getelementptr %in_bu_im[%v271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v273 = llvm.load %v272 : !llvm.ptr -> f32
          %v274 = arith.addi %v29, %v88 : i64
          %v275 = arith.muli %v20, %v92 : i64
          %v276 = arith.muli %v274, %size_N : i64
          %v277 = arith.addi %v275, %v276 : i64
          %v278 = arith.addi %v277, %v18 : i64
          %v279 = llvm.getelementptr %in_bu_re[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v280 = llvm.load %v279 : !llvm.ptr -> f32
          %v281 = arith.muli %v20, %v92 : i64
          %v282 = arith.muli %v274, %size_N : i64
          %v283 = arith.addi %v281, %v282 : i64
          %v284 = arith.addi %v283, %v18 : i64
          %v285 = llvm.getelementptr %in_bu_im[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v286 = llvm.load %v285 : !llvm.ptr -> f32
          %v287 = arith.addi %v29, %v90 : i64
          %v288 = arith.muli %v20, %v92 : i64
          %v289 = arith.muli %v287, %size_N : i64
          %v290 = arith.addi %v288, %v289 : i64
          %v291 = arith.addi %v290, %v18 : i64
          %v292 = llvm.getelementptr %in_bu_re[%v291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v293 = llvm.load %v292 : !llvm.ptr -> f32
          %v294 = arith.muli %v20, %v92 : i64
          %v295 = arith.muli %v287, %size_N : i64
          %v296 = arith.addi %v294, %v295 : i64
          %v297 = arith.addi %v296, %v18 : i64
          %v298 = llvm.getelementptr %in_bu_im[%v297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v299 = llvm.load %v298 : !llvm.ptr -> f32
          %v300 = arith.addi %v29, %v61 : i64
          %v342 = arith.mulf %v341, %v98 fastmath<contract> : f32
          %v347 = arith.mulf %v346, %v104 fastmath<contract> : f32
          %v348 = arith.subf %v342, %v347 fastmath<contract> : f32
          %v349 = llvm.load %v3 : !llvm.ptr -> f32
          %v350 = arith.mulf %v324, %v349 fastmath<contract> : f32
          %v351 = arith.addf %v350, %v348 fastmath<contract> : f32
          %v353 = llvm.load %v4 : !llvm.ptr -> f32
          %v354 = arith.mulf %v352, %v353 fastmath<contract> : f32
          %v355 = arith.addf %v351, %v354 fastmath<contract> : f32
          %v356 = arith.mulf %v341, %v104 fastmath<contract> : f32
          %v357 = arith.mulf %v346, %v98 fastmath<contract> : f32
          %v358 = arith.addf %v356, %v357 fastmath<contract> : f32
          %v359 = llvm.load %v4 : !llvm.ptr -> f32
          %v360 = arith.mulf %v324, %v359 fastmath<contract> : f32
          %v361 = arith.addf %v360, %v358 fastmath<contract> : f32
          %v362 = llvm.load %v3 : !llvm.ptr -> f32
          %v363 = arith.mulf %v335, %v362 fastmath<contract> : f32
          %v364 = arith.addf %v361, %v363 fastmath<contract> : f32
          llvm.store %v355, %v3 : f32, !llvm.ptr
          llvm.store %v364, %v4 : f32, !llvm.ptr
          %v365 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v366 = arith.muli %v20, %v92 : i64
            %v367 = arith.muli %v300, %size_N : i64
            %v368 = arith.addi %v366, %v367 : i64
            %v369 = arith.addi %v368, %v18 : i64
            %v370 = llvm.getelementptr %out_x_re_seq[%v369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v365, %v370 : f32, !llvm.ptr
          }
          %v371 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v372 = arith.muli %v20, %v92 : i64
            %v373 = arith.muli %v300, %size_N : i64
            %v374 = arith.addi %v372, %v373 : i64
            %v375 = arith.addi %v374, %v18 : i64
            %v376 = llvm.getelementptr %out_x_im_seq[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v371, %v376 : f32, !llvm.ptr
          }
          %v377 = arith.addi %v29, %v62 : i64
          %v378 = arith.mulf %v341, %v111 fastmath<contract> : f32
          %v379 = arith.mulf %v346, %v117 fastmath<contract> : f32
          %v380 = arith.subf %v378, %v379 fastmath<contract> : f32
          %v381 = llvm.load %v3 : !llvm.ptr -> f32
          %v382 = arith.mulf %v324, %v381 fastmath<contract> : f32
          %v383 = arith.addf %v382, %v380 fastmath<contract> : f32
          %v384 = llvm.load %v4 : !llvm.ptr -> f32
          %v385 = arith.mulf %v352, %v384 fastmath<contract> : f32
          %v386 = arith.addf %v383, %v385 fastmath<contract> : f32
          %v387 = arith.mulf %v341, %v117 fastmath<contract> : f32
          %v388 = arith.mulf %v346, %v111 fastmath<contract> : f32
          %v389 = arith.addf %v387, %v388 fastmath<contract> : f32
          %v390 = llvm.load %v4 : !llvm.ptr -> f32
          %v391 = arith.mulf %v324, %v390 fastmath<contract> : f32
          %v392 = arith.addf %v391, %v389 fastmath<contract> : f32
          %v393 = llvm.load %v3 : !llvm.ptr -> f32
          %v394 = arith.mulf %v335, %v393 fastmath<contract> : f32
          %v395 = arith.addf %v392, %v394 fastmath<contract> : f32
          llvm.store %v386, %v3 : f32, !llvm.ptr
          llvm.store %v395, %v4 : f32, !llvm.ptr
          %v396 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v397 = arith.muli %v20, %v92 : i64
            %v398 = arith.muli %v377, %size_N : i64
            %v399 = arith.addi %v397, %v398 : i64
            %v400 = arith.addi %v399, %v18 : i64
            %v401 = llvm.getelementptr %out_x_re_seq[%v400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v396, %v401 : f32, !llvm.ptr
          }
          %v402 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v403 = arith.muli %v20, %v92 : i64
            %v404 = arith.muli %v377, %size_N : i64
            %v405 = arith.addi %v403, %v404 : i64
            %v406 = arith.addi %v405, %v18 : i64
            %v407 = llvm.getelementptr %out_x_im_seq[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v402, %v407 : f32, !llvm.ptr
          }
          %v408 = arith.addi %v29, %v64 : i64
          %v409 = arith.mulf %v341, %v124 fastmath<contract> : f32
          %v410 = arith.mulf %v346, %v130 fastmath<contract> : f32
          %v411 = arith.subf %v409, %v410 fastmath<contract> : f32
          %v412 = llvm.load %v3 : !llvm.ptr -> f32
          %v413 = arith.mulf %v324, %v412 fastmath<contract> : f32
          %v414 = arith.addf %v413, %v411 fastmath<contract> : f32
          %v415 = llvm.load %v4 : !llvm.ptr -> f32
          %v416 = arith.mulf %v352, %v415 fastmath<contract> : f32
          %v417 = arith.addf %v414, %v416 fastmath<contract> : f32
          %v418 = arith.mulf %v341, %v130 fastmath<contract> : f32
          %v419 = arith.mulf %v346, %v124 fastmath<contract> : f32
          %v420 = arith.addf %v418, %v419 fastmath<contract> : f32
          %v421 = llvm.load %v4 : !llvm.ptr -> f32
          %v422 = arith.mulf %v324, %v421 fastmath<contract> : f32
          %v423 = arith.addf %v422, %v420 fastmath<contract> : f32
          %v424 = llvm.load %v3 : !llvm.ptr -> f32
          %v425 = arith.mulf %v335, %v424 fastmath<contract> : f32
          %v426 = arith.addf %v423, %v425 fastmath<contract> : f32
          llvm.store %v417, %v3 : f32, !llvm.ptr
          llvm.store %v426, %v4 : f32, !llvm.ptr
          %v427 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v428 = arith.muli %v20, %v92 : i64
            %v429 = arith.muli %v408, %size_N : i64
            %v430 = arith.addi %v428, %v429 : i64
            %v431 = arith.addi %v430, %v18 : i64
            %v432 = llvm.getelementptr %out_x_re_seq[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v427, %v432 : f32, !llvm.ptr
          }
          %v433 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v434 = arith.muli %v20, %v92 : i64
            %v435 = arith.muli %v408, %size_N : i64
            %v436 = arith.addi %v434, %v435 : i64
            %v437 = arith.addi %v436, %v18 : i64
            %v438 = llvm.getelementptr %out_x_im_seq[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v433, %v438 : f32, !llvm.ptr
          }
          %v439 = arith.addi %v29, %v66 : i64
          %v440 = arith.mulf %v341, %v137 fastmath<contract> : f32
          %v441 = arith.mulf %v346, %v143 fastmath<contract> : f32
          %v442 = arith.subf %v440, %v441 fastmath<contract> : f32
          %v443 = llvm.load %v3 : !llvm.ptr -> f32
          %v444 = arith.mulf %v324, %v443 fastmath<contract> : f32
          %v445 = arith.addf %v444, %v442 fastmath<contract> : f32
          %v446 = llvm.load %v4 : !llvm.ptr -> f32
          %v447 = arith.mulf %v352, %v446 fastmath<contract> : f32
          %v448 = arith.addf %v445, %v447 fastmath<contract> : f32
          %v449 = arith.mulf %v341, %v143 fastmath<contract> : f32
          %v450 = arith.mulf %v346, %v137 fastmath<contract> : f32
          %v451 = arith.addf %v449, %v450 fastmath<contract> : f32
          %v452 = llvm.load %v4 : !llvm.ptr -> f32
          %v453 = arith.mulf %v324, %v452 fastmath<contract> : f32
          %v454 = arith.addf %v453, %v451 fastmath<contract> : f32
          %v455 = llvm.load %v3 : !llvm.ptr -> f32
          %v456 = arith.mulf %v335, %v455 fastmath<contract> : f32
          %v457 = arith.addf %v454, %v456 fastmath<contract> : f32
          llvm.store %v448, %v3 : f32, !llvm.ptr
          llvm.store %v457, %v4 : f32, !llvm.ptr
          %v458 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v459 = arith.muli %v20, %v92 : i64
            %v460 = arith.muli %v439, %size_N : i64
            %v461 = arith.addi %v459, %v460 : i64
            %v462 = arith.addi %v461, %v18 : i64
            %v463 = llvm.getelementptr %out_x_re_seq[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v458, %v463 : f32, !llvm.ptr
          }
          %v464 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v465 = arith.muli %v20, %v92 : i64
            %v466 = arith.muli %v439, %size_N : i64
            %v467 = arith.addi %v465, %v466 : i64
            %v468 = arith.addi %v467, %v18 : i64
            %v469 = llvm.getelementptr %out_x_im_seq[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v464, %v469 : f32, !llvm.ptr
          }
          %v470 = arith.addi %v29, %v68 : i64
          %v471 = arith.mulf %v341, %v150 fastmath<contract> : f32
          %v472 = arith.mulf %v346, %v156 fastmath<contract> : f32
          %v473 = arith.subf %v471, %v472 fastmath<contract> : f32
          %v474 = llvm.load %v3 : !llvm.ptr -> f32
          %v475 = arith.mulf %v324, %v474 fastmath<contract> : f32
          %v476 = arith.addf %v475, %v473 fastmath<contract> : f32
          %v477 = llvm.load %v4 : !llvm.ptr -> f32
          %v478 = arith.mulf %v352, %v477 fastmath<contract> : f32
          %v479 = arith.addf %v476, %v478 fastmath<contract> : f32
          %v480 = arith.mulf %v341, %v156 fastmath<contract> : f32
          %v481 = arith.mulf %v346, %v150 fastmath<contract> : f32
          %v482 = arith.addf %v480, %v481 fastmath<contract> : f32
          %v483 = llvm.load %v4 : !llvm.ptr -> f32
          %v484 = arith.mulf %v324, %v483 fastmath<contract> : f32
          %v485 = arith.addf %v484, %v482 fastmath<contract> : f32
          %v486 = llvm.load %v3 : !llvm.ptr -> f32
          %v487 = arith.mulf %v335, %v486 fastmath<contract> : f32
          %v488 = arith.addf %v485, %v487 fastmath<contract> : f32
          llvm.store %v479, %v3 : f32, !llvm.ptr
          llvm.store %v488, %v4 : f32, !llvm.ptr
          %v489 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v490 = arith.muli %v20, %v92 : i64
            %v491 = arith.muli %v470, %size_N : i64
            %v492 = arith.addi %v490, %v491 : i64
            %v493 = arith.addi %v492, %v18 : i64
            %v494 = llvm.getelementptr %out_x_re_seq[%v493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v489, %v494 : f32, !llvm.ptr
          }
          %v495 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v496 = arith.muli %v20, %v92 : i64
            %v497 = arith.muli %v470, %size_N : i64
            %v498 = arith.addi %v496, %v497 : i64
            %v499 = arith.addi %v498, %v18 : i64
            %v500 = llvm.getelementptr %out_x_im_seq[%v499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v495, %v500 : f32, !llvm.ptr
          }
          %v501 = arith.addi %v29, %v70 : i64
          %v502 = arith.mulf %v341, %v163 fastmath<contract> : f32
          %v503 = arith.mulf %v346, %v169 fastmath<contract> : f32
          %v504 = arith.subf %v502, %v503 fastmath<contract> : f32
          %v505 = llvm.load %v3 : !llvm.ptr -> f32
          %v506 = arith.mulf %v324, %v505 fastmath<contract> : f32
          %v507 = arith.addf %v506, %v504 fastmath<contract> : f32
          %v508 = llvm.load %v4 : !llvm.ptr -> f32
          %v509 = arith.mulf %v352, %v508 fastmath<contract> : f32
          %v510 = arith.addf %v507, %v509 fastmath<contract> : f32
          %v511 = arith.mulf %v341, %v169 fastmath<contract> : f32
          %v512 = arith.mulf %v346, %v163 fastmath<contract> : f32
          %v513 = arith.addf %v511, %v512 fastmath<contract> : f32
          %v514 = llvm.load %v4 : !llvm.ptr -> f32
          %v515 = arith.mulf %v324, %v514 fastmath<contract> : f32
          %v516 = arith.addf %v515, %v513 fastmath<contract> : f32
          %v517 = llvm.load %v3 : !llvm.ptr -> f32
          %v518 = arith.mulf %v335, %v517 fastmath<contract> : f32
          %v519 = arith.addf %v516, %v518 fastmath<contract> : f32
          llvm.store %v510, %v3 : f32, !llvm.ptr
          llvm.store %v519, %v4 : f32, !llvm.ptr
          %v520 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v521 = arith.muli %v20, %v92 : i64
            %v522 = arith.muli %v501, %size_N : i64
            %v523 = arith.addi %v521, %v522 : i64
            %v524 = arith.addi %v523, %v18 : i64
            %v525 = llvm.getelementptr %out_x_re_seq[%v524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v520, %v525 : f32, !llvm.ptr
          }
          %v526 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v527 = arith.muli %v20, %v92 : i64
            %v528 = arith.muli %v501, %size_N : i64
            %v529 = arith.addi %v527, %v528 : i64
            %v530 = arith.addi %v529, %v18 : i64
            %v531 = llvm.getelementptr %out_x_im_seq[%v530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v526, %v531 : f32, !llvm.ptr
          }
          %v532 = arith.addi %v29, %v72 : i64
          %v533 = arith.mulf %v341, %v176 fastmath<contract> : f32
          %v534 = arith.mulf %v346, %v182 fastmath<contract> : f32
          %v535 = arith.subf %v533, %v534 fastmath<contract> : f32
          %v536 = llvm.load %v3 : !llvm.ptr -> f32
          %v537 = arith.mulf %v324, %v536 fastmath<contract> : f32
          %v538 = arith.addf %v537, %v535 fastmath<contract> : f32
          %v539 = llvm.load %v4 : !llvm.ptr -> f32
          %v540 = arith.mulf %v352, %v539 fastmath<contract> : f32
          %v541 = arith.addf %v538, %v540 fastmath<contract> : f32
          %v542 = arith.mulf %v341, %v182 fastmath<contract> : f32
          %v543 = arith.mulf %v346, %v176 fastmath<contract> : f32
          %v544 = arith.addf %v542, %v543 fastmath<contract> : f32
          %v545 = llvm.load %v4 : !llvm.ptr -> f32
          %v546 = arith.mulf %v324, %v545 fastmath<contract> : f32
          %v547 = arith.addf %v546, %v544 fastmath<contract> : f32
          %v548 = llvm.load %v3 : !llvm.ptr -> f32
          %v549 = arith.mulf %v335, %v548 fastmath<contract> : f32
          %v550 = arith.addf %v547, %v549 fastmath<contract> : f32
          llvm.store %v541, %v3 : f32, !llvm.ptr
          llvm.store %v550, %v4 : f32, !llvm.ptr
          %v551 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v552 = arith.muli %v20, %v92 : i64
            %v553 = arith.muli %v532, %size_N : i64
            %v554 = arith.addi %v552, %v553 : i64
            %v555 = arith.addi %v554, %v18 : i64
            %v556 = llvm.getelementptr %out_x_re_seq[%v555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v551, %v556 : f32, !llvm.ptr
          }
          %v557 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v558 = arith.muli %v20, %v92 : i64
            %v559 = arith.muli %v532, %size_N : i64
            %v560 = arith.addi %v558, %v559 : i64
            %v561 = arith.addi %v560, %v18 : i64
            %v562 = llvm.getelementptr %out_x_im_seq[%v561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v557, %v562 : f32, !llvm.ptr
          }
          %v563 = arith.addi %v29, %v74 : i64
          %v564 = arith.mulf %v341, %v189 fastmath<contract> : f32
          %v565 = arith.mulf %v346, %v195 fastmath<contract> : f32
          %v566 = arith.subf %v564, %v565 fastmath<contract> : f32
          %v567 = llvm.load %v3 : !llvm.ptr -> f32
          %v568 = arith.mulf %v324, %v567 fastmath<contract> : f32
          %v569 = arith.addf %v568, %v566 fastmath<contract> : f32
          %v570 = llvm.load %v4 : !llvm.ptr -> f32
          %v571 = arith.mulf %v352, %v570 fastmath<contract> : f32
          %v572 = arith.addf %v569, %v571 fastmath<contract> : f32
          %v573 = arith.mulf %v341, %v195 fastmath<contract> : f32
          %v574 = arith.mulf %v346, %v189 fastmath<contract> : f32
          %v575 = arith.addf %v573, %v574 fastmath<contract> : f32
          %v576 = llvm.load %v4 : !llvm.ptr -> f32
          %v577 = arith.mulf %v324, %v576 fastmath<contract> : f32
          %v578 = arith.addf %v577, %v575 fastmath<contract> : f32
          %v579 = llvm.load %v3 : !llvm.ptr -> f32
          %v580 = arith.mulf %v335, %v579 fastmath<contract> : f32
          %v581 = arith.addf %v578, %v580 fastmath<contract> : f32
          llvm.store %v572, %v3 : f32, !llvm.ptr
          llvm.store %v581, %v4 : f32, !llvm.ptr
          %v582 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v583 = arith.muli %v20, %v92 : i64
            %v584 = arith.muli %v563, %size_N : i64
            %v585 = arith.addi %v583, %v584 : i64
            %v586 = arith.addi %v585, %v18 : i64
            %v587 = llvm.getelementptr %out_x_re_seq[%v586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v582, %v587 : f32, !llvm.ptr
          }
          %v588 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v589 = arith.muli %v20, %v92 : i64
            %v590 = arith.muli %v563, %size_N : i64
            %v591 = arith.addi %v589, %v590 : i64
            %v592 = arith.addi %v591, %v18 : i64
            %v593 = llvm.getelementptr %out_x_im_seq[%v592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v588, %v593 : f32, !llvm.ptr
          }
          %v594 = arith.addi %v29, %v76 : i64
          %v595 = arith.mulf %v341, %v202 fastmath<contract> : f32
          %v596 = arith.mulf %v346, %v208 fastmath<contract> : f32
          %v597 = arith.subf %v595, %v596 fastmath<contract> : f32
          %v598 = llvm.load %v3 : !llvm.ptr -> f32
          %v599 = arith.mulf %v324, %v598 fastmath<contract> : f32
          %v600 = arith.addf %v599, %v597 fastmath<contract> : f32
          %v601 = llvm.load %v4 : !llvm.ptr -> f32
          %v602 = arith.mulf %v352, %v601 fastmath<contract> : f32
          %v603 = arith.addf %v600, %v602 fastmath<contract> : f32
          %v604 = arith.mulf %v341, %v208 fastmath<contract> : f32
          %v605 = arith.mulf %v346, %v202 fastmath<contract> : f32
          %v606 = arith.addf %v604, %v605 fastmath<contract> : f32
          %v607 = llvm.load %v4 : !llvm.ptr -> f32
          %v608 = arith.mulf %v324, %v607 fastmath<contract> : f32
          %v609 = arith.addf %v608, %v606 fastmath<contract> : f32
          %v610 = llvm.load %v3 : !llvm.ptr -> f32
          %v611 = arith.mulf %v335, %v610 fastmath<contract> : f32
          %v612 = arith.addf %v609, %v611 fastmath<contract> : f32
          llvm.store %v603, %v3 : f32, !llvm.ptr
          llvm.store %v612, %v4 : f32, !llvm.ptr
          %v613 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v614 = arith.muli %v20, %v92 : i64
            %v615 = arith.muli %v594, %size_N : i64
            %v616 = arith.addi %v614, %v615 : i64
            %v617 = arith.addi %v616, %v18 : i64
            %v618 = llvm.getelementptr %out_x_re_seq[%v617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v613, %v618 : f32, !llvm.ptr
          }
          %v619 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v620 = arith.muli %v20, %v92 : i64
            %v621 = arith.muli %v594, %size_N : i64
            %v622 = arith.addi %v620, %v621 : i64
            %v623 = arith.addi %v622, %v18 : i64
            %v624 = llvm.getelementptr %out_x_im_seq[%v623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v619, %v624 : f32, !llvm.ptr
          }
          %v625 = arith.addi %v29, %v78 : i64
          %v626 = arith.mulf %v341, %v215 fastmath<contract> : f32
          %v627 = arith.mulf %v346, %v221 fastmath<contract> : f32
          %v628 = arith.subf %v626, %v627 fastmath<contract> : f32
          %v629 = llvm.load %v3 : !llvm.ptr -> f32
          %v630 = arith.mulf %v324, %v629 fastmath<contract> : f32
          %v631 = arith.addf %v630, %v628 fastmath<contract> : f32
          %v632 = llvm.load %v4 : !llvm.ptr -> f32
          %v633 = arith.mulf %v352, %v632 fastmath<contract> : f32
          %v634 = arith.addf %v631, %v633 fastmath<contract> : f32
          %v635 = arith.mulf %v341, %v221 fastmath<contract> : f32
          %v636 = arith.mulf %v346, %v215 fastmath<contract> : f32
          %v637 = arith.addf %v635, %v636 fastmath<contract> : f32
          %v638 = llvm.load %v4 : !llvm.ptr -> f32
          %v639 = arith.mulf %v324, %v638 fastmath<contract> : f32
          %v640 = arith.addf %v639, %v637 fastmath<contract> : f32
          %v641 = llvm.load %v3 : !llvm.ptr -> f32
          %v642 = arith.mulf %v335, %v641 fastmath<contract> : f32
          %v643 = arith.addf %v640, %v642 fastmath<contract> : f32
          llvm.store %v634, %v3 : f32, !llvm.ptr
          llvm.store %v643, %v4 : f32, !llvm.ptr
          %v644 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v645 = arith.muli %v20, %v92 : i64
            %v646 = arith.muli %v625, %size_N : i64
            %v647 = arith.addi %v645, %v646 : i64
            %v648 = arith.addi %v647, %v18 : i64
            %v649 = llvm.getelementptr %out_x_re_seq[%v648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v644, %v649 : f32, !llvm.ptr
          }
          %v650 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v651 = arith.muli %v20, %v92 : i64
            %v652 = arith.muli %v625, %size_N : i64
            %v653 = arith.addi %v651, %v652 : i64
            %v654 = arith.addi %v653, %v18 : i64
            %v655 = llvm.getelementptr %out_x_im_seq[%v654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v650, %v655 : f32, !llvm.ptr
          }
          %v656 = arith.addi %v29, %v80 : i64
          %v657 = arith.mulf %v341, %v228 fastmath<contract> : f32
          %v658 = arith.mulf %v346, %v234 fastmath<contract> : f32
          %v659 = arith.subf %v657, %v658 fastmath<contract> : f32
          %v660 = llvm.load %v3 : !llvm.ptr -> f32
          %v661 = arith.mulf %v324, %v660 fastmath<contract> : f32
          %v662 = arith.addf %v661, %v659 fastmath<contract> : f32
          %v663 = llvm.load %v4 : !llvm.ptr -> f32
          %v664 = arith.mulf %v352, %v663 fastmath<contract> : f32
          %v665 = arith.addf %v662, %v664 fastmath<contract> : f32
          %v666 = arith.mulf %v341, %v234 fastmath<contract> : f32
          %v667 = arith.mulf %v346, %v228 fastmath<contract> : f32
          %v668 = arith.addf %v666, %v667 fastmath<contract> : f32
          %v669 = llvm.load %v4 : !llvm.ptr -> f32
          %v670 = arith.mulf %v324, %v669 fastmath<contract> : f32
          %v671 = arith.addf %v670, %v668 fastmath<contract> : f32
          %v672 = llvm.load %v3 : !llvm.ptr -> f32
          %v673 = arith.mulf %v335, %v672 fastmath<contract> : f32
          %v674 = arith.addf %v671, %v673 fastmath<contract> : f32
          llvm.store %v665, %v3 : f32, !llvm.ptr
          llvm.store %v674, %v4 : f32, !llvm.ptr
          %v675 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v676 = arith.muli %v20, %v92 : i64
            %v677 = arith.muli %v656, %size_N : i64
            %v678 = arith.addi %v676, %v677 : i64
            %v679 = arith.addi %v678, %v18 : i64
            %v680 = llvm.getelementptr %out_x_re_seq[%v679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v675, %v680 : f32, !llvm.ptr
          }
          %v681 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v682 = arith.muli %v20, %v92 : i64
            %v683 = arith.muli %v656, %size_N : i64
            %v684 = arith.addi %v682, %v683 : i64
            %v685 = arith.addi %v684, %v18 : i64
            %v686 = llvm.getelementptr %out_x_im_seq[%v685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v681, %v686 : f32, !llvm.ptr
          }
          %v687 = arith.addi %v29, %v82 : i64
          %v688 = arith.mulf %v341, %v241 fastmath<contract> : f32
          %v689 = arith.mulf %v346, %v247 fastmath<contract> : f32
          %v690 = arith.subf %v688, %v689 fastmath<contract> : f32
          %v691 = llvm.load %v3 : !llvm.ptr -> f32
          %v692 = arith.mulf %v324, %v691 fastmath<contract> : f32
          %v693 = arith.addf %v692, %v690 fastmath<contract> : f32
          %v694 = llvm.load %v4 : !llvm.ptr -> f32
          %v695 = arith.mulf %v352, %v694 fastmath<contract> : f32
          %v696 = arith.addf %v693, %v695 fastmath<contract> : f32
          %v697 = arith.mulf %v341, %v247 fastmath<contract> : f32
          %v698 = arith.mulf %v346, %v241 fastmath<contract> : f32
          %v699 = arith.addf %v697, %v698 fastmath<contract> : f32
          %v700 = llvm.load %v4 : !llvm.ptr -> f32
          %v701 = arith.mulf %v324, %v700 fastmath<contract> : f32
          %v702 = arith.addf %v701, %v699 fastmath<contract> : f32
          %v703 = llvm.load %v3 : !llvm.ptr -> f32
          %v704 = arith.mulf %v335, %v703 fastmath<contract> : f32
          %v705 = arith.addf %v702, %v704 fastmath<contract> : f32
          llvm.store %v696, %v3 : f32, !llvm.ptr
          llvm.store %v705, %v4 : f32, !llvm.ptr
          %v706 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v707 = arith.muli %v20, %v92 : i64
            %v708 = arith.muli %v687, %size_N : i64
            %v709 = arith.addi %v707, %v708 : i64
            %v710 = arith.addi %v709, %v18 : i64
            %v711 = llvm.getelementptr %out_x_re_seq[%v710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v706, %v711 : f32, !llvm.ptr
          }
          %v712 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v713 = arith.muli %v20, %v92 : i64
            %v714 = arith.muli %v687, %size_N : i64
            %v715 = arith.addi %v713, %v714 : i64
            %v716 = arith.addi %v715, %v18 : i64
            %v717 = llvm.getelementptr %out_x_im_seq[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v712, %v717 : f32, !llvm.ptr
          }
          %v718 = arith.addi %v29, %v84 : i64
          %v719 = arith.mulf %v341, %v254 fastmath<contract> : f32
          %v720 = arith.mulf %v346, %v260 fastmath<contract> : f32
          %v721 = arith.subf %v719, %v720 fastmath<contract> : f32
          %v722 = llvm.load %v3 : !llvm.ptr -> f32
          %v723 = arith.mulf %v324, %v722 fastmath<contract> : f32
          %v724 = arith.addf %v723, %v721 fastmath<contract> : f32
          %v725 = llvm.load %v4 : !llvm.ptr -> f32
          %v726 = arith.mulf %v352, %v725 fastmath<contract> : f32
          %v727 = arith.addf %v724, %v726 fastmath<contract> : f32
          %v728 = arith.mulf %v341, %v260 fastmath<contract> : f32
          %v729 = arith.mulf %v346, %v254 fastmath<contract> : f32
          %v730 = arith.addf %v728, %v729 fastmath<contract> : f32
          %v731 = llvm.load %v4 : !llvm.ptr -> f32
          %v732 = arith.mulf %v324, %v731 fastmath<contract> : f32
          %v733 = arith.addf %v732, %v730 fastmath<contract> : f32
          %v734 = llvm.load %v3 : !llvm.ptr -> f32
          %v735 = arith.mulf %v335, %v734 fastmath<contract> : f32
          %v736 = arith.addf %v733, %v735 fastmath<contract> : f32
          llvm.store %v727, %v3 : f32, !llvm.ptr
          llvm.store %v736, %v4 : f32, !llvm.ptr
          %v737 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v738 = arith.muli %v20, %v92 : i64
            %v739 = arith.muli %v718, %size_N : i64
            %v740 = arith.addi %v738, %v739 : i64
            %v741 = arith.addi %v740, %v18 : i64
            %v742 = llvm.getelementptr %out_x_re_seq[%v741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v737, %v742 : f32, !llvm.ptr
          }
          %v743 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v744 = arith.muli %v20, %v92 : i64
            %v745 = arith.muli %v718, %size_N : i64
            %v746 = arith.addi %v744, %v745 : i64
            %v747 = arith.addi %v746, %v18 : i64
            %v748 = llvm.getelementptr %out_x_im_seq[%v747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v743, %v748 : f32, !llvm.ptr
          }
          %v749 = arith.addi %v29, %v86 : i64
          %v750 = arith.mulf %v341, %v267 fastmath<contract> : f32
          %v751 = arith.mulf %v346, %v273 fastmath<contract> : f32
          %v752 = arith.subf %v750, %v751 fastmath<contract> : f32
          %v753 = llvm.load %v3 : !llvm.ptr -> f32
          %v754 = arith.mulf %v324, %v753 fastmath<contract> : f32
          %v755 = arith.addf %v754, %v752 fastmath<contract> : f32
          %v756 = llvm.load %v4 : !llvm.ptr -> f32
          %v757 = arith.mulf %v352, %v756 fastmath<contract> : f32
          %v758 = arith.addf %v755, %v757 fastmath<contract> : f32
          %v759 = arith.mulf %v341, %v273 fastmath<contract> : f32
          %v760 = arith.mulf %v346, %v267 fastmath<contract> : f32
          %v761 = arith.addf %v759, %v760 fastmath<contract> : f32
          %v762 = llvm.load %v4 : !llvm.ptr -> f32
          %v763 = arith.mulf %v324, %v762 fastmath<contract> : f32
          %v764 = arith.addf %v763, %v761 fastmath<contract> : f32
          %v765 = llvm.load %v3 : !llvm.ptr -> f32
          %v766 = arith.mulf %v335, %v765 fastmath<contract> : f32
          %v767 = arith.addf %v764, %v766 fastmath<contract> : f32
          llvm.store %v758, %v3 : f32, !llvm.ptr
          llvm.store %v767, %v4 : f32, !llvm.ptr
          %v768 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v769 = arith.muli %v20, %v92 : i64
            %v770 = arith.muli %v749, %size_N : i64
            %v771 = arith.addi %v769, %v770 : i64
            %v772 = arith.addi %v771, %v18 : i64
            %v773 = llvm.getelementptr %out_x_re_seq[%v772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v768, %v773 : f32, !llvm.ptr
          }
          %v774 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v775 = arith.muli %v20, %v92 : i64
            %v776 = arith.muli %v749, %size_N : i64
            %v777 = arith.addi %v775, %v776 : i64
            %v778 = arith.addi %v777, %v18 : i64
            %v779 = llvm.getelementptr %out_x_im_seq[%v778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v774, %v779 : f32, !llvm.ptr
          }
          %v780 = arith.addi %v29, %v88 : i64
          %v781 = arith.mulf %v341, %v280 fastmath<contract> : f32
          %v782 = arith.mulf %v346, %v286 fastmath<contract> : f32
          %v783 = arith.subf %v781, %v782 fastmath<contract> : f32
          %v784 = llvm.load %v3 : !llvm.ptr -> f32
          %v785 = arith.mulf %v324, %v784 fastmath<contract> : f32
          %v786 = arith.addf %v785, %v783 fastmath<contract> : f32
          %v787 = llvm.load %v4 : !llvm.ptr -> f32
          %v788 = arith.mulf %v352, %v787 fastmath<contract> : f32
          %v789 = arith.addf %v786, %v788 fastmath<contract> : f32
          %v790 = arith.mulf %v341, %v286 fastmath<contract> : f32
          %v791 = arith.mulf %v346, %v280 fastmath<contract> : f32
          %v792 = arith.addf %v790, %v791 fastmath<contract> : f32
          %v793 = llvm.load %v4 : !llvm.ptr -> f32
          %v794 = arith.mulf %v324, %v793 fastmath<contract> : f32
          %v795 = arith.addf %v794, %v792 fastmath<contract> : f32
          %v796 = llvm.load %v3 : !llvm.ptr -> f32
          %v797 = arith.mulf %v335, %v796 fastmath<contract> : f32
          %v798 = arith.addf %v795, %v797 fastmath<contract> : f32
          llvm.store %v789, %v3 : f32, !llvm.ptr
          llvm.store %v798, %v4 : f32, !llvm.ptr
          %v799 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v800 = arith.muli %v20, %v92 : i64
            %v801 = arith.muli %v780, %size_N : i64
            %v802 = arith.addi %v800, %v801 : i64
            %v803 = arith.addi %v802, %v18 : i64
            %v804 = llvm.getelementptr %out_x_re_seq[%v803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v799, %v804 : f32, !llvm.ptr
          }
          %v805 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v806 = arith.muli %v20, %v92 : i64
            %v807 = arith.muli %v780, %size_N : i64
            %v808 = arith.addi %v806, %v807 : i64
            %v809 = arith.addi %v808, %v18 : i64
            %v810 = llvm.getelementptr %out_x_im_seq[%v809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v805, %v810 : f32, !llvm.ptr
          }
          %v811 = arith.addi %v29, %v90 : i64
          %v812 = arith.mulf %v341, %v293 fastmath<contract> : f32
          %v813 = arith.mulf %v346, %v299 fastmath<contract> : f32
          %v814 = arith.subf %v812, %v813 fastmath<contract> : f32
          %v815 = llvm.load %v3 : !llvm.ptr -> f32
          %v816 = arith.mulf %v324, %v815 fastmath<contract> : f32
          %v817 = arith.addf %v816, %v814 fastmath<contract> : f32
          %v818 = llvm.load %v4 : !llvm.ptr -> f32
          %v819 = arith.mulf %v352, %v818 fastmath<contract> : f32
          %v820 = arith.addf %v817, %v819 fastmath<contract> : f32
          %v821 = arith.mulf %v341, %v299 fastmath<contract> : f32
          %v822 = arith.mulf %v346, %v293 fastmath<contract> : f32
          %v823 = arith.addf %v821, %v822 fastmath<contract> : f32
          %v824 = llvm.load %v4 : !llvm.ptr -> f32
          %v825 = arith.mulf %v324, %v824 fastmath<contract> : f32
          %v826 = arith.addf %v825, %v823 fastmath<contract> : f32
          %v827 = llvm.load %v3 : !llvm.ptr -> f32
          %v828 = arith.mulf %v335, %v827 fastmath<contract> : f32
          %v829 = arith.addf %v826, %v828 fastmath<contract> : f32
          llvm.store %v820, %v3 : f32, !llvm.ptr
          llvm.store %v829, %v4 : f32, !llvm.ptr
          %v830 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v831 = arith.muli %v20, %v92 : i64
            %v832 = arith.muli %v811, %size_N : i64
            %v833 = arith.addi %v831, %v832 : i64
            %v834 = arith.addi %v833, %v18 : i64
            %v835 = llvm.getelementptr %out_x_re_seq[%v834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v830, %v835 : f32, !llvm.ptr
          }
          %v836 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v837 = arith.muli %v20, %v92 : i64
            %v838 = arith.muli %v811, %size_N : i64
            %v839 = arith.addi %v837, %v838 : i64
            %v840 = arith.addi %v839, %v18 : i64
            %v841 = llvm.getelementptr %out_x_im_seq[%v840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v836, %v841 : f32, !llvm.ptr
          }
        }
        %v842 = arith.muli %v55, %v54 : i64
        %v843 = arith.index_cast %v842 : i64 to index
        %v844 = arith.index_cast %v53 : i64 to index
        %v845 = arith.index_cast %v1 : i64 to index
        scf.for %v846 = %v843 to %v844 step %v845 {
          %v847 = arith.index_cast %v846 : index to i64
          %v848 = arith.addi %v29, %v847 : i64
          %v849 = arith.muli %v20, %v92 : i64
          %v850 = arith.muli %v848, %size_N : i64
          %v851 = arith.addi %v849, %v850 : i64
          %v852 = arith.addi %v851, %v18 : i64
          %v853 = llvm.getelementptr %in_bu_re[%v852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v854 = llvm.load %v853 : !llvm.ptr -> f32
          %v855 = arith.mulf %v341, %v854 fastmath<contract> : f32
          %v856 = arith.muli %v20, %v92 : i64
          %v857 = arith.muli %v848, %size_N : i64
          %v858 = arith.addi %v856, %v857 : i64
          %v859 = arith.addi %v858, %v18 : i64
          %v860 = llvm.getelementptr %in_bu_im[%v859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v861 = llvm.load %v860 : !llvm.ptr -> f32
          %v862 = arith.mulf %v346, %v861 fastmath<contract> : f32
          %v863 = arith.subf %v855, %v862 fastmath<contract> : f32
          %v864 = llvm.load %v3 : !llvm.ptr -> f32
          %v865 = arith.mulf %v324, %v864 fastmath<contract> : f32
          %v866 = arith.addf %v865, %v863 fastmath<contract> : f32
          %v867 = llvm.load %v4 : !llvm.ptr -> f32
          %v868 = arith.mulf %v352, %v867 fastmath<contract> : f32
          %v869 = arith.addf %v866, %v868 fastmath<contract> : f32
          %v870 = arith.mulf %v341, %v861 fastmath<contract> : f32
          %v871 = arith.mulf %v346, %v854 fastmath<contract> : f32
          %v872 = arith.addf %v870, %v871 fastmath<contract> : f32
          %v873 = llvm.load %v4 : !llvm.ptr -> f32
          %v874 = arith.mulf %v324, %v873 fastmath<contract> : f32
          %v875 = arith.addf %v874, %v872 fastmath<contract> : f32
          %v876 = llvm.load %v3 : !llvm.ptr -> f32
          %v877 = arith.mulf %v335, %v876 fastmath<contract> : f32
          %v878 = arith.addf %v875, %v877 fastmath<contract> : f32
          llvm.store %v869, %v3 : f32, !llvm.ptr
          llvm.store %v878, %v4 : f32, !llvm.ptr
          %v879 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v15 {
            %v880 = arith.muli %v20, %v92 : i64
            %v881 = arith.muli %v848, %size_N : i64
            %v882 = arith.addi %v880, %v881 : i64
            %v883 = arith.addi %v882, %v18 : i64
            %v884 = llvm.getelementptr %out_x_re_seq[%v883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v879, %v884 : f32, !llvm.ptr
          }
          %v885 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v886 = arith.muli %v20, %v92 : i64
            %v887 = arith.muli %v848, %size_N : i64
            %v888 = arith.addi %v886, %v887 : i64
            %v889 = arith.addi %v888, %v18 : i64
            %v890 = llvm.getelementptr %out_x_im_seq[%v889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v885, %v890 : f32, !llvm.ptr
          }
        }
      }
      gpu.return
    }
  }
}
