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
      %v46 = arith.constant 2 : i64
      %v52 = arith.constant 8 : i64
      %v53 = arith.constant 7 : i64
      %v73 = arith.muli %v1, %size_B : i64
      %v74 = arith.muli %v73, %size_D : i64
      %v76 = arith.muli %v1, %size_D : i64
      %v112 = arith.constant 0x3FB8AA3B : f32
      %v118 = arith.muli %v1, %size_L : i64
      %v119 = arith.muli %v118, %size_D : i64
      %v222 = arith.constant 3 : i64
      %v245 = arith.constant 4 : i64
      %v268 = arith.constant 5 : i64
      %v291 = arith.constant 6 : i64
      %v341 = arith.constant 2147483647 : i64
      %v345 = arith.constant 7 : i32
      %v393 = arith.constant 6 : i32
      %v441 = arith.constant 5 : i32
      %v489 = arith.constant 4 : i32
      %v537 = arith.constant 3 : i32
      %v585 = arith.constant 2 : i32
      %v633 = arith.constant 1 : i32
      %v681 = arith.constant 0 : i32
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
          %v37 = arith.muli %v3, %v1 : i64
          %v38 = arith.muli %v10, %v37 : i64
          %v39 = arith.addi %v38, %v36 : i64
          %v40 = llvm.getelementptr %slice_carry[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v41 = llvm.load %v40 : !llvm.ptr -> f32
          llvm.store %v41, %v31 : f32, !llvm.ptr
          %v42 = arith.muli %v1, %v37 : i64
          %v43 = arith.addi %v42, %v36 : i64
          %v44 = llvm.getelementptr %slice_carry[%v43] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v45 = llvm.load %v44 : !llvm.ptr -> f32
          llvm.store %v45, %v32 : f32, !llvm.ptr
          %v47 = arith.muli %v46, %v37 : i64
          %v48 = arith.addi %v47, %v36 : i64
          %v49 = llvm.getelementptr %slice_carry[%v48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v50 = llvm.load %v49 : !llvm.ptr -> f32
          llvm.store %v50, %v33 : f32, !llvm.ptr
        }
      }
      scf.if %v12 {
      }
      %v51 = arith.cmpi eq, %size_L, %v10 : i64
      scf.if %v51 {
        llvm.store %v34, %v16 : f32, !llvm.ptr
      }
      %v54 = arith.subi %v4, %v1 : i64
      %v55 = arith.addi %size_L, %v54 : i64
      %v56 = arith.divui %v55, %v4 : i64
      %v57 = arith.minsi %v9, %v56 : i64
      %v58 = arith.subi %v57, %v5 : i64
      %v59 = arith.maxsi %v58, %v10 : i64
      %v60 = arith.index_cast %v10 : i64 to index
      %v61 = arith.index_cast %v59 : i64 to index
      %v62 = arith.index_cast %v1 : i64 to index
      scf.for %v63 = %v60 to %v61 step %v62 {
        %v64 = arith.index_cast %v63 : index to i64
        %v65 = arith.subi %v57, %v1 : i64
        %v66 = arith.subi %v65, %v64 : i64
        %v67 = arith.muli %v66, %v4 : i64
        %v68 = arith.subi %size_L, %v67 : i64
        %v69 = arith.minsi %v68, %v4 : i64
        %v70 = arith.addi %v69, %v53 : i64
        %v71 = arith.divui %v70, %v52 : i64
        %v72 = arith.subi %v69, %v1 : i64
        %v75 = arith.muli %v66, %v74 : i64
        %v77 = arith.muli %v29, %v76 : i64
        %v78 = arith.muli %v27, %v1 : i64
        %v79 = arith.addi %v77, %v78 : i64
        %v80 = arith.addi %v75, %v79 : i64
        %v81 = llvm.getelementptr %ckpt_h[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v82 = llvm.load %v81 : !llvm.ptr -> f32
        llvm.store %v82, %v15 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v83 = arith.index_cast %v10 : i64 to index
        %v84 = arith.index_cast %v71 : i64 to index
        %v85 = arith.index_cast %v1 : i64 to index
        scf.for %v86 = %v83 to %v84 step %v85 {
          %v87 = arith.index_cast %v86 : index to i64
          scf.if %v24 {
            %v88 = llvm.load %v15 : !llvm.ptr -> f32
            %v89 = arith.muli %v87, %v3 : i64
            %v90 = arith.subi %v3, %v1 : i64
            %v91 = arith.minsi %v23, %v90 : i64
            %v92 = arith.addi %v89, %v91 : i64
            %v93 = arith.muli %v92, %v1 : i64
            %v94 = arith.addi %v93, %v10 : i64
            %v95 = llvm.getelementptr %scratch_h[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v88, %v95 : f32, !llvm.ptr
          }
          %v96 = arith.muli %v87, %v52 : i64
          %v97 = arith.subi %v69, %v96 : i64
          %v98 = arith.trunci %v97 : i64 to i32
          %v99 = arith.index_cast %v10 : i64 to index
          %v100 = arith.index_cast %v52 : i64 to index
          %v101 = arith.index_cast %v1 : i64 to index
          scf.for %v102 = %v99 to %v100 step %v101 {
            %v103 = arith.index_cast %v102 : index to i64
            %v104 = arith.trunci %v103 : i64 to i32
            %v105 = arith.addi %v96, %v103 : i64
            %v106 = arith.cmpi slt, %v104, %v98 : i32
            scf.if %v106 {
              %v107 = arith.addi %v67, %v105 : i64
              %v108 = arith.muli %v27, %v1 : i64
              %v109 = llvm.getelementptr %in_w[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v110 = llvm.load %v109 : !llvm.ptr -> f32
              %v111 = arith.negf %v110 : f32
              %v113 = arith.mulf %v111, %v112 fastmath<contract> : f32
              %v114 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v113) : (f32) -> f32
              %v115 = arith.addf %v35, %v114 fastmath<contract> : f32
              %v116 = arith.divf %v35, %v115 : f32
              %v117 = arith.subf %v35, %v116 fastmath<contract> : f32
              %v120 = arith.muli %v29, %v119 : i64
              %v121 = arith.muli %v27, %v118 : i64
              %v122 = arith.addi %v120, %v121 : i64
              %v123 = arith.muli %v107, %v1 : i64
              %v124 = arith.addi %v122, %v123 : i64
              %v125 = llvm.getelementptr %in_x[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v126 = llvm.load %v125 : !llvm.ptr -> f32
              %v127 = arith.mulf %v117, %v126 fastmath<contract> : f32
              %v128 = llvm.load %v15 : !llvm.ptr -> f32
              %v129 = arith.mulf %v116, %v128 fastmath<contract> : f32
              %v130 = arith.addf %v129, %v127 fastmath<contract> : f32
              llvm.store %v130, %v15 : f32, !llvm.ptr
            }
          }
        }
        %v131 = arith.index_cast %v10 : i64 to index
        %v132 = arith.index_cast %v1 : i64 to index
        %v133 = arith.index_cast %v1 : i64 to index
        scf.for %v134 = %v131 to %v132 step %v133 {
          %v135 = arith.index_cast %v134 : index to i64
          %v136 = arith.index_cast %v10 : i64 to index
          %v137 = arith.index_cast %v71 : i64 to index
          %v138 = arith.index_cast %v1 : i64 to index
          scf.for %v139 = %v136 to %v137 step %v138 {
            %v140 = arith.index_cast %v139 : index to i64
            %v141 = arith.cmpi slt, %v140, %v71 : i64
            scf.if %v141 {
              %v142 = arith.subi %v71, %v1 : i64
              %v143 = arith.subi %v142, %v140 : i64
              %v144 = arith.muli %v143, %v52 : i64
              %v145 = arith.addi %v144, %v52 : i64
              %v146 = arith.cmpi sle, %v145, %v69 : i64
              scf.if %v146 {
                %v147 = arith.subi %v69, %v1 : i64
                %v148 = arith.muli %v143, %v3 : i64
                %v149 = arith.subi %v3, %v1 : i64
                %v150 = arith.minsi %v23, %v149 : i64
                %v151 = arith.addi %v148, %v150 : i64
                %v152 = arith.muli %v151, %v1 : i64
                %v153 = arith.addi %v152, %v10 : i64
                %v154 = llvm.getelementptr %scratch_h[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v155 = llvm.load %v154 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v156 = arith.addi %v144, %v10 : i64
                %v157 = arith.minsi %v156, %v147 : i64
                %v158 = arith.addi %v67, %v157 : i64
                %v159 = arith.muli %v27, %v1 : i64
                %v160 = llvm.getelementptr %in_w[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v161 = llvm.load %v160 : !llvm.ptr -> f32
                %v162 = arith.negf %v161 : f32
                %v163 = arith.mulf %v162, %v112 fastmath<contract> : f32
                %v164 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v163) : (f32) -> f32
                %v165 = arith.addf %v35, %v164 fastmath<contract> : f32
                %v166 = arith.divf %v35, %v165 : f32
                %v167 = arith.subf %v35, %v166 fastmath<contract> : f32
                %v168 = arith.muli %v29, %v119 : i64
                %v169 = arith.muli %v27, %v118 : i64
                %v170 = arith.addi %v168, %v169 : i64
                %v171 = arith.muli %v158, %v1 : i64
                %v172 = arith.addi %v170, %v171 : i64
                %v173 = llvm.getelementptr %in_x[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v174 = llvm.load %v173 : !llvm.ptr -> f32
                %v175 = arith.mulf %v167, %v174 fastmath<contract> : f32
                %v176 = arith.mulf %v166, %v155 fastmath<contract> : f32
                %v177 = arith.addf %v176, %v175 fastmath<contract> : f32
                %v178 = arith.addi %v144, %v1 : i64
                %v179 = arith.minsi %v178, %v147 : i64
                %v180 = arith.addi %v67, %v179 : i64
                %v181 = arith.muli %v27, %v1 : i64
                %v182 = llvm.getelementptr %in_w[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v183 = llvm.load %v182 : !llvm.ptr -> f32
                %v184 = arith.negf %v183 : f32
                %v185 = arith.mulf %v184, %v112 fastmath<contract> : f32
                %v186 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v185) : (f32) -> f32
                %v187 = arith.addf %v35, %v186 fastmath<contract> : f32
                %v188 = arith.divf %v35, %v187 : f32
                %v189 = arith.subf %v35, %v188 fastmath<contract> : f32
                %v190 = arith.muli %v29, %v119 : i64
                %v191 = arith.muli %v27, %v118 : i64
                %v192 = arith.addi %v190, %v191 : i64
                %v193 = arith.muli %v180, %v1 : i64
                %v194 = arith.addi %v192, %v193 : i64
                %v195 = llvm.getelementptr %in_x[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v196 = llvm.load %v195 : !llvm.ptr -> f32
                %v197 = arith.mulf %v189, %v196 fastmath<contract> : f32
                %v198 = arith.mulf %v188, %v177 fastmath<contract> : f32
                %v199 = arith.addf %v198, %v197 fastmath<contract> : f32
                %v200 = arith.addi %v144, %v46 : i64
                %v201 = arith.minsi %v200, %v147 : i64
                %v202 = arith.addi %v67, %v201 : i64
                %v203 = arith.muli %v27, %v1 : i64
                %v204 = llvm.getelementptr %in_w[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v205 = llvm.load %v204 : !llvm.ptr -> f32
                %v206 = arith.negf %v205 : f32
                %v207 = arith.mulf %v206, %v112 fastmath<contract> : f32
                %v208 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v207) : (f32) -> f32
                %v209 = arith.addf %v35, %v208 fastmath<contract> : f32
                %v210 = arith.divf %v35, %v209 : f32
                %v211 = arith.subf %v35, %v210 fastmath<contract> : f32
                %v212 = arith.muli %v29, %v119 : i64
                %v213 = arith.muli %v27, %v118 : i64
                %v214 = arith.addi %v212, %v213 : i64
                %v215 = arith.muli %v202, %v1 : i64
                %v216 = arith.addi %v214, %v215 : i64
                %v217 = llvm.getelementptr %in_x[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v218 = llvm.load %v217 : !llvm.ptr -> f32
                %v219 = arith.mulf %v211, %v218 fastmath<contract> : f32
                %v220 = arith.mulf %v210, %v199 fastmath<contract> : f32
                %v221 = arith.addf %v220, %v219 fastmath<contract> : f32
                %v223 = arith.addi %v144, %v222 : i64
                %v224 = arith.minsi %v223, %v147 : i64
                %v225 = arith.addi %v67, %v224 : i64
                %v226 = arith.muli %v27, %v1 : i64
                %v227 = llvm.getelementptr %in_w[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v228 = llvm.load %v227 : !llvm.ptr -> f32
                %v229 = arith.negf %v228 : f32
                %v230 = arith.mulf %v229, %v112 fastmath<contract> : f32
                %v231 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v230) : (f32) -> f32
                %v232 = arith.addf %v35, %v231 fastmath<contract> : f32
                %v233 = arith.divf %v35, %v232 : f32
                %v234 = arith.subf %v35, %v233 fastmath<contract> : f32
                %v235 = arith.muli %v29, %v119 : i64
                %v236 = arith.muli %v27, %v118 : i64
                %v237 = arith.addi %v235, %v236 : i64
                %v238 = arith.muli %v225, %v1 : i64
                %v239 = arith.addi %v237, %v238 : i64
                %v240 = llvm.getelementptr %in_x[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v241 = llvm.load %v240 : !llvm.ptr -> f32
                %v242 = arith.mulf %v234, %v241 fastmath<contract> : f32
                %v243 = arith.mulf %v233, %v221 fastmath<contract> : f32
                %v244 = arith.addf %v243, %v242 fastmath<contract> : f32
                %v246 = arith.addi %v144, %v245 : i64
                %v247 = arith.minsi %v246, %v147 : i64
                %v248 = arith.addi %v67, %v247 : i64
                %v249 = arith.muli %v27, %v1 : i64
                %v250 = llvm.getelementptr %in_w[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v251 = llvm.load %v250 : !llvm.ptr -> f32
                %v252 = arith.negf %v251 : f32
                %v253 = arith.mulf %v252, %v112 fastmath<contract> : f32
                %v254 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v253) : (f32) -> f32
                %v255 = arith.addf %v35, %v254 fastmath<contract> : f32
                %v256 = arith.divf %v35, %v255 : f32
                %v257 = arith.subf %v35, %v256 fastmath<contract> : f32
                %v258 = arith.muli %v29, %v119 : i64
                %v259 = arith.muli %v27, %v118 : i64
                %v260 = arith.addi %v258, %v259 : i64
                %v261 = arith.muli %v248, %v1 : i64
                %v262 = arith.addi %v260, %v261 : i64
                %v263 = llvm.getelementptr %in_x[%v262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v264 = llvm.load %v263 : !llvm.ptr -> f32
                %v265 = arith.mulf %v257, %v264 fastmath<contract> : f32
                %v266 = arith.mulf %v256, %v244 fastmath<contract> : f32
                %v267 = arith.addf %v266, %v265 fastmath<contract> : f32
                %v269 = arith.addi %v144, %v268 : i64
                %v270 = arith.minsi %v269, %v147 : i64
                %v271 = arith.addi %v67, %v270 : i64
                %v272 = arith.muli %v27, %v1 : i64
                %v273 = llvm.getelementptr %in_w[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v274 = llvm.load %v273 : !llvm.ptr -> f32
                %v275 = arith.negf %v274 : f32
                %v276 = arith.mulf %v275, %v112 fastmath<contract> : f32
                %v277 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v276) : (f32) -> f32
                %v278 = arith.addf %v35, %v277 fastmath<contract> : f32
                %v279 = arith.divf %v35, %v278 : f32
                %v280 = arith.subf %v35, %v279 fastmath<contract> : f32
                %v281 = arith.muli %v29, %v119 : i64
                %v282 = arith.muli %v27, %v118 : i64
                %v283 = arith.addi %v281, %v282 : i64
                %v284 = arith.muli %v271, %v1 : i64
                %v285 = arith.addi %v283, %v284 : i64
                %v286 = llvm.getelementptr %in_x[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v287 = llvm.load %v286 : !llvm.ptr -> f32
                %v288 = arith.mulf %v280, %v287 fastmath<contract> : f32
                %v289 = arith.mulf %v279, %v267 fastmath<contract> : f32
                %v290 = arith.addf %v289, %v288 fastmath<contract> : f32
                %v292 = arith.addi %v144, %v291 : i64
                %v293 = arith.minsi %v292, %v147 : i64
                %v294 = arith.addi %v67, %v293 : i64
                %v295 = arith.muli %v27, %v1 : i64
                %v296 = llvm.getelementptr %in_w[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v297 = llvm.load %v296 : !llvm.ptr -> f32
                %v298 = arith.negf %v297 : f32
                %v299 = arith.mulf %v298, %v112 fastmath<contract> : f32
                %v300 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v299) : (f32) -> f32
                %v301 = arith.addf %v35, %v300 fastmath<contract> : f32
                %v302 = arith.divf %v35, %v301 : f32
                %v303 = arith.subf %v35, %v302 fastmath<contract> : f32
                %v304 = arith.muli %v29, %v119 : i64
                %v305 = arith.muli %v27, %v118 : i64
                %v306 = arith.addi %v304, %v305 : i64
                %v307 = arith.muli %v294, %v1 : i64
                %v308 = arith.addi %v306, %v307 : i64
                %v309 = llvm.getelementptr %in_x[%v308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v310 = llvm.load %v309 : !llvm.ptr -> f32
                %v311 = arith.mulf %v303, %v310 fastmath<contract> : f32
                %v312 = arith.mulf %v302, %v290 fastmath<contract> : f32
                %v313 = arith.addf %v312, %v311 fastmath<contract> : f32
                %v314 = arith.addi %v144, %v53 : i64
                %v315 = arith.minsi %v314, %v147 : i64
                %v316 = arith.addi %v67, %v315 : i64
                %v317 = arith.muli %v27, %v1 : i64
                %v318 = llvm.getelementptr %in_w[%v317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v319 = llvm.load %v318 : !llvm.ptr -> f32
                %v320 = arith.negf %v319 : f32
                %v321 = arith.mulf %v320, %v112 fastmath<contract> : f32
                %v322 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v321) : (f32) -> f32
                %v323 = arith.addf %v35, %v322 fastmath<contract> : f32
                %v324 = arith.divf %v35, %v323 : f32
                %v325 = arith.subf %v35, %v324 fastmath<contract> : f32
                %v326 = arith.muli %v29, %v119 : i64
                %v327 = arith.muli %v27, %v118 : i64
                %v328 = arith.addi %v326, %v327 : i64
                %v329 = arith.muli %v316, %v1 : i64
                %v330 = arith.addi %v328, %v329 : i64
                %v331 = llvm.getelementptr %in_x[%v330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v332 = llvm.load %v331 : !llvm.ptr -> f32
                %v333 = arith.mulf %v325, %v332 fastmath<contract> : f32
                %v334 = arith.mulf %v324, %v313 fastmath<contract> : f32
                %v335 = arith.addf %v334, %v333 fastmath<contract> : f32
                %v336 = arith.subi %v69, %v144 : i64
                %v337 = arith.trunci %v336 : i64 to i32
                %v338 = arith.subi %size_L, %v1 : i64
                %v339 = arith.addi %v67, %v144 : i64
                %v340 = arith.subi %v338, %v339 : i64
                %v342 = arith.minsi %v340, %v341 : i64
                %v343 = arith.trunci %v342 : i64 to i32
                %v344 = arith.addi %v144, %v53 : i64
                %v346 = arith.cmpi slt, %v345, %v337 : i32
                %v347 = arith.cmpi eq, %v345, %v343 : i32
                %v348 = arith.addi %v67, %v344 : i64
                %v349 = arith.muli %v29, %v119 : i64
                %v350 = arith.muli %v27, %v118 : i64
                %v351 = arith.addi %v349, %v350 : i64
                %v352 = arith.muli %v348, %v1 : i64
                %v353 = arith.addi %v351, %v352 : i64
                %v354 = llvm.getelementptr %dy_y[%v353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v355 = llvm.load %v354 : !llvm.ptr -> f32
                %v356 = llvm.load %v31 : !llvm.ptr -> f32
                %v357 = llvm.load %v32 : !llvm.ptr -> f32
                %v358 = arith.mulf %v357, %v356 fastmath<contract> : f32
                %v359 = arith.addf %v355, %v358 fastmath<contract> : f32
                llvm.store %v359, %v31 : f32, !llvm.ptr
                %v360 = arith.muli %v27, %v1 : i64
                %v361 = llvm.getelementptr %in_w[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v362 = llvm.load %v361 : !llvm.ptr -> f32
                %v363 = arith.negf %v362 : f32
                %v364 = arith.mulf %v363, %v112 fastmath<contract> : f32
                %v365 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v364) : (f32) -> f32
                %v366 = arith.addf %v35, %v365 fastmath<contract> : f32
                %v367 = arith.divf %v35, %v366 : f32
                %v368 = arith.subf %v35, %v367 fastmath<contract> : f32
                %v369 = llvm.load %v31 : !llvm.ptr -> f32
                %v370 = arith.mulf %v368, %v369 fastmath<contract> : f32
                scf.if %v24 {
                  %v371 = arith.muli %v29, %v119 : i64
                  %v372 = arith.muli %v27, %v118 : i64
                  %v373 = arith.addi %v371, %v372 : i64
                  %v374 = arith.muli %v348, %v1 : i64
                  %v375 = arith.addi %v373, %v374 : i64
                  %v376 = llvm.getelementptr %dx_x[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v370, %v376 : f32, !llvm.ptr
                }
                %v377 = arith.mulf %v313, %v369 fastmath<contract> : f32
                %v378 = arith.muli %v29, %v119 : i64
                %v379 = arith.muli %v27, %v118 : i64
                %v380 = arith.addi %v378, %v379 : i64
                %v381 = arith.muli %v348, %v1 : i64
                %v382 = arith.addi %v380, %v381 : i64
                %v383 = llvm.getelementptr %in_x[%v382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v384 = llvm.load %v383 : !llvm.ptr -> f32
                %v385 = arith.mulf %v384, %v369 fastmath<contract> : f32
                %v386 = arith.negf %v385 : f32
                %v387 = arith.addf %v377, %v386 fastmath<contract> : f32
                %v388 = arith.mulf %v367, %v368 fastmath<contract> : f32
                %v389 = arith.mulf %v387, %v388 fastmath<contract> : f32
                %v390 = llvm.load %v33 : !llvm.ptr -> f32
                %v391 = arith.addf %v390, %v389 fastmath<contract> : f32
                llvm.store %v391, %v33 : f32, !llvm.ptr
                llvm.store %v367, %v32 : f32, !llvm.ptr
                %v392 = arith.addi %v144, %v291 : i64
                %v394 = arith.cmpi slt, %v393, %v337 : i32
                %v395 = arith.cmpi eq, %v393, %v343 : i32
                %v396 = arith.addi %v67, %v392 : i64
                %v397 = arith.muli %v29, %v119 : i64
                %v398 = arith.muli %v27, %v118 : i64
                %v399 = arith.addi %v397, %v398 : i64
                %v400 = arith.muli %v396, %v1 : i64
                %v401 = arith.addi %v399, %v400 : i64
                %v402 = llvm.getelementptr %dy_y[%v401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v403 = llvm.load %v402 : !llvm.ptr -> f32
                %v404 = llvm.load %v31 : !llvm.ptr -> f32
                %v405 = llvm.load %v32 : !llvm.ptr -> f32
                %v406 = arith.mulf %v405, %v404 fastmath<contract> : f32
                %v407 = arith.addf %v403, %v406 fastmath<contract> : f32
                llvm.store %v407, %v31 : f32, !llvm.ptr
                %v408 = arith.muli %v27, %v1 : i64
                %v409 = llvm.getelementptr %in_w[%v408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v410 = llvm.load %v409 : !llvm.ptr -> f32
                %v411 = arith.negf %v410 : f32
                %v412 = arith.mulf %v411, %v112 fastmath<contract> : f32
                %v413 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v412) : (f32) -> f32
                %v414 = arith.addf %v35, %v413 fastmath<contract> : f32
                %v415 = arith.divf %v35, %v414 : f32
                %v416 = arith.subf %v35, %v415 fastmath<contract> : f32
                %v417 = llvm.load %v31 : !llvm.ptr -> f32
                %v418 = arith.mulf %v416, %v417 fastmath<contract> : f32
                scf.if %v24 {
                  %v419 = arith.muli %v29, %v119 : i64
                  %v420 = arith.muli %v27, %v118 : i64
                  %v421 = arith.addi %v419, %v420 : i64
                  %v422 = arith.muli %v396, %v1 : i64
                  %v423 = arith.addi %v421, %v422 : i64
                  %v424 = llvm.getelementptr %dx_x[%v423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v418, %v424 : f32, !llvm.ptr
                }
                %v425 = arith.mulf %v290, %v417 fastmath<contract> : f32
                %v426 = arith.muli %v29, %v119 : i64
                %v427 = arith.muli %v27, %v118 : i64
                %v428 = arith.addi %v426, %v427 : i64
                %v429 = arith.muli %v396, %v1 : i64
                %v430 = arith.addi %v428, %v429 : i64
                %v431 = llvm.getelementptr %in_x[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v432 = llvm.load %v431 : !llvm.ptr -> f32
                %v433 = arith.mulf %v432, %v417 fastmath<contract> : f32
                %v434 = arith.negf %v433 : f32
                %v435 = arith.addf %v425, %v434 fastmath<contract> : f32
                %v436 = arith.mulf %v415, %v416 fastmath<contract> : f32
                %v437 = arith.mulf %v435, %v436 fastmath<contract> : f32
                %v438 = llvm.load %v33 : !llvm.ptr -> f32
                %v439 = arith.addf %v438, %v437 fastmath<contract> : f32
                llvm.store %v439, %v33 : f32, !llvm.ptr
                llvm.store %v415, %v32 : f32, !llvm.ptr
                %v440 = arith.addi %v144, %v268 : i64
                %v442 = arith.cmpi slt, %v441, %v337 : i32
                %v443 = arith.cmpi eq, %v441, %v343 : i32
                %v444 = arith.addi %v67, %v440 : i64
                %v445 = arith.muli %v29, %v119 : i64
                %v446 = arith.muli %v27, %v118 : i64
                %v447 = arith.addi %v445, %v446 : i64
                %v448 = arith.muli %v444, %v1 : i64
                %v449 = arith.addi %v447, %v448 : i64
                %v450 = llvm.getelementptr %dy_y[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v451 = llvm.load %v450 : !llvm.ptr -> f32
                %v452 = llvm.load %v31 : !llvm.ptr -> f32
                %v453 = llvm.load %v32 : !llvm.ptr -> f32
                %v454 = arith.mulf %v453, %v452 fastmath<contract> : f32
                %v455 = arith.addf %v451, %v454 fastmath<contract> : f32
                llvm.store %v455, %v31 : f32, !llvm.ptr
                %v456 = arith.muli %v27, %v1 : i64
                %v457 = llvm.getelementptr %in_w[%v456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v458 = llvm.load %v457 : !llvm.ptr -> f32
                %v459 = arith.negf %v458 : f32
                %v460 = arith.mulf %v459, %v112 fastmath<contract> : f32
                %v461 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v460) : (f32) -> f32
                %v462 = arith.addf %v35, %v461 fastmath<contract> : f32
                %v463 = arith.divf %v35, %v462 : f32
                %v464 = arith.subf %v35, %v463 fastmath<contract> : f32
                %v465 = llvm.load %v31 : !llvm.ptr -> f32
                %v466 = arith.mulf %v464, %v465 fastmath<contract> : f32
                scf.if %v24 {
                  %v467 = arith.muli %v29, %v119 : i64
                  %v468 = arith.muli %v27, %v118 : i64
                  %v469 = arith.addi %v467, %v468 : i64
                  %v470 = arith.muli %v444, %v1 : i64
                  %v471 = arith.addi %v469, %v470 : i64
                  %v472 = llvm.getelementptr %dx_x[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v466, %v472 : f32, !llvm.ptr
                }
                %v473 = arith.mulf %v267, %v465 fastmath<contract> : f32
                %v474 = arith.muli %v29, %v119 : i64
                %v475 = arith.muli %v27, %v118 : i64
                %v476 = arith.addi %v474, %v475 : i64
                %v477 = arith.muli %v444, %v1 : i64
                %v478 = arith.addi %v476, %v477 : i64
                %v479 = llvm.getelementptr %in_x[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v480 = llvm.load %v479 : !llvm.ptr -> f32
                %v481 = arith.mulf %v480, %v465 fastmath<contract> : f32
                %v482 = arith.negf %v481 : f32
                %v483 = arith.addf %v473, %v482 fastmath<contract> : f32
                %v484 = arith.mulf %v463, %v464 fastmath<contract> : f32
                %v485 = arith.mulf %v483, %v484 fastmath<contract> : f32
                %v486 = llvm.load %v33 : !llvm.ptr -> f32
                %v487 = arith.addf %v486, %v485 fastmath<contract> : f32
                llvm.store %v487, %v33 : f32, !llvm.ptr
                llvm.store %v463, %v32 : f32, !llvm.ptr
                %v488 = arith.addi %v144, %v245 : i64
                %v490 = arith.cmpi slt, %v489, %v337 : i32
                %v491 = arith.cmpi eq, %v489, %v343 : i32
                %v492 = arith.addi %v67, %v488 : i64
                %v493 = arith.muli %v29, %v119 : i64
                %v494 = arith.muli %v27, %v118 : i64
                %v495 = arith.addi %v493, %v494 : i64
                %v496 = arith.muli %v492, %v1 : i64
                %v497 = arith.addi %v495, %v496 : i64
                %v498 = llvm.getelementptr %dy_y[%v497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v499 = llvm.load %v498 : !llvm.ptr -> f32
                %v500 = llvm.load %v31 : !llvm.ptr -> f32
                %v501 = llvm.load %v32 : !llvm.ptr -> f32
                %v502 = arith.mulf %v501, %v500 fastmath<contract> : f32
                %v503 = arith.addf %v499, %v502 fastmath<contract> : f32
                llvm.store %v503, %v31 : f32, !llvm.ptr
                %v504 = arith.muli %v27, %v1 : i64
                %v505 = llvm.getelementptr %in_w[%v504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v506 = llvm.load %v505 : !llvm.ptr -> f32
                %v507 = arith.negf %v506 : f32
                %v508 = arith.mulf %v507, %v112 fastmath<contract> : f32
                %v509 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v508) : (f32) -> f32
                %v510 = arith.addf %v35, %v509 fastmath<contract> : f32
                %v511 = arith.divf %v35, %v510 : f32
                %v512 = arith.subf %v35, %v511 fastmath<contract> : f32
                %v513 = llvm.load %v31 : !llvm.ptr -> f32
                %v514 = arith.mulf %v512, %v513 fastmath<contract> : f32
                scf.if %v24 {
                  %v515 = arith.muli %v29, %v119 : i64
                  %v516 = arith.muli %v27, %v118 : i64
                  %v517 = arith.addi %v515, %v516 : i64
                  %v518 = arith.muli %v492, %v1 : i64
                  %v519 = arith.addi %v517, %v518 : i64
                  %v520 = llvm.getelementptr %dx_x[%v519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v514, %v520 : f32, !llvm.ptr
                }
                %v521 = arith.mulf %v244, %v513 fastmath<contract> : f32
                %v522 = arith.muli %v29, %v119 : i64
                %v523 = arith.muli %v27, %v118 : i64
                %v524 = arith.addi %v522, %v523 : i64
                %v525 = arith.muli %v492, %v1 : i64
                %v526 = arith.addi %v524, %v525 : i64
                %v527 = llvm.getelementptr %in_x[%v526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v528 = llvm.load %v527 : !llvm.ptr -> f32
                %v529 = arith.mulf %v528, %v513 fastmath<contract> : f32
                %v530 = arith.negf %v529 : f32
                %v531 = arith.addf %v521, %v530 fastmath<contract> : f32
                %v532 = arith.mulf %v511, %v512 fastmath<contract> : f32
                %v533 = arith.mulf %v531, %v532 fastmath<contract> : f32
                %v534 = llvm.load %v33 : !llvm.ptr -> f32
                %v535 = arith.addf %v534, %v533 fastmath<contract> : f32
                llvm.store %v535, %v33 : f32, !llvm.ptr
                llvm.store %v511, %v32 : f32, !llvm.ptr
                %v536 = arith.addi %v144, %v222 : i64
                %v538 = arith.cmpi slt, %v537, %v337 : i32
                %v539 = arith.cmpi eq, %v537, %v343 : i32
                %v540 = arith.addi %v67, %v536 : i64
                %v541 = arith.muli %v29, %v119 : i64
                %v542 = arith.muli %v27, %v118 : i64
                %v543 = arith.addi %v541, %v542 : i64
                %v544 = arith.muli %v540, %v1 : i64
                %v545 = arith.addi %v543, %v544 : i64
                %v546 = llvm.getelementptr %dy_y[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v547 = llvm.load %v546 : !llvm.ptr -> f32
                %v548 = llvm.load %v31 : !llvm.ptr -> f32
                %v549 = llvm.load %v32 : !llvm.ptr -> f32
                %v550 = arith.mulf %v549, %v548 fastmath<contract> : f32
                %v551 = arith.addf %v547, %v550 fastmath<contract> : f32
                llvm.store %v551, %v31 : f32, !llvm.ptr
                %v552 = arith.muli %v27, %v1 : i64
                %v553 = llvm.getelementptr %in_w[%v552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v554 = llvm.load %v553 : !llvm.ptr -> f32
                %v555 = arith.negf %v554 : f32
                %v556 = arith.mulf %v555, %v112 fastmath<contract> : f32
                %v557 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v556) : (f32) -> f32
                %v558 = arith.addf %v35, %v557 fastmath<contract> : f32
                %v559 = arith.divf %v35, %v558 : f32
                %v560 = arith.subf %v35, %v559 fastmath<contract> : f32
                %v561 = llvm.load %v31 : !llvm.ptr -> f32
                %v562 = arith.mulf %v560, %v561 fastmath<contract> : f32
                scf.if %v24 {
                  %v563 = arith.muli %v29, %v119 : i64
                  %v564 = arith.muli %v27, %v118 : i64
                  %v565 = arith.addi %v563, %v564 : i64
                  %v566 = arith.muli %v540, %v1 : i64
                  %v567 = arith.addi %v565, %v566 : i64
                  %v568 = llvm.getelementptr %dx_x[%v567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v562, %v568 : f32, !llvm.ptr
                }
                %v569 = arith.mulf %v221, %v561 fastmath<contract> : f32
                %v570 = arith.muli %v29, %v119 : i64
                %v571 = arith.muli %v27, %v118 : i64
                %v572 = arith.addi %v570, %v571 : i64
                %v573 = arith.muli %v540, %v1 : i64
                %v574 = arith.addi %v572, %v573 : i64
                %v575 = llvm.getelementptr %in_x[%v574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v576 = llvm.load %v575 : !llvm.ptr -> f32
                %v577 = arith.mulf %v576, %v561 fastmath<contract> : f32
                %v578 = arith.negf %v577 : f32
                %v579 = arith.addf %v569, %v578 fastmath<contract> : f32
                %v580 = arith.mulf %v559, %v560 fastmath<contract> : f32
                %v581 = arith.mulf %v579, %v580 fastmath<contract> : f32
                %v582 = llvm.load %v33 : !llvm.ptr -> f32
                %v583 = arith.addf %v582, %v581 fastmath<contract> : f32
                llvm.store %v583, %v33 : f32, !llvm.ptr
                llvm.store %v559, %v32 : f32, !llvm.ptr
                %v584 = arith.addi %v144, %v46 : i64
                %v586 = arith.cmpi slt, %v585, %v337 : i32
                %v587 = arith.cmpi eq, %v585, %v343 : i32
                %v588 = arith.addi %v67, %v584 : i64
                %v589 = arith.muli %v29, %v119 : i64
                %v590 = arith.muli %v27, %v118 : i64
                %v591 = arith.addi %v589, %v590 : i64
                %v592 = arith.muli %v588, %v1 : i64
                %v593 = arith.addi %v591, %v592 : i64
                %v594 = llvm.getelementptr %dy_y[%v593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v595 = llvm.load %v594 : !llvm.ptr -> f32
                %v596 = llvm.load %v31 : !llvm.ptr -> f32
                %v597 = llvm.load %v32 : !llvm.ptr -> f32
                %v598 = arith.mulf %v597, %v596 fastmath<contract> : f32
                %v599 = arith.addf %v595, %v598 fastmath<contract> : f32
                llvm.store %v599, %v31 : f32, !llvm.ptr
                %v600 = arith.muli %v27, %v1 : i64
                %v601 = llvm.getelementptr %in_w[%v600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v602 = llvm.load %v601 : !llvm.ptr -> f32
                %v603 = arith.negf %v602 : f32
                %v604 = arith.mulf %v603, %v112 fastmath<contract> : f32
                %v605 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v604) : (f32) -> f32
                %v606 = arith.addf %v35, %v605 fastmath<contract> : f32
                %v607 = arith.divf %v35, %v606 : f32
                %v608 = arith.subf %v35, %v607 fastmath<contract> : f32
                %v609 = llvm.load %v31 : !llvm.ptr -> f32
                %v610 = arith.mulf %v608, %v609 fastmath<contract> : f32
                scf.if %v24 {
                  %v611 = arith.muli %v29, %v119 : i64
                  %v612 = arith.muli %v27, %v118 : i64
                  %v613 = arith.addi %v611, %v612 : i64
                  %v614 = arith.muli %v588, %v1 : i64
                  %v615 = arith.addi %v613, %v614 : i64
                  %v616 = llvm.getelementptr %dx_x[%v615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v610, %v616 : f32, !llvm.ptr
                }
                %v617 = arith.mulf %v199, %v609 fastmath<contract> : f32
                %v618 = arith.muli %v29, %v119 : i64
                %v619 = arith.muli %v27, %v118 : i64
                %v620 = arith.addi %v618, %v619 : i64
                %v621 = arith.muli %v588, %v1 : i64
                %v622 = arith.addi %v620, %v621 : i64
                %v623 = llvm.getelementptr %in_x[%v622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v624 = llvm.load %v623 : !llvm.ptr -> f32
                %v625 = arith.mulf %v624, %v609 fastmath<contract> : f32
                %v626 = arith.negf %v625 : f32
                %v627 = arith.addf %v617, %v626 fastmath<contract> : f32
                %v628 = arith.mulf %v607, %v608 fastmath<contract> : f32
                %v629 = arith.mulf %v627, %v628 fastmath<contract> : f32
                %v630 = llvm.load %v33 : !llvm.ptr -> f32
                %v631 = arith.addf %v630, %v629 fastmath<contract> : f32
                llvm.store %v631, %v33 : f32, !llvm.ptr
                llvm.store %v607, %v32 : f32, !llvm.ptr
                %v632 = arith.addi %v144, %v1 : i64
                %v634 = arith.cmpi slt, %v633, %v337 : i32
                %v635 = arith.cmpi eq, %v633, %v343 : i32
                %v636 = arith.addi %v67, %v632 : i64
                %v637 = arith.muli %v29, %v119 : i64
                %v638 = arith.muli %v27, %v118 : i64
                %v639 = arith.addi %v637, %v638 : i64
                %v640 = arith.muli %v636, %v1 : i64
                %v641 = arith.addi %v639, %v640 : i64
                %v642 = llvm.getelementptr %dy_y[%v641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v643 = llvm.load %v642 : !llvm.ptr -> f32
                %v644 = llvm.load %v31 : !llvm.ptr -> f32
                %v645 = llvm.load %v32 : !llvm.ptr -> f32
                %v646 = arith.mulf %v645, %v644 fastmath<contract> : f32
                %v647 = arith.addf %v643, %v646 fastmath<contract> : f32
                llvm.store %v647, %v31 : f32, !llvm.ptr
                %v648 = arith.muli %v27, %v1 : i64
                %v649 = llvm.getelementptr %in_w[%v648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v650 = llvm.load %v649 : !llvm.ptr -> f32
                %v651 = arith.negf %v650 : f32
                %v652 = arith.mulf %v651, %v112 fastmath<contract> : f32
                %v653 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v652) : (f32) -> f32
                %v654 = arith.addf %v35, %v653 fastmath<contract> : f32
                %v655 = arith.divf %v35, %v654 : f32
                %v656 = arith.subf %v35, %v655 fastmath<contract> : f32
                %v657 = llvm.load %v31 : !llvm.ptr -> f32
                %v658 = arith.mulf %v656, %v657 fastmath<contract> : f32
                scf.if %v24 {
                  %v659 = arith.muli %v29, %v119 : i64
                  %v660 = arith.muli %v27, %v118 : i64
                  %v661 = arith.addi %v659, %v660 : i64
                  %v662 = arith.muli %v636, %v1 : i64
                  %v663 = arith.addi %v661, %v662 : i64
                  %v664 = llvm.getelementptr %dx_x[%v663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v658, %v664 : f32, !llvm.ptr
                }
                %v665 = arith.mulf %v177, %v657 fastmath<contract> : f32
                %v666 = arith.muli %v29, %v119 : i64
                %v667 = arith.muli %v27, %v118 : i64
                %v668 = arith.addi %v666, %v667 : i64
                %v669 = arith.muli %v636, %v1 : i64
                %v670 = arith.addi %v668, %v669 : i64
                %v671 = llvm.getelementptr %in_x[%v670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v672 = llvm.load %v671 : !llvm.ptr -> f32
                %v673 = arith.mulf %v672, %v657 fastmath<contract> : f32
                %v674 = arith.negf %v673 : f32
                %v675 = arith.addf %v665, %v674 fastmath<contract> : f32
                %v676 = arith.mulf %v655, %v656 fastmath<contract> : f32
                %v677 = arith.mulf %v675, %v676 fastmath<contract> : f32
                %v678 = llvm.load %v33 : !llvm.ptr -> f32
                %v679 = arith.addf %v678, %v677 fastmath<contract> : f32
                llvm.store %v679, %v33 : f32, !llvm.ptr
                llvm.store %v655, %v32 : f32, !llvm.ptr
                %v680 = arith.addi %v144, %v10 : i64
                %v682 = arith.cmpi slt, %v681, %v337 : i32
                %v683 = arith.cmpi eq, %v681, %v343 : i32
                %v684 = arith.addi %v67, %v680 : i64
                %v685 = arith.muli %v29, %v119 : i64
                %v686 = arith.muli %v27, %v118 : i64
                %v687 = arith.addi %v685, %v686 : i64
                %v688 = arith.muli %v684, %v1 : i64
                %v689 = arith.addi %v687, %v688 : i64
                %v690 = llvm.getelementptr %dy_y[%v689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v691 = llvm.load %v690 : !llvm.ptr -> f32
                %v692 = llvm.load %v31 : !llvm.ptr -> f32
                %v693 = llvm.load %v32 : !llvm.ptr -> f32
                %v694 = arith.mulf %v693, %v692 fastmath<contract> : f32
                %v695 = arith.addf %v691, %v694 fastmath<contract> : f32
                llvm.store %v695, %v31 : f32, !llvm.ptr
                %v696 = arith.muli %v27, %v1 : i64
                %v697 = llvm.getelementptr %in_w[%v696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v698 = llvm.load %v697 : !llvm.ptr -> f32
                %v699 = arith.negf %v698 : f32
                %v700 = arith.mulf %v699, %v112 fastmath<contract> : f32
                %v701 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v700) : (f32) -> f32
                %v702 = arith.addf %v35, %v701 fastmath<contract> : f32
                %v703 = arith.divf %v35, %v702 : f32
                %v704 = arith.subf %v35, %v703 fastmath<contract> : f32
                %v705 = llvm.load %v31 : !llvm.ptr -> f32
                %v706 = arith.mulf %v704, %v705 fastmath<contract> : f32
                scf.if %v24 {
                  %v707 = arith.muli %v29, %v119 : i64
                  %v708 = arith.muli %v27, %v118 : i64
                  %v709 = arith.addi %v707, %v708 : i64
                  %v710 = arith.muli %v684, %v1 : i64
                  %v711 = arith.addi %v709, %v710 : i64
                  %v712 = llvm.getelementptr %dx_x[%v711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v706, %v712 : f32, !llvm.ptr
                }
                %v713 = arith.mulf %v155, %v705 fastmath<contract> : f32
                %v714 = arith.muli %v29, %v119 : i64
                %v715 = arith.muli %v27, %v118 : i64
                %v716 = arith.addi %v714, %v715 : i64
                %v717 = arith.muli %v684, %v1 : i64
                %v718 = arith.addi %v716, %v717 : i64
                %v719 = llvm.getelementptr %in_x[%v718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v720 = llvm.load %v719 : !llvm.ptr -> f32
                %v721 = arith.mulf %v720, %v705 fastmath<contract> : f32
                %v722 = arith.negf %v721 : f32
                %v723 = arith.addf %v713, %v722 fastmath<contract> : f32
                %v724 = arith.mulf %v703, %v704 fastmath<contract> : f32
                %v725 = arith.mulf %v723, %v724 fastmath<contract> : f32
                %v726 = llvm.load %v33 : !llvm.ptr -> f32
                %v727 = arith.addf %v726, %v725 fastmath<contract> : f32
                llvm.store %v727, %v33 : f32, !llvm.ptr
                llvm.store %v703, %v32 : f32, !llvm.ptr
              } else {
                %v728 = arith.subi %v69, %v1 : i64
                %v729 = arith.muli %v143, %v3 : i64
                %v730 = arith.subi %v3, %v1 : i64
                %v731 = arith.minsi %v23, %v730 : i64
                %v732 = arith.addi %v729, %v731 : i64
                %v733 = arith.muli %v732, %v1 : i64
                %v734 = arith.addi %v733, %v10 : i64
                %v735 = llvm.getelementptr %scratch_h[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v736 = llvm.load %v735 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v737 = arith.addi %v144, %v10 : i64
                %v738 = arith.minsi %v737, %v728 : i64
                %v739 = arith.addi %v67, %v738 : i64
                %v740 = arith.muli %v27, %v1 : i64
                %v741 = llvm.getelementptr %in_w[%v740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v742 = llvm.load %v741 : !llvm.ptr -> f32
                %v743 = arith.negf %v742 : f32
                %v744 = arith.mulf %v743, %v112 fastmath<contract> : f32
                %v745 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v744) : (f32) -> f32
                %v746 = arith.addf %v35, %v745 fastmath<contract> : f32
                %v747 = arith.divf %v35, %v746 : f32
                %v748 = arith.subf %v35, %v747 fastmath<contract> : f32
                %v749 = arith.muli %v29, %v119 : i64
                %v750 = arith.muli %v27, %v118 : i64
                %v751 = arith.addi %v749, %v750 : i64
                %v752 = arith.muli %v739, %v1 : i64
                %v753 = arith.addi %v751, %v752 : i64
                %v754 = llvm.getelementptr %in_x[%v753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v755 = llvm.load %v754 : !llvm.ptr -> f32
                %v756 = arith.mulf %v748, %v755 fastmath<contract> : f32
                %v757 = arith.mulf %v747, %v736 fastmath<contract> : f32
                %v758 = arith.addf %v757, %v756 fastmath<contract> : f32
                %v759 = arith.addi %v144, %v1 : i64
                %v760 = arith.minsi %v759, %v728 : i64
                %v761 = arith.addi %v67, %v760 : i64
                %v762 = arith.muli %v27, %v1 : i64
                %v763 = llvm.getelementptr %in_w[%v762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v764 = llvm.load %v763 : !llvm.ptr -> f32
                %v765 = arith.negf %v764 : f32
                %v766 = arith.mulf %v765, %v112 fastmath<contract> : f32
                %v767 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v766) : (f32) -> f32
                %v768 = arith.addf %v35, %v767 fastmath<contract> : f32
                %v769 = arith.divf %v35, %v768 : f32
                %v770 = arith.subf %v35, %v769 fastmath<contract> : f32
                %v771 = arith.muli %v29, %v119 : i64
                %v772 = arith.muli %v27, %v118 : i64
                %v773 = arith.addi %v771, %v772 : i64
                %v774 = arith.muli %v761, %v1 : i64
                %v775 = arith.addi %v773, %v774 : i64
                %v776 = llvm.getelementptr %in_x[%v775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v777 = llvm.load %v776 : !llvm.ptr -> f32
                %v778 = arith.mulf %v770, %v777 fastmath<contract> : f32
                %v779 = arith.mulf %v769, %v758 fastmath<contract> : f32
                %v780 = arith.addf %v779, %v778 fastmath<contract> : f32
                %v781 = arith.addi %v144, %v46 : i64
                %v782 = arith.minsi %v781, %v728 : i64
                %v783 = arith.addi %v67, %v782 : i64
                %v784 = arith.muli %v27, %v1 : i64
                %v785 = llvm.getelementptr %in_w[%v784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v786 = llvm.load %v785 : !llvm.ptr -> f32
                %v787 = arith.negf %v786 : f32
                %v788 = arith.mulf %v787, %v112 fastmath<contract> : f32
                %v789 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v788) : (f32) -> f32
                %v790 = arith.addf %v35, %v789 fastmath<contract> : f32
                %v791 = arith.divf %v35, %v790 : f32
                %v792 = arith.subf %v35, %v791 fastmath<contract> : f32
                %v793 = arith.muli %v29, %v119 : i64
                %v794 = arith.muli %v27, %v118 : i64
                %v795 = arith.addi %v793, %v794 : i64
                %v796 = arith.muli %v783, %v1 : i64
                %v797 = arith.addi %v795, %v796 : i64
                %v798 = llvm.getelementptr %in_x[%v797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v799 = llvm.load %v798 : !llvm.ptr -> f32
                %v800 = arith.mulf %v792, %v799 fastmath<contract> : f32
                %v801 = arith.mulf %v791, %v780 fastmath<contract> : f32
                %v802 = arith.addf %v801, %v800 fastmath<contract> : f32
                %v803 = arith.addi %v144, %v222 : i64
                %v804 = arith.minsi %v803, %v728 : i64
                %v805 = arith.addi %v67, %v804 : i64
                %v806 = arith.muli %v27, %v1 : i64
                %v807 = llvm.getelementptr %in_w[%v806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v808 = llvm.load %v807 : !llvm.ptr -> f32
                %v809 = arith.negf %v808 : f32
                %v810 = arith.mulf %v809, %v112 fastmath<contract> : f32
                %v811 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v810) : (f32) -> f32
                %v812 = arith.addf %v35, %v811 fastmath<contract> : f32
                %v813 = arith.divf %v35, %v812 : f32
                %v814 = arith.subf %v35, %v813 fastmath<contract> : f32
                %v815 = arith.muli %v29, %v119 : i64
                %v816 = arith.muli %v27, %v118 : i64
                %v817 = arith.addi %v815, %v816 : i64
                %v818 = arith.muli %v805, %v1 : i64
                %v819 = arith.addi %v817, %v818 : i64
                %v820 = llvm.getelementptr %in_x[%v819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v821 = llvm.load %v820 : !llvm.ptr -> f32
                %v822 = arith.mulf %v814, %v821 fastmath<contract> : f32
                %v823 = arith.mulf %v813, %v802 fastmath<contract> : f32
                %v824 = arith.addf %v823, %v822 fastmath<contract> : f32
                %v825 = arith.addi %v144, %v245 : i64
                %v826 = arith.minsi %v825, %v728 : i64
                %v827 = arith.addi %v67, %v826 : i64
                %v828 = arith.muli %v27, %v1 : i64
                %v829 = llvm.getelementptr %in_w[%v828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v830 = llvm.load %v829 : !llvm.ptr -> f32
                %v831 = arith.negf %v830 : f32
                %v832 = arith.mulf %v831, %v112 fastmath<contract> : f32
                %v833 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v832) : (f32) -> f32
                %v834 = arith.addf %v35, %v833 fastmath<contract> : f32
                %v835 = arith.divf %v35, %v834 : f32
                %v836 = arith.subf %v35, %v835 fastmath<contract> : f32
                %v837 = arith.muli %v29, %v119 : i64
                %v838 = arith.muli %v27, %v118 : i64
                %v839 = arith.addi %v837, %v838 : i64
                %v840 = arith.muli %v827, %v1 : i64
                %v841 = arith.addi %v839, %v840 : i64
                %v842 = llvm.getelementptr %in_x[%v841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v843 = llvm.load %v842 : !llvm.ptr -> f32
                %v844 = arith.mulf %v836, %v843 fastmath<contract> : f32
                %v845 = arith.mulf %v835, %v824 fastmath<contract> : f32
                %v846 = arith.addf %v845, %v844 fastmath<contract> : f32
                %v847 = arith.addi %v144, %v268 : i64
                %v848 = arith.minsi %v847, %v728 : i64
                %v849 = arith.addi %v67, %v848 : i64
                %v850 = arith.muli %v27, %v1 : i64
                %v851 = llvm.getelementptr %in_w[%v850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v852 = llvm.load %v851 : !llvm.ptr -> f32
                %v853 = arith.negf %v852 : f32
                %v854 = arith.mulf %v853, %v112 fastmath<contract> : f32
                %v855 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v854) : (f32) -> f32
                %v856 = arith.addf %v35, %v855 fastmath<contract> : f32
                %v857 = arith.divf %v35, %v856 : f32
                %v858 = arith.subf %v35, %v857 fastmath<contract> : f32
                %v859 = arith.muli %v29, %v119 : i64
                %v860 = arith.muli %v27, %v118 : i64
                %v861 = arith.addi %v859, %v860 : i64
                %v862 = arith.muli %v849, %v1 : i64
                %v863 = arith.addi %v861, %v862 : i64
                %v864 = llvm.getelementptr %in_x[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v865 = llvm.load %v864 : !llvm.ptr -> f32
                %v866 = arith.mulf %v858, %v865 fastmath<contract> : f32
                %v867 = arith.mulf %v857, %v846 fastmath<contract> : f32
                %v868 = arith.addf %v867, %v866 fastmath<contract> : f32
                %v869 = arith.addi %v144, %v291 : i64
                %v870 = arith.minsi %v869, %v728 : i64
                %v871 = arith.addi %v67, %v870 : i64
                %v872 = arith.muli %v27, %v1 : i64
                %v873 = llvm.getelementptr %in_w[%v872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v874 = llvm.load %v873 : !llvm.ptr -> f32
                %v875 = arith.negf %v874 : f32
                %v876 = arith.mulf %v875, %v112 fastmath<contract> : f32
                %v877 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v876) : (f32) -> f32
                %v878 = arith.addf %v35, %v877 fastmath<contract> : f32
                %v879 = arith.divf %v35, %v878 : f32
                %v880 = arith.subf %v35, %v879 fastmath<contract> : f32
                %v881 = arith.muli %v29, %v119 : i64
                %v882 = arith.muli %v27, %v118 : i64
                %v883 = arith.addi %v881, %v882 : i64
                %v884 = arith.muli %v871, %v1 : i64
                %v885 = arith.addi %v883, %v884 : i64
                %v886 = llvm.getelementptr %in_x[%v885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v887 = llvm.load %v886 : !llvm.ptr -> f32
                %v888 = arith.mulf %v880, %v887 fastmath<contract> : f32
                %v889 = arith.mulf %v879, %v868 fastmath<contract> : f32
                %v890 = arith.addf %v889, %v888 fastmath<contract> : f32
                %v891 = arith.addi %v144, %v53 : i64
                %v892 = arith.minsi %v891, %v728 : i64
                %v893 = arith.addi %v67, %v892 : i64
                %v894 = arith.muli %v27, %v1 : i64
                %v895 = llvm.getelementptr %in_w[%v894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v896 = llvm.load %v895 : !llvm.ptr -> f32
                %v897 = arith.negf %v896 : f32
                %v898 = arith.mulf %v897, %v112 fastmath<contract> : f32
                %v899 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v898) : (f32) -> f32
                %v900 = arith.addf %v35, %v899 fastmath<contract> : f32
                %v901 = arith.divf %v35, %v900 : f32
                %v902 = arith.subf %v35, %v901 fastmath<contract> : f32
                %v903 = arith.muli %v29, %v119 : i64
                %v904 = arith.muli %v27, %v118 : i64
                %v905 = arith.addi %v903, %v904 : i64
                %v906 = arith.muli %v893, %v1 : i64
                %v907 = arith.addi %v905, %v906 : i64
                %v908 = llvm.getelementptr %in_x[%v907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v909 = llvm.load %v908 : !llvm.ptr -> f32
                %v910 = arith.mulf %v902, %v909 fastmath<contract> : f32
                %v911 = arith.mulf %v901, %v890 fastmath<contract> : f32
                %v912 = arith.addf %v911, %v910 fastmath<contract> : f32
                %v913 = arith.subi %v69, %v144 : i64
                %v914 = arith.trunci %v913 : i64 to i32
                %v915 = arith.subi %size_L, %v1 : i64
                %v916 = arith.addi %v67, %v144 : i64
                %v917 = arith.subi %v915, %v916 : i64
                %v918 = arith.minsi %v917, %v341 : i64
                %v919 = arith.trunci %v918 : i64 to i32
                %v920 = arith.addi %v144, %v53 : i64
                %v921 = arith.cmpi slt, %v345, %v914 : i32
                %v922 = arith.cmpi eq, %v345, %v919 : i32
                scf.if %v921 {
                  %v923 = arith.addi %v67, %v920 : i64
                  %v924 = arith.muli %v29, %v119 : i64
                  %v925 = arith.muli %v27, %v118 : i64
                  %v926 = arith.addi %v924, %v925 : i64
                  %v927 = arith.muli %v923, %v1 : i64
                  %v928 = arith.addi %v926, %v927 : i64
                  %v929 = llvm.getelementptr %dy_y[%v928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v930 = llvm.load %v929 : !llvm.ptr -> f32
                  %v931 = llvm.load %v31 : !llvm.ptr -> f32
                  %v932 = llvm.load %v32 : !llvm.ptr -> f32
                  %v933 = arith.mulf %v932, %v931 fastmath<contract> : f32
                  %v934 = arith.addf %v930, %v933 fastmath<contract> : f32
                  llvm.store %v934, %v31 : f32, !llvm.ptr
                  %v935 = arith.muli %v27, %v1 : i64
                  %v936 = llvm.getelementptr %in_w[%v935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v937 = llvm.load %v936 : !llvm.ptr -> f32
                  %v938 = arith.negf %v937 : f32
                  %v939 = arith.mulf %v938, %v112 fastmath<contract> : f32
                  %v940 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v939) : (f32) -> f32
                  %v941 = arith.addf %v35, %v940 fastmath<contract> : f32
                  %v942 = arith.divf %v35, %v941 : f32
                  %v943 = arith.subf %v35, %v942 fastmath<contract> : f32
                  %v944 = llvm.load %v31 : !llvm.ptr -> f32
                  %v945 = arith.mulf %v943, %v944 fastmath<contract> : f32
                  scf.if %v24 {
                    %v946 = arith.muli %v29, %v119 : i64
                    %v947 = arith.muli %v27, %v118 : i64
                    %v948 = arith.addi %v946, %v947 : i64
                    %v949 = arith.muli %v923, %v1 : i64
                    %v950 = arith.addi %v948, %v949 : i64
                    %v951 = llvm.getelementptr %dx_x[%v950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v945, %v951 : f32, !llvm.ptr
                  }
                  %v952 = arith.mulf %v890, %v944 fastmath<contract> : f32
                  %v953 = arith.muli %v29, %v119 : i64
                  %v954 = arith.muli %v27, %v118 : i64
                  %v955 = arith.addi %v953, %v954 : i64
                  %v956 = arith.muli %v923, %v1 : i64
                  %v957 = arith.addi %v955, %v956 : i64
                  %v958 = llvm.getelementptr %in_x[%v957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v959 = llvm.load %v958 : !llvm.ptr -> f32
                  %v960 = arith.mulf %v959, %v944 fastmath<contract> : f32
                  %v961 = arith.negf %v960 : f32
                  %v962 = arith.addf %v952, %v961 fastmath<contract> : f32
                  %v963 = arith.mulf %v942, %v943 fastmath<contract> : f32
                  %v964 = arith.mulf %v962, %v963 fastmath<contract> : f32
                  %v965 = llvm.load %v33 : !llvm.ptr -> f32
                  %v966 = arith.addf %v965, %v964 fastmath<contract> : f32
                  llvm.store %v966, %v33 : f32, !llvm.ptr
                  llvm.store %v942, %v32 : f32, !llvm.ptr
                }
                %v967 = arith.addi %v144, %v291 : i64
                %v968 = arith.cmpi slt, %v393, %v914 : i32
                %v969 = arith.cmpi eq, %v393, %v919 : i32
                scf.if %v968 {
                  %v970 = arith.addi %v67, %v967 : i64
                  %v971 = arith.muli %v29, %v119 : i64
                  %v972 = arith.muli %v27, %v118 : i64
                  %v973 = arith.addi %v971, %v972 : i64
                  %v974 = arith.muli %v970, %v1 : i64
                  %v975 = arith.addi %v973, %v974 : i64
                  %v976 = llvm.getelementptr %dy_y[%v975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v977 = llvm.load %v976 : !llvm.ptr -> f32
                  %v978 = llvm.load %v31 : !llvm.ptr -> f32
                  %v979 = llvm.load %v32 : !llvm.ptr -> f32
                  %v980 = arith.mulf %v979, %v978 fastmath<contract> : f32
                  %v981 = arith.addf %v977, %v980 fastmath<contract> : f32
                  llvm.store %v981, %v31 : f32, !llvm.ptr
                  %v982 = arith.muli %v27, %v1 : i64
                  %v983 = llvm.getelementptr %in_w[%v982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v984 = llvm.load %v983 : !llvm.ptr -> f32
                  %v985 = arith.negf %v984 : f32
                  %v986 = arith.mulf %v985, %v112 fastmath<contract> : f32
                  %v987 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v986) : (f32) -> f32
                  %v988 = arith.addf %v35, %v987 fastmath<contract> : f32
                  %v989 = arith.divf %v35, %v988 : f32
                  %v990 = arith.subf %v35, %v989 fastmath<contract> : f32
                  %v991 = llvm.load %v31 : !llvm.ptr -> f32
                  %v992 = arith.mulf %v990, %v991 fastmath<contract> : f32
                  scf.if %v24 {
                    %v993 = arith.muli %v29, %v119 : i64
                    %v994 = arith.muli %v27, %v118 : i64
                    %v995 = arith.addi %v993, %v994 : i64
                    %v996 = arith.muli %v970, %v1 : i64
                    %v997 = arith.addi %v995, %v996 : i64
                    %v998 = llvm.getelementptr %dx_x[%v997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v992, %v998 : f32, !llvm.ptr
                  }
                  %v999 = arith.mulf %v868, %v991 fastmath<contract> : f32
                  %v1000 = arith.muli %v29, %v119 : i64
                  %v1001 = arith.muli %v27, %v118 : i64
                  %v1002 = arith.addi %v1000, %v1001 : i64
                  %v1003 = arith.muli %v970, %v1 : i64
                  %v1004 = arith.addi %v1002, %v1003 : i64
                  %v1005 = llvm.getelementptr %in_x[%v1004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1006 = llvm.load %v1005 : !llvm.ptr -> f32
                  %v1007 = arith.mulf %v1006, %v991 fastmath<contract> : f32
                  %v1008 = arith.negf %v1007 : f32
                  %v1009 = arith.addf %v999, %v1008 fastmath<contract> : f32
                  %v1010 = arith.mulf %v989, %v990 fastmath<contract> : f32
                  %v1011 = arith.mulf %v1009, %v1010 fastmath<contract> : f32
                  %v1012 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1013 = arith.addf %v1012, %v1011 fastmath<contract> : f32
                  llvm.store %v1013, %v33 : f32, !llvm.ptr
                  llvm.store %v989, %v32 : f32, !llvm.ptr
                }
                %v1014 = arith.addi %v144, %v268 : i64
                %v1015 = arith.cmpi slt, %v441, %v914 : i32
                %v1016 = arith.cmpi eq, %v441, %v919 : i32
                scf.if %v1015 {
                  %v1017 = arith.addi %v67, %v1014 : i64
                  %v1018 = arith.muli %v29, %v119 : i64
                  %v1019 = arith.muli %v27, %v118 : i64
                  %v1020 = arith.addi %v1018, %v1019 : i64
                  %v1021 = arith.muli %v1017, %v1 : i64
                  %v1022 = arith.addi %v1020, %v1021 : i64
                  %v1023 = llvm.getelementptr %dy_y[%v1022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1024 = llvm.load %v1023 : !llvm.ptr -> f32
                  %v1025 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1026 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1027 = arith.mulf %v1026, %v1025 fastmath<contract> : f32
                  %v1028 = arith.addf %v1024, %v1027 fastmath<contract> : f32
                  llvm.store %v1028, %v31 : f32, !llvm.ptr
                  %v1029 = arith.muli %v27, %v1 : i64
                  %v1030 = llvm.getelementptr %in_w[%v1029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1031 = llvm.load %v1030 : !llvm.ptr -> f32
                  %v1032 = arith.negf %v1031 : f32
                  %v1033 = arith.mulf %v1032, %v112 fastmath<contract> : f32
                  %v1034 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1033) : (f32) -> f32
                  %v1035 = arith.addf %v35, %v1034 fastmath<contract> : f32
                  %v1036 = arith.divf %v35, %v1035 : f32
                  %v1037 = arith.subf %v35, %v1036 fastmath<contract> : f32
                  %v1038 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1039 = arith.mulf %v1037, %v1038 fastmath<contract> : f32
                  scf.if %v24 {
                    %v1040 = arith.muli %v29, %v119 : i64
                    %v1041 = arith.muli %v27, %v118 : i64
                    %v1042 = arith.addi %v1040, %v1041 : i64
                    %v1043 = arith.muli %v1017, %v1 : i64
                    %v1044 = arith.addi %v1042, %v1043 : i64
                    %v1045 = llvm.getelementptr %dx_x[%v1044] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1039, %v1045 : f32, !llvm.ptr
                  }
                  %v1046 = arith.mulf %v846, %v1038 fastmath<contract> : f32
                  %v1047 = arith.muli %v29, %v119 : i64
                  %v1048 = arith.muli %v27, %v118 : i64
                  %v1049 = arith.addi %v1047, %v1048 : i64
                  %v1050 = arith.muli %v1017, %v1 : i64
                  %v1051 = arith.addi %v1049, %v1050 : i64
                  %v1052 = llvm.getelementptr %in_x[%v1051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1053 = llvm.load %v1052 : !llvm.ptr -> f32
                  %v1054 = arith.mulf %v1053, %v1038 fastmath<contract> : f32
                  %v1055 = arith.negf %v1054 : f32
                  %v1056 = arith.addf %v1046, %v1055 fastmath<contract> : f32
                  %v1057 = arith.mulf %v1036, %v1037 fastmath<contract> : f32
                  %v1058 = arith.mulf %v1056, %v1057 fastmath<contract> : f32
                  %v1059 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1060 = arith.addf %v1059, %v1058 fastmath<contract> : f32
                  llvm.store %v1060, %v33 : f32, !llvm.ptr
                  llvm.store %v1036, %v32 : f32, !llvm.ptr
                }
                %v1061 = arith.addi %v144, %v245 : i64
                %v1062 = arith.cmpi slt, %v489, %v914 : i32
                %v1063 = arith.cmpi eq, %v489, %v919 : i32
                scf.if %v1062 {
                  %v1064 = arith.addi %v67, %v1061 : i64
                  %v1065 = arith.muli %v29, %v119 : i64
                  %v1066 = arith.muli %v27, %v118 : i64
                  %v1067 = arith.addi %v1065, %v1066 : i64
                  %v1068 = arith.muli %v1064, %v1 : i64
                  %v1069 = arith.addi %v1067, %v1068 : i64
                  %v1070 = llvm.getelementptr %dy_y[%v1069] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1071 = llvm.load %v1070 : !llvm.ptr -> f32
                  %v1072 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1073 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1074 = arith.mulf %v1073, %v1072 fastmath<contract> : f32
                  %v1075 = arith.addf %v1071, %v1074 fastmath<contract> : f32
                  llvm.store %v1075, %v31 : f32, !llvm.ptr
                  %v1076 = arith.muli %v27, %v1 : i64
                  %v1077 = llvm.getelementptr %in_w[%v1076] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1078 = llvm.load %v1077 : !llvm.ptr -> f32
                  %v1079 = arith.negf %v1078 : f32
                  %v1080 = arith.mulf %v1079, %v112 fastmath<contract> : f32
                  %v1081 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1080) : (f32) -> f32
                  %v1082 = arith.addf %v35, %v1081 fastmath<contract> : f32
                  %v1083 = arith.divf %v35, %v1082 : f32
                  %v1084 = arith.subf %v35, %v1083 fastmath<contract> : f32
                  %v1085 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1086 = arith.mulf %v1084, %v1085 fastmath<contract> : f32
                  scf.if %v24 {
                    %v1087 = arith.muli %v29, %v119 : i64
                    %v1088 = arith.muli %v27, %v118 : i64
                    %v1089 = arith.addi %v1087, %v1088 : i64
                    %v1090 = arith.muli %v1064, %v1 : i64
                    %v1091 = arith.addi %v1089, %v1090 : i64
                    %v1092 = llvm.getelementptr %dx_x[%v1091] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1086, %v1092 : f32, !llvm.ptr
                  }
                  %v1093 = arith.mulf %v824, %v1085 fastmath<contract> : f32
                  %v1094 = arith.muli %v29, %v119 : i64
                  %v1095 = arith.muli %v27, %v118 : i64
                  %v1096 = arith.addi %v1094, %v1095 : i64
                  %v1097 = arith.muli %v1064, %v1 : i64
                  %v1098 = arith.addi %v1096, %v1097 : i64
                  %v1099 = llvm.getelementptr %in_x[%v1098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1100 = llvm.load %v1099 : !llvm.ptr -> f32
                  %v1101 = arith.mulf %v1100, %v1085 fastmath<contract> : f32
                  %v1102 = arith.negf %v1101 : f32
                  %v1103 = arith.addf %v1093, %v1102 fastmath<contract> : f32
                  %v1104 = arith.mulf %v1083, %v1084 fastmath<contract> : f32
                  %v1105 = arith.mulf %v1103, %v1104 fastmath<contract> : f32
                  %v1106 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1107 = arith.addf %v1106, %v1105 fastmath<contract> : f32
                  llvm.store %v1107, %v33 : f32, !llvm.ptr
                  llvm.store %v1083, %v32 : f32, !llvm.ptr
                }
                %v1108 = arith.addi %v144, %v222 : i64
                %v1109 = arith.cmpi slt, %v537, %v914 : i32
                %v1110 = arith.cmpi eq, %v537, %v919 : i32
                scf.if %v1109 {
                  %v1111 = arith.addi %v67, %v1108 : i64
                  %v1112 = arith.muli %v29, %v119 : i64
                  %v1113 = arith.muli %v27, %v118 : i64
                  %v1114 = arith.addi %v1112, %v1113 : i64
                  %v1115 = arith.muli %v1111, %v1 : i64
                  %v1116 = arith.addi %v1114, %v1115 : i64
                  %v1117 = llvm.getelementptr %dy_y[%v1116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1118 = llvm.load %v1117 : !llvm.ptr -> f32
                  %v1119 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1120 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1121 = arith.mulf %v1120, %v1119 fastmath<contract> : f32
                  %v1122 = arith.addf %v1118, %v1121 fastmath<contract> : f32
                  llvm.store %v1122, %v31 : f32, !llvm.ptr
                  %v1123 = arith.muli %v27, %v1 : i64
                  %v1124 = llvm.getelementptr %in_w[%v1123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1125 = llvm.load %v1124 : !llvm.ptr -> f32
                  %v1126 = arith.negf %v1125 : f32
                  %v1127 = arith.mulf %v1126, %v112 fastmath<contract> : f32
                  %v1128 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1127) : (f32) -> f32
                  %v1129 = arith.addf %v35, %v1128 fastmath<contract> : f32
                  %v1130 = arith.divf %v35, %v1129 : f32
                  %v1131 = arith.subf %v35, %v1130 fastmath<contract> : f32
                  %v1132 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1133 = arith.mulf %v1131, %v1132 fastmath<contract> : f32
                  scf.if %v24 {
                    %v1134 = arith.muli %v29, %v119 : i64
                    %v1135 = arith.muli %v27, %v118 : i64
                    %v1136 = arith.addi %v1134, %v1135 : i64
                    %v1137 = arith.muli %v1111, %v1 : i64
                    %v1138 = arith.addi %v1136, %v1137 : i64
                    %v1139 = llvm.getelementptr %dx_x[%v1138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1133, %v1139 : f32, !llvm.ptr
                  }
                  %v1140 = arith.mulf %v802, %v1132 fastmath<contract> : f32
                  %v1141 = arith.muli %v29, %v119 : i64
                  %v1142 = arith.muli %v27, %v118 : i64
                  %v1143 = arith.addi %v1141, %v1142 : i64
                  %v1144 = arith.muli %v1111, %v1 : i64
                  %v1145 = arith.addi %v1143, %v1144 : i64
                  %v1146 = llvm.getelementptr %in_x[%v1145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1147 = llvm.load %v1146 : !llvm.ptr -> f32
                  %v1148 = arith.mulf %v1147, %v1132 fastmath<contract> : f32
                  %v1149 = arith.negf %v1148 : f32
                  %v1150 = arith.addf %v1140, %v1149 fastmath<contract> : f32
                  %v1151 = arith.mulf %v1130, %v1131 fastmath<contract> : f32
                  %v1152 = arith.mulf %v1150, %v1151 fastmath<contract> : f32
                  %v1153 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1154 = arith.addf %v1153, %v1152 fastmath<contract> : f32
                  llvm.store %v1154, %v33 : f32, !llvm.ptr
                  llvm.store %v1130, %v32 : f32, !llvm.ptr
                }
                %v1155 = arith.addi %v144, %v46 : i64
                %v1156 = arith.cmpi slt, %v585, %v914 : i32
                %v1157 = arith.cmpi eq, %v585, %v919 : i32
                scf.if %v1156 {
                  %v1158 = arith.addi %v67, %v1155 : i64
                  %v1159 = arith.muli %v29, %v119 : i64
                  %v1160 = arith.muli %v27, %v118 : i64
                  %v1161 = arith.addi %v1159, %v1160 : i64
                  %v1162 = arith.muli %v1158, %v1 : i64
                  %v1163 = arith.addi %v1161, %v1162 : i64
                  %v1164 = llvm.getelementptr %dy_y[%v1163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1165 = llvm.load %v1164 : !llvm.ptr -> f32
                  %v1166 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1167 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1168 = arith.mulf %v1167, %v1166 fastmath<contract> : f32
                  %v1169 = arith.addf %v1165, %v1168 fastmath<contract> : f32
                  llvm.store %v1169, %v31 : f32, !llvm.ptr
                  %v1170 = arith.muli %v27, %v1 : i64
                  %v1171 = llvm.getelementptr %in_w[%v1170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1172 = llvm.load %v1171 : !llvm.ptr -> f32
                  %v1173 = arith.negf %v1172 : f32
                  %v1174 = arith.mulf %v1173, %v112 fastmath<contract> : f32
                  %v1175 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1174) : (f32) -> f32
                  %v1176 = arith.addf %v35, %v1175 fastmath<contract> : f32
                  %v1177 = arith.divf %v35, %v1176 : f32
                  %v1178 = arith.subf %v35, %v1177 fastmath<contract> : f32
                  %v1179 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1180 = arith.mulf %v1178, %v1179 fastmath<contract> : f32
                  scf.if %v24 {
                    %v1181 = arith.muli %v29, %v119 : i64
                    %v1182 = arith.muli %v27, %v118 : i64
                    %v1183 = arith.addi %v1181, %v1182 : i64
                    %v1184 = arith.muli %v1158, %v1 : i64
                    %v1185 = arith.addi %v1183, %v1184 : i64
                    %v1186 = llvm.getelementptr %dx_x[%v1185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1180, %v1186 : f32, !llvm.ptr
                  }
                  %v1187 = arith.mulf %v780, %v1179 fastmath<contract> : f32
                  %v1188 = arith.muli %v29, %v119 : i64
                  %v1189 = arith.muli %v27, %v118 : i64
                  %v1190 = arith.addi %v1188, %v1189 : i64
                  %v1191 = arith.muli %v1158, %v1 : i64
                  %v1192 = arith.addi %v1190, %v1191 : i64
                  %v1193 = llvm.getelementptr %in_x[%v1192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1194 = llvm.load %v1193 : !llvm.ptr -> f32
                  %v1195 = arith.mulf %v1194, %v1179 fastmath<contract> : f32
                  %v1196 = arith.negf %v1195 : f32
                  %v1197 = arith.addf %v1187, %v1196 fastmath<contract> : f32
                  %v1198 = arith.mulf %v1177, %v1178 fastmath<contract> : f32
                  %v1199 = arith.mulf %v1197, %v1198 fastmath<contract> : f32
                  %v1200 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1201 = arith.addf %v1200, %v1199 fastmath<contract> : f32
                  llvm.store %v1201, %v33 : f32, !llvm.ptr
                  llvm.store %v1177, %v32 : f32, !llvm.ptr
                }
                %v1202 = arith.addi %v144, %v1 : i64
                %v1203 = arith.cmpi slt, %v633, %v914 : i32
                %v1204 = arith.cmpi eq, %v633, %v919 : i32
                scf.if %v1203 {
                  %v1205 = arith.addi %v67, %v1202 : i64
                  %v1206 = arith.muli %v29, %v119 : i64
                  %v1207 = arith.muli %v27, %v118 : i64
                  %v1208 = arith.addi %v1206, %v1207 : i64
                  %v1209 = arith.muli %v1205, %v1 : i64
                  %v1210 = arith.addi %v1208, %v1209 : i64
                  %v1211 = llvm.getelementptr %dy_y[%v1210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1212 = llvm.load %v1211 : !llvm.ptr -> f32
                  %v1213 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1214 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1215 = arith.mulf %v1214, %v1213 fastmath<contract> : f32
                  %v1216 = arith.addf %v1212, %v1215 fastmath<contract> : f32
                  llvm.store %v1216, %v31 : f32, !llvm.ptr
                  %v1217 = arith.muli %v27, %v1 : i64
                  %v1218 = llvm.getelementptr %in_w[%v1217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1219 = llvm.load %v1218 : !llvm.ptr -> f32
                  %v1220 = arith.negf %v1219 : f32
                  %v1221 = arith.mulf %v1220, %v112 fastmath<contract> : f32
                  %v1222 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1221) : (f32) -> f32
                  %v1223 = arith.addf %v35, %v1222 fastmath<contract> : f32
                  %v1224 = arith.divf %v35, %v1223 : f32
                  %v1225 = arith.subf %v35, %v1224 fastmath<contract> : f32
                  %v1226 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1227 = arith.mulf %v1225, %v1226 fastmath<contract> : f32
                  scf.if %v24 {
                    %v1228 = arith.muli %v29, %v119 : i64
                    %v1229 = arith.muli %v27, %v118 : i64
                    %v1230 = arith.addi %v1228, %v1229 : i64
                    %v1231 = arith.muli %v1205, %v1 : i64
                    %v1232 = arith.addi %v1230, %v1231 : i64
                    %v1233 = llvm.getelementptr %dx_x[%v1232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1227, %v1233 : f32, !llvm.ptr
                  }
                  %v1234 = arith.mulf %v758, %v1226 fastmath<contract> : f32
                  %v1235 = arith.muli %v29, %v119 : i64
                  %v1236 = arith.muli %v27, %v118 : i64
                  %v1237 = arith.addi %v1235, %v1236 : i64
                  %v1238 = arith.muli %v1205, %v1 : i64
                  %v1239 = arith.addi %v1237, %v1238 : i64
                  %v1240 = llvm.getelementptr %in_x[%v1239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1241 = llvm.load %v1240 : !llvm.ptr -> f32
                  %v1242 = arith.mulf %v1241, %v1226 fastmath<contract> : f32
                  %v1243 = arith.negf %v1242 : f32
                  %v1244 = arith.addf %v1234, %v1243 fastmath<contract> : f32
                  %v1245 = arith.mulf %v1224, %v1225 fastmath<contract> : f32
                  %v1246 = arith.mulf %v1244, %v1245 fastmath<contract> : f32
                  %v1247 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1248 = arith.addf %v1247, %v1246 fastmath<contract> : f32
                  llvm.store %v1248, %v33 : f32, !llvm.ptr
                  llvm.store %v1224, %v32 : f32, !llvm.ptr
                }
                %v1249 = arith.addi %v144, %v10 : i64
                %v1250 = arith.cmpi slt, %v681, %v914 : i32
                %v1251 = arith.cmpi eq, %v681, %v919 : i32
                scf.if %v1250 {
                  %v1252 = arith.addi %v67, %v1249 : i64
                  %v1253 = arith.muli %v29, %v119 : i64
                  %v1254 = arith.muli %v27, %v118 : i64
                  %v1255 = arith.addi %v1253, %v1254 : i64
                  %v1256 = arith.muli %v1252, %v1 : i64
                  %v1257 = arith.addi %v1255, %v1256 : i64
                  %v1258 = llvm.getelementptr %dy_y[%v1257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1259 = llvm.load %v1258 : !llvm.ptr -> f32
                  %v1260 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1261 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1262 = arith.mulf %v1261, %v1260 fastmath<contract> : f32
                  %v1263 = arith.addf %v1259, %v1262 fastmath<contract> : f32
                  llvm.store %v1263, %v31 : f32, !llvm.ptr
                  %v1264 = arith.muli %v27, %v1 : i64
                  %v1265 = llvm.getelementptr %in_w[%v1264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1266 = llvm.load %v1265 : !llvm.ptr -> f32
                  %v1267 = arith.negf %v1266 : f32
                  %v1268 = arith.mulf %v1267, %v112 fastmath<contract> : f32
                  %v1269 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1268) : (f32) -> f32
                  %v1270 = arith.addf %v35, %v1269 fastmath<contract> : f32
                  %v1271 = arith.divf %v35, %v1270 : f32
                  %v1272 = arith.subf %v35, %v1271 fastmath<contract> : f32
                  %v1273 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1274 = arith.mulf %v1272, %v1273 fastmath<contract> : f32
                  scf.if %v24 {
                    %v1275 = arith.muli %v29, %v119 : i64
                    %v1276 = arith.muli %v27, %v118 : i64
                    %v1277 = arith.addi %v1275, %v1276 : i64
                    %v1278 = arith.muli %v1252, %v1 : i64
                    %v1279 = arith.addi %v1277, %v1278 : i64
                    %v1280 = llvm.getelementptr %dx_x[%v1279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1274, %v1280 : f32, !llvm.ptr
                  }
                  %v1281 = arith.mulf %v736, %v1273 fastmath<contract> : f32
                  %v1282 = arith.muli %v29, %v119 : i64
                  %v1283 = arith.muli %v27, %v118 : i64
                  %v1284 = arith.addi %v1282, %v1283 : i64
                  %v1285 = arith.muli %v1252, %v1 : i64
                  %v1286 = arith.addi %v1284, %v1285 : i64
                  %v1287 = llvm.getelementptr %in_x[%v1286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1288 = llvm.load %v1287 : !llvm.ptr -> f32
                  %v1289 = arith.mulf %v1288, %v1273 fastmath<contract> : f32
                  %v1290 = arith.negf %v1289 : f32
                  %v1291 = arith.addf %v1281, %v1290 fastmath<contract> : f32
                  %v1292 = arith.mulf %v1271, %v1272 fastmath<contract> : f32
                  %v1293 = arith.mulf %v1291, %v1292 fastmath<contract> : f32
                  %v1294 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1295 = arith.addf %v1294, %v1293 fastmath<contract> : f32
                  llvm.store %v1295, %v33 : f32, !llvm.ptr
                  llvm.store %v1271, %v32 : f32, !llvm.ptr
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
          %v1296 = llvm.load %v33 : !llvm.ptr -> f32
          %v1297 = arith.muli %v23, %v1 : i64
          %v1298 = arith.addi %v1297, %v10 : i64
          %v1299 = llvm.getelementptr %part_w[%v1298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1296, %v1299 : f32, !llvm.ptr
        }
      } else {
        scf.if %v24 {
          %v1300 = arith.muli %v23, %v1 : i64
          %v1301 = arith.muli %v3, %v1 : i64
          %v1302 = arith.muli %v10, %v1301 : i64
          %v1303 = arith.addi %v1302, %v1300 : i64
          %v1304 = llvm.load %v31 : !llvm.ptr -> f32
          %v1305 = llvm.getelementptr %slice_carry[%v1303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1304, %v1305 : f32, !llvm.ptr
          %v1306 = arith.muli %v1, %v1301 : i64
          %v1307 = arith.addi %v1306, %v1300 : i64
          %v1308 = llvm.load %v32 : !llvm.ptr -> f32
          %v1309 = llvm.getelementptr %slice_carry[%v1307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1308, %v1309 : f32, !llvm.ptr
          %v1310 = arith.muli %v46, %v1301 : i64
          %v1311 = arith.addi %v1310, %v1300 : i64
          %v1312 = llvm.load %v33 : !llvm.ptr -> f32
          %v1313 = llvm.getelementptr %slice_carry[%v1311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1312, %v1313 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
