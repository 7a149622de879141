module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @lru_chunk_apply(%in_nu_log: !llvm.ptr, %in_theta_log: !llvm.ptr, %in_sum0: !llvm.ptr, %in_sum1: !llvm.ptr, %out_x_re_seq: !llvm.ptr, %out_x_im_seq: !llvm.ptr, %carry_x_re: !llvm.ptr, %ckpt_x_re: !llvm.ptr, %carry_x_im: !llvm.ptr, %ckpt_x_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v321 = arith.constant 0x3FB8AA3B : f32
      %v331 = arith.constant 0x3E22F983 : f32
      %v334 = arith.constant 0x40C90000 : f32
      %v335 = arith.constant 0x3AFDAA22 : f32
      %v342 = arith.constant 0x3F800000 : f32
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
      %v319 = llvm.getelementptr %in_nu_log[%v22] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v320 = llvm.load %v319 : !llvm.ptr -> f32
      %v322 = arith.mulf %v320, %v321 fastmath<contract> : f32
      %v323 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v322) : (f32) -> f32
      %v324 = arith.negf %v323 : f32
      %v325 = arith.mulf %v324, %v321 fastmath<contract> : f32
      %v326 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v325) : (f32) -> f32
      %v327 = llvm.getelementptr %in_theta_log[%v22] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v328 = llvm.load %v327 : !llvm.ptr -> f32
      %v329 = arith.mulf %v328, %v321 fastmath<contract> : f32
      %v330 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v329) : (f32) -> f32
      %v332 = arith.mulf %v330, %v331 fastmath<contract> : f32
      %v333 = llvm.call_intrinsic "llvm.roundeven.f32"(%v332) : (f32) -> f32
      %v336 = arith.mulf %v333, %v334 fastmath<contract> : f32
      %v337 = arith.subf %v330, %v336 fastmath<contract> : f32
      %v338 = arith.mulf %v333, %v335 fastmath<contract> : f32
      %v339 = arith.subf %v337, %v338 fastmath<contract> : f32
      %v340 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v339) : (f32) -> f32
      %v341 = arith.mulf %v326, %v340 fastmath<contract> : f32
      %v343 = arith.mulf %v341, %v341 fastmath<contract> : f32
      %v344 = arith.mulf %v330, %v331 fastmath<contract> : f32
      %v345 = llvm.call_intrinsic "llvm.roundeven.f32"(%v344) : (f32) -> f32
      %v346 = arith.mulf %v345, %v334 fastmath<contract> : f32
      %v347 = arith.subf %v330, %v346 fastmath<contract> : f32
      %v348 = arith.mulf %v345, %v335 fastmath<contract> : f32
      %v349 = arith.subf %v347, %v348 fastmath<contract> : f32
      %v350 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v349) : (f32) -> f32
      %v351 = arith.mulf %v326, %v350 fastmath<contract> : f32
      %v352 = arith.mulf %v351, %v351 fastmath<contract> : f32
      %v353 = arith.addf %v343, %v352 fastmath<contract> : f32
      %v354 = llvm.call_intrinsic "llvm.sqrt.f32"(%v353) : (f32) -> f32
      %v355 = arith.mulf %v354, %v354 fastmath<contract> : f32
      %v356 = arith.subf %v342, %v355 fastmath<contract> : f32
      %v357 = llvm.call_intrinsic "llvm.sqrt.f32"(%v356) : (f32) -> f32
      %v362 = arith.negf %v351 : f32
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
          %v115 = llvm.getelementptr %in_sum0[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v116 = llvm.load %v115 : !llvm.ptr -> f32
          %v117 = arith.muli %v24, %v110 : i64
          %v118 = arith.muli %v109, %size_N : i64
          %v119 = arith.addi %v117, %v118 : i64
          %v120 = arith.addi %v119, %v22 : i64
          %v121 = llvm.getelementptr %in_sum1[%v120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v122 = llvm.load %v121 : !llvm.ptr -> f32
          %v123 = arith.addi %v47, %v80 : i64
          %v124 = arith.muli %v24, %v110 : i64
          %v125 = arith.muli %v123, %size_N : i64
          %v126 = arith.addi %v124, %v125 : i64
          %v127 = arith.addi %v126, %v22 : i64
          %v128 = llvm.getelementptr %in_sum0[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v129 = llvm.load %v128 : !llvm.ptr -> f32
          %v130 = arith.muli %v24, %v110 : i64
          %v131 = arith.muli %v123, %size_N : i64
          %v132 = arith.addi %v130, %v131 : i64
          %v133 = arith.addi %v132, %v22 : i64
          %v134 = llvm.getelementptr %in_sum1[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v135 = llvm.load %v134 : !llvm.ptr -> f32
          %v136 = arith.addi %v47, %v82 : i64
          %v137 = arith.muli %v24, %v110 : i64
          %v138 = arith.muli %v136, %size_N : i64
          %v139 = arith.addi %v137, %v138 : i64
          %v140 = arith.addi %v139, %v22 : i64
          %v141 = llvm.getelementptr %in_sum0[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v142 = llvm.load %v141 : !llvm.ptr -> f32
          %v143 = arith.muli %v24, %v110 : i64
          %v144 = arith.muli %v136, %size_N : i64
          %v145 = arith.addi %v143, %v144 : i64
          %v146 = arith.addi %v145, %v22 : i64
          %v147 = llvm.getelementptr %in_sum1[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v148 = llvm.load %v147 : !llvm.ptr -> f32
          %v149 = arith.addi %v47, %v84 : i64
          %v150 = arith.muli %v24, %v110 : i64
          %v151 = arith.muli %v149, %size_N : i64
          %v152 = arith.addi %v150, %v151 : i64
          %v153 = arith.addi %v152, %v22 : i64
          %v154 = llvm.getelementptr %in_sum0[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v155 = llvm.load %v154 : !llvm.ptr -> f32
          %v156 = arith.muli %v24, %v110 : i64
          %v157 = arith.muli %v149, %size_N : i64
          %v158 = arith.addi %v156, %v157 : i64
          %v159 = arith.addi %v158, %v22 : i64
          %v160 = llvm.getelementptr %in_sum1[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v161 = llvm.load %v160 : !llvm.ptr -> f32
          %v162 = arith.addi %v47, %v86 : i64
          %v163 = arith.muli %v24, %v110 : i64
          %v164 = arith.muli %v162, %size_N : i64
          %v165 = arith.addi %v163, %v164 : i64
          %v166 = arith.addi %v165, %v22 : i64
          %v167 = llvm.getelementptr %in_sum0[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v168 = llvm.load %v167 : !llvm.ptr -> f32
          %v169 = arith.muli %v24, %v110 : i64
          %v170 = arith.muli %v162, %size_N : i64
          %v171 = arith.addi %v169, %v170 : i64
          %v172 = arith.addi %v171, %v22 : i64
          %v173 = llvm.getelementptr %in_sum1[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v174 = llvm.load %v173 : !llvm.ptr -> f32
          %v175 = arith.addi %v47, %v88 : i64
          %v176 = arith.muli %v24, %v110 : i64
          %v177 = arith.muli %v175, %size_N : i64
          %v178 = arith.addi %v176, %v177 : i64
          %v179 = arith.addi %v178, %v22 : i64
          %v180 = llvm.getelementptr %in_sum0[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v181 = llvm.load %v180 : !llvm.ptr -> f32
          %v182 = arith.muli %v24, %v110 : i64
          %v183 = arith.muli %v175, %size_N : i64
          %v184 = arith.addi %v182, %v183 : i64
          %v185 = arith.addi %v184, %v22 : i64
          %v186 = llvm.getelementptr %in_sum1[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v187 = llvm.load %v186 : !llvm.ptr -> f32
          %v188 = arith.addi %v47, %v90 : i64
          %v189 = arith.muli %v24, %v110 : i64
          %v190 = arith.muli %v188, %size_N : i64
          %v191 = arith.addi %v189, %v190 : i64
          %v192 = arith.addi %v191, %v22 : i64
          %v193 = llvm.getelementptr %in_sum0[%v192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v194 = llvm.load %v193 : !llvm.ptr -> f32
          %v195 = arith.muli %v24, %v110 : i64
          %v196 = arith.muli %v188, %size_N : i64
          %v197 = arith.addi %v195, %v196 : i64
          %v198 = arith.addi %v197, %v22 : i64
          %v199 = llvm.getelementptr %in_sum1[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v200 = llvm.load %v199 : !llvm.ptr -> f32
          %v201 = arith.addi %v47, %v92 : i64
          %v202 = arith.muli %v24, %v110 : i64
          %v203 = arith.muli %v201, %size_N : i64
          %v204 = arith.addi %v202, %v203 : i64
          %v205 = arith.addi %v204, %v22 : i64
          %v206 = llvm.getelementptr %in_sum0[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v207 = llvm.load %v206 : !llvm.ptr -> f32
          %v208 = arith.muli %v24, %v110 : i64
          %v209 = arith.muli %v201, %size_N : i64
          %v210 = arith.addi %v208, %v209 : i64
          %v211 = arith.addi %v210, %v22 : i64
          %v212 = llvm.getelementptr %in_sum1[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v213 = llvm.load %v212 : !llvm.ptr -> f32
          %v214 = arith.addi %v47, %v94 : i64
          %v215 = arith.muli %v24, %v110 : i64
          %v216 = arith.muli %v214, %size_N : i64
          %v217 = arith.addi %v215, %v216 : i64
          %v218 = arith.addi %v217, %v22 : i64
          %v219 = llvm.getelementptr %in_sum0[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v220 = llvm.load %v219 : !llvm.ptr -> f32
          %v221 = arith.muli %v24, %v110 : i64
          %v222 = arith.muli %v214, %size_N : i64
          %v223 = arith.addi %v221, %v222 : i64
          %v224 = arith.addi %v223, %v22 : i64
          %v225 = llvm.getelementptr %in_sum1[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v226 = llvm.load %v225 : !llvm.ptr -> f32
          %v227 = arith.addi %v47, %v96 : i64
          %v228 = arith.muli %v24, %v110 : i64
          %v229 = arith.muli %v227, %size_N : i64
          %v230 = arith.addi %v228, %v229 : i64
          %v231 = arith.addi %v230, %v22 : i64
          %v232 = llvm.getelementptr %in_sum0[%v231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v233 = llvm.load %v232 : !llvm.ptr -> f32
          %v234 = arith.muli %v24, %v110 : i64
          %v235 = arith.muli %v227, %size_N : i64
          %v236 = arith.addi %v234, %v235 : i64
          %v237 = arith.addi %v236, %v22 : i64
          %v238 = llvm.getelementptr %in_sum1[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v239 = llvm.load %v238 : !llvm.ptr -> f32
          %v240 = arith.addi %v47, %v98 : i64
          %v241 = arith.muli %v24, %v110 : i64
          %v242 = arith.muli %v240, %size_N : i64
          %v243 = arith.addi %v241, %v242 : i64
          %v244 = arith.addi %v243, %v22 : i64
          %v245 = llvm.getelementptr %in_sum0[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v246 = llvm.load %v245 : !llvm.ptr -> f32
          %v247 = arith.muli %v24, %v110 : i64
          %v248 = arith.muli %v240, %size_N : i64
          %v249 = arith.addi %v247, %v248 : i64
          %v250 = arith.addi %v249, %v22 : i64
          %v251 = llvm.getelementptr %in_sum1[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v252 = llvm.load %v251 : !llvm.ptr -> f32
          %v253 = arith.addi %v47, %v100 : i64
          %v254 = arith.muli %v24, %v110 : i64
          %v255 = arith.muli %v253, %size_N : i64
          %v256 = arith.addi %v254, %v255 : i64
          %v257 = arith.addi %v256, %v22 : i64
          %v258 = llvm.getelementptr %in_sum0[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v259 = llvm.load %v258 : !llvm.ptr -> f32
          %v260 = arith.muli %v24, %v110 : i64
          %v261 = arith.muli %v253, %size_N : i64
          %v262 = arith.addi %v260, %v261 : i64
          %v263 = arith.addi %v262, %v22 : i64
          %v264 = llvm.getelementptr %in_sum1[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v265 = llvm.load %v264 : !llvm.ptr -> f32
          %v266 = arith.addi %v47, %v102 : i64
          %v267 = arith.muli %v24, %v110 : i64
          %v268 = arith.muli %v266, %size_N : i64
          %v269 = arith.addi %v267, %v268 : i64
          %v270 = arith.addi %v269, %v22 : i64
          %v271 = llvm.getelementptr %in_sum0[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v272 = llvm.load %v271 : !llvm.ptr -> f32
          %v273 = arith.muli %v24, %v110 : i64
          %v274 = arith.muli %v266, %size_N : i64
          %v275 = arith.addi %v273, %v274 : i64
          %v276 = arith.addi %v275, %v22 : i64
          %v277 = llvm.getelementptr %in_sum1[%v276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v278 = llvm.load %v277 : !llvm.ptr -> f32
          %v279 = arith.addi %v47, %v104 : i64
          %v280 = arith.muli %v24, %v110 : i64
          %v281 = arith.muli %v279, %size_N : i64
          %v282 = arith.addi %v280, %v281 : i64
          %v283 = arith.addi %v282, %v22 : i64
          %v284 = llvm.getelementptr %in_sum0[%v283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v285 = llvm.load %v284 : !llvm.ptr -> f32
          %v286 = arith.muli %v24, %v110 : i64
          %v287 = arith.muli %v279, %size_N : i64
          %v288 = arith.addi %v286, %v287 : i64
          %v289 = arith.addi %v288, %v22 : i64
          %v290 = llvm.getelementptr %in_sum1[%v289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v291 = llvm.load %v290 : !llvm.ptr -> f32
          %v292 = arith.addi %v47, %v106 : i64
          %v293 = arith.muli %v24, %v110 : i64
          %v294 = arith.muli %v292, %size_N : i64
          %v295 = arith.addi %v293, %v294 : i64
          %v296 = arith.addi %v295, %v22 : i64
          %v297 = llvm.getelementptr %in_sum0[%v296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v298 = llvm.load %v297 : !llvm.ptr -> f32
          %v299 = arith.muli %v24, %v110 : i64
          %v300 = arith.muli %v292, %size_N : i64
          %v301 = arith.addi %v299, %v300 : i64
          %v302 = arith.addi %v301, %v22 : i64
          %v303 = llvm.getelementptr %in_sum1[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v304 = llvm.load %v303 : !llvm.ptr -> f32
          %v305 = arith.addi %v47, %v108 : i64
          %v306 = arith.muli %v24, %v110 : i64
          %v307 = arith.muli %v305, %size_N : i64
          %v308 = arith.addi %v306, %v307 : i64
          %v309 = arith.addi %v308, %v22 : i64
          %v310 = llvm.getelementptr %in_sum0[%v309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v311 = llvm.load %v310 : !llvm.ptr -> f32
          %v312 = arith.muli %v24, %v110 : i64
          %v313 = arith.muli %v305, %size_N : i64
          %v314 = arith.addi %v312, %v313 : i64
          %v315 = arith.addi %v314, %v22 : i64
          %v316 = llvm.getelementptr %in_sum1[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v317 = llvm.load %v316 : !llvm.ptr -> f32
          %v318 = arith.addi %v47, %v79 : i64
          %v358 = arith.mulf %v357, %v116 fastmath<contract> : f32
          %v359 = llvm.load %v3 : !llvm.ptr -> f32
          %v360 = arith.mulf %v341, %v359 fastmath<contract> : f32
          %v361 = arith.addf %v360, %v358 fastmath<contract> : f32
          %v363 = llvm.load %v4 : !llvm.ptr -> f32
          %v364 = arith.mulf %v362, %v363 fastmath<contract> : f32
          %v365 = arith.addf %v361, %v364 fastmath<contract> : f32
          %v366 = arith.mulf %v357, %v122 fastmath<contract> : f32
          %v367 = llvm.load %v4 : !llvm.ptr -> f32
          %v368 = arith.mulf %v341, %v367 fastmath<contract> : f32
          %v369 = arith.addf %v368, %v366 fastmath<contract> : f32
          %v370 = llvm.load %v3 : !llvm.ptr -> f32
          %v371 = arith.mulf %v351, %v370 fastmath<contract> : f32
          %v372 = arith.addf %v369, %v371 fastmath<contract> : f32
          llvm.store %v365, %v3 : f32, !llvm.ptr
          llvm.store %v372, %v4 : f32, !llvm.ptr
          %v373 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v374 = arith.muli %v24, %v110 : i64
            %v375 = arith.muli %v318, %size_N : i64
            %v376 = arith.addi %v374, %v375 : i64
            %v377 = arith.addi %v376, %v22 : i64
            %v378 = llvm.getelementptr %out_x_re_seq[%v377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v373, %v378 : f32, !llvm.ptr
          }
          %v379 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v380 = arith.muli %v24, %v110 : i64
            %v381 = arith.muli %v318, %size_N : i64
            %v382 = arith.addi %v380, %v381 : i64
            %v383 = arith.addi %v382, %v22 : i64
            %v384 = llvm.getelementptr %out_x_im_seq[%v383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v379, %v384 : f32, !llvm.ptr
          }
          %v385 = arith.addi %v47, %v80 : i64
          %v386 = arith.mulf %v357, %v129 fastmath<contract> : f32
          %v387 = llvm.load %v3 : !llvm.ptr -> f32
          %v388 = arith.mulf %v341, %v387 fastmath<contract> : f32
          %v389 = arith.addf %v388, %v386 fastmath<contract> : f32
          %v390 = llvm.load %v4 : !llvm.ptr -> f32
          %v391 = arith.mulf %v362, %v390 fastmath<contract> : f32
          %v392 = arith.addf %v389, %v391 fastmath<contract> : f32
          %v393 = arith.mulf %v357, %v135 fastmath<contract> : f32
          %v394 = llvm.load %v4 : !llvm.ptr -> f32
          %v395 = arith.mulf %v341, %v394 fastmath<contract> : f32
          %v396 = arith.addf %v395, %v393 fastmath<contract> : f32
          %v397 = llvm.load %v3 : !llvm.ptr -> f32
          %v398 = arith.mulf %v351, %v397 fastmath<contract> : f32
          %v399 = arith.addf %v396, %v398 fastmath<contract> : f32
          llvm.store %v392, %v3 : f32, !llvm.ptr
          llvm.store %v399, %v4 : f32, !llvm.ptr
          %v400 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v401 = arith.muli %v24, %v110 : i64
            %v402 = arith.muli %v385, %size_N : i64
            %v403 = arith.addi %v401, %v402 : i64
            %v404 = arith.addi %v403, %v22 : i64
            %v405 = llvm.getelementptr %out_x_re_seq[%v404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v400, %v405 : f32, !llvm.ptr
          }
          %v406 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v407 = arith.muli %v24, %v110 : i64
            %v408 = arith.muli %v385, %size_N : i64
            %v409 = arith.addi %v407, %v408 : i64
            %v410 = arith.addi %v409, %v22 : i64
            %v411 = llvm.getelementptr %out_x_im_seq[%v410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v406, %v411 : f32, !llvm.ptr
          }
          %v412 = arith.addi %v47, %v82 : i64
          %v413 = arith.mulf %v357, %v142 fastmath<contract> : f32
          %v414 = llvm.load %v3 : !llvm.ptr -> f32
          %v415 = arith.mulf %v341, %v414 fastmath<contract> : f32
          %v416 = arith.addf %v415, %v413 fastmath<contract> : f32
          %v417 = llvm.load %v4 : !llvm.ptr -> f32
          %v418 = arith.mulf %v362, %v417 fastmath<contract> : f32
          %v419 = arith.addf %v416, %v418 fastmath<contract> : f32
          %v420 = arith.mulf %v357, %v148 fastmath<contract> : f32
          %v421 = llvm.load %v4 : !llvm.ptr -> f32
          %v422 = arith.mulf %v341, %v421 fastmath<contract> : f32
          %v423 = arith.addf %v422, %v420 fastmath<contract> : f32
          %v424 = llvm.load %v3 : !llvm.ptr -> f32
          %v425 = arith.mulf %v351, %v424 fastmath<contract> : f32
          %v426 = arith.addf %v423, %v425 fastmath<contract> : f32
          llvm.store %v419, %v3 : f32, !llvm.ptr
          llvm.store %v426, %v4 : f32, !llvm.ptr
          %v427 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v428 = arith.muli %v24, %v110 : i64
            %v429 = arith.muli %v412, %size_N : i64
            %v430 = arith.addi %v428, %v429 : i64
            %v431 = arith.addi %v430, %v22 : i64
            %v432 = llvm.getelementptr %out_x_re_seq[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v427, %v432 : f32, !llvm.ptr
          }
          %v433 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v434 = arith.muli %v24, %v110 : i64
            %v435 = arith.muli %v412, %size_N : i64
            %v436 = arith.addi %v434, %v435 : i64
            %v437 = arith.addi %v436, %v22 : i64
            %v438 = llvm.getelementptr %out_x_im_seq[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v433, %v438 : f32, !llvm.ptr
          }
          %v439 = arith.addi %v47, %v84 : i64
          %v440 = arith.mulf %v357, %v155 fastmath<contract> : f32
          %v441 = llvm.load %v3 : !llvm.ptr -> f32
          %v442 = arith.mulf %v341, %v441 fastmath<contract> : f32
          %v443 = arith.addf %v442, %v440 fastmath<contract> : f32
          %v444 = llvm.load %v4 : !llvm.ptr -> f32
          %v445 = arith.mulf %v362, %v444 fastmath<contract> : f32
          %v446 = arith.addf %v443, %v445 fastmath<contract> : f32
          %v447 = arith.mulf %v357, %v161 fastmath<contract> : f32
          %v448 = llvm.load %v4 : !llvm.ptr -> f32
          %v449 = arith.mulf %v341, %v448 fastmath<contract> : f32
          %v450 = arith.addf %v449, %v447 fastmath<contract> : f32
          %v451 = llvm.load %v3 : !llvm.ptr -> f32
          %v452 = arith.mulf %v351, %v451 fastmath<contract> : f32
          %v453 = arith.addf %v450, %v452 fastmath<contract> : f32
          llvm.store %v446, %v3 : f32, !llvm.ptr
          llvm.store %v453, %v4 : f32, !llvm.ptr
          %v454 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v455 = arith.muli %v24, %v110 : i64
            %v456 = arith.muli %v439, %size_N : i64
            %v457 = arith.addi %v455, %v456 : i64
            %v458 = arith.addi %v457, %v22 : i64
            %v459 = llvm.getelementptr %out_x_re_seq[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v454, %v459 : f32, !llvm.ptr
          }
          %v460 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v461 = arith.muli %v24, %v110 : i64
            %v462 = arith.muli %v439, %size_N : i64
            %v463 = arith.addi %v461, %v462 : i64
            %v464 = arith.addi %v463, %v22 : i64
            %v465 = llvm.getelementptr %out_x_im_seq[%v464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v460, %v465 : f32, !llvm.ptr
          }
          %v466 = arith.addi %v47, %v86 : i64
          %v467 = arith.mulf %v357, %v168 fastmath<contract> : f32
          %v468 = llvm.load %v3 : !llvm.ptr -> f32
          %v469 = arith.mulf %v341, %v468 fastmath<contract> : f32
          %v470 = arith.addf %v469, %v467 fastmath<contract> : f32
          %v471 = llvm.load %v4 : !llvm.ptr -> f32
          %v472 = arith.mulf %v362, %v471 fastmath<contract> : f32
          %v473 = arith.addf %v470, %v472 fastmath<contract> : f32
          %v474 = arith.mulf %v357, %v174 fastmath<contract> : f32
          %v475 = llvm.load %v4 : !llvm.ptr -> f32
          %v476 = arith.mulf %v341, %v475 fastmath<contract> : f32
          %v477 = arith.addf %v476, %v474 fastmath<contract> : f32
          %v478 = llvm.load %v3 : !llvm.ptr -> f32
          %v479 = arith.mulf %v351, %v478 fastmath<contract> : f32
          %v480 = arith.addf %v477, %v479 fastmath<contract> : f32
          llvm.store %v473, %v3 : f32, !llvm.ptr
          llvm.store %v480, %v4 : f32, !llvm.ptr
          %v481 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v482 = arith.muli %v24, %v110 : i64
            %v483 = arith.muli %v466, %size_N : i64
            %v484 = arith.addi %v482, %v483 : i64
            %v485 = arith.addi %v484, %v22 : i64
            %v486 = llvm.getelementptr %out_x_re_seq[%v485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v481, %v486 : f32, !llvm.ptr
          }
          %v487 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v488 = arith.muli %v24, %v110 : i64
            %v489 = arith.muli %v466, %size_N : i64
            %v490 = arith.addi %v488, %v489 : i64
            %v491 = arith.addi %v490, %v22 : i64
            %v492 = llvm.getelementptr %out_x_im_seq[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v487, %v492 : f32, !llvm.ptr
          }
          %v493 = arith.addi %v47, %v88 : i64
          %v494 = arith.mulf %v357, %v181 fastmath<contract> : f32
          %v495 = llvm.load %v3 : !llvm.ptr -> f32
          %v496 = arith.mulf %v341, %v495 fastmath<contract> : f32
          %v497 = arith.addf %v496, %v494 fastmath<contract> : f32
          %v498 = llvm.load %v4 : !llvm.ptr -> f32
          %v499 = arith.mulf %v362, %v498 fastmath<contract> : f32
          %v500 = arith.addf %v497, %v499 fastmath<contract> : f32
          %v501 = arith.mulf %v357, %v187 fastmath<contract> : f32
          %v502 = llvm.load %v4 : !llvm.ptr -> f32
          %v503 = arith.mulf %v341, %v502 fastmath<contract> : f32
          %v504 = arith.addf %v503, %v501 fastmath<contract> : f32
          %v505 = llvm.load %v3 : !llvm.ptr -> f32
          %v506 = arith.mulf %v351, %v505 fastmath<contract> : f32
          %v507 = arith.addf %v504, %v506 fastmath<contract> : f32
          llvm.store %v500, %v3 : f32, !llvm.ptr
          llvm.store %v507, %v4 : f32, !llvm.ptr
          %v508 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v509 = arith.muli %v24, %v110 : i64
            %v510 = arith.muli %v493, %size_N : i64
            %v511 = arith.addi %v509, %v510 : i64
            %v512 = arith.addi %v511, %v22 : i64
            %v513 = llvm.getelementptr %out_x_re_seq[%v512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v508, %v513 : f32, !llvm.ptr
          }
          %v514 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v515 = arith.muli %v24, %v110 : i64
            %v516 = arith.muli %v493, %size_N : i64
            %v517 = arith.addi %v515, %v516 : i64
            %v518 = arith.addi %v517, %v22 : i64
            %v519 = llvm.getelementptr %out_x_im_seq[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v514, %v519 : f32, !llvm.ptr
          }
          %v520 = arith.addi %v47, %v90 : i64
          %v521 = arith.mulf %v357, %v194 fastmath<contract> : f32
          %v522 = llvm.load %v3 : !llvm.ptr -> f32
          %v523 = arith.mulf %v341, %v522 fastmath<contract> : f32
          %v524 = arith.addf %v523, %v521 fastmath<contract> : f32
          %v525 = llvm.load %v4 : !llvm.ptr -> f32
          %v526 = arith.mulf %v362, %v525 fastmath<contract> : f32
          %v527 = arith.addf %v524, %v526 fastmath<contract> : f32
          %v528 = arith.mulf %v357, %v200 fastmath<contract> : f32
          %v529 = llvm.load %v4 : !llvm.ptr -> f32
          %v530 = arith.mulf %v341, %v529 fastmath<contract> : f32
          %v531 = arith.addf %v530, %v528 fastmath<contract> : f32
          %v532 = llvm.load %v3 : !llvm.ptr -> f32
          %v533 = arith.mulf %v351, %v532 fastmath<contract> : f32
          %v534 = arith.addf %v531, %v533 fastmath<contract> : f32
          llvm.store %v527, %v3 : f32, !llvm.ptr
          llvm.store %v534, %v4 : f32, !llvm.ptr
          %v535 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v536 = arith.muli %v24, %v110 : i64
            %v537 = arith.muli %v520, %size_N : i64
            %v538 = arith.addi %v536, %v537 : i64
            %v539 = arith.addi %v538, %v22 : i64
            %v540 = llvm.getelementptr %out_x_re_seq[%v539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v535, %v540 : f32, !llvm.ptr
          }
          %v541 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v542 = arith.muli %v24, %v110 : i64
            %v543 = arith.muli %v520, %size_N : i64
            %v544 = arith.addi %v542, %v543 : i64
            %v545 = arith.addi %v544, %v22 : i64
            %v546 = llvm.getelementptr %out_x_im_seq[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v541, %v546 : f32, !llvm.ptr
          }
          %v547 = arith.addi %v47, %v92 : i64
          %v548 = arith.mulf %v357, %v207 fastmath<contract> : f32
          %v549 = llvm.load %v3 : !llvm.ptr -> f32
          %v550 = arith.mulf %v341, %v549 fastmath<contract> : f32
          %v551 = arith.addf %v550, %v548 fastmath<contract> : f32
          %v552 = llvm.load %v4 : !llvm.ptr -> f32
          %v553 = arith.mulf %v362, %v552 fastmath<contract> : f32
          %v554 = arith.addf %v551, %v553 fastmath<contract> : f32
          %v555 = arith.mulf %v357, %v213 fastmath<contract> : f32
          %v556 = llvm.load %v4 : !llvm.ptr -> f32
          %v557 = arith.mulf %v341, %v556 fastmath<contract> : f32
          %v558 = arith.addf %v557, %v555 fastmath<contract> : f32
          %v559 = llvm.load %v3 : !llvm.ptr -> f32
          %v560 = arith.mulf %v351, %v559 fastmath<contract> : f32
          %v561 = arith.addf %v558, %v560 fastmath<contract> : f32
          llvm.store %v554, %v3 : f32, !llvm.ptr
          llvm.store %v561, %v4 : f32, !llvm.ptr
          %v562 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v563 = arith.muli %v24, %v110 : i64
            %v564 = arith.muli %v547, %size_N : i64
            %v565 = arith.addi %v563, %v564 : i64
            %v566 = arith.addi %v565, %v22 : i64
            %v567 = llvm.getelementptr %out_x_re_seq[%v566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v562, %v567 : f32, !llvm.ptr
          }
          %v568 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v569 = arith.muli %v24, %v110 : i64
            %v570 = arith.muli %v547, %size_N : i64
            %v571 = arith.addi %v569, %v570 : i64
            %v572 = arith.addi %v571, %v22 : i64
            %v573 = llvm.getelementptr %out_x_im_seq[%v572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v568, %v573 : f32, !llvm.ptr
          }
          %v574 = arith.addi %v47, %v94 : i64
          %v575 = arith.mulf %v357, %v220 fastmath<contract> : f32
          %v576 = llvm.load %v3 : !llvm.ptr -> f32
          %v577 = arith.mulf %v341, %v576 fastmath<contract> : f32
          %v578 = arith.addf %v577, %v575 fastmath<contract> : f32
          %v579 = llvm.load %v4 : !llvm.ptr -> f32
          %v580 = arith.mulf %v362, %v579 fastmath<contract> : f32
          %v581 = arith.addf %v578, %v580 fastmath<contract> : f32
          %v582 = arith.mulf %v357, %v226 fastmath<contract> : f32
          %v583 = llvm.load %v4 : !llvm.ptr -> f32
          %v584 = arith.mulf %v341, %v583 fastmath<contract> : f32
          %v585 = arith.addf %v584, %v582 fastmath<contract> : f32
          %v586 = llvm.load %v3 : !llvm.ptr -> f32
          %v587 = arith.mulf %v351, %v586 fastmath<contract> : f32
          %v588 = arith.addf %v585, %v587 fastmath<contract> : f32
          llvm.store %v581, %v3 : f32, !llvm.ptr
          llvm.store %v588, %v4 : f32, !llvm.ptr
          %v589 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v590 = arith.muli %v24, %v110 : i64
            %v591 = arith.muli %v574, %size_N : i64
            %v592 = arith.addi %v590, %v591 : i64
            %v593 = arith.addi %v592, %v22 : i64
            %v594 = llvm.getelementptr %out_x_re_seq[%v593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v589, %v594 : f32, !llvm.ptr
          }
          %v595 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v596 = arith.muli %v24, %v110 : i64
            %v597 = arith.muli %v574, %size_N : i64
            %v598 = arith.addi %v596, %v597 : i64
            %v599 = arith.addi %v598, %v22 : i64
            %v600 = llvm.getelementptr %out_x_im_seq[%v599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v595, %v600 : f32, !llvm.ptr
          }
          %v601 = arith.addi %v47, %v96 : i64
          %v602 = arith.mulf %v357, %v233 fastmath<contract> : f32
          %v603 = llvm.load %v3 : !llvm.ptr -> f32
          %v604 = arith.mulf %v341, %v603 fastmath<contract> : f32
          %v605 = arith.addf %v604, %v602 fastmath<contract> : f32
          %v606 = llvm.load %v4 : !llvm.ptr -> f32
          %v607 = arith.mulf %v362, %v606 fastmath<contract> : f32
          %v608 = arith.addf %v605, %v607 fastmath<contract> : f32
          %v609 = arith.mulf %v357, %v239 fastmath<contract> : f32
          %v610 = llvm.load %v4 : !llvm.ptr -> f32
          %v611 = arith.mulf %v341, %v610 fastmath<contract> : f32
          %v612 = arith.addf %v611, %v609 fastmath<contract> : f32
          %v613 = llvm.load %v3 : !llvm.ptr -> f32
          %v614 = arith.mulf %v351, %v613 fastmath<contract> : f32
          %v615 = arith.addf %v612, %v614 fastmath<contract> : f32
          llvm.store %v608, %v3 : f32, !llvm.ptr
          llvm.store %v615, %v4 : f32, !llvm.ptr
          %v616 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v617 = arith.muli %v24, %v110 : i64
            %v618 = arith.muli %v601, %size_N : i64
            %v619 = arith.addi %v617, %v618 : i64
            %v620 = arith.addi %v619, %v22 : i64
            %v621 = llvm.getelementptr %out_x_re_seq[%v620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v616, %v621 : f32, !llvm.ptr
          }
          %v622 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v623 = arith.muli %v24, %v110 : i64
            %v624 = arith.muli %v601, %size_N : i64
            %v625 = arith.addi %v623, %v624 : i64
            %v626 = arith.addi %v625, %v22 : i64
            %v627 = llvm.getelementptr %out_x_im_seq[%v626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v622, %v627 : f32, !llvm.ptr
          }
          %v628 = arith.addi %v47, %v98 : i64
          %v629 = arith.mulf %v357, %v246 fastmath<contract> : f32
          %v630 = llvm.load %v3 : !llvm.ptr -> f32
          %v631 = arith.mulf %v341, %v630 fastmath<contract> : f32
          %v632 = arith.addf %v631, %v629 fastmath<contract> : f32
          %v633 = llvm.load %v4 : !llvm.ptr -> f32
          %v634 = arith.mulf %v362, %v633 fastmath<contract> : f32
          %v635 = arith.addf %v632, %v634 fastmath<contract> : f32
          %v636 = arith.mulf %v357, %v252 fastmath<contract> : f32
          %v637 = llvm.load %v4 : !llvm.ptr -> f32
          %v638 = arith.mulf %v341, %v637 fastmath<contract> : f32
          %v639 = arith.addf %v638, %v636 fastmath<contract> : f32
          %v640 = llvm.load %v3 : !llvm.ptr -> f32
          %v641 = arith.mulf %v351, %v640 fastmath<contract> : f32
          %v642 = arith.addf %v639, %v641 fastmath<contract> : f32
          llvm.store %v635, %v3 : f32, !llvm.ptr
          llvm.store %v642, %v4 : f32, !llvm.ptr
          %v643 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v644 = arith.muli %v24, %v110 : i64
            %v645 = arith.muli %v628, %size_N : i64
            %v646 = arith.addi %v644, %v645 : i64
            %v647 = arith.addi %v646, %v22 : i64
            %v648 = llvm.getelementptr %out_x_re_seq[%v647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v643, %v648 : f32, !llvm.ptr
          }
          %v649 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v650 = arith.muli %v24, %v110 : i64
            %v651 = arith.muli %v628, %size_N : i64
            %v652 = arith.addi %v650, %v651 : i64
            %v653 = arith.addi %v652, %v22 : i64
            %v654 = llvm.getelementptr %out_x_im_seq[%v653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v649, %v654 : f32, !llvm.ptr
          }
          %v655 = arith.addi %v47, %v100 : i64
          %v656 = arith.mulf %v357, %v259 fastmath<contract> : f32
          %v657 = llvm.load %v3 : !llvm.ptr -> f32
          %v658 = arith.mulf %v341, %v657 fastmath<contract> : f32
          %v659 = arith.addf %v658, %v656 fastmath<contract> : f32
          %v660 = llvm.load %v4 : !llvm.ptr -> f32
          %v661 = arith.mulf %v362, %v660 fastmath<contract> : f32
          %v662 = arith.addf %v659, %v661 fastmath<contract> : f32
          %v663 = arith.mulf %v357, %v265 fastmath<contract> : f32
          %v664 = llvm.load %v4 : !llvm.ptr -> f32
          %v665 = arith.mulf %v341, %v664 fastmath<contract> : f32
          %v666 = arith.addf %v665, %v663 fastmath<contract> : f32
          %v667 = llvm.load %v3 : !llvm.ptr -> f32
          %v668 = arith.mulf %v351, %v667 fastmath<contract> : f32
          %v669 = arith.addf %v666, %v668 fastmath<contract> : f32
          llvm.store %v662, %v3 : f32, !llvm.ptr
          llvm.store %v669, %v4 : f32, !llvm.ptr
          %v670 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v671 = arith.muli %v24, %v110 : i64
            %v672 = arith.muli %v655, %size_N : i64
            %v673 = arith.addi %v671, %v672 : i64
            %v674 = arith.addi %v673, %v22 : i64
            %v675 = llvm.getelementptr %out_x_re_seq[%v674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v670, %v675 : f32, !llvm.ptr
          }
          %v676 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v677 = arith.muli %v24, %v110 : i64
            %v678 = arith.muli %v655, %size_N : i64
            %v679 = arith.addi %v677, %v678 : i64
            %v680 = arith.addi %v679, %v22 : i64
            %v681 = llvm.getelementptr %out_x_im_seq[%v680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v676, %v681 : f32, !llvm.ptr
          }
          %v682 = arith.addi %v47, %v102 : i64
          %v683 = arith.mulf %v357, %v272 fastmath<contract> : f32
          %v684 = llvm.load %v3 : !llvm.ptr -> f32
          %v685 = arith.mulf %v341, %v684 fastmath<contract> : f32
          %v686 = arith.addf %v685, %v683 fastmath<contract> : f32
          %v687 = llvm.load %v4 : !llvm.ptr -> f32
          %v688 = arith.mulf %v362, %v687 fastmath<contract> : f32
          %v689 = arith.addf %v686, %v688 fastmath<contract> : f32
          %v690 = arith.mulf %v357, %v278 fastmath<contract> : f32
          %v691 = llvm.load %v4 : !llvm.ptr -> f32
          %v692 = arith.mulf %v341, %v691 fastmath<contract> : f32
          %v693 = arith.addf %v692, %v690 fastmath<contract> : f32
          %v694 = llvm.load %v3 : !llvm.ptr -> f32
          %v695 = arith.mulf %v351, %v694 fastmath<contract> : f32
          %v696 = arith.addf %v693, %v695 fastmath<contract> : f32
          llvm.store %v689, %v3 : f32, !llvm.ptr
          llvm.store %v696, %v4 : f32, !llvm.ptr
          %v697 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v698 = arith.muli %v24, %v110 : i64
            %v699 = arith.muli %v682, %size_N : i64
            %v700 = arith.addi %v698, %v699 : i64
            %v701 = arith.addi %v700, %v22 : i64
            %v702 = llvm.getelementptr %out_x_re_seq[%v701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v697, %v702 : f32, !llvm.ptr
          }
          %v703 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v704 = arith.muli %v24, %v110 : i64
            %v705 = arith.muli %v682, %size_N : i64
            %v706 = arith.addi %v704, %v705 : i64
            %v707 = arith.addi %v706, %v22 : i64
            %v708 = llvm.getelementptr %out_x_im_seq[%v707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v703, %v708 : f32, !llvm.ptr
          }
          %v709 = arith.addi %v47, %v104 : i64
          %v710 = arith.mulf %v357, %v285 fastmath<contract> : f32
          %v711 = llvm.load %v3 : !llvm.ptr -> f32
          %v712 = arith.mulf %v341, %v711 fastmath<contract> : f32
          %v713 = arith.addf %v712, %v710 fastmath<contract> : f32
          %v714 = llvm.load %v4 : !llvm.ptr -> f32
          %v715 = arith.mulf %v362, %v714 fastmath<contract> : f32
          %v716 = arith.addf %v713, %v715 fastmath<contract> : f32
          %v717 = arith.mulf %v357, %v291 fastmath<contract> : f32
          %v718 = llvm.load %v4 : !llvm.ptr -> f32
          %v719 = arith.mulf %v341, %v718 fastmath<contract> : f32
          %v720 = arith.addf %v719, %v717 fastmath<contract> : f32
          %v721 = llvm.load %v3 : !llvm.ptr -> f32
          %v722 = arith.mulf %v351, %v721 fastmath<contract> : f32
          %v723 = arith.addf %v720, %v722 fastmath<contract> : f32
          llvm.store %v716, %v3 : f32, !llvm.ptr
          llvm.store %v723, %v4 : f32, !llvm.ptr
          %v724 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v725 = arith.muli %v24, %v110 : i64
            %v726 = arith.muli %v709, %size_N : i64
            %v727 = arith.addi %v725, %v726 : i64
            %v728 = arith.addi %v727, %v22 : i64
            %v729 = llvm.getelementptr %out_x_re_seq[%v728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v724, %v729 : f32, !llvm.ptr
          }
          %v730 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v731 = arith.muli %v24, %v110 : i64
            %v732 = arith.muli %v709, %size_N : i64
            %v733 = arith.addi %v731, %v732 : i64
            %v734 = arith.addi %v733, %v22 : i64
            %v735 = llvm.getelementptr %out_x_im_seq[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v730, %v735 : f32, !llvm.ptr
          }
          %v736 = arith.addi %v47, %v106 : i64
          %v737 = arith.mulf %v357, %v298 fastmath<contract> : f32
          %v738 = llvm.load %v3 : !llvm.ptr -> f32
          %v739 = arith.mulf %v341, %v738 fastmath<contract> : f32
          %v740 = arith.addf %v739, %v737 fastmath<contract> : f32
          %v741 = llvm.load %v4 : !llvm.ptr -> f32
          %v742 = arith.mulf %v362, %v741 fastmath<contract> : f32
          %v743 = arith.addf %v740, %v742 fastmath<contract> : f32
          %v744 = arith.mulf %v357, %v304 fastmath<contract> : f32
          %v745 = llvm.load %v4 : !llvm.ptr -> f32
          %v746 = arith.mulf %v341, %v745 fastmath<contract> : f32
          %v747 = arith.addf %v746, %v744 fastmath<contract> : f32
          %v748 = llvm.load %v3 : !llvm.ptr -> f32
          %v749 = arith.mulf %v351, %v748 fastmath<contract> : f32
          %v750 = arith.addf %v747, %v749 fastmath<contract> : f32
          llvm.store %v743, %v3 : f32, !llvm.ptr
          llvm.store %v750, %v4 : f32, !llvm.ptr
          %v751 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v752 = arith.muli %v24, %v110 : i64
            %v753 = arith.muli %v736, %size_N : i64
            %v754 = arith.addi %v752, %v753 : i64
            %v755 = arith.addi %v754, %v22 : i64
            %v756 = llvm.getelementptr %out_x_re_seq[%v755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v751, %v756 : f32, !llvm.ptr
          }
          %v757 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v758 = arith.muli %v24, %v110 : i64
            %v759 = arith.muli %v736, %size_N : i64
            %v760 = arith.addi %v758, %v759 : i64
            %v761 = arith.addi %v760, %v22 : i64
            %v762 = llvm.getelementptr %out_x_im_seq[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v757, %v762 : f32, !llvm.ptr
          }
          %v763 = arith.addi %v47, %v108 : i64
          %v764 = arith.mulf %v357, %v311 fastmath<contract> : f32
          %v765 = llvm.load %v3 : !llvm.ptr -> f32
          %v766 = arith.mulf %v341, %v765 fastmath<contract> : f32
          %v767 = arith.addf %v766, %v764 fastmath<contract> : f32
          %v768 = llvm.load %v4 : !llvm.ptr -> f32
          %v769 = arith.mulf %v362, %v768 fastmath<contract> : f32
          %v770 = arith.addf %v767, %v769 fastmath<contract> : f32
          %v771 = arith.mulf %v357, %v317 fastmath<contract> : f32
          %v772 = llvm.load %v4 : !llvm.ptr -> f32
          %v773 = arith.mulf %v341, %v772 fastmath<contract> : f32
          %v774 = arith.addf %v773, %v771 fastmath<contract> : f32
          %v775 = llvm.load %v3 : !llvm.ptr -> f32
          %v776 = arith.mulf %v351, %v775 fastmath<contract> : f32
          %v777 = arith.addf %v774, %v776 fastmath<contract> : f32
          llvm.store %v770, %v3 : f32, !llvm.ptr
          llvm.store %v777, %v4 : f32, !llvm.ptr
          %v778 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v779 = arith.muli %v24, %v110 : i64
            %v780 = arith.muli %v763, %size_N : i64
            %v781 = arith.addi %v779, %v780 : i64
            %v782 = arith.addi %v781, %v22 : i64
            %v783 = llvm.getelementptr %out_x_re_seq[%v782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v778, %v783 : f32, !llvm.ptr
          }
          %v784 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v785 = arith.muli %v24, %v110 : i64
            %v786 = arith.muli %v763, %size_N : i64
            %v787 = arith.addi %v785, %v786 : i64
            %v788 = arith.addi %v787, %v22 : i64
            %v789 = llvm.getelementptr %out_x_im_seq[%v788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v784, %v789 : f32, !llvm.ptr
          }
        }
        %v790 = arith.muli %v73, %v72 : i64
        %v791 = arith.index_cast %v790 : i64 to index
        %v792 = arith.index_cast %v71 : i64 to index
        %v793 = arith.index_cast %v1 : i64 to index
        scf.for %v794 = %v791 to %v792 step %v793 {
          %v795 = arith.index_cast %v794 : index to i64
          %v796 = arith.addi %v47, %v795 : i64
          %v797 = arith.muli %v24, %v110 : i64
          %v798 = arith.muli %v796, %size_N : i64
          %v799 = arith.addi %v797, %v798 : i64
          %v800 = arith.addi %v799, %v22 : i64
          %v801 = llvm.getelementptr %in_sum0[%v800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v802 = llvm.load %v801 : !llvm.ptr -> f32
          %v803 = arith.mulf %v357, %v802 fastmath<contract> : f32
          %v804 = llvm.load %v3 : !llvm.ptr -> f32
          %v805 = arith.mulf %v341, %v804 fastmath<contract> : f32
          %v806 = arith.addf %v805, %v803 fastmath<contract> : f32
          %v807 = llvm.load %v4 : !llvm.ptr -> f32
          %v808 = arith.mulf %v362, %v807 fastmath<contract> : f32
          %v809 = arith.addf %v806, %v808 fastmath<contract> : f32
          %v810 = arith.muli %v24, %v110 : i64
          %v811 = arith.muli %v796, %size_N : i64
          %v812 = arith.addi %v810, %v811 : i64
          %v813 = arith.addi %v812, %v22 : i64
          %v814 = llvm.getelementptr %in_sum1[%v813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v815 = llvm.load %v814 : !llvm.ptr -> f32
          %v816 = arith.mulf %v357, %v815 fastmath<contract> : f32
          %v817 = llvm.load %v4 : !llvm.ptr -> f32
          %v818 = arith.mulf %v341, %v817 fastmath<contract> : f32
          %v819 = arith.addf %v818, %v816 fastmath<contract> : f32
          %v820 = llvm.load %v3 : !llvm.ptr -> f32
          %v821 = arith.mulf %v351, %v820 fastmath<contract> : f32
          %v822 = arith.addf %v819, %v821 fastmath<contract> : f32
          llvm.store %v809, %v3 : f32, !llvm.ptr
          llvm.store %v822, %v4 : f32, !llvm.ptr
          %v823 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v19 {
            %v824 = arith.muli %v24, %v110 : i64
            %v825 = arith.muli %v796, %size_N : i64
            %v826 = arith.addi %v824, %v825 : i64
            %v827 = arith.addi %v826, %v22 : i64
            %v828 = llvm.getelementptr %out_x_re_seq[%v827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v823, %v828 : f32, !llvm.ptr
          }
          %v829 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v19 {
            %v830 = arith.muli %v24, %v110 : i64
            %v831 = arith.muli %v796, %size_N : i64
            %v832 = arith.addi %v830, %v831 : i64
            %v833 = arith.addi %v832, %v22 : i64
            %v834 = llvm.getelementptr %out_x_im_seq[%v833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v829, %v834 : f32, !llvm.ptr
          }
        }
      }
      %v835 = arith.subi %v8, %v1 : i64
      %v836 = arith.cmpi eq, %v15, %v835 : i64
      %v837 = arith.andi %v19, %v836 : i1
      gpu.return
    }
  }
}
