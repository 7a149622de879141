module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s4d_bwd_sum(%in_u: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bp: !llvm.ptr, %in_Cp: !llvm.ptr, %in_Dskip: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segsum_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v18 = arith.constant 32 : i64
      %v19 = arith.constant 31 : i64
      %v24 = arith.constant 8 : i64
      %v36 = arith.constant 4 : i64
      %v40 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v41 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v42 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v43 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v44 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v48 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v49 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v50 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v51 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v52 = arith.constant 0x00000000 : f32
      %v53 = arith.constant 0x3F800000 : f32
      %v54 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v56 = arith.constant 0 : i64
      %v58 = arith.constant 64 : i64
      %v59 = arith.constant 7 : i64
      %v60 = arith.constant 63 : i64
      %v137 = arith.constant 0x3FB8AA3B : f32
      %v145 = arith.constant 2147483647 : i64
      %v149 = arith.constant 7 : i32
      %v152 = arith.constant 32 : i32
      %v160 = arith.muli %size_L, %size_D : i64
      %v209 = arith.constant 6 : i64
      %v211 = arith.constant 6 : i32
      %v269 = arith.constant 5 : i64
      %v271 = arith.constant 5 : i32
      %v330 = arith.constant 4 : i32
      %v388 = arith.constant 3 : i64
      %v390 = arith.constant 3 : i32
      %v448 = arith.constant 2 : i64
      %v450 = arith.constant 2 : i32
      %v509 = arith.constant 1 : i32
      %v567 = arith.constant 0 : i32
      %v14 = gpu.block_id x
      %v15 = gpu.thread_id x
      %v16 = arith.index_cast %v15 : index to i64
      %v17 = arith.index_cast %v14 : index to i64
      %v20 = arith.addi %v3, %v19 : i64
      %v21 = arith.divui %v20, %v18 : i64
      %v22 = arith.divui %v17, %v21 : i64
      %v23 = arith.remui %v17, %v21 : i64
      %v25 = arith.remui %v16, %v24 : i64
      %v26 = arith.divui %v16, %v24 : i64
      %v27 = arith.muli %v23, %v18 : i64
      %v28 = arith.addi %v27, %v26 : i64
      %v29 = arith.cmpi slt, %v28, %v3 : i64
      %v30 = arith.subi %v3, %v2 : i64
      %v31 = arith.minsi %v28, %v30 : i64
      %v32 = arith.remui %v31, %size_D : i64
      %v33 = arith.divui %v31, %size_D : i64
      %v34 = arith.remui %v33, %size_B : i64
      %v35 = arith.divui %v33, %size_B : i64
      %v63 = arith.trunci %v16 : i64 to i32
      %v64 = arith.constant 24 : i32
      %v65 = arith.andi %v63, %v64 : i32
      %v66 = arith.constant 0 : i32
      %v67 = arith.ori %v65, %v66 : i32
      %v68 = arith.constant 0 : i64
      %v69 = arith.cmpi eq, %v25, %v68 : i64
      %v70 = arith.constant 1 : i32
      %v71 = arith.ori %v65, %v70 : i32
      %v72 = arith.constant 1 : i64
      %v73 = arith.cmpi eq, %v25, %v72 : i64
      %v74 = arith.constant 2 : i32
      %v75 = arith.ori %v65, %v74 : i32
      %v76 = arith.constant 2 : i64
      %v77 = arith.cmpi eq, %v25, %v76 : i64
      %v78 = arith.constant 3 : i32
      %v79 = arith.ori %v65, %v78 : i32
      %v80 = arith.constant 3 : i64
      %v81 = arith.cmpi eq, %v25, %v80 : i64
      %v82 = arith.constant 4 : i32
      %v83 = arith.ori %v65, %v82 : i32
      %v84 = arith.constant 4 : i64
      %v85 = arith.cmpi eq, %v25, %v84 : i64
      %v86 = arith.constant 5 : i32
      %v87 = arith.ori %v65, %v86 : i32
      %v88 = arith.constant 5 : i64
      %v89 = arith.cmpi eq, %v25, %v88 : i64
      %v90 = arith.constant 6 : i32
      %v91 = arith.ori %v65, %v90 : i32
      %v92 = arith.constant 6 : i64
      %v93 = arith.cmpi eq, %v25, %v92 : i64
      %v94 = arith.constant 7 : i32
      %v95 = arith.ori %v65, %v94 : i32
      %v96 = arith.constant 7 : i64
      %v97 = arith.cmpi eq, %v25, %v96 : i64
      %v37 = arith.muli %v22, %v36 : i64
      %v38 = arith.addi %v37, %v36 : i64
      %v39 = arith.muli %v22, %v3 : i64
      llvm.store %v52, %v40 : f32, !llvm.ptr
      llvm.store %v52, %v41 : f32, !llvm.ptr
      llvm.store %v53, %v42 : f32, !llvm.ptr
      llvm.store %v53, %v43 : f32, !llvm.ptr
      llvm.store %v52, %v44 : f32, !llvm.ptr
      llvm.store %v52, %v45 : f32, !llvm.ptr
      llvm.store %v52, %v46 : f32, !llvm.ptr
      llvm.store %v52, %v47 : f32, !llvm.ptr
      llvm.store %v52, %v48 : f32, !llvm.ptr
      llvm.store %v52, %v49 : f32, !llvm.ptr
      llvm.store %v52, %v50 : f32, !llvm.ptr
      llvm.store %v52, %v51 : f32, !llvm.ptr
      llvm.store %v53, %v54 : f32, !llvm.ptr
      llvm.store %v53, %v55 : f32, !llvm.ptr
      %v57 = arith.cmpi eq, %size_L, %v56 : i64
      scf.if %v57 {
        llvm.store %v52, %v12 : f32, !llvm.ptr
        llvm.store %v52, %v13 : f32, !llvm.ptr
      }
      %v61 = arith.addi %size_L, %v60 : i64
      %v62 = arith.divui %v61, %v58 : i64
      %v98 = arith.minsi %v38, %v62 : i64
      %v99 = arith.muli %v22, %v24 : i64
      %v100 = arith.subi %v98, %v37 : i64
      %v101 = arith.maxsi %v100, %v56 : i64
      %v102 = arith.index_cast %v56 : i64 to index
      %v103 = arith.index_cast %v101 : i64 to index
      %v104 = arith.index_cast %v2 : i64 to index
      scf.for %v105 = %v102 to %v103 step %v104 {
        %v106 = arith.index_cast %v105 : index to i64
        %v107 = arith.subi %v98, %v2 : i64
        %v108 = arith.subi %v107, %v106 : i64
        %v109 = arith.muli %v108, %v58 : i64
        %v110 = arith.subi %size_L, %v109 : i64
        %v111 = arith.minsi %v110, %v58 : i64
        %v112 = arith.addi %v111, %v59 : i64
        %v113 = arith.divui %v112, %v24 : i64
        %v114 = arith.index_cast %v56 : i64 to index
        %v115 = arith.index_cast %v2 : i64 to index
        %v116 = arith.index_cast %v2 : i64 to index
        scf.for %v117 = %v114 to %v115 step %v116 {
          %v118 = arith.index_cast %v117 : index to i64
          %v119 = arith.index_cast %v56 : i64 to index
          %v120 = arith.index_cast %v113 : i64 to index
          %v121 = arith.index_cast %v2 : i64 to index
          scf.for %v122 = %v119 to %v120 step %v121 {
            %v123 = arith.index_cast %v122 : index to i64
            %v124 = arith.cmpi slt, %v123, %v113 : i64
            scf.if %v124 {
              %v125 = arith.subi %v113, %v2 : i64
              %v126 = arith.subi %v125, %v123 : i64
              %v127 = arith.muli %v126, %v24 : i64
              %v128 = arith.addi %v99, %v126 : i64
              %v129 = arith.addi %v127, %v24 : i64
              %v130 = arith.cmpi sle, %v129, %v111 : i64
              scf.if %v130 {
                %v131 = arith.subi %v111, %v2 : i64
                %v132 = arith.addi %v127, %v25 : i64
                %v133 = arith.minsi %v132, %v131 : i64
                %v134 = arith.addi %v109, %v133 : i64
                %v135 = llvm.getelementptr %in_log_dt[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v136 = llvm.load %v135 : !llvm.ptr -> f32
                %v138 = arith.mulf %v136, %v137 fastmath<contract> : f32
                %v139 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v138) : (f32) -> f32
                // the group's states, recomputed into registers
                %v140 = arith.subi %v111, %v127 : i64
                %v141 = arith.trunci %v140 : i64 to i32
                %v142 = arith.subi %size_L, %v2 : i64
                %v143 = arith.addi %v109, %v127 : i64
                %v144 = arith.subi %v142, %v143 : i64
                %v146 = arith.minsi %v144, %v145 : i64
                %v147 = arith.trunci %v146 : i64 to i32
                %v148 = arith.addi %v127, %v59 : i64
                %v150 = arith.cmpi slt, %v149, %v141 : i32
                %v151 = arith.cmpi eq, %v149, %v147 : i32
                %v153, %v154 = gpu.shuffle idx %v139, %v95, %v152 : f32
                %v155 = arith.addi %v109, %v148 : i64
                %v156 = arith.muli %v32, %v1 : i64
                %v157 = arith.addi %v156, %v25 : i64
                %v158 = llvm.getelementptr %in_Cp[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v159 = llvm.load %v158 : !llvm.ptr -> f32
                %v161 = arith.muli %v34, %v160 : i64
                %v162 = arith.muli %v32, %size_L : i64
                %v163 = arith.addi %v161, %v162 : i64
                %v164 = arith.addi %v163, %v155 : i64
                %v165 = llvm.getelementptr %dy_y[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v166 = llvm.load %v165 : !llvm.ptr -> f32
                %v167 = arith.mulf %v159, %v166 fastmath<contract> : f32
                %v168 = llvm.load %v40 : !llvm.ptr -> f32
                %v169 = llvm.load %v42 : !llvm.ptr -> f32
                %v170 = arith.mulf %v169, %v168 fastmath<contract> : f32
                %v171 = arith.addf %v167, %v170 fastmath<contract> : f32
                llvm.store %v171, %v40 : f32, !llvm.ptr
                %v172 = llvm.load %v54 : !llvm.ptr -> f32
                %v173 = arith.mulf %v172, %v169 fastmath<contract> : f32
                llvm.store %v173, %v54 : f32, !llvm.ptr
                %v174 = arith.muli %v32, %v1 : i64
                %v175 = arith.constant 8 : i64
                %v176 = arith.addi %v175, %v25 : i64
                %v177 = arith.addi %v174, %v176 : i64
                %v178 = llvm.getelementptr %in_Cp[%v177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v179 = llvm.load %v178 : !llvm.ptr -> f32
                %v180 = arith.mulf %v179, %v166 fastmath<contract> : f32
                %v181 = llvm.load %v41 : !llvm.ptr -> f32
                %v182 = llvm.load %v43 : !llvm.ptr -> f32
                %v183 = arith.mulf %v182, %v181 fastmath<contract> : f32
                %v184 = arith.addf %v180, %v183 fastmath<contract> : f32
                llvm.store %v184, %v41 : f32, !llvm.ptr
                %v185 = llvm.load %v55 : !llvm.ptr -> f32
                %v186 = arith.mulf %v185, %v182 fastmath<contract> : f32
                llvm.store %v186, %v55 : f32, !llvm.ptr
                scf.if %v151 {
                }
                %v187 = arith.muli %v32, %v1 : i64
                %v188 = arith.addi %v187, %v25 : i64
                %v189 = llvm.getelementptr %in_A_log[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v190 = llvm.load %v189 : !llvm.ptr -> f32
                %v191 = arith.mulf %v190, %v137 fastmath<contract> : f32
                %v192 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v191) : (f32) -> f32
                %v193 = arith.negf %v192 : f32
                %v194 = arith.mulf %v153, %v193 fastmath<contract> : f32
                %v195 = arith.mulf %v194, %v137 fastmath<contract> : f32
                %v196 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v195) : (f32) -> f32
                llvm.store %v196, %v42 : f32, !llvm.ptr
                %v197 = arith.muli %v32, %v1 : i64
                %v198 = arith.constant 8 : i64
                %v199 = arith.addi %v198, %v25 : i64
                %v200 = arith.addi %v197, %v199 : i64
                %v201 = llvm.getelementptr %in_A_log[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v202 = llvm.load %v201 : !llvm.ptr -> f32
                %v203 = arith.mulf %v202, %v137 fastmath<contract> : f32
                %v204 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v203) : (f32) -> f32
                %v205 = arith.negf %v204 : f32
                %v206 = arith.mulf %v153, %v205 fastmath<contract> : f32
                %v207 = arith.mulf %v206, %v137 fastmath<contract> : f32
                %v208 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v207) : (f32) -> f32
                llvm.store %v208, %v43 : f32, !llvm.ptr
                %v210 = arith.addi %v127, %v209 : i64
                %v212 = arith.cmpi slt, %v211, %v141 : i32
                %v213 = arith.cmpi eq, %v211, %v147 : i32
                %v214, %v215 = gpu.shuffle idx %v139, %v91, %v152 : f32
                %v216 = arith.addi %v109, %v210 : i64
                %v217 = arith.muli %v32, %v1 : i64
                %v218 = arith.addi %v217, %v25 : i64
                %v219 = llvm.getelementptr %in_Cp[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v220 = llvm.load %v219 : !llvm.ptr -> f32
                %v221 = arith.muli %v34, %v160 : i64
                %v222 = arith.muli %v32, %size_L : i64
                %v223 = arith.addi %v221, %v222 : i64
                %v224 = arith.addi %v223, %v216 : i64
                %v225 = llvm.getelementptr %dy_y[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v226 = llvm.load %v225 : !llvm.ptr -> f32
                %v227 = arith.mulf %v220, %v226 fastmath<contract> : f32
                %v228 = llvm.load %v40 : !llvm.ptr -> f32
                %v229 = llvm.load %v42 : !llvm.ptr -> f32
                %v230 = arith.mulf %v229, %v228 fastmath<contract> : f32
                %v231 = arith.addf %v227, %v230 fastmath<contract> : f32
                llvm.store %v231, %v40 : f32, !llvm.ptr
                %v232 = llvm.load %v54 : !llvm.ptr -> f32
                %v233 = arith.mulf %v232, %v229 fastmath<contract> : f32
                llvm.store %v233, %v54 : f32, !llvm.ptr
                %v234 = arith.muli %v32, %v1 : i64
                %v235 = arith.constant 8 : i64
                %v236 = arith.addi %v235, %v25 : i64
                %v237 = arith.addi %v234, %v236 : i64
                %v238 = llvm.getelementptr %in_Cp[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v239 = llvm.load %v238 : !llvm.ptr -> f32
                %v240 = arith.mulf %v239, %v226 fastmath<contract> : f32
                %v241 = llvm.load %v41 : !llvm.ptr -> f32
                %v242 = llvm.load %v43 : !llvm.ptr -> f32
                %v243 = arith.mulf %v242, %v241 fastmath<contract> : f32
                %v244 = arith.addf %v240, %v243 fastmath<contract> : f32
                llvm.store %v244, %v41 : f32, !llvm.ptr
                %v245 = llvm.load %v55 : !llvm.ptr -> f32
                %v246 = arith.mulf %v245, %v242 fastmath<contract> : f32
                llvm.store %v246, %v55 : f32, !llvm.ptr
                scf.if %v213 {
                }
                %v247 = arith.muli %v32, %v1 : i64
                %v248 = arith.addi %v247, %v25 : i64
                %v249 = llvm.getelementptr %in_A_log[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v250 = llvm.load %v249 : !llvm.ptr -> f32
                %v251 = arith.mulf %v250, %v137 fastmath<contract> : f32
                %v252 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v251) : (f32) -> f32
                %v253 = arith.negf %v252 : f32
                %v254 = arith.mulf %v214, %v253 fastmath<contract> : f32
                %v255 = arith.mulf %v254, %v137 fastmath<contract> : f32
                %v256 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v255) : (f32) -> f32
                llvm.store %v256, %v42 : f32, !llvm.ptr
                %v257 = arith.muli %v32, %v1 : i64
                %v258 = arith.constant 8 : i64
                %v259 = arith.addi %v258, %v25 : i64
                %v260 = arith.addi %v257, %v259 : i64
                %v261 = llvm.getelementptr %in_A_log[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v262 = llvm.load %v261 : !llvm.ptr -> f32
                %v263 = arith.mulf %v262, %v137 fastmath<contract> : f32
                %v264 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v263) : (f32) -> f32
                %v265 = arith.negf %v264 : f32
                %v266 = arith.mulf %v214, %v265 fastmath<contract> : f32
                %v267 = arith.mulf %v266, %v137 fastmath<contract> : f32
                %v268 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v267) : (f32) -> f32
                llvm.store %v268, %v43 : f32, !llvm.ptr
                %v270 = arith.addi %v127, %v269 : i64
                %v272 = arith.cmpi slt, %v271, %v141 : i32
                %v273 = arith.cmpi eq, %v271, %v147 : i32
                %v274, %v275 = gpu.shuffle idx %v139, %v87, %v152 : f32
                %v276 = arith.addi %v109, %v270 : i64
                %v277 = arith.muli %v32, %v1 : i64
                %v278 = arith.addi %v277, %v25 : i64
                %v279 = llvm.getelementptr %in_Cp[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v280 = llvm.load %v279 : !llvm.ptr -> f32
                %v281 = arith.muli %v34, %v160 : i64
                %v282 = arith.muli %v32, %size_L : i64
                %v283 = arith.addi %v281, %v282 : i64
                %v284 = arith.addi %v283, %v276 : i64
                %v285 = llvm.getelementptr %dy_y[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v286 = llvm.load %v285 : !llvm.ptr -> f32
                %v287 = arith.mulf %v280, %v286 fastmath<contract> : f32
                %v288 = llvm.load %v40 : !llvm.ptr -> f32
                %v289 = llvm.load %v42 : !llvm.ptr -> f32
                %v290 = arith.mulf %v289, %v288 fastmath<contract> : f32
                %v291 = arith.addf %v287, %v290 fastmath<contract> : f32
                llvm.store %v291, %v40 : f32, !llvm.ptr
                %v292 = llvm.load %v54 : !llvm.ptr -> f32
                %v293 = arith.mulf %v292, %v289 fastmath<contract> : f32
                llvm.store %v293, %v54 : f32, !llvm.ptr
                %v294 = arith.muli %v32, %v1 : i64
                %v295 = arith.constant 8 : i64
                %v296 = arith.addi %v295, %v25 : i64
                %v297 = arith.addi %v294, %v296 : i64
                %v298 = llvm.getelementptr %in_Cp[%v297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v299 = llvm.load %v298 : !llvm.ptr -> f32
                %v300 = arith.mulf %v299, %v286 fastmath<contract> : f32
                %v301 = llvm.load %v41 : !llvm.ptr -> f32
                %v302 = llvm.load %v43 : !llvm.ptr -> f32
                %v303 = arith.mulf %v302, %v301 fastmath<contract> : f32
                %v304 = arith.addf %v300, %v303 fastmath<contract> : f32
                llvm.store %v304, %v41 : f32, !llvm.ptr
                %v305 = llvm.load %v55 : !llvm.ptr -> f32
                %v306 = arith.mulf %v305, %v302 fastmath<contract> : f32
                llvm.store %v306, %v55 : f32, !llvm.ptr
                scf.if %v273 {
                }
                %v307 = arith.muli %v32, %v1 : i64
                %v308 = arith.addi %v307, %v25 : i64
                %v309 = llvm.getelementptr %in_A_log[%v308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v310 = llvm.load %v309 : !llvm.ptr -> f32
                %v311 = arith.mulf %v310, %v137 fastmath<contract> : f32
                %v312 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v311) : (f32) -> f32
                %v313 = arith.negf %v312 : f32
                %v314 = arith.mulf %v274, %v313 fastmath<contract> : f32
                %v315 = arith.mulf %v314, %v137 fastmath<contract> : f32
                %v316 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v315) : (f32) -> f32
                llvm.store %v316, %v42 : f32, !llvm.ptr
                %v317 = arith.muli %v32, %v1 : i64
                %v318 = arith.constant 8 : i64
                %v319 = arith.addi %v318, %v25 : i64
                %v320 = arith.addi %v317, %v319 : i64
                %v321 = llvm.getelementptr %in_A_log[%v320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v322 = llvm.load %v321 : !llvm.ptr -> f32
                %v323 = arith.mulf %v322, %v137 fastmath<contract> : f32
                %v324 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v323) : (f32) -> f32
                %v325 = arith.negf %v324 : f32
                %v326 = arith.mulf %v274, %v325 fastmath<contract> : f32
                %v327 = arith.mulf %v326, %v137 fastmath<contract> : f32
                %v328 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v327) : (f32) -> f32
                llvm.store %v328, %v43 : f32, !llvm.ptr
                %v329 = arith.addi %v127, %v36 : i64
                %v331 = arith.cmpi slt, %v330, %v141 : i32
                %v332 = arith.cmpi eq, %v330, %v147 : i32
                %v333, %v334 = gpu.shuffle idx %v139, %v83, %v152 : f32
                %v335 = arith.addi %v109, %v329 : i64
                %v336 = arith.muli %v32, %v1 : i64
                %v337 = arith.addi %v336, %v25 : i64
                %v338 = llvm.getelementptr %in_Cp[%v337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v339 = llvm.load %v338 : !llvm.ptr -> f32
                %v340 = arith.muli %v34, %v160 : i64
                %v341 = arith.muli %v32, %size_L : i64
                %v342 = arith.addi %v340, %v341 : i64
                %v343 = arith.addi %v342, %v335 : i64
                %v344 = llvm.getelementptr %dy_y[%v343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v345 = llvm.load %v344 : !llvm.ptr -> f32
                %v346 = arith.mulf %v339, %v345 fastmath<contract> : f32
                %v347 = llvm.load %v40 : !llvm.ptr -> f32
                %v348 = llvm.load %v42 : !llvm.ptr -> f32
                %v349 = arith.mulf %v348, %v347 fastmath<contract> : f32
                %v350 = arith.addf %v346, %v349 fastmath<contract> : f32
                llvm.store %v350, %v40 : f32, !llvm.ptr
                %v351 = llvm.load %v54 : !llvm.ptr -> f32
                %v352 = arith.mulf %v351, %v348 fastmath<contract> : f32
                llvm.store %v352, %v54 : f32, !llvm.ptr
                %v353 = arith.muli %v32, %v1 : i64
                %v354 = arith.constant 8 : i64
                %v355 = arith.addi %v354, %v25 : i64
                %v356 = arith.addi %v353, %v355 : i64
                %v357 = llvm.getelementptr %in_Cp[%v356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v358 = llvm.load %v357 : !llvm.ptr -> f32
                %v359 = arith.mulf %v358, %v345 fastmath<contract> : f32
                %v360 = llvm.load %v41 : !llvm.ptr -> f32
                %v361 = llvm.load %v43 : !llvm.ptr -> f32
                %v362 = arith.mulf %v361, %v360 fastmath<contract> : f32
                %v363 = arith.addf %v359, %v362 fastmath<contract> : f32
                llvm.store %v363, %v41 : f32, !llvm.ptr
                %v364 = llvm.load %v55 : !llvm.ptr -> f32
                %v365 = arith.mulf %v364, %v361 fastmath<contract> : f32
                llvm.store %v365, %v55 : f32, !llvm.ptr
                scf.if %v332 {
                }
                %v366 = arith.muli %v32, %v1 : i64
                %v367 = arith.addi %v366, %v25 : i64
                %v368 = llvm.getelementptr %in_A_log[%v367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v369 = llvm.load %v368 : !llvm.ptr -> f32
                %v370 = arith.mulf %v369, %v137 fastmath<contract> : f32
                %v371 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v370) : (f32) -> f32
                %v372 = arith.negf %v371 : f32
                %v373 = arith.mulf %v333, %v372 fastmath<contract> : f32
                %v374 = arith.mulf %v373, %v137 fastmath<contract> : f32
                %v375 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v374) : (f32) -> f32
                llvm.store %v375, %v42 : f32, !llvm.ptr
                %v376 = arith.muli %v32, %v1 : i64
                %v377 = arith.constant 8 : i64
                %v378 = arith.addi %v377, %v25 : i64
                %v379 = arith.addi %v376, %v378 : i64
                %v380 = llvm.getelementptr %in_A_log[%v379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v381 = llvm.load %v380 : !llvm.ptr -> f32
                %v382 = arith.mulf %v381, %v137 fastmath<contract> : f32
                %v383 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v382) : (f32) -> f32
                %v384 = arith.negf %v383 : f32
                %v385 = arith.mulf %v333, %v384 fastmath<contract> : f32
                %v386 = arith.mulf %v385, %v137 fastmath<contract> : f32
                %v387 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v386) : (f32) -> f32
                llvm.store %v387, %v43 : f32, !llvm.ptr
                %v389 = arith.addi %v127, %v388 : i64
                %v391 = arith.cmpi slt, %v390, %v141 : i32
                %v392 = arith.cmpi eq, %v390, %v147 : i32
                %v393, %v394 = gpu.shuffle idx %v139, %v79, %v152 : f32
                %v395 = arith.addi %v109, %v389 : i64
                %v396 = arith.muli %v32, %v1 : i64
                %v397 = arith.addi %v396, %v25 : i64
                %v398 = llvm.getelementptr %in_Cp[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v399 = llvm.load %v398 : !llvm.ptr -> f32
                %v400 = arith.muli %v34, %v160 : i64
                %v401 = arith.muli %v32, %size_L : i64
                %v402 = arith.addi %v400, %v401 : i64
                %v403 = arith.addi %v402, %v395 : i64
                %v404 = llvm.getelementptr %dy_y[%v403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v405 = llvm.load %v404 : !llvm.ptr -> f32
                %v406 = arith.mulf %v399, %v405 fastmath<contract> : f32
                %v407 = llvm.load %v40 : !llvm.ptr -> f32
                %v408 = llvm.load %v42 : !llvm.ptr -> f32
                %v409 = arith.mulf %v408, %v407 fastmath<contract> : f32
                %v410 = arith.addf %v406, %v409 fastmath<contract> : f32
                llvm.store %v410, %v40 : f32, !llvm.ptr
                %v411 = llvm.load %v54 : !llvm.ptr -> f32
                %v412 = arith.mulf %v411, %v408 fastmath<contract> : f32
                llvm.store %v412, %v54 : f32, !llvm.ptr
                %v413 = arith.muli %v32, %v1 : i64
                %v414 = arith.constant 8 : i64
                %v415 = arith.addi %v414, %v25 : i64
                %v416 = arith.addi %v413, %v415 : i64
                %v417 = llvm.getelementptr %in_Cp[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v418 = llvm.load %v417 : !llvm.ptr -> f32
                %v419 = arith.mulf %v418, %v405 fastmath<contract> : f32
                %v420 = llvm.load %v41 : !llvm.ptr -> f32
                %v421 = llvm.load %v43 : !llvm.ptr -> f32
                %v422 = arith.mulf %v421, %v420 fastmath<contract> : f32
                %v423 = arith.addf %v419, %v422 fastmath<contract> : f32
                llvm.store %v423, %v41 : f32, !llvm.ptr
                %v424 = llvm.load %v55 : !llvm.ptr -> f32
                %v425 = arith.mulf %v424, %v421 fastmath<contract> : f32
                llvm.store %v425, %v55 : f32, !llvm.ptr
                scf.if %v392 {
                }
                %v426 = arith.muli %v32, %v1 : i64
                %v427 = arith.addi %v426, %v25 : i64
                %v428 = llvm.getelementptr %in_A_log[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v429 = llvm.load %v428 : !llvm.ptr -> f32
                %v430 = arith.mulf %v429, %v137 fastmath<contract> : f32
                %v431 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v430) : (f32) -> f32
                %v432 = arith.negf %v431 : f32
                %v433 = arith.mulf %v393, %v432 fastmath<contract> : f32
                %v434 = arith.mulf %v433, %v137 fastmath<contract> : f32
                %v435 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v434) : (f32) -> f32
                llvm.store %v435, %v42 : f32, !llvm.ptr
                %v436 = arith.muli %v32, %v1 : i64
                %v437 = arith.constant 8 : i64
                %v438 = arith.addi %v437, %v25 : i64
                %v439 = arith.addi %v436, %v438 : i64
                %v440 = llvm.getelementptr %in_A_log[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v441 = llvm.load %v440 : !llvm.ptr -> f32
                %v442 = arith.mulf %v441, %v137 fastmath<contract> : f32
                %v443 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v442) : (f32) -> f32
                %v444 = arith.negf %v443 : f32
                %v445 = arith.mulf %v393, %v444 fastmath<contract> : f32
                %v446 = arith.mulf %v445, %v137 fastmath<contract> : f32
                %v447 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v446) : (f32) -> f32
                llvm.store %v447, %v43 : f32, !llvm.ptr
                %v449 = arith.addi %v127, %v448 : i64
                %v451 = arith.cmpi slt, %v450, %v141 : i32
                %v452 = arith.cmpi eq, %v450, %v147 : i32
                %v453, %v454 = gpu.shuffle idx %v139, %v75, %v152 : f32
                %v455 = arith.addi %v109, %v449 : i64
                %v456 = arith.muli %v32, %v1 : i64
                %v457 = arith.addi %v456, %v25 : i64
                %v458 = llvm.getelementptr %in_Cp[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v459 = llvm.load %v458 : !llvm.ptr -> f32
                %v460 = arith.muli %v34, %v160 : i64
                %v461 = arith.muli %v32, %size_L : i64
                %v462 = arith.addi %v460, %v461 : i64
                %v463 = arith.addi %v462, %v455 : i64
                %v464 = llvm.getelementptr %dy_y[%v463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v465 = llvm.load %v464 : !llvm.ptr -> f32
                %v466 = arith.mulf %v459, %v465 fastmath<contract> : f32
                %v467 = llvm.load %v40 : !llvm.ptr -> f32
                %v468 = llvm.load %v42 : !llvm.ptr -> f32
                %v469 = arith.mulf %v468, %v467 fastmath<contract> : f32
                %v470 = arith.addf %v466, %v469 fastmath<contract> : f32
                llvm.store %v470, %v40 : f32, !llvm.ptr
                %v471 = llvm.load %v54 : !llvm.ptr -> f32
                %v472 = arith.mulf %v471, %v468 fastmath<contract> : f32
                llvm.store %v472, %v54 : f32, !llvm.ptr
                %v473 = arith.muli %v32, %v1 : i64
                %v474 = arith.constant 8 : i64
                %v475 = arith.addi %v474, %v25 : i64
                %v476 = arith.addi %v473, %v475 : i64
                %v477 = llvm.getelementptr %in_Cp[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v478 = llvm.load %v477 : !llvm.ptr -> f32
                %v479 = arith.mulf %v478, %v465 fastmath<contract> : f32
                %v480 = llvm.load %v41 : !llvm.ptr -> f32
                %v481 = llvm.load %v43 : !llvm.ptr -> f32
                %v482 = arith.mulf %v481, %v480 fastmath<contract> : f32
                %v483 = arith.addf %v479, %v482 fastmath<contract> : f32
                llvm.store %v483, %v41 : f32, !llvm.ptr
                %v484 = llvm.load %v55 : !llvm.ptr -> f32
                %v485 = arith.mulf %v484, %v481 fastmath<contract> : f32
                llvm.store %v485, %v55 : f32, !llvm.ptr
                scf.if %v452 {
                }
                %v486 = arith.muli %v32, %v1 : i64
                %v487 = arith.addi %v486, %v25 : i64
                %v488 = llvm.getelementptr %in_A_log[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v489 = llvm.load %v488 : !llvm.ptr -> f32
                %v490 = arith.mulf %v489, %v137 fastmath<contract> : f32
                %v491 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v490) : (f32) -> f32
                %v492 = arith.negf %v491 : f32
                %v493 = arith.mulf %v453, %v492 fastmath<contract> : f32
                %v494 = arith.mulf %v493, %v137 fastmath<contract> : f32
                %v495 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v494) : (f32) -> f32
                llvm.store %v495, %v42 : f32, !llvm.ptr
                %v496 = arith.muli %v32, %v1 : i64
                %v497 = arith.constant 8 : i64
                %v498 = arith.addi %v497, %v25 : i64
                %v499 = arith.addi %v496, %v498 : i64
                %v500 = llvm.getelementptr %in_A_log[%v499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v501 = llvm.load %v500 : !llvm.ptr -> f32
                %v502 = arith.mulf %v501, %v137 fastmath<contract> : f32
                %v503 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v502) : (f32) -> f32
                %v504 = arith.negf %v503 : f32
                %v505 = arith.mulf %v453, %v504 fastmath<contract> : f32
                %v506 = arith.mulf %v505, %v137 fastmath<contract> : f32
                %v507 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v506) : (f32) -> f32
                llvm.store %v507, %v43 : f32, !llvm.ptr
                %v508 = arith.addi %v127, %v2 : i64
                %v510 = arith.cmpi slt, %v509, %v141 : i32
                %v511 = arith.cmpi eq, %v509, %v147 : i32
                %v512, %v513 = gpu.shuffle idx %v139, %v71, %v152 : f32
                %v514 = arith.addi %v109, %v508 : i64
                %v515 = arith.muli %v32, %v1 : i64
                %v516 = arith.addi %v515, %v25 : i64
                %v517 = llvm.getelementptr %in_Cp[%v516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v518 = llvm.load %v517 : !llvm.ptr -> f32
                %v519 = arith.muli %v34, %v160 : i64
                %v520 = arith.muli %v32, %size_L : i64
                %v521 = arith.addi %v519, %v520 : i64
                %v522 = arith.addi %v521, %v514 : i64
                %v523 = llvm.getelementptr %dy_y[%v522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v524 = llvm.load %v523 : !llvm.ptr -> f32
                %v525 = arith.mulf %v518, %v524 fastmath<contract> : f32
                %v526 = llvm.load %v40 : !llvm.ptr -> f32
                %v527 = llvm.load %v42 : !llvm.ptr -> f32
                %v528 = arith.mulf %v527, %v526 fastmath<contract> : f32
                %v529 = arith.addf %v525, %v528 fastmath<contract> : f32
                llvm.store %v529, %v40 : f32, !llvm.ptr
                %v530 = llvm.load %v54 : !llvm.ptr -> f32
                %v531 = arith.mulf %v530, %v527 fastmath<contract> : f32
                llvm.store %v531, %v54 : f32, !llvm.ptr
                %v532 = arith.muli %v32, %v1 : i64
                %v533 = arith.constant 8 : i64
                %v534 = arith.addi %v533, %v25 : i64
                %v535 = arith.addi %v532, %v534 : i64
                %v536 = llvm.getelementptr %in_Cp[%v535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v537 = llvm.load %v536 : !llvm.ptr -> f32
                %v538 = arith.mulf %v537, %v524 fastmath<contract> : f32
                %v539 = llvm.load %v41 : !llvm.ptr -> f32
                %v540 = llvm.load %v43 : !llvm.ptr -> f32
                %v541 = arith.mulf %v540, %v539 fastmath<contract> : f32
                %v542 = arith.addf %v538, %v541 fastmath<contract> : f32
                llvm.store %v542, %v41 : f32, !llvm.ptr
                %v543 = llvm.load %v55 : !llvm.ptr -> f32
                %v544 = arith.mulf %v543, %v540 fastmath<contract> : f32
                llvm.store %v544, %v55 : f32, !llvm.ptr
                scf.if %v511 {
                }
                %v545 = arith.muli %v32, %v1 : i64
                %v546 = arith.addi %v545, %v25 : i64
                %v547 = llvm.getelementptr %in_A_log[%v546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v548 = llvm.load %v547 : !llvm.ptr -> f32
                %v549 = arith.mulf %v548, %v137 fastmath<contract> : f32
                %v550 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v549) : (f32) -> f32
                %v551 = arith.negf %v550 : f32
                %v552 = arith.mulf %v512, %v551 fastmath<contract> : f32
                %v553 = arith.mulf %v552, %v137 fastmath<contract> : f32
                %v554 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v553) : (f32) -> f32
                llvm.store %v554, %v42 : f32, !llvm.ptr
                %v555 = arith.muli %v32, %v1 : i64
                %v556 = arith.constant 8 : i64
                %v557 = arith.addi %v556, %v25 : i64
                %v558 = arith.addi %v555, %v557 : i64
                %v559 = llvm.getelementptr %in_A_log[%v558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v560 = llvm.load %v559 : !llvm.ptr -> f32
                %v561 = arith.mulf %v560, %v137 fastmath<contract> : f32
                %v562 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v561) : (f32) -> f32
                %v563 = arith.negf %v562 : f32
                %v564 = arith.mulf %v512, %v563 fastmath<contract> : f32
                %v565 = arith.mulf %v564, %v137 fastmath<contract> : f32
                %v566 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v565) : (f32) -> f32
                llvm.store %v566, %v43 : f32, !llvm.ptr
                %v568 = arith.cmpi slt, %v567, %v141 : i32
                %v569 = arith.cmpi eq, %v567, %v147 : i32
                %v570, %v571 = gpu.shuffle idx %v139, %v67, %v152 : f32
                %v572 = arith.addi %v109, %v127 : i64
                %v573 = arith.muli %v32, %v1 : i64
                %v574 = arith.addi %v573, %v25 : i64
                %v575 = llvm.getelementptr %in_Cp[%v574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v576 = llvm.load %v575 : !llvm.ptr -> f32
                %v577 = arith.muli %v34, %v160 : i64
                %v578 = arith.muli %v32, %size_L : i64
                %v579 = arith.addi %v577, %v578 : i64
                %v580 = arith.addi %v579, %v572 : i64
                %v581 = llvm.getelementptr %dy_y[%v580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v582 = llvm.load %v581 : !llvm.ptr -> f32
                %v583 = arith.mulf %v576, %v582 fastmath<contract> : f32
                %v584 = llvm.load %v40 : !llvm.ptr -> f32
                %v585 = llvm.load %v42 : !llvm.ptr -> f32
                %v586 = arith.mulf %v585, %v584 fastmath<contract> : f32
                %v587 = arith.addf %v583, %v586 fastmath<contract> : f32
                llvm.store %v587, %v40 : f32, !llvm.ptr
                %v588 = llvm.load %v54 : !llvm.ptr -> f32
                %v589 = arith.mulf %v588, %v585 fastmath<contract> : f32
                llvm.store %v589, %v54 : f32, !llvm.ptr
                %v590 = arith.muli %v32, %v1 : i64
                %v591 = arith.constant 8 : i64
                %v592 = arith.addi %v591, %v25 : i64
                %v593 = arith.addi %v590, %v592 : i64
                %v594 = llvm.getelementptr %in_Cp[%v593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v595 = llvm.load %v594 : !llvm.ptr -> f32
                %v596 = arith.mulf %v595, %v582 fastmath<contract> : f32
                %v597 = llvm.load %v41 : !llvm.ptr -> f32
                %v598 = llvm.load %v43 : !llvm.ptr -> f32
                %v599 = arith.mulf %v598, %v597 fastmath<contract> : f32
                %v600 = arith.addf %v596, %v599 fastmath<contract> : f32
                llvm.store %v600, %v41 : f32, !llvm.ptr
                %v601 = llvm.load %v55 : !llvm.ptr -> f32
                %v602 = arith.mulf %v601, %v598 fastmath<contract> : f32
                llvm.store %v602, %v55 : f32, !llvm.ptr
                scf.if %v569 {
                }
                %v603 = arith.muli %v32, %v1 : i64
                %v604 = arith.addi %v603, %v25 : i64
                %v605 = llvm.getelementptr %in_A_log[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v606 = llvm.load %v605 : !llvm.ptr -> f32
                %v607 = arith.mulf %v606, %v137 fastmath<contract> : f32
                %v608 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v607) : (f32) -> f32
                %v609 = arith.negf %v608 : f32
                %v610 = arith.mulf %v570, %v609 fastmath<contract> : f32
                %v611 = arith.mulf %v610, %v137 fastmath<contract> : f32
                %v612 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v611) : (f32) -> f32
                llvm.store %v612, %v42 : f32, !llvm.ptr
                %v613 = arith.muli %v32, %v1 : i64
                %v614 = arith.constant 8 : i64
                %v615 = arith.addi %v614, %v25 : i64
                %v616 = arith.addi %v613, %v615 : i64
                %v617 = llvm.getelementptr %in_A_log[%v616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v618 = llvm.load %v617 : !llvm.ptr -> f32
                %v619 = arith.mulf %v618, %v137 fastmath<contract> : f32
                %v620 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v619) : (f32) -> f32
                %v621 = arith.negf %v620 : f32
                %v622 = arith.mulf %v570, %v621 fastmath<contract> : f32
                %v623 = arith.mulf %v622, %v137 fastmath<contract> : f32
                %v624 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v623) : (f32) -> f32
                llvm.store %v624, %v43 : f32, !llvm.ptr
              } else {
                %v625 = arith.subi %v111, %v2 : i64
                %v626 = arith.addi %v127, %v25 : i64
                %v627 = arith.minsi %v626, %v625 : i64
                %v628 = arith.addi %v109, %v627 : i64
                %v629 = llvm.getelementptr %in_log_dt[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v630 = llvm.load %v629 : !llvm.ptr -> f32
                %v631 = arith.mulf %v630, %v137 fastmath<contract> : f32
                %v632 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v631) : (f32) -> f32
                // the group's states, recomputed into registers
                %v633 = arith.subi %v111, %v127 : i64
                %v634 = arith.trunci %v633 : i64 to i32
                %v635 = arith.subi %size_L, %v2 : i64
                %v636 = arith.addi %v109, %v127 : i64
                %v637 = arith.subi %v635, %v636 : i64
                %v638 = arith.minsi %v637, %v145 : i64
                %v639 = arith.trunci %v638 : i64 to i32
                %v640 = arith.addi %v127, %v59 : i64
                %v641 = arith.cmpi slt, %v149, %v634 : i32
                %v642 = arith.cmpi eq, %v149, %v639 : i32
                %v643, %v644 = gpu.shuffle idx %v632, %v95, %v152 : f32
                scf.if %v641 {
                  %v645 = arith.addi %v109, %v640 : i64
                  %v646 = arith.muli %v32, %v1 : i64
                  %v647 = arith.addi %v646, %v25 : i64
                  %v648 = llvm.getelementptr %in_Cp[%v647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v649 = llvm.load %v648 : !llvm.ptr -> f32
                  %v650 = arith.muli %v34, %v160 : i64
                  %v651 = arith.muli %v32, %size_L : i64
                  %v652 = arith.addi %v650, %v651 : i64
                  %v653 = arith.addi %v652, %v645 : i64
                  %v654 = llvm.getelementptr %dy_y[%v653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v655 = llvm.load %v654 : !llvm.ptr -> f32
                  %v656 = arith.mulf %v649, %v655 fastmath<contract> : f32
                  %v657 = llvm.load %v40 : !llvm.ptr -> f32
                  %v658 = llvm.load %v42 : !llvm.ptr -> f32
                  %v659 = arith.mulf %v658, %v657 fastmath<contract> : f32
                  %v660 = arith.addf %v656, %v659 fastmath<contract> : f32
                  llvm.store %v660, %v40 : f32, !llvm.ptr
                  %v661 = llvm.load %v54 : !llvm.ptr -> f32
                  %v662 = arith.mulf %v661, %v658 fastmath<contract> : f32
                  llvm.store %v662, %v54 : f32, !llvm.ptr
                  %v663 = arith.muli %v32, %v1 : i64
                  %v664 = arith.constant 8 : i64
                  %v665 = arith.addi %v664, %v25 : i64
                  %v666 = arith.addi %v663, %v665 : i64
                  %v667 = llvm.getelementptr %in_Cp[%v666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v668 = llvm.load %v667 : !llvm.ptr -> f32
                  %v669 = arith.mulf %v668, %v655 fastmath<contract> : f32
                  %v670 = llvm.load %v41 : !llvm.ptr -> f32
                  %v671 = llvm.load %v43 : !llvm.ptr -> f32
                  %v672 = arith.mulf %v671, %v670 fastmath<contract> : f32
                  %v673 = arith.addf %v669, %v672 fastmath<contract> : f32
                  llvm.store %v673, %v41 : f32, !llvm.ptr
                  %v674 = llvm.load %v55 : !llvm.ptr -> f32
                  %v675 = arith.mulf %v674, %v671 fastmath<contract> : f32
                  llvm.store %v675, %v55 : f32, !llvm.ptr
                  scf.if %v642 {
                  }
                  %v676 = arith.muli %v32, %v1 : i64
                  %v677 = arith.addi %v676, %v25 : i64
                  %v678 = llvm.getelementptr %in_A_log[%v677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v679 = llvm.load %v678 : !llvm.ptr -> f32
                  %v680 = arith.mulf %v679, %v137 fastmath<contract> : f32
                  %v681 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v680) : (f32) -> f32
                  %v682 = arith.negf %v681 : f32
                  %v683 = arith.mulf %v643, %v682 fastmath<contract> : f32
                  %v684 = arith.mulf %v683, %v137 fastmath<contract> : f32
                  %v685 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v684) : (f32) -> f32
                  llvm.store %v685, %v42 : f32, !llvm.ptr
                  %v686 = arith.muli %v32, %v1 : i64
                  %v687 = arith.constant 8 : i64
                  %v688 = arith.addi %v687, %v25 : i64
                  %v689 = arith.addi %v686, %v688 : i64
                  %v690 = llvm.getelementptr %in_A_log[%v689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v691 = llvm.load %v690 : !llvm.ptr -> f32
                  %v692 = arith.mulf %v691, %v137 fastmath<contract> : f32
                  %v693 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v692) : (f32) -> f32
                  %v694 = arith.negf %v693 : f32
                  %v695 = arith.mulf %v643, %v694 fastmath<contract> : f32
                  %v696 = arith.mulf %v695, %v137 fastmath<contract> : f32
                  %v697 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v696) : (f32) -> f32
                  llvm.store %v697, %v43 : f32, !llvm.ptr
                }
                %v698 = arith.addi %v127, %v209 : i64
                %v699 = arith.cmpi slt, %v211, %v634 : i32
                %v700 = arith.cmpi eq, %v211, %v639 : i32
                %v701, %v702 = gpu.shuffle idx %v632, %v91, %v152 : f32
                scf.if %v699 {
                  %v703 = arith.addi %v109, %v698 : i64
                  %v704 = arith.muli %v32, %v1 : i64
                  %v705 = arith.addi %v704, %v25 : i64
                  %v706 = llvm.getelementptr %in_Cp[%v705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v707 = llvm.load %v706 : !llvm.ptr -> f32
                  %v708 = arith.muli %v34, %v160 : i64
                  %v709 = arith.muli %v32, %size_L : i64
                  %v710 = arith.addi %v708, %v709 : i64
                  %v711 = arith.addi %v710, %v703 : i64
                  %v712 = llvm.getelementptr %dy_y[%v711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v713 = llvm.load %v712 : !llvm.ptr -> f32
                  %v714 = arith.mulf %v707, %v713 fastmath<contract> : f32
                  %v715 = llvm.load %v40 : !llvm.ptr -> f32
                  %v716 = llvm.load %v42 : !llvm.ptr -> f32
                  %v717 = arith.mulf %v716, %v715 fastmath<contract> : f32
                  %v718 = arith.addf %v714, %v717 fastmath<contract> : f32
                  llvm.store %v718, %v40 : f32, !llvm.ptr
                  %v719 = llvm.load %v54 : !llvm.ptr -> f32
                  %v720 = arith.mulf %v719, %v716 fastmath<contract> : f32
                  llvm.store %v720, %v54 : f32, !llvm.ptr
                  %v721 = arith.muli %v32, %v1 : i64
                  %v722 = arith.constant 8 : i64
                  %v723 = arith.addi %v722, %v25 : i64
                  %v724 = arith.addi %v721, %v723 : i64
                  %v725 = llvm.getelementptr %in_Cp[%v724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v726 = llvm.load %v725 : !llvm.ptr -> f32
                  %v727 = arith.mulf %v726, %v713 fastmath<contract> : f32
                  %v728 = llvm.load %v41 : !llvm.ptr -> f32
                  %v729 = llvm.load %v43 : !llvm.ptr -> f32
                  %v730 = arith.mulf %v729, %v728 fastmath<contract> : f32
                  %v731 = arith.addf %v727, %v730 fastmath<contract> : f32
                  llvm.store %v731, %v41 : f32, !llvm.ptr
                  %v732 = llvm.load %v55 : !llvm.ptr -> f32
                  %v733 = arith.mulf %v732, %v729 fastmath<contract> : f32
                  llvm.store %v733, %v55 : f32, !llvm.ptr
                  scf.if %v700 {
                  }
                  %v734 = arith.muli %v32, %v1 : i64
                  %v735 = arith.addi %v734, %v25 : i64
                  %v736 = llvm.getelementptr %in_A_log[%v735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v737 = llvm.load %v736 : !llvm.ptr -> f32
                  %v738 = arith.mulf %v737, %v137 fastmath<contract> : f32
                  %v739 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v738) : (f32) -> f32
                  %v740 = arith.negf %v739 : f32
                  %v741 = arith.mulf %v701, %v740 fastmath<contract> : f32
                  %v742 = arith.mulf %v741, %v137 fastmath<contract> : f32
                  %v743 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v742) : (f32) -> f32
                  llvm.store %v743, %v42 : f32, !llvm.ptr
                  %v744 = arith.muli %v32, %v1 : i64
                  %v745 = arith.constant 8 : i64
                  %v746 = arith.addi %v745, %v25 : i64
                  %v747 = arith.addi %v744, %v746 : i64
                  %v748 = llvm.getelementptr %in_A_log[%v747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v749 = llvm.load %v748 : !llvm.ptr -> f32
                  %v750 = arith.mulf %v749, %v137 fastmath<contract> : f32
                  %v751 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v750) : (f32) -> f32
                  %v752 = arith.negf %v751 : f32
                  %v753 = arith.mulf %v701, %v752 fastmath<contract> : f32
                  %v754 = arith.mulf %v753, %v137 fastmath<contract> : f32
                  %v755 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v754) : (f32) -> f32
                  llvm.store %v755, %v43 : f32, !llvm.ptr
                }
                %v756 = arith.addi %v127, %v269 : i64
                %v757 = arith.cmpi slt, %v271, %v634 : i32
                %v758 = arith.cmpi eq, %v271, %v639 : i32
                %v759, %v760 = gpu.shuffle idx %v632, %v87, %v152 : f32
                scf.if %v757 {
                  %v761 = arith.addi %v109, %v756 : i64
                  %v762 = arith.muli %v32, %v1 : i64
                  %v763 = arith.addi %v762, %v25 : i64
                  %v764 = llvm.getelementptr %in_Cp[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v765 = llvm.load %v764 : !llvm.ptr -> f32
                  %v766 = arith.muli %v34, %v160 : i64
                  %v767 = arith.muli %v32, %size_L : i64
                  %v768 = arith.addi %v766, %v767 : i64
                  %v769 = arith.addi %v768, %v761 : i64
                  %v770 = llvm.getelementptr %dy_y[%v769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v771 = llvm.load %v770 : !llvm.ptr -> f32
                  %v772 = arith.mulf %v765, %v771 fastmath<contract> : f32
                  %v773 = llvm.load %v40 : !llvm.ptr -> f32
                  %v774 = llvm.load %v42 : !llvm.ptr -> f32
                  %v775 = arith.mulf %v774, %v773 fastmath<contract> : f32
                  %v776 = arith.addf %v772, %v775 fastmath<contract> : f32
                  llvm.store %v776, %v40 : f32, !llvm.ptr
                  %v777 = llvm.load %v54 : !llvm.ptr -> f32
                  %v778 = arith.mulf %v777, %v774 fastmath<contract> : f32
                  llvm.store %v778, %v54 : f32, !llvm.ptr
                  %v779 = arith.muli %v32, %v1 : i64
                  %v780 = arith.constant 8 : i64
                  %v781 = arith.addi %v780, %v25 : i64
                  %v782 = arith.addi %v779, %v781 : i64
                  %v783 = llvm.getelementptr %in_Cp[%v782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v784 = llvm.load %v783 : !llvm.ptr -> f32
                  %v785 = arith.mulf %v784, %v771 fastmath<contract> : f32
                  %v786 = llvm.load %v41 : !llvm.ptr -> f32
                  %v787 = llvm.load %v43 : !llvm.ptr -> f32
                  %v788 = arith.mulf %v787, %v786 fastmath<contract> : f32
                  %v789 = arith.addf %v785, %v788 fastmath<contract> : f32
                  llvm.store %v789, %v41 : f32, !llvm.ptr
                  %v790 = llvm.load %v55 : !llvm.ptr -> f32
                  %v791 = arith.mulf %v790, %v787 fastmath<contract> : f32
                  llvm.store %v791, %v55 : f32, !llvm.ptr
                  scf.if %v758 {
                  }
                  %v792 = arith.muli %v32, %v1 : i64
                  %v793 = arith.addi %v792, %v25 : i64
                  %v794 = llvm.getelementptr %in_A_log[%v793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v795 = llvm.load %v794 : !llvm.ptr -> f32
                  %v796 = arith.mulf %v795, %v137 fastmath<contract> : f32
                  %v797 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v796) : (f32) -> f32
                  %v798 = arith.negf %v797 : f32
                  %v799 = arith.mulf %v759, %v798 fastmath<contract> : f32
                  %v800 = arith.mulf %v799, %v137 fastmath<contract> : f32
                  %v801 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v800) : (f32) -> f32
                  llvm.store %v801, %v42 : f32, !llvm.ptr
                  %v802 = arith.muli %v32, %v1 : i64
                  %v803 = arith.constant 8 : i64
                  %v804 = arith.addi %v803, %v25 : i64
                  %v805 = arith.addi %v802, %v804 : i64
                  %v806 = llvm.getelementptr %in_A_log[%v805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v807 = llvm.load %v806 : !llvm.ptr -> f32
                  %v808 = arith.mulf %v807, %v137 fastmath<contract> : f32
                  %v809 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v808) : (f32) -> f32
                  %v810 = arith.negf %v809 : f32
                  %v811 = arith.mulf %v759, %v810 fastmath<contract> : f32
                  %v812 = arith.mulf %v811, %v137 fastmath<contract> : f32
                  %v813 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v812) : (f32) -> f32
                  llvm.store %v813, %v43 : f32, !llvm.ptr
                }
                %v814 = arith.addi %v127, %v36 : i64
                %v815 = arith.cmpi slt, %v330, %v634 : i32
                %v816 = arith.cmpi eq, %v330, %v639 : i32
                %v817, %v818 = gpu.shuffle idx %v632, %v83, %v152 : f32
                scf.if %v815 {
                  %v819 = arith.addi %v109, %v814 : i64
                  %v820 = arith.muli %v32, %v1 : i64
                  %v821 = arith.addi %v820, %v25 : i64
                  %v822 = llvm.getelementptr %in_Cp[%v821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v823 = llvm.load %v822 : !llvm.ptr -> f32
                  %v824 = arith.muli %v34, %v160 : i64
                  %v825 = arith.muli %v32, %size_L : i64
                  %v826 = arith.addi %v824, %v825 : i64
                  %v827 = arith.addi %v826, %v819 : i64
                  %v828 = llvm.getelementptr %dy_y[%v827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v829 = llvm.load %v828 : !llvm.ptr -> f32
                  %v830 = arith.mulf %v823, %v829 fastmath<contract> : f32
                  %v831 = llvm.load %v40 : !llvm.ptr -> f32
                  %v832 = llvm.load %v42 : !llvm.ptr -> f32
                  %v833 = arith.mulf %v832, %v831 fastmath<contract> : f32
                  %v834 = arith.addf %v830, %v833 fastmath<contract> : f32
                  llvm.store %v834, %v40 : f32, !llvm.ptr
                  %v835 = llvm.load %v54 : !llvm.ptr -> f32
                  %v836 = arith.mulf %v835, %v832 fastmath<contract> : f32
                  llvm.store %v836, %v54 : f32, !llvm.ptr
                  %v837 = arith.muli %v32, %v1 : i64
                  %v838 = arith.constant 8 : i64
                  %v839 = arith.addi %v838, %v25 : i64
                  %v840 = arith.addi %v837, %v839 : i64
                  %v841 = llvm.getelementptr %in_Cp[%v840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v842 = llvm.load %v841 : !llvm.ptr -> f32
                  %v843 = arith.mulf %v842, %v829 fastmath<contract> : f32
                  %v844 = llvm.load %v41 : !llvm.ptr -> f32
                  %v845 = llvm.load %v43 : !llvm.ptr -> f32
                  %v846 = arith.mulf %v845, %v844 fastmath<contract> : f32
                  %v847 = arith.addf %v843, %v846 fastmath<contract> : f32
                  llvm.store %v847, %v41 : f32, !llvm.ptr
                  %v848 = llvm.load %v55 : !llvm.ptr -> f32
                  %v849 = arith.mulf %v848, %v845 fastmath<contract> : f32
                  llvm.store %v849, %v55 : f32, !llvm.ptr
                  scf.if %v816 {
                  }
                  %v850 = arith.muli %v32, %v1 : i64
                  %v851 = arith.addi %v850, %v25 : i64
                  %v852 = llvm.getelementptr %in_A_log[%v851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v853 = llvm.load %v852 : !llvm.ptr -> f32
                  %v854 = arith.mulf %v853, %v137 fastmath<contract> : f32
                  %v855 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v854) : (f32) -> f32
                  %v856 = arith.negf %v855 : f32
                  %v857 = arith.mulf %v817, %v856 fastmath<contract> : f32
                  %v858 = arith.mulf %v857, %v137 fastmath<contract> : f32
                  %v859 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v858) : (f32) -> f32
                  llvm.store %v859, %v42 : f32, !llvm.ptr
                  %v860 = arith.muli %v32, %v1 : i64
                  %v861 = arith.constant 8 : i64
                  %v862 = arith.addi %v861, %v25 : i64
                  %v863 = arith.addi %v860, %v862 : i64
                  %v864 = llvm.getelementptr %in_A_log[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v865 = llvm.load %v864 : !llvm.ptr -> f32
                  %v866 = arith.mulf %v865, %v137 fastmath<contract> : f32
                  %v867 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v866) : (f32) -> f32
                  %v868 = arith.negf %v867 : f32
                  %v869 = arith.mulf %v817, %v868 fastmath<contract> : f32
                  %v870 = arith.mulf %v869, %v137 fastmath<contract> : f32
                  %v871 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v870) : (f32) -> f32
                  llvm.store %v871, %v43 : f32, !llvm.ptr
                }
                %v872 = arith.addi %v127, %v388 : i64
                %v873 = arith.cmpi slt, %v390, %v634 : i32
                %v874 = arith.cmpi eq, %v390, %v639 : i32
                %v875, %v876 = gpu.shuffle idx %v632, %v79, %v152 : f32
                scf.if %v873 {
                  %v877 = arith.addi %v109, %v872 : i64
                  %v878 = arith.muli %v32, %v1 : i64
                  %v879 = arith.addi %v878, %v25 : i64
                  %v880 = llvm.getelementptr %in_Cp[%v879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v881 = llvm.load %v880 : !llvm.ptr -> f32
                  %v882 = arith.muli %v34, %v160 : i64
                  %v883 = arith.muli %v32, %size_L : i64
                  %v884 = arith.addi %v882, %v883 : i64
                  %v885 = arith.addi %v884, %v877 : i64
                  %v886 = llvm.getelementptr %dy_y[%v885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v887 = llvm.load %v886 : !llvm.ptr -> f32
                  %v888 = arith.mulf %v881, %v887 fastmath<contract> : f32
                  %v889 = llvm.load %v40 : !llvm.ptr -> f32
                  %v890 = llvm.load %v42 : !llvm.ptr -> f32
                  %v891 = arith.mulf %v890, %v889 fastmath<contract> : f32
                  %v892 = arith.addf %v888, %v891 fastmath<contract> : f32
                  llvm.store %v892, %v40 : f32, !llvm.ptr
                  %v893 = llvm.load %v54 : !llvm.ptr -> f32
                  %v894 = arith.mulf %v893, %v890 fastmath<contract> : f32
                  llvm.store %v894, %v54 : f32, !llvm.ptr
                  %v895 = arith.muli %v32, %v1 : i64
                  %v896 = arith.constant 8 : i64
                  %v897 = arith.addi %v896, %v25 : i64
                  %v898 = arith.addi %v895, %v897 : i64
                  %v899 = llvm.getelementptr %in_Cp[%v898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v900 = llvm.load %v899 : !llvm.ptr -> f32
                  %v901 = arith.mulf %v900, %v887 fastmath<contract> : f32
                  %v902 = llvm.load %v41 : !llvm.ptr -> f32
                  %v903 = llvm.load %v43 : !llvm.ptr -> f32
                  %v904 = arith.mulf %v903, %v902 fastmath<contract> : f32
                  %v905 = arith.addf %v901, %v904 fastmath<contract> : f32
                  llvm.store %v905, %v41 : f32, !llvm.ptr
                  %v906 = llvm.load %v55 : !llvm.ptr -> f32
                  %v907 = arith.mulf %v906, %v903 fastmath<contract> : f32
                  llvm.store %v907, %v55 : f32, !llvm.ptr
                  scf.if %v874 {
                  }
                  %v908 = arith.muli %v32, %v1 : i64
                  %v909 = arith.addi %v908, %v25 : i64
                  %v910 = llvm.getelementptr %in_A_log[%v909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v911 = llvm.load %v910 : !llvm.ptr -> f32
                  %v912 = arith.mulf %v911, %v137 fastmath<contract> : f32
                  %v913 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v912) : (f32) -> f32
                  %v914 = arith.negf %v913 : f32
                  %v915 = arith.mulf %v875, %v914 fastmath<contract> : f32
                  %v916 = arith.mulf %v915, %v137 fastmath<contract> : f32
                  %v917 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v916) : (f32) -> f32
                  llvm.store %v917, %v42 : f32, !llvm.ptr
                  %v918 = arith.muli %v32, %v1 : i64
                  %v919 = arith.constant 8 : i64
                  %v920 = arith.addi %v919, %v25 : i64
                  %v921 = arith.addi %v918, %v920 : i64
                  %v922 = llvm.getelementptr %in_A_log[%v921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v923 = llvm.load %v922 : !llvm.ptr -> f32
                  %v924 = arith.mulf %v923, %v137 fastmath<contract> : f32
                  %v925 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v924) : (f32) -> f32
                  %v926 = arith.negf %v925 : f32
                  %v927 = arith.mulf %v875, %v926 fastmath<contract> : f32
                  %v928 = arith.mulf %v927, %v137 fastmath<contract> : f32
                  %v929 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v928) : (f32) -> f32
                  llvm.store %v929, %v43 : f32, !llvm.ptr
                }
                %v930 = arith.addi %v127, %v448 : i64
                %v931 = arith.cmpi slt, %v450, %v634 : i32
                %v932 = arith.cmpi eq, %v450, %v639 : i32
                %v933, %v934 = gpu.shuffle idx %v632, %v75, %v152 : f32
                scf.if %v931 {
                  %v935 = arith.addi %v109, %v930 : i64
                  %v936 = arith.muli %v32, %v1 : i64
                  %v937 = arith.addi %v936, %v25 : i64
                  %v938 = llvm.getelementptr %in_Cp[%v937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v939 = llvm.load %v938 : !llvm.ptr -> f32
                  %v940 = arith.muli %v34, %v160 : i64
                  %v941 = arith.muli %v32, %size_L : i64
                  %v942 = arith.addi %v940, %v941 : i64
                  %v943 = arith.addi %v942, %v935 : i64
                  %v944 = llvm.getelementptr %dy_y[%v943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v945 = llvm.load %v944 : !llvm.ptr -> f32
                  %v946 = arith.mulf %v939, %v945 fastmath<contract> : f32
                  %v947 = llvm.load %v40 : !llvm.ptr -> f32
                  %v948 = llvm.load %v42 : !llvm.ptr -> f32
                  %v949 = arith.mulf %v948, %v947 fastmath<contract> : f32
                  %v950 = arith.addf %v946, %v949 fastmath<contract> : f32
                  llvm.store %v950, %v40 : f32, !llvm.ptr
                  %v951 = llvm.load %v54 : !llvm.ptr -> f32
                  %v952 = arith.mulf %v951, %v948 fastmath<contract> : f32
                  llvm.store %v952, %v54 : f32, !llvm.ptr
                  %v953 = arith.muli %v32, %v1 : i64
                  %v954 = arith.constant 8 : i64
                  %v955 = arith.addi %v954, %v25 : i64
                  %v956 = arith.addi %v953, %v955 : i64
                  %v957 = llvm.getelementptr %in_Cp[%v956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v958 = llvm.load %v957 : !llvm.ptr -> f32
                  %v959 = arith.mulf %v958, %v945 fastmath<contract> : f32
                  %v960 = llvm.load %v41 : !llvm.ptr -> f32
                  %v961 = llvm.load %v43 : !llvm.ptr -> f32
                  %v962 = arith.mulf %v961, %v960 fastmath<contract> : f32
                  %v963 = arith.addf %v959, %v962 fastmath<contract> : f32
                  llvm.store %v963, %v41 : f32, !llvm.ptr
                  %v964 = llvm.load %v55 : !llvm.ptr -> f32
                  %v965 = arith.mulf %v964, %v961 fastmath<contract> : f32
                  llvm.store %v965, %v55 : f32, !llvm.ptr
                  scf.if %v932 {
                  }
                  %v966 = arith.muli %v32, %v1 : i64
                  %v967 = arith.addi %v966, %v25 : i64
                  %v968 = llvm.getelementptr %in_A_log[%v967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v969 = llvm.load %v968 : !llvm.ptr -> f32
                  %v970 = arith.mulf %v969, %v137 fastmath<contract> : f32
                  %v971 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v970) : (f32) -> f32
                  %v972 = arith.negf %v971 : f32
                  %v973 = arith.mulf %v933, %v972 fastmath<contract> : f32
                  %v974 = arith.mulf %v973, %v137 fastmath<contract> : f32
                  %v975 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v974) : (f32) -> f32
                  llvm.store %v975, %v42 : f32, !llvm.ptr
                  %v976 = arith.muli %v32, %v1 : i64
                  %v977 = arith.constant 8 : i64
                  %v978 = arith.addi %v977, %v25 : i64
                  %v979 = arith.addi %v976, %v978 : i64
                  %v980 = llvm.getelementptr %in_A_log[%v979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v981 = llvm.load %v980 : !llvm.ptr -> f32
                  %v982 = arith.mulf %v981, %v137 fastmath<contract> : f32
                  %v983 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v982) : (f32) -> f32
                  %v984 = arith.negf %v983 : f32
                  %v985 = arith.mulf %v933, %v984 fastmath<contract> : f32
                  %v986 = arith.mulf %v985, %v137 fastmath<contract> : f32
                  %v987 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v986) : (f32) -> f32
                  llvm.store %v987, %v43 : f32, !llvm.ptr
                }
                %v988 = arith.addi %v127, %v2 : i64
                %v989 = arith.cmpi slt, %v509, %v634 : i32
                %v990 = arith.cmpi eq, %v509, %v639 : i32
                %v991, %v992 = gpu.shuffle idx %v632, %v71, %v152 : f32
                scf.if %v989 {
                  %v993 = arith.addi %v109, %v988 : i64
                  %v994 = arith.muli %v32, %v1 : i64
                  %v995 = arith.addi %v994, %v25 : i64
                  %v996 = llvm.getelementptr %in_Cp[%v995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v997 = llvm.load %v996 : !llvm.ptr -> f32
                  %v998 = arith.muli %v34, %v160 : i64
                  %v999 = arith.muli %v32, %size_L : i64
                  %v1000 = arith.addi %v998, %v999 : i64
                  %v1001 = arith.addi %v1000, %v993 : i64
                  %v1002 = llvm.getelementptr %dy_y[%v1001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1003 = llvm.load %v1002 : !llvm.ptr -> f32
                  %v1004 = arith.mulf %v997, %v1003 fastmath<contract> : f32
                  %v1005 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1006 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1007 = arith.mulf %v1006, %v1005 fastmath<contract> : f32
                  %v1008 = arith.addf %v1004, %v1007 fastmath<contract> : f32
                  llvm.store %v1008, %v40 : f32, !llvm.ptr
                  %v1009 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1010 = arith.mulf %v1009, %v1006 fastmath<contract> : f32
                  llvm.store %v1010, %v54 : f32, !llvm.ptr
                  %v1011 = arith.muli %v32, %v1 : i64
                  %v1012 = arith.constant 8 : i64
                  %v1013 = arith.addi %v1012, %v25 : i64
                  %v1014 = arith.addi %v1011, %v1013 : i64
                  %v1015 = llvm.getelementptr %in_Cp[%v1014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1016 = llvm.load %v1015 : !llvm.ptr -> f32
                  %v1017 = arith.mulf %v1016, %v1003 fastmath<contract> : f32
                  %v1018 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1019 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1020 = arith.mulf %v1019, %v1018 fastmath<contract> : f32
                  %v1021 = arith.addf %v1017, %v1020 fastmath<contract> : f32
                  llvm.store %v1021, %v41 : f32, !llvm.ptr
                  %v1022 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1023 = arith.mulf %v1022, %v1019 fastmath<contract> : f32
                  llvm.store %v1023, %v55 : f32, !llvm.ptr
                  scf.if %v990 {
                  }
                  %v1024 = arith.muli %v32, %v1 : i64
                  %v1025 = arith.addi %v1024, %v25 : i64
                  %v1026 = llvm.getelementptr %in_A_log[%v1025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1027 = llvm.load %v1026 : !llvm.ptr -> f32
                  %v1028 = arith.mulf %v1027, %v137 fastmath<contract> : f32
                  %v1029 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1028) : (f32) -> f32
                  %v1030 = arith.negf %v1029 : f32
                  %v1031 = arith.mulf %v991, %v1030 fastmath<contract> : f32
                  %v1032 = arith.mulf %v1031, %v137 fastmath<contract> : f32
                  %v1033 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1032) : (f32) -> f32
                  llvm.store %v1033, %v42 : f32, !llvm.ptr
                  %v1034 = arith.muli %v32, %v1 : i64
                  %v1035 = arith.constant 8 : i64
                  %v1036 = arith.addi %v1035, %v25 : i64
                  %v1037 = arith.addi %v1034, %v1036 : i64
                  %v1038 = llvm.getelementptr %in_A_log[%v1037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1039 = llvm.load %v1038 : !llvm.ptr -> f32
                  %v1040 = arith.mulf %v1039, %v137 fastmath<contract> : f32
                  %v1041 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1040) : (f32) -> f32
                  %v1042 = arith.negf %v1041 : f32
                  %v1043 = arith.mulf %v991, %v1042 fastmath<contract> : f32
                  %v1044 = arith.mulf %v1043, %v137 fastmath<contract> : f32
                  %v1045 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1044) : (f32) -> f32
                  llvm.store %v1045, %v43 : f32, !llvm.ptr
                }
                %v1046 = arith.cmpi slt, %v567, %v634 : i32
                %v1047 = arith.cmpi eq, %v567, %v639 : i32
                %v1048, %v1049 = gpu.shuffle idx %v632, %v67, %v152 : f32
                scf.if %v1046 {
                  %v1050 = arith.addi %v109, %v127 : i64
                  %v1051 = arith.muli %v32, %v1 : i64
                  %v1052 = arith.addi %v1051, %v25 : i64
                  %v1053 = llvm.getelementptr %in_Cp[%v1052] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1054 = llvm.load %v1053 : !llvm.ptr -> f32
                  %v1055 = arith.muli %v34, %v160 : i64
                  %v1056 = arith.muli %v32, %size_L : i64
                  %v1057 = arith.addi %v1055, %v1056 : i64
                  %v1058 = arith.addi %v1057, %v1050 : i64
                  %v1059 = llvm.getelementptr %dy_y[%v1058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1060 = llvm.load %v1059 : !llvm.ptr -> f32
                  %v1061 = arith.mulf %v1054, %v1060 fastmath<contract> : f32
                  %v1062 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1063 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1064 = arith.mulf %v1063, %v1062 fastmath<contract> : f32
                  %v1065 = arith.addf %v1061, %v1064 fastmath<contract> : f32
                  llvm.store %v1065, %v40 : f32, !llvm.ptr
                  %v1066 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1067 = arith.mulf %v1066, %v1063 fastmath<contract> : f32
                  llvm.store %v1067, %v54 : f32, !llvm.ptr
                  %v1068 = arith.muli %v32, %v1 : i64
                  %v1069 = arith.constant 8 : i64
                  %v1070 = arith.addi %v1069, %v25 : i64
                  %v1071 = arith.addi %v1068, %v1070 : i64
                  %v1072 = llvm.getelementptr %in_Cp[%v1071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1073 = llvm.load %v1072 : !llvm.ptr -> f32
                  %v1074 = arith.mulf %v1073, %v1060 fastmath<contract> : f32
                  %v1075 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1076 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1077 = arith.mulf %v1076, %v1075 fastmath<contract> : f32
                  %v1078 = arith.addf %v1074, %v1077 fastmath<contract> : f32
                  llvm.store %v1078, %v41 : f32, !llvm.ptr
                  %v1079 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1080 = arith.mulf %v1079, %v1076 fastmath<contract> : f32
                  llvm.store %v1080, %v55 : f32, !llvm.ptr
                  scf.if %v1047 {
                  }
                  %v1081 = arith.muli %v32, %v1 : i64
                  %v1082 = arith.addi %v1081, %v25 : i64
                  %v1083 = llvm.getelementptr %in_A_log[%v1082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1084 = llvm.load %v1083 : !llvm.ptr -> f32
                  %v1085 = arith.mulf %v1084, %v137 fastmath<contract> : f32
                  %v1086 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1085) : (f32) -> f32
                  %v1087 = arith.negf %v1086 : f32
                  %v1088 = arith.mulf %v1048, %v1087 fastmath<contract> : f32
                  %v1089 = arith.mulf %v1088, %v137 fastmath<contract> : f32
                  %v1090 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1089) : (f32) -> f32
                  llvm.store %v1090, %v42 : f32, !llvm.ptr
                  %v1091 = arith.muli %v32, %v1 : i64
                  %v1092 = arith.constant 8 : i64
                  %v1093 = arith.addi %v1092, %v25 : i64
                  %v1094 = arith.addi %v1091, %v1093 : i64
                  %v1095 = llvm.getelementptr %in_A_log[%v1094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1096 = llvm.load %v1095 : !llvm.ptr -> f32
                  %v1097 = arith.mulf %v1096, %v137 fastmath<contract> : f32
                  %v1098 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1097) : (f32) -> f32
                  %v1099 = arith.negf %v1098 : f32
                  %v1100 = arith.mulf %v1048, %v1099 fastmath<contract> : f32
                  %v1101 = arith.mulf %v1100, %v137 fastmath<contract> : f32
                  %v1102 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1101) : (f32) -> f32
                  llvm.store %v1102, %v43 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v29 {
        %v1103 = llvm.load %v40 : !llvm.ptr -> f32
        %v1104 = arith.muli %v22, %v1 : i64
        %v1105 = arith.addi %v1104, %v25 : i64
        %v1106 = arith.muli %v1105, %v3 : i64
        %v1107 = arith.subi %v3, %v2 : i64
        %v1108 = arith.minsi %v28, %v1107 : i64
        %v1109 = arith.addi %v1106, %v1108 : i64
        %v1110 = llvm.getelementptr %segsum_h[%v1109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1103, %v1110 : f32, !llvm.ptr
        %v1111 = llvm.load %v54 : !llvm.ptr -> f32
        %v1112 = arith.addi %v7, %v22 : i64
        %v1113 = arith.muli %v1112, %v1 : i64
        %v1114 = arith.addi %v1113, %v25 : i64
        %v1115 = arith.muli %v1114, %v3 : i64
        %v1116 = arith.subi %v3, %v2 : i64
        %v1117 = arith.minsi %v28, %v1116 : i64
        %v1118 = arith.addi %v1115, %v1117 : i64
        %v1119 = llvm.getelementptr %segsum_h[%v1118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1111, %v1119 : f32, !llvm.ptr
        %v1120 = llvm.load %v42 : !llvm.ptr -> f32
        %v1121 = arith.muli %v448, %v7 : i64
        %v1122 = arith.addi %v1121, %v22 : i64
        %v1123 = arith.muli %v1122, %v1 : i64
        %v1124 = arith.addi %v1123, %v25 : i64
        %v1125 = arith.muli %v1124, %v3 : i64
        %v1126 = arith.subi %v3, %v2 : i64
        %v1127 = arith.minsi %v28, %v1126 : i64
        %v1128 = arith.addi %v1125, %v1127 : i64
        %v1129 = llvm.getelementptr %segsum_h[%v1128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1120, %v1129 : f32, !llvm.ptr
        %v1130 = llvm.load %v41 : !llvm.ptr -> f32
        %v1131 = arith.addi %v24, %v25 : i64
        %v1132 = arith.muli %v22, %v1 : i64
        %v1133 = arith.addi %v1132, %v1131 : i64
        %v1134 = arith.muli %v1133, %v3 : i64
        %v1135 = arith.subi %v3, %v2 : i64
        %v1136 = arith.minsi %v28, %v1135 : i64
        %v1137 = arith.addi %v1134, %v1136 : i64
        %v1138 = llvm.getelementptr %segsum_h[%v1137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1130, %v1138 : f32, !llvm.ptr
        %v1139 = llvm.load %v55 : !llvm.ptr -> f32
        %v1140 = arith.addi %v24, %v25 : i64
        %v1141 = arith.addi %v7, %v22 : i64
        %v1142 = arith.muli %v1141, %v1 : i64
        %v1143 = arith.addi %v1142, %v1140 : i64
        %v1144 = arith.muli %v1143, %v3 : i64
        %v1145 = arith.subi %v3, %v2 : i64
        %v1146 = arith.minsi %v28, %v1145 : i64
        %v1147 = arith.addi %v1144, %v1146 : i64
        %v1148 = llvm.getelementptr %segsum_h[%v1147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1139, %v1148 : f32, !llvm.ptr
        %v1149 = llvm.load %v43 : !llvm.ptr -> f32
        %v1150 = arith.addi %v24, %v25 : i64
        %v1151 = arith.muli %v448, %v7 : i64
        %v1152 = arith.addi %v1151, %v22 : i64
        %v1153 = arith.muli %v1152, %v1 : i64
        %v1154 = arith.addi %v1153, %v1150 : i64
        %v1155 = arith.muli %v1154, %v3 : i64
        %v1156 = arith.subi %v3, %v2 : i64
        %v1157 = arith.minsi %v28, %v1156 : i64
        %v1158 = arith.addi %v1155, %v1157 : i64
        %v1159 = llvm.getelementptr %segsum_h[%v1158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1149, %v1159 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
