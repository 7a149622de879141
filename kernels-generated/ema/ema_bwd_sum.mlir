module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @ema_bwd_sum(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segsum_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v36 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v37 = arith.constant 0 : i64
      %v39 = arith.constant 64 : i64
      %v40 = arith.constant 8 : i64
      %v41 = arith.constant 7 : i64
      %v42 = arith.constant 63 : i64
      %v84 = arith.constant 2147483647 : i64
      %v88 = arith.constant 7 : i32
      %v92 = arith.muli %size_L, %size_D : i64
      %v108 = arith.constant 0x3FB8AA3B : f32
      %v113 = arith.constant 6 : i64
      %v115 = arith.constant 6 : i32
      %v138 = arith.constant 5 : i64
      %v140 = arith.constant 5 : i32
      %v164 = arith.constant 4 : i32
      %v187 = arith.constant 3 : i64
      %v189 = arith.constant 3 : i32
      %v212 = arith.constant 2 : i64
      %v214 = arith.constant 2 : i32
      %v238 = arith.constant 1 : i32
      %v261 = arith.constant 0 : i32
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
      llvm.store %v35, %v36 : f32, !llvm.ptr
      %v38 = arith.cmpi eq, %size_L, %v37 : i64
      scf.if %v38 {
        llvm.store %v34, %v9 : f32, !llvm.ptr
      }
      %v43 = arith.addi %size_L, %v42 : i64
      %v44 = arith.divui %v43, %v39 : i64
      %v45 = arith.minsi %v29, %v44 : i64
      %v46 = arith.muli %v16, %v40 : i64
      %v47 = arith.subi %v45, %v28 : i64
      %v48 = arith.maxsi %v47, %v37 : i64
      %v49 = arith.index_cast %v37 : i64 to index
      %v50 = arith.index_cast %v48 : i64 to index
      %v51 = arith.index_cast %v1 : i64 to index
      scf.for %v52 = %v49 to %v50 step %v51 {
        %v53 = arith.index_cast %v52 : index to i64
        %v54 = arith.subi %v45, %v1 : i64
        %v55 = arith.subi %v54, %v53 : i64
        %v56 = arith.muli %v55, %v39 : i64
        %v57 = arith.subi %size_L, %v56 : i64
        %v58 = arith.minsi %v57, %v39 : i64
        %v59 = arith.addi %v58, %v41 : i64
        %v60 = arith.divui %v59, %v40 : i64
        %v61 = arith.index_cast %v37 : i64 to index
        %v62 = arith.index_cast %v1 : i64 to index
        %v63 = arith.index_cast %v1 : i64 to index
        scf.for %v64 = %v61 to %v62 step %v63 {
          %v65 = arith.index_cast %v64 : index to i64
          %v66 = arith.index_cast %v37 : i64 to index
          %v67 = arith.index_cast %v60 : i64 to index
          %v68 = arith.index_cast %v1 : i64 to index
          scf.for %v69 = %v66 to %v67 step %v68 {
            %v70 = arith.index_cast %v69 : index to i64
            %v71 = arith.cmpi slt, %v70, %v60 : i64
            scf.if %v71 {
              %v72 = arith.subi %v60, %v1 : i64
              %v73 = arith.subi %v72, %v70 : i64
              %v74 = arith.muli %v73, %v40 : i64
              %v75 = arith.addi %v46, %v73 : i64
              %v76 = arith.addi %v74, %v40 : i64
              %v77 = arith.cmpi sle, %v76, %v58 : i64
              scf.if %v77 {
                %v78 = arith.subi %v58, %v1 : i64
                // the group's states, recomputed into registers
                %v79 = arith.subi %v58, %v74 : i64
                %v80 = arith.trunci %v79 : i64 to i32
                %v81 = arith.subi %size_L, %v1 : i64
                %v82 = arith.addi %v56, %v74 : i64
                %v83 = arith.subi %v81, %v82 : i64
                %v85 = arith.minsi %v83, %v84 : i64
                %v86 = arith.trunci %v85 : i64 to i32
                %v87 = arith.addi %v74, %v41 : i64
                %v89 = arith.cmpi slt, %v88, %v80 : i32
                %v90 = arith.cmpi eq, %v88, %v86 : i32
                %v91 = arith.addi %v56, %v87 : i64
                %v93 = arith.muli %v25, %v92 : i64
                %v94 = arith.muli %v23, %size_L : i64
                %v95 = arith.addi %v93, %v94 : i64
                %v96 = arith.addi %v95, %v91 : i64
                %v97 = llvm.getelementptr %dy_y[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v98 = llvm.load %v97 : !llvm.ptr -> f32
                %v99 = llvm.load %v31 : !llvm.ptr -> f32
                %v100 = llvm.load %v32 : !llvm.ptr -> f32
                %v101 = arith.mulf %v100, %v99 fastmath<contract> : f32
                %v102 = arith.addf %v98, %v101 fastmath<contract> : f32
                llvm.store %v102, %v31 : f32, !llvm.ptr
                %v103 = llvm.load %v36 : !llvm.ptr -> f32
                %v104 = arith.mulf %v103, %v100 fastmath<contract> : f32
                llvm.store %v104, %v36 : f32, !llvm.ptr
                scf.if %v90 {
                }
                %v105 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v106 = llvm.load %v105 : !llvm.ptr -> f32
                %v107 = arith.negf %v106 : f32
                %v109 = arith.mulf %v107, %v108 fastmath<contract> : f32
                %v110 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v109) : (f32) -> f32
                %v111 = arith.addf %v35, %v110 fastmath<contract> : f32
                %v112 = arith.divf %v35, %v111 : f32
                llvm.store %v112, %v32 : f32, !llvm.ptr
                %v114 = arith.addi %v74, %v113 : i64
                %v116 = arith.cmpi slt, %v115, %v80 : i32
                %v117 = arith.cmpi eq, %v115, %v86 : i32
                %v118 = arith.addi %v56, %v114 : i64
                %v119 = arith.muli %v25, %v92 : i64
                %v120 = arith.muli %v23, %size_L : i64
                %v121 = arith.addi %v119, %v120 : i64
                %v122 = arith.addi %v121, %v118 : i64
                %v123 = llvm.getelementptr %dy_y[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v124 = llvm.load %v123 : !llvm.ptr -> f32
                %v125 = llvm.load %v31 : !llvm.ptr -> f32
                %v126 = llvm.load %v32 : !llvm.ptr -> f32
                %v127 = arith.mulf %v126, %v125 fastmath<contract> : f32
                %v128 = arith.addf %v124, %v127 fastmath<contract> : f32
                llvm.store %v128, %v31 : f32, !llvm.ptr
                %v129 = llvm.load %v36 : !llvm.ptr -> f32
                %v130 = arith.mulf %v129, %v126 fastmath<contract> : f32
                llvm.store %v130, %v36 : f32, !llvm.ptr
                scf.if %v117 {
                }
                %v131 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v132 = llvm.load %v131 : !llvm.ptr -> f32
                %v133 = arith.negf %v132 : f32
                %v134 = arith.mulf %v133, %v108 fastmath<contract> : f32
                %v135 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v134) : (f32) -> f32
                %v136 = arith.addf %v35, %v135 fastmath<contract> : f32
                %v137 = arith.divf %v35, %v136 : f32
                llvm.store %v137, %v32 : f32, !llvm.ptr
                %v139 = arith.addi %v74, %v138 : i64
                %v141 = arith.cmpi slt, %v140, %v80 : i32
                %v142 = arith.cmpi eq, %v140, %v86 : i32
                %v143 = arith.addi %v56, %v139 : i64
                %v144 = arith.muli %v25, %v92 : i64
                %v145 = arith.muli %v23, %size_L : i64
                %v146 = arith.addi %v144, %v145 : i64
                %v147 = arith.addi %v146, %v143 : i64
                %v148 = llvm.getelementptr %dy_y[%v147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v149 = llvm.load %v148 : !llvm.ptr -> f32
                %v150 = llvm.load %v31 : !llvm.ptr -> f32
                %v151 = llvm.load %v32 : !llvm.ptr -> f32
                %v152 = arith.mulf %v151, %v150 fastmath<contract> : f32
                %v153 = arith.addf %v149, %v152 fastmath<contract> : f32
                llvm.store %v153, %v31 : f32, !llvm.ptr
                %v154 = llvm.load %v36 : !llvm.ptr -> f32
                %v155 = arith.mulf %v154, %v151 fastmath<contract> : f32
                llvm.store %v155, %v36 : f32, !llvm.ptr
                scf.if %v142 {
                }
                %v156 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v157 = llvm.load %v156 : !llvm.ptr -> f32
                %v158 = arith.negf %v157 : f32
                %v159 = arith.mulf %v158, %v108 fastmath<contract> : f32
                %v160 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v159) : (f32) -> f32
                %v161 = arith.addf %v35, %v160 fastmath<contract> : f32
                %v162 = arith.divf %v35, %v161 : f32
                llvm.store %v162, %v32 : f32, !llvm.ptr
                %v163 = arith.addi %v74, %v27 : i64
                %v165 = arith.cmpi slt, %v164, %v80 : i32
                %v166 = arith.cmpi eq, %v164, %v86 : i32
                %v167 = arith.addi %v56, %v163 : i64
                %v168 = arith.muli %v25, %v92 : i64
                %v169 = arith.muli %v23, %size_L : i64
                %v170 = arith.addi %v168, %v169 : i64
                %v171 = arith.addi %v170, %v167 : i64
                %v172 = llvm.getelementptr %dy_y[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v173 = llvm.load %v172 : !llvm.ptr -> f32
                %v174 = llvm.load %v31 : !llvm.ptr -> f32
                %v175 = llvm.load %v32 : !llvm.ptr -> f32
                %v176 = arith.mulf %v175, %v174 fastmath<contract> : f32
                %v177 = arith.addf %v173, %v176 fastmath<contract> : f32
                llvm.store %v177, %v31 : f32, !llvm.ptr
                %v178 = llvm.load %v36 : !llvm.ptr -> f32
                %v179 = arith.mulf %v178, %v175 fastmath<contract> : f32
                llvm.store %v179, %v36 : f32, !llvm.ptr
                scf.if %v166 {
                }
                %v180 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v181 = llvm.load %v180 : !llvm.ptr -> f32
                %v182 = arith.negf %v181 : f32
                %v183 = arith.mulf %v182, %v108 fastmath<contract> : f32
                %v184 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v183) : (f32) -> f32
                %v185 = arith.addf %v35, %v184 fastmath<contract> : f32
                %v186 = arith.divf %v35, %v185 : f32
                llvm.store %v186, %v32 : f32, !llvm.ptr
                %v188 = arith.addi %v74, %v187 : i64
                %v190 = arith.cmpi slt, %v189, %v80 : i32
                %v191 = arith.cmpi eq, %v189, %v86 : i32
                %v192 = arith.addi %v56, %v188 : i64
                %v193 = arith.muli %v25, %v92 : i64
                %v194 = arith.muli %v23, %size_L : i64
                %v195 = arith.addi %v193, %v194 : i64
                %v196 = arith.addi %v195, %v192 : i64
                %v197 = llvm.getelementptr %dy_y[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v198 = llvm.load %v197 : !llvm.ptr -> f32
                %v199 = llvm.load %v31 : !llvm.ptr -> f32
                %v200 = llvm.load %v32 : !llvm.ptr -> f32
                %v201 = arith.mulf %v200, %v199 fastmath<contract> : f32
                %v202 = arith.addf %v198, %v201 fastmath<contract> : f32
                llvm.store %v202, %v31 : f32, !llvm.ptr
                %v203 = llvm.load %v36 : !llvm.ptr -> f32
                %v204 = arith.mulf %v203, %v200 fastmath<contract> : f32
                llvm.store %v204, %v36 : f32, !llvm.ptr
                scf.if %v191 {
                }
                %v205 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v206 = llvm.load %v205 : !llvm.ptr -> f32
                %v207 = arith.negf %v206 : f32
                %v208 = arith.mulf %v207, %v108 fastmath<contract> : f32
                %v209 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v208) : (f32) -> f32
                %v210 = arith.addf %v35, %v209 fastmath<contract> : f32
                %v211 = arith.divf %v35, %v210 : f32
                llvm.store %v211, %v32 : f32, !llvm.ptr
                %v213 = arith.addi %v74, %v212 : i64
                %v215 = arith.cmpi slt, %v214, %v80 : i32
                %v216 = arith.cmpi eq, %v214, %v86 : i32
                %v217 = arith.addi %v56, %v213 : i64
                %v218 = arith.muli %v25, %v92 : i64
                %v219 = arith.muli %v23, %size_L : i64
                %v220 = arith.addi %v218, %v219 : i64
                %v221 = arith.addi %v220, %v217 : i64
                %v222 = llvm.getelementptr %dy_y[%v221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v223 = llvm.load %v222 : !llvm.ptr -> f32
                %v224 = llvm.load %v31 : !llvm.ptr -> f32
                %v225 = llvm.load %v32 : !llvm.ptr -> f32
                %v226 = arith.mulf %v225, %v224 fastmath<contract> : f32
                %v227 = arith.addf %v223, %v226 fastmath<contract> : f32
                llvm.store %v227, %v31 : f32, !llvm.ptr
                %v228 = llvm.load %v36 : !llvm.ptr -> f32
                %v229 = arith.mulf %v228, %v225 fastmath<contract> : f32
                llvm.store %v229, %v36 : f32, !llvm.ptr
                scf.if %v216 {
                }
                %v230 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v231 = llvm.load %v230 : !llvm.ptr -> f32
                %v232 = arith.negf %v231 : f32
                %v233 = arith.mulf %v232, %v108 fastmath<contract> : f32
                %v234 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v233) : (f32) -> f32
                %v235 = arith.addf %v35, %v234 fastmath<contract> : f32
                %v236 = arith.divf %v35, %v235 : f32
                llvm.store %v236, %v32 : f32, !llvm.ptr
                %v237 = arith.addi %v74, %v1 : i64
                %v239 = arith.cmpi slt, %v238, %v80 : i32
                %v240 = arith.cmpi eq, %v238, %v86 : i32
                %v241 = arith.addi %v56, %v237 : i64
                %v242 = arith.muli %v25, %v92 : i64
                %v243 = arith.muli %v23, %size_L : i64
                %v244 = arith.addi %v242, %v243 : i64
                %v245 = arith.addi %v244, %v241 : i64
                %v246 = llvm.getelementptr %dy_y[%v245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v247 = llvm.load %v246 : !llvm.ptr -> f32
                %v248 = llvm.load %v31 : !llvm.ptr -> f32
                %v249 = llvm.load %v32 : !llvm.ptr -> f32
                %v250 = arith.mulf %v249, %v248 fastmath<contract> : f32
                %v251 = arith.addf %v247, %v250 fastmath<contract> : f32
                llvm.store %v251, %v31 : f32, !llvm.ptr
                %v252 = llvm.load %v36 : !llvm.ptr -> f32
                %v253 = arith.mulf %v252, %v249 fastmath<contract> : f32
                llvm.store %v253, %v36 : f32, !llvm.ptr
                scf.if %v240 {
                }
                %v254 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v255 = llvm.load %v254 : !llvm.ptr -> f32
                %v256 = arith.negf %v255 : f32
                %v257 = arith.mulf %v256, %v108 fastmath<contract> : f32
                %v258 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v257) : (f32) -> f32
                %v259 = arith.addf %v35, %v258 fastmath<contract> : f32
                %v260 = arith.divf %v35, %v259 : f32
                llvm.store %v260, %v32 : f32, !llvm.ptr
                %v262 = arith.cmpi slt, %v261, %v80 : i32
                %v263 = arith.cmpi eq, %v261, %v86 : i32
                %v264 = arith.addi %v56, %v74 : i64
                %v265 = arith.muli %v25, %v92 : i64
                %v266 = arith.muli %v23, %size_L : i64
                %v267 = arith.addi %v265, %v266 : i64
                %v268 = arith.addi %v267, %v264 : i64
                %v269 = llvm.getelementptr %dy_y[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v270 = llvm.load %v269 : !llvm.ptr -> f32
                %v271 = llvm.load %v31 : !llvm.ptr -> f32
                %v272 = llvm.load %v32 : !llvm.ptr -> f32
                %v273 = arith.mulf %v272, %v271 fastmath<contract> : f32
                %v274 = arith.addf %v270, %v273 fastmath<contract> : f32
                llvm.store %v274, %v31 : f32, !llvm.ptr
                %v275 = llvm.load %v36 : !llvm.ptr -> f32
                %v276 = arith.mulf %v275, %v272 fastmath<contract> : f32
                llvm.store %v276, %v36 : f32, !llvm.ptr
                scf.if %v263 {
                }
                %v277 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v278 = llvm.load %v277 : !llvm.ptr -> f32
                %v279 = arith.negf %v278 : f32
                %v280 = arith.mulf %v279, %v108 fastmath<contract> : f32
                %v281 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v280) : (f32) -> f32
                %v282 = arith.addf %v35, %v281 fastmath<contract> : f32
                %v283 = arith.divf %v35, %v282 : f32
                llvm.store %v283, %v32 : f32, !llvm.ptr
              } else {
                %v284 = arith.subi %v58, %v1 : i64
                // the group's states, recomputed into registers
                %v285 = arith.subi %v58, %v74 : i64
                %v286 = arith.trunci %v285 : i64 to i32
                %v287 = arith.subi %size_L, %v1 : i64
                %v288 = arith.addi %v56, %v74 : i64
                %v289 = arith.subi %v287, %v288 : i64
                %v290 = arith.minsi %v289, %v84 : i64
                %v291 = arith.trunci %v290 : i64 to i32
                %v292 = arith.addi %v74, %v41 : i64
                %v293 = arith.cmpi slt, %v88, %v286 : i32
                %v294 = arith.cmpi eq, %v88, %v291 : i32
                scf.if %v293 {
                  %v295 = arith.addi %v56, %v292 : i64
                  %v296 = arith.muli %v25, %v92 : i64
                  %v297 = arith.muli %v23, %size_L : i64
                  %v298 = arith.addi %v296, %v297 : i64
                  %v299 = arith.addi %v298, %v295 : i64
                  %v300 = llvm.getelementptr %dy_y[%v299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v301 = llvm.load %v300 : !llvm.ptr -> f32
                  %v302 = llvm.load %v31 : !llvm.ptr -> f32
                  %v303 = llvm.load %v32 : !llvm.ptr -> f32
                  %v304 = arith.mulf %v303, %v302 fastmath<contract> : f32
                  %v305 = arith.addf %v301, %v304 fastmath<contract> : f32
                  llvm.store %v305, %v31 : f32, !llvm.ptr
                  %v306 = llvm.load %v36 : !llvm.ptr -> f32
                  %v307 = arith.mulf %v306, %v303 fastmath<contract> : f32
                  llvm.store %v307, %v36 : f32, !llvm.ptr
                  scf.if %v294 {
                  }
                  %v308 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v309 = llvm.load %v308 : !llvm.ptr -> f32
                  %v310 = arith.negf %v309 : f32
                  %v311 = arith.mulf %v310, %v108 fastmath<contract> : f32
                  %v312 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v311) : (f32) -> f32
                  %v313 = arith.addf %v35, %v312 fastmath<contract> : f32
                  %v314 = arith.divf %v35, %v313 : f32
                  llvm.store %v314, %v32 : f32, !llvm.ptr
                }
                %v315 = arith.addi %v74, %v113 : i64
                %v316 = arith.cmpi slt, %v115, %v286 : i32
                %v317 = arith.cmpi eq, %v115, %v291 : i32
                scf.if %v316 {
                  %v318 = arith.addi %v56, %v315 : i64
                  %v319 = arith.muli %v25, %v92 : i64
                  %v320 = arith.muli %v23, %size_L : i64
                  %v321 = arith.addi %v319, %v320 : i64
                  %v322 = arith.addi %v321, %v318 : i64
                  %v323 = llvm.getelementptr %dy_y[%v322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v324 = llvm.load %v323 : !llvm.ptr -> f32
                  %v325 = llvm.load %v31 : !llvm.ptr -> f32
                  %v326 = llvm.load %v32 : !llvm.ptr -> f32
                  %v327 = arith.mulf %v326, %v325 fastmath<contract> : f32
                  %v328 = arith.addf %v324, %v327 fastmath<contract> : f32
                  llvm.store %v328, %v31 : f32, !llvm.ptr
                  %v329 = llvm.load %v36 : !llvm.ptr -> f32
                  %v330 = arith.mulf %v329, %v326 fastmath<contract> : f32
                  llvm.store %v330, %v36 : f32, !llvm.ptr
                  scf.if %v317 {
                  }
                  %v331 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v332 = llvm.load %v331 : !llvm.ptr -> f32
                  %v333 = arith.negf %v332 : f32
                  %v334 = arith.mulf %v333, %v108 fastmath<contract> : f32
                  %v335 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v334) : (f32) -> f32
                  %v336 = arith.addf %v35, %v335 fastmath<contract> : f32
                  %v337 = arith.divf %v35, %v336 : f32
                  llvm.store %v337, %v32 : f32, !llvm.ptr
                }
                %v338 = arith.addi %v74, %v138 : i64
                %v339 = arith.cmpi slt, %v140, %v286 : i32
                %v340 = arith.cmpi eq, %v140, %v291 : i32
                scf.if %v339 {
                  %v341 = arith.addi %v56, %v338 : i64
                  %v342 = arith.muli %v25, %v92 : i64
                  %v343 = arith.muli %v23, %size_L : i64
                  %v344 = arith.addi %v342, %v343 : i64
                  %v345 = arith.addi %v344, %v341 : i64
                  %v346 = llvm.getelementptr %dy_y[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v347 = llvm.load %v346 : !llvm.ptr -> f32
                  %v348 = llvm.load %v31 : !llvm.ptr -> f32
                  %v349 = llvm.load %v32 : !llvm.ptr -> f32
                  %v350 = arith.mulf %v349, %v348 fastmath<contract> : f32
                  %v351 = arith.addf %v347, %v350 fastmath<contract> : f32
                  llvm.store %v351, %v31 : f32, !llvm.ptr
                  %v352 = llvm.load %v36 : !llvm.ptr -> f32
                  %v353 = arith.mulf %v352, %v349 fastmath<contract> : f32
                  llvm.store %v353, %v36 : f32, !llvm.ptr
                  scf.if %v340 {
                  }
                  %v354 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v355 = llvm.load %v354 : !llvm.ptr -> f32
                  %v356 = arith.negf %v355 : f32
                  %v357 = arith.mulf %v356, %v108 fastmath<contract> : f32
                  %v358 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v357) : (f32) -> f32
                  %v359 = arith.addf %v35, %v358 fastmath<contract> : f32
                  %v360 = arith.divf %v35, %v359 : f32
                  llvm.store %v360, %v32 : f32, !llvm.ptr
                }
                %v361 = arith.addi %v74, %v27 : i64
                %v362 = arith.cmpi slt, %v164, %v286 : i32
                %v363 = arith.cmpi eq, %v164, %v291 : i32
                scf.if %v362 {
                  %v364 = arith.addi %v56, %v361 : i64
                  %v365 = arith.muli %v25, %v92 : i64
                  %v366 = arith.muli %v23, %size_L : i64
                  %v367 = arith.addi %v365, %v366 : i64
                  %v368 = arith.addi %v367, %v364 : i64
                  %v369 = llvm.getelementptr %dy_y[%v368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v370 = llvm.load %v369 : !llvm.ptr -> f32
                  %v371 = llvm.load %v31 : !llvm.ptr -> f32
                  %v372 = llvm.load %v32 : !llvm.ptr -> f32
                  %v373 = arith.mulf %v372, %v371 fastmath<contract> : f32
                  %v374 = arith.addf %v370, %v373 fastmath<contract> : f32
                  llvm.store %v374, %v31 : f32, !llvm.ptr
                  %v375 = llvm.load %v36 : !llvm.ptr -> f32
                  %v376 = arith.mulf %v375, %v372 fastmath<contract> : f32
                  llvm.store %v376, %v36 : f32, !llvm.ptr
                  scf.if %v363 {
                  }
                  %v377 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v378 = llvm.load %v377 : !llvm.ptr -> f32
                  %v379 = arith.negf %v378 : f32
                  %v380 = arith.mulf %v379, %v108 fastmath<contract> : f32
                  %v381 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v380) : (f32) -> f32
                  %v382 = arith.addf %v35, %v381 fastmath<contract> : f32
                  %v383 = arith.divf %v35, %v382 : f32
                  llvm.store %v383, %v32 : f32, !llvm.ptr
                }
                %v384 = arith.addi %v74, %v187 : i64
                %v385 = arith.cmpi slt, %v189, %v286 : i32
                %v386 = arith.cmpi eq, %v189, %v291 : i32
                scf.if %v385 {
                  %v387 = arith.addi %v56, %v384 : i64
                  %v388 = arith.muli %v25, %v92 : i64
                  %v389 = arith.muli %v23, %size_L : i64
                  %v390 = arith.addi %v388, %v389 : i64
                  %v391 = arith.addi %v390, %v387 : i64
                  %v392 = llvm.getelementptr %dy_y[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v393 = llvm.load %v392 : !llvm.ptr -> f32
                  %v394 = llvm.load %v31 : !llvm.ptr -> f32
                  %v395 = llvm.load %v32 : !llvm.ptr -> f32
                  %v396 = arith.mulf %v395, %v394 fastmath<contract> : f32
                  %v397 = arith.addf %v393, %v396 fastmath<contract> : f32
                  llvm.store %v397, %v31 : f32, !llvm.ptr
                  %v398 = llvm.load %v36 : !llvm.ptr -> f32
                  %v399 = arith.mulf %v398, %v395 fastmath<contract> : f32
                  llvm.store %v399, %v36 : f32, !llvm.ptr
                  scf.if %v386 {
                  }
                  %v400 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v401 = llvm.load %v400 : !llvm.ptr -> f32
                  %v402 = arith.negf %v401 : f32
                  %v403 = arith.mulf %v402, %v108 fastmath<contract> : f32
                  %v404 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v403) : (f32) -> f32
                  %v405 = arith.addf %v35, %v404 fastmath<contract> : f32
                  %v406 = arith.divf %v35, %v405 : f32
                  llvm.store %v406, %v32 : f32, !llvm.ptr
                }
                %v407 = arith.addi %v74, %v212 : i64
                %v408 = arith.cmpi slt, %v214, %v286 : i32
                %v409 = arith.cmpi eq, %v214, %v291 : i32
                scf.if %v408 {
                  %v410 = arith.addi %v56, %v407 : i64
                  %v411 = arith.muli %v25, %v92 : i64
                  %v412 = arith.muli %v23, %size_L : i64
                  %v413 = arith.addi %v411, %v412 : i64
                  %v414 = arith.addi %v413, %v410 : i64
                  %v415 = llvm.getelementptr %dy_y[%v414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v416 = llvm.load %v415 : !llvm.ptr -> f32
                  %v417 = llvm.load %v31 : !llvm.ptr -> f32
                  %v418 = llvm.load %v32 : !llvm.ptr -> f32
                  %v419 = arith.mulf %v418, %v417 fastmath<contract> : f32
                  %v420 = arith.addf %v416, %v419 fastmath<contract> : f32
                  llvm.store %v420, %v31 : f32, !llvm.ptr
                  %v421 = llvm.load %v36 : !llvm.ptr -> f32
                  %v422 = arith.mulf %v421, %v418 fastmath<contract> : f32
                  llvm.store %v422, %v36 : f32, !llvm.ptr
                  scf.if %v409 {
                  }
                  %v423 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v424 = llvm.load %v423 : !llvm.ptr -> f32
                  %v425 = arith.negf %v424 : f32
                  %v426 = arith.mulf %v425, %v108 fastmath<contract> : f32
                  %v427 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v426) : (f32) -> f32
                  %v428 = arith.addf %v35, %v427 fastmath<contract> : f32
                  %v429 = arith.divf %v35, %v428 : f32
                  llvm.store %v429, %v32 : f32, !llvm.ptr
                }
                %v430 = arith.addi %v74, %v1 : i64
                %v431 = arith.cmpi slt, %v238, %v286 : i32
                %v432 = arith.cmpi eq, %v238, %v291 : i32
                scf.if %v431 {
                  %v433 = arith.addi %v56, %v430 : i64
                  %v434 = arith.muli %v25, %v92 : i64
                  %v435 = arith.muli %v23, %size_L : i64
                  %v436 = arith.addi %v434, %v435 : i64
                  %v437 = arith.addi %v436, %v433 : i64
                  %v438 = llvm.getelementptr %dy_y[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v439 = llvm.load %v438 : !llvm.ptr -> f32
                  %v440 = llvm.load %v31 : !llvm.ptr -> f32
                  %v441 = llvm.load %v32 : !llvm.ptr -> f32
                  %v442 = arith.mulf %v441, %v440 fastmath<contract> : f32
                  %v443 = arith.addf %v439, %v442 fastmath<contract> : f32
                  llvm.store %v443, %v31 : f32, !llvm.ptr
                  %v444 = llvm.load %v36 : !llvm.ptr -> f32
                  %v445 = arith.mulf %v444, %v441 fastmath<contract> : f32
                  llvm.store %v445, %v36 : f32, !llvm.ptr
                  scf.if %v432 {
                  }
                  %v446 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v447 = llvm.load %v446 : !llvm.ptr -> f32
                  %v448 = arith.negf %v447 : f32
                  %v449 = arith.mulf %v448, %v108 fastmath<contract> : f32
                  %v450 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v449) : (f32) -> f32
                  %v451 = arith.addf %v35, %v450 fastmath<contract> : f32
                  %v452 = arith.divf %v35, %v451 : f32
                  llvm.store %v452, %v32 : f32, !llvm.ptr
                }
                %v453 = arith.cmpi slt, %v261, %v286 : i32
                %v454 = arith.cmpi eq, %v261, %v291 : i32
                scf.if %v453 {
                  %v455 = arith.addi %v56, %v74 : i64
                  %v456 = arith.muli %v25, %v92 : i64
                  %v457 = arith.muli %v23, %size_L : i64
                  %v458 = arith.addi %v456, %v457 : i64
                  %v459 = arith.addi %v458, %v455 : i64
                  %v460 = llvm.getelementptr %dy_y[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v461 = llvm.load %v460 : !llvm.ptr -> f32
                  %v462 = llvm.load %v31 : !llvm.ptr -> f32
                  %v463 = llvm.load %v32 : !llvm.ptr -> f32
                  %v464 = arith.mulf %v463, %v462 fastmath<contract> : f32
                  %v465 = arith.addf %v461, %v464 fastmath<contract> : f32
                  llvm.store %v465, %v31 : f32, !llvm.ptr
                  %v466 = llvm.load %v36 : !llvm.ptr -> f32
                  %v467 = arith.mulf %v466, %v463 fastmath<contract> : f32
                  llvm.store %v467, %v36 : f32, !llvm.ptr
                  scf.if %v454 {
                  }
                  %v468 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v469 = llvm.load %v468 : !llvm.ptr -> f32
                  %v470 = arith.negf %v469 : f32
                  %v471 = arith.mulf %v470, %v108 fastmath<contract> : f32
                  %v472 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v471) : (f32) -> f32
                  %v473 = arith.addf %v35, %v472 fastmath<contract> : f32
                  %v474 = arith.divf %v35, %v473 : f32
                  llvm.store %v474, %v32 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v20 {
        %v475 = llvm.load %v31 : !llvm.ptr -> f32
        %v476 = arith.muli %v16, %v2 : i64
        %v477 = arith.subi %v2, %v1 : i64
        %v478 = arith.minsi %v19, %v477 : i64
        %v479 = arith.addi %v476, %v478 : i64
        %v480 = llvm.getelementptr %segsum_h[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v475, %v480 : f32, !llvm.ptr
        %v481 = llvm.load %v36 : !llvm.ptr -> f32
        %v482 = arith.addi %v6, %v16 : i64
        %v483 = arith.muli %v482, %v2 : i64
        %v484 = arith.subi %v2, %v1 : i64
        %v485 = arith.minsi %v19, %v484 : i64
        %v486 = arith.addi %v483, %v485 : i64
        %v487 = llvm.getelementptr %segsum_h[%v486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v481, %v487 : f32, !llvm.ptr
        %v488 = llvm.load %v32 : !llvm.ptr -> f32
        %v489 = arith.muli %v212, %v6 : i64
        %v490 = arith.addi %v489, %v16 : i64
        %v491 = arith.muli %v490, %v2 : i64
        %v492 = arith.subi %v2, %v1 : i64
        %v493 = arith.minsi %v19, %v492 : i64
        %v494 = arith.addi %v491, %v493 : i64
        %v495 = llvm.getelementptr %segsum_h[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v488, %v495 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
