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
      %v88 = arith.muli %v1, %size_L : i64
      %v89 = arith.muli %v88, %size_D : i64
      %v98 = arith.constant 0x3FB8AA3B : f32
      %v222 = arith.constant 2 : i64
      %v261 = arith.constant 3 : i64
      %v300 = arith.constant 4 : i64
      %v339 = arith.constant 5 : i64
      %v378 = arith.constant 6 : i64
      %v460 = arith.constant 2147483647 : i64
      %v464 = arith.constant 7 : i32
      %v572 = arith.constant 6 : i32
      %v680 = arith.constant 5 : i32
      %v788 = arith.constant 4 : i32
      %v896 = arith.constant 3 : i32
      %v1004 = arith.constant 2 : i32
      %v1112 = arith.constant 1 : i32
      %v1220 = arith.constant 0 : i32
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
              %v85 = llvm.getelementptr %in_gamma[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v86 = llvm.load %v85 : !llvm.ptr -> f32
              %v87 = arith.subf %v25, %v86 fastmath<contract> : f32
              %v90 = arith.muli %v19, %v89 : i64
              %v91 = arith.muli %v17, %v88 : i64
              %v92 = arith.addi %v90, %v91 : i64
              %v93 = arith.muli %v83, %v1 : i64
              %v94 = arith.addi %v92, %v93 : i64
              %v95 = llvm.getelementptr %in_g_f[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v96 = llvm.load %v95 : !llvm.ptr -> f32
              %v97 = arith.negf %v96 : f32
              %v99 = arith.mulf %v97, %v98 fastmath<contract> : f32
              %v100 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v99) : (f32) -> f32
              %v101 = arith.addf %v25, %v100 fastmath<contract> : f32
              %v102 = arith.divf %v25, %v101 : f32
              %v103 = arith.mulf %v87, %v102 fastmath<contract> : f32
              %v104 = arith.addf %v86, %v103 fastmath<contract> : f32
              %v105 = arith.subf %v25, %v104 fastmath<contract> : f32
              %v106 = arith.muli %v19, %v89 : i64
              %v107 = arith.muli %v17, %v88 : i64
              %v108 = arith.addi %v106, %v107 : i64
              %v109 = arith.muli %v83, %v1 : i64
              %v110 = arith.addi %v108, %v109 : i64
              %v111 = llvm.getelementptr %in_g_c[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v112 = llvm.load %v111 : !llvm.ptr -> f32
              %v113 = arith.negf %v112 : f32
              %v114 = arith.mulf %v113, %v98 fastmath<contract> : f32
              %v115 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v114) : (f32) -> f32
              %v116 = arith.addf %v25, %v115 fastmath<contract> : f32
              %v117 = arith.divf %v25, %v116 : f32
              %v118 = arith.mulf %v112, %v117 fastmath<contract> : f32
              %v119 = arith.mulf %v105, %v118 fastmath<contract> : f32
              %v120 = llvm.load %v5 : !llvm.ptr -> f32
              %v121 = arith.mulf %v104, %v120 fastmath<contract> : f32
              %v122 = arith.addf %v121, %v119 fastmath<contract> : f32
              llvm.store %v122, %v5 : f32, !llvm.ptr
            }
          }
        }
        %v123 = arith.index_cast %v26 : i64 to index
        %v124 = arith.index_cast %v1 : i64 to index
        %v125 = arith.index_cast %v1 : i64 to index
        scf.for %v126 = %v123 to %v124 step %v125 {
          %v127 = arith.index_cast %v126 : index to i64
          %v128 = arith.index_cast %v26 : i64 to index
          %v129 = arith.index_cast %v47 : i64 to index
          %v130 = arith.index_cast %v1 : i64 to index
          scf.for %v131 = %v128 to %v129 step %v130 {
            %v132 = arith.index_cast %v131 : index to i64
            %v133 = arith.cmpi slt, %v132, %v47 : i64
            scf.if %v133 {
              %v134 = arith.subi %v47, %v1 : i64
              %v135 = arith.subi %v134, %v132 : i64
              %v136 = arith.muli %v135, %v29 : i64
              %v137 = arith.subi %v45, %v1 : i64
              %v138 = arith.muli %v135, %v3 : i64
              %v139 = arith.subi %v3, %v1 : i64
              %v140 = arith.minsi %v13, %v139 : i64
              %v141 = arith.addi %v138, %v140 : i64
              %v142 = arith.muli %v141, %v1 : i64
              %v143 = arith.addi %v142, %v26 : i64
              %v144 = llvm.getelementptr %scratch_h[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v145 = llvm.load %v144 : !llvm.ptr -> f32
              // the group's states, recomputed into registers
              %v146 = arith.addi %v136, %v26 : i64
              %v147 = arith.minsi %v146, %v137 : i64
              %v148 = arith.addi %v43, %v147 : i64
              %v149 = arith.muli %v17, %v1 : i64
              %v150 = llvm.getelementptr %in_gamma[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v151 = llvm.load %v150 : !llvm.ptr -> f32
              %v152 = arith.subf %v25, %v151 fastmath<contract> : f32
              %v153 = arith.muli %v19, %v89 : i64
              %v154 = arith.muli %v17, %v88 : i64
              %v155 = arith.addi %v153, %v154 : i64
              %v156 = arith.muli %v148, %v1 : i64
              %v157 = arith.addi %v155, %v156 : i64
              %v158 = llvm.getelementptr %in_g_f[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v159 = llvm.load %v158 : !llvm.ptr -> f32
              %v160 = arith.negf %v159 : f32
              %v161 = arith.mulf %v160, %v98 fastmath<contract> : f32
              %v162 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v161) : (f32) -> f32
              %v163 = arith.addf %v25, %v162 fastmath<contract> : f32
              %v164 = arith.divf %v25, %v163 : f32
              %v165 = arith.mulf %v152, %v164 fastmath<contract> : f32
              %v166 = arith.addf %v151, %v165 fastmath<contract> : f32
              %v167 = arith.subf %v25, %v166 fastmath<contract> : f32
              %v168 = arith.muli %v19, %v89 : i64
              %v169 = arith.muli %v17, %v88 : i64
              %v170 = arith.addi %v168, %v169 : i64
              %v171 = arith.muli %v148, %v1 : i64
              %v172 = arith.addi %v170, %v171 : i64
              %v173 = llvm.getelementptr %in_g_c[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v174 = llvm.load %v173 : !llvm.ptr -> f32
              %v175 = arith.negf %v174 : f32
              %v176 = arith.mulf %v175, %v98 fastmath<contract> : f32
              %v177 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v176) : (f32) -> f32
              %v178 = arith.addf %v25, %v177 fastmath<contract> : f32
              %v179 = arith.divf %v25, %v178 : f32
              %v180 = arith.mulf %v174, %v179 fastmath<contract> : f32
              %v181 = arith.mulf %v167, %v180 fastmath<contract> : f32
              %v182 = arith.mulf %v166, %v145 fastmath<contract> : f32
              %v183 = arith.addf %v182, %v181 fastmath<contract> : f32
              %v184 = arith.addi %v136, %v1 : i64
              %v185 = arith.minsi %v184, %v137 : i64
              %v186 = arith.addi %v43, %v185 : i64
              %v187 = arith.muli %v17, %v1 : i64
              %v188 = llvm.getelementptr %in_gamma[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v189 = llvm.load %v188 : !llvm.ptr -> f32
              %v190 = arith.subf %v25, %v189 fastmath<contract> : f32
              %v191 = arith.muli %v19, %v89 : i64
              %v192 = arith.muli %v17, %v88 : i64
              %v193 = arith.addi %v191, %v192 : i64
              %v194 = arith.muli %v186, %v1 : i64
              %v195 = arith.addi %v193, %v194 : i64
              %v196 = llvm.getelementptr %in_g_f[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v197 = llvm.load %v196 : !llvm.ptr -> f32
              %v198 = arith.negf %v197 : f32
              %v199 = arith.mulf %v198, %v98 fastmath<contract> : f32
              %v200 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v199) : (f32) -> f32
              %v201 = arith.addf %v25, %v200 fastmath<contract> : f32
              %v202 = arith.divf %v25, %v201 : f32
              %v203 = arith.mulf %v190, %v202 fastmath<contract> : f32
              %v204 = arith.addf %v189, %v203 fastmath<contract> : f32
              %v205 = arith.subf %v25, %v204 fastmath<contract> : f32
              %v206 = arith.muli %v19, %v89 : i64
              %v207 = arith.muli %v17, %v88 : i64
              %v208 = arith.addi %v206, %v207 : i64
              %v209 = arith.muli %v186, %v1 : i64
              %v210 = arith.addi %v208, %v209 : i64
              %v211 = llvm.getelementptr %in_g_c[%v210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v212 = llvm.load %v211 : !llvm.ptr -> f32
              %v213 = arith.negf %v212 : f32
              %v214 = arith.mulf %v213, %v98 fastmath<contract> : f32
              %v215 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v214) : (f32) -> f32
              %v216 = arith.addf %v25, %v215 fastmath<contract> : f32
              %v217 = arith.divf %v25, %v216 : f32
              %v218 = arith.mulf %v212, %v217 fastmath<contract> : f32
              %v219 = arith.mulf %v205, %v218 fastmath<contract> : f32
              %v220 = arith.mulf %v204, %v183 fastmath<contract> : f32
              %v221 = arith.addf %v220, %v219 fastmath<contract> : f32
              %v223 = arith.addi %v136, %v222 : i64
              %v224 = arith.minsi %v223, %v137 : i64
              %v225 = arith.addi %v43, %v224 : i64
              %v226 = arith.muli %v17, %v1 : i64
              %v227 = llvm.getelementptr %in_gamma[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v228 = llvm.load %v227 : !llvm.ptr -> f32
              %v229 = arith.subf %v25, %v228 fastmath<contract> : f32
              %v230 = arith.muli %v19, %v89 : i64
              %v231 = arith.muli %v17, %v88 : i64
              %v232 = arith.addi %v230, %v231 : i64
              %v233 = arith.muli %v225, %v1 : i64
              %v234 = arith.addi %v232, %v233 : i64
              %v235 = llvm.getelementptr %in_g_f[%v234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v236 = llvm.load %v235 : !llvm.ptr -> f32
              %v237 = arith.negf %v236 : f32
              %v238 = arith.mulf %v237, %v98 fastmath<contract> : f32
              %v239 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v238) : (f32) -> f32
              %v240 = arith.addf %v25, %v239 fastmath<contract> : f32
              %v241 = arith.divf %v25, %v240 : f32
              %v242 = arith.mulf %v229, %v241 fastmath<contract> : f32
              %v243 = arith.addf %v228, %v242 fastmath<contract> : f32
              %v244 = arith.subf %v25, %v243 fastmath<contract> : f32
              %v245 = arith.muli %v19, %v89 : i64
              %v246 = arith.muli %v17, %v88 : i64
              %v247 = arith.addi %v245, %v246 : i64
              %v248 = arith.muli %v225, %v1 : i64
              %v249 = arith.addi %v247, %v248 : i64
              %v250 = llvm.getelementptr %in_g_c[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v251 = llvm.load %v250 : !llvm.ptr -> f32
              %v252 = arith.negf %v251 : f32
              %v253 = arith.mulf %v252, %v98 fastmath<contract> : f32
              %v254 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v253) : (f32) -> f32
              %v255 = arith.addf %v25, %v254 fastmath<contract> : f32
              %v256 = arith.divf %v25, %v255 : f32
              %v257 = arith.mulf %v251, %v256 fastmath<contract> : f32
              %v258 = arith.mulf %v244, %v257 fastmath<contract> : f32
              %v259 = arith.mulf %v243, %v221 fastmath<contract> : f32
              %v260 = arith.addf %v259, %v258 fastmath<contract> : f32
              %v262 = arith.addi %v136, %v261 : i64
              %v263 = arith.minsi %v262, %v137 : i64
              %v264 = arith.addi %v43, %v263 : i64
              %v265 = arith.muli %v17, %v1 : i64
              %v266 = llvm.getelementptr %in_gamma[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v267 = llvm.load %v266 : !llvm.ptr -> f32
              %v268 = arith.subf %v25, %v267 fastmath<contract> : f32
              %v269 = arith.muli %v19, %v89 : i64
              %v270 = arith.muli %v17, %v88 : i64
              %v271 = arith.addi %v269, %v270 : i64
              %v272 = arith.muli %v264, %v1 : i64
              %v273 = arith.addi %v271, %v272 : i64
              %v274 = llvm.getelementptr %in_g_f[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v275 = llvm.load %v274 : !llvm.ptr -> f32
              %v276 = arith.negf %v275 : f32
              %v277 = arith.mulf %v276, %v98 fastmath<contract> : f32
              %v278 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v277) : (f32) -> f32
              %v279 = arith.addf %v25, %v278 fastmath<contract> : f32
              %v280 = arith.divf %v25, %v279 : f32
              %v281 = arith.mulf %v268, %v280 fastmath<contract> : f32
              %v282 = arith.addf %v267, %v281 fastmath<contract> : f32
              %v283 = arith.subf %v25, %v282 fastmath<contract> : f32
              %v284 = arith.muli %v19, %v89 : i64
              %v285 = arith.muli %v17, %v88 : i64
              %v286 = arith.addi %v284, %v285 : i64
              %v287 = arith.muli %v264, %v1 : i64
              %v288 = arith.addi %v286, %v287 : i64
              %v289 = llvm.getelementptr %in_g_c[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v290 = llvm.load %v289 : !llvm.ptr -> f32
              %v291 = arith.negf %v290 : f32
              %v292 = arith.mulf %v291, %v98 fastmath<contract> : f32
              %v293 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v292) : (f32) -> f32
              %v294 = arith.addf %v25, %v293 fastmath<contract> : f32
              %v295 = arith.divf %v25, %v294 : f32
              %v296 = arith.mulf %v290, %v295 fastmath<contract> : f32
              %v297 = arith.mulf %v283, %v296 fastmath<contract> : f32
              %v298 = arith.mulf %v282, %v260 fastmath<contract> : f32
              %v299 = arith.addf %v298, %v297 fastmath<contract> : f32
              %v301 = arith.addi %v136, %v300 : i64
              %v302 = arith.minsi %v301, %v137 : i64
              %v303 = arith.addi %v43, %v302 : i64
              %v304 = arith.muli %v17, %v1 : i64
              %v305 = llvm.getelementptr %in_gamma[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v306 = llvm.load %v305 : !llvm.ptr -> f32
              %v307 = arith.subf %v25, %v306 fastmath<contract> : f32
              %v308 = arith.muli %v19, %v89 : i64
              %v309 = arith.muli %v17, %v88 : i64
              %v310 = arith.addi %v308, %v309 : i64
              %v311 = arith.muli %v303, %v1 : i64
              %v312 = arith.addi %v310, %v311 : i64
              %v313 = llvm.getelementptr %in_g_f[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v314 = llvm.load %v313 : !llvm.ptr -> f32
              %v315 = arith.negf %v314 : f32
              %v316 = arith.mulf %v315, %v98 fastmath<contract> : f32
              %v317 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v316) : (f32) -> f32
              %v318 = arith.addf %v25, %v317 fastmath<contract> : f32
              %v319 = arith.divf %v25, %v318 : f32
              %v320 = arith.mulf %v307, %v319 fastmath<contract> : f32
              %v321 = arith.addf %v306, %v320 fastmath<contract> : f32
              %v322 = arith.subf %v25, %v321 fastmath<contract> : f32
              %v323 = arith.muli %v19, %v89 : i64
              %v324 = arith.muli %v17, %v88 : i64
              %v325 = arith.addi %v323, %v324 : i64
              %v326 = arith.muli %v303, %v1 : i64
              %v327 = arith.addi %v325, %v326 : i64
              %v328 = llvm.getelementptr %in_g_c[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v329 = llvm.load %v328 : !llvm.ptr -> f32
              %v330 = arith.negf %v329 : f32
              %v331 = arith.mulf %v330, %v98 fastmath<contract> : f32
              %v332 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v331) : (f32) -> f32
              %v333 = arith.addf %v25, %v332 fastmath<contract> : f32
              %v334 = arith.divf %v25, %v333 : f32
              %v335 = arith.mulf %v329, %v334 fastmath<contract> : f32
              %v336 = arith.mulf %v322, %v335 fastmath<contract> : f32
              %v337 = arith.mulf %v321, %v299 fastmath<contract> : f32
              %v338 = arith.addf %v337, %v336 fastmath<contract> : f32
              %v340 = arith.addi %v136, %v339 : i64
              %v341 = arith.minsi %v340, %v137 : i64
              %v342 = arith.addi %v43, %v341 : i64
              %v343 = arith.muli %v17, %v1 : i64
              %v344 = llvm.getelementptr %in_gamma[%v343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v345 = llvm.load %v344 : !llvm.ptr -> f32
              %v346 = arith.subf %v25, %v345 fastmath<contract> : f32
              %v347 = arith.muli %v19, %v89 : i64
              %v348 = arith.muli %v17, %v88 : i64
              %v349 = arith.addi %v347, %v348 : i64
              %v350 = arith.muli %v342, %v1 : i64
              %v351 = arith.addi %v349, %v350 : i64
              %v352 = llvm.getelementptr %in_g_f[%v351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v353 = llvm.load %v352 : !llvm.ptr -> f32
              %v354 = arith.negf %v353 : f32
              %v355 = arith.mulf %v354, %v98 fastmath<contract> : f32
              %v356 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v355) : (f32) -> f32
              %v357 = arith.addf %v25, %v356 fastmath<contract> : f32
              %v358 = arith.divf %v25, %v357 : f32
              %v359 = arith.mulf %v346, %v358 fastmath<contract> : f32
              %v360 = arith.addf %v345, %v359 fastmath<contract> : f32
              %v361 = arith.subf %v25, %v360 fastmath<contract> : f32
              %v362 = arith.muli %v19, %v89 : i64
              %v363 = arith.muli %v17, %v88 : i64
              %v364 = arith.addi %v362, %v363 : i64
              %v365 = arith.muli %v342, %v1 : i64
              %v366 = arith.addi %v364, %v365 : i64
              %v367 = llvm.getelementptr %in_g_c[%v366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v368 = llvm.load %v367 : !llvm.ptr -> f32
              %v369 = arith.negf %v368 : f32
              %v370 = arith.mulf %v369, %v98 fastmath<contract> : f32
              %v371 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v370) : (f32) -> f32
              %v372 = arith.addf %v25, %v371 fastmath<contract> : f32
              %v373 = arith.divf %v25, %v372 : f32
              %v374 = arith.mulf %v368, %v373 fastmath<contract> : f32
              %v375 = arith.mulf %v361, %v374 fastmath<contract> : f32
              %v376 = arith.mulf %v360, %v338 fastmath<contract> : f32
              %v377 = arith.addf %v376, %v375 fastmath<contract> : f32
              %v379 = arith.addi %v136, %v378 : i64
              %v380 = arith.minsi %v379, %v137 : i64
              %v381 = arith.addi %v43, %v380 : i64
              %v382 = arith.muli %v17, %v1 : i64
              %v383 = llvm.getelementptr %in_gamma[%v382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v384 = llvm.load %v383 : !llvm.ptr -> f32
              %v385 = arith.subf %v25, %v384 fastmath<contract> : f32
              %v386 = arith.muli %v19, %v89 : i64
              %v387 = arith.muli %v17, %v88 : i64
              %v388 = arith.addi %v386, %v387 : i64
              %v389 = arith.muli %v381, %v1 : i64
              %v390 = arith.addi %v388, %v389 : i64
              %v391 = llvm.getelementptr %in_g_f[%v390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v392 = llvm.load %v391 : !llvm.ptr -> f32
              %v393 = arith.negf %v392 : f32
              %v394 = arith.mulf %v393, %v98 fastmath<contract> : f32
              %v395 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v394) : (f32) -> f32
              %v396 = arith.addf %v25, %v395 fastmath<contract> : f32
              %v397 = arith.divf %v25, %v396 : f32
              %v398 = arith.mulf %v385, %v397 fastmath<contract> : f32
              %v399 = arith.addf %v384, %v398 fastmath<contract> : f32
              %v400 = arith.subf %v25, %v399 fastmath<contract> : f32
              %v401 = arith.muli %v19, %v89 : i64
              %v402 = arith.muli %v17, %v88 : i64
              %v403 = arith.addi %v401, %v402 : i64
              %v404 = arith.muli %v381, %v1 : i64
              %v405 = arith.addi %v403, %v404 : i64
              %v406 = llvm.getelementptr %in_g_c[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v407 = llvm.load %v406 : !llvm.ptr -> f32
              %v408 = arith.negf %v407 : f32
              %v409 = arith.mulf %v408, %v98 fastmath<contract> : f32
              %v410 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v409) : (f32) -> f32
              %v411 = arith.addf %v25, %v410 fastmath<contract> : f32
              %v412 = arith.divf %v25, %v411 : f32
              %v413 = arith.mulf %v407, %v412 fastmath<contract> : f32
              %v414 = arith.mulf %v400, %v413 fastmath<contract> : f32
              %v415 = arith.mulf %v399, %v377 fastmath<contract> : f32
              %v416 = arith.addf %v415, %v414 fastmath<contract> : f32
              %v417 = arith.addi %v136, %v30 : i64
              %v418 = arith.minsi %v417, %v137 : i64
              %v419 = arith.addi %v43, %v418 : i64
              %v420 = arith.muli %v17, %v1 : i64
              %v421 = llvm.getelementptr %in_gamma[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v422 = llvm.load %v421 : !llvm.ptr -> f32
              %v423 = arith.subf %v25, %v422 fastmath<contract> : f32
              %v424 = arith.muli %v19, %v89 : i64
              %v425 = arith.muli %v17, %v88 : i64
              %v426 = arith.addi %v424, %v425 : i64
              %v427 = arith.muli %v419, %v1 : i64
              %v428 = arith.addi %v426, %v427 : i64
              %v429 = llvm.getelementptr %in_g_f[%v428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v430 = llvm.load %v429 : !llvm.ptr -> f32
              %v431 = arith.negf %v430 : f32
              %v432 = arith.mulf %v431, %v98 fastmath<contract> : f32
              %v433 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v432) : (f32) -> f32
              %v434 = arith.addf %v25, %v433 fastmath<contract> : f32
              %v435 = arith.divf %v25, %v434 : f32
              %v436 = arith.mulf %v423, %v435 fastmath<contract> : f32
              %v437 = arith.addf %v422, %v436 fastmath<contract> : f32
              %v438 = arith.subf %v25, %v437 fastmath<contract> : f32
              %v439 = arith.muli %v19, %v89 : i64
              %v440 = arith.muli %v17, %v88 : i64
              %v441 = arith.addi %v439, %v440 : i64
              %v442 = arith.muli %v419, %v1 : i64
              %v443 = arith.addi %v441, %v442 : i64
              %v444 = llvm.getelementptr %in_g_c[%v443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v445 = llvm.load %v444 : !llvm.ptr -> f32
              %v446 = arith.negf %v445 : f32
              %v447 = arith.mulf %v446, %v98 fastmath<contract> : f32
              %v448 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v447) : (f32) -> f32
              %v449 = arith.addf %v25, %v448 fastmath<contract> : f32
              %v450 = arith.divf %v25, %v449 : f32
              %v451 = arith.mulf %v445, %v450 fastmath<contract> : f32
              %v452 = arith.mulf %v438, %v451 fastmath<contract> : f32
              %v453 = arith.mulf %v437, %v416 fastmath<contract> : f32
              %v454 = arith.addf %v453, %v452 fastmath<contract> : f32
              %v455 = arith.subi %v45, %v136 : i64
              %v456 = arith.trunci %v455 : i64 to i32
              %v457 = arith.subi %size_L, %v1 : i64
              %v458 = arith.addi %v43, %v136 : i64
              %v459 = arith.subi %v457, %v458 : i64
              %v461 = arith.minsi %v459, %v460 : i64
              %v462 = arith.trunci %v461 : i64 to i32
              %v463 = arith.addi %v136, %v30 : i64
              %v465 = arith.cmpi slt, %v464, %v456 : i32
              %v466 = arith.cmpi eq, %v464, %v462 : i32
              scf.if %v465 {
                %v467 = arith.addi %v43, %v463 : i64
                %v468 = arith.muli %v19, %v89 : i64
                %v469 = arith.muli %v17, %v88 : i64
                %v470 = arith.addi %v468, %v469 : i64
                %v471 = arith.muli %v467, %v1 : i64
                %v472 = arith.addi %v470, %v471 : i64
                %v473 = llvm.getelementptr %in_g_o[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v474 = llvm.load %v473 : !llvm.ptr -> f32
                %v475 = arith.negf %v474 : f32
                %v476 = arith.mulf %v475, %v98 fastmath<contract> : f32
                %v477 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v476) : (f32) -> f32
                %v478 = arith.addf %v25, %v477 fastmath<contract> : f32
                %v479 = arith.divf %v25, %v478 : f32
                %v480 = arith.muli %v19, %v89 : i64
                %v481 = arith.muli %v17, %v88 : i64
                %v482 = arith.addi %v480, %v481 : i64
                %v483 = arith.muli %v467, %v1 : i64
                %v484 = arith.addi %v482, %v483 : i64
                %v485 = llvm.getelementptr %dy_y[%v484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v486 = llvm.load %v485 : !llvm.ptr -> f32
                %v487 = arith.mulf %v479, %v486 fastmath<contract> : f32
                %v488 = llvm.load %v21 : !llvm.ptr -> f32
                %v489 = llvm.load %v22 : !llvm.ptr -> f32
                %v490 = arith.mulf %v489, %v488 fastmath<contract> : f32
                %v491 = arith.addf %v487, %v490 fastmath<contract> : f32
                llvm.store %v491, %v21 : f32, !llvm.ptr
                scf.if %v466 {
                }
                %v492 = arith.muli %v17, %v1 : i64
                %v493 = llvm.getelementptr %in_gamma[%v492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v494 = llvm.load %v493 : !llvm.ptr -> f32
                %v495 = arith.subf %v25, %v494 fastmath<contract> : f32
                %v496 = llvm.load %v21 : !llvm.ptr -> f32
                %v497 = arith.mulf %v416, %v496 fastmath<contract> : f32
                %v498 = arith.muli %v19, %v89 : i64
                %v499 = arith.muli %v17, %v88 : i64
                %v500 = arith.addi %v498, %v499 : i64
                %v501 = arith.muli %v467, %v1 : i64
                %v502 = arith.addi %v500, %v501 : i64
                %v503 = llvm.getelementptr %in_g_c[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v504 = llvm.load %v503 : !llvm.ptr -> f32
                %v505 = arith.negf %v504 : f32
                %v506 = arith.mulf %v505, %v98 fastmath<contract> : f32
                %v507 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v506) : (f32) -> f32
                %v508 = arith.addf %v25, %v507 fastmath<contract> : f32
                %v509 = arith.divf %v25, %v508 : f32
                %v510 = arith.mulf %v504, %v509 fastmath<contract> : f32
                %v511 = arith.mulf %v510, %v496 fastmath<contract> : f32
                %v512 = arith.negf %v511 : f32
                %v513 = arith.addf %v497, %v512 fastmath<contract> : f32
                %v514 = arith.mulf %v495, %v513 fastmath<contract> : f32
                %v515 = arith.muli %v19, %v89 : i64
                %v516 = arith.muli %v17, %v88 : i64
                %v517 = arith.addi %v515, %v516 : i64
                %v518 = arith.muli %v467, %v1 : i64
                %v519 = arith.addi %v517, %v518 : i64
                %v520 = llvm.getelementptr %in_g_f[%v519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v521 = llvm.load %v520 : !llvm.ptr -> f32
                %v522 = arith.negf %v521 : f32
                %v523 = arith.mulf %v522, %v98 fastmath<contract> : f32
                %v524 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v523) : (f32) -> f32
                %v525 = arith.addf %v25, %v524 fastmath<contract> : f32
                %v526 = arith.divf %v25, %v525 : f32
                %v527 = arith.subf %v25, %v526 fastmath<contract> : f32
                %v528 = arith.mulf %v526, %v527 fastmath<contract> : f32
                %v529 = arith.mulf %v514, %v528 fastmath<contract> : f32
                scf.if %v14 {
                  %v530 = arith.muli %v19, %v89 : i64
                  %v531 = arith.muli %v17, %v88 : i64
                  %v532 = arith.addi %v530, %v531 : i64
                  %v533 = arith.muli %v467, %v1 : i64
                  %v534 = arith.addi %v532, %v533 : i64
                  %v535 = llvm.getelementptr %dx_g_f[%v534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v529, %v535 : f32, !llvm.ptr
                }
                %v536 = arith.mulf %v495, %v526 fastmath<contract> : f32
                %v537 = arith.addf %v494, %v536 fastmath<contract> : f32
                %v538 = arith.subf %v25, %v537 fastmath<contract> : f32
                %v539 = arith.mulf %v538, %v496 fastmath<contract> : f32
                %v540 = arith.negf %v504 : f32
                %v541 = arith.mulf %v540, %v98 fastmath<contract> : f32
                %v542 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v541) : (f32) -> f32
                %v543 = arith.addf %v25, %v542 fastmath<contract> : f32
                %v544 = arith.divf %v25, %v543 : f32
                %v545 = arith.subf %v25, %v544 fastmath<contract> : f32
                %v546 = arith.mulf %v504, %v545 fastmath<contract> : f32
                %v547 = arith.addf %v25, %v546 fastmath<contract> : f32
                %v548 = arith.mulf %v544, %v547 fastmath<contract> : f32
                %v549 = arith.mulf %v539, %v548 fastmath<contract> : f32
                scf.if %v14 {
                  %v550 = arith.muli %v19, %v89 : i64
                  %v551 = arith.muli %v17, %v88 : i64
                  %v552 = arith.addi %v550, %v551 : i64
                  %v553 = arith.muli %v467, %v1 : i64
                  %v554 = arith.addi %v552, %v553 : i64
                  %v555 = llvm.getelementptr %dx_g_c[%v554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v549, %v555 : f32, !llvm.ptr
                }
                %v556 = arith.mulf %v454, %v486 fastmath<contract> : f32
                %v557 = arith.subf %v25, %v479 fastmath<contract> : f32
                %v558 = arith.mulf %v479, %v557 fastmath<contract> : f32
                %v559 = arith.mulf %v556, %v558 fastmath<contract> : f32
                scf.if %v14 {
                  %v560 = arith.muli %v19, %v89 : i64
                  %v561 = arith.muli %v17, %v88 : i64
                  %v562 = arith.addi %v560, %v561 : i64
                  %v563 = arith.muli %v467, %v1 : i64
                  %v564 = arith.addi %v562, %v563 : i64
                  %v565 = llvm.getelementptr %dx_g_o[%v564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v559, %v565 : f32, !llvm.ptr
                }
                %v566 = arith.mulf %v526, %v513 fastmath<contract> : f32
                %v567 = arith.negf %v566 : f32
                %v568 = arith.addf %v513, %v567 fastmath<contract> : f32
                %v569 = llvm.load %v23 : !llvm.ptr -> f32
                %v570 = arith.addf %v569, %v568 fastmath<contract> : f32
                llvm.store %v570, %v23 : f32, !llvm.ptr
                llvm.store %v537, %v22 : f32, !llvm.ptr
              }
              %v571 = arith.addi %v136, %v378 : i64
              %v573 = arith.cmpi slt, %v572, %v456 : i32
              %v574 = arith.cmpi eq, %v572, %v462 : i32
              scf.if %v573 {
                %v575 = arith.addi %v43, %v571 : i64
                %v576 = arith.muli %v19, %v89 : i64
                %v577 = arith.muli %v17, %v88 : i64
                %v578 = arith.addi %v576, %v577 : i64
                %v579 = arith.muli %v575, %v1 : i64
                %v580 = arith.addi %v578, %v579 : i64
                %v581 = llvm.getelementptr %in_g_o[%v580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v582 = llvm.load %v581 : !llvm.ptr -> f32
                %v583 = arith.negf %v582 : f32
                %v584 = arith.mulf %v583, %v98 fastmath<contract> : f32
                %v585 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v584) : (f32) -> f32
                %v586 = arith.addf %v25, %v585 fastmath<contract> : f32
                %v587 = arith.divf %v25, %v586 : f32
                %v588 = arith.muli %v19, %v89 : i64
                %v589 = arith.muli %v17, %v88 : i64
                %v590 = arith.addi %v588, %v589 : i64
                %v591 = arith.muli %v575, %v1 : i64
                %v592 = arith.addi %v590, %v591 : i64
                %v593 = llvm.getelementptr %dy_y[%v592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v594 = llvm.load %v593 : !llvm.ptr -> f32
                %v595 = arith.mulf %v587, %v594 fastmath<contract> : f32
                %v596 = llvm.load %v21 : !llvm.ptr -> f32
                %v597 = llvm.load %v22 : !llvm.ptr -> f32
                %v598 = arith.mulf %v597, %v596 fastmath<contract> : f32
                %v599 = arith.addf %v595, %v598 fastmath<contract> : f32
                llvm.store %v599, %v21 : f32, !llvm.ptr
                scf.if %v574 {
                }
                %v600 = arith.muli %v17, %v1 : i64
                %v601 = llvm.getelementptr %in_gamma[%v600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v602 = llvm.load %v601 : !llvm.ptr -> f32
                %v603 = arith.subf %v25, %v602 fastmath<contract> : f32
                %v604 = llvm.load %v21 : !llvm.ptr -> f32
                %v605 = arith.mulf %v377, %v604 fastmath<contract> : f32
                %v606 = arith.muli %v19, %v89 : i64
                %v607 = arith.muli %v17, %v88 : i64
                %v608 = arith.addi %v606, %v607 : i64
                %v609 = arith.muli %v575, %v1 : i64
                %v610 = arith.addi %v608, %v609 : i64
                %v611 = llvm.getelementptr %in_g_c[%v610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v612 = llvm.load %v611 : !llvm.ptr -> f32
                %v613 = arith.negf %v612 : f32
                %v614 = arith.mulf %v613, %v98 fastmath<contract> : f32
                %v615 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v614) : (f32) -> f32
                %v616 = arith.addf %v25, %v615 fastmath<contract> : f32
                %v617 = arith.divf %v25, %v616 : f32
                %v618 = arith.mulf %v612, %v617 fastmath<contract> : f32
                %v619 = arith.mulf %v618, %v604 fastmath<contract> : f32
                %v620 = arith.negf %v619 : f32
                %v621 = arith.addf %v605, %v620 fastmath<contract> : f32
                %v622 = arith.mulf %v603, %v621 fastmath<contract> : f32
                %v623 = arith.muli %v19, %v89 : i64
                %v624 = arith.muli %v17, %v88 : i64
                %v625 = arith.addi %v623, %v624 : i64
                %v626 = arith.muli %v575, %v1 : i64
                %v627 = arith.addi %v625, %v626 : i64
                %v628 = llvm.getelementptr %in_g_f[%v627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v629 = llvm.load %v628 : !llvm.ptr -> f32
                %v630 = arith.negf %v629 : f32
                %v631 = arith.mulf %v630, %v98 fastmath<contract> : f32
                %v632 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v631) : (f32) -> f32
                %v633 = arith.addf %v25, %v632 fastmath<contract> : f32
                %v634 = arith.divf %v25, %v633 : f32
                %v635 = arith.subf %v25, %v634 fastmath<contract> : f32
                %v636 = arith.mulf %v634, %v635 fastmath<contract> : f32
                %v637 = arith.mulf %v622, %v636 fastmath<contract> : f32
                scf.if %v14 {
                  %v638 = arith.muli %v19, %v89 : i64
                  %v639 = arith.muli %v17, %v88 : i64
                  %v640 = arith.addi %v638, %v639 : i64
                  %v641 = arith.muli %v575, %v1 : i64
                  %v642 = arith.addi %v640, %v641 : i64
                  %v643 = llvm.getelementptr %dx_g_f[%v642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v637, %v643 : f32, !llvm.ptr
                }
                %v644 = arith.mulf %v603, %v634 fastmath<contract> : f32
                %v645 = arith.addf %v602, %v644 fastmath<contract> : f32
                %v646 = arith.subf %v25, %v645 fastmath<contract> : f32
                %v647 = arith.mulf %v646, %v604 fastmath<contract> : f32
                %v648 = arith.negf %v612 : f32
                %v649 = arith.mulf %v648, %v98 fastmath<contract> : f32
                %v650 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v649) : (f32) -> f32
                %v651 = arith.addf %v25, %v650 fastmath<contract> : f32
                %v652 = arith.divf %v25, %v651 : f32
                %v653 = arith.subf %v25, %v652 fastmath<contract> : f32
                %v654 = arith.mulf %v612, %v653 fastmath<contract> : f32
                %v655 = arith.addf %v25, %v654 fastmath<contract> : f32
                %v656 = arith.mulf %v652, %v655 fastmath<contract> : f32
                %v657 = arith.mulf %v647, %v656 fastmath<contract> : f32
                scf.if %v14 {
                  %v658 = arith.muli %v19, %v89 : i64
                  %v659 = arith.muli %v17, %v88 : i64
                  %v660 = arith.addi %v658, %v659 : i64
                  %v661 = arith.muli %v575, %v1 : i64
                  %v662 = arith.addi %v660, %v661 : i64
                  %v663 = llvm.getelementptr %dx_g_c[%v662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v657, %v663 : f32, !llvm.ptr
                }
                %v664 = arith.mulf %v416, %v594 fastmath<contract> : f32
                %v665 = arith.subf %v25, %v587 fastmath<contract> : f32
                %v666 = arith.mulf %v587, %v665 fastmath<contract> : f32
                %v667 = arith.mulf %v664, %v666 fastmath<contract> : f32
                scf.if %v14 {
                  %v668 = arith.muli %v19, %v89 : i64
                  %v669 = arith.muli %v17, %v88 : i64
                  %v670 = arith.addi %v668, %v669 : i64
                  %v671 = arith.muli %v575, %v1 : i64
                  %v672 = arith.addi %v670, %v671 : i64
                  %v673 = llvm.getelementptr %dx_g_o[%v672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v667, %v673 : f32, !llvm.ptr
                }
                %v674 = arith.mulf %v634, %v621 fastmath<contract> : f32
                %v675 = arith.negf %v674 : f32
                %v676 = arith.addf %v621, %v675 fastmath<contract> : f32
                %v677 = llvm.load %v23 : !llvm.ptr -> f32
                %v678 = arith.addf %v677, %v676 fastmath<contract> : f32
                llvm.store %v678, %v23 : f32, !llvm.ptr
                llvm.store %v645, %v22 : f32, !llvm.ptr
              }
              %v679 = arith.addi %v136, %v339 : i64
              %v681 = arith.cmpi slt, %v680, %v456 : i32
              %v682 = arith.cmpi eq, %v680, %v462 : i32
              scf.if %v681 {
                %v683 = arith.addi %v43, %v679 : i64
                %v684 = arith.muli %v19, %v89 : i64
                %v685 = arith.muli %v17, %v88 : i64
                %v686 = arith.addi %v684, %v685 : i64
                %v687 = arith.muli %v683, %v1 : i64
                %v688 = arith.addi %v686, %v687 : i64
                %v689 = llvm.getelementptr %in_g_o[%v688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v690 = llvm.load %v689 : !llvm.ptr -> f32
                %v691 = arith.negf %v690 : f32
                %v692 = arith.mulf %v691, %v98 fastmath<contract> : f32
                %v693 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v692) : (f32) -> f32
                %v694 = arith.addf %v25, %v693 fastmath<contract> : f32
                %v695 = arith.divf %v25, %v694 : f32
                %v696 = arith.muli %v19, %v89 : i64
                %v697 = arith.muli %v17, %v88 : i64
                %v698 = arith.addi %v696, %v697 : i64
                %v699 = arith.muli %v683, %v1 : i64
                %v700 = arith.addi %v698, %v699 : i64
                %v701 = llvm.getelementptr %dy_y[%v700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v702 = llvm.load %v701 : !llvm.ptr -> f32
                %v703 = arith.mulf %v695, %v702 fastmath<contract> : f32
                %v704 = llvm.load %v21 : !llvm.ptr -> f32
                %v705 = llvm.load %v22 : !llvm.ptr -> f32
                %v706 = arith.mulf %v705, %v704 fastmath<contract> : f32
                %v707 = arith.addf %v703, %v706 fastmath<contract> : f32
                llvm.store %v707, %v21 : f32, !llvm.ptr
                scf.if %v682 {
                }
                %v708 = arith.muli %v17, %v1 : i64
                %v709 = llvm.getelementptr %in_gamma[%v708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v710 = llvm.load %v709 : !llvm.ptr -> f32
                %v711 = arith.subf %v25, %v710 fastmath<contract> : f32
                %v712 = llvm.load %v21 : !llvm.ptr -> f32
                %v713 = arith.mulf %v338, %v712 fastmath<contract> : f32
                %v714 = arith.muli %v19, %v89 : i64
                %v715 = arith.muli %v17, %v88 : i64
                %v716 = arith.addi %v714, %v715 : i64
                %v717 = arith.muli %v683, %v1 : i64
                %v718 = arith.addi %v716, %v717 : i64
                %v719 = llvm.getelementptr %in_g_c[%v718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v720 = llvm.load %v719 : !llvm.ptr -> f32
                %v721 = arith.negf %v720 : f32
                %v722 = arith.mulf %v721, %v98 fastmath<contract> : f32
                %v723 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v722) : (f32) -> f32
                %v724 = arith.addf %v25, %v723 fastmath<contract> : f32
                %v725 = arith.divf %v25, %v724 : f32
                %v726 = arith.mulf %v720, %v725 fastmath<contract> : f32
                %v727 = arith.mulf %v726, %v712 fastmath<contract> : f32
                %v728 = arith.negf %v727 : f32
                %v729 = arith.addf %v713, %v728 fastmath<contract> : f32
                %v730 = arith.mulf %v711, %v729 fastmath<contract> : f32
                %v731 = arith.muli %v19, %v89 : i64
                %v732 = arith.muli %v17, %v88 : i64
                %v733 = arith.addi %v731, %v732 : i64
                %v734 = arith.muli %v683, %v1 : i64
                %v735 = arith.addi %v733, %v734 : i64
                %v736 = llvm.getelementptr %in_g_f[%v735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v737 = llvm.load %v736 : !llvm.ptr -> f32
                %v738 = arith.negf %v737 : f32
                %v739 = arith.mulf %v738, %v98 fastmath<contract> : f32
                %v740 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v739) : (f32) -> f32
                %v741 = arith.addf %v25, %v740 fastmath<contract> : f32
                %v742 = arith.divf %v25, %v741 : f32
                %v743 = arith.subf %v25, %v742 fastmath<contract> : f32
                %v744 = arith.mulf %v742, %v743 fastmath<contract> : f32
                %v745 = arith.mulf %v730, %v744 fastmath<contract> : f32
                scf.if %v14 {
                  %v746 = arith.muli %v19, %v89 : i64
                  %v747 = arith.muli %v17, %v88 : i64
                  %v748 = arith.addi %v746, %v747 : i64
                  %v749 = arith.muli %v683, %v1 : i64
                  %v750 = arith.addi %v748, %v749 : i64
                  %v751 = llvm.getelementptr %dx_g_f[%v750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v745, %v751 : f32, !llvm.ptr
                }
                %v752 = arith.mulf %v711, %v742 fastmath<contract> : f32
                %v753 = arith.addf %v710, %v752 fastmath<contract> : f32
                %v754 = arith.subf %v25, %v753 fastmath<contract> : f32
                %v755 = arith.mulf %v754, %v712 fastmath<contract> : f32
                %v756 = arith.negf %v720 : f32
                %v757 = arith.mulf %v756, %v98 fastmath<contract> : f32
                %v758 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v757) : (f32) -> f32
                %v759 = arith.addf %v25, %v758 fastmath<contract> : f32
                %v760 = arith.divf %v25, %v759 : f32
                %v761 = arith.subf %v25, %v760 fastmath<contract> : f32
                %v762 = arith.mulf %v720, %v761 fastmath<contract> : f32
                %v763 = arith.addf %v25, %v762 fastmath<contract> : f32
                %v764 = arith.mulf %v760, %v763 fastmath<contract> : f32
                %v765 = arith.mulf %v755, %v764 fastmath<contract> : f32
                scf.if %v14 {
                  %v766 = arith.muli %v19, %v89 : i64
                  %v767 = arith.muli %v17, %v88 : i64
                  %v768 = arith.addi %v766, %v767 : i64
                  %v769 = arith.muli %v683, %v1 : i64
                  %v770 = arith.addi %v768, %v769 : i64
                  %v771 = llvm.getelementptr %dx_g_c[%v770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v765, %v771 : f32, !llvm.ptr
                }
                %v772 = arith.mulf %v377, %v702 fastmath<contract> : f32
                %v773 = arith.subf %v25, %v695 fastmath<contract> : f32
                %v774 = arith.mulf %v695, %v773 fastmath<contract> : f32
                %v775 = arith.mulf %v772, %v774 fastmath<contract> : f32
                scf.if %v14 {
                  %v776 = arith.muli %v19, %v89 : i64
                  %v777 = arith.muli %v17, %v88 : i64
                  %v778 = arith.addi %v776, %v777 : i64
                  %v779 = arith.muli %v683, %v1 : i64
                  %v780 = arith.addi %v778, %v779 : i64
                  %v781 = llvm.getelementptr %dx_g_o[%v780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v775, %v781 : f32, !llvm.ptr
                }
                %v782 = arith.mulf %v742, %v729 fastmath<contract> : f32
                %v783 = arith.negf %v782 : f32
                %v784 = arith.addf %v729, %v783 fastmath<contract> : f32
                %v785 = llvm.load %v23 : !llvm.ptr -> f32
                %v786 = arith.addf %v785, %v784 fastmath<contract> : f32
                llvm.store %v786, %v23 : f32, !llvm.ptr
                llvm.store %v753, %v22 : f32, !llvm.ptr
              }
              %v787 = arith.addi %v136, %v300 : i64
              %v789 = arith.cmpi slt, %v788, %v456 : i32
              %v790 = arith.cmpi eq, %v788, %v462 : i32
              scf.if %v789 {
                %v791 = arith.addi %v43, %v787 : i64
                %v792 = arith.muli %v19, %v89 : i64
                %v793 = arith.muli %v17, %v88 : i64
                %v794 = arith.addi %v792, %v793 : i64
                %v795 = arith.muli %v791, %v1 : i64
                %v796 = arith.addi %v794, %v795 : i64
                %v797 = llvm.getelementptr %in_g_o[%v796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v798 = llvm.load %v797 : !llvm.ptr -> f32
                %v799 = arith.negf %v798 : f32
                %v800 = arith.mulf %v799, %v98 fastmath<contract> : f32
                %v801 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v800) : (f32) -> f32
                %v802 = arith.addf %v25, %v801 fastmath<contract> : f32
                %v803 = arith.divf %v25, %v802 : f32
                %v804 = arith.muli %v19, %v89 : i64
                %v805 = arith.muli %v17, %v88 : i64
                %v806 = arith.addi %v804, %v805 : i64
                %v807 = arith.muli %v791, %v1 : i64
                %v808 = arith.addi %v806, %v807 : i64
                %v809 = llvm.getelementptr %dy_y[%v808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v810 = llvm.load %v809 : !llvm.ptr -> f32
                %v811 = arith.mulf %v803, %v810 fastmath<contract> : f32
                %v812 = llvm.load %v21 : !llvm.ptr -> f32
                %v813 = llvm.load %v22 : !llvm.ptr -> f32
                %v814 = arith.mulf %v813, %v812 fastmath<contract> : f32
                %v815 = arith.addf %v811, %v814 fastmath<contract> : f32
                llvm.store %v815, %v21 : f32, !llvm.ptr
                scf.if %v790 {
                }
                %v816 = arith.muli %v17, %v1 : i64
                %v817 = llvm.getelementptr %in_gamma[%v816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v818 = llvm.load %v817 : !llvm.ptr -> f32
                %v819 = arith.subf %v25, %v818 fastmath<contract> : f32
                %v820 = llvm.load %v21 : !llvm.ptr -> f32
                %v821 = arith.mulf %v299, %v820 fastmath<contract> : f32
                %v822 = arith.muli %v19, %v89 : i64
                %v823 = arith.muli %v17, %v88 : i64
                %v824 = arith.addi %v822, %v823 : i64
                %v825 = arith.muli %v791, %v1 : i64
                %v826 = arith.addi %v824, %v825 : i64
                %v827 = llvm.getelementptr %in_g_c[%v826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v828 = llvm.load %v827 : !llvm.ptr -> f32
                %v829 = arith.negf %v828 : f32
                %v830 = arith.mulf %v829, %v98 fastmath<contract> : f32
                %v831 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v830) : (f32) -> f32
                %v832 = arith.addf %v25, %v831 fastmath<contract> : f32
                %v833 = arith.divf %v25, %v832 : f32
                %v834 = arith.mulf %v828, %v833 fastmath<contract> : f32
                %v835 = arith.mulf %v834, %v820 fastmath<contract> : f32
                %v836 = arith.negf %v835 : f32
                %v837 = arith.addf %v821, %v836 fastmath<contract> : f32
                %v838 = arith.mulf %v819, %v837 fastmath<contract> : f32
                %v839 = arith.muli %v19, %v89 : i64
                %v840 = arith.muli %v17, %v88 : i64
                %v841 = arith.addi %v839, %v840 : i64
                %v842 = arith.muli %v791, %v1 : i64
                %v843 = arith.addi %v841, %v842 : i64
                %v844 = llvm.getelementptr %in_g_f[%v843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v845 = llvm.load %v844 : !llvm.ptr -> f32
                %v846 = arith.negf %v845 : f32
                %v847 = arith.mulf %v846, %v98 fastmath<contract> : f32
                %v848 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v847) : (f32) -> f32
                %v849 = arith.addf %v25, %v848 fastmath<contract> : f32
                %v850 = arith.divf %v25, %v849 : f32
                %v851 = arith.subf %v25, %v850 fastmath<contract> : f32
                %v852 = arith.mulf %v850, %v851 fastmath<contract> : f32
                %v853 = arith.mulf %v838, %v852 fastmath<contract> : f32
                scf.if %v14 {
                  %v854 = arith.muli %v19, %v89 : i64
                  %v855 = arith.muli %v17, %v88 : i64
                  %v856 = arith.addi %v854, %v855 : i64
                  %v857 = arith.muli %v791, %v1 : i64
                  %v858 = arith.addi %v856, %v857 : i64
                  %v859 = llvm.getelementptr %dx_g_f[%v858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v853, %v859 : f32, !llvm.ptr
                }
                %v860 = arith.mulf %v819, %v850 fastmath<contract> : f32
                %v861 = arith.addf %v818, %v860 fastmath<contract> : f32
                %v862 = arith.subf %v25, %v861 fastmath<contract> : f32
                %v863 = arith.mulf %v862, %v820 fastmath<contract> : f32
                %v864 = arith.negf %v828 : f32
                %v865 = arith.mulf %v864, %v98 fastmath<contract> : f32
                %v866 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v865) : (f32) -> f32
                %v867 = arith.addf %v25, %v866 fastmath<contract> : f32
                %v868 = arith.divf %v25, %v867 : f32
                %v869 = arith.subf %v25, %v868 fastmath<contract> : f32
                %v870 = arith.mulf %v828, %v869 fastmath<contract> : f32
                %v871 = arith.addf %v25, %v870 fastmath<contract> : f32
                %v872 = arith.mulf %v868, %v871 fastmath<contract> : f32
                %v873 = arith.mulf %v863, %v872 fastmath<contract> : f32
                scf.if %v14 {
                  %v874 = arith.muli %v19, %v89 : i64
                  %v875 = arith.muli %v17, %v88 : i64
                  %v876 = arith.addi %v874, %v875 : i64
                  %v877 = arith.muli %v791, %v1 : i64
                  %v878 = arith.addi %v876, %v877 : i64
                  %v879 = llvm.getelementptr %dx_g_c[%v878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v873, %v879 : f32, !llvm.ptr
                }
                %v880 = arith.mulf %v338, %v810 fastmath<contract> : f32
                %v881 = arith.subf %v25, %v803 fastmath<contract> : f32
                %v882 = arith.mulf %v803, %v881 fastmath<contract> : f32
                %v883 = arith.mulf %v880, %v882 fastmath<contract> : f32
                scf.if %v14 {
                  %v884 = arith.muli %v19, %v89 : i64
                  %v885 = arith.muli %v17, %v88 : i64
                  %v886 = arith.addi %v884, %v885 : i64
                  %v887 = arith.muli %v791, %v1 : i64
                  %v888 = arith.addi %v886, %v887 : i64
                  %v889 = llvm.getelementptr %dx_g_o[%v888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v883, %v889 : f32, !llvm.ptr
                }
                %v890 = arith.mulf %v850, %v837 fastmath<contract> : f32
                %v891 = arith.negf %v890 : f32
                %v892 = arith.addf %v837, %v891 fastmath<contract> : f32
                %v893 = llvm.load %v23 : !llvm.ptr -> f32
                %v894 = arith.addf %v893, %v892 fastmath<contract> : f32
                llvm.store %v894, %v23 : f32, !llvm.ptr
                llvm.store %v861, %v22 : f32, !llvm.ptr
              }
              %v895 = arith.addi %v136, %v261 : i64
              %v897 = arith.cmpi slt, %v896, %v456 : i32
              %v898 = arith.cmpi eq, %v896, %v462 : i32
              scf.if %v897 {
                %v899 = arith.addi %v43, %v895 : i64
                %v900 = arith.muli %v19, %v89 : i64
                %v901 = arith.muli %v17, %v88 : i64
                %v902 = arith.addi %v900, %v901 : i64
                %v903 = arith.muli %v899, %v1 : i64
                %v904 = arith.addi %v902, %v903 : i64
                %v905 = llvm.getelementptr %in_g_o[%v904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v906 = llvm.load %v905 : !llvm.ptr -> f32
                %v907 = arith.negf %v906 : f32
                %v908 = arith.mulf %v907, %v98 fastmath<contract> : f32
                %v909 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v908) : (f32) -> f32
                %v910 = arith.addf %v25, %v909 fastmath<contract> : f32
                %v911 = arith.divf %v25, %v910 : f32
                %v912 = arith.muli %v19, %v89 : i64
                %v913 = arith.muli %v17, %v88 : i64
                %v914 = arith.addi %v912, %v913 : i64
                %v915 = arith.muli %v899, %v1 : i64
                %v916 = arith.addi %v914, %v915 : i64
                %v917 = llvm.getelementptr %dy_y[%v916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v918 = llvm.load %v917 : !llvm.ptr -> f32
                %v919 = arith.mulf %v911, %v918 fastmath<contract> : f32
                %v920 = llvm.load %v21 : !llvm.ptr -> f32
                %v921 = llvm.load %v22 : !llvm.ptr -> f32
                %v922 = arith.mulf %v921, %v920 fastmath<contract> : f32
                %v923 = arith.addf %v919, %v922 fastmath<contract> : f32
                llvm.store %v923, %v21 : f32, !llvm.ptr
                scf.if %v898 {
                }
                %v924 = arith.muli %v17, %v1 : i64
                %v925 = llvm.getelementptr %in_gamma[%v924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v926 = llvm.load %v925 : !llvm.ptr -> f32
                %v927 = arith.subf %v25, %v926 fastmath<contract> : f32
                %v928 = llvm.load %v21 : !llvm.ptr -> f32
                %v929 = arith.mulf %v260, %v928 fastmath<contract> : f32
                %v930 = arith.muli %v19, %v89 : i64
                %v931 = arith.muli %v17, %v88 : i64
                %v932 = arith.addi %v930, %v931 : i64
                %v933 = arith.muli %v899, %v1 : i64
                %v934 = arith.addi %v932, %v933 : i64
                %v935 = llvm.getelementptr %in_g_c[%v934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v936 = llvm.load %v935 : !llvm.ptr -> f32
                %v937 = arith.negf %v936 : f32
                %v938 = arith.mulf %v937, %v98 fastmath<contract> : f32
                %v939 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v938) : (f32) -> f32
                %v940 = arith.addf %v25, %v939 fastmath<contract> : f32
                %v941 = arith.divf %v25, %v940 : f32
                %v942 = arith.mulf %v936, %v941 fastmath<contract> : f32
                %v943 = arith.mulf %v942, %v928 fastmath<contract> : f32
                %v944 = arith.negf %v943 : f32
                %v945 = arith.addf %v929, %v944 fastmath<contract> : f32
                %v946 = arith.mulf %v927, %v945 fastmath<contract> : f32
                %v947 = arith.muli %v19, %v89 : i64
                %v948 = arith.muli %v17, %v88 : i64
                %v949 = arith.addi %v947, %v948 : i64
                %v950 = arith.muli %v899, %v1 : i64
                %v951 = arith.addi %v949, %v950 : i64
                %v952 = llvm.getelementptr %in_g_f[%v951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v953 = llvm.load %v952 : !llvm.ptr -> f32
                %v954 = arith.negf %v953 : f32
                %v955 = arith.mulf %v954, %v98 fastmath<contract> : f32
                %v956 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v955) : (f32) -> f32
                %v957 = arith.addf %v25, %v956 fastmath<contract> : f32
                %v958 = arith.divf %v25, %v957 : f32
                %v959 = arith.subf %v25, %v958 fastmath<contract> : f32
                %v960 = arith.mulf %v958, %v959 fastmath<contract> : f32
                %v961 = arith.mulf %v946, %v960 fastmath<contract> : f32
                scf.if %v14 {
                  %v962 = arith.muli %v19, %v89 : i64
                  %v963 = arith.muli %v17, %v88 : i64
                  %v964 = arith.addi %v962, %v963 : i64
                  %v965 = arith.muli %v899, %v1 : i64
                  %v966 = arith.addi %v964, %v965 : i64
                  %v967 = llvm.getelementptr %dx_g_f[%v966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v961, %v967 : f32, !llvm.ptr
                }
                %v968 = arith.mulf %v927, %v958 fastmath<contract> : f32
                %v969 = arith.addf %v926, %v968 fastmath<contract> : f32
                %v970 = arith.subf %v25, %v969 fastmath<contract> : f32
                %v971 = arith.mulf %v970, %v928 fastmath<contract> : f32
                %v972 = arith.negf %v936 : f32
                %v973 = arith.mulf %v972, %v98 fastmath<contract> : f32
                %v974 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v973) : (f32) -> f32
                %v975 = arith.addf %v25, %v974 fastmath<contract> : f32
                %v976 = arith.divf %v25, %v975 : f32
                %v977 = arith.subf %v25, %v976 fastmath<contract> : f32
                %v978 = arith.mulf %v936, %v977 fastmath<contract> : f32
                %v979 = arith.addf %v25, %v978 fastmath<contract> : f32
                %v980 = arith.mulf %v976, %v979 fastmath<contract> : f32
                %v981 = arith.mulf %v971, %v980 fastmath<contract> : f32
                scf.if %v14 {
                  %v982 = arith.muli %v19, %v89 : i64
                  %v983 = arith.muli %v17, %v88 : i64
                  %v984 = arith.addi %v982, %v983 : i64
                  %v985 = arith.muli %v899, %v1 : i64
                  %v986 = arith.addi %v984, %v985 : i64
                  %v987 = llvm.getelementptr %dx_g_c[%v986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v981, %v987 : f32, !llvm.ptr
                }
                %v988 = arith.mulf %v299, %v918 fastmath<contract> : f32
                %v989 = arith.subf %v25, %v911 fastmath<contract> : f32
                %v990 = arith.mulf %v911, %v989 fastmath<contract> : f32
                %v991 = arith.mulf %v988, %v990 fastmath<contract> : f32
                scf.if %v14 {
                  %v992 = arith.muli %v19, %v89 : i64
                  %v993 = arith.muli %v17, %v88 : i64
                  %v994 = arith.addi %v992, %v993 : i64
                  %v995 = arith.muli %v899, %v1 : i64
                  %v996 = arith.addi %v994, %v995 : i64
                  %v997 = llvm.getelementptr %dx_g_o[%v996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v991, %v997 : f32, !llvm.ptr
                }
                %v998 = arith.mulf %v958, %v945 fastmath<contract> : f32
                %v999 = arith.negf %v998 : f32
                %v1000 = arith.addf %v945, %v999 fastmath<contract> : f32
                %v1001 = llvm.load %v23 : !llvm.ptr -> f32
                %v1002 = arith.addf %v1001, %v1000 fastmath<contract> : f32
                llvm.store %v1002, %v23 : f32, !llvm.ptr
                llvm.store %v969, %v22 : f32, !llvm.ptr
              }
              %v1003 = arith.addi %v136, %v222 : i64
              %v1005 = arith.cmpi slt, %v1004, %v456 : i32
              %v1006 = arith.cmpi eq, %v1004, %v462 : i32
              scf.if %v1005 {
                %v1007 = arith.addi %v43, %v1003 : i64
                %v1008 = arith.muli %v19, %v89 : i64
                %v1009 = arith.muli %v17, %v88 : i64
                %v1010 = arith.addi %v1008, %v1009 : i64
                %v1011 = arith.muli %v1007, %v1 : i64
                %v1012 = arith.addi %v1010, %v1011 : i64
                %v1013 = llvm.getelementptr %in_g_o[%v1012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1014 = llvm.load %v1013 : !llvm.ptr -> f32
                %v1015 = arith.negf %v1014 : f32
                %v1016 = arith.mulf %v1015, %v98 fastmath<contract> : f32
                %v1017 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1016) : (f32) -> f32
                %v1018 = arith.addf %v25, %v1017 fastmath<contract> : f32
                %v1019 = arith.divf %v25, %v1018 : f32
                %v1020 = arith.muli %v19, %v89 : i64
                %v1021 = arith.muli %v17, %v88 : i64
                %v1022 = arith.addi %v1020, %v1021 : i64
                %v1023 = arith.muli %v1007, %v1 : i64
                %v1024 = arith.addi %v1022, %v1023 : i64
                %v1025 = llvm.getelementptr %dy_y[%v1024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1026 = llvm.load %v1025 : !llvm.ptr -> f32
                %v1027 = arith.mulf %v1019, %v1026 fastmath<contract> : f32
                %v1028 = llvm.load %v21 : !llvm.ptr -> f32
                %v1029 = llvm.load %v22 : !llvm.ptr -> f32
                %v1030 = arith.mulf %v1029, %v1028 fastmath<contract> : f32
                %v1031 = arith.addf %v1027, %v1030 fastmath<contract> : f32
                llvm.store %v1031, %v21 : f32, !llvm.ptr
                scf.if %v1006 {
                }
                %v1032 = arith.muli %v17, %v1 : i64
                %v1033 = llvm.getelementptr %in_gamma[%v1032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1034 = llvm.load %v1033 : !llvm.ptr -> f32
                %v1035 = arith.subf %v25, %v1034 fastmath<contract> : f32
                %v1036 = llvm.load %v21 : !llvm.ptr -> f32
                %v1037 = arith.mulf %v221, %v1036 fastmath<contract> : f32
                %v1038 = arith.muli %v19, %v89 : i64
                %v1039 = arith.muli %v17, %v88 : i64
                %v1040 = arith.addi %v1038, %v1039 : i64
                %v1041 = arith.muli %v1007, %v1 : i64
                %v1042 = arith.addi %v1040, %v1041 : i64
                %v1043 = llvm.getelementptr %in_g_c[%v1042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1044 = llvm.load %v1043 : !llvm.ptr -> f32
                %v1045 = arith.negf %v1044 : f32
                %v1046 = arith.mulf %v1045, %v98 fastmath<contract> : f32
                %v1047 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1046) : (f32) -> f32
                %v1048 = arith.addf %v25, %v1047 fastmath<contract> : f32
                %v1049 = arith.divf %v25, %v1048 : f32
                %v1050 = arith.mulf %v1044, %v1049 fastmath<contract> : f32
                %v1051 = arith.mulf %v1050, %v1036 fastmath<contract> : f32
                %v1052 = arith.negf %v1051 : f32
                %v1053 = arith.addf %v1037, %v1052 fastmath<contract> : f32
                %v1054 = arith.mulf %v1035, %v1053 fastmath<contract> : f32
                %v1055 = arith.muli %v19, %v89 : i64
                %v1056 = arith.muli %v17, %v88 : i64
                %v1057 = arith.addi %v1055, %v1056 : i64
                %v1058 = arith.muli %v1007, %v1 : i64
                %v1059 = arith.addi %v1057, %v1058 : i64
                %v1060 = llvm.getelementptr %in_g_f[%v1059] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1061 = llvm.load %v1060 : !llvm.ptr -> f32
                %v1062 = arith.negf %v1061 : f32
                %v1063 = arith.mulf %v1062, %v98 fastmath<contract> : f32
                %v1064 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1063) : (f32) -> f32
                %v1065 = arith.addf %v25, %v1064 fastmath<contract> : f32
                %v1066 = arith.divf %v25, %v1065 : f32
                %v1067 = arith.subf %v25, %v1066 fastmath<contract> : f32
                %v1068 = arith.mulf %v1066, %v1067 fastmath<contract> : f32
                %v1069 = arith.mulf %v1054, %v1068 fastmath<contract> : f32
                scf.if %v14 {
                  %v1070 = arith.muli %v19, %v89 : i64
                  %v1071 = arith.muli %v17, %v88 : i64
                  %v1072 = arith.addi %v1070, %v1071 : i64
                  %v1073 = arith.muli %v1007, %v1 : i64
                  %v1074 = arith.addi %v1072, %v1073 : i64
                  %v1075 = llvm.getelementptr %dx_g_f[%v1074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1069, %v1075 : f32, !llvm.ptr
                }
                %v1076 = arith.mulf %v1035, %v1066 fastmath<contract> : f32
                %v1077 = arith.addf %v1034, %v1076 fastmath<contract> : f32
                %v1078 = arith.subf %v25, %v1077 fastmath<contract> : f32
                %v1079 = arith.mulf %v1078, %v1036 fastmath<contract> : f32
                %v1080 = arith.negf %v1044 : f32
                %v1081 = arith.mulf %v1080, %v98 fastmath<contract> : f32
                %v1082 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1081) : (f32) -> f32
                %v1083 = arith.addf %v25, %v1082 fastmath<contract> : f32
                %v1084 = arith.divf %v25, %v1083 : f32
                %v1085 = arith.subf %v25, %v1084 fastmath<contract> : f32
                %v1086 = arith.mulf %v1044, %v1085 fastmath<contract> : f32
                %v1087 = arith.addf %v25, %v1086 fastmath<contract> : f32
                %v1088 = arith.mulf %v1084, %v1087 fastmath<contract> : f32
                %v1089 = arith.mulf %v1079, %v1088 fastmath<contract> : f32
                scf.if %v14 {
                  %v1090 = arith.muli %v19, %v89 : i64
                  %v1091 = arith.muli %v17, %v88 : i64
                  %v1092 = arith.addi %v1090, %v1091 : i64
                  %v1093 = arith.muli %v1007, %v1 : i64
                  %v1094 = arith.addi %v1092, %v1093 : i64
                  %v1095 = llvm.getelementptr %dx_g_c[%v1094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1089, %v1095 : f32, !llvm.ptr
                }
                %v1096 = arith.mulf %v260, %v1026 fastmath<contract> : f32
                %v1097 = arith.subf %v25, %v1019 fastmath<contract> : f32
                %v1098 = arith.mulf %v1019, %v1097 fastmath<contract> : f32
                %v1099 = arith.mulf %v1096, %v1098 fastmath<contract> : f32
                scf.if %v14 {
                  %v1100 = arith.muli %v19, %v89 : i64
                  %v1101 = arith.muli %v17, %v88 : i64
                  %v1102 = arith.addi %v1100, %v1101 : i64
                  %v1103 = arith.muli %v1007, %v1 : i64
                  %v1104 = arith.addi %v1102, %v1103 : i64
                  %v1105 = llvm.getelementptr %dx_g_o[%v1104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1099, %v1105 : f32, !llvm.ptr
                }
                %v1106 = arith.mulf %v1066, %v1053 fastmath<contract> : f32
                %v1107 = arith.negf %v1106 : f32
                %v1108 = arith.addf %v1053, %v1107 fastmath<contract> : f32
                %v1109 = llvm.load %v23 : !llvm.ptr -> f32
                %v1110 = arith.addf %v1109, %v1108 fastmath<contract> : f32
                llvm.store %v1110, %v23 : f32, !llvm.ptr
                llvm.store %v1077, %v22 : f32, !llvm.ptr
              }
              %v1111 = arith.addi %v136, %v1 : i64
              %v1113 = arith.cmpi slt, %v1112, %v456 : i32
              %v1114 = arith.cmpi eq, %v1112, %v462 : i32
              scf.if %v1113 {
                %v1115 = arith.addi %v43, %v1111 : i64
                %v1116 = arith.muli %v19, %v89 : i64
                %v1117 = arith.muli %v17, %v88 : i64
                %v1118 = arith.addi %v1116, %v1117 : i64
                %v1119 = arith.muli %v1115, %v1 : i64
                %v1120 = arith.addi %v1118, %v1119 : i64
                %v1121 = llvm.getelementptr %in_g_o[%v1120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1122 = llvm.load %v1121 : !llvm.ptr -> f32
                %v1123 = arith.negf %v1122 : f32
                %v1124 = arith.mulf %v1123, %v98 fastmath<contract> : f32
                %v1125 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1124) : (f32) -> f32
                %v1126 = arith.addf %v25, %v1125 fastmath<contract> : f32
                %v1127 = arith.divf %v25, %v1126 : f32
                %v1128 = arith.muli %v19, %v89 : i64
                %v1129 = arith.muli %v17, %v88 : i64
                %v1130 = arith.addi %v1128, %v1129 : i64
                %v1131 = arith.muli %v1115, %v1 : i64
                %v1132 = arith.addi %v1130, %v1131 : i64
                %v1133 = llvm.getelementptr %dy_y[%v1132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1134 = llvm.load %v1133 : !llvm.ptr -> f32
                %v1135 = arith.mulf %v1127, %v1134 fastmath<contract> : f32
                %v1136 = llvm.load %v21 : !llvm.ptr -> f32
                %v1137 = llvm.load %v22 : !llvm.ptr -> f32
                %v1138 = arith.mulf %v1137, %v1136 fastmath<contract> : f32
                %v1139 = arith.addf %v1135, %v1138 fastmath<contract> : f32
                llvm.store %v1139, %v21 : f32, !llvm.ptr
                scf.if %v1114 {
                }
                %v1140 = arith.muli %v17, %v1 : i64
                %v1141 = llvm.getelementptr %in_gamma[%v1140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1142 = llvm.load %v1141 : !llvm.ptr -> f32
                %v1143 = arith.subf %v25, %v1142 fastmath<contract> : f32
                %v1144 = llvm.load %v21 : !llvm.ptr -> f32
                %v1145 = arith.mulf %v183, %v1144 fastmath<contract> : f32
                %v1146 = arith.muli %v19, %v89 : i64
                %v1147 = arith.muli %v17, %v88 : i64
                %v1148 = arith.addi %v1146, %v1147 : i64
                %v1149 = arith.muli %v1115, %v1 : i64
                %v1150 = arith.addi %v1148, %v1149 : i64
                %v1151 = llvm.getelementptr %in_g_c[%v1150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1152 = llvm.load %v1151 : !llvm.ptr -> f32
                %v1153 = arith.negf %v1152 : f32
                %v1154 = arith.mulf %v1153, %v98 fastmath<contract> : f32
                %v1155 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1154) : (f32) -> f32
                %v1156 = arith.addf %v25, %v1155 fastmath<contract> : f32
                %v1157 = arith.divf %v25, %v1156 : f32
                %v1158 = arith.mulf %v1152, %v1157 fastmath<contract> : f32
                %v1159 = arith.mulf %v1158, %v1144 fastmath<contract> : f32
                %v1160 = arith.negf %v1159 : f32
                %v1161 = arith.addf %v1145, %v1160 fastmath<contract> : f32
                %v1162 = arith.mulf %v1143, %v1161 fastmath<contract> : f32
                %v1163 = arith.muli %v19, %v89 : i64
                %v1164 = arith.muli %v17, %v88 : i64
                %v1165 = arith.addi %v1163, %v1164 : i64
                %v1166 = arith.muli %v1115, %v1 : i64
                %v1167 = arith.addi %v1165, %v1166 : i64
                %v1168 = llvm.getelementptr %in_g_f[%v1167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1169 = llvm.load %v1168 : !llvm.ptr -> f32
                %v1170 = arith.negf %v1169 : f32
                %v1171 = arith.mulf %v1170, %v98 fastmath<contract> : f32
                %v1172 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1171) : (f32) -> f32
                %v1173 = arith.addf %v25, %v1172 fastmath<contract> : f32
                %v1174 = arith.divf %v25, %v1173 : f32
                %v1175 = arith.subf %v25, %v1174 fastmath<contract> : f32
                %v1176 = arith.mulf %v1174, %v1175 fastmath<contract> : f32
                %v1177 = arith.mulf %v1162, %v1176 fastmath<contract> : f32
                scf.if %v14 {
                  %v1178 = arith.muli %v19, %v89 : i64
                  %v1179 = arith.muli %v17, %v88 : i64
                  %v1180 = arith.addi %v1178, %v1179 : i64
                  %v1181 = arith.muli %v1115, %v1 : i64
                  %v1182 = arith.addi %v1180, %v1181 : i64
                  %v1183 = llvm.getelementptr %dx_g_f[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1177, %v1183 : f32, !llvm.ptr
                }
                %v1184 = arith.mulf %v1143, %v1174 fastmath<contract> : f32
                %v1185 = arith.addf %v1142, %v1184 fastmath<contract> : f32
                %v1186 = arith.subf %v25, %v1185 fastmath<contract> : f32
                %v1187 = arith.mulf %v1186, %v1144 fastmath<contract> : f32
                %v1188 = arith.negf %v1152 : f32
                %v1189 = arith.mulf %v1188, %v98 fastmath<contract> : f32
                %v1190 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1189) : (f32) -> f32
                %v1191 = arith.addf %v25, %v1190 fastmath<contract> : f32
                %v1192 = arith.divf %v25, %v1191 : f32
                %v1193 = arith.subf %v25, %v1192 fastmath<contract> : f32
                %v1194 = arith.mulf %v1152, %v1193 fastmath<contract> : f32
                %v1195 = arith.addf %v25, %v1194 fastmath<contract> : f32
                %v1196 = arith.mulf %v1192, %v1195 fastmath<contract> : f32
                %v1197 = arith.mulf %v1187, %v1196 fastmath<contract> : f32
                scf.if %v14 {
                  %v1198 = arith.muli %v19, %v89 : i64
                  %v1199 = arith.muli %v17, %v88 : i64
                  %v1200 = arith.addi %v1198, %v1199 : i64
                  %v1201 = arith.muli %v1115, %v1 : i64
                  %v1202 = arith.addi %v1200, %v1201 : i64
                  %v1203 = llvm.getelementptr %dx_g_c[%v1202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1197, %v1203 : f32, !llvm.ptr
                }
                %v1204 = arith.mulf %v221, %v1134 fastmath<contract> : f32
                %v1205 = arith.subf %v25, %v1127 fastmath<contract> : f32
                %v1206 = arith.mulf %v1127, %v1205 fastmath<contract> : f32
                %v1207 = arith.mulf %v1204, %v1206 fastmath<contract> : f32
                scf.if %v14 {
                  %v1208 = arith.muli %v19, %v89 : i64
                  %v1209 = arith.muli %v17, %v88 : i64
                  %v1210 = arith.addi %v1208, %v1209 : i64
                  %v1211 = arith.muli %v1115, %v1 : i64
                  %v1212 = arith.addi %v1210, %v1211 : i64
                  %v1213 = llvm.getelementptr %dx_g_o[%v1212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1207, %v1213 : f32, !llvm.ptr
                }
                %v1214 = arith.mulf %v1174, %v1161 fastmath<contract> : f32
                %v1215 = arith.negf %v1214 : f32
                %v1216 = arith.addf %v1161, %v1215 fastmath<contract> : f32
                %v1217 = llvm.load %v23 : !llvm.ptr -> f32
                %v1218 = arith.addf %v1217, %v1216 fastmath<contract> : f32
                llvm.store %v1218, %v23 : f32, !llvm.ptr
                llvm.store %v1185, %v22 : f32, !llvm.ptr
              }
              %v1219 = arith.addi %v136, %v26 : i64
              %v1221 = arith.cmpi slt, %v1220, %v456 : i32
              %v1222 = arith.cmpi eq, %v1220, %v462 : i32
              scf.if %v1221 {
                %v1223 = arith.addi %v43, %v1219 : i64
                %v1224 = arith.muli %v19, %v89 : i64
                %v1225 = arith.muli %v17, %v88 : i64
                %v1226 = arith.addi %v1224, %v1225 : i64
                %v1227 = arith.muli %v1223, %v1 : i64
                %v1228 = arith.addi %v1226, %v1227 : i64
                %v1229 = llvm.getelementptr %in_g_o[%v1228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1230 = llvm.load %v1229 : !llvm.ptr -> f32
                %v1231 = arith.negf %v1230 : f32
                %v1232 = arith.mulf %v1231, %v98 fastmath<contract> : f32
                %v1233 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1232) : (f32) -> f32
                %v1234 = arith.addf %v25, %v1233 fastmath<contract> : f32
                %v1235 = arith.divf %v25, %v1234 : f32
                %v1236 = arith.muli %v19, %v89 : i64
                %v1237 = arith.muli %v17, %v88 : i64
                %v1238 = arith.addi %v1236, %v1237 : i64
                %v1239 = arith.muli %v1223, %v1 : i64
                %v1240 = arith.addi %v1238, %v1239 : i64
                %v1241 = llvm.getelementptr %dy_y[%v1240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1242 = llvm.load %v1241 : !llvm.ptr -> f32
                %v1243 = arith.mulf %v1235, %v1242 fastmath<contract> : f32
                %v1244 = llvm.load %v21 : !llvm.ptr -> f32
                %v1245 = llvm.load %v22 : !llvm.ptr -> f32
                %v1246 = arith.mulf %v1245, %v1244 fastmath<contract> : f32
                %v1247 = arith.addf %v1243, %v1246 fastmath<contract> : f32
                llvm.store %v1247, %v21 : f32, !llvm.ptr
                scf.if %v1222 {
                }
                %v1248 = arith.muli %v17, %v1 : i64
                %v1249 = llvm.getelementptr %in_gamma[%v1248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1250 = llvm.load %v1249 : !llvm.ptr -> f32
                %v1251 = arith.subf %v25, %v1250 fastmath<contract> : f32
                %v1252 = llvm.load %v21 : !llvm.ptr -> f32
                %v1253 = arith.mulf %v145, %v1252 fastmath<contract> : f32
                %v1254 = arith.muli %v19, %v89 : i64
                %v1255 = arith.muli %v17, %v88 : i64
                %v1256 = arith.addi %v1254, %v1255 : i64
                %v1257 = arith.muli %v1223, %v1 : i64
                %v1258 = arith.addi %v1256, %v1257 : i64
                %v1259 = llvm.getelementptr %in_g_c[%v1258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1260 = llvm.load %v1259 : !llvm.ptr -> f32
                %v1261 = arith.negf %v1260 : f32
                %v1262 = arith.mulf %v1261, %v98 fastmath<contract> : f32
                %v1263 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1262) : (f32) -> f32
                %v1264 = arith.addf %v25, %v1263 fastmath<contract> : f32
                %v1265 = arith.divf %v25, %v1264 : f32
                %v1266 = arith.mulf %v1260, %v1265 fastmath<contract> : f32
                %v1267 = arith.mulf %v1266, %v1252 fastmath<contract> : f32
                %v1268 = arith.negf %v1267 : f32
                %v1269 = arith.addf %v1253, %v1268 fastmath<contract> : f32
                %v1270 = arith.mulf %v1251, %v1269 fastmath<contract> : f32
                %v1271 = arith.muli %v19, %v89 : i64
                %v1272 = arith.muli %v17, %v88 : i64
                %v1273 = arith.addi %v1271, %v1272 : i64
                %v1274 = arith.muli %v1223, %v1 : i64
                %v1275 = arith.addi %v1273, %v1274 : i64
                %v1276 = llvm.getelementptr %in_g_f[%v1275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1277 = llvm.load %v1276 : !llvm.ptr -> f32
                %v1278 = arith.negf %v1277 : f32
                %v1279 = arith.mulf %v1278, %v98 fastmath<contract> : f32
                %v1280 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1279) : (f32) -> f32
                %v1281 = arith.addf %v25, %v1280 fastmath<contract> : f32
                %v1282 = arith.divf %v25, %v1281 : f32
                %v1283 = arith.subf %v25, %v1282 fastmath<contract> : f32
                %v1284 = arith.mulf %v1282, %v1283 fastmath<contract> : f32
                %v1285 = arith.mulf %v1270, %v1284 fastmath<contract> : f32
                scf.if %v14 {
                  %v1286 = arith.muli %v19, %v89 : i64
                  %v1287 = arith.muli %v17, %v88 : i64
                  %v1288 = arith.addi %v1286, %v1287 : i64
                  %v1289 = arith.muli %v1223, %v1 : i64
                  %v1290 = arith.addi %v1288, %v1289 : i64
                  %v1291 = llvm.getelementptr %dx_g_f[%v1290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1285, %v1291 : f32, !llvm.ptr
                }
                %v1292 = arith.mulf %v1251, %v1282 fastmath<contract> : f32
                %v1293 = arith.addf %v1250, %v1292 fastmath<contract> : f32
                %v1294 = arith.subf %v25, %v1293 fastmath<contract> : f32
                %v1295 = arith.mulf %v1294, %v1252 fastmath<contract> : f32
                %v1296 = arith.negf %v1260 : f32
                %v1297 = arith.mulf %v1296, %v98 fastmath<contract> : f32
                %v1298 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1297) : (f32) -> f32
                %v1299 = arith.addf %v25, %v1298 fastmath<contract> : f32
                %v1300 = arith.divf %v25, %v1299 : f32
                %v1301 = arith.subf %v25, %v1300 fastmath<contract> : f32
                %v1302 = arith.mulf %v1260, %v1301 fastmath<contract> : f32
                %v1303 = arith.addf %v25, %v1302 fastmath<contract> : f32
                %v1304 = arith.mulf %v1300, %v1303 fastmath<contract> : f32
                %v1305 = arith.mulf %v1295, %v1304 fastmath<contract> : f32
                scf.if %v14 {
                  %v1306 = arith.muli %v19, %v89 : i64
                  %v1307 = arith.muli %v17, %v88 : i64
                  %v1308 = arith.addi %v1306, %v1307 : i64
                  %v1309 = arith.muli %v1223, %v1 : i64
                  %v1310 = arith.addi %v1308, %v1309 : i64
                  %v1311 = llvm.getelementptr %dx_g_c[%v1310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1305, %v1311 : f32, !llvm.ptr
                }
                %v1312 = arith.mulf %v183, %v1242 fastmath<contract> : f32
                %v1313 = arith.subf %v25, %v1235 fastmath<contract> : f32
                %v1314 = arith.mulf %v1235, %v1313 fastmath<contract> : f32
                %v1315 = arith.mulf %v1312, %v1314 fastmath<contract> : f32
                scf.if %v14 {
                  %v1316 = arith.muli %v19, %v89 : i64
                  %v1317 = arith.muli %v17, %v88 : i64
                  %v1318 = arith.addi %v1316, %v1317 : i64
                  %v1319 = arith.muli %v1223, %v1 : i64
                  %v1320 = arith.addi %v1318, %v1319 : i64
                  %v1321 = llvm.getelementptr %dx_g_o[%v1320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1315, %v1321 : f32, !llvm.ptr
                }
                %v1322 = arith.mulf %v1282, %v1269 fastmath<contract> : f32
                %v1323 = arith.negf %v1322 : f32
                %v1324 = arith.addf %v1269, %v1323 fastmath<contract> : f32
                %v1325 = llvm.load %v23 : !llvm.ptr -> f32
                %v1326 = arith.addf %v1325, %v1324 fastmath<contract> : f32
                llvm.store %v1326, %v23 : f32, !llvm.ptr
                llvm.store %v1293, %v22 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      %v1327 = arith.constant true
      scf.if %v1327 {
      }
      scf.if %v14 {
        %v1328 = llvm.load %v23 : !llvm.ptr -> f32
        %v1329 = arith.muli %v13, %v1 : i64
        %v1330 = arith.addi %v1329, %v26 : i64
        %v1331 = llvm.getelementptr %part_gamma[%v1330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1328, %v1331 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
