module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_bwd_seg(%in_g_f: !llvm.ptr, %in_g_c: !llvm.ptr, %in_g_o: !llvm.ptr, %in_gamma: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segcarry_h: !llvm.ptr, %dx_g_f: !llvm.ptr, %dx_g_c: !llvm.ptr, %dx_g_o: !llvm.ptr, %part_gamma: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v120 = arith.muli %v1, %size_L : i64
      %v121 = arith.muli %v120, %size_D : i64
      %v130 = arith.constant 0x3FB8AA3B : f32
      %v255 = arith.constant 2 : i64
      %v294 = arith.constant 3 : i64
      %v371 = arith.constant 5 : i64
      %v410 = arith.constant 6 : i64
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
              %v117 = llvm.getelementptr %in_gamma[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v118 = llvm.load %v117 : !llvm.ptr -> f32
              %v119 = arith.subf %v37, %v118 fastmath<contract> : f32
              %v122 = arith.muli %v27, %v121 : i64
              %v123 = arith.muli %v25, %v120 : i64
              %v124 = arith.addi %v122, %v123 : i64
              %v125 = arith.muli %v115, %v1 : i64
              %v126 = arith.addi %v124, %v125 : i64
              %v127 = llvm.getelementptr %in_g_f[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v128 = llvm.load %v127 : !llvm.ptr -> f32
              %v129 = arith.negf %v128 : f32
              %v131 = arith.mulf %v129, %v130 fastmath<contract> : f32
              %v132 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v131) : (f32) -> f32
              %v133 = arith.addf %v37, %v132 fastmath<contract> : f32
              %v134 = arith.divf %v37, %v133 : f32
              %v135 = arith.mulf %v119, %v134 fastmath<contract> : f32
              %v136 = arith.addf %v118, %v135 fastmath<contract> : f32
              %v137 = arith.subf %v37, %v136 fastmath<contract> : f32
              %v138 = arith.muli %v27, %v121 : i64
              %v139 = arith.muli %v25, %v120 : i64
              %v140 = arith.addi %v138, %v139 : i64
              %v141 = arith.muli %v115, %v1 : i64
              %v142 = arith.addi %v140, %v141 : i64
              %v143 = llvm.getelementptr %in_g_c[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v144 = llvm.load %v143 : !llvm.ptr -> f32
              %v145 = arith.negf %v144 : f32
              %v146 = arith.mulf %v145, %v130 fastmath<contract> : f32
              %v147 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v146) : (f32) -> f32
              %v148 = arith.addf %v37, %v147 fastmath<contract> : f32
              %v149 = arith.divf %v37, %v148 : f32
              %v150 = arith.mulf %v144, %v149 fastmath<contract> : f32
              %v151 = arith.mulf %v137, %v150 fastmath<contract> : f32
              %v152 = llvm.load %v9 : !llvm.ptr -> f32
              %v153 = arith.mulf %v136, %v152 fastmath<contract> : f32
              %v154 = arith.addf %v153, %v151 fastmath<contract> : f32
              llvm.store %v154, %v9 : f32, !llvm.ptr
            }
          }
        }
        %v155 = arith.index_cast %v38 : i64 to index
        %v156 = arith.index_cast %v1 : i64 to index
        %v157 = arith.index_cast %v1 : i64 to index
        scf.for %v158 = %v155 to %v156 step %v157 {
          %v159 = arith.index_cast %v158 : index to i64
          %v160 = arith.index_cast %v38 : i64 to index
          %v161 = arith.index_cast %v82 : i64 to index
          %v162 = arith.index_cast %v1 : i64 to index
          scf.for %v163 = %v160 to %v161 step %v162 {
            %v164 = arith.index_cast %v163 : index to i64
            %v165 = arith.cmpi slt, %v164, %v82 : i64
            scf.if %v165 {
              %v166 = arith.subi %v82, %v1 : i64
              %v167 = arith.subi %v166, %v164 : i64
              %v168 = arith.muli %v167, %v61 : i64
              %v169 = arith.addi %v67, %v167 : i64
              %v170 = arith.subi %v79, %v1 : i64
              %v171 = arith.muli %v169, %v3 : i64
              %v172 = arith.subi %v3, %v1 : i64
              %v173 = arith.minsi %v21, %v172 : i64
              %v174 = arith.addi %v171, %v173 : i64
              %v175 = arith.muli %v174, %v1 : i64
              %v176 = arith.addi %v175, %v38 : i64
              %v177 = llvm.getelementptr %scratch_h[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v178 = llvm.load %v177 : !llvm.ptr -> f32
              // the group's states, recomputed into registers
              %v179 = arith.addi %v168, %v38 : i64
              %v180 = arith.minsi %v179, %v170 : i64
              %v181 = arith.addi %v77, %v180 : i64
              %v182 = arith.muli %v25, %v1 : i64
              %v183 = llvm.getelementptr %in_gamma[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v184 = llvm.load %v183 : !llvm.ptr -> f32
              %v185 = arith.subf %v37, %v184 fastmath<contract> : f32
              %v186 = arith.muli %v27, %v121 : i64
              %v187 = arith.muli %v25, %v120 : i64
              %v188 = arith.addi %v186, %v187 : i64
              %v189 = arith.muli %v181, %v1 : i64
              %v190 = arith.addi %v188, %v189 : i64
              %v191 = llvm.getelementptr %in_g_f[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v192 = llvm.load %v191 : !llvm.ptr -> f32
              %v193 = arith.negf %v192 : f32
              %v194 = arith.mulf %v193, %v130 fastmath<contract> : f32
              %v195 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v194) : (f32) -> f32
              %v196 = arith.addf %v37, %v195 fastmath<contract> : f32
              %v197 = arith.divf %v37, %v196 : f32
              %v198 = arith.mulf %v185, %v197 fastmath<contract> : f32
              %v199 = arith.addf %v184, %v198 fastmath<contract> : f32
              %v200 = arith.subf %v37, %v199 fastmath<contract> : f32
              %v201 = arith.muli %v27, %v121 : i64
              %v202 = arith.muli %v25, %v120 : i64
              %v203 = arith.addi %v201, %v202 : i64
              %v204 = arith.muli %v181, %v1 : i64
              %v205 = arith.addi %v203, %v204 : i64
              %v206 = llvm.getelementptr %in_g_c[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v207 = llvm.load %v206 : !llvm.ptr -> f32
              %v208 = arith.negf %v207 : f32
              %v209 = arith.mulf %v208, %v130 fastmath<contract> : f32
              %v210 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v209) : (f32) -> f32
              %v211 = arith.addf %v37, %v210 fastmath<contract> : f32
              %v212 = arith.divf %v37, %v211 : f32
              %v213 = arith.mulf %v207, %v212 fastmath<contract> : f32
              %v214 = arith.mulf %v200, %v213 fastmath<contract> : f32
              %v215 = arith.mulf %v199, %v178 fastmath<contract> : f32
              %v216 = arith.addf %v215, %v214 fastmath<contract> : f32
              %v217 = arith.addi %v168, %v1 : i64
              %v218 = arith.minsi %v217, %v170 : i64
              %v219 = arith.addi %v77, %v218 : i64
              %v220 = arith.muli %v25, %v1 : i64
              %v221 = llvm.getelementptr %in_gamma[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v222 = llvm.load %v221 : !llvm.ptr -> f32
              %v223 = arith.subf %v37, %v222 fastmath<contract> : f32
              %v224 = arith.muli %v27, %v121 : i64
              %v225 = arith.muli %v25, %v120 : i64
              %v226 = arith.addi %v224, %v225 : i64
              %v227 = arith.muli %v219, %v1 : i64
              %v228 = arith.addi %v226, %v227 : i64
              %v229 = llvm.getelementptr %in_g_f[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v230 = llvm.load %v229 : !llvm.ptr -> f32
              %v231 = arith.negf %v230 : f32
              %v232 = arith.mulf %v231, %v130 fastmath<contract> : f32
              %v233 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v232) : (f32) -> f32
              %v234 = arith.addf %v37, %v233 fastmath<contract> : f32
              %v235 = arith.divf %v37, %v234 : f32
              %v236 = arith.mulf %v223, %v235 fastmath<contract> : f32
              %v237 = arith.addf %v222, %v236 fastmath<contract> : f32
              %v238 = arith.subf %v37, %v237 fastmath<contract> : f32
              %v239 = arith.muli %v27, %v121 : i64
              %v240 = arith.muli %v25, %v120 : i64
              %v241 = arith.addi %v239, %v240 : i64
              %v242 = arith.muli %v219, %v1 : i64
              %v243 = arith.addi %v241, %v242 : i64
              %v244 = llvm.getelementptr %in_g_c[%v243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v245 = llvm.load %v244 : !llvm.ptr -> f32
              %v246 = arith.negf %v245 : f32
              %v247 = arith.mulf %v246, %v130 fastmath<contract> : f32
              %v248 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v247) : (f32) -> f32
              %v249 = arith.addf %v37, %v248 fastmath<contract> : f32
              %v250 = arith.divf %v37, %v249 : f32
              %v251 = arith.mulf %v245, %v250 fastmath<contract> : f32
              %v252 = arith.mulf %v238, %v251 fastmath<contract> : f32
              %v253 = arith.mulf %v237, %v216 fastmath<contract> : f32
              %v254 = arith.addf %v253, %v252 fastmath<contract> : f32
              %v256 = arith.addi %v168, %v255 : i64
              %v257 = arith.minsi %v256, %v170 : i64
              %v258 = arith.addi %v77, %v257 : i64
              %v259 = arith.muli %v25, %v1 : i64
              %v260 = llvm.getelementptr %in_gamma[%v259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v261 = llvm.load %v260 : !llvm.ptr -> f32
              %v262 = arith.subf %v37, %v261 fastmath<contract> : f32
              %v263 = arith.muli %v27, %v121 : i64
              %v264 = arith.muli %v25, %v120 : i64
              %v265 = arith.addi %v263, %v264 : i64
              %v266 = arith.muli %v258, %v1 : i64
              %v267 = arith.addi %v265, %v266 : i64
              %v268 = llvm.getelementptr %in_g_f[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v269 = llvm.load %v268 : !llvm.ptr -> f32
              %v270 = arith.negf %v269 : f32
              %v271 = arith.mulf %v270, %v130 fastmath<contract> : f32
              %v272 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v271) : (f32) -> f32
              %v273 = arith.addf %v37, %v272 fastmath<contract> : f32
              %v274 = arith.divf %v37, %v273 : f32
              %v275 = arith.mulf %v262, %v274 fastmath<contract> : f32
              %v276 = arith.addf %v261, %v275 fastmath<contract> : f32
              %v277 = arith.subf %v37, %v276 fastmath<contract> : f32
              %v278 = arith.muli %v27, %v121 : i64
              %v279 = arith.muli %v25, %v120 : i64
              %v280 = arith.addi %v278, %v279 : i64
              %v281 = arith.muli %v258, %v1 : i64
              %v282 = arith.addi %v280, %v281 : i64
              %v283 = llvm.getelementptr %in_g_c[%v282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v284 = llvm.load %v283 : !llvm.ptr -> f32
              %v285 = arith.negf %v284 : f32
              %v286 = arith.mulf %v285, %v130 fastmath<contract> : f32
              %v287 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v286) : (f32) -> f32
              %v288 = arith.addf %v37, %v287 fastmath<contract> : f32
              %v289 = arith.divf %v37, %v288 : f32
              %v290 = arith.mulf %v284, %v289 fastmath<contract> : f32
              %v291 = arith.mulf %v277, %v290 fastmath<contract> : f32
              %v292 = arith.mulf %v276, %v254 fastmath<contract> : f32
              %v293 = arith.addf %v292, %v291 fastmath<contract> : f32
              %v295 = arith.addi %v168, %v294 : i64
              %v296 = arith.minsi %v295, %v170 : i64
              %v297 = arith.addi %v77, %v296 : i64
              %v298 = arith.muli %v25, %v1 : i64
              %v299 = llvm.getelementptr %in_gamma[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v300 = llvm.load %v299 : !llvm.ptr -> f32
              %v301 = arith.subf %v37, %v300 fastmath<contract> : f32
              %v302 = arith.muli %v27, %v121 : i64
              %v303 = arith.muli %v25, %v120 : i64
              %v304 = arith.addi %v302, %v303 : i64
              %v305 = arith.muli %v297, %v1 : i64
              %v306 = arith.addi %v304, %v305 : i64
              %v307 = llvm.getelementptr %in_g_f[%v306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v308 = llvm.load %v307 : !llvm.ptr -> f32
              %v309 = arith.negf %v308 : f32
              %v310 = arith.mulf %v309, %v130 fastmath<contract> : f32
              %v311 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v310) : (f32) -> f32
              %v312 = arith.addf %v37, %v311 fastmath<contract> : f32
              %v313 = arith.divf %v37, %v312 : f32
              %v314 = arith.mulf %v301, %v313 fastmath<contract> : f32
              %v315 = arith.addf %v300, %v314 fastmath<contract> : f32
              %v316 = arith.subf %v37, %v315 fastmath<contract> : f32
              %v317 = arith.muli %v27, %v121 : i64
              %v318 = arith.muli %v25, %v120 : i64
              %v319 = arith.addi %v317, %v318 : i64
              %v320 = arith.muli %v297, %v1 : i64
              %v321 = arith.addi %v319, %v320 : i64
              %v322 = llvm.getelementptr %in_g_c[%v321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v323 = llvm.load %v322 : !llvm.ptr -> f32
              %v324 = arith.negf %v323 : f32
              %v325 = arith.mulf %v324, %v130 fastmath<contract> : f32
              %v326 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v325) : (f32) -> f32
              %v327 = arith.addf %v37, %v326 fastmath<contract> : f32
              %v328 = arith.divf %v37, %v327 : f32
              %v329 = arith.mulf %v323, %v328 fastmath<contract> : f32
              %v330 = arith.mulf %v316, %v329 fastmath<contract> : f32
              %v331 = arith.mulf %v315, %v293 fastmath<contract> : f32
              %v332 = arith.addf %v331, %v330 fastmath<contract> : f32
              %v333 = arith.addi %v168, %v29 : i64
              %v334 = arith.minsi %v333, %v170 : i64
              %v335 = arith.addi %v77, %v334 : i64
              %v336 = arith.muli %v25, %v1 : i64
              %v337 = llvm.getelementptr %in_gamma[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v338 = llvm.load %v337 : !llvm.ptr -> f32
              %v339 = arith.subf %v37, %v338 fastmath<contract> : f32
              %v340 = arith.muli %v27, %v121 : i64
              %v341 = arith.muli %v25, %v120 : i64
              %v342 = arith.addi %v340, %v341 : i64
              %v343 = arith.muli %v335, %v1 : i64
              %v344 = arith.addi %v342, %v343 : i64
              %v345 = llvm.getelementptr %in_g_f[%v344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v346 = llvm.load %v345 : !llvm.ptr -> f32
              %v347 = arith.negf %v346 : f32
              %v348 = arith.mulf %v347, %v130 fastmath<contract> : f32
              %v349 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v348) : (f32) -> f32
              %v350 = arith.addf %v37, %v349 fastmath<contract> : f32
              %v351 = arith.divf %v37, %v350 : f32
              %v352 = arith.mulf %v339, %v351 fastmath<contract> : f32
              %v353 = arith.addf %v338, %v352 fastmath<contract> : f32
              %v354 = arith.subf %v37, %v353 fastmath<contract> : f32
              %v355 = arith.muli %v27, %v121 : i64
              %v356 = arith.muli %v25, %v120 : i64
              %v357 = arith.addi %v355, %v356 : i64
              %v358 = arith.muli %v335, %v1 : i64
              %v359 = arith.addi %v357, %v358 : i64
              %v360 = llvm.getelementptr %in_g_c[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v361 = llvm.load %v360 : !llvm.ptr -> f32
              %v362 = arith.negf %v361 : f32
              %v363 = arith.mulf %v362, %v130 fastmath<contract> : f32
              %v364 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v363) : (f32) -> f32
              %v365 = arith.addf %v37, %v364 fastmath<contract> : f32
              %v366 = arith.divf %v37, %v365 : f32
              %v367 = arith.mulf %v361, %v366 fastmath<contract> : f32
              %v368 = arith.mulf %v354, %v367 fastmath<contract> : f32
              %v369 = arith.mulf %v353, %v332 fastmath<contract> : f32
              %v370 = arith.addf %v369, %v368 fastmath<contract> : f32
              %v372 = arith.addi %v168, %v371 : i64
              %v373 = arith.minsi %v372, %v170 : i64
              %v374 = arith.addi %v77, %v373 : i64
              %v375 = arith.muli %v25, %v1 : i64
              %v376 = llvm.getelementptr %in_gamma[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v377 = llvm.load %v376 : !llvm.ptr -> f32
              %v378 = arith.subf %v37, %v377 fastmath<contract> : f32
              %v379 = arith.muli %v27, %v121 : i64
              %v380 = arith.muli %v25, %v120 : i64
              %v381 = arith.addi %v379, %v380 : i64
              %v382 = arith.muli %v374, %v1 : i64
              %v383 = arith.addi %v381, %v382 : i64
              %v384 = llvm.getelementptr %in_g_f[%v383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v385 = llvm.load %v384 : !llvm.ptr -> f32
              %v386 = arith.negf %v385 : f32
              %v387 = arith.mulf %v386, %v130 fastmath<contract> : f32
              %v388 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v387) : (f32) -> f32
              %v389 = arith.addf %v37, %v388 fastmath<contract> : f32
              %v390 = arith.divf %v37, %v389 : f32
              %v391 = arith.mulf %v378, %v390 fastmath<contract> : f32
              %v392 = arith.addf %v377, %v391 fastmath<contract> : f32
              %v393 = arith.subf %v37, %v392 fastmath<contract> : f32
              %v394 = arith.muli %v27, %v121 : i64
              %v395 = arith.muli %v25, %v120 : i64
              %v396 = arith.addi %v394, %v395 : i64
              %v397 = arith.muli %v374, %v1 : i64
              %v398 = arith.addi %v396, %v397 : i64
              %v399 = llvm.getelementptr %in_g_c[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v400 = llvm.load %v399 : !llvm.ptr -> f32
              %v401 = arith.negf %v400 : f32
              %v402 = arith.mulf %v401, %v130 fastmath<contract> : f32
              %v403 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v402) : (f32) -> f32
              %v404 = arith.addf %v37, %v403 fastmath<contract> : f32
              %v405 = arith.divf %v37, %v404 : f32
              %v406 = arith.mulf %v400, %v405 fastmath<contract> : f32
              %v407 = arith.mulf %v393, %v406 fastmath<contract> : f32
              %v408 = arith.mulf %v392, %v370 fastmath<contract> : f32
              %v409 = arith.addf %v408, %v407 fastmath<contract> : f32
              %v411 = arith.addi %v168, %v410 : i64
              %v412 = arith.minsi %v411, %v170 : i64
              %v413 = arith.addi %v77, %v412 : i64
              %v414 = arith.muli %v25, %v1 : i64
              %v415 = llvm.getelementptr %in_gamma[%v414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v416 = llvm.load %v415 : !llvm.ptr -> f32
              %v417 = arith.subf %v37, %v416 fastmath<contract> : f32
              %v418 = arith.muli %v27, %v121 : i64
              %v419 = arith.muli %v25, %v120 : i64
              %v420 = arith.addi %v418, %v419 : i64
              %v421 = arith.muli %v413, %v1 : i64
              %v422 = arith.addi %v420, %v421 : i64
              %v423 = llvm.getelementptr %in_g_f[%v422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v424 = llvm.load %v423 : !llvm.ptr -> f32
              %v425 = arith.negf %v424 : f32
              %v426 = arith.mulf %v425, %v130 fastmath<contract> : f32
              %v427 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v426) : (f32) -> f32
              %v428 = arith.addf %v37, %v427 fastmath<contract> : f32
              %v429 = arith.divf %v37, %v428 : f32
              %v430 = arith.mulf %v417, %v429 fastmath<contract> : f32
              %v431 = arith.addf %v416, %v430 fastmath<contract> : f32
              %v432 = arith.subf %v37, %v431 fastmath<contract> : f32
              %v433 = arith.muli %v27, %v121 : i64
              %v434 = arith.muli %v25, %v120 : i64
              %v435 = arith.addi %v433, %v434 : i64
              %v436 = arith.muli %v413, %v1 : i64
              %v437 = arith.addi %v435, %v436 : i64
              %v438 = llvm.getelementptr %in_g_c[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v439 = llvm.load %v438 : !llvm.ptr -> f32
              %v440 = arith.negf %v439 : f32
              %v441 = arith.mulf %v440, %v130 fastmath<contract> : f32
              %v442 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v441) : (f32) -> f32
              %v443 = arith.addf %v37, %v442 fastmath<contract> : f32
              %v444 = arith.divf %v37, %v443 : f32
              %v445 = arith.mulf %v439, %v444 fastmath<contract> : f32
              %v446 = arith.mulf %v432, %v445 fastmath<contract> : f32
              %v447 = arith.mulf %v431, %v409 fastmath<contract> : f32
              %v448 = arith.addf %v447, %v446 fastmath<contract> : f32
              %v449 = arith.addi %v168, %v62 : i64
              %v450 = arith.minsi %v449, %v170 : i64
              %v451 = arith.addi %v77, %v450 : i64
              %v452 = arith.muli %v25, %v1 : i64
              %v453 = llvm.getelementptr %in_gamma[%v452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v454 = llvm.load %v453 : !llvm.ptr -> f32
              %v455 = arith.subf %v37, %v454 fastmath<contract> : f32
              %v456 = arith.muli %v27, %v121 : i64
              %v457 = arith.muli %v25, %v120 : i64
              %v458 = arith.addi %v456, %v457 : i64
              %v459 = arith.muli %v451, %v1 : i64
              %v460 = arith.addi %v458, %v459 : i64
              %v461 = llvm.getelementptr %in_g_f[%v460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v462 = llvm.load %v461 : !llvm.ptr -> f32
              %v463 = arith.negf %v462 : f32
              %v464 = arith.mulf %v463, %v130 fastmath<contract> : f32
              %v465 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v464) : (f32) -> f32
              %v466 = arith.addf %v37, %v465 fastmath<contract> : f32
              %v467 = arith.divf %v37, %v466 : f32
              %v468 = arith.mulf %v455, %v467 fastmath<contract> : f32
              %v469 = arith.addf %v454, %v468 fastmath<contract> : f32
              %v470 = arith.subf %v37, %v469 fastmath<contract> : f32
              %v471 = arith.muli %v27, %v121 : i64
              %v472 = arith.muli %v25, %v120 : i64
              %v473 = arith.addi %v471, %v472 : i64
              %v474 = arith.muli %v451, %v1 : i64
              %v475 = arith.addi %v473, %v474 : i64
              %v476 = llvm.getelementptr %in_g_c[%v475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v477 = llvm.load %v476 : !llvm.ptr -> f32
              %v478 = arith.negf %v477 : f32
              %v479 = arith.mulf %v478, %v130 fastmath<contract> : f32
              %v480 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v479) : (f32) -> f32
              %v481 = arith.addf %v37, %v480 fastmath<contract> : f32
              %v482 = arith.divf %v37, %v481 : f32
              %v483 = arith.mulf %v477, %v482 fastmath<contract> : f32
              %v484 = arith.mulf %v470, %v483 fastmath<contract> : f32
              %v485 = arith.mulf %v469, %v448 fastmath<contract> : f32
              %v486 = arith.addf %v485, %v484 fastmath<contract> : f32
              %v487 = arith.addi %v168, %v62 : i64
              %v488 = arith.cmpi slt, %v487, %v79 : i64
              scf.if %v488 {
                %v489 = arith.addi %v77, %v487 : i64
                %v490 = arith.muli %v27, %v121 : i64
                %v491 = arith.muli %v25, %v120 : i64
                %v492 = arith.addi %v490, %v491 : i64
                %v493 = arith.muli %v489, %v1 : i64
                %v494 = arith.addi %v492, %v493 : i64
                %v495 = llvm.getelementptr %in_g_o[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v496 = llvm.load %v495 : !llvm.ptr -> f32
                %v497 = arith.negf %v496 : f32
                %v498 = arith.mulf %v497, %v130 fastmath<contract> : f32
                %v499 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v498) : (f32) -> f32
                %v500 = arith.addf %v37, %v499 fastmath<contract> : f32
                %v501 = arith.divf %v37, %v500 : f32
                %v502 = arith.muli %v27, %v121 : i64
                %v503 = arith.muli %v25, %v120 : i64
                %v504 = arith.addi %v502, %v503 : i64
                %v505 = arith.muli %v489, %v1 : i64
                %v506 = arith.addi %v504, %v505 : i64
                %v507 = llvm.getelementptr %dy_y[%v506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v508 = llvm.load %v507 : !llvm.ptr -> f32
                %v509 = arith.mulf %v501, %v508 fastmath<contract> : f32
                %v510 = llvm.load %v33 : !llvm.ptr -> f32
                %v511 = llvm.load %v34 : !llvm.ptr -> f32
                %v512 = arith.mulf %v511, %v510 fastmath<contract> : f32
                %v513 = arith.addf %v509, %v512 fastmath<contract> : f32
                llvm.store %v513, %v33 : f32, !llvm.ptr
                %v514 = arith.subi %size_L, %v1 : i64
                %v515 = arith.cmpi eq, %v489, %v514 : i64
                scf.if %v515 {
                }
                %v516 = arith.muli %v25, %v1 : i64
                %v517 = llvm.getelementptr %in_gamma[%v516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v518 = llvm.load %v517 : !llvm.ptr -> f32
                %v519 = arith.subf %v37, %v518 fastmath<contract> : f32
                %v520 = llvm.load %v33 : !llvm.ptr -> f32
                %v521 = arith.mulf %v448, %v520 fastmath<contract> : f32
                %v522 = arith.muli %v27, %v121 : i64
                %v523 = arith.muli %v25, %v120 : i64
                %v524 = arith.addi %v522, %v523 : i64
                %v525 = arith.muli %v489, %v1 : i64
                %v526 = arith.addi %v524, %v525 : i64
                %v527 = llvm.getelementptr %in_g_c[%v526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v528 = llvm.load %v527 : !llvm.ptr -> f32
                %v529 = arith.negf %v528 : f32
                %v530 = arith.mulf %v529, %v130 fastmath<contract> : f32
                %v531 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v530) : (f32) -> f32
                %v532 = arith.addf %v37, %v531 fastmath<contract> : f32
                %v533 = arith.divf %v37, %v532 : f32
                %v534 = arith.mulf %v528, %v533 fastmath<contract> : f32
                %v535 = arith.mulf %v534, %v520 fastmath<contract> : f32
                %v536 = arith.negf %v535 : f32
                %v537 = arith.addf %v521, %v536 fastmath<contract> : f32
                %v538 = arith.mulf %v519, %v537 fastmath<contract> : f32
                %v539 = arith.muli %v27, %v121 : i64
                %v540 = arith.muli %v25, %v120 : i64
                %v541 = arith.addi %v539, %v540 : i64
                %v542 = arith.muli %v489, %v1 : i64
                %v543 = arith.addi %v541, %v542 : i64
                %v544 = llvm.getelementptr %in_g_f[%v543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v545 = llvm.load %v544 : !llvm.ptr -> f32
                %v546 = arith.negf %v545 : f32
                %v547 = arith.mulf %v546, %v130 fastmath<contract> : f32
                %v548 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v547) : (f32) -> f32
                %v549 = arith.addf %v37, %v548 fastmath<contract> : f32
                %v550 = arith.divf %v37, %v549 : f32
                %v551 = arith.subf %v37, %v550 fastmath<contract> : f32
                %v552 = arith.mulf %v550, %v551 fastmath<contract> : f32
                %v553 = arith.mulf %v538, %v552 fastmath<contract> : f32
                scf.if %v22 {
                  %v554 = arith.muli %v27, %v121 : i64
                  %v555 = arith.muli %v25, %v120 : i64
                  %v556 = arith.addi %v554, %v555 : i64
                  %v557 = arith.muli %v489, %v1 : i64
                  %v558 = arith.addi %v556, %v557 : i64
                  %v559 = llvm.getelementptr %dx_g_f[%v558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v553, %v559 : f32, !llvm.ptr
                }
                %v560 = arith.mulf %v519, %v550 fastmath<contract> : f32
                %v561 = arith.addf %v518, %v560 fastmath<contract> : f32
                %v562 = arith.subf %v37, %v561 fastmath<contract> : f32
                %v563 = arith.mulf %v562, %v520 fastmath<contract> : f32
                %v564 = arith.negf %v528 : f32
                %v565 = arith.mulf %v564, %v130 fastmath<contract> : f32
                %v566 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v565) : (f32) -> f32
                %v567 = arith.addf %v37, %v566 fastmath<contract> : f32
                %v568 = arith.divf %v37, %v567 : f32
                %v569 = arith.subf %v37, %v568 fastmath<contract> : f32
                %v570 = arith.mulf %v528, %v569 fastmath<contract> : f32
                %v571 = arith.addf %v37, %v570 fastmath<contract> : f32
                %v572 = arith.mulf %v568, %v571 fastmath<contract> : f32
                %v573 = arith.mulf %v563, %v572 fastmath<contract> : f32
                scf.if %v22 {
                  %v574 = arith.muli %v27, %v121 : i64
                  %v575 = arith.muli %v25, %v120 : i64
                  %v576 = arith.addi %v574, %v575 : i64
                  %v577 = arith.muli %v489, %v1 : i64
                  %v578 = arith.addi %v576, %v577 : i64
                  %v579 = llvm.getelementptr %dx_g_c[%v578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v573, %v579 : f32, !llvm.ptr
                }
                %v580 = arith.mulf %v486, %v508 fastmath<contract> : f32
                %v581 = arith.subf %v37, %v501 fastmath<contract> : f32
                %v582 = arith.mulf %v501, %v581 fastmath<contract> : f32
                %v583 = arith.mulf %v580, %v582 fastmath<contract> : f32
                scf.if %v22 {
                  %v584 = arith.muli %v27, %v121 : i64
                  %v585 = arith.muli %v25, %v120 : i64
                  %v586 = arith.addi %v584, %v585 : i64
                  %v587 = arith.muli %v489, %v1 : i64
                  %v588 = arith.addi %v586, %v587 : i64
                  %v589 = llvm.getelementptr %dx_g_o[%v588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v583, %v589 : f32, !llvm.ptr
                }
                %v590 = arith.mulf %v550, %v537 fastmath<contract> : f32
                %v591 = arith.negf %v590 : f32
                %v592 = arith.addf %v537, %v591 fastmath<contract> : f32
                %v593 = llvm.load %v35 : !llvm.ptr -> f32
                %v594 = arith.addf %v593, %v592 fastmath<contract> : f32
                llvm.store %v594, %v35 : f32, !llvm.ptr
                llvm.store %v561, %v34 : f32, !llvm.ptr
              }
              %v595 = arith.addi %v168, %v410 : i64
              %v596 = arith.cmpi slt, %v595, %v79 : i64
              scf.if %v596 {
                %v597 = arith.addi %v77, %v595 : i64
                %v598 = arith.muli %v27, %v121 : i64
                %v599 = arith.muli %v25, %v120 : i64
                %v600 = arith.addi %v598, %v599 : i64
                %v601 = arith.muli %v597, %v1 : i64
                %v602 = arith.addi %v600, %v601 : i64
                %v603 = llvm.getelementptr %in_g_o[%v602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v604 = llvm.load %v603 : !llvm.ptr -> f32
                %v605 = arith.negf %v604 : f32
                %v606 = arith.mulf %v605, %v130 fastmath<contract> : f32
                %v607 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v606) : (f32) -> f32
                %v608 = arith.addf %v37, %v607 fastmath<contract> : f32
                %v609 = arith.divf %v37, %v608 : f32
                %v610 = arith.muli %v27, %v121 : i64
                %v611 = arith.muli %v25, %v120 : i64
                %v612 = arith.addi %v610, %v611 : i64
                %v613 = arith.muli %v597, %v1 : i64
                %v614 = arith.addi %v612, %v613 : i64
                %v615 = llvm.getelementptr %dy_y[%v614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v616 = llvm.load %v615 : !llvm.ptr -> f32
                %v617 = arith.mulf %v609, %v616 fastmath<contract> : f32
                %v618 = llvm.load %v33 : !llvm.ptr -> f32
                %v619 = llvm.load %v34 : !llvm.ptr -> f32
                %v620 = arith.mulf %v619, %v618 fastmath<contract> : f32
                %v621 = arith.addf %v617, %v620 fastmath<contract> : f32
                llvm.store %v621, %v33 : f32, !llvm.ptr
                %v622 = arith.subi %size_L, %v1 : i64
                %v623 = arith.cmpi eq, %v597, %v622 : i64
                scf.if %v623 {
                }
                %v624 = arith.muli %v25, %v1 : i64
                %v625 = llvm.getelementptr %in_gamma[%v624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v626 = llvm.load %v625 : !llvm.ptr -> f32
                %v627 = arith.subf %v37, %v626 fastmath<contract> : f32
                %v628 = llvm.load %v33 : !llvm.ptr -> f32
                %v629 = arith.mulf %v409, %v628 fastmath<contract> : f32
                %v630 = arith.muli %v27, %v121 : i64
                %v631 = arith.muli %v25, %v120 : i64
                %v632 = arith.addi %v630, %v631 : i64
                %v633 = arith.muli %v597, %v1 : i64
                %v634 = arith.addi %v632, %v633 : i64
                %v635 = llvm.getelementptr %in_g_c[%v634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v636 = llvm.load %v635 : !llvm.ptr -> f32
                %v637 = arith.negf %v636 : f32
                %v638 = arith.mulf %v637, %v130 fastmath<contract> : f32
                %v639 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v638) : (f32) -> f32
                %v640 = arith.addf %v37, %v639 fastmath<contract> : f32
                %v641 = arith.divf %v37, %v640 : f32
                %v642 = arith.mulf %v636, %v641 fastmath<contract> : f32
                %v643 = arith.mulf %v642, %v628 fastmath<contract> : f32
                %v644 = arith.negf %v643 : f32
                %v645 = arith.addf %v629, %v644 fastmath<contract> : f32
                %v646 = arith.mulf %v627, %v645 fastmath<contract> : f32
                %v647 = arith.muli %v27, %v121 : i64
                %v648 = arith.muli %v25, %v120 : i64
                %v649 = arith.addi %v647, %v648 : i64
                %v650 = arith.muli %v597, %v1 : i64
                %v651 = arith.addi %v649, %v650 : i64
                %v652 = llvm.getelementptr %in_g_f[%v651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v653 = llvm.load %v652 : !llvm.ptr -> f32
                %v654 = arith.negf %v653 : f32
                %v655 = arith.mulf %v654, %v130 fastmath<contract> : f32
                %v656 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v655) : (f32) -> f32
                %v657 = arith.addf %v37, %v656 fastmath<contract> : f32
                %v658 = arith.divf %v37, %v657 : f32
                %v659 = arith.subf %v37, %v658 fastmath<contract> : f32
                %v660 = arith.mulf %v658, %v659 fastmath<contract> : f32
                %v661 = arith.mulf %v646, %v660 fastmath<contract> : f32
                scf.if %v22 {
                  %v662 = arith.muli %v27, %v121 : i64
                  %v663 = arith.muli %v25, %v120 : i64
                  %v664 = arith.addi %v662, %v663 : i64
                  %v665 = arith.muli %v597, %v1 : i64
                  %v666 = arith.addi %v664, %v665 : i64
                  %v667 = llvm.getelementptr %dx_g_f[%v666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v661, %v667 : f32, !llvm.ptr
                }
                %v668 = arith.mulf %v627, %v658 fastmath<contract> : f32
                %v669 = arith.addf %v626, %v668 fastmath<contract> : f32
                %v670 = arith.subf %v37, %v669 fastmath<contract> : f32
                %v671 = arith.mulf %v670, %v628 fastmath<contract> : f32
                %v672 = arith.negf %v636 : f32
                %v673 = arith.mulf %v672, %v130 fastmath<contract> : f32
                %v674 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v673) : (f32) -> f32
                %v675 = arith.addf %v37, %v674 fastmath<contract> : f32
                %v676 = arith.divf %v37, %v675 : f32
                %v677 = arith.subf %v37, %v676 fastmath<contract> : f32
                %v678 = arith.mulf %v636, %v677 fastmath<contract> : f32
                %v679 = arith.addf %v37, %v678 fastmath<contract> : f32
                %v680 = arith.mulf %v676, %v679 fastmath<contract> : f32
                %v681 = arith.mulf %v671, %v680 fastmath<contract> : f32
                scf.if %v22 {
                  %v682 = arith.muli %v27, %v121 : i64
                  %v683 = arith.muli %v25, %v120 : i64
                  %v684 = arith.addi %v682, %v683 : i64
                  %v685 = arith.muli %v597, %v1 : i64
                  %v686 = arith.addi %v684, %v685 : i64
                  %v687 = llvm.getelementptr %dx_g_c[%v686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v681, %v687 : f32, !llvm.ptr
                }
                %v688 = arith.mulf %v448, %v616 fastmath<contract> : f32
                %v689 = arith.subf %v37, %v609 fastmath<contract> : f32
                %v690 = arith.mulf %v609, %v689 fastmath<contract> : f32
                %v691 = arith.mulf %v688, %v690 fastmath<contract> : f32
                scf.if %v22 {
                  %v692 = arith.muli %v27, %v121 : i64
                  %v693 = arith.muli %v25, %v120 : i64
                  %v694 = arith.addi %v692, %v693 : i64
                  %v695 = arith.muli %v597, %v1 : i64
                  %v696 = arith.addi %v694, %v695 : i64
                  %v697 = llvm.getelementptr %dx_g_o[%v696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v691, %v697 : f32, !llvm.ptr
                }
                %v698 = arith.mulf %v658, %v645 fastmath<contract> : f32
                %v699 = arith.negf %v698 : f32
                %v700 = arith.addf %v645, %v699 fastmath<contract> : f32
                %v701 = llvm.load %v35 : !llvm.ptr -> f32
                %v702 = arith.addf %v701, %v700 fastmath<contract> : f32
                llvm.store %v702, %v35 : f32, !llvm.ptr
                llvm.store %v669, %v34 : f32, !llvm.ptr
              }
              %v703 = arith.addi %v168, %v371 : i64
              %v704 = arith.cmpi slt, %v703, %v79 : i64
              scf.if %v704 {
                %v705 = arith.addi %v77, %v703 : i64
                %v706 = arith.muli %v27, %v121 : i64
                %v707 = arith.muli %v25, %v120 : i64
                %v708 = arith.addi %v706, %v707 : i64
                %v709 = arith.muli %v705, %v1 : i64
                %v710 = arith.addi %v708, %v709 : i64
                %v711 = llvm.getelementptr %in_g_o[%v710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v712 = llvm.load %v711 : !llvm.ptr -> f32
                %v713 = arith.negf %v712 : f32
                %v714 = arith.mulf %v713, %v130 fastmath<contract> : f32
                %v715 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v714) : (f32) -> f32
                %v716 = arith.addf %v37, %v715 fastmath<contract> : f32
                %v717 = arith.divf %v37, %v716 : f32
                %v718 = arith.muli %v27, %v121 : i64
                %v719 = arith.muli %v25, %v120 : i64
                %v720 = arith.addi %v718, %v719 : i64
                %v721 = arith.muli %v705, %v1 : i64
                %v722 = arith.addi %v720, %v721 : i64
                %v723 = llvm.getelementptr %dy_y[%v722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v724 = llvm.load %v723 : !llvm.ptr -> f32
                %v725 = arith.mulf %v717, %v724 fastmath<contract> : f32
                %v726 = llvm.load %v33 : !llvm.ptr -> f32
                %v727 = llvm.load %v34 : !llvm.ptr -> f32
                %v728 = arith.mulf %v727, %v726 fastmath<contract> : f32
                %v729 = arith.addf %v725, %v728 fastmath<contract> : f32
                llvm.store %v729, %v33 : f32, !llvm.ptr
                %v730 = arith.subi %size_L, %v1 : i64
                %v731 = arith.cmpi eq, %v705, %v730 : i64
                scf.if %v731 {
                }
                %v732 = arith.muli %v25, %v1 : i64
                %v733 = llvm.getelementptr %in_gamma[%v732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v734 = llvm.load %v733 : !llvm.ptr -> f32
                %v735 = arith.subf %v37, %v734 fastmath<contract> : f32
                %v736 = llvm.load %v33 : !llvm.ptr -> f32
                %v737 = arith.mulf %v370, %v736 fastmath<contract> : f32
                %v738 = arith.muli %v27, %v121 : i64
                %v739 = arith.muli %v25, %v120 : i64
                %v740 = arith.addi %v738, %v739 : i64
                %v741 = arith.muli %v705, %v1 : i64
                %v742 = arith.addi %v740, %v741 : i64
                %v743 = llvm.getelementptr %in_g_c[%v742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v744 = llvm.load %v743 : !llvm.ptr -> f32
                %v745 = arith.negf %v744 : f32
                %v746 = arith.mulf %v745, %v130 fastmath<contract> : f32
                %v747 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v746) : (f32) -> f32
                %v748 = arith.addf %v37, %v747 fastmath<contract> : f32
                %v749 = arith.divf %v37, %v748 : f32
                %v750 = arith.mulf %v744, %v749 fastmath<contract> : f32
                %v751 = arith.mulf %v750, %v736 fastmath<contract> : f32
                %v752 = arith.negf %v751 : f32
                %v753 = arith.addf %v737, %v752 fastmath<contract> : f32
                %v754 = arith.mulf %v735, %v753 fastmath<contract> : f32
                %v755 = arith.muli %v27, %v121 : i64
                %v756 = arith.muli %v25, %v120 : i64
                %v757 = arith.addi %v755, %v756 : i64
                %v758 = arith.muli %v705, %v1 : i64
                %v759 = arith.addi %v757, %v758 : i64
                %v760 = llvm.getelementptr %in_g_f[%v759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v761 = llvm.load %v760 : !llvm.ptr -> f32
                %v762 = arith.negf %v761 : f32
                %v763 = arith.mulf %v762, %v130 fastmath<contract> : f32
                %v764 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v763) : (f32) -> f32
                %v765 = arith.addf %v37, %v764 fastmath<contract> : f32
                %v766 = arith.divf %v37, %v765 : f32
                %v767 = arith.subf %v37, %v766 fastmath<contract> : f32
                %v768 = arith.mulf %v766, %v767 fastmath<contract> : f32
                %v769 = arith.mulf %v754, %v768 fastmath<contract> : f32
                scf.if %v22 {
                  %v770 = arith.muli %v27, %v121 : i64
                  %v771 = arith.muli %v25, %v120 : i64
                  %v772 = arith.addi %v770, %v771 : i64
                  %v773 = arith.muli %v705, %v1 : i64
                  %v774 = arith.addi %v772, %v773 : i64
                  %v775 = llvm.getelementptr %dx_g_f[%v774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v769, %v775 : f32, !llvm.ptr
                }
                %v776 = arith.mulf %v735, %v766 fastmath<contract> : f32
                %v777 = arith.addf %v734, %v776 fastmath<contract> : f32
                %v778 = arith.subf %v37, %v777 fastmath<contract> : f32
                %v779 = arith.mulf %v778, %v736 fastmath<contract> : f32
                %v780 = arith.negf %v744 : f32
                %v781 = arith.mulf %v780, %v130 fastmath<contract> : f32
                %v782 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v781) : (f32) -> f32
                %v783 = arith.addf %v37, %v782 fastmath<contract> : f32
                %v784 = arith.divf %v37, %v783 : f32
                %v785 = arith.subf %v37, %v784 fastmath<contract> : f32
                %v786 = arith.mulf %v744, %v785 fastmath<contract> : f32
                %v787 = arith.addf %v37, %v786 fastmath<contract> : f32
                %v788 = arith.mulf %v784, %v787 fastmath<contract> : f32
                %v789 = arith.mulf %v779, %v788 fastmath<contract> : f32
                scf.if %v22 {
                  %v790 = arith.muli %v27, %v121 : i64
                  %v791 = arith.muli %v25, %v120 : i64
                  %v792 = arith.addi %v790, %v791 : i64
                  %v793 = arith.muli %v705, %v1 : i64
                  %v794 = arith.addi %v792, %v793 : i64
                  %v795 = llvm.getelementptr %dx_g_c[%v794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v789, %v795 : f32, !llvm.ptr
                }
                %v796 = arith.mulf %v409, %v724 fastmath<contract> : f32
                %v797 = arith.subf %v37, %v717 fastmath<contract> : f32
                %v798 = arith.mulf %v717, %v797 fastmath<contract> : f32
                %v799 = arith.mulf %v796, %v798 fastmath<contract> : f32
                scf.if %v22 {
                  %v800 = arith.muli %v27, %v121 : i64
                  %v801 = arith.muli %v25, %v120 : i64
                  %v802 = arith.addi %v800, %v801 : i64
                  %v803 = arith.muli %v705, %v1 : i64
                  %v804 = arith.addi %v802, %v803 : i64
                  %v805 = llvm.getelementptr %dx_g_o[%v804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v799, %v805 : f32, !llvm.ptr
                }
                %v806 = arith.mulf %v766, %v753 fastmath<contract> : f32
                %v807 = arith.negf %v806 : f32
                %v808 = arith.addf %v753, %v807 fastmath<contract> : f32
                %v809 = llvm.load %v35 : !llvm.ptr -> f32
                %v810 = arith.addf %v809, %v808 fastmath<contract> : f32
                llvm.store %v810, %v35 : f32, !llvm.ptr
                llvm.store %v777, %v34 : f32, !llvm.ptr
              }
              %v811 = arith.addi %v168, %v29 : i64
              %v812 = arith.cmpi slt, %v811, %v79 : i64
              scf.if %v812 {
                %v813 = arith.addi %v77, %v811 : i64
                %v814 = arith.muli %v27, %v121 : i64
                %v815 = arith.muli %v25, %v120 : i64
                %v816 = arith.addi %v814, %v815 : i64
                %v817 = arith.muli %v813, %v1 : i64
                %v818 = arith.addi %v816, %v817 : i64
                %v819 = llvm.getelementptr %in_g_o[%v818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v820 = llvm.load %v819 : !llvm.ptr -> f32
                %v821 = arith.negf %v820 : f32
                %v822 = arith.mulf %v821, %v130 fastmath<contract> : f32
                %v823 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v822) : (f32) -> f32
                %v824 = arith.addf %v37, %v823 fastmath<contract> : f32
                %v825 = arith.divf %v37, %v824 : f32
                %v826 = arith.muli %v27, %v121 : i64
                %v827 = arith.muli %v25, %v120 : i64
                %v828 = arith.addi %v826, %v827 : i64
                %v829 = arith.muli %v813, %v1 : i64
                %v830 = arith.addi %v828, %v829 : i64
                %v831 = llvm.getelementptr %dy_y[%v830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v832 = llvm.load %v831 : !llvm.ptr -> f32
                %v833 = arith.mulf %v825, %v832 fastmath<contract> : f32
                %v834 = llvm.load %v33 : !llvm.ptr -> f32
                %v835 = llvm.load %v34 : !llvm.ptr -> f32
                %v836 = arith.mulf %v835, %v834 fastmath<contract> : f32
                %v837 = arith.addf %v833, %v836 fastmath<contract> : f32
                llvm.store %v837, %v33 : f32, !llvm.ptr
                %v838 = arith.subi %size_L, %v1 : i64
                %v839 = arith.cmpi eq, %v813, %v838 : i64
                scf.if %v839 {
                }
                %v840 = arith.muli %v25, %v1 : i64
                %v841 = llvm.getelementptr %in_gamma[%v840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v842 = llvm.load %v841 : !llvm.ptr -> f32
                %v843 = arith.subf %v37, %v842 fastmath<contract> : f32
                %v844 = llvm.load %v33 : !llvm.ptr -> f32
                %v845 = arith.mulf %v332, %v844 fastmath<contract> : f32
                %v846 = arith.muli %v27, %v121 : i64
                %v847 = arith.muli %v25, %v120 : i64
                %v848 = arith.addi %v846, %v847 : i64
                %v849 = arith.muli %v813, %v1 : i64
                %v850 = arith.addi %v848, %v849 : i64
                %v851 = llvm.getelementptr %in_g_c[%v850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v852 = llvm.load %v851 : !llvm.ptr -> f32
                %v853 = arith.negf %v852 : f32
                %v854 = arith.mulf %v853, %v130 fastmath<contract> : f32
                %v855 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v854) : (f32) -> f32
                %v856 = arith.addf %v37, %v855 fastmath<contract> : f32
                %v857 = arith.divf %v37, %v856 : f32
                %v858 = arith.mulf %v852, %v857 fastmath<contract> : f32
                %v859 = arith.mulf %v858, %v844 fastmath<contract> : f32
                %v860 = arith.negf %v859 : f32
                %v861 = arith.addf %v845, %v860 fastmath<contract> : f32
                %v862 = arith.mulf %v843, %v861 fastmath<contract> : f32
                %v863 = arith.muli %v27, %v121 : i64
                %v864 = arith.muli %v25, %v120 : i64
                %v865 = arith.addi %v863, %v864 : i64
                %v866 = arith.muli %v813, %v1 : i64
                %v867 = arith.addi %v865, %v866 : i64
                %v868 = llvm.getelementptr %in_g_f[%v867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v869 = llvm.load %v868 : !llvm.ptr -> f32
                %v870 = arith.negf %v869 : f32
                %v871 = arith.mulf %v870, %v130 fastmath<contract> : f32
                %v872 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v871) : (f32) -> f32
                %v873 = arith.addf %v37, %v872 fastmath<contract> : f32
                %v874 = arith.divf %v37, %v873 : f32
                %v875 = arith.subf %v37, %v874 fastmath<contract> : f32
                %v876 = arith.mulf %v874, %v875 fastmath<contract> : f32
                %v877 = arith.mulf %v862, %v876 fastmath<contract> : f32
                scf.if %v22 {
                  %v878 = arith.muli %v27, %v121 : i64
                  %v879 = arith.muli %v25, %v120 : i64
                  %v880 = arith.addi %v878, %v879 : i64
                  %v881 = arith.muli %v813, %v1 : i64
                  %v882 = arith.addi %v880, %v881 : i64
                  %v883 = llvm.getelementptr %dx_g_f[%v882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v877, %v883 : f32, !llvm.ptr
                }
                %v884 = arith.mulf %v843, %v874 fastmath<contract> : f32
                %v885 = arith.addf %v842, %v884 fastmath<contract> : f32
                %v886 = arith.subf %v37, %v885 fastmath<contract> : f32
                %v887 = arith.mulf %v886, %v844 fastmath<contract> : f32
                %v888 = arith.negf %v852 : f32
                %v889 = arith.mulf %v888, %v130 fastmath<contract> : f32
                %v890 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v889) : (f32) -> f32
                %v891 = arith.addf %v37, %v890 fastmath<contract> : f32
                %v892 = arith.divf %v37, %v891 : f32
                %v893 = arith.subf %v37, %v892 fastmath<contract> : f32
                %v894 = arith.mulf %v852, %v893 fastmath<contract> : f32
                %v895 = arith.addf %v37, %v894 fastmath<contract> : f32
                %v896 = arith.mulf %v892, %v895 fastmath<contract> : f32
                %v897 = arith.mulf %v887, %v896 fastmath<contract> : f32
                scf.if %v22 {
                  %v898 = arith.muli %v27, %v121 : i64
                  %v899 = arith.muli %v25, %v120 : i64
                  %v900 = arith.addi %v898, %v899 : i64
                  %v901 = arith.muli %v813, %v1 : i64
                  %v902 = arith.addi %v900, %v901 : i64
                  %v903 = llvm.getelementptr %dx_g_c[%v902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v897, %v903 : f32, !llvm.ptr
                }
                %v904 = arith.mulf %v370, %v832 fastmath<contract> : f32
                %v905 = arith.subf %v37, %v825 fastmath<contract> : f32
                %v906 = arith.mulf %v825, %v905 fastmath<contract> : f32
                %v907 = arith.mulf %v904, %v906 fastmath<contract> : f32
                scf.if %v22 {
                  %v908 = arith.muli %v27, %v121 : i64
                  %v909 = arith.muli %v25, %v120 : i64
                  %v910 = arith.addi %v908, %v909 : i64
                  %v911 = arith.muli %v813, %v1 : i64
                  %v912 = arith.addi %v910, %v911 : i64
                  %v913 = llvm.getelementptr %dx_g_o[%v912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v907, %v913 : f32, !llvm.ptr
                }
                %v914 = arith.mulf %v874, %v861 fastmath<contract> : f32
                %v915 = arith.negf %v914 : f32
                %v916 = arith.addf %v861, %v915 fastmath<contract> : f32
                %v917 = llvm.load %v35 : !llvm.ptr -> f32
                %v918 = arith.addf %v917, %v916 fastmath<contract> : f32
                llvm.store %v918, %v35 : f32, !llvm.ptr
                llvm.store %v885, %v34 : f32, !llvm.ptr
              }
              %v919 = arith.addi %v168, %v294 : i64
              %v920 = arith.cmpi slt, %v919, %v79 : i64
              scf.if %v920 {
                %v921 = arith.addi %v77, %v919 : i64
                %v922 = arith.muli %v27, %v121 : i64
                %v923 = arith.muli %v25, %v120 : i64
                %v924 = arith.addi %v922, %v923 : i64
                %v925 = arith.muli %v921, %v1 : i64
                %v926 = arith.addi %v924, %v925 : i64
                %v927 = llvm.getelementptr %in_g_o[%v926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v928 = llvm.load %v927 : !llvm.ptr -> f32
                %v929 = arith.negf %v928 : f32
                %v930 = arith.mulf %v929, %v130 fastmath<contract> : f32
                %v931 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v930) : (f32) -> f32
                %v932 = arith.addf %v37, %v931 fastmath<contract> : f32
                %v933 = arith.divf %v37, %v932 : f32
                %v934 = arith.muli %v27, %v121 : i64
                %v935 = arith.muli %v25, %v120 : i64
                %v936 = arith.addi %v934, %v935 : i64
                %v937 = arith.muli %v921, %v1 : i64
                %v938 = arith.addi %v936, %v937 : i64
                %v939 = llvm.getelementptr %dy_y[%v938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v940 = llvm.load %v939 : !llvm.ptr -> f32
                %v941 = arith.mulf %v933, %v940 fastmath<contract> : f32
                %v942 = llvm.load %v33 : !llvm.ptr -> f32
                %v943 = llvm.load %v34 : !llvm.ptr -> f32
                %v944 = arith.mulf %v943, %v942 fastmath<contract> : f32
                %v945 = arith.addf %v941, %v944 fastmath<contract> : f32
                llvm.store %v945, %v33 : f32, !llvm.ptr
                %v946 = arith.subi %size_L, %v1 : i64
                %v947 = arith.cmpi eq, %v921, %v946 : i64
                scf.if %v947 {
                }
                %v948 = arith.muli %v25, %v1 : i64
                %v949 = llvm.getelementptr %in_gamma[%v948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v950 = llvm.load %v949 : !llvm.ptr -> f32
                %v951 = arith.subf %v37, %v950 fastmath<contract> : f32
                %v952 = llvm.load %v33 : !llvm.ptr -> f32
                %v953 = arith.mulf %v293, %v952 fastmath<contract> : f32
                %v954 = arith.muli %v27, %v121 : i64
                %v955 = arith.muli %v25, %v120 : i64
                %v956 = arith.addi %v954, %v955 : i64
                %v957 = arith.muli %v921, %v1 : i64
                %v958 = arith.addi %v956, %v957 : i64
                %v959 = llvm.getelementptr %in_g_c[%v958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v960 = llvm.load %v959 : !llvm.ptr -> f32
                %v961 = arith.negf %v960 : f32
                %v962 = arith.mulf %v961, %v130 fastmath<contract> : f32
                %v963 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v962) : (f32) -> f32
                %v964 = arith.addf %v37, %v963 fastmath<contract> : f32
                %v965 = arith.divf %v37, %v964 : f32
                %v966 = arith.mulf %v960, %v965 fastmath<contract> : f32
                %v967 = arith.mulf %v966, %v952 fastmath<contract> : f32
                %v968 = arith.negf %v967 : f32
                %v969 = arith.addf %v953, %v968 fastmath<contract> : f32
                %v970 = arith.mulf %v951, %v969 fastmath<contract> : f32
                %v971 = arith.muli %v27, %v121 : i64
                %v972 = arith.muli %v25, %v120 : i64
                %v973 = arith.addi %v971, %v972 : i64
                %v974 = arith.muli %v921, %v1 : i64
                %v975 = arith.addi %v973, %v974 : i64
                %v976 = llvm.getelementptr %in_g_f[%v975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v977 = llvm.load %v976 : !llvm.ptr -> f32
                %v978 = arith.negf %v977 : f32
                %v979 = arith.mulf %v978, %v130 fastmath<contract> : f32
                %v980 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v979) : (f32) -> f32
                %v981 = arith.addf %v37, %v980 fastmath<contract> : f32
                %v982 = arith.divf %v37, %v981 : f32
                %v983 = arith.subf %v37, %v982 fastmath<contract> : f32
                %v984 = arith.mulf %v982, %v983 fastmath<contract> : f32
                %v985 = arith.mulf %v970, %v984 fastmath<contract> : f32
                scf.if %v22 {
                  %v986 = arith.muli %v27, %v121 : i64
                  %v987 = arith.muli %v25, %v120 : i64
                  %v988 = arith.addi %v986, %v987 : i64
                  %v989 = arith.muli %v921, %v1 : i64
                  %v990 = arith.addi %v988, %v989 : i64
                  %v991 = llvm.getelementptr %dx_g_f[%v990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v985, %v991 : f32, !llvm.ptr
                }
                %v992 = arith.mulf %v951, %v982 fastmath<contract> : f32
                %v993 = arith.addf %v950, %v992 fastmath<contract> : f32
                %v994 = arith.subf %v37, %v993 fastmath<contract> : f32
                %v995 = arith.mulf %v994, %v952 fastmath<contract> : f32
                %v996 = arith.negf %v960 : f32
                %v997 = arith.mulf %v996, %v130 fastmath<contract> : f32
                %v998 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v997) : (f32) -> f32
                %v999 = arith.addf %v37, %v998 fastmath<contract> : f32
                %v1000 = arith.divf %v37, %v999 : f32
                %v1001 = arith.subf %v37, %v1000 fastmath<contract> : f32
                %v1002 = arith.mulf %v960, %v1001 fastmath<contract> : f32
                %v1003 = arith.addf %v37, %v1002 fastmath<contract> : f32
                %v1004 = arith.mulf %v1000, %v1003 fastmath<contract> : f32
                %v1005 = arith.mulf %v995, %v1004 fastmath<contract> : f32
                scf.if %v22 {
                  %v1006 = arith.muli %v27, %v121 : i64
                  %v1007 = arith.muli %v25, %v120 : i64
                  %v1008 = arith.addi %v1006, %v1007 : i64
                  %v1009 = arith.muli %v921, %v1 : i64
                  %v1010 = arith.addi %v1008, %v1009 : i64
                  %v1011 = llvm.getelementptr %dx_g_c[%v1010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1005, %v1011 : f32, !llvm.ptr
                }
                %v1012 = arith.mulf %v332, %v940 fastmath<contract> : f32
                %v1013 = arith.subf %v37, %v933 fastmath<contract> : f32
                %v1014 = arith.mulf %v933, %v1013 fastmath<contract> : f32
                %v1015 = arith.mulf %v1012, %v1014 fastmath<contract> : f32
                scf.if %v22 {
                  %v1016 = arith.muli %v27, %v121 : i64
                  %v1017 = arith.muli %v25, %v120 : i64
                  %v1018 = arith.addi %v1016, %v1017 : i64
                  %v1019 = arith.muli %v921, %v1 : i64
                  %v1020 = arith.addi %v1018, %v1019 : i64
                  %v1021 = llvm.getelementptr %dx_g_o[%v1020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1015, %v1021 : f32, !llvm.ptr
                }
                %v1022 = arith.mulf %v982, %v969 fastmath<contract> : f32
                %v1023 = arith.negf %v1022 : f32
                %v1024 = arith.addf %v969, %v1023 fastmath<contract> : f32
                %v1025 = llvm.load %v35 : !llvm.ptr -> f32
                %v1026 = arith.addf %v1025, %v1024 fastmath<contract> : f32
                llvm.store %v1026, %v35 : f32, !llvm.ptr
                llvm.store %v993, %v34 : f32, !llvm.ptr
              }
              %v1027 = arith.addi %v168, %v255 : i64
              %v1028 = arith.cmpi slt, %v1027, %v79 : i64
              scf.if %v1028 {
                %v1029 = arith.addi %v77, %v1027 : i64
                %v1030 = arith.muli %v27, %v121 : i64
                %v1031 = arith.muli %v25, %v120 : i64
                %v1032 = arith.addi %v1030, %v1031 : i64
                %v1033 = arith.muli %v1029, %v1 : i64
                %v1034 = arith.addi %v1032, %v1033 : i64
                %v1035 = llvm.getelementptr %in_g_o[%v1034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1036 = llvm.load %v1035 : !llvm.ptr -> f32
                %v1037 = arith.negf %v1036 : f32
                %v1038 = arith.mulf %v1037, %v130 fastmath<contract> : f32
                %v1039 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1038) : (f32) -> f32
                %v1040 = arith.addf %v37, %v1039 fastmath<contract> : f32
                %v1041 = arith.divf %v37, %v1040 : f32
                %v1042 = arith.muli %v27, %v121 : i64
                %v1043 = arith.muli %v25, %v120 : i64
                %v1044 = arith.addi %v1042, %v1043 : i64
                %v1045 = arith.muli %v1029, %v1 : i64
                %v1046 = arith.addi %v1044, %v1045 : i64
                %v1047 = llvm.getelementptr %dy_y[%v1046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1048 = llvm.load %v1047 : !llvm.ptr -> f32
                %v1049 = arith.mulf %v1041, %v1048 fastmath<contract> : f32
                %v1050 = llvm.load %v33 : !llvm.ptr -> f32
                %v1051 = llvm.load %v34 : !llvm.ptr -> f32
                %v1052 = arith.mulf %v1051, %v1050 fastmath<contract> : f32
                %v1053 = arith.addf %v1049, %v1052 fastmath<contract> : f32
                llvm.store %v1053, %v33 : f32, !llvm.ptr
                %v1054 = arith.subi %size_L, %v1 : i64
                %v1055 = arith.cmpi eq, %v1029, %v1054 : i64
                scf.if %v1055 {
                }
                %v1056 = arith.muli %v25, %v1 : i64
                %v1057 = llvm.getelementptr %in_gamma[%v1056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1058 = llvm.load %v1057 : !llvm.ptr -> f32
                %v1059 = arith.subf %v37, %v1058 fastmath<contract> : f32
                %v1060 = llvm.load %v33 : !llvm.ptr -> f32
                %v1061 = arith.mulf %v254, %v1060 fastmath<contract> : f32
                %v1062 = arith.muli %v27, %v121 : i64
                %v1063 = arith.muli %v25, %v120 : i64
                %v1064 = arith.addi %v1062, %v1063 : i64
                %v1065 = arith.muli %v1029, %v1 : i64
                %v1066 = arith.addi %v1064, %v1065 : i64
                %v1067 = llvm.getelementptr %in_g_c[%v1066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1068 = llvm.load %v1067 : !llvm.ptr -> f32
                %v1069 = arith.negf %v1068 : f32
                %v1070 = arith.mulf %v1069, %v130 fastmath<contract> : f32
                %v1071 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1070) : (f32) -> f32
                %v1072 = arith.addf %v37, %v1071 fastmath<contract> : f32
                %v1073 = arith.divf %v37, %v1072 : f32
                %v1074 = arith.mulf %v1068, %v1073 fastmath<contract> : f32
                %v1075 = arith.mulf %v1074, %v1060 fastmath<contract> : f32
                %v1076 = arith.negf %v1075 : f32
                %v1077 = arith.addf %v1061, %v1076 fastmath<contract> : f32
                %v1078 = arith.mulf %v1059, %v1077 fastmath<contract> : f32
                %v1079 = arith.muli %v27, %v121 : i64
                %v1080 = arith.muli %v25, %v120 : i64
                %v1081 = arith.addi %v1079, %v1080 : i64
                %v1082 = arith.muli %v1029, %v1 : i64
                %v1083 = arith.addi %v1081, %v1082 : i64
                %v1084 = llvm.getelementptr %in_g_f[%v1083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1085 = llvm.load %v1084 : !llvm.ptr -> f32
                %v1086 = arith.negf %v1085 : f32
                %v1087 = arith.mulf %v1086, %v130 fastmath<contract> : f32
                %v1088 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1087) : (f32) -> f32
                %v1089 = arith.addf %v37, %v1088 fastmath<contract> : f32
                %v1090 = arith.divf %v37, %v1089 : f32
                %v1091 = arith.subf %v37, %v1090 fastmath<contract> : f32
                %v1092 = arith.mulf %v1090, %v1091 fastmath<contract> : f32
                %v1093 = arith.mulf %v1078, %v1092 fastmath<contract> : f32
                scf.if %v22 {
                  %v1094 = arith.muli %v27, %v121 : i64
                  %v1095 = arith.muli %v25, %v120 : i64
                  %v1096 = arith.addi %v1094, %v1095 : i64
                  %v1097 = arith.muli %v1029, %v1 : i64
                  %v1098 = arith.addi %v1096, %v1097 : i64
                  %v1099 = llvm.getelementptr %dx_g_f[%v1098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1093, %v1099 : f32, !llvm.ptr
                }
                %v1100 = arith.mulf %v1059, %v1090 fastmath<contract> : f32
                %v1101 = arith.addf %v1058, %v1100 fastmath<contract> : f32
                %v1102 = arith.subf %v37, %v1101 fastmath<contract> : f32
                %v1103 = arith.mulf %v1102, %v1060 fastmath<contract> : f32
                %v1104 = arith.negf %v1068 : f32
                %v1105 = arith.mulf %v1104, %v130 fastmath<contract> : f32
                %v1106 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1105) : (f32) -> f32
                %v1107 = arith.addf %v37, %v1106 fastmath<contract> : f32
                %v1108 = arith.divf %v37, %v1107 : f32
                %v1109 = arith.subf %v37, %v1108 fastmath<contract> : f32
                %v1110 = arith.mulf %v1068, %v1109 fastmath<contract> : f32
                %v1111 = arith.addf %v37, %v1110 fastmath<contract> : f32
                %v1112 = arith.mulf %v1108, %v1111 fastmath<contract> : f32
                %v1113 = arith.mulf %v1103, %v1112 fastmath<contract> : f32
                scf.if %v22 {
                  %v1114 = arith.muli %v27, %v121 : i64
                  %v1115 = arith.muli %v25, %v120 : i64
                  %v1116 = arith.addi %v1114, %v1115 : i64
                  %v1117 = arith.muli %v1029, %v1 : i64
                  %v1118 = arith.addi %v1116, %v1117 : i64
                  %v1119 = llvm.getelementptr %dx_g_c[%v1118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1113, %v1119 : f32, !llvm.ptr
                }
                %v1120 = arith.mulf %v293, %v1048 fastmath<contract> : f32
                %v1121 = arith.subf %v37, %v1041 fastmath<contract> : f32
                %v1122 = arith.mulf %v1041, %v1121 fastmath<contract> : f32
                %v1123 = arith.mulf %v1120, %v1122 fastmath<contract> : f32
                scf.if %v22 {
                  %v1124 = arith.muli %v27, %v121 : i64
                  %v1125 = arith.muli %v25, %v120 : i64
                  %v1126 = arith.addi %v1124, %v1125 : i64
                  %v1127 = arith.muli %v1029, %v1 : i64
                  %v1128 = arith.addi %v1126, %v1127 : i64
                  %v1129 = llvm.getelementptr %dx_g_o[%v1128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1123, %v1129 : f32, !llvm.ptr
                }
                %v1130 = arith.mulf %v1090, %v1077 fastmath<contract> : f32
                %v1131 = arith.negf %v1130 : f32
                %v1132 = arith.addf %v1077, %v1131 fastmath<contract> : f32
                %v1133 = llvm.load %v35 : !llvm.ptr -> f32
                %v1134 = arith.addf %v1133, %v1132 fastmath<contract> : f32
                llvm.store %v1134, %v35 : f32, !llvm.ptr
                llvm.store %v1101, %v34 : f32, !llvm.ptr
              }
              %v1135 = arith.addi %v168, %v1 : i64
              %v1136 = arith.cmpi slt, %v1135, %v79 : i64
              scf.if %v1136 {
                %v1137 = arith.addi %v77, %v1135 : i64
                %v1138 = arith.muli %v27, %v121 : i64
                %v1139 = arith.muli %v25, %v120 : i64
                %v1140 = arith.addi %v1138, %v1139 : i64
                %v1141 = arith.muli %v1137, %v1 : i64
                %v1142 = arith.addi %v1140, %v1141 : i64
                %v1143 = llvm.getelementptr %in_g_o[%v1142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1144 = llvm.load %v1143 : !llvm.ptr -> f32
                %v1145 = arith.negf %v1144 : f32
                %v1146 = arith.mulf %v1145, %v130 fastmath<contract> : f32
                %v1147 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1146) : (f32) -> f32
                %v1148 = arith.addf %v37, %v1147 fastmath<contract> : f32
                %v1149 = arith.divf %v37, %v1148 : f32
                %v1150 = arith.muli %v27, %v121 : i64
                %v1151 = arith.muli %v25, %v120 : i64
                %v1152 = arith.addi %v1150, %v1151 : i64
                %v1153 = arith.muli %v1137, %v1 : i64
                %v1154 = arith.addi %v1152, %v1153 : i64
                %v1155 = llvm.getelementptr %dy_y[%v1154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1156 = llvm.load %v1155 : !llvm.ptr -> f32
                %v1157 = arith.mulf %v1149, %v1156 fastmath<contract> : f32
                %v1158 = llvm.load %v33 : !llvm.ptr -> f32
                %v1159 = llvm.load %v34 : !llvm.ptr -> f32
                %v1160 = arith.mulf %v1159, %v1158 fastmath<contract> : f32
                %v1161 = arith.addf %v1157, %v1160 fastmath<contract> : f32
                llvm.store %v1161, %v33 : f32, !llvm.ptr
                %v1162 = arith.subi %size_L, %v1 : i64
                %v1163 = arith.cmpi eq, %v1137, %v1162 : i64
                scf.if %v1163 {
                }
                %v1164 = arith.muli %v25, %v1 : i64
                %v1165 = llvm.getelementptr %in_gamma[%v1164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1166 = llvm.load %v1165 : !llvm.ptr -> f32
                %v1167 = arith.subf %v37, %v1166 fastmath<contract> : f32
                %v1168 = llvm.load %v33 : !llvm.ptr -> f32
                %v1169 = arith.mulf %v216, %v1168 fastmath<contract> : f32
                %v1170 = arith.muli %v27, %v121 : i64
                %v1171 = arith.muli %v25, %v120 : i64
                %v1172 = arith.addi %v1170, %v1171 : i64
                %v1173 = arith.muli %v1137, %v1 : i64
                %v1174 = arith.addi %v1172, %v1173 : i64
                %v1175 = llvm.getelementptr %in_g_c[%v1174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1176 = llvm.load %v1175 : !llvm.ptr -> f32
                %v1177 = arith.negf %v1176 : f32
                %v1178 = arith.mulf %v1177, %v130 fastmath<contract> : f32
                %v1179 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1178) : (f32) -> f32
                %v1180 = arith.addf %v37, %v1179 fastmath<contract> : f32
                %v1181 = arith.divf %v37, %v1180 : f32
                %v1182 = arith.mulf %v1176, %v1181 fastmath<contract> : f32
                %v1183 = arith.mulf %v1182, %v1168 fastmath<contract> : f32
                %v1184 = arith.negf %v1183 : f32
                %v1185 = arith.addf %v1169, %v1184 fastmath<contract> : f32
                %v1186 = arith.mulf %v1167, %v1185 fastmath<contract> : f32
                %v1187 = arith.muli %v27, %v121 : i64
                %v1188 = arith.muli %v25, %v120 : i64
                %v1189 = arith.addi %v1187, %v1188 : i64
                %v1190 = arith.muli %v1137, %v1 : i64
                %v1191 = arith.addi %v1189, %v1190 : i64
                %v1192 = llvm.getelementptr %in_g_f[%v1191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1193 = llvm.load %v1192 : !llvm.ptr -> f32
                %v1194 = arith.negf %v1193 : f32
                %v1195 = arith.mulf %v1194, %v130 fastmath<contract> : f32
                %v1196 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1195) : (f32) -> f32
                %v1197 = arith.addf %v37, %v1196 fastmath<contract> : f32
                %v1198 = arith.divf %v37, %v1197 : f32
                %v1199 = arith.subf %v37, %v1198 fastmath<contract> : f32
                %v1200 = arith.mulf %v1198, %v1199 fastmath<contract> : f32
                %v1201 = arith.mulf %v1186, %v1200 fastmath<contract> : f32
                scf.if %v22 {
                  %v1202 = arith.muli %v27, %v121 : i64
                  %v1203 = arith.muli %v25, %v120 : i64
                  %v1204 = arith.addi %v1202, %v1203 : i64
                  %v1205 = arith.muli %v1137, %v1 : i64
                  %v1206 = arith.addi %v1204, %v1205 : i64
                  %v1207 = llvm.getelementptr %dx_g_f[%v1206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1201, %v1207 : f32, !llvm.ptr
                }
                %v1208 = arith.mulf %v1167, %v1198 fastmath<contract> : f32
                %v1209 = arith.addf %v1166, %v1208 fastmath<contract> : f32
                %v1210 = arith.subf %v37, %v1209 fastmath<contract> : f32
                %v1211 = arith.mulf %v1210, %v1168 fastmath<contract> : f32
                %v1212 = arith.negf %v1176 : f32
                %v1213 = arith.mulf %v1212, %v130 fastmath<contract> : f32
                %v1214 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1213) : (f32) -> f32
                %v1215 = arith.addf %v37, %v1214 fastmath<contract> : f32
                %v1216 = arith.divf %v37, %v1215 : f32
                %v1217 = arith.subf %v37, %v1216 fastmath<contract> : f32
                %v1218 = arith.mulf %v1176, %v1217 fastmath<contract> : f32
                %v1219 = arith.addf %v37, %v1218 fastmath<contract> : f32
                %v1220 = arith.mulf %v1216, %v1219 fastmath<contract> : f32
                %v1221 = arith.mulf %v1211, %v1220 fastmath<contract> : f32
                scf.if %v22 {
                  %v1222 = arith.muli %v27, %v121 : i64
                  %v1223 = arith.muli %v25, %v120 : i64
                  %v1224 = arith.addi %v1222, %v1223 : i64
                  %v1225 = arith.muli %v1137, %v1 : i64
                  %v1226 = arith.addi %v1224, %v1225 : i64
                  %v1227 = llvm.getelementptr %dx_g_c[%v1226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1221, %v1227 : f32, !llvm.ptr
                }
                %v1228 = arith.mulf %v254, %v1156 fastmath<contract> : f32
                %v1229 = arith.subf %v37, %v1149 fastmath<contract> : f32
                %v1230 = arith.mulf %v1149, %v1229 fastmath<contract> : f32
                %v1231 = arith.mulf %v1228, %v1230 fastmath<contract> : f32
                scf.if %v22 {
                  %v1232 = arith.muli %v27, %v121 : i64
                  %v1233 = arith.muli %v25, %v120 : i64
                  %v1234 = arith.addi %v1232, %v1233 : i64
                  %v1235 = arith.muli %v1137, %v1 : i64
                  %v1236 = arith.addi %v1234, %v1235 : i64
                  %v1237 = llvm.getelementptr %dx_g_o[%v1236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1231, %v1237 : f32, !llvm.ptr
                }
                %v1238 = arith.mulf %v1198, %v1185 fastmath<contract> : f32
                %v1239 = arith.negf %v1238 : f32
                %v1240 = arith.addf %v1185, %v1239 fastmath<contract> : f32
                %v1241 = llvm.load %v35 : !llvm.ptr -> f32
                %v1242 = arith.addf %v1241, %v1240 fastmath<contract> : f32
                llvm.store %v1242, %v35 : f32, !llvm.ptr
                llvm.store %v1209, %v34 : f32, !llvm.ptr
              }
              %v1243 = arith.addi %v168, %v38 : i64
              %v1244 = arith.cmpi slt, %v1243, %v79 : i64
              scf.if %v1244 {
                %v1245 = arith.addi %v77, %v1243 : i64
                %v1246 = arith.muli %v27, %v121 : i64
                %v1247 = arith.muli %v25, %v120 : i64
                %v1248 = arith.addi %v1246, %v1247 : i64
                %v1249 = arith.muli %v1245, %v1 : i64
                %v1250 = arith.addi %v1248, %v1249 : i64
                %v1251 = llvm.getelementptr %in_g_o[%v1250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1252 = llvm.load %v1251 : !llvm.ptr -> f32
                %v1253 = arith.negf %v1252 : f32
                %v1254 = arith.mulf %v1253, %v130 fastmath<contract> : f32
                %v1255 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1254) : (f32) -> f32
                %v1256 = arith.addf %v37, %v1255 fastmath<contract> : f32
                %v1257 = arith.divf %v37, %v1256 : f32
                %v1258 = arith.muli %v27, %v121 : i64
                %v1259 = arith.muli %v25, %v120 : i64
                %v1260 = arith.addi %v1258, %v1259 : i64
                %v1261 = arith.muli %v1245, %v1 : i64
                %v1262 = arith.addi %v1260, %v1261 : i64
                %v1263 = llvm.getelementptr %dy_y[%v1262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1264 = llvm.load %v1263 : !llvm.ptr -> f32
                %v1265 = arith.mulf %v1257, %v1264 fastmath<contract> : f32
                %v1266 = llvm.load %v33 : !llvm.ptr -> f32
                %v1267 = llvm.load %v34 : !llvm.ptr -> f32
                %v1268 = arith.mulf %v1267, %v1266 fastmath<contract> : f32
                %v1269 = arith.addf %v1265, %v1268 fastmath<contract> : f32
                llvm.store %v1269, %v33 : f32, !llvm.ptr
                %v1270 = arith.subi %size_L, %v1 : i64
                %v1271 = arith.cmpi eq, %v1245, %v1270 : i64
                scf.if %v1271 {
                }
                %v1272 = arith.muli %v25, %v1 : i64
                %v1273 = llvm.getelementptr %in_gamma[%v1272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1274 = llvm.load %v1273 : !llvm.ptr -> f32
                %v1275 = arith.subf %v37, %v1274 fastmath<contract> : f32
                %v1276 = llvm.load %v33 : !llvm.ptr -> f32
                %v1277 = arith.mulf %v178, %v1276 fastmath<contract> : f32
                %v1278 = arith.muli %v27, %v121 : i64
                %v1279 = arith.muli %v25, %v120 : i64
                %v1280 = arith.addi %v1278, %v1279 : i64
                %v1281 = arith.muli %v1245, %v1 : i64
                %v1282 = arith.addi %v1280, %v1281 : i64
                %v1283 = llvm.getelementptr %in_g_c[%v1282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1284 = llvm.load %v1283 : !llvm.ptr -> f32
                %v1285 = arith.negf %v1284 : f32
                %v1286 = arith.mulf %v1285, %v130 fastmath<contract> : f32
                %v1287 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1286) : (f32) -> f32
                %v1288 = arith.addf %v37, %v1287 fastmath<contract> : f32
                %v1289 = arith.divf %v37, %v1288 : f32
                %v1290 = arith.mulf %v1284, %v1289 fastmath<contract> : f32
                %v1291 = arith.mulf %v1290, %v1276 fastmath<contract> : f32
                %v1292 = arith.negf %v1291 : f32
                %v1293 = arith.addf %v1277, %v1292 fastmath<contract> : f32
                %v1294 = arith.mulf %v1275, %v1293 fastmath<contract> : f32
                %v1295 = arith.muli %v27, %v121 : i64
                %v1296 = arith.muli %v25, %v120 : i64
                %v1297 = arith.addi %v1295, %v1296 : i64
                %v1298 = arith.muli %v1245, %v1 : i64
                %v1299 = arith.addi %v1297, %v1298 : i64
                %v1300 = llvm.getelementptr %in_g_f[%v1299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1301 = llvm.load %v1300 : !llvm.ptr -> f32
                %v1302 = arith.negf %v1301 : f32
                %v1303 = arith.mulf %v1302, %v130 fastmath<contract> : f32
                %v1304 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1303) : (f32) -> f32
                %v1305 = arith.addf %v37, %v1304 fastmath<contract> : f32
                %v1306 = arith.divf %v37, %v1305 : f32
                %v1307 = arith.subf %v37, %v1306 fastmath<contract> : f32
                %v1308 = arith.mulf %v1306, %v1307 fastmath<contract> : f32
                %v1309 = arith.mulf %v1294, %v1308 fastmath<contract> : f32
                scf.if %v22 {
                  %v1310 = arith.muli %v27, %v121 : i64
                  %v1311 = arith.muli %v25, %v120 : i64
                  %v1312 = arith.addi %v1310, %v1311 : i64
                  %v1313 = arith.muli %v1245, %v1 : i64
                  %v1314 = arith.addi %v1312, %v1313 : i64
                  %v1315 = llvm.getelementptr %dx_g_f[%v1314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1309, %v1315 : f32, !llvm.ptr
                }
                %v1316 = arith.mulf %v1275, %v1306 fastmath<contract> : f32
                %v1317 = arith.addf %v1274, %v1316 fastmath<contract> : f32
                %v1318 = arith.subf %v37, %v1317 fastmath<contract> : f32
                %v1319 = arith.mulf %v1318, %v1276 fastmath<contract> : f32
                %v1320 = arith.negf %v1284 : f32
                %v1321 = arith.mulf %v1320, %v130 fastmath<contract> : f32
                %v1322 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1321) : (f32) -> f32
                %v1323 = arith.addf %v37, %v1322 fastmath<contract> : f32
                %v1324 = arith.divf %v37, %v1323 : f32
                %v1325 = arith.subf %v37, %v1324 fastmath<contract> : f32
                %v1326 = arith.mulf %v1284, %v1325 fastmath<contract> : f32
                %v1327 = arith.addf %v37, %v1326 fastmath<contract> : f32
                %v1328 = arith.mulf %v1324, %v1327 fastmath<contract> : f32
                %v1329 = arith.mulf %v1319, %v1328 fastmath<contract> : f32
                scf.if %v22 {
                  %v1330 = arith.muli %v27, %v121 : i64
                  %v1331 = arith.muli %v25, %v120 : i64
                  %v1332 = arith.addi %v1330, %v1331 : i64
                  %v1333 = arith.muli %v1245, %v1 : i64
                  %v1334 = arith.addi %v1332, %v1333 : i64
                  %v1335 = llvm.getelementptr %dx_g_c[%v1334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1329, %v1335 : f32, !llvm.ptr
                }
                %v1336 = arith.mulf %v216, %v1264 fastmath<contract> : f32
                %v1337 = arith.subf %v37, %v1257 fastmath<contract> : f32
                %v1338 = arith.mulf %v1257, %v1337 fastmath<contract> : f32
                %v1339 = arith.mulf %v1336, %v1338 fastmath<contract> : f32
                scf.if %v22 {
                  %v1340 = arith.muli %v27, %v121 : i64
                  %v1341 = arith.muli %v25, %v120 : i64
                  %v1342 = arith.addi %v1340, %v1341 : i64
                  %v1343 = arith.muli %v1245, %v1 : i64
                  %v1344 = arith.addi %v1342, %v1343 : i64
                  %v1345 = llvm.getelementptr %dx_g_o[%v1344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1339, %v1345 : f32, !llvm.ptr
                }
                %v1346 = arith.mulf %v1306, %v1293 fastmath<contract> : f32
                %v1347 = arith.negf %v1346 : f32
                %v1348 = arith.addf %v1293, %v1347 fastmath<contract> : f32
                %v1349 = llvm.load %v35 : !llvm.ptr -> f32
                %v1350 = arith.addf %v1349, %v1348 fastmath<contract> : f32
                llvm.store %v1350, %v35 : f32, !llvm.ptr
                llvm.store %v1317, %v34 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      %v1351 = arith.cmpi eq, %v18, %v38 : i64
      scf.if %v1351 {
      }
      scf.if %v22 {
        %v1352 = llvm.load %v35 : !llvm.ptr -> f32
        %v1353 = arith.addi %v32, %v21 : i64
        %v1354 = arith.muli %v1353, %v1 : i64
        %v1355 = arith.addi %v1354, %v38 : i64
        %v1356 = llvm.getelementptr %part_gamma[%v1355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1352, %v1356 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
