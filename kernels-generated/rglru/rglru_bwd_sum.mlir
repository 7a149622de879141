module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @rglru_bwd_sum(%in_x: !llvm.ptr, %in_gate_a: !llvm.ptr, %in_gate_x: !llvm.ptr, %in_Lambda: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segsum_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = arith.constant 255 : i64
      %v4 = arith.addi %size_L, %v3 : i64
      %v5 = arith.constant 256 : i64
      %v6 = arith.divui %v4, %v5 : i64
      %v7 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v27 = arith.constant 4 : i64
      %v31 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v33 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v34 = arith.constant 0x00000000 : f32
      %v35 = arith.constant 0x3F800000 : f32
      %v36 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v37 = arith.constant 0 : i64
      %v39 = arith.constant 64 : i64
      %v40 = arith.constant 8 : i64
      %v41 = arith.constant 7 : i64
      %v42 = arith.constant 63 : i64
      %v84 = arith.constant 2147483647 : i64
      %v88 = arith.constant 7 : i32
      %v92 = arith.muli %size_L, %size_D : i64
      %v108 = arith.constant 0x3FB8AA3B : f32
      %v113 = arith.constant 0x41000000 : f32
      %v129 = arith.constant 6 : i64
      %v131 = arith.constant 6 : i32
      %v169 = arith.constant 5 : i64
      %v171 = arith.constant 5 : i32
      %v210 = arith.constant 4 : i32
      %v248 = arith.constant 3 : i64
      %v250 = arith.constant 3 : i32
      %v288 = arith.constant 2 : i64
      %v290 = arith.constant 2 : i32
      %v329 = arith.constant 1 : i32
      %v367 = arith.constant 0 : i32
      %v10 = gpu.block_id x
      %v11 = gpu.thread_id x
      %v12 = arith.index_cast %v11 : index to i64
      %v13 = arith.index_cast %v10 : index to i64
      %v14 = arith.addi %v2, %v3 : i64
      %v15 = arith.divui %v14, %v5 : i64
      %v16 = arith.divui %v13, %v15 : i64
      %v17 = arith.remui %v13, %v15 : i64
      %v18 = arith.muli %v17, %v5 : i64
      %v19 = arith.addi %v18, %v12 : i64
      %v20 = arith.cmpi slt, %v19, %v2 : i64
      %v21 = arith.subi %v2, %v1 : i64
      %v22 = arith.minsi %v19, %v21 : i64
      %v23 = arith.remui %v22, %size_D : i64
      %v24 = arith.divui %v22, %size_D : i64
      %v25 = arith.remui %v24, %size_B : i64
      %v26 = arith.divui %v24, %size_B : i64
      %v28 = arith.muli %v16, %v27 : i64
      %v29 = arith.addi %v28, %v27 : i64
      %v30 = arith.muli %v16, %v2 : i64
      llvm.store %v34, %v31 : f32, !llvm.ptr
      llvm.store %v35, %v32 : f32, !llvm.ptr
      llvm.store %v34, %v33 : f32, !llvm.ptr
      llvm.store %v35, %v36 : f32, !llvm.ptr
      %v38 = arith.cmpi eq, %size_L, %v37 : i64
      scf.if %v38 {
        llvm.store %v34, %v9 : f32, !llvm.ptr
      }
      %v43 = arith.addi %size_L, %v42 : i64
      %v44 = arith.divui %v43, %v39 : i64
      %v45 = arith.minsi %v29, %v44 : i64
      %v46 = arith.muli %v16, %v40 : i64
      %v47 = arith.subi %v45, %v28 : i64
      %v48 = arith.maxsi %v47, %v37 : i64
      %v49 = arith.index_cast %v37 : i64 to index
      %v50 = arith.index_cast %v48 : i64 to index
      %v51 = arith.index_cast %v1 : i64 to index
      scf.for %v52 = %v49 to %v50 step %v51 {
        %v53 = arith.index_cast %v52 : index to i64
        %v54 = arith.subi %v45, %v1 : i64
        %v55 = arith.subi %v54, %v53 : i64
        %v56 = arith.muli %v55, %v39 : i64
        %v57 = arith.subi %size_L, %v56 : i64
        %v58 = arith.minsi %v57, %v39 : i64
        %v59 = arith.addi %v58, %v41 : i64
        %v60 = arith.divui %v59, %v40 : i64
        %v61 = arith.index_cast %v37 : i64 to index
        %v62 = arith.index_cast %v1 : i64 to index
        %v63 = arith.index_cast %v1 : i64 to index
        scf.for %v64 = %v61 to %v62 step %v63 {
          %v65 = arith.index_cast %v64 : index to i64
          %v66 = arith.index_cast %v37 : i64 to index
          %v67 = arith.index_cast %v60 : i64 to index
          %v68 = arith.index_cast %v1 : i64 to index
          scf.for %v69 = %v66 to %v67 step %v68 {
            %v70 = arith.index_cast %v69 : index to i64
            %v71 = arith.cmpi slt, %v70, %v60 : i64
            scf.if %v71 {
              %v72 = arith.subi %v60, %v1 : i64
              %v73 = arith.subi %v72, %v70 : i64
              %v74 = arith.muli %v73, %v40 : i64
              %v75 = arith.addi %v46, %v73 : i64
              %v76 = arith.addi %v74, %v40 : i64
              %v77 = arith.cmpi sle, %v76, %v58 : i64
              scf.if %v77 {
                %v78 = arith.subi %v58, %v1 : i64
                // the group's states, recomputed into registers
                %v79 = arith.subi %v58, %v74 : i64
                %v80 = arith.trunci %v79 : i64 to i32
                %v81 = arith.subi %size_L, %v1 : i64
                %v82 = arith.addi %v56, %v74 : i64
                %v83 = arith.subi %v81, %v82 : i64
                %v85 = arith.minsi %v83, %v84 : i64
                %v86 = arith.trunci %v85 : i64 to i32
                %v87 = arith.addi %v74, %v41 : i64
                %v89 = arith.cmpi slt, %v88, %v80 : i32
                %v90 = arith.cmpi eq, %v88, %v86 : i32
                %v91 = arith.addi %v56, %v87 : i64
                %v93 = arith.muli %v25, %v92 : i64
                %v94 = arith.muli %v23, %size_L : i64
                %v95 = arith.addi %v93, %v94 : i64
                %v96 = arith.addi %v95, %v91 : i64
                %v97 = llvm.getelementptr %dy_y[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v98 = llvm.load %v97 : !llvm.ptr -> f32
                %v99 = llvm.load %v31 : !llvm.ptr -> f32
                %v100 = llvm.load %v32 : !llvm.ptr -> f32
                %v101 = arith.mulf %v100, %v99 fastmath<contract> : f32
                %v102 = arith.addf %v98, %v101 fastmath<contract> : f32
                llvm.store %v102, %v31 : f32, !llvm.ptr
                %v103 = llvm.load %v36 : !llvm.ptr -> f32
                %v104 = arith.mulf %v103, %v100 fastmath<contract> : f32
                llvm.store %v104, %v36 : f32, !llvm.ptr
                scf.if %v90 {
                }
                %v105 = llvm.getelementptr %in_Lambda[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v106 = llvm.load %v105 : !llvm.ptr -> f32
                %v107 = arith.negf %v106 : f32
                %v109 = arith.mulf %v107, %v108 fastmath<contract> : f32
                %v110 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v109) : (f32) -> f32
                %v111 = arith.addf %v35, %v110 fastmath<contract> : f32
                %v112 = arith.divf %v35, %v111 : f32
                %v114 = arith.muli %v25, %v92 : i64
                %v115 = arith.muli %v23, %size_L : i64
                %v116 = arith.addi %v114, %v115 : i64
                %v117 = arith.addi %v116, %v91 : i64
                %v118 = llvm.getelementptr %in_gate_a[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v119 = llvm.load %v118 : !llvm.ptr -> f32
                %v120 = arith.negf %v119 : f32
                %v121 = arith.mulf %v120, %v108 fastmath<contract> : f32
                %v122 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v121) : (f32) -> f32
                %v123 = arith.addf %v35, %v122 fastmath<contract> : f32
                %v124 = arith.divf %v35, %v123 : f32
                %v125 = arith.mulf %v113, %v124 fastmath<contract> : f32
                %v126 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v112) : (f32) -> f32
                %v127 = arith.mulf %v125, %v126 fastmath<contract> : f32
                %v128 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v127) : (f32) -> f32
                llvm.store %v128, %v32 : f32, !llvm.ptr
                %v130 = arith.addi %v74, %v129 : i64
                %v132 = arith.cmpi slt, %v131, %v80 : i32
                %v133 = arith.cmpi eq, %v131, %v86 : i32
                %v134 = arith.addi %v56, %v130 : i64
                %v135 = arith.muli %v25, %v92 : i64
                %v136 = arith.muli %v23, %size_L : i64
                %v137 = arith.addi %v135, %v136 : i64
                %v138 = arith.addi %v137, %v134 : i64
                %v139 = llvm.getelementptr %dy_y[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v140 = llvm.load %v139 : !llvm.ptr -> f32
                %v141 = llvm.load %v31 : !llvm.ptr -> f32
                %v142 = llvm.load %v32 : !llvm.ptr -> f32
                %v143 = arith.mulf %v142, %v141 fastmath<contract> : f32
                %v144 = arith.addf %v140, %v143 fastmath<contract> : f32
                llvm.store %v144, %v31 : f32, !llvm.ptr
                %v145 = llvm.load %v36 : !llvm.ptr -> f32
                %v146 = arith.mulf %v145, %v142 fastmath<contract> : f32
                llvm.store %v146, %v36 : f32, !llvm.ptr
                scf.if %v133 {
                }
                %v147 = llvm.getelementptr %in_Lambda[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v148 = llvm.load %v147 : !llvm.ptr -> f32
                %v149 = arith.negf %v148 : f32
                %v150 = arith.mulf %v149, %v108 fastmath<contract> : f32
                %v151 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v150) : (f32) -> f32
                %v152 = arith.addf %v35, %v151 fastmath<contract> : f32
                %v153 = arith.divf %v35, %v152 : f32
                %v154 = arith.muli %v25, %v92 : i64
                %v155 = arith.muli %v23, %size_L : i64
                %v156 = arith.addi %v154, %v155 : i64
                %v157 = arith.addi %v156, %v134 : i64
                %v158 = llvm.getelementptr %in_gate_a[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v159 = llvm.load %v158 : !llvm.ptr -> f32
                %v160 = arith.negf %v159 : f32
                %v161 = arith.mulf %v160, %v108 fastmath<contract> : f32
                %v162 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v161) : (f32) -> f32
                %v163 = arith.addf %v35, %v162 fastmath<contract> : f32
                %v164 = arith.divf %v35, %v163 : f32
                %v165 = arith.mulf %v113, %v164 fastmath<contract> : f32
                %v166 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v153) : (f32) -> f32
                %v167 = arith.mulf %v165, %v166 fastmath<contract> : f32
                %v168 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v167) : (f32) -> f32
                llvm.store %v168, %v32 : f32, !llvm.ptr
                %v170 = arith.addi %v74, %v169 : i64
                %v172 = arith.cmpi slt, %v171, %v80 : i32
                %v173 = arith.cmpi eq, %v171, %v86 : i32
                %v174 = arith.addi %v56, %v170 : i64
                %v175 = arith.muli %v25, %v92 : i64
                %v176 = arith.muli %v23, %size_L : i64
                %v177 = arith.addi %v175, %v176 : i64
                %v178 = arith.addi %v177, %v174 : i64
                %v179 = llvm.getelementptr %dy_y[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v180 = llvm.load %v179 : !llvm.ptr -> f32
                %v181 = llvm.load %v31 : !llvm.ptr -> f32
                %v182 = llvm.load %v32 : !llvm.ptr -> f32
                %v183 = arith.mulf %v182, %v181 fastmath<contract> : f32
                %v184 = arith.addf %v180, %v183 fastmath<contract> : f32
                llvm.store %v184, %v31 : f32, !llvm.ptr
                %v185 = llvm.load %v36 : !llvm.ptr -> f32
                %v186 = arith.mulf %v185, %v182 fastmath<contract> : f32
                llvm.store %v186, %v36 : f32, !llvm.ptr
                scf.if %v173 {
                }
                %v187 = llvm.getelementptr %in_Lambda[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v188 = llvm.load %v187 : !llvm.ptr -> f32
                %v189 = arith.negf %v188 : f32
                %v190 = arith.mulf %v189, %v108 fastmath<contract> : f32
                %v191 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v190) : (f32) -> f32
                %v192 = arith.addf %v35, %v191 fastmath<contract> : f32
                %v193 = arith.divf %v35, %v192 : f32
                %v194 = arith.muli %v25, %v92 : i64
                %v195 = arith.muli %v23, %size_L : i64
                %v196 = arith.addi %v194, %v195 : i64
                %v197 = arith.addi %v196, %v174 : i64
                %v198 = llvm.getelementptr %in_gate_a[%v197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v199 = llvm.load %v198 : !llvm.ptr -> f32
                %v200 = arith.negf %v199 : f32
                %v201 = arith.mulf %v200, %v108 fastmath<contract> : f32
                %v202 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v201) : (f32) -> f32
                %v203 = arith.addf %v35, %v202 fastmath<contract> : f32
                %v204 = arith.divf %v35, %v203 : f32
                %v205 = arith.mulf %v113, %v204 fastmath<contract> : f32
                %v206 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v193) : (f32) -> f32
                %v207 = arith.mulf %v205, %v206 fastmath<contract> : f32
                %v208 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v207) : (f32) -> f32
                llvm.store %v208, %v32 : f32, !llvm.ptr
                %v209 = arith.addi %v74, %v27 : i64
                %v211 = arith.cmpi slt, %v210, %v80 : i32
                %v212 = arith.cmpi eq, %v210, %v86 : i32
                %v213 = arith.addi %v56, %v209 : i64
                %v214 = arith.muli %v25, %v92 : i64
                %v215 = arith.muli %v23, %size_L : i64
                %v216 = arith.addi %v214, %v215 : i64
                %v217 = arith.addi %v216, %v213 : i64
                %v218 = llvm.getelementptr %dy_y[%v217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v219 = llvm.load %v218 : !llvm.ptr -> f32
                %v220 = llvm.load %v31 : !llvm.ptr -> f32
                %v221 = llvm.load %v32 : !llvm.ptr -> f32
                %v222 = arith.mulf %v221, %v220 fastmath<contract> : f32
                %v223 = arith.addf %v219, %v222 fastmath<contract> : f32
                llvm.store %v223, %v31 : f32, !llvm.ptr
                %v224 = llvm.load %v36 : !llvm.ptr -> f32
                %v225 = arith.mulf %v224, %v221 fastmath<contract> : f32
                llvm.store %v225, %v36 : f32, !llvm.ptr
                scf.if %v212 {
                }
                %v226 = llvm.getelementptr %in_Lambda[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v227 = llvm.load %v226 : !llvm.ptr -> f32
                %v228 = arith.negf %v227 : f32
                %v229 = arith.mulf %v228, %v108 fastmath<contract> : f32
                %v230 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v229) : (f32) -> f32
                %v231 = arith.addf %v35, %v230 fastmath<contract> : f32
                %v232 = arith.divf %v35, %v231 : f32
                %v233 = arith.muli %v25, %v92 : i64
                %v234 = arith.muli %v23, %size_L : i64
                %v235 = arith.addi %v233, %v234 : i64
                %v236 = arith.addi %v235, %v213 : i64
                %v237 = llvm.getelementptr %in_gate_a[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v238 = llvm.load %v237 : !llvm.ptr -> f32
                %v239 = arith.negf %v238 : f32
                %v240 = arith.mulf %v239, %v108 fastmath<contract> : f32
                %v241 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v240) : (f32) -> f32
                %v242 = arith.addf %v35, %v241 fastmath<contract> : f32
                %v243 = arith.divf %v35, %v242 : f32
                %v244 = arith.mulf %v113, %v243 fastmath<contract> : f32
                %v245 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v232) : (f32) -> f32
                %v246 = arith.mulf %v244, %v245 fastmath<contract> : f32
                %v247 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v246) : (f32) -> f32
                llvm.store %v247, %v32 : f32, !llvm.ptr
                %v249 = arith.addi %v74, %v248 : i64
                %v251 = arith.cmpi slt, %v250, %v80 : i32
                %v252 = arith.cmpi eq, %v250, %v86 : i32
                %v253 = arith.addi %v56, %v249 : i64
                %v254 = arith.muli %v25, %v92 : i64
                %v255 = arith.muli %v23, %size_L : i64
                %v256 = arith.addi %v254, %v255 : i64
                %v257 = arith.addi %v256, %v253 : i64
                %v258 = llvm.getelementptr %dy_y[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v259 = llvm.load %v258 : !llvm.ptr -> f32
                %v260 = llvm.load %v31 : !llvm.ptr -> f32
                %v261 = llvm.load %v32 : !llvm.ptr -> f32
                %v262 = arith.mulf %v261, %v260 fastmath<contract> : f32
                %v263 = arith.addf %v259, %v262 fastmath<contract> : f32
                llvm.store %v263, %v31 : f32, !llvm.ptr
                %v264 = llvm.load %v36 : !llvm.ptr -> f32
                %v265 = arith.mulf %v264, %v261 fastmath<contract> : f32
                llvm.store %v265, %v36 : f32, !llvm.ptr
                scf.if %v252 {
                }
                %v266 = llvm.getelementptr %in_Lambda[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v267 = llvm.load %v266 : !llvm.ptr -> f32
                %v268 = arith.negf %v267 : f32
                %v269 = arith.mulf %v268, %v108 fastmath<contract> : f32
                %v270 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v269) : (f32) -> f32
                %v271 = arith.addf %v35, %v270 fastmath<contract> : f32
                %v272 = arith.divf %v35, %v271 : f32
                %v273 = arith.muli %v25, %v92 : i64
                %v274 = arith.muli %v23, %size_L : i64
                %v275 = arith.addi %v273, %v274 : i64
                %v276 = arith.addi %v275, %v253 : i64
                %v277 = llvm.getelementptr %in_gate_a[%v276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v278 = llvm.load %v277 : !llvm.ptr -> f32
                %v279 = arith.negf %v278 : f32
                %v280 = arith.mulf %v279, %v108 fastmath<contract> : f32
                %v281 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v280) : (f32) -> f32
                %v282 = arith.addf %v35, %v281 fastmath<contract> : f32
                %v283 = arith.divf %v35, %v282 : f32
                %v284 = arith.mulf %v113, %v283 fastmath<contract> : f32
                %v285 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v272) : (f32) -> f32
                %v286 = arith.mulf %v284, %v285 fastmath<contract> : f32
                %v287 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v286) : (f32) -> f32
                llvm.store %v287, %v32 : f32, !llvm.ptr
                %v289 = arith.addi %v74, %v288 : i64
                %v291 = arith.cmpi slt, %v290, %v80 : i32
                %v292 = arith.cmpi eq, %v290, %v86 : i32
                %v293 = arith.addi %v56, %v289 : i64
                %v294 = arith.muli %v25, %v92 : i64
                %v295 = arith.muli %v23, %size_L : i64
                %v296 = arith.addi %v294, %v295 : i64
                %v297 = arith.addi %v296, %v293 : i64
                %v298 = llvm.getelementptr %dy_y[%v297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v299 = llvm.load %v298 : !llvm.ptr -> f32
                %v300 = llvm.load %v31 : !llvm.ptr -> f32
                %v301 = llvm.load %v32 : !llvm.ptr -> f32
                %v302 = arith.mulf %v301, %v300 fastmath<contract> : f32
                %v303 = arith.addf %v299, %v302 fastmath<contract> : f32
                llvm.store %v303, %v31 : f32, !llvm.ptr
                %v304 = llvm.load %v36 : !llvm.ptr -> f32
                %v305 = arith.mulf %v304, %v301 fastmath<contract> : f32
                llvm.store %v305, %v36 : f32, !llvm.ptr
                scf.if %v292 {
                }
                %v306 = llvm.getelementptr %in_Lambda[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v307 = llvm.load %v306 : !llvm.ptr -> f32
                %v308 = arith.negf %v307 : f32
                %v309 = arith.mulf %v308, %v108 fastmath<contract> : f32
                %v310 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v309) : (f32) -> f32
                %v311 = arith.addf %v35, %v310 fastmath<contract> : f32
                %v312 = arith.divf %v35, %v311 : f32
                %v313 = arith.muli %v25, %v92 : i64
                %v314 = arith.muli %v23, %size_L : i64
                %v315 = arith.addi %v313, %v314 : i64
                %v316 = arith.addi %v315, %v293 : i64
                %v317 = llvm.getelementptr %in_gate_a[%v316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v318 = llvm.load %v317 : !llvm.ptr -> f32
                %v319 = arith.negf %v318 : f32
                %v320 = arith.mulf %v319, %v108 fastmath<contract> : f32
                %v321 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v320) : (f32) -> f32
                %v322 = arith.addf %v35, %v321 fastmath<contract> : f32
                %v323 = arith.divf %v35, %v322 : f32
                %v324 = arith.mulf %v113, %v323 fastmath<contract> : f32
                %v325 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v312) : (f32) -> f32
                %v326 = arith.mulf %v324, %v325 fastmath<contract> : f32
                %v327 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v326) : (f32) -> f32
                llvm.store %v327, %v32 : f32, !llvm.ptr
                %v328 = arith.addi %v74, %v1 : i64
                %v330 = arith.cmpi slt, %v329, %v80 : i32
                %v331 = arith.cmpi eq, %v329, %v86 : i32
                %v332 = arith.addi %v56, %v328 : i64
                %v333 = arith.muli %v25, %v92 : i64
                %v334 = arith.muli %v23, %size_L : i64
                %v335 = arith.addi %v333, %v334 : i64
                %v336 = arith.addi %v335, %v332 : i64
                %v337 = llvm.getelementptr %dy_y[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v338 = llvm.load %v337 : !llvm.ptr -> f32
                %v339 = llvm.load %v31 : !llvm.ptr -> f32
                %v340 = llvm.load %v32 : !llvm.ptr -> f32
                %v341 = arith.mulf %v340, %v339 fastmath<contract> : f32
                %v342 = arith.addf %v338, %v341 fastmath<contract> : f32
                llvm.store %v342, %v31 : f32, !llvm.ptr
                %v343 = llvm.load %v36 : !llvm.ptr -> f32
                %v344 = arith.mulf %v343, %v340 fastmath<contract> : f32
                llvm.store %v344, %v36 : f32, !llvm.ptr
                scf.if %v331 {
                }
                %v345 = llvm.getelementptr %in_Lambda[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v346 = llvm.load %v345 : !llvm.ptr -> f32
                %v347 = arith.negf %v346 : f32
                %v348 = arith.mulf %v347, %v108 fastmath<contract> : f32
                %v349 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v348) : (f32) -> f32
                %v350 = arith.addf %v35, %v349 fastmath<contract> : f32
                %v351 = arith.divf %v35, %v350 : f32
                %v352 = arith.muli %v25, %v92 : i64
                %v353 = arith.muli %v23, %size_L : i64
                %v354 = arith.addi %v352, %v353 : i64
                %v355 = arith.addi %v354, %v332 : i64
                %v356 = llvm.getelementptr %in_gate_a[%v355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v357 = llvm.load %v356 : !llvm.ptr -> f32
                %v358 = arith.negf %v357 : f32
                %v359 = arith.mulf %v358, %v108 fastmath<contract> : f32
                %v360 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v359) : (f32) -> f32
                %v361 = arith.addf %v35, %v360 fastmath<contract> : f32
                %v362 = arith.divf %v35, %v361 : f32
                %v363 = arith.mulf %v113, %v362 fastmath<contract> : f32
                %v364 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v351) : (f32) -> f32
                %v365 = arith.mulf %v363, %v364 fastmath<contract> : f32
                %v366 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v365) : (f32) -> f32
                llvm.store %v366, %v32 : f32, !llvm.ptr
                %v368 = arith.cmpi slt, %v367, %v80 : i32
                %v369 = arith.cmpi eq, %v367, %v86 : i32
                %v370 = arith.addi %v56, %v74 : i64
                %v371 = arith.muli %v25, %v92 : i64
                %v372 = arith.muli %v23, %size_L : i64
                %v373 = arith.addi %v371, %v372 : i64
                %v374 = arith.addi %v373, %v370 : i64
                %v375 = llvm.getelementptr %dy_y[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v376 = llvm.load %v375 : !llvm.ptr -> f32
                %v377 = llvm.load %v31 : !llvm.ptr -> f32
                %v378 = llvm.load %v32 : !llvm.ptr -> f32
                %v379 = arith.mulf %v378, %v377 fastmath<contract> : f32
                %v380 = arith.addf %v376, %v379 fastmath<contract> : f32
                llvm.store %v380, %v31 : f32, !llvm.ptr
                %v381 = llvm.load %v36 : !llvm.ptr -> f32
                %v382 = arith.mulf %v381, %v378 fastmath<contract> : f32
                llvm.store %v382, %v36 : f32, !llvm.ptr
                scf.if %v369 {
                }
                %v383 = llvm.getelementptr %in_Lambda[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v384 = llvm.load %v383 : !llvm.ptr -> f32
                %v385 = arith.negf %v384 : f32
                %v386 = arith.mulf %v385, %v108 fastmath<contract> : f32
                %v387 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v386) : (f32) -> f32
                %v388 = arith.addf %v35, %v387 fastmath<contract> : f32
                %v389 = arith.divf %v35, %v388 : f32
                %v390 = arith.muli %v25, %v92 : i64
                %v391 = arith.muli %v23, %size_L : i64
                %v392 = arith.addi %v390, %v391 : i64
                %v393 = arith.addi %v392, %v370 : i64
                %v394 = llvm.getelementptr %in_gate_a[%v393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v395 = llvm.load %v394 : !llvm.ptr -> f32
                %v396 = arith.negf %v395 : f32
                %v397 = arith.mulf %v396, %v108 fastmath<contract> : f32
                %v398 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v397) : (f32) -> f32
                %v399 = arith.addf %v35, %v398 fastmath<contract> : f32
                %v400 = arith.divf %v35, %v399 : f32
                %v401 = arith.mulf %v113, %v400 fastmath<contract> : f32
                %v402 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v389) : (f32) -> f32
                %v403 = arith.mulf %v401, %v402 fastmath<contract> : f32
                %v404 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v403) : (f32) -> f32
                llvm.store %v404, %v32 : f32, !llvm.ptr
              } else {
                %v405 = arith.subi %v58, %v1 : i64
                // the group's states, recomputed into registers
                %v406 = arith.subi %v58, %v74 : i64
                %v407 = arith.trunci %v406 : i64 to i32
                %v408 = arith.subi %size_L, %v1 : i64
                %v409 = arith.addi %v56, %v74 : i64
                %v410 = arith.subi %v408, %v409 : i64
                %v411 = arith.minsi %v410, %v84 : i64
                %v412 = arith.trunci %v411 : i64 to i32
                %v413 = arith.addi %v74, %v41 : i64
                %v414 = arith.cmpi slt, %v88, %v407 : i32
                %v415 = arith.cmpi eq, %v88, %v412 : i32
                scf.if %v414 {
                  %v416 = arith.addi %v56, %v413 : i64
                  %v417 = arith.muli %v25, %v92 : i64
                  %v418 = arith.muli %v23, %size_L : i64
                  %v419 = arith.addi %v417, %v418 : i64
                  %v420 = arith.addi %v419, %v416 : i64
                  %v421 = llvm.getelementptr %dy_y[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v422 = llvm.load %v421 : !llvm.ptr -> f32
                  %v423 = llvm.load %v31 : !llvm.ptr -> f32
                  %v424 = llvm.load %v32 : !llvm.ptr -> f32
                  %v425 = arith.mulf %v424, %v423 fastmath<contract> : f32
                  %v426 = arith.addf %v422, %v425 fastmath<contract> : f32
                  llvm.store %v426, %v31 : f32, !llvm.ptr
                  %v427 = llvm.load %v36 : !llvm.ptr -> f32
                  %v428 = arith.mulf %v427, %v424 fastmath<contract> : f32
                  llvm.store %v428, %v36 : f32, !llvm.ptr
                  scf.if %v415 {
                  }
                  %v429 = llvm.getelementptr %in_Lambda[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v430 = llvm.load %v429 : !llvm.ptr -> f32
                  %v431 = arith.negf %v430 : f32
                  %v432 = arith.mulf %v431, %v108 fastmath<contract> : f32
                  %v433 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v432) : (f32) -> f32
                  %v434 = arith.addf %v35, %v433 fastmath<contract> : f32
                  %v435 = arith.divf %v35, %v434 : f32
                  %v436 = arith.muli %v25, %v92 : i64
                  %v437 = arith.muli %v23, %size_L : i64
                  %v438 = arith.addi %v436, %v437 : i64
                  %v439 = arith.addi %v438, %v416 : i64
                  %v440 = llvm.getelementptr %in_gate_a[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v441 = llvm.load %v440 : !llvm.ptr -> f32
                  %v442 = arith.negf %v441 : f32
                  %v443 = arith.mulf %v442, %v108 fastmath<contract> : f32
                  %v444 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v443) : (f32) -> f32
                  %v445 = arith.addf %v35, %v444 fastmath<contract> : f32
                  %v446 = arith.divf %v35, %v445 : f32
                  %v447 = arith.mulf %v113, %v446 fastmath<contract> : f32
                  %v448 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v435) : (f32) -> f32
                  %v449 = arith.mulf %v447, %v448 fastmath<contract> : f32
                  %v450 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v449) : (f32) -> f32
                  llvm.store %v450, %v32 : f32, !llvm.ptr
                }
                %v451 = arith.addi %v74, %v129 : i64
                %v452 = arith.cmpi slt, %v131, %v407 : i32
                %v453 = arith.cmpi eq, %v131, %v412 : i32
                scf.if %v452 {
                  %v454 = arith.addi %v56, %v451 : i64
                  %v455 = arith.muli %v25, %v92 : i64
                  %v456 = arith.muli %v23, %size_L : i64
                  %v457 = arith.addi %v455, %v456 : i64
                  %v458 = arith.addi %v457, %v454 : i64
                  %v459 = llvm.getelementptr %dy_y[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v460 = llvm.load %v459 : !llvm.ptr -> f32
                  %v461 = llvm.load %v31 : !llvm.ptr -> f32
                  %v462 = llvm.load %v32 : !llvm.ptr -> f32
                  %v463 = arith.mulf %v462, %v461 fastmath<contract> : f32
                  %v464 = arith.addf %v460, %v463 fastmath<contract> : f32
                  llvm.store %v464, %v31 : f32, !llvm.ptr
                  %v465 = llvm.load %v36 : !llvm.ptr -> f32
                  %v466 = arith.mulf %v465, %v462 fastmath<contract> : f32
                  llvm.store %v466, %v36 : f32, !llvm.ptr
                  scf.if %v453 {
                  }
                  %v467 = llvm.getelementptr %in_Lambda[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v468 = llvm.load %v467 : !llvm.ptr -> f32
                  %v469 = arith.negf %v468 : f32
                  %v470 = arith.mulf %v469, %v108 fastmath<contract> : f32
                  %v471 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v470) : (f32) -> f32
                  %v472 = arith.addf %v35, %v471 fastmath<contract> : f32
                  %v473 = arith.divf %v35, %v472 : f32
                  %v474 = arith.muli %v25, %v92 : i64
                  %v475 = arith.muli %v23, %size_L : i64
                  %v476 = arith.addi %v474, %v475 : i64
                  %v477 = arith.addi %v476, %v454 : i64
                  %v478 = llvm.getelementptr %in_gate_a[%v477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v479 = llvm.load %v478 : !llvm.ptr -> f32
                  %v480 = arith.negf %v479 : f32
                  %v481 = arith.mulf %v480, %v108 fastmath<contract> : f32
                  %v482 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v481) : (f32) -> f32
                  %v483 = arith.addf %v35, %v482 fastmath<contract> : f32
                  %v484 = arith.divf %v35, %v483 : f32
                  %v485 = arith.mulf %v113, %v484 fastmath<contract> : f32
                  %v486 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v473) : (f32) -> f32
                  %v487 = arith.mulf %v485, %v486 fastmath<contract> : f32
                  %v488 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v487) : (f32) -> f32
                  llvm.store %v488, %v32 : f32, !llvm.ptr
                }
                %v489 = arith.addi %v74, %v169 : i64
                %v490 = arith.cmpi slt, %v171, %v407 : i32
                %v491 = arith.cmpi eq, %v171, %v412 : i32
                scf.if %v490 {
                  %v492 = arith.addi %v56, %v489 : i64
                  %v493 = arith.muli %v25, %v92 : i64
                  %v494 = arith.muli %v23, %size_L : i64
                  %v495 = arith.addi %v493, %v494 : i64
                  %v496 = arith.addi %v495, %v492 : i64
                  %v497 = llvm.getelementptr %dy_y[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v498 = llvm.load %v497 : !llvm.ptr -> f32
                  %v499 = llvm.load %v31 : !llvm.ptr -> f32
                  %v500 = llvm.load %v32 : !llvm.ptr -> f32
                  %v501 = arith.mulf %v500, %v499 fastmath<contract> : f32
                  %v502 = arith.addf %v498, %v501 fastmath<contract> : f32
                  llvm.store %v502, %v31 : f32, !llvm.ptr
                  %v503 = llvm.load %v36 : !llvm.ptr -> f32
                  %v504 = arith.mulf %v503, %v500 fastmath<contract> : f32
                  llvm.store %v504, %v36 : f32, !llvm.ptr
                  scf.if %v491 {
                  }
                  %v505 = llvm.getelementptr %in_Lambda[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v506 = llvm.load %v505 : !llvm.ptr -> f32
                  %v507 = arith.negf %v506 : f32
                  %v508 = arith.mulf %v507, %v108 fastmath<contract> : f32
                  %v509 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v508) : (f32) -> f32
                  %v510 = arith.addf %v35, %v509 fastmath<contract> : f32
                  %v511 = arith.divf %v35, %v510 : f32
                  %v512 = arith.muli %v25, %v92 : i64
                  %v513 = arith.muli %v23, %size_L : i64
                  %v514 = arith.addi %v512, %v513 : i64
                  %v515 = arith.addi %v514, %v492 : i64
                  %v516 = llvm.getelementptr %in_gate_a[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v517 = llvm.load %v516 : !llvm.ptr -> f32
                  %v518 = arith.negf %v517 : f32
                  %v519 = arith.mulf %v518, %v108 fastmath<contract> : f32
                  %v520 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v519) : (f32) -> f32
                  %v521 = arith.addf %v35, %v520 fastmath<contract> : f32
                  %v522 = arith.divf %v35, %v521 : f32
                  %v523 = arith.mulf %v113, %v522 fastmath<contract> : f32
                  %v524 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v511) : (f32) -> f32
                  %v525 = arith.mulf %v523, %v524 fastmath<contract> : f32
                  %v526 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v525) : (f32) -> f32
                  llvm.store %v526, %v32 : f32, !llvm.ptr
                }
                %v527 = arith.addi %v74, %v27 : i64
                %v528 = arith.cmpi slt, %v210, %v407 : i32
                %v529 = arith.cmpi eq, %v210, %v412 : i32
                scf.if %v528 {
                  %v530 = arith.addi %v56, %v527 : i64
                  %v531 = arith.muli %v25, %v92 : i64
                  %v532 = arith.muli %v23, %size_L : i64
                  %v533 = arith.addi %v531, %v532 : i64
                  %v534 = arith.addi %v533, %v530 : i64
                  %v535 = llvm.getelementptr %dy_y[%v534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v536 = llvm.load %v535 : !llvm.ptr -> f32
                  %v537 = llvm.load %v31 : !llvm.ptr -> f32
                  %v538 = llvm.load %v32 : !llvm.ptr -> f32
                  %v539 = arith.mulf %v538, %v537 fastmath<contract> : f32
                  %v540 = arith.addf %v536, %v539 fastmath<contract> : f32
                  llvm.store %v540, %v31 : f32, !llvm.ptr
                  %v541 = llvm.load %v36 : !llvm.ptr -> f32
                  %v542 = arith.mulf %v541, %v538 fastmath<contract> : f32
                  llvm.store %v542, %v36 : f32, !llvm.ptr
                  scf.if %v529 {
                  }
                  %v543 = llvm.getelementptr %in_Lambda[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v544 = llvm.load %v543 : !llvm.ptr -> f32
                  %v545 = arith.negf %v544 : f32
                  %v546 = arith.mulf %v545, %v108 fastmath<contract> : f32
                  %v547 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v546) : (f32) -> f32
                  %v548 = arith.addf %v35, %v547 fastmath<contract> : f32
                  %v549 = arith.divf %v35, %v548 : f32
                  %v550 = arith.muli %v25, %v92 : i64
                  %v551 = arith.muli %v23, %size_L : i64
                  %v552 = arith.addi %v550, %v551 : i64
                  %v553 = arith.addi %v552, %v530 : i64
                  %v554 = llvm.getelementptr %in_gate_a[%v553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v555 = llvm.load %v554 : !llvm.ptr -> f32
                  %v556 = arith.negf %v555 : f32
                  %v557 = arith.mulf %v556, %v108 fastmath<contract> : f32
                  %v558 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v557) : (f32) -> f32
                  %v559 = arith.addf %v35, %v558 fastmath<contract> : f32
                  %v560 = arith.divf %v35, %v559 : f32
                  %v561 = arith.mulf %v113, %v560 fastmath<contract> : f32
                  %v562 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v549) : (f32) -> f32
                  %v563 = arith.mulf %v561, %v562 fastmath<contract> : f32
                  %v564 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v563) : (f32) -> f32
                  llvm.store %v564, %v32 : f32, !llvm.ptr
                }
                %v565 = arith.addi %v74, %v248 : i64
                %v566 = arith.cmpi slt, %v250, %v407 : i32
                %v567 = arith.cmpi eq, %v250, %v412 : i32
                scf.if %v566 {
                  %v568 = arith.addi %v56, %v565 : i64
                  %v569 = arith.muli %v25, %v92 : i64
                  %v570 = arith.muli %v23, %size_L : i64
                  %v571 = arith.addi %v569, %v570 : i64
                  %v572 = arith.addi %v571, %v568 : i64
                  %v573 = llvm.getelementptr %dy_y[%v572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v574 = llvm.load %v573 : !llvm.ptr -> f32
                  %v575 = llvm.load %v31 : !llvm.ptr -> f32
                  %v576 = llvm.load %v32 : !llvm.ptr -> f32
                  %v577 = arith.mulf %v576, %v575 fastmath<contract> : f32
                  %v578 = arith.addf %v574, %v577 fastmath<contract> : f32
                  llvm.store %v578, %v31 : f32, !llvm.ptr
                  %v579 = llvm.load %v36 : !llvm.ptr -> f32
                  %v580 = arith.mulf %v579, %v576 fastmath<contract> : f32
                  llvm.store %v580, %v36 : f32, !llvm.ptr
                  scf.if %v567 {
                  }
                  %v581 = llvm.getelementptr %in_Lambda[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v582 = llvm.load %v581 : !llvm.ptr -> f32
                  %v583 = arith.negf %v582 : f32
                  %v584 = arith.mulf %v583, %v108 fastmath<contract> : f32
                  %v585 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v584) : (f32) -> f32
                  %v586 = arith.addf %v35, %v585 fastmath<contract> : f32
                  %v587 = arith.divf %v35, %v586 : f32
                  %v588 = arith.muli %v25, %v92 : i64
                  %v589 = arith.muli %v23, %size_L : i64
                  %v590 = arith.addi %v588, %v589 : i64
                  %v591 = arith.addi %v590, %v568 : i64
                  %v592 = llvm.getelementptr %in_gate_a[%v591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v593 = llvm.load %v592 : !llvm.ptr -> f32
                  %v594 = arith.negf %v593 : f32
                  %v595 = arith.mulf %v594, %v108 fastmath<contract> : f32
                  %v596 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v595) : (f32) -> f32
                  %v597 = arith.addf %v35, %v596 fastmath<contract> : f32
                  %v598 = arith.divf %v35, %v597 : f32
                  %v599 = arith.mulf %v113, %v598 fastmath<contract> : f32
                  %v600 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v587) : (f32) -> f32
                  %v601 = arith.mulf %v599, %v600 fastmath<contract> : f32
                  %v602 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v601) : (f32) -> f32
                  llvm.store %v602, %v32 : f32, !llvm.ptr
                }
                %v603 = arith.addi %v74, %v288 : i64
                %v604 = arith.cmpi slt, %v290, %v407 : i32
                %v605 = arith.cmpi eq, %v290, %v412 : i32
                scf.if %v604 {
                  %v606 = arith.addi %v56, %v603 : i64
                  %v607 = arith.muli %v25, %v92 : i64
                  %v608 = arith.muli %v23, %size_L : i64
                  %v609 = arith.addi %v607, %v608 : i64
                  %v610 = arith.addi %v609, %v606 : i64
                  %v611 = llvm.getelementptr %dy_y[%v610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v612 = llvm.load %v611 : !llvm.ptr -> f32
                  %v613 = llvm.load %v31 : !llvm.ptr -> f32
                  %v614 = llvm.load %v32 : !llvm.ptr -> f32
                  %v615 = arith.mulf %v614, %v613 fastmath<contract> : f32
                  %v616 = arith.addf %v612, %v615 fastmath<contract> : f32
                  llvm.store %v616, %v31 : f32, !llvm.ptr
                  %v617 = llvm.load %v36 : !llvm.ptr -> f32
                  %v618 = arith.mulf %v617, %v614 fastmath<contract> : f32
                  llvm.store %v618, %v36 : f32, !llvm.ptr
                  scf.if %v605 {
                  }
                  %v619 = llvm.getelementptr %in_Lambda[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v620 = llvm.load %v619 : !llvm.ptr -> f32
                  %v621 = arith.negf %v620 : f32
                  %v622 = arith.mulf %v621, %v108 fastmath<contract> : f32
                  %v623 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v622) : (f32) -> f32
                  %v624 = arith.addf %v35, %v623 fastmath<contract> : f32
                  %v625 = arith.divf %v35, %v624 : f32
                  %v626 = arith.muli %v25, %v92 : i64
                  %v627 = arith.muli %v23, %size_L : i64
                  %v628 = arith.addi %v626, %v627 : i64
                  %v629 = arith.addi %v628, %v606 : i64
                  %v630 = llvm.getelementptr %in_gate_a[%v629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v631 = llvm.load %v630 : !llvm.ptr -> f32
                  %v632 = arith.negf %v631 : f32
                  %v633 = arith.mulf %v632, %v108 fastmath<contract> : f32
                  %v634 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v633) : (f32) -> f32
                  %v635 = arith.addf %v35, %v634 fastmath<contract> : f32
                  %v636 = arith.divf %v35, %v635 : f32
                  %v637 = arith.mulf %v113, %v636 fastmath<contract> : f32
                  %v638 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v625) : (f32) -> f32
                  %v639 = arith.mulf %v637, %v638 fastmath<contract> : f32
                  %v640 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v639) : (f32) -> f32
                  llvm.store %v640, %v32 : f32, !llvm.ptr
                }
                %v641 = arith.addi %v74, %v1 : i64
                %v642 = arith.cmpi slt, %v329, %v407 : i32
                %v643 = arith.cmpi eq, %v329, %v412 : i32
                scf.if %v642 {
                  %v644 = arith.addi %v56, %v641 : i64
                  %v645 = arith.muli %v25, %v92 : i64
                  %v646 = arith.muli %v23, %size_L : i64
                  %v647 = arith.addi %v645, %v646 : i64
                  %v648 = arith.addi %v647, %v644 : i64
                  %v649 = llvm.getelementptr %dy_y[%v648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v650 = llvm.load %v649 : !llvm.ptr -> f32
                  %v651 = llvm.load %v31 : !llvm.ptr -> f32
                  %v652 = llvm.load %v32 : !llvm.ptr -> f32
                  %v653 = arith.mulf %v652, %v651 fastmath<contract> : f32
                  %v654 = arith.addf %v650, %v653 fastmath<contract> : f32
                  llvm.store %v654, %v31 : f32, !llvm.ptr
                  %v655 = llvm.load %v36 : !llvm.ptr -> f32
                  %v656 = arith.mulf %v655, %v652 fastmath<contract> : f32
                  llvm.store %v656, %v36 : f32, !llvm.ptr
                  scf.if %v643 {
                  }
                  %v657 = llvm.getelementptr %in_Lambda[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v658 = llvm.load %v657 : !llvm.ptr -> f32
                  %v659 = arith.negf %v658 : f32
                  %v660 = arith.mulf %v659, %v108 fastmath<contract> : f32
                  %v661 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v660) : (f32) -> f32
                  %v662 = arith.addf %v35, %v661 fastmath<contract> : f32
                  %v663 = arith.divf %v35, %v662 : f32
                  %v664 = arith.muli %v25, %v92 : i64
                  %v665 = arith.muli %v23, %size_L : i64
                  %v666 = arith.addi %v664, %v665 : i64
                  %v667 = arith.addi %v666, %v644 : i64
                  %v668 = llvm.getelementptr %in_gate_a[%v667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v669 = llvm.load %v668 : !llvm.ptr -> f32
                  %v670 = arith.negf %v669 : f32
                  %v671 = arith.mulf %v670, %v108 fastmath<contract> : f32
                  %v672 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v671) : (f32) -> f32
                  %v673 = arith.addf %v35, %v672 fastmath<contract> : f32
                  %v674 = arith.divf %v35, %v673 : f32
                  %v675 = arith.mulf %v113, %v674 fastmath<contract> : f32
                  %v676 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v663) : (f32) -> f32
                  %v677 = arith.mulf %v675, %v676 fastmath<contract> : f32
                  %v678 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v677) : (f32) -> f32
                  llvm.store %v678, %v32 : f32, !llvm.ptr
                }
                %v679 = arith.cmpi slt, %v367, %v407 : i32
                %v680 = arith.cmpi eq, %v367, %v412 : i32
                scf.if %v679 {
                  %v681 = arith.addi %v56, %v74 : i64
                  %v682 = arith.muli %v25, %v92 : i64
                  %v683 = arith.muli %v23, %size_L : i64
                  %v684 = arith.addi %v682, %v683 : i64
                  %v685 = arith.addi %v684, %v681 : i64
                  %v686 = llvm.getelementptr %dy_y[%v685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v687 = llvm.load %v686 : !llvm.ptr -> f32
                  %v688 = llvm.load %v31 : !llvm.ptr -> f32
                  %v689 = llvm.load %v32 : !llvm.ptr -> f32
                  %v690 = arith.mulf %v689, %v688 fastmath<contract> : f32
                  %v691 = arith.addf %v687, %v690 fastmath<contract> : f32
                  llvm.store %v691, %v31 : f32, !llvm.ptr
                  %v692 = llvm.load %v36 : !llvm.ptr -> f32
                  %v693 = arith.mulf %v692, %v689 fastmath<contract> : f32
                  llvm.store %v693, %v36 : f32, !llvm.ptr
                  scf.if %v680 {
                  }
                  %v694 = llvm.getelementptr %in_Lambda[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v695 = llvm.load %v694 : !llvm.ptr -> f32
                  %v696 = arith.negf %v695 : f32
                  %v697 = arith.mulf %v696, %v108 fastmath<contract> : f32
                  %v698 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v697) : (f32) -> f32
                  %v699 = arith.addf %v35, %v698 fastmath<contract> : f32
                  %v700 = arith.divf %v35, %v699 : f32
                  %v701 = arith.muli %v25, %v92 : i64
                  %v702 = arith.muli %v23, %size_L : i64
                  %v703 = arith.addi %v701, %v702 : i64
                  %v704 = arith.addi %v703, %v681 : i64
                  %v705 = llvm.getelementptr %in_gate_a[%v704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v706 = llvm.load %v705 : !llvm.ptr -> f32
                  %v707 = arith.negf %v706 : f32
                  %v708 = arith.mulf %v707, %v108 fastmath<contract> : f32
                  %v709 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v708) : (f32) -> f32
                  %v710 = arith.addf %v35, %v709 fastmath<contract> : f32
                  %v711 = arith.divf %v35, %v710 : f32
                  %v712 = arith.mulf %v113, %v711 fastmath<contract> : f32
                  %v713 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v700) : (f32) -> f32
                  %v714 = arith.mulf %v712, %v713 fastmath<contract> : f32
                  %v715 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v714) : (f32) -> f32
                  llvm.store %v715, %v32 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v20 {
        %v716 = llvm.load %v31 : !llvm.ptr -> f32
        %v717 = arith.muli %v16, %v2 : i64
        %v718 = arith.subi %v2, %v1 : i64
        %v719 = arith.minsi %v19, %v718 : i64
        %v720 = arith.addi %v717, %v719 : i64
        %v721 = llvm.getelementptr %segsum_h[%v720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v716, %v721 : f32, !llvm.ptr
        %v722 = llvm.load %v36 : !llvm.ptr -> f32
        %v723 = arith.addi %v6, %v16 : i64
        %v724 = arith.muli %v723, %v2 : i64
        %v725 = arith.subi %v2, %v1 : i64
        %v726 = arith.minsi %v19, %v725 : i64
        %v727 = arith.addi %v724, %v726 : i64
        %v728 = llvm.getelementptr %segsum_h[%v727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v722, %v728 : f32, !llvm.ptr
        %v729 = llvm.load %v32 : !llvm.ptr -> f32
        %v730 = arith.muli %v288, %v6 : i64
        %v731 = arith.addi %v730, %v16 : i64
        %v732 = arith.muli %v731, %v2 : i64
        %v733 = arith.subi %v2, %v1 : i64
        %v734 = arith.minsi %v19, %v733 : i64
        %v735 = arith.addi %v732, %v734 : i64
        %v736 = llvm.getelementptr %segsum_h[%v735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v729, %v736 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
