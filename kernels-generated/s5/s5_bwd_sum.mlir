module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_bwd_sum(%in_lam_re: !llvm.ptr, %in_lam_im: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_bu_re: !llvm.ptr, %in_bu_im: !llvm.ptr, %dy_x_re_seq: !llvm.ptr, %dy_x_im_seq: !llvm.ptr, %ckpt_x_re: !llvm.ptr, %ckpt_x_im: !llvm.ptr, %scratch_x_re: !llvm.ptr, %scratch_x_im: !llvm.ptr, %segsum_x_re: !llvm.ptr, %segsum_x_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 3 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_N : i64
      %v3 = arith.constant 255 : i64
      %v4 = arith.addi %size_L, %v3 : i64
      %v5 = arith.constant 256 : i64
      %v6 = arith.divui %v4, %v5 : i64
      %v7 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v30 = arith.constant 4 : i64
      %v34 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v35 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v36 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v37 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v38 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v39 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v40 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v41 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v42 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v43 = arith.constant 0x00000000 : f32
      %v44 = arith.constant 0x3F800000 : f32
      %v45 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v48 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v49 = arith.constant 0 : i64
      %v51 = arith.constant 64 : i64
      %v52 = arith.constant 8 : i64
      %v53 = arith.constant 7 : i64
      %v54 = arith.constant 63 : i64
      %v96 = arith.constant 2147483647 : i64
      %v100 = arith.constant 7 : i32
      %v110 = arith.muli %size_N, %size_L : i64
      %v151 = arith.constant 0x3FB8AA3B : f32
      %v160 = arith.constant 0x3E22F983 : f32
      %v163 = arith.constant 0x40C90000 : f32
      %v164 = arith.constant 0x3AFDAA22 : f32
      %v180 = arith.constant 6 : i64
      %v182 = arith.constant 6 : i32
      %v228 = arith.constant 5 : i64
      %v230 = arith.constant 5 : i32
      %v277 = arith.constant 4 : i32
      %v323 = arith.constant 3 : i64
      %v325 = arith.constant 3 : i32
      %v371 = arith.constant 2 : i64
      %v373 = arith.constant 2 : i32
      %v420 = arith.constant 1 : i32
      %v466 = arith.constant 0 : i32
      %v13 = gpu.block_id x
      %v14 = gpu.thread_id x
      %v15 = arith.index_cast %v14 : index to i64
      %v16 = arith.index_cast %v13 : index to i64
      %v17 = arith.addi %v2, %v3 : i64
      %v18 = arith.divui %v17, %v5 : i64
      %v19 = arith.divui %v16, %v18 : i64
      %v20 = arith.remui %v16, %v18 : i64
      %v21 = arith.muli %v20, %v5 : i64
      %v22 = arith.addi %v21, %v15 : i64
      %v23 = arith.cmpi slt, %v22, %v2 : i64
      %v24 = arith.subi %v2, %v1 : i64
      %v25 = arith.minsi %v22, %v24 : i64
      %v26 = arith.remui %v25, %size_N : i64
      %v27 = arith.divui %v25, %size_N : i64
      %v28 = arith.remui %v27, %size_B : i64
      %v29 = arith.divui %v27, %size_B : i64
      %v147 = llvm.getelementptr %in_lam_re[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v148 = llvm.load %v147 : !llvm.ptr -> f32
      %v149 = llvm.getelementptr %in_log_dt[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v150 = llvm.load %v149 : !llvm.ptr -> f32
      %v152 = arith.mulf %v150, %v151 fastmath<contract> : f32
      %v153 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v152) : (f32) -> f32
      %v154 = arith.mulf %v148, %v153 fastmath<contract> : f32
      %v155 = arith.mulf %v154, %v151 fastmath<contract> : f32
      %v156 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v155) : (f32) -> f32
      %v157 = llvm.getelementptr %in_lam_im[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v158 = llvm.load %v157 : !llvm.ptr -> f32
      %v159 = arith.mulf %v158, %v153 fastmath<contract> : f32
      %v161 = arith.mulf %v159, %v160 fastmath<contract> : f32
      %v162 = llvm.call_intrinsic "llvm.roundeven.f32"(%v161) : (f32) -> f32
      %v165 = arith.mulf %v162, %v163 fastmath<contract> : f32
      %v166 = arith.subf %v159, %v165 fastmath<contract> : f32
      %v167 = arith.mulf %v162, %v164 fastmath<contract> : f32
      %v168 = arith.subf %v166, %v167 fastmath<contract> : f32
      %v169 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v168) : (f32) -> f32
      %v170 = arith.mulf %v156, %v169 fastmath<contract> : f32
      %v171 = arith.mulf %v159, %v160 fastmath<contract> : f32
      %v172 = llvm.call_intrinsic "llvm.roundeven.f32"(%v171) : (f32) -> f32
      %v173 = arith.mulf %v172, %v163 fastmath<contract> : f32
      %v174 = arith.subf %v159, %v173 fastmath<contract> : f32
      %v175 = arith.mulf %v172, %v164 fastmath<contract> : f32
      %v176 = arith.subf %v174, %v175 fastmath<contract> : f32
      %v177 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v176) : (f32) -> f32
      %v178 = arith.mulf %v156, %v177 fastmath<contract> : f32
      %v179 = arith.negf %v178 : f32
      %v31 = arith.muli %v19, %v30 : i64
      %v32 = arith.addi %v31, %v30 : i64
      %v33 = arith.muli %v19, %v2 : i64
      llvm.store %v43, %v34 : f32, !llvm.ptr
      llvm.store %v43, %v35 : f32, !llvm.ptr
      llvm.store %v44, %v36 : f32, !llvm.ptr
      llvm.store %v44, %v37 : f32, !llvm.ptr
      llvm.store %v43, %v38 : f32, !llvm.ptr
      llvm.store %v43, %v39 : f32, !llvm.ptr
      llvm.store %v43, %v40 : f32, !llvm.ptr
      llvm.store %v43, %v41 : f32, !llvm.ptr
      llvm.store %v43, %v42 : f32, !llvm.ptr
      llvm.store %v44, %v45 : f32, !llvm.ptr
      llvm.store %v43, %v46 : f32, !llvm.ptr
      llvm.store %v43, %v47 : f32, !llvm.ptr
      llvm.store %v44, %v48 : f32, !llvm.ptr
      %v50 = arith.cmpi eq, %size_L, %v49 : i64
      scf.if %v50 {
        llvm.store %v43, %v11 : f32, !llvm.ptr
        llvm.store %v43, %v12 : f32, !llvm.ptr
      }
      %v55 = arith.addi %size_L, %v54 : i64
      %v56 = arith.divui %v55, %v51 : i64
      %v57 = arith.minsi %v32, %v56 : i64
      %v58 = arith.muli %v19, %v52 : i64
      %v59 = arith.subi %v57, %v31 : i64
      %v60 = arith.maxsi %v59, %v49 : i64
      %v61 = arith.index_cast %v49 : i64 to index
      %v62 = arith.index_cast %v60 : i64 to index
      %v63 = arith.index_cast %v1 : i64 to index
      scf.for %v64 = %v61 to %v62 step %v63 {
        %v65 = arith.index_cast %v64 : index to i64
        %v66 = arith.subi %v57, %v1 : i64
        %v67 = arith.subi %v66, %v65 : i64
        %v68 = arith.muli %v67, %v51 : i64
        %v69 = arith.subi %size_L, %v68 : i64
        %v70 = arith.minsi %v69, %v51 : i64
        %v71 = arith.addi %v70, %v53 : i64
        %v72 = arith.divui %v71, %v52 : i64
        %v73 = arith.index_cast %v49 : i64 to index
        %v74 = arith.index_cast %v1 : i64 to index
        %v75 = arith.index_cast %v1 : i64 to index
        scf.for %v76 = %v73 to %v74 step %v75 {
          %v77 = arith.index_cast %v76 : index to i64
          %v78 = arith.index_cast %v49 : i64 to index
          %v79 = arith.index_cast %v72 : i64 to index
          %v80 = arith.index_cast %v1 : i64 to index
          scf.for %v81 = %v78 to %v79 step %v80 {
            %v82 = arith.index_cast %v81 : index to i64
            %v83 = arith.cmpi slt, %v82, %v72 : i64
            scf.if %v83 {
              %v84 = arith.subi %v72, %v1 : i64
              %v85 = arith.subi %v84, %v82 : i64
              %v86 = arith.muli %v85, %v52 : i64
              %v87 = arith.addi %v58, %v85 : i64
              %v88 = arith.addi %v86, %v52 : i64
              %v89 = arith.cmpi sle, %v88, %v70 : i64
              scf.if %v89 {
                %v90 = arith.subi %v70, %v1 : i64
                // the group's states, recomputed into registers
                %v91 = arith.subi %v70, %v86 : i64
                %v92 = arith.trunci %v91 : i64 to i32
                %v93 = arith.subi %size_L, %v1 : i64
                %v94 = arith.addi %v68, %v86 : i64
                %v95 = arith.subi %v93, %v94 : i64
                %v97 = arith.minsi %v95, %v96 : i64
                %v98 = arith.trunci %v97 : i64 to i32
                %v99 = arith.addi %v86, %v53 : i64
                %v101 = arith.cmpi slt, %v100, %v92 : i32
                %v102 = arith.cmpi eq, %v100, %v98 : i32
                %v103 = arith.addi %v68, %v99 : i64
                %v104 = llvm.load %v34 : !llvm.ptr -> f32
                %v105 = llvm.load %v35 : !llvm.ptr -> f32
                %v106 = llvm.load %v45 : !llvm.ptr -> f32
                %v107 = llvm.load %v46 : !llvm.ptr -> f32
                %v108 = llvm.load %v47 : !llvm.ptr -> f32
                %v109 = llvm.load %v48 : !llvm.ptr -> f32
                %v111 = arith.muli %v28, %v110 : i64
                %v112 = arith.muli %v103, %size_N : i64
                %v113 = arith.addi %v111, %v112 : i64
                %v114 = arith.addi %v113, %v26 : i64
                %v115 = llvm.getelementptr %dy_x_re_seq[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v116 = llvm.load %v115 : !llvm.ptr -> f32
                %v117 = llvm.load %v36 : !llvm.ptr -> f32
                %v118 = arith.mulf %v117, %v104 fastmath<contract> : f32
                %v119 = arith.addf %v116, %v118 fastmath<contract> : f32
                %v120 = llvm.load %v38 : !llvm.ptr -> f32
                %v121 = arith.mulf %v120, %v105 fastmath<contract> : f32
                %v122 = arith.addf %v121, %v119 fastmath<contract> : f32
                %v123 = arith.mulf %v106, %v117 fastmath<contract> : f32
                %v124 = arith.mulf %v120, %v108 fastmath<contract> : f32
                %v125 = arith.addf %v124, %v123 fastmath<contract> : f32
                %v126 = arith.mulf %v107, %v117 fastmath<contract> : f32
                %v127 = arith.mulf %v120, %v109 fastmath<contract> : f32
                %v128 = arith.addf %v127, %v126 fastmath<contract> : f32
                %v129 = arith.muli %v28, %v110 : i64
                %v130 = arith.muli %v103, %size_N : i64
                %v131 = arith.addi %v129, %v130 : i64
                %v132 = arith.addi %v131, %v26 : i64
                %v133 = llvm.getelementptr %dy_x_im_seq[%v132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v134 = llvm.load %v133 : !llvm.ptr -> f32
                %v135 = llvm.load %v37 : !llvm.ptr -> f32
                %v136 = arith.mulf %v135, %v105 fastmath<contract> : f32
                %v137 = arith.addf %v134, %v136 fastmath<contract> : f32
                %v138 = llvm.load %v39 : !llvm.ptr -> f32
                %v139 = arith.mulf %v138, %v104 fastmath<contract> : f32
                %v140 = arith.addf %v139, %v137 fastmath<contract> : f32
                %v141 = arith.mulf %v108, %v135 fastmath<contract> : f32
                %v142 = arith.mulf %v138, %v106 fastmath<contract> : f32
                %v143 = arith.addf %v142, %v141 fastmath<contract> : f32
                %v144 = arith.mulf %v109, %v135 fastmath<contract> : f32
                %v145 = arith.mulf %v138, %v107 fastmath<contract> : f32
                %v146 = arith.addf %v145, %v144 fastmath<contract> : f32
                llvm.store %v122, %v34 : f32, !llvm.ptr
                llvm.store %v125, %v45 : f32, !llvm.ptr
                llvm.store %v128, %v46 : f32, !llvm.ptr
                llvm.store %v140, %v35 : f32, !llvm.ptr
                llvm.store %v143, %v47 : f32, !llvm.ptr
                llvm.store %v146, %v48 : f32, !llvm.ptr
                scf.if %v102 {
                }
                llvm.store %v170, %v36 : f32, !llvm.ptr
                llvm.store %v178, %v38 : f32, !llvm.ptr
                llvm.store %v170, %v37 : f32, !llvm.ptr
                llvm.store %v179, %v39 : f32, !llvm.ptr
                %v181 = arith.addi %v86, %v180 : i64
                %v183 = arith.cmpi slt, %v182, %v92 : i32
                %v184 = arith.cmpi eq, %v182, %v98 : i32
                %v185 = arith.addi %v68, %v181 : i64
                %v186 = llvm.load %v34 : !llvm.ptr -> f32
                %v187 = llvm.load %v35 : !llvm.ptr -> f32
                %v188 = llvm.load %v45 : !llvm.ptr -> f32
                %v189 = llvm.load %v46 : !llvm.ptr -> f32
                %v190 = llvm.load %v47 : !llvm.ptr -> f32
                %v191 = llvm.load %v48 : !llvm.ptr -> f32
                %v192 = arith.muli %v28, %v110 : i64
                %v193 = arith.muli %v185, %size_N : i64
                %v194 = arith.addi %v192, %v193 : i64
                %v195 = arith.addi %v194, %v26 : i64
                %v196 = llvm.getelementptr %dy_x_re_seq[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v197 = llvm.load %v196 : !llvm.ptr -> f32
                %v198 = llvm.load %v36 : !llvm.ptr -> f32
                %v199 = arith.mulf %v198, %v186 fastmath<contract> : f32
                %v200 = arith.addf %v197, %v199 fastmath<contract> : f32
                %v201 = llvm.load %v38 : !llvm.ptr -> f32
                %v202 = arith.mulf %v201, %v187 fastmath<contract> : f32
                %v203 = arith.addf %v202, %v200 fastmath<contract> : f32
                %v204 = arith.mulf %v188, %v198 fastmath<contract> : f32
                %v205 = arith.mulf %v201, %v190 fastmath<contract> : f32
                %v206 = arith.addf %v205, %v204 fastmath<contract> : f32
                %v207 = arith.mulf %v189, %v198 fastmath<contract> : f32
                %v208 = arith.mulf %v201, %v191 fastmath<contract> : f32
                %v209 = arith.addf %v208, %v207 fastmath<contract> : f32
                %v210 = arith.muli %v28, %v110 : i64
                %v211 = arith.muli %v185, %size_N : i64
                %v212 = arith.addi %v210, %v211 : i64
                %v213 = arith.addi %v212, %v26 : i64
                %v214 = llvm.getelementptr %dy_x_im_seq[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v215 = llvm.load %v214 : !llvm.ptr -> f32
                %v216 = llvm.load %v37 : !llvm.ptr -> f32
                %v217 = arith.mulf %v216, %v187 fastmath<contract> : f32
                %v218 = arith.addf %v215, %v217 fastmath<contract> : f32
                %v219 = llvm.load %v39 : !llvm.ptr -> f32
                %v220 = arith.mulf %v219, %v186 fastmath<contract> : f32
                %v221 = arith.addf %v220, %v218 fastmath<contract> : f32
                %v222 = arith.mulf %v190, %v216 fastmath<contract> : f32
                %v223 = arith.mulf %v219, %v188 fastmath<contract> : f32
                %v224 = arith.addf %v223, %v222 fastmath<contract> : f32
                %v225 = arith.mulf %v191, %v216 fastmath<contract> : f32
                %v226 = arith.mulf %v219, %v189 fastmath<contract> : f32
                %v227 = arith.addf %v226, %v225 fastmath<contract> : f32
                llvm.store %v203, %v34 : f32, !llvm.ptr
                llvm.store %v206, %v45 : f32, !llvm.ptr
                llvm.store %v209, %v46 : f32, !llvm.ptr
                llvm.store %v221, %v35 : f32, !llvm.ptr
                llvm.store %v224, %v47 : f32, !llvm.ptr
                llvm.store %v227, %v48 : f32, !llvm.ptr
                scf.if %v184 {
                }
                llvm.store %v170, %v36 : f32, !llvm.ptr
                llvm.store %v178, %v38 : f32, !llvm.ptr
                llvm.store %v170, %v37 : f32, !llvm.ptr
                llvm.store %v179, %v39 : f32, !llvm.ptr
                %v229 = arith.addi %v86, %v228 : i64
                %v231 = arith.cmpi slt, %v230, %v92 : i32
                %v232 = arith.cmpi eq, %v230, %v98 : i32
                %v233 = arith.addi %v68, %v229 : i64
                %v234 = llvm.load %v34 : !llvm.ptr -> f32
                %v235 = llvm.load %v35 : !llvm.ptr -> f32
                %v236 = llvm.load %v45 : !llvm.ptr -> f32
                %v237 = llvm.load %v46 : !llvm.ptr -> f32
                %v238 = llvm.load %v47 : !llvm.ptr -> f32
                %v239 = llvm.load %v48 : !llvm.ptr -> f32
                %v240 = arith.muli %v28, %v110 : i64
                %v241 = arith.muli %v233, %size_N : i64
                %v242 = arith.addi %v240, %v241 : i64
                %v243 = arith.addi %v242, %v26 : i64
                %v244 = llvm.getelementptr %dy_x_re_seq[%v243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v245 = llvm.load %v244 : !llvm.ptr -> f32
                %v246 = llvm.load %v36 : !llvm.ptr -> f32
                %v247 = arith.mulf %v246, %v234 fastmath<contract> : f32
                %v248 = arith.addf %v245, %v247 fastmath<contract> : f32
                %v249 = llvm.load %v38 : !llvm.ptr -> f32
                %v250 = arith.mulf %v249, %v235 fastmath<contract> : f32
                %v251 = arith.addf %v250, %v248 fastmath<contract> : f32
                %v252 = arith.mulf %v236, %v246 fastmath<contract> : f32
                %v253 = arith.mulf %v249, %v238 fastmath<contract> : f32
                %v254 = arith.addf %v253, %v252 fastmath<contract> : f32
                %v255 = arith.mulf %v237, %v246 fastmath<contract> : f32
                %v256 = arith.mulf %v249, %v239 fastmath<contract> : f32
                %v257 = arith.addf %v256, %v255 fastmath<contract> : f32
                %v258 = arith.muli %v28, %v110 : i64
                %v259 = arith.muli %v233, %size_N : i64
                %v260 = arith.addi %v258, %v259 : i64
                %v261 = arith.addi %v260, %v26 : i64
                %v262 = llvm.getelementptr %dy_x_im_seq[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v263 = llvm.load %v262 : !llvm.ptr -> f32
                %v264 = llvm.load %v37 : !llvm.ptr -> f32
                %v265 = arith.mulf %v264, %v235 fastmath<contract> : f32
                %v266 = arith.addf %v263, %v265 fastmath<contract> : f32
                %v267 = llvm.load %v39 : !llvm.ptr -> f32
                %v268 = arith.mulf %v267, %v234 fastmath<contract> : f32
                %v269 = arith.addf %v268, %v266 fastmath<contract> : f32
                %v270 = arith.mulf %v238, %v264 fastmath<contract> : f32
                %v271 = arith.mulf %v267, %v236 fastmath<contract> : f32
                %v272 = arith.addf %v271, %v270 fastmath<contract> : f32
                %v273 = arith.mulf %v239, %v264 fastmath<contract> : f32
                %v274 = arith.mulf %v267, %v237 fastmath<contract> : f32
                %v275 = arith.addf %v274, %v273 fastmath<contract> : f32
                llvm.store %v251, %v34 : f32, !llvm.ptr
                llvm.store %v254, %v45 : f32, !llvm.ptr
                llvm.store %v257, %v46 : f32, !llvm.ptr
                llvm.store %v269, %v35 : f32, !llvm.ptr
                llvm.store %v272, %v47 : f32, !llvm.ptr
                llvm.store %v275, %v48 : f32, !llvm.ptr
                scf.if %v232 {
                }
                llvm.store %v170, %v36 : f32, !llvm.ptr
                llvm.store %v178, %v38 : f32, !llvm.ptr
                llvm.store %v170, %v37 : f32, !llvm.ptr
                llvm.store %v179, %v39 : f32, !llvm.ptr
                %v276 = arith.addi %v86, %v30 : i64
                %v278 = arith.cmpi slt, %v277, %v92 : i32
                %v279 = arith.cmpi eq, %v277, %v98 : i32
                %v280 = arith.addi %v68, %v276 : i64
                %v281 = llvm.load %v34 : !llvm.ptr -> f32
                %v282 = llvm.load %v35 : !llvm.ptr -> f32
                %v283 = llvm.load %v45 : !llvm.ptr -> f32
                %v284 = llvm.load %v46 : !llvm.ptr -> f32
                %v285 = llvm.load %v47 : !llvm.ptr -> f32
                %v286 = llvm.load %v48 : !llvm.ptr -> f32
                %v287 = arith.muli %v28, %v110 : i64
                %v288 = arith.muli %v280, %size_N : i64
                %v289 = arith.addi %v287, %v288 : i64
                %v290 = arith.addi %v289, %v26 : i64
                %v291 = llvm.getelementptr %dy_x_re_seq[%v290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v292 = llvm.load %v291 : !llvm.ptr -> f32
                %v293 = llvm.load %v36 : !llvm.ptr -> f32
                %v294 = arith.mulf %v293, %v281 fastmath<contract> : f32
                %v295 = arith.addf %v292, %v294 fastmath<contract> : f32
                %v296 = llvm.load %v38 : !llvm.ptr -> f32
                %v297 = arith.mulf %v296, %v282 fastmath<contract> : f32
                %v298 = arith.addf %v297, %v295 fastmath<contract> : f32
                %v299 = arith.mulf %v283, %v293 fastmath<contract> : f32
                %v300 = arith.mulf %v296, %v285 fastmath<contract> : f32
                %v301 = arith.addf %v300, %v299 fastmath<contract> : f32
                %v302 = arith.mulf %v284, %v293 fastmath<contract> : f32
                %v303 = arith.mulf %v296, %v286 fastmath<contract> : f32
                %v304 = arith.addf %v303, %v302 fastmath<contract> : f32
                %v305 = arith.muli %v28, %v110 : i64
                %v306 = arith.muli %v280, %size_N : i64
                %v307 = arith.addi %v305, %v306 : i64
                %v308 = arith.addi %v307, %v26 : i64
                %v309 = llvm.getelementptr %dy_x_im_seq[%v308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v310 = llvm.load %v309 : !llvm.ptr -> f32
                %v311 = llvm.load %v37 : !llvm.ptr -> f32
                %v312 = arith.mulf %v311, %v282 fastmath<contract> : f32
                %v313 = arith.addf %v310, %v312 fastmath<contract> : f32
                %v314 = llvm.load %v39 : !llvm.ptr -> f32
                %v315 = arith.mulf %v314, %v281 fastmath<contract> : f32
                %v316 = arith.addf %v315, %v313 fastmath<contract> : f32
                %v317 = arith.mulf %v285, %v311 fastmath<contract> : f32
                %v318 = arith.mulf %v314, %v283 fastmath<contract> : f32
                %v319 = arith.addf %v318, %v317 fastmath<contract> : f32
                %v320 = arith.mulf %v286, %v311 fastmath<contract> : f32
                %v321 = arith.mulf %v314, %v284 fastmath<contract> : f32
                %v322 = arith.addf %v321, %v320 fastmath<contract> : f32
                llvm.store %v298, %v34 : f32, !llvm.ptr
                llvm.store %v301, %v45 : f32, !llvm.ptr
                llvm.store %v304, %v46 : f32, !llvm.ptr
                llvm.store %v316, %v35 : f32, !llvm.ptr
                llvm.store %v319, %v47 : f32, !llvm.ptr
                llvm.store %v322, %v48 : f32, !llvm.ptr
                scf.if %v279 {
                }
                llvm.store %v170, %v36 : f32, !llvm.ptr
                llvm.store %v178, %v38 : f32, !llvm.ptr
                llvm.store %v170, %v37 : f32, !llvm.ptr
                llvm.store %v179, %v39 : f32, !llvm.ptr
                %v324 = arith.addi %v86, %v323 : i64
                %v326 = arith.cmpi slt, %v325, %v92 : i32
                %v327 = arith.cmpi eq, %v325, %v98 : i32
                %v328 = arith.addi %v68, %v324 : i64
                %v329 = llvm.load %v34 : !llvm.ptr -> f32
                %v330 = llvm.load %v35 : !llvm.ptr -> f32
                %v331 = llvm.load %v45 : !llvm.ptr -> f32
                %v332 = llvm.load %v46 : !llvm.ptr -> f32
                %v333 = llvm.load %v47 : !llvm.ptr -> f32
                %v334 = llvm.load %v48 : !llvm.ptr -> f32
                %v335 = arith.muli %v28, %v110 : i64
                %v336 = arith.muli %v328, %size_N : i64
                %v337 = arith.addi %v335, %v336 : i64
                %v338 = arith.addi %v337, %v26 : i64
                %v339 = llvm.getelementptr %dy_x_re_seq[%v338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v340 = llvm.load %v339 : !llvm.ptr -> f32
                %v341 = llvm.load %v36 : !llvm.ptr -> f32
                %v342 = arith.mulf %v341, %v329 fastmath<contract> : f32
                %v343 = arith.addf %v340, %v342 fastmath<contract> : f32
                %v344 = llvm.load %v38 : !llvm.ptr -> f32
                %v345 = arith.mulf %v344, %v330 fastmath<contract> : f32
                %v346 = arith.addf %v345, %v343 fastmath<contract> : f32
                %v347 = arith.mulf %v331, %v341 fastmath<contract> : f32
                %v348 = arith.mulf %v344, %v333 fastmath<contract> : f32
                %v349 = arith.addf %v348, %v347 fastmath<contract> : f32
                %v350 = arith.mulf %v332, %v341 fastmath<contract> : f32
                %v351 = arith.mulf %v344, %v334 fastmath<contract> : f32
                %v352 = arith.addf %v351, %v350 fastmath<contract> : f32
                %v353 = arith.muli %v28, %v110 : i64
                %v354 = arith.muli %v328, %size_N : i64
                %v355 = arith.addi %v353, %v354 : i64
                %v356 = arith.addi %v355, %v26 : i64
                %v357 = llvm.getelementptr %dy_x_im_seq[%v356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v358 = llvm.load %v357 : !llvm.ptr -> f32
                %v359 = llvm.load %v37 : !llvm.ptr -> f32
                %v360 = arith.mulf %v359, %v330 fastmath<contract> : f32
                %v361 = arith.addf %v358, %v360 fastmath<contract> : f32
                %v362 = llvm.load %v39 : !llvm.ptr -> f32
                %v363 = arith.mulf %v362, %v329 fastmath<contract> : f32
                %v364 = arith.addf %v363, %v361 fastmath<contract> : f32
                %v365 = arith.mulf %v333, %v359 fastmath<contract> : f32
                %v366 = arith.mulf %v362, %v331 fastmath<contract> : f32
                %v367 = arith.addf %v366, %v365 fastmath<contract> : f32
                %v368 = arith.mulf %v334, %v359 fastmath<contract> : f32
                %v369 = arith.mulf %v362, %v332 fastmath<contract> : f32
                %v370 = arith.addf %v369, %v368 fastmath<contract> : f32
                llvm.store %v346, %v34 : f32, !llvm.ptr
                llvm.store %v349, %v45 : f32, !llvm.ptr
                llvm.store %v352, %v46 : f32, !llvm.ptr
                llvm.store %v364, %v35 : f32, !llvm.ptr
                llvm.store %v367, %v47 : f32, !llvm.ptr
                llvm.store %v370, %v48 : f32, !llvm.ptr
                scf.if %v327 {
                }
                llvm.store %v170, %v36 : f32, !llvm.ptr
                llvm.store %v178, %v38 : f32, !llvm.ptr
                llvm.store %v170, %v37 : f32, !llvm.ptr
                llvm.store %v179, %v39 : f32, !llvm.ptr
                %v372 = arith.addi %v86, %v371 : i64
                %v374 = arith.cmpi slt, %v373, %v92 : i32
                %v375 = arith.cmpi eq, %v373, %v98 : i32
                %v376 = arith.addi %v68, %v372 : i64
                %v377 = llvm.load %v34 : !llvm.ptr -> f32
                %v378 = llvm.load %v35 : !llvm.ptr -> f32
                %v379 = llvm.load %v45 : !llvm.ptr -> f32
                %v380 = llvm.load %v46 : !llvm.ptr -> f32
                %v381 = llvm.load %v47 : !llvm.ptr -> f32
                %v382 = llvm.load %v48 : !llvm.ptr -> f32
                %v383 = arith.muli %v28, %v110 : i64
                %v384 = arith.muli %v376, %size_N : i64
                %v385 = arith.addi %v383, %v384 : i64
                %v386 = arith.addi %v385, %v26 : i64
                %v387 = llvm.getelementptr %dy_x_re_seq[%v386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v388 = llvm.load %v387 : !llvm.ptr -> f32
                %v389 = llvm.load %v36 : !llvm.ptr -> f32
                %v390 = arith.mulf %v389, %v377 fastmath<contract> : f32
                %v391 = arith.addf %v388, %v390 fastmath<contract> : f32
                %v392 = llvm.load %v38 : !llvm.ptr -> f32
                %v393 = arith.mulf %v392, %v378 fastmath<contract> : f32
                %v394 = arith.addf %v393, %v391 fastmath<contract> : f32
                %v395 = arith.mulf %v379, %v389 fastmath<contract> : f32
                %v396 = arith.mulf %v392, %v381 fastmath<contract> : f32
                %v397 = arith.addf %v396, %v395 fastmath<contract> : f32
                %v398 = arith.mulf %v380, %v389 fastmath<contract> : f32
                %v399 = arith.mulf %v392, %v382 fastmath<contract> : f32
                %v400 = arith.addf %v399, %v398 fastmath<contract> : f32
                %v401 = arith.muli %v28, %v110 : i64
                %v402 = arith.muli %v376, %size_N : i64
                %v403 = arith.addi %v401, %v402 : i64
                %v404 = arith.addi %v403, %v26 : i64
                %v405 = llvm.getelementptr %dy_x_im_seq[%v404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v406 = llvm.load %v405 : !llvm.ptr -> f32
                %v407 = llvm.load %v37 : !llvm.ptr -> f32
                %v408 = arith.mulf %v407, %v378 fastmath<contract> : f32
                %v409 = arith.addf %v406, %v408 fastmath<contract> : f32
                %v410 = llvm.load %v39 : !llvm.ptr -> f32
                %v411 = arith.mulf %v410, %v377 fastmath<contract> : f32
                %v412 = arith.addf %v411, %v409 fastmath<contract> : f32
                %v413 = arith.mulf %v381, %v407 fastmath<contract> : f32
                %v414 = arith.mulf %v410, %v379 fastmath<contract> : f32
                %v415 = arith.addf %v414, %v413 fastmath<contract> : f32
                %v416 = arith.mulf %v382, %v407 fastmath<contract> : f32
                %v417 = arith.mulf %v410, %v380 fastmath<contract> : f32
                %v418 = arith.addf %v417, %v416 fastmath<contract> : f32
                llvm.store %v394, %v34 : f32, !llvm.ptr
                llvm.store %v397, %v45 : f32, !llvm.ptr
                llvm.store %v400, %v46 : f32, !llvm.ptr
                llvm.store %v412, %v35 : f32, !llvm.ptr
                llvm.store %v415, %v47 : f32, !llvm.ptr
                llvm.store %v418, %v48 : f32, !llvm.ptr
                scf.if %v375 {
                }
                llvm.store %v170, %v36 : f32, !llvm.ptr
                llvm.store %v178, %v38 : f32, !llvm.ptr
                llvm.store %v170, %v37 : f32, !llvm.ptr
                llvm.store %v179, %v39 : f32, !llvm.ptr
                %v419 = arith.addi %v86, %v1 : i64
                %v421 = arith.cmpi slt, %v420, %v92 : i32
                %v422 = arith.cmpi eq, %v420, %v98 : i32
                %v423 = arith.addi %v68, %v419 : i64
                %v424 = llvm.load %v34 : !llvm.ptr -> f32
                %v425 = llvm.load %v35 : !llvm.ptr -> f32
                %v426 = llvm.load %v45 : !llvm.ptr -> f32
                %v427 = llvm.load %v46 : !llvm.ptr -> f32
                %v428 = llvm.load %v47 : !llvm.ptr -> f32
                %v429 = llvm.load %v48 : !llvm.ptr -> f32
                %v430 = arith.muli %v28, %v110 : i64
                %v431 = arith.muli %v423, %size_N : i64
                %v432 = arith.addi %v430, %v431 : i64
                %v433 = arith.addi %v432, %v26 : i64
                %v434 = llvm.getelementptr %dy_x_re_seq[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v435 = llvm.load %v434 : !llvm.ptr -> f32
                %v436 = llvm.load %v36 : !llvm.ptr -> f32
                %v437 = arith.mulf %v436, %v424 fastmath<contract> : f32
                %v438 = arith.addf %v435, %v437 fastmath<contract> : f32
                %v439 = llvm.load %v38 : !llvm.ptr -> f32
                %v440 = arith.mulf %v439, %v425 fastmath<contract> : f32
                %v441 = arith.addf %v440, %v438 fastmath<contract> : f32
                %v442 = arith.mulf %v426, %v436 fastmath<contract> : f32
                %v443 = arith.mulf %v439, %v428 fastmath<contract> : f32
                %v444 = arith.addf %v443, %v442 fastmath<contract> : f32
                %v445 = arith.mulf %v427, %v436 fastmath<contract> : f32
                %v446 = arith.mulf %v439, %v429 fastmath<contract> : f32
                %v447 = arith.addf %v446, %v445 fastmath<contract> : f32
                %v448 = arith.muli %v28, %v110 : i64
                %v449 = arith.muli %v423, %size_N : i64
                %v450 = arith.addi %v448, %v449 : i64
                %v451 = arith.addi %v450, %v26 : i64
                %v452 = llvm.getelementptr %dy_x_im_seq[%v451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v453 = llvm.load %v452 : !llvm.ptr -> f32
                %v454 = llvm.load %v37 : !llvm.ptr -> f32
                %v455 = arith.mulf %v454, %v425 fastmath<contract> : f32
                %v456 = arith.addf %v453, %v455 fastmath<contract> : f32
                %v457 = llvm.load %v39 : !llvm.ptr -> f32
                %v458 = arith.mulf %v457, %v424 fastmath<contract> : f32
                %v459 = arith.addf %v458, %v456 fastmath<contract> : f32
                %v460 = arith.mulf %v428, %v454 fastmath<contract> : f32
                %v461 = arith.mulf %v457, %v426 fastmath<contract> : f32
                %v462 = arith.addf %v461, %v460 fastmath<contract> : f32
                %v463 = arith.mulf %v429, %v454 fastmath<contract> : f32
                %v464 = arith.mulf %v457, %v427 fastmath<contract> : f32
                %v465 = arith.addf %v464, %v463 fastmath<contract> : f32
                llvm.store %v441, %v34 : f32, !llvm.ptr
                llvm.store %v444, %v45 : f32, !llvm.ptr
                llvm.store %v447, %v46 : f32, !llvm.ptr
                llvm.store %v459, %v35 : f32, !llvm.ptr
                llvm.store %v462, %v47 : f32, !llvm.ptr
                llvm.store %v465, %v48 : f32, !llvm.ptr
                scf.if %v422 {
                }
                llvm.store %v170, %v36 : f32, !llvm.ptr
                llvm.store %v178, %v38 : f32, !llvm.ptr
                llvm.store %v170, %v37 : f32, !llvm.ptr
                llvm.store %v179, %v39 : f32, !llvm.ptr
                %v467 = arith.cmpi slt, %v466, %v92 : i32
                %v468 = arith.cmpi eq, %v466, %v98 : i32
                %v469 = arith.addi %v68, %v86 : i64
                %v470 = llvm.load %v34 : !llvm.ptr -> f32
                %v471 = llvm.load %v35 : !llvm.ptr -> f32
                %v472 = llvm.load %v45 : !llvm.ptr -> f32
                %v473 = llvm.load %v46 : !llvm.ptr -> f32
                %v474 = llvm.load %v47 : !llvm.ptr -> f32
                %v475 = llvm.load %v48 : !llvm.ptr -> f32
                %v476 = arith.muli %v28, %v110 : i64
                %v477 = arith.muli %v469, %size_N : i64
                %v478 = arith.addi %v476, %v477 : i64
                %v479 = arith.addi %v478, %v26 : i64
                %v480 = llvm.getelementptr %dy_x_re_seq[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v481 = llvm.load %v480 : !llvm.ptr -> f32
                %v482 = llvm.load %v36 : !llvm.ptr -> f32
                %v483 = arith.mulf %v482, %v470 fastmath<contract> : f32
                %v484 = arith.addf %v481, %v483 fastmath<contract> : f32
                %v485 = llvm.load %v38 : !llvm.ptr -> f32
                %v486 = arith.mulf %v485, %v471 fastmath<contract> : f32
                %v487 = arith.addf %v486, %v484 fastmath<contract> : f32
                %v488 = arith.mulf %v472, %v482 fastmath<contract> : f32
                %v489 = arith.mulf %v485, %v474 fastmath<contract> : f32
                %v490 = arith.addf %v489, %v488 fastmath<contract> : f32
                %v491 = arith.mulf %v473, %v482 fastmath<contract> : f32
                %v492 = arith.mulf %v485, %v475 fastmath<contract> : f32
                %v493 = arith.addf %v492, %v491 fastmath<contract> : f32
                %v494 = arith.muli %v28, %v110 : i64
                %v495 = arith.muli %v469, %size_N : i64
                %v496 = arith.addi %v494, %v495 : i64
                %v497 = arith.addi %v496, %v26 : i64
                %v498 = llvm.getelementptr %dy_x_im_seq[%v497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v499 = llvm.load %v498 : !llvm.ptr -> f32
                %v500 = llvm.load %v37 : !llvm.ptr -> f32
                %v501 = arith.mulf %v500, %v471 fastmath<contract> : f32
                %v502 = arith.addf %v499, %v501 fastmath<contract> : f32
                %v503 = llvm.load %v39 : !llvm.ptr -> f32
                %v504 = arith.mulf %v503, %v470 fastmath<contract> : f32
                %v505 = arith.addf %v504, %v502 fastmath<contract> : f32
                %v506 = arith.mulf %v474, %v500 fastmath<contract> : f32
                %v507 = arith.mulf %v503, %v472 fastmath<contract> : f32
                %v508 = arith.addf %v507, %v506 fastmath<contract> : f32
                %v509 = arith.mulf %v475, %v500 fastmath<contract> : f32
                %v510 = arith.mulf %v503, %v473 fastmath<contract> : f32
                %v511 = arith.addf %v510, %v509 fastmath<contract> : f32
                llvm.store %v487, %v34 : f32, !llvm.ptr
                llvm.store %v490, %v45 : f32, !llvm.ptr
                llvm.store %v493, %v46 : f32, !llvm.ptr
                llvm.store %v505, %v35 : f32, !llvm.ptr
                llvm.store %v508, %v47 : f32, !llvm.ptr
                llvm.store %v511, %v48 : f32, !llvm.ptr
                scf.if %v468 {
                }
                llvm.store %v170, %v36 : f32, !llvm.ptr
                llvm.store %v178, %v38 : f32, !llvm.ptr
                llvm.store %v170, %v37 : f32, !llvm.ptr
                llvm.store %v179, %v39 : f32, !llvm.ptr
              } else {
                %v512 = arith.subi %v70, %v1 : i64
                // the group's states, recomputed into registers
                %v513 = arith.subi %v70, %v86 : i64
                %v514 = arith.trunci %v513 : i64 to i32
                %v515 = arith.subi %size_L, %v1 : i64
                %v516 = arith.addi %v68, %v86 : i64
                %v517 = arith.subi %v515, %v516 : i64
                %v518 = arith.minsi %v517, %v96 : i64
                %v519 = arith.trunci %v518 : i64 to i32
                %v520 = arith.addi %v86, %v53 : i64
                %v521 = arith.cmpi slt, %v100, %v514 : i32
                %v522 = arith.cmpi eq, %v100, %v519 : i32
                scf.if %v521 {
                  %v523 = arith.addi %v68, %v520 : i64
                  %v524 = llvm.load %v34 : !llvm.ptr -> f32
                  %v525 = llvm.load %v35 : !llvm.ptr -> f32
                  %v526 = llvm.load %v45 : !llvm.ptr -> f32
                  %v527 = llvm.load %v46 : !llvm.ptr -> f32
                  %v528 = llvm.load %v47 : !llvm.ptr -> f32
                  %v529 = llvm.load %v48 : !llvm.ptr -> f32
                  %v530 = arith.muli %v28, %v110 : i64
                  %v531 = arith.muli %v523, %size_N : i64
                  %v532 = arith.addi %v530, %v531 : i64
                  %v533 = arith.addi %v532, %v26 : i64
                  %v534 = llvm.getelementptr %dy_x_re_seq[%v533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v535 = llvm.load %v534 : !llvm.ptr -> f32
                  %v536 = llvm.load %v36 : !llvm.ptr -> f32
                  %v537 = arith.mulf %v536, %v524 fastmath<contract> : f32
                  %v538 = arith.addf %v535, %v537 fastmath<contract> : f32
                  %v539 = llvm.load %v38 : !llvm.ptr -> f32
                  %v540 = arith.mulf %v539, %v525 fastmath<contract> : f32
                  %v541 = arith.addf %v540, %v538 fastmath<contract> : f32
                  %v542 = arith.mulf %v526, %v536 fastmath<contract> : f32
                  %v543 = arith.mulf %v539, %v528 fastmath<contract> : f32
                  %v544 = arith.addf %v543, %v542 fastmath<contract> : f32
                  %v545 = arith.mulf %v527, %v536 fastmath<contract> : f32
                  %v546 = arith.mulf %v539, %v529 fastmath<contract> : f32
                  %v547 = arith.addf %v546, %v545 fastmath<contract> : f32
                  %v548 = arith.muli %v28, %v110 : i64
                  %v549 = arith.muli %v523, %size_N : i64
                  %v550 = arith.addi %v548, %v549 : i64
                  %v551 = arith.addi %v550, %v26 : i64
                  %v552 = llvm.getelementptr %dy_x_im_seq[%v551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v553 = llvm.load %v552 : !llvm.ptr -> f32
                  %v554 = llvm.load %v37 : !llvm.ptr -> f32
                  %v555 = arith.mulf %v554, %v525 fastmath<contract> : f32
                  %v556 = arith.addf %v553, %v555 fastmath<contract> : f32
                  %v557 = llvm.load %v39 : !llvm.ptr -> f32
                  %v558 = arith.mulf %v557, %v524 fastmath<contract> : f32
                  %v559 = arith.addf %v558, %v556 fastmath<contract> : f32
                  %v560 = arith.mulf %v528, %v554 fastmath<contract> : f32
                  %v561 = arith.mulf %v557, %v526 fastmath<contract> : f32
                  %v562 = arith.addf %v561, %v560 fastmath<contract> : f32
                  %v563 = arith.mulf %v529, %v554 fastmath<contract> : f32
                  %v564 = arith.mulf %v557, %v527 fastmath<contract> : f32
                  %v565 = arith.addf %v564, %v563 fastmath<contract> : f32
                  llvm.store %v541, %v34 : f32, !llvm.ptr
                  llvm.store %v544, %v45 : f32, !llvm.ptr
                  llvm.store %v547, %v46 : f32, !llvm.ptr
                  llvm.store %v559, %v35 : f32, !llvm.ptr
                  llvm.store %v562, %v47 : f32, !llvm.ptr
                  llvm.store %v565, %v48 : f32, !llvm.ptr
                  scf.if %v522 {
                  }
                  llvm.store %v170, %v36 : f32, !llvm.ptr
                  llvm.store %v178, %v38 : f32, !llvm.ptr
                  llvm.store %v170, %v37 : f32, !llvm.ptr
                  llvm.store %v179, %v39 : f32, !llvm.ptr
                }
                %v566 = arith.addi %v86, %v180 : i64
                %v567 = arith.cmpi slt, %v182, %v514 : i32
                %v568 = arith.cmpi eq, %v182, %v519 : i32
                scf.if %v567 {
                  %v569 = arith.addi %v68, %v566 : i64
                  %v570 = llvm.load %v34 : !llvm.ptr -> f32
                  %v571 = llvm.load %v35 : !llvm.ptr -> f32
                  %v572 = llvm.load %v45 : !llvm.ptr -> f32
                  %v573 = llvm.load %v46 : !llvm.ptr -> f32
                  %v574 = llvm.load %v47 : !llvm.ptr -> f32
                  %v575 = llvm.load %v48 : !llvm.ptr -> f32
                  %v576 = arith.muli %v28, %v110 : i64
                  %v577 = arith.muli %v569, %size_N : i64
                  %v578 = arith.addi %v576, %v577 : i64
                  %v579 = arith.addi %v578, %v26 : i64
                  %v580 = llvm.getelementptr %dy_x_re_seq[%v579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v581 = llvm.load %v580 : !llvm.ptr -> f32
                  %v582 = llvm.load %v36 : !llvm.ptr -> f32
                  %v583 = arith.mulf %v582, %v570 fastmath<contract> : f32
                  %v584 = arith.addf %v581, %v583 fastmath<contract> : f32
                  %v585 = llvm.load %v38 : !llvm.ptr -> f32
                  %v586 = arith.mulf %v585, %v571 fastmath<contract> : f32
                  %v587 = arith.addf %v586, %v584 fastmath<contract> : f32
                  %v588 = arith.mulf %v572, %v582 fastmath<contract> : f32
                  %v589 = arith.mulf %v585, %v574 fastmath<contract> : f32
                  %v590 = arith.addf %v589, %v588 fastmath<contract> : f32
                  %v591 = arith.mulf %v573, %v582 fastmath<contract> : f32
                  %v592 = arith.mulf %v585, %v575 fastmath<contract> : f32
                  %v593 = arith.addf %v592, %v591 fastmath<contract> : f32
                  %v594 = arith.muli %v28, %v110 : i64
                  %v595 = arith.muli %v569, %size_N : i64
                  %v596 = arith.addi %v594, %v595 : i64
                  %v597 = arith.addi %v596, %v26 : i64
                  %v598 = llvm.getelementptr %dy_x_im_seq[%v597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v599 = llvm.load %v598 : !llvm.ptr -> f32
                  %v600 = llvm.load %v37 : !llvm.ptr -> f32
                  %v601 = arith.mulf %v600, %v571 fastmath<contract> : f32
                  %v602 = arith.addf %v599, %v601 fastmath<contract> : f32
                  %v603 = llvm.load %v39 : !llvm.ptr -> f32
                  %v604 = arith.mulf %v603, %v570 fastmath<contract> : f32
                  %v605 = arith.addf %v604, %v602 fastmath<contract> : f32
                  %v606 = arith.mulf %v574, %v600 fastmath<contract> : f32
                  %v607 = arith.mulf %v603, %v572 fastmath<contract> : f32
                  %v608 = arith.addf %v607, %v606 fastmath<contract> : f32
                  %v609 = arith.mulf %v575, %v600 fastmath<contract> : f32
                  %v610 = arith.mulf %v603, %v573 fastmath<contract> : f32
                  %v611 = arith.addf %v610, %v609 fastmath<contract> : f32
                  llvm.store %v587, %v34 : f32, !llvm.ptr
                  llvm.store %v590, %v45 : f32, !llvm.ptr
                  llvm.store %v593, %v46 : f32, !llvm.ptr
                  llvm.store %v605, %v35 : f32, !llvm.ptr
                  llvm.store %v608, %v47 : f32, !llvm.ptr
                  llvm.store %v611, %v48 : f32, !llvm.ptr
                  scf.if %v568 {
                  }
                  llvm.store %v170, %v36 : f32, !llvm.ptr
                  llvm.store %v178, %v38 : f32, !llvm.ptr
                  llvm.store %v170, %v37 : f32, !llvm.ptr
                  llvm.store %v179, %v39 : f32, !llvm.ptr
                }
                %v612 = arith.addi %v86, %v228 : i64
                %v613 = arith.cmpi slt, %v230, %v514 : i32
                %v614 = arith.cmpi eq, %v230, %v519 : i32
                scf.if %v613 {
                  %v615 = arith.addi %v68, %v612 : i64
                  %v616 = llvm.load %v34 : !llvm.ptr -> f32
                  %v617 = llvm.load %v35 : !llvm.ptr -> f32
                  %v618 = llvm.load %v45 : !llvm.ptr -> f32
                  %v619 = llvm.load %v46 : !llvm.ptr -> f32
                  %v620 = llvm.load %v47 : !llvm.ptr -> f32
                  %v621 = llvm.load %v48 : !llvm.ptr -> f32
                  %v622 = arith.muli %v28, %v110 : i64
                  %v623 = arith.muli %v615, %size_N : i64
                  %v624 = arith.addi %v622, %v623 : i64
                  %v625 = arith.addi %v624, %v26 : i64
                  %v626 = llvm.getelementptr %dy_x_re_seq[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v627 = llvm.load %v626 : !llvm.ptr -> f32
                  %v628 = llvm.load %v36 : !llvm.ptr -> f32
                  %v629 = arith.mulf %v628, %v616 fastmath<contract> : f32
                  %v630 = arith.addf %v627, %v629 fastmath<contract> : f32
                  %v631 = llvm.load %v38 : !llvm.ptr -> f32
                  %v632 = arith.mulf %v631, %v617 fastmath<contract> : f32
                  %v633 = arith.addf %v632, %v630 fastmath<contract> : f32
                  %v634 = arith.mulf %v618, %v628 fastmath<contract> : f32
                  %v635 = arith.mulf %v631, %v620 fastmath<contract> : f32
                  %v636 = arith.addf %v635, %v634 fastmath<contract> : f32
                  %v637 = arith.mulf %v619, %v628 fastmath<contract> : f32
                  %v638 = arith.mulf %v631, %v621 fastmath<contract> : f32
                  %v639 = arith.addf %v638, %v637 fastmath<contract> : f32
                  %v640 = arith.muli %v28, %v110 : i64
                  %v641 = arith.muli %v615, %size_N : i64
                  %v642 = arith.addi %v640, %v641 : i64
                  %v643 = arith.addi %v642, %v26 : i64
                  %v644 = llvm.getelementptr %dy_x_im_seq[%v643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v645 = llvm.load %v644 : !llvm.ptr -> f32
                  %v646 = llvm.load %v37 : !llvm.ptr -> f32
                  %v647 = arith.mulf %v646, %v617 fastmath<contract> : f32
                  %v648 = arith.addf %v645, %v647 fastmath<contract> : f32
                  %v649 = llvm.load %v39 : !llvm.ptr -> f32
                  %v650 = arith.mulf %v649, %v616 fastmath<contract> : f32
                  %v651 = arith.addf %v650, %v648 fastmath<contract> : f32
                  %v652 = arith.mulf %v620, %v646 fastmath<contract> : f32
                  %v653 = arith.mulf %v649, %v618 fastmath<contract> : f32
                  %v654 = arith.addf %v653, %v652 fastmath<contract> : f32
                  %v655 = arith.mulf %v621, %v646 fastmath<contract> : f32
                  %v656 = arith.mulf %v649, %v619 fastmath<contract> : f32
                  %v657 = arith.addf %v656, %v655 fastmath<contract> : f32
                  llvm.store %v633, %v34 : f32, !llvm.ptr
                  llvm.store %v636, %v45 : f32, !llvm.ptr
                  llvm.store %v639, %v46 : f32, !llvm.ptr
                  llvm.store %v651, %v35 : f32, !llvm.ptr
                  llvm.store %v654, %v47 : f32, !llvm.ptr
                  llvm.store %v657, %v48 : f32, !llvm.ptr
                  scf.if %v614 {
                  }
                  llvm.store %v170, %v36 : f32, !llvm.ptr
                  llvm.store %v178, %v38 : f32, !llvm.ptr
                  llvm.store %v170, %v37 : f32, !llvm.ptr
                  llvm.store %v179, %v39 : f32, !llvm.ptr
                }
                %v658 = arith.addi %v86, %v30 : i64
                %v659 = arith.cmpi slt, %v277, %v514 : i32
                %v660 = arith.cmpi eq, %v277, %v519 : i32
                scf.if %v659 {
                  %v661 = arith.addi %v68, %v658 : i64
                  %v662 = llvm.load %v34 : !llvm.ptr -> f32
                  %v663 = llvm.load %v35 : !llvm.ptr -> f32
                  %v664 = llvm.load %v45 : !llvm.ptr -> f32
                  %v665 = llvm.load %v46 : !llvm.ptr -> f32
                  %v666 = llvm.load %v47 : !llvm.ptr -> f32
                  %v667 = llvm.load %v48 : !llvm.ptr -> f32
                  %v668 = arith.muli %v28, %v110 : i64
                  %v669 = arith.muli %v661, %size_N : i64
                  %v670 = arith.addi %v668, %v669 : i64
                  %v671 = arith.addi %v670, %v26 : i64
                  %v672 = llvm.getelementptr %dy_x_re_seq[%v671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v673 = llvm.load %v672 : !llvm.ptr -> f32
                  %v674 = llvm.load %v36 : !llvm.ptr -> f32
                  %v675 = arith.mulf %v674, %v662 fastmath<contract> : f32
                  %v676 = arith.addf %v673, %v675 fastmath<contract> : f32
                  %v677 = llvm.load %v38 : !llvm.ptr -> f32
                  %v678 = arith.mulf %v677, %v663 fastmath<contract> : f32
                  %v679 = arith.addf %v678, %v676 fastmath<contract> : f32
                  %v680 = arith.mulf %v664, %v674 fastmath<contract> : f32
                  %v681 = arith.mulf %v677, %v666 fastmath<contract> : f32
                  %v682 = arith.addf %v681, %v680 fastmath<contract> : f32
                  %v683 = arith.mulf %v665, %v674 fastmath<contract> : f32
                  %v684 = arith.mulf %v677, %v667 fastmath<contract> : f32
                  %v685 = arith.addf %v684, %v683 fastmath<contract> : f32
                  %v686 = arith.muli %v28, %v110 : i64
                  %v687 = arith.muli %v661, %size_N : i64
                  %v688 = arith.addi %v686, %v687 : i64
                  %v689 = arith.addi %v688, %v26 : i64
                  %v690 = llvm.getelementptr %dy_x_im_seq[%v689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v691 = llvm.load %v690 : !llvm.ptr -> f32
                  %v692 = llvm.load %v37 : !llvm.ptr -> f32
                  %v693 = arith.mulf %v692, %v663 fastmath<contract> : f32
                  %v694 = arith.addf %v691, %v693 fastmath<contract> : f32
                  %v695 = llvm.load %v39 : !llvm.ptr -> f32
                  %v696 = arith.mulf %v695, %v662 fastmath<contract> : f32
                  %v697 = arith.addf %v696, %v694 fastmath<contract> : f32
                  %v698 = arith.mulf %v666, %v692 fastmath<contract> : f32
                  %v699 = arith.mulf %v695, %v664 fastmath<contract> : f32
                  %v700 = arith.addf %v699, %v698 fastmath<contract> : f32
                  %v701 = arith.mulf %v667, %v692 fastmath<contract> : f32
                  %v702 = arith.mulf %v695, %v665 fastmath<contract> : f32
                  %v703 = arith.addf %v702, %v701 fastmath<contract> : f32
                  llvm.store %v679, %v34 : f32, !llvm.ptr
                  llvm.store %v682, %v45 : f32, !llvm.ptr
                  llvm.store %v685, %v46 : f32, !llvm.ptr
                  llvm.store %v697, %v35 : f32, !llvm.ptr
                  llvm.store %v700, %v47 : f32, !llvm.ptr
                  llvm.store %v703, %v48 : f32, !llvm.ptr
                  scf.if %v660 {
                  }
                  llvm.store %v170, %v36 : f32, !llvm.ptr
                  llvm.store %v178, %v38 : f32, !llvm.ptr
                  llvm.store %v170, %v37 : f32, !llvm.ptr
                  llvm.store %v179, %v39 : f32, !llvm.ptr
                }
                %v704 = arith.addi %v86, %v323 : i64
                %v705 = arith.cmpi slt, %v325, %v514 : i32
                %v706 = arith.cmpi eq, %v325, %v519 : i32
                scf.if %v705 {
                  %v707 = arith.addi %v68, %v704 : i64
                  %v708 = llvm.load %v34 : !llvm.ptr -> f32
                  %v709 = llvm.load %v35 : !llvm.ptr -> f32
                  %v710 = llvm.load %v45 : !llvm.ptr -> f32
                  %v711 = llvm.load %v46 : !llvm.ptr -> f32
                  %v712 = llvm.load %v47 : !llvm.ptr -> f32
                  %v713 = llvm.load %v48 : !llvm.ptr -> f32
                  %v714 = arith.muli %v28, %v110 : i64
                  %v715 = arith.muli %v707, %size_N : i64
                  %v716 = arith.addi %v714, %v715 : i64
                  %v717 = arith.addi %v716, %v26 : i64
                  %v718 = llvm.getelementptr %dy_x_re_seq[%v717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v719 = llvm.load %v718 : !llvm.ptr -> f32
                  %v720 = llvm.load %v36 : !llvm.ptr -> f32
                  %v721 = arith.mulf %v720, %v708 fastmath<contract> : f32
                  %v722 = arith.addf %v719, %v721 fastmath<contract> : f32
                  %v723 = llvm.load %v38 : !llvm.ptr -> f32
                  %v724 = arith.mulf %v723, %v709 fastmath<contract> : f32
                  %v725 = arith.addf %v724, %v722 fastmath<contract> : f32
                  %v726 = arith.mulf %v710, %v720 fastmath<contract> : f32
                  %v727 = arith.mulf %v723, %v712 fastmath<contract> : f32
                  %v728 = arith.addf %v727, %v726 fastmath<contract> : f32
                  %v729 = arith.mulf %v711, %v720 fastmath<contract> : f32
                  %v730 = arith.mulf %v723, %v713 fastmath<contract> : f32
                  %v731 = arith.addf %v730, %v729 fastmath<contract> : f32
                  %v732 = arith.muli %v28, %v110 : i64
                  %v733 = arith.muli %v707, %size_N : i64
                  %v734 = arith.addi %v732, %v733 : i64
                  %v735 = arith.addi %v734, %v26 : i64
                  %v736 = llvm.getelementptr %dy_x_im_seq[%v735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v737 = llvm.load %v736 : !llvm.ptr -> f32
                  %v738 = llvm.load %v37 : !llvm.ptr -> f32
                  %v739 = arith.mulf %v738, %v709 fastmath<contract> : f32
                  %v740 = arith.addf %v737, %v739 fastmath<contract> : f32
                  %v741 = llvm.load %v39 : !llvm.ptr -> f32
                  %v742 = arith.mulf %v741, %v708 fastmath<contract> : f32
                  %v743 = arith.addf %v742, %v740 fastmath<contract> : f32
                  %v744 = arith.mulf %v712, %v738 fastmath<contract> : f32
                  %v745 = arith.mulf %v741, %v710 fastmath<contract> : f32
                  %v746 = arith.addf %v745, %v744 fastmath<contract> : f32
                  %v747 = arith.mulf %v713, %v738 fastmath<contract> : f32
                  %v748 = arith.mulf %v741, %v711 fastmath<contract> : f32
                  %v749 = arith.addf %v748, %v747 fastmath<contract> : f32
                  llvm.store %v725, %v34 : f32, !llvm.ptr
                  llvm.store %v728, %v45 : f32, !llvm.ptr
                  llvm.store %v731, %v46 : f32, !llvm.ptr
                  llvm.store %v743, %v35 : f32, !llvm.ptr
                  llvm.store %v746, %v47 : f32, !llvm.ptr
                  llvm.store %v749, %v48 : f32, !llvm.ptr
                  scf.if %v706 {
                  }
                  llvm.store %v170, %v36 : f32, !llvm.ptr
                  llvm.store %v178, %v38 : f32, !llvm.ptr
                  llvm.store %v170, %v37 : f32, !llvm.ptr
                  llvm.store %v179, %v39 : f32, !llvm.ptr
                }
                %v750 = arith.addi %v86, %v371 : i64
                %v751 = arith.cmpi slt, %v373, %v514 : i32
                %v752 = arith.cmpi eq, %v373, %v519 : i32
                scf.if %v751 {
                  %v753 = arith.addi %v68, %v750 : i64
                  %v754 = llvm.load %v34 : !llvm.ptr -> f32
                  %v755 = llvm.load %v35 : !llvm.ptr -> f32
                  %v756 = llvm.load %v45 : !llvm.ptr -> f32
                  %v757 = llvm.load %v46 : !llvm.ptr -> f32
                  %v758 = llvm.load %v47 : !llvm.ptr -> f32
                  %v759 = llvm.load %v48 : !llvm.ptr -> f32
                  %v760 = arith.muli %v28, %v110 : i64
                  %v761 = arith.muli %v753, %size_N : i64
                  %v762 = arith.addi %v760, %v761 : i64
                  %v763 = arith.addi %v762, %v26 : i64
                  %v764 = llvm.getelementptr %dy_x_re_seq[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v765 = llvm.load %v764 : !llvm.ptr -> f32
                  %v766 = llvm.load %v36 : !llvm.ptr -> f32
                  %v767 = arith.mulf %v766, %v754 fastmath<contract> : f32
                  %v768 = arith.addf %v765, %v767 fastmath<contract> : f32
                  %v769 = llvm.load %v38 : !llvm.ptr -> f32
                  %v770 = arith.mulf %v769, %v755 fastmath<contract> : f32
                  %v771 = arith.addf %v770, %v768 fastmath<contract> : f32
                  %v772 = arith.mulf %v756, %v766 fastmath<contract> : f32
                  %v773 = arith.mulf %v769, %v758 fastmath<contract> : f32
                  %v774 = arith.addf %v773, %v772 fastmath<contract> : f32
                  %v775 = arith.mulf %v757, %v766 fastmath<contract> : f32
                  %v776 = arith.mulf %v769, %v759 fastmath<contract> : f32
                  %v777 = arith.addf %v776, %v775 fastmath<contract> : f32
                  %v778 = arith.muli %v28, %v110 : i64
                  %v779 = arith.muli %v753, %size_N : i64
                  %v780 = arith.addi %v778, %v779 : i64
                  %v781 = arith.addi %v780, %v26 : i64
                  %v782 = llvm.getelementptr %dy_x_im_seq[%v781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v783 = llvm.load %v782 : !llvm.ptr -> f32
                  %v784 = llvm.load %v37 : !llvm.ptr -> f32
                  %v785 = arith.mulf %v784, %v755 fastmath<contract> : f32
                  %v786 = arith.addf %v783, %v785 fastmath<contract> : f32
                  %v787 = llvm.load %v39 : !llvm.ptr -> f32
                  %v788 = arith.mulf %v787, %v754 fastmath<contract> : f32
                  %v789 = arith.addf %v788, %v786 fastmath<contract> : f32
                  %v790 = arith.mulf %v758, %v784 fastmath<contract> : f32
                  %v791 = arith.mulf %v787, %v756 fastmath<contract> : f32
                  %v792 = arith.addf %v791, %v790 fastmath<contract> : f32
                  %v793 = arith.mulf %v759, %v784 fastmath<contract> : f32
                  %v794 = arith.mulf %v787, %v757 fastmath<contract> : f32
                  %v795 = arith.addf %v794, %v793 fastmath<contract> : f32
                  llvm.store %v771, %v34 : f32, !llvm.ptr
                  llvm.store %v774, %v45 : f32, !llvm.ptr
                  llvm.store %v777, %v46 : f32, !llvm.ptr
                  llvm.store %v789, %v35 : f32, !llvm.ptr
                  llvm.store %v792, %v47 : f32, !llvm.ptr
                  llvm.store %v795, %v48 : f32, !llvm.ptr
                  scf.if %v752 {
                  }
                  llvm.store %v170, %v36 : f32, !llvm.ptr
                  llvm.store %v178, %v38 : f32, !llvm.ptr
                  llvm.store %v170, %v37 : f32, !llvm.ptr
                  llvm.store %v179, %v39 : f32, !llvm.ptr
                }
                %v796 = arith.addi %v86, %v1 : i64
                %v797 = arith.cmpi slt, %v420, %v514 : i32
                %v798 = arith.cmpi eq, %v420, %v519 : i32
                scf.if %v797 {
                  %v799 = arith.addi %v68, %v796 : i64
                  %v800 = llvm.load %v34 : !llvm.ptr -> f32
                  %v801 = llvm.load %v35 : !llvm.ptr -> f32
                  %v802 = llvm.load %v45 : !llvm.ptr -> f32
                  %v803 = llvm.load %v46 : !llvm.ptr -> f32
                  %v804 = llvm.load %v47 : !llvm.ptr -> f32
                  %v805 = llvm.load %v48 : !llvm.ptr -> f32
                  %v806 = arith.muli %v28, %v110 : i64
                  %v807 = arith.muli %v799, %size_N : i64
                  %v808 = arith.addi %v806, %v807 : i64
                  %v809 = arith.addi %v808, %v26 : i64
                  %v810 = llvm.getelementptr %dy_x_re_seq[%v809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v811 = llvm.load %v810 : !llvm.ptr -> f32
                  %v812 = llvm.load %v36 : !llvm.ptr -> f32
                  %v813 = arith.mulf %v812, %v800 fastmath<contract> : f32
                  %v814 = arith.addf %v811, %v813 fastmath<contract> : f32
                  %v815 = llvm.load %v38 : !llvm.ptr -> f32
                  %v816 = arith.mulf %v815, %v801 fastmath<contract> : f32
                  %v817 = arith.addf %v816, %v814 fastmath<contract> : f32
                  %v818 = arith.mulf %v802, %v812 fastmath<contract> : f32
                  %v819 = arith.mulf %v815, %v804 fastmath<contract> : f32
                  %v820 = arith.addf %v819, %v818 fastmath<contract> : f32
                  %v821 = arith.mulf %v803, %v812 fastmath<contract> : f32
                  %v822 = arith.mulf %v815, %v805 fastmath<contract> : f32
                  %v823 = arith.addf %v822, %v821 fastmath<contract> : f32
                  %v824 = arith.muli %v28, %v110 : i64
                  %v825 = arith.muli %v799, %size_N : i64
                  %v826 = arith.addi %v824, %v825 : i64
                  %v827 = arith.addi %v826, %v26 : i64
                  %v828 = llvm.getelementptr %dy_x_im_seq[%v827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v829 = llvm.load %v828 : !llvm.ptr -> f32
                  %v830 = llvm.load %v37 : !llvm.ptr -> f32
                  %v831 = arith.mulf %v830, %v801 fastmath<contract> : f32
                  %v832 = arith.addf %v829, %v831 fastmath<contract> : f32
                  %v833 = llvm.load %v39 : !llvm.ptr -> f32
                  %v834 = arith.mulf %v833, %v800 fastmath<contract> : f32
                  %v835 = arith.addf %v834, %v832 fastmath<contract> : f32
                  %v836 = arith.mulf %v804, %v830 fastmath<contract> : f32
                  %v837 = arith.mulf %v833, %v802 fastmath<contract> : f32
                  %v838 = arith.addf %v837, %v836 fastmath<contract> : f32
                  %v839 = arith.mulf %v805, %v830 fastmath<contract> : f32
                  %v840 = arith.mulf %v833, %v803 fastmath<contract> : f32
                  %v841 = arith.addf %v840, %v839 fastmath<contract> : f32
                  llvm.store %v817, %v34 : f32, !llvm.ptr
                  llvm.store %v820, %v45 : f32, !llvm.ptr
                  llvm.store %v823, %v46 : f32, !llvm.ptr
                  llvm.store %v835, %v35 : f32, !llvm.ptr
                  llvm.store %v838, %v47 : f32, !llvm.ptr
                  llvm.store %v841, %v48 : f32, !llvm.ptr
                  scf.if %v798 {
                  }
                  llvm.store %v170, %v36 : f32, !llvm.ptr
                  llvm.store %v178, %v38 : f32, !llvm.ptr
                  llvm.store %v170, %v37 : f32, !llvm.ptr
                  llvm.store %v179, %v39 : f32, !llvm.ptr
                }
                %v842 = arith.cmpi slt, %v466, %v514 : i32
                %v843 = arith.cmpi eq, %v466, %v519 : i32
                scf.if %v842 {
                  %v844 = arith.addi %v68, %v86 : i64
                  %v845 = llvm.load %v34 : !llvm.ptr -> f32
                  %v846 = llvm.load %v35 : !llvm.ptr -> f32
                  %v847 = llvm.load %v45 : !llvm.ptr -> f32
                  %v848 = llvm.load %v46 : !llvm.ptr -> f32
                  %v849 = llvm.load %v47 : !llvm.ptr -> f32
                  %v850 = llvm.load %v48 : !llvm.ptr -> f32
                  %v851 = arith.muli %v28, %v110 : i64
                  %v852 = arith.muli %v844, %size_N : i64
                  %v853 = arith.addi %v851, %v852 : i64
                  %v854 = arith.addi %v853, %v26 : i64
                  %v855 = llvm.getelementptr %dy_x_re_seq[%v854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v856 = llvm.load %v855 : !llvm.ptr -> f32
                  %v857 = llvm.load %v36 : !llvm.ptr -> f32
                  %v858 = arith.mulf %v857, %v845 fastmath<contract> : f32
                  %v859 = arith.addf %v856, %v858 fastmath<contract> : f32
                  %v860 = llvm.load %v38 : !llvm.ptr -> f32
                  %v861 = arith.mulf %v860, %v846 fastmath<contract> : f32
                  %v862 = arith.addf %v861, %v859 fastmath<contract> : f32
                  %v863 = arith.mulf %v847, %v857 fastmath<contract> : f32
                  %v864 = arith.mulf %v860, %v849 fastmath<contract> : f32
                  %v865 = arith.addf %v864, %v863 fastmath<contract> : f32
                  %v866 = arith.mulf %v848, %v857 fastmath<contract> : f32
                  %v867 = arith.mulf %v860, %v850 fastmath<contract> : f32
                  %v868 = arith.addf %v867, %v866 fastmath<contract> : f32
                  %v869 = arith.muli %v28, %v110 : i64
                  %v870 = arith.muli %v844, %size_N : i64
                  %v871 = arith.addi %v869, %v870 : i64
                  %v872 = arith.addi %v871, %v26 : i64
                  %v873 = llvm.getelementptr %dy_x_im_seq[%v872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v874 = llvm.load %v873 : !llvm.ptr -> f32
                  %v875 = llvm.load %v37 : !llvm.ptr -> f32
                  %v876 = arith.mulf %v875, %v846 fastmath<contract> : f32
                  %v877 = arith.addf %v874, %v876 fastmath<contract> : f32
                  %v878 = llvm.load %v39 : !llvm.ptr -> f32
                  %v879 = arith.mulf %v878, %v845 fastmath<contract> : f32
                  %v880 = arith.addf %v879, %v877 fastmath<contract> : f32
                  %v881 = arith.mulf %v849, %v875 fastmath<contract> : f32
                  %v882 = arith.mulf %v878, %v847 fastmath<contract> : f32
                  %v883 = arith.addf %v882, %v881 fastmath<contract> : f32
                  %v884 = arith.mulf %v850, %v875 fastmath<contract> : f32
                  %v885 = arith.mulf %v878, %v848 fastmath<contract> : f32
                  %v886 = arith.addf %v885, %v884 fastmath<contract> : f32
                  llvm.store %v862, %v34 : f32, !llvm.ptr
                  llvm.store %v865, %v45 : f32, !llvm.ptr
                  llvm.store %v868, %v46 : f32, !llvm.ptr
                  llvm.store %v880, %v35 : f32, !llvm.ptr
                  llvm.store %v883, %v47 : f32, !llvm.ptr
                  llvm.store %v886, %v48 : f32, !llvm.ptr
                  scf.if %v843 {
                  }
                  llvm.store %v170, %v36 : f32, !llvm.ptr
                  llvm.store %v178, %v38 : f32, !llvm.ptr
                  llvm.store %v170, %v37 : f32, !llvm.ptr
                  llvm.store %v179, %v39 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v23 {
        %v887 = llvm.load %v34 : !llvm.ptr -> f32
        %v888 = arith.muli %v19, %v2 : i64
        %v889 = arith.subi %v2, %v1 : i64
        %v890 = arith.minsi %v22, %v889 : i64
        %v891 = arith.addi %v888, %v890 : i64
        %v892 = llvm.getelementptr %segsum_x_re[%v891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v887, %v892 : f32, !llvm.ptr
        %v893 = llvm.load %v45 : !llvm.ptr -> f32
        %v894 = arith.addi %v6, %v19 : i64
        %v895 = arith.muli %v894, %v2 : i64
        %v896 = arith.subi %v2, %v1 : i64
        %v897 = arith.minsi %v22, %v896 : i64
        %v898 = arith.addi %v895, %v897 : i64
        %v899 = llvm.getelementptr %segsum_x_re[%v898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v893, %v899 : f32, !llvm.ptr
        %v900 = llvm.load %v46 : !llvm.ptr -> f32
        %v901 = arith.muli %v371, %v6 : i64
        %v902 = arith.addi %v901, %v19 : i64
        %v903 = arith.muli %v902, %v2 : i64
        %v904 = arith.subi %v2, %v1 : i64
        %v905 = arith.minsi %v22, %v904 : i64
        %v906 = arith.addi %v903, %v905 : i64
        %v907 = llvm.getelementptr %segsum_x_re[%v906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v900, %v907 : f32, !llvm.ptr
        %v908 = llvm.load %v36 : !llvm.ptr -> f32
        %v909 = arith.muli %v323, %v6 : i64
        %v910 = arith.addi %v909, %v19 : i64
        %v911 = arith.muli %v910, %v2 : i64
        %v912 = arith.subi %v2, %v1 : i64
        %v913 = arith.minsi %v22, %v912 : i64
        %v914 = arith.addi %v911, %v913 : i64
        %v915 = llvm.getelementptr %segsum_x_re[%v914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v908, %v915 : f32, !llvm.ptr
        %v916 = llvm.load %v38 : !llvm.ptr -> f32
        %v917 = arith.muli %v30, %v6 : i64
        %v918 = arith.addi %v917, %v19 : i64
        %v919 = arith.muli %v918, %v2 : i64
        %v920 = arith.subi %v2, %v1 : i64
        %v921 = arith.minsi %v22, %v920 : i64
        %v922 = arith.addi %v919, %v921 : i64
        %v923 = llvm.getelementptr %segsum_x_re[%v922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v916, %v923 : f32, !llvm.ptr
        %v924 = llvm.load %v35 : !llvm.ptr -> f32
        %v925 = arith.muli %v19, %v2 : i64
        %v926 = arith.subi %v2, %v1 : i64
        %v927 = arith.minsi %v22, %v926 : i64
        %v928 = arith.addi %v925, %v927 : i64
        %v929 = llvm.getelementptr %segsum_x_im[%v928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v924, %v929 : f32, !llvm.ptr
        %v930 = llvm.load %v47 : !llvm.ptr -> f32
        %v931 = arith.addi %v6, %v19 : i64
        %v932 = arith.muli %v931, %v2 : i64
        %v933 = arith.subi %v2, %v1 : i64
        %v934 = arith.minsi %v22, %v933 : i64
        %v935 = arith.addi %v932, %v934 : i64
        %v936 = llvm.getelementptr %segsum_x_im[%v935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v930, %v936 : f32, !llvm.ptr
        %v937 = llvm.load %v48 : !llvm.ptr -> f32
        %v938 = arith.muli %v371, %v6 : i64
        %v939 = arith.addi %v938, %v19 : i64
        %v940 = arith.muli %v939, %v2 : i64
        %v941 = arith.subi %v2, %v1 : i64
        %v942 = arith.minsi %v22, %v941 : i64
        %v943 = arith.addi %v940, %v942 : i64
        %v944 = llvm.getelementptr %segsum_x_im[%v943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v937, %v944 : f32, !llvm.ptr
        %v945 = llvm.load %v39 : !llvm.ptr -> f32
        %v946 = arith.muli %v323, %v6 : i64
        %v947 = arith.addi %v946, %v19 : i64
        %v948 = arith.muli %v947, %v2 : i64
        %v949 = arith.subi %v2, %v1 : i64
        %v950 = arith.minsi %v22, %v949 : i64
        %v951 = arith.addi %v948, %v950 : i64
        %v952 = llvm.getelementptr %segsum_x_im[%v951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v945, %v952 : f32, !llvm.ptr
        %v953 = llvm.load %v37 : !llvm.ptr -> f32
        %v954 = arith.muli %v30, %v6 : i64
        %v955 = arith.addi %v954, %v19 : i64
        %v956 = arith.muli %v955, %v2 : i64
        %v957 = arith.subi %v2, %v1 : i64
        %v958 = arith.minsi %v22, %v957 : i64
        %v959 = arith.addi %v956, %v958 : i64
        %v960 = llvm.getelementptr %segsum_x_im[%v959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v953, %v960 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
