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
      %v139 = arith.constant 0x3FB8AA3B : f32
      %v147 = arith.constant 2147483647 : i64
      %v151 = arith.constant 7 : i32
      %v154 = arith.constant 32 : i32
      %v158 = arith.muli %v2, %v1 : i64
      %v164 = arith.muli %v2, %size_L : i64
      %v165 = arith.muli %v164, %size_D : i64
      %v218 = arith.constant 6 : i64
      %v220 = arith.constant 6 : i32
      %v283 = arith.constant 5 : i64
      %v285 = arith.constant 5 : i32
      %v349 = arith.constant 4 : i32
      %v412 = arith.constant 3 : i64
      %v414 = arith.constant 3 : i32
      %v477 = arith.constant 2 : i64
      %v479 = arith.constant 2 : i32
      %v543 = arith.constant 1 : i32
      %v607 = arith.constant 0 : i32
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
              %v130 = arith.addi %v128, %v25 : i64
              %v131 = arith.cmpi sle, %v130, %v112 : i64
              scf.if %v131 {
                %v132 = arith.subi %v112, %v2 : i64
                %v133 = arith.addi %v128, %v26 : i64
                %v134 = arith.minsi %v133, %v132 : i64
                %v135 = arith.addi %v110, %v134 : i64
                %v136 = arith.muli %v33, %v2 : i64
                %v137 = llvm.getelementptr %in_log_dt[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v138 = llvm.load %v137 : !llvm.ptr -> f32
                %v140 = arith.mulf %v138, %v139 fastmath<contract> : f32
                %v141 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v140) : (f32) -> f32
                // the group's states, recomputed into registers
                %v142 = arith.subi %v112, %v128 : i64
                %v143 = arith.trunci %v142 : i64 to i32
                %v144 = arith.subi %size_L, %v2 : i64
                %v145 = arith.addi %v110, %v128 : i64
                %v146 = arith.subi %v144, %v145 : i64
                %v148 = arith.minsi %v146, %v147 : i64
                %v149 = arith.trunci %v148 : i64 to i32
                %v150 = arith.addi %v128, %v60 : i64
                %v152 = arith.cmpi slt, %v151, %v143 : i32
                %v153 = arith.cmpi eq, %v151, %v149 : i32
                %v155, %v156 = gpu.shuffle idx %v141, %v96, %v154 : f32
                %v157 = arith.addi %v110, %v150 : i64
                %v159 = arith.muli %v33, %v158 : i64
                %v160 = arith.muli %v26, %v2 : i64
                %v161 = arith.addi %v159, %v160 : i64
                %v162 = llvm.getelementptr %in_Cp[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v163 = llvm.load %v162 : !llvm.ptr -> f32
                %v166 = arith.muli %v35, %v165 : i64
                %v167 = arith.muli %v33, %v164 : i64
                %v168 = arith.addi %v166, %v167 : i64
                %v169 = arith.muli %v157, %v2 : i64
                %v170 = arith.addi %v168, %v169 : i64
                %v171 = llvm.getelementptr %dy_y[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v172 = llvm.load %v171 : !llvm.ptr -> f32
                %v173 = arith.mulf %v163, %v172 fastmath<contract> : f32
                %v174 = llvm.load %v41 : !llvm.ptr -> f32
                %v175 = llvm.load %v43 : !llvm.ptr -> f32
                %v176 = arith.mulf %v175, %v174 fastmath<contract> : f32
                %v177 = arith.addf %v173, %v176 fastmath<contract> : f32
                llvm.store %v177, %v41 : f32, !llvm.ptr
                %v178 = llvm.load %v55 : !llvm.ptr -> f32
                %v179 = arith.mulf %v178, %v175 fastmath<contract> : f32
                llvm.store %v179, %v55 : f32, !llvm.ptr
                %v180 = arith.muli %v33, %v158 : i64
                %v181 = arith.constant 8 : i64
                %v182 = arith.addi %v181, %v26 : i64
                %v183 = arith.muli %v182, %v2 : i64
                %v184 = arith.addi %v180, %v183 : i64
                %v185 = llvm.getelementptr %in_Cp[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v186 = llvm.load %v185 : !llvm.ptr -> f32
                %v187 = arith.mulf %v186, %v172 fastmath<contract> : f32
                %v188 = llvm.load %v42 : !llvm.ptr -> f32
                %v189 = llvm.load %v44 : !llvm.ptr -> f32
                %v190 = arith.mulf %v189, %v188 fastmath<contract> : f32
                %v191 = arith.addf %v187, %v190 fastmath<contract> : f32
                llvm.store %v191, %v42 : f32, !llvm.ptr
                %v192 = llvm.load %v56 : !llvm.ptr -> f32
                %v193 = arith.mulf %v192, %v189 fastmath<contract> : f32
                llvm.store %v193, %v56 : f32, !llvm.ptr
                scf.if %v153 {
                }
                %v194 = arith.muli %v33, %v158 : i64
                %v195 = arith.muli %v26, %v2 : i64
                %v196 = arith.addi %v194, %v195 : i64
                %v197 = llvm.getelementptr %in_A_log[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v198 = llvm.load %v197 : !llvm.ptr -> f32
                %v199 = arith.mulf %v198, %v139 fastmath<contract> : f32
                %v200 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v199) : (f32) -> f32
                %v201 = arith.negf %v200 : f32
                %v202 = arith.mulf %v155, %v201 fastmath<contract> : f32
                %v203 = arith.mulf %v202, %v139 fastmath<contract> : f32
                %v204 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v203) : (f32) -> f32
                llvm.store %v204, %v43 : f32, !llvm.ptr
                %v205 = arith.muli %v33, %v158 : i64
                %v206 = arith.constant 8 : i64
                %v207 = arith.addi %v206, %v26 : i64
                %v208 = arith.muli %v207, %v2 : i64
                %v209 = arith.addi %v205, %v208 : i64
                %v210 = llvm.getelementptr %in_A_log[%v209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v211 = llvm.load %v210 : !llvm.ptr -> f32
                %v212 = arith.mulf %v211, %v139 fastmath<contract> : f32
                %v213 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v212) : (f32) -> f32
                %v214 = arith.negf %v213 : f32
                %v215 = arith.mulf %v155, %v214 fastmath<contract> : f32
                %v216 = arith.mulf %v215, %v139 fastmath<contract> : f32
                %v217 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v216) : (f32) -> f32
                llvm.store %v217, %v44 : f32, !llvm.ptr
                %v219 = arith.addi %v128, %v218 : i64
                %v221 = arith.cmpi slt, %v220, %v143 : i32
                %v222 = arith.cmpi eq, %v220, %v149 : i32
                %v223, %v224 = gpu.shuffle idx %v141, %v92, %v154 : f32
                %v225 = arith.addi %v110, %v219 : i64
                %v226 = arith.muli %v33, %v158 : i64
                %v227 = arith.muli %v26, %v2 : i64
                %v228 = arith.addi %v226, %v227 : i64
                %v229 = llvm.getelementptr %in_Cp[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v230 = llvm.load %v229 : !llvm.ptr -> f32
                %v231 = arith.muli %v35, %v165 : i64
                %v232 = arith.muli %v33, %v164 : i64
                %v233 = arith.addi %v231, %v232 : i64
                %v234 = arith.muli %v225, %v2 : i64
                %v235 = arith.addi %v233, %v234 : i64
                %v236 = llvm.getelementptr %dy_y[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v237 = llvm.load %v236 : !llvm.ptr -> f32
                %v238 = arith.mulf %v230, %v237 fastmath<contract> : f32
                %v239 = llvm.load %v41 : !llvm.ptr -> f32
                %v240 = llvm.load %v43 : !llvm.ptr -> f32
                %v241 = arith.mulf %v240, %v239 fastmath<contract> : f32
                %v242 = arith.addf %v238, %v241 fastmath<contract> : f32
                llvm.store %v242, %v41 : f32, !llvm.ptr
                %v243 = llvm.load %v55 : !llvm.ptr -> f32
                %v244 = arith.mulf %v243, %v240 fastmath<contract> : f32
                llvm.store %v244, %v55 : f32, !llvm.ptr
                %v245 = arith.muli %v33, %v158 : i64
                %v246 = arith.constant 8 : i64
                %v247 = arith.addi %v246, %v26 : i64
                %v248 = arith.muli %v247, %v2 : i64
                %v249 = arith.addi %v245, %v248 : i64
                %v250 = llvm.getelementptr %in_Cp[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v251 = llvm.load %v250 : !llvm.ptr -> f32
                %v252 = arith.mulf %v251, %v237 fastmath<contract> : f32
                %v253 = llvm.load %v42 : !llvm.ptr -> f32
                %v254 = llvm.load %v44 : !llvm.ptr -> f32
                %v255 = arith.mulf %v254, %v253 fastmath<contract> : f32
                %v256 = arith.addf %v252, %v255 fastmath<contract> : f32
                llvm.store %v256, %v42 : f32, !llvm.ptr
                %v257 = llvm.load %v56 : !llvm.ptr -> f32
                %v258 = arith.mulf %v257, %v254 fastmath<contract> : f32
                llvm.store %v258, %v56 : f32, !llvm.ptr
                scf.if %v222 {
                }
                %v259 = arith.muli %v33, %v158 : i64
                %v260 = arith.muli %v26, %v2 : i64
                %v261 = arith.addi %v259, %v260 : i64
                %v262 = llvm.getelementptr %in_A_log[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v263 = llvm.load %v262 : !llvm.ptr -> f32
                %v264 = arith.mulf %v263, %v139 fastmath<contract> : f32
                %v265 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v264) : (f32) -> f32
                %v266 = arith.negf %v265 : f32
                %v267 = arith.mulf %v223, %v266 fastmath<contract> : f32
                %v268 = arith.mulf %v267, %v139 fastmath<contract> : f32
                %v269 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v268) : (f32) -> f32
                llvm.store %v269, %v43 : f32, !llvm.ptr
                %v270 = arith.muli %v33, %v158 : i64
                %v271 = arith.constant 8 : i64
                %v272 = arith.addi %v271, %v26 : i64
                %v273 = arith.muli %v272, %v2 : i64
                %v274 = arith.addi %v270, %v273 : i64
                %v275 = llvm.getelementptr %in_A_log[%v274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v276 = llvm.load %v275 : !llvm.ptr -> f32
                %v277 = arith.mulf %v276, %v139 fastmath<contract> : f32
                %v278 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v277) : (f32) -> f32
                %v279 = arith.negf %v278 : f32
                %v280 = arith.mulf %v223, %v279 fastmath<contract> : f32
                %v281 = arith.mulf %v280, %v139 fastmath<contract> : f32
                %v282 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v281) : (f32) -> f32
                llvm.store %v282, %v44 : f32, !llvm.ptr
                %v284 = arith.addi %v128, %v283 : i64
                %v286 = arith.cmpi slt, %v285, %v143 : i32
                %v287 = arith.cmpi eq, %v285, %v149 : i32
                %v288, %v289 = gpu.shuffle idx %v141, %v88, %v154 : f32
                %v290 = arith.addi %v110, %v284 : i64
                %v291 = arith.muli %v33, %v158 : i64
                %v292 = arith.muli %v26, %v2 : i64
                %v293 = arith.addi %v291, %v292 : i64
                %v294 = llvm.getelementptr %in_Cp[%v293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v295 = llvm.load %v294 : !llvm.ptr -> f32
                %v296 = arith.muli %v35, %v165 : i64
                %v297 = arith.muli %v33, %v164 : i64
                %v298 = arith.addi %v296, %v297 : i64
                %v299 = arith.muli %v290, %v2 : i64
                %v300 = arith.addi %v298, %v299 : i64
                %v301 = llvm.getelementptr %dy_y[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v302 = llvm.load %v301 : !llvm.ptr -> f32
                %v303 = arith.mulf %v295, %v302 fastmath<contract> : f32
                %v304 = llvm.load %v41 : !llvm.ptr -> f32
                %v305 = llvm.load %v43 : !llvm.ptr -> f32
                %v306 = arith.mulf %v305, %v304 fastmath<contract> : f32
                %v307 = arith.addf %v303, %v306 fastmath<contract> : f32
                llvm.store %v307, %v41 : f32, !llvm.ptr
                %v308 = llvm.load %v55 : !llvm.ptr -> f32
                %v309 = arith.mulf %v308, %v305 fastmath<contract> : f32
                llvm.store %v309, %v55 : f32, !llvm.ptr
                %v310 = arith.muli %v33, %v158 : i64
                %v311 = arith.constant 8 : i64
                %v312 = arith.addi %v311, %v26 : i64
                %v313 = arith.muli %v312, %v2 : i64
                %v314 = arith.addi %v310, %v313 : i64
                %v315 = llvm.getelementptr %in_Cp[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v316 = llvm.load %v315 : !llvm.ptr -> f32
                %v317 = arith.mulf %v316, %v302 fastmath<contract> : f32
                %v318 = llvm.load %v42 : !llvm.ptr -> f32
                %v319 = llvm.load %v44 : !llvm.ptr -> f32
                %v320 = arith.mulf %v319, %v318 fastmath<contract> : f32
                %v321 = arith.addf %v317, %v320 fastmath<contract> : f32
                llvm.store %v321, %v42 : f32, !llvm.ptr
                %v322 = llvm.load %v56 : !llvm.ptr -> f32
                %v323 = arith.mulf %v322, %v319 fastmath<contract> : f32
                llvm.store %v323, %v56 : f32, !llvm.ptr
                scf.if %v287 {
                }
                %v324 = arith.muli %v33, %v158 : i64
                %v325 = arith.muli %v26, %v2 : i64
                %v326 = arith.addi %v324, %v325 : i64
                %v327 = llvm.getelementptr %in_A_log[%v326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v328 = llvm.load %v327 : !llvm.ptr -> f32
                %v329 = arith.mulf %v328, %v139 fastmath<contract> : f32
                %v330 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v329) : (f32) -> f32
                %v331 = arith.negf %v330 : f32
                %v332 = arith.mulf %v288, %v331 fastmath<contract> : f32
                %v333 = arith.mulf %v332, %v139 fastmath<contract> : f32
                %v334 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v333) : (f32) -> f32
                llvm.store %v334, %v43 : f32, !llvm.ptr
                %v335 = arith.muli %v33, %v158 : i64
                %v336 = arith.constant 8 : i64
                %v337 = arith.addi %v336, %v26 : i64
                %v338 = arith.muli %v337, %v2 : i64
                %v339 = arith.addi %v335, %v338 : i64
                %v340 = llvm.getelementptr %in_A_log[%v339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v341 = llvm.load %v340 : !llvm.ptr -> f32
                %v342 = arith.mulf %v341, %v139 fastmath<contract> : f32
                %v343 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v342) : (f32) -> f32
                %v344 = arith.negf %v343 : f32
                %v345 = arith.mulf %v288, %v344 fastmath<contract> : f32
                %v346 = arith.mulf %v345, %v139 fastmath<contract> : f32
                %v347 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v346) : (f32) -> f32
                llvm.store %v347, %v44 : f32, !llvm.ptr
                %v348 = arith.addi %v128, %v37 : i64
                %v350 = arith.cmpi slt, %v349, %v143 : i32
                %v351 = arith.cmpi eq, %v349, %v149 : i32
                %v352, %v353 = gpu.shuffle idx %v141, %v84, %v154 : f32
                %v354 = arith.addi %v110, %v348 : i64
                %v355 = arith.muli %v33, %v158 : i64
                %v356 = arith.muli %v26, %v2 : i64
                %v357 = arith.addi %v355, %v356 : i64
                %v358 = llvm.getelementptr %in_Cp[%v357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v359 = llvm.load %v358 : !llvm.ptr -> f32
                %v360 = arith.muli %v35, %v165 : i64
                %v361 = arith.muli %v33, %v164 : i64
                %v362 = arith.addi %v360, %v361 : i64
                %v363 = arith.muli %v354, %v2 : i64
                %v364 = arith.addi %v362, %v363 : i64
                %v365 = llvm.getelementptr %dy_y[%v364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v366 = llvm.load %v365 : !llvm.ptr -> f32
                %v367 = arith.mulf %v359, %v366 fastmath<contract> : f32
                %v368 = llvm.load %v41 : !llvm.ptr -> f32
                %v369 = llvm.load %v43 : !llvm.ptr -> f32
                %v370 = arith.mulf %v369, %v368 fastmath<contract> : f32
                %v371 = arith.addf %v367, %v370 fastmath<contract> : f32
                llvm.store %v371, %v41 : f32, !llvm.ptr
                %v372 = llvm.load %v55 : !llvm.ptr -> f32
                %v373 = arith.mulf %v372, %v369 fastmath<contract> : f32
                llvm.store %v373, %v55 : f32, !llvm.ptr
                %v374 = arith.muli %v33, %v158 : i64
                %v375 = arith.constant 8 : i64
                %v376 = arith.addi %v375, %v26 : i64
                %v377 = arith.muli %v376, %v2 : i64
                %v378 = arith.addi %v374, %v377 : i64
                %v379 = llvm.getelementptr %in_Cp[%v378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v380 = llvm.load %v379 : !llvm.ptr -> f32
                %v381 = arith.mulf %v380, %v366 fastmath<contract> : f32
                %v382 = llvm.load %v42 : !llvm.ptr -> f32
                %v383 = llvm.load %v44 : !llvm.ptr -> f32
                %v384 = arith.mulf %v383, %v382 fastmath<contract> : f32
                %v385 = arith.addf %v381, %v384 fastmath<contract> : f32
                llvm.store %v385, %v42 : f32, !llvm.ptr
                %v386 = llvm.load %v56 : !llvm.ptr -> f32
                %v387 = arith.mulf %v386, %v383 fastmath<contract> : f32
                llvm.store %v387, %v56 : f32, !llvm.ptr
                scf.if %v351 {
                }
                %v388 = arith.muli %v33, %v158 : i64
                %v389 = arith.muli %v26, %v2 : i64
                %v390 = arith.addi %v388, %v389 : i64
                %v391 = llvm.getelementptr %in_A_log[%v390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v392 = llvm.load %v391 : !llvm.ptr -> f32
                %v393 = arith.mulf %v392, %v139 fastmath<contract> : f32
                %v394 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v393) : (f32) -> f32
                %v395 = arith.negf %v394 : f32
                %v396 = arith.mulf %v352, %v395 fastmath<contract> : f32
                %v397 = arith.mulf %v396, %v139 fastmath<contract> : f32
                %v398 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v397) : (f32) -> f32
                llvm.store %v398, %v43 : f32, !llvm.ptr
                %v399 = arith.muli %v33, %v158 : i64
                %v400 = arith.constant 8 : i64
                %v401 = arith.addi %v400, %v26 : i64
                %v402 = arith.muli %v401, %v2 : i64
                %v403 = arith.addi %v399, %v402 : i64
                %v404 = llvm.getelementptr %in_A_log[%v403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v405 = llvm.load %v404 : !llvm.ptr -> f32
                %v406 = arith.mulf %v405, %v139 fastmath<contract> : f32
                %v407 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v406) : (f32) -> f32
                %v408 = arith.negf %v407 : f32
                %v409 = arith.mulf %v352, %v408 fastmath<contract> : f32
                %v410 = arith.mulf %v409, %v139 fastmath<contract> : f32
                %v411 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v410) : (f32) -> f32
                llvm.store %v411, %v44 : f32, !llvm.ptr
                %v413 = arith.addi %v128, %v412 : i64
                %v415 = arith.cmpi slt, %v414, %v143 : i32
                %v416 = arith.cmpi eq, %v414, %v149 : i32
                %v417, %v418 = gpu.shuffle idx %v141, %v80, %v154 : f32
                %v419 = arith.addi %v110, %v413 : i64
                %v420 = arith.muli %v33, %v158 : i64
                %v421 = arith.muli %v26, %v2 : i64
                %v422 = arith.addi %v420, %v421 : i64
                %v423 = llvm.getelementptr %in_Cp[%v422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v424 = llvm.load %v423 : !llvm.ptr -> f32
                %v425 = arith.muli %v35, %v165 : i64
                %v426 = arith.muli %v33, %v164 : i64
                %v427 = arith.addi %v425, %v426 : i64
                %v428 = arith.muli %v419, %v2 : i64
                %v429 = arith.addi %v427, %v428 : i64
                %v430 = llvm.getelementptr %dy_y[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v431 = llvm.load %v430 : !llvm.ptr -> f32
                %v432 = arith.mulf %v424, %v431 fastmath<contract> : f32
                %v433 = llvm.load %v41 : !llvm.ptr -> f32
                %v434 = llvm.load %v43 : !llvm.ptr -> f32
                %v435 = arith.mulf %v434, %v433 fastmath<contract> : f32
                %v436 = arith.addf %v432, %v435 fastmath<contract> : f32
                llvm.store %v436, %v41 : f32, !llvm.ptr
                %v437 = llvm.load %v55 : !llvm.ptr -> f32
                %v438 = arith.mulf %v437, %v434 fastmath<contract> : f32
                llvm.store %v438, %v55 : f32, !llvm.ptr
                %v439 = arith.muli %v33, %v158 : i64
                %v440 = arith.constant 8 : i64
                %v441 = arith.addi %v440, %v26 : i64
                %v442 = arith.muli %v441, %v2 : i64
                %v443 = arith.addi %v439, %v442 : i64
                %v444 = llvm.getelementptr %in_Cp[%v443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v445 = llvm.load %v444 : !llvm.ptr -> f32
                %v446 = arith.mulf %v445, %v431 fastmath<contract> : f32
                %v447 = llvm.load %v42 : !llvm.ptr -> f32
                %v448 = llvm.load %v44 : !llvm.ptr -> f32
                %v449 = arith.mulf %v448, %v447 fastmath<contract> : f32
                %v450 = arith.addf %v446, %v449 fastmath<contract> : f32
                llvm.store %v450, %v42 : f32, !llvm.ptr
                %v451 = llvm.load %v56 : !llvm.ptr -> f32
                %v452 = arith.mulf %v451, %v448 fastmath<contract> : f32
                llvm.store %v452, %v56 : f32, !llvm.ptr
                scf.if %v416 {
                }
                %v453 = arith.muli %v33, %v158 : i64
                %v454 = arith.muli %v26, %v2 : i64
                %v455 = arith.addi %v453, %v454 : i64
                %v456 = llvm.getelementptr %in_A_log[%v455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v457 = llvm.load %v456 : !llvm.ptr -> f32
                %v458 = arith.mulf %v457, %v139 fastmath<contract> : f32
                %v459 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v458) : (f32) -> f32
                %v460 = arith.negf %v459 : f32
                %v461 = arith.mulf %v417, %v460 fastmath<contract> : f32
                %v462 = arith.mulf %v461, %v139 fastmath<contract> : f32
                %v463 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v462) : (f32) -> f32
                llvm.store %v463, %v43 : f32, !llvm.ptr
                %v464 = arith.muli %v33, %v158 : i64
                %v465 = arith.constant 8 : i64
                %v466 = arith.addi %v465, %v26 : i64
                %v467 = arith.muli %v466, %v2 : i64
                %v468 = arith.addi %v464, %v467 : i64
                %v469 = llvm.getelementptr %in_A_log[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v470 = llvm.load %v469 : !llvm.ptr -> f32
                %v471 = arith.mulf %v470, %v139 fastmath<contract> : f32
                %v472 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v471) : (f32) -> f32
                %v473 = arith.negf %v472 : f32
                %v474 = arith.mulf %v417, %v473 fastmath<contract> : f32
                %v475 = arith.mulf %v474, %v139 fastmath<contract> : f32
                %v476 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v475) : (f32) -> f32
                llvm.store %v476, %v44 : f32, !llvm.ptr
                %v478 = arith.addi %v128, %v477 : i64
                %v480 = arith.cmpi slt, %v479, %v143 : i32
                %v481 = arith.cmpi eq, %v479, %v149 : i32
                %v482, %v483 = gpu.shuffle idx %v141, %v76, %v154 : f32
                %v484 = arith.addi %v110, %v478 : i64
                %v485 = arith.muli %v33, %v158 : i64
                %v486 = arith.muli %v26, %v2 : i64
                %v487 = arith.addi %v485, %v486 : i64
                %v488 = llvm.getelementptr %in_Cp[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v489 = llvm.load %v488 : !llvm.ptr -> f32
                %v490 = arith.muli %v35, %v165 : i64
                %v491 = arith.muli %v33, %v164 : i64
                %v492 = arith.addi %v490, %v491 : i64
                %v493 = arith.muli %v484, %v2 : i64
                %v494 = arith.addi %v492, %v493 : i64
                %v495 = llvm.getelementptr %dy_y[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v496 = llvm.load %v495 : !llvm.ptr -> f32
                %v497 = arith.mulf %v489, %v496 fastmath<contract> : f32
                %v498 = llvm.load %v41 : !llvm.ptr -> f32
                %v499 = llvm.load %v43 : !llvm.ptr -> f32
                %v500 = arith.mulf %v499, %v498 fastmath<contract> : f32
                %v501 = arith.addf %v497, %v500 fastmath<contract> : f32
                llvm.store %v501, %v41 : f32, !llvm.ptr
                %v502 = llvm.load %v55 : !llvm.ptr -> f32
                %v503 = arith.mulf %v502, %v499 fastmath<contract> : f32
                llvm.store %v503, %v55 : f32, !llvm.ptr
                %v504 = arith.muli %v33, %v158 : i64
                %v505 = arith.constant 8 : i64
                %v506 = arith.addi %v505, %v26 : i64
                %v507 = arith.muli %v506, %v2 : i64
                %v508 = arith.addi %v504, %v507 : i64
                %v509 = llvm.getelementptr %in_Cp[%v508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v510 = llvm.load %v509 : !llvm.ptr -> f32
                %v511 = arith.mulf %v510, %v496 fastmath<contract> : f32
                %v512 = llvm.load %v42 : !llvm.ptr -> f32
                %v513 = llvm.load %v44 : !llvm.ptr -> f32
                %v514 = arith.mulf %v513, %v512 fastmath<contract> : f32
                %v515 = arith.addf %v511, %v514 fastmath<contract> : f32
                llvm.store %v515, %v42 : f32, !llvm.ptr
                %v516 = llvm.load %v56 : !llvm.ptr -> f32
                %v517 = arith.mulf %v516, %v513 fastmath<contract> : f32
                llvm.store %v517, %v56 : f32, !llvm.ptr
                scf.if %v481 {
                }
                %v518 = arith.muli %v33, %v158 : i64
                %v519 = arith.muli %v26, %v2 : i64
                %v520 = arith.addi %v518, %v519 : i64
                %v521 = llvm.getelementptr %in_A_log[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v522 = llvm.load %v521 : !llvm.ptr -> f32
                %v523 = arith.mulf %v522, %v139 fastmath<contract> : f32
                %v524 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v523) : (f32) -> f32
                %v525 = arith.negf %v524 : f32
                %v526 = arith.mulf %v482, %v525 fastmath<contract> : f32
                %v527 = arith.mulf %v526, %v139 fastmath<contract> : f32
                %v528 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v527) : (f32) -> f32
                llvm.store %v528, %v43 : f32, !llvm.ptr
                %v529 = arith.muli %v33, %v158 : i64
                %v530 = arith.constant 8 : i64
                %v531 = arith.addi %v530, %v26 : i64
                %v532 = arith.muli %v531, %v2 : i64
                %v533 = arith.addi %v529, %v532 : i64
                %v534 = llvm.getelementptr %in_A_log[%v533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v535 = llvm.load %v534 : !llvm.ptr -> f32
                %v536 = arith.mulf %v535, %v139 fastmath<contract> : f32
                %v537 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v536) : (f32) -> f32
                %v538 = arith.negf %v537 : f32
                %v539 = arith.mulf %v482, %v538 fastmath<contract> : f32
                %v540 = arith.mulf %v539, %v139 fastmath<contract> : f32
                %v541 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v540) : (f32) -> f32
                llvm.store %v541, %v44 : f32, !llvm.ptr
                %v542 = arith.addi %v128, %v2 : i64
                %v544 = arith.cmpi slt, %v543, %v143 : i32
                %v545 = arith.cmpi eq, %v543, %v149 : i32
                %v546, %v547 = gpu.shuffle idx %v141, %v72, %v154 : f32
                %v548 = arith.addi %v110, %v542 : i64
                %v549 = arith.muli %v33, %v158 : i64
                %v550 = arith.muli %v26, %v2 : i64
                %v551 = arith.addi %v549, %v550 : i64
                %v552 = llvm.getelementptr %in_Cp[%v551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v553 = llvm.load %v552 : !llvm.ptr -> f32
                %v554 = arith.muli %v35, %v165 : i64
                %v555 = arith.muli %v33, %v164 : i64
                %v556 = arith.addi %v554, %v555 : i64
                %v557 = arith.muli %v548, %v2 : i64
                %v558 = arith.addi %v556, %v557 : i64
                %v559 = llvm.getelementptr %dy_y[%v558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v560 = llvm.load %v559 : !llvm.ptr -> f32
                %v561 = arith.mulf %v553, %v560 fastmath<contract> : f32
                %v562 = llvm.load %v41 : !llvm.ptr -> f32
                %v563 = llvm.load %v43 : !llvm.ptr -> f32
                %v564 = arith.mulf %v563, %v562 fastmath<contract> : f32
                %v565 = arith.addf %v561, %v564 fastmath<contract> : f32
                llvm.store %v565, %v41 : f32, !llvm.ptr
                %v566 = llvm.load %v55 : !llvm.ptr -> f32
                %v567 = arith.mulf %v566, %v563 fastmath<contract> : f32
                llvm.store %v567, %v55 : f32, !llvm.ptr
                %v568 = arith.muli %v33, %v158 : i64
                %v569 = arith.constant 8 : i64
                %v570 = arith.addi %v569, %v26 : i64
                %v571 = arith.muli %v570, %v2 : i64
                %v572 = arith.addi %v568, %v571 : i64
                %v573 = llvm.getelementptr %in_Cp[%v572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v574 = llvm.load %v573 : !llvm.ptr -> f32
                %v575 = arith.mulf %v574, %v560 fastmath<contract> : f32
                %v576 = llvm.load %v42 : !llvm.ptr -> f32
                %v577 = llvm.load %v44 : !llvm.ptr -> f32
                %v578 = arith.mulf %v577, %v576 fastmath<contract> : f32
                %v579 = arith.addf %v575, %v578 fastmath<contract> : f32
                llvm.store %v579, %v42 : f32, !llvm.ptr
                %v580 = llvm.load %v56 : !llvm.ptr -> f32
                %v581 = arith.mulf %v580, %v577 fastmath<contract> : f32
                llvm.store %v581, %v56 : f32, !llvm.ptr
                scf.if %v545 {
                }
                %v582 = arith.muli %v33, %v158 : i64
                %v583 = arith.muli %v26, %v2 : i64
                %v584 = arith.addi %v582, %v583 : i64
                %v585 = llvm.getelementptr %in_A_log[%v584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v586 = llvm.load %v585 : !llvm.ptr -> f32
                %v587 = arith.mulf %v586, %v139 fastmath<contract> : f32
                %v588 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v587) : (f32) -> f32
                %v589 = arith.negf %v588 : f32
                %v590 = arith.mulf %v546, %v589 fastmath<contract> : f32
                %v591 = arith.mulf %v590, %v139 fastmath<contract> : f32
                %v592 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v591) : (f32) -> f32
                llvm.store %v592, %v43 : f32, !llvm.ptr
                %v593 = arith.muli %v33, %v158 : i64
                %v594 = arith.constant 8 : i64
                %v595 = arith.addi %v594, %v26 : i64
                %v596 = arith.muli %v595, %v2 : i64
                %v597 = arith.addi %v593, %v596 : i64
                %v598 = llvm.getelementptr %in_A_log[%v597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v599 = llvm.load %v598 : !llvm.ptr -> f32
                %v600 = arith.mulf %v599, %v139 fastmath<contract> : f32
                %v601 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v600) : (f32) -> f32
                %v602 = arith.negf %v601 : f32
                %v603 = arith.mulf %v546, %v602 fastmath<contract> : f32
                %v604 = arith.mulf %v603, %v139 fastmath<contract> : f32
                %v605 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v604) : (f32) -> f32
                llvm.store %v605, %v44 : f32, !llvm.ptr
                %v606 = arith.addi %v128, %v57 : i64
                %v608 = arith.cmpi slt, %v607, %v143 : i32
                %v609 = arith.cmpi eq, %v607, %v149 : i32
                %v610, %v611 = gpu.shuffle idx %v141, %v68, %v154 : f32
                %v612 = arith.addi %v110, %v606 : i64
                %v613 = arith.muli %v33, %v158 : i64
                %v614 = arith.muli %v26, %v2 : i64
                %v615 = arith.addi %v613, %v614 : i64
                %v616 = llvm.getelementptr %in_Cp[%v615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v617 = llvm.load %v616 : !llvm.ptr -> f32
                %v618 = arith.muli %v35, %v165 : i64
                %v619 = arith.muli %v33, %v164 : i64
                %v620 = arith.addi %v618, %v619 : i64
                %v621 = arith.muli %v612, %v2 : i64
                %v622 = arith.addi %v620, %v621 : i64
                %v623 = llvm.getelementptr %dy_y[%v622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v624 = llvm.load %v623 : !llvm.ptr -> f32
                %v625 = arith.mulf %v617, %v624 fastmath<contract> : f32
                %v626 = llvm.load %v41 : !llvm.ptr -> f32
                %v627 = llvm.load %v43 : !llvm.ptr -> f32
                %v628 = arith.mulf %v627, %v626 fastmath<contract> : f32
                %v629 = arith.addf %v625, %v628 fastmath<contract> : f32
                llvm.store %v629, %v41 : f32, !llvm.ptr
                %v630 = llvm.load %v55 : !llvm.ptr -> f32
                %v631 = arith.mulf %v630, %v627 fastmath<contract> : f32
                llvm.store %v631, %v55 : f32, !llvm.ptr
                %v632 = arith.muli %v33, %v158 : i64
                %v633 = arith.constant 8 : i64
                %v634 = arith.addi %v633, %v26 : i64
                %v635 = arith.muli %v634, %v2 : i64
                %v636 = arith.addi %v632, %v635 : i64
                %v637 = llvm.getelementptr %in_Cp[%v636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v638 = llvm.load %v637 : !llvm.ptr -> f32
                %v639 = arith.mulf %v638, %v624 fastmath<contract> : f32
                %v640 = llvm.load %v42 : !llvm.ptr -> f32
                %v641 = llvm.load %v44 : !llvm.ptr -> f32
                %v642 = arith.mulf %v641, %v640 fastmath<contract> : f32
                %v643 = arith.addf %v639, %v642 fastmath<contract> : f32
                llvm.store %v643, %v42 : f32, !llvm.ptr
                %v644 = llvm.load %v56 : !llvm.ptr -> f32
                %v645 = arith.mulf %v644, %v641 fastmath<contract> : f32
                llvm.store %v645, %v56 : f32, !llvm.ptr
                scf.if %v609 {
                }
                %v646 = arith.muli %v33, %v158 : i64
                %v647 = arith.muli %v26, %v2 : i64
                %v648 = arith.addi %v646, %v647 : i64
                %v649 = llvm.getelementptr %in_A_log[%v648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v650 = llvm.load %v649 : !llvm.ptr -> f32
                %v651 = arith.mulf %v650, %v139 fastmath<contract> : f32
                %v652 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v651) : (f32) -> f32
                %v653 = arith.negf %v652 : f32
                %v654 = arith.mulf %v610, %v653 fastmath<contract> : f32
                %v655 = arith.mulf %v654, %v139 fastmath<contract> : f32
                %v656 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v655) : (f32) -> f32
                llvm.store %v656, %v43 : f32, !llvm.ptr
                %v657 = arith.muli %v33, %v158 : i64
                %v658 = arith.constant 8 : i64
                %v659 = arith.addi %v658, %v26 : i64
                %v660 = arith.muli %v659, %v2 : i64
                %v661 = arith.addi %v657, %v660 : i64
                %v662 = llvm.getelementptr %in_A_log[%v661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v663 = llvm.load %v662 : !llvm.ptr -> f32
                %v664 = arith.mulf %v663, %v139 fastmath<contract> : f32
                %v665 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v664) : (f32) -> f32
                %v666 = arith.negf %v665 : f32
                %v667 = arith.mulf %v610, %v666 fastmath<contract> : f32
                %v668 = arith.mulf %v667, %v139 fastmath<contract> : f32
                %v669 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v668) : (f32) -> f32
                llvm.store %v669, %v44 : f32, !llvm.ptr
              } else {
                %v670 = arith.subi %v112, %v2 : i64
                %v671 = arith.addi %v128, %v26 : i64
                %v672 = arith.minsi %v671, %v670 : i64
                %v673 = arith.addi %v110, %v672 : i64
                %v674 = arith.muli %v33, %v2 : i64
                %v675 = llvm.getelementptr %in_log_dt[%v674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v676 = llvm.load %v675 : !llvm.ptr -> f32
                %v677 = arith.mulf %v676, %v139 fastmath<contract> : f32
                %v678 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v677) : (f32) -> f32
                // the group's states, recomputed into registers
                %v679 = arith.subi %v112, %v128 : i64
                %v680 = arith.trunci %v679 : i64 to i32
                %v681 = arith.subi %size_L, %v2 : i64
                %v682 = arith.addi %v110, %v128 : i64
                %v683 = arith.subi %v681, %v682 : i64
                %v684 = arith.minsi %v683, %v147 : i64
                %v685 = arith.trunci %v684 : i64 to i32
                %v686 = arith.addi %v128, %v60 : i64
                %v687 = arith.cmpi slt, %v151, %v680 : i32
                %v688 = arith.cmpi eq, %v151, %v685 : i32
                %v689, %v690 = gpu.shuffle idx %v678, %v96, %v154 : f32
                scf.if %v687 {
                  %v691 = arith.addi %v110, %v686 : i64
                  %v692 = arith.muli %v33, %v158 : i64
                  %v693 = arith.muli %v26, %v2 : i64
                  %v694 = arith.addi %v692, %v693 : i64
                  %v695 = llvm.getelementptr %in_Cp[%v694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v696 = llvm.load %v695 : !llvm.ptr -> f32
                  %v697 = arith.muli %v35, %v165 : i64
                  %v698 = arith.muli %v33, %v164 : i64
                  %v699 = arith.addi %v697, %v698 : i64
                  %v700 = arith.muli %v691, %v2 : i64
                  %v701 = arith.addi %v699, %v700 : i64
                  %v702 = llvm.getelementptr %dy_y[%v701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v703 = llvm.load %v702 : !llvm.ptr -> f32
                  %v704 = arith.mulf %v696, %v703 fastmath<contract> : f32
                  %v705 = llvm.load %v41 : !llvm.ptr -> f32
                  %v706 = llvm.load %v43 : !llvm.ptr -> f32
                  %v707 = arith.mulf %v706, %v705 fastmath<contract> : f32
                  %v708 = arith.addf %v704, %v707 fastmath<contract> : f32
                  llvm.store %v708, %v41 : f32, !llvm.ptr
                  %v709 = llvm.load %v55 : !llvm.ptr -> f32
                  %v710 = arith.mulf %v709, %v706 fastmath<contract> : f32
                  llvm.store %v710, %v55 : f32, !llvm.ptr
                  %v711 = arith.muli %v33, %v158 : i64
                  %v712 = arith.constant 8 : i64
                  %v713 = arith.addi %v712, %v26 : i64
                  %v714 = arith.muli %v713, %v2 : i64
                  %v715 = arith.addi %v711, %v714 : i64
                  %v716 = llvm.getelementptr %in_Cp[%v715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v717 = llvm.load %v716 : !llvm.ptr -> f32
                  %v718 = arith.mulf %v717, %v703 fastmath<contract> : f32
                  %v719 = llvm.load %v42 : !llvm.ptr -> f32
                  %v720 = llvm.load %v44 : !llvm.ptr -> f32
                  %v721 = arith.mulf %v720, %v719 fastmath<contract> : f32
                  %v722 = arith.addf %v718, %v721 fastmath<contract> : f32
                  llvm.store %v722, %v42 : f32, !llvm.ptr
                  %v723 = llvm.load %v56 : !llvm.ptr -> f32
                  %v724 = arith.mulf %v723, %v720 fastmath<contract> : f32
                  llvm.store %v724, %v56 : f32, !llvm.ptr
                  scf.if %v688 {
                  }
                  %v725 = arith.muli %v33, %v158 : i64
                  %v726 = arith.muli %v26, %v2 : i64
                  %v727 = arith.addi %v725, %v726 : i64
                  %v728 = llvm.getelementptr %in_A_log[%v727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v729 = llvm.load %v728 : !llvm.ptr -> f32
                  %v730 = arith.mulf %v729, %v139 fastmath<contract> : f32
                  %v731 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v730) : (f32) -> f32
                  %v732 = arith.negf %v731 : f32
                  %v733 = arith.mulf %v689, %v732 fastmath<contract> : f32
                  %v734 = arith.mulf %v733, %v139 fastmath<contract> : f32
                  %v735 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v734) : (f32) -> f32
                  llvm.store %v735, %v43 : f32, !llvm.ptr
                  %v736 = arith.muli %v33, %v158 : i64
                  %v737 = arith.constant 8 : i64
                  %v738 = arith.addi %v737, %v26 : i64
                  %v739 = arith.muli %v738, %v2 : i64
                  %v740 = arith.addi %v736, %v739 : i64
                  %v741 = llvm.getelementptr %in_A_log[%v740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v742 = llvm.load %v741 : !llvm.ptr -> f32
                  %v743 = arith.mulf %v742, %v139 fastmath<contract> : f32
                  %v744 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v743) : (f32) -> f32
                  %v745 = arith.negf %v744 : f32
                  %v746 = arith.mulf %v689, %v745 fastmath<contract> : f32
                  %v747 = arith.mulf %v746, %v139 fastmath<contract> : f32
                  %v748 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v747) : (f32) -> f32
                  llvm.store %v748, %v44 : f32, !llvm.ptr
                }
                %v749 = arith.addi %v128, %v218 : i64
                %v750 = arith.cmpi slt, %v220, %v680 : i32
                %v751 = arith.cmpi eq, %v220, %v685 : i32
                %v752, %v753 = gpu.shuffle idx %v678, %v92, %v154 : f32
                scf.if %v750 {
                  %v754 = arith.addi %v110, %v749 : i64
                  %v755 = arith.muli %v33, %v158 : i64
                  %v756 = arith.muli %v26, %v2 : i64
                  %v757 = arith.addi %v755, %v756 : i64
                  %v758 = llvm.getelementptr %in_Cp[%v757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v759 = llvm.load %v758 : !llvm.ptr -> f32
                  %v760 = arith.muli %v35, %v165 : i64
                  %v761 = arith.muli %v33, %v164 : i64
                  %v762 = arith.addi %v760, %v761 : i64
                  %v763 = arith.muli %v754, %v2 : i64
                  %v764 = arith.addi %v762, %v763 : i64
                  %v765 = llvm.getelementptr %dy_y[%v764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v766 = llvm.load %v765 : !llvm.ptr -> f32
                  %v767 = arith.mulf %v759, %v766 fastmath<contract> : f32
                  %v768 = llvm.load %v41 : !llvm.ptr -> f32
                  %v769 = llvm.load %v43 : !llvm.ptr -> f32
                  %v770 = arith.mulf %v769, %v768 fastmath<contract> : f32
                  %v771 = arith.addf %v767, %v770 fastmath<contract> : f32
                  llvm.store %v771, %v41 : f32, !llvm.ptr
                  %v772 = llvm.load %v55 : !llvm.ptr -> f32
                  %v773 = arith.mulf %v772, %v769 fastmath<contract> : f32
                  llvm.store %v773, %v55 : f32, !llvm.ptr
                  %v774 = arith.muli %v33, %v158 : i64
                  %v775 = arith.constant 8 : i64
                  %v776 = arith.addi %v775, %v26 : i64
                  %v777 = arith.muli %v776, %v2 : i64
                  %v778 = arith.addi %v774, %v777 : i64
                  %v779 = llvm.getelementptr %in_Cp[%v778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v780 = llvm.load %v779 : !llvm.ptr -> f32
                  %v781 = arith.mulf %v780, %v766 fastmath<contract> : f32
                  %v782 = llvm.load %v42 : !llvm.ptr -> f32
                  %v783 = llvm.load %v44 : !llvm.ptr -> f32
                  %v784 = arith.mulf %v783, %v782 fastmath<contract> : f32
                  %v785 = arith.addf %v781, %v784 fastmath<contract> : f32
                  llvm.store %v785, %v42 : f32, !llvm.ptr
                  %v786 = llvm.load %v56 : !llvm.ptr -> f32
                  %v787 = arith.mulf %v786, %v783 fastmath<contract> : f32
                  llvm.store %v787, %v56 : f32, !llvm.ptr
                  scf.if %v751 {
                  }
                  %v788 = arith.muli %v33, %v158 : i64
                  %v789 = arith.muli %v26, %v2 : i64
                  %v790 = arith.addi %v788, %v789 : i64
                  %v791 = llvm.getelementptr %in_A_log[%v790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v792 = llvm.load %v791 : !llvm.ptr -> f32
                  %v793 = arith.mulf %v792, %v139 fastmath<contract> : f32
                  %v794 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v793) : (f32) -> f32
                  %v795 = arith.negf %v794 : f32
                  %v796 = arith.mulf %v752, %v795 fastmath<contract> : f32
                  %v797 = arith.mulf %v796, %v139 fastmath<contract> : f32
                  %v798 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v797) : (f32) -> f32
                  llvm.store %v798, %v43 : f32, !llvm.ptr
                  %v799 = arith.muli %v33, %v158 : i64
                  %v800 = arith.constant 8 : i64
                  %v801 = arith.addi %v800, %v26 : i64
                  %v802 = arith.muli %v801, %v2 : i64
                  %v803 = arith.addi %v799, %v802 : i64
                  %v804 = llvm.getelementptr %in_A_log[%v803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v805 = llvm.load %v804 : !llvm.ptr -> f32
                  %v806 = arith.mulf %v805, %v139 fastmath<contract> : f32
                  %v807 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v806) : (f32) -> f32
                  %v808 = arith.negf %v807 : f32
                  %v809 = arith.mulf %v752, %v808 fastmath<contract> : f32
                  %v810 = arith.mulf %v809, %v139 fastmath<contract> : f32
                  %v811 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v810) : (f32) -> f32
                  llvm.store %v811, %v44 : f32, !llvm.ptr
                }
                %v812 = arith.addi %v128, %v283 : i64
                %v813 = arith.cmpi slt, %v285, %v680 : i32
                %v814 = arith.cmpi eq, %v285, %v685 : i32
                %v815, %v816 = gpu.shuffle idx %v678, %v88, %v154 : f32
                scf.if %v813 {
                  %v817 = arith.addi %v110, %v812 : i64
                  %v818 = arith.muli %v33, %v158 : i64
                  %v819 = arith.muli %v26, %v2 : i64
                  %v820 = arith.addi %v818, %v819 : i64
                  %v821 = llvm.getelementptr %in_Cp[%v820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v822 = llvm.load %v821 : !llvm.ptr -> f32
                  %v823 = arith.muli %v35, %v165 : i64
                  %v824 = arith.muli %v33, %v164 : i64
                  %v825 = arith.addi %v823, %v824 : i64
                  %v826 = arith.muli %v817, %v2 : i64
                  %v827 = arith.addi %v825, %v826 : i64
                  %v828 = llvm.getelementptr %dy_y[%v827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v829 = llvm.load %v828 : !llvm.ptr -> f32
                  %v830 = arith.mulf %v822, %v829 fastmath<contract> : f32
                  %v831 = llvm.load %v41 : !llvm.ptr -> f32
                  %v832 = llvm.load %v43 : !llvm.ptr -> f32
                  %v833 = arith.mulf %v832, %v831 fastmath<contract> : f32
                  %v834 = arith.addf %v830, %v833 fastmath<contract> : f32
                  llvm.store %v834, %v41 : f32, !llvm.ptr
                  %v835 = llvm.load %v55 : !llvm.ptr -> f32
                  %v836 = arith.mulf %v835, %v832 fastmath<contract> : f32
                  llvm.store %v836, %v55 : f32, !llvm.ptr
                  %v837 = arith.muli %v33, %v158 : i64
                  %v838 = arith.constant 8 : i64
                  %v839 = arith.addi %v838, %v26 : i64
                  %v840 = arith.muli %v839, %v2 : i64
                  %v841 = arith.addi %v837, %v840 : i64
                  %v842 = llvm.getelementptr %in_Cp[%v841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v843 = llvm.load %v842 : !llvm.ptr -> f32
                  %v844 = arith.mulf %v843, %v829 fastmath<contract> : f32
                  %v845 = llvm.load %v42 : !llvm.ptr -> f32
                  %v846 = llvm.load %v44 : !llvm.ptr -> f32
                  %v847 = arith.mulf %v846, %v845 fastmath<contract> : f32
                  %v848 = arith.addf %v844, %v847 fastmath<contract> : f32
                  llvm.store %v848, %v42 : f32, !llvm.ptr
                  %v849 = llvm.load %v56 : !llvm.ptr -> f32
                  %v850 = arith.mulf %v849, %v846 fastmath<contract> : f32
                  llvm.store %v850, %v56 : f32, !llvm.ptr
                  scf.if %v814 {
                  }
                  %v851 = arith.muli %v33, %v158 : i64
                  %v852 = arith.muli %v26, %v2 : i64
                  %v853 = arith.addi %v851, %v852 : i64
                  %v854 = llvm.getelementptr %in_A_log[%v853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v855 = llvm.load %v854 : !llvm.ptr -> f32
                  %v856 = arith.mulf %v855, %v139 fastmath<contract> : f32
                  %v857 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v856) : (f32) -> f32
                  %v858 = arith.negf %v857 : f32
                  %v859 = arith.mulf %v815, %v858 fastmath<contract> : f32
                  %v860 = arith.mulf %v859, %v139 fastmath<contract> : f32
                  %v861 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v860) : (f32) -> f32
                  llvm.store %v861, %v43 : f32, !llvm.ptr
                  %v862 = arith.muli %v33, %v158 : i64
                  %v863 = arith.constant 8 : i64
                  %v864 = arith.addi %v863, %v26 : i64
                  %v865 = arith.muli %v864, %v2 : i64
                  %v866 = arith.addi %v862, %v865 : i64
                  %v867 = llvm.getelementptr %in_A_log[%v866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v868 = llvm.load %v867 : !llvm.ptr -> f32
                  %v869 = arith.mulf %v868, %v139 fastmath<contract> : f32
                  %v870 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v869) : (f32) -> f32
                  %v871 = arith.negf %v870 : f32
                  %v872 = arith.mulf %v815, %v871 fastmath<contract> : f32
                  %v873 = arith.mulf %v872, %v139 fastmath<contract> : f32
                  %v874 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v873) : (f32) -> f32
                  llvm.store %v874, %v44 : f32, !llvm.ptr
                }
                %v875 = arith.addi %v128, %v37 : i64
                %v876 = arith.cmpi slt, %v349, %v680 : i32
                %v877 = arith.cmpi eq, %v349, %v685 : i32
                %v878, %v879 = gpu.shuffle idx %v678, %v84, %v154 : f32
                scf.if %v876 {
                  %v880 = arith.addi %v110, %v875 : i64
                  %v881 = arith.muli %v33, %v158 : i64
                  %v882 = arith.muli %v26, %v2 : i64
                  %v883 = arith.addi %v881, %v882 : i64
                  %v884 = llvm.getelementptr %in_Cp[%v883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v885 = llvm.load %v884 : !llvm.ptr -> f32
                  %v886 = arith.muli %v35, %v165 : i64
                  %v887 = arith.muli %v33, %v164 : i64
                  %v888 = arith.addi %v886, %v887 : i64
                  %v889 = arith.muli %v880, %v2 : i64
                  %v890 = arith.addi %v888, %v889 : i64
                  %v891 = llvm.getelementptr %dy_y[%v890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v892 = llvm.load %v891 : !llvm.ptr -> f32
                  %v893 = arith.mulf %v885, %v892 fastmath<contract> : f32
                  %v894 = llvm.load %v41 : !llvm.ptr -> f32
                  %v895 = llvm.load %v43 : !llvm.ptr -> f32
                  %v896 = arith.mulf %v895, %v894 fastmath<contract> : f32
                  %v897 = arith.addf %v893, %v896 fastmath<contract> : f32
                  llvm.store %v897, %v41 : f32, !llvm.ptr
                  %v898 = llvm.load %v55 : !llvm.ptr -> f32
                  %v899 = arith.mulf %v898, %v895 fastmath<contract> : f32
                  llvm.store %v899, %v55 : f32, !llvm.ptr
                  %v900 = arith.muli %v33, %v158 : i64
                  %v901 = arith.constant 8 : i64
                  %v902 = arith.addi %v901, %v26 : i64
                  %v903 = arith.muli %v902, %v2 : i64
                  %v904 = arith.addi %v900, %v903 : i64
                  %v905 = llvm.getelementptr %in_Cp[%v904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v906 = llvm.load %v905 : !llvm.ptr -> f32
                  %v907 = arith.mulf %v906, %v892 fastmath<contract> : f32
                  %v908 = llvm.load %v42 : !llvm.ptr -> f32
                  %v909 = llvm.load %v44 : !llvm.ptr -> f32
                  %v910 = arith.mulf %v909, %v908 fastmath<contract> : f32
                  %v911 = arith.addf %v907, %v910 fastmath<contract> : f32
                  llvm.store %v911, %v42 : f32, !llvm.ptr
                  %v912 = llvm.load %v56 : !llvm.ptr -> f32
                  %v913 = arith.mulf %v912, %v909 fastmath<contract> : f32
                  llvm.store %v913, %v56 : f32, !llvm.ptr
                  scf.if %v877 {
                  }
                  %v914 = arith.muli %v33, %v158 : i64
                  %v915 = arith.muli %v26, %v2 : i64
                  %v916 = arith.addi %v914, %v915 : i64
                  %v917 = llvm.getelementptr %in_A_log[%v916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v918 = llvm.load %v917 : !llvm.ptr -> f32
                  %v919 = arith.mulf %v918, %v139 fastmath<contract> : f32
                  %v920 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v919) : (f32) -> f32
                  %v921 = arith.negf %v920 : f32
                  %v922 = arith.mulf %v878, %v921 fastmath<contract> : f32
                  %v923 = arith.mulf %v922, %v139 fastmath<contract> : f32
                  %v924 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v923) : (f32) -> f32
                  llvm.store %v924, %v43 : f32, !llvm.ptr
                  %v925 = arith.muli %v33, %v158 : i64
                  %v926 = arith.constant 8 : i64
                  %v927 = arith.addi %v926, %v26 : i64
                  %v928 = arith.muli %v927, %v2 : i64
                  %v929 = arith.addi %v925, %v928 : i64
                  %v930 = llvm.getelementptr %in_A_log[%v929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v931 = llvm.load %v930 : !llvm.ptr -> f32
                  %v932 = arith.mulf %v931, %v139 fastmath<contract> : f32
                  %v933 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v932) : (f32) -> f32
                  %v934 = arith.negf %v933 : f32
                  %v935 = arith.mulf %v878, %v934 fastmath<contract> : f32
                  %v936 = arith.mulf %v935, %v139 fastmath<contract> : f32
                  %v937 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v936) : (f32) -> f32
                  llvm.store %v937, %v44 : f32, !llvm.ptr
                }
                %v938 = arith.addi %v128, %v412 : i64
                %v939 = arith.cmpi slt, %v414, %v680 : i32
                %v940 = arith.cmpi eq, %v414, %v685 : i32
                %v941, %v942 = gpu.shuffle idx %v678, %v80, %v154 : f32
                scf.if %v939 {
                  %v943 = arith.addi %v110, %v938 : i64
                  %v944 = arith.muli %v33, %v158 : i64
                  %v945 = arith.muli %v26, %v2 : i64
                  %v946 = arith.addi %v944, %v945 : i64
                  %v947 = llvm.getelementptr %in_Cp[%v946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v948 = llvm.load %v947 : !llvm.ptr -> f32
                  %v949 = arith.muli %v35, %v165 : i64
                  %v950 = arith.muli %v33, %v164 : i64
                  %v951 = arith.addi %v949, %v950 : i64
                  %v952 = arith.muli %v943, %v2 : i64
                  %v953 = arith.addi %v951, %v952 : i64
                  %v954 = llvm.getelementptr %dy_y[%v953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v955 = llvm.load %v954 : !llvm.ptr -> f32
                  %v956 = arith.mulf %v948, %v955 fastmath<contract> : f32
                  %v957 = llvm.load %v41 : !llvm.ptr -> f32
                  %v958 = llvm.load %v43 : !llvm.ptr -> f32
                  %v959 = arith.mulf %v958, %v957 fastmath<contract> : f32
                  %v960 = arith.addf %v956, %v959 fastmath<contract> : f32
                  llvm.store %v960, %v41 : f32, !llvm.ptr
                  %v961 = llvm.load %v55 : !llvm.ptr -> f32
                  %v962 = arith.mulf %v961, %v958 fastmath<contract> : f32
                  llvm.store %v962, %v55 : f32, !llvm.ptr
                  %v963 = arith.muli %v33, %v158 : i64
                  %v964 = arith.constant 8 : i64
                  %v965 = arith.addi %v964, %v26 : i64
                  %v966 = arith.muli %v965, %v2 : i64
                  %v967 = arith.addi %v963, %v966 : i64
                  %v968 = llvm.getelementptr %in_Cp[%v967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v969 = llvm.load %v968 : !llvm.ptr -> f32
                  %v970 = arith.mulf %v969, %v955 fastmath<contract> : f32
                  %v971 = llvm.load %v42 : !llvm.ptr -> f32
                  %v972 = llvm.load %v44 : !llvm.ptr -> f32
                  %v973 = arith.mulf %v972, %v971 fastmath<contract> : f32
                  %v974 = arith.addf %v970, %v973 fastmath<contract> : f32
                  llvm.store %v974, %v42 : f32, !llvm.ptr
                  %v975 = llvm.load %v56 : !llvm.ptr -> f32
                  %v976 = arith.mulf %v975, %v972 fastmath<contract> : f32
                  llvm.store %v976, %v56 : f32, !llvm.ptr
                  scf.if %v940 {
                  }
                  %v977 = arith.muli %v33, %v158 : i64
                  %v978 = arith.muli %v26, %v2 : i64
                  %v979 = arith.addi %v977, %v978 : i64
                  %v980 = llvm.getelementptr %in_A_log[%v979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v981 = llvm.load %v980 : !llvm.ptr -> f32
                  %v982 = arith.mulf %v981, %v139 fastmath<contract> : f32
                  %v983 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v982) : (f32) -> f32
                  %v984 = arith.negf %v983 : f32
                  %v985 = arith.mulf %v941, %v984 fastmath<contract> : f32
                  %v986 = arith.mulf %v985, %v139 fastmath<contract> : f32
                  %v987 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v986) : (f32) -> f32
                  llvm.store %v987, %v43 : f32, !llvm.ptr
                  %v988 = arith.muli %v33, %v158 : i64
                  %v989 = arith.constant 8 : i64
                  %v990 = arith.addi %v989, %v26 : i64
                  %v991 = arith.muli %v990, %v2 : i64
                  %v992 = arith.addi %v988, %v991 : i64
                  %v993 = llvm.getelementptr %in_A_log[%v992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v994 = llvm.load %v993 : !llvm.ptr -> f32
                  %v995 = arith.mulf %v994, %v139 fastmath<contract> : f32
                  %v996 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v995) : (f32) -> f32
                  %v997 = arith.negf %v996 : f32
                  %v998 = arith.mulf %v941, %v997 fastmath<contract> : f32
                  %v999 = arith.mulf %v998, %v139 fastmath<contract> : f32
                  %v1000 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v999) : (f32) -> f32
                  llvm.store %v1000, %v44 : f32, !llvm.ptr
                }
                %v1001 = arith.addi %v128, %v477 : i64
                %v1002 = arith.cmpi slt, %v479, %v680 : i32
                %v1003 = arith.cmpi eq, %v479, %v685 : i32
                %v1004, %v1005 = gpu.shuffle idx %v678, %v76, %v154 : f32
                scf.if %v1002 {
                  %v1006 = arith.addi %v110, %v1001 : i64
                  %v1007 = arith.muli %v33, %v158 : i64
                  %v1008 = arith.muli %v26, %v2 : i64
                  %v1009 = arith.addi %v1007, %v1008 : i64
                  %v1010 = llvm.getelementptr %in_Cp[%v1009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1011 = llvm.load %v1010 : !llvm.ptr -> f32
                  %v1012 = arith.muli %v35, %v165 : i64
                  %v1013 = arith.muli %v33, %v164 : i64
                  %v1014 = arith.addi %v1012, %v1013 : i64
                  %v1015 = arith.muli %v1006, %v2 : i64
                  %v1016 = arith.addi %v1014, %v1015 : i64
                  %v1017 = llvm.getelementptr %dy_y[%v1016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1018 = llvm.load %v1017 : !llvm.ptr -> f32
                  %v1019 = arith.mulf %v1011, %v1018 fastmath<contract> : f32
                  %v1020 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1021 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1022 = arith.mulf %v1021, %v1020 fastmath<contract> : f32
                  %v1023 = arith.addf %v1019, %v1022 fastmath<contract> : f32
                  llvm.store %v1023, %v41 : f32, !llvm.ptr
                  %v1024 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1025 = arith.mulf %v1024, %v1021 fastmath<contract> : f32
                  llvm.store %v1025, %v55 : f32, !llvm.ptr
                  %v1026 = arith.muli %v33, %v158 : i64
                  %v1027 = arith.constant 8 : i64
                  %v1028 = arith.addi %v1027, %v26 : i64
                  %v1029 = arith.muli %v1028, %v2 : i64
                  %v1030 = arith.addi %v1026, %v1029 : i64
                  %v1031 = llvm.getelementptr %in_Cp[%v1030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1032 = llvm.load %v1031 : !llvm.ptr -> f32
                  %v1033 = arith.mulf %v1032, %v1018 fastmath<contract> : f32
                  %v1034 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1035 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1036 = arith.mulf %v1035, %v1034 fastmath<contract> : f32
                  %v1037 = arith.addf %v1033, %v1036 fastmath<contract> : f32
                  llvm.store %v1037, %v42 : f32, !llvm.ptr
                  %v1038 = llvm.load %v56 : !llvm.ptr -> f32
                  %v1039 = arith.mulf %v1038, %v1035 fastmath<contract> : f32
                  llvm.store %v1039, %v56 : f32, !llvm.ptr
                  scf.if %v1003 {
                  }
                  %v1040 = arith.muli %v33, %v158 : i64
                  %v1041 = arith.muli %v26, %v2 : i64
                  %v1042 = arith.addi %v1040, %v1041 : i64
                  %v1043 = llvm.getelementptr %in_A_log[%v1042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1044 = llvm.load %v1043 : !llvm.ptr -> f32
                  %v1045 = arith.mulf %v1044, %v139 fastmath<contract> : f32
                  %v1046 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1045) : (f32) -> f32
                  %v1047 = arith.negf %v1046 : f32
                  %v1048 = arith.mulf %v1004, %v1047 fastmath<contract> : f32
                  %v1049 = arith.mulf %v1048, %v139 fastmath<contract> : f32
                  %v1050 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1049) : (f32) -> f32
                  llvm.store %v1050, %v43 : f32, !llvm.ptr
                  %v1051 = arith.muli %v33, %v158 : i64
                  %v1052 = arith.constant 8 : i64
                  %v1053 = arith.addi %v1052, %v26 : i64
                  %v1054 = arith.muli %v1053, %v2 : i64
                  %v1055 = arith.addi %v1051, %v1054 : i64
                  %v1056 = llvm.getelementptr %in_A_log[%v1055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1057 = llvm.load %v1056 : !llvm.ptr -> f32
                  %v1058 = arith.mulf %v1057, %v139 fastmath<contract> : f32
                  %v1059 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1058) : (f32) -> f32
                  %v1060 = arith.negf %v1059 : f32
                  %v1061 = arith.mulf %v1004, %v1060 fastmath<contract> : f32
                  %v1062 = arith.mulf %v1061, %v139 fastmath<contract> : f32
                  %v1063 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1062) : (f32) -> f32
                  llvm.store %v1063, %v44 : f32, !llvm.ptr
                }
                %v1064 = arith.addi %v128, %v2 : i64
                %v1065 = arith.cmpi slt, %v543, %v680 : i32
                %v1066 = arith.cmpi eq, %v543, %v685 : i32
                %v1067, %v1068 = gpu.shuffle idx %v678, %v72, %v154 : f32
                scf.if %v1065 {
                  %v1069 = arith.addi %v110, %v1064 : i64
                  %v1070 = arith.muli %v33, %v158 : i64
                  %v1071 = arith.muli %v26, %v2 : i64
                  %v1072 = arith.addi %v1070, %v1071 : i64
                  %v1073 = llvm.getelementptr %in_Cp[%v1072] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1074 = llvm.load %v1073 : !llvm.ptr -> f32
                  %v1075 = arith.muli %v35, %v165 : i64
                  %v1076 = arith.muli %v33, %v164 : i64
                  %v1077 = arith.addi %v1075, %v1076 : i64
                  %v1078 = arith.muli %v1069, %v2 : i64
                  %v1079 = arith.addi %v1077, %v1078 : i64
                  %v1080 = llvm.getelementptr %dy_y[%v1079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1081 = llvm.load %v1080 : !llvm.ptr -> f32
                  %v1082 = arith.mulf %v1074, %v1081 fastmath<contract> : f32
                  %v1083 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1084 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1085 = arith.mulf %v1084, %v1083 fastmath<contract> : f32
                  %v1086 = arith.addf %v1082, %v1085 fastmath<contract> : f32
                  llvm.store %v1086, %v41 : f32, !llvm.ptr
                  %v1087 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1088 = arith.mulf %v1087, %v1084 fastmath<contract> : f32
                  llvm.store %v1088, %v55 : f32, !llvm.ptr
                  %v1089 = arith.muli %v33, %v158 : i64
                  %v1090 = arith.constant 8 : i64
                  %v1091 = arith.addi %v1090, %v26 : i64
                  %v1092 = arith.muli %v1091, %v2 : i64
                  %v1093 = arith.addi %v1089, %v1092 : i64
                  %v1094 = llvm.getelementptr %in_Cp[%v1093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1095 = llvm.load %v1094 : !llvm.ptr -> f32
                  %v1096 = arith.mulf %v1095, %v1081 fastmath<contract> : f32
                  %v1097 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1098 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1099 = arith.mulf %v1098, %v1097 fastmath<contract> : f32
                  %v1100 = arith.addf %v1096, %v1099 fastmath<contract> : f32
                  llvm.store %v1100, %v42 : f32, !llvm.ptr
                  %v1101 = llvm.load %v56 : !llvm.ptr -> f32
                  %v1102 = arith.mulf %v1101, %v1098 fastmath<contract> : f32
                  llvm.store %v1102, %v56 : f32, !llvm.ptr
                  scf.if %v1066 {
                  }
                  %v1103 = arith.muli %v33, %v158 : i64
                  %v1104 = arith.muli %v26, %v2 : i64
                  %v1105 = arith.addi %v1103, %v1104 : i64
                  %v1106 = llvm.getelementptr %in_A_log[%v1105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1107 = llvm.load %v1106 : !llvm.ptr -> f32
                  %v1108 = arith.mulf %v1107, %v139 fastmath<contract> : f32
                  %v1109 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1108) : (f32) -> f32
                  %v1110 = arith.negf %v1109 : f32
                  %v1111 = arith.mulf %v1067, %v1110 fastmath<contract> : f32
                  %v1112 = arith.mulf %v1111, %v139 fastmath<contract> : f32
                  %v1113 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1112) : (f32) -> f32
                  llvm.store %v1113, %v43 : f32, !llvm.ptr
                  %v1114 = arith.muli %v33, %v158 : i64
                  %v1115 = arith.constant 8 : i64
                  %v1116 = arith.addi %v1115, %v26 : i64
                  %v1117 = arith.muli %v1116, %v2 : i64
                  %v1118 = arith.addi %v1114, %v1117 : i64
                  %v1119 = llvm.getelementptr %in_A_log[%v1118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1120 = llvm.load %v1119 : !llvm.ptr -> f32
                  %v1121 = arith.mulf %v1120, %v139 fastmath<contract> : f32
                  %v1122 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1121) : (f32) -> f32
                  %v1123 = arith.negf %v1122 : f32
                  %v1124 = arith.mulf %v1067, %v1123 fastmath<contract> : f32
                  %v1125 = arith.mulf %v1124, %v139 fastmath<contract> : f32
                  %v1126 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1125) : (f32) -> f32
                  llvm.store %v1126, %v44 : f32, !llvm.ptr
                }
                %v1127 = arith.addi %v128, %v57 : i64
                %v1128 = arith.cmpi slt, %v607, %v680 : i32
                %v1129 = arith.cmpi eq, %v607, %v685 : i32
                %v1130, %v1131 = gpu.shuffle idx %v678, %v68, %v154 : f32
                scf.if %v1128 {
                  %v1132 = arith.addi %v110, %v1127 : i64
                  %v1133 = arith.muli %v33, %v158 : i64
                  %v1134 = arith.muli %v26, %v2 : i64
                  %v1135 = arith.addi %v1133, %v1134 : i64
                  %v1136 = llvm.getelementptr %in_Cp[%v1135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1137 = llvm.load %v1136 : !llvm.ptr -> f32
                  %v1138 = arith.muli %v35, %v165 : i64
                  %v1139 = arith.muli %v33, %v164 : i64
                  %v1140 = arith.addi %v1138, %v1139 : i64
                  %v1141 = arith.muli %v1132, %v2 : i64
                  %v1142 = arith.addi %v1140, %v1141 : i64
                  %v1143 = llvm.getelementptr %dy_y[%v1142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1144 = llvm.load %v1143 : !llvm.ptr -> f32
                  %v1145 = arith.mulf %v1137, %v1144 fastmath<contract> : f32
                  %v1146 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1147 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1148 = arith.mulf %v1147, %v1146 fastmath<contract> : f32
                  %v1149 = arith.addf %v1145, %v1148 fastmath<contract> : f32
                  llvm.store %v1149, %v41 : f32, !llvm.ptr
                  %v1150 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1151 = arith.mulf %v1150, %v1147 fastmath<contract> : f32
                  llvm.store %v1151, %v55 : f32, !llvm.ptr
                  %v1152 = arith.muli %v33, %v158 : i64
                  %v1153 = arith.constant 8 : i64
                  %v1154 = arith.addi %v1153, %v26 : i64
                  %v1155 = arith.muli %v1154, %v2 : i64
                  %v1156 = arith.addi %v1152, %v1155 : i64
                  %v1157 = llvm.getelementptr %in_Cp[%v1156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1158 = llvm.load %v1157 : !llvm.ptr -> f32
                  %v1159 = arith.mulf %v1158, %v1144 fastmath<contract> : f32
                  %v1160 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1161 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1162 = arith.mulf %v1161, %v1160 fastmath<contract> : f32
                  %v1163 = arith.addf %v1159, %v1162 fastmath<contract> : f32
                  llvm.store %v1163, %v42 : f32, !llvm.ptr
                  %v1164 = llvm.load %v56 : !llvm.ptr -> f32
                  %v1165 = arith.mulf %v1164, %v1161 fastmath<contract> : f32
                  llvm.store %v1165, %v56 : f32, !llvm.ptr
                  scf.if %v1129 {
                  }
                  %v1166 = arith.muli %v33, %v158 : i64
                  %v1167 = arith.muli %v26, %v2 : i64
                  %v1168 = arith.addi %v1166, %v1167 : i64
                  %v1169 = llvm.getelementptr %in_A_log[%v1168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1170 = llvm.load %v1169 : !llvm.ptr -> f32
                  %v1171 = arith.mulf %v1170, %v139 fastmath<contract> : f32
                  %v1172 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1171) : (f32) -> f32
                  %v1173 = arith.negf %v1172 : f32
                  %v1174 = arith.mulf %v1130, %v1173 fastmath<contract> : f32
                  %v1175 = arith.mulf %v1174, %v139 fastmath<contract> : f32
                  %v1176 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1175) : (f32) -> f32
                  llvm.store %v1176, %v43 : f32, !llvm.ptr
                  %v1177 = arith.muli %v33, %v158 : i64
                  %v1178 = arith.constant 8 : i64
                  %v1179 = arith.addi %v1178, %v26 : i64
                  %v1180 = arith.muli %v1179, %v2 : i64
                  %v1181 = arith.addi %v1177, %v1180 : i64
                  %v1182 = llvm.getelementptr %in_A_log[%v1181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1183 = llvm.load %v1182 : !llvm.ptr -> f32
                  %v1184 = arith.mulf %v1183, %v139 fastmath<contract> : f32
                  %v1185 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1184) : (f32) -> f32
                  %v1186 = arith.negf %v1185 : f32
                  %v1187 = arith.mulf %v1130, %v1186 fastmath<contract> : f32
                  %v1188 = arith.mulf %v1187, %v139 fastmath<contract> : f32
                  %v1189 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1188) : (f32) -> f32
                  llvm.store %v1189, %v44 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v30 {
        %v1190 = llvm.load %v41 : !llvm.ptr -> f32
        %v1191 = arith.addi %v57, %v26 : i64
        %v1192 = arith.muli %v57, %v8 : i64
        %v1193 = arith.addi %v1192, %v23 : i64
        %v1194 = arith.muli %v1193, %v1 : i64
        %v1195 = arith.addi %v1194, %v1191 : i64
        %v1196 = arith.muli %v1195, %v4 : i64
        %v1197 = arith.subi %v4, %v2 : i64
        %v1198 = arith.minsi %v29, %v1197 : i64
        %v1199 = arith.addi %v1196, %v1198 : i64
        %v1200 = llvm.getelementptr %segsum_h[%v1199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1190, %v1200 : f32, !llvm.ptr
        %v1201 = llvm.load %v55 : !llvm.ptr -> f32
        %v1202 = arith.addi %v57, %v26 : i64
        %v1203 = arith.muli %v2, %v8 : i64
        %v1204 = arith.addi %v1203, %v23 : i64
        %v1205 = arith.muli %v1204, %v1 : i64
        %v1206 = arith.addi %v1205, %v1202 : i64
        %v1207 = arith.muli %v1206, %v4 : i64
        %v1208 = arith.subi %v4, %v2 : i64
        %v1209 = arith.minsi %v29, %v1208 : i64
        %v1210 = arith.addi %v1207, %v1209 : i64
        %v1211 = llvm.getelementptr %segsum_h[%v1210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1201, %v1211 : f32, !llvm.ptr
        %v1212 = llvm.load %v43 : !llvm.ptr -> f32
        %v1213 = arith.addi %v57, %v26 : i64
        %v1214 = arith.muli %v477, %v8 : i64
        %v1215 = arith.addi %v1214, %v23 : i64
        %v1216 = arith.muli %v1215, %v1 : i64
        %v1217 = arith.addi %v1216, %v1213 : i64
        %v1218 = arith.muli %v1217, %v4 : i64
        %v1219 = arith.subi %v4, %v2 : i64
        %v1220 = arith.minsi %v29, %v1219 : i64
        %v1221 = arith.addi %v1218, %v1220 : i64
        %v1222 = llvm.getelementptr %segsum_h[%v1221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1212, %v1222 : f32, !llvm.ptr
        %v1223 = llvm.load %v42 : !llvm.ptr -> f32
        %v1224 = arith.addi %v25, %v26 : i64
        %v1225 = arith.muli %v57, %v8 : i64
        %v1226 = arith.addi %v1225, %v23 : i64
        %v1227 = arith.muli %v1226, %v1 : i64
        %v1228 = arith.addi %v1227, %v1224 : i64
        %v1229 = arith.muli %v1228, %v4 : i64
        %v1230 = arith.subi %v4, %v2 : i64
        %v1231 = arith.minsi %v29, %v1230 : i64
        %v1232 = arith.addi %v1229, %v1231 : i64
        %v1233 = llvm.getelementptr %segsum_h[%v1232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1223, %v1233 : f32, !llvm.ptr
        %v1234 = llvm.load %v56 : !llvm.ptr -> f32
        %v1235 = arith.addi %v25, %v26 : i64
        %v1236 = arith.muli %v2, %v8 : i64
        %v1237 = arith.addi %v1236, %v23 : i64
        %v1238 = arith.muli %v1237, %v1 : i64
        %v1239 = arith.addi %v1238, %v1235 : i64
        %v1240 = arith.muli %v1239, %v4 : i64
        %v1241 = arith.subi %v4, %v2 : i64
        %v1242 = arith.minsi %v29, %v1241 : i64
        %v1243 = arith.addi %v1240, %v1242 : i64
        %v1244 = llvm.getelementptr %segsum_h[%v1243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1234, %v1244 : f32, !llvm.ptr
        %v1245 = llvm.load %v44 : !llvm.ptr -> f32
        %v1246 = arith.addi %v25, %v26 : i64
        %v1247 = arith.muli %v477, %v8 : i64
        %v1248 = arith.addi %v1247, %v23 : i64
        %v1249 = arith.muli %v1248, %v1 : i64
        %v1250 = arith.addi %v1249, %v1246 : i64
        %v1251 = arith.muli %v1250, %v4 : i64
        %v1252 = arith.subi %v4, %v2 : i64
        %v1253 = arith.minsi %v29, %v1252 : i64
        %v1254 = arith.addi %v1251, %v1253 : i64
        %v1255 = llvm.getelementptr %segsum_h[%v1254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1245, %v1255 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
