module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @ema_bwd(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_x: !llvm.ptr, %part_w: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %slice_first: i64, %slice_steps: i64, %slice_carry: !llvm.ptr) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = arith.constant 64 : i64
      %v5 = arith.divui %slice_first, %v4 : i64
      %v6 = arith.addi %slice_first, %slice_steps : i64
      %v7 = arith.constant 63 : i64
      %v8 = arith.addi %v6, %v7 : i64
      %v9 = arith.divui %v8, %v4 : i64
      %v10 = arith.constant 0 : i64
      %v11 = arith.cmpi eq, %slice_first, %v10 : i64
      %v12 = arith.cmpi sge, %v6, %size_L : i64
      %v13 = arith.cmpi slt, %v6, %size_L : i64
      %v14 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v21 = arith.constant 256 : i64
      %v31 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v33 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v34 = arith.constant 0x00000000 : f32
      %v35 = arith.constant 0x3F800000 : f32
      %v37 = arith.constant 3 : i64
      %v45 = arith.constant 2 : i64
      %v50 = arith.constant 8 : i64
      %v51 = arith.constant 7 : i64
      %v71 = arith.muli %v1, %size_B : i64
      %v72 = arith.muli %v71, %size_D : i64
      %v74 = arith.muli %v1, %size_D : i64
      %v110 = arith.constant 0x3FB8AA3B : f32
      %v116 = arith.muli %v1, %size_L : i64
      %v117 = arith.muli %v116, %size_D : i64
      %v242 = arith.constant 4 : i64
      %v265 = arith.constant 5 : i64
      %v288 = arith.constant 6 : i64
      %v338 = arith.constant 2147483647 : i64
      %v342 = arith.constant 7 : i32
      %v390 = arith.constant 6 : i32
      %v438 = arith.constant 5 : i32
      %v486 = arith.constant 4 : i32
      %v534 = arith.constant 3 : i32
      %v582 = arith.constant 2 : i32
      %v630 = arith.constant 1 : i32
      %v678 = arith.constant 0 : i32
      %v17 = gpu.block_id x
      %v18 = gpu.thread_id x
      %v19 = arith.index_cast %v18 : index to i64
      %v20 = arith.index_cast %v17 : index to i64
      %v22 = arith.muli %v20, %v21 : i64
      %v23 = arith.addi %v22, %v19 : i64
      %v24 = arith.cmpi slt, %v23, %v3 : i64
      %v25 = arith.subi %v3, %v1 : i64
      %v26 = arith.minsi %v23, %v25 : i64
      %v27 = arith.remui %v26, %size_D : i64
      %v28 = arith.divui %v26, %size_D : i64
      %v29 = arith.remui %v28, %size_B : i64
      %v30 = arith.divui %v28, %size_B : i64
      llvm.store %v34, %v31 : f32, !llvm.ptr
      llvm.store %v35, %v32 : f32, !llvm.ptr
      llvm.store %v34, %v33 : f32, !llvm.ptr
      scf.if %v13 {
        scf.if %v24 {
          %v36 = arith.muli %v23, %v1 : i64
          %v38 = arith.muli %v36, %v37 : i64
          %v39 = arith.addi %v38, %v10 : i64
          %v40 = llvm.getelementptr %slice_carry[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v41 = llvm.load %v40 : !llvm.ptr -> f32
          llvm.store %v41, %v31 : f32, !llvm.ptr
          %v42 = arith.addi %v38, %v1 : i64
          %v43 = llvm.getelementptr %slice_carry[%v42] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v44 = llvm.load %v43 : !llvm.ptr -> f32
          llvm.store %v44, %v32 : f32, !llvm.ptr
          %v46 = arith.addi %v38, %v45 : i64
          %v47 = llvm.getelementptr %slice_carry[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v48 = llvm.load %v47 : !llvm.ptr -> f32
          llvm.store %v48, %v33 : f32, !llvm.ptr
        }
      }
      scf.if %v12 {
      }
      %v49 = arith.cmpi eq, %size_L, %v10 : i64
      scf.if %v49 {
        llvm.store %v34, %v16 : f32, !llvm.ptr
      }
      %v52 = arith.subi %v4, %v1 : i64
      %v53 = arith.addi %size_L, %v52 : i64
      %v54 = arith.divui %v53, %v4 : i64
      %v55 = arith.minsi %v9, %v54 : i64
      %v56 = arith.subi %v55, %v5 : i64
      %v57 = arith.maxsi %v56, %v10 : i64
      %v58 = arith.index_cast %v10 : i64 to index
      %v59 = arith.index_cast %v57 : i64 to index
      %v60 = arith.index_cast %v1 : i64 to index
      scf.for %v61 = %v58 to %v59 step %v60 {
        %v62 = arith.index_cast %v61 : index to i64
        %v63 = arith.subi %v55, %v1 : i64
        %v64 = arith.subi %v63, %v62 : i64
        %v65 = arith.muli %v64, %v4 : i64
        %v66 = arith.subi %size_L, %v65 : i64
        %v67 = arith.minsi %v66, %v4 : i64
        %v68 = arith.addi %v67, %v51 : i64
        %v69 = arith.divui %v68, %v50 : i64
        %v70 = arith.subi %v67, %v1 : i64
        %v73 = arith.muli %v64, %v72 : i64
        %v75 = arith.muli %v29, %v74 : i64
        %v76 = arith.muli %v27, %v1 : i64
        %v77 = arith.addi %v75, %v76 : i64
        %v78 = arith.addi %v73, %v77 : i64
        %v79 = llvm.getelementptr %ckpt_h[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v80 = llvm.load %v79 : !llvm.ptr -> f32
        llvm.store %v80, %v15 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v81 = arith.index_cast %v10 : i64 to index
        %v82 = arith.index_cast %v69 : i64 to index
        %v83 = arith.index_cast %v1 : i64 to index
        scf.for %v84 = %v81 to %v82 step %v83 {
          %v85 = arith.index_cast %v84 : index to i64
          scf.if %v24 {
            %v86 = llvm.load %v15 : !llvm.ptr -> f32
            %v87 = arith.muli %v85, %v3 : i64
            %v88 = arith.subi %v3, %v1 : i64
            %v89 = arith.minsi %v23, %v88 : i64
            %v90 = arith.addi %v87, %v89 : i64
            %v91 = arith.muli %v90, %v1 : i64
            %v92 = arith.addi %v91, %v10 : i64
            %v93 = llvm.getelementptr %scratch_h[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v86, %v93 : f32, !llvm.ptr
          }
          %v94 = arith.muli %v85, %v50 : i64
          %v95 = arith.subi %v67, %v94 : i64
          %v96 = arith.trunci %v95 : i64 to i32
          %v97 = arith.index_cast %v10 : i64 to index
          %v98 = arith.index_cast %v50 : i64 to index
          %v99 = arith.index_cast %v1 : i64 to index
          scf.for %v100 = %v97 to %v98 step %v99 {
            %v101 = arith.index_cast %v100 : index to i64
            %v102 = arith.trunci %v101 : i64 to i32
            %v103 = arith.addi %v94, %v101 : i64
            %v104 = arith.cmpi slt, %v102, %v96 : i32
            scf.if %v104 {
              %v105 = arith.addi %v65, %v103 : i64
              %v106 = arith.muli %v27, %v1 : i64
              %v107 = llvm.getelementptr %in_w[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v108 = llvm.load %v107 : !llvm.ptr -> f32
              %v109 = arith.negf %v108 : f32
              %v111 = arith.mulf %v109, %v110 fastmath<contract> : f32
              %v112 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v111) : (f32) -> f32
              %v113 = arith.addf %v35, %v112 fastmath<contract> : f32
              %v114 = arith.divf %v35, %v113 : f32
              %v115 = arith.subf %v35, %v114 fastmath<contract> : f32
              %v118 = arith.muli %v29, %v117 : i64
              %v119 = arith.muli %v27, %v116 : i64
              %v120 = arith.addi %v118, %v119 : i64
              %v121 = arith.muli %v105, %v1 : i64
              %v122 = arith.addi %v120, %v121 : i64
              %v123 = llvm.getelementptr %in_x[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v124 = llvm.load %v123 : !llvm.ptr -> f32
              %v125 = arith.mulf %v115, %v124 fastmath<contract> : f32
              %v126 = llvm.load %v15 : !llvm.ptr -> f32
              %v127 = arith.mulf %v114, %v126 fastmath<contract> : f32
              %v128 = arith.addf %v127, %v125 fastmath<contract> : f32
              llvm.store %v128, %v15 : f32, !llvm.ptr
            }
          }
        }
        %v129 = arith.index_cast %v10 : i64 to index
        %v130 = arith.index_cast %v1 : i64 to index
        %v131 = arith.index_cast %v1 : i64 to index
        scf.for %v132 = %v129 to %v130 step %v131 {
          %v133 = arith.index_cast %v132 : index to i64
          %v134 = arith.index_cast %v10 : i64 to index
          %v135 = arith.index_cast %v69 : i64 to index
          %v136 = arith.index_cast %v1 : i64 to index
          scf.for %v137 = %v134 to %v135 step %v136 {
            %v138 = arith.index_cast %v137 : index to i64
            %v139 = arith.cmpi slt, %v138, %v69 : i64
            scf.if %v139 {
              %v140 = arith.subi %v69, %v1 : i64
              %v141 = arith.subi %v140, %v138 : i64
              %v142 = arith.muli %v141, %v50 : i64
              %v143 = arith.addi %v142, %v50 : i64
              %v144 = arith.cmpi sle, %v143, %v67 : i64
              scf.if %v144 {
                %v145 = arith.subi %v67, %v1 : i64
                %v146 = arith.muli %v141, %v3 : i64
                %v147 = arith.subi %v3, %v1 : i64
                %v148 = arith.minsi %v23, %v147 : i64
                %v149 = arith.addi %v146, %v148 : i64
                %v150 = arith.muli %v149, %v1 : i64
                %v151 = arith.addi %v150, %v10 : i64
                %v152 = llvm.getelementptr %scratch_h[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v153 = llvm.load %v152 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v154 = arith.addi %v142, %v10 : i64
                %v155 = arith.minsi %v154, %v145 : i64
                %v156 = arith.addi %v65, %v155 : i64
                %v157 = arith.muli %v27, %v1 : i64
                %v158 = llvm.getelementptr %in_w[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v159 = llvm.load %v158 : !llvm.ptr -> f32
                %v160 = arith.negf %v159 : f32
                %v161 = arith.mulf %v160, %v110 fastmath<contract> : f32
                %v162 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v161) : (f32) -> f32
                %v163 = arith.addf %v35, %v162 fastmath<contract> : f32
                %v164 = arith.divf %v35, %v163 : f32
                %v165 = arith.subf %v35, %v164 fastmath<contract> : f32
                %v166 = arith.muli %v29, %v117 : i64
                %v167 = arith.muli %v27, %v116 : i64
                %v168 = arith.addi %v166, %v167 : i64
                %v169 = arith.muli %v156, %v1 : i64
                %v170 = arith.addi %v168, %v169 : i64
                %v171 = llvm.getelementptr %in_x[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v172 = llvm.load %v171 : !llvm.ptr -> f32
                %v173 = arith.mulf %v165, %v172 fastmath<contract> : f32
                %v174 = arith.mulf %v164, %v153 fastmath<contract> : f32
                %v175 = arith.addf %v174, %v173 fastmath<contract> : f32
                %v176 = arith.addi %v142, %v1 : i64
                %v177 = arith.minsi %v176, %v145 : i64
                %v178 = arith.addi %v65, %v177 : i64
                %v179 = arith.muli %v27, %v1 : i64
                %v180 = llvm.getelementptr %in_w[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v181 = llvm.load %v180 : !llvm.ptr -> f32
                %v182 = arith.negf %v181 : f32
                %v183 = arith.mulf %v182, %v110 fastmath<contract> : f32
                %v184 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v183) : (f32) -> f32
                %v185 = arith.addf %v35, %v184 fastmath<contract> : f32
                %v186 = arith.divf %v35, %v185 : f32
                %v187 = arith.subf %v35, %v186 fastmath<contract> : f32
                %v188 = arith.muli %v29, %v117 : i64
                %v189 = arith.muli %v27, %v116 : i64
                %v190 = arith.addi %v188, %v189 : i64
                %v191 = arith.muli %v178, %v1 : i64
                %v192 = arith.addi %v190, %v191 : i64
                %v193 = llvm.getelementptr %in_x[%v192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v194 = llvm.load %v193 : !llvm.ptr -> f32
                %v195 = arith.mulf %v187, %v194 fastmath<contract> : f32
                %v196 = arith.mulf %v186, %v175 fastmath<contract> : f32
                %v197 = arith.addf %v196, %v195 fastmath<contract> : f32
                %v198 = arith.addi %v142, %v45 : i64
                %v199 = arith.minsi %v198, %v145 : i64
                %v200 = arith.addi %v65, %v199 : i64
                %v201 = arith.muli %v27, %v1 : i64
                %v202 = llvm.getelementptr %in_w[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v203 = llvm.load %v202 : !llvm.ptr -> f32
                %v204 = arith.negf %v203 : f32
                %v205 = arith.mulf %v204, %v110 fastmath<contract> : f32
                %v206 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v205) : (f32) -> f32
                %v207 = arith.addf %v35, %v206 fastmath<contract> : f32
                %v208 = arith.divf %v35, %v207 : f32
                %v209 = arith.subf %v35, %v208 fastmath<contract> : f32
                %v210 = arith.muli %v29, %v117 : i64
                %v211 = arith.muli %v27, %v116 : i64
                %v212 = arith.addi %v210, %v211 : i64
                %v213 = arith.muli %v200, %v1 : i64
                %v214 = arith.addi %v212, %v213 : i64
                %v215 = llvm.getelementptr %in_x[%v214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v216 = llvm.load %v215 : !llvm.ptr -> f32
                %v217 = arith.mulf %v209, %v216 fastmath<contract> : f32
                %v218 = arith.mulf %v208, %v197 fastmath<contract> : f32
                %v219 = arith.addf %v218, %v217 fastmath<contract> : f32
                %v220 = arith.addi %v142, %v37 : i64
                %v221 = arith.minsi %v220, %v145 : i64
                %v222 = arith.addi %v65, %v221 : i64
                %v223 = arith.muli %v27, %v1 : i64
                %v224 = llvm.getelementptr %in_w[%v223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v225 = llvm.load %v224 : !llvm.ptr -> f32
                %v226 = arith.negf %v225 : f32
                %v227 = arith.mulf %v226, %v110 fastmath<contract> : f32
                %v228 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v227) : (f32) -> f32
                %v229 = arith.addf %v35, %v228 fastmath<contract> : f32
                %v230 = arith.divf %v35, %v229 : f32
                %v231 = arith.subf %v35, %v230 fastmath<contract> : f32
                %v232 = arith.muli %v29, %v117 : i64
                %v233 = arith.muli %v27, %v116 : i64
                %v234 = arith.addi %v232, %v233 : i64
                %v235 = arith.muli %v222, %v1 : i64
                %v236 = arith.addi %v234, %v235 : i64
                %v237 = llvm.getelementptr %in_x[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v238 = llvm.load %v237 : !llvm.ptr -> f32
                %v239 = arith.mulf %v231, %v238 fastmath<contract> : f32
                %v240 = arith.mulf %v230, %v219 fastmath<contract> : f32
                %v241 = arith.addf %v240, %v239 fastmath<contract> : f32
                %v243 = arith.addi %v142, %v242 : i64
                %v244 = arith.minsi %v243, %v145 : i64
                %v245 = arith.addi %v65, %v244 : i64
                %v246 = arith.muli %v27, %v1 : i64
                %v247 = llvm.getelementptr %in_w[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v248 = llvm.load %v247 : !llvm.ptr -> f32
                %v249 = arith.negf %v248 : f32
                %v250 = arith.mulf %v249, %v110 fastmath<contract> : f32
                %v251 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v250) : (f32) -> f32
                %v252 = arith.addf %v35, %v251 fastmath<contract> : f32
                %v253 = arith.divf %v35, %v252 : f32
                %v254 = arith.subf %v35, %v253 fastmath<contract> : f32
                %v255 = arith.muli %v29, %v117 : i64
                %v256 = arith.muli %v27, %v116 : i64
                %v257 = arith.addi %v255, %v256 : i64
                %v258 = arith.muli %v245, %v1 : i64
                %v259 = arith.addi %v257, %v258 : i64
                %v260 = llvm.getelementptr %in_x[%v259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v261 = llvm.load %v260 : !llvm.ptr -> f32
                %v262 = arith.mulf %v254, %v261 fastmath<contract> : f32
                %v263 = arith.mulf %v253, %v241 fastmath<contract> : f32
                %v264 = arith.addf %v263, %v262 fastmath<contract> : f32
                %v266 = arith.addi %v142, %v265 : i64
                %v267 = arith.minsi %v266, %v145 : i64
                %v268 = arith.addi %v65, %v267 : i64
                %v269 = arith.muli %v27, %v1 : i64
                %v270 = llvm.getelementptr %in_w[%v269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v271 = llvm.load %v270 : !llvm.ptr -> f32
                %v272 = arith.negf %v271 : f32
                %v273 = arith.mulf %v272, %v110 fastmath<contract> : f32
                %v274 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v273) : (f32) -> f32
                %v275 = arith.addf %v35, %v274 fastmath<contract> : f32
                %v276 = arith.divf %v35, %v275 : f32
                %v277 = arith.subf %v35, %v276 fastmath<contract> : f32
                %v278 = arith.muli %v29, %v117 : i64
                %v279 = arith.muli %v27, %v116 : i64
                %v280 = arith.addi %v278, %v279 : i64
                %v281 = arith.muli %v268, %v1 : i64
                %v282 = arith.addi %v280, %v281 : i64
                %v283 = llvm.getelementptr %in_x[%v282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v284 = llvm.load %v283 : !llvm.ptr -> f32
                %v285 = arith.mulf %v277, %v284 fastmath<contract> : f32
                %v286 = arith.mulf %v276, %v264 fastmath<contract> : f32
                %v287 = arith.addf %v286, %v285 fastmath<contract> : f32
                %v289 = arith.addi %v142, %v288 : i64
                %v290 = arith.minsi %v289, %v145 : i64
                %v291 = arith.addi %v65, %v290 : i64
                %v292 = arith.muli %v27, %v1 : i64
                %v293 = llvm.getelementptr %in_w[%v292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v294 = llvm.load %v293 : !llvm.ptr -> f32
                %v295 = arith.negf %v294 : f32
                %v296 = arith.mulf %v295, %v110 fastmath<contract> : f32
                %v297 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v296) : (f32) -> f32
                %v298 = arith.addf %v35, %v297 fastmath<contract> : f32
                %v299 = arith.divf %v35, %v298 : f32
                %v300 = arith.subf %v35, %v299 fastmath<contract> : f32
                %v301 = arith.muli %v29, %v117 : i64
                %v302 = arith.muli %v27, %v116 : i64
                %v303 = arith.addi %v301, %v302 : i64
                %v304 = arith.muli %v291, %v1 : i64
                %v305 = arith.addi %v303, %v304 : i64
                %v306 = llvm.getelementptr %in_x[%v305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v307 = llvm.load %v306 : !llvm.ptr -> f32
                %v308 = arith.mulf %v300, %v307 fastmath<contract> : f32
                %v309 = arith.mulf %v299, %v287 fastmath<contract> : f32
                %v310 = arith.addf %v309, %v308 fastmath<contract> : f32
                %v311 = arith.addi %v142, %v51 : i64
                %v312 = arith.minsi %v311, %v145 : i64
                %v313 = arith.addi %v65, %v312 : i64
                %v314 = arith.muli %v27, %v1 : i64
                %v315 = llvm.getelementptr %in_w[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v316 = llvm.load %v315 : !llvm.ptr -> f32
                %v317 = arith.negf %v316 : f32
                %v318 = arith.mulf %v317, %v110 fastmath<contract> : f32
                %v319 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v318) : (f32) -> f32
                %v320 = arith.addf %v35, %v319 fastmath<contract> : f32
                %v321 = arith.divf %v35, %v320 : f32
                %v322 = arith.subf %v35, %v321 fastmath<contract> : f32
                %v323 = arith.muli %v29, %v117 : i64
                %v324 = arith.muli %v27, %v116 : i64
                %v325 = arith.addi %v323, %v324 : i64
                %v326 = arith.muli %v313, %v1 : i64
                %v327 = arith.addi %v325, %v326 : i64
                %v328 = llvm.getelementptr %in_x[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v329 = llvm.load %v328 : !llvm.ptr -> f32
                %v330 = arith.mulf %v322, %v329 fastmath<contract> : f32
                %v331 = arith.mulf %v321, %v310 fastmath<contract> : f32
                %v332 = arith.addf %v331, %v330 fastmath<contract> : f32
                %v333 = arith.subi %v67, %v142 : i64
                %v334 = arith.trunci %v333 : i64 to i32
                %v335 = arith.subi %size_L, %v1 : i64
                %v336 = arith.addi %v65, %v142 : i64
                %v337 = arith.subi %v335, %v336 : i64
                %v339 = arith.minsi %v337, %v338 : i64
                %v340 = arith.trunci %v339 : i64 to i32
                %v341 = arith.addi %v142, %v51 : i64
                %v343 = arith.cmpi slt, %v342, %v334 : i32
                %v344 = arith.cmpi eq, %v342, %v340 : i32
                %v345 = arith.addi %v65, %v341 : i64
                %v346 = arith.muli %v29, %v117 : i64
                %v347 = arith.muli %v27, %v116 : i64
                %v348 = arith.addi %v346, %v347 : i64
                %v349 = arith.muli %v345, %v1 : i64
                %v350 = arith.addi %v348, %v349 : i64
                %v351 = llvm.getelementptr %dy_y[%v350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v352 = llvm.load %v351 : !llvm.ptr -> f32
                %v353 = llvm.load %v31 : !llvm.ptr -> f32
                %v354 = llvm.load %v32 : !llvm.ptr -> f32
                %v355 = arith.mulf %v354, %v353 fastmath<contract> : f32
                %v356 = arith.addf %v352, %v355 fastmath<contract> : f32
                llvm.store %v356, %v31 : f32, !llvm.ptr
                %v357 = arith.muli %v27, %v1 : i64
                %v358 = llvm.getelementptr %in_w[%v357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v359 = llvm.load %v358 : !llvm.ptr -> f32
                %v360 = arith.negf %v359 : f32
                %v361 = arith.mulf %v360, %v110 fastmath<contract> : f32
                %v362 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v361) : (f32) -> f32
                %v363 = arith.addf %v35, %v362 fastmath<contract> : f32
                %v364 = arith.divf %v35, %v363 : f32
                %v365 = arith.subf %v35, %v364 fastmath<contract> : f32
                %v366 = llvm.load %v31 : !llvm.ptr -> f32
                %v367 = arith.mulf %v365, %v366 fastmath<contract> : f32
                scf.if %v24 {
                  %v368 = arith.muli %v29, %v117 : i64
                  %v369 = arith.muli %v27, %v116 : i64
                  %v370 = arith.addi %v368, %v369 : i64
                  %v371 = arith.muli %v345, %v1 : i64
                  %v372 = arith.addi %v370, %v371 : i64
                  %v373 = llvm.getelementptr %dx_x[%v372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v367, %v373 : f32, !llvm.ptr
                }
                %v374 = arith.mulf %v310, %v366 fastmath<contract> : f32
                %v375 = arith.muli %v29, %v117 : i64
                %v376 = arith.muli %v27, %v116 : i64
                %v377 = arith.addi %v375, %v376 : i64
                %v378 = arith.muli %v345, %v1 : i64
                %v379 = arith.addi %v377, %v378 : i64
                %v380 = llvm.getelementptr %in_x[%v379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v381 = llvm.load %v380 : !llvm.ptr -> f32
                %v382 = arith.mulf %v381, %v366 fastmath<contract> : f32
                %v383 = arith.negf %v382 : f32
                %v384 = arith.addf %v374, %v383 fastmath<contract> : f32
                %v385 = arith.mulf %v364, %v365 fastmath<contract> : f32
                %v386 = arith.mulf %v384, %v385 fastmath<contract> : f32
                %v387 = llvm.load %v33 : !llvm.ptr -> f32
                %v388 = arith.addf %v387, %v386 fastmath<contract> : f32
                llvm.store %v388, %v33 : f32, !llvm.ptr
                llvm.store %v364, %v32 : f32, !llvm.ptr
                %v389 = arith.addi %v142, %v288 : i64
                %v391 = arith.cmpi slt, %v390, %v334 : i32
                %v392 = arith.cmpi eq, %v390, %v340 : i32
                %v393 = arith.addi %v65, %v389 : i64
                %v394 = arith.muli %v29, %v117 : i64
                %v395 = arith.muli %v27, %v116 : i64
                %v396 = arith.addi %v394, %v395 : i64
                %v397 = arith.muli %v393, %v1 : i64
                %v398 = arith.addi %v396, %v397 : i64
                %v399 = llvm.getelementptr %dy_y[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v400 = llvm.load %v399 : !llvm.ptr -> f32
                %v401 = llvm.load %v31 : !llvm.ptr -> f32
                %v402 = llvm.load %v32 : !llvm.ptr -> f32
                %v403 = arith.mulf %v402, %v401 fastmath<contract> : f32
                %v404 = arith.addf %v400, %v403 fastmath<contract> : f32
                llvm.store %v404, %v31 : f32, !llvm.ptr
                %v405 = arith.muli %v27, %v1 : i64
                %v406 = llvm.getelementptr %in_w[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v407 = llvm.load %v406 : !llvm.ptr -> f32
                %v408 = arith.negf %v407 : f32
                %v409 = arith.mulf %v408, %v110 fastmath<contract> : f32
                %v410 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v409) : (f32) -> f32
                %v411 = arith.addf %v35, %v410 fastmath<contract> : f32
                %v412 = arith.divf %v35, %v411 : f32
                %v413 = arith.subf %v35, %v412 fastmath<contract> : f32
                %v414 = llvm.load %v31 : !llvm.ptr -> f32
                %v415 = arith.mulf %v413, %v414 fastmath<contract> : f32
                scf.if %v24 {
                  %v416 = arith.muli %v29, %v117 : i64
                  %v417 = arith.muli %v27, %v116 : i64
                  %v418 = arith.addi %v416, %v417 : i64
                  %v419 = arith.muli %v393, %v1 : i64
                  %v420 = arith.addi %v418, %v419 : i64
                  %v421 = llvm.getelementptr %dx_x[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v415, %v421 : f32, !llvm.ptr
                }
                %v422 = arith.mulf %v287, %v414 fastmath<contract> : f32
                %v423 = arith.muli %v29, %v117 : i64
                %v424 = arith.muli %v27, %v116 : i64
                %v425 = arith.addi %v423, %v424 : i64
                %v426 = arith.muli %v393, %v1 : i64
                %v427 = arith.addi %v425, %v426 : i64
                %v428 = llvm.getelementptr %in_x[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v429 = llvm.load %v428 : !llvm.ptr -> f32
                %v430 = arith.mulf %v429, %v414 fastmath<contract> : f32
                %v431 = arith.negf %v430 : f32
                %v432 = arith.addf %v422, %v431 fastmath<contract> : f32
                %v433 = arith.mulf %v412, %v413 fastmath<contract> : f32
                %v434 = arith.mulf %v432, %v433 fastmath<contract> : f32
                %v435 = llvm.load %v33 : !llvm.ptr -> f32
                %v436 = arith.addf %v435, %v434 fastmath<contract> : f32
                llvm.store %v436, %v33 : f32, !llvm.ptr
                llvm.store %v412, %v32 : f32, !llvm.ptr
                %v437 = arith.addi %v142, %v265 : i64
                %v439 = arith.cmpi slt, %v438, %v334 : i32
                %v440 = arith.cmpi eq, %v438, %v340 : i32
                %v441 = arith.addi %v65, %v437 : i64
                %v442 = arith.muli %v29, %v117 : i64
                %v443 = arith.muli %v27, %v116 : i64
                %v444 = arith.addi %v442, %v443 : i64
                %v445 = arith.muli %v441, %v1 : i64
                %v446 = arith.addi %v444, %v445 : i64
                %v447 = llvm.getelementptr %dy_y[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v448 = llvm.load %v447 : !llvm.ptr -> f32
                %v449 = llvm.load %v31 : !llvm.ptr -> f32
                %v450 = llvm.load %v32 : !llvm.ptr -> f32
                %v451 = arith.mulf %v450, %v449 fastmath<contract> : f32
                %v452 = arith.addf %v448, %v451 fastmath<contract> : f32
                llvm.store %v452, %v31 : f32, !llvm.ptr
                %v453 = arith.muli %v27, %v1 : i64
                %v454 = llvm.getelementptr %in_w[%v453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v455 = llvm.load %v454 : !llvm.ptr -> f32
                %v456 = arith.negf %v455 : f32
                %v457 = arith.mulf %v456, %v110 fastmath<contract> : f32
                %v458 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v457) : (f32) -> f32
                %v459 = arith.addf %v35, %v458 fastmath<contract> : f32
                %v460 = arith.divf %v35, %v459 : f32
                %v461 = arith.subf %v35, %v460 fastmath<contract> : f32
                %v462 = llvm.load %v31 : !llvm.ptr -> f32
                %v463 = arith.mulf %v461, %v462 fastmath<contract> : f32
                scf.if %v24 {
                  %v464 = arith.muli %v29, %v117 : i64
                  %v465 = arith.muli %v27, %v116 : i64
                  %v466 = arith.addi %v464, %v465 : i64
                  %v467 = arith.muli %v441, %v1 : i64
                  %v468 = arith.addi %v466, %v467 : i64
                  %v469 = llvm.getelementptr %dx_x[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v463, %v469 : f32, !llvm.ptr
                }
                %v470 = arith.mulf %v264, %v462 fastmath<contract> : f32
                %v471 = arith.muli %v29, %v117 : i64
                %v472 = arith.muli %v27, %v116 : i64
                %v473 = arith.addi %v471, %v472 : i64
                %v474 = arith.muli %v441, %v1 : i64
                %v475 = arith.addi %v473, %v474 : i64
                %v476 = llvm.getelementptr %in_x[%v475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v477 = llvm.load %v476 : !llvm.ptr -> f32
                %v478 = arith.mulf %v477, %v462 fastmath<contract> : f32
                %v479 = arith.negf %v478 : f32
                %v480 = arith.addf %v470, %v479 fastmath<contract> : f32
                %v481 = arith.mulf %v460, %v461 fastmath<contract> : f32
                %v482 = arith.mulf %v480, %v481 fastmath<contract> : f32
                %v483 = llvm.load %v33 : !llvm.ptr -> f32
                %v484 = arith.addf %v483, %v482 fastmath<contract> : f32
                llvm.store %v484, %v33 : f32, !llvm.ptr
                llvm.store %v460, %v32 : f32, !llvm.ptr
                %v485 = arith.addi %v142, %v242 : i64
                %v487 = arith.cmpi slt, %v486, %v334 : i32
                %v488 = arith.cmpi eq, %v486, %v340 : i32
                %v489 = arith.addi %v65, %v485 : i64
                %v490 = arith.muli %v29, %v117 : i64
                %v491 = arith.muli %v27, %v116 : i64
                %v492 = arith.addi %v490, %v491 : i64
                %v493 = arith.muli %v489, %v1 : i64
                %v494 = arith.addi %v492, %v493 : i64
                %v495 = llvm.getelementptr %dy_y[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v496 = llvm.load %v495 : !llvm.ptr -> f32
                %v497 = llvm.load %v31 : !llvm.ptr -> f32
                %v498 = llvm.load %v32 : !llvm.ptr -> f32
                %v499 = arith.mulf %v498, %v497 fastmath<contract> : f32
                %v500 = arith.addf %v496, %v499 fastmath<contract> : f32
                llvm.store %v500, %v31 : f32, !llvm.ptr
                %v501 = arith.muli %v27, %v1 : i64
                %v502 = llvm.getelementptr %in_w[%v501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v503 = llvm.load %v502 : !llvm.ptr -> f32
                %v504 = arith.negf %v503 : f32
                %v505 = arith.mulf %v504, %v110 fastmath<contract> : f32
                %v506 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v505) : (f32) -> f32
                %v507 = arith.addf %v35, %v506 fastmath<contract> : f32
                %v508 = arith.divf %v35, %v507 : f32
                %v509 = arith.subf %v35, %v508 fastmath<contract> : f32
                %v510 = llvm.load %v31 : !llvm.ptr -> f32
                %v511 = arith.mulf %v509, %v510 fastmath<contract> : f32
                scf.if %v24 {
                  %v512 = arith.muli %v29, %v117 : i64
                  %v513 = arith.muli %v27, %v116 : i64
                  %v514 = arith.addi %v512, %v513 : i64
                  %v515 = arith.muli %v489, %v1 : i64
                  %v516 = arith.addi %v514, %v515 : i64
                  %v517 = llvm.getelementptr %dx_x[%v516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v511, %v517 : f32, !llvm.ptr
                }
                %v518 = arith.mulf %v241, %v510 fastmath<contract> : f32
                %v519 = arith.muli %v29, %v117 : i64
                %v520 = arith.muli %v27, %v116 : i64
                %v521 = arith.addi %v519, %v520 : i64
                %v522 = arith.muli %v489, %v1 : i64
                %v523 = arith.addi %v521, %v522 : i64
                %v524 = llvm.getelementptr %in_x[%v523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v525 = llvm.load %v524 : !llvm.ptr -> f32
                %v526 = arith.mulf %v525, %v510 fastmath<contract> : f32
                %v527 = arith.negf %v526 : f32
                %v528 = arith.addf %v518, %v527 fastmath<contract> : f32
                %v529 = arith.mulf %v508, %v509 fastmath<contract> : f32
                %v530 = arith.mulf %v528, %v529 fastmath<contract> : f32
                %v531 = llvm.load %v33 : !llvm.ptr -> f32
                %v532 = arith.addf %v531, %v530 fastmath<contract> : f32
                llvm.store %v532, %v33 : f32, !llvm.ptr
                llvm.store %v508, %v32 : f32, !llvm.ptr
                %v533 = arith.addi %v142, %v37 : i64
                %v535 = arith.cmpi slt, %v534, %v334 : i32
                %v536 = arith.cmpi eq, %v534, %v340 : i32
                %v537 = arith.addi %v65, %v533 : i64
                %v538 = arith.muli %v29, %v117 : i64
                %v539 = arith.muli %v27, %v116 : i64
                %v540 = arith.addi %v538, %v539 : i64
                %v541 = arith.muli %v537, %v1 : i64
                %v542 = arith.addi %v540, %v541 : i64
                %v543 = llvm.getelementptr %dy_y[%v542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v544 = llvm.load %v543 : !llvm.ptr -> f32
                %v545 = llvm.load %v31 : !llvm.ptr -> f32
                %v546 = llvm.load %v32 : !llvm.ptr -> f32
                %v547 = arith.mulf %v546, %v545 fastmath<contract> : f32
                %v548 = arith.addf %v544, %v547 fastmath<contract> : f32
                llvm.store %v548, %v31 : f32, !llvm.ptr
                %v549 = arith.muli %v27, %v1 : i64
                %v550 = llvm.getelementptr %in_w[%v549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v551 = llvm.load %v550 : !llvm.ptr -> f32
                %v552 = arith.negf %v551 : f32
                %v553 = arith.mulf %v552, %v110 fastmath<contract> : f32
                %v554 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v553) : (f32) -> f32
                %v555 = arith.addf %v35, %v554 fastmath<contract> : f32
                %v556 = arith.divf %v35, %v555 : f32
                %v557 = arith.subf %v35, %v556 fastmath<contract> : f32
                %v558 = llvm.load %v31 : !llvm.ptr -> f32
                %v559 = arith.mulf %v557, %v558 fastmath<contract> : f32
                scf.if %v24 {
                  %v560 = arith.muli %v29, %v117 : i64
                  %v561 = arith.muli %v27, %v116 : i64
                  %v562 = arith.addi %v560, %v561 : i64
                  %v563 = arith.muli %v537, %v1 : i64
                  %v564 = arith.addi %v562, %v563 : i64
                  %v565 = llvm.getelementptr %dx_x[%v564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v559, %v565 : f32, !llvm.ptr
                }
                %v566 = arith.mulf %v219, %v558 fastmath<contract> : f32
                %v567 = arith.muli %v29, %v117 : i64
                %v568 = arith.muli %v27, %v116 : i64
                %v569 = arith.addi %v567, %v568 : i64
                %v570 = arith.muli %v537, %v1 : i64
                %v571 = arith.addi %v569, %v570 : i64
                %v572 = llvm.getelementptr %in_x[%v571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v573 = llvm.load %v572 : !llvm.ptr -> f32
                %v574 = arith.mulf %v573, %v558 fastmath<contract> : f32
                %v575 = arith.negf %v574 : f32
                %v576 = arith.addf %v566, %v575 fastmath<contract> : f32
                %v577 = arith.mulf %v556, %v557 fastmath<contract> : f32
                %v578 = arith.mulf %v576, %v577 fastmath<contract> : f32
                %v579 = llvm.load %v33 : !llvm.ptr -> f32
                %v580 = arith.addf %v579, %v578 fastmath<contract> : f32
                llvm.store %v580, %v33 : f32, !llvm.ptr
                llvm.store %v556, %v32 : f32, !llvm.ptr
                %v581 = arith.addi %v142, %v45 : i64
                %v583 = arith.cmpi slt, %v582, %v334 : i32
                %v584 = arith.cmpi eq, %v582, %v340 : i32
                %v585 = arith.addi %v65, %v581 : i64
                %v586 = arith.muli %v29, %v117 : i64
                %v587 = arith.muli %v27, %v116 : i64
                %v588 = arith.addi %v586, %v587 : i64
                %v589 = arith.muli %v585, %v1 : i64
                %v590 = arith.addi %v588, %v589 : i64
                %v591 = llvm.getelementptr %dy_y[%v590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v592 = llvm.load %v591 : !llvm.ptr -> f32
                %v593 = llvm.load %v31 : !llvm.ptr -> f32
                %v594 = llvm.load %v32 : !llvm.ptr -> f32
                %v595 = arith.mulf %v594, %v593 fastmath<contract> : f32
                %v596 = arith.addf %v592, %v595 fastmath<contract> : f32
                llvm.store %v596, %v31 : f32, !llvm.ptr
                %v597 = arith.muli %v27, %v1 : i64
                %v598 = llvm.getelementptr %in_w[%v597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v599 = llvm.load %v598 : !llvm.ptr -> f32
                %v600 = arith.negf %v599 : f32
                %v601 = arith.mulf %v600, %v110 fastmath<contract> : f32
                %v602 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v601) : (f32) -> f32
                %v603 = arith.addf %v35, %v602 fastmath<contract> : f32
                %v604 = arith.divf %v35, %v603 : f32
                %v605 = arith.subf %v35, %v604 fastmath<contract> : f32
                %v606 = llvm.load %v31 : !llvm.ptr -> f32
                %v607 = arith.mulf %v605, %v606 fastmath<contract> : f32
                scf.if %v24 {
                  %v608 = arith.muli %v29, %v117 : i64
                  %v609 = arith.muli %v27, %v116 : i64
                  %v610 = arith.addi %v608, %v609 : i64
                  %v611 = arith.muli %v585, %v1 : i64
                  %v612 = arith.addi %v610, %v611 : i64
                  %v613 = llvm.getelementptr %dx_x[%v612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v607, %v613 : f32, !llvm.ptr
                }
                %v614 = arith.mulf %v197, %v606 fastmath<contract> : f32
                %v615 = arith.muli %v29, %v117 : i64
                %v616 = arith.muli %v27, %v116 : i64
                %v617 = arith.addi %v615, %v616 : i64
                %v618 = arith.muli %v585, %v1 : i64
                %v619 = arith.addi %v617, %v618 : i64
                %v620 = llvm.getelementptr %in_x[%v619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v621 = llvm.load %v620 : !llvm.ptr -> f32
                %v622 = arith.mulf %v621, %v606 fastmath<contract> : f32
                %v623 = arith.negf %v622 : f32
                %v624 = arith.addf %v614, %v623 fastmath<contract> : f32
                %v625 = arith.mulf %v604, %v605 fastmath<contract> : f32
                %v626 = arith.mulf %v624, %v625 fastmath<contract> : f32
                %v627 = llvm.load %v33 : !llvm.ptr -> f32
                %v628 = arith.addf %v627, %v626 fastmath<contract> : f32
                llvm.store %v628, %v33 : f32, !llvm.ptr
                llvm.store %v604, %v32 : f32, !llvm.ptr
                %v629 = arith.addi %v142, %v1 : i64
                %v631 = arith.cmpi slt, %v630, %v334 : i32
                %v632 = arith.cmpi eq, %v630, %v340 : i32
                %v633 = arith.addi %v65, %v629 : i64
                %v634 = arith.muli %v29, %v117 : i64
                %v635 = arith.muli %v27, %v116 : i64
                %v636 = arith.addi %v634, %v635 : i64
                %v637 = arith.muli %v633, %v1 : i64
                %v638 = arith.addi %v636, %v637 : i64
                %v639 = llvm.getelementptr %dy_y[%v638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v640 = llvm.load %v639 : !llvm.ptr -> f32
                %v641 = llvm.load %v31 : !llvm.ptr -> f32
                %v642 = llvm.load %v32 : !llvm.ptr -> f32
                %v643 = arith.mulf %v642, %v641 fastmath<contract> : f32
                %v644 = arith.addf %v640, %v643 fastmath<contract> : f32
                llvm.store %v644, %v31 : f32, !llvm.ptr
                %v645 = arith.muli %v27, %v1 : i64
                %v646 = llvm.getelementptr %in_w[%v645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v647 = llvm.load %v646 : !llvm.ptr -> f32
                %v648 = arith.negf %v647 : f32
                %v649 = arith.mulf %v648, %v110 fastmath<contract> : f32
                %v650 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v649) : (f32) -> f32
                %v651 = arith.addf %v35, %v650 fastmath<contract> : f32
                %v652 = arith.divf %v35, %v651 : f32
                %v653 = arith.subf %v35, %v652 fastmath<contract> : f32
                %v654 = llvm.load %v31 : !llvm.ptr -> f32
                %v655 = arith.mulf %v653, %v654 fastmath<contract> : f32
                scf.if %v24 {
                  %v656 = arith.muli %v29, %v117 : i64
                  %v657 = arith.muli %v27, %v116 : i64
                  %v658 = arith.addi %v656, %v657 : i64
                  %v659 = arith.muli %v633, %v1 : i64
                  %v660 = arith.addi %v658, %v659 : i64
                  %v661 = llvm.getelementptr %dx_x[%v660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v655, %v661 : f32, !llvm.ptr
                }
                %v662 = arith.mulf %v175, %v654 fastmath<contract> : f32
                %v663 = arith.muli %v29, %v117 : i64
                %v664 = arith.muli %v27, %v116 : i64
                %v665 = arith.addi %v663, %v664 : i64
                %v666 = arith.muli %v633, %v1 : i64
                %v667 = arith.addi %v665, %v666 : i64
                %v668 = llvm.getelementptr %in_x[%v667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v669 = llvm.load %v668 : !llvm.ptr -> f32
                %v670 = arith.mulf %v669, %v654 fastmath<contract> : f32
                %v671 = arith.negf %v670 : f32
                %v672 = arith.addf %v662, %v671 fastmath<contract> : f32
                %v673 = arith.mulf %v652, %v653 fastmath<contract> : f32
                %v674 = arith.mulf %v672, %v673 fastmath<contract> : f32
                %v675 = llvm.load %v33 : !llvm.ptr -> f32
                %v676 = arith.addf %v675, %v674 fastmath<contract> : f32
                llvm.store %v676, %v33 : f32, !llvm.ptr
                llvm.store %v652, %v32 : f32, !llvm.ptr
                %v677 = arith.addi %v142, %v10 : i64
                %v679 = arith.cmpi slt, %v678, %v334 : i32
                %v680 = arith.cmpi eq, %v678, %v340 : i32
                %v681 = arith.addi %v65, %v677 : i64
                %v682 = arith.muli %v29, %v117 : i64
                %v683 = arith.muli %v27, %v116 : i64
                %v684 = arith.addi %v682, %v683 : i64
                %v685 = arith.muli %v681, %v1 : i64
                %v686 = arith.addi %v684, %v685 : i64
                %v687 = llvm.getelementptr %dy_y[%v686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v688 = llvm.load %v687 : !llvm.ptr -> f32
                %v689 = llvm.load %v31 : !llvm.ptr -> f32
                %v690 = llvm.load %v32 : !llvm.ptr -> f32
                %v691 = arith.mulf %v690, %v689 fastmath<contract> : f32
                %v692 = arith.addf %v688, %v691 fastmath<contract> : f32
                llvm.store %v692, %v31 : f32, !llvm.ptr
                %v693 = arith.muli %v27, %v1 : i64
                %v694 = llvm.getelementptr %in_w[%v693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v695 = llvm.load %v694 : !llvm.ptr -> f32
                %v696 = arith.negf %v695 : f32
                %v697 = arith.mulf %v696, %v110 fastmath<contract> : f32
                %v698 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v697) : (f32) -> f32
                %v699 = arith.addf %v35, %v698 fastmath<contract> : f32
                %v700 = arith.divf %v35, %v699 : f32
                %v701 = arith.subf %v35, %v700 fastmath<contract> : f32
                %v702 = llvm.load %v31 : !llvm.ptr -> f32
                %v703 = arith.mulf %v701, %v702 fastmath<contract> : f32
                scf.if %v24 {
                  %v704 = arith.muli %v29, %v117 : i64
                  %v705 = arith.muli %v27, %v116 : i64
                  %v706 = arith.addi %v704, %v705 : i64
                  %v707 = arith.muli %v681, %v1 : i64
                  %v708 = arith.addi %v706, %v707 : i64
                  %v709 = llvm.getelementptr %dx_x[%v708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v703, %v709 : f32, !llvm.ptr
                }
                %v710 = arith.mulf %v153, %v702 fastmath<contract> : f32
                %v711 = arith.muli %v29, %v117 : i64
                %v712 = arith.muli %v27, %v116 : i64
                %v713 = arith.addi %v711, %v712 : i64
                %v714 = arith.muli %v681, %v1 : i64
                %v715 = arith.addi %v713, %v714 : i64
                %v716 = llvm.getelementptr %in_x[%v715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v717 = llvm.load %v716 : !llvm.ptr -> f32
                %v718 = arith.mulf %v717, %v702 fastmath<contract> : f32
                %v719 = arith.negf %v718 : f32
                %v720 = arith.addf %v710, %v719 fastmath<contract> : f32
                %v721 = arith.mulf %v700, %v701 fastmath<contract> : f32
                %v722 = arith.mulf %v720, %v721 fastmath<contract> : f32
                %v723 = llvm.load %v33 : !llvm.ptr -> f32
                %v724 = arith.addf %v723, %v722 fastmath<contract> : f32
                llvm.store %v724, %v33 : f32, !llvm.ptr
                llvm.store %v700, %v32 : f32, !llvm.ptr
              } else {
                %v725 = arith.subi %v67, %v1 : i64
                %v726 = arith.muli %v141, %v3 : i64
                %v727 = arith.subi %v3, %v1 : i64
                %v728 = arith.minsi %v23, %v727 : i64
                %v729 = arith.addi %v726, %v728 : i64
                %v730 = arith.muli %v729, %v1 : i64
                %v731 = arith.addi %v730, %v10 : i64
                %v732 = llvm.getelementptr %scratch_h[%v731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v733 = llvm.load %v732 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v734 = arith.addi %v142, %v10 : i64
                %v735 = arith.minsi %v734, %v725 : i64
                %v736 = arith.addi %v65, %v735 : i64
                %v737 = arith.muli %v27, %v1 : i64
                %v738 = llvm.getelementptr %in_w[%v737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v739 = llvm.load %v738 : !llvm.ptr -> f32
                %v740 = arith.negf %v739 : f32
                %v741 = arith.mulf %v740, %v110 fastmath<contract> : f32
                %v742 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v741) : (f32) -> f32
                %v743 = arith.addf %v35, %v742 fastmath<contract> : f32
                %v744 = arith.divf %v35, %v743 : f32
                %v745 = arith.subf %v35, %v744 fastmath<contract> : f32
                %v746 = arith.muli %v29, %v117 : i64
                %v747 = arith.muli %v27, %v116 : i64
                %v748 = arith.addi %v746, %v747 : i64
                %v749 = arith.muli %v736, %v1 : i64
                %v750 = arith.addi %v748, %v749 : i64
                %v751 = llvm.getelementptr %in_x[%v750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v752 = llvm.load %v751 : !llvm.ptr -> f32
                %v753 = arith.mulf %v745, %v752 fastmath<contract> : f32
                %v754 = arith.mulf %v744, %v733 fastmath<contract> : f32
                %v755 = arith.addf %v754, %v753 fastmath<contract> : f32
                %v756 = arith.addi %v142, %v1 : i64
                %v757 = arith.minsi %v756, %v725 : i64
                %v758 = arith.addi %v65, %v757 : i64
                %v759 = arith.muli %v27, %v1 : i64
                %v760 = llvm.getelementptr %in_w[%v759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v761 = llvm.load %v760 : !llvm.ptr -> f32
                %v762 = arith.negf %v761 : f32
                %v763 = arith.mulf %v762, %v110 fastmath<contract> : f32
                %v764 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v763) : (f32) -> f32
                %v765 = arith.addf %v35, %v764 fastmath<contract> : f32
                %v766 = arith.divf %v35, %v765 : f32
                %v767 = arith.subf %v35, %v766 fastmath<contract> : f32
                %v768 = arith.muli %v29, %v117 : i64
                %v769 = arith.muli %v27, %v116 : i64
                %v770 = arith.addi %v768, %v769 : i64
                %v771 = arith.muli %v758, %v1 : i64
                %v772 = arith.addi %v770, %v771 : i64
                %v773 = llvm.getelementptr %in_x[%v772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v774 = llvm.load %v773 : !llvm.ptr -> f32
                %v775 = arith.mulf %v767, %v774 fastmath<contract> : f32
                %v776 = arith.mulf %v766, %v755 fastmath<contract> : f32
                %v777 = arith.addf %v776, %v775 fastmath<contract> : f32
                %v778 = arith.addi %v142, %v45 : i64
                %v779 = arith.minsi %v778, %v725 : i64
                %v780 = arith.addi %v65, %v779 : i64
                %v781 = arith.muli %v27, %v1 : i64
                %v782 = llvm.getelementptr %in_w[%v781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v783 = llvm.load %v782 : !llvm.ptr -> f32
                %v784 = arith.negf %v783 : f32
                %v785 = arith.mulf %v784, %v110 fastmath<contract> : f32
                %v786 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v785) : (f32) -> f32
                %v787 = arith.addf %v35, %v786 fastmath<contract> : f32
                %v788 = arith.divf %v35, %v787 : f32
                %v789 = arith.subf %v35, %v788 fastmath<contract> : f32
                %v790 = arith.muli %v29, %v117 : i64
                %v791 = arith.muli %v27, %v116 : i64
                %v792 = arith.addi %v790, %v791 : i64
                %v793 = arith.muli %v780, %v1 : i64
                %v794 = arith.addi %v792, %v793 : i64
                %v795 = llvm.getelementptr %in_x[%v794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v796 = llvm.load %v795 : !llvm.ptr -> f32
                %v797 = arith.mulf %v789, %v796 fastmath<contract> : f32
                %v798 = arith.mulf %v788, %v777 fastmath<contract> : f32
                %v799 = arith.addf %v798, %v797 fastmath<contract> : f32
                %v800 = arith.addi %v142, %v37 : i64
                %v801 = arith.minsi %v800, %v725 : i64
                %v802 = arith.addi %v65, %v801 : i64
                %v803 = arith.muli %v27, %v1 : i64
                %v804 = llvm.getelementptr %in_w[%v803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v805 = llvm.load %v804 : !llvm.ptr -> f32
                %v806 = arith.negf %v805 : f32
                %v807 = arith.mulf %v806, %v110 fastmath<contract> : f32
                %v808 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v807) : (f32) -> f32
                %v809 = arith.addf %v35, %v808 fastmath<contract> : f32
                %v810 = arith.divf %v35, %v809 : f32
                %v811 = arith.subf %v35, %v810 fastmath<contract> : f32
                %v812 = arith.muli %v29, %v117 : i64
                %v813 = arith.muli %v27, %v116 : i64
                %v814 = arith.addi %v812, %v813 : i64
                %v815 = arith.muli %v802, %v1 : i64
                %v816 = arith.addi %v814, %v815 : i64
                %v817 = llvm.getelementptr %in_x[%v816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v818 = llvm.load %v817 : !llvm.ptr -> f32
                %v819 = arith.mulf %v811, %v818 fastmath<contract> : f32
                %v820 = arith.mulf %v810, %v799 fastmath<contract> : f32
                %v821 = arith.addf %v820, %v819 fastmath<contract> : f32
                %v822 = arith.addi %v142, %v242 : i64
                %v823 = arith.minsi %v822, %v725 : i64
                %v824 = arith.addi %v65, %v823 : i64
                %v825 = arith.muli %v27, %v1 : i64
                %v826 = llvm.getelementptr %in_w[%v825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v827 = llvm.load %v826 : !llvm.ptr -> f32
                %v828 = arith.negf %v827 : f32
                %v829 = arith.mulf %v828, %v110 fastmath<contract> : f32
                %v830 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v829) : (f32) -> f32
                %v831 = arith.addf %v35, %v830 fastmath<contract> : f32
                %v832 = arith.divf %v35, %v831 : f32
                %v833 = arith.subf %v35, %v832 fastmath<contract> : f32
                %v834 = arith.muli %v29, %v117 : i64
                %v835 = arith.muli %v27, %v116 : i64
                %v836 = arith.addi %v834, %v835 : i64
                %v837 = arith.muli %v824, %v1 : i64
                %v838 = arith.addi %v836, %v837 : i64
                %v839 = llvm.getelementptr %in_x[%v838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v840 = llvm.load %v839 : !llvm.ptr -> f32
                %v841 = arith.mulf %v833, %v840 fastmath<contract> : f32
                %v842 = arith.mulf %v832, %v821 fastmath<contract> : f32
                %v843 = arith.addf %v842, %v841 fastmath<contract> : f32
                %v844 = arith.addi %v142, %v265 : i64
                %v845 = arith.minsi %v844, %v725 : i64
                %v846 = arith.addi %v65, %v845 : i64
                %v847 = arith.muli %v27, %v1 : i64
                %v848 = llvm.getelementptr %in_w[%v847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v849 = llvm.load %v848 : !llvm.ptr -> f32
                %v850 = arith.negf %v849 : f32
                %v851 = arith.mulf %v850, %v110 fastmath<contract> : f32
                %v852 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v851) : (f32) -> f32
                %v853 = arith.addf %v35, %v852 fastmath<contract> : f32
                %v854 = arith.divf %v35, %v853 : f32
                %v855 = arith.subf %v35, %v854 fastmath<contract> : f32
                %v856 = arith.muli %v29, %v117 : i64
                %v857 = arith.muli %v27, %v116 : i64
                %v858 = arith.addi %v856, %v857 : i64
                %v859 = arith.muli %v846, %v1 : i64
                %v860 = arith.addi %v858, %v859 : i64
                %v861 = llvm.getelementptr %in_x[%v860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v862 = llvm.load %v861 : !llvm.ptr -> f32
                %v863 = arith.mulf %v855, %v862 fastmath<contract> : f32
                %v864 = arith.mulf %v854, %v843 fastmath<contract> : f32
                %v865 = arith.addf %v864, %v863 fastmath<contract> : f32
                %v866 = arith.addi %v142, %v288 : i64
                %v867 = arith.minsi %v866, %v725 : i64
                %v868 = arith.addi %v65, %v867 : i64
                %v869 = arith.muli %v27, %v1 : i64
                %v870 = llvm.getelementptr %in_w[%v869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v871 = llvm.load %v870 : !llvm.ptr -> f32
                %v872 = arith.negf %v871 : f32
                %v873 = arith.mulf %v872, %v110 fastmath<contract> : f32
                %v874 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v873) : (f32) -> f32
                %v875 = arith.addf %v35, %v874 fastmath<contract> : f32
                %v876 = arith.divf %v35, %v875 : f32
                %v877 = arith.subf %v35, %v876 fastmath<contract> : f32
                %v878 = arith.muli %v29, %v117 : i64
                %v879 = arith.muli %v27, %v116 : i64
                %v880 = arith.addi %v878, %v879 : i64
                %v881 = arith.muli %v868, %v1 : i64
                %v882 = arith.addi %v880, %v881 : i64
                %v883 = llvm.getelementptr %in_x[%v882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v884 = llvm.load %v883 : !llvm.ptr -> f32
                %v885 = arith.mulf %v877, %v884 fastmath<contract> : f32
                %v886 = arith.mulf %v876, %v865 fastmath<contract> : f32
                %v887 = arith.addf %v886, %v885 fastmath<contract> : f32
                %v888 = arith.addi %v142, %v51 : i64
                %v889 = arith.minsi %v888, %v725 : i64
                %v890 = arith.addi %v65, %v889 : i64
                %v891 = arith.muli %v27, %v1 : i64
                %v892 = llvm.getelementptr %in_w[%v891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v893 = llvm.load %v892 : !llvm.ptr -> f32
                %v894 = arith.negf %v893 : f32
                %v895 = arith.mulf %v894, %v110 fastmath<contract> : f32
                %v896 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v895) : (f32) -> f32
                %v897 = arith.addf %v35, %v896 fastmath<contract> : f32
                %v898 = arith.divf %v35, %v897 : f32
                %v899 = arith.subf %v35, %v898 fastmath<contract> : f32
                %v900 = arith.muli %v29, %v117 : i64
                %v901 = arith.muli %v27, %v116 : i64
                %v902 = arith.addi %v900, %v901 : i64
                %v903 = arith.muli %v890, %v1 : i64
                %v904 = arith.addi %v902, %v903 : i64
                %v905 = llvm.getelementptr %in_x[%v904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v906 = llvm.load %v905 : !llvm.ptr -> f32
                %v907 = arith.mulf %v899, %v906 fastmath<contract> : f32
                %v908 = arith.mulf %v898, %v887 fastmath<contract> : f32
                %v909 = arith.addf %v908, %v907 fastmath<contract> : f32
                %v910 = arith.subi %v67, %v142 : i64
                %v911 = arith.trunci %v910 : i64 to i32
                %v912 = arith.subi %size_L, %v1 : i64
                %v913 = arith.addi %v65, %v142 : i64
                %v914 = arith.subi %v912, %v913 : i64
                %v915 = arith.minsi %v914, %v338 : i64
                %v916 = arith.trunci %v915 : i64 to i32
                %v917 = arith.addi %v142, %v51 : i64
                %v918 = arith.cmpi slt, %v342, %v911 : i32
                %v919 = arith.cmpi eq, %v342, %v916 : i32
                scf.if %v918 {
                  %v920 = arith.addi %v65, %v917 : i64
                  %v921 = arith.muli %v29, %v117 : i64
                  %v922 = arith.muli %v27, %v116 : i64
                  %v923 = arith.addi %v921, %v922 : i64
                  %v924 = arith.muli %v920, %v1 : i64
                  %v925 = arith.addi %v923, %v924 : i64
                  %v926 = llvm.getelementptr %dy_y[%v925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v927 = llvm.load %v926 : !llvm.ptr -> f32
                  %v928 = llvm.load %v31 : !llvm.ptr -> f32
                  %v929 = llvm.load %v32 : !llvm.ptr -> f32
                  %v930 = arith.mulf %v929, %v928 fastmath<contract> : f32
                  %v931 = arith.addf %v927, %v930 fastmath<contract> : f32
                  llvm.store %v931, %v31 : f32, !llvm.ptr
                  %v932 = arith.muli %v27, %v1 : i64
                  %v933 = llvm.getelementptr %in_w[%v932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v934 = llvm.load %v933 : !llvm.ptr -> f32
                  %v935 = arith.negf %v934 : f32
                  %v936 = arith.mulf %v935, %v110 fastmath<contract> : f32
                  %v937 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v936) : (f32) -> f32
                  %v938 = arith.addf %v35, %v937 fastmath<contract> : f32
                  %v939 = arith.divf %v35, %v938 : f32
                  %v940 = arith.subf %v35, %v939 fastmath<contract> : f32
                  %v941 = llvm.load %v31 : !llvm.ptr -> f32
                  %v942 = arith.mulf %v940, %v941 fastmath<contract> : f32
                  scf.if %v24 {
                    %v943 = arith.muli %v29, %v117 : i64
                    %v944 = arith.muli %v27, %v116 : i64
                    %v945 = arith.addi %v943, %v944 : i64
                    %v946 = arith.muli %v920, %v1 : i64
                    %v947 = arith.addi %v945, %v946 : i64
                    %v948 = llvm.getelementptr %dx_x[%v947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v942, %v948 : f32, !llvm.ptr
                  }
                  %v949 = arith.mulf %v887, %v941 fastmath<contract> : f32
                  %v950 = arith.muli %v29, %v117 : i64
                  %v951 = arith.muli %v27, %v116 : i64
                  %v952 = arith.addi %v950, %v951 : i64
                  %v953 = arith.muli %v920, %v1 : i64
                  %v954 = arith.addi %v952, %v953 : i64
                  %v955 = llvm.getelementptr %in_x[%v954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v956 = llvm.load %v955 : !llvm.ptr -> f32
                  %v957 = arith.mulf %v956, %v941 fastmath<contract> : f32
                  %v958 = arith.negf %v957 : f32
                  %v959 = arith.addf %v949, %v958 fastmath<contract> : f32
                  %v960 = arith.mulf %v939, %v940 fastmath<contract> : f32
                  %v961 = arith.mulf %v959, %v960 fastmath<contract> : f32
                  %v962 = llvm.load %v33 : !llvm.ptr -> f32
                  %v963 = arith.addf %v962, %v961 fastmath<contract> : f32
                  llvm.store %v963, %v33 : f32, !llvm.ptr
                  llvm.store %v939, %v32 : f32, !llvm.ptr
                }
                %v964 = arith.addi %v142, %v288 : i64
                %v965 = arith.cmpi slt, %v390, %v911 : i32
                %v966 = arith.cmpi eq, %v390, %v916 : i32
                scf.if %v965 {
                  %v967 = arith.addi %v65, %v964 : i64
                  %v968 = arith.muli %v29, %v117 : i64
                  %v969 = arith.muli %v27, %v116 : i64
                  %v970 = arith.addi %v968, %v969 : i64
                  %v971 = arith.muli %v967, %v1 : i64
                  %v972 = arith.addi %v970, %v971 : i64
                  %v973 = llvm.getelementptr %dy_y[%v972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v974 = llvm.load %v973 : !llvm.ptr -> f32
                  %v975 = llvm.load %v31 : !llvm.ptr -> f32
                  %v976 = llvm.load %v32 : !llvm.ptr -> f32
                  %v977 = arith.mulf %v976, %v975 fastmath<contract> : f32
                  %v978 = arith.addf %v974, %v977 fastmath<contract> : f32
                  llvm.store %v978, %v31 : f32, !llvm.ptr
                  %v979 = arith.muli %v27, %v1 : i64
                  %v980 = llvm.getelementptr %in_w[%v979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v981 = llvm.load %v980 : !llvm.ptr -> f32
                  %v982 = arith.negf %v981 : f32
                  %v983 = arith.mulf %v982, %v110 fastmath<contract> : f32
                  %v984 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v983) : (f32) -> f32
                  %v985 = arith.addf %v35, %v984 fastmath<contract> : f32
                  %v986 = arith.divf %v35, %v985 : f32
                  %v987 = arith.subf %v35, %v986 fastmath<contract> : f32
                  %v988 = llvm.load %v31 : !llvm.ptr -> f32
                  %v989 = arith.mulf %v987, %v988 fastmath<contract> : f32
                  scf.if %v24 {
                    %v990 = arith.muli %v29, %v117 : i64
                    %v991 = arith.muli %v27, %v116 : i64
                    %v992 = arith.addi %v990, %v991 : i64
                    %v993 = arith.muli %v967, %v1 : i64
                    %v994 = arith.addi %v992, %v993 : i64
                    %v995 = llvm.getelementptr %dx_x[%v994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v989, %v995 : f32, !llvm.ptr
                  }
                  %v996 = arith.mulf %v865, %v988 fastmath<contract> : f32
                  %v997 = arith.muli %v29, %v117 : i64
                  %v998 = arith.muli %v27, %v116 : i64
                  %v999 = arith.addi %v997, %v998 : i64
                  %v1000 = arith.muli %v967, %v1 : i64
                  %v1001 = arith.addi %v999, %v1000 : i64
                  %v1002 = llvm.getelementptr %in_x[%v1001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1003 = llvm.load %v1002 : !llvm.ptr -> f32
                  %v1004 = arith.mulf %v1003, %v988 fastmath<contract> : f32
                  %v1005 = arith.negf %v1004 : f32
                  %v1006 = arith.addf %v996, %v1005 fastmath<contract> : f32
                  %v1007 = arith.mulf %v986, %v987 fastmath<contract> : f32
                  %v1008 = arith.mulf %v1006, %v1007 fastmath<contract> : f32
                  %v1009 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1010 = arith.addf %v1009, %v1008 fastmath<contract> : f32
                  llvm.store %v1010, %v33 : f32, !llvm.ptr
                  llvm.store %v986, %v32 : f32, !llvm.ptr
                }
                %v1011 = arith.addi %v142, %v265 : i64
                %v1012 = arith.cmpi slt, %v438, %v911 : i32
                %v1013 = arith.cmpi eq, %v438, %v916 : i32
                scf.if %v1012 {
                  %v1014 = arith.addi %v65, %v1011 : i64
                  %v1015 = arith.muli %v29, %v117 : i64
                  %v1016 = arith.muli %v27, %v116 : i64
                  %v1017 = arith.addi %v1015, %v1016 : i64
                  %v1018 = arith.muli %v1014, %v1 : i64
                  %v1019 = arith.addi %v1017, %v1018 : i64
                  %v1020 = llvm.getelementptr %dy_y[%v1019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1021 = llvm.load %v1020 : !llvm.ptr -> f32
                  %v1022 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1023 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1024 = arith.mulf %v1023, %v1022 fastmath<contract> : f32
                  %v1025 = arith.addf %v1021, %v1024 fastmath<contract> : f32
                  llvm.store %v1025, %v31 : f32, !llvm.ptr
                  %v1026 = arith.muli %v27, %v1 : i64
                  %v1027 = llvm.getelementptr %in_w[%v1026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1028 = llvm.load %v1027 : !llvm.ptr -> f32
                  %v1029 = arith.negf %v1028 : f32
                  %v1030 = arith.mulf %v1029, %v110 fastmath<contract> : f32
                  %v1031 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1030) : (f32) -> f32
                  %v1032 = arith.addf %v35, %v1031 fastmath<contract> : f32
                  %v1033 = arith.divf %v35, %v1032 : f32
                  %v1034 = arith.subf %v35, %v1033 fastmath<contract> : f32
                  %v1035 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1036 = arith.mulf %v1034, %v1035 fastmath<contract> : f32
                  scf.if %v24 {
                    %v1037 = arith.muli %v29, %v117 : i64
                    %v1038 = arith.muli %v27, %v116 : i64
                    %v1039 = arith.addi %v1037, %v1038 : i64
                    %v1040 = arith.muli %v1014, %v1 : i64
                    %v1041 = arith.addi %v1039, %v1040 : i64
                    %v1042 = llvm.getelementptr %dx_x[%v1041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1036, %v1042 : f32, !llvm.ptr
                  }
                  %v1043 = arith.mulf %v843, %v1035 fastmath<contract> : f32
                  %v1044 = arith.muli %v29, %v117 : i64
                  %v1045 = arith.muli %v27, %v116 : i64
                  %v1046 = arith.addi %v1044, %v1045 : i64
                  %v1047 = arith.muli %v1014, %v1 : i64
                  %v1048 = arith.addi %v1046, %v1047 : i64
                  %v1049 = llvm.getelementptr %in_x[%v1048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1050 = llvm.load %v1049 : !llvm.ptr -> f32
                  %v1051 = arith.mulf %v1050, %v1035 fastmath<contract> : f32
                  %v1052 = arith.negf %v1051 : f32
                  %v1053 = arith.addf %v1043, %v1052 fastmath<contract> : f32
                  %v1054 = arith.mulf %v1033, %v1034 fastmath<contract> : f32
                  %v1055 = arith.mulf %v1053, %v1054 fastmath<contract> : f32
                  %v1056 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1057 = arith.addf %v1056, %v1055 fastmath<contract> : f32
                  llvm.store %v1057, %v33 : f32, !llvm.ptr
                  llvm.store %v1033, %v32 : f32, !llvm.ptr
                }
                %v1058 = arith.addi %v142, %v242 : i64
                %v1059 = arith.cmpi slt, %v486, %v911 : i32
                %v1060 = arith.cmpi eq, %v486, %v916 : i32
                scf.if %v1059 {
                  %v1061 = arith.addi %v65, %v1058 : i64
                  %v1062 = arith.muli %v29, %v117 : i64
                  %v1063 = arith.muli %v27, %v116 : i64
                  %v1064 = arith.addi %v1062, %v1063 : i64
                  %v1065 = arith.muli %v1061, %v1 : i64
                  %v1066 = arith.addi %v1064, %v1065 : i64
                  %v1067 = llvm.getelementptr %dy_y[%v1066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1068 = llvm.load %v1067 : !llvm.ptr -> f32
                  %v1069 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1070 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1071 = arith.mulf %v1070, %v1069 fastmath<contract> : f32
                  %v1072 = arith.addf %v1068, %v1071 fastmath<contract> : f32
                  llvm.store %v1072, %v31 : f32, !llvm.ptr
                  %v1073 = arith.muli %v27, %v1 : i64
                  %v1074 = llvm.getelementptr %in_w[%v1073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1075 = llvm.load %v1074 : !llvm.ptr -> f32
                  %v1076 = arith.negf %v1075 : f32
                  %v1077 = arith.mulf %v1076, %v110 fastmath<contract> : f32
                  %v1078 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1077) : (f32) -> f32
                  %v1079 = arith.addf %v35, %v1078 fastmath<contract> : f32
                  %v1080 = arith.divf %v35, %v1079 : f32
                  %v1081 = arith.subf %v35, %v1080 fastmath<contract> : f32
                  %v1082 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1083 = arith.mulf %v1081, %v1082 fastmath<contract> : f32
                  scf.if %v24 {
                    %v1084 = arith.muli %v29, %v117 : i64
                    %v1085 = arith.muli %v27, %v116 : i64
                    %v1086 = arith.addi %v1084, %v1085 : i64
                    %v1087 = arith.muli %v1061, %v1 : i64
                    %v1088 = arith.addi %v1086, %v1087 : i64
                    %v1089 = llvm.getelementptr %dx_x[%v1088] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1083, %v1089 : f32, !llvm.ptr
                  }
                  %v1090 = arith.mulf %v821, %v1082 fastmath<contract> : f32
                  %v1091 = arith.muli %v29, %v117 : i64
                  %v1092 = arith.muli %v27, %v116 : i64
                  %v1093 = arith.addi %v1091, %v1092 : i64
                  %v1094 = arith.muli %v1061, %v1 : i64
                  %v1095 = arith.addi %v1093, %v1094 : i64
                  %v1096 = llvm.getelementptr %in_x[%v1095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1097 = llvm.load %v1096 : !llvm.ptr -> f32
                  %v1098 = arith.mulf %v1097, %v1082 fastmath<contract> : f32
                  %v1099 = arith.negf %v1098 : f32
                  %v1100 = arith.addf %v1090, %v1099 fastmath<contract> : f32
                  %v1101 = arith.mulf %v1080, %v1081 fastmath<contract> : f32
                  %v1102 = arith.mulf %v1100, %v1101 fastmath<contract> : f32
                  %v1103 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1104 = arith.addf %v1103, %v1102 fastmath<contract> : f32
                  llvm.store %v1104, %v33 : f32, !llvm.ptr
                  llvm.store %v1080, %v32 : f32, !llvm.ptr
                }
                %v1105 = arith.addi %v142, %v37 : i64
                %v1106 = arith.cmpi slt, %v534, %v911 : i32
                %v1107 = arith.cmpi eq, %v534, %v916 : i32
                scf.if %v1106 {
                  %v1108 = arith.addi %v65, %v1105 : i64
                  %v1109 = arith.muli %v29, %v117 : i64
                  %v1110 = arith.muli %v27, %v116 : i64
                  %v1111 = arith.addi %v1109, %v1110 : i64
                  %v1112 = arith.muli %v1108, %v1 : i64
                  %v1113 = arith.addi %v1111, %v1112 : i64
                  %v1114 = llvm.getelementptr %dy_y[%v1113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1115 = llvm.load %v1114 : !llvm.ptr -> f32
                  %v1116 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1117 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1118 = arith.mulf %v1117, %v1116 fastmath<contract> : f32
                  %v1119 = arith.addf %v1115, %v1118 fastmath<contract> : f32
                  llvm.store %v1119, %v31 : f32, !llvm.ptr
                  %v1120 = arith.muli %v27, %v1 : i64
                  %v1121 = llvm.getelementptr %in_w[%v1120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1122 = llvm.load %v1121 : !llvm.ptr -> f32
                  %v1123 = arith.negf %v1122 : f32
                  %v1124 = arith.mulf %v1123, %v110 fastmath<contract> : f32
                  %v1125 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1124) : (f32) -> f32
                  %v1126 = arith.addf %v35, %v1125 fastmath<contract> : f32
                  %v1127 = arith.divf %v35, %v1126 : f32
                  %v1128 = arith.subf %v35, %v1127 fastmath<contract> : f32
                  %v1129 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1130 = arith.mulf %v1128, %v1129 fastmath<contract> : f32
                  scf.if %v24 {
                    %v1131 = arith.muli %v29, %v117 : i64
                    %v1132 = arith.muli %v27, %v116 : i64
                    %v1133 = arith.addi %v1131, %v1132 : i64
                    %v1134 = arith.muli %v1108, %v1 : i64
                    %v1135 = arith.addi %v1133, %v1134 : i64
                    %v1136 = llvm.getelementptr %dx_x[%v1135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1130, %v1136 : f32, !llvm.ptr
                  }
                  %v1137 = arith.mulf %v799, %v1129 fastmath<contract> : f32
                  %v1138 = arith.muli %v29, %v117 : i64
                  %v1139 = arith.muli %v27, %v116 : i64
                  %v1140 = arith.addi %v1138, %v1139 : i64
                  %v1141 = arith.muli %v1108, %v1 : i64
                  %v1142 = arith.addi %v1140, %v1141 : i64
                  %v1143 = llvm.getelementptr %in_x[%v1142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1144 = llvm.load %v1143 : !llvm.ptr -> f32
                  %v1145 = arith.mulf %v1144, %v1129 fastmath<contract> : f32
                  %v1146 = arith.negf %v1145 : f32
                  %v1147 = arith.addf %v1137, %v1146 fastmath<contract> : f32
                  %v1148 = arith.mulf %v1127, %v1128 fastmath<contract> : f32
                  %v1149 = arith.mulf %v1147, %v1148 fastmath<contract> : f32
                  %v1150 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1151 = arith.addf %v1150, %v1149 fastmath<contract> : f32
                  llvm.store %v1151, %v33 : f32, !llvm.ptr
                  llvm.store %v1127, %v32 : f32, !llvm.ptr
                }
                %v1152 = arith.addi %v142, %v45 : i64
                %v1153 = arith.cmpi slt, %v582, %v911 : i32
                %v1154 = arith.cmpi eq, %v582, %v916 : i32
                scf.if %v1153 {
                  %v1155 = arith.addi %v65, %v1152 : i64
                  %v1156 = arith.muli %v29, %v117 : i64
                  %v1157 = arith.muli %v27, %v116 : i64
                  %v1158 = arith.addi %v1156, %v1157 : i64
                  %v1159 = arith.muli %v1155, %v1 : i64
                  %v1160 = arith.addi %v1158, %v1159 : i64
                  %v1161 = llvm.getelementptr %dy_y[%v1160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1162 = llvm.load %v1161 : !llvm.ptr -> f32
                  %v1163 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1164 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1165 = arith.mulf %v1164, %v1163 fastmath<contract> : f32
                  %v1166 = arith.addf %v1162, %v1165 fastmath<contract> : f32
                  llvm.store %v1166, %v31 : f32, !llvm.ptr
                  %v1167 = arith.muli %v27, %v1 : i64
                  %v1168 = llvm.getelementptr %in_w[%v1167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1169 = llvm.load %v1168 : !llvm.ptr -> f32
                  %v1170 = arith.negf %v1169 : f32
                  %v1171 = arith.mulf %v1170, %v110 fastmath<contract> : f32
                  %v1172 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1171) : (f32) -> f32
                  %v1173 = arith.addf %v35, %v1172 fastmath<contract> : f32
                  %v1174 = arith.divf %v35, %v1173 : f32
                  %v1175 = arith.subf %v35, %v1174 fastmath<contract> : f32
                  %v1176 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1177 = arith.mulf %v1175, %v1176 fastmath<contract> : f32
                  scf.if %v24 {
                    %v1178 = arith.muli %v29, %v117 : i64
                    %v1179 = arith.muli %v27, %v116 : i64
                    %v1180 = arith.addi %v1178, %v1179 : i64
                    %v1181 = arith.muli %v1155, %v1 : i64
                    %v1182 = arith.addi %v1180, %v1181 : i64
                    %v1183 = llvm.getelementptr %dx_x[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1177, %v1183 : f32, !llvm.ptr
                  }
                  %v1184 = arith.mulf %v777, %v1176 fastmath<contract> : f32
                  %v1185 = arith.muli %v29, %v117 : i64
                  %v1186 = arith.muli %v27, %v116 : i64
                  %v1187 = arith.addi %v1185, %v1186 : i64
                  %v1188 = arith.muli %v1155, %v1 : i64
                  %v1189 = arith.addi %v1187, %v1188 : i64
                  %v1190 = llvm.getelementptr %in_x[%v1189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1191 = llvm.load %v1190 : !llvm.ptr -> f32
                  %v1192 = arith.mulf %v1191, %v1176 fastmath<contract> : f32
                  %v1193 = arith.negf %v1192 : f32
                  %v1194 = arith.addf %v1184, %v1193 fastmath<contract> : f32
                  %v1195 = arith.mulf %v1174, %v1175 fastmath<contract> : f32
                  %v1196 = arith.mulf %v1194, %v1195 fastmath<contract> : f32
                  %v1197 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1198 = arith.addf %v1197, %v1196 fastmath<contract> : f32
                  llvm.store %v1198, %v33 : f32, !llvm.ptr
                  llvm.store %v1174, %v32 : f32, !llvm.ptr
                }
                %v1199 = arith.addi %v142, %v1 : i64
                %v1200 = arith.cmpi slt, %v630, %v911 : i32
                %v1201 = arith.cmpi eq, %v630, %v916 : i32
                scf.if %v1200 {
                  %v1202 = arith.addi %v65, %v1199 : i64
                  %v1203 = arith.muli %v29, %v117 : i64
                  %v1204 = arith.muli %v27, %v116 : i64
                  %v1205 = arith.addi %v1203, %v1204 : i64
                  %v1206 = arith.muli %v1202, %v1 : i64
                  %v1207 = arith.addi %v1205, %v1206 : i64
                  %v1208 = llvm.getelementptr %dy_y[%v1207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1209 = llvm.load %v1208 : !llvm.ptr -> f32
                  %v1210 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1211 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1212 = arith.mulf %v1211, %v1210 fastmath<contract> : f32
                  %v1213 = arith.addf %v1209, %v1212 fastmath<contract> : f32
                  llvm.store %v1213, %v31 : f32, !llvm.ptr
                  %v1214 = arith.muli %v27, %v1 : i64
                  %v1215 = llvm.getelementptr %in_w[%v1214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1216 = llvm.load %v1215 : !llvm.ptr -> f32
                  %v1217 = arith.negf %v1216 : f32
                  %v1218 = arith.mulf %v1217, %v110 fastmath<contract> : f32
                  %v1219 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1218) : (f32) -> f32
                  %v1220 = arith.addf %v35, %v1219 fastmath<contract> : f32
                  %v1221 = arith.divf %v35, %v1220 : f32
                  %v1222 = arith.subf %v35, %v1221 fastmath<contract> : f32
                  %v1223 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1224 = arith.mulf %v1222, %v1223 fastmath<contract> : f32
                  scf.if %v24 {
                    %v1225 = arith.muli %v29, %v117 : i64
                    %v1226 = arith.muli %v27, %v116 : i64
                    %v1227 = arith.addi %v1225, %v1226 : i64
                    %v1228 = arith.muli %v1202, %v1 : i64
                    %v1229 = arith.addi %v1227, %v1228 : i64
                    %v1230 = llvm.getelementptr %dx_x[%v1229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1224, %v1230 : f32, !llvm.ptr
                  }
                  %v1231 = arith.mulf %v755, %v1223 fastmath<contract> : f32
                  %v1232 = arith.muli %v29, %v117 : i64
                  %v1233 = arith.muli %v27, %v116 : i64
                  %v1234 = arith.addi %v1232, %v1233 : i64
                  %v1235 = arith.muli %v1202, %v1 : i64
                  %v1236 = arith.addi %v1234, %v1235 : i64
                  %v1237 = llvm.getelementptr %in_x[%v1236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1238 = llvm.load %v1237 : !llvm.ptr -> f32
                  %v1239 = arith.mulf %v1238, %v1223 fastmath<contract> : f32
                  %v1240 = arith.negf %v1239 : f32
                  %v1241 = arith.addf %v1231, %v1240 fastmath<contract> : f32
                  %v1242 = arith.mulf %v1221, %v1222 fastmath<contract> : f32
                  %v1243 = arith.mulf %v1241, %v1242 fastmath<contract> : f32
                  %v1244 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1245 = arith.addf %v1244, %v1243 fastmath<contract> : f32
                  llvm.store %v1245, %v33 : f32, !llvm.ptr
                  llvm.store %v1221, %v32 : f32, !llvm.ptr
                }
                %v1246 = arith.addi %v142, %v10 : i64
                %v1247 = arith.cmpi slt, %v678, %v911 : i32
                %v1248 = arith.cmpi eq, %v678, %v916 : i32
                scf.if %v1247 {
                  %v1249 = arith.addi %v65, %v1246 : i64
                  %v1250 = arith.muli %v29, %v117 : i64
                  %v1251 = arith.muli %v27, %v116 : i64
                  %v1252 = arith.addi %v1250, %v1251 : i64
                  %v1253 = arith.muli %v1249, %v1 : i64
                  %v1254 = arith.addi %v1252, %v1253 : i64
                  %v1255 = llvm.getelementptr %dy_y[%v1254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1256 = llvm.load %v1255 : !llvm.ptr -> f32
                  %v1257 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1258 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1259 = arith.mulf %v1258, %v1257 fastmath<contract> : f32
                  %v1260 = arith.addf %v1256, %v1259 fastmath<contract> : f32
                  llvm.store %v1260, %v31 : f32, !llvm.ptr
                  %v1261 = arith.muli %v27, %v1 : i64
                  %v1262 = llvm.getelementptr %in_w[%v1261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1263 = llvm.load %v1262 : !llvm.ptr -> f32
                  %v1264 = arith.negf %v1263 : f32
                  %v1265 = arith.mulf %v1264, %v110 fastmath<contract> : f32
                  %v1266 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1265) : (f32) -> f32
                  %v1267 = arith.addf %v35, %v1266 fastmath<contract> : f32
                  %v1268 = arith.divf %v35, %v1267 : f32
                  %v1269 = arith.subf %v35, %v1268 fastmath<contract> : f32
                  %v1270 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1271 = arith.mulf %v1269, %v1270 fastmath<contract> : f32
                  scf.if %v24 {
                    %v1272 = arith.muli %v29, %v117 : i64
                    %v1273 = arith.muli %v27, %v116 : i64
                    %v1274 = arith.addi %v1272, %v1273 : i64
                    %v1275 = arith.muli %v1249, %v1 : i64
                    %v1276 = arith.addi %v1274, %v1275 : i64
                    %v1277 = llvm.getelementptr %dx_x[%v1276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1271, %v1277 : f32, !llvm.ptr
                  }
                  %v1278 = arith.mulf %v733, %v1270 fastmath<contract> : f32
                  %v1279 = arith.muli %v29, %v117 : i64
                  %v1280 = arith.muli %v27, %v116 : i64
                  %v1281 = arith.addi %v1279, %v1280 : i64
                  %v1282 = arith.muli %v1249, %v1 : i64
                  %v1283 = arith.addi %v1281, %v1282 : i64
                  %v1284 = llvm.getelementptr %in_x[%v1283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1285 = llvm.load %v1284 : !llvm.ptr -> f32
                  %v1286 = arith.mulf %v1285, %v1270 fastmath<contract> : f32
                  %v1287 = arith.negf %v1286 : f32
                  %v1288 = arith.addf %v1278, %v1287 fastmath<contract> : f32
                  %v1289 = arith.mulf %v1268, %v1269 fastmath<contract> : f32
                  %v1290 = arith.mulf %v1288, %v1289 fastmath<contract> : f32
                  %v1291 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1292 = arith.addf %v1291, %v1290 fastmath<contract> : f32
                  llvm.store %v1292, %v33 : f32, !llvm.ptr
                  llvm.store %v1268, %v32 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v11 {
      }
      scf.if %v11 {
        scf.if %v24 {
          %v1293 = llvm.load %v33 : !llvm.ptr -> f32
          %v1294 = arith.muli %v23, %v1 : i64
          %v1295 = arith.addi %v1294, %v10 : i64
          %v1296 = llvm.getelementptr %part_w[%v1295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1293, %v1296 : f32, !llvm.ptr
        }
      } else {
        scf.if %v24 {
          %v1297 = arith.muli %v23, %v1 : i64
          %v1298 = arith.muli %v1297, %v37 : i64
          %v1299 = arith.addi %v1298, %v10 : i64
          %v1300 = llvm.load %v31 : !llvm.ptr -> f32
          %v1301 = llvm.getelementptr %slice_carry[%v1299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1300, %v1301 : f32, !llvm.ptr
          %v1302 = arith.addi %v1298, %v1 : i64
          %v1303 = llvm.load %v32 : !llvm.ptr -> f32
          %v1304 = llvm.getelementptr %slice_carry[%v1302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1303, %v1304 : f32, !llvm.ptr
          %v1305 = arith.addi %v1298, %v45 : i64
          %v1306 = llvm.load %v33 : !llvm.ptr -> f32
          %v1307 = llvm.getelementptr %slice_carry[%v1305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1306, %v1307 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
