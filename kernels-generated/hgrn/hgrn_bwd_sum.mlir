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
      %v84 = arith.constant 2147483647 : i64
      %v88 = arith.constant 7 : i32
      %v92 = arith.muli %v1, %size_L : i64
      %v93 = arith.muli %v92, %size_D : i64
      %v102 = arith.constant 0x3FB8AA3B : f32
      %v139 = arith.constant 6 : i64
      %v141 = arith.constant 6 : i32
      %v189 = arith.constant 5 : i64
      %v191 = arith.constant 5 : i32
      %v240 = arith.constant 4 : i32
      %v288 = arith.constant 3 : i64
      %v290 = arith.constant 3 : i32
      %v338 = arith.constant 2 : i64
      %v340 = arith.constant 2 : i32
      %v389 = arith.constant 1 : i32
      %v438 = arith.constant 0 : i32
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
              %v78 = arith.subi %v60, %v1 : i64
              // the group's states, recomputed into registers
              %v79 = arith.subi %v60, %v76 : i64
              %v80 = arith.trunci %v79 : i64 to i32
              %v81 = arith.subi %size_L, %v1 : i64
              %v82 = arith.addi %v58, %v76 : i64
              %v83 = arith.subi %v81, %v82 : i64
              %v85 = arith.minsi %v83, %v84 : i64
              %v86 = arith.trunci %v85 : i64 to i32
              %v87 = arith.addi %v76, %v43 : i64
              %v89 = arith.cmpi slt, %v88, %v80 : i32
              %v90 = arith.cmpi eq, %v88, %v86 : i32
              scf.if %v89 {
                %v91 = arith.addi %v58, %v87 : i64
                %v94 = arith.muli %v27, %v93 : i64
                %v95 = arith.muli %v25, %v92 : i64
                %v96 = arith.addi %v94, %v95 : i64
                %v97 = arith.muli %v91, %v1 : i64
                %v98 = arith.addi %v96, %v97 : i64
                %v99 = llvm.getelementptr %in_g_o[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v100 = llvm.load %v99 : !llvm.ptr -> f32
                %v101 = arith.negf %v100 : f32
                %v103 = arith.mulf %v101, %v102 fastmath<contract> : f32
                %v104 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v103) : (f32) -> f32
                %v105 = arith.addf %v37, %v104 fastmath<contract> : f32
                %v106 = arith.divf %v37, %v105 : f32
                %v107 = arith.muli %v27, %v93 : i64
                %v108 = arith.muli %v25, %v92 : i64
                %v109 = arith.addi %v107, %v108 : i64
                %v110 = arith.muli %v91, %v1 : i64
                %v111 = arith.addi %v109, %v110 : i64
                %v112 = llvm.getelementptr %dy_y[%v111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v113 = llvm.load %v112 : !llvm.ptr -> f32
                %v114 = arith.mulf %v106, %v113 fastmath<contract> : f32
                %v115 = llvm.load %v33 : !llvm.ptr -> f32
                %v116 = llvm.load %v34 : !llvm.ptr -> f32
                %v117 = arith.mulf %v116, %v115 fastmath<contract> : f32
                %v118 = arith.addf %v114, %v117 fastmath<contract> : f32
                llvm.store %v118, %v33 : f32, !llvm.ptr
                %v119 = llvm.load %v38 : !llvm.ptr -> f32
                %v120 = arith.mulf %v119, %v116 fastmath<contract> : f32
                llvm.store %v120, %v38 : f32, !llvm.ptr
                scf.if %v90 {
                }
                %v121 = arith.muli %v25, %v1 : i64
                %v122 = llvm.getelementptr %in_gamma[%v121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v123 = llvm.load %v122 : !llvm.ptr -> f32
                %v124 = arith.subf %v37, %v123 fastmath<contract> : f32
                %v125 = arith.muli %v27, %v93 : i64
                %v126 = arith.muli %v25, %v92 : i64
                %v127 = arith.addi %v125, %v126 : i64
                %v128 = arith.muli %v91, %v1 : i64
                %v129 = arith.addi %v127, %v128 : i64
                %v130 = llvm.getelementptr %in_g_f[%v129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v131 = llvm.load %v130 : !llvm.ptr -> f32
                %v132 = arith.negf %v131 : f32
                %v133 = arith.mulf %v132, %v102 fastmath<contract> : f32
                %v134 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v133) : (f32) -> f32
                %v135 = arith.addf %v37, %v134 fastmath<contract> : f32
                %v136 = arith.divf %v37, %v135 : f32
                %v137 = arith.mulf %v124, %v136 fastmath<contract> : f32
                %v138 = arith.addf %v123, %v137 fastmath<contract> : f32
                llvm.store %v138, %v34 : f32, !llvm.ptr
              }
              %v140 = arith.addi %v76, %v139 : i64
              %v142 = arith.cmpi slt, %v141, %v80 : i32
              %v143 = arith.cmpi eq, %v141, %v86 : i32
              scf.if %v142 {
                %v144 = arith.addi %v58, %v140 : i64
                %v145 = arith.muli %v27, %v93 : i64
                %v146 = arith.muli %v25, %v92 : i64
                %v147 = arith.addi %v145, %v146 : i64
                %v148 = arith.muli %v144, %v1 : i64
                %v149 = arith.addi %v147, %v148 : i64
                %v150 = llvm.getelementptr %in_g_o[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v151 = llvm.load %v150 : !llvm.ptr -> f32
                %v152 = arith.negf %v151 : f32
                %v153 = arith.mulf %v152, %v102 fastmath<contract> : f32
                %v154 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v153) : (f32) -> f32
                %v155 = arith.addf %v37, %v154 fastmath<contract> : f32
                %v156 = arith.divf %v37, %v155 : f32
                %v157 = arith.muli %v27, %v93 : i64
                %v158 = arith.muli %v25, %v92 : i64
                %v159 = arith.addi %v157, %v158 : i64
                %v160 = arith.muli %v144, %v1 : i64
                %v161 = arith.addi %v159, %v160 : i64
                %v162 = llvm.getelementptr %dy_y[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v163 = llvm.load %v162 : !llvm.ptr -> f32
                %v164 = arith.mulf %v156, %v163 fastmath<contract> : f32
                %v165 = llvm.load %v33 : !llvm.ptr -> f32
                %v166 = llvm.load %v34 : !llvm.ptr -> f32
                %v167 = arith.mulf %v166, %v165 fastmath<contract> : f32
                %v168 = arith.addf %v164, %v167 fastmath<contract> : f32
                llvm.store %v168, %v33 : f32, !llvm.ptr
                %v169 = llvm.load %v38 : !llvm.ptr -> f32
                %v170 = arith.mulf %v169, %v166 fastmath<contract> : f32
                llvm.store %v170, %v38 : f32, !llvm.ptr
                scf.if %v143 {
                }
                %v171 = arith.muli %v25, %v1 : i64
                %v172 = llvm.getelementptr %in_gamma[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v173 = llvm.load %v172 : !llvm.ptr -> f32
                %v174 = arith.subf %v37, %v173 fastmath<contract> : f32
                %v175 = arith.muli %v27, %v93 : i64
                %v176 = arith.muli %v25, %v92 : i64
                %v177 = arith.addi %v175, %v176 : i64
                %v178 = arith.muli %v144, %v1 : i64
                %v179 = arith.addi %v177, %v178 : i64
                %v180 = llvm.getelementptr %in_g_f[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v181 = llvm.load %v180 : !llvm.ptr -> f32
                %v182 = arith.negf %v181 : f32
                %v183 = arith.mulf %v182, %v102 fastmath<contract> : f32
                %v184 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v183) : (f32) -> f32
                %v185 = arith.addf %v37, %v184 fastmath<contract> : f32
                %v186 = arith.divf %v37, %v185 : f32
                %v187 = arith.mulf %v174, %v186 fastmath<contract> : f32
                %v188 = arith.addf %v173, %v187 fastmath<contract> : f32
                llvm.store %v188, %v34 : f32, !llvm.ptr
              }
              %v190 = arith.addi %v76, %v189 : i64
              %v192 = arith.cmpi slt, %v191, %v80 : i32
              %v193 = arith.cmpi eq, %v191, %v86 : i32
              scf.if %v192 {
                %v194 = arith.addi %v58, %v190 : i64
                %v195 = arith.muli %v27, %v93 : i64
                %v196 = arith.muli %v25, %v92 : i64
                %v197 = arith.addi %v195, %v196 : i64
                %v198 = arith.muli %v194, %v1 : i64
                %v199 = arith.addi %v197, %v198 : i64
                %v200 = llvm.getelementptr %in_g_o[%v199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v201 = llvm.load %v200 : !llvm.ptr -> f32
                %v202 = arith.negf %v201 : f32
                %v203 = arith.mulf %v202, %v102 fastmath<contract> : f32
                %v204 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v203) : (f32) -> f32
                %v205 = arith.addf %v37, %v204 fastmath<contract> : f32
                %v206 = arith.divf %v37, %v205 : f32
                %v207 = arith.muli %v27, %v93 : i64
                %v208 = arith.muli %v25, %v92 : i64
                %v209 = arith.addi %v207, %v208 : i64
                %v210 = arith.muli %v194, %v1 : i64
                %v211 = arith.addi %v209, %v210 : i64
                %v212 = llvm.getelementptr %dy_y[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v213 = llvm.load %v212 : !llvm.ptr -> f32
                %v214 = arith.mulf %v206, %v213 fastmath<contract> : f32
                %v215 = llvm.load %v33 : !llvm.ptr -> f32
                %v216 = llvm.load %v34 : !llvm.ptr -> f32
                %v217 = arith.mulf %v216, %v215 fastmath<contract> : f32
                %v218 = arith.addf %v214, %v217 fastmath<contract> : f32
                llvm.store %v218, %v33 : f32, !llvm.ptr
                %v219 = llvm.load %v38 : !llvm.ptr -> f32
                %v220 = arith.mulf %v219, %v216 fastmath<contract> : f32
                llvm.store %v220, %v38 : f32, !llvm.ptr
                scf.if %v193 {
                }
                %v221 = arith.muli %v25, %v1 : i64
                %v222 = llvm.getelementptr %in_gamma[%v221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v223 = llvm.load %v222 : !llvm.ptr -> f32
                %v224 = arith.subf %v37, %v223 fastmath<contract> : f32
                %v225 = arith.muli %v27, %v93 : i64
                %v226 = arith.muli %v25, %v92 : i64
                %v227 = arith.addi %v225, %v226 : i64
                %v228 = arith.muli %v194, %v1 : i64
                %v229 = arith.addi %v227, %v228 : i64
                %v230 = llvm.getelementptr %in_g_f[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v231 = llvm.load %v230 : !llvm.ptr -> f32
                %v232 = arith.negf %v231 : f32
                %v233 = arith.mulf %v232, %v102 fastmath<contract> : f32
                %v234 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v233) : (f32) -> f32
                %v235 = arith.addf %v37, %v234 fastmath<contract> : f32
                %v236 = arith.divf %v37, %v235 : f32
                %v237 = arith.mulf %v224, %v236 fastmath<contract> : f32
                %v238 = arith.addf %v223, %v237 fastmath<contract> : f32
                llvm.store %v238, %v34 : f32, !llvm.ptr
              }
              %v239 = arith.addi %v76, %v29 : i64
              %v241 = arith.cmpi slt, %v240, %v80 : i32
              %v242 = arith.cmpi eq, %v240, %v86 : i32
              scf.if %v241 {
                %v243 = arith.addi %v58, %v239 : i64
                %v244 = arith.muli %v27, %v93 : i64
                %v245 = arith.muli %v25, %v92 : i64
                %v246 = arith.addi %v244, %v245 : i64
                %v247 = arith.muli %v243, %v1 : i64
                %v248 = arith.addi %v246, %v247 : i64
                %v249 = llvm.getelementptr %in_g_o[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v250 = llvm.load %v249 : !llvm.ptr -> f32
                %v251 = arith.negf %v250 : f32
                %v252 = arith.mulf %v251, %v102 fastmath<contract> : f32
                %v253 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v252) : (f32) -> f32
                %v254 = arith.addf %v37, %v253 fastmath<contract> : f32
                %v255 = arith.divf %v37, %v254 : f32
                %v256 = arith.muli %v27, %v93 : i64
                %v257 = arith.muli %v25, %v92 : i64
                %v258 = arith.addi %v256, %v257 : i64
                %v259 = arith.muli %v243, %v1 : i64
                %v260 = arith.addi %v258, %v259 : i64
                %v261 = llvm.getelementptr %dy_y[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v262 = llvm.load %v261 : !llvm.ptr -> f32
                %v263 = arith.mulf %v255, %v262 fastmath<contract> : f32
                %v264 = llvm.load %v33 : !llvm.ptr -> f32
                %v265 = llvm.load %v34 : !llvm.ptr -> f32
                %v266 = arith.mulf %v265, %v264 fastmath<contract> : f32
                %v267 = arith.addf %v263, %v266 fastmath<contract> : f32
                llvm.store %v267, %v33 : f32, !llvm.ptr
                %v268 = llvm.load %v38 : !llvm.ptr -> f32
                %v269 = arith.mulf %v268, %v265 fastmath<contract> : f32
                llvm.store %v269, %v38 : f32, !llvm.ptr
                scf.if %v242 {
                }
                %v270 = arith.muli %v25, %v1 : i64
                %v271 = llvm.getelementptr %in_gamma[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v272 = llvm.load %v271 : !llvm.ptr -> f32
                %v273 = arith.subf %v37, %v272 fastmath<contract> : f32
                %v274 = arith.muli %v27, %v93 : i64
                %v275 = arith.muli %v25, %v92 : i64
                %v276 = arith.addi %v274, %v275 : i64
                %v277 = arith.muli %v243, %v1 : i64
                %v278 = arith.addi %v276, %v277 : i64
                %v279 = llvm.getelementptr %in_g_f[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v280 = llvm.load %v279 : !llvm.ptr -> f32
                %v281 = arith.negf %v280 : f32
                %v282 = arith.mulf %v281, %v102 fastmath<contract> : f32
                %v283 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v282) : (f32) -> f32
                %v284 = arith.addf %v37, %v283 fastmath<contract> : f32
                %v285 = arith.divf %v37, %v284 : f32
                %v286 = arith.mulf %v273, %v285 fastmath<contract> : f32
                %v287 = arith.addf %v272, %v286 fastmath<contract> : f32
                llvm.store %v287, %v34 : f32, !llvm.ptr
              }
              %v289 = arith.addi %v76, %v288 : i64
              %v291 = arith.cmpi slt, %v290, %v80 : i32
              %v292 = arith.cmpi eq, %v290, %v86 : i32
              scf.if %v291 {
                %v293 = arith.addi %v58, %v289 : i64
                %v294 = arith.muli %v27, %v93 : i64
                %v295 = arith.muli %v25, %v92 : i64
                %v296 = arith.addi %v294, %v295 : i64
                %v297 = arith.muli %v293, %v1 : i64
                %v298 = arith.addi %v296, %v297 : i64
                %v299 = llvm.getelementptr %in_g_o[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v300 = llvm.load %v299 : !llvm.ptr -> f32
                %v301 = arith.negf %v300 : f32
                %v302 = arith.mulf %v301, %v102 fastmath<contract> : f32
                %v303 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v302) : (f32) -> f32
                %v304 = arith.addf %v37, %v303 fastmath<contract> : f32
                %v305 = arith.divf %v37, %v304 : f32
                %v306 = arith.muli %v27, %v93 : i64
                %v307 = arith.muli %v25, %v92 : i64
                %v308 = arith.addi %v306, %v307 : i64
                %v309 = arith.muli %v293, %v1 : i64
                %v310 = arith.addi %v308, %v309 : i64
                %v311 = llvm.getelementptr %dy_y[%v310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v312 = llvm.load %v311 : !llvm.ptr -> f32
                %v313 = arith.mulf %v305, %v312 fastmath<contract> : f32
                %v314 = llvm.load %v33 : !llvm.ptr -> f32
                %v315 = llvm.load %v34 : !llvm.ptr -> f32
                %v316 = arith.mulf %v315, %v314 fastmath<contract> : f32
                %v317 = arith.addf %v313, %v316 fastmath<contract> : f32
                llvm.store %v317, %v33 : f32, !llvm.ptr
                %v318 = llvm.load %v38 : !llvm.ptr -> f32
                %v319 = arith.mulf %v318, %v315 fastmath<contract> : f32
                llvm.store %v319, %v38 : f32, !llvm.ptr
                scf.if %v292 {
                }
                %v320 = arith.muli %v25, %v1 : i64
                %v321 = llvm.getelementptr %in_gamma[%v320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v322 = llvm.load %v321 : !llvm.ptr -> f32
                %v323 = arith.subf %v37, %v322 fastmath<contract> : f32
                %v324 = arith.muli %v27, %v93 : i64
                %v325 = arith.muli %v25, %v92 : i64
                %v326 = arith.addi %v324, %v325 : i64
                %v327 = arith.muli %v293, %v1 : i64
                %v328 = arith.addi %v326, %v327 : i64
                %v329 = llvm.getelementptr %in_g_f[%v328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v330 = llvm.load %v329 : !llvm.ptr -> f32
                %v331 = arith.negf %v330 : f32
                %v332 = arith.mulf %v331, %v102 fastmath<contract> : f32
                %v333 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v332) : (f32) -> f32
                %v334 = arith.addf %v37, %v333 fastmath<contract> : f32
                %v335 = arith.divf %v37, %v334 : f32
                %v336 = arith.mulf %v323, %v335 fastmath<contract> : f32
                %v337 = arith.addf %v322, %v336 fastmath<contract> : f32
                llvm.store %v337, %v34 : f32, !llvm.ptr
              }
              %v339 = arith.addi %v76, %v338 : i64
              %v341 = arith.cmpi slt, %v340, %v80 : i32
              %v342 = arith.cmpi eq, %v340, %v86 : i32
              scf.if %v341 {
                %v343 = arith.addi %v58, %v339 : i64
                %v344 = arith.muli %v27, %v93 : i64
                %v345 = arith.muli %v25, %v92 : i64
                %v346 = arith.addi %v344, %v345 : i64
                %v347 = arith.muli %v343, %v1 : i64
                %v348 = arith.addi %v346, %v347 : i64
                %v349 = llvm.getelementptr %in_g_o[%v348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v350 = llvm.load %v349 : !llvm.ptr -> f32
                %v351 = arith.negf %v350 : f32
                %v352 = arith.mulf %v351, %v102 fastmath<contract> : f32
                %v353 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v352) : (f32) -> f32
                %v354 = arith.addf %v37, %v353 fastmath<contract> : f32
                %v355 = arith.divf %v37, %v354 : f32
                %v356 = arith.muli %v27, %v93 : i64
                %v357 = arith.muli %v25, %v92 : i64
                %v358 = arith.addi %v356, %v357 : i64
                %v359 = arith.muli %v343, %v1 : i64
                %v360 = arith.addi %v358, %v359 : i64
                %v361 = llvm.getelementptr %dy_y[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v362 = llvm.load %v361 : !llvm.ptr -> f32
                %v363 = arith.mulf %v355, %v362 fastmath<contract> : f32
                %v364 = llvm.load %v33 : !llvm.ptr -> f32
                %v365 = llvm.load %v34 : !llvm.ptr -> f32
                %v366 = arith.mulf %v365, %v364 fastmath<contract> : f32
                %v367 = arith.addf %v363, %v366 fastmath<contract> : f32
                llvm.store %v367, %v33 : f32, !llvm.ptr
                %v368 = llvm.load %v38 : !llvm.ptr -> f32
                %v369 = arith.mulf %v368, %v365 fastmath<contract> : f32
                llvm.store %v369, %v38 : f32, !llvm.ptr
                scf.if %v342 {
                }
                %v370 = arith.muli %v25, %v1 : i64
                %v371 = llvm.getelementptr %in_gamma[%v370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v372 = llvm.load %v371 : !llvm.ptr -> f32
                %v373 = arith.subf %v37, %v372 fastmath<contract> : f32
                %v374 = arith.muli %v27, %v93 : i64
                %v375 = arith.muli %v25, %v92 : i64
                %v376 = arith.addi %v374, %v375 : i64
                %v377 = arith.muli %v343, %v1 : i64
                %v378 = arith.addi %v376, %v377 : i64
                %v379 = llvm.getelementptr %in_g_f[%v378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v380 = llvm.load %v379 : !llvm.ptr -> f32
                %v381 = arith.negf %v380 : f32
                %v382 = arith.mulf %v381, %v102 fastmath<contract> : f32
                %v383 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v382) : (f32) -> f32
                %v384 = arith.addf %v37, %v383 fastmath<contract> : f32
                %v385 = arith.divf %v37, %v384 : f32
                %v386 = arith.mulf %v373, %v385 fastmath<contract> : f32
                %v387 = arith.addf %v372, %v386 fastmath<contract> : f32
                llvm.store %v387, %v34 : f32, !llvm.ptr
              }
              %v388 = arith.addi %v76, %v1 : i64
              %v390 = arith.cmpi slt, %v389, %v80 : i32
              %v391 = arith.cmpi eq, %v389, %v86 : i32
              scf.if %v390 {
                %v392 = arith.addi %v58, %v388 : i64
                %v393 = arith.muli %v27, %v93 : i64
                %v394 = arith.muli %v25, %v92 : i64
                %v395 = arith.addi %v393, %v394 : i64
                %v396 = arith.muli %v392, %v1 : i64
                %v397 = arith.addi %v395, %v396 : i64
                %v398 = llvm.getelementptr %in_g_o[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v399 = llvm.load %v398 : !llvm.ptr -> f32
                %v400 = arith.negf %v399 : f32
                %v401 = arith.mulf %v400, %v102 fastmath<contract> : f32
                %v402 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v401) : (f32) -> f32
                %v403 = arith.addf %v37, %v402 fastmath<contract> : f32
                %v404 = arith.divf %v37, %v403 : f32
                %v405 = arith.muli %v27, %v93 : i64
                %v406 = arith.muli %v25, %v92 : i64
                %v407 = arith.addi %v405, %v406 : i64
                %v408 = arith.muli %v392, %v1 : i64
                %v409 = arith.addi %v407, %v408 : i64
                %v410 = llvm.getelementptr %dy_y[%v409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v411 = llvm.load %v410 : !llvm.ptr -> f32
                %v412 = arith.mulf %v404, %v411 fastmath<contract> : f32
                %v413 = llvm.load %v33 : !llvm.ptr -> f32
                %v414 = llvm.load %v34 : !llvm.ptr -> f32
                %v415 = arith.mulf %v414, %v413 fastmath<contract> : f32
                %v416 = arith.addf %v412, %v415 fastmath<contract> : f32
                llvm.store %v416, %v33 : f32, !llvm.ptr
                %v417 = llvm.load %v38 : !llvm.ptr -> f32
                %v418 = arith.mulf %v417, %v414 fastmath<contract> : f32
                llvm.store %v418, %v38 : f32, !llvm.ptr
                scf.if %v391 {
                }
                %v419 = arith.muli %v25, %v1 : i64
                %v420 = llvm.getelementptr %in_gamma[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v421 = llvm.load %v420 : !llvm.ptr -> f32
                %v422 = arith.subf %v37, %v421 fastmath<contract> : f32
                %v423 = arith.muli %v27, %v93 : i64
                %v424 = arith.muli %v25, %v92 : i64
                %v425 = arith.addi %v423, %v424 : i64
                %v426 = arith.muli %v392, %v1 : i64
                %v427 = arith.addi %v425, %v426 : i64
                %v428 = llvm.getelementptr %in_g_f[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v429 = llvm.load %v428 : !llvm.ptr -> f32
                %v430 = arith.negf %v429 : f32
                %v431 = arith.mulf %v430, %v102 fastmath<contract> : f32
                %v432 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v431) : (f32) -> f32
                %v433 = arith.addf %v37, %v432 fastmath<contract> : f32
                %v434 = arith.divf %v37, %v433 : f32
                %v435 = arith.mulf %v422, %v434 fastmath<contract> : f32
                %v436 = arith.addf %v421, %v435 fastmath<contract> : f32
                llvm.store %v436, %v34 : f32, !llvm.ptr
              }
              %v437 = arith.addi %v76, %v39 : i64
              %v439 = arith.cmpi slt, %v438, %v80 : i32
              %v440 = arith.cmpi eq, %v438, %v86 : i32
              scf.if %v439 {
                %v441 = arith.addi %v58, %v437 : i64
                %v442 = arith.muli %v27, %v93 : i64
                %v443 = arith.muli %v25, %v92 : i64
                %v444 = arith.addi %v442, %v443 : i64
                %v445 = arith.muli %v441, %v1 : i64
                %v446 = arith.addi %v444, %v445 : i64
                %v447 = llvm.getelementptr %in_g_o[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v448 = llvm.load %v447 : !llvm.ptr -> f32
                %v449 = arith.negf %v448 : f32
                %v450 = arith.mulf %v449, %v102 fastmath<contract> : f32
                %v451 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v450) : (f32) -> f32
                %v452 = arith.addf %v37, %v451 fastmath<contract> : f32
                %v453 = arith.divf %v37, %v452 : f32
                %v454 = arith.muli %v27, %v93 : i64
                %v455 = arith.muli %v25, %v92 : i64
                %v456 = arith.addi %v454, %v455 : i64
                %v457 = arith.muli %v441, %v1 : i64
                %v458 = arith.addi %v456, %v457 : i64
                %v459 = llvm.getelementptr %dy_y[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v460 = llvm.load %v459 : !llvm.ptr -> f32
                %v461 = arith.mulf %v453, %v460 fastmath<contract> : f32
                %v462 = llvm.load %v33 : !llvm.ptr -> f32
                %v463 = llvm.load %v34 : !llvm.ptr -> f32
                %v464 = arith.mulf %v463, %v462 fastmath<contract> : f32
                %v465 = arith.addf %v461, %v464 fastmath<contract> : f32
                llvm.store %v465, %v33 : f32, !llvm.ptr
                %v466 = llvm.load %v38 : !llvm.ptr -> f32
                %v467 = arith.mulf %v466, %v463 fastmath<contract> : f32
                llvm.store %v467, %v38 : f32, !llvm.ptr
                scf.if %v440 {
                }
                %v468 = arith.muli %v25, %v1 : i64
                %v469 = llvm.getelementptr %in_gamma[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v470 = llvm.load %v469 : !llvm.ptr -> f32
                %v471 = arith.subf %v37, %v470 fastmath<contract> : f32
                %v472 = arith.muli %v27, %v93 : i64
                %v473 = arith.muli %v25, %v92 : i64
                %v474 = arith.addi %v472, %v473 : i64
                %v475 = arith.muli %v441, %v1 : i64
                %v476 = arith.addi %v474, %v475 : i64
                %v477 = llvm.getelementptr %in_g_f[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v478 = llvm.load %v477 : !llvm.ptr -> f32
                %v479 = arith.negf %v478 : f32
                %v480 = arith.mulf %v479, %v102 fastmath<contract> : f32
                %v481 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v480) : (f32) -> f32
                %v482 = arith.addf %v37, %v481 fastmath<contract> : f32
                %v483 = arith.divf %v37, %v482 : f32
                %v484 = arith.mulf %v471, %v483 fastmath<contract> : f32
                %v485 = arith.addf %v470, %v484 fastmath<contract> : f32
                llvm.store %v485, %v34 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      scf.if %v22 {
        %v486 = llvm.load %v33 : !llvm.ptr -> f32
        %v487 = arith.muli %v39, %v7 : i64
        %v488 = arith.addi %v487, %v18 : i64
        %v489 = arith.muli %v488, %v1 : i64
        %v490 = arith.addi %v489, %v39 : i64
        %v491 = arith.muli %v490, %v3 : i64
        %v492 = arith.subi %v3, %v1 : i64
        %v493 = arith.minsi %v21, %v492 : i64
        %v494 = arith.addi %v491, %v493 : i64
        %v495 = llvm.getelementptr %segsum_h[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v486, %v495 : f32, !llvm.ptr
        %v496 = llvm.load %v38 : !llvm.ptr -> f32
        %v497 = arith.muli %v1, %v7 : i64
        %v498 = arith.addi %v497, %v18 : i64
        %v499 = arith.muli %v498, %v1 : i64
        %v500 = arith.addi %v499, %v39 : i64
        %v501 = arith.muli %v500, %v3 : i64
        %v502 = arith.subi %v3, %v1 : i64
        %v503 = arith.minsi %v21, %v502 : i64
        %v504 = arith.addi %v501, %v503 : i64
        %v505 = llvm.getelementptr %segsum_h[%v504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v496, %v505 : f32, !llvm.ptr
        %v506 = llvm.load %v34 : !llvm.ptr -> f32
        %v507 = arith.muli %v338, %v7 : i64
        %v508 = arith.addi %v507, %v18 : i64
        %v509 = arith.muli %v508, %v1 : i64
        %v510 = arith.addi %v509, %v39 : i64
        %v511 = arith.muli %v510, %v3 : i64
        %v512 = arith.subi %v3, %v1 : i64
        %v513 = arith.minsi %v21, %v512 : i64
        %v514 = arith.addi %v511, %v513 : i64
        %v515 = llvm.getelementptr %segsum_h[%v514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v506, %v515 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
