module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @lru_bwd_sum(%in_nu_log: !llvm.ptr, %in_theta_log: !llvm.ptr, %in_sum0: !llvm.ptr, %in_sum1: !llvm.ptr, %dy_x_re_seq: !llvm.ptr, %dy_x_im_seq: !llvm.ptr, %ckpt_x_re: !llvm.ptr, %ckpt_x_im: !llvm.ptr, %scratch_x_re: !llvm.ptr, %scratch_x_im: !llvm.ptr, %segsum_x_re: !llvm.ptr, %segsum_x_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 3 : i32} {
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
      %v42 = arith.constant 0x00000000 : f32
      %v43 = arith.constant 0x3F800000 : f32
      %v44 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v48 = arith.constant 0 : i64
      %v50 = arith.constant 64 : i64
      %v51 = arith.constant 8 : i64
      %v52 = arith.constant 7 : i64
      %v53 = arith.constant 63 : i64
      %v95 = arith.constant 2147483647 : i64
      %v99 = arith.constant 7 : i32
      %v109 = arith.muli %size_N, %size_L : i64
      %v148 = arith.constant 0x3FB8AA3B : f32
      %v158 = arith.constant 0x3E22F983 : f32
      %v161 = arith.constant 0x40C90000 : f32
      %v162 = arith.constant 0x3AFDAA22 : f32
      %v178 = arith.constant 6 : i64
      %v180 = arith.constant 6 : i32
      %v226 = arith.constant 5 : i64
      %v228 = arith.constant 5 : i32
      %v275 = arith.constant 4 : i32
      %v321 = arith.constant 3 : i64
      %v323 = arith.constant 3 : i32
      %v369 = arith.constant 2 : i64
      %v371 = arith.constant 2 : i32
      %v418 = arith.constant 1 : i32
      %v464 = arith.constant 0 : i32
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
      %v146 = llvm.getelementptr %in_nu_log[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v147 = llvm.load %v146 : !llvm.ptr -> f32
      %v149 = arith.mulf %v147, %v148 fastmath<contract> : f32
      %v150 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v149) : (f32) -> f32
      %v151 = arith.negf %v150 : f32
      %v152 = arith.mulf %v151, %v148 fastmath<contract> : f32
      %v153 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v152) : (f32) -> f32
      %v154 = llvm.getelementptr %in_theta_log[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v155 = llvm.load %v154 : !llvm.ptr -> f32
      %v156 = arith.mulf %v155, %v148 fastmath<contract> : f32
      %v157 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v156) : (f32) -> f32
      %v159 = arith.mulf %v157, %v158 fastmath<contract> : f32
      %v160 = llvm.call_intrinsic "llvm.roundeven.f32"(%v159) : (f32) -> f32
      %v163 = arith.mulf %v160, %v161 fastmath<contract> : f32
      %v164 = arith.subf %v157, %v163 fastmath<contract> : f32
      %v165 = arith.mulf %v160, %v162 fastmath<contract> : f32
      %v166 = arith.subf %v164, %v165 fastmath<contract> : f32
      %v167 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v166) : (f32) -> f32
      %v168 = arith.mulf %v153, %v167 fastmath<contract> : f32
      %v169 = arith.mulf %v157, %v158 fastmath<contract> : f32
      %v170 = llvm.call_intrinsic "llvm.roundeven.f32"(%v169) : (f32) -> f32
      %v171 = arith.mulf %v170, %v161 fastmath<contract> : f32
      %v172 = arith.subf %v157, %v171 fastmath<contract> : f32
      %v173 = arith.mulf %v170, %v162 fastmath<contract> : f32
      %v174 = arith.subf %v172, %v173 fastmath<contract> : f32
      %v175 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v174) : (f32) -> f32
      %v176 = arith.mulf %v153, %v175 fastmath<contract> : f32
      %v177 = arith.negf %v176 : f32
      %v31 = arith.muli %v19, %v30 : i64
      %v32 = arith.addi %v31, %v30 : i64
      %v33 = arith.muli %v19, %v2 : i64
      llvm.store %v42, %v34 : f32, !llvm.ptr
      llvm.store %v42, %v35 : f32, !llvm.ptr
      llvm.store %v43, %v36 : f32, !llvm.ptr
      llvm.store %v43, %v37 : f32, !llvm.ptr
      llvm.store %v42, %v38 : f32, !llvm.ptr
      llvm.store %v42, %v39 : f32, !llvm.ptr
      llvm.store %v42, %v40 : f32, !llvm.ptr
      llvm.store %v42, %v41 : f32, !llvm.ptr
      llvm.store %v43, %v44 : f32, !llvm.ptr
      llvm.store %v42, %v45 : f32, !llvm.ptr
      llvm.store %v42, %v46 : f32, !llvm.ptr
      llvm.store %v43, %v47 : f32, !llvm.ptr
      %v49 = arith.cmpi eq, %size_L, %v48 : i64
      scf.if %v49 {
        llvm.store %v42, %v11 : f32, !llvm.ptr
        llvm.store %v42, %v12 : f32, !llvm.ptr
      }
      %v54 = arith.addi %size_L, %v53 : i64
      %v55 = arith.divui %v54, %v50 : i64
      %v56 = arith.minsi %v32, %v55 : i64
      %v57 = arith.muli %v19, %v51 : i64
      %v58 = arith.subi %v56, %v31 : i64
      %v59 = arith.maxsi %v58, %v48 : i64
      %v60 = arith.index_cast %v48 : i64 to index
      %v61 = arith.index_cast %v59 : i64 to index
      %v62 = arith.index_cast %v1 : i64 to index
      scf.for %v63 = %v60 to %v61 step %v62 {
        %v64 = arith.index_cast %v63 : index to i64
        %v65 = arith.subi %v56, %v1 : i64
        %v66 = arith.subi %v65, %v64 : i64
        %v67 = arith.muli %v66, %v50 : i64
        %v68 = arith.subi %size_L, %v67 : i64
        %v69 = arith.minsi %v68, %v50 : i64
        %v70 = arith.addi %v69, %v52 : i64
        %v71 = arith.divui %v70, %v51 : i64
        %v72 = arith.index_cast %v48 : i64 to index
        %v73 = arith.index_cast %v1 : i64 to index
        %v74 = arith.index_cast %v1 : i64 to index
        scf.for %v75 = %v72 to %v73 step %v74 {
          %v76 = arith.index_cast %v75 : index to i64
          %v77 = arith.index_cast %v48 : i64 to index
          %v78 = arith.index_cast %v71 : i64 to index
          %v79 = arith.index_cast %v1 : i64 to index
          scf.for %v80 = %v77 to %v78 step %v79 {
            %v81 = arith.index_cast %v80 : index to i64
            %v82 = arith.cmpi slt, %v81, %v71 : i64
            scf.if %v82 {
              %v83 = arith.subi %v71, %v1 : i64
              %v84 = arith.subi %v83, %v81 : i64
              %v85 = arith.muli %v84, %v51 : i64
              %v86 = arith.addi %v57, %v84 : i64
              %v87 = arith.addi %v85, %v51 : i64
              %v88 = arith.cmpi sle, %v87, %v69 : i64
              scf.if %v88 {
                %v89 = arith.subi %v69, %v1 : i64
                // the group's states, recomputed into registers
                %v90 = arith.subi %v69, %v85 : i64
                %v91 = arith.trunci %v90 : i64 to i32
                %v92 = arith.subi %size_L, %v1 : i64
                %v93 = arith.addi %v67, %v85 : i64
                %v94 = arith.subi %v92, %v93 : i64
                %v96 = arith.minsi %v94, %v95 : i64
                %v97 = arith.trunci %v96 : i64 to i32
                %v98 = arith.addi %v85, %v52 : i64
                %v100 = arith.cmpi slt, %v99, %v91 : i32
                %v101 = arith.cmpi eq, %v99, %v97 : i32
                %v102 = arith.addi %v67, %v98 : i64
                %v103 = llvm.load %v34 : !llvm.ptr -> f32
                %v104 = llvm.load %v35 : !llvm.ptr -> f32
                %v105 = llvm.load %v44 : !llvm.ptr -> f32
                %v106 = llvm.load %v45 : !llvm.ptr -> f32
                %v107 = llvm.load %v46 : !llvm.ptr -> f32
                %v108 = llvm.load %v47 : !llvm.ptr -> f32
                %v110 = arith.muli %v28, %v109 : i64
                %v111 = arith.muli %v102, %size_N : i64
                %v112 = arith.addi %v110, %v111 : i64
                %v113 = arith.addi %v112, %v26 : i64
                %v114 = llvm.getelementptr %dy_x_re_seq[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v115 = llvm.load %v114 : !llvm.ptr -> f32
                %v116 = llvm.load %v36 : !llvm.ptr -> f32
                %v117 = arith.mulf %v116, %v103 fastmath<contract> : f32
                %v118 = arith.addf %v115, %v117 fastmath<contract> : f32
                %v119 = llvm.load %v38 : !llvm.ptr -> f32
                %v120 = arith.mulf %v119, %v104 fastmath<contract> : f32
                %v121 = arith.addf %v120, %v118 fastmath<contract> : f32
                %v122 = arith.mulf %v105, %v116 fastmath<contract> : f32
                %v123 = arith.mulf %v119, %v107 fastmath<contract> : f32
                %v124 = arith.addf %v123, %v122 fastmath<contract> : f32
                %v125 = arith.mulf %v106, %v116 fastmath<contract> : f32
                %v126 = arith.mulf %v119, %v108 fastmath<contract> : f32
                %v127 = arith.addf %v126, %v125 fastmath<contract> : f32
                %v128 = arith.muli %v28, %v109 : i64
                %v129 = arith.muli %v102, %size_N : i64
                %v130 = arith.addi %v128, %v129 : i64
                %v131 = arith.addi %v130, %v26 : i64
                %v132 = llvm.getelementptr %dy_x_im_seq[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v133 = llvm.load %v132 : !llvm.ptr -> f32
                %v134 = llvm.load %v37 : !llvm.ptr -> f32
                %v135 = arith.mulf %v134, %v104 fastmath<contract> : f32
                %v136 = arith.addf %v133, %v135 fastmath<contract> : f32
                %v137 = llvm.load %v39 : !llvm.ptr -> f32
                %v138 = arith.mulf %v137, %v103 fastmath<contract> : f32
                %v139 = arith.addf %v138, %v136 fastmath<contract> : f32
                %v140 = arith.mulf %v107, %v134 fastmath<contract> : f32
                %v141 = arith.mulf %v137, %v105 fastmath<contract> : f32
                %v142 = arith.addf %v141, %v140 fastmath<contract> : f32
                %v143 = arith.mulf %v108, %v134 fastmath<contract> : f32
                %v144 = arith.mulf %v137, %v106 fastmath<contract> : f32
                %v145 = arith.addf %v144, %v143 fastmath<contract> : f32
                llvm.store %v121, %v34 : f32, !llvm.ptr
                llvm.store %v124, %v44 : f32, !llvm.ptr
                llvm.store %v127, %v45 : f32, !llvm.ptr
                llvm.store %v139, %v35 : f32, !llvm.ptr
                llvm.store %v142, %v46 : f32, !llvm.ptr
                llvm.store %v145, %v47 : f32, !llvm.ptr
                scf.if %v101 {
                }
                llvm.store %v168, %v36 : f32, !llvm.ptr
                llvm.store %v176, %v38 : f32, !llvm.ptr
                llvm.store %v168, %v37 : f32, !llvm.ptr
                llvm.store %v177, %v39 : f32, !llvm.ptr
                %v179 = arith.addi %v85, %v178 : i64
                %v181 = arith.cmpi slt, %v180, %v91 : i32
                %v182 = arith.cmpi eq, %v180, %v97 : i32
                %v183 = arith.addi %v67, %v179 : i64
                %v184 = llvm.load %v34 : !llvm.ptr -> f32
                %v185 = llvm.load %v35 : !llvm.ptr -> f32
                %v186 = llvm.load %v44 : !llvm.ptr -> f32
                %v187 = llvm.load %v45 : !llvm.ptr -> f32
                %v188 = llvm.load %v46 : !llvm.ptr -> f32
                %v189 = llvm.load %v47 : !llvm.ptr -> f32
                %v190 = arith.muli %v28, %v109 : i64
                %v191 = arith.muli %v183, %size_N : i64
                %v192 = arith.addi %v190, %v191 : i64
                %v193 = arith.addi %v192, %v26 : i64
                %v194 = llvm.getelementptr %dy_x_re_seq[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v195 = llvm.load %v194 : !llvm.ptr -> f32
                %v196 = llvm.load %v36 : !llvm.ptr -> f32
                %v197 = arith.mulf %v196, %v184 fastmath<contract> : f32
                %v198 = arith.addf %v195, %v197 fastmath<contract> : f32
                %v199 = llvm.load %v38 : !llvm.ptr -> f32
                %v200 = arith.mulf %v199, %v185 fastmath<contract> : f32
                %v201 = arith.addf %v200, %v198 fastmath<contract> : f32
                %v202 = arith.mulf %v186, %v196 fastmath<contract> : f32
                %v203 = arith.mulf %v199, %v188 fastmath<contract> : f32
                %v204 = arith.addf %v203, %v202 fastmath<contract> : f32
                %v205 = arith.mulf %v187, %v196 fastmath<contract> : f32
                %v206 = arith.mulf %v199, %v189 fastmath<contract> : f32
                %v207 = arith.addf %v206, %v205 fastmath<contract> : f32
                %v208 = arith.muli %v28, %v109 : i64
                %v209 = arith.muli %v183, %size_N : i64
                %v210 = arith.addi %v208, %v209 : i64
                %v211 = arith.addi %v210, %v26 : i64
                %v212 = llvm.getelementptr %dy_x_im_seq[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v213 = llvm.load %v212 : !llvm.ptr -> f32
                %v214 = llvm.load %v37 : !llvm.ptr -> f32
                %v215 = arith.mulf %v214, %v185 fastmath<contract> : f32
                %v216 = arith.addf %v213, %v215 fastmath<contract> : f32
                %v217 = llvm.load %v39 : !llvm.ptr -> f32
                %v218 = arith.mulf %v217, %v184 fastmath<contract> : f32
                %v219 = arith.addf %v218, %v216 fastmath<contract> : f32
                %v220 = arith.mulf %v188, %v214 fastmath<contract> : f32
                %v221 = arith.mulf %v217, %v186 fastmath<contract> : f32
                %v222 = arith.addf %v221, %v220 fastmath<contract> : f32
                %v223 = arith.mulf %v189, %v214 fastmath<contract> : f32
                %v224 = arith.mulf %v217, %v187 fastmath<contract> : f32
                %v225 = arith.addf %v224, %v223 fastmath<contract> : f32
                llvm.store %v201, %v34 : f32, !llvm.ptr
                llvm.store %v204, %v44 : f32, !llvm.ptr
                llvm.store %v207, %v45 : f32, !llvm.ptr
                llvm.store %v219, %v35 : f32, !llvm.ptr
                llvm.store %v222, %v46 : f32, !llvm.ptr
                llvm.store %v225, %v47 : f32, !llvm.ptr
                scf.if %v182 {
                }
                llvm.store %v168, %v36 : f32, !llvm.ptr
                llvm.store %v176, %v38 : f32, !llvm.ptr
                llvm.store %v168, %v37 : f32, !llvm.ptr
                llvm.store %v177, %v39 : f32, !llvm.ptr
                %v227 = arith.addi %v85, %v226 : i64
                %v229 = arith.cmpi slt, %v228, %v91 : i32
                %v230 = arith.cmpi eq, %v228, %v97 : i32
                %v231 = arith.addi %v67, %v227 : i64
                %v232 = llvm.load %v34 : !llvm.ptr -> f32
                %v233 = llvm.load %v35 : !llvm.ptr -> f32
                %v234 = llvm.load %v44 : !llvm.ptr -> f32
                %v235 = llvm.load %v45 : !llvm.ptr -> f32
                %v236 = llvm.load %v46 : !llvm.ptr -> f32
                %v237 = llvm.load %v47 : !llvm.ptr -> f32
                %v238 = arith.muli %v28, %v109 : i64
                %v239 = arith.muli %v231, %size_N : i64
                %v240 = arith.addi %v238, %v239 : i64
                %v241 = arith.addi %v240, %v26 : i64
                %v242 = llvm.getelementptr %dy_x_re_seq[%v241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v243 = llvm.load %v242 : !llvm.ptr -> f32
                %v244 = llvm.load %v36 : !llvm.ptr -> f32
                %v245 = arith.mulf %v244, %v232 fastmath<contract> : f32
                %v246 = arith.addf %v243, %v245 fastmath<contract> : f32
                %v247 = llvm.load %v38 : !llvm.ptr -> f32
                %v248 = arith.mulf %v247, %v233 fastmath<contract> : f32
                %v249 = arith.addf %v248, %v246 fastmath<contract> : f32
                %v250 = arith.mulf %v234, %v244 fastmath<contract> : f32
                %v251 = arith.mulf %v247, %v236 fastmath<contract> : f32
                %v252 = arith.addf %v251, %v250 fastmath<contract> : f32
                %v253 = arith.mulf %v235, %v244 fastmath<contract> : f32
                %v254 = arith.mulf %v247, %v237 fastmath<contract> : f32
                %v255 = arith.addf %v254, %v253 fastmath<contract> : f32
                %v256 = arith.muli %v28, %v109 : i64
                %v257 = arith.muli %v231, %size_N : i64
                %v258 = arith.addi %v256, %v257 : i64
                %v259 = arith.addi %v258, %v26 : i64
                %v260 = llvm.getelementptr %dy_x_im_seq[%v259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v261 = llvm.load %v260 : !llvm.ptr -> f32
                %v262 = llvm.load %v37 : !llvm.ptr -> f32
                %v263 = arith.mulf %v262, %v233 fastmath<contract> : f32
                %v264 = arith.addf %v261, %v263 fastmath<contract> : f32
                %v265 = llvm.load %v39 : !llvm.ptr -> f32
                %v266 = arith.mulf %v265, %v232 fastmath<contract> : f32
                %v267 = arith.addf %v266, %v264 fastmath<contract> : f32
                %v268 = arith.mulf %v236, %v262 fastmath<contract> : f32
                %v269 = arith.mulf %v265, %v234 fastmath<contract> : f32
                %v270 = arith.addf %v269, %v268 fastmath<contract> : f32
                %v271 = arith.mulf %v237, %v262 fastmath<contract> : f32
                %v272 = arith.mulf %v265, %v235 fastmath<contract> : f32
                %v273 = arith.addf %v272, %v271 fastmath<contract> : f32
                llvm.store %v249, %v34 : f32, !llvm.ptr
                llvm.store %v252, %v44 : f32, !llvm.ptr
                llvm.store %v255, %v45 : f32, !llvm.ptr
                llvm.store %v267, %v35 : f32, !llvm.ptr
                llvm.store %v270, %v46 : f32, !llvm.ptr
                llvm.store %v273, %v47 : f32, !llvm.ptr
                scf.if %v230 {
                }
                llvm.store %v168, %v36 : f32, !llvm.ptr
                llvm.store %v176, %v38 : f32, !llvm.ptr
                llvm.store %v168, %v37 : f32, !llvm.ptr
                llvm.store %v177, %v39 : f32, !llvm.ptr
                %v274 = arith.addi %v85, %v30 : i64
                %v276 = arith.cmpi slt, %v275, %v91 : i32
                %v277 = arith.cmpi eq, %v275, %v97 : i32
                %v278 = arith.addi %v67, %v274 : i64
                %v279 = llvm.load %v34 : !llvm.ptr -> f32
                %v280 = llvm.load %v35 : !llvm.ptr -> f32
                %v281 = llvm.load %v44 : !llvm.ptr -> f32
                %v282 = llvm.load %v45 : !llvm.ptr -> f32
                %v283 = llvm.load %v46 : !llvm.ptr -> f32
                %v284 = llvm.load %v47 : !llvm.ptr -> f32
                %v285 = arith.muli %v28, %v109 : i64
                %v286 = arith.muli %v278, %size_N : i64
                %v287 = arith.addi %v285, %v286 : i64
                %v288 = arith.addi %v287, %v26 : i64
                %v289 = llvm.getelementptr %dy_x_re_seq[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v290 = llvm.load %v289 : !llvm.ptr -> f32
                %v291 = llvm.load %v36 : !llvm.ptr -> f32
                %v292 = arith.mulf %v291, %v279 fastmath<contract> : f32
                %v293 = arith.addf %v290, %v292 fastmath<contract> : f32
                %v294 = llvm.load %v38 : !llvm.ptr -> f32
                %v295 = arith.mulf %v294, %v280 fastmath<contract> : f32
                %v296 = arith.addf %v295, %v293 fastmath<contract> : f32
                %v297 = arith.mulf %v281, %v291 fastmath<contract> : f32
                %v298 = arith.mulf %v294, %v283 fastmath<contract> : f32
                %v299 = arith.addf %v298, %v297 fastmath<contract> : f32
                %v300 = arith.mulf %v282, %v291 fastmath<contract> : f32
                %v301 = arith.mulf %v294, %v284 fastmath<contract> : f32
                %v302 = arith.addf %v301, %v300 fastmath<contract> : f32
                %v303 = arith.muli %v28, %v109 : i64
                %v304 = arith.muli %v278, %size_N : i64
                %v305 = arith.addi %v303, %v304 : i64
                %v306 = arith.addi %v305, %v26 : i64
                %v307 = llvm.getelementptr %dy_x_im_seq[%v306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v308 = llvm.load %v307 : !llvm.ptr -> f32
                %v309 = llvm.load %v37 : !llvm.ptr -> f32
                %v310 = arith.mulf %v309, %v280 fastmath<contract> : f32
                %v311 = arith.addf %v308, %v310 fastmath<contract> : f32
                %v312 = llvm.load %v39 : !llvm.ptr -> f32
                %v313 = arith.mulf %v312, %v279 fastmath<contract> : f32
                %v314 = arith.addf %v313, %v311 fastmath<contract> : f32
                %v315 = arith.mulf %v283, %v309 fastmath<contract> : f32
                %v316 = arith.mulf %v312, %v281 fastmath<contract> : f32
                %v317 = arith.addf %v316, %v315 fastmath<contract> : f32
                %v318 = arith.mulf %v284, %v309 fastmath<contract> : f32
                %v319 = arith.mulf %v312, %v282 fastmath<contract> : f32
                %v320 = arith.addf %v319, %v318 fastmath<contract> : f32
                llvm.store %v296, %v34 : f32, !llvm.ptr
                llvm.store %v299, %v44 : f32, !llvm.ptr
                llvm.store %v302, %v45 : f32, !llvm.ptr
                llvm.store %v314, %v35 : f32, !llvm.ptr
                llvm.store %v317, %v46 : f32, !llvm.ptr
                llvm.store %v320, %v47 : f32, !llvm.ptr
                scf.if %v277 {
                }
                llvm.store %v168, %v36 : f32, !llvm.ptr
                llvm.store %v176, %v38 : f32, !llvm.ptr
                llvm.store %v168, %v37 : f32, !llvm.ptr
                llvm.store %v177, %v39 : f32, !llvm.ptr
                %v322 = arith.addi %v85, %v321 : i64
                %v324 = arith.cmpi slt, %v323, %v91 : i32
                %v325 = arith.cmpi eq, %v323, %v97 : i32
                %v326 = arith.addi %v67, %v322 : i64
                %v327 = llvm.load %v34 : !llvm.ptr -> f32
                %v328 = llvm.load %v35 : !llvm.ptr -> f32
                %v329 = llvm.load %v44 : !llvm.ptr -> f32
                %v330 = llvm.load %v45 : !llvm.ptr -> f32
                %v331 = llvm.load %v46 : !llvm.ptr -> f32
                %v332 = llvm.load %v47 : !llvm.ptr -> f32
                %v333 = arith.muli %v28, %v109 : i64
                %v334 = arith.muli %v326, %size_N : i64
                %v335 = arith.addi %v333, %v334 : i64
                %v336 = arith.addi %v335, %v26 : i64
                %v337 = llvm.getelementptr %dy_x_re_seq[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v338 = llvm.load %v337 : !llvm.ptr -> f32
                %v339 = llvm.load %v36 : !llvm.ptr -> f32
                %v340 = arith.mulf %v339, %v327 fastmath<contract> : f32
                %v341 = arith.addf %v338, %v340 fastmath<contract> : f32
                %v342 = llvm.load %v38 : !llvm.ptr -> f32
                %v343 = arith.mulf %v342, %v328 fastmath<contract> : f32
                %v344 = arith.addf %v343, %v341 fastmath<contract> : f32
                %v345 = arith.mulf %v329, %v339 fastmath<contract> : f32
                %v346 = arith.mulf %v342, %v331 fastmath<contract> : f32
                %v347 = arith.addf %v346, %v345 fastmath<contract> : f32
                %v348 = arith.mulf %v330, %v339 fastmath<contract> : f32
                %v349 = arith.mulf %v342, %v332 fastmath<contract> : f32
                %v350 = arith.addf %v349, %v348 fastmath<contract> : f32
                %v351 = arith.muli %v28, %v109 : i64
                %v352 = arith.muli %v326, %size_N : i64
                %v353 = arith.addi %v351, %v352 : i64
                %v354 = arith.addi %v353, %v26 : i64
                %v355 = llvm.getelementptr %dy_x_im_seq[%v354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v356 = llvm.load %v355 : !llvm.ptr -> f32
                %v357 = llvm.load %v37 : !llvm.ptr -> f32
                %v358 = arith.mulf %v357, %v328 fastmath<contract> : f32
                %v359 = arith.addf %v356, %v358 fastmath<contract> : f32
                %v360 = llvm.load %v39 : !llvm.ptr -> f32
                %v361 = arith.mulf %v360, %v327 fastmath<contract> : f32
                %v362 = arith.addf %v361, %v359 fastmath<contract> : f32
                %v363 = arith.mulf %v331, %v357 fastmath<contract> : f32
                %v364 = arith.mulf %v360, %v329 fastmath<contract> : f32
                %v365 = arith.addf %v364, %v363 fastmath<contract> : f32
                %v366 = arith.mulf %v332, %v357 fastmath<contract> : f32
                %v367 = arith.mulf %v360, %v330 fastmath<contract> : f32
                %v368 = arith.addf %v367, %v366 fastmath<contract> : f32
                llvm.store %v344, %v34 : f32, !llvm.ptr
                llvm.store %v347, %v44 : f32, !llvm.ptr
                llvm.store %v350, %v45 : f32, !llvm.ptr
                llvm.store %v362, %v35 : f32, !llvm.ptr
                llvm.store %v365, %v46 : f32, !llvm.ptr
                llvm.store %v368, %v47 : f32, !llvm.ptr
                scf.if %v325 {
                }
                llvm.store %v168, %v36 : f32, !llvm.ptr
                llvm.store %v176, %v38 : f32, !llvm.ptr
                llvm.store %v168, %v37 : f32, !llvm.ptr
                llvm.store %v177, %v39 : f32, !llvm.ptr
                %v370 = arith.addi %v85, %v369 : i64
                %v372 = arith.cmpi slt, %v371, %v91 : i32
                %v373 = arith.cmpi eq, %v371, %v97 : i32
                %v374 = arith.addi %v67, %v370 : i64
                %v375 = llvm.load %v34 : !llvm.ptr -> f32
                %v376 = llvm.load %v35 : !llvm.ptr -> f32
                %v377 = llvm.load %v44 : !llvm.ptr -> f32
                %v378 = llvm.load %v45 : !llvm.ptr -> f32
                %v379 = llvm.load %v46 : !llvm.ptr -> f32
                %v380 = llvm.load %v47 : !llvm.ptr -> f32
                %v381 = arith.muli %v28, %v109 : i64
                %v382 = arith.muli %v374, %size_N : i64
                %v383 = arith.addi %v381, %v382 : i64
                %v384 = arith.addi %v383, %v26 : i64
                %v385 = llvm.getelementptr %dy_x_re_seq[%v384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v386 = llvm.load %v385 : !llvm.ptr -> f32
                %v387 = llvm.load %v36 : !llvm.ptr -> f32
                %v388 = arith.mulf %v387, %v375 fastmath<contract> : f32
                %v389 = arith.addf %v386, %v388 fastmath<contract> : f32
                %v390 = llvm.load %v38 : !llvm.ptr -> f32
                %v391 = arith.mulf %v390, %v376 fastmath<contract> : f32
                %v392 = arith.addf %v391, %v389 fastmath<contract> : f32
                %v393 = arith.mulf %v377, %v387 fastmath<contract> : f32
                %v394 = arith.mulf %v390, %v379 fastmath<contract> : f32
                %v395 = arith.addf %v394, %v393 fastmath<contract> : f32
                %v396 = arith.mulf %v378, %v387 fastmath<contract> : f32
                %v397 = arith.mulf %v390, %v380 fastmath<contract> : f32
                %v398 = arith.addf %v397, %v396 fastmath<contract> : f32
                %v399 = arith.muli %v28, %v109 : i64
                %v400 = arith.muli %v374, %size_N : i64
                %v401 = arith.addi %v399, %v400 : i64
                %v402 = arith.addi %v401, %v26 : i64
                %v403 = llvm.getelementptr %dy_x_im_seq[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v404 = llvm.load %v403 : !llvm.ptr -> f32
                %v405 = llvm.load %v37 : !llvm.ptr -> f32
                %v406 = arith.mulf %v405, %v376 fastmath<contract> : f32
                %v407 = arith.addf %v404, %v406 fastmath<contract> : f32
                %v408 = llvm.load %v39 : !llvm.ptr -> f32
                %v409 = arith.mulf %v408, %v375 fastmath<contract> : f32
                %v410 = arith.addf %v409, %v407 fastmath<contract> : f32
                %v411 = arith.mulf %v379, %v405 fastmath<contract> : f32
                %v412 = arith.mulf %v408, %v377 fastmath<contract> : f32
                %v413 = arith.addf %v412, %v411 fastmath<contract> : f32
                %v414 = arith.mulf %v380, %v405 fastmath<contract> : f32
                %v415 = arith.mulf %v408, %v378 fastmath<contract> : f32
                %v416 = arith.addf %v415, %v414 fastmath<contract> : f32
                llvm.store %v392, %v34 : f32, !llvm.ptr
                llvm.store %v395, %v44 : f32, !llvm.ptr
                llvm.store %v398, %v45 : f32, !llvm.ptr
                llvm.store %v410, %v35 : f32, !llvm.ptr
                llvm.store %v413, %v46 : f32, !llvm.ptr
                llvm.store %v416, %v47 : f32, !llvm.ptr
                scf.if %v373 {
                }
                llvm.store %v168, %v36 : f32, !llvm.ptr
                llvm.store %v176, %v38 : f32, !llvm.ptr
                llvm.store %v168, %v37 : f32, !llvm.ptr
                llvm.store %v177, %v39 : f32, !llvm.ptr
                %v417 = arith.addi %v85, %v1 : i64
                %v419 = arith.cmpi slt, %v418, %v91 : i32
                %v420 = arith.cmpi eq, %v418, %v97 : i32
                %v421 = arith.addi %v67, %v417 : i64
                %v422 = llvm.load %v34 : !llvm.ptr -> f32
                %v423 = llvm.load %v35 : !llvm.ptr -> f32
                %v424 = llvm.load %v44 : !llvm.ptr -> f32
                %v425 = llvm.load %v45 : !llvm.ptr -> f32
                %v426 = llvm.load %v46 : !llvm.ptr -> f32
                %v427 = llvm.load %v47 : !llvm.ptr -> f32
                %v428 = arith.muli %v28, %v109 : i64
                %v429 = arith.muli %v421, %size_N : i64
                %v430 = arith.addi %v428, %v429 : i64
                %v431 = arith.addi %v430, %v26 : i64
                %v432 = llvm.getelementptr %dy_x_re_seq[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v433 = llvm.load %v432 : !llvm.ptr -> f32
                %v434 = llvm.load %v36 : !llvm.ptr -> f32
                %v435 = arith.mulf %v434, %v422 fastmath<contract> : f32
                %v436 = arith.addf %v433, %v435 fastmath<contract> : f32
                %v437 = llvm.load %v38 : !llvm.ptr -> f32
                %v438 = arith.mulf %v437, %v423 fastmath<contract> : f32
                %v439 = arith.addf %v438, %v436 fastmath<contract> : f32
                %v440 = arith.mulf %v424, %v434 fastmath<contract> : f32
                %v441 = arith.mulf %v437, %v426 fastmath<contract> : f32
                %v442 = arith.addf %v441, %v440 fastmath<contract> : f32
                %v443 = arith.mulf %v425, %v434 fastmath<contract> : f32
                %v444 = arith.mulf %v437, %v427 fastmath<contract> : f32
                %v445 = arith.addf %v444, %v443 fastmath<contract> : f32
                %v446 = arith.muli %v28, %v109 : i64
                %v447 = arith.muli %v421, %size_N : i64
                %v448 = arith.addi %v446, %v447 : i64
                %v449 = arith.addi %v448, %v26 : i64
                %v450 = llvm.getelementptr %dy_x_im_seq[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v451 = llvm.load %v450 : !llvm.ptr -> f32
                %v452 = llvm.load %v37 : !llvm.ptr -> f32
                %v453 = arith.mulf %v452, %v423 fastmath<contract> : f32
                %v454 = arith.addf %v451, %v453 fastmath<contract> : f32
                %v455 = llvm.load %v39 : !llvm.ptr -> f32
                %v456 = arith.mulf %v455, %v422 fastmath<contract> : f32
                %v457 = arith.addf %v456, %v454 fastmath<contract> : f32
                %v458 = arith.mulf %v426, %v452 fastmath<contract> : f32
                %v459 = arith.mulf %v455, %v424 fastmath<contract> : f32
                %v460 = arith.addf %v459, %v458 fastmath<contract> : f32
                %v461 = arith.mulf %v427, %v452 fastmath<contract> : f32
                %v462 = arith.mulf %v455, %v425 fastmath<contract> : f32
                %v463 = arith.addf %v462, %v461 fastmath<contract> : f32
                llvm.store %v439, %v34 : f32, !llvm.ptr
                llvm.store %v442, %v44 : f32, !llvm.ptr
                llvm.store %v445, %v45 : f32, !llvm.ptr
                llvm.store %v457, %v35 : f32, !llvm.ptr
                llvm.store %v460, %v46 : f32, !llvm.ptr
                llvm.store %v463, %v47 : f32, !llvm.ptr
                scf.if %v420 {
                }
                llvm.store %v168, %v36 : f32, !llvm.ptr
                llvm.store %v176, %v38 : f32, !llvm.ptr
                llvm.store %v168, %v37 : f32, !llvm.ptr
                llvm.store %v177, %v39 : f32, !llvm.ptr
                %v465 = arith.cmpi slt, %v464, %v91 : i32
                %v466 = arith.cmpi eq, %v464, %v97 : i32
                %v467 = arith.addi %v67, %v85 : i64
                %v468 = llvm.load %v34 : !llvm.ptr -> f32
                %v469 = llvm.load %v35 : !llvm.ptr -> f32
                %v470 = llvm.load %v44 : !llvm.ptr -> f32
                %v471 = llvm.load %v45 : !llvm.ptr -> f32
                %v472 = llvm.load %v46 : !llvm.ptr -> f32
                %v473 = llvm.load %v47 : !llvm.ptr -> f32
                %v474 = arith.muli %v28, %v109 : i64
                %v475 = arith.muli %v467, %size_N : i64
                %v476 = arith.addi %v474, %v475 : i64
                %v477 = arith.addi %v476, %v26 : i64
                %v478 = llvm.getelementptr %dy_x_re_seq[%v477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v479 = llvm.load %v478 : !llvm.ptr -> f32
                %v480 = llvm.load %v36 : !llvm.ptr -> f32
                %v481 = arith.mulf %v480, %v468 fastmath<contract> : f32
                %v482 = arith.addf %v479, %v481 fastmath<contract> : f32
                %v483 = llvm.load %v38 : !llvm.ptr -> f32
                %v484 = arith.mulf %v483, %v469 fastmath<contract> : f32
                %v485 = arith.addf %v484, %v482 fastmath<contract> : f32
                %v486 = arith.mulf %v470, %v480 fastmath<contract> : f32
                %v487 = arith.mulf %v483, %v472 fastmath<contract> : f32
                %v488 = arith.addf %v487, %v486 fastmath<contract> : f32
                %v489 = arith.mulf %v471, %v480 fastmath<contract> : f32
                %v490 = arith.mulf %v483, %v473 fastmath<contract> : f32
                %v491 = arith.addf %v490, %v489 fastmath<contract> : f32
                %v492 = arith.muli %v28, %v109 : i64
                %v493 = arith.muli %v467, %size_N : i64
                %v494 = arith.addi %v492, %v493 : i64
                %v495 = arith.addi %v494, %v26 : i64
                %v496 = llvm.getelementptr %dy_x_im_seq[%v495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v497 = llvm.load %v496 : !llvm.ptr -> f32
                %v498 = llvm.load %v37 : !llvm.ptr -> f32
                %v499 = arith.mulf %v498, %v469 fastmath<contract> : f32
                %v500 = arith.addf %v497, %v499 fastmath<contract> : f32
                %v501 = llvm.load %v39 : !llvm.ptr -> f32
                %v502 = arith.mulf %v501, %v468 fastmath<contract> : f32
                %v503 = arith.addf %v502, %v500 fastmath<contract> : f32
                %v504 = arith.mulf %v472, %v498 fastmath<contract> : f32
                %v505 = arith.mulf %v501, %v470 fastmath<contract> : f32
                %v506 = arith.addf %v505, %v504 fastmath<contract> : f32
                %v507 = arith.mulf %v473, %v498 fastmath<contract> : f32
                %v508 = arith.mulf %v501, %v471 fastmath<contract> : f32
                %v509 = arith.addf %v508, %v507 fastmath<contract> : f32
                llvm.store %v485, %v34 : f32, !llvm.ptr
                llvm.store %v488, %v44 : f32, !llvm.ptr
                llvm.store %v491, %v45 : f32, !llvm.ptr
                llvm.store %v503, %v35 : f32, !llvm.ptr
                llvm.store %v506, %v46 : f32, !llvm.ptr
                llvm.store %v509, %v47 : f32, !llvm.ptr
                scf.if %v466 {
                }
                llvm.store %v168, %v36 : f32, !llvm.ptr
                llvm.store %v176, %v38 : f32, !llvm.ptr
                llvm.store %v168, %v37 : f32, !llvm.ptr
                llvm.store %v177, %v39 : f32, !llvm.ptr
              } else {
                %v510 = arith.subi %v69, %v1 : i64
                // the group's states, recomputed into registers
                %v511 = arith.subi %v69, %v85 : i64
                %v512 = arith.trunci %v511 : i64 to i32
                %v513 = arith.subi %size_L, %v1 : i64
                %v514 = arith.addi %v67, %v85 : i64
                %v515 = arith.subi %v513, %v514 : i64
                %v516 = arith.minsi %v515, %v95 : i64
                %v517 = arith.trunci %v516 : i64 to i32
                %v518 = arith.addi %v85, %v52 : i64
                %v519 = arith.cmpi slt, %v99, %v512 : i32
                %v520 = arith.cmpi eq, %v99, %v517 : i32
                scf.if %v519 {
                  %v521 = arith.addi %v67, %v518 : i64
                  %v522 = llvm.load %v34 : !llvm.ptr -> f32
                  %v523 = llvm.load %v35 : !llvm.ptr -> f32
                  %v524 = llvm.load %v44 : !llvm.ptr -> f32
                  %v525 = llvm.load %v45 : !llvm.ptr -> f32
                  %v526 = llvm.load %v46 : !llvm.ptr -> f32
                  %v527 = llvm.load %v47 : !llvm.ptr -> f32
                  %v528 = arith.muli %v28, %v109 : i64
                  %v529 = arith.muli %v521, %size_N : i64
                  %v530 = arith.addi %v528, %v529 : i64
                  %v531 = arith.addi %v530, %v26 : i64
                  %v532 = llvm.getelementptr %dy_x_re_seq[%v531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v533 = llvm.load %v532 : !llvm.ptr -> f32
                  %v534 = llvm.load %v36 : !llvm.ptr -> f32
                  %v535 = arith.mulf %v534, %v522 fastmath<contract> : f32
                  %v536 = arith.addf %v533, %v535 fastmath<contract> : f32
                  %v537 = llvm.load %v38 : !llvm.ptr -> f32
                  %v538 = arith.mulf %v537, %v523 fastmath<contract> : f32
                  %v539 = arith.addf %v538, %v536 fastmath<contract> : f32
                  %v540 = arith.mulf %v524, %v534 fastmath<contract> : f32
                  %v541 = arith.mulf %v537, %v526 fastmath<contract> : f32
                  %v542 = arith.addf %v541, %v540 fastmath<contract> : f32
                  %v543 = arith.mulf %v525, %v534 fastmath<contract> : f32
                  %v544 = arith.mulf %v537, %v527 fastmath<contract> : f32
                  %v545 = arith.addf %v544, %v543 fastmath<contract> : f32
                  %v546 = arith.muli %v28, %v109 : i64
                  %v547 = arith.muli %v521, %size_N : i64
                  %v548 = arith.addi %v546, %v547 : i64
                  %v549 = arith.addi %v548, %v26 : i64
                  %v550 = llvm.getelementptr %dy_x_im_seq[%v549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v551 = llvm.load %v550 : !llvm.ptr -> f32
                  %v552 = llvm.load %v37 : !llvm.ptr -> f32
                  %v553 = arith.mulf %v552, %v523 fastmath<contract> : f32
                  %v554 = arith.addf %v551, %v553 fastmath<contract> : f32
                  %v555 = llvm.load %v39 : !llvm.ptr -> f32
                  %v556 = arith.mulf %v555, %v522 fastmath<contract> : f32
                  %v557 = arith.addf %v556, %v554 fastmath<contract> : f32
                  %v558 = arith.mulf %v526, %v552 fastmath<contract> : f32
                  %v559 = arith.mulf %v555, %v524 fastmath<contract> : f32
                  %v560 = arith.addf %v559, %v558 fastmath<contract> : f32
                  %v561 = arith.mulf %v527, %v552 fastmath<contract> : f32
                  %v562 = arith.mulf %v555, %v525 fastmath<contract> : f32
                  %v563 = arith.addf %v562, %v561 fastmath<contract> : f32
                  llvm.store %v539, %v34 : f32, !llvm.ptr
                  llvm.store %v542, %v44 : f32, !llvm.ptr
                  llvm.store %v545, %v45 : f32, !llvm.ptr
                  llvm.store %v557, %v35 : f32, !llvm.ptr
                  llvm.store %v560, %v46 : f32, !llvm.ptr
                  llvm.store %v563, %v47 : f32, !llvm.ptr
                  scf.if %v520 {
                  }
                  llvm.store %v168, %v36 : f32, !llvm.ptr
                  llvm.store %v176, %v38 : f32, !llvm.ptr
                  llvm.store %v168, %v37 : f32, !llvm.ptr
                  llvm.store %v177, %v39 : f32, !llvm.ptr
                }
                %v564 = arith.addi %v85, %v178 : i64
                %v565 = arith.cmpi slt, %v180, %v512 : i32
                %v566 = arith.cmpi eq, %v180, %v517 : i32
                scf.if %v565 {
                  %v567 = arith.addi %v67, %v564 : i64
                  %v568 = llvm.load %v34 : !llvm.ptr -> f32
                  %v569 = llvm.load %v35 : !llvm.ptr -> f32
                  %v570 = llvm.load %v44 : !llvm.ptr -> f32
                  %v571 = llvm.load %v45 : !llvm.ptr -> f32
                  %v572 = llvm.load %v46 : !llvm.ptr -> f32
                  %v573 = llvm.load %v47 : !llvm.ptr -> f32
                  %v574 = arith.muli %v28, %v109 : i64
                  %v575 = arith.muli %v567, %size_N : i64
                  %v576 = arith.addi %v574, %v575 : i64
                  %v577 = arith.addi %v576, %v26 : i64
                  %v578 = llvm.getelementptr %dy_x_re_seq[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v579 = llvm.load %v578 : !llvm.ptr -> f32
                  %v580 = llvm.load %v36 : !llvm.ptr -> f32
                  %v581 = arith.mulf %v580, %v568 fastmath<contract> : f32
                  %v582 = arith.addf %v579, %v581 fastmath<contract> : f32
                  %v583 = llvm.load %v38 : !llvm.ptr -> f32
                  %v584 = arith.mulf %v583, %v569 fastmath<contract> : f32
                  %v585 = arith.addf %v584, %v582 fastmath<contract> : f32
                  %v586 = arith.mulf %v570, %v580 fastmath<contract> : f32
                  %v587 = arith.mulf %v583, %v572 fastmath<contract> : f32
                  %v588 = arith.addf %v587, %v586 fastmath<contract> : f32
                  %v589 = arith.mulf %v571, %v580 fastmath<contract> : f32
                  %v590 = arith.mulf %v583, %v573 fastmath<contract> : f32
                  %v591 = arith.addf %v590, %v589 fastmath<contract> : f32
                  %v592 = arith.muli %v28, %v109 : i64
                  %v593 = arith.muli %v567, %size_N : i64
                  %v594 = arith.addi %v592, %v593 : i64
                  %v595 = arith.addi %v594, %v26 : i64
                  %v596 = llvm.getelementptr %dy_x_im_seq[%v595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v597 = llvm.load %v596 : !llvm.ptr -> f32
                  %v598 = llvm.load %v37 : !llvm.ptr -> f32
                  %v599 = arith.mulf %v598, %v569 fastmath<contract> : f32
                  %v600 = arith.addf %v597, %v599 fastmath<contract> : f32
                  %v601 = llvm.load %v39 : !llvm.ptr -> f32
                  %v602 = arith.mulf %v601, %v568 fastmath<contract> : f32
                  %v603 = arith.addf %v602, %v600 fastmath<contract> : f32
                  %v604 = arith.mulf %v572, %v598 fastmath<contract> : f32
                  %v605 = arith.mulf %v601, %v570 fastmath<contract> : f32
                  %v606 = arith.addf %v605, %v604 fastmath<contract> : f32
                  %v607 = arith.mulf %v573, %v598 fastmath<contract> : f32
                  %v608 = arith.mulf %v601, %v571 fastmath<contract> : f32
                  %v609 = arith.addf %v608, %v607 fastmath<contract> : f32
                  llvm.store %v585, %v34 : f32, !llvm.ptr
                  llvm.store %v588, %v44 : f32, !llvm.ptr
                  llvm.store %v591, %v45 : f32, !llvm.ptr
                  llvm.store %v603, %v35 : f32, !llvm.ptr
                  llvm.store %v606, %v46 : f32, !llvm.ptr
                  llvm.store %v609, %v47 : f32, !llvm.ptr
                  scf.if %v566 {
                  }
                  llvm.store %v168, %v36 : f32, !llvm.ptr
                  llvm.store %v176, %v38 : f32, !llvm.ptr
                  llvm.store %v168, %v37 : f32, !llvm.ptr
                  llvm.store %v177, %v39 : f32, !llvm.ptr
                }
                %v610 = arith.addi %v85, %v226 : i64
                %v611 = arith.cmpi slt, %v228, %v512 : i32
                %v612 = arith.cmpi eq, %v228, %v517 : i32
                scf.if %v611 {
                  %v613 = arith.addi %v67, %v610 : i64
                  %v614 = llvm.load %v34 : !llvm.ptr -> f32
                  %v615 = llvm.load %v35 : !llvm.ptr -> f32
                  %v616 = llvm.load %v44 : !llvm.ptr -> f32
                  %v617 = llvm.load %v45 : !llvm.ptr -> f32
                  %v618 = llvm.load %v46 : !llvm.ptr -> f32
                  %v619 = llvm.load %v47 : !llvm.ptr -> f32
                  %v620 = arith.muli %v28, %v109 : i64
                  %v621 = arith.muli %v613, %size_N : i64
                  %v622 = arith.addi %v620, %v621 : i64
                  %v623 = arith.addi %v622, %v26 : i64
                  %v624 = llvm.getelementptr %dy_x_re_seq[%v623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v625 = llvm.load %v624 : !llvm.ptr -> f32
                  %v626 = llvm.load %v36 : !llvm.ptr -> f32
                  %v627 = arith.mulf %v626, %v614 fastmath<contract> : f32
                  %v628 = arith.addf %v625, %v627 fastmath<contract> : f32
                  %v629 = llvm.load %v38 : !llvm.ptr -> f32
                  %v630 = arith.mulf %v629, %v615 fastmath<contract> : f32
                  %v631 = arith.addf %v630, %v628 fastmath<contract> : f32
                  %v632 = arith.mulf %v616, %v626 fastmath<contract> : f32
                  %v633 = arith.mulf %v629, %v618 fastmath<contract> : f32
                  %v634 = arith.addf %v633, %v632 fastmath<contract> : f32
                  %v635 = arith.mulf %v617, %v626 fastmath<contract> : f32
                  %v636 = arith.mulf %v629, %v619 fastmath<contract> : f32
                  %v637 = arith.addf %v636, %v635 fastmath<contract> : f32
                  %v638 = arith.muli %v28, %v109 : i64
                  %v639 = arith.muli %v613, %size_N : i64
                  %v640 = arith.addi %v638, %v639 : i64
                  %v641 = arith.addi %v640, %v26 : i64
                  %v642 = llvm.getelementptr %dy_x_im_seq[%v641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v643 = llvm.load %v642 : !llvm.ptr -> f32
                  %v644 = llvm.load %v37 : !llvm.ptr -> f32
                  %v645 = arith.mulf %v644, %v615 fastmath<contract> : f32
                  %v646 = arith.addf %v643, %v645 fastmath<contract> : f32
                  %v647 = llvm.load %v39 : !llvm.ptr -> f32
                  %v648 = arith.mulf %v647, %v614 fastmath<contract> : f32
                  %v649 = arith.addf %v648, %v646 fastmath<contract> : f32
                  %v650 = arith.mulf %v618, %v644 fastmath<contract> : f32
                  %v651 = arith.mulf %v647, %v616 fastmath<contract> : f32
                  %v652 = arith.addf %v651, %v650 fastmath<contract> : f32
                  %v653 = arith.mulf %v619, %v644 fastmath<contract> : f32
                  %v654 = arith.mulf %v647, %v617 fastmath<contract> : f32
                  %v655 = arith.addf %v654, %v653 fastmath<contract> : f32
                  llvm.store %v631, %v34 : f32, !llvm.ptr
                  llvm.store %v634, %v44 : f32, !llvm.ptr
                  llvm.store %v637, %v45 : f32, !llvm.ptr
                  llvm.store %v649, %v35 : f32, !llvm.ptr
                  llvm.store %v652, %v46 : f32, !llvm.ptr
                  llvm.store %v655, %v47 : f32, !llvm.ptr
                  scf.if %v612 {
                  }
                  llvm.store %v168, %v36 : f32, !llvm.ptr
                  llvm.store %v176, %v38 : f32, !llvm.ptr
                  llvm.store %v168, %v37 : f32, !llvm.ptr
                  llvm.store %v177, %v39 : f32, !llvm.ptr
                }
                %v656 = arith.addi %v85, %v30 : i64
                %v657 = arith.cmpi slt, %v275, %v512 : i32
                %v658 = arith.cmpi eq, %v275, %v517 : i32
                scf.if %v657 {
                  %v659 = arith.addi %v67, %v656 : i64
                  %v660 = llvm.load %v34 : !llvm.ptr -> f32
                  %v661 = llvm.load %v35 : !llvm.ptr -> f32
                  %v662 = llvm.load %v44 : !llvm.ptr -> f32
                  %v663 = llvm.load %v45 : !llvm.ptr -> f32
                  %v664 = llvm.load %v46 : !llvm.ptr -> f32
                  %v665 = llvm.load %v47 : !llvm.ptr -> f32
                  %v666 = arith.muli %v28, %v109 : i64
                  %v667 = arith.muli %v659, %size_N : i64
                  %v668 = arith.addi %v666, %v667 : i64
                  %v669 = arith.addi %v668, %v26 : i64
                  %v670 = llvm.getelementptr %dy_x_re_seq[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v671 = llvm.load %v670 : !llvm.ptr -> f32
                  %v672 = llvm.load %v36 : !llvm.ptr -> f32
                  %v673 = arith.mulf %v672, %v660 fastmath<contract> : f32
                  %v674 = arith.addf %v671, %v673 fastmath<contract> : f32
                  %v675 = llvm.load %v38 : !llvm.ptr -> f32
                  %v676 = arith.mulf %v675, %v661 fastmath<contract> : f32
                  %v677 = arith.addf %v676, %v674 fastmath<contract> : f32
                  %v678 = arith.mulf %v662, %v672 fastmath<contract> : f32
                  %v679 = arith.mulf %v675, %v664 fastmath<contract> : f32
                  %v680 = arith.addf %v679, %v678 fastmath<contract> : f32
                  %v681 = arith.mulf %v663, %v672 fastmath<contract> : f32
                  %v682 = arith.mulf %v675, %v665 fastmath<contract> : f32
                  %v683 = arith.addf %v682, %v681 fastmath<contract> : f32
                  %v684 = arith.muli %v28, %v109 : i64
                  %v685 = arith.muli %v659, %size_N : i64
                  %v686 = arith.addi %v684, %v685 : i64
                  %v687 = arith.addi %v686, %v26 : i64
                  %v688 = llvm.getelementptr %dy_x_im_seq[%v687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v689 = llvm.load %v688 : !llvm.ptr -> f32
                  %v690 = llvm.load %v37 : !llvm.ptr -> f32
                  %v691 = arith.mulf %v690, %v661 fastmath<contract> : f32
                  %v692 = arith.addf %v689, %v691 fastmath<contract> : f32
                  %v693 = llvm.load %v39 : !llvm.ptr -> f32
                  %v694 = arith.mulf %v693, %v660 fastmath<contract> : f32
                  %v695 = arith.addf %v694, %v692 fastmath<contract> : f32
                  %v696 = arith.mulf %v664, %v690 fastmath<contract> : f32
                  %v697 = arith.mulf %v693, %v662 fastmath<contract> : f32
                  %v698 = arith.addf %v697, %v696 fastmath<contract> : f32
                  %v699 = arith.mulf %v665, %v690 fastmath<contract> : f32
                  %v700 = arith.mulf %v693, %v663 fastmath<contract> : f32
                  %v701 = arith.addf %v700, %v699 fastmath<contract> : f32
                  llvm.store %v677, %v34 : f32, !llvm.ptr
                  llvm.store %v680, %v44 : f32, !llvm.ptr
                  llvm.store %v683, %v45 : f32, !llvm.ptr
                  llvm.store %v695, %v35 : f32, !llvm.ptr
                  llvm.store %v698, %v46 : f32, !llvm.ptr
                  llvm.store %v701, %v47 : f32, !llvm.ptr
                  scf.if %v658 {
                  }
                  llvm.store %v168, %v36 : f32, !llvm.ptr
                  llvm.store %v176, %v38 : f32, !llvm.ptr
                  llvm.store %v168, %v37 : f32, !llvm.ptr
                  llvm.store %v177, %v39 : f32, !llvm.ptr
                }
                %v702 = arith.addi %v85, %v321 : i64
                %v703 = arith.cmpi slt, %v323, %v512 : i32
                %v704 = arith.cmpi eq, %v323, %v517 : i32
                scf.if %v703 {
                  %v705 = arith.addi %v67, %v702 : i64
                  %v706 = llvm.load %v34 : !llvm.ptr -> f32
                  %v707 = llvm.load %v35 : !llvm.ptr -> f32
                  %v708 = llvm.load %v44 : !llvm.ptr -> f32
                  %v709 = llvm.load %v45 : !llvm.ptr -> f32
                  %v710 = llvm.load %v46 : !llvm.ptr -> f32
                  %v711 = llvm.load %v47 : !llvm.ptr -> f32
                  %v712 = arith.muli %v28, %v109 : i64
                  %v713 = arith.muli %v705, %size_N : i64
                  %v714 = arith.addi %v712, %v713 : i64
                  %v715 = arith.addi %v714, %v26 : i64
                  %v716 = llvm.getelementptr %dy_x_re_seq[%v715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v717 = llvm.load %v716 : !llvm.ptr -> f32
                  %v718 = llvm.load %v36 : !llvm.ptr -> f32
                  %v719 = arith.mulf %v718, %v706 fastmath<contract> : f32
                  %v720 = arith.addf %v717, %v719 fastmath<contract> : f32
                  %v721 = llvm.load %v38 : !llvm.ptr -> f32
                  %v722 = arith.mulf %v721, %v707 fastmath<contract> : f32
                  %v723 = arith.addf %v722, %v720 fastmath<contract> : f32
                  %v724 = arith.mulf %v708, %v718 fastmath<contract> : f32
                  %v725 = arith.mulf %v721, %v710 fastmath<contract> : f32
                  %v726 = arith.addf %v725, %v724 fastmath<contract> : f32
                  %v727 = arith.mulf %v709, %v718 fastmath<contract> : f32
                  %v728 = arith.mulf %v721, %v711 fastmath<contract> : f32
                  %v729 = arith.addf %v728, %v727 fastmath<contract> : f32
                  %v730 = arith.muli %v28, %v109 : i64
                  %v731 = arith.muli %v705, %size_N : i64
                  %v732 = arith.addi %v730, %v731 : i64
                  %v733 = arith.addi %v732, %v26 : i64
                  %v734 = llvm.getelementptr %dy_x_im_seq[%v733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v735 = llvm.load %v734 : !llvm.ptr -> f32
                  %v736 = llvm.load %v37 : !llvm.ptr -> f32
                  %v737 = arith.mulf %v736, %v707 fastmath<contract> : f32
                  %v738 = arith.addf %v735, %v737 fastmath<contract> : f32
                  %v739 = llvm.load %v39 : !llvm.ptr -> f32
                  %v740 = arith.mulf %v739, %v706 fastmath<contract> : f32
                  %v741 = arith.addf %v740, %v738 fastmath<contract> : f32
                  %v742 = arith.mulf %v710, %v736 fastmath<contract> : f32
                  %v743 = arith.mulf %v739, %v708 fastmath<contract> : f32
                  %v744 = arith.addf %v743, %v742 fastmath<contract> : f32
                  %v745 = arith.mulf %v711, %v736 fastmath<contract> : f32
                  %v746 = arith.mulf %v739, %v709 fastmath<contract> : f32
                  %v747 = arith.addf %v746, %v745 fastmath<contract> : f32
                  llvm.store %v723, %v34 : f32, !llvm.ptr
                  llvm.store %v726, %v44 : f32, !llvm.ptr
                  llvm.store %v729, %v45 : f32, !llvm.ptr
                  llvm.store %v741, %v35 : f32, !llvm.ptr
                  llvm.store %v744, %v46 : f32, !llvm.ptr
                  llvm.store %v747, %v47 : f32, !llvm.ptr
                  scf.if %v704 {
                  }
                  llvm.store %v168, %v36 : f32, !llvm.ptr
                  llvm.store %v176, %v38 : f32, !llvm.ptr
                  llvm.store %v168, %v37 : f32, !llvm.ptr
                  llvm.store %v177, %v39 : f32, !llvm.ptr
                }
                %v748 = arith.addi %v85, %v369 : i64
                %v749 = arith.cmpi slt, %v371, %v512 : i32
                %v750 = arith.cmpi eq, %v371, %v517 : i32
                scf.if %v749 {
                  %v751 = arith.addi %v67, %v748 : i64
                  %v752 = llvm.load %v34 : !llvm.ptr -> f32
                  %v753 = llvm.load %v35 : !llvm.ptr -> f32
                  %v754 = llvm.load %v44 : !llvm.ptr -> f32
                  %v755 = llvm.load %v45 : !llvm.ptr -> f32
                  %v756 = llvm.load %v46 : !llvm.ptr -> f32
                  %v757 = llvm.load %v47 : !llvm.ptr -> f32
                  %v758 = arith.muli %v28, %v109 : i64
                  %v759 = arith.muli %v751, %size_N : i64
                  %v760 = arith.addi %v758, %v759 : i64
                  %v761 = arith.addi %v760, %v26 : i64
                  %v762 = llvm.getelementptr %dy_x_re_seq[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v763 = llvm.load %v762 : !llvm.ptr -> f32
                  %v764 = llvm.load %v36 : !llvm.ptr -> f32
                  %v765 = arith.mulf %v764, %v752 fastmath<contract> : f32
                  %v766 = arith.addf %v763, %v765 fastmath<contract> : f32
                  %v767 = llvm.load %v38 : !llvm.ptr -> f32
                  %v768 = arith.mulf %v767, %v753 fastmath<contract> : f32
                  %v769 = arith.addf %v768, %v766 fastmath<contract> : f32
                  %v770 = arith.mulf %v754, %v764 fastmath<contract> : f32
                  %v771 = arith.mulf %v767, %v756 fastmath<contract> : f32
                  %v772 = arith.addf %v771, %v770 fastmath<contract> : f32
                  %v773 = arith.mulf %v755, %v764 fastmath<contract> : f32
                  %v774 = arith.mulf %v767, %v757 fastmath<contract> : f32
                  %v775 = arith.addf %v774, %v773 fastmath<contract> : f32
                  %v776 = arith.muli %v28, %v109 : i64
                  %v777 = arith.muli %v751, %size_N : i64
                  %v778 = arith.addi %v776, %v777 : i64
                  %v779 = arith.addi %v778, %v26 : i64
                  %v780 = llvm.getelementptr %dy_x_im_seq[%v779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v781 = llvm.load %v780 : !llvm.ptr -> f32
                  %v782 = llvm.load %v37 : !llvm.ptr -> f32
                  %v783 = arith.mulf %v782, %v753 fastmath<contract> : f32
                  %v784 = arith.addf %v781, %v783 fastmath<contract> : f32
                  %v785 = llvm.load %v39 : !llvm.ptr -> f32
                  %v786 = arith.mulf %v785, %v752 fastmath<contract> : f32
                  %v787 = arith.addf %v786, %v784 fastmath<contract> : f32
                  %v788 = arith.mulf %v756, %v782 fastmath<contract> : f32
                  %v789 = arith.mulf %v785, %v754 fastmath<contract> : f32
                  %v790 = arith.addf %v789, %v788 fastmath<contract> : f32
                  %v791 = arith.mulf %v757, %v782 fastmath<contract> : f32
                  %v792 = arith.mulf %v785, %v755 fastmath<contract> : f32
                  %v793 = arith.addf %v792, %v791 fastmath<contract> : f32
                  llvm.store %v769, %v34 : f32, !llvm.ptr
                  llvm.store %v772, %v44 : f32, !llvm.ptr
                  llvm.store %v775, %v45 : f32, !llvm.ptr
                  llvm.store %v787, %v35 : f32, !llvm.ptr
                  llvm.store %v790, %v46 : f32, !llvm.ptr
                  llvm.store %v793, %v47 : f32, !llvm.ptr
                  scf.if %v750 {
                  }
                  llvm.store %v168, %v36 : f32, !llvm.ptr
                  llvm.store %v176, %v38 : f32, !llvm.ptr
                  llvm.store %v168, %v37 : f32, !llvm.ptr
                  llvm.store %v177, %v39 : f32, !llvm.ptr
                }
                %v794 = arith.addi %v85, %v1 : i64
                %v795 = arith.cmpi slt, %v418, %v512 : i32
                %v796 = arith.cmpi eq, %v418, %v517 : i32
                scf.if %v795 {
                  %v797 = arith.addi %v67, %v794 : i64
                  %v798 = llvm.load %v34 : !llvm.ptr -> f32
                  %v799 = llvm.load %v35 : !llvm.ptr -> f32
                  %v800 = llvm.load %v44 : !llvm.ptr -> f32
                  %v801 = llvm.load %v45 : !llvm.ptr -> f32
                  %v802 = llvm.load %v46 : !llvm.ptr -> f32
                  %v803 = llvm.load %v47 : !llvm.ptr -> f32
                  %v804 = arith.muli %v28, %v109 : i64
                  %v805 = arith.muli %v797, %size_N : i64
                  %v806 = arith.addi %v804, %v805 : i64
                  %v807 = arith.addi %v806, %v26 : i64
                  %v808 = llvm.getelementptr %dy_x_re_seq[%v807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v809 = llvm.load %v808 : !llvm.ptr -> f32
                  %v810 = llvm.load %v36 : !llvm.ptr -> f32
                  %v811 = arith.mulf %v810, %v798 fastmath<contract> : f32
                  %v812 = arith.addf %v809, %v811 fastmath<contract> : f32
                  %v813 = llvm.load %v38 : !llvm.ptr -> f32
                  %v814 = arith.mulf %v813, %v799 fastmath<contract> : f32
                  %v815 = arith.addf %v814, %v812 fastmath<contract> : f32
                  %v816 = arith.mulf %v800, %v810 fastmath<contract> : f32
                  %v817 = arith.mulf %v813, %v802 fastmath<contract> : f32
                  %v818 = arith.addf %v817, %v816 fastmath<contract> : f32
                  %v819 = arith.mulf %v801, %v810 fastmath<contract> : f32
                  %v820 = arith.mulf %v813, %v803 fastmath<contract> : f32
                  %v821 = arith.addf %v820, %v819 fastmath<contract> : f32
                  %v822 = arith.muli %v28, %v109 : i64
                  %v823 = arith.muli %v797, %size_N : i64
                  %v824 = arith.addi %v822, %v823 : i64
                  %v825 = arith.addi %v824, %v26 : i64
                  %v826 = llvm.getelementptr %dy_x_im_seq[%v825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v827 = llvm.load %v826 : !llvm.ptr -> f32
                  %v828 = llvm.load %v37 : !llvm.ptr -> f32
                  %v829 = arith.mulf %v828, %v799 fastmath<contract> : f32
                  %v830 = arith.addf %v827, %v829 fastmath<contract> : f32
                  %v831 = llvm.load %v39 : !llvm.ptr -> f32
                  %v832 = arith.mulf %v831, %v798 fastmath<contract> : f32
                  %v833 = arith.addf %v832, %v830 fastmath<contract> : f32
                  %v834 = arith.mulf %v802, %v828 fastmath<contract> : f32
                  %v835 = arith.mulf %v831, %v800 fastmath<contract> : f32
                  %v836 = arith.addf %v835, %v834 fastmath<contract> : f32
                  %v837 = arith.mulf %v803, %v828 fastmath<contract> : f32
                  %v838 = arith.mulf %v831, %v801 fastmath<contract> : f32
                  %v839 = arith.addf %v838, %v837 fastmath<contract> : f32
                  llvm.store %v815, %v34 : f32, !llvm.ptr
                  llvm.store %v818, %v44 : f32, !llvm.ptr
                  llvm.store %v821, %v45 : f32, !llvm.ptr
                  llvm.store %v833, %v35 : f32, !llvm.ptr
                  llvm.store %v836, %v46 : f32, !llvm.ptr
                  llvm.store %v839, %v47 : f32, !llvm.ptr
                  scf.if %v796 {
                  }
                  llvm.store %v168, %v36 : f32, !llvm.ptr
                  llvm.store %v176, %v38 : f32, !llvm.ptr
                  llvm.store %v168, %v37 : f32, !llvm.ptr
                  llvm.store %v177, %v39 : f32, !llvm.ptr
                }
                %v840 = arith.cmpi slt, %v464, %v512 : i32
                %v841 = arith.cmpi eq, %v464, %v517 : i32
                scf.if %v840 {
                  %v842 = arith.addi %v67, %v85 : i64
                  %v843 = llvm.load %v34 : !llvm.ptr -> f32
                  %v844 = llvm.load %v35 : !llvm.ptr -> f32
                  %v845 = llvm.load %v44 : !llvm.ptr -> f32
                  %v846 = llvm.load %v45 : !llvm.ptr -> f32
                  %v847 = llvm.load %v46 : !llvm.ptr -> f32
                  %v848 = llvm.load %v47 : !llvm.ptr -> f32
                  %v849 = arith.muli %v28, %v109 : i64
                  %v850 = arith.muli %v842, %size_N : i64
                  %v851 = arith.addi %v849, %v850 : i64
                  %v852 = arith.addi %v851, %v26 : i64
                  %v853 = llvm.getelementptr %dy_x_re_seq[%v852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v854 = llvm.load %v853 : !llvm.ptr -> f32
                  %v855 = llvm.load %v36 : !llvm.ptr -> f32
                  %v856 = arith.mulf %v855, %v843 fastmath<contract> : f32
                  %v857 = arith.addf %v854, %v856 fastmath<contract> : f32
                  %v858 = llvm.load %v38 : !llvm.ptr -> f32
                  %v859 = arith.mulf %v858, %v844 fastmath<contract> : f32
                  %v860 = arith.addf %v859, %v857 fastmath<contract> : f32
                  %v861 = arith.mulf %v845, %v855 fastmath<contract> : f32
                  %v862 = arith.mulf %v858, %v847 fastmath<contract> : f32
                  %v863 = arith.addf %v862, %v861 fastmath<contract> : f32
                  %v864 = arith.mulf %v846, %v855 fastmath<contract> : f32
                  %v865 = arith.mulf %v858, %v848 fastmath<contract> : f32
                  %v866 = arith.addf %v865, %v864 fastmath<contract> : f32
                  %v867 = arith.muli %v28, %v109 : i64
                  %v868 = arith.muli %v842, %size_N : i64
                  %v869 = arith.addi %v867, %v868 : i64
                  %v870 = arith.addi %v869, %v26 : i64
                  %v871 = llvm.getelementptr %dy_x_im_seq[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v872 = llvm.load %v871 : !llvm.ptr -> f32
                  %v873 = llvm.load %v37 : !llvm.ptr -> f32
                  %v874 = arith.mulf %v873, %v844 fastmath<contract> : f32
                  %v875 = arith.addf %v872, %v874 fastmath<contract> : f32
                  %v876 = llvm.load %v39 : !llvm.ptr -> f32
                  %v877 = arith.mulf %v876, %v843 fastmath<contract> : f32
                  %v878 = arith.addf %v877, %v875 fastmath<contract> : f32
                  %v879 = arith.mulf %v847, %v873 fastmath<contract> : f32
                  %v880 = arith.mulf %v876, %v845 fastmath<contract> : f32
                  %v881 = arith.addf %v880, %v879 fastmath<contract> : f32
                  %v882 = arith.mulf %v848, %v873 fastmath<contract> : f32
                  %v883 = arith.mulf %v876, %v846 fastmath<contract> : f32
                  %v884 = arith.addf %v883, %v882 fastmath<contract> : f32
                  llvm.store %v860, %v34 : f32, !llvm.ptr
                  llvm.store %v863, %v44 : f32, !llvm.ptr
                  llvm.store %v866, %v45 : f32, !llvm.ptr
                  llvm.store %v878, %v35 : f32, !llvm.ptr
                  llvm.store %v881, %v46 : f32, !llvm.ptr
                  llvm.store %v884, %v47 : f32, !llvm.ptr
                  scf.if %v841 {
                  }
                  llvm.store %v168, %v36 : f32, !llvm.ptr
                  llvm.store %v176, %v38 : f32, !llvm.ptr
                  llvm.store %v168, %v37 : f32, !llvm.ptr
                  llvm.store %v177, %v39 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v23 {
        %v885 = llvm.load %v34 : !llvm.ptr -> f32
        %v886 = arith.muli %v19, %v2 : i64
        %v887 = arith.subi %v2, %v1 : i64
        %v888 = arith.minsi %v22, %v887 : i64
        %v889 = arith.addi %v886, %v888 : i64
        %v890 = llvm.getelementptr %segsum_x_re[%v889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v885, %v890 : f32, !llvm.ptr
        %v891 = llvm.load %v44 : !llvm.ptr -> f32
        %v892 = arith.addi %v6, %v19 : i64
        %v893 = arith.muli %v892, %v2 : i64
        %v894 = arith.subi %v2, %v1 : i64
        %v895 = arith.minsi %v22, %v894 : i64
        %v896 = arith.addi %v893, %v895 : i64
        %v897 = llvm.getelementptr %segsum_x_re[%v896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v891, %v897 : f32, !llvm.ptr
        %v898 = llvm.load %v45 : !llvm.ptr -> f32
        %v899 = arith.muli %v369, %v6 : i64
        %v900 = arith.addi %v899, %v19 : i64
        %v901 = arith.muli %v900, %v2 : i64
        %v902 = arith.subi %v2, %v1 : i64
        %v903 = arith.minsi %v22, %v902 : i64
        %v904 = arith.addi %v901, %v903 : i64
        %v905 = llvm.getelementptr %segsum_x_re[%v904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v898, %v905 : f32, !llvm.ptr
        %v906 = llvm.load %v36 : !llvm.ptr -> f32
        %v907 = arith.muli %v321, %v6 : i64
        %v908 = arith.addi %v907, %v19 : i64
        %v909 = arith.muli %v908, %v2 : i64
        %v910 = arith.subi %v2, %v1 : i64
        %v911 = arith.minsi %v22, %v910 : i64
        %v912 = arith.addi %v909, %v911 : i64
        %v913 = llvm.getelementptr %segsum_x_re[%v912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v906, %v913 : f32, !llvm.ptr
        %v914 = llvm.load %v38 : !llvm.ptr -> f32
        %v915 = arith.muli %v30, %v6 : i64
        %v916 = arith.addi %v915, %v19 : i64
        %v917 = arith.muli %v916, %v2 : i64
        %v918 = arith.subi %v2, %v1 : i64
        %v919 = arith.minsi %v22, %v918 : i64
        %v920 = arith.addi %v917, %v919 : i64
        %v921 = llvm.getelementptr %segsum_x_re[%v920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v914, %v921 : f32, !llvm.ptr
        %v922 = llvm.load %v35 : !llvm.ptr -> f32
        %v923 = arith.muli %v19, %v2 : i64
        %v924 = arith.subi %v2, %v1 : i64
        %v925 = arith.minsi %v22, %v924 : i64
        %v926 = arith.addi %v923, %v925 : i64
        %v927 = llvm.getelementptr %segsum_x_im[%v926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v922, %v927 : f32, !llvm.ptr
        %v928 = llvm.load %v46 : !llvm.ptr -> f32
        %v929 = arith.addi %v6, %v19 : i64
        %v930 = arith.muli %v929, %v2 : i64
        %v931 = arith.subi %v2, %v1 : i64
        %v932 = arith.minsi %v22, %v931 : i64
        %v933 = arith.addi %v930, %v932 : i64
        %v934 = llvm.getelementptr %segsum_x_im[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v928, %v934 : f32, !llvm.ptr
        %v935 = llvm.load %v47 : !llvm.ptr -> f32
        %v936 = arith.muli %v369, %v6 : i64
        %v937 = arith.addi %v936, %v19 : i64
        %v938 = arith.muli %v937, %v2 : i64
        %v939 = arith.subi %v2, %v1 : i64
        %v940 = arith.minsi %v22, %v939 : i64
        %v941 = arith.addi %v938, %v940 : i64
        %v942 = llvm.getelementptr %segsum_x_im[%v941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v935, %v942 : f32, !llvm.ptr
        %v943 = llvm.load %v39 : !llvm.ptr -> f32
        %v944 = arith.muli %v321, %v6 : i64
        %v945 = arith.addi %v944, %v19 : i64
        %v946 = arith.muli %v945, %v2 : i64
        %v947 = arith.subi %v2, %v1 : i64
        %v948 = arith.minsi %v22, %v947 : i64
        %v949 = arith.addi %v946, %v948 : i64
        %v950 = llvm.getelementptr %segsum_x_im[%v949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v943, %v950 : f32, !llvm.ptr
        %v951 = llvm.load %v37 : !llvm.ptr -> f32
        %v952 = arith.muli %v30, %v6 : i64
        %v953 = arith.addi %v952, %v19 : i64
        %v954 = arith.muli %v953, %v2 : i64
        %v955 = arith.subi %v2, %v1 : i64
        %v956 = arith.minsi %v22, %v955 : i64
        %v957 = arith.addi %v954, %v956 : i64
        %v958 = llvm.getelementptr %segsum_x_im[%v957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v951, %v958 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
