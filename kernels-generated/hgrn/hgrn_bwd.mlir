module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_bwd(%in_g_f: !llvm.ptr, %in_g_c: !llvm.ptr, %in_g_o: !llvm.ptr, %in_gamma: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_g_f: !llvm.ptr, %dx_g_c: !llvm.ptr, %dx_g_o: !llvm.ptr, %part_gamma: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v85 = arith.muli %v1, %size_L : i64
      %v86 = arith.muli %v85, %size_D : i64
      %v95 = arith.constant 0x3FB8AA3B : f32
      %v219 = arith.constant 2 : i64
      %v258 = arith.constant 3 : i64
      %v297 = arith.constant 4 : i64
      %v336 = arith.constant 5 : i64
      %v375 = arith.constant 6 : i64
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
        %v46 = arith.subi %v45, %v1 : i64
        %v47 = arith.addi %v45, %v30 : i64
        %v48 = arith.divui %v47, %v29 : i64
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
        %v60 = arith.index_cast %v48 : i64 to index
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
          %v73 = arith.index_cast %v26 : i64 to index
          %v74 = arith.index_cast %v29 : i64 to index
          %v75 = arith.index_cast %v1 : i64 to index
          scf.for %v76 = %v73 to %v74 step %v75 {
            %v77 = arith.index_cast %v76 : index to i64
            %v78 = arith.addi %v72, %v77 : i64
            %v79 = arith.cmpi slt, %v78, %v45 : i64
            scf.if %v79 {
              %v80 = arith.addi %v43, %v78 : i64
              %v81 = arith.muli %v17, %v1 : i64
              %v82 = llvm.getelementptr %in_gamma[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v83 = llvm.load %v82 : !llvm.ptr -> f32
              %v84 = arith.subf %v25, %v83 fastmath<contract> : f32
              %v87 = arith.muli %v19, %v86 : i64
              %v88 = arith.muli %v17, %v85 : i64
              %v89 = arith.addi %v87, %v88 : i64
              %v90 = arith.muli %v80, %v1 : i64
              %v91 = arith.addi %v89, %v90 : i64
              %v92 = llvm.getelementptr %in_g_f[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v93 = llvm.load %v92 : !llvm.ptr -> f32
              %v94 = arith.negf %v93 : f32
              %v96 = arith.mulf %v94, %v95 fastmath<contract> : f32
              %v97 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v96) : (f32) -> f32
              %v98 = arith.addf %v25, %v97 fastmath<contract> : f32
              %v99 = arith.divf %v25, %v98 : f32
              %v100 = arith.mulf %v84, %v99 fastmath<contract> : f32
              %v101 = arith.addf %v83, %v100 fastmath<contract> : f32
              %v102 = arith.subf %v25, %v101 fastmath<contract> : f32
              %v103 = arith.muli %v19, %v86 : i64
              %v104 = arith.muli %v17, %v85 : i64
              %v105 = arith.addi %v103, %v104 : i64
              %v106 = arith.muli %v80, %v1 : i64
              %v107 = arith.addi %v105, %v106 : i64
              %v108 = llvm.getelementptr %in_g_c[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v109 = llvm.load %v108 : !llvm.ptr -> f32
              %v110 = arith.negf %v109 : f32
              %v111 = arith.mulf %v110, %v95 fastmath<contract> : f32
              %v112 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v111) : (f32) -> f32
              %v113 = arith.addf %v25, %v112 fastmath<contract> : f32
              %v114 = arith.divf %v25, %v113 : f32
              %v115 = arith.mulf %v109, %v114 fastmath<contract> : f32
              %v116 = arith.mulf %v102, %v115 fastmath<contract> : f32
              %v117 = llvm.load %v5 : !llvm.ptr -> f32
              %v118 = arith.mulf %v101, %v117 fastmath<contract> : f32
              %v119 = arith.addf %v118, %v116 fastmath<contract> : f32
              llvm.store %v119, %v5 : f32, !llvm.ptr
            }
          }
        }
        %v120 = arith.index_cast %v26 : i64 to index
        %v121 = arith.index_cast %v1 : i64 to index
        %v122 = arith.index_cast %v1 : i64 to index
        scf.for %v123 = %v120 to %v121 step %v122 {
          %v124 = arith.index_cast %v123 : index to i64
          %v125 = arith.index_cast %v26 : i64 to index
          %v126 = arith.index_cast %v48 : i64 to index
          %v127 = arith.index_cast %v1 : i64 to index
          scf.for %v128 = %v125 to %v126 step %v127 {
            %v129 = arith.index_cast %v128 : index to i64
            %v130 = arith.cmpi slt, %v129, %v48 : i64
            scf.if %v130 {
              %v131 = arith.subi %v48, %v1 : i64
              %v132 = arith.subi %v131, %v129 : i64
              %v133 = arith.muli %v132, %v29 : i64
              %v134 = arith.subi %v45, %v1 : i64
              %v135 = arith.muli %v132, %v3 : i64
              %v136 = arith.subi %v3, %v1 : i64
              %v137 = arith.minsi %v13, %v136 : i64
              %v138 = arith.addi %v135, %v137 : i64
              %v139 = arith.muli %v138, %v1 : i64
              %v140 = arith.addi %v139, %v26 : i64
              %v141 = llvm.getelementptr %scratch_h[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v142 = llvm.load %v141 : !llvm.ptr -> f32
              // the group's states, recomputed into registers
              %v143 = arith.addi %v133, %v26 : i64
              %v144 = arith.minsi %v143, %v134 : i64
              %v145 = arith.addi %v43, %v144 : i64
              %v146 = arith.muli %v17, %v1 : i64
              %v147 = llvm.getelementptr %in_gamma[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v148 = llvm.load %v147 : !llvm.ptr -> f32
              %v149 = arith.subf %v25, %v148 fastmath<contract> : f32
              %v150 = arith.muli %v19, %v86 : i64
              %v151 = arith.muli %v17, %v85 : i64
              %v152 = arith.addi %v150, %v151 : i64
              %v153 = arith.muli %v145, %v1 : i64
              %v154 = arith.addi %v152, %v153 : i64
              %v155 = llvm.getelementptr %in_g_f[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v156 = llvm.load %v155 : !llvm.ptr -> f32
              %v157 = arith.negf %v156 : f32
              %v158 = arith.mulf %v157, %v95 fastmath<contract> : f32
              %v159 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v158) : (f32) -> f32
              %v160 = arith.addf %v25, %v159 fastmath<contract> : f32
              %v161 = arith.divf %v25, %v160 : f32
              %v162 = arith.mulf %v149, %v161 fastmath<contract> : f32
              %v163 = arith.addf %v148, %v162 fastmath<contract> : f32
              %v164 = arith.subf %v25, %v163 fastmath<contract> : f32
              %v165 = arith.muli %v19, %v86 : i64
              %v166 = arith.muli %v17, %v85 : i64
              %v167 = arith.addi %v165, %v166 : i64
              %v168 = arith.muli %v145, %v1 : i64
              %v169 = arith.addi %v167, %v168 : i64
              %v170 = llvm.getelementptr %in_g_c[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v171 = llvm.load %v170 : !llvm.ptr -> f32
              %v172 = arith.negf %v171 : f32
              %v173 = arith.mulf %v172, %v95 fastmath<contract> : f32
              %v174 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v173) : (f32) -> f32
              %v175 = arith.addf %v25, %v174 fastmath<contract> : f32
              %v176 = arith.divf %v25, %v175 : f32
              %v177 = arith.mulf %v171, %v176 fastmath<contract> : f32
              %v178 = arith.mulf %v164, %v177 fastmath<contract> : f32
              %v179 = arith.mulf %v163, %v142 fastmath<contract> : f32
              %v180 = arith.addf %v179, %v178 fastmath<contract> : f32
              %v181 = arith.addi %v133, %v1 : i64
              %v182 = arith.minsi %v181, %v134 : i64
              %v183 = arith.addi %v43, %v182 : i64
              %v184 = arith.muli %v17, %v1 : i64
              %v185 = llvm.getelementptr %in_gamma[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v186 = llvm.load %v185 : !llvm.ptr -> f32
              %v187 = arith.subf %v25, %v186 fastmath<contract> : f32
              %v188 = arith.muli %v19, %v86 : i64
              %v189 = arith.muli %v17, %v85 : i64
              %v190 = arith.addi %v188, %v189 : i64
              %v191 = arith.muli %v183, %v1 : i64
              %v192 = arith.addi %v190, %v191 : i64
              %v193 = llvm.getelementptr %in_g_f[%v192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v194 = llvm.load %v193 : !llvm.ptr -> f32
              %v195 = arith.negf %v194 : f32
              %v196 = arith.mulf %v195, %v95 fastmath<contract> : f32
              %v197 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v196) : (f32) -> f32
              %v198 = arith.addf %v25, %v197 fastmath<contract> : f32
              %v199 = arith.divf %v25, %v198 : f32
              %v200 = arith.mulf %v187, %v199 fastmath<contract> : f32
              %v201 = arith.addf %v186, %v200 fastmath<contract> : f32
              %v202 = arith.subf %v25, %v201 fastmath<contract> : f32
              %v203 = arith.muli %v19, %v86 : i64
              %v204 = arith.muli %v17, %v85 : i64
              %v205 = arith.addi %v203, %v204 : i64
              %v206 = arith.muli %v183, %v1 : i64
              %v207 = arith.addi %v205, %v206 : i64
              %v208 = llvm.getelementptr %in_g_c[%v207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v209 = llvm.load %v208 : !llvm.ptr -> f32
              %v210 = arith.negf %v209 : f32
              %v211 = arith.mulf %v210, %v95 fastmath<contract> : f32
              %v212 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v211) : (f32) -> f32
              %v213 = arith.addf %v25, %v212 fastmath<contract> : f32
              %v214 = arith.divf %v25, %v213 : f32
              %v215 = arith.mulf %v209, %v214 fastmath<contract> : f32
              %v216 = arith.mulf %v202, %v215 fastmath<contract> : f32
              %v217 = arith.mulf %v201, %v180 fastmath<contract> : f32
              %v218 = arith.addf %v217, %v216 fastmath<contract> : f32
              %v220 = arith.addi %v133, %v219 : i64
              %v221 = arith.minsi %v220, %v134 : i64
              %v222 = arith.addi %v43, %v221 : i64
              %v223 = arith.muli %v17, %v1 : i64
              %v224 = llvm.getelementptr %in_gamma[%v223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v225 = llvm.load %v224 : !llvm.ptr -> f32
              %v226 = arith.subf %v25, %v225 fastmath<contract> : f32
              %v227 = arith.muli %v19, %v86 : i64
              %v228 = arith.muli %v17, %v85 : i64
              %v229 = arith.addi %v227, %v228 : i64
              %v230 = arith.muli %v222, %v1 : i64
              %v231 = arith.addi %v229, %v230 : i64
              %v232 = llvm.getelementptr %in_g_f[%v231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v233 = llvm.load %v232 : !llvm.ptr -> f32
              %v234 = arith.negf %v233 : f32
              %v235 = arith.mulf %v234, %v95 fastmath<contract> : f32
              %v236 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v235) : (f32) -> f32
              %v237 = arith.addf %v25, %v236 fastmath<contract> : f32
              %v238 = arith.divf %v25, %v237 : f32
              %v239 = arith.mulf %v226, %v238 fastmath<contract> : f32
              %v240 = arith.addf %v225, %v239 fastmath<contract> : f32
              %v241 = arith.subf %v25, %v240 fastmath<contract> : f32
              %v242 = arith.muli %v19, %v86 : i64
              %v243 = arith.muli %v17, %v85 : i64
              %v244 = arith.addi %v242, %v243 : i64
              %v245 = arith.muli %v222, %v1 : i64
              %v246 = arith.addi %v244, %v245 : i64
              %v247 = llvm.getelementptr %in_g_c[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v248 = llvm.load %v247 : !llvm.ptr -> f32
              %v249 = arith.negf %v248 : f32
              %v250 = arith.mulf %v249, %v95 fastmath<contract> : f32
              %v251 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v250) : (f32) -> f32
              %v252 = arith.addf %v25, %v251 fastmath<contract> : f32
              %v253 = arith.divf %v25, %v252 : f32
              %v254 = arith.mulf %v248, %v253 fastmath<contract> : f32
              %v255 = arith.mulf %v241, %v254 fastmath<contract> : f32
              %v256 = arith.mulf %v240, %v218 fastmath<contract> : f32
              %v257 = arith.addf %v256, %v255 fastmath<contract> : f32
              %v259 = arith.addi %v133, %v258 : i64
              %v260 = arith.minsi %v259, %v134 : i64
              %v261 = arith.addi %v43, %v260 : i64
              %v262 = arith.muli %v17, %v1 : i64
              %v263 = llvm.getelementptr %in_gamma[%v262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v264 = llvm.load %v263 : !llvm.ptr -> f32
              %v265 = arith.subf %v25, %v264 fastmath<contract> : f32
              %v266 = arith.muli %v19, %v86 : i64
              %v267 = arith.muli %v17, %v85 : i64
              %v268 = arith.addi %v266, %v267 : i64
              %v269 = arith.muli %v261, %v1 : i64
              %v270 = arith.addi %v268, %v269 : i64
              %v271 = llvm.getelementptr %in_g_f[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v272 = llvm.load %v271 : !llvm.ptr -> f32
              %v273 = arith.negf %v272 : f32
              %v274 = arith.mulf %v273, %v95 fastmath<contract> : f32
              %v275 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v274) : (f32) -> f32
              %v276 = arith.addf %v25, %v275 fastmath<contract> : f32
              %v277 = arith.divf %v25, %v276 : f32
              %v278 = arith.mulf %v265, %v277 fastmath<contract> : f32
              %v279 = arith.addf %v264, %v278 fastmath<contract> : f32
              %v280 = arith.subf %v25, %v279 fastmath<contract> : f32
              %v281 = arith.muli %v19, %v86 : i64
              %v282 = arith.muli %v17, %v85 : i64
              %v283 = arith.addi %v281, %v282 : i64
              %v284 = arith.muli %v261, %v1 : i64
              %v285 = arith.addi %v283, %v284 : i64
              %v286 = llvm.getelementptr %in_g_c[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v287 = llvm.load %v286 : !llvm.ptr -> f32
              %v288 = arith.negf %v287 : f32
              %v289 = arith.mulf %v288, %v95 fastmath<contract> : f32
              %v290 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v289) : (f32) -> f32
              %v291 = arith.addf %v25, %v290 fastmath<contract> : f32
              %v292 = arith.divf %v25, %v291 : f32
              %v293 = arith.mulf %v287, %v292 fastmath<contract> : f32
              %v294 = arith.mulf %v280, %v293 fastmath<contract> : f32
              %v295 = arith.mulf %v279, %v257 fastmath<contract> : f32
              %v296 = arith.addf %v295, %v294 fastmath<contract> : f32
              %v298 = arith.addi %v133, %v297 : i64
              %v299 = arith.minsi %v298, %v134 : i64
              %v300 = arith.addi %v43, %v299 : i64
              %v301 = arith.muli %v17, %v1 : i64
              %v302 = llvm.getelementptr %in_gamma[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v303 = llvm.load %v302 : !llvm.ptr -> f32
              %v304 = arith.subf %v25, %v303 fastmath<contract> : f32
              %v305 = arith.muli %v19, %v86 : i64
              %v306 = arith.muli %v17, %v85 : i64
              %v307 = arith.addi %v305, %v306 : i64
              %v308 = arith.muli %v300, %v1 : i64
              %v309 = arith.addi %v307, %v308 : i64
              %v310 = llvm.getelementptr %in_g_f[%v309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v311 = llvm.load %v310 : !llvm.ptr -> f32
              %v312 = arith.negf %v311 : f32
              %v313 = arith.mulf %v312, %v95 fastmath<contract> : f32
              %v314 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v313) : (f32) -> f32
              %v315 = arith.addf %v25, %v314 fastmath<contract> : f32
              %v316 = arith.divf %v25, %v315 : f32
              %v317 = arith.mulf %v304, %v316 fastmath<contract> : f32
              %v318 = arith.addf %v303, %v317 fastmath<contract> : f32
              %v319 = arith.subf %v25, %v318 fastmath<contract> : f32
              %v320 = arith.muli %v19, %v86 : i64
              %v321 = arith.muli %v17, %v85 : i64
              %v322 = arith.addi %v320, %v321 : i64
              %v323 = arith.muli %v300, %v1 : i64
              %v324 = arith.addi %v322, %v323 : i64
              %v325 = llvm.getelementptr %in_g_c[%v324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v326 = llvm.load %v325 : !llvm.ptr -> f32
              %v327 = arith.negf %v326 : f32
              %v328 = arith.mulf %v327, %v95 fastmath<contract> : f32
              %v329 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v328) : (f32) -> f32
              %v330 = arith.addf %v25, %v329 fastmath<contract> : f32
              %v331 = arith.divf %v25, %v330 : f32
              %v332 = arith.mulf %v326, %v331 fastmath<contract> : f32
              %v333 = arith.mulf %v319, %v332 fastmath<contract> : f32
              %v334 = arith.mulf %v318, %v296 fastmath<contract> : f32
              %v335 = arith.addf %v334, %v333 fastmath<contract> : f32
              %v337 = arith.addi %v133, %v336 : i64
              %v338 = arith.minsi %v337, %v134 : i64
              %v339 = arith.addi %v43, %v338 : i64
              %v340 = arith.muli %v17, %v1 : i64
              %v341 = llvm.getelementptr %in_gamma[%v340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v342 = llvm.load %v341 : !llvm.ptr -> f32
              %v343 = arith.subf %v25, %v342 fastmath<contract> : f32
              %v344 = arith.muli %v19, %v86 : i64
              %v345 = arith.muli %v17, %v85 : i64
              %v346 = arith.addi %v344, %v345 : i64
              %v347 = arith.muli %v339, %v1 : i64
              %v348 = arith.addi %v346, %v347 : i64
              %v349 = llvm.getelementptr %in_g_f[%v348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v350 = llvm.load %v349 : !llvm.ptr -> f32
              %v351 = arith.negf %v350 : f32
              %v352 = arith.mulf %v351, %v95 fastmath<contract> : f32
              %v353 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v352) : (f32) -> f32
              %v354 = arith.addf %v25, %v353 fastmath<contract> : f32
              %v355 = arith.divf %v25, %v354 : f32
              %v356 = arith.mulf %v343, %v355 fastmath<contract> : f32
              %v357 = arith.addf %v342, %v356 fastmath<contract> : f32
              %v358 = arith.subf %v25, %v357 fastmath<contract> : f32
              %v359 = arith.muli %v19, %v86 : i64
              %v360 = arith.muli %v17, %v85 : i64
              %v361 = arith.addi %v359, %v360 : i64
              %v362 = arith.muli %v339, %v1 : i64
              %v363 = arith.addi %v361, %v362 : i64
              %v364 = llvm.getelementptr %in_g_c[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v365 = llvm.load %v364 : !llvm.ptr -> f32
              %v366 = arith.negf %v365 : f32
              %v367 = arith.mulf %v366, %v95 fastmath<contract> : f32
              %v368 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v367) : (f32) -> f32
              %v369 = arith.addf %v25, %v368 fastmath<contract> : f32
              %v370 = arith.divf %v25, %v369 : f32
              %v371 = arith.mulf %v365, %v370 fastmath<contract> : f32
              %v372 = arith.mulf %v358, %v371 fastmath<contract> : f32
              %v373 = arith.mulf %v357, %v335 fastmath<contract> : f32
              %v374 = arith.addf %v373, %v372 fastmath<contract> : f32
              %v376 = arith.addi %v133, %v375 : i64
              %v377 = arith.minsi %v376, %v134 : i64
              %v378 = arith.addi %v43, %v377 : i64
              %v379 = arith.muli %v17, %v1 : i64
              %v380 = llvm.getelementptr %in_gamma[%v379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v381 = llvm.load %v380 : !llvm.ptr -> f32
              %v382 = arith.subf %v25, %v381 fastmath<contract> : f32
              %v383 = arith.muli %v19, %v86 : i64
              %v384 = arith.muli %v17, %v85 : i64
              %v385 = arith.addi %v383, %v384 : i64
              %v386 = arith.muli %v378, %v1 : i64
              %v387 = arith.addi %v385, %v386 : i64
              %v388 = llvm.getelementptr %in_g_f[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v389 = llvm.load %v388 : !llvm.ptr -> f32
              %v390 = arith.negf %v389 : f32
              %v391 = arith.mulf %v390, %v95 fastmath<contract> : f32
              %v392 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v391) : (f32) -> f32
              %v393 = arith.addf %v25, %v392 fastmath<contract> : f32
              %v394 = arith.divf %v25, %v393 : f32
              %v395 = arith.mulf %v382, %v394 fastmath<contract> : f32
              %v396 = arith.addf %v381, %v395 fastmath<contract> : f32
              %v397 = arith.subf %v25, %v396 fastmath<contract> : f32
              %v398 = arith.muli %v19, %v86 : i64
              %v399 = arith.muli %v17, %v85 : i64
              %v400 = arith.addi %v398, %v399 : i64
              %v401 = arith.muli %v378, %v1 : i64
              %v402 = arith.addi %v400, %v401 : i64
              %v403 = llvm.getelementptr %in_g_c[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v404 = llvm.load %v403 : !llvm.ptr -> f32
              %v405 = arith.negf %v404 : f32
              %v406 = arith.mulf %v405, %v95 fastmath<contract> : f32
              %v407 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v406) : (f32) -> f32
              %v408 = arith.addf %v25, %v407 fastmath<contract> : f32
              %v409 = arith.divf %v25, %v408 : f32
              %v410 = arith.mulf %v404, %v409 fastmath<contract> : f32
              %v411 = arith.mulf %v397, %v410 fastmath<contract> : f32
              %v412 = arith.mulf %v396, %v374 fastmath<contract> : f32
              %v413 = arith.addf %v412, %v411 fastmath<contract> : f32
              %v414 = arith.addi %v133, %v30 : i64
              %v415 = arith.minsi %v414, %v134 : i64
              %v416 = arith.addi %v43, %v415 : i64
              %v417 = arith.muli %v17, %v1 : i64
              %v418 = llvm.getelementptr %in_gamma[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v419 = llvm.load %v418 : !llvm.ptr -> f32
              %v420 = arith.subf %v25, %v419 fastmath<contract> : f32
              %v421 = arith.muli %v19, %v86 : i64
              %v422 = arith.muli %v17, %v85 : i64
              %v423 = arith.addi %v421, %v422 : i64
              %v424 = arith.muli %v416, %v1 : i64
              %v425 = arith.addi %v423, %v424 : i64
              %v426 = llvm.getelementptr %in_g_f[%v425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v427 = llvm.load %v426 : !llvm.ptr -> f32
              %v428 = arith.negf %v427 : f32
              %v429 = arith.mulf %v428, %v95 fastmath<contract> : f32
              %v430 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v429) : (f32) -> f32
              %v431 = arith.addf %v25, %v430 fastmath<contract> : f32
              %v432 = arith.divf %v25, %v431 : f32
              %v433 = arith.mulf %v420, %v432 fastmath<contract> : f32
              %v434 = arith.addf %v419, %v433 fastmath<contract> : f32
              %v435 = arith.subf %v25, %v434 fastmath<contract> : f32
              %v436 = arith.muli %v19, %v86 : i64
              %v437 = arith.muli %v17, %v85 : i64
              %v438 = arith.addi %v436, %v437 : i64
              %v439 = arith.muli %v416, %v1 : i64
              %v440 = arith.addi %v438, %v439 : i64
              %v441 = llvm.getelementptr %in_g_c[%v440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v442 = llvm.load %v441 : !llvm.ptr -> f32
              %v443 = arith.negf %v442 : f32
              %v444 = arith.mulf %v443, %v95 fastmath<contract> : f32
              %v445 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v444) : (f32) -> f32
              %v446 = arith.addf %v25, %v445 fastmath<contract> : f32
              %v447 = arith.divf %v25, %v446 : f32
              %v448 = arith.mulf %v442, %v447 fastmath<contract> : f32
              %v449 = arith.mulf %v435, %v448 fastmath<contract> : f32
              %v450 = arith.mulf %v434, %v413 fastmath<contract> : f32
              %v451 = arith.addf %v450, %v449 fastmath<contract> : f32
              %v452 = arith.addi %v133, %v30 : i64
              %v453 = arith.cmpi slt, %v452, %v45 : i64
              scf.if %v453 {
                %v454 = arith.addi %v43, %v452 : i64
                %v455 = arith.muli %v19, %v86 : i64
                %v456 = arith.muli %v17, %v85 : i64
                %v457 = arith.addi %v455, %v456 : i64
                %v458 = arith.muli %v454, %v1 : i64
                %v459 = arith.addi %v457, %v458 : i64
                %v460 = llvm.getelementptr %in_g_o[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v461 = llvm.load %v460 : !llvm.ptr -> f32
                %v462 = arith.negf %v461 : f32
                %v463 = arith.mulf %v462, %v95 fastmath<contract> : f32
                %v464 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v463) : (f32) -> f32
                %v465 = arith.addf %v25, %v464 fastmath<contract> : f32
                %v466 = arith.divf %v25, %v465 : f32
                %v467 = arith.muli %v19, %v86 : i64
                %v468 = arith.muli %v17, %v85 : i64
                %v469 = arith.addi %v467, %v468 : i64
                %v470 = arith.muli %v454, %v1 : i64
                %v471 = arith.addi %v469, %v470 : i64
                %v472 = llvm.getelementptr %dy_y[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v473 = llvm.load %v472 : !llvm.ptr -> f32
                %v474 = arith.mulf %v466, %v473 fastmath<contract> : f32
                %v475 = llvm.load %v21 : !llvm.ptr -> f32
                %v476 = llvm.load %v22 : !llvm.ptr -> f32
                %v477 = arith.mulf %v476, %v475 fastmath<contract> : f32
                %v478 = arith.addf %v474, %v477 fastmath<contract> : f32
                llvm.store %v478, %v21 : f32, !llvm.ptr
                %v479 = arith.subi %size_L, %v1 : i64
                %v480 = arith.cmpi eq, %v454, %v479 : i64
                scf.if %v480 {
                }
                %v481 = arith.muli %v17, %v1 : i64
                %v482 = llvm.getelementptr %in_gamma[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v483 = llvm.load %v482 : !llvm.ptr -> f32
                %v484 = arith.subf %v25, %v483 fastmath<contract> : f32
                %v485 = llvm.load %v21 : !llvm.ptr -> f32
                %v486 = arith.mulf %v413, %v485 fastmath<contract> : f32
                %v487 = arith.muli %v19, %v86 : i64
                %v488 = arith.muli %v17, %v85 : i64
                %v489 = arith.addi %v487, %v488 : i64
                %v490 = arith.muli %v454, %v1 : i64
                %v491 = arith.addi %v489, %v490 : i64
                %v492 = llvm.getelementptr %in_g_c[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v493 = llvm.load %v492 : !llvm.ptr -> f32
                %v494 = arith.negf %v493 : f32
                %v495 = arith.mulf %v494, %v95 fastmath<contract> : f32
                %v496 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v495) : (f32) -> f32
                %v497 = arith.addf %v25, %v496 fastmath<contract> : f32
                %v498 = arith.divf %v25, %v497 : f32
                %v499 = arith.mulf %v493, %v498 fastmath<contract> : f32
                %v500 = arith.mulf %v499, %v485 fastmath<contract> : f32
                %v501 = arith.negf %v500 : f32
                %v502 = arith.addf %v486, %v501 fastmath<contract> : f32
                %v503 = arith.mulf %v484, %v502 fastmath<contract> : f32
                %v504 = arith.muli %v19, %v86 : i64
                %v505 = arith.muli %v17, %v85 : i64
                %v506 = arith.addi %v504, %v505 : i64
                %v507 = arith.muli %v454, %v1 : i64
                %v508 = arith.addi %v506, %v507 : i64
                %v509 = llvm.getelementptr %in_g_f[%v508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v510 = llvm.load %v509 : !llvm.ptr -> f32
                %v511 = arith.negf %v510 : f32
                %v512 = arith.mulf %v511, %v95 fastmath<contract> : f32
                %v513 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v512) : (f32) -> f32
                %v514 = arith.addf %v25, %v513 fastmath<contract> : f32
                %v515 = arith.divf %v25, %v514 : f32
                %v516 = arith.subf %v25, %v515 fastmath<contract> : f32
                %v517 = arith.mulf %v515, %v516 fastmath<contract> : f32
                %v518 = arith.mulf %v503, %v517 fastmath<contract> : f32
                scf.if %v14 {
                  %v519 = arith.muli %v19, %v86 : i64
                  %v520 = arith.muli %v17, %v85 : i64
                  %v521 = arith.addi %v519, %v520 : i64
                  %v522 = arith.muli %v454, %v1 : i64
                  %v523 = arith.addi %v521, %v522 : i64
                  %v524 = llvm.getelementptr %dx_g_f[%v523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v518, %v524 : f32, !llvm.ptr
                }
                %v525 = arith.mulf %v484, %v515 fastmath<contract> : f32
                %v526 = arith.addf %v483, %v525 fastmath<contract> : f32
                %v527 = arith.subf %v25, %v526 fastmath<contract> : f32
                %v528 = arith.mulf %v527, %v485 fastmath<contract> : f32
                %v529 = arith.negf %v493 : f32
                %v530 = arith.mulf %v529, %v95 fastmath<contract> : f32
                %v531 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v530) : (f32) -> f32
                %v532 = arith.addf %v25, %v531 fastmath<contract> : f32
                %v533 = arith.divf %v25, %v532 : f32
                %v534 = arith.subf %v25, %v533 fastmath<contract> : f32
                %v535 = arith.mulf %v493, %v534 fastmath<contract> : f32
                %v536 = arith.addf %v25, %v535 fastmath<contract> : f32
                %v537 = arith.mulf %v533, %v536 fastmath<contract> : f32
                %v538 = arith.mulf %v528, %v537 fastmath<contract> : f32
                scf.if %v14 {
                  %v539 = arith.muli %v19, %v86 : i64
                  %v540 = arith.muli %v17, %v85 : i64
                  %v541 = arith.addi %v539, %v540 : i64
                  %v542 = arith.muli %v454, %v1 : i64
                  %v543 = arith.addi %v541, %v542 : i64
                  %v544 = llvm.getelementptr %dx_g_c[%v543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v538, %v544 : f32, !llvm.ptr
                }
                %v545 = arith.mulf %v451, %v473 fastmath<contract> : f32
                %v546 = arith.subf %v25, %v466 fastmath<contract> : f32
                %v547 = arith.mulf %v466, %v546 fastmath<contract> : f32
                %v548 = arith.mulf %v545, %v547 fastmath<contract> : f32
                scf.if %v14 {
                  %v549 = arith.muli %v19, %v86 : i64
                  %v550 = arith.muli %v17, %v85 : i64
                  %v551 = arith.addi %v549, %v550 : i64
                  %v552 = arith.muli %v454, %v1 : i64
                  %v553 = arith.addi %v551, %v552 : i64
                  %v554 = llvm.getelementptr %dx_g_o[%v553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v548, %v554 : f32, !llvm.ptr
                }
                %v555 = arith.mulf %v515, %v502 fastmath<contract> : f32
                %v556 = arith.negf %v555 : f32
                %v557 = arith.addf %v502, %v556 fastmath<contract> : f32
                %v558 = llvm.load %v23 : !llvm.ptr -> f32
                %v559 = arith.addf %v558, %v557 fastmath<contract> : f32
                llvm.store %v559, %v23 : f32, !llvm.ptr
                llvm.store %v526, %v22 : f32, !llvm.ptr
              }
              %v560 = arith.addi %v133, %v375 : i64
              %v561 = arith.cmpi slt, %v560, %v45 : i64
              scf.if %v561 {
                %v562 = arith.addi %v43, %v560 : i64
                %v563 = arith.muli %v19, %v86 : i64
                %v564 = arith.muli %v17, %v85 : i64
                %v565 = arith.addi %v563, %v564 : i64
                %v566 = arith.muli %v562, %v1 : i64
                %v567 = arith.addi %v565, %v566 : i64
                %v568 = llvm.getelementptr %in_g_o[%v567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v569 = llvm.load %v568 : !llvm.ptr -> f32
                %v570 = arith.negf %v569 : f32
                %v571 = arith.mulf %v570, %v95 fastmath<contract> : f32
                %v572 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v571) : (f32) -> f32
                %v573 = arith.addf %v25, %v572 fastmath<contract> : f32
                %v574 = arith.divf %v25, %v573 : f32
                %v575 = arith.muli %v19, %v86 : i64
                %v576 = arith.muli %v17, %v85 : i64
                %v577 = arith.addi %v575, %v576 : i64
                %v578 = arith.muli %v562, %v1 : i64
                %v579 = arith.addi %v577, %v578 : i64
                %v580 = llvm.getelementptr %dy_y[%v579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v581 = llvm.load %v580 : !llvm.ptr -> f32
                %v582 = arith.mulf %v574, %v581 fastmath<contract> : f32
                %v583 = llvm.load %v21 : !llvm.ptr -> f32
                %v584 = llvm.load %v22 : !llvm.ptr -> f32
                %v585 = arith.mulf %v584, %v583 fastmath<contract> : f32
                %v586 = arith.addf %v582, %v585 fastmath<contract> : f32
                llvm.store %v586, %v21 : f32, !llvm.ptr
                %v587 = arith.subi %size_L, %v1 : i64
                %v588 = arith.cmpi eq, %v562, %v587 : i64
                scf.if %v588 {
                }
                %v589 = arith.muli %v17, %v1 : i64
                %v590 = llvm.getelementptr %in_gamma[%v589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v591 = llvm.load %v590 : !llvm.ptr -> f32
                %v592 = arith.subf %v25, %v591 fastmath<contract> : f32
                %v593 = llvm.load %v21 : !llvm.ptr -> f32
                %v594 = arith.mulf %v374, %v593 fastmath<contract> : f32
                %v595 = arith.muli %v19, %v86 : i64
                %v596 = arith.muli %v17, %v85 : i64
                %v597 = arith.addi %v595, %v596 : i64
                %v598 = arith.muli %v562, %v1 : i64
                %v599 = arith.addi %v597, %v598 : i64
                %v600 = llvm.getelementptr %in_g_c[%v599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v601 = llvm.load %v600 : !llvm.ptr -> f32
                %v602 = arith.negf %v601 : f32
                %v603 = arith.mulf %v602, %v95 fastmath<contract> : f32
                %v604 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v603) : (f32) -> f32
                %v605 = arith.addf %v25, %v604 fastmath<contract> : f32
                %v606 = arith.divf %v25, %v605 : f32
                %v607 = arith.mulf %v601, %v606 fastmath<contract> : f32
                %v608 = arith.mulf %v607, %v593 fastmath<contract> : f32
                %v609 = arith.negf %v608 : f32
                %v610 = arith.addf %v594, %v609 fastmath<contract> : f32
                %v611 = arith.mulf %v592, %v610 fastmath<contract> : f32
                %v612 = arith.muli %v19, %v86 : i64
                %v613 = arith.muli %v17, %v85 : i64
                %v614 = arith.addi %v612, %v613 : i64
                %v615 = arith.muli %v562, %v1 : i64
                %v616 = arith.addi %v614, %v615 : i64
                %v617 = llvm.getelementptr %in_g_f[%v616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v618 = llvm.load %v617 : !llvm.ptr -> f32
                %v619 = arith.negf %v618 : f32
                %v620 = arith.mulf %v619, %v95 fastmath<contract> : f32
                %v621 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v620) : (f32) -> f32
                %v622 = arith.addf %v25, %v621 fastmath<contract> : f32
                %v623 = arith.divf %v25, %v622 : f32
                %v624 = arith.subf %v25, %v623 fastmath<contract> : f32
                %v625 = arith.mulf %v623, %v624 fastmath<contract> : f32
                %v626 = arith.mulf %v611, %v625 fastmath<contract> : f32
                scf.if %v14 {
                  %v627 = arith.muli %v19, %v86 : i64
                  %v628 = arith.muli %v17, %v85 : i64
                  %v629 = arith.addi %v627, %v628 : i64
                  %v630 = arith.muli %v562, %v1 : i64
                  %v631 = arith.addi %v629, %v630 : i64
                  %v632 = llvm.getelementptr %dx_g_f[%v631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v626, %v632 : f32, !llvm.ptr
                }
                %v633 = arith.mulf %v592, %v623 fastmath<contract> : f32
                %v634 = arith.addf %v591, %v633 fastmath<contract> : f32
                %v635 = arith.subf %v25, %v634 fastmath<contract> : f32
                %v636 = arith.mulf %v635, %v593 fastmath<contract> : f32
                %v637 = arith.negf %v601 : f32
                %v638 = arith.mulf %v637, %v95 fastmath<contract> : f32
                %v639 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v638) : (f32) -> f32
                %v640 = arith.addf %v25, %v639 fastmath<contract> : f32
                %v641 = arith.divf %v25, %v640 : f32
                %v642 = arith.subf %v25, %v641 fastmath<contract> : f32
                %v643 = arith.mulf %v601, %v642 fastmath<contract> : f32
                %v644 = arith.addf %v25, %v643 fastmath<contract> : f32
                %v645 = arith.mulf %v641, %v644 fastmath<contract> : f32
                %v646 = arith.mulf %v636, %v645 fastmath<contract> : f32
                scf.if %v14 {
                  %v647 = arith.muli %v19, %v86 : i64
                  %v648 = arith.muli %v17, %v85 : i64
                  %v649 = arith.addi %v647, %v648 : i64
                  %v650 = arith.muli %v562, %v1 : i64
                  %v651 = arith.addi %v649, %v650 : i64
                  %v652 = llvm.getelementptr %dx_g_c[%v651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v646, %v652 : f32, !llvm.ptr
                }
                %v653 = arith.mulf %v413, %v581 fastmath<contract> : f32
                %v654 = arith.subf %v25, %v574 fastmath<contract> : f32
                %v655 = arith.mulf %v574, %v654 fastmath<contract> : f32
                %v656 = arith.mulf %v653, %v655 fastmath<contract> : f32
                scf.if %v14 {
                  %v657 = arith.muli %v19, %v86 : i64
                  %v658 = arith.muli %v17, %v85 : i64
                  %v659 = arith.addi %v657, %v658 : i64
                  %v660 = arith.muli %v562, %v1 : i64
                  %v661 = arith.addi %v659, %v660 : i64
                  %v662 = llvm.getelementptr %dx_g_o[%v661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v656, %v662 : f32, !llvm.ptr
                }
                %v663 = arith.mulf %v623, %v610 fastmath<contract> : f32
                %v664 = arith.negf %v663 : f32
                %v665 = arith.addf %v610, %v664 fastmath<contract> : f32
                %v666 = llvm.load %v23 : !llvm.ptr -> f32
                %v667 = arith.addf %v666, %v665 fastmath<contract> : f32
                llvm.store %v667, %v23 : f32, !llvm.ptr
                llvm.store %v634, %v22 : f32, !llvm.ptr
              }
              %v668 = arith.addi %v133, %v336 : i64
              %v669 = arith.cmpi slt, %v668, %v45 : i64
              scf.if %v669 {
                %v670 = arith.addi %v43, %v668 : i64
                %v671 = arith.muli %v19, %v86 : i64
                %v672 = arith.muli %v17, %v85 : i64
                %v673 = arith.addi %v671, %v672 : i64
                %v674 = arith.muli %v670, %v1 : i64
                %v675 = arith.addi %v673, %v674 : i64
                %v676 = llvm.getelementptr %in_g_o[%v675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v677 = llvm.load %v676 : !llvm.ptr -> f32
                %v678 = arith.negf %v677 : f32
                %v679 = arith.mulf %v678, %v95 fastmath<contract> : f32
                %v680 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v679) : (f32) -> f32
                %v681 = arith.addf %v25, %v680 fastmath<contract> : f32
                %v682 = arith.divf %v25, %v681 : f32
                %v683 = arith.muli %v19, %v86 : i64
                %v684 = arith.muli %v17, %v85 : i64
                %v685 = arith.addi %v683, %v684 : i64
                %v686 = arith.muli %v670, %v1 : i64
                %v687 = arith.addi %v685, %v686 : i64
                %v688 = llvm.getelementptr %dy_y[%v687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v689 = llvm.load %v688 : !llvm.ptr -> f32
                %v690 = arith.mulf %v682, %v689 fastmath<contract> : f32
                %v691 = llvm.load %v21 : !llvm.ptr -> f32
                %v692 = llvm.load %v22 : !llvm.ptr -> f32
                %v693 = arith.mulf %v692, %v691 fastmath<contract> : f32
                %v694 = arith.addf %v690, %v693 fastmath<contract> : f32
                llvm.store %v694, %v21 : f32, !llvm.ptr
                %v695 = arith.subi %size_L, %v1 : i64
                %v696 = arith.cmpi eq, %v670, %v695 : i64
                scf.if %v696 {
                }
                %v697 = arith.muli %v17, %v1 : i64
                %v698 = llvm.getelementptr %in_gamma[%v697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v699 = llvm.load %v698 : !llvm.ptr -> f32
                %v700 = arith.subf %v25, %v699 fastmath<contract> : f32
                %v701 = llvm.load %v21 : !llvm.ptr -> f32
                %v702 = arith.mulf %v335, %v701 fastmath<contract> : f32
                %v703 = arith.muli %v19, %v86 : i64
                %v704 = arith.muli %v17, %v85 : i64
                %v705 = arith.addi %v703, %v704 : i64
                %v706 = arith.muli %v670, %v1 : i64
                %v707 = arith.addi %v705, %v706 : i64
                %v708 = llvm.getelementptr %in_g_c[%v707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v709 = llvm.load %v708 : !llvm.ptr -> f32
                %v710 = arith.negf %v709 : f32
                %v711 = arith.mulf %v710, %v95 fastmath<contract> : f32
                %v712 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v711) : (f32) -> f32
                %v713 = arith.addf %v25, %v712 fastmath<contract> : f32
                %v714 = arith.divf %v25, %v713 : f32
                %v715 = arith.mulf %v709, %v714 fastmath<contract> : f32
                %v716 = arith.mulf %v715, %v701 fastmath<contract> : f32
                %v717 = arith.negf %v716 : f32
                %v718 = arith.addf %v702, %v717 fastmath<contract> : f32
                %v719 = arith.mulf %v700, %v718 fastmath<contract> : f32
                %v720 = arith.muli %v19, %v86 : i64
                %v721 = arith.muli %v17, %v85 : i64
                %v722 = arith.addi %v720, %v721 : i64
                %v723 = arith.muli %v670, %v1 : i64
                %v724 = arith.addi %v722, %v723 : i64
                %v725 = llvm.getelementptr %in_g_f[%v724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v726 = llvm.load %v725 : !llvm.ptr -> f32
                %v727 = arith.negf %v726 : f32
                %v728 = arith.mulf %v727, %v95 fastmath<contract> : f32
                %v729 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v728) : (f32) -> f32
                %v730 = arith.addf %v25, %v729 fastmath<contract> : f32
                %v731 = arith.divf %v25, %v730 : f32
                %v732 = arith.subf %v25, %v731 fastmath<contract> : f32
                %v733 = arith.mulf %v731, %v732 fastmath<contract> : f32
                %v734 = arith.mulf %v719, %v733 fastmath<contract> : f32
                scf.if %v14 {
                  %v735 = arith.muli %v19, %v86 : i64
                  %v736 = arith.muli %v17, %v85 : i64
                  %v737 = arith.addi %v735, %v736 : i64
                  %v738 = arith.muli %v670, %v1 : i64
                  %v739 = arith.addi %v737, %v738 : i64
                  %v740 = llvm.getelementptr %dx_g_f[%v739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v734, %v740 : f32, !llvm.ptr
                }
                %v741 = arith.mulf %v700, %v731 fastmath<contract> : f32
                %v742 = arith.addf %v699, %v741 fastmath<contract> : f32
                %v743 = arith.subf %v25, %v742 fastmath<contract> : f32
                %v744 = arith.mulf %v743, %v701 fastmath<contract> : f32
                %v745 = arith.negf %v709 : f32
                %v746 = arith.mulf %v745, %v95 fastmath<contract> : f32
                %v747 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v746) : (f32) -> f32
                %v748 = arith.addf %v25, %v747 fastmath<contract> : f32
                %v749 = arith.divf %v25, %v748 : f32
                %v750 = arith.subf %v25, %v749 fastmath<contract> : f32
                %v751 = arith.mulf %v709, %v750 fastmath<contract> : f32
                %v752 = arith.addf %v25, %v751 fastmath<contract> : f32
                %v753 = arith.mulf %v749, %v752 fastmath<contract> : f32
                %v754 = arith.mulf %v744, %v753 fastmath<contract> : f32
                scf.if %v14 {
                  %v755 = arith.muli %v19, %v86 : i64
                  %v756 = arith.muli %v17, %v85 : i64
                  %v757 = arith.addi %v755, %v756 : i64
                  %v758 = arith.muli %v670, %v1 : i64
                  %v759 = arith.addi %v757, %v758 : i64
                  %v760 = llvm.getelementptr %dx_g_c[%v759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v754, %v760 : f32, !llvm.ptr
                }
                %v761 = arith.mulf %v374, %v689 fastmath<contract> : f32
                %v762 = arith.subf %v25, %v682 fastmath<contract> : f32
                %v763 = arith.mulf %v682, %v762 fastmath<contract> : f32
                %v764 = arith.mulf %v761, %v763 fastmath<contract> : f32
                scf.if %v14 {
                  %v765 = arith.muli %v19, %v86 : i64
                  %v766 = arith.muli %v17, %v85 : i64
                  %v767 = arith.addi %v765, %v766 : i64
                  %v768 = arith.muli %v670, %v1 : i64
                  %v769 = arith.addi %v767, %v768 : i64
                  %v770 = llvm.getelementptr %dx_g_o[%v769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v764, %v770 : f32, !llvm.ptr
                }
                %v771 = arith.mulf %v731, %v718 fastmath<contract> : f32
                %v772 = arith.negf %v771 : f32
                %v773 = arith.addf %v718, %v772 fastmath<contract> : f32
                %v774 = llvm.load %v23 : !llvm.ptr -> f32
                %v775 = arith.addf %v774, %v773 fastmath<contract> : f32
                llvm.store %v775, %v23 : f32, !llvm.ptr
                llvm.store %v742, %v22 : f32, !llvm.ptr
              }
              %v776 = arith.addi %v133, %v297 : i64
              %v777 = arith.cmpi slt, %v776, %v45 : i64
              scf.if %v777 {
                %v778 = arith.addi %v43, %v776 : i64
                %v779 = arith.muli %v19, %v86 : i64
                %v780 = arith.muli %v17, %v85 : i64
                %v781 = arith.addi %v779, %v780 : i64
                %v782 = arith.muli %v778, %v1 : i64
                %v783 = arith.addi %v781, %v782 : i64
                %v784 = llvm.getelementptr %in_g_o[%v783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v785 = llvm.load %v784 : !llvm.ptr -> f32
                %v786 = arith.negf %v785 : f32
                %v787 = arith.mulf %v786, %v95 fastmath<contract> : f32
                %v788 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v787) : (f32) -> f32
                %v789 = arith.addf %v25, %v788 fastmath<contract> : f32
                %v790 = arith.divf %v25, %v789 : f32
                %v791 = arith.muli %v19, %v86 : i64
                %v792 = arith.muli %v17, %v85 : i64
                %v793 = arith.addi %v791, %v792 : i64
                %v794 = arith.muli %v778, %v1 : i64
                %v795 = arith.addi %v793, %v794 : i64
                %v796 = llvm.getelementptr %dy_y[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v797 = llvm.load %v796 : !llvm.ptr -> f32
                %v798 = arith.mulf %v790, %v797 fastmath<contract> : f32
                %v799 = llvm.load %v21 : !llvm.ptr -> f32
                %v800 = llvm.load %v22 : !llvm.ptr -> f32
                %v801 = arith.mulf %v800, %v799 fastmath<contract> : f32
                %v802 = arith.addf %v798, %v801 fastmath<contract> : f32
                llvm.store %v802, %v21 : f32, !llvm.ptr
                %v803 = arith.subi %size_L, %v1 : i64
                %v804 = arith.cmpi eq, %v778, %v803 : i64
                scf.if %v804 {
                }
                %v805 = arith.muli %v17, %v1 : i64
                %v806 = llvm.getelementptr %in_gamma[%v805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v807 = llvm.load %v806 : !llvm.ptr -> f32
                %v808 = arith.subf %v25, %v807 fastmath<contract> : f32
                %v809 = llvm.load %v21 : !llvm.ptr -> f32
                %v810 = arith.mulf %v296, %v809 fastmath<contract> : f32
                %v811 = arith.muli %v19, %v86 : i64
                %v812 = arith.muli %v17, %v85 : i64
                %v813 = arith.addi %v811, %v812 : i64
                %v814 = arith.muli %v778, %v1 : i64
                %v815 = arith.addi %v813, %v814 : i64
                %v816 = llvm.getelementptr %in_g_c[%v815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v817 = llvm.load %v816 : !llvm.ptr -> f32
                %v818 = arith.negf %v817 : f32
                %v819 = arith.mulf %v818, %v95 fastmath<contract> : f32
                %v820 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v819) : (f32) -> f32
                %v821 = arith.addf %v25, %v820 fastmath<contract> : f32
                %v822 = arith.divf %v25, %v821 : f32
                %v823 = arith.mulf %v817, %v822 fastmath<contract> : f32
                %v824 = arith.mulf %v823, %v809 fastmath<contract> : f32
                %v825 = arith.negf %v824 : f32
                %v826 = arith.addf %v810, %v825 fastmath<contract> : f32
                %v827 = arith.mulf %v808, %v826 fastmath<contract> : f32
                %v828 = arith.muli %v19, %v86 : i64
                %v829 = arith.muli %v17, %v85 : i64
                %v830 = arith.addi %v828, %v829 : i64
                %v831 = arith.muli %v778, %v1 : i64
                %v832 = arith.addi %v830, %v831 : i64
                %v833 = llvm.getelementptr %in_g_f[%v832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v834 = llvm.load %v833 : !llvm.ptr -> f32
                %v835 = arith.negf %v834 : f32
                %v836 = arith.mulf %v835, %v95 fastmath<contract> : f32
                %v837 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v836) : (f32) -> f32
                %v838 = arith.addf %v25, %v837 fastmath<contract> : f32
                %v839 = arith.divf %v25, %v838 : f32
                %v840 = arith.subf %v25, %v839 fastmath<contract> : f32
                %v841 = arith.mulf %v839, %v840 fastmath<contract> : f32
                %v842 = arith.mulf %v827, %v841 fastmath<contract> : f32
                scf.if %v14 {
                  %v843 = arith.muli %v19, %v86 : i64
                  %v844 = arith.muli %v17, %v85 : i64
                  %v845 = arith.addi %v843, %v844 : i64
                  %v846 = arith.muli %v778, %v1 : i64
                  %v847 = arith.addi %v845, %v846 : i64
                  %v848 = llvm.getelementptr %dx_g_f[%v847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v842, %v848 : f32, !llvm.ptr
                }
                %v849 = arith.mulf %v808, %v839 fastmath<contract> : f32
                %v850 = arith.addf %v807, %v849 fastmath<contract> : f32
                %v851 = arith.subf %v25, %v850 fastmath<contract> : f32
                %v852 = arith.mulf %v851, %v809 fastmath<contract> : f32
                %v853 = arith.negf %v817 : f32
                %v854 = arith.mulf %v853, %v95 fastmath<contract> : f32
                %v855 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v854) : (f32) -> f32
                %v856 = arith.addf %v25, %v855 fastmath<contract> : f32
                %v857 = arith.divf %v25, %v856 : f32
                %v858 = arith.subf %v25, %v857 fastmath<contract> : f32
                %v859 = arith.mulf %v817, %v858 fastmath<contract> : f32
                %v860 = arith.addf %v25, %v859 fastmath<contract> : f32
                %v861 = arith.mulf %v857, %v860 fastmath<contract> : f32
                %v862 = arith.mulf %v852, %v861 fastmath<contract> : f32
                scf.if %v14 {
                  %v863 = arith.muli %v19, %v86 : i64
                  %v864 = arith.muli %v17, %v85 : i64
                  %v865 = arith.addi %v863, %v864 : i64
                  %v866 = arith.muli %v778, %v1 : i64
                  %v867 = arith.addi %v865, %v866 : i64
                  %v868 = llvm.getelementptr %dx_g_c[%v867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v862, %v868 : f32, !llvm.ptr
                }
                %v869 = arith.mulf %v335, %v797 fastmath<contract> : f32
                %v870 = arith.subf %v25, %v790 fastmath<contract> : f32
                %v871 = arith.mulf %v790, %v870 fastmath<contract> : f32
                %v872 = arith.mulf %v869, %v871 fastmath<contract> : f32
                scf.if %v14 {
                  %v873 = arith.muli %v19, %v86 : i64
                  %v874 = arith.muli %v17, %v85 : i64
                  %v875 = arith.addi %v873, %v874 : i64
                  %v876 = arith.muli %v778, %v1 : i64
                  %v877 = arith.addi %v875, %v876 : i64
                  %v878 = llvm.getelementptr %dx_g_o[%v877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v872, %v878 : f32, !llvm.ptr
                }
                %v879 = arith.mulf %v839, %v826 fastmath<contract> : f32
                %v880 = arith.negf %v879 : f32
                %v881 = arith.addf %v826, %v880 fastmath<contract> : f32
                %v882 = llvm.load %v23 : !llvm.ptr -> f32
                %v883 = arith.addf %v882, %v881 fastmath<contract> : f32
                llvm.store %v883, %v23 : f32, !llvm.ptr
                llvm.store %v850, %v22 : f32, !llvm.ptr
              }
              %v884 = arith.addi %v133, %v258 : i64
              %v885 = arith.cmpi slt, %v884, %v45 : i64
              scf.if %v885 {
                %v886 = arith.addi %v43, %v884 : i64
                %v887 = arith.muli %v19, %v86 : i64
                %v888 = arith.muli %v17, %v85 : i64
                %v889 = arith.addi %v887, %v888 : i64
                %v890 = arith.muli %v886, %v1 : i64
                %v891 = arith.addi %v889, %v890 : i64
                %v892 = llvm.getelementptr %in_g_o[%v891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v893 = llvm.load %v892 : !llvm.ptr -> f32
                %v894 = arith.negf %v893 : f32
                %v895 = arith.mulf %v894, %v95 fastmath<contract> : f32
                %v896 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v895) : (f32) -> f32
                %v897 = arith.addf %v25, %v896 fastmath<contract> : f32
                %v898 = arith.divf %v25, %v897 : f32
                %v899 = arith.muli %v19, %v86 : i64
                %v900 = arith.muli %v17, %v85 : i64
                %v901 = arith.addi %v899, %v900 : i64
                %v902 = arith.muli %v886, %v1 : i64
                %v903 = arith.addi %v901, %v902 : i64
                %v904 = llvm.getelementptr %dy_y[%v903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v905 = llvm.load %v904 : !llvm.ptr -> f32
                %v906 = arith.mulf %v898, %v905 fastmath<contract> : f32
                %v907 = llvm.load %v21 : !llvm.ptr -> f32
                %v908 = llvm.load %v22 : !llvm.ptr -> f32
                %v909 = arith.mulf %v908, %v907 fastmath<contract> : f32
                %v910 = arith.addf %v906, %v909 fastmath<contract> : f32
                llvm.store %v910, %v21 : f32, !llvm.ptr
                %v911 = arith.subi %size_L, %v1 : i64
                %v912 = arith.cmpi eq, %v886, %v911 : i64
                scf.if %v912 {
                }
                %v913 = arith.muli %v17, %v1 : i64
                %v914 = llvm.getelementptr %in_gamma[%v913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v915 = llvm.load %v914 : !llvm.ptr -> f32
                %v916 = arith.subf %v25, %v915 fastmath<contract> : f32
                %v917 = llvm.load %v21 : !llvm.ptr -> f32
                %v918 = arith.mulf %v257, %v917 fastmath<contract> : f32
                %v919 = arith.muli %v19, %v86 : i64
                %v920 = arith.muli %v17, %v85 : i64
                %v921 = arith.addi %v919, %v920 : i64
                %v922 = arith.muli %v886, %v1 : i64
                %v923 = arith.addi %v921, %v922 : i64
                %v924 = llvm.getelementptr %in_g_c[%v923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v925 = llvm.load %v924 : !llvm.ptr -> f32
                %v926 = arith.negf %v925 : f32
                %v927 = arith.mulf %v926, %v95 fastmath<contract> : f32
                %v928 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v927) : (f32) -> f32
                %v929 = arith.addf %v25, %v928 fastmath<contract> : f32
                %v930 = arith.divf %v25, %v929 : f32
                %v931 = arith.mulf %v925, %v930 fastmath<contract> : f32
                %v932 = arith.mulf %v931, %v917 fastmath<contract> : f32
                %v933 = arith.negf %v932 : f32
                %v934 = arith.addf %v918, %v933 fastmath<contract> : f32
                %v935 = arith.mulf %v916, %v934 fastmath<contract> : f32
                %v936 = arith.muli %v19, %v86 : i64
                %v937 = arith.muli %v17, %v85 : i64
                %v938 = arith.addi %v936, %v937 : i64
                %v939 = arith.muli %v886, %v1 : i64
                %v940 = arith.addi %v938, %v939 : i64
                %v941 = llvm.getelementptr %in_g_f[%v940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v942 = llvm.load %v941 : !llvm.ptr -> f32
                %v943 = arith.negf %v942 : f32
                %v944 = arith.mulf %v943, %v95 fastmath<contract> : f32
                %v945 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v944) : (f32) -> f32
                %v946 = arith.addf %v25, %v945 fastmath<contract> : f32
                %v947 = arith.divf %v25, %v946 : f32
                %v948 = arith.subf %v25, %v947 fastmath<contract> : f32
                %v949 = arith.mulf %v947, %v948 fastmath<contract> : f32
                %v950 = arith.mulf %v935, %v949 fastmath<contract> : f32
                scf.if %v14 {
                  %v951 = arith.muli %v19, %v86 : i64
                  %v952 = arith.muli %v17, %v85 : i64
                  %v953 = arith.addi %v951, %v952 : i64
                  %v954 = arith.muli %v886, %v1 : i64
                  %v955 = arith.addi %v953, %v954 : i64
                  %v956 = llvm.getelementptr %dx_g_f[%v955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v950, %v956 : f32, !llvm.ptr
                }
                %v957 = arith.mulf %v916, %v947 fastmath<contract> : f32
                %v958 = arith.addf %v915, %v957 fastmath<contract> : f32
                %v959 = arith.subf %v25, %v958 fastmath<contract> : f32
                %v960 = arith.mulf %v959, %v917 fastmath<contract> : f32
                %v961 = arith.negf %v925 : f32
                %v962 = arith.mulf %v961, %v95 fastmath<contract> : f32
                %v963 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v962) : (f32) -> f32
                %v964 = arith.addf %v25, %v963 fastmath<contract> : f32
                %v965 = arith.divf %v25, %v964 : f32
                %v966 = arith.subf %v25, %v965 fastmath<contract> : f32
                %v967 = arith.mulf %v925, %v966 fastmath<contract> : f32
                %v968 = arith.addf %v25, %v967 fastmath<contract> : f32
                %v969 = arith.mulf %v965, %v968 fastmath<contract> : f32
                %v970 = arith.mulf %v960, %v969 fastmath<contract> : f32
                scf.if %v14 {
                  %v971 = arith.muli %v19, %v86 : i64
                  %v972 = arith.muli %v17, %v85 : i64
                  %v973 = arith.addi %v971, %v972 : i64
                  %v974 = arith.muli %v886, %v1 : i64
                  %v975 = arith.addi %v973, %v974 : i64
                  %v976 = llvm.getelementptr %dx_g_c[%v975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v970, %v976 : f32, !llvm.ptr
                }
                %v977 = arith.mulf %v296, %v905 fastmath<contract> : f32
                %v978 = arith.subf %v25, %v898 fastmath<contract> : f32
                %v979 = arith.mulf %v898, %v978 fastmath<contract> : f32
                %v980 = arith.mulf %v977, %v979 fastmath<contract> : f32
                scf.if %v14 {
                  %v981 = arith.muli %v19, %v86 : i64
                  %v982 = arith.muli %v17, %v85 : i64
                  %v983 = arith.addi %v981, %v982 : i64
                  %v984 = arith.muli %v886, %v1 : i64
                  %v985 = arith.addi %v983, %v984 : i64
                  %v986 = llvm.getelementptr %dx_g_o[%v985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v980, %v986 : f32, !llvm.ptr
                }
                %v987 = arith.mulf %v947, %v934 fastmath<contract> : f32
                %v988 = arith.negf %v987 : f32
                %v989 = arith.addf %v934, %v988 fastmath<contract> : f32
                %v990 = llvm.load %v23 : !llvm.ptr -> f32
                %v991 = arith.addf %v990, %v989 fastmath<contract> : f32
                llvm.store %v991, %v23 : f32, !llvm.ptr
                llvm.store %v958, %v22 : f32, !llvm.ptr
              }
              %v992 = arith.addi %v133, %v219 : i64
              %v993 = arith.cmpi slt, %v992, %v45 : i64
              scf.if %v993 {
                %v994 = arith.addi %v43, %v992 : i64
                %v995 = arith.muli %v19, %v86 : i64
                %v996 = arith.muli %v17, %v85 : i64
                %v997 = arith.addi %v995, %v996 : i64
                %v998 = arith.muli %v994, %v1 : i64
                %v999 = arith.addi %v997, %v998 : i64
                %v1000 = llvm.getelementptr %in_g_o[%v999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1001 = llvm.load %v1000 : !llvm.ptr -> f32
                %v1002 = arith.negf %v1001 : f32
                %v1003 = arith.mulf %v1002, %v95 fastmath<contract> : f32
                %v1004 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1003) : (f32) -> f32
                %v1005 = arith.addf %v25, %v1004 fastmath<contract> : f32
                %v1006 = arith.divf %v25, %v1005 : f32
                %v1007 = arith.muli %v19, %v86 : i64
                %v1008 = arith.muli %v17, %v85 : i64
                %v1009 = arith.addi %v1007, %v1008 : i64
                %v1010 = arith.muli %v994, %v1 : i64
                %v1011 = arith.addi %v1009, %v1010 : i64
                %v1012 = llvm.getelementptr %dy_y[%v1011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1013 = llvm.load %v1012 : !llvm.ptr -> f32
                %v1014 = arith.mulf %v1006, %v1013 fastmath<contract> : f32
                %v1015 = llvm.load %v21 : !llvm.ptr -> f32
                %v1016 = llvm.load %v22 : !llvm.ptr -> f32
                %v1017 = arith.mulf %v1016, %v1015 fastmath<contract> : f32
                %v1018 = arith.addf %v1014, %v1017 fastmath<contract> : f32
                llvm.store %v1018, %v21 : f32, !llvm.ptr
                %v1019 = arith.subi %size_L, %v1 : i64
                %v1020 = arith.cmpi eq, %v994, %v1019 : i64
                scf.if %v1020 {
                }
                %v1021 = arith.muli %v17, %v1 : i64
                %v1022 = llvm.getelementptr %in_gamma[%v1021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1023 = llvm.load %v1022 : !llvm.ptr -> f32
                %v1024 = arith.subf %v25, %v1023 fastmath<contract> : f32
                %v1025 = llvm.load %v21 : !llvm.ptr -> f32
                %v1026 = arith.mulf %v218, %v1025 fastmath<contract> : f32
                %v1027 = arith.muli %v19, %v86 : i64
                %v1028 = arith.muli %v17, %v85 : i64
                %v1029 = arith.addi %v1027, %v1028 : i64
                %v1030 = arith.muli %v994, %v1 : i64
                %v1031 = arith.addi %v1029, %v1030 : i64
                %v1032 = llvm.getelementptr %in_g_c[%v1031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1033 = llvm.load %v1032 : !llvm.ptr -> f32
                %v1034 = arith.negf %v1033 : f32
                %v1035 = arith.mulf %v1034, %v95 fastmath<contract> : f32
                %v1036 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1035) : (f32) -> f32
                %v1037 = arith.addf %v25, %v1036 fastmath<contract> : f32
                %v1038 = arith.divf %v25, %v1037 : f32
                %v1039 = arith.mulf %v1033, %v1038 fastmath<contract> : f32
                %v1040 = arith.mulf %v1039, %v1025 fastmath<contract> : f32
                %v1041 = arith.negf %v1040 : f32
                %v1042 = arith.addf %v1026, %v1041 fastmath<contract> : f32
                %v1043 = arith.mulf %v1024, %v1042 fastmath<contract> : f32
                %v1044 = arith.muli %v19, %v86 : i64
                %v1045 = arith.muli %v17, %v85 : i64
                %v1046 = arith.addi %v1044, %v1045 : i64
                %v1047 = arith.muli %v994, %v1 : i64
                %v1048 = arith.addi %v1046, %v1047 : i64
                %v1049 = llvm.getelementptr %in_g_f[%v1048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1050 = llvm.load %v1049 : !llvm.ptr -> f32
                %v1051 = arith.negf %v1050 : f32
                %v1052 = arith.mulf %v1051, %v95 fastmath<contract> : f32
                %v1053 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1052) : (f32) -> f32
                %v1054 = arith.addf %v25, %v1053 fastmath<contract> : f32
                %v1055 = arith.divf %v25, %v1054 : f32
                %v1056 = arith.subf %v25, %v1055 fastmath<contract> : f32
                %v1057 = arith.mulf %v1055, %v1056 fastmath<contract> : f32
                %v1058 = arith.mulf %v1043, %v1057 fastmath<contract> : f32
                scf.if %v14 {
                  %v1059 = arith.muli %v19, %v86 : i64
                  %v1060 = arith.muli %v17, %v85 : i64
                  %v1061 = arith.addi %v1059, %v1060 : i64
                  %v1062 = arith.muli %v994, %v1 : i64
                  %v1063 = arith.addi %v1061, %v1062 : i64
                  %v1064 = llvm.getelementptr %dx_g_f[%v1063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1058, %v1064 : f32, !llvm.ptr
                }
                %v1065 = arith.mulf %v1024, %v1055 fastmath<contract> : f32
                %v1066 = arith.addf %v1023, %v1065 fastmath<contract> : f32
                %v1067 = arith.subf %v25, %v1066 fastmath<contract> : f32
                %v1068 = arith.mulf %v1067, %v1025 fastmath<contract> : f32
                %v1069 = arith.negf %v1033 : f32
                %v1070 = arith.mulf %v1069, %v95 fastmath<contract> : f32
                %v1071 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1070) : (f32) -> f32
                %v1072 = arith.addf %v25, %v1071 fastmath<contract> : f32
                %v1073 = arith.divf %v25, %v1072 : f32
                %v1074 = arith.subf %v25, %v1073 fastmath<contract> : f32
                %v1075 = arith.mulf %v1033, %v1074 fastmath<contract> : f32
                %v1076 = arith.addf %v25, %v1075 fastmath<contract> : f32
                %v1077 = arith.mulf %v1073, %v1076 fastmath<contract> : f32
                %v1078 = arith.mulf %v1068, %v1077 fastmath<contract> : f32
                scf.if %v14 {
                  %v1079 = arith.muli %v19, %v86 : i64
                  %v1080 = arith.muli %v17, %v85 : i64
                  %v1081 = arith.addi %v1079, %v1080 : i64
                  %v1082 = arith.muli %v994, %v1 : i64
                  %v1083 = arith.addi %v1081, %v1082 : i64
                  %v1084 = llvm.getelementptr %dx_g_c[%v1083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1078, %v1084 : f32, !llvm.ptr
                }
                %v1085 = arith.mulf %v257, %v1013 fastmath<contract> : f32
                %v1086 = arith.subf %v25, %v1006 fastmath<contract> : f32
                %v1087 = arith.mulf %v1006, %v1086 fastmath<contract> : f32
                %v1088 = arith.mulf %v1085, %v1087 fastmath<contract> : f32
                scf.if %v14 {
                  %v1089 = arith.muli %v19, %v86 : i64
                  %v1090 = arith.muli %v17, %v85 : i64
                  %v1091 = arith.addi %v1089, %v1090 : i64
                  %v1092 = arith.muli %v994, %v1 : i64
                  %v1093 = arith.addi %v1091, %v1092 : i64
                  %v1094 = llvm.getelementptr %dx_g_o[%v1093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1088, %v1094 : f32, !llvm.ptr
                }
                %v1095 = arith.mulf %v1055, %v1042 fastmath<contract> : f32
                %v1096 = arith.negf %v1095 : f32
                %v1097 = arith.addf %v1042, %v1096 fastmath<contract> : f32
                %v1098 = llvm.load %v23 : !llvm.ptr -> f32
                %v1099 = arith.addf %v1098, %v1097 fastmath<contract> : f32
                llvm.store %v1099, %v23 : f32, !llvm.ptr
                llvm.store %v1066, %v22 : f32, !llvm.ptr
              }
              %v1100 = arith.addi %v133, %v1 : i64
              %v1101 = arith.cmpi slt, %v1100, %v45 : i64
              scf.if %v1101 {
                %v1102 = arith.addi %v43, %v1100 : i64
                %v1103 = arith.muli %v19, %v86 : i64
                %v1104 = arith.muli %v17, %v85 : i64
                %v1105 = arith.addi %v1103, %v1104 : i64
                %v1106 = arith.muli %v1102, %v1 : i64
                %v1107 = arith.addi %v1105, %v1106 : i64
                %v1108 = llvm.getelementptr %in_g_o[%v1107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1109 = llvm.load %v1108 : !llvm.ptr -> f32
                %v1110 = arith.negf %v1109 : f32
                %v1111 = arith.mulf %v1110, %v95 fastmath<contract> : f32
                %v1112 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1111) : (f32) -> f32
                %v1113 = arith.addf %v25, %v1112 fastmath<contract> : f32
                %v1114 = arith.divf %v25, %v1113 : f32
                %v1115 = arith.muli %v19, %v86 : i64
                %v1116 = arith.muli %v17, %v85 : i64
                %v1117 = arith.addi %v1115, %v1116 : i64
                %v1118 = arith.muli %v1102, %v1 : i64
                %v1119 = arith.addi %v1117, %v1118 : i64
                %v1120 = llvm.getelementptr %dy_y[%v1119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1121 = llvm.load %v1120 : !llvm.ptr -> f32
                %v1122 = arith.mulf %v1114, %v1121 fastmath<contract> : f32
                %v1123 = llvm.load %v21 : !llvm.ptr -> f32
                %v1124 = llvm.load %v22 : !llvm.ptr -> f32
                %v1125 = arith.mulf %v1124, %v1123 fastmath<contract> : f32
                %v1126 = arith.addf %v1122, %v1125 fastmath<contract> : f32
                llvm.store %v1126, %v21 : f32, !llvm.ptr
                %v1127 = arith.subi %size_L, %v1 : i64
                %v1128 = arith.cmpi eq, %v1102, %v1127 : i64
                scf.if %v1128 {
                }
                %v1129 = arith.muli %v17, %v1 : i64
                %v1130 = llvm.getelementptr %in_gamma[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1131 = llvm.load %v1130 : !llvm.ptr -> f32
                %v1132 = arith.subf %v25, %v1131 fastmath<contract> : f32
                %v1133 = llvm.load %v21 : !llvm.ptr -> f32
                %v1134 = arith.mulf %v180, %v1133 fastmath<contract> : f32
                %v1135 = arith.muli %v19, %v86 : i64
                %v1136 = arith.muli %v17, %v85 : i64
                %v1137 = arith.addi %v1135, %v1136 : i64
                %v1138 = arith.muli %v1102, %v1 : i64
                %v1139 = arith.addi %v1137, %v1138 : i64
                %v1140 = llvm.getelementptr %in_g_c[%v1139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1141 = llvm.load %v1140 : !llvm.ptr -> f32
                %v1142 = arith.negf %v1141 : f32
                %v1143 = arith.mulf %v1142, %v95 fastmath<contract> : f32
                %v1144 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1143) : (f32) -> f32
                %v1145 = arith.addf %v25, %v1144 fastmath<contract> : f32
                %v1146 = arith.divf %v25, %v1145 : f32
                %v1147 = arith.mulf %v1141, %v1146 fastmath<contract> : f32
                %v1148 = arith.mulf %v1147, %v1133 fastmath<contract> : f32
                %v1149 = arith.negf %v1148 : f32
                %v1150 = arith.addf %v1134, %v1149 fastmath<contract> : f32
                %v1151 = arith.mulf %v1132, %v1150 fastmath<contract> : f32
                %v1152 = arith.muli %v19, %v86 : i64
                %v1153 = arith.muli %v17, %v85 : i64
                %v1154 = arith.addi %v1152, %v1153 : i64
                %v1155 = arith.muli %v1102, %v1 : i64
                %v1156 = arith.addi %v1154, %v1155 : i64
                %v1157 = llvm.getelementptr %in_g_f[%v1156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1158 = llvm.load %v1157 : !llvm.ptr -> f32
                %v1159 = arith.negf %v1158 : f32
                %v1160 = arith.mulf %v1159, %v95 fastmath<contract> : f32
                %v1161 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1160) : (f32) -> f32
                %v1162 = arith.addf %v25, %v1161 fastmath<contract> : f32
                %v1163 = arith.divf %v25, %v1162 : f32
                %v1164 = arith.subf %v25, %v1163 fastmath<contract> : f32
                %v1165 = arith.mulf %v1163, %v1164 fastmath<contract> : f32
                %v1166 = arith.mulf %v1151, %v1165 fastmath<contract> : f32
                scf.if %v14 {
                  %v1167 = arith.muli %v19, %v86 : i64
                  %v1168 = arith.muli %v17, %v85 : i64
                  %v1169 = arith.addi %v1167, %v1168 : i64
                  %v1170 = arith.muli %v1102, %v1 : i64
                  %v1171 = arith.addi %v1169, %v1170 : i64
                  %v1172 = llvm.getelementptr %dx_g_f[%v1171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1166, %v1172 : f32, !llvm.ptr
                }
                %v1173 = arith.mulf %v1132, %v1163 fastmath<contract> : f32
                %v1174 = arith.addf %v1131, %v1173 fastmath<contract> : f32
                %v1175 = arith.subf %v25, %v1174 fastmath<contract> : f32
                %v1176 = arith.mulf %v1175, %v1133 fastmath<contract> : f32
                %v1177 = arith.negf %v1141 : f32
                %v1178 = arith.mulf %v1177, %v95 fastmath<contract> : f32
                %v1179 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1178) : (f32) -> f32
                %v1180 = arith.addf %v25, %v1179 fastmath<contract> : f32
                %v1181 = arith.divf %v25, %v1180 : f32
                %v1182 = arith.subf %v25, %v1181 fastmath<contract> : f32
                %v1183 = arith.mulf %v1141, %v1182 fastmath<contract> : f32
                %v1184 = arith.addf %v25, %v1183 fastmath<contract> : f32
                %v1185 = arith.mulf %v1181, %v1184 fastmath<contract> : f32
                %v1186 = arith.mulf %v1176, %v1185 fastmath<contract> : f32
                scf.if %v14 {
                  %v1187 = arith.muli %v19, %v86 : i64
                  %v1188 = arith.muli %v17, %v85 : i64
                  %v1189 = arith.addi %v1187, %v1188 : i64
                  %v1190 = arith.muli %v1102, %v1 : i64
                  %v1191 = arith.addi %v1189, %v1190 : i64
                  %v1192 = llvm.getelementptr %dx_g_c[%v1191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1186, %v1192 : f32, !llvm.ptr
                }
                %v1193 = arith.mulf %v218, %v1121 fastmath<contract> : f32
                %v1194 = arith.subf %v25, %v1114 fastmath<contract> : f32
                %v1195 = arith.mulf %v1114, %v1194 fastmath<contract> : f32
                %v1196 = arith.mulf %v1193, %v1195 fastmath<contract> : f32
                scf.if %v14 {
                  %v1197 = arith.muli %v19, %v86 : i64
                  %v1198 = arith.muli %v17, %v85 : i64
                  %v1199 = arith.addi %v1197, %v1198 : i64
                  %v1200 = arith.muli %v1102, %v1 : i64
                  %v1201 = arith.addi %v1199, %v1200 : i64
                  %v1202 = llvm.getelementptr %dx_g_o[%v1201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1196, %v1202 : f32, !llvm.ptr
                }
                %v1203 = arith.mulf %v1163, %v1150 fastmath<contract> : f32
                %v1204 = arith.negf %v1203 : f32
                %v1205 = arith.addf %v1150, %v1204 fastmath<contract> : f32
                %v1206 = llvm.load %v23 : !llvm.ptr -> f32
                %v1207 = arith.addf %v1206, %v1205 fastmath<contract> : f32
                llvm.store %v1207, %v23 : f32, !llvm.ptr
                llvm.store %v1174, %v22 : f32, !llvm.ptr
              }
              %v1208 = arith.addi %v133, %v26 : i64
              %v1209 = arith.cmpi slt, %v1208, %v45 : i64
              scf.if %v1209 {
                %v1210 = arith.addi %v43, %v1208 : i64
                %v1211 = arith.muli %v19, %v86 : i64
                %v1212 = arith.muli %v17, %v85 : i64
                %v1213 = arith.addi %v1211, %v1212 : i64
                %v1214 = arith.muli %v1210, %v1 : i64
                %v1215 = arith.addi %v1213, %v1214 : i64
                %v1216 = llvm.getelementptr %in_g_o[%v1215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1217 = llvm.load %v1216 : !llvm.ptr -> f32
                %v1218 = arith.negf %v1217 : f32
                %v1219 = arith.mulf %v1218, %v95 fastmath<contract> : f32
                %v1220 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1219) : (f32) -> f32
                %v1221 = arith.addf %v25, %v1220 fastmath<contract> : f32
                %v1222 = arith.divf %v25, %v1221 : f32
                %v1223 = arith.muli %v19, %v86 : i64
                %v1224 = arith.muli %v17, %v85 : i64
                %v1225 = arith.addi %v1223, %v1224 : i64
                %v1226 = arith.muli %v1210, %v1 : i64
                %v1227 = arith.addi %v1225, %v1226 : i64
                %v1228 = llvm.getelementptr %dy_y[%v1227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1229 = llvm.load %v1228 : !llvm.ptr -> f32
                %v1230 = arith.mulf %v1222, %v1229 fastmath<contract> : f32
                %v1231 = llvm.load %v21 : !llvm.ptr -> f32
                %v1232 = llvm.load %v22 : !llvm.ptr -> f32
                %v1233 = arith.mulf %v1232, %v1231 fastmath<contract> : f32
                %v1234 = arith.addf %v1230, %v1233 fastmath<contract> : f32
                llvm.store %v1234, %v21 : f32, !llvm.ptr
                %v1235 = arith.subi %size_L, %v1 : i64
                %v1236 = arith.cmpi eq, %v1210, %v1235 : i64
                scf.if %v1236 {
                }
                %v1237 = arith.muli %v17, %v1 : i64
                %v1238 = llvm.getelementptr %in_gamma[%v1237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1239 = llvm.load %v1238 : !llvm.ptr -> f32
                %v1240 = arith.subf %v25, %v1239 fastmath<contract> : f32
                %v1241 = llvm.load %v21 : !llvm.ptr -> f32
                %v1242 = arith.mulf %v142, %v1241 fastmath<contract> : f32
                %v1243 = arith.muli %v19, %v86 : i64
                %v1244 = arith.muli %v17, %v85 : i64
                %v1245 = arith.addi %v1243, %v1244 : i64
                %v1246 = arith.muli %v1210, %v1 : i64
                %v1247 = arith.addi %v1245, %v1246 : i64
                %v1248 = llvm.getelementptr %in_g_c[%v1247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1249 = llvm.load %v1248 : !llvm.ptr -> f32
                %v1250 = arith.negf %v1249 : f32
                %v1251 = arith.mulf %v1250, %v95 fastmath<contract> : f32
                %v1252 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1251) : (f32) -> f32
                %v1253 = arith.addf %v25, %v1252 fastmath<contract> : f32
                %v1254 = arith.divf %v25, %v1253 : f32
                %v1255 = arith.mulf %v1249, %v1254 fastmath<contract> : f32
                %v1256 = arith.mulf %v1255, %v1241 fastmath<contract> : f32
                %v1257 = arith.negf %v1256 : f32
                %v1258 = arith.addf %v1242, %v1257 fastmath<contract> : f32
                %v1259 = arith.mulf %v1240, %v1258 fastmath<contract> : f32
                %v1260 = arith.muli %v19, %v86 : i64
                %v1261 = arith.muli %v17, %v85 : i64
                %v1262 = arith.addi %v1260, %v1261 : i64
                %v1263 = arith.muli %v1210, %v1 : i64
                %v1264 = arith.addi %v1262, %v1263 : i64
                %v1265 = llvm.getelementptr %in_g_f[%v1264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1266 = llvm.load %v1265 : !llvm.ptr -> f32
                %v1267 = arith.negf %v1266 : f32
                %v1268 = arith.mulf %v1267, %v95 fastmath<contract> : f32
                %v1269 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1268) : (f32) -> f32
                %v1270 = arith.addf %v25, %v1269 fastmath<contract> : f32
                %v1271 = arith.divf %v25, %v1270 : f32
                %v1272 = arith.subf %v25, %v1271 fastmath<contract> : f32
                %v1273 = arith.mulf %v1271, %v1272 fastmath<contract> : f32
                %v1274 = arith.mulf %v1259, %v1273 fastmath<contract> : f32
                scf.if %v14 {
                  %v1275 = arith.muli %v19, %v86 : i64
                  %v1276 = arith.muli %v17, %v85 : i64
                  %v1277 = arith.addi %v1275, %v1276 : i64
                  %v1278 = arith.muli %v1210, %v1 : i64
                  %v1279 = arith.addi %v1277, %v1278 : i64
                  %v1280 = llvm.getelementptr %dx_g_f[%v1279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1274, %v1280 : f32, !llvm.ptr
                }
                %v1281 = arith.mulf %v1240, %v1271 fastmath<contract> : f32
                %v1282 = arith.addf %v1239, %v1281 fastmath<contract> : f32
                %v1283 = arith.subf %v25, %v1282 fastmath<contract> : f32
                %v1284 = arith.mulf %v1283, %v1241 fastmath<contract> : f32
                %v1285 = arith.negf %v1249 : f32
                %v1286 = arith.mulf %v1285, %v95 fastmath<contract> : f32
                %v1287 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1286) : (f32) -> f32
                %v1288 = arith.addf %v25, %v1287 fastmath<contract> : f32
                %v1289 = arith.divf %v25, %v1288 : f32
                %v1290 = arith.subf %v25, %v1289 fastmath<contract> : f32
                %v1291 = arith.mulf %v1249, %v1290 fastmath<contract> : f32
                %v1292 = arith.addf %v25, %v1291 fastmath<contract> : f32
                %v1293 = arith.mulf %v1289, %v1292 fastmath<contract> : f32
                %v1294 = arith.mulf %v1284, %v1293 fastmath<contract> : f32
                scf.if %v14 {
                  %v1295 = arith.muli %v19, %v86 : i64
                  %v1296 = arith.muli %v17, %v85 : i64
                  %v1297 = arith.addi %v1295, %v1296 : i64
                  %v1298 = arith.muli %v1210, %v1 : i64
                  %v1299 = arith.addi %v1297, %v1298 : i64
                  %v1300 = llvm.getelementptr %dx_g_c[%v1299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1294, %v1300 : f32, !llvm.ptr
                }
                %v1301 = arith.mulf %v180, %v1229 fastmath<contract> : f32
                %v1302 = arith.subf %v25, %v1222 fastmath<contract> : f32
                %v1303 = arith.mulf %v1222, %v1302 fastmath<contract> : f32
                %v1304 = arith.mulf %v1301, %v1303 fastmath<contract> : f32
                scf.if %v14 {
                  %v1305 = arith.muli %v19, %v86 : i64
                  %v1306 = arith.muli %v17, %v85 : i64
                  %v1307 = arith.addi %v1305, %v1306 : i64
                  %v1308 = arith.muli %v1210, %v1 : i64
                  %v1309 = arith.addi %v1307, %v1308 : i64
                  %v1310 = llvm.getelementptr %dx_g_o[%v1309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1304, %v1310 : f32, !llvm.ptr
                }
                %v1311 = arith.mulf %v1271, %v1258 fastmath<contract> : f32
                %v1312 = arith.negf %v1311 : f32
                %v1313 = arith.addf %v1258, %v1312 fastmath<contract> : f32
                %v1314 = llvm.load %v23 : !llvm.ptr -> f32
                %v1315 = arith.addf %v1314, %v1313 fastmath<contract> : f32
                llvm.store %v1315, %v23 : f32, !llvm.ptr
                llvm.store %v1282, %v22 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      %v1316 = arith.constant true
      scf.if %v1316 {
      }
      scf.if %v14 {
        %v1317 = llvm.load %v23 : !llvm.ptr -> f32
        %v1318 = arith.muli %v13, %v1 : i64
        %v1319 = arith.addi %v1318, %v26 : i64
        %v1320 = llvm.getelementptr %part_gamma[%v1319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1317, %v1320 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
