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
      %v85 = arith.constant 0x3FB8AA3B : f32
      %v91 = arith.muli %v1, %size_L : i64
      %v92 = arith.muli %v91, %size_D : i64
      %v171 = arith.constant 2 : i64
      %v194 = arith.constant 3 : i64
      %v217 = arith.constant 4 : i64
      %v240 = arith.constant 5 : i64
      %v263 = arith.constant 6 : i64
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
              %v82 = llvm.getelementptr %in_w[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v83 = llvm.load %v82 : !llvm.ptr -> f32
              %v84 = arith.negf %v83 : f32
              %v86 = arith.mulf %v84, %v85 fastmath<contract> : f32
              %v87 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v86) : (f32) -> f32
              %v88 = arith.addf %v25, %v87 fastmath<contract> : f32
              %v89 = arith.divf %v25, %v88 : f32
              %v90 = arith.subf %v25, %v89 fastmath<contract> : f32
              %v93 = arith.muli %v19, %v92 : i64
              %v94 = arith.muli %v17, %v91 : i64
              %v95 = arith.addi %v93, %v94 : i64
              %v96 = arith.muli %v80, %v1 : i64
              %v97 = arith.addi %v95, %v96 : i64
              %v98 = llvm.getelementptr %in_x[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v99 = llvm.load %v98 : !llvm.ptr -> f32
              %v100 = arith.mulf %v90, %v99 fastmath<contract> : f32
              %v101 = llvm.load %v5 : !llvm.ptr -> f32
              %v102 = arith.mulf %v89, %v101 fastmath<contract> : f32
              %v103 = arith.addf %v102, %v100 fastmath<contract> : f32
              llvm.store %v103, %v5 : f32, !llvm.ptr
            }
          }
        }
        %v104 = arith.index_cast %v26 : i64 to index
        %v105 = arith.index_cast %v1 : i64 to index
        %v106 = arith.index_cast %v1 : i64 to index
        scf.for %v107 = %v104 to %v105 step %v106 {
          %v108 = arith.index_cast %v107 : index to i64
          %v109 = arith.index_cast %v26 : i64 to index
          %v110 = arith.index_cast %v48 : i64 to index
          %v111 = arith.index_cast %v1 : i64 to index
          scf.for %v112 = %v109 to %v110 step %v111 {
            %v113 = arith.index_cast %v112 : index to i64
            %v114 = arith.cmpi slt, %v113, %v48 : i64
            scf.if %v114 {
              %v115 = arith.subi %v48, %v1 : i64
              %v116 = arith.subi %v115, %v113 : i64
              %v117 = arith.muli %v116, %v29 : i64
              %v118 = arith.subi %v45, %v1 : i64
              %v119 = arith.muli %v116, %v3 : i64
              %v120 = arith.subi %v3, %v1 : i64
              %v121 = arith.minsi %v13, %v120 : i64
              %v122 = arith.addi %v119, %v121 : i64
              %v123 = arith.muli %v122, %v1 : i64
              %v124 = arith.addi %v123, %v26 : i64
              %v125 = llvm.getelementptr %scratch_h[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v126 = llvm.load %v125 : !llvm.ptr -> f32
              // the group's states, recomputed into registers
              %v127 = arith.addi %v117, %v26 : i64
              %v128 = arith.minsi %v127, %v118 : i64
              %v129 = arith.addi %v43, %v128 : i64
              %v130 = arith.muli %v17, %v1 : i64
              %v131 = llvm.getelementptr %in_w[%v130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v132 = llvm.load %v131 : !llvm.ptr -> f32
              %v133 = arith.negf %v132 : f32
              %v134 = arith.mulf %v133, %v85 fastmath<contract> : f32
              %v135 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v134) : (f32) -> f32
              %v136 = arith.addf %v25, %v135 fastmath<contract> : f32
              %v137 = arith.divf %v25, %v136 : f32
              %v138 = arith.subf %v25, %v137 fastmath<contract> : f32
              %v139 = arith.muli %v19, %v92 : i64
              %v140 = arith.muli %v17, %v91 : i64
              %v141 = arith.addi %v139, %v140 : i64
              %v142 = arith.muli %v129, %v1 : i64
              %v143 = arith.addi %v141, %v142 : i64
              %v144 = llvm.getelementptr %in_x[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v145 = llvm.load %v144 : !llvm.ptr -> f32
              %v146 = arith.mulf %v138, %v145 fastmath<contract> : f32
              %v147 = arith.mulf %v137, %v126 fastmath<contract> : f32
              %v148 = arith.addf %v147, %v146 fastmath<contract> : f32
              %v149 = arith.addi %v117, %v1 : i64
              %v150 = arith.minsi %v149, %v118 : i64
              %v151 = arith.addi %v43, %v150 : i64
              %v152 = arith.muli %v17, %v1 : i64
              %v153 = llvm.getelementptr %in_w[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v154 = llvm.load %v153 : !llvm.ptr -> f32
              %v155 = arith.negf %v154 : f32
              %v156 = arith.mulf %v155, %v85 fastmath<contract> : f32
              %v157 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v156) : (f32) -> f32
              %v158 = arith.addf %v25, %v157 fastmath<contract> : f32
              %v159 = arith.divf %v25, %v158 : f32
              %v160 = arith.subf %v25, %v159 fastmath<contract> : f32
              %v161 = arith.muli %v19, %v92 : i64
              %v162 = arith.muli %v17, %v91 : i64
              %v163 = arith.addi %v161, %v162 : i64
              %v164 = arith.muli %v151, %v1 : i64
              %v165 = arith.addi %v163, %v164 : i64
              %v166 = llvm.getelementptr %in_x[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v167 = llvm.load %v166 : !llvm.ptr -> f32
              %v168 = arith.mulf %v160, %v167 fastmath<contract> : f32
              %v169 = arith.mulf %v159, %v148 fastmath<contract> : f32
              %v170 = arith.addf %v169, %v168 fastmath<contract> : f32
              %v172 = arith.addi %v117, %v171 : i64
              %v173 = arith.minsi %v172, %v118 : i64
              %v174 = arith.addi %v43, %v173 : i64
              %v175 = arith.muli %v17, %v1 : i64
              %v176 = llvm.getelementptr %in_w[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v177 = llvm.load %v176 : !llvm.ptr -> f32
              %v178 = arith.negf %v177 : f32
              %v179 = arith.mulf %v178, %v85 fastmath<contract> : f32
              %v180 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v179) : (f32) -> f32
              %v181 = arith.addf %v25, %v180 fastmath<contract> : f32
              %v182 = arith.divf %v25, %v181 : f32
              %v183 = arith.subf %v25, %v182 fastmath<contract> : f32
              %v184 = arith.muli %v19, %v92 : i64
              %v185 = arith.muli %v17, %v91 : i64
              %v186 = arith.addi %v184, %v185 : i64
              %v187 = arith.muli %v174, %v1 : i64
              %v188 = arith.addi %v186, %v187 : i64
              %v189 = llvm.getelementptr %in_x[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v190 = llvm.load %v189 : !llvm.ptr -> f32
              %v191 = arith.mulf %v183, %v190 fastmath<contract> : f32
              %v192 = arith.mulf %v182, %v170 fastmath<contract> : f32
              %v193 = arith.addf %v192, %v191 fastmath<contract> : f32
              %v195 = arith.addi %v117, %v194 : i64
              %v196 = arith.minsi %v195, %v118 : i64
              %v197 = arith.addi %v43, %v196 : i64
              %v198 = arith.muli %v17, %v1 : i64
              %v199 = llvm.getelementptr %in_w[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v200 = llvm.load %v199 : !llvm.ptr -> f32
              %v201 = arith.negf %v200 : f32
              %v202 = arith.mulf %v201, %v85 fastmath<contract> : f32
              %v203 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v202) : (f32) -> f32
              %v204 = arith.addf %v25, %v203 fastmath<contract> : f32
              %v205 = arith.divf %v25, %v204 : f32
              %v206 = arith.subf %v25, %v205 fastmath<contract> : f32
              %v207 = arith.muli %v19, %v92 : i64
              %v208 = arith.muli %v17, %v91 : i64
              %v209 = arith.addi %v207, %v208 : i64
              %v210 = arith.muli %v197, %v1 : i64
              %v211 = arith.addi %v209, %v210 : i64
              %v212 = llvm.getelementptr %in_x[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v213 = llvm.load %v212 : !llvm.ptr -> f32
              %v214 = arith.mulf %v206, %v213 fastmath<contract> : f32
              %v215 = arith.mulf %v205, %v193 fastmath<contract> : f32
              %v216 = arith.addf %v215, %v214 fastmath<contract> : f32
              %v218 = arith.addi %v117, %v217 : i64
              %v219 = arith.minsi %v218, %v118 : i64
              %v220 = arith.addi %v43, %v219 : i64
              %v221 = arith.muli %v17, %v1 : i64
              %v222 = llvm.getelementptr %in_w[%v221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v223 = llvm.load %v222 : !llvm.ptr -> f32
              %v224 = arith.negf %v223 : f32
              %v225 = arith.mulf %v224, %v85 fastmath<contract> : f32
              %v226 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v225) : (f32) -> f32
              %v227 = arith.addf %v25, %v226 fastmath<contract> : f32
              %v228 = arith.divf %v25, %v227 : f32
              %v229 = arith.subf %v25, %v228 fastmath<contract> : f32
              %v230 = arith.muli %v19, %v92 : i64
              %v231 = arith.muli %v17, %v91 : i64
              %v232 = arith.addi %v230, %v231 : i64
              %v233 = arith.muli %v220, %v1 : i64
              %v234 = arith.addi %v232, %v233 : i64
              %v235 = llvm.getelementptr %in_x[%v234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v236 = llvm.load %v235 : !llvm.ptr -> f32
              %v237 = arith.mulf %v229, %v236 fastmath<contract> : f32
              %v238 = arith.mulf %v228, %v216 fastmath<contract> : f32
              %v239 = arith.addf %v238, %v237 fastmath<contract> : f32
              %v241 = arith.addi %v117, %v240 : i64
              %v242 = arith.minsi %v241, %v118 : i64
              %v243 = arith.addi %v43, %v242 : i64
              %v244 = arith.muli %v17, %v1 : i64
              %v245 = llvm.getelementptr %in_w[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v246 = llvm.load %v245 : !llvm.ptr -> f32
              %v247 = arith.negf %v246 : f32
              %v248 = arith.mulf %v247, %v85 fastmath<contract> : f32
              %v249 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v248) : (f32) -> f32
              %v250 = arith.addf %v25, %v249 fastmath<contract> : f32
              %v251 = arith.divf %v25, %v250 : f32
              %v252 = arith.subf %v25, %v251 fastmath<contract> : f32
              %v253 = arith.muli %v19, %v92 : i64
              %v254 = arith.muli %v17, %v91 : i64
              %v255 = arith.addi %v253, %v254 : i64
              %v256 = arith.muli %v243, %v1 : i64
              %v257 = arith.addi %v255, %v256 : i64
              %v258 = llvm.getelementptr %in_x[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v259 = llvm.load %v258 : !llvm.ptr -> f32
              %v260 = arith.mulf %v252, %v259 fastmath<contract> : f32
              %v261 = arith.mulf %v251, %v239 fastmath<contract> : f32
              %v262 = arith.addf %v261, %v260 fastmath<contract> : f32
              %v264 = arith.addi %v117, %v263 : i64
              %v265 = arith.minsi %v264, %v118 : i64
              %v266 = arith.addi %v43, %v265 : i64
              %v267 = arith.muli %v17, %v1 : i64
              %v268 = llvm.getelementptr %in_w[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v269 = llvm.load %v268 : !llvm.ptr -> f32
              %v270 = arith.negf %v269 : f32
              %v271 = arith.mulf %v270, %v85 fastmath<contract> : f32
              %v272 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v271) : (f32) -> f32
              %v273 = arith.addf %v25, %v272 fastmath<contract> : f32
              %v274 = arith.divf %v25, %v273 : f32
              %v275 = arith.subf %v25, %v274 fastmath<contract> : f32
              %v276 = arith.muli %v19, %v92 : i64
              %v277 = arith.muli %v17, %v91 : i64
              %v278 = arith.addi %v276, %v277 : i64
              %v279 = arith.muli %v266, %v1 : i64
              %v280 = arith.addi %v278, %v279 : i64
              %v281 = llvm.getelementptr %in_x[%v280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v282 = llvm.load %v281 : !llvm.ptr -> f32
              %v283 = arith.mulf %v275, %v282 fastmath<contract> : f32
              %v284 = arith.mulf %v274, %v262 fastmath<contract> : f32
              %v285 = arith.addf %v284, %v283 fastmath<contract> : f32
              %v286 = arith.addi %v117, %v30 : i64
              %v287 = arith.minsi %v286, %v118 : i64
              %v288 = arith.addi %v43, %v287 : i64
              %v289 = arith.muli %v17, %v1 : i64
              %v290 = llvm.getelementptr %in_w[%v289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v291 = llvm.load %v290 : !llvm.ptr -> f32
              %v292 = arith.negf %v291 : f32
              %v293 = arith.mulf %v292, %v85 fastmath<contract> : f32
              %v294 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v293) : (f32) -> f32
              %v295 = arith.addf %v25, %v294 fastmath<contract> : f32
              %v296 = arith.divf %v25, %v295 : f32
              %v297 = arith.subf %v25, %v296 fastmath<contract> : f32
              %v298 = arith.muli %v19, %v92 : i64
              %v299 = arith.muli %v17, %v91 : i64
              %v300 = arith.addi %v298, %v299 : i64
              %v301 = arith.muli %v288, %v1 : i64
              %v302 = arith.addi %v300, %v301 : i64
              %v303 = llvm.getelementptr %in_x[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v304 = llvm.load %v303 : !llvm.ptr -> f32
              %v305 = arith.mulf %v297, %v304 fastmath<contract> : f32
              %v306 = arith.mulf %v296, %v285 fastmath<contract> : f32
              %v307 = arith.addf %v306, %v305 fastmath<contract> : f32
              %v308 = arith.addi %v117, %v30 : i64
              %v309 = arith.cmpi slt, %v308, %v45 : i64
              scf.if %v309 {
                %v310 = arith.addi %v43, %v308 : i64
                %v311 = arith.muli %v19, %v92 : i64
                %v312 = arith.muli %v17, %v91 : i64
                %v313 = arith.addi %v311, %v312 : i64
                %v314 = arith.muli %v310, %v1 : i64
                %v315 = arith.addi %v313, %v314 : i64
                %v316 = llvm.getelementptr %dy_y[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v317 = llvm.load %v316 : !llvm.ptr -> f32
                %v318 = llvm.load %v21 : !llvm.ptr -> f32
                %v319 = llvm.load %v22 : !llvm.ptr -> f32
                %v320 = arith.mulf %v319, %v318 fastmath<contract> : f32
                %v321 = arith.addf %v317, %v320 fastmath<contract> : f32
                llvm.store %v321, %v21 : f32, !llvm.ptr
                %v322 = arith.subi %size_L, %v1 : i64
                %v323 = arith.cmpi eq, %v310, %v322 : i64
                scf.if %v323 {
                }
                %v324 = arith.muli %v17, %v1 : i64
                %v325 = llvm.getelementptr %in_w[%v324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v326 = llvm.load %v325 : !llvm.ptr -> f32
                %v327 = arith.negf %v326 : f32
                %v328 = arith.mulf %v327, %v85 fastmath<contract> : f32
                %v329 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v328) : (f32) -> f32
                %v330 = arith.addf %v25, %v329 fastmath<contract> : f32
                %v331 = arith.divf %v25, %v330 : f32
                %v332 = arith.subf %v25, %v331 fastmath<contract> : f32
                %v333 = llvm.load %v21 : !llvm.ptr -> f32
                %v334 = arith.mulf %v332, %v333 fastmath<contract> : f32
                scf.if %v14 {
                  %v335 = arith.muli %v19, %v92 : i64
                  %v336 = arith.muli %v17, %v91 : i64
                  %v337 = arith.addi %v335, %v336 : i64
                  %v338 = arith.muli %v310, %v1 : i64
                  %v339 = arith.addi %v337, %v338 : i64
                  %v340 = llvm.getelementptr %dx_x[%v339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v334, %v340 : f32, !llvm.ptr
                }
                %v341 = arith.mulf %v285, %v333 fastmath<contract> : f32
                %v342 = arith.muli %v19, %v92 : i64
                %v343 = arith.muli %v17, %v91 : i64
                %v344 = arith.addi %v342, %v343 : i64
                %v345 = arith.muli %v310, %v1 : i64
                %v346 = arith.addi %v344, %v345 : i64
                %v347 = llvm.getelementptr %in_x[%v346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v348 = llvm.load %v347 : !llvm.ptr -> f32
                %v349 = arith.mulf %v348, %v333 fastmath<contract> : f32
                %v350 = arith.negf %v349 : f32
                %v351 = arith.addf %v341, %v350 fastmath<contract> : f32
                %v352 = arith.mulf %v331, %v332 fastmath<contract> : f32
                %v353 = arith.mulf %v351, %v352 fastmath<contract> : f32
                %v354 = llvm.load %v23 : !llvm.ptr -> f32
                %v355 = arith.addf %v354, %v353 fastmath<contract> : f32
                llvm.store %v355, %v23 : f32, !llvm.ptr
                llvm.store %v331, %v22 : f32, !llvm.ptr
              }
              %v356 = arith.addi %v117, %v263 : i64
              %v357 = arith.cmpi slt, %v356, %v45 : i64
              scf.if %v357 {
                %v358 = arith.addi %v43, %v356 : i64
                %v359 = arith.muli %v19, %v92 : i64
                %v360 = arith.muli %v17, %v91 : i64
                %v361 = arith.addi %v359, %v360 : i64
                %v362 = arith.muli %v358, %v1 : i64
                %v363 = arith.addi %v361, %v362 : i64
                %v364 = llvm.getelementptr %dy_y[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v365 = llvm.load %v364 : !llvm.ptr -> f32
                %v366 = llvm.load %v21 : !llvm.ptr -> f32
                %v367 = llvm.load %v22 : !llvm.ptr -> f32
                %v368 = arith.mulf %v367, %v366 fastmath<contract> : f32
                %v369 = arith.addf %v365, %v368 fastmath<contract> : f32
                llvm.store %v369, %v21 : f32, !llvm.ptr
                %v370 = arith.subi %size_L, %v1 : i64
                %v371 = arith.cmpi eq, %v358, %v370 : i64
                scf.if %v371 {
                }
                %v372 = arith.muli %v17, %v1 : i64
                %v373 = llvm.getelementptr %in_w[%v372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v374 = llvm.load %v373 : !llvm.ptr -> f32
                %v375 = arith.negf %v374 : f32
                %v376 = arith.mulf %v375, %v85 fastmath<contract> : f32
                %v377 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v376) : (f32) -> f32
                %v378 = arith.addf %v25, %v377 fastmath<contract> : f32
                %v379 = arith.divf %v25, %v378 : f32
                %v380 = arith.subf %v25, %v379 fastmath<contract> : f32
                %v381 = llvm.load %v21 : !llvm.ptr -> f32
                %v382 = arith.mulf %v380, %v381 fastmath<contract> : f32
                scf.if %v14 {
                  %v383 = arith.muli %v19, %v92 : i64
                  %v384 = arith.muli %v17, %v91 : i64
                  %v385 = arith.addi %v383, %v384 : i64
                  %v386 = arith.muli %v358, %v1 : i64
                  %v387 = arith.addi %v385, %v386 : i64
                  %v388 = llvm.getelementptr %dx_x[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v382, %v388 : f32, !llvm.ptr
                }
                %v389 = arith.mulf %v262, %v381 fastmath<contract> : f32
                %v390 = arith.muli %v19, %v92 : i64
                %v391 = arith.muli %v17, %v91 : i64
                %v392 = arith.addi %v390, %v391 : i64
                %v393 = arith.muli %v358, %v1 : i64
                %v394 = arith.addi %v392, %v393 : i64
                %v395 = llvm.getelementptr %in_x[%v394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v396 = llvm.load %v395 : !llvm.ptr -> f32
                %v397 = arith.mulf %v396, %v381 fastmath<contract> : f32
                %v398 = arith.negf %v397 : f32
                %v399 = arith.addf %v389, %v398 fastmath<contract> : f32
                %v400 = arith.mulf %v379, %v380 fastmath<contract> : f32
                %v401 = arith.mulf %v399, %v400 fastmath<contract> : f32
                %v402 = llvm.load %v23 : !llvm.ptr -> f32
                %v403 = arith.addf %v402, %v401 fastmath<contract> : f32
                llvm.store %v403, %v23 : f32, !llvm.ptr
                llvm.store %v379, %v22 : f32, !llvm.ptr
              }
              %v404 = arith.addi %v117, %v240 : i64
              %v405 = arith.cmpi slt, %v404, %v45 : i64
              scf.if %v405 {
                %v406 = arith.addi %v43, %v404 : i64
                %v407 = arith.muli %v19, %v92 : i64
                %v408 = arith.muli %v17, %v91 : i64
                %v409 = arith.addi %v407, %v408 : i64
                %v410 = arith.muli %v406, %v1 : i64
                %v411 = arith.addi %v409, %v410 : i64
                %v412 = llvm.getelementptr %dy_y[%v411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v413 = llvm.load %v412 : !llvm.ptr -> f32
                %v414 = llvm.load %v21 : !llvm.ptr -> f32
                %v415 = llvm.load %v22 : !llvm.ptr -> f32
                %v416 = arith.mulf %v415, %v414 fastmath<contract> : f32
                %v417 = arith.addf %v413, %v416 fastmath<contract> : f32
                llvm.store %v417, %v21 : f32, !llvm.ptr
                %v418 = arith.subi %size_L, %v1 : i64
                %v419 = arith.cmpi eq, %v406, %v418 : i64
                scf.if %v419 {
                }
                %v420 = arith.muli %v17, %v1 : i64
                %v421 = llvm.getelementptr %in_w[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v422 = llvm.load %v421 : !llvm.ptr -> f32
                %v423 = arith.negf %v422 : f32
                %v424 = arith.mulf %v423, %v85 fastmath<contract> : f32
                %v425 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v424) : (f32) -> f32
                %v426 = arith.addf %v25, %v425 fastmath<contract> : f32
                %v427 = arith.divf %v25, %v426 : f32
                %v428 = arith.subf %v25, %v427 fastmath<contract> : f32
                %v429 = llvm.load %v21 : !llvm.ptr -> f32
                %v430 = arith.mulf %v428, %v429 fastmath<contract> : f32
                scf.if %v14 {
                  %v431 = arith.muli %v19, %v92 : i64
                  %v432 = arith.muli %v17, %v91 : i64
                  %v433 = arith.addi %v431, %v432 : i64
                  %v434 = arith.muli %v406, %v1 : i64
                  %v435 = arith.addi %v433, %v434 : i64
                  %v436 = llvm.getelementptr %dx_x[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v430, %v436 : f32, !llvm.ptr
                }
                %v437 = arith.mulf %v239, %v429 fastmath<contract> : f32
                %v438 = arith.muli %v19, %v92 : i64
                %v439 = arith.muli %v17, %v91 : i64
                %v440 = arith.addi %v438, %v439 : i64
                %v441 = arith.muli %v406, %v1 : i64
                %v442 = arith.addi %v440, %v441 : i64
                %v443 = llvm.getelementptr %in_x[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v444 = llvm.load %v443 : !llvm.ptr -> f32
                %v445 = arith.mulf %v444, %v429 fastmath<contract> : f32
                %v446 = arith.negf %v445 : f32
                %v447 = arith.addf %v437, %v446 fastmath<contract> : f32
                %v448 = arith.mulf %v427, %v428 fastmath<contract> : f32
                %v449 = arith.mulf %v447, %v448 fastmath<contract> : f32
                %v450 = llvm.load %v23 : !llvm.ptr -> f32
                %v451 = arith.addf %v450, %v449 fastmath<contract> : f32
                llvm.store %v451, %v23 : f32, !llvm.ptr
                llvm.store %v427, %v22 : f32, !llvm.ptr
              }
              %v452 = arith.addi %v117, %v217 : i64
              %v453 = arith.cmpi slt, %v452, %v45 : i64
              scf.if %v453 {
                %v454 = arith.addi %v43, %v452 : i64
                %v455 = arith.muli %v19, %v92 : i64
                %v456 = arith.muli %v17, %v91 : i64
                %v457 = arith.addi %v455, %v456 : i64
                %v458 = arith.muli %v454, %v1 : i64
                %v459 = arith.addi %v457, %v458 : i64
                %v460 = llvm.getelementptr %dy_y[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v461 = llvm.load %v460 : !llvm.ptr -> f32
                %v462 = llvm.load %v21 : !llvm.ptr -> f32
                %v463 = llvm.load %v22 : !llvm.ptr -> f32
                %v464 = arith.mulf %v463, %v462 fastmath<contract> : f32
                %v465 = arith.addf %v461, %v464 fastmath<contract> : f32
                llvm.store %v465, %v21 : f32, !llvm.ptr
                %v466 = arith.subi %size_L, %v1 : i64
                %v467 = arith.cmpi eq, %v454, %v466 : i64
                scf.if %v467 {
                }
                %v468 = arith.muli %v17, %v1 : i64
                %v469 = llvm.getelementptr %in_w[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v470 = llvm.load %v469 : !llvm.ptr -> f32
                %v471 = arith.negf %v470 : f32
                %v472 = arith.mulf %v471, %v85 fastmath<contract> : f32
                %v473 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v472) : (f32) -> f32
                %v474 = arith.addf %v25, %v473 fastmath<contract> : f32
                %v475 = arith.divf %v25, %v474 : f32
                %v476 = arith.subf %v25, %v475 fastmath<contract> : f32
                %v477 = llvm.load %v21 : !llvm.ptr -> f32
                %v478 = arith.mulf %v476, %v477 fastmath<contract> : f32
                scf.if %v14 {
                  %v479 = arith.muli %v19, %v92 : i64
                  %v480 = arith.muli %v17, %v91 : i64
                  %v481 = arith.addi %v479, %v480 : i64
                  %v482 = arith.muli %v454, %v1 : i64
                  %v483 = arith.addi %v481, %v482 : i64
                  %v484 = llvm.getelementptr %dx_x[%v483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v478, %v484 : f32, !llvm.ptr
                }
                %v485 = arith.mulf %v216, %v477 fastmath<contract> : f32
                %v486 = arith.muli %v19, %v92 : i64
                %v487 = arith.muli %v17, %v91 : i64
                %v488 = arith.addi %v486, %v487 : i64
                %v489 = arith.muli %v454, %v1 : i64
                %v490 = arith.addi %v488, %v489 : i64
                %v491 = llvm.getelementptr %in_x[%v490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v492 = llvm.load %v491 : !llvm.ptr -> f32
                %v493 = arith.mulf %v492, %v477 fastmath<contract> : f32
                %v494 = arith.negf %v493 : f32
                %v495 = arith.addf %v485, %v494 fastmath<contract> : f32
                %v496 = arith.mulf %v475, %v476 fastmath<contract> : f32
                %v497 = arith.mulf %v495, %v496 fastmath<contract> : f32
                %v498 = llvm.load %v23 : !llvm.ptr -> f32
                %v499 = arith.addf %v498, %v497 fastmath<contract> : f32
                llvm.store %v499, %v23 : f32, !llvm.ptr
                llvm.store %v475, %v22 : f32, !llvm.ptr
              }
              %v500 = arith.addi %v117, %v194 : i64
              %v501 = arith.cmpi slt, %v500, %v45 : i64
              scf.if %v501 {
                %v502 = arith.addi %v43, %v500 : i64
                %v503 = arith.muli %v19, %v92 : i64
                %v504 = arith.muli %v17, %v91 : i64
                %v505 = arith.addi %v503, %v504 : i64
                %v506 = arith.muli %v502, %v1 : i64
                %v507 = arith.addi %v505, %v506 : i64
                %v508 = llvm.getelementptr %dy_y[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v509 = llvm.load %v508 : !llvm.ptr -> f32
                %v510 = llvm.load %v21 : !llvm.ptr -> f32
                %v511 = llvm.load %v22 : !llvm.ptr -> f32
                %v512 = arith.mulf %v511, %v510 fastmath<contract> : f32
                %v513 = arith.addf %v509, %v512 fastmath<contract> : f32
                llvm.store %v513, %v21 : f32, !llvm.ptr
                %v514 = arith.subi %size_L, %v1 : i64
                %v515 = arith.cmpi eq, %v502, %v514 : i64
                scf.if %v515 {
                }
                %v516 = arith.muli %v17, %v1 : i64
                %v517 = llvm.getelementptr %in_w[%v516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v518 = llvm.load %v517 : !llvm.ptr -> f32
                %v519 = arith.negf %v518 : f32
                %v520 = arith.mulf %v519, %v85 fastmath<contract> : f32
                %v521 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v520) : (f32) -> f32
                %v522 = arith.addf %v25, %v521 fastmath<contract> : f32
                %v523 = arith.divf %v25, %v522 : f32
                %v524 = arith.subf %v25, %v523 fastmath<contract> : f32
                %v525 = llvm.load %v21 : !llvm.ptr -> f32
                %v526 = arith.mulf %v524, %v525 fastmath<contract> : f32
                scf.if %v14 {
                  %v527 = arith.muli %v19, %v92 : i64
                  %v528 = arith.muli %v17, %v91 : i64
                  %v529 = arith.addi %v527, %v528 : i64
                  %v530 = arith.muli %v502, %v1 : i64
                  %v531 = arith.addi %v529, %v530 : i64
                  %v532 = llvm.getelementptr %dx_x[%v531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v526, %v532 : f32, !llvm.ptr
                }
                %v533 = arith.mulf %v193, %v525 fastmath<contract> : f32
                %v534 = arith.muli %v19, %v92 : i64
                %v535 = arith.muli %v17, %v91 : i64
                %v536 = arith.addi %v534, %v535 : i64
                %v537 = arith.muli %v502, %v1 : i64
                %v538 = arith.addi %v536, %v537 : i64
                %v539 = llvm.getelementptr %in_x[%v538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v540 = llvm.load %v539 : !llvm.ptr -> f32
                %v541 = arith.mulf %v540, %v525 fastmath<contract> : f32
                %v542 = arith.negf %v541 : f32
                %v543 = arith.addf %v533, %v542 fastmath<contract> : f32
                %v544 = arith.mulf %v523, %v524 fastmath<contract> : f32
                %v545 = arith.mulf %v543, %v544 fastmath<contract> : f32
                %v546 = llvm.load %v23 : !llvm.ptr -> f32
                %v547 = arith.addf %v546, %v545 fastmath<contract> : f32
                llvm.store %v547, %v23 : f32, !llvm.ptr
                llvm.store %v523, %v22 : f32, !llvm.ptr
              }
              %v548 = arith.addi %v117, %v171 : i64
              %v549 = arith.cmpi slt, %v548, %v45 : i64
              scf.if %v549 {
                %v550 = arith.addi %v43, %v548 : i64
                %v551 = arith.muli %v19, %v92 : i64
                %v552 = arith.muli %v17, %v91 : i64
                %v553 = arith.addi %v551, %v552 : i64
                %v554 = arith.muli %v550, %v1 : i64
                %v555 = arith.addi %v553, %v554 : i64
                %v556 = llvm.getelementptr %dy_y[%v555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v557 = llvm.load %v556 : !llvm.ptr -> f32
                %v558 = llvm.load %v21 : !llvm.ptr -> f32
                %v559 = llvm.load %v22 : !llvm.ptr -> f32
                %v560 = arith.mulf %v559, %v558 fastmath<contract> : f32
                %v561 = arith.addf %v557, %v560 fastmath<contract> : f32
                llvm.store %v561, %v21 : f32, !llvm.ptr
                %v562 = arith.subi %size_L, %v1 : i64
                %v563 = arith.cmpi eq, %v550, %v562 : i64
                scf.if %v563 {
                }
                %v564 = arith.muli %v17, %v1 : i64
                %v565 = llvm.getelementptr %in_w[%v564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v566 = llvm.load %v565 : !llvm.ptr -> f32
                %v567 = arith.negf %v566 : f32
                %v568 = arith.mulf %v567, %v85 fastmath<contract> : f32
                %v569 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v568) : (f32) -> f32
                %v570 = arith.addf %v25, %v569 fastmath<contract> : f32
                %v571 = arith.divf %v25, %v570 : f32
                %v572 = arith.subf %v25, %v571 fastmath<contract> : f32
                %v573 = llvm.load %v21 : !llvm.ptr -> f32
                %v574 = arith.mulf %v572, %v573 fastmath<contract> : f32
                scf.if %v14 {
                  %v575 = arith.muli %v19, %v92 : i64
                  %v576 = arith.muli %v17, %v91 : i64
                  %v577 = arith.addi %v575, %v576 : i64
                  %v578 = arith.muli %v550, %v1 : i64
                  %v579 = arith.addi %v577, %v578 : i64
                  %v580 = llvm.getelementptr %dx_x[%v579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v574, %v580 : f32, !llvm.ptr
                }
                %v581 = arith.mulf %v170, %v573 fastmath<contract> : f32
                %v582 = arith.muli %v19, %v92 : i64
                %v583 = arith.muli %v17, %v91 : i64
                %v584 = arith.addi %v582, %v583 : i64
                %v585 = arith.muli %v550, %v1 : i64
                %v586 = arith.addi %v584, %v585 : i64
                %v587 = llvm.getelementptr %in_x[%v586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v588 = llvm.load %v587 : !llvm.ptr -> f32
                %v589 = arith.mulf %v588, %v573 fastmath<contract> : f32
                %v590 = arith.negf %v589 : f32
                %v591 = arith.addf %v581, %v590 fastmath<contract> : f32
                %v592 = arith.mulf %v571, %v572 fastmath<contract> : f32
                %v593 = arith.mulf %v591, %v592 fastmath<contract> : f32
                %v594 = llvm.load %v23 : !llvm.ptr -> f32
                %v595 = arith.addf %v594, %v593 fastmath<contract> : f32
                llvm.store %v595, %v23 : f32, !llvm.ptr
                llvm.store %v571, %v22 : f32, !llvm.ptr
              }
              %v596 = arith.addi %v117, %v1 : i64
              %v597 = arith.cmpi slt, %v596, %v45 : i64
              scf.if %v597 {
                %v598 = arith.addi %v43, %v596 : i64
                %v599 = arith.muli %v19, %v92 : i64
                %v600 = arith.muli %v17, %v91 : i64
                %v601 = arith.addi %v599, %v600 : i64
                %v602 = arith.muli %v598, %v1 : i64
                %v603 = arith.addi %v601, %v602 : i64
                %v604 = llvm.getelementptr %dy_y[%v603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v605 = llvm.load %v604 : !llvm.ptr -> f32
                %v606 = llvm.load %v21 : !llvm.ptr -> f32
                %v607 = llvm.load %v22 : !llvm.ptr -> f32
                %v608 = arith.mulf %v607, %v606 fastmath<contract> : f32
                %v609 = arith.addf %v605, %v608 fastmath<contract> : f32
                llvm.store %v609, %v21 : f32, !llvm.ptr
                %v610 = arith.subi %size_L, %v1 : i64
                %v611 = arith.cmpi eq, %v598, %v610 : i64
                scf.if %v611 {
                }
                %v612 = arith.muli %v17, %v1 : i64
                %v613 = llvm.getelementptr %in_w[%v612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v614 = llvm.load %v613 : !llvm.ptr -> f32
                %v615 = arith.negf %v614 : f32
                %v616 = arith.mulf %v615, %v85 fastmath<contract> : f32
                %v617 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v616) : (f32) -> f32
                %v618 = arith.addf %v25, %v617 fastmath<contract> : f32
                %v619 = arith.divf %v25, %v618 : f32
                %v620 = arith.subf %v25, %v619 fastmath<contract> : f32
                %v621 = llvm.load %v21 : !llvm.ptr -> f32
                %v622 = arith.mulf %v620, %v621 fastmath<contract> : f32
                scf.if %v14 {
                  %v623 = arith.muli %v19, %v92 : i64
                  %v624 = arith.muli %v17, %v91 : i64
                  %v625 = arith.addi %v623, %v624 : i64
                  %v626 = arith.muli %v598, %v1 : i64
                  %v627 = arith.addi %v625, %v626 : i64
                  %v628 = llvm.getelementptr %dx_x[%v627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v622, %v628 : f32, !llvm.ptr
                }
                %v629 = arith.mulf %v148, %v621 fastmath<contract> : f32
                %v630 = arith.muli %v19, %v92 : i64
                %v631 = arith.muli %v17, %v91 : i64
                %v632 = arith.addi %v630, %v631 : i64
                %v633 = arith.muli %v598, %v1 : i64
                %v634 = arith.addi %v632, %v633 : i64
                %v635 = llvm.getelementptr %in_x[%v634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v636 = llvm.load %v635 : !llvm.ptr -> f32
                %v637 = arith.mulf %v636, %v621 fastmath<contract> : f32
                %v638 = arith.negf %v637 : f32
                %v639 = arith.addf %v629, %v638 fastmath<contract> : f32
                %v640 = arith.mulf %v619, %v620 fastmath<contract> : f32
                %v641 = arith.mulf %v639, %v640 fastmath<contract> : f32
                %v642 = llvm.load %v23 : !llvm.ptr -> f32
                %v643 = arith.addf %v642, %v641 fastmath<contract> : f32
                llvm.store %v643, %v23 : f32, !llvm.ptr
                llvm.store %v619, %v22 : f32, !llvm.ptr
              }
              %v644 = arith.addi %v117, %v26 : i64
              %v645 = arith.cmpi slt, %v644, %v45 : i64
              scf.if %v645 {
                %v646 = arith.addi %v43, %v644 : i64
                %v647 = arith.muli %v19, %v92 : i64
                %v648 = arith.muli %v17, %v91 : i64
                %v649 = arith.addi %v647, %v648 : i64
                %v650 = arith.muli %v646, %v1 : i64
                %v651 = arith.addi %v649, %v650 : i64
                %v652 = llvm.getelementptr %dy_y[%v651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v653 = llvm.load %v652 : !llvm.ptr -> f32
                %v654 = llvm.load %v21 : !llvm.ptr -> f32
                %v655 = llvm.load %v22 : !llvm.ptr -> f32
                %v656 = arith.mulf %v655, %v654 fastmath<contract> : f32
                %v657 = arith.addf %v653, %v656 fastmath<contract> : f32
                llvm.store %v657, %v21 : f32, !llvm.ptr
                %v658 = arith.subi %size_L, %v1 : i64
                %v659 = arith.cmpi eq, %v646, %v658 : i64
                scf.if %v659 {
                }
                %v660 = arith.muli %v17, %v1 : i64
                %v661 = llvm.getelementptr %in_w[%v660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v662 = llvm.load %v661 : !llvm.ptr -> f32
                %v663 = arith.negf %v662 : f32
                %v664 = arith.mulf %v663, %v85 fastmath<contract> : f32
                %v665 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v664) : (f32) -> f32
                %v666 = arith.addf %v25, %v665 fastmath<contract> : f32
                %v667 = arith.divf %v25, %v666 : f32
                %v668 = arith.subf %v25, %v667 fastmath<contract> : f32
                %v669 = llvm.load %v21 : !llvm.ptr -> f32
                %v670 = arith.mulf %v668, %v669 fastmath<contract> : f32
                scf.if %v14 {
                  %v671 = arith.muli %v19, %v92 : i64
                  %v672 = arith.muli %v17, %v91 : i64
                  %v673 = arith.addi %v671, %v672 : i64
                  %v674 = arith.muli %v646, %v1 : i64
                  %v675 = arith.addi %v673, %v674 : i64
                  %v676 = llvm.getelementptr %dx_x[%v675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v670, %v676 : f32, !llvm.ptr
                }
                %v677 = arith.mulf %v126, %v669 fastmath<contract> : f32
                %v678 = arith.muli %v19, %v92 : i64
                %v679 = arith.muli %v17, %v91 : i64
                %v680 = arith.addi %v678, %v679 : i64
                %v681 = arith.muli %v646, %v1 : i64
                %v682 = arith.addi %v680, %v681 : i64
                %v683 = llvm.getelementptr %in_x[%v682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v684 = llvm.load %v683 : !llvm.ptr -> f32
                %v685 = arith.mulf %v684, %v669 fastmath<contract> : f32
                %v686 = arith.negf %v685 : f32
                %v687 = arith.addf %v677, %v686 fastmath<contract> : f32
                %v688 = arith.mulf %v667, %v668 fastmath<contract> : f32
                %v689 = arith.mulf %v687, %v688 fastmath<contract> : f32
                %v690 = llvm.load %v23 : !llvm.ptr -> f32
                %v691 = arith.addf %v690, %v689 fastmath<contract> : f32
                llvm.store %v691, %v23 : f32, !llvm.ptr
                llvm.store %v667, %v22 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      %v692 = arith.constant true
      scf.if %v692 {
      }
      scf.if %v14 {
        %v693 = llvm.load %v23 : !llvm.ptr -> f32
        %v694 = arith.muli %v13, %v1 : i64
        %v695 = arith.addi %v694, %v26 : i64
        %v696 = llvm.getelementptr %part_w[%v695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v693, %v696 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
