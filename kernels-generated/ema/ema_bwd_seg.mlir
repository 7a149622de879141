module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @ema_bwd_seg(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segcarry_h: !llvm.ptr, %dx_x: !llvm.ptr, %part_w: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v38 = arith.constant 0 : i64
      %v60 = arith.constant 64 : i64
      %v61 = arith.constant 8 : i64
      %v62 = arith.constant 7 : i64
      %v83 = arith.muli %v1, %size_B : i64
      %v84 = arith.muli %v83, %size_D : i64
      %v86 = arith.muli %v1, %size_D : i64
      %v123 = arith.constant 0x3FB8AA3B : f32
      %v129 = arith.muli %v1, %size_L : i64
      %v130 = arith.muli %v129, %size_D : i64
      %v210 = arith.constant 2 : i64
      %v233 = arith.constant 3 : i64
      %v278 = arith.constant 5 : i64
      %v301 = arith.constant 6 : i64
      %v351 = arith.constant 2147483647 : i64
      %v355 = arith.constant 7 : i32
      %v403 = arith.constant 6 : i32
      %v451 = arith.constant 5 : i32
      %v499 = arith.constant 4 : i32
      %v547 = arith.constant 3 : i32
      %v595 = arith.constant 2 : i32
      %v643 = arith.constant 1 : i32
      %v691 = arith.constant 0 : i32
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
      %v39 = arith.muli %v38, %v7 : i64
      %v40 = arith.addi %v39, %v18 : i64
      %v41 = arith.muli %v40, %v1 : i64
      %v42 = arith.addi %v41, %v38 : i64
      %v43 = arith.muli %v42, %v3 : i64
      %v44 = arith.subi %v3, %v1 : i64
      %v45 = arith.minsi %v21, %v44 : i64
      %v46 = arith.addi %v43, %v45 : i64
      %v47 = llvm.getelementptr %segcarry_h[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v48 = llvm.load %v47 : !llvm.ptr -> f32
      llvm.store %v48, %v33 : f32, !llvm.ptr
      %v49 = arith.muli %v1, %v7 : i64
      %v50 = arith.addi %v49, %v18 : i64
      %v51 = arith.muli %v50, %v1 : i64
      %v52 = arith.addi %v51, %v38 : i64
      %v53 = arith.muli %v52, %v3 : i64
      %v54 = arith.subi %v3, %v1 : i64
      %v55 = arith.minsi %v21, %v54 : i64
      %v56 = arith.addi %v53, %v55 : i64
      %v57 = llvm.getelementptr %segcarry_h[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v58 = llvm.load %v57 : !llvm.ptr -> f32
      llvm.store %v58, %v34 : f32, !llvm.ptr
      %v59 = arith.cmpi eq, %size_L, %v38 : i64
      scf.if %v59 {
        llvm.store %v36, %v10 : f32, !llvm.ptr
      }
      %v63 = arith.subi %v60, %v1 : i64
      %v64 = arith.addi %size_L, %v63 : i64
      %v65 = arith.divui %v64, %v60 : i64
      %v66 = arith.minsi %v31, %v65 : i64
      %v67 = arith.muli %v18, %v61 : i64
      %v68 = arith.subi %v66, %v30 : i64
      %v69 = arith.maxsi %v68, %v38 : i64
      %v70 = arith.index_cast %v38 : i64 to index
      %v71 = arith.index_cast %v69 : i64 to index
      %v72 = arith.index_cast %v1 : i64 to index
      scf.for %v73 = %v70 to %v71 step %v72 {
        %v74 = arith.index_cast %v73 : index to i64
        %v75 = arith.subi %v66, %v1 : i64
        %v76 = arith.subi %v75, %v74 : i64
        %v77 = arith.muli %v76, %v60 : i64
        %v78 = arith.subi %size_L, %v77 : i64
        %v79 = arith.minsi %v78, %v60 : i64
        %v80 = arith.addi %v79, %v62 : i64
        %v81 = arith.divui %v80, %v61 : i64
        %v82 = arith.subi %v79, %v1 : i64
        %v85 = arith.muli %v76, %v84 : i64
        %v87 = arith.muli %v27, %v86 : i64
        %v88 = arith.muli %v25, %v1 : i64
        %v89 = arith.addi %v87, %v88 : i64
        %v90 = arith.addi %v85, %v89 : i64
        %v91 = llvm.getelementptr %ckpt_h[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v92 = llvm.load %v91 : !llvm.ptr -> f32
        llvm.store %v92, %v9 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v93 = arith.index_cast %v38 : i64 to index
        %v94 = arith.index_cast %v81 : i64 to index
        %v95 = arith.index_cast %v1 : i64 to index
        scf.for %v96 = %v93 to %v94 step %v95 {
          %v97 = arith.index_cast %v96 : index to i64
          %v98 = arith.addi %v67, %v97 : i64
          scf.if %v22 {
            %v99 = llvm.load %v9 : !llvm.ptr -> f32
            %v100 = arith.muli %v98, %v3 : i64
            %v101 = arith.subi %v3, %v1 : i64
            %v102 = arith.minsi %v21, %v101 : i64
            %v103 = arith.addi %v100, %v102 : i64
            %v104 = arith.muli %v103, %v1 : i64
            %v105 = arith.addi %v104, %v38 : i64
            %v106 = llvm.getelementptr %scratch_h[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v99, %v106 : f32, !llvm.ptr
          }
          %v107 = arith.muli %v97, %v61 : i64
          %v108 = arith.subi %v79, %v107 : i64
          %v109 = arith.trunci %v108 : i64 to i32
          %v110 = arith.index_cast %v38 : i64 to index
          %v111 = arith.index_cast %v61 : i64 to index
          %v112 = arith.index_cast %v1 : i64 to index
          scf.for %v113 = %v110 to %v111 step %v112 {
            %v114 = arith.index_cast %v113 : index to i64
            %v115 = arith.trunci %v114 : i64 to i32
            %v116 = arith.addi %v107, %v114 : i64
            %v117 = arith.cmpi slt, %v115, %v109 : i32
            scf.if %v117 {
              %v118 = arith.addi %v77, %v116 : i64
              %v119 = arith.muli %v25, %v1 : i64
              %v120 = llvm.getelementptr %in_w[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v121 = llvm.load %v120 : !llvm.ptr -> f32
              %v122 = arith.negf %v121 : f32
              %v124 = arith.mulf %v122, %v123 fastmath<contract> : f32
              %v125 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v124) : (f32) -> f32
              %v126 = arith.addf %v37, %v125 fastmath<contract> : f32
              %v127 = arith.divf %v37, %v126 : f32
              %v128 = arith.subf %v37, %v127 fastmath<contract> : f32
              %v131 = arith.muli %v27, %v130 : i64
              %v132 = arith.muli %v25, %v129 : i64
              %v133 = arith.addi %v131, %v132 : i64
              %v134 = arith.muli %v118, %v1 : i64
              %v135 = arith.addi %v133, %v134 : i64
              %v136 = llvm.getelementptr %in_x[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v137 = llvm.load %v136 : !llvm.ptr -> f32
              %v138 = arith.mulf %v128, %v137 fastmath<contract> : f32
              %v139 = llvm.load %v9 : !llvm.ptr -> f32
              %v140 = arith.mulf %v127, %v139 fastmath<contract> : f32
              %v141 = arith.addf %v140, %v138 fastmath<contract> : f32
              llvm.store %v141, %v9 : f32, !llvm.ptr
            }
          }
        }
        %v142 = arith.index_cast %v38 : i64 to index
        %v143 = arith.index_cast %v1 : i64 to index
        %v144 = arith.index_cast %v1 : i64 to index
        scf.for %v145 = %v142 to %v143 step %v144 {
          %v146 = arith.index_cast %v145 : index to i64
          %v147 = arith.index_cast %v38 : i64 to index
          %v148 = arith.index_cast %v81 : i64 to index
          %v149 = arith.index_cast %v1 : i64 to index
          scf.for %v150 = %v147 to %v148 step %v149 {
            %v151 = arith.index_cast %v150 : index to i64
            %v152 = arith.cmpi slt, %v151, %v81 : i64
            scf.if %v152 {
              %v153 = arith.subi %v81, %v1 : i64
              %v154 = arith.subi %v153, %v151 : i64
              %v155 = arith.muli %v154, %v61 : i64
              %v156 = arith.addi %v67, %v154 : i64
              %v157 = arith.subi %v79, %v1 : i64
              %v158 = arith.muli %v156, %v3 : i64
              %v159 = arith.subi %v3, %v1 : i64
              %v160 = arith.minsi %v21, %v159 : i64
              %v161 = arith.addi %v158, %v160 : i64
              %v162 = arith.muli %v161, %v1 : i64
              %v163 = arith.addi %v162, %v38 : i64
              %v164 = llvm.getelementptr %scratch_h[%v163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v165 = llvm.load %v164 : !llvm.ptr -> f32
              // the group's states, recomputed into registers
              %v166 = arith.addi %v155, %v38 : i64
              %v167 = arith.minsi %v166, %v157 : i64
              %v168 = arith.addi %v77, %v167 : i64
              %v169 = arith.muli %v25, %v1 : i64
              %v170 = llvm.getelementptr %in_w[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v171 = llvm.load %v170 : !llvm.ptr -> f32
              %v172 = arith.negf %v171 : f32
              %v173 = arith.mulf %v172, %v123 fastmath<contract> : f32
              %v174 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v173) : (f32) -> f32
              %v175 = arith.addf %v37, %v174 fastmath<contract> : f32
              %v176 = arith.divf %v37, %v175 : f32
              %v177 = arith.subf %v37, %v176 fastmath<contract> : f32
              %v178 = arith.muli %v27, %v130 : i64
              %v179 = arith.muli %v25, %v129 : i64
              %v180 = arith.addi %v178, %v179 : i64
              %v181 = arith.muli %v168, %v1 : i64
              %v182 = arith.addi %v180, %v181 : i64
              %v183 = llvm.getelementptr %in_x[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v184 = llvm.load %v183 : !llvm.ptr -> f32
              %v185 = arith.mulf %v177, %v184 fastmath<contract> : f32
              %v186 = arith.mulf %v176, %v165 fastmath<contract> : f32
              %v187 = arith.addf %v186, %v185 fastmath<contract> : f32
              %v188 = arith.addi %v155, %v1 : i64
              %v189 = arith.minsi %v188, %v157 : i64
              %v190 = arith.addi %v77, %v189 : i64
              %v191 = arith.muli %v25, %v1 : i64
              %v192 = llvm.getelementptr %in_w[%v191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v193 = llvm.load %v192 : !llvm.ptr -> f32
              %v194 = arith.negf %v193 : f32
              %v195 = arith.mulf %v194, %v123 fastmath<contract> : f32
              %v196 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v195) : (f32) -> f32
              %v197 = arith.addf %v37, %v196 fastmath<contract> : f32
              %v198 = arith.divf %v37, %v197 : f32
              %v199 = arith.subf %v37, %v198 fastmath<contract> : f32
              %v200 = arith.muli %v27, %v130 : i64
              %v201 = arith.muli %v25, %v129 : i64
              %v202 = arith.addi %v200, %v201 : i64
              %v203 = arith.muli %v190, %v1 : i64
              %v204 = arith.addi %v202, %v203 : i64
              %v205 = llvm.getelementptr %in_x[%v204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v206 = llvm.load %v205 : !llvm.ptr -> f32
              %v207 = arith.mulf %v199, %v206 fastmath<contract> : f32
              %v208 = arith.mulf %v198, %v187 fastmath<contract> : f32
              %v209 = arith.addf %v208, %v207 fastmath<contract> : f32
              %v211 = arith.addi %v155, %v210 : i64
              %v212 = arith.minsi %v211, %v157 : i64
              %v213 = arith.addi %v77, %v212 : i64
              %v214 = arith.muli %v25, %v1 : i64
              %v215 = llvm.getelementptr %in_w[%v214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v216 = llvm.load %v215 : !llvm.ptr -> f32
              %v217 = arith.negf %v216 : f32
              %v218 = arith.mulf %v217, %v123 fastmath<contract> : f32
              %v219 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v218) : (f32) -> f32
              %v220 = arith.addf %v37, %v219 fastmath<contract> : f32
              %v221 = arith.divf %v37, %v220 : f32
              %v222 = arith.subf %v37, %v221 fastmath<contract> : f32
              %v223 = arith.muli %v27, %v130 : i64
              %v224 = arith.muli %v25, %v129 : i64
              %v225 = arith.addi %v223, %v224 : i64
              %v226 = arith.muli %v213, %v1 : i64
              %v227 = arith.addi %v225, %v226 : i64
              %v228 = llvm.getelementptr %in_x[%v227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v229 = llvm.load %v228 : !llvm.ptr -> f32
              %v230 = arith.mulf %v222, %v229 fastmath<contract> : f32
              %v231 = arith.mulf %v221, %v209 fastmath<contract> : f32
              %v232 = arith.addf %v231, %v230 fastmath<contract> : f32
              %v234 = arith.addi %v155, %v233 : i64
              %v235 = arith.minsi %v234, %v157 : i64
              %v236 = arith.addi %v77, %v235 : i64
              %v237 = arith.muli %v25, %v1 : i64
              %v238 = llvm.getelementptr %in_w[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v239 = llvm.load %v238 : !llvm.ptr -> f32
              %v240 = arith.negf %v239 : f32
              %v241 = arith.mulf %v240, %v123 fastmath<contract> : f32
              %v242 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v241) : (f32) -> f32
              %v243 = arith.addf %v37, %v242 fastmath<contract> : f32
              %v244 = arith.divf %v37, %v243 : f32
              %v245 = arith.subf %v37, %v244 fastmath<contract> : f32
              %v246 = arith.muli %v27, %v130 : i64
              %v247 = arith.muli %v25, %v129 : i64
              %v248 = arith.addi %v246, %v247 : i64
              %v249 = arith.muli %v236, %v1 : i64
              %v250 = arith.addi %v248, %v249 : i64
              %v251 = llvm.getelementptr %in_x[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v252 = llvm.load %v251 : !llvm.ptr -> f32
              %v253 = arith.mulf %v245, %v252 fastmath<contract> : f32
              %v254 = arith.mulf %v244, %v232 fastmath<contract> : f32
              %v255 = arith.addf %v254, %v253 fastmath<contract> : f32
              %v256 = arith.addi %v155, %v29 : i64
              %v257 = arith.minsi %v256, %v157 : i64
              %v258 = arith.addi %v77, %v257 : i64
              %v259 = arith.muli %v25, %v1 : i64
              %v260 = llvm.getelementptr %in_w[%v259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v261 = llvm.load %v260 : !llvm.ptr -> f32
              %v262 = arith.negf %v261 : f32
              %v263 = arith.mulf %v262, %v123 fastmath<contract> : f32
              %v264 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v263) : (f32) -> f32
              %v265 = arith.addf %v37, %v264 fastmath<contract> : f32
              %v266 = arith.divf %v37, %v265 : f32
              %v267 = arith.subf %v37, %v266 fastmath<contract> : f32
              %v268 = arith.muli %v27, %v130 : i64
              %v269 = arith.muli %v25, %v129 : i64
              %v270 = arith.addi %v268, %v269 : i64
              %v271 = arith.muli %v258, %v1 : i64
              %v272 = arith.addi %v270, %v271 : i64
              %v273 = llvm.getelementptr %in_x[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v274 = llvm.load %v273 : !llvm.ptr -> f32
              %v275 = arith.mulf %v267, %v274 fastmath<contract> : f32
              %v276 = arith.mulf %v266, %v255 fastmath<contract> : f32
              %v277 = arith.addf %v276, %v275 fastmath<contract> : f32
              %v279 = arith.addi %v155, %v278 : i64
              %v280 = arith.minsi %v279, %v157 : i64
              %v281 = arith.addi %v77, %v280 : i64
              %v282 = arith.muli %v25, %v1 : i64
              %v283 = llvm.getelementptr %in_w[%v282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v284 = llvm.load %v283 : !llvm.ptr -> f32
              %v285 = arith.negf %v284 : f32
              %v286 = arith.mulf %v285, %v123 fastmath<contract> : f32
              %v287 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v286) : (f32) -> f32
              %v288 = arith.addf %v37, %v287 fastmath<contract> : f32
              %v289 = arith.divf %v37, %v288 : f32
              %v290 = arith.subf %v37, %v289 fastmath<contract> : f32
              %v291 = arith.muli %v27, %v130 : i64
              %v292 = arith.muli %v25, %v129 : i64
              %v293 = arith.addi %v291, %v292 : i64
              %v294 = arith.muli %v281, %v1 : i64
              %v295 = arith.addi %v293, %v294 : i64
              %v296 = llvm.getelementptr %in_x[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v297 = llvm.load %v296 : !llvm.ptr -> f32
              %v298 = arith.mulf %v290, %v297 fastmath<contract> : f32
              %v299 = arith.mulf %v289, %v277 fastmath<contract> : f32
              %v300 = arith.addf %v299, %v298 fastmath<contract> : f32
              %v302 = arith.addi %v155, %v301 : i64
              %v303 = arith.minsi %v302, %v157 : i64
              %v304 = arith.addi %v77, %v303 : i64
              %v305 = arith.muli %v25, %v1 : i64
              %v306 = llvm.getelementptr %in_w[%v305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v307 = llvm.load %v306 : !llvm.ptr -> f32
              %v308 = arith.negf %v307 : f32
              %v309 = arith.mulf %v308, %v123 fastmath<contract> : f32
              %v310 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v309) : (f32) -> f32
              %v311 = arith.addf %v37, %v310 fastmath<contract> : f32
              %v312 = arith.divf %v37, %v311 : f32
              %v313 = arith.subf %v37, %v312 fastmath<contract> : f32
              %v314 = arith.muli %v27, %v130 : i64
              %v315 = arith.muli %v25, %v129 : i64
              %v316 = arith.addi %v314, %v315 : i64
              %v317 = arith.muli %v304, %v1 : i64
              %v318 = arith.addi %v316, %v317 : i64
              %v319 = llvm.getelementptr %in_x[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v320 = llvm.load %v319 : !llvm.ptr -> f32
              %v321 = arith.mulf %v313, %v320 fastmath<contract> : f32
              %v322 = arith.mulf %v312, %v300 fastmath<contract> : f32
              %v323 = arith.addf %v322, %v321 fastmath<contract> : f32
              %v324 = arith.addi %v155, %v62 : i64
              %v325 = arith.minsi %v324, %v157 : i64
              %v326 = arith.addi %v77, %v325 : i64
              %v327 = arith.muli %v25, %v1 : i64
              %v328 = llvm.getelementptr %in_w[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v329 = llvm.load %v328 : !llvm.ptr -> f32
              %v330 = arith.negf %v329 : f32
              %v331 = arith.mulf %v330, %v123 fastmath<contract> : f32
              %v332 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v331) : (f32) -> f32
              %v333 = arith.addf %v37, %v332 fastmath<contract> : f32
              %v334 = arith.divf %v37, %v333 : f32
              %v335 = arith.subf %v37, %v334 fastmath<contract> : f32
              %v336 = arith.muli %v27, %v130 : i64
              %v337 = arith.muli %v25, %v129 : i64
              %v338 = arith.addi %v336, %v337 : i64
              %v339 = arith.muli %v326, %v1 : i64
              %v340 = arith.addi %v338, %v339 : i64
              %v341 = llvm.getelementptr %in_x[%v340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v342 = llvm.load %v341 : !llvm.ptr -> f32
              %v343 = arith.mulf %v335, %v342 fastmath<contract> : f32
              %v344 = arith.mulf %v334, %v323 fastmath<contract> : f32
              %v345 = arith.addf %v344, %v343 fastmath<contract> : f32
              %v346 = arith.subi %v79, %v155 : i64
              %v347 = arith.trunci %v346 : i64 to i32
              %v348 = arith.subi %size_L, %v1 : i64
              %v349 = arith.addi %v77, %v155 : i64
              %v350 = arith.subi %v348, %v349 : i64
              %v352 = arith.minsi %v350, %v351 : i64
              %v353 = arith.trunci %v352 : i64 to i32
              %v354 = arith.addi %v155, %v62 : i64
              %v356 = arith.cmpi slt, %v355, %v347 : i32
              %v357 = arith.cmpi eq, %v355, %v353 : i32
              scf.if %v356 {
                %v358 = arith.addi %v77, %v354 : i64
                %v359 = arith.muli %v27, %v130 : i64
                %v360 = arith.muli %v25, %v129 : i64
                %v361 = arith.addi %v359, %v360 : i64
                %v362 = arith.muli %v358, %v1 : i64
                %v363 = arith.addi %v361, %v362 : i64
                %v364 = llvm.getelementptr %dy_y[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v365 = llvm.load %v364 : !llvm.ptr -> f32
                %v366 = llvm.load %v33 : !llvm.ptr -> f32
                %v367 = llvm.load %v34 : !llvm.ptr -> f32
                %v368 = arith.mulf %v367, %v366 fastmath<contract> : f32
                %v369 = arith.addf %v365, %v368 fastmath<contract> : f32
                llvm.store %v369, %v33 : f32, !llvm.ptr
                scf.if %v357 {
                }
                %v370 = arith.muli %v25, %v1 : i64
                %v371 = llvm.getelementptr %in_w[%v370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v372 = llvm.load %v371 : !llvm.ptr -> f32
                %v373 = arith.negf %v372 : f32
                %v374 = arith.mulf %v373, %v123 fastmath<contract> : f32
                %v375 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v374) : (f32) -> f32
                %v376 = arith.addf %v37, %v375 fastmath<contract> : f32
                %v377 = arith.divf %v37, %v376 : f32
                %v378 = arith.subf %v37, %v377 fastmath<contract> : f32
                %v379 = llvm.load %v33 : !llvm.ptr -> f32
                %v380 = arith.mulf %v378, %v379 fastmath<contract> : f32
                scf.if %v22 {
                  %v381 = arith.muli %v27, %v130 : i64
                  %v382 = arith.muli %v25, %v129 : i64
                  %v383 = arith.addi %v381, %v382 : i64
                  %v384 = arith.muli %v358, %v1 : i64
                  %v385 = arith.addi %v383, %v384 : i64
                  %v386 = llvm.getelementptr %dx_x[%v385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v380, %v386 : f32, !llvm.ptr
                }
                %v387 = arith.mulf %v323, %v379 fastmath<contract> : f32
                %v388 = arith.muli %v27, %v130 : i64
                %v389 = arith.muli %v25, %v129 : i64
                %v390 = arith.addi %v388, %v389 : i64
                %v391 = arith.muli %v358, %v1 : i64
                %v392 = arith.addi %v390, %v391 : i64
                %v393 = llvm.getelementptr %in_x[%v392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v394 = llvm.load %v393 : !llvm.ptr -> f32
                %v395 = arith.mulf %v394, %v379 fastmath<contract> : f32
                %v396 = arith.negf %v395 : f32
                %v397 = arith.addf %v387, %v396 fastmath<contract> : f32
                %v398 = arith.mulf %v377, %v378 fastmath<contract> : f32
                %v399 = arith.mulf %v397, %v398 fastmath<contract> : f32
                %v400 = llvm.load %v35 : !llvm.ptr -> f32
                %v401 = arith.addf %v400, %v399 fastmath<contract> : f32
                llvm.store %v401, %v35 : f32, !llvm.ptr
                llvm.store %v377, %v34 : f32, !llvm.ptr
              }
              %v402 = arith.addi %v155, %v301 : i64
              %v404 = arith.cmpi slt, %v403, %v347 : i32
              %v405 = arith.cmpi eq, %v403, %v353 : i32
              scf.if %v404 {
                %v406 = arith.addi %v77, %v402 : i64
                %v407 = arith.muli %v27, %v130 : i64
                %v408 = arith.muli %v25, %v129 : i64
                %v409 = arith.addi %v407, %v408 : i64
                %v410 = arith.muli %v406, %v1 : i64
                %v411 = arith.addi %v409, %v410 : i64
                %v412 = llvm.getelementptr %dy_y[%v411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v413 = llvm.load %v412 : !llvm.ptr -> f32
                %v414 = llvm.load %v33 : !llvm.ptr -> f32
                %v415 = llvm.load %v34 : !llvm.ptr -> f32
                %v416 = arith.mulf %v415, %v414 fastmath<contract> : f32
                %v417 = arith.addf %v413, %v416 fastmath<contract> : f32
                llvm.store %v417, %v33 : f32, !llvm.ptr
                scf.if %v405 {
                }
                %v418 = arith.muli %v25, %v1 : i64
                %v419 = llvm.getelementptr %in_w[%v418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v420 = llvm.load %v419 : !llvm.ptr -> f32
                %v421 = arith.negf %v420 : f32
                %v422 = arith.mulf %v421, %v123 fastmath<contract> : f32
                %v423 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v422) : (f32) -> f32
                %v424 = arith.addf %v37, %v423 fastmath<contract> : f32
                %v425 = arith.divf %v37, %v424 : f32
                %v426 = arith.subf %v37, %v425 fastmath<contract> : f32
                %v427 = llvm.load %v33 : !llvm.ptr -> f32
                %v428 = arith.mulf %v426, %v427 fastmath<contract> : f32
                scf.if %v22 {
                  %v429 = arith.muli %v27, %v130 : i64
                  %v430 = arith.muli %v25, %v129 : i64
                  %v431 = arith.addi %v429, %v430 : i64
                  %v432 = arith.muli %v406, %v1 : i64
                  %v433 = arith.addi %v431, %v432 : i64
                  %v434 = llvm.getelementptr %dx_x[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v428, %v434 : f32, !llvm.ptr
                }
                %v435 = arith.mulf %v300, %v427 fastmath<contract> : f32
                %v436 = arith.muli %v27, %v130 : i64
                %v437 = arith.muli %v25, %v129 : i64
                %v438 = arith.addi %v436, %v437 : i64
                %v439 = arith.muli %v406, %v1 : i64
                %v440 = arith.addi %v438, %v439 : i64
                %v441 = llvm.getelementptr %in_x[%v440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v442 = llvm.load %v441 : !llvm.ptr -> f32
                %v443 = arith.mulf %v442, %v427 fastmath<contract> : f32
                %v444 = arith.negf %v443 : f32
                %v445 = arith.addf %v435, %v444 fastmath<contract> : f32
                %v446 = arith.mulf %v425, %v426 fastmath<contract> : f32
                %v447 = arith.mulf %v445, %v446 fastmath<contract> : f32
                %v448 = llvm.load %v35 : !llvm.ptr -> f32
                %v449 = arith.addf %v448, %v447 fastmath<contract> : f32
                llvm.store %v449, %v35 : f32, !llvm.ptr
                llvm.store %v425, %v34 : f32, !llvm.ptr
              }
              %v450 = arith.addi %v155, %v278 : i64
              %v452 = arith.cmpi slt, %v451, %v347 : i32
              %v453 = arith.cmpi eq, %v451, %v353 : i32
              scf.if %v452 {
                %v454 = arith.addi %v77, %v450 : i64
                %v455 = arith.muli %v27, %v130 : i64
                %v456 = arith.muli %v25, %v129 : i64
                %v457 = arith.addi %v455, %v456 : i64
                %v458 = arith.muli %v454, %v1 : i64
                %v459 = arith.addi %v457, %v458 : i64
                %v460 = llvm.getelementptr %dy_y[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v461 = llvm.load %v460 : !llvm.ptr -> f32
                %v462 = llvm.load %v33 : !llvm.ptr -> f32
                %v463 = llvm.load %v34 : !llvm.ptr -> f32
                %v464 = arith.mulf %v463, %v462 fastmath<contract> : f32
                %v465 = arith.addf %v461, %v464 fastmath<contract> : f32
                llvm.store %v465, %v33 : f32, !llvm.ptr
                scf.if %v453 {
                }
                %v466 = arith.muli %v25, %v1 : i64
                %v467 = llvm.getelementptr %in_w[%v466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v468 = llvm.load %v467 : !llvm.ptr -> f32
                %v469 = arith.negf %v468 : f32
                %v470 = arith.mulf %v469, %v123 fastmath<contract> : f32
                %v471 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v470) : (f32) -> f32
                %v472 = arith.addf %v37, %v471 fastmath<contract> : f32
                %v473 = arith.divf %v37, %v472 : f32
                %v474 = arith.subf %v37, %v473 fastmath<contract> : f32
                %v475 = llvm.load %v33 : !llvm.ptr -> f32
                %v476 = arith.mulf %v474, %v475 fastmath<contract> : f32
                scf.if %v22 {
                  %v477 = arith.muli %v27, %v130 : i64
                  %v478 = arith.muli %v25, %v129 : i64
                  %v479 = arith.addi %v477, %v478 : i64
                  %v480 = arith.muli %v454, %v1 : i64
                  %v481 = arith.addi %v479, %v480 : i64
                  %v482 = llvm.getelementptr %dx_x[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v476, %v482 : f32, !llvm.ptr
                }
                %v483 = arith.mulf %v277, %v475 fastmath<contract> : f32
                %v484 = arith.muli %v27, %v130 : i64
                %v485 = arith.muli %v25, %v129 : i64
                %v486 = arith.addi %v484, %v485 : i64
                %v487 = arith.muli %v454, %v1 : i64
                %v488 = arith.addi %v486, %v487 : i64
                %v489 = llvm.getelementptr %in_x[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v490 = llvm.load %v489 : !llvm.ptr -> f32
                %v491 = arith.mulf %v490, %v475 fastmath<contract> : f32
                %v492 = arith.negf %v491 : f32
                %v493 = arith.addf %v483, %v492 fastmath<contract> : f32
                %v494 = arith.mulf %v473, %v474 fastmath<contract> : f32
                %v495 = arith.mulf %v493, %v494 fastmath<contract> : f32
                %v496 = llvm.load %v35 : !llvm.ptr -> f32
                %v497 = arith.addf %v496, %v495 fastmath<contract> : f32
                llvm.store %v497, %v35 : f32, !llvm.ptr
                llvm.store %v473, %v34 : f32, !llvm.ptr
              }
              %v498 = arith.addi %v155, %v29 : i64
              %v500 = arith.cmpi slt, %v499, %v347 : i32
              %v501 = arith.cmpi eq, %v499, %v353 : i32
              scf.if %v500 {
                %v502 = arith.addi %v77, %v498 : i64
                %v503 = arith.muli %v27, %v130 : i64
                %v504 = arith.muli %v25, %v129 : i64
                %v505 = arith.addi %v503, %v504 : i64
                %v506 = arith.muli %v502, %v1 : i64
                %v507 = arith.addi %v505, %v506 : i64
                %v508 = llvm.getelementptr %dy_y[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v509 = llvm.load %v508 : !llvm.ptr -> f32
                %v510 = llvm.load %v33 : !llvm.ptr -> f32
                %v511 = llvm.load %v34 : !llvm.ptr -> f32
                %v512 = arith.mulf %v511, %v510 fastmath<contract> : f32
                %v513 = arith.addf %v509, %v512 fastmath<contract> : f32
                llvm.store %v513, %v33 : f32, !llvm.ptr
                scf.if %v501 {
                }
                %v514 = arith.muli %v25, %v1 : i64
                %v515 = llvm.getelementptr %in_w[%v514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v516 = llvm.load %v515 : !llvm.ptr -> f32
                %v517 = arith.negf %v516 : f32
                %v518 = arith.mulf %v517, %v123 fastmath<contract> : f32
                %v519 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v518) : (f32) -> f32
                %v520 = arith.addf %v37, %v519 fastmath<contract> : f32
                %v521 = arith.divf %v37, %v520 : f32
                %v522 = arith.subf %v37, %v521 fastmath<contract> : f32
                %v523 = llvm.load %v33 : !llvm.ptr -> f32
                %v524 = arith.mulf %v522, %v523 fastmath<contract> : f32
                scf.if %v22 {
                  %v525 = arith.muli %v27, %v130 : i64
                  %v526 = arith.muli %v25, %v129 : i64
                  %v527 = arith.addi %v525, %v526 : i64
                  %v528 = arith.muli %v502, %v1 : i64
                  %v529 = arith.addi %v527, %v528 : i64
                  %v530 = llvm.getelementptr %dx_x[%v529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v524, %v530 : f32, !llvm.ptr
                }
                %v531 = arith.mulf %v255, %v523 fastmath<contract> : f32
                %v532 = arith.muli %v27, %v130 : i64
                %v533 = arith.muli %v25, %v129 : i64
                %v534 = arith.addi %v532, %v533 : i64
                %v535 = arith.muli %v502, %v1 : i64
                %v536 = arith.addi %v534, %v535 : i64
                %v537 = llvm.getelementptr %in_x[%v536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v538 = llvm.load %v537 : !llvm.ptr -> f32
                %v539 = arith.mulf %v538, %v523 fastmath<contract> : f32
                %v540 = arith.negf %v539 : f32
                %v541 = arith.addf %v531, %v540 fastmath<contract> : f32
                %v542 = arith.mulf %v521, %v522 fastmath<contract> : f32
                %v543 = arith.mulf %v541, %v542 fastmath<contract> : f32
                %v544 = llvm.load %v35 : !llvm.ptr -> f32
                %v545 = arith.addf %v544, %v543 fastmath<contract> : f32
                llvm.store %v545, %v35 : f32, !llvm.ptr
                llvm.store %v521, %v34 : f32, !llvm.ptr
              }
              %v546 = arith.addi %v155, %v233 : i64
              %v548 = arith.cmpi slt, %v547, %v347 : i32
              %v549 = arith.cmpi eq, %v547, %v353 : i32
              scf.if %v548 {
                %v550 = arith.addi %v77, %v546 : i64
                %v551 = arith.muli %v27, %v130 : i64
                %v552 = arith.muli %v25, %v129 : i64
                %v553 = arith.addi %v551, %v552 : i64
                %v554 = arith.muli %v550, %v1 : i64
                %v555 = arith.addi %v553, %v554 : i64
                %v556 = llvm.getelementptr %dy_y[%v555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v557 = llvm.load %v556 : !llvm.ptr -> f32
                %v558 = llvm.load %v33 : !llvm.ptr -> f32
                %v559 = llvm.load %v34 : !llvm.ptr -> f32
                %v560 = arith.mulf %v559, %v558 fastmath<contract> : f32
                %v561 = arith.addf %v557, %v560 fastmath<contract> : f32
                llvm.store %v561, %v33 : f32, !llvm.ptr
                scf.if %v549 {
                }
                %v562 = arith.muli %v25, %v1 : i64
                %v563 = llvm.getelementptr %in_w[%v562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v564 = llvm.load %v563 : !llvm.ptr -> f32
                %v565 = arith.negf %v564 : f32
                %v566 = arith.mulf %v565, %v123 fastmath<contract> : f32
                %v567 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v566) : (f32) -> f32
                %v568 = arith.addf %v37, %v567 fastmath<contract> : f32
                %v569 = arith.divf %v37, %v568 : f32
                %v570 = arith.subf %v37, %v569 fastmath<contract> : f32
                %v571 = llvm.load %v33 : !llvm.ptr -> f32
                %v572 = arith.mulf %v570, %v571 fastmath<contract> : f32
                scf.if %v22 {
                  %v573 = arith.muli %v27, %v130 : i64
                  %v574 = arith.muli %v25, %v129 : i64
                  %v575 = arith.addi %v573, %v574 : i64
                  %v576 = arith.muli %v550, %v1 : i64
                  %v577 = arith.addi %v575, %v576 : i64
                  %v578 = llvm.getelementptr %dx_x[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v572, %v578 : f32, !llvm.ptr
                }
                %v579 = arith.mulf %v232, %v571 fastmath<contract> : f32
                %v580 = arith.muli %v27, %v130 : i64
                %v581 = arith.muli %v25, %v129 : i64
                %v582 = arith.addi %v580, %v581 : i64
                %v583 = arith.muli %v550, %v1 : i64
                %v584 = arith.addi %v582, %v583 : i64
                %v585 = llvm.getelementptr %in_x[%v584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v586 = llvm.load %v585 : !llvm.ptr -> f32
                %v587 = arith.mulf %v586, %v571 fastmath<contract> : f32
                %v588 = arith.negf %v587 : f32
                %v589 = arith.addf %v579, %v588 fastmath<contract> : f32
                %v590 = arith.mulf %v569, %v570 fastmath<contract> : f32
                %v591 = arith.mulf %v589, %v590 fastmath<contract> : f32
                %v592 = llvm.load %v35 : !llvm.ptr -> f32
                %v593 = arith.addf %v592, %v591 fastmath<contract> : f32
                llvm.store %v593, %v35 : f32, !llvm.ptr
                llvm.store %v569, %v34 : f32, !llvm.ptr
              }
              %v594 = arith.addi %v155, %v210 : i64
              %v596 = arith.cmpi slt, %v595, %v347 : i32
              %v597 = arith.cmpi eq, %v595, %v353 : i32
              scf.if %v596 {
                %v598 = arith.addi %v77, %v594 : i64
                %v599 = arith.muli %v27, %v130 : i64
                %v600 = arith.muli %v25, %v129 : i64
                %v601 = arith.addi %v599, %v600 : i64
                %v602 = arith.muli %v598, %v1 : i64
                %v603 = arith.addi %v601, %v602 : i64
                %v604 = llvm.getelementptr %dy_y[%v603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v605 = llvm.load %v604 : !llvm.ptr -> f32
                %v606 = llvm.load %v33 : !llvm.ptr -> f32
                %v607 = llvm.load %v34 : !llvm.ptr -> f32
                %v608 = arith.mulf %v607, %v606 fastmath<contract> : f32
                %v609 = arith.addf %v605, %v608 fastmath<contract> : f32
                llvm.store %v609, %v33 : f32, !llvm.ptr
                scf.if %v597 {
                }
                %v610 = arith.muli %v25, %v1 : i64
                %v611 = llvm.getelementptr %in_w[%v610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v612 = llvm.load %v611 : !llvm.ptr -> f32
                %v613 = arith.negf %v612 : f32
                %v614 = arith.mulf %v613, %v123 fastmath<contract> : f32
                %v615 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v614) : (f32) -> f32
                %v616 = arith.addf %v37, %v615 fastmath<contract> : f32
                %v617 = arith.divf %v37, %v616 : f32
                %v618 = arith.subf %v37, %v617 fastmath<contract> : f32
                %v619 = llvm.load %v33 : !llvm.ptr -> f32
                %v620 = arith.mulf %v618, %v619 fastmath<contract> : f32
                scf.if %v22 {
                  %v621 = arith.muli %v27, %v130 : i64
                  %v622 = arith.muli %v25, %v129 : i64
                  %v623 = arith.addi %v621, %v622 : i64
                  %v624 = arith.muli %v598, %v1 : i64
                  %v625 = arith.addi %v623, %v624 : i64
                  %v626 = llvm.getelementptr %dx_x[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v620, %v626 : f32, !llvm.ptr
                }
                %v627 = arith.mulf %v209, %v619 fastmath<contract> : f32
                %v628 = arith.muli %v27, %v130 : i64
                %v629 = arith.muli %v25, %v129 : i64
                %v630 = arith.addi %v628, %v629 : i64
                %v631 = arith.muli %v598, %v1 : i64
                %v632 = arith.addi %v630, %v631 : i64
                %v633 = llvm.getelementptr %in_x[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v634 = llvm.load %v633 : !llvm.ptr -> f32
                %v635 = arith.mulf %v634, %v619 fastmath<contract> : f32
                %v636 = arith.negf %v635 : f32
                %v637 = arith.addf %v627, %v636 fastmath<contract> : f32
                %v638 = arith.mulf %v617, %v618 fastmath<contract> : f32
                %v639 = arith.mulf %v637, %v638 fastmath<contract> : f32
                %v640 = llvm.load %v35 : !llvm.ptr -> f32
                %v641 = arith.addf %v640, %v639 fastmath<contract> : f32
                llvm.store %v641, %v35 : f32, !llvm.ptr
                llvm.store %v617, %v34 : f32, !llvm.ptr
              }
              %v642 = arith.addi %v155, %v1 : i64
              %v644 = arith.cmpi slt, %v643, %v347 : i32
              %v645 = arith.cmpi eq, %v643, %v353 : i32
              scf.if %v644 {
                %v646 = arith.addi %v77, %v642 : i64
                %v647 = arith.muli %v27, %v130 : i64
                %v648 = arith.muli %v25, %v129 : i64
                %v649 = arith.addi %v647, %v648 : i64
                %v650 = arith.muli %v646, %v1 : i64
                %v651 = arith.addi %v649, %v650 : i64
                %v652 = llvm.getelementptr %dy_y[%v651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v653 = llvm.load %v652 : !llvm.ptr -> f32
                %v654 = llvm.load %v33 : !llvm.ptr -> f32
                %v655 = llvm.load %v34 : !llvm.ptr -> f32
                %v656 = arith.mulf %v655, %v654 fastmath<contract> : f32
                %v657 = arith.addf %v653, %v656 fastmath<contract> : f32
                llvm.store %v657, %v33 : f32, !llvm.ptr
                scf.if %v645 {
                }
                %v658 = arith.muli %v25, %v1 : i64
                %v659 = llvm.getelementptr %in_w[%v658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v660 = llvm.load %v659 : !llvm.ptr -> f32
                %v661 = arith.negf %v660 : f32
                %v662 = arith.mulf %v661, %v123 fastmath<contract> : f32
                %v663 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v662) : (f32) -> f32
                %v664 = arith.addf %v37, %v663 fastmath<contract> : f32
                %v665 = arith.divf %v37, %v664 : f32
                %v666 = arith.subf %v37, %v665 fastmath<contract> : f32
                %v667 = llvm.load %v33 : !llvm.ptr -> f32
                %v668 = arith.mulf %v666, %v667 fastmath<contract> : f32
                scf.if %v22 {
                  %v669 = arith.muli %v27, %v130 : i64
                  %v670 = arith.muli %v25, %v129 : i64
                  %v671 = arith.addi %v669, %v670 : i64
                  %v672 = arith.muli %v646, %v1 : i64
                  %v673 = arith.addi %v671, %v672 : i64
                  %v674 = llvm.getelementptr %dx_x[%v673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v668, %v674 : f32, !llvm.ptr
                }
                %v675 = arith.mulf %v187, %v667 fastmath<contract> : f32
                %v676 = arith.muli %v27, %v130 : i64
                %v677 = arith.muli %v25, %v129 : i64
                %v678 = arith.addi %v676, %v677 : i64
                %v679 = arith.muli %v646, %v1 : i64
                %v680 = arith.addi %v678, %v679 : i64
                %v681 = llvm.getelementptr %in_x[%v680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v682 = llvm.load %v681 : !llvm.ptr -> f32
                %v683 = arith.mulf %v682, %v667 fastmath<contract> : f32
                %v684 = arith.negf %v683 : f32
                %v685 = arith.addf %v675, %v684 fastmath<contract> : f32
                %v686 = arith.mulf %v665, %v666 fastmath<contract> : f32
                %v687 = arith.mulf %v685, %v686 fastmath<contract> : f32
                %v688 = llvm.load %v35 : !llvm.ptr -> f32
                %v689 = arith.addf %v688, %v687 fastmath<contract> : f32
                llvm.store %v689, %v35 : f32, !llvm.ptr
                llvm.store %v665, %v34 : f32, !llvm.ptr
              }
              %v690 = arith.addi %v155, %v38 : i64
              %v692 = arith.cmpi slt, %v691, %v347 : i32
              %v693 = arith.cmpi eq, %v691, %v353 : i32
              scf.if %v692 {
                %v694 = arith.addi %v77, %v690 : i64
                %v695 = arith.muli %v27, %v130 : i64
                %v696 = arith.muli %v25, %v129 : i64
                %v697 = arith.addi %v695, %v696 : i64
                %v698 = arith.muli %v694, %v1 : i64
                %v699 = arith.addi %v697, %v698 : i64
                %v700 = llvm.getelementptr %dy_y[%v699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v701 = llvm.load %v700 : !llvm.ptr -> f32
                %v702 = llvm.load %v33 : !llvm.ptr -> f32
                %v703 = llvm.load %v34 : !llvm.ptr -> f32
                %v704 = arith.mulf %v703, %v702 fastmath<contract> : f32
                %v705 = arith.addf %v701, %v704 fastmath<contract> : f32
                llvm.store %v705, %v33 : f32, !llvm.ptr
                scf.if %v693 {
                }
                %v706 = arith.muli %v25, %v1 : i64
                %v707 = llvm.getelementptr %in_w[%v706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v708 = llvm.load %v707 : !llvm.ptr -> f32
                %v709 = arith.negf %v708 : f32
                %v710 = arith.mulf %v709, %v123 fastmath<contract> : f32
                %v711 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v710) : (f32) -> f32
                %v712 = arith.addf %v37, %v711 fastmath<contract> : f32
                %v713 = arith.divf %v37, %v712 : f32
                %v714 = arith.subf %v37, %v713 fastmath<contract> : f32
                %v715 = llvm.load %v33 : !llvm.ptr -> f32
                %v716 = arith.mulf %v714, %v715 fastmath<contract> : f32
                scf.if %v22 {
                  %v717 = arith.muli %v27, %v130 : i64
                  %v718 = arith.muli %v25, %v129 : i64
                  %v719 = arith.addi %v717, %v718 : i64
                  %v720 = arith.muli %v694, %v1 : i64
                  %v721 = arith.addi %v719, %v720 : i64
                  %v722 = llvm.getelementptr %dx_x[%v721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v716, %v722 : f32, !llvm.ptr
                }
                %v723 = arith.mulf %v165, %v715 fastmath<contract> : f32
                %v724 = arith.muli %v27, %v130 : i64
                %v725 = arith.muli %v25, %v129 : i64
                %v726 = arith.addi %v724, %v725 : i64
                %v727 = arith.muli %v694, %v1 : i64
                %v728 = arith.addi %v726, %v727 : i64
                %v729 = llvm.getelementptr %in_x[%v728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v730 = llvm.load %v729 : !llvm.ptr -> f32
                %v731 = arith.mulf %v730, %v715 fastmath<contract> : f32
                %v732 = arith.negf %v731 : f32
                %v733 = arith.addf %v723, %v732 fastmath<contract> : f32
                %v734 = arith.mulf %v713, %v714 fastmath<contract> : f32
                %v735 = arith.mulf %v733, %v734 fastmath<contract> : f32
                %v736 = llvm.load %v35 : !llvm.ptr -> f32
                %v737 = arith.addf %v736, %v735 fastmath<contract> : f32
                llvm.store %v737, %v35 : f32, !llvm.ptr
                llvm.store %v713, %v34 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      %v738 = arith.cmpi eq, %v18, %v38 : i64
      scf.if %v738 {
      }
      scf.if %v22 {
        %v739 = llvm.load %v35 : !llvm.ptr -> f32
        %v740 = arith.addi %v32, %v21 : i64
        %v741 = arith.muli %v740, %v1 : i64
        %v742 = arith.addi %v741, %v38 : i64
        %v743 = llvm.getelementptr %part_w[%v742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v739, %v743 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
