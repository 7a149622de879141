module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @ema_bwd(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_x: !llvm.ptr, %part_w: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v11 = arith.constant 256 : i64
      %v21 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v24 = arith.constant 0x00000000 : f32
      %v25 = arith.constant 0x3F800000 : f32
      %v26 = arith.constant 0 : i64
      %v28 = arith.constant 64 : i64
      %v29 = arith.constant 8 : i64
      %v30 = arith.constant 7 : i64
      %v49 = arith.muli %v1, %size_B : i64
      %v50 = arith.muli %v49, %size_D : i64
      %v52 = arith.muli %v1, %size_D : i64
      %v88 = arith.constant 0x3FB8AA3B : f32
      %v94 = arith.muli %v1, %size_L : i64
      %v95 = arith.muli %v94, %size_D : i64
      %v174 = arith.constant 2 : i64
      %v197 = arith.constant 3 : i64
      %v220 = arith.constant 4 : i64
      %v243 = arith.constant 5 : i64
      %v266 = arith.constant 6 : i64
      %v316 = arith.constant 2147483647 : i64
      %v320 = arith.constant 7 : i32
      %v368 = arith.constant 6 : i32
      %v416 = arith.constant 5 : i32
      %v464 = arith.constant 4 : i32
      %v512 = arith.constant 3 : i32
      %v560 = arith.constant 2 : i32
      %v608 = arith.constant 1 : i32
      %v656 = arith.constant 0 : i32
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v3 : i64
      %v15 = arith.subi %v3, %v1 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_D : i64
      %v18 = arith.divui %v16, %size_D : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      llvm.store %v24, %v21 : f32, !llvm.ptr
      llvm.store %v25, %v22 : f32, !llvm.ptr
      llvm.store %v24, %v23 : f32, !llvm.ptr
      %v27 = arith.cmpi eq, %size_L, %v26 : i64
      scf.if %v27 {
        llvm.store %v24, %v6 : f32, !llvm.ptr
      }
      %v31 = arith.subi %v28, %v1 : i64
      %v32 = arith.addi %size_L, %v31 : i64
      %v33 = arith.divui %v32, %v28 : i64
      %v34 = arith.subi %v33, %v26 : i64
      %v35 = arith.maxsi %v34, %v26 : i64
      %v36 = arith.index_cast %v26 : i64 to index
      %v37 = arith.index_cast %v35 : i64 to index
      %v38 = arith.index_cast %v1 : i64 to index
      scf.for %v39 = %v36 to %v37 step %v38 {
        %v40 = arith.index_cast %v39 : index to i64
        %v41 = arith.subi %v33, %v1 : i64
        %v42 = arith.subi %v41, %v40 : i64
        %v43 = arith.muli %v42, %v28 : i64
        %v44 = arith.subi %size_L, %v43 : i64
        %v45 = arith.minsi %v44, %v28 : i64
        %v46 = arith.addi %v45, %v30 : i64
        %v47 = arith.divui %v46, %v29 : i64
        %v48 = arith.subi %v45, %v1 : i64
        %v51 = arith.muli %v42, %v50 : i64
        %v53 = arith.muli %v19, %v52 : i64
        %v54 = arith.muli %v17, %v1 : i64
        %v55 = arith.addi %v53, %v54 : i64
        %v56 = arith.addi %v51, %v55 : i64
        %v57 = llvm.getelementptr %ckpt_h[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v58 = llvm.load %v57 : !llvm.ptr -> f32
        llvm.store %v58, %v5 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v59 = arith.index_cast %v26 : i64 to index
        %v60 = arith.index_cast %v47 : i64 to index
        %v61 = arith.index_cast %v1 : i64 to index
        scf.for %v62 = %v59 to %v60 step %v61 {
          %v63 = arith.index_cast %v62 : index to i64
          scf.if %v14 {
            %v64 = llvm.load %v5 : !llvm.ptr -> f32
            %v65 = arith.muli %v63, %v3 : i64
            %v66 = arith.subi %v3, %v1 : i64
            %v67 = arith.minsi %v13, %v66 : i64
            %v68 = arith.addi %v65, %v67 : i64
            %v69 = arith.muli %v68, %v1 : i64
            %v70 = arith.addi %v69, %v26 : i64
            %v71 = llvm.getelementptr %scratch_h[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v64, %v71 : f32, !llvm.ptr
          }
          %v72 = arith.muli %v63, %v29 : i64
          %v73 = arith.subi %v45, %v72 : i64
          %v74 = arith.trunci %v73 : i64 to i32
          %v75 = arith.index_cast %v26 : i64 to index
          %v76 = arith.index_cast %v29 : i64 to index
          %v77 = arith.index_cast %v1 : i64 to index
          scf.for %v78 = %v75 to %v76 step %v77 {
            %v79 = arith.index_cast %v78 : index to i64
            %v80 = arith.trunci %v79 : i64 to i32
            %v81 = arith.addi %v72, %v79 : i64
            %v82 = arith.cmpi slt, %v80, %v74 : i32
            scf.if %v82 {
              %v83 = arith.addi %v43, %v81 : i64
              %v84 = arith.muli %v17, %v1 : i64
              %v85 = llvm.getelementptr %in_w[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v86 = llvm.load %v85 : !llvm.ptr -> f32
              %v87 = arith.negf %v86 : f32
              %v89 = arith.mulf %v87, %v88 fastmath<contract> : f32
              %v90 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v89) : (f32) -> f32
              %v91 = arith.addf %v25, %v90 fastmath<contract> : f32
              %v92 = arith.divf %v25, %v91 : f32
              %v93 = arith.subf %v25, %v92 fastmath<contract> : f32
              %v96 = arith.muli %v19, %v95 : i64
              %v97 = arith.muli %v17, %v94 : i64
              %v98 = arith.addi %v96, %v97 : i64
              %v99 = arith.muli %v83, %v1 : i64
              %v100 = arith.addi %v98, %v99 : i64
              %v101 = llvm.getelementptr %in_x[%v100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v102 = llvm.load %v101 : !llvm.ptr -> f32
              %v103 = arith.mulf %v93, %v102 fastmath<contract> : f32
              %v104 = llvm.load %v5 : !llvm.ptr -> f32
              %v105 = arith.mulf %v92, %v104 fastmath<contract> : f32
              %v106 = arith.addf %v105, %v103 fastmath<contract> : f32
              llvm.store %v106, %v5 : f32, !llvm.ptr
            }
          }
        }
        %v107 = arith.index_cast %v26 : i64 to index
        %v108 = arith.index_cast %v1 : i64 to index
        %v109 = arith.index_cast %v1 : i64 to index
        scf.for %v110 = %v107 to %v108 step %v109 {
          %v111 = arith.index_cast %v110 : index to i64
          %v112 = arith.index_cast %v26 : i64 to index
          %v113 = arith.index_cast %v47 : i64 to index
          %v114 = arith.index_cast %v1 : i64 to index
          scf.for %v115 = %v112 to %v113 step %v114 {
            %v116 = arith.index_cast %v115 : index to i64
            %v117 = arith.cmpi slt, %v116, %v47 : i64
            scf.if %v117 {
              %v118 = arith.subi %v47, %v1 : i64
              %v119 = arith.subi %v118, %v116 : i64
              %v120 = arith.muli %v119, %v29 : i64
              %v121 = arith.subi %v45, %v1 : i64
              %v122 = arith.muli %v119, %v3 : i64
              %v123 = arith.subi %v3, %v1 : i64
              %v124 = arith.minsi %v13, %v123 : i64
              %v125 = arith.addi %v122, %v124 : i64
              %v126 = arith.muli %v125, %v1 : i64
              %v127 = arith.addi %v126, %v26 : i64
              %v128 = llvm.getelementptr %scratch_h[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v129 = llvm.load %v128 : !llvm.ptr -> f32
              // the group's states, recomputed into registers
              %v130 = arith.addi %v120, %v26 : i64
              %v131 = arith.minsi %v130, %v121 : i64
              %v132 = arith.addi %v43, %v131 : i64
              %v133 = arith.muli %v17, %v1 : i64
              %v134 = llvm.getelementptr %in_w[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v135 = llvm.load %v134 : !llvm.ptr -> f32
              %v136 = arith.negf %v135 : f32
              %v137 = arith.mulf %v136, %v88 fastmath<contract> : f32
              %v138 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v137) : (f32) -> f32
              %v139 = arith.addf %v25, %v138 fastmath<contract> : f32
              %v140 = arith.divf %v25, %v139 : f32
              %v141 = arith.subf %v25, %v140 fastmath<contract> : f32
              %v142 = arith.muli %v19, %v95 : i64
              %v143 = arith.muli %v17, %v94 : i64
              %v144 = arith.addi %v142, %v143 : i64
              %v145 = arith.muli %v132, %v1 : i64
              %v146 = arith.addi %v144, %v145 : i64
              %v147 = llvm.getelementptr %in_x[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v148 = llvm.load %v147 : !llvm.ptr -> f32
              %v149 = arith.mulf %v141, %v148 fastmath<contract> : f32
              %v150 = arith.mulf %v140, %v129 fastmath<contract> : f32
              %v151 = arith.addf %v150, %v149 fastmath<contract> : f32
              %v152 = arith.addi %v120, %v1 : i64
              %v153 = arith.minsi %v152, %v121 : i64
              %v154 = arith.addi %v43, %v153 : i64
              %v155 = arith.muli %v17, %v1 : i64
              %v156 = llvm.getelementptr %in_w[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v157 = llvm.load %v156 : !llvm.ptr -> f32
              %v158 = arith.negf %v157 : f32
              %v159 = arith.mulf %v158, %v88 fastmath<contract> : f32
              %v160 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v159) : (f32) -> f32
              %v161 = arith.addf %v25, %v160 fastmath<contract> : f32
              %v162 = arith.divf %v25, %v161 : f32
              %v163 = arith.subf %v25, %v162 fastmath<contract> : f32
              %v164 = arith.muli %v19, %v95 : i64
              %v165 = arith.muli %v17, %v94 : i64
              %v166 = arith.addi %v164, %v165 : i64
              %v167 = arith.muli %v154, %v1 : i64
              %v168 = arith.addi %v166, %v167 : i64
              %v169 = llvm.getelementptr %in_x[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v170 = llvm.load %v169 : !llvm.ptr -> f32
              %v171 = arith.mulf %v163, %v170 fastmath<contract> : f32
              %v172 = arith.mulf %v162, %v151 fastmath<contract> : f32
              %v173 = arith.addf %v172, %v171 fastmath<contract> : f32
              %v175 = arith.addi %v120, %v174 : i64
              %v176 = arith.minsi %v175, %v121 : i64
              %v177 = arith.addi %v43, %v176 : i64
              %v178 = arith.muli %v17, %v1 : i64
              %v179 = llvm.getelementptr %in_w[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v180 = llvm.load %v179 : !llvm.ptr -> f32
              %v181 = arith.negf %v180 : f32
              %v182 = arith.mulf %v181, %v88 fastmath<contract> : f32
              %v183 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v182) : (f32) -> f32
              %v184 = arith.addf %v25, %v183 fastmath<contract> : f32
              %v185 = arith.divf %v25, %v184 : f32
              %v186 = arith.subf %v25, %v185 fastmath<contract> : f32
              %v187 = arith.muli %v19, %v95 : i64
              %v188 = arith.muli %v17, %v94 : i64
              %v189 = arith.addi %v187, %v188 : i64
              %v190 = arith.muli %v177, %v1 : i64
              %v191 = arith.addi %v189, %v190 : i64
              %v192 = llvm.getelementptr %in_x[%v191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v193 = llvm.load %v192 : !llvm.ptr -> f32
              %v194 = arith.mulf %v186, %v193 fastmath<contract> : f32
              %v195 = arith.mulf %v185, %v173 fastmath<contract> : f32
              %v196 = arith.addf %v195, %v194 fastmath<contract> : f32
              %v198 = arith.addi %v120, %v197 : i64
              %v199 = arith.minsi %v198, %v121 : i64
              %v200 = arith.addi %v43, %v199 : i64
              %v201 = arith.muli %v17, %v1 : i64
              %v202 = llvm.getelementptr %in_w[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v203 = llvm.load %v202 : !llvm.ptr -> f32
              %v204 = arith.negf %v203 : f32
              %v205 = arith.mulf %v204, %v88 fastmath<contract> : f32
              %v206 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v205) : (f32) -> f32
              %v207 = arith.addf %v25, %v206 fastmath<contract> : f32
              %v208 = arith.divf %v25, %v207 : f32
              %v209 = arith.subf %v25, %v208 fastmath<contract> : f32
              %v210 = arith.muli %v19, %v95 : i64
              %v211 = arith.muli %v17, %v94 : i64
              %v212 = arith.addi %v210, %v211 : i64
              %v213 = arith.muli %v200, %v1 : i64
              %v214 = arith.addi %v212, %v213 : i64
              %v215 = llvm.getelementptr %in_x[%v214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v216 = llvm.load %v215 : !llvm.ptr -> f32
              %v217 = arith.mulf %v209, %v216 fastmath<contract> : f32
              %v218 = arith.mulf %v208, %v196 fastmath<contract> : f32
              %v219 = arith.addf %v218, %v217 fastmath<contract> : f32
              %v221 = arith.addi %v120, %v220 : i64
              %v222 = arith.minsi %v221, %v121 : i64
              %v223 = arith.addi %v43, %v222 : i64
              %v224 = arith.muli %v17, %v1 : i64
              %v225 = llvm.getelementptr %in_w[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v226 = llvm.load %v225 : !llvm.ptr -> f32
              %v227 = arith.negf %v226 : f32
              %v228 = arith.mulf %v227, %v88 fastmath<contract> : f32
              %v229 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v228) : (f32) -> f32
              %v230 = arith.addf %v25, %v229 fastmath<contract> : f32
              %v231 = arith.divf %v25, %v230 : f32
              %v232 = arith.subf %v25, %v231 fastmath<contract> : f32
              %v233 = arith.muli %v19, %v95 : i64
              %v234 = arith.muli %v17, %v94 : i64
              %v235 = arith.addi %v233, %v234 : i64
              %v236 = arith.muli %v223, %v1 : i64
              %v237 = arith.addi %v235, %v236 : i64
              %v238 = llvm.getelementptr %in_x[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v239 = llvm.load %v238 : !llvm.ptr -> f32
              %v240 = arith.mulf %v232, %v239 fastmath<contract> : f32
              %v241 = arith.mulf %v231, %v219 fastmath<contract> : f32
              %v242 = arith.addf %v241, %v240 fastmath<contract> : f32
              %v244 = arith.addi %v120, %v243 : i64
              %v245 = arith.minsi %v244, %v121 : i64
              %v246 = arith.addi %v43, %v245 : i64
              %v247 = arith.muli %v17, %v1 : i64
              %v248 = llvm.getelementptr %in_w[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v249 = llvm.load %v248 : !llvm.ptr -> f32
              %v250 = arith.negf %v249 : f32
              %v251 = arith.mulf %v250, %v88 fastmath<contract> : f32
              %v252 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v251) : (f32) -> f32
              %v253 = arith.addf %v25, %v252 fastmath<contract> : f32
              %v254 = arith.divf %v25, %v253 : f32
              %v255 = arith.subf %v25, %v254 fastmath<contract> : f32
              %v256 = arith.muli %v19, %v95 : i64
              %v257 = arith.muli %v17, %v94 : i64
              %v258 = arith.addi %v256, %v257 : i64
              %v259 = arith.muli %v246, %v1 : i64
              %v260 = arith.addi %v258, %v259 : i64
              %v261 = llvm.getelementptr %in_x[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v262 = llvm.load %v261 : !llvm.ptr -> f32
              %v263 = arith.mulf %v255, %v262 fastmath<contract> : f32
              %v264 = arith.mulf %v254, %v242 fastmath<contract> : f32
              %v265 = arith.addf %v264, %v263 fastmath<contract> : f32
              %v267 = arith.addi %v120, %v266 : i64
              %v268 = arith.minsi %v267, %v121 : i64
              %v269 = arith.addi %v43, %v268 : i64
              %v270 = arith.muli %v17, %v1 : i64
              %v271 = llvm.getelementptr %in_w[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v272 = llvm.load %v271 : !llvm.ptr -> f32
              %v273 = arith.negf %v272 : f32
              %v274 = arith.mulf %v273, %v88 fastmath<contract> : f32
              %v275 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v274) : (f32) -> f32
              %v276 = arith.addf %v25, %v275 fastmath<contract> : f32
              %v277 = arith.divf %v25, %v276 : f32
              %v278 = arith.subf %v25, %v277 fastmath<contract> : f32
              %v279 = arith.muli %v19, %v95 : i64
              %v280 = arith.muli %v17, %v94 : i64
              %v281 = arith.addi %v279, %v280 : i64
              %v282 = arith.muli %v269, %v1 : i64
              %v283 = arith.addi %v281, %v282 : i64
              %v284 = llvm.getelementptr %in_x[%v283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v285 = llvm.load %v284 : !llvm.ptr -> f32
              %v286 = arith.mulf %v278, %v285 fastmath<contract> : f32
              %v287 = arith.mulf %v277, %v265 fastmath<contract> : f32
              %v288 = arith.addf %v287, %v286 fastmath<contract> : f32
              %v289 = arith.addi %v120, %v30 : i64
              %v290 = arith.minsi %v289, %v121 : i64
              %v291 = arith.addi %v43, %v290 : i64
              %v292 = arith.muli %v17, %v1 : i64
              %v293 = llvm.getelementptr %in_w[%v292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v294 = llvm.load %v293 : !llvm.ptr -> f32
              %v295 = arith.negf %v294 : f32
              %v296 = arith.mulf %v295, %v88 fastmath<contract> : f32
              %v297 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v296) : (f32) -> f32
              %v298 = arith.addf %v25, %v297 fastmath<contract> : f32
              %v299 = arith.divf %v25, %v298 : f32
              %v300 = arith.subf %v25, %v299 fastmath<contract> : f32
              %v301 = arith.muli %v19, %v95 : i64
              %v302 = arith.muli %v17, %v94 : i64
              %v303 = arith.addi %v301, %v302 : i64
              %v304 = arith.muli %v291, %v1 : i64
              %v305 = arith.addi %v303, %v304 : i64
              %v306 = llvm.getelementptr %in_x[%v305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v307 = llvm.load %v306 : !llvm.ptr -> f32
              %v308 = arith.mulf %v300, %v307 fastmath<contract> : f32
              %v309 = arith.mulf %v299, %v288 fastmath<contract> : f32
              %v310 = arith.addf %v309, %v308 fastmath<contract> : f32
              %v311 = arith.subi %v45, %v120 : i64
              %v312 = arith.trunci %v311 : i64 to i32
              %v313 = arith.subi %size_L, %v1 : i64
              %v314 = arith.addi %v43, %v120 : i64
              %v315 = arith.subi %v313, %v314 : i64
              %v317 = arith.minsi %v315, %v316 : i64
              %v318 = arith.trunci %v317 : i64 to i32
              %v319 = arith.addi %v120, %v30 : i64
              %v321 = arith.cmpi slt, %v320, %v312 : i32
              %v322 = arith.cmpi eq, %v320, %v318 : i32
              scf.if %v321 {
                %v323 = arith.addi %v43, %v319 : i64
                %v324 = arith.muli %v19, %v95 : i64
                %v325 = arith.muli %v17, %v94 : i64
                %v326 = arith.addi %v324, %v325 : i64
                %v327 = arith.muli %v323, %v1 : i64
                %v328 = arith.addi %v326, %v327 : i64
                %v329 = llvm.getelementptr %dy_y[%v328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v330 = llvm.load %v329 : !llvm.ptr -> f32
                %v331 = llvm.load %v21 : !llvm.ptr -> f32
                %v332 = llvm.load %v22 : !llvm.ptr -> f32
                %v333 = arith.mulf %v332, %v331 fastmath<contract> : f32
                %v334 = arith.addf %v330, %v333 fastmath<contract> : f32
                llvm.store %v334, %v21 : f32, !llvm.ptr
                %v335 = arith.muli %v17, %v1 : i64
                %v336 = llvm.getelementptr %in_w[%v335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v337 = llvm.load %v336 : !llvm.ptr -> f32
                %v338 = arith.negf %v337 : f32
                %v339 = arith.mulf %v338, %v88 fastmath<contract> : f32
                %v340 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v339) : (f32) -> f32
                %v341 = arith.addf %v25, %v340 fastmath<contract> : f32
                %v342 = arith.divf %v25, %v341 : f32
                %v343 = arith.subf %v25, %v342 fastmath<contract> : f32
                %v344 = llvm.load %v21 : !llvm.ptr -> f32
                %v345 = arith.mulf %v343, %v344 fastmath<contract> : f32
                scf.if %v14 {
                  %v346 = arith.muli %v19, %v95 : i64
                  %v347 = arith.muli %v17, %v94 : i64
                  %v348 = arith.addi %v346, %v347 : i64
                  %v349 = arith.muli %v323, %v1 : i64
                  %v350 = arith.addi %v348, %v349 : i64
                  %v351 = llvm.getelementptr %dx_x[%v350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v345, %v351 : f32, !llvm.ptr
                }
                %v352 = arith.mulf %v288, %v344 fastmath<contract> : f32
                %v353 = arith.muli %v19, %v95 : i64
                %v354 = arith.muli %v17, %v94 : i64
                %v355 = arith.addi %v353, %v354 : i64
                %v356 = arith.muli %v323, %v1 : i64
                %v357 = arith.addi %v355, %v356 : i64
                %v358 = llvm.getelementptr %in_x[%v357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v359 = llvm.load %v358 : !llvm.ptr -> f32
                %v360 = arith.mulf %v359, %v344 fastmath<contract> : f32
                %v361 = arith.negf %v360 : f32
                %v362 = arith.addf %v352, %v361 fastmath<contract> : f32
                %v363 = arith.mulf %v342, %v343 fastmath<contract> : f32
                %v364 = arith.mulf %v362, %v363 fastmath<contract> : f32
                %v365 = llvm.load %v23 : !llvm.ptr -> f32
                %v366 = arith.addf %v365, %v364 fastmath<contract> : f32
                llvm.store %v366, %v23 : f32, !llvm.ptr
                llvm.store %v342, %v22 : f32, !llvm.ptr
              }
              %v367 = arith.addi %v120, %v266 : i64
              %v369 = arith.cmpi slt, %v368, %v312 : i32
              %v370 = arith.cmpi eq, %v368, %v318 : i32
              scf.if %v369 {
                %v371 = arith.addi %v43, %v367 : i64
                %v372 = arith.muli %v19, %v95 : i64
                %v373 = arith.muli %v17, %v94 : i64
                %v374 = arith.addi %v372, %v373 : i64
                %v375 = arith.muli %v371, %v1 : i64
                %v376 = arith.addi %v374, %v375 : i64
                %v377 = llvm.getelementptr %dy_y[%v376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v378 = llvm.load %v377 : !llvm.ptr -> f32
                %v379 = llvm.load %v21 : !llvm.ptr -> f32
                %v380 = llvm.load %v22 : !llvm.ptr -> f32
                %v381 = arith.mulf %v380, %v379 fastmath<contract> : f32
                %v382 = arith.addf %v378, %v381 fastmath<contract> : f32
                llvm.store %v382, %v21 : f32, !llvm.ptr
                %v383 = arith.muli %v17, %v1 : i64
                %v384 = llvm.getelementptr %in_w[%v383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v385 = llvm.load %v384 : !llvm.ptr -> f32
                %v386 = arith.negf %v385 : f32
                %v387 = arith.mulf %v386, %v88 fastmath<contract> : f32
                %v388 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v387) : (f32) -> f32
                %v389 = arith.addf %v25, %v388 fastmath<contract> : f32
                %v390 = arith.divf %v25, %v389 : f32
                %v391 = arith.subf %v25, %v390 fastmath<contract> : f32
                %v392 = llvm.load %v21 : !llvm.ptr -> f32
                %v393 = arith.mulf %v391, %v392 fastmath<contract> : f32
                scf.if %v14 {
                  %v394 = arith.muli %v19, %v95 : i64
                  %v395 = arith.muli %v17, %v94 : i64
                  %v396 = arith.addi %v394, %v395 : i64
                  %v397 = arith.muli %v371, %v1 : i64
                  %v398 = arith.addi %v396, %v397 : i64
                  %v399 = llvm.getelementptr %dx_x[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v393, %v399 : f32, !llvm.ptr
                }
                %v400 = arith.mulf %v265, %v392 fastmath<contract> : f32
                %v401 = arith.muli %v19, %v95 : i64
                %v402 = arith.muli %v17, %v94 : i64
                %v403 = arith.addi %v401, %v402 : i64
                %v404 = arith.muli %v371, %v1 : i64
                %v405 = arith.addi %v403, %v404 : i64
                %v406 = llvm.getelementptr %in_x[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v407 = llvm.load %v406 : !llvm.ptr -> f32
                %v408 = arith.mulf %v407, %v392 fastmath<contract> : f32
                %v409 = arith.negf %v408 : f32
                %v410 = arith.addf %v400, %v409 fastmath<contract> : f32
                %v411 = arith.mulf %v390, %v391 fastmath<contract> : f32
                %v412 = arith.mulf %v410, %v411 fastmath<contract> : f32
                %v413 = llvm.load %v23 : !llvm.ptr -> f32
                %v414 = arith.addf %v413, %v412 fastmath<contract> : f32
                llvm.store %v414, %v23 : f32, !llvm.ptr
                llvm.store %v390, %v22 : f32, !llvm.ptr
              }
              %v415 = arith.addi %v120, %v243 : i64
              %v417 = arith.cmpi slt, %v416, %v312 : i32
              %v418 = arith.cmpi eq, %v416, %v318 : i32
              scf.if %v417 {
                %v419 = arith.addi %v43, %v415 : i64
                %v420 = arith.muli %v19, %v95 : i64
                %v421 = arith.muli %v17, %v94 : i64
                %v422 = arith.addi %v420, %v421 : i64
                %v423 = arith.muli %v419, %v1 : i64
                %v424 = arith.addi %v422, %v423 : i64
                %v425 = llvm.getelementptr %dy_y[%v424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v426 = llvm.load %v425 : !llvm.ptr -> f32
                %v427 = llvm.load %v21 : !llvm.ptr -> f32
                %v428 = llvm.load %v22 : !llvm.ptr -> f32
                %v429 = arith.mulf %v428, %v427 fastmath<contract> : f32
                %v430 = arith.addf %v426, %v429 fastmath<contract> : f32
                llvm.store %v430, %v21 : f32, !llvm.ptr
                %v431 = arith.muli %v17, %v1 : i64
                %v432 = llvm.getelementptr %in_w[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v433 = llvm.load %v432 : !llvm.ptr -> f32
                %v434 = arith.negf %v433 : f32
                %v435 = arith.mulf %v434, %v88 fastmath<contract> : f32
                %v436 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v435) : (f32) -> f32
                %v437 = arith.addf %v25, %v436 fastmath<contract> : f32
                %v438 = arith.divf %v25, %v437 : f32
                %v439 = arith.subf %v25, %v438 fastmath<contract> : f32
                %v440 = llvm.load %v21 : !llvm.ptr -> f32
                %v441 = arith.mulf %v439, %v440 fastmath<contract> : f32
                scf.if %v14 {
                  %v442 = arith.muli %v19, %v95 : i64
                  %v443 = arith.muli %v17, %v94 : i64
                  %v444 = arith.addi %v442, %v443 : i64
                  %v445 = arith.muli %v419, %v1 : i64
                  %v446 = arith.addi %v444, %v445 : i64
                  %v447 = llvm.getelementptr %dx_x[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v441, %v447 : f32, !llvm.ptr
                }
                %v448 = arith.mulf %v242, %v440 fastmath<contract> : f32
                %v449 = arith.muli %v19, %v95 : i64
                %v450 = arith.muli %v17, %v94 : i64
                %v451 = arith.addi %v449, %v450 : i64
                %v452 = arith.muli %v419, %v1 : i64
                %v453 = arith.addi %v451, %v452 : i64
                %v454 = llvm.getelementptr %in_x[%v453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v455 = llvm.load %v454 : !llvm.ptr -> f32
                %v456 = arith.mulf %v455, %v440 fastmath<contract> : f32
                %v457 = arith.negf %v456 : f32
                %v458 = arith.addf %v448, %v457 fastmath<contract> : f32
                %v459 = arith.mulf %v438, %v439 fastmath<contract> : f32
                %v460 = arith.mulf %v458, %v459 fastmath<contract> : f32
                %v461 = llvm.load %v23 : !llvm.ptr -> f32
                %v462 = arith.addf %v461, %v460 fastmath<contract> : f32
                llvm.store %v462, %v23 : f32, !llvm.ptr
                llvm.store %v438, %v22 : f32, !llvm.ptr
              }
              %v463 = arith.addi %v120, %v220 : i64
              %v465 = arith.cmpi slt, %v464, %v312 : i32
              %v466 = arith.cmpi eq, %v464, %v318 : i32
              scf.if %v465 {
                %v467 = arith.addi %v43, %v463 : i64
                %v468 = arith.muli %v19, %v95 : i64
                %v469 = arith.muli %v17, %v94 : i64
                %v470 = arith.addi %v468, %v469 : i64
                %v471 = arith.muli %v467, %v1 : i64
                %v472 = arith.addi %v470, %v471 : i64
                %v473 = llvm.getelementptr %dy_y[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v474 = llvm.load %v473 : !llvm.ptr -> f32
                %v475 = llvm.load %v21 : !llvm.ptr -> f32
                %v476 = llvm.load %v22 : !llvm.ptr -> f32
                %v477 = arith.mulf %v476, %v475 fastmath<contract> : f32
                %v478 = arith.addf %v474, %v477 fastmath<contract> : f32
                llvm.store %v478, %v21 : f32, !llvm.ptr
                %v479 = arith.muli %v17, %v1 : i64
                %v480 = llvm.getelementptr %in_w[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v481 = llvm.load %v480 : !llvm.ptr -> f32
                %v482 = arith.negf %v481 : f32
                %v483 = arith.mulf %v482, %v88 fastmath<contract> : f32
                %v484 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v483) : (f32) -> f32
                %v485 = arith.addf %v25, %v484 fastmath<contract> : f32
                %v486 = arith.divf %v25, %v485 : f32
                %v487 = arith.subf %v25, %v486 fastmath<contract> : f32
                %v488 = llvm.load %v21 : !llvm.ptr -> f32
                %v489 = arith.mulf %v487, %v488 fastmath<contract> : f32
                scf.if %v14 {
                  %v490 = arith.muli %v19, %v95 : i64
                  %v491 = arith.muli %v17, %v94 : i64
                  %v492 = arith.addi %v490, %v491 : i64
                  %v493 = arith.muli %v467, %v1 : i64
                  %v494 = arith.addi %v492, %v493 : i64
                  %v495 = llvm.getelementptr %dx_x[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v489, %v495 : f32, !llvm.ptr
                }
                %v496 = arith.mulf %v219, %v488 fastmath<contract> : f32
                %v497 = arith.muli %v19, %v95 : i64
                %v498 = arith.muli %v17, %v94 : i64
                %v499 = arith.addi %v497, %v498 : i64
                %v500 = arith.muli %v467, %v1 : i64
                %v501 = arith.addi %v499, %v500 : i64
                %v502 = llvm.getelementptr %in_x[%v501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v503 = llvm.load %v502 : !llvm.ptr -> f32
                %v504 = arith.mulf %v503, %v488 fastmath<contract> : f32
                %v505 = arith.negf %v504 : f32
                %v506 = arith.addf %v496, %v505 fastmath<contract> : f32
                %v507 = arith.mulf %v486, %v487 fastmath<contract> : f32
                %v508 = arith.mulf %v506, %v507 fastmath<contract> : f32
                %v509 = llvm.load %v23 : !llvm.ptr -> f32
                %v510 = arith.addf %v509, %v508 fastmath<contract> : f32
                llvm.store %v510, %v23 : f32, !llvm.ptr
                llvm.store %v486, %v22 : f32, !llvm.ptr
              }
              %v511 = arith.addi %v120, %v197 : i64
              %v513 = arith.cmpi slt, %v512, %v312 : i32
              %v514 = arith.cmpi eq, %v512, %v318 : i32
              scf.if %v513 {
                %v515 = arith.addi %v43, %v511 : i64
                %v516 = arith.muli %v19, %v95 : i64
                %v517 = arith.muli %v17, %v94 : i64
                %v518 = arith.addi %v516, %v517 : i64
                %v519 = arith.muli %v515, %v1 : i64
                %v520 = arith.addi %v518, %v519 : i64
                %v521 = llvm.getelementptr %dy_y[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v522 = llvm.load %v521 : !llvm.ptr -> f32
                %v523 = llvm.load %v21 : !llvm.ptr -> f32
                %v524 = llvm.load %v22 : !llvm.ptr -> f32
                %v525 = arith.mulf %v524, %v523 fastmath<contract> : f32
                %v526 = arith.addf %v522, %v525 fastmath<contract> : f32
                llvm.store %v526, %v21 : f32, !llvm.ptr
                %v527 = arith.muli %v17, %v1 : i64
                %v528 = llvm.getelementptr %in_w[%v527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v529 = llvm.load %v528 : !llvm.ptr -> f32
                %v530 = arith.negf %v529 : f32
                %v531 = arith.mulf %v530, %v88 fastmath<contract> : f32
                %v532 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v531) : (f32) -> f32
                %v533 = arith.addf %v25, %v532 fastmath<contract> : f32
                %v534 = arith.divf %v25, %v533 : f32
                %v535 = arith.subf %v25, %v534 fastmath<contract> : f32
                %v536 = llvm.load %v21 : !llvm.ptr -> f32
                %v537 = arith.mulf %v535, %v536 fastmath<contract> : f32
                scf.if %v14 {
                  %v538 = arith.muli %v19, %v95 : i64
                  %v539 = arith.muli %v17, %v94 : i64
                  %v540 = arith.addi %v538, %v539 : i64
                  %v541 = arith.muli %v515, %v1 : i64
                  %v542 = arith.addi %v540, %v541 : i64
                  %v543 = llvm.getelementptr %dx_x[%v542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v537, %v543 : f32, !llvm.ptr
                }
                %v544 = arith.mulf %v196, %v536 fastmath<contract> : f32
                %v545 = arith.muli %v19, %v95 : i64
                %v546 = arith.muli %v17, %v94 : i64
                %v547 = arith.addi %v545, %v546 : i64
                %v548 = arith.muli %v515, %v1 : i64
                %v549 = arith.addi %v547, %v548 : i64
                %v550 = llvm.getelementptr %in_x[%v549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v551 = llvm.load %v550 : !llvm.ptr -> f32
                %v552 = arith.mulf %v551, %v536 fastmath<contract> : f32
                %v553 = arith.negf %v552 : f32
                %v554 = arith.addf %v544, %v553 fastmath<contract> : f32
                %v555 = arith.mulf %v534, %v535 fastmath<contract> : f32
                %v556 = arith.mulf %v554, %v555 fastmath<contract> : f32
                %v557 = llvm.load %v23 : !llvm.ptr -> f32
                %v558 = arith.addf %v557, %v556 fastmath<contract> : f32
                llvm.store %v558, %v23 : f32, !llvm.ptr
                llvm.store %v534, %v22 : f32, !llvm.ptr
              }
              %v559 = arith.addi %v120, %v174 : i64
              %v561 = arith.cmpi slt, %v560, %v312 : i32
              %v562 = arith.cmpi eq, %v560, %v318 : i32
              scf.if %v561 {
                %v563 = arith.addi %v43, %v559 : i64
                %v564 = arith.muli %v19, %v95 : i64
                %v565 = arith.muli %v17, %v94 : i64
                %v566 = arith.addi %v564, %v565 : i64
                %v567 = arith.muli %v563, %v1 : i64
                %v568 = arith.addi %v566, %v567 : i64
                %v569 = llvm.getelementptr %dy_y[%v568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v570 = llvm.load %v569 : !llvm.ptr -> f32
                %v571 = llvm.load %v21 : !llvm.ptr -> f32
                %v572 = llvm.load %v22 : !llvm.ptr -> f32
                %v573 = arith.mulf %v572, %v571 fastmath<contract> : f32
                %v574 = arith.addf %v570, %v573 fastmath<contract> : f32
                llvm.store %v574, %v21 : f32, !llvm.ptr
                %v575 = arith.muli %v17, %v1 : i64
                %v576 = llvm.getelementptr %in_w[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v577 = llvm.load %v576 : !llvm.ptr -> f32
                %v578 = arith.negf %v577 : f32
                %v579 = arith.mulf %v578, %v88 fastmath<contract> : f32
                %v580 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v579) : (f32) -> f32
                %v581 = arith.addf %v25, %v580 fastmath<contract> : f32
                %v582 = arith.divf %v25, %v581 : f32
                %v583 = arith.subf %v25, %v582 fastmath<contract> : f32
                %v584 = llvm.load %v21 : !llvm.ptr -> f32
                %v585 = arith.mulf %v583, %v584 fastmath<contract> : f32
                scf.if %v14 {
                  %v586 = arith.muli %v19, %v95 : i64
                  %v587 = arith.muli %v17, %v94 : i64
                  %v588 = arith.addi %v586, %v587 : i64
                  %v589 = arith.muli %v563, %v1 : i64
                  %v590 = arith.addi %v588, %v589 : i64
                  %v591 = llvm.getelementptr %dx_x[%v590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v585, %v591 : f32, !llvm.ptr
                }
                %v592 = arith.mulf %v173, %v584 fastmath<contract> : f32
                %v593 = arith.muli %v19, %v95 : i64
                %v594 = arith.muli %v17, %v94 : i64
                %v595 = arith.addi %v593, %v594 : i64
                %v596 = arith.muli %v563, %v1 : i64
                %v597 = arith.addi %v595, %v596 : i64
                %v598 = llvm.getelementptr %in_x[%v597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v599 = llvm.load %v598 : !llvm.ptr -> f32
                %v600 = arith.mulf %v599, %v584 fastmath<contract> : f32
                %v601 = arith.negf %v600 : f32
                %v602 = arith.addf %v592, %v601 fastmath<contract> : f32
                %v603 = arith.mulf %v582, %v583 fastmath<contract> : f32
                %v604 = arith.mulf %v602, %v603 fastmath<contract> : f32
                %v605 = llvm.load %v23 : !llvm.ptr -> f32
                %v606 = arith.addf %v605, %v604 fastmath<contract> : f32
                llvm.store %v606, %v23 : f32, !llvm.ptr
                llvm.store %v582, %v22 : f32, !llvm.ptr
              }
              %v607 = arith.addi %v120, %v1 : i64
              %v609 = arith.cmpi slt, %v608, %v312 : i32
              %v610 = arith.cmpi eq, %v608, %v318 : i32
              scf.if %v609 {
                %v611 = arith.addi %v43, %v607 : i64
                %v612 = arith.muli %v19, %v95 : i64
                %v613 = arith.muli %v17, %v94 : i64
                %v614 = arith.addi %v612, %v613 : i64
                %v615 = arith.muli %v611, %v1 : i64
                %v616 = arith.addi %v614, %v615 : i64
                %v617 = llvm.getelementptr %dy_y[%v616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v618 = llvm.load %v617 : !llvm.ptr -> f32
                %v619 = llvm.load %v21 : !llvm.ptr -> f32
                %v620 = llvm.load %v22 : !llvm.ptr -> f32
                %v621 = arith.mulf %v620, %v619 fastmath<contract> : f32
                %v622 = arith.addf %v618, %v621 fastmath<contract> : f32
                llvm.store %v622, %v21 : f32, !llvm.ptr
                %v623 = arith.muli %v17, %v1 : i64
                %v624 = llvm.getelementptr %in_w[%v623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v625 = llvm.load %v624 : !llvm.ptr -> f32
                %v626 = arith.negf %v625 : f32
                %v627 = arith.mulf %v626, %v88 fastmath<contract> : f32
                %v628 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v627) : (f32) -> f32
                %v629 = arith.addf %v25, %v628 fastmath<contract> : f32
                %v630 = arith.divf %v25, %v629 : f32
                %v631 = arith.subf %v25, %v630 fastmath<contract> : f32
                %v632 = llvm.load %v21 : !llvm.ptr -> f32
                %v633 = arith.mulf %v631, %v632 fastmath<contract> : f32
                scf.if %v14 {
                  %v634 = arith.muli %v19, %v95 : i64
                  %v635 = arith.muli %v17, %v94 : i64
                  %v636 = arith.addi %v634, %v635 : i64
                  %v637 = arith.muli %v611, %v1 : i64
                  %v638 = arith.addi %v636, %v637 : i64
                  %v639 = llvm.getelementptr %dx_x[%v638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v633, %v639 : f32, !llvm.ptr
                }
                %v640 = arith.mulf %v151, %v632 fastmath<contract> : f32
                %v641 = arith.muli %v19, %v95 : i64
                %v642 = arith.muli %v17, %v94 : i64
                %v643 = arith.addi %v641, %v642 : i64
                %v644 = arith.muli %v611, %v1 : i64
                %v645 = arith.addi %v643, %v644 : i64
                %v646 = llvm.getelementptr %in_x[%v645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v647 = llvm.load %v646 : !llvm.ptr -> f32
                %v648 = arith.mulf %v647, %v632 fastmath<contract> : f32
                %v649 = arith.negf %v648 : f32
                %v650 = arith.addf %v640, %v649 fastmath<contract> : f32
                %v651 = arith.mulf %v630, %v631 fastmath<contract> : f32
                %v652 = arith.mulf %v650, %v651 fastmath<contract> : f32
                %v653 = llvm.load %v23 : !llvm.ptr -> f32
                %v654 = arith.addf %v653, %v652 fastmath<contract> : f32
                llvm.store %v654, %v23 : f32, !llvm.ptr
                llvm.store %v630, %v22 : f32, !llvm.ptr
              }
              %v655 = arith.addi %v120, %v26 : i64
              %v657 = arith.cmpi slt, %v656, %v312 : i32
              %v658 = arith.cmpi eq, %v656, %v318 : i32
              scf.if %v657 {
                %v659 = arith.addi %v43, %v655 : i64
                %v660 = arith.muli %v19, %v95 : i64
                %v661 = arith.muli %v17, %v94 : i64
                %v662 = arith.addi %v660, %v661 : i64
                %v663 = arith.muli %v659, %v1 : i64
                %v664 = arith.addi %v662, %v663 : i64
                %v665 = llvm.getelementptr %dy_y[%v664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v666 = llvm.load %v665 : !llvm.ptr -> f32
                %v667 = llvm.load %v21 : !llvm.ptr -> f32
                %v668 = llvm.load %v22 : !llvm.ptr -> f32
                %v669 = arith.mulf %v668, %v667 fastmath<contract> : f32
                %v670 = arith.addf %v666, %v669 fastmath<contract> : f32
                llvm.store %v670, %v21 : f32, !llvm.ptr
                %v671 = arith.muli %v17, %v1 : i64
                %v672 = llvm.getelementptr %in_w[%v671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v673 = llvm.load %v672 : !llvm.ptr -> f32
                %v674 = arith.negf %v673 : f32
                %v675 = arith.mulf %v674, %v88 fastmath<contract> : f32
                %v676 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v675) : (f32) -> f32
                %v677 = arith.addf %v25, %v676 fastmath<contract> : f32
                %v678 = arith.divf %v25, %v677 : f32
                %v679 = arith.subf %v25, %v678 fastmath<contract> : f32
                %v680 = llvm.load %v21 : !llvm.ptr -> f32
                %v681 = arith.mulf %v679, %v680 fastmath<contract> : f32
                scf.if %v14 {
                  %v682 = arith.muli %v19, %v95 : i64
                  %v683 = arith.muli %v17, %v94 : i64
                  %v684 = arith.addi %v682, %v683 : i64
                  %v685 = arith.muli %v659, %v1 : i64
                  %v686 = arith.addi %v684, %v685 : i64
                  %v687 = llvm.getelementptr %dx_x[%v686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v681, %v687 : f32, !llvm.ptr
                }
                %v688 = arith.mulf %v129, %v680 fastmath<contract> : f32
                %v689 = arith.muli %v19, %v95 : i64
                %v690 = arith.muli %v17, %v94 : i64
                %v691 = arith.addi %v689, %v690 : i64
                %v692 = arith.muli %v659, %v1 : i64
                %v693 = arith.addi %v691, %v692 : i64
                %v694 = llvm.getelementptr %in_x[%v693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v695 = llvm.load %v694 : !llvm.ptr -> f32
                %v696 = arith.mulf %v695, %v680 fastmath<contract> : f32
                %v697 = arith.negf %v696 : f32
                %v698 = arith.addf %v688, %v697 fastmath<contract> : f32
                %v699 = arith.mulf %v678, %v679 fastmath<contract> : f32
                %v700 = arith.mulf %v698, %v699 fastmath<contract> : f32
                %v701 = llvm.load %v23 : !llvm.ptr -> f32
                %v702 = arith.addf %v701, %v700 fastmath<contract> : f32
                llvm.store %v702, %v23 : f32, !llvm.ptr
                llvm.store %v678, %v22 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      %v703 = arith.constant true
      scf.if %v703 {
      }
      scf.if %v14 {
        %v704 = llvm.load %v23 : !llvm.ptr -> f32
        %v705 = arith.muli %v13, %v1 : i64
        %v706 = arith.addi %v705, %v26 : i64
        %v707 = llvm.getelementptr %part_w[%v706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v704, %v707 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
