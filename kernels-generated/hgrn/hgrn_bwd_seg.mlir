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
      %v123 = arith.muli %v1, %size_L : i64
      %v124 = arith.muli %v123, %size_D : i64
      %v133 = arith.constant 0x3FB8AA3B : f32
      %v258 = arith.constant 2 : i64
      %v297 = arith.constant 3 : i64
      %v374 = arith.constant 5 : i64
      %v413 = arith.constant 6 : i64
      %v495 = arith.constant 2147483647 : i64
      %v499 = arith.constant 7 : i32
      %v607 = arith.constant 6 : i32
      %v715 = arith.constant 5 : i32
      %v823 = arith.constant 4 : i32
      %v931 = arith.constant 3 : i32
      %v1039 = arith.constant 2 : i32
      %v1147 = arith.constant 1 : i32
      %v1255 = arith.constant 0 : i32
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
              %v120 = llvm.getelementptr %in_gamma[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v121 = llvm.load %v120 : !llvm.ptr -> f32
              %v122 = arith.subf %v37, %v121 fastmath<contract> : f32
              %v125 = arith.muli %v27, %v124 : i64
              %v126 = arith.muli %v25, %v123 : i64
              %v127 = arith.addi %v125, %v126 : i64
              %v128 = arith.muli %v118, %v1 : i64
              %v129 = arith.addi %v127, %v128 : i64
              %v130 = llvm.getelementptr %in_g_f[%v129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v131 = llvm.load %v130 : !llvm.ptr -> f32
              %v132 = arith.negf %v131 : f32
              %v134 = arith.mulf %v132, %v133 fastmath<contract> : f32
              %v135 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v134) : (f32) -> f32
              %v136 = arith.addf %v37, %v135 fastmath<contract> : f32
              %v137 = arith.divf %v37, %v136 : f32
              %v138 = arith.mulf %v122, %v137 fastmath<contract> : f32
              %v139 = arith.addf %v121, %v138 fastmath<contract> : f32
              %v140 = arith.subf %v37, %v139 fastmath<contract> : f32
              %v141 = arith.muli %v27, %v124 : i64
              %v142 = arith.muli %v25, %v123 : i64
              %v143 = arith.addi %v141, %v142 : i64
              %v144 = arith.muli %v118, %v1 : i64
              %v145 = arith.addi %v143, %v144 : i64
              %v146 = llvm.getelementptr %in_g_c[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v147 = llvm.load %v146 : !llvm.ptr -> f32
              %v148 = arith.negf %v147 : f32
              %v149 = arith.mulf %v148, %v133 fastmath<contract> : f32
              %v150 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v149) : (f32) -> f32
              %v151 = arith.addf %v37, %v150 fastmath<contract> : f32
              %v152 = arith.divf %v37, %v151 : f32
              %v153 = arith.mulf %v147, %v152 fastmath<contract> : f32
              %v154 = arith.mulf %v140, %v153 fastmath<contract> : f32
              %v155 = llvm.load %v9 : !llvm.ptr -> f32
              %v156 = arith.mulf %v139, %v155 fastmath<contract> : f32
              %v157 = arith.addf %v156, %v154 fastmath<contract> : f32
              llvm.store %v157, %v9 : f32, !llvm.ptr
            }
          }
        }
        %v158 = arith.index_cast %v38 : i64 to index
        %v159 = arith.index_cast %v1 : i64 to index
        %v160 = arith.index_cast %v1 : i64 to index
        scf.for %v161 = %v158 to %v159 step %v160 {
          %v162 = arith.index_cast %v161 : index to i64
          %v163 = arith.index_cast %v38 : i64 to index
          %v164 = arith.index_cast %v81 : i64 to index
          %v165 = arith.index_cast %v1 : i64 to index
          scf.for %v166 = %v163 to %v164 step %v165 {
            %v167 = arith.index_cast %v166 : index to i64
            %v168 = arith.cmpi slt, %v167, %v81 : i64
            scf.if %v168 {
              %v169 = arith.subi %v81, %v1 : i64
              %v170 = arith.subi %v169, %v167 : i64
              %v171 = arith.muli %v170, %v61 : i64
              %v172 = arith.addi %v67, %v170 : i64
              %v173 = arith.subi %v79, %v1 : i64
              %v174 = arith.muli %v172, %v3 : i64
              %v175 = arith.subi %v3, %v1 : i64
              %v176 = arith.minsi %v21, %v175 : i64
              %v177 = arith.addi %v174, %v176 : i64
              %v178 = arith.muli %v177, %v1 : i64
              %v179 = arith.addi %v178, %v38 : i64
              %v180 = llvm.getelementptr %scratch_h[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v181 = llvm.load %v180 : !llvm.ptr -> f32
              // the group's states, recomputed into registers
              %v182 = arith.addi %v171, %v38 : i64
              %v183 = arith.minsi %v182, %v173 : i64
              %v184 = arith.addi %v77, %v183 : i64
              %v185 = arith.muli %v25, %v1 : i64
              %v186 = llvm.getelementptr %in_gamma[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v187 = llvm.load %v186 : !llvm.ptr -> f32
              %v188 = arith.subf %v37, %v187 fastmath<contract> : f32
              %v189 = arith.muli %v27, %v124 : i64
              %v190 = arith.muli %v25, %v123 : i64
              %v191 = arith.addi %v189, %v190 : i64
              %v192 = arith.muli %v184, %v1 : i64
              %v193 = arith.addi %v191, %v192 : i64
              %v194 = llvm.getelementptr %in_g_f[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v195 = llvm.load %v194 : !llvm.ptr -> f32
              %v196 = arith.negf %v195 : f32
              %v197 = arith.mulf %v196, %v133 fastmath<contract> : f32
              %v198 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v197) : (f32) -> f32
              %v199 = arith.addf %v37, %v198 fastmath<contract> : f32
              %v200 = arith.divf %v37, %v199 : f32
              %v201 = arith.mulf %v188, %v200 fastmath<contract> : f32
              %v202 = arith.addf %v187, %v201 fastmath<contract> : f32
              %v203 = arith.subf %v37, %v202 fastmath<contract> : f32
              %v204 = arith.muli %v27, %v124 : i64
              %v205 = arith.muli %v25, %v123 : i64
              %v206 = arith.addi %v204, %v205 : i64
              %v207 = arith.muli %v184, %v1 : i64
              %v208 = arith.addi %v206, %v207 : i64
              %v209 = llvm.getelementptr %in_g_c[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v210 = llvm.load %v209 : !llvm.ptr -> f32
              %v211 = arith.negf %v210 : f32
              %v212 = arith.mulf %v211, %v133 fastmath<contract> : f32
              %v213 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v212) : (f32) -> f32
              %v214 = arith.addf %v37, %v213 fastmath<contract> : f32
              %v215 = arith.divf %v37, %v214 : f32
              %v216 = arith.mulf %v210, %v215 fastmath<contract> : f32
              %v217 = arith.mulf %v203, %v216 fastmath<contract> : f32
              %v218 = arith.mulf %v202, %v181 fastmath<contract> : f32
              %v219 = arith.addf %v218, %v217 fastmath<contract> : f32
              %v220 = arith.addi %v171, %v1 : i64
              %v221 = arith.minsi %v220, %v173 : i64
              %v222 = arith.addi %v77, %v221 : i64
              %v223 = arith.muli %v25, %v1 : i64
              %v224 = llvm.getelementptr %in_gamma[%v223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v225 = llvm.load %v224 : !llvm.ptr -> f32
              %v226 = arith.subf %v37, %v225 fastmath<contract> : f32
              %v227 = arith.muli %v27, %v124 : i64
              %v228 = arith.muli %v25, %v123 : i64
              %v229 = arith.addi %v227, %v228 : i64
              %v230 = arith.muli %v222, %v1 : i64
              %v231 = arith.addi %v229, %v230 : i64
              %v232 = llvm.getelementptr %in_g_f[%v231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v233 = llvm.load %v232 : !llvm.ptr -> f32
              %v234 = arith.negf %v233 : f32
              %v235 = arith.mulf %v234, %v133 fastmath<contract> : f32
              %v236 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v235) : (f32) -> f32
              %v237 = arith.addf %v37, %v236 fastmath<contract> : f32
              %v238 = arith.divf %v37, %v237 : f32
              %v239 = arith.mulf %v226, %v238 fastmath<contract> : f32
              %v240 = arith.addf %v225, %v239 fastmath<contract> : f32
              %v241 = arith.subf %v37, %v240 fastmath<contract> : f32
              %v242 = arith.muli %v27, %v124 : i64
              %v243 = arith.muli %v25, %v123 : i64
              %v244 = arith.addi %v242, %v243 : i64
              %v245 = arith.muli %v222, %v1 : i64
              %v246 = arith.addi %v244, %v245 : i64
              %v247 = llvm.getelementptr %in_g_c[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v248 = llvm.load %v247 : !llvm.ptr -> f32
              %v249 = arith.negf %v248 : f32
              %v250 = arith.mulf %v249, %v133 fastmath<contract> : f32
              %v251 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v250) : (f32) -> f32
              %v252 = arith.addf %v37, %v251 fastmath<contract> : f32
              %v253 = arith.divf %v37, %v252 : f32
              %v254 = arith.mulf %v248, %v253 fastmath<contract> : f32
              %v255 = arith.mulf %v241, %v254 fastmath<contract> : f32
              %v256 = arith.mulf %v240, %v219 fastmath<contract> : f32
              %v257 = arith.addf %v256, %v255 fastmath<contract> : f32
              %v259 = arith.addi %v171, %v258 : i64
              %v260 = arith.minsi %v259, %v173 : i64
              %v261 = arith.addi %v77, %v260 : i64
              %v262 = arith.muli %v25, %v1 : i64
              %v263 = llvm.getelementptr %in_gamma[%v262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v264 = llvm.load %v263 : !llvm.ptr -> f32
              %v265 = arith.subf %v37, %v264 fastmath<contract> : f32
              %v266 = arith.muli %v27, %v124 : i64
              %v267 = arith.muli %v25, %v123 : i64
              %v268 = arith.addi %v266, %v267 : i64
              %v269 = arith.muli %v261, %v1 : i64
              %v270 = arith.addi %v268, %v269 : i64
              %v271 = llvm.getelementptr %in_g_f[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v272 = llvm.load %v271 : !llvm.ptr -> f32
              %v273 = arith.negf %v272 : f32
              %v274 = arith.mulf %v273, %v133 fastmath<contract> : f32
              %v275 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v274) : (f32) -> f32
              %v276 = arith.addf %v37, %v275 fastmath<contract> : f32
              %v277 = arith.divf %v37, %v276 : f32
              %v278 = arith.mulf %v265, %v277 fastmath<contract> : f32
              %v279 = arith.addf %v264, %v278 fastmath<contract> : f32
              %v280 = arith.subf %v37, %v279 fastmath<contract> : f32
              %v281 = arith.muli %v27, %v124 : i64
              %v282 = arith.muli %v25, %v123 : i64
              %v283 = arith.addi %v281, %v282 : i64
              %v284 = arith.muli %v261, %v1 : i64
              %v285 = arith.addi %v283, %v284 : i64
              %v286 = llvm.getelementptr %in_g_c[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v287 = llvm.load %v286 : !llvm.ptr -> f32
              %v288 = arith.negf %v287 : f32
              %v289 = arith.mulf %v288, %v133 fastmath<contract> : f32
              %v290 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v289) : (f32) -> f32
              %v291 = arith.addf %v37, %v290 fastmath<contract> : f32
              %v292 = arith.divf %v37, %v291 : f32
              %v293 = arith.mulf %v287, %v292 fastmath<contract> : f32
              %v294 = arith.mulf %v280, %v293 fastmath<contract> : f32
              %v295 = arith.mulf %v279, %v257 fastmath<contract> : f32
              %v296 = arith.addf %v295, %v294 fastmath<contract> : f32
              %v298 = arith.addi %v171, %v297 : i64
              %v299 = arith.minsi %v298, %v173 : i64
              %v300 = arith.addi %v77, %v299 : i64
              %v301 = arith.muli %v25, %v1 : i64
              %v302 = llvm.getelementptr %in_gamma[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v303 = llvm.load %v302 : !llvm.ptr -> f32
              %v304 = arith.subf %v37, %v303 fastmath<contract> : f32
              %v305 = arith.muli %v27, %v124 : i64
              %v306 = arith.muli %v25, %v123 : i64
              %v307 = arith.addi %v305, %v306 : i64
              %v308 = arith.muli %v300, %v1 : i64
              %v309 = arith.addi %v307, %v308 : i64
              %v310 = llvm.getelementptr %in_g_f[%v309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v311 = llvm.load %v310 : !llvm.ptr -> f32
              %v312 = arith.negf %v311 : f32
              %v313 = arith.mulf %v312, %v133 fastmath<contract> : f32
              %v314 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v313) : (f32) -> f32
              %v315 = arith.addf %v37, %v314 fastmath<contract> : f32
              %v316 = arith.divf %v37, %v315 : f32
              %v317 = arith.mulf %v304, %v316 fastmath<contract> : f32
              %v318 = arith.addf %v303, %v317 fastmath<contract> : f32
              %v319 = arith.subf %v37, %v318 fastmath<contract> : f32
              %v320 = arith.muli %v27, %v124 : i64
              %v321 = arith.muli %v25, %v123 : i64
              %v322 = arith.addi %v320, %v321 : i64
              %v323 = arith.muli %v300, %v1 : i64
              %v324 = arith.addi %v322, %v323 : i64
              %v325 = llvm.getelementptr %in_g_c[%v324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v326 = llvm.load %v325 : !llvm.ptr -> f32
              %v327 = arith.negf %v326 : f32
              %v328 = arith.mulf %v327, %v133 fastmath<contract> : f32
              %v329 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v328) : (f32) -> f32
              %v330 = arith.addf %v37, %v329 fastmath<contract> : f32
              %v331 = arith.divf %v37, %v330 : f32
              %v332 = arith.mulf %v326, %v331 fastmath<contract> : f32
              %v333 = arith.mulf %v319, %v332 fastmath<contract> : f32
              %v334 = arith.mulf %v318, %v296 fastmath<contract> : f32
              %v335 = arith.addf %v334, %v333 fastmath<contract> : f32
              %v336 = arith.addi %v171, %v29 : i64
              %v337 = arith.minsi %v336, %v173 : i64
              %v338 = arith.addi %v77, %v337 : i64
              %v339 = arith.muli %v25, %v1 : i64
              %v340 = llvm.getelementptr %in_gamma[%v339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v341 = llvm.load %v340 : !llvm.ptr -> f32
              %v342 = arith.subf %v37, %v341 fastmath<contract> : f32
              %v343 = arith.muli %v27, %v124 : i64
              %v344 = arith.muli %v25, %v123 : i64
              %v345 = arith.addi %v343, %v344 : i64
              %v346 = arith.muli %v338, %v1 : i64
              %v347 = arith.addi %v345, %v346 : i64
              %v348 = llvm.getelementptr %in_g_f[%v347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v349 = llvm.load %v348 : !llvm.ptr -> f32
              %v350 = arith.negf %v349 : f32
              %v351 = arith.mulf %v350, %v133 fastmath<contract> : f32
              %v352 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v351) : (f32) -> f32
              %v353 = arith.addf %v37, %v352 fastmath<contract> : f32
              %v354 = arith.divf %v37, %v353 : f32
              %v355 = arith.mulf %v342, %v354 fastmath<contract> : f32
              %v356 = arith.addf %v341, %v355 fastmath<contract> : f32
              %v357 = arith.subf %v37, %v356 fastmath<contract> : f32
              %v358 = arith.muli %v27, %v124 : i64
              %v359 = arith.muli %v25, %v123 : i64
              %v360 = arith.addi %v358, %v359 : i64
              %v361 = arith.muli %v338, %v1 : i64
              %v362 = arith.addi %v360, %v361 : i64
              %v363 = llvm.getelementptr %in_g_c[%v362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v364 = llvm.load %v363 : !llvm.ptr -> f32
              %v365 = arith.negf %v364 : f32
              %v366 = arith.mulf %v365, %v133 fastmath<contract> : f32
              %v367 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v366) : (f32) -> f32
              %v368 = arith.addf %v37, %v367 fastmath<contract> : f32
              %v369 = arith.divf %v37, %v368 : f32
              %v370 = arith.mulf %v364, %v369 fastmath<contract> : f32
              %v371 = arith.mulf %v357, %v370 fastmath<contract> : f32
              %v372 = arith.mulf %v356, %v335 fastmath<contract> : f32
              %v373 = arith.addf %v372, %v371 fastmath<contract> : f32
              %v375 = arith.addi %v171, %v374 : i64
              %v376 = arith.minsi %v375, %v173 : i64
              %v377 = arith.addi %v77, %v376 : i64
              %v378 = arith.muli %v25, %v1 : i64
              %v379 = llvm.getelementptr %in_gamma[%v378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v380 = llvm.load %v379 : !llvm.ptr -> f32
              %v381 = arith.subf %v37, %v380 fastmath<contract> : f32
              %v382 = arith.muli %v27, %v124 : i64
              %v383 = arith.muli %v25, %v123 : i64
              %v384 = arith.addi %v382, %v383 : i64
              %v385 = arith.muli %v377, %v1 : i64
              %v386 = arith.addi %v384, %v385 : i64
              %v387 = llvm.getelementptr %in_g_f[%v386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v388 = llvm.load %v387 : !llvm.ptr -> f32
              %v389 = arith.negf %v388 : f32
              %v390 = arith.mulf %v389, %v133 fastmath<contract> : f32
              %v391 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v390) : (f32) -> f32
              %v392 = arith.addf %v37, %v391 fastmath<contract> : f32
              %v393 = arith.divf %v37, %v392 : f32
              %v394 = arith.mulf %v381, %v393 fastmath<contract> : f32
              %v395 = arith.addf %v380, %v394 fastmath<contract> : f32
              %v396 = arith.subf %v37, %v395 fastmath<contract> : f32
              %v397 = arith.muli %v27, %v124 : i64
              %v398 = arith.muli %v25, %v123 : i64
              %v399 = arith.addi %v397, %v398 : i64
              %v400 = arith.muli %v377, %v1 : i64
              %v401 = arith.addi %v399, %v400 : i64
              %v402 = llvm.getelementptr %in_g_c[%v401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v403 = llvm.load %v402 : !llvm.ptr -> f32
              %v404 = arith.negf %v403 : f32
              %v405 = arith.mulf %v404, %v133 fastmath<contract> : f32
              %v406 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v405) : (f32) -> f32
              %v407 = arith.addf %v37, %v406 fastmath<contract> : f32
              %v408 = arith.divf %v37, %v407 : f32
              %v409 = arith.mulf %v403, %v408 fastmath<contract> : f32
              %v410 = arith.mulf %v396, %v409 fastmath<contract> : f32
              %v411 = arith.mulf %v395, %v373 fastmath<contract> : f32
              %v412 = arith.addf %v411, %v410 fastmath<contract> : f32
              %v414 = arith.addi %v171, %v413 : i64
              %v415 = arith.minsi %v414, %v173 : i64
              %v416 = arith.addi %v77, %v415 : i64
              %v417 = arith.muli %v25, %v1 : i64
              %v418 = llvm.getelementptr %in_gamma[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v419 = llvm.load %v418 : !llvm.ptr -> f32
              %v420 = arith.subf %v37, %v419 fastmath<contract> : f32
              %v421 = arith.muli %v27, %v124 : i64
              %v422 = arith.muli %v25, %v123 : i64
              %v423 = arith.addi %v421, %v422 : i64
              %v424 = arith.muli %v416, %v1 : i64
              %v425 = arith.addi %v423, %v424 : i64
              %v426 = llvm.getelementptr %in_g_f[%v425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v427 = llvm.load %v426 : !llvm.ptr -> f32
              %v428 = arith.negf %v427 : f32
              %v429 = arith.mulf %v428, %v133 fastmath<contract> : f32
              %v430 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v429) : (f32) -> f32
              %v431 = arith.addf %v37, %v430 fastmath<contract> : f32
              %v432 = arith.divf %v37, %v431 : f32
              %v433 = arith.mulf %v420, %v432 fastmath<contract> : f32
              %v434 = arith.addf %v419, %v433 fastmath<contract> : f32
              %v435 = arith.subf %v37, %v434 fastmath<contract> : f32
              %v436 = arith.muli %v27, %v124 : i64
              %v437 = arith.muli %v25, %v123 : i64
              %v438 = arith.addi %v436, %v437 : i64
              %v439 = arith.muli %v416, %v1 : i64
              %v440 = arith.addi %v438, %v439 : i64
              %v441 = llvm.getelementptr %in_g_c[%v440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v442 = llvm.load %v441 : !llvm.ptr -> f32
              %v443 = arith.negf %v442 : f32
              %v444 = arith.mulf %v443, %v133 fastmath<contract> : f32
              %v445 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v444) : (f32) -> f32
              %v446 = arith.addf %v37, %v445 fastmath<contract> : f32
              %v447 = arith.divf %v37, %v446 : f32
              %v448 = arith.mulf %v442, %v447 fastmath<contract> : f32
              %v449 = arith.mulf %v435, %v448 fastmath<contract> : f32
              %v450 = arith.mulf %v434, %v412 fastmath<contract> : f32
              %v451 = arith.addf %v450, %v449 fastmath<contract> : f32
              %v452 = arith.addi %v171, %v62 : i64
              %v453 = arith.minsi %v452, %v173 : i64
              %v454 = arith.addi %v77, %v453 : i64
              %v455 = arith.muli %v25, %v1 : i64
              %v456 = llvm.getelementptr %in_gamma[%v455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v457 = llvm.load %v456 : !llvm.ptr -> f32
              %v458 = arith.subf %v37, %v457 fastmath<contract> : f32
              %v459 = arith.muli %v27, %v124 : i64
              %v460 = arith.muli %v25, %v123 : i64
              %v461 = arith.addi %v459, %v460 : i64
              %v462 = arith.muli %v454, %v1 : i64
              %v463 = arith.addi %v461, %v462 : i64
              %v464 = llvm.getelementptr %in_g_f[%v463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v465 = llvm.load %v464 : !llvm.ptr -> f32
              %v466 = arith.negf %v465 : f32
              %v467 = arith.mulf %v466, %v133 fastmath<contract> : f32
              %v468 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v467) : (f32) -> f32
              %v469 = arith.addf %v37, %v468 fastmath<contract> : f32
              %v470 = arith.divf %v37, %v469 : f32
              %v471 = arith.mulf %v458, %v470 fastmath<contract> : f32
              %v472 = arith.addf %v457, %v471 fastmath<contract> : f32
              %v473 = arith.subf %v37, %v472 fastmath<contract> : f32
              %v474 = arith.muli %v27, %v124 : i64
              %v475 = arith.muli %v25, %v123 : i64
              %v476 = arith.addi %v474, %v475 : i64
              %v477 = arith.muli %v454, %v1 : i64
              %v478 = arith.addi %v476, %v477 : i64
              %v479 = llvm.getelementptr %in_g_c[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v480 = llvm.load %v479 : !llvm.ptr -> f32
              %v481 = arith.negf %v480 : f32
              %v482 = arith.mulf %v481, %v133 fastmath<contract> : f32
              %v483 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v482) : (f32) -> f32
              %v484 = arith.addf %v37, %v483 fastmath<contract> : f32
              %v485 = arith.divf %v37, %v484 : f32
              %v486 = arith.mulf %v480, %v485 fastmath<contract> : f32
              %v487 = arith.mulf %v473, %v486 fastmath<contract> : f32
              %v488 = arith.mulf %v472, %v451 fastmath<contract> : f32
              %v489 = arith.addf %v488, %v487 fastmath<contract> : f32
              %v490 = arith.subi %v79, %v171 : i64
              %v491 = arith.trunci %v490 : i64 to i32
              %v492 = arith.subi %size_L, %v1 : i64
              %v493 = arith.addi %v77, %v171 : i64
              %v494 = arith.subi %v492, %v493 : i64
              %v496 = arith.minsi %v494, %v495 : i64
              %v497 = arith.trunci %v496 : i64 to i32
              %v498 = arith.addi %v171, %v62 : i64
              %v500 = arith.cmpi slt, %v499, %v491 : i32
              %v501 = arith.cmpi eq, %v499, %v497 : i32
              scf.if %v500 {
                %v502 = arith.addi %v77, %v498 : i64
                %v503 = arith.muli %v27, %v124 : i64
                %v504 = arith.muli %v25, %v123 : i64
                %v505 = arith.addi %v503, %v504 : i64
                %v506 = arith.muli %v502, %v1 : i64
                %v507 = arith.addi %v505, %v506 : i64
                %v508 = llvm.getelementptr %in_g_o[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v509 = llvm.load %v508 : !llvm.ptr -> f32
                %v510 = arith.negf %v509 : f32
                %v511 = arith.mulf %v510, %v133 fastmath<contract> : f32
                %v512 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v511) : (f32) -> f32
                %v513 = arith.addf %v37, %v512 fastmath<contract> : f32
                %v514 = arith.divf %v37, %v513 : f32
                %v515 = arith.muli %v27, %v124 : i64
                %v516 = arith.muli %v25, %v123 : i64
                %v517 = arith.addi %v515, %v516 : i64
                %v518 = arith.muli %v502, %v1 : i64
                %v519 = arith.addi %v517, %v518 : i64
                %v520 = llvm.getelementptr %dy_y[%v519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v521 = llvm.load %v520 : !llvm.ptr -> f32
                %v522 = arith.mulf %v514, %v521 fastmath<contract> : f32
                %v523 = llvm.load %v33 : !llvm.ptr -> f32
                %v524 = llvm.load %v34 : !llvm.ptr -> f32
                %v525 = arith.mulf %v524, %v523 fastmath<contract> : f32
                %v526 = arith.addf %v522, %v525 fastmath<contract> : f32
                llvm.store %v526, %v33 : f32, !llvm.ptr
                scf.if %v501 {
                }
                %v527 = arith.muli %v25, %v1 : i64
                %v528 = llvm.getelementptr %in_gamma[%v527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v529 = llvm.load %v528 : !llvm.ptr -> f32
                %v530 = arith.subf %v37, %v529 fastmath<contract> : f32
                %v531 = llvm.load %v33 : !llvm.ptr -> f32
                %v532 = arith.mulf %v451, %v531 fastmath<contract> : f32
                %v533 = arith.muli %v27, %v124 : i64
                %v534 = arith.muli %v25, %v123 : i64
                %v535 = arith.addi %v533, %v534 : i64
                %v536 = arith.muli %v502, %v1 : i64
                %v537 = arith.addi %v535, %v536 : i64
                %v538 = llvm.getelementptr %in_g_c[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v539 = llvm.load %v538 : !llvm.ptr -> f32
                %v540 = arith.negf %v539 : f32
                %v541 = arith.mulf %v540, %v133 fastmath<contract> : f32
                %v542 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v541) : (f32) -> f32
                %v543 = arith.addf %v37, %v542 fastmath<contract> : f32
                %v544 = arith.divf %v37, %v543 : f32
                %v545 = arith.mulf %v539, %v544 fastmath<contract> : f32
                %v546 = arith.mulf %v545, %v531 fastmath<contract> : f32
                %v547 = arith.negf %v546 : f32
                %v548 = arith.addf %v532, %v547 fastmath<contract> : f32
                %v549 = arith.mulf %v530, %v548 fastmath<contract> : f32
                %v550 = arith.muli %v27, %v124 : i64
                %v551 = arith.muli %v25, %v123 : i64
                %v552 = arith.addi %v550, %v551 : i64
                %v553 = arith.muli %v502, %v1 : i64
                %v554 = arith.addi %v552, %v553 : i64
                %v555 = llvm.getelementptr %in_g_f[%v554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v556 = llvm.load %v555 : !llvm.ptr -> f32
                %v557 = arith.negf %v556 : f32
                %v558 = arith.mulf %v557, %v133 fastmath<contract> : f32
                %v559 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v558) : (f32) -> f32
                %v560 = arith.addf %v37, %v559 fastmath<contract> : f32
                %v561 = arith.divf %v37, %v560 : f32
                %v562 = arith.subf %v37, %v561 fastmath<contract> : f32
                %v563 = arith.mulf %v561, %v562 fastmath<contract> : f32
                %v564 = arith.mulf %v549, %v563 fastmath<contract> : f32
                scf.if %v22 {
                  %v565 = arith.muli %v27, %v124 : i64
                  %v566 = arith.muli %v25, %v123 : i64
                  %v567 = arith.addi %v565, %v566 : i64
                  %v568 = arith.muli %v502, %v1 : i64
                  %v569 = arith.addi %v567, %v568 : i64
                  %v570 = llvm.getelementptr %dx_g_f[%v569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v564, %v570 : f32, !llvm.ptr
                }
                %v571 = arith.mulf %v530, %v561 fastmath<contract> : f32
                %v572 = arith.addf %v529, %v571 fastmath<contract> : f32
                %v573 = arith.subf %v37, %v572 fastmath<contract> : f32
                %v574 = arith.mulf %v573, %v531 fastmath<contract> : f32
                %v575 = arith.negf %v539 : f32
                %v576 = arith.mulf %v575, %v133 fastmath<contract> : f32
                %v577 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v576) : (f32) -> f32
                %v578 = arith.addf %v37, %v577 fastmath<contract> : f32
                %v579 = arith.divf %v37, %v578 : f32
                %v580 = arith.subf %v37, %v579 fastmath<contract> : f32
                %v581 = arith.mulf %v539, %v580 fastmath<contract> : f32
                %v582 = arith.addf %v37, %v581 fastmath<contract> : f32
                %v583 = arith.mulf %v579, %v582 fastmath<contract> : f32
                %v584 = arith.mulf %v574, %v583 fastmath<contract> : f32
                scf.if %v22 {
                  %v585 = arith.muli %v27, %v124 : i64
                  %v586 = arith.muli %v25, %v123 : i64
                  %v587 = arith.addi %v585, %v586 : i64
                  %v588 = arith.muli %v502, %v1 : i64
                  %v589 = arith.addi %v587, %v588 : i64
                  %v590 = llvm.getelementptr %dx_g_c[%v589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v584, %v590 : f32, !llvm.ptr
                }
                %v591 = arith.mulf %v489, %v521 fastmath<contract> : f32
                %v592 = arith.subf %v37, %v514 fastmath<contract> : f32
                %v593 = arith.mulf %v514, %v592 fastmath<contract> : f32
                %v594 = arith.mulf %v591, %v593 fastmath<contract> : f32
                scf.if %v22 {
                  %v595 = arith.muli %v27, %v124 : i64
                  %v596 = arith.muli %v25, %v123 : i64
                  %v597 = arith.addi %v595, %v596 : i64
                  %v598 = arith.muli %v502, %v1 : i64
                  %v599 = arith.addi %v597, %v598 : i64
                  %v600 = llvm.getelementptr %dx_g_o[%v599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v594, %v600 : f32, !llvm.ptr
                }
                %v601 = arith.mulf %v561, %v548 fastmath<contract> : f32
                %v602 = arith.negf %v601 : f32
                %v603 = arith.addf %v548, %v602 fastmath<contract> : f32
                %v604 = llvm.load %v35 : !llvm.ptr -> f32
                %v605 = arith.addf %v604, %v603 fastmath<contract> : f32
                llvm.store %v605, %v35 : f32, !llvm.ptr
                llvm.store %v572, %v34 : f32, !llvm.ptr
              }
              %v606 = arith.addi %v171, %v413 : i64
              %v608 = arith.cmpi slt, %v607, %v491 : i32
              %v609 = arith.cmpi eq, %v607, %v497 : i32
              scf.if %v608 {
                %v610 = arith.addi %v77, %v606 : i64
                %v611 = arith.muli %v27, %v124 : i64
                %v612 = arith.muli %v25, %v123 : i64
                %v613 = arith.addi %v611, %v612 : i64
                %v614 = arith.muli %v610, %v1 : i64
                %v615 = arith.addi %v613, %v614 : i64
                %v616 = llvm.getelementptr %in_g_o[%v615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v617 = llvm.load %v616 : !llvm.ptr -> f32
                %v618 = arith.negf %v617 : f32
                %v619 = arith.mulf %v618, %v133 fastmath<contract> : f32
                %v620 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v619) : (f32) -> f32
                %v621 = arith.addf %v37, %v620 fastmath<contract> : f32
                %v622 = arith.divf %v37, %v621 : f32
                %v623 = arith.muli %v27, %v124 : i64
                %v624 = arith.muli %v25, %v123 : i64
                %v625 = arith.addi %v623, %v624 : i64
                %v626 = arith.muli %v610, %v1 : i64
                %v627 = arith.addi %v625, %v626 : i64
                %v628 = llvm.getelementptr %dy_y[%v627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v629 = llvm.load %v628 : !llvm.ptr -> f32
                %v630 = arith.mulf %v622, %v629 fastmath<contract> : f32
                %v631 = llvm.load %v33 : !llvm.ptr -> f32
                %v632 = llvm.load %v34 : !llvm.ptr -> f32
                %v633 = arith.mulf %v632, %v631 fastmath<contract> : f32
                %v634 = arith.addf %v630, %v633 fastmath<contract> : f32
                llvm.store %v634, %v33 : f32, !llvm.ptr
                scf.if %v609 {
                }
                %v635 = arith.muli %v25, %v1 : i64
                %v636 = llvm.getelementptr %in_gamma[%v635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v637 = llvm.load %v636 : !llvm.ptr -> f32
                %v638 = arith.subf %v37, %v637 fastmath<contract> : f32
                %v639 = llvm.load %v33 : !llvm.ptr -> f32
                %v640 = arith.mulf %v412, %v639 fastmath<contract> : f32
                %v641 = arith.muli %v27, %v124 : i64
                %v642 = arith.muli %v25, %v123 : i64
                %v643 = arith.addi %v641, %v642 : i64
                %v644 = arith.muli %v610, %v1 : i64
                %v645 = arith.addi %v643, %v644 : i64
                %v646 = llvm.getelementptr %in_g_c[%v645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v647 = llvm.load %v646 : !llvm.ptr -> f32
                %v648 = arith.negf %v647 : f32
                %v649 = arith.mulf %v648, %v133 fastmath<contract> : f32
                %v650 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v649) : (f32) -> f32
                %v651 = arith.addf %v37, %v650 fastmath<contract> : f32
                %v652 = arith.divf %v37, %v651 : f32
                %v653 = arith.mulf %v647, %v652 fastmath<contract> : f32
                %v654 = arith.mulf %v653, %v639 fastmath<contract> : f32
                %v655 = arith.negf %v654 : f32
                %v656 = arith.addf %v640, %v655 fastmath<contract> : f32
                %v657 = arith.mulf %v638, %v656 fastmath<contract> : f32
                %v658 = arith.muli %v27, %v124 : i64
                %v659 = arith.muli %v25, %v123 : i64
                %v660 = arith.addi %v658, %v659 : i64
                %v661 = arith.muli %v610, %v1 : i64
                %v662 = arith.addi %v660, %v661 : i64
                %v663 = llvm.getelementptr %in_g_f[%v662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v664 = llvm.load %v663 : !llvm.ptr -> f32
                %v665 = arith.negf %v664 : f32
                %v666 = arith.mulf %v665, %v133 fastmath<contract> : f32
                %v667 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v666) : (f32) -> f32
                %v668 = arith.addf %v37, %v667 fastmath<contract> : f32
                %v669 = arith.divf %v37, %v668 : f32
                %v670 = arith.subf %v37, %v669 fastmath<contract> : f32
                %v671 = arith.mulf %v669, %v670 fastmath<contract> : f32
                %v672 = arith.mulf %v657, %v671 fastmath<contract> : f32
                scf.if %v22 {
                  %v673 = arith.muli %v27, %v124 : i64
                  %v674 = arith.muli %v25, %v123 : i64
                  %v675 = arith.addi %v673, %v674 : i64
                  %v676 = arith.muli %v610, %v1 : i64
                  %v677 = arith.addi %v675, %v676 : i64
                  %v678 = llvm.getelementptr %dx_g_f[%v677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v672, %v678 : f32, !llvm.ptr
                }
                %v679 = arith.mulf %v638, %v669 fastmath<contract> : f32
                %v680 = arith.addf %v637, %v679 fastmath<contract> : f32
                %v681 = arith.subf %v37, %v680 fastmath<contract> : f32
                %v682 = arith.mulf %v681, %v639 fastmath<contract> : f32
                %v683 = arith.negf %v647 : f32
                %v684 = arith.mulf %v683, %v133 fastmath<contract> : f32
                %v685 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v684) : (f32) -> f32
                %v686 = arith.addf %v37, %v685 fastmath<contract> : f32
                %v687 = arith.divf %v37, %v686 : f32
                %v688 = arith.subf %v37, %v687 fastmath<contract> : f32
                %v689 = arith.mulf %v647, %v688 fastmath<contract> : f32
                %v690 = arith.addf %v37, %v689 fastmath<contract> : f32
                %v691 = arith.mulf %v687, %v690 fastmath<contract> : f32
                %v692 = arith.mulf %v682, %v691 fastmath<contract> : f32
                scf.if %v22 {
                  %v693 = arith.muli %v27, %v124 : i64
                  %v694 = arith.muli %v25, %v123 : i64
                  %v695 = arith.addi %v693, %v694 : i64
                  %v696 = arith.muli %v610, %v1 : i64
                  %v697 = arith.addi %v695, %v696 : i64
                  %v698 = llvm.getelementptr %dx_g_c[%v697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v692, %v698 : f32, !llvm.ptr
                }
                %v699 = arith.mulf %v451, %v629 fastmath<contract> : f32
                %v700 = arith.subf %v37, %v622 fastmath<contract> : f32
                %v701 = arith.mulf %v622, %v700 fastmath<contract> : f32
                %v702 = arith.mulf %v699, %v701 fastmath<contract> : f32
                scf.if %v22 {
                  %v703 = arith.muli %v27, %v124 : i64
                  %v704 = arith.muli %v25, %v123 : i64
                  %v705 = arith.addi %v703, %v704 : i64
                  %v706 = arith.muli %v610, %v1 : i64
                  %v707 = arith.addi %v705, %v706 : i64
                  %v708 = llvm.getelementptr %dx_g_o[%v707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v702, %v708 : f32, !llvm.ptr
                }
                %v709 = arith.mulf %v669, %v656 fastmath<contract> : f32
                %v710 = arith.negf %v709 : f32
                %v711 = arith.addf %v656, %v710 fastmath<contract> : f32
                %v712 = llvm.load %v35 : !llvm.ptr -> f32
                %v713 = arith.addf %v712, %v711 fastmath<contract> : f32
                llvm.store %v713, %v35 : f32, !llvm.ptr
                llvm.store %v680, %v34 : f32, !llvm.ptr
              }
              %v714 = arith.addi %v171, %v374 : i64
              %v716 = arith.cmpi slt, %v715, %v491 : i32
              %v717 = arith.cmpi eq, %v715, %v497 : i32
              scf.if %v716 {
                %v718 = arith.addi %v77, %v714 : i64
                %v719 = arith.muli %v27, %v124 : i64
                %v720 = arith.muli %v25, %v123 : i64
                %v721 = arith.addi %v719, %v720 : i64
                %v722 = arith.muli %v718, %v1 : i64
                %v723 = arith.addi %v721, %v722 : i64
                %v724 = llvm.getelementptr %in_g_o[%v723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v725 = llvm.load %v724 : !llvm.ptr -> f32
                %v726 = arith.negf %v725 : f32
                %v727 = arith.mulf %v726, %v133 fastmath<contract> : f32
                %v728 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v727) : (f32) -> f32
                %v729 = arith.addf %v37, %v728 fastmath<contract> : f32
                %v730 = arith.divf %v37, %v729 : f32
                %v731 = arith.muli %v27, %v124 : i64
                %v732 = arith.muli %v25, %v123 : i64
                %v733 = arith.addi %v731, %v732 : i64
                %v734 = arith.muli %v718, %v1 : i64
                %v735 = arith.addi %v733, %v734 : i64
                %v736 = llvm.getelementptr %dy_y[%v735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v737 = llvm.load %v736 : !llvm.ptr -> f32
                %v738 = arith.mulf %v730, %v737 fastmath<contract> : f32
                %v739 = llvm.load %v33 : !llvm.ptr -> f32
                %v740 = llvm.load %v34 : !llvm.ptr -> f32
                %v741 = arith.mulf %v740, %v739 fastmath<contract> : f32
                %v742 = arith.addf %v738, %v741 fastmath<contract> : f32
                llvm.store %v742, %v33 : f32, !llvm.ptr
                scf.if %v717 {
                }
                %v743 = arith.muli %v25, %v1 : i64
                %v744 = llvm.getelementptr %in_gamma[%v743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v745 = llvm.load %v744 : !llvm.ptr -> f32
                %v746 = arith.subf %v37, %v745 fastmath<contract> : f32
                %v747 = llvm.load %v33 : !llvm.ptr -> f32
                %v748 = arith.mulf %v373, %v747 fastmath<contract> : f32
                %v749 = arith.muli %v27, %v124 : i64
                %v750 = arith.muli %v25, %v123 : i64
                %v751 = arith.addi %v749, %v750 : i64
                %v752 = arith.muli %v718, %v1 : i64
                %v753 = arith.addi %v751, %v752 : i64
                %v754 = llvm.getelementptr %in_g_c[%v753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v755 = llvm.load %v754 : !llvm.ptr -> f32
                %v756 = arith.negf %v755 : f32
                %v757 = arith.mulf %v756, %v133 fastmath<contract> : f32
                %v758 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v757) : (f32) -> f32
                %v759 = arith.addf %v37, %v758 fastmath<contract> : f32
                %v760 = arith.divf %v37, %v759 : f32
                %v761 = arith.mulf %v755, %v760 fastmath<contract> : f32
                %v762 = arith.mulf %v761, %v747 fastmath<contract> : f32
                %v763 = arith.negf %v762 : f32
                %v764 = arith.addf %v748, %v763 fastmath<contract> : f32
                %v765 = arith.mulf %v746, %v764 fastmath<contract> : f32
                %v766 = arith.muli %v27, %v124 : i64
                %v767 = arith.muli %v25, %v123 : i64
                %v768 = arith.addi %v766, %v767 : i64
                %v769 = arith.muli %v718, %v1 : i64
                %v770 = arith.addi %v768, %v769 : i64
                %v771 = llvm.getelementptr %in_g_f[%v770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v772 = llvm.load %v771 : !llvm.ptr -> f32
                %v773 = arith.negf %v772 : f32
                %v774 = arith.mulf %v773, %v133 fastmath<contract> : f32
                %v775 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v774) : (f32) -> f32
                %v776 = arith.addf %v37, %v775 fastmath<contract> : f32
                %v777 = arith.divf %v37, %v776 : f32
                %v778 = arith.subf %v37, %v777 fastmath<contract> : f32
                %v779 = arith.mulf %v777, %v778 fastmath<contract> : f32
                %v780 = arith.mulf %v765, %v779 fastmath<contract> : f32
                scf.if %v22 {
                  %v781 = arith.muli %v27, %v124 : i64
                  %v782 = arith.muli %v25, %v123 : i64
                  %v783 = arith.addi %v781, %v782 : i64
                  %v784 = arith.muli %v718, %v1 : i64
                  %v785 = arith.addi %v783, %v784 : i64
                  %v786 = llvm.getelementptr %dx_g_f[%v785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v780, %v786 : f32, !llvm.ptr
                }
                %v787 = arith.mulf %v746, %v777 fastmath<contract> : f32
                %v788 = arith.addf %v745, %v787 fastmath<contract> : f32
                %v789 = arith.subf %v37, %v788 fastmath<contract> : f32
                %v790 = arith.mulf %v789, %v747 fastmath<contract> : f32
                %v791 = arith.negf %v755 : f32
                %v792 = arith.mulf %v791, %v133 fastmath<contract> : f32
                %v793 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v792) : (f32) -> f32
                %v794 = arith.addf %v37, %v793 fastmath<contract> : f32
                %v795 = arith.divf %v37, %v794 : f32
                %v796 = arith.subf %v37, %v795 fastmath<contract> : f32
                %v797 = arith.mulf %v755, %v796 fastmath<contract> : f32
                %v798 = arith.addf %v37, %v797 fastmath<contract> : f32
                %v799 = arith.mulf %v795, %v798 fastmath<contract> : f32
                %v800 = arith.mulf %v790, %v799 fastmath<contract> : f32
                scf.if %v22 {
                  %v801 = arith.muli %v27, %v124 : i64
                  %v802 = arith.muli %v25, %v123 : i64
                  %v803 = arith.addi %v801, %v802 : i64
                  %v804 = arith.muli %v718, %v1 : i64
                  %v805 = arith.addi %v803, %v804 : i64
                  %v806 = llvm.getelementptr %dx_g_c[%v805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v800, %v806 : f32, !llvm.ptr
                }
                %v807 = arith.mulf %v412, %v737 fastmath<contract> : f32
                %v808 = arith.subf %v37, %v730 fastmath<contract> : f32
                %v809 = arith.mulf %v730, %v808 fastmath<contract> : f32
                %v810 = arith.mulf %v807, %v809 fastmath<contract> : f32
                scf.if %v22 {
                  %v811 = arith.muli %v27, %v124 : i64
                  %v812 = arith.muli %v25, %v123 : i64
                  %v813 = arith.addi %v811, %v812 : i64
                  %v814 = arith.muli %v718, %v1 : i64
                  %v815 = arith.addi %v813, %v814 : i64
                  %v816 = llvm.getelementptr %dx_g_o[%v815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v810, %v816 : f32, !llvm.ptr
                }
                %v817 = arith.mulf %v777, %v764 fastmath<contract> : f32
                %v818 = arith.negf %v817 : f32
                %v819 = arith.addf %v764, %v818 fastmath<contract> : f32
                %v820 = llvm.load %v35 : !llvm.ptr -> f32
                %v821 = arith.addf %v820, %v819 fastmath<contract> : f32
                llvm.store %v821, %v35 : f32, !llvm.ptr
                llvm.store %v788, %v34 : f32, !llvm.ptr
              }
              %v822 = arith.addi %v171, %v29 : i64
              %v824 = arith.cmpi slt, %v823, %v491 : i32
              %v825 = arith.cmpi eq, %v823, %v497 : i32
              scf.if %v824 {
                %v826 = arith.addi %v77, %v822 : i64
                %v827 = arith.muli %v27, %v124 : i64
                %v828 = arith.muli %v25, %v123 : i64
                %v829 = arith.addi %v827, %v828 : i64
                %v830 = arith.muli %v826, %v1 : i64
                %v831 = arith.addi %v829, %v830 : i64
                %v832 = llvm.getelementptr %in_g_o[%v831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v833 = llvm.load %v832 : !llvm.ptr -> f32
                %v834 = arith.negf %v833 : f32
                %v835 = arith.mulf %v834, %v133 fastmath<contract> : f32
                %v836 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v835) : (f32) -> f32
                %v837 = arith.addf %v37, %v836 fastmath<contract> : f32
                %v838 = arith.divf %v37, %v837 : f32
                %v839 = arith.muli %v27, %v124 : i64
                %v840 = arith.muli %v25, %v123 : i64
                %v841 = arith.addi %v839, %v840 : i64
                %v842 = arith.muli %v826, %v1 : i64
                %v843 = arith.addi %v841, %v842 : i64
                %v844 = llvm.getelementptr %dy_y[%v843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v845 = llvm.load %v844 : !llvm.ptr -> f32
                %v846 = arith.mulf %v838, %v845 fastmath<contract> : f32
                %v847 = llvm.load %v33 : !llvm.ptr -> f32
                %v848 = llvm.load %v34 : !llvm.ptr -> f32
                %v849 = arith.mulf %v848, %v847 fastmath<contract> : f32
                %v850 = arith.addf %v846, %v849 fastmath<contract> : f32
                llvm.store %v850, %v33 : f32, !llvm.ptr
                scf.if %v825 {
                }
                %v851 = arith.muli %v25, %v1 : i64
                %v852 = llvm.getelementptr %in_gamma[%v851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v853 = llvm.load %v852 : !llvm.ptr -> f32
                %v854 = arith.subf %v37, %v853 fastmath<contract> : f32
                %v855 = llvm.load %v33 : !llvm.ptr -> f32
                %v856 = arith.mulf %v335, %v855 fastmath<contract> : f32
                %v857 = arith.muli %v27, %v124 : i64
                %v858 = arith.muli %v25, %v123 : i64
                %v859 = arith.addi %v857, %v858 : i64
                %v860 = arith.muli %v826, %v1 : i64
                %v861 = arith.addi %v859, %v860 : i64
                %v862 = llvm.getelementptr %in_g_c[%v861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v863 = llvm.load %v862 : !llvm.ptr -> f32
                %v864 = arith.negf %v863 : f32
                %v865 = arith.mulf %v864, %v133 fastmath<contract> : f32
                %v866 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v865) : (f32) -> f32
                %v867 = arith.addf %v37, %v866 fastmath<contract> : f32
                %v868 = arith.divf %v37, %v867 : f32
                %v869 = arith.mulf %v863, %v868 fastmath<contract> : f32
                %v870 = arith.mulf %v869, %v855 fastmath<contract> : f32
                %v871 = arith.negf %v870 : f32
                %v872 = arith.addf %v856, %v871 fastmath<contract> : f32
                %v873 = arith.mulf %v854, %v872 fastmath<contract> : f32
                %v874 = arith.muli %v27, %v124 : i64
                %v875 = arith.muli %v25, %v123 : i64
                %v876 = arith.addi %v874, %v875 : i64
                %v877 = arith.muli %v826, %v1 : i64
                %v878 = arith.addi %v876, %v877 : i64
                %v879 = llvm.getelementptr %in_g_f[%v878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v880 = llvm.load %v879 : !llvm.ptr -> f32
                %v881 = arith.negf %v880 : f32
                %v882 = arith.mulf %v881, %v133 fastmath<contract> : f32
                %v883 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v882) : (f32) -> f32
                %v884 = arith.addf %v37, %v883 fastmath<contract> : f32
                %v885 = arith.divf %v37, %v884 : f32
                %v886 = arith.subf %v37, %v885 fastmath<contract> : f32
                %v887 = arith.mulf %v885, %v886 fastmath<contract> : f32
                %v888 = arith.mulf %v873, %v887 fastmath<contract> : f32
                scf.if %v22 {
                  %v889 = arith.muli %v27, %v124 : i64
                  %v890 = arith.muli %v25, %v123 : i64
                  %v891 = arith.addi %v889, %v890 : i64
                  %v892 = arith.muli %v826, %v1 : i64
                  %v893 = arith.addi %v891, %v892 : i64
                  %v894 = llvm.getelementptr %dx_g_f[%v893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v888, %v894 : f32, !llvm.ptr
                }
                %v895 = arith.mulf %v854, %v885 fastmath<contract> : f32
                %v896 = arith.addf %v853, %v895 fastmath<contract> : f32
                %v897 = arith.subf %v37, %v896 fastmath<contract> : f32
                %v898 = arith.mulf %v897, %v855 fastmath<contract> : f32
                %v899 = arith.negf %v863 : f32
                %v900 = arith.mulf %v899, %v133 fastmath<contract> : f32
                %v901 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v900) : (f32) -> f32
                %v902 = arith.addf %v37, %v901 fastmath<contract> : f32
                %v903 = arith.divf %v37, %v902 : f32
                %v904 = arith.subf %v37, %v903 fastmath<contract> : f32
                %v905 = arith.mulf %v863, %v904 fastmath<contract> : f32
                %v906 = arith.addf %v37, %v905 fastmath<contract> : f32
                %v907 = arith.mulf %v903, %v906 fastmath<contract> : f32
                %v908 = arith.mulf %v898, %v907 fastmath<contract> : f32
                scf.if %v22 {
                  %v909 = arith.muli %v27, %v124 : i64
                  %v910 = arith.muli %v25, %v123 : i64
                  %v911 = arith.addi %v909, %v910 : i64
                  %v912 = arith.muli %v826, %v1 : i64
                  %v913 = arith.addi %v911, %v912 : i64
                  %v914 = llvm.getelementptr %dx_g_c[%v913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v908, %v914 : f32, !llvm.ptr
                }
                %v915 = arith.mulf %v373, %v845 fastmath<contract> : f32
                %v916 = arith.subf %v37, %v838 fastmath<contract> : f32
                %v917 = arith.mulf %v838, %v916 fastmath<contract> : f32
                %v918 = arith.mulf %v915, %v917 fastmath<contract> : f32
                scf.if %v22 {
                  %v919 = arith.muli %v27, %v124 : i64
                  %v920 = arith.muli %v25, %v123 : i64
                  %v921 = arith.addi %v919, %v920 : i64
                  %v922 = arith.muli %v826, %v1 : i64
                  %v923 = arith.addi %v921, %v922 : i64
                  %v924 = llvm.getelementptr %dx_g_o[%v923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v918, %v924 : f32, !llvm.ptr
                }
                %v925 = arith.mulf %v885, %v872 fastmath<contract> : f32
                %v926 = arith.negf %v925 : f32
                %v927 = arith.addf %v872, %v926 fastmath<contract> : f32
                %v928 = llvm.load %v35 : !llvm.ptr -> f32
                %v929 = arith.addf %v928, %v927 fastmath<contract> : f32
                llvm.store %v929, %v35 : f32, !llvm.ptr
                llvm.store %v896, %v34 : f32, !llvm.ptr
              }
              %v930 = arith.addi %v171, %v297 : i64
              %v932 = arith.cmpi slt, %v931, %v491 : i32
              %v933 = arith.cmpi eq, %v931, %v497 : i32
              scf.if %v932 {
                %v934 = arith.addi %v77, %v930 : i64
                %v935 = arith.muli %v27, %v124 : i64
                %v936 = arith.muli %v25, %v123 : i64
                %v937 = arith.addi %v935, %v936 : i64
                %v938 = arith.muli %v934, %v1 : i64
                %v939 = arith.addi %v937, %v938 : i64
                %v940 = llvm.getelementptr %in_g_o[%v939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v941 = llvm.load %v940 : !llvm.ptr -> f32
                %v942 = arith.negf %v941 : f32
                %v943 = arith.mulf %v942, %v133 fastmath<contract> : f32
                %v944 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v943) : (f32) -> f32
                %v945 = arith.addf %v37, %v944 fastmath<contract> : f32
                %v946 = arith.divf %v37, %v945 : f32
                %v947 = arith.muli %v27, %v124 : i64
                %v948 = arith.muli %v25, %v123 : i64
                %v949 = arith.addi %v947, %v948 : i64
                %v950 = arith.muli %v934, %v1 : i64
                %v951 = arith.addi %v949, %v950 : i64
                %v952 = llvm.getelementptr %dy_y[%v951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v953 = llvm.load %v952 : !llvm.ptr -> f32
                %v954 = arith.mulf %v946, %v953 fastmath<contract> : f32
                %v955 = llvm.load %v33 : !llvm.ptr -> f32
                %v956 = llvm.load %v34 : !llvm.ptr -> f32
                %v957 = arith.mulf %v956, %v955 fastmath<contract> : f32
                %v958 = arith.addf %v954, %v957 fastmath<contract> : f32
                llvm.store %v958, %v33 : f32, !llvm.ptr
                scf.if %v933 {
                }
                %v959 = arith.muli %v25, %v1 : i64
                %v960 = llvm.getelementptr %in_gamma[%v959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v961 = llvm.load %v960 : !llvm.ptr -> f32
                %v962 = arith.subf %v37, %v961 fastmath<contract> : f32
                %v963 = llvm.load %v33 : !llvm.ptr -> f32
                %v964 = arith.mulf %v296, %v963 fastmath<contract> : f32
                %v965 = arith.muli %v27, %v124 : i64
                %v966 = arith.muli %v25, %v123 : i64
                %v967 = arith.addi %v965, %v966 : i64
                %v968 = arith.muli %v934, %v1 : i64
                %v969 = arith.addi %v967, %v968 : i64
                %v970 = llvm.getelementptr %in_g_c[%v969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v971 = llvm.load %v970 : !llvm.ptr -> f32
                %v972 = arith.negf %v971 : f32
                %v973 = arith.mulf %v972, %v133 fastmath<contract> : f32
                %v974 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v973) : (f32) -> f32
                %v975 = arith.addf %v37, %v974 fastmath<contract> : f32
                %v976 = arith.divf %v37, %v975 : f32
                %v977 = arith.mulf %v971, %v976 fastmath<contract> : f32
                %v978 = arith.mulf %v977, %v963 fastmath<contract> : f32
                %v979 = arith.negf %v978 : f32
                %v980 = arith.addf %v964, %v979 fastmath<contract> : f32
                %v981 = arith.mulf %v962, %v980 fastmath<contract> : f32
                %v982 = arith.muli %v27, %v124 : i64
                %v983 = arith.muli %v25, %v123 : i64
                %v984 = arith.addi %v982, %v983 : i64
                %v985 = arith.muli %v934, %v1 : i64
                %v986 = arith.addi %v984, %v985 : i64
                %v987 = llvm.getelementptr %in_g_f[%v986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v988 = llvm.load %v987 : !llvm.ptr -> f32
                %v989 = arith.negf %v988 : f32
                %v990 = arith.mulf %v989, %v133 fastmath<contract> : f32
                %v991 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v990) : (f32) -> f32
                %v992 = arith.addf %v37, %v991 fastmath<contract> : f32
                %v993 = arith.divf %v37, %v992 : f32
                %v994 = arith.subf %v37, %v993 fastmath<contract> : f32
                %v995 = arith.mulf %v993, %v994 fastmath<contract> : f32
                %v996 = arith.mulf %v981, %v995 fastmath<contract> : f32
                scf.if %v22 {
                  %v997 = arith.muli %v27, %v124 : i64
                  %v998 = arith.muli %v25, %v123 : i64
                  %v999 = arith.addi %v997, %v998 : i64
                  %v1000 = arith.muli %v934, %v1 : i64
                  %v1001 = arith.addi %v999, %v1000 : i64
                  %v1002 = llvm.getelementptr %dx_g_f[%v1001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v996, %v1002 : f32, !llvm.ptr
                }
                %v1003 = arith.mulf %v962, %v993 fastmath<contract> : f32
                %v1004 = arith.addf %v961, %v1003 fastmath<contract> : f32
                %v1005 = arith.subf %v37, %v1004 fastmath<contract> : f32
                %v1006 = arith.mulf %v1005, %v963 fastmath<contract> : f32
                %v1007 = arith.negf %v971 : f32
                %v1008 = arith.mulf %v1007, %v133 fastmath<contract> : f32
                %v1009 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1008) : (f32) -> f32
                %v1010 = arith.addf %v37, %v1009 fastmath<contract> : f32
                %v1011 = arith.divf %v37, %v1010 : f32
                %v1012 = arith.subf %v37, %v1011 fastmath<contract> : f32
                %v1013 = arith.mulf %v971, %v1012 fastmath<contract> : f32
                %v1014 = arith.addf %v37, %v1013 fastmath<contract> : f32
                %v1015 = arith.mulf %v1011, %v1014 fastmath<contract> : f32
                %v1016 = arith.mulf %v1006, %v1015 fastmath<contract> : f32
                scf.if %v22 {
                  %v1017 = arith.muli %v27, %v124 : i64
                  %v1018 = arith.muli %v25, %v123 : i64
                  %v1019 = arith.addi %v1017, %v1018 : i64
                  %v1020 = arith.muli %v934, %v1 : i64
                  %v1021 = arith.addi %v1019, %v1020 : i64
                  %v1022 = llvm.getelementptr %dx_g_c[%v1021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1016, %v1022 : f32, !llvm.ptr
                }
                %v1023 = arith.mulf %v335, %v953 fastmath<contract> : f32
                %v1024 = arith.subf %v37, %v946 fastmath<contract> : f32
                %v1025 = arith.mulf %v946, %v1024 fastmath<contract> : f32
                %v1026 = arith.mulf %v1023, %v1025 fastmath<contract> : f32
                scf.if %v22 {
                  %v1027 = arith.muli %v27, %v124 : i64
                  %v1028 = arith.muli %v25, %v123 : i64
                  %v1029 = arith.addi %v1027, %v1028 : i64
                  %v1030 = arith.muli %v934, %v1 : i64
                  %v1031 = arith.addi %v1029, %v1030 : i64
                  %v1032 = llvm.getelementptr %dx_g_o[%v1031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1026, %v1032 : f32, !llvm.ptr
                }
                %v1033 = arith.mulf %v993, %v980 fastmath<contract> : f32
                %v1034 = arith.negf %v1033 : f32
                %v1035 = arith.addf %v980, %v1034 fastmath<contract> : f32
                %v1036 = llvm.load %v35 : !llvm.ptr -> f32
                %v1037 = arith.addf %v1036, %v1035 fastmath<contract> : f32
                llvm.store %v1037, %v35 : f32, !llvm.ptr
                llvm.store %v1004, %v34 : f32, !llvm.ptr
              }
              %v1038 = arith.addi %v171, %v258 : i64
              %v1040 = arith.cmpi slt, %v1039, %v491 : i32
              %v1041 = arith.cmpi eq, %v1039, %v497 : i32
              scf.if %v1040 {
                %v1042 = arith.addi %v77, %v1038 : i64
                %v1043 = arith.muli %v27, %v124 : i64
                %v1044 = arith.muli %v25, %v123 : i64
                %v1045 = arith.addi %v1043, %v1044 : i64
                %v1046 = arith.muli %v1042, %v1 : i64
                %v1047 = arith.addi %v1045, %v1046 : i64
                %v1048 = llvm.getelementptr %in_g_o[%v1047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1049 = llvm.load %v1048 : !llvm.ptr -> f32
                %v1050 = arith.negf %v1049 : f32
                %v1051 = arith.mulf %v1050, %v133 fastmath<contract> : f32
                %v1052 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1051) : (f32) -> f32
                %v1053 = arith.addf %v37, %v1052 fastmath<contract> : f32
                %v1054 = arith.divf %v37, %v1053 : f32
                %v1055 = arith.muli %v27, %v124 : i64
                %v1056 = arith.muli %v25, %v123 : i64
                %v1057 = arith.addi %v1055, %v1056 : i64
                %v1058 = arith.muli %v1042, %v1 : i64
                %v1059 = arith.addi %v1057, %v1058 : i64
                %v1060 = llvm.getelementptr %dy_y[%v1059] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1061 = llvm.load %v1060 : !llvm.ptr -> f32
                %v1062 = arith.mulf %v1054, %v1061 fastmath<contract> : f32
                %v1063 = llvm.load %v33 : !llvm.ptr -> f32
                %v1064 = llvm.load %v34 : !llvm.ptr -> f32
                %v1065 = arith.mulf %v1064, %v1063 fastmath<contract> : f32
                %v1066 = arith.addf %v1062, %v1065 fastmath<contract> : f32
                llvm.store %v1066, %v33 : f32, !llvm.ptr
                scf.if %v1041 {
                }
                %v1067 = arith.muli %v25, %v1 : i64
                %v1068 = llvm.getelementptr %in_gamma[%v1067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1069 = llvm.load %v1068 : !llvm.ptr -> f32
                %v1070 = arith.subf %v37, %v1069 fastmath<contract> : f32
                %v1071 = llvm.load %v33 : !llvm.ptr -> f32
                %v1072 = arith.mulf %v257, %v1071 fastmath<contract> : f32
                %v1073 = arith.muli %v27, %v124 : i64
                %v1074 = arith.muli %v25, %v123 : i64
                %v1075 = arith.addi %v1073, %v1074 : i64
                %v1076 = arith.muli %v1042, %v1 : i64
                %v1077 = arith.addi %v1075, %v1076 : i64
                %v1078 = llvm.getelementptr %in_g_c[%v1077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1079 = llvm.load %v1078 : !llvm.ptr -> f32
                %v1080 = arith.negf %v1079 : f32
                %v1081 = arith.mulf %v1080, %v133 fastmath<contract> : f32
                %v1082 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1081) : (f32) -> f32
                %v1083 = arith.addf %v37, %v1082 fastmath<contract> : f32
                %v1084 = arith.divf %v37, %v1083 : f32
                %v1085 = arith.mulf %v1079, %v1084 fastmath<contract> : f32
                %v1086 = arith.mulf %v1085, %v1071 fastmath<contract> : f32
                %v1087 = arith.negf %v1086 : f32
                %v1088 = arith.addf %v1072, %v1087 fastmath<contract> : f32
                %v1089 = arith.mulf %v1070, %v1088 fastmath<contract> : f32
                %v1090 = arith.muli %v27, %v124 : i64
                %v1091 = arith.muli %v25, %v123 : i64
                %v1092 = arith.addi %v1090, %v1091 : i64
                %v1093 = arith.muli %v1042, %v1 : i64
                %v1094 = arith.addi %v1092, %v1093 : i64
                %v1095 = llvm.getelementptr %in_g_f[%v1094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1096 = llvm.load %v1095 : !llvm.ptr -> f32
                %v1097 = arith.negf %v1096 : f32
                %v1098 = arith.mulf %v1097, %v133 fastmath<contract> : f32
                %v1099 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1098) : (f32) -> f32
                %v1100 = arith.addf %v37, %v1099 fastmath<contract> : f32
                %v1101 = arith.divf %v37, %v1100 : f32
                %v1102 = arith.subf %v37, %v1101 fastmath<contract> : f32
                %v1103 = arith.mulf %v1101, %v1102 fastmath<contract> : f32
                %v1104 = arith.mulf %v1089, %v1103 fastmath<contract> : f32
                scf.if %v22 {
                  %v1105 = arith.muli %v27, %v124 : i64
                  %v1106 = arith.muli %v25, %v123 : i64
                  %v1107 = arith.addi %v1105, %v1106 : i64
                  %v1108 = arith.muli %v1042, %v1 : i64
                  %v1109 = arith.addi %v1107, %v1108 : i64
                  %v1110 = llvm.getelementptr %dx_g_f[%v1109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1104, %v1110 : f32, !llvm.ptr
                }
                %v1111 = arith.mulf %v1070, %v1101 fastmath<contract> : f32
                %v1112 = arith.addf %v1069, %v1111 fastmath<contract> : f32
                %v1113 = arith.subf %v37, %v1112 fastmath<contract> : f32
                %v1114 = arith.mulf %v1113, %v1071 fastmath<contract> : f32
                %v1115 = arith.negf %v1079 : f32
                %v1116 = arith.mulf %v1115, %v133 fastmath<contract> : f32
                %v1117 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1116) : (f32) -> f32
                %v1118 = arith.addf %v37, %v1117 fastmath<contract> : f32
                %v1119 = arith.divf %v37, %v1118 : f32
                %v1120 = arith.subf %v37, %v1119 fastmath<contract> : f32
                %v1121 = arith.mulf %v1079, %v1120 fastmath<contract> : f32
                %v1122 = arith.addf %v37, %v1121 fastmath<contract> : f32
                %v1123 = arith.mulf %v1119, %v1122 fastmath<contract> : f32
                %v1124 = arith.mulf %v1114, %v1123 fastmath<contract> : f32
                scf.if %v22 {
                  %v1125 = arith.muli %v27, %v124 : i64
                  %v1126 = arith.muli %v25, %v123 : i64
                  %v1127 = arith.addi %v1125, %v1126 : i64
                  %v1128 = arith.muli %v1042, %v1 : i64
                  %v1129 = arith.addi %v1127, %v1128 : i64
                  %v1130 = llvm.getelementptr %dx_g_c[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1124, %v1130 : f32, !llvm.ptr
                }
                %v1131 = arith.mulf %v296, %v1061 fastmath<contract> : f32
                %v1132 = arith.subf %v37, %v1054 fastmath<contract> : f32
                %v1133 = arith.mulf %v1054, %v1132 fastmath<contract> : f32
                %v1134 = arith.mulf %v1131, %v1133 fastmath<contract> : f32
                scf.if %v22 {
                  %v1135 = arith.muli %v27, %v124 : i64
                  %v1136 = arith.muli %v25, %v123 : i64
                  %v1137 = arith.addi %v1135, %v1136 : i64
                  %v1138 = arith.muli %v1042, %v1 : i64
                  %v1139 = arith.addi %v1137, %v1138 : i64
                  %v1140 = llvm.getelementptr %dx_g_o[%v1139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1134, %v1140 : f32, !llvm.ptr
                }
                %v1141 = arith.mulf %v1101, %v1088 fastmath<contract> : f32
                %v1142 = arith.negf %v1141 : f32
                %v1143 = arith.addf %v1088, %v1142 fastmath<contract> : f32
                %v1144 = llvm.load %v35 : !llvm.ptr -> f32
                %v1145 = arith.addf %v1144, %v1143 fastmath<contract> : f32
                llvm.store %v1145, %v35 : f32, !llvm.ptr
                llvm.store %v1112, %v34 : f32, !llvm.ptr
              }
              %v1146 = arith.addi %v171, %v1 : i64
              %v1148 = arith.cmpi slt, %v1147, %v491 : i32
              %v1149 = arith.cmpi eq, %v1147, %v497 : i32
              scf.if %v1148 {
                %v1150 = arith.addi %v77, %v1146 : i64
                %v1151 = arith.muli %v27, %v124 : i64
                %v1152 = arith.muli %v25, %v123 : i64
                %v1153 = arith.addi %v1151, %v1152 : i64
                %v1154 = arith.muli %v1150, %v1 : i64
                %v1155 = arith.addi %v1153, %v1154 : i64
                %v1156 = llvm.getelementptr %in_g_o[%v1155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1157 = llvm.load %v1156 : !llvm.ptr -> f32
                %v1158 = arith.negf %v1157 : f32
                %v1159 = arith.mulf %v1158, %v133 fastmath<contract> : f32
                %v1160 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1159) : (f32) -> f32
                %v1161 = arith.addf %v37, %v1160 fastmath<contract> : f32
                %v1162 = arith.divf %v37, %v1161 : f32
                %v1163 = arith.muli %v27, %v124 : i64
                %v1164 = arith.muli %v25, %v123 : i64
                %v1165 = arith.addi %v1163, %v1164 : i64
                %v1166 = arith.muli %v1150, %v1 : i64
                %v1167 = arith.addi %v1165, %v1166 : i64
                %v1168 = llvm.getelementptr %dy_y[%v1167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1169 = llvm.load %v1168 : !llvm.ptr -> f32
                %v1170 = arith.mulf %v1162, %v1169 fastmath<contract> : f32
                %v1171 = llvm.load %v33 : !llvm.ptr -> f32
                %v1172 = llvm.load %v34 : !llvm.ptr -> f32
                %v1173 = arith.mulf %v1172, %v1171 fastmath<contract> : f32
                %v1174 = arith.addf %v1170, %v1173 fastmath<contract> : f32
                llvm.store %v1174, %v33 : f32, !llvm.ptr
                scf.if %v1149 {
                }
                %v1175 = arith.muli %v25, %v1 : i64
                %v1176 = llvm.getelementptr %in_gamma[%v1175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1177 = llvm.load %v1176 : !llvm.ptr -> f32
                %v1178 = arith.subf %v37, %v1177 fastmath<contract> : f32
                %v1179 = llvm.load %v33 : !llvm.ptr -> f32
                %v1180 = arith.mulf %v219, %v1179 fastmath<contract> : f32
                %v1181 = arith.muli %v27, %v124 : i64
                %v1182 = arith.muli %v25, %v123 : i64
                %v1183 = arith.addi %v1181, %v1182 : i64
                %v1184 = arith.muli %v1150, %v1 : i64
                %v1185 = arith.addi %v1183, %v1184 : i64
                %v1186 = llvm.getelementptr %in_g_c[%v1185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1187 = llvm.load %v1186 : !llvm.ptr -> f32
                %v1188 = arith.negf %v1187 : f32
                %v1189 = arith.mulf %v1188, %v133 fastmath<contract> : f32
                %v1190 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1189) : (f32) -> f32
                %v1191 = arith.addf %v37, %v1190 fastmath<contract> : f32
                %v1192 = arith.divf %v37, %v1191 : f32
                %v1193 = arith.mulf %v1187, %v1192 fastmath<contract> : f32
                %v1194 = arith.mulf %v1193, %v1179 fastmath<contract> : f32
                %v1195 = arith.negf %v1194 : f32
                %v1196 = arith.addf %v1180, %v1195 fastmath<contract> : f32
                %v1197 = arith.mulf %v1178, %v1196 fastmath<contract> : f32
                %v1198 = arith.muli %v27, %v124 : i64
                %v1199 = arith.muli %v25, %v123 : i64
                %v1200 = arith.addi %v1198, %v1199 : i64
                %v1201 = arith.muli %v1150, %v1 : i64
                %v1202 = arith.addi %v1200, %v1201 : i64
                %v1203 = llvm.getelementptr %in_g_f[%v1202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1204 = llvm.load %v1203 : !llvm.ptr -> f32
                %v1205 = arith.negf %v1204 : f32
                %v1206 = arith.mulf %v1205, %v133 fastmath<contract> : f32
                %v1207 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1206) : (f32) -> f32
                %v1208 = arith.addf %v37, %v1207 fastmath<contract> : f32
                %v1209 = arith.divf %v37, %v1208 : f32
                %v1210 = arith.subf %v37, %v1209 fastmath<contract> : f32
                %v1211 = arith.mulf %v1209, %v1210 fastmath<contract> : f32
                %v1212 = arith.mulf %v1197, %v1211 fastmath<contract> : f32
                scf.if %v22 {
                  %v1213 = arith.muli %v27, %v124 : i64
                  %v1214 = arith.muli %v25, %v123 : i64
                  %v1215 = arith.addi %v1213, %v1214 : i64
                  %v1216 = arith.muli %v1150, %v1 : i64
                  %v1217 = arith.addi %v1215, %v1216 : i64
                  %v1218 = llvm.getelementptr %dx_g_f[%v1217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1212, %v1218 : f32, !llvm.ptr
                }
                %v1219 = arith.mulf %v1178, %v1209 fastmath<contract> : f32
                %v1220 = arith.addf %v1177, %v1219 fastmath<contract> : f32
                %v1221 = arith.subf %v37, %v1220 fastmath<contract> : f32
                %v1222 = arith.mulf %v1221, %v1179 fastmath<contract> : f32
                %v1223 = arith.negf %v1187 : f32
                %v1224 = arith.mulf %v1223, %v133 fastmath<contract> : f32
                %v1225 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1224) : (f32) -> f32
                %v1226 = arith.addf %v37, %v1225 fastmath<contract> : f32
                %v1227 = arith.divf %v37, %v1226 : f32
                %v1228 = arith.subf %v37, %v1227 fastmath<contract> : f32
                %v1229 = arith.mulf %v1187, %v1228 fastmath<contract> : f32
                %v1230 = arith.addf %v37, %v1229 fastmath<contract> : f32
                %v1231 = arith.mulf %v1227, %v1230 fastmath<contract> : f32
                %v1232 = arith.mulf %v1222, %v1231 fastmath<contract> : f32
                scf.if %v22 {
                  %v1233 = arith.muli %v27, %v124 : i64
                  %v1234 = arith.muli %v25, %v123 : i64
                  %v1235 = arith.addi %v1233, %v1234 : i64
                  %v1236 = arith.muli %v1150, %v1 : i64
                  %v1237 = arith.addi %v1235, %v1236 : i64
                  %v1238 = llvm.getelementptr %dx_g_c[%v1237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1232, %v1238 : f32, !llvm.ptr
                }
                %v1239 = arith.mulf %v257, %v1169 fastmath<contract> : f32
                %v1240 = arith.subf %v37, %v1162 fastmath<contract> : f32
                %v1241 = arith.mulf %v1162, %v1240 fastmath<contract> : f32
                %v1242 = arith.mulf %v1239, %v1241 fastmath<contract> : f32
                scf.if %v22 {
                  %v1243 = arith.muli %v27, %v124 : i64
                  %v1244 = arith.muli %v25, %v123 : i64
                  %v1245 = arith.addi %v1243, %v1244 : i64
                  %v1246 = arith.muli %v1150, %v1 : i64
                  %v1247 = arith.addi %v1245, %v1246 : i64
                  %v1248 = llvm.getelementptr %dx_g_o[%v1247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1242, %v1248 : f32, !llvm.ptr
                }
                %v1249 = arith.mulf %v1209, %v1196 fastmath<contract> : f32
                %v1250 = arith.negf %v1249 : f32
                %v1251 = arith.addf %v1196, %v1250 fastmath<contract> : f32
                %v1252 = llvm.load %v35 : !llvm.ptr -> f32
                %v1253 = arith.addf %v1252, %v1251 fastmath<contract> : f32
                llvm.store %v1253, %v35 : f32, !llvm.ptr
                llvm.store %v1220, %v34 : f32, !llvm.ptr
              }
              %v1254 = arith.addi %v171, %v38 : i64
              %v1256 = arith.cmpi slt, %v1255, %v491 : i32
              %v1257 = arith.cmpi eq, %v1255, %v497 : i32
              scf.if %v1256 {
                %v1258 = arith.addi %v77, %v1254 : i64
                %v1259 = arith.muli %v27, %v124 : i64
                %v1260 = arith.muli %v25, %v123 : i64
                %v1261 = arith.addi %v1259, %v1260 : i64
                %v1262 = arith.muli %v1258, %v1 : i64
                %v1263 = arith.addi %v1261, %v1262 : i64
                %v1264 = llvm.getelementptr %in_g_o[%v1263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1265 = llvm.load %v1264 : !llvm.ptr -> f32
                %v1266 = arith.negf %v1265 : f32
                %v1267 = arith.mulf %v1266, %v133 fastmath<contract> : f32
                %v1268 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1267) : (f32) -> f32
                %v1269 = arith.addf %v37, %v1268 fastmath<contract> : f32
                %v1270 = arith.divf %v37, %v1269 : f32
                %v1271 = arith.muli %v27, %v124 : i64
                %v1272 = arith.muli %v25, %v123 : i64
                %v1273 = arith.addi %v1271, %v1272 : i64
                %v1274 = arith.muli %v1258, %v1 : i64
                %v1275 = arith.addi %v1273, %v1274 : i64
                %v1276 = llvm.getelementptr %dy_y[%v1275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1277 = llvm.load %v1276 : !llvm.ptr -> f32
                %v1278 = arith.mulf %v1270, %v1277 fastmath<contract> : f32
                %v1279 = llvm.load %v33 : !llvm.ptr -> f32
                %v1280 = llvm.load %v34 : !llvm.ptr -> f32
                %v1281 = arith.mulf %v1280, %v1279 fastmath<contract> : f32
                %v1282 = arith.addf %v1278, %v1281 fastmath<contract> : f32
                llvm.store %v1282, %v33 : f32, !llvm.ptr
                scf.if %v1257 {
                }
                %v1283 = arith.muli %v25, %v1 : i64
                %v1284 = llvm.getelementptr %in_gamma[%v1283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1285 = llvm.load %v1284 : !llvm.ptr -> f32
                %v1286 = arith.subf %v37, %v1285 fastmath<contract> : f32
                %v1287 = llvm.load %v33 : !llvm.ptr -> f32
                %v1288 = arith.mulf %v181, %v1287 fastmath<contract> : f32
                %v1289 = arith.muli %v27, %v124 : i64
                %v1290 = arith.muli %v25, %v123 : i64
                %v1291 = arith.addi %v1289, %v1290 : i64
                %v1292 = arith.muli %v1258, %v1 : i64
                %v1293 = arith.addi %v1291, %v1292 : i64
                %v1294 = llvm.getelementptr %in_g_c[%v1293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1295 = llvm.load %v1294 : !llvm.ptr -> f32
                %v1296 = arith.negf %v1295 : f32
                %v1297 = arith.mulf %v1296, %v133 fastmath<contract> : f32
                %v1298 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1297) : (f32) -> f32
                %v1299 = arith.addf %v37, %v1298 fastmath<contract> : f32
                %v1300 = arith.divf %v37, %v1299 : f32
                %v1301 = arith.mulf %v1295, %v1300 fastmath<contract> : f32
                %v1302 = arith.mulf %v1301, %v1287 fastmath<contract> : f32
                %v1303 = arith.negf %v1302 : f32
                %v1304 = arith.addf %v1288, %v1303 fastmath<contract> : f32
                %v1305 = arith.mulf %v1286, %v1304 fastmath<contract> : f32
                %v1306 = arith.muli %v27, %v124 : i64
                %v1307 = arith.muli %v25, %v123 : i64
                %v1308 = arith.addi %v1306, %v1307 : i64
                %v1309 = arith.muli %v1258, %v1 : i64
                %v1310 = arith.addi %v1308, %v1309 : i64
                %v1311 = llvm.getelementptr %in_g_f[%v1310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1312 = llvm.load %v1311 : !llvm.ptr -> f32
                %v1313 = arith.negf %v1312 : f32
                %v1314 = arith.mulf %v1313, %v133 fastmath<contract> : f32
                %v1315 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1314) : (f32) -> f32
                %v1316 = arith.addf %v37, %v1315 fastmath<contract> : f32
                %v1317 = arith.divf %v37, %v1316 : f32
                %v1318 = arith.subf %v37, %v1317 fastmath<contract> : f32
                %v1319 = arith.mulf %v1317, %v1318 fastmath<contract> : f32
                %v1320 = arith.mulf %v1305, %v1319 fastmath<contract> : f32
                scf.if %v22 {
                  %v1321 = arith.muli %v27, %v124 : i64
                  %v1322 = arith.muli %v25, %v123 : i64
                  %v1323 = arith.addi %v1321, %v1322 : i64
                  %v1324 = arith.muli %v1258, %v1 : i64
                  %v1325 = arith.addi %v1323, %v1324 : i64
                  %v1326 = llvm.getelementptr %dx_g_f[%v1325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1320, %v1326 : f32, !llvm.ptr
                }
                %v1327 = arith.mulf %v1286, %v1317 fastmath<contract> : f32
                %v1328 = arith.addf %v1285, %v1327 fastmath<contract> : f32
                %v1329 = arith.subf %v37, %v1328 fastmath<contract> : f32
                %v1330 = arith.mulf %v1329, %v1287 fastmath<contract> : f32
                %v1331 = arith.negf %v1295 : f32
                %v1332 = arith.mulf %v1331, %v133 fastmath<contract> : f32
                %v1333 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1332) : (f32) -> f32
                %v1334 = arith.addf %v37, %v1333 fastmath<contract> : f32
                %v1335 = arith.divf %v37, %v1334 : f32
                %v1336 = arith.subf %v37, %v1335 fastmath<contract> : f32
                %v1337 = arith.mulf %v1295, %v1336 fastmath<contract> : f32
                %v1338 = arith.addf %v37, %v1337 fastmath<contract> : f32
                %v1339 = arith.mulf %v1335, %v1338 fastmath<contract> : f32
                %v1340 = arith.mulf %v1330, %v1339 fastmath<contract> : f32
                scf.if %v22 {
                  %v1341 = arith.muli %v27, %v124 : i64
                  %v1342 = arith.muli %v25, %v123 : i64
                  %v1343 = arith.addi %v1341, %v1342 : i64
                  %v1344 = arith.muli %v1258, %v1 : i64
                  %v1345 = arith.addi %v1343, %v1344 : i64
                  %v1346 = llvm.getelementptr %dx_g_c[%v1345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1340, %v1346 : f32, !llvm.ptr
                }
                %v1347 = arith.mulf %v219, %v1277 fastmath<contract> : f32
                %v1348 = arith.subf %v37, %v1270 fastmath<contract> : f32
                %v1349 = arith.mulf %v1270, %v1348 fastmath<contract> : f32
                %v1350 = arith.mulf %v1347, %v1349 fastmath<contract> : f32
                scf.if %v22 {
                  %v1351 = arith.muli %v27, %v124 : i64
                  %v1352 = arith.muli %v25, %v123 : i64
                  %v1353 = arith.addi %v1351, %v1352 : i64
                  %v1354 = arith.muli %v1258, %v1 : i64
                  %v1355 = arith.addi %v1353, %v1354 : i64
                  %v1356 = llvm.getelementptr %dx_g_o[%v1355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1350, %v1356 : f32, !llvm.ptr
                }
                %v1357 = arith.mulf %v1317, %v1304 fastmath<contract> : f32
                %v1358 = arith.negf %v1357 : f32
                %v1359 = arith.addf %v1304, %v1358 fastmath<contract> : f32
                %v1360 = llvm.load %v35 : !llvm.ptr -> f32
                %v1361 = arith.addf %v1360, %v1359 fastmath<contract> : f32
                llvm.store %v1361, %v35 : f32, !llvm.ptr
                llvm.store %v1328, %v34 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      %v1362 = arith.cmpi eq, %v18, %v38 : i64
      scf.if %v1362 {
      }
      scf.if %v22 {
        %v1363 = llvm.load %v35 : !llvm.ptr -> f32
        %v1364 = arith.addi %v32, %v21 : i64
        %v1365 = arith.muli %v1364, %v1 : i64
        %v1366 = arith.addi %v1365, %v38 : i64
        %v1367 = llvm.getelementptr %part_gamma[%v1366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1363, %v1367 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
