module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @ema_bwd_seg(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segcarry_h: !llvm.ptr, %dx_x: !llvm.ptr, %part_w: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v123 = arith.constant 0x3FB8AA3B : f32
      %v129 = arith.muli %v1, %size_L : i64
      %v130 = arith.muli %v129, %size_D : i64
      %v212 = arith.constant 2 : i64
      %v235 = arith.constant 3 : i64
      %v280 = arith.constant 5 : i64
      %v303 = arith.constant 6 : i64
      %v353 = arith.constant 2147483647 : i64
      %v357 = arith.constant 7 : i32
      %v405 = arith.constant 6 : i32
      %v453 = arith.constant 5 : i32
      %v501 = arith.constant 4 : i32
      %v549 = arith.constant 3 : i32
      %v597 = arith.constant 2 : i32
      %v645 = arith.constant 1 : i32
      %v693 = arith.constant 0 : i32
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
              %v120 = llvm.getelementptr %in_w[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v121 = llvm.load %v120 : !llvm.ptr -> f32
              %v122 = arith.negf %v121 : f32
              %v124 = arith.mulf %v122, %v123 fastmath<contract> : f32
              %v125 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v124) : (f32) -> f32
              %v126 = arith.addf %v37, %v125 fastmath<contract> : f32
              %v127 = arith.divf %v37, %v126 : f32
              %v128 = arith.subf %v37, %v127 fastmath<contract> : f32
              %v131 = arith.muli %v27, %v130 : i64
              %v132 = arith.muli %v25, %v129 : i64
              %v133 = arith.addi %v131, %v132 : i64
              %v134 = arith.muli %v118, %v1 : i64
              %v135 = arith.addi %v133, %v134 : i64
              %v136 = llvm.getelementptr %in_x[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v137 = llvm.load %v136 : !llvm.ptr -> f32
              %v138 = arith.mulf %v128, %v137 fastmath<contract> : f32
              %v139 = llvm.load %v9 : !llvm.ptr -> f32
              %v140 = arith.mulf %v127, %v139 fastmath<contract> : f32
              %v141 = arith.addf %v140, %v138 fastmath<contract> : f32
              llvm.store %v141, %v9 : f32, !llvm.ptr
            }
          }
        }
        %v142 = arith.index_cast %v38 : i64 to index
        %v143 = arith.index_cast %v1 : i64 to index
        %v144 = arith.index_cast %v1 : i64 to index
        scf.for %v145 = %v142 to %v143 step %v144 {
          %v146 = arith.index_cast %v145 : index to i64
          %v147 = arith.index_cast %v38 : i64 to index
          %v148 = arith.index_cast %v81 : i64 to index
          %v149 = arith.index_cast %v1 : i64 to index
          scf.for %v150 = %v147 to %v148 step %v149 {
            %v151 = arith.index_cast %v150 : index to i64
            %v152 = arith.cmpi slt, %v151, %v81 : i64
            scf.if %v152 {
              %v153 = arith.subi %v81, %v1 : i64
              %v154 = arith.subi %v153, %v151 : i64
              %v155 = arith.muli %v154, %v61 : i64
              %v156 = arith.addi %v67, %v154 : i64
              %v157 = arith.addi %v155, %v61 : i64
              %v158 = arith.cmpi sle, %v157, %v79 : i64
              scf.if %v158 {
                %v159 = arith.subi %v79, %v1 : i64
                %v160 = arith.muli %v156, %v3 : i64
                %v161 = arith.subi %v3, %v1 : i64
                %v162 = arith.minsi %v21, %v161 : i64
                %v163 = arith.addi %v160, %v162 : i64
                %v164 = arith.muli %v163, %v1 : i64
                %v165 = arith.addi %v164, %v38 : i64
                %v166 = llvm.getelementptr %scratch_h[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v167 = llvm.load %v166 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v168 = arith.addi %v155, %v38 : i64
                %v169 = arith.minsi %v168, %v159 : i64
                %v170 = arith.addi %v77, %v169 : i64
                %v171 = arith.muli %v25, %v1 : i64
                %v172 = llvm.getelementptr %in_w[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v173 = llvm.load %v172 : !llvm.ptr -> f32
                %v174 = arith.negf %v173 : f32
                %v175 = arith.mulf %v174, %v123 fastmath<contract> : f32
                %v176 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v175) : (f32) -> f32
                %v177 = arith.addf %v37, %v176 fastmath<contract> : f32
                %v178 = arith.divf %v37, %v177 : f32
                %v179 = arith.subf %v37, %v178 fastmath<contract> : f32
                %v180 = arith.muli %v27, %v130 : i64
                %v181 = arith.muli %v25, %v129 : i64
                %v182 = arith.addi %v180, %v181 : i64
                %v183 = arith.muli %v170, %v1 : i64
                %v184 = arith.addi %v182, %v183 : i64
                %v185 = llvm.getelementptr %in_x[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v186 = llvm.load %v185 : !llvm.ptr -> f32
                %v187 = arith.mulf %v179, %v186 fastmath<contract> : f32
                %v188 = arith.mulf %v178, %v167 fastmath<contract> : f32
                %v189 = arith.addf %v188, %v187 fastmath<contract> : f32
                %v190 = arith.addi %v155, %v1 : i64
                %v191 = arith.minsi %v190, %v159 : i64
                %v192 = arith.addi %v77, %v191 : i64
                %v193 = arith.muli %v25, %v1 : i64
                %v194 = llvm.getelementptr %in_w[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v195 = llvm.load %v194 : !llvm.ptr -> f32
                %v196 = arith.negf %v195 : f32
                %v197 = arith.mulf %v196, %v123 fastmath<contract> : f32
                %v198 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v197) : (f32) -> f32
                %v199 = arith.addf %v37, %v198 fastmath<contract> : f32
                %v200 = arith.divf %v37, %v199 : f32
                %v201 = arith.subf %v37, %v200 fastmath<contract> : f32
                %v202 = arith.muli %v27, %v130 : i64
                %v203 = arith.muli %v25, %v129 : i64
                %v204 = arith.addi %v202, %v203 : i64
                %v205 = arith.muli %v192, %v1 : i64
                %v206 = arith.addi %v204, %v205 : i64
                %v207 = llvm.getelementptr %in_x[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v208 = llvm.load %v207 : !llvm.ptr -> f32
                %v209 = arith.mulf %v201, %v208 fastmath<contract> : f32
                %v210 = arith.mulf %v200, %v189 fastmath<contract> : f32
                %v211 = arith.addf %v210, %v209 fastmath<contract> : f32
                %v213 = arith.addi %v155, %v212 : i64
                %v214 = arith.minsi %v213, %v159 : i64
                %v215 = arith.addi %v77, %v214 : i64
                %v216 = arith.muli %v25, %v1 : i64
                %v217 = llvm.getelementptr %in_w[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v218 = llvm.load %v217 : !llvm.ptr -> f32
                %v219 = arith.negf %v218 : f32
                %v220 = arith.mulf %v219, %v123 fastmath<contract> : f32
                %v221 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v220) : (f32) -> f32
                %v222 = arith.addf %v37, %v221 fastmath<contract> : f32
                %v223 = arith.divf %v37, %v222 : f32
                %v224 = arith.subf %v37, %v223 fastmath<contract> : f32
                %v225 = arith.muli %v27, %v130 : i64
                %v226 = arith.muli %v25, %v129 : i64
                %v227 = arith.addi %v225, %v226 : i64
                %v228 = arith.muli %v215, %v1 : i64
                %v229 = arith.addi %v227, %v228 : i64
                %v230 = llvm.getelementptr %in_x[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v231 = llvm.load %v230 : !llvm.ptr -> f32
                %v232 = arith.mulf %v224, %v231 fastmath<contract> : f32
                %v233 = arith.mulf %v223, %v211 fastmath<contract> : f32
                %v234 = arith.addf %v233, %v232 fastmath<contract> : f32
                %v236 = arith.addi %v155, %v235 : i64
                %v237 = arith.minsi %v236, %v159 : i64
                %v238 = arith.addi %v77, %v237 : i64
                %v239 = arith.muli %v25, %v1 : i64
                %v240 = llvm.getelementptr %in_w[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v241 = llvm.load %v240 : !llvm.ptr -> f32
                %v242 = arith.negf %v241 : f32
                %v243 = arith.mulf %v242, %v123 fastmath<contract> : f32
                %v244 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v243) : (f32) -> f32
                %v245 = arith.addf %v37, %v244 fastmath<contract> : f32
                %v246 = arith.divf %v37, %v245 : f32
                %v247 = arith.subf %v37, %v246 fastmath<contract> : f32
                %v248 = arith.muli %v27, %v130 : i64
                %v249 = arith.muli %v25, %v129 : i64
                %v250 = arith.addi %v248, %v249 : i64
                %v251 = arith.muli %v238, %v1 : i64
                %v252 = arith.addi %v250, %v251 : i64
                %v253 = llvm.getelementptr %in_x[%v252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v254 = llvm.load %v253 : !llvm.ptr -> f32
                %v255 = arith.mulf %v247, %v254 fastmath<contract> : f32
                %v256 = arith.mulf %v246, %v234 fastmath<contract> : f32
                %v257 = arith.addf %v256, %v255 fastmath<contract> : f32
                %v258 = arith.addi %v155, %v29 : i64
                %v259 = arith.minsi %v258, %v159 : i64
                %v260 = arith.addi %v77, %v259 : i64
                %v261 = arith.muli %v25, %v1 : i64
                %v262 = llvm.getelementptr %in_w[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v263 = llvm.load %v262 : !llvm.ptr -> f32
                %v264 = arith.negf %v263 : f32
                %v265 = arith.mulf %v264, %v123 fastmath<contract> : f32
                %v266 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v265) : (f32) -> f32
                %v267 = arith.addf %v37, %v266 fastmath<contract> : f32
                %v268 = arith.divf %v37, %v267 : f32
                %v269 = arith.subf %v37, %v268 fastmath<contract> : f32
                %v270 = arith.muli %v27, %v130 : i64
                %v271 = arith.muli %v25, %v129 : i64
                %v272 = arith.addi %v270, %v271 : i64
                %v273 = arith.muli %v260, %v1 : i64
                %v274 = arith.addi %v272, %v273 : i64
                %v275 = llvm.getelementptr %in_x[%v274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v276 = llvm.load %v275 : !llvm.ptr -> f32
                %v277 = arith.mulf %v269, %v276 fastmath<contract> : f32
                %v278 = arith.mulf %v268, %v257 fastmath<contract> : f32
                %v279 = arith.addf %v278, %v277 fastmath<contract> : f32
                %v281 = arith.addi %v155, %v280 : i64
                %v282 = arith.minsi %v281, %v159 : i64
                %v283 = arith.addi %v77, %v282 : i64
                %v284 = arith.muli %v25, %v1 : i64
                %v285 = llvm.getelementptr %in_w[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v286 = llvm.load %v285 : !llvm.ptr -> f32
                %v287 = arith.negf %v286 : f32
                %v288 = arith.mulf %v287, %v123 fastmath<contract> : f32
                %v289 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v288) : (f32) -> f32
                %v290 = arith.addf %v37, %v289 fastmath<contract> : f32
                %v291 = arith.divf %v37, %v290 : f32
                %v292 = arith.subf %v37, %v291 fastmath<contract> : f32
                %v293 = arith.muli %v27, %v130 : i64
                %v294 = arith.muli %v25, %v129 : i64
                %v295 = arith.addi %v293, %v294 : i64
                %v296 = arith.muli %v283, %v1 : i64
                %v297 = arith.addi %v295, %v296 : i64
                %v298 = llvm.getelementptr %in_x[%v297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v299 = llvm.load %v298 : !llvm.ptr -> f32
                %v300 = arith.mulf %v292, %v299 fastmath<contract> : f32
                %v301 = arith.mulf %v291, %v279 fastmath<contract> : f32
                %v302 = arith.addf %v301, %v300 fastmath<contract> : f32
                %v304 = arith.addi %v155, %v303 : i64
                %v305 = arith.minsi %v304, %v159 : i64
                %v306 = arith.addi %v77, %v305 : i64
                %v307 = arith.muli %v25, %v1 : i64
                %v308 = llvm.getelementptr %in_w[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v309 = llvm.load %v308 : !llvm.ptr -> f32
                %v310 = arith.negf %v309 : f32
                %v311 = arith.mulf %v310, %v123 fastmath<contract> : f32
                %v312 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v311) : (f32) -> f32
                %v313 = arith.addf %v37, %v312 fastmath<contract> : f32
                %v314 = arith.divf %v37, %v313 : f32
                %v315 = arith.subf %v37, %v314 fastmath<contract> : f32
                %v316 = arith.muli %v27, %v130 : i64
                %v317 = arith.muli %v25, %v129 : i64
                %v318 = arith.addi %v316, %v317 : i64
                %v319 = arith.muli %v306, %v1 : i64
                %v320 = arith.addi %v318, %v319 : i64
                %v321 = llvm.getelementptr %in_x[%v320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v322 = llvm.load %v321 : !llvm.ptr -> f32
                %v323 = arith.mulf %v315, %v322 fastmath<contract> : f32
                %v324 = arith.mulf %v314, %v302 fastmath<contract> : f32
                %v325 = arith.addf %v324, %v323 fastmath<contract> : f32
                %v326 = arith.addi %v155, %v62 : i64
                %v327 = arith.minsi %v326, %v159 : i64
                %v328 = arith.addi %v77, %v327 : i64
                %v329 = arith.muli %v25, %v1 : i64
                %v330 = llvm.getelementptr %in_w[%v329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v331 = llvm.load %v330 : !llvm.ptr -> f32
                %v332 = arith.negf %v331 : f32
                %v333 = arith.mulf %v332, %v123 fastmath<contract> : f32
                %v334 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v333) : (f32) -> f32
                %v335 = arith.addf %v37, %v334 fastmath<contract> : f32
                %v336 = arith.divf %v37, %v335 : f32
                %v337 = arith.subf %v37, %v336 fastmath<contract> : f32
                %v338 = arith.muli %v27, %v130 : i64
                %v339 = arith.muli %v25, %v129 : i64
                %v340 = arith.addi %v338, %v339 : i64
                %v341 = arith.muli %v328, %v1 : i64
                %v342 = arith.addi %v340, %v341 : i64
                %v343 = llvm.getelementptr %in_x[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v344 = llvm.load %v343 : !llvm.ptr -> f32
                %v345 = arith.mulf %v337, %v344 fastmath<contract> : f32
                %v346 = arith.mulf %v336, %v325 fastmath<contract> : f32
                %v347 = arith.addf %v346, %v345 fastmath<contract> : f32
                %v348 = arith.subi %v79, %v155 : i64
                %v349 = arith.trunci %v348 : i64 to i32
                %v350 = arith.subi %size_L, %v1 : i64
                %v351 = arith.addi %v77, %v155 : i64
                %v352 = arith.subi %v350, %v351 : i64
                %v354 = arith.minsi %v352, %v353 : i64
                %v355 = arith.trunci %v354 : i64 to i32
                %v356 = arith.addi %v155, %v62 : i64
                %v358 = arith.cmpi slt, %v357, %v349 : i32
                %v359 = arith.cmpi eq, %v357, %v355 : i32
                %v360 = arith.addi %v77, %v356 : i64
                %v361 = arith.muli %v27, %v130 : i64
                %v362 = arith.muli %v25, %v129 : i64
                %v363 = arith.addi %v361, %v362 : i64
                %v364 = arith.muli %v360, %v1 : i64
                %v365 = arith.addi %v363, %v364 : i64
                %v366 = llvm.getelementptr %dy_y[%v365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v367 = llvm.load %v366 : !llvm.ptr -> f32
                %v368 = llvm.load %v33 : !llvm.ptr -> f32
                %v369 = llvm.load %v34 : !llvm.ptr -> f32
                %v370 = arith.mulf %v369, %v368 fastmath<contract> : f32
                %v371 = arith.addf %v367, %v370 fastmath<contract> : f32
                llvm.store %v371, %v33 : f32, !llvm.ptr
                scf.if %v359 {
                }
                %v372 = arith.muli %v25, %v1 : i64
                %v373 = llvm.getelementptr %in_w[%v372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v374 = llvm.load %v373 : !llvm.ptr -> f32
                %v375 = arith.negf %v374 : f32
                %v376 = arith.mulf %v375, %v123 fastmath<contract> : f32
                %v377 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v376) : (f32) -> f32
                %v378 = arith.addf %v37, %v377 fastmath<contract> : f32
                %v379 = arith.divf %v37, %v378 : f32
                %v380 = arith.subf %v37, %v379 fastmath<contract> : f32
                %v381 = llvm.load %v33 : !llvm.ptr -> f32
                %v382 = arith.mulf %v380, %v381 fastmath<contract> : f32
                scf.if %v22 {
                  %v383 = arith.muli %v27, %v130 : i64
                  %v384 = arith.muli %v25, %v129 : i64
                  %v385 = arith.addi %v383, %v384 : i64
                  %v386 = arith.muli %v360, %v1 : i64
                  %v387 = arith.addi %v385, %v386 : i64
                  %v388 = llvm.getelementptr %dx_x[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v382, %v388 : f32, !llvm.ptr
                }
                %v389 = arith.mulf %v325, %v381 fastmath<contract> : f32
                %v390 = arith.muli %v27, %v130 : i64
                %v391 = arith.muli %v25, %v129 : i64
                %v392 = arith.addi %v390, %v391 : i64
                %v393 = arith.muli %v360, %v1 : i64
                %v394 = arith.addi %v392, %v393 : i64
                %v395 = llvm.getelementptr %in_x[%v394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v396 = llvm.load %v395 : !llvm.ptr -> f32
                %v397 = arith.mulf %v396, %v381 fastmath<contract> : f32
                %v398 = arith.negf %v397 : f32
                %v399 = arith.addf %v389, %v398 fastmath<contract> : f32
                %v400 = arith.mulf %v379, %v380 fastmath<contract> : f32
                %v401 = arith.mulf %v399, %v400 fastmath<contract> : f32
                %v402 = llvm.load %v35 : !llvm.ptr -> f32
                %v403 = arith.addf %v402, %v401 fastmath<contract> : f32
                llvm.store %v403, %v35 : f32, !llvm.ptr
                llvm.store %v379, %v34 : f32, !llvm.ptr
                %v404 = arith.addi %v155, %v303 : i64
                %v406 = arith.cmpi slt, %v405, %v349 : i32
                %v407 = arith.cmpi eq, %v405, %v355 : i32
                %v408 = arith.addi %v77, %v404 : i64
                %v409 = arith.muli %v27, %v130 : i64
                %v410 = arith.muli %v25, %v129 : i64
                %v411 = arith.addi %v409, %v410 : i64
                %v412 = arith.muli %v408, %v1 : i64
                %v413 = arith.addi %v411, %v412 : i64
                %v414 = llvm.getelementptr %dy_y[%v413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v415 = llvm.load %v414 : !llvm.ptr -> f32
                %v416 = llvm.load %v33 : !llvm.ptr -> f32
                %v417 = llvm.load %v34 : !llvm.ptr -> f32
                %v418 = arith.mulf %v417, %v416 fastmath<contract> : f32
                %v419 = arith.addf %v415, %v418 fastmath<contract> : f32
                llvm.store %v419, %v33 : f32, !llvm.ptr
                scf.if %v407 {
                }
                %v420 = arith.muli %v25, %v1 : i64
                %v421 = llvm.getelementptr %in_w[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v422 = llvm.load %v421 : !llvm.ptr -> f32
                %v423 = arith.negf %v422 : f32
                %v424 = arith.mulf %v423, %v123 fastmath<contract> : f32
                %v425 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v424) : (f32) -> f32
                %v426 = arith.addf %v37, %v425 fastmath<contract> : f32
                %v427 = arith.divf %v37, %v426 : f32
                %v428 = arith.subf %v37, %v427 fastmath<contract> : f32
                %v429 = llvm.load %v33 : !llvm.ptr -> f32
                %v430 = arith.mulf %v428, %v429 fastmath<contract> : f32
                scf.if %v22 {
                  %v431 = arith.muli %v27, %v130 : i64
                  %v432 = arith.muli %v25, %v129 : i64
                  %v433 = arith.addi %v431, %v432 : i64
                  %v434 = arith.muli %v408, %v1 : i64
                  %v435 = arith.addi %v433, %v434 : i64
                  %v436 = llvm.getelementptr %dx_x[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v430, %v436 : f32, !llvm.ptr
                }
                %v437 = arith.mulf %v302, %v429 fastmath<contract> : f32
                %v438 = arith.muli %v27, %v130 : i64
                %v439 = arith.muli %v25, %v129 : i64
                %v440 = arith.addi %v438, %v439 : i64
                %v441 = arith.muli %v408, %v1 : i64
                %v442 = arith.addi %v440, %v441 : i64
                %v443 = llvm.getelementptr %in_x[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v444 = llvm.load %v443 : !llvm.ptr -> f32
                %v445 = arith.mulf %v444, %v429 fastmath<contract> : f32
                %v446 = arith.negf %v445 : f32
                %v447 = arith.addf %v437, %v446 fastmath<contract> : f32
                %v448 = arith.mulf %v427, %v428 fastmath<contract> : f32
                %v449 = arith.mulf %v447, %v448 fastmath<contract> : f32
                %v450 = llvm.load %v35 : !llvm.ptr -> f32
                %v451 = arith.addf %v450, %v449 fastmath<contract> : f32
                llvm.store %v451, %v35 : f32, !llvm.ptr
                llvm.store %v427, %v34 : f32, !llvm.ptr
                %v452 = arith.addi %v155, %v280 : i64
                %v454 = arith.cmpi slt, %v453, %v349 : i32
                %v455 = arith.cmpi eq, %v453, %v355 : i32
                %v456 = arith.addi %v77, %v452 : i64
                %v457 = arith.muli %v27, %v130 : i64
                %v458 = arith.muli %v25, %v129 : i64
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
                scf.if %v455 {
                }
                %v468 = arith.muli %v25, %v1 : i64
                %v469 = llvm.getelementptr %in_w[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v470 = llvm.load %v469 : !llvm.ptr -> f32
                %v471 = arith.negf %v470 : f32
                %v472 = arith.mulf %v471, %v123 fastmath<contract> : f32
                %v473 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v472) : (f32) -> f32
                %v474 = arith.addf %v37, %v473 fastmath<contract> : f32
                %v475 = arith.divf %v37, %v474 : f32
                %v476 = arith.subf %v37, %v475 fastmath<contract> : f32
                %v477 = llvm.load %v33 : !llvm.ptr -> f32
                %v478 = arith.mulf %v476, %v477 fastmath<contract> : f32
                scf.if %v22 {
                  %v479 = arith.muli %v27, %v130 : i64
                  %v480 = arith.muli %v25, %v129 : i64
                  %v481 = arith.addi %v479, %v480 : i64
                  %v482 = arith.muli %v456, %v1 : i64
                  %v483 = arith.addi %v481, %v482 : i64
                  %v484 = llvm.getelementptr %dx_x[%v483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v478, %v484 : f32, !llvm.ptr
                }
                %v485 = arith.mulf %v279, %v477 fastmath<contract> : f32
                %v486 = arith.muli %v27, %v130 : i64
                %v487 = arith.muli %v25, %v129 : i64
                %v488 = arith.addi %v486, %v487 : i64
                %v489 = arith.muli %v456, %v1 : i64
                %v490 = arith.addi %v488, %v489 : i64
                %v491 = llvm.getelementptr %in_x[%v490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v492 = llvm.load %v491 : !llvm.ptr -> f32
                %v493 = arith.mulf %v492, %v477 fastmath<contract> : f32
                %v494 = arith.negf %v493 : f32
                %v495 = arith.addf %v485, %v494 fastmath<contract> : f32
                %v496 = arith.mulf %v475, %v476 fastmath<contract> : f32
                %v497 = arith.mulf %v495, %v496 fastmath<contract> : f32
                %v498 = llvm.load %v35 : !llvm.ptr -> f32
                %v499 = arith.addf %v498, %v497 fastmath<contract> : f32
                llvm.store %v499, %v35 : f32, !llvm.ptr
                llvm.store %v475, %v34 : f32, !llvm.ptr
                %v500 = arith.addi %v155, %v29 : i64
                %v502 = arith.cmpi slt, %v501, %v349 : i32
                %v503 = arith.cmpi eq, %v501, %v355 : i32
                %v504 = arith.addi %v77, %v500 : i64
                %v505 = arith.muli %v27, %v130 : i64
                %v506 = arith.muli %v25, %v129 : i64
                %v507 = arith.addi %v505, %v506 : i64
                %v508 = arith.muli %v504, %v1 : i64
                %v509 = arith.addi %v507, %v508 : i64
                %v510 = llvm.getelementptr %dy_y[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v511 = llvm.load %v510 : !llvm.ptr -> f32
                %v512 = llvm.load %v33 : !llvm.ptr -> f32
                %v513 = llvm.load %v34 : !llvm.ptr -> f32
                %v514 = arith.mulf %v513, %v512 fastmath<contract> : f32
                %v515 = arith.addf %v511, %v514 fastmath<contract> : f32
                llvm.store %v515, %v33 : f32, !llvm.ptr
                scf.if %v503 {
                }
                %v516 = arith.muli %v25, %v1 : i64
                %v517 = llvm.getelementptr %in_w[%v516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v518 = llvm.load %v517 : !llvm.ptr -> f32
                %v519 = arith.negf %v518 : f32
                %v520 = arith.mulf %v519, %v123 fastmath<contract> : f32
                %v521 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v520) : (f32) -> f32
                %v522 = arith.addf %v37, %v521 fastmath<contract> : f32
                %v523 = arith.divf %v37, %v522 : f32
                %v524 = arith.subf %v37, %v523 fastmath<contract> : f32
                %v525 = llvm.load %v33 : !llvm.ptr -> f32
                %v526 = arith.mulf %v524, %v525 fastmath<contract> : f32
                scf.if %v22 {
                  %v527 = arith.muli %v27, %v130 : i64
                  %v528 = arith.muli %v25, %v129 : i64
                  %v529 = arith.addi %v527, %v528 : i64
                  %v530 = arith.muli %v504, %v1 : i64
                  %v531 = arith.addi %v529, %v530 : i64
                  %v532 = llvm.getelementptr %dx_x[%v531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v526, %v532 : f32, !llvm.ptr
                }
                %v533 = arith.mulf %v257, %v525 fastmath<contract> : f32
                %v534 = arith.muli %v27, %v130 : i64
                %v535 = arith.muli %v25, %v129 : i64
                %v536 = arith.addi %v534, %v535 : i64
                %v537 = arith.muli %v504, %v1 : i64
                %v538 = arith.addi %v536, %v537 : i64
                %v539 = llvm.getelementptr %in_x[%v538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v540 = llvm.load %v539 : !llvm.ptr -> f32
                %v541 = arith.mulf %v540, %v525 fastmath<contract> : f32
                %v542 = arith.negf %v541 : f32
                %v543 = arith.addf %v533, %v542 fastmath<contract> : f32
                %v544 = arith.mulf %v523, %v524 fastmath<contract> : f32
                %v545 = arith.mulf %v543, %v544 fastmath<contract> : f32
                %v546 = llvm.load %v35 : !llvm.ptr -> f32
                %v547 = arith.addf %v546, %v545 fastmath<contract> : f32
                llvm.store %v547, %v35 : f32, !llvm.ptr
                llvm.store %v523, %v34 : f32, !llvm.ptr
                %v548 = arith.addi %v155, %v235 : i64
                %v550 = arith.cmpi slt, %v549, %v349 : i32
                %v551 = arith.cmpi eq, %v549, %v355 : i32
                %v552 = arith.addi %v77, %v548 : i64
                %v553 = arith.muli %v27, %v130 : i64
                %v554 = arith.muli %v25, %v129 : i64
                %v555 = arith.addi %v553, %v554 : i64
                %v556 = arith.muli %v552, %v1 : i64
                %v557 = arith.addi %v555, %v556 : i64
                %v558 = llvm.getelementptr %dy_y[%v557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v559 = llvm.load %v558 : !llvm.ptr -> f32
                %v560 = llvm.load %v33 : !llvm.ptr -> f32
                %v561 = llvm.load %v34 : !llvm.ptr -> f32
                %v562 = arith.mulf %v561, %v560 fastmath<contract> : f32
                %v563 = arith.addf %v559, %v562 fastmath<contract> : f32
                llvm.store %v563, %v33 : f32, !llvm.ptr
                scf.if %v551 {
                }
                %v564 = arith.muli %v25, %v1 : i64
                %v565 = llvm.getelementptr %in_w[%v564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v566 = llvm.load %v565 : !llvm.ptr -> f32
                %v567 = arith.negf %v566 : f32
                %v568 = arith.mulf %v567, %v123 fastmath<contract> : f32
                %v569 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v568) : (f32) -> f32
                %v570 = arith.addf %v37, %v569 fastmath<contract> : f32
                %v571 = arith.divf %v37, %v570 : f32
                %v572 = arith.subf %v37, %v571 fastmath<contract> : f32
                %v573 = llvm.load %v33 : !llvm.ptr -> f32
                %v574 = arith.mulf %v572, %v573 fastmath<contract> : f32
                scf.if %v22 {
                  %v575 = arith.muli %v27, %v130 : i64
                  %v576 = arith.muli %v25, %v129 : i64
                  %v577 = arith.addi %v575, %v576 : i64
                  %v578 = arith.muli %v552, %v1 : i64
                  %v579 = arith.addi %v577, %v578 : i64
                  %v580 = llvm.getelementptr %dx_x[%v579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v574, %v580 : f32, !llvm.ptr
                }
                %v581 = arith.mulf %v234, %v573 fastmath<contract> : f32
                %v582 = arith.muli %v27, %v130 : i64
                %v583 = arith.muli %v25, %v129 : i64
                %v584 = arith.addi %v582, %v583 : i64
                %v585 = arith.muli %v552, %v1 : i64
                %v586 = arith.addi %v584, %v585 : i64
                %v587 = llvm.getelementptr %in_x[%v586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v588 = llvm.load %v587 : !llvm.ptr -> f32
                %v589 = arith.mulf %v588, %v573 fastmath<contract> : f32
                %v590 = arith.negf %v589 : f32
                %v591 = arith.addf %v581, %v590 fastmath<contract> : f32
                %v592 = arith.mulf %v571, %v572 fastmath<contract> : f32
                %v593 = arith.mulf %v591, %v592 fastmath<contract> : f32
                %v594 = llvm.load %v35 : !llvm.ptr -> f32
                %v595 = arith.addf %v594, %v593 fastmath<contract> : f32
                llvm.store %v595, %v35 : f32, !llvm.ptr
                llvm.store %v571, %v34 : f32, !llvm.ptr
                %v596 = arith.addi %v155, %v212 : i64
                %v598 = arith.cmpi slt, %v597, %v349 : i32
                %v599 = arith.cmpi eq, %v597, %v355 : i32
                %v600 = arith.addi %v77, %v596 : i64
                %v601 = arith.muli %v27, %v130 : i64
                %v602 = arith.muli %v25, %v129 : i64
                %v603 = arith.addi %v601, %v602 : i64
                %v604 = arith.muli %v600, %v1 : i64
                %v605 = arith.addi %v603, %v604 : i64
                %v606 = llvm.getelementptr %dy_y[%v605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v607 = llvm.load %v606 : !llvm.ptr -> f32
                %v608 = llvm.load %v33 : !llvm.ptr -> f32
                %v609 = llvm.load %v34 : !llvm.ptr -> f32
                %v610 = arith.mulf %v609, %v608 fastmath<contract> : f32
                %v611 = arith.addf %v607, %v610 fastmath<contract> : f32
                llvm.store %v611, %v33 : f32, !llvm.ptr
                scf.if %v599 {
                }
                %v612 = arith.muli %v25, %v1 : i64
                %v613 = llvm.getelementptr %in_w[%v612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v614 = llvm.load %v613 : !llvm.ptr -> f32
                %v615 = arith.negf %v614 : f32
                %v616 = arith.mulf %v615, %v123 fastmath<contract> : f32
                %v617 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v616) : (f32) -> f32
                %v618 = arith.addf %v37, %v617 fastmath<contract> : f32
                %v619 = arith.divf %v37, %v618 : f32
                %v620 = arith.subf %v37, %v619 fastmath<contract> : f32
                %v621 = llvm.load %v33 : !llvm.ptr -> f32
                %v622 = arith.mulf %v620, %v621 fastmath<contract> : f32
                scf.if %v22 {
                  %v623 = arith.muli %v27, %v130 : i64
                  %v624 = arith.muli %v25, %v129 : i64
                  %v625 = arith.addi %v623, %v624 : i64
                  %v626 = arith.muli %v600, %v1 : i64
                  %v627 = arith.addi %v625, %v626 : i64
                  %v628 = llvm.getelementptr %dx_x[%v627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v622, %v628 : f32, !llvm.ptr
                }
                %v629 = arith.mulf %v211, %v621 fastmath<contract> : f32
                %v630 = arith.muli %v27, %v130 : i64
                %v631 = arith.muli %v25, %v129 : i64
                %v632 = arith.addi %v630, %v631 : i64
                %v633 = arith.muli %v600, %v1 : i64
                %v634 = arith.addi %v632, %v633 : i64
                %v635 = llvm.getelementptr %in_x[%v634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v636 = llvm.load %v635 : !llvm.ptr -> f32
                %v637 = arith.mulf %v636, %v621 fastmath<contract> : f32
                %v638 = arith.negf %v637 : f32
                %v639 = arith.addf %v629, %v638 fastmath<contract> : f32
                %v640 = arith.mulf %v619, %v620 fastmath<contract> : f32
                %v641 = arith.mulf %v639, %v640 fastmath<contract> : f32
                %v642 = llvm.load %v35 : !llvm.ptr -> f32
                %v643 = arith.addf %v642, %v641 fastmath<contract> : f32
                llvm.store %v643, %v35 : f32, !llvm.ptr
                llvm.store %v619, %v34 : f32, !llvm.ptr
                %v644 = arith.addi %v155, %v1 : i64
                %v646 = arith.cmpi slt, %v645, %v349 : i32
                %v647 = arith.cmpi eq, %v645, %v355 : i32
                %v648 = arith.addi %v77, %v644 : i64
                %v649 = arith.muli %v27, %v130 : i64
                %v650 = arith.muli %v25, %v129 : i64
                %v651 = arith.addi %v649, %v650 : i64
                %v652 = arith.muli %v648, %v1 : i64
                %v653 = arith.addi %v651, %v652 : i64
                %v654 = llvm.getelementptr %dy_y[%v653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v655 = llvm.load %v654 : !llvm.ptr -> f32
                %v656 = llvm.load %v33 : !llvm.ptr -> f32
                %v657 = llvm.load %v34 : !llvm.ptr -> f32
                %v658 = arith.mulf %v657, %v656 fastmath<contract> : f32
                %v659 = arith.addf %v655, %v658 fastmath<contract> : f32
                llvm.store %v659, %v33 : f32, !llvm.ptr
                scf.if %v647 {
                }
                %v660 = arith.muli %v25, %v1 : i64
                %v661 = llvm.getelementptr %in_w[%v660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v662 = llvm.load %v661 : !llvm.ptr -> f32
                %v663 = arith.negf %v662 : f32
                %v664 = arith.mulf %v663, %v123 fastmath<contract> : f32
                %v665 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v664) : (f32) -> f32
                %v666 = arith.addf %v37, %v665 fastmath<contract> : f32
                %v667 = arith.divf %v37, %v666 : f32
                %v668 = arith.subf %v37, %v667 fastmath<contract> : f32
                %v669 = llvm.load %v33 : !llvm.ptr -> f32
                %v670 = arith.mulf %v668, %v669 fastmath<contract> : f32
                scf.if %v22 {
                  %v671 = arith.muli %v27, %v130 : i64
                  %v672 = arith.muli %v25, %v129 : i64
                  %v673 = arith.addi %v671, %v672 : i64
                  %v674 = arith.muli %v648, %v1 : i64
                  %v675 = arith.addi %v673, %v674 : i64
                  %v676 = llvm.getelementptr %dx_x[%v675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v670, %v676 : f32, !llvm.ptr
                }
                %v677 = arith.mulf %v189, %v669 fastmath<contract> : f32
                %v678 = arith.muli %v27, %v130 : i64
                %v679 = arith.muli %v25, %v129 : i64
                %v680 = arith.addi %v678, %v679 : i64
                %v681 = arith.muli %v648, %v1 : i64
                %v682 = arith.addi %v680, %v681 : i64
                %v683 = llvm.getelementptr %in_x[%v682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v684 = llvm.load %v683 : !llvm.ptr -> f32
                %v685 = arith.mulf %v684, %v669 fastmath<contract> : f32
                %v686 = arith.negf %v685 : f32
                %v687 = arith.addf %v677, %v686 fastmath<contract> : f32
                %v688 = arith.mulf %v667, %v668 fastmath<contract> : f32
                %v689 = arith.mulf %v687, %v688 fastmath<contract> : f32
                %v690 = llvm.load %v35 : !llvm.ptr -> f32
                %v691 = arith.addf %v690, %v689 fastmath<contract> : f32
                llvm.store %v691, %v35 : f32, !llvm.ptr
                llvm.store %v667, %v34 : f32, !llvm.ptr
                %v692 = arith.addi %v155, %v38 : i64
                %v694 = arith.cmpi slt, %v693, %v349 : i32
                %v695 = arith.cmpi eq, %v693, %v355 : i32
                %v696 = arith.addi %v77, %v692 : i64
                %v697 = arith.muli %v27, %v130 : i64
                %v698 = arith.muli %v25, %v129 : i64
                %v699 = arith.addi %v697, %v698 : i64
                %v700 = arith.muli %v696, %v1 : i64
                %v701 = arith.addi %v699, %v700 : i64
                %v702 = llvm.getelementptr %dy_y[%v701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v703 = llvm.load %v702 : !llvm.ptr -> f32
                %v704 = llvm.load %v33 : !llvm.ptr -> f32
                %v705 = llvm.load %v34 : !llvm.ptr -> f32
                %v706 = arith.mulf %v705, %v704 fastmath<contract> : f32
                %v707 = arith.addf %v703, %v706 fastmath<contract> : f32
                llvm.store %v707, %v33 : f32, !llvm.ptr
                scf.if %v695 {
                }
                %v708 = arith.muli %v25, %v1 : i64
                %v709 = llvm.getelementptr %in_w[%v708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v710 = llvm.load %v709 : !llvm.ptr -> f32
                %v711 = arith.negf %v710 : f32
                %v712 = arith.mulf %v711, %v123 fastmath<contract> : f32
                %v713 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v712) : (f32) -> f32
                %v714 = arith.addf %v37, %v713 fastmath<contract> : f32
                %v715 = arith.divf %v37, %v714 : f32
                %v716 = arith.subf %v37, %v715 fastmath<contract> : f32
                %v717 = llvm.load %v33 : !llvm.ptr -> f32
                %v718 = arith.mulf %v716, %v717 fastmath<contract> : f32
                scf.if %v22 {
                  %v719 = arith.muli %v27, %v130 : i64
                  %v720 = arith.muli %v25, %v129 : i64
                  %v721 = arith.addi %v719, %v720 : i64
                  %v722 = arith.muli %v696, %v1 : i64
                  %v723 = arith.addi %v721, %v722 : i64
                  %v724 = llvm.getelementptr %dx_x[%v723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v718, %v724 : f32, !llvm.ptr
                }
                %v725 = arith.mulf %v167, %v717 fastmath<contract> : f32
                %v726 = arith.muli %v27, %v130 : i64
                %v727 = arith.muli %v25, %v129 : i64
                %v728 = arith.addi %v726, %v727 : i64
                %v729 = arith.muli %v696, %v1 : i64
                %v730 = arith.addi %v728, %v729 : i64
                %v731 = llvm.getelementptr %in_x[%v730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v732 = llvm.load %v731 : !llvm.ptr -> f32
                %v733 = arith.mulf %v732, %v717 fastmath<contract> : f32
                %v734 = arith.negf %v733 : f32
                %v735 = arith.addf %v725, %v734 fastmath<contract> : f32
                %v736 = arith.mulf %v715, %v716 fastmath<contract> : f32
                %v737 = arith.mulf %v735, %v736 fastmath<contract> : f32
                %v738 = llvm.load %v35 : !llvm.ptr -> f32
                %v739 = arith.addf %v738, %v737 fastmath<contract> : f32
                llvm.store %v739, %v35 : f32, !llvm.ptr
                llvm.store %v715, %v34 : f32, !llvm.ptr
              } else {
                %v740 = arith.subi %v79, %v1 : i64
                %v741 = arith.muli %v156, %v3 : i64
                %v742 = arith.subi %v3, %v1 : i64
                %v743 = arith.minsi %v21, %v742 : i64
                %v744 = arith.addi %v741, %v743 : i64
                %v745 = arith.muli %v744, %v1 : i64
                %v746 = arith.addi %v745, %v38 : i64
                %v747 = llvm.getelementptr %scratch_h[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v748 = llvm.load %v747 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v749 = arith.addi %v155, %v38 : i64
                %v750 = arith.minsi %v749, %v740 : i64
                %v751 = arith.addi %v77, %v750 : i64
                %v752 = arith.muli %v25, %v1 : i64
                %v753 = llvm.getelementptr %in_w[%v752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v754 = llvm.load %v753 : !llvm.ptr -> f32
                %v755 = arith.negf %v754 : f32
                %v756 = arith.mulf %v755, %v123 fastmath<contract> : f32
                %v757 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v756) : (f32) -> f32
                %v758 = arith.addf %v37, %v757 fastmath<contract> : f32
                %v759 = arith.divf %v37, %v758 : f32
                %v760 = arith.subf %v37, %v759 fastmath<contract> : f32
                %v761 = arith.muli %v27, %v130 : i64
                %v762 = arith.muli %v25, %v129 : i64
                %v763 = arith.addi %v761, %v762 : i64
                %v764 = arith.muli %v751, %v1 : i64
                %v765 = arith.addi %v763, %v764 : i64
                %v766 = llvm.getelementptr %in_x[%v765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v767 = llvm.load %v766 : !llvm.ptr -> f32
                %v768 = arith.mulf %v760, %v767 fastmath<contract> : f32
                %v769 = arith.mulf %v759, %v748 fastmath<contract> : f32
                %v770 = arith.addf %v769, %v768 fastmath<contract> : f32
                %v771 = arith.addi %v155, %v1 : i64
                %v772 = arith.minsi %v771, %v740 : i64
                %v773 = arith.addi %v77, %v772 : i64
                %v774 = arith.muli %v25, %v1 : i64
                %v775 = llvm.getelementptr %in_w[%v774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v776 = llvm.load %v775 : !llvm.ptr -> f32
                %v777 = arith.negf %v776 : f32
                %v778 = arith.mulf %v777, %v123 fastmath<contract> : f32
                %v779 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v778) : (f32) -> f32
                %v780 = arith.addf %v37, %v779 fastmath<contract> : f32
                %v781 = arith.divf %v37, %v780 : f32
                %v782 = arith.subf %v37, %v781 fastmath<contract> : f32
                %v783 = arith.muli %v27, %v130 : i64
                %v784 = arith.muli %v25, %v129 : i64
                %v785 = arith.addi %v783, %v784 : i64
                %v786 = arith.muli %v773, %v1 : i64
                %v787 = arith.addi %v785, %v786 : i64
                %v788 = llvm.getelementptr %in_x[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v789 = llvm.load %v788 : !llvm.ptr -> f32
                %v790 = arith.mulf %v782, %v789 fastmath<contract> : f32
                %v791 = arith.mulf %v781, %v770 fastmath<contract> : f32
                %v792 = arith.addf %v791, %v790 fastmath<contract> : f32
                %v793 = arith.addi %v155, %v212 : i64
                %v794 = arith.minsi %v793, %v740 : i64
                %v795 = arith.addi %v77, %v794 : i64
                %v796 = arith.muli %v25, %v1 : i64
                %v797 = llvm.getelementptr %in_w[%v796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v798 = llvm.load %v797 : !llvm.ptr -> f32
                %v799 = arith.negf %v798 : f32
                %v800 = arith.mulf %v799, %v123 fastmath<contract> : f32
                %v801 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v800) : (f32) -> f32
                %v802 = arith.addf %v37, %v801 fastmath<contract> : f32
                %v803 = arith.divf %v37, %v802 : f32
                %v804 = arith.subf %v37, %v803 fastmath<contract> : f32
                %v805 = arith.muli %v27, %v130 : i64
                %v806 = arith.muli %v25, %v129 : i64
                %v807 = arith.addi %v805, %v806 : i64
                %v808 = arith.muli %v795, %v1 : i64
                %v809 = arith.addi %v807, %v808 : i64
                %v810 = llvm.getelementptr %in_x[%v809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v811 = llvm.load %v810 : !llvm.ptr -> f32
                %v812 = arith.mulf %v804, %v811 fastmath<contract> : f32
                %v813 = arith.mulf %v803, %v792 fastmath<contract> : f32
                %v814 = arith.addf %v813, %v812 fastmath<contract> : f32
                %v815 = arith.addi %v155, %v235 : i64
                %v816 = arith.minsi %v815, %v740 : i64
                %v817 = arith.addi %v77, %v816 : i64
                %v818 = arith.muli %v25, %v1 : i64
                %v819 = llvm.getelementptr %in_w[%v818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v820 = llvm.load %v819 : !llvm.ptr -> f32
                %v821 = arith.negf %v820 : f32
                %v822 = arith.mulf %v821, %v123 fastmath<contract> : f32
                %v823 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v822) : (f32) -> f32
                %v824 = arith.addf %v37, %v823 fastmath<contract> : f32
                %v825 = arith.divf %v37, %v824 : f32
                %v826 = arith.subf %v37, %v825 fastmath<contract> : f32
                %v827 = arith.muli %v27, %v130 : i64
                %v828 = arith.muli %v25, %v129 : i64
                %v829 = arith.addi %v827, %v828 : i64
                %v830 = arith.muli %v817, %v1 : i64
                %v831 = arith.addi %v829, %v830 : i64
                %v832 = llvm.getelementptr %in_x[%v831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v833 = llvm.load %v832 : !llvm.ptr -> f32
                %v834 = arith.mulf %v826, %v833 fastmath<contract> : f32
                %v835 = arith.mulf %v825, %v814 fastmath<contract> : f32
                %v836 = arith.addf %v835, %v834 fastmath<contract> : f32
                %v837 = arith.addi %v155, %v29 : i64
                %v838 = arith.minsi %v837, %v740 : i64
                %v839 = arith.addi %v77, %v838 : i64
                %v840 = arith.muli %v25, %v1 : i64
                %v841 = llvm.getelementptr %in_w[%v840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v842 = llvm.load %v841 : !llvm.ptr -> f32
                %v843 = arith.negf %v842 : f32
                %v844 = arith.mulf %v843, %v123 fastmath<contract> : f32
                %v845 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v844) : (f32) -> f32
                %v846 = arith.addf %v37, %v845 fastmath<contract> : f32
                %v847 = arith.divf %v37, %v846 : f32
                %v848 = arith.subf %v37, %v847 fastmath<contract> : f32
                %v849 = arith.muli %v27, %v130 : i64
                %v850 = arith.muli %v25, %v129 : i64
                %v851 = arith.addi %v849, %v850 : i64
                %v852 = arith.muli %v839, %v1 : i64
                %v853 = arith.addi %v851, %v852 : i64
                %v854 = llvm.getelementptr %in_x[%v853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v855 = llvm.load %v854 : !llvm.ptr -> f32
                %v856 = arith.mulf %v848, %v855 fastmath<contract> : f32
                %v857 = arith.mulf %v847, %v836 fastmath<contract> : f32
                %v858 = arith.addf %v857, %v856 fastmath<contract> : f32
                %v859 = arith.addi %v155, %v280 : i64
                %v860 = arith.minsi %v859, %v740 : i64
                %v861 = arith.addi %v77, %v860 : i64
                %v862 = arith.muli %v25, %v1 : i64
                %v863 = llvm.getelementptr %in_w[%v862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v864 = llvm.load %v863 : !llvm.ptr -> f32
                %v865 = arith.negf %v864 : f32
                %v866 = arith.mulf %v865, %v123 fastmath<contract> : f32
                %v867 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v866) : (f32) -> f32
                %v868 = arith.addf %v37, %v867 fastmath<contract> : f32
                %v869 = arith.divf %v37, %v868 : f32
                %v870 = arith.subf %v37, %v869 fastmath<contract> : f32
                %v871 = arith.muli %v27, %v130 : i64
                %v872 = arith.muli %v25, %v129 : i64
                %v873 = arith.addi %v871, %v872 : i64
                %v874 = arith.muli %v861, %v1 : i64
                %v875 = arith.addi %v873, %v874 : i64
                %v876 = llvm.getelementptr %in_x[%v875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v877 = llvm.load %v876 : !llvm.ptr -> f32
                %v878 = arith.mulf %v870, %v877 fastmath<contract> : f32
                %v879 = arith.mulf %v869, %v858 fastmath<contract> : f32
                %v880 = arith.addf %v879, %v878 fastmath<contract> : f32
                %v881 = arith.addi %v155, %v303 : i64
                %v882 = arith.minsi %v881, %v740 : i64
                %v883 = arith.addi %v77, %v882 : i64
                %v884 = arith.muli %v25, %v1 : i64
                %v885 = llvm.getelementptr %in_w[%v884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v886 = llvm.load %v885 : !llvm.ptr -> f32
                %v887 = arith.negf %v886 : f32
                %v888 = arith.mulf %v887, %v123 fastmath<contract> : f32
                %v889 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v888) : (f32) -> f32
                %v890 = arith.addf %v37, %v889 fastmath<contract> : f32
                %v891 = arith.divf %v37, %v890 : f32
                %v892 = arith.subf %v37, %v891 fastmath<contract> : f32
                %v893 = arith.muli %v27, %v130 : i64
                %v894 = arith.muli %v25, %v129 : i64
                %v895 = arith.addi %v893, %v894 : i64
                %v896 = arith.muli %v883, %v1 : i64
                %v897 = arith.addi %v895, %v896 : i64
                %v898 = llvm.getelementptr %in_x[%v897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v899 = llvm.load %v898 : !llvm.ptr -> f32
                %v900 = arith.mulf %v892, %v899 fastmath<contract> : f32
                %v901 = arith.mulf %v891, %v880 fastmath<contract> : f32
                %v902 = arith.addf %v901, %v900 fastmath<contract> : f32
                %v903 = arith.addi %v155, %v62 : i64
                %v904 = arith.minsi %v903, %v740 : i64
                %v905 = arith.addi %v77, %v904 : i64
                %v906 = arith.muli %v25, %v1 : i64
                %v907 = llvm.getelementptr %in_w[%v906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v908 = llvm.load %v907 : !llvm.ptr -> f32
                %v909 = arith.negf %v908 : f32
                %v910 = arith.mulf %v909, %v123 fastmath<contract> : f32
                %v911 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v910) : (f32) -> f32
                %v912 = arith.addf %v37, %v911 fastmath<contract> : f32
                %v913 = arith.divf %v37, %v912 : f32
                %v914 = arith.subf %v37, %v913 fastmath<contract> : f32
                %v915 = arith.muli %v27, %v130 : i64
                %v916 = arith.muli %v25, %v129 : i64
                %v917 = arith.addi %v915, %v916 : i64
                %v918 = arith.muli %v905, %v1 : i64
                %v919 = arith.addi %v917, %v918 : i64
                %v920 = llvm.getelementptr %in_x[%v919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v921 = llvm.load %v920 : !llvm.ptr -> f32
                %v922 = arith.mulf %v914, %v921 fastmath<contract> : f32
                %v923 = arith.mulf %v913, %v902 fastmath<contract> : f32
                %v924 = arith.addf %v923, %v922 fastmath<contract> : f32
                %v925 = arith.subi %v79, %v155 : i64
                %v926 = arith.trunci %v925 : i64 to i32
                %v927 = arith.subi %size_L, %v1 : i64
                %v928 = arith.addi %v77, %v155 : i64
                %v929 = arith.subi %v927, %v928 : i64
                %v930 = arith.minsi %v929, %v353 : i64
                %v931 = arith.trunci %v930 : i64 to i32
                %v932 = arith.addi %v155, %v62 : i64
                %v933 = arith.cmpi slt, %v357, %v926 : i32
                %v934 = arith.cmpi eq, %v357, %v931 : i32
                scf.if %v933 {
                  %v935 = arith.addi %v77, %v932 : i64
                  %v936 = arith.muli %v27, %v130 : i64
                  %v937 = arith.muli %v25, %v129 : i64
                  %v938 = arith.addi %v936, %v937 : i64
                  %v939 = arith.muli %v935, %v1 : i64
                  %v940 = arith.addi %v938, %v939 : i64
                  %v941 = llvm.getelementptr %dy_y[%v940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v942 = llvm.load %v941 : !llvm.ptr -> f32
                  %v943 = llvm.load %v33 : !llvm.ptr -> f32
                  %v944 = llvm.load %v34 : !llvm.ptr -> f32
                  %v945 = arith.mulf %v944, %v943 fastmath<contract> : f32
                  %v946 = arith.addf %v942, %v945 fastmath<contract> : f32
                  llvm.store %v946, %v33 : f32, !llvm.ptr
                  scf.if %v934 {
                  }
                  %v947 = arith.muli %v25, %v1 : i64
                  %v948 = llvm.getelementptr %in_w[%v947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v949 = llvm.load %v948 : !llvm.ptr -> f32
                  %v950 = arith.negf %v949 : f32
                  %v951 = arith.mulf %v950, %v123 fastmath<contract> : f32
                  %v952 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v951) : (f32) -> f32
                  %v953 = arith.addf %v37, %v952 fastmath<contract> : f32
                  %v954 = arith.divf %v37, %v953 : f32
                  %v955 = arith.subf %v37, %v954 fastmath<contract> : f32
                  %v956 = llvm.load %v33 : !llvm.ptr -> f32
                  %v957 = arith.mulf %v955, %v956 fastmath<contract> : f32
                  scf.if %v22 {
                    %v958 = arith.muli %v27, %v130 : i64
                    %v959 = arith.muli %v25, %v129 : i64
                    %v960 = arith.addi %v958, %v959 : i64
                    %v961 = arith.muli %v935, %v1 : i64
                    %v962 = arith.addi %v960, %v961 : i64
                    %v963 = llvm.getelementptr %dx_x[%v962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v957, %v963 : f32, !llvm.ptr
                  }
                  %v964 = arith.mulf %v902, %v956 fastmath<contract> : f32
                  %v965 = arith.muli %v27, %v130 : i64
                  %v966 = arith.muli %v25, %v129 : i64
                  %v967 = arith.addi %v965, %v966 : i64
                  %v968 = arith.muli %v935, %v1 : i64
                  %v969 = arith.addi %v967, %v968 : i64
                  %v970 = llvm.getelementptr %in_x[%v969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v971 = llvm.load %v970 : !llvm.ptr -> f32
                  %v972 = arith.mulf %v971, %v956 fastmath<contract> : f32
                  %v973 = arith.negf %v972 : f32
                  %v974 = arith.addf %v964, %v973 fastmath<contract> : f32
                  %v975 = arith.mulf %v954, %v955 fastmath<contract> : f32
                  %v976 = arith.mulf %v974, %v975 fastmath<contract> : f32
                  %v977 = llvm.load %v35 : !llvm.ptr -> f32
                  %v978 = arith.addf %v977, %v976 fastmath<contract> : f32
                  llvm.store %v978, %v35 : f32, !llvm.ptr
                  llvm.store %v954, %v34 : f32, !llvm.ptr
                }
                %v979 = arith.addi %v155, %v303 : i64
                %v980 = arith.cmpi slt, %v405, %v926 : i32
                %v981 = arith.cmpi eq, %v405, %v931 : i32
                scf.if %v980 {
                  %v982 = arith.addi %v77, %v979 : i64
                  %v983 = arith.muli %v27, %v130 : i64
                  %v984 = arith.muli %v25, %v129 : i64
                  %v985 = arith.addi %v983, %v984 : i64
                  %v986 = arith.muli %v982, %v1 : i64
                  %v987 = arith.addi %v985, %v986 : i64
                  %v988 = llvm.getelementptr %dy_y[%v987] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v989 = llvm.load %v988 : !llvm.ptr -> f32
                  %v990 = llvm.load %v33 : !llvm.ptr -> f32
                  %v991 = llvm.load %v34 : !llvm.ptr -> f32
                  %v992 = arith.mulf %v991, %v990 fastmath<contract> : f32
                  %v993 = arith.addf %v989, %v992 fastmath<contract> : f32
                  llvm.store %v993, %v33 : f32, !llvm.ptr
                  scf.if %v981 {
                  }
                  %v994 = arith.muli %v25, %v1 : i64
                  %v995 = llvm.getelementptr %in_w[%v994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v996 = llvm.load %v995 : !llvm.ptr -> f32
                  %v997 = arith.negf %v996 : f32
                  %v998 = arith.mulf %v997, %v123 fastmath<contract> : f32
                  %v999 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v998) : (f32) -> f32
                  %v1000 = arith.addf %v37, %v999 fastmath<contract> : f32
                  %v1001 = arith.divf %v37, %v1000 : f32
                  %v1002 = arith.subf %v37, %v1001 fastmath<contract> : f32
                  %v1003 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1004 = arith.mulf %v1002, %v1003 fastmath<contract> : f32
                  scf.if %v22 {
                    %v1005 = arith.muli %v27, %v130 : i64
                    %v1006 = arith.muli %v25, %v129 : i64
                    %v1007 = arith.addi %v1005, %v1006 : i64
                    %v1008 = arith.muli %v982, %v1 : i64
                    %v1009 = arith.addi %v1007, %v1008 : i64
                    %v1010 = llvm.getelementptr %dx_x[%v1009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1004, %v1010 : f32, !llvm.ptr
                  }
                  %v1011 = arith.mulf %v880, %v1003 fastmath<contract> : f32
                  %v1012 = arith.muli %v27, %v130 : i64
                  %v1013 = arith.muli %v25, %v129 : i64
                  %v1014 = arith.addi %v1012, %v1013 : i64
                  %v1015 = arith.muli %v982, %v1 : i64
                  %v1016 = arith.addi %v1014, %v1015 : i64
                  %v1017 = llvm.getelementptr %in_x[%v1016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1018 = llvm.load %v1017 : !llvm.ptr -> f32
                  %v1019 = arith.mulf %v1018, %v1003 fastmath<contract> : f32
                  %v1020 = arith.negf %v1019 : f32
                  %v1021 = arith.addf %v1011, %v1020 fastmath<contract> : f32
                  %v1022 = arith.mulf %v1001, %v1002 fastmath<contract> : f32
                  %v1023 = arith.mulf %v1021, %v1022 fastmath<contract> : f32
                  %v1024 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1025 = arith.addf %v1024, %v1023 fastmath<contract> : f32
                  llvm.store %v1025, %v35 : f32, !llvm.ptr
                  llvm.store %v1001, %v34 : f32, !llvm.ptr
                }
                %v1026 = arith.addi %v155, %v280 : i64
                %v1027 = arith.cmpi slt, %v453, %v926 : i32
                %v1028 = arith.cmpi eq, %v453, %v931 : i32
                scf.if %v1027 {
                  %v1029 = arith.addi %v77, %v1026 : i64
                  %v1030 = arith.muli %v27, %v130 : i64
                  %v1031 = arith.muli %v25, %v129 : i64
                  %v1032 = arith.addi %v1030, %v1031 : i64
                  %v1033 = arith.muli %v1029, %v1 : i64
                  %v1034 = arith.addi %v1032, %v1033 : i64
                  %v1035 = llvm.getelementptr %dy_y[%v1034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1036 = llvm.load %v1035 : !llvm.ptr -> f32
                  %v1037 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1038 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1039 = arith.mulf %v1038, %v1037 fastmath<contract> : f32
                  %v1040 = arith.addf %v1036, %v1039 fastmath<contract> : f32
                  llvm.store %v1040, %v33 : f32, !llvm.ptr
                  scf.if %v1028 {
                  }
                  %v1041 = arith.muli %v25, %v1 : i64
                  %v1042 = llvm.getelementptr %in_w[%v1041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1043 = llvm.load %v1042 : !llvm.ptr -> f32
                  %v1044 = arith.negf %v1043 : f32
                  %v1045 = arith.mulf %v1044, %v123 fastmath<contract> : f32
                  %v1046 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1045) : (f32) -> f32
                  %v1047 = arith.addf %v37, %v1046 fastmath<contract> : f32
                  %v1048 = arith.divf %v37, %v1047 : f32
                  %v1049 = arith.subf %v37, %v1048 fastmath<contract> : f32
                  %v1050 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1051 = arith.mulf %v1049, %v1050 fastmath<contract> : f32
                  scf.if %v22 {
                    %v1052 = arith.muli %v27, %v130 : i64
                    %v1053 = arith.muli %v25, %v129 : i64
                    %v1054 = arith.addi %v1052, %v1053 : i64
                    %v1055 = arith.muli %v1029, %v1 : i64
                    %v1056 = arith.addi %v1054, %v1055 : i64
                    %v1057 = llvm.getelementptr %dx_x[%v1056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1051, %v1057 : f32, !llvm.ptr
                  }
                  %v1058 = arith.mulf %v858, %v1050 fastmath<contract> : f32
                  %v1059 = arith.muli %v27, %v130 : i64
                  %v1060 = arith.muli %v25, %v129 : i64
                  %v1061 = arith.addi %v1059, %v1060 : i64
                  %v1062 = arith.muli %v1029, %v1 : i64
                  %v1063 = arith.addi %v1061, %v1062 : i64
                  %v1064 = llvm.getelementptr %in_x[%v1063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1065 = llvm.load %v1064 : !llvm.ptr -> f32
                  %v1066 = arith.mulf %v1065, %v1050 fastmath<contract> : f32
                  %v1067 = arith.negf %v1066 : f32
                  %v1068 = arith.addf %v1058, %v1067 fastmath<contract> : f32
                  %v1069 = arith.mulf %v1048, %v1049 fastmath<contract> : f32
                  %v1070 = arith.mulf %v1068, %v1069 fastmath<contract> : f32
                  %v1071 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1072 = arith.addf %v1071, %v1070 fastmath<contract> : f32
                  llvm.store %v1072, %v35 : f32, !llvm.ptr
                  llvm.store %v1048, %v34 : f32, !llvm.ptr
                }
                %v1073 = arith.addi %v155, %v29 : i64
                %v1074 = arith.cmpi slt, %v501, %v926 : i32
                %v1075 = arith.cmpi eq, %v501, %v931 : i32
                scf.if %v1074 {
                  %v1076 = arith.addi %v77, %v1073 : i64
                  %v1077 = arith.muli %v27, %v130 : i64
                  %v1078 = arith.muli %v25, %v129 : i64
                  %v1079 = arith.addi %v1077, %v1078 : i64
                  %v1080 = arith.muli %v1076, %v1 : i64
                  %v1081 = arith.addi %v1079, %v1080 : i64
                  %v1082 = llvm.getelementptr %dy_y[%v1081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1083 = llvm.load %v1082 : !llvm.ptr -> f32
                  %v1084 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1085 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1086 = arith.mulf %v1085, %v1084 fastmath<contract> : f32
                  %v1087 = arith.addf %v1083, %v1086 fastmath<contract> : f32
                  llvm.store %v1087, %v33 : f32, !llvm.ptr
                  scf.if %v1075 {
                  }
                  %v1088 = arith.muli %v25, %v1 : i64
                  %v1089 = llvm.getelementptr %in_w[%v1088] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1090 = llvm.load %v1089 : !llvm.ptr -> f32
                  %v1091 = arith.negf %v1090 : f32
                  %v1092 = arith.mulf %v1091, %v123 fastmath<contract> : f32
                  %v1093 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1092) : (f32) -> f32
                  %v1094 = arith.addf %v37, %v1093 fastmath<contract> : f32
                  %v1095 = arith.divf %v37, %v1094 : f32
                  %v1096 = arith.subf %v37, %v1095 fastmath<contract> : f32
                  %v1097 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1098 = arith.mulf %v1096, %v1097 fastmath<contract> : f32
                  scf.if %v22 {
                    %v1099 = arith.muli %v27, %v130 : i64
                    %v1100 = arith.muli %v25, %v129 : i64
                    %v1101 = arith.addi %v1099, %v1100 : i64
                    %v1102 = arith.muli %v1076, %v1 : i64
                    %v1103 = arith.addi %v1101, %v1102 : i64
                    %v1104 = llvm.getelementptr %dx_x[%v1103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1098, %v1104 : f32, !llvm.ptr
                  }
                  %v1105 = arith.mulf %v836, %v1097 fastmath<contract> : f32
                  %v1106 = arith.muli %v27, %v130 : i64
                  %v1107 = arith.muli %v25, %v129 : i64
                  %v1108 = arith.addi %v1106, %v1107 : i64
                  %v1109 = arith.muli %v1076, %v1 : i64
                  %v1110 = arith.addi %v1108, %v1109 : i64
                  %v1111 = llvm.getelementptr %in_x[%v1110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1112 = llvm.load %v1111 : !llvm.ptr -> f32
                  %v1113 = arith.mulf %v1112, %v1097 fastmath<contract> : f32
                  %v1114 = arith.negf %v1113 : f32
                  %v1115 = arith.addf %v1105, %v1114 fastmath<contract> : f32
                  %v1116 = arith.mulf %v1095, %v1096 fastmath<contract> : f32
                  %v1117 = arith.mulf %v1115, %v1116 fastmath<contract> : f32
                  %v1118 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1119 = arith.addf %v1118, %v1117 fastmath<contract> : f32
                  llvm.store %v1119, %v35 : f32, !llvm.ptr
                  llvm.store %v1095, %v34 : f32, !llvm.ptr
                }
                %v1120 = arith.addi %v155, %v235 : i64
                %v1121 = arith.cmpi slt, %v549, %v926 : i32
                %v1122 = arith.cmpi eq, %v549, %v931 : i32
                scf.if %v1121 {
                  %v1123 = arith.addi %v77, %v1120 : i64
                  %v1124 = arith.muli %v27, %v130 : i64
                  %v1125 = arith.muli %v25, %v129 : i64
                  %v1126 = arith.addi %v1124, %v1125 : i64
                  %v1127 = arith.muli %v1123, %v1 : i64
                  %v1128 = arith.addi %v1126, %v1127 : i64
                  %v1129 = llvm.getelementptr %dy_y[%v1128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1130 = llvm.load %v1129 : !llvm.ptr -> f32
                  %v1131 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1132 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1133 = arith.mulf %v1132, %v1131 fastmath<contract> : f32
                  %v1134 = arith.addf %v1130, %v1133 fastmath<contract> : f32
                  llvm.store %v1134, %v33 : f32, !llvm.ptr
                  scf.if %v1122 {
                  }
                  %v1135 = arith.muli %v25, %v1 : i64
                  %v1136 = llvm.getelementptr %in_w[%v1135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1137 = llvm.load %v1136 : !llvm.ptr -> f32
                  %v1138 = arith.negf %v1137 : f32
                  %v1139 = arith.mulf %v1138, %v123 fastmath<contract> : f32
                  %v1140 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1139) : (f32) -> f32
                  %v1141 = arith.addf %v37, %v1140 fastmath<contract> : f32
                  %v1142 = arith.divf %v37, %v1141 : f32
                  %v1143 = arith.subf %v37, %v1142 fastmath<contract> : f32
                  %v1144 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1145 = arith.mulf %v1143, %v1144 fastmath<contract> : f32
                  scf.if %v22 {
                    %v1146 = arith.muli %v27, %v130 : i64
                    %v1147 = arith.muli %v25, %v129 : i64
                    %v1148 = arith.addi %v1146, %v1147 : i64
                    %v1149 = arith.muli %v1123, %v1 : i64
                    %v1150 = arith.addi %v1148, %v1149 : i64
                    %v1151 = llvm.getelementptr %dx_x[%v1150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1145, %v1151 : f32, !llvm.ptr
                  }
                  %v1152 = arith.mulf %v814, %v1144 fastmath<contract> : f32
                  %v1153 = arith.muli %v27, %v130 : i64
                  %v1154 = arith.muli %v25, %v129 : i64
                  %v1155 = arith.addi %v1153, %v1154 : i64
                  %v1156 = arith.muli %v1123, %v1 : i64
                  %v1157 = arith.addi %v1155, %v1156 : i64
                  %v1158 = llvm.getelementptr %in_x[%v1157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1159 = llvm.load %v1158 : !llvm.ptr -> f32
                  %v1160 = arith.mulf %v1159, %v1144 fastmath<contract> : f32
                  %v1161 = arith.negf %v1160 : f32
                  %v1162 = arith.addf %v1152, %v1161 fastmath<contract> : f32
                  %v1163 = arith.mulf %v1142, %v1143 fastmath<contract> : f32
                  %v1164 = arith.mulf %v1162, %v1163 fastmath<contract> : f32
                  %v1165 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1166 = arith.addf %v1165, %v1164 fastmath<contract> : f32
                  llvm.store %v1166, %v35 : f32, !llvm.ptr
                  llvm.store %v1142, %v34 : f32, !llvm.ptr
                }
                %v1167 = arith.addi %v155, %v212 : i64
                %v1168 = arith.cmpi slt, %v597, %v926 : i32
                %v1169 = arith.cmpi eq, %v597, %v931 : i32
                scf.if %v1168 {
                  %v1170 = arith.addi %v77, %v1167 : i64
                  %v1171 = arith.muli %v27, %v130 : i64
                  %v1172 = arith.muli %v25, %v129 : i64
                  %v1173 = arith.addi %v1171, %v1172 : i64
                  %v1174 = arith.muli %v1170, %v1 : i64
                  %v1175 = arith.addi %v1173, %v1174 : i64
                  %v1176 = llvm.getelementptr %dy_y[%v1175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1177 = llvm.load %v1176 : !llvm.ptr -> f32
                  %v1178 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1179 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1180 = arith.mulf %v1179, %v1178 fastmath<contract> : f32
                  %v1181 = arith.addf %v1177, %v1180 fastmath<contract> : f32
                  llvm.store %v1181, %v33 : f32, !llvm.ptr
                  scf.if %v1169 {
                  }
                  %v1182 = arith.muli %v25, %v1 : i64
                  %v1183 = llvm.getelementptr %in_w[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1184 = llvm.load %v1183 : !llvm.ptr -> f32
                  %v1185 = arith.negf %v1184 : f32
                  %v1186 = arith.mulf %v1185, %v123 fastmath<contract> : f32
                  %v1187 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1186) : (f32) -> f32
                  %v1188 = arith.addf %v37, %v1187 fastmath<contract> : f32
                  %v1189 = arith.divf %v37, %v1188 : f32
                  %v1190 = arith.subf %v37, %v1189 fastmath<contract> : f32
                  %v1191 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1192 = arith.mulf %v1190, %v1191 fastmath<contract> : f32
                  scf.if %v22 {
                    %v1193 = arith.muli %v27, %v130 : i64
                    %v1194 = arith.muli %v25, %v129 : i64
                    %v1195 = arith.addi %v1193, %v1194 : i64
                    %v1196 = arith.muli %v1170, %v1 : i64
                    %v1197 = arith.addi %v1195, %v1196 : i64
                    %v1198 = llvm.getelementptr %dx_x[%v1197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1192, %v1198 : f32, !llvm.ptr
                  }
                  %v1199 = arith.mulf %v792, %v1191 fastmath<contract> : f32
                  %v1200 = arith.muli %v27, %v130 : i64
                  %v1201 = arith.muli %v25, %v129 : i64
                  %v1202 = arith.addi %v1200, %v1201 : i64
                  %v1203 = arith.muli %v1170, %v1 : i64
                  %v1204 = arith.addi %v1202, %v1203 : i64
                  %v1205 = llvm.getelementptr %in_x[%v1204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1206 = llvm.load %v1205 : !llvm.ptr -> f32
                  %v1207 = arith.mulf %v1206, %v1191 fastmath<contract> : f32
                  %v1208 = arith.negf %v1207 : f32
                  %v1209 = arith.addf %v1199, %v1208 fastmath<contract> : f32
                  %v1210 = arith.mulf %v1189, %v1190 fastmath<contract> : f32
                  %v1211 = arith.mulf %v1209, %v1210 fastmath<contract> : f32
                  %v1212 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1213 = arith.addf %v1212, %v1211 fastmath<contract> : f32
                  llvm.store %v1213, %v35 : f32, !llvm.ptr
                  llvm.store %v1189, %v34 : f32, !llvm.ptr
                }
                %v1214 = arith.addi %v155, %v1 : i64
                %v1215 = arith.cmpi slt, %v645, %v926 : i32
                %v1216 = arith.cmpi eq, %v645, %v931 : i32
                scf.if %v1215 {
                  %v1217 = arith.addi %v77, %v1214 : i64
                  %v1218 = arith.muli %v27, %v130 : i64
                  %v1219 = arith.muli %v25, %v129 : i64
                  %v1220 = arith.addi %v1218, %v1219 : i64
                  %v1221 = arith.muli %v1217, %v1 : i64
                  %v1222 = arith.addi %v1220, %v1221 : i64
                  %v1223 = llvm.getelementptr %dy_y[%v1222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1224 = llvm.load %v1223 : !llvm.ptr -> f32
                  %v1225 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1226 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1227 = arith.mulf %v1226, %v1225 fastmath<contract> : f32
                  %v1228 = arith.addf %v1224, %v1227 fastmath<contract> : f32
                  llvm.store %v1228, %v33 : f32, !llvm.ptr
                  scf.if %v1216 {
                  }
                  %v1229 = arith.muli %v25, %v1 : i64
                  %v1230 = llvm.getelementptr %in_w[%v1229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1231 = llvm.load %v1230 : !llvm.ptr -> f32
                  %v1232 = arith.negf %v1231 : f32
                  %v1233 = arith.mulf %v1232, %v123 fastmath<contract> : f32
                  %v1234 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1233) : (f32) -> f32
                  %v1235 = arith.addf %v37, %v1234 fastmath<contract> : f32
                  %v1236 = arith.divf %v37, %v1235 : f32
                  %v1237 = arith.subf %v37, %v1236 fastmath<contract> : f32
                  %v1238 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1239 = arith.mulf %v1237, %v1238 fastmath<contract> : f32
                  scf.if %v22 {
                    %v1240 = arith.muli %v27, %v130 : i64
                    %v1241 = arith.muli %v25, %v129 : i64
                    %v1242 = arith.addi %v1240, %v1241 : i64
                    %v1243 = arith.muli %v1217, %v1 : i64
                    %v1244 = arith.addi %v1242, %v1243 : i64
                    %v1245 = llvm.getelementptr %dx_x[%v1244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1239, %v1245 : f32, !llvm.ptr
                  }
                  %v1246 = arith.mulf %v770, %v1238 fastmath<contract> : f32
                  %v1247 = arith.muli %v27, %v130 : i64
                  %v1248 = arith.muli %v25, %v129 : i64
                  %v1249 = arith.addi %v1247, %v1248 : i64
                  %v1250 = arith.muli %v1217, %v1 : i64
                  %v1251 = arith.addi %v1249, %v1250 : i64
                  %v1252 = llvm.getelementptr %in_x[%v1251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1253 = llvm.load %v1252 : !llvm.ptr -> f32
                  %v1254 = arith.mulf %v1253, %v1238 fastmath<contract> : f32
                  %v1255 = arith.negf %v1254 : f32
                  %v1256 = arith.addf %v1246, %v1255 fastmath<contract> : f32
                  %v1257 = arith.mulf %v1236, %v1237 fastmath<contract> : f32
                  %v1258 = arith.mulf %v1256, %v1257 fastmath<contract> : f32
                  %v1259 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1260 = arith.addf %v1259, %v1258 fastmath<contract> : f32
                  llvm.store %v1260, %v35 : f32, !llvm.ptr
                  llvm.store %v1236, %v34 : f32, !llvm.ptr
                }
                %v1261 = arith.addi %v155, %v38 : i64
                %v1262 = arith.cmpi slt, %v693, %v926 : i32
                %v1263 = arith.cmpi eq, %v693, %v931 : i32
                scf.if %v1262 {
                  %v1264 = arith.addi %v77, %v1261 : i64
                  %v1265 = arith.muli %v27, %v130 : i64
                  %v1266 = arith.muli %v25, %v129 : i64
                  %v1267 = arith.addi %v1265, %v1266 : i64
                  %v1268 = arith.muli %v1264, %v1 : i64
                  %v1269 = arith.addi %v1267, %v1268 : i64
                  %v1270 = llvm.getelementptr %dy_y[%v1269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1271 = llvm.load %v1270 : !llvm.ptr -> f32
                  %v1272 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1273 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1274 = arith.mulf %v1273, %v1272 fastmath<contract> : f32
                  %v1275 = arith.addf %v1271, %v1274 fastmath<contract> : f32
                  llvm.store %v1275, %v33 : f32, !llvm.ptr
                  scf.if %v1263 {
                  }
                  %v1276 = arith.muli %v25, %v1 : i64
                  %v1277 = llvm.getelementptr %in_w[%v1276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1278 = llvm.load %v1277 : !llvm.ptr -> f32
                  %v1279 = arith.negf %v1278 : f32
                  %v1280 = arith.mulf %v1279, %v123 fastmath<contract> : f32
                  %v1281 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1280) : (f32) -> f32
                  %v1282 = arith.addf %v37, %v1281 fastmath<contract> : f32
                  %v1283 = arith.divf %v37, %v1282 : f32
                  %v1284 = arith.subf %v37, %v1283 fastmath<contract> : f32
                  %v1285 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1286 = arith.mulf %v1284, %v1285 fastmath<contract> : f32
                  scf.if %v22 {
                    %v1287 = arith.muli %v27, %v130 : i64
                    %v1288 = arith.muli %v25, %v129 : i64
                    %v1289 = arith.addi %v1287, %v1288 : i64
                    %v1290 = arith.muli %v1264, %v1 : i64
                    %v1291 = arith.addi %v1289, %v1290 : i64
                    %v1292 = llvm.getelementptr %dx_x[%v1291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1286, %v1292 : f32, !llvm.ptr
                  }
                  %v1293 = arith.mulf %v748, %v1285 fastmath<contract> : f32
                  %v1294 = arith.muli %v27, %v130 : i64
                  %v1295 = arith.muli %v25, %v129 : i64
                  %v1296 = arith.addi %v1294, %v1295 : i64
                  %v1297 = arith.muli %v1264, %v1 : i64
                  %v1298 = arith.addi %v1296, %v1297 : i64
                  %v1299 = llvm.getelementptr %in_x[%v1298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1300 = llvm.load %v1299 : !llvm.ptr -> f32
                  %v1301 = arith.mulf %v1300, %v1285 fastmath<contract> : f32
                  %v1302 = arith.negf %v1301 : f32
                  %v1303 = arith.addf %v1293, %v1302 fastmath<contract> : f32
                  %v1304 = arith.mulf %v1283, %v1284 fastmath<contract> : f32
                  %v1305 = arith.mulf %v1303, %v1304 fastmath<contract> : f32
                  %v1306 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1307 = arith.addf %v1306, %v1305 fastmath<contract> : f32
                  llvm.store %v1307, %v35 : f32, !llvm.ptr
                  llvm.store %v1283, %v34 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      %v1308 = arith.cmpi eq, %v18, %v38 : i64
      scf.if %v1308 {
      }
      scf.if %v22 {
        %v1309 = llvm.load %v35 : !llvm.ptr -> f32
        %v1310 = arith.addi %v32, %v21 : i64
        %v1311 = arith.muli %v1310, %v1 : i64
        %v1312 = arith.addi %v1311, %v38 : i64
        %v1313 = llvm.getelementptr %part_w[%v1312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1309, %v1313 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
