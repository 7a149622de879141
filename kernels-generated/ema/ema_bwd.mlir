module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @ema_bwd(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_x: !llvm.ptr, %part_w: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %slice_first: i64, %slice_steps: i64, %slice_carry: !llvm.ptr) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v99 = arith.constant 0x3FB8AA3B : f32
      %v105 = arith.muli %size_L, %size_D : i64
      %v198 = arith.constant 3 : i64
      %v219 = arith.constant 4 : i64
      %v240 = arith.constant 5 : i64
      %v261 = arith.constant 6 : i64
      %v307 = arith.constant 2147483647 : i64
      %v311 = arith.constant 7 : i32
      %v355 = arith.constant 6 : i32
      %v399 = arith.constant 5 : i32
      %v443 = arith.constant 4 : i32
      %v487 = arith.constant 3 : i32
      %v531 = arith.constant 2 : i32
      %v575 = arith.constant 1 : i32
      %v618 = arith.constant 0 : i32
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
              %v96 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v97 = llvm.load %v96 : !llvm.ptr -> f32
              %v98 = arith.negf %v97 : f32
              %v100 = arith.mulf %v98, %v99 fastmath<contract> : f32
              %v101 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v100) : (f32) -> f32
              %v102 = arith.addf %v34, %v101 fastmath<contract> : f32
              %v103 = arith.divf %v34, %v102 : f32
              %v104 = arith.subf %v34, %v103 fastmath<contract> : f32
              %v106 = arith.muli %v28, %v105 : i64
              %v107 = arith.muli %v26, %size_L : i64
              %v108 = arith.addi %v106, %v107 : i64
              %v109 = arith.addi %v108, %v95 : i64
              %v110 = llvm.getelementptr %in_x[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v111 = llvm.load %v110 : !llvm.ptr -> f32
              %v112 = arith.mulf %v104, %v111 fastmath<contract> : f32
              %v113 = llvm.load %v14 : !llvm.ptr -> f32
              %v114 = arith.mulf %v103, %v113 fastmath<contract> : f32
              %v115 = arith.addf %v114, %v112 fastmath<contract> : f32
              llvm.store %v115, %v14 : f32, !llvm.ptr
            }
          }
        }
        %v116 = arith.index_cast %v9 : i64 to index
        %v117 = arith.index_cast %v1 : i64 to index
        %v118 = arith.index_cast %v1 : i64 to index
        scf.for %v119 = %v116 to %v117 step %v118 {
          %v120 = arith.index_cast %v119 : index to i64
          %v121 = arith.index_cast %v9 : i64 to index
          %v122 = arith.index_cast %v64 : i64 to index
          %v123 = arith.index_cast %v1 : i64 to index
          scf.for %v124 = %v121 to %v122 step %v123 {
            %v125 = arith.index_cast %v124 : index to i64
            %v126 = arith.cmpi slt, %v125, %v64 : i64
            scf.if %v126 {
              %v127 = arith.subi %v64, %v1 : i64
              %v128 = arith.subi %v127, %v125 : i64
              %v129 = arith.muli %v128, %v46 : i64
              %v130 = arith.addi %v129, %v46 : i64
              %v131 = arith.cmpi sle, %v130, %v62 : i64
              scf.if %v131 {
                %v132 = arith.subi %v62, %v1 : i64
                %v133 = arith.muli %v128, %v2 : i64
                %v134 = arith.subi %v2, %v1 : i64
                %v135 = arith.minsi %v22, %v134 : i64
                %v136 = arith.addi %v133, %v135 : i64
                %v137 = llvm.getelementptr %scratch_h[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v138 = llvm.load %v137 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v139 = arith.minsi %v129, %v132 : i64
                %v140 = arith.addi %v60, %v139 : i64
                %v141 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v142 = llvm.load %v141 : !llvm.ptr -> f32
                %v143 = arith.negf %v142 : f32
                %v144 = arith.mulf %v143, %v99 fastmath<contract> : f32
                %v145 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v144) : (f32) -> f32
                %v146 = arith.addf %v34, %v145 fastmath<contract> : f32
                %v147 = arith.divf %v34, %v146 : f32
                %v148 = arith.subf %v34, %v147 fastmath<contract> : f32
                %v149 = arith.muli %v28, %v105 : i64
                %v150 = arith.muli %v26, %size_L : i64
                %v151 = arith.addi %v149, %v150 : i64
                %v152 = arith.addi %v151, %v140 : i64
                %v153 = llvm.getelementptr %in_x[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v154 = llvm.load %v153 : !llvm.ptr -> f32
                %v155 = arith.mulf %v148, %v154 fastmath<contract> : f32
                %v156 = arith.mulf %v147, %v138 fastmath<contract> : f32
                %v157 = arith.addf %v156, %v155 fastmath<contract> : f32
                %v158 = arith.addi %v129, %v1 : i64
                %v159 = arith.minsi %v158, %v132 : i64
                %v160 = arith.addi %v60, %v159 : i64
                %v161 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v162 = llvm.load %v161 : !llvm.ptr -> f32
                %v163 = arith.negf %v162 : f32
                %v164 = arith.mulf %v163, %v99 fastmath<contract> : f32
                %v165 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v164) : (f32) -> f32
                %v166 = arith.addf %v34, %v165 fastmath<contract> : f32
                %v167 = arith.divf %v34, %v166 : f32
                %v168 = arith.subf %v34, %v167 fastmath<contract> : f32
                %v169 = arith.muli %v28, %v105 : i64
                %v170 = arith.muli %v26, %size_L : i64
                %v171 = arith.addi %v169, %v170 : i64
                %v172 = arith.addi %v171, %v160 : i64
                %v173 = llvm.getelementptr %in_x[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v174 = llvm.load %v173 : !llvm.ptr -> f32
                %v175 = arith.mulf %v168, %v174 fastmath<contract> : f32
                %v176 = arith.mulf %v167, %v157 fastmath<contract> : f32
                %v177 = arith.addf %v176, %v175 fastmath<contract> : f32
                %v178 = arith.addi %v129, %v40 : i64
                %v179 = arith.minsi %v178, %v132 : i64
                %v180 = arith.addi %v60, %v179 : i64
                %v181 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v182 = llvm.load %v181 : !llvm.ptr -> f32
                %v183 = arith.negf %v182 : f32
                %v184 = arith.mulf %v183, %v99 fastmath<contract> : f32
                %v185 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v184) : (f32) -> f32
                %v186 = arith.addf %v34, %v185 fastmath<contract> : f32
                %v187 = arith.divf %v34, %v186 : f32
                %v188 = arith.subf %v34, %v187 fastmath<contract> : f32
                %v189 = arith.muli %v28, %v105 : i64
                %v190 = arith.muli %v26, %size_L : i64
                %v191 = arith.addi %v189, %v190 : i64
                %v192 = arith.addi %v191, %v180 : i64
                %v193 = llvm.getelementptr %in_x[%v192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v194 = llvm.load %v193 : !llvm.ptr -> f32
                %v195 = arith.mulf %v188, %v194 fastmath<contract> : f32
                %v196 = arith.mulf %v187, %v177 fastmath<contract> : f32
                %v197 = arith.addf %v196, %v195 fastmath<contract> : f32
                %v199 = arith.addi %v129, %v198 : i64
                %v200 = arith.minsi %v199, %v132 : i64
                %v201 = arith.addi %v60, %v200 : i64
                %v202 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v203 = llvm.load %v202 : !llvm.ptr -> f32
                %v204 = arith.negf %v203 : f32
                %v205 = arith.mulf %v204, %v99 fastmath<contract> : f32
                %v206 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v205) : (f32) -> f32
                %v207 = arith.addf %v34, %v206 fastmath<contract> : f32
                %v208 = arith.divf %v34, %v207 : f32
                %v209 = arith.subf %v34, %v208 fastmath<contract> : f32
                %v210 = arith.muli %v28, %v105 : i64
                %v211 = arith.muli %v26, %size_L : i64
                %v212 = arith.addi %v210, %v211 : i64
                %v213 = arith.addi %v212, %v201 : i64
                %v214 = llvm.getelementptr %in_x[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v215 = llvm.load %v214 : !llvm.ptr -> f32
                %v216 = arith.mulf %v209, %v215 fastmath<contract> : f32
                %v217 = arith.mulf %v208, %v197 fastmath<contract> : f32
                %v218 = arith.addf %v217, %v216 fastmath<contract> : f32
                %v220 = arith.addi %v129, %v219 : i64
                %v221 = arith.minsi %v220, %v132 : i64
                %v222 = arith.addi %v60, %v221 : i64
                %v223 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v224 = llvm.load %v223 : !llvm.ptr -> f32
                %v225 = arith.negf %v224 : f32
                %v226 = arith.mulf %v225, %v99 fastmath<contract> : f32
                %v227 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v226) : (f32) -> f32
                %v228 = arith.addf %v34, %v227 fastmath<contract> : f32
                %v229 = arith.divf %v34, %v228 : f32
                %v230 = arith.subf %v34, %v229 fastmath<contract> : f32
                %v231 = arith.muli %v28, %v105 : i64
                %v232 = arith.muli %v26, %size_L : i64
                %v233 = arith.addi %v231, %v232 : i64
                %v234 = arith.addi %v233, %v222 : i64
                %v235 = llvm.getelementptr %in_x[%v234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v236 = llvm.load %v235 : !llvm.ptr -> f32
                %v237 = arith.mulf %v230, %v236 fastmath<contract> : f32
                %v238 = arith.mulf %v229, %v218 fastmath<contract> : f32
                %v239 = arith.addf %v238, %v237 fastmath<contract> : f32
                %v241 = arith.addi %v129, %v240 : i64
                %v242 = arith.minsi %v241, %v132 : i64
                %v243 = arith.addi %v60, %v242 : i64
                %v244 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v245 = llvm.load %v244 : !llvm.ptr -> f32
                %v246 = arith.negf %v245 : f32
                %v247 = arith.mulf %v246, %v99 fastmath<contract> : f32
                %v248 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v247) : (f32) -> f32
                %v249 = arith.addf %v34, %v248 fastmath<contract> : f32
                %v250 = arith.divf %v34, %v249 : f32
                %v251 = arith.subf %v34, %v250 fastmath<contract> : f32
                %v252 = arith.muli %v28, %v105 : i64
                %v253 = arith.muli %v26, %size_L : i64
                %v254 = arith.addi %v252, %v253 : i64
                %v255 = arith.addi %v254, %v243 : i64
                %v256 = llvm.getelementptr %in_x[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v257 = llvm.load %v256 : !llvm.ptr -> f32
                %v258 = arith.mulf %v251, %v257 fastmath<contract> : f32
                %v259 = arith.mulf %v250, %v239 fastmath<contract> : f32
                %v260 = arith.addf %v259, %v258 fastmath<contract> : f32
                %v262 = arith.addi %v129, %v261 : i64
                %v263 = arith.minsi %v262, %v132 : i64
                %v264 = arith.addi %v60, %v263 : i64
                %v265 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v266 = llvm.load %v265 : !llvm.ptr -> f32
                %v267 = arith.negf %v266 : f32
                %v268 = arith.mulf %v267, %v99 fastmath<contract> : f32
                %v269 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v268) : (f32) -> f32
                %v270 = arith.addf %v34, %v269 fastmath<contract> : f32
                %v271 = arith.divf %v34, %v270 : f32
                %v272 = arith.subf %v34, %v271 fastmath<contract> : f32
                %v273 = arith.muli %v28, %v105 : i64
                %v274 = arith.muli %v26, %size_L : i64
                %v275 = arith.addi %v273, %v274 : i64
                %v276 = arith.addi %v275, %v264 : i64
                %v277 = llvm.getelementptr %in_x[%v276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v278 = llvm.load %v277 : !llvm.ptr -> f32
                %v279 = arith.mulf %v272, %v278 fastmath<contract> : f32
                %v280 = arith.mulf %v271, %v260 fastmath<contract> : f32
                %v281 = arith.addf %v280, %v279 fastmath<contract> : f32
                %v282 = arith.addi %v129, %v47 : i64
                %v283 = arith.minsi %v282, %v132 : i64
                %v284 = arith.addi %v60, %v283 : i64
                %v285 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v286 = llvm.load %v285 : !llvm.ptr -> f32
                %v287 = arith.negf %v286 : f32
                %v288 = arith.mulf %v287, %v99 fastmath<contract> : f32
                %v289 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v288) : (f32) -> f32
                %v290 = arith.addf %v34, %v289 fastmath<contract> : f32
                %v291 = arith.divf %v34, %v290 : f32
                %v292 = arith.subf %v34, %v291 fastmath<contract> : f32
                %v293 = arith.muli %v28, %v105 : i64
                %v294 = arith.muli %v26, %size_L : i64
                %v295 = arith.addi %v293, %v294 : i64
                %v296 = arith.addi %v295, %v284 : i64
                %v297 = llvm.getelementptr %in_x[%v296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v298 = llvm.load %v297 : !llvm.ptr -> f32
                %v299 = arith.mulf %v292, %v298 fastmath<contract> : f32
                %v300 = arith.mulf %v291, %v281 fastmath<contract> : f32
                %v301 = arith.addf %v300, %v299 fastmath<contract> : f32
                %v302 = arith.subi %v62, %v129 : i64
                %v303 = arith.trunci %v302 : i64 to i32
                %v304 = arith.subi %size_L, %v1 : i64
                %v305 = arith.addi %v60, %v129 : i64
                %v306 = arith.subi %v304, %v305 : i64
                %v308 = arith.minsi %v306, %v307 : i64
                %v309 = arith.trunci %v308 : i64 to i32
                %v310 = arith.addi %v129, %v47 : i64
                %v312 = arith.cmpi slt, %v311, %v303 : i32
                %v313 = arith.cmpi eq, %v311, %v309 : i32
                %v314 = arith.addi %v60, %v310 : i64
                %v315 = arith.muli %v28, %v105 : i64
                %v316 = arith.muli %v26, %size_L : i64
                %v317 = arith.addi %v315, %v316 : i64
                %v318 = arith.addi %v317, %v314 : i64
                %v319 = llvm.getelementptr %dy_y[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v320 = llvm.load %v319 : !llvm.ptr -> f32
                %v321 = llvm.load %v30 : !llvm.ptr -> f32
                %v322 = llvm.load %v31 : !llvm.ptr -> f32
                %v323 = arith.mulf %v322, %v321 fastmath<contract> : f32
                %v324 = arith.addf %v320, %v323 fastmath<contract> : f32
                llvm.store %v324, %v30 : f32, !llvm.ptr
                %v325 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v326 = llvm.load %v325 : !llvm.ptr -> f32
                %v327 = arith.negf %v326 : f32
                %v328 = arith.mulf %v327, %v99 fastmath<contract> : f32
                %v329 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v328) : (f32) -> f32
                %v330 = arith.addf %v34, %v329 fastmath<contract> : f32
                %v331 = arith.divf %v34, %v330 : f32
                %v332 = arith.subf %v34, %v331 fastmath<contract> : f32
                %v333 = llvm.load %v30 : !llvm.ptr -> f32
                %v334 = arith.mulf %v332, %v333 fastmath<contract> : f32
                scf.if %v23 {
                  %v335 = arith.muli %v28, %v105 : i64
                  %v336 = arith.muli %v26, %size_L : i64
                  %v337 = arith.addi %v335, %v336 : i64
                  %v338 = arith.addi %v337, %v314 : i64
                  %v339 = llvm.getelementptr %dx_x[%v338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v334, %v339 : f32, !llvm.ptr
                }
                %v340 = arith.mulf %v281, %v333 fastmath<contract> : f32
                %v341 = arith.muli %v28, %v105 : i64
                %v342 = arith.muli %v26, %size_L : i64
                %v343 = arith.addi %v341, %v342 : i64
                %v344 = arith.addi %v343, %v314 : i64
                %v345 = llvm.getelementptr %in_x[%v344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v346 = llvm.load %v345 : !llvm.ptr -> f32
                %v347 = arith.mulf %v346, %v333 fastmath<contract> : f32
                %v348 = arith.negf %v347 : f32
                %v349 = arith.addf %v340, %v348 fastmath<contract> : f32
                %v350 = arith.mulf %v331, %v332 fastmath<contract> : f32
                %v351 = arith.mulf %v349, %v350 fastmath<contract> : f32
                %v352 = llvm.load %v32 : !llvm.ptr -> f32
                %v353 = arith.addf %v352, %v351 fastmath<contract> : f32
                llvm.store %v353, %v32 : f32, !llvm.ptr
                llvm.store %v331, %v31 : f32, !llvm.ptr
                %v354 = arith.addi %v129, %v261 : i64
                %v356 = arith.cmpi slt, %v355, %v303 : i32
                %v357 = arith.cmpi eq, %v355, %v309 : i32
                %v358 = arith.addi %v60, %v354 : i64
                %v359 = arith.muli %v28, %v105 : i64
                %v360 = arith.muli %v26, %size_L : i64
                %v361 = arith.addi %v359, %v360 : i64
                %v362 = arith.addi %v361, %v358 : i64
                %v363 = llvm.getelementptr %dy_y[%v362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v364 = llvm.load %v363 : !llvm.ptr -> f32
                %v365 = llvm.load %v30 : !llvm.ptr -> f32
                %v366 = llvm.load %v31 : !llvm.ptr -> f32
                %v367 = arith.mulf %v366, %v365 fastmath<contract> : f32
                %v368 = arith.addf %v364, %v367 fastmath<contract> : f32
                llvm.store %v368, %v30 : f32, !llvm.ptr
                %v369 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v370 = llvm.load %v369 : !llvm.ptr -> f32
                %v371 = arith.negf %v370 : f32
                %v372 = arith.mulf %v371, %v99 fastmath<contract> : f32
                %v373 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v372) : (f32) -> f32
                %v374 = arith.addf %v34, %v373 fastmath<contract> : f32
                %v375 = arith.divf %v34, %v374 : f32
                %v376 = arith.subf %v34, %v375 fastmath<contract> : f32
                %v377 = llvm.load %v30 : !llvm.ptr -> f32
                %v378 = arith.mulf %v376, %v377 fastmath<contract> : f32
                scf.if %v23 {
                  %v379 = arith.muli %v28, %v105 : i64
                  %v380 = arith.muli %v26, %size_L : i64
                  %v381 = arith.addi %v379, %v380 : i64
                  %v382 = arith.addi %v381, %v358 : i64
                  %v383 = llvm.getelementptr %dx_x[%v382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v378, %v383 : f32, !llvm.ptr
                }
                %v384 = arith.mulf %v260, %v377 fastmath<contract> : f32
                %v385 = arith.muli %v28, %v105 : i64
                %v386 = arith.muli %v26, %size_L : i64
                %v387 = arith.addi %v385, %v386 : i64
                %v388 = arith.addi %v387, %v358 : i64
                %v389 = llvm.getelementptr %in_x[%v388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v390 = llvm.load %v389 : !llvm.ptr -> f32
                %v391 = arith.mulf %v390, %v377 fastmath<contract> : f32
                %v392 = arith.negf %v391 : f32
                %v393 = arith.addf %v384, %v392 fastmath<contract> : f32
                %v394 = arith.mulf %v375, %v376 fastmath<contract> : f32
                %v395 = arith.mulf %v393, %v394 fastmath<contract> : f32
                %v396 = llvm.load %v32 : !llvm.ptr -> f32
                %v397 = arith.addf %v396, %v395 fastmath<contract> : f32
                llvm.store %v397, %v32 : f32, !llvm.ptr
                llvm.store %v375, %v31 : f32, !llvm.ptr
                %v398 = arith.addi %v129, %v240 : i64
                %v400 = arith.cmpi slt, %v399, %v303 : i32
                %v401 = arith.cmpi eq, %v399, %v309 : i32
                %v402 = arith.addi %v60, %v398 : i64
                %v403 = arith.muli %v28, %v105 : i64
                %v404 = arith.muli %v26, %size_L : i64
                %v405 = arith.addi %v403, %v404 : i64
                %v406 = arith.addi %v405, %v402 : i64
                %v407 = llvm.getelementptr %dy_y[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v408 = llvm.load %v407 : !llvm.ptr -> f32
                %v409 = llvm.load %v30 : !llvm.ptr -> f32
                %v410 = llvm.load %v31 : !llvm.ptr -> f32
                %v411 = arith.mulf %v410, %v409 fastmath<contract> : f32
                %v412 = arith.addf %v408, %v411 fastmath<contract> : f32
                llvm.store %v412, %v30 : f32, !llvm.ptr
                %v413 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v414 = llvm.load %v413 : !llvm.ptr -> f32
                %v415 = arith.negf %v414 : f32
                %v416 = arith.mulf %v415, %v99 fastmath<contract> : f32
                %v417 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v416) : (f32) -> f32
                %v418 = arith.addf %v34, %v417 fastmath<contract> : f32
                %v419 = arith.divf %v34, %v418 : f32
                %v420 = arith.subf %v34, %v419 fastmath<contract> : f32
                %v421 = llvm.load %v30 : !llvm.ptr -> f32
                %v422 = arith.mulf %v420, %v421 fastmath<contract> : f32
                scf.if %v23 {
                  %v423 = arith.muli %v28, %v105 : i64
                  %v424 = arith.muli %v26, %size_L : i64
                  %v425 = arith.addi %v423, %v424 : i64
                  %v426 = arith.addi %v425, %v402 : i64
                  %v427 = llvm.getelementptr %dx_x[%v426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v422, %v427 : f32, !llvm.ptr
                }
                %v428 = arith.mulf %v239, %v421 fastmath<contract> : f32
                %v429 = arith.muli %v28, %v105 : i64
                %v430 = arith.muli %v26, %size_L : i64
                %v431 = arith.addi %v429, %v430 : i64
                %v432 = arith.addi %v431, %v402 : i64
                %v433 = llvm.getelementptr %in_x[%v432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v434 = llvm.load %v433 : !llvm.ptr -> f32
                %v435 = arith.mulf %v434, %v421 fastmath<contract> : f32
                %v436 = arith.negf %v435 : f32
                %v437 = arith.addf %v428, %v436 fastmath<contract> : f32
                %v438 = arith.mulf %v419, %v420 fastmath<contract> : f32
                %v439 = arith.mulf %v437, %v438 fastmath<contract> : f32
                %v440 = llvm.load %v32 : !llvm.ptr -> f32
                %v441 = arith.addf %v440, %v439 fastmath<contract> : f32
                llvm.store %v441, %v32 : f32, !llvm.ptr
                llvm.store %v419, %v31 : f32, !llvm.ptr
                %v442 = arith.addi %v129, %v219 : i64
                %v444 = arith.cmpi slt, %v443, %v303 : i32
                %v445 = arith.cmpi eq, %v443, %v309 : i32
                %v446 = arith.addi %v60, %v442 : i64
                %v447 = arith.muli %v28, %v105 : i64
                %v448 = arith.muli %v26, %size_L : i64
                %v449 = arith.addi %v447, %v448 : i64
                %v450 = arith.addi %v449, %v446 : i64
                %v451 = llvm.getelementptr %dy_y[%v450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v452 = llvm.load %v451 : !llvm.ptr -> f32
                %v453 = llvm.load %v30 : !llvm.ptr -> f32
                %v454 = llvm.load %v31 : !llvm.ptr -> f32
                %v455 = arith.mulf %v454, %v453 fastmath<contract> : f32
                %v456 = arith.addf %v452, %v455 fastmath<contract> : f32
                llvm.store %v456, %v30 : f32, !llvm.ptr
                %v457 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v458 = llvm.load %v457 : !llvm.ptr -> f32
                %v459 = arith.negf %v458 : f32
                %v460 = arith.mulf %v459, %v99 fastmath<contract> : f32
                %v461 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v460) : (f32) -> f32
                %v462 = arith.addf %v34, %v461 fastmath<contract> : f32
                %v463 = arith.divf %v34, %v462 : f32
                %v464 = arith.subf %v34, %v463 fastmath<contract> : f32
                %v465 = llvm.load %v30 : !llvm.ptr -> f32
                %v466 = arith.mulf %v464, %v465 fastmath<contract> : f32
                scf.if %v23 {
                  %v467 = arith.muli %v28, %v105 : i64
                  %v468 = arith.muli %v26, %size_L : i64
                  %v469 = arith.addi %v467, %v468 : i64
                  %v470 = arith.addi %v469, %v446 : i64
                  %v471 = llvm.getelementptr %dx_x[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v466, %v471 : f32, !llvm.ptr
                }
                %v472 = arith.mulf %v218, %v465 fastmath<contract> : f32
                %v473 = arith.muli %v28, %v105 : i64
                %v474 = arith.muli %v26, %size_L : i64
                %v475 = arith.addi %v473, %v474 : i64
                %v476 = arith.addi %v475, %v446 : i64
                %v477 = llvm.getelementptr %in_x[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v478 = llvm.load %v477 : !llvm.ptr -> f32
                %v479 = arith.mulf %v478, %v465 fastmath<contract> : f32
                %v480 = arith.negf %v479 : f32
                %v481 = arith.addf %v472, %v480 fastmath<contract> : f32
                %v482 = arith.mulf %v463, %v464 fastmath<contract> : f32
                %v483 = arith.mulf %v481, %v482 fastmath<contract> : f32
                %v484 = llvm.load %v32 : !llvm.ptr -> f32
                %v485 = arith.addf %v484, %v483 fastmath<contract> : f32
                llvm.store %v485, %v32 : f32, !llvm.ptr
                llvm.store %v463, %v31 : f32, !llvm.ptr
                %v486 = arith.addi %v129, %v198 : i64
                %v488 = arith.cmpi slt, %v487, %v303 : i32
                %v489 = arith.cmpi eq, %v487, %v309 : i32
                %v490 = arith.addi %v60, %v486 : i64
                %v491 = arith.muli %v28, %v105 : i64
                %v492 = arith.muli %v26, %size_L : i64
                %v493 = arith.addi %v491, %v492 : i64
                %v494 = arith.addi %v493, %v490 : i64
                %v495 = llvm.getelementptr %dy_y[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v496 = llvm.load %v495 : !llvm.ptr -> f32
                %v497 = llvm.load %v30 : !llvm.ptr -> f32
                %v498 = llvm.load %v31 : !llvm.ptr -> f32
                %v499 = arith.mulf %v498, %v497 fastmath<contract> : f32
                %v500 = arith.addf %v496, %v499 fastmath<contract> : f32
                llvm.store %v500, %v30 : f32, !llvm.ptr
                %v501 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v502 = llvm.load %v501 : !llvm.ptr -> f32
                %v503 = arith.negf %v502 : f32
                %v504 = arith.mulf %v503, %v99 fastmath<contract> : f32
                %v505 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v504) : (f32) -> f32
                %v506 = arith.addf %v34, %v505 fastmath<contract> : f32
                %v507 = arith.divf %v34, %v506 : f32
                %v508 = arith.subf %v34, %v507 fastmath<contract> : f32
                %v509 = llvm.load %v30 : !llvm.ptr -> f32
                %v510 = arith.mulf %v508, %v509 fastmath<contract> : f32
                scf.if %v23 {
                  %v511 = arith.muli %v28, %v105 : i64
                  %v512 = arith.muli %v26, %size_L : i64
                  %v513 = arith.addi %v511, %v512 : i64
                  %v514 = arith.addi %v513, %v490 : i64
                  %v515 = llvm.getelementptr %dx_x[%v514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v510, %v515 : f32, !llvm.ptr
                }
                %v516 = arith.mulf %v197, %v509 fastmath<contract> : f32
                %v517 = arith.muli %v28, %v105 : i64
                %v518 = arith.muli %v26, %size_L : i64
                %v519 = arith.addi %v517, %v518 : i64
                %v520 = arith.addi %v519, %v490 : i64
                %v521 = llvm.getelementptr %in_x[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v522 = llvm.load %v521 : !llvm.ptr -> f32
                %v523 = arith.mulf %v522, %v509 fastmath<contract> : f32
                %v524 = arith.negf %v523 : f32
                %v525 = arith.addf %v516, %v524 fastmath<contract> : f32
                %v526 = arith.mulf %v507, %v508 fastmath<contract> : f32
                %v527 = arith.mulf %v525, %v526 fastmath<contract> : f32
                %v528 = llvm.load %v32 : !llvm.ptr -> f32
                %v529 = arith.addf %v528, %v527 fastmath<contract> : f32
                llvm.store %v529, %v32 : f32, !llvm.ptr
                llvm.store %v507, %v31 : f32, !llvm.ptr
                %v530 = arith.addi %v129, %v40 : i64
                %v532 = arith.cmpi slt, %v531, %v303 : i32
                %v533 = arith.cmpi eq, %v531, %v309 : i32
                %v534 = arith.addi %v60, %v530 : i64
                %v535 = arith.muli %v28, %v105 : i64
                %v536 = arith.muli %v26, %size_L : i64
                %v537 = arith.addi %v535, %v536 : i64
                %v538 = arith.addi %v537, %v534 : i64
                %v539 = llvm.getelementptr %dy_y[%v538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v540 = llvm.load %v539 : !llvm.ptr -> f32
                %v541 = llvm.load %v30 : !llvm.ptr -> f32
                %v542 = llvm.load %v31 : !llvm.ptr -> f32
                %v543 = arith.mulf %v542, %v541 fastmath<contract> : f32
                %v544 = arith.addf %v540, %v543 fastmath<contract> : f32
                llvm.store %v544, %v30 : f32, !llvm.ptr
                %v545 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v546 = llvm.load %v545 : !llvm.ptr -> f32
                %v547 = arith.negf %v546 : f32
                %v548 = arith.mulf %v547, %v99 fastmath<contract> : f32
                %v549 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v548) : (f32) -> f32
                %v550 = arith.addf %v34, %v549 fastmath<contract> : f32
                %v551 = arith.divf %v34, %v550 : f32
                %v552 = arith.subf %v34, %v551 fastmath<contract> : f32
                %v553 = llvm.load %v30 : !llvm.ptr -> f32
                %v554 = arith.mulf %v552, %v553 fastmath<contract> : f32
                scf.if %v23 {
                  %v555 = arith.muli %v28, %v105 : i64
                  %v556 = arith.muli %v26, %size_L : i64
                  %v557 = arith.addi %v555, %v556 : i64
                  %v558 = arith.addi %v557, %v534 : i64
                  %v559 = llvm.getelementptr %dx_x[%v558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v554, %v559 : f32, !llvm.ptr
                }
                %v560 = arith.mulf %v177, %v553 fastmath<contract> : f32
                %v561 = arith.muli %v28, %v105 : i64
                %v562 = arith.muli %v26, %size_L : i64
                %v563 = arith.addi %v561, %v562 : i64
                %v564 = arith.addi %v563, %v534 : i64
                %v565 = llvm.getelementptr %in_x[%v564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v566 = llvm.load %v565 : !llvm.ptr -> f32
                %v567 = arith.mulf %v566, %v553 fastmath<contract> : f32
                %v568 = arith.negf %v567 : f32
                %v569 = arith.addf %v560, %v568 fastmath<contract> : f32
                %v570 = arith.mulf %v551, %v552 fastmath<contract> : f32
                %v571 = arith.mulf %v569, %v570 fastmath<contract> : f32
                %v572 = llvm.load %v32 : !llvm.ptr -> f32
                %v573 = arith.addf %v572, %v571 fastmath<contract> : f32
                llvm.store %v573, %v32 : f32, !llvm.ptr
                llvm.store %v551, %v31 : f32, !llvm.ptr
                %v574 = arith.addi %v129, %v1 : i64
                %v576 = arith.cmpi slt, %v575, %v303 : i32
                %v577 = arith.cmpi eq, %v575, %v309 : i32
                %v578 = arith.addi %v60, %v574 : i64
                %v579 = arith.muli %v28, %v105 : i64
                %v580 = arith.muli %v26, %size_L : i64
                %v581 = arith.addi %v579, %v580 : i64
                %v582 = arith.addi %v581, %v578 : i64
                %v583 = llvm.getelementptr %dy_y[%v582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v584 = llvm.load %v583 : !llvm.ptr -> f32
                %v585 = llvm.load %v30 : !llvm.ptr -> f32
                %v586 = llvm.load %v31 : !llvm.ptr -> f32
                %v587 = arith.mulf %v586, %v585 fastmath<contract> : f32
                %v588 = arith.addf %v584, %v587 fastmath<contract> : f32
                llvm.store %v588, %v30 : f32, !llvm.ptr
                %v589 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v590 = llvm.load %v589 : !llvm.ptr -> f32
                %v591 = arith.negf %v590 : f32
                %v592 = arith.mulf %v591, %v99 fastmath<contract> : f32
                %v593 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v592) : (f32) -> f32
                %v594 = arith.addf %v34, %v593 fastmath<contract> : f32
                %v595 = arith.divf %v34, %v594 : f32
                %v596 = arith.subf %v34, %v595 fastmath<contract> : f32
                %v597 = llvm.load %v30 : !llvm.ptr -> f32
                %v598 = arith.mulf %v596, %v597 fastmath<contract> : f32
                scf.if %v23 {
                  %v599 = arith.muli %v28, %v105 : i64
                  %v600 = arith.muli %v26, %size_L : i64
                  %v601 = arith.addi %v599, %v600 : i64
                  %v602 = arith.addi %v601, %v578 : i64
                  %v603 = llvm.getelementptr %dx_x[%v602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v598, %v603 : f32, !llvm.ptr
                }
                %v604 = arith.mulf %v157, %v597 fastmath<contract> : f32
                %v605 = arith.muli %v28, %v105 : i64
                %v606 = arith.muli %v26, %size_L : i64
                %v607 = arith.addi %v605, %v606 : i64
                %v608 = arith.addi %v607, %v578 : i64
                %v609 = llvm.getelementptr %in_x[%v608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v610 = llvm.load %v609 : !llvm.ptr -> f32
                %v611 = arith.mulf %v610, %v597 fastmath<contract> : f32
                %v612 = arith.negf %v611 : f32
                %v613 = arith.addf %v604, %v612 fastmath<contract> : f32
                %v614 = arith.mulf %v595, %v596 fastmath<contract> : f32
                %v615 = arith.mulf %v613, %v614 fastmath<contract> : f32
                %v616 = llvm.load %v32 : !llvm.ptr -> f32
                %v617 = arith.addf %v616, %v615 fastmath<contract> : f32
                llvm.store %v617, %v32 : f32, !llvm.ptr
                llvm.store %v595, %v31 : f32, !llvm.ptr
                %v619 = arith.cmpi slt, %v618, %v303 : i32
                %v620 = arith.cmpi eq, %v618, %v309 : i32
                %v621 = arith.addi %v60, %v129 : i64
                %v622 = arith.muli %v28, %v105 : i64
                %v623 = arith.muli %v26, %size_L : i64
                %v624 = arith.addi %v622, %v623 : i64
                %v625 = arith.addi %v624, %v621 : i64
                %v626 = llvm.getelementptr %dy_y[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v627 = llvm.load %v626 : !llvm.ptr -> f32
                %v628 = llvm.load %v30 : !llvm.ptr -> f32
                %v629 = llvm.load %v31 : !llvm.ptr -> f32
                %v630 = arith.mulf %v629, %v628 fastmath<contract> : f32
                %v631 = arith.addf %v627, %v630 fastmath<contract> : f32
                llvm.store %v631, %v30 : f32, !llvm.ptr
                %v632 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v633 = llvm.load %v632 : !llvm.ptr -> f32
                %v634 = arith.negf %v633 : f32
                %v635 = arith.mulf %v634, %v99 fastmath<contract> : f32
                %v636 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v635) : (f32) -> f32
                %v637 = arith.addf %v34, %v636 fastmath<contract> : f32
                %v638 = arith.divf %v34, %v637 : f32
                %v639 = arith.subf %v34, %v638 fastmath<contract> : f32
                %v640 = llvm.load %v30 : !llvm.ptr -> f32
                %v641 = arith.mulf %v639, %v640 fastmath<contract> : f32
                scf.if %v23 {
                  %v642 = arith.muli %v28, %v105 : i64
                  %v643 = arith.muli %v26, %size_L : i64
                  %v644 = arith.addi %v642, %v643 : i64
                  %v645 = arith.addi %v644, %v621 : i64
                  %v646 = llvm.getelementptr %dx_x[%v645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v641, %v646 : f32, !llvm.ptr
                }
                %v647 = arith.mulf %v138, %v640 fastmath<contract> : f32
                %v648 = arith.muli %v28, %v105 : i64
                %v649 = arith.muli %v26, %size_L : i64
                %v650 = arith.addi %v648, %v649 : i64
                %v651 = arith.addi %v650, %v621 : i64
                %v652 = llvm.getelementptr %in_x[%v651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v653 = llvm.load %v652 : !llvm.ptr -> f32
                %v654 = arith.mulf %v653, %v640 fastmath<contract> : f32
                %v655 = arith.negf %v654 : f32
                %v656 = arith.addf %v647, %v655 fastmath<contract> : f32
                %v657 = arith.mulf %v638, %v639 fastmath<contract> : f32
                %v658 = arith.mulf %v656, %v657 fastmath<contract> : f32
                %v659 = llvm.load %v32 : !llvm.ptr -> f32
                %v660 = arith.addf %v659, %v658 fastmath<contract> : f32
                llvm.store %v660, %v32 : f32, !llvm.ptr
                llvm.store %v638, %v31 : f32, !llvm.ptr
              } else {
                %v661 = arith.subi %v62, %v1 : i64
                %v662 = arith.muli %v128, %v2 : i64
                %v663 = arith.subi %v2, %v1 : i64
                %v664 = arith.minsi %v22, %v663 : i64
                %v665 = arith.addi %v662, %v664 : i64
                %v666 = llvm.getelementptr %scratch_h[%v665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v667 = llvm.load %v666 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v668 = arith.minsi %v129, %v661 : i64
                %v669 = arith.addi %v60, %v668 : i64
                %v670 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v671 = llvm.load %v670 : !llvm.ptr -> f32
                %v672 = arith.negf %v671 : f32
                %v673 = arith.mulf %v672, %v99 fastmath<contract> : f32
                %v674 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v673) : (f32) -> f32
                %v675 = arith.addf %v34, %v674 fastmath<contract> : f32
                %v676 = arith.divf %v34, %v675 : f32
                %v677 = arith.subf %v34, %v676 fastmath<contract> : f32
                %v678 = arith.muli %v28, %v105 : i64
                %v679 = arith.muli %v26, %size_L : i64
                %v680 = arith.addi %v678, %v679 : i64
                %v681 = arith.addi %v680, %v669 : i64
                %v682 = llvm.getelementptr %in_x[%v681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v683 = llvm.load %v682 : !llvm.ptr -> f32
                %v684 = arith.mulf %v677, %v683 fastmath<contract> : f32
                %v685 = arith.mulf %v676, %v667 fastmath<contract> : f32
                %v686 = arith.addf %v685, %v684 fastmath<contract> : f32
                %v687 = arith.addi %v129, %v1 : i64
                %v688 = arith.minsi %v687, %v661 : i64
                %v689 = arith.addi %v60, %v688 : i64
                %v690 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v691 = llvm.load %v690 : !llvm.ptr -> f32
                %v692 = arith.negf %v691 : f32
                %v693 = arith.mulf %v692, %v99 fastmath<contract> : f32
                %v694 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v693) : (f32) -> f32
                %v695 = arith.addf %v34, %v694 fastmath<contract> : f32
                %v696 = arith.divf %v34, %v695 : f32
                %v697 = arith.subf %v34, %v696 fastmath<contract> : f32
                %v698 = arith.muli %v28, %v105 : i64
                %v699 = arith.muli %v26, %size_L : i64
                %v700 = arith.addi %v698, %v699 : i64
                %v701 = arith.addi %v700, %v689 : i64
                %v702 = llvm.getelementptr %in_x[%v701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v703 = llvm.load %v702 : !llvm.ptr -> f32
                %v704 = arith.mulf %v697, %v703 fastmath<contract> : f32
                %v705 = arith.mulf %v696, %v686 fastmath<contract> : f32
                %v706 = arith.addf %v705, %v704 fastmath<contract> : f32
                %v707 = arith.addi %v129, %v40 : i64
                %v708 = arith.minsi %v707, %v661 : i64
                %v709 = arith.addi %v60, %v708 : i64
                %v710 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v711 = llvm.load %v710 : !llvm.ptr -> f32
                %v712 = arith.negf %v711 : f32
                %v713 = arith.mulf %v712, %v99 fastmath<contract> : f32
                %v714 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v713) : (f32) -> f32
                %v715 = arith.addf %v34, %v714 fastmath<contract> : f32
                %v716 = arith.divf %v34, %v715 : f32
                %v717 = arith.subf %v34, %v716 fastmath<contract> : f32
                %v718 = arith.muli %v28, %v105 : i64
                %v719 = arith.muli %v26, %size_L : i64
                %v720 = arith.addi %v718, %v719 : i64
                %v721 = arith.addi %v720, %v709 : i64
                %v722 = llvm.getelementptr %in_x[%v721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v723 = llvm.load %v722 : !llvm.ptr -> f32
                %v724 = arith.mulf %v717, %v723 fastmath<contract> : f32
                %v725 = arith.mulf %v716, %v706 fastmath<contract> : f32
                %v726 = arith.addf %v725, %v724 fastmath<contract> : f32
                %v727 = arith.addi %v129, %v198 : i64
                %v728 = arith.minsi %v727, %v661 : i64
                %v729 = arith.addi %v60, %v728 : i64
                %v730 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v731 = llvm.load %v730 : !llvm.ptr -> f32
                %v732 = arith.negf %v731 : f32
                %v733 = arith.mulf %v732, %v99 fastmath<contract> : f32
                %v734 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v733) : (f32) -> f32
                %v735 = arith.addf %v34, %v734 fastmath<contract> : f32
                %v736 = arith.divf %v34, %v735 : f32
                %v737 = arith.subf %v34, %v736 fastmath<contract> : f32
                %v738 = arith.muli %v28, %v105 : i64
                %v739 = arith.muli %v26, %size_L : i64
                %v740 = arith.addi %v738, %v739 : i64
                %v741 = arith.addi %v740, %v729 : i64
                %v742 = llvm.getelementptr %in_x[%v741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v743 = llvm.load %v742 : !llvm.ptr -> f32
                %v744 = arith.mulf %v737, %v743 fastmath<contract> : f32
                %v745 = arith.mulf %v736, %v726 fastmath<contract> : f32
                %v746 = arith.addf %v745, %v744 fastmath<contract> : f32
                %v747 = arith.addi %v129, %v219 : i64
                %v748 = arith.minsi %v747, %v661 : i64
                %v749 = arith.addi %v60, %v748 : i64
                %v750 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v751 = llvm.load %v750 : !llvm.ptr -> f32
                %v752 = arith.negf %v751 : f32
                %v753 = arith.mulf %v752, %v99 fastmath<contract> : f32
                %v754 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v753) : (f32) -> f32
                %v755 = arith.addf %v34, %v754 fastmath<contract> : f32
                %v756 = arith.divf %v34, %v755 : f32
                %v757 = arith.subf %v34, %v756 fastmath<contract> : f32
                %v758 = arith.muli %v28, %v105 : i64
                %v759 = arith.muli %v26, %size_L : i64
                %v760 = arith.addi %v758, %v759 : i64
                %v761 = arith.addi %v760, %v749 : i64
                %v762 = llvm.getelementptr %in_x[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v763 = llvm.load %v762 : !llvm.ptr -> f32
                %v764 = arith.mulf %v757, %v763 fastmath<contract> : f32
                %v765 = arith.mulf %v756, %v746 fastmath<contract> : f32
                %v766 = arith.addf %v765, %v764 fastmath<contract> : f32
                %v767 = arith.addi %v129, %v240 : i64
                %v768 = arith.minsi %v767, %v661 : i64
                %v769 = arith.addi %v60, %v768 : i64
                %v770 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v771 = llvm.load %v770 : !llvm.ptr -> f32
                %v772 = arith.negf %v771 : f32
                %v773 = arith.mulf %v772, %v99 fastmath<contract> : f32
                %v774 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v773) : (f32) -> f32
                %v775 = arith.addf %v34, %v774 fastmath<contract> : f32
                %v776 = arith.divf %v34, %v775 : f32
                %v777 = arith.subf %v34, %v776 fastmath<contract> : f32
                %v778 = arith.muli %v28, %v105 : i64
                %v779 = arith.muli %v26, %size_L : i64
                %v780 = arith.addi %v778, %v779 : i64
                %v781 = arith.addi %v780, %v769 : i64
                %v782 = llvm.getelementptr %in_x[%v781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v783 = llvm.load %v782 : !llvm.ptr -> f32
                %v784 = arith.mulf %v777, %v783 fastmath<contract> : f32
                %v785 = arith.mulf %v776, %v766 fastmath<contract> : f32
                %v786 = arith.addf %v785, %v784 fastmath<contract> : f32
                %v787 = arith.addi %v129, %v261 : i64
                %v788 = arith.minsi %v787, %v661 : i64
                %v789 = arith.addi %v60, %v788 : i64
                %v790 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v791 = llvm.load %v790 : !llvm.ptr -> f32
                %v792 = arith.negf %v791 : f32
                %v793 = arith.mulf %v792, %v99 fastmath<contract> : f32
                %v794 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v793) : (f32) -> f32
                %v795 = arith.addf %v34, %v794 fastmath<contract> : f32
                %v796 = arith.divf %v34, %v795 : f32
                %v797 = arith.subf %v34, %v796 fastmath<contract> : f32
                %v798 = arith.muli %v28, %v105 : i64
                %v799 = arith.muli %v26, %size_L : i64
                %v800 = arith.addi %v798, %v799 : i64
                %v801 = arith.addi %v800, %v789 : i64
                %v802 = llvm.getelementptr %in_x[%v801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v803 = llvm.load %v802 : !llvm.ptr -> f32
                %v804 = arith.mulf %v797, %v803 fastmath<contract> : f32
                %v805 = arith.mulf %v796, %v786 fastmath<contract> : f32
                %v806 = arith.addf %v805, %v804 fastmath<contract> : f32
                %v807 = arith.addi %v129, %v47 : i64
                %v808 = arith.minsi %v807, %v661 : i64
                %v809 = arith.addi %v60, %v808 : i64
                %v810 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v811 = llvm.load %v810 : !llvm.ptr -> f32
                %v812 = arith.negf %v811 : f32
                %v813 = arith.mulf %v812, %v99 fastmath<contract> : f32
                %v814 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v813) : (f32) -> f32
                %v815 = arith.addf %v34, %v814 fastmath<contract> : f32
                %v816 = arith.divf %v34, %v815 : f32
                %v817 = arith.subf %v34, %v816 fastmath<contract> : f32
                %v818 = arith.muli %v28, %v105 : i64
                %v819 = arith.muli %v26, %size_L : i64
                %v820 = arith.addi %v818, %v819 : i64
                %v821 = arith.addi %v820, %v809 : i64
                %v822 = llvm.getelementptr %in_x[%v821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v823 = llvm.load %v822 : !llvm.ptr -> f32
                %v824 = arith.mulf %v817, %v823 fastmath<contract> : f32
                %v825 = arith.mulf %v816, %v806 fastmath<contract> : f32
                %v826 = arith.addf %v825, %v824 fastmath<contract> : f32
                %v827 = arith.subi %v62, %v129 : i64
                %v828 = arith.trunci %v827 : i64 to i32
                %v829 = arith.subi %size_L, %v1 : i64
                %v830 = arith.addi %v60, %v129 : i64
                %v831 = arith.subi %v829, %v830 : i64
                %v832 = arith.minsi %v831, %v307 : i64
                %v833 = arith.trunci %v832 : i64 to i32
                %v834 = arith.addi %v129, %v47 : i64
                %v835 = arith.cmpi slt, %v311, %v828 : i32
                %v836 = arith.cmpi eq, %v311, %v833 : i32
                scf.if %v835 {
                  %v837 = arith.addi %v60, %v834 : i64
                  %v838 = arith.muli %v28, %v105 : i64
                  %v839 = arith.muli %v26, %size_L : i64
                  %v840 = arith.addi %v838, %v839 : i64
                  %v841 = arith.addi %v840, %v837 : i64
                  %v842 = llvm.getelementptr %dy_y[%v841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v843 = llvm.load %v842 : !llvm.ptr -> f32
                  %v844 = llvm.load %v30 : !llvm.ptr -> f32
                  %v845 = llvm.load %v31 : !llvm.ptr -> f32
                  %v846 = arith.mulf %v845, %v844 fastmath<contract> : f32
                  %v847 = arith.addf %v843, %v846 fastmath<contract> : f32
                  llvm.store %v847, %v30 : f32, !llvm.ptr
                  %v848 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v849 = llvm.load %v848 : !llvm.ptr -> f32
                  %v850 = arith.negf %v849 : f32
                  %v851 = arith.mulf %v850, %v99 fastmath<contract> : f32
                  %v852 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v851) : (f32) -> f32
                  %v853 = arith.addf %v34, %v852 fastmath<contract> : f32
                  %v854 = arith.divf %v34, %v853 : f32
                  %v855 = arith.subf %v34, %v854 fastmath<contract> : f32
                  %v856 = llvm.load %v30 : !llvm.ptr -> f32
                  %v857 = arith.mulf %v855, %v856 fastmath<contract> : f32
                  scf.if %v23 {
                    %v858 = arith.muli %v28, %v105 : i64
                    %v859 = arith.muli %v26, %size_L : i64
                    %v860 = arith.addi %v858, %v859 : i64
                    %v861 = arith.addi %v860, %v837 : i64
                    %v862 = llvm.getelementptr %dx_x[%v861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v857, %v862 : f32, !llvm.ptr
                  }
                  %v863 = arith.mulf %v806, %v856 fastmath<contract> : f32
                  %v864 = arith.muli %v28, %v105 : i64
                  %v865 = arith.muli %v26, %size_L : i64
                  %v866 = arith.addi %v864, %v865 : i64
                  %v867 = arith.addi %v866, %v837 : i64
                  %v868 = llvm.getelementptr %in_x[%v867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v869 = llvm.load %v868 : !llvm.ptr -> f32
                  %v870 = arith.mulf %v869, %v856 fastmath<contract> : f32
                  %v871 = arith.negf %v870 : f32
                  %v872 = arith.addf %v863, %v871 fastmath<contract> : f32
                  %v873 = arith.mulf %v854, %v855 fastmath<contract> : f32
                  %v874 = arith.mulf %v872, %v873 fastmath<contract> : f32
                  %v875 = llvm.load %v32 : !llvm.ptr -> f32
                  %v876 = arith.addf %v875, %v874 fastmath<contract> : f32
                  llvm.store %v876, %v32 : f32, !llvm.ptr
                  llvm.store %v854, %v31 : f32, !llvm.ptr
                }
                %v877 = arith.addi %v129, %v261 : i64
                %v878 = arith.cmpi slt, %v355, %v828 : i32
                %v879 = arith.cmpi eq, %v355, %v833 : i32
                scf.if %v878 {
                  %v880 = arith.addi %v60, %v877 : i64
                  %v881 = arith.muli %v28, %v105 : i64
                  %v882 = arith.muli %v26, %size_L : i64
                  %v883 = arith.addi %v881, %v882 : i64
                  %v884 = arith.addi %v883, %v880 : i64
                  %v885 = llvm.getelementptr %dy_y[%v884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v886 = llvm.load %v885 : !llvm.ptr -> f32
                  %v887 = llvm.load %v30 : !llvm.ptr -> f32
                  %v888 = llvm.load %v31 : !llvm.ptr -> f32
                  %v889 = arith.mulf %v888, %v887 fastmath<contract> : f32
                  %v890 = arith.addf %v886, %v889 fastmath<contract> : f32
                  llvm.store %v890, %v30 : f32, !llvm.ptr
                  %v891 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v892 = llvm.load %v891 : !llvm.ptr -> f32
                  %v893 = arith.negf %v892 : f32
                  %v894 = arith.mulf %v893, %v99 fastmath<contract> : f32
                  %v895 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v894) : (f32) -> f32
                  %v896 = arith.addf %v34, %v895 fastmath<contract> : f32
                  %v897 = arith.divf %v34, %v896 : f32
                  %v898 = arith.subf %v34, %v897 fastmath<contract> : f32
                  %v899 = llvm.load %v30 : !llvm.ptr -> f32
                  %v900 = arith.mulf %v898, %v899 fastmath<contract> : f32
                  scf.if %v23 {
                    %v901 = arith.muli %v28, %v105 : i64
                    %v902 = arith.muli %v26, %size_L : i64
                    %v903 = arith.addi %v901, %v902 : i64
                    %v904 = arith.addi %v903, %v880 : i64
                    %v905 = llvm.getelementptr %dx_x[%v904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v900, %v905 : f32, !llvm.ptr
                  }
                  %v906 = arith.mulf %v786, %v899 fastmath<contract> : f32
                  %v907 = arith.muli %v28, %v105 : i64
                  %v908 = arith.muli %v26, %size_L : i64
                  %v909 = arith.addi %v907, %v908 : i64
                  %v910 = arith.addi %v909, %v880 : i64
                  %v911 = llvm.getelementptr %in_x[%v910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v912 = llvm.load %v911 : !llvm.ptr -> f32
                  %v913 = arith.mulf %v912, %v899 fastmath<contract> : f32
                  %v914 = arith.negf %v913 : f32
                  %v915 = arith.addf %v906, %v914 fastmath<contract> : f32
                  %v916 = arith.mulf %v897, %v898 fastmath<contract> : f32
                  %v917 = arith.mulf %v915, %v916 fastmath<contract> : f32
                  %v918 = llvm.load %v32 : !llvm.ptr -> f32
                  %v919 = arith.addf %v918, %v917 fastmath<contract> : f32
                  llvm.store %v919, %v32 : f32, !llvm.ptr
                  llvm.store %v897, %v31 : f32, !llvm.ptr
                }
                %v920 = arith.addi %v129, %v240 : i64
                %v921 = arith.cmpi slt, %v399, %v828 : i32
                %v922 = arith.cmpi eq, %v399, %v833 : i32
                scf.if %v921 {
                  %v923 = arith.addi %v60, %v920 : i64
                  %v924 = arith.muli %v28, %v105 : i64
                  %v925 = arith.muli %v26, %size_L : i64
                  %v926 = arith.addi %v924, %v925 : i64
                  %v927 = arith.addi %v926, %v923 : i64
                  %v928 = llvm.getelementptr %dy_y[%v927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v929 = llvm.load %v928 : !llvm.ptr -> f32
                  %v930 = llvm.load %v30 : !llvm.ptr -> f32
                  %v931 = llvm.load %v31 : !llvm.ptr -> f32
                  %v932 = arith.mulf %v931, %v930 fastmath<contract> : f32
                  %v933 = arith.addf %v929, %v932 fastmath<contract> : f32
                  llvm.store %v933, %v30 : f32, !llvm.ptr
                  %v934 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v935 = llvm.load %v934 : !llvm.ptr -> f32
                  %v936 = arith.negf %v935 : f32
                  %v937 = arith.mulf %v936, %v99 fastmath<contract> : f32
                  %v938 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v937) : (f32) -> f32
                  %v939 = arith.addf %v34, %v938 fastmath<contract> : f32
                  %v940 = arith.divf %v34, %v939 : f32
                  %v941 = arith.subf %v34, %v940 fastmath<contract> : f32
                  %v942 = llvm.load %v30 : !llvm.ptr -> f32
                  %v943 = arith.mulf %v941, %v942 fastmath<contract> : f32
                  scf.if %v23 {
                    %v944 = arith.muli %v28, %v105 : i64
                    %v945 = arith.muli %v26, %size_L : i64
                    %v946 = arith.addi %v944, %v945 : i64
                    %v947 = arith.addi %v946, %v923 : i64
                    %v948 = llvm.getelementptr %dx_x[%v947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v943, %v948 : f32, !llvm.ptr
                  }
                  %v949 = arith.mulf %v766, %v942 fastmath<contract> : f32
                  %v950 = arith.muli %v28, %v105 : i64
                  %v951 = arith.muli %v26, %size_L : i64
                  %v952 = arith.addi %v950, %v951 : i64
                  %v953 = arith.addi %v952, %v923 : i64
                  %v954 = llvm.getelementptr %in_x[%v953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v955 = llvm.load %v954 : !llvm.ptr -> f32
                  %v956 = arith.mulf %v955, %v942 fastmath<contract> : f32
                  %v957 = arith.negf %v956 : f32
                  %v958 = arith.addf %v949, %v957 fastmath<contract> : f32
                  %v959 = arith.mulf %v940, %v941 fastmath<contract> : f32
                  %v960 = arith.mulf %v958, %v959 fastmath<contract> : f32
                  %v961 = llvm.load %v32 : !llvm.ptr -> f32
                  %v962 = arith.addf %v961, %v960 fastmath<contract> : f32
                  llvm.store %v962, %v32 : f32, !llvm.ptr
                  llvm.store %v940, %v31 : f32, !llvm.ptr
                }
                %v963 = arith.addi %v129, %v219 : i64
                %v964 = arith.cmpi slt, %v443, %v828 : i32
                %v965 = arith.cmpi eq, %v443, %v833 : i32
                scf.if %v964 {
                  %v966 = arith.addi %v60, %v963 : i64
                  %v967 = arith.muli %v28, %v105 : i64
                  %v968 = arith.muli %v26, %size_L : i64
                  %v969 = arith.addi %v967, %v968 : i64
                  %v970 = arith.addi %v969, %v966 : i64
                  %v971 = llvm.getelementptr %dy_y[%v970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v972 = llvm.load %v971 : !llvm.ptr -> f32
                  %v973 = llvm.load %v30 : !llvm.ptr -> f32
                  %v974 = llvm.load %v31 : !llvm.ptr -> f32
                  %v975 = arith.mulf %v974, %v973 fastmath<contract> : f32
                  %v976 = arith.addf %v972, %v975 fastmath<contract> : f32
                  llvm.store %v976, %v30 : f32, !llvm.ptr
                  %v977 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v978 = llvm.load %v977 : !llvm.ptr -> f32
                  %v979 = arith.negf %v978 : f32
                  %v980 = arith.mulf %v979, %v99 fastmath<contract> : f32
                  %v981 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v980) : (f32) -> f32
                  %v982 = arith.addf %v34, %v981 fastmath<contract> : f32
                  %v983 = arith.divf %v34, %v982 : f32
                  %v984 = arith.subf %v34, %v983 fastmath<contract> : f32
                  %v985 = llvm.load %v30 : !llvm.ptr -> f32
                  %v986 = arith.mulf %v984, %v985 fastmath<contract> : f32
                  scf.if %v23 {
                    %v987 = arith.muli %v28, %v105 : i64
                    %v988 = arith.muli %v26, %size_L : i64
                    %v989 = arith.addi %v987, %v988 : i64
                    %v990 = arith.addi %v989, %v966 : i64
                    %v991 = llvm.getelementptr %dx_x[%v990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v986, %v991 : f32, !llvm.ptr
                  }
                  %v992 = arith.mulf %v746, %v985 fastmath<contract> : f32
                  %v993 = arith.muli %v28, %v105 : i64
                  %v994 = arith.muli %v26, %size_L : i64
                  %v995 = arith.addi %v993, %v994 : i64
                  %v996 = arith.addi %v995, %v966 : i64
                  %v997 = llvm.getelementptr %in_x[%v996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v998 = llvm.load %v997 : !llvm.ptr -> f32
                  %v999 = arith.mulf %v998, %v985 fastmath<contract> : f32
                  %v1000 = arith.negf %v999 : f32
                  %v1001 = arith.addf %v992, %v1000 fastmath<contract> : f32
                  %v1002 = arith.mulf %v983, %v984 fastmath<contract> : f32
                  %v1003 = arith.mulf %v1001, %v1002 fastmath<contract> : f32
                  %v1004 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1005 = arith.addf %v1004, %v1003 fastmath<contract> : f32
                  llvm.store %v1005, %v32 : f32, !llvm.ptr
                  llvm.store %v983, %v31 : f32, !llvm.ptr
                }
                %v1006 = arith.addi %v129, %v198 : i64
                %v1007 = arith.cmpi slt, %v487, %v828 : i32
                %v1008 = arith.cmpi eq, %v487, %v833 : i32
                scf.if %v1007 {
                  %v1009 = arith.addi %v60, %v1006 : i64
                  %v1010 = arith.muli %v28, %v105 : i64
                  %v1011 = arith.muli %v26, %size_L : i64
                  %v1012 = arith.addi %v1010, %v1011 : i64
                  %v1013 = arith.addi %v1012, %v1009 : i64
                  %v1014 = llvm.getelementptr %dy_y[%v1013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1015 = llvm.load %v1014 : !llvm.ptr -> f32
                  %v1016 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1017 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1018 = arith.mulf %v1017, %v1016 fastmath<contract> : f32
                  %v1019 = arith.addf %v1015, %v1018 fastmath<contract> : f32
                  llvm.store %v1019, %v30 : f32, !llvm.ptr
                  %v1020 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1021 = llvm.load %v1020 : !llvm.ptr -> f32
                  %v1022 = arith.negf %v1021 : f32
                  %v1023 = arith.mulf %v1022, %v99 fastmath<contract> : f32
                  %v1024 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1023) : (f32) -> f32
                  %v1025 = arith.addf %v34, %v1024 fastmath<contract> : f32
                  %v1026 = arith.divf %v34, %v1025 : f32
                  %v1027 = arith.subf %v34, %v1026 fastmath<contract> : f32
                  %v1028 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1029 = arith.mulf %v1027, %v1028 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1030 = arith.muli %v28, %v105 : i64
                    %v1031 = arith.muli %v26, %size_L : i64
                    %v1032 = arith.addi %v1030, %v1031 : i64
                    %v1033 = arith.addi %v1032, %v1009 : i64
                    %v1034 = llvm.getelementptr %dx_x[%v1033] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1029, %v1034 : f32, !llvm.ptr
                  }
                  %v1035 = arith.mulf %v726, %v1028 fastmath<contract> : f32
                  %v1036 = arith.muli %v28, %v105 : i64
                  %v1037 = arith.muli %v26, %size_L : i64
                  %v1038 = arith.addi %v1036, %v1037 : i64
                  %v1039 = arith.addi %v1038, %v1009 : i64
                  %v1040 = llvm.getelementptr %in_x[%v1039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1041 = llvm.load %v1040 : !llvm.ptr -> f32
                  %v1042 = arith.mulf %v1041, %v1028 fastmath<contract> : f32
                  %v1043 = arith.negf %v1042 : f32
                  %v1044 = arith.addf %v1035, %v1043 fastmath<contract> : f32
                  %v1045 = arith.mulf %v1026, %v1027 fastmath<contract> : f32
                  %v1046 = arith.mulf %v1044, %v1045 fastmath<contract> : f32
                  %v1047 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1048 = arith.addf %v1047, %v1046 fastmath<contract> : f32
                  llvm.store %v1048, %v32 : f32, !llvm.ptr
                  llvm.store %v1026, %v31 : f32, !llvm.ptr
                }
                %v1049 = arith.addi %v129, %v40 : i64
                %v1050 = arith.cmpi slt, %v531, %v828 : i32
                %v1051 = arith.cmpi eq, %v531, %v833 : i32
                scf.if %v1050 {
                  %v1052 = arith.addi %v60, %v1049 : i64
                  %v1053 = arith.muli %v28, %v105 : i64
                  %v1054 = arith.muli %v26, %size_L : i64
                  %v1055 = arith.addi %v1053, %v1054 : i64
                  %v1056 = arith.addi %v1055, %v1052 : i64
                  %v1057 = llvm.getelementptr %dy_y[%v1056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1058 = llvm.load %v1057 : !llvm.ptr -> f32
                  %v1059 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1060 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1061 = arith.mulf %v1060, %v1059 fastmath<contract> : f32
                  %v1062 = arith.addf %v1058, %v1061 fastmath<contract> : f32
                  llvm.store %v1062, %v30 : f32, !llvm.ptr
                  %v1063 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1064 = llvm.load %v1063 : !llvm.ptr -> f32
                  %v1065 = arith.negf %v1064 : f32
                  %v1066 = arith.mulf %v1065, %v99 fastmath<contract> : f32
                  %v1067 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1066) : (f32) -> f32
                  %v1068 = arith.addf %v34, %v1067 fastmath<contract> : f32
                  %v1069 = arith.divf %v34, %v1068 : f32
                  %v1070 = arith.subf %v34, %v1069 fastmath<contract> : f32
                  %v1071 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1072 = arith.mulf %v1070, %v1071 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1073 = arith.muli %v28, %v105 : i64
                    %v1074 = arith.muli %v26, %size_L : i64
                    %v1075 = arith.addi %v1073, %v1074 : i64
                    %v1076 = arith.addi %v1075, %v1052 : i64
                    %v1077 = llvm.getelementptr %dx_x[%v1076] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1072, %v1077 : f32, !llvm.ptr
                  }
                  %v1078 = arith.mulf %v706, %v1071 fastmath<contract> : f32
                  %v1079 = arith.muli %v28, %v105 : i64
                  %v1080 = arith.muli %v26, %size_L : i64
                  %v1081 = arith.addi %v1079, %v1080 : i64
                  %v1082 = arith.addi %v1081, %v1052 : i64
                  %v1083 = llvm.getelementptr %in_x[%v1082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1084 = llvm.load %v1083 : !llvm.ptr -> f32
                  %v1085 = arith.mulf %v1084, %v1071 fastmath<contract> : f32
                  %v1086 = arith.negf %v1085 : f32
                  %v1087 = arith.addf %v1078, %v1086 fastmath<contract> : f32
                  %v1088 = arith.mulf %v1069, %v1070 fastmath<contract> : f32
                  %v1089 = arith.mulf %v1087, %v1088 fastmath<contract> : f32
                  %v1090 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1091 = arith.addf %v1090, %v1089 fastmath<contract> : f32
                  llvm.store %v1091, %v32 : f32, !llvm.ptr
                  llvm.store %v1069, %v31 : f32, !llvm.ptr
                }
                %v1092 = arith.addi %v129, %v1 : i64
                %v1093 = arith.cmpi slt, %v575, %v828 : i32
                %v1094 = arith.cmpi eq, %v575, %v833 : i32
                scf.if %v1093 {
                  %v1095 = arith.addi %v60, %v1092 : i64
                  %v1096 = arith.muli %v28, %v105 : i64
                  %v1097 = arith.muli %v26, %size_L : i64
                  %v1098 = arith.addi %v1096, %v1097 : i64
                  %v1099 = arith.addi %v1098, %v1095 : i64
                  %v1100 = llvm.getelementptr %dy_y[%v1099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1101 = llvm.load %v1100 : !llvm.ptr -> f32
                  %v1102 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1103 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1104 = arith.mulf %v1103, %v1102 fastmath<contract> : f32
                  %v1105 = arith.addf %v1101, %v1104 fastmath<contract> : f32
                  llvm.store %v1105, %v30 : f32, !llvm.ptr
                  %v1106 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1107 = llvm.load %v1106 : !llvm.ptr -> f32
                  %v1108 = arith.negf %v1107 : f32
                  %v1109 = arith.mulf %v1108, %v99 fastmath<contract> : f32
                  %v1110 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1109) : (f32) -> f32
                  %v1111 = arith.addf %v34, %v1110 fastmath<contract> : f32
                  %v1112 = arith.divf %v34, %v1111 : f32
                  %v1113 = arith.subf %v34, %v1112 fastmath<contract> : f32
                  %v1114 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1115 = arith.mulf %v1113, %v1114 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1116 = arith.muli %v28, %v105 : i64
                    %v1117 = arith.muli %v26, %size_L : i64
                    %v1118 = arith.addi %v1116, %v1117 : i64
                    %v1119 = arith.addi %v1118, %v1095 : i64
                    %v1120 = llvm.getelementptr %dx_x[%v1119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1115, %v1120 : f32, !llvm.ptr
                  }
                  %v1121 = arith.mulf %v686, %v1114 fastmath<contract> : f32
                  %v1122 = arith.muli %v28, %v105 : i64
                  %v1123 = arith.muli %v26, %size_L : i64
                  %v1124 = arith.addi %v1122, %v1123 : i64
                  %v1125 = arith.addi %v1124, %v1095 : i64
                  %v1126 = llvm.getelementptr %in_x[%v1125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1127 = llvm.load %v1126 : !llvm.ptr -> f32
                  %v1128 = arith.mulf %v1127, %v1114 fastmath<contract> : f32
                  %v1129 = arith.negf %v1128 : f32
                  %v1130 = arith.addf %v1121, %v1129 fastmath<contract> : f32
                  %v1131 = arith.mulf %v1112, %v1113 fastmath<contract> : f32
                  %v1132 = arith.mulf %v1130, %v1131 fastmath<contract> : f32
                  %v1133 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1134 = arith.addf %v1133, %v1132 fastmath<contract> : f32
                  llvm.store %v1134, %v32 : f32, !llvm.ptr
                  llvm.store %v1112, %v31 : f32, !llvm.ptr
                }
                %v1135 = arith.cmpi slt, %v618, %v828 : i32
                %v1136 = arith.cmpi eq, %v618, %v833 : i32
                scf.if %v1135 {
                  %v1137 = arith.addi %v60, %v129 : i64
                  %v1138 = arith.muli %v28, %v105 : i64
                  %v1139 = arith.muli %v26, %size_L : i64
                  %v1140 = arith.addi %v1138, %v1139 : i64
                  %v1141 = arith.addi %v1140, %v1137 : i64
                  %v1142 = llvm.getelementptr %dy_y[%v1141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1143 = llvm.load %v1142 : !llvm.ptr -> f32
                  %v1144 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1145 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1146 = arith.mulf %v1145, %v1144 fastmath<contract> : f32
                  %v1147 = arith.addf %v1143, %v1146 fastmath<contract> : f32
                  llvm.store %v1147, %v30 : f32, !llvm.ptr
                  %v1148 = llvm.getelementptr %in_w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1149 = llvm.load %v1148 : !llvm.ptr -> f32
                  %v1150 = arith.negf %v1149 : f32
                  %v1151 = arith.mulf %v1150, %v99 fastmath<contract> : f32
                  %v1152 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1151) : (f32) -> f32
                  %v1153 = arith.addf %v34, %v1152 fastmath<contract> : f32
                  %v1154 = arith.divf %v34, %v1153 : f32
                  %v1155 = arith.subf %v34, %v1154 fastmath<contract> : f32
                  %v1156 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1157 = arith.mulf %v1155, %v1156 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1158 = arith.muli %v28, %v105 : i64
                    %v1159 = arith.muli %v26, %size_L : i64
                    %v1160 = arith.addi %v1158, %v1159 : i64
                    %v1161 = arith.addi %v1160, %v1137 : i64
                    %v1162 = llvm.getelementptr %dx_x[%v1161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1157, %v1162 : f32, !llvm.ptr
                  }
                  %v1163 = arith.mulf %v667, %v1156 fastmath<contract> : f32
                  %v1164 = arith.muli %v28, %v105 : i64
                  %v1165 = arith.muli %v26, %size_L : i64
                  %v1166 = arith.addi %v1164, %v1165 : i64
                  %v1167 = arith.addi %v1166, %v1137 : i64
                  %v1168 = llvm.getelementptr %in_x[%v1167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1169 = llvm.load %v1168 : !llvm.ptr -> f32
                  %v1170 = arith.mulf %v1169, %v1156 fastmath<contract> : f32
                  %v1171 = arith.negf %v1170 : f32
                  %v1172 = arith.addf %v1163, %v1171 fastmath<contract> : f32
                  %v1173 = arith.mulf %v1154, %v1155 fastmath<contract> : f32
                  %v1174 = arith.mulf %v1172, %v1173 fastmath<contract> : f32
                  %v1175 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1176 = arith.addf %v1175, %v1174 fastmath<contract> : f32
                  llvm.store %v1176, %v32 : f32, !llvm.ptr
                  llvm.store %v1154, %v31 : f32, !llvm.ptr
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
          %v1177 = llvm.load %v32 : !llvm.ptr -> f32
          %v1178 = llvm.getelementptr %part_w[%v22] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1177, %v1178 : f32, !llvm.ptr
        }
      } else {
        scf.if %v23 {
          %v1179 = llvm.load %v30 : !llvm.ptr -> f32
          %v1180 = llvm.getelementptr %slice_carry[%v22] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1179, %v1180 : f32, !llvm.ptr
          %v1181 = arith.addi %v2, %v22 : i64
          %v1182 = llvm.load %v31 : !llvm.ptr -> f32
          %v1183 = llvm.getelementptr %slice_carry[%v1181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1182, %v1183 : f32, !llvm.ptr
          %v1184 = arith.muli %v40, %v2 : i64
          %v1185 = arith.addi %v1184, %v22 : i64
          %v1186 = llvm.load %v32 : !llvm.ptr -> f32
          %v1187 = llvm.getelementptr %slice_carry[%v1185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1186, %v1187 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
