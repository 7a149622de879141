module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_chunk_apply(%in_lam_re: !llvm.ptr, %in_lam_im: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_bu_re: !llvm.ptr, %in_bu_im: !llvm.ptr, %out_x_re_seq: !llvm.ptr, %out_x_im_seq: !llvm.ptr, %carry_x_re: !llvm.ptr, %ckpt_x_re: !llvm.ptr, %carry_x_im: !llvm.ptr, %ckpt_x_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_N : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = arith.constant 63 : i64
      %v6 = arith.addi %size_L, %v5 : i64
      %v7 = arith.constant 64 : i64
      %v8 = arith.divui %v6, %v7 : i64
      %v30 = arith.constant 0 : i64
      %v42 = arith.constant 32 : i64
      %v54 = arith.muli %size_B, %size_N : i64
      %v63 = arith.muli %size_B, %size_N : i64
      %v72 = arith.constant 16 : i64
      %v81 = arith.constant 2 : i64
      %v83 = arith.constant 3 : i64
      %v85 = arith.constant 4 : i64
      %v87 = arith.constant 5 : i64
      %v89 = arith.constant 6 : i64
      %v91 = arith.constant 7 : i64
      %v93 = arith.constant 8 : i64
      %v95 = arith.constant 9 : i64
      %v97 = arith.constant 10 : i64
      %v99 = arith.constant 11 : i64
      %v101 = arith.constant 12 : i64
      %v103 = arith.constant 13 : i64
      %v105 = arith.constant 14 : i64
      %v107 = arith.constant 15 : i64
      %v110 = arith.muli %size_N, %size_L : i64
      %v323 = arith.constant 0x3FB8AA3B : f32
      %v332 = arith.constant 0x3E22F983 : f32
      %v335 = arith.constant 0x40C90000 : f32
      %v336 = arith.constant 0x3AFDAA22 : f32
      %v343 = arith.constant 0x3F800000 : f32
      %v9 = gpu.block_id x
      %v10 = gpu.thread_id x
      %v11 = arith.index_cast %v10 : index to i64
      %v12 = arith.index_cast %v9 : index to i64
      %v13 = arith.addi %v2, %v5 : i64
      %v14 = arith.divui %v13, %v7 : i64
      %v15 = arith.divui %v12, %v14 : i64
      %v16 = arith.remui %v12, %v14 : i64
      %v17 = arith.muli %v16, %v7 : i64
      %v18 = arith.addi %v17, %v11 : i64
      %v19 = arith.cmpi slt, %v18, %v2 : i64
      %v20 = arith.subi %v2, %v1 : i64
      %v21 = arith.minsi %v18, %v20 : i64
      %v22 = arith.remui %v21, %size_N : i64
      %v23 = arith.divui %v21, %size_N : i64
      %v24 = arith.remui %v23, %size_B : i64
      %v25 = arith.divui %v23, %size_B : i64
      %v319 = llvm.getelementptr %in_lam_re[%v22] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v320 = llvm.load %v319 : !llvm.ptr -> f32
      %v321 = llvm.getelementptr %in_log_dt[%v22] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v322 = llvm.load %v321 : !llvm.ptr -> f32
      %v324 = arith.mulf %v322, %v323 fastmath<contract> : f32
      %v325 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v324) : (f32) -> f32
      %v326 = arith.mulf %v320, %v325 fastmath<contract> : f32
      %v327 = arith.mulf %v326, %v323 fastmath<contract> : f32
      %v328 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v327) : (f32) -> f32
      %v329 = llvm.getelementptr %in_lam_im[%v22] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v330 = llvm.load %v329 : !llvm.ptr -> f32
      %v331 = arith.mulf %v330, %v325 fastmath<contract> : f32
      %v333 = arith.mulf %v331, %v332 fastmath<contract> : f32
      %v334 = llvm.call_intrinsic "llvm.roundeven.f32"(%v333) : (f32) -> f32
      %v337 = arith.mulf %v334, %v335 fastmath<contract> : f32
      %v338 = arith.subf %v331, %v337 fastmath<contract> : f32
      %v339 = arith.mulf %v334, %v336 fastmath<contract> : f32
      %v340 = arith.subf %v338, %v339 fastmath<contract> : f32
      %v341 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v340) : (f32) -> f32
      %v342 = arith.mulf %v328, %v341 fastmath<contract> : f32
      %v344 = arith.subf %v342, %v343 fastmath<contract> : f32
      %v345 = arith.mulf %v320, %v344 fastmath<contract> : f32
      %v346 = arith.mulf %v331, %v332 fastmath<contract> : f32
      %v347 = llvm.call_intrinsic "llvm.roundeven.f32"(%v346) : (f32) -> f32
      %v348 = arith.mulf %v347, %v335 fastmath<contract> : f32
      %v349 = arith.subf %v331, %v348 fastmath<contract> : f32
      %v350 = arith.mulf %v347, %v336 fastmath<contract> : f32
      %v351 = arith.subf %v349, %v350 fastmath<contract> : f32
      %v352 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v351) : (f32) -> f32
      %v353 = arith.mulf %v328, %v352 fastmath<contract> : f32
      %v354 = arith.mulf %v330, %v353 fastmath<contract> : f32
      %v355 = arith.addf %v345, %v354 fastmath<contract> : f32
      %v356 = arith.mulf %v320, %v320 fastmath<contract> : f32
      %v357 = arith.mulf %v330, %v330 fastmath<contract> : f32
      %v358 = arith.addf %v356, %v357 fastmath<contract> : f32
      %v359 = arith.divf %v355, %v358 : f32
      %v361 = arith.mulf %v320, %v353 fastmath<contract> : f32
      %v362 = arith.mulf %v330, %v344 fastmath<contract> : f32
      %v363 = arith.subf %v361, %v362 fastmath<contract> : f32
      %v364 = arith.divf %v363, %v358 : f32
      %v370 = arith.negf %v353 : f32
      %v26 = arith.muli %v15, %v2 : i64
      %v27 = arith.subi %v2, %v1 : i64
      %v28 = arith.minsi %v18, %v27 : i64
      %v29 = arith.addi %v26, %v28 : i64
      %v31 = llvm.getelementptr %carry_x_re[%v29] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v32 = llvm.load %v31 : !llvm.ptr -> f32
      llvm.store %v32, %v3 : f32, !llvm.ptr
      %v33 = arith.muli %v15, %v2 : i64
      %v34 = arith.subi %v2, %v1 : i64
      %v35 = arith.minsi %v18, %v34 : i64
      %v36 = arith.addi %v33, %v35 : i64
      %v37 = llvm.getelementptr %carry_x_im[%v36] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v38 = llvm.load %v37 : !llvm.ptr -> f32
      llvm.store %v38, %v4 : f32, !llvm.ptr
      %v39 = arith.muli %v15, %v7 : i64
      %v40 = arith.addi %v39, %v7 : i64
      %v41 = arith.minsi %v40, %size_L : i64
      %v43 = arith.index_cast %v39 : i64 to index
      %v44 = arith.index_cast %v41 : i64 to index
      %v45 = arith.index_cast %v42 : i64 to index
      scf.for %v46 = %v43 to %v44 step %v45 {
        %v47 = arith.index_cast %v46 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v48 = arith.remui %v47, %v7 : i64
        %v49 = arith.cmpi eq, %v48, %v30 : i64
        %v50 = arith.andi %v49, %v19 : i1
        scf.if %v50 {
          %v51 = arith.divui %v47, %v7 : i64
          %v52 = llvm.mlir.zero : !llvm.ptr
          %v53 = llvm.icmp "ne" %ckpt_x_re, %v52 : !llvm.ptr
          scf.if %v53 {
            %v55 = arith.muli %v51, %v54 : i64
            %v56 = llvm.load %v3 : !llvm.ptr -> f32
            %v57 = arith.muli %v24, %size_N : i64
            %v58 = arith.addi %v57, %v22 : i64
            %v59 = arith.addi %v55, %v58 : i64
            %v60 = llvm.getelementptr %ckpt_x_re[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v56, %v60 : f32, !llvm.ptr
          }
          %v61 = llvm.mlir.zero : !llvm.ptr
          %v62 = llvm.icmp "ne" %ckpt_x_im, %v61 : !llvm.ptr
          scf.if %v62 {
            %v64 = arith.muli %v51, %v63 : i64
            %v65 = llvm.load %v4 : !llvm.ptr -> f32
            %v66 = arith.muli %v24, %size_N : i64
            %v67 = arith.addi %v66, %v22 : i64
            %v68 = arith.addi %v64, %v67 : i64
            %v69 = llvm.getelementptr %ckpt_x_im[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v65, %v69 : f32, !llvm.ptr
          }
        }
        // end save
        %v70 = arith.subi %v41, %v47 : i64
        %v71 = arith.minsi %v70, %v42 : i64
        %v73 = arith.divui %v71, %v72 : i64
        %v74 = arith.index_cast %v30 : i64 to index
        %v75 = arith.index_cast %v73 : i64 to index
        %v76 = arith.index_cast %v1 : i64 to index
        scf.for %v77 = %v74 to %v75 step %v76 {
          %v78 = arith.index_cast %v77 : index to i64
          %v79 = arith.muli %v78, %v72 : i64
          %v80 = arith.addi %v79, %v1 : i64
          %v82 = arith.addi %v79, %v81 : i64
          %v84 = arith.addi %v79, %v83 : i64
          %v86 = arith.addi %v79, %v85 : i64
          %v88 = arith.addi %v79, %v87 : i64
          %v90 = arith.addi %v79, %v89 : i64
          %v92 = arith.addi %v79, %v91 : i64
          %v94 = arith.addi %v79, %v93 : i64
          %v96 = arith.addi %v79, %v95 : i64
          %v98 = arith.addi %v79, %v97 : i64
          %v100 = arith.addi %v79, %v99 : i64
          %v102 = arith.addi %v79, %v101 : i64
          %v104 = arith.addi %v79, %v103 : i64
          %v106 = arith.addi %v79, %v105 : i64
          %v108 = arith.addi %v79, %v107 : i64
          %v109 = arith.addi %v47, %v79 : i64
          %v111 = arith.muli %v24, %v110 : i64
          %v112 = arith.muli %v109, %size_N : i64
          %v113 = arith.addi %v111, %v112 : i64
          %v114 = arith.addi %v113, %v22 : i64
          %v115 = llvm.getelementptr %in_bu_re[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v116 = llvm.load %v115 : !llvm.ptr -> f32
          %v117 = arith.muli %v24, %v110 : i64
          %v118 = arith.muli %v109, %size_N : i64
          %v119 = arith.addi %v117, %v118 : i64
          %v120 = arith.addi %v119, %v22 : i64
          %v121 = llvm.getelementptr %in_bu_im[%v120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v122 = llvm.load %v121 : !llvm.ptr -> f32
          %v123 = arith.addi %v47, %v80 : i64
          %v124 = arith.muli %v24, %v110 : i64
          %v125 = arith.muli %v123, %size_N : i64
          %v126 = arith.addi %v124, %v125 : i64
          %v127 = arith.addi %v126, %v22 : i64
          %v128 = llvm.getelementptr %in_bu_re[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v129 = llvm.load %v128 : !llvm.ptr -> f32
          %v130 = arith.muli %v24, %v110 : i64
          %v131 = arith.muli %v123, %size_N : i64
          %v132 = arith.addi %v130, %v131 : i64
          %v133 = arith.addi %v132, %v22 : i64
          %v134 = llvm.getelementptr %in_bu_im[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v135 = llvm.load %v134 : !llvm.ptr -> f32
          %v136 = arith.addi %v47, %v82 : i64
          %v137 = arith.muli %v24, %v110 : i64
          %v138 = arith.muli %v136, %size_N : i64
          %v139 = arith.addi %v137, %v138 : i64
          %v140 = arith.addi %v139, %v22 : i64
          %v141 = llvm.getelementptr %in_bu_re[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v142 = llvm.load %v141 : !llvm.ptr -> f32
          %v143 = arith.muli %v24, %v110 : i64
          %v144 = arith.muli %v136, %size_N : i64
          %v145 = arith.addi %v143, %v144 : i64
          %v146 = arith.addi %v145, %v22 : i64
          %v147 = llvm.getelementptr %in_bu_im[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v148 = llvm.load %v147 : !llvm.ptr -> f32
          %v149 = arith.addi %v47, %v84 : i64
          %v150 = arith.muli %v24, %v110 : i64
          %v151 = arith.muli %v149, %size_N : i64
          %v152 = arith.addi %v150, %v151 : i64
          %v153 = arith.addi %v152, %v22 : i64
          %v154 = llvm.getelementptr %in_bu_re[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v155 = llvm.load %v154 : !llvm.ptr -> f32
          %v156 = arith.muli %v24, %v110 : i64
          %v157 = arith.muli %v149, %size_N : i64
          %v158 = arith.addi %v156, %v157 : i64
          %v159 = arith.addi %v158, %v22 : i64
          %v160 = llvm.getelementptr %in_bu_im[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v161 = llvm.load %v160 : !llvm.ptr -> f32
          %v162 = arith.addi %v47, %v86 : i64
          %v163 = arith.muli %v24, %v110 : i64
          %v164 = arith.muli %v162, %size_N : i64
          %v165 = arith.addi %v163, %v164 : i64
          %v166 = arith.addi %v165, %v22 : i64
          %v167 = llvm.getelementptr %in_bu_re[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v168 = llvm.load %v167 : !llvm.ptr -> f32
          %v169 = arith.muli %v24, %v110 : i64
          %v170 = arith.muli %v162, %size_N : i64
          %v171 = arith.addi %v169, %v170 : i64
          %v172 = arith.addi %v171, %v22 : i64
          %v173 = llvm.getelementptr %in_bu_im[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v174 = llvm.load %v173 : !llvm.ptr -> f32
          %v175 = arith.addi %v47, %v88 : i64
          %v176 = arith.muli %v24, %v110 : i64
          %v177 = arith.muli %v175, %size_N : i64
          %v178 = arith.addi %v176, %v177 : i64
          %v179 = arith.addi %v178, %v22 : i64
          %v180 = llvm.getelementptr %in_bu_re[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v181 = llvm.load %v180 : !llvm.ptr -> f32
          %v182 = arith.muli %v24, %v110 : i64
          %v183 = arith.muli %v175, %size_N : i64
          %v184 = arith.addi %v182, %v183 : i64
          %v185 = arith.addi %v184, %v22 : i64
          %v186 = llvm.getelementptr %in_bu_im[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v187 = llvm.load %v186 : !llvm.ptr -> f32
          %v188 = arith.addi %v47, %v90 : i64
          %v189 = arith.muli %v24, %v110 : i64
          %v190 = arith.muli %v188, %size_N : i64
          %v191 = arith.addi %v189, %v190 : i64
          %v192 = arith.addi %v191, %v22 : i64
          %v193 = llvm.getelementptr %in_bu_re[%v192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v194 = llvm.load %v193 : !llvm.ptr -> f32
          %v195 = arith.muli %v24, %v110 : i64
          %v196 = arith.muli %v188, %size_N : i64
          %v197 = arith.addi %v195, %v196 : i64
          %v198 = arith.addi %v197, %v22 : i64
          %v199 = llvm.getelementptr %in_bu_im[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v200 = llvm.load %v199 : !llvm.ptr -> f32
          %v201 = arith.addi %v47, %v92 : i64
          %v202 = arith.muli %v24, %v110 : i64
          %v203 = arith.muli %v201, %size_N : i64
          %v204 = arith.addi %v202, %v203 : i64
          %v205 = arith.addi %v204, %v22 : i64
          %v206 = llvm.getelementptr %in_bu_re[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v207 = llvm.load %v206 : !llvm.ptr -> f32
          %v208 = arith.muli %v24, %v110 : i64
          %v209 = arith.muli %v201, %size_N : i64
          %v210 = arith.addi %v208, %v209 : i64
          %v211 = arith.addi %v210, %v22 : i64
          %v212 = llvm.getelementptr %in_bu_im[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v213 = llvm.load %v212 : !llvm.ptr -> f32
          %v214 = arith.addi %v47, %v94 : i64
          %v215 = arith.muli %v24, %v110 : i64
          %v216 = arith.muli %v214, %size_N : i64
          %v217 = arith.addi %v215, %v216 : i64
          %v218 = arith.addi %v217, %v22 : i64
          %v219 = llvm.getelementptr %in_bu_re[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v220 = llvm.load %v219 : !llvm.ptr -> f32
          %v221 = arith.muli %v24, %v110 : i64
          %v222 = arith.muli %v214, %size_N : i64
          %v223 = arith.addi %v221, %v222 : i64
          %v224 = arith.addi %v223, %v22 : i64
          %v225 = llvm.getelementptr %in_bu_im[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v226 = llvm.load %v225 : !llvm.ptr -> f32
          %v227 = arith.addi %v47, %v96 : i64
          %v228 = arith.muli %v24, %v110 : i64
          %v229 = arith.muli %v227, %size_N : i64
          %v230 = arith.addi %v228, %v229 : i64
          %v231 = arith.addi %v230, %v22 : i64
          %v232 = llvm.getelementptr %in_bu_re[%v231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v233 = llvm.load %v232 : !llvm.ptr -> f32
          %v234 = arith.muli %v24, %v110 : i64
          %v235 = arith.muli %v227, %size_N : i64
          %v236 = arith.addi %v234, %v235 : i64
          %v237 = arith.addi %v236, %v22 : i64
          %v238 = llvm.getelementptr %in_bu_im[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v239 = llvm.load %v238 : !llvm.ptr -> f32
          %v240 = arith.addi %v47, %v98 : i64
          %v241 = arith.muli %v24, %v110 : i64
          %v242 = arith.muli %v240, %size_N : i64
          %v243 = arith.addi %v241, %v242 : i64
          %v244 = arith.addi %v243, %v22 : i64
          %v245 = llvm.getelementptr %in_bu_re[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v246 = llvm.load %v245 : !llvm.ptr -> f32
          %v247 = arith.muli %v24, %v110 : i64
          %v248 = arith.muli %v240, %size_N : i64
          %v249 = arith.addi %v247, %v248 : i64
          %v250 = arith.addi %v249, %v22 : i64
          %v251 = llvm.getelementptr %in_bu_im[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v252 = llvm.load %v251 : !llvm.ptr -> f32
          %v253 = arith.addi %v47, %v100 : i64
          %v254 = arith.muli %v24, %v110 : i64
          %v255 = arith.muli %v253, %size_N : i64
          %v256 = arith.addi %v254, %v255 : i64
          %v257 = arith.addi %v256, %v22 : i64
          %v258 = llvm.getelementptr %in_bu_re[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v259 = llvm.load %v258 : !llvm.ptr -> f32
          %v260 = arith.muli %v24, %v110 : i64
          %v261 = arith.muli %v253, %size_N : i64
          %v262 = arith.addi %v260, %v261 : i64
          %v263 = arith.addi %v262, %v22 : i64
          %v264 = llvm.getelementptr %in_bu_im[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v265 = llvm.load %v264 : !llvm.ptr -> f32
          %v266 = arith.addi %v47, %v102 : i64
          %v267 = arith.muli %v24, %v110 : i64
          %v268 = arith.muli %v266, %size_N : i64
          %v269 = arith.addi %v267, %v268 : i64
          %v270 = arith.addi %v269, %v22 : i64
          %v271 = llvm.getelementptr %in_bu_re[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v272 = llvm.load %v271 : !llvm.ptr -> f32
          %v273 = arith.muli %v24, %v110 : i64
          %v274 = arith.muli %v266, %size_N : i64
          %v275 = arith.addi %v273, %v274 : i64
          %v276 = arith.addi %v275, %v22 : i64
          %v277 = llvm.getelementptr %in_bu_im[%v276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v278 = llvm.load %v277 : !llvm.ptr -> f32
          %v279 = arith.addi %v47, %v104 : i64
          %v280 = arith.muli %v24, %v110 : i64
          %v281 = arith.muli %v279, %size_N : i64
          %v282 = arith.addi %v280, %v281 : i64
          %v283 = arith.addi %v282, %v22 : i64
          %v284 = llvm.getelementptr %in_bu_re[%v283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v285 = llvm.load %v284 : !llvm.ptr -> f32
          %v286 = arith.muli %v24, %v110 : i64
          %v287 = arith.muli %v279, %size_N : i64
          %v288 = arith.addi %v286, %v287 : i64
          %v289 = arith.addi %v288, %v22 : i64
          %v290 = llvm.getelementptr %in_bu_im[%v289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v291 = llvm.load %v290 : !llvm.ptr -> f32
          %v292 = arith.addi %v47, %v106 : i64
          %v293 = arith.muli %v24, %v110 : i64
          %v294 = arith.muli %v292, %size_N : i64
          %v295 = arith.addi %v293, %v294 : i64
          %v296 = arith.addi %v295, %v22 : i64
          %v297 = llvm.getelementptr %in_bu_re[%v296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v298 = llvm.load %v297 : !llvm.ptr -> f32
          %v299 = arith.muli %v24, %v110 : i64
          %v300 = arith.muli %v292, %size_N : i64
          %v301 = arith.addi %v299, %v300 : i64
          %v302 = arith.addi %v301, %v22 : i64
          %v303 = llvm.getelementptr %in_bu_im[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v304 = llvm.load %v303 : !llvm.ptr -> f32
          %v305 = arith.addi %v47, %v108 : i64
          %v306 = arith.muli %v24, %v110 : i64
          %v307 = arith.muli %v305, %size_N : i64
          %v308 = arith.addi %v306, %v307 : i64
          %v309 = arith.addi %v308, %v22 : i64
          %v310 = llvm.getelementptr %in_bu_re[%v309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v311 = llvm.load %v310 : !llvm.ptr -> f32
          %v312 = arith.muli %v24, %v110 : i64
          %v313 = arith.muli %v305, %size_N : i64
          %v314 = arith.addi %v312, %v313 : i64
          %v315 = arith.addi %v314, %v22 : i64
          %v316 = llvm.getelementptr %in_bu_im[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v317 = llvm.load %v316 : !llvm.ptr -> f32
          %v318 = arith.addi %v47, %v79 : i64
          %v360 = arith.mulf %v359, %v116 fastmath<contract> : f32
          %v365 = arith.mulf %v364, %v122 fastmath<contract> : f32
          %v366 = arith.subf %v360, %v365 fastmath<contract> : f32
          %v367 = llvm.load %v3 : !llvm.ptr -> f32
          %v368 = arith.mulf %v342, %v367 fastmath<contract> : f32
          %v369 = arith.addf %v368, %v366 fastmath<contract> : f32
          %v371 = llvm.load %v4 : !llvm.ptr -> f32
          %v372 = arith.mulf %v370, %v371 fastmath<contract> : f32
          %v373 = arith.addf %v369, %v372 fastmath<contract> : f32
          %v374 = arith.mulf %v359, %v122 fastmath<contract> : f32
          %v375 = arith.mulf %v364, %v116 fastmath<contract> : f32
          %v376 = arith.addf %v374, %v375 fastmath<contract> : f32
          %v377 = llvm.load %v4 : !llvm.ptr -> f32
          %v378 = arith.mulf %v342, %v377 fastmath<contract> : f32
          %v379 = arith.addf %v378, %v376 fastmath<contract> : f32
          %v380 = llvm.load %v3 : !llvm.ptr -> f32
          %v381 = arith.mulf %v353, %v380 fastmath<contract> : f32
          %v382 = arith.addf %v379, %v381 fastmath<contract> : f32
          llvm.store %v373, %v3 : f32, !llvm.ptr
          llvm.store %v382, %v4 : f32, !llvm.ptr
          %v383 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v384 = arith.muli %v24, %v110 : i64
            %v385 = arith.muli %v318, %size_N : i64
            %v386 = arith.addi %v384, %v385 : i64
            %v387 = arith.addi %v386, %v22 : i64
            %v388 = llvm.getelementptr %out_x_re_seq[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v383, %v388 : f32, !llvm.ptr
          }
          %v389 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v390 = arith.muli %v24, %v110 : i64
            %v391 = arith.muli %v318, %size_N : i64
            %v392 = arith.addi %v390, %v391 : i64
            %v393 = arith.addi %v392, %v22 : i64
            %v394 = llvm.getelementptr %out_x_im_seq[%v393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v389, %v394 : f32, !llvm.ptr
          }
          %v395 = arith.addi %v47, %v80 : i64
          %v396 = arith.mulf %v359, %v129 fastmath<contract> : f32
          %v397 = arith.mulf %v364, %v135 fastmath<contract> : f32
          %v398 = arith.subf %v396, %v397 fastmath<contract> : f32
          %v399 = llvm.load %v3 : !llvm.ptr -> f32
          %v400 = arith.mulf %v342, %v399 fastmath<contract> : f32
          %v401 = arith.addf %v400, %v398 fastmath<contract> : f32
          %v402 = llvm.load %v4 : !llvm.ptr -> f32
          %v403 = arith.mulf %v370, %v402 fastmath<contract> : f32
          %v404 = arith.addf %v401, %v403 fastmath<contract> : f32
          %v405 = arith.mulf %v359, %v135 fastmath<contract> : f32
          %v406 = arith.mulf %v364, %v129 fastmath<contract> : f32
          %v407 = arith.addf %v405, %v406 fastmath<contract> : f32
          %v408 = llvm.load %v4 : !llvm.ptr -> f32
          %v409 = arith.mulf %v342, %v408 fastmath<contract> : f32
          %v410 = arith.addf %v409, %v407 fastmath<contract> : f32
          %v411 = llvm.load %v3 : !llvm.ptr -> f32
          %v412 = arith.mulf %v353, %v411 fastmath<contract> : f32
          %v413 = arith.addf %v410, %v412 fastmath<contract> : f32
          llvm.store %v404, %v3 : f32, !llvm.ptr
          llvm.store %v413, %v4 : f32, !llvm.ptr
          %v414 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v415 = arith.muli %v24, %v110 : i64
            %v416 = arith.muli %v395, %size_N : i64
            %v417 = arith.addi %v415, %v416 : i64
            %v418 = arith.addi %v417, %v22 : i64
            %v419 = llvm.getelementptr %out_x_re_seq[%v418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v414, %v419 : f32, !llvm.ptr
          }
          %v420 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v421 = arith.muli %v24, %v110 : i64
            %v422 = arith.muli %v395, %size_N : i64
            %v423 = arith.addi %v421, %v422 : i64
            %v424 = arith.addi %v423, %v22 : i64
            %v425 = llvm.getelementptr %out_x_im_seq[%v424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v420, %v425 : f32, !llvm.ptr
          }
          %v426 = arith.addi %v47, %v82 : i64
          %v427 = arith.mulf %v359, %v142 fastmath<contract> : f32
          %v428 = arith.mulf %v364, %v148 fastmath<contract> : f32
          %v429 = arith.subf %v427, %v428 fastmath<contract> : f32
          %v430 = llvm.load %v3 : !llvm.ptr -> f32
          %v431 = arith.mulf %v342, %v430 fastmath<contract> : f32
          %v432 = arith.addf %v431, %v429 fastmath<contract> : f32
          %v433 = llvm.load %v4 : !llvm.ptr -> f32
          %v434 = arith.mulf %v370, %v433 fastmath<contract> : f32
          %v435 = arith.addf %v432, %v434 fastmath<contract> : f32
          %v436 = arith.mulf %v359, %v148 fastmath<contract> : f32
          %v437 = arith.mulf %v364, %v142 fastmath<contract> : f32
          %v438 = arith.addf %v436, %v437 fastmath<contract> : f32
          %v439 = llvm.load %v4 : !llvm.ptr -> f32
          %v440 = arith.mulf %v342, %v439 fastmath<contract> : f32
          %v441 = arith.addf %v440, %v438 fastmath<contract> : f32
          %v442 = llvm.load %v3 : !llvm.ptr -> f32
          %v443 = arith.mulf %v353, %v442 fastmath<contract> : f32
          %v444 = arith.addf %v441, %v443 fastmath<contract> : f32
          llvm.store %v435, %v3 : f32, !llvm.ptr
          llvm.store %v444, %v4 : f32, !llvm.ptr
          %v445 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v446 = arith.muli %v24, %v110 : i64
            %v447 = arith.muli %v426, %size_N : i64
            %v448 = arith.addi %v446, %v447 : i64
            %v449 = arith.addi %v448, %v22 : i64
            %v450 = llvm.getelementptr %out_x_re_seq[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v445, %v450 : f32, !llvm.ptr
          }
          %v451 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v452 = arith.muli %v24, %v110 : i64
            %v453 = arith.muli %v426, %size_N : i64
            %v454 = arith.addi %v452, %v453 : i64
            %v455 = arith.addi %v454, %v22 : i64
            %v456 = llvm.getelementptr %out_x_im_seq[%v455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v451, %v456 : f32, !llvm.ptr
          }
          %v457 = arith.addi %v47, %v84 : i64
          %v458 = arith.mulf %v359, %v155 fastmath<contract> : f32
          %v459 = arith.mulf %v364, %v161 fastmath<contract> : f32
          %v460 = arith.subf %v458, %v459 fastmath<contract> : f32
          %v461 = llvm.load %v3 : !llvm.ptr -> f32
          %v462 = arith.mulf %v342, %v461 fastmath<contract> : f32
          %v463 = arith.addf %v462, %v460 fastmath<contract> : f32
          %v464 = llvm.load %v4 : !llvm.ptr -> f32
          %v465 = arith.mulf %v370, %v464 fastmath<contract> : f32
          %v466 = arith.addf %v463, %v465 fastmath<contract> : f32
          %v467 = arith.mulf %v359, %v161 fastmath<contract> : f32
          %v468 = arith.mulf %v364, %v155 fastmath<contract> : f32
          %v469 = arith.addf %v467, %v468 fastmath<contract> : f32
          %v470 = llvm.load %v4 : !llvm.ptr -> f32
          %v471 = arith.mulf %v342, %v470 fastmath<contract> : f32
          %v472 = arith.addf %v471, %v469 fastmath<contract> : f32
          %v473 = llvm.load %v3 : !llvm.ptr -> f32
          %v474 = arith.mulf %v353, %v473 fastmath<contract> : f32
          %v475 = arith.addf %v472, %v474 fastmath<contract> : f32
          llvm.store %v466, %v3 : f32, !llvm.ptr
          llvm.store %v475, %v4 : f32, !llvm.ptr
          %v476 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v477 = arith.muli %v24, %v110 : i64
            %v478 = arith.muli %v457, %size_N : i64
            %v479 = arith.addi %v477, %v478 : i64
            %v480 = arith.addi %v479, %v22 : i64
            %v481 = llvm.getelementptr %out_x_re_seq[%v480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v476, %v481 : f32, !llvm.ptr
          }
          %v482 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v483 = arith.muli %v24, %v110 : i64
            %v484 = arith.muli %v457, %size_N : i64
            %v485 = arith.addi %v483, %v484 : i64
            %v486 = arith.addi %v485, %v22 : i64
            %v487 = llvm.getelementptr %out_x_im_seq[%v486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v482, %v487 : f32, !llvm.ptr
          }
          %v488 = arith.addi %v47, %v86 : i64
          %v489 = arith.mulf %v359, %v168 fastmath<contract> : f32
          %v490 = arith.mulf %v364, %v174 fastmath<contract> : f32
          %v491 = arith.subf %v489, %v490 fastmath<contract> : f32
          %v492 = llvm.load %v3 : !llvm.ptr -> f32
          %v493 = arith.mulf %v342, %v492 fastmath<contract> : f32
          %v494 = arith.addf %v493, %v491 fastmath<contract> : f32
          %v495 = llvm.load %v4 : !llvm.ptr -> f32
          %v496 = arith.mulf %v370, %v495 fastmath<contract> : f32
          %v497 = arith.addf %v494, %v496 fastmath<contract> : f32
          %v498 = arith.mulf %v359, %v174 fastmath<contract> : f32
          %v499 = arith.mulf %v364, %v168 fastmath<contract> : f32
          %v500 = arith.addf %v498, %v499 fastmath<contract> : f32
          %v501 = llvm.load %v4 : !llvm.ptr -> f32
          %v502 = arith.mulf %v342, %v501 fastmath<contract> : f32
          %v503 = arith.addf %v502, %v500 fastmath<contract> : f32
          %v504 = llvm.load %v3 : !llvm.ptr -> f32
          %v505 = arith.mulf %v353, %v504 fastmath<contract> : f32
          %v506 = arith.addf %v503, %v505 fastmath<contract> : f32
          llvm.store %v497, %v3 : f32, !llvm.ptr
          llvm.store %v506, %v4 : f32, !llvm.ptr
          %v507 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v508 = arith.muli %v24, %v110 : i64
            %v509 = arith.muli %v488, %size_N : i64
            %v510 = arith.addi %v508, %v509 : i64
            %v511 = arith.addi %v510, %v22 : i64
            %v512 = llvm.getelementptr %out_x_re_seq[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v507, %v512 : f32, !llvm.ptr
          }
          %v513 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v514 = arith.muli %v24, %v110 : i64
            %v515 = arith.muli %v488, %size_N : i64
            %v516 = arith.addi %v514, %v515 : i64
            %v517 = arith.addi %v516, %v22 : i64
            %v518 = llvm.getelementptr %out_x_im_seq[%v517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v513, %v518 : f32, !llvm.ptr
          }
          %v519 = arith.addi %v47, %v88 : i64
          %v520 = arith.mulf %v359, %v181 fastmath<contract> : f32
          %v521 = arith.mulf %v364, %v187 fastmath<contract> : f32
          %v522 = arith.subf %v520, %v521 fastmath<contract> : f32
          %v523 = llvm.load %v3 : !llvm.ptr -> f32
          %v524 = arith.mulf %v342, %v523 fastmath<contract> : f32
          %v525 = arith.addf %v524, %v522 fastmath<contract> : f32
          %v526 = llvm.load %v4 : !llvm.ptr -> f32
          %v527 = arith.mulf %v370, %v526 fastmath<contract> : f32
          %v528 = arith.addf %v525, %v527 fastmath<contract> : f32
          %v529 = arith.mulf %v359, %v187 fastmath<contract> : f32
          %v530 = arith.mulf %v364, %v181 fastmath<contract> : f32
          %v531 = arith.addf %v529, %v530 fastmath<contract> : f32
          %v532 = llvm.load %v4 : !llvm.ptr -> f32
          %v533 = arith.mulf %v342, %v532 fastmath<contract> : f32
          %v534 = arith.addf %v533, %v531 fastmath<contract> : f32
          %v535 = llvm.load %v3 : !llvm.ptr -> f32
          %v536 = arith.mulf %v353, %v535 fastmath<contract> : f32
          %v537 = arith.addf %v534, %v536 fastmath<contract> : f32
          llvm.store %v528, %v3 : f32, !llvm.ptr
          llvm.store %v537, %v4 : f32, !llvm.ptr
          %v538 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v539 = arith.muli %v24, %v110 : i64
            %v540 = arith.muli %v519, %size_N : i64
            %v541 = arith.addi %v539, %v540 : i64
            %v542 = arith.addi %v541, %v22 : i64
            %v543 = llvm.getelementptr %out_x_re_seq[%v542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v538, %v543 : f32, !llvm.ptr
          }
          %v544 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v545 = arith.muli %v24, %v110 : i64
            %v546 = arith.muli %v519, %size_N : i64
            %v547 = arith.addi %v545, %v546 : i64
            %v548 = arith.addi %v547, %v22 : i64
            %v549 = llvm.getelementptr %out_x_im_seq[%v548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v544, %v549 : f32, !llvm.ptr
          }
          %v550 = arith.addi %v47, %v90 : i64
          %v551 = arith.mulf %v359, %v194 fastmath<contract> : f32
          %v552 = arith.mulf %v364, %v200 fastmath<contract> : f32
          %v553 = arith.subf %v551, %v552 fastmath<contract> : f32
          %v554 = llvm.load %v3 : !llvm.ptr -> f32
          %v555 = arith.mulf %v342, %v554 fastmath<contract> : f32
          %v556 = arith.addf %v555, %v553 fastmath<contract> : f32
          %v557 = llvm.load %v4 : !llvm.ptr -> f32
          %v558 = arith.mulf %v370, %v557 fastmath<contract> : f32
          %v559 = arith.addf %v556, %v558 fastmath<contract> : f32
          %v560 = arith.mulf %v359, %v200 fastmath<contract> : f32
          %v561 = arith.mulf %v364, %v194 fastmath<contract> : f32
          %v562 = arith.addf %v560, %v561 fastmath<contract> : f32
          %v563 = llvm.load %v4 : !llvm.ptr -> f32
          %v564 = arith.mulf %v342, %v563 fastmath<contract> : f32
          %v565 = arith.addf %v564, %v562 fastmath<contract> : f32
          %v566 = llvm.load %v3 : !llvm.ptr -> f32
          %v567 = arith.mulf %v353, %v566 fastmath<contract> : f32
          %v568 = arith.addf %v565, %v567 fastmath<contract> : f32
          llvm.store %v559, %v3 : f32, !llvm.ptr
          llvm.store %v568, %v4 : f32, !llvm.ptr
          %v569 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v570 = arith.muli %v24, %v110 : i64
            %v571 = arith.muli %v550, %size_N : i64
            %v572 = arith.addi %v570, %v571 : i64
            %v573 = arith.addi %v572, %v22 : i64
            %v574 = llvm.getelementptr %out_x_re_seq[%v573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v569, %v574 : f32, !llvm.ptr
          }
          %v575 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v576 = arith.muli %v24, %v110 : i64
            %v577 = arith.muli %v550, %size_N : i64
            %v578 = arith.addi %v576, %v577 : i64
            %v579 = arith.addi %v578, %v22 : i64
            %v580 = llvm.getelementptr %out_x_im_seq[%v579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v575, %v580 : f32, !llvm.ptr
          }
          %v581 = arith.addi %v47, %v92 : i64
          %v582 = arith.mulf %v359, %v207 fastmath<contract> : f32
          %v583 = arith.mulf %v364, %v213 fastmath<contract> : f32
          %v584 = arith.subf %v582, %v583 fastmath<contract> : f32
          %v585 = llvm.load %v3 : !llvm.ptr -> f32
          %v586 = arith.mulf %v342, %v585 fastmath<contract> : f32
          %v587 = arith.addf %v586, %v584 fastmath<contract> : f32
          %v588 = llvm.load %v4 : !llvm.ptr -> f32
          %v589 = arith.mulf %v370, %v588 fastmath<contract> : f32
          %v590 = arith.addf %v587, %v589 fastmath<contract> : f32
          %v591 = arith.mulf %v359, %v213 fastmath<contract> : f32
          %v592 = arith.mulf %v364, %v207 fastmath<contract> : f32
          %v593 = arith.addf %v591, %v592 fastmath<contract> : f32
          %v594 = llvm.load %v4 : !llvm.ptr -> f32
          %v595 = arith.mulf %v342, %v594 fastmath<contract> : f32
          %v596 = arith.addf %v595, %v593 fastmath<contract> : f32
          %v597 = llvm.load %v3 : !llvm.ptr -> f32
          %v598 = arith.mulf %v353, %v597 fastmath<contract> : f32
          %v599 = arith.addf %v596, %v598 fastmath<contract> : f32
          llvm.store %v590, %v3 : f32, !llvm.ptr
          llvm.store %v599, %v4 : f32, !llvm.ptr
          %v600 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v601 = arith.muli %v24, %v110 : i64
            %v602 = arith.muli %v581, %size_N : i64
            %v603 = arith.addi %v601, %v602 : i64
            %v604 = arith.addi %v603, %v22 : i64
            %v605 = llvm.getelementptr %out_x_re_seq[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v600, %v605 : f32, !llvm.ptr
          }
          %v606 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v607 = arith.muli %v24, %v110 : i64
            %v608 = arith.muli %v581, %size_N : i64
            %v609 = arith.addi %v607, %v608 : i64
            %v610 = arith.addi %v609, %v22 : i64
            %v611 = llvm.getelementptr %out_x_im_seq[%v610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v606, %v611 : f32, !llvm.ptr
          }
          %v612 = arith.addi %v47, %v94 : i64
          %v613 = arith.mulf %v359, %v220 fastmath<contract> : f32
          %v614 = arith.mulf %v364, %v226 fastmath<contract> : f32
          %v615 = arith.subf %v613, %v614 fastmath<contract> : f32
          %v616 = llvm.load %v3 : !llvm.ptr -> f32
          %v617 = arith.mulf %v342, %v616 fastmath<contract> : f32
          %v618 = arith.addf %v617, %v615 fastmath<contract> : f32
          %v619 = llvm.load %v4 : !llvm.ptr -> f32
          %v620 = arith.mulf %v370, %v619 fastmath<contract> : f32
          %v621 = arith.addf %v618, %v620 fastmath<contract> : f32
          %v622 = arith.mulf %v359, %v226 fastmath<contract> : f32
          %v623 = arith.mulf %v364, %v220 fastmath<contract> : f32
          %v624 = arith.addf %v622, %v623 fastmath<contract> : f32
          %v625 = llvm.load %v4 : !llvm.ptr -> f32
          %v626 = arith.mulf %v342, %v625 fastmath<contract> : f32
          %v627 = arith.addf %v626, %v624 fastmath<contract> : f32
          %v628 = llvm.load %v3 : !llvm.ptr -> f32
          %v629 = arith.mulf %v353, %v628 fastmath<contract> : f32
          %v630 = arith.addf %v627, %v629 fastmath<contract> : f32
          llvm.store %v621, %v3 : f32, !llvm.ptr
          llvm.store %v630, %v4 : f32, !llvm.ptr
          %v631 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v632 = arith.muli %v24, %v110 : i64
            %v633 = arith.muli %v612, %size_N : i64
            %v634 = arith.addi %v632, %v633 : i64
            %v635 = arith.addi %v634, %v22 : i64
            %v636 = llvm.getelementptr %out_x_re_seq[%v635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v631, %v636 : f32, !llvm.ptr
          }
          %v637 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v638 = arith.muli %v24, %v110 : i64
            %v639 = arith.muli %v612, %size_N : i64
            %v640 = arith.addi %v638, %v639 : i64
            %v641 = arith.addi %v640, %v22 : i64
            %v642 = llvm.getelementptr %out_x_im_seq[%v641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v637, %v642 : f32, !llvm.ptr
          }
          %v643 = arith.addi %v47, %v96 : i64
          %v644 = arith.mulf %v359, %v233 fastmath<contract> : f32
          %v645 = arith.mulf %v364, %v239 fastmath<contract> : f32
          %v646 = arith.subf %v644, %v645 fastmath<contract> : f32
          %v647 = llvm.load %v3 : !llvm.ptr -> f32
          %v648 = arith.mulf %v342, %v647 fastmath<contract> : f32
          %v649 = arith.addf %v648, %v646 fastmath<contract> : f32
          %v650 = llvm.load %v4 : !llvm.ptr -> f32
          %v651 = arith.mulf %v370, %v650 fastmath<contract> : f32
          %v652 = arith.addf %v649, %v651 fastmath<contract> : f32
          %v653 = arith.mulf %v359, %v239 fastmath<contract> : f32
          %v654 = arith.mulf %v364, %v233 fastmath<contract> : f32
          %v655 = arith.addf %v653, %v654 fastmath<contract> : f32
          %v656 = llvm.load %v4 : !llvm.ptr -> f32
          %v657 = arith.mulf %v342, %v656 fastmath<contract> : f32
          %v658 = arith.addf %v657, %v655 fastmath<contract> : f32
          %v659 = llvm.load %v3 : !llvm.ptr -> f32
          %v660 = arith.mulf %v353, %v659 fastmath<contract> : f32
          %v661 = arith.addf %v658, %v660 fastmath<contract> : f32
          llvm.store %v652, %v3 : f32, !llvm.ptr
          llvm.store %v661, %v4 : f32, !llvm.ptr
          %v662 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v663 = arith.muli %v24, %v110 : i64
            %v664 = arith.muli %v643, %size_N : i64
            %v665 = arith.addi %v663, %v664 : i64
            %v666 = arith.addi %v665, %v22 : i64
            %v667 = llvm.getelementptr %out_x_re_seq[%v666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v662, %v667 : f32, !llvm.ptr
          }
          %v668 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v669 = arith.muli %v24, %v110 : i64
            %v670 = arith.muli %v643, %size_N : i64
            %v671 = arith.addi %v669, %v670 : i64
            %v672 = arith.addi %v671, %v22 : i64
            %v673 = llvm.getelementptr %out_x_im_seq[%v672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v668, %v673 : f32, !llvm.ptr
          }
          %v674 = arith.addi %v47, %v98 : i64
          %v675 = arith.mulf %v359, %v246 fastmath<contract> : f32
          %v676 = arith.mulf %v364, %v252 fastmath<contract> : f32
          %v677 = arith.subf %v675, %v676 fastmath<contract> : f32
          %v678 = llvm.load %v3 : !llvm.ptr -> f32
          %v679 = arith.mulf %v342, %v678 fastmath<contract> : f32
          %v680 = arith.addf %v679, %v677 fastmath<contract> : f32
          %v681 = llvm.load %v4 : !llvm.ptr -> f32
          %v682 = arith.mulf %v370, %v681 fastmath<contract> : f32
          %v683 = arith.addf %v680, %v682 fastmath<contract> : f32
          %v684 = arith.mulf %v359, %v252 fastmath<contract> : f32
          %v685 = arith.mulf %v364, %v246 fastmath<contract> : f32
          %v686 = arith.addf %v684, %v685 fastmath<contract> : f32
          %v687 = llvm.load %v4 : !llvm.ptr -> f32
          %v688 = arith.mulf %v342, %v687 fastmath<contract> : f32
          %v689 = arith.addf %v688, %v686 fastmath<contract> : f32
          %v690 = llvm.load %v3 : !llvm.ptr -> f32
          %v691 = arith.mulf %v353, %v690 fastmath<contract> : f32
          %v692 = arith.addf %v689, %v691 fastmath<contract> : f32
          llvm.store %v683, %v3 : f32, !llvm.ptr
          llvm.store %v692, %v4 : f32, !llvm.ptr
          %v693 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v694 = arith.muli %v24, %v110 : i64
            %v695 = arith.muli %v674, %size_N : i64
            %v696 = arith.addi %v694, %v695 : i64
            %v697 = arith.addi %v696, %v22 : i64
            %v698 = llvm.getelementptr %out_x_re_seq[%v697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v693, %v698 : f32, !llvm.ptr
          }
          %v699 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v700 = arith.muli %v24, %v110 : i64
            %v701 = arith.muli %v674, %size_N : i64
            %v702 = arith.addi %v700, %v701 : i64
            %v703 = arith.addi %v702, %v22 : i64
            %v704 = llvm.getelementptr %out_x_im_seq[%v703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v699, %v704 : f32, !llvm.ptr
          }
          %v705 = arith.addi %v47, %v100 : i64
          %v706 = arith.mulf %v359, %v259 fastmath<contract> : f32
          %v707 = arith.mulf %v364, %v265 fastmath<contract> : f32
          %v708 = arith.subf %v706, %v707 fastmath<contract> : f32
          %v709 = llvm.load %v3 : !llvm.ptr -> f32
          %v710 = arith.mulf %v342, %v709 fastmath<contract> : f32
          %v711 = arith.addf %v710, %v708 fastmath<contract> : f32
          %v712 = llvm.load %v4 : !llvm.ptr -> f32
          %v713 = arith.mulf %v370, %v712 fastmath<contract> : f32
          %v714 = arith.addf %v711, %v713 fastmath<contract> : f32
          %v715 = arith.mulf %v359, %v265 fastmath<contract> : f32
          %v716 = arith.mulf %v364, %v259 fastmath<contract> : f32
          %v717 = arith.addf %v715, %v716 fastmath<contract> : f32
          %v718 = llvm.load %v4 : !llvm.ptr -> f32
          %v719 = arith.mulf %v342, %v718 fastmath<contract> : f32
          %v720 = arith.addf %v719, %v717 fastmath<contract> : f32
          %v721 = llvm.load %v3 : !llvm.ptr -> f32
          %v722 = arith.mulf %v353, %v721 fastmath<contract> : f32
          %v723 = arith.addf %v720, %v722 fastmath<contract> : f32
          llvm.store %v714, %v3 : f32, !llvm.ptr
          llvm.store %v723, %v4 : f32, !llvm.ptr
          %v724 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v725 = arith.muli %v24, %v110 : i64
            %v726 = arith.muli %v705, %size_N : i64
            %v727 = arith.addi %v725, %v726 : i64
            %v728 = arith.addi %v727, %v22 : i64
            %v729 = llvm.getelementptr %out_x_re_seq[%v728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v724, %v729 : f32, !llvm.ptr
          }
          %v730 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v731 = arith.muli %v24, %v110 : i64
            %v732 = arith.muli %v705, %size_N : i64
            %v733 = arith.addi %v731, %v732 : i64
            %v734 = arith.addi %v733, %v22 : i64
            %v735 = llvm.getelementptr %out_x_im_seq[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v730, %v735 : f32, !llvm.ptr
          }
          %v736 = arith.addi %v47, %v102 : i64
          %v737 = arith.mulf %v359, %v272 fastmath<contract> : f32
          %v738 = arith.mulf %v364, %v278 fastmath<contract> : f32
          %v739 = arith.subf %v737, %v738 fastmath<contract> : f32
          %v740 = llvm.load %v3 : !llvm.ptr -> f32
          %v741 = arith.mulf %v342, %v740 fastmath<contract> : f32
          %v742 = arith.addf %v741, %v739 fastmath<contract> : f32
          %v743 = llvm.load %v4 : !llvm.ptr -> f32
          %v744 = arith.mulf %v370, %v743 fastmath<contract> : f32
          %v745 = arith.addf %v742, %v744 fastmath<contract> : f32
          %v746 = arith.mulf %v359, %v278 fastmath<contract> : f32
          %v747 = arith.mulf %v364, %v272 fastmath<contract> : f32
          %v748 = arith.addf %v746, %v747 fastmath<contract> : f32
          %v749 = llvm.load %v4 : !llvm.ptr -> f32
          %v750 = arith.mulf %v342, %v749 fastmath<contract> : f32
          %v751 = arith.addf %v750, %v748 fastmath<contract> : f32
          %v752 = llvm.load %v3 : !llvm.ptr -> f32
          %v753 = arith.mulf %v353, %v752 fastmath<contract> : f32
          %v754 = arith.addf %v751, %v753 fastmath<contract> : f32
          llvm.store %v745, %v3 : f32, !llvm.ptr
          llvm.store %v754, %v4 : f32, !llvm.ptr
          %v755 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v756 = arith.muli %v24, %v110 : i64
            %v757 = arith.muli %v736, %size_N : i64
            %v758 = arith.addi %v756, %v757 : i64
            %v759 = arith.addi %v758, %v22 : i64
            %v760 = llvm.getelementptr %out_x_re_seq[%v759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v755, %v760 : f32, !llvm.ptr
          }
          %v761 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v762 = arith.muli %v24, %v110 : i64
            %v763 = arith.muli %v736, %size_N : i64
            %v764 = arith.addi %v762, %v763 : i64
            %v765 = arith.addi %v764, %v22 : i64
            %v766 = llvm.getelementptr %out_x_im_seq[%v765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v761, %v766 : f32, !llvm.ptr
          }
          %v767 = arith.addi %v47, %v104 : i64
          %v768 = arith.mulf %v359, %v285 fastmath<contract> : f32
          %v769 = arith.mulf %v364, %v291 fastmath<contract> : f32
          %v770 = arith.subf %v768, %v769 fastmath<contract> : f32
          %v771 = llvm.load %v3 : !llvm.ptr -> f32
          %v772 = arith.mulf %v342, %v771 fastmath<contract> : f32
          %v773 = arith.addf %v772, %v770 fastmath<contract> : f32
          %v774 = llvm.load %v4 : !llvm.ptr -> f32
          %v775 = arith.mulf %v370, %v774 fastmath<contract> : f32
          %v776 = arith.addf %v773, %v775 fastmath<contract> : f32
          %v777 = arith.mulf %v359, %v291 fastmath<contract> : f32
          %v778 = arith.mulf %v364, %v285 fastmath<contract> : f32
          %v779 = arith.addf %v777, %v778 fastmath<contract> : f32
          %v780 = llvm.load %v4 : !llvm.ptr -> f32
          %v781 = arith.mulf %v342, %v780 fastmath<contract> : f32
          %v782 = arith.addf %v781, %v779 fastmath<contract> : f32
          %v783 = llvm.load %v3 : !llvm.ptr -> f32
          %v784 = arith.mulf %v353, %v783 fastmath<contract> : f32
          %v785 = arith.addf %v782, %v784 fastmath<contract> : f32
          llvm.store %v776, %v3 : f32, !llvm.ptr
          llvm.store %v785, %v4 : f32, !llvm.ptr
          %v786 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v787 = arith.muli %v24, %v110 : i64
            %v788 = arith.muli %v767, %size_N : i64
            %v789 = arith.addi %v787, %v788 : i64
            %v790 = arith.addi %v789, %v22 : i64
            %v791 = llvm.getelementptr %out_x_re_seq[%v790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v786, %v791 : f32, !llvm.ptr
          }
          %v792 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v793 = arith.muli %v24, %v110 : i64
            %v794 = arith.muli %v767, %size_N : i64
            %v795 = arith.addi %v793, %v794 : i64
            %v796 = arith.addi %v795, %v22 : i64
            %v797 = llvm.getelementptr %out_x_im_seq[%v796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v792, %v797 : f32, !llvm.ptr
          }
          %v798 = arith.addi %v47, %v106 : i64
          %v799 = arith.mulf %v359, %v298 fastmath<contract> : f32
          %v800 = arith.mulf %v364, %v304 fastmath<contract> : f32
          %v801 = arith.subf %v799, %v800 fastmath<contract> : f32
          %v802 = llvm.load %v3 : !llvm.ptr -> f32
          %v803 = arith.mulf %v342, %v802 fastmath<contract> : f32
          %v804 = arith.addf %v803, %v801 fastmath<contract> : f32
          %v805 = llvm.load %v4 : !llvm.ptr -> f32
          %v806 = arith.mulf %v370, %v805 fastmath<contract> : f32
          %v807 = arith.addf %v804, %v806 fastmath<contract> : f32
          %v808 = arith.mulf %v359, %v304 fastmath<contract> : f32
          %v809 = arith.mulf %v364, %v298 fastmath<contract> : f32
          %v810 = arith.addf %v808, %v809 fastmath<contract> : f32
          %v811 = llvm.load %v4 : !llvm.ptr -> f32
          %v812 = arith.mulf %v342, %v811 fastmath<contract> : f32
          %v813 = arith.addf %v812, %v810 fastmath<contract> : f32
          %v814 = llvm.load %v3 : !llvm.ptr -> f32
          %v815 = arith.mulf %v353, %v814 fastmath<contract> : f32
          %v816 = arith.addf %v813, %v815 fastmath<contract> : f32
          llvm.store %v807, %v3 : f32, !llvm.ptr
          llvm.store %v816, %v4 : f32, !llvm.ptr
          %v817 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v818 = arith.muli %v24, %v110 : i64
            %v819 = arith.muli %v798, %size_N : i64
            %v820 = arith.addi %v818, %v819 : i64
            %v821 = arith.addi %v820, %v22 : i64
            %v822 = llvm.getelementptr %out_x_re_seq[%v821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v817, %v822 : f32, !llvm.ptr
          }
          %v823 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v824 = arith.muli %v24, %v110 : i64
            %v825 = arith.muli %v798, %size_N : i64
            %v826 = arith.addi %v824, %v825 : i64
            %v827 = arith.addi %v826, %v22 : i64
            %v828 = llvm.getelementptr %out_x_im_seq[%v827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v823, %v828 : f32, !llvm.ptr
          }
          %v829 = arith.addi %v47, %v108 : i64
          %v830 = arith.mulf %v359, %v311 fastmath<contract> : f32
          %v831 = arith.mulf %v364, %v317 fastmath<contract> : f32
          %v832 = arith.subf %v830, %v831 fastmath<contract> : f32
          %v833 = llvm.load %v3 : !llvm.ptr -> f32
          %v834 = arith.mulf %v342, %v833 fastmath<contract> : f32
          %v835 = arith.addf %v834, %v832 fastmath<contract> : f32
          %v836 = llvm.load %v4 : !llvm.ptr -> f32
          %v837 = arith.mulf %v370, %v836 fastmath<contract> : f32
          %v838 = arith.addf %v835, %v837 fastmath<contract> : f32
          %v839 = arith.mulf %v359, %v317 fastmath<contract> : f32
          %v840 = arith.mulf %v364, %v311 fastmath<contract> : f32
          %v841 = arith.addf %v839, %v840 fastmath<contract> : f32
          %v842 = llvm.load %v4 : !llvm.ptr -> f32
          %v843 = arith.mulf %v342, %v842 fastmath<contract> : f32
          %v844 = arith.addf %v843, %v841 fastmath<contract> : f32
          %v845 = llvm.load %v3 : !llvm.ptr -> f32
          %v846 = arith.mulf %v353, %v845 fastmath<contract> : f32
          %v847 = arith.addf %v844, %v846 fastmath<contract> : f32
          llvm.store %v838, %v3 : f32, !llvm.ptr
          llvm.store %v847, %v4 : f32, !llvm.ptr
          %v848 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v849 = arith.muli %v24, %v110 : i64
            %v850 = arith.muli %v829, %size_N : i64
            %v851 = arith.addi %v849, %v850 : i64
            %v852 = arith.addi %v851, %v22 : i64
            %v853 = llvm.getelementptr %out_x_re_seq[%v852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v848, %v853 : f32, !llvm.ptr
          }
          %v854 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v855 = arith.muli %v24, %v110 : i64
            %v856 = arith.muli %v829, %size_N : i64
            %v857 = arith.addi %v855, %v856 : i64
            %v858 = arith.addi %v857, %v22 : i64
            %v859 = llvm.getelementptr %out_x_im_seq[%v858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v854, %v859 : f32, !llvm.ptr
          }
        }
        %v860 = arith.muli %v73, %v72 : i64
        %v861 = arith.index_cast %v860 : i64 to index
        %v862 = arith.index_cast %v71 : i64 to index
        %v863 = arith.index_cast %v1 : i64 to index
        scf.for %v864 = %v861 to %v862 step %v863 {
          %v865 = arith.index_cast %v864 : index to i64
          %v866 = arith.addi %v47, %v865 : i64
          %v867 = arith.muli %v24, %v110 : i64
          %v868 = arith.muli %v866, %size_N : i64
          %v869 = arith.addi %v867, %v868 : i64
          %v870 = arith.addi %v869, %v22 : i64
          %v871 = llvm.getelementptr %in_bu_re[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v872 = llvm.load %v871 : !llvm.ptr -> f32
          %v873 = arith.mulf %v359, %v872 fastmath<contract> : f32
          %v874 = arith.muli %v24, %v110 : i64
          %v875 = arith.muli %v866, %size_N : i64
          %v876 = arith.addi %v874, %v875 : i64
          %v877 = arith.addi %v876, %v22 : i64
          %v878 = llvm.getelementptr %in_bu_im[%v877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v879 = llvm.load %v878 : !llvm.ptr -> f32
          %v880 = arith.mulf %v364, %v879 fastmath<contract> : f32
          %v881 = arith.subf %v873, %v880 fastmath<contract> : f32
          %v882 = llvm.load %v3 : !llvm.ptr -> f32
          %v883 = arith.mulf %v342, %v882 fastmath<contract> : f32
          %v884 = arith.addf %v883, %v881 fastmath<contract> : f32
          %v885 = llvm.load %v4 : !llvm.ptr -> f32
          %v886 = arith.mulf %v370, %v885 fastmath<contract> : f32
          %v887 = arith.addf %v884, %v886 fastmath<contract> : f32
          %v888 = arith.mulf %v359, %v879 fastmath<contract> : f32
          %v889 = arith.mulf %v364, %v872 fastmath<contract> : f32
          %v890 = arith.addf %v888, %v889 fastmath<contract> : f32
          %v891 = llvm.load %v4 : !llvm.ptr -> f32
          %v892 = arith.mulf %v342, %v891 fastmath<contract> : f32
          %v893 = arith.addf %v892, %v890 fastmath<contract> : f32
          %v894 = llvm.load %v3 : !llvm.ptr -> f32
          %v895 = arith.mulf %v353, %v894 fastmath<contract> : f32
          %v896 = arith.addf %v893, %v895 fastmath<contract> : f32
          llvm.store %v887, %v3 : f32, !llvm.ptr
          llvm.store %v896, %v4 : f32, !llvm.ptr
          %v897 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v898 = arith.muli %v24, %v110 : i64
            %v899 = arith.muli %v866, %size_N : i64
            %v900 = arith.addi %v898, %v899 : i64
            %v901 = arith.addi %v900, %v22 : i64
            %v902 = llvm.getelementptr %out_x_re_seq[%v901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v897, %v902 : f32, !llvm.ptr
          }
          %v903 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v904 = arith.muli %v24, %v110 : i64
            %v905 = arith.muli %v866, %size_N : i64
            %v906 = arith.addi %v904, %v905 : i64
            %v907 = arith.addi %v906, %v22 : i64
            %v908 = llvm.getelementptr %out_x_im_seq[%v907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v903, %v908 : f32, !llvm.ptr
          }
        }
      }
      %v909 = arith.subi %v8, %v1 : i64
      %v910 = arith.cmpi eq, %v15, %v909 : i64
      %v911 = arith.andi %v19, %v910 : i1
      gpu.return
    }
  }
}
