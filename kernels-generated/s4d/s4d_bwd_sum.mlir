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
      %v158 = arith.muli %size_L, %size_D : i64
      %v207 = arith.constant 6 : i64
      %v209 = arith.constant 6 : i32
      %v233 = arith.constant 5 : i64
      %v235 = arith.constant 5 : i32
      %v260 = arith.constant 4 : i32
      %v284 = arith.constant 3 : i64
      %v286 = arith.constant 3 : i32
      %v310 = arith.constant 2 : i64
      %v312 = arith.constant 2 : i32
      %v337 = arith.constant 1 : i32
      %v361 = arith.constant 0 : i32
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
      %v135 = llvm.getelementptr %in_log_dt[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v136 = llvm.load %v135 : !llvm.ptr -> f32
      %v138 = arith.mulf %v136, %v137 fastmath<contract> : f32
      %v139 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v138) : (f32) -> f32
      %v154 = arith.muli %v32, %v1 : i64
      %v155 = arith.addi %v154, %v25 : i64
      %v156 = llvm.getelementptr %in_Cp[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v157 = llvm.load %v156 : !llvm.ptr -> f32
      %v172 = arith.muli %v32, %v1 : i64
      %v173 = arith.constant 8 : i64
      %v174 = arith.addi %v173, %v25 : i64
      %v175 = arith.addi %v172, %v174 : i64
      %v176 = llvm.getelementptr %in_Cp[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v177 = llvm.load %v176 : !llvm.ptr -> f32
      %v185 = arith.muli %v32, %v1 : i64
      %v186 = arith.addi %v185, %v25 : i64
      %v187 = llvm.getelementptr %in_A_log[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v188 = llvm.load %v187 : !llvm.ptr -> f32
      %v189 = arith.mulf %v188, %v137 fastmath<contract> : f32
      %v190 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v189) : (f32) -> f32
      %v191 = arith.negf %v190 : f32
      %v192 = arith.mulf %v139, %v191 fastmath<contract> : f32
      %v193 = arith.mulf %v192, %v137 fastmath<contract> : f32
      %v194 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v193) : (f32) -> f32
      %v195 = arith.muli %v32, %v1 : i64
      %v196 = arith.constant 8 : i64
      %v197 = arith.addi %v196, %v25 : i64
      %v198 = arith.addi %v195, %v197 : i64
      %v199 = llvm.getelementptr %in_A_log[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v200 = llvm.load %v199 : !llvm.ptr -> f32
      %v201 = arith.mulf %v200, %v137 fastmath<contract> : f32
      %v202 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v201) : (f32) -> f32
      %v203 = arith.negf %v202 : f32
      %v204 = arith.mulf %v139, %v203 fastmath<contract> : f32
      %v205 = arith.mulf %v204, %v137 fastmath<contract> : f32
      %v206 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v205) : (f32) -> f32
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
                %v153 = arith.addi %v109, %v148 : i64
                %v159 = arith.muli %v34, %v158 : i64
                %v160 = arith.muli %v32, %size_L : i64
                %v161 = arith.addi %v159, %v160 : i64
                %v162 = arith.addi %v161, %v153 : i64
                %v163 = llvm.getelementptr %dy_y[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v164 = llvm.load %v163 : !llvm.ptr -> f32
                %v165 = arith.mulf %v157, %v164 fastmath<contract> : f32
                %v166 = llvm.load %v40 : !llvm.ptr -> f32
                %v167 = llvm.load %v42 : !llvm.ptr -> f32
                %v168 = arith.mulf %v167, %v166 fastmath<contract> : f32
                %v169 = arith.addf %v165, %v168 fastmath<contract> : f32
                llvm.store %v169, %v40 : f32, !llvm.ptr
                %v170 = llvm.load %v54 : !llvm.ptr -> f32
                %v171 = arith.mulf %v170, %v167 fastmath<contract> : f32
                llvm.store %v171, %v54 : f32, !llvm.ptr
                %v178 = arith.mulf %v177, %v164 fastmath<contract> : f32
                %v179 = llvm.load %v41 : !llvm.ptr -> f32
                %v180 = llvm.load %v43 : !llvm.ptr -> f32
                %v181 = arith.mulf %v180, %v179 fastmath<contract> : f32
                %v182 = arith.addf %v178, %v181 fastmath<contract> : f32
                llvm.store %v182, %v41 : f32, !llvm.ptr
                %v183 = llvm.load %v55 : !llvm.ptr -> f32
                %v184 = arith.mulf %v183, %v180 fastmath<contract> : f32
                llvm.store %v184, %v55 : f32, !llvm.ptr
                scf.if %v151 {
                }
                llvm.store %v194, %v42 : f32, !llvm.ptr
                llvm.store %v206, %v43 : f32, !llvm.ptr
                %v208 = arith.addi %v127, %v207 : i64
                %v210 = arith.cmpi slt, %v209, %v141 : i32
                %v211 = arith.cmpi eq, %v209, %v147 : i32
                %v212 = arith.addi %v109, %v208 : i64
                %v213 = arith.muli %v34, %v158 : i64
                %v214 = arith.muli %v32, %size_L : i64
                %v215 = arith.addi %v213, %v214 : i64
                %v216 = arith.addi %v215, %v212 : i64
                %v217 = llvm.getelementptr %dy_y[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v218 = llvm.load %v217 : !llvm.ptr -> f32
                %v219 = arith.mulf %v157, %v218 fastmath<contract> : f32
                %v220 = llvm.load %v40 : !llvm.ptr -> f32
                %v221 = llvm.load %v42 : !llvm.ptr -> f32
                %v222 = arith.mulf %v221, %v220 fastmath<contract> : f32
                %v223 = arith.addf %v219, %v222 fastmath<contract> : f32
                llvm.store %v223, %v40 : f32, !llvm.ptr
                %v224 = llvm.load %v54 : !llvm.ptr -> f32
                %v225 = arith.mulf %v224, %v221 fastmath<contract> : f32
                llvm.store %v225, %v54 : f32, !llvm.ptr
                %v226 = arith.mulf %v177, %v218 fastmath<contract> : f32
                %v227 = llvm.load %v41 : !llvm.ptr -> f32
                %v228 = llvm.load %v43 : !llvm.ptr -> f32
                %v229 = arith.mulf %v228, %v227 fastmath<contract> : f32
                %v230 = arith.addf %v226, %v229 fastmath<contract> : f32
                llvm.store %v230, %v41 : f32, !llvm.ptr
                %v231 = llvm.load %v55 : !llvm.ptr -> f32
                %v232 = arith.mulf %v231, %v228 fastmath<contract> : f32
                llvm.store %v232, %v55 : f32, !llvm.ptr
                scf.if %v211 {
                }
                llvm.store %v194, %v42 : f32, !llvm.ptr
                llvm.store %v206, %v43 : f32, !llvm.ptr
                %v234 = arith.addi %v127, %v233 : i64
                %v236 = arith.cmpi slt, %v235, %v141 : i32
                %v237 = arith.cmpi eq, %v235, %v147 : i32
                %v238 = arith.addi %v109, %v234 : i64
                %v239 = arith.muli %v34, %v158 : i64
                %v240 = arith.muli %v32, %size_L : i64
                %v241 = arith.addi %v239, %v240 : i64
                %v242 = arith.addi %v241, %v238 : i64
                %v243 = llvm.getelementptr %dy_y[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v244 = llvm.load %v243 : !llvm.ptr -> f32
                %v245 = arith.mulf %v157, %v244 fastmath<contract> : f32
                %v246 = llvm.load %v40 : !llvm.ptr -> f32
                %v247 = llvm.load %v42 : !llvm.ptr -> f32
                %v248 = arith.mulf %v247, %v246 fastmath<contract> : f32
                %v249 = arith.addf %v245, %v248 fastmath<contract> : f32
                llvm.store %v249, %v40 : f32, !llvm.ptr
                %v250 = llvm.load %v54 : !llvm.ptr -> f32
                %v251 = arith.mulf %v250, %v247 fastmath<contract> : f32
                llvm.store %v251, %v54 : f32, !llvm.ptr
                %v252 = arith.mulf %v177, %v244 fastmath<contract> : f32
                %v253 = llvm.load %v41 : !llvm.ptr -> f32
                %v254 = llvm.load %v43 : !llvm.ptr -> f32
                %v255 = arith.mulf %v254, %v253 fastmath<contract> : f32
                %v256 = arith.addf %v252, %v255 fastmath<contract> : f32
                llvm.store %v256, %v41 : f32, !llvm.ptr
                %v257 = llvm.load %v55 : !llvm.ptr -> f32
                %v258 = arith.mulf %v257, %v254 fastmath<contract> : f32
                llvm.store %v258, %v55 : f32, !llvm.ptr
                scf.if %v237 {
                }
                llvm.store %v194, %v42 : f32, !llvm.ptr
                llvm.store %v206, %v43 : f32, !llvm.ptr
                %v259 = arith.addi %v127, %v36 : i64
                %v261 = arith.cmpi slt, %v260, %v141 : i32
                %v262 = arith.cmpi eq, %v260, %v147 : i32
                %v263 = arith.addi %v109, %v259 : i64
                %v264 = arith.muli %v34, %v158 : i64
                %v265 = arith.muli %v32, %size_L : i64
                %v266 = arith.addi %v264, %v265 : i64
                %v267 = arith.addi %v266, %v263 : i64
                %v268 = llvm.getelementptr %dy_y[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v269 = llvm.load %v268 : !llvm.ptr -> f32
                %v270 = arith.mulf %v157, %v269 fastmath<contract> : f32
                %v271 = llvm.load %v40 : !llvm.ptr -> f32
                %v272 = llvm.load %v42 : !llvm.ptr -> f32
                %v273 = arith.mulf %v272, %v271 fastmath<contract> : f32
                %v274 = arith.addf %v270, %v273 fastmath<contract> : f32
                llvm.store %v274, %v40 : f32, !llvm.ptr
                %v275 = llvm.load %v54 : !llvm.ptr -> f32
                %v276 = arith.mulf %v275, %v272 fastmath<contract> : f32
                llvm.store %v276, %v54 : f32, !llvm.ptr
                %v277 = arith.mulf %v177, %v269 fastmath<contract> : f32
                %v278 = llvm.load %v41 : !llvm.ptr -> f32
                %v279 = llvm.load %v43 : !llvm.ptr -> f32
                %v280 = arith.mulf %v279, %v278 fastmath<contract> : f32
                %v281 = arith.addf %v277, %v280 fastmath<contract> : f32
                llvm.store %v281, %v41 : f32, !llvm.ptr
                %v282 = llvm.load %v55 : !llvm.ptr -> f32
                %v283 = arith.mulf %v282, %v279 fastmath<contract> : f32
                llvm.store %v283, %v55 : f32, !llvm.ptr
                scf.if %v262 {
                }
                llvm.store %v194, %v42 : f32, !llvm.ptr
                llvm.store %v206, %v43 : f32, !llvm.ptr
                %v285 = arith.addi %v127, %v284 : i64
                %v287 = arith.cmpi slt, %v286, %v141 : i32
                %v288 = arith.cmpi eq, %v286, %v147 : i32
                %v289 = arith.addi %v109, %v285 : i64
                %v290 = arith.muli %v34, %v158 : i64
                %v291 = arith.muli %v32, %size_L : i64
                %v292 = arith.addi %v290, %v291 : i64
                %v293 = arith.addi %v292, %v289 : i64
                %v294 = llvm.getelementptr %dy_y[%v293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v295 = llvm.load %v294 : !llvm.ptr -> f32
                %v296 = arith.mulf %v157, %v295 fastmath<contract> : f32
                %v297 = llvm.load %v40 : !llvm.ptr -> f32
                %v298 = llvm.load %v42 : !llvm.ptr -> f32
                %v299 = arith.mulf %v298, %v297 fastmath<contract> : f32
                %v300 = arith.addf %v296, %v299 fastmath<contract> : f32
                llvm.store %v300, %v40 : f32, !llvm.ptr
                %v301 = llvm.load %v54 : !llvm.ptr -> f32
                %v302 = arith.mulf %v301, %v298 fastmath<contract> : f32
                llvm.store %v302, %v54 : f32, !llvm.ptr
                %v303 = arith.mulf %v177, %v295 fastmath<contract> : f32
                %v304 = llvm.load %v41 : !llvm.ptr -> f32
                %v305 = llvm.load %v43 : !llvm.ptr -> f32
                %v306 = arith.mulf %v305, %v304 fastmath<contract> : f32
                %v307 = arith.addf %v303, %v306 fastmath<contract> : f32
                llvm.store %v307, %v41 : f32, !llvm.ptr
                %v308 = llvm.load %v55 : !llvm.ptr -> f32
                %v309 = arith.mulf %v308, %v305 fastmath<contract> : f32
                llvm.store %v309, %v55 : f32, !llvm.ptr
                scf.if %v288 {
                }
                llvm.store %v194, %v42 : f32, !llvm.ptr
                llvm.store %v206, %v43 : f32, !llvm.ptr
                %v311 = arith.addi %v127, %v310 : i64
                %v313 = arith.cmpi slt, %v312, %v141 : i32
                %v314 = arith.cmpi eq, %v312, %v147 : i32
                %v315 = arith.addi %v109, %v311 : i64
                %v316 = arith.muli %v34, %v158 : i64
                %v317 = arith.muli %v32, %size_L : i64
                %v318 = arith.addi %v316, %v317 : i64
                %v319 = arith.addi %v318, %v315 : i64
                %v320 = llvm.getelementptr %dy_y[%v319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v321 = llvm.load %v320 : !llvm.ptr -> f32
                %v322 = arith.mulf %v157, %v321 fastmath<contract> : f32
                %v323 = llvm.load %v40 : !llvm.ptr -> f32
                %v324 = llvm.load %v42 : !llvm.ptr -> f32
                %v325 = arith.mulf %v324, %v323 fastmath<contract> : f32
                %v326 = arith.addf %v322, %v325 fastmath<contract> : f32
                llvm.store %v326, %v40 : f32, !llvm.ptr
                %v327 = llvm.load %v54 : !llvm.ptr -> f32
                %v328 = arith.mulf %v327, %v324 fastmath<contract> : f32
                llvm.store %v328, %v54 : f32, !llvm.ptr
                %v329 = arith.mulf %v177, %v321 fastmath<contract> : f32
                %v330 = llvm.load %v41 : !llvm.ptr -> f32
                %v331 = llvm.load %v43 : !llvm.ptr -> f32
                %v332 = arith.mulf %v331, %v330 fastmath<contract> : f32
                %v333 = arith.addf %v329, %v332 fastmath<contract> : f32
                llvm.store %v333, %v41 : f32, !llvm.ptr
                %v334 = llvm.load %v55 : !llvm.ptr -> f32
                %v335 = arith.mulf %v334, %v331 fastmath<contract> : f32
                llvm.store %v335, %v55 : f32, !llvm.ptr
                scf.if %v314 {
                }
                llvm.store %v194, %v42 : f32, !llvm.ptr
                llvm.store %v206, %v43 : f32, !llvm.ptr
                %v336 = arith.addi %v127, %v2 : i64
                %v338 = arith.cmpi slt, %v337, %v141 : i32
                %v339 = arith.cmpi eq, %v337, %v147 : i32
                %v340 = arith.addi %v109, %v336 : i64
                %v341 = arith.muli %v34, %v158 : i64
                %v342 = arith.muli %v32, %size_L : i64
                %v343 = arith.addi %v341, %v342 : i64
                %v344 = arith.addi %v343, %v340 : i64
                %v345 = llvm.getelementptr %dy_y[%v344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v346 = llvm.load %v345 : !llvm.ptr -> f32
                %v347 = arith.mulf %v157, %v346 fastmath<contract> : f32
                %v348 = llvm.load %v40 : !llvm.ptr -> f32
                %v349 = llvm.load %v42 : !llvm.ptr -> f32
                %v350 = arith.mulf %v349, %v348 fastmath<contract> : f32
                %v351 = arith.addf %v347, %v350 fastmath<contract> : f32
                llvm.store %v351, %v40 : f32, !llvm.ptr
                %v352 = llvm.load %v54 : !llvm.ptr -> f32
                %v353 = arith.mulf %v352, %v349 fastmath<contract> : f32
                llvm.store %v353, %v54 : f32, !llvm.ptr
                %v354 = arith.mulf %v177, %v346 fastmath<contract> : f32
                %v355 = llvm.load %v41 : !llvm.ptr -> f32
                %v356 = llvm.load %v43 : !llvm.ptr -> f32
                %v357 = arith.mulf %v356, %v355 fastmath<contract> : f32
                %v358 = arith.addf %v354, %v357 fastmath<contract> : f32
                llvm.store %v358, %v41 : f32, !llvm.ptr
                %v359 = llvm.load %v55 : !llvm.ptr -> f32
                %v360 = arith.mulf %v359, %v356 fastmath<contract> : f32
                llvm.store %v360, %v55 : f32, !llvm.ptr
                scf.if %v339 {
                }
                llvm.store %v194, %v42 : f32, !llvm.ptr
                llvm.store %v206, %v43 : f32, !llvm.ptr
                %v362 = arith.cmpi slt, %v361, %v141 : i32
                %v363 = arith.cmpi eq, %v361, %v147 : i32
                %v364 = arith.addi %v109, %v127 : i64
                %v365 = arith.muli %v34, %v158 : i64
                %v366 = arith.muli %v32, %size_L : i64
                %v367 = arith.addi %v365, %v366 : i64
                %v368 = arith.addi %v367, %v364 : i64
                %v369 = llvm.getelementptr %dy_y[%v368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v370 = llvm.load %v369 : !llvm.ptr -> f32
                %v371 = arith.mulf %v157, %v370 fastmath<contract> : f32
                %v372 = llvm.load %v40 : !llvm.ptr -> f32
                %v373 = llvm.load %v42 : !llvm.ptr -> f32
                %v374 = arith.mulf %v373, %v372 fastmath<contract> : f32
                %v375 = arith.addf %v371, %v374 fastmath<contract> : f32
                llvm.store %v375, %v40 : f32, !llvm.ptr
                %v376 = llvm.load %v54 : !llvm.ptr -> f32
                %v377 = arith.mulf %v376, %v373 fastmath<contract> : f32
                llvm.store %v377, %v54 : f32, !llvm.ptr
                %v378 = arith.mulf %v177, %v370 fastmath<contract> : f32
                %v379 = llvm.load %v41 : !llvm.ptr -> f32
                %v380 = llvm.load %v43 : !llvm.ptr -> f32
                %v381 = arith.mulf %v380, %v379 fastmath<contract> : f32
                %v382 = arith.addf %v378, %v381 fastmath<contract> : f32
                llvm.store %v382, %v41 : f32, !llvm.ptr
                %v383 = llvm.load %v55 : !llvm.ptr -> f32
                %v384 = arith.mulf %v383, %v380 fastmath<contract> : f32
                llvm.store %v384, %v55 : f32, !llvm.ptr
                scf.if %v363 {
                }
                llvm.store %v194, %v42 : f32, !llvm.ptr
                llvm.store %v206, %v43 : f32, !llvm.ptr
              } else {
                %v385 = arith.subi %v111, %v2 : i64
                %v386 = arith.addi %v127, %v25 : i64
                %v387 = arith.minsi %v386, %v385 : i64
                %v388 = arith.addi %v109, %v387 : i64
                // the group's states, recomputed into registers
                %v389 = arith.subi %v111, %v127 : i64
                %v390 = arith.trunci %v389 : i64 to i32
                %v391 = arith.subi %size_L, %v2 : i64
                %v392 = arith.addi %v109, %v127 : i64
                %v393 = arith.subi %v391, %v392 : i64
                %v394 = arith.minsi %v393, %v145 : i64
                %v395 = arith.trunci %v394 : i64 to i32
                %v396 = arith.addi %v127, %v59 : i64
                %v397 = arith.cmpi slt, %v149, %v390 : i32
                %v398 = arith.cmpi eq, %v149, %v395 : i32
                scf.if %v397 {
                  %v399 = arith.addi %v109, %v396 : i64
                  %v400 = arith.muli %v34, %v158 : i64
                  %v401 = arith.muli %v32, %size_L : i64
                  %v402 = arith.addi %v400, %v401 : i64
                  %v403 = arith.addi %v402, %v399 : i64
                  %v404 = llvm.getelementptr %dy_y[%v403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v405 = llvm.load %v404 : !llvm.ptr -> f32
                  %v406 = arith.mulf %v157, %v405 fastmath<contract> : f32
                  %v407 = llvm.load %v40 : !llvm.ptr -> f32
                  %v408 = llvm.load %v42 : !llvm.ptr -> f32
                  %v409 = arith.mulf %v408, %v407 fastmath<contract> : f32
                  %v410 = arith.addf %v406, %v409 fastmath<contract> : f32
                  llvm.store %v410, %v40 : f32, !llvm.ptr
                  %v411 = llvm.load %v54 : !llvm.ptr -> f32
                  %v412 = arith.mulf %v411, %v408 fastmath<contract> : f32
                  llvm.store %v412, %v54 : f32, !llvm.ptr
                  %v413 = arith.mulf %v177, %v405 fastmath<contract> : f32
                  %v414 = llvm.load %v41 : !llvm.ptr -> f32
                  %v415 = llvm.load %v43 : !llvm.ptr -> f32
                  %v416 = arith.mulf %v415, %v414 fastmath<contract> : f32
                  %v417 = arith.addf %v413, %v416 fastmath<contract> : f32
                  llvm.store %v417, %v41 : f32, !llvm.ptr
                  %v418 = llvm.load %v55 : !llvm.ptr -> f32
                  %v419 = arith.mulf %v418, %v415 fastmath<contract> : f32
                  llvm.store %v419, %v55 : f32, !llvm.ptr
                  scf.if %v398 {
                  }
                  llvm.store %v194, %v42 : f32, !llvm.ptr
                  llvm.store %v206, %v43 : f32, !llvm.ptr
                }
                %v420 = arith.addi %v127, %v207 : i64
                %v421 = arith.cmpi slt, %v209, %v390 : i32
                %v422 = arith.cmpi eq, %v209, %v395 : i32
                scf.if %v421 {
                  %v423 = arith.addi %v109, %v420 : i64
                  %v424 = arith.muli %v34, %v158 : i64
                  %v425 = arith.muli %v32, %size_L : i64
                  %v426 = arith.addi %v424, %v425 : i64
                  %v427 = arith.addi %v426, %v423 : i64
                  %v428 = llvm.getelementptr %dy_y[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v429 = llvm.load %v428 : !llvm.ptr -> f32
                  %v430 = arith.mulf %v157, %v429 fastmath<contract> : f32
                  %v431 = llvm.load %v40 : !llvm.ptr -> f32
                  %v432 = llvm.load %v42 : !llvm.ptr -> f32
                  %v433 = arith.mulf %v432, %v431 fastmath<contract> : f32
                  %v434 = arith.addf %v430, %v433 fastmath<contract> : f32
                  llvm.store %v434, %v40 : f32, !llvm.ptr
                  %v435 = llvm.load %v54 : !llvm.ptr -> f32
                  %v436 = arith.mulf %v435, %v432 fastmath<contract> : f32
                  llvm.store %v436, %v54 : f32, !llvm.ptr
                  %v437 = arith.mulf %v177, %v429 fastmath<contract> : f32
                  %v438 = llvm.load %v41 : !llvm.ptr -> f32
                  %v439 = llvm.load %v43 : !llvm.ptr -> f32
                  %v440 = arith.mulf %v439, %v438 fastmath<contract> : f32
                  %v441 = arith.addf %v437, %v440 fastmath<contract> : f32
                  llvm.store %v441, %v41 : f32, !llvm.ptr
                  %v442 = llvm.load %v55 : !llvm.ptr -> f32
                  %v443 = arith.mulf %v442, %v439 fastmath<contract> : f32
                  llvm.store %v443, %v55 : f32, !llvm.ptr
                  scf.if %v422 {
                  }
                  llvm.store %v194, %v42 : f32, !llvm.ptr
                  llvm.store %v206, %v43 : f32, !llvm.ptr
                }
                %v444 = arith.addi %v127, %v233 : i64
                %v445 = arith.cmpi slt, %v235, %v390 : i32
                %v446 = arith.cmpi eq, %v235, %v395 : i32
                scf.if %v445 {
                  %v447 = arith.addi %v109, %v444 : i64
                  %v448 = arith.muli %v34, %v158 : i64
                  %v449 = arith.muli %v32, %size_L : i64
                  %v450 = arith.addi %v448, %v449 : i64
                  %v451 = arith.addi %v450, %v447 : i64
                  %v452 = llvm.getelementptr %dy_y[%v451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v453 = llvm.load %v452 : !llvm.ptr -> f32
                  %v454 = arith.mulf %v157, %v453 fastmath<contract> : f32
                  %v455 = llvm.load %v40 : !llvm.ptr -> f32
                  %v456 = llvm.load %v42 : !llvm.ptr -> f32
                  %v457 = arith.mulf %v456, %v455 fastmath<contract> : f32
                  %v458 = arith.addf %v454, %v457 fastmath<contract> : f32
                  llvm.store %v458, %v40 : f32, !llvm.ptr
                  %v459 = llvm.load %v54 : !llvm.ptr -> f32
                  %v460 = arith.mulf %v459, %v456 fastmath<contract> : f32
                  llvm.store %v460, %v54 : f32, !llvm.ptr
                  %v461 = arith.mulf %v177, %v453 fastmath<contract> : f32
                  %v462 = llvm.load %v41 : !llvm.ptr -> f32
                  %v463 = llvm.load %v43 : !llvm.ptr -> f32
                  %v464 = arith.mulf %v463, %v462 fastmath<contract> : f32
                  %v465 = arith.addf %v461, %v464 fastmath<contract> : f32
                  llvm.store %v465, %v41 : f32, !llvm.ptr
                  %v466 = llvm.load %v55 : !llvm.ptr -> f32
                  %v467 = arith.mulf %v466, %v463 fastmath<contract> : f32
                  llvm.store %v467, %v55 : f32, !llvm.ptr
                  scf.if %v446 {
                  }
                  llvm.store %v194, %v42 : f32, !llvm.ptr
                  llvm.store %v206, %v43 : f32, !llvm.ptr
                }
                %v468 = arith.addi %v127, %v36 : i64
                %v469 = arith.cmpi slt, %v260, %v390 : i32
                %v470 = arith.cmpi eq, %v260, %v395 : i32
                scf.if %v469 {
                  %v471 = arith.addi %v109, %v468 : i64
                  %v472 = arith.muli %v34, %v158 : i64
                  %v473 = arith.muli %v32, %size_L : i64
                  %v474 = arith.addi %v472, %v473 : i64
                  %v475 = arith.addi %v474, %v471 : i64
                  %v476 = llvm.getelementptr %dy_y[%v475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v477 = llvm.load %v476 : !llvm.ptr -> f32
                  %v478 = arith.mulf %v157, %v477 fastmath<contract> : f32
                  %v479 = llvm.load %v40 : !llvm.ptr -> f32
                  %v480 = llvm.load %v42 : !llvm.ptr -> f32
                  %v481 = arith.mulf %v480, %v479 fastmath<contract> : f32
                  %v482 = arith.addf %v478, %v481 fastmath<contract> : f32
                  llvm.store %v482, %v40 : f32, !llvm.ptr
                  %v483 = llvm.load %v54 : !llvm.ptr -> f32
                  %v484 = arith.mulf %v483, %v480 fastmath<contract> : f32
                  llvm.store %v484, %v54 : f32, !llvm.ptr
                  %v485 = arith.mulf %v177, %v477 fastmath<contract> : f32
                  %v486 = llvm.load %v41 : !llvm.ptr -> f32
                  %v487 = llvm.load %v43 : !llvm.ptr -> f32
                  %v488 = arith.mulf %v487, %v486 fastmath<contract> : f32
                  %v489 = arith.addf %v485, %v488 fastmath<contract> : f32
                  llvm.store %v489, %v41 : f32, !llvm.ptr
                  %v490 = llvm.load %v55 : !llvm.ptr -> f32
                  %v491 = arith.mulf %v490, %v487 fastmath<contract> : f32
                  llvm.store %v491, %v55 : f32, !llvm.ptr
                  scf.if %v470 {
                  }
                  llvm.store %v194, %v42 : f32, !llvm.ptr
                  llvm.store %v206, %v43 : f32, !llvm.ptr
                }
                %v492 = arith.addi %v127, %v284 : i64
                %v493 = arith.cmpi slt, %v286, %v390 : i32
                %v494 = arith.cmpi eq, %v286, %v395 : i32
                scf.if %v493 {
                  %v495 = arith.addi %v109, %v492 : i64
                  %v496 = arith.muli %v34, %v158 : i64
                  %v497 = arith.muli %v32, %size_L : i64
                  %v498 = arith.addi %v496, %v497 : i64
                  %v499 = arith.addi %v498, %v495 : i64
                  %v500 = llvm.getelementptr %dy_y[%v499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v501 = llvm.load %v500 : !llvm.ptr -> f32
                  %v502 = arith.mulf %v157, %v501 fastmath<contract> : f32
                  %v503 = llvm.load %v40 : !llvm.ptr -> f32
                  %v504 = llvm.load %v42 : !llvm.ptr -> f32
                  %v505 = arith.mulf %v504, %v503 fastmath<contract> : f32
                  %v506 = arith.addf %v502, %v505 fastmath<contract> : f32
                  llvm.store %v506, %v40 : f32, !llvm.ptr
                  %v507 = llvm.load %v54 : !llvm.ptr -> f32
                  %v508 = arith.mulf %v507, %v504 fastmath<contract> : f32
                  llvm.store %v508, %v54 : f32, !llvm.ptr
                  %v509 = arith.mulf %v177, %v501 fastmath<contract> : f32
                  %v510 = llvm.load %v41 : !llvm.ptr -> f32
                  %v511 = llvm.load %v43 : !llvm.ptr -> f32
                  %v512 = arith.mulf %v511, %v510 fastmath<contract> : f32
                  %v513 = arith.addf %v509, %v512 fastmath<contract> : f32
                  llvm.store %v513, %v41 : f32, !llvm.ptr
                  %v514 = llvm.load %v55 : !llvm.ptr -> f32
                  %v515 = arith.mulf %v514, %v511 fastmath<contract> : f32
                  llvm.store %v515, %v55 : f32, !llvm.ptr
                  scf.if %v494 {
                  }
                  llvm.store %v194, %v42 : f32, !llvm.ptr
                  llvm.store %v206, %v43 : f32, !llvm.ptr
                }
                %v516 = arith.addi %v127, %v310 : i64
                %v517 = arith.cmpi slt, %v312, %v390 : i32
                %v518 = arith.cmpi eq, %v312, %v395 : i32
                scf.if %v517 {
                  %v519 = arith.addi %v109, %v516 : i64
                  %v520 = arith.muli %v34, %v158 : i64
                  %v521 = arith.muli %v32, %size_L : i64
                  %v522 = arith.addi %v520, %v521 : i64
                  %v523 = arith.addi %v522, %v519 : i64
                  %v524 = llvm.getelementptr %dy_y[%v523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v525 = llvm.load %v524 : !llvm.ptr -> f32
                  %v526 = arith.mulf %v157, %v525 fastmath<contract> : f32
                  %v527 = llvm.load %v40 : !llvm.ptr -> f32
                  %v528 = llvm.load %v42 : !llvm.ptr -> f32
                  %v529 = arith.mulf %v528, %v527 fastmath<contract> : f32
                  %v530 = arith.addf %v526, %v529 fastmath<contract> : f32
                  llvm.store %v530, %v40 : f32, !llvm.ptr
                  %v531 = llvm.load %v54 : !llvm.ptr -> f32
                  %v532 = arith.mulf %v531, %v528 fastmath<contract> : f32
                  llvm.store %v532, %v54 : f32, !llvm.ptr
                  %v533 = arith.mulf %v177, %v525 fastmath<contract> : f32
                  %v534 = llvm.load %v41 : !llvm.ptr -> f32
                  %v535 = llvm.load %v43 : !llvm.ptr -> f32
                  %v536 = arith.mulf %v535, %v534 fastmath<contract> : f32
                  %v537 = arith.addf %v533, %v536 fastmath<contract> : f32
                  llvm.store %v537, %v41 : f32, !llvm.ptr
                  %v538 = llvm.load %v55 : !llvm.ptr -> f32
                  %v539 = arith.mulf %v538, %v535 fastmath<contract> : f32
                  llvm.store %v539, %v55 : f32, !llvm.ptr
                  scf.if %v518 {
                  }
                  llvm.store %v194, %v42 : f32, !llvm.ptr
                  llvm.store %v206, %v43 : f32, !llvm.ptr
                }
                %v540 = arith.addi %v127, %v2 : i64
                %v541 = arith.cmpi slt, %v337, %v390 : i32
                %v542 = arith.cmpi eq, %v337, %v395 : i32
                scf.if %v541 {
                  %v543 = arith.addi %v109, %v540 : i64
                  %v544 = arith.muli %v34, %v158 : i64
                  %v545 = arith.muli %v32, %size_L : i64
                  %v546 = arith.addi %v544, %v545 : i64
                  %v547 = arith.addi %v546, %v543 : i64
                  %v548 = llvm.getelementptr %dy_y[%v547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v549 = llvm.load %v548 : !llvm.ptr -> f32
                  %v550 = arith.mulf %v157, %v549 fastmath<contract> : f32
                  %v551 = llvm.load %v40 : !llvm.ptr -> f32
                  %v552 = llvm.load %v42 : !llvm.ptr -> f32
                  %v553 = arith.mulf %v552, %v551 fastmath<contract> : f32
                  %v554 = arith.addf %v550, %v553 fastmath<contract> : f32
                  llvm.store %v554, %v40 : f32, !llvm.ptr
                  %v555 = llvm.load %v54 : !llvm.ptr -> f32
                  %v556 = arith.mulf %v555, %v552 fastmath<contract> : f32
                  llvm.store %v556, %v54 : f32, !llvm.ptr
                  %v557 = arith.mulf %v177, %v549 fastmath<contract> : f32
                  %v558 = llvm.load %v41 : !llvm.ptr -> f32
                  %v559 = llvm.load %v43 : !llvm.ptr -> f32
                  %v560 = arith.mulf %v559, %v558 fastmath<contract> : f32
                  %v561 = arith.addf %v557, %v560 fastmath<contract> : f32
                  llvm.store %v561, %v41 : f32, !llvm.ptr
                  %v562 = llvm.load %v55 : !llvm.ptr -> f32
                  %v563 = arith.mulf %v562, %v559 fastmath<contract> : f32
                  llvm.store %v563, %v55 : f32, !llvm.ptr
                  scf.if %v542 {
                  }
                  llvm.store %v194, %v42 : f32, !llvm.ptr
                  llvm.store %v206, %v43 : f32, !llvm.ptr
                }
                %v564 = arith.cmpi slt, %v361, %v390 : i32
                %v565 = arith.cmpi eq, %v361, %v395 : i32
                scf.if %v564 {
                  %v566 = arith.addi %v109, %v127 : i64
                  %v567 = arith.muli %v34, %v158 : i64
                  %v568 = arith.muli %v32, %size_L : i64
                  %v569 = arith.addi %v567, %v568 : i64
                  %v570 = arith.addi %v569, %v566 : i64
                  %v571 = llvm.getelementptr %dy_y[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v572 = llvm.load %v571 : !llvm.ptr -> f32
                  %v573 = arith.mulf %v157, %v572 fastmath<contract> : f32
                  %v574 = llvm.load %v40 : !llvm.ptr -> f32
                  %v575 = llvm.load %v42 : !llvm.ptr -> f32
                  %v576 = arith.mulf %v575, %v574 fastmath<contract> : f32
                  %v577 = arith.addf %v573, %v576 fastmath<contract> : f32
                  llvm.store %v577, %v40 : f32, !llvm.ptr
                  %v578 = llvm.load %v54 : !llvm.ptr -> f32
                  %v579 = arith.mulf %v578, %v575 fastmath<contract> : f32
                  llvm.store %v579, %v54 : f32, !llvm.ptr
                  %v580 = arith.mulf %v177, %v572 fastmath<contract> : f32
                  %v581 = llvm.load %v41 : !llvm.ptr -> f32
                  %v582 = llvm.load %v43 : !llvm.ptr -> f32
                  %v583 = arith.mulf %v582, %v581 fastmath<contract> : f32
                  %v584 = arith.addf %v580, %v583 fastmath<contract> : f32
                  llvm.store %v584, %v41 : f32, !llvm.ptr
                  %v585 = llvm.load %v55 : !llvm.ptr -> f32
                  %v586 = arith.mulf %v585, %v582 fastmath<contract> : f32
                  llvm.store %v586, %v55 : f32, !llvm.ptr
                  scf.if %v565 {
                  }
                  llvm.store %v194, %v42 : f32, !llvm.ptr
                  llvm.store %v206, %v43 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v29 {
        %v587 = llvm.load %v40 : !llvm.ptr -> f32
        %v588 = arith.muli %v22, %v1 : i64
        %v589 = arith.addi %v588, %v25 : i64
        %v590 = arith.muli %v589, %v3 : i64
        %v591 = arith.subi %v3, %v2 : i64
        %v592 = arith.minsi %v28, %v591 : i64
        %v593 = arith.addi %v590, %v592 : i64
        %v594 = llvm.getelementptr %segsum_h[%v593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v587, %v594 : f32, !llvm.ptr
        %v595 = llvm.load %v54 : !llvm.ptr -> f32
        %v596 = arith.addi %v7, %v22 : i64
        %v597 = arith.muli %v596, %v1 : i64
        %v598 = arith.addi %v597, %v25 : i64
        %v599 = arith.muli %v598, %v3 : i64
        %v600 = arith.subi %v3, %v2 : i64
        %v601 = arith.minsi %v28, %v600 : i64
        %v602 = arith.addi %v599, %v601 : i64
        %v603 = llvm.getelementptr %segsum_h[%v602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v595, %v603 : f32, !llvm.ptr
        %v604 = llvm.load %v42 : !llvm.ptr -> f32
        %v605 = arith.muli %v310, %v7 : i64
        %v606 = arith.addi %v605, %v22 : i64
        %v607 = arith.muli %v606, %v1 : i64
        %v608 = arith.addi %v607, %v25 : i64
        %v609 = arith.muli %v608, %v3 : i64
        %v610 = arith.subi %v3, %v2 : i64
        %v611 = arith.minsi %v28, %v610 : i64
        %v612 = arith.addi %v609, %v611 : i64
        %v613 = llvm.getelementptr %segsum_h[%v612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v604, %v613 : f32, !llvm.ptr
        %v614 = llvm.load %v41 : !llvm.ptr -> f32
        %v615 = arith.addi %v24, %v25 : i64
        %v616 = arith.muli %v22, %v1 : i64
        %v617 = arith.addi %v616, %v615 : i64
        %v618 = arith.muli %v617, %v3 : i64
        %v619 = arith.subi %v3, %v2 : i64
        %v620 = arith.minsi %v28, %v619 : i64
        %v621 = arith.addi %v618, %v620 : i64
        %v622 = llvm.getelementptr %segsum_h[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v614, %v622 : f32, !llvm.ptr
        %v623 = llvm.load %v55 : !llvm.ptr -> f32
        %v624 = arith.addi %v24, %v25 : i64
        %v625 = arith.addi %v7, %v22 : i64
        %v626 = arith.muli %v625, %v1 : i64
        %v627 = arith.addi %v626, %v624 : i64
        %v628 = arith.muli %v627, %v3 : i64
        %v629 = arith.subi %v3, %v2 : i64
        %v630 = arith.minsi %v28, %v629 : i64
        %v631 = arith.addi %v628, %v630 : i64
        %v632 = llvm.getelementptr %segsum_h[%v631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v623, %v632 : f32, !llvm.ptr
        %v633 = llvm.load %v43 : !llvm.ptr -> f32
        %v634 = arith.addi %v24, %v25 : i64
        %v635 = arith.muli %v310, %v7 : i64
        %v636 = arith.addi %v635, %v22 : i64
        %v637 = arith.muli %v636, %v1 : i64
        %v638 = arith.addi %v637, %v634 : i64
        %v639 = arith.muli %v638, %v3 : i64
        %v640 = arith.subi %v3, %v2 : i64
        %v641 = arith.minsi %v28, %v640 : i64
        %v642 = arith.addi %v639, %v641 : i64
        %v643 = llvm.getelementptr %segsum_h[%v642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v633, %v643 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
