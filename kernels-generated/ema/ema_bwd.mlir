module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @ema_bwd(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_x: !llvm.ptr, %part_w: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v88 = arith.constant 0x3FB8AA3B : f32
      %v94 = arith.muli %v1, %size_L : i64
      %v95 = arith.muli %v94, %size_D : i64
      %v176 = arith.constant 2 : i64
      %v199 = arith.constant 3 : i64
      %v222 = arith.constant 4 : i64
      %v245 = arith.constant 5 : i64
      %v268 = arith.constant 6 : i64
      %v318 = arith.constant 2147483647 : i64
      %v322 = arith.constant 7 : i32
      %v370 = arith.constant 6 : i32
      %v418 = arith.constant 5 : i32
      %v466 = arith.constant 4 : i32
      %v514 = arith.constant 3 : i32
      %v562 = arith.constant 2 : i32
      %v610 = arith.constant 1 : i32
      %v658 = arith.constant 0 : i32
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
              %v85 = llvm.getelementptr %in_w[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v86 = llvm.load %v85 : !llvm.ptr -> f32
              %v87 = arith.negf %v86 : f32
              %v89 = arith.mulf %v87, %v88 fastmath<contract> : f32
              %v90 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v89) : (f32) -> f32
              %v91 = arith.addf %v25, %v90 fastmath<contract> : f32
              %v92 = arith.divf %v25, %v91 : f32
              %v93 = arith.subf %v25, %v92 fastmath<contract> : f32
              %v96 = arith.muli %v19, %v95 : i64
              %v97 = arith.muli %v17, %v94 : i64
              %v98 = arith.addi %v96, %v97 : i64
              %v99 = arith.muli %v83, %v1 : i64
              %v100 = arith.addi %v98, %v99 : i64
              %v101 = llvm.getelementptr %in_x[%v100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v102 = llvm.load %v101 : !llvm.ptr -> f32
              %v103 = arith.mulf %v93, %v102 fastmath<contract> : f32
              %v104 = llvm.load %v5 : !llvm.ptr -> f32
              %v105 = arith.mulf %v92, %v104 fastmath<contract> : f32
              %v106 = arith.addf %v105, %v103 fastmath<contract> : f32
              llvm.store %v106, %v5 : f32, !llvm.ptr
            }
          }
        }
        %v107 = arith.index_cast %v26 : i64 to index
        %v108 = arith.index_cast %v1 : i64 to index
        %v109 = arith.index_cast %v1 : i64 to index
        scf.for %v110 = %v107 to %v108 step %v109 {
          %v111 = arith.index_cast %v110 : index to i64
          %v112 = arith.index_cast %v26 : i64 to index
          %v113 = arith.index_cast %v47 : i64 to index
          %v114 = arith.index_cast %v1 : i64 to index
          scf.for %v115 = %v112 to %v113 step %v114 {
            %v116 = arith.index_cast %v115 : index to i64
            %v117 = arith.cmpi slt, %v116, %v47 : i64
            scf.if %v117 {
              %v118 = arith.subi %v47, %v1 : i64
              %v119 = arith.subi %v118, %v116 : i64
              %v120 = arith.muli %v119, %v29 : i64
              %v121 = arith.addi %v120, %v29 : i64
              %v122 = arith.cmpi sle, %v121, %v45 : i64
              scf.if %v122 {
                %v123 = arith.subi %v45, %v1 : i64
                %v124 = arith.muli %v119, %v3 : i64
                %v125 = arith.subi %v3, %v1 : i64
                %v126 = arith.minsi %v13, %v125 : i64
                %v127 = arith.addi %v124, %v126 : i64
                %v128 = arith.muli %v127, %v1 : i64
                %v129 = arith.addi %v128, %v26 : i64
                %v130 = llvm.getelementptr %scratch_h[%v129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v131 = llvm.load %v130 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v132 = arith.addi %v120, %v26 : i64
                %v133 = arith.minsi %v132, %v123 : i64
                %v134 = arith.addi %v43, %v133 : i64
                %v135 = arith.muli %v17, %v1 : i64
                %v136 = llvm.getelementptr %in_w[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v137 = llvm.load %v136 : !llvm.ptr -> f32
                %v138 = arith.negf %v137 : f32
                %v139 = arith.mulf %v138, %v88 fastmath<contract> : f32
                %v140 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v139) : (f32) -> f32
                %v141 = arith.addf %v25, %v140 fastmath<contract> : f32
                %v142 = arith.divf %v25, %v141 : f32
                %v143 = arith.subf %v25, %v142 fastmath<contract> : f32
                %v144 = arith.muli %v19, %v95 : i64
                %v145 = arith.muli %v17, %v94 : i64
                %v146 = arith.addi %v144, %v145 : i64
                %v147 = arith.muli %v134, %v1 : i64
                %v148 = arith.addi %v146, %v147 : i64
                %v149 = llvm.getelementptr %in_x[%v148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v150 = llvm.load %v149 : !llvm.ptr -> f32
                %v151 = arith.mulf %v143, %v150 fastmath<contract> : f32
                %v152 = arith.mulf %v142, %v131 fastmath<contract> : f32
                %v153 = arith.addf %v152, %v151 fastmath<contract> : f32
                %v154 = arith.addi %v120, %v1 : i64
                %v155 = arith.minsi %v154, %v123 : i64
                %v156 = arith.addi %v43, %v155 : i64
                %v157 = arith.muli %v17, %v1 : i64
                %v158 = llvm.getelementptr %in_w[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v159 = llvm.load %v158 : !llvm.ptr -> f32
                %v160 = arith.negf %v159 : f32
                %v161 = arith.mulf %v160, %v88 fastmath<contract> : f32
                %v162 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v161) : (f32) -> f32
                %v163 = arith.addf %v25, %v162 fastmath<contract> : f32
                %v164 = arith.divf %v25, %v163 : f32
                %v165 = arith.subf %v25, %v164 fastmath<contract> : f32
                %v166 = arith.muli %v19, %v95 : i64
                %v167 = arith.muli %v17, %v94 : i64
                %v168 = arith.addi %v166, %v167 : i64
                %v169 = arith.muli %v156, %v1 : i64
                %v170 = arith.addi %v168, %v169 : i64
                %v171 = llvm.getelementptr %in_x[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v172 = llvm.load %v171 : !llvm.ptr -> f32
                %v173 = arith.mulf %v165, %v172 fastmath<contract> : f32
                %v174 = arith.mulf %v164, %v153 fastmath<contract> : f32
                %v175 = arith.addf %v174, %v173 fastmath<contract> : f32
                %v177 = arith.addi %v120, %v176 : i64
                %v178 = arith.minsi %v177, %v123 : i64
                %v179 = arith.addi %v43, %v178 : i64
                %v180 = arith.muli %v17, %v1 : i64
                %v181 = llvm.getelementptr %in_w[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v182 = llvm.load %v181 : !llvm.ptr -> f32
                %v183 = arith.negf %v182 : f32
                %v184 = arith.mulf %v183, %v88 fastmath<contract> : f32
                %v185 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v184) : (f32) -> f32
                %v186 = arith.addf %v25, %v185 fastmath<contract> : f32
                %v187 = arith.divf %v25, %v186 : f32
                %v188 = arith.subf %v25, %v187 fastmath<contract> : f32
                %v189 = arith.muli %v19, %v95 : i64
                %v190 = arith.muli %v17, %v94 : i64
                %v191 = arith.addi %v189, %v190 : i64
                %v192 = arith.muli %v179, %v1 : i64
                %v193 = arith.addi %v191, %v192 : i64
                %v194 = llvm.getelementptr %in_x[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v195 = llvm.load %v194 : !llvm.ptr -> f32
                %v196 = arith.mulf %v188, %v195 fastmath<contract> : f32
                %v197 = arith.mulf %v187, %v175 fastmath<contract> : f32
                %v198 = arith.addf %v197, %v196 fastmath<contract> : f32
                %v200 = arith.addi %v120, %v199 : i64
                %v201 = arith.minsi %v200, %v123 : i64
                %v202 = arith.addi %v43, %v201 : i64
                %v203 = arith.muli %v17, %v1 : i64
                %v204 = llvm.getelementptr %in_w[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v205 = llvm.load %v204 : !llvm.ptr -> f32
                %v206 = arith.negf %v205 : f32
                %v207 = arith.mulf %v206, %v88 fastmath<contract> : f32
                %v208 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v207) : (f32) -> f32
                %v209 = arith.addf %v25, %v208 fastmath<contract> : f32
                %v210 = arith.divf %v25, %v209 : f32
                %v211 = arith.subf %v25, %v210 fastmath<contract> : f32
                %v212 = arith.muli %v19, %v95 : i64
                %v213 = arith.muli %v17, %v94 : i64
                %v214 = arith.addi %v212, %v213 : i64
                %v215 = arith.muli %v202, %v1 : i64
                %v216 = arith.addi %v214, %v215 : i64
                %v217 = llvm.getelementptr %in_x[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v218 = llvm.load %v217 : !llvm.ptr -> f32
                %v219 = arith.mulf %v211, %v218 fastmath<contract> : f32
                %v220 = arith.mulf %v210, %v198 fastmath<contract> : f32
                %v221 = arith.addf %v220, %v219 fastmath<contract> : f32
                %v223 = arith.addi %v120, %v222 : i64
                %v224 = arith.minsi %v223, %v123 : i64
                %v225 = arith.addi %v43, %v224 : i64
                %v226 = arith.muli %v17, %v1 : i64
                %v227 = llvm.getelementptr %in_w[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v228 = llvm.load %v227 : !llvm.ptr -> f32
                %v229 = arith.negf %v228 : f32
                %v230 = arith.mulf %v229, %v88 fastmath<contract> : f32
                %v231 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v230) : (f32) -> f32
                %v232 = arith.addf %v25, %v231 fastmath<contract> : f32
                %v233 = arith.divf %v25, %v232 : f32
                %v234 = arith.subf %v25, %v233 fastmath<contract> : f32
                %v235 = arith.muli %v19, %v95 : i64
                %v236 = arith.muli %v17, %v94 : i64
                %v237 = arith.addi %v235, %v236 : i64
                %v238 = arith.muli %v225, %v1 : i64
                %v239 = arith.addi %v237, %v238 : i64
                %v240 = llvm.getelementptr %in_x[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v241 = llvm.load %v240 : !llvm.ptr -> f32
                %v242 = arith.mulf %v234, %v241 fastmath<contract> : f32
                %v243 = arith.mulf %v233, %v221 fastmath<contract> : f32
                %v244 = arith.addf %v243, %v242 fastmath<contract> : f32
                %v246 = arith.addi %v120, %v245 : i64
                %v247 = arith.minsi %v246, %v123 : i64
                %v248 = arith.addi %v43, %v247 : i64
                %v249 = arith.muli %v17, %v1 : i64
                %v250 = llvm.getelementptr %in_w[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v251 = llvm.load %v250 : !llvm.ptr -> f32
                %v252 = arith.negf %v251 : f32
                %v253 = arith.mulf %v252, %v88 fastmath<contract> : f32
                %v254 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v253) : (f32) -> f32
                %v255 = arith.addf %v25, %v254 fastmath<contract> : f32
                %v256 = arith.divf %v25, %v255 : f32
                %v257 = arith.subf %v25, %v256 fastmath<contract> : f32
                %v258 = arith.muli %v19, %v95 : i64
                %v259 = arith.muli %v17, %v94 : i64
                %v260 = arith.addi %v258, %v259 : i64
                %v261 = arith.muli %v248, %v1 : i64
                %v262 = arith.addi %v260, %v261 : i64
                %v263 = llvm.getelementptr %in_x[%v262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v264 = llvm.load %v263 : !llvm.ptr -> f32
                %v265 = arith.mulf %v257, %v264 fastmath<contract> : f32
                %v266 = arith.mulf %v256, %v244 fastmath<contract> : f32
                %v267 = arith.addf %v266, %v265 fastmath<contract> : f32
                %v269 = arith.addi %v120, %v268 : i64
                %v270 = arith.minsi %v269, %v123 : i64
                %v271 = arith.addi %v43, %v270 : i64
                %v272 = arith.muli %v17, %v1 : i64
                %v273 = llvm.getelementptr %in_w[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v274 = llvm.load %v273 : !llvm.ptr -> f32
                %v275 = arith.negf %v274 : f32
                %v276 = arith.mulf %v275, %v88 fastmath<contract> : f32
                %v277 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v276) : (f32) -> f32
                %v278 = arith.addf %v25, %v277 fastmath<contract> : f32
                %v279 = arith.divf %v25, %v278 : f32
                %v280 = arith.subf %v25, %v279 fastmath<contract> : f32
                %v281 = arith.muli %v19, %v95 : i64
                %v282 = arith.muli %v17, %v94 : i64
                %v283 = arith.addi %v281, %v282 : i64
                %v284 = arith.muli %v271, %v1 : i64
                %v285 = arith.addi %v283, %v284 : i64
                %v286 = llvm.getelementptr %in_x[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v287 = llvm.load %v286 : !llvm.ptr -> f32
                %v288 = arith.mulf %v280, %v287 fastmath<contract> : f32
                %v289 = arith.mulf %v279, %v267 fastmath<contract> : f32
                %v290 = arith.addf %v289, %v288 fastmath<contract> : f32
                %v291 = arith.addi %v120, %v30 : i64
                %v292 = arith.minsi %v291, %v123 : i64
                %v293 = arith.addi %v43, %v292 : i64
                %v294 = arith.muli %v17, %v1 : i64
                %v295 = llvm.getelementptr %in_w[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v296 = llvm.load %v295 : !llvm.ptr -> f32
                %v297 = arith.negf %v296 : f32
                %v298 = arith.mulf %v297, %v88 fastmath<contract> : f32
                %v299 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v298) : (f32) -> f32
                %v300 = arith.addf %v25, %v299 fastmath<contract> : f32
                %v301 = arith.divf %v25, %v300 : f32
                %v302 = arith.subf %v25, %v301 fastmath<contract> : f32
                %v303 = arith.muli %v19, %v95 : i64
                %v304 = arith.muli %v17, %v94 : i64
                %v305 = arith.addi %v303, %v304 : i64
                %v306 = arith.muli %v293, %v1 : i64
                %v307 = arith.addi %v305, %v306 : i64
                %v308 = llvm.getelementptr %in_x[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v309 = llvm.load %v308 : !llvm.ptr -> f32
                %v310 = arith.mulf %v302, %v309 fastmath<contract> : f32
                %v311 = arith.mulf %v301, %v290 fastmath<contract> : f32
                %v312 = arith.addf %v311, %v310 fastmath<contract> : f32
                %v313 = arith.subi %v45, %v120 : i64
                %v314 = arith.trunci %v313 : i64 to i32
                %v315 = arith.subi %size_L, %v1 : i64
                %v316 = arith.addi %v43, %v120 : i64
                %v317 = arith.subi %v315, %v316 : i64
                %v319 = arith.minsi %v317, %v318 : i64
                %v320 = arith.trunci %v319 : i64 to i32
                %v321 = arith.addi %v120, %v30 : i64
                %v323 = arith.cmpi slt, %v322, %v314 : i32
                %v324 = arith.cmpi eq, %v322, %v320 : i32
                %v325 = arith.addi %v43, %v321 : i64
                %v326 = arith.muli %v19, %v95 : i64
                %v327 = arith.muli %v17, %v94 : i64
                %v328 = arith.addi %v326, %v327 : i64
                %v329 = arith.muli %v325, %v1 : i64
                %v330 = arith.addi %v328, %v329 : i64
                %v331 = llvm.getelementptr %dy_y[%v330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v332 = llvm.load %v331 : !llvm.ptr -> f32
                %v333 = llvm.load %v21 : !llvm.ptr -> f32
                %v334 = llvm.load %v22 : !llvm.ptr -> f32
                %v335 = arith.mulf %v334, %v333 fastmath<contract> : f32
                %v336 = arith.addf %v332, %v335 fastmath<contract> : f32
                llvm.store %v336, %v21 : f32, !llvm.ptr
                %v337 = arith.muli %v17, %v1 : i64
                %v338 = llvm.getelementptr %in_w[%v337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v339 = llvm.load %v338 : !llvm.ptr -> f32
                %v340 = arith.negf %v339 : f32
                %v341 = arith.mulf %v340, %v88 fastmath<contract> : f32
                %v342 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v341) : (f32) -> f32
                %v343 = arith.addf %v25, %v342 fastmath<contract> : f32
                %v344 = arith.divf %v25, %v343 : f32
                %v345 = arith.subf %v25, %v344 fastmath<contract> : f32
                %v346 = llvm.load %v21 : !llvm.ptr -> f32
                %v347 = arith.mulf %v345, %v346 fastmath<contract> : f32
                scf.if %v14 {
                  %v348 = arith.muli %v19, %v95 : i64
                  %v349 = arith.muli %v17, %v94 : i64
                  %v350 = arith.addi %v348, %v349 : i64
                  %v351 = arith.muli %v325, %v1 : i64
                  %v352 = arith.addi %v350, %v351 : i64
                  %v353 = llvm.getelementptr %dx_x[%v352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v347, %v353 : f32, !llvm.ptr
                }
                %v354 = arith.mulf %v290, %v346 fastmath<contract> : f32
                %v355 = arith.muli %v19, %v95 : i64
                %v356 = arith.muli %v17, %v94 : i64
                %v357 = arith.addi %v355, %v356 : i64
                %v358 = arith.muli %v325, %v1 : i64
                %v359 = arith.addi %v357, %v358 : i64
                %v360 = llvm.getelementptr %in_x[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v361 = llvm.load %v360 : !llvm.ptr -> f32
                %v362 = arith.mulf %v361, %v346 fastmath<contract> : f32
                %v363 = arith.negf %v362 : f32
                %v364 = arith.addf %v354, %v363 fastmath<contract> : f32
                %v365 = arith.mulf %v344, %v345 fastmath<contract> : f32
                %v366 = arith.mulf %v364, %v365 fastmath<contract> : f32
                %v367 = llvm.load %v23 : !llvm.ptr -> f32
                %v368 = arith.addf %v367, %v366 fastmath<contract> : f32
                llvm.store %v368, %v23 : f32, !llvm.ptr
                llvm.store %v344, %v22 : f32, !llvm.ptr
                %v369 = arith.addi %v120, %v268 : i64
                %v371 = arith.cmpi slt, %v370, %v314 : i32
                %v372 = arith.cmpi eq, %v370, %v320 : i32
                %v373 = arith.addi %v43, %v369 : i64
                %v374 = arith.muli %v19, %v95 : i64
                %v375 = arith.muli %v17, %v94 : i64
                %v376 = arith.addi %v374, %v375 : i64
                %v377 = arith.muli %v373, %v1 : i64
                %v378 = arith.addi %v376, %v377 : i64
                %v379 = llvm.getelementptr %dy_y[%v378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v380 = llvm.load %v379 : !llvm.ptr -> f32
                %v381 = llvm.load %v21 : !llvm.ptr -> f32
                %v382 = llvm.load %v22 : !llvm.ptr -> f32
                %v383 = arith.mulf %v382, %v381 fastmath<contract> : f32
                %v384 = arith.addf %v380, %v383 fastmath<contract> : f32
                llvm.store %v384, %v21 : f32, !llvm.ptr
                %v385 = arith.muli %v17, %v1 : i64
                %v386 = llvm.getelementptr %in_w[%v385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v387 = llvm.load %v386 : !llvm.ptr -> f32
                %v388 = arith.negf %v387 : f32
                %v389 = arith.mulf %v388, %v88 fastmath<contract> : f32
                %v390 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v389) : (f32) -> f32
                %v391 = arith.addf %v25, %v390 fastmath<contract> : f32
                %v392 = arith.divf %v25, %v391 : f32
                %v393 = arith.subf %v25, %v392 fastmath<contract> : f32
                %v394 = llvm.load %v21 : !llvm.ptr -> f32
                %v395 = arith.mulf %v393, %v394 fastmath<contract> : f32
                scf.if %v14 {
                  %v396 = arith.muli %v19, %v95 : i64
                  %v397 = arith.muli %v17, %v94 : i64
                  %v398 = arith.addi %v396, %v397 : i64
                  %v399 = arith.muli %v373, %v1 : i64
                  %v400 = arith.addi %v398, %v399 : i64
                  %v401 = llvm.getelementptr %dx_x[%v400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v395, %v401 : f32, !llvm.ptr
                }
                %v402 = arith.mulf %v267, %v394 fastmath<contract> : f32
                %v403 = arith.muli %v19, %v95 : i64
                %v404 = arith.muli %v17, %v94 : i64
                %v405 = arith.addi %v403, %v404 : i64
                %v406 = arith.muli %v373, %v1 : i64
                %v407 = arith.addi %v405, %v406 : i64
                %v408 = llvm.getelementptr %in_x[%v407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v409 = llvm.load %v408 : !llvm.ptr -> f32
                %v410 = arith.mulf %v409, %v394 fastmath<contract> : f32
                %v411 = arith.negf %v410 : f32
                %v412 = arith.addf %v402, %v411 fastmath<contract> : f32
                %v413 = arith.mulf %v392, %v393 fastmath<contract> : f32
                %v414 = arith.mulf %v412, %v413 fastmath<contract> : f32
                %v415 = llvm.load %v23 : !llvm.ptr -> f32
                %v416 = arith.addf %v415, %v414 fastmath<contract> : f32
                llvm.store %v416, %v23 : f32, !llvm.ptr
                llvm.store %v392, %v22 : f32, !llvm.ptr
                %v417 = arith.addi %v120, %v245 : i64
                %v419 = arith.cmpi slt, %v418, %v314 : i32
                %v420 = arith.cmpi eq, %v418, %v320 : i32
                %v421 = arith.addi %v43, %v417 : i64
                %v422 = arith.muli %v19, %v95 : i64
                %v423 = arith.muli %v17, %v94 : i64
                %v424 = arith.addi %v422, %v423 : i64
                %v425 = arith.muli %v421, %v1 : i64
                %v426 = arith.addi %v424, %v425 : i64
                %v427 = llvm.getelementptr %dy_y[%v426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v428 = llvm.load %v427 : !llvm.ptr -> f32
                %v429 = llvm.load %v21 : !llvm.ptr -> f32
                %v430 = llvm.load %v22 : !llvm.ptr -> f32
                %v431 = arith.mulf %v430, %v429 fastmath<contract> : f32
                %v432 = arith.addf %v428, %v431 fastmath<contract> : f32
                llvm.store %v432, %v21 : f32, !llvm.ptr
                %v433 = arith.muli %v17, %v1 : i64
                %v434 = llvm.getelementptr %in_w[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v435 = llvm.load %v434 : !llvm.ptr -> f32
                %v436 = arith.negf %v435 : f32
                %v437 = arith.mulf %v436, %v88 fastmath<contract> : f32
                %v438 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v437) : (f32) -> f32
                %v439 = arith.addf %v25, %v438 fastmath<contract> : f32
                %v440 = arith.divf %v25, %v439 : f32
                %v441 = arith.subf %v25, %v440 fastmath<contract> : f32
                %v442 = llvm.load %v21 : !llvm.ptr -> f32
                %v443 = arith.mulf %v441, %v442 fastmath<contract> : f32
                scf.if %v14 {
                  %v444 = arith.muli %v19, %v95 : i64
                  %v445 = arith.muli %v17, %v94 : i64
                  %v446 = arith.addi %v444, %v445 : i64
                  %v447 = arith.muli %v421, %v1 : i64
                  %v448 = arith.addi %v446, %v447 : i64
                  %v449 = llvm.getelementptr %dx_x[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v443, %v449 : f32, !llvm.ptr
                }
                %v450 = arith.mulf %v244, %v442 fastmath<contract> : f32
                %v451 = arith.muli %v19, %v95 : i64
                %v452 = arith.muli %v17, %v94 : i64
                %v453 = arith.addi %v451, %v452 : i64
                %v454 = arith.muli %v421, %v1 : i64
                %v455 = arith.addi %v453, %v454 : i64
                %v456 = llvm.getelementptr %in_x[%v455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v457 = llvm.load %v456 : !llvm.ptr -> f32
                %v458 = arith.mulf %v457, %v442 fastmath<contract> : f32
                %v459 = arith.negf %v458 : f32
                %v460 = arith.addf %v450, %v459 fastmath<contract> : f32
                %v461 = arith.mulf %v440, %v441 fastmath<contract> : f32
                %v462 = arith.mulf %v460, %v461 fastmath<contract> : f32
                %v463 = llvm.load %v23 : !llvm.ptr -> f32
                %v464 = arith.addf %v463, %v462 fastmath<contract> : f32
                llvm.store %v464, %v23 : f32, !llvm.ptr
                llvm.store %v440, %v22 : f32, !llvm.ptr
                %v465 = arith.addi %v120, %v222 : i64
                %v467 = arith.cmpi slt, %v466, %v314 : i32
                %v468 = arith.cmpi eq, %v466, %v320 : i32
                %v469 = arith.addi %v43, %v465 : i64
                %v470 = arith.muli %v19, %v95 : i64
                %v471 = arith.muli %v17, %v94 : i64
                %v472 = arith.addi %v470, %v471 : i64
                %v473 = arith.muli %v469, %v1 : i64
                %v474 = arith.addi %v472, %v473 : i64
                %v475 = llvm.getelementptr %dy_y[%v474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v476 = llvm.load %v475 : !llvm.ptr -> f32
                %v477 = llvm.load %v21 : !llvm.ptr -> f32
                %v478 = llvm.load %v22 : !llvm.ptr -> f32
                %v479 = arith.mulf %v478, %v477 fastmath<contract> : f32
                %v480 = arith.addf %v476, %v479 fastmath<contract> : f32
                llvm.store %v480, %v21 : f32, !llvm.ptr
                %v481 = arith.muli %v17, %v1 : i64
                %v482 = llvm.getelementptr %in_w[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v483 = llvm.load %v482 : !llvm.ptr -> f32
                %v484 = arith.negf %v483 : f32
                %v485 = arith.mulf %v484, %v88 fastmath<contract> : f32
                %v486 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v485) : (f32) -> f32
                %v487 = arith.addf %v25, %v486 fastmath<contract> : f32
                %v488 = arith.divf %v25, %v487 : f32
                %v489 = arith.subf %v25, %v488 fastmath<contract> : f32
                %v490 = llvm.load %v21 : !llvm.ptr -> f32
                %v491 = arith.mulf %v489, %v490 fastmath<contract> : f32
                scf.if %v14 {
                  %v492 = arith.muli %v19, %v95 : i64
                  %v493 = arith.muli %v17, %v94 : i64
                  %v494 = arith.addi %v492, %v493 : i64
                  %v495 = arith.muli %v469, %v1 : i64
                  %v496 = arith.addi %v494, %v495 : i64
                  %v497 = llvm.getelementptr %dx_x[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v491, %v497 : f32, !llvm.ptr
                }
                %v498 = arith.mulf %v221, %v490 fastmath<contract> : f32
                %v499 = arith.muli %v19, %v95 : i64
                %v500 = arith.muli %v17, %v94 : i64
                %v501 = arith.addi %v499, %v500 : i64
                %v502 = arith.muli %v469, %v1 : i64
                %v503 = arith.addi %v501, %v502 : i64
                %v504 = llvm.getelementptr %in_x[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v505 = llvm.load %v504 : !llvm.ptr -> f32
                %v506 = arith.mulf %v505, %v490 fastmath<contract> : f32
                %v507 = arith.negf %v506 : f32
                %v508 = arith.addf %v498, %v507 fastmath<contract> : f32
                %v509 = arith.mulf %v488, %v489 fastmath<contract> : f32
                %v510 = arith.mulf %v508, %v509 fastmath<contract> : f32
                %v511 = llvm.load %v23 : !llvm.ptr -> f32
                %v512 = arith.addf %v511, %v510 fastmath<contract> : f32
                llvm.store %v512, %v23 : f32, !llvm.ptr
                llvm.store %v488, %v22 : f32, !llvm.ptr
                %v513 = arith.addi %v120, %v199 : i64
                %v515 = arith.cmpi slt, %v514, %v314 : i32
                %v516 = arith.cmpi eq, %v514, %v320 : i32
                %v517 = arith.addi %v43, %v513 : i64
                %v518 = arith.muli %v19, %v95 : i64
                %v519 = arith.muli %v17, %v94 : i64
                %v520 = arith.addi %v518, %v519 : i64
                %v521 = arith.muli %v517, %v1 : i64
                %v522 = arith.addi %v520, %v521 : i64
                %v523 = llvm.getelementptr %dy_y[%v522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v524 = llvm.load %v523 : !llvm.ptr -> f32
                %v525 = llvm.load %v21 : !llvm.ptr -> f32
                %v526 = llvm.load %v22 : !llvm.ptr -> f32
                %v527 = arith.mulf %v526, %v525 fastmath<contract> : f32
                %v528 = arith.addf %v524, %v527 fastmath<contract> : f32
                llvm.store %v528, %v21 : f32, !llvm.ptr
                %v529 = arith.muli %v17, %v1 : i64
                %v530 = llvm.getelementptr %in_w[%v529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v531 = llvm.load %v530 : !llvm.ptr -> f32
                %v532 = arith.negf %v531 : f32
                %v533 = arith.mulf %v532, %v88 fastmath<contract> : f32
                %v534 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v533) : (f32) -> f32
                %v535 = arith.addf %v25, %v534 fastmath<contract> : f32
                %v536 = arith.divf %v25, %v535 : f32
                %v537 = arith.subf %v25, %v536 fastmath<contract> : f32
                %v538 = llvm.load %v21 : !llvm.ptr -> f32
                %v539 = arith.mulf %v537, %v538 fastmath<contract> : f32
                scf.if %v14 {
                  %v540 = arith.muli %v19, %v95 : i64
                  %v541 = arith.muli %v17, %v94 : i64
                  %v542 = arith.addi %v540, %v541 : i64
                  %v543 = arith.muli %v517, %v1 : i64
                  %v544 = arith.addi %v542, %v543 : i64
                  %v545 = llvm.getelementptr %dx_x[%v544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v539, %v545 : f32, !llvm.ptr
                }
                %v546 = arith.mulf %v198, %v538 fastmath<contract> : f32
                %v547 = arith.muli %v19, %v95 : i64
                %v548 = arith.muli %v17, %v94 : i64
                %v549 = arith.addi %v547, %v548 : i64
                %v550 = arith.muli %v517, %v1 : i64
                %v551 = arith.addi %v549, %v550 : i64
                %v552 = llvm.getelementptr %in_x[%v551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v553 = llvm.load %v552 : !llvm.ptr -> f32
                %v554 = arith.mulf %v553, %v538 fastmath<contract> : f32
                %v555 = arith.negf %v554 : f32
                %v556 = arith.addf %v546, %v555 fastmath<contract> : f32
                %v557 = arith.mulf %v536, %v537 fastmath<contract> : f32
                %v558 = arith.mulf %v556, %v557 fastmath<contract> : f32
                %v559 = llvm.load %v23 : !llvm.ptr -> f32
                %v560 = arith.addf %v559, %v558 fastmath<contract> : f32
                llvm.store %v560, %v23 : f32, !llvm.ptr
                llvm.store %v536, %v22 : f32, !llvm.ptr
                %v561 = arith.addi %v120, %v176 : i64
                %v563 = arith.cmpi slt, %v562, %v314 : i32
                %v564 = arith.cmpi eq, %v562, %v320 : i32
                %v565 = arith.addi %v43, %v561 : i64
                %v566 = arith.muli %v19, %v95 : i64
                %v567 = arith.muli %v17, %v94 : i64
                %v568 = arith.addi %v566, %v567 : i64
                %v569 = arith.muli %v565, %v1 : i64
                %v570 = arith.addi %v568, %v569 : i64
                %v571 = llvm.getelementptr %dy_y[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v572 = llvm.load %v571 : !llvm.ptr -> f32
                %v573 = llvm.load %v21 : !llvm.ptr -> f32
                %v574 = llvm.load %v22 : !llvm.ptr -> f32
                %v575 = arith.mulf %v574, %v573 fastmath<contract> : f32
                %v576 = arith.addf %v572, %v575 fastmath<contract> : f32
                llvm.store %v576, %v21 : f32, !llvm.ptr
                %v577 = arith.muli %v17, %v1 : i64
                %v578 = llvm.getelementptr %in_w[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v579 = llvm.load %v578 : !llvm.ptr -> f32
                %v580 = arith.negf %v579 : f32
                %v581 = arith.mulf %v580, %v88 fastmath<contract> : f32
                %v582 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v581) : (f32) -> f32
                %v583 = arith.addf %v25, %v582 fastmath<contract> : f32
                %v584 = arith.divf %v25, %v583 : f32
                %v585 = arith.subf %v25, %v584 fastmath<contract> : f32
                %v586 = llvm.load %v21 : !llvm.ptr -> f32
                %v587 = arith.mulf %v585, %v586 fastmath<contract> : f32
                scf.if %v14 {
                  %v588 = arith.muli %v19, %v95 : i64
                  %v589 = arith.muli %v17, %v94 : i64
                  %v590 = arith.addi %v588, %v589 : i64
                  %v591 = arith.muli %v565, %v1 : i64
                  %v592 = arith.addi %v590, %v591 : i64
                  %v593 = llvm.getelementptr %dx_x[%v592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v587, %v593 : f32, !llvm.ptr
                }
                %v594 = arith.mulf %v175, %v586 fastmath<contract> : f32
                %v595 = arith.muli %v19, %v95 : i64
                %v596 = arith.muli %v17, %v94 : i64
                %v597 = arith.addi %v595, %v596 : i64
                %v598 = arith.muli %v565, %v1 : i64
                %v599 = arith.addi %v597, %v598 : i64
                %v600 = llvm.getelementptr %in_x[%v599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v601 = llvm.load %v600 : !llvm.ptr -> f32
                %v602 = arith.mulf %v601, %v586 fastmath<contract> : f32
                %v603 = arith.negf %v602 : f32
                %v604 = arith.addf %v594, %v603 fastmath<contract> : f32
                %v605 = arith.mulf %v584, %v585 fastmath<contract> : f32
                %v606 = arith.mulf %v604, %v605 fastmath<contract> : f32
                %v607 = llvm.load %v23 : !llvm.ptr -> f32
                %v608 = arith.addf %v607, %v606 fastmath<contract> : f32
                llvm.store %v608, %v23 : f32, !llvm.ptr
                llvm.store %v584, %v22 : f32, !llvm.ptr
                %v609 = arith.addi %v120, %v1 : i64
                %v611 = arith.cmpi slt, %v610, %v314 : i32
                %v612 = arith.cmpi eq, %v610, %v320 : i32
                %v613 = arith.addi %v43, %v609 : i64
                %v614 = arith.muli %v19, %v95 : i64
                %v615 = arith.muli %v17, %v94 : i64
                %v616 = arith.addi %v614, %v615 : i64
                %v617 = arith.muli %v613, %v1 : i64
                %v618 = arith.addi %v616, %v617 : i64
                %v619 = llvm.getelementptr %dy_y[%v618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v620 = llvm.load %v619 : !llvm.ptr -> f32
                %v621 = llvm.load %v21 : !llvm.ptr -> f32
                %v622 = llvm.load %v22 : !llvm.ptr -> f32
                %v623 = arith.mulf %v622, %v621 fastmath<contract> : f32
                %v624 = arith.addf %v620, %v623 fastmath<contract> : f32
                llvm.store %v624, %v21 : f32, !llvm.ptr
                %v625 = arith.muli %v17, %v1 : i64
                %v626 = llvm.getelementptr %in_w[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v627 = llvm.load %v626 : !llvm.ptr -> f32
                %v628 = arith.negf %v627 : f32
                %v629 = arith.mulf %v628, %v88 fastmath<contract> : f32
                %v630 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v629) : (f32) -> f32
                %v631 = arith.addf %v25, %v630 fastmath<contract> : f32
                %v632 = arith.divf %v25, %v631 : f32
                %v633 = arith.subf %v25, %v632 fastmath<contract> : f32
                %v634 = llvm.load %v21 : !llvm.ptr -> f32
                %v635 = arith.mulf %v633, %v634 fastmath<contract> : f32
                scf.if %v14 {
                  %v636 = arith.muli %v19, %v95 : i64
                  %v637 = arith.muli %v17, %v94 : i64
                  %v638 = arith.addi %v636, %v637 : i64
                  %v639 = arith.muli %v613, %v1 : i64
                  %v640 = arith.addi %v638, %v639 : i64
                  %v641 = llvm.getelementptr %dx_x[%v640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v635, %v641 : f32, !llvm.ptr
                }
                %v642 = arith.mulf %v153, %v634 fastmath<contract> : f32
                %v643 = arith.muli %v19, %v95 : i64
                %v644 = arith.muli %v17, %v94 : i64
                %v645 = arith.addi %v643, %v644 : i64
                %v646 = arith.muli %v613, %v1 : i64
                %v647 = arith.addi %v645, %v646 : i64
                %v648 = llvm.getelementptr %in_x[%v647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v649 = llvm.load %v648 : !llvm.ptr -> f32
                %v650 = arith.mulf %v649, %v634 fastmath<contract> : f32
                %v651 = arith.negf %v650 : f32
                %v652 = arith.addf %v642, %v651 fastmath<contract> : f32
                %v653 = arith.mulf %v632, %v633 fastmath<contract> : f32
                %v654 = arith.mulf %v652, %v653 fastmath<contract> : f32
                %v655 = llvm.load %v23 : !llvm.ptr -> f32
                %v656 = arith.addf %v655, %v654 fastmath<contract> : f32
                llvm.store %v656, %v23 : f32, !llvm.ptr
                llvm.store %v632, %v22 : f32, !llvm.ptr
                %v657 = arith.addi %v120, %v26 : i64
                %v659 = arith.cmpi slt, %v658, %v314 : i32
                %v660 = arith.cmpi eq, %v658, %v320 : i32
                %v661 = arith.addi %v43, %v657 : i64
                %v662 = arith.muli %v19, %v95 : i64
                %v663 = arith.muli %v17, %v94 : i64
                %v664 = arith.addi %v662, %v663 : i64
                %v665 = arith.muli %v661, %v1 : i64
                %v666 = arith.addi %v664, %v665 : i64
                %v667 = llvm.getelementptr %dy_y[%v666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v668 = llvm.load %v667 : !llvm.ptr -> f32
                %v669 = llvm.load %v21 : !llvm.ptr -> f32
                %v670 = llvm.load %v22 : !llvm.ptr -> f32
                %v671 = arith.mulf %v670, %v669 fastmath<contract> : f32
                %v672 = arith.addf %v668, %v671 fastmath<contract> : f32
                llvm.store %v672, %v21 : f32, !llvm.ptr
                %v673 = arith.muli %v17, %v1 : i64
                %v674 = llvm.getelementptr %in_w[%v673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v675 = llvm.load %v674 : !llvm.ptr -> f32
                %v676 = arith.negf %v675 : f32
                %v677 = arith.mulf %v676, %v88 fastmath<contract> : f32
                %v678 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v677) : (f32) -> f32
                %v679 = arith.addf %v25, %v678 fastmath<contract> : f32
                %v680 = arith.divf %v25, %v679 : f32
                %v681 = arith.subf %v25, %v680 fastmath<contract> : f32
                %v682 = llvm.load %v21 : !llvm.ptr -> f32
                %v683 = arith.mulf %v681, %v682 fastmath<contract> : f32
                scf.if %v14 {
                  %v684 = arith.muli %v19, %v95 : i64
                  %v685 = arith.muli %v17, %v94 : i64
                  %v686 = arith.addi %v684, %v685 : i64
                  %v687 = arith.muli %v661, %v1 : i64
                  %v688 = arith.addi %v686, %v687 : i64
                  %v689 = llvm.getelementptr %dx_x[%v688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v683, %v689 : f32, !llvm.ptr
                }
                %v690 = arith.mulf %v131, %v682 fastmath<contract> : f32
                %v691 = arith.muli %v19, %v95 : i64
                %v692 = arith.muli %v17, %v94 : i64
                %v693 = arith.addi %v691, %v692 : i64
                %v694 = arith.muli %v661, %v1 : i64
                %v695 = arith.addi %v693, %v694 : i64
                %v696 = llvm.getelementptr %in_x[%v695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v697 = llvm.load %v696 : !llvm.ptr -> f32
                %v698 = arith.mulf %v697, %v682 fastmath<contract> : f32
                %v699 = arith.negf %v698 : f32
                %v700 = arith.addf %v690, %v699 fastmath<contract> : f32
                %v701 = arith.mulf %v680, %v681 fastmath<contract> : f32
                %v702 = arith.mulf %v700, %v701 fastmath<contract> : f32
                %v703 = llvm.load %v23 : !llvm.ptr -> f32
                %v704 = arith.addf %v703, %v702 fastmath<contract> : f32
                llvm.store %v704, %v23 : f32, !llvm.ptr
                llvm.store %v680, %v22 : f32, !llvm.ptr
              } else {
                %v705 = arith.subi %v45, %v1 : i64
                %v706 = arith.muli %v119, %v3 : i64
                %v707 = arith.subi %v3, %v1 : i64
                %v708 = arith.minsi %v13, %v707 : i64
                %v709 = arith.addi %v706, %v708 : i64
                %v710 = arith.muli %v709, %v1 : i64
                %v711 = arith.addi %v710, %v26 : i64
                %v712 = llvm.getelementptr %scratch_h[%v711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v713 = llvm.load %v712 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v714 = arith.addi %v120, %v26 : i64
                %v715 = arith.minsi %v714, %v705 : i64
                %v716 = arith.addi %v43, %v715 : i64
                %v717 = arith.muli %v17, %v1 : i64
                %v718 = llvm.getelementptr %in_w[%v717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v719 = llvm.load %v718 : !llvm.ptr -> f32
                %v720 = arith.negf %v719 : f32
                %v721 = arith.mulf %v720, %v88 fastmath<contract> : f32
                %v722 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v721) : (f32) -> f32
                %v723 = arith.addf %v25, %v722 fastmath<contract> : f32
                %v724 = arith.divf %v25, %v723 : f32
                %v725 = arith.subf %v25, %v724 fastmath<contract> : f32
                %v726 = arith.muli %v19, %v95 : i64
                %v727 = arith.muli %v17, %v94 : i64
                %v728 = arith.addi %v726, %v727 : i64
                %v729 = arith.muli %v716, %v1 : i64
                %v730 = arith.addi %v728, %v729 : i64
                %v731 = llvm.getelementptr %in_x[%v730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v732 = llvm.load %v731 : !llvm.ptr -> f32
                %v733 = arith.mulf %v725, %v732 fastmath<contract> : f32
                %v734 = arith.mulf %v724, %v713 fastmath<contract> : f32
                %v735 = arith.addf %v734, %v733 fastmath<contract> : f32
                %v736 = arith.addi %v120, %v1 : i64
                %v737 = arith.minsi %v736, %v705 : i64
                %v738 = arith.addi %v43, %v737 : i64
                %v739 = arith.muli %v17, %v1 : i64
                %v740 = llvm.getelementptr %in_w[%v739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v741 = llvm.load %v740 : !llvm.ptr -> f32
                %v742 = arith.negf %v741 : f32
                %v743 = arith.mulf %v742, %v88 fastmath<contract> : f32
                %v744 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v743) : (f32) -> f32
                %v745 = arith.addf %v25, %v744 fastmath<contract> : f32
                %v746 = arith.divf %v25, %v745 : f32
                %v747 = arith.subf %v25, %v746 fastmath<contract> : f32
                %v748 = arith.muli %v19, %v95 : i64
                %v749 = arith.muli %v17, %v94 : i64
                %v750 = arith.addi %v748, %v749 : i64
                %v751 = arith.muli %v738, %v1 : i64
                %v752 = arith.addi %v750, %v751 : i64
                %v753 = llvm.getelementptr %in_x[%v752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v754 = llvm.load %v753 : !llvm.ptr -> f32
                %v755 = arith.mulf %v747, %v754 fastmath<contract> : f32
                %v756 = arith.mulf %v746, %v735 fastmath<contract> : f32
                %v757 = arith.addf %v756, %v755 fastmath<contract> : f32
                %v758 = arith.addi %v120, %v176 : i64
                %v759 = arith.minsi %v758, %v705 : i64
                %v760 = arith.addi %v43, %v759 : i64
                %v761 = arith.muli %v17, %v1 : i64
                %v762 = llvm.getelementptr %in_w[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v763 = llvm.load %v762 : !llvm.ptr -> f32
                %v764 = arith.negf %v763 : f32
                %v765 = arith.mulf %v764, %v88 fastmath<contract> : f32
                %v766 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v765) : (f32) -> f32
                %v767 = arith.addf %v25, %v766 fastmath<contract> : f32
                %v768 = arith.divf %v25, %v767 : f32
                %v769 = arith.subf %v25, %v768 fastmath<contract> : f32
                %v770 = arith.muli %v19, %v95 : i64
                %v771 = arith.muli %v17, %v94 : i64
                %v772 = arith.addi %v770, %v771 : i64
                %v773 = arith.muli %v760, %v1 : i64
                %v774 = arith.addi %v772, %v773 : i64
                %v775 = llvm.getelementptr %in_x[%v774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v776 = llvm.load %v775 : !llvm.ptr -> f32
                %v777 = arith.mulf %v769, %v776 fastmath<contract> : f32
                %v778 = arith.mulf %v768, %v757 fastmath<contract> : f32
                %v779 = arith.addf %v778, %v777 fastmath<contract> : f32
                %v780 = arith.addi %v120, %v199 : i64
                %v781 = arith.minsi %v780, %v705 : i64
                %v782 = arith.addi %v43, %v781 : i64
                %v783 = arith.muli %v17, %v1 : i64
                %v784 = llvm.getelementptr %in_w[%v783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v785 = llvm.load %v784 : !llvm.ptr -> f32
                %v786 = arith.negf %v785 : f32
                %v787 = arith.mulf %v786, %v88 fastmath<contract> : f32
                %v788 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v787) : (f32) -> f32
                %v789 = arith.addf %v25, %v788 fastmath<contract> : f32
                %v790 = arith.divf %v25, %v789 : f32
                %v791 = arith.subf %v25, %v790 fastmath<contract> : f32
                %v792 = arith.muli %v19, %v95 : i64
                %v793 = arith.muli %v17, %v94 : i64
                %v794 = arith.addi %v792, %v793 : i64
                %v795 = arith.muli %v782, %v1 : i64
                %v796 = arith.addi %v794, %v795 : i64
                %v797 = llvm.getelementptr %in_x[%v796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v798 = llvm.load %v797 : !llvm.ptr -> f32
                %v799 = arith.mulf %v791, %v798 fastmath<contract> : f32
                %v800 = arith.mulf %v790, %v779 fastmath<contract> : f32
                %v801 = arith.addf %v800, %v799 fastmath<contract> : f32
                %v802 = arith.addi %v120, %v222 : i64
                %v803 = arith.minsi %v802, %v705 : i64
                %v804 = arith.addi %v43, %v803 : i64
                %v805 = arith.muli %v17, %v1 : i64
                %v806 = llvm.getelementptr %in_w[%v805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v807 = llvm.load %v806 : !llvm.ptr -> f32
                %v808 = arith.negf %v807 : f32
                %v809 = arith.mulf %v808, %v88 fastmath<contract> : f32
                %v810 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v809) : (f32) -> f32
                %v811 = arith.addf %v25, %v810 fastmath<contract> : f32
                %v812 = arith.divf %v25, %v811 : f32
                %v813 = arith.subf %v25, %v812 fastmath<contract> : f32
                %v814 = arith.muli %v19, %v95 : i64
                %v815 = arith.muli %v17, %v94 : i64
                %v816 = arith.addi %v814, %v815 : i64
                %v817 = arith.muli %v804, %v1 : i64
                %v818 = arith.addi %v816, %v817 : i64
                %v819 = llvm.getelementptr %in_x[%v818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v820 = llvm.load %v819 : !llvm.ptr -> f32
                %v821 = arith.mulf %v813, %v820 fastmath<contract> : f32
                %v822 = arith.mulf %v812, %v801 fastmath<contract> : f32
                %v823 = arith.addf %v822, %v821 fastmath<contract> : f32
                %v824 = arith.addi %v120, %v245 : i64
                %v825 = arith.minsi %v824, %v705 : i64
                %v826 = arith.addi %v43, %v825 : i64
                %v827 = arith.muli %v17, %v1 : i64
                %v828 = llvm.getelementptr %in_w[%v827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v829 = llvm.load %v828 : !llvm.ptr -> f32
                %v830 = arith.negf %v829 : f32
                %v831 = arith.mulf %v830, %v88 fastmath<contract> : f32
                %v832 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v831) : (f32) -> f32
                %v833 = arith.addf %v25, %v832 fastmath<contract> : f32
                %v834 = arith.divf %v25, %v833 : f32
                %v835 = arith.subf %v25, %v834 fastmath<contract> : f32
                %v836 = arith.muli %v19, %v95 : i64
                %v837 = arith.muli %v17, %v94 : i64
                %v838 = arith.addi %v836, %v837 : i64
                %v839 = arith.muli %v826, %v1 : i64
                %v840 = arith.addi %v838, %v839 : i64
                %v841 = llvm.getelementptr %in_x[%v840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v842 = llvm.load %v841 : !llvm.ptr -> f32
                %v843 = arith.mulf %v835, %v842 fastmath<contract> : f32
                %v844 = arith.mulf %v834, %v823 fastmath<contract> : f32
                %v845 = arith.addf %v844, %v843 fastmath<contract> : f32
                %v846 = arith.addi %v120, %v268 : i64
                %v847 = arith.minsi %v846, %v705 : i64
                %v848 = arith.addi %v43, %v847 : i64
                %v849 = arith.muli %v17, %v1 : i64
                %v850 = llvm.getelementptr %in_w[%v849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v851 = llvm.load %v850 : !llvm.ptr -> f32
                %v852 = arith.negf %v851 : f32
                %v853 = arith.mulf %v852, %v88 fastmath<contract> : f32
                %v854 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v853) : (f32) -> f32
                %v855 = arith.addf %v25, %v854 fastmath<contract> : f32
                %v856 = arith.divf %v25, %v855 : f32
                %v857 = arith.subf %v25, %v856 fastmath<contract> : f32
                %v858 = arith.muli %v19, %v95 : i64
                %v859 = arith.muli %v17, %v94 : i64
                %v860 = arith.addi %v858, %v859 : i64
                %v861 = arith.muli %v848, %v1 : i64
                %v862 = arith.addi %v860, %v861 : i64
                %v863 = llvm.getelementptr %in_x[%v862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v864 = llvm.load %v863 : !llvm.ptr -> f32
                %v865 = arith.mulf %v857, %v864 fastmath<contract> : f32
                %v866 = arith.mulf %v856, %v845 fastmath<contract> : f32
                %v867 = arith.addf %v866, %v865 fastmath<contract> : f32
                %v868 = arith.addi %v120, %v30 : i64
                %v869 = arith.minsi %v868, %v705 : i64
                %v870 = arith.addi %v43, %v869 : i64
                %v871 = arith.muli %v17, %v1 : i64
                %v872 = llvm.getelementptr %in_w[%v871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v873 = llvm.load %v872 : !llvm.ptr -> f32
                %v874 = arith.negf %v873 : f32
                %v875 = arith.mulf %v874, %v88 fastmath<contract> : f32
                %v876 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v875) : (f32) -> f32
                %v877 = arith.addf %v25, %v876 fastmath<contract> : f32
                %v878 = arith.divf %v25, %v877 : f32
                %v879 = arith.subf %v25, %v878 fastmath<contract> : f32
                %v880 = arith.muli %v19, %v95 : i64
                %v881 = arith.muli %v17, %v94 : i64
                %v882 = arith.addi %v880, %v881 : i64
                %v883 = arith.muli %v870, %v1 : i64
                %v884 = arith.addi %v882, %v883 : i64
                %v885 = llvm.getelementptr %in_x[%v884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v886 = llvm.load %v885 : !llvm.ptr -> f32
                %v887 = arith.mulf %v879, %v886 fastmath<contract> : f32
                %v888 = arith.mulf %v878, %v867 fastmath<contract> : f32
                %v889 = arith.addf %v888, %v887 fastmath<contract> : f32
                %v890 = arith.subi %v45, %v120 : i64
                %v891 = arith.trunci %v890 : i64 to i32
                %v892 = arith.subi %size_L, %v1 : i64
                %v893 = arith.addi %v43, %v120 : i64
                %v894 = arith.subi %v892, %v893 : i64
                %v895 = arith.minsi %v894, %v318 : i64
                %v896 = arith.trunci %v895 : i64 to i32
                %v897 = arith.addi %v120, %v30 : i64
                %v898 = arith.cmpi slt, %v322, %v891 : i32
                %v899 = arith.cmpi eq, %v322, %v896 : i32
                scf.if %v898 {
                  %v900 = arith.addi %v43, %v897 : i64
                  %v901 = arith.muli %v19, %v95 : i64
                  %v902 = arith.muli %v17, %v94 : i64
                  %v903 = arith.addi %v901, %v902 : i64
                  %v904 = arith.muli %v900, %v1 : i64
                  %v905 = arith.addi %v903, %v904 : i64
                  %v906 = llvm.getelementptr %dy_y[%v905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v907 = llvm.load %v906 : !llvm.ptr -> f32
                  %v908 = llvm.load %v21 : !llvm.ptr -> f32
                  %v909 = llvm.load %v22 : !llvm.ptr -> f32
                  %v910 = arith.mulf %v909, %v908 fastmath<contract> : f32
                  %v911 = arith.addf %v907, %v910 fastmath<contract> : f32
                  llvm.store %v911, %v21 : f32, !llvm.ptr
                  %v912 = arith.muli %v17, %v1 : i64
                  %v913 = llvm.getelementptr %in_w[%v912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v914 = llvm.load %v913 : !llvm.ptr -> f32
                  %v915 = arith.negf %v914 : f32
                  %v916 = arith.mulf %v915, %v88 fastmath<contract> : f32
                  %v917 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v916) : (f32) -> f32
                  %v918 = arith.addf %v25, %v917 fastmath<contract> : f32
                  %v919 = arith.divf %v25, %v918 : f32
                  %v920 = arith.subf %v25, %v919 fastmath<contract> : f32
                  %v921 = llvm.load %v21 : !llvm.ptr -> f32
                  %v922 = arith.mulf %v920, %v921 fastmath<contract> : f32
                  scf.if %v14 {
                    %v923 = arith.muli %v19, %v95 : i64
                    %v924 = arith.muli %v17, %v94 : i64
                    %v925 = arith.addi %v923, %v924 : i64
                    %v926 = arith.muli %v900, %v1 : i64
                    %v927 = arith.addi %v925, %v926 : i64
                    %v928 = llvm.getelementptr %dx_x[%v927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v922, %v928 : f32, !llvm.ptr
                  }
                  %v929 = arith.mulf %v867, %v921 fastmath<contract> : f32
                  %v930 = arith.muli %v19, %v95 : i64
                  %v931 = arith.muli %v17, %v94 : i64
                  %v932 = arith.addi %v930, %v931 : i64
                  %v933 = arith.muli %v900, %v1 : i64
                  %v934 = arith.addi %v932, %v933 : i64
                  %v935 = llvm.getelementptr %in_x[%v934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v936 = llvm.load %v935 : !llvm.ptr -> f32
                  %v937 = arith.mulf %v936, %v921 fastmath<contract> : f32
                  %v938 = arith.negf %v937 : f32
                  %v939 = arith.addf %v929, %v938 fastmath<contract> : f32
                  %v940 = arith.mulf %v919, %v920 fastmath<contract> : f32
                  %v941 = arith.mulf %v939, %v940 fastmath<contract> : f32
                  %v942 = llvm.load %v23 : !llvm.ptr -> f32
                  %v943 = arith.addf %v942, %v941 fastmath<contract> : f32
                  llvm.store %v943, %v23 : f32, !llvm.ptr
                  llvm.store %v919, %v22 : f32, !llvm.ptr
                }
                %v944 = arith.addi %v120, %v268 : i64
                %v945 = arith.cmpi slt, %v370, %v891 : i32
                %v946 = arith.cmpi eq, %v370, %v896 : i32
                scf.if %v945 {
                  %v947 = arith.addi %v43, %v944 : i64
                  %v948 = arith.muli %v19, %v95 : i64
                  %v949 = arith.muli %v17, %v94 : i64
                  %v950 = arith.addi %v948, %v949 : i64
                  %v951 = arith.muli %v947, %v1 : i64
                  %v952 = arith.addi %v950, %v951 : i64
                  %v953 = llvm.getelementptr %dy_y[%v952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v954 = llvm.load %v953 : !llvm.ptr -> f32
                  %v955 = llvm.load %v21 : !llvm.ptr -> f32
                  %v956 = llvm.load %v22 : !llvm.ptr -> f32
                  %v957 = arith.mulf %v956, %v955 fastmath<contract> : f32
                  %v958 = arith.addf %v954, %v957 fastmath<contract> : f32
                  llvm.store %v958, %v21 : f32, !llvm.ptr
                  %v959 = arith.muli %v17, %v1 : i64
                  %v960 = llvm.getelementptr %in_w[%v959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v961 = llvm.load %v960 : !llvm.ptr -> f32
                  %v962 = arith.negf %v961 : f32
                  %v963 = arith.mulf %v962, %v88 fastmath<contract> : f32
                  %v964 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v963) : (f32) -> f32
                  %v965 = arith.addf %v25, %v964 fastmath<contract> : f32
                  %v966 = arith.divf %v25, %v965 : f32
                  %v967 = arith.subf %v25, %v966 fastmath<contract> : f32
                  %v968 = llvm.load %v21 : !llvm.ptr -> f32
                  %v969 = arith.mulf %v967, %v968 fastmath<contract> : f32
                  scf.if %v14 {
                    %v970 = arith.muli %v19, %v95 : i64
                    %v971 = arith.muli %v17, %v94 : i64
                    %v972 = arith.addi %v970, %v971 : i64
                    %v973 = arith.muli %v947, %v1 : i64
                    %v974 = arith.addi %v972, %v973 : i64
                    %v975 = llvm.getelementptr %dx_x[%v974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v969, %v975 : f32, !llvm.ptr
                  }
                  %v976 = arith.mulf %v845, %v968 fastmath<contract> : f32
                  %v977 = arith.muli %v19, %v95 : i64
                  %v978 = arith.muli %v17, %v94 : i64
                  %v979 = arith.addi %v977, %v978 : i64
                  %v980 = arith.muli %v947, %v1 : i64
                  %v981 = arith.addi %v979, %v980 : i64
                  %v982 = llvm.getelementptr %in_x[%v981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v983 = llvm.load %v982 : !llvm.ptr -> f32
                  %v984 = arith.mulf %v983, %v968 fastmath<contract> : f32
                  %v985 = arith.negf %v984 : f32
                  %v986 = arith.addf %v976, %v985 fastmath<contract> : f32
                  %v987 = arith.mulf %v966, %v967 fastmath<contract> : f32
                  %v988 = arith.mulf %v986, %v987 fastmath<contract> : f32
                  %v989 = llvm.load %v23 : !llvm.ptr -> f32
                  %v990 = arith.addf %v989, %v988 fastmath<contract> : f32
                  llvm.store %v990, %v23 : f32, !llvm.ptr
                  llvm.store %v966, %v22 : f32, !llvm.ptr
                }
                %v991 = arith.addi %v120, %v245 : i64
                %v992 = arith.cmpi slt, %v418, %v891 : i32
                %v993 = arith.cmpi eq, %v418, %v896 : i32
                scf.if %v992 {
                  %v994 = arith.addi %v43, %v991 : i64
                  %v995 = arith.muli %v19, %v95 : i64
                  %v996 = arith.muli %v17, %v94 : i64
                  %v997 = arith.addi %v995, %v996 : i64
                  %v998 = arith.muli %v994, %v1 : i64
                  %v999 = arith.addi %v997, %v998 : i64
                  %v1000 = llvm.getelementptr %dy_y[%v999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1001 = llvm.load %v1000 : !llvm.ptr -> f32
                  %v1002 = llvm.load %v21 : !llvm.ptr -> f32
                  %v1003 = llvm.load %v22 : !llvm.ptr -> f32
                  %v1004 = arith.mulf %v1003, %v1002 fastmath<contract> : f32
                  %v1005 = arith.addf %v1001, %v1004 fastmath<contract> : f32
                  llvm.store %v1005, %v21 : f32, !llvm.ptr
                  %v1006 = arith.muli %v17, %v1 : i64
                  %v1007 = llvm.getelementptr %in_w[%v1006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1008 = llvm.load %v1007 : !llvm.ptr -> f32
                  %v1009 = arith.negf %v1008 : f32
                  %v1010 = arith.mulf %v1009, %v88 fastmath<contract> : f32
                  %v1011 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1010) : (f32) -> f32
                  %v1012 = arith.addf %v25, %v1011 fastmath<contract> : f32
                  %v1013 = arith.divf %v25, %v1012 : f32
                  %v1014 = arith.subf %v25, %v1013 fastmath<contract> : f32
                  %v1015 = llvm.load %v21 : !llvm.ptr -> f32
                  %v1016 = arith.mulf %v1014, %v1015 fastmath<contract> : f32
                  scf.if %v14 {
                    %v1017 = arith.muli %v19, %v95 : i64
                    %v1018 = arith.muli %v17, %v94 : i64
                    %v1019 = arith.addi %v1017, %v1018 : i64
                    %v1020 = arith.muli %v994, %v1 : i64
                    %v1021 = arith.addi %v1019, %v1020 : i64
                    %v1022 = llvm.getelementptr %dx_x[%v1021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1016, %v1022 : f32, !llvm.ptr
                  }
                  %v1023 = arith.mulf %v823, %v1015 fastmath<contract> : f32
                  %v1024 = arith.muli %v19, %v95 : i64
                  %v1025 = arith.muli %v17, %v94 : i64
                  %v1026 = arith.addi %v1024, %v1025 : i64
                  %v1027 = arith.muli %v994, %v1 : i64
                  %v1028 = arith.addi %v1026, %v1027 : i64
                  %v1029 = llvm.getelementptr %in_x[%v1028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1030 = llvm.load %v1029 : !llvm.ptr -> f32
                  %v1031 = arith.mulf %v1030, %v1015 fastmath<contract> : f32
                  %v1032 = arith.negf %v1031 : f32
                  %v1033 = arith.addf %v1023, %v1032 fastmath<contract> : f32
                  %v1034 = arith.mulf %v1013, %v1014 fastmath<contract> : f32
                  %v1035 = arith.mulf %v1033, %v1034 fastmath<contract> : f32
                  %v1036 = llvm.load %v23 : !llvm.ptr -> f32
                  %v1037 = arith.addf %v1036, %v1035 fastmath<contract> : f32
                  llvm.store %v1037, %v23 : f32, !llvm.ptr
                  llvm.store %v1013, %v22 : f32, !llvm.ptr
                }
                %v1038 = arith.addi %v120, %v222 : i64
                %v1039 = arith.cmpi slt, %v466, %v891 : i32
                %v1040 = arith.cmpi eq, %v466, %v896 : i32
                scf.if %v1039 {
                  %v1041 = arith.addi %v43, %v1038 : i64
                  %v1042 = arith.muli %v19, %v95 : i64
                  %v1043 = arith.muli %v17, %v94 : i64
                  %v1044 = arith.addi %v1042, %v1043 : i64
                  %v1045 = arith.muli %v1041, %v1 : i64
                  %v1046 = arith.addi %v1044, %v1045 : i64
                  %v1047 = llvm.getelementptr %dy_y[%v1046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1048 = llvm.load %v1047 : !llvm.ptr -> f32
                  %v1049 = llvm.load %v21 : !llvm.ptr -> f32
                  %v1050 = llvm.load %v22 : !llvm.ptr -> f32
                  %v1051 = arith.mulf %v1050, %v1049 fastmath<contract> : f32
                  %v1052 = arith.addf %v1048, %v1051 fastmath<contract> : f32
                  llvm.store %v1052, %v21 : f32, !llvm.ptr
                  %v1053 = arith.muli %v17, %v1 : i64
                  %v1054 = llvm.getelementptr %in_w[%v1053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1055 = llvm.load %v1054 : !llvm.ptr -> f32
                  %v1056 = arith.negf %v1055 : f32
                  %v1057 = arith.mulf %v1056, %v88 fastmath<contract> : f32
                  %v1058 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1057) : (f32) -> f32
                  %v1059 = arith.addf %v25, %v1058 fastmath<contract> : f32
                  %v1060 = arith.divf %v25, %v1059 : f32
                  %v1061 = arith.subf %v25, %v1060 fastmath<contract> : f32
                  %v1062 = llvm.load %v21 : !llvm.ptr -> f32
                  %v1063 = arith.mulf %v1061, %v1062 fastmath<contract> : f32
                  scf.if %v14 {
                    %v1064 = arith.muli %v19, %v95 : i64
                    %v1065 = arith.muli %v17, %v94 : i64
                    %v1066 = arith.addi %v1064, %v1065 : i64
                    %v1067 = arith.muli %v1041, %v1 : i64
                    %v1068 = arith.addi %v1066, %v1067 : i64
                    %v1069 = llvm.getelementptr %dx_x[%v1068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1063, %v1069 : f32, !llvm.ptr
                  }
                  %v1070 = arith.mulf %v801, %v1062 fastmath<contract> : f32
                  %v1071 = arith.muli %v19, %v95 : i64
                  %v1072 = arith.muli %v17, %v94 : i64
                  %v1073 = arith.addi %v1071, %v1072 : i64
                  %v1074 = arith.muli %v1041, %v1 : i64
                  %v1075 = arith.addi %v1073, %v1074 : i64
                  %v1076 = llvm.getelementptr %in_x[%v1075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1077 = llvm.load %v1076 : !llvm.ptr -> f32
                  %v1078 = arith.mulf %v1077, %v1062 fastmath<contract> : f32
                  %v1079 = arith.negf %v1078 : f32
                  %v1080 = arith.addf %v1070, %v1079 fastmath<contract> : f32
                  %v1081 = arith.mulf %v1060, %v1061 fastmath<contract> : f32
                  %v1082 = arith.mulf %v1080, %v1081 fastmath<contract> : f32
                  %v1083 = llvm.load %v23 : !llvm.ptr -> f32
                  %v1084 = arith.addf %v1083, %v1082 fastmath<contract> : f32
                  llvm.store %v1084, %v23 : f32, !llvm.ptr
                  llvm.store %v1060, %v22 : f32, !llvm.ptr
                }
                %v1085 = arith.addi %v120, %v199 : i64
                %v1086 = arith.cmpi slt, %v514, %v891 : i32
                %v1087 = arith.cmpi eq, %v514, %v896 : i32
                scf.if %v1086 {
                  %v1088 = arith.addi %v43, %v1085 : i64
                  %v1089 = arith.muli %v19, %v95 : i64
                  %v1090 = arith.muli %v17, %v94 : i64
                  %v1091 = arith.addi %v1089, %v1090 : i64
                  %v1092 = arith.muli %v1088, %v1 : i64
                  %v1093 = arith.addi %v1091, %v1092 : i64
                  %v1094 = llvm.getelementptr %dy_y[%v1093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1095 = llvm.load %v1094 : !llvm.ptr -> f32
                  %v1096 = llvm.load %v21 : !llvm.ptr -> f32
                  %v1097 = llvm.load %v22 : !llvm.ptr -> f32
                  %v1098 = arith.mulf %v1097, %v1096 fastmath<contract> : f32
                  %v1099 = arith.addf %v1095, %v1098 fastmath<contract> : f32
                  llvm.store %v1099, %v21 : f32, !llvm.ptr
                  %v1100 = arith.muli %v17, %v1 : i64
                  %v1101 = llvm.getelementptr %in_w[%v1100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1102 = llvm.load %v1101 : !llvm.ptr -> f32
                  %v1103 = arith.negf %v1102 : f32
                  %v1104 = arith.mulf %v1103, %v88 fastmath<contract> : f32
                  %v1105 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1104) : (f32) -> f32
                  %v1106 = arith.addf %v25, %v1105 fastmath<contract> : f32
                  %v1107 = arith.divf %v25, %v1106 : f32
                  %v1108 = arith.subf %v25, %v1107 fastmath<contract> : f32
                  %v1109 = llvm.load %v21 : !llvm.ptr -> f32
                  %v1110 = arith.mulf %v1108, %v1109 fastmath<contract> : f32
                  scf.if %v14 {
                    %v1111 = arith.muli %v19, %v95 : i64
                    %v1112 = arith.muli %v17, %v94 : i64
                    %v1113 = arith.addi %v1111, %v1112 : i64
                    %v1114 = arith.muli %v1088, %v1 : i64
                    %v1115 = arith.addi %v1113, %v1114 : i64
                    %v1116 = llvm.getelementptr %dx_x[%v1115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1110, %v1116 : f32, !llvm.ptr
                  }
                  %v1117 = arith.mulf %v779, %v1109 fastmath<contract> : f32
                  %v1118 = arith.muli %v19, %v95 : i64
                  %v1119 = arith.muli %v17, %v94 : i64
                  %v1120 = arith.addi %v1118, %v1119 : i64
                  %v1121 = arith.muli %v1088, %v1 : i64
                  %v1122 = arith.addi %v1120, %v1121 : i64
                  %v1123 = llvm.getelementptr %in_x[%v1122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1124 = llvm.load %v1123 : !llvm.ptr -> f32
                  %v1125 = arith.mulf %v1124, %v1109 fastmath<contract> : f32
                  %v1126 = arith.negf %v1125 : f32
                  %v1127 = arith.addf %v1117, %v1126 fastmath<contract> : f32
                  %v1128 = arith.mulf %v1107, %v1108 fastmath<contract> : f32
                  %v1129 = arith.mulf %v1127, %v1128 fastmath<contract> : f32
                  %v1130 = llvm.load %v23 : !llvm.ptr -> f32
                  %v1131 = arith.addf %v1130, %v1129 fastmath<contract> : f32
                  llvm.store %v1131, %v23 : f32, !llvm.ptr
                  llvm.store %v1107, %v22 : f32, !llvm.ptr
                }
                %v1132 = arith.addi %v120, %v176 : i64
                %v1133 = arith.cmpi slt, %v562, %v891 : i32
                %v1134 = arith.cmpi eq, %v562, %v896 : i32
                scf.if %v1133 {
                  %v1135 = arith.addi %v43, %v1132 : i64
                  %v1136 = arith.muli %v19, %v95 : i64
                  %v1137 = arith.muli %v17, %v94 : i64
                  %v1138 = arith.addi %v1136, %v1137 : i64
                  %v1139 = arith.muli %v1135, %v1 : i64
                  %v1140 = arith.addi %v1138, %v1139 : i64
                  %v1141 = llvm.getelementptr %dy_y[%v1140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1142 = llvm.load %v1141 : !llvm.ptr -> f32
                  %v1143 = llvm.load %v21 : !llvm.ptr -> f32
                  %v1144 = llvm.load %v22 : !llvm.ptr -> f32
                  %v1145 = arith.mulf %v1144, %v1143 fastmath<contract> : f32
                  %v1146 = arith.addf %v1142, %v1145 fastmath<contract> : f32
                  llvm.store %v1146, %v21 : f32, !llvm.ptr
                  %v1147 = arith.muli %v17, %v1 : i64
                  %v1148 = llvm.getelementptr %in_w[%v1147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1149 = llvm.load %v1148 : !llvm.ptr -> f32
                  %v1150 = arith.negf %v1149 : f32
                  %v1151 = arith.mulf %v1150, %v88 fastmath<contract> : f32
                  %v1152 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1151) : (f32) -> f32
                  %v1153 = arith.addf %v25, %v1152 fastmath<contract> : f32
                  %v1154 = arith.divf %v25, %v1153 : f32
                  %v1155 = arith.subf %v25, %v1154 fastmath<contract> : f32
                  %v1156 = llvm.load %v21 : !llvm.ptr -> f32
                  %v1157 = arith.mulf %v1155, %v1156 fastmath<contract> : f32
                  scf.if %v14 {
                    %v1158 = arith.muli %v19, %v95 : i64
                    %v1159 = arith.muli %v17, %v94 : i64
                    %v1160 = arith.addi %v1158, %v1159 : i64
                    %v1161 = arith.muli %v1135, %v1 : i64
                    %v1162 = arith.addi %v1160, %v1161 : i64
                    %v1163 = llvm.getelementptr %dx_x[%v1162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1157, %v1163 : f32, !llvm.ptr
                  }
                  %v1164 = arith.mulf %v757, %v1156 fastmath<contract> : f32
                  %v1165 = arith.muli %v19, %v95 : i64
                  %v1166 = arith.muli %v17, %v94 : i64
                  %v1167 = arith.addi %v1165, %v1166 : i64
                  %v1168 = arith.muli %v1135, %v1 : i64
                  %v1169 = arith.addi %v1167, %v1168 : i64
                  %v1170 = llvm.getelementptr %in_x[%v1169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1171 = llvm.load %v1170 : !llvm.ptr -> f32
                  %v1172 = arith.mulf %v1171, %v1156 fastmath<contract> : f32
                  %v1173 = arith.negf %v1172 : f32
                  %v1174 = arith.addf %v1164, %v1173 fastmath<contract> : f32
                  %v1175 = arith.mulf %v1154, %v1155 fastmath<contract> : f32
                  %v1176 = arith.mulf %v1174, %v1175 fastmath<contract> : f32
                  %v1177 = llvm.load %v23 : !llvm.ptr -> f32
                  %v1178 = arith.addf %v1177, %v1176 fastmath<contract> : f32
                  llvm.store %v1178, %v23 : f32, !llvm.ptr
                  llvm.store %v1154, %v22 : f32, !llvm.ptr
                }
                %v1179 = arith.addi %v120, %v1 : i64
                %v1180 = arith.cmpi slt, %v610, %v891 : i32
                %v1181 = arith.cmpi eq, %v610, %v896 : i32
                scf.if %v1180 {
                  %v1182 = arith.addi %v43, %v1179 : i64
                  %v1183 = arith.muli %v19, %v95 : i64
                  %v1184 = arith.muli %v17, %v94 : i64
                  %v1185 = arith.addi %v1183, %v1184 : i64
                  %v1186 = arith.muli %v1182, %v1 : i64
                  %v1187 = arith.addi %v1185, %v1186 : i64
                  %v1188 = llvm.getelementptr %dy_y[%v1187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1189 = llvm.load %v1188 : !llvm.ptr -> f32
                  %v1190 = llvm.load %v21 : !llvm.ptr -> f32
                  %v1191 = llvm.load %v22 : !llvm.ptr -> f32
                  %v1192 = arith.mulf %v1191, %v1190 fastmath<contract> : f32
                  %v1193 = arith.addf %v1189, %v1192 fastmath<contract> : f32
                  llvm.store %v1193, %v21 : f32, !llvm.ptr
                  %v1194 = arith.muli %v17, %v1 : i64
                  %v1195 = llvm.getelementptr %in_w[%v1194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1196 = llvm.load %v1195 : !llvm.ptr -> f32
                  %v1197 = arith.negf %v1196 : f32
                  %v1198 = arith.mulf %v1197, %v88 fastmath<contract> : f32
                  %v1199 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1198) : (f32) -> f32
                  %v1200 = arith.addf %v25, %v1199 fastmath<contract> : f32
                  %v1201 = arith.divf %v25, %v1200 : f32
                  %v1202 = arith.subf %v25, %v1201 fastmath<contract> : f32
                  %v1203 = llvm.load %v21 : !llvm.ptr -> f32
                  %v1204 = arith.mulf %v1202, %v1203 fastmath<contract> : f32
                  scf.if %v14 {
                    %v1205 = arith.muli %v19, %v95 : i64
                    %v1206 = arith.muli %v17, %v94 : i64
                    %v1207 = arith.addi %v1205, %v1206 : i64
                    %v1208 = arith.muli %v1182, %v1 : i64
                    %v1209 = arith.addi %v1207, %v1208 : i64
                    %v1210 = llvm.getelementptr %dx_x[%v1209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1204, %v1210 : f32, !llvm.ptr
                  }
                  %v1211 = arith.mulf %v735, %v1203 fastmath<contract> : f32
                  %v1212 = arith.muli %v19, %v95 : i64
                  %v1213 = arith.muli %v17, %v94 : i64
                  %v1214 = arith.addi %v1212, %v1213 : i64
                  %v1215 = arith.muli %v1182, %v1 : i64
                  %v1216 = arith.addi %v1214, %v1215 : i64
                  %v1217 = llvm.getelementptr %in_x[%v1216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1218 = llvm.load %v1217 : !llvm.ptr -> f32
                  %v1219 = arith.mulf %v1218, %v1203 fastmath<contract> : f32
                  %v1220 = arith.negf %v1219 : f32
                  %v1221 = arith.addf %v1211, %v1220 fastmath<contract> : f32
                  %v1222 = arith.mulf %v1201, %v1202 fastmath<contract> : f32
                  %v1223 = arith.mulf %v1221, %v1222 fastmath<contract> : f32
                  %v1224 = llvm.load %v23 : !llvm.ptr -> f32
                  %v1225 = arith.addf %v1224, %v1223 fastmath<contract> : f32
                  llvm.store %v1225, %v23 : f32, !llvm.ptr
                  llvm.store %v1201, %v22 : f32, !llvm.ptr
                }
                %v1226 = arith.addi %v120, %v26 : i64
                %v1227 = arith.cmpi slt, %v658, %v891 : i32
                %v1228 = arith.cmpi eq, %v658, %v896 : i32
                scf.if %v1227 {
                  %v1229 = arith.addi %v43, %v1226 : i64
                  %v1230 = arith.muli %v19, %v95 : i64
                  %v1231 = arith.muli %v17, %v94 : i64
                  %v1232 = arith.addi %v1230, %v1231 : i64
                  %v1233 = arith.muli %v1229, %v1 : i64
                  %v1234 = arith.addi %v1232, %v1233 : i64
                  %v1235 = llvm.getelementptr %dy_y[%v1234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1236 = llvm.load %v1235 : !llvm.ptr -> f32
                  %v1237 = llvm.load %v21 : !llvm.ptr -> f32
                  %v1238 = llvm.load %v22 : !llvm.ptr -> f32
                  %v1239 = arith.mulf %v1238, %v1237 fastmath<contract> : f32
                  %v1240 = arith.addf %v1236, %v1239 fastmath<contract> : f32
                  llvm.store %v1240, %v21 : f32, !llvm.ptr
                  %v1241 = arith.muli %v17, %v1 : i64
                  %v1242 = llvm.getelementptr %in_w[%v1241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1243 = llvm.load %v1242 : !llvm.ptr -> f32
                  %v1244 = arith.negf %v1243 : f32
                  %v1245 = arith.mulf %v1244, %v88 fastmath<contract> : f32
                  %v1246 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1245) : (f32) -> f32
                  %v1247 = arith.addf %v25, %v1246 fastmath<contract> : f32
                  %v1248 = arith.divf %v25, %v1247 : f32
                  %v1249 = arith.subf %v25, %v1248 fastmath<contract> : f32
                  %v1250 = llvm.load %v21 : !llvm.ptr -> f32
                  %v1251 = arith.mulf %v1249, %v1250 fastmath<contract> : f32
                  scf.if %v14 {
                    %v1252 = arith.muli %v19, %v95 : i64
                    %v1253 = arith.muli %v17, %v94 : i64
                    %v1254 = arith.addi %v1252, %v1253 : i64
                    %v1255 = arith.muli %v1229, %v1 : i64
                    %v1256 = arith.addi %v1254, %v1255 : i64
                    %v1257 = llvm.getelementptr %dx_x[%v1256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1251, %v1257 : f32, !llvm.ptr
                  }
                  %v1258 = arith.mulf %v713, %v1250 fastmath<contract> : f32
                  %v1259 = arith.muli %v19, %v95 : i64
                  %v1260 = arith.muli %v17, %v94 : i64
                  %v1261 = arith.addi %v1259, %v1260 : i64
                  %v1262 = arith.muli %v1229, %v1 : i64
                  %v1263 = arith.addi %v1261, %v1262 : i64
                  %v1264 = llvm.getelementptr %in_x[%v1263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1265 = llvm.load %v1264 : !llvm.ptr -> f32
                  %v1266 = arith.mulf %v1265, %v1250 fastmath<contract> : f32
                  %v1267 = arith.negf %v1266 : f32
                  %v1268 = arith.addf %v1258, %v1267 fastmath<contract> : f32
                  %v1269 = arith.mulf %v1248, %v1249 fastmath<contract> : f32
                  %v1270 = arith.mulf %v1268, %v1269 fastmath<contract> : f32
                  %v1271 = llvm.load %v23 : !llvm.ptr -> f32
                  %v1272 = arith.addf %v1271, %v1270 fastmath<contract> : f32
                  llvm.store %v1272, %v23 : f32, !llvm.ptr
                  llvm.store %v1248, %v22 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      %v1273 = arith.constant true
      scf.if %v1273 {
      }
      scf.if %v14 {
        %v1274 = llvm.load %v23 : !llvm.ptr -> f32
        %v1275 = arith.muli %v13, %v1 : i64
        %v1276 = arith.addi %v1275, %v26 : i64
        %v1277 = llvm.getelementptr %part_w[%v1276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1274, %v1277 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
