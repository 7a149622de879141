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
      %v120 = arith.constant 0x3FB8AA3B : f32
      %v126 = arith.muli %v1, %size_L : i64
      %v127 = arith.muli %v126, %size_D : i64
      %v207 = arith.constant 2 : i64
      %v230 = arith.constant 3 : i64
      %v275 = arith.constant 5 : i64
      %v298 = arith.constant 6 : i64
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
        %v80 = arith.subi %v79, %v1 : i64
        %v81 = arith.addi %v79, %v62 : i64
        %v82 = arith.divui %v81, %v61 : i64
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
        %v94 = arith.index_cast %v82 : i64 to index
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
          %v108 = arith.index_cast %v38 : i64 to index
          %v109 = arith.index_cast %v61 : i64 to index
          %v110 = arith.index_cast %v1 : i64 to index
          scf.for %v111 = %v108 to %v109 step %v110 {
            %v112 = arith.index_cast %v111 : index to i64
            %v113 = arith.addi %v107, %v112 : i64
            %v114 = arith.cmpi slt, %v113, %v79 : i64
            scf.if %v114 {
              %v115 = arith.addi %v77, %v113 : i64
              %v116 = arith.muli %v25, %v1 : i64
              %v117 = llvm.getelementptr %in_w[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v118 = llvm.load %v117 : !llvm.ptr -> f32
              %v119 = arith.negf %v118 : f32
              %v121 = arith.mulf %v119, %v120 fastmath<contract> : f32
              %v122 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v121) : (f32) -> f32
              %v123 = arith.addf %v37, %v122 fastmath<contract> : f32
              %v124 = arith.divf %v37, %v123 : f32
              %v125 = arith.subf %v37, %v124 fastmath<contract> : f32
              %v128 = arith.muli %v27, %v127 : i64
              %v129 = arith.muli %v25, %v126 : i64
              %v130 = arith.addi %v128, %v129 : i64
              %v131 = arith.muli %v115, %v1 : i64
              %v132 = arith.addi %v130, %v131 : i64
              %v133 = llvm.getelementptr %in_x[%v132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v134 = llvm.load %v133 : !llvm.ptr -> f32
              %v135 = arith.mulf %v125, %v134 fastmath<contract> : f32
              %v136 = llvm.load %v9 : !llvm.ptr -> f32
              %v137 = arith.mulf %v124, %v136 fastmath<contract> : f32
              %v138 = arith.addf %v137, %v135 fastmath<contract> : f32
              llvm.store %v138, %v9 : f32, !llvm.ptr
            }
          }
        }
        %v139 = arith.index_cast %v38 : i64 to index
        %v140 = arith.index_cast %v1 : i64 to index
        %v141 = arith.index_cast %v1 : i64 to index
        scf.for %v142 = %v139 to %v140 step %v141 {
          %v143 = arith.index_cast %v142 : index to i64
          %v144 = arith.index_cast %v38 : i64 to index
          %v145 = arith.index_cast %v82 : i64 to index
          %v146 = arith.index_cast %v1 : i64 to index
          scf.for %v147 = %v144 to %v145 step %v146 {
            %v148 = arith.index_cast %v147 : index to i64
            %v149 = arith.cmpi slt, %v148, %v82 : i64
            scf.if %v149 {
              %v150 = arith.subi %v82, %v1 : i64
              %v151 = arith.subi %v150, %v148 : i64
              %v152 = arith.muli %v151, %v61 : i64
              %v153 = arith.addi %v67, %v151 : i64
              %v154 = arith.subi %v79, %v1 : i64
              %v155 = arith.muli %v153, %v3 : i64
              %v156 = arith.subi %v3, %v1 : i64
              %v157 = arith.minsi %v21, %v156 : i64
              %v158 = arith.addi %v155, %v157 : i64
              %v159 = arith.muli %v158, %v1 : i64
              %v160 = arith.addi %v159, %v38 : i64
              %v161 = llvm.getelementptr %scratch_h[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v162 = llvm.load %v161 : !llvm.ptr -> f32
              // the group's states, recomputed into registers
              %v163 = arith.addi %v152, %v38 : i64
              %v164 = arith.minsi %v163, %v154 : i64
              %v165 = arith.addi %v77, %v164 : i64
              %v166 = arith.muli %v25, %v1 : i64
              %v167 = llvm.getelementptr %in_w[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v168 = llvm.load %v167 : !llvm.ptr -> f32
              %v169 = arith.negf %v168 : f32
              %v170 = arith.mulf %v169, %v120 fastmath<contract> : f32
              %v171 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v170) : (f32) -> f32
              %v172 = arith.addf %v37, %v171 fastmath<contract> : f32
              %v173 = arith.divf %v37, %v172 : f32
              %v174 = arith.subf %v37, %v173 fastmath<contract> : f32
              %v175 = arith.muli %v27, %v127 : i64
              %v176 = arith.muli %v25, %v126 : i64
              %v177 = arith.addi %v175, %v176 : i64
              %v178 = arith.muli %v165, %v1 : i64
              %v179 = arith.addi %v177, %v178 : i64
              %v180 = llvm.getelementptr %in_x[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v181 = llvm.load %v180 : !llvm.ptr -> f32
              %v182 = arith.mulf %v174, %v181 fastmath<contract> : f32
              %v183 = arith.mulf %v173, %v162 fastmath<contract> : f32
              %v184 = arith.addf %v183, %v182 fastmath<contract> : f32
              %v185 = arith.addi %v152, %v1 : i64
              %v186 = arith.minsi %v185, %v154 : i64
              %v187 = arith.addi %v77, %v186 : i64
              %v188 = arith.muli %v25, %v1 : i64
              %v189 = llvm.getelementptr %in_w[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v190 = llvm.load %v189 : !llvm.ptr -> f32
              %v191 = arith.negf %v190 : f32
              %v192 = arith.mulf %v191, %v120 fastmath<contract> : f32
              %v193 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v192) : (f32) -> f32
              %v194 = arith.addf %v37, %v193 fastmath<contract> : f32
              %v195 = arith.divf %v37, %v194 : f32
              %v196 = arith.subf %v37, %v195 fastmath<contract> : f32
              %v197 = arith.muli %v27, %v127 : i64
              %v198 = arith.muli %v25, %v126 : i64
              %v199 = arith.addi %v197, %v198 : i64
              %v200 = arith.muli %v187, %v1 : i64
              %v201 = arith.addi %v199, %v200 : i64
              %v202 = llvm.getelementptr %in_x[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v203 = llvm.load %v202 : !llvm.ptr -> f32
              %v204 = arith.mulf %v196, %v203 fastmath<contract> : f32
              %v205 = arith.mulf %v195, %v184 fastmath<contract> : f32
              %v206 = arith.addf %v205, %v204 fastmath<contract> : f32
              %v208 = arith.addi %v152, %v207 : i64
              %v209 = arith.minsi %v208, %v154 : i64
              %v210 = arith.addi %v77, %v209 : i64
              %v211 = arith.muli %v25, %v1 : i64
              %v212 = llvm.getelementptr %in_w[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v213 = llvm.load %v212 : !llvm.ptr -> f32
              %v214 = arith.negf %v213 : f32
              %v215 = arith.mulf %v214, %v120 fastmath<contract> : f32
              %v216 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v215) : (f32) -> f32
              %v217 = arith.addf %v37, %v216 fastmath<contract> : f32
              %v218 = arith.divf %v37, %v217 : f32
              %v219 = arith.subf %v37, %v218 fastmath<contract> : f32
              %v220 = arith.muli %v27, %v127 : i64
              %v221 = arith.muli %v25, %v126 : i64
              %v222 = arith.addi %v220, %v221 : i64
              %v223 = arith.muli %v210, %v1 : i64
              %v224 = arith.addi %v222, %v223 : i64
              %v225 = llvm.getelementptr %in_x[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v226 = llvm.load %v225 : !llvm.ptr -> f32
              %v227 = arith.mulf %v219, %v226 fastmath<contract> : f32
              %v228 = arith.mulf %v218, %v206 fastmath<contract> : f32
              %v229 = arith.addf %v228, %v227 fastmath<contract> : f32
              %v231 = arith.addi %v152, %v230 : i64
              %v232 = arith.minsi %v231, %v154 : i64
              %v233 = arith.addi %v77, %v232 : i64
              %v234 = arith.muli %v25, %v1 : i64
              %v235 = llvm.getelementptr %in_w[%v234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v236 = llvm.load %v235 : !llvm.ptr -> f32
              %v237 = arith.negf %v236 : f32
              %v238 = arith.mulf %v237, %v120 fastmath<contract> : f32
              %v239 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v238) : (f32) -> f32
              %v240 = arith.addf %v37, %v239 fastmath<contract> : f32
              %v241 = arith.divf %v37, %v240 : f32
              %v242 = arith.subf %v37, %v241 fastmath<contract> : f32
              %v243 = arith.muli %v27, %v127 : i64
              %v244 = arith.muli %v25, %v126 : i64
              %v245 = arith.addi %v243, %v244 : i64
              %v246 = arith.muli %v233, %v1 : i64
              %v247 = arith.addi %v245, %v246 : i64
              %v248 = llvm.getelementptr %in_x[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v249 = llvm.load %v248 : !llvm.ptr -> f32
              %v250 = arith.mulf %v242, %v249 fastmath<contract> : f32
              %v251 = arith.mulf %v241, %v229 fastmath<contract> : f32
              %v252 = arith.addf %v251, %v250 fastmath<contract> : f32
              %v253 = arith.addi %v152, %v29 : i64
              %v254 = arith.minsi %v253, %v154 : i64
              %v255 = arith.addi %v77, %v254 : i64
              %v256 = arith.muli %v25, %v1 : i64
              %v257 = llvm.getelementptr %in_w[%v256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v258 = llvm.load %v257 : !llvm.ptr -> f32
              %v259 = arith.negf %v258 : f32
              %v260 = arith.mulf %v259, %v120 fastmath<contract> : f32
              %v261 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v260) : (f32) -> f32
              %v262 = arith.addf %v37, %v261 fastmath<contract> : f32
              %v263 = arith.divf %v37, %v262 : f32
              %v264 = arith.subf %v37, %v263 fastmath<contract> : f32
              %v265 = arith.muli %v27, %v127 : i64
              %v266 = arith.muli %v25, %v126 : i64
              %v267 = arith.addi %v265, %v266 : i64
              %v268 = arith.muli %v255, %v1 : i64
              %v269 = arith.addi %v267, %v268 : i64
              %v270 = llvm.getelementptr %in_x[%v269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v271 = llvm.load %v270 : !llvm.ptr -> f32
              %v272 = arith.mulf %v264, %v271 fastmath<contract> : f32
              %v273 = arith.mulf %v263, %v252 fastmath<contract> : f32
              %v274 = arith.addf %v273, %v272 fastmath<contract> : f32
              %v276 = arith.addi %v152, %v275 : i64
              %v277 = arith.minsi %v276, %v154 : i64
              %v278 = arith.addi %v77, %v277 : i64
              %v279 = arith.muli %v25, %v1 : i64
              %v280 = llvm.getelementptr %in_w[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v281 = llvm.load %v280 : !llvm.ptr -> f32
              %v282 = arith.negf %v281 : f32
              %v283 = arith.mulf %v282, %v120 fastmath<contract> : f32
              %v284 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v283) : (f32) -> f32
              %v285 = arith.addf %v37, %v284 fastmath<contract> : f32
              %v286 = arith.divf %v37, %v285 : f32
              %v287 = arith.subf %v37, %v286 fastmath<contract> : f32
              %v288 = arith.muli %v27, %v127 : i64
              %v289 = arith.muli %v25, %v126 : i64
              %v290 = arith.addi %v288, %v289 : i64
              %v291 = arith.muli %v278, %v1 : i64
              %v292 = arith.addi %v290, %v291 : i64
              %v293 = llvm.getelementptr %in_x[%v292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v294 = llvm.load %v293 : !llvm.ptr -> f32
              %v295 = arith.mulf %v287, %v294 fastmath<contract> : f32
              %v296 = arith.mulf %v286, %v274 fastmath<contract> : f32
              %v297 = arith.addf %v296, %v295 fastmath<contract> : f32
              %v299 = arith.addi %v152, %v298 : i64
              %v300 = arith.minsi %v299, %v154 : i64
              %v301 = arith.addi %v77, %v300 : i64
              %v302 = arith.muli %v25, %v1 : i64
              %v303 = llvm.getelementptr %in_w[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v304 = llvm.load %v303 : !llvm.ptr -> f32
              %v305 = arith.negf %v304 : f32
              %v306 = arith.mulf %v305, %v120 fastmath<contract> : f32
              %v307 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v306) : (f32) -> f32
              %v308 = arith.addf %v37, %v307 fastmath<contract> : f32
              %v309 = arith.divf %v37, %v308 : f32
              %v310 = arith.subf %v37, %v309 fastmath<contract> : f32
              %v311 = arith.muli %v27, %v127 : i64
              %v312 = arith.muli %v25, %v126 : i64
              %v313 = arith.addi %v311, %v312 : i64
              %v314 = arith.muli %v301, %v1 : i64
              %v315 = arith.addi %v313, %v314 : i64
              %v316 = llvm.getelementptr %in_x[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v317 = llvm.load %v316 : !llvm.ptr -> f32
              %v318 = arith.mulf %v310, %v317 fastmath<contract> : f32
              %v319 = arith.mulf %v309, %v297 fastmath<contract> : f32
              %v320 = arith.addf %v319, %v318 fastmath<contract> : f32
              %v321 = arith.addi %v152, %v62 : i64
              %v322 = arith.minsi %v321, %v154 : i64
              %v323 = arith.addi %v77, %v322 : i64
              %v324 = arith.muli %v25, %v1 : i64
              %v325 = llvm.getelementptr %in_w[%v324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v326 = llvm.load %v325 : !llvm.ptr -> f32
              %v327 = arith.negf %v326 : f32
              %v328 = arith.mulf %v327, %v120 fastmath<contract> : f32
              %v329 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v328) : (f32) -> f32
              %v330 = arith.addf %v37, %v329 fastmath<contract> : f32
              %v331 = arith.divf %v37, %v330 : f32
              %v332 = arith.subf %v37, %v331 fastmath<contract> : f32
              %v333 = arith.muli %v27, %v127 : i64
              %v334 = arith.muli %v25, %v126 : i64
              %v335 = arith.addi %v333, %v334 : i64
              %v336 = arith.muli %v323, %v1 : i64
              %v337 = arith.addi %v335, %v336 : i64
              %v338 = llvm.getelementptr %in_x[%v337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v339 = llvm.load %v338 : !llvm.ptr -> f32
              %v340 = arith.mulf %v332, %v339 fastmath<contract> : f32
              %v341 = arith.mulf %v331, %v320 fastmath<contract> : f32
              %v342 = arith.addf %v341, %v340 fastmath<contract> : f32
              %v343 = arith.addi %v152, %v62 : i64
              %v344 = arith.cmpi slt, %v343, %v79 : i64
              scf.if %v344 {
                %v345 = arith.addi %v77, %v343 : i64
                %v346 = arith.muli %v27, %v127 : i64
                %v347 = arith.muli %v25, %v126 : i64
                %v348 = arith.addi %v346, %v347 : i64
                %v349 = arith.muli %v345, %v1 : i64
                %v350 = arith.addi %v348, %v349 : i64
                %v351 = llvm.getelementptr %dy_y[%v350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v352 = llvm.load %v351 : !llvm.ptr -> f32
                %v353 = llvm.load %v33 : !llvm.ptr -> f32
                %v354 = llvm.load %v34 : !llvm.ptr -> f32
                %v355 = arith.mulf %v354, %v353 fastmath<contract> : f32
                %v356 = arith.addf %v352, %v355 fastmath<contract> : f32
                llvm.store %v356, %v33 : f32, !llvm.ptr
                %v357 = arith.subi %size_L, %v1 : i64
                %v358 = arith.cmpi eq, %v345, %v357 : i64
                scf.if %v358 {
                }
                %v359 = arith.muli %v25, %v1 : i64
                %v360 = llvm.getelementptr %in_w[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v361 = llvm.load %v360 : !llvm.ptr -> f32
                %v362 = arith.negf %v361 : f32
                %v363 = arith.mulf %v362, %v120 fastmath<contract> : f32
                %v364 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v363) : (f32) -> f32
                %v365 = arith.addf %v37, %v364 fastmath<contract> : f32
                %v366 = arith.divf %v37, %v365 : f32
                %v367 = arith.subf %v37, %v366 fastmath<contract> : f32
                %v368 = llvm.load %v33 : !llvm.ptr -> f32
                %v369 = arith.mulf %v367, %v368 fastmath<contract> : f32
                scf.if %v22 {
                  %v370 = arith.muli %v27, %v127 : i64
                  %v371 = arith.muli %v25, %v126 : i64
                  %v372 = arith.addi %v370, %v371 : i64
                  %v373 = arith.muli %v345, %v1 : i64
                  %v374 = arith.addi %v372, %v373 : i64
                  %v375 = llvm.getelementptr %dx_x[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v369, %v375 : f32, !llvm.ptr
                }
                %v376 = arith.mulf %v320, %v368 fastmath<contract> : f32
                %v377 = arith.muli %v27, %v127 : i64
                %v378 = arith.muli %v25, %v126 : i64
                %v379 = arith.addi %v377, %v378 : i64
                %v380 = arith.muli %v345, %v1 : i64
                %v381 = arith.addi %v379, %v380 : i64
                %v382 = llvm.getelementptr %in_x[%v381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v383 = llvm.load %v382 : !llvm.ptr -> f32
                %v384 = arith.mulf %v383, %v368 fastmath<contract> : f32
                %v385 = arith.negf %v384 : f32
                %v386 = arith.addf %v376, %v385 fastmath<contract> : f32
                %v387 = arith.mulf %v366, %v367 fastmath<contract> : f32
                %v388 = arith.mulf %v386, %v387 fastmath<contract> : f32
                %v389 = llvm.load %v35 : !llvm.ptr -> f32
                %v390 = arith.addf %v389, %v388 fastmath<contract> : f32
                llvm.store %v390, %v35 : f32, !llvm.ptr
                llvm.store %v366, %v34 : f32, !llvm.ptr
              }
              %v391 = arith.addi %v152, %v298 : i64
              %v392 = arith.cmpi slt, %v391, %v79 : i64
              scf.if %v392 {
                %v393 = arith.addi %v77, %v391 : i64
                %v394 = arith.muli %v27, %v127 : i64
                %v395 = arith.muli %v25, %v126 : i64
                %v396 = arith.addi %v394, %v395 : i64
                %v397 = arith.muli %v393, %v1 : i64
                %v398 = arith.addi %v396, %v397 : i64
                %v399 = llvm.getelementptr %dy_y[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v400 = llvm.load %v399 : !llvm.ptr -> f32
                %v401 = llvm.load %v33 : !llvm.ptr -> f32
                %v402 = llvm.load %v34 : !llvm.ptr -> f32
                %v403 = arith.mulf %v402, %v401 fastmath<contract> : f32
                %v404 = arith.addf %v400, %v403 fastmath<contract> : f32
                llvm.store %v404, %v33 : f32, !llvm.ptr
                %v405 = arith.subi %size_L, %v1 : i64
                %v406 = arith.cmpi eq, %v393, %v405 : i64
                scf.if %v406 {
                }
                %v407 = arith.muli %v25, %v1 : i64
                %v408 = llvm.getelementptr %in_w[%v407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v409 = llvm.load %v408 : !llvm.ptr -> f32
                %v410 = arith.negf %v409 : f32
                %v411 = arith.mulf %v410, %v120 fastmath<contract> : f32
                %v412 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v411) : (f32) -> f32
                %v413 = arith.addf %v37, %v412 fastmath<contract> : f32
                %v414 = arith.divf %v37, %v413 : f32
                %v415 = arith.subf %v37, %v414 fastmath<contract> : f32
                %v416 = llvm.load %v33 : !llvm.ptr -> f32
                %v417 = arith.mulf %v415, %v416 fastmath<contract> : f32
                scf.if %v22 {
                  %v418 = arith.muli %v27, %v127 : i64
                  %v419 = arith.muli %v25, %v126 : i64
                  %v420 = arith.addi %v418, %v419 : i64
                  %v421 = arith.muli %v393, %v1 : i64
                  %v422 = arith.addi %v420, %v421 : i64
                  %v423 = llvm.getelementptr %dx_x[%v422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v417, %v423 : f32, !llvm.ptr
                }
                %v424 = arith.mulf %v297, %v416 fastmath<contract> : f32
                %v425 = arith.muli %v27, %v127 : i64
                %v426 = arith.muli %v25, %v126 : i64
                %v427 = arith.addi %v425, %v426 : i64
                %v428 = arith.muli %v393, %v1 : i64
                %v429 = arith.addi %v427, %v428 : i64
                %v430 = llvm.getelementptr %in_x[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v431 = llvm.load %v430 : !llvm.ptr -> f32
                %v432 = arith.mulf %v431, %v416 fastmath<contract> : f32
                %v433 = arith.negf %v432 : f32
                %v434 = arith.addf %v424, %v433 fastmath<contract> : f32
                %v435 = arith.mulf %v414, %v415 fastmath<contract> : f32
                %v436 = arith.mulf %v434, %v435 fastmath<contract> : f32
                %v437 = llvm.load %v35 : !llvm.ptr -> f32
                %v438 = arith.addf %v437, %v436 fastmath<contract> : f32
                llvm.store %v438, %v35 : f32, !llvm.ptr
                llvm.store %v414, %v34 : f32, !llvm.ptr
              }
              %v439 = arith.addi %v152, %v275 : i64
              %v440 = arith.cmpi slt, %v439, %v79 : i64
              scf.if %v440 {
                %v441 = arith.addi %v77, %v439 : i64
                %v442 = arith.muli %v27, %v127 : i64
                %v443 = arith.muli %v25, %v126 : i64
                %v444 = arith.addi %v442, %v443 : i64
                %v445 = arith.muli %v441, %v1 : i64
                %v446 = arith.addi %v444, %v445 : i64
                %v447 = llvm.getelementptr %dy_y[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v448 = llvm.load %v447 : !llvm.ptr -> f32
                %v449 = llvm.load %v33 : !llvm.ptr -> f32
                %v450 = llvm.load %v34 : !llvm.ptr -> f32
                %v451 = arith.mulf %v450, %v449 fastmath<contract> : f32
                %v452 = arith.addf %v448, %v451 fastmath<contract> : f32
                llvm.store %v452, %v33 : f32, !llvm.ptr
                %v453 = arith.subi %size_L, %v1 : i64
                %v454 = arith.cmpi eq, %v441, %v453 : i64
                scf.if %v454 {
                }
                %v455 = arith.muli %v25, %v1 : i64
                %v456 = llvm.getelementptr %in_w[%v455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v457 = llvm.load %v456 : !llvm.ptr -> f32
                %v458 = arith.negf %v457 : f32
                %v459 = arith.mulf %v458, %v120 fastmath<contract> : f32
                %v460 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v459) : (f32) -> f32
                %v461 = arith.addf %v37, %v460 fastmath<contract> : f32
                %v462 = arith.divf %v37, %v461 : f32
                %v463 = arith.subf %v37, %v462 fastmath<contract> : f32
                %v464 = llvm.load %v33 : !llvm.ptr -> f32
                %v465 = arith.mulf %v463, %v464 fastmath<contract> : f32
                scf.if %v22 {
                  %v466 = arith.muli %v27, %v127 : i64
                  %v467 = arith.muli %v25, %v126 : i64
                  %v468 = arith.addi %v466, %v467 : i64
                  %v469 = arith.muli %v441, %v1 : i64
                  %v470 = arith.addi %v468, %v469 : i64
                  %v471 = llvm.getelementptr %dx_x[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v465, %v471 : f32, !llvm.ptr
                }
                %v472 = arith.mulf %v274, %v464 fastmath<contract> : f32
                %v473 = arith.muli %v27, %v127 : i64
                %v474 = arith.muli %v25, %v126 : i64
                %v475 = arith.addi %v473, %v474 : i64
                %v476 = arith.muli %v441, %v1 : i64
                %v477 = arith.addi %v475, %v476 : i64
                %v478 = llvm.getelementptr %in_x[%v477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v479 = llvm.load %v478 : !llvm.ptr -> f32
                %v480 = arith.mulf %v479, %v464 fastmath<contract> : f32
                %v481 = arith.negf %v480 : f32
                %v482 = arith.addf %v472, %v481 fastmath<contract> : f32
                %v483 = arith.mulf %v462, %v463 fastmath<contract> : f32
                %v484 = arith.mulf %v482, %v483 fastmath<contract> : f32
                %v485 = llvm.load %v35 : !llvm.ptr -> f32
                %v486 = arith.addf %v485, %v484 fastmath<contract> : f32
                llvm.store %v486, %v35 : f32, !llvm.ptr
                llvm.store %v462, %v34 : f32, !llvm.ptr
              }
              %v487 = arith.addi %v152, %v29 : i64
              %v488 = arith.cmpi slt, %v487, %v79 : i64
              scf.if %v488 {
                %v489 = arith.addi %v77, %v487 : i64
                %v490 = arith.muli %v27, %v127 : i64
                %v491 = arith.muli %v25, %v126 : i64
                %v492 = arith.addi %v490, %v491 : i64
                %v493 = arith.muli %v489, %v1 : i64
                %v494 = arith.addi %v492, %v493 : i64
                %v495 = llvm.getelementptr %dy_y[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v496 = llvm.load %v495 : !llvm.ptr -> f32
                %v497 = llvm.load %v33 : !llvm.ptr -> f32
                %v498 = llvm.load %v34 : !llvm.ptr -> f32
                %v499 = arith.mulf %v498, %v497 fastmath<contract> : f32
                %v500 = arith.addf %v496, %v499 fastmath<contract> : f32
                llvm.store %v500, %v33 : f32, !llvm.ptr
                %v501 = arith.subi %size_L, %v1 : i64
                %v502 = arith.cmpi eq, %v489, %v501 : i64
                scf.if %v502 {
                }
                %v503 = arith.muli %v25, %v1 : i64
                %v504 = llvm.getelementptr %in_w[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v505 = llvm.load %v504 : !llvm.ptr -> f32
                %v506 = arith.negf %v505 : f32
                %v507 = arith.mulf %v506, %v120 fastmath<contract> : f32
                %v508 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v507) : (f32) -> f32
                %v509 = arith.addf %v37, %v508 fastmath<contract> : f32
                %v510 = arith.divf %v37, %v509 : f32
                %v511 = arith.subf %v37, %v510 fastmath<contract> : f32
                %v512 = llvm.load %v33 : !llvm.ptr -> f32
                %v513 = arith.mulf %v511, %v512 fastmath<contract> : f32
                scf.if %v22 {
                  %v514 = arith.muli %v27, %v127 : i64
                  %v515 = arith.muli %v25, %v126 : i64
                  %v516 = arith.addi %v514, %v515 : i64
                  %v517 = arith.muli %v489, %v1 : i64
                  %v518 = arith.addi %v516, %v517 : i64
                  %v519 = llvm.getelementptr %dx_x[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v513, %v519 : f32, !llvm.ptr
                }
                %v520 = arith.mulf %v252, %v512 fastmath<contract> : f32
                %v521 = arith.muli %v27, %v127 : i64
                %v522 = arith.muli %v25, %v126 : i64
                %v523 = arith.addi %v521, %v522 : i64
                %v524 = arith.muli %v489, %v1 : i64
                %v525 = arith.addi %v523, %v524 : i64
                %v526 = llvm.getelementptr %in_x[%v525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v527 = llvm.load %v526 : !llvm.ptr -> f32
                %v528 = arith.mulf %v527, %v512 fastmath<contract> : f32
                %v529 = arith.negf %v528 : f32
                %v530 = arith.addf %v520, %v529 fastmath<contract> : f32
                %v531 = arith.mulf %v510, %v511 fastmath<contract> : f32
                %v532 = arith.mulf %v530, %v531 fastmath<contract> : f32
                %v533 = llvm.load %v35 : !llvm.ptr -> f32
                %v534 = arith.addf %v533, %v532 fastmath<contract> : f32
                llvm.store %v534, %v35 : f32, !llvm.ptr
                llvm.store %v510, %v34 : f32, !llvm.ptr
              }
              %v535 = arith.addi %v152, %v230 : i64
              %v536 = arith.cmpi slt, %v535, %v79 : i64
              scf.if %v536 {
                %v537 = arith.addi %v77, %v535 : i64
                %v538 = arith.muli %v27, %v127 : i64
                %v539 = arith.muli %v25, %v126 : i64
                %v540 = arith.addi %v538, %v539 : i64
                %v541 = arith.muli %v537, %v1 : i64
                %v542 = arith.addi %v540, %v541 : i64
                %v543 = llvm.getelementptr %dy_y[%v542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v544 = llvm.load %v543 : !llvm.ptr -> f32
                %v545 = llvm.load %v33 : !llvm.ptr -> f32
                %v546 = llvm.load %v34 : !llvm.ptr -> f32
                %v547 = arith.mulf %v546, %v545 fastmath<contract> : f32
                %v548 = arith.addf %v544, %v547 fastmath<contract> : f32
                llvm.store %v548, %v33 : f32, !llvm.ptr
                %v549 = arith.subi %size_L, %v1 : i64
                %v550 = arith.cmpi eq, %v537, %v549 : i64
                scf.if %v550 {
                }
                %v551 = arith.muli %v25, %v1 : i64
                %v552 = llvm.getelementptr %in_w[%v551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v553 = llvm.load %v552 : !llvm.ptr -> f32
                %v554 = arith.negf %v553 : f32
                %v555 = arith.mulf %v554, %v120 fastmath<contract> : f32
                %v556 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v555) : (f32) -> f32
                %v557 = arith.addf %v37, %v556 fastmath<contract> : f32
                %v558 = arith.divf %v37, %v557 : f32
                %v559 = arith.subf %v37, %v558 fastmath<contract> : f32
                %v560 = llvm.load %v33 : !llvm.ptr -> f32
                %v561 = arith.mulf %v559, %v560 fastmath<contract> : f32
                scf.if %v22 {
                  %v562 = arith.muli %v27, %v127 : i64
                  %v563 = arith.muli %v25, %v126 : i64
                  %v564 = arith.addi %v562, %v563 : i64
                  %v565 = arith.muli %v537, %v1 : i64
                  %v566 = arith.addi %v564, %v565 : i64
                  %v567 = llvm.getelementptr %dx_x[%v566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v561, %v567 : f32, !llvm.ptr
                }
                %v568 = arith.mulf %v229, %v560 fastmath<contract> : f32
                %v569 = arith.muli %v27, %v127 : i64
                %v570 = arith.muli %v25, %v126 : i64
                %v571 = arith.addi %v569, %v570 : i64
                %v572 = arith.muli %v537, %v1 : i64
                %v573 = arith.addi %v571, %v572 : i64
                %v574 = llvm.getelementptr %in_x[%v573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v575 = llvm.load %v574 : !llvm.ptr -> f32
                %v576 = arith.mulf %v575, %v560 fastmath<contract> : f32
                %v577 = arith.negf %v576 : f32
                %v578 = arith.addf %v568, %v577 fastmath<contract> : f32
                %v579 = arith.mulf %v558, %v559 fastmath<contract> : f32
                %v580 = arith.mulf %v578, %v579 fastmath<contract> : f32
                %v581 = llvm.load %v35 : !llvm.ptr -> f32
                %v582 = arith.addf %v581, %v580 fastmath<contract> : f32
                llvm.store %v582, %v35 : f32, !llvm.ptr
                llvm.store %v558, %v34 : f32, !llvm.ptr
              }
              %v583 = arith.addi %v152, %v207 : i64
              %v584 = arith.cmpi slt, %v583, %v79 : i64
              scf.if %v584 {
                %v585 = arith.addi %v77, %v583 : i64
                %v586 = arith.muli %v27, %v127 : i64
                %v587 = arith.muli %v25, %v126 : i64
                %v588 = arith.addi %v586, %v587 : i64
                %v589 = arith.muli %v585, %v1 : i64
                %v590 = arith.addi %v588, %v589 : i64
                %v591 = llvm.getelementptr %dy_y[%v590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v592 = llvm.load %v591 : !llvm.ptr -> f32
                %v593 = llvm.load %v33 : !llvm.ptr -> f32
                %v594 = llvm.load %v34 : !llvm.ptr -> f32
                %v595 = arith.mulf %v594, %v593 fastmath<contract> : f32
                %v596 = arith.addf %v592, %v595 fastmath<contract> : f32
                llvm.store %v596, %v33 : f32, !llvm.ptr
                %v597 = arith.subi %size_L, %v1 : i64
                %v598 = arith.cmpi eq, %v585, %v597 : i64
                scf.if %v598 {
                }
                %v599 = arith.muli %v25, %v1 : i64
                %v600 = llvm.getelementptr %in_w[%v599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v601 = llvm.load %v600 : !llvm.ptr -> f32
                %v602 = arith.negf %v601 : f32
                %v603 = arith.mulf %v602, %v120 fastmath<contract> : f32
                %v604 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v603) : (f32) -> f32
                %v605 = arith.addf %v37, %v604 fastmath<contract> : f32
                %v606 = arith.divf %v37, %v605 : f32
                %v607 = arith.subf %v37, %v606 fastmath<contract> : f32
                %v608 = llvm.load %v33 : !llvm.ptr -> f32
                %v609 = arith.mulf %v607, %v608 fastmath<contract> : f32
                scf.if %v22 {
                  %v610 = arith.muli %v27, %v127 : i64
                  %v611 = arith.muli %v25, %v126 : i64
                  %v612 = arith.addi %v610, %v611 : i64
                  %v613 = arith.muli %v585, %v1 : i64
                  %v614 = arith.addi %v612, %v613 : i64
                  %v615 = llvm.getelementptr %dx_x[%v614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v609, %v615 : f32, !llvm.ptr
                }
                %v616 = arith.mulf %v206, %v608 fastmath<contract> : f32
                %v617 = arith.muli %v27, %v127 : i64
                %v618 = arith.muli %v25, %v126 : i64
                %v619 = arith.addi %v617, %v618 : i64
                %v620 = arith.muli %v585, %v1 : i64
                %v621 = arith.addi %v619, %v620 : i64
                %v622 = llvm.getelementptr %in_x[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v623 = llvm.load %v622 : !llvm.ptr -> f32
                %v624 = arith.mulf %v623, %v608 fastmath<contract> : f32
                %v625 = arith.negf %v624 : f32
                %v626 = arith.addf %v616, %v625 fastmath<contract> : f32
                %v627 = arith.mulf %v606, %v607 fastmath<contract> : f32
                %v628 = arith.mulf %v626, %v627 fastmath<contract> : f32
                %v629 = llvm.load %v35 : !llvm.ptr -> f32
                %v630 = arith.addf %v629, %v628 fastmath<contract> : f32
                llvm.store %v630, %v35 : f32, !llvm.ptr
                llvm.store %v606, %v34 : f32, !llvm.ptr
              }
              %v631 = arith.addi %v152, %v1 : i64
              %v632 = arith.cmpi slt, %v631, %v79 : i64
              scf.if %v632 {
                %v633 = arith.addi %v77, %v631 : i64
                %v634 = arith.muli %v27, %v127 : i64
                %v635 = arith.muli %v25, %v126 : i64
                %v636 = arith.addi %v634, %v635 : i64
                %v637 = arith.muli %v633, %v1 : i64
                %v638 = arith.addi %v636, %v637 : i64
                %v639 = llvm.getelementptr %dy_y[%v638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v640 = llvm.load %v639 : !llvm.ptr -> f32
                %v641 = llvm.load %v33 : !llvm.ptr -> f32
                %v642 = llvm.load %v34 : !llvm.ptr -> f32
                %v643 = arith.mulf %v642, %v641 fastmath<contract> : f32
                %v644 = arith.addf %v640, %v643 fastmath<contract> : f32
                llvm.store %v644, %v33 : f32, !llvm.ptr
                %v645 = arith.subi %size_L, %v1 : i64
                %v646 = arith.cmpi eq, %v633, %v645 : i64
                scf.if %v646 {
                }
                %v647 = arith.muli %v25, %v1 : i64
                %v648 = llvm.getelementptr %in_w[%v647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v649 = llvm.load %v648 : !llvm.ptr -> f32
                %v650 = arith.negf %v649 : f32
                %v651 = arith.mulf %v650, %v120 fastmath<contract> : f32
                %v652 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v651) : (f32) -> f32
                %v653 = arith.addf %v37, %v652 fastmath<contract> : f32
                %v654 = arith.divf %v37, %v653 : f32
                %v655 = arith.subf %v37, %v654 fastmath<contract> : f32
                %v656 = llvm.load %v33 : !llvm.ptr -> f32
                %v657 = arith.mulf %v655, %v656 fastmath<contract> : f32
                scf.if %v22 {
                  %v658 = arith.muli %v27, %v127 : i64
                  %v659 = arith.muli %v25, %v126 : i64
                  %v660 = arith.addi %v658, %v659 : i64
                  %v661 = arith.muli %v633, %v1 : i64
                  %v662 = arith.addi %v660, %v661 : i64
                  %v663 = llvm.getelementptr %dx_x[%v662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v657, %v663 : f32, !llvm.ptr
                }
                %v664 = arith.mulf %v184, %v656 fastmath<contract> : f32
                %v665 = arith.muli %v27, %v127 : i64
                %v666 = arith.muli %v25, %v126 : i64
                %v667 = arith.addi %v665, %v666 : i64
                %v668 = arith.muli %v633, %v1 : i64
                %v669 = arith.addi %v667, %v668 : i64
                %v670 = llvm.getelementptr %in_x[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v671 = llvm.load %v670 : !llvm.ptr -> f32
                %v672 = arith.mulf %v671, %v656 fastmath<contract> : f32
                %v673 = arith.negf %v672 : f32
                %v674 = arith.addf %v664, %v673 fastmath<contract> : f32
                %v675 = arith.mulf %v654, %v655 fastmath<contract> : f32
                %v676 = arith.mulf %v674, %v675 fastmath<contract> : f32
                %v677 = llvm.load %v35 : !llvm.ptr -> f32
                %v678 = arith.addf %v677, %v676 fastmath<contract> : f32
                llvm.store %v678, %v35 : f32, !llvm.ptr
                llvm.store %v654, %v34 : f32, !llvm.ptr
              }
              %v679 = arith.addi %v152, %v38 : i64
              %v680 = arith.cmpi slt, %v679, %v79 : i64
              scf.if %v680 {
                %v681 = arith.addi %v77, %v679 : i64
                %v682 = arith.muli %v27, %v127 : i64
                %v683 = arith.muli %v25, %v126 : i64
                %v684 = arith.addi %v682, %v683 : i64
                %v685 = arith.muli %v681, %v1 : i64
                %v686 = arith.addi %v684, %v685 : i64
                %v687 = llvm.getelementptr %dy_y[%v686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v688 = llvm.load %v687 : !llvm.ptr -> f32
                %v689 = llvm.load %v33 : !llvm.ptr -> f32
                %v690 = llvm.load %v34 : !llvm.ptr -> f32
                %v691 = arith.mulf %v690, %v689 fastmath<contract> : f32
                %v692 = arith.addf %v688, %v691 fastmath<contract> : f32
                llvm.store %v692, %v33 : f32, !llvm.ptr
                %v693 = arith.subi %size_L, %v1 : i64
                %v694 = arith.cmpi eq, %v681, %v693 : i64
                scf.if %v694 {
                }
                %v695 = arith.muli %v25, %v1 : i64
                %v696 = llvm.getelementptr %in_w[%v695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v697 = llvm.load %v696 : !llvm.ptr -> f32
                %v698 = arith.negf %v697 : f32
                %v699 = arith.mulf %v698, %v120 fastmath<contract> : f32
                %v700 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v699) : (f32) -> f32
                %v701 = arith.addf %v37, %v700 fastmath<contract> : f32
                %v702 = arith.divf %v37, %v701 : f32
                %v703 = arith.subf %v37, %v702 fastmath<contract> : f32
                %v704 = llvm.load %v33 : !llvm.ptr -> f32
                %v705 = arith.mulf %v703, %v704 fastmath<contract> : f32
                scf.if %v22 {
                  %v706 = arith.muli %v27, %v127 : i64
                  %v707 = arith.muli %v25, %v126 : i64
                  %v708 = arith.addi %v706, %v707 : i64
                  %v709 = arith.muli %v681, %v1 : i64
                  %v710 = arith.addi %v708, %v709 : i64
                  %v711 = llvm.getelementptr %dx_x[%v710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v705, %v711 : f32, !llvm.ptr
                }
                %v712 = arith.mulf %v162, %v704 fastmath<contract> : f32
                %v713 = arith.muli %v27, %v127 : i64
                %v714 = arith.muli %v25, %v126 : i64
                %v715 = arith.addi %v713, %v714 : i64
                %v716 = arith.muli %v681, %v1 : i64
                %v717 = arith.addi %v715, %v716 : i64
                %v718 = llvm.getelementptr %in_x[%v717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v719 = llvm.load %v718 : !llvm.ptr -> f32
                %v720 = arith.mulf %v719, %v704 fastmath<contract> : f32
                %v721 = arith.negf %v720 : f32
                %v722 = arith.addf %v712, %v721 fastmath<contract> : f32
                %v723 = arith.mulf %v702, %v703 fastmath<contract> : f32
                %v724 = arith.mulf %v722, %v723 fastmath<contract> : f32
                %v725 = llvm.load %v35 : !llvm.ptr -> f32
                %v726 = arith.addf %v725, %v724 fastmath<contract> : f32
                llvm.store %v726, %v35 : f32, !llvm.ptr
                llvm.store %v702, %v34 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      %v727 = arith.cmpi eq, %v18, %v38 : i64
      scf.if %v727 {
      }
      scf.if %v22 {
        %v728 = llvm.load %v35 : !llvm.ptr -> f32
        %v729 = arith.addi %v32, %v21 : i64
        %v730 = arith.muli %v729, %v1 : i64
        %v731 = arith.addi %v730, %v38 : i64
        %v732 = llvm.getelementptr %part_w[%v731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v728, %v732 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
