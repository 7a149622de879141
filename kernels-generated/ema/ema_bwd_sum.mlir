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
      %v84 = arith.constant 2147483647 : i64
      %v88 = arith.constant 7 : i32
      %v92 = arith.muli %v1, %size_L : i64
      %v93 = arith.muli %v92, %size_D : i64
      %v111 = arith.constant 0x3FB8AA3B : f32
      %v116 = arith.constant 6 : i64
      %v118 = arith.constant 6 : i32
      %v143 = arith.constant 5 : i64
      %v145 = arith.constant 5 : i32
      %v171 = arith.constant 4 : i32
      %v196 = arith.constant 3 : i64
      %v198 = arith.constant 3 : i32
      %v223 = arith.constant 2 : i64
      %v225 = arith.constant 2 : i32
      %v251 = arith.constant 1 : i32
      %v277 = arith.constant 0 : i32
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
        %v61 = arith.addi %v60, %v43 : i64
        %v62 = arith.divui %v61, %v42 : i64
        %v63 = arith.index_cast %v39 : i64 to index
        %v64 = arith.index_cast %v1 : i64 to index
        %v65 = arith.index_cast %v1 : i64 to index
        scf.for %v66 = %v63 to %v64 step %v65 {
          %v67 = arith.index_cast %v66 : index to i64
          %v68 = arith.index_cast %v39 : i64 to index
          %v69 = arith.index_cast %v62 : i64 to index
          %v70 = arith.index_cast %v1 : i64 to index
          scf.for %v71 = %v68 to %v69 step %v70 {
            %v72 = arith.index_cast %v71 : index to i64
            %v73 = arith.cmpi slt, %v72, %v62 : i64
            scf.if %v73 {
              %v74 = arith.subi %v62, %v1 : i64
              %v75 = arith.subi %v74, %v72 : i64
              %v76 = arith.muli %v75, %v42 : i64
              %v77 = arith.addi %v48, %v75 : i64
              %v78 = arith.subi %v60, %v1 : i64
              // the group's states, recomputed into registers
              %v79 = arith.subi %v60, %v76 : i64
              %v80 = arith.trunci %v79 : i64 to i32
              %v81 = arith.subi %size_L, %v1 : i64
              %v82 = arith.addi %v58, %v76 : i64
              %v83 = arith.subi %v81, %v82 : i64
              %v85 = arith.minsi %v83, %v84 : i64
              %v86 = arith.trunci %v85 : i64 to i32
              %v87 = arith.addi %v76, %v43 : i64
              %v89 = arith.cmpi slt, %v88, %v80 : i32
              %v90 = arith.cmpi eq, %v88, %v86 : i32
              scf.if %v89 {
                %v91 = arith.addi %v58, %v87 : i64
                %v94 = arith.muli %v27, %v93 : i64
                %v95 = arith.muli %v25, %v92 : i64
                %v96 = arith.addi %v94, %v95 : i64
                %v97 = arith.muli %v91, %v1 : i64
                %v98 = arith.addi %v96, %v97 : i64
                %v99 = llvm.getelementptr %dy_y[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v100 = llvm.load %v99 : !llvm.ptr -> f32
                %v101 = llvm.load %v33 : !llvm.ptr -> f32
                %v102 = llvm.load %v34 : !llvm.ptr -> f32
                %v103 = arith.mulf %v102, %v101 fastmath<contract> : f32
                %v104 = arith.addf %v100, %v103 fastmath<contract> : f32
                llvm.store %v104, %v33 : f32, !llvm.ptr
                %v105 = llvm.load %v38 : !llvm.ptr -> f32
                %v106 = arith.mulf %v105, %v102 fastmath<contract> : f32
                llvm.store %v106, %v38 : f32, !llvm.ptr
                scf.if %v90 {
                }
                %v107 = arith.muli %v25, %v1 : i64
                %v108 = llvm.getelementptr %in_w[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v109 = llvm.load %v108 : !llvm.ptr -> f32
                %v110 = arith.negf %v109 : f32
                %v112 = arith.mulf %v110, %v111 fastmath<contract> : f32
                %v113 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v112) : (f32) -> f32
                %v114 = arith.addf %v37, %v113 fastmath<contract> : f32
                %v115 = arith.divf %v37, %v114 : f32
                llvm.store %v115, %v34 : f32, !llvm.ptr
              }
              %v117 = arith.addi %v76, %v116 : i64
              %v119 = arith.cmpi slt, %v118, %v80 : i32
              %v120 = arith.cmpi eq, %v118, %v86 : i32
              scf.if %v119 {
                %v121 = arith.addi %v58, %v117 : i64
                %v122 = arith.muli %v27, %v93 : i64
                %v123 = arith.muli %v25, %v92 : i64
                %v124 = arith.addi %v122, %v123 : i64
                %v125 = arith.muli %v121, %v1 : i64
                %v126 = arith.addi %v124, %v125 : i64
                %v127 = llvm.getelementptr %dy_y[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v128 = llvm.load %v127 : !llvm.ptr -> f32
                %v129 = llvm.load %v33 : !llvm.ptr -> f32
                %v130 = llvm.load %v34 : !llvm.ptr -> f32
                %v131 = arith.mulf %v130, %v129 fastmath<contract> : f32
                %v132 = arith.addf %v128, %v131 fastmath<contract> : f32
                llvm.store %v132, %v33 : f32, !llvm.ptr
                %v133 = llvm.load %v38 : !llvm.ptr -> f32
                %v134 = arith.mulf %v133, %v130 fastmath<contract> : f32
                llvm.store %v134, %v38 : f32, !llvm.ptr
                scf.if %v120 {
                }
                %v135 = arith.muli %v25, %v1 : i64
                %v136 = llvm.getelementptr %in_w[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v137 = llvm.load %v136 : !llvm.ptr -> f32
                %v138 = arith.negf %v137 : f32
                %v139 = arith.mulf %v138, %v111 fastmath<contract> : f32
                %v140 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v139) : (f32) -> f32
                %v141 = arith.addf %v37, %v140 fastmath<contract> : f32
                %v142 = arith.divf %v37, %v141 : f32
                llvm.store %v142, %v34 : f32, !llvm.ptr
              }
              %v144 = arith.addi %v76, %v143 : i64
              %v146 = arith.cmpi slt, %v145, %v80 : i32
              %v147 = arith.cmpi eq, %v145, %v86 : i32
              scf.if %v146 {
                %v148 = arith.addi %v58, %v144 : i64
                %v149 = arith.muli %v27, %v93 : i64
                %v150 = arith.muli %v25, %v92 : i64
                %v151 = arith.addi %v149, %v150 : i64
                %v152 = arith.muli %v148, %v1 : i64
                %v153 = arith.addi %v151, %v152 : i64
                %v154 = llvm.getelementptr %dy_y[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v155 = llvm.load %v154 : !llvm.ptr -> f32
                %v156 = llvm.load %v33 : !llvm.ptr -> f32
                %v157 = llvm.load %v34 : !llvm.ptr -> f32
                %v158 = arith.mulf %v157, %v156 fastmath<contract> : f32
                %v159 = arith.addf %v155, %v158 fastmath<contract> : f32
                llvm.store %v159, %v33 : f32, !llvm.ptr
                %v160 = llvm.load %v38 : !llvm.ptr -> f32
                %v161 = arith.mulf %v160, %v157 fastmath<contract> : f32
                llvm.store %v161, %v38 : f32, !llvm.ptr
                scf.if %v147 {
                }
                %v162 = arith.muli %v25, %v1 : i64
                %v163 = llvm.getelementptr %in_w[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v164 = llvm.load %v163 : !llvm.ptr -> f32
                %v165 = arith.negf %v164 : f32
                %v166 = arith.mulf %v165, %v111 fastmath<contract> : f32
                %v167 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v166) : (f32) -> f32
                %v168 = arith.addf %v37, %v167 fastmath<contract> : f32
                %v169 = arith.divf %v37, %v168 : f32
                llvm.store %v169, %v34 : f32, !llvm.ptr
              }
              %v170 = arith.addi %v76, %v29 : i64
              %v172 = arith.cmpi slt, %v171, %v80 : i32
              %v173 = arith.cmpi eq, %v171, %v86 : i32
              scf.if %v172 {
                %v174 = arith.addi %v58, %v170 : i64
                %v175 = arith.muli %v27, %v93 : i64
                %v176 = arith.muli %v25, %v92 : i64
                %v177 = arith.addi %v175, %v176 : i64
                %v178 = arith.muli %v174, %v1 : i64
                %v179 = arith.addi %v177, %v178 : i64
                %v180 = llvm.getelementptr %dy_y[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v181 = llvm.load %v180 : !llvm.ptr -> f32
                %v182 = llvm.load %v33 : !llvm.ptr -> f32
                %v183 = llvm.load %v34 : !llvm.ptr -> f32
                %v184 = arith.mulf %v183, %v182 fastmath<contract> : f32
                %v185 = arith.addf %v181, %v184 fastmath<contract> : f32
                llvm.store %v185, %v33 : f32, !llvm.ptr
                %v186 = llvm.load %v38 : !llvm.ptr -> f32
                %v187 = arith.mulf %v186, %v183 fastmath<contract> : f32
                llvm.store %v187, %v38 : f32, !llvm.ptr
                scf.if %v173 {
                }
                %v188 = arith.muli %v25, %v1 : i64
                %v189 = llvm.getelementptr %in_w[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v190 = llvm.load %v189 : !llvm.ptr -> f32
                %v191 = arith.negf %v190 : f32
                %v192 = arith.mulf %v191, %v111 fastmath<contract> : f32
                %v193 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v192) : (f32) -> f32
                %v194 = arith.addf %v37, %v193 fastmath<contract> : f32
                %v195 = arith.divf %v37, %v194 : f32
                llvm.store %v195, %v34 : f32, !llvm.ptr
              }
              %v197 = arith.addi %v76, %v196 : i64
              %v199 = arith.cmpi slt, %v198, %v80 : i32
              %v200 = arith.cmpi eq, %v198, %v86 : i32
              scf.if %v199 {
                %v201 = arith.addi %v58, %v197 : i64
                %v202 = arith.muli %v27, %v93 : i64
                %v203 = arith.muli %v25, %v92 : i64
                %v204 = arith.addi %v202, %v203 : i64
                %v205 = arith.muli %v201, %v1 : i64
                %v206 = arith.addi %v204, %v205 : i64
                %v207 = llvm.getelementptr %dy_y[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v208 = llvm.load %v207 : !llvm.ptr -> f32
                %v209 = llvm.load %v33 : !llvm.ptr -> f32
                %v210 = llvm.load %v34 : !llvm.ptr -> f32
                %v211 = arith.mulf %v210, %v209 fastmath<contract> : f32
                %v212 = arith.addf %v208, %v211 fastmath<contract> : f32
                llvm.store %v212, %v33 : f32, !llvm.ptr
                %v213 = llvm.load %v38 : !llvm.ptr -> f32
                %v214 = arith.mulf %v213, %v210 fastmath<contract> : f32
                llvm.store %v214, %v38 : f32, !llvm.ptr
                scf.if %v200 {
                }
                %v215 = arith.muli %v25, %v1 : i64
                %v216 = llvm.getelementptr %in_w[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v217 = llvm.load %v216 : !llvm.ptr -> f32
                %v218 = arith.negf %v217 : f32
                %v219 = arith.mulf %v218, %v111 fastmath<contract> : f32
                %v220 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v219) : (f32) -> f32
                %v221 = arith.addf %v37, %v220 fastmath<contract> : f32
                %v222 = arith.divf %v37, %v221 : f32
                llvm.store %v222, %v34 : f32, !llvm.ptr
              }
              %v224 = arith.addi %v76, %v223 : i64
              %v226 = arith.cmpi slt, %v225, %v80 : i32
              %v227 = arith.cmpi eq, %v225, %v86 : i32
              scf.if %v226 {
                %v228 = arith.addi %v58, %v224 : i64
                %v229 = arith.muli %v27, %v93 : i64
                %v230 = arith.muli %v25, %v92 : i64
                %v231 = arith.addi %v229, %v230 : i64
                %v232 = arith.muli %v228, %v1 : i64
                %v233 = arith.addi %v231, %v232 : i64
                %v234 = llvm.getelementptr %dy_y[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v235 = llvm.load %v234 : !llvm.ptr -> f32
                %v236 = llvm.load %v33 : !llvm.ptr -> f32
                %v237 = llvm.load %v34 : !llvm.ptr -> f32
                %v238 = arith.mulf %v237, %v236 fastmath<contract> : f32
                %v239 = arith.addf %v235, %v238 fastmath<contract> : f32
                llvm.store %v239, %v33 : f32, !llvm.ptr
                %v240 = llvm.load %v38 : !llvm.ptr -> f32
                %v241 = arith.mulf %v240, %v237 fastmath<contract> : f32
                llvm.store %v241, %v38 : f32, !llvm.ptr
                scf.if %v227 {
                }
                %v242 = arith.muli %v25, %v1 : i64
                %v243 = llvm.getelementptr %in_w[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v244 = llvm.load %v243 : !llvm.ptr -> f32
                %v245 = arith.negf %v244 : f32
                %v246 = arith.mulf %v245, %v111 fastmath<contract> : f32
                %v247 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v246) : (f32) -> f32
                %v248 = arith.addf %v37, %v247 fastmath<contract> : f32
                %v249 = arith.divf %v37, %v248 : f32
                llvm.store %v249, %v34 : f32, !llvm.ptr
              }
              %v250 = arith.addi %v76, %v1 : i64
              %v252 = arith.cmpi slt, %v251, %v80 : i32
              %v253 = arith.cmpi eq, %v251, %v86 : i32
              scf.if %v252 {
                %v254 = arith.addi %v58, %v250 : i64
                %v255 = arith.muli %v27, %v93 : i64
                %v256 = arith.muli %v25, %v92 : i64
                %v257 = arith.addi %v255, %v256 : i64
                %v258 = arith.muli %v254, %v1 : i64
                %v259 = arith.addi %v257, %v258 : i64
                %v260 = llvm.getelementptr %dy_y[%v259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v261 = llvm.load %v260 : !llvm.ptr -> f32
                %v262 = llvm.load %v33 : !llvm.ptr -> f32
                %v263 = llvm.load %v34 : !llvm.ptr -> f32
                %v264 = arith.mulf %v263, %v262 fastmath<contract> : f32
                %v265 = arith.addf %v261, %v264 fastmath<contract> : f32
                llvm.store %v265, %v33 : f32, !llvm.ptr
                %v266 = llvm.load %v38 : !llvm.ptr -> f32
                %v267 = arith.mulf %v266, %v263 fastmath<contract> : f32
                llvm.store %v267, %v38 : f32, !llvm.ptr
                scf.if %v253 {
                }
                %v268 = arith.muli %v25, %v1 : i64
                %v269 = llvm.getelementptr %in_w[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v270 = llvm.load %v269 : !llvm.ptr -> f32
                %v271 = arith.negf %v270 : f32
                %v272 = arith.mulf %v271, %v111 fastmath<contract> : f32
                %v273 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v272) : (f32) -> f32
                %v274 = arith.addf %v37, %v273 fastmath<contract> : f32
                %v275 = arith.divf %v37, %v274 : f32
                llvm.store %v275, %v34 : f32, !llvm.ptr
              }
              %v276 = arith.addi %v76, %v39 : i64
              %v278 = arith.cmpi slt, %v277, %v80 : i32
              %v279 = arith.cmpi eq, %v277, %v86 : i32
              scf.if %v278 {
                %v280 = arith.addi %v58, %v276 : i64
                %v281 = arith.muli %v27, %v93 : i64
                %v282 = arith.muli %v25, %v92 : i64
                %v283 = arith.addi %v281, %v282 : i64
                %v284 = arith.muli %v280, %v1 : i64
                %v285 = arith.addi %v283, %v284 : i64
                %v286 = llvm.getelementptr %dy_y[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v287 = llvm.load %v286 : !llvm.ptr -> f32
                %v288 = llvm.load %v33 : !llvm.ptr -> f32
                %v289 = llvm.load %v34 : !llvm.ptr -> f32
                %v290 = arith.mulf %v289, %v288 fastmath<contract> : f32
                %v291 = arith.addf %v287, %v290 fastmath<contract> : f32
                llvm.store %v291, %v33 : f32, !llvm.ptr
                %v292 = llvm.load %v38 : !llvm.ptr -> f32
                %v293 = arith.mulf %v292, %v289 fastmath<contract> : f32
                llvm.store %v293, %v38 : f32, !llvm.ptr
                scf.if %v279 {
                }
                %v294 = arith.muli %v25, %v1 : i64
                %v295 = llvm.getelementptr %in_w[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v296 = llvm.load %v295 : !llvm.ptr -> f32
                %v297 = arith.negf %v296 : f32
                %v298 = arith.mulf %v297, %v111 fastmath<contract> : f32
                %v299 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v298) : (f32) -> f32
                %v300 = arith.addf %v37, %v299 fastmath<contract> : f32
                %v301 = arith.divf %v37, %v300 : f32
                llvm.store %v301, %v34 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      scf.if %v22 {
        %v302 = llvm.load %v33 : !llvm.ptr -> f32
        %v303 = arith.muli %v39, %v7 : i64
        %v304 = arith.addi %v303, %v18 : i64
        %v305 = arith.muli %v304, %v1 : i64
        %v306 = arith.addi %v305, %v39 : i64
        %v307 = arith.muli %v306, %v3 : i64
        %v308 = arith.subi %v3, %v1 : i64
        %v309 = arith.minsi %v21, %v308 : i64
        %v310 = arith.addi %v307, %v309 : i64
        %v311 = llvm.getelementptr %segsum_h[%v310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v302, %v311 : f32, !llvm.ptr
        %v312 = llvm.load %v38 : !llvm.ptr -> f32
        %v313 = arith.muli %v1, %v7 : i64
        %v314 = arith.addi %v313, %v18 : i64
        %v315 = arith.muli %v314, %v1 : i64
        %v316 = arith.addi %v315, %v39 : i64
        %v317 = arith.muli %v316, %v3 : i64
        %v318 = arith.subi %v3, %v1 : i64
        %v319 = arith.minsi %v21, %v318 : i64
        %v320 = arith.addi %v317, %v319 : i64
        %v321 = llvm.getelementptr %segsum_h[%v320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v312, %v321 : f32, !llvm.ptr
        %v322 = llvm.load %v34 : !llvm.ptr -> f32
        %v323 = arith.muli %v223, %v7 : i64
        %v324 = arith.addi %v323, %v18 : i64
        %v325 = arith.muli %v324, %v1 : i64
        %v326 = arith.addi %v325, %v39 : i64
        %v327 = arith.muli %v326, %v3 : i64
        %v328 = arith.subi %v3, %v1 : i64
        %v329 = arith.minsi %v21, %v328 : i64
        %v330 = arith.addi %v327, %v329 : i64
        %v331 = llvm.getelementptr %segsum_h[%v330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v322, %v331 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
