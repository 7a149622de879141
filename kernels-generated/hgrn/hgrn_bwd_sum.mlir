module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_bwd_sum(%in_g_f: !llvm.ptr, %in_g_c: !llvm.ptr, %in_g_o: !llvm.ptr, %in_gamma: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segsum_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = arith.constant 255 : i64
      %v5 = arith.addi %size_L, %v4 : i64
      %v6 = arith.constant 256 : i64
      %v7 = arith.divui %v5, %v6 : i64
      %v8 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v29 = arith.constant 4 : i64
      %v33 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v34 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v35 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v36 = arith.constant 0x00000000 : f32
      %v37 = arith.constant 0x3F800000 : f32
      %v38 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v39 = arith.constant 0 : i64
      %v41 = arith.constant 64 : i64
      %v42 = arith.constant 8 : i64
      %v43 = arith.constant 7 : i64
      %v86 = arith.constant 2147483647 : i64
      %v90 = arith.constant 7 : i32
      %v94 = arith.muli %v1, %size_L : i64
      %v95 = arith.muli %v94, %size_D : i64
      %v104 = arith.constant 0x3FB8AA3B : f32
      %v141 = arith.constant 6 : i64
      %v143 = arith.constant 6 : i32
      %v191 = arith.constant 5 : i64
      %v193 = arith.constant 5 : i32
      %v242 = arith.constant 4 : i32
      %v290 = arith.constant 3 : i64
      %v292 = arith.constant 3 : i32
      %v340 = arith.constant 2 : i64
      %v342 = arith.constant 2 : i32
      %v391 = arith.constant 1 : i32
      %v440 = arith.constant 0 : i32
      %v11 = gpu.block_id x
      %v12 = gpu.thread_id x
      %v13 = arith.index_cast %v12 : index to i64
      %v14 = arith.index_cast %v11 : index to i64
      %v15 = arith.subi %v6, %v1 : i64
      %v16 = arith.addi %v3, %v15 : i64
      %v17 = arith.divui %v16, %v6 : i64
      %v18 = arith.divui %v14, %v17 : i64
      %v19 = arith.remui %v14, %v17 : i64
      %v20 = arith.muli %v19, %v6 : i64
      %v21 = arith.addi %v20, %v13 : i64
      %v22 = arith.cmpi slt, %v21, %v3 : i64
      %v23 = arith.subi %v3, %v1 : i64
      %v24 = arith.minsi %v21, %v23 : i64
      %v25 = arith.remui %v24, %size_D : i64
      %v26 = arith.divui %v24, %size_D : i64
      %v27 = arith.remui %v26, %size_B : i64
      %v28 = arith.divui %v26, %size_B : i64
      %v30 = arith.muli %v18, %v29 : i64
      %v31 = arith.addi %v30, %v29 : i64
      %v32 = arith.muli %v18, %v3 : i64
      llvm.store %v36, %v33 : f32, !llvm.ptr
      llvm.store %v37, %v34 : f32, !llvm.ptr
      llvm.store %v36, %v35 : f32, !llvm.ptr
      llvm.store %v37, %v38 : f32, !llvm.ptr
      %v40 = arith.cmpi eq, %size_L, %v39 : i64
      scf.if %v40 {
        llvm.store %v36, %v10 : f32, !llvm.ptr
      }
      %v44 = arith.subi %v41, %v1 : i64
      %v45 = arith.addi %size_L, %v44 : i64
      %v46 = arith.divui %v45, %v41 : i64
      %v47 = arith.minsi %v31, %v46 : i64
      %v48 = arith.muli %v18, %v42 : i64
      %v49 = arith.subi %v47, %v30 : i64
      %v50 = arith.maxsi %v49, %v39 : i64
      %v51 = arith.index_cast %v39 : i64 to index
      %v52 = arith.index_cast %v50 : i64 to index
      %v53 = arith.index_cast %v1 : i64 to index
      scf.for %v54 = %v51 to %v52 step %v53 {
        %v55 = arith.index_cast %v54 : index to i64
        %v56 = arith.subi %v47, %v1 : i64
        %v57 = arith.subi %v56, %v55 : i64
        %v58 = arith.muli %v57, %v41 : i64
        %v59 = arith.subi %size_L, %v58 : i64
        %v60 = arith.minsi %v59, %v41 : i64
        %v61 = arith.addi %v60, %v43 : i64
        %v62 = arith.divui %v61, %v42 : i64
        %v63 = arith.index_cast %v39 : i64 to index
        %v64 = arith.index_cast %v1 : i64 to index
        %v65 = arith.index_cast %v1 : i64 to index
        scf.for %v66 = %v63 to %v64 step %v65 {
          %v67 = arith.index_cast %v66 : index to i64
          %v68 = arith.index_cast %v39 : i64 to index
          %v69 = arith.index_cast %v62 : i64 to index
          %v70 = arith.index_cast %v1 : i64 to index
          scf.for %v71 = %v68 to %v69 step %v70 {
            %v72 = arith.index_cast %v71 : index to i64
            %v73 = arith.cmpi slt, %v72, %v62 : i64
            scf.if %v73 {
              %v74 = arith.subi %v62, %v1 : i64
              %v75 = arith.subi %v74, %v72 : i64
              %v76 = arith.muli %v75, %v42 : i64
              %v77 = arith.addi %v48, %v75 : i64
              %v78 = arith.addi %v76, %v42 : i64
              %v79 = arith.cmpi sle, %v78, %v60 : i64
              scf.if %v79 {
                %v80 = arith.subi %v60, %v1 : i64
                // the group's states, recomputed into registers
                %v81 = arith.subi %v60, %v76 : i64
                %v82 = arith.trunci %v81 : i64 to i32
                %v83 = arith.subi %size_L, %v1 : i64
                %v84 = arith.addi %v58, %v76 : i64
                %v85 = arith.subi %v83, %v84 : i64
                %v87 = arith.minsi %v85, %v86 : i64
                %v88 = arith.trunci %v87 : i64 to i32
                %v89 = arith.addi %v76, %v43 : i64
                %v91 = arith.cmpi slt, %v90, %v82 : i32
                %v92 = arith.cmpi eq, %v90, %v88 : i32
                %v93 = arith.addi %v58, %v89 : i64
                %v96 = arith.muli %v27, %v95 : i64
                %v97 = arith.muli %v25, %v94 : i64
                %v98 = arith.addi %v96, %v97 : i64
                %v99 = arith.muli %v93, %v1 : i64
                %v100 = arith.addi %v98, %v99 : i64
                %v101 = llvm.getelementptr %in_g_o[%v100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v102 = llvm.load %v101 : !llvm.ptr -> f32
                %v103 = arith.negf %v102 : f32
                %v105 = arith.mulf %v103, %v104 fastmath<contract> : f32
                %v106 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v105) : (f32) -> f32
                %v107 = arith.addf %v37, %v106 fastmath<contract> : f32
                %v108 = arith.divf %v37, %v107 : f32
                %v109 = arith.muli %v27, %v95 : i64
                %v110 = arith.muli %v25, %v94 : i64
                %v111 = arith.addi %v109, %v110 : i64
                %v112 = arith.muli %v93, %v1 : i64
                %v113 = arith.addi %v111, %v112 : i64
                %v114 = llvm.getelementptr %dy_y[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v115 = llvm.load %v114 : !llvm.ptr -> f32
                %v116 = arith.mulf %v108, %v115 fastmath<contract> : f32
                %v117 = llvm.load %v33 : !llvm.ptr -> f32
                %v118 = llvm.load %v34 : !llvm.ptr -> f32
                %v119 = arith.mulf %v118, %v117 fastmath<contract> : f32
                %v120 = arith.addf %v116, %v119 fastmath<contract> : f32
                llvm.store %v120, %v33 : f32, !llvm.ptr
                %v121 = llvm.load %v38 : !llvm.ptr -> f32
                %v122 = arith.mulf %v121, %v118 fastmath<contract> : f32
                llvm.store %v122, %v38 : f32, !llvm.ptr
                scf.if %v92 {
                }
                %v123 = arith.muli %v25, %v1 : i64
                %v124 = llvm.getelementptr %in_gamma[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v125 = llvm.load %v124 : !llvm.ptr -> f32
                %v126 = arith.subf %v37, %v125 fastmath<contract> : f32
                %v127 = arith.muli %v27, %v95 : i64
                %v128 = arith.muli %v25, %v94 : i64
                %v129 = arith.addi %v127, %v128 : i64
                %v130 = arith.muli %v93, %v1 : i64
                %v131 = arith.addi %v129, %v130 : i64
                %v132 = llvm.getelementptr %in_g_f[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v133 = llvm.load %v132 : !llvm.ptr -> f32
                %v134 = arith.negf %v133 : f32
                %v135 = arith.mulf %v134, %v104 fastmath<contract> : f32
                %v136 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v135) : (f32) -> f32
                %v137 = arith.addf %v37, %v136 fastmath<contract> : f32
                %v138 = arith.divf %v37, %v137 : f32
                %v139 = arith.mulf %v126, %v138 fastmath<contract> : f32
                %v140 = arith.addf %v125, %v139 fastmath<contract> : f32
                llvm.store %v140, %v34 : f32, !llvm.ptr
                %v142 = arith.addi %v76, %v141 : i64
                %v144 = arith.cmpi slt, %v143, %v82 : i32
                %v145 = arith.cmpi eq, %v143, %v88 : i32
                %v146 = arith.addi %v58, %v142 : i64
                %v147 = arith.muli %v27, %v95 : i64
                %v148 = arith.muli %v25, %v94 : i64
                %v149 = arith.addi %v147, %v148 : i64
                %v150 = arith.muli %v146, %v1 : i64
                %v151 = arith.addi %v149, %v150 : i64
                %v152 = llvm.getelementptr %in_g_o[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v153 = llvm.load %v152 : !llvm.ptr -> f32
                %v154 = arith.negf %v153 : f32
                %v155 = arith.mulf %v154, %v104 fastmath<contract> : f32
                %v156 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v155) : (f32) -> f32
                %v157 = arith.addf %v37, %v156 fastmath<contract> : f32
                %v158 = arith.divf %v37, %v157 : f32
                %v159 = arith.muli %v27, %v95 : i64
                %v160 = arith.muli %v25, %v94 : i64
                %v161 = arith.addi %v159, %v160 : i64
                %v162 = arith.muli %v146, %v1 : i64
                %v163 = arith.addi %v161, %v162 : i64
                %v164 = llvm.getelementptr %dy_y[%v163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v165 = llvm.load %v164 : !llvm.ptr -> f32
                %v166 = arith.mulf %v158, %v165 fastmath<contract> : f32
                %v167 = llvm.load %v33 : !llvm.ptr -> f32
                %v168 = llvm.load %v34 : !llvm.ptr -> f32
                %v169 = arith.mulf %v168, %v167 fastmath<contract> : f32
                %v170 = arith.addf %v166, %v169 fastmath<contract> : f32
                llvm.store %v170, %v33 : f32, !llvm.ptr
                %v171 = llvm.load %v38 : !llvm.ptr -> f32
                %v172 = arith.mulf %v171, %v168 fastmath<contract> : f32
                llvm.store %v172, %v38 : f32, !llvm.ptr
                scf.if %v145 {
                }
                %v173 = arith.muli %v25, %v1 : i64
                %v174 = llvm.getelementptr %in_gamma[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v175 = llvm.load %v174 : !llvm.ptr -> f32
                %v176 = arith.subf %v37, %v175 fastmath<contract> : f32
                %v177 = arith.muli %v27, %v95 : i64
                %v178 = arith.muli %v25, %v94 : i64
                %v179 = arith.addi %v177, %v178 : i64
                %v180 = arith.muli %v146, %v1 : i64
                %v181 = arith.addi %v179, %v180 : i64
                %v182 = llvm.getelementptr %in_g_f[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v183 = llvm.load %v182 : !llvm.ptr -> f32
                %v184 = arith.negf %v183 : f32
                %v185 = arith.mulf %v184, %v104 fastmath<contract> : f32
                %v186 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v185) : (f32) -> f32
                %v187 = arith.addf %v37, %v186 fastmath<contract> : f32
                %v188 = arith.divf %v37, %v187 : f32
                %v189 = arith.mulf %v176, %v188 fastmath<contract> : f32
                %v190 = arith.addf %v175, %v189 fastmath<contract> : f32
                llvm.store %v190, %v34 : f32, !llvm.ptr
                %v192 = arith.addi %v76, %v191 : i64
                %v194 = arith.cmpi slt, %v193, %v82 : i32
                %v195 = arith.cmpi eq, %v193, %v88 : i32
                %v196 = arith.addi %v58, %v192 : i64
                %v197 = arith.muli %v27, %v95 : i64
                %v198 = arith.muli %v25, %v94 : i64
                %v199 = arith.addi %v197, %v198 : i64
                %v200 = arith.muli %v196, %v1 : i64
                %v201 = arith.addi %v199, %v200 : i64
                %v202 = llvm.getelementptr %in_g_o[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v203 = llvm.load %v202 : !llvm.ptr -> f32
                %v204 = arith.negf %v203 : f32
                %v205 = arith.mulf %v204, %v104 fastmath<contract> : f32
                %v206 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v205) : (f32) -> f32
                %v207 = arith.addf %v37, %v206 fastmath<contract> : f32
                %v208 = arith.divf %v37, %v207 : f32
                %v209 = arith.muli %v27, %v95 : i64
                %v210 = arith.muli %v25, %v94 : i64
                %v211 = arith.addi %v209, %v210 : i64
                %v212 = arith.muli %v196, %v1 : i64
                %v213 = arith.addi %v211, %v212 : i64
                %v214 = llvm.getelementptr %dy_y[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v215 = llvm.load %v214 : !llvm.ptr -> f32
                %v216 = arith.mulf %v208, %v215 fastmath<contract> : f32
                %v217 = llvm.load %v33 : !llvm.ptr -> f32
                %v218 = llvm.load %v34 : !llvm.ptr -> f32
                %v219 = arith.mulf %v218, %v217 fastmath<contract> : f32
                %v220 = arith.addf %v216, %v219 fastmath<contract> : f32
                llvm.store %v220, %v33 : f32, !llvm.ptr
                %v221 = llvm.load %v38 : !llvm.ptr -> f32
                %v222 = arith.mulf %v221, %v218 fastmath<contract> : f32
                llvm.store %v222, %v38 : f32, !llvm.ptr
                scf.if %v195 {
                }
                %v223 = arith.muli %v25, %v1 : i64
                %v224 = llvm.getelementptr %in_gamma[%v223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v225 = llvm.load %v224 : !llvm.ptr -> f32
                %v226 = arith.subf %v37, %v225 fastmath<contract> : f32
                %v227 = arith.muli %v27, %v95 : i64
                %v228 = arith.muli %v25, %v94 : i64
                %v229 = arith.addi %v227, %v228 : i64
                %v230 = arith.muli %v196, %v1 : i64
                %v231 = arith.addi %v229, %v230 : i64
                %v232 = llvm.getelementptr %in_g_f[%v231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v233 = llvm.load %v232 : !llvm.ptr -> f32
                %v234 = arith.negf %v233 : f32
                %v235 = arith.mulf %v234, %v104 fastmath<contract> : f32
                %v236 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v235) : (f32) -> f32
                %v237 = arith.addf %v37, %v236 fastmath<contract> : f32
                %v238 = arith.divf %v37, %v237 : f32
                %v239 = arith.mulf %v226, %v238 fastmath<contract> : f32
                %v240 = arith.addf %v225, %v239 fastmath<contract> : f32
                llvm.store %v240, %v34 : f32, !llvm.ptr
                %v241 = arith.addi %v76, %v29 : i64
                %v243 = arith.cmpi slt, %v242, %v82 : i32
                %v244 = arith.cmpi eq, %v242, %v88 : i32
                %v245 = arith.addi %v58, %v241 : i64
                %v246 = arith.muli %v27, %v95 : i64
                %v247 = arith.muli %v25, %v94 : i64
                %v248 = arith.addi %v246, %v247 : i64
                %v249 = arith.muli %v245, %v1 : i64
                %v250 = arith.addi %v248, %v249 : i64
                %v251 = llvm.getelementptr %in_g_o[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v252 = llvm.load %v251 : !llvm.ptr -> f32
                %v253 = arith.negf %v252 : f32
                %v254 = arith.mulf %v253, %v104 fastmath<contract> : f32
                %v255 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v254) : (f32) -> f32
                %v256 = arith.addf %v37, %v255 fastmath<contract> : f32
                %v257 = arith.divf %v37, %v256 : f32
                %v258 = arith.muli %v27, %v95 : i64
                %v259 = arith.muli %v25, %v94 : i64
                %v260 = arith.addi %v258, %v259 : i64
                %v261 = arith.muli %v245, %v1 : i64
                %v262 = arith.addi %v260, %v261 : i64
                %v263 = llvm.getelementptr %dy_y[%v262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v264 = llvm.load %v263 : !llvm.ptr -> f32
                %v265 = arith.mulf %v257, %v264 fastmath<contract> : f32
                %v266 = llvm.load %v33 : !llvm.ptr -> f32
                %v267 = llvm.load %v34 : !llvm.ptr -> f32
                %v268 = arith.mulf %v267, %v266 fastmath<contract> : f32
                %v269 = arith.addf %v265, %v268 fastmath<contract> : f32
                llvm.store %v269, %v33 : f32, !llvm.ptr
                %v270 = llvm.load %v38 : !llvm.ptr -> f32
                %v271 = arith.mulf %v270, %v267 fastmath<contract> : f32
                llvm.store %v271, %v38 : f32, !llvm.ptr
                scf.if %v244 {
                }
                %v272 = arith.muli %v25, %v1 : i64
                %v273 = llvm.getelementptr %in_gamma[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v274 = llvm.load %v273 : !llvm.ptr -> f32
                %v275 = arith.subf %v37, %v274 fastmath<contract> : f32
                %v276 = arith.muli %v27, %v95 : i64
                %v277 = arith.muli %v25, %v94 : i64
                %v278 = arith.addi %v276, %v277 : i64
                %v279 = arith.muli %v245, %v1 : i64
                %v280 = arith.addi %v278, %v279 : i64
                %v281 = llvm.getelementptr %in_g_f[%v280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v282 = llvm.load %v281 : !llvm.ptr -> f32
                %v283 = arith.negf %v282 : f32
                %v284 = arith.mulf %v283, %v104 fastmath<contract> : f32
                %v285 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v284) : (f32) -> f32
                %v286 = arith.addf %v37, %v285 fastmath<contract> : f32
                %v287 = arith.divf %v37, %v286 : f32
                %v288 = arith.mulf %v275, %v287 fastmath<contract> : f32
                %v289 = arith.addf %v274, %v288 fastmath<contract> : f32
                llvm.store %v289, %v34 : f32, !llvm.ptr
                %v291 = arith.addi %v76, %v290 : i64
                %v293 = arith.cmpi slt, %v292, %v82 : i32
                %v294 = arith.cmpi eq, %v292, %v88 : i32
                %v295 = arith.addi %v58, %v291 : i64
                %v296 = arith.muli %v27, %v95 : i64
                %v297 = arith.muli %v25, %v94 : i64
                %v298 = arith.addi %v296, %v297 : i64
                %v299 = arith.muli %v295, %v1 : i64
                %v300 = arith.addi %v298, %v299 : i64
                %v301 = llvm.getelementptr %in_g_o[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v302 = llvm.load %v301 : !llvm.ptr -> f32
                %v303 = arith.negf %v302 : f32
                %v304 = arith.mulf %v303, %v104 fastmath<contract> : f32
                %v305 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v304) : (f32) -> f32
                %v306 = arith.addf %v37, %v305 fastmath<contract> : f32
                %v307 = arith.divf %v37, %v306 : f32
                %v308 = arith.muli %v27, %v95 : i64
                %v309 = arith.muli %v25, %v94 : i64
                %v310 = arith.addi %v308, %v309 : i64
                %v311 = arith.muli %v295, %v1 : i64
                %v312 = arith.addi %v310, %v311 : i64
                %v313 = llvm.getelementptr %dy_y[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v314 = llvm.load %v313 : !llvm.ptr -> f32
                %v315 = arith.mulf %v307, %v314 fastmath<contract> : f32
                %v316 = llvm.load %v33 : !llvm.ptr -> f32
                %v317 = llvm.load %v34 : !llvm.ptr -> f32
                %v318 = arith.mulf %v317, %v316 fastmath<contract> : f32
                %v319 = arith.addf %v315, %v318 fastmath<contract> : f32
                llvm.store %v319, %v33 : f32, !llvm.ptr
                %v320 = llvm.load %v38 : !llvm.ptr -> f32
                %v321 = arith.mulf %v320, %v317 fastmath<contract> : f32
                llvm.store %v321, %v38 : f32, !llvm.ptr
                scf.if %v294 {
                }
                %v322 = arith.muli %v25, %v1 : i64
                %v323 = llvm.getelementptr %in_gamma[%v322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v324 = llvm.load %v323 : !llvm.ptr -> f32
                %v325 = arith.subf %v37, %v324 fastmath<contract> : f32
                %v326 = arith.muli %v27, %v95 : i64
                %v327 = arith.muli %v25, %v94 : i64
                %v328 = arith.addi %v326, %v327 : i64
                %v329 = arith.muli %v295, %v1 : i64
                %v330 = arith.addi %v328, %v329 : i64
                %v331 = llvm.getelementptr %in_g_f[%v330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v332 = llvm.load %v331 : !llvm.ptr -> f32
                %v333 = arith.negf %v332 : f32
                %v334 = arith.mulf %v333, %v104 fastmath<contract> : f32
                %v335 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v334) : (f32) -> f32
                %v336 = arith.addf %v37, %v335 fastmath<contract> : f32
                %v337 = arith.divf %v37, %v336 : f32
                %v338 = arith.mulf %v325, %v337 fastmath<contract> : f32
                %v339 = arith.addf %v324, %v338 fastmath<contract> : f32
                llvm.store %v339, %v34 : f32, !llvm.ptr
                %v341 = arith.addi %v76, %v340 : i64
                %v343 = arith.cmpi slt, %v342, %v82 : i32
                %v344 = arith.cmpi eq, %v342, %v88 : i32
                %v345 = arith.addi %v58, %v341 : i64
                %v346 = arith.muli %v27, %v95 : i64
                %v347 = arith.muli %v25, %v94 : i64
                %v348 = arith.addi %v346, %v347 : i64
                %v349 = arith.muli %v345, %v1 : i64
                %v350 = arith.addi %v348, %v349 : i64
                %v351 = llvm.getelementptr %in_g_o[%v350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v352 = llvm.load %v351 : !llvm.ptr -> f32
                %v353 = arith.negf %v352 : f32
                %v354 = arith.mulf %v353, %v104 fastmath<contract> : f32
                %v355 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v354) : (f32) -> f32
                %v356 = arith.addf %v37, %v355 fastmath<contract> : f32
                %v357 = arith.divf %v37, %v356 : f32
                %v358 = arith.muli %v27, %v95 : i64
                %v359 = arith.muli %v25, %v94 : i64
                %v360 = arith.addi %v358, %v359 : i64
                %v361 = arith.muli %v345, %v1 : i64
                %v362 = arith.addi %v360, %v361 : i64
                %v363 = llvm.getelementptr %dy_y[%v362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v364 = llvm.load %v363 : !llvm.ptr -> f32
                %v365 = arith.mulf %v357, %v364 fastmath<contract> : f32
                %v366 = llvm.load %v33 : !llvm.ptr -> f32
                %v367 = llvm.load %v34 : !llvm.ptr -> f32
                %v368 = arith.mulf %v367, %v366 fastmath<contract> : f32
                %v369 = arith.addf %v365, %v368 fastmath<contract> : f32
                llvm.store %v369, %v33 : f32, !llvm.ptr
                %v370 = llvm.load %v38 : !llvm.ptr -> f32
                %v371 = arith.mulf %v370, %v367 fastmath<contract> : f32
                llvm.store %v371, %v38 : f32, !llvm.ptr
                scf.if %v344 {
                }
                %v372 = arith.muli %v25, %v1 : i64
                %v373 = llvm.getelementptr %in_gamma[%v372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v374 = llvm.load %v373 : !llvm.ptr -> f32
                %v375 = arith.subf %v37, %v374 fastmath<contract> : f32
                %v376 = arith.muli %v27, %v95 : i64
                %v377 = arith.muli %v25, %v94 : i64
                %v378 = arith.addi %v376, %v377 : i64
                %v379 = arith.muli %v345, %v1 : i64
                %v380 = arith.addi %v378, %v379 : i64
                %v381 = llvm.getelementptr %in_g_f[%v380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v382 = llvm.load %v381 : !llvm.ptr -> f32
                %v383 = arith.negf %v382 : f32
                %v384 = arith.mulf %v383, %v104 fastmath<contract> : f32
                %v385 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v384) : (f32) -> f32
                %v386 = arith.addf %v37, %v385 fastmath<contract> : f32
                %v387 = arith.divf %v37, %v386 : f32
                %v388 = arith.mulf %v375, %v387 fastmath<contract> : f32
                %v389 = arith.addf %v374, %v388 fastmath<contract> : f32
                llvm.store %v389, %v34 : f32, !llvm.ptr
                %v390 = arith.addi %v76, %v1 : i64
                %v392 = arith.cmpi slt, %v391, %v82 : i32
                %v393 = arith.cmpi eq, %v391, %v88 : i32
                %v394 = arith.addi %v58, %v390 : i64
                %v395 = arith.muli %v27, %v95 : i64
                %v396 = arith.muli %v25, %v94 : i64
                %v397 = arith.addi %v395, %v396 : i64
                %v398 = arith.muli %v394, %v1 : i64
                %v399 = arith.addi %v397, %v398 : i64
                %v400 = llvm.getelementptr %in_g_o[%v399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v401 = llvm.load %v400 : !llvm.ptr -> f32
                %v402 = arith.negf %v401 : f32
                %v403 = arith.mulf %v402, %v104 fastmath<contract> : f32
                %v404 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v403) : (f32) -> f32
                %v405 = arith.addf %v37, %v404 fastmath<contract> : f32
                %v406 = arith.divf %v37, %v405 : f32
                %v407 = arith.muli %v27, %v95 : i64
                %v408 = arith.muli %v25, %v94 : i64
                %v409 = arith.addi %v407, %v408 : i64
                %v410 = arith.muli %v394, %v1 : i64
                %v411 = arith.addi %v409, %v410 : i64
                %v412 = llvm.getelementptr %dy_y[%v411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v413 = llvm.load %v412 : !llvm.ptr -> f32
                %v414 = arith.mulf %v406, %v413 fastmath<contract> : f32
                %v415 = llvm.load %v33 : !llvm.ptr -> f32
                %v416 = llvm.load %v34 : !llvm.ptr -> f32
                %v417 = arith.mulf %v416, %v415 fastmath<contract> : f32
                %v418 = arith.addf %v414, %v417 fastmath<contract> : f32
                llvm.store %v418, %v33 : f32, !llvm.ptr
                %v419 = llvm.load %v38 : !llvm.ptr -> f32
                %v420 = arith.mulf %v419, %v416 fastmath<contract> : f32
                llvm.store %v420, %v38 : f32, !llvm.ptr
                scf.if %v393 {
                }
                %v421 = arith.muli %v25, %v1 : i64
                %v422 = llvm.getelementptr %in_gamma[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v423 = llvm.load %v422 : !llvm.ptr -> f32
                %v424 = arith.subf %v37, %v423 fastmath<contract> : f32
                %v425 = arith.muli %v27, %v95 : i64
                %v426 = arith.muli %v25, %v94 : i64
                %v427 = arith.addi %v425, %v426 : i64
                %v428 = arith.muli %v394, %v1 : i64
                %v429 = arith.addi %v427, %v428 : i64
                %v430 = llvm.getelementptr %in_g_f[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v431 = llvm.load %v430 : !llvm.ptr -> f32
                %v432 = arith.negf %v431 : f32
                %v433 = arith.mulf %v432, %v104 fastmath<contract> : f32
                %v434 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v433) : (f32) -> f32
                %v435 = arith.addf %v37, %v434 fastmath<contract> : f32
                %v436 = arith.divf %v37, %v435 : f32
                %v437 = arith.mulf %v424, %v436 fastmath<contract> : f32
                %v438 = arith.addf %v423, %v437 fastmath<contract> : f32
                llvm.store %v438, %v34 : f32, !llvm.ptr
                %v439 = arith.addi %v76, %v39 : i64
                %v441 = arith.cmpi slt, %v440, %v82 : i32
                %v442 = arith.cmpi eq, %v440, %v88 : i32
                %v443 = arith.addi %v58, %v439 : i64
                %v444 = arith.muli %v27, %v95 : i64
                %v445 = arith.muli %v25, %v94 : i64
                %v446 = arith.addi %v444, %v445 : i64
                %v447 = arith.muli %v443, %v1 : i64
                %v448 = arith.addi %v446, %v447 : i64
                %v449 = llvm.getelementptr %in_g_o[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v450 = llvm.load %v449 : !llvm.ptr -> f32
                %v451 = arith.negf %v450 : f32
                %v452 = arith.mulf %v451, %v104 fastmath<contract> : f32
                %v453 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v452) : (f32) -> f32
                %v454 = arith.addf %v37, %v453 fastmath<contract> : f32
                %v455 = arith.divf %v37, %v454 : f32
                %v456 = arith.muli %v27, %v95 : i64
                %v457 = arith.muli %v25, %v94 : i64
                %v458 = arith.addi %v456, %v457 : i64
                %v459 = arith.muli %v443, %v1 : i64
                %v460 = arith.addi %v458, %v459 : i64
                %v461 = llvm.getelementptr %dy_y[%v460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v462 = llvm.load %v461 : !llvm.ptr -> f32
                %v463 = arith.mulf %v455, %v462 fastmath<contract> : f32
                %v464 = llvm.load %v33 : !llvm.ptr -> f32
                %v465 = llvm.load %v34 : !llvm.ptr -> f32
                %v466 = arith.mulf %v465, %v464 fastmath<contract> : f32
                %v467 = arith.addf %v463, %v466 fastmath<contract> : f32
                llvm.store %v467, %v33 : f32, !llvm.ptr
                %v468 = llvm.load %v38 : !llvm.ptr -> f32
                %v469 = arith.mulf %v468, %v465 fastmath<contract> : f32
                llvm.store %v469, %v38 : f32, !llvm.ptr
                scf.if %v442 {
                }
                %v470 = arith.muli %v25, %v1 : i64
                %v471 = llvm.getelementptr %in_gamma[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v472 = llvm.load %v471 : !llvm.ptr -> f32
                %v473 = arith.subf %v37, %v472 fastmath<contract> : f32
                %v474 = arith.muli %v27, %v95 : i64
                %v475 = arith.muli %v25, %v94 : i64
                %v476 = arith.addi %v474, %v475 : i64
                %v477 = arith.muli %v443, %v1 : i64
                %v478 = arith.addi %v476, %v477 : i64
                %v479 = llvm.getelementptr %in_g_f[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v480 = llvm.load %v479 : !llvm.ptr -> f32
                %v481 = arith.negf %v480 : f32
                %v482 = arith.mulf %v481, %v104 fastmath<contract> : f32
                %v483 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v482) : (f32) -> f32
                %v484 = arith.addf %v37, %v483 fastmath<contract> : f32
                %v485 = arith.divf %v37, %v484 : f32
                %v486 = arith.mulf %v473, %v485 fastmath<contract> : f32
                %v487 = arith.addf %v472, %v486 fastmath<contract> : f32
                llvm.store %v487, %v34 : f32, !llvm.ptr
              } else {
                %v488 = arith.subi %v60, %v1 : i64
                // the group's states, recomputed into registers
                %v489 = arith.subi %v60, %v76 : i64
                %v490 = arith.trunci %v489 : i64 to i32
                %v491 = arith.subi %size_L, %v1 : i64
                %v492 = arith.addi %v58, %v76 : i64
                %v493 = arith.subi %v491, %v492 : i64
                %v494 = arith.minsi %v493, %v86 : i64
                %v495 = arith.trunci %v494 : i64 to i32
                %v496 = arith.addi %v76, %v43 : i64
                %v497 = arith.cmpi slt, %v90, %v490 : i32
                %v498 = arith.cmpi eq, %v90, %v495 : i32
                scf.if %v497 {
                  %v499 = arith.addi %v58, %v496 : i64
                  %v500 = arith.muli %v27, %v95 : i64
                  %v501 = arith.muli %v25, %v94 : i64
                  %v502 = arith.addi %v500, %v501 : i64
                  %v503 = arith.muli %v499, %v1 : i64
                  %v504 = arith.addi %v502, %v503 : i64
                  %v505 = llvm.getelementptr %in_g_o[%v504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v506 = llvm.load %v505 : !llvm.ptr -> f32
                  %v507 = arith.negf %v506 : f32
                  %v508 = arith.mulf %v507, %v104 fastmath<contract> : f32
                  %v509 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v508) : (f32) -> f32
                  %v510 = arith.addf %v37, %v509 fastmath<contract> : f32
                  %v511 = arith.divf %v37, %v510 : f32
                  %v512 = arith.muli %v27, %v95 : i64
                  %v513 = arith.muli %v25, %v94 : i64
                  %v514 = arith.addi %v512, %v513 : i64
                  %v515 = arith.muli %v499, %v1 : i64
                  %v516 = arith.addi %v514, %v515 : i64
                  %v517 = llvm.getelementptr %dy_y[%v516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v518 = llvm.load %v517 : !llvm.ptr -> f32
                  %v519 = arith.mulf %v511, %v518 fastmath<contract> : f32
                  %v520 = llvm.load %v33 : !llvm.ptr -> f32
                  %v521 = llvm.load %v34 : !llvm.ptr -> f32
                  %v522 = arith.mulf %v521, %v520 fastmath<contract> : f32
                  %v523 = arith.addf %v519, %v522 fastmath<contract> : f32
                  llvm.store %v523, %v33 : f32, !llvm.ptr
                  %v524 = llvm.load %v38 : !llvm.ptr -> f32
                  %v525 = arith.mulf %v524, %v521 fastmath<contract> : f32
                  llvm.store %v525, %v38 : f32, !llvm.ptr
                  scf.if %v498 {
                  }
                  %v526 = arith.muli %v25, %v1 : i64
                  %v527 = llvm.getelementptr %in_gamma[%v526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v528 = llvm.load %v527 : !llvm.ptr -> f32
                  %v529 = arith.subf %v37, %v528 fastmath<contract> : f32
                  %v530 = arith.muli %v27, %v95 : i64
                  %v531 = arith.muli %v25, %v94 : i64
                  %v532 = arith.addi %v530, %v531 : i64
                  %v533 = arith.muli %v499, %v1 : i64
                  %v534 = arith.addi %v532, %v533 : i64
                  %v535 = llvm.getelementptr %in_g_f[%v534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v536 = llvm.load %v535 : !llvm.ptr -> f32
                  %v537 = arith.negf %v536 : f32
                  %v538 = arith.mulf %v537, %v104 fastmath<contract> : f32
                  %v539 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v538) : (f32) -> f32
                  %v540 = arith.addf %v37, %v539 fastmath<contract> : f32
                  %v541 = arith.divf %v37, %v540 : f32
                  %v542 = arith.mulf %v529, %v541 fastmath<contract> : f32
                  %v543 = arith.addf %v528, %v542 fastmath<contract> : f32
                  llvm.store %v543, %v34 : f32, !llvm.ptr
                }
                %v544 = arith.addi %v76, %v141 : i64
                %v545 = arith.cmpi slt, %v143, %v490 : i32
                %v546 = arith.cmpi eq, %v143, %v495 : i32
                scf.if %v545 {
                  %v547 = arith.addi %v58, %v544 : i64
                  %v548 = arith.muli %v27, %v95 : i64
                  %v549 = arith.muli %v25, %v94 : i64
                  %v550 = arith.addi %v548, %v549 : i64
                  %v551 = arith.muli %v547, %v1 : i64
                  %v552 = arith.addi %v550, %v551 : i64
                  %v553 = llvm.getelementptr %in_g_o[%v552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v554 = llvm.load %v553 : !llvm.ptr -> f32
                  %v555 = arith.negf %v554 : f32
                  %v556 = arith.mulf %v555, %v104 fastmath<contract> : f32
                  %v557 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v556) : (f32) -> f32
                  %v558 = arith.addf %v37, %v557 fastmath<contract> : f32
                  %v559 = arith.divf %v37, %v558 : f32
                  %v560 = arith.muli %v27, %v95 : i64
                  %v561 = arith.muli %v25, %v94 : i64
                  %v562 = arith.addi %v560, %v561 : i64
                  %v563 = arith.muli %v547, %v1 : i64
                  %v564 = arith.addi %v562, %v563 : i64
                  %v565 = llvm.getelementptr %dy_y[%v564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v566 = llvm.load %v565 : !llvm.ptr -> f32
                  %v567 = arith.mulf %v559, %v566 fastmath<contract> : f32
                  %v568 = llvm.load %v33 : !llvm.ptr -> f32
                  %v569 = llvm.load %v34 : !llvm.ptr -> f32
                  %v570 = arith.mulf %v569, %v568 fastmath<contract> : f32
                  %v571 = arith.addf %v567, %v570 fastmath<contract> : f32
                  llvm.store %v571, %v33 : f32, !llvm.ptr
                  %v572 = llvm.load %v38 : !llvm.ptr -> f32
                  %v573 = arith.mulf %v572, %v569 fastmath<contract> : f32
                  llvm.store %v573, %v38 : f32, !llvm.ptr
                  scf.if %v546 {
                  }
                  %v574 = arith.muli %v25, %v1 : i64
                  %v575 = llvm.getelementptr %in_gamma[%v574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v576 = llvm.load %v575 : !llvm.ptr -> f32
                  %v577 = arith.subf %v37, %v576 fastmath<contract> : f32
                  %v578 = arith.muli %v27, %v95 : i64
                  %v579 = arith.muli %v25, %v94 : i64
                  %v580 = arith.addi %v578, %v579 : i64
                  %v581 = arith.muli %v547, %v1 : i64
                  %v582 = arith.addi %v580, %v581 : i64
                  %v583 = llvm.getelementptr %in_g_f[%v582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v584 = llvm.load %v583 : !llvm.ptr -> f32
                  %v585 = arith.negf %v584 : f32
                  %v586 = arith.mulf %v585, %v104 fastmath<contract> : f32
                  %v587 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v586) : (f32) -> f32
                  %v588 = arith.addf %v37, %v587 fastmath<contract> : f32
                  %v589 = arith.divf %v37, %v588 : f32
                  %v590 = arith.mulf %v577, %v589 fastmath<contract> : f32
                  %v591 = arith.addf %v576, %v590 fastmath<contract> : f32
                  llvm.store %v591, %v34 : f32, !llvm.ptr
                }
                %v592 = arith.addi %v76, %v191 : i64
                %v593 = arith.cmpi slt, %v193, %v490 : i32
                %v594 = arith.cmpi eq, %v193, %v495 : i32
                scf.if %v593 {
                  %v595 = arith.addi %v58, %v592 : i64
                  %v596 = arith.muli %v27, %v95 : i64
                  %v597 = arith.muli %v25, %v94 : i64
                  %v598 = arith.addi %v596, %v597 : i64
                  %v599 = arith.muli %v595, %v1 : i64
                  %v600 = arith.addi %v598, %v599 : i64
                  %v601 = llvm.getelementptr %in_g_o[%v600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v602 = llvm.load %v601 : !llvm.ptr -> f32
                  %v603 = arith.negf %v602 : f32
                  %v604 = arith.mulf %v603, %v104 fastmath<contract> : f32
                  %v605 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v604) : (f32) -> f32
                  %v606 = arith.addf %v37, %v605 fastmath<contract> : f32
                  %v607 = arith.divf %v37, %v606 : f32
                  %v608 = arith.muli %v27, %v95 : i64
                  %v609 = arith.muli %v25, %v94 : i64
                  %v610 = arith.addi %v608, %v609 : i64
                  %v611 = arith.muli %v595, %v1 : i64
                  %v612 = arith.addi %v610, %v611 : i64
                  %v613 = llvm.getelementptr %dy_y[%v612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v614 = llvm.load %v613 : !llvm.ptr -> f32
                  %v615 = arith.mulf %v607, %v614 fastmath<contract> : f32
                  %v616 = llvm.load %v33 : !llvm.ptr -> f32
                  %v617 = llvm.load %v34 : !llvm.ptr -> f32
                  %v618 = arith.mulf %v617, %v616 fastmath<contract> : f32
                  %v619 = arith.addf %v615, %v618 fastmath<contract> : f32
                  llvm.store %v619, %v33 : f32, !llvm.ptr
                  %v620 = llvm.load %v38 : !llvm.ptr -> f32
                  %v621 = arith.mulf %v620, %v617 fastmath<contract> : f32
                  llvm.store %v621, %v38 : f32, !llvm.ptr
                  scf.if %v594 {
                  }
                  %v622 = arith.muli %v25, %v1 : i64
                  %v623 = llvm.getelementptr %in_gamma[%v622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v624 = llvm.load %v623 : !llvm.ptr -> f32
                  %v625 = arith.subf %v37, %v624 fastmath<contract> : f32
                  %v626 = arith.muli %v27, %v95 : i64
                  %v627 = arith.muli %v25, %v94 : i64
                  %v628 = arith.addi %v626, %v627 : i64
                  %v629 = arith.muli %v595, %v1 : i64
                  %v630 = arith.addi %v628, %v629 : i64
                  %v631 = llvm.getelementptr %in_g_f[%v630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v632 = llvm.load %v631 : !llvm.ptr -> f32
                  %v633 = arith.negf %v632 : f32
                  %v634 = arith.mulf %v633, %v104 fastmath<contract> : f32
                  %v635 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v634) : (f32) -> f32
                  %v636 = arith.addf %v37, %v635 fastmath<contract> : f32
                  %v637 = arith.divf %v37, %v636 : f32
                  %v638 = arith.mulf %v625, %v637 fastmath<contract> : f32
                  %v639 = arith.addf %v624, %v638 fastmath<contract> : f32
                  llvm.store %v639, %v34 : f32, !llvm.ptr
                }
                %v640 = arith.addi %v76, %v29 : i64
                %v641 = arith.cmpi slt, %v242, %v490 : i32
                %v642 = arith.cmpi eq, %v242, %v495 : i32
                scf.if %v641 {
                  %v643 = arith.addi %v58, %v640 : i64
                  %v644 = arith.muli %v27, %v95 : i64
                  %v645 = arith.muli %v25, %v94 : i64
                  %v646 = arith.addi %v644, %v645 : i64
                  %v647 = arith.muli %v643, %v1 : i64
                  %v648 = arith.addi %v646, %v647 : i64
                  %v649 = llvm.getelementptr %in_g_o[%v648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v650 = llvm.load %v649 : !llvm.ptr -> f32
                  %v651 = arith.negf %v650 : f32
                  %v652 = arith.mulf %v651, %v104 fastmath<contract> : f32
                  %v653 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v652) : (f32) -> f32
                  %v654 = arith.addf %v37, %v653 fastmath<contract> : f32
                  %v655 = arith.divf %v37, %v654 : f32
                  %v656 = arith.muli %v27, %v95 : i64
                  %v657 = arith.muli %v25, %v94 : i64
                  %v658 = arith.addi %v656, %v657 : i64
                  %v659 = arith.muli %v643, %v1 : i64
                  %v660 = arith.addi %v658, %v659 : i64
                  %v661 = llvm.getelementptr %dy_y[%v660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v662 = llvm.load %v661 : !llvm.ptr -> f32
                  %v663 = arith.mulf %v655, %v662 fastmath<contract> : f32
                  %v664 = llvm.load %v33 : !llvm.ptr -> f32
                  %v665 = llvm.load %v34 : !llvm.ptr -> f32
                  %v666 = arith.mulf %v665, %v664 fastmath<contract> : f32
                  %v667 = arith.addf %v663, %v666 fastmath<contract> : f32
                  llvm.store %v667, %v33 : f32, !llvm.ptr
                  %v668 = llvm.load %v38 : !llvm.ptr -> f32
                  %v669 = arith.mulf %v668, %v665 fastmath<contract> : f32
                  llvm.store %v669, %v38 : f32, !llvm.ptr
                  scf.if %v642 {
                  }
                  %v670 = arith.muli %v25, %v1 : i64
                  %v671 = llvm.getelementptr %in_gamma[%v670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v672 = llvm.load %v671 : !llvm.ptr -> f32
                  %v673 = arith.subf %v37, %v672 fastmath<contract> : f32
                  %v674 = arith.muli %v27, %v95 : i64
                  %v675 = arith.muli %v25, %v94 : i64
                  %v676 = arith.addi %v674, %v675 : i64
                  %v677 = arith.muli %v643, %v1 : i64
                  %v678 = arith.addi %v676, %v677 : i64
                  %v679 = llvm.getelementptr %in_g_f[%v678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v680 = llvm.load %v679 : !llvm.ptr -> f32
                  %v681 = arith.negf %v680 : f32
                  %v682 = arith.mulf %v681, %v104 fastmath<contract> : f32
                  %v683 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v682) : (f32) -> f32
                  %v684 = arith.addf %v37, %v683 fastmath<contract> : f32
                  %v685 = arith.divf %v37, %v684 : f32
                  %v686 = arith.mulf %v673, %v685 fastmath<contract> : f32
                  %v687 = arith.addf %v672, %v686 fastmath<contract> : f32
                  llvm.store %v687, %v34 : f32, !llvm.ptr
                }
                %v688 = arith.addi %v76, %v290 : i64
                %v689 = arith.cmpi slt, %v292, %v490 : i32
                %v690 = arith.cmpi eq, %v292, %v495 : i32
                scf.if %v689 {
                  %v691 = arith.addi %v58, %v688 : i64
                  %v692 = arith.muli %v27, %v95 : i64
                  %v693 = arith.muli %v25, %v94 : i64
                  %v694 = arith.addi %v692, %v693 : i64
                  %v695 = arith.muli %v691, %v1 : i64
                  %v696 = arith.addi %v694, %v695 : i64
                  %v697 = llvm.getelementptr %in_g_o[%v696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v698 = llvm.load %v697 : !llvm.ptr -> f32
                  %v699 = arith.negf %v698 : f32
                  %v700 = arith.mulf %v699, %v104 fastmath<contract> : f32
                  %v701 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v700) : (f32) -> f32
                  %v702 = arith.addf %v37, %v701 fastmath<contract> : f32
                  %v703 = arith.divf %v37, %v702 : f32
                  %v704 = arith.muli %v27, %v95 : i64
                  %v705 = arith.muli %v25, %v94 : i64
                  %v706 = arith.addi %v704, %v705 : i64
                  %v707 = arith.muli %v691, %v1 : i64
                  %v708 = arith.addi %v706, %v707 : i64
                  %v709 = llvm.getelementptr %dy_y[%v708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v710 = llvm.load %v709 : !llvm.ptr -> f32
                  %v711 = arith.mulf %v703, %v710 fastmath<contract> : f32
                  %v712 = llvm.load %v33 : !llvm.ptr -> f32
                  %v713 = llvm.load %v34 : !llvm.ptr -> f32
                  %v714 = arith.mulf %v713, %v712 fastmath<contract> : f32
                  %v715 = arith.addf %v711, %v714 fastmath<contract> : f32
                  llvm.store %v715, %v33 : f32, !llvm.ptr
                  %v716 = llvm.load %v38 : !llvm.ptr -> f32
                  %v717 = arith.mulf %v716, %v713 fastmath<contract> : f32
                  llvm.store %v717, %v38 : f32, !llvm.ptr
                  scf.if %v690 {
                  }
                  %v718 = arith.muli %v25, %v1 : i64
                  %v719 = llvm.getelementptr %in_gamma[%v718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v720 = llvm.load %v719 : !llvm.ptr -> f32
                  %v721 = arith.subf %v37, %v720 fastmath<contract> : f32
                  %v722 = arith.muli %v27, %v95 : i64
                  %v723 = arith.muli %v25, %v94 : i64
                  %v724 = arith.addi %v722, %v723 : i64
                  %v725 = arith.muli %v691, %v1 : i64
                  %v726 = arith.addi %v724, %v725 : i64
                  %v727 = llvm.getelementptr %in_g_f[%v726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v728 = llvm.load %v727 : !llvm.ptr -> f32
                  %v729 = arith.negf %v728 : f32
                  %v730 = arith.mulf %v729, %v104 fastmath<contract> : f32
                  %v731 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v730) : (f32) -> f32
                  %v732 = arith.addf %v37, %v731 fastmath<contract> : f32
                  %v733 = arith.divf %v37, %v732 : f32
                  %v734 = arith.mulf %v721, %v733 fastmath<contract> : f32
                  %v735 = arith.addf %v720, %v734 fastmath<contract> : f32
                  llvm.store %v735, %v34 : f32, !llvm.ptr
                }
                %v736 = arith.addi %v76, %v340 : i64
                %v737 = arith.cmpi slt, %v342, %v490 : i32
                %v738 = arith.cmpi eq, %v342, %v495 : i32
                scf.if %v737 {
                  %v739 = arith.addi %v58, %v736 : i64
                  %v740 = arith.muli %v27, %v95 : i64
                  %v741 = arith.muli %v25, %v94 : i64
                  %v742 = arith.addi %v740, %v741 : i64
                  %v743 = arith.muli %v739, %v1 : i64
                  %v744 = arith.addi %v742, %v743 : i64
                  %v745 = llvm.getelementptr %in_g_o[%v744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v746 = llvm.load %v745 : !llvm.ptr -> f32
                  %v747 = arith.negf %v746 : f32
                  %v748 = arith.mulf %v747, %v104 fastmath<contract> : f32
                  %v749 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v748) : (f32) -> f32
                  %v750 = arith.addf %v37, %v749 fastmath<contract> : f32
                  %v751 = arith.divf %v37, %v750 : f32
                  %v752 = arith.muli %v27, %v95 : i64
                  %v753 = arith.muli %v25, %v94 : i64
                  %v754 = arith.addi %v752, %v753 : i64
                  %v755 = arith.muli %v739, %v1 : i64
                  %v756 = arith.addi %v754, %v755 : i64
                  %v757 = llvm.getelementptr %dy_y[%v756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v758 = llvm.load %v757 : !llvm.ptr -> f32
                  %v759 = arith.mulf %v751, %v758 fastmath<contract> : f32
                  %v760 = llvm.load %v33 : !llvm.ptr -> f32
                  %v761 = llvm.load %v34 : !llvm.ptr -> f32
                  %v762 = arith.mulf %v761, %v760 fastmath<contract> : f32
                  %v763 = arith.addf %v759, %v762 fastmath<contract> : f32
                  llvm.store %v763, %v33 : f32, !llvm.ptr
                  %v764 = llvm.load %v38 : !llvm.ptr -> f32
                  %v765 = arith.mulf %v764, %v761 fastmath<contract> : f32
                  llvm.store %v765, %v38 : f32, !llvm.ptr
                  scf.if %v738 {
                  }
                  %v766 = arith.muli %v25, %v1 : i64
                  %v767 = llvm.getelementptr %in_gamma[%v766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v768 = llvm.load %v767 : !llvm.ptr -> f32
                  %v769 = arith.subf %v37, %v768 fastmath<contract> : f32
                  %v770 = arith.muli %v27, %v95 : i64
                  %v771 = arith.muli %v25, %v94 : i64
                  %v772 = arith.addi %v770, %v771 : i64
                  %v773 = arith.muli %v739, %v1 : i64
                  %v774 = arith.addi %v772, %v773 : i64
                  %v775 = llvm.getelementptr %in_g_f[%v774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v776 = llvm.load %v775 : !llvm.ptr -> f32
                  %v777 = arith.negf %v776 : f32
                  %v778 = arith.mulf %v777, %v104 fastmath<contract> : f32
                  %v779 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v778) : (f32) -> f32
                  %v780 = arith.addf %v37, %v779 fastmath<contract> : f32
                  %v781 = arith.divf %v37, %v780 : f32
                  %v782 = arith.mulf %v769, %v781 fastmath<contract> : f32
                  %v783 = arith.addf %v768, %v782 fastmath<contract> : f32
                  llvm.store %v783, %v34 : f32, !llvm.ptr
                }
                %v784 = arith.addi %v76, %v1 : i64
                %v785 = arith.cmpi slt, %v391, %v490 : i32
                %v786 = arith.cmpi eq, %v391, %v495 : i32
                scf.if %v785 {
                  %v787 = arith.addi %v58, %v784 : i64
                  %v788 = arith.muli %v27, %v95 : i64
                  %v789 = arith.muli %v25, %v94 : i64
                  %v790 = arith.addi %v788, %v789 : i64
                  %v791 = arith.muli %v787, %v1 : i64
                  %v792 = arith.addi %v790, %v791 : i64
                  %v793 = llvm.getelementptr %in_g_o[%v792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v794 = llvm.load %v793 : !llvm.ptr -> f32
                  %v795 = arith.negf %v794 : f32
                  %v796 = arith.mulf %v795, %v104 fastmath<contract> : f32
                  %v797 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v796) : (f32) -> f32
                  %v798 = arith.addf %v37, %v797 fastmath<contract> : f32
                  %v799 = arith.divf %v37, %v798 : f32
                  %v800 = arith.muli %v27, %v95 : i64
                  %v801 = arith.muli %v25, %v94 : i64
                  %v802 = arith.addi %v800, %v801 : i64
                  %v803 = arith.muli %v787, %v1 : i64
                  %v804 = arith.addi %v802, %v803 : i64
                  %v805 = llvm.getelementptr %dy_y[%v804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v806 = llvm.load %v805 : !llvm.ptr -> f32
                  %v807 = arith.mulf %v799, %v806 fastmath<contract> : f32
                  %v808 = llvm.load %v33 : !llvm.ptr -> f32
                  %v809 = llvm.load %v34 : !llvm.ptr -> f32
                  %v810 = arith.mulf %v809, %v808 fastmath<contract> : f32
                  %v811 = arith.addf %v807, %v810 fastmath<contract> : f32
                  llvm.store %v811, %v33 : f32, !llvm.ptr
                  %v812 = llvm.load %v38 : !llvm.ptr -> f32
                  %v813 = arith.mulf %v812, %v809 fastmath<contract> : f32
                  llvm.store %v813, %v38 : f32, !llvm.ptr
                  scf.if %v786 {
                  }
                  %v814 = arith.muli %v25, %v1 : i64
                  %v815 = llvm.getelementptr %in_gamma[%v814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v816 = llvm.load %v815 : !llvm.ptr -> f32
                  %v817 = arith.subf %v37, %v816 fastmath<contract> : f32
                  %v818 = arith.muli %v27, %v95 : i64
                  %v819 = arith.muli %v25, %v94 : i64
                  %v820 = arith.addi %v818, %v819 : i64
                  %v821 = arith.muli %v787, %v1 : i64
                  %v822 = arith.addi %v820, %v821 : i64
                  %v823 = llvm.getelementptr %in_g_f[%v822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v824 = llvm.load %v823 : !llvm.ptr -> f32
                  %v825 = arith.negf %v824 : f32
                  %v826 = arith.mulf %v825, %v104 fastmath<contract> : f32
                  %v827 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v826) : (f32) -> f32
                  %v828 = arith.addf %v37, %v827 fastmath<contract> : f32
                  %v829 = arith.divf %v37, %v828 : f32
                  %v830 = arith.mulf %v817, %v829 fastmath<contract> : f32
                  %v831 = arith.addf %v816, %v830 fastmath<contract> : f32
                  llvm.store %v831, %v34 : f32, !llvm.ptr
                }
                %v832 = arith.addi %v76, %v39 : i64
                %v833 = arith.cmpi slt, %v440, %v490 : i32
                %v834 = arith.cmpi eq, %v440, %v495 : i32
                scf.if %v833 {
                  %v835 = arith.addi %v58, %v832 : i64
                  %v836 = arith.muli %v27, %v95 : i64
                  %v837 = arith.muli %v25, %v94 : i64
                  %v838 = arith.addi %v836, %v837 : i64
                  %v839 = arith.muli %v835, %v1 : i64
                  %v840 = arith.addi %v838, %v839 : i64
                  %v841 = llvm.getelementptr %in_g_o[%v840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v842 = llvm.load %v841 : !llvm.ptr -> f32
                  %v843 = arith.negf %v842 : f32
                  %v844 = arith.mulf %v843, %v104 fastmath<contract> : f32
                  %v845 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v844) : (f32) -> f32
                  %v846 = arith.addf %v37, %v845 fastmath<contract> : f32
                  %v847 = arith.divf %v37, %v846 : f32
                  %v848 = arith.muli %v27, %v95 : i64
                  %v849 = arith.muli %v25, %v94 : i64
                  %v850 = arith.addi %v848, %v849 : i64
                  %v851 = arith.muli %v835, %v1 : i64
                  %v852 = arith.addi %v850, %v851 : i64
                  %v853 = llvm.getelementptr %dy_y[%v852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v854 = llvm.load %v853 : !llvm.ptr -> f32
                  %v855 = arith.mulf %v847, %v854 fastmath<contract> : f32
                  %v856 = llvm.load %v33 : !llvm.ptr -> f32
                  %v857 = llvm.load %v34 : !llvm.ptr -> f32
                  %v858 = arith.mulf %v857, %v856 fastmath<contract> : f32
                  %v859 = arith.addf %v855, %v858 fastmath<contract> : f32
                  llvm.store %v859, %v33 : f32, !llvm.ptr
                  %v860 = llvm.load %v38 : !llvm.ptr -> f32
                  %v861 = arith.mulf %v860, %v857 fastmath<contract> : f32
                  llvm.store %v861, %v38 : f32, !llvm.ptr
                  scf.if %v834 {
                  }
                  %v862 = arith.muli %v25, %v1 : i64
                  %v863 = llvm.getelementptr %in_gamma[%v862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v864 = llvm.load %v863 : !llvm.ptr -> f32
                  %v865 = arith.subf %v37, %v864 fastmath<contract> : f32
                  %v866 = arith.muli %v27, %v95 : i64
                  %v867 = arith.muli %v25, %v94 : i64
                  %v868 = arith.addi %v866, %v867 : i64
                  %v869 = arith.muli %v835, %v1 : i64
                  %v870 = arith.addi %v868, %v869 : i64
                  %v871 = llvm.getelementptr %in_g_f[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v872 = llvm.load %v871 : !llvm.ptr -> f32
                  %v873 = arith.negf %v872 : f32
                  %v874 = arith.mulf %v873, %v104 fastmath<contract> : f32
                  %v875 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v874) : (f32) -> f32
                  %v876 = arith.addf %v37, %v875 fastmath<contract> : f32
                  %v877 = arith.divf %v37, %v876 : f32
                  %v878 = arith.mulf %v865, %v877 fastmath<contract> : f32
                  %v879 = arith.addf %v864, %v878 fastmath<contract> : f32
                  llvm.store %v879, %v34 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v22 {
        %v880 = llvm.load %v33 : !llvm.ptr -> f32
        %v881 = arith.muli %v39, %v7 : i64
        %v882 = arith.addi %v881, %v18 : i64
        %v883 = arith.muli %v882, %v1 : i64
        %v884 = arith.addi %v883, %v39 : i64
        %v885 = arith.muli %v884, %v3 : i64
        %v886 = arith.subi %v3, %v1 : i64
        %v887 = arith.minsi %v21, %v886 : i64
        %v888 = arith.addi %v885, %v887 : i64
        %v889 = llvm.getelementptr %segsum_h[%v888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v880, %v889 : f32, !llvm.ptr
        %v890 = llvm.load %v38 : !llvm.ptr -> f32
        %v891 = arith.muli %v1, %v7 : i64
        %v892 = arith.addi %v891, %v18 : i64
        %v893 = arith.muli %v892, %v1 : i64
        %v894 = arith.addi %v893, %v39 : i64
        %v895 = arith.muli %v894, %v3 : i64
        %v896 = arith.subi %v3, %v1 : i64
        %v897 = arith.minsi %v21, %v896 : i64
        %v898 = arith.addi %v895, %v897 : i64
        %v899 = llvm.getelementptr %segsum_h[%v898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v890, %v899 : f32, !llvm.ptr
        %v900 = llvm.load %v34 : !llvm.ptr -> f32
        %v901 = arith.muli %v340, %v7 : i64
        %v902 = arith.addi %v901, %v18 : i64
        %v903 = arith.muli %v902, %v1 : i64
        %v904 = arith.addi %v903, %v39 : i64
        %v905 = arith.muli %v904, %v3 : i64
        %v906 = arith.subi %v3, %v1 : i64
        %v907 = arith.minsi %v21, %v906 : i64
        %v908 = arith.addi %v905, %v907 : i64
        %v909 = llvm.getelementptr %segsum_h[%v908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v900, %v909 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
