module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @ema_bwd_seg(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segcarry_h: !llvm.ptr, %dx_x: !llvm.ptr, %part_w: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = arith.constant 255 : i64
      %v4 = arith.addi %size_L, %v3 : i64
      %v5 = arith.constant 256 : i64
      %v6 = arith.divui %v4, %v5 : i64
      %v7 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v27 = arith.constant 4 : i64
      %v31 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v33 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v34 = arith.constant 0x00000000 : f32
      %v35 = arith.constant 0x3F800000 : f32
      %v36 = arith.constant 0 : i64
      %v51 = arith.constant 64 : i64
      %v52 = arith.constant 8 : i64
      %v53 = arith.constant 7 : i64
      %v54 = arith.constant 63 : i64
      %v74 = arith.muli %size_B, %size_D : i64
      %v108 = arith.constant 0x3FB8AA3B : f32
      %v114 = arith.muli %size_L, %size_D : i64
      %v188 = arith.constant 2 : i64
      %v209 = arith.constant 3 : i64
      %v250 = arith.constant 5 : i64
      %v271 = arith.constant 6 : i64
      %v317 = arith.constant 2147483647 : i64
      %v321 = arith.constant 7 : i32
      %v365 = arith.constant 6 : i32
      %v409 = arith.constant 5 : i32
      %v453 = arith.constant 4 : i32
      %v497 = arith.constant 3 : i32
      %v541 = arith.constant 2 : i32
      %v585 = arith.constant 1 : i32
      %v628 = arith.constant 0 : i32
      %v10 = gpu.block_id x
      %v11 = gpu.thread_id x
      %v12 = arith.index_cast %v11 : index to i64
      %v13 = arith.index_cast %v10 : index to i64
      %v14 = arith.addi %v2, %v3 : i64
      %v15 = arith.divui %v14, %v5 : i64
      %v16 = arith.divui %v13, %v15 : i64
      %v17 = arith.remui %v13, %v15 : i64
      %v18 = arith.muli %v17, %v5 : i64
      %v19 = arith.addi %v18, %v12 : i64
      %v20 = arith.cmpi slt, %v19, %v2 : i64
      %v21 = arith.subi %v2, %v1 : i64
      %v22 = arith.minsi %v19, %v21 : i64
      %v23 = arith.remui %v22, %size_D : i64
      %v24 = arith.divui %v22, %size_D : i64
      %v25 = arith.remui %v24, %size_B : i64
      %v26 = arith.divui %v24, %size_B : i64
      %v28 = arith.muli %v16, %v27 : i64
      %v29 = arith.addi %v28, %v27 : i64
      %v30 = arith.muli %v16, %v2 : i64
      llvm.store %v34, %v31 : f32, !llvm.ptr
      llvm.store %v35, %v32 : f32, !llvm.ptr
      llvm.store %v34, %v33 : f32, !llvm.ptr
      %v37 = arith.muli %v16, %v2 : i64
      %v38 = arith.subi %v2, %v1 : i64
      %v39 = arith.minsi %v19, %v38 : i64
      %v40 = arith.addi %v37, %v39 : i64
      %v41 = llvm.getelementptr %segcarry_h[%v40] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v42 = llvm.load %v41 : !llvm.ptr -> f32
      llvm.store %v42, %v31 : f32, !llvm.ptr
      %v43 = arith.addi %v6, %v16 : i64
      %v44 = arith.muli %v43, %v2 : i64
      %v45 = arith.subi %v2, %v1 : i64
      %v46 = arith.minsi %v19, %v45 : i64
      %v47 = arith.addi %v44, %v46 : i64
      %v48 = llvm.getelementptr %segcarry_h[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v49 = llvm.load %v48 : !llvm.ptr -> f32
      llvm.store %v49, %v32 : f32, !llvm.ptr
      %v50 = arith.cmpi eq, %size_L, %v36 : i64
      scf.if %v50 {
        llvm.store %v34, %v9 : f32, !llvm.ptr
      }
      %v55 = arith.addi %size_L, %v54 : i64
      %v56 = arith.divui %v55, %v51 : i64
      %v57 = arith.minsi %v29, %v56 : i64
      %v58 = arith.muli %v16, %v52 : i64
      %v59 = arith.subi %v57, %v28 : i64
      %v60 = arith.maxsi %v59, %v36 : i64
      %v61 = arith.index_cast %v36 : i64 to index
      %v62 = arith.index_cast %v60 : i64 to index
      %v63 = arith.index_cast %v1 : i64 to index
      scf.for %v64 = %v61 to %v62 step %v63 {
        %v65 = arith.index_cast %v64 : index to i64
        %v66 = arith.subi %v57, %v1 : i64
        %v67 = arith.subi %v66, %v65 : i64
        %v68 = arith.muli %v67, %v51 : i64
        %v69 = arith.subi %size_L, %v68 : i64
        %v70 = arith.minsi %v69, %v51 : i64
        %v71 = arith.addi %v70, %v53 : i64
        %v72 = arith.divui %v71, %v52 : i64
        %v73 = arith.subi %v70, %v1 : i64
        %v75 = arith.muli %v67, %v74 : i64
        %v76 = arith.muli %v25, %size_D : i64
        %v77 = arith.addi %v76, %v23 : i64
        %v78 = arith.addi %v75, %v77 : i64
        %v79 = llvm.getelementptr %ckpt_h[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v80 = llvm.load %v79 : !llvm.ptr -> f32
        llvm.store %v80, %v8 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v81 = arith.index_cast %v36 : i64 to index
        %v82 = arith.index_cast %v72 : i64 to index
        %v83 = arith.index_cast %v1 : i64 to index
        scf.for %v84 = %v81 to %v82 step %v83 {
          %v85 = arith.index_cast %v84 : index to i64
          %v86 = arith.addi %v58, %v85 : i64
          scf.if %v20 {
            %v87 = llvm.load %v8 : !llvm.ptr -> f32
            %v88 = arith.muli %v86, %v2 : i64
            %v89 = arith.subi %v2, %v1 : i64
            %v90 = arith.minsi %v19, %v89 : i64
            %v91 = arith.addi %v88, %v90 : i64
            %v92 = llvm.getelementptr %scratch_h[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v87, %v92 : f32, !llvm.ptr
          }
          %v93 = arith.muli %v85, %v52 : i64
          %v94 = arith.subi %v70, %v93 : i64
          %v95 = arith.trunci %v94 : i64 to i32
          %v96 = arith.index_cast %v36 : i64 to index
          %v97 = arith.index_cast %v52 : i64 to index
          %v98 = arith.index_cast %v1 : i64 to index
          scf.for %v99 = %v96 to %v97 step %v98 {
            %v100 = arith.index_cast %v99 : index to i64
            %v101 = arith.trunci %v100 : i64 to i32
            %v102 = arith.addi %v93, %v100 : i64
            %v103 = arith.cmpi slt, %v101, %v95 : i32
            scf.if %v103 {
              %v104 = arith.addi %v68, %v102 : i64
              %v105 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v106 = llvm.load %v105 : !llvm.ptr -> f32
              %v107 = arith.negf %v106 : f32
              %v109 = arith.mulf %v107, %v108 fastmath<contract> : f32
              %v110 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v109) : (f32) -> f32
              %v111 = arith.addf %v35, %v110 fastmath<contract> : f32
              %v112 = arith.divf %v35, %v111 : f32
              %v113 = arith.subf %v35, %v112 fastmath<contract> : f32
              %v115 = arith.muli %v25, %v114 : i64
              %v116 = arith.muli %v23, %size_L : i64
              %v117 = arith.addi %v115, %v116 : i64
              %v118 = arith.addi %v117, %v104 : i64
              %v119 = llvm.getelementptr %in_x[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v120 = llvm.load %v119 : !llvm.ptr -> f32
              %v121 = arith.mulf %v113, %v120 fastmath<contract> : f32
              %v122 = llvm.load %v8 : !llvm.ptr -> f32
              %v123 = arith.mulf %v112, %v122 fastmath<contract> : f32
              %v124 = arith.addf %v123, %v121 fastmath<contract> : f32
              llvm.store %v124, %v8 : f32, !llvm.ptr
            }
          }
        }
        %v125 = arith.index_cast %v36 : i64 to index
        %v126 = arith.index_cast %v1 : i64 to index
        %v127 = arith.index_cast %v1 : i64 to index
        scf.for %v128 = %v125 to %v126 step %v127 {
          %v129 = arith.index_cast %v128 : index to i64
          %v130 = arith.index_cast %v36 : i64 to index
          %v131 = arith.index_cast %v72 : i64 to index
          %v132 = arith.index_cast %v1 : i64 to index
          scf.for %v133 = %v130 to %v131 step %v132 {
            %v134 = arith.index_cast %v133 : index to i64
            %v135 = arith.cmpi slt, %v134, %v72 : i64
            scf.if %v135 {
              %v136 = arith.subi %v72, %v1 : i64
              %v137 = arith.subi %v136, %v134 : i64
              %v138 = arith.muli %v137, %v52 : i64
              %v139 = arith.addi %v58, %v137 : i64
              %v140 = arith.addi %v138, %v52 : i64
              %v141 = arith.cmpi sle, %v140, %v70 : i64
              scf.if %v141 {
                %v142 = arith.subi %v70, %v1 : i64
                %v143 = arith.muli %v139, %v2 : i64
                %v144 = arith.subi %v2, %v1 : i64
                %v145 = arith.minsi %v19, %v144 : i64
                %v146 = arith.addi %v143, %v145 : i64
                %v147 = llvm.getelementptr %scratch_h[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v148 = llvm.load %v147 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v149 = arith.minsi %v138, %v142 : i64
                %v150 = arith.addi %v68, %v149 : i64
                %v151 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v152 = llvm.load %v151 : !llvm.ptr -> f32
                %v153 = arith.negf %v152 : f32
                %v154 = arith.mulf %v153, %v108 fastmath<contract> : f32
                %v155 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v154) : (f32) -> f32
                %v156 = arith.addf %v35, %v155 fastmath<contract> : f32
                %v157 = arith.divf %v35, %v156 : f32
                %v158 = arith.subf %v35, %v157 fastmath<contract> : f32
                %v159 = arith.muli %v25, %v114 : i64
                %v160 = arith.muli %v23, %size_L : i64
                %v161 = arith.addi %v159, %v160 : i64
                %v162 = arith.addi %v161, %v150 : i64
                %v163 = llvm.getelementptr %in_x[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v164 = llvm.load %v163 : !llvm.ptr -> f32
                %v165 = arith.mulf %v158, %v164 fastmath<contract> : f32
                %v166 = arith.mulf %v157, %v148 fastmath<contract> : f32
                %v167 = arith.addf %v166, %v165 fastmath<contract> : f32
                %v168 = arith.addi %v138, %v1 : i64
                %v169 = arith.minsi %v168, %v142 : i64
                %v170 = arith.addi %v68, %v169 : i64
                %v171 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v172 = llvm.load %v171 : !llvm.ptr -> f32
                %v173 = arith.negf %v172 : f32
                %v174 = arith.mulf %v173, %v108 fastmath<contract> : f32
                %v175 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v174) : (f32) -> f32
                %v176 = arith.addf %v35, %v175 fastmath<contract> : f32
                %v177 = arith.divf %v35, %v176 : f32
                %v178 = arith.subf %v35, %v177 fastmath<contract> : f32
                %v179 = arith.muli %v25, %v114 : i64
                %v180 = arith.muli %v23, %size_L : i64
                %v181 = arith.addi %v179, %v180 : i64
                %v182 = arith.addi %v181, %v170 : i64
                %v183 = llvm.getelementptr %in_x[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v184 = llvm.load %v183 : !llvm.ptr -> f32
                %v185 = arith.mulf %v178, %v184 fastmath<contract> : f32
                %v186 = arith.mulf %v177, %v167 fastmath<contract> : f32
                %v187 = arith.addf %v186, %v185 fastmath<contract> : f32
                %v189 = arith.addi %v138, %v188 : i64
                %v190 = arith.minsi %v189, %v142 : i64
                %v191 = arith.addi %v68, %v190 : i64
                %v192 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v193 = llvm.load %v192 : !llvm.ptr -> f32
                %v194 = arith.negf %v193 : f32
                %v195 = arith.mulf %v194, %v108 fastmath<contract> : f32
                %v196 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v195) : (f32) -> f32
                %v197 = arith.addf %v35, %v196 fastmath<contract> : f32
                %v198 = arith.divf %v35, %v197 : f32
                %v199 = arith.subf %v35, %v198 fastmath<contract> : f32
                %v200 = arith.muli %v25, %v114 : i64
                %v201 = arith.muli %v23, %size_L : i64
                %v202 = arith.addi %v200, %v201 : i64
                %v203 = arith.addi %v202, %v191 : i64
                %v204 = llvm.getelementptr %in_x[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v205 = llvm.load %v204 : !llvm.ptr -> f32
                %v206 = arith.mulf %v199, %v205 fastmath<contract> : f32
                %v207 = arith.mulf %v198, %v187 fastmath<contract> : f32
                %v208 = arith.addf %v207, %v206 fastmath<contract> : f32
                %v210 = arith.addi %v138, %v209 : i64
                %v211 = arith.minsi %v210, %v142 : i64
                %v212 = arith.addi %v68, %v211 : i64
                %v213 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v214 = llvm.load %v213 : !llvm.ptr -> f32
                %v215 = arith.negf %v214 : f32
                %v216 = arith.mulf %v215, %v108 fastmath<contract> : f32
                %v217 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v216) : (f32) -> f32
                %v218 = arith.addf %v35, %v217 fastmath<contract> : f32
                %v219 = arith.divf %v35, %v218 : f32
                %v220 = arith.subf %v35, %v219 fastmath<contract> : f32
                %v221 = arith.muli %v25, %v114 : i64
                %v222 = arith.muli %v23, %size_L : i64
                %v223 = arith.addi %v221, %v222 : i64
                %v224 = arith.addi %v223, %v212 : i64
                %v225 = llvm.getelementptr %in_x[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v226 = llvm.load %v225 : !llvm.ptr -> f32
                %v227 = arith.mulf %v220, %v226 fastmath<contract> : f32
                %v228 = arith.mulf %v219, %v208 fastmath<contract> : f32
                %v229 = arith.addf %v228, %v227 fastmath<contract> : f32
                %v230 = arith.addi %v138, %v27 : i64
                %v231 = arith.minsi %v230, %v142 : i64
                %v232 = arith.addi %v68, %v231 : i64
                %v233 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v234 = llvm.load %v233 : !llvm.ptr -> f32
                %v235 = arith.negf %v234 : f32
                %v236 = arith.mulf %v235, %v108 fastmath<contract> : f32
                %v237 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v236) : (f32) -> f32
                %v238 = arith.addf %v35, %v237 fastmath<contract> : f32
                %v239 = arith.divf %v35, %v238 : f32
                %v240 = arith.subf %v35, %v239 fastmath<contract> : f32
                %v241 = arith.muli %v25, %v114 : i64
                %v242 = arith.muli %v23, %size_L : i64
                %v243 = arith.addi %v241, %v242 : i64
                %v244 = arith.addi %v243, %v232 : i64
                %v245 = llvm.getelementptr %in_x[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v246 = llvm.load %v245 : !llvm.ptr -> f32
                %v247 = arith.mulf %v240, %v246 fastmath<contract> : f32
                %v248 = arith.mulf %v239, %v229 fastmath<contract> : f32
                %v249 = arith.addf %v248, %v247 fastmath<contract> : f32
                %v251 = arith.addi %v138, %v250 : i64
                %v252 = arith.minsi %v251, %v142 : i64
                %v253 = arith.addi %v68, %v252 : i64
                %v254 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v255 = llvm.load %v254 : !llvm.ptr -> f32
                %v256 = arith.negf %v255 : f32
                %v257 = arith.mulf %v256, %v108 fastmath<contract> : f32
                %v258 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v257) : (f32) -> f32
                %v259 = arith.addf %v35, %v258 fastmath<contract> : f32
                %v260 = arith.divf %v35, %v259 : f32
                %v261 = arith.subf %v35, %v260 fastmath<contract> : f32
                %v262 = arith.muli %v25, %v114 : i64
                %v263 = arith.muli %v23, %size_L : i64
                %v264 = arith.addi %v262, %v263 : i64
                %v265 = arith.addi %v264, %v253 : i64
                %v266 = llvm.getelementptr %in_x[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v267 = llvm.load %v266 : !llvm.ptr -> f32
                %v268 = arith.mulf %v261, %v267 fastmath<contract> : f32
                %v269 = arith.mulf %v260, %v249 fastmath<contract> : f32
                %v270 = arith.addf %v269, %v268 fastmath<contract> : f32
                %v272 = arith.addi %v138, %v271 : i64
                %v273 = arith.minsi %v272, %v142 : i64
                %v274 = arith.addi %v68, %v273 : i64
                %v275 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v276 = llvm.load %v275 : !llvm.ptr -> f32
                %v277 = arith.negf %v276 : f32
                %v278 = arith.mulf %v277, %v108 fastmath<contract> : f32
                %v279 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v278) : (f32) -> f32
                %v280 = arith.addf %v35, %v279 fastmath<contract> : f32
                %v281 = arith.divf %v35, %v280 : f32
                %v282 = arith.subf %v35, %v281 fastmath<contract> : f32
                %v283 = arith.muli %v25, %v114 : i64
                %v284 = arith.muli %v23, %size_L : i64
                %v285 = arith.addi %v283, %v284 : i64
                %v286 = arith.addi %v285, %v274 : i64
                %v287 = llvm.getelementptr %in_x[%v286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v288 = llvm.load %v287 : !llvm.ptr -> f32
                %v289 = arith.mulf %v282, %v288 fastmath<contract> : f32
                %v290 = arith.mulf %v281, %v270 fastmath<contract> : f32
                %v291 = arith.addf %v290, %v289 fastmath<contract> : f32
                %v292 = arith.addi %v138, %v53 : i64
                %v293 = arith.minsi %v292, %v142 : i64
                %v294 = arith.addi %v68, %v293 : i64
                %v295 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v296 = llvm.load %v295 : !llvm.ptr -> f32
                %v297 = arith.negf %v296 : f32
                %v298 = arith.mulf %v297, %v108 fastmath<contract> : f32
                %v299 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v298) : (f32) -> f32
                %v300 = arith.addf %v35, %v299 fastmath<contract> : f32
                %v301 = arith.divf %v35, %v300 : f32
                %v302 = arith.subf %v35, %v301 fastmath<contract> : f32
                %v303 = arith.muli %v25, %v114 : i64
                %v304 = arith.muli %v23, %size_L : i64
                %v305 = arith.addi %v303, %v304 : i64
                %v306 = arith.addi %v305, %v294 : i64
                %v307 = llvm.getelementptr %in_x[%v306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v308 = llvm.load %v307 : !llvm.ptr -> f32
                %v309 = arith.mulf %v302, %v308 fastmath<contract> : f32
                %v310 = arith.mulf %v301, %v291 fastmath<contract> : f32
                %v311 = arith.addf %v310, %v309 fastmath<contract> : f32
                %v312 = arith.subi %v70, %v138 : i64
                %v313 = arith.trunci %v312 : i64 to i32
                %v314 = arith.subi %size_L, %v1 : i64
                %v315 = arith.addi %v68, %v138 : i64
                %v316 = arith.subi %v314, %v315 : i64
                %v318 = arith.minsi %v316, %v317 : i64
                %v319 = arith.trunci %v318 : i64 to i32
                %v320 = arith.addi %v138, %v53 : i64
                %v322 = arith.cmpi slt, %v321, %v313 : i32
                %v323 = arith.cmpi eq, %v321, %v319 : i32
                %v324 = arith.addi %v68, %v320 : i64
                %v325 = arith.muli %v25, %v114 : i64
                %v326 = arith.muli %v23, %size_L : i64
                %v327 = arith.addi %v325, %v326 : i64
                %v328 = arith.addi %v327, %v324 : i64
                %v329 = llvm.getelementptr %dy_y[%v328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v330 = llvm.load %v329 : !llvm.ptr -> f32
                %v331 = llvm.load %v31 : !llvm.ptr -> f32
                %v332 = llvm.load %v32 : !llvm.ptr -> f32
                %v333 = arith.mulf %v332, %v331 fastmath<contract> : f32
                %v334 = arith.addf %v330, %v333 fastmath<contract> : f32
                llvm.store %v334, %v31 : f32, !llvm.ptr
                scf.if %v323 {
                }
                %v335 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v336 = llvm.load %v335 : !llvm.ptr -> f32
                %v337 = arith.negf %v336 : f32
                %v338 = arith.mulf %v337, %v108 fastmath<contract> : f32
                %v339 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v338) : (f32) -> f32
                %v340 = arith.addf %v35, %v339 fastmath<contract> : f32
                %v341 = arith.divf %v35, %v340 : f32
                %v342 = arith.subf %v35, %v341 fastmath<contract> : f32
                %v343 = llvm.load %v31 : !llvm.ptr -> f32
                %v344 = arith.mulf %v342, %v343 fastmath<contract> : f32
                scf.if %v20 {
                  %v345 = arith.muli %v25, %v114 : i64
                  %v346 = arith.muli %v23, %size_L : i64
                  %v347 = arith.addi %v345, %v346 : i64
                  %v348 = arith.addi %v347, %v324 : i64
                  %v349 = llvm.getelementptr %dx_x[%v348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v344, %v349 : f32, !llvm.ptr
                }
                %v350 = arith.mulf %v291, %v343 fastmath<contract> : f32
                %v351 = arith.muli %v25, %v114 : i64
                %v352 = arith.muli %v23, %size_L : i64
                %v353 = arith.addi %v351, %v352 : i64
                %v354 = arith.addi %v353, %v324 : i64
                %v355 = llvm.getelementptr %in_x[%v354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v356 = llvm.load %v355 : !llvm.ptr -> f32
                %v357 = arith.mulf %v356, %v343 fastmath<contract> : f32
                %v358 = arith.negf %v357 : f32
                %v359 = arith.addf %v350, %v358 fastmath<contract> : f32
                %v360 = arith.mulf %v341, %v342 fastmath<contract> : f32
                %v361 = arith.mulf %v359, %v360 fastmath<contract> : f32
                %v362 = llvm.load %v33 : !llvm.ptr -> f32
                %v363 = arith.addf %v362, %v361 fastmath<contract> : f32
                llvm.store %v363, %v33 : f32, !llvm.ptr
                llvm.store %v341, %v32 : f32, !llvm.ptr
                %v364 = arith.addi %v138, %v271 : i64
                %v366 = arith.cmpi slt, %v365, %v313 : i32
                %v367 = arith.cmpi eq, %v365, %v319 : i32
                %v368 = arith.addi %v68, %v364 : i64
                %v369 = arith.muli %v25, %v114 : i64
                %v370 = arith.muli %v23, %size_L : i64
                %v371 = arith.addi %v369, %v370 : i64
                %v372 = arith.addi %v371, %v368 : i64
                %v373 = llvm.getelementptr %dy_y[%v372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v374 = llvm.load %v373 : !llvm.ptr -> f32
                %v375 = llvm.load %v31 : !llvm.ptr -> f32
                %v376 = llvm.load %v32 : !llvm.ptr -> f32
                %v377 = arith.mulf %v376, %v375 fastmath<contract> : f32
                %v378 = arith.addf %v374, %v377 fastmath<contract> : f32
                llvm.store %v378, %v31 : f32, !llvm.ptr
                scf.if %v367 {
                }
                %v379 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v380 = llvm.load %v379 : !llvm.ptr -> f32
                %v381 = arith.negf %v380 : f32
                %v382 = arith.mulf %v381, %v108 fastmath<contract> : f32
                %v383 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v382) : (f32) -> f32
                %v384 = arith.addf %v35, %v383 fastmath<contract> : f32
                %v385 = arith.divf %v35, %v384 : f32
                %v386 = arith.subf %v35, %v385 fastmath<contract> : f32
                %v387 = llvm.load %v31 : !llvm.ptr -> f32
                %v388 = arith.mulf %v386, %v387 fastmath<contract> : f32
                scf.if %v20 {
                  %v389 = arith.muli %v25, %v114 : i64
                  %v390 = arith.muli %v23, %size_L : i64
                  %v391 = arith.addi %v389, %v390 : i64
                  %v392 = arith.addi %v391, %v368 : i64
                  %v393 = llvm.getelementptr %dx_x[%v392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v388, %v393 : f32, !llvm.ptr
                }
                %v394 = arith.mulf %v270, %v387 fastmath<contract> : f32
                %v395 = arith.muli %v25, %v114 : i64
                %v396 = arith.muli %v23, %size_L : i64
                %v397 = arith.addi %v395, %v396 : i64
                %v398 = arith.addi %v397, %v368 : i64
                %v399 = llvm.getelementptr %in_x[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v400 = llvm.load %v399 : !llvm.ptr -> f32
                %v401 = arith.mulf %v400, %v387 fastmath<contract> : f32
                %v402 = arith.negf %v401 : f32
                %v403 = arith.addf %v394, %v402 fastmath<contract> : f32
                %v404 = arith.mulf %v385, %v386 fastmath<contract> : f32
                %v405 = arith.mulf %v403, %v404 fastmath<contract> : f32
                %v406 = llvm.load %v33 : !llvm.ptr -> f32
                %v407 = arith.addf %v406, %v405 fastmath<contract> : f32
                llvm.store %v407, %v33 : f32, !llvm.ptr
                llvm.store %v385, %v32 : f32, !llvm.ptr
                %v408 = arith.addi %v138, %v250 : i64
                %v410 = arith.cmpi slt, %v409, %v313 : i32
                %v411 = arith.cmpi eq, %v409, %v319 : i32
                %v412 = arith.addi %v68, %v408 : i64
                %v413 = arith.muli %v25, %v114 : i64
                %v414 = arith.muli %v23, %size_L : i64
                %v415 = arith.addi %v413, %v414 : i64
                %v416 = arith.addi %v415, %v412 : i64
                %v417 = llvm.getelementptr %dy_y[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v418 = llvm.load %v417 : !llvm.ptr -> f32
                %v419 = llvm.load %v31 : !llvm.ptr -> f32
                %v420 = llvm.load %v32 : !llvm.ptr -> f32
                %v421 = arith.mulf %v420, %v419 fastmath<contract> : f32
                %v422 = arith.addf %v418, %v421 fastmath<contract> : f32
                llvm.store %v422, %v31 : f32, !llvm.ptr
                scf.if %v411 {
                }
                %v423 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v424 = llvm.load %v423 : !llvm.ptr -> f32
                %v425 = arith.negf %v424 : f32
                %v426 = arith.mulf %v425, %v108 fastmath<contract> : f32
                %v427 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v426) : (f32) -> f32
                %v428 = arith.addf %v35, %v427 fastmath<contract> : f32
                %v429 = arith.divf %v35, %v428 : f32
                %v430 = arith.subf %v35, %v429 fastmath<contract> : f32
                %v431 = llvm.load %v31 : !llvm.ptr -> f32
                %v432 = arith.mulf %v430, %v431 fastmath<contract> : f32
                scf.if %v20 {
                  %v433 = arith.muli %v25, %v114 : i64
                  %v434 = arith.muli %v23, %size_L : i64
                  %v435 = arith.addi %v433, %v434 : i64
                  %v436 = arith.addi %v435, %v412 : i64
                  %v437 = llvm.getelementptr %dx_x[%v436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v432, %v437 : f32, !llvm.ptr
                }
                %v438 = arith.mulf %v249, %v431 fastmath<contract> : f32
                %v439 = arith.muli %v25, %v114 : i64
                %v440 = arith.muli %v23, %size_L : i64
                %v441 = arith.addi %v439, %v440 : i64
                %v442 = arith.addi %v441, %v412 : i64
                %v443 = llvm.getelementptr %in_x[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v444 = llvm.load %v443 : !llvm.ptr -> f32
                %v445 = arith.mulf %v444, %v431 fastmath<contract> : f32
                %v446 = arith.negf %v445 : f32
                %v447 = arith.addf %v438, %v446 fastmath<contract> : f32
                %v448 = arith.mulf %v429, %v430 fastmath<contract> : f32
                %v449 = arith.mulf %v447, %v448 fastmath<contract> : f32
                %v450 = llvm.load %v33 : !llvm.ptr -> f32
                %v451 = arith.addf %v450, %v449 fastmath<contract> : f32
                llvm.store %v451, %v33 : f32, !llvm.ptr
                llvm.store %v429, %v32 : f32, !llvm.ptr
                %v452 = arith.addi %v138, %v27 : i64
                %v454 = arith.cmpi slt, %v453, %v313 : i32
                %v455 = arith.cmpi eq, %v453, %v319 : i32
                %v456 = arith.addi %v68, %v452 : i64
                %v457 = arith.muli %v25, %v114 : i64
                %v458 = arith.muli %v23, %size_L : i64
                %v459 = arith.addi %v457, %v458 : i64
                %v460 = arith.addi %v459, %v456 : i64
                %v461 = llvm.getelementptr %dy_y[%v460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v462 = llvm.load %v461 : !llvm.ptr -> f32
                %v463 = llvm.load %v31 : !llvm.ptr -> f32
                %v464 = llvm.load %v32 : !llvm.ptr -> f32
                %v465 = arith.mulf %v464, %v463 fastmath<contract> : f32
                %v466 = arith.addf %v462, %v465 fastmath<contract> : f32
                llvm.store %v466, %v31 : f32, !llvm.ptr
                scf.if %v455 {
                }
                %v467 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v468 = llvm.load %v467 : !llvm.ptr -> f32
                %v469 = arith.negf %v468 : f32
                %v470 = arith.mulf %v469, %v108 fastmath<contract> : f32
                %v471 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v470) : (f32) -> f32
                %v472 = arith.addf %v35, %v471 fastmath<contract> : f32
                %v473 = arith.divf %v35, %v472 : f32
                %v474 = arith.subf %v35, %v473 fastmath<contract> : f32
                %v475 = llvm.load %v31 : !llvm.ptr -> f32
                %v476 = arith.mulf %v474, %v475 fastmath<contract> : f32
                scf.if %v20 {
                  %v477 = arith.muli %v25, %v114 : i64
                  %v478 = arith.muli %v23, %size_L : i64
                  %v479 = arith.addi %v477, %v478 : i64
                  %v480 = arith.addi %v479, %v456 : i64
                  %v481 = llvm.getelementptr %dx_x[%v480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v476, %v481 : f32, !llvm.ptr
                }
                %v482 = arith.mulf %v229, %v475 fastmath<contract> : f32
                %v483 = arith.muli %v25, %v114 : i64
                %v484 = arith.muli %v23, %size_L : i64
                %v485 = arith.addi %v483, %v484 : i64
                %v486 = arith.addi %v485, %v456 : i64
                %v487 = llvm.getelementptr %in_x[%v486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v488 = llvm.load %v487 : !llvm.ptr -> f32
                %v489 = arith.mulf %v488, %v475 fastmath<contract> : f32
                %v490 = arith.negf %v489 : f32
                %v491 = arith.addf %v482, %v490 fastmath<contract> : f32
                %v492 = arith.mulf %v473, %v474 fastmath<contract> : f32
                %v493 = arith.mulf %v491, %v492 fastmath<contract> : f32
                %v494 = llvm.load %v33 : !llvm.ptr -> f32
                %v495 = arith.addf %v494, %v493 fastmath<contract> : f32
                llvm.store %v495, %v33 : f32, !llvm.ptr
                llvm.store %v473, %v32 : f32, !llvm.ptr
                %v496 = arith.addi %v138, %v209 : i64
                %v498 = arith.cmpi slt, %v497, %v313 : i32
                %v499 = arith.cmpi eq, %v497, %v319 : i32
                %v500 = arith.addi %v68, %v496 : i64
                %v501 = arith.muli %v25, %v114 : i64
                %v502 = arith.muli %v23, %size_L : i64
                %v503 = arith.addi %v501, %v502 : i64
                %v504 = arith.addi %v503, %v500 : i64
                %v505 = llvm.getelementptr %dy_y[%v504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v506 = llvm.load %v505 : !llvm.ptr -> f32
                %v507 = llvm.load %v31 : !llvm.ptr -> f32
                %v508 = llvm.load %v32 : !llvm.ptr -> f32
                %v509 = arith.mulf %v508, %v507 fastmath<contract> : f32
                %v510 = arith.addf %v506, %v509 fastmath<contract> : f32
                llvm.store %v510, %v31 : f32, !llvm.ptr
                scf.if %v499 {
                }
                %v511 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v512 = llvm.load %v511 : !llvm.ptr -> f32
                %v513 = arith.negf %v512 : f32
                %v514 = arith.mulf %v513, %v108 fastmath<contract> : f32
                %v515 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v514) : (f32) -> f32
                %v516 = arith.addf %v35, %v515 fastmath<contract> : f32
                %v517 = arith.divf %v35, %v516 : f32
                %v518 = arith.subf %v35, %v517 fastmath<contract> : f32
                %v519 = llvm.load %v31 : !llvm.ptr -> f32
                %v520 = arith.mulf %v518, %v519 fastmath<contract> : f32
                scf.if %v20 {
                  %v521 = arith.muli %v25, %v114 : i64
                  %v522 = arith.muli %v23, %size_L : i64
                  %v523 = arith.addi %v521, %v522 : i64
                  %v524 = arith.addi %v523, %v500 : i64
                  %v525 = llvm.getelementptr %dx_x[%v524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v520, %v525 : f32, !llvm.ptr
                }
                %v526 = arith.mulf %v208, %v519 fastmath<contract> : f32
                %v527 = arith.muli %v25, %v114 : i64
                %v528 = arith.muli %v23, %size_L : i64
                %v529 = arith.addi %v527, %v528 : i64
                %v530 = arith.addi %v529, %v500 : i64
                %v531 = llvm.getelementptr %in_x[%v530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v532 = llvm.load %v531 : !llvm.ptr -> f32
                %v533 = arith.mulf %v532, %v519 fastmath<contract> : f32
                %v534 = arith.negf %v533 : f32
                %v535 = arith.addf %v526, %v534 fastmath<contract> : f32
                %v536 = arith.mulf %v517, %v518 fastmath<contract> : f32
                %v537 = arith.mulf %v535, %v536 fastmath<contract> : f32
                %v538 = llvm.load %v33 : !llvm.ptr -> f32
                %v539 = arith.addf %v538, %v537 fastmath<contract> : f32
                llvm.store %v539, %v33 : f32, !llvm.ptr
                llvm.store %v517, %v32 : f32, !llvm.ptr
                %v540 = arith.addi %v138, %v188 : i64
                %v542 = arith.cmpi slt, %v541, %v313 : i32
                %v543 = arith.cmpi eq, %v541, %v319 : i32
                %v544 = arith.addi %v68, %v540 : i64
                %v545 = arith.muli %v25, %v114 : i64
                %v546 = arith.muli %v23, %size_L : i64
                %v547 = arith.addi %v545, %v546 : i64
                %v548 = arith.addi %v547, %v544 : i64
                %v549 = llvm.getelementptr %dy_y[%v548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v550 = llvm.load %v549 : !llvm.ptr -> f32
                %v551 = llvm.load %v31 : !llvm.ptr -> f32
                %v552 = llvm.load %v32 : !llvm.ptr -> f32
                %v553 = arith.mulf %v552, %v551 fastmath<contract> : f32
                %v554 = arith.addf %v550, %v553 fastmath<contract> : f32
                llvm.store %v554, %v31 : f32, !llvm.ptr
                scf.if %v543 {
                }
                %v555 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v556 = llvm.load %v555 : !llvm.ptr -> f32
                %v557 = arith.negf %v556 : f32
                %v558 = arith.mulf %v557, %v108 fastmath<contract> : f32
                %v559 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v558) : (f32) -> f32
                %v560 = arith.addf %v35, %v559 fastmath<contract> : f32
                %v561 = arith.divf %v35, %v560 : f32
                %v562 = arith.subf %v35, %v561 fastmath<contract> : f32
                %v563 = llvm.load %v31 : !llvm.ptr -> f32
                %v564 = arith.mulf %v562, %v563 fastmath<contract> : f32
                scf.if %v20 {
                  %v565 = arith.muli %v25, %v114 : i64
                  %v566 = arith.muli %v23, %size_L : i64
                  %v567 = arith.addi %v565, %v566 : i64
                  %v568 = arith.addi %v567, %v544 : i64
                  %v569 = llvm.getelementptr %dx_x[%v568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v564, %v569 : f32, !llvm.ptr
                }
                %v570 = arith.mulf %v187, %v563 fastmath<contract> : f32
                %v571 = arith.muli %v25, %v114 : i64
                %v572 = arith.muli %v23, %size_L : i64
                %v573 = arith.addi %v571, %v572 : i64
                %v574 = arith.addi %v573, %v544 : i64
                %v575 = llvm.getelementptr %in_x[%v574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v576 = llvm.load %v575 : !llvm.ptr -> f32
                %v577 = arith.mulf %v576, %v563 fastmath<contract> : f32
                %v578 = arith.negf %v577 : f32
                %v579 = arith.addf %v570, %v578 fastmath<contract> : f32
                %v580 = arith.mulf %v561, %v562 fastmath<contract> : f32
                %v581 = arith.mulf %v579, %v580 fastmath<contract> : f32
                %v582 = llvm.load %v33 : !llvm.ptr -> f32
                %v583 = arith.addf %v582, %v581 fastmath<contract> : f32
                llvm.store %v583, %v33 : f32, !llvm.ptr
                llvm.store %v561, %v32 : f32, !llvm.ptr
                %v584 = arith.addi %v138, %v1 : i64
                %v586 = arith.cmpi slt, %v585, %v313 : i32
                %v587 = arith.cmpi eq, %v585, %v319 : i32
                %v588 = arith.addi %v68, %v584 : i64
                %v589 = arith.muli %v25, %v114 : i64
                %v590 = arith.muli %v23, %size_L : i64
                %v591 = arith.addi %v589, %v590 : i64
                %v592 = arith.addi %v591, %v588 : i64
                %v593 = llvm.getelementptr %dy_y[%v592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v594 = llvm.load %v593 : !llvm.ptr -> f32
                %v595 = llvm.load %v31 : !llvm.ptr -> f32
                %v596 = llvm.load %v32 : !llvm.ptr -> f32
                %v597 = arith.mulf %v596, %v595 fastmath<contract> : f32
                %v598 = arith.addf %v594, %v597 fastmath<contract> : f32
                llvm.store %v598, %v31 : f32, !llvm.ptr
                scf.if %v587 {
                }
                %v599 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v600 = llvm.load %v599 : !llvm.ptr -> f32
                %v601 = arith.negf %v600 : f32
                %v602 = arith.mulf %v601, %v108 fastmath<contract> : f32
                %v603 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v602) : (f32) -> f32
                %v604 = arith.addf %v35, %v603 fastmath<contract> : f32
                %v605 = arith.divf %v35, %v604 : f32
                %v606 = arith.subf %v35, %v605 fastmath<contract> : f32
                %v607 = llvm.load %v31 : !llvm.ptr -> f32
                %v608 = arith.mulf %v606, %v607 fastmath<contract> : f32
                scf.if %v20 {
                  %v609 = arith.muli %v25, %v114 : i64
                  %v610 = arith.muli %v23, %size_L : i64
                  %v611 = arith.addi %v609, %v610 : i64
                  %v612 = arith.addi %v611, %v588 : i64
                  %v613 = llvm.getelementptr %dx_x[%v612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v608, %v613 : f32, !llvm.ptr
                }
                %v614 = arith.mulf %v167, %v607 fastmath<contract> : f32
                %v615 = arith.muli %v25, %v114 : i64
                %v616 = arith.muli %v23, %size_L : i64
                %v617 = arith.addi %v615, %v616 : i64
                %v618 = arith.addi %v617, %v588 : i64
                %v619 = llvm.getelementptr %in_x[%v618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v620 = llvm.load %v619 : !llvm.ptr -> f32
                %v621 = arith.mulf %v620, %v607 fastmath<contract> : f32
                %v622 = arith.negf %v621 : f32
                %v623 = arith.addf %v614, %v622 fastmath<contract> : f32
                %v624 = arith.mulf %v605, %v606 fastmath<contract> : f32
                %v625 = arith.mulf %v623, %v624 fastmath<contract> : f32
                %v626 = llvm.load %v33 : !llvm.ptr -> f32
                %v627 = arith.addf %v626, %v625 fastmath<contract> : f32
                llvm.store %v627, %v33 : f32, !llvm.ptr
                llvm.store %v605, %v32 : f32, !llvm.ptr
                %v629 = arith.cmpi slt, %v628, %v313 : i32
                %v630 = arith.cmpi eq, %v628, %v319 : i32
                %v631 = arith.addi %v68, %v138 : i64
                %v632 = arith.muli %v25, %v114 : i64
                %v633 = arith.muli %v23, %size_L : i64
                %v634 = arith.addi %v632, %v633 : i64
                %v635 = arith.addi %v634, %v631 : i64
                %v636 = llvm.getelementptr %dy_y[%v635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v637 = llvm.load %v636 : !llvm.ptr -> f32
                %v638 = llvm.load %v31 : !llvm.ptr -> f32
                %v639 = llvm.load %v32 : !llvm.ptr -> f32
                %v640 = arith.mulf %v639, %v638 fastmath<contract> : f32
                %v641 = arith.addf %v637, %v640 fastmath<contract> : f32
                llvm.store %v641, %v31 : f32, !llvm.ptr
                scf.if %v630 {
                }
                %v642 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v643 = llvm.load %v642 : !llvm.ptr -> f32
                %v644 = arith.negf %v643 : f32
                %v645 = arith.mulf %v644, %v108 fastmath<contract> : f32
                %v646 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v645) : (f32) -> f32
                %v647 = arith.addf %v35, %v646 fastmath<contract> : f32
                %v648 = arith.divf %v35, %v647 : f32
                %v649 = arith.subf %v35, %v648 fastmath<contract> : f32
                %v650 = llvm.load %v31 : !llvm.ptr -> f32
                %v651 = arith.mulf %v649, %v650 fastmath<contract> : f32
                scf.if %v20 {
                  %v652 = arith.muli %v25, %v114 : i64
                  %v653 = arith.muli %v23, %size_L : i64
                  %v654 = arith.addi %v652, %v653 : i64
                  %v655 = arith.addi %v654, %v631 : i64
                  %v656 = llvm.getelementptr %dx_x[%v655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v651, %v656 : f32, !llvm.ptr
                }
                %v657 = arith.mulf %v148, %v650 fastmath<contract> : f32
                %v658 = arith.muli %v25, %v114 : i64
                %v659 = arith.muli %v23, %size_L : i64
                %v660 = arith.addi %v658, %v659 : i64
                %v661 = arith.addi %v660, %v631 : i64
                %v662 = llvm.getelementptr %in_x[%v661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v663 = llvm.load %v662 : !llvm.ptr -> f32
                %v664 = arith.mulf %v663, %v650 fastmath<contract> : f32
                %v665 = arith.negf %v664 : f32
                %v666 = arith.addf %v657, %v665 fastmath<contract> : f32
                %v667 = arith.mulf %v648, %v649 fastmath<contract> : f32
                %v668 = arith.mulf %v666, %v667 fastmath<contract> : f32
                %v669 = llvm.load %v33 : !llvm.ptr -> f32
                %v670 = arith.addf %v669, %v668 fastmath<contract> : f32
                llvm.store %v670, %v33 : f32, !llvm.ptr
                llvm.store %v648, %v32 : f32, !llvm.ptr
              } else {
                %v671 = arith.subi %v70, %v1 : i64
                %v672 = arith.muli %v139, %v2 : i64
                %v673 = arith.subi %v2, %v1 : i64
                %v674 = arith.minsi %v19, %v673 : i64
                %v675 = arith.addi %v672, %v674 : i64
                %v676 = llvm.getelementptr %scratch_h[%v675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v677 = llvm.load %v676 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v678 = arith.minsi %v138, %v671 : i64
                %v679 = arith.addi %v68, %v678 : i64
                %v680 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v681 = llvm.load %v680 : !llvm.ptr -> f32
                %v682 = arith.negf %v681 : f32
                %v683 = arith.mulf %v682, %v108 fastmath<contract> : f32
                %v684 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v683) : (f32) -> f32
                %v685 = arith.addf %v35, %v684 fastmath<contract> : f32
                %v686 = arith.divf %v35, %v685 : f32
                %v687 = arith.subf %v35, %v686 fastmath<contract> : f32
                %v688 = arith.muli %v25, %v114 : i64
                %v689 = arith.muli %v23, %size_L : i64
                %v690 = arith.addi %v688, %v689 : i64
                %v691 = arith.addi %v690, %v679 : i64
                %v692 = llvm.getelementptr %in_x[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v693 = llvm.load %v692 : !llvm.ptr -> f32
                %v694 = arith.mulf %v687, %v693 fastmath<contract> : f32
                %v695 = arith.mulf %v686, %v677 fastmath<contract> : f32
                %v696 = arith.addf %v695, %v694 fastmath<contract> : f32
                %v697 = arith.addi %v138, %v1 : i64
                %v698 = arith.minsi %v697, %v671 : i64
                %v699 = arith.addi %v68, %v698 : i64
                %v700 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v701 = llvm.load %v700 : !llvm.ptr -> f32
                %v702 = arith.negf %v701 : f32
                %v703 = arith.mulf %v702, %v108 fastmath<contract> : f32
                %v704 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v703) : (f32) -> f32
                %v705 = arith.addf %v35, %v704 fastmath<contract> : f32
                %v706 = arith.divf %v35, %v705 : f32
                %v707 = arith.subf %v35, %v706 fastmath<contract> : f32
                %v708 = arith.muli %v25, %v114 : i64
                %v709 = arith.muli %v23, %size_L : i64
                %v710 = arith.addi %v708, %v709 : i64
                %v711 = arith.addi %v710, %v699 : i64
                %v712 = llvm.getelementptr %in_x[%v711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v713 = llvm.load %v712 : !llvm.ptr -> f32
                %v714 = arith.mulf %v707, %v713 fastmath<contract> : f32
                %v715 = arith.mulf %v706, %v696 fastmath<contract> : f32
                %v716 = arith.addf %v715, %v714 fastmath<contract> : f32
                %v717 = arith.addi %v138, %v188 : i64
                %v718 = arith.minsi %v717, %v671 : i64
                %v719 = arith.addi %v68, %v718 : i64
                %v720 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v721 = llvm.load %v720 : !llvm.ptr -> f32
                %v722 = arith.negf %v721 : f32
                %v723 = arith.mulf %v722, %v108 fastmath<contract> : f32
                %v724 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v723) : (f32) -> f32
                %v725 = arith.addf %v35, %v724 fastmath<contract> : f32
                %v726 = arith.divf %v35, %v725 : f32
                %v727 = arith.subf %v35, %v726 fastmath<contract> : f32
                %v728 = arith.muli %v25, %v114 : i64
                %v729 = arith.muli %v23, %size_L : i64
                %v730 = arith.addi %v728, %v729 : i64
                %v731 = arith.addi %v730, %v719 : i64
                %v732 = llvm.getelementptr %in_x[%v731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v733 = llvm.load %v732 : !llvm.ptr -> f32
                %v734 = arith.mulf %v727, %v733 fastmath<contract> : f32
                %v735 = arith.mulf %v726, %v716 fastmath<contract> : f32
                %v736 = arith.addf %v735, %v734 fastmath<contract> : f32
                %v737 = arith.addi %v138, %v209 : i64
                %v738 = arith.minsi %v737, %v671 : i64
                %v739 = arith.addi %v68, %v738 : i64
                %v740 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v741 = llvm.load %v740 : !llvm.ptr -> f32
                %v742 = arith.negf %v741 : f32
                %v743 = arith.mulf %v742, %v108 fastmath<contract> : f32
                %v744 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v743) : (f32) -> f32
                %v745 = arith.addf %v35, %v744 fastmath<contract> : f32
                %v746 = arith.divf %v35, %v745 : f32
                %v747 = arith.subf %v35, %v746 fastmath<contract> : f32
                %v748 = arith.muli %v25, %v114 : i64
                %v749 = arith.muli %v23, %size_L : i64
                %v750 = arith.addi %v748, %v749 : i64
                %v751 = arith.addi %v750, %v739 : i64
                %v752 = llvm.getelementptr %in_x[%v751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v753 = llvm.load %v752 : !llvm.ptr -> f32
                %v754 = arith.mulf %v747, %v753 fastmath<contract> : f32
                %v755 = arith.mulf %v746, %v736 fastmath<contract> : f32
                %v756 = arith.addf %v755, %v754 fastmath<contract> : f32
                %v757 = arith.addi %v138, %v27 : i64
                %v758 = arith.minsi %v757, %v671 : i64
                %v759 = arith.addi %v68, %v758 : i64
                %v760 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v761 = llvm.load %v760 : !llvm.ptr -> f32
                %v762 = arith.negf %v761 : f32
                %v763 = arith.mulf %v762, %v108 fastmath<contract> : f32
                %v764 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v763) : (f32) -> f32
                %v765 = arith.addf %v35, %v764 fastmath<contract> : f32
                %v766 = arith.divf %v35, %v765 : f32
                %v767 = arith.subf %v35, %v766 fastmath<contract> : f32
                %v768 = arith.muli %v25, %v114 : i64
                %v769 = arith.muli %v23, %size_L : i64
                %v770 = arith.addi %v768, %v769 : i64
                %v771 = arith.addi %v770, %v759 : i64
                %v772 = llvm.getelementptr %in_x[%v771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v773 = llvm.load %v772 : !llvm.ptr -> f32
                %v774 = arith.mulf %v767, %v773 fastmath<contract> : f32
                %v775 = arith.mulf %v766, %v756 fastmath<contract> : f32
                %v776 = arith.addf %v775, %v774 fastmath<contract> : f32
                %v777 = arith.addi %v138, %v250 : i64
                %v778 = arith.minsi %v777, %v671 : i64
                %v779 = arith.addi %v68, %v778 : i64
                %v780 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v781 = llvm.load %v780 : !llvm.ptr -> f32
                %v782 = arith.negf %v781 : f32
                %v783 = arith.mulf %v782, %v108 fastmath<contract> : f32
                %v784 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v783) : (f32) -> f32
                %v785 = arith.addf %v35, %v784 fastmath<contract> : f32
                %v786 = arith.divf %v35, %v785 : f32
                %v787 = arith.subf %v35, %v786 fastmath<contract> : f32
                %v788 = arith.muli %v25, %v114 : i64
                %v789 = arith.muli %v23, %size_L : i64
                %v790 = arith.addi %v788, %v789 : i64
                %v791 = arith.addi %v790, %v779 : i64
                %v792 = llvm.getelementptr %in_x[%v791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v793 = llvm.load %v792 : !llvm.ptr -> f32
                %v794 = arith.mulf %v787, %v793 fastmath<contract> : f32
                %v795 = arith.mulf %v786, %v776 fastmath<contract> : f32
                %v796 = arith.addf %v795, %v794 fastmath<contract> : f32
                %v797 = arith.addi %v138, %v271 : i64
                %v798 = arith.minsi %v797, %v671 : i64
                %v799 = arith.addi %v68, %v798 : i64
                %v800 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v801 = llvm.load %v800 : !llvm.ptr -> f32
                %v802 = arith.negf %v801 : f32
                %v803 = arith.mulf %v802, %v108 fastmath<contract> : f32
                %v804 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v803) : (f32) -> f32
                %v805 = arith.addf %v35, %v804 fastmath<contract> : f32
                %v806 = arith.divf %v35, %v805 : f32
                %v807 = arith.subf %v35, %v806 fastmath<contract> : f32
                %v808 = arith.muli %v25, %v114 : i64
                %v809 = arith.muli %v23, %size_L : i64
                %v810 = arith.addi %v808, %v809 : i64
                %v811 = arith.addi %v810, %v799 : i64
                %v812 = llvm.getelementptr %in_x[%v811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v813 = llvm.load %v812 : !llvm.ptr -> f32
                %v814 = arith.mulf %v807, %v813 fastmath<contract> : f32
                %v815 = arith.mulf %v806, %v796 fastmath<contract> : f32
                %v816 = arith.addf %v815, %v814 fastmath<contract> : f32
                %v817 = arith.addi %v138, %v53 : i64
                %v818 = arith.minsi %v817, %v671 : i64
                %v819 = arith.addi %v68, %v818 : i64
                %v820 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v821 = llvm.load %v820 : !llvm.ptr -> f32
                %v822 = arith.negf %v821 : f32
                %v823 = arith.mulf %v822, %v108 fastmath<contract> : f32
                %v824 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v823) : (f32) -> f32
                %v825 = arith.addf %v35, %v824 fastmath<contract> : f32
                %v826 = arith.divf %v35, %v825 : f32
                %v827 = arith.subf %v35, %v826 fastmath<contract> : f32
                %v828 = arith.muli %v25, %v114 : i64
                %v829 = arith.muli %v23, %size_L : i64
                %v830 = arith.addi %v828, %v829 : i64
                %v831 = arith.addi %v830, %v819 : i64
                %v832 = llvm.getelementptr %in_x[%v831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v833 = llvm.load %v832 : !llvm.ptr -> f32
                %v834 = arith.mulf %v827, %v833 fastmath<contract> : f32
                %v835 = arith.mulf %v826, %v816 fastmath<contract> : f32
                %v836 = arith.addf %v835, %v834 fastmath<contract> : f32
                %v837 = arith.subi %v70, %v138 : i64
                %v838 = arith.trunci %v837 : i64 to i32
                %v839 = arith.subi %size_L, %v1 : i64
                %v840 = arith.addi %v68, %v138 : i64
                %v841 = arith.subi %v839, %v840 : i64
                %v842 = arith.minsi %v841, %v317 : i64
                %v843 = arith.trunci %v842 : i64 to i32
                %v844 = arith.addi %v138, %v53 : i64
                %v845 = arith.cmpi slt, %v321, %v838 : i32
                %v846 = arith.cmpi eq, %v321, %v843 : i32
                scf.if %v845 {
                  %v847 = arith.addi %v68, %v844 : i64
                  %v848 = arith.muli %v25, %v114 : i64
                  %v849 = arith.muli %v23, %size_L : i64
                  %v850 = arith.addi %v848, %v849 : i64
                  %v851 = arith.addi %v850, %v847 : i64
                  %v852 = llvm.getelementptr %dy_y[%v851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v853 = llvm.load %v852 : !llvm.ptr -> f32
                  %v854 = llvm.load %v31 : !llvm.ptr -> f32
                  %v855 = llvm.load %v32 : !llvm.ptr -> f32
                  %v856 = arith.mulf %v855, %v854 fastmath<contract> : f32
                  %v857 = arith.addf %v853, %v856 fastmath<contract> : f32
                  llvm.store %v857, %v31 : f32, !llvm.ptr
                  scf.if %v846 {
                  }
                  %v858 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v859 = llvm.load %v858 : !llvm.ptr -> f32
                  %v860 = arith.negf %v859 : f32
                  %v861 = arith.mulf %v860, %v108 fastmath<contract> : f32
                  %v862 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v861) : (f32) -> f32
                  %v863 = arith.addf %v35, %v862 fastmath<contract> : f32
                  %v864 = arith.divf %v35, %v863 : f32
                  %v865 = arith.subf %v35, %v864 fastmath<contract> : f32
                  %v866 = llvm.load %v31 : !llvm.ptr -> f32
                  %v867 = arith.mulf %v865, %v866 fastmath<contract> : f32
                  scf.if %v20 {
                    %v868 = arith.muli %v25, %v114 : i64
                    %v869 = arith.muli %v23, %size_L : i64
                    %v870 = arith.addi %v868, %v869 : i64
                    %v871 = arith.addi %v870, %v847 : i64
                    %v872 = llvm.getelementptr %dx_x[%v871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v867, %v872 : f32, !llvm.ptr
                  }
                  %v873 = arith.mulf %v816, %v866 fastmath<contract> : f32
                  %v874 = arith.muli %v25, %v114 : i64
                  %v875 = arith.muli %v23, %size_L : i64
                  %v876 = arith.addi %v874, %v875 : i64
                  %v877 = arith.addi %v876, %v847 : i64
                  %v878 = llvm.getelementptr %in_x[%v877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v879 = llvm.load %v878 : !llvm.ptr -> f32
                  %v880 = arith.mulf %v879, %v866 fastmath<contract> : f32
                  %v881 = arith.negf %v880 : f32
                  %v882 = arith.addf %v873, %v881 fastmath<contract> : f32
                  %v883 = arith.mulf %v864, %v865 fastmath<contract> : f32
                  %v884 = arith.mulf %v882, %v883 fastmath<contract> : f32
                  %v885 = llvm.load %v33 : !llvm.ptr -> f32
                  %v886 = arith.addf %v885, %v884 fastmath<contract> : f32
                  llvm.store %v886, %v33 : f32, !llvm.ptr
                  llvm.store %v864, %v32 : f32, !llvm.ptr
                }
                %v887 = arith.addi %v138, %v271 : i64
                %v888 = arith.cmpi slt, %v365, %v838 : i32
                %v889 = arith.cmpi eq, %v365, %v843 : i32
                scf.if %v888 {
                  %v890 = arith.addi %v68, %v887 : i64
                  %v891 = arith.muli %v25, %v114 : i64
                  %v892 = arith.muli %v23, %size_L : i64
                  %v893 = arith.addi %v891, %v892 : i64
                  %v894 = arith.addi %v893, %v890 : i64
                  %v895 = llvm.getelementptr %dy_y[%v894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v896 = llvm.load %v895 : !llvm.ptr -> f32
                  %v897 = llvm.load %v31 : !llvm.ptr -> f32
                  %v898 = llvm.load %v32 : !llvm.ptr -> f32
                  %v899 = arith.mulf %v898, %v897 fastmath<contract> : f32
                  %v900 = arith.addf %v896, %v899 fastmath<contract> : f32
                  llvm.store %v900, %v31 : f32, !llvm.ptr
                  scf.if %v889 {
                  }
                  %v901 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v902 = llvm.load %v901 : !llvm.ptr -> f32
                  %v903 = arith.negf %v902 : f32
                  %v904 = arith.mulf %v903, %v108 fastmath<contract> : f32
                  %v905 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v904) : (f32) -> f32
                  %v906 = arith.addf %v35, %v905 fastmath<contract> : f32
                  %v907 = arith.divf %v35, %v906 : f32
                  %v908 = arith.subf %v35, %v907 fastmath<contract> : f32
                  %v909 = llvm.load %v31 : !llvm.ptr -> f32
                  %v910 = arith.mulf %v908, %v909 fastmath<contract> : f32
                  scf.if %v20 {
                    %v911 = arith.muli %v25, %v114 : i64
                    %v912 = arith.muli %v23, %size_L : i64
                    %v913 = arith.addi %v911, %v912 : i64
                    %v914 = arith.addi %v913, %v890 : i64
                    %v915 = llvm.getelementptr %dx_x[%v914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v910, %v915 : f32, !llvm.ptr
                  }
                  %v916 = arith.mulf %v796, %v909 fastmath<contract> : f32
                  %v917 = arith.muli %v25, %v114 : i64
                  %v918 = arith.muli %v23, %size_L : i64
                  %v919 = arith.addi %v917, %v918 : i64
                  %v920 = arith.addi %v919, %v890 : i64
                  %v921 = llvm.getelementptr %in_x[%v920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v922 = llvm.load %v921 : !llvm.ptr -> f32
                  %v923 = arith.mulf %v922, %v909 fastmath<contract> : f32
                  %v924 = arith.negf %v923 : f32
                  %v925 = arith.addf %v916, %v924 fastmath<contract> : f32
                  %v926 = arith.mulf %v907, %v908 fastmath<contract> : f32
                  %v927 = arith.mulf %v925, %v926 fastmath<contract> : f32
                  %v928 = llvm.load %v33 : !llvm.ptr -> f32
                  %v929 = arith.addf %v928, %v927 fastmath<contract> : f32
                  llvm.store %v929, %v33 : f32, !llvm.ptr
                  llvm.store %v907, %v32 : f32, !llvm.ptr
                }
                %v930 = arith.addi %v138, %v250 : i64
                %v931 = arith.cmpi slt, %v409, %v838 : i32
                %v932 = arith.cmpi eq, %v409, %v843 : i32
                scf.if %v931 {
                  %v933 = arith.addi %v68, %v930 : i64
                  %v934 = arith.muli %v25, %v114 : i64
                  %v935 = arith.muli %v23, %size_L : i64
                  %v936 = arith.addi %v934, %v935 : i64
                  %v937 = arith.addi %v936, %v933 : i64
                  %v938 = llvm.getelementptr %dy_y[%v937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v939 = llvm.load %v938 : !llvm.ptr -> f32
                  %v940 = llvm.load %v31 : !llvm.ptr -> f32
                  %v941 = llvm.load %v32 : !llvm.ptr -> f32
                  %v942 = arith.mulf %v941, %v940 fastmath<contract> : f32
                  %v943 = arith.addf %v939, %v942 fastmath<contract> : f32
                  llvm.store %v943, %v31 : f32, !llvm.ptr
                  scf.if %v932 {
                  }
                  %v944 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v945 = llvm.load %v944 : !llvm.ptr -> f32
                  %v946 = arith.negf %v945 : f32
                  %v947 = arith.mulf %v946, %v108 fastmath<contract> : f32
                  %v948 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v947) : (f32) -> f32
                  %v949 = arith.addf %v35, %v948 fastmath<contract> : f32
                  %v950 = arith.divf %v35, %v949 : f32
                  %v951 = arith.subf %v35, %v950 fastmath<contract> : f32
                  %v952 = llvm.load %v31 : !llvm.ptr -> f32
                  %v953 = arith.mulf %v951, %v952 fastmath<contract> : f32
                  scf.if %v20 {
                    %v954 = arith.muli %v25, %v114 : i64
                    %v955 = arith.muli %v23, %size_L : i64
                    %v956 = arith.addi %v954, %v955 : i64
                    %v957 = arith.addi %v956, %v933 : i64
                    %v958 = llvm.getelementptr %dx_x[%v957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v953, %v958 : f32, !llvm.ptr
                  }
                  %v959 = arith.mulf %v776, %v952 fastmath<contract> : f32
                  %v960 = arith.muli %v25, %v114 : i64
                  %v961 = arith.muli %v23, %size_L : i64
                  %v962 = arith.addi %v960, %v961 : i64
                  %v963 = arith.addi %v962, %v933 : i64
                  %v964 = llvm.getelementptr %in_x[%v963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v965 = llvm.load %v964 : !llvm.ptr -> f32
                  %v966 = arith.mulf %v965, %v952 fastmath<contract> : f32
                  %v967 = arith.negf %v966 : f32
                  %v968 = arith.addf %v959, %v967 fastmath<contract> : f32
                  %v969 = arith.mulf %v950, %v951 fastmath<contract> : f32
                  %v970 = arith.mulf %v968, %v969 fastmath<contract> : f32
                  %v971 = llvm.load %v33 : !llvm.ptr -> f32
                  %v972 = arith.addf %v971, %v970 fastmath<contract> : f32
                  llvm.store %v972, %v33 : f32, !llvm.ptr
                  llvm.store %v950, %v32 : f32, !llvm.ptr
                }
                %v973 = arith.addi %v138, %v27 : i64
                %v974 = arith.cmpi slt, %v453, %v838 : i32
                %v975 = arith.cmpi eq, %v453, %v843 : i32
                scf.if %v974 {
                  %v976 = arith.addi %v68, %v973 : i64
                  %v977 = arith.muli %v25, %v114 : i64
                  %v978 = arith.muli %v23, %size_L : i64
                  %v979 = arith.addi %v977, %v978 : i64
                  %v980 = arith.addi %v979, %v976 : i64
                  %v981 = llvm.getelementptr %dy_y[%v980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v982 = llvm.load %v981 : !llvm.ptr -> f32
                  %v983 = llvm.load %v31 : !llvm.ptr -> f32
                  %v984 = llvm.load %v32 : !llvm.ptr -> f32
                  %v985 = arith.mulf %v984, %v983 fastmath<contract> : f32
                  %v986 = arith.addf %v982, %v985 fastmath<contract> : f32
                  llvm.store %v986, %v31 : f32, !llvm.ptr
                  scf.if %v975 {
                  }
                  %v987 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v988 = llvm.load %v987 : !llvm.ptr -> f32
                  %v989 = arith.negf %v988 : f32
                  %v990 = arith.mulf %v989, %v108 fastmath<contract> : f32
                  %v991 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v990) : (f32) -> f32
                  %v992 = arith.addf %v35, %v991 fastmath<contract> : f32
                  %v993 = arith.divf %v35, %v992 : f32
                  %v994 = arith.subf %v35, %v993 fastmath<contract> : f32
                  %v995 = llvm.load %v31 : !llvm.ptr -> f32
                  %v996 = arith.mulf %v994, %v995 fastmath<contract> : f32
                  scf.if %v20 {
                    %v997 = arith.muli %v25, %v114 : i64
                    %v998 = arith.muli %v23, %size_L : i64
                    %v999 = arith.addi %v997, %v998 : i64
                    %v1000 = arith.addi %v999, %v976 : i64
                    %v1001 = llvm.getelementptr %dx_x[%v1000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v996, %v1001 : f32, !llvm.ptr
                  }
                  %v1002 = arith.mulf %v756, %v995 fastmath<contract> : f32
                  %v1003 = arith.muli %v25, %v114 : i64
                  %v1004 = arith.muli %v23, %size_L : i64
                  %v1005 = arith.addi %v1003, %v1004 : i64
                  %v1006 = arith.addi %v1005, %v976 : i64
                  %v1007 = llvm.getelementptr %in_x[%v1006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1008 = llvm.load %v1007 : !llvm.ptr -> f32
                  %v1009 = arith.mulf %v1008, %v995 fastmath<contract> : f32
                  %v1010 = arith.negf %v1009 : f32
                  %v1011 = arith.addf %v1002, %v1010 fastmath<contract> : f32
                  %v1012 = arith.mulf %v993, %v994 fastmath<contract> : f32
                  %v1013 = arith.mulf %v1011, %v1012 fastmath<contract> : f32
                  %v1014 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1015 = arith.addf %v1014, %v1013 fastmath<contract> : f32
                  llvm.store %v1015, %v33 : f32, !llvm.ptr
                  llvm.store %v993, %v32 : f32, !llvm.ptr
                }
                %v1016 = arith.addi %v138, %v209 : i64
                %v1017 = arith.cmpi slt, %v497, %v838 : i32
                %v1018 = arith.cmpi eq, %v497, %v843 : i32
                scf.if %v1017 {
                  %v1019 = arith.addi %v68, %v1016 : i64
                  %v1020 = arith.muli %v25, %v114 : i64
                  %v1021 = arith.muli %v23, %size_L : i64
                  %v1022 = arith.addi %v1020, %v1021 : i64
                  %v1023 = arith.addi %v1022, %v1019 : i64
                  %v1024 = llvm.getelementptr %dy_y[%v1023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1025 = llvm.load %v1024 : !llvm.ptr -> f32
                  %v1026 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1027 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1028 = arith.mulf %v1027, %v1026 fastmath<contract> : f32
                  %v1029 = arith.addf %v1025, %v1028 fastmath<contract> : f32
                  llvm.store %v1029, %v31 : f32, !llvm.ptr
                  scf.if %v1018 {
                  }
                  %v1030 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1031 = llvm.load %v1030 : !llvm.ptr -> f32
                  %v1032 = arith.negf %v1031 : f32
                  %v1033 = arith.mulf %v1032, %v108 fastmath<contract> : f32
                  %v1034 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1033) : (f32) -> f32
                  %v1035 = arith.addf %v35, %v1034 fastmath<contract> : f32
                  %v1036 = arith.divf %v35, %v1035 : f32
                  %v1037 = arith.subf %v35, %v1036 fastmath<contract> : f32
                  %v1038 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1039 = arith.mulf %v1037, %v1038 fastmath<contract> : f32
                  scf.if %v20 {
                    %v1040 = arith.muli %v25, %v114 : i64
                    %v1041 = arith.muli %v23, %size_L : i64
                    %v1042 = arith.addi %v1040, %v1041 : i64
                    %v1043 = arith.addi %v1042, %v1019 : i64
                    %v1044 = llvm.getelementptr %dx_x[%v1043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1039, %v1044 : f32, !llvm.ptr
                  }
                  %v1045 = arith.mulf %v736, %v1038 fastmath<contract> : f32
                  %v1046 = arith.muli %v25, %v114 : i64
                  %v1047 = arith.muli %v23, %size_L : i64
                  %v1048 = arith.addi %v1046, %v1047 : i64
                  %v1049 = arith.addi %v1048, %v1019 : i64
                  %v1050 = llvm.getelementptr %in_x[%v1049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1051 = llvm.load %v1050 : !llvm.ptr -> f32
                  %v1052 = arith.mulf %v1051, %v1038 fastmath<contract> : f32
                  %v1053 = arith.negf %v1052 : f32
                  %v1054 = arith.addf %v1045, %v1053 fastmath<contract> : f32
                  %v1055 = arith.mulf %v1036, %v1037 fastmath<contract> : f32
                  %v1056 = arith.mulf %v1054, %v1055 fastmath<contract> : f32
                  %v1057 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1058 = arith.addf %v1057, %v1056 fastmath<contract> : f32
                  llvm.store %v1058, %v33 : f32, !llvm.ptr
                  llvm.store %v1036, %v32 : f32, !llvm.ptr
                }
                %v1059 = arith.addi %v138, %v188 : i64
                %v1060 = arith.cmpi slt, %v541, %v838 : i32
                %v1061 = arith.cmpi eq, %v541, %v843 : i32
                scf.if %v1060 {
                  %v1062 = arith.addi %v68, %v1059 : i64
                  %v1063 = arith.muli %v25, %v114 : i64
                  %v1064 = arith.muli %v23, %size_L : i64
                  %v1065 = arith.addi %v1063, %v1064 : i64
                  %v1066 = arith.addi %v1065, %v1062 : i64
                  %v1067 = llvm.getelementptr %dy_y[%v1066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1068 = llvm.load %v1067 : !llvm.ptr -> f32
                  %v1069 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1070 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1071 = arith.mulf %v1070, %v1069 fastmath<contract> : f32
                  %v1072 = arith.addf %v1068, %v1071 fastmath<contract> : f32
                  llvm.store %v1072, %v31 : f32, !llvm.ptr
                  scf.if %v1061 {
                  }
                  %v1073 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1074 = llvm.load %v1073 : !llvm.ptr -> f32
                  %v1075 = arith.negf %v1074 : f32
                  %v1076 = arith.mulf %v1075, %v108 fastmath<contract> : f32
                  %v1077 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1076) : (f32) -> f32
                  %v1078 = arith.addf %v35, %v1077 fastmath<contract> : f32
                  %v1079 = arith.divf %v35, %v1078 : f32
                  %v1080 = arith.subf %v35, %v1079 fastmath<contract> : f32
                  %v1081 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1082 = arith.mulf %v1080, %v1081 fastmath<contract> : f32
                  scf.if %v20 {
                    %v1083 = arith.muli %v25, %v114 : i64
                    %v1084 = arith.muli %v23, %size_L : i64
                    %v1085 = arith.addi %v1083, %v1084 : i64
                    %v1086 = arith.addi %v1085, %v1062 : i64
                    %v1087 = llvm.getelementptr %dx_x[%v1086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1082, %v1087 : f32, !llvm.ptr
                  }
                  %v1088 = arith.mulf %v716, %v1081 fastmath<contract> : f32
                  %v1089 = arith.muli %v25, %v114 : i64
                  %v1090 = arith.muli %v23, %size_L : i64
                  %v1091 = arith.addi %v1089, %v1090 : i64
                  %v1092 = arith.addi %v1091, %v1062 : i64
                  %v1093 = llvm.getelementptr %in_x[%v1092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1094 = llvm.load %v1093 : !llvm.ptr -> f32
                  %v1095 = arith.mulf %v1094, %v1081 fastmath<contract> : f32
                  %v1096 = arith.negf %v1095 : f32
                  %v1097 = arith.addf %v1088, %v1096 fastmath<contract> : f32
                  %v1098 = arith.mulf %v1079, %v1080 fastmath<contract> : f32
                  %v1099 = arith.mulf %v1097, %v1098 fastmath<contract> : f32
                  %v1100 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1101 = arith.addf %v1100, %v1099 fastmath<contract> : f32
                  llvm.store %v1101, %v33 : f32, !llvm.ptr
                  llvm.store %v1079, %v32 : f32, !llvm.ptr
                }
                %v1102 = arith.addi %v138, %v1 : i64
                %v1103 = arith.cmpi slt, %v585, %v838 : i32
                %v1104 = arith.cmpi eq, %v585, %v843 : i32
                scf.if %v1103 {
                  %v1105 = arith.addi %v68, %v1102 : i64
                  %v1106 = arith.muli %v25, %v114 : i64
                  %v1107 = arith.muli %v23, %size_L : i64
                  %v1108 = arith.addi %v1106, %v1107 : i64
                  %v1109 = arith.addi %v1108, %v1105 : i64
                  %v1110 = llvm.getelementptr %dy_y[%v1109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1111 = llvm.load %v1110 : !llvm.ptr -> f32
                  %v1112 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1113 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1114 = arith.mulf %v1113, %v1112 fastmath<contract> : f32
                  %v1115 = arith.addf %v1111, %v1114 fastmath<contract> : f32
                  llvm.store %v1115, %v31 : f32, !llvm.ptr
                  scf.if %v1104 {
                  }
                  %v1116 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1117 = llvm.load %v1116 : !llvm.ptr -> f32
                  %v1118 = arith.negf %v1117 : f32
                  %v1119 = arith.mulf %v1118, %v108 fastmath<contract> : f32
                  %v1120 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1119) : (f32) -> f32
                  %v1121 = arith.addf %v35, %v1120 fastmath<contract> : f32
                  %v1122 = arith.divf %v35, %v1121 : f32
                  %v1123 = arith.subf %v35, %v1122 fastmath<contract> : f32
                  %v1124 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1125 = arith.mulf %v1123, %v1124 fastmath<contract> : f32
                  scf.if %v20 {
                    %v1126 = arith.muli %v25, %v114 : i64
                    %v1127 = arith.muli %v23, %size_L : i64
                    %v1128 = arith.addi %v1126, %v1127 : i64
                    %v1129 = arith.addi %v1128, %v1105 : i64
                    %v1130 = llvm.getelementptr %dx_x[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1125, %v1130 : f32, !llvm.ptr
                  }
                  %v1131 = arith.mulf %v696, %v1124 fastmath<contract> : f32
                  %v1132 = arith.muli %v25, %v114 : i64
                  %v1133 = arith.muli %v23, %size_L : i64
                  %v1134 = arith.addi %v1132, %v1133 : i64
                  %v1135 = arith.addi %v1134, %v1105 : i64
                  %v1136 = llvm.getelementptr %in_x[%v1135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1137 = llvm.load %v1136 : !llvm.ptr -> f32
                  %v1138 = arith.mulf %v1137, %v1124 fastmath<contract> : f32
                  %v1139 = arith.negf %v1138 : f32
                  %v1140 = arith.addf %v1131, %v1139 fastmath<contract> : f32
                  %v1141 = arith.mulf %v1122, %v1123 fastmath<contract> : f32
                  %v1142 = arith.mulf %v1140, %v1141 fastmath<contract> : f32
                  %v1143 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1144 = arith.addf %v1143, %v1142 fastmath<contract> : f32
                  llvm.store %v1144, %v33 : f32, !llvm.ptr
                  llvm.store %v1122, %v32 : f32, !llvm.ptr
                }
                %v1145 = arith.cmpi slt, %v628, %v838 : i32
                %v1146 = arith.cmpi eq, %v628, %v843 : i32
                scf.if %v1145 {
                  %v1147 = arith.addi %v68, %v138 : i64
                  %v1148 = arith.muli %v25, %v114 : i64
                  %v1149 = arith.muli %v23, %size_L : i64
                  %v1150 = arith.addi %v1148, %v1149 : i64
                  %v1151 = arith.addi %v1150, %v1147 : i64
                  %v1152 = llvm.getelementptr %dy_y[%v1151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1153 = llvm.load %v1152 : !llvm.ptr -> f32
                  %v1154 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1155 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1156 = arith.mulf %v1155, %v1154 fastmath<contract> : f32
                  %v1157 = arith.addf %v1153, %v1156 fastmath<contract> : f32
                  llvm.store %v1157, %v31 : f32, !llvm.ptr
                  scf.if %v1146 {
                  }
                  %v1158 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1159 = llvm.load %v1158 : !llvm.ptr -> f32
                  %v1160 = arith.negf %v1159 : f32
                  %v1161 = arith.mulf %v1160, %v108 fastmath<contract> : f32
                  %v1162 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1161) : (f32) -> f32
                  %v1163 = arith.addf %v35, %v1162 fastmath<contract> : f32
                  %v1164 = arith.divf %v35, %v1163 : f32
                  %v1165 = arith.subf %v35, %v1164 fastmath<contract> : f32
                  %v1166 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1167 = arith.mulf %v1165, %v1166 fastmath<contract> : f32
                  scf.if %v20 {
                    %v1168 = arith.muli %v25, %v114 : i64
                    %v1169 = arith.muli %v23, %size_L : i64
                    %v1170 = arith.addi %v1168, %v1169 : i64
                    %v1171 = arith.addi %v1170, %v1147 : i64
                    %v1172 = llvm.getelementptr %dx_x[%v1171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1167, %v1172 : f32, !llvm.ptr
                  }
                  %v1173 = arith.mulf %v677, %v1166 fastmath<contract> : f32
                  %v1174 = arith.muli %v25, %v114 : i64
                  %v1175 = arith.muli %v23, %size_L : i64
                  %v1176 = arith.addi %v1174, %v1175 : i64
                  %v1177 = arith.addi %v1176, %v1147 : i64
                  %v1178 = llvm.getelementptr %in_x[%v1177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1179 = llvm.load %v1178 : !llvm.ptr -> f32
                  %v1180 = arith.mulf %v1179, %v1166 fastmath<contract> : f32
                  %v1181 = arith.negf %v1180 : f32
                  %v1182 = arith.addf %v1173, %v1181 fastmath<contract> : f32
                  %v1183 = arith.mulf %v1164, %v1165 fastmath<contract> : f32
                  %v1184 = arith.mulf %v1182, %v1183 fastmath<contract> : f32
                  %v1185 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1186 = arith.addf %v1185, %v1184 fastmath<contract> : f32
                  llvm.store %v1186, %v33 : f32, !llvm.ptr
                  llvm.store %v1164, %v32 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      %v1187 = arith.cmpi eq, %v16, %v36 : i64
      scf.if %v1187 {
      }
      scf.if %v20 {
        %v1188 = llvm.load %v33 : !llvm.ptr -> f32
        %v1189 = arith.addi %v30, %v19 : i64
        %v1190 = llvm.getelementptr %part_w[%v1189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1188, %v1190 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
