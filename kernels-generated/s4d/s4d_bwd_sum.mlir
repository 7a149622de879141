module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s4d_bwd_sum(%in_u: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bp: !llvm.ptr, %in_Cp: !llvm.ptr, %in_Dskip: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segsum_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.constant 255 : i64
      %v6 = arith.addi %size_L, %v5 : i64
      %v7 = arith.constant 256 : i64
      %v8 = arith.divui %v6, %v7 : i64
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v19 = arith.constant 32 : i64
      %v25 = arith.constant 8 : i64
      %v37 = arith.constant 4 : i64
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
      %v52 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v53 = arith.constant 0x00000000 : f32
      %v54 = arith.constant 0x3F800000 : f32
      %v55 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v56 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v57 = arith.constant 0 : i64
      %v59 = arith.constant 64 : i64
      %v60 = arith.constant 7 : i64
      %v137 = arith.constant 0x3FB8AA3B : f32
      %v145 = arith.constant 2147483647 : i64
      %v149 = arith.constant 7 : i32
      %v152 = arith.constant 32 : i32
      %v156 = arith.muli %v2, %v1 : i64
      %v162 = arith.muli %v2, %size_L : i64
      %v163 = arith.muli %v162, %size_D : i64
      %v216 = arith.constant 6 : i64
      %v218 = arith.constant 6 : i32
      %v281 = arith.constant 5 : i64
      %v283 = arith.constant 5 : i32
      %v347 = arith.constant 4 : i32
      %v410 = arith.constant 3 : i64
      %v412 = arith.constant 3 : i32
      %v475 = arith.constant 2 : i64
      %v477 = arith.constant 2 : i32
      %v541 = arith.constant 1 : i32
      %v605 = arith.constant 0 : i32
      %v15 = gpu.block_id x
      %v16 = gpu.thread_id x
      %v17 = arith.index_cast %v16 : index to i64
      %v18 = arith.index_cast %v15 : index to i64
      %v20 = arith.subi %v19, %v2 : i64
      %v21 = arith.addi %v4, %v20 : i64
      %v22 = arith.divui %v21, %v19 : i64
      %v23 = arith.divui %v18, %v22 : i64
      %v24 = arith.remui %v18, %v22 : i64
      %v26 = arith.remui %v17, %v25 : i64
      %v27 = arith.divui %v17, %v25 : i64
      %v28 = arith.muli %v24, %v19 : i64
      %v29 = arith.addi %v28, %v27 : i64
      %v30 = arith.cmpi slt, %v29, %v4 : i64
      %v31 = arith.subi %v4, %v2 : i64
      %v32 = arith.minsi %v29, %v31 : i64
      %v33 = arith.remui %v32, %size_D : i64
      %v34 = arith.divui %v32, %size_D : i64
      %v35 = arith.remui %v34, %size_B : i64
      %v36 = arith.divui %v34, %size_B : i64
      %v64 = arith.trunci %v17 : i64 to i32
      %v65 = arith.constant 24 : i32
      %v66 = arith.andi %v64, %v65 : i32
      %v67 = arith.constant 0 : i32
      %v68 = arith.ori %v66, %v67 : i32
      %v69 = arith.constant 0 : i64
      %v70 = arith.cmpi eq, %v26, %v69 : i64
      %v71 = arith.constant 1 : i32
      %v72 = arith.ori %v66, %v71 : i32
      %v73 = arith.constant 1 : i64
      %v74 = arith.cmpi eq, %v26, %v73 : i64
      %v75 = arith.constant 2 : i32
      %v76 = arith.ori %v66, %v75 : i32
      %v77 = arith.constant 2 : i64
      %v78 = arith.cmpi eq, %v26, %v77 : i64
      %v79 = arith.constant 3 : i32
      %v80 = arith.ori %v66, %v79 : i32
      %v81 = arith.constant 3 : i64
      %v82 = arith.cmpi eq, %v26, %v81 : i64
      %v83 = arith.constant 4 : i32
      %v84 = arith.ori %v66, %v83 : i32
      %v85 = arith.constant 4 : i64
      %v86 = arith.cmpi eq, %v26, %v85 : i64
      %v87 = arith.constant 5 : i32
      %v88 = arith.ori %v66, %v87 : i32
      %v89 = arith.constant 5 : i64
      %v90 = arith.cmpi eq, %v26, %v89 : i64
      %v91 = arith.constant 6 : i32
      %v92 = arith.ori %v66, %v91 : i32
      %v93 = arith.constant 6 : i64
      %v94 = arith.cmpi eq, %v26, %v93 : i64
      %v95 = arith.constant 7 : i32
      %v96 = arith.ori %v66, %v95 : i32
      %v97 = arith.constant 7 : i64
      %v98 = arith.cmpi eq, %v26, %v97 : i64
      %v38 = arith.muli %v23, %v37 : i64
      %v39 = arith.addi %v38, %v37 : i64
      %v40 = arith.muli %v23, %v4 : i64
      llvm.store %v53, %v41 : f32, !llvm.ptr
      llvm.store %v53, %v42 : f32, !llvm.ptr
      llvm.store %v54, %v43 : f32, !llvm.ptr
      llvm.store %v54, %v44 : f32, !llvm.ptr
      llvm.store %v53, %v45 : f32, !llvm.ptr
      llvm.store %v53, %v46 : f32, !llvm.ptr
      llvm.store %v53, %v47 : f32, !llvm.ptr
      llvm.store %v53, %v48 : f32, !llvm.ptr
      llvm.store %v53, %v49 : f32, !llvm.ptr
      llvm.store %v53, %v50 : f32, !llvm.ptr
      llvm.store %v53, %v51 : f32, !llvm.ptr
      llvm.store %v53, %v52 : f32, !llvm.ptr
      llvm.store %v54, %v55 : f32, !llvm.ptr
      llvm.store %v54, %v56 : f32, !llvm.ptr
      %v58 = arith.cmpi eq, %size_L, %v57 : i64
      scf.if %v58 {
        llvm.store %v53, %v13 : f32, !llvm.ptr
        llvm.store %v53, %v14 : f32, !llvm.ptr
      }
      %v61 = arith.subi %v59, %v2 : i64
      %v62 = arith.addi %size_L, %v61 : i64
      %v63 = arith.divui %v62, %v59 : i64
      %v99 = arith.minsi %v39, %v63 : i64
      %v100 = arith.muli %v23, %v25 : i64
      %v101 = arith.subi %v99, %v38 : i64
      %v102 = arith.maxsi %v101, %v57 : i64
      %v103 = arith.index_cast %v57 : i64 to index
      %v104 = arith.index_cast %v102 : i64 to index
      %v105 = arith.index_cast %v2 : i64 to index
      scf.for %v106 = %v103 to %v104 step %v105 {
        %v107 = arith.index_cast %v106 : index to i64
        %v108 = arith.subi %v99, %v2 : i64
        %v109 = arith.subi %v108, %v107 : i64
        %v110 = arith.muli %v109, %v59 : i64
        %v111 = arith.subi %size_L, %v110 : i64
        %v112 = arith.minsi %v111, %v59 : i64
        %v113 = arith.addi %v112, %v60 : i64
        %v114 = arith.divui %v113, %v25 : i64
        %v115 = arith.index_cast %v57 : i64 to index
        %v116 = arith.index_cast %v2 : i64 to index
        %v117 = arith.index_cast %v2 : i64 to index
        scf.for %v118 = %v115 to %v116 step %v117 {
          %v119 = arith.index_cast %v118 : index to i64
          %v120 = arith.index_cast %v57 : i64 to index
          %v121 = arith.index_cast %v114 : i64 to index
          %v122 = arith.index_cast %v2 : i64 to index
          scf.for %v123 = %v120 to %v121 step %v122 {
            %v124 = arith.index_cast %v123 : index to i64
            %v125 = arith.cmpi slt, %v124, %v114 : i64
            scf.if %v125 {
              %v126 = arith.subi %v114, %v2 : i64
              %v127 = arith.subi %v126, %v124 : i64
              %v128 = arith.muli %v127, %v25 : i64
              %v129 = arith.addi %v100, %v127 : i64
              %v130 = arith.subi %v112, %v2 : i64
              %v131 = arith.addi %v128, %v26 : i64
              %v132 = arith.minsi %v131, %v130 : i64
              %v133 = arith.addi %v110, %v132 : i64
              %v134 = arith.muli %v33, %v2 : i64
              %v135 = llvm.getelementptr %in_log_dt[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v136 = llvm.load %v135 : !llvm.ptr -> f32
              %v138 = arith.mulf %v136, %v137 fastmath<contract> : f32
              %v139 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v138) : (f32) -> f32
              // the group's states, recomputed into registers
              %v140 = arith.subi %v112, %v128 : i64
              %v141 = arith.trunci %v140 : i64 to i32
              %v142 = arith.subi %size_L, %v2 : i64
              %v143 = arith.addi %v110, %v128 : i64
              %v144 = arith.subi %v142, %v143 : i64
              %v146 = arith.minsi %v144, %v145 : i64
              %v147 = arith.trunci %v146 : i64 to i32
              %v148 = arith.addi %v128, %v60 : i64
              %v150 = arith.cmpi slt, %v149, %v141 : i32
              %v151 = arith.cmpi eq, %v149, %v147 : i32
              %v153, %v154 = gpu.shuffle idx %v139, %v96, %v152 : f32
              scf.if %v150 {
                %v155 = arith.addi %v110, %v148 : i64
                %v157 = arith.muli %v33, %v156 : i64
                %v158 = arith.muli %v26, %v2 : i64
                %v159 = arith.addi %v157, %v158 : i64
                %v160 = llvm.getelementptr %in_Cp[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v161 = llvm.load %v160 : !llvm.ptr -> f32
                %v164 = arith.muli %v35, %v163 : i64
                %v165 = arith.muli %v33, %v162 : i64
                %v166 = arith.addi %v164, %v165 : i64
                %v167 = arith.muli %v155, %v2 : i64
                %v168 = arith.addi %v166, %v167 : i64
                %v169 = llvm.getelementptr %dy_y[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v170 = llvm.load %v169 : !llvm.ptr -> f32
                %v171 = arith.mulf %v161, %v170 fastmath<contract> : f32
                %v172 = llvm.load %v41 : !llvm.ptr -> f32
                %v173 = llvm.load %v43 : !llvm.ptr -> f32
                %v174 = arith.mulf %v173, %v172 fastmath<contract> : f32
                %v175 = arith.addf %v171, %v174 fastmath<contract> : f32
                llvm.store %v175, %v41 : f32, !llvm.ptr
                %v176 = llvm.load %v55 : !llvm.ptr -> f32
                %v177 = arith.mulf %v176, %v173 fastmath<contract> : f32
                llvm.store %v177, %v55 : f32, !llvm.ptr
                %v178 = arith.muli %v33, %v156 : i64
                %v179 = arith.constant 8 : i64
                %v180 = arith.addi %v179, %v26 : i64
                %v181 = arith.muli %v180, %v2 : i64
                %v182 = arith.addi %v178, %v181 : i64
                %v183 = llvm.getelementptr %in_Cp[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v184 = llvm.load %v183 : !llvm.ptr -> f32
                %v185 = arith.mulf %v184, %v170 fastmath<contract> : f32
                %v186 = llvm.load %v42 : !llvm.ptr -> f32
                %v187 = llvm.load %v44 : !llvm.ptr -> f32
                %v188 = arith.mulf %v187, %v186 fastmath<contract> : f32
                %v189 = arith.addf %v185, %v188 fastmath<contract> : f32
                llvm.store %v189, %v42 : f32, !llvm.ptr
                %v190 = llvm.load %v56 : !llvm.ptr -> f32
                %v191 = arith.mulf %v190, %v187 fastmath<contract> : f32
                llvm.store %v191, %v56 : f32, !llvm.ptr
                scf.if %v151 {
                }
                %v192 = arith.muli %v33, %v156 : i64
                %v193 = arith.muli %v26, %v2 : i64
                %v194 = arith.addi %v192, %v193 : i64
                %v195 = llvm.getelementptr %in_A_log[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v196 = llvm.load %v195 : !llvm.ptr -> f32
                %v197 = arith.mulf %v196, %v137 fastmath<contract> : f32
                %v198 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v197) : (f32) -> f32
                %v199 = arith.negf %v198 : f32
                %v200 = arith.mulf %v153, %v199 fastmath<contract> : f32
                %v201 = arith.mulf %v200, %v137 fastmath<contract> : f32
                %v202 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v201) : (f32) -> f32
                llvm.store %v202, %v43 : f32, !llvm.ptr
                %v203 = arith.muli %v33, %v156 : i64
                %v204 = arith.constant 8 : i64
                %v205 = arith.addi %v204, %v26 : i64
                %v206 = arith.muli %v205, %v2 : i64
                %v207 = arith.addi %v203, %v206 : i64
                %v208 = llvm.getelementptr %in_A_log[%v207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v209 = llvm.load %v208 : !llvm.ptr -> f32
                %v210 = arith.mulf %v209, %v137 fastmath<contract> : f32
                %v211 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v210) : (f32) -> f32
                %v212 = arith.negf %v211 : f32
                %v213 = arith.mulf %v153, %v212 fastmath<contract> : f32
                %v214 = arith.mulf %v213, %v137 fastmath<contract> : f32
                %v215 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v214) : (f32) -> f32
                llvm.store %v215, %v44 : f32, !llvm.ptr
              }
              %v217 = arith.addi %v128, %v216 : i64
              %v219 = arith.cmpi slt, %v218, %v141 : i32
              %v220 = arith.cmpi eq, %v218, %v147 : i32
              %v221, %v222 = gpu.shuffle idx %v139, %v92, %v152 : f32
              scf.if %v219 {
                %v223 = arith.addi %v110, %v217 : i64
                %v224 = arith.muli %v33, %v156 : i64
                %v225 = arith.muli %v26, %v2 : i64
                %v226 = arith.addi %v224, %v225 : i64
                %v227 = llvm.getelementptr %in_Cp[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v228 = llvm.load %v227 : !llvm.ptr -> f32
                %v229 = arith.muli %v35, %v163 : i64
                %v230 = arith.muli %v33, %v162 : i64
                %v231 = arith.addi %v229, %v230 : i64
                %v232 = arith.muli %v223, %v2 : i64
                %v233 = arith.addi %v231, %v232 : i64
                %v234 = llvm.getelementptr %dy_y[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v235 = llvm.load %v234 : !llvm.ptr -> f32
                %v236 = arith.mulf %v228, %v235 fastmath<contract> : f32
                %v237 = llvm.load %v41 : !llvm.ptr -> f32
                %v238 = llvm.load %v43 : !llvm.ptr -> f32
                %v239 = arith.mulf %v238, %v237 fastmath<contract> : f32
                %v240 = arith.addf %v236, %v239 fastmath<contract> : f32
                llvm.store %v240, %v41 : f32, !llvm.ptr
                %v241 = llvm.load %v55 : !llvm.ptr -> f32
                %v242 = arith.mulf %v241, %v238 fastmath<contract> : f32
                llvm.store %v242, %v55 : f32, !llvm.ptr
                %v243 = arith.muli %v33, %v156 : i64
                %v244 = arith.constant 8 : i64
                %v245 = arith.addi %v244, %v26 : i64
                %v246 = arith.muli %v245, %v2 : i64
                %v247 = arith.addi %v243, %v246 : i64
                %v248 = llvm.getelementptr %in_Cp[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v249 = llvm.load %v248 : !llvm.ptr -> f32
                %v250 = arith.mulf %v249, %v235 fastmath<contract> : f32
                %v251 = llvm.load %v42 : !llvm.ptr -> f32
                %v252 = llvm.load %v44 : !llvm.ptr -> f32
                %v253 = arith.mulf %v252, %v251 fastmath<contract> : f32
                %v254 = arith.addf %v250, %v253 fastmath<contract> : f32
                llvm.store %v254, %v42 : f32, !llvm.ptr
                %v255 = llvm.load %v56 : !llvm.ptr -> f32
                %v256 = arith.mulf %v255, %v252 fastmath<contract> : f32
                llvm.store %v256, %v56 : f32, !llvm.ptr
                scf.if %v220 {
                }
                %v257 = arith.muli %v33, %v156 : i64
                %v258 = arith.muli %v26, %v2 : i64
                %v259 = arith.addi %v257, %v258 : i64
                %v260 = llvm.getelementptr %in_A_log[%v259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v261 = llvm.load %v260 : !llvm.ptr -> f32
                %v262 = arith.mulf %v261, %v137 fastmath<contract> : f32
                %v263 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v262) : (f32) -> f32
                %v264 = arith.negf %v263 : f32
                %v265 = arith.mulf %v221, %v264 fastmath<contract> : f32
                %v266 = arith.mulf %v265, %v137 fastmath<contract> : f32
                %v267 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v266) : (f32) -> f32
                llvm.store %v267, %v43 : f32, !llvm.ptr
                %v268 = arith.muli %v33, %v156 : i64
                %v269 = arith.constant 8 : i64
                %v270 = arith.addi %v269, %v26 : i64
                %v271 = arith.muli %v270, %v2 : i64
                %v272 = arith.addi %v268, %v271 : i64
                %v273 = llvm.getelementptr %in_A_log[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v274 = llvm.load %v273 : !llvm.ptr -> f32
                %v275 = arith.mulf %v274, %v137 fastmath<contract> : f32
                %v276 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v275) : (f32) -> f32
                %v277 = arith.negf %v276 : f32
                %v278 = arith.mulf %v221, %v277 fastmath<contract> : f32
                %v279 = arith.mulf %v278, %v137 fastmath<contract> : f32
                %v280 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v279) : (f32) -> f32
                llvm.store %v280, %v44 : f32, !llvm.ptr
              }
              %v282 = arith.addi %v128, %v281 : i64
              %v284 = arith.cmpi slt, %v283, %v141 : i32
              %v285 = arith.cmpi eq, %v283, %v147 : i32
              %v286, %v287 = gpu.shuffle idx %v139, %v88, %v152 : f32
              scf.if %v284 {
                %v288 = arith.addi %v110, %v282 : i64
                %v289 = arith.muli %v33, %v156 : i64
                %v290 = arith.muli %v26, %v2 : i64
                %v291 = arith.addi %v289, %v290 : i64
                %v292 = llvm.getelementptr %in_Cp[%v291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v293 = llvm.load %v292 : !llvm.ptr -> f32
                %v294 = arith.muli %v35, %v163 : i64
                %v295 = arith.muli %v33, %v162 : i64
                %v296 = arith.addi %v294, %v295 : i64
                %v297 = arith.muli %v288, %v2 : i64
                %v298 = arith.addi %v296, %v297 : i64
                %v299 = llvm.getelementptr %dy_y[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v300 = llvm.load %v299 : !llvm.ptr -> f32
                %v301 = arith.mulf %v293, %v300 fastmath<contract> : f32
                %v302 = llvm.load %v41 : !llvm.ptr -> f32
                %v303 = llvm.load %v43 : !llvm.ptr -> f32
                %v304 = arith.mulf %v303, %v302 fastmath<contract> : f32
                %v305 = arith.addf %v301, %v304 fastmath<contract> : f32
                llvm.store %v305, %v41 : f32, !llvm.ptr
                %v306 = llvm.load %v55 : !llvm.ptr -> f32
                %v307 = arith.mulf %v306, %v303 fastmath<contract> : f32
                llvm.store %v307, %v55 : f32, !llvm.ptr
                %v308 = arith.muli %v33, %v156 : i64
                %v309 = arith.constant 8 : i64
                %v310 = arith.addi %v309, %v26 : i64
                %v311 = arith.muli %v310, %v2 : i64
                %v312 = arith.addi %v308, %v311 : i64
                %v313 = llvm.getelementptr %in_Cp[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v314 = llvm.load %v313 : !llvm.ptr -> f32
                %v315 = arith.mulf %v314, %v300 fastmath<contract> : f32
                %v316 = llvm.load %v42 : !llvm.ptr -> f32
                %v317 = llvm.load %v44 : !llvm.ptr -> f32
                %v318 = arith.mulf %v317, %v316 fastmath<contract> : f32
                %v319 = arith.addf %v315, %v318 fastmath<contract> : f32
                llvm.store %v319, %v42 : f32, !llvm.ptr
                %v320 = llvm.load %v56 : !llvm.ptr -> f32
                %v321 = arith.mulf %v320, %v317 fastmath<contract> : f32
                llvm.store %v321, %v56 : f32, !llvm.ptr
                scf.if %v285 {
                }
                %v322 = arith.muli %v33, %v156 : i64
                %v323 = arith.muli %v26, %v2 : i64
                %v324 = arith.addi %v322, %v323 : i64
                %v325 = llvm.getelementptr %in_A_log[%v324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v326 = llvm.load %v325 : !llvm.ptr -> f32
                %v327 = arith.mulf %v326, %v137 fastmath<contract> : f32
                %v328 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v327) : (f32) -> f32
                %v329 = arith.negf %v328 : f32
                %v330 = arith.mulf %v286, %v329 fastmath<contract> : f32
                %v331 = arith.mulf %v330, %v137 fastmath<contract> : f32
                %v332 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v331) : (f32) -> f32
                llvm.store %v332, %v43 : f32, !llvm.ptr
                %v333 = arith.muli %v33, %v156 : i64
                %v334 = arith.constant 8 : i64
                %v335 = arith.addi %v334, %v26 : i64
                %v336 = arith.muli %v335, %v2 : i64
                %v337 = arith.addi %v333, %v336 : i64
                %v338 = llvm.getelementptr %in_A_log[%v337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v339 = llvm.load %v338 : !llvm.ptr -> f32
                %v340 = arith.mulf %v339, %v137 fastmath<contract> : f32
                %v341 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v340) : (f32) -> f32
                %v342 = arith.negf %v341 : f32
                %v343 = arith.mulf %v286, %v342 fastmath<contract> : f32
                %v344 = arith.mulf %v343, %v137 fastmath<contract> : f32
                %v345 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v344) : (f32) -> f32
                llvm.store %v345, %v44 : f32, !llvm.ptr
              }
              %v346 = arith.addi %v128, %v37 : i64
              %v348 = arith.cmpi slt, %v347, %v141 : i32
              %v349 = arith.cmpi eq, %v347, %v147 : i32
              %v350, %v351 = gpu.shuffle idx %v139, %v84, %v152 : f32
              scf.if %v348 {
                %v352 = arith.addi %v110, %v346 : i64
                %v353 = arith.muli %v33, %v156 : i64
                %v354 = arith.muli %v26, %v2 : i64
                %v355 = arith.addi %v353, %v354 : i64
                %v356 = llvm.getelementptr %in_Cp[%v355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v357 = llvm.load %v356 : !llvm.ptr -> f32
                %v358 = arith.muli %v35, %v163 : i64
                %v359 = arith.muli %v33, %v162 : i64
                %v360 = arith.addi %v358, %v359 : i64
                %v361 = arith.muli %v352, %v2 : i64
                %v362 = arith.addi %v360, %v361 : i64
                %v363 = llvm.getelementptr %dy_y[%v362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v364 = llvm.load %v363 : !llvm.ptr -> f32
                %v365 = arith.mulf %v357, %v364 fastmath<contract> : f32
                %v366 = llvm.load %v41 : !llvm.ptr -> f32
                %v367 = llvm.load %v43 : !llvm.ptr -> f32
                %v368 = arith.mulf %v367, %v366 fastmath<contract> : f32
                %v369 = arith.addf %v365, %v368 fastmath<contract> : f32
                llvm.store %v369, %v41 : f32, !llvm.ptr
                %v370 = llvm.load %v55 : !llvm.ptr -> f32
                %v371 = arith.mulf %v370, %v367 fastmath<contract> : f32
                llvm.store %v371, %v55 : f32, !llvm.ptr
                %v372 = arith.muli %v33, %v156 : i64
                %v373 = arith.constant 8 : i64
                %v374 = arith.addi %v373, %v26 : i64
                %v375 = arith.muli %v374, %v2 : i64
                %v376 = arith.addi %v372, %v375 : i64
                %v377 = llvm.getelementptr %in_Cp[%v376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v378 = llvm.load %v377 : !llvm.ptr -> f32
                %v379 = arith.mulf %v378, %v364 fastmath<contract> : f32
                %v380 = llvm.load %v42 : !llvm.ptr -> f32
                %v381 = llvm.load %v44 : !llvm.ptr -> f32
                %v382 = arith.mulf %v381, %v380 fastmath<contract> : f32
                %v383 = arith.addf %v379, %v382 fastmath<contract> : f32
                llvm.store %v383, %v42 : f32, !llvm.ptr
                %v384 = llvm.load %v56 : !llvm.ptr -> f32
                %v385 = arith.mulf %v384, %v381 fastmath<contract> : f32
                llvm.store %v385, %v56 : f32, !llvm.ptr
                scf.if %v349 {
                }
                %v386 = arith.muli %v33, %v156 : i64
                %v387 = arith.muli %v26, %v2 : i64
                %v388 = arith.addi %v386, %v387 : i64
                %v389 = llvm.getelementptr %in_A_log[%v388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v390 = llvm.load %v389 : !llvm.ptr -> f32
                %v391 = arith.mulf %v390, %v137 fastmath<contract> : f32
                %v392 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v391) : (f32) -> f32
                %v393 = arith.negf %v392 : f32
                %v394 = arith.mulf %v350, %v393 fastmath<contract> : f32
                %v395 = arith.mulf %v394, %v137 fastmath<contract> : f32
                %v396 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v395) : (f32) -> f32
                llvm.store %v396, %v43 : f32, !llvm.ptr
                %v397 = arith.muli %v33, %v156 : i64
                %v398 = arith.constant 8 : i64
                %v399 = arith.addi %v398, %v26 : i64
                %v400 = arith.muli %v399, %v2 : i64
                %v401 = arith.addi %v397, %v400 : i64
                %v402 = llvm.getelementptr %in_A_log[%v401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v403 = llvm.load %v402 : !llvm.ptr -> f32
                %v404 = arith.mulf %v403, %v137 fastmath<contract> : f32
                %v405 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v404) : (f32) -> f32
                %v406 = arith.negf %v405 : f32
                %v407 = arith.mulf %v350, %v406 fastmath<contract> : f32
                %v408 = arith.mulf %v407, %v137 fastmath<contract> : f32
                %v409 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v408) : (f32) -> f32
                llvm.store %v409, %v44 : f32, !llvm.ptr
              }
              %v411 = arith.addi %v128, %v410 : i64
              %v413 = arith.cmpi slt, %v412, %v141 : i32
              %v414 = arith.cmpi eq, %v412, %v147 : i32
              %v415, %v416 = gpu.shuffle idx %v139, %v80, %v152 : f32
              scf.if %v413 {
                %v417 = arith.addi %v110, %v411 : i64
                %v418 = arith.muli %v33, %v156 : i64
                %v419 = arith.muli %v26, %v2 : i64
                %v420 = arith.addi %v418, %v419 : i64
                %v421 = llvm.getelementptr %in_Cp[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v422 = llvm.load %v421 : !llvm.ptr -> f32
                %v423 = arith.muli %v35, %v163 : i64
                %v424 = arith.muli %v33, %v162 : i64
                %v425 = arith.addi %v423, %v424 : i64
                %v426 = arith.muli %v417, %v2 : i64
                %v427 = arith.addi %v425, %v426 : i64
                %v428 = llvm.getelementptr %dy_y[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v429 = llvm.load %v428 : !llvm.ptr -> f32
                %v430 = arith.mulf %v422, %v429 fastmath<contract> : f32
                %v431 = llvm.load %v41 : !llvm.ptr -> f32
                %v432 = llvm.load %v43 : !llvm.ptr -> f32
                %v433 = arith.mulf %v432, %v431 fastmath<contract> : f32
                %v434 = arith.addf %v430, %v433 fastmath<contract> : f32
                llvm.store %v434, %v41 : f32, !llvm.ptr
                %v435 = llvm.load %v55 : !llvm.ptr -> f32
                %v436 = arith.mulf %v435, %v432 fastmath<contract> : f32
                llvm.store %v436, %v55 : f32, !llvm.ptr
                %v437 = arith.muli %v33, %v156 : i64
                %v438 = arith.constant 8 : i64
                %v439 = arith.addi %v438, %v26 : i64
                %v440 = arith.muli %v439, %v2 : i64
                %v441 = arith.addi %v437, %v440 : i64
                %v442 = llvm.getelementptr %in_Cp[%v441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v443 = llvm.load %v442 : !llvm.ptr -> f32
                %v444 = arith.mulf %v443, %v429 fastmath<contract> : f32
                %v445 = llvm.load %v42 : !llvm.ptr -> f32
                %v446 = llvm.load %v44 : !llvm.ptr -> f32
                %v447 = arith.mulf %v446, %v445 fastmath<contract> : f32
                %v448 = arith.addf %v444, %v447 fastmath<contract> : f32
                llvm.store %v448, %v42 : f32, !llvm.ptr
                %v449 = llvm.load %v56 : !llvm.ptr -> f32
                %v450 = arith.mulf %v449, %v446 fastmath<contract> : f32
                llvm.store %v450, %v56 : f32, !llvm.ptr
                scf.if %v414 {
                }
                %v451 = arith.muli %v33, %v156 : i64
                %v452 = arith.muli %v26, %v2 : i64
                %v453 = arith.addi %v451, %v452 : i64
                %v454 = llvm.getelementptr %in_A_log[%v453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v455 = llvm.load %v454 : !llvm.ptr -> f32
                %v456 = arith.mulf %v455, %v137 fastmath<contract> : f32
                %v457 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v456) : (f32) -> f32
                %v458 = arith.negf %v457 : f32
                %v459 = arith.mulf %v415, %v458 fastmath<contract> : f32
                %v460 = arith.mulf %v459, %v137 fastmath<contract> : f32
                %v461 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v460) : (f32) -> f32
                llvm.store %v461, %v43 : f32, !llvm.ptr
                %v462 = arith.muli %v33, %v156 : i64
                %v463 = arith.constant 8 : i64
                %v464 = arith.addi %v463, %v26 : i64
                %v465 = arith.muli %v464, %v2 : i64
                %v466 = arith.addi %v462, %v465 : i64
                %v467 = llvm.getelementptr %in_A_log[%v466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v468 = llvm.load %v467 : !llvm.ptr -> f32
                %v469 = arith.mulf %v468, %v137 fastmath<contract> : f32
                %v470 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v469) : (f32) -> f32
                %v471 = arith.negf %v470 : f32
                %v472 = arith.mulf %v415, %v471 fastmath<contract> : f32
                %v473 = arith.mulf %v472, %v137 fastmath<contract> : f32
                %v474 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v473) : (f32) -> f32
                llvm.store %v474, %v44 : f32, !llvm.ptr
              }
              %v476 = arith.addi %v128, %v475 : i64
              %v478 = arith.cmpi slt, %v477, %v141 : i32
              %v479 = arith.cmpi eq, %v477, %v147 : i32
              %v480, %v481 = gpu.shuffle idx %v139, %v76, %v152 : f32
              scf.if %v478 {
                %v482 = arith.addi %v110, %v476 : i64
                %v483 = arith.muli %v33, %v156 : i64
                %v484 = arith.muli %v26, %v2 : i64
                %v485 = arith.addi %v483, %v484 : i64
                %v486 = llvm.getelementptr %in_Cp[%v485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v487 = llvm.load %v486 : !llvm.ptr -> f32
                %v488 = arith.muli %v35, %v163 : i64
                %v489 = arith.muli %v33, %v162 : i64
                %v490 = arith.addi %v488, %v489 : i64
                %v491 = arith.muli %v482, %v2 : i64
                %v492 = arith.addi %v490, %v491 : i64
                %v493 = llvm.getelementptr %dy_y[%v492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v494 = llvm.load %v493 : !llvm.ptr -> f32
                %v495 = arith.mulf %v487, %v494 fastmath<contract> : f32
                %v496 = llvm.load %v41 : !llvm.ptr -> f32
                %v497 = llvm.load %v43 : !llvm.ptr -> f32
                %v498 = arith.mulf %v497, %v496 fastmath<contract> : f32
                %v499 = arith.addf %v495, %v498 fastmath<contract> : f32
                llvm.store %v499, %v41 : f32, !llvm.ptr
                %v500 = llvm.load %v55 : !llvm.ptr -> f32
                %v501 = arith.mulf %v500, %v497 fastmath<contract> : f32
                llvm.store %v501, %v55 : f32, !llvm.ptr
                %v502 = arith.muli %v33, %v156 : i64
                %v503 = arith.constant 8 : i64
                %v504 = arith.addi %v503, %v26 : i64
                %v505 = arith.muli %v504, %v2 : i64
                %v506 = arith.addi %v502, %v505 : i64
                %v507 = llvm.getelementptr %in_Cp[%v506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v508 = llvm.load %v507 : !llvm.ptr -> f32
                %v509 = arith.mulf %v508, %v494 fastmath<contract> : f32
                %v510 = llvm.load %v42 : !llvm.ptr -> f32
                %v511 = llvm.load %v44 : !llvm.ptr -> f32
                %v512 = arith.mulf %v511, %v510 fastmath<contract> : f32
                %v513 = arith.addf %v509, %v512 fastmath<contract> : f32
                llvm.store %v513, %v42 : f32, !llvm.ptr
                %v514 = llvm.load %v56 : !llvm.ptr -> f32
                %v515 = arith.mulf %v514, %v511 fastmath<contract> : f32
                llvm.store %v515, %v56 : f32, !llvm.ptr
                scf.if %v479 {
                }
                %v516 = arith.muli %v33, %v156 : i64
                %v517 = arith.muli %v26, %v2 : i64
                %v518 = arith.addi %v516, %v517 : i64
                %v519 = llvm.getelementptr %in_A_log[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v520 = llvm.load %v519 : !llvm.ptr -> f32
                %v521 = arith.mulf %v520, %v137 fastmath<contract> : f32
                %v522 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v521) : (f32) -> f32
                %v523 = arith.negf %v522 : f32
                %v524 = arith.mulf %v480, %v523 fastmath<contract> : f32
                %v525 = arith.mulf %v524, %v137 fastmath<contract> : f32
                %v526 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v525) : (f32) -> f32
                llvm.store %v526, %v43 : f32, !llvm.ptr
                %v527 = arith.muli %v33, %v156 : i64
                %v528 = arith.constant 8 : i64
                %v529 = arith.addi %v528, %v26 : i64
                %v530 = arith.muli %v529, %v2 : i64
                %v531 = arith.addi %v527, %v530 : i64
                %v532 = llvm.getelementptr %in_A_log[%v531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v533 = llvm.load %v532 : !llvm.ptr -> f32
                %v534 = arith.mulf %v533, %v137 fastmath<contract> : f32
                %v535 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v534) : (f32) -> f32
                %v536 = arith.negf %v535 : f32
                %v537 = arith.mulf %v480, %v536 fastmath<contract> : f32
                %v538 = arith.mulf %v537, %v137 fastmath<contract> : f32
                %v539 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v538) : (f32) -> f32
                llvm.store %v539, %v44 : f32, !llvm.ptr
              }
              %v540 = arith.addi %v128, %v2 : i64
              %v542 = arith.cmpi slt, %v541, %v141 : i32
              %v543 = arith.cmpi eq, %v541, %v147 : i32
              %v544, %v545 = gpu.shuffle idx %v139, %v72, %v152 : f32
              scf.if %v542 {
                %v546 = arith.addi %v110, %v540 : i64
                %v547 = arith.muli %v33, %v156 : i64
                %v548 = arith.muli %v26, %v2 : i64
                %v549 = arith.addi %v547, %v548 : i64
                %v550 = llvm.getelementptr %in_Cp[%v549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v551 = llvm.load %v550 : !llvm.ptr -> f32
                %v552 = arith.muli %v35, %v163 : i64
                %v553 = arith.muli %v33, %v162 : i64
                %v554 = arith.addi %v552, %v553 : i64
                %v555 = arith.muli %v546, %v2 : i64
                %v556 = arith.addi %v554, %v555 : i64
                %v557 = llvm.getelementptr %dy_y[%v556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v558 = llvm.load %v557 : !llvm.ptr -> f32
                %v559 = arith.mulf %v551, %v558 fastmath<contract> : f32
                %v560 = llvm.load %v41 : !llvm.ptr -> f32
                %v561 = llvm.load %v43 : !llvm.ptr -> f32
                %v562 = arith.mulf %v561, %v560 fastmath<contract> : f32
                %v563 = arith.addf %v559, %v562 fastmath<contract> : f32
                llvm.store %v563, %v41 : f32, !llvm.ptr
                %v564 = llvm.load %v55 : !llvm.ptr -> f32
                %v565 = arith.mulf %v564, %v561 fastmath<contract> : f32
                llvm.store %v565, %v55 : f32, !llvm.ptr
                %v566 = arith.muli %v33, %v156 : i64
                %v567 = arith.constant 8 : i64
                %v568 = arith.addi %v567, %v26 : i64
                %v569 = arith.muli %v568, %v2 : i64
                %v570 = arith.addi %v566, %v569 : i64
                %v571 = llvm.getelementptr %in_Cp[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v572 = llvm.load %v571 : !llvm.ptr -> f32
                %v573 = arith.mulf %v572, %v558 fastmath<contract> : f32
                %v574 = llvm.load %v42 : !llvm.ptr -> f32
                %v575 = llvm.load %v44 : !llvm.ptr -> f32
                %v576 = arith.mulf %v575, %v574 fastmath<contract> : f32
                %v577 = arith.addf %v573, %v576 fastmath<contract> : f32
                llvm.store %v577, %v42 : f32, !llvm.ptr
                %v578 = llvm.load %v56 : !llvm.ptr -> f32
                %v579 = arith.mulf %v578, %v575 fastmath<contract> : f32
                llvm.store %v579, %v56 : f32, !llvm.ptr
                scf.if %v543 {
                }
                %v580 = arith.muli %v33, %v156 : i64
                %v581 = arith.muli %v26, %v2 : i64
                %v582 = arith.addi %v580, %v581 : i64
                %v583 = llvm.getelementptr %in_A_log[%v582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v584 = llvm.load %v583 : !llvm.ptr -> f32
                %v585 = arith.mulf %v584, %v137 fastmath<contract> : f32
                %v586 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v585) : (f32) -> f32
                %v587 = arith.negf %v586 : f32
                %v588 = arith.mulf %v544, %v587 fastmath<contract> : f32
                %v589 = arith.mulf %v588, %v137 fastmath<contract> : f32
                %v590 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v589) : (f32) -> f32
                llvm.store %v590, %v43 : f32, !llvm.ptr
                %v591 = arith.muli %v33, %v156 : i64
                %v592 = arith.constant 8 : i64
                %v593 = arith.addi %v592, %v26 : i64
                %v594 = arith.muli %v593, %v2 : i64
                %v595 = arith.addi %v591, %v594 : i64
                %v596 = llvm.getelementptr %in_A_log[%v595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v597 = llvm.load %v596 : !llvm.ptr -> f32
                %v598 = arith.mulf %v597, %v137 fastmath<contract> : f32
                %v599 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v598) : (f32) -> f32
                %v600 = arith.negf %v599 : f32
                %v601 = arith.mulf %v544, %v600 fastmath<contract> : f32
                %v602 = arith.mulf %v601, %v137 fastmath<contract> : f32
                %v603 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v602) : (f32) -> f32
                llvm.store %v603, %v44 : f32, !llvm.ptr
              }
              %v604 = arith.addi %v128, %v57 : i64
              %v606 = arith.cmpi slt, %v605, %v141 : i32
              %v607 = arith.cmpi eq, %v605, %v147 : i32
              %v608, %v609 = gpu.shuffle idx %v139, %v68, %v152 : f32
              scf.if %v606 {
                %v610 = arith.addi %v110, %v604 : i64
                %v611 = arith.muli %v33, %v156 : i64
                %v612 = arith.muli %v26, %v2 : i64
                %v613 = arith.addi %v611, %v612 : i64
                %v614 = llvm.getelementptr %in_Cp[%v613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v615 = llvm.load %v614 : !llvm.ptr -> f32
                %v616 = arith.muli %v35, %v163 : i64
                %v617 = arith.muli %v33, %v162 : i64
                %v618 = arith.addi %v616, %v617 : i64
                %v619 = arith.muli %v610, %v2 : i64
                %v620 = arith.addi %v618, %v619 : i64
                %v621 = llvm.getelementptr %dy_y[%v620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v622 = llvm.load %v621 : !llvm.ptr -> f32
                %v623 = arith.mulf %v615, %v622 fastmath<contract> : f32
                %v624 = llvm.load %v41 : !llvm.ptr -> f32
                %v625 = llvm.load %v43 : !llvm.ptr -> f32
                %v626 = arith.mulf %v625, %v624 fastmath<contract> : f32
                %v627 = arith.addf %v623, %v626 fastmath<contract> : f32
                llvm.store %v627, %v41 : f32, !llvm.ptr
                %v628 = llvm.load %v55 : !llvm.ptr -> f32
                %v629 = arith.mulf %v628, %v625 fastmath<contract> : f32
                llvm.store %v629, %v55 : f32, !llvm.ptr
                %v630 = arith.muli %v33, %v156 : i64
                %v631 = arith.constant 8 : i64
                %v632 = arith.addi %v631, %v26 : i64
                %v633 = arith.muli %v632, %v2 : i64
                %v634 = arith.addi %v630, %v633 : i64
                %v635 = llvm.getelementptr %in_Cp[%v634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v636 = llvm.load %v635 : !llvm.ptr -> f32
                %v637 = arith.mulf %v636, %v622 fastmath<contract> : f32
                %v638 = llvm.load %v42 : !llvm.ptr -> f32
                %v639 = llvm.load %v44 : !llvm.ptr -> f32
                %v640 = arith.mulf %v639, %v638 fastmath<contract> : f32
                %v641 = arith.addf %v637, %v640 fastmath<contract> : f32
                llvm.store %v641, %v42 : f32, !llvm.ptr
                %v642 = llvm.load %v56 : !llvm.ptr -> f32
                %v643 = arith.mulf %v642, %v639 fastmath<contract> : f32
                llvm.store %v643, %v56 : f32, !llvm.ptr
                scf.if %v607 {
                }
                %v644 = arith.muli %v33, %v156 : i64
                %v645 = arith.muli %v26, %v2 : i64
                %v646 = arith.addi %v644, %v645 : i64
                %v647 = llvm.getelementptr %in_A_log[%v646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v648 = llvm.load %v647 : !llvm.ptr -> f32
                %v649 = arith.mulf %v648, %v137 fastmath<contract> : f32
                %v650 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v649) : (f32) -> f32
                %v651 = arith.negf %v650 : f32
                %v652 = arith.mulf %v608, %v651 fastmath<contract> : f32
                %v653 = arith.mulf %v652, %v137 fastmath<contract> : f32
                %v654 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v653) : (f32) -> f32
                llvm.store %v654, %v43 : f32, !llvm.ptr
                %v655 = arith.muli %v33, %v156 : i64
                %v656 = arith.constant 8 : i64
                %v657 = arith.addi %v656, %v26 : i64
                %v658 = arith.muli %v657, %v2 : i64
                %v659 = arith.addi %v655, %v658 : i64
                %v660 = llvm.getelementptr %in_A_log[%v659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v661 = llvm.load %v660 : !llvm.ptr -> f32
                %v662 = arith.mulf %v661, %v137 fastmath<contract> : f32
                %v663 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v662) : (f32) -> f32
                %v664 = arith.negf %v663 : f32
                %v665 = arith.mulf %v608, %v664 fastmath<contract> : f32
                %v666 = arith.mulf %v665, %v137 fastmath<contract> : f32
                %v667 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v666) : (f32) -> f32
                llvm.store %v667, %v44 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      scf.if %v30 {
        %v668 = llvm.load %v41 : !llvm.ptr -> f32
        %v669 = arith.addi %v57, %v26 : i64
        %v670 = arith.muli %v57, %v8 : i64
        %v671 = arith.addi %v670, %v23 : i64
        %v672 = arith.muli %v671, %v1 : i64
        %v673 = arith.addi %v672, %v669 : i64
        %v674 = arith.muli %v673, %v4 : i64
        %v675 = arith.subi %v4, %v2 : i64
        %v676 = arith.minsi %v29, %v675 : i64
        %v677 = arith.addi %v674, %v676 : i64
        %v678 = llvm.getelementptr %segsum_h[%v677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v668, %v678 : f32, !llvm.ptr
        %v679 = llvm.load %v55 : !llvm.ptr -> f32
        %v680 = arith.addi %v57, %v26 : i64
        %v681 = arith.muli %v2, %v8 : i64
        %v682 = arith.addi %v681, %v23 : i64
        %v683 = arith.muli %v682, %v1 : i64
        %v684 = arith.addi %v683, %v680 : i64
        %v685 = arith.muli %v684, %v4 : i64
        %v686 = arith.subi %v4, %v2 : i64
        %v687 = arith.minsi %v29, %v686 : i64
        %v688 = arith.addi %v685, %v687 : i64
        %v689 = llvm.getelementptr %segsum_h[%v688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v679, %v689 : f32, !llvm.ptr
        %v690 = llvm.load %v43 : !llvm.ptr -> f32
        %v691 = arith.addi %v57, %v26 : i64
        %v692 = arith.muli %v475, %v8 : i64
        %v693 = arith.addi %v692, %v23 : i64
        %v694 = arith.muli %v693, %v1 : i64
        %v695 = arith.addi %v694, %v691 : i64
        %v696 = arith.muli %v695, %v4 : i64
        %v697 = arith.subi %v4, %v2 : i64
        %v698 = arith.minsi %v29, %v697 : i64
        %v699 = arith.addi %v696, %v698 : i64
        %v700 = llvm.getelementptr %segsum_h[%v699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v690, %v700 : f32, !llvm.ptr
        %v701 = llvm.load %v42 : !llvm.ptr -> f32
        %v702 = arith.addi %v25, %v26 : i64
        %v703 = arith.muli %v57, %v8 : i64
        %v704 = arith.addi %v703, %v23 : i64
        %v705 = arith.muli %v704, %v1 : i64
        %v706 = arith.addi %v705, %v702 : i64
        %v707 = arith.muli %v706, %v4 : i64
        %v708 = arith.subi %v4, %v2 : i64
        %v709 = arith.minsi %v29, %v708 : i64
        %v710 = arith.addi %v707, %v709 : i64
        %v711 = llvm.getelementptr %segsum_h[%v710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v701, %v711 : f32, !llvm.ptr
        %v712 = llvm.load %v56 : !llvm.ptr -> f32
        %v713 = arith.addi %v25, %v26 : i64
        %v714 = arith.muli %v2, %v8 : i64
        %v715 = arith.addi %v714, %v23 : i64
        %v716 = arith.muli %v715, %v1 : i64
        %v717 = arith.addi %v716, %v713 : i64
        %v718 = arith.muli %v717, %v4 : i64
        %v719 = arith.subi %v4, %v2 : i64
        %v720 = arith.minsi %v29, %v719 : i64
        %v721 = arith.addi %v718, %v720 : i64
        %v722 = llvm.getelementptr %segsum_h[%v721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v712, %v722 : f32, !llvm.ptr
        %v723 = llvm.load %v44 : !llvm.ptr -> f32
        %v724 = arith.addi %v25, %v26 : i64
        %v725 = arith.muli %v475, %v8 : i64
        %v726 = arith.addi %v725, %v23 : i64
        %v727 = arith.muli %v726, %v1 : i64
        %v728 = arith.addi %v727, %v724 : i64
        %v729 = arith.muli %v728, %v4 : i64
        %v730 = arith.subi %v4, %v2 : i64
        %v731 = arith.minsi %v29, %v730 : i64
        %v732 = arith.addi %v729, %v731 : i64
        %v733 = llvm.getelementptr %segsum_h[%v732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v723, %v733 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
