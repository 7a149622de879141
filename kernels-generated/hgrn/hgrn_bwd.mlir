module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_bwd(%in_g_f: !llvm.ptr, %in_g_c: !llvm.ptr, %in_g_o: !llvm.ptr, %in_gamma: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_g_f: !llvm.ptr, %dx_g_c: !llvm.ptr, %dx_g_o: !llvm.ptr, %part_gamma: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %slice_first: i64, %slice_steps: i64, %slice_carry: !llvm.ptr) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = arith.constant 64 : i64
      %v4 = arith.divui %slice_first, %v3 : i64
      %v5 = arith.addi %slice_first, %slice_steps : i64
      %v6 = arith.constant 63 : i64
      %v7 = arith.addi %v5, %v6 : i64
      %v8 = arith.divui %v7, %v3 : i64
      %v9 = arith.constant 0 : i64
      %v10 = arith.cmpi eq, %slice_first, %v9 : i64
      %v11 = arith.cmpi sge, %v5, %size_L : i64
      %v12 = arith.cmpi slt, %v5, %size_L : i64
      %v13 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v20 = arith.constant 256 : i64
      %v30 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v31 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v33 = arith.constant 0x00000000 : f32
      %v34 = arith.constant 0x3F800000 : f32
      %v40 = arith.constant 2 : i64
      %v46 = arith.constant 8 : i64
      %v47 = arith.constant 7 : i64
      %v66 = arith.muli %size_B, %size_D : i64
      %v99 = arith.muli %size_L, %size_D : i64
      %v107 = arith.constant 0x3FB8AA3B : f32
      %v258 = arith.constant 3 : i64
      %v294 = arith.constant 4 : i64
      %v330 = arith.constant 5 : i64
      %v366 = arith.constant 6 : i64
      %v442 = arith.constant 2147483647 : i64
      %v446 = arith.constant 7 : i32
      %v546 = arith.constant 6 : i32
      %v646 = arith.constant 5 : i32
      %v746 = arith.constant 4 : i32
      %v846 = arith.constant 3 : i32
      %v946 = arith.constant 2 : i32
      %v1046 = arith.constant 1 : i32
      %v1145 = arith.constant 0 : i32
      %v16 = gpu.block_id x
      %v17 = gpu.thread_id x
      %v18 = arith.index_cast %v17 : index to i64
      %v19 = arith.index_cast %v16 : index to i64
      %v21 = arith.muli %v19, %v20 : i64
      %v22 = arith.addi %v21, %v18 : i64
      %v23 = arith.cmpi slt, %v22, %v2 : i64
      %v24 = arith.subi %v2, %v1 : i64
      %v25 = arith.minsi %v22, %v24 : i64
      %v26 = arith.remui %v25, %size_D : i64
      %v27 = arith.divui %v25, %size_D : i64
      %v28 = arith.remui %v27, %size_B : i64
      %v29 = arith.divui %v27, %size_B : i64
      llvm.store %v33, %v30 : f32, !llvm.ptr
      llvm.store %v34, %v31 : f32, !llvm.ptr
      llvm.store %v33, %v32 : f32, !llvm.ptr
      scf.if %v12 {
        scf.if %v23 {
          %v35 = llvm.getelementptr %slice_carry[%v22] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v36 = llvm.load %v35 : !llvm.ptr -> f32
          llvm.store %v36, %v30 : f32, !llvm.ptr
          %v37 = arith.addi %v2, %v22 : i64
          %v38 = llvm.getelementptr %slice_carry[%v37] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v39 = llvm.load %v38 : !llvm.ptr -> f32
          llvm.store %v39, %v31 : f32, !llvm.ptr
          %v41 = arith.muli %v40, %v2 : i64
          %v42 = arith.addi %v41, %v22 : i64
          %v43 = llvm.getelementptr %slice_carry[%v42] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v44 = llvm.load %v43 : !llvm.ptr -> f32
          llvm.store %v44, %v32 : f32, !llvm.ptr
        }
      }
      scf.if %v11 {
      }
      %v45 = arith.cmpi eq, %size_L, %v9 : i64
      scf.if %v45 {
        llvm.store %v33, %v15 : f32, !llvm.ptr
      }
      %v48 = arith.addi %size_L, %v6 : i64
      %v49 = arith.divui %v48, %v3 : i64
      %v50 = arith.minsi %v8, %v49 : i64
      %v51 = arith.subi %v50, %v4 : i64
      %v52 = arith.maxsi %v51, %v9 : i64
      %v53 = arith.index_cast %v9 : i64 to index
      %v54 = arith.index_cast %v52 : i64 to index
      %v55 = arith.index_cast %v1 : i64 to index
      scf.for %v56 = %v53 to %v54 step %v55 {
        %v57 = arith.index_cast %v56 : index to i64
        %v58 = arith.subi %v50, %v1 : i64
        %v59 = arith.subi %v58, %v57 : i64
        %v60 = arith.muli %v59, %v3 : i64
        %v61 = arith.subi %size_L, %v60 : i64
        %v62 = arith.minsi %v61, %v3 : i64
        %v63 = arith.addi %v62, %v47 : i64
        %v64 = arith.divui %v63, %v46 : i64
        %v65 = arith.subi %v62, %v1 : i64
        %v67 = arith.muli %v59, %v66 : i64
        %v68 = arith.muli %v28, %size_D : i64
        %v69 = arith.addi %v68, %v26 : i64
        %v70 = arith.addi %v67, %v69 : i64
        %v71 = llvm.getelementptr %ckpt_h[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v72 = llvm.load %v71 : !llvm.ptr -> f32
        llvm.store %v72, %v14 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v73 = arith.index_cast %v9 : i64 to index
        %v74 = arith.index_cast %v64 : i64 to index
        %v75 = arith.index_cast %v1 : i64 to index
        scf.for %v76 = %v73 to %v74 step %v75 {
          %v77 = arith.index_cast %v76 : index to i64
          scf.if %v23 {
            %v78 = llvm.load %v14 : !llvm.ptr -> f32
            %v79 = arith.muli %v77, %v2 : i64
            %v80 = arith.subi %v2, %v1 : i64
            %v81 = arith.minsi %v22, %v80 : i64
            %v82 = arith.addi %v79, %v81 : i64
            %v83 = llvm.getelementptr %scratch_h[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v78, %v83 : f32, !llvm.ptr
          }
          %v84 = arith.muli %v77, %v46 : i64
          %v85 = arith.subi %v62, %v84 : i64
          %v86 = arith.trunci %v85 : i64 to i32
          %v87 = arith.index_cast %v9 : i64 to index
          %v88 = arith.index_cast %v46 : i64 to index
          %v89 = arith.index_cast %v1 : i64 to index
          scf.for %v90 = %v87 to %v88 step %v89 {
            %v91 = arith.index_cast %v90 : index to i64
            %v92 = arith.trunci %v91 : i64 to i32
            %v93 = arith.addi %v84, %v91 : i64
            %v94 = arith.cmpi slt, %v92, %v86 : i32
            scf.if %v94 {
              %v95 = arith.addi %v60, %v93 : i64
              %v96 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v97 = llvm.load %v96 : !llvm.ptr -> f32
              %v98 = arith.subf %v34, %v97 fastmath<contract> : f32
              %v100 = arith.muli %v28, %v99 : i64
              %v101 = arith.muli %v26, %size_L : i64
              %v102 = arith.addi %v100, %v101 : i64
              %v103 = arith.addi %v102, %v95 : i64
              %v104 = llvm.getelementptr %in_g_f[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v105 = llvm.load %v104 : !llvm.ptr -> f32
              %v106 = arith.negf %v105 : f32
              %v108 = arith.mulf %v106, %v107 fastmath<contract> : f32
              %v109 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v108) : (f32) -> f32
              %v110 = arith.addf %v34, %v109 fastmath<contract> : f32
              %v111 = arith.divf %v34, %v110 : f32
              %v112 = arith.mulf %v98, %v111 fastmath<contract> : f32
              %v113 = arith.addf %v97, %v112 fastmath<contract> : f32
              %v114 = arith.subf %v34, %v113 fastmath<contract> : f32
              %v115 = arith.muli %v28, %v99 : i64
              %v116 = arith.muli %v26, %size_L : i64
              %v117 = arith.addi %v115, %v116 : i64
              %v118 = arith.addi %v117, %v95 : i64
              %v119 = llvm.getelementptr %in_g_c[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v120 = llvm.load %v119 : !llvm.ptr -> f32
              %v121 = arith.negf %v120 : f32
              %v122 = arith.mulf %v121, %v107 fastmath<contract> : f32
              %v123 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v122) : (f32) -> f32
              %v124 = arith.addf %v34, %v123 fastmath<contract> : f32
              %v125 = arith.divf %v34, %v124 : f32
              %v126 = arith.mulf %v120, %v125 fastmath<contract> : f32
              %v127 = arith.mulf %v114, %v126 fastmath<contract> : f32
              %v128 = llvm.load %v14 : !llvm.ptr -> f32
              %v129 = arith.mulf %v113, %v128 fastmath<contract> : f32
              %v130 = arith.addf %v129, %v127 fastmath<contract> : f32
              llvm.store %v130, %v14 : f32, !llvm.ptr
            }
          }
        }
        %v131 = arith.index_cast %v9 : i64 to index
        %v132 = arith.index_cast %v1 : i64 to index
        %v133 = arith.index_cast %v1 : i64 to index
        scf.for %v134 = %v131 to %v132 step %v133 {
          %v135 = arith.index_cast %v134 : index to i64
          %v136 = arith.index_cast %v9 : i64 to index
          %v137 = arith.index_cast %v64 : i64 to index
          %v138 = arith.index_cast %v1 : i64 to index
          scf.for %v139 = %v136 to %v137 step %v138 {
            %v140 = arith.index_cast %v139 : index to i64
            %v141 = arith.cmpi slt, %v140, %v64 : i64
            scf.if %v141 {
              %v142 = arith.subi %v64, %v1 : i64
              %v143 = arith.subi %v142, %v140 : i64
              %v144 = arith.muli %v143, %v46 : i64
              %v145 = arith.addi %v144, %v46 : i64
              %v146 = arith.cmpi sle, %v145, %v62 : i64
              scf.if %v146 {
                %v147 = arith.subi %v62, %v1 : i64
                %v148 = arith.muli %v143, %v2 : i64
                %v149 = arith.subi %v2, %v1 : i64
                %v150 = arith.minsi %v22, %v149 : i64
                %v151 = arith.addi %v148, %v150 : i64
                %v152 = llvm.getelementptr %scratch_h[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v153 = llvm.load %v152 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v154 = arith.minsi %v144, %v147 : i64
                %v155 = arith.addi %v60, %v154 : i64
                %v156 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v157 = llvm.load %v156 : !llvm.ptr -> f32
                %v158 = arith.subf %v34, %v157 fastmath<contract> : f32
                %v159 = arith.muli %v28, %v99 : i64
                %v160 = arith.muli %v26, %size_L : i64
                %v161 = arith.addi %v159, %v160 : i64
                %v162 = arith.addi %v161, %v155 : i64
                %v163 = llvm.getelementptr %in_g_f[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v164 = llvm.load %v163 : !llvm.ptr -> f32
                %v165 = arith.negf %v164 : f32
                %v166 = arith.mulf %v165, %v107 fastmath<contract> : f32
                %v167 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v166) : (f32) -> f32
                %v168 = arith.addf %v34, %v167 fastmath<contract> : f32
                %v169 = arith.divf %v34, %v168 : f32
                %v170 = arith.mulf %v158, %v169 fastmath<contract> : f32
                %v171 = arith.addf %v157, %v170 fastmath<contract> : f32
                %v172 = arith.subf %v34, %v171 fastmath<contract> : f32
                %v173 = arith.muli %v28, %v99 : i64
                %v174 = arith.muli %v26, %size_L : i64
                %v175 = arith.addi %v173, %v174 : i64
                %v176 = arith.addi %v175, %v155 : i64
                %v177 = llvm.getelementptr %in_g_c[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v178 = llvm.load %v177 : !llvm.ptr -> f32
                %v179 = arith.negf %v178 : f32
                %v180 = arith.mulf %v179, %v107 fastmath<contract> : f32
                %v181 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v180) : (f32) -> f32
                %v182 = arith.addf %v34, %v181 fastmath<contract> : f32
                %v183 = arith.divf %v34, %v182 : f32
                %v184 = arith.mulf %v178, %v183 fastmath<contract> : f32
                %v185 = arith.mulf %v172, %v184 fastmath<contract> : f32
                %v186 = arith.mulf %v171, %v153 fastmath<contract> : f32
                %v187 = arith.addf %v186, %v185 fastmath<contract> : f32
                %v188 = arith.addi %v144, %v1 : i64
                %v189 = arith.minsi %v188, %v147 : i64
                %v190 = arith.addi %v60, %v189 : i64
                %v191 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v192 = llvm.load %v191 : !llvm.ptr -> f32
                %v193 = arith.subf %v34, %v192 fastmath<contract> : f32
                %v194 = arith.muli %v28, %v99 : i64
                %v195 = arith.muli %v26, %size_L : i64
                %v196 = arith.addi %v194, %v195 : i64
                %v197 = arith.addi %v196, %v190 : i64
                %v198 = llvm.getelementptr %in_g_f[%v197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v199 = llvm.load %v198 : !llvm.ptr -> f32
                %v200 = arith.negf %v199 : f32
                %v201 = arith.mulf %v200, %v107 fastmath<contract> : f32
                %v202 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v201) : (f32) -> f32
                %v203 = arith.addf %v34, %v202 fastmath<contract> : f32
                %v204 = arith.divf %v34, %v203 : f32
                %v205 = arith.mulf %v193, %v204 fastmath<contract> : f32
                %v206 = arith.addf %v192, %v205 fastmath<contract> : f32
                %v207 = arith.subf %v34, %v206 fastmath<contract> : f32
                %v208 = arith.muli %v28, %v99 : i64
                %v209 = arith.muli %v26, %size_L : i64
                %v210 = arith.addi %v208, %v209 : i64
                %v211 = arith.addi %v210, %v190 : i64
                %v212 = llvm.getelementptr %in_g_c[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v213 = llvm.load %v212 : !llvm.ptr -> f32
                %v214 = arith.negf %v213 : f32
                %v215 = arith.mulf %v214, %v107 fastmath<contract> : f32
                %v216 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v215) : (f32) -> f32
                %v217 = arith.addf %v34, %v216 fastmath<contract> : f32
                %v218 = arith.divf %v34, %v217 : f32
                %v219 = arith.mulf %v213, %v218 fastmath<contract> : f32
                %v220 = arith.mulf %v207, %v219 fastmath<contract> : f32
                %v221 = arith.mulf %v206, %v187 fastmath<contract> : f32
                %v222 = arith.addf %v221, %v220 fastmath<contract> : f32
                %v223 = arith.addi %v144, %v40 : i64
                %v224 = arith.minsi %v223, %v147 : i64
                %v225 = arith.addi %v60, %v224 : i64
                %v226 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v227 = llvm.load %v226 : !llvm.ptr -> f32
                %v228 = arith.subf %v34, %v227 fastmath<contract> : f32
                %v229 = arith.muli %v28, %v99 : i64
                %v230 = arith.muli %v26, %size_L : i64
                %v231 = arith.addi %v229, %v230 : i64
                %v232 = arith.addi %v231, %v225 : i64
                %v233 = llvm.getelementptr %in_g_f[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v234 = llvm.load %v233 : !llvm.ptr -> f32
                %v235 = arith.negf %v234 : f32
                %v236 = arith.mulf %v235, %v107 fastmath<contract> : f32
                %v237 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v236) : (f32) -> f32
                %v238 = arith.addf %v34, %v237 fastmath<contract> : f32
                %v239 = arith.divf %v34, %v238 : f32
                %v240 = arith.mulf %v228, %v239 fastmath<contract> : f32
                %v241 = arith.addf %v227, %v240 fastmath<contract> : f32
                %v242 = arith.subf %v34, %v241 fastmath<contract> : f32
                %v243 = arith.muli %v28, %v99 : i64
                %v244 = arith.muli %v26, %size_L : i64
                %v245 = arith.addi %v243, %v244 : i64
                %v246 = arith.addi %v245, %v225 : i64
                %v247 = llvm.getelementptr %in_g_c[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v248 = llvm.load %v247 : !llvm.ptr -> f32
                %v249 = arith.negf %v248 : f32
                %v250 = arith.mulf %v249, %v107 fastmath<contract> : f32
                %v251 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v250) : (f32) -> f32
                %v252 = arith.addf %v34, %v251 fastmath<contract> : f32
                %v253 = arith.divf %v34, %v252 : f32
                %v254 = arith.mulf %v248, %v253 fastmath<contract> : f32
                %v255 = arith.mulf %v242, %v254 fastmath<contract> : f32
                %v256 = arith.mulf %v241, %v222 fastmath<contract> : f32
                %v257 = arith.addf %v256, %v255 fastmath<contract> : f32
                %v259 = arith.addi %v144, %v258 : i64
                %v260 = arith.minsi %v259, %v147 : i64
                %v261 = arith.addi %v60, %v260 : i64
                %v262 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v263 = llvm.load %v262 : !llvm.ptr -> f32
                %v264 = arith.subf %v34, %v263 fastmath<contract> : f32
                %v265 = arith.muli %v28, %v99 : i64
                %v266 = arith.muli %v26, %size_L : i64
                %v267 = arith.addi %v265, %v266 : i64
                %v268 = arith.addi %v267, %v261 : i64
                %v269 = llvm.getelementptr %in_g_f[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v270 = llvm.load %v269 : !llvm.ptr -> f32
                %v271 = arith.negf %v270 : f32
                %v272 = arith.mulf %v271, %v107 fastmath<contract> : f32
                %v273 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v272) : (f32) -> f32
                %v274 = arith.addf %v34, %v273 fastmath<contract> : f32
                %v275 = arith.divf %v34, %v274 : f32
                %v276 = arith.mulf %v264, %v275 fastmath<contract> : f32
                %v277 = arith.addf %v263, %v276 fastmath<contract> : f32
                %v278 = arith.subf %v34, %v277 fastmath<contract> : f32
                %v279 = arith.muli %v28, %v99 : i64
                %v280 = arith.muli %v26, %size_L : i64
                %v281 = arith.addi %v279, %v280 : i64
                %v282 = arith.addi %v281, %v261 : i64
                %v283 = llvm.getelementptr %in_g_c[%v282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v284 = llvm.load %v283 : !llvm.ptr -> f32
                %v285 = arith.negf %v284 : f32
                %v286 = arith.mulf %v285, %v107 fastmath<contract> : f32
                %v287 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v286) : (f32) -> f32
                %v288 = arith.addf %v34, %v287 fastmath<contract> : f32
                %v289 = arith.divf %v34, %v288 : f32
                %v290 = arith.mulf %v284, %v289 fastmath<contract> : f32
                %v291 = arith.mulf %v278, %v290 fastmath<contract> : f32
                %v292 = arith.mulf %v277, %v257 fastmath<contract> : f32
                %v293 = arith.addf %v292, %v291 fastmath<contract> : f32
                %v295 = arith.addi %v144, %v294 : i64
                %v296 = arith.minsi %v295, %v147 : i64
                %v297 = arith.addi %v60, %v296 : i64
                %v298 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v299 = llvm.load %v298 : !llvm.ptr -> f32
                %v300 = arith.subf %v34, %v299 fastmath<contract> : f32
                %v301 = arith.muli %v28, %v99 : i64
                %v302 = arith.muli %v26, %size_L : i64
                %v303 = arith.addi %v301, %v302 : i64
                %v304 = arith.addi %v303, %v297 : i64
                %v305 = llvm.getelementptr %in_g_f[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v306 = llvm.load %v305 : !llvm.ptr -> f32
                %v307 = arith.negf %v306 : f32
                %v308 = arith.mulf %v307, %v107 fastmath<contract> : f32
                %v309 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v308) : (f32) -> f32
                %v310 = arith.addf %v34, %v309 fastmath<contract> : f32
                %v311 = arith.divf %v34, %v310 : f32
                %v312 = arith.mulf %v300, %v311 fastmath<contract> : f32
                %v313 = arith.addf %v299, %v312 fastmath<contract> : f32
                %v314 = arith.subf %v34, %v313 fastmath<contract> : f32
                %v315 = arith.muli %v28, %v99 : i64
                %v316 = arith.muli %v26, %size_L : i64
                %v317 = arith.addi %v315, %v316 : i64
                %v318 = arith.addi %v317, %v297 : i64
                %v319 = llvm.getelementptr %in_g_c[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v320 = llvm.load %v319 : !llvm.ptr -> f32
                %v321 = arith.negf %v320 : f32
                %v322 = arith.mulf %v321, %v107 fastmath<contract> : f32
                %v323 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v322) : (f32) -> f32
                %v324 = arith.addf %v34, %v323 fastmath<contract> : f32
                %v325 = arith.divf %v34, %v324 : f32
                %v326 = arith.mulf %v320, %v325 fastmath<contract> : f32
                %v327 = arith.mulf %v314, %v326 fastmath<contract> : f32
                %v328 = arith.mulf %v313, %v293 fastmath<contract> : f32
                %v329 = arith.addf %v328, %v327 fastmath<contract> : f32
                %v331 = arith.addi %v144, %v330 : i64
                %v332 = arith.minsi %v331, %v147 : i64
                %v333 = arith.addi %v60, %v332 : i64
                %v334 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v335 = llvm.load %v334 : !llvm.ptr -> f32
                %v336 = arith.subf %v34, %v335 fastmath<contract> : f32
                %v337 = arith.muli %v28, %v99 : i64
                %v338 = arith.muli %v26, %size_L : i64
                %v339 = arith.addi %v337, %v338 : i64
                %v340 = arith.addi %v339, %v333 : i64
                %v341 = llvm.getelementptr %in_g_f[%v340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v342 = llvm.load %v341 : !llvm.ptr -> f32
                %v343 = arith.negf %v342 : f32
                %v344 = arith.mulf %v343, %v107 fastmath<contract> : f32
                %v345 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v344) : (f32) -> f32
                %v346 = arith.addf %v34, %v345 fastmath<contract> : f32
                %v347 = arith.divf %v34, %v346 : f32
                %v348 = arith.mulf %v336, %v347 fastmath<contract> : f32
                %v349 = arith.addf %v335, %v348 fastmath<contract> : f32
                %v350 = arith.subf %v34, %v349 fastmath<contract> : f32
                %v351 = arith.muli %v28, %v99 : i64
                %v352 = arith.muli %v26, %size_L : i64
                %v353 = arith.addi %v351, %v352 : i64
                %v354 = arith.addi %v353, %v333 : i64
                %v355 = llvm.getelementptr %in_g_c[%v354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v356 = llvm.load %v355 : !llvm.ptr -> f32
                %v357 = arith.negf %v356 : f32
                %v358 = arith.mulf %v357, %v107 fastmath<contract> : f32
                %v359 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v358) : (f32) -> f32
                %v360 = arith.addf %v34, %v359 fastmath<contract> : f32
                %v361 = arith.divf %v34, %v360 : f32
                %v362 = arith.mulf %v356, %v361 fastmath<contract> : f32
                %v363 = arith.mulf %v350, %v362 fastmath<contract> : f32
                %v364 = arith.mulf %v349, %v329 fastmath<contract> : f32
                %v365 = arith.addf %v364, %v363 fastmath<contract> : f32
                %v367 = arith.addi %v144, %v366 : i64
                %v368 = arith.minsi %v367, %v147 : i64
                %v369 = arith.addi %v60, %v368 : i64
                %v370 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v371 = llvm.load %v370 : !llvm.ptr -> f32
                %v372 = arith.subf %v34, %v371 fastmath<contract> : f32
                %v373 = arith.muli %v28, %v99 : i64
                %v374 = arith.muli %v26, %size_L : i64
                %v375 = arith.addi %v373, %v374 : i64
                %v376 = arith.addi %v375, %v369 : i64
                %v377 = llvm.getelementptr %in_g_f[%v376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v378 = llvm.load %v377 : !llvm.ptr -> f32
                %v379 = arith.negf %v378 : f32
                %v380 = arith.mulf %v379, %v107 fastmath<contract> : f32
                %v381 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v380) : (f32) -> f32
                %v382 = arith.addf %v34, %v381 fastmath<contract> : f32
                %v383 = arith.divf %v34, %v382 : f32
                %v384 = arith.mulf %v372, %v383 fastmath<contract> : f32
                %v385 = arith.addf %v371, %v384 fastmath<contract> : f32
                %v386 = arith.subf %v34, %v385 fastmath<contract> : f32
                %v387 = arith.muli %v28, %v99 : i64
                %v388 = arith.muli %v26, %size_L : i64
                %v389 = arith.addi %v387, %v388 : i64
                %v390 = arith.addi %v389, %v369 : i64
                %v391 = llvm.getelementptr %in_g_c[%v390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v392 = llvm.load %v391 : !llvm.ptr -> f32
                %v393 = arith.negf %v392 : f32
                %v394 = arith.mulf %v393, %v107 fastmath<contract> : f32
                %v395 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v394) : (f32) -> f32
                %v396 = arith.addf %v34, %v395 fastmath<contract> : f32
                %v397 = arith.divf %v34, %v396 : f32
                %v398 = arith.mulf %v392, %v397 fastmath<contract> : f32
                %v399 = arith.mulf %v386, %v398 fastmath<contract> : f32
                %v400 = arith.mulf %v385, %v365 fastmath<contract> : f32
                %v401 = arith.addf %v400, %v399 fastmath<contract> : f32
                %v402 = arith.addi %v144, %v47 : i64
                %v403 = arith.minsi %v402, %v147 : i64
                %v404 = arith.addi %v60, %v403 : i64
                %v405 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v406 = llvm.load %v405 : !llvm.ptr -> f32
                %v407 = arith.subf %v34, %v406 fastmath<contract> : f32
                %v408 = arith.muli %v28, %v99 : i64
                %v409 = arith.muli %v26, %size_L : i64
                %v410 = arith.addi %v408, %v409 : i64
                %v411 = arith.addi %v410, %v404 : i64
                %v412 = llvm.getelementptr %in_g_f[%v411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v413 = llvm.load %v412 : !llvm.ptr -> f32
                %v414 = arith.negf %v413 : f32
                %v415 = arith.mulf %v414, %v107 fastmath<contract> : f32
                %v416 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v415) : (f32) -> f32
                %v417 = arith.addf %v34, %v416 fastmath<contract> : f32
                %v418 = arith.divf %v34, %v417 : f32
                %v419 = arith.mulf %v407, %v418 fastmath<contract> : f32
                %v420 = arith.addf %v406, %v419 fastmath<contract> : f32
                %v421 = arith.subf %v34, %v420 fastmath<contract> : f32
                %v422 = arith.muli %v28, %v99 : i64
                %v423 = arith.muli %v26, %size_L : i64
                %v424 = arith.addi %v422, %v423 : i64
                %v425 = arith.addi %v424, %v404 : i64
                %v426 = llvm.getelementptr %in_g_c[%v425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v427 = llvm.load %v426 : !llvm.ptr -> f32
                %v428 = arith.negf %v427 : f32
                %v429 = arith.mulf %v428, %v107 fastmath<contract> : f32
                %v430 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v429) : (f32) -> f32
                %v431 = arith.addf %v34, %v430 fastmath<contract> : f32
                %v432 = arith.divf %v34, %v431 : f32
                %v433 = arith.mulf %v427, %v432 fastmath<contract> : f32
                %v434 = arith.mulf %v421, %v433 fastmath<contract> : f32
                %v435 = arith.mulf %v420, %v401 fastmath<contract> : f32
                %v436 = arith.addf %v435, %v434 fastmath<contract> : f32
                %v437 = arith.subi %v62, %v144 : i64
                %v438 = arith.trunci %v437 : i64 to i32
                %v439 = arith.subi %size_L, %v1 : i64
                %v440 = arith.addi %v60, %v144 : i64
                %v441 = arith.subi %v439, %v440 : i64
                %v443 = arith.minsi %v441, %v442 : i64
                %v444 = arith.trunci %v443 : i64 to i32
                %v445 = arith.addi %v144, %v47 : i64
                %v447 = arith.cmpi slt, %v446, %v438 : i32
                %v448 = arith.cmpi eq, %v446, %v444 : i32
                %v449 = arith.addi %v60, %v445 : i64
                %v450 = arith.muli %v28, %v99 : i64
                %v451 = arith.muli %v26, %size_L : i64
                %v452 = arith.addi %v450, %v451 : i64
                %v453 = arith.addi %v452, %v449 : i64
                %v454 = llvm.getelementptr %in_g_o[%v453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v455 = llvm.load %v454 : !llvm.ptr -> f32
                %v456 = arith.negf %v455 : f32
                %v457 = arith.mulf %v456, %v107 fastmath<contract> : f32
                %v458 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v457) : (f32) -> f32
                %v459 = arith.addf %v34, %v458 fastmath<contract> : f32
                %v460 = arith.divf %v34, %v459 : f32
                %v461 = arith.muli %v28, %v99 : i64
                %v462 = arith.muli %v26, %size_L : i64
                %v463 = arith.addi %v461, %v462 : i64
                %v464 = arith.addi %v463, %v449 : i64
                %v465 = llvm.getelementptr %dy_y[%v464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v466 = llvm.load %v465 : !llvm.ptr -> f32
                %v467 = arith.mulf %v460, %v466 fastmath<contract> : f32
                %v468 = llvm.load %v30 : !llvm.ptr -> f32
                %v469 = llvm.load %v31 : !llvm.ptr -> f32
                %v470 = arith.mulf %v469, %v468 fastmath<contract> : f32
                %v471 = arith.addf %v467, %v470 fastmath<contract> : f32
                llvm.store %v471, %v30 : f32, !llvm.ptr
                %v472 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v473 = llvm.load %v472 : !llvm.ptr -> f32
                %v474 = arith.subf %v34, %v473 fastmath<contract> : f32
                %v475 = llvm.load %v30 : !llvm.ptr -> f32
                %v476 = arith.mulf %v401, %v475 fastmath<contract> : f32
                %v477 = arith.muli %v28, %v99 : i64
                %v478 = arith.muli %v26, %size_L : i64
                %v479 = arith.addi %v477, %v478 : i64
                %v480 = arith.addi %v479, %v449 : i64
                %v481 = llvm.getelementptr %in_g_c[%v480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v482 = llvm.load %v481 : !llvm.ptr -> f32
                %v483 = arith.negf %v482 : f32
                %v484 = arith.mulf %v483, %v107 fastmath<contract> : f32
                %v485 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v484) : (f32) -> f32
                %v486 = arith.addf %v34, %v485 fastmath<contract> : f32
                %v487 = arith.divf %v34, %v486 : f32
                %v488 = arith.mulf %v482, %v487 fastmath<contract> : f32
                %v489 = arith.mulf %v488, %v475 fastmath<contract> : f32
                %v490 = arith.negf %v489 : f32
                %v491 = arith.addf %v476, %v490 fastmath<contract> : f32
                %v492 = arith.mulf %v474, %v491 fastmath<contract> : f32
                %v493 = arith.muli %v28, %v99 : i64
                %v494 = arith.muli %v26, %size_L : i64
                %v495 = arith.addi %v493, %v494 : i64
                %v496 = arith.addi %v495, %v449 : i64
                %v497 = llvm.getelementptr %in_g_f[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v498 = llvm.load %v497 : !llvm.ptr -> f32
                %v499 = arith.negf %v498 : f32
                %v500 = arith.mulf %v499, %v107 fastmath<contract> : f32
                %v501 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v500) : (f32) -> f32
                %v502 = arith.addf %v34, %v501 fastmath<contract> : f32
                %v503 = arith.divf %v34, %v502 : f32
                %v504 = arith.subf %v34, %v503 fastmath<contract> : f32
                %v505 = arith.mulf %v503, %v504 fastmath<contract> : f32
                %v506 = arith.mulf %v492, %v505 fastmath<contract> : f32
                scf.if %v23 {
                  %v507 = arith.muli %v28, %v99 : i64
                  %v508 = arith.muli %v26, %size_L : i64
                  %v509 = arith.addi %v507, %v508 : i64
                  %v510 = arith.addi %v509, %v449 : i64
                  %v511 = llvm.getelementptr %dx_g_f[%v510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v506, %v511 : f32, !llvm.ptr
                }
                %v512 = arith.mulf %v474, %v503 fastmath<contract> : f32
                %v513 = arith.addf %v473, %v512 fastmath<contract> : f32
                %v514 = arith.subf %v34, %v513 fastmath<contract> : f32
                %v515 = arith.mulf %v514, %v475 fastmath<contract> : f32
                %v516 = arith.negf %v482 : f32
                %v517 = arith.mulf %v516, %v107 fastmath<contract> : f32
                %v518 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v517) : (f32) -> f32
                %v519 = arith.addf %v34, %v518 fastmath<contract> : f32
                %v520 = arith.divf %v34, %v519 : f32
                %v521 = arith.subf %v34, %v520 fastmath<contract> : f32
                %v522 = arith.mulf %v482, %v521 fastmath<contract> : f32
                %v523 = arith.addf %v34, %v522 fastmath<contract> : f32
                %v524 = arith.mulf %v520, %v523 fastmath<contract> : f32
                %v525 = arith.mulf %v515, %v524 fastmath<contract> : f32
                scf.if %v23 {
                  %v526 = arith.muli %v28, %v99 : i64
                  %v527 = arith.muli %v26, %size_L : i64
                  %v528 = arith.addi %v526, %v527 : i64
                  %v529 = arith.addi %v528, %v449 : i64
                  %v530 = llvm.getelementptr %dx_g_c[%v529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v525, %v530 : f32, !llvm.ptr
                }
                %v531 = arith.mulf %v436, %v466 fastmath<contract> : f32
                %v532 = arith.subf %v34, %v460 fastmath<contract> : f32
                %v533 = arith.mulf %v460, %v532 fastmath<contract> : f32
                %v534 = arith.mulf %v531, %v533 fastmath<contract> : f32
                scf.if %v23 {
                  %v535 = arith.muli %v28, %v99 : i64
                  %v536 = arith.muli %v26, %size_L : i64
                  %v537 = arith.addi %v535, %v536 : i64
                  %v538 = arith.addi %v537, %v449 : i64
                  %v539 = llvm.getelementptr %dx_g_o[%v538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v534, %v539 : f32, !llvm.ptr
                }
                %v540 = arith.mulf %v503, %v491 fastmath<contract> : f32
                %v541 = arith.negf %v540 : f32
                %v542 = arith.addf %v491, %v541 fastmath<contract> : f32
                %v543 = llvm.load %v32 : !llvm.ptr -> f32
                %v544 = arith.addf %v543, %v542 fastmath<contract> : f32
                llvm.store %v544, %v32 : f32, !llvm.ptr
                llvm.store %v513, %v31 : f32, !llvm.ptr
                %v545 = arith.addi %v144, %v366 : i64
                %v547 = arith.cmpi slt, %v546, %v438 : i32
                %v548 = arith.cmpi eq, %v546, %v444 : i32
                %v549 = arith.addi %v60, %v545 : i64
                %v550 = arith.muli %v28, %v99 : i64
                %v551 = arith.muli %v26, %size_L : i64
                %v552 = arith.addi %v550, %v551 : i64
                %v553 = arith.addi %v552, %v549 : i64
                %v554 = llvm.getelementptr %in_g_o[%v553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v555 = llvm.load %v554 : !llvm.ptr -> f32
                %v556 = arith.negf %v555 : f32
                %v557 = arith.mulf %v556, %v107 fastmath<contract> : f32
                %v558 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v557) : (f32) -> f32
                %v559 = arith.addf %v34, %v558 fastmath<contract> : f32
                %v560 = arith.divf %v34, %v559 : f32
                %v561 = arith.muli %v28, %v99 : i64
                %v562 = arith.muli %v26, %size_L : i64
                %v563 = arith.addi %v561, %v562 : i64
                %v564 = arith.addi %v563, %v549 : i64
                %v565 = llvm.getelementptr %dy_y[%v564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v566 = llvm.load %v565 : !llvm.ptr -> f32
                %v567 = arith.mulf %v560, %v566 fastmath<contract> : f32
                %v568 = llvm.load %v30 : !llvm.ptr -> f32
                %v569 = llvm.load %v31 : !llvm.ptr -> f32
                %v570 = arith.mulf %v569, %v568 fastmath<contract> : f32
                %v571 = arith.addf %v567, %v570 fastmath<contract> : f32
                llvm.store %v571, %v30 : f32, !llvm.ptr
                %v572 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v573 = llvm.load %v572 : !llvm.ptr -> f32
                %v574 = arith.subf %v34, %v573 fastmath<contract> : f32
                %v575 = llvm.load %v30 : !llvm.ptr -> f32
                %v576 = arith.mulf %v365, %v575 fastmath<contract> : f32
                %v577 = arith.muli %v28, %v99 : i64
                %v578 = arith.muli %v26, %size_L : i64
                %v579 = arith.addi %v577, %v578 : i64
                %v580 = arith.addi %v579, %v549 : i64
                %v581 = llvm.getelementptr %in_g_c[%v580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v582 = llvm.load %v581 : !llvm.ptr -> f32
                %v583 = arith.negf %v582 : f32
                %v584 = arith.mulf %v583, %v107 fastmath<contract> : f32
                %v585 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v584) : (f32) -> f32
                %v586 = arith.addf %v34, %v585 fastmath<contract> : f32
                %v587 = arith.divf %v34, %v586 : f32
                %v588 = arith.mulf %v582, %v587 fastmath<contract> : f32
                %v589 = arith.mulf %v588, %v575 fastmath<contract> : f32
                %v590 = arith.negf %v589 : f32
                %v591 = arith.addf %v576, %v590 fastmath<contract> : f32
                %v592 = arith.mulf %v574, %v591 fastmath<contract> : f32
                %v593 = arith.muli %v28, %v99 : i64
                %v594 = arith.muli %v26, %size_L : i64
                %v595 = arith.addi %v593, %v594 : i64
                %v596 = arith.addi %v595, %v549 : i64
                %v597 = llvm.getelementptr %in_g_f[%v596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v598 = llvm.load %v597 : !llvm.ptr -> f32
                %v599 = arith.negf %v598 : f32
                %v600 = arith.mulf %v599, %v107 fastmath<contract> : f32
                %v601 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v600) : (f32) -> f32
                %v602 = arith.addf %v34, %v601 fastmath<contract> : f32
                %v603 = arith.divf %v34, %v602 : f32
                %v604 = arith.subf %v34, %v603 fastmath<contract> : f32
                %v605 = arith.mulf %v603, %v604 fastmath<contract> : f32
                %v606 = arith.mulf %v592, %v605 fastmath<contract> : f32
                scf.if %v23 {
                  %v607 = arith.muli %v28, %v99 : i64
                  %v608 = arith.muli %v26, %size_L : i64
                  %v609 = arith.addi %v607, %v608 : i64
                  %v610 = arith.addi %v609, %v549 : i64
                  %v611 = llvm.getelementptr %dx_g_f[%v610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v606, %v611 : f32, !llvm.ptr
                }
                %v612 = arith.mulf %v574, %v603 fastmath<contract> : f32
                %v613 = arith.addf %v573, %v612 fastmath<contract> : f32
                %v614 = arith.subf %v34, %v613 fastmath<contract> : f32
                %v615 = arith.mulf %v614, %v575 fastmath<contract> : f32
                %v616 = arith.negf %v582 : f32
                %v617 = arith.mulf %v616, %v107 fastmath<contract> : f32
                %v618 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v617) : (f32) -> f32
                %v619 = arith.addf %v34, %v618 fastmath<contract> : f32
                %v620 = arith.divf %v34, %v619 : f32
                %v621 = arith.subf %v34, %v620 fastmath<contract> : f32
                %v622 = arith.mulf %v582, %v621 fastmath<contract> : f32
                %v623 = arith.addf %v34, %v622 fastmath<contract> : f32
                %v624 = arith.mulf %v620, %v623 fastmath<contract> : f32
                %v625 = arith.mulf %v615, %v624 fastmath<contract> : f32
                scf.if %v23 {
                  %v626 = arith.muli %v28, %v99 : i64
                  %v627 = arith.muli %v26, %size_L : i64
                  %v628 = arith.addi %v626, %v627 : i64
                  %v629 = arith.addi %v628, %v549 : i64
                  %v630 = llvm.getelementptr %dx_g_c[%v629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v625, %v630 : f32, !llvm.ptr
                }
                %v631 = arith.mulf %v401, %v566 fastmath<contract> : f32
                %v632 = arith.subf %v34, %v560 fastmath<contract> : f32
                %v633 = arith.mulf %v560, %v632 fastmath<contract> : f32
                %v634 = arith.mulf %v631, %v633 fastmath<contract> : f32
                scf.if %v23 {
                  %v635 = arith.muli %v28, %v99 : i64
                  %v636 = arith.muli %v26, %size_L : i64
                  %v637 = arith.addi %v635, %v636 : i64
                  %v638 = arith.addi %v637, %v549 : i64
                  %v639 = llvm.getelementptr %dx_g_o[%v638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v634, %v639 : f32, !llvm.ptr
                }
                %v640 = arith.mulf %v603, %v591 fastmath<contract> : f32
                %v641 = arith.negf %v640 : f32
                %v642 = arith.addf %v591, %v641 fastmath<contract> : f32
                %v643 = llvm.load %v32 : !llvm.ptr -> f32
                %v644 = arith.addf %v643, %v642 fastmath<contract> : f32
                llvm.store %v644, %v32 : f32, !llvm.ptr
                llvm.store %v613, %v31 : f32, !llvm.ptr
                %v645 = arith.addi %v144, %v330 : i64
                %v647 = arith.cmpi slt, %v646, %v438 : i32
                %v648 = arith.cmpi eq, %v646, %v444 : i32
                %v649 = arith.addi %v60, %v645 : i64
                %v650 = arith.muli %v28, %v99 : i64
                %v651 = arith.muli %v26, %size_L : i64
                %v652 = arith.addi %v650, %v651 : i64
                %v653 = arith.addi %v652, %v649 : i64
                %v654 = llvm.getelementptr %in_g_o[%v653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v655 = llvm.load %v654 : !llvm.ptr -> f32
                %v656 = arith.negf %v655 : f32
                %v657 = arith.mulf %v656, %v107 fastmath<contract> : f32
                %v658 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v657) : (f32) -> f32
                %v659 = arith.addf %v34, %v658 fastmath<contract> : f32
                %v660 = arith.divf %v34, %v659 : f32
                %v661 = arith.muli %v28, %v99 : i64
                %v662 = arith.muli %v26, %size_L : i64
                %v663 = arith.addi %v661, %v662 : i64
                %v664 = arith.addi %v663, %v649 : i64
                %v665 = llvm.getelementptr %dy_y[%v664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v666 = llvm.load %v665 : !llvm.ptr -> f32
                %v667 = arith.mulf %v660, %v666 fastmath<contract> : f32
                %v668 = llvm.load %v30 : !llvm.ptr -> f32
                %v669 = llvm.load %v31 : !llvm.ptr -> f32
                %v670 = arith.mulf %v669, %v668 fastmath<contract> : f32
                %v671 = arith.addf %v667, %v670 fastmath<contract> : f32
                llvm.store %v671, %v30 : f32, !llvm.ptr
                %v672 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v673 = llvm.load %v672 : !llvm.ptr -> f32
                %v674 = arith.subf %v34, %v673 fastmath<contract> : f32
                %v675 = llvm.load %v30 : !llvm.ptr -> f32
                %v676 = arith.mulf %v329, %v675 fastmath<contract> : f32
                %v677 = arith.muli %v28, %v99 : i64
                %v678 = arith.muli %v26, %size_L : i64
                %v679 = arith.addi %v677, %v678 : i64
                %v680 = arith.addi %v679, %v649 : i64
                %v681 = llvm.getelementptr %in_g_c[%v680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v682 = llvm.load %v681 : !llvm.ptr -> f32
                %v683 = arith.negf %v682 : f32
                %v684 = arith.mulf %v683, %v107 fastmath<contract> : f32
                %v685 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v684) : (f32) -> f32
                %v686 = arith.addf %v34, %v685 fastmath<contract> : f32
                %v687 = arith.divf %v34, %v686 : f32
                %v688 = arith.mulf %v682, %v687 fastmath<contract> : f32
                %v689 = arith.mulf %v688, %v675 fastmath<contract> : f32
                %v690 = arith.negf %v689 : f32
                %v691 = arith.addf %v676, %v690 fastmath<contract> : f32
                %v692 = arith.mulf %v674, %v691 fastmath<contract> : f32
                %v693 = arith.muli %v28, %v99 : i64
                %v694 = arith.muli %v26, %size_L : i64
                %v695 = arith.addi %v693, %v694 : i64
                %v696 = arith.addi %v695, %v649 : i64
                %v697 = llvm.getelementptr %in_g_f[%v696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v698 = llvm.load %v697 : !llvm.ptr -> f32
                %v699 = arith.negf %v698 : f32
                %v700 = arith.mulf %v699, %v107 fastmath<contract> : f32
                %v701 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v700) : (f32) -> f32
                %v702 = arith.addf %v34, %v701 fastmath<contract> : f32
                %v703 = arith.divf %v34, %v702 : f32
                %v704 = arith.subf %v34, %v703 fastmath<contract> : f32
                %v705 = arith.mulf %v703, %v704 fastmath<contract> : f32
                %v706 = arith.mulf %v692, %v705 fastmath<contract> : f32
                scf.if %v23 {
                  %v707 = arith.muli %v28, %v99 : i64
                  %v708 = arith.muli %v26, %size_L : i64
                  %v709 = arith.addi %v707, %v708 : i64
                  %v710 = arith.addi %v709, %v649 : i64
                  %v711 = llvm.getelementptr %dx_g_f[%v710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v706, %v711 : f32, !llvm.ptr
                }
                %v712 = arith.mulf %v674, %v703 fastmath<contract> : f32
                %v713 = arith.addf %v673, %v712 fastmath<contract> : f32
                %v714 = arith.subf %v34, %v713 fastmath<contract> : f32
                %v715 = arith.mulf %v714, %v675 fastmath<contract> : f32
                %v716 = arith.negf %v682 : f32
                %v717 = arith.mulf %v716, %v107 fastmath<contract> : f32
                %v718 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v717) : (f32) -> f32
                %v719 = arith.addf %v34, %v718 fastmath<contract> : f32
                %v720 = arith.divf %v34, %v719 : f32
                %v721 = arith.subf %v34, %v720 fastmath<contract> : f32
                %v722 = arith.mulf %v682, %v721 fastmath<contract> : f32
                %v723 = arith.addf %v34, %v722 fastmath<contract> : f32
                %v724 = arith.mulf %v720, %v723 fastmath<contract> : f32
                %v725 = arith.mulf %v715, %v724 fastmath<contract> : f32
                scf.if %v23 {
                  %v726 = arith.muli %v28, %v99 : i64
                  %v727 = arith.muli %v26, %size_L : i64
                  %v728 = arith.addi %v726, %v727 : i64
                  %v729 = arith.addi %v728, %v649 : i64
                  %v730 = llvm.getelementptr %dx_g_c[%v729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v725, %v730 : f32, !llvm.ptr
                }
                %v731 = arith.mulf %v365, %v666 fastmath<contract> : f32
                %v732 = arith.subf %v34, %v660 fastmath<contract> : f32
                %v733 = arith.mulf %v660, %v732 fastmath<contract> : f32
                %v734 = arith.mulf %v731, %v733 fastmath<contract> : f32
                scf.if %v23 {
                  %v735 = arith.muli %v28, %v99 : i64
                  %v736 = arith.muli %v26, %size_L : i64
                  %v737 = arith.addi %v735, %v736 : i64
                  %v738 = arith.addi %v737, %v649 : i64
                  %v739 = llvm.getelementptr %dx_g_o[%v738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v734, %v739 : f32, !llvm.ptr
                }
                %v740 = arith.mulf %v703, %v691 fastmath<contract> : f32
                %v741 = arith.negf %v740 : f32
                %v742 = arith.addf %v691, %v741 fastmath<contract> : f32
                %v743 = llvm.load %v32 : !llvm.ptr -> f32
                %v744 = arith.addf %v743, %v742 fastmath<contract> : f32
                llvm.store %v744, %v32 : f32, !llvm.ptr
                llvm.store %v713, %v31 : f32, !llvm.ptr
                %v745 = arith.addi %v144, %v294 : i64
                %v747 = arith.cmpi slt, %v746, %v438 : i32
                %v748 = arith.cmpi eq, %v746, %v444 : i32
                %v749 = arith.addi %v60, %v745 : i64
                %v750 = arith.muli %v28, %v99 : i64
                %v751 = arith.muli %v26, %size_L : i64
                %v752 = arith.addi %v750, %v751 : i64
                %v753 = arith.addi %v752, %v749 : i64
                %v754 = llvm.getelementptr %in_g_o[%v753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v755 = llvm.load %v754 : !llvm.ptr -> f32
                %v756 = arith.negf %v755 : f32
                %v757 = arith.mulf %v756, %v107 fastmath<contract> : f32
                %v758 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v757) : (f32) -> f32
                %v759 = arith.addf %v34, %v758 fastmath<contract> : f32
                %v760 = arith.divf %v34, %v759 : f32
                %v761 = arith.muli %v28, %v99 : i64
                %v762 = arith.muli %v26, %size_L : i64
                %v763 = arith.addi %v761, %v762 : i64
                %v764 = arith.addi %v763, %v749 : i64
                %v765 = llvm.getelementptr %dy_y[%v764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v766 = llvm.load %v765 : !llvm.ptr -> f32
                %v767 = arith.mulf %v760, %v766 fastmath<contract> : f32
                %v768 = llvm.load %v30 : !llvm.ptr -> f32
                %v769 = llvm.load %v31 : !llvm.ptr -> f32
                %v770 = arith.mulf %v769, %v768 fastmath<contract> : f32
                %v771 = arith.addf %v767, %v770 fastmath<contract> : f32
                llvm.store %v771, %v30 : f32, !llvm.ptr
                %v772 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v773 = llvm.load %v772 : !llvm.ptr -> f32
                %v774 = arith.subf %v34, %v773 fastmath<contract> : f32
                %v775 = llvm.load %v30 : !llvm.ptr -> f32
                %v776 = arith.mulf %v293, %v775 fastmath<contract> : f32
                %v777 = arith.muli %v28, %v99 : i64
                %v778 = arith.muli %v26, %size_L : i64
                %v779 = arith.addi %v777, %v778 : i64
                %v780 = arith.addi %v779, %v749 : i64
                %v781 = llvm.getelementptr %in_g_c[%v780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v782 = llvm.load %v781 : !llvm.ptr -> f32
                %v783 = arith.negf %v782 : f32
                %v784 = arith.mulf %v783, %v107 fastmath<contract> : f32
                %v785 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v784) : (f32) -> f32
                %v786 = arith.addf %v34, %v785 fastmath<contract> : f32
                %v787 = arith.divf %v34, %v786 : f32
                %v788 = arith.mulf %v782, %v787 fastmath<contract> : f32
                %v789 = arith.mulf %v788, %v775 fastmath<contract> : f32
                %v790 = arith.negf %v789 : f32
                %v791 = arith.addf %v776, %v790 fastmath<contract> : f32
                %v792 = arith.mulf %v774, %v791 fastmath<contract> : f32
                %v793 = arith.muli %v28, %v99 : i64
                %v794 = arith.muli %v26, %size_L : i64
                %v795 = arith.addi %v793, %v794 : i64
                %v796 = arith.addi %v795, %v749 : i64
                %v797 = llvm.getelementptr %in_g_f[%v796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v798 = llvm.load %v797 : !llvm.ptr -> f32
                %v799 = arith.negf %v798 : f32
                %v800 = arith.mulf %v799, %v107 fastmath<contract> : f32
                %v801 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v800) : (f32) -> f32
                %v802 = arith.addf %v34, %v801 fastmath<contract> : f32
                %v803 = arith.divf %v34, %v802 : f32
                %v804 = arith.subf %v34, %v803 fastmath<contract> : f32
                %v805 = arith.mulf %v803, %v804 fastmath<contract> : f32
                %v806 = arith.mulf %v792, %v805 fastmath<contract> : f32
                scf.if %v23 {
                  %v807 = arith.muli %v28, %v99 : i64
                  %v808 = arith.muli %v26, %size_L : i64
                  %v809 = arith.addi %v807, %v808 : i64
                  %v810 = arith.addi %v809, %v749 : i64
                  %v811 = llvm.getelementptr %dx_g_f[%v810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v806, %v811 : f32, !llvm.ptr
                }
                %v812 = arith.mulf %v774, %v803 fastmath<contract> : f32
                %v813 = arith.addf %v773, %v812 fastmath<contract> : f32
                %v814 = arith.subf %v34, %v813 fastmath<contract> : f32
                %v815 = arith.mulf %v814, %v775 fastmath<contract> : f32
                %v816 = arith.negf %v782 : f32
                %v817 = arith.mulf %v816, %v107 fastmath<contract> : f32
                %v818 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v817) : (f32) -> f32
                %v819 = arith.addf %v34, %v818 fastmath<contract> : f32
                %v820 = arith.divf %v34, %v819 : f32
                %v821 = arith.subf %v34, %v820 fastmath<contract> : f32
                %v822 = arith.mulf %v782, %v821 fastmath<contract> : f32
                %v823 = arith.addf %v34, %v822 fastmath<contract> : f32
                %v824 = arith.mulf %v820, %v823 fastmath<contract> : f32
                %v825 = arith.mulf %v815, %v824 fastmath<contract> : f32
                scf.if %v23 {
                  %v826 = arith.muli %v28, %v99 : i64
                  %v827 = arith.muli %v26, %size_L : i64
                  %v828 = arith.addi %v826, %v827 : i64
                  %v829 = arith.addi %v828, %v749 : i64
                  %v830 = llvm.getelementptr %dx_g_c[%v829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v825, %v830 : f32, !llvm.ptr
                }
                %v831 = arith.mulf %v329, %v766 fastmath<contract> : f32
                %v832 = arith.subf %v34, %v760 fastmath<contract> : f32
                %v833 = arith.mulf %v760, %v832 fastmath<contract> : f32
                %v834 = arith.mulf %v831, %v833 fastmath<contract> : f32
                scf.if %v23 {
                  %v835 = arith.muli %v28, %v99 : i64
                  %v836 = arith.muli %v26, %size_L : i64
                  %v837 = arith.addi %v835, %v836 : i64
                  %v838 = arith.addi %v837, %v749 : i64
                  %v839 = llvm.getelementptr %dx_g_o[%v838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v834, %v839 : f32, !llvm.ptr
                }
                %v840 = arith.mulf %v803, %v791 fastmath<contract> : f32
                %v841 = arith.negf %v840 : f32
                %v842 = arith.addf %v791, %v841 fastmath<contract> : f32
                %v843 = llvm.load %v32 : !llvm.ptr -> f32
                %v844 = arith.addf %v843, %v842 fastmath<contract> : f32
                llvm.store %v844, %v32 : f32, !llvm.ptr
                llvm.store %v813, %v31 : f32, !llvm.ptr
                %v845 = arith.addi %v144, %v258 : i64
                %v847 = arith.cmpi slt, %v846, %v438 : i32
                %v848 = arith.cmpi eq, %v846, %v444 : i32
                %v849 = arith.addi %v60, %v845 : i64
                %v850 = arith.muli %v28, %v99 : i64
                %v851 = arith.muli %v26, %size_L : i64
                %v852 = arith.addi %v850, %v851 : i64
                %v853 = arith.addi %v852, %v849 : i64
                %v854 = llvm.getelementptr %in_g_o[%v853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v855 = llvm.load %v854 : !llvm.ptr -> f32
                %v856 = arith.negf %v855 : f32
                %v857 = arith.mulf %v856, %v107 fastmath<contract> : f32
                %v858 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v857) : (f32) -> f32
                %v859 = arith.addf %v34, %v858 fastmath<contract> : f32
                %v860 = arith.divf %v34, %v859 : f32
                %v861 = arith.muli %v28, %v99 : i64
                %v862 = arith.muli %v26, %size_L : i64
                %v863 = arith.addi %v861, %v862 : i64
                %v864 = arith.addi %v863, %v849 : i64
                %v865 = llvm.getelementptr %dy_y[%v864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v866 = llvm.load %v865 : !llvm.ptr -> f32
                %v867 = arith.mulf %v860, %v866 fastmath<contract> : f32
                %v868 = llvm.load %v30 : !llvm.ptr -> f32
                %v869 = llvm.load %v31 : !llvm.ptr -> f32
                %v870 = arith.mulf %v869, %v868 fastmath<contract> : f32
                %v871 = arith.addf %v867, %v870 fastmath<contract> : f32
                llvm.store %v871, %v30 : f32, !llvm.ptr
                %v872 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v873 = llvm.load %v872 : !llvm.ptr -> f32
                %v874 = arith.subf %v34, %v873 fastmath<contract> : f32
                %v875 = llvm.load %v30 : !llvm.ptr -> f32
                %v876 = arith.mulf %v257, %v875 fastmath<contract> : f32
                %v877 = arith.muli %v28, %v99 : i64
                %v878 = arith.muli %v26, %size_L : i64
                %v879 = arith.addi %v877, %v878 : i64
                %v880 = arith.addi %v879, %v849 : i64
                %v881 = llvm.getelementptr %in_g_c[%v880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v882 = llvm.load %v881 : !llvm.ptr -> f32
                %v883 = arith.negf %v882 : f32
                %v884 = arith.mulf %v883, %v107 fastmath<contract> : f32
                %v885 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v884) : (f32) -> f32
                %v886 = arith.addf %v34, %v885 fastmath<contract> : f32
                %v887 = arith.divf %v34, %v886 : f32
                %v888 = arith.mulf %v882, %v887 fastmath<contract> : f32
                %v889 = arith.mulf %v888, %v875 fastmath<contract> : f32
                %v890 = arith.negf %v889 : f32
                %v891 = arith.addf %v876, %v890 fastmath<contract> : f32
                %v892 = arith.mulf %v874, %v891 fastmath<contract> : f32
                %v893 = arith.muli %v28, %v99 : i64
                %v894 = arith.muli %v26, %size_L : i64
                %v895 = arith.addi %v893, %v894 : i64
                %v896 = arith.addi %v895, %v849 : i64
                %v897 = llvm.getelementptr %in_g_f[%v896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v898 = llvm.load %v897 : !llvm.ptr -> f32
                %v899 = arith.negf %v898 : f32
                %v900 = arith.mulf %v899, %v107 fastmath<contract> : f32
                %v901 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v900) : (f32) -> f32
                %v902 = arith.addf %v34, %v901 fastmath<contract> : f32
                %v903 = arith.divf %v34, %v902 : f32
                %v904 = arith.subf %v34, %v903 fastmath<contract> : f32
                %v905 = arith.mulf %v903, %v904 fastmath<contract> : f32
                %v906 = arith.mulf %v892, %v905 fastmath<contract> : f32
                scf.if %v23 {
                  %v907 = arith.muli %v28, %v99 : i64
                  %v908 = arith.muli %v26, %size_L : i64
                  %v909 = arith.addi %v907, %v908 : i64
                  %v910 = arith.addi %v909, %v849 : i64
                  %v911 = llvm.getelementptr %dx_g_f[%v910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v906, %v911 : f32, !llvm.ptr
                }
                %v912 = arith.mulf %v874, %v903 fastmath<contract> : f32
                %v913 = arith.addf %v873, %v912 fastmath<contract> : f32
                %v914 = arith.subf %v34, %v913 fastmath<contract> : f32
                %v915 = arith.mulf %v914, %v875 fastmath<contract> : f32
                %v916 = arith.negf %v882 : f32
                %v917 = arith.mulf %v916, %v107 fastmath<contract> : f32
                %v918 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v917) : (f32) -> f32
                %v919 = arith.addf %v34, %v918 fastmath<contract> : f32
                %v920 = arith.divf %v34, %v919 : f32
                %v921 = arith.subf %v34, %v920 fastmath<contract> : f32
                %v922 = arith.mulf %v882, %v921 fastmath<contract> : f32
                %v923 = arith.addf %v34, %v922 fastmath<contract> : f32
                %v924 = arith.mulf %v920, %v923 fastmath<contract> : f32
                %v925 = arith.mulf %v915, %v924 fastmath<contract> : f32
                scf.if %v23 {
                  %v926 = arith.muli %v28, %v99 : i64
                  %v927 = arith.muli %v26, %size_L : i64
                  %v928 = arith.addi %v926, %v927 : i64
                  %v929 = arith.addi %v928, %v849 : i64
                  %v930 = llvm.getelementptr %dx_g_c[%v929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v925, %v930 : f32, !llvm.ptr
                }
                %v931 = arith.mulf %v293, %v866 fastmath<contract> : f32
                %v932 = arith.subf %v34, %v860 fastmath<contract> : f32
                %v933 = arith.mulf %v860, %v932 fastmath<contract> : f32
                %v934 = arith.mulf %v931, %v933 fastmath<contract> : f32
                scf.if %v23 {
                  %v935 = arith.muli %v28, %v99 : i64
                  %v936 = arith.muli %v26, %size_L : i64
                  %v937 = arith.addi %v935, %v936 : i64
                  %v938 = arith.addi %v937, %v849 : i64
                  %v939 = llvm.getelementptr %dx_g_o[%v938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v934, %v939 : f32, !llvm.ptr
                }
                %v940 = arith.mulf %v903, %v891 fastmath<contract> : f32
                %v941 = arith.negf %v940 : f32
                %v942 = arith.addf %v891, %v941 fastmath<contract> : f32
                %v943 = llvm.load %v32 : !llvm.ptr -> f32
                %v944 = arith.addf %v943, %v942 fastmath<contract> : f32
                llvm.store %v944, %v32 : f32, !llvm.ptr
                llvm.store %v913, %v31 : f32, !llvm.ptr
                %v945 = arith.addi %v144, %v40 : i64
                %v947 = arith.cmpi slt, %v946, %v438 : i32
                %v948 = arith.cmpi eq, %v946, %v444 : i32
                %v949 = arith.addi %v60, %v945 : i64
                %v950 = arith.muli %v28, %v99 : i64
                %v951 = arith.muli %v26, %size_L : i64
                %v952 = arith.addi %v950, %v951 : i64
                %v953 = arith.addi %v952, %v949 : i64
                %v954 = llvm.getelementptr %in_g_o[%v953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v955 = llvm.load %v954 : !llvm.ptr -> f32
                %v956 = arith.negf %v955 : f32
                %v957 = arith.mulf %v956, %v107 fastmath<contract> : f32
                %v958 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v957) : (f32) -> f32
                %v959 = arith.addf %v34, %v958 fastmath<contract> : f32
                %v960 = arith.divf %v34, %v959 : f32
                %v961 = arith.muli %v28, %v99 : i64
                %v962 = arith.muli %v26, %size_L : i64
                %v963 = arith.addi %v961, %v962 : i64
                %v964 = arith.addi %v963, %v949 : i64
                %v965 = llvm.getelementptr %dy_y[%v964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v966 = llvm.load %v965 : !llvm.ptr -> f32
                %v967 = arith.mulf %v960, %v966 fastmath<contract> : f32
                %v968 = llvm.load %v30 : !llvm.ptr -> f32
                %v969 = llvm.load %v31 : !llvm.ptr -> f32
                %v970 = arith.mulf %v969, %v968 fastmath<contract> : f32
                %v971 = arith.addf %v967, %v970 fastmath<contract> : f32
                llvm.store %v971, %v30 : f32, !llvm.ptr
                %v972 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v973 = llvm.load %v972 : !llvm.ptr -> f32
                %v974 = arith.subf %v34, %v973 fastmath<contract> : f32
                %v975 = llvm.load %v30 : !llvm.ptr -> f32
                %v976 = arith.mulf %v222, %v975 fastmath<contract> : f32
                %v977 = arith.muli %v28, %v99 : i64
                %v978 = arith.muli %v26, %size_L : i64
                %v979 = arith.addi %v977, %v978 : i64
                %v980 = arith.addi %v979, %v949 : i64
                %v981 = llvm.getelementptr %in_g_c[%v980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v982 = llvm.load %v981 : !llvm.ptr -> f32
                %v983 = arith.negf %v982 : f32
                %v984 = arith.mulf %v983, %v107 fastmath<contract> : f32
                %v985 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v984) : (f32) -> f32
                %v986 = arith.addf %v34, %v985 fastmath<contract> : f32
                %v987 = arith.divf %v34, %v986 : f32
                %v988 = arith.mulf %v982, %v987 fastmath<contract> : f32
                %v989 = arith.mulf %v988, %v975 fastmath<contract> : f32
                %v990 = arith.negf %v989 : f32
                %v991 = arith.addf %v976, %v990 fastmath<contract> : f32
                %v992 = arith.mulf %v974, %v991 fastmath<contract> : f32
                %v993 = arith.muli %v28, %v99 : i64
                %v994 = arith.muli %v26, %size_L : i64
                %v995 = arith.addi %v993, %v994 : i64
                %v996 = arith.addi %v995, %v949 : i64
                %v997 = llvm.getelementptr %in_g_f[%v996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v998 = llvm.load %v997 : !llvm.ptr -> f32
                %v999 = arith.negf %v998 : f32
                %v1000 = arith.mulf %v999, %v107 fastmath<contract> : f32
                %v1001 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1000) : (f32) -> f32
                %v1002 = arith.addf %v34, %v1001 fastmath<contract> : f32
                %v1003 = arith.divf %v34, %v1002 : f32
                %v1004 = arith.subf %v34, %v1003 fastmath<contract> : f32
                %v1005 = arith.mulf %v1003, %v1004 fastmath<contract> : f32
                %v1006 = arith.mulf %v992, %v1005 fastmath<contract> : f32
                scf.if %v23 {
                  %v1007 = arith.muli %v28, %v99 : i64
                  %v1008 = arith.muli %v26, %size_L : i64
                  %v1009 = arith.addi %v1007, %v1008 : i64
                  %v1010 = arith.addi %v1009, %v949 : i64
                  %v1011 = llvm.getelementptr %dx_g_f[%v1010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1006, %v1011 : f32, !llvm.ptr
                }
                %v1012 = arith.mulf %v974, %v1003 fastmath<contract> : f32
                %v1013 = arith.addf %v973, %v1012 fastmath<contract> : f32
                %v1014 = arith.subf %v34, %v1013 fastmath<contract> : f32
                %v1015 = arith.mulf %v1014, %v975 fastmath<contract> : f32
                %v1016 = arith.negf %v982 : f32
                %v1017 = arith.mulf %v1016, %v107 fastmath<contract> : f32
                %v1018 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1017) : (f32) -> f32
                %v1019 = arith.addf %v34, %v1018 fastmath<contract> : f32
                %v1020 = arith.divf %v34, %v1019 : f32
                %v1021 = arith.subf %v34, %v1020 fastmath<contract> : f32
                %v1022 = arith.mulf %v982, %v1021 fastmath<contract> : f32
                %v1023 = arith.addf %v34, %v1022 fastmath<contract> : f32
                %v1024 = arith.mulf %v1020, %v1023 fastmath<contract> : f32
                %v1025 = arith.mulf %v1015, %v1024 fastmath<contract> : f32
                scf.if %v23 {
                  %v1026 = arith.muli %v28, %v99 : i64
                  %v1027 = arith.muli %v26, %size_L : i64
                  %v1028 = arith.addi %v1026, %v1027 : i64
                  %v1029 = arith.addi %v1028, %v949 : i64
                  %v1030 = llvm.getelementptr %dx_g_c[%v1029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1025, %v1030 : f32, !llvm.ptr
                }
                %v1031 = arith.mulf %v257, %v966 fastmath<contract> : f32
                %v1032 = arith.subf %v34, %v960 fastmath<contract> : f32
                %v1033 = arith.mulf %v960, %v1032 fastmath<contract> : f32
                %v1034 = arith.mulf %v1031, %v1033 fastmath<contract> : f32
                scf.if %v23 {
                  %v1035 = arith.muli %v28, %v99 : i64
                  %v1036 = arith.muli %v26, %size_L : i64
                  %v1037 = arith.addi %v1035, %v1036 : i64
                  %v1038 = arith.addi %v1037, %v949 : i64
                  %v1039 = llvm.getelementptr %dx_g_o[%v1038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1034, %v1039 : f32, !llvm.ptr
                }
                %v1040 = arith.mulf %v1003, %v991 fastmath<contract> : f32
                %v1041 = arith.negf %v1040 : f32
                %v1042 = arith.addf %v991, %v1041 fastmath<contract> : f32
                %v1043 = llvm.load %v32 : !llvm.ptr -> f32
                %v1044 = arith.addf %v1043, %v1042 fastmath<contract> : f32
                llvm.store %v1044, %v32 : f32, !llvm.ptr
                llvm.store %v1013, %v31 : f32, !llvm.ptr
                %v1045 = arith.addi %v144, %v1 : i64
                %v1047 = arith.cmpi slt, %v1046, %v438 : i32
                %v1048 = arith.cmpi eq, %v1046, %v444 : i32
                %v1049 = arith.addi %v60, %v1045 : i64
                %v1050 = arith.muli %v28, %v99 : i64
                %v1051 = arith.muli %v26, %size_L : i64
                %v1052 = arith.addi %v1050, %v1051 : i64
                %v1053 = arith.addi %v1052, %v1049 : i64
                %v1054 = llvm.getelementptr %in_g_o[%v1053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1055 = llvm.load %v1054 : !llvm.ptr -> f32
                %v1056 = arith.negf %v1055 : f32
                %v1057 = arith.mulf %v1056, %v107 fastmath<contract> : f32
                %v1058 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1057) : (f32) -> f32
                %v1059 = arith.addf %v34, %v1058 fastmath<contract> : f32
                %v1060 = arith.divf %v34, %v1059 : f32
                %v1061 = arith.muli %v28, %v99 : i64
                %v1062 = arith.muli %v26, %size_L : i64
                %v1063 = arith.addi %v1061, %v1062 : i64
                %v1064 = arith.addi %v1063, %v1049 : i64
                %v1065 = llvm.getelementptr %dy_y[%v1064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1066 = llvm.load %v1065 : !llvm.ptr -> f32
                %v1067 = arith.mulf %v1060, %v1066 fastmath<contract> : f32
                %v1068 = llvm.load %v30 : !llvm.ptr -> f32
                %v1069 = llvm.load %v31 : !llvm.ptr -> f32
                %v1070 = arith.mulf %v1069, %v1068 fastmath<contract> : f32
                %v1071 = arith.addf %v1067, %v1070 fastmath<contract> : f32
                llvm.store %v1071, %v30 : f32, !llvm.ptr
                %v1072 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1073 = llvm.load %v1072 : !llvm.ptr -> f32
                %v1074 = arith.subf %v34, %v1073 fastmath<contract> : f32
                %v1075 = llvm.load %v30 : !llvm.ptr -> f32
                %v1076 = arith.mulf %v187, %v1075 fastmath<contract> : f32
                %v1077 = arith.muli %v28, %v99 : i64
                %v1078 = arith.muli %v26, %size_L : i64
                %v1079 = arith.addi %v1077, %v1078 : i64
                %v1080 = arith.addi %v1079, %v1049 : i64
                %v1081 = llvm.getelementptr %in_g_c[%v1080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1082 = llvm.load %v1081 : !llvm.ptr -> f32
                %v1083 = arith.negf %v1082 : f32
                %v1084 = arith.mulf %v1083, %v107 fastmath<contract> : f32
                %v1085 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1084) : (f32) -> f32
                %v1086 = arith.addf %v34, %v1085 fastmath<contract> : f32
                %v1087 = arith.divf %v34, %v1086 : f32
                %v1088 = arith.mulf %v1082, %v1087 fastmath<contract> : f32
                %v1089 = arith.mulf %v1088, %v1075 fastmath<contract> : f32
                %v1090 = arith.negf %v1089 : f32
                %v1091 = arith.addf %v1076, %v1090 fastmath<contract> : f32
                %v1092 = arith.mulf %v1074, %v1091 fastmath<contract> : f32
                %v1093 = arith.muli %v28, %v99 : i64
                %v1094 = arith.muli %v26, %size_L : i64
                %v1095 = arith.addi %v1093, %v1094 : i64
                %v1096 = arith.addi %v1095, %v1049 : i64
                %v1097 = llvm.getelementptr %in_g_f[%v1096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1098 = llvm.load %v1097 : !llvm.ptr -> f32
                %v1099 = arith.negf %v1098 : f32
                %v1100 = arith.mulf %v1099, %v107 fastmath<contract> : f32
                %v1101 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1100) : (f32) -> f32
                %v1102 = arith.addf %v34, %v1101 fastmath<contract> : f32
                %v1103 = arith.divf %v34, %v1102 : f32
                %v1104 = arith.subf %v34, %v1103 fastmath<contract> : f32
                %v1105 = arith.mulf %v1103, %v1104 fastmath<contract> : f32
                %v1106 = arith.mulf %v1092, %v1105 fastmath<contract> : f32
                scf.if %v23 {
                  %v1107 = arith.muli %v28, %v99 : i64
                  %v1108 = arith.muli %v26, %size_L : i64
                  %v1109 = arith.addi %v1107, %v1108 : i64
                  %v1110 = arith.addi %v1109, %v1049 : i64
                  %v1111 = llvm.getelementptr %dx_g_f[%v1110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1106, %v1111 : f32, !llvm.ptr
                }
                %v1112 = arith.mulf %v1074, %v1103 fastmath<contract> : f32
                %v1113 = arith.addf %v1073, %v1112 fastmath<contract> : f32
                %v1114 = arith.subf %v34, %v1113 fastmath<contract> : f32
                %v1115 = arith.mulf %v1114, %v1075 fastmath<contract> : f32
                %v1116 = arith.negf %v1082 : f32
                %v1117 = arith.mulf %v1116, %v107 fastmath<contract> : f32
                %v1118 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1117) : (f32) -> f32
                %v1119 = arith.addf %v34, %v1118 fastmath<contract> : f32
                %v1120 = arith.divf %v34, %v1119 : f32
                %v1121 = arith.subf %v34, %v1120 fastmath<contract> : f32
                %v1122 = arith.mulf %v1082, %v1121 fastmath<contract> : f32
                %v1123 = arith.addf %v34, %v1122 fastmath<contract> : f32
                %v1124 = arith.mulf %v1120, %v1123 fastmath<contract> : f32
                %v1125 = arith.mulf %v1115, %v1124 fastmath<contract> : f32
                scf.if %v23 {
                  %v1126 = arith.muli %v28, %v99 : i64
                  %v1127 = arith.muli %v26, %size_L : i64
                  %v1128 = arith.addi %v1126, %v1127 : i64
                  %v1129 = arith.addi %v1128, %v1049 : i64
                  %v1130 = llvm.getelementptr %dx_g_c[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1125, %v1130 : f32, !llvm.ptr
                }
                %v1131 = arith.mulf %v222, %v1066 fastmath<contract> : f32
                %v1132 = arith.subf %v34, %v1060 fastmath<contract> : f32
                %v1133 = arith.mulf %v1060, %v1132 fastmath<contract> : f32
                %v1134 = arith.mulf %v1131, %v1133 fastmath<contract> : f32
                scf.if %v23 {
                  %v1135 = arith.muli %v28, %v99 : i64
                  %v1136 = arith.muli %v26, %size_L : i64
                  %v1137 = arith.addi %v1135, %v1136 : i64
                  %v1138 = arith.addi %v1137, %v1049 : i64
                  %v1139 = llvm.getelementptr %dx_g_o[%v1138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1134, %v1139 : f32, !llvm.ptr
                }
                %v1140 = arith.mulf %v1103, %v1091 fastmath<contract> : f32
                %v1141 = arith.negf %v1140 : f32
                %v1142 = arith.addf %v1091, %v1141 fastmath<contract> : f32
                %v1143 = llvm.load %v32 : !llvm.ptr -> f32
                %v1144 = arith.addf %v1143, %v1142 fastmath<contract> : f32
                llvm.store %v1144, %v32 : f32, !llvm.ptr
                llvm.store %v1113, %v31 : f32, !llvm.ptr
                %v1146 = arith.cmpi slt, %v1145, %v438 : i32
                %v1147 = arith.cmpi eq, %v1145, %v444 : i32
                %v1148 = arith.addi %v60, %v144 : i64
                %v1149 = arith.muli %v28, %v99 : i64
                %v1150 = arith.muli %v26, %size_L : i64
                %v1151 = arith.addi %v1149, %v1150 : i64
                %v1152 = arith.addi %v1151, %v1148 : i64
                %v1153 = llvm.getelementptr %in_g_o[%v1152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1154 = llvm.load %v1153 : !llvm.ptr -> f32
                %v1155 = arith.negf %v1154 : f32
                %v1156 = arith.mulf %v1155, %v107 fastmath<contract> : f32
                %v1157 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1156) : (f32) -> f32
                %v1158 = arith.addf %v34, %v1157 fastmath<contract> : f32
                %v1159 = arith.divf %v34, %v1158 : f32
                %v1160 = arith.muli %v28, %v99 : i64
                %v1161 = arith.muli %v26, %size_L : i64
                %v1162 = arith.addi %v1160, %v1161 : i64
                %v1163 = arith.addi %v1162, %v1148 : i64
                %v1164 = llvm.getelementptr %dy_y[%v1163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1165 = llvm.load %v1164 : !llvm.ptr -> f32
                %v1166 = arith.mulf %v1159, %v1165 fastmath<contract> : f32
                %v1167 = llvm.load %v30 : !llvm.ptr -> f32
                %v1168 = llvm.load %v31 : !llvm.ptr -> f32
                %v1169 = arith.mulf %v1168, %v1167 fastmath<contract> : f32
                %v1170 = arith.addf %v1166, %v1169 fastmath<contract> : f32
                llvm.store %v1170, %v30 : f32, !llvm.ptr
                %v1171 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1172 = llvm.load %v1171 : !llvm.ptr -> f32
                %v1173 = arith.subf %v34, %v1172 fastmath<contract> : f32
                %v1174 = llvm.load %v30 : !llvm.ptr -> f32
                %v1175 = arith.mulf %v153, %v1174 fastmath<contract> : f32
                %v1176 = arith.muli %v28, %v99 : i64
                %v1177 = arith.muli %v26, %size_L : i64
                %v1178 = arith.addi %v1176, %v1177 : i64
                %v1179 = arith.addi %v1178, %v1148 : i64
                %v1180 = llvm.getelementptr %in_g_c[%v1179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1181 = llvm.load %v1180 : !llvm.ptr -> f32
                %v1182 = arith.negf %v1181 : f32
                %v1183 = arith.mulf %v1182, %v107 fastmath<contract> : f32
                %v1184 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1183) : (f32) -> f32
                %v1185 = arith.addf %v34, %v1184 fastmath<contract> : f32
                %v1186 = arith.divf %v34, %v1185 : f32
                %v1187 = arith.mulf %v1181, %v1186 fastmath<contract> : f32
                %v1188 = arith.mulf %v1187, %v1174 fastmath<contract> : f32
                %v1189 = arith.negf %v1188 : f32
                %v1190 = arith.addf %v1175, %v1189 fastmath<contract> : f32
                %v1191 = arith.mulf %v1173, %v1190 fastmath<contract> : f32
                %v1192 = arith.muli %v28, %v99 : i64
                %v1193 = arith.muli %v26, %size_L : i64
                %v1194 = arith.addi %v1192, %v1193 : i64
                %v1195 = arith.addi %v1194, %v1148 : i64
                %v1196 = llvm.getelementptr %in_g_f[%v1195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1197 = llvm.load %v1196 : !llvm.ptr -> f32
                %v1198 = arith.negf %v1197 : f32
                %v1199 = arith.mulf %v1198, %v107 fastmath<contract> : f32
                %v1200 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1199) : (f32) -> f32
                %v1201 = arith.addf %v34, %v1200 fastmath<contract> : f32
                %v1202 = arith.divf %v34, %v1201 : f32
                %v1203 = arith.subf %v34, %v1202 fastmath<contract> : f32
                %v1204 = arith.mulf %v1202, %v1203 fastmath<contract> : f32
                %v1205 = arith.mulf %v1191, %v1204 fastmath<contract> : f32
                scf.if %v23 {
                  %v1206 = arith.muli %v28, %v99 : i64
                  %v1207 = arith.muli %v26, %size_L : i64
                  %v1208 = arith.addi %v1206, %v1207 : i64
                  %v1209 = arith.addi %v1208, %v1148 : i64
                  %v1210 = llvm.getelementptr %dx_g_f[%v1209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1205, %v1210 : f32, !llvm.ptr
                }
                %v1211 = arith.mulf %v1173, %v1202 fastmath<contract> : f32
                %v1212 = arith.addf %v1172, %v1211 fastmath<contract> : f32
                %v1213 = arith.subf %v34, %v1212 fastmath<contract> : f32
                %v1214 = arith.mulf %v1213, %v1174 fastmath<contract> : f32
                %v1215 = arith.negf %v1181 : f32
                %v1216 = arith.mulf %v1215, %v107 fastmath<contract> : f32
                %v1217 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1216) : (f32) -> f32
                %v1218 = arith.addf %v34, %v1217 fastmath<contract> : f32
                %v1219 = arith.divf %v34, %v1218 : f32
                %v1220 = arith.subf %v34, %v1219 fastmath<contract> : f32
                %v1221 = arith.mulf %v1181, %v1220 fastmath<contract> : f32
                %v1222 = arith.addf %v34, %v1221 fastmath<contract> : f32
                %v1223 = arith.mulf %v1219, %v1222 fastmath<contract> : f32
                %v1224 = arith.mulf %v1214, %v1223 fastmath<contract> : f32
                scf.if %v23 {
                  %v1225 = arith.muli %v28, %v99 : i64
                  %v1226 = arith.muli %v26, %size_L : i64
                  %v1227 = arith.addi %v1225, %v1226 : i64
                  %v1228 = arith.addi %v1227, %v1148 : i64
                  %v1229 = llvm.getelementptr %dx_g_c[%v1228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1224, %v1229 : f32, !llvm.ptr
                }
                %v1230 = arith.mulf %v187, %v1165 fastmath<contract> : f32
                %v1231 = arith.subf %v34, %v1159 fastmath<contract> : f32
                %v1232 = arith.mulf %v1159, %v1231 fastmath<contract> : f32
                %v1233 = arith.mulf %v1230, %v1232 fastmath<contract> : f32
                scf.if %v23 {
                  %v1234 = arith.muli %v28, %v99 : i64
                  %v1235 = arith.muli %v26, %size_L : i64
                  %v1236 = arith.addi %v1234, %v1235 : i64
                  %v1237 = arith.addi %v1236, %v1148 : i64
                  %v1238 = llvm.getelementptr %dx_g_o[%v1237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1233, %v1238 : f32, !llvm.ptr
                }
                %v1239 = arith.mulf %v1202, %v1190 fastmath<contract> : f32
                %v1240 = arith.negf %v1239 : f32
                %v1241 = arith.addf %v1190, %v1240 fastmath<contract> : f32
                %v1242 = llvm.load %v32 : !llvm.ptr -> f32
                %v1243 = arith.addf %v1242, %v1241 fastmath<contract> : f32
                llvm.store %v1243, %v32 : f32, !llvm.ptr
                llvm.store %v1212, %v31 : f32, !llvm.ptr
              } else {
                %v1244 = arith.subi %v62, %v1 : i64
                %v1245 = arith.muli %v143, %v2 : i64
                %v1246 = arith.subi %v2, %v1 : i64
                %v1247 = arith.minsi %v22, %v1246 : i64
                %v1248 = arith.addi %v1245, %v1247 : i64
                %v1249 = llvm.getelementptr %scratch_h[%v1248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1250 = llvm.load %v1249 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v1251 = arith.minsi %v144, %v1244 : i64
                %v1252 = arith.addi %v60, %v1251 : i64
                %v1253 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1254 = llvm.load %v1253 : !llvm.ptr -> f32
                %v1255 = arith.subf %v34, %v1254 fastmath<contract> : f32
                %v1256 = arith.muli %v28, %v99 : i64
                %v1257 = arith.muli %v26, %size_L : i64
                %v1258 = arith.addi %v1256, %v1257 : i64
                %v1259 = arith.addi %v1258, %v1252 : i64
                %v1260 = llvm.getelementptr %in_g_f[%v1259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1261 = llvm.load %v1260 : !llvm.ptr -> f32
                %v1262 = arith.negf %v1261 : f32
                %v1263 = arith.mulf %v1262, %v107 fastmath<contract> : f32
                %v1264 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1263) : (f32) -> f32
                %v1265 = arith.addf %v34, %v1264 fastmath<contract> : f32
                %v1266 = arith.divf %v34, %v1265 : f32
                %v1267 = arith.mulf %v1255, %v1266 fastmath<contract> : f32
                %v1268 = arith.addf %v1254, %v1267 fastmath<contract> : f32
                %v1269 = arith.subf %v34, %v1268 fastmath<contract> : f32
                %v1270 = arith.muli %v28, %v99 : i64
                %v1271 = arith.muli %v26, %size_L : i64
                %v1272 = arith.addi %v1270, %v1271 : i64
                %v1273 = arith.addi %v1272, %v1252 : i64
                %v1274 = llvm.getelementptr %in_g_c[%v1273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1275 = llvm.load %v1274 : !llvm.ptr -> f32
                %v1276 = arith.negf %v1275 : f32
                %v1277 = arith.mulf %v1276, %v107 fastmath<contract> : f32
                %v1278 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1277) : (f32) -> f32
                %v1279 = arith.addf %v34, %v1278 fastmath<contract> : f32
                %v1280 = arith.divf %v34, %v1279 : f32
                %v1281 = arith.mulf %v1275, %v1280 fastmath<contract> : f32
                %v1282 = arith.mulf %v1269, %v1281 fastmath<contract> : f32
                %v1283 = arith.mulf %v1268, %v1250 fastmath<contract> : f32
                %v1284 = arith.addf %v1283, %v1282 fastmath<contract> : f32
                %v1285 = arith.addi %v144, %v1 : i64
                %v1286 = arith.minsi %v1285, %v1244 : i64
                %v1287 = arith.addi %v60, %v1286 : i64
                %v1288 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1289 = llvm.load %v1288 : !llvm.ptr -> f32
                %v1290 = arith.subf %v34, %v1289 fastmath<contract> : f32
                %v1291 = arith.muli %v28, %v99 : i64
                %v1292 = arith.muli %v26, %size_L : i64
                %v1293 = arith.addi %v1291, %v1292 : i64
                %v1294 = arith.addi %v1293, %v1287 : i64
                %v1295 = llvm.getelementptr %in_g_f[%v1294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1296 = llvm.load %v1295 : !llvm.ptr -> f32
                %v1297 = arith.negf %v1296 : f32
                %v1298 = arith.mulf %v1297, %v107 fastmath<contract> : f32
                %v1299 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1298) : (f32) -> f32
                %v1300 = arith.addf %v34, %v1299 fastmath<contract> : f32
                %v1301 = arith.divf %v34, %v1300 : f32
                %v1302 = arith.mulf %v1290, %v1301 fastmath<contract> : f32
                %v1303 = arith.addf %v1289, %v1302 fastmath<contract> : f32
                %v1304 = arith.subf %v34, %v1303 fastmath<contract> : f32
                %v1305 = arith.muli %v28, %v99 : i64
                %v1306 = arith.muli %v26, %size_L : i64
                %v1307 = arith.addi %v1305, %v1306 : i64
                %v1308 = arith.addi %v1307, %v1287 : i64
                %v1309 = llvm.getelementptr %in_g_c[%v1308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1310 = llvm.load %v1309 : !llvm.ptr -> f32
                %v1311 = arith.negf %v1310 : f32
                %v1312 = arith.mulf %v1311, %v107 fastmath<contract> : f32
                %v1313 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1312) : (f32) -> f32
                %v1314 = arith.addf %v34, %v1313 fastmath<contract> : f32
                %v1315 = arith.divf %v34, %v1314 : f32
                %v1316 = arith.mulf %v1310, %v1315 fastmath<contract> : f32
                %v1317 = arith.mulf %v1304, %v1316 fastmath<contract> : f32
                %v1318 = arith.mulf %v1303, %v1284 fastmath<contract> : f32
                %v1319 = arith.addf %v1318, %v1317 fastmath<contract> : f32
                %v1320 = arith.addi %v144, %v40 : i64
                %v1321 = arith.minsi %v1320, %v1244 : i64
                %v1322 = arith.addi %v60, %v1321 : i64
                %v1323 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1324 = llvm.load %v1323 : !llvm.ptr -> f32
                %v1325 = arith.subf %v34, %v1324 fastmath<contract> : f32
                %v1326 = arith.muli %v28, %v99 : i64
                %v1327 = arith.muli %v26, %size_L : i64
                %v1328 = arith.addi %v1326, %v1327 : i64
                %v1329 = arith.addi %v1328, %v1322 : i64
                %v1330 = llvm.getelementptr %in_g_f[%v1329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1331 = llvm.load %v1330 : !llvm.ptr -> f32
                %v1332 = arith.negf %v1331 : f32
                %v1333 = arith.mulf %v1332, %v107 fastmath<contract> : f32
                %v1334 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1333) : (f32) -> f32
                %v1335 = arith.addf %v34, %v1334 fastmath<contract> : f32
                %v1336 = arith.divf %v34, %v1335 : f32
                %v1337 = arith.mulf %v1325, %v1336 fastmath<contract> : f32
                %v1338 = arith.addf %v1324, %v1337 fastmath<contract> : f32
                %v1339 = arith.subf %v34, %v1338 fastmath<contract> : f32
                %v1340 = arith.muli %v28, %v99 : i64
                %v1341 = arith.muli %v26, %size_L : i64
                %v1342 = arith.addi %v1340, %v1341 : i64
                %v1343 = arith.addi %v1342, %v1322 : i64
                %v1344 = llvm.getelementptr %in_g_c[%v1343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1345 = llvm.load %v1344 : !llvm.ptr -> f32
                %v1346 = arith.negf %v1345 : f32
                %v1347 = arith.mulf %v1346, %v107 fastmath<contract> : f32
                %v1348 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1347) : (f32) -> f32
                %v1349 = arith.addf %v34, %v1348 fastmath<contract> : f32
                %v1350 = arith.divf %v34, %v1349 : f32
                %v1351 = arith.mulf %v1345, %v1350 fastmath<contract> : f32
                %v1352 = arith.mulf %v1339, %v1351 fastmath<contract> : f32
                %v1353 = arith.mulf %v1338, %v1319 fastmath<contract> : f32
                %v1354 = arith.addf %v1353, %v1352 fastmath<contract> : f32
                %v1355 = arith.addi %v144, %v258 : i64
                %v1356 = arith.minsi %v1355, %v1244 : i64
                %v1357 = arith.addi %v60, %v1356 : i64
                %v1358 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1359 = llvm.load %v1358 : !llvm.ptr -> f32
                %v1360 = arith.subf %v34, %v1359 fastmath<contract> : f32
                %v1361 = arith.muli %v28, %v99 : i64
                %v1362 = arith.muli %v26, %size_L : i64
                %v1363 = arith.addi %v1361, %v1362 : i64
                %v1364 = arith.addi %v1363, %v1357 : i64
                %v1365 = llvm.getelementptr %in_g_f[%v1364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1366 = llvm.load %v1365 : !llvm.ptr -> f32
                %v1367 = arith.negf %v1366 : f32
                %v1368 = arith.mulf %v1367, %v107 fastmath<contract> : f32
                %v1369 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1368) : (f32) -> f32
                %v1370 = arith.addf %v34, %v1369 fastmath<contract> : f32
                %v1371 = arith.divf %v34, %v1370 : f32
                %v1372 = arith.mulf %v1360, %v1371 fastmath<contract> : f32
                %v1373 = arith.addf %v1359, %v1372 fastmath<contract> : f32
                %v1374 = arith.subf %v34, %v1373 fastmath<contract> : f32
                %v1375 = arith.muli %v28, %v99 : i64
                %v1376 = arith.muli %v26, %size_L : i64
                %v1377 = arith.addi %v1375, %v1376 : i64
                %v1378 = arith.addi %v1377, %v1357 : i64
                %v1379 = llvm.getelementptr %in_g_c[%v1378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1380 = llvm.load %v1379 : !llvm.ptr -> f32
                %v1381 = arith.negf %v1380 : f32
                %v1382 = arith.mulf %v1381, %v107 fastmath<contract> : f32
                %v1383 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1382) : (f32) -> f32
                %v1384 = arith.addf %v34, %v1383 fastmath<contract> : f32
                %v1385 = arith.divf %v34, %v1384 : f32
                %v1386 = arith.mulf %v1380, %v1385 fastmath<contract> : f32
                %v1387 = arith.mulf %v1374, %v1386 fastmath<contract> : f32
                %v1388 = arith.mulf %v1373, %v1354 fastmath<contract> : f32
                %v1389 = arith.addf %v1388, %v1387 fastmath<contract> : f32
                %v1390 = arith.addi %v144, %v294 : i64
                %v1391 = arith.minsi %v1390, %v1244 : i64
                %v1392 = arith.addi %v60, %v1391 : i64
                %v1393 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1394 = llvm.load %v1393 : !llvm.ptr -> f32
                %v1395 = arith.subf %v34, %v1394 fastmath<contract> : f32
                %v1396 = arith.muli %v28, %v99 : i64
                %v1397 = arith.muli %v26, %size_L : i64
                %v1398 = arith.addi %v1396, %v1397 : i64
                %v1399 = arith.addi %v1398, %v1392 : i64
                %v1400 = llvm.getelementptr %in_g_f[%v1399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1401 = llvm.load %v1400 : !llvm.ptr -> f32
                %v1402 = arith.negf %v1401 : f32
                %v1403 = arith.mulf %v1402, %v107 fastmath<contract> : f32
                %v1404 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1403) : (f32) -> f32
                %v1405 = arith.addf %v34, %v1404 fastmath<contract> : f32
                %v1406 = arith.divf %v34, %v1405 : f32
                %v1407 = arith.mulf %v1395, %v1406 fastmath<contract> : f32
                %v1408 = arith.addf %v1394, %v1407 fastmath<contract> : f32
                %v1409 = arith.subf %v34, %v1408 fastmath<contract> : f32
                %v1410 = arith.muli %v28, %v99 : i64
                %v1411 = arith.muli %v26, %size_L : i64
                %v1412 = arith.addi %v1410, %v1411 : i64
                %v1413 = arith.addi %v1412, %v1392 : i64
                %v1414 = llvm.getelementptr %in_g_c[%v1413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1415 = llvm.load %v1414 : !llvm.ptr -> f32
                %v1416 = arith.negf %v1415 : f32
                %v1417 = arith.mulf %v1416, %v107 fastmath<contract> : f32
                %v1418 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1417) : (f32) -> f32
                %v1419 = arith.addf %v34, %v1418 fastmath<contract> : f32
                %v1420 = arith.divf %v34, %v1419 : f32
                %v1421 = arith.mulf %v1415, %v1420 fastmath<contract> : f32
                %v1422 = arith.mulf %v1409, %v1421 fastmath<contract> : f32
                %v1423 = arith.mulf %v1408, %v1389 fastmath<contract> : f32
                %v1424 = arith.addf %v1423, %v1422 fastmath<contract> : f32
                %v1425 = arith.addi %v144, %v330 : i64
                %v1426 = arith.minsi %v1425, %v1244 : i64
                %v1427 = arith.addi %v60, %v1426 : i64
                %v1428 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1429 = llvm.load %v1428 : !llvm.ptr -> f32
                %v1430 = arith.subf %v34, %v1429 fastmath<contract> : f32
                %v1431 = arith.muli %v28, %v99 : i64
                %v1432 = arith.muli %v26, %size_L : i64
                %v1433 = arith.addi %v1431, %v1432 : i64
                %v1434 = arith.addi %v1433, %v1427 : i64
                %v1435 = llvm.getelementptr %in_g_f[%v1434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1436 = llvm.load %v1435 : !llvm.ptr -> f32
                %v1437 = arith.negf %v1436 : f32
                %v1438 = arith.mulf %v1437, %v107 fastmath<contract> : f32
                %v1439 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1438) : (f32) -> f32
                %v1440 = arith.addf %v34, %v1439 fastmath<contract> : f32
                %v1441 = arith.divf %v34, %v1440 : f32
                %v1442 = arith.mulf %v1430, %v1441 fastmath<contract> : f32
                %v1443 = arith.addf %v1429, %v1442 fastmath<contract> : f32
                %v1444 = arith.subf %v34, %v1443 fastmath<contract> : f32
                %v1445 = arith.muli %v28, %v99 : i64
                %v1446 = arith.muli %v26, %size_L : i64
                %v1447 = arith.addi %v1445, %v1446 : i64
                %v1448 = arith.addi %v1447, %v1427 : i64
                %v1449 = llvm.getelementptr %in_g_c[%v1448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1450 = llvm.load %v1449 : !llvm.ptr -> f32
                %v1451 = arith.negf %v1450 : f32
                %v1452 = arith.mulf %v1451, %v107 fastmath<contract> : f32
                %v1453 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1452) : (f32) -> f32
                %v1454 = arith.addf %v34, %v1453 fastmath<contract> : f32
                %v1455 = arith.divf %v34, %v1454 : f32
                %v1456 = arith.mulf %v1450, %v1455 fastmath<contract> : f32
                %v1457 = arith.mulf %v1444, %v1456 fastmath<contract> : f32
                %v1458 = arith.mulf %v1443, %v1424 fastmath<contract> : f32
                %v1459 = arith.addf %v1458, %v1457 fastmath<contract> : f32
                %v1460 = arith.addi %v144, %v366 : i64
                %v1461 = arith.minsi %v1460, %v1244 : i64
                %v1462 = arith.addi %v60, %v1461 : i64
                %v1463 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1464 = llvm.load %v1463 : !llvm.ptr -> f32
                %v1465 = arith.subf %v34, %v1464 fastmath<contract> : f32
                %v1466 = arith.muli %v28, %v99 : i64
                %v1467 = arith.muli %v26, %size_L : i64
                %v1468 = arith.addi %v1466, %v1467 : i64
                %v1469 = arith.addi %v1468, %v1462 : i64
                %v1470 = llvm.getelementptr %in_g_f[%v1469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1471 = llvm.load %v1470 : !llvm.ptr -> f32
                %v1472 = arith.negf %v1471 : f32
                %v1473 = arith.mulf %v1472, %v107 fastmath<contract> : f32
                %v1474 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1473) : (f32) -> f32
                %v1475 = arith.addf %v34, %v1474 fastmath<contract> : f32
                %v1476 = arith.divf %v34, %v1475 : f32
                %v1477 = arith.mulf %v1465, %v1476 fastmath<contract> : f32
                %v1478 = arith.addf %v1464, %v1477 fastmath<contract> : f32
                %v1479 = arith.subf %v34, %v1478 fastmath<contract> : f32
                %v1480 = arith.muli %v28, %v99 : i64
                %v1481 = arith.muli %v26, %size_L : i64
                %v1482 = arith.addi %v1480, %v1481 : i64
                %v1483 = arith.addi %v1482, %v1462 : i64
                %v1484 = llvm.getelementptr %in_g_c[%v1483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1485 = llvm.load %v1484 : !llvm.ptr -> f32
                %v1486 = arith.negf %v1485 : f32
                %v1487 = arith.mulf %v1486, %v107 fastmath<contract> : f32
                %v1488 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1487) : (f32) -> f32
                %v1489 = arith.addf %v34, %v1488 fastmath<contract> : f32
                %v1490 = arith.divf %v34, %v1489 : f32
                %v1491 = arith.mulf %v1485, %v1490 fastmath<contract> : f32
                %v1492 = arith.mulf %v1479, %v1491 fastmath<contract> : f32
                %v1493 = arith.mulf %v1478, %v1459 fastmath<contract> : f32
                %v1494 = arith.addf %v1493, %v1492 fastmath<contract> : f32
                %v1495 = arith.addi %v144, %v47 : i64
                %v1496 = arith.minsi %v1495, %v1244 : i64
                %v1497 = arith.addi %v60, %v1496 : i64
                %v1498 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1499 = llvm.load %v1498 : !llvm.ptr -> f32
                %v1500 = arith.subf %v34, %v1499 fastmath<contract> : f32
                %v1501 = arith.muli %v28, %v99 : i64
                %v1502 = arith.muli %v26, %size_L : i64
                %v1503 = arith.addi %v1501, %v1502 : i64
                %v1504 = arith.addi %v1503, %v1497 : i64
                %v1505 = llvm.getelementptr %in_g_f[%v1504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1506 = llvm.load %v1505 : !llvm.ptr -> f32
                %v1507 = arith.negf %v1506 : f32
                %v1508 = arith.mulf %v1507, %v107 fastmath<contract> : f32
                %v1509 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1508) : (f32) -> f32
                %v1510 = arith.addf %v34, %v1509 fastmath<contract> : f32
                %v1511 = arith.divf %v34, %v1510 : f32
                %v1512 = arith.mulf %v1500, %v1511 fastmath<contract> : f32
                %v1513 = arith.addf %v1499, %v1512 fastmath<contract> : f32
                %v1514 = arith.subf %v34, %v1513 fastmath<contract> : f32
                %v1515 = arith.muli %v28, %v99 : i64
                %v1516 = arith.muli %v26, %size_L : i64
                %v1517 = arith.addi %v1515, %v1516 : i64
                %v1518 = arith.addi %v1517, %v1497 : i64
                %v1519 = llvm.getelementptr %in_g_c[%v1518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1520 = llvm.load %v1519 : !llvm.ptr -> f32
                %v1521 = arith.negf %v1520 : f32
                %v1522 = arith.mulf %v1521, %v107 fastmath<contract> : f32
                %v1523 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1522) : (f32) -> f32
                %v1524 = arith.addf %v34, %v1523 fastmath<contract> : f32
                %v1525 = arith.divf %v34, %v1524 : f32
                %v1526 = arith.mulf %v1520, %v1525 fastmath<contract> : f32
                %v1527 = arith.mulf %v1514, %v1526 fastmath<contract> : f32
                %v1528 = arith.mulf %v1513, %v1494 fastmath<contract> : f32
                %v1529 = arith.addf %v1528, %v1527 fastmath<contract> : f32
                %v1530 = arith.subi %v62, %v144 : i64
                %v1531 = arith.trunci %v1530 : i64 to i32
                %v1532 = arith.subi %size_L, %v1 : i64
                %v1533 = arith.addi %v60, %v144 : i64
                %v1534 = arith.subi %v1532, %v1533 : i64
                %v1535 = arith.minsi %v1534, %v442 : i64
                %v1536 = arith.trunci %v1535 : i64 to i32
                %v1537 = arith.addi %v144, %v47 : i64
                %v1538 = arith.cmpi slt, %v446, %v1531 : i32
                %v1539 = arith.cmpi eq, %v446, %v1536 : i32
                scf.if %v1538 {
                  %v1540 = arith.addi %v60, %v1537 : i64
                  %v1541 = arith.muli %v28, %v99 : i64
                  %v1542 = arith.muli %v26, %size_L : i64
                  %v1543 = arith.addi %v1541, %v1542 : i64
                  %v1544 = arith.addi %v1543, %v1540 : i64
                  %v1545 = llvm.getelementptr %in_g_o[%v1544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1546 = llvm.load %v1545 : !llvm.ptr -> f32
                  %v1547 = arith.negf %v1546 : f32
                  %v1548 = arith.mulf %v1547, %v107 fastmath<contract> : f32
                  %v1549 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1548) : (f32) -> f32
                  %v1550 = arith.addf %v34, %v1549 fastmath<contract> : f32
                  %v1551 = arith.divf %v34, %v1550 : f32
                  %v1552 = arith.muli %v28, %v99 : i64
                  %v1553 = arith.muli %v26, %size_L : i64
                  %v1554 = arith.addi %v1552, %v1553 : i64
                  %v1555 = arith.addi %v1554, %v1540 : i64
                  %v1556 = llvm.getelementptr %dy_y[%v1555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1557 = llvm.load %v1556 : !llvm.ptr -> f32
                  %v1558 = arith.mulf %v1551, %v1557 fastmath<contract> : f32
                  %v1559 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1560 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1561 = arith.mulf %v1560, %v1559 fastmath<contract> : f32
                  %v1562 = arith.addf %v1558, %v1561 fastmath<contract> : f32
                  llvm.store %v1562, %v30 : f32, !llvm.ptr
                  %v1563 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1564 = llvm.load %v1563 : !llvm.ptr -> f32
                  %v1565 = arith.subf %v34, %v1564 fastmath<contract> : f32
                  %v1566 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1567 = arith.mulf %v1494, %v1566 fastmath<contract> : f32
                  %v1568 = arith.muli %v28, %v99 : i64
                  %v1569 = arith.muli %v26, %size_L : i64
                  %v1570 = arith.addi %v1568, %v1569 : i64
                  %v1571 = arith.addi %v1570, %v1540 : i64
                  %v1572 = llvm.getelementptr %in_g_c[%v1571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1573 = llvm.load %v1572 : !llvm.ptr -> f32
                  %v1574 = arith.negf %v1573 : f32
                  %v1575 = arith.mulf %v1574, %v107 fastmath<contract> : f32
                  %v1576 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1575) : (f32) -> f32
                  %v1577 = arith.addf %v34, %v1576 fastmath<contract> : f32
                  %v1578 = arith.divf %v34, %v1577 : f32
                  %v1579 = arith.mulf %v1573, %v1578 fastmath<contract> : f32
                  %v1580 = arith.mulf %v1579, %v1566 fastmath<contract> : f32
                  %v1581 = arith.negf %v1580 : f32
                  %v1582 = arith.addf %v1567, %v1581 fastmath<contract> : f32
                  %v1583 = arith.mulf %v1565, %v1582 fastmath<contract> : f32
                  %v1584 = arith.muli %v28, %v99 : i64
                  %v1585 = arith.muli %v26, %size_L : i64
                  %v1586 = arith.addi %v1584, %v1585 : i64
                  %v1587 = arith.addi %v1586, %v1540 : i64
                  %v1588 = llvm.getelementptr %in_g_f[%v1587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1589 = llvm.load %v1588 : !llvm.ptr -> f32
                  %v1590 = arith.negf %v1589 : f32
                  %v1591 = arith.mulf %v1590, %v107 fastmath<contract> : f32
                  %v1592 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1591) : (f32) -> f32
                  %v1593 = arith.addf %v34, %v1592 fastmath<contract> : f32
                  %v1594 = arith.divf %v34, %v1593 : f32
                  %v1595 = arith.subf %v34, %v1594 fastmath<contract> : f32
                  %v1596 = arith.mulf %v1594, %v1595 fastmath<contract> : f32
                  %v1597 = arith.mulf %v1583, %v1596 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1598 = arith.muli %v28, %v99 : i64
                    %v1599 = arith.muli %v26, %size_L : i64
                    %v1600 = arith.addi %v1598, %v1599 : i64
                    %v1601 = arith.addi %v1600, %v1540 : i64
                    %v1602 = llvm.getelementptr %dx_g_f[%v1601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1597, %v1602 : f32, !llvm.ptr
                  }
                  %v1603 = arith.mulf %v1565, %v1594 fastmath<contract> : f32
                  %v1604 = arith.addf %v1564, %v1603 fastmath<contract> : f32
                  %v1605 = arith.subf %v34, %v1604 fastmath<contract> : f32
                  %v1606 = arith.mulf %v1605, %v1566 fastmath<contract> : f32
                  %v1607 = arith.negf %v1573 : f32
                  %v1608 = arith.mulf %v1607, %v107 fastmath<contract> : f32
                  %v1609 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1608) : (f32) -> f32
                  %v1610 = arith.addf %v34, %v1609 fastmath<contract> : f32
                  %v1611 = arith.divf %v34, %v1610 : f32
                  %v1612 = arith.subf %v34, %v1611 fastmath<contract> : f32
                  %v1613 = arith.mulf %v1573, %v1612 fastmath<contract> : f32
                  %v1614 = arith.addf %v34, %v1613 fastmath<contract> : f32
                  %v1615 = arith.mulf %v1611, %v1614 fastmath<contract> : f32
                  %v1616 = arith.mulf %v1606, %v1615 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1617 = arith.muli %v28, %v99 : i64
                    %v1618 = arith.muli %v26, %size_L : i64
                    %v1619 = arith.addi %v1617, %v1618 : i64
                    %v1620 = arith.addi %v1619, %v1540 : i64
                    %v1621 = llvm.getelementptr %dx_g_c[%v1620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1616, %v1621 : f32, !llvm.ptr
                  }
                  %v1622 = arith.mulf %v1529, %v1557 fastmath<contract> : f32
                  %v1623 = arith.subf %v34, %v1551 fastmath<contract> : f32
                  %v1624 = arith.mulf %v1551, %v1623 fastmath<contract> : f32
                  %v1625 = arith.mulf %v1622, %v1624 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1626 = arith.muli %v28, %v99 : i64
                    %v1627 = arith.muli %v26, %size_L : i64
                    %v1628 = arith.addi %v1626, %v1627 : i64
                    %v1629 = arith.addi %v1628, %v1540 : i64
                    %v1630 = llvm.getelementptr %dx_g_o[%v1629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1625, %v1630 : f32, !llvm.ptr
                  }
                  %v1631 = arith.mulf %v1594, %v1582 fastmath<contract> : f32
                  %v1632 = arith.negf %v1631 : f32
                  %v1633 = arith.addf %v1582, %v1632 fastmath<contract> : f32
                  %v1634 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1635 = arith.addf %v1634, %v1633 fastmath<contract> : f32
                  llvm.store %v1635, %v32 : f32, !llvm.ptr
                  llvm.store %v1604, %v31 : f32, !llvm.ptr
                }
                %v1636 = arith.addi %v144, %v366 : i64
                %v1637 = arith.cmpi slt, %v546, %v1531 : i32
                %v1638 = arith.cmpi eq, %v546, %v1536 : i32
                scf.if %v1637 {
                  %v1639 = arith.addi %v60, %v1636 : i64
                  %v1640 = arith.muli %v28, %v99 : i64
                  %v1641 = arith.muli %v26, %size_L : i64
                  %v1642 = arith.addi %v1640, %v1641 : i64
                  %v1643 = arith.addi %v1642, %v1639 : i64
                  %v1644 = llvm.getelementptr %in_g_o[%v1643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1645 = llvm.load %v1644 : !llvm.ptr -> f32
                  %v1646 = arith.negf %v1645 : f32
                  %v1647 = arith.mulf %v1646, %v107 fastmath<contract> : f32
                  %v1648 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1647) : (f32) -> f32
                  %v1649 = arith.addf %v34, %v1648 fastmath<contract> : f32
                  %v1650 = arith.divf %v34, %v1649 : f32
                  %v1651 = arith.muli %v28, %v99 : i64
                  %v1652 = arith.muli %v26, %size_L : i64
                  %v1653 = arith.addi %v1651, %v1652 : i64
                  %v1654 = arith.addi %v1653, %v1639 : i64
                  %v1655 = llvm.getelementptr %dy_y[%v1654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1656 = llvm.load %v1655 : !llvm.ptr -> f32
                  %v1657 = arith.mulf %v1650, %v1656 fastmath<contract> : f32
                  %v1658 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1659 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1660 = arith.mulf %v1659, %v1658 fastmath<contract> : f32
                  %v1661 = arith.addf %v1657, %v1660 fastmath<contract> : f32
                  llvm.store %v1661, %v30 : f32, !llvm.ptr
                  %v1662 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1663 = llvm.load %v1662 : !llvm.ptr -> f32
                  %v1664 = arith.subf %v34, %v1663 fastmath<contract> : f32
                  %v1665 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1666 = arith.mulf %v1459, %v1665 fastmath<contract> : f32
                  %v1667 = arith.muli %v28, %v99 : i64
                  %v1668 = arith.muli %v26, %size_L : i64
                  %v1669 = arith.addi %v1667, %v1668 : i64
                  %v1670 = arith.addi %v1669, %v1639 : i64
                  %v1671 = llvm.getelementptr %in_g_c[%v1670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1672 = llvm.load %v1671 : !llvm.ptr -> f32
                  %v1673 = arith.negf %v1672 : f32
                  %v1674 = arith.mulf %v1673, %v107 fastmath<contract> : f32
                  %v1675 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1674) : (f32) -> f32
                  %v1676 = arith.addf %v34, %v1675 fastmath<contract> : f32
                  %v1677 = arith.divf %v34, %v1676 : f32
                  %v1678 = arith.mulf %v1672, %v1677 fastmath<contract> : f32
                  %v1679 = arith.mulf %v1678, %v1665 fastmath<contract> : f32
                  %v1680 = arith.negf %v1679 : f32
                  %v1681 = arith.addf %v1666, %v1680 fastmath<contract> : f32
                  %v1682 = arith.mulf %v1664, %v1681 fastmath<contract> : f32
                  %v1683 = arith.muli %v28, %v99 : i64
                  %v1684 = arith.muli %v26, %size_L : i64
                  %v1685 = arith.addi %v1683, %v1684 : i64
                  %v1686 = arith.addi %v1685, %v1639 : i64
                  %v1687 = llvm.getelementptr %in_g_f[%v1686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1688 = llvm.load %v1687 : !llvm.ptr -> f32
                  %v1689 = arith.negf %v1688 : f32
                  %v1690 = arith.mulf %v1689, %v107 fastmath<contract> : f32
                  %v1691 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1690) : (f32) -> f32
                  %v1692 = arith.addf %v34, %v1691 fastmath<contract> : f32
                  %v1693 = arith.divf %v34, %v1692 : f32
                  %v1694 = arith.subf %v34, %v1693 fastmath<contract> : f32
                  %v1695 = arith.mulf %v1693, %v1694 fastmath<contract> : f32
                  %v1696 = arith.mulf %v1682, %v1695 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1697 = arith.muli %v28, %v99 : i64
                    %v1698 = arith.muli %v26, %size_L : i64
                    %v1699 = arith.addi %v1697, %v1698 : i64
                    %v1700 = arith.addi %v1699, %v1639 : i64
                    %v1701 = llvm.getelementptr %dx_g_f[%v1700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1696, %v1701 : f32, !llvm.ptr
                  }
                  %v1702 = arith.mulf %v1664, %v1693 fastmath<contract> : f32
                  %v1703 = arith.addf %v1663, %v1702 fastmath<contract> : f32
                  %v1704 = arith.subf %v34, %v1703 fastmath<contract> : f32
                  %v1705 = arith.mulf %v1704, %v1665 fastmath<contract> : f32
                  %v1706 = arith.negf %v1672 : f32
                  %v1707 = arith.mulf %v1706, %v107 fastmath<contract> : f32
                  %v1708 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1707) : (f32) -> f32
                  %v1709 = arith.addf %v34, %v1708 fastmath<contract> : f32
                  %v1710 = arith.divf %v34, %v1709 : f32
                  %v1711 = arith.subf %v34, %v1710 fastmath<contract> : f32
                  %v1712 = arith.mulf %v1672, %v1711 fastmath<contract> : f32
                  %v1713 = arith.addf %v34, %v1712 fastmath<contract> : f32
                  %v1714 = arith.mulf %v1710, %v1713 fastmath<contract> : f32
                  %v1715 = arith.mulf %v1705, %v1714 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1716 = arith.muli %v28, %v99 : i64
                    %v1717 = arith.muli %v26, %size_L : i64
                    %v1718 = arith.addi %v1716, %v1717 : i64
                    %v1719 = arith.addi %v1718, %v1639 : i64
                    %v1720 = llvm.getelementptr %dx_g_c[%v1719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1715, %v1720 : f32, !llvm.ptr
                  }
                  %v1721 = arith.mulf %v1494, %v1656 fastmath<contract> : f32
                  %v1722 = arith.subf %v34, %v1650 fastmath<contract> : f32
                  %v1723 = arith.mulf %v1650, %v1722 fastmath<contract> : f32
                  %v1724 = arith.mulf %v1721, %v1723 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1725 = arith.muli %v28, %v99 : i64
                    %v1726 = arith.muli %v26, %size_L : i64
                    %v1727 = arith.addi %v1725, %v1726 : i64
                    %v1728 = arith.addi %v1727, %v1639 : i64
                    %v1729 = llvm.getelementptr %dx_g_o[%v1728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1724, %v1729 : f32, !llvm.ptr
                  }
                  %v1730 = arith.mulf %v1693, %v1681 fastmath<contract> : f32
                  %v1731 = arith.negf %v1730 : f32
                  %v1732 = arith.addf %v1681, %v1731 fastmath<contract> : f32
                  %v1733 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1734 = arith.addf %v1733, %v1732 fastmath<contract> : f32
                  llvm.store %v1734, %v32 : f32, !llvm.ptr
                  llvm.store %v1703, %v31 : f32, !llvm.ptr
                }
                %v1735 = arith.addi %v144, %v330 : i64
                %v1736 = arith.cmpi slt, %v646, %v1531 : i32
                %v1737 = arith.cmpi eq, %v646, %v1536 : i32
                scf.if %v1736 {
                  %v1738 = arith.addi %v60, %v1735 : i64
                  %v1739 = arith.muli %v28, %v99 : i64
                  %v1740 = arith.muli %v26, %size_L : i64
                  %v1741 = arith.addi %v1739, %v1740 : i64
                  %v1742 = arith.addi %v1741, %v1738 : i64
                  %v1743 = llvm.getelementptr %in_g_o[%v1742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1744 = llvm.load %v1743 : !llvm.ptr -> f32
                  %v1745 = arith.negf %v1744 : f32
                  %v1746 = arith.mulf %v1745, %v107 fastmath<contract> : f32
                  %v1747 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1746) : (f32) -> f32
                  %v1748 = arith.addf %v34, %v1747 fastmath<contract> : f32
                  %v1749 = arith.divf %v34, %v1748 : f32
                  %v1750 = arith.muli %v28, %v99 : i64
                  %v1751 = arith.muli %v26, %size_L : i64
                  %v1752 = arith.addi %v1750, %v1751 : i64
                  %v1753 = arith.addi %v1752, %v1738 : i64
                  %v1754 = llvm.getelementptr %dy_y[%v1753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1755 = llvm.load %v1754 : !llvm.ptr -> f32
                  %v1756 = arith.mulf %v1749, %v1755 fastmath<contract> : f32
                  %v1757 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1758 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1759 = arith.mulf %v1758, %v1757 fastmath<contract> : f32
                  %v1760 = arith.addf %v1756, %v1759 fastmath<contract> : f32
                  llvm.store %v1760, %v30 : f32, !llvm.ptr
                  %v1761 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1762 = llvm.load %v1761 : !llvm.ptr -> f32
                  %v1763 = arith.subf %v34, %v1762 fastmath<contract> : f32
                  %v1764 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1765 = arith.mulf %v1424, %v1764 fastmath<contract> : f32
                  %v1766 = arith.muli %v28, %v99 : i64
                  %v1767 = arith.muli %v26, %size_L : i64
                  %v1768 = arith.addi %v1766, %v1767 : i64
                  %v1769 = arith.addi %v1768, %v1738 : i64
                  %v1770 = llvm.getelementptr %in_g_c[%v1769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1771 = llvm.load %v1770 : !llvm.ptr -> f32
                  %v1772 = arith.negf %v1771 : f32
                  %v1773 = arith.mulf %v1772, %v107 fastmath<contract> : f32
                  %v1774 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1773) : (f32) -> f32
                  %v1775 = arith.addf %v34, %v1774 fastmath<contract> : f32
                  %v1776 = arith.divf %v34, %v1775 : f32
                  %v1777 = arith.mulf %v1771, %v1776 fastmath<contract> : f32
                  %v1778 = arith.mulf %v1777, %v1764 fastmath<contract> : f32
                  %v1779 = arith.negf %v1778 : f32
                  %v1780 = arith.addf %v1765, %v1779 fastmath<contract> : f32
                  %v1781 = arith.mulf %v1763, %v1780 fastmath<contract> : f32
                  %v1782 = arith.muli %v28, %v99 : i64
                  %v1783 = arith.muli %v26, %size_L : i64
                  %v1784 = arith.addi %v1782, %v1783 : i64
                  %v1785 = arith.addi %v1784, %v1738 : i64
                  %v1786 = llvm.getelementptr %in_g_f[%v1785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1787 = llvm.load %v1786 : !llvm.ptr -> f32
                  %v1788 = arith.negf %v1787 : f32
                  %v1789 = arith.mulf %v1788, %v107 fastmath<contract> : f32
                  %v1790 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1789) : (f32) -> f32
                  %v1791 = arith.addf %v34, %v1790 fastmath<contract> : f32
                  %v1792 = arith.divf %v34, %v1791 : f32
                  %v1793 = arith.subf %v34, %v1792 fastmath<contract> : f32
                  %v1794 = arith.mulf %v1792, %v1793 fastmath<contract> : f32
                  %v1795 = arith.mulf %v1781, %v1794 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1796 = arith.muli %v28, %v99 : i64
                    %v1797 = arith.muli %v26, %size_L : i64
                    %v1798 = arith.addi %v1796, %v1797 : i64
                    %v1799 = arith.addi %v1798, %v1738 : i64
                    %v1800 = llvm.getelementptr %dx_g_f[%v1799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1795, %v1800 : f32, !llvm.ptr
                  }
                  %v1801 = arith.mulf %v1763, %v1792 fastmath<contract> : f32
                  %v1802 = arith.addf %v1762, %v1801 fastmath<contract> : f32
                  %v1803 = arith.subf %v34, %v1802 fastmath<contract> : f32
                  %v1804 = arith.mulf %v1803, %v1764 fastmath<contract> : f32
                  %v1805 = arith.negf %v1771 : f32
                  %v1806 = arith.mulf %v1805, %v107 fastmath<contract> : f32
                  %v1807 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1806) : (f32) -> f32
                  %v1808 = arith.addf %v34, %v1807 fastmath<contract> : f32
                  %v1809 = arith.divf %v34, %v1808 : f32
                  %v1810 = arith.subf %v34, %v1809 fastmath<contract> : f32
                  %v1811 = arith.mulf %v1771, %v1810 fastmath<contract> : f32
                  %v1812 = arith.addf %v34, %v1811 fastmath<contract> : f32
                  %v1813 = arith.mulf %v1809, %v1812 fastmath<contract> : f32
                  %v1814 = arith.mulf %v1804, %v1813 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1815 = arith.muli %v28, %v99 : i64
                    %v1816 = arith.muli %v26, %size_L : i64
                    %v1817 = arith.addi %v1815, %v1816 : i64
                    %v1818 = arith.addi %v1817, %v1738 : i64
                    %v1819 = llvm.getelementptr %dx_g_c[%v1818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1814, %v1819 : f32, !llvm.ptr
                  }
                  %v1820 = arith.mulf %v1459, %v1755 fastmath<contract> : f32
                  %v1821 = arith.subf %v34, %v1749 fastmath<contract> : f32
                  %v1822 = arith.mulf %v1749, %v1821 fastmath<contract> : f32
                  %v1823 = arith.mulf %v1820, %v1822 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1824 = arith.muli %v28, %v99 : i64
                    %v1825 = arith.muli %v26, %size_L : i64
                    %v1826 = arith.addi %v1824, %v1825 : i64
                    %v1827 = arith.addi %v1826, %v1738 : i64
                    %v1828 = llvm.getelementptr %dx_g_o[%v1827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1823, %v1828 : f32, !llvm.ptr
                  }
                  %v1829 = arith.mulf %v1792, %v1780 fastmath<contract> : f32
                  %v1830 = arith.negf %v1829 : f32
                  %v1831 = arith.addf %v1780, %v1830 fastmath<contract> : f32
                  %v1832 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1833 = arith.addf %v1832, %v1831 fastmath<contract> : f32
                  llvm.store %v1833, %v32 : f32, !llvm.ptr
                  llvm.store %v1802, %v31 : f32, !llvm.ptr
                }
                %v1834 = arith.addi %v144, %v294 : i64
                %v1835 = arith.cmpi slt, %v746, %v1531 : i32
                %v1836 = arith.cmpi eq, %v746, %v1536 : i32
                scf.if %v1835 {
                  %v1837 = arith.addi %v60, %v1834 : i64
                  %v1838 = arith.muli %v28, %v99 : i64
                  %v1839 = arith.muli %v26, %size_L : i64
                  %v1840 = arith.addi %v1838, %v1839 : i64
                  %v1841 = arith.addi %v1840, %v1837 : i64
                  %v1842 = llvm.getelementptr %in_g_o[%v1841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1843 = llvm.load %v1842 : !llvm.ptr -> f32
                  %v1844 = arith.negf %v1843 : f32
                  %v1845 = arith.mulf %v1844, %v107 fastmath<contract> : f32
                  %v1846 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1845) : (f32) -> f32
                  %v1847 = arith.addf %v34, %v1846 fastmath<contract> : f32
                  %v1848 = arith.divf %v34, %v1847 : f32
                  %v1849 = arith.muli %v28, %v99 : i64
                  %v1850 = arith.muli %v26, %size_L : i64
                  %v1851 = arith.addi %v1849, %v1850 : i64
                  %v1852 = arith.addi %v1851, %v1837 : i64
                  %v1853 = llvm.getelementptr %dy_y[%v1852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1854 = llvm.load %v1853 : !llvm.ptr -> f32
                  %v1855 = arith.mulf %v1848, %v1854 fastmath<contract> : f32
                  %v1856 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1857 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1858 = arith.mulf %v1857, %v1856 fastmath<contract> : f32
                  %v1859 = arith.addf %v1855, %v1858 fastmath<contract> : f32
                  llvm.store %v1859, %v30 : f32, !llvm.ptr
                  %v1860 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1861 = llvm.load %v1860 : !llvm.ptr -> f32
                  %v1862 = arith.subf %v34, %v1861 fastmath<contract> : f32
                  %v1863 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1864 = arith.mulf %v1389, %v1863 fastmath<contract> : f32
                  %v1865 = arith.muli %v28, %v99 : i64
                  %v1866 = arith.muli %v26, %size_L : i64
                  %v1867 = arith.addi %v1865, %v1866 : i64
                  %v1868 = arith.addi %v1867, %v1837 : i64
                  %v1869 = llvm.getelementptr %in_g_c[%v1868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1870 = llvm.load %v1869 : !llvm.ptr -> f32
                  %v1871 = arith.negf %v1870 : f32
                  %v1872 = arith.mulf %v1871, %v107 fastmath<contract> : f32
                  %v1873 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1872) : (f32) -> f32
                  %v1874 = arith.addf %v34, %v1873 fastmath<contract> : f32
                  %v1875 = arith.divf %v34, %v1874 : f32
                  %v1876 = arith.mulf %v1870, %v1875 fastmath<contract> : f32
                  %v1877 = arith.mulf %v1876, %v1863 fastmath<contract> : f32
                  %v1878 = arith.negf %v1877 : f32
                  %v1879 = arith.addf %v1864, %v1878 fastmath<contract> : f32
                  %v1880 = arith.mulf %v1862, %v1879 fastmath<contract> : f32
                  %v1881 = arith.muli %v28, %v99 : i64
                  %v1882 = arith.muli %v26, %size_L : i64
                  %v1883 = arith.addi %v1881, %v1882 : i64
                  %v1884 = arith.addi %v1883, %v1837 : i64
                  %v1885 = llvm.getelementptr %in_g_f[%v1884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1886 = llvm.load %v1885 : !llvm.ptr -> f32
                  %v1887 = arith.negf %v1886 : f32
                  %v1888 = arith.mulf %v1887, %v107 fastmath<contract> : f32
                  %v1889 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1888) : (f32) -> f32
                  %v1890 = arith.addf %v34, %v1889 fastmath<contract> : f32
                  %v1891 = arith.divf %v34, %v1890 : f32
                  %v1892 = arith.subf %v34, %v1891 fastmath<contract> : f32
                  %v1893 = arith.mulf %v1891, %v1892 fastmath<contract> : f32
                  %v1894 = arith.mulf %v1880, %v1893 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1895 = arith.muli %v28, %v99 : i64
                    %v1896 = arith.muli %v26, %size_L : i64
                    %v1897 = arith.addi %v1895, %v1896 : i64
                    %v1898 = arith.addi %v1897, %v1837 : i64
                    %v1899 = llvm.getelementptr %dx_g_f[%v1898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1894, %v1899 : f32, !llvm.ptr
                  }
                  %v1900 = arith.mulf %v1862, %v1891 fastmath<contract> : f32
                  %v1901 = arith.addf %v1861, %v1900 fastmath<contract> : f32
                  %v1902 = arith.subf %v34, %v1901 fastmath<contract> : f32
                  %v1903 = arith.mulf %v1902, %v1863 fastmath<contract> : f32
                  %v1904 = arith.negf %v1870 : f32
                  %v1905 = arith.mulf %v1904, %v107 fastmath<contract> : f32
                  %v1906 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1905) : (f32) -> f32
                  %v1907 = arith.addf %v34, %v1906 fastmath<contract> : f32
                  %v1908 = arith.divf %v34, %v1907 : f32
                  %v1909 = arith.subf %v34, %v1908 fastmath<contract> : f32
                  %v1910 = arith.mulf %v1870, %v1909 fastmath<contract> : f32
                  %v1911 = arith.addf %v34, %v1910 fastmath<contract> : f32
                  %v1912 = arith.mulf %v1908, %v1911 fastmath<contract> : f32
                  %v1913 = arith.mulf %v1903, %v1912 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1914 = arith.muli %v28, %v99 : i64
                    %v1915 = arith.muli %v26, %size_L : i64
                    %v1916 = arith.addi %v1914, %v1915 : i64
                    %v1917 = arith.addi %v1916, %v1837 : i64
                    %v1918 = llvm.getelementptr %dx_g_c[%v1917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1913, %v1918 : f32, !llvm.ptr
                  }
                  %v1919 = arith.mulf %v1424, %v1854 fastmath<contract> : f32
                  %v1920 = arith.subf %v34, %v1848 fastmath<contract> : f32
                  %v1921 = arith.mulf %v1848, %v1920 fastmath<contract> : f32
                  %v1922 = arith.mulf %v1919, %v1921 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1923 = arith.muli %v28, %v99 : i64
                    %v1924 = arith.muli %v26, %size_L : i64
                    %v1925 = arith.addi %v1923, %v1924 : i64
                    %v1926 = arith.addi %v1925, %v1837 : i64
                    %v1927 = llvm.getelementptr %dx_g_o[%v1926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1922, %v1927 : f32, !llvm.ptr
                  }
                  %v1928 = arith.mulf %v1891, %v1879 fastmath<contract> : f32
                  %v1929 = arith.negf %v1928 : f32
                  %v1930 = arith.addf %v1879, %v1929 fastmath<contract> : f32
                  %v1931 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1932 = arith.addf %v1931, %v1930 fastmath<contract> : f32
                  llvm.store %v1932, %v32 : f32, !llvm.ptr
                  llvm.store %v1901, %v31 : f32, !llvm.ptr
                }
                %v1933 = arith.addi %v144, %v258 : i64
                %v1934 = arith.cmpi slt, %v846, %v1531 : i32
                %v1935 = arith.cmpi eq, %v846, %v1536 : i32
                scf.if %v1934 {
                  %v1936 = arith.addi %v60, %v1933 : i64
                  %v1937 = arith.muli %v28, %v99 : i64
                  %v1938 = arith.muli %v26, %size_L : i64
                  %v1939 = arith.addi %v1937, %v1938 : i64
                  %v1940 = arith.addi %v1939, %v1936 : i64
                  %v1941 = llvm.getelementptr %in_g_o[%v1940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1942 = llvm.load %v1941 : !llvm.ptr -> f32
                  %v1943 = arith.negf %v1942 : f32
                  %v1944 = arith.mulf %v1943, %v107 fastmath<contract> : f32
                  %v1945 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1944) : (f32) -> f32
                  %v1946 = arith.addf %v34, %v1945 fastmath<contract> : f32
                  %v1947 = arith.divf %v34, %v1946 : f32
                  %v1948 = arith.muli %v28, %v99 : i64
                  %v1949 = arith.muli %v26, %size_L : i64
                  %v1950 = arith.addi %v1948, %v1949 : i64
                  %v1951 = arith.addi %v1950, %v1936 : i64
                  %v1952 = llvm.getelementptr %dy_y[%v1951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1953 = llvm.load %v1952 : !llvm.ptr -> f32
                  %v1954 = arith.mulf %v1947, %v1953 fastmath<contract> : f32
                  %v1955 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1956 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1957 = arith.mulf %v1956, %v1955 fastmath<contract> : f32
                  %v1958 = arith.addf %v1954, %v1957 fastmath<contract> : f32
                  llvm.store %v1958, %v30 : f32, !llvm.ptr
                  %v1959 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1960 = llvm.load %v1959 : !llvm.ptr -> f32
                  %v1961 = arith.subf %v34, %v1960 fastmath<contract> : f32
                  %v1962 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1963 = arith.mulf %v1354, %v1962 fastmath<contract> : f32
                  %v1964 = arith.muli %v28, %v99 : i64
                  %v1965 = arith.muli %v26, %size_L : i64
                  %v1966 = arith.addi %v1964, %v1965 : i64
                  %v1967 = arith.addi %v1966, %v1936 : i64
                  %v1968 = llvm.getelementptr %in_g_c[%v1967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1969 = llvm.load %v1968 : !llvm.ptr -> f32
                  %v1970 = arith.negf %v1969 : f32
                  %v1971 = arith.mulf %v1970, %v107 fastmath<contract> : f32
                  %v1972 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1971) : (f32) -> f32
                  %v1973 = arith.addf %v34, %v1972 fastmath<contract> : f32
                  %v1974 = arith.divf %v34, %v1973 : f32
                  %v1975 = arith.mulf %v1969, %v1974 fastmath<contract> : f32
                  %v1976 = arith.mulf %v1975, %v1962 fastmath<contract> : f32
                  %v1977 = arith.negf %v1976 : f32
                  %v1978 = arith.addf %v1963, %v1977 fastmath<contract> : f32
                  %v1979 = arith.mulf %v1961, %v1978 fastmath<contract> : f32
                  %v1980 = arith.muli %v28, %v99 : i64
                  %v1981 = arith.muli %v26, %size_L : i64
                  %v1982 = arith.addi %v1980, %v1981 : i64
                  %v1983 = arith.addi %v1982, %v1936 : i64
                  %v1984 = llvm.getelementptr %in_g_f[%v1983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1985 = llvm.load %v1984 : !llvm.ptr -> f32
                  %v1986 = arith.negf %v1985 : f32
                  %v1987 = arith.mulf %v1986, %v107 fastmath<contract> : f32
                  %v1988 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1987) : (f32) -> f32
                  %v1989 = arith.addf %v34, %v1988 fastmath<contract> : f32
                  %v1990 = arith.divf %v34, %v1989 : f32
                  %v1991 = arith.subf %v34, %v1990 fastmath<contract> : f32
                  %v1992 = arith.mulf %v1990, %v1991 fastmath<contract> : f32
                  %v1993 = arith.mulf %v1979, %v1992 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1994 = arith.muli %v28, %v99 : i64
                    %v1995 = arith.muli %v26, %size_L : i64
                    %v1996 = arith.addi %v1994, %v1995 : i64
                    %v1997 = arith.addi %v1996, %v1936 : i64
                    %v1998 = llvm.getelementptr %dx_g_f[%v1997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1993, %v1998 : f32, !llvm.ptr
                  }
                  %v1999 = arith.mulf %v1961, %v1990 fastmath<contract> : f32
                  %v2000 = arith.addf %v1960, %v1999 fastmath<contract> : f32
                  %v2001 = arith.subf %v34, %v2000 fastmath<contract> : f32
                  %v2002 = arith.mulf %v2001, %v1962 fastmath<contract> : f32
                  %v2003 = arith.negf %v1969 : f32
                  %v2004 = arith.mulf %v2003, %v107 fastmath<contract> : f32
                  %v2005 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2004) : (f32) -> f32
                  %v2006 = arith.addf %v34, %v2005 fastmath<contract> : f32
                  %v2007 = arith.divf %v34, %v2006 : f32
                  %v2008 = arith.subf %v34, %v2007 fastmath<contract> : f32
                  %v2009 = arith.mulf %v1969, %v2008 fastmath<contract> : f32
                  %v2010 = arith.addf %v34, %v2009 fastmath<contract> : f32
                  %v2011 = arith.mulf %v2007, %v2010 fastmath<contract> : f32
                  %v2012 = arith.mulf %v2002, %v2011 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2013 = arith.muli %v28, %v99 : i64
                    %v2014 = arith.muli %v26, %size_L : i64
                    %v2015 = arith.addi %v2013, %v2014 : i64
                    %v2016 = arith.addi %v2015, %v1936 : i64
                    %v2017 = llvm.getelementptr %dx_g_c[%v2016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2012, %v2017 : f32, !llvm.ptr
                  }
                  %v2018 = arith.mulf %v1389, %v1953 fastmath<contract> : f32
                  %v2019 = arith.subf %v34, %v1947 fastmath<contract> : f32
                  %v2020 = arith.mulf %v1947, %v2019 fastmath<contract> : f32
                  %v2021 = arith.mulf %v2018, %v2020 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2022 = arith.muli %v28, %v99 : i64
                    %v2023 = arith.muli %v26, %size_L : i64
                    %v2024 = arith.addi %v2022, %v2023 : i64
                    %v2025 = arith.addi %v2024, %v1936 : i64
                    %v2026 = llvm.getelementptr %dx_g_o[%v2025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2021, %v2026 : f32, !llvm.ptr
                  }
                  %v2027 = arith.mulf %v1990, %v1978 fastmath<contract> : f32
                  %v2028 = arith.negf %v2027 : f32
                  %v2029 = arith.addf %v1978, %v2028 fastmath<contract> : f32
                  %v2030 = llvm.load %v32 : !llvm.ptr -> f32
                  %v2031 = arith.addf %v2030, %v2029 fastmath<contract> : f32
                  llvm.store %v2031, %v32 : f32, !llvm.ptr
                  llvm.store %v2000, %v31 : f32, !llvm.ptr
                }
                %v2032 = arith.addi %v144, %v40 : i64
                %v2033 = arith.cmpi slt, %v946, %v1531 : i32
                %v2034 = arith.cmpi eq, %v946, %v1536 : i32
                scf.if %v2033 {
                  %v2035 = arith.addi %v60, %v2032 : i64
                  %v2036 = arith.muli %v28, %v99 : i64
                  %v2037 = arith.muli %v26, %size_L : i64
                  %v2038 = arith.addi %v2036, %v2037 : i64
                  %v2039 = arith.addi %v2038, %v2035 : i64
                  %v2040 = llvm.getelementptr %in_g_o[%v2039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2041 = llvm.load %v2040 : !llvm.ptr -> f32
                  %v2042 = arith.negf %v2041 : f32
                  %v2043 = arith.mulf %v2042, %v107 fastmath<contract> : f32
                  %v2044 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2043) : (f32) -> f32
                  %v2045 = arith.addf %v34, %v2044 fastmath<contract> : f32
                  %v2046 = arith.divf %v34, %v2045 : f32
                  %v2047 = arith.muli %v28, %v99 : i64
                  %v2048 = arith.muli %v26, %size_L : i64
                  %v2049 = arith.addi %v2047, %v2048 : i64
                  %v2050 = arith.addi %v2049, %v2035 : i64
                  %v2051 = llvm.getelementptr %dy_y[%v2050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2052 = llvm.load %v2051 : !llvm.ptr -> f32
                  %v2053 = arith.mulf %v2046, %v2052 fastmath<contract> : f32
                  %v2054 = llvm.load %v30 : !llvm.ptr -> f32
                  %v2055 = llvm.load %v31 : !llvm.ptr -> f32
                  %v2056 = arith.mulf %v2055, %v2054 fastmath<contract> : f32
                  %v2057 = arith.addf %v2053, %v2056 fastmath<contract> : f32
                  llvm.store %v2057, %v30 : f32, !llvm.ptr
                  %v2058 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2059 = llvm.load %v2058 : !llvm.ptr -> f32
                  %v2060 = arith.subf %v34, %v2059 fastmath<contract> : f32
                  %v2061 = llvm.load %v30 : !llvm.ptr -> f32
                  %v2062 = arith.mulf %v1319, %v2061 fastmath<contract> : f32
                  %v2063 = arith.muli %v28, %v99 : i64
                  %v2064 = arith.muli %v26, %size_L : i64
                  %v2065 = arith.addi %v2063, %v2064 : i64
                  %v2066 = arith.addi %v2065, %v2035 : i64
                  %v2067 = llvm.getelementptr %in_g_c[%v2066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2068 = llvm.load %v2067 : !llvm.ptr -> f32
                  %v2069 = arith.negf %v2068 : f32
                  %v2070 = arith.mulf %v2069, %v107 fastmath<contract> : f32
                  %v2071 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2070) : (f32) -> f32
                  %v2072 = arith.addf %v34, %v2071 fastmath<contract> : f32
                  %v2073 = arith.divf %v34, %v2072 : f32
                  %v2074 = arith.mulf %v2068, %v2073 fastmath<contract> : f32
                  %v2075 = arith.mulf %v2074, %v2061 fastmath<contract> : f32
                  %v2076 = arith.negf %v2075 : f32
                  %v2077 = arith.addf %v2062, %v2076 fastmath<contract> : f32
                  %v2078 = arith.mulf %v2060, %v2077 fastmath<contract> : f32
                  %v2079 = arith.muli %v28, %v99 : i64
                  %v2080 = arith.muli %v26, %size_L : i64
                  %v2081 = arith.addi %v2079, %v2080 : i64
                  %v2082 = arith.addi %v2081, %v2035 : i64
                  %v2083 = llvm.getelementptr %in_g_f[%v2082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2084 = llvm.load %v2083 : !llvm.ptr -> f32
                  %v2085 = arith.negf %v2084 : f32
                  %v2086 = arith.mulf %v2085, %v107 fastmath<contract> : f32
                  %v2087 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2086) : (f32) -> f32
                  %v2088 = arith.addf %v34, %v2087 fastmath<contract> : f32
                  %v2089 = arith.divf %v34, %v2088 : f32
                  %v2090 = arith.subf %v34, %v2089 fastmath<contract> : f32
                  %v2091 = arith.mulf %v2089, %v2090 fastmath<contract> : f32
                  %v2092 = arith.mulf %v2078, %v2091 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2093 = arith.muli %v28, %v99 : i64
                    %v2094 = arith.muli %v26, %size_L : i64
                    %v2095 = arith.addi %v2093, %v2094 : i64
                    %v2096 = arith.addi %v2095, %v2035 : i64
                    %v2097 = llvm.getelementptr %dx_g_f[%v2096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2092, %v2097 : f32, !llvm.ptr
                  }
                  %v2098 = arith.mulf %v2060, %v2089 fastmath<contract> : f32
                  %v2099 = arith.addf %v2059, %v2098 fastmath<contract> : f32
                  %v2100 = arith.subf %v34, %v2099 fastmath<contract> : f32
                  %v2101 = arith.mulf %v2100, %v2061 fastmath<contract> : f32
                  %v2102 = arith.negf %v2068 : f32
                  %v2103 = arith.mulf %v2102, %v107 fastmath<contract> : f32
                  %v2104 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2103) : (f32) -> f32
                  %v2105 = arith.addf %v34, %v2104 fastmath<contract> : f32
                  %v2106 = arith.divf %v34, %v2105 : f32
                  %v2107 = arith.subf %v34, %v2106 fastmath<contract> : f32
                  %v2108 = arith.mulf %v2068, %v2107 fastmath<contract> : f32
                  %v2109 = arith.addf %v34, %v2108 fastmath<contract> : f32
                  %v2110 = arith.mulf %v2106, %v2109 fastmath<contract> : f32
                  %v2111 = arith.mulf %v2101, %v2110 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2112 = arith.muli %v28, %v99 : i64
                    %v2113 = arith.muli %v26, %size_L : i64
                    %v2114 = arith.addi %v2112, %v2113 : i64
                    %v2115 = arith.addi %v2114, %v2035 : i64
                    %v2116 = llvm.getelementptr %dx_g_c[%v2115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2111, %v2116 : f32, !llvm.ptr
                  }
                  %v2117 = arith.mulf %v1354, %v2052 fastmath<contract> : f32
                  %v2118 = arith.subf %v34, %v2046 fastmath<contract> : f32
                  %v2119 = arith.mulf %v2046, %v2118 fastmath<contract> : f32
                  %v2120 = arith.mulf %v2117, %v2119 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2121 = arith.muli %v28, %v99 : i64
                    %v2122 = arith.muli %v26, %size_L : i64
                    %v2123 = arith.addi %v2121, %v2122 : i64
                    %v2124 = arith.addi %v2123, %v2035 : i64
                    %v2125 = llvm.getelementptr %dx_g_o[%v2124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2120, %v2125 : f32, !llvm.ptr
                  }
                  %v2126 = arith.mulf %v2089, %v2077 fastmath<contract> : f32
                  %v2127 = arith.negf %v2126 : f32
                  %v2128 = arith.addf %v2077, %v2127 fastmath<contract> : f32
                  %v2129 = llvm.load %v32 : !llvm.ptr -> f32
                  %v2130 = arith.addf %v2129, %v2128 fastmath<contract> : f32
                  llvm.store %v2130, %v32 : f32, !llvm.ptr
                  llvm.store %v2099, %v31 : f32, !llvm.ptr
                }
                %v2131 = arith.addi %v144, %v1 : i64
                %v2132 = arith.cmpi slt, %v1046, %v1531 : i32
                %v2133 = arith.cmpi eq, %v1046, %v1536 : i32
                scf.if %v2132 {
                  %v2134 = arith.addi %v60, %v2131 : i64
                  %v2135 = arith.muli %v28, %v99 : i64
                  %v2136 = arith.muli %v26, %size_L : i64
                  %v2137 = arith.addi %v2135, %v2136 : i64
                  %v2138 = arith.addi %v2137, %v2134 : i64
                  %v2139 = llvm.getelementptr %in_g_o[%v2138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2140 = llvm.load %v2139 : !llvm.ptr -> f32
                  %v2141 = arith.negf %v2140 : f32
                  %v2142 = arith.mulf %v2141, %v107 fastmath<contract> : f32
                  %v2143 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2142) : (f32) -> f32
                  %v2144 = arith.addf %v34, %v2143 fastmath<contract> : f32
                  %v2145 = arith.divf %v34, %v2144 : f32
                  %v2146 = arith.muli %v28, %v99 : i64
                  %v2147 = arith.muli %v26, %size_L : i64
                  %v2148 = arith.addi %v2146, %v2147 : i64
                  %v2149 = arith.addi %v2148, %v2134 : i64
                  %v2150 = llvm.getelementptr %dy_y[%v2149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2151 = llvm.load %v2150 : !llvm.ptr -> f32
                  %v2152 = arith.mulf %v2145, %v2151 fastmath<contract> : f32
                  %v2153 = llvm.load %v30 : !llvm.ptr -> f32
                  %v2154 = llvm.load %v31 : !llvm.ptr -> f32
                  %v2155 = arith.mulf %v2154, %v2153 fastmath<contract> : f32
                  %v2156 = arith.addf %v2152, %v2155 fastmath<contract> : f32
                  llvm.store %v2156, %v30 : f32, !llvm.ptr
                  %v2157 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2158 = llvm.load %v2157 : !llvm.ptr -> f32
                  %v2159 = arith.subf %v34, %v2158 fastmath<contract> : f32
                  %v2160 = llvm.load %v30 : !llvm.ptr -> f32
                  %v2161 = arith.mulf %v1284, %v2160 fastmath<contract> : f32
                  %v2162 = arith.muli %v28, %v99 : i64
                  %v2163 = arith.muli %v26, %size_L : i64
                  %v2164 = arith.addi %v2162, %v2163 : i64
                  %v2165 = arith.addi %v2164, %v2134 : i64
                  %v2166 = llvm.getelementptr %in_g_c[%v2165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2167 = llvm.load %v2166 : !llvm.ptr -> f32
                  %v2168 = arith.negf %v2167 : f32
                  %v2169 = arith.mulf %v2168, %v107 fastmath<contract> : f32
                  %v2170 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2169) : (f32) -> f32
                  %v2171 = arith.addf %v34, %v2170 fastmath<contract> : f32
                  %v2172 = arith.divf %v34, %v2171 : f32
                  %v2173 = arith.mulf %v2167, %v2172 fastmath<contract> : f32
                  %v2174 = arith.mulf %v2173, %v2160 fastmath<contract> : f32
                  %v2175 = arith.negf %v2174 : f32
                  %v2176 = arith.addf %v2161, %v2175 fastmath<contract> : f32
                  %v2177 = arith.mulf %v2159, %v2176 fastmath<contract> : f32
                  %v2178 = arith.muli %v28, %v99 : i64
                  %v2179 = arith.muli %v26, %size_L : i64
                  %v2180 = arith.addi %v2178, %v2179 : i64
                  %v2181 = arith.addi %v2180, %v2134 : i64
                  %v2182 = llvm.getelementptr %in_g_f[%v2181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2183 = llvm.load %v2182 : !llvm.ptr -> f32
                  %v2184 = arith.negf %v2183 : f32
                  %v2185 = arith.mulf %v2184, %v107 fastmath<contract> : f32
                  %v2186 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2185) : (f32) -> f32
                  %v2187 = arith.addf %v34, %v2186 fastmath<contract> : f32
                  %v2188 = arith.divf %v34, %v2187 : f32
                  %v2189 = arith.subf %v34, %v2188 fastmath<contract> : f32
                  %v2190 = arith.mulf %v2188, %v2189 fastmath<contract> : f32
                  %v2191 = arith.mulf %v2177, %v2190 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2192 = arith.muli %v28, %v99 : i64
                    %v2193 = arith.muli %v26, %size_L : i64
                    %v2194 = arith.addi %v2192, %v2193 : i64
                    %v2195 = arith.addi %v2194, %v2134 : i64
                    %v2196 = llvm.getelementptr %dx_g_f[%v2195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2191, %v2196 : f32, !llvm.ptr
                  }
                  %v2197 = arith.mulf %v2159, %v2188 fastmath<contract> : f32
                  %v2198 = arith.addf %v2158, %v2197 fastmath<contract> : f32
                  %v2199 = arith.subf %v34, %v2198 fastmath<contract> : f32
                  %v2200 = arith.mulf %v2199, %v2160 fastmath<contract> : f32
                  %v2201 = arith.negf %v2167 : f32
                  %v2202 = arith.mulf %v2201, %v107 fastmath<contract> : f32
                  %v2203 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2202) : (f32) -> f32
                  %v2204 = arith.addf %v34, %v2203 fastmath<contract> : f32
                  %v2205 = arith.divf %v34, %v2204 : f32
                  %v2206 = arith.subf %v34, %v2205 fastmath<contract> : f32
                  %v2207 = arith.mulf %v2167, %v2206 fastmath<contract> : f32
                  %v2208 = arith.addf %v34, %v2207 fastmath<contract> : f32
                  %v2209 = arith.mulf %v2205, %v2208 fastmath<contract> : f32
                  %v2210 = arith.mulf %v2200, %v2209 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2211 = arith.muli %v28, %v99 : i64
                    %v2212 = arith.muli %v26, %size_L : i64
                    %v2213 = arith.addi %v2211, %v2212 : i64
                    %v2214 = arith.addi %v2213, %v2134 : i64
                    %v2215 = llvm.getelementptr %dx_g_c[%v2214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2210, %v2215 : f32, !llvm.ptr
                  }
                  %v2216 = arith.mulf %v1319, %v2151 fastmath<contract> : f32
                  %v2217 = arith.subf %v34, %v2145 fastmath<contract> : f32
                  %v2218 = arith.mulf %v2145, %v2217 fastmath<contract> : f32
                  %v2219 = arith.mulf %v2216, %v2218 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2220 = arith.muli %v28, %v99 : i64
                    %v2221 = arith.muli %v26, %size_L : i64
                    %v2222 = arith.addi %v2220, %v2221 : i64
                    %v2223 = arith.addi %v2222, %v2134 : i64
                    %v2224 = llvm.getelementptr %dx_g_o[%v2223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2219, %v2224 : f32, !llvm.ptr
                  }
                  %v2225 = arith.mulf %v2188, %v2176 fastmath<contract> : f32
                  %v2226 = arith.negf %v2225 : f32
                  %v2227 = arith.addf %v2176, %v2226 fastmath<contract> : f32
                  %v2228 = llvm.load %v32 : !llvm.ptr -> f32
                  %v2229 = arith.addf %v2228, %v2227 fastmath<contract> : f32
                  llvm.store %v2229, %v32 : f32, !llvm.ptr
                  llvm.store %v2198, %v31 : f32, !llvm.ptr
                }
                %v2230 = arith.cmpi slt, %v1145, %v1531 : i32
                %v2231 = arith.cmpi eq, %v1145, %v1536 : i32
                scf.if %v2230 {
                  %v2232 = arith.addi %v60, %v144 : i64
                  %v2233 = arith.muli %v28, %v99 : i64
                  %v2234 = arith.muli %v26, %size_L : i64
                  %v2235 = arith.addi %v2233, %v2234 : i64
                  %v2236 = arith.addi %v2235, %v2232 : i64
                  %v2237 = llvm.getelementptr %in_g_o[%v2236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2238 = llvm.load %v2237 : !llvm.ptr -> f32
                  %v2239 = arith.negf %v2238 : f32
                  %v2240 = arith.mulf %v2239, %v107 fastmath<contract> : f32
                  %v2241 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2240) : (f32) -> f32
                  %v2242 = arith.addf %v34, %v2241 fastmath<contract> : f32
                  %v2243 = arith.divf %v34, %v2242 : f32
                  %v2244 = arith.muli %v28, %v99 : i64
                  %v2245 = arith.muli %v26, %size_L : i64
                  %v2246 = arith.addi %v2244, %v2245 : i64
                  %v2247 = arith.addi %v2246, %v2232 : i64
                  %v2248 = llvm.getelementptr %dy_y[%v2247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2249 = llvm.load %v2248 : !llvm.ptr -> f32
                  %v2250 = arith.mulf %v2243, %v2249 fastmath<contract> : f32
                  %v2251 = llvm.load %v30 : !llvm.ptr -> f32
                  %v2252 = llvm.load %v31 : !llvm.ptr -> f32
                  %v2253 = arith.mulf %v2252, %v2251 fastmath<contract> : f32
                  %v2254 = arith.addf %v2250, %v2253 fastmath<contract> : f32
                  llvm.store %v2254, %v30 : f32, !llvm.ptr
                  %v2255 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2256 = llvm.load %v2255 : !llvm.ptr -> f32
                  %v2257 = arith.subf %v34, %v2256 fastmath<contract> : f32
                  %v2258 = llvm.load %v30 : !llvm.ptr -> f32
                  %v2259 = arith.mulf %v1250, %v2258 fastmath<contract> : f32
                  %v2260 = arith.muli %v28, %v99 : i64
                  %v2261 = arith.muli %v26, %size_L : i64
                  %v2262 = arith.addi %v2260, %v2261 : i64
                  %v2263 = arith.addi %v2262, %v2232 : i64
                  %v2264 = llvm.getelementptr %in_g_c[%v2263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2265 = llvm.load %v2264 : !llvm.ptr -> f32
                  %v2266 = arith.negf %v2265 : f32
                  %v2267 = arith.mulf %v2266, %v107 fastmath<contract> : f32
                  %v2268 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2267) : (f32) -> f32
                  %v2269 = arith.addf %v34, %v2268 fastmath<contract> : f32
                  %v2270 = arith.divf %v34, %v2269 : f32
                  %v2271 = arith.mulf %v2265, %v2270 fastmath<contract> : f32
                  %v2272 = arith.mulf %v2271, %v2258 fastmath<contract> : f32
                  %v2273 = arith.negf %v2272 : f32
                  %v2274 = arith.addf %v2259, %v2273 fastmath<contract> : f32
                  %v2275 = arith.mulf %v2257, %v2274 fastmath<contract> : f32
                  %v2276 = arith.muli %v28, %v99 : i64
                  %v2277 = arith.muli %v26, %size_L : i64
                  %v2278 = arith.addi %v2276, %v2277 : i64
                  %v2279 = arith.addi %v2278, %v2232 : i64
                  %v2280 = llvm.getelementptr %in_g_f[%v2279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2281 = llvm.load %v2280 : !llvm.ptr -> f32
                  %v2282 = arith.negf %v2281 : f32
                  %v2283 = arith.mulf %v2282, %v107 fastmath<contract> : f32
                  %v2284 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2283) : (f32) -> f32
                  %v2285 = arith.addf %v34, %v2284 fastmath<contract> : f32
                  %v2286 = arith.divf %v34, %v2285 : f32
                  %v2287 = arith.subf %v34, %v2286 fastmath<contract> : f32
                  %v2288 = arith.mulf %v2286, %v2287 fastmath<contract> : f32
                  %v2289 = arith.mulf %v2275, %v2288 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2290 = arith.muli %v28, %v99 : i64
                    %v2291 = arith.muli %v26, %size_L : i64
                    %v2292 = arith.addi %v2290, %v2291 : i64
                    %v2293 = arith.addi %v2292, %v2232 : i64
                    %v2294 = llvm.getelementptr %dx_g_f[%v2293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2289, %v2294 : f32, !llvm.ptr
                  }
                  %v2295 = arith.mulf %v2257, %v2286 fastmath<contract> : f32
                  %v2296 = arith.addf %v2256, %v2295 fastmath<contract> : f32
                  %v2297 = arith.subf %v34, %v2296 fastmath<contract> : f32
                  %v2298 = arith.mulf %v2297, %v2258 fastmath<contract> : f32
                  %v2299 = arith.negf %v2265 : f32
                  %v2300 = arith.mulf %v2299, %v107 fastmath<contract> : f32
                  %v2301 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2300) : (f32) -> f32
                  %v2302 = arith.addf %v34, %v2301 fastmath<contract> : f32
                  %v2303 = arith.divf %v34, %v2302 : f32
                  %v2304 = arith.subf %v34, %v2303 fastmath<contract> : f32
                  %v2305 = arith.mulf %v2265, %v2304 fastmath<contract> : f32
                  %v2306 = arith.addf %v34, %v2305 fastmath<contract> : f32
                  %v2307 = arith.mulf %v2303, %v2306 fastmath<contract> : f32
                  %v2308 = arith.mulf %v2298, %v2307 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2309 = arith.muli %v28, %v99 : i64
                    %v2310 = arith.muli %v26, %size_L : i64
                    %v2311 = arith.addi %v2309, %v2310 : i64
                    %v2312 = arith.addi %v2311, %v2232 : i64
                    %v2313 = llvm.getelementptr %dx_g_c[%v2312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2308, %v2313 : f32, !llvm.ptr
                  }
                  %v2314 = arith.mulf %v1284, %v2249 fastmath<contract> : f32
                  %v2315 = arith.subf %v34, %v2243 fastmath<contract> : f32
                  %v2316 = arith.mulf %v2243, %v2315 fastmath<contract> : f32
                  %v2317 = arith.mulf %v2314, %v2316 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2318 = arith.muli %v28, %v99 : i64
                    %v2319 = arith.muli %v26, %size_L : i64
                    %v2320 = arith.addi %v2318, %v2319 : i64
                    %v2321 = arith.addi %v2320, %v2232 : i64
                    %v2322 = llvm.getelementptr %dx_g_o[%v2321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2317, %v2322 : f32, !llvm.ptr
                  }
                  %v2323 = arith.mulf %v2286, %v2274 fastmath<contract> : f32
                  %v2324 = arith.negf %v2323 : f32
                  %v2325 = arith.addf %v2274, %v2324 fastmath<contract> : f32
                  %v2326 = llvm.load %v32 : !llvm.ptr -> f32
                  %v2327 = arith.addf %v2326, %v2325 fastmath<contract> : f32
                  llvm.store %v2327, %v32 : f32, !llvm.ptr
                  llvm.store %v2296, %v31 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v10 {
      }
      scf.if %v10 {
        scf.if %v23 {
          %v2328 = llvm.load %v32 : !llvm.ptr -> f32
          %v2329 = llvm.getelementptr %part_gamma[%v22] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2328, %v2329 : f32, !llvm.ptr
        }
      } else {
        scf.if %v23 {
          %v2330 = llvm.load %v30 : !llvm.ptr -> f32
          %v2331 = llvm.getelementptr %slice_carry[%v22] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2330, %v2331 : f32, !llvm.ptr
          %v2332 = arith.addi %v2, %v22 : i64
          %v2333 = llvm.load %v31 : !llvm.ptr -> f32
          %v2334 = llvm.getelementptr %slice_carry[%v2332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2333, %v2334 : f32, !llvm.ptr
          %v2335 = arith.muli %v40, %v2 : i64
          %v2336 = arith.addi %v2335, %v22 : i64
          %v2337 = llvm.load %v32 : !llvm.ptr -> f32
          %v2338 = llvm.getelementptr %slice_carry[%v2336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2337, %v2338 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
