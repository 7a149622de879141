module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @rglru_bwd_sum(%in_x: !llvm.ptr, %in_gate_a: !llvm.ptr, %in_gate_x: !llvm.ptr, %in_Lambda: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segsum_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v113 = arith.constant 0x3FB8AA3B : f32
      %v118 = arith.constant 0x41000000 : f32
      %v135 = arith.constant 6 : i64
      %v137 = arith.constant 6 : i32
      %v178 = arith.constant 5 : i64
      %v180 = arith.constant 5 : i32
      %v222 = arith.constant 4 : i32
      %v263 = arith.constant 3 : i64
      %v265 = arith.constant 3 : i32
      %v306 = arith.constant 2 : i64
      %v308 = arith.constant 2 : i32
      %v350 = arith.constant 1 : i32
      %v392 = arith.constant 0 : i32
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
                %v101 = llvm.getelementptr %dy_y[%v100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v102 = llvm.load %v101 : !llvm.ptr -> f32
                %v103 = llvm.load %v33 : !llvm.ptr -> f32
                %v104 = llvm.load %v34 : !llvm.ptr -> f32
                %v105 = arith.mulf %v104, %v103 fastmath<contract> : f32
                %v106 = arith.addf %v102, %v105 fastmath<contract> : f32
                llvm.store %v106, %v33 : f32, !llvm.ptr
                %v107 = llvm.load %v38 : !llvm.ptr -> f32
                %v108 = arith.mulf %v107, %v104 fastmath<contract> : f32
                llvm.store %v108, %v38 : f32, !llvm.ptr
                scf.if %v92 {
                }
                %v109 = arith.muli %v25, %v1 : i64
                %v110 = llvm.getelementptr %in_Lambda[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v111 = llvm.load %v110 : !llvm.ptr -> f32
                %v112 = arith.negf %v111 : f32
                %v114 = arith.mulf %v112, %v113 fastmath<contract> : f32
                %v115 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v114) : (f32) -> f32
                %v116 = arith.addf %v37, %v115 fastmath<contract> : f32
                %v117 = arith.divf %v37, %v116 : f32
                %v119 = arith.muli %v27, %v95 : i64
                %v120 = arith.muli %v25, %v94 : i64
                %v121 = arith.addi %v119, %v120 : i64
                %v122 = arith.muli %v93, %v1 : i64
                %v123 = arith.addi %v121, %v122 : i64
                %v124 = llvm.getelementptr %in_gate_a[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v125 = llvm.load %v124 : !llvm.ptr -> f32
                %v126 = arith.negf %v125 : f32
                %v127 = arith.mulf %v126, %v113 fastmath<contract> : f32
                %v128 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v127) : (f32) -> f32
                %v129 = arith.addf %v37, %v128 fastmath<contract> : f32
                %v130 = arith.divf %v37, %v129 : f32
                %v131 = arith.mulf %v118, %v130 fastmath<contract> : f32
                %v132 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v117) : (f32) -> f32
                %v133 = arith.mulf %v131, %v132 fastmath<contract> : f32
                %v134 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v133) : (f32) -> f32
                llvm.store %v134, %v34 : f32, !llvm.ptr
                %v136 = arith.addi %v76, %v135 : i64
                %v138 = arith.cmpi slt, %v137, %v82 : i32
                %v139 = arith.cmpi eq, %v137, %v88 : i32
                %v140 = arith.addi %v58, %v136 : i64
                %v141 = arith.muli %v27, %v95 : i64
                %v142 = arith.muli %v25, %v94 : i64
                %v143 = arith.addi %v141, %v142 : i64
                %v144 = arith.muli %v140, %v1 : i64
                %v145 = arith.addi %v143, %v144 : i64
                %v146 = llvm.getelementptr %dy_y[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v147 = llvm.load %v146 : !llvm.ptr -> f32
                %v148 = llvm.load %v33 : !llvm.ptr -> f32
                %v149 = llvm.load %v34 : !llvm.ptr -> f32
                %v150 = arith.mulf %v149, %v148 fastmath<contract> : f32
                %v151 = arith.addf %v147, %v150 fastmath<contract> : f32
                llvm.store %v151, %v33 : f32, !llvm.ptr
                %v152 = llvm.load %v38 : !llvm.ptr -> f32
                %v153 = arith.mulf %v152, %v149 fastmath<contract> : f32
                llvm.store %v153, %v38 : f32, !llvm.ptr
                scf.if %v139 {
                }
                %v154 = arith.muli %v25, %v1 : i64
                %v155 = llvm.getelementptr %in_Lambda[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v156 = llvm.load %v155 : !llvm.ptr -> f32
                %v157 = arith.negf %v156 : f32
                %v158 = arith.mulf %v157, %v113 fastmath<contract> : f32
                %v159 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v158) : (f32) -> f32
                %v160 = arith.addf %v37, %v159 fastmath<contract> : f32
                %v161 = arith.divf %v37, %v160 : f32
                %v162 = arith.muli %v27, %v95 : i64
                %v163 = arith.muli %v25, %v94 : i64
                %v164 = arith.addi %v162, %v163 : i64
                %v165 = arith.muli %v140, %v1 : i64
                %v166 = arith.addi %v164, %v165 : i64
                %v167 = llvm.getelementptr %in_gate_a[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v168 = llvm.load %v167 : !llvm.ptr -> f32
                %v169 = arith.negf %v168 : f32
                %v170 = arith.mulf %v169, %v113 fastmath<contract> : f32
                %v171 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v170) : (f32) -> f32
                %v172 = arith.addf %v37, %v171 fastmath<contract> : f32
                %v173 = arith.divf %v37, %v172 : f32
                %v174 = arith.mulf %v118, %v173 fastmath<contract> : f32
                %v175 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v161) : (f32) -> f32
                %v176 = arith.mulf %v174, %v175 fastmath<contract> : f32
                %v177 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v176) : (f32) -> f32
                llvm.store %v177, %v34 : f32, !llvm.ptr
                %v179 = arith.addi %v76, %v178 : i64
                %v181 = arith.cmpi slt, %v180, %v82 : i32
                %v182 = arith.cmpi eq, %v180, %v88 : i32
                %v183 = arith.addi %v58, %v179 : i64
                %v184 = arith.muli %v27, %v95 : i64
                %v185 = arith.muli %v25, %v94 : i64
                %v186 = arith.addi %v184, %v185 : i64
                %v187 = arith.muli %v183, %v1 : i64
                %v188 = arith.addi %v186, %v187 : i64
                %v189 = llvm.getelementptr %dy_y[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v190 = llvm.load %v189 : !llvm.ptr -> f32
                %v191 = llvm.load %v33 : !llvm.ptr -> f32
                %v192 = llvm.load %v34 : !llvm.ptr -> f32
                %v193 = arith.mulf %v192, %v191 fastmath<contract> : f32
                %v194 = arith.addf %v190, %v193 fastmath<contract> : f32
                llvm.store %v194, %v33 : f32, !llvm.ptr
                %v195 = llvm.load %v38 : !llvm.ptr -> f32
                %v196 = arith.mulf %v195, %v192 fastmath<contract> : f32
                llvm.store %v196, %v38 : f32, !llvm.ptr
                scf.if %v182 {
                }
                %v197 = arith.muli %v25, %v1 : i64
                %v198 = llvm.getelementptr %in_Lambda[%v197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v199 = llvm.load %v198 : !llvm.ptr -> f32
                %v200 = arith.negf %v199 : f32
                %v201 = arith.mulf %v200, %v113 fastmath<contract> : f32
                %v202 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v201) : (f32) -> f32
                %v203 = arith.addf %v37, %v202 fastmath<contract> : f32
                %v204 = arith.divf %v37, %v203 : f32
                %v205 = arith.muli %v27, %v95 : i64
                %v206 = arith.muli %v25, %v94 : i64
                %v207 = arith.addi %v205, %v206 : i64
                %v208 = arith.muli %v183, %v1 : i64
                %v209 = arith.addi %v207, %v208 : i64
                %v210 = llvm.getelementptr %in_gate_a[%v209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v211 = llvm.load %v210 : !llvm.ptr -> f32
                %v212 = arith.negf %v211 : f32
                %v213 = arith.mulf %v212, %v113 fastmath<contract> : f32
                %v214 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v213) : (f32) -> f32
                %v215 = arith.addf %v37, %v214 fastmath<contract> : f32
                %v216 = arith.divf %v37, %v215 : f32
                %v217 = arith.mulf %v118, %v216 fastmath<contract> : f32
                %v218 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v204) : (f32) -> f32
                %v219 = arith.mulf %v217, %v218 fastmath<contract> : f32
                %v220 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v219) : (f32) -> f32
                llvm.store %v220, %v34 : f32, !llvm.ptr
                %v221 = arith.addi %v76, %v29 : i64
                %v223 = arith.cmpi slt, %v222, %v82 : i32
                %v224 = arith.cmpi eq, %v222, %v88 : i32
                %v225 = arith.addi %v58, %v221 : i64
                %v226 = arith.muli %v27, %v95 : i64
                %v227 = arith.muli %v25, %v94 : i64
                %v228 = arith.addi %v226, %v227 : i64
                %v229 = arith.muli %v225, %v1 : i64
                %v230 = arith.addi %v228, %v229 : i64
                %v231 = llvm.getelementptr %dy_y[%v230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v232 = llvm.load %v231 : !llvm.ptr -> f32
                %v233 = llvm.load %v33 : !llvm.ptr -> f32
                %v234 = llvm.load %v34 : !llvm.ptr -> f32
                %v235 = arith.mulf %v234, %v233 fastmath<contract> : f32
                %v236 = arith.addf %v232, %v235 fastmath<contract> : f32
                llvm.store %v236, %v33 : f32, !llvm.ptr
                %v237 = llvm.load %v38 : !llvm.ptr -> f32
                %v238 = arith.mulf %v237, %v234 fastmath<contract> : f32
                llvm.store %v238, %v38 : f32, !llvm.ptr
                scf.if %v224 {
                }
                %v239 = arith.muli %v25, %v1 : i64
                %v240 = llvm.getelementptr %in_Lambda[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v241 = llvm.load %v240 : !llvm.ptr -> f32
                %v242 = arith.negf %v241 : f32
                %v243 = arith.mulf %v242, %v113 fastmath<contract> : f32
                %v244 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v243) : (f32) -> f32
                %v245 = arith.addf %v37, %v244 fastmath<contract> : f32
                %v246 = arith.divf %v37, %v245 : f32
                %v247 = arith.muli %v27, %v95 : i64
                %v248 = arith.muli %v25, %v94 : i64
                %v249 = arith.addi %v247, %v248 : i64
                %v250 = arith.muli %v225, %v1 : i64
                %v251 = arith.addi %v249, %v250 : i64
                %v252 = llvm.getelementptr %in_gate_a[%v251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v253 = llvm.load %v252 : !llvm.ptr -> f32
                %v254 = arith.negf %v253 : f32
                %v255 = arith.mulf %v254, %v113 fastmath<contract> : f32
                %v256 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v255) : (f32) -> f32
                %v257 = arith.addf %v37, %v256 fastmath<contract> : f32
                %v258 = arith.divf %v37, %v257 : f32
                %v259 = arith.mulf %v118, %v258 fastmath<contract> : f32
                %v260 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v246) : (f32) -> f32
                %v261 = arith.mulf %v259, %v260 fastmath<contract> : f32
                %v262 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v261) : (f32) -> f32
                llvm.store %v262, %v34 : f32, !llvm.ptr
                %v264 = arith.addi %v76, %v263 : i64
                %v266 = arith.cmpi slt, %v265, %v82 : i32
                %v267 = arith.cmpi eq, %v265, %v88 : i32
                %v268 = arith.addi %v58, %v264 : i64
                %v269 = arith.muli %v27, %v95 : i64
                %v270 = arith.muli %v25, %v94 : i64
                %v271 = arith.addi %v269, %v270 : i64
                %v272 = arith.muli %v268, %v1 : i64
                %v273 = arith.addi %v271, %v272 : i64
                %v274 = llvm.getelementptr %dy_y[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v275 = llvm.load %v274 : !llvm.ptr -> f32
                %v276 = llvm.load %v33 : !llvm.ptr -> f32
                %v277 = llvm.load %v34 : !llvm.ptr -> f32
                %v278 = arith.mulf %v277, %v276 fastmath<contract> : f32
                %v279 = arith.addf %v275, %v278 fastmath<contract> : f32
                llvm.store %v279, %v33 : f32, !llvm.ptr
                %v280 = llvm.load %v38 : !llvm.ptr -> f32
                %v281 = arith.mulf %v280, %v277 fastmath<contract> : f32
                llvm.store %v281, %v38 : f32, !llvm.ptr
                scf.if %v267 {
                }
                %v282 = arith.muli %v25, %v1 : i64
                %v283 = llvm.getelementptr %in_Lambda[%v282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v284 = llvm.load %v283 : !llvm.ptr -> f32
                %v285 = arith.negf %v284 : f32
                %v286 = arith.mulf %v285, %v113 fastmath<contract> : f32
                %v287 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v286) : (f32) -> f32
                %v288 = arith.addf %v37, %v287 fastmath<contract> : f32
                %v289 = arith.divf %v37, %v288 : f32
                %v290 = arith.muli %v27, %v95 : i64
                %v291 = arith.muli %v25, %v94 : i64
                %v292 = arith.addi %v290, %v291 : i64
                %v293 = arith.muli %v268, %v1 : i64
                %v294 = arith.addi %v292, %v293 : i64
                %v295 = llvm.getelementptr %in_gate_a[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v296 = llvm.load %v295 : !llvm.ptr -> f32
                %v297 = arith.negf %v296 : f32
                %v298 = arith.mulf %v297, %v113 fastmath<contract> : f32
                %v299 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v298) : (f32) -> f32
                %v300 = arith.addf %v37, %v299 fastmath<contract> : f32
                %v301 = arith.divf %v37, %v300 : f32
                %v302 = arith.mulf %v118, %v301 fastmath<contract> : f32
                %v303 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v289) : (f32) -> f32
                %v304 = arith.mulf %v302, %v303 fastmath<contract> : f32
                %v305 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v304) : (f32) -> f32
                llvm.store %v305, %v34 : f32, !llvm.ptr
                %v307 = arith.addi %v76, %v306 : i64
                %v309 = arith.cmpi slt, %v308, %v82 : i32
                %v310 = arith.cmpi eq, %v308, %v88 : i32
                %v311 = arith.addi %v58, %v307 : i64
                %v312 = arith.muli %v27, %v95 : i64
                %v313 = arith.muli %v25, %v94 : i64
                %v314 = arith.addi %v312, %v313 : i64
                %v315 = arith.muli %v311, %v1 : i64
                %v316 = arith.addi %v314, %v315 : i64
                %v317 = llvm.getelementptr %dy_y[%v316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v318 = llvm.load %v317 : !llvm.ptr -> f32
                %v319 = llvm.load %v33 : !llvm.ptr -> f32
                %v320 = llvm.load %v34 : !llvm.ptr -> f32
                %v321 = arith.mulf %v320, %v319 fastmath<contract> : f32
                %v322 = arith.addf %v318, %v321 fastmath<contract> : f32
                llvm.store %v322, %v33 : f32, !llvm.ptr
                %v323 = llvm.load %v38 : !llvm.ptr -> f32
                %v324 = arith.mulf %v323, %v320 fastmath<contract> : f32
                llvm.store %v324, %v38 : f32, !llvm.ptr
                scf.if %v310 {
                }
                %v325 = arith.muli %v25, %v1 : i64
                %v326 = llvm.getelementptr %in_Lambda[%v325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v327 = llvm.load %v326 : !llvm.ptr -> f32
                %v328 = arith.negf %v327 : f32
                %v329 = arith.mulf %v328, %v113 fastmath<contract> : f32
                %v330 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v329) : (f32) -> f32
                %v331 = arith.addf %v37, %v330 fastmath<contract> : f32
                %v332 = arith.divf %v37, %v331 : f32
                %v333 = arith.muli %v27, %v95 : i64
                %v334 = arith.muli %v25, %v94 : i64
                %v335 = arith.addi %v333, %v334 : i64
                %v336 = arith.muli %v311, %v1 : i64
                %v337 = arith.addi %v335, %v336 : i64
                %v338 = llvm.getelementptr %in_gate_a[%v337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v339 = llvm.load %v338 : !llvm.ptr -> f32
                %v340 = arith.negf %v339 : f32
                %v341 = arith.mulf %v340, %v113 fastmath<contract> : f32
                %v342 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v341) : (f32) -> f32
                %v343 = arith.addf %v37, %v342 fastmath<contract> : f32
                %v344 = arith.divf %v37, %v343 : f32
                %v345 = arith.mulf %v118, %v344 fastmath<contract> : f32
                %v346 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v332) : (f32) -> f32
                %v347 = arith.mulf %v345, %v346 fastmath<contract> : f32
                %v348 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v347) : (f32) -> f32
                llvm.store %v348, %v34 : f32, !llvm.ptr
                %v349 = arith.addi %v76, %v1 : i64
                %v351 = arith.cmpi slt, %v350, %v82 : i32
                %v352 = arith.cmpi eq, %v350, %v88 : i32
                %v353 = arith.addi %v58, %v349 : i64
                %v354 = arith.muli %v27, %v95 : i64
                %v355 = arith.muli %v25, %v94 : i64
                %v356 = arith.addi %v354, %v355 : i64
                %v357 = arith.muli %v353, %v1 : i64
                %v358 = arith.addi %v356, %v357 : i64
                %v359 = llvm.getelementptr %dy_y[%v358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v360 = llvm.load %v359 : !llvm.ptr -> f32
                %v361 = llvm.load %v33 : !llvm.ptr -> f32
                %v362 = llvm.load %v34 : !llvm.ptr -> f32
                %v363 = arith.mulf %v362, %v361 fastmath<contract> : f32
                %v364 = arith.addf %v360, %v363 fastmath<contract> : f32
                llvm.store %v364, %v33 : f32, !llvm.ptr
                %v365 = llvm.load %v38 : !llvm.ptr -> f32
                %v366 = arith.mulf %v365, %v362 fastmath<contract> : f32
                llvm.store %v366, %v38 : f32, !llvm.ptr
                scf.if %v352 {
                }
                %v367 = arith.muli %v25, %v1 : i64
                %v368 = llvm.getelementptr %in_Lambda[%v367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v369 = llvm.load %v368 : !llvm.ptr -> f32
                %v370 = arith.negf %v369 : f32
                %v371 = arith.mulf %v370, %v113 fastmath<contract> : f32
                %v372 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v371) : (f32) -> f32
                %v373 = arith.addf %v37, %v372 fastmath<contract> : f32
                %v374 = arith.divf %v37, %v373 : f32
                %v375 = arith.muli %v27, %v95 : i64
                %v376 = arith.muli %v25, %v94 : i64
                %v377 = arith.addi %v375, %v376 : i64
                %v378 = arith.muli %v353, %v1 : i64
                %v379 = arith.addi %v377, %v378 : i64
                %v380 = llvm.getelementptr %in_gate_a[%v379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v381 = llvm.load %v380 : !llvm.ptr -> f32
                %v382 = arith.negf %v381 : f32
                %v383 = arith.mulf %v382, %v113 fastmath<contract> : f32
                %v384 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v383) : (f32) -> f32
                %v385 = arith.addf %v37, %v384 fastmath<contract> : f32
                %v386 = arith.divf %v37, %v385 : f32
                %v387 = arith.mulf %v118, %v386 fastmath<contract> : f32
                %v388 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v374) : (f32) -> f32
                %v389 = arith.mulf %v387, %v388 fastmath<contract> : f32
                %v390 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v389) : (f32) -> f32
                llvm.store %v390, %v34 : f32, !llvm.ptr
                %v391 = arith.addi %v76, %v39 : i64
                %v393 = arith.cmpi slt, %v392, %v82 : i32
                %v394 = arith.cmpi eq, %v392, %v88 : i32
                %v395 = arith.addi %v58, %v391 : i64
                %v396 = arith.muli %v27, %v95 : i64
                %v397 = arith.muli %v25, %v94 : i64
                %v398 = arith.addi %v396, %v397 : i64
                %v399 = arith.muli %v395, %v1 : i64
                %v400 = arith.addi %v398, %v399 : i64
                %v401 = llvm.getelementptr %dy_y[%v400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v402 = llvm.load %v401 : !llvm.ptr -> f32
                %v403 = llvm.load %v33 : !llvm.ptr -> f32
                %v404 = llvm.load %v34 : !llvm.ptr -> f32
                %v405 = arith.mulf %v404, %v403 fastmath<contract> : f32
                %v406 = arith.addf %v402, %v405 fastmath<contract> : f32
                llvm.store %v406, %v33 : f32, !llvm.ptr
                %v407 = llvm.load %v38 : !llvm.ptr -> f32
                %v408 = arith.mulf %v407, %v404 fastmath<contract> : f32
                llvm.store %v408, %v38 : f32, !llvm.ptr
                scf.if %v394 {
                }
                %v409 = arith.muli %v25, %v1 : i64
                %v410 = llvm.getelementptr %in_Lambda[%v409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v411 = llvm.load %v410 : !llvm.ptr -> f32
                %v412 = arith.negf %v411 : f32
                %v413 = arith.mulf %v412, %v113 fastmath<contract> : f32
                %v414 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v413) : (f32) -> f32
                %v415 = arith.addf %v37, %v414 fastmath<contract> : f32
                %v416 = arith.divf %v37, %v415 : f32
                %v417 = arith.muli %v27, %v95 : i64
                %v418 = arith.muli %v25, %v94 : i64
                %v419 = arith.addi %v417, %v418 : i64
                %v420 = arith.muli %v395, %v1 : i64
                %v421 = arith.addi %v419, %v420 : i64
                %v422 = llvm.getelementptr %in_gate_a[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v423 = llvm.load %v422 : !llvm.ptr -> f32
                %v424 = arith.negf %v423 : f32
                %v425 = arith.mulf %v424, %v113 fastmath<contract> : f32
                %v426 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v425) : (f32) -> f32
                %v427 = arith.addf %v37, %v426 fastmath<contract> : f32
                %v428 = arith.divf %v37, %v427 : f32
                %v429 = arith.mulf %v118, %v428 fastmath<contract> : f32
                %v430 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v416) : (f32) -> f32
                %v431 = arith.mulf %v429, %v430 fastmath<contract> : f32
                %v432 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v431) : (f32) -> f32
                llvm.store %v432, %v34 : f32, !llvm.ptr
              } else {
                %v433 = arith.subi %v60, %v1 : i64
                // the group's states, recomputed into registers
                %v434 = arith.subi %v60, %v76 : i64
                %v435 = arith.trunci %v434 : i64 to i32
                %v436 = arith.subi %size_L, %v1 : i64
                %v437 = arith.addi %v58, %v76 : i64
                %v438 = arith.subi %v436, %v437 : i64
                %v439 = arith.minsi %v438, %v86 : i64
                %v440 = arith.trunci %v439 : i64 to i32
                %v441 = arith.addi %v76, %v43 : i64
                %v442 = arith.cmpi slt, %v90, %v435 : i32
                %v443 = arith.cmpi eq, %v90, %v440 : i32
                scf.if %v442 {
                  %v444 = arith.addi %v58, %v441 : i64
                  %v445 = arith.muli %v27, %v95 : i64
                  %v446 = arith.muli %v25, %v94 : i64
                  %v447 = arith.addi %v445, %v446 : i64
                  %v448 = arith.muli %v444, %v1 : i64
                  %v449 = arith.addi %v447, %v448 : i64
                  %v450 = llvm.getelementptr %dy_y[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v451 = llvm.load %v450 : !llvm.ptr -> f32
                  %v452 = llvm.load %v33 : !llvm.ptr -> f32
                  %v453 = llvm.load %v34 : !llvm.ptr -> f32
                  %v454 = arith.mulf %v453, %v452 fastmath<contract> : f32
                  %v455 = arith.addf %v451, %v454 fastmath<contract> : f32
                  llvm.store %v455, %v33 : f32, !llvm.ptr
                  %v456 = llvm.load %v38 : !llvm.ptr -> f32
                  %v457 = arith.mulf %v456, %v453 fastmath<contract> : f32
                  llvm.store %v457, %v38 : f32, !llvm.ptr
                  scf.if %v443 {
                  }
                  %v458 = arith.muli %v25, %v1 : i64
                  %v459 = llvm.getelementptr %in_Lambda[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v460 = llvm.load %v459 : !llvm.ptr -> f32
                  %v461 = arith.negf %v460 : f32
                  %v462 = arith.mulf %v461, %v113 fastmath<contract> : f32
                  %v463 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v462) : (f32) -> f32
                  %v464 = arith.addf %v37, %v463 fastmath<contract> : f32
                  %v465 = arith.divf %v37, %v464 : f32
                  %v466 = arith.muli %v27, %v95 : i64
                  %v467 = arith.muli %v25, %v94 : i64
                  %v468 = arith.addi %v466, %v467 : i64
                  %v469 = arith.muli %v444, %v1 : i64
                  %v470 = arith.addi %v468, %v469 : i64
                  %v471 = llvm.getelementptr %in_gate_a[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v472 = llvm.load %v471 : !llvm.ptr -> f32
                  %v473 = arith.negf %v472 : f32
                  %v474 = arith.mulf %v473, %v113 fastmath<contract> : f32
                  %v475 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v474) : (f32) -> f32
                  %v476 = arith.addf %v37, %v475 fastmath<contract> : f32
                  %v477 = arith.divf %v37, %v476 : f32
                  %v478 = arith.mulf %v118, %v477 fastmath<contract> : f32
                  %v479 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v465) : (f32) -> f32
                  %v480 = arith.mulf %v478, %v479 fastmath<contract> : f32
                  %v481 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v480) : (f32) -> f32
                  llvm.store %v481, %v34 : f32, !llvm.ptr
                }
                %v482 = arith.addi %v76, %v135 : i64
                %v483 = arith.cmpi slt, %v137, %v435 : i32
                %v484 = arith.cmpi eq, %v137, %v440 : i32
                scf.if %v483 {
                  %v485 = arith.addi %v58, %v482 : i64
                  %v486 = arith.muli %v27, %v95 : i64
                  %v487 = arith.muli %v25, %v94 : i64
                  %v488 = arith.addi %v486, %v487 : i64
                  %v489 = arith.muli %v485, %v1 : i64
                  %v490 = arith.addi %v488, %v489 : i64
                  %v491 = llvm.getelementptr %dy_y[%v490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v492 = llvm.load %v491 : !llvm.ptr -> f32
                  %v493 = llvm.load %v33 : !llvm.ptr -> f32
                  %v494 = llvm.load %v34 : !llvm.ptr -> f32
                  %v495 = arith.mulf %v494, %v493 fastmath<contract> : f32
                  %v496 = arith.addf %v492, %v495 fastmath<contract> : f32
                  llvm.store %v496, %v33 : f32, !llvm.ptr
                  %v497 = llvm.load %v38 : !llvm.ptr -> f32
                  %v498 = arith.mulf %v497, %v494 fastmath<contract> : f32
                  llvm.store %v498, %v38 : f32, !llvm.ptr
                  scf.if %v484 {
                  }
                  %v499 = arith.muli %v25, %v1 : i64
                  %v500 = llvm.getelementptr %in_Lambda[%v499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v501 = llvm.load %v500 : !llvm.ptr -> f32
                  %v502 = arith.negf %v501 : f32
                  %v503 = arith.mulf %v502, %v113 fastmath<contract> : f32
                  %v504 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v503) : (f32) -> f32
                  %v505 = arith.addf %v37, %v504 fastmath<contract> : f32
                  %v506 = arith.divf %v37, %v505 : f32
                  %v507 = arith.muli %v27, %v95 : i64
                  %v508 = arith.muli %v25, %v94 : i64
                  %v509 = arith.addi %v507, %v508 : i64
                  %v510 = arith.muli %v485, %v1 : i64
                  %v511 = arith.addi %v509, %v510 : i64
                  %v512 = llvm.getelementptr %in_gate_a[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v513 = llvm.load %v512 : !llvm.ptr -> f32
                  %v514 = arith.negf %v513 : f32
                  %v515 = arith.mulf %v514, %v113 fastmath<contract> : f32
                  %v516 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v515) : (f32) -> f32
                  %v517 = arith.addf %v37, %v516 fastmath<contract> : f32
                  %v518 = arith.divf %v37, %v517 : f32
                  %v519 = arith.mulf %v118, %v518 fastmath<contract> : f32
                  %v520 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v506) : (f32) -> f32
                  %v521 = arith.mulf %v519, %v520 fastmath<contract> : f32
                  %v522 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v521) : (f32) -> f32
                  llvm.store %v522, %v34 : f32, !llvm.ptr
                }
                %v523 = arith.addi %v76, %v178 : i64
                %v524 = arith.cmpi slt, %v180, %v435 : i32
                %v525 = arith.cmpi eq, %v180, %v440 : i32
                scf.if %v524 {
                  %v526 = arith.addi %v58, %v523 : i64
                  %v527 = arith.muli %v27, %v95 : i64
                  %v528 = arith.muli %v25, %v94 : i64
                  %v529 = arith.addi %v527, %v528 : i64
                  %v530 = arith.muli %v526, %v1 : i64
                  %v531 = arith.addi %v529, %v530 : i64
                  %v532 = llvm.getelementptr %dy_y[%v531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v533 = llvm.load %v532 : !llvm.ptr -> f32
                  %v534 = llvm.load %v33 : !llvm.ptr -> f32
                  %v535 = llvm.load %v34 : !llvm.ptr -> f32
                  %v536 = arith.mulf %v535, %v534 fastmath<contract> : f32
                  %v537 = arith.addf %v533, %v536 fastmath<contract> : f32
                  llvm.store %v537, %v33 : f32, !llvm.ptr
                  %v538 = llvm.load %v38 : !llvm.ptr -> f32
                  %v539 = arith.mulf %v538, %v535 fastmath<contract> : f32
                  llvm.store %v539, %v38 : f32, !llvm.ptr
                  scf.if %v525 {
                  }
                  %v540 = arith.muli %v25, %v1 : i64
                  %v541 = llvm.getelementptr %in_Lambda[%v540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v542 = llvm.load %v541 : !llvm.ptr -> f32
                  %v543 = arith.negf %v542 : f32
                  %v544 = arith.mulf %v543, %v113 fastmath<contract> : f32
                  %v545 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v544) : (f32) -> f32
                  %v546 = arith.addf %v37, %v545 fastmath<contract> : f32
                  %v547 = arith.divf %v37, %v546 : f32
                  %v548 = arith.muli %v27, %v95 : i64
                  %v549 = arith.muli %v25, %v94 : i64
                  %v550 = arith.addi %v548, %v549 : i64
                  %v551 = arith.muli %v526, %v1 : i64
                  %v552 = arith.addi %v550, %v551 : i64
                  %v553 = llvm.getelementptr %in_gate_a[%v552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v554 = llvm.load %v553 : !llvm.ptr -> f32
                  %v555 = arith.negf %v554 : f32
                  %v556 = arith.mulf %v555, %v113 fastmath<contract> : f32
                  %v557 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v556) : (f32) -> f32
                  %v558 = arith.addf %v37, %v557 fastmath<contract> : f32
                  %v559 = arith.divf %v37, %v558 : f32
                  %v560 = arith.mulf %v118, %v559 fastmath<contract> : f32
                  %v561 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v547) : (f32) -> f32
                  %v562 = arith.mulf %v560, %v561 fastmath<contract> : f32
                  %v563 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v562) : (f32) -> f32
                  llvm.store %v563, %v34 : f32, !llvm.ptr
                }
                %v564 = arith.addi %v76, %v29 : i64
                %v565 = arith.cmpi slt, %v222, %v435 : i32
                %v566 = arith.cmpi eq, %v222, %v440 : i32
                scf.if %v565 {
                  %v567 = arith.addi %v58, %v564 : i64
                  %v568 = arith.muli %v27, %v95 : i64
                  %v569 = arith.muli %v25, %v94 : i64
                  %v570 = arith.addi %v568, %v569 : i64
                  %v571 = arith.muli %v567, %v1 : i64
                  %v572 = arith.addi %v570, %v571 : i64
                  %v573 = llvm.getelementptr %dy_y[%v572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v574 = llvm.load %v573 : !llvm.ptr -> f32
                  %v575 = llvm.load %v33 : !llvm.ptr -> f32
                  %v576 = llvm.load %v34 : !llvm.ptr -> f32
                  %v577 = arith.mulf %v576, %v575 fastmath<contract> : f32
                  %v578 = arith.addf %v574, %v577 fastmath<contract> : f32
                  llvm.store %v578, %v33 : f32, !llvm.ptr
                  %v579 = llvm.load %v38 : !llvm.ptr -> f32
                  %v580 = arith.mulf %v579, %v576 fastmath<contract> : f32
                  llvm.store %v580, %v38 : f32, !llvm.ptr
                  scf.if %v566 {
                  }
                  %v581 = arith.muli %v25, %v1 : i64
                  %v582 = llvm.getelementptr %in_Lambda[%v581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v583 = llvm.load %v582 : !llvm.ptr -> f32
                  %v584 = arith.negf %v583 : f32
                  %v585 = arith.mulf %v584, %v113 fastmath<contract> : f32
                  %v586 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v585) : (f32) -> f32
                  %v587 = arith.addf %v37, %v586 fastmath<contract> : f32
                  %v588 = arith.divf %v37, %v587 : f32
                  %v589 = arith.muli %v27, %v95 : i64
                  %v590 = arith.muli %v25, %v94 : i64
                  %v591 = arith.addi %v589, %v590 : i64
                  %v592 = arith.muli %v567, %v1 : i64
                  %v593 = arith.addi %v591, %v592 : i64
                  %v594 = llvm.getelementptr %in_gate_a[%v593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v595 = llvm.load %v594 : !llvm.ptr -> f32
                  %v596 = arith.negf %v595 : f32
                  %v597 = arith.mulf %v596, %v113 fastmath<contract> : f32
                  %v598 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v597) : (f32) -> f32
                  %v599 = arith.addf %v37, %v598 fastmath<contract> : f32
                  %v600 = arith.divf %v37, %v599 : f32
                  %v601 = arith.mulf %v118, %v600 fastmath<contract> : f32
                  %v602 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v588) : (f32) -> f32
                  %v603 = arith.mulf %v601, %v602 fastmath<contract> : f32
                  %v604 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v603) : (f32) -> f32
                  llvm.store %v604, %v34 : f32, !llvm.ptr
                }
                %v605 = arith.addi %v76, %v263 : i64
                %v606 = arith.cmpi slt, %v265, %v435 : i32
                %v607 = arith.cmpi eq, %v265, %v440 : i32
                scf.if %v606 {
                  %v608 = arith.addi %v58, %v605 : i64
                  %v609 = arith.muli %v27, %v95 : i64
                  %v610 = arith.muli %v25, %v94 : i64
                  %v611 = arith.addi %v609, %v610 : i64
                  %v612 = arith.muli %v608, %v1 : i64
                  %v613 = arith.addi %v611, %v612 : i64
                  %v614 = llvm.getelementptr %dy_y[%v613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v615 = llvm.load %v614 : !llvm.ptr -> f32
                  %v616 = llvm.load %v33 : !llvm.ptr -> f32
                  %v617 = llvm.load %v34 : !llvm.ptr -> f32
                  %v618 = arith.mulf %v617, %v616 fastmath<contract> : f32
                  %v619 = arith.addf %v615, %v618 fastmath<contract> : f32
                  llvm.store %v619, %v33 : f32, !llvm.ptr
                  %v620 = llvm.load %v38 : !llvm.ptr -> f32
                  %v621 = arith.mulf %v620, %v617 fastmath<contract> : f32
                  llvm.store %v621, %v38 : f32, !llvm.ptr
                  scf.if %v607 {
                  }
                  %v622 = arith.muli %v25, %v1 : i64
                  %v623 = llvm.getelementptr %in_Lambda[%v622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v624 = llvm.load %v623 : !llvm.ptr -> f32
                  %v625 = arith.negf %v624 : f32
                  %v626 = arith.mulf %v625, %v113 fastmath<contract> : f32
                  %v627 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v626) : (f32) -> f32
                  %v628 = arith.addf %v37, %v627 fastmath<contract> : f32
                  %v629 = arith.divf %v37, %v628 : f32
                  %v630 = arith.muli %v27, %v95 : i64
                  %v631 = arith.muli %v25, %v94 : i64
                  %v632 = arith.addi %v630, %v631 : i64
                  %v633 = arith.muli %v608, %v1 : i64
                  %v634 = arith.addi %v632, %v633 : i64
                  %v635 = llvm.getelementptr %in_gate_a[%v634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v636 = llvm.load %v635 : !llvm.ptr -> f32
                  %v637 = arith.negf %v636 : f32
                  %v638 = arith.mulf %v637, %v113 fastmath<contract> : f32
                  %v639 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v638) : (f32) -> f32
                  %v640 = arith.addf %v37, %v639 fastmath<contract> : f32
                  %v641 = arith.divf %v37, %v640 : f32
                  %v642 = arith.mulf %v118, %v641 fastmath<contract> : f32
                  %v643 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v629) : (f32) -> f32
                  %v644 = arith.mulf %v642, %v643 fastmath<contract> : f32
                  %v645 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v644) : (f32) -> f32
                  llvm.store %v645, %v34 : f32, !llvm.ptr
                }
                %v646 = arith.addi %v76, %v306 : i64
                %v647 = arith.cmpi slt, %v308, %v435 : i32
                %v648 = arith.cmpi eq, %v308, %v440 : i32
                scf.if %v647 {
                  %v649 = arith.addi %v58, %v646 : i64
                  %v650 = arith.muli %v27, %v95 : i64
                  %v651 = arith.muli %v25, %v94 : i64
                  %v652 = arith.addi %v650, %v651 : i64
                  %v653 = arith.muli %v649, %v1 : i64
                  %v654 = arith.addi %v652, %v653 : i64
                  %v655 = llvm.getelementptr %dy_y[%v654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v656 = llvm.load %v655 : !llvm.ptr -> f32
                  %v657 = llvm.load %v33 : !llvm.ptr -> f32
                  %v658 = llvm.load %v34 : !llvm.ptr -> f32
                  %v659 = arith.mulf %v658, %v657 fastmath<contract> : f32
                  %v660 = arith.addf %v656, %v659 fastmath<contract> : f32
                  llvm.store %v660, %v33 : f32, !llvm.ptr
                  %v661 = llvm.load %v38 : !llvm.ptr -> f32
                  %v662 = arith.mulf %v661, %v658 fastmath<contract> : f32
                  llvm.store %v662, %v38 : f32, !llvm.ptr
                  scf.if %v648 {
                  }
                  %v663 = arith.muli %v25, %v1 : i64
                  %v664 = llvm.getelementptr %in_Lambda[%v663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v665 = llvm.load %v664 : !llvm.ptr -> f32
                  %v666 = arith.negf %v665 : f32
                  %v667 = arith.mulf %v666, %v113 fastmath<contract> : f32
                  %v668 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v667) : (f32) -> f32
                  %v669 = arith.addf %v37, %v668 fastmath<contract> : f32
                  %v670 = arith.divf %v37, %v669 : f32
                  %v671 = arith.muli %v27, %v95 : i64
                  %v672 = arith.muli %v25, %v94 : i64
                  %v673 = arith.addi %v671, %v672 : i64
                  %v674 = arith.muli %v649, %v1 : i64
                  %v675 = arith.addi %v673, %v674 : i64
                  %v676 = llvm.getelementptr %in_gate_a[%v675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v677 = llvm.load %v676 : !llvm.ptr -> f32
                  %v678 = arith.negf %v677 : f32
                  %v679 = arith.mulf %v678, %v113 fastmath<contract> : f32
                  %v680 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v679) : (f32) -> f32
                  %v681 = arith.addf %v37, %v680 fastmath<contract> : f32
                  %v682 = arith.divf %v37, %v681 : f32
                  %v683 = arith.mulf %v118, %v682 fastmath<contract> : f32
                  %v684 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v670) : (f32) -> f32
                  %v685 = arith.mulf %v683, %v684 fastmath<contract> : f32
                  %v686 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v685) : (f32) -> f32
                  llvm.store %v686, %v34 : f32, !llvm.ptr
                }
                %v687 = arith.addi %v76, %v1 : i64
                %v688 = arith.cmpi slt, %v350, %v435 : i32
                %v689 = arith.cmpi eq, %v350, %v440 : i32
                scf.if %v688 {
                  %v690 = arith.addi %v58, %v687 : i64
                  %v691 = arith.muli %v27, %v95 : i64
                  %v692 = arith.muli %v25, %v94 : i64
                  %v693 = arith.addi %v691, %v692 : i64
                  %v694 = arith.muli %v690, %v1 : i64
                  %v695 = arith.addi %v693, %v694 : i64
                  %v696 = llvm.getelementptr %dy_y[%v695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v697 = llvm.load %v696 : !llvm.ptr -> f32
                  %v698 = llvm.load %v33 : !llvm.ptr -> f32
                  %v699 = llvm.load %v34 : !llvm.ptr -> f32
                  %v700 = arith.mulf %v699, %v698 fastmath<contract> : f32
                  %v701 = arith.addf %v697, %v700 fastmath<contract> : f32
                  llvm.store %v701, %v33 : f32, !llvm.ptr
                  %v702 = llvm.load %v38 : !llvm.ptr -> f32
                  %v703 = arith.mulf %v702, %v699 fastmath<contract> : f32
                  llvm.store %v703, %v38 : f32, !llvm.ptr
                  scf.if %v689 {
                  }
                  %v704 = arith.muli %v25, %v1 : i64
                  %v705 = llvm.getelementptr %in_Lambda[%v704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v706 = llvm.load %v705 : !llvm.ptr -> f32
                  %v707 = arith.negf %v706 : f32
                  %v708 = arith.mulf %v707, %v113 fastmath<contract> : f32
                  %v709 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v708) : (f32) -> f32
                  %v710 = arith.addf %v37, %v709 fastmath<contract> : f32
                  %v711 = arith.divf %v37, %v710 : f32
                  %v712 = arith.muli %v27, %v95 : i64
                  %v713 = arith.muli %v25, %v94 : i64
                  %v714 = arith.addi %v712, %v713 : i64
                  %v715 = arith.muli %v690, %v1 : i64
                  %v716 = arith.addi %v714, %v715 : i64
                  %v717 = llvm.getelementptr %in_gate_a[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v718 = llvm.load %v717 : !llvm.ptr -> f32
                  %v719 = arith.negf %v718 : f32
                  %v720 = arith.mulf %v719, %v113 fastmath<contract> : f32
                  %v721 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v720) : (f32) -> f32
                  %v722 = arith.addf %v37, %v721 fastmath<contract> : f32
                  %v723 = arith.divf %v37, %v722 : f32
                  %v724 = arith.mulf %v118, %v723 fastmath<contract> : f32
                  %v725 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v711) : (f32) -> f32
                  %v726 = arith.mulf %v724, %v725 fastmath<contract> : f32
                  %v727 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v726) : (f32) -> f32
                  llvm.store %v727, %v34 : f32, !llvm.ptr
                }
                %v728 = arith.addi %v76, %v39 : i64
                %v729 = arith.cmpi slt, %v392, %v435 : i32
                %v730 = arith.cmpi eq, %v392, %v440 : i32
                scf.if %v729 {
                  %v731 = arith.addi %v58, %v728 : i64
                  %v732 = arith.muli %v27, %v95 : i64
                  %v733 = arith.muli %v25, %v94 : i64
                  %v734 = arith.addi %v732, %v733 : i64
                  %v735 = arith.muli %v731, %v1 : i64
                  %v736 = arith.addi %v734, %v735 : i64
                  %v737 = llvm.getelementptr %dy_y[%v736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v738 = llvm.load %v737 : !llvm.ptr -> f32
                  %v739 = llvm.load %v33 : !llvm.ptr -> f32
                  %v740 = llvm.load %v34 : !llvm.ptr -> f32
                  %v741 = arith.mulf %v740, %v739 fastmath<contract> : f32
                  %v742 = arith.addf %v738, %v741 fastmath<contract> : f32
                  llvm.store %v742, %v33 : f32, !llvm.ptr
                  %v743 = llvm.load %v38 : !llvm.ptr -> f32
                  %v744 = arith.mulf %v743, %v740 fastmath<contract> : f32
                  llvm.store %v744, %v38 : f32, !llvm.ptr
                  scf.if %v730 {
                  }
                  %v745 = arith.muli %v25, %v1 : i64
                  %v746 = llvm.getelementptr %in_Lambda[%v745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v747 = llvm.load %v746 : !llvm.ptr -> f32
                  %v748 = arith.negf %v747 : f32
                  %v749 = arith.mulf %v748, %v113 fastmath<contract> : f32
                  %v750 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v749) : (f32) -> f32
                  %v751 = arith.addf %v37, %v750 fastmath<contract> : f32
                  %v752 = arith.divf %v37, %v751 : f32
                  %v753 = arith.muli %v27, %v95 : i64
                  %v754 = arith.muli %v25, %v94 : i64
                  %v755 = arith.addi %v753, %v754 : i64
                  %v756 = arith.muli %v731, %v1 : i64
                  %v757 = arith.addi %v755, %v756 : i64
                  %v758 = llvm.getelementptr %in_gate_a[%v757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v759 = llvm.load %v758 : !llvm.ptr -> f32
                  %v760 = arith.negf %v759 : f32
                  %v761 = arith.mulf %v760, %v113 fastmath<contract> : f32
                  %v762 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v761) : (f32) -> f32
                  %v763 = arith.addf %v37, %v762 fastmath<contract> : f32
                  %v764 = arith.divf %v37, %v763 : f32
                  %v765 = arith.mulf %v118, %v764 fastmath<contract> : f32
                  %v766 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v752) : (f32) -> f32
                  %v767 = arith.mulf %v765, %v766 fastmath<contract> : f32
                  %v768 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v767) : (f32) -> f32
                  llvm.store %v768, %v34 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v22 {
        %v769 = llvm.load %v33 : !llvm.ptr -> f32
        %v770 = arith.muli %v39, %v7 : i64
        %v771 = arith.addi %v770, %v18 : i64
        %v772 = arith.muli %v771, %v1 : i64
        %v773 = arith.addi %v772, %v39 : i64
        %v774 = arith.muli %v773, %v3 : i64
        %v775 = arith.subi %v3, %v1 : i64
        %v776 = arith.minsi %v21, %v775 : i64
        %v777 = arith.addi %v774, %v776 : i64
        %v778 = llvm.getelementptr %segsum_h[%v777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v769, %v778 : f32, !llvm.ptr
        %v779 = llvm.load %v38 : !llvm.ptr -> f32
        %v780 = arith.muli %v1, %v7 : i64
        %v781 = arith.addi %v780, %v18 : i64
        %v782 = arith.muli %v781, %v1 : i64
        %v783 = arith.addi %v782, %v39 : i64
        %v784 = arith.muli %v783, %v3 : i64
        %v785 = arith.subi %v3, %v1 : i64
        %v786 = arith.minsi %v21, %v785 : i64
        %v787 = arith.addi %v784, %v786 : i64
        %v788 = llvm.getelementptr %segsum_h[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v779, %v788 : f32, !llvm.ptr
        %v789 = llvm.load %v34 : !llvm.ptr -> f32
        %v790 = arith.muli %v306, %v7 : i64
        %v791 = arith.addi %v790, %v18 : i64
        %v792 = arith.muli %v791, %v1 : i64
        %v793 = arith.addi %v792, %v39 : i64
        %v794 = arith.muli %v793, %v3 : i64
        %v795 = arith.subi %v3, %v1 : i64
        %v796 = arith.minsi %v21, %v795 : i64
        %v797 = arith.addi %v794, %v796 : i64
        %v798 = llvm.getelementptr %segsum_h[%v797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v789, %v798 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
