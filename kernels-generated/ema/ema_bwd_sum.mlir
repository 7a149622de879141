module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @ema_bwd_sum(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segsum_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v64 = arith.muli %v1, %size_B : i64
      %v65 = arith.muli %v64, %size_D : i64
      %v67 = arith.muli %v1, %size_D : i64
      %v101 = arith.constant 0x3FB8AA3B : f32
      %v107 = arith.muli %v1, %size_L : i64
      %v108 = arith.muli %v107, %size_D : i64
      %v188 = arith.constant 2 : i64
      %v211 = arith.constant 3 : i64
      %v256 = arith.constant 5 : i64
      %v279 = arith.constant 6 : i64
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
        %v61 = arith.subi %v60, %v1 : i64
        %v62 = arith.addi %v60, %v43 : i64
        %v63 = arith.divui %v62, %v42 : i64
        %v66 = arith.muli %v57, %v65 : i64
        %v68 = arith.muli %v27, %v67 : i64
        %v69 = arith.muli %v25, %v1 : i64
        %v70 = arith.addi %v68, %v69 : i64
        %v71 = arith.addi %v66, %v70 : i64
        %v72 = llvm.getelementptr %ckpt_h[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v73 = llvm.load %v72 : !llvm.ptr -> f32
        llvm.store %v73, %v9 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v74 = arith.index_cast %v39 : i64 to index
        %v75 = arith.index_cast %v63 : i64 to index
        %v76 = arith.index_cast %v1 : i64 to index
        scf.for %v77 = %v74 to %v75 step %v76 {
          %v78 = arith.index_cast %v77 : index to i64
          %v79 = arith.addi %v48, %v78 : i64
          scf.if %v22 {
            %v80 = llvm.load %v9 : !llvm.ptr -> f32
            %v81 = arith.muli %v79, %v3 : i64
            %v82 = arith.subi %v3, %v1 : i64
            %v83 = arith.minsi %v21, %v82 : i64
            %v84 = arith.addi %v81, %v83 : i64
            %v85 = arith.muli %v84, %v1 : i64
            %v86 = arith.addi %v85, %v39 : i64
            %v87 = llvm.getelementptr %scratch_h[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v80, %v87 : f32, !llvm.ptr
          }
          %v88 = arith.muli %v78, %v42 : i64
          %v89 = arith.index_cast %v39 : i64 to index
          %v90 = arith.index_cast %v42 : i64 to index
          %v91 = arith.index_cast %v1 : i64 to index
          scf.for %v92 = %v89 to %v90 step %v91 {
            %v93 = arith.index_cast %v92 : index to i64
            %v94 = arith.addi %v88, %v93 : i64
            %v95 = arith.cmpi slt, %v94, %v60 : i64
            scf.if %v95 {
              %v96 = arith.addi %v58, %v94 : i64
              %v97 = arith.muli %v25, %v1 : i64
              %v98 = llvm.getelementptr %in_w[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v99 = llvm.load %v98 : !llvm.ptr -> f32
              %v100 = arith.negf %v99 : f32
              %v102 = arith.mulf %v100, %v101 fastmath<contract> : f32
              %v103 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v102) : (f32) -> f32
              %v104 = arith.addf %v37, %v103 fastmath<contract> : f32
              %v105 = arith.divf %v37, %v104 : f32
              %v106 = arith.subf %v37, %v105 fastmath<contract> : f32
              %v109 = arith.muli %v27, %v108 : i64
              %v110 = arith.muli %v25, %v107 : i64
              %v111 = arith.addi %v109, %v110 : i64
              %v112 = arith.muli %v96, %v1 : i64
              %v113 = arith.addi %v111, %v112 : i64
              %v114 = llvm.getelementptr %in_x[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v115 = llvm.load %v114 : !llvm.ptr -> f32
              %v116 = arith.mulf %v106, %v115 fastmath<contract> : f32
              %v117 = llvm.load %v9 : !llvm.ptr -> f32
              %v118 = arith.mulf %v105, %v117 fastmath<contract> : f32
              %v119 = arith.addf %v118, %v116 fastmath<contract> : f32
              llvm.store %v119, %v9 : f32, !llvm.ptr
            }
          }
        }
        %v120 = arith.index_cast %v39 : i64 to index
        %v121 = arith.index_cast %v1 : i64 to index
        %v122 = arith.index_cast %v1 : i64 to index
        scf.for %v123 = %v120 to %v121 step %v122 {
          %v124 = arith.index_cast %v123 : index to i64
          %v125 = arith.index_cast %v39 : i64 to index
          %v126 = arith.index_cast %v63 : i64 to index
          %v127 = arith.index_cast %v1 : i64 to index
          scf.for %v128 = %v125 to %v126 step %v127 {
            %v129 = arith.index_cast %v128 : index to i64
            %v130 = arith.cmpi slt, %v129, %v63 : i64
            scf.if %v130 {
              %v131 = arith.subi %v63, %v1 : i64
              %v132 = arith.subi %v131, %v129 : i64
              %v133 = arith.muli %v132, %v42 : i64
              %v134 = arith.addi %v48, %v132 : i64
              %v135 = arith.subi %v60, %v1 : i64
              %v136 = arith.muli %v134, %v3 : i64
              %v137 = arith.subi %v3, %v1 : i64
              %v138 = arith.minsi %v21, %v137 : i64
              %v139 = arith.addi %v136, %v138 : i64
              %v140 = arith.muli %v139, %v1 : i64
              %v141 = arith.addi %v140, %v39 : i64
              %v142 = llvm.getelementptr %scratch_h[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v143 = llvm.load %v142 : !llvm.ptr -> f32
              // the group's states, recomputed into registers
              %v144 = arith.addi %v133, %v39 : i64
              %v145 = arith.minsi %v144, %v135 : i64
              %v146 = arith.addi %v58, %v145 : i64
              %v147 = arith.muli %v25, %v1 : i64
              %v148 = llvm.getelementptr %in_w[%v147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v149 = llvm.load %v148 : !llvm.ptr -> f32
              %v150 = arith.negf %v149 : f32
              %v151 = arith.mulf %v150, %v101 fastmath<contract> : f32
              %v152 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v151) : (f32) -> f32
              %v153 = arith.addf %v37, %v152 fastmath<contract> : f32
              %v154 = arith.divf %v37, %v153 : f32
              %v155 = arith.subf %v37, %v154 fastmath<contract> : f32
              %v156 = arith.muli %v27, %v108 : i64
              %v157 = arith.muli %v25, %v107 : i64
              %v158 = arith.addi %v156, %v157 : i64
              %v159 = arith.muli %v146, %v1 : i64
              %v160 = arith.addi %v158, %v159 : i64
              %v161 = llvm.getelementptr %in_x[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v162 = llvm.load %v161 : !llvm.ptr -> f32
              %v163 = arith.mulf %v155, %v162 fastmath<contract> : f32
              %v164 = arith.mulf %v154, %v143 fastmath<contract> : f32
              %v165 = arith.addf %v164, %v163 fastmath<contract> : f32
              %v166 = arith.addi %v133, %v1 : i64
              %v167 = arith.minsi %v166, %v135 : i64
              %v168 = arith.addi %v58, %v167 : i64
              %v169 = arith.muli %v25, %v1 : i64
              %v170 = llvm.getelementptr %in_w[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v171 = llvm.load %v170 : !llvm.ptr -> f32
              %v172 = arith.negf %v171 : f32
              %v173 = arith.mulf %v172, %v101 fastmath<contract> : f32
              %v174 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v173) : (f32) -> f32
              %v175 = arith.addf %v37, %v174 fastmath<contract> : f32
              %v176 = arith.divf %v37, %v175 : f32
              %v177 = arith.subf %v37, %v176 fastmath<contract> : f32
              %v178 = arith.muli %v27, %v108 : i64
              %v179 = arith.muli %v25, %v107 : i64
              %v180 = arith.addi %v178, %v179 : i64
              %v181 = arith.muli %v168, %v1 : i64
              %v182 = arith.addi %v180, %v181 : i64
              %v183 = llvm.getelementptr %in_x[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v184 = llvm.load %v183 : !llvm.ptr -> f32
              %v185 = arith.mulf %v177, %v184 fastmath<contract> : f32
              %v186 = arith.mulf %v176, %v165 fastmath<contract> : f32
              %v187 = arith.addf %v186, %v185 fastmath<contract> : f32
              %v189 = arith.addi %v133, %v188 : i64
              %v190 = arith.minsi %v189, %v135 : i64
              %v191 = arith.addi %v58, %v190 : i64
              %v192 = arith.muli %v25, %v1 : i64
              %v193 = llvm.getelementptr %in_w[%v192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v194 = llvm.load %v193 : !llvm.ptr -> f32
              %v195 = arith.negf %v194 : f32
              %v196 = arith.mulf %v195, %v101 fastmath<contract> : f32
              %v197 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v196) : (f32) -> f32
              %v198 = arith.addf %v37, %v197 fastmath<contract> : f32
              %v199 = arith.divf %v37, %v198 : f32
              %v200 = arith.subf %v37, %v199 fastmath<contract> : f32
              %v201 = arith.muli %v27, %v108 : i64
              %v202 = arith.muli %v25, %v107 : i64
              %v203 = arith.addi %v201, %v202 : i64
              %v204 = arith.muli %v191, %v1 : i64
              %v205 = arith.addi %v203, %v204 : i64
              %v206 = llvm.getelementptr %in_x[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v207 = llvm.load %v206 : !llvm.ptr -> f32
              %v208 = arith.mulf %v200, %v207 fastmath<contract> : f32
              %v209 = arith.mulf %v199, %v187 fastmath<contract> : f32
              %v210 = arith.addf %v209, %v208 fastmath<contract> : f32
              %v212 = arith.addi %v133, %v211 : i64
              %v213 = arith.minsi %v212, %v135 : i64
              %v214 = arith.addi %v58, %v213 : i64
              %v215 = arith.muli %v25, %v1 : i64
              %v216 = llvm.getelementptr %in_w[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v217 = llvm.load %v216 : !llvm.ptr -> f32
              %v218 = arith.negf %v217 : f32
              %v219 = arith.mulf %v218, %v101 fastmath<contract> : f32
              %v220 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v219) : (f32) -> f32
              %v221 = arith.addf %v37, %v220 fastmath<contract> : f32
              %v222 = arith.divf %v37, %v221 : f32
              %v223 = arith.subf %v37, %v222 fastmath<contract> : f32
              %v224 = arith.muli %v27, %v108 : i64
              %v225 = arith.muli %v25, %v107 : i64
              %v226 = arith.addi %v224, %v225 : i64
              %v227 = arith.muli %v214, %v1 : i64
              %v228 = arith.addi %v226, %v227 : i64
              %v229 = llvm.getelementptr %in_x[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v230 = llvm.load %v229 : !llvm.ptr -> f32
              %v231 = arith.mulf %v223, %v230 fastmath<contract> : f32
              %v232 = arith.mulf %v222, %v210 fastmath<contract> : f32
              %v233 = arith.addf %v232, %v231 fastmath<contract> : f32
              %v234 = arith.addi %v133, %v29 : i64
              %v235 = arith.minsi %v234, %v135 : i64
              %v236 = arith.addi %v58, %v235 : i64
              %v237 = arith.muli %v25, %v1 : i64
              %v238 = llvm.getelementptr %in_w[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v239 = llvm.load %v238 : !llvm.ptr -> f32
              %v240 = arith.negf %v239 : f32
              %v241 = arith.mulf %v240, %v101 fastmath<contract> : f32
              %v242 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v241) : (f32) -> f32
              %v243 = arith.addf %v37, %v242 fastmath<contract> : f32
              %v244 = arith.divf %v37, %v243 : f32
              %v245 = arith.subf %v37, %v244 fastmath<contract> : f32
              %v246 = arith.muli %v27, %v108 : i64
              %v247 = arith.muli %v25, %v107 : i64
              %v248 = arith.addi %v246, %v247 : i64
              %v249 = arith.muli %v236, %v1 : i64
              %v250 = arith.addi %v248, %v249 : i64
              %v251 = llvm.getelementptr %in_x[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v252 = llvm.load %v251 : !llvm.ptr -> f32
              %v253 = arith.mulf %v245, %v252 fastmath<contract> : f32
              %v254 = arith.mulf %v244, %v233 fastmath<contract> : f32
              %v255 = arith.addf %v254, %v253 fastmath<contract> : f32
              %v257 = arith.addi %v133, %v256 : i64
              %v258 = arith.minsi %v257, %v135 : i64
              %v259 = arith.addi %v58, %v258 : i64
              %v260 = arith.muli %v25, %v1 : i64
              %v261 = llvm.getelementptr %in_w[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v262 = llvm.load %v261 : !llvm.ptr -> f32
              %v263 = arith.negf %v262 : f32
              %v264 = arith.mulf %v263, %v101 fastmath<contract> : f32
              %v265 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v264) : (f32) -> f32
              %v266 = arith.addf %v37, %v265 fastmath<contract> : f32
              %v267 = arith.divf %v37, %v266 : f32
              %v268 = arith.subf %v37, %v267 fastmath<contract> : f32
              %v269 = arith.muli %v27, %v108 : i64
              %v270 = arith.muli %v25, %v107 : i64
              %v271 = arith.addi %v269, %v270 : i64
              %v272 = arith.muli %v259, %v1 : i64
              %v273 = arith.addi %v271, %v272 : i64
              %v274 = llvm.getelementptr %in_x[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v275 = llvm.load %v274 : !llvm.ptr -> f32
              %v276 = arith.mulf %v268, %v275 fastmath<contract> : f32
              %v277 = arith.mulf %v267, %v255 fastmath<contract> : f32
              %v278 = arith.addf %v277, %v276 fastmath<contract> : f32
              %v280 = arith.addi %v133, %v279 : i64
              %v281 = arith.minsi %v280, %v135 : i64
              %v282 = arith.addi %v58, %v281 : i64
              %v283 = arith.muli %v25, %v1 : i64
              %v284 = llvm.getelementptr %in_w[%v283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v285 = llvm.load %v284 : !llvm.ptr -> f32
              %v286 = arith.negf %v285 : f32
              %v287 = arith.mulf %v286, %v101 fastmath<contract> : f32
              %v288 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v287) : (f32) -> f32
              %v289 = arith.addf %v37, %v288 fastmath<contract> : f32
              %v290 = arith.divf %v37, %v289 : f32
              %v291 = arith.subf %v37, %v290 fastmath<contract> : f32
              %v292 = arith.muli %v27, %v108 : i64
              %v293 = arith.muli %v25, %v107 : i64
              %v294 = arith.addi %v292, %v293 : i64
              %v295 = arith.muli %v282, %v1 : i64
              %v296 = arith.addi %v294, %v295 : i64
              %v297 = llvm.getelementptr %in_x[%v296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v298 = llvm.load %v297 : !llvm.ptr -> f32
              %v299 = arith.mulf %v291, %v298 fastmath<contract> : f32
              %v300 = arith.mulf %v290, %v278 fastmath<contract> : f32
              %v301 = arith.addf %v300, %v299 fastmath<contract> : f32
              %v302 = arith.addi %v133, %v43 : i64
              %v303 = arith.minsi %v302, %v135 : i64
              %v304 = arith.addi %v58, %v303 : i64
              %v305 = arith.muli %v25, %v1 : i64
              %v306 = llvm.getelementptr %in_w[%v305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v307 = llvm.load %v306 : !llvm.ptr -> f32
              %v308 = arith.negf %v307 : f32
              %v309 = arith.mulf %v308, %v101 fastmath<contract> : f32
              %v310 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v309) : (f32) -> f32
              %v311 = arith.addf %v37, %v310 fastmath<contract> : f32
              %v312 = arith.divf %v37, %v311 : f32
              %v313 = arith.subf %v37, %v312 fastmath<contract> : f32
              %v314 = arith.muli %v27, %v108 : i64
              %v315 = arith.muli %v25, %v107 : i64
              %v316 = arith.addi %v314, %v315 : i64
              %v317 = arith.muli %v304, %v1 : i64
              %v318 = arith.addi %v316, %v317 : i64
              %v319 = llvm.getelementptr %in_x[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v320 = llvm.load %v319 : !llvm.ptr -> f32
              %v321 = arith.mulf %v313, %v320 fastmath<contract> : f32
              %v322 = arith.mulf %v312, %v301 fastmath<contract> : f32
              %v323 = arith.addf %v322, %v321 fastmath<contract> : f32
              %v324 = arith.addi %v133, %v43 : i64
              %v325 = arith.cmpi slt, %v324, %v60 : i64
              scf.if %v325 {
                %v326 = arith.addi %v58, %v324 : i64
                %v327 = arith.muli %v27, %v108 : i64
                %v328 = arith.muli %v25, %v107 : i64
                %v329 = arith.addi %v327, %v328 : i64
                %v330 = arith.muli %v326, %v1 : i64
                %v331 = arith.addi %v329, %v330 : i64
                %v332 = llvm.getelementptr %dy_y[%v331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v333 = llvm.load %v332 : !llvm.ptr -> f32
                %v334 = llvm.load %v33 : !llvm.ptr -> f32
                %v335 = llvm.load %v34 : !llvm.ptr -> f32
                %v336 = arith.mulf %v335, %v334 fastmath<contract> : f32
                %v337 = arith.addf %v333, %v336 fastmath<contract> : f32
                llvm.store %v337, %v33 : f32, !llvm.ptr
                %v338 = llvm.load %v38 : !llvm.ptr -> f32
                %v339 = arith.mulf %v338, %v335 fastmath<contract> : f32
                llvm.store %v339, %v38 : f32, !llvm.ptr
                %v340 = arith.subi %size_L, %v1 : i64
                %v341 = arith.cmpi eq, %v326, %v340 : i64
                scf.if %v341 {
                }
                %v342 = arith.muli %v25, %v1 : i64
                %v343 = llvm.getelementptr %in_w[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v344 = llvm.load %v343 : !llvm.ptr -> f32
                %v345 = arith.negf %v344 : f32
                %v346 = arith.mulf %v345, %v101 fastmath<contract> : f32
                %v347 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v346) : (f32) -> f32
                %v348 = arith.addf %v37, %v347 fastmath<contract> : f32
                %v349 = arith.divf %v37, %v348 : f32
                llvm.store %v349, %v34 : f32, !llvm.ptr
              }
              %v350 = arith.addi %v133, %v279 : i64
              %v351 = arith.cmpi slt, %v350, %v60 : i64
              scf.if %v351 {
                %v352 = arith.addi %v58, %v350 : i64
                %v353 = arith.muli %v27, %v108 : i64
                %v354 = arith.muli %v25, %v107 : i64
                %v355 = arith.addi %v353, %v354 : i64
                %v356 = arith.muli %v352, %v1 : i64
                %v357 = arith.addi %v355, %v356 : i64
                %v358 = llvm.getelementptr %dy_y[%v357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v359 = llvm.load %v358 : !llvm.ptr -> f32
                %v360 = llvm.load %v33 : !llvm.ptr -> f32
                %v361 = llvm.load %v34 : !llvm.ptr -> f32
                %v362 = arith.mulf %v361, %v360 fastmath<contract> : f32
                %v363 = arith.addf %v359, %v362 fastmath<contract> : f32
                llvm.store %v363, %v33 : f32, !llvm.ptr
                %v364 = llvm.load %v38 : !llvm.ptr -> f32
                %v365 = arith.mulf %v364, %v361 fastmath<contract> : f32
                llvm.store %v365, %v38 : f32, !llvm.ptr
                %v366 = arith.subi %size_L, %v1 : i64
                %v367 = arith.cmpi eq, %v352, %v366 : i64
                scf.if %v367 {
                }
                %v368 = arith.muli %v25, %v1 : i64
                %v369 = llvm.getelementptr %in_w[%v368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v370 = llvm.load %v369 : !llvm.ptr -> f32
                %v371 = arith.negf %v370 : f32
                %v372 = arith.mulf %v371, %v101 fastmath<contract> : f32
                %v373 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v372) : (f32) -> f32
                %v374 = arith.addf %v37, %v373 fastmath<contract> : f32
                %v375 = arith.divf %v37, %v374 : f32
                llvm.store %v375, %v34 : f32, !llvm.ptr
              }
              %v376 = arith.addi %v133, %v256 : i64
              %v377 = arith.cmpi slt, %v376, %v60 : i64
              scf.if %v377 {
                %v378 = arith.addi %v58, %v376 : i64
                %v379 = arith.muli %v27, %v108 : i64
                %v380 = arith.muli %v25, %v107 : i64
                %v381 = arith.addi %v379, %v380 : i64
                %v382 = arith.muli %v378, %v1 : i64
                %v383 = arith.addi %v381, %v382 : i64
                %v384 = llvm.getelementptr %dy_y[%v383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v385 = llvm.load %v384 : !llvm.ptr -> f32
                %v386 = llvm.load %v33 : !llvm.ptr -> f32
                %v387 = llvm.load %v34 : !llvm.ptr -> f32
                %v388 = arith.mulf %v387, %v386 fastmath<contract> : f32
                %v389 = arith.addf %v385, %v388 fastmath<contract> : f32
                llvm.store %v389, %v33 : f32, !llvm.ptr
                %v390 = llvm.load %v38 : !llvm.ptr -> f32
                %v391 = arith.mulf %v390, %v387 fastmath<contract> : f32
                llvm.store %v391, %v38 : f32, !llvm.ptr
                %v392 = arith.subi %size_L, %v1 : i64
                %v393 = arith.cmpi eq, %v378, %v392 : i64
                scf.if %v393 {
                }
                %v394 = arith.muli %v25, %v1 : i64
                %v395 = llvm.getelementptr %in_w[%v394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v396 = llvm.load %v395 : !llvm.ptr -> f32
                %v397 = arith.negf %v396 : f32
                %v398 = arith.mulf %v397, %v101 fastmath<contract> : f32
                %v399 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v398) : (f32) -> f32
                %v400 = arith.addf %v37, %v399 fastmath<contract> : f32
                %v401 = arith.divf %v37, %v400 : f32
                llvm.store %v401, %v34 : f32, !llvm.ptr
              }
              %v402 = arith.addi %v133, %v29 : i64
              %v403 = arith.cmpi slt, %v402, %v60 : i64
              scf.if %v403 {
                %v404 = arith.addi %v58, %v402 : i64
                %v405 = arith.muli %v27, %v108 : i64
                %v406 = arith.muli %v25, %v107 : i64
                %v407 = arith.addi %v405, %v406 : i64
                %v408 = arith.muli %v404, %v1 : i64
                %v409 = arith.addi %v407, %v408 : i64
                %v410 = llvm.getelementptr %dy_y[%v409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v411 = llvm.load %v410 : !llvm.ptr -> f32
                %v412 = llvm.load %v33 : !llvm.ptr -> f32
                %v413 = llvm.load %v34 : !llvm.ptr -> f32
                %v414 = arith.mulf %v413, %v412 fastmath<contract> : f32
                %v415 = arith.addf %v411, %v414 fastmath<contract> : f32
                llvm.store %v415, %v33 : f32, !llvm.ptr
                %v416 = llvm.load %v38 : !llvm.ptr -> f32
                %v417 = arith.mulf %v416, %v413 fastmath<contract> : f32
                llvm.store %v417, %v38 : f32, !llvm.ptr
                %v418 = arith.subi %size_L, %v1 : i64
                %v419 = arith.cmpi eq, %v404, %v418 : i64
                scf.if %v419 {
                }
                %v420 = arith.muli %v25, %v1 : i64
                %v421 = llvm.getelementptr %in_w[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v422 = llvm.load %v421 : !llvm.ptr -> f32
                %v423 = arith.negf %v422 : f32
                %v424 = arith.mulf %v423, %v101 fastmath<contract> : f32
                %v425 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v424) : (f32) -> f32
                %v426 = arith.addf %v37, %v425 fastmath<contract> : f32
                %v427 = arith.divf %v37, %v426 : f32
                llvm.store %v427, %v34 : f32, !llvm.ptr
              }
              %v428 = arith.addi %v133, %v211 : i64
              %v429 = arith.cmpi slt, %v428, %v60 : i64
              scf.if %v429 {
                %v430 = arith.addi %v58, %v428 : i64
                %v431 = arith.muli %v27, %v108 : i64
                %v432 = arith.muli %v25, %v107 : i64
                %v433 = arith.addi %v431, %v432 : i64
                %v434 = arith.muli %v430, %v1 : i64
                %v435 = arith.addi %v433, %v434 : i64
                %v436 = llvm.getelementptr %dy_y[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v437 = llvm.load %v436 : !llvm.ptr -> f32
                %v438 = llvm.load %v33 : !llvm.ptr -> f32
                %v439 = llvm.load %v34 : !llvm.ptr -> f32
                %v440 = arith.mulf %v439, %v438 fastmath<contract> : f32
                %v441 = arith.addf %v437, %v440 fastmath<contract> : f32
                llvm.store %v441, %v33 : f32, !llvm.ptr
                %v442 = llvm.load %v38 : !llvm.ptr -> f32
                %v443 = arith.mulf %v442, %v439 fastmath<contract> : f32
                llvm.store %v443, %v38 : f32, !llvm.ptr
                %v444 = arith.subi %size_L, %v1 : i64
                %v445 = arith.cmpi eq, %v430, %v444 : i64
                scf.if %v445 {
                }
                %v446 = arith.muli %v25, %v1 : i64
                %v447 = llvm.getelementptr %in_w[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v448 = llvm.load %v447 : !llvm.ptr -> f32
                %v449 = arith.negf %v448 : f32
                %v450 = arith.mulf %v449, %v101 fastmath<contract> : f32
                %v451 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v450) : (f32) -> f32
                %v452 = arith.addf %v37, %v451 fastmath<contract> : f32
                %v453 = arith.divf %v37, %v452 : f32
                llvm.store %v453, %v34 : f32, !llvm.ptr
              }
              %v454 = arith.addi %v133, %v188 : i64
              %v455 = arith.cmpi slt, %v454, %v60 : i64
              scf.if %v455 {
                %v456 = arith.addi %v58, %v454 : i64
                %v457 = arith.muli %v27, %v108 : i64
                %v458 = arith.muli %v25, %v107 : i64
                %v459 = arith.addi %v457, %v458 : i64
                %v460 = arith.muli %v456, %v1 : i64
                %v461 = arith.addi %v459, %v460 : i64
                %v462 = llvm.getelementptr %dy_y[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v463 = llvm.load %v462 : !llvm.ptr -> f32
                %v464 = llvm.load %v33 : !llvm.ptr -> f32
                %v465 = llvm.load %v34 : !llvm.ptr -> f32
                %v466 = arith.mulf %v465, %v464 fastmath<contract> : f32
                %v467 = arith.addf %v463, %v466 fastmath<contract> : f32
                llvm.store %v467, %v33 : f32, !llvm.ptr
                %v468 = llvm.load %v38 : !llvm.ptr -> f32
                %v469 = arith.mulf %v468, %v465 fastmath<contract> : f32
                llvm.store %v469, %v38 : f32, !llvm.ptr
                %v470 = arith.subi %size_L, %v1 : i64
                %v471 = arith.cmpi eq, %v456, %v470 : i64
                scf.if %v471 {
                }
                %v472 = arith.muli %v25, %v1 : i64
                %v473 = llvm.getelementptr %in_w[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v474 = llvm.load %v473 : !llvm.ptr -> f32
                %v475 = arith.negf %v474 : f32
                %v476 = arith.mulf %v475, %v101 fastmath<contract> : f32
                %v477 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v476) : (f32) -> f32
                %v478 = arith.addf %v37, %v477 fastmath<contract> : f32
                %v479 = arith.divf %v37, %v478 : f32
                llvm.store %v479, %v34 : f32, !llvm.ptr
              }
              %v480 = arith.addi %v133, %v1 : i64
              %v481 = arith.cmpi slt, %v480, %v60 : i64
              scf.if %v481 {
                %v482 = arith.addi %v58, %v480 : i64
                %v483 = arith.muli %v27, %v108 : i64
                %v484 = arith.muli %v25, %v107 : i64
                %v485 = arith.addi %v483, %v484 : i64
                %v486 = arith.muli %v482, %v1 : i64
                %v487 = arith.addi %v485, %v486 : i64
                %v488 = llvm.getelementptr %dy_y[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v489 = llvm.load %v488 : !llvm.ptr -> f32
                %v490 = llvm.load %v33 : !llvm.ptr -> f32
                %v491 = llvm.load %v34 : !llvm.ptr -> f32
                %v492 = arith.mulf %v491, %v490 fastmath<contract> : f32
                %v493 = arith.addf %v489, %v492 fastmath<contract> : f32
                llvm.store %v493, %v33 : f32, !llvm.ptr
                %v494 = llvm.load %v38 : !llvm.ptr -> f32
                %v495 = arith.mulf %v494, %v491 fastmath<contract> : f32
                llvm.store %v495, %v38 : f32, !llvm.ptr
                %v496 = arith.subi %size_L, %v1 : i64
                %v497 = arith.cmpi eq, %v482, %v496 : i64
                scf.if %v497 {
                }
                %v498 = arith.muli %v25, %v1 : i64
                %v499 = llvm.getelementptr %in_w[%v498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v500 = llvm.load %v499 : !llvm.ptr -> f32
                %v501 = arith.negf %v500 : f32
                %v502 = arith.mulf %v501, %v101 fastmath<contract> : f32
                %v503 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v502) : (f32) -> f32
                %v504 = arith.addf %v37, %v503 fastmath<contract> : f32
                %v505 = arith.divf %v37, %v504 : f32
                llvm.store %v505, %v34 : f32, !llvm.ptr
              }
              %v506 = arith.addi %v133, %v39 : i64
              %v507 = arith.cmpi slt, %v506, %v60 : i64
              scf.if %v507 {
                %v508 = arith.addi %v58, %v506 : i64
                %v509 = arith.muli %v27, %v108 : i64
                %v510 = arith.muli %v25, %v107 : i64
                %v511 = arith.addi %v509, %v510 : i64
                %v512 = arith.muli %v508, %v1 : i64
                %v513 = arith.addi %v511, %v512 : i64
                %v514 = llvm.getelementptr %dy_y[%v513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v515 = llvm.load %v514 : !llvm.ptr -> f32
                %v516 = llvm.load %v33 : !llvm.ptr -> f32
                %v517 = llvm.load %v34 : !llvm.ptr -> f32
                %v518 = arith.mulf %v517, %v516 fastmath<contract> : f32
                %v519 = arith.addf %v515, %v518 fastmath<contract> : f32
                llvm.store %v519, %v33 : f32, !llvm.ptr
                %v520 = llvm.load %v38 : !llvm.ptr -> f32
                %v521 = arith.mulf %v520, %v517 fastmath<contract> : f32
                llvm.store %v521, %v38 : f32, !llvm.ptr
                %v522 = arith.subi %size_L, %v1 : i64
                %v523 = arith.cmpi eq, %v508, %v522 : i64
                scf.if %v523 {
                }
                %v524 = arith.muli %v25, %v1 : i64
                %v525 = llvm.getelementptr %in_w[%v524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v526 = llvm.load %v525 : !llvm.ptr -> f32
                %v527 = arith.negf %v526 : f32
                %v528 = arith.mulf %v527, %v101 fastmath<contract> : f32
                %v529 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v528) : (f32) -> f32
                %v530 = arith.addf %v37, %v529 fastmath<contract> : f32
                %v531 = arith.divf %v37, %v530 : f32
                llvm.store %v531, %v34 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      scf.if %v22 {
        %v532 = llvm.load %v33 : !llvm.ptr -> f32
        %v533 = arith.muli %v39, %v7 : i64
        %v534 = arith.addi %v533, %v18 : i64
        %v535 = arith.muli %v534, %v1 : i64
        %v536 = arith.addi %v535, %v39 : i64
        %v537 = arith.muli %v536, %v3 : i64
        %v538 = arith.subi %v3, %v1 : i64
        %v539 = arith.minsi %v21, %v538 : i64
        %v540 = arith.addi %v537, %v539 : i64
        %v541 = llvm.getelementptr %segsum_h[%v540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v532, %v541 : f32, !llvm.ptr
        %v542 = llvm.load %v38 : !llvm.ptr -> f32
        %v543 = arith.muli %v1, %v7 : i64
        %v544 = arith.addi %v543, %v18 : i64
        %v545 = arith.muli %v544, %v1 : i64
        %v546 = arith.addi %v545, %v39 : i64
        %v547 = arith.muli %v546, %v3 : i64
        %v548 = arith.subi %v3, %v1 : i64
        %v549 = arith.minsi %v21, %v548 : i64
        %v550 = arith.addi %v547, %v549 : i64
        %v551 = llvm.getelementptr %segsum_h[%v550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v542, %v551 : f32, !llvm.ptr
        %v552 = llvm.load %v34 : !llvm.ptr -> f32
        %v553 = arith.muli %v188, %v7 : i64
        %v554 = arith.addi %v553, %v18 : i64
        %v555 = arith.muli %v554, %v1 : i64
        %v556 = arith.addi %v555, %v39 : i64
        %v557 = arith.muli %v556, %v3 : i64
        %v558 = arith.subi %v3, %v1 : i64
        %v559 = arith.minsi %v21, %v558 : i64
        %v560 = arith.addi %v557, %v559 : i64
        %v561 = llvm.getelementptr %segsum_h[%v560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v552, %v561 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
