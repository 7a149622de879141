module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s4d_bwd_sum(%in_u: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bp: !llvm.ptr, %in_Cp: !llvm.ptr, %in_Dskip: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segsum_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 3 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_D : i64
      %v4 = arith.constant 255 : i64
      %v5 = arith.addi %size_L, %v4 : i64
      %v6 = arith.constant 256 : i64
      %v7 = arith.divui %v5, %v6 : i64
      %v8 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v24 = arith.constant 64 : i64
      %v25 = arith.constant 63 : i64
      %v30 = arith.constant 4 : i64
      %v45 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v48 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v49 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v50 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v51 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v52 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v53 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v56 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v57 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v63 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v64 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v65 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v66 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v67 = arith.constant 0x00000000 : f32
      %v68 = arith.constant 0x3F800000 : f32
      %v69 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v70 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v71 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v72 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v73 = arith.constant 0 : i64
      %v75 = arith.constant 3 : i64
      %v136 = arith.constant 0x3FB8AA3B : f32
      %v144 = arith.constant 2147483647 : i64
      %v148 = arith.constant 3 : i32
      %v151 = arith.constant 32 : i32
      %v157 = arith.muli %size_L, %size_D : i64
      %v256 = arith.constant 2 : i64
      %v258 = arith.constant 2 : i32
      %v297 = arith.constant 1 : i32
      %v335 = arith.constant 0 : i32
      %v593 = arith.constant 8 : i64
      %v624 = arith.constant 12 : i64
      %v20 = gpu.block_id x
      %v21 = gpu.thread_id x
      %v22 = arith.index_cast %v21 : index to i64
      %v23 = arith.index_cast %v20 : index to i64
      %v26 = arith.addi %v3, %v25 : i64
      %v27 = arith.divui %v26, %v24 : i64
      %v28 = arith.divui %v23, %v27 : i64
      %v29 = arith.remui %v23, %v27 : i64
      %v31 = arith.remui %v22, %v30 : i64
      %v32 = arith.divui %v22, %v30 : i64
      %v33 = arith.muli %v29, %v24 : i64
      %v34 = arith.addi %v33, %v32 : i64
      %v35 = arith.cmpi slt, %v34, %v3 : i64
      %v36 = arith.subi %v3, %v2 : i64
      %v37 = arith.minsi %v34, %v36 : i64
      %v38 = arith.remui %v37, %size_D : i64
      %v39 = arith.divui %v37, %size_D : i64
      %v40 = arith.remui %v39, %size_B : i64
      %v41 = arith.divui %v39, %size_B : i64
      %v78 = arith.trunci %v22 : i64 to i32
      %v79 = arith.constant 28 : i32
      %v80 = arith.andi %v78, %v79 : i32
      %v81 = arith.constant 0 : i32
      %v82 = arith.ori %v80, %v81 : i32
      %v83 = arith.constant 0 : i64
      %v84 = arith.cmpi eq, %v31, %v83 : i64
      %v85 = arith.constant 1 : i32
      %v86 = arith.ori %v80, %v85 : i32
      %v87 = arith.constant 1 : i64
      %v88 = arith.cmpi eq, %v31, %v87 : i64
      %v89 = arith.constant 2 : i32
      %v90 = arith.ori %v80, %v89 : i32
      %v91 = arith.constant 2 : i64
      %v92 = arith.cmpi eq, %v31, %v91 : i64
      %v93 = arith.constant 3 : i32
      %v94 = arith.ori %v80, %v93 : i32
      %v95 = arith.constant 3 : i64
      %v96 = arith.cmpi eq, %v31, %v95 : i64
      %v134 = llvm.getelementptr %in_log_dt[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v135 = llvm.load %v134 : !llvm.ptr -> f32
      %v137 = arith.mulf %v135, %v136 fastmath<contract> : f32
      %v138 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v137) : (f32) -> f32
      %v153 = arith.muli %v38, %v1 : i64
      %v154 = arith.addi %v153, %v31 : i64
      %v155 = llvm.getelementptr %in_Cp[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v156 = llvm.load %v155 : !llvm.ptr -> f32
      %v171 = arith.muli %v38, %v1 : i64
      %v172 = arith.constant 4 : i64
      %v173 = arith.addi %v172, %v31 : i64
      %v174 = arith.addi %v171, %v173 : i64
      %v175 = llvm.getelementptr %in_Cp[%v174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v176 = llvm.load %v175 : !llvm.ptr -> f32
      %v184 = arith.muli %v38, %v1 : i64
      %v185 = arith.constant 8 : i64
      %v186 = arith.addi %v185, %v31 : i64
      %v187 = arith.addi %v184, %v186 : i64
      %v188 = llvm.getelementptr %in_Cp[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v189 = llvm.load %v188 : !llvm.ptr -> f32
      %v197 = arith.muli %v38, %v1 : i64
      %v198 = arith.constant 12 : i64
      %v199 = arith.addi %v198, %v31 : i64
      %v200 = arith.addi %v197, %v199 : i64
      %v201 = llvm.getelementptr %in_Cp[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v202 = llvm.load %v201 : !llvm.ptr -> f32
      %v210 = arith.muli %v38, %v1 : i64
      %v211 = arith.addi %v210, %v31 : i64
      %v212 = llvm.getelementptr %in_A_log[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v213 = llvm.load %v212 : !llvm.ptr -> f32
      %v214 = arith.mulf %v213, %v136 fastmath<contract> : f32
      %v215 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v214) : (f32) -> f32
      %v216 = arith.negf %v215 : f32
      %v217 = arith.mulf %v138, %v216 fastmath<contract> : f32
      %v218 = arith.mulf %v217, %v136 fastmath<contract> : f32
      %v219 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v218) : (f32) -> f32
      %v220 = arith.muli %v38, %v1 : i64
      %v221 = arith.constant 4 : i64
      %v222 = arith.addi %v221, %v31 : i64
      %v223 = arith.addi %v220, %v222 : i64
      %v224 = llvm.getelementptr %in_A_log[%v223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v225 = llvm.load %v224 : !llvm.ptr -> f32
      %v226 = arith.mulf %v225, %v136 fastmath<contract> : f32
      %v227 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v226) : (f32) -> f32
      %v228 = arith.negf %v227 : f32
      %v229 = arith.mulf %v138, %v228 fastmath<contract> : f32
      %v230 = arith.mulf %v229, %v136 fastmath<contract> : f32
      %v231 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v230) : (f32) -> f32
      %v232 = arith.muli %v38, %v1 : i64
      %v233 = arith.constant 8 : i64
      %v234 = arith.addi %v233, %v31 : i64
      %v235 = arith.addi %v232, %v234 : i64
      %v236 = llvm.getelementptr %in_A_log[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v237 = llvm.load %v236 : !llvm.ptr -> f32
      %v238 = arith.mulf %v237, %v136 fastmath<contract> : f32
      %v239 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v238) : (f32) -> f32
      %v240 = arith.negf %v239 : f32
      %v241 = arith.mulf %v138, %v240 fastmath<contract> : f32
      %v242 = arith.mulf %v241, %v136 fastmath<contract> : f32
      %v243 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v242) : (f32) -> f32
      %v244 = arith.muli %v38, %v1 : i64
      %v245 = arith.constant 12 : i64
      %v246 = arith.addi %v245, %v31 : i64
      %v247 = arith.addi %v244, %v246 : i64
      %v248 = llvm.getelementptr %in_A_log[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v249 = llvm.load %v248 : !llvm.ptr -> f32
      %v250 = arith.mulf %v249, %v136 fastmath<contract> : f32
      %v251 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v250) : (f32) -> f32
      %v252 = arith.negf %v251 : f32
      %v253 = arith.mulf %v138, %v252 fastmath<contract> : f32
      %v254 = arith.mulf %v253, %v136 fastmath<contract> : f32
      %v255 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v254) : (f32) -> f32
      %v42 = arith.muli %v28, %v30 : i64
      %v43 = arith.addi %v42, %v30 : i64
      %v44 = arith.muli %v28, %v3 : i64
      llvm.store %v67, %v45 : f32, !llvm.ptr
      llvm.store %v67, %v46 : f32, !llvm.ptr
      llvm.store %v67, %v47 : f32, !llvm.ptr
      llvm.store %v67, %v48 : f32, !llvm.ptr
      llvm.store %v68, %v49 : f32, !llvm.ptr
      llvm.store %v68, %v50 : f32, !llvm.ptr
      llvm.store %v68, %v51 : f32, !llvm.ptr
      llvm.store %v68, %v52 : f32, !llvm.ptr
      llvm.store %v67, %v53 : f32, !llvm.ptr
      llvm.store %v67, %v54 : f32, !llvm.ptr
      llvm.store %v67, %v55 : f32, !llvm.ptr
      llvm.store %v67, %v56 : f32, !llvm.ptr
      llvm.store %v67, %v57 : f32, !llvm.ptr
      llvm.store %v67, %v58 : f32, !llvm.ptr
      llvm.store %v67, %v59 : f32, !llvm.ptr
      llvm.store %v67, %v60 : f32, !llvm.ptr
      llvm.store %v67, %v61 : f32, !llvm.ptr
      llvm.store %v67, %v62 : f32, !llvm.ptr
      llvm.store %v67, %v63 : f32, !llvm.ptr
      llvm.store %v67, %v64 : f32, !llvm.ptr
      llvm.store %v67, %v65 : f32, !llvm.ptr
      llvm.store %v67, %v66 : f32, !llvm.ptr
      llvm.store %v68, %v69 : f32, !llvm.ptr
      llvm.store %v68, %v70 : f32, !llvm.ptr
      llvm.store %v68, %v71 : f32, !llvm.ptr
      llvm.store %v68, %v72 : f32, !llvm.ptr
      %v74 = arith.cmpi eq, %size_L, %v73 : i64
      scf.if %v74 {
        llvm.store %v67, %v16 : f32, !llvm.ptr
        llvm.store %v67, %v17 : f32, !llvm.ptr
        llvm.store %v67, %v18 : f32, !llvm.ptr
        llvm.store %v67, %v19 : f32, !llvm.ptr
      }
      %v76 = arith.addi %size_L, %v25 : i64
      %v77 = arith.divui %v76, %v24 : i64
      %v97 = arith.minsi %v43, %v77 : i64
      %v98 = arith.muli %v28, %v1 : i64
      %v99 = arith.subi %v97, %v42 : i64
      %v100 = arith.maxsi %v99, %v73 : i64
      %v101 = arith.index_cast %v73 : i64 to index
      %v102 = arith.index_cast %v100 : i64 to index
      %v103 = arith.index_cast %v2 : i64 to index
      scf.for %v104 = %v101 to %v102 step %v103 {
        %v105 = arith.index_cast %v104 : index to i64
        %v106 = arith.subi %v97, %v2 : i64
        %v107 = arith.subi %v106, %v105 : i64
        %v108 = arith.muli %v107, %v24 : i64
        %v109 = arith.subi %size_L, %v108 : i64
        %v110 = arith.minsi %v109, %v24 : i64
        %v111 = arith.addi %v110, %v75 : i64
        %v112 = arith.divui %v111, %v30 : i64
        %v113 = arith.index_cast %v73 : i64 to index
        %v114 = arith.index_cast %v2 : i64 to index
        %v115 = arith.index_cast %v2 : i64 to index
        scf.for %v116 = %v113 to %v114 step %v115 {
          %v117 = arith.index_cast %v116 : index to i64
          %v118 = arith.index_cast %v73 : i64 to index
          %v119 = arith.index_cast %v112 : i64 to index
          %v120 = arith.index_cast %v2 : i64 to index
          scf.for %v121 = %v118 to %v119 step %v120 {
            %v122 = arith.index_cast %v121 : index to i64
            %v123 = arith.cmpi slt, %v122, %v112 : i64
            scf.if %v123 {
              %v124 = arith.subi %v112, %v2 : i64
              %v125 = arith.subi %v124, %v122 : i64
              %v126 = arith.muli %v125, %v30 : i64
              %v127 = arith.addi %v98, %v125 : i64
              %v128 = arith.addi %v126, %v30 : i64
              %v129 = arith.cmpi sle, %v128, %v110 : i64
              scf.if %v129 {
                %v130 = arith.subi %v110, %v2 : i64
                %v131 = arith.addi %v126, %v31 : i64
                %v132 = arith.minsi %v131, %v130 : i64
                %v133 = arith.addi %v108, %v132 : i64
                // the group's states, recomputed into registers
                %v139 = arith.subi %v110, %v126 : i64
                %v140 = arith.trunci %v139 : i64 to i32
                %v141 = arith.subi %size_L, %v2 : i64
                %v142 = arith.addi %v108, %v126 : i64
                %v143 = arith.subi %v141, %v142 : i64
                %v145 = arith.minsi %v143, %v144 : i64
                %v146 = arith.trunci %v145 : i64 to i32
                %v147 = arith.addi %v126, %v75 : i64
                %v149 = arith.cmpi slt, %v148, %v140 : i32
                %v150 = arith.cmpi eq, %v148, %v146 : i32
                %v152 = arith.addi %v108, %v147 : i64
                %v158 = arith.muli %v40, %v157 : i64
                %v159 = arith.muli %v38, %size_L : i64
                %v160 = arith.addi %v158, %v159 : i64
                %v161 = arith.addi %v160, %v152 : i64
                %v162 = llvm.getelementptr %dy_y[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v163 = llvm.load %v162 : !llvm.ptr -> f32
                %v164 = arith.mulf %v156, %v163 fastmath<contract> : f32
                %v165 = llvm.load %v45 : !llvm.ptr -> f32
                %v166 = llvm.load %v49 : !llvm.ptr -> f32
                %v167 = arith.mulf %v166, %v165 fastmath<contract> : f32
                %v168 = arith.addf %v164, %v167 fastmath<contract> : f32
                llvm.store %v168, %v45 : f32, !llvm.ptr
                %v169 = llvm.load %v69 : !llvm.ptr -> f32
                %v170 = arith.mulf %v169, %v166 fastmath<contract> : f32
                llvm.store %v170, %v69 : f32, !llvm.ptr
                %v177 = arith.mulf %v176, %v163 fastmath<contract> : f32
                %v178 = llvm.load %v46 : !llvm.ptr -> f32
                %v179 = llvm.load %v50 : !llvm.ptr -> f32
                %v180 = arith.mulf %v179, %v178 fastmath<contract> : f32
                %v181 = arith.addf %v177, %v180 fastmath<contract> : f32
                llvm.store %v181, %v46 : f32, !llvm.ptr
                %v182 = llvm.load %v70 : !llvm.ptr -> f32
                %v183 = arith.mulf %v182, %v179 fastmath<contract> : f32
                llvm.store %v183, %v70 : f32, !llvm.ptr
                %v190 = arith.mulf %v189, %v163 fastmath<contract> : f32
                %v191 = llvm.load %v47 : !llvm.ptr -> f32
                %v192 = llvm.load %v51 : !llvm.ptr -> f32
                %v193 = arith.mulf %v192, %v191 fastmath<contract> : f32
                %v194 = arith.addf %v190, %v193 fastmath<contract> : f32
                llvm.store %v194, %v47 : f32, !llvm.ptr
                %v195 = llvm.load %v71 : !llvm.ptr -> f32
                %v196 = arith.mulf %v195, %v192 fastmath<contract> : f32
                llvm.store %v196, %v71 : f32, !llvm.ptr
                %v203 = arith.mulf %v202, %v163 fastmath<contract> : f32
                %v204 = llvm.load %v48 : !llvm.ptr -> f32
                %v205 = llvm.load %v52 : !llvm.ptr -> f32
                %v206 = arith.mulf %v205, %v204 fastmath<contract> : f32
                %v207 = arith.addf %v203, %v206 fastmath<contract> : f32
                llvm.store %v207, %v48 : f32, !llvm.ptr
                %v208 = llvm.load %v72 : !llvm.ptr -> f32
                %v209 = arith.mulf %v208, %v205 fastmath<contract> : f32
                llvm.store %v209, %v72 : f32, !llvm.ptr
                scf.if %v150 {
                }
                llvm.store %v219, %v49 : f32, !llvm.ptr
                llvm.store %v231, %v50 : f32, !llvm.ptr
                llvm.store %v243, %v51 : f32, !llvm.ptr
                llvm.store %v255, %v52 : f32, !llvm.ptr
                %v257 = arith.addi %v126, %v256 : i64
                %v259 = arith.cmpi slt, %v258, %v140 : i32
                %v260 = arith.cmpi eq, %v258, %v146 : i32
                %v261 = arith.addi %v108, %v257 : i64
                %v262 = arith.muli %v40, %v157 : i64
                %v263 = arith.muli %v38, %size_L : i64
                %v264 = arith.addi %v262, %v263 : i64
                %v265 = arith.addi %v264, %v261 : i64
                %v266 = llvm.getelementptr %dy_y[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v267 = llvm.load %v266 : !llvm.ptr -> f32
                %v268 = arith.mulf %v156, %v267 fastmath<contract> : f32
                %v269 = llvm.load %v45 : !llvm.ptr -> f32
                %v270 = llvm.load %v49 : !llvm.ptr -> f32
                %v271 = arith.mulf %v270, %v269 fastmath<contract> : f32
                %v272 = arith.addf %v268, %v271 fastmath<contract> : f32
                llvm.store %v272, %v45 : f32, !llvm.ptr
                %v273 = llvm.load %v69 : !llvm.ptr -> f32
                %v274 = arith.mulf %v273, %v270 fastmath<contract> : f32
                llvm.store %v274, %v69 : f32, !llvm.ptr
                %v275 = arith.mulf %v176, %v267 fastmath<contract> : f32
                %v276 = llvm.load %v46 : !llvm.ptr -> f32
                %v277 = llvm.load %v50 : !llvm.ptr -> f32
                %v278 = arith.mulf %v277, %v276 fastmath<contract> : f32
                %v279 = arith.addf %v275, %v278 fastmath<contract> : f32
                llvm.store %v279, %v46 : f32, !llvm.ptr
                %v280 = llvm.load %v70 : !llvm.ptr -> f32
                %v281 = arith.mulf %v280, %v277 fastmath<contract> : f32
                llvm.store %v281, %v70 : f32, !llvm.ptr
                %v282 = arith.mulf %v189, %v267 fastmath<contract> : f32
                %v283 = llvm.load %v47 : !llvm.ptr -> f32
                %v284 = llvm.load %v51 : !llvm.ptr -> f32
                %v285 = arith.mulf %v284, %v283 fastmath<contract> : f32
                %v286 = arith.addf %v282, %v285 fastmath<contract> : f32
                llvm.store %v286, %v47 : f32, !llvm.ptr
                %v287 = llvm.load %v71 : !llvm.ptr -> f32
                %v288 = arith.mulf %v287, %v284 fastmath<contract> : f32
                llvm.store %v288, %v71 : f32, !llvm.ptr
                %v289 = arith.mulf %v202, %v267 fastmath<contract> : f32
                %v290 = llvm.load %v48 : !llvm.ptr -> f32
                %v291 = llvm.load %v52 : !llvm.ptr -> f32
                %v292 = arith.mulf %v291, %v290 fastmath<contract> : f32
                %v293 = arith.addf %v289, %v292 fastmath<contract> : f32
                llvm.store %v293, %v48 : f32, !llvm.ptr
                %v294 = llvm.load %v72 : !llvm.ptr -> f32
                %v295 = arith.mulf %v294, %v291 fastmath<contract> : f32
                llvm.store %v295, %v72 : f32, !llvm.ptr
                scf.if %v260 {
                }
                llvm.store %v219, %v49 : f32, !llvm.ptr
                llvm.store %v231, %v50 : f32, !llvm.ptr
                llvm.store %v243, %v51 : f32, !llvm.ptr
                llvm.store %v255, %v52 : f32, !llvm.ptr
                %v296 = arith.addi %v126, %v2 : i64
                %v298 = arith.cmpi slt, %v297, %v140 : i32
                %v299 = arith.cmpi eq, %v297, %v146 : i32
                %v300 = arith.addi %v108, %v296 : i64
                %v301 = arith.muli %v40, %v157 : i64
                %v302 = arith.muli %v38, %size_L : i64
                %v303 = arith.addi %v301, %v302 : i64
                %v304 = arith.addi %v303, %v300 : i64
                %v305 = llvm.getelementptr %dy_y[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v306 = llvm.load %v305 : !llvm.ptr -> f32
                %v307 = arith.mulf %v156, %v306 fastmath<contract> : f32
                %v308 = llvm.load %v45 : !llvm.ptr -> f32
                %v309 = llvm.load %v49 : !llvm.ptr -> f32
                %v310 = arith.mulf %v309, %v308 fastmath<contract> : f32
                %v311 = arith.addf %v307, %v310 fastmath<contract> : f32
                llvm.store %v311, %v45 : f32, !llvm.ptr
                %v312 = llvm.load %v69 : !llvm.ptr -> f32
                %v313 = arith.mulf %v312, %v309 fastmath<contract> : f32
                llvm.store %v313, %v69 : f32, !llvm.ptr
                %v314 = arith.mulf %v176, %v306 fastmath<contract> : f32
                %v315 = llvm.load %v46 : !llvm.ptr -> f32
                %v316 = llvm.load %v50 : !llvm.ptr -> f32
                %v317 = arith.mulf %v316, %v315 fastmath<contract> : f32
                %v318 = arith.addf %v314, %v317 fastmath<contract> : f32
                llvm.store %v318, %v46 : f32, !llvm.ptr
                %v319 = llvm.load %v70 : !llvm.ptr -> f32
                %v320 = arith.mulf %v319, %v316 fastmath<contract> : f32
                llvm.store %v320, %v70 : f32, !llvm.ptr
                %v321 = arith.mulf %v189, %v306 fastmath<contract> : f32
                %v322 = llvm.load %v47 : !llvm.ptr -> f32
                %v323 = llvm.load %v51 : !llvm.ptr -> f32
                %v324 = arith.mulf %v323, %v322 fastmath<contract> : f32
                %v325 = arith.addf %v321, %v324 fastmath<contract> : f32
                llvm.store %v325, %v47 : f32, !llvm.ptr
                %v326 = llvm.load %v71 : !llvm.ptr -> f32
                %v327 = arith.mulf %v326, %v323 fastmath<contract> : f32
                llvm.store %v327, %v71 : f32, !llvm.ptr
                %v328 = arith.mulf %v202, %v306 fastmath<contract> : f32
                %v329 = llvm.load %v48 : !llvm.ptr -> f32
                %v330 = llvm.load %v52 : !llvm.ptr -> f32
                %v331 = arith.mulf %v330, %v329 fastmath<contract> : f32
                %v332 = arith.addf %v328, %v331 fastmath<contract> : f32
                llvm.store %v332, %v48 : f32, !llvm.ptr
                %v333 = llvm.load %v72 : !llvm.ptr -> f32
                %v334 = arith.mulf %v333, %v330 fastmath<contract> : f32
                llvm.store %v334, %v72 : f32, !llvm.ptr
                scf.if %v299 {
                }
                llvm.store %v219, %v49 : f32, !llvm.ptr
                llvm.store %v231, %v50 : f32, !llvm.ptr
                llvm.store %v243, %v51 : f32, !llvm.ptr
                llvm.store %v255, %v52 : f32, !llvm.ptr
                %v336 = arith.cmpi slt, %v335, %v140 : i32
                %v337 = arith.cmpi eq, %v335, %v146 : i32
                %v338 = arith.addi %v108, %v126 : i64
                %v339 = arith.muli %v40, %v157 : i64
                %v340 = arith.muli %v38, %size_L : i64
                %v341 = arith.addi %v339, %v340 : i64
                %v342 = arith.addi %v341, %v338 : i64
                %v343 = llvm.getelementptr %dy_y[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v344 = llvm.load %v343 : !llvm.ptr -> f32
                %v345 = arith.mulf %v156, %v344 fastmath<contract> : f32
                %v346 = llvm.load %v45 : !llvm.ptr -> f32
                %v347 = llvm.load %v49 : !llvm.ptr -> f32
                %v348 = arith.mulf %v347, %v346 fastmath<contract> : f32
                %v349 = arith.addf %v345, %v348 fastmath<contract> : f32
                llvm.store %v349, %v45 : f32, !llvm.ptr
                %v350 = llvm.load %v69 : !llvm.ptr -> f32
                %v351 = arith.mulf %v350, %v347 fastmath<contract> : f32
                llvm.store %v351, %v69 : f32, !llvm.ptr
                %v352 = arith.mulf %v176, %v344 fastmath<contract> : f32
                %v353 = llvm.load %v46 : !llvm.ptr -> f32
                %v354 = llvm.load %v50 : !llvm.ptr -> f32
                %v355 = arith.mulf %v354, %v353 fastmath<contract> : f32
                %v356 = arith.addf %v352, %v355 fastmath<contract> : f32
                llvm.store %v356, %v46 : f32, !llvm.ptr
                %v357 = llvm.load %v70 : !llvm.ptr -> f32
                %v358 = arith.mulf %v357, %v354 fastmath<contract> : f32
                llvm.store %v358, %v70 : f32, !llvm.ptr
                %v359 = arith.mulf %v189, %v344 fastmath<contract> : f32
                %v360 = llvm.load %v47 : !llvm.ptr -> f32
                %v361 = llvm.load %v51 : !llvm.ptr -> f32
                %v362 = arith.mulf %v361, %v360 fastmath<contract> : f32
                %v363 = arith.addf %v359, %v362 fastmath<contract> : f32
                llvm.store %v363, %v47 : f32, !llvm.ptr
                %v364 = llvm.load %v71 : !llvm.ptr -> f32
                %v365 = arith.mulf %v364, %v361 fastmath<contract> : f32
                llvm.store %v365, %v71 : f32, !llvm.ptr
                %v366 = arith.mulf %v202, %v344 fastmath<contract> : f32
                %v367 = llvm.load %v48 : !llvm.ptr -> f32
                %v368 = llvm.load %v52 : !llvm.ptr -> f32
                %v369 = arith.mulf %v368, %v367 fastmath<contract> : f32
                %v370 = arith.addf %v366, %v369 fastmath<contract> : f32
                llvm.store %v370, %v48 : f32, !llvm.ptr
                %v371 = llvm.load %v72 : !llvm.ptr -> f32
                %v372 = arith.mulf %v371, %v368 fastmath<contract> : f32
                llvm.store %v372, %v72 : f32, !llvm.ptr
                scf.if %v337 {
                }
                llvm.store %v219, %v49 : f32, !llvm.ptr
                llvm.store %v231, %v50 : f32, !llvm.ptr
                llvm.store %v243, %v51 : f32, !llvm.ptr
                llvm.store %v255, %v52 : f32, !llvm.ptr
              } else {
                %v373 = arith.subi %v110, %v2 : i64
                %v374 = arith.addi %v126, %v31 : i64
                %v375 = arith.minsi %v374, %v373 : i64
                %v376 = arith.addi %v108, %v375 : i64
                // the group's states, recomputed into registers
                %v377 = arith.subi %v110, %v126 : i64
                %v378 = arith.trunci %v377 : i64 to i32
                %v379 = arith.subi %size_L, %v2 : i64
                %v380 = arith.addi %v108, %v126 : i64
                %v381 = arith.subi %v379, %v380 : i64
                %v382 = arith.minsi %v381, %v144 : i64
                %v383 = arith.trunci %v382 : i64 to i32
                %v384 = arith.addi %v126, %v75 : i64
                %v385 = arith.cmpi slt, %v148, %v378 : i32
                %v386 = arith.cmpi eq, %v148, %v383 : i32
                scf.if %v385 {
                  %v387 = arith.addi %v108, %v384 : i64
                  %v388 = arith.muli %v40, %v157 : i64
                  %v389 = arith.muli %v38, %size_L : i64
                  %v390 = arith.addi %v388, %v389 : i64
                  %v391 = arith.addi %v390, %v387 : i64
                  %v392 = llvm.getelementptr %dy_y[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v393 = llvm.load %v392 : !llvm.ptr -> f32
                  %v394 = arith.mulf %v156, %v393 fastmath<contract> : f32
                  %v395 = llvm.load %v45 : !llvm.ptr -> f32
                  %v396 = llvm.load %v49 : !llvm.ptr -> f32
                  %v397 = arith.mulf %v396, %v395 fastmath<contract> : f32
                  %v398 = arith.addf %v394, %v397 fastmath<contract> : f32
                  llvm.store %v398, %v45 : f32, !llvm.ptr
                  %v399 = llvm.load %v69 : !llvm.ptr -> f32
                  %v400 = arith.mulf %v399, %v396 fastmath<contract> : f32
                  llvm.store %v400, %v69 : f32, !llvm.ptr
                  %v401 = arith.mulf %v176, %v393 fastmath<contract> : f32
                  %v402 = llvm.load %v46 : !llvm.ptr -> f32
                  %v403 = llvm.load %v50 : !llvm.ptr -> f32
                  %v404 = arith.mulf %v403, %v402 fastmath<contract> : f32
                  %v405 = arith.addf %v401, %v404 fastmath<contract> : f32
                  llvm.store %v405, %v46 : f32, !llvm.ptr
                  %v406 = llvm.load %v70 : !llvm.ptr -> f32
                  %v407 = arith.mulf %v406, %v403 fastmath<contract> : f32
                  llvm.store %v407, %v70 : f32, !llvm.ptr
                  %v408 = arith.mulf %v189, %v393 fastmath<contract> : f32
                  %v409 = llvm.load %v47 : !llvm.ptr -> f32
                  %v410 = llvm.load %v51 : !llvm.ptr -> f32
                  %v411 = arith.mulf %v410, %v409 fastmath<contract> : f32
                  %v412 = arith.addf %v408, %v411 fastmath<contract> : f32
                  llvm.store %v412, %v47 : f32, !llvm.ptr
                  %v413 = llvm.load %v71 : !llvm.ptr -> f32
                  %v414 = arith.mulf %v413, %v410 fastmath<contract> : f32
                  llvm.store %v414, %v71 : f32, !llvm.ptr
                  %v415 = arith.mulf %v202, %v393 fastmath<contract> : f32
                  %v416 = llvm.load %v48 : !llvm.ptr -> f32
                  %v417 = llvm.load %v52 : !llvm.ptr -> f32
                  %v418 = arith.mulf %v417, %v416 fastmath<contract> : f32
                  %v419 = arith.addf %v415, %v418 fastmath<contract> : f32
                  llvm.store %v419, %v48 : f32, !llvm.ptr
                  %v420 = llvm.load %v72 : !llvm.ptr -> f32
                  %v421 = arith.mulf %v420, %v417 fastmath<contract> : f32
                  llvm.store %v421, %v72 : f32, !llvm.ptr
                  scf.if %v386 {
                  }
                  llvm.store %v219, %v49 : f32, !llvm.ptr
                  llvm.store %v231, %v50 : f32, !llvm.ptr
                  llvm.store %v243, %v51 : f32, !llvm.ptr
                  llvm.store %v255, %v52 : f32, !llvm.ptr
                }
                %v422 = arith.addi %v126, %v256 : i64
                %v423 = arith.cmpi slt, %v258, %v378 : i32
                %v424 = arith.cmpi eq, %v258, %v383 : i32
                scf.if %v423 {
                  %v425 = arith.addi %v108, %v422 : i64
                  %v426 = arith.muli %v40, %v157 : i64
                  %v427 = arith.muli %v38, %size_L : i64
                  %v428 = arith.addi %v426, %v427 : i64
                  %v429 = arith.addi %v428, %v425 : i64
                  %v430 = llvm.getelementptr %dy_y[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v431 = llvm.load %v430 : !llvm.ptr -> f32
                  %v432 = arith.mulf %v156, %v431 fastmath<contract> : f32
                  %v433 = llvm.load %v45 : !llvm.ptr -> f32
                  %v434 = llvm.load %v49 : !llvm.ptr -> f32
                  %v435 = arith.mulf %v434, %v433 fastmath<contract> : f32
                  %v436 = arith.addf %v432, %v435 fastmath<contract> : f32
                  llvm.store %v436, %v45 : f32, !llvm.ptr
                  %v437 = llvm.load %v69 : !llvm.ptr -> f32
                  %v438 = arith.mulf %v437, %v434 fastmath<contract> : f32
                  llvm.store %v438, %v69 : f32, !llvm.ptr
                  %v439 = arith.mulf %v176, %v431 fastmath<contract> : f32
                  %v440 = llvm.load %v46 : !llvm.ptr -> f32
                  %v441 = llvm.load %v50 : !llvm.ptr -> f32
                  %v442 = arith.mulf %v441, %v440 fastmath<contract> : f32
                  %v443 = arith.addf %v439, %v442 fastmath<contract> : f32
                  llvm.store %v443, %v46 : f32, !llvm.ptr
                  %v444 = llvm.load %v70 : !llvm.ptr -> f32
                  %v445 = arith.mulf %v444, %v441 fastmath<contract> : f32
                  llvm.store %v445, %v70 : f32, !llvm.ptr
                  %v446 = arith.mulf %v189, %v431 fastmath<contract> : f32
                  %v447 = llvm.load %v47 : !llvm.ptr -> f32
                  %v448 = llvm.load %v51 : !llvm.ptr -> f32
                  %v449 = arith.mulf %v448, %v447 fastmath<contract> : f32
                  %v450 = arith.addf %v446, %v449 fastmath<contract> : f32
                  llvm.store %v450, %v47 : f32, !llvm.ptr
                  %v451 = llvm.load %v71 : !llvm.ptr -> f32
                  %v452 = arith.mulf %v451, %v448 fastmath<contract> : f32
                  llvm.store %v452, %v71 : f32, !llvm.ptr
                  %v453 = arith.mulf %v202, %v431 fastmath<contract> : f32
                  %v454 = llvm.load %v48 : !llvm.ptr -> f32
                  %v455 = llvm.load %v52 : !llvm.ptr -> f32
                  %v456 = arith.mulf %v455, %v454 fastmath<contract> : f32
                  %v457 = arith.addf %v453, %v456 fastmath<contract> : f32
                  llvm.store %v457, %v48 : f32, !llvm.ptr
                  %v458 = llvm.load %v72 : !llvm.ptr -> f32
                  %v459 = arith.mulf %v458, %v455 fastmath<contract> : f32
                  llvm.store %v459, %v72 : f32, !llvm.ptr
                  scf.if %v424 {
                  }
                  llvm.store %v219, %v49 : f32, !llvm.ptr
                  llvm.store %v231, %v50 : f32, !llvm.ptr
                  llvm.store %v243, %v51 : f32, !llvm.ptr
                  llvm.store %v255, %v52 : f32, !llvm.ptr
                }
                %v460 = arith.addi %v126, %v2 : i64
                %v461 = arith.cmpi slt, %v297, %v378 : i32
                %v462 = arith.cmpi eq, %v297, %v383 : i32
                scf.if %v461 {
                  %v463 = arith.addi %v108, %v460 : i64
                  %v464 = arith.muli %v40, %v157 : i64
                  %v465 = arith.muli %v38, %size_L : i64
                  %v466 = arith.addi %v464, %v465 : i64
                  %v467 = arith.addi %v466, %v463 : i64
                  %v468 = llvm.getelementptr %dy_y[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v469 = llvm.load %v468 : !llvm.ptr -> f32
                  %v470 = arith.mulf %v156, %v469 fastmath<contract> : f32
                  %v471 = llvm.load %v45 : !llvm.ptr -> f32
                  %v472 = llvm.load %v49 : !llvm.ptr -> f32
                  %v473 = arith.mulf %v472, %v471 fastmath<contract> : f32
                  %v474 = arith.addf %v470, %v473 fastmath<contract> : f32
                  llvm.store %v474, %v45 : f32, !llvm.ptr
                  %v475 = llvm.load %v69 : !llvm.ptr -> f32
                  %v476 = arith.mulf %v475, %v472 fastmath<contract> : f32
                  llvm.store %v476, %v69 : f32, !llvm.ptr
                  %v477 = arith.mulf %v176, %v469 fastmath<contract> : f32
                  %v478 = llvm.load %v46 : !llvm.ptr -> f32
                  %v479 = llvm.load %v50 : !llvm.ptr -> f32
                  %v480 = arith.mulf %v479, %v478 fastmath<contract> : f32
                  %v481 = arith.addf %v477, %v480 fastmath<contract> : f32
                  llvm.store %v481, %v46 : f32, !llvm.ptr
                  %v482 = llvm.load %v70 : !llvm.ptr -> f32
                  %v483 = arith.mulf %v482, %v479 fastmath<contract> : f32
                  llvm.store %v483, %v70 : f32, !llvm.ptr
                  %v484 = arith.mulf %v189, %v469 fastmath<contract> : f32
                  %v485 = llvm.load %v47 : !llvm.ptr -> f32
                  %v486 = llvm.load %v51 : !llvm.ptr -> f32
                  %v487 = arith.mulf %v486, %v485 fastmath<contract> : f32
                  %v488 = arith.addf %v484, %v487 fastmath<contract> : f32
                  llvm.store %v488, %v47 : f32, !llvm.ptr
                  %v489 = llvm.load %v71 : !llvm.ptr -> f32
                  %v490 = arith.mulf %v489, %v486 fastmath<contract> : f32
                  llvm.store %v490, %v71 : f32, !llvm.ptr
                  %v491 = arith.mulf %v202, %v469 fastmath<contract> : f32
                  %v492 = llvm.load %v48 : !llvm.ptr -> f32
                  %v493 = llvm.load %v52 : !llvm.ptr -> f32
                  %v494 = arith.mulf %v493, %v492 fastmath<contract> : f32
                  %v495 = arith.addf %v491, %v494 fastmath<contract> : f32
                  llvm.store %v495, %v48 : f32, !llvm.ptr
                  %v496 = llvm.load %v72 : !llvm.ptr -> f32
                  %v497 = arith.mulf %v496, %v493 fastmath<contract> : f32
                  llvm.store %v497, %v72 : f32, !llvm.ptr
                  scf.if %v462 {
                  }
                  llvm.store %v219, %v49 : f32, !llvm.ptr
                  llvm.store %v231, %v50 : f32, !llvm.ptr
                  llvm.store %v243, %v51 : f32, !llvm.ptr
                  llvm.store %v255, %v52 : f32, !llvm.ptr
                }
                %v498 = arith.cmpi slt, %v335, %v378 : i32
                %v499 = arith.cmpi eq, %v335, %v383 : i32
                scf.if %v498 {
                  %v500 = arith.addi %v108, %v126 : i64
                  %v501 = arith.muli %v40, %v157 : i64
                  %v502 = arith.muli %v38, %size_L : i64
                  %v503 = arith.addi %v501, %v502 : i64
                  %v504 = arith.addi %v503, %v500 : i64
                  %v505 = llvm.getelementptr %dy_y[%v504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v506 = llvm.load %v505 : !llvm.ptr -> f32
                  %v507 = arith.mulf %v156, %v506 fastmath<contract> : f32
                  %v508 = llvm.load %v45 : !llvm.ptr -> f32
                  %v509 = llvm.load %v49 : !llvm.ptr -> f32
                  %v510 = arith.mulf %v509, %v508 fastmath<contract> : f32
                  %v511 = arith.addf %v507, %v510 fastmath<contract> : f32
                  llvm.store %v511, %v45 : f32, !llvm.ptr
                  %v512 = llvm.load %v69 : !llvm.ptr -> f32
                  %v513 = arith.mulf %v512, %v509 fastmath<contract> : f32
                  llvm.store %v513, %v69 : f32, !llvm.ptr
                  %v514 = arith.mulf %v176, %v506 fastmath<contract> : f32
                  %v515 = llvm.load %v46 : !llvm.ptr -> f32
                  %v516 = llvm.load %v50 : !llvm.ptr -> f32
                  %v517 = arith.mulf %v516, %v515 fastmath<contract> : f32
                  %v518 = arith.addf %v514, %v517 fastmath<contract> : f32
                  llvm.store %v518, %v46 : f32, !llvm.ptr
                  %v519 = llvm.load %v70 : !llvm.ptr -> f32
                  %v520 = arith.mulf %v519, %v516 fastmath<contract> : f32
                  llvm.store %v520, %v70 : f32, !llvm.ptr
                  %v521 = arith.mulf %v189, %v506 fastmath<contract> : f32
                  %v522 = llvm.load %v47 : !llvm.ptr -> f32
                  %v523 = llvm.load %v51 : !llvm.ptr -> f32
                  %v524 = arith.mulf %v523, %v522 fastmath<contract> : f32
                  %v525 = arith.addf %v521, %v524 fastmath<contract> : f32
                  llvm.store %v525, %v47 : f32, !llvm.ptr
                  %v526 = llvm.load %v71 : !llvm.ptr -> f32
                  %v527 = arith.mulf %v526, %v523 fastmath<contract> : f32
                  llvm.store %v527, %v71 : f32, !llvm.ptr
                  %v528 = arith.mulf %v202, %v506 fastmath<contract> : f32
                  %v529 = llvm.load %v48 : !llvm.ptr -> f32
                  %v530 = llvm.load %v52 : !llvm.ptr -> f32
                  %v531 = arith.mulf %v530, %v529 fastmath<contract> : f32
                  %v532 = arith.addf %v528, %v531 fastmath<contract> : f32
                  llvm.store %v532, %v48 : f32, !llvm.ptr
                  %v533 = llvm.load %v72 : !llvm.ptr -> f32
                  %v534 = arith.mulf %v533, %v530 fastmath<contract> : f32
                  llvm.store %v534, %v72 : f32, !llvm.ptr
                  scf.if %v499 {
                  }
                  llvm.store %v219, %v49 : f32, !llvm.ptr
                  llvm.store %v231, %v50 : f32, !llvm.ptr
                  llvm.store %v243, %v51 : f32, !llvm.ptr
                  llvm.store %v255, %v52 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v35 {
        %v535 = llvm.load %v45 : !llvm.ptr -> f32
        %v536 = arith.muli %v28, %v1 : i64
        %v537 = arith.addi %v536, %v31 : i64
        %v538 = arith.muli %v537, %v3 : i64
        %v539 = arith.subi %v3, %v2 : i64
        %v540 = arith.minsi %v34, %v539 : i64
        %v541 = arith.addi %v538, %v540 : i64
        %v542 = llvm.getelementptr %segsum_h[%v541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v535, %v542 : f32, !llvm.ptr
        %v543 = llvm.load %v69 : !llvm.ptr -> f32
        %v544 = arith.addi %v7, %v28 : i64
        %v545 = arith.muli %v544, %v1 : i64
        %v546 = arith.addi %v545, %v31 : i64
        %v547 = arith.muli %v546, %v3 : i64
        %v548 = arith.subi %v3, %v2 : i64
        %v549 = arith.minsi %v34, %v548 : i64
        %v550 = arith.addi %v547, %v549 : i64
        %v551 = llvm.getelementptr %segsum_h[%v550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v543, %v551 : f32, !llvm.ptr
        %v552 = llvm.load %v49 : !llvm.ptr -> f32
        %v553 = arith.muli %v256, %v7 : i64
        %v554 = arith.addi %v553, %v28 : i64
        %v555 = arith.muli %v554, %v1 : i64
        %v556 = arith.addi %v555, %v31 : i64
        %v557 = arith.muli %v556, %v3 : i64
        %v558 = arith.subi %v3, %v2 : i64
        %v559 = arith.minsi %v34, %v558 : i64
        %v560 = arith.addi %v557, %v559 : i64
        %v561 = llvm.getelementptr %segsum_h[%v560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v552, %v561 : f32, !llvm.ptr
        %v562 = llvm.load %v46 : !llvm.ptr -> f32
        %v563 = arith.addi %v30, %v31 : i64
        %v564 = arith.muli %v28, %v1 : i64
        %v565 = arith.addi %v564, %v563 : i64
        %v566 = arith.muli %v565, %v3 : i64
        %v567 = arith.subi %v3, %v2 : i64
        %v568 = arith.minsi %v34, %v567 : i64
        %v569 = arith.addi %v566, %v568 : i64
        %v570 = llvm.getelementptr %segsum_h[%v569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v562, %v570 : f32, !llvm.ptr
        %v571 = llvm.load %v70 : !llvm.ptr -> f32
        %v572 = arith.addi %v30, %v31 : i64
        %v573 = arith.addi %v7, %v28 : i64
        %v574 = arith.muli %v573, %v1 : i64
        %v575 = arith.addi %v574, %v572 : i64
        %v576 = arith.muli %v575, %v3 : i64
        %v577 = arith.subi %v3, %v2 : i64
        %v578 = arith.minsi %v34, %v577 : i64
        %v579 = arith.addi %v576, %v578 : i64
        %v580 = llvm.getelementptr %segsum_h[%v579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v571, %v580 : f32, !llvm.ptr
        %v581 = llvm.load %v50 : !llvm.ptr -> f32
        %v582 = arith.addi %v30, %v31 : i64
        %v583 = arith.muli %v256, %v7 : i64
        %v584 = arith.addi %v583, %v28 : i64
        %v585 = arith.muli %v584, %v1 : i64
        %v586 = arith.addi %v585, %v582 : i64
        %v587 = arith.muli %v586, %v3 : i64
        %v588 = arith.subi %v3, %v2 : i64
        %v589 = arith.minsi %v34, %v588 : i64
        %v590 = arith.addi %v587, %v589 : i64
        %v591 = llvm.getelementptr %segsum_h[%v590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v581, %v591 : f32, !llvm.ptr
        %v592 = llvm.load %v47 : !llvm.ptr -> f32
        %v594 = arith.addi %v593, %v31 : i64
        %v595 = arith.muli %v28, %v1 : i64
        %v596 = arith.addi %v595, %v594 : i64
        %v597 = arith.muli %v596, %v3 : i64
        %v598 = arith.subi %v3, %v2 : i64
        %v599 = arith.minsi %v34, %v598 : i64
        %v600 = arith.addi %v597, %v599 : i64
        %v601 = llvm.getelementptr %segsum_h[%v600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v592, %v601 : f32, !llvm.ptr
        %v602 = llvm.load %v71 : !llvm.ptr -> f32
        %v603 = arith.addi %v593, %v31 : i64
        %v604 = arith.addi %v7, %v28 : i64
        %v605 = arith.muli %v604, %v1 : i64
        %v606 = arith.addi %v605, %v603 : i64
        %v607 = arith.muli %v606, %v3 : i64
        %v608 = arith.subi %v3, %v2 : i64
        %v609 = arith.minsi %v34, %v608 : i64
        %v610 = arith.addi %v607, %v609 : i64
        %v611 = llvm.getelementptr %segsum_h[%v610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v602, %v611 : f32, !llvm.ptr
        %v612 = llvm.load %v51 : !llvm.ptr -> f32
        %v613 = arith.addi %v593, %v31 : i64
        %v614 = arith.muli %v256, %v7 : i64
        %v615 = arith.addi %v614, %v28 : i64
        %v616 = arith.muli %v615, %v1 : i64
        %v617 = arith.addi %v616, %v613 : i64
        %v618 = arith.muli %v617, %v3 : i64
        %v619 = arith.subi %v3, %v2 : i64
        %v620 = arith.minsi %v34, %v619 : i64
        %v621 = arith.addi %v618, %v620 : i64
        %v622 = llvm.getelementptr %segsum_h[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v612, %v622 : f32, !llvm.ptr
        %v623 = llvm.load %v48 : !llvm.ptr -> f32
        %v625 = arith.addi %v624, %v31 : i64
        %v626 = arith.muli %v28, %v1 : i64
        %v627 = arith.addi %v626, %v625 : i64
        %v628 = arith.muli %v627, %v3 : i64
        %v629 = arith.subi %v3, %v2 : i64
        %v630 = arith.minsi %v34, %v629 : i64
        %v631 = arith.addi %v628, %v630 : i64
        %v632 = llvm.getelementptr %segsum_h[%v631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v623, %v632 : f32, !llvm.ptr
        %v633 = llvm.load %v72 : !llvm.ptr -> f32
        %v634 = arith.addi %v624, %v31 : i64
        %v635 = arith.addi %v7, %v28 : i64
        %v636 = arith.muli %v635, %v1 : i64
        %v637 = arith.addi %v636, %v634 : i64
        %v638 = arith.muli %v637, %v3 : i64
        %v639 = arith.subi %v3, %v2 : i64
        %v640 = arith.minsi %v34, %v639 : i64
        %v641 = arith.addi %v638, %v640 : i64
        %v642 = llvm.getelementptr %segsum_h[%v641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v633, %v642 : f32, !llvm.ptr
        %v643 = llvm.load %v52 : !llvm.ptr -> f32
        %v644 = arith.addi %v624, %v31 : i64
        %v645 = arith.muli %v256, %v7 : i64
        %v646 = arith.addi %v645, %v28 : i64
        %v647 = arith.muli %v646, %v1 : i64
        %v648 = arith.addi %v647, %v644 : i64
        %v649 = arith.muli %v648, %v3 : i64
        %v650 = arith.subi %v3, %v2 : i64
        %v651 = arith.minsi %v34, %v650 : i64
        %v652 = arith.addi %v649, %v651 : i64
        %v653 = llvm.getelementptr %segsum_h[%v652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v643, %v653 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
